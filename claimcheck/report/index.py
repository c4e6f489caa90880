"""A run's records indexed once, so that every report renders in time linear in the run:
findings and aligned quantities by story, aligned quantities by the claims they hold,
documents and stories by id."""
from __future__ import annotations

import heapq
from collections import defaultdict

__all__ = ["RunIndex", "claim_key"]


def claim_key(c) -> tuple[str, int, int]:
    return (c.doc, c.start, c.end)


class RunIndex:
    def __init__(self, result):
        self.alignments = list(getattr(result, "alignments", ()) or ())
        self.docs = {d.id: d for d in getattr(result, "documents", ()) or ()}
        self.stories = {s.id: s for s in getattr(result, "stories", ()) or ()}
        self.findings_by_story: dict[str, list] = defaultdict(list)
        for f in getattr(result, "findings", ()) or ():
            self.findings_by_story[f.story].append(f)
        self.alignments_by_story: dict[str, list] = defaultdict(list)
        self._by_claim: dict[tuple, list[int]] = defaultdict(list)
        for i, a in enumerate(self.alignments):
            self.alignments_by_story[a.story].append(a)
            for c in a.claims:
                self._by_claim[claim_key(c)].append(i)

    def touching(self, story: str, keys: set, grow: bool = False) -> list:
        """The story's aligned quantities that hold one of ``keys``, in run order. With
        ``grow``, a quantity's claims join ``keys`` for the quantities after it (as a
        forward pass over every quantity would)."""
        heap = sorted({i for k in keys for i in self._by_claim.get(k, ())})
        out, done = [], set()
        while heap:
            i = heapq.heappop(heap)
            if i in done:
                continue
            done.add(i)
            a = self.alignments[i]
            if a.story != story:
                continue
            out.append(a)
            if grow:
                for c in a.claims:
                    k = claim_key(c)
                    if k not in keys:
                        keys.add(k)
                        for j in self._by_claim.get(k, ()):
                            if j > i:
                                heapq.heappush(heap, j)
        return out
