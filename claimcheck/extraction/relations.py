"""Numbers that share a unit or belong together: ranges, from-to changes, series, and
amounts whose currency was named earlier.

* A range is one claim with both stated ends: "12 to 20 km", "entre 500 y 700 millones de
  euros", "$600,000 to $2.1 million" (each end keeps its own scale), "5-10万元", "mindestens
  150 und maximal 300 Mio. Pfund".
* A from-to change gives two claims, with the roles ``old`` and ``new``: "von 6,6 auf 5,6
  Prozent", "rose to 41% from 36%", 由41.2%降至38.9%, "to 9 minutes from 26". An end
  written without a unit takes the other end's (and its scale, when that puts the two ends
  within a factor of ten of each other).
* A series written with slashes shares the unit of its last member: "7.15/8.02/9.64亿元".
* A list written with commas and an and-word shares the unit of its last member: "um 2,9,
  1,5 und 3,6 Prozent" (every member of the last one's precision class; money left alone).
* An amount with a scale word and no currency takes the currency of the last amount named
  before it: "2,41 milliards d'euros, contre 2,2 milliards", "R$ 9,87 bilhões ... 310
  milhões" (but not "6,8 millones de turistas": a counted noun says what it is; nor "I
  passeggeri sono saliti a 189,4 milioni", where the lexicon's measure words before it name
  only counted things).

Every word comes from the language file: ``ranges``, ``changes``.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language, Lookup, fold, pow10
from .part_of_total import parts_of_totals
from .rates import PERIODS, rate_after

WINDOW = 40
MAX_GAP = 16                 # characters between the two ends of a range or a change
MAX_ASIDE = 48               # ... of a change whose words are around an aside in commas
_SLASH = ("/", "／")
_SP = regex.compile(r"[\s\u00a0\u202f\u3000]+")


def has_unit(c: Cand) -> bool:
    return bool(c.currency or c.unit_expr or c.percent)


def _bare(c: Cand) -> bool:
    """A number with no unit of its own and no counted noun: it may take a shared one."""
    return not has_unit(c) and not (c.counted and c.subject) and not c.per_thing


def _same_cents(a: Cand, b: Cand) -> None:
    """"78 Australian cents per share, down from 92 cents": the plain "cents" of one end are
    the named cents of the other."""
    if not (a.unit_power and a.unit_power == b.unit_power and a.currency and b.currency
            and a.currency != b.currency):
        return
    named = [c for c in (a, b) if " " in c.unit_surface.strip()]
    plain = [c for c in (a, b) if c.unit_surface and " " not in c.unit_surface.strip()]
    if len(named) == 1 and len(plain) == 1:
        plain[0].currency = named[0].currency


_AMOUNT = 1000     # a plain number this large is no percentage ("64,870" is no 64,870 %)


def _percent_and_amount(a: Cand, b: Cand) -> bool:
    """A percentage and a number with a scale word, or a plain number of a thousand or more,
    are no two ends of one change: the percentage is the change of the amount ("down 2% from
    235 million", "down 10.3% from 64,870")."""
    return any(x.percent == "percent" and not y.percent and
               ((y.scaled and y.scale >= 3) or abs(y.value) >= _AMOUNT)
               for x, y in ((a, b), (b, a)))


def _unitless(c: Cand, other: Cand) -> bool:
    """One end of a change that takes the other's unit: a bare number, or an unscaled one
    before a word read as its counted noun when the other end is a measure ("2.150 metros
    cúbicos por segundo, frente a los 40 habituales"; not "del 7,6% rispetto ai 9,14
    miliardi dell'anno")."""
    if not has_unit(other) or has_unit(c) or c.per_thing:
        return False
    return _bare(c) or (not c.scaled and bool(other.unit_expr) and not other.currency)


def _counts_units(text: str, c: Cand, nxt: Cand | None) -> bool:
    """A bare number right before a measure written as an adjective ("eight 900-megawatt
    units", "zwei 450-Tonnen-Kräne"): it counts the units, it is no end of a change."""
    return nxt is not None and _bare(c) and not c.scaled and has_unit(nxt) and \
        0 < nxt.start - c.end <= 1 and text[c.end:nxt.start].isspace() and \
        text[nxt.num_end:nxt.num_end + 1] in "-‐" and nxt.high_value is None


def _dimension(c: Cand):
    return c.currency or c.unit_expr or c.percent


@functools.lru_cache(maxsize=4096)
def _norm_gap(gap: str) -> str:
    """The text between two numbers with its spacing made single spaces (the same few
    gaps, " to ", ", ", " and ", come back pair after pair: remembered)."""
    return _SP.sub(" ", gap).strip()


# ------------------------------------------------------------------------ ranges

def try_range(text: str, a: Cand, b: Cand, lang: Language,
              prev: Cand | None = None) -> Cand | None:
    """Join "12 to 20 kilometers", "entre 12 y 20", "12至20公里" into one range claim, or
    None when the two numbers are no range (a from-to change is left to :func:`relate`).
    ``prev``: the claim before ``a``, when there is one."""
    gap = text[a.end:b.start]
    if len(gap) > MAX_GAP:
        return None
    bounded = a.qualifier == "over" and b.qualifier in ("under", "near")   # mindestens ... maximal
    if not bounded and (a.qualifier not in ("exact", "about") or
                        b.qualifier not in ("exact", "about")):
        return None
    if lang.change_by_re is not None and _norm_gap(gap) not in _DASHES and \
            lang.change_by_re.search(text, max(0, a.start - WINDOW), a.start) and \
            not _close_bare_pair(a, b) and not _close_percent_pair(a, b):
        return None   # "rose by £14 to £79": the change, then the new level (not "di 10-15")
    if a.currency and b.currency and a.value > 0 and b.value > 1000 * a.value:
        return None  # "1/4 cent to $10.34": a change in cents, then a price; no range
    if a.currency and not a.scaled and b.scaled and not has_unit(b) and not b.per_thing \
            and not (b.counted and b.subject) and a.value < b.value:
        b = replace(b, currency=a.currency)      # "$2.5-3 billion", "$5 to 10 million"
    elif a.currency and not b.currency and not has_unit(b) and not b.scaled and \
            not b.year_like and gap in ("-", "–") and a.value < b.value < 10 * a.value:
        b = replace(b, currency=a.currency)      # a price band: "₹258-271 a share"
        end = rate_after(text, b, lang, b.end)   # (the per words after it, now it is money)
        if end != b.end:
            b = replace(b, end=end)
    if has_unit(a) and _dimension(a) != _dimension(b):
        return None  # "rose 8 % to $ 13.18 billion" is no range
    if (a.currency and b.currency and a.currency != b.currency) or \
            (a.unit_expr and b.unit_expr and a.unit_expr != b.unit_expr):
        return None
    if bounded and _norm_gap(gap) in lang.and_words:
        return _joined(a, b, a.start)     # "mindestens 150 und maximal 300 Mio. Pfund"
    for open_re, join_re in lang.ranges:
        if not join_re.fullmatch(gap):
            continue
        start = a.start
        if open_re is not None:
            m = open_re.search(text, max(0, a.start - WINDOW), a.start)
            if not m:
                continue
            start = m.start()
        if has_unit(a) and _change_words(text, a, b, lang) and \
                not _range_cue(text, start, lang) and not _old_range(text, prev, a, lang):
            return None          # "de 10 % à 25 %": a from-to
        if open_re is not None and _change_verb(text, start, lang, reach=2) and \
                _change_words(text, a, b, lang):
            return None          # "rose from 5 to 7 million": a from-to after a verb of change
        if open_re is None and a.value > 0 and b.value > 3 * a.value and \
                _change_verb(text, a.start, lang):
            return None          # "rose $1.20 to $82.35 a barrel": the change, then the level
        if open_re is None and a.unit_power < 0 <= b.unit_power and a.currency:
            return None          # "raise the fare 10 cents to $3.00": the change in cents,
            #                      then the level in the currency itself (no range)
        if _change_after(text, a, b, lang):
            return None          # 320キロから360キロに: a from-to
        return _joined(a, b, start) or _reversed(text, a, b, start, open_re is not None, lang)
    return None


def _old_range(text: str, prev: Cand | None, a: Cand, lang: Language) -> bool:
    """"to $8.30 to $8.90 a share from $9.00 to $9.70", "to between $4.1 billion and $4.3
    billion, from $3.9 billion to $4.1 billion": right after a range (and a comma) and the
    word that marks an old value, "from ... to" is the old range, not a change."""
    if prev is None or prev.high_value is None or lang.change_old_re is None:
        return False
    gap = _norm_gap(text[prev.end:a.start]).lstrip(", ")   # "..., from $3.9 billion to"
    m = lang.change_old_re.search(text, prev.end, a.start)
    return m is not None and gap == _norm_gap(m.group())


_NOT_LETTERS = regex.compile(r"[^\p{L}]+$")


def _old_word_between(text: str, a: Cand, b: Cand, lang: Language) -> bool:
    """Only a word that marks an old value (and the old value's currency sign) between a
    new range and the range after it: "$8.30 to $8.90 a share from $9.00 to $9.70"."""
    if lang.change_old_re is None:
        return False
    gap = _NOT_LETTERS.sub("", _norm_gap(text[a.end:b.num_start]).lstrip(", "))
    return bool(gap) and lang.change_old.find(gap) is not None


def _close_bare_pair(a: Cand, b: Cand) -> bool:
    """A bare first number and a second within a factor of three of it: "reduziram em 8 a
    12 sacas" is a range of the change, not a change of 8 to a level of 12 ("rose by 14 to
    79 points" is)."""
    return _bare(a) and not a.scaled and not b.scaled and 0 < a.value < b.value <= 3 * a.value


def _close_percent_pair(a: Cand, b: Cand) -> bool:
    """Two percentages within a factor of three: "工業用電則調漲5%至9%" is a range of the
    rise ("上涨0.5元至23.8元" is the rise, then the price it rises to)."""
    return bool(a.percent and b.percent) and 0 < a.value < b.value <= 3 * a.value


_DASHES = frozenset(("-", "–", "—", "～", "〜", "~"))
_SCORE_DASHES = frozenset(("-", "–", "—", "－", "‐", "−"))   # "28-22": a score, a vote


def _joined(a: Cand, b: Cand, start: int) -> Cand | None:
    low_v, low_e = _low_end(a, b)
    if low_v >= b.value:
        return None
    if _bare(a) and not a.scaled and b.scaled and b.scale and \
            a.value * pow10(b.scale) >= b.value:
        return None   # "de 480 a 436 millones": a fall from 480 million, no range up from 480
    return replace(b, start=start, num_start=a.num_start, value=low_v, exp=low_e,
                   high_value=b.value, high_exp=b.exp, qualifier="range",
                   currency=b.currency or a.currency, unit_expr=b.unit_expr or a.unit_expr,
                   percent=b.percent or a.percent, year_like=False, role="")


def _reversed(text: str, a: Cand, b: Cand, start: int, opened: bool,
              lang: Language) -> Cand | None:
    """A range written with its larger end first ("entre 22 et 20 kilomètres", "28～22キ
    ロ"), as a slipped translation leaves it: one claim over both ends, with a note, so
    that the figure keeps its row and its slip is seen. Only where nothing else reads it:
    not after a dash ("won 28-22", a score; a wave dash is a range's own sign), not
    without a unit or an opening word ("voted 28 to 22"), not after an old-value word or
    a verb of change ("de 28 à 22 km": a fall), a percentage only after an opening word
    ("cuts the tax rate 35% to 21%" is a fall; "tra il 4% e il 3,5%" a range), and the
    ends within a factor of ten of each other."""
    gap = _norm_gap(text[a.end:b.start])
    if gap in _SCORE_DASHES or not (opened or has_unit(a) or has_unit(b)) or a.year_like or \
            _change_words(text, a, b, lang) or a.value <= 0 or b.value <= 0 or \
            _change_verb(text, start, lang) or ((a.percent or b.percent) and not opened):
        return None   # "cuts the tax rate 35% to 21%": a rate's fall, unless "between"
    high, high_exp = a.value, a.exp
    if b.scaled and not a.scaled and b.scale:        # "zwischen 45 und 42 Millionen"
        high, high_exp = high * pow10(b.scale), (high_exp or 0) + b.scale
    elif b.unit_power and not a.currency:
        high, high_exp = high * pow10(b.unit_power), (high_exp or 0) + b.unit_power
    if not b.value < high < 10 * b.value:
        return None
    return replace(b, start=start, num_start=a.num_start, high_value=high, high_exp=high_exp,
                   qualifier="range", currency=b.currency or a.currency,
                   unit_expr=b.unit_expr or a.unit_expr, percent=b.percent or a.percent,
                   year_like=False, role="", reversed_range=True)


def _low_end(a: Cand, b: Cand) -> tuple[Decimal, int | None]:
    """The first end of a range: with the second's scale when it has none of its own
    ("between 5 and 7 billion"), unless that makes it larger than the second ("$600,000 to
    $2.1 million")."""
    if b.scaled and not a.scaled and b.scale:
        borrowed = a.value * pow10(b.scale)
        if borrowed < b.value:
            return borrowed, (a.exp or 0) + b.scale
    if b.unit_power and not a.currency:          # "entre 9 mil y 10 mil 500 mdp"
        borrowed = a.value * pow10(b.unit_power)
        if borrowed < b.value:
            return borrowed, (a.exp or 0) + b.unit_power
    return a.value, a.exp


_PREV_WORD = regex.compile(r"(?r)[\p{L}\p{M}'’\-]+,?[ \u00a0]+$")


def _change_verb(text: str, start: int, lang: Language, reach: int = 1) -> bool:
    """A verb of change (``changes.verbs``) right before ``start``, or one word before it
    ("rose sharply from"); with ``reach`` 2, before a from word, up to two words: the
    verb's object ("elevar su capacidad de 14,2 a 30 millones", "double its capacity, from
    14.2 million to 30 million")."""
    verb = lang.change_verb_re
    if verb is None:
        return False
    lo = max(0, start - WINDOW)
    end = start
    for _ in range(reach + 1):
        if verb.search(text, lo, end) is not None:
            return True
        m = _PREV_WORD.search(text, lo, end)
        if m is None:
            return False
        end = m.start()
    return False


def _range_cue(text: str, start: int, lang: Language) -> bool:
    """"allant de 17 % à 38,1 %", "ranging from": a word that says a range follows."""
    cue = lang.change_range_cue_re
    return cue is not None and cue.search(text, max(0, start - WINDOW), start) is not None


# ------------------------------------------------------------------------ changes

def _aside(gap: str) -> str:
    """The gap without an aside between commas: "de 1,1 GW, no projeto inicial de 2023,
    para 1,5 GW" -> "para"."""
    if len(gap) > MAX_GAP and gap.startswith(",") and gap.count(",") == 2:
        return gap[gap.rindex(",") + 1:].strip()
    return gap


def _change_words(text: str, a: Cand, b: Cand, lang: Language) -> bool:
    """"von 6,6 auf 5,6 Prozent", "de 10 % à 25 %", 由41.2%降至38.9%: an old-value word
    right before ``a`` and a new-value word between the two (an aside between commas
    left out)."""
    if lang.change_old_re is None:
        return False
    gap = _aside(_norm_gap(text[a.end:b.start]))
    if lang.change_new.find(gap) is None and \
            lang.change_new.find(_unclassified(gap, lang)) is None:
        return False
    lead = max(0, a.start - WINDOW)
    if lang.change_old_re.search(text, lead, a.start) is not None:
        return True
    # 由2023年的33%: the old value's date between the word and the number
    dated = _dated_old(lang)
    m = dated.search(text, lead, a.start) if dated is not None else None
    return m is not None and lang.change_old_re.search(text, lead, m.start()) is not None


def _unclassified(gap: str, lang: Language) -> str:
    """The gap without the counting classifier that ends the old value ("由271种增加到312种":
    种 counts the species, 增加到 marks the new value); the gap itself without one."""
    classifiers = (lang.raw.get("counts") or {}).get("classifiers") or ()
    return gap[1:].lstrip() if gap[:1] in classifiers else gap


@functools.lru_cache(maxsize=None)
def _dated_pattern(words: tuple[str, ...], periods: tuple[str, ...]):
    def alts(ws):
        return "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))
    dated = [rf"(?:19|20)\d\d(?:{alts(words)})"] if words else []
    return regex.compile(rf"(?:{'|'.join(dated + ([alts(periods)] if periods else []))})$")


def _dated_old(lang: Language):
    """The date written between an old-value word and its number: a year and a word of
    ``changes.dated_old`` ("2023年的" in 由2023年的33%) or a period named without its year,
    a word of ``changes.period_old`` ("上年的" in 由上年的36.0%); None without either."""
    changes = lang.raw.get("changes") or {}
    words, periods = changes.get("dated_old") or (), changes.get("period_old") or ()
    return _dated_pattern(tuple(words), tuple(periods)) if words or periods else None


def _change_reversed(text: str, a: Cand, b: Cand, lang: Language) -> bool:
    """"to 9 minutes from 26", "a 410 milioni da 352 milioni", "auf 312 Mio. Euro nach 358
    Mio. Euro", "Fr. 8.50 statt Fr. 7.50": the new value first, then a word that marks the
    old one between them."""
    if lang.change_old_re is None:
        return False
    gap = _norm_gap(text[a.end:b.start]).lstrip(",").strip()
    if gap and lang.change_old.find(gap) is not None:
        return True
    # "₹13,600 per hectare for rain-fed crops, up from ₹8,500", "$61.40 per megawatt-hour
    # last year, down from $133.63": words on the new value, then a comma and the old word
    if "," not in gap:
        return _placed_new(text, a, gap, lang)
    head, comma, tail = gap.rpartition(",")
    return bool(head and tail) and not any(t in head for t in _CLAUSE_ENDS) and \
        lang.change_old.find(tail.strip()) is not None


def _compared_past_unit(text: str, prev: Cand, a: Cand, b: Cand) -> bool:
    """"74 300 entrées en neuf jours, contre 68 900 l'an dernier": a unitless number after an
    old-value word, right after a measure with its own unit (the nine days) whose size it
    is far from, and the size of the figure before that measure in the same clause, of
    another dimension: it is that figure's old value and takes no unit from the measure."""
    if not (has_unit(a) and not has_unit(b) and not b.per_thing and not a.per_thing
            and not prev.per_thing) or \
            _dimension(prev) == _dimension(a) or prev.high_value is not None or \
            a.start - prev.end > MAX_ASIDE or \
            any(t in text[prev.end:a.start] for t in _CLAUSE_ENDS + (",",)):
        return False
    return not _comparable(a, b) and _comparable(prev, b) and \
        Decimal("0.5") <= b.value / prev.value <= 2


def _compared_past_share(text: str, prev: Cand, a: Cand, b: Cand) -> bool:
    """"847 trains supprimés, soit 68 % de l'offre, contre environ 820 annoncés la veille": a
    unitless number above 100 after an old-value word, right after a percentage of at most
    100 that restates the count before it (in the same clause; a comma may stand between):
    it is the count's old value, not 820 % (bench/devset20 rail-strike)."""
    if not (a.percent == "percent" and a.high_value is None and not a.per_thing
            and 0 < a.value <= 100 and not has_unit(b) and not b.per_thing and b.value > 100
            and not has_unit(prev) and not prev.per_thing and prev.high_value is None
            and prev.value > 0 and prev.end <= a.start) or \
            a.start - prev.end > MAX_ASIDE or \
            any(t in text[prev.end:a.start] for t in _CLAUSE_ENDS):
        return False
    return Decimal("0.5") <= b.value / prev.value <= 2


def _of_total(text: str, a: Cand, b: Cand, lang: Language) -> bool:
    """"260 von rund 1.300 Flügen", "480 von 1.060 geplanten Starts": a word of
    ``changes.of`` (also an old-value word between two numbers) reads "A of B", a part of
    a total, unless a new-value word stands right before the first ("sank auf 312 Mio.
    Euro von 358 Mio. Euro") or right after the second ("von 1.060 auf 900")."""
    words = _of_words(lang)
    if words is None:
        return False
    gap = _norm_gap(text[a.end:b.start]).lstrip(",").strip()
    if words.find(gap) is None:
        return False
    lead = text[max(0, a.start - 24):a.start].split()
    if any(lang.change_new.find(" ".join(lead[k:])) is not None
           for k in (-1, -2) if len(lead) >= -k):
        return False
    tail = text[b.end:b.end + 24].split()
    return not any(lang.change_new.find(" ".join(tail[:k])) is not None
                   for k in (1, 2) if len(tail) >= k)


@functools.lru_cache(maxsize=None)
def _of_lookup(words: tuple[str, ...]):
    return Lookup({w: True for w in words})


def _of_words(lang: Language):
    """The language's ``changes.of`` words as a lookup, or None."""
    words = (lang.raw.get("changes") or {}).get("of")
    return _of_lookup(tuple(words)) if words else None


def _placed_new(text: str, a: Cand, gap: str, lang: Language) -> bool:
    """"fallen to ₹28 a kg in Delhi from ₹80": a new-value word right before ``a`` (an
    amount, a percentage or a measure), then a few words that place it (no number but a
    year, no clause end) and the old-value word. Bare counts are left as they were: pairing "rose to 47 on Saturday
    from 29" moved the old toll out of the aligner's rows (bench/devset2 flood-toll)."""
    if not has_unit(a):
        return False
    words = gap.split()
    # the words may place it in a year ("rose to 73.4% at the end of 2023 from 71.2%")
    if not 2 <= len(words) <= 6 or any(t in gap for t in _CLAUSE_ENDS) or \
            any(ch.isdigit() for ch in _YEAR_WORD.sub("", gap)):
        return False
    if not any(lang.change_old.find(" ".join(words[k:])) is not None for k in (-1, -2)):
        return False
    lead = text[max(0, a.start - 24):a.start].split()
    return any(lang.change_new.find(" ".join(lead[k:])) is not None
               for k in (-1, -2) if len(lead) >= -k)


_CLAUSE_ENDS = (".", ";", ":", "!", "?", "。", "；", "(", ")")
_YEAR_WORD = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,%])")


