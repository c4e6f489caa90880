"""What stands around a number: currency, unit, percent sign, qualifier, compounds.

:func:`attach_before` reads leftwards from the number (a currency symbol, a qualifier
such as "more than" or 超过); :func:`attach_after` reads rightwards (a currency scale
such as "M€", a currency or unit name, a percent sign, "or more", 余). Compounds are
read here too: "3 dollars 50 cents", 五元三毛, "5 feet 2 inches", 一吨半.
"""
from __future__ import annotations

from dataclasses import replace

from decimal import Decimal

import regex

from .atoms import Cand, read_atom
from .language import Language, fold, pow10
from .number_patterns import GLUED_CURRENCY
from .rates import rate_after
from .rx import is_cjk, match_at

WINDOW = 40  # how far back to look for a prefix (qualifier, currency, "between")
_MINUS = "-−－"
_SIGN_BEFORE = frozenset(" \t\n\u00a0\u202f(（|")
_SP = regex.compile(r"[^\S\n]*")
_NUMBER_NEXT = regex.compile(r"[^\S\n]*[\d%]")


def _strip(s: str) -> str:
    """The surface of a match, without the spacing or hyphen before it ("3-inch")."""
    return s.strip().strip("\u00a0\u202f\u3000").lstrip("-").strip().strip("()[]{}<>")


def attach_before(text: str, c: Cand, lang: Language, floor: int = 0) -> bool:
    """Attach currency and qualifier before the number; whether a currency stood there.

    Nothing before ``floor`` (the end of the previous claim) is read again."""
    left = c.start
    if not lang.before_any.before(text, floor, left):
        return False                     # nothing before the number could attach
    lo = max(floor, left - WINDOW)
    had_currency = False
    m = lang.currency_before_re.search(text, max(floor, left - 16), left)
    if m is None and lang.glued_only and left > floor and text[left - 1].isalpha():
        m = lang.currency_glued_re.search(text, max(floor, left - 4), left)
    if m:
        c.currency_surface = _strip(m.group())
        c.currency = lang.currencies.find(c.currency_surface)
        left = m.start()
        had_currency = True
        if c.value > 0 and left > floor and text[left - 1] in _MINUS and \
                (left - 1 == 0 or text[left - 2] in _SIGN_BEFORE):
            c.value, left = -c.value, left - 1          # "-R$ 894 milhões", "−$1.2bn"
    elif m := lang.multiple_before_re.search(text, max(floor, left - 16), left):
        info = lang.currency_multiples.find(_strip(m.group()))
        if info[1] > 0:                                  # "MAUD 60": millions of AUD
            c.currency = info[0]
            _scale(c, info[1])
            left = m.start()
            had_currency = True
    if lang.percent["prefix"] and (m := lang.percent_before_re.search(text, lo, left)):
        c.percent, left = "percent", m.start()        # a percent sign written first
    m = lang.qualifier_before_re.search(text, lo, left)
    if m and not _qualifier_inside_word(text, m, lang):
        c.qualifier = lang.qualifiers_before.find(_strip(m.group()))
        left = m.start()
    elif (bound := _bound_verb(text, lo, left, lang)) is not None:
        c.qualifier, left = bound
    c.start = left
    return had_currency


def _bound_verb(text: str, lo: int, hi: int, lang: Language) -> tuple[str, int] | None:
    """(qualifier, start) of a bound verb with short words between it and the number
    (``qualifiers.between``: "supera por primera vez los 6.100", "dépasse la barre des 2
    millions"), or None; none after a negation its verb does not name ("no supera todavía
    los 300" stays exact rather than read the wrong way round)."""
    m = lang.bound_verb_re.search(text, lo, hi)
    if m is None:
        return None
    verb = m.group("verb") or m.groupdict().get("mverb")
    neg = lang.bound_negation_re
    if neg is not None and neg.match(text, max(0, m.start() - 32), m.start()) is not None:
        return None
    return lang.bound_verb_kinds.find(_strip(verb)), m.start()


