"""Chinese and Japanese numerals, possibly mixed with Arabic digits.

Digits (一..九, 两, 壹..玖) set the pending digit; small units (十 百 千) multiply it into
the current section; big units (万 亿 兆, from the language's scales) close a section. A
big unit larger than any before multiplies the running total, so 1.2万亿 is 1.2 x 10^12
and 10万万 is 10^9, while 314亿8000万 is 314 x 10^8 + 8000 x 10^4. Spoken shorthand is
read as people mean it: 两千四百五 is 2450 and 一万三 is 13000 (a last bare digit counts in
the unit below the one before it). The language file names the markers: 点 for the decimal
point, 分之 for fractions (三分之一 = 1/3), 又 for mixed numbers, 几/余/多 for "some",
半 for a half, 打 for a dozen.

Every CJK seed of a text is read here, so this is a hot path: the language's tables are
gathered once per Language (:class:`_Table`), and whole values stay plain ints (exact,
and several times cheaper than Fraction); a Fraction appears only for a half, a decimal
or a fraction.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from .language import Language, Lookup
from .numerals import normalise_digits, parse_digits

_ARABIC = regex.compile(r"\d+(?:[.,]\d+)*")


@dataclass(slots=True)
class CjkNumber:
    value: int | Fraction  # exact; an int when whole
    exp: int | None        # power of ten of the last written place; None when exact by nature
    over: bool = False     # 几, 余, 多 inside: "more than"
    per: int = 0           # 百分之/千分之 written without a leading digit: per 100, per 1000


class _Memo(dict):
    """``lookup.find`` remembered: find() folds case and spaces at every miss, and runs
    repeat a few characters. Bounded, as a run may hold any text (parse_cjk is public)."""

    __slots__ = ("find",)

    def __init__(self, lookup: Lookup):
        super().__init__()
        self.find = lookup.find

    def __missing__(self, key: str):
        value = self.find(key)
        if len(self) < 4096:
            self[key] = value
        return value


@dataclass(frozen=True, slots=True)
class _Table:
    """One language's CJK numeral data, gathered once instead of at every run."""

    lang: Language
    digit: object            # character -> its digit value (as the file gives it), or None
    unit: object             # 十 百 千 -> power of ten, or None
    scale: object            # 万 亿 万亿 -> power of ten, or None
    units: Lookup            # membership as ``ch in lang.cjk_units``
    negative: tuple
    points: tuple            # decimal words: 点
    mixed: tuple             # 又
    fraction: tuple          # 分之
    approx: tuple            # 几
    inner: tuple             # 余, 多
    halves: tuple            # 半
    mults: dict              # 打 -> 12 (exact)
    abbreviated_tail: bool
    positional: bool
    weak: tuple
    kept: frozenset          # characters normalise_digits leaves as they are

    @staticmethod
    def build(lang: Language) -> _Table:
        cjk, num = lang.cjk, lang.numerals
        marks = {k: tuple(cjk.get(k) or ()) for k in
                 ("mixed", "fraction", "approximate", "inner_over", "half", "weak_digits")}
        mults = {k: _whole(Fraction(str(v))) for k, v in (cjk.get("multipliers") or {}).items()}
        negative, points = tuple(num.get("negative") or ()), tuple(num.get("decimal_words") or ())
        words = [*lang.cjk_digits, *lang.cjk_units, *lang.scales, *mults, *negative, *points,
                 *(w for ws in marks.values() for w in ws)]
        kept = {chr(c) for c in range(128)} | {ch for w in words for ch in w}
        return _Table(
            lang=lang, digit=_Memo(lang.cjk_digits).__getitem__,
            unit=_Memo(lang.cjk_units).__getitem__, scale=_Memo(lang.scales).__getitem__,
            units=lang.cjk_units, negative=negative, points=points, mixed=marks["mixed"],
            fraction=marks["fraction"], approx=marks["approximate"], inner=marks["inner_over"],
            halves=marks["half"], mults=mults, abbreviated_tail=bool(cjk.get("abbreviated_tail")),
            positional=bool(cjk.get("positional")), weak=marks["weak_digits"],
            kept=frozenset(ch for ch in kept if normalise_digits(ch) == ch))


_TABLES: dict[str, tuple[Language, _Table]] = {}


def _table(lang: Language) -> _Table:
    # keyed by code, but only for this very Language object: tests load altered copies
    entry = _TABLES.get(lang.code)
    if entry is None or entry[0] is not lang:
        entry = _TABLES[lang.code] = (lang, _Table.build(lang))
    return entry[1]


def _whole(v: Fraction) -> int | Fraction:
    return v.numerator if v.denominator == 1 else v


def _pow10(p: int) -> int | Fraction:
    return 10 ** p if p >= 0 else Fraction(1, 10 ** -p)


