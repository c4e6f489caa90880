"""English extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck

INF = D("Infinity")


one = one_for("en")  # the single claim of a text (of a kind if given)


def vu(text: str) -> list[tuple]:
    return [(c.text, c.value, c.unit, c.kind, c.qualifier) for c in claimcheck.extract(text, "en")]


@pytest.mark.parametrize("text,value", [
    ("The city has 1,234,567 residents.", D(1234567)),
    ("The city has 1 234 567 residents.", D(1234567)),          # no-break spaces
    ("The city has 1\u202f234\u202f567 residents.", D(1234567)),  # narrow no-break spaces
    ("The city has 1'234'567 residents.", D(1234567)),          # Swiss apostrophe
    ("The city has 1,234 residents.", D(1234)),                 # 1,234 groups in English
    ("The rate was 0.683 on average.", D("0.683")),
    ("Sales were 21,75 units on average.", D("21.75")),         # a comma that cannot group
    ("It grew by .5 on average.", D("0.5")),
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value,unit", [
    ("The deal is worth $5m.", D(5_000_000), "USD"),
    ("The deal is worth $40k.", D(40_000), "USD"),
    ("Exports hit €2bn.", D(2_000_000_000), "EUR"),
    ("It holds 5 mn tonnes.", D(5_000_000_000), "kg"),
    ("Debt reached 3 tn yen.", D(3 * 10 ** 12), "JPY"),
    ("They lost 75 USD million.", D(75_000_000), "USD"),
    ("RMB 21.75 billion was invested.", D(21_750_000_000), "CNY"),
    ("The fund raised 1.5k.", D(1500), None),
])
def test_scale_words_and_abbreviations(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_precision_interval_from_written_digits():
    c = one("RMB 21.75 billion was invested.")
    assert (c.low, c.high) == (D(21_745_000_000), D(21_755_000_000))


@pytest.mark.parametrize("text,value", [
    ("nine proposals", D(9)),
    ("twenty-eight agreements", D(28)),
    ("one hundred and six guests", D(106)),
    ("three thousand two hundred people", D(3200)),
    ("five and a half million fish", D(5_500_000)),
    ("two thirds of a million", D(2_000_000) / D(3)),
    ("half a dozen eggs", D(6)),
    ("three quarters of the staff", D("0.75")),
    ("one out of three voters", D(1) / D(3)),
    ("minus five", D(-5)),
    ("nine point nought four", D("9.04")),
    ("three lakh crore", D(3 * 10 ** 12)),
])
def test_number_words(text, value):
    assert claimcheck.extract(text, "en")[0].value == value


@pytest.mark.parametrize("text,value", [("3/4 of them", D("0.75")), ("2 1/4 miles", None),
                                        ("½ of them", D("0.5")), ("-4/5", D("-0.8")),
                                        ("1.3e6 cells", D(1_300_000)), ("-12e-1", D("-1.2"))])
def test_digit_fractions_signs_exponents(text, value):
    c = claimcheck.extract(text, "en")[0]
    if value is None:       # 2 1/4 miles: a length of 2.25 miles
        assert c.value == D("2.25") * D("1609.344") and c.unit == "m"
    else:
        assert c.value == value


@pytest.mark.parametrize("text,iso", [
    ("It cost $20.", "USD"), ("It cost US$20.", "USD"), ("It cost HK$20.", "HKD"),
    ("It cost €20.", "EUR"), ("It cost £20.", "GBP"), ("It cost 20 yuan.", "CNY"),
    ("It cost RMB 20.", "CNY"), ("It cost 20 yen.", "JPY"), ("It cost 20 Swiss francs.", "CHF"),
    ("It cost 20 rupees.", "INR"), ("It cost C$ 20.", "CAD"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


@pytest.mark.parametrize("text,value,iso", [
    ("It costs me c $ 100 and fifty.", D("100.50"), "CAD"),
    ("He paid $ 15 and 15.", D("15.15"), "USD"),
    ("It costs 3 dollars 50 cents.", D("3.50"), "USD"),
])
def test_money_compounds_read_the_smaller_part(text, value, iso):
    c = one(text, "money")
    assert (c.value, c.unit) == (value, iso)


def test_yen_sign_is_ambiguous_alone():
    c = one("It sold for ¥500 last year.")
    assert c.unit == "CNY|JPY" and c.notes == ("ambiguous currency: CNY or JPY",)


@pytest.mark.parametrize("text,iso", [
    ("It sold for ¥500, or 35 yuan at today's rate.", "CNY"),
    ("Tokyo prices: ¥500 per bowl, 300 yen for tea.", "JPY"),
])
def test_yen_sign_resolved_from_the_document(text, iso):
    assert claimcheck.extract(text, "en")[0].unit == iso


@pytest.mark.parametrize("text,value,unit,kind", [
    ("The zone covers 36.9 square kilometers.", D(36_900_000), "m**2", "area"),
    ("The zone covers 36.9 km2.", D(36_900_000), "m**2", "area"),
    ("The zone covers 36.9 km².", D(36_900_000), "m**2", "area"),
    ("The farm covers 120 hectares.", D(1_200_000), "m**2", "area"),
    ("The plant produces 5 GWh.", D(18 * 10 ** 12), "J", "energy"),
    ("The plant produces 5 GWh a year.", D(18 * 10 ** 12), "J/year", "rate"),
    ("The plant has 200 MW of panels.", D(200_000_000), "W", "power"),
    ("He is 5 feet 2 inches tall.", D("1.5748"), "m", "length"),
    ("A 3-inch screen.", D("0.0762"), "m", "length"),
    ("They shipped 1,458,000 tons.", D(1_458_000_000), "kg", "mass"),
])
def test_units(text, value, unit, kind):
    c = one(text)
    assert (c.value, c.unit, c.kind) == (value, unit, kind)


def test_speed_is_a_speed_in_metres_per_second_not_a_length():
    (c,) = claimcheck.extract("The car ran at 10 kilometers per hour.", "en")
    assert (c.kind, c.unit, c.text) == ("speed", "m/s", "10 kilometers per hour")
    assert abs(c.value - D(25) / 9) < D("1e-15")
    (c,) = claimcheck.extract("Top speed rose to 125 mph.", "en")
    assert (c.kind, c.unit, c.value) == ("speed", "m/s", D("55.88"))


@pytest.mark.parametrize("text,value,unit", [
    ("Inflation was 7%.", D(7), "percent"),
    ("Inflation was 7 per cent.", D(7), "percent"),
    ("Inflation was 7 percent.", D(7), "percent"),
    ("Inflation rose 2.5 percentage points.", D("2.5"), "percentage_point"),
    ("Prices fell minus five percent.", D(-5), "percent"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit, c.kind) == (value, unit, "percent")


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("More than 200 people came.", "over", D(200), INF),
    ("Over 200 people came.", "over", D(200), INF),
    ("Nearly 50 people left.", "under", D(45), D(50)),
    ("Up to 50 people left.", "under", D(0), D(50)),
    ("Fewer than 12 buses ran.", "under", D(0), D(12)),
    ("About 30 people stayed.", "about", D(27), D(33)),
    ("Some 30 people stayed.", "about", D(27), D(33)),
    ("Between 10 and 20 people slept.", "range", D("9.5"), D("20.5")),
    ("It took 12 to 20 minutes.", "range", D(690), D(1230)),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "en")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_counts_carry_their_subject():
    c = one("They signed 28 cooperation agreements.")
    assert (c.kind, c.value, c.subject, c.low, c.high) == ("count", D(28), "cooperation agreements",
                                                          D(28), D(28))


@pytest.mark.parametrize("text", [
    "Call +1 (212) 555-0100 now.", "Call 010-68315039 now.", "Tel: 555 0100 22",
    "See https://example.com/page/2020/15 today.", "See www.example.com/15 today.",
    "ISBN 978-3-16-148410-0 was cited.", "The iPhone 15 launched.", "The G20 met.",
    "During COVID-19 schools closed.", "The meeting starts at 16:06.", "It ends at 9.30 am.",
    "1. First item", "2) Second item", "Write to info2020@example.com today.",
    "The server is at 192.168.1.2 now.", "Account 123456789012345 was closed.",
    "The one you mentioned is invalid.", "Book a first class seat.",
])
def test_non_claims(text):
    assert [c for c in claimcheck.extract(text, "en") if c.kind != "date"] == []


@pytest.mark.parametrize("text,value", [
    ("It was published on November 19, 2020.", D(20201119)),
    ("It was revised on 2020-11-20.", D(20201120)),
    ("It happened in 2019.", D(2019)),
    ("The plan covers 2022-2025.", D(2022)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_ordinals_are_not_claims():
    assert claimcheck.extract("He finished 3rd and 22nd.", "en") == []


@pytest.mark.parametrize("text, qualifier", [
    ("The line will be built over five years, the ministry said.", "exact"),
    ("The bill would raise the minimum wage to $15 an hour over five years.", "exact"),
    ("Construction took more than five years.", "over"),
])
def test_over_before_a_duration_is_the_span_not_more_than(text, qualifier):
    (c,) = [c for c in claimcheck.extract(text, lang="en") if c.kind == "duration"]
    assert c.qualifier == qualifier and c.value == 5 * 31557600


@pytest.mark.parametrize("text, currency, noted", [
    ("SYDNEY - Australian miner Kestrel said its half-year profit fell 12% to $5.52 billion.",
     "AUD", True),
    ("Apple sold $3 billion of phones in Australia and Canada.", "USD", True),
    ("The company earned $5 billion last year.", "USD", False),
])
def test_a_dollar_sign_takes_the_country_the_story_names_never_silently(text, currency, noted):
    (c,) = [c for c in claimcheck.extract(text, lang="en") if c.kind == "money"]
    assert c.unit == currency
    assert any(n.startswith("ambiguous currency") for n in c.notes) == noted