def _change_after(text: str, a: Cand, b: Cand, lang: Language) -> bool:
    """時速320キロから360キロに: the old value marked by a word written after it, and the
    new one by a word after it (に; "から ... まで" is a range)."""
    if not lang.change_old_after:
        return False
    gap = _norm_gap(text[a.end:b.start])
    if not gap or lang.change_old_after.find(gap) is None:
        return False
    end = _past_aside(text, b.end)
    return not lang.change_new_after or any(
        text.startswith(w, end) for w in lang.change_new_after)


_ASIDES = {"(": ")", "（": "）", "[": "]"}
ASIDE_LEN = 40               # characters a bracketed aside may hold


def _past_aside(text: str, pos: int) -> int:
    """Where the text goes on after a bracketed aside right at ``pos`` (4550億円（前期比12%
    増）に: the に after the aside marks the new value); ``pos`` when none stands there."""
    close = _ASIDES.get(text[pos:pos + 1])
    if close is None:
        return pos
    end = text.find(close, pos + 1, pos + 1 + ASIDE_LEN)
    return end + 1 if end >= 0 else pos


def relate(text: str, cands: list[Cand], lang: Language, lexicon=None) -> None:
    """Roles of from-to changes, shared units of changes and slash series, and the
    currency of scaled amounts named after another amount (see the module doc). With the
    concept ``lexicon``, a scaled number whose nearest measure word before it names counts
    only ("I passeggeri sono saliti del 7% a 189,4 milioni") takes no currency."""
    _series(text, cands)
    _pair_with_one_unit(text, cands, lang)
    _parts(text, cands, lang)
    _plus(text, cands, lang)
    if lang.change_old_re is not None or lang.change_old_after:
        _changes(text, cands, lang)
    parts_of_totals(text, cands, lang)
    _parallel(text, cands, lang)
    _rate_context(text, cands)
    _context_currency(text, cands, lang, lexicon)


