"""A compiled matcher for the words of the concept lexicon: one pass over a text finds
every cue (a measure, an entity, a period, a role, a scope word) with its position.

The lexicon's matching rules are kept: a word written in Han, kana or Hangul is found as a
substring, longest first; any other word is matched as a whole word after case and accent
folding, and a word of four letters or more also matches a word that extends it by up to
three letters ("accord" -> "accords", "coût" -> "coûtera"); multi-word entries match as a
phrase. Matching runs on a folded copy of the text that keeps every offset, so a cue's
span is a span of the original text.
"""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

import regex

from .wordmatch import CjkMatcher, LatinMatcher

__all__ = ["Cue", "CueScanner", "fold_same_length", "is_cjk_word"]

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_STEM_MIN, _STEM_EXTRA = 4, 3
_PHRASES_KEPT, _PHRASE_MAX = 4096, 64


def is_cjk_word(word: str) -> bool:
    return bool(_CJK.search(word))


def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFD", low)[0]
    if unicodedata.category(base).startswith("L") or base.isdigit():
        return base
    return low


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one ("Inversión" -> "inversion");
    characters whose lower case is longer (İ) are kept as they are, so offsets hold."""
    if text.isascii():
        return text.lower()           # an ASCII character folds to its lower case
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:
        # no character grew, and no capital sigma (whose lower case depends on the next
        # character): each character of ``low`` is its own lower case, which folds as the
        # original does (an ASCII one folds to itself)
        return _fold_chars(low)
    return _fold_chars(text)


class _FoldTable(dict):
    """The translate table of :func:`_fold_char`: a character's entry is made the first
    time a text holds it (str.translate asks the table for each character)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_chars(text: str) -> str:
    """:func:`fold_same_length`, one character at a time."""
    return text.translate(_FOLD_TABLE)


class Cue(NamedTuple):
    """One lexicon word found in a text: ``slot`` (measure, entity, period, role, scope,
    part, conjunction) and ``id`` (the concept, entity, period ... it names). A named
    tuple: the scanner makes one per cue word, and a tuple is the cheapest to make."""

    start: int
    end: int
    slot: str
    id: str


def _fold_word(word: str) -> str:
    return " ".join(fold_same_length(word).split())


class CueScanner:
    """All cue words of one language (and of every language: mixed text) compiled into two
    patterns, built once per language."""

    def __init__(self, entries: list[tuple[str, str, str]]):
        """``entries``: (word, slot, id) triples."""
        self.by_word: dict[str, tuple[str, str]] = {}
        latin, cjk = [], []
        for word, slot, cid in entries:
            word = str(word)
            if not word.strip():
                continue
            if is_cjk_word(word):
                self.by_word.setdefault(word, (slot, cid))
                cjk.append(word)
            else:
                key = _fold_word(word)
                self.by_word.setdefault(key, (slot, cid))
                latin.append(key)
        self.stems = {w for w in latin if " " not in w and len(w) >= _STEM_MIN}
        # every character a cue word holds (a window cut at any other character finds
        # the same cues before the cut as the whole text does)
        self.chars = frozenset(ch for w in self.by_word for ch in w)
        # the matches of one regex alternation of the words, longest first (a stem may take
        # up to three more letters, a short word only a plural s), found by a trie walk: a
        # regex of a few thousand words takes a tenth of a second to compile per language
        self._latin = LatinMatcher(set(latin), _STEM_MIN, _STEM_EXTRA) if latin else None
        self._cjk = CjkMatcher(cjk) if cjk else None
        self._phrases: dict[str, tuple[Cue, ...]] = {}

    def phrase_cues(self, phrase: str) -> tuple[Cue, ...]:
        """:meth:`scan` of a short phrase (a counted noun: "people", 家), remembered: the
        same few phrases come back claim after claim. The memory holds at most
        :data:`_PHRASES_KEPT` phrases of at most :data:`_PHRASE_MAX` characters."""
        got = self._phrases.get(phrase)
        if got is None:
            got = tuple(self.scan(phrase))
            if len(phrase) <= _PHRASE_MAX:
                if len(self._phrases) >= _PHRASES_KEPT:
                    self._phrases.clear()
                self._phrases[phrase] = got
        return got

    def _lookup(self, found: str) -> tuple[str, str] | None:
        key = " ".join(found.split())
        if key in self.by_word:
            return self.by_word[key]
        for cut in range(1, _STEM_EXTRA + 1):
            base = key[:-cut]
            if base in self.stems or (cut == 1 and key.endswith("s") and base in self.by_word):
                return self.by_word.get(base)
        return None

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Every cue in ``text[start:end]``, in text order; where two overlap, the longer
        (then the earlier) wins."""
        end = len(text) if end is None else end
        found: list[Cue] = []
        if self._latin is not None:
            window = fold_same_length(text[start:end])
            for s, e in self._latin.spans(window):
                hit = self._lookup(window[s:e])
                if hit:
                    found.append(Cue(start + s, start + e, *hit))
        cjk = [Cue(s, e, *self.by_word[text[s:e]])
               for s, e in self._cjk.spans(text, start, end)] if self._cjk is not None else []
        if not found or not cjk:
            return found or cjk     # each matcher's cues are in text order, none overlapping
        found += cjk
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        out, last_end = [], -1
        for c in found:
            if c.start >= last_end:
                out.append(c)
                last_end = c.end
        return out
