"""Mentions placed by the quantities around them: the gap between two anchors.

Versions of one story tell its figures mostly in the same order. When a document's
mention stays alone, or joins its row on little evidence, the quantities just before and
after it are often rows that other versions share: anchors. In each other version the
mentions between the same two anchors (the gap) are then the candidates, and when the gap
of both versions holds the same number of mentions of one dimension, they are paired in
order. A figure mistranslated beyond recognition ("€950 million" for "850 Mio. Euro") is
thus still placed beside its counterparts, since what surrounds it says where it belongs,
not its value.

The gap is evidence of identity, not proof: a mention placed this way joins a row only
when most versions whose gap can be read point to that same row, nothing in the frames
rules it out, and the row does not already hold another mention of the document. Its
confidence is :data:`GAP_CONFIDENCE` (a warning, never an error, on that evidence alone).

Cost: each mention reads at most :data:`_VERSIONS` other versions and gaps of at most
:data:`_GAP` mentions, so the pass is linear in the number of mentions.
"""
from __future__ import annotations

import bisect
from collections import Counter

from .identity import MEDIUM, compatible_dims, evidence
from .mentions import Mention

__all__ = ["place_by_gaps", "fits_row", "family", "GAP_CONFIDENCE", "PLACED_BY_GAP"]

GAP_CONFIDENCE = 0.6
PLACED_BY_GAP = "placed between the same two quantities as in other versions"
_VERSIONS = 16      # other versions read for one mention
_GAP = 10           # mentions between two anchors, at most, for the gap to be read
_CHECK = 8          # row members checked against the placed mention
_LEAST = 1.0        # least mean evidence with them (and none below zero: two measures)


def family(m: Mention) -> str:
    """What can stand in one place of a gap: one dimension (money and bare numbers
    together, as a bare scaled figure may be money)."""
    dim = m.base or m.dim
    return "amount" if dim.startswith("money:") or dim == "number" else dim


class _Layout:
    """Where every mention stands: its row, its document's order, the rows' places."""

    def __init__(self, rows: list, mentions: list[Mention]):
        self.rows = rows
        self.row_of: dict[int, int] = {}
        for r, row in enumerate(rows):
            for m in row.members:
                self.row_of[id(m)] = r
        self.docs_of = [{m.doc for m in row.members} for row in rows]
        self.by_doc: dict[str, list[Mention]] = {}
        for m in mentions:
            self.by_doc.setdefault(m.doc, []).append(m)
        self.places: dict[tuple[str, int], list[int]] = {}   # (doc, row) -> positions
        for doc, ms in self.by_doc.items():
            for k, m in enumerate(ms):
                r = self.row_of.get(id(m))
                if r is not None:
                    self.places.setdefault((doc, r), []).append(k)
        # the nearest anchor before and after each position: a mention of a row that
        # another version shares
        self.prev: dict[str, list[int]] = {}
        self.next: dict[str, list[int]] = {}
        for doc, ms in self.by_doc.items():
            prev, last = [], -1
            for k in range(len(ms)):
                prev.append(last)
                if self._anchor(ms[k]):
                    last = k
            nxt, last = [0] * len(ms), -1
            for k in range(len(ms) - 1, -1, -1):
                nxt[k] = last
                if self._anchor(ms[k]):
                    last = k
            self.prev[doc], self.next[doc] = prev, nxt

    def _anchor(self, m: Mention) -> bool:
        r = self.row_of.get(id(m))
        return r is not None and len(self.docs_of[r]) >= 2

    def gap(self, doc: str, a: int, b: int) -> list[Mention] | None:
        if b - a - 1 > _GAP:
            return None
        return self.by_doc[doc][a + 1:b]


