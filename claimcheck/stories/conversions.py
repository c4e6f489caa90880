"""An amount and its conversion in brackets: one quantity.

Wire copy converts an amount where it states it: "an 8.4 billion euro ($9.1 billion)
project", "R$ 52,1 bilhões (8,4 bilhões de euros)", "86.51 billion pesos (about $4.2
billion)". Across versions an amount in another currency joins a row only when both name
their measure (the figures cannot be compared), so the converted figure of a version often
stands alone or in a row of its own. The bracket itself says what it is: the amount right
before it, in another currency, in the same sentence. This pass puts the converted figure
in the row of the amount it converts, with the other figures of its row when they all
agree with it (a figure that disagrees is not left alone, compared with nothing). Each version's conversion moves by its own bracket ("138,6 millions de
dollars (119 millions d'euros)" and "138,6 Millionen Dollar (rund 119 Millionen Euro)"
grouped with each other both join the dollars' row), a slipped one as surely as the
others.

Judging is unchanged: a row compares the figures of its main currency only, so a
conversion is shown with its quantity and never flagged against it.
"""
from __future__ import annotations

import regex

from .clustering import Cluster
from .identity import figures_agree
from .mentions import Mention

__all__ = ["join_conversions", "BY_CONVERSION"]

BY_CONVERSION = "an amount and its conversion in brackets"
# between an amount and its conversion: an opening bracket, and at most a short word
# ("about", "environ", "cerca de", "约")
_BRACKET = regex.compile(r"\s*[(（][^()（）\d]{0,12}")


def _is_conversion(a: Mention, b: Mention) -> bool:
    """``b`` is written in brackets right after ``a``, in another currency."""
    ca, cb = a.claim, b.claim
    ua, ub = a.currency, b.currency
    if not ua or not ub or set(ua.split("|")) & set(ub.split("|")):
        return False
    if ca.sentence_start != cb.sentence_start or cb.start <= ca.end:
        return False
    s = ca.sentence_start
    gap = ca.sentence[ca.end - s:cb.start - s]
    return _BRACKET.fullmatch(gap) is not None


def _followers(rest: list[Mention], b: Mention, ra: Cluster) -> bool:
    """The figures left in the conversion's former row follow it: every one agrees with it,
    in its currency, from a version the amount's row does not hold yet."""
    docs = {m.doc for m in ra.members}
    return all(figures_agree(m.claim, b.claim) and m.currency == b.currency
               and m.doc not in docs for m in rest)


def join_conversions(rows: list[Cluster], mentions: list[Mention]) -> list[Cluster]:
    """Rows (single mentions included) after placing each bracketed conversion in the row
    of the amount it converts. The figures of the conversion's former row that are no
    conversion themselves come along when they all agree with it; when they do not,
    they stay as a row of their own, or, were only one left, with the conversion; the other conversions of that row move by their own brackets, so a slipped
    one moves as surely as the others."""
    row_of = {id(m): r for r in rows for m in r.members}
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    pairs = [(a, b) for ms in by_doc.values() for a, b in zip(ms, ms[1:])
             if _is_conversion(a, b)]
    converted = {id(b) for _, b in pairs}
    for a, b in pairs:
        ra, rb = row_of.get(id(a)), row_of.get(id(b))
        if ra is None or rb is None or ra is rb:
            continue
        if any(m.doc == b.doc and m.currency == b.currency for m in ra.members):
            continue    # the version would hold the converted figure twice
        rest = [(m, c) for m, c in zip(rb.members, rb.confidences)
                if id(m) not in converted]
        confidence = ra.confidences[ra.members.index(a)]
        moving = [(b, confidence)]
        if rest and _followers([m for m, _ in rest], b, ra):
            moving += [(m, min(confidence, c)) for m, c in rest]
        elif len(rest) == 1:
            continue    # alone, a figure that disagrees would be compared with nothing

        gone = {id(m) for m, _ in moving}
        keep = [(m, c) for m, c in zip(rb.members, rb.confidences) if id(m) not in gone]
        rb.members[:] = [m for m, _ in keep]
        rb.confidences[:] = [c for _, c in keep]
        for m, c in moving:
            ra.members.append(m)
            ra.confidences.append(c)
            row_of[id(m)] = ra
        ra.reasons.append(BY_CONVERSION)
    return [r for r in rows if r.members]
