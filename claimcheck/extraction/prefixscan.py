"""Searching a pattern of words through a text by the words' first letters.

A pattern that opens with a word boundary and an alternation of words (the number words
a number may start with: "deux", "cent", "un" before a scale word) has no literal the
regex engine can skip to, so a search tries it at every word of the text, and most texts
hold only a few such numbers. :class:`PrefixScan` finds the same matches from far fewer
tries: the standard library's engine, which scans for a set of literals several times
faster, finds where the case-folded text holds the first letters of a word after no
letter or digit, and the pattern is tried there only.

Every match of the pattern starts at such a place: it opens with one of the words, after
a boundary, so with no ASCII letter, digit or underscore before it, and a letter matched
case-insensitively has the case fold of the word's letter. So the first candidate where
the pattern matches is the match a plain search finds.
"""
from __future__ import annotations

import re

import regex

from .masks import casefolded
from .rx import match_at

__all__ = ["PrefixScan", "word_scan"]

# how many first letters of each word the candidates are found by: two find too many
# places ("de", "un"), four gain little over three
PREFIX = 3


class PrefixScan:
    """``pattern`` searched only where the case-folded text holds one of ``prefixes``
    after no ASCII letter, digit or underscore (see the module docstring)."""

    __slots__ = ("pattern", "_starts")

    def __init__(self, pattern: regex.Pattern, prefixes):
        self.pattern = pattern
        # a prefix shorter than PREFIX letters is a whole word ("a", "un"): where it is
        # a match's word, no letter follows it (a longer word has a prefix of its own)
        alt = "|".join(re.escape(p) if len(p) >= PREFIX else f"{re.escape(p)}(?![a-z])"
                       for p in sorted(set(prefixes), key=len, reverse=True))
        self._starts = re.compile(f"(?<![a-z0-9_])(?:{alt})")

    def search(self, text: str, pos: int = 0):
        """``pattern.search(text, pos)``."""
        folded = casefolded(text)
        if folded is None:           # a character whose case fold is longer: positions move
            return self.pattern.search(text, pos)
        for m in self._starts.finditer(folded, pos):
            found = match_at(self.pattern, text, m.start())
            if found is not None:
                return found
        return None


def word_scan(pattern: regex.Pattern, words) -> PrefixScan | regex.Pattern:
    """A :class:`PrefixScan` of ``pattern``, a word boundary followed by an alternation
    that opens with one of ``words`` (matched exactly or case-insensitively, a space in a
    word standing for any spacing); ``pattern`` itself when a word does not open with a
    letter, where the candidates would not hold every match."""
    prefixes = []
    for w in words:
        folded = w.casefold()
        if not folded[:1].isalpha():
            return pattern
        cut = next((i for i, ch in enumerate(folded) if ch.isspace()), len(folded))
        prefixes.append(folded[:min(PREFIX, cut)])
    return PrefixScan(pattern, prefixes) if prefixes else pattern
