"""A number that says how many times another figure is: "是去年的2.3倍", "前年の約2倍", "2.1
times higher", "trois fois plus", "das 2,5-Fache". It is a multiple, kind ``multiple``: no
amount of the story's units. Read as a bare number it joined rows of money or counts
("約2倍" beside "4,268 yen" in a price row, devset27) and was compared as yen.

The words are language data (``multiples`` in each language file): ``glued`` ones follow
the number (or its qualifier) directly and become part of the claim; ``after`` ones follow
a space and stay outside it."""
from __future__ import annotations

from .language import Language

__all__ = ["multiple_end"]

_REACH = 24     # the longest "after" phrase, with its spaces
_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _words(lang: Language) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's glued words and its "after" phrases (case-folded), read once."""
    got = _WORDS.get(lang.code)
    if got is None:
        table = lang.raw.get("multiples") or {}
        got = _WORDS[lang.code] = (tuple(table.get("glued") or ()),
                                   tuple(w.casefold() for w in table.get("after") or ()))
    return got


def multiple_end(text: str, end: int, lang: Language) -> int | None:
    """Where the claim that ends at ``end`` ends once read as a multiple; None when no
    multiple word follows it."""
    glued, after = _words(lang)
    for w in glued:
        if text.startswith(w, end) and not _letter_follows(text, end + len(w), lang):
            return end + len(w)
    if not after or end >= len(text) or text[end] not in " \u00a0":
        return None
    rest = text[end:end + _REACH].lstrip(" \u00a0").casefold()
    for w in after:
        if rest.startswith(w) and not rest[len(w):len(w) + 1].isalpha():
            return end
    return None


def _letter_follows(text: str, at: int, lang: Language) -> bool:
    """A glued word that runs on into a longer word ("-mal" of "-malig") is another word;
    languages written without spaces run every word on, so none is checked there."""
    return lang.boundaries and text[at:at + 1].isalpha()
