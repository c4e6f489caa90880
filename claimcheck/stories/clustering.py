"""Which mentions of a story are one quantity: agglomerative clustering with constraints.

Mentions are first folded into nodes: mentions alike in everything the evidence reads
(language, dimension, frame, figure, clause words, rough position) are one node, so three
hundred syndicated copies of a sentence cost what one does. Nodes are compared within
blocks of compatible dimensions (amounts of money, counts and bare numbers together; each
measure dimension apart) with :func:`~.identity.evidence`.

Clusters then grow from the strongest pair down (average linkage): two clusters join
when nothing between any of their nodes rules it out, their mean evidence reaches
:data:`JOIN`, and every document they share tells the quantity twice in a plain way (the
same frames, surely one measure, and the same figure or a headline's bound), or tells it
twice with one statement a typical slip of the other (:func:`twice_ok`). Mentions whose
identity stays unclear remain alone rather than join a cluster by position. In a block of
more than :data:`_FULL` nodes only nodes that share a key (a measure, or the sorted digits
of their figure, which a swap or a power of ten keeps) are compared, each with the next
:data:`_WINDOW` nodes of that key in text order, and a merged cluster is re-linked only to
the clusters its nodes were compared with, so cost stays linear in the number of distinct
mentions (a whole archive in one file).
"""
from __future__ import annotations

import heapq
from decimal import Decimal
from dataclasses import dataclass, field

from .identity import Evidence, evidence, figures_agree, frame_evidence, kinship
from .mentions import Mention, composite_runs

__all__ = ["Cluster", "cluster", "twice_ok", "headline_restates", "JOIN"]

JOIN = 2.0           # least mean evidence for two clusters to join
_COMPANION = 3.5     # least evidence between two mentions of one document
_TWICE = 0.6         # and least confidence
_SLIP_KIN = 1.5      # a headline a slip away from its body: the least kinship of the figures
_SLIP_TWICE = 5.0    # ... and the least evidence
_MISTYPED = frozenset(("digits swapped", "one digit apart"))   # kinship's digit slips
# the powers of ten a slip moves a figure by: a decimal mark, a false friend of scale
# (billion/billón), a dropped 万; not a hundred (a 15 MW turbine in a 1.5 GW wind farm)
_TYPICAL_POWERS = frozenset((1, 3, 4))
_RESTATED = 2.0      # the same precise figure twice in a document: least evidence
_HEADLINE_TWICE = 1.5   # a headline's figure written again in its body: least evidence
_LEAD = 0.15         # the first part of a document: its headline and lead
_BOUNDS = frozenset(("over", "under"))
_BOUND_SLACK = Decimal("0.25")  # how far a bound may be from the figure it restates
_TABLE_KIN = 2.0     # a table cell against its sentence: the least kinship of the figures
_COLUMN_MARKS = frozenset("|｜\t\u3000")   # bars, a tab, an ideographic space
_COLUMN_GAP = "  "   # columns aligned with spaces: two or more between two cells
_FULL = 400          # above this many nodes in a block, compare only nodes sharing a key
_LINK = 8            # nodes of a cluster read when linking it to another
_WINDOW = 24         # in a key shared by many nodes, each is compared with the next few


@dataclass(eq=False)
class _Node:
    members: list[Mention]
    docs: set[str]

    @property
    def rep(self) -> Mention:
        return self.members[0]


@dataclass(eq=False)
class Cluster:
    """One quantity: its mentions, each with the confidence that it belongs."""

    members: list[Mention] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def take_single(self, single: "Cluster", confidence: float, reason: str) -> None:
        """Move the one mention of ``single`` into this row (``single`` is left empty, for
        the caller to drop), with ``confidence`` and ``reason``."""
        self.members.append(single.members[0])
        self.confidences.append(confidence)
        self.reasons.append(reason)
        single.members.clear()
        single.confidences.clear()


def _block(m: Mention) -> str:
    dim = m.base or m.dim          # a rate with what it counts ("per share" left out)
    if dim.startswith("money:") or dim in ("count", "number"):
        return "amount"
    return dim


def _signature(m: Mention) -> tuple:
    c = m.claim
    return (m.lang, m.dim, c.text, c.measure, c.entity, c.period, c.role, c.scope,
            c.qualifier, c.low, c.high, m.anchor, m.words, round(m.pos * 20))