def _changes(text: str, cands: list[Cand], lang: Language) -> None:
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if b.start - a.end > MAX_ASIDE:
            continue
        if a.high_value is not None or b.high_value is not None:
            # "to 1.65-1.75 million ounces from 1.8 million": the old end takes the unit
            if a.high_value is not None and b.high_value is None and _bare(b) and has_unit(a) \
                    and _change_reversed(text, a, b, lang):
                _share(b, a)
                b.role = "old"
            elif a.high_value is not None and b.high_value is not None and \
                    _same_dimension(a, b) and _comparable(a, b) and \
                    _old_word_between(text, a, b, lang):
                if a.per_thing and not b.per_thing:
                    b.per_thing, b.per_count = a.per_thing, a.per_count   # one per for both
                if (a.per_thing or None) == (b.per_thing or None):
                    a.role, b.role = "new", "old"      # "to 8.30 to 8.90 from 9.00 to 9.70"
            continue
        if _counts_units(text, b, cands[i + 2] if i + 2 < len(cands) else None) or \
                _counts_units(text, a, b):
            continue     # "7.2 gigawatts from eight 900-megawatt units": eight units, no end
        if _change_words(text, a, b, lang) or _change_after(text, a, b, lang):
            old, new = a, b
        elif _change_reversed(text, a, b, lang):
            if _of_total(text, a, b, lang):
                a.scope, b.scope = "part", "total"
                continue      # "260 von rund 1.300 Flügen": a part of a total, no change
            if i + 2 < len(cands) and _change_words(text, b, cands[i + 2], lang):
                continue      # "binnen 30 Minuten von 31 auf 17 Grad": b opens its own change
            old, new = b, a
            if i > 0 and (_compared_past_unit(text, cands[i - 1], a, b) or
                          _compared_past_share(text, cands[i - 1], a, b)):
                # "74 300 entrées en neuf jours, contre 68 900": the old value of the count
                a = new = cands[i - 1]
        else:
            if a.per_thing and (b.currency or b.unit_expr):
                _delta_after_rate(text, a, b, lang)
            _by_then_level(text, a, b, lang)
            if b.percent == "percent" and not a.percent and i + 2 < len(cands) and \
                    cands[i + 2].start - b.end <= MAX_ASIDE:
                # "gained $1.14, or 1.5%, to $77.89 a barrel": the percentage is an aside
                _by_then_level(text, a, cands[i + 2], lang, b.end)
            continue
        if _percent_and_amount(a, b):
            # "down 2% from 235 million": the change, then the old level
            if old is b and not b.percent:
                b.role = "old"
            continue
        _same_cents(old, new)
        if _unitless(old, new):
            _share(old, new)     # "frente a los 40 habituales": the adjective is no counted noun
        elif _unitless(new, old):
            _share(new, old)
        elif _bare(old) and not has_unit(new) and not new.per_thing and new.scaled and \
                not old.scaled:
            _share(old, new)      # "de 480 a 436 millones": the scale, the currency later
            old.counted, old.subject = new.counted, new.subject     # "5 to 7 million units"
        elif a.unit_surface and a.unit_surface == b.unit_surface:
            b.unit_expr = a.unit_expr     # 時速320キロから360キロに: the first end's context
        if _dimension(old) == _dimension(new) and (old.per_thing is None) != (new.per_thing is None) \
                and _comparable(old, new):
            # "auf 7,15 Cent je Kilowattstunde von 7,35 Cent": one per for both ends
            keep = old if old.per_thing else new
            for end in (old, new):
                end.per_thing, end.per_count = keep.per_thing, keep.per_count
        if _dimension(old) == _dimension(new) and (has_unit(old) or _counts(old, new)) and \
                (old.per_thing or None) == (new.per_thing or None):
            old.role, new.role = "old", "new"


