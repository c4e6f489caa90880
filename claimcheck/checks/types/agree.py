"""``agree``: every mention of one quantity agrees, in every version of a story.

By default the groups are the aligner's rows (every mention of one quantity, several per
document where a document repeats it); ``concept`` and the other selector keys narrow
them. With ``pairing: first_match`` the aligner is not consulted: the first claim matching
the selector in each document makes the one group.

One finding per quantity. A row whose mentions agree is one passing finding. Otherwise
the finding names the figure most documents support and the outliers ("es: 75,5 km; en,
fr, zh: 57.5 km"), the difference, and the likely slip; it lists every mention, each with
its group (see :mod:`claimcheck.stories.agreement`). A difference within the rule's
``tolerance`` is an agreement.

Severity follows how sure the aligner is that the outliers measure what the row
measures: the rule's severity at or above ``min_confidence``, a warning below it, and
below the aligner's lowest level an ``info`` entry, "not compared: may measure different
things", so that errors and warnings stay worth reading. Below ``min_confidence``, figures
more than 30 % apart with no typical slip between them (no swapped or wrong digit, power of
ten, false friend, dropped qualifier ...) are such an entry too: on clues that are not
sure, two quantities are likelier than one figure gone that wrong; so are two percentages,
or two approximations or bounds, apart by no typical slip however close.

The slip is sought against the majority's representative, then against its other
statements (the outlier's own qualifier first), so that "más de 43.00" is a power of ten
from "more than 4,300" though the majority's narrowest figure is "quelque 4 000".

A mention in another currency than the majority's is not compared by value, but when the
rate it implies is one no value the two currencies kept allows, and a power of ten of three
or more explains it ("3,4 Billionen Euro" beside "548 billion yen"), it is an outlier whose
slip is named (:mod:`claimcheck.stories.cross_currency`).

A conversion in brackets whose rate disagrees with the rate that the story's other
conversions of its currency pair agree on is a warning too (:mod:`claimcheck.stories.rates`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePath

from ...extraction.frames import FIRST_TOLL
from ...records import Claim
from ...stories.agreement import in_points, interval, judge, loose_outliers, size_of, slip
from ...stories.compare import significant_digits as _significant
from ..base import Emitter, StoryContext, quantity
from ..groups import Group, groups_for
from ..params import NO_TOLERANCE, Param, Tolerance, selector_params
from ..select import Selector, rule_selector

PARAMS = {
    **selector_params(),
    "pairing": Param("choice", default="aligned", choices=("aligned", "first_match"),
                     doc="aligned (default): the aligner's rows; first_match: the first "
                         "matching claim of each document"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
    "min_confidence": Param("fraction", default=0.8,
                            doc="below this alignment confidence a disagreement is a "
                                "warning, not an error"),
}

DIFFERENT_THINGS = "may measure different things"
NOT_COMPARED = "not compared: " + DIFFERENT_THINGS
_WEAK = 0.5          # below this, a disagreement is only noted (stories.identity.MEDIUM)
_FAR = 0.3           # figures further apart than this, with no typical slip between them
_SURE = 0.9          # ... are a note below this confidence, in a row of one outlier figure:
#                      translation slips are typical ones; over the 20 sets, every flag this
#                      far apart with none was false (a row of several outlier figures may
#                      hold a slip of another outlier's figure, and is left flagged)
_SLIP_FLOOR = 0.35   # from this confidence, a typical slip of an agreed figure is a warning
_SLIP_FLOOR_MANY = 0.31  # ... and from this one against what three versions agree on: just
# above 0.3, the cap identity puts on two frames in conflict (two entities, a total and a part)
_MANY = 3            # versions agreeing on a figure that vouch for a two-figure slip of it
# telling from three digits on, or in an amount of a hundred or more (not in percentages and
# small counts, where unrelated figures are a digit apart by chance)
_DIGIT_SLIPS = frozenset(("swapped digits", "wrong digit"))
_TELLING = frozenset(("swapped digits", "wrong digit", "decimal slip", "false friend of scale",
                      "dropped or added 万/亿", "misread decimal comma", "scale slip",
                      "wrong unit"))
_LEAD = 0.15
_ONE_ENTITY = 0.6    # a row's confidence above one clue's (a measure word alone gives 0.45-0.55)
_SCALE_WORDS = frozenset(("false friend of scale", "dropped or added 万/亿"))
_SHIFTS = frozenset(("decimal slip", "scale slip", "misread decimal comma"))
_BACKGROUND = ("no other version tells either figure, and one stands in a paragraph that "
               "tells nothing the other versions tell")
_UNLINKED = ("two versions tell this quantity, each alone, with figures no typical slip "
             "links")
# slips read in the figures alone, sought against the majority's other statements too
_BY_VALUE = _TELLING | {"bounds a power of ten apart"}
_ALTERNATIVES = 6
# the slips that move an approximation's written digits: only these say that an exact figure
# outside the narrow reach of "about 312,000" (3 digits) but within a tenth of it is a slip
_PERMUTED = frozenset(("swapped digits",))
_LOOSE_SLIPS = frozenset((None, "wrong digit"))   # what chance makes between two quantities


def _earlier_only(bad: Claim, good: Claim) -> bool:
    """Whether the outlier is told as of an earlier year ("a year earlier") and the figure
    it would be a slip of is not: one version's figure is no clue to such a one."""
    def earlier(c: Claim) -> bool:
        return any(t.startswith("prev") for t in (c.period or "").split(","))
    return earlier(bad) and not earlier(good)


_TALLY = "tally"


def _tally_grew(ctx: StoryContext, final: Claim, tally: Claim) -> bool:
    """Whether ``tally``, a count, is a running tally as it stood at a time (the lexicon's period
    ``tally``: "so far", "bislang", 截至目前, "正午までに") below ``final``, a figure of
    another version told with no such word, unless the final figure's version is dated
    before the tally's (a tally can only grow: compared in the direction it can go)."""
    if tally.kind not in ("count", "number") or _TALLY not in (tally.period or "").split(",") or \
            _TALLY in (final.period or "").split(",") or tally.doc == final.doc:
        return False
    if not (tally.high.is_finite() and final.low.is_finite() and tally.high <= final.low):
        return False
    from ...stories.reports import earlier_days

    earlier = earlier_days(ctx.claims, ctx.texts)
    return not (final.doc in earlier and tally.doc not in earlier)


