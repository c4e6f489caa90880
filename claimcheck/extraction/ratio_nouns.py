"""A share told as one in N with the counted noun between the one and the ratio word:
"un Français sur trois", "près d'une voiture neuve sur quatre", "un italiano su tre"
(1/3, 1/4). The number grammar reads the words alone ("un sur trois",
``numerals.ratio_words``); the words of ``numerals.ratio_nouns`` may also stand after a short
noun phrase that opens with a word for one (``numerals.one_words`` or a number word worth
1). Without that phrase the number keeps its own reading ("passé de 2 sur 3 à ...").
"""
from __future__ import annotations

from fractions import Fraction

import regex

from .atoms import Cand
from .language import Language, fold
from .wordnum import to_decimal

MAX_WORDS = 3                # words of the noun phrase between the one and the ratio word
_LOOK_BACK = 60
_PATTERNS: dict[str, regex.Pattern | None] = {}
_NUMERATORS: dict[str, dict[str, Fraction]] = {}   # number words above one, for "quatre ... sur dix"
_NUMBER_WORDS: dict[str, frozenset[str]] = {}


def _pattern(lang: Language) -> regex.Pattern | None:
    if lang.code not in _PATTERNS:
        n = lang.numerals
        ratio = n.get("ratio_nouns") or ()
        ones = set(n.get("one_words") or ()) | {w for w, v in (n.get("words") or {}).items()
                                                  if v == 1}
        if not ratio or not ones:
            _PATTERNS[lang.code] = None
        else:
            _NUMERATORS[lang.code] = nums = {fold(w): Fraction(v) for w, v in
                                             (n.get("words") or {}).items()
                                             if isinstance(v, int) and 1 < v < 20}
            alt = "|".join(regex.escape(w) for w in sorted(ones | set(nums), key=len,
                                                           reverse=True))
            rat = "|".join(regex.escape(w) for w in sorted(ratio, key=len, reverse=True))
            _PATTERNS[lang.code] = regex.compile(
                rf"(?i)(?<![\p{{L}}\d])(?P<one>{alt})[ \u00a0]+"
                rf"(?P<noun>(?:[\p{{L}}'’\-]+[ \u00a0]+){{1,{MAX_WORDS}}})(?:{rat})[ \u00a0]+$")
            _NUMBER_WORDS[lang.code] = frozenset(
                fold(w) for w in list(n.get("words") or ()) + list(n.get("multipliers") or ())
                + list(lang.raw.get("scales") or ()))
    return _PATTERNS[lang.code]


def one_in_n(text: str, c: Cand, lang: Language) -> int | None:
    """Where the share starts when ``c`` is the N of "one <noun> in N" (its value is then
    1/N); None otherwise. Only a bare whole number from 2 to 1000 qualifies."""
    if c.unit_expr or c.currency or c.percent or c.high_value is not None or \
            not 2 <= c.value <= 1000 or c.value != c.value.to_integral_value():
        return None
    rx = _pattern(lang)
    if rx is None:
        return None
    m = rx.search(text, max(0, c.num_start - _LOOK_BACK), c.num_start)
    if m is None or m.end() != c.num_start:
        return None
    if any(fold(w) in _NUMBER_WORDS[lang.code] for w in m.group("noun").split()):
        return None       # "deux mille sur trois": a number, no noun, between
    top = _NUMERATORS[lang.code].get(fold(m.group("one")), Fraction(1))
    if not top < c.value or top > 1 and (c.source != "words" or c.value > 100):
        return None       # "douze dossiers sur dix", "82 sièges sur 230": two numbers
    n = int(c.value)
    c.value, c.exp = to_decimal(top / Fraction(n)), None
    if n <= 100:          # (a share of a whole; "un sur mille" is a rate's odds)
        c.share, c.share_ratio = n, True
    return m.start("one")
