"""Classes of misses found on the third held-out set (bench/realtext/holdout3-*.yaml): the
lakh grouping in plain English, energy and farm prices per unit, a word between a number
and its unit, a bare C after a temperature, spans of days and ages in Chinese, depths and
seismic intensities in Japanese, Latin American currencies, rates per family. Literal
expectations on sentences written for these tests (not the benchmark's)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

import claimcheck
from claims_helpers import claim_rows as claims, unit_values as values


# ------------------------------------------------------------------ lakh grouping in English

@pytest.mark.parametrize("text,value", [
    ("Mills in Haryana crushed 2,35,40,000 tonnes of cane this season.", D(23540000)),
    ("The scheme covered 12,75,300 tonnes of wheat stored in Punjab.", D(1275300)),
])
def test_lakh_grouping_reads_under_plain_english(text, value):
    assert values(text, "en") == [(value * 1000, "kg")]


def test_western_grouping_is_unchanged():
    assert values("Exports reached 1,245,000 tonnes.", "en") == [(D(1245000000), "kg")]


# ------------------------------------------------------------------ rates per unit

def test_gas_priced_per_gigajoule_and_output_in_terajoules_a_day():
    got = claims("Spot gas traded at $9.85 a gigajoule while the plant shipped 212 terajoules a day.",
                 "en")
    assert [(k, u) for _, _, u, k in got] == [("rate", "USD/J"), ("rate", "J/day")]
    assert got[0][1] == D("9.85") / D(10) ** 9


def test_farm_price_per_quintal_is_per_100_kg():
    assert values("The state raised the procurement price of wheat to ₹2,425 per quintal.", "en") == \
        [(D("24.25"), "INR/kg")]


@pytest.mark.parametrize("lang,text,unit", [
    ("en", "Each panchayat gets a grant of Rs 7.5 lakh per village.", "INR/village"),
    ("en", "The relief works out at $1,200 per family.", "USD/household"),
    ("pt", "O auxílio será de R$ 1.800 por família atingida.", "BRL/household"),
])
def test_rates_per_village_and_per_family(lang, text, unit):
    (got,) = claims(text, lang)
    assert (got[2], got[3]) == (unit, "rate")


# ------------------------------------------------------------------ a word before the unit

@pytest.mark.parametrize("text,value,unit", [
    ("The index has risen for 23 consecutive days.", D(23 * 86400), "s"),
    ("Output fell for five straight years.", D(5 * 31557600), "s"),
    ("The network spans 8,200 route kilometres.", D(8200000), "m"),
])
def test_a_modifier_between_number_and_unit(text, value, unit):
    assert values(text, "en") == [(value, unit)]


# ------------------------------------------------------------------ a bare C after a reading

def test_a_bare_c_is_celsius_in_a_story_about_temperatures():
    text = ("Temperatures dropped to minus 9C in the Highlands overnight. "
            "London reached 31C on Sunday, the Met Office said.")
    assert values(text, "en") == [(D(-9), "degC"), (D(31), "degC")]


def test_a_bare_c_elsewhere_is_no_temperature():
    assert claims("He holds a Class 3C licence and drives a 5C-rated van.", "en") == []


# ------------------------------------------------------------------ Chinese spans and ages

def test_second_end_of_a_span_of_days_is_a_date():
    assert claims("受冷空气影响，华北地区21日至23日将出现大风降温。", "zh") == []


def test_an_age_in_sui_is_no_claim_but_days_still_count():
    assert values("一名67岁老人被困，救援持续了3天。", "zh") == [(D(3 * 86400), "s")]


# ------------------------------------------------------------------ Japanese depth, intensity

def test_depth_in_kiro_is_kilometres_and_body_weight_stays_kilograms():
    assert values("震源の深さは約40キロ。男性の体重は70キロだった。", "ja") == \
        [(D(40000), "m"), (D(70), "kg")]


def test_seismic_intensity_is_no_claim():
    assert claims("宮城県北部で震度5弱を観測した。", "ja") == []


# ------------------------------------------------------------------ Latin American currencies

@pytest.mark.parametrize("text,value,unit", [
    ("El Gobierno aprobó un crédito de 85 millones de soles para la región.", D(85000000), "PEN"),
    ("El país exportó café por 1.200 millones de quetzales.", D(1200000000), "GTQ"),
])
def test_latin_american_currencies(text, value, unit):
    assert values(text, "es") == [(value, unit)]


def test_soles_before_a_number_is_no_currency():
    assert values("Los soles de verano duran 14 horas en Lima.", "es") == [(D(14 * 3600), "s")]


# ------------------------------------------------------------------ the rand written R

def test_rand_written_r_in_a_south_african_story():
    text = ("CAPE TOWN - Transnet will spend R38.5 billion on rail over five years, and its "
            "port charges rise to R2.14 per kilowatt-hour of shore power; about R900m goes to "
            "Durban.")
    got = claims(text, "en")
    assert [(t, v, u) for t, v, u, _ in got if u and u.startswith("ZAR")] == [
        ("R38.5 billion", D(38500000000), "ZAR"),
        ("R2.14 per kilowatt-hour", D("5.9444444444444444444E-7"), "ZAR/J"),
        ("about R900m", D(900000000), "ZAR"),
    ]


def test_r_before_a_number_elsewhere_gives_no_claim():
    assert claims("The R2 prototype and the R 5 plan were shelved; R3bn was a rumour.", "en") == []


# ------------------------------------------------------------------ a glued code on both ends

@pytest.mark.parametrize("text,low,high,unit", [
    ("Capex is seen at USD4.2bn-USD4.6bn.", D(4200000000), D(4600000000), "USD"),
    ("Capex is seen at RMB5bn-RMB6bn.", D(5000000000), D(6000000000), "CNY"),
    ("PRETORIA - Costs of R1.8bn-R2.2bn are expected.", D(1800000000), D(2200000000), "ZAR"),
])
def test_a_range_with_a_glued_code_on_both_ends_is_one_range(text, low, high, unit):
    from claimcheck.extraction import extract_with_numerals
    ((c, reading),) = extract_with_numerals(text, lang="en")
    assert (c.qualifier, reading.values, c.unit) == ("range", (low, high), unit)


# ------------------------------------------------------------------ which dollar

def test_a_bare_dollar_in_a_canadian_story_that_quotes_us_cents():
    text = ("OTTAWA - The province will borrow C$3.1 billion and spend $740 million on "
            "transit. The Canadian dollar rose 0.3 cents to 72.4 U.S. cents.")
    units = [(c.text, c.unit) for c in claimcheck.extract(text, "en") if c.kind == "money"]
    assert units == [("C$3.1 billion", "CAD"), ("$740 million", "CAD"),
                     ("0.3 cents", "USD"), ("72.4 U.S. cents", "USD")]


def test_the_change_is_in_the_currency_of_the_level_it_reached():
    # bare cents in a Canadian story are Canadian, but not when the level says U.S. cents
    assert [c.unit for c in claimcheck.extract(
        "MONTREAL - The loonie fell 0.6 cents to 70.9 U.S. cents.", "en")] == ["USD", "USD"]


def test_a_story_that_names_the_united_states_keeps_usd():
    text = "TORONTO - The miner, also listed on Wall Street, raised $85 million."
    (c,) = claimcheck.extract(text, "en")
    assert c.unit == "USD"


def test_bare_cents_follow_the_document_dollar():
    text = ("PERTH - The miner will pay a dividend of 18 cents a share and its shares rose "
            "4 cents to $3.12 on the ASX.")
    assert [(c.value, c.unit) for c in claimcheck.extract(text, "en")] == [
        (D("0.18"), "AUD/share"), (D("0.04"), "AUD"), (D("3.12"), "AUD")]
    assert [c.unit for c in claimcheck.extract("Gasoline rose 9 cents a gallon.", "en")] == \
        ["USD/m**3"]


# ------------------------------------------------------------------ a change and its level

@pytest.mark.parametrize("text,units", [
    ("WTI crude gained $0.87, or 1.2%, to $71.40 a barrel.",
     ["USD/m**3", "percent", "USD/m**3"]),
    ("Spot gold lost $18, or 0.8%, to $2,344 an ounce.", ["USD/kg", "percent", "USD/kg"]),
    ("The average water bill will rise $4.75 a month, to $58.90, from July.",
     ["USD/month", "USD/month"]),
])
def test_a_change_and_the_level_it_reached_share_their_per_unit(text, units):
    assert [c.unit for c in claimcheck.extract(text, "en")] == units


def test_a_per_share_figure_beside_a_total_keeps_its_own_unit():
    text = ("Net profit was $2.2 billion, or $1.12 per share, compared with $1.9 billion, "
            "or 97 cents per share, a year earlier.")
    assert [c.unit for c in claimcheck.extract(text, "en")] == \
        ["USD", "USD/share", "USD", "USD/share"]


# ------------------------------------------------------------------ pence written p

def test_pence_written_p_in_a_british_story():
    text = "LONDON - Barratt fell 12p to 431p, and the offer of 260p a share was rejected."
    assert values(text, "en") == [(D("0.12"), "GBP"), (D("4.31"), "GBP"),
                                  (D("2.60"), "GBP/share")]


@pytest.mark.parametrize("text", [
    "The camera records at 1080p and 60 frames.",
    "LONDON - The bond pays 5 p.a. to holders.",
])
def test_p_elsewhere_is_no_pence(text):
    assert all(c.unit != "GBP" for c in claimcheck.extract(text, "en"))


# ------------------------------------------------------------------ scores and tallies

@pytest.mark.parametrize("text", [
    "Leeds won 3-1 at home on Saturday.",
    "The visitors lead the series 2-1 with one Test to play.",
    "They slumped to a 0-4 home defeat.",
    "The board voted 6-3 to approve the merger.",
])
def test_scores_and_tallies_are_no_claims(text):
    import re
    s, e = re.search(r"\d-\d", text).span()
    assert [c.text for c in claimcheck.extract(text, "en") if c.start < e and s < c.end] == []


def test_a_dashed_range_with_a_noun_stays_a_range():
    from claimcheck.extraction import extract_with_numerals
    ((c, reading),) = extract_with_numerals("The plant will hire 10-12 engineers.", lang="en")
    assert (c.qualifier, reading.values) == ("range", (D(10), D(12)))


# ------------------------------------------------------------------ halves of a point, "one of"

@pytest.mark.parametrize("text,value", [
    ("The central bank cut its rate by half a percentage point to 4%.", D("0.5")),
    ("The Fed raised rates by a quarter-point on Wednesday.", D("0.25")),
])
def test_halves_and_quarters_of_a_point(text, value):
    got = [(c.value, c.unit) for c in claimcheck.extract(text, "en")]
    assert got[0] == (value, "percentage_point")


def test_one_of_the_is_a_pronoun():
    assert claims("It is one of the largest lenders and one of its units was sold.", "en") == []
    assert values("One plant was shut.", "en") == [(D(1), None)]


# ------------------------------------------------------------------ m as million, windows, twice

@pytest.mark.parametrize("text,value", [
    ("The operator now reaches 4.6m homes across the north.", D(4600000)),
    ("Some 1.2m households were still without power.", D(1200000)),
])
def test_m_glued_before_a_plural_noun_is_million(text, value):
    assert values(text, "en") == [(value, None)]


@pytest.mark.parametrize("text,value", [
    ("The flood wall is 2.4m tall.", D("2.4")),
    ("A 3.5m barrier was built.", D("3.5")),
    ("She won the 400m hurdles.", D(400)),
])
def test_m_as_metres_stays_metres(text, value):
    assert values(text, "en") == [(value, "m")]


def test_the_window_of_a_market_average_is_no_claim():
    text = "Volume was 1.1 billion shares, above the 50-day average, near a 52-week high of $88."
    assert [c.text for c in claimcheck.extract(text, "en")] == ["1.1 billion", "$88"]


def test_twice_is_a_ratio_of_two():
    (c,) = claimcheck.extract("Costs rose more than twice as fast as revenue.", "en")
    assert (c.value, c.qualifier) == (D(2), "over")


# ------------------------------------------------------------------ mixed numbers with a hyphen

@pytest.mark.parametrize("text,value,unit", [
    ("Corn futures fell 3-3/4 cents on the day.", D("0.0375"), "USD"),
    ("The pipe is 2-1/2 inches wide.", D("0.0635"), "m"),
])
def test_a_hyphenated_mixed_number_is_one_figure(text, value, unit):
    assert values(text, "en") == [(value, unit)]


def test_no_claim_is_built_from_the_fraction_after_a_decimal_or_a_range():
    # "$6.12-1/4" quotes a quarter of a cent on $6.12: no fragment "1/4", no range to it
    got = claims("Wheat rose 5-1/4 cents to $6.12-1/4 a bushel.", "en")
    assert [(t, v) for t, v, _, _ in got] == [("5-1/4 cents", D("0.0525")), ("$6.12", D("6.12"))]


def test_bowling_figures_are_no_claims():
    got = claims("The left-armer returned figures of 6 for 41 on Friday.", "en")
    assert [(t, v) for t, v, _, _ in got] == []
    assert values("They paid 5 for 57 shares.", "en") == [(D(5), None), (D(57), None)]


def test_a_comparative_between_the_amount_and_its_period():
    assert values("Renters will pay about $95 more a month from July.", "en") == \
        [(D(95), "USD/month")]
    assert values("He paid $5 more than a year ago.", "en") == [(D(5), "USD")]


def test_a_cjk_percent_word_written_with_a_space_is_read():
    # found by tests/test_properties.py: '半 成' raised (the lookup missed the spaced surface)
    assert values("价格打了半 成。", "zh") == [(D(5), "percent")]
    assert values("对 折出售。", "zh") == [(D(50), "percent")]
