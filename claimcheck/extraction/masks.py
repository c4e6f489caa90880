"""Spans of text that look numeric but are not claims: identifiers, contact data, times.

These shapes are the same in every language we read, so they live here rather than in
the language files. A number that overlaps a masked span never becomes a claim.
"""
from __future__ import annotations

import bisect
import functools

import regex

from .rx import match_at
from .textfold import casefolded  # noqa: F401  (dates, rates and the masks read it from here)

# name -> pattern. Order does not matter; overlapping spans are merged. Masks are searched
# through every text, so each pattern is tried only where it can match: at the start of a
# run of digits, or of a word it opens with (see the sections below the table).
NON_CLAIM_PATTERNS = {
    "url": r"\b(?:https?://|www\.)[^\s<>\"'\]\[]+",
    # e-mail addresses, found from the @ (the part before it is added in find_masks)
    "email": r"(?<=[\w.+-])@[\w-]+(?:\.[\w-]+)+",
    # +86-28-85339400, +1 (212) 555-0100
    # (at least one separator after the country code: "+530" in a table is a signed number;
    # and eight digits or more: "+1.217" and "+12.217" in a table are signed thousands)
    "phone_intl": r"\+(?=(?:[\s.\-\u00a0()]*\d){8})\d{1,3}[\s.\-\u00a0(]\(?\d{1,5}\)?(?:[\s.\-\u00a0]?\(?\d{1,5}\)?){1,5}",
    # (010)68315039, (010) 6831-5039
    "phone_area": r"\(\d{2,5}\)[\s\u00a0-]?\d{3,4}[\s-]?\d{3,5}",
    # 010-68315039, 0755-1234567
    "phone_local": r"(?=0)(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    # 03-1234-5678, 0120-123-456: a trunk prefix and two dashed groups (Japan, Europe)
    "phone_dashed": r"(?=0)(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])",
    "tel_label": r"(?=[TtPpFf电電])(?i:\btel|\bphone|\bfax|\bt[ée]l[ée]phone|\btel[ée]fono|电话|電話)"
                 r"[.:：]?[\s\u00a0]*\+?[\d\s().\-]{3,}\d",
    "isbn": r"\b(?i:isbn)(?:-1[03])?:?[\s\u00a0]*[\dXx][\d\s\-Xx]{8,16}[\dXx]",
    # registration and licence numbers: capitals next to long digit runs, 京ICP备05004340号-12
    # (but not a currency code glued to an amount: "USD4800", "RMB150000"; _glued_amount)
    "registration": r"(?=\p{Lu})(?<!\p{Lu})\p{Lu}{2,}[\p{Han}]*\d{4,}[\p{Han}]*(?:-\d+)*",
    "record_no": r"(?=\d)(?<=[备號号证證:：][\s\u00a0]{0,3})\d{6,}(?:-\d+)*",
    # a digit run with a leading zero (0102, 05004340) is a code, not an amount
    "leading_zero": r"(?=0)(?<!\d[\s\u00a0\u202f'’.,]?)0\d{2,}(?![.,]\d)",   # 1’000 groups
    # IP addresses: 192.168.1.2
    "ip": r"(?=\d)(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]\d)",
    # long unseparated digit runs (ids, account numbers)
    "long_digits": r"(?=\d)(?<![\d.,])\d{12,}(?![\d])",
    # model and product names: G20, A380, COVID-19, iPhone 15, Windows 11 (found from the
    # digits, looking back at the letters: only the digits need masking)
    # (not digits glued to a currency code or symbol: "USD48.3bn", "RM2.70"; _glued_amount)
    # (a code's letters and digits end at a CJK character: "G1234次列车上座率为95%" holds
    # a train's number, then words and a figure)
    "model": r"(?=\d)(?:(?<=(?<![\p{L}\d])\p{Lu}{1,6})\d+(?:\d|(?![\p{Han}\p{Hiragana}\p{Katakana}])\p{L})*"
             r"|(?<=(?<![\p{L}\d])\p{Lu}{2,}[-‐])\d+"
             r"|(?<=(?<![\p{L}\d])\p{Ll}+\p{Lu}\p{L}*[\s\u00a0])\d+)(?![\d])",
    # lower-case codes: covid-19, scp-173, scp2-173 (but not "mid-2019", "pre-2020")
    "code": r"(?=\d)(?<=(?<![\p{L}\d])(?!(?:mid|pre|post|non|anti|over|under|top|sub|ex|co|per|the"
            r"|and|in|on|at|to|cent)[-‐])\p{Ll}{2,4}\d?[-‐])\d+(?![\d.,]\d)",
    # clock times: 16:06, 11:18, 9.30 am
    "time": r"(?=\d)(?<![\d:])(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?(?![\d:])",
    "time_ampm": r"(?=\d)(?i)(?<![\d.])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[\s\u00a0]?[ap]\.?m\.?(?![\p{L}])",
    # Chinese clock times: 9点30分, 上午10点半 (a lone "20点" is a number)
    "time_zh": r"(?=[\d一二三四五六七八九十两])(?<![\d.])[\d一二三四五六七八九十两]{1,3}[点點](?:[\d一二三四五六七八九十]{1,3}分|半|整|钟|鐘)",
    # Japanese and Chinese clock times: 9時, 15時30分, 23时59分 (but 2時間, 3小时 are durations)
    "time_ja": r"(?=\d)(?<![\d.])\d{1,2}[時时](?![間间])(?:\d{1,2}分|半)?",
    # German clock times: 10 Uhr, 9.30 Uhr, 14:00 Uhr
    "time_uhr": r"(?=\d)(?<![\d.,])\d{1,2}(?:[.:][0-5]\d)?[\s\u00a0]?Uhr\b",
    # French clock times: 10 h 15, 9h40
    # (and race times told the same way with seconds, 2h04'37": no clock, but no count of 37)
    "time_h": r"(?=\d)(?<![\d.,])(?:[01]?\d|2[0-3])[\s\u00a0]?h[\s\u00a0]?[0-5]\d"
              r"(?:['’′][0-5]\d(?:[\"”″]|'')?)?(?!\d)"
              # hours and minutes of a duration: "en 5 h 28 min 19 s"
              r"(?![\s\u00a0]?min)",
    # phone numbers written in spaced groups after a trunk zero: 0121 496 0555, 044 944 71 11
    # and in pairs, as France writes them: 04 72 18 55 90
    "phone_spaced": r"(?=0)(?<![\d.,])0(?:\d{2,4}(?:[\s\u00a0]\d{2,4}){2,3}"
                    r"|\d(?:[\s\u00a0]\d\d){4})(?![\d.,]\d)",
    # tax and company ids written with dots, a slash and a check pair (Brazil's CNPJ
    # 92.958.800/0001-38, CPF 123.456.789-09): never an amount
    "tax_id": r"(?=\d)(?<![\d.,])\d{2,3}\.\d{3}\.\d{3}(?:/\d{4})?-\d{2}(?![\d\-])",
    # list numbering at the start of a line: "1. ", "2) ", "3、"
    "list_number": r"(?m)(?=\d)(?<=^[ \t\u00a0•\-*]*)\d{1,2}(?:[.)、．]|\s?[)）])(?=[\s\u00a0\p{L}\p{Han}])",
    # list numbering in Han numerals: "一、" and "（三）" at the start of a line, and the
    # "一是……，二是……" of official prose after a sentence or clause mark (not 唯一是, 统一是)
    "list_han": r"(?m)(?:(?<=^[ \t\u00a0\u3000]*)(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                r"|(?<=^[ \t\u00a0\u3000]*|[，。；：、,;:])[一二三四五六七八九十]{1,2}是)",
    # section/article references: "Article 5", "§ 12"
    "section": r"§[\s\u00a0]*\d+",
    # footnote markers: "Net profit[2]", "[2] Attributable to ..."
    "footnote": r"\[\d{1,3}\]",
    # stock codes with their exchange: "2319.HK", "600519.SS", "7203.T"
    "ticker": r"(?=\d)(?<![\d.,])\d{3,6}\.(?:HK|SS|SZ|SH|T|TW|KS|KQ|SI|AX|L|PA|DE|AS|MI|MC|TO|NS|BO|SA|MX)\b",
    # period labels: "9M 2024", "1H25", "2Q24", "3T22", "2TRI25" (nine months, first half ...)
    "period_label": r"(?=\d)(?<![\p{L}\d.,])\d{1,2}(?:M|H|Q|T|S|TRI|TR)(?:[\s\u00a0]?(?:19|20)?\d\d)(?!\d)",
    # events named by their date: “5·12”, 9・11
    "dot_date": r"(?=\d)(?<![\d.,])\d{1,2}[·・]\d{1,2}(?![\d.,])",
}


