"""Find every numeric claim in a text and normalise it to value, unit and interval.

The pipeline is the same for every language; all language knowledge comes from the data
file read by :mod:`claimcheck.extraction.language`:

1. mask identifiers, contact data and times (:mod:`masks`), and find dates (:mod:`dates`);
2. find numbers: digits with separators, word phrases, CJK numerals (:mod:`atoms`);
3. around each, attach currency, unit, percent sign and qualifiers (:mod:`attach`);
4. join "X to Y" pairs into ranges (:mod:`relations`);
5. read what the context says: rates per capita or per share (:mod:`rates`), tables whose
   header gives the unit (:mod:`tables`), from-to changes, slash series and amounts whose
   currency was named before (:mod:`relations`);
6. classify (money, measure, percent, count, number, date), read the subject, and
   compute the interval from written precision and qualifier.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

import regex

from ..records import Claim
from .atoms import Cand, read_atom
from .attach import attach_after, attach_before
from .dates import find_dates
from .detect import detect_language
from .frames import assign_frames
from .halves import half_tail
from .intervals import COLLECTIVE_MARGIN, interval
from .language import Language, get_language
from .lexicon import default_lexicon
from .masks import find_masks
from .multiples import multiple_end
from .ratio_nouns import one_in_n
from .clocks import split_clock_times
from .comparatives import change_beside
from .counted_time import counted_time
from .clock_durations import clock_durations
from .nonclaims import drop_nonclaims
from .rates import rate_unit, rates_before
from .relations import relate, try_range
from .rounded_conversions import rounding_half
from .docunits import country_currencies, document_units, subunit_currencies
from .rx import match_at
from .sentences import Sentences
from .subjects import subject_after, subject_before
from .tables import apply_tables, table_regions
from .units import UnitError, conversion, round_si

_NON_HAN_CONTEXT = frozenset(" \t\n\r\u3000，。、；：！？,.;:!?\"'“”‘’《》「」（）()【】[]…—-")


def extract(text: str, lang: str | None = None, doc: str = "") -> list[Claim]:
    """All numeric claims in ``text``, in order of appearance.

    ``lang`` is a language code (en, fr, es, zh, ...); when None it is detected.
    """
    return [claim for claim, _ in extract_with_numerals(text, lang, doc)]


def extract_with_numerals(text: str, lang: str | None = None,
                          doc: str = "") -> list[tuple[Claim, "Reading"]]:
    """Each claim with its :class:`Reading`: the number as written (scale words applied,
    before any unit conversion; "36.9 km2" gives 36.9 beside the claim's 36900000 m**2)
    and, for a range, both ends. For benchmarks that score numerals apart from units."""
    code = lang or detect_language(text)
    L = get_language(code)
    with localcontext() as ctx:
        ctx.prec = 50
        found, clocks = _extract(text, L, doc)
    # the lexicon has words per language, not per regional variant
    framed = assign_frames([c for c, _ in found], text, default_lexicon(), L.base, clocks,
                           functools.partial(change_beside, L))
    return [(c, r) for c, (_, r) in zip(framed, found)]


def _standalone_ok(text: str, c: Cand, lang: Language) -> bool:
    """Reject numbers glued to letters (5G, 3rd) and lone CJK numerals inside words (一带一路)."""
    attached = c.currency or c.unit_expr or c.percent or c.scaled
    nxt = text[c.num_end:c.num_end + 1]
    if c.source == "digits" and nxt and nxt.isalpha() and nxt.isascii() and not attached \
            and c.end == c.num_end:
        return False
    if c.source == "cjk" and c.single:
        ch = text[c.num_start:c.num_end].strip()
        weak = ch in (lang.cjk.get("weak_digits") or ())
        if c.counted and not attached and ch in (lang.cjk.get("article_digits") or ()):
            return False       # 一个, 一批: the indefinite article, not a count of one
        if (attached or c.counted) and not weak:
            return True
        context = set(lang.cjk.get("lone_context") or ())
        before = text[c.num_start - 1] if c.num_start > 0 else " "
        after = text[c.end] if c.end < len(text) else " "
        ok = lambda ch: ch in _NON_HAN_CONTEXT or ch in context or ch.isascii()
        return ok(before) and ok(after)
    return True


def _classify(text: str, c: Cand, lang: Language) -> str:
    if c.currency:
        return "money"
    if c.percent:
        return "percent"
    if c.unit_expr:
        return "measure"
    if lang.boundaries:
        subj = subject_after(text, c.end, lang)
        if subj:
            c.subject = subj
            c.counted = True
            return "count"
        return "number"
    m = lang.classifier_after_re.match(text, c.end) if lang.classifiers else None
    if m:
        cls = m.group().strip()
        c.counted = True
        q = lang.qualifier_after_re.match(text, m.end())
        if q:                                  # 100人以上, 约1000人左右: a qualifier after the noun
            qual = lang.qualifiers_after.find(q.group().strip())
            if c.qualifier in ("exact", qual):   # 1000人以上の作業員: the noun may follow
                c.qualifier, c.end = qual, q.end()
                c.subject = subject_after(text, q.end(), lang) or cls
                return "count"
        # the counted noun follows the counter (28项合作协议, 3万台の車両) or, where the
        # language puts it first (counts.noun_before: 従業員約4500人), precedes the number
        c.subject = subject_after(text, m.end(), lang) or _noun_before(text, c, lang) or cls
        return "count"
    return "number"


def _noun_before(text: str, c: Cand, lang: Language) -> str:
    """The noun right before a count, in languages that put it there (counts.noun_before:
    従業員約4500人, 風車62基); nothing when a particle or a numeral stands between."""
    if not lang.raw["counts"].get("noun_before") or c.start == 0:
        return ""
    ch = text[c.start - 1]
    if ch in lang.stopwords or lang.cjk_digits.find(ch) is not None \
            or lang.scales.find(ch) is not None or lang.cjk_units.find(ch) is not None:
        return ""
    return subject_before(text, c.start, lang)


def _resolve_currency(cands: list[Cand], lang: Language) -> tuple[dict[str, str], dict[str, str]]:
    """Pick a currency for shared symbols (¥ = CNY or JPY, $ = USD or another dollar) from
    the language or the document; and a note where the choice is not certain.

    A symbol whose default the language fixes (``currency_fixed``: "$" is the US dollar
    in international English) keeps it, with a note when the document also names another
    of its currencies ("A$", "C$"); for the others, the one option the document names wins,
    then the language's default."""
    seen = {c.currency for c in cands if c.currency and "|" not in c.currency
            and not c.ambiguous_unit}
    out: dict[str, str] = {}
    notes: dict[str, str] = {}
    for c in cands:
        if c.currency and "|" in c.currency and c.currency not in out:
            options = c.currency.split("|")
            in_doc = [o for o in options if o in seen]
            default = lang.currency_default.get(c.currency)
            if default and c.currency in lang.currency_fixed:
                out[c.currency] = default
                others = [o for o in in_doc if o != default]
                if others:
                    notes[c.currency] = (f"ambiguous currency: read as {default}; the document "
                                         f"also names {', '.join(others)}")
            elif len(in_doc) == 1:
                out[c.currency] = in_doc[0]
            elif default:
                out[c.currency] = default
    for c in cands:
        # "25 pounds": weight unless scaled ("361 million pounds") or sterling is in the text
        if c.ambiguous_unit and c.currency and not c.scaled and c.currency not in seen:
            c.unit_expr, c.currency = c.ambiguous_unit, None
    return out, notes


def _extract(text: str, L: Language, doc: str
             ) -> tuple[list[tuple[Claim, Decimal]], list[tuple[int, int, int]]]:
    masks = find_masks(text, L.glue, L.decimal_before)
    dates = find_dates(text, L)
    date_iter = iter(dates)
    next_date = next(date_iter, None)
    sentences = Sentences(text, L)
    cands: list[Cand] = []
    date_cands: list[tuple[int, int, int]] = []
    pos = 0
    seeds = _Seeds(text, L.seed_scans)
    n = len(text)
    fused = _fused_starts(text, L)
    durations = clock_durations(text, L)
    while pos < n:
        m = seeds.next(pos)
        while fused and fused[0] < pos:
            fused.pop(0)
        if fused and (m is None or fused[0] < m.start()):
            m = L.token_re.match(text, fused.pop(0))   # "veintiunavos": see fused_scan_re
            if m is None or m.lastgroup != "fz":
                continue
        if not m:
            break
        s, e = m.span()
        pos = max(e, s + 1)
        while next_date is not None and next_date.end <= s:
            next_date = next(date_iter, None)
        if next_date is not None and next_date.start < e and s < next_date.end:
            pos = max(pos, next_date.end)
            continue
        if s in durations:                 # "2:04:37 Stunden": masked as a clock, but
            cands.append(durations[s])      # an hour word says it is a duration
            pos = durations[s].end
            continue
        if masks.hits(s, e):
            continue
        if m.lastgroup == "sl" and s > 1 and text[s - 1] in "-‐" and text[s - 2].isdigit():
            continue        # "$10.34-1/2": the fraction of a figure read (or refused) before
        if s > 0 and text[s - 1].isalpha() and m.lastgroup in ("dig", "sl") and \
                L.glued_to_letters(text, s):
            continue        # "ABC48.3": an identifier, no part of it a claim
        if L.numerals.get("ordinal_prefix") and L.ordinal_before_re.search(text, max(0, s - 4), s):
            continue
        c = read_atom(text, m, L)
        if c is None:
            if m.lastgroup == "cjk" and L.scales.find(text[s]) is not None:
                pos = s + 1        # 東京3店舗, 万博: a word that opens with a scale character
            continue
        pos = max(c.num_end, s + 1)
        if masks.hits(c.num_start, c.num_end):
            continue
        if (half := half_tail(text, c, L)) is not None:
            if half is False:
                continue       # "e mezzo" after a unit no article counts: no 0.5 of its own
            c = half           # "un metro e mezzo": one of the unit, and its half
        if L.numerals.get("ordinal_suffix") and c.source == "digits" \
                and match_at(L.ordinal_after_re, text, c.num_end):
            continue
        prefix_currency = attach_before(text, c, L, cands[-1].end if cands else 0)
        attach_after(text, c, L, prefix_currency)
        if L.ratio_nouns and (share := one_in_n(text, c, L)) is not None:
            # "un Français sur trois": 1/3; "quatre dossiers sur dix": 4/10
            while cands and cands[-1].num_start >= share:
                cands.pop()     # the numerator, read on its own before
            c.start = c.num_start = share
            attach_before(text, c, L, cands[-1].end if cands else 0)
        if c.share_ratio and (c.unit_expr or c.currency):
            # "cuatro de cada diez litros", "uno su tre ha chiesto": a share of the things
            # counted, never an amount of the unit
            c.unit_expr = c.currency = None
            c.end = c.num_end
        if masks.hits(c.num_start, c.end) and not (
                c.rate_from and not masks.hits(c.num_start, c.rate_from)):
            continue   # (a rate may read across the name of what is measured: "de CO2 anuales")
        # "41.000 giornate sciatore": units of activity, no duration
        kind = "count" if counted_time(text, c, L) else _classify(text, c, L)
        if kind == "measure" and c.qualifier != "exact" and _span_word(text, c, L):
            c.qualifier, c.start = "exact", c.num_start   # "over five years": during them
        if not _standalone_ok(text, c, L):
            continue
        if c.pronoun and not (c.currency_after or c.unit_expr or c.percent):
            continue   # "the one you mentioned", "a" alone; but "a penny", "un euro"
        if c.pronoun and _figure_follows(text, c.end):
            continue   # "a RMB 12.4 billion", "a Rs 46,780 crore": an article, the code's figure
        if c.year_like and kind in ("number", "count") and not (L.classifiers and c.counted) \
                and not (kind == "count" and c.subject and _counted_after_a_verb(text, c, L)):
            date_cands.append((c.num_start, c.num_end, int(c.value)))
            pos = c.num_end
            continue
        if cands:
            joined = try_range(text, cands[-1], c, L, cands[-2] if len(cands) > 1 else None)
            if joined is not None:
                cands[-1] = joined
                pos = max(joined.end, pos)
                continue
        cands.append(c)
        pos = max(c.end, pos)
    # names and ranks go first, so that a per word reads past them ("a saca do arábica tipo 6
    # foi negociada a R$ 2.045": the 6 is a grade, no claim between the thing and the price)
    tables = table_regions(text, L)
    cands = drop_nonclaims(text, cands, L, tables)
    cands = rates_before(text, cands, L)
    cands = apply_tables(text, cands, L, tables)
    cands, clocks = split_clock_times(text, cands, L)
    relate(text, cands, L, default_lexicon())
    cands = document_units(text, cands, L)
    _weak_points(cands, sentences, L)
    resolved, currency_notes = _resolve_currency(cands, L)
    country_currencies(text, resolved, currency_notes, L)
    subunit_currencies(cands, sentences, resolved, L)
    out = []
    for c in cands:
        claim = _finish(text, c, L, doc, sentences, resolved, currency_notes)
        if claim is not None:
            out.append((claim, _numeral(c, claim)))
    for d in dates:
        if masks.hits(d.start, d.end):
            continue   # a date inside a URL or an identifier
        claim = _date_claim(text, d.start, d.end, d.value, d.high, d.is_range, L, doc, sentences)
        out.append((claim, Reading((claim.value,), (claim.value,))))
    for s, e, v in date_cands:
        claim = _date_claim(text, s, e, v, v, False, L, doc, sentences)
        out.append((claim, Reading((claim.value,), (claim.value,))))
    out.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return out, clocks


_MAX_WEAK_POINTS = 20
_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \u00a0]$")


