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
from decimal import Decimal

import regex

from .compare import overlap, rel_difference, scale_apart, transposed_digits
from .records import Alignment, Claim, Story

__all__ = ["align_story", "HIGH_CONFIDENCE", "MAY_DIFFER"]

# At or above this, a disagreement between aligned claims is an error; below, a warning
# (the default pack's ``min_confidence``). Caveats cap a row's confidence below it.
HIGH_CONFIDENCE = 0.6
# The phrase that starts the caveat in an alignment's reason.
MAY_DIFFER = "may measure different things"

_MATCH = 2.0         # least pair score for an order-preserving match
_OUT_OF_ORDER = 4.0  # least pair score for a match against the order (subject and value)
_MAX_PIVOT_DOCS = 8  # above this many documents, skip the all-pairs search for a pivot
_KIND_SCORE = {"money": 2.0, "percent": 1.5, "count": 1.0}
_MEASURE_SCORE = 2.0
_CLAUSE = regex.compile(r"[,;:，；：、()（）\[\]]")
_CLAUSE_CJK = regex.compile(r"[,;:，；：、()（）\[\]\s]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_WINDOW = 60  # characters looked at before a number for its subject and scope
_AFTER = 24   # and after it ("€1.2 billion in total")


@dataclass
class _Feat:
    """What alignment needs to know about one claim, computed once."""

    claim: Claim
    index: int                       # position among the document's alignable claims
    concepts: frozenset[str]
    scope: frozenset[str]
    part: bool
    anchor: Claim | None = None      # the count this amount goes with in its sentence
    anchor_text: str = ""            # that count as written ("28 cooperation agreements")


@dataclass
class _Row:
    members: dict[str, _Feat] = field(default_factory=dict)  # doc id -> feature
    ooo: set[str] = field(default_factory=set)               # docs joined out of order


def alignable(claim: Claim) -> bool:
    """Dates are not quantities; a bare small number ("Line 11") is too vague to align."""
    if claim.kind == "date":
        return False
    if claim.kind == "number":
        return claim.value.is_finite() and abs(claim.value) >= 10000
    return True


def _clauses(claim: Claim, prev: Claim | None, next_start: int, text: str
             ) -> tuple[str, str, str]:
    """(wide, before, after): the text before the claim back to the previous claim (and
    the noun that claim counts) or the sentence start; its last clause (what names the
    number: "total planned investment of"); and the clause right after it ("in total")."""
    prev_end = 0
    if prev is not None:
        prev_end = prev.end
        if prev.subject:
            at = text.find(prev.subject, prev.end, prev.end + len(prev.subject) + 6)
            prev_end = at + len(prev.subject) if at >= 0 else prev_end
    start = max(prev_end, claim.sentence_start, claim.start - _WINDOW)
    wide = text[start:claim.start] if text and start < claim.start else ""
    sentence_end = claim.sentence_start + len(claim.sentence)
    tail = text[claim.end:min(next_start, sentence_end, claim.end + _AFTER)] if text else ""
    splitter = _CLAUSE_CJK if _CJK.search(wide + tail) else _CLAUSE
    parts = [p for p in splitter.split(wide) if p.strip()]
    after = next((p for p in splitter.split(tail) if p.strip()), "")
    return wide, (parts[-1] if parts else ""), after


def _phrase(count: Claim, text: str) -> str:
    """A count with its counted noun as written: "28 cooperation agreements", "15个项目"."""
    if count.subject:
        at = text.find(count.subject, count.end, count.end + len(count.subject) + 12)
        if at >= 0:
            return " ".join(text[count.start:at + len(count.subject)].split())
        return f"{count.text} {count.subject}"
    return count.text


def _features(claims: list[Claim], text: str, lexicon) -> list[_Feat]:
    out: list[_Feat] = []
    last_count: Claim | None = None
    for n, claim in enumerate(claims):
        next_start = claims[n + 1].start if n + 1 < len(claims) else len(text)
        prev = claims[n - 1] if n else None
        wide, before, after = _clauses(claim, prev, next_start, text)
        concepts = lexicon.concepts_of(claim.subject, before, claim.lang) or \
            lexicon.concepts_of(after, "", claim.lang)
        scope = lexicon.scope_of(f"{claim.subject} {before} {after}", claim.lang)
        part = lexicon.has_part_marker(wide, claim.lang)
        if last_count is not None and last_count.sentence_start != claim.sentence_start:
            last_count = None
        anchor = last_count if claim.kind not in ("count", "number") else None
        out.append(_Feat(claim, len(out), concepts, scope, part, anchor,
                         _phrase(anchor, text) if anchor else ""))
        if claim.kind == "count":
            last_count = claim
    return out


def _kind_score(a: Claim, b: Claim) -> tuple[float, str] | None:
    """Score and reason for the units of two claims, or None if they cannot be one quantity."""
    if a.kind == "number" or b.kind == "number":
        other = b if a.kind == "number" else a
        if other.kind in ("percent",):
            return None
        return 0.0, "a bare number beside a " + other.kind
    if a.kind == b.kind:
        if a.kind == "money":
            if a.unit == b.unit:
                return _KIND_SCORE["money"], f"same currency {a.unit}"
            return -1.0, f"different currencies {a.unit}/{b.unit}"
        if a.kind in _KIND_SCORE:
            return _KIND_SCORE[a.kind], f"both {a.kind}s"
        if a.unit == b.unit:
            return _MEASURE_SCORE, f"same dimension ({a.kind})"
    if a.kind in ("count", "percent", "money") or b.kind in ("count", "percent", "money"):
        return None
    return -1.5, f"different dimensions {a.kind}/{b.kind}"


def _value_score(a: Claim, b: Claim) -> tuple[float, str]:
    if overlap(a, b):
        return 1.5, "values agree"
    rel = rel_difference(a, b)
    if rel is not None and rel <= Decimal("0.25"):
        return 0.75, "values close"
    if scale_apart(a.value, b.value) or transposed_digits(a.value, b.value):
        return 0.5, "values differ by a likely slip"
    return (-1.5 if a.kind == "count" else -1.0), "values far apart"


def pair_score(fa: _Feat, fb: _Feat, lexicon) -> tuple[float, list[str]] | None:
    """How likely two claims of different documents name one quantity, with reasons;
    None when they cannot."""
    a, b = fa.claim, fb.claim
    kind = _kind_score(a, b)
    if kind is None:
        return None
    score, reasons = kind[0], [kind[1]]
    same = lexicon.compatible(fa.concepts, fb.concepts)
    if same is False:
        return None if a.kind == b.kind == "count" else (score - 4.0, ["different subjects"])
    if same:
        shared = sorted(fa.concepts & fb.concepts) or sorted(fa.concepts | fb.concepts)
        score += 2.0
        reasons.append("same subject: " + ", ".join(shared))
    elif "count" in (a.kind, b.kind):
        return None  # small counts without a known subject are too easily confused
    if fa.scope and fb.scope and not (fa.scope & fb.scope):
        score -= 3.0
        reasons.append("different scopes")
    elif (fa.scope ^ fb.scope) & {"phase1", "phase2"}:
        score -= 1.5
        reasons.append("one side is a phase")
    value, why = _value_score(a, b)
    return score + value, reasons + [why]


class _Scores:
    """Pair scores of one story, each computed once (rows are rescored for every document)."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self._cache: dict[tuple[int, int], tuple[float, list[str]] | None] = {}

    def __call__(self, fa: _Feat, fb: _Feat) -> tuple[float, list[str]] | None:
        key = (id(fa), id(fb))
        if key not in self._cache:
            self._cache[key] = pair_score(fa, fb, self.lexicon)
        return self._cache[key]


def _row_score(row: _Row, f: _Feat, pair: _Scores) -> float | None:
    scores = []
    for member in row.members.values():
        s = pair(member, f)
        if s is None or s[0] < 0:
            return None
        scores.append(s[0])
    return sum(scores) / len(scores)


def _dp(rows: list[_Row], feats: list[_Feat], pair: _Scores) -> list[tuple[int, int]]:
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


def _add_document(rows: list[_Row], doc: str, feats: list[_Feat], pair: _Scores) -> list[_Row]:
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


def _order_docs(docs: list[str], feats: dict[str, list[_Feat]], pair: _Scores) -> list[str]:
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


def _neighbours_aligned(fa: _Feat, fb: _Feat, where: dict[tuple[str, int], int],
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


def _pair_confidence(fa: _Feat, fb: _Feat, row: _Row, lexicon, neighbours: bool,
                     where: dict) -> tuple[float, list[str]]:
    a, b = fa.claim, fb.claim
    conf, notes = 0.0, []
    kind = _kind_score(a, b)
    if kind and kind[0] > 0:
        conf += 0.25 if a.kind != "count" else 0.1
    same = lexicon.compatible(fa.concepts, fb.concepts)
    conf += 0.35 if same else 0.0
    if overlap(a, b):
        conf += 0.2
    else:
        rel = rel_difference(a, b)
        conf += 0.1 if rel is not None and rel <= Decimal("0.25") else 0.05
    ooo = a.doc in row.ooo or b.doc in row.ooo
    conf += 0.0 if ooo else 0.1
    if neighbours:
        conf += 0.1
    if kind and kind[0] < 0:
        conf = min(conf, 0.5)
        notes.append(f"{MAY_DIFFER}: {kind[1]}")
    if fa.anchor is not None and fb.anchor is not None:
        ra = where.get((fa.anchor.doc, "claim", fa.anchor.start))
        rb = where.get((fb.anchor.doc, "claim", fb.anchor.start))
        if ra is None or ra != rb:
            conf = min(conf, 0.5)
            notes.append(f"{MAY_DIFFER}: {a.text!r} goes with {fa.anchor_text!r} but "
                         f"{b.text!r} with {fb.anchor_text!r}")
    if fa.part != fb.part and a.kind != "count":
        conf = min(conf, 0.6)
        notes.append(f"{MAY_DIFFER}: only one is introduced as a part")
    return min(conf, 0.99), notes


def _finish(story: Story, rows: list[_Row], feats: dict[str, list[_Feat]],
            pair: _Scores) -> tuple[Alignment, ...]:
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
                c, n = _pair_confidence(fa, fb, row, pair.lexicon, near, where)
                confs.append(c)
                notes.extend(n)
                scored = pair(fa, fb)
                evidence.extend(scored[1] if scored else [])
                if near:
                    evidence.append("between aligned neighbours")
        out.append(_alignment(story, len(out) + 1, members, min(confs), evidence, notes, row))
    return tuple(out)


def _alignment(story: Story, n: int, members: list[_Feat], conf: float, evidence: list[str],
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
    feats = {d: _features([c for c in claims.get(d, ()) if alignable(c)], texts.get(d, ""),
                          lexicon) for d in story.docs}
    pair = _Scores(lexicon)
    docs = _order_docs(list(story.docs), feats, pair)
    if len(docs) < 2:
        return ()
    rows = [_Row({docs[0]: f}) for f in feats[docs[0]]]
    for doc in docs[1:]:
        rows = _add_document(rows, doc, feats[doc], pair)
    return _finish(story, rows, feats, pair)
