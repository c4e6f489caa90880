"""Dates and years, so that "2019年", "November 19" or "20/11/2020" never become counts.

Numeric shapes (ISO dates, day/month/year, year ranges) are the same everywhere and live
here; written shapes ("19 de noviembre de 2020", "2020年11月20日") come from each
language's ``dates.formats``. A date claim's value is YYYYMMDD, YYYYMM, YYYY or MMDD.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .language import Language
from .masks import casefolded, digit_runs, find_all, matches_at
from .rx import first_char_set

_YEAR = r"(?:1[6-9]|20)\d\d"
_NUMERIC = regex.compile(
    # tried only where _numeric_starts says it can match
    # 2020-11-19, 2020/11, 2020.11.19 (with dots only a full date: "1600.5" is a number)
    rf"(?=\d)(?:(?P<iso>(?<![\d.,])(?P<iy>{_YEAR})(?:(?P<s>[-/])(?P<im>1[0-2]|0?[1-9])(?:(?P=s)(?P<id>3[01]|[12]\d|0?[1-9]))?"
    rf"|\.(?P<im2>1[0-2]|0?[1-9])\.(?P<id2>3[01]|[12]\d|0?[1-9]))(?![\d]|[.,]\d))"
    rf"|(?P<dmy>(?<![\d.,/])(?P<d1>3[01]|[12]\d|0?[1-9])[/.](?P<d2>3[01]|[12]\d|0?[1-9])[/.](?P<dy>{_YEAR})(?!\d))"
    rf"|(?P<years>(?<![\d.,])(?P<y1>{_YEAR})[\s\u00a0]?[-–/][\s\u00a0]?(?P<y2>{_YEAR})(?![\d]))"
    # a season or crop year: 2023/24, 2024-25 (the second year in two digits)
    rf"|(?P<season>(?<![\d.,])(?P<sy>{_YEAR})[-–/](?P<sy2>\d\d)(?![\d]|[.,]\d)))"
)
_DIGITS = regex.compile(r"\d+")
_MONEY_SIGNS = frozenset("$€£¥￥₹₿₩")


def _numeric_starts(text: str) -> list[int]:
    """Where _NUMERIC can match. Each alternative wants a non-digit before it, so a match
    starts a run of digits; and the run is a year (exactly 4 digits: what follows a year is
    never a digit) or a day (1 or 2 digits, then / or .)."""
    return [s for s, e in digit_runs(text)
            if e - s == 4 or (e - s <= 2 and text[e:e + 1] in ("/", "."))]


@functools.lru_cache(maxsize=64)
def _month_heads(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The case-folded first three letters of the month names, or None when one of them
    does not start with three letters that fold (and lower) to one letter each: only then is
    a name matched case-insensitively found by its head in the case-folded text, at the same
    position. (Not CJK: their surfaces may have spaces between the characters.)"""
    heads = set()
    for name in names:
        head = name[:3]
        if len(head) < 3 or not all(ch.isalpha() and ch < "\u2e80" and len(ch.casefold()) == 1
                                    and ch.lower().casefold() == ch.casefold() for ch in head):
            return None
        heads.add(head.casefold())
    return tuple(sorted(heads))


def _month_starts(text: str, lang: Language) -> list[int] | None:
    """Where a date scan that opens with a month name can match (None: anywhere)."""
    heads = _month_heads(tuple(lang.raw["dates"].get("months") or ()))
    if heads is None:
        return None
    if not heads:
        return []                # no month names: the scan's (?!x)x never matches
    folded = casefolded(text)
    if folded is None:
        return None
    return sorted({i for head in heads for i in find_all(folded, head)})


def _format_starts(text: str, lang: Language) -> list[int] | None:
    """Where the digit scan of the written formats can match (None: anywhere). A format
    that opens with a piece opens with a year (four digits) or a day or month number (one
    or two), each with no digit before it: a match starts a run of digits of one of those
    lengths, followed by what the format writes after its first piece."""
    dates = lang.raw["dates"]
    after = _after_first_piece(tuple(dates.get("formats") or ()),
                               tuple(dates.get("span_joiners") or ()),
                               tuple(dates.get("months") or ()), lang.case_insensitive)
    if after is None:
        return None
    year, short = after
    return [s for s, e in digit_runs(text)
            if (e - s <= 2 and _may_follow(short, text, e))
            or (e - s == 4 and _may_follow(year, text, e))]


_SPACING_READ = 16      # spacing read after a number before the next character is tested


def _may_follow(allowed, text: str, e: int) -> bool:
    """Whether what stands at ``e`` may follow a first piece: ``allowed`` is (characters
    right after it, characters after spacing), None standing for any."""
    if allowed is None:
        return True
    right, spaced = allowed
    ch = text[e:e + 1]
    if ch in right:
        return True
    if not ch.isspace() or not spaced:
        return False                       # (spacing: any of \s, more than SP takes)
    k, stop = e, min(len(text), e + _SPACING_READ)
    while k < stop and text[k].isspace():
        k += 1
    return k == stop or text[k] in spaced


_DAY_SUFFIX_FIRSTS = "esnrtº°"      # (er|st|nd|rd|th|º|°) after a day: see date_scans
_DIGITS_09 = frozenset("0123456789")