def _target(lay: _Layout, u: Mention, k: int, exclude: int | None) -> int | None:
    """The row the gap around ``u`` (position ``k`` of its document) points to, or None."""
    doc = u.doc
    p, n = lay.prev[doc][k], lay.next[doc][k]
    ms = lay.by_doc[doc]
    # an anchor of the excluded row (u's own) says nothing about u
    while p >= 0 and lay.row_of.get(id(ms[p])) == exclude:
        p = lay.prev[doc][p]
    while n >= 0 and lay.row_of.get(id(ms[n])) == exclude:
        n = lay.next[doc][n]
    if p < 0 and n < 0:
        return None
    # the start and the end of a document stand as anchors every version shares
    n = len(ms) if n < 0 else n
    own = lay.gap(doc, p, n)
    if own is None:
        return None
    fam = family(u)
    own_same = [x for x in own if family(x) == fam]
    where = own_same.index(u)
    rp = lay.row_of[id(ms[p])] if p >= 0 else None
    rn = lay.row_of[id(ms[n])] if n < len(ms) else None
    others = (lay.docs_of[rp] if rp is not None else set(lay.by_doc)) & \
        (lay.docs_of[rn] if rn is not None else set(lay.by_doc))
    votes: Counter = Counter()
    read = 0
    for other in sorted(others - {doc}):
        if read >= _VERSIONS:
            break
        before = lay.places[(other, rp)] if rp is not None else [-1]
        after = lay.places[(other, rn)] if rn is not None else [len(lay.by_doc[other])]
        k = bisect.bisect_left(before, after[-1])
        if k == 0:
            continue
        a = before[k - 1]                          # the last anchor before its partner
        b = after[bisect.bisect_right(after, a)]   # and the first partner after it
        theirs = lay.gap(other, a, b)
        if theirs is None:
            continue
        read += 1
        same = [x for x in theirs if family(x) == fam]
        if len(same) != len(own_same):
            continue
        x = same[where]
        if not compatible_dims(u, x):
            continue
        votes[lay.row_of.get(id(x), -1 - id(x))] += 1
    if not votes:
        return None
    (best, count), *rest = votes.most_common(2) + [(None, 0)]
    if best is None or best < 0 or count * 2 < read or (rest and rest[0][1] * 2 > count):
        return None
    if len(lay.docs_of[best]) < 2 or (read > 2 and count < 2):
        return None   # a row that versions share, confirmed by two of them when they can
    return best


def same_time(u: Mention, members: list[Mention]) -> bool:
    """``u`` is an earlier value ("compared with 33% in 2023") as most of the others are,
    or a current one as most of them are."""
    others = [m for m in members if m is not u]
    return u.earlier == (2 * sum(m.earlier for m in others) > len(others))


def fits_row(u: Mention, members: list[Mention], lexicon, least: float) -> bool:
    """Whether ``u`` may join a row of ``members`` (the first few of them): an earlier
    value as they are or a current one as they are, nothing in the frames against any of
    them, and at least ``least`` evidence with them on average."""
    if not same_time(u, members):
        return False
    total = 0.0
    for m in members:
        ev = evidence(u, m, lexicon)
        if ev is None or ev.score < 0:
            return False
        total += ev.score
    return total >= least * len(members)


def _fits(lay: _Layout, u: Mention, r: int, lexicon) -> bool:
    """Nothing rules ``u`` out of row ``r``, which holds no other mention of its document."""
    return u.doc not in lay.docs_of[r] and \
        fits_row(u, lay.rows[r].members[:_CHECK], lexicon, _LEAST)


def place_by_gaps(rows: list, mentions: list[Mention], lexicon) -> list:
    """Rows (clusters, single mentions included) after placing lone mentions by their gaps
    and raising the confidence of weakly joined mentions that their gap confirms."""
    lay = _Layout(rows, mentions)
    moves: list[tuple[Mention, int, int]] = []
    for doc, ms in lay.by_doc.items():
        for k, u in enumerate(ms):
            r = lay.row_of[id(u)]
            row = rows[r]
            if len(row.members) == 1:
                if len(u.digits) < 2:
                    continue   # "One", "8": too many unrelated figures look alike
                t = _target(lay, u, k, r)
                if t is not None and t != r and _fits(lay, u, t, lexicon):
                    moves.append((u, r, t))
            else:
                i = next(j for j, m in enumerate(row.members) if m is u)
                if row.confidences[i] < MEDIUM and same_time(u, row.members[:_CHECK]) \
                        and _target(lay, u, k, r) == r:
                    row.confidences[i] = GAP_CONFIDENCE
                    row.reasons.append(PLACED_BY_GAP)
    taken: set[tuple[int, str]] = set()
    for u, r, t in moves:
        if (t, u.doc) in taken or not rows[r].members:
            continue
        taken.add((t, u.doc))
        rows[r].members.clear()
        rows[r].confidences.clear()
        rows[t].members.append(u)
        rows[t].confidences.append(GAP_CONFIDENCE)
        rows[t].reasons.append(PLACED_BY_GAP)
    return [row for row in rows if row.members]
