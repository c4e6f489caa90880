"""One figure that three versions or more each tell once, every time alone: one quantity.

A short figure says little by itself (unrelated percentages share "18%"), so the
clustering joins two mentions of it only when their frames say they are one quantity.
Where a clause names its measure by a verb or a turn the lexicon does not read ("traded at
$3.12, about 18% below its February record", "rund 18% weniger als beim Rekord"), each
version's mention gets a thin or a wrong frame, every one stays alone, and a slip of any
of them is compared with nothing.

What still says they are one quantity is the pattern across versions: the same figure,
in the same dimension, in three versions or more, told exactly once in each of them, and
left alone in each, or held by one row that holds nothing else (but, in fewer versions
than the figure's, a slip of it). Unrelated figures that happen to agree seldom stand
alone in three versions at once, once in each. Such mentions are joined when nothing
rules a pair of them out (:func:`~.identity.evidence`: another period, kind of figure,
currency ...).

A version that tells no mention of the figure but holds exactly one lone mention of its
dimension that is a typical slip of it (:func:`~.identity.kinship`: digits swapped, one
digit changed, a power of ten), a figure no other version tells, joins the row too, so
the slip is compared.

Like a gap or a lone pair, this is evidence, not proof: the row's confidence is at most
:data:`LONE_GROUP_CONFIDENCE` (a warning, never an error). Cost: mentions are grouped by
figure, each read once; a joining mention is weighed against :data:`_CHECK` others at most,
and a dimension with more than :data:`_MAX_LONE` lone mentions is left alone.
"""
from __future__ import annotations

from collections import defaultdict

from .clustering import Cluster
from .gaps import family
from .identity import evidence, kinship
from .mentions import Mention

__all__ = ["group_lone_figures", "LONE_GROUP_CONFIDENCE", "GROUPED_ALONE"]

LONE_GROUP_CONFIDENCE = 0.55
GROUPED_ALONE = "the same figure, told once and left alone, in three versions or more"
_LEAST = 3          # versions that tell the figure, at least
_MAX_LONE = 60      # lone mentions of one dimension in the story, at most
_CHECK = 8          # other mentions of the figure each joining mention is weighed against
_SLIPS = frozenset(("same digits", "digits swapped", "one digit apart"))   # kinship's slips


def _figure(m: Mention) -> tuple:
    return (m.dim, m.claim.value)


def _ruled_out(u: Mention, members: list[Mention], lexicon) -> bool:
    return any(evidence(u, v, lexicon) is None for v in members[:_CHECK])


def _slipped(members: list[Mention], candidates: list[Mention], told: set, lexicon) -> list:
    """For each version that does not tell the figure: its only lone mention that is a
    typical slip of it, when nothing rules it out."""
    ref = members[0]
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for u in candidates:
        if u.doc in told:
            continue
        if kinship(u, ref, framed=True)[1] in _SLIPS:
            by_doc[u.doc].append(u)
    return [us[0] for us in by_doc.values()
            if len(us) == 1 and not _ruled_out(us[0], members, lexicon)]


def _one_row(ms: list[Mention], docs: set[str], row_of: dict[int, Cluster]):
    """The one row of two mentions or more that holds some of ``ms``, each other member a
    version that does not tell the figure, fewer than the figure's (a slip of it); None
    when every one of ``ms`` is alone; False when they are spread over rows, or a row
    holds other quantities."""
    rows = {id(row_of[id(m)]): row_of[id(m)] for m in ms if len(row_of[id(m)].members) >= 2}
    if not rows:
        return None
    if len(rows) > 1:
        return False
    (row,) = rows.values()
    mine = {id(m) for m in ms}
    rest = [m for m in row.members if id(m) not in mine]
    if len(rest) * 2 >= len(row.members) or any(m.doc in docs for m in rest):
        return False
    return row


def group_lone_figures(rows: list[Cluster], lexicon) -> list[Cluster]:
    """Rows (single mentions included) after joining the lone mentions of one figure that
    three versions or more tell once each (with the row that holds the figure's other
    mentions, if one does and holds nothing else)."""
    row_of: dict[int, Cluster] = {}
    by_figure: dict[tuple, list[Mention]] = defaultdict(list)
    lone: dict[str, list[Mention]] = defaultdict(list)
    for r in rows:
        for m in r.members:
            row_of[id(m)] = r
            by_figure[_figure(m)].append(m)
        if len(r.members) == 1:
            lone[family(r.members[0])].append(r.members[0])
    for fig, ms in by_figure.items():
        docs = {m.doc for m in ms}
        if len(docs) < _LEAST or len(docs) != len(ms):
            continue   # told twice in a version: which one is this quantity is guesswork
        if any(not row_of[id(m)].members for m in ms):
            continue   # taken as another figure's slip
        alone = [m for m in ms if len(row_of[id(m)].members) == 1]
        fam = lone.get(family(ms[0]), [])
        if not alone or len(fam) > _MAX_LONE:
            continue
        row = _one_row(ms, docs, row_of)
        if row is False:
            continue
        others = row.members if row else []
        if any(_ruled_out(u, others + alone[i + 1:], lexicon) for i, u in enumerate(alone)):
            continue
        # a slip gives a figure that no other version tells ("2,5 %" of a forecast that
        # three versions also tell is no slip of their "2,3 %")
        mine = {id(m) for m in ms}
        candidates = [u for u in fam if len(row_of[id(u)].members) == 1 and id(u) not in mine
                      and {v.doc for v in by_figure[_figure(u)]} == {u.doc}]
        slips = _slipped(alone + others, candidates, docs, lexicon)
        head = row or row_of[id(alone[0])]
        joining = [u for u in alone + slips if u not in head.members]
        for u in joining:
            row_of[id(u)].members.clear()
            row_of[id(u)].confidences.clear()
            row_of[id(u)] = head
        head.members.extend(joining)
        if row is None:
            head.confidences[:] = [LONE_GROUP_CONFIDENCE] * len(head.members)
        else:
            head.confidences.extend([LONE_GROUP_CONFIDENCE] * len(joining))
        head.reasons.append(GROUPED_ALONE)
    return [r for r in rows if r.members]
