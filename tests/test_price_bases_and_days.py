"""The base of a price and the day of a date are no claims of their own (devset27 FINDINGS
sections 3C and 4): "21,217 yen (about $143) per 60 kilograms" read 60 kg as a mass that
joined rows of tonnes; Nikkei's "60キロ2万1217円" read 60 as a bare number in a row of yen;
NHK's "11日から13日まで" read 11 as a count joined with 27社.
(Nikkei's glued "60キロ2万1217円" is left: read as a rate there it left Kyodo's "21,217 yen",
money, with no money to meet, and a slip in it went uncaught.) Sentences written for this
test in the style of the wires and papers."""
from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck


def _claims(text: str, lang: str):
    return [(c.text, c.kind, c.unit) for c in claimcheck.extract(text, lang)]


@pytest.mark.parametrize("lang, text, base", [
    ("en", "The average winning bid was 21,217 yen (about $143) per 60 kilograms of brown "
           "rice, the ministry said.", "60 kilograms"),
    ("en", "The average supermarket price stood at 4,268 yen (about $2.90) per 5 kg in the "
           "week to Feb. 23.", "5 kg"),
    ("de", "Die Genossenschaft zahlt 452 Euro (rund 430 Franken) je 1000 Liter Milch.",
     "1000 Liter"),
    ("fr", "La coopérative paiera 452 euros (environ 398 dollars) pour 1 000 litres de lait.",
     "1 000 litres"),
])
def test_base_after_a_bracketed_conversion_is_no_claim(lang, text, base):
    got = _claims(text, lang)
    assert not any(base in t for t, _, _ in got), got
    assert sum(kind == "money" for _, kind, _ in got) == 2, got


def test_measure_after_per_with_no_price_before_stays():
    # no amount before "per": nothing says the measure is a price's base
    got = _claims("Crews cleared 40 kilometres of road per day, and 12 tonnes of debris.", "en")
    assert any(t == "12 tonnes" for t, _, _ in got), got


def test_period_after_a_bracket_is_left_to_rates():
    got = _claims("Rents rose to €1,200 (about $1,300) per month in the capital.", "en")
    assert all(kind != "duration" for _, kind, _ in got), got


@pytest.mark.parametrize("lang, text", [
    ("ja", "入札は今月11日から13日まで行い、月末にも店頭に並ぶ見通しです。"),
    ("ja", "展示会は11日〜13日に開かれる。"),
    ("ja", "第9回国際投資貿易商談会が27日閉幕した。"),
    ("zh", "日本濑户电力公司8日重启上浦核电站3号机组。"),
])
def test_day_of_the_month_is_no_count(lang, text):
    got = _claims(text, lang)
    assert all(kind not in ("number", "count") or t not in ("11", "13", "27", "8")
               for t, kind, _ in got), got


def test_days_counted_stay_a_duration():
    got = _claims("売上は11日間で5億円に達した。", "ja")
    assert ("11日間", "duration", "s") in got, got
