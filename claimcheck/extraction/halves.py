"""A half written after a unit that an article counts ("un metro e mezzo", "um ano e meio",
"una hora y media", "un kilomètre et demi"): the article is one of the unit, the half word
(``numerals.half_after``) its half, 1.5 of the unit in all; the half word is no 0.5 of its
own. Read here because an article starts a number only before a number or money word."""
from __future__ import annotations

from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language, fold


# the word before a position (the unit), and the word before that (the article)
_WORD_BACK = regex.compile(r"(?r)(\p{L}+)[^\S\n]*")
_REACH = 40          # characters read back from the half for the unit and the article


def half_tail(text: str, c: Cand, lang: Language) -> Cand | bool | None:
    """None when ``c`` is no half word closing ``numerals.half_after``; else a claim of one
    at the article before the unit (the caller reads the unit and the half after it), or
    False when no article counts the unit (the half is then no claim: "e mezzo" alone)."""
    if c.source != "words" or c.value != Decimal("0.5") or c.high_value is not None:
        return None
    lo = max(0, c.num_start - 12)
    p = next((i for i in range(c.num_start - 1, lo - 1, -1)
              if (m := lang.half_after_re.match(text, i)) and m.end() == c.num_end), None)
    if p is None:
        return None
    unit = _WORD_BACK.search(text, max(0, p - _REACH), p)
    if unit is None or unit.end() != p or not lang.unit_after_re.match(text, unit.start()):
        return False
    art = _WORD_BACK.search(text, max(0, unit.start() - _REACH), unit.start())
    if art is None or art.end() != unit.start() or fold(art.group(1)) not in lang.one_words:
        return False
    s, e = art.start(1), art.end(1)
    return Cand(s, e, s, e, Decimal(1), None, "words")
