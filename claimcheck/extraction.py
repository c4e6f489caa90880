"""Find every numeric claim in a text and normalise it to value, unit and interval.

The pipeline is the same for every language; all language knowledge comes from the data
file read by :mod:`claimcheck.langdata`:

1. mask identifiers, contact data and times (:mod:`masks`), and find dates (:mod:`dates`);
2. find number atoms: digits with separators, number words, CJK numerals;
3. around each atom, attach scale words, currency, unit or percent sign, and qualifiers;
4. join "X to Y" pairs into ranges;
5. classify (money, measure, percent, count, number, date), read the subject, and
   compute the interval from written precision and qualifier.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from .dates import find_dates
from .detect import detect_language
from .intervals import interval
from .langdata import Language, _fold, get_language, pow10
from .masks import find_masks
from .numerals import parse_cjk, parse_digits, parse_words
from .records import Claim
from .sentences import Sentences
from .subjects import subject_after, subject_before
from .units import UnitError, conversion

_WINDOW = 40  # how far back to look for a prefix (qualifier, currency, "between")


@dataclass(slots=True)
class _Cand:
    """A claim under construction (mutable; turned into a frozen Claim at the end)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    exp: int | None
    source: str
    scaled: bool = False
    scale: int = 0  # power of ten taken from a scale word ("billion" -> 9)
    currency: str | None = None
    unit_expr: str | None = None
    percent: str | None = None  # "percent", "points" or "tenths"
    qualifier: str = "exact"
    subject: str = ""
    counted: bool = False
    year_like: bool = False
    high_value: Decimal | None = None  # set for ranges
    high_exp: int | None = None


def _strip(s: str) -> str:
    return s.strip().strip("\u00a0")


def _attach_after(text: str, c: _Cand, lang: Language, prefix_currency: bool) -> None:
    """Attach what follows the number: scale, qualifier, currency, unit or percent."""
    pos = c.num_end
    if c.source == "digits" or c.source == "cjk":
        m = lang.scale_after_re.match(text, pos)
        if m:
            k = int(lang.scales.find(_strip(m.group())))
            c.value *= pow10(k)
            c.exp = (c.exp or 0) + k
            c.scaled = True
            c.scale = k
            pos = m.end()
    m = lang.qualifier_after_re.match(text, pos)
    if m:
        c.qualifier = lang.qualifiers_after.find(_strip(m.group()))
        pos = m.end()
    # a currency-only scale ("$5m", "5 M€") needs a currency before it or right after it
    m = lang.currency_scale_after_re.match(text, pos)
    if m and not c.scaled:
        after = lang.currency_after_re.match(text, m.end())
        if prefix_currency or after:
            k = int(lang.currency_scales.find(_strip(m.group())))
            c.value *= pow10(k)
            c.exp = (c.exp or 0) + k
            c.scaled = True
            c.scale = k
            pos = m.end()
    look = pos
    if c.scaled:
        j = lang.unit_joiner_re.match(text, pos)
        if j:
            look = j.end()
    m = lang.points_after_re.match(text, pos)
    if m:
        c.percent = "points"
        pos = m.end()
    else:
        m = lang.percent_after_re.match(text, pos)
        if m:
            c.percent = "percent"
            pos = m.end()
        elif (m := lang.tenths_after_re.match(text, pos)) and lang.percent["tenths"]:
            c.percent = "tenths"
            pos = m.end()
        else:
            m = lang.currency_after_re.match(text, look)
            if m:
                c.currency = lang.currencies.find(_strip(m.group()))
                pos = m.end()
            elif not prefix_currency:
                m = lang.unit_after_re.match(text, look)
                if m:
                    c.unit_expr = lang.units.find(_strip(m.group()))
                    pos = m.end()
    m = lang.qualifier_after_re.match(text, pos)
    if m and c.qualifier == "exact":
        c.qualifier = lang.qualifiers_after.find(_strip(m.group()))
        pos = m.end()
    c.end = pos


def _attach_before(text: str, c: _Cand, lang: Language) -> bool:
    """Attach currency, percent prefix and qualifier before the number.

    Returns whether a currency stood before the number."""
    left = c.num_start
    lo = max(0, left - _WINDOW)
    had_currency = False
    m = lang.currency_before_re.search(text, max(0, left - 16), left)
    if m:
        c.currency = lang.currencies.find(_strip(m.group()))
        left = m.start()
        had_currency = True
    m = lang.percent_before_re.search(text, lo, left) if lang.percent["prefix"] else None
    if m:
        c.percent = "percent"
        left = m.start()
    m = lang.qualifier_before_re.search(text, lo, left)
    if m:
        c.qualifier = lang.qualifiers_before.find(_strip(m.group()))
        left = m.start()
    c.start = left
    return had_currency


