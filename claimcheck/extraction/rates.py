"""Rates: an amount, a percentage or a measure per unit of time or per thing.

"US$58 per barrel", "5% a year", "62 cents a share", "€1,200 per square metre",
"41.000 tonnellate l'anno", "2-3 GW annually"; and, where the language puts the "per"
before the number: "per head ... £27,300", "jährlich 250 Mio. Euro", 人均可支配收入32186元,
每10股派发现金红利3.20元 (per ten shares: 0.32 a share), 1株当たり120円, 月額8,712円.

A rate claim has kind ``rate`` and unit ``<numerator>/<thing>``: the numerator is what the
claim would be without the "per" (an ISO code, ``percent``, or a measure in SI base form),
the thing a period (``year``, ``quarter``, ``month``, ``week``, ``day``, ``hour``), a
counted thing (``share``, ``person``, ``unit``, ``vehicle``, ``night``, ``room``,
``passenger``, ``household``), or a measure in SI base form, the value being converted
with it ("$1,020 per tonne" is 1.02 USD/kg). Periods are not converted: a year is not a
fixed number of seconds in accounting, and "per month" against "per year" is a different
quantity, not the same one in other units. Every surface comes from the language file's
``rates`` section.
"""
from __future__ import annotations

import bisect
import functools
from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language, fold
from .masks import casefolded, find_all, matches_at
from .periods import PERIODS
from .rx import match_at

# counted things: named, never converted (pint would read "unit" as something else)
NAMED = ("share", "person", "unit", "vehicle", "night", "room", "passenger", "household")
WINDOW = 60          # how far before a number a "per" word may stand (same sentence)
_TERMINATORS = ".;!?。；！？\n"


def thing_of(lang: Language, surface: str) -> str | None:
    """What a written thing stands for: a period, a counted thing or a pint unit."""
    key = surface.strip()
    found = lang.rate_things.find(key)
    if found is None:
        found = lang.units.find(key)
    return found


def rate_after(text: str, c: Cand, lang: Language, pos: int) -> int:
    """Read "per barrel", "a year", "annually" after a claim that has a currency, a percent
    sign or a unit; the end of what was read."""
    if c.per_thing or not (c.currency or c.unit_expr or c.percent == "percent"):
        return pos
    end = _rate_at(text, c, lang, pos)
    if end == pos and lang.rate_comparative_rx is not None and \
            (m := match_at(lang.rate_comparative_rx, text, pos)):
        # "will pay R130 more a month": the comparative, then the period
        after = _rate_at(text, c, lang, m.end())
        if after != m.end():
            return after
    if end == pos and c.unit_expr and lang.rate_across_rx is not None:
        # "410.000 toneladas de CO2 anuales": what the unit measures, then the period
        m = match_at(lang.rate_across_rx, text, pos)
        for stop in ((m.end(), m.end("one")) if m else ()):
            after = _rate_at(text, c, lang, stop)
            if after != stop:
                c.rate_from = pos
                return after
    return end


def _rate_at(text: str, c: Cand, lang: Language, pos: int) -> int:
    m = match_at(lang.rate_after_re, text, pos)
    if m:
        c.per_thing = lang.rate_after.find(_surface(m.group()))    # "5,3 % anual" as "5% a year"
        return m.end()
    m = match_at(lang.rate_per_re, text, pos)
    if m:
        thing = thing_of(lang, m.group("thing"))
        if thing is None or (c.unit_expr and thing == c.unit_expr):
            return pos
        if c.unit_expr and thing not in PERIODS and not _area(thing) and \
                fold(_surface(m.group("per"))) in lang.rate_articles:
            return pos     # "7,62mm le baril": after an article a measure is only per period
        if thing in PERIODS and _DATED.match(text, m.end()):
            return pos     # "64,9 Prozent im Jahr 2019", "in the year 2008": a date, no rate
        amount = m.group("amount")
        if amount:
            count = _amount(amount)
            if not c.currency or c.unit_expr or thing in PERIODS or thing in NAMED or \
                    not _measure(thing):
                # only a price per an amount of a measure: "150 MW/600 MWh" is a battery's
                # power and energy, "5 € par 2 ans" and "R$ 5 por 100 habitantes" no rate
                return pos
            c.per_count = count
        c.per_thing = thing       # or per area, a yield: "211 bushels an acre"
        return m.end()
    return pos


def _amount(s: str) -> int:
    """The whole amount a per word gives its measure: "1 000" in "les 1 000 litres"."""
    return int("".join(ch for ch in s if ch.isdigit()))


