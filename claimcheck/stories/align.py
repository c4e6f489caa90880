"""Decide which claims of a story's documents speak of the same quantity.

Translations keep their numbers in order, so the core is an order-preserving alignment:
the claims of each document are matched against the rows built so far (one row per
quantity, one claim per document in a row) by dynamic programming, maximising the sum of
pair scores. A pair score weighs the evidence:

- unit: same currency or dimension; a bare scaled number ("逾200亿") may stand for money;
- subject: concepts from the lexicon ("investment", "agreement"); two known and unrelated
  concepts mean two different quantities (28 agreements against 15 projects);
- scope: a total against a first phase is two quantities;
- value: agreeing or close values help; a power of ten apart is a likely slip, not a veto.

A claim that the order-preserving pass leaves out may still join a row out of order when
its subject and value match ("9个提案" comes last in the Chinese report, first in the
English release). Each row becomes an :class:`~claimcheck.records.Alignment` with a
confidence and a reason. When two aligned amounts go with different counted things in
their sentences (21.75 billion for "28 agreements", 204.5亿 for "15个项目"), the
confidence is capped below :data:`HIGH_CONFIDENCE` and the reason says they may measure
different things: checks report such disagreements as warnings, not errors.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Alignment, Claim, Story
from .features import Feat, alignable, features
from .scoring import MAY_DIFFER, Scores, pair_confidence

__all__ = ["align_story", "HIGH_CONFIDENCE", "MAY_DIFFER"]

# At or above this, a disagreement between aligned claims is an error; below, a warning
# (the default pack's ``min_confidence``). Caveats cap a row's confidence below it.
HIGH_CONFIDENCE = 0.6

_MATCH = 2.0         # least pair score for an order-preserving match
_OUT_OF_ORDER = 4.0  # least pair score for a match against the order (subject and value)
_MAX_PIVOT_DOCS = 8  # above this many documents, skip the all-pairs search for a pivot


@dataclass
class _Row:
    members: dict[str, Feat] = field(default_factory=dict)  # doc id -> feature
    ooo: set[str] = field(default_factory=set)               # docs joined out of order


def _row_score(row: _Row, f: Feat, pair: Scores) -> float | None:
    scores = []
    for member in row.members.values():
        s = pair(member, f)
        if s is None or s[0] < 0:
            return None
        scores.append(s[0])
    return sum(scores) / len(scores)


def _dp(rows: list[_Row], feats: list[Feat], pair: Scores) -> list[tuple[int, int]]:
    """Order-preserving matching of ``feats`` to ``rows`` with the largest total score."""
    n, m = len(rows), len(feats)
    score = [[_row_score(r, f, pair) for f in feats] for r in rows]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s = score[i - 1][j - 1]
            take = best[i - 1][j - 1] + s if s is not None and s >= _MATCH else -1.0
            best[i][j] = max(best[i - 1][j], best[i][j - 1], take)
    pairs, i, j = [], n, m
    while i and j:
        s = score[i - 1][j - 1]
        if s is not None and s >= _MATCH and best[i][j] == best[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _add_document(rows: list[_Row], doc: str, feats: list[Feat], pair: Scores) -> list[_Row]:
    """Match one document's claims into the rows; unmatched claims start new rows."""
    matched = dict((j, i) for i, j in _dp(rows, feats, pair))
    # out of order: strong matches against rows this document has not joined
    free_rows = [i for i in range(len(rows)) if i not in matched.values()]
    options = []
    for j, f in enumerate(feats):
        if j in matched:
            continue
        for i in free_rows:
            s = _row_score(rows[i], f, pair)
            if s is not None and s >= _OUT_OF_ORDER:
                options.append((s, i, j))
    late: dict[int, int] = {}
    for s, i, j in sorted(options, reverse=True):
        if j not in matched and j not in late and i not in late.values():
            late[j] = i
    # rebuild the row list, inserting new rows after the row of the previous claim
    new_after: dict[int, list[_Row]] = {}
    anchor = -1
    for j, f in enumerate(feats):
        if j in matched:
            rows[matched[j]].members[doc] = f
            anchor = matched[j]
        elif j in late:
            rows[late[j]].members[doc] = f
            rows[late[j]].ooo.add(doc)
        else:
            new_after.setdefault(anchor, []).append(_Row({doc: f}))
    out = list(new_after.get(-1, []))
    for i, row in enumerate(rows):
        out.append(row)
        out.extend(new_after.get(i, []))
    return out


