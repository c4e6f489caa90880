"""Chinese and Japanese numerals, possibly mixed with Arabic digits.

Digits (一..九, 两, 壹..玖) set the pending digit; small units (十 百 千) multiply it into
the current section; big units (万 亿 兆, from the language's scales) close a section. A
big unit larger than any before multiplies the running total, so 1.2万亿 is 1.2 x 10^12
and 10万万 is 10^9, while 314亿8000万 is 314 x 10^8 + 8000 x 10^4. Spoken shorthand is
read as people mean it: 两千四百五 is 2450 and 一万三 is 13000 (a last bare digit counts in
the unit below the one before it). The language file names the markers: 点 for the decimal
point, 分之 for fractions (三分之一 = 1/3), 又 for mixed numbers, 几/余/多 for "some",
半 for a half, 打 for a dozen.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from .langdata import Language
from .numerals import normalise_digits

_ARABIC = regex.compile(r"\d+(?:[.,]\d+)*")
_SPACE = regex.compile(r"[ \u3000]+")


@dataclass(slots=True)
class CjkNumber:
    value: Fraction
    exp: int | None        # power of ten of the last written place; None when exact by nature
    over: bool = False     # 几, 余, 多 inside: "more than"
    per: int = 0           # 百分之/千分之 written without a leading digit: per 100, per 1000


def _markers(lang: Language, key: str) -> tuple[str, ...]:
    return tuple(lang.cjk.get(key) or ())


def parse_cjk(text: str, lang: Language) -> CjkNumber | None:
    """The value of one run of CJK numerals, or None if the run is not one number."""
    text = normalise_digits(_SPACE.sub("", text))
    sign = 1
    neg = [w for w in lang.numerals.get("negative") or () if text.startswith(w)]
    if neg:
        sign, text = -1, text[len(neg[0]):]
    for mark in _markers(lang, "mixed"):            # 三又三分之一
        if mark in text:
            whole, _, frac = text.partition(mark)
            a, b = parse_cjk(whole, lang), parse_cjk(frac, lang)
            if a is None or b is None or a.per:
                return None     # 3又千分之23 is 3.023: the fraction's "per" is just its value
            if not 0 < b.value < 1 and not any(f in frac for f in _markers(lang, "fraction")):
                return None     # a whole number and a fraction; 五と四 is "five and four"
            return CjkNumber(sign * (a.value + b.value), None, a.over or b.over)
    for mark in _markers(lang, "fraction"):         # 三分之一 = 1/3
        if mark in text:
            den_text, _, num_text = text.partition(mark)
            den, num = _denominator(den_text, lang), parse_cjk(num_text, lang)
            if den is None or num is None or den.value == 0 or den.per or num.per:
                return None
            per = 0
            # only a bare unit is "per": 百分之五 (per hundred), not 十四分之一 (1/14)
            if den_text and all(ch in lang.cjk_units or lang.scales.find(ch) is not None
                                for ch in den_text):
                per = int(den.value) if den.value.denominator == 1 else 0  # 百分之五: a percentage
            return CjkNumber(sign * num.value / den.value, None, num.over, per)
    r = _decimal(text, lang)
    if r is None:
        return None
    r.value *= sign
    return r


def _denominator(text: str, lang: Language) -> CjkNumber | None:
    """A denominator may be a bare unit: 万分之三 (per ten thousand), 万万分之七."""
    r = parse_cjk(text, lang)
    if r is not None or not text:
        return r
    value, i = Fraction(1), 0
    while i < len(text):
        u = lang.cjk_units.find(text[i])
        if u is not None:
            value, i = value * 10 ** int(u), i + 1
            continue
        scale = _scale_at(text, i, lang)
        if scale is None:
            return None
        value, i = value * 10 ** scale[0], scale[1]
    return CjkNumber(value, None)


def _decimal(text: str, lang: Language) -> CjkNumber | None:
    points = [p for p in lang.numerals.get("decimal_words") or () if p in text]
    if not points:
        return _integer(text, lang)
    whole_text, _, frac_text = text.partition(points[0])
    if whole_text and all(lang.cjk_digits.find(ch) == 0 for ch in whole_text):
        whole = CjkNumber(Fraction(0), 0)            # 零点五
    else:
        whole = _integer(whole_text, lang) if whole_text else None
    if whole is None or whole.value.denominator != 1:
        return None
    digits, i = "", 0
    while i < len(frac_text):
        m = _ARABIC.match(frac_text, i)
        if m and m.group().isdigit():
            digits += m.group()
            i = m.end()
            continue
        d = lang.cjk_digits.find(frac_text[i])
        if d is None:
            break
        digits += str(d)
        i += 1
    rest = frac_text[i:]
    if not digits:
        return None
    value = whole.value + Fraction(int(digits), 10 ** len(digits))
    exp = -len(digits)
    if rest:                                         # 三点五亿
        scale = _scale_at(rest, 0, lang)
        if scale is None or scale[1] != len(rest):
            return None
        value *= Fraction(10) ** scale[0]
        exp += scale[0]
    return CjkNumber(value, exp, whole.over)


def _scale_at(text: str, i: int, lang: Language) -> tuple[int, int] | None:
    """(power, end) of a big unit at ``i`` (one or two characters: 万, 万亿)."""
    for width in (2, 1):
        if i + width <= len(text):
            s = lang.scales.find(text[i:i + width])
            if s is not None:
                return int(s), i + width
    return None


class _Sections:
    """Running state: closed big-unit segments and the open section below them."""

    def __init__(self):
        self.segments: list[tuple[Fraction, int]] = []
        self.section = Fraction(0)
        self.current: Fraction | None = None
        self.last_unit: int | None = None     # power of the last small or big unit
        self.zero = False                     # a 零 since the last unit
        self.has_digit = False

    def close(self, power: int) -> None:
        seg = self.section + (self.current or 0)
        if seg == 0 and self.segments and self.current is None:
            v, p = self.segments.pop()        # 万万: a big unit right after a big unit
            self.segments.append((v * Fraction(10) ** power, p + power))
        else:
            if seg == 0 and not self.segments:
                seg = Fraction(1)
            acc = Fraction(0)
            while self.segments and self.segments[-1][1] < power:
                acc += self.segments.pop()[0]
            self.segments.append(((acc + seg) * Fraction(10) ** power, power))
        self.section, self.current, self.zero = Fraction(0), None, False
        self.last_unit = power

    def total(self, tail: Fraction) -> Fraction:
        return sum((v for v, _ in self.segments), Fraction(0)) + self.section + tail


def _integer(text: str, lang: Language) -> CjkNumber | None:
    st = _Sections()
    over = False
    approx, inner = _markers(lang, "approximate"), _markers(lang, "inner_over")
    halves, mults = _markers(lang, "half"), lang.cjk.get("multipliers") or {}
    if text and all(ch in approx for ch in text):
        return None                    # 数 ("number"), 几 alone: a word, not an amount
    multiplier = Fraction(1)
    last_exp: int | None = None
    arabic_last = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        m = _ARABIC.match(text, i)
        if m:
            if st.current is not None:
                return None
            raw = m.group()
            val = _arabic(raw, lang)
            if val is None:
                return None
            st.current, st.has_digit = val[0], True
            last_exp, arabic_last = val[1], True
            i = m.end()
            continue
        d = lang.cjk_digits.find(ch)
        if d == 0:                             # 零: a placeholder inside a number (一千零一)
            st.zero = True
            i += 1
            continue
        if d is None and ch in approx:       # 几百 "some hundreds": over 100; 二十几: over 20
            leading = st.current is None and not st.section and not st.segments
            d, over = (1 if leading else 0), True
        if d is None and ch in halves and i + 1 < n:
            d = Fraction(1, 2)
        if d is not None:
            if st.current is not None:
                return None                   # 九九, 二三十: juxtaposed digits
            st.current, st.has_digit, arabic_last = Fraction(d), True, False
            last_exp = 0
            i += 1
            continue
        u = lang.cjk_units.find(ch)
        if u is not None:
            u = int(u)
            if st.current is None:
                if st.last_unit is not None and u >= st.last_unit and st.section:
                    return None                       # 五十千: not one number
                st.current = Fraction(1)              # 十五, 百三
                st.has_digit = True
            st.section += st.current * Fraction(10) ** u
            st.current, st.zero, st.last_unit = None, False, u
            last_exp, arabic_last = u, False
            i += 1
            continue
        scale = _scale_at(text, i, lang)
        if scale is not None:
            if not st.has_digit and not st.segments:
                return None                           # 万一: a word, not a number
            power, i = scale
            last_exp = (last_exp or 0) + power      # 204.5亿: 10^7; 五十亿: 10^9
            st.close(power)
            arabic_last = False
            continue
        mark = _marker_at(text, i, inner)
        if mark:                                      # 余, 余り: "more than"
            over = True
            i += len(mark)
            continue
        mark = _marker_at(text, i, tuple(mults))
        if mark and i + len(mark) == n:               # 五十打, 十ダース: closes the run
            multiplier = Fraction(str(mults[mark]))
            i += len(mark)
            continue
        return None
    if not st.has_digit:
        if st.zero and not st.segments and not st.section:
            return CjkNumber(Fraction(0), 0)          # 零 alone is zero
        return None
    tail = st.current or Fraction(0)
    if (st.current is not None and not arabic_last and not st.zero and st.last_unit
            and lang.cjk.get("abbreviated_tail") and st.current.denominator == 1):
        tail = st.current * Fraction(10) ** (st.last_unit - 1)   # 两千四百五 = 2450
        last_exp = st.last_unit - 1
    value = st.total(tail) * multiplier
    if multiplier != 1:
        last_exp = None
    return CjkNumber(value, last_exp, over)


def _marker_at(text: str, i: int, marks) -> str:
    """The longest of ``marks`` (one or more characters) that stands at ``i``, or ""."""
    best = ""
    for m in marks:
        if len(m) > len(best) and text.startswith(m, i):
            best = m
    return best


def positional(text: str, lang: Language) -> CjkNumber | None:
    """Digits written one by one, as vertical text writes numbers (一九九九 = 1999, 七〇 =
    70), where the language allows it (``cjk.positional``): three digits or more, or two
    with a zero, so that 二三 ("two or three") stays an estimate."""
    if not lang.cjk.get("positional") or _SPACE.search(text):
        return None
    digits = []
    for ch in normalise_digits(text):
        d = lang.cjk_digits.find(ch)
        if d is None or ch in (lang.cjk.get("weak_digits") or ()):
            return None
        digits.append(int(d))
    if len(digits) < 2 or (len(digits) == 2 and 0 not in digits):
        return None
    value = int("".join(map(str, digits)))
    return CjkNumber(Fraction(value), 0)


def _arabic(raw: str, lang: Language) -> tuple[Fraction, int] | None:
    from .numerals import parse_digits

    parsed = parse_digits(raw, lang)
    if parsed is None:
        return None
    return Fraction(parsed[0]), parsed[1]


def juxtaposed_digits(text: str, lang: Language) -> list[int] | None:
    """Single digits written side by side ("七五", "3 8"), as discount and tenths use them."""
    text = normalise_digits(_SPACE.sub("", text))
    out = []
    for ch in text:
        d = lang.cjk_digits.find(ch)
        if d is None and ch.isdigit():
            d = int(ch)
        if d is None or d > 9:
            return None
        out.append(int(d))
    return out if len(out) == 2 else None
