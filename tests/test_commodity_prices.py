"""Commodity prices per unit of weight or volume, as market reports write them in each
language: a troy ounce of gold, a pound of coffee or sugar, a barrel of crude, in cents of a
dollar or told as an equation (1バレル=81ドル). The same price told in two languages must be
one value in one unit, or the aligner cannot compare it. Sentences written for this test."""
from __future__ import annotations

from decimal import Decimal

import pytest
from claims_helpers import non_dates

from claimcheck.stories.compare import compare

GOLD = [("en", "Spot gold rose to $2,650 an ounce on Tuesday.", "$2,650"),
        ("zh", "国际现货金价周二涨至每盎司2650美元。", "2650美元"),
        ("ja", "金先物は1オンス=2650ドルで取引を終えた。", "2650ドル"),
        ("ja", "金価格は1トロイオンス当たり2650ドルに上昇した。", "2650ドル"),
        ("fr", "L'once d'or a grimpé à 2 650 dollars l'once mardi.", "2 650 dollars"),
        ("es", "El oro subió a 2.650 dólares la onza.", "2.650 dólares")]

COFFEE = [("en", "Arabica futures settled at $4.12 per pound in New York.", "$4.12"),
          ("zh", "纽约阿拉比卡咖啡期货收于每磅4.12美元。", "4.12美元"),
          ("es", "El café arábica cerró a 4,12 dólares por libra en Nueva York.", "4,12 dólares"),
          ("fr", "L'arabica a clôturé à 4,12 dollars la livre à New York.", "4,12 dollars"),
          ("it", "L'arabica ha chiuso a 4,12 dollari per libbra a New York.", "4,12 dollari"),
          ("pt", "O café arábica fechou a 4,12 dólares por libra-peso em Nova York.",
           "4,12 dólares")]

SUGAR = [("en", "Raw sugar futures slipped to 19.5 cents a pound.", "19.5 cents"),
         ("es", "El azúcar crudo bajó a 19,5 centavos de dólar por libra.", "19,5 centavos"),
         ("pt", "O açúcar bruto caiu para 19,5 centavos de dólar por libra-peso.",
          "19,5 centavos"),
         ("fr", "Le sucre brut a reculé à 19,5 cents la livre.", "19,5 cents")]

CRUDE = [("en", "Brent crude traded at $81.20 a barrel.", "$81.20"),
         ("ja", "北海ブレント原油先物は1バレル=81.20ドル前後で推移した。", "81.20ドル"),
         ("zh", "布伦特原油期货报每桶81.20美元。", "81.20美元"),
         ("de", "Brent-Öl kostete 81,20 Dollar je Barrel.", "81,20 Dollar")]


def _price(lang: str, text: str, number: str):
    found = [c for c in non_dates(text, lang) if c.text.startswith(number)]
    assert len(found) == 1, non_dates(text, lang)
    return found[0]


@pytest.mark.parametrize("series", [GOLD, COFFEE, SUGAR, CRUDE],
                         ids=["gold", "coffee", "sugar", "crude"])
def test_one_price_in_every_language_is_one_rate(series):
    prices = [_price(*case) for case in series]
    first = prices[0]
    assert first.kind == "rate" and "/" in first.unit
    for c in prices[1:]:
        assert (c.kind, c.unit) == (first.kind, first.unit), c
        assert compare(first, c).abs_diff == 0, (first, c)


def test_the_count_of_an_equation_is_no_claim_of_its_own():
    claims = non_dates("原油先物は1バレル=81.20ドルで取引を終えた。", "ja")
    assert [(c.text, c.kind) for c in claims] == [("81.20ドル", "rate")]


def test_an_index_base_year_is_no_price():
    # 2020年=100 is the base of an index: the sign after a period makes no rate
    claims = non_dates("消費者物価指数（2020年=100）は108.5で、前年同月比2.9%上昇した。", "ja")
    assert all(c.kind != "rate" for c in claims)
    assert [c.value for c in claims if c.kind == "percent"] == [Decimal("2.9")]


@pytest.mark.parametrize("lang,text,value", [
    ("es", "El club pagó 40 millones de libras por el delantero.", Decimal("40000000")),
    ("pt", "O clube pagou 40 milhões de libras pelo avançado.", Decimal("40000000")),
    ("fr", "Le club a versé 40 millions de livres pour l'attaquant.", Decimal("40000000"))])
def test_pounds_with_no_per_word_are_still_sterling(lang, text, value):
    (c,) = non_dates(text, lang)
    assert (c.value, c.unit, c.kind) == (value, "GBP", "money")
