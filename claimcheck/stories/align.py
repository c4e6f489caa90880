"""Decide which mentions of a story's documents are one quantity: rows.

A row holds every mention of one quantity in every document: the headline's round figure
and the body's exact one, a table cell and its sentence, each version's translation. The
mentions are clustered (:mod:`.clustering`) on the evidence of :mod:`.identity`: their
frames, the same wording, the figure (where a typical slip weighs exactly as agreement),
position. Mentions whose identity stays unclear stay alone rather than join a row by
position.

Each row of two or more mentions becomes an :class:`~claimcheck.records.Alignment` with
every mention, a confidence per mention (how sure it is that the mention measures what
the row measures), and the reasons.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..records import Alignment, Claim, Story
from .bare_figures import PLACED_BARE, place_bare_figures
from .clustering import Cluster, cluster
from .conversions import BY_CONVERSION, join_conversions
from .crosswise import UNCROSSED, uncross
from .frames_place import PLACED_BY_FRAME, place_by_frame
from .gaps import PLACED_BY_GAP, place_by_gaps
from .headlines import PLACED_AS_HEADLINE, place_headlines
from .vacancies import PLACED_BY_ELIMINATION, fill_vacancies
from .identity import MEDIUM, STRONG
from .lone_groups import GROUPED_ALONE, group_lone_figures
from .lone_joins import JOINED_ALONE, join_lone_to_rows
from .lone_pairs import PAIRED_ALONE, pair_lone_mentions
from .mentions import alignable, mark_lone_years, mentions_of
from .merging import join_same_figure
from .parallel import PLACED_BY_SENTENCE, place_by_sentence
from .rates import conversions_of
from .series import mark_series
from .reports import earlier_days, older_reports
from .unit_brackets import BY_UNIT_BRACKET, join_unit_brackets

__all__ = ["align_story", "resolved_claims", "HIGH_CONFIDENCE", "MAY_DIFFER"]

# At or above this, a disagreement inside a row is an error; at or above MEDIUM, a warning;
# below, a note that the figures were not compared.
HIGH_CONFIDENCE = STRONG
# The phrase that starts the caveat in an alignment's reason.
MAY_DIFFER = "may measure different things"
PLACED = (PLACED_BY_GAP, PLACED_BY_ELIMINATION, BY_CONVERSION, PAIRED_ALONE,
          PLACED_AS_HEADLINE, PLACED_BY_FRAME, UNCROSSED, BY_UNIT_BRACKET, GROUPED_ALONE,
          PLACED_BY_SENTENCE, JOINED_ALONE, PLACED_BARE)


def _label(row: Cluster) -> str:
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


def _reason(row: Cluster) -> str:
    parts = [r for r, _ in Counter(row.reasons).most_common(3)]
    # a mention placed by its neighbours or by elimination: always said
    parts += [r for r in dict.fromkeys(row.reasons) if r in PLACED and r not in parts]
    low = min(row.confidences)
    if low < MEDIUM:
        parts.append(f"{MAY_DIFFER}: the identity of some mentions rests on little evidence")
    elif low < STRONG:
        parts.append(f"{MAY_DIFFER}: no measure named on both sides of some mentions")
    return "; ".join(parts) or "one document"


def _resolve_currency(row: Cluster, converted: frozenset = frozenset()) -> None:
    """A currency the text leaves ambiguous ("¥": CNY or JPY) takes the currency of its row
    when every other mention with a currency agrees on one of the possible ones; a
    conversion in brackets (``converted``: (doc, start) of each converted figure) is the
    row's figure told in another currency, not another reading of the sign ("¥695 billion"
    beside "695 milliards de yens (4 milliards d'euros)" is yen)."""
    plain = {m.claim.unit for m in row.members
             if m.claim.kind == "money" and m.claim.unit and "|" not in m.claim.unit
             and (m.claim.doc, m.claim.start) not in converted}
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
    older = older_reports(claims)
    early = earlier_days(claims, texts)
    running = lexicon.running_measures
    mentions = [m for d in story.docs for m in mentions_of(
        d, claims.get(d, ()), texts.get(d, ""), d in older,
        running if d in early else frozenset())]
    mark_lone_years(mentions)
    mark_series(mentions, claims, texts, lexicon)
    # bare figures are placed on their figure alone, once the rows stand (.bare_figures)
    bare = [m for m in mentions if not alignable(m.claim)]
    mentions = [m for m in mentions if alignable(m.claim)]
    rows = join_same_figure(cluster(mentions, lexicon), lexicon)
    rows = place_by_gaps(rows, mentions, lexicon)
    rows = place_headlines(pair_lone_mentions(fill_vacancies(rows, lexicon), lexicon),
                           lexicon, bare)
    rows = group_lone_figures(place_by_frame(rows, mentions, lexicon), lexicon)
    rows = join_lone_to_rows(place_by_sentence(rows, lexicon), lexicon)
    rows = place_bare_figures(rows, bare, lexicon)
    # a bare figure that slipped is placed by the figures beside it, as a lone one is
    placed = {id(m) for r in rows for m in r.members}
    rows = place_by_sentence(rows + [Cluster([m], [1.0], []) for m in bare
                                     if id(m) not in placed], lexicon)
    # the rows the placing passes built after the first join may tell one figure too
    rows = join_same_figure(rows, lexicon)
    rows = join_conversions(rows, mentions)
    rows = join_unit_brackets(rows, mentions)
    rows = uncross([r for r in rows if len(r.members) >= 2], mentions, lexicon)
    converted = frozenset((conv.converted.doc, conv.converted.start)
                          for conv in conversions_of(claims))
    for row in rows:
        _resolve_currency(row, converted)
    rows.sort(key=lambda r: min((order[m.doc], m.claim.start) for m in r.members))
    out = []
    for n, row in enumerate(rows, start=1):
        pairs = sorted(zip(row.members, row.confidences),
                       key=lambda mc: (order[mc[0].doc], mc[0].claim.start))
        measure = Counter(m.claim.measure for m, _ in pairs if m.claim.measure)
        out.append(Alignment(
            id=f"{story.id}-q{n}", story=story.id, label=_label(row),
            claims=tuple(m.claim for m, _ in pairs), confidence=round(min(row.confidences), 2),
            reason=_reason(row), concept=measure.most_common(1)[0][0] if measure else None,
            confidences=tuple(round(c, 2) for _, c in pairs)))
    return tuple(out)
