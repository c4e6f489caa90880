"""Two figures of one version paired crosswise: put back.

A version that tells two quantities of one dimension in thin words ("the 1.5-gigawatt
wind farm" in its lead, "100 turbines, each with a capacity of 15 megawatts" in its body)
may have one figure placed in the other's row. The row then disagrees with that version
alone, and a flag names a slip nobody made. The figures say what the frames could not:

- **exchange**: the version's outlier in one row agrees with another row's majority, and
  its outlier there agrees with the first row's: the two mentions change places;
- **move**: the version's outlier (an amount of money or a measure in a unit, not a count
  or a percentage, whose small figures recur by chance) agrees with the majority of the
  one row of its dimension that lacks the version, and another figure of the version,
  not firmly placed in another quantity (alone, in a row of fewer than three versions,
  an outlier there, or in a row whose majority tells the first row's figure too), agrees
  with the first row's majority: the outlier moves to the row that lacks it, the other
  figure takes its place, and what it leaves of its own row follows it when it agrees.

Nothing moves when the frames rule a move out or weigh against it, when there is more
than one place or more than one figure to choose from, or when a row's majority stands on fewer than two
other versions. This uses the figures as evidence, never as a requirement for pairing: a
mention that agrees with no other row stays where the frames put it, and its slip is
still flagged. A version that really swapped two figures is not told apart from a
crosswise pairing; such a swap is far rarer in the coverage the project reads than thin
frames. Cost: only the outliers of rows that disagree are read, each against the rows of
its dimension (at most :data:`_MAX_ROWS`) and its version's figures of that dimension.
"""
from __future__ import annotations

from .agreement import judge
from .clustering import Cluster
from .identity import evidence
from .mentions import Mention

__all__ = ["uncross", "UNCROSSED"]

UNCROSSED = "two figures of one version paired crosswise, put back"
_MIN_DOCS = 3        # a row's majority must stand on at least two other versions
_MAX_ROWS = 300      # rows of one dimension read for one outlier, at most
_CONFIDENCE = 0.6    # a mention placed on its figure: a warning at most
# a move rests on one figure agreeing with another row: not for the small counts and
# percentages that many of a story's quantities share by chance
_NOT_MOVED = frozenset(("count", "number", "percent", "points"))


def _docs(row: Cluster) -> set[str]:
    return {m.doc for m in row.members}


def _verdict(members: list[Mention], confidences: list[float]):
    return judge([m.claim for m in members], confidences=confidences)


def _outliers(row: Cluster) -> list[Mention]:
    """The row's outliers when its majority stands on enough versions."""
    if len(_docs(row)) < _MIN_DOCS:
        return []
    v = _verdict(row.members, row.confidences)
    return [row.members[i] for i in v.outliers]


def _fits(m: Mention, row: Cluster, out: Mention | None, lexicon) -> bool:
    """``m`` in ``out``'s place in ``row`` (or added, for None) agrees with the row's
    majority, and nothing in the frames of the majority's mention rules it out."""
    if out is None:
        members, conf = row.members + [m], row.confidences + [_CONFIDENCE]
    else:
        members = [m if x is out else x for x in row.members]
        conf = row.confidences
    v = _verdict(members, conf)
    if members.index(m) in v.outliers:
        return False
    ev = evidence(m, members[v.majority], lexicon)
    return ev is not None and ev.frame >= 0


def _swap(a: Cluster, m: Mention, b: Cluster, n: Mention) -> None:
    i, j = a.members.index(m), b.members.index(n)
    a.members[i], b.members[j] = n, m
    a.confidences[i] = b.confidences[j] = min(a.confidences[i], b.confidences[j],
                                              _CONFIDENCE)
    a.reasons.append(UNCROSSED)
    b.reasons.append(UNCROSSED)


def _exchange(rows: list[Cluster], lexicon) -> None:
    found: dict[str, list[tuple[int, Mention]]] = {}
    for r, row in enumerate(rows):
        for m in _outliers(row):
            found.setdefault(m.doc, []).append((r, m))
    done: set[int] = set()
    for pairs in found.values():
        for k, (r, m) in enumerate(pairs):
            for s, n in pairs[k + 1:]:
                if r == s or id(m) in done or id(n) in done or m.dim != n.dim:
                    continue
                if _fits(m, rows[s], n, lexicon) and _fits(n, rows[r], m, lexicon):
                    _swap(rows[r], m, rows[s], n)
                    done.update((id(m), id(n)))


def _held(n: Mention, home: Cluster | None, row: Cluster, lexicon) -> bool:
    """``n`` is firmly placed in another quantity than ``row``'s: in a row of enough
    versions, not its outlier, and that row's majority figure is not ``row``'s (two rows
    of one figure are more likely one quantity split in two)."""
    if home is None or len(_docs(home)) < _MIN_DOCS:
        return False
    v = _verdict(home.members, home.confidences)
    if home.members.index(n) in v.outliers:
        return False
    return not _fits(home.members[v.majority], row, None, lexicon)


def _move(rows: list[Cluster], mentions: list[Mention], lexicon) -> list[Cluster]:
    row_of = {id(m): row for row in rows for m in row.members}
    by_dim: dict[str, list[Cluster]] = {}
    for row in rows:
        by_dim.setdefault(row.members[0].dim, []).append(row)
    figures: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        figures.setdefault((m.doc, m.dim), []).append(m)
    for row in list(rows):
        for m in _outliers(row):
            if row_of.get(id(m)) is not row or m.dim in _NOT_MOVED:
                continue
            places = [s for s in by_dim.get(m.dim, ())[:_MAX_ROWS]
                      if s is not row and m.doc not in _docs(s) and len(_docs(s)) >= 2
                      and _fits(m, s, None, lexicon)]
            if len(places) != 1:
                continue
            stand = [n for n in figures.get((m.doc, m.dim), ())
                     if n is not m and row_of.get(id(n)) is not row
                     and _fits(n, row, m, lexicon)
                     and not _held(n, row_of.get(id(n)), row, lexicon)]
            if len(stand) != 1:
                continue
            n, home = stand[0], row_of.get(id(stand[0]))
            place = places[0]
            k = row.members.index(m)
            row.members[k] = n
            row.confidences[k] = min(row.confidences[k], _CONFIDENCE)
            place.members.append(m)
            place.confidences.append(_CONFIDENCE)
            row.reasons.append(UNCROSSED)
            place.reasons.append(UNCROSSED)
            row_of[id(n)], row_of[id(m)] = row, place
            if home is not None:
                j = home.members.index(n)
                del home.members[j], home.confidences[j]
                for x in list(home.members):
                    if x.doc not in _docs(row) and _fits(x, row, None, lexicon):
                        j = home.members.index(x)
                        del home.members[j], home.confidences[j]
                        row.members.append(x)
                        row.confidences.append(_CONFIDENCE)
                        row_of[id(x)] = row
    return [r for r in rows if len(r.members) >= 2]


def uncross(rows: list[Cluster], mentions: list[Mention], lexicon) -> list[Cluster]:
    """Rows (of two mentions or more) after putting back every pair of one version's
    mentions placed crosswise. ``mentions``: all of the story's mentions, alone or not."""
    _exchange(rows, lexicon)
    return _move(rows, mentions, lexicon)