# -- trying a pattern only where it can match ----------------------------------------------
# finditer tries a pattern at every position and resumes at the end of each match. Most of
# these patterns open with lookarounds, which the engine cannot skip to quickly, so that
# costs microseconds a position. Where the positions a pattern can match at are known to lie
# in a sorted list of candidates (found by a literal search or one cheap scan), trying only
# those, skipping any inside the previous match, finds the same matches: the positions left
# out would have failed. (None of the patterns matches the empty string, where finditer
# would differ.)

def matches_at(pattern: regex.Pattern, text: str, starts) -> list:
    """The matches ``pattern.finditer(text)`` yields, given increasing ``starts`` that hold
    every position where ``pattern`` can match."""
    out = []
    end = 0
    for s in starts:
        if s >= end:
            m = match_at(pattern, text, s)
            if m:
                out.append(m)
                end = m.end()
    return out


def find_all(hay: str, word: str) -> list[int]:
    """Every position where ``word`` occurs in ``hay``."""
    out = []
    i = hay.find(word)
    while i >= 0:
        out.append(i)
        i = hay.find(word, i + 1)
    return out


# find_masks and find_dates read the same text one after the other: these one-slot caches
# let the second reuse the digit runs and the case-folded text of the first.
_RUNS = regex.compile(r"\d+")
_last_runs: tuple[str, list[tuple[int, int]]] = ("", [])


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every maximal run of digits (``\\d``) in ``text``; do not modify."""
    global _last_runs
    last = _last_runs
    if last[0] is not text:
        last = _last_runs = (text, [m.span() for m in _RUNS.finditer(text)])
    return last[1]


# -- the digit-led patterns --------------------------------------------------------------
# Each needs a non-digit (or the text start) before its first digit, so it can only match
# where a run of digits starts. Searched as one union they cost ~3 µs a run, the engine
# trying all thirteen in turn. Instead, at each run start, the few characters around the
# run rule out most patterns (the tests below state, pattern by pattern, a condition its
# regex requires), and only a union of the rest is tried, built like the full one. A union
# matches with its first alternative that matches; leaving out alternatives that cannot
# match there does not change which that is, nor its span.
_DIGIT_LED = ("phone_local", "phone_dashed", "ip", "time", "time_ampm", "long_digits",
              "leading_zero", "record_no", "model", "code", "list_number", "time_ja",
              "time_uhr")
_BIT = {name: 1 << i for i, name in enumerate(_DIGIT_LED)}
_ALL = (1 << len(_DIGIT_LED)) - 1
_ZERO_LED = _BIT["phone_local"] | _BIT["phone_dashed"] | _BIT["leading_zero"]   # (?=0)
_BEFORE_LED = _BIT["record_no"] | _BIT["model"] | _BIT["code"] | _BIT["list_number"]
_AFTER_LED = (_BIT["ip"] | _BIT["time"] | _BIT["time_ampm"] | _BIT["long_digits"]
              | _BIT["time_ja"] | _BIT["time_uhr"] | _BIT["list_number"])
# the character classes of the patterns, asked of the same engine
_WS, _LU, _LETTER, _DIGIT = (regex.compile(c) for c in (r"[\s\u00a0]", r"\p{Lu}", r"\p{L}", r"\d"))
_AP = regex.compile(r"(?i)[ap]")              # time_ampm reads its [ap] case-insensitively
_MARKS = frozenset("备號号证證:：")
_DASHES = frozenset("-‐")
_LIST_LEAD = frozenset(" \t\u00a0•-*")
# (?m)^ follows only "\n" in this engine; the other line breaks are kept to be safe
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _is(cls: regex.Pattern, ch: str) -> bool:
    return ch != "" and cls.match(ch) is not None


def _before_test(ctx: str) -> int:
    """Bits of the patterns that ``ctx``, the two characters before a run start, does not
    rule out (one character: the text starts before it; none: the run starts the text)."""
    p, q = ctx[-1:], ctx[-2:-1]
    ok = _ALL & ~_BEFORE_LED
    ws = _is(_WS, p)
    # record_no: (?<=[备號号证證:：][\s\u00a0]{0,3})
    if p in _MARKS or (ws and (q in _MARKS or _is(_WS, q))):
        ok |= _BIT["record_no"]
    # model: (?<=…\p{Lu}{1,6}) | (?<=…\p{Lu}{2,}[-‐]) | (?<=…\p{Ll}+\p{Lu}\p{L}*[\s\u00a0])
    if _is(_LU, p) or (p in _DASHES and _is(_LU, q)) or (ws and _is(_LETTER, q)):
        ok |= _BIT["model"]
    # code: (?<=…\p{Ll}{2,4}\d?[-‐])
    if p in _DASHES and (_is(_LETTER, q) or _is(_DIGIT, q)):
        ok |= _BIT["code"]
    # list_number: (?<=^[ \t\u00a0•\-*]*)
    if p == "" or p in _BREAKS or (p in _LIST_LEAD and (len(ctx) == 1 or q in _BREAKS
                                                        or q in _LIST_LEAD)):
        ok |= _BIT["list_number"]
    return ok


def _short_run_test(ctx: str) -> int:
    """Bits of the patterns that ``ctx``, the two characters after a run of one or two
    digits, does not rule out."""
    n, n2 = ctx[:1], ctx[1:2]
    ok = _ALL & ~_AFTER_LED
    ws = _is(_WS, n)
    if n == ".":                                   # ip: \d{1,3}(?:\.\d{1,3}){3}
        ok |= _BIT["ip"]
    if n in (":", "："):                           # time: …\d[:：][0-5]\d
        ok |= _BIT["time"]
    if n in (".", ":") or _is(_AP, n) or (ws and _is(_AP, n2)):
        ok |= _BIT["time_ampm"]                    # …\d(?:[.:][0-5]\d)?[\s\u00a0]?[ap]
    if n in ("時", "时"):                          # time_ja: \d{1,2}[時时]
        ok |= _BIT["time_ja"]
    if n in (".", ":", "U") or (ws and n2 == "U"):  # time_uhr: …(?:[.:][0-5]\d)?[\s\u00a0]?Uhr
        ok |= _BIT["time_uhr"]
    if n in (".", ")", "、", "．", "）") or ws:   # list_number: \d{1,2}(?:[.)、．]|\s?[)）])
        ok |= _BIT["list_number"]
    return ok


# a run of 3 or more digits rules out the after-led patterns, bar ip (3 digits then ".")
# and long_digits (12 or more)
_LONG_RUN = (_ALL & ~_AFTER_LED) | _BIT["long_digits"]
_MID_RUN = _ALL & ~_AFTER_LED
_IP_RUN = _MID_RUN | _BIT["ip"]
_NOT_ZERO = _ALL & ~_ZERO_LED


_BEFORE_BITS: dict[str, int] = {}
_SHORT_BITS: dict[str, int] = {}
_UNIONS: dict[int, regex.Pattern] = {}


def _memo(table: dict, key: str, test) -> int:
    if len(table) > 20000:     # keys are character pairs: bound the memory, never the result
        table.clear()
    table[key] = bits = test(key)
    return bits


def _union(bits: int) -> regex.Pattern:
    pat = _UNIONS.get(bits)
    if pat is None:
        pat = _UNIONS[bits] = regex.compile("(?=\\d)(?:" + "|".join(
            f"(?P<{k}>{_pattern_text(k)})" for k in _DIGIT_LED if bits & _BIT[k]) + ")")
    return pat


@functools.lru_cache(maxsize=None)
def _pattern_text(name: str) -> str:
    """A mask's pattern, as compiled (one place to build them all)."""
    return NON_CLAIM_PATTERNS[name]


