"""A measure and its conversion into another unit, in brackets: one quantity.

Wire copy converts a measure where it states it: "28 km (17 miles)", "about 620 metres
(2,034 feet)", "180 hectares (about 445 acres)", "3.26万公顷（约48.9万亩）". Both figures are
stored in one unit, so a version that writes them right holds both in the row of their
quantity, as one quantity told twice. When one of the two slips ("28 km (27 miles)",
"about 6200 metres (2,034 feet)"), the two no longer agree, the version may hold only one
of them in the row, and the slipped one is left alone, compared with nothing: its slip
is not seen. The bracket says what it is, whatever the figures say: the figure left alone
joins the row of the figure it converts (or that converts it), where the row's judge
compares it with the others, the version's own figure among them. A slipped conversion
may also land, by its value, in the row of another quantity ("46 pés (12,4 metros)" beside
a 12.5-metre depth): when the two figures of a bracket contradict each other and sit in two
rows, the one that agrees with no other version of its row joins its partner's row.

Only measures in a unit (a length, an area, a mass ...), not counts or percentages,
whose brackets hold other things ("5,9 % (5,7 % en termes réels)", "23 (22)"); and only
when the two are written with different unit words, so that "10 km (6 km of it under
the sea)" is no conversion. The placed mention takes the confidence of the figure it
converts, at most :data:`_CONFIDENCE` (a warning, never an error), and that much when its
own version's figure contradicts it ("94 km/h (68 mph)"). Cost: one pass over
each document's neighbouring mentions.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .clustering import Cluster
from .conversions import BRACKET_GAP
from .identity import SPECIFIC_DIMS
from .mentions import Mention

__all__ = ["join_unit_brackets", "BY_UNIT_BRACKET"]

BY_UNIT_BRACKET = "a measure and its conversion into another unit, in brackets"
_CONFIDENCE = 0.6
_OFF = Decimal("0.05")     # "94 km/h (60 mph)" rounds coarsely (3 %); "(68 mph)" is wrong
_NOT_UNIT = regex.compile(r"[\d\W_]+")


def _unit_words(m: Mention) -> str:
    """The letters of a figure as written: its unit words, and any qualifier."""
    return _NOT_UNIT.sub("", m.claim.text).casefold()


def _converts(a: Mention, b: Mention) -> bool:
    """``b`` is written right after ``a``, in brackets, as the same measure in another
    unit."""
    ca, cb = a.claim, b.claim
    if a.dim != b.dim or a.dim not in SPECIFIC_DIMS or ca.unit != cb.unit:
        return False
    if ca.sentence_start != cb.sentence_start or cb.start <= ca.end:
        return False
    s = ca.sentence_start
    if not BRACKET_GAP.fullmatch(ca.sentence[ca.end - s:cb.start - s]):
        return False
    wa, wb = _unit_words(a), _unit_words(b)
    return bool(wa) and bool(wb) and not (wa.endswith(wb) or wb.endswith(wa))


def _contradicts(a: Mention, b: Mention) -> bool:
    """A conversion further from its figure than any rounding of it explains (more than
    :data:`_OFF` apart, in the one unit both are stored in)."""
    x, y = a.claim.value, b.claim.value
    if not (x.is_finite() and y.is_finite()) or not (x or y):
        return False
    return abs(x - y) > max(abs(x), abs(y)) * _OFF


def _shared(row: Cluster) -> bool:
    return len({m.doc for m in row.members}) >= 2


def join_unit_brackets(rows: list[Cluster], mentions: list[Mention]) -> list[Cluster]:
    """Rows (single mentions included) after placing a measure left alone in the row of
    the figure it converts, or that converts it, in brackets."""
    row_of = {id(m): r for r in rows for m in r.members}
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    for ms in by_doc.values():
        for a, b in zip(ms, ms[1:]):
            if not _converts(a, b):
                continue
            ra, rb = row_of.get(id(a)), row_of.get(id(b))
            if ra is None or rb is None or ra is rb:
                continue
            if len(ra.members) > 1 and len(rb.members) > 1:
                _move_stray(a, b, ra, rb, row_of)
                continue
            for held, alone, home, single in ((a, b, ra, rb), (b, a, rb, ra)):
                if len(single.members) != 1 or not _shared(home):
                    continue
                confidence = min(home.confidences[home.members.index(held)], _CONFIDENCE)
                if _contradicts(held, alone):
                    # "94 km/h (68 mph)": the version's own figure says the conversion is
                    # wrong, whatever the row's identity rests on
                    confidence = _CONFIDENCE
                single.members.clear()
                single.confidences.clear()
                _join(alone, home, confidence, row_of)
                break
    return [r for r in rows if r.members]


def _agrees(m: Mention, row: Cluster) -> bool:
    """Another version's figure in ``row`` that ``m`` agrees with (same unit, within any
    rounding)."""
    return any(n.doc != m.doc and n.claim.unit == m.claim.unit and not _contradicts(m, n)
               for n in row.members)


def _move_stray(a: Mention, b: Mention, ra: Cluster, rb: Cluster, row_of: dict) -> None:
    """A figure and its conversion that contradict each other, each in a row of its own:
    the one that agrees with no other version of its row was placed there by a value that
    happens to be near ("46 pés (12,4 metros)" beside the 12.5 or 15 metres of another
    quantity); it joins the row of its partner, when its partner agrees with another
    version there, at :data:`_CONFIDENCE`."""
    if not _contradicts(a, b):
        return
    for held, stray, home, away in ((a, b, ra, rb), (b, a, rb, ra)):
        if not _shared(home) or not _agrees(held, home) or _agrees(stray, away):
            continue
        i = away.members.index(stray)
        del away.members[i]
        del away.confidences[i]
        _join(stray, home, _CONFIDENCE, row_of)
        return


def _join(m: Mention, row: Cluster, confidence: float, row_of: dict) -> None:
    """``m`` joins ``row`` by its bracket, at ``confidence``."""
    row.members.append(m)
    row.confidences.append(confidence)
    row.reasons.append(BY_UNIT_BRACKET)
    row_of[id(m)] = row
