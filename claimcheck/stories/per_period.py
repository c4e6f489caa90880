"""The span of time a figure is counted per, as identity reads it: "17,500 trips a day"
(a daily average) is no year's total of trips ("oltre 7 milioni di corse"), though both
count trips.

A count's span comes from the words beside it (the lexicon's ``per_periods``, read into
the period's "per" class by extraction/frames.py); a rate's from its unit ("bbl/day").
"""
from __future__ import annotations

from ..extraction.periods import PERIODS
from .mentions import Mention

__all__ = ["per_span", "per_apart", "per_against_total"]

# what a count per one of these spans is not: a figure of no span (a total). A year is not
# among them: "6.4 million rides a year" and "6.4 million rides in 2026" are one figure
_NEVER_A_TOTAL = frozenset(("per_day", "per_week", "per_month"))
_COUNTS = frozenset(("count", "number"))


def per_span(m: Mention) -> str:
    """"per_day", "per_week" ... of ``m``: its words' span, else its rate unit's; ""."""
    told = m.periods.get("per", "")
    if told:
        return told
    c = m.claim
    if c.kind == "rate" and c.unit and "/" in c.unit:
        span = c.unit.split("/", 1)[1]
        if span in PERIODS:
            return f"per_{span}"
    return ""


def per_apart(a: Mention, b: Mention) -> bool:
    """Both counted per a span of time, two different spans (a day against a week)."""
    pa, pb = per_span(a), per_span(b)
    return bool(pa and pb and pa != pb)


def per_against_total(a: Mention, b: Mention) -> bool:
    """A count per a day, a week or a month against a count told with no span, where the
    rate's version also tells a count of its measure with no span in another sentence (it
    tells its rate apart from its total), both naming one measure, and the count's version tells no figure of that
    measure per a span at all: the count is the total. A version that tells the span of
    one figure may leave it out of the next ("cut daily transits to 27 ... could fall to
    24 in February"), and a version that tells only the rate may have written its span
    in words the lexicon lacks ("1日3500台"): those still join."""
    pa, pb = per_span(a), per_span(b)
    if bool(pa) == bool(pb):
        return False
    marked, other = (a, b) if pa else (b, a)
    if not marked.claim.measure or marked.claim.measure != other.claim.measure:
        return False   # (one measure named on both sides: what the total would count)
    return marked.periods.get("per") in _NEVER_A_TOTAL and marked.total_beside \
        and not other.span_told and marked.claim.kind in _COUNTS \
        and other.claim.kind in _COUNTS
