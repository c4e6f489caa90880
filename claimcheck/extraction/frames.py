"""What each claim measures: its quantity frame, read from the words around it.

For every claim the frame records, as far as the text says: ``measure`` (a concept of the
lexicon: investment, revenue, growth ...), ``entity`` (whose: a sector, a segment, a
region), ``period`` (when: a year, a part of the year, a year earlier), ``role`` (a level,
a growth rate, a change in points, a share, the old or new end of a from-to) and ``scope``
(a total, a part, a phase). Every word comes from the lexicon (``rules/lexicon.yaml``),
found in one pass per sentence by :class:`~.cues.CueScanner`; nothing here names a
language.

How cues find their claim, in each sentence:

1. the sentence is cut into clauses at punctuation and at the lexicon's conjunctions
   ("and", "while", 而);
2. a cue goes to the nearest claim of its clause; a cue in a clause without a claim is
   context for the claims that follow it in the sentence ("上半年，..." , "In the first
   half, ..."); an "old value" marker ("up from", "compared with") goes only to the claim
   right after it;
3. a claim takes, slot by slot, its own cue, else the context, else what the claim before
   it in the sentence had (measure, entity and period carry over: "第一产业增加值1842.7亿元，
   同比增长3.6%": the growth is the primary sector's too); a year written as a date in the
   sentence is a period cue like "first half";
   a parenthesis is an aside: its words are context inside it and for the rest of the
   clause it closes in (a gloss: "operating profit (EBIT) rose 4%"), not beyond, and
   what its claims carry ends with it ("revenue of 14.6 billion (last year's for the
   target: 3.1 billion) and 41,000 staff": the staff are no last year's figure);
4. a relative year ("a year earlier", 上年同期) becomes an absolute one when the document
   names its own year often enough to tell;
5. a clock time ("16:00", "4 p.m.", "às 12h00", "16 Uhr") and the lexicon's words for one
   ("at noon", "à midi", 正午) are a period of the part class, T and the hour ("T12"): the
   turnout at noon and the turnout at 6 p.m. are one measure at two moments of a day. A
   clock time in digits binds only a claim of its own clause (an earthquake "struck at
   4:17 a.m.": the hour is the event's, not every figure's), and no moment of the day
   carries over to the next claim.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter
from dataclasses import dataclass

import regex

from ..records import MEASURED_AGAINST, Claim, fill_frame
from .cues import Cue
from .masks import clock_hours, digit_runs, matches_at
from .rates import numerator_kind
from .table_frames import HEADER_GAP, fiscal_years, header_cues

__all__ = ["assign_frames", "PERIOD_CLASSES", "period_tokens"]

# A role cue that marks the earlier value only binds the claim right after it.
_OLD_GAP = 4
# A reference word (a threshold, an average over years) binds a number this near it only.
_REF_GAP = 8
# the qualifiers of a bound: a mark named after one is the bound on the level
_BOUNDS = frozenset({"over", "under"})
# between a number and a reference word after it: spaces, or a noun glued by a hyphen
# ("100-case"), or no Latin word (100万人の大台)
_NOUN_GAP = regex.compile(r"\s*|-[\p{L}\p{M}]+\s*|[^\p{Latin}]*")
# A group word this near after a count is that count's noun ("4,800 children", 4800名儿童).
_GROUP_GAP = 3
# Period tokens fall in classes; two periods differ when one class has two values.
PERIOD_CLASSES = ("year", "part", "basis", "per", "tally")
# the tokens of the span a count is told per ("a day", 每天, "pro Woche": per_day, per_week;
# the lexicon's per_periods), class "per" (see _period for what it passes on); per_none marks words that hold such a phrase but
# tell no span counted per ("a day after", "am Tag der Wahl")
_PER, _PER_NONE = "per_", "per_none"
# the period a developing event's first or provisional toll is told of (lexicon ``periods``:
# "according to a first toll", "según el balance preliminar"; read by the aligner and checks)
FIRST_TOLL = "prev_report"
_CLAUSE_CHARS = ",;:，；：、()（）[]【】"
_CLAUSE_RX = regex.compile("[" + regex.escape(_CLAUSE_CHARS) + "]")
_OPENERS, _CLOSERS = "(（[【", ")）]】"
# where the cue scan of a sentence may stop after its last claim: a clause mark, but not the
# end of an aside, whose clause goes on ("123万人（1.0%）減った")
_STOP_RX = regex.compile("[" + regex.escape("".join(ch for ch in _CLAUSE_CHARS
                                                    if ch not in _CLOSERS)) + "]")
_BRACKET_RX = regex.compile("[" + regex.escape(_OPENERS + _CLOSERS) + "]")


def period_tokens(period: str) -> dict[str, str]:
    """{class: token} of a claim's period string ("2025,H1" -> {year: 2025, part: H1})."""
    out = {}
    for tok in filter(None, period.split(",")):
        out[_period_class(tok)] = tok
    return out


def _period_class(tok: str) -> str:
    if tok.isdigit() or tok.startswith("prev"):
        return "year"
    if tok.startswith(_PER):
        return "per"
    if tok == "tally":
        return "tally"    # a running tally as it stood ("so far", 截至目前)
    if tok in ("qoq", "mom", "seq", "yoy"):
        return "basis"
    return "part"


# a line of columns: a bar, a tab or wide spacing between fields
_COLUMN_MARKS = ("|", "｜", "\t", "\u3000", "  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")
_TABLE_ROW = regex.compile(r"[｜|\t]|\S[ \u00a0]{2,}\S|\u3000")


# how far before a year its comparison words may stand ("más que en ", "compared with ")
_COMPARED = 24


