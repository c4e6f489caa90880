"""Two rows of one quantity that tell the same figure: joined.

Clustering joins mentions on the mean evidence between them, so a quantity whose versions
name its measure in one clause and leave it out in another ("8,4 mil milhões de euros" in
a lead, "8.400 millones de euros de inversión" in a body) can end in two rows, each
telling the same figure. Two such rows (or a row and a lone mention) are one quantity when:

- the figure most of each row's mentions (in one currency) state is the same, and telling: three
  significant digits, or two in an amount of money or a measure few of a story's
  quantities share (a length, an area ...), since counts and percentages of one or two
  digits recur by chance;
- nothing between their first mentions rules the join out (another period, kind of
  figure, scope or currency, an earlier value against a current one), no two measures
  named differ, and a document they share tells the figure twice in a plain way;
- there are few rows with that figure (with many, which goes with which is guesswork).

A short figure joins only when the two rows are the versions' two halves (see
:func:`_halves`): each row of two mentions or more, mostly stating the figure, no version
in both, no other row of two stating it. There two measures named may differ ("214
flights" and "214 cancellations", "1,3 million evacuated" and "1,3 million people"): the
versions word one quantity otherwise; a series' figures are told side by side in one
version, so their rows share it.

The value is evidence here, never a requirement: rows that disagree are never joined by
this pass, only rows that already agree on a precise figure.
"""
from __future__ import annotations

from collections import Counter

from .clustering import Cluster, headline_restates, twice_ok
from .identity import evidence
from .mentions import Mention

__all__ = ["join_same_figure", "figure_key", "stated_figure"]

_SPECIFIC = frozenset(("area", "length", "mass", "volume", "energy", "power", "speed",
                       "temperature"))
_CHECK = 8          # members of each row read
_MAX_ROWS = 4       # rows sharing one figure, at most
_LEAST = 1.0        # least mean evidence between the two rows' members


def named_apart(a: Mention, b: Mention, lexicon) -> bool:
    """Both mentions name a measure, and the two are neither related in the lexicon nor
    generic ("people", "number"): most likely two quantities whatever their figures."""
    ca, cb = a.claim, b.claim
    return bool(ca.measure and cb.measure) and not lexicon.related(ca.measure, cb.measure) \
        and not (lexicon.generic_measure(ca.measure) or lexicon.generic_measure(cb.measure))


def figure_key(m: Mention) -> tuple:
    """The figure a mention writes, as one key for its kind of amount and its currency (a
    range by its two ends): two mentions with one key write the very same figure."""
    c = m.claim
    kind = "amount" if c.kind in ("money", "count", "number") else m.dim
    value = (c.low, c.high) if c.qualifier == "range" else c.value.normalize()
    return (kind, m.currency, value)


def stated_figure(row: Cluster) -> tuple | None:
    """The figure (:func:`figure_key`) half a row's mentions or more state, or None."""
    figure, n = Counter(figure_key(m) for m in row.members).most_common(1)[0]
    return figure if 2 * n >= len(row.members) else None


def _telling(m: Mention) -> bool:
    n = len(m.digits)
    return n >= 3 or (n >= 2 and (m.claim.kind == "money" or m.dim in _SPECIFIC))


def _keys(row: Cluster) -> list[tuple[tuple, bool]]:
    """The figures the row states, at most one per currency (an amount and its conversion):
    a figure that half the row's mentions or more state, and whether it is telling."""
    by_currency: dict[str, list[Mention]] = {}
    for m in row.members:
        by_currency.setdefault(m.currency, []).append(m)
    keys = []
    for ms in by_currency.values():
        figure, n = Counter(figure_key(m) for m in ms).most_common(1)[0]
        if 2 * n >= len(row.members):
            keys.append((figure, _telling(next(m for m in ms if figure_key(m) == figure))))
    return keys