def _counted_after_a_verb(text: str, c: Cand, L: Language) -> bool:
    """"The ranking covers 1906 universities", "umfasst 1906 Hochschulen": a number in the
    years' range with a counted plural noun after it (``counts.plural_endings``) and a word
    before it that is no stopword (no "in", "since", "the" that would make it a year: "In
    1906 universities were few"; "the original 2023 plan" is singular) counts."""
    if not L.boundaries or c.start != c.num_start:
        return False
    ends = tuple(L.raw["counts"].get("plural_endings") or ())
    noun = c.subject.split()[0].casefold() if c.subject else ""
    if not ends or not noun.endswith(ends):
        return False
    m = _WORD_BEFORE.match(text, max(0, c.start - 30), c.start)
    if m is None or m.group(1).casefold() in L.stopwords or \
            L.months.find(m.group(1)) is not None or m.group(1).casefold() in L.weekdays:
        return False
    # "said 2024 revenue rose": a measure that is never counted follows a year
    lex = default_lexicon()
    concepts = lex.concepts_of(c.subject, "", L.base)
    return not concepts or any(lex.fits(k, "count") for k in concepts)


_FIGURE_NEXT = regex.compile(r"[ \u00a0]?[$€£¥₹]?\d")


def _figure_follows(text: str, pos: int) -> bool:
    """Whether a figure starts right after ``pos`` (one space at most)."""
    return _FIGURE_NEXT.match(text, pos, min(len(text), pos + 3)) is not None