def _compact(text: str, t: _Table) -> str:
    """Spaces out (三百 五十 is one number), digits and marks to ASCII."""
    if " " in text or "\u3000" in text:
        text = text.replace(" ", "").replace("\u3000", "")
    # normalise_digits maps character by character: skip it when no character would change
    return text if t.kept.issuperset(text) else normalise_digits(text)


def parse_cjk(text: str, lang: Language) -> CjkNumber | None:
    """The value of one run of CJK numerals, or None if the run is not one number."""
    t = _table(lang)
    return _parse(_compact(text, t), t)


def _parse(text: str, t: _Table) -> CjkNumber | None:
    sign = 1
    for w in t.negative:
        if text.startswith(w):
            sign, text = -1, text[len(w):]
            break
    for mark in t.mixed:                            # 三又三分之一
        if mark in text:
            whole, _, frac = text.partition(mark)
            a, b = _parse(whole, t), _parse(frac, t)
            if a is None or b is None or a.per:
                return None     # 3又千分之23 is 3.023: the fraction's "per" is just its value
            if not 0 < b.value < 1 and not any(f in frac for f in t.fraction):
                return None     # a whole number and a fraction; 五と四 is "five and four"
            return CjkNumber(sign * (a.value + b.value), None, a.over or b.over)
    for mark in t.fraction:                         # 三分之一 = 1/3
        if mark in text:
            den_text, _, num_text = text.partition(mark)
            den, num = _denominator(den_text, t), _parse(num_text, t)
            if den is None or num is None or den.value == 0 or den.per or num.per:
                return None
            per = 0
            # only a bare unit is "per": 百分之五 (per hundred), not 十四分之一 (1/14)
            if den_text and all(ch in t.units or t.scale(ch) is not None for ch in den_text):
                per = int(den.value) if den.value.denominator == 1 else 0  # 百分之五: a percentage
            return CjkNumber(sign * Fraction(num.value, den.value), None, num.over, per)
    r = _decimal(text, t)
    if r is not None and sign < 0:
        r.value = -r.value
    return r


def _denominator(text: str, t: _Table) -> CjkNumber | None:
    """A denominator may be a bare unit: 万分之三 (per ten thousand), 万万分之七."""
    r = _parse(text, t)
    if r is not None or not text:
        return r
    value, i = 1, 0
    while i < len(text):
        u = t.unit(text[i])
        if u is not None:
            value, i = value * _pow10(int(u)), i + 1
            continue
        scale = _scale_at(text, i, t)
        if scale is None:
            return None
        value, i = value * _pow10(scale[0]), scale[1]
    return CjkNumber(value, None)


def _decimal(text: str, t: _Table) -> CjkNumber | None:
    points = [p for p in t.points if p in text]
    if not points:
        return _integer(text, t)
    whole_text, _, frac_text = text.partition(points[0])
    if whole_text and all(t.digit(ch) == 0 for ch in whole_text):
        whole = CjkNumber(0, 0)                      # 零点五
    else:
        whole = _integer(whole_text, t) if whole_text else None
    if whole is None or whole.value.denominator != 1:
        return None
    digits, i = "", 0
    while i < len(frac_text):
        m = _ARABIC.match(frac_text, i)
        if m and m.group().isdigit():
            digits += m.group()
            i = m.end()
            continue
        d = t.digit(frac_text[i])
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
        scale = _scale_at(rest, 0, t)
        if scale is None or scale[1] != len(rest):
            return None
        value *= _pow10(scale[0])
        exp += scale[0]
    return CjkNumber(value, exp, whole.over)


def _scale_at(text: str, i: int, t: _Table) -> tuple[int, int] | None:
    """(power, end) of a big unit at ``i`` (one or two characters: 万, 万亿)."""
    for width in (2, 1):
        if i + width <= len(text):
            s = t.scale(text[i:i + width])
            if s is not None:
                return int(s), i + width
    return None


class _Sections:
    """Running state: closed big-unit segments and the open section below them."""

    __slots__ = ("segments", "section", "current", "last_unit", "zero", "has_digit")

    def __init__(self):
        self.segments: list[tuple[int | Fraction, int]] = []
        self.section: int | Fraction = 0
        self.current: int | Fraction | None = None
        self.last_unit: int | None = None     # power of the last small or big unit
        self.zero = False                     # a 零 since the last unit
        self.has_digit = False

    def close(self, power: int) -> None:
        seg = _plus(self.section, self.current)
        if seg == 0 and self.segments and self.current is None:
            v, p = self.segments.pop()        # 万万: a big unit right after a big unit
            self.segments.append((v * _pow10(power), p + power))
        else:
            if seg == 0 and not self.segments:
                seg = 1
            acc = 0
            while self.segments and self.segments[-1][1] < power:
                acc = _plus(acc, self.segments.pop()[0])
            self.segments.append((_plus(acc, seg) * _pow10(power), power))
        self.section, self.current, self.zero = 0, None, False
        self.last_unit = power

    def total(self, tail: int | Fraction) -> int | Fraction:
        value = self.section
        for v, _ in self.segments:
            value = _plus(value, v)
        return _plus(value, tail)


