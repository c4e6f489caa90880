"""Fast matchers for the cue words of the lexicon: the same matches as one big regex
alternation of the words (longest first), found by walking a character trie.

A regex alternation of a few thousand words is slow to compile (about 0.1 ms a branch)
and slow to run (every branch is tried at every position), and the cue scanner builds one
per language on first use. These matchers build in a few milliseconds and look only at
the positions where a word can start. What they match is defined by the regex they
replace, kept as :func:`latin_reference_pattern` and :func:`cjk_reference_pattern` (the
tests compare the two on real and generated text):

- :class:`CjkMatcher`: words written in Han, kana or Hangul, found as substrings; at each
  position the longest word wins, and matches do not overlap (leftmost first).
- :class:`LatinMatcher`: folded words matched as whole words: not preceded by a letter, a
  mark or a digit, not followed by a letter or a mark; a space in a word matches any run
  of white space; a single word of ``stem_min`` letters or more may take up to
  ``stem_extra`` more letters, a shorter one an optional "s". Han, kana and Hangul
  characters bound a word as a space does ("全省GDP"). Where several words match at
  one position the longest word wins, and a shorter word is tried when a longer one's
  ending fails.
"""
from __future__ import annotations

import re
import unicodedata

import regex

__all__ = ["CjkMatcher", "LatinMatcher", "latin_reference_pattern", "cjk_reference_pattern"]

_END = ""  # trie key of "a word ends here" (no character is the empty string)


_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _is_cjk(ch: str) -> bool:
    return _CJK_CHAR.match(ch) is not None


# Han, kana and Hangul are letters, but a Latin word glued to them ("全省GDP", "对应EPS")
# is still a word of its own: they bound it as a space would.
def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L" and not _is_cjk(ch)


def _is_letter_or_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM" and not _is_cjk(ch)


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" and not _is_cjk(ch)


_SPACE = regex.compile(r"\s")
_SPACES: dict[str, bool] = {}


def _is_space(ch: str) -> bool:
    """What the regex ``\\s`` matches (str.isspace differs on a few control characters)."""
    hit = _SPACES.get(ch)
    if hit is None:
        hit = _SPACES[ch] = _SPACE.match(ch) is not None
    return hit


class CjkMatcher:
    """Non-overlapping longest-first substring matches of a set of words."""

    def __init__(self, words):
        self._by_first: dict[str, tuple[int, ...]] = {}
        self._words = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for w in self._words:
            lengths.setdefault(w[0], set()).add(len(w))
        self._by_first = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        end = len(text) if end is None else end
        out, i, words, by_first = [], start, self._words, self._by_first
        while i < end:
            for n in by_first.get(text[i], ()):
                if i + n <= end and text[i:i + n] in words:
                    out.append((i, i + n))
                    i += n
                    break
            else:
                i += 1
        return out


class LatinMatcher:
    """Whole-word matches of folded words (see the module docstring)."""

    def __init__(self, words, stem_min: int, stem_extra: int):
        self.stem_min, self.stem_extra = stem_min, stem_extra
        self._root: dict = {}
        for w in words:
            if not w:
                continue
            node = self._root
            for ch in w:
                node = node.setdefault(ch, {})
            node[_END] = w
        self._tree = _compress(self._root)
        self._bounded_starts = None          # (for a part of a text: see spans)
        self._word_starts = self._word_start_pattern()

    def _word_start_pattern(self):
        """Where a word's body (without stem endings) begins: after no ASCII letter or
        digit, followed by every character of a word (a space in a word standing for a
        run of white space: the standard \\s, which holds the regex module's). Run by the
        standard library's engine, three times faster than the regex module here; the
        trie walk then runs only where a word is, not where its first letters are. The
        test of a non-ASCII character before the start is made apart (see spans)."""
        if not self._root:
            return None
        return re.compile(r"(?<![A-Za-z0-9])(?="
                          + _prefix_pattern(self._root, _FULL_DEPTH, re.escape, r"\s+") + ")")

    def _start_pattern(self):
        """Where a word may start: not inside a word, followed by the first
        :data:`_START_DEPTH` characters of a word (a space in a word standing for a run of
        white space, as in the word), or by a whole shorter word. Found by the regex engine, so
        :meth:`spans` walks the trie only at those candidates, not at every word start."""
        if not self._root:
            return None
        # (a set difference, version 1 syntax: one class test per position, where a
        # lookahead inside the lookbehind costs a fifth more)
        return regex.compile(r"(?V1)(?<![[\p{L}\p{M}\p{N}]--[\p{Han}\p{Hiragana}\p{Katakana}"
                             r"\p{Hangul}]])" + _prefix_pattern(self._root, _START_DEPTH))


    def _ends(self, text: str, i: int, end: int) -> list[tuple[int, str]]:
        """(position after the word, word) for every word that matches at ``i``. The walk
        follows the text along the compressed trie (:class:`_Node`); a space of a word (any
        run of white space in the text) opens a second path, kept for later."""
        found: list[tuple[int, str]] = []
        later: list[tuple[_Node, int]] = []
        node, j = self._tree, i
        while True:
            if node.word is not None:
                found.append((j, node.word))
            if j < end:
                ch = text[j]
                if node.space is not None and _is_space(ch):
                    k = j + 1
                    while k < end and _is_space(text[k]):
                        k += 1
                    later.append((node.space, k))
                edge = node.edges.get(ch)
                if edge is not None and text.startswith(edge[0], j, end):
                    node, j = edge[1], j + len(edge[0])
                    continue
            if not later:
                return found
            node, j = later.pop()

    def _finish(self, text: str, j: int, word: str, end: int) -> int | None:
        """Where the match of ``word`` ending the body at ``j`` ends, or None. A stem takes
        every letter that follows, if there are at most ``stem_extra`` (with fewer, the
        next character is a letter and the word does not end); a short word an "s"."""
        if " " not in word and len(word) >= self.stem_min:
            limit = min(end, j + self.stem_extra + 1)
            k = j
            while k < limit and _is_letter(text[k]):
                k += 1
            if k - j > self.stem_extra:
                return None
            return k if k >= end or not _is_letter_or_mark(text[k]) else None
        if j < end and text[j] == "s" and (j + 1 >= end or not _is_letter_or_mark(text[j + 1])):
            return j + 1
        return j if j >= end or not _is_letter_or_mark(text[j]) else None

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        end = len(text) if end is None else end
        out, i = [], start
        if self._word_starts is None:
            return out
        # every candidate start in one call of the engine (each position is tried: the
        # matches are zero-width), then the trie walk at those not inside a word matched
        # before
        whole = start == 0 and end == len(text)
        if whole:
            candidates = self._word_starts.finditer(text)
        else:                  # a part of a text: the characters before it are read too
            if self._bounded_starts is None:
                self._bounded_starts = self._start_pattern()
            candidates = self._bounded_starts.finditer(text, start, end, overlapped=True)
        for m in candidates:
            pos = m.start()
            if pos < i:
                continue
            if whole and pos and text[pos - 1] >= "\x80" and _WORD_CHAR.match(text, pos - 1):
                continue       # after a letter, mark or number that is no ASCII one
            i = pos
            ends = self._ends(text, i, end)
            if not ends:
                continue
            if len(ends) > 1:
                # longest word first; two words of one length cannot both match here
                ends.sort(key=lambda e: len(e[1]), reverse=True)
            for j, word in ends:
                k = self._finish(text, j, word, end)
                if k is not None:
                    out.append((i, k))
                    i = k if k > i else i + 1
                    break
        return out