def _weak_points(cands: list[Cand], sentences: Sentences, lang: Language) -> None:
    """"1,9 puntos", "0,4 Punkte", "1.0 pt": a bare "points" word is percentage points when
    a percentage stands in the same sentence, or a word of ``percent.points_context`` ("marge
    d'erreur"); otherwise the number counts points. So does a number of points too large for
    a move of a percentage ("con 64 puntos" in a league table, "cae 120 puntos" on an
    index)."""
    weak = [c for c in cands if c.percent == "weak"]
    if not weak:
        return
    with_percent = {sentences.at(c.start)[0] for c in cands if c.percent in ("percent", "points")}
    context = lang.points_context_re
    for c in weak:
        start, sentence = sentences.at(c.start)
        if (start in with_percent or context is not None and context.search(sentence)) and \
                c.value < _MAX_WEAK_POINTS:
            c.percent = "points"
        else:
            # "scored 25 points" counts them; "77,3 Punkte" is a score, no count
            c.percent, c.counted = None, c.value == c.value.to_integral_value()


@dataclass(frozen=True, slots=True, init=False)
class Reading:
    """Numbers as written (``numerals``) and in the claim's unit (``values``): one each,
    or the two ends of a range. A number rescaled by its unit has both readings: "50
    cents" is 50 and 0.50; 百分之五 is 0.05 and 5."""

    numerals: tuple[Decimal, ...]
    values: tuple[Decimal, ...]

    def __init__(self, numerals: tuple[Decimal, ...], values: tuple[Decimal, ...]):
        # through the slots' own setters: a frozen dataclass's __init__ goes through
        # object.__setattr__, several times slower (one Reading per claim)
        _set_numerals(self, numerals)
        _set_values(self, values)