def _year_cues(claims: list[Claim], text: str, lexicon, lang: str) -> list[Cue]:
    out = []
    for c in claims:
        if c.kind == "date" and c.qualifier == "exact" and 1900 <= c.value <= 2100 \
                and c.value == c.value.to_integral_value() \
                and not lexicon.compares_year(text[max(0, c.start - _COMPARED):c.start], lang):
            out.append(Cue(c.start, c.end, "period", str(int(c.value))))
    return out


# an hour glued to h ("às 16h", "à 18h"): a clock time unless it was read as a duration
# ("une grève de 12h"), which is then a claim
_GLUED_HOUR = regex.compile(r"(?<![\d.,])([01]?\d|2[0-3])h(?![\p{L}\d])")


def _clock_cues(text: str, claims: list[Claim]) -> list[Cue]:
    out = [Cue(s, e, "clock", f"T{hour:02d}") for s, e, hour in clock_hours(text)]
    hours = _glued_hours(text)
    if hours:
        spans = sorted((c.start, c.end) for c in claims)
        starts = [s for s, _ in spans]
        for m in hours:
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and spans[i][1] > m.start():
                continue                 # inside a claim
            out.append(Cue(m.start(), m.end(), "clock", f"T{int(m.group(1)):02d}"))
    return out


def _glued_hours(text: str) -> list:
    """The matches of _GLUED_HOUR in ``text``: tried only where a run of one or two
    digits opens (no digit before it) and an "h" ends it."""
    hours = [s for s, e in digit_runs(text) if e - s <= 2 and text.startswith("h", e)]
    return matches_at(_GLUED_HOUR, text, hours) if hours else []


def _without_moment(period: str) -> str:
    """A period without its moment of the day (what carries to the next claim)."""
    if "T" not in period:
        return period
    return ",".join(t for t in period.split(",") if not _MOMENT.fullmatch(t))


_MOMENT = regex.compile(r"T\d\d")


def _reference_year(claims: list[Claim]) -> int | None:
    """The year a document mostly speaks of: the most frequent written year, alone or in a
    full date ("截至2024年12月31日止年度"), when it is written at least twice (a lone "2030"
    target is no reference)."""
    years = Counter(_year_of(c.value) for c in claims if c.kind == "date"
                    and c.value == c.value.to_integral_value())
    years.pop(None, None)
    if not years:
        return None
    year, n = max(years.items(), key=lambda kv: (kv[1], kv[0]))
    return year if n >= 2 else None


def _year_of(value) -> int | None:
    """The year of a date's value: a year alone (2024) or a full date (20241231)."""
    v = int(value)
    if 19000101 <= v <= 21001231:
        v //= 10000
    return v if 1900 <= v <= 2100 else None


def _asides(text: str, start: int, end: int, inside) -> list[tuple[int, int]]:
    """The (open, close) offsets of the sentence's parentheses and brackets that close
    within it, in order of opening, properly nested (marks inside a claim's text are no
    asides)."""
    out, stack = [], []
    for m in _BRACKET_RX.finditer(text, start, end):
        if inside(m.start()):
            continue
        if m.group() in _OPENERS:
            stack.append(m.start())
        elif stack:
            out.append((stack.pop(), m.start()))
    out.sort()
    return out


def _aside_ends(asides: list[tuple[int, int]], positions: list[int]) -> dict[int, int | None]:
    """{position: where the innermost aside around it closes, or None}, in one sweep over
    the (nested) asides and the positions in text order."""
    out: dict[int, int | None] = {}
    stack: list[int] = []
    j = 0
    for pos in sorted(set(positions)):
        while j < len(asides) and asides[j][0] < pos:
            while stack and stack[-1] <= asides[j][0]:
                stack.pop()
            stack.append(asides[j][1])
            j += 1
        while stack and stack[-1] <= pos:
            stack.pop()
        out[pos] = stack[-1] if stack else None
    return out


class _Sentence:
    """The claims and cues of one sentence, and its clause boundaries."""

    def __init__(self, text: str, start: int, end: int, claims: list[Claim], cues: list[Cue]):
        self.text = text
        self.start = start
        self.claims = claims
        spans = [(c.start, c.end) for c in claims]
        # which positions of the sentence a claim covers, marked once (linear time: a
        # sentence window of a text made only of numbers holds hundreds of claims)
        covered = bytearray(max(0, end - start))
        for s, e in spans:
            lo, hi = max(s, start), min(e, end)
            if lo < hi:
                covered[lo - start:hi - start] = b"\x01" * (hi - lo)

        def inside(pos: int) -> bool:
            if start <= pos < end:
                return covered[pos - start] == 1
            return any(s <= pos < e for s, e in spans)

        # the colon of a clock time ("14:00") cuts no clause
        clocks = [(q.start, q.end) for q in cues if q.slot == "clock"]
        # (a mark found in the sentence is inside a claim when its position is covered)
        cuts = [p for m in _CLAUSE_RX.finditer(text, start, end)
                if not covered[(p := m.start()) - start]]
        if clocks:
            cuts = [p for p in cuts if not any(s <= p < e for s, e in clocks)]
        cuts += [q.start for q in cues if q.slot == "conjunction" and not inside(q.start)]
        self.cuts = sorted(cuts)
        # a cue that holds a number ("phase one", "first half") is a cue, not a claim's
        # own words; a cue that only overlaps a claim's text is part of that claim. Only a
        # cue that touches a claim's text can be either: the others (nearly all) are kept
        # without comparing them with every claim.
        self.cues: list[Cue] = []
        touching: list[Cue] = []
        for q in cues:
            clear = start <= q.start < q.end <= end and \
                covered.find(1, q.start - start, q.end - start) < 0
            if not clear:
                touching.append(q)
            if q.slot != "conjunction" and (clear or not any(
                    s < q.end and q.start < e and not (q.start <= s and e <= q.end)
                    for s, e in spans)):
                self.cues.append(q)
        self.inside_cues = {i for i, c in enumerate(claims)
                            if any(q.start <= c.start and c.end <= q.end for q in touching)}
        self.asides = _asides(text, start, end, inside)
        # (claims and cues are in text order: found by bisection, never by a scan per claim)
        self.claim_starts = [c.start for c in claims]
        self.cue_starts = [q.start for q in self.cues]

    def clause(self, pos: int) -> int:
        """How many clause cuts come before ``pos``."""
        return bisect.bisect_left(self.cuts, pos)


