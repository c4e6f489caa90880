"""Properties of extraction, checked on generated text with hypothesis.

* An amount rendered in a language's own conventions (its grouping and decimal marks,
  a scale word, a currency before or after) reads back as the same exact value.
* Extraction never raises, whatever the text.
* Every claim's offsets slice the text back to the claim's surface.
"""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Per language: grouping marks, the decimal mark, scale words (power of ten), and
# currency renderings ("{n}" is the number) with the ISO code they must give.
CONVENTIONS = {
    "en": {"groups": [",", " ", "\u00a0", "\u202f", "'"], "decimal": ".",
           "scales": {"": 0, " thousand": 3, " million": 6, " billion": 9, "bn": 9, " trillion": 12},
           "money": [("${n}", "USD"), ("US${n}", "USD"), ("{n} dollars", "USD"), ("€{n}", "EUR"),
                     ("£{n}", "GBP"), ("RMB {n}", "CNY"), ("{n} yuan", "CNY"), ("{n} yen", "JPY")]},
    "fr": {"groups": [" ", "\u00a0", "\u202f", ".", "'"], "decimal": ",",
           "scales": {"": 0, " millions de": 6, " milliards de": 9, " billions de": 12},
           "money": [("{n} €", "EUR"), ("{n} euros", "EUR"), ("{n} dollars", "USD"),
                     ("{n} yuans", "CNY"), ("{n} $", "USD")]},
    "es": {"groups": [".", " ", "\u00a0", "\u202f", "'"], "decimal": ",",
           "scales": {"": 0, " millones de": 6, " mil millones de": 9, " billones de": 12},
           "money": [("{n} euros", "EUR"), ("{n} dólares", "USD"), ("US$ {n}", "USD"),
                     ("{n} yuanes", "CNY"), ("{n} €", "EUR")]},
    "zh": {"groups": [","], "decimal": ".",
           "scales": {"": 0, "万": 4, "亿": 8, "万亿": 12},
           "money": [("{n}元", "CNY"), ("{n}美元", "USD"), ("{n}欧元", "EUR"), ("￥{n}", "CNY"),
                     ("人民币{n}元", "CNY")]},
}
FRAME = {"en": "The total was {} last year.", "fr": "Le total était de {} l'an dernier.",
         "es": "El total fue de {} el año pasado.", "zh": "去年总额为{}。"}


def group_digits(digits: str, mark: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return mark.join(parts)


@st.composite
def rendered_amounts(draw, lang: str):
    conv = CONVENTIONS[lang]
    whole = draw(st.integers(min_value=1, max_value=999_999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "75", "125"]))
    mark = draw(st.sampled_from(conv["groups"]))
    grouped = draw(st.booleans()) or whole >= 1_000_000
    digits = group_digits(str(whole), mark) if grouped else str(whole)
    number = digits + (conv["decimal"] + decimals if decimals else "")
    pattern, iso = draw(st.sampled_from(conv["money"]))
    scale_word, power = draw(st.sampled_from(sorted(conv["scales"].items())))
    if power and lang != "zh" and not pattern.startswith("{n}"):
        scale_word, power = "", 0       # a scale word then a currency sign ("$5 millions de")
    value = Decimal(f"{whole}.{decimals}" if decimals else str(whole)).scaleb(power)
    surface = pattern.format(n=number + scale_word)
    return FRAME[lang].format(surface), value, iso


def _check(text: str, lang: str, value: Decimal, iso: str) -> None:
    money = [c for c in claimcheck.extract(text, lang) if c.kind == "money"]
    assert len(money) == 1, (text, money)
    assert money[0].value == value, (text, money[0])
    assert money[0].unit == iso, (text, money[0])


@SETTINGS
@given(rendered_amounts("en"))
def test_english_amounts_read_back(case):
    _check(case[0], "en", case[1], case[2])


@SETTINGS
@given(rendered_amounts("fr"))
def test_french_amounts_read_back(case):
    _check(case[0], "fr", case[1], case[2])


@SETTINGS
@given(rendered_amounts("es"))
def test_spanish_amounts_read_back(case):
    _check(case[0], "es", case[1], case[2])


@SETTINGS
@given(rendered_amounts("zh"))
def test_chinese_amounts_read_back(case):
    _check(case[0], "zh", case[1], case[2])


# text that looks like news: letters of four scripts, digits of several kinds, number
# punctuation, currency signs, CJK numerals and units, spacing of every kind
ALPHABET = st.sampled_from(list(
    "abcdefghijklmnopqrstuvwxyz ABCXYZ éèàçñü 0123456789０１２ ٣ .,'’-–/:%％$€£¥￥₿ "
    "\u00a0\u202f\t\n()[]+@#^½¾ 一二三四五六七八九十百千万亿零两壹贰点分之又负余多几半个项元"
    "美元平方公里年月日第超逾约近成折"))
WORDS = st.sampled_from(["one", "hundred", "and", "a half", "thousand", "million", "billion",
                         "minus", "point", "over", "out of", "dozen", "quarter", "vingt",
                         "quatre-vingt", "et", "un", "mille", "cent", "milliards", "cinquièmes",
                         "treinta", "y", "mil", "millones", "medio", "veintiunavos", "con",
                         "km2", "tons", "per cent", "percentage points", "USD", "RMB"])
TEXT = st.lists(st.one_of(st.text(ALPHABET, max_size=12), WORDS), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["en", "fr", "es", "zh"]))
def test_extraction_never_raises_and_offsets_slice_back(text, lang):
    claims = claimcheck.extract(text, lang)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text, c
        assert c.low <= c.high, c
        assert c.kind in ("money", "area", "length", "mass", "volume", "energy", "power",
                          "duration", "percent", "count", "number", "date"), c


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_text(text):
    for c in claimcheck.extract(text):      # language detected
        assert text[c.start:c.end] == c.text


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=120), st.sampled_from(["fr", "en", "de", "zh"]))
def test_a_figure_of_any_length_keeps_its_value_inside_its_interval(n, lang):
    # found by fuzzing: ",4444…" to 78 digits gave a value outside its rounded interval
    mark = "." if lang in ("en", "zh") else ","
    for text in (f"Le taux atteint 0{mark}{'4' * n} points.", f"Le taux : {mark}{'4' * n} %.",
                 f"Total: {'7' * n} units."):
        for c in claimcheck.extract(text, lang=lang):
            if c.qualifier in ("exact", "about") and c.kind != "date":
                assert c.low <= c.value <= c.high, (text, c)