def _measure(thing: str) -> bool:
    """Whether a thing is a measure pint converts ("l", "kWh", "kg"), not a named thing."""
    from .units import kind_of
    return kind_of(thing) not in (None, "duration")


# a year right after "per period" words: the words name a date ("im Jahr 2019")
_DATED = regex.compile(r"[\s\u00a0]{1,2}(?:1[89]|20)\d\d(?![\d.,]?\d)")


def _area(thing: str) -> bool:
    """Whether a thing is a unit of area ("acre", "hectare")."""
    from .units import kind_of
    return kind_of(thing) == "area"


def _surface(s: str) -> str:
    return s.strip().strip("\u00a0\u202f\u3000")


def rates_before(text: str, cands: list[Cand], lang: Language) -> list[Cand]:
    """Mark claims as rates when a "per" word stands before them in the same sentence with
    no other claim between ("per capita", 人均, 每股, 1株当たり); drop the numbers that
    are part of such a word (the 10 of 每10股, the 1 of 1株当たり). Returns the claims kept."""
    if not lang.has_rates_before or not cands:
        return cands
    rates = lang.raw.get("rates") or {}
    if rates.get("glued_before"):
        _glued_before(text, cands, rates["glued_before"])
    words = _all_at(lang.rate_before_re, text, lang.rate_before_words, lang) \
        if _any_word(rates.get("before"), text) else []
    pers = _all_at(lang.rate_per_before_re, text, lang.rate_per_before_words, lang) \
        if _any_word(rates.get("per"), text) else []
    markers = _all(lang.per_marker_re, text) if _any_word(
        (rates.get("per_before") or []) + (rates.get("per_after") or []) +
        (rates.get("per_glued") or []) + (rates.get("per_equals") or []), text) else []
    if not (words or pers or markers):
        return cands
    drop: set[int] = _inside_markers(text, cands, lang) if markers else set()
    for i, c in enumerate(cands):
        if c.per_thing or not (c.currency or c.unit_expr):
            continue
        floor = _floor(text, cands, i)
        if i and words:
            floor = _thing_held(text, cands[i - 1], words, floor, lang)
        lo = max(floor, c.start - WINDOW)
        if not (_any_in(words, lo, c.start) or _any_in(pers, lo, c.start) or
                _any_in(markers, c.start - WINDOW, c.start)):
            continue
        window = text[lo:c.start]
        cut = max(window.rfind(t) for t in _TERMINATORS)
        if cut >= 0:
            lo += cut + 1
        found = _before_word(text, lo, c.start, lang, bool(c.currency)) or \
            _before_per(text, lo, c.start, lang)
        if found is None and markers:
            found = _per_marker(text, max(0, c.start - WINDOW), c.start, i, cands, lang, drop)
            if found is not None:
                _same_clause(text, cands, i, found)
        if found is not None and not _per_itself(c, found[0]):
            c.per_thing, c.per_count = found
    return [c for i, c in enumerate(cands) if i not in drop]


def _per_itself(c: Cand, thing: str) -> bool:
    """An amount in the very measure the per word names is no rate of it: "30,4 sacas
    por hectare, numa área de 1,91 milhão de hectares" (hectares, not hectares per
    hectare)."""
    from .units import UnitError, conversion

    if not c.unit_expr or c.currency:
        return False
    try:
        return conversion(c.unit_expr)[0] == conversion(thing)[0]
    except UnitError:
        return False


_JOINER = regex.compile(r"[ \u00a0]\p{Ll}{1,4}[ \u00a0]")


def _glued_before(text: str, cands: list[Cand], words: dict) -> None:
    """A period word written glued right before the number (``rates.glued_before``:
    Japanese 月 in 「標準家庭（月260キロワット時）では月1035円」): the amount is per that
    period. The word must not close a number of its own (11月1035円 is a date and an
    amount, 同月300億円 "the same month"), so the character before it is no digit and no
    Han character."""
    for c in cands:
        if c.per_thing or not (c.currency or c.unit_expr) or c.start != c.num_start:
            continue
        for w, thing in words.items():
            at = c.start - len(w)
            if at >= 0 and text.startswith(w, at) and \
                    (at == 0 or not _NUMERAL_END.match(text, at - 1)):
                c.per_thing, c.per_count = thing, 1
                break


_NUMERAL_END = regex.compile(r"[\p{N}\p{Han}]")


