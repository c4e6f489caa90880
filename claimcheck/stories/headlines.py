"""A headline's figure and its document's lead.

A headline restates the figure its body leads with, most often rounded or with a bound
("Mexico to spend $4.2 billion" over "86.51 billion pesos ($4.24 billion)"; "un projet de
plus de 10 milliards d'euros" over "de 8,4 milliards d'euros"). When the headline's figure
is left alone by the other stages, or grouped only with the other versions' headlines
(its rounding, a bound or a slip keeps the figure from weighing for it, and a headline's
few words name little of a frame), it joins the row of the first figure of its dimension
in its document's body, provided that figure's row is
shared with another mention and nothing in their frames rules the pair out or weighs
against it (another measure, another entity, another period or kind of figure). A bare
number (no unit, no counted noun) is left alone; a count whose counted noun the lexicon
knows only as a measure ("48 milhões de encomendas") joins the body's first figure that
names a measure, when it names the headline's. Two versions' headlines that agree with
each other ("48 milhões" and "mais de 38 milhões") are no row of their own when their
bodies tell the figure: they move together to it, and a slip is compared with its body.
One of them that leads nowhere by itself (a count naming no measure, "reparte 3,84
millones de paquetes") moves with them when its own body's figure already stands in their
row: the row says which quantity it is, and its figure only how well it agrees.

The join rests on the frames alone (:func:`~.identity.frame_evidence`): a headline ten
times its body's figure joins as easily as one that agrees. One figure keeps a headline
from its body's lead: the headline's very figure written again in its body, outside the
lead's row ("38.000 Stück in Deutschland" over "weltweit knapp 480.000 ... davon 38.000
in Deutschland"), for the headline restates that one (a part, a place) and a headline
that contradicts its body writes none of its figures.

On the project's gold stories, 10 of the 11 headline figures the clustering left alone
are their body's first figure of the same dimension (`bench/alignment.py`). This is
evidence, not proof: the mention's confidence is at most :data:`HEADLINE_CONFIDENCE` (a
warning, never an error). The cost is one pass over each document's mentions.

A headline is the document's title line (its first line, when short and followed by a
line break) or its first sentence; a row of several versions' figures moves only when each
stands in its version's title line (first sentences of plain paragraphs that agree with
each other are more likely one quantity of their own).
"""
from __future__ import annotations

from .clustering import Cluster
from .identity import MEDIUM, evidence, figures_agree, frame_evidence
from .mentions import Mention

__all__ = ["place_headlines", "HEADLINE_CONFIDENCE", "PLACED_AS_HEADLINE"]

HEADLINE_CONFIDENCE = MEDIUM + 0.05
PLACED_AS_HEADLINE = "a headline's figure placed with the first figure of its kind in the body"


def _headline(m: Mention) -> bool:
    return m.headline


def _apart(a: Mention, b: Mention, lexicon) -> bool:
    """Two measures or two entities named, and not the same."""
    ca, cb = a.claim, b.claim
    if ca.measure and cb.measure and not lexicon.related(ca.measure, cb.measure):
        return True
    return bool(ca.entity and cb.entity and ca.entity != cb.entity)


def _told_of(h: Mention, m: Mention, lexicon) -> bool:
    """``m`` names ``h``'s measure (or a related one)."""
    return bool(h.claim.measure and m.claim.measure
                and lexicon.related(h.claim.measure, m.claim.measure))


def _writes(h: Mention, m: Mention) -> bool:
    """Body figure ``m`` writes headline ``h``'s very figure and unit (a count the body
    writes bare: "38.000 Stück" over "davon 38.000 in Deutschland")."""
    return (m.dim == h.dim or "number" in (m.dim, h.dim)) and \
        (m.claim.value, m.claim.unit) == (h.claim.value, h.claim.unit)


def _fits(h: Mention, m: Mention, lexicon):
    """The evidence that headline ``h`` restates body figure ``m``, whatever its figure
    says (a headline ten times its body's figure joins as one that agrees), or None when
    their frames rule it out or weigh against it (another measure, entity, period, role)."""
    # a rate's headline told as its bare amount ("120万桶" over "日量120万桶") is weighed
    # as written: the figure of another dimension cannot be set to agree
    ev = frame_evidence(h, m, lexicon) if h.dim == m.dim else evidence(h, m, lexicon)
    if ev is None or ev.frame < 0 or _apart(h, m, lexicon):
        return None
    return ev


def _body_figure(h: Mention, body: dict[str, list[Mention]], lexicon):
    """The body figure ``h`` restates and the evidence, or None: the body's lead figure of
    its dimension when their frames fit; else the first body figure of its dimension that
    names a measure, when that measure is ``h``'s and their frames fit (a body whose lead
    names no measure, or a count whose counted noun the lexicon knows only as a measure:
    "48 milhões de encomendas" over "38,4 milhões de encomendas"). The first measured
    figure only: a headline that names two measures ("Output Jumping 21% as Prices
    Slide") may be read with the wrong one, and its body's later figures of that measure
    are another quantity. A bare number (no unit, no measure) is left alone."""
    same = [m for m in body.get(h.doc, ()) if (m.base or m.dim) == (h.base or h.dim)]
    if not same:
        return None
    if h.dim != "number":
        ev = _fits(h, same[0], lexicon)
        if ev is not None:
            return same[0], ev
    measured = next((m for m in same if m.claim.measure and not m.earlier), None)
    if measured is None or measured is same[0] and h.dim != "number" \
            or not _told_of(h, measured, lexicon):
        return None
    ev = _fits(h, measured, lexicon)
    return (measured, ev) if ev is not None else None