def _comparable(a: Cand, b: Cand) -> bool:
    """Values close enough to be two states of one quantity (within a factor of 100): "$2.41
    per share, compared with $873 million" is a per-share figure beside a total, and neither
    takes the other's "per share"."""
    x, y = abs(a.value), abs(b.value)
    return bool(x and y) and max(x, y) <= 100 * min(x, y)


def _counts(old: Cand, new: Cand) -> bool:
    """Both ends count, with no unit ("rose from 5 to 7 million units")."""
    return not has_unit(new) and not old.per_thing and not new.per_thing


def _by_then_level(text: str, a: Cand, b: Cand, lang: Language, aside_end: int = -1) -> None:
    """"ristretto di 7 punti base a 108", "rose by £14 to 79": the change, then the level it
    reached, written without the unit (not a percentage: "fell by 2% to 5,230" is an index).
    "bajó en 48.920 personas, hasta 2,58 millones": the level counts what the change counts.
    "raised its dividend by 8 cents to $1.42 a share": the change is per share as the level,
    and so is the level of "would rise $8.50 a month, to $61.20". ``aside_end``: the end of
    a percentage between the two ("gained $1.14, or 1.5%, to $77.89 a barrel")."""
    if lang.change_by_re is None:
        return
    gap_start = a.end if aside_end < 0 else aside_end
    gap = _norm_gap(text[gap_start:min(b.start, b.num_start) if b.currency else b.num_start])
    if a.counted and a.subject and gap.startswith(a.subject):
        gap = gap[len(a.subject):]              # "48.920 personas, hasta 2,58 millones"
    if lang.change_new.find(gap.lstrip(",").strip()) is None and \
            not (b.per_thing and a.currency and not a.per_thing and _timed_gap(gap, lang)):
        return
    if lang.change_by_re.search(text, max(0, a.start - WINDOW), a.start) is None and \
            not (_change_verb(text, a.start, lang) and
                 (b.per_thing or a.per_thing or _narrows(b, a) or _narrows(a, b) or
                  (_bare(b) and has_unit(a) and not a.currency and a.percent != "percent"))):
        return          # "by ... to", "rose $1.20 to $82.35 a barrel", "fell 4 bp, to 62"
    if _narrows(b, a):
        a.currency = b.currency      # "slipped 0.4 cents to 71.38 U.S. cents"
    elif _narrows(a, b):
        b.currency = a.currency
    if _bare(b) and has_unit(a) and a.percent != "percent":
        _share(b, a)
    elif _bare(b) and a.counted and a.subject and not has_unit(a) and not a.per_thing:
        b.counted, b.subject, b.count_of_change = True, a.subject, True
    elif b.per_thing and not a.per_thing and has_unit(a) and _same_dimension(a, b):
        a.per_thing, a.per_count = b.per_thing, b.per_count
    elif a.per_thing and not b.per_thing and has_unit(b) and _same_dimension(a, b) and \
            not b.scaled:
        b.per_thing, b.per_count = a.per_thing, a.per_count


