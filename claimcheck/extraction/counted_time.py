"""Units of activity counted in days, hours or nights are counts, not durations.

"41.000 giornate sciatore", "410 000 journées-skieurs", "jornadas de esquí", "1.2 million
working days were lost", "5,000 ore uomo": each is a number of person-days (a skier on the
slopes for a day, a worker off for a day), a count of units of activity; read as a duration
the figure becomes thousands of years in seconds and can never meet another version's
"410'000 Skitage" or "41万人次". What separates them from a real duration ("a 24-hour
strike", "tres días de lluvia", "within 10 working days") is a word of the language's
``counted_time`` list right after the unit of time: a person ("sciatore", "skieurs",
"uomo", "hombre"), an activity ("de esquí", "di sci") or the loss of it ("lost",
"perdues"), or a scale of millions or more on a unit of a day or less ("5.05 million days
are estimated to have been lost": a span of a million days, 2,700 years, is told in years;
a million hours are hours of activity). The figure then keeps its number as written
(41,000, not seconds), becomes a count, and its counted noun is the unit word with the
words that follow ("giornate sciatore"), for the lexicon to name its measure (skier days,
working days lost).
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .language import Language
from .rx import match_at
from .units import UnitError, conversion

__all__ = ["counted_time"]

# the unit word (and a classifier such as "working" before it) at the end of the claim
_LAST_WORDS = regex.compile(r"(?r)(?:[\p{L}\p{M}]+[ \u00a0-])?[\p{L}\p{M}]+$")
_LAST_WORD = regex.compile(r"(?r)[\p{L}\p{M}]+$")
_MIN_SCALE = 6          # millions
_DAY = 86400            # seconds


def counted_time(text: str, c: Cand, lang: Language) -> bool:
    """Make ``c`` a count when it is a duration followed by a word of ``counted_time``;
    return whether it did."""
    pattern = lang.counted_time_re
    if not c.unit_expr or c.per_thing or c.extra_measures \
            or c.currency or c.percent:
        return False
    try:
        kind, _, factor = conversion(c.unit_expr)
    except UnitError:
        return False
    if kind != "duration":
        return False
    m = match_at(pattern, text, c.end) if pattern is not None else None
    if m is None and not (c.scaled and c.scale >= _MIN_SCALE and factor <= _DAY):
        return False
    end = m.end() if m is not None else c.end
    head = text[c.num_end:c.end]
    if lang.boundaries:
        w = _LAST_WORDS.search(head)
        if w is not None and not match_at(lang.unit_classifier_re, head, w.start()):
            w = _LAST_WORD.search(head)    # "di giornate": the joiner is no part of the noun
        start = c.num_end + (w.start() if w is not None else 0)
    else:
        start = c.num_end
    c.subject = text[start:end].strip(" \u00a0-")
    c.unit_expr = None
    c.counted = True
    return True
