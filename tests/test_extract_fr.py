"""French extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck

INF = D("Infinity")


one = one_for("fr")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("La ville compte 1 234 567 habitants.", D(1234567)),
    ("La ville compte 1\u00a0234\u00a0567 habitants.", D(1234567)),
    ("La ville compte 1\u202f234\u202f567 habitants.", D(1234567)),
    ("La ville compte 1'234'567 habitants.", D(1234567)),
    ("La ville compte 1.234.567 habitants.", D(1234567)),
    ("Le taux est de 21,75 en moyenne.", D("21.75")),    # the comma is the decimal mark
    ("Le taux est de 12,345 en moyenne.", D("12.345")),
    ("Le prix est de 1.234,5 en moyenne.", D("1234.5")),
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value,unit", [
    ("L'investissement est de 21,75 milliards de yuans.", D(21_750_000_000), "CNY"),
    ("Le projet coûte 5 M€.", D(5_000_000), "EUR"),
    ("La dette atteint 2 Md€.", D(2_000_000_000), "EUR"),
    ("La dette atteint 3 Mds d'euros.", D(3_000_000_000), "EUR"),
    ("La dette atteint un billion d'euros.", D(10 ** 12), "EUR"),    # long scale: 10^12
    ("La dette atteint 5 millions de dollars.", D(5_000_000), "USD"),
    ("Il reste 1,5 million de tonnes.", D(1_500_000_000), "kg"),
])
def test_scales(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value", [
    ("neuf propositions", D(9)),
    ("vingt-huit accords", D(28)),
    ("vingt et un pays", D(21)),
    ("soixante-dix pays", D(70)),
    ("soixante et onze pays", D(71)),
    ("quatre-vingt-dix-neuf pays", D(99)),
    ("quatre-vingts pays", D(80)),
    ("deux cents invités", D(200)),
    ("trois mille cinq cents personnes", D(3500)),
    ("un tiers des élèves", D(1) / D(3)),
    ("trois quarts des élèves", D("0.75")),
    ("trois millions et demi d'habitants", D(3_500_000)),
    ("deux virgule cinq", D("2.5")),
])
def test_number_words(text, value):
    assert claimcheck.extract(text, "fr")[0].value == value


def test_the_article_un_is_not_one():
    assert claimcheck.extract("Un accord a été signé avec une entreprise.", "fr") == []


@pytest.mark.parametrize("text,iso", [
    ("Il a payé 30 €.", "EUR"), ("Il a payé 30 euros.", "EUR"), ("Il a payé 30 $.", "USD"),
    ("Il a payé 30 dollars.", "USD"), ("Il a payé 30 livres sterling.", "GBP"),
    ("Il a payé 30 yuans.", "CNY"), ("Il a payé 30 yens.", "JPY"),
    ("Il a payé 30 francs suisses.", "CHF"), ("Il a payé 30 $ CA.", "CAD"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


def test_yen_sign_is_ambiguous_alone():
    c = one("Le bol coûte 500 ¥.")
    assert c.unit == "CNY|JPY" and c.notes


@pytest.mark.parametrize("text,value,unit", [
    ("La zone couvre 36,9 km2.", D(36_900_000), "m**2"),
    ("La zone couvre 36,9 km².", D(36_900_000), "m**2"),
    ("La zone couvre 36,9 kilomètres carrés.", D(36_900_000), "m**2"),
    ("La zone couvre 300 000 mètres carrés.", D(300_000), "m**2"),
    ("La ferme couvre 120 hectares.", D(1_200_000), "m**2"),
    ("La centrale produit 5 GWh.", D(18 * 10 ** 12), "J"),
    ("La centrale a 200 MW.", D(200_000_000), "W"),
    ("Le trajet dure 40 minutes.", D(2400), "s"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Le taux est de 7 %.", D(7), "percent"),
    ("Le taux est de 7 pour cent.", D(7), "percent"),
    ("Le taux est de 7 pour-cent.", D(7), "percent"),
    ("Le taux a augmenté de 2,5 points de pourcentage.", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("Plus de 15 projets.", "over", D(15), INF),
    ("Au moins 5 victimes.", "over", D(5), INF),
    ("Près de 50 personnes.", "under", D(45), D(50)),
    ("Jusqu'à 3 000 emplois.", "under", D(0), D(3000)),
    ("Moins de 10 morts.", "under", D(0), D(10)),
    ("Environ 30 personnes.", "about", D(27), D(33)),
    ("Entre 10 et 20 personnes.", "range", D("9.5"), D("20.5")),
    ("De 5 à 8 km.", "range", D(4500), D(8500)),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "fr")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_at_least_is_not_minus():
    c = one("Au moins 5 victimes.")
    assert c.value == D(5)


def test_count_with_subject():
    c = one("Ils ont signé 28 accords de coopération.")
    assert (c.kind, c.value, c.subject) == ("count", D(28), "accords de coopération")


def test_three_cents_is_money_not_three_hundred():
    c = one("Le prix a baissé de 3 cents.")
    assert (c.kind, c.value, c.unit) == ("money", D("0.03"), "USD")


@pytest.mark.parametrize("text", [
    "Appelez le +33 1 23 45 67 89.", "Voir https://exemple.fr/2020/15 aujourd'hui.",
    "La réunion commence à 16:06.", "1. Premier point", "Le G20 s'est réuni.",
    "Pendant la COVID-19, les écoles ont fermé.",
])
def test_non_claims(text):
    assert [c for c in claimcheck.extract(text, "fr") if c.kind != "date"] == []


@pytest.mark.parametrize("text,value", [
    ("Signé le 13 novembre 2022.", D(20221113)),
    ("Publié le 20/11/2020.", D(20201120)),
    ("Le plan 2022-2025.", D(2022)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_ordinals_are_not_claims():
    assert claimcheck.extract("Il est arrivé 3e, puis 1er.", "fr") == []