def _floor(text: str, cands: list[Cand], i: int) -> int:
    """Where the words that may make claim ``i`` a rate begin: after the claim before it,
    unless that one is a bare old end joined to it by one short word ("le prix du
    kilowattheure passera de 25,16 à 21,38 centimes"), which shares its unit later."""
    if not i:
        return 0
    prev = cands[i - 1]
    if not (prev.currency or prev.unit_expr or prev.percent or prev.scaled) and \
            _JOINER.fullmatch(text, prev.end, cands[i].start):
        return cands[i - 2].end if i > 1 else 0
    return prev.end


def _thing_held(text: str, prev: Cand, words: list[tuple[int, int]], floor: int,
                lang: Language) -> int:
    """"A saca de 60 kg era negociada a R$ 128,50": when the claim before is the measure a
    thing word holds, joined to it by a joiner, the thing word still names what the next
    amount is per (the floor moves back to it)."""
    if not prev.unit_expr or prev.currency or prev.per_thing:
        return floor
    k = bisect.bisect_left(words, (prev.start - WINDOW, -1))
    for s, e in words[k:]:
        if e > prev.start:
            break
        if text[e:prev.start].strip().casefold() in _joiners(lang):
            return s
    return floor


_CLAUSE = frozenset(",，、;；:：。.!?！？\n")


def _same_clause(text: str, cands: list[Cand], i: int, found: tuple[str, int]) -> None:
    """1株当たり配当金は前期より10円多い86円: the per word covers every amount of its clause."""
    c = cands[i]
    for d in cands[i + 1:]:
        if d.per_thing or any(ch in _CLAUSE for ch in text[c.end:d.start]):
            break
        if d.currency != c.currency or d.unit_expr != c.unit_expr:
            break
        d.per_thing, d.per_count = found
        c = d


def _any_word(words, text: str) -> bool:
    """Whether one of the words occurs in the text at all (in any case): otherwise the
    pattern made of them is not even compiled."""
    if not words:
        return False
    folded = None
    for w in words:
        if w in text:
            return True
        if w.lower() != w or not w.isascii():
            continue
        if folded is None:
            folded = _lowered(text)
        if w in folded:
            return True
    return False


_last_lowered: tuple[str | None, str] = (None, "")


def _lowered(text: str) -> str:
    """``text.lower()``, kept for the text read last (rates_before asks up to three times)."""
    global _last_lowered
    if _last_lowered[0] is not text:
        _last_lowered = (text, text.lower())
    return _last_lowered[1]


def _all(pattern, text: str) -> list[tuple[int, int]]:
    """The spans of every match of a pattern in the text (none when no pattern)."""
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def _all_at(pattern, text: str, surfaces: list[str], lang: Language) -> list[tuple[int, int]]:
    """:func:`_all` of a pattern that opens with one of ``surfaces`` (built by
    ``Language.alt``), tried only where the case-folded text holds a surface's first word
    (its first character in CJK text, where the characters may stand apart), not after a
    letter when the surface has a word boundary before it. Every match starts at such a
    place, so the matches are those of a search through the whole text."""
    if pattern is None:
        return []
    starts = _surface_starts(text, surfaces, lang.boundaries)
    if starts is None:
        return _all(pattern, text)
    return [m.span() for m in matches_at(pattern, text, starts)]


def _surface_starts(text: str, surfaces: list[str], bounded: bool) -> list[int] | None:
    folded = casefolded(text)
    if folded is None:
        return None            # a character whose case fold is longer: positions move
    starts: set[int] = set()
    for w in surfaces:
        f = w.casefold()
        head = (f.split() or [""])[0] if bounded else f[:1]
        if not head or not f.startswith(head):
            return None        # a surface that opens with a space
        after_letter_too = not (bounded and w[:1].isalpha())
        for i in find_all(folded, head):
            if after_letter_too or not i or not text[i - 1].isalpha():
                starts.add(i)
    return sorted(starts)


