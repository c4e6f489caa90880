"""Figures a version itself tells apart: two quantities a row met, not one figure gone wrong.

A row that holds a figure and an outlier is a disagreement only when both stand for one
quantity. Two things in the text say that they do not, whatever their frames:

- one sentence of the outlier's own version writes both figures side by side ("23,4
  millions d'élèves, soit 1,9 % de moins que l'an dernier (23,86 millions)"; "el 91,4 % ..., cuatro décimas
  menos que en 2025, cuando el porcentaje fue del 91,8 %"; "1,681 Euro, gefolgt von Bremen
  mit 1,686 Euro"): its writer holds them as two quantities (this year's and last year's,
  one place's and another's), so a version's figure that equals one of them and the other
  version's that equals the other are no slip of each other (:func:`told_together`);
- the figure is told for comparison ("作为对比，上海一家同类乐园...约1450万人次", "À titre de
  comparaison, à Paris, ...", "Zum Vergleich: ..."), the lexicon's ``comparison_openers``
  before it in its sentence, and the other side's figures are not: another entity's figure
  set beside the story's (:func:`compared_aside`).

Both are read from the story's own claims and words (no language is named here); each is
linear in the claims of one story.
"""
from __future__ import annotations

import regex

from ..extraction.language import base_code
from ..extraction.lexicon import fold
from ..records import Claim
from .compare import significant_digits

# from-to ends of one change are one quantity's two moments, and a version that swaps
# them ("rose to 36 % from 41 %") makes a real slip: such a pair is no witness
_ENDS = frozenset(("old", "new"))
# a count and a bare number are one kind here: "23,4 millions d'élèves" is read as a count,
# "(23,86 millions)" beside it as a number
_COUNTS = frozenset(("count", "number"))


def _alike(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit and (a.kind == b.kind or {a.kind, b.kind} <= _COUNTS)


# a bound or a range ("por debajo de los 2.710 millones": 0 to 2.71 billion) covers many
# figures it does not write
_WRITTEN = frozenset(("exact", "about"))


def _bounded(c: Claim) -> bool:
    return c.qualifier in _WRITTEN and c.low.is_finite() and c.high.is_finite()


def _covers(w: Claim, x: Claim) -> bool:
    """Whether ``w`` writes ``x``'s figure: its value within ``x``'s reach, or ``x``'s value
    within the reach of a ``w`` of two significant digits or more ("23,86 millions" for
    23,861,300; not "2%" for 2.3 %). Never a bound, which covers half the line."""
    return _alike(w, x) and _bounded(w) and _bounded(x) and (
        x.low <= w.value <= x.high
        or (w.low <= x.value <= w.high and significant_digits(w.value) >= 2))


def _bracketed(text: str, a: Claim, b: Claim) -> bool:
    """Whether two figures of one sentence are a figure and its conversion ("294m (965ft)",
    "46 pés (12,4 metros)"): nothing but spaces and brackets between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end - first.sentence_start:second.start - first.sentence_start]
    return len(gap.strip(" \t([（")) == 0


def told_together(claims_of: dict, good: Claim, bad: Claim) -> str:
    """The outlier's document when one of its sentences writes a figure of ``good`` and a
    figure of ``bad`` as two figures (each covers one and not the other), or "". Not a
    from-to pair (its two ends), whose swap is a slip translations make, nor a figure and
    its conversion in brackets."""
    if not _alike(good, bad) or not (_bounded(good) and _bounded(bad)) \
            or _covers(good, bad) or _covers(bad, good):
        return ""
    # only the outlier's own version: another version's sentence that writes the row's
    # figure beside another one makes any slip that lands on that other figure a note (a
    # planted 11,4 -> 21,4 % met "21.4%" beside "11.4%" in another version)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims_of.get(bad.doc, ()):
        if _alike(c, good):
            by_sentence.setdefault(c.sentence_start, []).append(c)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        goods = [c for c in group if _covers(c, good) and not _covers(c, bad)]
        bads = [c for c in group if _covers(c, bad) and not _covers(c, good)]
        if any({g.role, b.role} != _ENDS and not _bracketed(g.sentence, g, b)
               for g in goods for b in bads):
            return bad.doc
    return ""


def _compared(lexicon, c: Claim) -> bool:
    """Whether a comparison opener stands before ``c`` in its sentence."""
    if lexicon is None or not c.sentence:
        return False
    head = c.sentence[:max(0, c.start - c.sentence_start)]
    return lexicon.opens_comparison(head, c.lang)


def compared_aside(lexicon, bad: Claim, majority: list[Claim]) -> bool:
    """Whether one side of the comparison, and only one, is told for comparison: the
    outlier after "by comparison" while no majority figure is (or the reverse: the story's
    figure met a comparison the majority's versions all tell)."""
    if not majority:
        return False
    mine = _compared(lexicon, bad)
    theirs = [_compared(lexicon, c) for c in majority]
    return (mine and not any(theirs)) or (not mine and all(theirs))


# a table row: a label, then figures only ("RSV 74", "Insgesamt | 61,8 | 59,0 | +4,7 %",
# "Niedersachsen: 36.700 (+19,5 %)"); the label is what the cells are of
_ROW = regex.compile(r"^\s*([^\d|｜\t:：]{1,40}?)[\s:：|｜]*"
                     r"(?:[-+−(（]{0,2}\d[\d.,'’ ]*[%％)）]{0,2}[\s|｜\t]*)+$")


def row_label(c: Claim) -> str:
    """The label of the table row ``c`` stands in ("RSV" for "RSV 74"), folded; "" when its
    sentence is no table row."""
    m = _ROW.match(c.sentence or "", timeout=0.05) if len(c.sentence or "") <= 120 else None
    return fold(m.group(1).strip(" .-–")) if m else ""


def _lexicon_words(lexicon, label: str, lang: str) -> bool:
    """Whether a row label is words of the lexicon (a measure, a scope: "Insgesamt",
    "Revenue"), which the frames read, not a name of the cell's own entity."""
    return lexicon is not None and bool(lexicon.scope_of(label, lang)
                                        or lexicon.concepts_of(label, "", lang))


def cell_apart(bad: Claim, majority: list[Claim], lexicon=None, texts=None) -> str:
    """The row label of a table cell compared with figures of the text that never write
    it: a cell's entity is its row label ("Pneumokokken 121" under "Dosen nach Impfstoff
    (in Millionen)"), and a version in the cell's language that tells its figure of that
    entity writes the label somewhere ("246 Millionen Grippeimpfdosen" for "Grippe 246";
    "Bayern" a sentence before "aus dem Freistaat ... 18,4 Prozent").
    A cell whose label names a measure or a scope (its frame has one, or the lexicon knows
    its words: "Insgesamt") is left to the frames; a side
    in other languages only says nothing (the label may be translated). The label, or ""."""
    for cell, others in ((bad, majority), *((c, [bad]) for c in majority[:1])):
        label = row_label(cell) if not cell.measure else ""
        if not label or _lexicon_words(lexicon, label, cell.lang):
            continue
        mine = base_code(cell.lang)
        peers = [o for o in others if o.doc != cell.doc and base_code(o.lang) == mine]
        if peers and not any(label in fold((texts or {}).get(o.doc) or o.sentence or "")
                             for o in others):
            return label
    return ""
