"""A lone mention placed by the sentence it stands in: the same sentence in another version.

A version's figure that slipped ("de 48% a 32%" for "de 38% a 32%", "8機" for "7機")
no longer weighs for its row, and where its frame is thin (no measure read, the clause's
subject not in the lexicon) nothing else does: it stays alone and its slip is compared
with nothing. The figures beside it did not slip. When another figure of its sentence
sits in a row the other versions share (an anchor), the other versions' sentences that
hold that anchor are the same sentence, translated; a figure of the lone mention's
dimension there, whose row lacks the mention's version, is its counterpart. Order inside
the sentence is not read: languages put the two ends of a change, or a figure and its
comparison, in either order ("to 32% by 2029 from 38%" against "de 38% a 32% en 2029").

A lone mention joins a row when

- it is the only lone mention of its dimension in its sentence, and its sentence holds
  figures in rows that other versions share (anchors);
- each other version's sentence that holds at least :data:`_ANCHORS` of those anchors and
  as many figures of the dimension (a sentence that tells one more is another sentence,
  or tells what this one leaves out) offers at most one figure of the dimension whose row
  lacks the mention's version and is no anchor (with two, which goes with which is
  guesswork, and that sentence says nothing), and every figure so offered is in one row;
- the row's mentions agree with each other, the version does not write the row's figure
  elsewhere, no other lone mention of the version points there, and nothing in the frames
  rules the join out (another period, kind of figure, an earlier value against a current
  one; another measure or entity for most of the row), had its figure agreed.

When what the other versions' same sentences offer is, in each, a lone mention too (a
figure two versions tell alike, too few for the passes that join a figure told in three,
and a third version's slip of it), and each of them finds the others in return, the
mentions are one row.

The figure decides nothing here: a slip a thousand times off is placed as a faithful
figure would be. Like a gap, this is evidence, not proof: the mention's confidence is
:data:`PARALLEL_CONFIDENCE` (a warning, never an error). Cost: one pass over the
sentences; each lone mention reads the sentences of its anchors' first :data:`_CHECK`
members.
"""
from __future__ import annotations

from .frames_place import all_agree, covers_frame
from .gaps import same_time, family
from .identity import frame_evidence
from .mentions import Mention, in_digits

__all__ = ["place_by_sentence", "PARALLEL_CONFIDENCE", "PLACED_BY_SENTENCE"]

PARALLEL_CONFIDENCE = 0.55
PLACED_BY_SENTENCE = "placed by the figures beside it (the same sentence in other versions)"
_CHECK = 8          # row members read
_EPS = 1e-9
_ANCHORS = 2        # figures in shared rows both sentences tell, at least



def _where(m: Mention) -> tuple[str, int]:
    return m.doc, m.claim.sentence_start


def _fits(u: Mention, members: list[Mention], lexicon, strict: bool = True) -> bool:
    """Nothing in the frames keeps ``u`` out of a row of ``members``, had its figure
    agreed with each: an earlier value as they are or a current one as they are, no
    period, kind of figure, scope or currency apart. ``strict`` (a row of other versions
    already settled): every part of the frame the row's mentions all name is named by
    ``u`` too, and most of them see no other measure or entity in it (one version's
    clause may be misread). Lone mentions that are each other's only counterparts (not
    strict) may read their clause's measure differently: the sentence is the same in
    every version, and a measure word is often misread."""
    if not same_time(u, members) or strict and not covers_frame(u, members):
        return False
    against = 0
    for m in members:
        ev = frame_evidence(u, m, lexicon)
        if ev is None:
            return False
        against += ev.frame < -_EPS
    return not strict or 2 * against < len(members)


def place_by_sentence(rows: list, lexicon) -> list:
    """Rows (single mentions included) after placing lone mentions by their sentences."""
    lay = _Layout(rows)
    counterparts = {i: lay.counterparts(i) for i in lay.lone}
    chosen: dict[int, int] = {}                      # lone row -> shared row it joins
    wanted: dict[tuple[int, str], list[int]] = {}    # (row, version) -> lone rows
    alone: dict[int, set[int]] = {}                  # lone row -> lone rows it pairs with
    for i, found in counterparts.items():
        if not found:
            continue
        u = rows[i].members[0]
        targets = set(found.values())
        if len(targets) == 1 and lay.shared[next(iter(targets))]:
            target = next(iter(targets))
            members = rows[target].members[:_CHECK]
            if all_agree(members) and not lay.tells(u.doc, members) and _fits(u, members, lexicon):
                chosen[i] = target
                wanted.setdefault((target, u.doc), []).append(i)
        elif all(t in counterparts for t in targets) and all(
                counterparts[t].get(u.doc) == i for t in targets):
            # each lone counterpart finds this one in return: one quantity no row holds yet
            alone[i] = targets
    for i, target in chosen.items():
        u = rows[i].members[0]
        if len(wanted[(target, u.doc)]) != 1:
            continue
        rows[target].take_single(rows[i], PARALLEL_CONFIDENCE, PLACED_BY_SENTENCE)
    _join_alone(rows, alone, lexicon)
    return [r for r in rows if r.members]


