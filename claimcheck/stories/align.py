"""Decide which mentions of a story's documents are one quantity: rows.

A row holds every mention of one quantity in every document: the headline's round figure
and the body's exact one, a table cell and its sentence, each version's translation. Rows
are built one document at a time (the richest first). Each mention of the next document
is scored against the rows built so far (:func:`~.identity.evidence` against a few
exemplars of each row, only rows of a compatible dimension), and the best pairs are taken
greedily: a mention joins at most one row, a row takes one mention per document unless a
second one is plainly the same quantity told twice (the same frames, and the same figure
or a headline's bound). Mentions whose identity stays unclear start rows of their own
rather than join one by position. The value is evidence only through
:func:`~.identity.kinship`, which weighs a typical slip exactly as it weighs agreement.

Each row of two or more mentions becomes an :class:`~claimcheck.records.Alignment` with
every mention, a confidence per mention (how sure it is that the mention measures what
the row measures), and the reasons.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..records import Alignment, Claim, Story
from .identity import MEDIUM, STRONG, Evidence, evidence
from .mentions import Mention, mentions_of

__all__ = ["align_story", "resolved_claims", "HIGH_CONFIDENCE", "MAY_DIFFER"]

# At or above this, a disagreement inside a row is an error; at or above MEDIUM, a warning;
# below, a note that the figures were not compared.
HIGH_CONFIDENCE = STRONG
# The phrase that starts the caveat in an alignment's reason.
MAY_DIFFER = "may measure different things"

_JOIN = 2.0          # least evidence for a mention to join a row
_COMPANION = 3.5     # least evidence for a second mention of one document to join
_EXEMPLARS = 8       # members a new mention is scored against
_LEAD = 0.15         # the first part of a document: its headline and lead


@dataclass(eq=False)
class _Row:
    dim: str
    members: list[Mention] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    exemplars: list[Mention] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    docs: dict[str, list[Mention]] = field(default_factory=dict)

    def add(self, m: Mention, ev: Evidence | None) -> None:
        self.members.append(m)
        self.confidences.append(ev.confidence if ev else 1.0)
        if ev:
            self.reasons.update(ev.reasons)
        self.docs.setdefault(m.doc, []).append(m)
        langs = {e.lang for e in self.exemplars}
        if len(self.exemplars) < _EXEMPLARS and (len(self.exemplars) < 4 or m.lang not in langs):
            self.exemplars.append(m)


def _signature(m: Mention) -> tuple:
    c = m.claim
    return (m.lang, m.dim, c.measure, c.entity, c.period, c.role, c.scope, c.qualifier,
            c.low, c.high, m.digits, m.words, round(m.pos, 2))


class _Scorer:
    """Pair evidence, each computed once per distinct mention (syndicated copies of one
    sentence score once)."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self.cache: dict[tuple, Evidence | None] = {}

    def pair(self, e: Mention, m: Mention) -> Evidence | None:
        key = (id(e), _signature(m), e.doc == m.doc)
        if key not in self.cache:
            self.cache[key] = evidence(e, m, self.lexicon)
        return self.cache[key]

    def row(self, row: _Row, m: Mention) -> Evidence | None:
        found, vetoes = [], 0
        for e in row.exemplars:
            ev = self.pair(e, m)
            if ev is None:
                vetoes += 1
            else:
                found.append(ev)
        if not found or vetoes * 2 > len(row.exemplars):
            return None
        score = sum(ev.score for ev in found) / len(found)
        confidence = sum(ev.confidence for ev in found) / len(found)
        best = max(found, key=lambda ev: ev.score)
        return Evidence(score, confidence, best.reasons)


def _dims_for(m: Mention, by_dim: dict[str, list[int]]) -> list[int]:
    """Rows a mention may join: its own dimension, and a bare scaled number's neighbours
    (a headline's "逾200亿" may be money or a count)."""
    dims = [m.dim]
    if m.dim == "number":
        dims += [d for d in by_dim if d.startswith("money:") or d == "count"]
    elif m.dim.startswith("money:") or m.dim == "count":
        dims.append("number")
    if m.dim.startswith("money:"):
        mine = set(m.dim[6:].split("|"))
        dims += [d for d in by_dim if d.startswith("money:") and d != m.dim
                 and mine & set(d[6:].split("|"))]
    return [i for d in dict.fromkeys(dims) for i in by_dim.get(d, ())]


_COMPANION_ROWS = 64  # rows of one document searched for a second mention of a quantity


def _in_lead(m: Mention) -> bool:
    return m.pos <= _LEAD or m.claim.sentence_start == 0


def _companion_ok(row: _Row, m: Mention, scorer: _Scorer) -> bool:
    """A second mention of one document in a row: the same quantity told twice."""
    for other in row.docs[m.doc]:
        ev = scorer.pair(other, m)
        if ev is None or ev.score < _COMPANION or ev.confidence < STRONG:
            return False
        if other.earlier or m.earlier:
            return False
        a, b = other.claim, m.claim
        agree = a.low <= b.high and b.low <= a.high
        bound = (a.qualifier != "exact" and _in_lead(other)) or \
            (b.qualifier != "exact" and _in_lead(m))
        if not agree and not bound:
            return False
    return True