_GAP_WORDS = regex.compile(r"[\p{L}\p{M}'’]+")


def _timed_gap(gap: str, lang: Language) -> bool:
    """"dropping 6 cents in the past week to $3.14 a gallon": a few words (no figure, no
    punctuation) before the new-value word between a change and the price it reached."""
    words = gap.split()
    return 2 <= len(words) <= 5 and all(_GAP_WORDS.fullmatch(w) for w in words) and \
        lang.change_new.find(words[-1]) is not None


def _delta_after_rate(text: str, a: Cand, b: Cand, lang: Language) -> None:
    """"$3.42 a gallon, down 11 cents", "£2,186.40 a year, an increase of £103.92", "183.6
    bushels per acre, up 2.3 bushels": a smaller amount in the same currency (or a smaller
    measure in the same unit) after a comma and a word that names it the change
    (``changes.delta``) is per the same thing as the level before it."""
    same = (a.currency and b.currency) or \
        (a.unit_expr and a.unit_expr == b.unit_expr and not a.currency and not b.currency)
    if not (a.per_thing and same and not b.per_thing and not b.scaled
            and _same_dimension(a, b) and abs(b.value) < abs(a.value)):
        return
    words = _delta_words(lang)
    if words is None:
        return
    gap = _norm_gap(text[a.end:min(b.start, b.num_start)]).translate(_DELTA_MARKS)
    head, comma, tail = gap.rpartition(",")
    # at most a few words on the level before the comma: "$3.42 a gallon nationally, down",
    # "R$ 128,50 em Sorriso nesta segunda-feira, queda de R$ 3,20" (a place and a day)
    if comma and len(head.split()) <= DELTA_HEAD and not any(ch.isdigit() or ch in _CLAUSE_ENDS
                                                  for ch in head) \
            and (words.fullmatch(tail.strip()) or _comparative_after(text, tail, b, lang)):
        b.per_thing, b.per_count = a.per_thing, a.per_count


def _comparative_after(text: str, tail: str, b: Cand, lang: Language) -> bool:
    """"42.50 pesos, 11 pesos menos que un año antes", "$3.42 a gallon, 11 cents more than
    last week": the change right after the comma, told by a comparative after it
    (``rates.comparatives``)."""
    rx = lang.rate_comparative_rx
    # (or a word that restates the level, as "soit" does: "452 euros les 1 000 litres, soit
    # 18 euros de moins qu'en juillet")
    word = tail.strip()
    return (not word or fold(word) in lang.conversion_words) and rx is not None and \
        rx.match(text, b.end, b.end + 24) is not None


# words between a rate and the comma before its change: a place, a day or a week ("23.85
# pesos en la última semana de octubre, 1.40 pesos más que en enero")
DELTA_HEAD = 6


_COMMAS = str.maketrans({"、": ",", "，": ","})
# a CJK full stop may stand where the comma does: 「5キロ当たり4268円だった。前週より21円安く」
_DELTA_MARKS = str.maketrans({"、": ",", "，": ",", "。": ","})


@functools.lru_cache(maxsize=None)
def _delta_words(lang: Language):
    words = (lang.raw.get("changes") or {}).get("delta") or ()
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(f"(?:{alt})", regex.IGNORECASE)


def _narrows(a: Cand, b: Cand) -> bool:
    """Whether ``a``'s currency is one of the options of ``b``'s shared sign ("U.S. cents"
    and bare "cents")."""
    return bool(a.currency and b.currency and "|" not in a.currency and "|" in b.currency
                and a.currency in b.currency.split("|"))


def _same_dimension(a: Cand, b: Cand) -> bool:
    """The same unit, a shared currency sign counting as each currency it may be ("8 cents"
    and "$1.42" are both dollars)."""
    if a.currency and b.currency:
        return bool(set(a.currency.split("|")) & set(b.currency.split("|")))
    return _dimension(a) == _dimension(b)


def _share(dst: Cand, src: Cand, scale_ratio: bool = True) -> None:
    """Give a bare number the unit (and, when plausible, the scale) of its partner."""
    if src.scaled and not dst.scaled and src.scale:
        scaled = dst.value * pow10(src.scale)
        if not scale_ratio or (src.value and Decimal("0.1") <= abs(scaled / src.value) <= 10):
            dst.value = scaled
            dst.exp = (dst.exp or 0) + src.scale
            dst.scaled, dst.scale = True, src.scale
    elif src.unit_power and src.currency and not dst.currency and not dst.scaled and \
            src.value and Decimal("0.1") <= abs(dst.value * pow10(src.unit_power) / src.value) <= 10:
        # "de 25,16 à 21,38 centimes": the bare end is in cents too, as its partner is
        dst.value = dst.value * pow10(src.unit_power)
        dst.exp = (dst.exp or 0) + src.unit_power
        dst.unit_power = src.unit_power
    dst.currency, dst.unit_expr, dst.percent = src.currency, src.unit_expr, src.percent
    dst.unit_surface = src.unit_surface
    dst.per_thing, dst.per_count = src.per_thing, src.per_count
    dst.counted = False
    if src.percent == "tenths":
        dst.complement = src.complement


# ------------------------------------------------------------------------ series

def _series(text: str, cands: list[Cand]) -> None:
    """"7.15/8.02/9.64亿元", "1.12/1.26/1.51元": numbers joined by slashes take the unit
    and scale of the last one."""
    i = 0
    n = len(cands)
    while i < n:
        j = i
        while j + 1 < n and text[cands[j].end:cands[j + 1].start] in _SLASH:
            j += 1
        if j > i and has_unit(cands[j]) and all(_bare(c) for c in cands[i:j]):
            for c in cands[i:j]:
                _share(c, cands[j], scale_ratio=False)
        i = j + 1


def _pair_with_one_unit(text: str, cands: list[Cand], lang: Language) -> None:
    """"sentences of 30 and 41 months", "5 und 7 Prozent": a bare whole number joined by an
    and-word (``numerals.and_words``) to a measure or a percentage takes its unit. Amounts
    of money are left alone (their scale and currency are written on each end)."""
    if not lang.and_words or not lang.boundaries:
        return
    _list_with_one_unit(text, cands, lang)
    for a, b in zip(cands, cands[1:]):
        if not (a.plain_int and (b.unit_expr or b.percent)) or a.scaled or b.currency \
                or b.per_thing or b.high_value is not None or not _bare(a):
            continue
        gap = text[a.end:b.num_start]
        if gap[:1] == " " and gap[-1:] == " " and fold(gap.strip()) in lang.and_words:
            _share(a, b, scale_ratio=False)


