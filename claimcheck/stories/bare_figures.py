"""Bare figures (a number no clause names) placed beside the versions' other mentions of it.

A figure written without a counted noun or a measure ("i lupi sono 1.140", "on en dénombre
1 140", "davon 1140 im Alpenraum", a table cell "Alpi  1.140  946", "el portugués, 162") is
no quantity the extractor can name, and the clustering leaves such numbers out: a short
bare number is as often a line, a rank or a code as a quantity. Yet three significant
digits or more seldom recur by chance in one story, and when the other versions tell the
very same figure it is that figure told again. Left out, the mention is compared with
nothing, and a slip of the others with it neither. A figure of two digits
(:func:`~.mentions.bare_figure`: "con 29", "Gers with 29") recurs by chance more often, so
it asks more: a row of two versions or more that states it, or three versions that tell it
bare.

Bare figures take no part in the clustering or the passes that weigh slips: with no frame,
a figure one digit off another is just another figure (a series of scores, 81.6 and 86.1,
are each other's swapped digits). They are placed here, after the rows are built, on their
figure alone:

- a bare figure joins the one row (or lone mention; for two digits, a row of two
  versions or more) that states it, when every other
  mention that tells the figure is in that row, the row holds no mention of the bare
  figure's version, and nothing between them rules it out (:func:`~.identity.evidence`:
  another period, kind of figure, currency ...);
- bare figures of one figure that no mention states, one in each of two versions or more
  (three for a figure of two digits), make a row of their own;
- a version that writes the figure twice, bare, says nothing certain of which is which:
  it stays out.

A bare figure placed nowhere (one that slipped, or one the versions word apart) is then
offered, as a lone mention, to :func:`~.parallel.place_by_sentence` (the same sentence in
other versions holds its counterpart), which places it without its figure.

The figure is the only evidence here, so the confidence is :data:`BARE_CONFIDENCE` (a warning,
never an error). Cost: the bare figures are grouped by figure once; each is weighed
against :data:`_CHECK` members of its row at most.
"""
from __future__ import annotations

from collections import defaultdict

from .clustering import Cluster
from .identity import MEDIUM, evidence
from .merging import figure_key, stated_figure
from .mentions import Mention

__all__ = ["place_bare_figures", "BARE_CONFIDENCE", "PLACED_BARE"]

BARE_CONFIDENCE = MEDIUM + 0.05
PLACED_BARE = "a bare figure, the very figure the other versions tell"
_CHECK = 8          # members of a row each bare figure is weighed against
_TELLING = 3        # significant digits of a figure that seldom recurs by chance
_SHORT_VERSIONS = 3  # versions that tell a shorter bare figure alike, for a row of its own


def _fits(u: Mention, members: list[Mention], lexicon) -> bool:
    return all(evidence(u, v, lexicon) is not None for v in members[:_CHECK])


def place_bare_figures(rows: list[Cluster], bare: list[Mention], lexicon) -> list[Cluster]:
    """``rows`` (single mentions included) with the bare figures ``bare`` placed: in the
    one row that states each one's figure, or, told alike by two versions or more and by
    no other mention, in a row of their own; a bare figure placed nowhere is left out."""
    if not bare:
        return rows
    by_figure: dict[tuple, list[Mention]] = defaultdict(list)
    for u in bare:
        by_figure[figure_key(u)].append(u)
    holding: dict[tuple, list[Cluster]] = defaultdict(list)    # figure -> rows telling it
    for r in rows:
        for fig in {figure_key(m) for m in r.members}:
            if fig in by_figure:
                holding[fig].append(r)
    out = list(rows)
    for fig, us in by_figure.items():
        per_doc: dict[str, int] = defaultdict(int)
        for u in us:
            per_doc[u.doc] += 1
        us = [u for u in us if per_doc[u.doc] == 1]
        short = len(us[0].digits) < _TELLING if us else True
        targets = holding.get(fig, [])
        if len(targets) > 1:
            continue   # two rows tell the figure: which one is this is guesswork
        if targets:
            (row,) = targets
            if stated_figure(row) != fig or short and len({m.doc for m in row.members}) < 2:
                continue
            docs = {m.doc for m in row.members}
            for u in us:
                if u.doc in docs or not _fits(u, row.members, lexicon):
                    continue
                row.members.append(u)
                row.confidences.append(BARE_CONFIDENCE)
                row.reasons.append(PLACED_BARE)
                docs.add(u.doc)
            continue
        kept: list[Mention] = []
        for u in us:
            if _fits(u, kept, lexicon):
                kept.append(u)
        if len(kept) >= (_SHORT_VERSIONS if short else 2):
            out.append(Cluster(kept, [BARE_CONFIDENCE] * len(kept), [PLACED_BARE]))
    return out
