"""Do the mentions of one quantity agree? Groups, the majority, the outliers, the slip.

Every mention stands for an interval: a rounded figure for the values that round to it
(half-open: "21.75" is [21.745, 21.755), so 21.75 and 21.76 do not agree), "about" for
its stated margin, a range for its two ends, and a bound for the values it plausibly
rounds: "over 20 billion" is at least 20 and under 200 billion, since nobody writes "over
20 billion" for 204 billion (so two bounds a power of ten apart, which overlap as
intervals, are caught as the slip they are), or, when written with three significant
digits or more, one unit of its leading digit ("topped 47,300" is no 74,300); "nearly 27%"
(近, casi, quasi) is at most 27 and not much less, its claim's own narrow interval, so it
does not agree with 16.8 % as "under 27%" would, and a bound or an approximation states
its figure rounded ("近17%" for 16.8 %, so "近27%" is a digit slip of it). Rates of change
compare by size (one version writes "fell 9.6%", another "−9,6 %", a third leaves the
direction out), and basis points count as hundredths of a percentage point.

The majority is the figure that the most documents support: the point covered by the
intervals of the most documents (a document counts once, however often it repeats the
figure); between figures that as many documents support, the one whose mentions are surest
to be the row's quantity (the aligner's confidences), so that a figure of another quantity
joined on little evidence does not outvote the versions that name the measure. Its mentions
are group 0; the rest are grouped the same way among themselves.
A bound that covers several groups' figures ("超200亿" beside 204.5亿 and 217.5亿) agrees
with each and stays in group 0. Mentions in another currency than the row's main one are
not compared (group -1). :func:`slip` names the likely error between two figures.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext

import regex

from ..extraction.intervals import ABOUT_MARGIN, NEAR_MARGIN
from ..extraction.language import base_code
from ..records import MEASURED_AGAINST, Claim
from .compare import (misread_separator, one_digit, one_digit_apart, rounded_alike,
                      scale_apart, scale_apart_rounded, significant_digits, swapped_digits,
                      transposed_digits)
from .mentions import (composite_runs, per_item_numerator, per_period_amount, range_ends,
                       written_digits)

__all__ = ["Verdict", "judge", "slip", "interval", "in_points", "loose_outliers", "SLIPS",
           "CHANGES", "size_of"]

SLIPS = ("false friend of scale", "dropped or added 万/亿", "decimal slip", "scale slip",
         "misread decimal comma", "swapped digits", "wrong digit", "dropped qualifier",
         "bounds a power of ten apart", "headline contradicts body", "wrong currency",
         "wrong unit")
_TEN = Decimal(10)
CHANGES = frozenset(("growth", "decline", "change", "drop"))   # roles of a rate of change
_COUNT_KINDS = frozenset(("count", "number"))
_INF = Decimal("Infinity")


@dataclass(frozen=True, slots=True)
class Span:
    """A comparable interval: [low, high], each end open or closed."""

    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: Decimal) -> bool:
        if x < self.low or x > self.high:
            return False
        if x == self.low and self.low_open:
            return False
        return not (x == self.high and self.high_open)


def _fraction(c: Claim) -> bool:
    """A bare number below one ("more than two thirds", "about one in five", 約40分の1,
    "Oltre la metà"): a part of something, never a count nor a figure of the row's counts
    (a slip does not turn 847 into a fraction)."""
    return c.kind == "number" and not c.unit and 0 < abs(c.value) < 1


def _whole_number(c: Claim) -> bool:
    """A plain number a row of counts may hold as the count whose noun was not read: a
    whole number ("1.48", 倍 left unread, is a ratio, never a count of people)."""
    return c.kind == "number" and not c.unit and c.value == c.value.to_integral_value()


def _unit_key(c: Claim) -> str:
    if _fraction(c):
        return "fraction"
    if c.kind == "money":
        return c.unit or ""
    if c.kind == "rate":   # compared with the figure of what it counts, "per" left out
        top = per_item_numerator(c.unit)
        if top is not None:
            return top
    if c.unit in ("percentage_point", "basis_point"):
        return "points"
    return c.unit or c.kind


def in_points(c: Claim) -> Claim:
    """A mention in basis points as percentage points (25 bp = 0.25 pp), so that two
    versions' figures can be compared and their slip named; any other claim as it is."""
    if c.unit != "basis_point":
        return c
    k = Decimal("0.01")
    return replace(c, value=c.value * k, low=c.low * k, high=c.high * k,
                   unit="percentage_point")