def _gap(c: Claim, q: Cue) -> int:
    return q.start - c.end if q.start >= c.end else c.start - q.end


def _attach(sent: _Sentence, fits) -> tuple[dict[int, list[tuple[int, Cue]]], list[Cue]]:
    """({claim index: [(gap, cue)]}, context cues). ``fits(concept, claim)``: whether a
    measure can be the measure of the claim."""
    own: dict[int, list[tuple[int, Cue]]] = {}
    context: list[Cue] = []
    # the claims a cue may go to (not those inside a cue), in text order, by clause
    free = [(i, c) for i, c in enumerate(sent.claims) if i not in sent.inside_cues]
    by_clause: dict[int, list[tuple[int, Claim]]] = {}
    for i, c in free:
        by_clause.setdefault(sent.clause(c.start), []).append((i, c))
    spans = _span_periods(sent, free)
    for q in sent.cues:
        if id(q) in spans:
            own.setdefault(spans[id(q)], []).append((0, q))
            continue
        if q.slot == "role" and q.id in MEASURED_AGAINST:
            # a threshold, a mark, an average over years, a goal: only the number right after
            # it ("the threshold of 100", "Fünfjahresschnitt von 22,1", "meta de 90%") or right
            # before it ("the 100-case milestone", 100万大关, "the 90% target"), in its clause
            bound = _referenced(sent, free, q)
            if bound is not None:
                own.setdefault(bound, []).append((0, q))
            continue
        if q.slot == "role" and q.id == "old":
            after = next(((i, c) for i, c in free if c.start >= q.end), None)
            if after and after[1].start - q.end <= _OLD_GAP:
                own.setdefault(after[0], []).append((0, q))
            elif (glossed := _glossed_old(sent, free, q)) is not None:
                # and the date of the thing it is the value of ("du recensement de 2020")
                at = sent.claims[glossed].start
                own.setdefault(glossed, []).extend(
                    [(0, q)] + [(0, p) for p in sent.cues if p.slot == "period" and
                                q.end <= p.start and p.end <= at])
            continue
        cands = by_clause.get(sent.clause(q.start))
        if not cands and q.slot == "clock" and not _fronted(sent, q):
            continue                     # a clock time in a clause of its own frames nothing
        if not cands:
            old = _old_end_before(sent, q) if q.slot == "period" else None
            if old is not None:
                # "from 1.1 GW, in the 2023 plan, to 1.5 GW": a date between the two ends
                # of a change is the old end's
                own.setdefault(old, []).append((_gap(sent.claims[old], q), q))
            else:
                held = _before_aside(sent, by_clause, q)
                if held is not None:
                    own.setdefault(held, []).append((_gap(sent.claims[held], q), q))
                context.append(q)        # and, as before, context for the claims after it
            continue
        # nearest claim; on a tie, the one before the cue ("5.1% for services")
        i, c = min(cands, key=lambda ic: (_gap(ic[1], q), ic[1].start > q.start))
        if c.start >= q.end and q.slot != "role" and _old_next(sent, q, c):
            # between the two ends of a change told new first ("accelerated to 5.8% in the
            # second quarter from 5.4%", "auf 312 Mio. Euro im Jahr 2025 nach 290 Mio."),
            # a word is the new end's
            new = next((ic for ic in reversed(cands) if ic[1].end <= q.start), None)
            if new is not None and new[1].kind == "date":
                new = None
            if new is not None:
                i, c = new
        if q.slot == "measure" and c.kind in ("count", "number") and not fits(q.id, c):
            # a count the measure word cannot measure is a place or a group named on the
            # way ("inflation in the 20 countries sharing the euro fell to 2.4%"): the
            # word measures the nearest claim of its clause that it can measure
            fitting = [ic for ic in cands if fits(q.id, ic[1])]
            if fitting:
                i, c = min(fitting, key=lambda ic: (_gap(ic[1], q), ic[1].start > q.start))
        own.setdefault(i, []).append((_gap(c, q), q))
    return own, context


def _span_periods(sent: _Sentence, free) -> dict[int, int]:
    """{id of a period cue: the claim it goes to} for the two ends of a span of time told
    before the two ends of a change in one clause ("between 2018 and 2023, from 71.2% to
    73.4%", "zwischen Ende 2018 und Ende 2023 von 71,2 auf 73,4 Prozent",
    "2018年至2023年，由71.2%提高到73.4%"): the first is the old end's, the second the new
    end's. Nothing when the clause holds another number before the change, or more or
    fewer than two periods."""
    out: dict[int, int] = {}
    for k in range(len(free) - 1):
        (i, old), (j, new) = free[k], free[k + 1]
        if old.role != "old" or new.role != "new":
            continue
        floor = free[k - 1][1].end if k and free[k - 1][1].kind != "date" else -1
        clause = sent.clause(old.start)
        # the cues between the claim before and the old end (bisected: no scan of the
        # sentence's cues for each change)
        lo = bisect.bisect_left(sent.cue_starts, max(floor, 0))
        hi = bisect.bisect_left(sent.cue_starts, old.start)
        periods = [q for q in sent.cues[lo:hi] if q.slot == "period" and
                   q.end <= old.start and sent.clause(q.start) >= clause - 1]
        if len(periods) == 2 and periods[0].id != periods[1].id:
            out[id(periods[0])], out[id(periods[1])] = i, j
    return out


