"""Italian extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck
from claimcheck.extraction.detect import detect_language

INF = D("Infinity")

one = one_for("it")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("La città ha 1.234.567 abitanti.", D(1234567)),
    ("La città ha 1 234 567 abitanti.", D(1234567)),
    ("Il valore è di 1.234,56 in media.", D("1234.56")),
    ("Il valore è di 21,75 in media.", D("21.75")),
    ("Il valore è di 2.300 in media.", D(2300)),       # a point groups thousands
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value", [
    ("trentasei progetti", D(36)),
    ("ventuno progetti", D(21)),                # venti + uno, the vowel dropped
    ("trentotto progetti", D(38)),
    ("centoventi progetti", D(120)),
    ("duecento progetti", D(200)),
    ("duemilatrecento visitatori", D(2300)),
    ("tremilacinquecento visitatori", D(3500)),
    ("duecentoduemila visitatori", D(202000)),
    ("due milioni di visitatori", D(2_000_000)),
    ("due virgola tre", D("2.3")),
    ("uno su tre", D(1) / D(3)),
    ("tre quarti", D("0.75")),
])
def test_number_words(text, value):
    got = claimcheck.extract(text, "it")[0].value
    assert abs(got - value) < D("1e-20"), got


def test_the_article_alone_is_not_one():
    assert claimcheck.extract("Ha aperto un negozio a Roma.", "it") == []
    assert one("un milione di visitatori").value == D(1_000_000)


@pytest.mark.parametrize("text,value,unit", [
    ("Ricavi per 9,84 miliardi di euro.", D(9_840_000_000), "EUR"),
    ("Ricavi per 87,4 miliardi di RMB.", D(87_400_000_000), "CNY"),
    ("L'utile netto è di 486 milioni di euro.", D(486_000_000), "EUR"),
    ("Il titolo ha chiuso a 61,36 euro.", D("61.36"), "EUR"),
    ("Il Brent quota 74 dollari.", D(74), "USD"),
    ("Una multa di 3,65 miliardi di yuan.", D(3_650_000_000), "CNY"),
    ("Un costo di 500 mln di euro.", D(500_000_000), "EUR"),
    ("Un costo di 2 mld di euro.", D(2_000_000_000), "EUR"),
    ("Il debito è di 1,2 bilioni di lire.", D(1_200_000_000_000), "ITL"),   # bilione = 10^12
])
def test_money(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Il Pil è cresciuto del 7,6%.", D("7.6"), "percent"),
    ("Il Pil è cresciuto del 7,6 per cento.", D("7.6"), "percent"),
    ("Il margine sale di 1,0 punti percentuali.", D("1.0"), "percentage_point"),
    ("La Bce taglia di 25 punti base.", D(25), "basis_point"),
])
def test_percent_and_points(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit,kind", [
    ("Una galleria lunga 7,6 km.", D(7600), "m", "length"),
    ("Circa 84 chilometri di tracciato.", D(84000), "m", "length"),
    ("Un impianto su 70 ettari.", D(700000), "m**2", "area"),
    ("Una capacità di 48 MW.", D(48_000_000), "W", "power"),
    ("Sono stati movimentati 62,4 milioni di tonnellate.", D("6.24E+10"), "kg", "mass"),
    ("Il limite sarà di 80 km/h.", D("22.222222222222222222"), "m/s", "speed"),
])
def test_measures(text, value, unit, kind):
    c = one(text)
    assert (c.value, c.unit, c.kind) == (value, unit, kind)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("Impiega oltre 32.000 persone.", "over", D(32000), INF),
    # about: 10% either way, and the half unit of the last written digit (0,05 milioni)
    ("Circa 1,9 milioni di clienti.", "about", D(1_660_000), D(2_140_000)),
    ("Fino a 3.500 addetti nei cantieri.", "under", D(0), D(3500)),      # a count is exact
    ("Quasi 150 milioni di euro.", "under", D(135_000_000) - D("500000"), D(150_500_000)),
])
def test_qualifiers(text, qualifier, low, high):
    c = one(text)
    assert c.qualifier == qualifier
    assert (c.low, c.high) == (low, high)


def test_ranges_and_from_to():
    (c,) = claimcheck.extract("Investimenti tra 5 e 7 miliardi di euro.", "it")
    assert (c.qualifier, c.low, c.high, c.unit) == ("range", D("4.5E+9"), D("7.5E+9"), "EUR")
    got = {c.role: c.value for c in claimcheck.extract(
        "Il rapporto è migliorato al 44,8% dal 47,1%.", "it")}
    assert got == {"new": D("44.8"), "old": D("47.1")}
    (c,) = claimcheck.extract("I dazi oscillano tra il 17% e il 35,3%.", "it")
    assert (c.qualifier, c.unit) == ("range", "percent")


def test_rates():
    (c,) = claimcheck.extract("Un dividendo di 0,85 euro per azione.", "it")
    assert (c.kind, c.unit, c.value) == ("rate", "EUR/share", D("0.85"))
    (c,) = claimcheck.extract("Il Brent quota 74 dollari al barile.", "it")
    assert (c.kind, c.unit) == ("rate", "USD/m**3")


def test_dates_and_names_are_not_amounts():
    assert [c.kind for c in claimcheck.extract("Il 4 maggio 2024 e il 1° gennaio.", "it")] == \
        ["date", "date"]
    assert [c for c in claimcheck.extract("I club di Serie A e dell'Under 21, norma Euro 7.", "it")
            if c.kind != "date"] == []


def test_italian_is_told_from_spanish():
    it = "Il gruppo ha chiuso il 2024 con ricavi per 9,84 miliardi di euro, in crescita del 7,6%."
    es = "El grupo cerró 2024 con ingresos de 9.840 millones de euros, un 7,6% más."
    assert detect_language(it) == "it"
    assert detect_language(es) == "es"


def test_an_italian_paragraph_with_shared_articles_is_detected_as_italian():
    # "la", "un", "da", "al" are also Spanish or Portuguese: the Italian-only words decide
    text = ("La danese Nordvind ha vinto martedì la gara per un parco eolico offshore da "
            "1,2 gigawatt al largo della Normandia. Le sue 80 turbine da 15 megawatt "
            "ciascuna saranno costruite a Saint-Nazaire.")
    assert detect_language(text) == "it"
    assert [c.text for c in claimcheck.extract(text)][0] == "1,2 gigawatt"
