"""Counts and amounts that a comparative beside them makes the size of a change.

"six more seats", "seis escaños menos", "sechs mehr als 2024", "six sièges de plus", "sei
in più", "mais seis lugares": the figure is how much a count grew or fell, not the count
itself, and a version that writes the count ("84 seats") tells another quantity. The words
are language data: ``changes.more_after`` (right after the figure, its counted noun at most
between) and ``changes.more_before`` (right before it: pt "mais seis lugares"), each mapped
to ``growth`` or ``decline``. A comparative followed by a figure adds that figure instead
("60 millones de euros más 10 en variables"), and leaves this one as it is. In a script
written without spaces the word follows the figure and its counter directly
(「前回を3個上回った」, 「目標に4個届かなかった」), with no letter boundary around it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .rx import SP

__all__ = ["change_beside"]

_BESIDE = 40          # characters read on each side of the figure, at most
_SPACES = regex.compile(f"{SP}*")


@dataclass(frozen=True)
class _Words:
    after: "regex.Pattern | None"
    before: "regex.Pattern | None"
    ways: dict          # the word, folded -> "growth" | "decline"
    spaced: bool        # a word-spaced script: a space and letter boundaries around words


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _words(lang) -> _Words:
    changes = lang.raw.get("changes") or {}
    after = changes.get("more_after") or {}
    before = changes.get("more_before") or {}
    flags = "(?i)" if lang.case_insensitive else ""
    ways = {w.casefold(): str(way) for w, way in {**after, **before}.items()}
    spaced = lang.boundaries
    end = r"(?![\p{L}\p{M}])" if spaced else ""
    start = r"(?<![\p{L}\p{M}])" if spaced else ""
    gap = "+" if spaced else "*"
    return _Words(
        after=regex.compile(rf"{flags}({_alternation(after)}){end}(?!{SP}*[\p{{N}}])")
        if after else None,
        before=regex.compile(rf"{flags}{start}({_alternation(before)}){SP}{gap}$")
        if before else None,
        ways=ways, spaced=spaced)


def change_beside(lang, text: str, start: int, end: int, subject: str = "") -> str:
    """"growth" or "decline" when a comparative of ``lang`` right beside the figure at
    ``text[start:end]`` makes it the size of a change, else "". ``subject``: the counted
    noun the extractor read after the figure ("seis escaños menos")."""
    words = _words(lang)
    if words.after is not None:
        rest = text[end:end + _BESIDE]
        at = _SPACES.match(rest).end()
        if not words.spaced:
            at += _counter(lang, rest, at)      # 3個上回った: the counter, then the word
        found = words.after.match(rest, at) if at or not words.spaced else None
        if found is None and at and subject and " " not in subject and \
                rest.startswith(subject, at):
            # the counted noun between ("seis escaños menos"; not a noun and its verb,
            # "54,318 people waited more than 12 hours"); the extractor may have taken the
            # comparative itself for the noun ("three fewer"), read first
            found = words.after.match(rest, _SPACES.match(rest, at + len(subject)).end())
        elif found is None and at and subject and rest.startswith(subject, at):
            # the noun read with the comparative ("eight golds better than four years ago":
            # "golds better"): the comparative ends the counted noun
            head = len(subject.split(" ", 1)[0])
            found = words.after.match(rest, _SPACES.match(rest, at + head).end())
            if found is not None and found.end() != at + len(subject):
                found = None
        if found:
            return words.ways.get(found.group(1).casefold(), "")
    if words.before is not None:
        found = words.before.search(text, max(0, start - _BESIDE), start)
        if found:
            return words.ways.get(found.group(1).casefold(), "")
    return ""


def _counter(lang, text: str, at: int) -> int:
    """The length of a counter of ``lang`` (``counts.classifiers``: 個, 台, 人) at ``at``."""
    return next((len(w) for w in _classifiers(lang) if text.startswith(w, at)), 0)


@functools.lru_cache(maxsize=None)
def _classifiers(lang) -> tuple[str, ...]:
    return tuple(sorted(lang.classifiers, key=len, reverse=True))
