"""compare.compare: interval agreement, exact differences, and error-pattern names."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.records import Claim
from claimcheck.stories.compare import (
    compare,
    format_percent,
    format_quantity,
    overlap,
    rel_difference,
    scale_apart,
    transposed_digits,
)

INF = D("Infinity")


def claim(text: str, value, unit=None, kind="money", low=None, high=None,
          qualifier="exact", doc="d") -> Claim:
    value = D(str(value))
    return Claim(doc=doc, lang="en", start=0, end=len(text), text=text, value=value, unit=unit,
                 kind=kind, qualifier=qualifier,
                 low=value if low is None else D(str(low)),
                 high=value if high is None else D(str(high)))


# the seeds: 21.75 billion (written to 0.01 billion) against 204.5亿 (to 0.1亿)
EN = claim("RMB 21.75 billion", 21750000000, "CNY", low=21745000000, high=21755000000)
ZH = claim("204.5亿元", 20450000000, "CNY", low=20445000000, high=20455000000)
OVER = claim("超200亿元", 20000000000, "CNY", low=20000000000, high=INF, qualifier="over")


def test_seed_investment_difference_is_exact():
    c = compare(EN, ZH)
    assert not c.agree
    assert c.abs_diff == D("1300000000")
    assert c.rel_diff.quantize(D("0.0001")) == D("0.0598")  # of the larger, 21.75 billion
    assert "differ by 1.3 billion yuan (about 6%)" in c.explanation
    assert c.pattern is None


def test_over_agrees_with_both_and_notes_the_qualifier():
    for other in (EN, ZH):
        c = compare(OVER, other)
        assert c.agree
        assert c.pattern == "dropped qualifier"
        assert c.explanation.startswith("'超200亿元' and") and "note:" in c.explanation


def test_billion_against_billon_is_a_scale_slip():
    en = claim("€1.3 billion", 1300000000, "EUR")
    es = claim("1,3 billones de euros", 1300000000000, "EUR")
    c = compare(en, es)
    assert (c.agree, c.pattern) == (False, "scale slip")
    assert "billón" in c.explanation and "10^12" in c.explanation


def test_wan_against_yi_is_a_scale_slip():
    a = claim("1.2万欧元", 12000, "EUR")
    b = claim("1.2亿欧元", 120000000, "EUR")
    c = compare(a, b)
    assert c.pattern == "scale slip" and "万 (10^4) against 亿 (10^8)" in c.explanation


def test_x10_slip_without_separator():
    c = compare(claim("80", 80, None, "count"), claim("800", 800, None, "count"))
    assert (c.pattern, c.abs_diff) == ("scale slip", D(720))
    assert "x10 apart" in c.explanation


def test_misread_decimal_comma():
    en = claim("2,300 tonnes", 2300000, "kg", "mass")
    fr = claim("2,3 tonnes", 2300, "kg", "mass")
    zh = claim("2300吨", 2300000, "kg", "mass")
    es = claim("2.300 toneladas", 2300000, "kg", "mass")
    for other in (en, zh, es):
        assert compare(other, fr).pattern == "misread decimal comma"
        assert compare(fr, other).pattern == "misread decimal comma"


def test_same_numeral_with_another_scale_word_is_a_scale_slip():
    a = claim("1,2 milliard d'euros", 1200000000, "EUR")
    b = claim("1,2 million d'euros", 1200000, "EUR")
    assert compare(a, b).pattern == "scale slip"
    fr = claim("1,3 milliard d'euros", 1300000000, "EUR")
    es = claim("1,3 billones de euros", 1300000000000, "EUR")
    assert compare(fr, es).pattern == "scale slip" and "billón" in compare(fr, es).explanation


def test_transposed_digits():
    assert compare(claim("95", 95, None, "count"), claim("59", 59, None, "count")).pattern == \
        "transposed digits"
    assert compare(claim("3.5%", "3.5", "percent", "percent"),
                   claim("5,3 %", "5.3", "percent", "percent")).pattern == "transposed digits"
    assert not transposed_digits(D(95), D(9.5))   # different magnitude
    assert not transposed_digits(D(123), D(321))  # not neighbours


def test_wrong_currency_and_unit_mismatch_are_not_measured():
    c = compare(claim("$2.3 billion", 2300000000, "USD"), claim("2,3 milliards d'euros",
                                                                2300000000, "EUR"))
    assert (c.agree, c.pattern, c.abs_diff, c.rel_diff) == (False, "wrong currency", None, None)
    c = compare(claim("78 km²", 78000000, "m**2", "area"), claim("78 km", 78000, "m", "length"))
    assert (c.agree, c.pattern) == (False, "unit mismatch")


def test_bare_scaled_number_compares_with_money():
    headline = claim("逾200亿", 20000000000, None, "number", high=INF, qualifier="over")
    assert compare(headline, ZH).agree


def test_about_interval_overlap():
    a = claim("about 700,000", 700000, None, "count", 630000, 770000, "about")
    b = claim("70万", 700000, None, "count", 695000, 705000)
    assert overlap(a, b) and compare(a, b).agree


def test_formatting():
    assert format_quantity(D("1300000000"), "CNY") == "1.3 billion yuan"
    assert format_quantity(D("36900000"), "m**2", "area") == "36.9 km²"
    assert format_quantity(D("450000000"), "EUR") == "450 million euros"
    assert format_quantity(D(18), "percent") == "18 percentage points"
    assert format_percent(D("0.0598")) == "about 6%"
    assert format_percent(D("0.004")) == "about 0.4%"


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=12))
def test_scale_apart_finds_every_power_of_ten(n, k):
    assert scale_apart(D(n), D(n) * D(10) ** k) == k
    assert scale_apart(D(n) * 3, D(n) * 7) is None


@given(st.decimals(min_value=1, max_value=10**12, places=2),
       st.decimals(min_value=1, max_value=10**12, places=2))
def test_difference_is_symmetric_and_bounded(x, y):
    a, b = claim("a", x), claim("b", y)
    ab, ba = compare(a, b), compare(b, a)
    assert (ab.agree, ab.abs_diff, ab.rel_diff) == (ba.agree, ba.abs_diff, ba.rel_diff)
    assert ab.abs_diff == abs(x - y)
    assert D(0) <= rel_difference(a, b) <= D(1)
    assert ab.agree == (x == y)


@pytest.mark.parametrize("kind", ["date"])
def test_dates_only_compare_with_dates(kind):
    date = claim("2020-11-19", 20201119, None, kind)
    assert compare(date, claim("20201119", 20201119, None, "count")).pattern == "unit mismatch"


# ---------------------------------------------------------------- rounded figures
from claimcheck.stories.compare import rounded_alike, scale_apart_rounded  # noqa: E402


def test_a_rounded_figure_a_power_of_ten_apart_is_a_scale_slip():
    # "984,3 Billionen Yuan" (a German false friend) against 9842億6000万元
    assert scale_apart_rounded(D("984.3e12"), D("984.26e9")) == 3
    # "48,3 biliões" against "48,310 millones"
    assert scale_apart_rounded(D("48.3e12"), D("48.31e9")) == 3


def test_rounding_that_changes_a_figure_much_is_no_rounding():
    assert scale_apart_rounded(D("12"), D("124")) is None        # 124 is not 120
    assert rounded_alike(D("5"), D("5.4")) is None                # one digit rounds anything
    assert rounded_alike(D("3.11e9"), D("2.107e9")) == (D("3.11e9"), D("2.11e9"))


@given(st.integers(min_value=10, max_value=99_999), st.integers(min_value=1, max_value=9))
def test_rounded_alike_keeps_the_coarser_figure(n, k):
    coarse = D(n)
    fine = coarse + D(k) / 1000          # more digits, within rounding of the coarse figure
    pair = rounded_alike(coarse, fine)
    assert pair is None or pair[0] == coarse
    if pair is not None:
        assert abs(pair[1] - fine) <= fine * D("0.005")


def test_a_difference_of_durations_reads_in_the_largest_unit_that_fits():
    from claimcheck.stories.compare import format_quantity

    month = D(2629800)       # a twelfth of a year of 365.25 days, as "41 months" is stored
    assert format_quantity(10 * month, "s", "duration") == "10 months"
    assert format_quantity(D(900), "s", "duration") == "15 minutes"
    assert format_quantity(D(129600), "s", "duration") == "1.5 days"