def _two_moments(majority: list[Claim], outliers: list[Claim], ctx: StoryContext) -> bool:
    """Whether a running tally's row (the dead, the injured: the lexicon's
    ``running_measures``) splits cleanly into earlier figures (the old ends of from-tos, a
    first toll) and current ones ("up from four", "contre 4", "secondo il primo bilancio
    ... 4" against another version's current toll of 7): two moments of one toll, not a
    slip of one figure."""
    running = ctx.lexicon.running_measures if ctx.lexicon is not None else frozenset()
    if not any(c.measure in running for c in majority + outliers):
        return False
    claims_of = ctx.claims

    def first_toll(c: Claim) -> bool:
        return FIRST_TOLL in (c.period or "").split(",")

    def earlier(c: Claim) -> bool:
        # its own frame says so, or its version tells the same figure of the same measure
        # as its first toll (a headline's "4 morti" over the body's first toll of 4)
        return c.role == "old" or first_toll(c) or any(
            o.measure == c.measure and o.value == c.value and o.role != "old" and first_toll(o)
            for o in claims_of.get(c.doc, ()))

    def olds(cs):
        return {earlier(c) for c in cs}
    return len(olds(majority)) == 1 and len(olds(outliers)) == 1 and \
        olds(majority) != olds(outliers)


def _floor(ctx: StoryContext, good: Claim, bad: Claim, majority_docs: set) -> float:
    """The confidence from which a typical slip of the majority's figure is a warning:
    lower when three versions or more agree on the figure and nothing in the two frames
    tells them apart (two measures the lexicon does not relate, two entities)."""
    if len(majority_docs) < _MANY or (good.entity and bad.entity and good.entity != bad.entity):
        return _SLIP_FLOOR
    lexicon = ctx.lexicon
    if good.measure and bad.measure and good.measure != bad.measure and not (
            lexicon is not None and lexicon.related(good.measure, bad.measure)):
        return _SLIP_FLOOR
    return _SLIP_FLOOR_MANY


def _loose(good: Claim, bad: Claim) -> bool:
    """Figures that unrelated quantities of one story share a look with: two percentages
    (a sector's growth and its industry's, this year's share and last year's), or two
    approximations or bounds ("quasi 70.000" against "plus de 87 000"). Apart by no typical
    slip and on clues that are not sure, they are likelier two quantities than one."""
    return (good.kind == "percent" and bad.kind == "percent") or \
        (good.qualifier != "exact" and bad.qualifier != "exact")


def _uncorroborated(ctx: StoryContext, majority_docs: set, pattern: str | None, good: Claim,
                    bad: Claim, confidence: float, two: bool = False) -> bool:
    """In a story of three versions or more, no two versions agree on the row's figure,
    and the two figures are a digit apart (one changed, or two swapped) in a figure of one
    or two significant digits: a figure the other versions leave untold rests on its frames
    alone, and two quantities that share a frame ("people", "growth") are often that close
    by chance (one version's background figure met by another's). Two versions can
    confirm nothing more than each other: there the rule does not apply; nor where both
    figures are told of one entity (cod, wheat) and the row's evidence is more than one
    clue (:func:`_one_entity`)."""
    return len(ctx.story.docs) >= 3 and len(majority_docs) < 2 and \
        pattern in _DIGIT_SLIPS and min(_significant(good.value), _significant(bad.value)) < 3 \
        and not _one_entity(good, bad, confidence) and not _told_alike(ctx, pattern, good, bad,
                                                                       confidence, two)


def _told_alike(ctx: StoryContext, pattern: str | None, good: Claim, bad: Claim,
                confidence: float, two: bool) -> bool:
    """What answers the doubt that two short figures are two quantities met by chance (a
    figure no second version confirms): two
    digits swapped in a row of ``two`` figures whose confidence is more than one clue's (a
    swap is some ten times rarer by chance than one digit changed: 35 % against 53 %, 6800
    against 8600; not among three figures or more, where digits recur: 8,640, 6 840 and
    4.860 people of three outlets' backgrounds, :func:`_telling_digits`);
    or, in figures of two significant digits or more (those of one digit recur by chance),
    the same digits a power of ten apart ("62万" against "6.2 million") or the two figures
    told in parallel sentences
    (:func:`_partners_shared`). Nothing answers it for a figure of a paragraph of its own
    background: an outlet's sentence on another event is often built like the story's, with
    figures of its own ("190 mm in 24 hours" against "140 mm in 24 hours"; "4.800 millones
    de euros" against "8,4 mil milhões"; "约620米" against "62 kilómetros": tried, each a
    distractor flag more, the power of ten three on the tuned set alone)."""
    if two and pattern == "swapped digits" and confidence >= _ONE_ENTITY:
        return True
    return min(_significant(good.value), _significant(bad.value)) >= 2 and (
        pattern in _SHIFTS or _partners_shared(ctx, good, bad))


def _partners_shared(ctx: StoryContext, good: Claim, bad: Claim) -> bool:
    """A figure of the majority's sentence and a figure of the outlier's sentence stand in
    one row of another quantity: the two sentences tell the same things ("6.800
    trabajadores y 1,2 millones de toneladas" against "8600 Beschäftigten ... 1,2 Millionen
    Tonnen"), so the two figures in them are one quantity told twice, not two quantities
    that share a frame by chance."""
    rows = ctx.rows_of
    own = set(rows.get((good.doc, good.start), ())) | set(rows.get((bad.doc, bad.start), ()))

    def partners(c: Claim) -> set:
        found = set()
        for o in ctx.claims.get(c.doc, ()):
            if o.sentence_start == c.sentence_start and o.start != c.start:
                found.update(rows.get((o.doc, o.start), ()))
        return found - own
    return bool(partners(good) & partners(bad))


def _one_entity(good: Claim, bad: Claim, confidence: float) -> bool:
    """Both figures told of one entity (the frame's "cod", "wheat": a named thing, not a
    generic frame such as "people" or "growth"), in a row whose confidence is more than
    one clue's: the entity says which of the story's figures both are, as a measure word
    would. Not on the entity alone: a weak row of one entity ("31%" of steel against a
    "35%" steel price, confidence 0.52) met two quantities of it (tried: one false flag on
    devset15; from _ONE_ENTITY none on the 23 sets)."""
    return bool(good.entity) and good.entity == bad.entity and confidence >= _ONE_ENTITY