def _list_with_one_unit(text: str, cands: list[Cand], lang: Language) -> None:
    """"um 2,9, 1,5 und 3,6 Prozent", "by 2.9, 5.1 and 3.6 percent": a list of three or
    more bare numbers, joined by ", " and an and-word before the last, which alone writes
    the percentage or the measure, shares it. Every member has the last one's precision
    class (all whole or all with decimals), so a year or a count before a list of rates
    stays itself. Amounts of money are left alone, as in pairs."""
    n = len(cands)
    for k in range(2, n):
        b = cands[k]
        if not (b.unit_expr or b.percent) or b.currency or b.per_thing or \
                b.high_value is not None:
            continue
        gap = text[cands[k - 1].end:b.num_start]
        if not (gap[:1] == " " and gap[-1:] == " " and fold(gap.strip()) in lang.and_words):
            continue
        j = k - 1
        while j > 0 and text[cands[j - 1].end:cands[j].start] == ", ":
            j -= 1
        members = cands[j:k]
        if len(members) < 2 or not all(_bare(c) and not c.scaled and c.high_value is None
                                       and c.plain_int == b.plain_int for c in members):
            continue
        for c in members:
            _share(c, b, scale_ratio=False)


RATE_CONTEXT = 400           # how far a price per measure carries to later plain prices
RATE_FACTOR = 3              # ... of values within this factor of it
RATE_APART = 100             # an amount this many times larger or smaller does not end the run
_NOT_MEASURES = frozenset(("year", "quarter", "month", "week", "day", "hour", "minute",
                           "second", "share", "person", "unit", "vehicle", "night", "room",
                           "passenger", "household"))


def _rate_context(text: str, cands: list[Cand]) -> None:
    """"13,4 euros por metro cuadrado. En Barcelona la renta alcanzó los 23,1 euros,
    mientras que en Madrid se pagan 20,8 euros", "bis zu 150 Liter Regen pro Quadratmeter
    ... bereits 94 Liter": a plain amount after a price (or a measure) per measure in the
    same paragraph, in the same currency or unit, and of the same size (within a factor of
    three), is per the same measure: the story goes on about the same price. Any other
    amount in that currency or unit between them ends the run, unless it is a hundred times
    larger or smaller than the price (a bill, a total). Rates per period or per
    share, person and the like do not carry (a monthly wage and a one-off bonus). After an
    amount of the measure itself, the price in the rest of its sentence is the price of that
    amount: "o litro ... 1,689 euros ... Um depósito de 50 litros fica 1,75 euros mais caro"
    (the run goes on after the sentence: "Eine 70-Quadratmeter-Wohnung kostet ... Leipzig
    mit 8,90 Euro")."""
    from .units import kind_of

    last: dict = {}
    paused: dict = {}         # currency -> where the amount of its run's measure ends
    for c in cands:
        key = c.currency or c.unit_expr
        if not key or c.percent:
            continue
        if c.unit_expr and not c.currency and not c.per_thing and last:
            kind = kind_of(c.unit_expr)
            for k, r in last.items():
                if kind and r.currency and kind_of(r.per_thing) == kind:
                    paused[k] = c.end
        if not c.per_thing and key in paused:
            at = paused.pop(key)
            if not _SENTENCE_MARK.search(text, at, c.start):
                continue
        if c.per_thing:
            if c.per_thing not in _NOT_MEASURES and c.high_value is None and c.per_count == 1:
                last[key] = c
            elif c.per_thing not in PERIODS:
                last.pop(key, None)
            # (a rate per period is another quantity: "22,40 Euro je Quadratmeter ... rund
            # 1.570 Euro im Monat ... Leipzig mit 8,90 Euro" keeps the price per square metre)
            continue
        r = last.pop(key, None)
        if r is None or c.scaled or c.value <= 0 or \
                c.start - r.end > RATE_CONTEXT or "\n\n" in text[r.end:c.start]:
            continue
        ratio = c.value / r.value
        if c.high_value is not None:          # a range of the price in its sentence: "28
            #                                   pesos el kilo, y ... entre 24 y 32 pesos"
            if not Decimal(1) / RATE_FACTOR <= ratio <= c.high_value / r.value <= RATE_FACTOR \
                    or c.high_value > 2 * c.value or _SENTENCE_MARK.search(text, r.end, c.start):
                continue                      # (not "129,8 euros le mégawattheure. ... de 48
                #                               à 277 euros": a cheque, no price)
            c.per_thing, c.per_count = r.per_thing, r.per_count
            last[key] = r
        elif Decimal(1) / RATE_FACTOR <= ratio <= RATE_FACTOR:
            c.per_thing, c.per_count = r.per_thing, r.per_count
            last[key] = r
        elif not Decimal(1) / RATE_APART <= ratio <= RATE_APART:
            last[key] = r     # a bill or a total, no price of its size: "27,7 Rappen pro
            #                   Kilowattstunde ... 121 Franken weniger ... auf 38,9 Rappen"


PARALLEL_GAP = 60            # characters between a claim and the bare number of its parallel
_LETTERS = regex.compile(r"[\p{L}][\p{L}\p{M}'’]*")


def _parallel(text: str, cands: list[Cand], lang: Language) -> None:
    """"cayó un 1,8% y en Cataluña, un 2,3", "de 55 días y en Cataluña, de 147", "12
    millions d'euros en 2023 et 15 en 2024": a bare number in a clause joined by an and-word
    to the claim before it, and built like that claim's clause (the same word right before
    both numbers, or the same word right after both), is in the claim's unit and scale.
    The two values must be within a factor of ten of each other once the scale is shared."""
    if not lang.and_words or not lang.boundaries:
        return
    for a, b in zip(cands, cands[1:]):
        if not has_unit(a) or a.high_value is not None or not _bare(b) or b.scaled or \
                b.high_value is not None or b.role or not a.value or b.value <= 0:
            continue
        gap = text[a.end:b.num_start]
        if len(gap) > PARALLEL_GAP or any(t in gap for t in _CLAUSE_ENDS) or "\n" in gap:
            continue
        value = b.value * pow10(a.scale) if a.scaled and a.scale else b.value
        if not Decimal("0.1") <= abs(value / a.value) <= 10:
            continue
        # (the words before b's own qualifier: "de 215 km/h y rachas de hasta 260")
        words = [fold(w) for w in _LETTERS.findall(text[a.end:min(b.start, b.num_start)])]
        joins = [k for k, w in enumerate(words) if w in lang.and_words]
        if joins and _parallel_shape(text, a, b, gap, words, joins[-1]):
            _share(b, a)


def _parallel_shape(text: str, a: Cand, b: Cand, gap: str, words: list[str],
                    join: int) -> bool:
    """Whether the clause of ``b`` (after the and-word at ``join`` of the gap's ``words``)
    is built like the clause of ``a``: one word before ``b`` that is one of the two words
    before ``a`` ("un 1,8% y en Cataluña, un 2,3"), or ``b`` right after the and-word with
    the same word after both numbers ("15 millions en 2023 et 18 en 2024")."""
    if join < len(words) - 1:
        if any(ch.isdigit() for ch in gap):
            return False
        lead = [fold(w) for w in _LETTERS.findall(text[max(0, a.start - 24):a.num_start])]
        return words[-1] in lead[-2:]
    after_a = _LETTERS.match(gap.lstrip())
    after_b = _LETTERS.match(text[b.end:b.end + 24].lstrip())
    return join > 0 and after_a is not None and after_b is not None and \
        fold(after_a.group()) == fold(after_b.group()) and len(words) <= 4