class _Node:
    """A node of the compressed trie that :meth:`LatinMatcher._ends` walks: ``word`` ends
    here (or None), ``space`` is the node after a space of a word, ``edges`` maps a first
    character to (the run of characters up to the next node, that node). A chain of
    nodes with one child each is one edge, so the walk compares it in one step
    (``str.startswith``) instead of one dictionary look-up per character."""

    __slots__ = ("word", "space", "edges")

    def __init__(self, word: str | None):
        self.word = word
        self.space: _Node | None = None
        self.edges: dict[str, tuple[str, _Node]] = {}


def _compress(node: dict) -> _Node:
    """The :class:`_Node` tree of a character trie (keys: characters, " " for a space of a
    word, :data:`_END` for a word's end). An edge stops before a node where a word ends
    or a space follows."""
    out = _Node(node.get(_END))
    for ch, child in node.items():
        if ch == _END:
            continue
        if ch == " ":
            out.space = _compress(child)
            continue
        label = ch
        while len(child) == 1 and _END not in child and " " not in child:
            (nxt, child), = child.items()
            label += nxt
        out.edges[ch] = (label, _compress(child))
    return out


# How many leading characters of a word the candidate pattern checks: more makes fewer
# candidates and a slower compile (4: about 20 ms for the largest language).
_START_DEPTH = 4


# every character of the words: the candidates are where a whole word's body stands
_FULL_DEPTH = 1 << 30
# what may not stand before a word (see _start_pattern)
_WORD_CHAR = regex.compile(r"(?V1)[[\p{L}\p{M}\p{N}]--[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]]")


def _prefix_pattern(node: dict, depth: int, escape=regex.escape, space: str = r"\s+") -> str:
    """An alternation of the first ``depth`` characters of the words below ``node`` (a
    word that ends sooner ends its branch)."""
    if depth == 0 or _END in node:
        return ""
    branches = [(space if ch == " " else escape(ch))
                + _prefix_pattern(child, depth - 1, escape, space)
                for ch, child in sorted(node.items()) if ch != _END]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def latin_reference_pattern(words, stem_min: int, stem_extra: int):
    """The regex whose matches :class:`LatinMatcher` reproduces (for tests)."""
    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        body = r"\s+".join(regex.escape(p) for p in w.split(" "))
        tail = rf"(?:{_NOT_CJK}\p{{L}}){{0,{stem_extra}}}" \
            if (" " not in w and len(w) >= stem_min) else "s?"
        alts.append(body + tail)
    return regex.compile(rf"(?<!{_NOT_CJK}[\p{{L}}\p{{M}}\p{{N}}])(?:" + "|".join(alts)
                         + rf")(?!{_NOT_CJK}[\p{{L}}\p{{M}}])")


_NOT_CJK = r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])"


def cjk_reference_pattern(words):
    """The regex whose matches :class:`CjkMatcher` reproduces (for tests)."""
    return regex.compile("|".join(regex.escape(w) for w in sorted(set(words), key=len,
                                                                      reverse=True)))
