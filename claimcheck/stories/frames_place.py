"""A lone mention placed where its frame puts it, whatever its figure says.

Clustering weighs the figure as evidence: a mention that agrees with its counterparts
gains from it, so a mention whose figure slipped far ("7 ans" written "8 ans", "around
80%" written "around 90%", "32 400" written "32 4000") can fall short of the evidence a
row asks for, and stays alone, while the same mention with its faithful figure would have
joined. The value must never be needed to place a mention: what places it here is the
question "would it join that row if its figure agreed?", asked of its frame alone.

A lone mention joins a row when

- the row is shared by other versions, its mentions agree with each other (a row that holds
  a disagreement already is no settled quantity), it holds no mention of the mention's
  document, and that document does not write the row's figure elsewhere;
- with its figure replaced by each member's own (:func:`~.identity.frame_evidence`), the
  mention would join as elimination asks: nothing rules it out, no part of the frame the
  row's mentions all name is missing from it, the mean evidence reaches :data:`_LEAST`,
  and the frame speaks for it: most members name its measure, its entity, a name beside
  it, its wording or its period, or else see in its figure a typical slip of theirs (the
  value may add to the frame, never decide);
- its frame is unique among its document's mentions that no shared row explains, and no
  other figure of its frame stands in its sentence (a conversion, a sibling);
- the row is the one whose frame speaks for it clearly most (by :data:`_MARGIN`), and the
  mention is the one of its document whose frame speaks for that row clearly most.

The figure decides nothing here, so the placement is evidence, not proof: the mention's
confidence is :data:`FRAME_CONFIDENCE` (a warning, never an error). Cost: lone mentions
are read per document and dimension (at most :data:`_MAX_LONE`), against at most
:data:`_MAX_ROWS` rows, each through its first :data:`_CHECK` members.
"""
from __future__ import annotations

from collections import Counter

from .gaps import family, same_time
from .identity import figures_agree, frame_evidence, kinship
from .mentions import Mention, in_digits

__all__ = ["place_by_frame", "FRAME_CONFIDENCE", "PLACED_BY_FRAME"]

FRAME_CONFIDENCE = 0.55
PLACED_BY_FRAME = "placed by its frame alone (its figure set aside)"
_CHECK = 8          # row members read
_MAX_ROWS = 40      # rows of one dimension lacking the document, at most
_MAX_LONE = 12      # lone mentions of one dimension in one document, at most
_MARGIN = 0.5       # how much more the best candidate's frame must say than the next's
_EPS = 1e-9
_SLIPS = frozenset(("same digits", "digits swapped", "one digit apart"))   # kinship's slips
_LEAST = 1.5        # least mean evidence with the row's members (as elimination asks)


def _frame_key(m: Mention) -> tuple:
    c = m.claim
    return (m.dim, c.measure, c.entity, tuple(sorted(m.periods.items())), m.family,
            c.scope, m.earlier)



# period classes a version may leave unwritten: the span a figure is counted per, and the
# moment a running tally stood ("so far")
_UNWRITTEN = frozenset(("per", "tally"))


def _slots(m: Mention) -> dict:
    c = m.claim
    out = {"measure": c.measure, "entity": c.entity, "scope": c.scope,
           "role": m.family if m.explicit_role else ""}
    # (not the span a figure is counted per: a version may leave "a day" out, and
    # per_period.per_apart rules out what the span must keep apart; nor "so far")
    out.update((cls, p) for cls, p in m.periods.items() if cls not in _UNWRITTEN)
    return out


def covers_frame(u: Mention, members: list[Mention]) -> bool:
    """``u`` names every part of the frame that all the row's mentions name alike (the
    row's 2022 growth is no place for a growth of no year)."""
    mine = _slots(u)
    theirs = [_slots(m) for m in members]
    for slot, value in theirs[0].items():
        if value and not mine.get(slot) and all(t.get(slot) == value for t in theirs[1:]):
            return False
    return True


def _same_period(a: Mention, b: Mention) -> bool:
    """Both name one period (a year, a part of one): when, besides what."""
    return any(p and b.periods.get(cls) == p for cls, p in a.periods.items())