_PART_HEAD = regex.compile(r"[\p{L}\p{M}'’\- ]{0,30}")


@functools.lru_cache(maxsize=None)
def _part_words(lang: Language) -> frozenset:
    return frozenset(fold(w) for w in (lang.raw.get("changes") or {}).get("parts") or ())


def _parts(text: str, cands: list[Cand], lang: Language) -> None:
    """"trois ans de prison, dont deux avec sursis", "3 Jahre Haft, davon zwei auf
    Bewährung": a bare number after a comma and a word that introduces a part of the
    measure before it (``changes.parts``) is in the measure's unit."""
    words = _part_words(lang)
    if not words:
        return
    for a, b in zip(cands, cands[1:]):
        if not (a.unit_expr or a.currency or a.percent) or a.per_thing or \
                a.high_value is not None or not _bare(b) or b.scaled or b.high_value is not None:
            continue
        head, comma, tail = text[a.end:b.start].rpartition(",")
        if not comma or _PART_HEAD.fullmatch(head) is None or \
                fold(tail.strip()) not in words or not 0 < b.value < a.value:
            continue
        _share(b, a)


@functools.lru_cache(maxsize=None)
def _plus_words(lang: Language) -> frozenset:
    return frozenset(fold(w) for w in (lang.raw.get("changes") or {}).get("plus") or ())


def _plus(text: str, cands: list[Cand], lang: Language) -> None:
    """"60 millones de euros más 10 en variables", "35 milioni di euro più 5 di bonus": a
    number right after a scaled amount of money and a word that adds to it
    (``changes.plus``), smaller than it and with no unit or counted noun of its own, is an
    amount in the same currency (and scale, when it has none). So is one after an amount
    of millions or more whose currency is not named in it ("arrivato per 74 milioni più 6
    di bonus": the currency, if any, comes from the context later)."""
    words = _plus_words(lang)
    if not words:
        return
    for a, b in zip(cands, cands[1:]):
        if not (a.currency or a.scale >= MIN_SCALE) or not a.scaled or a.per_thing or \
                a.unit_expr or a.percent or a.high_value is not None or \
                b.currency or b.percent or not _bare(b) or b.high_value is not None:
            continue
        if fold(text[a.end:b.start].strip()) not in words:
            continue
        value = b.value * pow10(a.scale) if not b.scaled and a.scale else b.value
        if 0 < value < a.value:
            _share(b, a, scale_ratio=False)


# ------------------------------------------------------------------------ currency

CONTEXT_CHARS = 600     # how far back the currency of an earlier amount carries
MIN_SCALE = 6           # "2,2 milliards", "310 milhões": millions and more


def _context_currency(text: str, cands: list[Cand], lang: Language, lexicon=None) -> None:
    """A scaled amount with no currency takes the currency named most often so far in its
    block (the latest among equals): one aside in dollars does not change an article's
    euros."""
    last: Cand | None = None
    count: Cand | None = None        # the latest scaled count ("200 million passengers")
    prev: Cand | None = None
    seen: dict[str, int] = {}
    for k, c in enumerate(cands):
        before, prev = prev, c
        if c.currency and "|" not in c.currency:
            if last is not None and _conversion_aside(text, last, c):
                continue     # "450 millions de reais (88 millions de dollars), contre 150"
            if last is not None and "\n\n" in text[last.end:c.start]:
                seen.clear()
            last = c
            seen[c.currency] = seen.get(c.currency, 0) + 1
            continue
        if last is None or not c.scaled or c.scale < MIN_SCALE or has_unit(c) or c.per_thing \
                or c.count_of_change:
            continue
        if c.start - last.end > CONTEXT_CHARS or "\n\n" in text[last.end:c.start]:
            continue
        if _after_scaled_measure(text, before, last, c):
            continue     # "171,4 milhões de toneladas, 3,1 milhões a mais": tonnes, not reais
        if _after_count(text, before, last, c, lang, lexicon):
            continue     # "312,000 postpaid services, taking the total to 9.48 million"
        # what a scaled number counts: "4,2 millones de pasajeros" (where the language joins
        # the noun with de/di, a word right after it is no counted noun: "95 millions
        # apportés"), "2.3 million people"
        counted = (_counted_after(text, c.end, lang) or _noun_after_thousands(text, c, lang)) \
            if lang.subject_joiners else bool(c.counted and c.subject)
        if counted:
            count = c
            continue
        if c.role == "old" and _counted_new_end(text, cands, k, lang):
            continue     # "de 14.2 millones a 30 millones de pasajeros": passengers, not pesos
        if _compared_count(text, count, last, c, lang):
            continue     # "200 million passengers, against guidance of 205 million"
        if _part_of_count(text, count, last, c, lang, lexicon):
            continue     # "53 million users, including 2.6 million in Ireland"
        if lexicon is not None and _counted_before(text, last.end, c.start, lang, lexicon):
            continue     # "as passengers near 200 million"
        best = max(seen.values())
        c.currency = last.currency if seen[last.currency] == best else \
            max(seen, key=lambda k: seen[k])
        c.counted = False
        c.end = max(c.end, rate_after(text, c, lang, c.end))   # "8 millones netos por
        #                                                        temporada", now it is money


def _counted_new_end(text: str, cands: list[Cand], k: int, lang: Language) -> bool:
    """Whether the new end right after the old end ``cands[k]`` of a from-to counts a noun
    and names no currency: the old end counts what it counts."""
    n = cands[k + 1] if k + 1 < len(cands) else None
    if n is None or n.role != "new" or n.currency or has_unit(n):
        return False
    return _counted_after(text, n.end, lang) if lang.subject_joiners else \
        bool(n.counted and n.subject)


_CLAUSE_MARK = regex.compile(r"(?r)[;:!?。，；：、\n]|[.,](?!\d)")
_SENTENCE_MARK = regex.compile(r"[;!?。；！？\n]|[.](?!\d)")


def _after_scaled_measure(text: str, before: Cand | None, last: Cand, c: Cand) -> bool:
    """Whether the claim right before a bare scaled number is a scaled measure, after the
    latest amount of money and in the same sentence: the number then goes with the measure
    ("171,4 milhões de toneladas, 3,1 milhões a mais que na previsão anterior"), and takes
    its unit when nothing but a comma stands between them."""
    if before is None or before is last or before.currency or not before.unit_expr or \
            not before.scaled or before.per_thing or before.start < last.start or \
            _SENTENCE_MARK.search(text, before.end, c.start):
        return False
    if not text[before.end:c.start].strip(" ,\u00a0"):
        _share(c, before)
    return True


COUNT_SPAN = 100     # how many times larger or smaller a count's continuation may be