def _plus(a, b):
    """a + b, where b may be None (no digit); most terms are 0, and a Fraction sum costs."""
    if not b:
        return a
    return a + b if a else b


def _integer(text: str, t: _Table) -> CjkNumber | None:
    st = _Sections()
    over = False
    if text and text[0] in t.approx and all(ch in t.approx for ch in text):
        return None                    # 数 ("number"), 几 alone: a word, not an amount
    multiplier = 1
    last_exp: int | None = None
    arabic_last = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        # isdigit() holds for every character \d matches: a cheap test before the regex
        m = _ARABIC.match(text, i) if ch.isdigit() else None
        if m:
            if st.current is not None:
                return None
            val = _arabic(m.group(), t)
            if val is None:
                return None
            st.current, st.has_digit = val[0], True
            last_exp, arabic_last = val[1], True
            i = m.end()
            continue
        d = t.digit(ch)
        if d == 0:                             # 零: a placeholder inside a number (一千零一)
            st.zero = True
            i += 1
            continue
        if d is None and ch in t.approx:     # 几百 "some hundreds": over 100; 二十几: over 20
            leading = st.current is None and not st.section and not st.segments
            d, over = (1 if leading else 0), True
        if d is None and ch in t.halves and i + 1 < n:
            d = Fraction(1, 2)
        if d is not None:
            if st.current is not None:
                return None                   # 九九, 二三十: juxtaposed digits
            st.current = d if type(d) is int else Fraction(d)
            st.has_digit, arabic_last = True, False
            last_exp = 0
            i += 1
            continue
        u = t.unit(ch)
        if u is not None:
            u = int(u)
            if st.current is None:
                if st.last_unit is not None and u >= st.last_unit and st.section:
                    return None                       # 五十千: not one number
                st.current = 1                        # 十五, 百三
                st.has_digit = True
            st.section += st.current * _pow10(u)
            st.current, st.zero, st.last_unit = None, False, u
            last_exp, arabic_last = u, False
            i += 1
            continue
        scale = _scale_at(text, i, t)
        if scale is not None:
            if not st.has_digit and not st.segments:
                return None                           # 万一: a word, not a number
            power, i = scale
            last_exp = (last_exp or 0) + power      # 204.5亿: 10^7; 五十亿: 10^9
            st.close(power)
            arabic_last = False
            continue
        mark = _marker_at(text, i, t.inner)
        if mark:                                      # 余, 余り: "more than"
            over = True
            i += len(mark)
            continue
        mark = _marker_at(text, i, t.mults)
        if mark and i + len(mark) == n:               # 五十打, 十ダース: closes the run
            multiplier = t.mults[mark]
            i += len(mark)
            continue
        return None
    if not st.has_digit:
        if st.zero and not st.segments and not st.section:
            return CjkNumber(0, 0)                    # 零 alone is zero
        return None
    tail = st.current or 0
    if (st.current is not None and not arabic_last and not st.zero and st.last_unit
            and t.abbreviated_tail and st.current.denominator == 1):
        tail = st.current * _pow10(st.last_unit - 1)    # 两千四百五 = 2450
        last_exp = st.last_unit - 1
    value = st.total(tail)
    if multiplier != 1:
        value, last_exp = value * multiplier, None
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
    t = _table(lang)
    if not t.positional or " " in text or "\u3000" in text:
        return None
    digits = []
    for ch in normalise_digits(text):
        d = t.digit(ch)
        if d is None or ch in t.weak:
            return None
        digits.append(int(d))
    if len(digits) < 2 or (len(digits) == 2 and 0 not in digits):
        return None
    return CjkNumber(int("".join(map(str, digits))), 0)


def _arabic(raw: str, t: _Table) -> tuple[int | Fraction, int] | None:
    # plain digits, the usual case (200亿); int() refuses digit strings longer than
    # sys.get_int_max_str_digits(), which is at least 640
    if len(raw) < 640 and raw.isdigit():
        return int(raw), 0
    parsed = parse_digits(raw, t.lang)
    if parsed is None:
        return None
    n, d = parsed[0].as_integer_ratio()
    return (n if d == 1 else Fraction(n, d)), parsed[1]


def juxtaposed_digits(text: str, lang: Language) -> list[int] | None:
    """Single digits written side by side ("七五", "3 8"), as discount and tenths use them."""
    t = _table(lang)
    out = []
    for ch in _compact(text, t):
        d = t.digit(ch)
        if d is None and ch.isdigit():
            d = int(ch)
        if d is None or d > 9:
            return None
        out.append(int(d))
    return out if len(out) == 2 else None