def _old_next(sent: _Sentence, q: Cue, c: Claim) -> bool:
    """Whether claim ``c``, after cue ``q``, is the old end of a change: so read by the
    extractor, or an old-value word ("from", "nach") stands between the two."""
    if c.role == "old":
        return True
    k = bisect.bisect_left(sent.cue_starts, q.end)
    cues = sent.cues
    while k < len(cues) and cues[k].start < c.start:
        if cues[k].slot == "role" and cues[k].id == "old" and \
                c.start - cues[k].end <= _OLD_GAP:
            return True
        k += 1
    return False


def _before_aside(sent: _Sentence, by_clause, q: Cue) -> int | None:
    """The claim an aside follows, when cue ``q`` (a measure) stands in the clause that the
    aside closes into and that clause holds no claim of its own: the verb after a
    conversion in brackets is the amount's ("12 Milliarden Yuan (rund 1,55 Milliarden
    Euro) investiert werden", "120億元（約2500億円）を投じる")."""
    if q.slot != "measure":
        return None
    k = sent.clause(q.start)
    if not k:
        return None
    cut = sent.cuts[k - 1]
    if sent.text[cut] not in _CLOSERS:
        return None
    opened = next((o for o, c in sent.asides if c == cut), None)
    if opened is None:
        return None
    before = [(i, c) for i, c in by_clause.get(sent.clause(opened), ()) if c.end <= opened]
    return before[-1][0] if before else None


# how far the bracket that glosses an earlier value may open after its marker
_OLD_GLOSS = 40


def _glossed_old(sent: _Sentence, free: list[tuple[int, Claim]], q: Cue) -> int | None:
    """The earlier value given in brackets after the thing it is the value of: "par rapport
    au recensement de 2020 (123,37 millions)", "compared with the previous forecast (2.7%)":
    the first figure after the marker when it opens a bracket that follows within a few
    words, with no clause mark and no other figure than a date between."""
    for i, c in free:
        if c.start < q.end:
            continue
        if c.kind == "date":
            continue
        gap = sent.text[q.end:c.start]
        head = gap.rstrip()
        if len(gap) > _OLD_GLOSS or not head or head[-1] not in _OPENERS or \
                _CLAUSE_RX.search(head[:-1]):
            return None
        return i
    return None


# words before a fronted clock time ("By 4 p.m.,", "Às 16h00,", "À 17 heures,")
_FRONT_WORDS = 3
_WORD_RX = regex.compile(r"\w+")


def _fronted(sent: _Sentence, q: Cue) -> bool:
    """Whether a clock time opens its sentence as a clause of its own, a preposition at most
    before it ("By 4 p.m., 51.9% had voted"): the moment of what the sentence tells (an
    earthquake that "struck at 4:17 a.m., killing 12" tells the hour of the quake)."""
    if sent.clause(q.start) != 0 or not sent.cuts:
        return False
    head = sent.text[sent.start:q.start]
    tail = sent.text[q.end:sent.cuts[0]]
    return len(_WORD_RX.findall(head)) <= _FRONT_WORDS and not tail.strip()


def _old_end_before(sent: _Sentence, q: Cue) -> int | None:
    """The old end of a change when cue ``q`` lies between it and the new end."""
    before = [i for i, c in enumerate(sent.claims) if c.end <= q.start and c.kind != "date"]
    after = [i for i, c in enumerate(sent.claims) if c.start >= q.end and c.kind != "date"]
    if before and after and sent.claims[before[-1]].role == "old" and \
            sent.claims[after[0]].role == "new":
        return before[-1]
    return None


def _referenced(sent: "_Sentence", free: list[tuple[int, Claim]], q: Cue) -> int | None:
    """The claim a reference word ("threshold of", "barre des", 大关) binds: the first claim
    after it within ``_REF_GAP`` characters in its clause, else the last one before it as
    near in its clause, else the first after it across a comma ("la media de los últimos
    cinco años, de 22,1 millones")."""
    clause = sent.clause(q.start)
    after = next(((i, c) for i, c in free if c.start >= q.end), None)
    if after and after[1].start - q.end > _REF_GAP:
        after = None
    before = next(((i, c) for i, c in reversed(free) if c.end <= q.start), None)
    # the number names the threshold ("the 55% threshold", "the 100-case milestone",
    # 100万人の大台); not one a preposition ties to it: "inferiore del 10% alla media degli
    # ultimi cinque anni" is a change against the average
    named = before if before and q.start - before[1].end <= _REF_GAP and \
        sent.clause(before[1].start) == clause and \
        _NOUN_GAP.fullmatch(sent.text[before[1].end:q.start]) else None
    if named and q.id == "reference" and named[1].qualifier in _BOUNDS:
        # a mark named after a bound ("突破100万大关", "topped the 2 million mark") is the
        # bound on the level (extraction read it): the mark binds no figure
        return None
    if named and q.id == "target":
        # a goal named by its figure takes it before the figure after it, which is a share
        # of the goal ("全年110万辆销量目标的约85%": 85% of the 1.1 million target)
        return named[0]
    if after and sent.clause(after[1].start) == clause:
        return after[0]
    if named:
        return named[0]
    return after[0] if after else None


def _nearest(cues: list[tuple[int, Cue]], slot: str, ok=None) -> Cue | None:
    """The cue of ``slot`` (for which ``ok`` holds) with the smallest gap; the first of
    those on a tie."""
    best = None
    for g, q in cues:
        if q.slot == slot and (best is None or g < best[0]) and (ok is None or ok(q)):
            best = (g, q)
    return best[1] if best else None