@functools.lru_cache(maxsize=64)
def _after_first_piece(formats: tuple[str, ...], joiners: tuple[str, ...],
                       months: tuple[str, ...], case_insensitive: bool):
    """What may follow the digits of a format's first piece, for the formats opening with
    a year and for those opening with a day or month: (characters right after them,
    characters after spacing), or None for any; None for both when a format does not
    open with a piece. Spacing is a space of the format or of a span ({span}: "to", "-");
    after it comes the format's next character: a literal, a month name's first letter
    (see Language.alt) or a digit."""
    names = first_char_set(months, case_insensitive)
    nxt = {"{month}": names | _DIGITS_09, "{day}": _DIGITS_09, "{year}": _DIGITS_09}
    found: dict[str, tuple[set[str], set[str]] | None] = {"year": (set(), set()),
                                                          "short": (set(), set())}
    for f in formats:
        piece = next((p for p in ("{year}", "{month}", "{day}") if f.startswith(p)), None)
        if piece is None:
            return None
        rest = f[len(piece):]
        right: set[str] | None = set(_DAY_SUFFIX_FIRSTS) if piece == "{day}" else set()
        spaced: set[str] | None = set()
        if rest.startswith("{span}"):
            marks = {j[0] for j in joiners if j and not j[:1].isalpha()}
            right |= marks
            spaced = marks | {j[0] for j in joiners if j}
        elif rest.startswith(" "):
            after = rest.lstrip(" ")
            key = next((k for k in nxt if after.startswith(k)), None)
            if key is not None:
                spaced = nxt[key]
            elif after and after[0] != "{":
                spaced = {after[0]}
            else:
                spaced = None
        elif rest and rest[0] != "{":
            right.add(rest[0])
        else:
            right = None
        kind = "year" if piece == "{year}" else "short"
        have = found[kind]
        if have is None:
            continue
        if right is None or spaced is None:
            found[kind] = None
            continue
        have[0].update(right)
        have[1].update(spaced)
    return tuple(None if v is None else (frozenset(v[0]), frozenset(v[1]))
                 for v in (found["year"], found["short"]))


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: int
    end: int
    value: int
    high: int
    is_range: bool = False


def _month(lang: Language, text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    v = lang.months.find(text)
    return int(v) if v is not None else None


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    digits = _DIGITS.match(text)
    return int(digits.group()) if digits else None


def _compose(year: int | None, month: int | None, day: int | None) -> int | None:
    if year and month and day:
        return year * 10000 + month * 100 + day
    if year and month:
        return year * 100 + month
    if year:
        return year
    if month and day:
        return month * 100 + day
    return None


def _raw_dates(text: str, lang: Language) -> list[DateSpan]:
    """Every date pattern match in the text, overlapping ones included."""
    found: list[DateSpan] = []
    for m in matches_at(_NUMERIC, text, _numeric_starts(text)):
        if m.group("iso"):
            month, day = m.group("im") or m.group("im2"), m.group("id") or m.group("id2")
            v = _compose(int(m.group("iy")), int(month), _day(day))
            found.append(DateSpan(m.start(), m.end(), v, v))
        elif m.group("dmy"):
            a, b = int(m.group("d1")), int(m.group("d2"))
            day, month = (b, a) if b > 12 >= a else (a, b)
            v = _compose(int(m.group("dy")), month, day)
            found.append(DateSpan(m.start(), m.end(), v, v))
        elif m.group("years"):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if y2 > y1:
                found.append(DateSpan(m.start(), m.end(), y1, y2, True))
        else:
            y1 = int(m.group("sy"))
            if int(m.group("sy2")) == (y1 + 1) % 100:
                found.append(DateSpan(m.start(), m.end(), y1, y1 + 1, True))
    for i, scan in enumerate(lang.date_scans):
        # the first scan starts with a digit, the others with a month name (see
        # Patterns.date_scans): each is tried only where one starts
        starts = _month_starts(text, lang) if i else _format_starts(text, lang)
        for m in scan.finditer(text) if starts is None else matches_at(scan, text, starts):
            groups = {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v is not None}
            year = int(groups["year"]) if "year" in groups else None
            month = _month(lang, groups.get("month"))
            day = _day(groups.get("day"))
            v = _compose(year, month, day)
            if v is None or (year is None and month is None):
                continue
            # "{month} {day}" with a bare number needs a month name, not two numbers
            if "month" in groups and groups["month"].isdigit() and year is None and "day" in groups \
                    and not any(not ch.isascii() for ch in m.group()):
                continue
            found.append(DateSpan(m.start(), m.end(), v, v))
    # "$2020-11": after a currency sign a number is an amount, not a date
    return [d for d in found if not (d.start and text[d.start - 1] in _MONEY_SIGNS)]


def _resolve(found: list[DateSpan]) -> list[DateSpan]:
    """Longest first where dates overlap, in text order."""
    found = sorted(set(found), key=lambda d: (d.start, -(d.end - d.start), d.value))
    out: list[DateSpan] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def find_dates(text: str, lang: Language) -> list[DateSpan]:
    """All date spans in ``text``, longest first where they overlap, in text order.

    Where a language writes numbers digit by digit (``cjk.positional``: 二〇二六年四月八日),
    its numerals are read as the digits they stand for; one character each, so the spans
    found are spans of the text as written."""
    table = _digit_table(lang)
    if table:
        text = text.translate(table)
    elif not text.isascii() and _WIDE.search(text):
        text = text.translate(_WIDE_DIGITS)                 # ２０２５年度 as 2025年度
    return _resolve(_raw_dates(text, lang))


_WIDE_DIGITS = {ord("０") + i: str(i) for i in range(10)}
_WIDE = regex.compile("[０-９]")


def _digit_table(lang: Language) -> dict[int, str]:
    if not lang.cjk.get("positional"):
        return {}
    weak = set(lang.cjk.get("weak_digits") or ())
    table = {ord(ch): str(v) for ch, v in (lang.numerals.get("digits") or {}).items()
             if len(ch) == 1 and ch not in weak and isinstance(v, int) and 0 <= v <= 9}
    return {**_WIDE_DIGITS, **table}