def _corroborated(claims: list[Claim], groups: list[int]) -> bool:
    """Two versions or more agree on one of the row's figures."""
    docs: dict[int, set] = {}
    for c, g in zip(claims, groups):
        if g >= 0:
            docs.setdefault(g, set()).add(c.doc)
    return any(len(d) >= 2 for d in docs.values())


def _off_story(ctx: StoryContext, claims: list[Claim], groups: list[int], good: Claim,
               bad: Claim) -> bool:
    """No two versions agree on the row's figure, and one of the two figures compared stands
    in a paragraph that tells nothing the other versions tell (:mod:`~.stories.paragraphs`):
    a figure of one outlet's background, met by another's on a generic frame ("deaths",
    "growth"), is likelier than a slip of a figure the story holds."""
    if _corroborated(claims, groups):
        return False
    return not (ctx.paragraphs.tells_story(good) and ctx.paragraphs.tells_story(bad))


def _unlinked(ctx: StoryContext, claims: list[Claim], groups: list[int],
              pattern: str | None) -> bool:
    """In a story of three versions or more, versions that each tell the row's quantity
    alone, with figures no typical slip links ("Rs 2,900 a quintal" in one, "Rs 2,425" in
    another; 25 crew against 211 aboard): no second version says which figure the story
    holds, and nothing in the figures says that one was written for the other, so the frame
    alone would make the flag. Frames match often enough between two quantities of one
    story (two prices of one grain, two counts of people) that this is likelier than a
    disagreement. A story of two versions has no third to confirm either figure: there the
    rule does not apply (an English release and its Chinese report disagree as they are)."""
    return pattern is None and len(ctx.story.docs) >= 3 and \
        len({c.doc for c in claims}) >= 2 and not _corroborated(claims, groups)


def _telling_digits(pattern: str | None, good: Claim, bad: Claim, two: bool) -> bool:
    """A slip that chance rarely makes between two quantities: a scale word's false friend
    or a dropped 万/亿, or the same three significant digits or more a power of ten apart;
    or, in a row of ``two`` figures only, with two of them swapped (412 and 142, 39.8 % and
    93.8 %: two unrelated figures of three digits meet as a swap about as rarely as a
    shift). Not a swap in a row of three figures or more that no two versions share, a row
    of several quantities where digits recur (8,640, 6 840 and 4.860 people of three
    outlets' backgrounds); nor a wrong digit among three, some ten times commoner by chance
    (tried: three false flags back on devsets 15, 19, 20)."""
    return pattern in _SCALE_WORDS or (
        (pattern in _SHIFTS or (two and pattern == "swapped digits"))
        and min(_significant(good.value), _significant(bad.value)) >= 3)


_RISES, _FALLS = frozenset(("growth",)), frozenset(("decline", "drop"))


def _opposite(good: Claim, bad: Claim) -> bool:
    """Two rates of change whose versions both name a direction, and opposite ones ("el
    jurel sube un 12 %" beside "la sole recule de 13 %"): two changes, not one figure gone
    wrong, however close their sizes (a sign slip alone leaves the sizes equal)."""
    return (good.role in _RISES and bad.role in _FALLS) or \
        (good.role in _FALLS and bad.role in _RISES)


def _told_elsewhere(bad: Claim, group: Group, ctx: StoryContext) -> bool:
    """Another version tells ``bad``'s figure in another row of the story: the figure is
    likelier that quantity's, placed in this row by a frame misread (a quarter's growth
    read as the next quarter's), than a slip of this one."""
    mine = {(c.doc, c.start) for c in group.claims}
    for row in ctx.alignments:
        if any((c.doc, c.start) in mine for c in row.claims):
            continue
        for c in row.claims:
            if c.doc != bad.doc and c.unit == bad.unit and c.kind == bad.kind \
                    and c.low <= bad.high and bad.low <= c.high:
                return True
    return False


def _named_alike(ctx: StoryContext, bad: Claim, majority: list[Claim]) -> bool:
    """A proper name (a region, a company, a club) written just beside the outlier's
    figure and beside a majority figure of another version ("Rio de Janeiro (620 mil)"
    against "Rio de Janeiro followed with 720,000"): the name says which quantity both
    figures are, where the frame alone cannot in a story that tells one measure for many
    places. A name is a capitalised word the document never writes in lower case,
    not one the lexicon calls generic (a country every story shares) or the page's
    furniture; in a language that capitalises every noun it counts only when the other
    version, in a language that does not, writes it too."""
    from ...extraction.language import LanguageError, get_language
    from ...stories.own_names import one_spelling
    from ...stories.mentions import names_beside

    lexicon = ctx.lexicon
    texts = ctx.texts

    def names(c: Claim) -> frozenset:
        found = names_beside(c, texts.get(c.doc, ""), ctx.names.lower(c.doc))
        if lexicon is not None:
            found = one_spelling(found, lexicon)
        return frozenset(n for n in found if lexicon is None or (
            n not in lexicon.generic and n not in lexicon.boilerplate))

    def nouns_capitalised(c: Claim) -> bool:
        try:
            return bool(get_language(c.lang).raw.get("names", {}).get("nouns_capitalized"))
        except LanguageError:   # a language not installed: no name is read as a noun
            return False

    mine = names(bad)
    if not mine:
        return False
    for c in majority[:_ALTERNATIVES * 2]:
        if c.doc == bad.doc or (nouns_capitalised(c) and nouns_capitalised(bad)):
            continue
        if mine & names(c):
            return True
    return False


def _named_apart(ctx: StoryContext, bad: Claim, majority: list[Claim]) -> tuple | None:
    """(the outlier's name, a majority figure's name) when the two figures of two versions
    are told of different names of one kind that the versions tell apart
    (stories.own_names.named_apart); None when a majority figure shares a name with the
    outlier, or none is told of a name."""
    from ...stories.own_names import named_apart

    index = ctx.names
    mine = index.own(bad)
    if not mine:
        return None
    found = None
    for c in majority[:_ALTERNATIVES * 2]:
        if c.doc == bad.doc:
            continue
        theirs = index.own(c)
        if mine & theirs:
            return None
        found = found or named_apart(index, bad, c)
    return found