def _role(c: Claim, cue: Cue | None) -> str:
    if c.role and c.role != "share":     # set by the extractor (from-to ends)
        return c.role
    if cue is not None and cue.id in MEASURED_AGAINST and c.kind not in ("date", "duration"):
        return cue.id
    if cue is not None and cue.id == "old" and c.kind != "duration":
        return "old"             # (a duration after "after", "nach", "après" is elapsed time)
    points = c.unit in ("percentage_point", "basis_point")
    if cue is not None and cue.id in ("growth", "decline"):
        if points:
            return "change" if cue.id == "growth" else "drop"
        if c.kind == "percent":
            return cue.id
    if points:
        return "change"
    if cue is not None and cue.id == "share" and c.kind == "percent":
        return "share"
    if c.kind == "percent" and c.value < 0:
        return "decline"             # a signed rate ("−9,6 %") is a fall, however worded
    # a share told in words ("two thirds", "un sur trois"), unless a cue makes it a change
    return "share" if c.role == "share" else "level"


def assign_frames(claims: list[Claim], text: str, lexicon, lang: str,
                  clock_times: list[tuple[int, int, int]] = (),
                  comparative=None) -> list[Claim]:
    """``claims`` (of one document, in text order, just made by the extractor) with their
    frames filled in (in place: see records.fill_frame). ``clock_times``: (start, end,
    hour) of the clock times the extractor read with the language's words (clocks.py).
    ``comparative(text, start, end, subject)``: "growth" or "decline" when a comparative
    beside a figure makes it the size of a change ("six more seats"; see comparatives.py)."""
    if not claims or lexicon is None:
        return claims
    scanner = lexicon.cue_scanner(lang)
    clip = scanner.chars.isdisjoint(_CLAUSE_CHARS)
    ref_year = _reference_year(claims)
    clocks = sorted(_clock_cues(text, claims) + [Cue(s, e, "clock", f"T{h:02d}")
                                                 for s, e, h in clock_times],
                    key=lambda q: q.start)
    clock_starts = [q.start for q in clocks]
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence_start, []).append(i)
    for start, idx in by_sentence.items():
        members = [claims[i] for i in idx]
        quantities = [c for c in members if c.kind != "date"]
        if not quantities:
            continue
        end = start + len(members[0].sentence)
        # a cue after the clause of the sentence's last claim binds to no claim: the scan
        # may stop at the first clause mark after that claim (when no cue word holds one)
        stop = _STOP_RX.search(text, max(c.end for c in quantities), end) if clip else None
        cues = scanner.scan(text, start, stop.start() if stop else end) \
            + _year_cues(members, text, lexicon, lang) \
            + fiscal_years(text, start, end) \
            + _per_cues(text, start, stop.start() if stop else end, lexicon, lang)
        if clocks:
            # the sentence's clock times, found by bisection (a scan of all of them for
            # every sentence grew with the square of a long document's length)
            first = bisect.bisect_left(clock_starts, start)
            last = bisect.bisect_left(clock_starts, end, first)
            cues += [q for q in clocks[first:last] if q.end <= end]
        cues.sort(key=lambda q: q.start)
        if any(q.slot == "exclusion" for q in cues):
            cues = _without_excluded(text, cues)
        cues = _without_particle_verbs(text, end, cues, lexicon, lang)
        sent = _Sentence(text, start, end, quantities, cues)
        own, context = _attach(sent, lambda concept, c: _fits(lexicon, concept, c))
        _add_header_cues(text, sent, own, scanner, lexicon, lang)
        _frame_sentence(sent, own, context, lexicon, ref_year, comparative)
        if stop is not None and any(c.measure in lexicon.running_measures for c in quantities):
            _trailing_first_toll(scanner.scan(text, stop.start(), end), quantities, lexicon)
    return claims


def _per_cues(text: str, start: int, end: int, lexicon, lang: str) -> list[Cue]:
    """The words of the span a figure is counted per ("17.500 corse al giorno", 日均),
    found apart from the other cues (a measure "trains a day" holds one), as period cues."""
    return [q for q in lexicon.per_scanner(lang).scan(text, start, end) if q.id != _PER_NONE]


def _trailing_first_toll(tail: list[Cue], quantities: list[Claim], lexicon) -> None:
    """"dejó al menos 38 muertos y 412 heridos, según el balance preliminar de Indeci",
    "at least 38 dead and 412 injured, according to a first toll": a first or provisional
    toll named in the sentence's ``tail`` (past the clause mark after its last figure, where
    the scan for the figures' own words stops) tells as of when every running tally of the
    sentence stood (the lexicon's ``running_measures``); no other figure takes it."""
    if not any(q.slot == "period" and q.id == FIRST_TOLL for q in tail):
        return
    for c in quantities:
        tokens = [t for t in c.period.split(",") if t]
        if c.measure in lexicon.running_measures and c.role in ("level", "") and \
                FIRST_TOLL not in tokens:
            fill_frame(c, c.measure, c.entity, ",".join(tokens + [FIRST_TOLL]), c.role, c.scope)


# how far after "excluding" the things it leaves out may stand, in one clause
_EXCLUDED_REACH = 40


def _without_excluded(text: str, cues: list[Cue]) -> list[Cue]:
    """``cues`` (in text order) without the exclusion markers and the entities they leave
    out: "core inflation, which excludes energy and food, was 3.1%" is no figure of food;
    "不含农户" names what the figure is not."""
    out, until = [], -1
    for q in cues:
        if q.slot == "exclusion":
            stop = _CLAUSE_RX.search(text, q.end, q.end + _EXCLUDED_REACH)
            until = stop.start() if stop else q.end + _EXCLUDED_REACH
            continue
        if q.slot == "entity" and q.start < until:
            continue
        out.append(q)
    return out