def _any_in(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a span lies within [lo, hi); ``spans`` in text order."""
    k = bisect.bisect_left(spans, (lo, -1))
    return k < len(spans) and spans[k][1] <= hi


def _inside_markers(text: str, cands: list[Cand], lang: Language) -> set[int]:
    """The numbers that are part of a per marker (the 1 of 1株当たり, the 10 of 每10股):
    never claims of their own, whatever follows."""
    if lang.per_marker_re is None or not cands:
        return set()
    spans = [m.span() for m in lang.per_marker_re.finditer(text)]
    if not spans:
        return set()
    return {i for i, c in enumerate(cands)
            if any(s <= c.num_start and c.num_end <= e for s, e in spans)}


def _before_per(text: str, lo: int, hi: int, lang: Language) -> tuple[str, int] | None:
    """"RevPAR por quarto disponível subiu para 71,40 euros", "GVA per head ..., at
    £27,300": a per word and its thing in the clause before the number."""
    if lang.rate_per_before_re is None or hi <= lo:
        return None
    m = None
    for m in lang.rate_per_before_re.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    thing = thing_of(lang, m.group("thing"))
    return (thing, 1) if thing is not None and thing not in PERIODS else None


def _before_word(text: str, lo: int, hi: int, lang: Language,
                 money: bool = True) -> tuple[str, int] | None:
    """The thing of the last ``rates.before`` word in ``text[lo:hi]``; one of
    ``rates.price_before`` ("a litre of", the thing of a price) only for an amount of money
    (``money``): "a litre of water to make 3 kilos of paper" is no density."""
    if lang.rate_before_re is None or hi <= lo:
        return None
    m = None
    for m in lang.rate_before_re.finditer(text, lo, hi):
        pass                                   # the last one, nearest the number
    if m is None:
        return None
    gap = text[m.end():hi].strip().casefold()
    if gap in _joiners(lang):
        return None       # "a saca de 60 kg": the measure says what the thing holds
    if not money and fold(_surface(m.group())) in _price_only(lang):
        return None
    return lang.rate_before.find(_surface(m.group())), 1


@functools.lru_cache(maxsize=None)
def _price_only(lang: Language) -> frozenset:
    return frozenset(fold(w) for w in (lang.raw.get("rates") or {}).get("price_before") or ())


@functools.lru_cache(maxsize=None)
def _joiners(lang: Language) -> frozenset:
    return frozenset(fold(w) for w in lang.raw.get("unit_joiners") or ())


def _per_marker(text: str, lo: int, hi: int, i: int, cands: list[Cand], lang: Language,
                drop: set[int]) -> tuple[str, int] | None:
    """每10股 ... 3.20元 and 1株当たり ... 120円: a marker with a count and a thing, in the
    window before the number; the claims read inside the marker are dropped."""
    if lang.per_marker_re is None:
        return None
    m = None
    for m in lang.per_marker_re.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    # no other claim may stand between the marker and the number
    for j in range(i - 1, -1, -1):
        other = cands[j]
        if other.end <= m.start():
            break
        if other.start >= m.end():
            return None
    thing = thing_of(lang, m.group("thing"))
    if thing is None:
        return None
    count = 1
    digits = m.group("count")
    if digits:
        from .numerals import normalise_digits
        count = int(normalise_digits(digits))
        if count <= 0:
            return None
    for j in range(i - 1, -1, -1):
        other = cands[j]
        if other.end <= m.start():
            break
        if other.start >= m.start() and other.end <= m.end():
            drop.add(j)
    return thing, count


def rate_unit(c: Cand, unit: str, value: Decimal, low: Decimal, high: Decimal):
    """(unit, value, low, high) of a rate claim whose numerator is ``unit``."""
    from .units import UnitError, conversion, round_si

    thing = c.per_thing
    factor = Decimal(c.per_count)
    name = thing
    if thing not in PERIODS and thing not in NAMED:
        try:
            kind, si, f = conversion(thing)
        except UnitError:
            kind = None
        if kind == "duration":
            name = thing
        elif kind is not None:
            name, factor = si, factor * f
    if factor != 1:
        value, low, high = (round_si(v / factor) for v in (value, low, high))
    return f"{unit}/{name}", value, low, high


_SI_KINDS = {"m": "length", "m**2": "area", "m**3": "volume", "kg": "mass", "J": "energy",
             "W": "power", "s": "duration", "m/s": "speed"}


def numerator_kind(unit: str | None) -> str | None:
    """The kind of what a rate counts, from its unit "<numerator>/<thing>": "mass" for
    "kg/year", "money" for "USD/barrel", "percent" for "percent/year"; None when unknown."""
    if not unit or "/" not in unit:
        return None
    num = unit.split("/", 1)[0]
    if num in ("percent", "percentage_point", "basis_point"):
        return "percent"
    if len(num) == 3 and num.isalpha() and num.isupper():
        return "money"
    return _SI_KINDS.get(num)


def per_thing_words(lang: Language) -> list[str]:
    """Every surface a rate's thing may be written with (for the patterns)."""
    return list(lang.raw.get("rates", {}).get("things") or {}) + list(lang.raw["units"])


__all__ = ["PERIODS", "numerator_kind", "rate_after", "rates_before", "rate_unit", "thing_of",
           "fold"]