_set_numerals = Reading.__dict__["numerals"].__set__
_set_values = Reading.__dict__["values"].__set__


class _Seeds:
    """The next seed match at or after a position, from several patterns (see seed_scans)."""

    __slots__ = ("text", "patterns", "found")

    def __init__(self, text: str, patterns):
        self.text = text
        self.patterns = patterns
        self.found = [None] * len(patterns)

    def next(self, pos: int):
        best = None
        for i, pat in enumerate(self.patterns):
            m = self.found[i]
            if m is False:
                continue
            if m is None or m.start() < pos:
                m = pat.search(self.text, pos)
                self.found[i] = m if m is not None else False
                if m is None:
                    continue
            if best is None or m.start() < best.start():
                best = m
        return best


def _fused_starts(text: str, L: Language) -> list[int]:
    """Starts of the words that end like a fused fraction word (rare; usually none)."""
    scan = L.fused_scan_re
    if scan is None:
        return []
    out = []
    for m in scan.finditer(text):
        i = m.start()
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        if i < m.start():
            out.append(i)
    return out


def _numeral(c: Cand, claim: Claim | None) -> Reading:
    if claim is None:
        return Reading((), ())
    if c.high_value is None:
        if c.percent == "tenths":
            return Reading((c.value, claim.value), (claim.value,))   # 三成: 3 tenths, 30%
        if c.written is None:
            return Reading((c.value,), (claim.value,))
        return Reading((c.written, c.value), (claim.value,))
    mid = (c.value + c.high_value) / 2
    factor = claim.value / mid if mid else Decimal(1)
    ends = (c.value, c.high_value)
    return Reading(ends, tuple(v * factor for v in ends))