def _qualifier_inside_word(text: str, m, lang: Language) -> bool:
    """签约28项: the 约 ("about") is the end of the word 签约 ("sign"), not a qualifier."""
    after = lang.qualifiers_not_after.get(_strip(m.group()))
    if not after:
        return False
    return any(text.endswith(w, 0, m.start()) for w in after)


def _scale(c: Cand, k: int) -> None:
    c.value *= pow10(k)
    c.exp = (c.exp or 0) + k
    c.scaled = True
    c.scale = k


def attach_after(text: str, c: Cand, lang: Language, prefix_currency: bool) -> None:
    """Attach what follows the number: currency scale, percent, currency or unit, qualifier."""
    pos = c.num_end
    # After a currency ("$ 100 and fifty", "C$ 5 50") the smaller part of a compound is
    # read even where no attachment pattern matches: only the first character rules it out.
    after_any = lang.after_any
    if not c.per and after_any is not None and not (
            after_any.edge_after(text, pos) if prefix_currency else after_any.after(text, pos)):
        c.end = pos                      # nothing after the number could attach
        return
    m = lang.qualifier_after_re.match(text, pos)
    if m and c.qualifier == "exact" and not text[m.end():m.end() + 1].isdigit():
        c.qualifier = lang.qualifiers_after.find(_strip(m.group()))   # not the "+" of "+530"
        pos = m.end()
    # a currency-only scale ("$5m", "5 M€") needs a currency before it or right after it
    m = lang.currency_scale_after_re.match(text, pos)
    if m and not c.scaled and (prefix_currency or lang.currency_after_re.match(text, m.end())):
        _scale(c, int(lang.currency_scales.find(_strip(m.group()))))
        pos = m.end()
    look = pos
    if c.scaled or 0 < c.value < 1 or _collective(text, c, lang):
        # "21,75 milliards de yuans", "1/4 de milla", "une quarantaine de kilomètres"
        j = lang.unit_joiner_re.match(text, pos)
        if j:
            look = j.end()
            if c.source == "words" and 0 < c.value < 1 and not c.scaled and \
                    lang.weak_points_after_re.match(text, look):
                pos = look              # "un quart de point", "un cuarto de punto"
        elif c.source == "words" and 0 < c.value < 1 and \
                (f := lang.fraction_joiner_re.match(text, pos)):
            if lang.unit_after_re.match(text, f.end()):
                look = f.end()          # "half a mile", "a quarter of an hour"
            elif lang.points_after_re.match(text, f.end()) or \
                    lang.weak_points_after_re.match(text, f.end()):
                pos = look = f.end()    # "a third of a percentage point", "un quart de point"
    if c.per:
        c.written = c.value
        c.value, c.exp = c.value * 100, None
        c.percent = "percent"
    elif m := lang.points_after_re.match(text, pos):
        c.percent, pos = "points", m.end()
    elif m := lang.basis_after_re.match(text, pos):
        c.percent, pos = "basis", m.end()
    elif m := lang.percent_after_re.match(text, pos):
        c.percent, pos = "percent", m.end()
        c.complement = _surface_key(m.group()) in lang.percent_complement
    elif not c.currency and (m := lang.weak_points_after_re.match(text, pos)):
        c.percent, pos = "weak", m.end()      # "0,3 Punkte": points, if a percentage is near
    elif lang.percent["tenths"] and (m := lang.tenths_after_re.match(text, pos)):
        c.percent, pos = "tenths", m.end()
        c.complement = _surface_key(m.group()) in lang.percent_complement
        if c.source == "digits" and c.plain_int and 11 <= c.value <= 99:
            c.value, c.exp = c.value / 10, -1          # 75折 = 7.5 tenths (10成 is ten)
        pos = _tenths_tail(text, c, lang, pos)
    else:
        pos = _money_or_unit(text, c, lang, look, pos, prefix_currency)
    pos = rate_after(text, c, lang, pos)
    m = lang.qualifier_after_re.match(text, pos)
    if m and not text[m.end():m.end() + 1].isdigit():
        q = lang.qualifiers_after.find(_strip(m.group()))
        if c.qualifier in ("exact", q):        # 约1000人左右: the second "about" is read too
            c.qualifier, pos = q, m.end()
    c.end = pos