def _told_both(ctx: StoryContext, claims: list[Claim], groups: list[int], bad: Claim) -> str:
    """A version that tells the outlier's figure and the majority's, both in its body, when
    another version tells the outlier's figure too: the document that holds both as two
    figures ("273 medals for China, 203 for Japan") says they are two quantities, not one
    figure and its slip (a headline against its body may be a slip, and is left to the
    other rules). The document's id, or ""."""
    at = next((i for i, c in enumerate(claims) if c is bad), None)
    if at is None or groups[at] == 0:
        return ""
    mine = [c for c, g in zip(claims, groups) if g == groups[at]]
    if len({c.doc for c in mine}) < 2:
        return ""
    texts = ctx.texts
    body = {c.doc for c in mine if not _in_lead(c, texts.get(c.doc, ""))}
    for c, g in zip(claims, groups):
        if g == 0 and c.doc in body and not _in_lead(c, texts.get(c.doc, "")):
            return c.doc
    return ""


def _majority_tells(ctx: StoryContext, group: Group, majority_docs: set, groups: list[int],
                    bad: Claim) -> str:
    """A version of a majority of two versions or more that tells the outlier's very figure
    (three significant digits or more, the same unit) outside the row, when the row has one
    outlier figure: that version holds both figures as two quantities ("74 300 entrées" and
    "52 600 billets"), so the outlier is likelier its other quantity, placed in this row by
    a frame misread, than a slip that happens to write a figure the story holds. Not for
    percentages, whose figures recur by chance in a story that gives many (a share of
    41.2 % swapped to 14.2 % meets another version's 14.2 % fall of profit); nor against a
    majority of one version, which may be the one that slipped while its headline tells
    the figure right. The document's id, or ""."""
    if len(majority_docs) < 2 or bad.kind == "percent" or _significant(bad.value) < 3 \
            or len({g for g in groups if g > 0}) != 1:
        return ""
    mine = {(c.doc, c.start) for c in group.claims}
    for c in ctx.figures.get((bad.unit, bad.kind, bad.value), ()):
        if c.doc in majority_docs and c.doc != bad.doc and (c.doc, c.start) not in mine:
            return c.doc
    return ""


def _digit_elsewhere(ctx: StoryContext, group: Group, majority_docs: set, groups: list[int],
                     pattern: str | None, good: Claim, bad: Claim) -> str:
    """One digit changed between two figures, and the outlier's version writes the
    majority's very figure too, in its body, outside the row: a version that holds both
    figures tells two quantities (a series of one measure for many places or categories:
    45 gold medals for one country, 47 for another; 91,4 % of one exam, 91,8 % of another),
    and a figure one digit off another of the story is common by chance in such a series.
    Only for a wrong digit, the slip that chance makes most often between unrelated
    figures; not when either figure stands in a headline or lead, which may contradict its
    own body; nor in a row of several outlier figures, whose majority is no witness; nor for
    a figure of one significant digit (a story's 4 % of one thing and 4 % of another are
    common); and not when a majority version writes the outlier's figure elsewhere (tried:
    a slip of 2.9 % to 3.9 % met the story's other 3.9 % by chance, and planted slips were
    lost). The version's id, or ""."""
    texts = ctx.texts
    if pattern != "wrong digit" or _in_lead(bad, texts.get(bad.doc, "")) \
            or min(_significant(good.value), _significant(bad.value)) < 2 \
            or len({g for g in groups if g > 0}) != 1:
        return ""
    mine = {(c.doc, c.start) for c in group.claims}

    def body(c: Claim) -> bool:
        return (c.doc, c.start) not in mine and not _in_lead(c, texts.get(c.doc, ""))
    for c in ctx.figures.get((good.unit, good.kind, good.value), ()):
        if c.doc == bad.doc and body(c):
            return c.doc
    return ""


def _named_alone(ctx: StoryContext, pattern: str | None, bad: Claim,
                 majority_docs: set) -> str:
    """A city or a region the lexicon knows, written beside the outlier's figure, that no
    version of the majority writes anywhere, when the two figures are a wrong digit apart:
    the outlier's version tells the figure of a place the others do not speak of (Madrid's
    rents in a story of Spain's, one region's losses in a story of the country's), and one
    digit apart is common by chance between such figures. Not a country: beside a figure
    it is often only its subject's nationality (an Australian swimmer's time, "users in
    India out of 2.3 million"), which a version may write as an adjective the names do
    not read. The place, or ""."""
    if pattern != "wrong digit":
        return ""
    index = ctx.names
    others = [d for d in majority_docs if d != bad.doc]
    if not others:
        return ""
    for name in sorted(index.own(bad)):
        if index.place(name) and not index.kind(name) \
                and not any(name in index.writes(d) for d in others):
            return name
    return ""


def _short(doc: str) -> str:
    return PurePath(doc).name or doc


def _who(claims: list[Claim], many: int = 4, shared: frozenset = frozenset()) -> str:
    """The versions of a group: "es", "en, fr, zh", "en ×12, fr"; a group of one or two
    documents whose language other groups share is named by its documents ("outlet7")."""
    langs = Counter(c.lang for c in {c.doc: c for c in claims}.values())
    docs = list(dict.fromkeys(c.doc for c in claims))
    if len(docs) <= 2 and (sum(langs.values()) > len(langs) or set(langs) & shared):
        return ", ".join(_short(d) for d in docs)
    parts = [f"{lang} ×{n}" if n > 1 else lang for lang, n in langs.most_common()]
    return ", ".join(parts[:many]) + (f" and {len(parts) - many} more" if len(parts) > many else "")


def _representative(members: list[int], claims: list[Claim]) -> int:
    """The most precise mention: exact before qualified, narrowest interval first."""
    def width(i):
        s = interval(claims[i])
        return s.high - s.low if s.high.is_finite() and s.low.is_finite() else None

    return min(members, key=lambda i: (claims[i].qualifier != "exact",
                                       width(i) is None, width(i) or 0, i))


def _in_lead(c: Claim, text: str) -> bool:
    return c.sentence_start == 0 or (len(text) > 0 and c.start <= _LEAD * len(text))


