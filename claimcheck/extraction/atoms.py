"""Find one number where a seed match starts: digits, a word phrase or a CJK run.

:func:`read_atom` turns a match of ``Language.seed_re`` into a :class:`Cand` holding the
number's span, exact value and precision, or None. Word phrases and CJK runs that do not
form one number are cut back to their longest valid beginning; the rest of the text is
searched again by the caller.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

import regex

from .cjknum import juxtaposed_digits, parse_cjk, positional
from .language import Language, fold
from .numerals import first_run
from .rx import is_cjk, match_at
from .wordnum import evaluate, to_decimal
from .wordread import token_from_match
from .wordtokens import MAX_TOKENS, Tok

_MINUS = "-−－"
_WORD_AFTER = regex.compile(r"[^\S\n]*([\p{L}\p{M}]+)")
_CJK_SPACE = regex.compile(r"[ \u3000]")


@dataclass(slots=True)
class Cand:
    """A claim under construction (mutable; turned into a frozen Claim at the end)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    exp: int | None
    source: str                  # digits, words, cjk
    single: bool = False         # one CJK character ("五", "两"): needs context
    scaled: bool = False
    scale: int = 0               # power of ten taken from a scale word ("billion" -> 9)
    currency: str | None = None
    currency_after: bool = False
    unit_expr: str | None = None
    extra_measures: tuple = ()   # ((value, pint expr), ...) of "5 feet 2 inches"
    percent: str | None = None   # "percent", "points" or "tenths"
    qualifier: str = "exact"
    subject: str = ""
    counted: bool = False
    year_like: bool = False
    plain_int: bool = False      # digits without separators, decimals or scale
    high_value: Decimal | None = None  # set for ranges
    high_exp: int | None = None
    per: int = 0                 # 百分之 / 千分之: a percentage written as a fraction
    complement: bool = False     # 8割引 ("eight tenths off"): the share paid is the rest
    ambiguous_unit: str | None = None  # a surface that is both a currency and a unit
    pronoun: bool = False        # "the one": kept only if a unit or currency follows
    written: Decimal | None = None  # the number as written when the value was rescaled
                                    # by its unit: "50 cents" (0.50 USD), 百分之五 (5%)
    per_thing: str | None = None  # a rate: per what ("year", "share", "tonne"; rates.py)
    per_count: int = 1           # 每10股: per ten of them
    role: str = ""               # "old" or "new" in a from-to change
    scope: str = ""              # "part" and "total" of "260 von 1.300 Flügen" (relations.py)
    unit_surface: str = ""       # the unit as written ("キロ"), to tell two ends share it
    unit_power: int = 0          # the power of ten a currency multiple applied ("mdp": 6)
    rate_from: int = 0           # where a rate read past the unit's own words began
    count_of_change: bool = False  # a level that counts what the change before it counts
    currency_surface: str = ""   # the currency as written ("pesos"), for currency_documents
    reversed_range: bool = False  # a range written with its larger end first ("28 to 22 km")
    share: int = 0               # a share of a whole told in words, its denominator ("two
                                 # thirds": 3; "quatre sur dix": 10): a percentage
    share_ratio: bool = False    # told as "X in N" ("uno su tre"): no unit follows it; it
                                 # stays the ratio (0.333): as a percentage it joined rows of
                                 # other percentages and hid their slips (devset20)
    each: bool = False           # "jeder dritte": one in N, a percentage