def _after_count(text: str, before: Cand | None, last: Cand, c: Cand, lang: Language,
                 lexicon=None) -> bool:
    """Whether the claim right before a bare scaled number is a count of a named thing,
    after the latest amount of money and in the same sentence, and of a size the number
    may continue, in a clause built like the count's or naming its total: the number then
    goes on counting it ("added 312,000 postpaid services, taking the total to 9.48
    million"; "con 17,2 millones de visitantes, seguido de Francia, con 11,4 millones"),
    never the money before them; unless a word of money stands between them ("11,8 milioni di spettatori, mentre ... il fatturato medio per club è di 14
    milioni")."""
    if before is None or before is last or before.currency or has_unit(before) or \
            before.percent or before.per_thing or before.year_like or \
            before.start < last.start or before.value <= 0 or \
            _SENTENCE_MARK.search(text, before.end, c.start):
        return False
    if not (_counted_after(text, before.end, lang) if lang.subject_joiners else
            before.counted and before.subject):
        return False
    ratio = c.value / before.value
    if not Decimal(1) / COUNT_SPAN <= ratio <= COUNT_SPAN:
        return False
    cues = lexicon.cue_scanner(lang.base).scan(text, before.end, c.start) \
        if lexicon is not None else []
    if any(q.slot == "measure" and lexicon.fits(q.id, "money") for q in cues):
        return False
    # built as the count's own clause (the same word before both: "con 17,2 millones de
    # visitantes, seguido de Francia, con 11,4 millones"), or its total ("taking the total
    # to 9.48 million"); a figure a verb books stays money ("with 14.2 million
    # subscribers, while the streaming unit booked 12 million")
    word = _word_before(text, before.start)
    return (word is not None and word == _word_before(text, c.start)) or \
        any(q.slot == "scope" and q.id == "total" for q in cues)


def _word_before(text: str, pos: int) -> str | None:
    m = _PREV_WORD.search(text, max(0, pos - WINDOW), pos)
    return fold(m.group().strip()) if m else None


def _counted_before(text: str, start: int, end: int, lang: Language, lexicon) -> bool:
    """Whether the measure words of a bare scaled number's clause (after the amount of
    money before it) all name something counted, never money (passengers, customers):
    then the number counts it. "el crédito a clientes sumó 214.300 millones" names a loan
    too, and keeps the currency."""
    mark = _CLAUSE_MARK.search(text, start, end)
    cues = [q for q in lexicon.cue_scanner(lang.base).scan(text, mark.end() if mark else start,
                                                           end) if q.slot == "measure"]
    return bool(cues) and all(not lexicon.fits(q.id, "money") and lexicon.fits(q.id, "count")
                              for q in cues)


COMPARED_GAP = 120    # how far a compared figure may stand from the count it is set against


def _compared_count(text: str, count: Cand | None, last: Cand, c: Cand,
                    lang: Language) -> bool:
    """Whether a bare scaled number is set against a count in its sentence, nearer than the
    last amount of money: of the same scale, within a factor of three of it, and after a
    word that marks a compared value (``changes.old_between``: "842 million shares,
    against 760 million"), it counts what the count counts."""
    if count is None or count.start < last.end or count.scale != c.scale or \
            count.value <= 0 or not Decimal(1) / 3 <= c.value / count.value <= 3 or \
            c.start - count.end > COMPARED_GAP:
        return False
    if _SENTENCE_END.search(text, count.end, c.start) is not None:
        return False
    if _bracketed(text, c):
        return True      # "1,9 millones de visitantes, seguido de Francia (1,4 millones)"
    words = _compared_words(lang)
    return words is not None and words.search(text, count.end, c.start) is not None


_SENTENCE_END = regex.compile(r"[.!?。！？](?:\s|$)|\n")


def _part_of_count(text: str, count: Cand | None, last: Cand, c: Cand, lang: Language,
                   lexicon) -> bool:
    """Whether a bare scaled number follows a part marker (the lexicon's ``part_markers``:
    including, dont, di cui, darunter, 其中) that follows a count named after the last
    amount of money, in one sentence: the number is a part of what the count counts ("data
    of 53 million users, including 2.6 million in Ireland"), not money."""
    if count is None or lexicon is None or count.start < last.end or \
            c.start - count.end > COMPARED_GAP or \
            _SENTENCE_END.search(text, count.end, c.start) is not None:
        return False
    return any(q.slot == "part" for q in lexicon.cue_scanner(lang.base).scan(text, count.end,
                                                                              c.start))


def _bracketed(text: str, c: Cand) -> bool:
    """A figure alone in brackets ("Francia (1,4 millones)"): a part of a breakdown."""
    return text[max(0, c.start - 1):c.start] in ("(", "（") and \
        text[c.end:c.end + 1] in (")", "）")


@functools.lru_cache(maxsize=None)
def _compared_words(lang: Language):
    """Any word of ``changes.old_between`` as a whole word; None without them."""
    words = (lang.raw.get("changes") or {}).get("old_between") or ()
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    edge = r"(?<![\p{L}\p{N}])" if lang.boundaries else ""
    tail = r"(?![\p{L}\p{N}])" if lang.boundaries else ""
    return regex.compile(f"{edge}(?:{alt}){tail}", regex.IGNORECASE)

_ASIDE_GAP = 3               # "450 million reais ($88 million)": at most " (" between


def _conversion_aside(text: str, prev: Cand, c: Cand) -> bool:
    """An amount in brackets right after another amount in another currency: a conversion
    for the reader, not the currency the story goes on in."""
    gap = text[prev.end:c.start]
    return len(gap) <= _ASIDE_GAP and gap.strip() in ("(", "（") and \
        prev.currency != c.currency and text[c.end:c.end + 1] in (")", "）")


_WORD = regex.compile(r"[^\S\n]*([\p{L}][\p{L}\p{M}'’\-]*)")


def _counted_after(text: str, pos: int, lang: Language) -> bool:
    """A counted noun after a scaled number, through a joiner ("millones de pasajeros")."""
    if not lang.boundaries:
        return False
    m = _WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(1).casefold()
    elided = _elided_noun(m.group(1), lang)
    if elided:
        noun = elided       # "53 millions d'utilisateurs": the joiner glued to its noun
    elif word in lang.subject_joiners or word.rstrip("'’") + "'" in lang.subject_joiners:
        n = _WORD.match(text, m.end())
        if n is None:
            return False
        noun = n.group(1)
    else:
        return False
    # "de l'an dernier", "de los": an article says this is no counted noun
    return "'" not in noun and "’" not in noun and noun.casefold() not in lang.stopwords \
        and lang.currencies.find(noun) is None


_LAST_WORD = regex.compile(r"(?r)(\p{L}+)")


def _noun_after_thousands(text: str, c: Cand, lang: Language) -> bool:
    """A noun right after a number that ends with a scale word below a million, which
    takes its noun without a joiner ("un millón 479 mil hogares", "64 mil 745 millones"
    ends with millions and is not read here): the number counts the noun."""
    last = _LAST_WORD.search(text, c.num_start, c.num_end) if c.num_end > c.num_start else None
    if last is None or last.end() != c.num_end:
        return False
    scale = lang.scales.find(fold(last.group(1)))
    if scale is None or not 0 < int(scale) < MIN_SCALE:
        return False
    m = _WORD.match(text, c.end)
    if m is None:
        return False
    noun = m.group(1)
    return noun.islower() and fold(noun) not in lang.stopwords and \
        fold(noun) not in lang.subject_joiners and lang.currencies.find(noun) is None


def _elided_noun(word: str, lang: Language) -> str:
    """The noun after a joiner written with an apostrophe and glued to it ("d'utilisateurs"
    -> "utilisateurs"); "" when the word starts with no such joiner."""
    folded = fold(word)
    for joiner in lang.subject_joiners:
        if joiner[-1:] in ("'", "’") and folded.startswith(joiner) and len(word) > len(joiner):
            return word[len(joiner):]
    return ""