def _date_claim(text, s, e, v, h, is_range, L, doc, sentences) -> Claim:
    sent_start, sent = sentences.at(s)
    return Claim(doc=doc, lang=L.code, start=s, end=e, text=text[s:e], value=Decimal(v),
                 unit=None, kind="date", qualifier="range" if is_range else "exact",
                 low=Decimal(v), high=Decimal(h), subject="", sentence=sent,
                 sentence_start=sent_start)


def _span_word(text: str, c: Cand, L: Language) -> bool:
    """A qualifier word that, before a duration, says over which span ("over five years",
    the language's ``qualifiers.spans``), not "more than"."""
    spans = (L.raw.get("qualifiers") or {}).get("spans")
    if not spans or text[c.start:c.num_start].strip().casefold() not in spans:
        return False
    try:
        return conversion(c.unit_expr)[0] == "duration"     # a span of time
    except UnitError:
        return False


_MAX_DIGITS = 40      # significant digits a figure may have (the arithmetic keeps 50)


def _half_step(v: Decimal) -> Decimal:
    """Half a unit of the last digit written: 40 -> 0.5, 5.5 -> 0.05."""
    exp = v.as_tuple().exponent
    return Decimal(5).scaleb(exp - 1) if isinstance(exp, int) and exp < 0 else Decimal("0.5")


