"""Compare two claims: interval overlap, exact differences, and the likely error pattern.

Two claims agree when their intervals overlap ("超200亿" = [20e9, inf) agrees with
204.5亿 = [20.445e9, 20.455e9]). A disagreement is measured on the stated values:
21.75 billion against 204.5亿 differ by 1.3 billion, about 6% of the larger. All
arithmetic is on Decimals; nothing is rounded until it is written into a sentence.

Error patterns, from most to least specific:

- ``wrong currency``: both are money, in different currencies;
- ``unit mismatch``: different kinds of measure (area against length, % against a count);
- ``misread decimal comma``: the same digits, a power of ten apart, and one side writes a
  separator that reads either way ("2,300" = 2.3 in French, 2300 in English);
- ``scale slip``: a power of ten apart (x10, x1000; 万 against 亿 is x10^4; billion
  against Spanish billón is x1000);
- ``transposed digits``: the same digits with two neighbours swapped (95 against 59);
- ``dropped qualifier``: one side says over/about/under and the other does not. The
  intervals may still overlap; then the pattern is a note on an agreement.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

import regex

from ..records import Claim

__all__ = ["Comparison", "compare", "overlap", "abs_difference", "rel_difference",
           "compatible", "format_quantity", "format_percent", "scale_apart",
           "transposed_digits", "misread_separator", "PATTERNS", "one_digit", "swapped_digits",
           "one_digit_apart", "rounded_alike", "scale_apart_rounded", "significant_digits"]

PATTERNS = ("wrong currency", "unit mismatch", "misread decimal comma", "scale slip",
            "transposed digits", "dropped qualifier")

# Written names of currencies in findings; codes not listed are written as the code.
_CURRENCY_NAMES = {"CNY": "yuan", "EUR": "euros", "USD": "US dollars", "JPY": "yen",
                   "GBP": "pounds", "CHF": "Swiss francs", "KRW": "won", "INR": "rupees"}
# (threshold, divisor, word) for large amounts in English, largest first
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
           (Decimal(10) ** 6, "million"))
# SI units of claim records written back in a readable unit: (unit, threshold, factor, name)
_MEASURES = {
    "m**2": ((Decimal(10) ** 6, "km²"), (Decimal(1), "m²")),
    "m": ((Decimal(1000), "km"), (Decimal(1), "m")),
    "W": ((Decimal(10) ** 9, "GW"), (Decimal(10) ** 6, "MW"), (Decimal(1000), "kW"),
          (Decimal(1), "W")),
    "J": ((Decimal(3600) * 10 ** 9, "GWh"), (Decimal(3600) * 10 ** 6, "MWh"),
          (Decimal(3600) * 1000, "kWh"), (Decimal(1), "J")),
    # a year of 365.25 days and its twelfth, as the durations were converted
    "s": ((Decimal(31557600), "years"), (Decimal(2629800), "months"), (Decimal(86400), "days"),
          (Decimal(3600), "hours"), (Decimal(60), "minutes"), (Decimal(1), "seconds")),
    "kg": ((Decimal(1000), "t"), (Decimal(1), "kg")),
    "m**3": ((Decimal(1), "m³"),),
}
# The digits of a number as written: "2,300", "2.300", "2,3", "2300", "21.750".
_NUMERAL = regex.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_SCALE_WORDS = {4: "万", 8: "亿"}


@dataclass(frozen=True, slots=True)
class Comparison:
    """The outcome of comparing two claims.

    ``abs_diff`` is |a.value - b.value| in the claims' unit and ``rel_diff`` that
    difference as a fraction of the larger magnitude (0.0598 for 1.3 against 21.75);
    both are None when the claims are not comparable (different currency or dimension).
    ``pattern`` names the likely error (see :data:`PATTERNS`) or is None.
    """

    agree: bool
    abs_diff: Decimal | None
    rel_diff: Decimal | None
    pattern: str | None
    explanation: str


def overlap(a: Claim, b: Claim) -> bool:
    """Whether the closed intervals [low, high] of two claims overlap."""
    return a.low <= b.high and b.low <= a.high


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims measure in the same unit, so their values can be compared.

    A bare number (kind ``number``, no unit: "逾200亿") is compatible with anything,
    since headlines often drop the currency that the body states."""
    if a.kind == "date" or b.kind == "date":
        return a.kind == b.kind
    if a.kind == "number" or b.kind == "number":
        return True
    if {a.kind, b.kind} <= {"count", "number"}:
        return True
    return a.kind == b.kind and (a.unit or "") == (b.unit or "")


def abs_difference(a: Claim, b: Claim) -> Decimal:
    """|a.value - b.value|, exact."""
    with localcontext() as ctx:
        ctx.prec = 50
        return abs(a.value - b.value)


def rel_difference(a: Claim, b: Claim) -> Decimal | None:
    """The difference as a fraction of the larger magnitude (None when both are 0)."""
    big = max(abs(a.value), abs(b.value))
    if big == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        return abs_difference(a, b) / big