def read_atom(text: str, m, lang: Language, money: bool = False) -> Cand | None:
    """The number that starts at seed match ``m``, or None. ``money``: the number follows
    a currency ("13 euros et quarante-cinq cents"), so a currency word ends it."""
    g = m.lastgroup
    if g == "cjk":
        return _cjk_atom(text, m.start(), m.end(), lang)
    if g == "nth":
        # "jeder dritte Zug": one in three
        spec = lang.numerals["each_nth"]["ordinals"]
        n = next(v for k, v in spec.items() if fold(k) == fold(m.group("nth")))
        c = Cand(m.start(), m.end(), m.start(), m.end(), to_decimal(Fraction(1, n)), None,
                 "words")
        c.share, c.share_ratio, c.each = n, True, True
        return c
    if g == "pw":
        # CJK surfaces match with spaces between their characters (半 成): look up without
        surface = m.group() if lang.boundaries else _CJK_GAPS.sub("", m.group())
        v = lang.percent_words.find(surface)
        points = v is None                 # "dos décimas": tenths of a percentage point
        if points:
            v = lang.point_words.find(surface)
        if v is None:
            return None
        c = Cand(m.start(), m.end(), m.start(), m.end(), Decimal(str(v)), None, "words")
        c.percent = "points" if points else "percent"
        return c
    return _phrase_atom(text, m, lang, money)


_CJK_GAPS = regex.compile(r"[ \u3000]+")


# ------------------------------------------------------------------------- phrases

def _phrase_tokens(text: str, m, lang: Language, money: bool = False) -> list[Tok]:
    first = token_from_match(m, lang, None, "")
    if first is None:
        return []
    toks = [_suffixed(text, first, lang)]
    pos = first.end
    while len(toks) < MAX_TOKENS:
        j = lang.joiner_at(text, pos)
        if j:
            tm = lang.token_re.match(text, j.end())
            role, jword = j.lastgroup, fold(j.group().strip(" -\u00a0\u202f\t"))
        else:   # "2millions": a scale word glued to digits
            tm = lang.token_re.match(text, pos) if toks[-1].kind == "dig" else None
            role, jword = "space", ""
            if tm and (tm.lastgroup != "w" or lang.scales.find(tm.group()) is None):
                tm = None
        if not tm:
            break
        t = token_from_match(tm, lang, role, jword)
        if t is None:
            break
        if role == "hyphen" and _eighths(t) and len(toks) == 1 and toks[0].kind == "dig" \
                and toks[0].dec is not None:
            if toks[0].value.denominator != 1:
                break         # "$10.34-1/2": the fraction (of a cent) is not added to 10.34
            t = token_from_match(tm, lang, "space", "")   # "12-1/4 cents", "2-1/2 inches"
        if t.kind == "mul" and (toks[-1].kind == "dig" or money) and role == "space" and \
                _is_money_word(text[t.start:t.end], lang):
            break      # "3 cents" is money, not three hundred (French "cent(s)")
        if t.kind == "dig" and not t.unit_ordinal and toks[-1].kind in ("dig", "num", "one", "frac") \
                and role not in ("point", "ratio", "ratiofinal"):
            break      # "4000 3", "777 450": a new number begins
        if t.kind == "dig" and role in ("and", "of") and toks[-1].kind == "scale":
            break      # "entre 9 mil y 10 mil", "131 millones de 2023": two numbers
        toks.append(_suffixed(text, t, lang))
        pos = toks[-1].end
    return toks


def _eighths(t: Tok) -> bool:
    """A slash fraction below one in halves, quarters ... sixty-fourths: the fractional part
    of a mixed number written with a hyphen, as grain and bond prices are ("12-1/4")."""
    v = t.value
    return t.kind == "dig" and t.unit_ordinal and 0 < v < 1 and v.denominator in (2, 4, 8, 16, 32, 64)


def _is_money_word(word: str, lang: Language) -> bool:
    return lang.currencies.find(word) is not None or lang.currency_multiples.find(word) is not None


def _suffixed(text: str, t: Tok, lang: Language) -> Tok:
    """"10k", "1.2 bn", "2,33 M": a scale abbreviation right after digits."""
    if t.kind != "dig" or t.unit_ordinal or lang.suffix_re is None:
        return t
    m = match_at(lang.suffix_re, text, t.end)
    if not m:
        return t
    k = lang.number_suffixes[m.group().strip()]
    return Tok("dig", t.value * Fraction(10) ** k, t.start, m.end(), t.join, t.jword,
               exp=(t.exp or 0) + k, scaled=True,
               dec=None if t.dec is None else t.dec.scaleb(k), power=k)