def _too_precise(value: Decimal) -> bool:
    return value.is_finite() and len(value.as_tuple().digits) > _MAX_DIGITS


_COLLECTIVE: dict[str, frozenset[str]] = {}
_WORD_RX = regex.compile(r"[\p{L}\p{M}]+")


def _collective(text: str, c: Cand, L: Language) -> bool:
    """Whether the number is written with a collective numeral of the language
    (``numerals.collective``: "vingtaine", "centenar", "dozen")."""
    words = _COLLECTIVE.get(L.code)
    if words is None:
        words = _COLLECTIVE[L.code] = frozenset(
            str(w).casefold() for w in L.raw["numerals"].get("collective") or ())
    return bool(words) and any(w.casefold() in words
                               for w in _WORD_RX.findall(text, c.num_start, c.num_end))


def _finish(text: str, c: Cand, L: Language, doc: str, sentences: Sentences,
            resolved: dict[str, str], currency_notes: dict[str, str]) -> Claim | None:
    if _too_precise(c.value) or (c.high_value is not None and _too_precise(c.high_value)):
        return None   # 0,4444... to 78 digits: no figure of the news, and past exact interval
    qual = c.qualifier
    if c.high_value is not None:
        low, _ = interval(c.value, c.exp, "exact")
        _, high = interval(c.high_value, c.high_exp, "exact")
        value = (c.value + c.high_value) / 2
    else:
        exp = c.exp
        if exp is not None and exp <= 0 and not c.scaled and c.counted \
                and c.value == c.value.to_integral_value():
            exp = None  # "28 accords" is exactly 28
        if qual == "exact" and c.source == "words" and _collective(text, c, L):
            qual = "about"   # "une vingtaine de départements": some 15 to 25
            low, high = interval(c.value, exp, qual, COLLECTIVE_MARGIN)
        else:
            low, high = interval(c.value, exp, qual)
        value = c.value
    notes: tuple[str, ...] = ()
    unit: str | None = None
    if c.currency:
        kind = "money"
        unit = c.currency
        if "|" in unit:
            if unit in currency_notes:
                notes = (currency_notes[unit],)
            if unit in resolved:
                unit = resolved[unit]
            else:
                notes = (f"ambiguous currency: {unit.replace('|', ' or ')}",)
        subject = c.subject or subject_before(text, c.start, L)
    elif c.percent:
        kind = "percent"
        unit = {"points": "percentage_point", "basis": "basis_point"}.get(c.percent, "percent")
        if c.percent == "tenths":
            value, low, high = value * 10, low * 10, high * 10
        if c.complement:     # 8割引: eight tenths off is a price at 20%
            value, low, high = 100 - value, 100 - high, 100 - low
        subject = c.subject or subject_after_percent(text, c, L)
    elif c.unit_expr:
        c = _per_clock(c)
        try:
            kind, unit, factor = conversion(c.unit_expr)
            extra = sum((v * conversion(expr)[2] for v, expr in c.extra_measures), Decimal(0))
        except UnitError:
            return None
        value, low, high = (round_si(value * factor + extra), round_si(low * factor + extra),
                            round_si(high * factor + extra))
        if c.extra_measures and qual == "exact" and c.high_value is None:
            # "3 hours 40 minutes" is precise to its last part, the minute: not 3 hours
            # give or take half an hour
            last, expr = c.extra_measures[-1]
            half = conversion(expr)[2] * _half_step(last)
            low, high = round_si(value - half), round_si(value + half)
        half = rounding_half(text, c, L) if kind != "temperature" else None
        if half is not None:     # "1,500 metres (4,900 feet)": converted and rounded
            low, high = round_si((c.value - half) * factor), round_si((c.value + half) * factor)
        subject = c.subject or subject_before(text, c.start, L)
    elif c.share and c.each:
        # "jeder dritte": a share of a whole, a percentage. (Fractions and "X in N" keep
        # their ratio, 0.333: as percentages they joined rows of other percentages and hid
        # slips there, devset20; and one form as a ratio beside the other as a percentage
        # split a row, devset19. numerals.each_nth is not set in any language for now.)
        kind, unit = "percent", "percent"
        value, low, high = _share_interval(c, value, low, high, qual)
        if (off := _complement_after(text, c.end, L)) is not None:
            # 四分の一の割引: a quarter off is a price at three quarters
            value, low, high, c.end = 100 - value, 100 - high, 100 - low, off
            c.complement = True        # (a price, no share)
        subject = c.subject or subject_after_percent(text, c, L)
    elif c.counted:
        kind = "count"
        subject = c.subject
    else:
        kind = "number"
        subject = ""
        if (end := multiple_end(text, c.end, L)) is not None:
            kind, c.end = "multiple", end       # "前年の約2倍", "2.1 times higher"
    if c.per_thing and unit is not None:
        unit, value, low, high = rate_unit(c, unit, value, low, high)
        kind = "rate"
    if c.reversed_range:
        notes += ("a range written with its larger end first",)
    sent_start, sent = sentences.at(c.start)
    record_qual = "under" if qual == "near" else qual
    return Claim(doc=doc, lang=L.code, start=c.start, end=c.end, text=text[c.start:c.end],
                 value=value, unit=unit, kind=kind, qualifier=record_qual, low=low, high=high,
                 subject=subject, sentence=sent, sentence_start=sent_start, notes=notes,
                 role=c.role or ("share" if c.share and kind == "percent" and not (
                     c.percent or c.unit_expr or c.currency or c.complement) else ""),
                 scope=c.scope)