def _money_or_unit(text: str, c: Cand, lang: Language, look: int, pos: int,
                   prefix_currency: bool) -> int:
    m = lang.currency_after_re.match(text, look)
    if not m and not prefix_currency and (cm := lang.unit_classifier_re.match(text, look)):
        m = lang.currency_after_re.match(text, cm.end())       # 20个比特币
    if m and not _suffix_currency_ok(text, m, c, lang, prefix_currency):
        m = None
    if m:
        surface = _strip(m.group())
        c.currency, c.currency_after, pos = lang.currencies.find(surface), True, m.end()
        c.currency_surface = surface
        unit = lang.units.find(surface)
        if unit is not None and not prefix_currency:
            c.ambiguous_unit = unit        # "pounds": sterling or weight
        if not c.scaled and (sm := lang.scale_after_re.match(text, pos)):
            _scale(c, int(lang.scales.find(_strip(sm.group()))))   # "75 USD million"
            pos = sm.end()
        pos = _half(text, c, lang, pos)
        return _money_compound(text, c, lang, pos)
    if (m := lang.subunit_after_re.match(text, look)) and _whole_multiple(text, m, c):
        info = lang.currency_multiples.find(_strip(m.group()))
        if len(info) == 2 and not prefix_currency:   # "50 cents", "30 MUSD"
            c.currency, c.written = info[0], c.value
            c.value, c.exp = c.value * pow10(info[1]), (c.exp or 0) + info[1]
            c.unit_power = info[1]
            c.unit_surface = _strip(m.group())
            c.currency_after = True
            return m.end()
    if prefix_currency:
        return _money_compound(text, c, lang, pos)
    half_first = False
    um = lang.unit_after_re.match(text, look) or _unit_of_range(text, look, lang)
    if not um and (cm := lang.unit_classifier_re.match(text, look)):
        after = cm.end()
        if lang.half_after_re.match(text, after):
            half_first, after = True, after + 1
        um = lang.unit_after_re.match(text, after)
    if not um and lang.unit_decimals_re is not None:
        um = match_at(lang.unit_decimals_re, text, look)          # 37秒12
    if not um and lang.compound_lead_re is not None:
        um = _compound_lead(text, c, lang, look)
    if not um and look == c.num_end and text[look:look + 1] in lang.glued_unit_firsts and \
            (gm := lang.glued_unit_re.match(text, look)):
        c.unit_surface = gm.group()                       # "80mm (3.1in)"
        c.unit_expr = lang.raw["units_glued"][gm.group()]
        return gm.end()
    if um and (nxt := _unit_after_scale(text, c, lang, _strip(um.group()), um)):
        _scale(c, int(lang.raw["unit_scales"][_strip(um.group())]))
        um = nxt                       # "7.3m hl", "2.4m tonnes": millions of that unit
    elif um and (k := _scale_before_noun(text, c, lang, _strip(um.group()), um)):
        _scale(c, k)                   # "2.1m premises": millions of them, not metres
        return um.end()
    if um:
        surface = _strip(um.group())
        c.unit_surface = surface
        c.unit_expr = _unit_in_context(text, c, lang, surface) or lang.compound_leads.find(surface)
        c.per_thing = lang.rate_units.find(surface)        # "14Mtpa": a period in the unit
        pos = um.end()
        if half_first:
            c.value += Decimal("0.5")
        pos = _half(text, c, lang, pos)
        pos = _unit_decimals(text, c, lang, pos, surface)
        pos = _measure_compound(text, c, lang, pos)
    return pos


_DECIMAL_TAIL = regex.compile(r"[0-9０-９]{1,3}(?![0-9０-９.．]|[,，][0-9０-９])")


