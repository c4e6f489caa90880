"""What the aligner needs to know about each claim, read once: a :class:`Mention`.

A mention carries the claim, its quantity frame (from extraction), the dimension it can be
compared in ("money:CNY", "percent", "points", "count" ...), the significant digits of
its value (to recognise the same figure, or a slip of it, in another version), the
content words of its clause (to recognise a near-identical sentence in a syndicated copy)
and its relative position in the document.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..extraction.cues import fold_same_length
from ..extraction.frames import FIRST_TOLL, period_tokens
from ..extraction.rates import PERIODS, numerator_kind
from ..records import Claim

__all__ = ["Mention", "mentions_of", "mark_lone_years", "names_beside", "lower_words", "alignable", "bare_figure",
           "written_digits", "composite_runs", "range_ends",
           "ROLE_FAMILY", "per_item_numerator", "per_period_amount"]

# Roles that say what kind of figure a number is; "level" is the default, not a cue.
# The two ends of a from-to ("old", "new") say where a figure stands in its sentence, not
# what kind of figure it is.
ROLE_FAMILY = {"growth": "growth", "decline": "growth", "change": "change", "drop": "change",
               "share": "share", "reference": "reference"}
_FALLING = frozenset(("decline", "drop"))
_WORD = regex.compile(r"[\p{L}\p{M}]{3,}|[\p{Han}\p{Hiragana}\p{Katakana}]")
_CLAUSE = 60  # characters of context on each side read for the clause's words
# a proper name near the number ("Ibervento 35 %", "la española Ibervento, 35%"): written
# alike in every version in Latin script, so it is evidence across languages
CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]{3,}")
_NAME_BEFORE, _NAME_AFTER = 40, 15


def _mark_unrestated(out: list[Mention]) -> None:
    """Set ``unrestated`` on one document's headline figures that no body figure of their
    dimension overlaps (one pass per dimension)."""
    body: dict[str, list[Claim]] = {}
    for m in out:
        if not m.headline and not (m.claim.low.is_nan() or m.claim.high.is_nan()):
            body.setdefault(m.dim, []).append(m.claim)
    for m in out:
        if m.headline and not (m.claim.low.is_nan() or m.claim.high.is_nan()):
            c = m.claim
            m.unrestated = not any(max(c.low, o.low) <= min(c.high, o.high)
                                   for o in body.get(m.dim, ()))


def alignable(claim: Claim) -> bool:
    """Dates are not quantities; a bare small number ("Line 11") is too vague to align,
    unless its clause says what it measures ("magnitude 6.1")."""
    if claim.kind == "date":
        return False
    if claim.kind == "number":
        return claim.value.is_finite() and (abs(claim.value) >= 10000 or bool(claim.measure))
    return True


def bare_figure(claim: Claim) -> bool:
    """A bare number of two significant digits or more that no clause names ("1.140",
    "1 140", "1140" for the wolves of the Alps, in three versions that each word the clause
    otherwise; "Gers with 29", "con 29"): it may join the versions' other mentions of the
    very same figure, though its own frame says nothing (:mod:`.bare_figures` places it;
    a one-digit figure is too common to place so)."""
    return claim.kind == "number" and claim.value.is_finite() and not claim.measure \
        and not alignable(claim) and len(written_digits(claim, claim.value)) >= 2


def _dimension(c: Claim) -> str:
    if c.kind == "money":
        return f"money:{c.unit}"
    if c.unit in ("percentage_point", "basis_point"):
        return "points"
    if c.kind in ("count", "number"):
        return c.kind
    if c.kind == "rate":
        # a volume per square metre (rain: "312 litros por metro cuadrado", "120 Liter pro
        # Quadratmeter") is a depth, stored in SI as the "312 mm" of another version is
        return "length" if c.unit == _DEPTH else f"rate:{c.unit}"
    return c.kind


_DEPTH = "m**3/m**2"     # a volume per area in SI: metres, as a length is


# a rate per a physical unit is stored per SI unit (US$540 a tonne is 0.54 USD/kg), so
# its figure is not the one a version without the "per" writes
_PHYSICAL = frozenset(("kg", "g", "t", "J", "Wh", "W", "m", "l", "L", "s"))


# what a yearly (monthly ...) output counts, written without its "per" by some versions
# ("13,5 TWh por ano" and "13.5 terawatt hours"): the value of such a rate is the amount of
# one period, so the two figures compare as they are (a speed is no length per hour)
_PER_PERIOD_KINDS = frozenset(("energy", "mass", "volume", "area"))


def per_period_amount(unit: str | None) -> str | None:
    """The kind of a physical amount told per a span of time ("energy" of J/year, "mass"
    of kg/year); else None."""
    if not unit or "/" not in unit:
        return None
    kind = numerator_kind(unit)
    return kind if kind in _PER_PERIOD_KINDS and unit.split("/", 1)[1] in PERIODS else None


def per_item_numerator(unit: str | None) -> str | None:
    """The numerator of a money or percent rate per an item or a span of time ("HKD" of
    HKD/share, "percent" of percent/year), or of a physical amount per a span of time
    ("J" of J/year), which a version may leave out; else None."""
    if not unit or "/" not in unit:
        return None
    top, per = unit.split("/", 1)
    if per_period_amount(unit):
        return top
    if per in _PHYSICAL or "**" in per:
        return None
    if top == "percent" or (top and all(len(code) == 3 and code.isalpha() and code.isupper()
                                        for code in top.split("|"))):
        return top
    return None


def _numerator_dim(c: Claim) -> str:
    """What a rate counts, as a dimension ("HK$0.86 per share" counts money:HKD, "3.5% a
    year" percent), when another version may write the figure without its "per"; else
    the claim's own dimension."""
    top = per_item_numerator(c.unit) if c.kind == "rate" else None
    if top is None:
        return _dimension(c)
    amount = per_period_amount(c.unit)
    return amount if amount else "percent" if top == "percent" else f"money:{top}"


def _digits(value: Decimal) -> str:
    if not value.is_finite() or value == 0:
        return ""
    return "".join(map(str, value.normalize().as_tuple().digits))


# one number as written: digits with the marks that group or split them
_WRITTEN = regex.compile(r"\d+(?:[.,'\u00a0\u202f ]\d+)*")


def written_digits(c: Claim, value: Decimal) -> str:
    """The significant digits of the figure as the text writes it ("41" of "41 mois",
    stored in seconds; "340" of "3 hours 40 minutes"), so that a slip of it is recognised
    whatever unit it is stored in; those of the value when the text writes no single number
    (words, 1億2740万)."""
    runs = _WRITTEN.findall(c.text)
    if not runs or (len(runs) > 1 and (c.qualifier == "range" or c.kind != "duration")):
        return _digits(value) if value.is_finite() else ""
    # a duration in parts is read as written, its last part's zero kept: "3 horas y 40
    # minutos", "3小时40分钟" -> 340 (three figures: the hour and the minutes)
    digits = "".join(ch for r in runs for ch in r if ch.isdigit())
    digits = digits.lstrip("0") if len(runs) > 1 else digits.strip("0")
    return digits or (_digits(value) if value.is_finite() else "")


def in_digits(m: Mention) -> bool:
    """A figure written in digits: one written in words ("cinco dias", "nine") has no
    digits of its own that could have slipped (its digits are those of its value)."""
    return any(ch.isdigit() for ch in m.claim.text)


def composite_runs(c: Claim) -> str:
    """The digits of an amount or count that the text writes as numbers joined by scale
    words (1億2214万, 1兆4236億, 2万1375), run after run; "" for a figure written as one
    number, a range or a duration. A scale word of such a numeral dropped or changed
    keeps its runs ("1億2214人" for "1億2214万人") while its value's digits change."""
    if c.kind not in ("money", "count", "number") or c.qualifier == "range":
        return ""
    runs = _WRITTEN.findall(c.text)
    return "".join(runs) if len(runs) > 1 else ""


def range_ends(c: Claim) -> tuple[str, ...]:
    """The significant digits of a range's two ends in the order the text writes them
    ("28 to 22 km" -> ("28", "22")); () when it is no range of two written numbers."""
    if c.qualifier != "range":
        return ()
    runs = _WRITTEN.findall(c.text)
    if len(runs) != 2:
        return ()
    ends = tuple("".join(ch for ch in r if ch.isdigit()).strip("0") for r in runs)
    return ends if all(ends) else ()


@dataclass(eq=False, slots=True)
class Mention:
    claim: Claim
    doc: str
    index: int              # among the document's alignable claims
    pos: float              # relative position in the document, 0..1
    dim: str
    periods: dict           # {year|part|basis: token}
    family: str             # role family; "level" when no cue says otherwise
    explicit_role: bool     # the role comes from a cue, not the default
    earlier: bool           # the earlier value of a comparison ("up from 5.2%")
    falling: bool           # a decline or drop written as a positive number
    digits: str
    words: frozenset
    names: frozenset = frozenset()   # proper names just around the number (folded)
    anchor: str = ""        # the counted thing an amount goes with in its sentence
    anchor_text: str = ""   # that count as written ("28 cooperation agreements")
    base: str = ""          # a rate's numerator as a dimension (see _numerator_dim)
    # the entities the document tells apart among its figures of this dimension (primary,
    # secondary, tertiary sector): a figure without an entity in a version that gives the
    # tertiary sector's growth elsewhere is not the tertiary sector's growth
    entities_here: frozenset = frozenset()
    # another figure of its measure and kind stands in its sentence, neither with a scope
    # ("a prize of 4.8 million, twice the runners-up's (2.4 million)"): one of the parts,
    # perhaps, not the total another version names
    beside_alike: bool = False
    # counted per a span of time ("17.500 corse al giorno") in a version that also tells a
    # count of its measure per no span ("6,4 milioni di corse"): the version itself tells
    # the rate apart from the total (see per_period.per_apart)
    total_beside: bool = False
    # its version tells a count of its measure per a span of time (any of its figures)
    span_told: bool = False
    # in the document's title line or its first sentence (see :func:`title_end`)
    headline: bool = False
    titled: bool = False     # in the title line itself
    # a headline figure its body writes nowhere (no body figure of its dimension overlaps
    # it): a headline restates its body, so one of the two statements may have slipped
    unrestated: bool = False
    # dated with a year no other version of the story dates a figure with ("desde 1998,
    # cuando ... dejó 11 muertos"): the version's background, not the story's (set for a
    # whole story by :func:`mark_lone_years`)
    lone_year: bool = False
    # the names of its item when the figure is told in a list or series of named entities
    # ("Bayern: 71.200, Sachsen: 9.800"), and those of them the lexicon knows as places or
    # a version in another language writes too (set for a story by series.mark_series)
    series: frozenset = frozenset()
    proper_series: frozenset = frozenset()
    series_kinds: frozenset = frozenset()
    doc_series: frozenset = frozenset()
    # the other end of its from-to change, in its sentence (set by change_ends.mark_partners)
    partner: "Mention | None" = None
    # the measures its own words name besides its chosen one (read on demand by
    # readings.readings, which needs the lexicon)
    readings: "frozenset | None" = None
    # measure -> the values its document's mentions of that chosen measure tell (one dict
    # shared by a document's mentions): a word its version gives another figure is no
    # other reading of this one
    doc_told: dict = field(default_factory=dict)
    # the mention before it in its sentence, if any (whose measure words it may carry)
    prior: "Mention | None" = None

    @property
    def lang(self) -> str:
        return self.claim.lang

    @property
    def key(self) -> tuple:
        return (self.claim.doc, self.claim.start, self.claim.end)

    @property
    def currency(self) -> str:
        """The currency of an amount of money ("" for any other figure)."""
        return (self.claim.unit or "") if self.claim.kind == "money" else ""


def _clause_words(c: Claim, text: str) -> frozenset:
    start = max(c.sentence_start, c.start - _CLAUSE)
    end = min(c.sentence_start + len(c.sentence), c.end + _CLAUSE)
    window = fold_same_length(text[start:c.start] + " " + text[c.end:end])
    return frozenset(_WORD.findall(window))


def _names_near(c: Claim, text: str, lower: frozenset = frozenset()) -> frozenset:
    """Capitalised words just before and after the number, in its sentence; the sentence's
    first word (capitalised in any language) only when the document never writes it in
    lower case ("Voltera hält 51 Prozent", not "Durante" of "durante")."""
    start = max(c.sentence_start, c.start - _NAME_BEFORE)
    end = min(c.sentence_start + len(c.sentence), c.end + _NAME_AFTER)
    out = set()
    for lo, hi in ((start, c.start), (c.end, end)):
        for m in CAPITALISED.finditer(text, lo, hi):
            word = fold_same_length(m.group()).casefold()
            if (m.start() > c.sentence_start and text[c.sentence_start:m.start()].strip()) \
                    or (word not in lower and not m.group().isupper()):
                out.add(word)
    return frozenset(out)


_LOWER = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3,}")


