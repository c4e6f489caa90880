"""A lone mention whose figure one row of other versions tells: that row's quantity.

The clustering joins a short figure ("17", "6,8 %") to others only when their frames say
they are one quantity. A version that words the clause otherwise (no measure the lexicon
reads, or a counted noun it does not know) leaves its mention alone, while the other
versions' mentions of the same figure stand together in a row that names its measure.
That mention's slip is then compared with nothing, and its agreement with nothing either.

The row already says what the figure measures; the lone mention joins it when:

- exactly one row of two mentions or more states that figure (the figure most of its
  mentions state, in one dimension and currency) and no other mention that is neither
  alone nor in that row tells it: a figure two rows state (a series, this year and last
  year) says nothing certain of which one is the mention's;
- its version has no mention in that row (a version's second mention of a quantity is the
  clustering's to judge) and tells the figure only this once;
- nothing rules the mention out against the row's first members
  (:func:`~.identity.evidence`: another period, kind of figure, currency ...), and no
  measure named on both sides differs.

The figure is evidence here, as in :mod:`.merging`, never a requirement for others: a
mention that slipped does not join by this pass and is left to the passes that weigh
slips. The mention's confidence is at most :data:`LONE_JOIN_CONFIDENCE` (a warning, never
an error). Cost: one pass over the rows and one over the lone mentions, each weighed
against :data:`_CHECK` members at most.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .clustering import Cluster
from .identity import MEDIUM, evidence
from .merging import figure_key, named_apart, stated_figure
from .mentions import Mention

__all__ = ["join_lone_to_rows", "LONE_JOIN_CONFIDENCE", "JOINED_ALONE"]

LONE_JOIN_CONFIDENCE = MEDIUM + 0.05
JOINED_ALONE = "a lone mention of the figure one row of the other versions states"
_CHECK = 8          # members of the row each joining mention is weighed against


def _fits(u: Mention, row: Cluster, lexicon) -> float | None:
    """The confidence ``u`` joins ``row`` with, or None when something rules it out."""
    found = []
    for v in row.members[:_CHECK]:
        ev = evidence(u, v, lexicon)
        if ev is None:
            return None
        if named_apart(u, v, lexicon):
            return None
        found.append(ev.confidence)
    return min(LONE_JOIN_CONFIDENCE, max(sum(found) / len(found), MEDIUM)) if found else None


def join_lone_to_rows(rows: list[Cluster], lexicon) -> list[Cluster]:
    """Rows (single mentions included) after each lone mention joins the one row that
    states its figure, when nothing rules it out."""
    stating: dict[tuple, list[Cluster]] = defaultdict(list)
    told: Counter = Counter()          # (figure, doc) -> mentions telling it
    held: Counter = Counter()          # figure -> mentions in rows of two or more
    for r in rows:
        for m in r.members:
            told[(figure_key(m), m.doc)] += 1
            if len(r.members) >= 2:
                held[figure_key(m)] += 1
        if len(r.members) >= 2:
            figure = stated_figure(r)
            if figure is not None:
                stating[figure].append(r)
    for r in rows:
        if len(r.members) != 1:
            continue
        u = r.members[0]
        figure = figure_key(u)
        targets = stating.get(figure, [])
        if len(targets) != 1 or told[(figure, u.doc)] != 1:
            continue
        (target,) = targets
        if held[figure] != sum(figure_key(m) == figure for m in target.members) or \
                any(m.doc == u.doc for m in target.members):
            continue
        conf = _fits(u, target, lexicon)
        if conf is None:
            continue
        target.take_single(r, conf, JOINED_ALONE)
    return [r for r in rows if r.members]
