"""Which paragraphs of a version tell the story: figures that other versions tell too.

A version of a story is more than the story: an outlet adds background of its own (last
year's flood, a rival's results, an earlier record), and another outlet adds other
background. Two such figures of two versions can share a generic frame ("deaths",
"growth", "budget") and meet in one row, where they disagree as two quantities do. Nothing
in their frames tells them from a slip; their paragraphs do. A paragraph that tells the
story holds figures the other versions tell too; a background paragraph holds none.

A paragraph is *anchored* when it holds a mention of a row that spans two versions or more
and agrees across them: the mention's figure agrees with a mention of the row in another
version (one figure, told by two outlets, is the clearest sign that a paragraph is about
the story both tell). A version's first two paragraphs (its title and its lead, or its lead
and the next where it has no title) always are: that is where every outlet tells its story.

Paragraphs are separated by blank lines; a text with none is read line by line (wire copy
with one paragraph per line). Cost: one pass over each text for its paragraph bounds, and
per row, its mentions grouped by figure, each mention compared with at most
:data:`_COMPARED` mentions of other versions.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import islice

from .compare import significant_digits
from .identity import figures_agree

__all__ = ["paragraph_starts", "paragraph_of", "StoryParagraphs"]

_BLANK = re.compile(r"\n[ \t\r]*\n")
_COMPARED = 8       # mentions of other versions a mention is compared with, at most
_TOP = 2            # a version's first paragraphs (its title and lead) always tell the story


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts: after each blank line, or after each line
    break in a text without blank lines."""
    starts = [0] + [m.end() for m in _BLANK.finditer(text)]
    if len(starts) == 1:
        starts += [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding character ``offset``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _agreeing(claims) -> list:
    """The mentions of a row whose figure a mention of another version agrees with."""
    by_figure: dict[tuple, set] = defaultdict(set)
    for c in claims:
        by_figure[(c.unit, c.value)].add(c.doc)
    out = []
    for c in claims:
        if len(by_figure[(c.unit, c.value)]) >= 2:
            out.append(c)
            continue
        others = islice((o for o in claims if o.doc != c.doc), _COMPARED)
        if any(figures_agree(c, o) for o in others):
            out.append(c)
    return out


def _shared_figures(claims: dict) -> list:
    """The mentions whose figure (a value of two significant digits or more, in one
    currency for amounts of money) another version writes too, in any row or none, whatever
    noun each reads with it: a figure two outlets both tell."""
    docs: dict[tuple, set] = defaultdict(set)
    keyed = []
    for doc, cs in claims.items():
        for c in cs:
            if c.value is not None and significant_digits(c.value) >= 2:
                key = (c.unit if c.kind == "money" else "", c.value.normalize())
                docs[key].add(doc)
                keyed.append((key, c))
    return [c for key, c in keyed if len(docs[key]) >= 2]


class StoryParagraphs:
    """The paragraphs of a story's versions, and which of them tell the story."""

    def __init__(self, alignments, texts: dict[str, str], claims: dict | None = None):
        self.starts = {d: paragraph_starts(t) for d, t in texts.items()}
        self._anchors: dict[tuple, set] = defaultdict(set)   # (doc, paragraph) -> starts
        for row in alignments:
            if len({c.doc for c in row.claims}) >= 2:
                self._add(_agreeing(row.claims))
        self._add(_shared_figures(claims or {}))

    def _add(self, mentions) -> None:
        for c in mentions:
            if c.doc in self.starts:
                self._anchors[(c.doc, paragraph_of(self.starts[c.doc], c.start))].add(c.start)

    def tells_story(self, claim) -> bool:
        """Whether ``claim`` stands in its version's first paragraphs, or in a paragraph
        where another mention is anchored (a version whose text is unknown is taken to
        tell the story)."""
        starts = self.starts.get(claim.doc)
        if starts is None:
            return True
        k = paragraph_of(starts, claim.start)
        return k < _TOP or bool(self._anchors.get((claim.doc, k), set()) - {claim.start})