def _content_word_after(text: str, pos: int, lang: Language) -> bool:
    m = match_at(_WORD_AFTER, text, pos)
    return bool(m) and fold(m.group(1)) not in lang.stopwords


def _not_after(text: str, toks: list[Tok], lang: Language) -> list[Tok]:
    """Cut the phrase before a word that is no number after the word before the phrase:
    "the one you mentioned", "the past three quarters" (fiscal quarters, not 3/4)."""
    if not lang.not_after or not toks:
        return toks
    if not any(t.word in lang.not_after for t in toks):
        return toks
    if toks[0].kind == "neg" and "," in lang.not_after.get(toks[0].word, ()) and \
            _after_comma(text, toks[0].start) and \
            lang.percent_after_re.match(text, toks[-1].end) is not None:
        return []   # "23 418 contratos, menos 3,1%": 3.1% fewer, not minus 3.1%
    if toks[0].kind == "neg" and "," in lang.not_after.get(toks[0].word, ()) and \
            _money_after(text, toks[-1].end, lang):
        return []   # "representa menos 1,10 euros por mês": 1.10 euros less, not minus
    m = lang.word_before_re.search(text, max(0, toks[0].start - 30), toks[0].start)
    if not m:
        return toks
    before = _elided(fold(m.group(1)))
    if toks[0].kind == "neg" and before in lang.not_after.get(toks[0].word, ()):
        return []   # "au moins 5": "at least", not minus
    for i, t in enumerate(toks[1:], 1):
        if before in lang.not_after.get(t.word, ()):
            return toks[:i]
    return toks


_FIGURE = regex.compile(r"[ \u00a0]*\d[\d.,\u00a0 ]*")


def _money_after(text: str, pos: int, lang: Language) -> bool:
    """Whether an amount of money follows ``pos``: a figure and a currency ("menos 1,10
    euros"), or a currency and a figure ("menos R$ 3"). A minus word whose language marks it
    as a fall after a comma (``numerals.not_after``) reads as "less" before money: a sum
    below zero is written with a sign, a temperature below zero with the word."""
    if lang.currency_after_re.match(text, pos) is not None:
        return True          # the phrase ends with the figure
    m = match_at(_FIGURE, text, pos)
    if m is not None:
        return lang.currency_after_re.match(text, m.end()) is not None
    return lang.currency_before_re.match(text, pos) is not None


