"""A headline's lone figure and its document's lead.

A headline restates the figure its body leads with, most often rounded or with a bound
("Mexico to spend $4.2 billion" over "86.51 billion pesos ($4.24 billion)"; "un projet de
plus de 10 milliards d'euros" over "de 8,4 milliards d'euros"). When the headline's figure
is left alone by the other stages (its rounding, a bound or a slip keeps the figure from
weighing for it, and a headline's few words name little of a frame), it joins the row of
the first figure of its dimension in its document's body, provided that figure's row is
shared with another mention and nothing in their frames rules the pair out or weighs
against it (another measure, another entity, another period or kind of figure). A bare
number (no unit, no counted noun) is left alone.

On the project's gold stories, 10 of the 11 headline figures the clustering left alone
are their body's first figure of the same dimension (`bench/alignment.py`). This is
evidence, not proof: the mention's confidence is at most :data:`HEADLINE_CONFIDENCE` (a
warning, never an error). The cost is one pass over each document's mentions.
"""
from __future__ import annotations

from .clustering import Cluster
from .identity import MEDIUM, evidence
from .mentions import Mention

__all__ = ["place_headlines", "HEADLINE_CONFIDENCE", "PLACED_AS_HEADLINE"]

HEADLINE_CONFIDENCE = MEDIUM + 0.05
PLACED_AS_HEADLINE = "a headline's figure placed with the first figure of its kind in the body"


def _headline(m: Mention) -> bool:
    return m.claim.sentence_start == 0


def _apart(a: Mention, b: Mention, lexicon) -> bool:
    """Two measures or two entities named, and not the same."""
    ca, cb = a.claim, b.claim
    if ca.measure and cb.measure and not lexicon.related(ca.measure, cb.measure):
        return True
    return bool(ca.entity and cb.entity and ca.entity != cb.entity)


def place_headlines(rows: list[Cluster], lexicon) -> list[Cluster]:
    """Rows (single mentions included) after placing each lone headline figure in the row
    of its body's lead figure of the same dimension."""
    row_of: dict[int, Cluster] = {}
    body: dict[str, list[Mention]] = {}
    for r in rows:
        for m in r.members:
            row_of[id(m)] = r
            if not _headline(m):
                body.setdefault(m.doc, []).append(m)
    for ms in body.values():
        ms.sort(key=lambda m: m.claim.start)
    for r in rows:
        if len(r.members) != 1 or not _headline(r.members[0]):
            continue
        h = r.members[0]
        if h.dim == "number":
            continue      # a bare number names nothing of its own ("10" in a headline)
        lead = next((m for m in body.get(h.doc, ()) if m.dim == h.dim), None)
        if lead is None:
            continue
        target = row_of[id(lead)]
        if target is r or len(target.members) < 2:
            continue
        ev = evidence(h, lead, lexicon)
        if ev is None or ev.frame < 0 or _apart(h, lead, lexicon):
            continue
        target.members.append(h)
        target.confidences.append(min(HEADLINE_CONFIDENCE, max(ev.confidence, MEDIUM)))
        target.reasons.append(PLACED_AS_HEADLINE)
        row_of[id(h)] = target
        r.members.clear()
    return [r for r in rows if r.members]
