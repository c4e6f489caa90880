"""Numbers written in digits: separators, decimal marks, exponents.

:func:`parse_digits` returns ``(value, exp)``: the exact ``Decimal`` value and the power
of ten of the last written digit, which sets the claim's precision ("21.75" -> exp -2;
"200" -> 0; "1.3e6" -> 5). Number words live in :mod:`wordnum`, CJK numerals in
:mod:`cjknum`.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from .language import Language

_SEP_SPLIT = regex.compile(r"(\D+)")
_EXPONENT = regex.compile(r"(?:[eE]([-+−]?\d+)|[ ]?[x×][ ]?10\^([-+−]?\d+))$")  # after normalising
# full-width and ideographic punctuation that may sit inside a number
_WIDE = str.maketrans({"．": ".", "，": ",", "－": "-", "−": "-", "／": "/", "％": "%"})
_DIGIT_RUN = regex.compile(r"\d+")
_NON_ASCII_DIGIT = regex.compile(r"(?a:[^0-9])(?<=\d)")


def _ascii_digit(m) -> str:
    return str(int(m.group()))


def normalise_digits(text: str) -> str:
    """Full-width and other decimal digits to ASCII; full-width marks to ASCII."""
    if text.isascii():
        return text
    return _NON_ASCII_DIGIT.sub(_ascii_digit, text).translate(_WIDE)


def parse_digits(raw: str, lang: Language) -> tuple[Decimal, int] | None:
    """Parse digits with separators by the language's conventions; None if malformed.

    The language says which marks group and which mark decimals. When a mark could be
    either (a ',' in a language that groups with ','), the reading that gives well-formed
    three-digit groups wins; "21,75" in English can only be a decimal comma, "2.300" in
    Spanish only a grouped thousand.
    """
    if raw.isdigit() and raw.isascii():
        return Decimal(raw), 0                     # the common case: plain ASCII digits
    raw = normalise_digits(raw)
    shift = 0
    m = _EXPONENT.search(raw)
    if m:
        shift = int((m.group(1) or m.group(2)).replace("−", "-"))
        raw = raw[:m.start()]
        if abs(shift) > 400:
            return None
    if raw[:1] in ".,":
        if raw[0] not in lang.decimal or not raw[1:].isdigit():
            return None
        return _shifted(Decimal("0." + raw[1:]), -(len(raw) - 1), shift)
    parsed = _separated(raw, lang)
    if parsed is None:
        return None
    return _shifted(parsed[0], parsed[1], shift)


def _shifted(value: Decimal, exp: int, shift: int) -> tuple[Decimal, int]:
    if shift:
        return value.scaleb(shift), exp + shift
    return value, exp


def _separated(raw: str, lang: Language) -> tuple[Decimal, int] | None:
    parts = _SEP_SPLIT.split(raw)
    digits, seps = parts[0::2], parts[1::2]
    try:
        if not seps:
            return Decimal(raw), 0
    except InvalidOperation:
        return None
    decimal, group = set(lang.decimal) | set(lang.decimal_before), set(lang.group)
    distinct = set(seps)

    inner = lang.numerals.get("inner_group")

    def grouped(groups: list[str]) -> bool:
        # "0.683" is never a grouped thousand: a leading group of 0 means a decimal mark
        if not (1 <= len(groups[0]) <= 3 and groups[0] != "0"):
            return False
        if all(len(g) == 3 for g in groups[1:]):
            return True
        # lakh grouping (numerals.inner_group: 2): "1,00,000", "2,75,000", "12,34,567"
        return bool(inner) and len(groups) >= 3 and len(groups[0]) <= inner and \
            all(len(g) == inner for g in groups[1:-1]) and len(groups[-1]) == 3

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
        return Decimal("".join(digits[:-1]) + "." + digits[-1]), -len(digits[-1])
    mark = last
    as_group_ok = mark in group and grouped(digits)
    as_decimal_ok = len(seps) == 1 and (mark in decimal or mark in (",", "."))
    prefer_group = mark in group and mark not in decimal
    if as_group_ok and (prefer_group or not as_decimal_ok):
        return Decimal("".join(digits)), 0
    if as_decimal_ok:
        # a decimal mark, or a grouping mark that cannot group ("21,75" in English)
        return Decimal(digits[0] + "." + digits[1]), -len(digits[1])
    if as_group_ok:
        return Decimal("".join(digits)), 0
    return None


def first_run(raw: str) -> int:
    """Length of the leading plain digit run (to split a malformed "22,24,26")."""
    m = _DIGIT_RUN.match(raw)
    return m.end() if m else 0