def interval(c: Claim, magnitude: bool = False) -> Span:
    """The values a mention stands for, in the row's comparable unit; with ``magnitude``,
    of its absolute value (a rate of change whose direction one version writes as a word,
    "fell 9.6%", another as a sign, "−9,6 %", and a third not at all)."""
    low, high = c.low, c.high
    scale = Decimal("0.01") if c.unit == "basis_point" else Decimal(1)
    if scale != 1:
        low, high = low * scale, high * scale
    if c.qualifier == "over" or (c.qualifier != "range" and not high.is_finite()
                                 and low.is_finite()):
        span = Span(low, _reach(low, c.value * scale) if low > 0 else _INF, False, True)
    elif c.qualifier == "under" and 0 < low < high:
        span = Span(low, high)          # "nearly 27%", "近200亿": at most, but not much less
    elif c.qualifier == "under" or (c.qualifier != "range" and not low.is_finite()):
        span = Span(high / _TEN if high > 0 else -_INF, high, True, False)
    elif c.qualifier == "exact" and low != high:
        low, high = _rescaled(c.value * scale, low, high)
        span = Span(low, high, False, True)          # a rounded figure
    else:
        span = Span(low, high)
    if magnitude and span.high <= 0:
        span = Span(-span.high, -span.low, span.high_open, span.low_open)
    return span


_PRECISE_BOUND = 3   # significant digits from which a lower bound is a rounding down


def _reach(low: Decimal, figure: Decimal) -> Decimal:
    """How far above its figure a lower bound plausibly reaches: a power of ten for a round
    figure ("over 20 billion" for 21.75 or 29 billion, never for 204), one unit of its
    leading digit for a figure of three significant digits or more, since a writer who
    chose that precision rounded down a figure near it: "topped 47,300" for 47,350 but not
    for 74,300 (its digits swapped). Two digits keep the power of ten: "more than 2,800"
    beside 27,000 or "oltre 41 mila" beside 58.214 were two quantities joined in one row,
    as often as one slipped ("mindestens 29" dead, stale, against 47; tried: two false
    flags for one true on the 26 sets). ``figure`` is the number as written. An upper bound
    keeps its power of ten: "less than 27%" is often a cap, not a rounding."""
    if not figure.is_finite() or figure <= 0 or significant_digits(figure) < _PRECISE_BOUND:
        return low * _TEN
    return low + _TEN ** figure.adjusted()


def _loose(c: Claim) -> Claim:
    """The mention with "about" or "nearly" reaching a tenth of its figure whatever its
    precision: the reach a round figure keeps (:mod:`claimcheck.extraction.intervals`)."""
    v = abs(c.value)
    if c.kind == "temperature" or not (v.is_finite() and c.low.is_finite()
                                       and c.high.is_finite()):
        return c          # (a tenth of a temperature has no meaning: its zero is arbitrary)
    low, high = c.low, c.high
    if c.qualifier == "about":
        low, high = min(low, c.value - v * ABOUT_MARGIN), max(high, c.value + v * ABOUT_MARGIN)
    elif c.qualifier == "under" and 0 < low < high:          # "nearly"
        low = min(low, c.value - v * NEAR_MARGIN)
    return c if (low, high) == (c.low, c.high) else replace(c, low=low, high=high)


def loose_outliers(claims: list[Claim], order: dict[str, int] | None = None,
                   confidences=None) -> frozenset[int] | None:
    """The outliers :func:`judge` finds when every approximation reaches a tenth of its
    figure, as a round one does; None when no mention is an approximation of three
    significant digits or more (the verdict would be the same). An outlier of the row that
    is none of these is apart only because such an approximation reaches a few units of its
    last digit: "约5万2100" beside "約5万5000" (5 % apart), NHK's 32万1000 beside AP's "about
    312,000" (2.9 %). Only a slip that moves the written digits (a swap) says that the two
    are one figure; otherwise they are as likely two quantities of the story, each rounded."""
    loose = [_loose(c) for c in claims]
    if all(x is c for x, c in zip(loose, claims)):
        return None
    return frozenset(judge(loose, order, confidences).outliers)