def _order_docs(docs: list[str], feats: dict[str, list[Feat]], pair: Scores) -> list[str]:
    """Pivot first (the document most like the others), then by likeness to the pivot."""
    docs = [d for d in docs if feats[d]]
    if len(docs) <= 2 or len(docs) > _MAX_PIVOT_DOCS:
        return sorted(docs, key=lambda d: -len(feats[d]))
    sim: dict[tuple[str, str], float] = {}
    for x in docs:
        for y in docs:
            if x < y:
                rows = [_Row({x: f}) for f in feats[x]]
                total = sum(_row_score(rows[i], feats[y][j], pair) or 0
                            for i, j in _dp(rows, feats[y], pair))
                sim[(x, y)] = sim[(y, x)] = total
    pivot = max(docs, key=lambda d: sum(sim[(d, o)] for o in docs if o != d))
    rest = sorted((d for d in docs if d != pivot), key=lambda d: -sim[(pivot, d)])
    return [pivot, *rest]


def _neighbours_aligned(fa: Feat, fb: Feat, where: dict[tuple[str, int], int],
                        sizes: dict[str, int]) -> bool:
    """Whether the claims next to ``fa`` and ``fb`` in their documents are aligned together."""
    checked = False
    for step in (-1, 1):
        ia, ib = fa.index + step, fb.index + step
        if 0 <= ia < sizes[fa.claim.doc] and 0 <= ib < sizes[fb.claim.doc]:
            ra, rb = where.get((fa.claim.doc, ia)), where.get((fb.claim.doc, ib))
            if ra is None or ra != rb:
                return False
            checked = True
    return checked


def _finish(story: Story, rows: list[_Row], feats: dict[str, list[Feat]],
            pair: Scores) -> tuple[Alignment, ...]:
    where: dict = {}
    for r, row in enumerate(rows):
        for doc, f in row.members.items():
            where[(doc, f.index)] = r
            where[(doc, "claim", f.claim.start)] = r
    sizes = {d: len(fs) for d, fs in feats.items()}
    order = {d: i for i, d in enumerate(story.docs)}
    out = []
    for row in rows:
        if len(row.members) < 2:
            continue
        members = sorted(row.members.values(), key=lambda f: order.get(f.claim.doc, 0))
        confs, notes, evidence = [], [], []
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                fa, fb = members[x], members[y]
                near = _neighbours_aligned(fa, fb, where, sizes)
                ooo = fa.claim.doc in row.ooo or fb.claim.doc in row.ooo
                c, n = pair_confidence(fa, fb, ooo, pair.lexicon, near, where)
                confs.append(c)
                notes.extend(n)
                scored = pair(fa, fb)
                evidence.extend(scored[1] if scored else [])
                if near:
                    evidence.append("between aligned neighbours")
        out.append(_alignment(story, len(out) + 1, members, min(confs), evidence, notes, row))
    return tuple(out)


def _alignment(story: Story, n: int, members: list[Feat], conf: float, evidence: list[str],
               notes: list[str], row: _Row) -> Alignment:
    # the concept most members name (ties: alphabetical), so a row reads "investment"
    # even when one version says "cost"
    tally: dict[str, int] = {}
    for f in members:
        for c in f.concepts:
            tally[c] = tally.get(c, 0) + 1
    concept = min(tally, key=lambda c: (-tally[c], c)) if tally else None
    first = members[0].claim
    unit = first.unit or next((f.claim.unit for f in members if f.claim.unit), None)
    shown = (unit or first.kind).replace("**2", "²").replace("**3", "³")
    label = f"{concept or first.subject or first.kind} ({shown})"
    # the evidence, then the first caveat (the others say the same for other versions)
    values = "values agree" if all(
        members[0].claim.overlaps(f.claim) for f in members[1:]) else "values differ"
    common = [e for e in dict.fromkeys(evidence) if not e.startswith("values")][:3]
    parts = common + [values, "order kept" if not row.ooo else "matched out of order"]
    caveats = list(dict.fromkeys(notes))
    if caveats:
        more = f" (and {len(caveats) - 1} more like it)" if len(caveats) > 1 else ""
        parts.append(caveats[0] + more)
    return Alignment(id=f"{story.id}-q{n}", story=story.id, label=label,
                     claims=tuple(f.claim for f in members), confidence=round(conf, 2),
                     reason="; ".join(parts), concept=concept)


def align_story(story: Story, claims: dict[str, list[Claim] | tuple[Claim, ...]],
                texts: dict[str, str], lexicon) -> tuple[Alignment, ...]:
    """The alignments of one story: rows of claims (one per document) naming one quantity.

    ``claims`` maps each document id to its claims in text order; ``texts`` to its
    decoded text (used to read the words just before each number)."""
    feats = {d: features([c for c in claims.get(d, ()) if alignable(c)], texts.get(d, ""),
                          lexicon) for d in story.docs}
    pair = Scores(lexicon)
    docs = _order_docs(list(story.docs), feats, pair)
    if len(docs) < 2:
        return ()
    rows = [_Row({docs[0]: f}) for f in feats[docs[0]]]
    for doc in docs[1:]:
        rows = _add_document(rows, doc, feats[doc], pair)
    return _finish(story, rows, feats, pair)