def _keys(n: _Node) -> set:
    m = n.rep
    keys = {("digits", "".join(sorted(m.digits)))} if m.digits else set()
    if m.claim.measure:
        keys.add(("measure", m.claim.measure))
    return keys


def _in_lead(m: Mention) -> bool:
    return m.pos <= _LEAD or m.headline


def twice_ok(a: Mention, b: Mention, ev: Evidence | None, lexicon=None) -> bool:
    """Two mentions of one document as one quantity: told twice in a plain way, or told
    twice with one statement slipped (``lexicon`` given)."""
    if ev is None or a.earlier or b.earlier:
        return False
    ca, cb = a.claim, b.claim
    if lexicon is not None and (_slipped_twice(a, b, lexicon) or
                                _headline_slipped(a, b, lexicon)):
        return True      # one statement of it slipped (a body's, or its title's)
    if _restated(a, b) and ev.score >= _RESTATED:
        return True      # "86.510 millones de pesos" twice, nothing in the frames against it
    if headline_restates(a, b) and ev.score >= _HEADLINE_TWICE:
        return True      # "creating 3,000 jobs" over "employ 3,000 people": the headline's figure
    if ev.score < _COMPANION or ev.confidence < _TWICE:
        return False
    if a.dim != b.dim and a.dim.startswith("money:") and b.dim.startswith("money:") \
            and ca.sentence_start == cb.sentence_start:
        return True      # "50 million yuan ($6.9 million)": an amount and its conversion
    # a body's bound covers many figures: "up to 7,500 indirect jobs" is no restatement of
    # the headline's "3,000 jobs" (a headline's bound over its body's figure is, below)
    agree = figures_agree(ca, cb) and not (
        {ca.qualifier, cb.qualifier} & _BOUNDS and not _near(ca.value, cb.value))
    bound = (ca.qualifier != "exact" and _in_lead(a)) or (cb.qualifier != "exact" and _in_lead(b))
    if agree or bound:
        return True
    # a headline or lead that mistypes its own body's figure: the same measure named on
    # both sides and the figure a typical slip away
    # (one measure: the same word; or two the lexicon relates, "traffic" and "container",
    # when the figure is mistyped, not a power of ten off: "€2.3 billion" of a cost over a
    # grant's "€2.3 million" is two quantities)
    kin, why = kinship(a, b, framed=ev.measure)
    one_measure = bool(ca.measure) and ca.measure == cb.measure or (
        ev.measure and why in _MISTYPED)
    if (_in_lead(a) or _in_lead(b)) and kin >= _SLIP_KIN and ev.score >= _SLIP_TWICE \
            and one_measure:
        return True
    # a table's cell and the sentence that tells its figure ("第二产业｜12415.9｜6.4" and
    # "第二产业增加值12415.9亿元"), a typical slip of three digits or more apart: the row
    # header names whose figure it is, as the sentence does
    return _in_table(a) != _in_table(b) and kin >= _TABLE_KIN and (
        bool(ca.entity) and ca.entity == cb.entity or
        bool(ca.measure) and ca.measure == cb.measure)


def _slipped_twice(a: Mention, b: Mention, lexicon) -> bool:
    """One document naming one measure twice, its frames as sure of one quantity as a
    plain restatement would be had the figures agreed, and one figure a typical slip of
    the other: ten, a thousand or ten thousand times it, or two digits swapped or one
    changed, in a figure of three significant digits or more (shorter figures of one
    measure a digit or a power of ten apart are often two quantities of one document: 31
    and 41 projects, 12 and 120 seats), or ten times a headline's short figure.
    The frame places it; the figure only says it is a slip, so the row holds both
    statements and the document's disagreement with itself is judged, not hidden."""
    ca, cb = a.claim, b.claim
    if a.dim != b.dim or not ca.measure or ca.measure != cb.measure \
            or lexicon.generic_measure(ca.measure) or figures_agree(ca, cb):
        return False
    fe = frame_evidence(a, b, lexicon)
    if fe is None or not fe.measure or fe.score < _COMPANION or fe.confidence < _TWICE:
        return False
    kin, why = kinship(a, b, framed=True)
    short = min(len(a.digits), len(b.digits)) < 3
    if why == "same digits":
        if composite_runs(ca) or composite_runs(cb):
            return True     # 1億2214 for 1億2214万
        # a short figure and ten times it are often two quantities of one document (4
        # and 40 seats, 12 and 120 seats); a headline's figure ten times its body's is
        # still the body's slip ("60 desaparecidos" over "Outras 600 pessoas")
        if short and not (a.headline or b.headline):
            return False
        return abs(ca.value.adjusted() - cb.value.adjusted()) in _TYPICAL_POWERS
    return why in _MISTYPED and not short