_SCALED_STEP = Decimal(1000)


def _rescaled(value: Decimal, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
    """The interval of a figure written with a scale word whose digits end in zeros, as
    the same figure written with the next larger scale word: "1 710 milliards" is "1,71
    billion", 1 705 to 1 715 milliards (rounded from 1 707,3 as "1.71 trillion" is);
    "254.000 millones" is "254 mil millones". Only when its last digit stands for a
    thousand or more (a scale word, not "1,710 people") and three significant digits or
    more come before the zeros: a round "200 millions" or "3000万" keeps its written
    precision, so that a digit slip in it (300 millions) is still a disagreement."""
    step = high - low
    if step < _SCALED_STEP or not value or value != value.to_integral_value():
        return low, high
    n = value / step
    if n != n.to_integral_value():
        return low, high
    n, zeros = abs(int(n)), 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    if not zeros or n < 100:
        return low, high
    half = step.scaleb(zeros) / 2
    return value - half, value + half


def _point(c: Claim, s: Span) -> Decimal:
    v = abs(c.value) * (Decimal("0.01") if c.unit == "basis_point" else 1)
    if s.contains(v):
        return v
    if s.contains(-v):
        return -v
    return s.low if s.low.is_finite() else s.high


@dataclass(frozen=True)
class Verdict:
    """``groups[i]`` for ``claims[i]``: 0 the majority, 1.. the others, -1 not compared.
    ``outliers`` are the indexes outside group 0 (and compared)."""

    groups: tuple[int, ...]
    outliers: tuple[int, ...]
    majority: int               # index of the majority's representative mention
    split_docs: tuple[str, ...]  # documents whose own mentions fall in different groups
    bridges: tuple[int, ...] = ()  # majority mentions (bounds) that agree with outliers too
    magnitude: bool = False     # the row compares sizes: its rates of change by their size

    @property
    def agree(self) -> bool:
        return not self.outliers


_SCALE_WORD = regex.compile(r"[\p{L}\p{Han}]")


def _scaled_number(c: Claim) -> bool:
    """A bare number written with a scale word ("9,64 Mio.", "逾200亿"): its size is stated
    (a bare "78" may be cents or dollars, "one" anything)."""
    return c.kind == "number" and any(ch.isdigit() for ch in c.text) \
        and _SCALE_WORD.search(c.text) is not None


def judge(claims: list[Claim], order: dict[str, int] | None = None,
          confidences=None) -> Verdict:
    """Group the mentions of one row by agreement (see the module docstring).
    ``confidences`` (how surely each mention is the row's quantity) break a tie between
    figures that as many documents support: the surer mentions' figure is the row's."""
    n = len(claims)
    # rates of change compare by size: their direction is a word, a sign, or left out; so
    # do counts of a change beside counts no word marks ("-22.716" in a table of changes,
    # "22,716 fewer", and "22.716" in a version that left the direction out)
    magnitude = all(c.role in CHANGES for c in claims) or (
        any(c.role in CHANGES for c in claims) and
        all(c.kind in _COUNT_KINDS and (c.role in CHANGES or c.role == "level")
            for c in claims))
    order = order or {}
    keys = [_unit_key(c) for c in claims]
    # a bare number ("逾200亿", "9,64 millions") is compared in the row's unit when the row
    # counts or is money: the version left the unit out
    named: dict[str, set] = {}
    for k, c in zip(keys, claims):
        if c.kind in ("count", "money"):
            named.setdefault(k, set()).add(c.doc)
    if named:
        # the unit most versions write (a conversion into dollars beside it is not it)
        top = max(named, key=lambda k: (len(named[k]), k))
        # in a row of counts, a plain number is the count whose noun was not read ("960の国・
        # 地域" beside "96 countries"): a count has no unit that the number could lack
        keys = [top if not _fraction(c) and (
                    _scaled_number(c) or top == "count" and _whole_number(c))
                else k for k, c in zip(keys, claims)]
    docs_per_unit: dict[str, set] = {}
    for c, k in zip(claims, keys):
        docs_per_unit.setdefault(k, set()).add(c.doc)
    main = max(docs_per_unit, key=lambda k: (len(docs_per_unit[k]),
                                             -min(order.get(c.doc, 0) for c, kk in
                                                  zip(claims, keys) if kk == k)))
    spans = _cut_short(claims, keys, [interval(c, magnitude) for c in claims])
    groups = [-1] * n
    todo = [i for i in range(n) if keys[i] == main]
    # a reference value (a threshold, an average over years: role "reference") in a row of
    # levels is not compared: one version names the threshold the others tell as a plain
    # figure ("sous le seuil de 95 %", "below the 95% the WHO recommends"), or a threshold
    # joined the level it was crossed by ("la barre des 100 foyers" beside "118 outbreaks")
    # (so is a goal: "short of the 90% target" in a row of the coverage reached)
    levels = [i for i in todo if claims[i].role not in MEASURED_AGAINST]
    if levels:
        todo = levels
    points = {}
    for i in todo:
        points.setdefault(_point(claims[i], spans[i]), None)
    g = 0
    while todo:
        best, best_key = None, None
        for x in points:
            inside = [i for i in todo if spans[i].contains(x)]
            if not inside:
                continue
            docs = {claims[i].doc for i in inside}
            exact = sum(claims[i].qualifier == "exact" for i in inside)
            first = min(order.get(claims[i].doc, 0) for i in inside)
            sure = 0
            if confidences:     # a document counts once here too: its surest mention
                surest: dict[str, float] = {}
                for i in inside:
                    surest[claims[i].doc] = max(surest.get(claims[i].doc, 0.0),
                                                confidences[i])
                sure = round(sum(surest.values()), 2)
            key = (len(docs), sure, exact, -first)
            if best_key is None or key > best_key:
                best, best_key = x, key
        if best is None:
            for i in todo:
                groups[i] = g
                g += 1
            break
        for i in todo:
            if spans[i].contains(best):
                groups[i] = g
        todo = [i for i in todo if groups[i] == -1]
        g += 1
    g = _split_restated(claims, groups, g)
    outliers = tuple(i for i in range(n) if groups[i] > 0)
    in_zero = [i for i in range(n) if groups[i] == 0]
    # the majority's most precise mention stands for it in messages
    rep = min(in_zero, key=lambda i: (claims[i].qualifier != "exact",
                                      spans[i].high - spans[i].low
                                      if spans[i].high.is_finite() and spans[i].low.is_finite()
                                      else _INF, order.get(claims[i].doc, 0)))
    by_doc: dict[str, set] = {}
    for i, c in enumerate(claims):
        if groups[i] >= 0:
            by_doc.setdefault(c.doc, set()).add(groups[i])
    split = tuple(d for d, gs in by_doc.items() if len(gs) > 1)
    # a bound in the majority that also covers an outlier's figure agrees with both
    others = {g: _point(claims[i], spans[i]) for i in outliers for g in [groups[i]]}
    bridges = tuple(i for i in in_zero if claims[i].qualifier != "exact"
                    and any(spans[i].contains(x) for x in others.values()))
    return Verdict(tuple(groups), outliers, rep, split, bridges, magnitude)


def size_of(c: Claim) -> Claim:
    """A negative figure as its size ("-1,3 %" as 1,3 %; its interval turned over), any
    other as it is: the difference and the slip between two rates of change that the row
    compares by size are those of their sizes ("a baissé de 1,5 %" against "-1,3 %" is 0.2
    points apart, not 2.8)."""
    if not c.value < 0:
        return c
    return replace(c, value=-c.value, low=-c.high, high=-c.low)


def _cut_short(claims: list[Claim], keys: list[str], spans: list[Span]) -> list[Span]:
    """A figure that its own document states more precisely in the row may be that figure
    cut short rather than rounded: a headline's "27%減" over the body's "27.5%減", "18万戸"
    over "18万5000戸". One document does not contradict itself in one row, so such a
    figure also covers the values it truncates (27 covers 26.5 to 28). Only against a
    figure of its own document: a version's figure is never widened by another's."""
    by_doc: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        s = spans[i]
        if c.qualifier == "exact" and s.low.is_finite() and s.high.is_finite() \
                and s.low >= 0 and s.high > s.low:
            by_doc.setdefault((c.doc, keys[i]), []).append(i)
    out = list(spans)
    for members in by_doc.values():
        for i in members:
            width = spans[i].high - spans[i].low
            mid = (spans[i].low + spans[i].high) / 2
            for j in members:
                other = spans[j]
                centre = (other.low + other.high) / 2
                if other.high - other.low < width and mid <= centre < mid + width:
                    out[i] = Span(spans[i].low, mid + width, False, True)
                    break
    return out


def _stated(c: Claim) -> tuple:
    """The figure as stated, with its qualifier: both ends of a range, else the value."""
    return (c.qualifier, c.low, c.high) if c.qualifier == "range" else (c.qualifier, c.value)


# slips that turn one stated figure into another that its qualifier still lets agree
_RESTATED = frozenset(("swapped digits", "wrong digit", "decimal slip", "scale slip",
                       "false friend of scale", "dropped or added 万/亿",
                       "misread decimal comma", "bounds a power of ten apart"))


def _restated_slip(good: Claim, bad: Claim) -> bool:
    """Two versions state one figure with one qualifier ("about 4,500", "rund 4.050";
    "between 850 million and 1.1 billion", "zwischen 950 Millionen und 1,1 Milliarden")
    and the figures differ by a typical slip: the intervals overlap, the statements do
    not agree."""
    if good.qualifier != bad.qualifier or good.qualifier == "exact":
        return False
    if good.qualifier != "range":
        return slip(good, bad) in _RESTATED and not _rounder(good, bad)
    if range_ends(good) != range_ends(bad) and _range_end_slip(good, bad) in _RESTATED:
        # the ends as written: "31 bis 22 Mrd." against "21 to 22 billion" is one end
        # mistyped, though the reversed range, read over both ends, still overlaps
        return True
    if range_ends(good) and range_ends(good) == range_ends(bad):
        # both ends written with the same digits, as "1.1 billion" and "1,100 millones":
        # one statement told to two precisions, whose bounds differ but not its figures
        return False
    ends = [(x, y) for x, y in ((good.low, bad.low), (good.high, bad.high)) if x != y]
    return len(ends) == 1 and all(
        x.is_finite() and y.is_finite() and
        slip(replace(good, value=x, qualifier="exact"),
             replace(bad, value=y, qualifier="exact")) in _RESTATED for x, y in ends)


def _rounder(a: Claim, b: Claim) -> bool:
    """One statement is the other's figure rounded the way its qualifier rounds: "plus de
    4 000" for "4200余" (a bound rounded down), "about 4,000" for "about 4,200" (to the
    nearest): a paraphrase, not a slip."""
    x, y = abs(a.value), abs(b.value)
    if not (x.is_finite() and y.is_finite()) or not x or not y or x == y:
        return False
    dx, dy = (len(v.normalize().as_tuple().digits) for v in (x, y))
    if dx == dy:
        return False
    (r, rc), (p, _) = sorted(((x, a), (y, b)), key=lambda t: len(
        t[0].normalize().as_tuple().digits))   # the rounder figure first
    step = Decimal(1).scaleb(r.normalize().as_tuple().exponent)
    with localcontext() as ctx:
        ctx.prec = 50
        down, near = (p // step) * step, (p / step).to_integral_value() * step
    q = rc.qualifier
    if q == "over":
        return r == down
    if q == "under":
        return r == down + step
    return r == near


def _split_restated(claims: list[Claim], groups: list[int], g: int) -> int:
    """In the majority, versions that state the figure with one qualifier but a slip apart
    from the most documents' statement with that qualifier become groups of their own ("more
    than 180 hectares (about 445 acres)" in most versions, "about 454 acres" in one); the
    next free group."""
    zero = [i for i in range(len(claims)) if groups[i] == 0 and claims[i].qualifier != "exact"]
    by_stated: dict[tuple, set] = {}
    for i in zero:
        by_stated.setdefault(_stated(claims[i]), set()).add(claims[i].doc)
    if len(by_stated) < 2:
        return g
    moved: dict[tuple, int] = {}
    referenced: set[str] = set()
    for stated, docs in sorted(by_stated.items(), key=lambda kv: -len(kv[1])):
        if stated[0] in referenced or stated in moved:
            continue   # only against the most documents' statement with its qualifier
        referenced.add(stated[0])
        good = next(claims[i] for i in zero if _stated(claims[i]) == stated)
        for i in zero:
            other = _stated(claims[i])
            if other == stated or other in moved or len(by_stated[other]) > len(docs) \
                    or docs & by_stated[other]:
                continue
            if _restated_slip(good, claims[i]):
                moved[other] = g
                g += 1
    for i in zero:
        if _stated(claims[i]) in moved:
            groups[i] = moved[_stated(claims[i])]
    return g


# ------------------------------------------------------------------ the likely slip

@functools.lru_cache(maxsize=1)
def _false_friends() -> dict[str, frozenset[str]]:
    """Scale words that look alike in two languages but differ in value ("billion" is
    10^9 in English and 10^12 in French, "billón" 10^12 in Spanish, "Billion" 10^12 in
    German): {language: its folded words that have such a twin}, from the language data."""
    from ..extraction.cues import fold_same_length
    from ..extraction.language import available_languages, get_language

    words: list[tuple[str, str, Decimal]] = []
    for code in available_languages():
        for word, value in (get_language(code).raw.get("scales") or {}).items():
            w = fold_same_length(str(word))
            if regex.fullmatch(r"\p{L}{6,}", w):
                words.append((code, w, Decimal(str(value))))
    out: dict[str, set[str]] = {}
    for i, (la, wa, va) in enumerate(words):
        for lb, wb, vb in words[i + 1:]:
            if la != lb and va != vb and wa[:3] == wb[:3] and _near(wa, wb):
                out.setdefault(la, set()).add(wa)
                out.setdefault(lb, set()).add(wb)
    return {k: frozenset(v) for k, v in out.items()}


def _near(a: str, b: str, most: int = 2) -> bool:
    """Edit distance at most ``most``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > most:
            return False
        prev = cur
    return prev[-1] <= most


def _false_friend(c: Claim) -> bool:
    from ..extraction.cues import fold_same_length

    friends = _false_friends().get(c.lang) or _false_friends().get(base_code(c.lang))
    return bool(friends) and any(w in friends for w in
                                 regex.findall(r"\p{L}+", fold_same_length(c.text)))


def _amount_unit(c: Claim) -> str | None:
    """The unit of the amount a claim gives: a yearly or daily output's without its period
    ("m**3" of "m**3/day": "500,000 bpd" and "500.000 barils" are one figure)."""
    if c.kind == "rate" and per_period_amount(c.unit):
        return c.unit.split("/", 1)[0]
    return c.unit


def _written_slip(good: Claim, bad: Claim) -> str | None:
    """A slip seen in the figures as written, in one unit stored otherwise (41 and 14
    months, in seconds, are no longer two digits swapped; 500,000 barrels a day and
    600.000 barils, in cubic metres, no longer one digit apart)."""
    if _amount_unit(good) != _amount_unit(bad) or not good.value or not bad.value:
        return None
    x, y = written_digits(good, good.value), written_digits(bad, bad.value)
    if not x or not y or len(x) != len(y) or x == y or len(x) < 2:
        return None
    if not Decimal("0.1") < abs(good.value / bad.value) < 10:
        return None
    if good.value.adjusted() != bad.value.adjusted() and good.unit == bad.unit \
            and good.kind in _NO_UNIT_KINDS:
        # "2.1%" and "约12%": a swap and a decimal moved, no one slip (a measure is
        # stored in another unit than written: "19 horas" and "29 horas" in seconds
        # straddle a power of ten)
        return None
    if one_digit_apart(x, y):
        return "wrong digit"
    return "swapped digits" if swapped_digits(x, y) else None


_NO_UNIT_KINDS = frozenset(("money", "percent", "count", "number", "date"))


def _wrong_unit(good: Claim, bad: Claim) -> bool:
    """The very figure written with another unit of the same dimension: "a 3,900-foot
    runway" against "una pista de 3,900 metros" (3,900 m), the number copied and the unit
    misread. Two measures whose written digits are the same and whose values, stored in one
    unit, are not."""
    if good.kind != bad.kind or good.kind in _NO_UNIT_KINDS or good.qualifier == "range" or \
            bad.qualifier == "range" or _amount_unit(good) != _amount_unit(bad) or \
            not good.value or not bad.value or good.value == bad.value:
        return False
    x, y = written_digits(good, good.value), written_digits(bad, bad.value)
    return len(x) >= 2 and x == y


def _range_end_slip(good: Claim, bad: Claim) -> str | None:
    """Two ranges whose ends, in the order written, differ at one end by a typical slip
    ("18 to 22 km" against "28～22キロ", or "120至20公里", one end's decimal moved). Called
    on figures that disagree: ends with the very same digits then differ by a power of
    ten."""
    x, y = range_ends(good), range_ends(bad)
    if not x or not y:
        return None
    apart = [(p, q) for p, q in zip(x, y) if p != q]
    if not apart:
        return "decimal slip"
    if len(apart) != 1:
        return None
    p, q = apart[0]
    if swapped_digits(p, q):
        return "swapped digits"
    return "wrong digit" if one_digit_apart(p, q) else None


_CJK_SCALES = ("万", "亿", "億", "萬")
# billion/billion, billion/billón, Milliarde/milliard ...: look-alike scale words a thousand
# (or, against the long scale's billion, a million) times apart
_FRIEND_STEPS = frozenset((3, 6))


def slip(good: Claim, bad: Claim, same_doc: bool = False, bad_in_lead: bool = False) -> str | None:
    """The likely error that turned ``good``'s figure into ``bad``'s, or None."""
    if good.kind == "money" and bad.kind == "money" and good.unit != bad.unit \
            and "|" not in (good.unit or "") + (bad.unit or ""):
        return "wrong currency"
    a, b = good.value, bad.value
    bounds = {good.qualifier, bad.qualifier} <= {"over", "under"}
    with localcontext() as ctx:
        ctx.prec = 50
        k = scale_apart(a, b)
        if k is None:
            k = scale_apart_rounded(a, b)
    if k is not None and bounds:
        return "bounds a power of ten apart"
    if same_doc and bad_in_lead and bad.qualifier != "exact":
        return "headline contradicts body"
    if k is not None:
        if k in _FRIEND_STEPS and (_false_friend(good) or _false_friend(bad)):
            return "false friend of scale"
        if k == 4 and any(s in good.text + bad.text for s in _CJK_SCALES):
            return "dropped or added 万/亿"
        if k == 3 and misread_separator(good, bad):
            return "misread decimal comma"
        if k == 2 and good.kind == bad.kind == "percent":
            # a percentage a hundred times another ("0,4 %" against "about 40%") is no
            # decimal mark moved: a share against a rate, or two quantities
            return None
        return "decimal slip" if k <= 2 else "scale slip"
    if _composite_slip(good, bad):
        return "dropped or added 万/亿" if any(s in good.text + bad.text for s in _CJK_SCALES) \
            else "scale slip"
    ends = _range_end_slip(good, bad)
    if ends:
        return ends
    # a digit is mistyped or swapped only in a figure written in digits ("Nueve" against
    # "2" is another figure, not a key slip; "200万" against "one million" may be one)
    digits = _in_digits(bad)
    if digits and transposed_digits(a, b):
        return "swapped digits"
    if digits and one_digit(a, b):
        return "wrong digit"
    written = _written_slip(good, bad) if digits else None
    if written:
        return written
    if digits and _wrong_unit(good, bad):
        return "wrong unit"
    # 2,11 Milliarden against 21億700万 (2.107): 3,11 is a digit off
    pair = rounded_alike(a, b) if digits else None
    if pair and transposed_digits(*pair):
        return "swapped digits"
    if pair and one_digit(*pair):
        return "wrong digit"
    if (good.qualifier == "exact") != (bad.qualifier == "exact"):
        coarse = _rounded_to_bound(good, bad) if digits else None
        if coarse and transposed_digits(*coarse):
            return "swapped digits"
        if coarse and one_digit(*coarse):
            return "wrong digit"
        small = good if abs(a) < abs(b) else bad
        k = _loosely_scale_apart(a, b) if _scale_telling(small) else None
        if k is not None:     # "supera los 29 billones" against 29786.4亿: a scale word
            return "false friend of scale" if k in _FRIEND_STEPS and (
                _false_friend(good) or _false_friend(bad)) \
                else "decimal slip" if k <= 2 else "scale slip"
        if _near_enough(a, b):
            return "dropped qualifier"
    return None


def _in_digits(c: Claim) -> bool:
    """Whether the figure is written with digits (not only in words: "nine", 九, "Nueve")."""
    return any(ch.isdigit() for ch in c.text)


def _rounded_to_bound(good: Claim, bad: Claim) -> tuple[Decimal, Decimal] | None:
    """An exact figure rounded to the significant digits of the bound or approximation
    that states it ("近17%" for 16.8%, "about 4,300" for 4,268), with the other figure, in
    the order (good, bad); None when the exact one is not the more precise."""
    exact, loose = (good, bad) if good.qualifier == "exact" else (bad, good)
    if loose.qualifier not in _ROUNDING_QUALIFIERS:
        return None
    x, y = exact.value, loose.value
    if not (x.is_finite() and y.is_finite()) or not x or not y:
        return None
    n = len(y.normalize().as_tuple().digits)
    if n < 2 or len(x.normalize().as_tuple().digits) <= n or x.adjusted() != y.adjusted():
        return None
    with localcontext() as ctx:
        ctx.prec = n
        ctx.rounding = ROUND_HALF_UP
        rounded = +x
    return (rounded, y) if exact is good else (y, rounded)


_ROUNDING_QUALIFIERS = frozenset(("over", "under", "about"))   # not a range


def _composite_slip(good: Claim, bad: Claim) -> bool:
    """A numeral of numbers joined by scale words whose scale word dropped or changed
    ("1億2214" for "1億2214万" or 122.14 million): its runs of digits are the other's
    digits, its value is not."""
    ra, rb = composite_runs(good).strip("0"), composite_runs(bad).strip("0")
    if not (ra or rb) or good.value == bad.value:
        return False
    return (ra or written_digits(good, good.value)) == (rb or written_digits(bad, bad.value))


_QUALIFIER_SLACK = Decimal("0.25")
_SCALE_SLACK = Decimal("0.1")


def _near_enough(a: Decimal, b: Decimal) -> bool:
    """Close enough that a qualifier ("about", "more than") could have made them agree."""
    big = max(abs(a), abs(b))
    return big > 0 and abs(a - b) <= big * _QUALIFIER_SLACK


def _scale_telling(c: Claim) -> bool:
    """Whether the smaller of two figures can tell a scale slip loosely: written with a
    scale word or with two significant digits or more. A bare "1" (其中1列火车, "one of the
    trains") is some power of ten away from any round figure."""
    v = c.value.normalize() if c.value.is_finite() else c.value
    return (v.is_finite() and len(v.as_tuple().digits) >= 2) or \
        any(ch.isalpha() for ch in c.text)


def _loosely_scale_apart(a: Decimal, b: Decimal) -> int | None:
    """k when one figure, moved by 10**k, is within 10 % of the other (a bound or an
    approximation written with the wrong scale word)."""
    if not (a.is_finite() and b.is_finite()) or a == 0 or b == 0:
        return None
    lo, hi = sorted((abs(a), abs(b)))
    k = hi.adjusted() - lo.adjusted()
    for step in (k - 1, k, k + 1):
        moved = lo.scaleb(step)
        if step > 0 and abs(moved - hi) <= max(moved, hi) * _SCALE_SLACK:
            return step
    return None
