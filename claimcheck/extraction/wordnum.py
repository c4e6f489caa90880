"""Numbers written as phrases: "twenty-eight", "quatre-vingt-dix", "tres millones y medio",
"two thirds of a million", "3 hundred and 21", "nine point nought four", "1 over 3".

A phrase is a list of tokens (:mod:`.wordtokens`: digits, number words, multipliers,
scale words, fraction words, articles, minus words) with the joiner that stood before each
("-", a space, "and", "point", "over", "of"). :func:`evaluate` turns a token list into an exact value, or None
when the tokens do not form one number; the caller then tries a shorter prefix. Every
word and joiner comes from the language file; the grammar itself is the same for all
languages written with spaces between words.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, localcontext
from fractions import Fraction

from .language import Language
from .wordtokens import Tok, is_fraction_literal


def _trailing_zeros(v: Fraction) -> int:
    if v.denominator != 1 or v == 0:
        return 0
    n, z = v.numerator, 0
    while n % 10 == 0:
        n //= 10
        z += 1
    return z


class _State:
    """Running state of the cardinal grammar: closed scale segments, the open group."""

    __slots__ = ("segments", "group", "sub", "prev", "lang", "last_mul")

    def __init__(self, lang: Language):
        self.segments: list[tuple[Fraction, int]] = []   # (value, power of its scale)
        self.group: Fraction | None = None               # number since the last scale
        self.sub: Fraction | None = None                 # part of group since the last multiplier
        self.prev: str | None = None
        self.last_mul: Fraction | None = None             # multiplier used in this group
        self.lang = lang

    def add_number(self, t: Tok) -> bool:
        v = t.value
        if self.group is None:
            if self.prev == "scale" and t.kind == "dig" and self.segments and \
                    (self.segments[-1][0] / Fraction(10) ** self.segments[-1][1]).denominator != 1:
                return False  # "55.8 million 60-kg bags": a decimal before its scale ends it
            self.group = self.sub = v
            self.prev = t.kind
            return True
        if (t.kind == "dig" and self.prev in ("num", "dig", "one")) or \
                (t.kind == "num" and self.prev == "dig"):
            return False  # "4000 3", "1990 two": two numbers side by side
        if v.denominator != 1 or self.group.denominator != 1 or v == 0:
            return False
        if self.prev == "mul":
            ok = v < 10 ** _trailing_zeros(self.group) or t.join == "and"
            base = self.sub or Fraction(0)
        else:
            base = self.sub if self.sub is not None else self.group
            bound = self.lang.additive_bases.get(int(base)) if base.denominator == 1 else None
            ok = v < 10 ** _trailing_zeros(base) or (bound is not None and v < bound)
        if not ok:
            return False
        self.group += v
        self.sub = base + v
        self.prev = t.kind
        return True

    def add_multiplier(self, t: Tok) -> bool:
        if self.group is None and self.prev is None:
            self.group = t.value                      # "hundred thousand dollars"
            self.sub, self.prev, self.last_mul = Fraction(0), "mul", t.value
            return True
        if self.group is None or not self.sub:
            return False
        if self.last_mul is not None and t.value >= self.last_mul:
            return False                              # "3 hundred and 2 hundred": two numbers
        self.group = self.group - self.sub + self.sub * t.value
        self.sub = Fraction(0)
        self.prev = "mul"
        self.last_mul = t.value
        return True

    def add_scale(self, t: Tok) -> bool:
        p = int(t.value)
        base = self.group
        if base is None:
            if self.prev is not None and self.prev != "scale":
                return False
            if not self.segments and self.prev is None:
                base = Fraction(1)  # "mil" alone
            elif self.segments and self.segments[-1][1] < p:
                base = Fraction(0)  # "10万万", "lakh crore": scale after scale multiplies
            else:
                return False
        acc = Fraction(0)
        while self.segments and self.segments[-1][1] < p:
            acc += self.segments.pop()[0]
        self.segments.append(((acc + base) * Fraction(10) ** p, p))
        self.group = self.sub = self.last_mul = None
        self.prev = "scale"
        return True

    def feed(self, t: Tok) -> bool:
        if t.kind in ("num", "dig"):
            return self.add_number(t)
        if t.kind == "one":
            return self.add_number(Tok("num", Fraction(1), t.start, t.end, t.join))
        if t.kind == "mul":
            return self.add_multiplier(t)
        if t.kind == "scale":
            return self.add_scale(t)
        return False

    def total(self) -> Fraction:
        return sum((v for v, _ in self.segments), Fraction(0)) + (self.group or 0)


def cardinal(toks: list[Tok], lang: Language) -> tuple[Fraction, int | None] | None:
    """A whole number (or digits with a scale) from tokens without fractions."""
    if not toks:
        return None
    st = _State(lang)
    for i, t in enumerate(toks):
        if t.kind == "one" and i == 0 and len(toks) > 1 and toks[1].kind not in ("mul", "scale"):
            return None  # an article before a number word is not "one"
        if not st.feed(t):
            return None
    if toks[-1].kind == "one" and len(toks) == 1:
        return None
    return st.total(), precision(toks)


def precision(toks: list[Tok]) -> int | None:
    """Power of ten of the last written place: "21.75 billion" -> 7, "5 million" -> 6,
    "three million" -> 6; None for numbers exact by nature ("twenty-eight", "3/4")."""
    i = len(toks) - 1
    shift, scaled = 0, False
    while i >= 0 and toks[i].kind in ("scale", "mul"):
        if toks[i].kind == "scale":
            shift += int(toks[i].value)
            scaled = True
        else:
            shift += _trailing_zeros(toks[i].value)
        i -= 1
    if i >= 0 and toks[i].kind == "dig":
        return None if toks[i].exp is None else toks[i].exp + shift
    return shift if scaled else None


def _count(toks: list[Tok], lang: Language) -> Fraction | None:
    """A numerator or denominator: a cardinal, or a lone article meaning one."""
    if len(toks) == 1 and toks[0].kind == "one":
        return Fraction(1)
    r = cardinal(toks, lang)
    return None if r is None else r[0]


def _decimal_digits(toks: list[Tok], lang: Language) -> str | None:
    """Digits spoken after the decimal word: "zero three" -> "03", "seventy-one" -> "71"."""
    out = ""
    i = 0
    while i < len(toks) and toks[i].kind == "num" and toks[i].value == 0:
        out += "0"
        i += 1
    rest = toks[i:]
    if rest:
        if len(rest) == 1 and rest[0].kind == "dig" and rest[0].exp == 0:
            if rest[0].end - rest[0].start != len(str(rest[0].value)):
                return None   # "3 con 6.412": grouped digits are a number of their own
            return out + str(rest[0].value)
        v = _count(rest, lang)
        if v is None or v.denominator != 1 or v < 0:
            return None
        out += str(v)
    return out or None


def _compound_denominator(left: list[Tok], frac: Tok, lang: Language):
    """"a twenty-first", "one hundred thirty-fifths": the ordinal may take number words
    before it. Returns (numerator tokens, denominator) for the longest such ordinal that
    leaves a numerator; None when there is none."""
    for cut in range(1, len(left)):
        head, tail = left[:cut], left[cut:]
        # an ordinal starts with a number word, or with "cent"/"mille" after an article:
        # "un cent cinquième" = 1/105, but "quinze cent cinquièmes" = 1500/5
        starts = tail[0].kind == "num" or (tail[0].word in lang.alone and head[-1].kind != "num")
        if tail[0].join != "space" or not starts:
            continue
        last = tail[-1]
        if not (last.kind in ("mul", "scale") or (last.kind == "num" and last.value % 10 == 0
                                                   and 20 <= last.value <= 90)):
            continue
        d = _count(tail, lang)
        if d is None or _count(head, lang) is None:
            continue
        return head, d + frac.value
    return None


def _cardinal_denominator(left: list[Tok], frac: Tok, lang: Language):
    """A denominator written as a cardinal and a denominator word (``denominator_words``):
    Portuguese "três vinte e um avos" is 3/21 ("avos" multiplies by one), "três dois
    milésimos" is 3/2000. The numbers before the word split into numerator and
    denominator; a word worth more than one ("milésimos") keeps the plain reading when
    everything before it is one number ("cem mil bilionésimos" is 100000/10^9). Returns
    (numerator tokens, denominator) or None."""
    if not left or (frac.value > 1 and _count(left, lang) is not None):
        return None
    for cut in range(1, len(left)):
        head, tail = left[:cut], left[cut:]
        if tail[0].join != "space" or tail[0].kind not in ("num", "dig", "mul"):
            continue
        d, n = _count(tail, lang), _count(head, lang)
        if d is not None and n is not None and d.denominator == 1 and d > 0:
            return head, d * frac.value
    if frac.value == 1:
        d = _count(left, lang)
        if d is not None and d.denominator == 1 and d > 1:
            return [], d                  # "vinte e um avos": one twenty-first
    return None


def _fraction(toks: list[Tok], fi: int, lang: Language) -> tuple[Fraction, int | None] | None:
    """Tokens with a fraction word or a fraction literal at index ``fi``."""
    f = toks[fi]
    left, right = toks[:fi], toks[fi + 1:]
    if is_fraction_literal(f):
        if len(left) == 1 and left[0].kind == "one":
            left = []                     # "un 1/4 kilomètre": an article
        q, intpart = f.value, left
        if left and (f.join not in ("space", "and") or _count(left, lang) is None
                     or _count(left, lang).denominator != 1):
            return None
    else:
        d = f.value
        compound = False
        if f.word in lang.denominator_words:
            found = _cardinal_denominator(left, f, lang)
            if found:
                (left, d), compound = found, True
            elif f.value == 1:
                return None               # "avos" needs its cardinal
        elif lang.numerals.get("compound_denominators") and f.unit_ordinal and len(left) > 1:
            found = _compound_denominator(left, f, lang)
            if found:
                (left, d), compound = found, True
        if d == 1 and not compound:
            return None                   # "a first class seat": "first" is no denominator alone
        numer, intpart = None, []
        # "one and a half", "twenty and three fifths": after the last "and", a proper
        # fraction is the fractional part; "one hundred and thirty-two fifths" is 132/5
        cuts = [i for i, t in enumerate(left) if t.join == "and" and i > 0
                and not (t.word in lang.and_joins.get(t.jword, ())      # "vingt et un" is 21
                         and _count(left[:i + 1], lang) is not None)]
        if f.join == "and" and left and not compound:
            cuts.append(len(left))
        if cuts:
            k = cuts[-1]
            n = _count(left[k:], lang) if k < len(left) else Fraction(1)
            if n is not None and n < d:
                numer, intpart = n, left[:k]
        if numer is None:
            numer = _count(left, lang) if left else Fraction(1)
            if numer is None:
                return None
        if any(t.kind == "dig" for t in left[len(intpart):]):
            return None                   # "100 millionths": digits take no fraction words
        if not left and fold_word_alone(f, lang) is False:
            return None
        q = numer / d
    st = _State(lang)
    for t in intpart:
        if not st.feed(t):
            return None
    if not right and intpart and intpart[-1].kind == "scale":
        # "one million and a half": half of the last scale
        v, p = st.segments[-1]
        st.segments[-1] = (v + q * Fraction(10) ** p, p)
    else:
        st.group = (st.group or 0) + q
        st.sub = st.group
        st.prev = "frac"
    for t in right:
        if t.kind == "one" and (t.join in ("of", "space")):
            continue  # "half a dozen", "two thirds of a million"
        if t.kind not in ("mul", "scale"):
            return None
        if t.kind == "mul":
            if st.group is None:
                return None  # "half thousand hundred": a multiplier after a closed scale
            st.group = st.group * t.value
            st.sub = st.group
            continue
        st.prev = "dig"
        if not st.add_scale(t):
            return None
    # "half a million", "one and a half million": as precise as "0.5 million", "1.5
    # million", a tenth of the scale (not half the scale either way: 0 to a million)
    exp = precision(right) - 1 if right and right[-1].kind == "scale" else None
    return st.total(), exp


def fold_word_alone(f: Tok, lang: Language) -> bool:
    """Whether a fraction word may stand without a number before it ("half", "demi")."""
    return not f.unit_ordinal or f.value in (2, 4)


def evaluate(toks: list[Tok], lang: Language, first: bool = True) -> tuple[Fraction, int | None] | None:
    """The value and precision of a token list, or None if it is not one number."""
    if not toks:
        return None
    sign = 1
    if toks[0].kind == "neg":
        sign, toks = -1, toks[1:]
        if not toks:
            return None
        if len(toks) == 1 and toks[0].kind == "one":
            return Fraction(-1), None                 # "négatif un"
    for i, t in enumerate(toks):
        if t.join in ("ratio", "ratiofinal") and i > 0:
            a = _count(toks[:i], lang)
            rest = [replace(t, join=None, jword="")] + toks[i + 1:]
            b = evaluate(rest, lang, False)
            if a is None or b is None or b[0] == 0:
                return None
            if "proper" in lang.ratio_words.get(t.jword, ()) and a >= b[0]:
                return None       # "12 out of 10", "8 in 5": two numbers, not a share
            return sign * a / b[0], None
    fracs = [i for i, t in enumerate(toks) if t.kind == "frac" or is_fraction_literal(t)]
    if fracs:   # "veinte con tres quintos": a word that is "and" before a fraction
        toks = [replace(t, join="and") if t.join == "point" and t.jword in lang.and_words else t
                for t in toks]
    for i, t in enumerate(toks):
        if t.join == "point" and i > 0 and not (t.jword in lang.and_words and fracs):
            return _point(toks, i, lang, sign)
    if len(fracs) > 1:
        return None
    if fracs:
        r = _fraction(toks, fracs[0], lang)
    else:
        if toks[0].kind in ("mul", "scale") and toks[0].word not in lang.alone:
            return None
        r = cardinal(toks, lang)
    if r is None:
        return None
    return sign * r[0], r[1]


def _point(toks: list[Tok], i: int, lang: Language, sign: int):
    if all(t.kind == "dig" for t in toks):
        return None       # "fase 2 con 840 pacientes": two numbers in digits, no decimals
    whole = cardinal(toks[:i], lang)
    if whole is None or whole[0].denominator != 1:
        return None
    tail = toks[i:]
    scales = []
    while tail and tail[-1].kind == "scale" and len(tail) > 1:
        scales.insert(0, tail.pop())
    tail[0] = replace(tail[0], join=None, jword="")
    digits = _decimal_digits(tail, lang)
    if digits is None:
        return None
    value = whole[0] + Fraction(int(digits), 10 ** len(digits))
    exp = -len(digits)
    for s in scales:
        value *= Fraction(10) ** int(s.value)
        exp += int(s.value)
    return sign * value, exp


_EXACT_INT = 10 ** 60


def to_decimal(v: Fraction | int) -> Decimal:
    """The Decimal of a fraction: exact when its decimal expansion ends (3/4, 1/8), else
    rounded to 28 significant digits (1/3; the only inexact values claimcheck reports)."""
    if type(v) is int and -_EXACT_INT < v < _EXACT_INT:
        return Decimal(v)        # what the division below gives, without a context switch
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    with localcontext() as ctx:
        ctx.prec = 60 if d == 1 else 28
        return Decimal(v.numerator) / Decimal(v.denominator)
