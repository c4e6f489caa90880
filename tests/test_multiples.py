"""A number that says how many times another figure is ("前年の約2倍", "2.1 times higher",
"2,5 volte più") is a multiple: kind ``multiple``, never an amount in the story's
currency or a count; a plain count of times ("scored 3 times") is not one. Sentences
written for this test, in the style of price and trade reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck
from claimcheck.stories.agreement import judge

MULTIPLES = [
    ("スーパーの平均価格は5キロあたり4268円で、前年の約2倍となった。", "ja", "約2倍", "2", "about"),
    ("高丽菜批发价每公斤58元，是上周的2.3倍。", "zh", "2.3倍", "2.3", "exact"),
    ("資通產品出口273.6億美元，年增1.3倍。", "zh-TW", "1.3倍", "1.3", "exact"),
    ("Cabbage now costs 2.3 times more than a week ago, at 58 yuan a kilo.", "en", "2.3", "2.3",
     "exact"),
    ("Analysts expect a 3-fold rise in exports.", "en", "3-fold", "3", "exact"),
    ("Le chou coûte désormais 2,3 fois plus cher qu'il y a une semaine.", "fr", "2,3", "2.3",
     "exact"),
    ("La col cuesta ahora 2,3 veces más que hace una semana.", "es", "2,3", "2.3", "exact"),
    ("Il cavolo costa ora 2,3 volte più di una settimana fa.", "it", "2,3", "2.3", "exact"),
    ("Der Kohl kostet jetzt das 2,3-Fache der Vorwoche.", "de", "2,3-Fache", "2.3", "exact"),
    ("O repolho custa agora 2,3 vezes mais do que há uma semana.", "pt", "2,3", "2.3", "exact"),
]


@pytest.mark.parametrize("text,lang,surface,value,qualifier", MULTIPLES)
def test_a_multiple_is_read_as_one(text, lang, surface, value, qualifier):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.kind == "multiple"]
    assert (c.text, c.value, c.qualifier) == (surface, Decimal(value), qualifier)
    assert c.unit is None


@pytest.mark.parametrize("text,lang", [
    ("The striker scored 3 times in the final.", "en"),
    ("Das Team gewann 3 mal in Folge.", "de"),
    ("Il a été élu 3 fois maire de la ville.", "fr"),
])
def test_a_count_of_times_is_no_multiple(text, lang):
    assert all(c.kind != "multiple" for c in claimcheck.extract(text, lang))


def test_a_multiple_is_never_compared_as_money():
    text = "スーパーの平均価格は5キロあたり4268円で、前年の約2倍となった。"
    multiple = next(c for c in claimcheck.extract(text, "ja") if c.kind == "multiple")
    price = next(c for c in claimcheck.extract("Rice cost 4,268 yen (about $2.90).", "en")
                 if c.kind == "money" and c.unit == "USD")
    verdict = judge([price, multiple])
    assert not verdict.outliers and -1 in verdict.groups     # not compared: no flag of 2 yen


def test_two_versions_multiples_agree_and_a_slip_does_not():
    a = next(c for c in claimcheck.extract("是上周的2.3倍。", "zh") if c.kind == "multiple")
    b = next(c for c in claimcheck.extract("It costs 2.3 times more than last week.", "en")
             if c.kind == "multiple")
    c = next(c for c in claimcheck.extract("Es kostet das 3,2-Fache der Vorwoche.", "de")
             if c.kind == "multiple")
    assert not judge([a, b]).outliers
    assert judge([a, b, c]).outliers == (2,)


def test_a_rule_may_select_multiples():
    from claimcheck.checks.select import parse_selector
    sel = parse_selector({"kind": "multiple"}, "where", None)
    assert sel.kind == "multiple"