def _atom(text: str, m, lang: Language) -> _Cand | None:
    src = m.lastgroup
    raw = m.group()
    if src == "digits":
        parsed = parse_digits(raw, lang)
    elif src == "cjk":
        parsed = parse_cjk(raw, lang)
    else:
        parsed = parse_words(raw, lang)
    if parsed is None:
        return None
    if src != "digits" and _fold(raw) in lang.one_words:
        return None  # an article ("un", "a") alone is not a number
    value, exp = parsed
    c = _Cand(m.start(), m.end(), m.start(), m.end(), value, exp, src)
    c.year_like = (src == "digits" and raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2099)
    return c


def _is_standalone_ok(text: str, c: _Cand, lang: Language) -> bool:
    """Reject numbers glued to letters (5G, 3rd) and lone CJK numerals inside words (一带一路)."""
    nxt = text[c.end:c.end + 1]
    if c.source == "digits" and nxt and nxt.isalpha() and nxt.isascii() \
            and c.currency is None and c.unit_expr is None and c.percent is None and not c.scaled:
        return False
    if c.source == "cjk" and len(text[c.num_start:c.num_end]) == 1 and not (
            c.currency or c.unit_expr or c.percent or c.counted):
        return False
    if c.source == "cjk" and lang.scales.find(text[c.num_start]) is not None:
        return False  # starts with 万/亿: a word such as 万一, not a number
    return True


def _classify(text: str, c: _Cand, lang: Language) -> str:
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
        cls = _strip(m.group())
        c.subject = subject_after(text, m.end(), lang) or cls
        c.counted = True
        return "count"
    return "number"


def _try_range(text: str, a: _Cand, b: _Cand, lang: Language) -> _Cand | None:
    """Join "12 to 20 kilometers", "entre 12 y 20", "12至20公里" into one range claim."""
    gap = text[a.end:b.start]
    if len(gap) > 12 or b.qualifier != "exact" or a.qualifier != "exact":
        return None
    for open_re, join_re in lang.ranges:
        if not join_re.fullmatch(gap):
            continue
        start = a.start
        if open_re is not None:
            m = open_re.search(text, max(0, a.start - _WINDOW), a.start)
            if not m:
                continue
            start = m.start()
        # the first number borrows the second's scale, currency and unit ("12 to 20 km")
        low_v, low_e = a.value, a.exp
        if b.scaled and not a.scaled:
            low_v = a.value * pow10(b.scale)
            low_e = (a.exp or 0) + b.scale
        if (a.currency and b.currency and a.currency != b.currency) or \
                (a.unit_expr and b.unit_expr and a.unit_expr != b.unit_expr):
            return None
        if low_v >= b.value:
            return None
        return replace(b, start=start, num_start=a.num_start, value=low_v, exp=low_e,
                       high_value=b.value, high_exp=b.exp, qualifier="range",
                       currency=b.currency or a.currency, unit_expr=b.unit_expr or a.unit_expr,
                       percent=b.percent or a.percent, year_like=False)
    return None


def _resolve_currency(cands: list[_Cand], lang: Language) -> dict[str, str]:
    """Pick a currency for shared symbols (¥ = CNY or JPY) from the language or the document."""
    seen = {c.currency for c in cands if c.currency and "|" not in c.currency}
    out = {}
    for c in cands:
        if c.currency and "|" in c.currency and c.currency not in out:
            options = c.currency.split("|")
            in_doc = [o for o in options if o in seen]
            if len(in_doc) == 1:
                out[c.currency] = in_doc[0]
            elif c.currency in lang.currency_default:
                out[c.currency] = lang.currency_default[c.currency]
    return out


def extract(text: str, lang: str | None = None, doc: str = "") -> list[Claim]:
    """All numeric claims in ``text``, in order of appearance.

    ``lang`` is a language code (en, fr, es, zh, ...); when None it is detected.
    """
    code = lang or detect_language(text)
    L = get_language(code)
    with localcontext() as ctx:
        ctx.prec = 50
        return _extract(text, L, doc)