def _unit_decimals(text: str, c: Cand, lang: Language, pos: int, surface: str) -> int:
    """37秒12, 0秒18: the digits glued after a unit that a race time uses as its decimal
    point (``unit_decimals``) are the unit's hundredths, not a number of their own."""
    marks = lang.raw.get("unit_decimals")
    if not marks or surface not in marks or c.scaled or c.value != c.value.to_integral_value():
        return pos
    m = _DECIMAL_TAIL.match(text, pos)
    if m is None or m.start() != pos:
        return pos
    if lang.unit_after_re.match(text, m.end()) or lang.unit_decimals_re.match(text, m.end()):
        return pos   # 100米30秒: the digits are a figure of their own unit
    from .numerals import normalise_digits
    digits = normalise_digits(m.group())
    c.value += Decimal(digits) / pow10(len(digits))
    c.exp = -len(digits)
    return m.end()


def _part_decimals(text: str, lang: Language, surface: str, value: Decimal, pos: int
                   ) -> tuple[Decimal, int]:
    """3分54秒18: the hundredths glued after the last part of a compound race time, when
    its unit is one a race time writes as its decimal point (``unit_decimals``)."""
    if surface not in (lang.raw.get("unit_decimals") or ()) or \
            value != value.to_integral_value():
        return value, pos
    m = _DECIMAL_TAIL.match(text, pos)
    if m is None or lang.unit_after_re.match(text, m.end()) or \
            lang.unit_decimals_re.match(text, m.end()):
        return value, pos
    from .numerals import normalise_digits
    digits = normalise_digits(m.group())
    return value + Decimal(digits).scaleb(-len(digits)), m.end()      # 55秒90: 55.90


_DASHED_NUMBER = regex.compile(r"-[\d.,]+[^\S\n]?")


_NEXT_WORD = regex.compile(r"[ \u00a0](\p{Ll}{3,})(?![\p{L}\d\-])")
_NEXT_CAPS = regex.compile(r"[ \u00a0](\p{Lu}{3,5})(?![\p{L}\d\-])")
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|the)[ \u00a0]+$")


def _scale_before_noun(text: str, c: Cand, lang: Language, surface: str, um) -> int:
    """The power of ten of a unit surface that is a scale word here (``unit_scales``): glued
    to a figure with no scale and followed by a plural noun, "2.1m premises", "3.4m
    households" are millions; "a 2.1m wall", "2.1m tall", "100m of pipe" stay metres, and
    so do round hundreds, the distances races are named by ("400m hurdles")."""
    table = lang.raw.get("unit_scales")
    if not table or surface not in table or c.scaled or um.start() != c.num_end:
        return 0
    if c.value == c.value.to_integral_value() and c.value % 100 == 0:
        return 0
    nouns = lang.raw.get("unit_scale_nouns") or ()
    m = _NEXT_WORD.match(text, um.end())
    if m is None:
        m = _NEXT_CAPS.match(text, um.end())         # "4.6m TEU": a listed abbreviation
        if m is None or m.group(1).lower() not in nouns:     # ("4.5m NNE" stays metres)
            return 0
    elif m.group(1) not in nouns and \
            (not m.group(1).endswith("s") or m.group(1) in lang.stopwords):
        return 0
    if _ARTICLE_BEFORE.search(text, max(0, c.start - 4), c.start):
        return 0
    return int(table[surface])


def _unit_after_scale(text: str, c: Cand, lang: Language, surface: str, um):
    """The unit after a glued scale word (``unit_scales``) that is also a unit, when
    another unit follows it: "7.3m hl", "2.4m tonnes" are millions of hectolitres and of
    tonnes (a length before a unit is no reading). None otherwise."""
    table = lang.raw.get("unit_scales")
    if not table or surface not in table or c.scaled or um.start() != c.num_end:
        return None
    return lang.unit_after_re.match(text, um.end())


