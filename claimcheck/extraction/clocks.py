"""Clock times written with the language's words: "a las 16.00 horas", "à 17 heures",
"alle ore 19", "às 16h". They are a moment of the day (a period for the frames: the turnout
at 4 p.m.), never a duration of 16 hours nor a count of 19.

Language data, under ``names`` in each language file:

- ``clock_before``: the prepositions of time before an hour ("a las", "à", "alle");
- ``clock_after``: the words of the hour after its number ("horas", "heures", "h");
- ``clock_prefix``: a word of the hour before its number ("ore": "alle ore 19").

A figure is a clock time when a ``clock_before`` word stands right before it and the hour
is told as one: with minutes ("16.00", "19:30"), an hour word after it, or a
``clock_prefix`` before it. "a las 16 comunidades" or "limitée à 24 heures" are no clock
times (no hour word, or no hour of the day).
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .language import Language

__all__ = ["split_clock_times"]

_TIME = regex.compile(r"(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[.:h])(?P<m>[0-5]\d))?")
_SPACE = " \u00a0"
_PATTERNS: dict[str, tuple | None] = {}


def _words(lang: Language, key: str) -> tuple[str, ...]:
    return tuple(sorted((str(w).casefold() for w in (lang.raw.get("names") or {}).get(key)
                         or ()), key=len, reverse=True))


def _data(lang: Language):
    if lang.code not in _PATTERNS:
        before, after = _words(lang, "clock_before"), _words(lang, "clock_after")
        prefix = _words(lang, "clock_prefix")
        _PATTERNS[lang.code] = (before, after, prefix) if before else None
    return _PATTERNS[lang.code]


def _word_before(text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """Where one of ``words`` starts when it ends right before ``pos``, a space between,
    as a word of its own; None otherwise."""
    end = pos
    while end > 0 and text[end - 1] in _SPACE:
        end -= 1
    if end == pos:
        return None
    low = text[max(0, end - 24):end].casefold()
    for w in words:
        if low.endswith(w):
            start = end - len(w)
            if start == 0 or not text[start - 1].isalpha():
                return start
    return None


def _hour_word_after(text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """The end of an hour word right after ``pos`` (a space at most between)."""
    i = pos + 1 if text[pos:pos + 1] in _SPACE else pos
    low = text[i:i + 12].casefold()
    for w in words:
        if low.startswith(w) and not text[i + len(w):i + len(w) + 1].isalpha():
            return i + len(w)
    return None


def split_clock_times(text: str, cands: list[Cand], lang: Language
                      ) -> tuple[list[Cand], list[tuple[int, int, int]]]:
    """(the candidates that are no clock times, [(start, end, hour)] of the clock times)."""
    data = _data(lang)
    if data is None or not cands:
        return cands, []
    before, after, prefix = data
    kept, clocks = [], []
    for c in cands:
        hour = _clock(text, c, before, after, prefix)
        if hour is None:
            kept.append(c)
        else:
            clocks.append(hour)
    return kept, clocks


# an hour told with its minutes, inside a span of hours ("entre las 20.00 y las 21.00 horas")
_TOLD = regex.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[.:h]([0-5]\d)(?![.,:]?\d)")


def _clock_span(text: str, c: Cand, before) -> tuple[int, int, int] | None:
    """A span of hours read as a range: both ends told with minutes, each right after a
    ``clock_before`` word ("entre las 20.00 y las 21.00 horas", "de las 14.00 a las
    15.00"). Searched only inside the candidate's own span."""
    if c.source != "digits" or c.currency or c.percent:
        return None
    told = list(_TOLD.finditer(text, c.start, c.end))
    if len(told) != 2 or any(_word_before(text, m.start(), before) is None for m in told):
        return None
    return c.start, c.end, int(told[0].group(1))


def _clock(text: str, c: Cand, before, after, prefix) -> tuple[int, int, int] | None:
    if c.high_value is not None:
        return _clock_span(text, c, before)
    if c.source != "digits" or c.currency or c.percent:
        return None
    m = _TIME.fullmatch(text, c.num_start, c.num_end) or \
        _TIME.match(text, c.num_start, c.end)
    if m is None or m.start() != c.num_start:
        return None
    end = m.end()
    told = m.group("m") is not None
    word_end = _hour_word_after(text, end, after) if after else None
    if word_end is not None:
        end, told = word_end, True
    if end < c.end and text[end:c.end].strip(_SPACE):
        return None                     # more than an hour: "16 horas de huelga"
    start = c.start
    if prefix:
        p = _word_before(text, c.num_start, prefix)
        if p is not None:
            start, told = p, True
    if not told or _word_before(text, start, before) is None:
        return None
    return start, max(end, c.end), int(m.group("h"))