def _join_alone(rows: list, alone: dict[int, set[int]], lexicon) -> None:
    """Lone mentions that are each other's counterparts, one per version, as a new row
    when nothing in their frames keeps any two apart."""
    done: set[int] = set()
    for i, targets in alone.items():
        group = {i} | targets
        if i in done or any(alone.get(t, set()) | {t} != group for t in targets):
            continue
        done |= group
        ms = [rows[g].members[0] for g in sorted(group)]
        if len({m.doc for m in ms}) != len(ms) or not all(
                _fits(a, [b], lexicon, strict=False) for a in ms for b in ms if a is not b):
            continue
        first = rows[min(group)]
        for g in sorted(group):
            if g == min(group):
                first.confidences[0] = PARALLEL_CONFIDENCE
                continue
            first.members.append(rows[g].members[0])
            first.confidences.append(PARALLEL_CONFIDENCE)
            rows[g].members.clear()
            rows[g].confidences.clear()
        first.reasons.append(PLACED_BY_SENTENCE)


class _Layout:
    """Where every mention stands: its row and its sentence."""

    def __init__(self, rows: list):
        self.rows = rows
        self.row_of: dict[int, int] = {}
        self.docs_of: list[set] = []
        self.by_sentence: dict[tuple[str, int], list[Mention]] = {}
        self.told: dict[str, set] = {}
        for i, r in enumerate(rows):
            self.docs_of.append({m.doc for m in r.members})
            for m in r.members:
                self.row_of[id(m)] = i
                self.by_sentence.setdefault(_where(m), []).append(m)
                self.told.setdefault(m.doc, set()).add(_figure(m))
        self.shared = [len(d) >= 2 for d in self.docs_of]
        self.lone = {i for i, r in enumerate(rows) if len(r.members) == 1 and
                     in_digits(r.members[0]) and self._only_lone(r.members[0])}

    def _only_lone(self, u: Mention) -> bool:
        fam = family(u)
        return sum(1 for m in self.by_sentence[_where(u)]
                   if family(m) == fam and not self.shared[self.row_of[id(m)]]) == 1

    def _count(self, where: tuple[str, int], fam: str) -> int:
        return sum(1 for m in self.by_sentence[where] if family(m) == fam)

    def tells(self, doc: str, members: list[Mention]) -> bool:
        """The version writes one of the row's figures elsewhere."""
        return any(_figure(m) in self.told[doc] for m in members)

    def counterparts(self, i: int) -> dict[str, int]:
        """For each other version, the row of the one figure its same sentence offers the
        lone mention of row ``i``; empty when a version offers several rows."""
        u = self.rows[i].members[0]
        fam = family(u)
        anchors = {self.row_of[id(m)] for m in self.by_sentence[_where(u)]
                   if m is not u and self.shared[self.row_of[id(m)]]}
        size = self._count(_where(u), fam)
        found: dict[str, int] = {}
        seen: set[tuple[str, int]] = set()
        for a in anchors:
            for m in self.rows[a].members[:_CHECK]:
                where = _where(m)
                if m.doc == u.doc or where in seen:
                    continue
                seen.add(where)
                if self._count(where, fam) != size:
                    continue   # one tells a figure of the dimension the other leaves out
                if len(anchors & {self.row_of[id(x)] for x in self.by_sentence[where]}) < _ANCHORS:
                    continue   # one figure in common: perhaps another sentence about it
                open_ = {self.row_of[id(x)] for x in self.by_sentence[where]
                         if family(x) == fam and u.doc not in self.docs_of[self.row_of[id(x)]]
                         and self.row_of[id(x)] not in anchors}
                if len(open_) != 1:
                    continue
                (r,) = open_
                if not self.shared[r] and r not in self.lone:
                    continue
                if found.get(m.doc, r) != r:
                    return {}
                found[m.doc] = r
        return found


def _figure(m: Mention) -> tuple:
    return m.claim.low, m.claim.high, m.claim.unit
