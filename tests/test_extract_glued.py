"""A currency code or symbol glued to a number, and letters glued to digits.

The issue's failures, one wrong value each: "USD7.25" read as 25, "USD48.3 billion" as 3,
"RMB52.7 billion" as 7, "GBP4,09" as 9, "$A31,204,550" as 204 and 550. A glued code the
engine knows gives the whole amount; letters it does not know give no claim at all. The
property: no claim's value is built from part of a longer run of digits and separators.
"""
from __future__ import annotations

from decimal import Decimal as D

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "The dividend is USD7.25 a share.", D("7.25"), "USD/share"),
    ("en", "Kestrel booked USD48.3 billion in sales.", D("48300000000"), "USD"),
    ("en", "Revenue rose 14.2% to RMB52.7 billion.", D("52700000000"), "CNY"),
    ("en", "Revenue rose 14.2% to RMB52.7bn.", D("52700000000"), "CNY"),
    ("en", "Net profit was RMB61.9bln.", D("61900000000"), "CNY"),
    ("en", "It was promised EUR7.2m in grants.", D("7200000"), "EUR"),
    ("en", "Shares closed at RM2.70 on Friday.", D("2.70"), "MYR"),
    ("en", "The deal values it at A$1.2bn.", D("1200000000"), "AUD"),
    ("en", "It will raise HK$3.5 billion.", D("3500000000"), "HKD"),
    ("en", "It paid $A31,204,550 in stamp duty.", D("31204550"), "AUD"),
    ("en", "The card costs USD4800 in all.", D("4800"), "USD"),
    ("en", "Fares rose to NT$1,200.", D("1200"), "TWD"),
    ("en", "Sales reached S$186.4 million.", D("186400000"), "SGD"),
    ("de", "Das Kursziel stieg auf GBP4,09.", D("4.09"), "GBP"),
    ("de", "Der Umsatz lag bei CHF 109,2 Mio.", D("109200000"), "CHF"),
    ("pt-BR", "A ação fechou a R$11,37.", D("11.37"), "BRL"),
    ("en-IN", "Shares ended at ₹642.35 on Tuesday.", D("642.35"), "INR"),
    ("en-IN", "A dividend of Rs. 7.50 was declared.", D("7.50"), "INR"),
])
def test_glued_codes_and_symbols_give_the_whole_amount(lang, text, value, unit):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.kind in ("money", "rate")]
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The part number is ABC48.3 in the catalogue.",
    "See model XQ52.7 for details.",
    "Route code ZZ4,09 applies.",
    "The lens EF75-300mm is sold out.",
])
def test_letters_glued_to_digits_give_no_part_of_the_number(text):
    for c in claimcheck.extract(text, "en"):
        assert not _inside_run(text, c), c


def test_the_glued_word_codes_count_only_glued():
    # "ALL" is the Albanian lek's code, but "ALL 5 MEMBERS" is a headline in capitals
    assert [c.unit for c in claimcheck.extract("ALL 5 MEMBERS VOTED", "en")
            if c.kind == "money"] == []
    (c,) = claimcheck.extract("The fee was ALL5000 in cash.", "en")
    assert (c.value, c.unit) == (D(5000), "ALL")


def test_a_grouping_the_language_does_not_use_gives_no_claim_from_its_parts():
    # Indian grouping in plain English: no "1", "00" and "000"; since it has no Western
    # reading, it is one lakh in English as in en-IN (numerals.inner_group)
    for lang in ("en", "en-IN"):
        (c,) = claimcheck.extract("Families below ₹1,00,000 qualify.", lang)
        assert (c.value, c.unit) == (D(100000), "INR")
    # in French, where the comma is a decimal mark, it gives nothing
    assert claimcheck.extract("Les familles sous 1,00,000 roupies.", "fr") == []


# -------------------------------------------------------------------- the property

# digits with the marks that join a number's parts: points, commas, and apostrophes before
# three digits ("1'250'000"); "5'2" (feet and inches) is two numbers
_RUN = regex.compile(r"\d+(?:(?:[.,]|['’](?=\d{3}(?!\d)))\d+)*")


def _inside_run(text: str, claim) -> bool:
    """Whether the claim's digits start or end strictly inside a longer run of digits and
    separators: a value built from part of a number."""
    digits = [m.span() for m in regex.finditer(r"\d", claim.text)]
    if not digits:
        return False
    first, last = claim.start + digits[0][0], claim.start + digits[-1][1]
    for m in _RUN.finditer(text):
        s, e = m.span()
        if s < last and first < e and (first > s or last < e):
            return True
    return False


codes = st.sampled_from(["USD", "RMB", "EUR", "GBP", "CHF", "JPY", "AUD", "HKD", "RM", "Rs",
                         "$A", "A$", "HK$", "US$", "S$", "NT$", "R$", "₹", "€", "£"])
letters = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1,
                  max_size=4)


@st.composite
def numbers(draw) -> str:
    whole = draw(st.integers(min_value=1, max_value=999_999_999))
    grouped = draw(st.booleans())
    body = f"{whole:,}" if grouped else str(whole)
    if draw(st.booleans()):
        body += "." + str(draw(st.integers(min_value=0, max_value=99))).zfill(2)
    mark = draw(st.sampled_from(["", "", " billion", "bn", " million", "m"]))
    return body + mark


@SETTINGS
@given(st.one_of(codes, letters), numbers(), st.sampled_from(["en", "de", "fr", "es", "it", "zh"]))
def test_no_claim_is_built_from_part_of_a_longer_digit_run(prefix, number, lang):
    text = f"The figure was {prefix}{number} last year."
    for c in claimcheck.extract(text, lang):
        assert not _inside_run(text, c), (text, c.text, c.value)


@SETTINGS
@given(codes, numbers())
def test_a_known_glued_code_reads_the_whole_number(code, number):
    text = f"The figure was {code}{number} last year."
    money = [c for c in claimcheck.extract(text, "en") if c.kind == "money"]
    digits = _RUN.search(number).group()
    expected = D(digits.replace(",", ""))
    assert len(money) == 1, (text, money)
    scale = {" billion": 9, "bn": 9, " million": 6, "m": 6}.get(number[len(digits):], 0)
    assert money[0].value == expected.scaleb(scale), (text, money[0].value)