def _target(h: Mention, body: dict[str, list[Mention]], row_of: dict[int, Cluster],
            lexicon, told: dict[str, list[Mention]]) -> tuple[Cluster, float] | None:
    """The row of the body figure ``h`` restates and the confidence ``h`` joins it with,
    or None when there is no such figure, it stands alone or the frames rule it out."""
    found = _body_figure(h, body, lexicon)
    if found is None:
        return None
    lead, ev = found
    target = row_of[id(lead)]
    if len(target.members) < 2 or any(
            _writes(h, m) and row_of.get(id(m)) is not target for m in told.get(h.doc, ())):
        # its very figure told again in its body, in another row, is the one it restates
        # ("38.000 Stück in Deutschland" over "knapp 480.000 ... davon 38.000 in
        # Deutschland"): a headline that contradicts its body writes none of its figures
        return None
    return target, min(HEADLINE_CONFIDENCE, max(ev.confidence, MEDIUM))


def _leave_weak_row(r: Cluster, body: dict[str, list[Mention]], row_of: dict[int, Cluster],
                    lexicon, told: dict[str, list[Mention]]) -> None:
    """A headline figure held in its row by weak evidence only (a confidence below
    :data:`MEDIUM`: "not compared") and agreeing with none of the row's figures moves to
    its body lead's row when that row is firm and names its measure: a document's own
    lead is better evidence than another version's figure met by chance. A slip in a
    headline ("0,9 %" over a body of "0,8 %") is then compared with what it restates."""
    for i in range(len(r.members) - 1, -1, -1):
        h = r.members[i]
        if not _headline(h) or r.confidences[i] >= MEDIUM or any(
                figures_agree(h.claim, m.claim) for m in r.members if m is not h):
            continue
        found = _target(h, body, row_of, lexicon, told)
        if found is None or found[0] is r or min(found[0].confidences) < MEDIUM:
            continue
        target, conf = found
        if not h.claim.measure or not any(
                m.claim.measure and lexicon.related(h.claim.measure, m.claim.measure)
                for m in target.members):
            continue      # leaving a row takes a measure named on both sides
        del r.members[i], r.confidences[i]     # reasons: the row's bag, not per member
        target.members.append(h)
        target.confidences.append(conf)
        target.reasons.append(PLACED_AS_HEADLINE)
        row_of[id(h)] = target


def _following(r: Cluster, found: list, target: Cluster, lexicon,
               row_of: dict[int, Cluster], told: dict[str, list[Mention]]) -> list[int]:
    """The headlines of ``r`` that lead nowhere themselves (a bare count, no measure named:
    "reparte 3,84 millones de paquetes") but whose own body's figure already stands in
    ``target``, the row their fellow headlines lead to, with frames that fit: the row of
    headlines says which quantity it is, their body's figure says the same, and the value
    (perhaps a slip of the body's) only says how well it agrees. Each gets ``found`` set."""
    out = []
    for i, h in enumerate(r.members):
        if found[i] is not None or any(
                _writes(h, m) and row_of.get(id(m)) is not target for m in told.get(h.doc, ())):
            continue
        fits = [_fits(h, m, lexicon) for m in target.members
                if m.doc == h.doc and not _headline(m)]
        fits = [ev for ev in fits if ev is not None]
        if fits:
            found[i] = target, min(HEADLINE_CONFIDENCE, max(fits[0].confidence, MEDIUM))
            out.append(i)
    return out


def place_headlines(rows: list[Cluster], lexicon, bare=()) -> list[Cluster]:
    """Rows (single mentions included) after placing each row of headline figures in the
    row of their bodies' lead figures of the same dimension.

    A row made only of headline figures (one version's alone, or the versions' headlines
    grouped with each other) moves when all its figures lead to the same body row, or all
    but one of three or more: headlines that agree with each other but lead to different
    rows say nothing certain of which is theirs. The one headline whose body's lead fits no
    frame of it (the lead told in other words) stays behind."""
    row_of: dict[int, Cluster] = {}
    body: dict[str, list[Mention]] = {}
    for r in rows:
        for m in r.members:
            row_of[id(m)] = r
            if not _headline(m):
                body.setdefault(m.doc, []).append(m)
    for ms in body.values():
        ms.sort(key=lambda m: m.claim.start)
    # every body figure, with those no row holds yet ("davon 38.000 in Deutschland")
    told: dict[str, list[Mention]] = {d: list(ms) for d, ms in body.items()}
    for m in bare:
        if not _headline(m):
            told.setdefault(m.doc, []).append(m)
    for r in rows:
        if r.members and not all(_headline(m) for m in r.members):
            _leave_weak_row(r, body, row_of, lexicon, told)
            continue
        if not r.members:
            continue
        if len(r.members) > 1 and (len({m.doc for m in r.members}) != len(r.members)
                                   or not all(m.titled for m in r.members)):
            continue    # several versions' figures move only from their title lines
        found = [_target(h, body, row_of, lexicon, told) for h in r.members]
        led = [i for i, t in enumerate(found) if t is not None]
        n = len(r.members)
        if len(led) < max(n - 1, min(2, n)):
            continue    # one headline told otherwise is its wording; two, a mixed row
        target = found[led[0]][0]
        if target is r or any(found[i][0] is not target for i in led):
            continue
        led = sorted(led + _following(r, found, target, lexicon, row_of, told))
        # the headlines that lead nowhere (their body's lead told in other words) stay
        # behind, in a row of their own
        for i in reversed(led):
            h = r.members[i]
            target.members.append(h)
            target.confidences.append(found[i][1])
            target.reasons.append(PLACED_AS_HEADLINE)
            row_of[id(h)] = target
            del r.members[i], r.confidences[i]     # reasons: the row's bag, not per member
    return [r for r in rows if r.members]
