"""Whether two mentions name one quantity: the evidence, its weight, and what rules it out.

Two mentions can only be one quantity when their dimensions match (one currency, one
kind of measure; a bare scaled number may stand for money) and nothing in their frames
tells them apart: two known and unrelated measures, two different entities, two different
periods of one class (2024 against 2025, H1 against Q2), two different kinds of figure
(a growth rate against an earlier value), two scopes (a part against a total).

What speaks for identity, each with a weight:

- the frames: the same measure (the strongest), entity, period, kind of figure, scope;
- the same clause, nearly word for word, in two versions of one language (syndication);
- the figure itself: the same significant digits, or digits a typical slip away (a power
  of ten apart, two neighbours swapped, one digit changed). Where the frame already
  speaks for identity, a slip counts exactly as much as agreement, so a mistranslated
  figure is placed in its row as easily as a faithful one; figures of one or two digits
  weigh little, since unrelated numbers share them;
- a similar position in the two documents (weak).

:func:`evidence` returns None when the two cannot be one quantity, else the weight, a
confidence (how sure a reader can be that they measure the same thing: a disagreement
between them is an error only when this is high) and the reasons, for people.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from .agreement import CHANGES, in_points
from .compare import one_digit_apart, swapped_digits, transposed_digits
from ..extraction.periods import PERIODS
from .change_ends import ends_agree
from .mentions import Mention, composite_runs, per_period_amount
from .own_names import one_spelling
from .per_period import per_against_total, per_apart
from .readings import read_alike
from .series import series_apart

__all__ = ["Evidence", "evidence", "kinship", "figures_agree", "STRONG", "MEDIUM",
           "SPECIFIC_DIMS", "as_agreeing", "frame_evidence"]

STRONG, MEDIUM = 0.8, 0.5          # confidences: error / warning / info
_MEASURE, _ENTITY, _ROLE, _SCOPE = 3.0, 1.5, 0.75, 0.5
_PERIOD = {"year": 0.75, "part": 1.0, "basis": 0.5}
_PER = 0.5         # both counted per one span of time in words ("a day", 日均)
_SEQUENTIAL = frozenset(("seq", "qoq", "mom"))
_ORDER, _ORDER_SPAN = 0.5, 0.2
_MEASURE_CONFLICT = 2.5
_ENTITY_CONFLICT = 1.5
_SPECIFIC = 0.5
_CONVERTED = 1.0
_EARLIER, _EARLIER_CAP = 1.0, 0.45
# the period of a figure told as the previous edition's of an event ("en los anteriores
# comicios"): never the current figure of another version
_PREV_EVENT = "prev_event"
_NAMED = 1.5
_ENDS = 1.5          # the other end of a from-to change told alike (stories.change_ends)
_HEADLINE = 0.15
_SLIPS = frozenset(("same digits", "digits swapped", "one digit apart"))   # kinship's slips
# Dimensions few quantities of one story share: the same figure in one of them says more
# than the same count or percentage does.
SPECIFIC_DIMS = frozenset(("area", "length", "mass", "volume", "energy", "power", "duration",
                           "speed", "temperature"))


@dataclass(frozen=True, slots=True)
class Evidence:
    score: float
    confidence: float
    reasons: tuple[str, ...]
    frame: float = 0.0      # the score without the figure and the position
    figure: float = 0.0     # the figures' kinship (agreeing, or a typical slip apart)
    whose: bool = False     # what is measured or whose figure it is, named on both sides
    measure: bool = False   # one measure named on both sides (the lexicon relates them)


def compatible_dims(a: Mention, b: Mention) -> bool:
    if a.dim == b.dim:
        return True
    if _per_dropped(a, b):
        return True   # "HK$0.86 per share" and "0,86 dollar": only as one named measure
    if a.dim.startswith("money:") and b.dim.startswith("money:"):
        return True   # another currency: one quantity converted, or two (see evidence)
    dims = {a.dim, b.dim}
    if "number" in dims:
        other = (dims - {"number"}).pop()
        return other.startswith("money:") or other == "count"
    return False


def _per_dropped(a: Mention, b: Mention) -> bool:
    """A rate and a figure of what it counts, one version having left out its "per"."""
    return a.dim != b.dim and (a.dim.startswith("rate:") or b.dim.startswith("rate:")) \
        and _money_or_base(a) == _money_or_base(b)


def _per_period(a: Mention, b: Mention) -> bool:
    """A physical amount per a span of time against the amount itself ("13,5 TWh por ano"
    and "13.5 terawatt hours"), or money per a span of time against the money ("343 pesos
    al mes" and a typical bill of "343 pesos": the amount of one month)."""
    rate = a.claim if a.claim.kind == "rate" else b.claim if b.claim.kind == "rate" else None
    if rate is None or not rate.unit or "/" not in rate.unit:
        return False
    return bool(per_period_amount(rate.unit)) or (
        rate.unit.split("/", 1)[1] in PERIODS and _money_or_base(a) == _money_or_base(b)
        and "money" in (a.claim.kind, b.claim.kind))


def _money_or_base(m: Mention) -> str:
    base = m.base or m.dim
    return "money" if base.startswith("money:") else base


def _same_currency(a: Mention, b: Mention) -> bool:
    """Both in one currency (an ambiguous sign, "CNY|JPY", may be either)."""
    da, db = a.base or a.dim, b.base or b.dim
    if not (da.startswith("money:") and db.startswith("money:")):
        return True
    return bool(set(da[6:].split("|")) & set(db[6:].split("|")))


def figures_agree(ca, cb) -> bool:
    """Whether two claims' intervals overlap; two rates of change by their size ("fell
    7.9%" and "(8)%" agree)."""
    if ca.role in CHANGES and cb.role in CHANGES:
        la, ha = sorted((abs(ca.low), abs(ca.high))) if ca.low.is_finite() and \
            ca.high.is_finite() else (ca.low, ca.high)
        lb, hb = sorted((abs(cb.low), abs(cb.high))) if cb.low.is_finite() and \
            cb.high.is_finite() else (cb.low, cb.high)
        return _overlap(la, ha, lb, hb)
    return _overlap(ca.low, ca.high, cb.low, cb.high)


def _overlap(la, ha, lb, hb) -> bool:
    """Whether two intervals share a value. A rounded figure stands for a half-open
    interval ("3.2" is 3.15 up to, not including, 3.25), so two that only touch (3.1 and
    3.2) disagree; a single value (low equal to high) is inside its own bounds."""
    lo, hi = max(la, lb), min(ha, hb)
    return lo < hi or (lo == hi and (la == ha or lb == hb))


def _rounded_alike(x: str, y: str, approximate: bool = False) -> tuple[str, str]:
    """Two digit strings, the longer rounded to the shorter's length when that moves it by
    less than 0.5 % ("4678" against "468": 467.8 billion rounds to "about 468 billion"), or
    by any amount when a figure is told as an approximation or a bound ("近2400亿" for
    2388亿: the writer rounded it)."""
    if len(x) == len(y) or min(len(x), len(y)) < 2:
        return x, y
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    head = int(long_[:len(short)]) + (long_[len(short)] >= "5")
    exact = int(long_)
    if not approximate and abs(head * 10 ** (len(long_) - len(short)) - exact) * 200 > exact:
        return x, y
    if len(str(head)) > len(short):      # 9996 -> 1000
        return x, y
    rounded = str(head)
    return (short, rounded) if len(x) < len(y) else (rounded, short)


def _amount_unit(c) -> str | None:
    """The claim's unit, a yearly amount's without its period ("J" of "J/year")."""
    if c.kind == "rate" and per_period_amount(c.unit):
        return c.unit.split("/", 1)[0]
    return c.unit


def _same_magnitude(ca, cb) -> bool:
    """The same power of ten, or, in one unit, less than ten times apart (41 and 14
    months, stored in seconds, straddle a power of ten)."""
    if ca.value.adjusted() == cb.value.adjusted():
        return True
    if _amount_unit(ca) != _amount_unit(cb) or not ca.value or not cb.value:
        return False
    ratio = abs(ca.value / cb.value)
    return Decimal("0.1") < ratio < 10


def _in_place(ca, cb, x: str, y: str) -> bool:
    """Two digit strings of one length, compared as a slip of one into the other, stand in
    the same places: a slip that keeps the leading digit keeps the figure's size, so the two
    values are then less than twice apart. "945,700" against "945万" (9,450,000), whose
    digits rounded to three read 946 against 945, is ten times off, not a digit off (a slip
    of the leading digit, 1,4 against 4,1 months, may straddle a power of ten)."""
    if x[:1] != y[:1] or ca.value.adjusted() == cb.value.adjusted() or not cb.value:
        return True
    return Decimal("0.5") < abs(ca.value / cb.value) < 2


def kinship(a: Mention, b: Mention, framed: bool = False) -> tuple[float, str]:
    """How much the two figures look like one figure (agreeing, or a slip apart).

    ``framed``: something besides the figures (a measure, an entity, a period, a name,
    the wording) already says the two are one quantity. A slip of the figure then weighs
    what the figure it slipped from would weigh, repeated (1.5 up to two digits, 2.5 from
    three): the slip must not move a figure out of the row its frame places it in. With
    no such frame, a slip of one or two digits weighs less than the same figure does,
    since unrelated short figures are often a digit or a power of ten apart."""
    ca, cb = a.claim, b.claim
    if ca.unit != cb.unit:       # basis points against percentage points: in points
        ca, cb = in_points(ca), in_points(cb)
    if figures_agree(ca, cb):
        n = min(len(a.digits), len(b.digits)) or 1
        if (ca.low, ca.high, ca.qualifier) == (cb.low, cb.high, cb.qualifier):
            n = max(n, 2)     # the very same figure ("逾200亿" twice) says more than its digits
        if n == 1 and max(len(a.digits), len(b.digits)) >= 3:
            return 1.0, "a rounded figure agrees"   # 近3万亿 against 29786.4亿
        return (0.5, "figures agree") if n == 1 else \
            (1.5, "same figure") if n == 2 else (2.5, "same figure")
    ra, rb = composite_runs(ca).strip("0"), composite_runs(cb).strip("0")
    if (ra or rb) and (ra or a.digits) == (rb or b.digits):
        # a scale word of a composite numeral dropped or changed ("1億2214人" for
        # "1億2214万人" or "1.2214亿"): its runs are the other's digits, a power of ten or
        # more apart
        n = len(ra or rb)
        return (1.5 if n <= 2 else 2.5) if framed or n >= 2 else 0.5, "same digits"
    x, y = _rounded_alike(a.digits, b.digits)
    rounder = ca if len(a.digits) < len(b.digits) else cb
    if x != y and len(a.digits) != len(b.digits) and rounder.qualifier != "exact":
        # the rounder figure told as an approximation or a bound, rounded as its writer
        # rounded it, is the same figure a power of ten off ("近24000亿" for 2388亿);
        # rounded that loosely, no other slip is read
        rx, ry = _rounded_alike(a.digits, b.digits, approximate=True)
        if rx == ry:
            x, y = rx, ry
    if not x or not y:
        return 0.0, ""
    n = min(len(x), len(y))
    repeated = 1.5 if n <= 2 else 2.5     # what the figure itself, told twice, weighs
    if x == y:
        # the same digits a power of ten apart: decimal, scale or 万/亿 slip
        return (repeated if framed or n >= 2 else 0.5), "same digits"
    if n >= 2 and len(x) == len(y) and _same_magnitude(ca, cb) and _in_place(ca, cb, x, y):
        if swapped_digits(x, y):
            return repeated, "digits swapped"
        if one_digit_apart(x, y):
            return (repeated if n >= 3 else 1.0), "one digit apart"
    if n >= 2 and len(x) != len(y) and ca.unit == cb.unit and \
            transposed_digits(ca.value, cb.value):
        # a zero swapped with its neighbour: "4.50%" written "4.05%", "1,800" written "1,080"
        # (the significant digits, 45 and 405, no longer have one length)
        return repeated, "digits swapped"
    return 0.0, ""


def _shared_names(a: Mention, b: Mention, lexicon) -> str:
    """A proper name both versions write beside the figure, across languages ("Ibervento"),
    not one every story shares (a country) nor the page's furniture; "" when none."""
    if a.lang == b.lang or not a.names or not b.names:
        return ""   # in one language, the clause's words already say it
    shared = sorted(n for n in one_spelling(a.names, lexicon) & one_spelling(b.names, lexicon)
                    if n not in lexicon.generic and n not in lexicon.boilerplate)
    return shared[0] if shared else ""


_TOTAL = "total"
# a scope every version that tells the figure names: what analysts expected is told as
# such ("the 0.5% forecast by analysts"), never as the figure released
_ALWAYS_NAMED = frozenset(("consensus",))


def _part_of_phase(x: str, y: str) -> bool:
    """A part ("of which", "davon") and a phase ("the first phase"): a phase is a part of
    the whole, so the two words do not tell the figures apart."""
    return "part" in (x, y) and bool({x, y} - {"part", "total", "annual"})


def _relative_year(token: str) -> bool:
    """A year told relative to the document's own ("a year earlier", "Vorjahr"), which a
    version that names its own year often enough resolves to a written year."""
    return token.startswith("prev")


def _old_against_change(a: Mention, b: Mention) -> bool:
    """An earlier level ("par rapport au recensement de 2020 (123,37 millions)") against
    the amount of a change ("a fall of 1.23 million"): never one quantity. (An earlier
    growth rate, "after 5.4% in the first quarter", is a growth rate.)"""
    return a.claim.role == "old" and b.explicit_role and b.family == "change"


def _headline(m: Mention) -> bool:
    """In the document's title line or first sentence: its headline."""
    return m.headline


def _counted(c) -> bool:
    """A count whose measure is the noun it counts."""
    return c.kind == "count" and bool(c.subject)


def _similar(a: Mention, b: Mention) -> float:
    if a.lang != b.lang or not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def evidence(a: Mention, b: Mention, lexicon) -> Evidence | None:
    """The evidence that two mentions (of different documents, or of one) are one
    quantity; None when something rules it out."""
    if not compatible_dims(a, b):
        return None
    ca, cb = a.claim, b.claim
    converted = not _same_currency(a, b)
    named = bool(ca.measure and cb.measure and lexicon.related(ca.measure, cb.measure))
    if not named and (converted or _per_dropped(a, b) and not _per_period(a, b)):
        # another currency, or a rate without its "per": only as one measure (a yearly
        # output and the same output without "a year" also on their figure, below)
        return None
    score, reasons = 0.0, []
    frames = 0.0
    conflict = same_measure = two_ways = False
    # "people", "companies" say what is counted, not which of the story's figures
    generic = bool(ca.measure and cb.measure) and (
        lexicon.generic_measure(ca.measure) or lexicon.generic_measure(cb.measure))
    if ca.measure and cb.measure:
        if lexicon.related(ca.measure, cb.measure):
            same_measure = True
            score += _MEASURE
            frames += _MEASURE
            reasons.append(f"same measure ({ca.measure})")
        elif generic:
            pass   # "3,000 people" against "3,000 jobs": neither the same nor another
        elif read_alike(a, b, lexicon):
            # one figure read by its counted noun, the other by its clause's subject
            # ("47,400 seats" of a capacity, "la capienza sale a 47.400 posti")
            same_measure = two_ways = True
            score += _MEASURE
            frames += _MEASURE
            reasons.append(f"one measure read two ways ({ca.measure}, {cb.measure})")
        else:
            # two measures named: usually two quantities, but a wrong reading of one
            # clause must not keep a figure out of its row for good
            score -= _MEASURE_CONFLICT
            conflict = True
    if same_measure and series_apart(a, b):
        # two entities of a list, one measure named for both ("9,800 applications" in
        # Saxony, "Niederbayern mit 8.900 Anträgen"): the measure is the list's, not the
        # figure's; a figure without one keeps its old, weaker evidence
        return None
    entity_conflict = False
    if ca.entity and cb.entity and ca.entity != cb.entity:
        # whose figure: read from the words around it, which may belong to the next
        # clause; a figure that agrees otherwise may still join, but is never compared
        # with confidence
        score -= _ENTITY_CONFLICT
        entity_conflict = True
    elif ca.entity and cb.entity:
        score += _ENTITY
        frames += _ENTITY
        reasons.append(f"same entity ({ca.entity})")
    elif a.doc != b.doc and (ca.entity in b.entities_here or cb.entity in a.entities_here):
        # one names whose figure it is (the tertiary sector), the other names none in a
        # version that gives that entity's figure elsewhere: most likely another entity's
        # figure, or the whole's (weighed by the confidence only: the entity of one
        # clause may be misread)
        entity_conflict = True
    for cls, weight in _PERIOD.items():
        pa, pb = a.periods.get(cls), b.periods.get(cls)
        if pa and pb:
            if pa != pb and _relative_year(pa) != _relative_year(pb):
                # "a year earlier" left unresolved in one version, a written year in the
                # other: the earlier-value marks below weigh them, the period cannot
                continue
            if pa != pb and "seq" in (pa, pb) and {pa, pb} <= _SEQUENTIAL:
                continue  # 环比 (against the period before) and "month on month"
            if pa != pb:
                return None
            score += weight
            frames += weight
            reasons.append(f"same period ({pa})")
    if per_apart(a, b):
        return None   # "17,500 trips a day" against "80,000 trips a week"
    if per_against_total(a, b):
        return None   # "17.500 corse al giorno" against "oltre 7 milioni di corse" (a total)
    if a.periods.get("per") and a.periods.get("per") == b.periods.get("per"):
        score += _PER
        frames += _PER
        reasons.append(f"both counted {a.periods['per']}")
    if (ca.measure in lexicon.running_measures or cb.measure in lexicon.running_measures) \
            and (_past_tally(a, b) or _past_tally(b, a)):
        return None
    if a.explicit_role and b.explicit_role:
        if a.family != b.family:
            return None
        score += _ROLE
        reasons.append(f"both {a.family}")
    if _old_against_change(a, b) or _old_against_change(b, a):
        return None   # "down 1% from 123.37 million" against "a fall of 1.23 million"
    if a.doc == b.doc and a.earlier != b.earlier:
        return None   # "X, up from Y": the current figure and the earlier one
    if {ca.role, cb.role} == {"old", "new"}:
        return None   # the two ends of one change, told by two versions ("to 2.1% from 2.6%")
    if a.doc == b.doc and (ca.role == "reference") != (cb.role == "reference"):
        return None   # a threshold or an average over years ("la barre des 100 foyers", "the
        #               five-year average of 22.1 million") is no level of its own version's
        #               measure (across versions, another may tell it with no word of its own:
        #               "sous le seuil de 95 %", "below the 95% the WHO recommends"; the row's
        #               judge leaves it out of the comparison, stories/agreement.judge)
    if a.doc == b.doc and (ca.role == "target") != (cb.role == "target") \
            and ca.value != cb.value:
        return None   # a goal ("short of the 90% target") is no level its version tells with
        #               another figure (78% reached); told with the same figure, it is the plan
        #               the others tell as a level ("targets 2.8% deficit" over "cut the
        #               deficit to 2.8% next year")
    # an earlier value ("compared with 5.2% a year before") against a figure not marked so;
    # not when both name the same year or date ("down 1.0% from 123.37 million" in the 2020
    # census against "1.2337亿人" of 2020): the date says when both stood
    earlier_apart = a.doc != b.doc and a.earlier != b.earlier and not any(
        p[:1].isdigit() and p == b.periods.get(cls) for cls, p in a.periods.items())
    if earlier_apart and (ca.measure in lexicon.running_measures or
                          cb.measure in lexicon.running_measures or
                          _PREV_EVENT in (a.periods.get("year"), b.periods.get("year"))):
        return None   # a toll as it stood (a flash report's, or "up from 12") and as it is now
    if ca.scope and cb.scope:
        if ca.scope != cb.scope and not _part_of_phase(ca.scope, cb.scope):
            return None
        score += _SCOPE if ca.scope == cb.scope else 0.0
    elif a.doc != b.doc and (ca.scope == _TOTAL and b.beside_alike or
                             cb.scope == _TOTAL and a.beside_alike):
        # a total against one of two figures of its measure that a version gives side by
        # side without a total: most likely a part (weighed by the confidence only)
        entity_conflict = True
    elif a.doc != b.doc and {ca.scope, cb.scope} & _ALWAYS_NAMED:
        # the analysts' forecast against a figure told with no such word: most likely the
        # released figure or another (weighed by the confidence only)
        entity_conflict = True
    named_alike = _shared_names(a, b, lexicon)
    if named_alike:
        score += _NAMED
        frames += _NAMED
        reasons.append(f"the same name beside it ({named_alike})")
    ends = ends_agree(a, b)
    if ends:
        # the same end of one change, whose other end both versions tell alike ("von 44
        # auf 37 Prozent", "contre 44 %"): a frame that does not hang on the figure
        score += _ENDS
        frames += _ENDS
        reasons.append(f"the other end of its change agrees ({ends})")
    similar = _similar(a, b)
    if similar >= 0.25:
        score += 2.5 if similar >= 0.6 else 1.5 if similar >= 0.4 else 0.5
        if similar >= 0.4:
            reasons.append("the same wording")
    # the frame alone (not the figure) says they are one quantity
    # (a unit few of a story's figures share, a length or an energy, is a frame too)
    framed = frames > 0 or similar >= 0.4 or (a.explicit_role and b.explicit_role) \
        or (a.dim == b.dim and a.dim in SPECIFIC_DIMS)
    kin, why = (0.0, "") if converted else kinship(a, b, framed)
    if not converted and _per_dropped(a, b) and _money_or_base(a) == "money" and (
            not kin or (why in _SLIPS and len(a.digits) != len(b.digits))):
        # "38.50 euros a share" is no total: only its own figure, "per" left out (a rate
        # of growth "a year" is the rate itself, whatever its figure); a slip read only
        # after rounding ("€47.90" as 48 against "68 euro per azione") is not its figure
        return None
    if kin:
        score += kin
        reasons.append(why)
    if a.dim in SPECIFIC_DIMS or a.dim.startswith(("money:", "rate:")):
        score += _SPECIFIC
    place = _ORDER * (1 - abs(a.pos - b.pos) / _ORDER_SPAN) \
        if a.doc != b.doc and abs(a.pos - b.pos) < _ORDER_SPAN else 0.0
    score += place
    # how sure a reader can be that a disagreement between them is real: each clue adds,
    # and no single one (a measure word can be misread) is enough for an error alone
    confidence = 0.0
    if same_measure:
        # (a measure read two ways is as sure as a generic one: the figure must agree too)
        confidence += 0.3 if generic or two_ways else 0.45
        if _counted(ca) and _counted(cb) and not generic and not two_ways:
            confidence += 0.15   # the counted noun itself ("60,000 passengers") says it
    confidence += min(0.3, 0.15 * (frames - (_MEASURE if same_measure else 0)))
    if a.explicit_role and b.explicit_role:
        confidence += 0.1
    confidence += 0.45 if similar >= 0.6 else 0.25 if similar >= 0.4 else 0.0
    # how sure the mention is the row's quantity does not hang on its value: where the
    # frame speaks, a typical slip of the figure counts as the figure would
    # (what is measured or whose: a period alone is shared by many of a story's figures)
    whose = (same_measure and not generic) or (bool(ca.entity) and ca.entity == cb.entity) \
        or bool(named_alike) or similar >= 0.4 or bool(ends)
    sure = max(kin, 1.5) if whose and why in _SLIPS else kin
    confidence += 0.4 if sure >= 2.0 else 0.3 if sure >= 1.5 else 0.2 if sure >= 1.0 else \
        0.1 if sure else 0.0
    if a.dim in SPECIFIC_DIMS:
        confidence += 0.1
    if a.doc != b.doc and abs(a.pos - b.pos) < _ORDER_SPAN:
        confidence += 0.1
    if a.doc == b.doc and same_measure and not generic and (_headline(a) != _headline(b)):
        confidence += _HEADLINE   # a headline and its body naming one measure: its figure twice
    confidence = min(confidence, 0.3 if conflict or entity_conflict else
                     _EARLIER_CAP if earlier_apart else 0.99)
    if earlier_apart:
        score -= _EARLIER
    if converted:
        score -= _CONVERTED
        reasons.append("the same measure in another currency")
    if a.anchor and b.anchor and not lexicon.related(a.anchor, b.anchor):
        # "21.75 billion" for "28 agreements" against "204.5亿" for "15个项目": one
        # measure, perhaps not one quantity
        confidence = min(confidence, 0.6)
        reasons.append(f"{ca.text!r} goes with {a.anchor_text!r} but {cb.text!r} with "
                       f"{b.anchor_text!r}")
    return Evidence(score, confidence, tuple(reasons), frame=score - kin - place, figure=kin,
                    whose=whose, measure=same_measure and not generic)


def _past_tally(a: Mention, b: Mention) -> bool:
    """A running tally ``a`` dated with a year no other version writes (a version's
    background: "desde 1998, cuando un temblor dejó 11 muertos") against an undated one of
    another version: another event's toll, not the one ``b`` tells today."""
    return a.doc != b.doc and a.lone_year and not b.periods.get("year")


def as_agreeing(u: Mention, m: Mention) -> Mention:
    """``u`` with ``m``'s figure: the mention as it would read had its figure agreed."""
    c, o = u.claim, m.claim
    claim = replace(c, value=o.value, low=o.low, high=o.high, qualifier=o.qualifier)
    return replace(u, claim=claim, digits=m.digits)


def frame_evidence(u: Mention, m: Mention, lexicon) -> Evidence | None:
    """The evidence that ``u`` is ``m``'s quantity whatever ``u``'s figure says: None when
    their frames rule it out, else the evidence had the figures agreed. What places a
    mention in its row must not hang on its value (a figure off by a factor of 1,000 is
    as easy to place as one that agrees); the value may add to it, never take away."""
    if evidence(u, m, lexicon) is None or u.dim != m.dim:
        return None
    return evidence(as_agreeing(u, m), m, lexicon)
