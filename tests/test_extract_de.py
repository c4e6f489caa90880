"""German extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck
from claimcheck.extraction.detect import detect_language

INF = D("Infinity")


one = one_for("de")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("Die Stadt hat 1.234.567 Einwohner.", D(1234567)),
    ("Die Stadt hat 1 234 567 Einwohner.", D(1234567)),
    ("Die Stadt hat 1\u202f234\u202f567 Einwohner.", D(1234567)),
    ("Der Wert liegt bei 1.234,56 im Mittel.", D("1234.56")),
    ("Der Wert liegt bei 1 234,56 im Mittel.", D("1234.56")),
    ("Der Wert liegt bei 21,75 im Mittel.", D("21.75")),
    ("Der Wert liegt bei 2.300 im Mittel.", D(2300)),     # a dot groups thousands
    ("Der Wert liegt bei 4,800 im Mittel.", D("4.8")),    # a comma is the decimal mark
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value", [
    ("zwölf Projekte", D(12)),
    ("zwoelf Projekte", D(12)),
    ("dreiundzwanzig Projekte", D(23)),        # units before tens
    ("einunddreißig Projekte", D(31)),
    ("zweihundert Projekte", D(200)),
    ("einhundertdrei Projekte", D(103)),
    ("zweihundertsechsundfünfzig Projekte", D(256)),
    ("fünfzehntausend Besucher", D(15000)),
    ("eintausendeinhundertfünfzig Besucher", D(1150)),
    ("zwei Millionen eintausendeinhundertfünfzig Besucher", D(2001150)),
    ("dreißig Dutzend Eier", D(360)),
    ("ein halbes Dutzend Eier", D(6)),
    ("zwei Komma drei", D("2.3")),
    ("drei halbe Schweine", D("1.5")),
    ("zweieinhalb Stunden", D(9000)),          # a duration: 2.5 hours in seconds
    ("fünf und drei Viertel Milliarden", D(5_750_000_000)),
])
def test_number_words(text, value):
    assert claimcheck.extract(text, "de")[0].value == value


def test_glued_words_that_are_not_numbers_are_not_read():
    # "Nacht" ends like acht, "allgemein" like ein: neither is made of number words
    assert claimcheck.extract("Die Nacht war allgemein ruhig.", "de") == []


@pytest.mark.parametrize("text,value,unit", [
    ("Der Umsatz stieg auf 4 Mrd. Euro.", D(4 * 10 ** 9), "EUR"),
    ("Der Umsatz stieg auf 2,5 Mio. Euro.", D(2_500_000), "EUR"),
    ("Der Umsatz stieg auf 2,5 Mio USD.", D(2_500_000), "USD"),
    ("Die Schulden betragen 1,2 Bio. Euro.", D(12 * 10 ** 11), "EUR"),   # Billion = 10^12
    ("Die Schulden betragen eine Billion Euro.", D(10 ** 12), "EUR"),
    ("Das kostet 3 Milliarden Euro.", D(3 * 10 ** 9), "EUR"),
    ("Das kostet 75 Millionen Dollar.", D(75_000_000), "USD"),
    ("Das kostet 2 Millionen US-Dollar.", D(2_000_000), "USD"),
    ("Das kostet eine Million Euro.", D(1_000_000), "EUR"),
    ("Das kostet 20 Tausend Euro.", D(20_000), "EUR"),
])
def test_scales(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_mrd_precision_follows_the_written_digits():
    c = one("Der Umsatz stieg auf 31,48 Mrd. Yen.")
    assert (c.value, c.unit, c.low, c.high) == (D(31_480_000_000), "JPY", D(31_475_000_000),
                                               D(31_485_000_000))


@pytest.mark.parametrize("text,iso", [
    ("Er zahlte 30 €.", "EUR"), ("Er zahlte 30 Euro.", "EUR"), ("Er zahlte 30 EUR.", "EUR"),
    ("Er zahlte 30 US-Dollar.", "USD"), ("Er zahlte $ 30.", "USD"),
    ("Er zahlte 30 Schweizer Franken.", "CHF"), ("Er zahlte 30 Yen.", "JPY"),
    ("Er zahlte 30 Yuan.", "CNY"), ("Er zahlte 30 kanadische Dollar.", "CAD"),
    ("Er zahlte 100 indische Rupien.", "INR"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


@pytest.mark.parametrize("text,value", [
    ("Es kostet nur 15 Dollar und 15 Cent.", D("15.15")),
    ("Es kostet nur dreizehn Euro und fünfundvierzig Cent.", D("13.45")),
    ("Es kostet nur zwei Euro fünfzig.", D("2.50")),
])
def test_money_in_parts(text, value):
    assert one(text, "money").value == value


@pytest.mark.parametrize("text,value,unit", [
    ("Die Fläche beträgt 36 Quadratkilometer.", D(36_000_000), "m**2"),
    ("Die Fläche beträgt 36 km².", D(36_000_000), "m**2"),
    ("Die Fläche beträgt 120 Hektar.", D(1_200_000), "m**2"),
    ("Die Fläche beträgt 195,63 Quadratmeter.", D("195.63"), "m**2"),
    ("Das Werk liefert 500 Tonnen.", D(500_000), "kg"),
    ("Der Park hat 480 MW.", D(480_000_000), "W"),
    ("Der Park hat 480 Megawatt.", D(480_000_000), "W"),
    ("Die Strecke misst 12 Kilometer.", D(12_000), "m"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_speeds_are_speeds_not_lengths():
    (c,) = claimcheck.extract("Er fuhr 120 km/h.", "de")
    assert (c.kind, c.unit) == ("speed", "m/s") and abs(c.value - D(100) / 3) < D("1e-15")


@pytest.mark.parametrize("text,value,unit", [
    ("Der Anteil liegt bei 12 Prozent.", D(12), "percent"),
    ("Der Anteil liegt bei 12 %.", D(12), "percent"),
    ("Der Anteil liegt bei siebenunddreißig Prozent.", D(37), "percent"),
    ("Der Anteil stieg um 2,5 Prozentpunkte.", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("Mehr als 500 Mitarbeiter.", "over", D(500), INF),
    ("Über 500 Mitarbeiter.", "over", D(500), INF),
    ("Mindestens 500 Mitarbeiter.", "over", D(500), INF),
    ("Rund 500 Mitarbeiter.", "about", D(450), D(550)),
    ("Etwa 500 Mitarbeiter.", "about", D(450), D(550)),
    ("Knapp 500 Mitarbeiter.", "under", D(450), D(500)),
    ("Bis zu 500 Mitarbeiter.", "under", D(0), D(500)),
    ("Zwischen 12 und 20 Kilometer.", "range", D(11_500), D(20_500)),
    ("Von 12 bis 20 Kilometer.", "range", D(11_500), D(20_500)),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "de")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_count_with_subject():
    c = one("Das Unternehmen unterzeichnete zwölf Liefervereinbarungen.")
    assert (c.kind, c.value, c.subject) == ("count", D(12), "Liefervereinbarungen")


@pytest.mark.parametrize("text,value", [
    ("Unterzeichnet am 3. März 2026.", D(20260303)),
    ("Unterzeichnet am 03.03.2026.", D(20260303)),
    ("Unterzeichnet im Dezember 2025.", D(202512)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


@pytest.mark.parametrize("text", [
    "Die Sitzung beginnt um 16:06 Uhr.", "Die Sitzung beginnt um 10 Uhr.",
    "Die Sitzung beginnt um 9.30 Uhr.", "Siehe https://beispiel.de/2020/15 heute.",
    "Der G20-Gipfel tagte.",
])
def test_non_claims(text):
    assert [c for c in claimcheck.extract(text, "de") if c.kind != "date"] == []


def test_the_article_ein_is_not_one():
    assert claimcheck.extract("Es wurde ein Vertrag mit einer Firma geschlossen.", "de") == []


@pytest.mark.parametrize("text", [
    "Der Windpark vor Saint-Nazaire wird 2,3 Milliarden Euro kosten und eine Leistung von "
    "480 MW haben.",
    "Die Stadt hat 3.000 neue Wohnungen gebaut, die nicht teuer sind.",
])
def test_german_is_detected(text):
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text, qualifier", [
    ("Die Behörde unterzeichnete Lieferverträge über 850 Mio. Euro.", "exact"),
    ("Die Stadt hat einen Plan über 2 Mrd. Euro gebilligt.", "exact"),
    ("Der Konzern investiert über 850 Mio. Euro in das Werk.", "over"),
])
def test_ueber_after_a_contract_says_its_worth_not_more_than(text, qualifier):
    (c,) = [c for c in claimcheck.extract(text, lang="de") if c.kind == "money"]
    assert c.qualifier == qualifier