@dataclass(frozen=True)
class Agree:
    selector: Selector
    pairing: str
    tolerance: Tolerance
    min_confidence: float

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        order = {d: i for i, d in enumerate(ctx.story.docs)}
        groups = groups_for(ctx, self.selector, self.pairing)
        for group in groups:
            self._check_group(emit, ctx, group, order)
        if self.pairing == "aligned":
            _updates(emit, ctx, self.selector)
            _conversion_rates(emit, ctx, self.selector)

    def _severity(self, emit: Emitter, confidence: float) -> str:
        if confidence < _WEAK:
            return "info"
        if confidence < self.min_confidence and emit.rule.severity == "error":
            return "warning"
        return emit.rule.severity

    def _check_group(self, emit: Emitter, ctx: StoryContext, group: Group, order) -> None:
        from ...stories.compare import compare

        claims = list(group.claims)
        confidences = list(group.confidences or (1.0,) * len(claims))
        verdict = judge(claims, order, confidences)
        groups = list(verdict.groups)
        rep = verdict.majority
        sized = size_of if verdict.magnitude else (lambda c: c)
        # a difference within the tolerance is an agreement
        for i in verdict.outliers:
            cmp = compare(sized(claims[rep]), sized(claims[i]))
            if self.tolerance.allows(cmp.abs_diff, cmp.rel_diff):
                groups[i] = 0
        # a provisional count beside the final one that revised it is an update, not compared
        revised = _revised(ctx, claims, groups, rep, sized)
        for i in revised:
            groups[i] = -1
        # an amount in another currency than the row's is compared by the rate it implies:
        # a scale slip no rate the currencies' bands allow explains (stories.cross_currency)
        cross = _cross_currency(claims, groups, rep, ctx)
        for i in cross:
            groups[i] = max(groups) + 1
        outliers = [i for i, g in enumerate(groups) if g > 0]
        ranked = sorted(range(len(claims)), key=lambda i: (groups[i] < 0, groups[i], i != rep,
                                                           order.get(claims[i].doc, 0),
                                                           claims[i].start))
        ordered = tuple(claims[i] for i in ranked)
        shown_groups = tuple(groups[i] for i in ranked)
        position = {i: k for k, i in enumerate(ranked)}
        if not outliers and revised:
            _emit_revised(emit, ctx, group, claims[rep], [claims[i] for i in revised],
                          ordered, shown_groups)
            return
        if not outliers:
            compared = [c for c, g in zip(claims, groups) if g == 0]
            versions = len({c.doc for c in compared})
            aside = len(claims) - len(compared)
            explanation = (f"{versions} version{'s' if versions != 1 else ''} "
                           f"{'agree' if versions != 1 else 'agrees with itself'} "
                           f"({len(compared)} mention{'s' if len(compared) != 1 else ''})")
            if aside:
                explanation += (f"; {aside} mention{'s' if aside != 1 else ''} in another "
                                f"currency or unit, or reference values, not compared")
            emit.emit(passed=True, claims=ordered, groups=shown_groups,
                      confidence=group.confidence, label=group.label,
                      reason=f"paired because: {group.reason}" if group.reason else "",
                      explanation=explanation,
                      tolerance=self.tolerance.describe())
            return
        bridges = [i for i in verdict.bridges if groups[i] == 0]
        # outliers only because an approximation of three digits or more is read narrowly
        loose = loose_outliers(claims, order, confidences)
        narrow = frozenset() if loose is None else frozenset(
            i for i in outliers if i not in loose and i not in cross)
        self._emit_disagreement(emit, ctx, group, claims, groups, confidences, rep, outliers,
                                ordered, shown_groups, bridges,
                                tuple(sorted(position[i] for i in bridges)),
                                {(claims[i].doc, claims[i].start): o for i, o in cross.items()},
                                narrow, sized)

    def _emit_disagreement(self, emit, ctx, group, claims, groups, confidences, rep,
                           outliers, ordered, shown_groups, bridges, shown_bridges,
                           cross, narrow=frozenset(), sized=lambda c: c) -> None:
        from ...stories.compare import compare
        from ...stories.entity_apart import other_entity
        from ...stories.told_apart import cell_apart, compared_aside, told_together

        good = claims[rep]
        by_group: dict[int, list[int]] = {}
        for i in outliers:
            by_group.setdefault(groups[i], []).append(i)
        text = ctx.texts

        # the majority's mentions a slip is sought against: its representative first, then
        # its other statements (not the bounds that agree with the outliers too), those with
        # the outlier's own qualifier first ("más de 43.00" is a slip of "more than 4,300",
        # not of "quelque 4 000")
        bridged = set(bridges)
        stated: dict[tuple, int] = {}
        for i, g in enumerate(groups):
            if g == 0 and i != rep and i not in bridged:
                stated.setdefault((claims[i].qualifier, claims[i].value), i)
        alternatives = list(stated.values())

        def against(g: Claim, bad: Claim):
            # a row of rates of change compares their sizes: "fell 1.5%" against "-1,3 %"
            g, bad = sized(g), sized(bad)
            a, b = (in_points(g), in_points(bad)) if g.unit != bad.unit else (g, bad)
            return a, b, slip(a, b, g.doc == bad.doc, _in_lead(bad, text.get(bad.doc, "")))

        def named(bad: Claim):
            """An outlier, both sides in points where one is in basis points, the slip, and
            the majority's mention it is a slip of."""
            off = cross.get((bad.doc, bad.start))
            if off is not None:
                return bad, good, bad, off.pattern, good
            a, b, found = against(good, bad)
            if found:
                return bad, a, b, found, good
            for i in sorted(alternatives, key=lambda i: claims[i].qualifier != bad.qualifier
                            )[:_ALTERNATIVES]:
                x, y, other = against(claims[i], bad)
                if other in _BY_VALUE:
                    return bad, x, y, other, claims[i]
            return bad, a, b, None, good

        # the outlier shown: the surest group's representative, or else an outlier a
        # typical slip away from the majority
        ranked = sorted(outliers, key=lambda i: (confidences[i], -groups[i]), reverse=True)
        first = named(claims[_representative(by_group[groups[ranked[0]]], claims)])
        bad, a, b, pattern, good = first if first[3] else next(
            (x for x in (named(claims[i]) for i in ranked[:8]) if x[3]), first)
        cmp = compare(a, b)
        # both sides must be surely the row's quantity: the outlier, and the majority (its
        # best-attested mention: one version that names the measure vouches for the figure
        # the others write without it)
        majority_best = max((confidences[i] for i, g in enumerate(groups) if g == 0),
                            default=confidences[rep])
        confidence = min(max(confidences[i] for i in outliers), majority_best)
        majority_docs = {claims[i].doc for i, g in enumerate(groups) if g == 0}
        if pattern in _TELLING and (len(majority_docs) >= 2 or pattern not in _DIGIT_SLIPS
                                    or (max(_significant(good.value),
                                            _significant(bad.value)) >= 3
                                        and not _earlier_only(bad, good))) \
                and _floor(ctx, good, bad, majority_docs) <= confidence < _WEAK \
                and (pattern not in _DIGIT_SLIPS or _significant(good.value) >= 3
                     or (good.kind != "percent" and abs(good.value) >= 100)
                     or (len(majority_docs) >= _MANY and min(_significant(good.value),
                                                              _significant(bad.value)) >= 2
                         and not _told_elsewhere(bad, group, ctx))):
            # a figure that is a typical slip of the figure two or more versions agree on (or
            # a power of ten off the other version's, or three figures or more with two
            # swapped or one changed, or two figures against what three versions or more
            # agree on, unless the figure is another quantity's of the story) is itself a
            # clue that it stands for that figure: a warning, not a note
            confidence = _WEAK
        named = pattern in _TELLING and _named_alike(
            ctx, bad, [claims[i] for i, g in enumerate(groups) if g == 0])
        if named and confidence < _WEAK:
            # a place or a company named beside both figures says which quantity they are
            confidence = _WEAK
        agreeing = [claims[i] for i, g in enumerate(groups) if g == 0]
        apart = None if named else _named_apart(ctx, bad, agreeing) or other_entity(
            ctx.names, bad, agreeing[:_ALTERNATIVES * 2], claims)
        alone = "" if apart or named else _named_alone(ctx, pattern, bad, majority_docs)
        if apart or alone:
            # each figure beside a name of its own, and each version writing both names:
            # one measure of two places (two banks, two teams), not one figure gone wrong
            # (or a version that gives one's figure elsewhere: stories.entity_apart); or
            # the outlier beside a place the majority's versions never name
            confidence = min(confidence, _WEAK - 0.01)
        if _tally_grew(ctx, good, bad):
            # the outlier a running tally as it stood ("17日正午までに24万件", "so far") below
            # the figure the others tell: an update of a count that can only grow, noted only
            confidence = min(confidence, _WEAK - 0.01)
        both = _told_both(ctx, claims, groups, bad) or \
            _majority_tells(ctx, group, majority_docs, groups, bad) or \
            _digit_elsewhere(ctx, group, majority_docs, groups, pattern, good, bad)
        if both:
            # a version that tells both figures, each with another version beside it, tells
            # two quantities: the row has met them, not a slip of one
            confidence = min(confidence, _WEAK - 0.01)
        together = "" if both or len(by_group) != 1 else told_together(ctx.claims, good, bad)
        aside = not (both or together) and len(by_group) == 1 and \
            compared_aside(ctx.lexicon, bad, agreeing)
        cell = "" if both or together or aside else cell_apart(bad, agreeing, ctx.lexicon, text)
        if together or aside or cell:
            # a sentence of the outlier's version writes both figures as two (this year's
            # and last year's, one place's and another's), or one side is told for
            # comparison ("by comparison, a similar park in Shanghai..."), or a table cell
            # met a figure of its language whose version never writes the cell's row label
            # ("RSV 74" against "74 Länder"): two quantities, at most a note
            confidence = min(confidence, _WEAK - 0.01)
        off = cross.get((bad.doc, bad.start))
        distant = cmp.rel_diff is None or not cmp.rel_diff.is_finite() or cmp.rel_diff > _FAR
        far = pattern is None and (
            (confidence < self.min_confidence and (distant or _loose(good, bad)))
            or (confidence < _SURE and distant and len(by_group) == 1))
        if far or _two_moments([claims[i] for i, g in enumerate(groups) if g == 0],
                               [claims[i] for i in outliers], ctx) or (
                confidence < self.min_confidence and off is None and not named and
                _uncorroborated(ctx, majority_docs, pattern, good, bad, confidence,
                                len(by_group) == 1)):
            # figures far apart and no typical slip between them: on clues that are not
            # sure, two quantities are likelier than one figure gone that wrong; an old
            # value against a figure that is none is of another moment; and two short
            # figures a digit apart that no second version confirms are likelier two
            # quantities (one version's background figure met by another's)
            confidence = min(confidence, _WEAK - 0.01)
        if narrow and pattern not in _PERMUTED and (
                pattern in _LOOSE_SLIPS or any(claims[i] is bad for i in narrow)):
            # apart only because an approximation of three digits or more reaches a few units
            # of its last digit, and no swap of digits links them: two figures each rounded
            # (two quantities the row met) as likely as one figure gone wrong: a note; so is
            # another outlier of a row that this narrowing split, a digit or more apart from a
            # majority that is no longer the one every figure read loosely agrees on
            confidence = min(confidence, _WEAK - 0.01)
        unlinked = _unlinked(ctx, claims, groups, pattern)
        if unlinked:
            # two versions alone, two figures no slip links: at most a note
            confidence = min(confidence, _WEAK - 0.01)
        if _opposite(good, bad):
            # a rise beside a fall of another size: two changes, at most a note
            confidence = min(confidence, _WEAK - 0.01)
        background = off is None and not named and \
            not _telling_digits(pattern, good, bad, len(by_group) == 1) and \
            _off_story(ctx, claims, groups, good, bad)
        if background:
            # no second version confirms either figure, and one stands in a paragraph of its
            # own background: at most a note
            confidence = min(confidence, _WEAK - 0.01)
        severity = self._severity(emit, confidence)
        majority = [claims[i] for i, g in enumerate(groups) if g == 0 and i not in bridges]
        majority_langs = frozenset(c.lang for c in majority)
        parts = [f"{_who([claims[i] for i in members], shared=majority_langs)}: "
                 f"{claims[_representative(members, claims)].text}"
                 for _, members in sorted(by_group.items())]
        parts.append(f"{_who(majority or [good])}: {good.text}")
        if bridges:
            shown = ", ".join(dict.fromkeys(claims[i].text for i in bridges))
            parts.append(f"consistent with both: {shown} ({_who([claims[i] for i in bridges])})")
        detail = "; ".join(parts)
        if cmp.abs_diff is not None and cmp.abs_diff.is_finite():
            unit = a.unit or b.unit
            detail += f" (a difference of {quantity(cmp.abs_diff, unit, good.kind)}"
            if cmp.rel_diff is not None and cmp.rel_diff.is_finite():
                from ...stories.compare import format_percent

                detail += f", {format_percent(cmp.rel_diff)}"
            detail += ")"
        if off is not None:
            detail += (f" ({bad.text} is {_rate_text(off.rate)} {good.unit} per {bad.unit}, "
                       f"where the two currencies' values allow {_rate_text(off.low)} to "
                       f"{_rate_text(off.high)})")
        if pattern:
            detail += f"; likely {pattern}"
        if severity == "info":
            detail = f"{NOT_COMPARED}: {detail}"
        reason = group.reason or ""
        if background or unlinked:
            why = _BACKGROUND if background else _UNLINKED
            reason = f"{DIFFERENT_THINGS}: {why}" + (f" ({reason})" if reason else "")
        why = (f"told of different names ({apart[0]}, {apart[1]})" if apart else
               f"told of {alone}, which the other versions do not name" if alone else
               f"{_short(both)} tells both figures" if both else
               f"{_short(together)} tells both figures in one sentence" if together else
               "one figure is told for comparison" if aside else
               f"a table cell of '{cell}', which the other figures' sentences do not name"
               if cell else None)
        if why:
            reason = f"{DIFFERENT_THINGS}: {why}" + (f" ({reason})" if reason else "")
        if confidence < self.min_confidence and severity != "info":
            reason = f"{DIFFERENT_THINGS}: the outlier's identity rests on few clues" + (
                f" ({reason})" if reason else "")
        emit.emit(passed=False, claims=ordered, groups=shown_groups, bridges=shown_bridges,
                  severity=severity,
                  pattern=pattern, abs_diff=cmp.abs_diff, rel_diff=cmp.rel_diff,
                  unit=good.unit or bad.unit, kind=good.kind, confidence=confidence,
                  reason=reason, explanation=detail, label=group.label,
                  expected=quantity(good.value, good.unit, good.kind),
                  actual=quantity(bad.value, bad.unit, bad.kind),
                  tolerance=self.tolerance.describe())