def _headline_slipped(a: Mention, b: Mention, lexicon) -> bool:
    """A title line's figure its body writes nowhere, and a body figure of its dimension a
    typical slip of it (ten, a thousand or ten thousand times it in a figure of two
    significant digits or more; two digits swapped or one changed in three or more), the
    frames saying nothing against the two and something for them: the headline restates
    its body, and one of the two statements slipped ("reparte 3,84 millones de paquetes"
    over "entregó 38,4 millones de paquetes"). The frame places the slip in the row its
    sibling holds, with no measure named on either side; the value only says it is a
    slip. A headline whose figure its body writes again restates that one, and stays
    apart from the body's other figures."""
    h, m = (a, b) if a.headline else (b, a)
    if not h.titled or m.headline or not h.unrestated or a.dim != b.dim \
            or a.currency != b.currency or figures_agree(a.claim, b.claim):
        return False
    ca, cb = h.claim, m.claim
    if ca.entity and cb.entity and ca.entity != cb.entity:
        return False
    fe = frame_evidence(a, b, lexicon)
    if fe is None or fe.frame <= 0:
        return False
    _kin, why = kinship(a, b, framed=True)
    n = min(len(a.digits), len(b.digits))
    named = bool(ca.measure and cb.measure)
    if why == "same digits":
        # two measures named, even related ones, a power of ten apart are two
        # quantities ("will cost €2.3 billion ... €2.3 million of research funding")
        return n >= 2 and not (named and ca.measure != cb.measure) and \
            abs(ca.value.adjusted() - cb.value.adjusted()) in _TYPICAL_POWERS
    return why in _MISTYPED and n >= 3 and \
        not (named and not lexicon.related(ca.measure, cb.measure))


def _in_table(m: Mention) -> bool:
    """A table's cell: a column mark (a bar, a tab, an ideographic space) or the gap of
    columns aligned with spaces right beside the figure in its line."""
    c = m.claim
    s, i, j = c.sentence, c.start - c.sentence_start, c.end - c.sentence_start
    if not (0 <= i <= j <= len(s)):
        return False
    if s[max(0, i - 2):i] == _COLUMN_GAP or s[j:j + 2] == _COLUMN_GAP:
        return True
    before, after = s[max(0, i - 3):i].rstrip(" "), s[j:j + 3].lstrip(" ")
    return before[-1:] in _COLUMN_MARKS or after[:1] in _COLUMN_MARKS


def _near(x, y) -> bool:
    """Within a qualifier's slack of each other ("超200亿元" and 204.5亿元)."""
    big = max(abs(x), abs(y))
    return big > 0 and abs(x - y) <= big * _BOUND_SLACK


def headline_restates(a: Mention, b: Mention) -> bool:
    """A headline and its body writing the very same figure, unit and qualifier, the
    same kind of figure: a headline tells the body's figures, not others alike."""
    ca, cb = a.claim, b.claim
    if a.headline == b.headline or a.dim != b.dim:
        return False
    return (ca.value, ca.unit, ca.qualifier, ca.low, ca.high, a.family) == \
        (cb.value, cb.unit, cb.qualifier, cb.low, cb.high, b.family)


def _restated(a: Mention, b: Mention) -> bool:
    """The very same figure, unit and qualifier, precise enough not to recur by chance:
    three significant digits, or two in an amount of money."""
    ca, cb = a.claim, b.claim
    if (ca.value, ca.unit, ca.qualifier, ca.low, ca.high) != \
            (cb.value, cb.unit, cb.qualifier, cb.low, cb.high):
        return False
    return len(a.digits) >= 3 or (len(a.digits) >= 2 and ca.kind == "money")


class _Pairs:
    """Evidence between nodes, computed once."""

    def __init__(self, nodes: list[_Node], lexicon):
        self.nodes = nodes
        self.lexicon = lexicon
        self.cache: dict[tuple[int, int], Evidence | None] = {}

    def get(self, i: int, j: int) -> Evidence | None:
        key = (i, j) if i < j else (j, i)
        if key not in self.cache:
            a, b = self.nodes[key[0]].rep, self.nodes[key[1]].rep
            ev = evidence(a, b, self.lexicon)
            if ev is not None and self.nodes[key[0]].docs & self.nodes[key[1]].docs:
                # one document mentions both: only as the same quantity told twice
                ev = ev if twice_ok(a, b, ev, self.lexicon) else None
            self.cache[key] = ev
        return self.cache[key]


