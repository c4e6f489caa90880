"""A conversion in brackets judged by the currencies' values of the story's own years.

The bands since 2010 let the euro be worth 0.95 to 1.54 dollars, so "€3.8 million ($5.4
million)" passed, though no day since 2023 priced a euro at 1.42 dollars. A story that
names a recent year is judged by the recent years' bands (``recent`` in
``rules/currency_bands.yaml``), widened by their margin; a story that names none keeps the
wide bands."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from claimcheck.records import Claim
from claimcheck.stories.currency_bands import Bands, BandsError, default_bands, story_years
from claimcheck.stories.rates import Conversion, band_outliers
from story_helpers import check, flags

BIKES_IT = """Bici condivise, a Vellara 6,4 milioni di corse nel {year}

Il Comune di Vellara verserà al gestore un contributo di 3,8 milioni di euro l'anno per il
servizio di bici condivise, che nel {year} ha registrato 6,4 milioni di corse.
"""
BIKES_EN = """Vellara's shared bikes clock 6.4 million rides

The city of Vellara will pay the operator a subsidy of €3.8 million (${usd} million) a year
for its bike-sharing scheme, which logged 6.4 million rides in {year}.
"""


def _bikes(usd: str, year: str = "2025"):
    return {"it.txt": BIKES_IT.format(year=year), "en.txt": BIKES_EN.format(usd=usd, year=year)}


def _conversion_flag(found, text: str):
    return next((f for f in flags(found) if any(c.text == text for c in f.claims)
                 and f.message.startswith("conversion")), None)


def test_a_conversion_a_quarter_off_in_a_recent_story_is_flagged():
    _, found = check(_bikes("5.4"))
    f = _conversion_flag(found, "$5.4 million")
    assert f is not None and f.severity == "warning"
    assert "in 2023-2025" in f.message and "1.42 USD per EUR" in f.message


def test_the_same_conversion_at_the_days_rate_agrees():
    _, found = check(_bikes("4.4"))
    assert _conversion_flag(found, "$4.4 million") is None


def test_a_story_naming_no_recent_year_keeps_the_wide_bands():
    # 1.42 dollars a euro was a rate of 2011 or 2014: with no year of the recent bands named,
    # the story may be that old
    _, found = check(_bikes("5.4", year="2011"))
    assert _conversion_flag(found, "$5.4 million") is None


CARGO_ZH = """货轮遇风暴落水集装箱增至862个

据船东介绍，落水集装箱所载货物价值约2.1亿美元（约合人民币{cny}亿元），事故发生于2027年3月。
"""
CARGO_EN = """Boxes lost overboard rise to 862

The cargo in the lost containers was worth about $210 million, the owner said in March 2027.
"""


def test_a_yuan_conversion_at_ten_to_the_dollar_is_flagged():
    _, found = check({"zh.txt": CARGO_ZH.format(cny="21"), "en.txt": CARGO_EN})
    f = _conversion_flag(found, "人民币21亿元")
    assert f is not None and "CNY per USD" in f.message
    _, found = check({"zh.txt": CARGO_ZH.format(cny="15"), "en.txt": CARGO_EN})
    assert _conversion_flag(found, "人民币15亿元") is None


def _date(doc: str, text: str, value: str) -> Claim:
    v = Decimal(value)
    return Claim(doc=doc, lang="en", start=0, end=len(text), text=text, value=v, unit=None,
                 kind="date", qualifier="exact", low=v, high=v)


def test_story_years_reads_years_and_dates():
    claims = {"a": (_date("a", "2024", "2024"), _date("a", "3 March 2025", "20250303")),
              "b": (_date("b", "2024年3月", "202403"),)}
    assert story_years(claims) == {2024, 2025}
    assert default_bands().for_years({1998, 2024}).years_text() == "in 2023-2025"
    assert default_bands().for_years({2019}).years_text() == "since 2010"
    assert default_bands().for_years(set()) is default_bands()


def test_every_recent_band_lies_within_its_wide_band():
    wide = default_bands()
    for code, (low, high) in wide.recent.bands.items():
        assert wide.bands[code][0] <= low <= high <= wide.bands[code][1]


@pytest.mark.parametrize("recent, problem", [
    ("  since: 2023\n  until: 2025\n  margin: 1.15\n  bands:\n    JPY: [70, 162]\n",
     "within its band since 2010"),
    ("  since: 2023\n  until: 2025\n  margin: 5\n  bands:\n    JPY: [126, 162]\n",
     "'margin' must be a factor"),
    ("  since: 2025\n  until: 2023\n  margin: 1.1\n  bands:\n    JPY: [126, 162]\n",
     "run forwards"),
    ("  since: 2023\n  margin: 1.1\n  bands:\n    JPY: [126, 162]\n", "exactly the keys"),
])
def test_a_bad_recent_block_names_the_file_and_line(tmp_path, recent, problem):
    path = tmp_path / "bands.yaml"
    path.write_text("since: 2010\nbands:\n  USD: [1, 1]\n  JPY: [75, 162]\nrecent:\n" + recent,
                    encoding="utf-8")
    with pytest.raises(BandsError) as exc:
        Bands.load(path)
    assert str(exc.value).startswith(f"{path}:") and problem in str(exc.value)
    assert int(str(exc.value).split(":")[1]) >= 5       # a line of the recent block


def _money(doc: str, start: int, text: str, value: Decimal, unit: str) -> Claim:
    return Claim(doc=doc, lang="en", start=start, end=start + len(text), text=text,
                 value=value, unit=unit, kind="money", qualifier="exact", low=value, high=value)


@settings(max_examples=200, deadline=None)
@given(pair=st.sampled_from(sorted(default_bands().recent.bands)),
       other=st.sampled_from(sorted(default_bands().recent.bands)),
       where=st.fractions(min_value=0, max_value=1),
       amount=st.integers(min_value=1, max_value=10 ** 9))
def test_a_rate_within_the_recent_bands_is_never_an_outlier(pair, other, where, amount):
    """Any rate the recent bands allow, at any amount, passes (and the wide bands, which
    hold the recent ones, allow it too)."""
    if pair == other:
        return
    bands = default_bands().recent
    low, high = bands.rate_range(pair, other)
    rate = low + (high - low) * Decimal(where.numerator) / Decimal(where.denominator)
    a = _money("d", 0, "x", Decimal(amount), pair)
    b = _money("d", 5, "y", Decimal(amount) * rate, other)
    first, second = sorted((pair, other))
    r = rate if pair == first else 1 / rate
    conv = Conversion(a, b, (first, second), r, r, r)
    assert band_outliers([conv], bands) == []
    assert band_outliers([conv], default_bands()) == []