def _cross_currency(claims: list[Claim], groups: list[int], rep: int,
                    ctx: StoryContext) -> dict:
    """{index: OffBand} of the mentions in another currency than the majority's (not
    compared by value) whose implied rate only a scale slip explains; not a conversion in
    brackets, which its rate judges more closely (:func:`_conversion_rates`)."""
    from ...stories.cross_currency import off_band
    from ...stories.currency_bands import default_bands

    good = claims[rep]
    if good.kind != "money" or not any(g == -1 for g in groups):
        return {}
    bracketed = ctx.bracketed
    out = {}
    for i, c in enumerate(claims):
        if groups[i] == -1 and c.kind == "money" and c.unit != good.unit \
                and (c.doc, c.start) not in bracketed:
            found = off_band(good, c, default_bands())
            if found is not None and found.pattern in _BY_VALUE - _DIGIT_SLIPS:
                out[i] = found
    return out


def _revised(ctx: StoryContext, claims: list[Claim], groups: list[int], rep: int,
             sized) -> list[int]:
    """The outliers of a row told as a provisional count where every majority mention is told
    as a final one, or as a final count where they all tell a provisional one, each a revision's
    size from the majority's figure (stories/revisions.py): updates ("selon le bilan
    provisoire ... a baissé de 1,5 %" against the final "-1,3 %"), not disagreements."""
    from ...stories.revisions import FINAL, PROVISIONAL, is_revision, report_status

    texts = ctx.texts

    def status(c: Claim) -> str | None:
        return report_status(c, texts.get(c.doc, ""))

    outliers = [i for i, g in enumerate(groups) if g > 0]
    if not outliers:
        return []
    # every mention of the majority says which count it is, and all say the same: a version
    # that does not say may tell either count (a provisional report's one word does not
    # make its every figure a revision of the final one a single version tells)
    told = {status(c) for c, g in zip(claims, groups) if g == 0}
    if len(told) != 1 or None in told:
        return []
    other = FINAL if told == {PROVISIONAL} else PROVISIONAL
    good = sized(claims[rep])
    return [i for i in outliers if status(claims[i]) == other and
            is_revision(good, sized(claims[i]))]