_CLOCK = ("second", "minute", "hour")
_PARTICLE = regex.compile(r"\p{Hiragana}?")


def _complement_after(text: str, pos: int, L: Language) -> int | None:
    """Where a word of ``percent.complement`` (割引, "off") ends when it follows a share,
    after at most one particle (四分の一の割引); else None."""
    if not L.percent_complement:
        return None
    at = _PARTICLE.match(text, pos).end()
    for w in L.percent_complement:
        if text.startswith(w, at):
            return at + len(w)
    return None


_SHARE_REACH = Decimal("0.05")     # a share in words reaches half a tenth at most (2割)


def _share_interval(c: Cand, value: Decimal, low: Decimal, high: Decimal,
                    qual: str) -> tuple[Decimal, Decimal, Decimal]:
    """A share told in words, in percent: "two thirds" is 66.67 %, "four in ten" 40 %. Told
    exactly, it is rounded to its whole: half a part of it either side ("one in ten" is 5 to
    15 %, as 1割 is), but no more than 5 points ("two thirds" is 61.67 to 71.67 %); with a
    qualifier, the qualifier's interval ("more than two thirds": 66.67 % or more)."""
    hundred = Decimal(100)
    value = value * hundred
    value = value.to_integral_value() if value == value.to_integral_value() else \
        value.quantize(Decimal("0.01")).normalize()
    if qual == "exact":
        reach = min(Decimal(1) / (2 * c.share), _SHARE_REACH) * hundred
        return value, value - reach, value + reach
    return value, low * hundred if low.is_finite() else low, \
        high * hundred if high.is_finite() else high


def _per_clock(c: Cand) -> Cand:
    """A length per second, minute or hour is a speed, converted as "km/h" is (每秒62公尺,
    每小时120公里, "11.2 km per second"): the clock's units are fixed, unlike a year's."""
    if c.per_thing not in _CLOCK or c.per_count != 1 or c.extra_measures:
        return c
    expr = f"({c.unit_expr})/{c.per_thing}"
    try:
        kind = conversion(expr)[0]
    except UnitError:
        return c
    return replace(c, unit_expr=expr, per_thing=None) if kind == "speed" else c


def subject_after_percent(text: str, c: Cand, L: Language) -> str:
    """"20% of the electricity" -> "electricity"; "20%的用电量" -> "用电量"."""
    subj = subject_after(text, c.end, L, skip_leading=True)
    if subj:
        return subj
    return subject_before(text, c.start, L)