def _extract(text: str, L: Language, doc: str) -> list[Claim]:
    masks = find_masks(text)
    dates = find_dates(text, L)
    date_iter = iter(dates)
    next_date = next(date_iter, None)
    sentences = Sentences(text, L)
    cands: list[_Cand] = []
    date_cands: list[tuple[int, int, int, int, bool]] = []
    consumed = 0
    for m in L.atom_re.finditer(text):
        s, e = m.span()
        if s < consumed:
            continue
        while next_date is not None and next_date.end <= s:
            next_date = next(date_iter, None)
        if next_date is not None and next_date.start < e and s < next_date.end:
            continue
        if masks.hits(s, e):
            continue
        if L.numerals.get("ordinal_prefix") and L.ordinal_before_re.search(text, max(0, s - 4), s):
            continue
        if L.numerals.get("ordinal_suffix") and L.ordinal_after_re.match(text, e):
            continue
        c = _atom(text, m, L)
        if c is None:
            continue
        prefix_currency = _attach_before(text, c, L)
        _attach_after(text, c, L, prefix_currency)
        if masks.hits(c.num_start, c.end):
            continue
        kind = _classify(text, c, L)
        if not _is_standalone_ok(text, c, L):
            continue
        if c.year_like and kind in ("number", "count") and not (L.classifiers and c.counted):
            date_cands.append((c.num_start, c.num_end, int(c.value), int(c.value), False))
            consumed = c.num_end
            continue
        # join with the previous candidate into a range when the text says so
        if cands:
            joined = _try_range(text, cands[-1], c, L)
            if joined is not None:
                cands[-1] = joined
                consumed = joined.end
                continue
        cands.append(c)
        consumed = c.end
    resolved = _resolve_currency(cands, L)
    claims = [_finish(text, c, L, doc, sentences, resolved) for c in cands]
    claims = [c for c in claims if c is not None]
    for d in dates:
        claims.append(_date_claim(text, d.start, d.end, d.value, d.high, d.is_range, L, doc, sentences))
    for s, e, v, h, r in date_cands:
        claims.append(_date_claim(text, s, e, v, h, r, L, doc, sentences))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _date_claim(text, s, e, v, h, is_range, L, doc, sentences) -> Claim:
    sent_start, sent = sentences.at(s)
    return Claim(doc=doc, lang=L.code, start=s, end=e, text=text[s:e], value=Decimal(v),
                 unit=None, kind="date", qualifier="range" if is_range else "exact",
                 low=Decimal(v), high=Decimal(h), subject="", sentence=sent,
                 sentence_start=sent_start)


def _finish(text: str, c: _Cand, L: Language, doc: str, sentences: Sentences,
            resolved: dict[str, str]) -> Claim | None:
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
        low, high = interval(c.value, exp, qual)
        value = c.value
    notes: tuple[str, ...] = ()
    unit: str | None = None
    kind: str
    if c.currency:
        kind = "money"
        unit = c.currency
        if "|" in unit:
            if unit in resolved:
                unit = resolved[unit]
            else:
                notes = (f"ambiguous currency: {unit.replace('|', ' or ')}",)
        subject = c.subject or subject_before(text, c.start, L)
    elif c.percent:
        kind = "percent"
        unit = "percentage_point" if c.percent == "points" else "percent"
        if c.percent == "tenths":
            value, low, high = value * 10, low * 10, high * 10
        subject = c.subject or subject_after_percent(text, c, L)
    elif c.unit_expr:
        try:
            kind, unit, factor = conversion(c.unit_expr)
        except UnitError:
            return None
        value, low, high = value * factor, low * factor, high * factor
        subject = c.subject or subject_before(text, c.start, L)
    elif c.counted:
        kind = "count"
        subject = c.subject
    else:
        kind = "number"
        subject = ""
    sent_start, sent = sentences.at(c.start)
    record_qual = "under" if qual == "near" else qual
    return Claim(doc=doc, lang=L.code, start=c.start, end=c.end, text=text[c.start:c.end],
                 value=value, unit=unit, kind=kind, qualifier=record_qual, low=low, high=high,
                 subject=subject, sentence=sent, sentence_start=sent_start, notes=notes)


def subject_after_percent(text: str, c: _Cand, L: Language) -> str:
    """"20% of the electricity" -> "electricity"; "20%的用电量" -> "用电量"."""
    subj = subject_after(text, c.end, L, skip_leading=True)
    if subj:
        return subj
    return subject_before(text, c.start, L)