def _without_particle_verbs(text: str, end: int, cues: list[Cue], lexicon, lang) -> list[Cue]:
    """``cues`` without a change word that is a verb whose particle closes its clause
    (lexicon ``change_particles``: "In Stuttgart fielen 70 Verbindungen aus" counts
    cancellations, no fall): the first change word of its clause, in lower case."""
    out, seen_until = [], -1
    for q in cues:
        if q.slot == "role" and q.id in ("growth", "decline") and q.start >= seen_until:
            stop = _CLAUSE_RX.search(text, q.end, end)
            seen_until = stop.start() if stop else end
            if text[q.start:q.start + 1].islower() and \
                    lexicon.closes_particle_verb(text[q.end:seen_until], lang):
                continue
        out.append(q)
    return out


def _add_header_cues(text: str, sent: _Sentence, own, scanner, lexicon, lang) -> None:
    """A table cell takes its column header's words (see :mod:`.table_frames`)."""
    line = sent.claims[0].sentence
    if not any(mark in line for mark in _COLUMN_MARKS) or not _TABLE_ROW.search(line):
        return
    changes = functools.partial(lexicon.change_column, lang=lang)
    for i, cues in header_cues(text, sent.claims, scanner, changes).items():
        own.setdefault(i, []).extend((HEADER_GAP, q) for q in cues)


def _fits(lexicon, concept: str, c: Claim) -> bool:
    """Whether ``c`` can be a measure of ``concept``; a rate also when what it counts can
    ("2,300 tonnes of CO2 a year" is an amount of emissions per year)."""
    if lexicon.fits(concept, c.kind):
        return True
    num = numerator_kind(c.unit) if c.kind == "rate" else None
    return num is not None and lexicon.fits(concept, num)


def _counted_group(sent: _Sentence, q: Cue, c: Claim, lexicon) -> bool:
    """Whether ``q`` names a group (``group_shares``) that is no share's group here: the
    group is counted by another claim right before it ("cut cases by 77% in a trial of
    4,800 children": the children are the 4,800's), or ``c`` is an end of a from-to, a rate
    among the group that changed ("La couverture vaccinale des enfants d'un an est passée de
    88,1 % à 93,4 %": the group is whose coverage it is)."""
    if not lexicon.group_share(q.id):
        return False
    if c.role in ("old", "new"):
        return True
    k = bisect.bisect_right(sent.claim_starts, q.start) - 1
    if k < 0:
        return False
    o = sent.claims[k]
    return o is not c and o.kind in ("count", "number") and 0 <= q.start - o.end <= _GROUP_GAP


def _seen_from(sent: _Sentence, aside_end: int | None, pos: int) -> bool:
    """Whether a context cue in an aside closing at ``aside_end`` reaches a claim at
    ``pos``: inside the aside, or right after it in one clause (a gloss names what
    follows: "operating profit (EBIT) rose 4%", "投资（不含农户）41.9万亿元"), not past
    the next clause mark."""
    return aside_end is None or aside_end > pos or \
        sent.clause(aside_end + 1) == sent.clause(pos)


@dataclass(slots=True)
class _Carry:
    """What a claim passes on to the next one in its sentence: its measure (as it passes,
    see below) and measure kind, its entity and period, and where the measure and entity
    words it took stand (-1 when none stands before it). Made anew for each claim, never
    changed (a plain slotted class: a frozen one costs a setattr call per field)."""
    measure: str | None = ""
    kind: str | None = ""
    entity: str | None = ""
    period: str | None = ""
    measure_at: int = -1
    entity_at: int = -1

    def word(self, slot: str) -> str:
        return self.measure if slot == "measure" else self.entity

    def word_at(self, slot: str) -> int:
        return self.measure_at if slot == "measure" else self.entity_at