def _add_document(rows: list[_Row], by_dim: dict[str, list[int]], ms: list[Mention],
                  scorer: _Scorer) -> None:
    options = []
    for m in ms:
        for i in _dims_for(m, by_dim):
            ev = scorer.row(rows[i], m)
            if ev is not None and ev.score >= _JOIN:
                options.append((ev.score, -i, m.index, i, ev))
    options.sort(key=lambda o: (o[0], o[1], -o[2]), reverse=True)
    placed: set[int] = set()
    for _, _, mi, i, ev in options:
        m = ms[mi]
        if mi in placed:
            continue
        row = rows[i]
        if m.doc in row.docs and not _companion_ok(row, m, scorer):
            continue
        row.add(m, ev)
        placed.add(mi)
    new: dict[str, list[int]] = {}  # rows this document opened, by dimension
    for m in ms:
        if m.index in placed:
            continue
        home = None
        # the same quantity told twice in this document, among the last rows it opened (a
        # bound that keeps a whole archive in one file linear; an article never reaches it)
        for i in new.get(m.dim, ())[-_COMPANION_ROWS:]:
            if _companion_ok(rows[i], m, scorer):
                home = i
                break
        if home is None:
            rows.append(_Row(m.dim))
            home = len(rows) - 1
            by_dim.setdefault(m.dim, []).append(home)
            new.setdefault(m.dim, []).append(home)
            rows[home].add(m, None)
        else:
            rows[home].add(m, scorer.pair(rows[home].members[0], m))


def _label(row: _Row) -> str:
    def most(values):
        values = [v for v in values if v]
        return Counter(values).most_common(1)[0][0] if values else ""

    claims = [m.claim for m in row.members]
    measure, entity = most(c.measure for c in claims), most(c.entity for c in claims)
    period = most(c.period for c in claims)
    role = most(m.family for m in row.members if m.explicit_role)
    first = claims[0]
    unit = next((c.unit for c in claims if c.unit and "|" not in c.unit), first.unit) or first.kind
    shown = unit.replace("**2", "²").replace("**3", "³").replace("percentage_point", "points")
    words = [w.replace("_", " ") for w in (measure or first.subject or first.kind, entity,
                                            period.replace(",", " "), role) if w]
    return f"{', '.join(words)} ({shown})"


def _reason(row: _Row) -> str:
    parts = [r for r, _ in row.reasons.most_common(3)]
    low = min(row.confidences)
    if low < MEDIUM:
        parts.append(f"{MAY_DIFFER}: the identity of some mentions rests on little evidence")
    elif low < STRONG:
        parts.append(f"{MAY_DIFFER}: no measure named on both sides of some mentions")
    return "; ".join(parts) or "one document"


def _resolve_currency(row: _Row) -> None:
    """A currency the text leaves ambiguous ("¥": CNY or JPY) takes the currency of its row
    when every other mention with a currency agrees on one of the possible ones."""
    plain = {m.claim.unit for m in row.members
             if m.claim.kind == "money" and m.claim.unit and "|" not in m.claim.unit}
    if len(plain) != 1:
        return
    (currency,) = plain
    for m in row.members:
        c = m.claim
        if c.kind == "money" and c.unit and "|" in c.unit and currency in c.unit.split("|"):
            note = f"currency taken from the other versions of the quantity: {currency}"
            m.claim = replace(c, unit=currency, notes=tuple(
                n for n in c.notes if not n.startswith("ambiguous currency")) + (note,))


def resolved_claims(alignments) -> dict[tuple, Claim]:
    """The claims whose ambiguous currency their row resolved, by (doc, start, end)."""
    return {(c.doc, c.start, c.end): c for a in alignments for c in a.claims
            if any(n.startswith("currency taken from") for n in c.notes)}


def align_story(story: Story, claims: dict[str, list[Claim] | tuple[Claim, ...]],
                texts: dict[str, str], lexicon) -> tuple[Alignment, ...]:
    """The quantities of one story: rows of mentions, several per document where a
    document tells one quantity twice. ``claims`` maps each document id to its claims in
    text order (with their frames); ``texts`` to its decoded text."""
    order = {d: i for i, d in enumerate(story.docs)}
    mentions = {d: mentions_of(d, claims.get(d, ()), texts.get(d, "")) for d in story.docs}
    docs = sorted((d for d in story.docs if mentions[d]),
                  key=lambda d: (-len(mentions[d]), order[d]))
    rows: list[_Row] = []
    by_dim: dict[str, list[int]] = {}
    scorer = _Scorer(lexicon)
    for doc in docs:
        _add_document(rows, by_dim, mentions[doc], scorer)
    out = []
    kept = [r for r in rows if len(r.members) >= 2]
    for row in kept:
        _resolve_currency(row)
    kept.sort(key=lambda r: min((order[m.doc], m.claim.start) for m in r.members))
    for n, row in enumerate(kept, start=1):
        pairs = sorted(zip(row.members, row.confidences),
                       key=lambda mc: (order[mc[0].doc], mc[0].claim.start))
        measure = Counter(m.claim.measure for m, _ in pairs if m.claim.measure)
        out.append(Alignment(
            id=f"{story.id}-q{n}", story=story.id, label=_label(row),
            claims=tuple(m.claim for m, _ in pairs), confidence=round(min(row.confidences), 2),
            reason=_reason(row), concept=measure.most_common(1)[0][0] if measure else None,
            confidences=tuple(round(c, 2) for _, c in pairs)))
    return tuple(out)
