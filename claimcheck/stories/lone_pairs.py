"""Two lone mentions of two versions that are each other's only match: one quantity.

A quantity that only two versions tell is a row of two mentions. When one of them slips
("environ 190 km" written "约910公里", "40 %" written "50 %"), the figure no longer weighs
for the pair, the row falls apart, and neither the elimination of :mod:`.vacancies`
(it fills rows that other versions share) nor the gaps of :mod:`.gaps` (they need a shared
row on each side) can put it back: both mentions stay alone and the slip is never
compared.

What still says they are one quantity is what the slip leaves intact: the frame (what is
measured, whose figure, when, the kind of figure), and a figure that is still a typical
slip of the other. Two lone mentions are paired when

- each is the other's only candidate among the story's lone mentions of its dimension in
  the other versions (with several, which goes with which is guesswork);
- nothing in their frames rules the pair out, and the frame alone (without the figure)
  names what is measured or whose figure it is, with at least :data:`_WHOSE` of evidence
  (a period or a kind of figure alone is shared by many of a story's figures), or both are
  in one unit few of a story's figures share (a length, an area, an energy ...);
- their figures agree or are a typical slip apart (the value confirms, never decides).

Like a gap or an elimination, this is evidence, not proof: the pair's confidence is at most
:data:`LONE_PAIR_CONFIDENCE` (a warning, never an error). Cost: lone mentions are grouped
by dimension; a group larger than :data:`_MAX_LONE` is left alone.
"""
from __future__ import annotations

from .clustering import Cluster
from .gaps import family
from .identity import SPECIFIC_DIMS, evidence
from .mentions import Mention, in_digits

__all__ = ["pair_lone_mentions", "LONE_PAIR_CONFIDENCE", "PAIRED_ALONE"]

LONE_PAIR_CONFIDENCE = 0.55
PAIRED_ALONE = "the only two lone figures of their versions that the frame pairs"
_WHOSE = 1.5        # least evidence of the frame alone (a measure 3.0, an entity 1.5)
_MAX_LONE = 60      # lone mentions of one dimension in the story, at most



def _candidates(ms: list[Mention], lexicon) -> dict[int, list[tuple[int, object]]]:
    """For each lone mention (by index), the lone mentions of other versions it may pair
    with, and the evidence; each pair is weighed once."""
    out: dict[int, list[tuple[int, object]]] = {i: [] for i in range(len(ms))}
    for i, u in enumerate(ms):
        for j in range(i + 1, len(ms)):
            v = ms[j]
            if v.doc == u.doc:
                continue
            ev = evidence(u, v, lexicon)
            if ev is None or ev.figure <= 0 or ev.frame < 0:
                continue
            if (u.dim in SPECIFIC_DIMS and u.dim == v.dim) or \
                    (ev.whose and ev.frame >= _WHOSE):
                out[i].append((j, ev))
                out[j].append((i, ev))
    return out


def pair_lone_mentions(rows: list[Cluster], lexicon) -> list[Cluster]:
    """Rows (single mentions included) after pairing lone mentions that are each other's
    only match."""
    lone: dict[str, list[Cluster]] = {}
    for r in rows:
        if len(r.members) == 1 and len(r.members[0].digits) >= 2 and in_digits(r.members[0]):
            lone.setdefault(family(r.members[0]), []).append(r)
    for singles in lone.values():
        if len(singles) < 2 or len(singles) > _MAX_LONE:
            continue
        ms = [r.members[0] for r in singles]
        found = _candidates(ms, lexicon)
        for i, mine in found.items():
            if len(mine) != 1:
                continue
            j, ev = mine[0]
            if j < i or len(found[j]) != 1:
                continue   # each mutual pair once, from its first mention
            a, b = singles[i], singles[j]
            a.members.append(ms[j])
            a.confidences[:] = [LONE_PAIR_CONFIDENCE, LONE_PAIR_CONFIDENCE]
            a.reasons.extend(list(ev.reasons) + [PAIRED_ALONE])
            b.members.clear()
    return [r for r in rows if r.members]