def _unit_of_range(text: str, pos: int, lang: Language):
    """"1.8 Mt-2.2 Mt a year", "4km-7km": a unit before a dash is the first end's when the
    same unit follows the number after the dash ("L-202" stays a code)."""
    m = lang.unit_before_dash_re.match(text, pos)
    if m is None:
        return None
    d = _DASHED_NUMBER.match(text, m.end())
    surface = _strip(m.group())
    return m if d and text.startswith(surface, d.end()) else None


def _surface_key(s: str) -> str:
    """A matched surface as its language file writes it (CJK surfaces may be spaced out:
    割 引)."""
    s = _strip(s)
    return fold(_CJK_SPACES.sub("", s) if any(is_cjk(ch) for ch in s) else s)


_CJK_SPACES = regex.compile(r"[ \u3000]+")
_CLAUSE_END = regex.compile(r"(?r)[。！？!?.;；、，,\n]")
CONTEXT_WINDOW = 20   # how far back a unit's context word may stand (unit_contexts)


_LAST_WORD = regex.compile(r"(?r)[\p{L}]+$")


def _collective(text: str, c: Cand, lang: Language) -> bool:
    """A number that ends in a multiplier word: "une quarantaine", "un centenar"."""
    if c.source != "words" or not lang.boundaries:
        return False
    m = _LAST_WORD.search(text, c.num_start, c.num_end)
    return m is not None and lang.multipliers.find(m.group()) is not None


def _unit_in_context(text: str, c: Cand, lang: Language, surface: str) -> str:
    """The unit a written name stands for here: its own, or another when a context word of
    ``unit_contexts`` stands shortly before the number in the same clause (キロ is a
    kilometre in 北西約325キロ, a kilogram in 体重60キロ)."""
    unit = lang.units.find(surface)
    contexts = lang.unit_contexts.get(surface) if lang.unit_contexts else None
    if not contexts:
        return unit
    lo = max(0, c.start - CONTEXT_WINDOW)
    end = _CLAUSE_END.search(text, lo, c.start)
    # the clause before the number, and the unit with what follows it (10キロ沖, 10キロ先,
    # 42キロの渋滞)
    at = text.find(surface, c.num_end, c.num_end + len(surface) + 4)
    tail = text[at:at + len(surface) + 3] if at >= 0 else ""
    head = text[end.end() if end else lo:c.start]
    window = head + "\n" + tail
    # the context word nearest the number decides: 南約120キロの海上を時速15キロで is a
    # distance, then a speed; a word right before the number wins over one after it
    # (時速320キロで走る is a speed, 3キロ走った a length)
    best, best_at, adjacent = unit, -1, False
    for expr, words in contexts:
        for w in words:
            i = window.rfind(w)
            while i >= 0:
                if not lang.boundaries or _whole_word(window, i, len(w)):
                    touching = i < len(head) and len(head) - (i + len(w)) <= 1
                    if (touching and not adjacent) or (touching == adjacent and i > best_at):
                        best, best_at, adjacent = expr, i, touching
                    break
                i = window.rfind(w, 0, i)
    return best


def _whole_multiple(text: str, m, c: Cand) -> bool:
    """A one-letter multiple stands glued to the figure and opens no abbreviation: "96p"
    is pence, "5 p.a." and "3 p.c." are not."""
    surface = _strip(m.group())
    if len(surface) != 1:
        return True
    end = m.end()
    return text.startswith(surface, c.num_end) and not (
        text[end:end + 1] == "." and text[end + 1:end + 2].isalpha())


def _whole_word(s: str, i: int, n: int) -> bool:
    return (i == 0 or not s[i - 1].isalpha()) and (i + n >= len(s) or not s[i + n].isalpha())


def _suffix_currency_ok(text: str, m, c: Cand, lang: Language, prefix_currency: bool) -> bool:
    """A currency after the number belongs to it unless it rather opens the next amount:
    "$ 20,000.00 $ 37,305.97", "1 $10 dollars", "rmb 10 usd 20"."""
    surface = _strip(m.group())
    if m.end() < len(text) and text[m.end()].isdigit() and (
            not surface[-1:].isalpha() or GLUED_CURRENCY.fullmatch(surface)):
        return False       # "3 USD50 cards", "1 $10", "USD4.2bn-USD4.6bn": the next number's
    if prefix_currency:
        return surface[:1].isalpha() and lang.currencies.find(surface) == c.currency
    return True