def _lower_words(text: str) -> frozenset:
    """The document's words written in lower case (folded), read once."""
    return frozenset(fold_same_length(w).casefold() for w in set(_LOWER.findall(text)))


def names_beside(c: Claim, text: str, lower: frozenset | None = None) -> frozenset:
    """The proper names just around claim ``c`` of document ``text`` (folded), as a
    mention reads them; for a check that holds the claim, not its mention. ``lower``: the
    document's words in lower case (:func:`lower_words`), when read once for many claims."""
    return _names_near(c, text, _lower_words(text) if lower is None else lower)


def lower_words(text: str) -> frozenset:
    """The words document ``text`` writes in lower case (folded)."""
    return _lower_words(text)


TITLE_MAX = 250


def title_end(text: str) -> int:
    """Where a document's title line ends: its first line when a line break follows it and
    it is short enough to be a title (a sentence splitter may cut a title at an
    abbreviation, "No. 3"), else 0."""
    cut = text.find("\n", 0, TITLE_MAX + 1)
    return cut if cut > 0 else 0


_COUNTED = frozenset(("count", "number"))


def mark_lone_years(mentions: list[Mention]) -> None:
    """Set ``lone_year`` on the mentions dated with a year (a written one, "1998") that no
    other version of the story dates a figure with. One pass over the mentions."""
    docs_of: dict[str, set] = {}
    for m in mentions:
        year = m.periods.get("year", "")
        if year.isdigit():
            docs_of.setdefault(year, set()).add(m.doc)
    for m in mentions:
        year = m.periods.get("year", "")
        m.lone_year = year.isdigit() and len(docs_of[year]) == 1