def _emit_revised(emit: Emitter, ctx: StoryContext, group: Group, good: Claim,
                  revised: list[Claim], ordered, shown_groups) -> None:
    """A row whose only outliers are the provisional (or final) counts of the others'
    figure: an update, reported as info ("provisional 1,5 % → final -1,3 %")."""
    from ...stories.revisions import PROVISIONAL, report_status

    status = {id(c): report_status(c, ctx.texts.get(c.doc, "")) for c in [good, *revised]}

    def told(c: Claim) -> str:
        return f"{status[id(c)] or ''} {c.text} ({PurePath(c.doc).name})".strip()

    earlier = [c for c in revised if status[id(c)] == PROVISIONAL]
    later = [c for c in revised if status[id(c)] != PROVISIONAL]
    shown = [told(c) for c in earlier] + [told(good)] + [told(c) for c in later]
    label = group.label
    text = f"{label}: updated figure: " + " → ".join(shown)
    emit.emit(passed=False, claims=ordered, groups=shown_groups, severity="info",
              confidence=group.confidence, label=label,
              reason="a provisional count and the final one: an update, not a disagreement",
              explanation=text, message=text)


def _updates(emit: Emitter, ctx: StoryContext, selector: Selector) -> None:
    """The same measure at two dates in two versions (forest cover 71 % in a 2019 article,
    73 % in a 2024 one) is an update, reported as info, not a disagreement."""
    from ...extraction.frames import period_tokens
    from ...stories.mentions import ROLE_FAMILY, alignable

    by_key: dict[tuple, dict[str, list[Claim]]] = {}
    for doc in ctx.story.docs:
        for c in ctx.claims.get(doc, ()):
            if not (alignable(c) and c.measure and c.role != "old"
                    and selector.matches(c, ctx)):
                continue
            tokens = period_tokens(c.period)
            year = tokens.get("year", "")
            if not year.isdigit():
                continue
            key = (c.measure, c.entity, ROLE_FAMILY.get(c.role, "level"), c.unit,
                   tokens.get("part", ""), tokens.get("basis", ""))
            by_key.setdefault(key, {}).setdefault(year, []).append(c)
    for key, by_year in by_key.items():
        if len(by_year) < 2:
            continue
        docs = [{c.doc for c in claims} for claims in by_year.values()]
        if any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
            continue  # one document giving two years is a series, not an update
        years = sorted(by_year)
        firsts = [by_year[y][0] for y in years]
        if all(a.low <= b.high and b.low <= a.high for a, b in zip(firsts, firsts[1:])):
            continue  # unchanged: nothing to tell
        shown = [f"{by_year[y][0].text} ({y})" for y in years]
        label = f"{key[0].replace('_', ' ')}{', ' + key[1].replace('_', ' ') if key[1] else ''}"
        claims = tuple(c for y in years for c in by_year[y])
        text = f"{label}: updated figure: " + " → ".join(shown)
        emit.emit(passed=False, claims=claims, severity="info", label=label,
                  reason="the same measure at different dates: an update, not a disagreement",
                  explanation=text, message=text)