def _half(text: str, c: Cand, lang: Language, pos: int) -> int:
    """一吨半, 三成半: a half of the unit just read."""
    m = lang.half_after_re.match(text, pos)
    if m:
        c.value += Decimal("0.5") * (pow10(c.scale) if c.scaled else 1)
        c.exp = -1 if c.exp is not None and c.exp >= 0 else c.exp
        return m.end()
    return pos


def _tenths_tail(text: str, c: Cand, lang: Language, pos: int) -> int:
    """三成半 = 3.5 tenths; 七成六 = 7.6 tenths (one more digit after the marker)."""
    m = lang.half_after_re.match(text, pos)
    if m:
        c.value += Decimal("0.5")
        return m.end()
    sp = _SP.match(text, pos).end()
    if sp < len(text):
        d = lang.cjk_digits.find(text[sp])
        nxt = text[sp + 1:sp + 2]
        if d is None and c.source == "digits" and "0" <= text[sp] <= "9" and sp == pos and \
                not (nxt.isdigit() or nxt in lang.short_date_marks or
                     (nxt in lang.decimal or nxt in lang.group) and text[sp + 2:sp + 3].isdigit()):
            d = text[sp]                                 # 7成4 = 7.4 tenths, as 七成四
        if d is not None and int(d) < 10 and not (nxt and (lang.cjk_digits.find(nxt) is not None
                                                            or lang.cjk_units.find(nxt) is not None)):
            c.value += Decimal(int(d)) / 10
            c.exp = -1
            return sp + 1
    return pos


def _next_number(text: str, pos: int, lang: Language, money: bool = False) -> Cand | None:
    m = match_at(lang.seed_re, text, pos)
    return read_atom(text, m, lang, money) if m else None


def _compound_join(text: str, pos: int, lang: Language) -> int:
    """Skip spacing and one "and" word (and, y, con, 又) before the next part of a compound."""
    p = _SP.match(text, pos).end()
    for w in sorted(lang.and_words | lang.decimal_words, key=len, reverse=True):
        if text[p:p + len(w)].casefold() == w:
            q = p + len(w)
            if lang.boundaries and q < len(text) and text[q].isalpha():
                continue
            return _SP.match(text, q).end()
    return p


def _money_compound(text: str, c: Cand, lang: Language, pos: int) -> int:
    """"3 dollars 50 cents", "15 dollars and 15", 五元三毛, 50元6角三分: the smaller part."""
    if not c.currency or (c.currency.count("|") == 1):
        return pos     # (¥ = CNY or JPY: whose minor unit follows is not known)
    for _ in range(3):
        start = _compound_join(text, pos, lang)
        if start == pos and lang.boundaries:
            break
        n = _next_number(text, start, lang, money=True)
        if n is None or n.value <= 0 or n.start != start:
            break
        su = lang.subunit_after_re.match(text, n.num_end)
        if su:
            info = lang.currency_multiples.find(_strip(su.group()))
            c.value += n.value * pow10(info[1])
            c.exp = min(c.exp if c.exp is not None else 0, info[1])
            pos = su.end()
            continue
        joined = start > _SP.match(text, pos).end()
        tail_ok = c.currency_after or (joined and _at_clause_end(text, n.num_end))
        if tail_ok and n.source != "cjk" and n.value == n.value.to_integral_value() \
                and 1 <= n.value <= 99 and not _claimed_after(text, n.num_end, lang) \
                and not _glued_letter(text, n.num_end, lang):
            c.value += n.value / 100                    # "15 dollars 50", "$ 100 and fifty"
            c.exp = -2
            pos = n.num_end
        break
    return pos