@functools.lru_cache(maxsize=1)
def _glued_codes() -> frozenset[str]:
    """The ISO codes and currency symbols every language reads glued to an amount
    ("USD48.3bn", "RMB52.7bn", "$A31,204,550"; currencies.yaml)."""
    from .language import shared_currencies
    from .number_patterns import GLUED_CURRENCY

    shared = shared_currencies()
    return frozenset(c for c in list(shared["codes"]) + list(shared["symbols"])
                     if GLUED_CURRENCY.fullmatch(c))


def _glued_amount(text: str, start: int, name: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether a "model" or "registration" span is an amount with its currency glued:
    the capitals right before the digits (or at the span's start) are a currency code
    (or one of ``extra``, the language's own glued symbols: the rand's "R")."""
    if name == "model":
        k = start
        while k > 0 and text[k - 1].isalpha() and start - k < 5:
            k -= 1
        if k > 0 and text[k - 1] == "$":
            k -= 1
        return text[k:start] in _glued_codes() or text[k:start] in extra
    k = start
    while k < len(text) and text[k].isalpha() and k - start < 5:
        k += 1
    return k < len(text) and text[k].isdigit() and text[start:k] in _glued_codes()


def _digit_led_spans(text: str, spans: list) -> None:
    end = 0
    for s, e in digit_runs(text):
        if s < end:
            continue           # finditer resumes at the end of the last match
        ctx = text[s - 2:s] if s > 1 else text[:s]
        ok = _BEFORE_BITS.get(ctx)
        if ok is None:
            ok = _memo(_BEFORE_BITS, ctx, _before_test)
        if text[s] != "0":
            ok &= _NOT_ZERO
        if e - s <= 2:
            ctx = text[e:e + 2]
            after = _SHORT_BITS.get(ctx)
            ok &= _memo(_SHORT_BITS, ctx, _short_run_test) if after is None else after
        elif e - s >= 12:
            ok &= _LONG_RUN
        else:
            ok &= _IP_RUN if e - s == 3 and text[e:e + 1] == "." else _MID_RUN
        if ok:
            m = match_at(_UNIONS.get(ok) or _union(ok), text, s)
            if m:
                end = m.end()
                spans.append((s, end, m.lastgroup))


# -- the other patterns ------------------------------------------------------------------
# Each maps to a function giving a text's candidate starts, or None to search it all.
def _words(*words: str, folded: bool = False):
    """Candidates for a pattern that starts with one of ``words`` (case-insensitively if
    ``folded``); None when case folding would move the positions."""
    def starts(text: str) -> list[int] | None:
        hay = casefolded(text) if folded else text
        if hay is None:
            return None
        return sorted({i for w in words for i in find_all(hay, w)})
    return starts


def _needs(char: str):
    """For a pattern that opens with a literal character, which the engine finds quickly
    on its own: search only a text that holds it."""
    return lambda text: None if char in text else []


_POINTS = _words("点", "點")
_HAN_TENS = frozenset("一二三四五六七八九十")
_HAN_TEN = regex.compile("[一二三四五六七八九十]")
_LIST_OPEN = frozenset("（(")


def _list_han_starts(text: str) -> list[int]:
    # a Han numeral, or a bracket before one, that opens a line or follows a clause mark
    if _HAN_TEN.search(text) is None:
        return []
    out = []
    for i in find_all(text, "是"):
        k = i - 1
        while k >= 0 and text[k] in _HAN_TENS and i - k <= 2:
            k -= 1
        out.extend(range(k + 1, i))
    for i in _line_starts(text):
        while i < len(text) and text[i] in " \t\u00a0\u3000":
            i += 1
        if i < len(text) and (text[i] in _HAN_TENS or text[i] in _LIST_OPEN):
            out.append(i)
    return sorted(set(out))


def _line_starts(text: str):
    yield 0
    i = text.find("\n")
    while i >= 0:
        yield i + 1
        i = text.find("\n", i + 1)


def _time_zh_starts(text: str) -> list[int]:
    # one to three numerals, then 点/點: a match starts one to three characters before one
    return sorted({s for q in _POINTS(text) for s in range(max(0, q - 3), q)})


_last_run_starts: tuple[str | None, dict] = (None, {})


def _run_starts(text: str) -> dict[str, list[int]]:
    """Where the masks that open with a short digit run can match, from one pass over the
    runs: by the run's length and the character after it."""
    global _last_run_starts
    if _last_run_starts[0] is text:
        return _last_run_starts[1]
    out: dict[str, list[int]] = {"ticker": [], "period_label": [], "dot_date": [], "time_h": [],
                                 "phone_spaced": [], "tax_id": []}
    for s, e in digit_runs(text):
        n = e - s
        nxt = text[e:e + 1]
        if nxt == "." and 2 <= n <= 3 and text[e + 4:e + 5] == "." and \
                text[e + 1:e + 4].isdigit():
            out["tax_id"].append(s)        # 92.958.800/0001-38: two dotted groups of three
        if n <= 2:
            if nxt in _PERIOD_NEXT:
                out["period_label"].append(s)
            elif nxt in ("·", "・"):
                out["dot_date"].append(s)
            if nxt == "h" or text[e + 1:e + 2] == "h":
                out["time_h"].append(s)
            if n == 2 and text[s] == "0" and nxt and _PHONE_GAP.match(nxt):
                out["phone_spaced"].append(s)      # 04 72 18 55 90
        elif n <= 6:
            if nxt == ".":
                out["ticker"].append(s)
            if n <= 5 and text[s] == "0" and nxt and _PHONE_GAP.match(nxt):
                out["phone_spaced"].append(s)
    _last_run_starts = (text, out)
    return out


_PERIOD_NEXT = frozenset("MHQTS")
_PHONE_GAP = regex.compile(r"[\s\u00a0]")  # the gap phone_spaced allows after a group
_REG_HEAD = regex.compile(r"(?r)\p{Lu}{2,}\p{Han}*")
_REG_HEAD_WINDOW = 64  # capitals and Han characters read back from a digit run


def _registration_starts(text: str) -> list[int]:
    # capitals, Han characters, then 4+ digits: a match starts at the capitals before a
    # run of 4+ digits, read back from the run (greedy, so from the first capital of the
    # run of capitals, where the pattern's (?<!\p{Lu}) puts its start)
    out = []
    for s, e in digit_runs(text):
        if e - s >= 4:
            m = _REG_HEAD.match(text, max(0, s - _REG_HEAD_WINDOW), s)
            if m:
                out.append(m.start())
    return out


_STARTS = {
    "url": _words("http", "www."),
    "email": _needs("@"),
    "phone_intl": _needs("+"),
    "phone_area": _needs("("),
    # "tél": téléphone is matched from its first letter
    "tel_label": _words("tel", "tél", "phone", "fax", "电话", "電話", folded=True),
    "isbn": _words("isbn", folded=True),
    "registration": _registration_starts,
    "time_zh": _time_zh_starts,
    "list_han": _list_han_starts,
    "section": _needs("§"),
    "footnote": _needs("["),
    "ticker": lambda text: _run_starts(text)["ticker"],
    "period_label": lambda text: _run_starts(text)["period_label"],
    "dot_date": lambda text: _run_starts(text)["dot_date"],
    "time_h": lambda text: _run_starts(text)["time_h"],
    "phone_spaced": lambda text: _run_starts(text)["phone_spaced"],
    "tax_id": lambda text: _run_starts(text)["tax_id"],
}
_COMPILED: dict[str, regex.Pattern] = {}


def _mask(name: str) -> regex.Pattern:
    pat = _COMPILED.get(name)
    if pat is None:
        pat = _COMPILED[name] = regex.compile(_pattern_text(name))
    return pat


def _masks() -> list:
    """Every mask that is not digit-led, with its pattern (compiled on first use)."""
    return [(name, _mask(name)) for name in _STARTS]
assert set(_STARTS) | set(_DIGIT_LED) == set(NON_CLAIM_PATTERNS)


class MaskSet:
    """Sorted, merged spans that claims must not overlap."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        spans.sort()
        merged: list[list] = []
        for s, e, name in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, name])
        self.starts = [m[0] for m in merged]
        self.spans = merged

    def hits(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a masked span."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][1] > start:
            return True
        return i + 1 < len(self.spans) and self.spans[i + 1][0] < end

    def __len__(self) -> int:
        return len(self.spans)


def _decimal_dot(text: str, s: int, e: int, decimals: dict) -> bool:
    """"前年比0・9%減": the dot of a "dot date" that the language reads as a decimal point
    before what follows the digits (``numerals.decimal_before``) is no date."""
    mark = next((ch for ch in text[s:e] if not ch.isdigit()), "")
    return any(text.startswith(a, e) for a in decimals.get(mark, ()))


def _spans(text: str, glued: frozenset[str] = frozenset(),
           decimals: dict | None = None) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    _digit_led_spans(text, spans)
    spans = [sp for sp in spans if sp[2] != "model" or not _glued_amount(text, sp[0], "model", glued)]
    for name in _STARTS:
        starts = _STARTS[name](text)
        if starts is not None and not starts:
            continue                     # nowhere to match: not even compiled
        pat = _mask(name)
        for m in pat.finditer(text) if starts is None else matches_at(pat, text, starts):
            s, e = m.span()
            if name == "email":
                while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._+-"):
                    s -= 1
            elif name == "registration" and _glued_amount(text, s, name):
                continue
            elif name == "dot_date" and decimals and _decimal_dot(text, s, e, decimals):
                continue
            if e > s:
                spans.append((s, e, name))
    return spans


def find_masks(text: str, glued: frozenset[str] = frozenset(),
               decimals: dict | None = None) -> MaskSet:
    """Masked spans of ``text`` (identifiers, contact data, times, list numbers). ``glued``:
    the language's own symbols that may stand glued to an amount, beside the shared codes
    ("R102 billion" is an amount in English, not a model name); ``decimals``: its marks that
    are a decimal point before some surfaces (``numerals.decimal_before``: 0・9%)."""
    global _last_masks
    masks = MaskSet(_spans(text, glued, decimals))
    _last_masks = (text, masks)
    return masks


# the masks of the text read last: the frames of its claims ask for its clock times
_last_masks: tuple[str, MaskSet | None] = ("", None)
_HOUR = regex.compile(r"\d{1,2}")
_PM = regex.compile(r"(?i)p\.?m")


def clock_hours(text: str) -> list[tuple[int, int, int]]:
    """(start, end, hour 0-23) of the clock times written in digits in ``text`` ("16:00",
    "4 p.m.", "12h00", "16 Uhr", "16時"): the masks of the last :func:`find_masks` call when
    it read this very text, else found anew."""
    last = _last_masks
    masks = last[1] if last[0] is text and last[1] is not None else find_masks(text)
    out = []
    for s, e, name in masks.spans:
        if not name.startswith("time"):
            continue
        m = _HOUR.search(text, s, e)
        if m is None:
            continue                      # a clock time in CJK numerals: no hour read
        hour = int(m.group())
        if name == "time_ampm" and _PM.search(text, m.end(), e) and hour < 12:
            hour += 12
        if hour < 24:
            out.append((s, e, hour))
    return out