def _frame_sentence(sent: _Sentence, own, context: list[Cue], lexicon, ref_year,
                    comparative=None) -> None:
    carry = _Carry()
    # (where an aside closes, the carry before it): a claim after the aside takes what the
    # claims before the aside had, not what the aside's own claims had
    held: list[tuple[int, _Carry]] = []
    ends = _aside_ends(sent.asides, [c.start for c in sent.claims] +
                       [q.start for q in context]) if sent.asides else {}
    for i, c in enumerate(sent.claims):
        while held and held[-1][0] <= c.start:
            carry = held.pop()[1]
        aside = ends.get(c.start)
        if aside is not None and not (held and held[-1][0] == aside):
            held.append((aside, carry))
        mine = own.get(i, ())
        before = [q for q in context if q.end <= c.start and
                  _seen_from(sent, ends.get(q.start), c.start)] if context else []
        slots, at = {}, {}
        for slot in ("measure", "entity"):
            # a measure word goes only to a number of its kind (a count of companies is
            # no amount of money)
            fits = (lambda q: _fits(lexicon, q.id, c) and
                    not _counted_group(sent, q, c, lexicon)) if slot == "measure" else None
            cue = _nearest(mine, slot, fits)
            ctx = next((q for q in reversed(before)
                        if q.slot == slot and (fits is None or fits(q))), None)
            carried = carry.word(slot)
            if slot == "measure" and carried and not _fits(lexicon, carried, c):
                carried = ""
            if ctx is not None and carried and carry.word_at(slot) > ctx.start:
                ctx = None   # the claim before took a nearer word: "Among the largest
                #              economies, inflation was 2.3% in Germany, 1.7% in France"
            slots[slot] = cue.id if cue else ctx.id if ctx else carried
            # where the measure word stands, when it stands before the claim (a word after
            # it, "7 % du CAC 40", names this claim's own quantity only)
            at[slot] = (cue.start if cue.end <= c.start else -1) if cue else \
                ctx.start if ctx else carry.word_at(slot)
        framed = ""
        if c.kind in ("count", "number") and c.subject:
            # the counted noun says what a count measures: its first measure word
            counted = next((q.id for q in lexicon.cue_scanner(c.lang).phrase_cues(c.subject)
                            if q.slot == "measure" and lexicon.fits(q.id, c.kind)), None)
            if counted:
                slots["measure"] = counted
            # unless a framing word of its own says what the count is ("licensed to carry
            # 150 passengers", 乘客名单上有71人); the counted noun passes on instead
            framing = _nearest(mine, "measure",
                               lambda q: lexicon.framing_measure(q.id) and _fits(lexicon, q.id, c))
            if framing is not None and not (counted and c.scope == "total"):
                # (the total of "260 von 1.300 Flügen gestrichen" counts flights)
                framed, slots["measure"] = counted or "", framing.id
        # what passes on to the next claim: a generic count passes the generic measure
        # to the next clause ("8.7万人, 帐篷3000顶" tells no kind of tents) and its kind
        # only within its own clause
        passes = framed or slots["measure"]
        if passes and lexicon.generic_measure(passes) and not framed:
            slots["measure"] = _kind_named(sent, i, mine, before, carry, lexicon, passes)
        role = _role(c, _nearest(mine, "role"))
        # (a figure a goal's word binds may be the size of the miss: 目標を5000人下回った)
        role_cue = _change_cue(sent, c, mine) if role in ("level", "target") else None
        if role_cue is not None and _sizes_change(sent, c, role_cue, lexicon):
            if c.kind == "rate" and numerator_kind(c.unit) in _RATE_KINDS:
                role = role_cue.id       # "grow by 3.5% a year": a growth rate, as 3.5%
            else:
                role = "change" if role_cue.id == "growth" else "drop"
        if role in ("level", "target") and _sized(c):
            role = _told_as_change(c, sent.text, comparative) or role
        if role == "level" and _compared_with(c, mine):
            role = "old"
        if role in _CHANGE_ROLES and lexicon.group_share(slots["measure"]):
            slots["measure"] = ""   # "cut cases by 77% in a trial of 4,800 children"
        period, passed = _period(c, role, mine, before, carry.period, ref_year,
                                 own_measure=_names_measure(mine, lexicon))
        scope_cue = _nearest(mine, "scope") or _nearest(mine, "part") or \
            next((q for q in reversed(before) if q.slot == "part"), None)
        scope = c.scope or (("part" if scope_cue.slot == "part" else scope_cue.id)
                            if scope_cue else "")     # (the extractor's: "260 von 1.300")
        fill_frame(c, slots["measure"], slots["entity"], period, role, scope)
        # an earlier value's period does not carry to what follows; its measure and entity
        # do (the old end of a from-to, "108.10ドルから98.40ドルに", names the measure for both)
        own_entity = lexicon.own_entity(c.entity)     # a medal's colour stays its figure's
        carry = _Carry(measure=passes, kind=c.measure, entity="" if own_entity else c.entity,
                       period=carry.period if role == "old" else _without_moment(passed),
                       measure_at=at["measure"], entity_at=-1 if own_entity else at["entity"])


def _kind_named(sent: _Sentence, i: int, mine, before: list[Cue], carry: _Carry,
                lexicon, generic: str) -> str:
    """The measure of claim ``i`` read as the generic ``generic`` (people counted by 人,
    "personnes"): a kind of it that its clause names instead, its own word first, else
    the context's, else the one the claim before it in the same clause took ("事故死亡人数
    已由此前的5人升至9人": both count the dead, 人数 and 人 only say they are people)."""
    def kind(q: Cue) -> bool:
        return q.slot == "measure" and lexicon.kind_of(q.id, generic)

    cue = _nearest(mine, "measure", kind)
    if cue is not None:
        return cue.id
    ctx = next((q for q in reversed(before) if kind(q)), None)
    if ctx is not None:
        return ctx.id
    carried = carry.kind
    if i and carried and lexicon.kind_of(carried, generic) and \
            sent.clause(sent.claims[i - 1].start) == sent.clause(sent.claims[i].start):
        return carried
    return generic


_RATE_KINDS = ("percent", "points")
_COMPARED_GAP = 3
# what may stand between a change word and the amount it sizes: a few words, no figure;
# after the amount, a counter and an aside at most ("123万人（1.0%）減った")
_WORDS_ONLY = regex.compile(r"[\p{L}\p{M}'’\s]{0,16}")
_SUFFIX_GAP = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]?"
                            r"(?:\([^()]{0,24}\)|（[^（）]{0,24}）)?")
_AFTER_REACH = 40


def _change_cue(sent: _Sentence, c: Claim, mine) -> Cue | None:
    """The change word that sizes an amount or a count (see :func:`_sizes_change`): its own
    role cue, else one right after it past an aside (whose own figure took the cue)."""
    cue = _nearest(mine, "role")
    if cue is not None or c.kind in _RATE_KINDS:
        return cue
    cues = sent.cues
    for k in range(bisect.bisect_left(sent.cue_starts, c.end), len(cues)):
        q = cues[k]
        if q.start >= c.end + _AFTER_REACH:
            break
        if q.slot == "role" and q.id in ("growth", "decline") and \
                _SUFFIX_GAP.fullmatch(sent.text, c.end, q.start):
            return q
    return None


