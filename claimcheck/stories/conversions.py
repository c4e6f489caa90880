"""An amount and its conversion in brackets: one quantity.

Wire copy converts an amount where it states it: "an 8.4 billion euro ($9.1 billion)
project", "R$ 52,1 bilhões (8,4 bilhões de euros)", "86.51 billion pesos (about $4.2
billion)". Across versions an amount in another currency joins a row only when both name
their measure (the figures cannot be compared), so the converted figure of a version often
stands alone or in a row of its own. The bracket itself says what it is: the amount right
before it, in another currency, in the same sentence. This pass puts the converted figure
(and the row it leads, when that row holds only figures that agree with it) in the row of
the amount it converts.

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


def _plain(row: Cluster, lead: Mention) -> bool:
    """A row led by the conversion that holds nothing else than figures agreeing with it."""
    return all(figures_agree(m.claim, lead.claim) and m.currency == lead.currency
               for m in row.members)


def join_conversions(rows: list[Cluster], mentions: list[Mention]) -> list[Cluster]:
    """Rows (single mentions included) after joining each bracketed conversion (and its
    plain row) to the row of the amount it converts."""
    row_of = {id(m): r for r in rows for m in r.members}
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    gone: set[int] = set()
    for ms in by_doc.values():
        for a, b in zip(ms, ms[1:]):
            if not _is_conversion(a, b):
                continue
            ra, rb = row_of.get(id(a)), row_of.get(id(b))
            if ra is None or rb is None or ra is rb or id(ra) in gone or id(rb) in gone:
                continue
            if not _plain(rb, b):
                continue
            docs = {m.doc for m in ra.members}
            if any(m.doc in docs for m in rb.members if m is not b):
                continue    # a version would hold the converted figure twice
            k = ra.members.index(a)
            confidence = ra.confidences[k]
            ra.members.extend(rb.members)
            ra.confidences.extend(min(confidence, c) if m is not b else confidence
                                  for m, c in zip(rb.members, rb.confidences))
            ra.reasons.append(BY_CONVERSION)
            for m in rb.members:
                row_of[id(m)] = ra
            gone.add(id(rb))
    return [r for r in rows if id(r) not in gone]