def scale_apart(a: Decimal, b: Decimal) -> int | None:
    """k > 0 when max/min is exactly 10**k, else None."""
    lo, hi = sorted((abs(a), abs(b)))
    if lo == 0 or lo == hi:
        return None
    with localcontext() as ctx:
        ctx.prec = 50
        ratio = (hi / lo).normalize()
    sign, digits, exp = ratio.as_tuple()
    if digits == (1,) and isinstance(exp, int) and exp > 0:
        return exp
    return None


_ROUNDING = Decimal("0.005")


def rounded_alike(a: Decimal, b: Decimal) -> tuple[Decimal, Decimal] | None:
    """The two figures with the more precise one rounded to the other's significant digits
    (2.107 against 3.11 is 2.11 against 3.11), when that rounding changes it by less than
    0.5 % and the less precise has two significant digits at least; else None."""
    if not (a.is_finite() and b.is_finite()) or a == 0 or b == 0:
        return None
    da, db = len(_digits(abs(a))), len(_digits(abs(b)))
    if min(da, db) < 2 or da == db:
        return None
    fine = b if da < db else a
    with localcontext() as ctx:
        ctx.prec = min(da, db)
        rounded = +fine
    with localcontext() as ctx:
        ctx.prec = 28
        if abs(rounded - fine) > abs(fine) * _ROUNDING:
            return None
    return (a, rounded) if da < db else (rounded, b)


def scale_apart_rounded(a: Decimal, b: Decimal) -> int | None:
    """Like :func:`scale_apart`, once the more precise figure is rounded to the other's
    significant digits (:func:`rounded_alike`): "984,3 Billionen" against 9842.6亿
    (984.26 billion) is 984.3 against 984.3, a thousand times apart."""
    pair = rounded_alike(a, b)
    return scale_apart(*pair) if pair else scale_apart(a, b)


def significant_digits(value: Decimal) -> int:
    """How many significant digits a value has (5.8 -> 2, 850000 -> 2, 12.76 -> 4; 0 for
    zero and the unbounded)."""
    return len(value.normalize().as_tuple().digits) if value.is_finite() and value else 0


def _digits(value: Decimal) -> str:
    """Significant digits of a value: 21750000000 -> "2175", 0.59 -> "59"."""
    if not value.is_finite() or value == 0:
        return "0"
    return "".join(map(str, value.normalize().as_tuple().digits))


def transposed_digits(a: Decimal, b: Decimal) -> bool:
    """Two neighbouring digits swapped, at the same magnitude (95 vs 59, 21.75 vs 21.57)."""
    if not (a.is_finite() and b.is_finite()) or a == b or a == 0 or b == 0:
        return False
    if a.adjusted() != b.adjusted():
        return False
    da, db = _padded(a, b)
    return swapped_digits(da, db)


def _padded(a: Decimal, b: Decimal) -> tuple[str, str]:
    """The significant digits of two values, the shorter padded with zeros."""
    da, db = _digits(abs(a)), _digits(abs(b))
    width = max(len(da), len(db))
    return da.ljust(width, "0"), db.ljust(width, "0")


def one_digit(a: Decimal, b: Decimal) -> bool:
    """One digit changed, at the same magnitude (850 vs 950)."""
    if not (a.is_finite() and b.is_finite()) or a == 0 or b == 0:
        return False
    return a.adjusted() == b.adjusted() and one_digit_apart(*_padded(a, b))


def swapped_digits(x: str, y: str) -> bool:
    """Two digit strings of one length with two neighbouring digits swapped ("95", "59")."""
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] \
        and x[diff[1]] == y[diff[0]]


def one_digit_apart(x: str, y: str) -> bool:
    """Two digit strings of one length that differ in exactly one digit."""
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def _numeral(text: str) -> tuple[str, int] | None:
    """(significant digits, digits after the last separator) of the first number written
    in ``text``: "2,300 tonnes" -> ("23", 3), "2,3 t" -> ("23", 1), "2300吨" -> ("23", 0)."""
    m = _NUMERAL.search(text)
    if not m:
        return None
    written = regex.sub(r"[\u00a0\u202f ]", "", m.group())
    last = max(written.rfind("."), written.rfind(","))
    after = len(written) - last - 1 if last >= 0 else 0
    return regex.sub(r"\D", "", written).rstrip("0") or "0", after


def misread_separator(a: Claim, b: Claim) -> bool:
    """One side writes a thousands group ("2,300", "2.300", "2300") where the other writes
    the same digits with a decimal mark ("2,3"): a separator read the wrong way. When the
    numerals are written alike and only the scale words differ, it is a scale slip."""
    na, nb = _numeral(a.text), _numeral(b.text)
    if not na or not nb or na[0] != nb[0]:
        return False

    def grouped(n, text):  # "2,300", "2.300" or a plain "2300"
        return n[1] == 3 or (n[1] == 0 and len(regex.sub(r"\D", "", text)) >= 4)

    def decimal(n):  # "2,3", "2.30"
        return 0 < n[1] < 3

    return (grouped(na, a.text) and decimal(nb)) or (grouped(nb, b.text) and decimal(na))


