"""Turn written numbers into exact values.

Each parser returns ``(value, exp)``: the exact ``Decimal`` value and the power of ten of
the last written digit, which sets the claim's precision ("21.75" -> exp -2; "200" -> 0).
``exp`` is ``None`` for numbers that are exact by nature (counts written as words).
"""
from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction

import regex

from .langdata import Language, pow10

_DIGITS = regex.compile(r"\d+")
_SEP_SPLIT = regex.compile(r"(\D+)")


def _normalise_digits(text: str) -> str:
    # full-width and other decimal digits to ASCII
    return "".join(str(int(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def parse_digits(raw: str, lang: Language) -> tuple[Decimal, int] | None:
    """Parse digits with separators by the language's conventions; None if malformed.

    The language says which marks group and which mark decimals. When a mark could be
    either (a ',' in a language that groups with ','), the reading that gives well-formed
    three-digit groups wins; "21,75" in English can only be a decimal comma, "2.300" in
    Spanish only a grouped thousand.
    """
    raw = _normalise_digits(raw)
    parts = _SEP_SPLIT.split(raw)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(raw), 0
    decimal, group = set(lang.decimal), set(lang.group)
    distinct = set(seps)

    def grouped(groups: list[str]) -> bool:
        return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])

    # All marks but possibly the last are grouping marks.
    if len(distinct) > 2:
        return None
    last = seps[-1]
    head_seps = seps[:-1]
    if len(distinct) == 2:
        # "1,234.56" / "1.234,56": the last mark is the decimal one, the others group
        if any(s != head_seps[0] for s in head_seps) or last == head_seps[0]:
            return None
        if last not in decimal and last not in (",", "."):
            return None
        if not grouped(digits[:-1]):
            return None
        text = "".join(digits[:-1]) + "." + digits[-1]
        return Decimal(text), -len(digits[-1])
    # one kind of mark
    mark = last
    as_group_ok = mark in group and grouped(digits)
    as_decimal_ok = len(seps) == 1 and (mark in decimal or mark in (",", "."))
    if mark in group and mark in decimal:
        prefer_group = False
    else:
        prefer_group = mark in group
    if as_group_ok and (prefer_group or not as_decimal_ok):
        return Decimal("".join(digits)), 0
    if as_decimal_ok and (mark in decimal or not (mark in group)):
        return Decimal(digits[0] + "." + digits[1]), -len(digits[1])
    if as_decimal_ok and not as_group_ok:
        # a grouping mark that cannot group ("21,75" in English): read it as a decimal mark
        return Decimal(digits[0] + "." + digits[1]), -len(digits[1])
    if as_group_ok:
        return Decimal("".join(digits)), 0
    return None


def _word_value(lang: Language, word: str):
    v = lang.words.find(word)
    if v is not None:
        return ("n", Fraction(str(v)))
    v = lang.multipliers.find(word)
    if v is not None:
        return ("m", Fraction(str(v)))
    v = lang.scales.find(word)
    if v is not None:
        return ("s", Fraction(10) ** int(v))
    if word.casefold() in {w.casefold() for w in lang.numerals.get("one_words") or ()}:
        return ("n", Fraction(1))
    return None


def _western_tokens(text: str, lang: Language) -> list[str]:
    vocab = lang.word_token_re
    return [m.group(0) for m in vocab.finditer(text)]


def parse_words(text: str, lang: Language) -> tuple[Decimal, int | None] | None:
    """Parse a run of number words ("vingt-huit", "doscientas", "mil millones").

    Additive words add; multipliers ("hundred", "cents") multiply the pending group;
    scale words multiply everything before them when they are larger than any scale seen
    so far ("mil millones" = 10^9), otherwise only the pending group.
    """
    tokens = _western_tokens(text, lang)
    if not tokens:
        return None
    total = Fraction(0)
    group = Fraction(0)
    pending = False
    last_scale = None
    largest = Fraction(0)
    for tok in tokens:
        kind = _word_value(lang, tok)
        if kind is None:
            return None
        k, v = kind
        if k == "n":
            group += v
            pending = True
            last_scale = None
        elif k == "m":
            group = (group if pending else Fraction(1)) * v
            pending = True
            last_scale = None
        else:
            if v > largest:
                total = (total + (group if pending else Fraction(1 if not total else 0))) * v
                largest = v
            else:
                total += (group if pending else Fraction(1)) * v
            group = Fraction(0)
            pending = False
            last_scale = v
    total += group
    value = Decimal(total.numerator) / Decimal(total.denominator)
    exp = None
    if last_scale is not None:
        exp = len(str(last_scale.numerator)) - 1
    return value, exp


def parse_cjk(text: str, lang: Language) -> tuple[Decimal, int | None] | None:
    """Parse Chinese/Japanese numerals, possibly mixed with Arabic digits.

    Digits (一..九, 壹..玖, 两) set the pending digit; small units (十 百 千) multiply it into
    the current section; big units (万 亿 兆, from the language's scales) close a section. A
    big unit larger than any before multiplies the whole running total, so 1.2万亿 is
    1.2 x 10^12 while 314亿8000万 is 314 x 10^8 + 8000 x 10^4.
    """
    text = _normalise_digits(text)
    digits, units, scales = lang.cjk_digits, lang.cjk_units, lang.scales
    decimal_words = set(lang.numerals.get("decimal_words") or ())
    total = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    largest = -1
    last_exp: int | None = None  # exponent of the last written place
    frac_digits = 0
    in_fraction = False
    i = 0
    n = len(text)
    while i < n:
        m = _NUMBER.match(text, i)
        if m:
            num = m.group(0)
            current = Decimal(num)
            last_exp = -len(num.split(".")[1]) if "." in num else 0
            i = m.end()
            continue
        ch = text[i]
        if ch in decimal_words:
            in_fraction = True
            i += 1
            continue
        d = digits.find(ch)
        if d is not None:
            d = Decimal(str(d))
            if in_fraction:
                frac_digits += 1
                current = (current or Decimal(0)) + d * pow10(-frac_digits)
                last_exp = -frac_digits
            else:
                current = d if current is None else current * 10 + d
                last_exp = 0
            i += 1
            continue
        u = units.find(ch)
        if u is not None:
            section += (current if current is not None else Decimal(1)) * pow10(int(u))
            current = None
            last_exp = int(u)
            i += 1
            continue
        # big units may be one or two characters (万亿)
        s = scales.find(text[i:i + 2]) if i + 2 <= n else None
        width = 2
        if s is None:
            s = scales.find(ch)
            width = 1
        if s is None:
            return None
        s = int(s)
        sec = section + (current if current is not None else (Decimal(0) if section else Decimal(1)))
        if s > largest:
            total = (total + sec) * pow10(s)
            largest = s
        else:
            total += sec * pow10(s)
        if last_exp is not None:
            last_exp += s
        section = Decimal(0)
        current = None
        in_fraction = False
        i += width
    with localcontext() as ctx:
        ctx.prec = 60
        value = total + section + (current if current is not None else Decimal(0))
    return value, last_exp


_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