def _fit(u: Mention, members: list[Mention], lexicon) -> float | None:
    """The mean evidence of the frames alone between ``u`` and a row of ``members``, had
    its figure agreed with each; None when it would not join."""
    if not same_time(u, members) or not covers_frame(u, members):
        return None
    total = frame = 0.0
    named = slipped = 0
    for m in members:
        ev = frame_evidence(u, m, lexicon)
        if ev is None or ev.frame < -_EPS:
            return None
        total += ev.score
        frame += ev.frame
        named += ev.whose or _same_period(u, m)
        slipped += kinship(u, m, framed=True)[1] in _SLIPS
    if total < _LEAST * len(members) or frame <= _EPS:
        return None     # nothing of the frame speaks for it: the figure would decide
    if 2 * max(named, slipped) <= len(members):
        return None
    return frame / len(members)


def all_agree(members: list[Mention]) -> bool:
    """The row's mentions (in one unit) all agree: a quantity its versions settled, not a
    row that holds a disagreement already (a slip there leaves its own mentions apart)."""
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a.claim.unit == b.claim.unit and not figures_agree(a.claim, b.claim):
                return False
    return True


def _best(fits: dict) -> object | None:
    """The one candidate whose frame speaks for it clearly more than any other's."""
    if not fits:
        return None
    ranked = sorted(fits.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _MARGIN:
        return None
    return ranked[0][0]


def place_by_frame(rows: list, mentions: list[Mention], lexicon) -> list:
    """Rows (single mentions included) after placing lone mentions by their frames."""
    told: dict[str, set] = {}
    for m in mentions:
        told.setdefault(m.doc, set()).add((m.claim.low, m.claim.high, m.claim.unit))
    shared: dict[str, list] = {}
    keys: dict[str, Counter] = {}      # frames of the mentions no shared row explains
    in_sentence: Counter = Counter()   # frames of each sentence's mentions
    for r in rows:
        if len({m.doc for m in r.members}) >= 2:
            shared.setdefault(family(r.members[0]), []).append(r)
        else:
            for m in r.members:
                keys.setdefault(m.doc, Counter())[_frame_key(m)] += 1
        for m in r.members:
            in_sentence[(m.doc, m.claim.sentence_start, _frame_key(m))] += 1
    lone: dict[tuple[str, str], list] = {}
    for r in rows:
        if len(r.members) == 1 and in_digits(r.members[0]):
            u = r.members[0]
            key = _frame_key(u)
            # unique in its document, and no figure of its frame beside it (a sentence's
            # other figure of the frame is its conversion, or a sibling it cannot be told from)
            if keys[u.doc][key] == 1 and in_sentence[(u.doc, u.claim.sentence_start, key)] == 1:
                lone.setdefault((u.doc, family(u)), []).append(r)
    by_single: dict[int, dict] = {}               # single -> {row: frame}
    by_row: dict[tuple[int, str], dict] = {}      # (row, document) -> {single: frame}
    found = {}
    for (doc, fam), singles in lone.items():
        if len(singles) > _MAX_LONE:
            continue
        vacant = [r for r in shared.get(fam, ())
                  if all(m.doc != doc for m in r.members) and all_agree(r.members[:_CHECK])
                  and not any((m.claim.low, m.claim.high, m.claim.unit) in told[doc]
                              for m in r.members[:_CHECK])]
        if len(vacant) > _MAX_ROWS:
            continue
        for s in singles:
            for r in vacant:
                frame = _fit(s.members[0], r.members[:_CHECK], lexicon)
                if frame is not None:
                    by_single.setdefault(id(s), {})[id(r)] = frame
                    by_row.setdefault((id(r), doc), {})[id(s)] = frame
                    found[id(s)], found[id(r)] = s, r
    for s, mine in by_single.items():
        r = _best(mine)
        single = found[s]
        if r is None or _best(by_row[(r, single.members[0].doc)]) != s:
            continue
        found[r].take_single(single, FRAME_CONFIDENCE, PLACED_BY_FRAME)
    return [r for r in rows if r.members]