def compile(params: dict) -> Agree:
    """Compile an ``agree`` rule's parameters (validated by the loader)."""
    return Agree(rule_selector(params), params["pairing"], params["tolerance"],
                 params["min_confidence"])


def _conversion_rates(emit: Emitter, ctx: StoryContext, selector: Selector) -> None:
    """A bracketed conversion whose rate disagrees with the rate the story states for its
    currency pair ("($1 = 0.9280 euros)", ``stories.stated_rates``) or else with the rate
    that the story's other conversions of the pair agree on (``stories.rates``): a warning
    holding the
    amount, its conversion and the conversions that agree, unless a flag already holds
    the amount or the conversion (the row's own finding names the slip then)."""
    from decimal import localcontext

    from ...stories.currency_bands import default_bands, story_years
    from ...stories.rates import band_outliers, rate_outliers

    flagged = {(c.doc, c.start) for f in emit.findings
               if not f.passed and f.severity != "info" for c in f.claims}

    def fresh(a: Claim, b: Claim) -> bool:
        return (a.doc, a.start) not in flagged and (b.doc, b.start) not in flagged \
            and selector.matches(a, ctx) and selector.matches(b, ctx)

    conversions = ctx.conversions
    for conv, agreeing in rate_outliers(conversions, ctx.stated_rates if conversions else ()):
        a, b = conv.amount, conv.converted
        if not fresh(a, b):
            continue
        flagged.add((b.doc, b.start))
        with localcontext() as dec:
            dec.prec = 28
            rate = agreeing[0].rate if conv.currency == conv.pair[0] else 1 / agreeing[0].rate
            expected = a.value * rate
        # the amount at the story's rate is an approximation: a power of ten off it is read
        # loosely, as for "about" (a scale word slipped in the conversion)
        shown = replace(b, value=expected, low=expected, high=expected, qualifier="about")
        pattern = slip(shown, b)
        if pattern not in _BY_VALUE:
            pattern = None
        per = f"{_rate_text(rate)} {b.unit} per {conv.currency}"
        if agreeing[0].stated:
            told = agreeing[0]
            whose = (f"the rate {_short(told.amount.doc)} states, "
                     f"{told.amount.text.strip()} = {told.converted.text}")
        else:
            others = "; ".join(f"{c.amount.text} ({c.converted.text})" for c in agreeing[:3])
            whose = (f"the rate of the story's other conversion"
                     f"{'s' if len(agreeing) > 1 else ''}, about {per}: {others}")
        text = (f"conversion: {a.text} ({b.text}) in {_short(a.doc)} is not at {whose}; "
                f"at that rate "
                f"{a.text} is about {quantity(expected, b.unit, 'money')}"
                + (f"; likely {pattern}" if pattern else ""))
        claims = (a, b) + tuple(c for d in agreeing[:3] for c in (d.amount, d.converted))
        _conversion_warning(emit, claims, pattern, expected, text,
                            "the rate of a conversion in brackets against the rate the story "
                            "states" if agreeing[0].stated else
                            "the rate of a conversion in brackets against the story's other "
                            "conversions of the same currencies")
    bands = default_bands().for_years(story_years(ctx.claims)) if conversions else None
    for conv, lo, hi in band_outliers(conversions, bands) if bands else ():
        if fresh(conv.amount, conv.converted):
            _off_band(emit, conv, lo, hi, bands)


def _off_band(emit: Emitter, conv, lo, hi, bands) -> None:
    """A conversion whose rate is outside what its currencies' bands allow."""
    from decimal import localcontext

    from ...stories.rates import band_power

    a, b = conv.amount, conv.converted
    with localcontext() as dec:
        dec.prec = 28
        forward = conv.currency == conv.pair[0]
        rate = conv.rate if forward else 1 / conv.rate
        low, high = (lo, hi) if forward else (1 / hi, 1 / lo)
        near = high if rate > high else low
        expected = a.value * near
    # a power of ten that brings the rate inside the bands names the slip
    k = band_power(rate, rate, low, high)
    pattern = slip(replace(b, value=b.value.scaleb(-k)), b) if k is not None else None
    if pattern not in _BY_VALUE - _DIGIT_SLIPS:
        pattern = None
    spread = _rate_text((bands.margin - 1) * 100)
    text = (f"conversion: {a.text} ({b.text}) in {_short(a.doc)} is {_rate_text(rate)} "
            f"{b.unit} per {conv.currency}, where the two currencies' values "
            f"{bands.years_text()} allow {_rate_text(low)} to {_rate_text(high)} (their range, "
            f"{spread} % more either way); at "
            f"{_rate_text(near)}, {a.text} is about {quantity(expected, b.unit, 'money')}"
            + (f"; likely {pattern}" if pattern else ""))
    _conversion_warning(emit, (a, b), pattern, expected, text,
                        "the rate of a conversion in brackets against the range its "
                        "currencies' values kept (rules/currency_bands.yaml)")


def _conversion_warning(emit: Emitter, claims, pattern, expected, text: str,
                        reason: str) -> None:
    """A warning on a bracketed conversion (claims[0] its amount, claims[1] the converted
    figure) that is not at the rate it should be."""
    a, b = claims[0], claims[1]
    currency = (a.unit or "").split("/")[0]     # of a price per item, its numerator
    emit.emit(passed=False, claims=claims, severity="warning", pattern=pattern,
              unit=b.unit, kind="money", confidence=_WEAK, reason=reason,
              explanation=text, message=text, label=f"conversion {currency}/{b.unit}",
              expected=quantity(expected, b.unit, "money"),
              actual=quantity(b.value, b.unit, "money"))


def _rate_text(rate) -> str:
    """A rate with three significant digits: 0.655, 20.8, 0.0115."""
    from decimal import Decimal

    return format(Decimal(f"{rate:.3g}").normalize(), "f")
