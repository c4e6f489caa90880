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

from .textfold import casefolded
from .rx import match_at

__all__ = ["PrefixScan", "word_scan"]

# how many first letters of each word the candidates are found by: fewer find too many
# places ("de", "un", "for" of "forty")
PREFIX = 4


class PrefixScan:
    """``pattern`` searched only where the case-folded text matches ``heads`` (standard
    library syntax, lower case) after no ASCII letter, digit or underscore (see the module
    docstring)."""

    __slots__ = ("pattern", "_starts")

    def __init__(self, pattern: regex.Pattern, heads):
        self.pattern = pattern
        self._starts = re.compile(f"(?<![a-z0-9_])(?:{'|'.join(sorted(set(heads), key=len, reverse=True))})")

    def search(self, text: str, pos: int = 0):
        """``pattern.search(text, pos)``."""
        folded = casefolded(text)
        if folded is None:           # a character whose case fold is longer: positions move
            return self.pattern.search(text, pos)
        # candidates may overlap ("a\none": the head "a one" holds the head "one"), so the
        # next is sought from the character after a failed one, not after its end
        m = self._starts.search(folded, pos)
        while m is not None:
            found = match_at(self.pattern, text, m.start())
            if found is not None:
                return found
            m = self._starts.search(folded, m.start() + 1)
        return None


def head(word: str) -> str | None:
    """Where ``word`` may stand (matched exactly or case-insensitively, a space in it
    standing for any spacing, a word boundary after it) as the case-folded text shows
    it: its first letters, up to PREFIX; a shorter word with no letter after it; a phrase
    whose first word is shorter, that word, spacing and the next word's first letters.
    None for a word that opens with no letter."""
    folded = word.casefold()
    if not folded[:1].isalpha():
        return None
    first, *rest = folded.split()
    if rest and len(first) < PREFIX:
        # "un dixième de point", "a half point": the first word, spacing, the next one's
        # first letters
        return rf"{re.escape(first)}\s+{re.escape(rest[0][:PREFIX])}"
    p = first[:PREFIX]
    return re.escape(p) if len(p) >= PREFIX else f"{re.escape(p)}(?![a-z])"


def head_before(word: str, follow=None) -> str | None:
    """:func:`head` of a word that stands before spacing and, when given, one of the words
    ``follow`` ("un" before "millions", "euros"): the whole word, spacing, and the next
    word's head. Falls back to :func:`head` for a word with a space in it or a follower
    that opens with no letter."""
    folded = word.casefold()
    if not folded[:1].isalpha() or any(ch.isspace() for ch in folded):
        return head(word)
    tail = ""
    if follow is not None:
        nxt = [head(w) for w in follow]
        if nxt and None not in nxt:
            tail = "(?:" + "|".join(sorted(set(nxt), key=len, reverse=True)) + ")"
    return rf"{re.escape(folded)}\s+{tail}"


def word_scan(pattern: regex.Pattern, heads) -> PrefixScan | regex.Pattern:
    """A :class:`PrefixScan` of ``pattern``, a word boundary followed by an alternation of
    words whose places ``heads`` describe (see :func:`head`); ``pattern`` itself when a
    head is None (a word that opens with no letter, where the candidates would not hold
    every match)."""
    heads = list(heads)
    if not heads or None in heads:
        return pattern
    return PrefixScan(pattern, heads)
