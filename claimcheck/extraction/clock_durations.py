"""Durations written as a clock: race and trial times, "2:04:37 Stunden", "in 2:18:52
hours". A figure of hours, minutes and seconds is masked as a time of day (masks.py); when
a word of the language's units that means hours follows it, it is a duration instead, of
hours, minutes and seconds (precise to the second). Without the word ("won in 2:04:37")
it stays masked: no value rather than a time of day read as a duration.

No language data of its own: the hour words are the surfaces of ``units`` whose unit is
``hour`` ("hours", "Stunden", "horas", "heures", "ore", "h").

A race time with hundredths is never a time of day and needs no word: minutes and seconds
with their hundredths after a point ("3:54.18", "1:56.71"), or with the minute and second
marks of Italian and French reports ("3'54\"18", "4'01\"22"; seconds alone, "1\"72", the
margin between two swimmers). The hundredths set its precision. (A feet-and-inches figure,
6'2", has no digits after its inch mark.)
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language

__all__ = ["clock_durations"]

_CLOCK = regex.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
_HOUR_WORDS: dict[str, regex.Pattern | None] = {}
# 3:54.18 (minutes, seconds, hundredths)
_RACE_POINT = regex.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)[.,](\d\d?)(?![\d:]|[.,]\d)")
# 3'54"18, 4’01”22, 1"72 (minutes optional; the second mark '' or " or ″)
_RACE_MARKS = regex.compile(r"(?<![\d'’′.,])(?:(\d{1,2})['’′])?([0-5]?\d)(?:''|[\"”″])(\d\d?)(?![\d'’′\"”″])")


def _hour_words(L: Language) -> regex.Pattern | None:
    if L.code not in _HOUR_WORDS:
        words = sorted((w for w, expr in (L.raw.get("units") or {}).items() if expr == "hour"),
                       key=len, reverse=True)
        _HOUR_WORDS[L.code] = regex.compile(
            r"[ \u00a0]?(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{N}])",
            regex.IGNORECASE) if words else None
    return _HOUR_WORDS[L.code]


def clock_durations(text: str, L: Language) -> dict[int, Cand]:
    """Start of each clock-shaped duration in ``text`` -> its candidate (hours, with the
    minutes and seconds as smaller parts)."""
    out = _race_times(text)
    words = _hour_words(L)
    if words is None or ":" not in text:
        return out
    for m in _CLOCK.finditer(text):
        w = words.match(text, m.end())
        if w is None:
            continue
        h, mi, s = (Decimal(g) for g in m.groups())
        c = Cand(m.start(), w.end(), m.start(), m.end(1), h, 0, "digits")
        c.unit_expr = "hour"
        c.extra_measures = ((mi, "minute"), (s, "second"))
        c.unit_surface = w.group().strip()
        out[m.start()] = c
    return out


def _race_times(text: str) -> dict[int, Cand]:
    """Start of each race time with hundredths -> its candidate (minutes, with the seconds
    as the smaller part; or seconds alone)."""
    out = {}
    if ":" in text:
        for m in _RACE_POINT.finditer(text):
            out[m.start()] = _race(m, m.group(1), m.group(2), m.group(3))
    if "''" in text or any(ch in text for ch in "\"”″"):      # a second mark: '' " ” ″
        for m in _RACE_MARKS.finditer(text):
            out[m.start()] = _race(m, m.group(1), m.group(2), m.group(3))
    return out


def _race(m, minutes: str | None, seconds: str, hundredths: str) -> Cand:
    secs = Decimal(f"{seconds}.{hundredths}")          # 55.90: precise to the hundredth
    if minutes is None:
        c = Cand(m.start(), m.end(), m.start(), m.end(), secs, -len(hundredths), "digits")
        c.unit_expr = "second"
    else:
        c = Cand(m.start(), m.end(), m.start(), m.end(1), Decimal(minutes), 0, "digits")
        c.unit_expr = "minute"
        c.extra_measures = ((secs, "second"),)
    c.unit_surface = ""
    return c
