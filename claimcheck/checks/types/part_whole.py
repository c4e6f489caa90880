"""``part_whole``: a claim introduced as a part does not exceed its whole.

"15个项目……计划投资总额204.5亿元,其中11个项目" — 其中 ("of which") introduces 11
projects as a part of the 15 just named. A claim is a part when the words just before
it, back to the previous punctuation mark, hold one of the lexicon's ``part_markers``
("of which", "dont", "de los cuales", 其中 ...). Its whole is the nearest preceding claim
of the same document with the same kind and unit that speaks of the same thing: a concept
the lexicon relates, or (when the lexicon knows neither) the same subject; a part counted
by a generic noun ("其中重伤21人", 21 people) belongs to the count just before it. Without such a
claim nothing is checked: "28 agreements ..., of which 11 projects" compares nothing.

The part must be able to fit: its smallest value at most the whole's largest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...records import KINDS, Claim
from ..arith import difference
from ..base import Emitter, ParamError, StoryContext, quantity
from ..params import Param, selector_params
from ..select import concepts_of, rule_selector

PARAMS = {
    **selector_params(),
    "kinds": Param("strings", default=("count", "money", "area", "length", "mass", "volume",
                                       "energy", "power"),
                   doc="claim kinds that can be parts (default: counts, money, measures)"),
    "markers": Param("strings", doc="words that introduce a part, replacing the lexicon's"),
}

# The lead-in of a part: from the previous punctuation mark (a comma between digits is a
# number, not a mark) or the previous number, up to the number, at most this many
# characters back.
_LEAD = re.compile(r"[;；:：。!?！？，、]|,(?!\d)|(?<!\d),")
_LEAD_MAX = 40
# A part marker introduces the figure right after it, or after a qualifier or a short noun
# ("dont plus de", "de los cuales más de", 其中重伤): the words from the marker to the number
# are at most this many (words are told by spaces, so a CJK lead-in is one word). Further
# back, the marker opens a clause of its own: French "dont" is also "whose" ("Marseille dont
# le coût est estimé à 2,5 milliards": the cost of Marseille's pipeline is no part).
_MARKER_WORDS = 5


def lead_in(claim: Claim, text: str, floor: int = 0) -> str:
    """The words just before a claim, within its clause and after ``floor`` (the end of
    the previous claim): ", of which, 11" -> "of which"."""
    start = max(claim.sentence_start, claim.start - _LEAD_MAX, floor)
    before = text[start:claim.start].rstrip()
    # a mark right before the number belongs to the lead-in ("of which, 11")
    while before and _LEAD.fullmatch(before[-1]):
        before = before[:-1].rstrip()
    cut = 0
    for m in _LEAD.finditer(before):
        cut = m.end()
    return before[cut:].strip()


def _counted_as_generic(lex, part: Claim) -> bool:
    """Whether a part is counted by a generic noun only (人, people), whatever kind of
    person its clause names ("其中重伤21人" counts 21 of the injured)."""
    if part.measure and lex.generic_measure(part.measure):
        return True
    counted = lex.concepts_of(part.subject, lang=part.lang) if part.subject else frozenset()
    return bool(counted) and all(lex.generic_measure(c) for c in counted)


WHOLE_WINDOW = 64  # claims before a part searched for its whole

@dataclass(frozen=True)
class PartWhole:
    selector: object
    kinds: tuple[str, ...]
    markers: tuple[str, ...] | None

    def is_part(self, lead: str, lang: str, lexicon) -> bool:
        if not lead:
            return False
        # the marker among the last words of the lead-in (see _MARKER_WORDS)
        words = lead.split()
        tail = " ".join(words[-_MARKER_WORDS:])
        if self.markers is not None:
            folded = tail.casefold()
            return any(m.casefold() in folded for m in self.markers)
        return lexicon is not None and lexicon.has_part_marker(tail, lang)

    def same_thing(self, ctx: StoryContext, part: Claim, whole: Claim) -> bool:
        lex = ctx.lexicon
        if lex is not None and _counted_as_generic(lex, part):
            return True   # "164人受伤，其中重伤21人": a part counted as people, of the count before
        if lex is not None:
            verdict = lex.compatible(concepts_of(lex, part), concepts_of(lex, whole))
            if verdict is not None:
                return verdict
        return bool(part.subject) and part.subject == whole.subject

    def whole_of(self, ctx: StoryContext, claims, i: int) -> Claim | None:
        """The nearest earlier claim of the same kind and unit that measures the same
        thing, among the :data:`WHOLE_WINDOW` claims before the part (a bound that keeps a
        whole archive in one file linear; an article's whole is much nearer)."""
        part = claims[i]
        for j in range(i - 1, max(-1, i - 1 - WHOLE_WINDOW), -1):
            prev = claims[j]
            if prev.kind == part.kind and prev.unit == part.unit and prev.end <= part.start \
                    and self.same_thing(ctx, part, prev):
                return prev
        return None

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        for doc in ctx.story.docs:
            claims = ctx.claims.get(doc, ())
            text = ctx.texts.get(doc, "")
            for i, part in enumerate(claims):
                if part.kind not in self.kinds or not self.selector.matches(part, ctx):
                    continue
                lead = lead_in(part, text, claims[i - 1].end if i else 0)
                if not self.is_part(lead, ctx.langs.get(doc, part.lang), ctx.lexicon):
                    continue
                whole = self.whole_of(ctx, claims, i)
                if whole is not None:
                    self._check(emit, part, whole, lead)

    def _check(self, emit: Emitter, part: Claim, whole: Claim, lead: str) -> None:
        holds = part.low <= whole.high
        abs_diff, rel_diff = difference(part.value, whole.value)
        p_text = quantity(part.value, part.unit, part.kind)
        w_text = quantity(whole.value, whole.unit, whole.kind)
        emit.emit(passed=holds, claims=(part, whole), unit=part.unit, kind=part.kind,
                  abs_diff=None if holds else abs_diff, rel_diff=None if holds else rel_diff,
                  expected=f"at most {w_text}", actual=p_text,
                  explanation=f"{part.text!r} is introduced as a part ({lead!r}) of "
                              f"{whole.text!r}",
                  reason="" if holds else f"the part ({p_text}) exceeds its whole ({w_text})")


def compile(params: dict) -> PartWhole:
    """Compile a ``part_whole`` rule's parameters (validated by the loader)."""
    for i, kind in enumerate(params["kinds"]):
        if kind not in KINDS:
            raise ParamError(f"kinds.{i}", f"unknown kind {kind!r} (expected one of "
                                           f"{', '.join(KINDS)})")
    return PartWhole(rule_selector(params), tuple(params["kinds"]), params["markers"])