def _headline_and_body(a: Cluster, b: Cluster) -> bool:
    """A document whose headline writes its figure in one row and whose body writes it in
    the other: one quantity, even for a short figure ("creating 3,000 jobs" over "employ
    3,000 people")."""
    heads = {m.doc: m for m in a.members[:_CHECK] if m.headline}
    bodies = {m.doc: m for m in b.members[:_CHECK] if not m.headline}
    if any(headline_restates(heads[d], bodies[d]) for d in heads.keys() & bodies.keys()):
        return True
    heads = {m.doc: m for m in b.members[:_CHECK] if m.headline}
    bodies = {m.doc: m for m in a.members[:_CHECK] if not m.headline}
    return any(headline_restates(heads[d], bodies[d]) for d in heads.keys() & bodies.keys())


def _halves(a: Cluster, b: Cluster, key: tuple, rows_with_figure: list[Cluster]) -> bool:
    """Two rows of two mentions or more (three versions in all), most of each stating the
    figure ``key``, that no version shares, and the only two rows of two stating it (lone
    mentions do not count: the later passes place them): the versions split into two
    halves over one quantity, one naming its measure, the other wording it otherwise or
    naming none, even for a short figure. A figure of a series ("5 %" for one region and
    for another) is told side by side in one version, so its rows share a document and
    stay apart."""
    if len(a.members) < 2 or len(b.members) < 2 or \
            sum(len(r.members) >= 2 for r in rows_with_figure) != 2:
        return False
    if any(2 * sum(figure_key(m) == key for m in r.members) <= len(r.members) for r in (a, b)):
        return False      # a row that half holds another figure may be another quantity
    docs_a, docs_b = {m.doc for m in a.members}, {m.doc for m in b.members}
    return not docs_a & docs_b and len(docs_a | docs_b) >= 3


def _joinable(a: Cluster, b: Cluster, key: tuple, lexicon, halves: bool = False) -> bool:
    total, n = 0.0, 0
    for x in a.members[:_CHECK]:
        for y in b.members[:_CHECK]:
            if x.currency != y.currency and x.currency and y.currency:
                if x.doc == y.doc:
                    return False
                continue   # another currency: the two figures cannot be weighed
            ev = evidence(x, y, lexicon)
            if ev is None:
                return False
            if named_apart(x, y, lexicon):
                if not halves:
                    return False
                continue
            if x.doc == y.doc and not twice_ok(x, y, ev, lexicon) and \
                    not (figure_key(x) == key and figure_key(y) == key):
                return False   # one document's two figures: the same precise one, or told twice
            total += ev.score
            n += 1
    return bool(n) and total / n >= _LEAST


def _confidence(m: Mention, row: Cluster, lexicon) -> float:
    """A lone mention's confidence in the row it joins: its mean with the first members."""
    found = [evidence(m, x, lexicon) for x in row.members[:_CHECK] if x is not m]
    found = [ev.confidence for ev in found if ev is not None]
    return sum(found) / len(found) if found else 0.0


def join_same_figure(rows: list[Cluster], lexicon) -> list[Cluster]:
    """Rows (single mentions included) after joining rows that tell one figure."""
    by_key: dict[tuple, list[int]] = {}
    telling: dict[tuple, bool] = {}
    for i, row in enumerate(rows):
        for key, tells in _keys(row):
            by_key.setdefault(key, []).append(i)
            telling[key] = telling.get(key, False) or tells
    gone: set[int] = set()
    for key, idx in by_key.items():
        if len(idx) < 2 or len(idx) > _MAX_ROWS:
            continue
        idx = sorted(idx, key=lambda i: -len(rows[i].members))
        with_figure = [rows[x] for x in idx]
        for k, i in enumerate(idx):
            if i in gone:
                continue
            for j in idx[k + 1:]:
                if j in gone:
                    continue
                halves = _halves(rows[i], rows[j], key, with_figure)
                if not (telling[key] or _headline_and_body(rows[i], rows[j]) or halves) \
                        or not _joinable(rows[i], rows[j], key, lexicon, halves):
                    continue
                if len(rows[i].members) == 1:
                    rows[i].confidences[:] = [_confidence(rows[i].members[0], rows[j], lexicon)]
                rows[i].members.extend(rows[j].members)
                rows[i].confidences.extend(rows[j].confidences if len(rows[j].members) > 1
                                           else [_confidence(rows[j].members[0], rows[i], lexicon)])
                rows[i].reasons.extend(rows[j].reasons + ["the same figure in two rows"])
                gone.add(j)
    return [r for i, r in enumerate(rows) if i not in gone]
