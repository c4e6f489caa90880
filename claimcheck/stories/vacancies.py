"""A lone mention and the one row that lacks its document: placed by elimination.

After clustering and the gap pass (:mod:`.gaps`), a version's figure may still stand
alone because its value no longer looks like its counterparts' (a slip) and its frame is
too thin to say more. If the other versions share a row of that dimension which this
version does not mention, and that row is the only one the lone figure could join (nothing
in the frames rules it out, some evidence speaks for it), while the figure is the only
lone one of the version that could fill the row, and the version does not write the row's
figure elsewhere (then it is told, in a row of its own), the two belong together: the version
tells every other quantity of the story elsewhere, so this is where its figure goes.

Like a gap, elimination is evidence, not proof: the placed mention's confidence is
:data:`VACANCY_CONFIDENCE` (a warning at most). Candidates are read per dimension and
bounded (:data:`_MAX_LONE`, :data:`_MAX_ROWS`, :data:`_MAX_FAMILY`); where there are more, nothing is placed,
since elimination among many is guesswork.
"""
from __future__ import annotations

from .gaps import family, fits_row
from .mentions import Mention

__all__ = ["fill_vacancies", "VACANCY_CONFIDENCE", "PLACED_BY_ELIMINATION"]

VACANCY_CONFIDENCE = 0.55
PLACED_BY_ELIMINATION = "the only figure of its version for a quantity the others share"
_MAX_LONE = 6       # lone mentions of one dimension in one version, at most
_MAX_ROWS = 12      # rows of that dimension lacking the version, at most
_MAX_FAMILY = 200   # rows of that dimension in the story, at most
_CHECK = 8          # row members read
_LEAST = 1.5        # least mean evidence with the row's members


def _fits(u: Mention, row, lexicon) -> bool:
    return fits_row(u, row.members[:_CHECK], lexicon, _LEAST)


def fill_vacancies(rows: list, lexicon) -> list:
    """Rows (single mentions included) after placing lone mentions by elimination."""
    shared = [r for r in rows if len({m.doc for m in r.members}) >= 2]
    lone: dict[tuple[str, str], list] = {}
    for r in rows:
        if len(r.members) == 1 and len(r.members[0].digits) >= 2:
            u = r.members[0]
            lone.setdefault((u.doc, family(u)), []).append(r)
    if not lone or not shared:
        return rows
    by_family: dict[str, list] = {}
    docs_of: dict[int, set] = {}
    for r in shared:
        by_family.setdefault(family(r.members[0]), []).append(r)
        docs_of[id(r)] = {m.doc for m in r.members}
    # the figures each version tells, to see that a row's figure is not told elsewhere
    told: dict[str, set] = {}
    for r in rows:
        for m in r.members:
            told.setdefault(m.doc, set()).add((m.claim.low, m.claim.high, m.claim.unit))
    moves = []
    for (doc, fam), singles in lone.items():
        family_rows = by_family.get(fam, ())
        if len(singles) > _MAX_LONE or len(family_rows) > _MAX_FAMILY:
            continue   # elimination among so many is guesswork (and would cost)
        vacant = [r for r in family_rows
                  if doc not in docs_of[id(r)]
                  and not any((m.claim.low, m.claim.high, m.claim.unit) in told[doc]
                              for m in r.members[:_CHECK])]
        if not vacant or len(vacant) > _MAX_ROWS:
            continue
        fits = {(i, j) for i, s in enumerate(singles) for j, r in enumerate(vacant)
                if _fits(s.members[0], r, lexicon)}
        for i, s in enumerate(singles):
            mine = [j for (a, j) in fits if a == i]
            if len(mine) != 1:
                continue
            j = mine[0]
            if sum(1 for (a, b) in fits if b == j) == 1:
                moves.append((s, vacant[j]))
    for single, row in moves:
        row.take_single(single, VACANCY_CONFIDENCE, PLACED_BY_ELIMINATION)
    return [r for r in rows if r.members]