def _after_comma(text: str, pos: int) -> bool:
    """Whether a comma (and spaces) stands right before ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    return i < pos and i > 0 and text[i - 1] in ",，"


def _pronoun(text: str, toks: list[Tok], lang: Language) -> bool:
    """"the one you mentioned": a lone number word used as a pronoun (the caller keeps it
    when a unit or currency follows: "that one mile")."""
    if _followed_by(text, toks[-1], lang, len(toks) > 1):
        return True     # "one of the largest banks"; "a quarter-final", "half-time"
    if len(toks) == 1 and toks[0].word in lang.article_numbers and \
            _content_word_after(text, toks[0].end, lang):
        return True     # "uno stanziamento": the article
    if len(toks) != 1 or not lang.not_after or toks[0].word not in lang.not_after:
        return False
    after = lang.not_after.get(toks[0].word)
    if not after:
        return False
    m = lang.word_before_re.search(text, max(0, toks[0].start - 30), toks[0].start)
    return bool(m) and _elided(fold(m.group(1))) in after


_NOT_BEFORE: dict = {}


def _followed_by(text: str, t: Tok, lang: Language, glued_only: bool = False) -> bool:
    """Whether a lone number word is followed by words that make it a pronoun
    (``numerals.not_before``: "one **of the** largest banks"), or any number word's last
    word by a hyphened word that makes it part of a noun ("a quarter-final", "half-time",
    "a one-off": entries that open with a hyphen; ``glued_only`` reads only those)."""
    table = _NOT_BEFORE.get(lang.code)
    if table is None:
        raw = lang.numerals.get("not_before") or {}
        table = _NOT_BEFORE[lang.code] = {fold(k): tuple(fold(w) for w in v) for k, v in raw.items()}
    after = table.get(t.word)
    if not after:
        return False
    glued = fold(text[t.end:t.end + 24])
    spaced = glued.lstrip(" \u00a0")
    for w in after:
        hyphened = w[:1] == "-"
        if glued_only and not hyphened:
            continue
        rest = glued if hyphened else spaced
        if rest.startswith(w) and not rest[len(w):len(w) + 1].isalpha():
            return True
    return False


def _share_of_a_group(text: str, part: list[Tok], i: int, lang: Language) -> bool:
    """"1 in 10 patients", "one in five adults": a proper ratio (its word marked ``proper``
    in ``numerals.ratio_words``) before the group it is a share of, which no unit names
    ("3 in 10 minutes" is a count and a duration)."""
    if "proper" not in lang.ratio_words.get(part[i].jword, ()):
        return False
    m = match_at(_WORD_AFTER, text, part[-1].end)
    return m is not None and lang.units.find(m.group(1)) is None and \
        lang.currencies.find(m.group(1)) is None


def _ordinal_with_article(text: str, toks: list[Tok], lang: Language) -> bool:
    """"for a third month", "a fifth straight week", "un cinquième mandat": an article and a
    fraction word that is also an ordinal (not in ``numerals.plain_fractions``), followed
    by a content word, name a position, not a share ("a third of", "a third more" and "by
    a third." stay fractions: a stopword or no word follows)."""
    if len(toks) != 2 or toks[0].kind != "one" or toks[1].kind != "frac":
        return False
    return toks[1].word not in lang.plain_fractions and \
        _content_word_after(text, toks[1].end, lang)


_SHARE_WHOLE = 100     # the largest whole a share "X in N" is told of
_SCORE_SCALES = (10, 100)     # "8.5 out of 10", "98.7 out of 100": a score's scale
_FIGURE_WHOLE = regex.compile(r"[ \u00a0]+(?:[\p{L}'’]+[ \u00a0]+){1,2}\d")


def _denominator(part: list[Tok], i: int, lang: Language, value: Fraction) -> int:
    """The whole a share "X in N" is told of, as written ("cuatro de cada diez": 10, where
    the value 4/10 is 2/5)."""
    r = evaluate([replace(part[i], join=None, jword="")] + part[i + 1:], lang, False)
    if r is None or r[0].denominator != 1 or r[0] < 1:
        return value.denominator
    return int(r[0])


def _elided(word: str) -> str:
    """The word after an elided article or preposition: "d'au" is "au" ("d'au moins")."""
    cut = max(word.rfind("'"), word.rfind("’"))
    return word[cut + 1:] if 0 <= cut < len(word) - 1 else word


def _year(t: Tok) -> bool:
    return t.kind == "dig" and t.exp == 0 and 1900 <= t.value <= 2099


def _phrase_atom(text: str, m, lang: Language, money: bool = False) -> Cand | None:
    s = m.start()
    if m.lastgroup in ("dig", "lead") and s >= 2 and text[s - 1] in ",." and text[s - 2].isdigit():
        if not _list_run(text, s):
            return None
        n = first_run(m.group())         # "22,24,26": the rest of a list, one at a time
        c = Cand(s, s + n, s, s + n, Decimal(m.group()[:n]), 0, "digits")
        c.plain_int = True
        return c
    toks = _not_after(text, _phrase_tokens(text, m, lang, money), lang)
    if len(toks) == 2 and _ordinal_with_article(text, toks, lang):
        return None
    if not toks:
        if m.lastgroup == "dig":   # "22,24,26": not one number; read the first run alone
            n = first_run(m.group())
            if 0 < n < len(m.group()) and _list_run(text, s):
                sub = lang.token_re.match(text, m.start(), m.start() + n)
                if sub:
                    return _phrase_atom(text, sub, lang)
        return None
    if len(toks) == 1 and toks[0].kind == "dig" and toks[0].dec is not None:
        return _digits_cand(text, toks[0], m)   # the common case: plain digits, nothing more
    for n in range(len(toks), 0, -1):
        part = toks[:n]
        if (part[-1].kind == "one" and n > 1 and part[0].kind != "neg" and not (
                part[-1].join == "hyphen" or (part[-1].join == "and" and part[-2].kind == "num")))\
                or part[-1].kind == "neg":
            # "... a", "€22 billion and an adjusted margin": an article that opens the next
            # words; "vingt et un" (after a number word) is one
            continue
        ratio = [i for i, t in enumerate(part) if t.join in ("ratio", "ratiofinal")]
        if ratio and part[ratio[0]].join == "ratiofinal" and (
                _year(part[ratio[0]]) or (_year(part[ratio[0] - 1]) and (any(
                    t.kind == "scale" for t in part[ratio[0]:]) or
                    _content_word_after(text, part[-1].end, lang))) or (
                _content_word_after(text, part[-1].end, lang) and
                not _share_of_a_group(text, part, ratio[0], lang))):
            continue   # "2000 over 3 years", "5 in 2020", "a safra de 2026 em 55,7 milhões
            # de sacas" are not fractions
        if n < len(toks) and toks[n].kind in ("mul", "scale") and part[-1].join == "and" \
                and part[-1].kind in ("num", "dig"):
            continue   # "3 hundred and 2 hundred": the 2 starts the next number
        r = evaluate(part, lang)
        if r is None and n == 1 and part[0].kind == "one" and m.lastgroup == "one":
            r = (Fraction(1), None)    # "un penny", "a dollar": kept only with a currency
        if r is None:
            continue
        value, exp = r
        c = Cand(part[0].start, part[-1].end, part[0].start, part[-1].end, to_decimal(value),
                 exp, "digits" if all(t.kind == "dig" for t in part) else "words")
        c.scaled = any(t.kind == "scale" or t.scaled for t in part)
        c.pronoun = _pronoun(text, part, lang) or (n == 1 and part[0].kind == "one")
        c.scale = int(sum(t.value for t in part if t.kind == "scale")) + sum(t.power for t in part)
        raw = text[c.num_start:c.num_end]
        c.plain_int = n == 1 and raw.isdigit()
        c.year_like = c.plain_int and len(raw) == 4 and 1900 <= value <= 2099
        if not c.scaled and 0 < value < 1:
            if ratio:               # "one in ten", "cuatro de cada diez", "uno su tre"
                den = _denominator(part, ratio[0], lang, value)
                top = part[0]
                if ratio[0] == 1 and top.kind == "dig" and top.exp is not None and \
                        top.exp < 0 and den in _SCORE_SCALES:
                    # "98.7 out of 100": a score, told as written (no share of a whole)
                    c.value, c.exp = top.dec, top.exp
                elif den <= _SHARE_WHOLE:   # ("1 em 40.000.000": the odds of a draw)
                    c.share, c.share_ratio = den, True
            elif any(t.kind == "frac" for t in part) and value.denominator <= _SHARE_WHOLE and \
                    not _FIGURE_WHOLE.match(text, c.num_end, c.num_end + 24):
                # "two thirds", "zwei Drittel", "half"; but "la mitad de los 4,4 millones
                # de habitantes" is half of a figure
                c.share = value.denominator
        if part[0].kind == "dig":
            _apply_sign(text, c)
        return c
    return None


_RUN_BACK = regex.compile(r"(?r)(?:\d+[,.])*\d+[,.]?")
_RUN_FORWARD = regex.compile(r"\d+(?:[,.]\d+)*")


def _list_run(text: str, s: int) -> bool:
    """Whether the run of digits and commas or points around ``s`` is a list of numbers
    ("22,24,26"), each of which may be read alone. A run that is no list yields no number
    at all, never a part of one: "1,00,000" (a grouping this language does not use), "4,09"
    or "48.3" glued to letters ("GBP4,09", "ABC48.3")."""
    global _last_run
    cached_text, lo, hi, verdict = _last_run
    if cached_text is text and lo <= s < hi:
        return verdict                 # another part of the run just judged (linear time)
    back = _RUN_BACK.match(text, max(0, s - 80), s)
    start = back.start() if back else s
    run = _RUN_FORWARD.match(text, start)
    if run is None or run.end() <= s:
        return False
    verdict = not (start > 0 and text[start - 1].isalpha()) and \
        not _GROUPED.fullmatch(run.group()) and \
        _ZERO_PART.search(text, start, run.end()) is None
    # ("1,391,100" where "," is no grouping mark is a number, not a list)
    _last_run = (text, start, run.end(), verdict)
    return verdict


_last_run: tuple = (None, 0, 0, False)


_ZERO_PART = regex.compile(r"[,.]0\d*")          # a part with a leading zero: "1,00,000"
_GROUPED = regex.compile(r"\d{1,3}(?:([,.])\d{3})(?:\1\d{3})+")     # "1,391,100", "1.391.100"


def _digits_cand(text: str, t: Tok, m) -> Cand:
    c = Cand(t.start, t.end, t.start, t.end, t.dec, t.exp, "digits")
    c.scaled, c.scale = t.scaled, t.power
    raw = text[t.start:t.end]
    c.plain_int = raw.isdigit()
    c.year_like = c.plain_int and len(raw) == 4 and 1900 <= c.value <= 2099
    _apply_sign(text, c)
    return c


def _apply_sign(text: str, c: Cand) -> None:
    """"-5", "at - 1 4/5", "－1２２％", "bei -0,2 Prozent", 汇兑损益-318: a minus sign that is
    not a hyphen ("A-5", "COVID-19"), a range dash ("2-3", "5 - 7") or a list's bullet."""
    i = c.num_start - 1
    glued = True
    if i >= 0 and text[i] == " ":
        i -= 1
        glued = False
    if i < 0 or text[i] not in _MINUS and not (glued and text[i] == "–"):
        return   # an en dash is a sign only glued to the figure ("(–1,7 Prozent)"); set
        #          off by spaces it is a dash ("growth – 5% – was") or a range
    j = i - 1
    if j >= 0 and text[j] in _MINUS:
        return
    if glued and j >= 0 and (text[j] in _SPACES or is_cjk(text[j]) and not text[j].isdigit()) \
            and not (text[j] == " " and j > 0 and text[j - 1].isdigit()):
        # glued to the number after a space ("-0,2 Prozent", a table's "512    -46") or
        # after a CJK character (汇兑损益-318): a sign; but "75 -300mm", one space after a
        # number, is a range
        c.value = -c.value
        c.start = c.num_start = i
        return
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and (text[j].isalnum() or text[j] in ")%]"):
        if glued or text[j].isdigit() or not _PERCENT_AFTER.match(text, c.num_end):
            return
        # "soit - 9,4 % sur un an", "(+ 9 %) ... - 13 %": a sign set off by a space before
        # a percentage, after a word (after a figure it is a range: "5 - 7 %")
    if not glued and (j < 0 or text[j] == "\n"):
        return     # a list's bullet at the start of a line ("- 4,100 employees"), no sign
    c.value = -c.value
    c.start = c.num_start = i


_SPACES = frozenset(" \t\n\u00a0\u202f\u3000|")
_PERCENT_AFTER = regex.compile(r"[ \u00a0\u202f]?[%％]")


# ------------------------------------------------------------------------- CJK runs

_SCALE_CHARS: dict[str, frozenset] = {}


def _only_scales(run: str, lang: Language) -> bool:
    """Whether a CJK run is scale characters alone (亿亿亿, 万亿): no number to read."""
    chars = _SCALE_CHARS.get(lang.code)
    if chars is None:
        chars = _SCALE_CHARS[lang.code] = frozenset(
            ch for key in lang.scales if not key.isascii() for ch in key) | {" ", "\u3000"}
    return chars.issuperset(run)


def _cjk_scale(raw: str, c: Cand, lang: Language) -> None:
    """"10万", "3.5亿", "1万亿": the scale characters that end a run, as a scale word after
    digits is ("5-10万元" is 50 000 to 100 000: the first end takes the second's scale)."""
    k, power = len(raw), 0
    while k > 0:
        p = lang.scales.find(raw[k - 1])
        if p is None or raw[k - 1].isascii():
            break
        power += int(p)
        k -= 1
    if power and 0 < k < len(raw):
        c.scaled, c.scale = True, power


def _cjk_atom(text: str, s: int, e: int, lang: Language) -> Cand | None:
    if _only_scales(text[s:e], lang):
        return None
    # a unit that begins inside the run ends the number: 12千米, 5兆瓦, 三千两百两
    for k in range(e - 1, max(s, e - 2) - 1, -1):
        if k > s and text[k - 1] not in " \u3000":
            um = lang.unit_after_re.match(text, k) or lang.currency_after_re.match(text, k)
            if um and um.end() >= e and parse_cjk(text[s:k], lang) is not None:
                e = k
                break
    pos_r = positional(text[s:e], lang)          # 一九九九, 七〇: digit by digit
    if pos_r is not None:
        return Cand(s, e, s, e, to_decimal(pos_r.value), pos_r.exp, "cjk")
    # two digits side by side; most runs are one character (一, 三) and have no pair
    head = _CJK_SPACE.sub("", text[s:min(e, s + 8)]) if e - s >= 2 else ""
    if len(head) >= 2 and lang.cjk_digits.find(head[0]) not in (None, 0) \
            and lang.cjk_digits.find(head[1]) not in (None, 0):
        if not lang.tenths_after_re.match(text, e):
            return None   # 二三十 "twenty or thirty": an estimate, not a number
    tries = 0
    while e > s and tries < 8:     # a run that is no number is given up soon (linear time)
        tries += 1
        raw = text[s:e]
        r = parse_cjk(raw, lang)
        if r is not None:
            c = Cand(s, e, s, e, to_decimal(r.value), r.exp, "cjk")
            c.single = len(raw.strip()) == 1
            c.per = r.per
            if not r.per and r.exp is None and 0 < r.value < 1 and \
                    Fraction(r.value).denominator <= _SHARE_WHOLE and \
                    any(f in raw for f in lang.cjk.get("fraction") or ()):
                c.share = Fraction(r.value).denominator     # 三分之二, 3分の2: a share
                # (五百分之2.2 is a fraction of 500, no share told in words)
            _cjk_scale(raw, c, lang)
            if r.over:
                c.qualifier = "over"
            if lang.suffix_re is not None and (sm := match_at(lang.suffix_re, text, e)):
                k = lang.number_suffixes[sm.group().strip()]       # 百分之15K
                c.value, c.end, c.num_end, c.scaled = c.value * Decimal(10) ** k, sm.end(), sm.end(), True
            return c
        pair = juxtaposed_digits(raw, lang)
        if pair and (lang.tenths_after_re.match(text, e)):
            c = Cand(s, e, s, e, Decimal(pair[0]) + Decimal(pair[1]) / 10, -1, "cjk")
            return c
        # cut back to the last space, else by one character
        cut = max(raw.rfind(" "), raw.rfind("\u3000"))
        e = s + cut if cut > 0 else e - 1
        while e > s and text[e - 1] in " \u3000":
            e -= 1
    return None