def _sizes_change(sent: _Sentence, c: Claim, cue: Cue | None, lexicon) -> bool:
    """Whether an amount or a count is the size of a change rather than a level: its
    change word stands right before it, or with only the language's "by" between ("fell by
    1.23 million", "a reculé de 1,23 million", "减少123万"; not "fell to 122 million"), or
    right after it with no space, a counter and an aside at most between ("123万人減",
    "500億円の増収", "123万人（1.0%）減った"; not "auf 10,8 Meter gestiegen")."""
    if cue is None or cue.id not in ("growth", "decline") or c.kind in _RATE_KINDS or \
            c.kind in ("date", "duration") or c.qualifier in ("over", "under"):
        return False     # a window ("五年减少", "fell in five years"); a bound ("fell below")
    text = sent.text
    if cue.end <= c.start:
        gap = text[cue.end:c.start]
        return _WORDS_ONLY.fullmatch(gap) is not None and lexicon.sizes_a_change(gap, c.lang)
    if _SUFFIX_GAP.fullmatch(text, c.end, cue.start) is None:
        return False
    # a change word with its own amount right after it sizes that one ("1.2337亿人减少约123万
    # 人": 减少 is the verb of the 123万)
    k = bisect.bisect_left(sent.claim_starts, cue.end)
    after = sent.claims[k] if k < len(sent.claims) else None
    return after is None or not (_WORDS_ONLY.fullmatch(text, cue.end, after.start) and
                                 lexicon.sizes_a_change(text[cue.end:after.start], c.lang))


_SIZED_KINDS = frozenset(("count", "number", "money"))


def _sized(c: Claim) -> bool:
    """Whether a comparative beside ``c`` may make it the size of a change: a count or an
    amount, also a price per unit ("2,3 Cent mehr als vor einer Woche" after "kostete ein
    Liter") and one with a qualifier ("almost seven cents more", "nearly 5,000 more")."""
    return c.kind in _SIZED_KINDS or (c.kind == "rate" and numerator_kind(c.unit) == "money")


def _told_as_change(c: Claim, text: str, comparative) -> str:
    """The role of a count or an amount that is the size of a change by its own words: a
    count below nought ("menos seis", "minus six": no count of things is negative), or a
    comparative beside it ("six more seats", "seis escaños menos"); "" otherwise."""
    if c.kind not in ("money", "rate") and c.value < 0:
        return "drop"
    way = comparative(text, c.start, c.end, c.subject) if comparative is not None else ""
    return "change" if way == "growth" else "drop" if way == "decline" else ""


def _compared_with(c: Claim, mine) -> bool:
    """Whether an amount or a count is the figure a comparison names: its own basis cue
    ends right before it, with no change word between ("比上年的3249万标箱增长7.3%": last
    year's figure; not "比上年增加180亿元", an increase)."""
    if c.kind in _RATE_KINDS:
        return False
    basis = [q for _, q in mine if q.slot == "period" and q.id == "yoy" and q.end <= c.start
             and c.start - q.end <= _COMPARED_GAP]
    if not basis:
        return False
    at = max(q.end for q in basis)
    return not any(q.slot == "role" and at <= q.start < c.start for _, q in mine)
_CHANGE_ROLES = ("growth", "decline", "change", "drop")
# the lexicon's period for the previous edition of an event (an election), year unknown
_PREV_EVENT = "prev_event"


def _names_measure(mine, lexicon) -> bool:
    """Whether a claim's own words name a measure that is not only the generic word of
    what is counted (人, "people": "2030年将增至82万人次" goes on counting the trips)."""
    q = _nearest(mine, "measure")
    return q is not None and not lexicon.generic_measure(q.id)


def _period(c: Claim, role: str, mine, before: list[Cue], carried: str,
            ref_year, own_measure: bool = False) -> tuple[str, str]:
    """The period of claim ``c`` (its own period words, else the context's, else what the
    claim before it had), and what it passes on to the next claim. The span a figure is
    counted per passes on only to a claim that names no measure of its own ("17.500 corse
    al giorno, con un picco di 31.500": the peak is a day's too; "50,000 passengers a day
    and 300 staff": the staff are no figure of a day)."""
    # an earlier value ("up from 5.2%") is of another period than the sentence's own: it
    # takes only the period words written for it
    cues = [] if role == "old" else [q for q in before if q.slot in ("period", "clock")]
    own = [q for g, q in mine if q.slot in ("period", "clock")]
    if own:
        cues += sorted(own, key=lambda q: q.start)
    if not cues and (role == "old" or not carried):
        return "", ""                              # (the common case: nothing to read)
    tokens: dict[str, str] = {}
    for q in cues:
        tokens[_period_class(q.id)] = q.id         # own cues, read last, win
    if role != "old":
        for cls, tok in period_tokens(carried).items():
            if cls != "per" or not own_measure:
                tokens.setdefault(cls, tok)
    if ref_year and tokens.get("year") == "prev":
        tokens["year"] = str(ref_year - 1)
    passed = ",".join(tokens[k] for k in PERIOD_CLASSES if k in tokens)
    if tokens.get("basis") and c.kind not in _RATE_KINDS and role not in _CHANGE_ROLES:
        # a basis of comparison belongs to a rate or a change ("up 2.3 ppm from a year
        # earlier"), and passes on to the next claim ("売上高が前期比8.4%増の2,846億円、営業利益が
        # 同12.1%増"): an amount or a count it introduces is the figure compared with (see
        # _compared_with), and one it only reaches from the context or the claim before
        # ("grew 11% year on year to ₹7,482 crore") is measured on no basis
        if role == "old" and tokens["basis"] == "yoy":
            tokens["year"] = str(ref_year - 1) if ref_year else "prev"
            del tokens["basis"]
        elif not any(_period_class(q.id) == "basis" for q in own):
            del tokens["basis"]
    if role in _CHANGE_ROLES and tokens.get("year") == _PREV_EVENT:
        # "13,3 puntos más que en los anteriores comicios": the event a change is measured
        # from is its basis, not its time (the figure told next is that event's)
        del tokens["year"]
    return ",".join(tokens[k] for k in PERIOD_CLASSES if k in tokens), passed