def _link(a: list[int], b: list[int], pairs: _Pairs) -> float | None:
    """Mean evidence between two clusters' nodes; None when any pair rules it out."""
    total, n = 0.0, 0
    for i in a[:_LINK]:
        for j in b[:_LINK]:
            ev = pairs.get(i, j)
            if ev is None:
                return None
            total += ev.score
            n += 1
    return total / n if n else None


def _cluster_block(nodes: list[_Node], idx: list[int], pairs: _Pairs) -> list[list[int]]:
    """Clusters of the nodes ``idx`` (indexes into ``nodes``)."""
    if len(idx) > _FULL:
        by_key: dict[tuple, list[int]] = {}
        for i in idx:
            for k in _keys(nodes[i]):
                by_key.setdefault(k, []).append(i)
        candidates = {(min(a, b), max(a, b)) for group in by_key.values()
                      for x, a in enumerate(group) for b in group[x + 1:x + 1 + _WINDOW]}
    else:
        candidates = {(a, b) for x, a in enumerate(idx) for b in idx[x + 1:]}
    near: dict[int, set[int]] = {}
    for a, b in candidates:
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)
    owner = {i: i for i in idx}                 # node -> cluster id
    members = {i: [i] for i in idx}             # cluster id -> nodes
    docs = {i: set(nodes[i].docs) for i in idx}
    heap = []
    for a, b in candidates:
        ev = pairs.get(a, b)
        if ev is not None and ev.score >= JOIN:
            heap.append((-ev.score, a, b))
    heapq.heapify(heap)
    version = {i: 0 for i in idx}
    heap = [(s, a, b, 0, 0) for s, a, b in heap]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        score = _link(members[a], members[b], pairs)
        if score is None or score < JOIN:
            continue
        if -neg - score > 1e-9:             # stale: linkage fell since it was queued
            heapq.heappush(heap, (-score, a, b, va, vb))
            continue
        members[a].extend(members.pop(b))
        docs[a] |= docs.pop(b)
        for n in members[a]:
            owner[n] = a
        version[a] += 1
        del version[b]
        if len(idx) > _FULL:   # the clusters its first nodes were compared with
            others = {owner[y] for x in members[a][:_LINK] for y in near.get(x, ())}
            others = sorted(c for c in others if c != a and
                            any(y in near.get(x, ()) for x in members[a][:_LINK]
                                for y in members[c][:_LINK]))
        else:
            others = [c for c in members if c != a]
        for c in others:
            s = _link(members[a], members[c], pairs)
            if s is not None and s >= JOIN:
                heapq.heappush(heap, (-s, min(a, c), max(a, c),
                                      version[min(a, c)], version[max(a, c)]))
    return list(members.values())


def cluster(mentions: list[Mention], lexicon) -> list[Cluster]:
    """The quantities of a story's mentions, in order of their first mention."""
    nodes: list[_Node] = []
    by_sig: dict[tuple, int] = {}
    for m in mentions:
        sig = _signature(m)
        if sig in by_sig:
            node = nodes[by_sig[sig]]
            node.members.append(m)
            node.docs.add(m.doc)
        else:
            by_sig[sig] = len(nodes)
            nodes.append(_Node([m], {m.doc}))
    pairs = _Pairs(nodes, lexicon)
    blocks: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        blocks.setdefault(_block(n.rep), []).append(i)
    out = []
    for idx in blocks.values():
        for group in _cluster_block(nodes, idx, pairs):
            c = Cluster()
            for k, i in enumerate(group):
                # its confidence: the evidence with the cluster's other nodes (the nearest
                # few in a large cluster)
                lo = max(0, min(k - _LINK, len(group) - 2 * _LINK - 1))
                found = [pairs.get(i, j) for j in group[lo:lo + 2 * _LINK + 1] if j != i]
                found = [ev for ev in found if ev is not None]
                confidence = sum(ev.confidence for ev in found) / len(found) if found else 1.0
                for m in nodes[i].members:
                    c.members.append(m)
                    c.confidences.append(confidence)
                for ev in found[:3]:
                    c.reasons.extend(ev.reasons)
            out.append(c)
    return out
