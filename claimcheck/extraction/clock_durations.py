"""Durations written as a clock: race and trial times, "2:04:37 Stunden", "in 2:18:52
hours". A figure of hours, minutes and seconds is masked as a time of day (masks.py); when
a word of the language's units that means hours follows it, it is a duration instead, of
hours, minutes and seconds (precise to the second). Without the word ("won in 2:04:37")
it stays masked: no value rather than a time of day read as a duration.

No language data of its own: the hour words are the surfaces of ``units`` whose unit is
``hour`` ("hours", "Stunden", "horas", "heures", "ore", "h").
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language

__all__ = ["clock_durations"]

_CLOCK = regex.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
_HOUR_WORDS: dict[str, regex.Pattern | None] = {}


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
    words = _hour_words(L)
    if words is None or ":" not in text:
        return {}
    out = {}
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