def _pattern(a: Claim, b: Claim, agree: bool) -> tuple[str | None, str]:
    """(pattern, detail) for two comparable claims."""
    if not agree:
        k = scale_apart(a.value, b.value)
        if k is not None:
            if k == 3 and misread_separator(a, b):
                return "misread decimal comma", (
                    "the values are 1000 apart and the same digits are grouped in one "
                    "version but carry a decimal mark in the other")
            return "scale slip", _scale_detail(a, b, k)
        if transposed_digits(a.value, b.value):
            return "transposed digits", "two neighbouring digits are swapped"
    quals = {a.qualifier, b.qualifier}
    if "exact" in quals and quals & {"over", "under", "about"}:
        hedged = a if a.qualifier != "exact" else b
        return "dropped qualifier", (
            f"only one side is qualified ({hedged.qualifier}: {hedged.text!r})")
    return None, ""


def _scale_detail(a: Claim, b: Claim, k: int) -> str:
    texts = a.text + b.text
    words = [w for w in _SCALE_WORDS.values() if w in texts]
    if k == 4 and len(words) == 2:
        return "x10^4 apart: 万 (10^4) against 亿 (10^8)"
    lowered = (a.text + " " + b.text).lower()
    if k == 3 and ("billón" in lowered or "billones" in lowered):
        return "x1000 apart: the Spanish billón is 10^12, not a billion (10^9)"
    return f"x{10 ** k} apart" if k <= 6 else f"x10^{k} apart"


def _mismatch(a: Claim, b: Claim) -> Comparison:
    if a.kind == "money" and b.kind == "money":
        return Comparison(False, None, None, "wrong currency",
                          f"{a.text!r} is in {a.unit} but {b.text!r} is in {b.unit}")
    return Comparison(False, None, None, "unit mismatch",
                      f"{a.text!r} is a {a.kind} ({a.unit or 'no unit'}) but {b.text!r} "
                      f"is a {b.kind} ({b.unit or 'no unit'})")


def compare(a: Claim, b: Claim) -> Comparison:
    """Compare two claims that may speak of the same quantity.

    Agreement is interval overlap. The explanation is one English sentence for a finding,
    e.g. "'RMB 21.75 billion' and '204.5亿元' differ by 1.3 billion yuan (about 6%)".
    """
    if not compatible(a, b):
        return _mismatch(a, b)
    agree = overlap(a, b)
    diff = abs_difference(a, b)
    rel = rel_difference(a, b)
    pattern, detail = _pattern(a, b, agree)
    unit = a.unit or b.unit
    if agree:
        text = f"{a.text!r} and {b.text!r} agree (their ranges overlap)"
    else:
        amount = format_quantity(diff, unit, a.kind if a.unit else b.kind)
        share = f" ({format_percent(rel)})" if rel is not None else ""
        text = f"{a.text!r} and {b.text!r} differ by {amount}{share}"
    if pattern:
        text += f"; {'note' if agree else 'likely ' + pattern}: {detail}"
    return Comparison(agree, diff, rel, pattern, text)


def _plain(value: Decimal, places: int = 2) -> str:
    """A Decimal written with at most ``places`` decimals and no trailing zeros."""
    if value.adjusted() >= 28:
        q = value
    else:
        with localcontext() as ctx:   # 27 digits and 2 decimals need more than 28
            ctx.prec = 60
            q = value.quantize(Decimal(1).scaleb(-places))
    text = format(q.normalize(), "f")
    return text


def format_quantity(value: Decimal, unit: str | None, kind: str = "") -> str:
    """A value in words for a finding: 1300000000 CNY -> "1.3 billion yuan",
    36900000 m**2 -> "36.9 km²", 20 percent -> "20 percentage points" (a difference)."""
    if not value.is_finite():
        return "unbounded"
    if unit in ("percent", "percentage_point"):
        return f"{_plain(value)} percentage points"
    if unit in _MEASURES:
        for threshold, name in _MEASURES[unit]:
            if abs(value) >= threshold or threshold == _MEASURES[unit][-1][0]:
                return f"{_plain(value / threshold)} {name}"
    words = _plain(value)
    for threshold, name in _SCALES:
        if abs(value) >= threshold:
            words = f"{_plain(value / threshold)} {name}"
            break
    if unit:
        return f"{words} {_CURRENCY_NAMES.get(unit, unit)}"
    return words


def format_percent(fraction: Decimal) -> str:
    """0.0598 -> "about 6%"; 0.004 -> "about 0.4%"; 9 -> "about 900%"."""
    pct = fraction * 100
    if pct >= 1:
        return f"about {_plain(pct.quantize(Decimal(1)), 0)}%"
    return f"about {_plain(pct, 1)}%" if pct >= Decimal("0.1") else "under 0.1%"
