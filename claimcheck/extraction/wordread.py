"""Reading the tokens of a number phrase from the text.

:func:`token_from_match` turns a match of the language's token or seed pattern into a
:class:`~.wordtokens.Tok`; words that glue number words into one ("zweihundertsechs",
"veintiunavos", "doscientos") are cut into their pieces and valued here. Every word comes
from the language file.
"""
from __future__ import annotations

import functools
import unicodedata
from fractions import Fraction

from .language import Language, fold
from .numerals import parse_digits
from .wordnum import cardinal
from .wordtokens import Tok

__all__ = ["token_from_match", "fused_token"]


def _word_token(word: str, lang: Language, start: int, end: int, join, jword) -> Tok | None:
    f = fold(word)
    if f in lang.negative_words:
        return Tok("neg", Fraction(-1), start, end, join, jword, word=f)
    if f in lang.one_words:
        return Tok("one", Fraction(1), start, end, join, jword, word=f)
    for kind, table in (("num", lang.words), ("mul", lang.multipliers), ("scale", lang.scales),
                        ("frac", lang.fractions)):
        v = table.find(word)
        if v is not None:
            val = Fraction(str(v))
            return Tok(kind, val, start, end, join, jword, word=f,
                       unit_ordinal=kind == "frac" and 1 <= val <= 9 and f not in lang.plain_fractions)
    return None


@functools.lru_cache(maxsize=4096)
def _segment(word: str, code: str) -> Fraction | None:
    """Value of number words glued together ("veintiun", "doscientos", "milcinco")."""
    from .language import get_language

    toks = list(_segments(word, code) or ())
    if not toks:
        return None
    if toks[0].kind == "one":
        toks[0] = Tok("num", Fraction(1), 0, 0, None)
    result = cardinal(toks, get_language(code))
    return None if result is None else result[0]


_INVERT = Tok("inv", Fraction(0), 0, 0, None)   # an inverting joiner not yet applied


@functools.lru_cache(maxsize=None)
def _longest_piece(code: str) -> int:
    """Length of the longest (folded) word a glued number can be made of."""
    from .language import get_language

    lang = get_language(code)
    pieces = [*lang.words, *lang.multipliers, *lang.scales, *lang.one_words,
              *lang.fused_joiners, *lang.fused_inverting]
    return max((len(fold(p)) for p in pieces), default=1)


@functools.lru_cache(maxsize=4096)
def _segments(word: str, code: str) -> tuple[Tok, ...] | None:
    """The number words glued in ``word``, in the order they add up; None if it is not
    made of number words only. An inverting joiner puts the tens before the units they
    follow: German drei|und|zwanzig is read as 20, 3."""
    from .language import get_language

    lang = get_language(code)
    w = fold(word)
    n = len(w)
    longest = _longest_piece(code)
    # best[i]: token list for w[:i]
    best: list[list | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(min(n, i + longest), i, -1):   # no piece is longer than a word
            piece = w[i:j]
            if (piece in lang.fused_joiners or piece in lang.fused_inverting) and best[i] \
                    and best[i][-1] is not _INVERT:
                if best[j] is None:
                    best[j] = best[i] + [_INVERT] if piece in lang.fused_inverting else best[i]
                continue
            tok = _word_token(piece, lang, 0, 0, "space", "")
            if tok is not None and tok.kind in ("num", "mul", "scale", "one") and best[j] is None:
                prev = best[i]
                if prev and prev[-1] is _INVERT:
                    if tok.kind != "num" or len(prev) < 2:
                        continue
                    best[j] = prev[:-2] + [tok, prev[-2]]
                else:
                    best[j] = prev + [tok]
    return tuple(best[n]) if best[n] and best[n][-1] is not _INVERT else None


def fused_token(word: str, lang: Language, start: int, end: int, join, jword) -> Tok | None:
    """A fraction word glued to its number: "veintiunavos" = 21sts, "dosmilésimos" = 2000ths."""
    w = fold(word)
    for suffix in sorted(set(lang.fused_suffixes) | set(map(fold, lang.fused_endings)), key=len,
                         reverse=True):
        if w.endswith(suffix) and len(w) > len(suffix):
            base = lang.fused_suffixes.find(suffix)
            if base is None:
                base = lang.fractions.find(suffix)
            prefix = _segment(w[:-len(suffix)], lang.code)
            for vowel in lang.fused_elided:
                if prefix is None:      # treint-avos: the suffix absorbed treinta's last vowel
                    prefix = _segment(w[:-len(suffix)] + vowel, lang.code)
            if prefix is not None and base is not None:
                return Tok("frac", prefix * Fraction(str(base)), start, end, join, jword)
    if lang.fused_cardinals:                  # "zweihundertsechsundfünfzig"
        parts = _segments(w, lang.code)
        if parts and len(parts) > 1:
            value = _segment(w, lang.code)
            if value is not None:
                return Tok("num", value, start, end, join, jword, word=w)
    return None


VULGAR_DENOMINATOR = 64


def token_from_match(m, lang: Language, join, jword) -> Tok | None:
    """A Tok for a match of ``lang.token_re`` or ``lang.seed_re``; None if it is not one."""
    g = m.lastgroup
    s, e = m.span()
    raw = m.group()
    if g in ("dig", "lead"):
        parsed = parse_digits(raw, lang)
        if parsed is None:
            return None
        value, exp = parsed
        return Tok("dig", None, s, e, join, jword, exp=exp, dec=value)   # (value: see Tok)
    if g == "sl":
        a, b = raw.replace("／", "/").split("/")
        a, b = int(a), int(b)
        if b == 0:
            return None
        return Tok("dig", Fraction(a, b), s, e, join, jword, exp=None, unit_ordinal=True)
    if g == "vf":
        v = Fraction(unicodedata.numeric(raw)).limit_denominator(VULGAR_DENOMINATOR)
        return Tok("dig", v, s, e, join, jword, exp=None, unit_ordinal=True)
    if g == "fz":
        return fused_token(raw, lang, s, e, join, jword)
    if g in ("w", "one", "neg"):
        return _word_token(raw, lang, s, e, join, jword)
    return None