def _glued_letter(text: str, pos: int, lang: Language) -> bool:
    """"15 dollars 50abc": a letter glued to the number (in CJK text a character after a
    number is just the next word: 100ユーロと30です)."""
    return lang.boundaries and pos < len(text) and text[pos].isalpha()


def _at_clause_end(text: str, pos: int) -> bool:
    rest = text[pos:pos + 3].lstrip()
    return not rest or not (rest[0].isalnum())


def _claimed_after(text: str, pos: int, lang: Language) -> bool:
    """Whether what follows makes the number a claim of its own (a unit, a currency...)."""
    return bool(lang.currency_after_re.match(text, pos) or lang.unit_after_re.match(text, pos)
                or lang.percent_after_re.match(text, pos) or lang.subunit_after_re.match(text, pos)
                or (lang.classifiers and lang.classifier_after_re.match(text, pos))
                or match_at(_NUMBER_NEXT, text, pos))


def _compound_lead(text: str, c: Cand, lang: Language, pos: int):
    """1小时55分钟: the larger unit before a digit, kept only when the smaller one follows."""
    m = lang.compound_lead_re.match(text, pos)
    if not m or pos >= len(text) or m.end() >= len(text) or not text[m.end()].isdigit():
        return None
    probe = replace(c, unit_expr=_lead_unit(lang, m.group()), extra_measures=())
    return m if _measure_compound(text, probe, lang, m.end()) > m.end() else None


def _lead_unit(lang: Language, surface: str) -> str | None:
    """The unit of a compound's lead: its own, or the one it has only as a lead
    (``compound_leads``: 分 is a minute in 3分57秒 but no unit in 得3分)."""
    return lang.units.find(surface) or lang.compound_leads.find(surface)


def _measure_compound(text: str, c: Cand, lang: Language, pos: int) -> int:
    """"5 feet 2 inches", "12 ft 2 in", "2 hours 4 minutes and 37 seconds": smaller units of
    the same measure, each in the table of the one before it."""
    unit = c.unit_expr or ""
    for _ in range(_COMPOUND_PARTS):
        table = lang.unit_compounds.get(unit)
        if not table:
            return pos
        part = _compound_part(text, c, lang, pos, table)
        if part is None:
            part = _part_after_comma(text, c, lang, pos, table)
        if part is None:
            return pos
        pos, unit = part
    return pos


def _part_after_comma(text: str, c: Cand, lang: Language, pos: int, table
                      ) -> tuple[int, str] | None:
    """"2 hours, 19 minutes and 44 seconds": a part after a comma belongs to the compound
    only when a still smaller part follows it ("delays of 2 hours, 30 minutes and 15
    minutes" is a list)."""
    if not text.startswith(",", pos):
        return None
    kept = c.extra_measures
    part = _compound_part(text, c, lang, pos + 1, table)
    if part is not None:
        smaller = lang.unit_compounds.get(part[1])
        if smaller and _compound_part(text, c, lang, part[0], smaller) is not None:
            c.extra_measures = c.extra_measures[:len(kept) + 1]
            return part
    c.extra_measures = kept
    return None


_COMPOUND_PARTS = 3


def _compound_part(text: str, c: Cand, lang: Language, pos: int, table
                   ) -> tuple[int, str] | None:
    """(where it ends, its unit) of the next smaller part of a compound measure, added to
    ``c``; None when no part of ``table`` follows. (Not after a comma: "delays of 2 hours,
    30 minutes and 15 minutes" is a list.)"""
    start = _compound_join(text, pos, lang)
    n = _next_number(text, start, lang)
    if n is None or n.start != start:
        return None
    p = _SP.match(text, n.num_end).end()
    for surface in sorted(table, key=len, reverse=True):
        q = p + len(surface)
        if text[p:q].casefold() == surface.casefold() and not (
                lang.boundaries and q < len(text) and text[q].isalpha()):
            unit = table.find(surface)
            value, q = _part_decimals(text, lang, surface, n.value, q)
            c.extra_measures += ((value, unit),)
            return q, unit
    return None
