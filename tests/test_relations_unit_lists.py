"""One unit written once for a list of numbers: "fielen um 2,9, 1,5 und 3,6 Prozent" (the
German city-by-city list of bench/devset5 housing-prices). Text written for this test."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract


def _units(text: str, lang: str) -> list[tuple[str, Decimal, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract(text, lang=lang)]


def test_german_list_of_decimals_shares_the_percent():
    got = _units("In Bremen, Kiel und Ulm sanken die Mieten um 2,9, 1,5 und 3,6 Prozent.", "de")
    assert got == [("2,9", Decimal("2.9"), "percent"), ("1,5", Decimal("1.5"), "percent"),
                   ("3,6 Prozent", Decimal("3.6"), "percent")]


def test_english_list_of_whole_numbers_shares_the_percent():
    got = _units("Sales rose 12, 15 and 20 percent in the three regions.", "en")
    assert [u for _, _, u in got[:3]] == ["percent", "percent", "percent"]


def test_french_list_before_a_percent_sign():
    got = _units("Les loyers ont reculé de 2,9, 5,1 et 3,6 % à Lille, Metz et Brest.", "fr")
    assert [u for _, _, u in got] == ["percent", "percent", "percent"]


def test_a_year_before_a_list_of_decimals_stays_a_year():
    got = _units("En 2025, 2,9 et 3,6 % des ménages ont déménagé.", "fr")
    assert got[0][2] is None


def test_amounts_of_money_are_left_alone():
    got = {t: (v, u) for t, v, u in _units("The funds hold 12, 15 and 20 million euros.", "en")}
    assert got["12"] == (Decimal("12"), None)