_OTHER = {"old": "new", "new": "old"}


def mark_partners(mentions: list[Mention]) -> None:
    """Set ``partner`` on each end of a from-to change of one document: the nearest mention
    of its sentence with the other role and the same dimension (what the other end says
    of a figure's identity: :mod:`.change_ends`). One pass per sentence."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.claim.role in _OTHER:
            by_sentence.setdefault(m.claim.sentence_start, []).append(m)
    for ends in by_sentence.values():
        if len(ends) < 2 or len(ends) > 8:      # a long list of changes pairs nothing surely
            continue
        for m in ends:
            others = [o for o in ends if o.claim.role == _OTHER[m.claim.role] and
                      o.dim == m.dim]
            if others:
                m.partner = min(others, key=lambda o: abs(o.claim.start - m.claim.start))


def mentions_of(doc: str, claims, text: str, older: bool = False,
                running: frozenset = frozenset()) -> list[Mention]:
    """The alignable claims of one document as mentions, in text order; ``older``: the
    document is an older report than the story's others (its figures are earlier values);
    ``running``: the measures whose figures here are earlier values (running tallies of a
    version dated before the story's latest)."""
    kept = [c for c in claims if alignable(c) or bare_figure(c)]
    # a bare figure takes the place of the next alignable claim: positions are counted
    # over the alignable claims alone, so admitting bare figures moves no other mention
    core = [alignable(c) for c in kept]
    n = max(1, sum(core) - 1)
    title = title_end(text) if kept else 0
    lower = _lower_words(text) if kept else frozenset()
    out = []
    last_count: Claim | None = None
    before = 0
    for i, c in enumerate(kept):
        at = before
        before += core[i]
        if last_count is not None and last_count.sentence_start != c.sentence_start:
            last_count = None
        anchor = last_count if c.kind not in ("count", "number") and last_count else None
        value = c.value if c.value.is_finite() else c.low if c.low.is_finite() else c.high
        out.append(Mention(
            claim=c, doc=doc, index=i, pos=min(at / n, 1.0), dim=_dimension(c),
            periods=period_tokens(c.period), family=ROLE_FAMILY.get(c.role, "level"),
            explicit_role=c.role in ROLE_FAMILY,
            earlier=older or c.role == "old" or
            any(t.startswith("prev") for t in period_tokens(c.period).values())
            or c.measure in running,
            falling=c.role in _FALLING,
            digits=written_digits(c, value), words=_clause_words(c, text),
            names=_names_near(c, text, lower),
            anchor=anchor.measure if anchor else "",
            anchor_text=f"{anchor.text} {anchor.subject}".strip() if anchor else "",
            base=_numerator_dim(c),
            headline=c.sentence_start == 0 or c.end <= title, titled=c.end <= title))
        if c.kind == "count" and c.measure:
            last_count = c
    # a headline figure the body tells as of an earlier moment ("Scontro tra treni, 4 morti"
    # over "secondo il primo bilancio i morti sono 4") is that earlier figure
    told_earlier = {(m.claim.measure, m.claim.value) for m in out
                    if not m.headline and m.claim.measure and m.claim.role != "old"
                    and FIRST_TOLL in m.periods.values()}
    for m in out:
        if m.headline and (m.claim.measure, m.claim.value) in told_earlier:
            m.earlier = True
    _mark_unrestated(out)
    named: dict[str, Counter] = {}
    for m in out:
        if m.claim.entity and alignable(m.claim):
            named.setdefault(m.dim, Counter())[m.claim.entity] += 1
    for m in out:
        # only a breakdown (two entities or more: the sectors, the regions) says whose
        # figures the document tells apart, and only an entity named for one figure says
        # which is its figure; an entity read beside several is often the story's own
        # subject ("the fair")
        here = named.get(m.dim, Counter())
        m.entities_here = frozenset(e for e, n in here.items() if n == 1) \
            if len(here) >= 2 else frozenset()
    mark_partners(out)
    told: dict[str, set] = {}
    for m in out:
        if m.claim.measure:
            told.setdefault(m.claim.measure, set()).add(m.claim.value)
    for m, after in zip(out, out[1:]):
        if after.claim.sentence_start == m.claim.sentence_start:
            after.prior = m
    for m in out:
        m.doc_told = told
    alike = Counter((m.claim.sentence_start, m.claim.measure, m.dim, m.family)
                    for m in out if m.claim.measure and not m.claim.scope and not m.earlier)
    for m in out:
        m.beside_alike = alike[(m.claim.sentence_start, m.claim.measure, m.dim, m.family)] >= 2
    # (a count with no span in the rate's own sentence is no total told apart: "每日通行船只
    # 从36艘降至27艘", the span's word binds one end of the change only)
    totals: dict[str, set] = {}
    for m in out:
        if m.claim.measure and m.claim.kind in _COUNTED and not m.periods.get("per"):
            totals.setdefault(m.claim.measure, set()).add(m.claim.sentence_start)
    spanned = {m.claim.measure for m in out if m.claim.measure and m.periods.get("per")}
    for m in out:
        m.total_beside = bool(m.periods.get("per")) and bool(
            totals.get(m.claim.measure, set()) - {m.claim.sentence_start})
        m.span_told = m.claim.measure in spanned
    return out
