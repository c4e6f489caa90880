"""Failure classes found on bench/devset18 (held-out), each with the behaviour its fix
asserts: real-looking text written for these tests."""
from __future__ import annotations

import pytest

from story_helpers import check, flags

# ---------------------------------------------------- a wrong conversion in another's row

DRAFT_STORY = {
    "en.txt": ("The canal will lower the maximum draft for the largest locks to 46 feet "
               "(14.02 meters) from 50 feet on Jan. 1. A surcharge of $12,000 will apply to "
               "every vessel longer than 125 feet (38.1 meters)."),
    "es.txt": ("La autoridad bajará el calado máximo de 50 a 46 pies, unos 14,02 metros, desde "
               "el 1 de enero. Cobrará 12.000 dólares a cada buque de más de 125 pies "
               "(38,1 metros) de eslora."),
    "de.txt": ("Der maximale Tiefgang wird ab 1. Januar von 50 auf 46 Fuß (14,02 Meter) "
               "beschränkt. Schiffe über 125 Fuß zahlen 12.000 Dollar."),
}
PT = ("A autoridade limitará o calado máximo a 46 pés ({}), ante 50 pés, a partir de 1º de "
      "janeiro. A taxa de US$ 12 mil por navio com mais de 125 pés (38,1 metros) volta a ser "
      "cobrada.")


def _story(conversion: str) -> dict[str, str]:
    return {**DRAFT_STORY, "pt.txt": PT.format(conversion)}


def test_a_wrong_conversion_is_judged_with_the_figure_it_converts():
    found = flags(check(_story("12,4 metros"))[1])
    assert len(found) == 1
    texts = {c.text for c in found[0].claims}
    assert "12,4 metros" in texts
    assert not any("125" in t or "38,1" in t for t in texts)     # not the vessels' length


@pytest.mark.parametrize("conversion", ["14,02 metros", "14 metros"])
def test_a_right_conversion_raises_no_flag(conversion):
    assert not flags(check(_story(conversion))[1])


def test_the_conversion_row_keeps_the_lengths_of_the_vessels():
    rows, _ = check(_story("12,4 metros"))
    row = next(r for r in rows if any(c.text == "12,4 metros" for c in r.claims))
    assert any(c.text == "46 pés" for c in row.claims)
    assert not any("125" in c.text for c in row.claims)


# ------------------------------------------- Japanese counts of change read as levels

from claims_helpers import claim_at as at  # noqa: E402

JA = "金メダル数は前回大会の58個を3個上回ったが、目標に掲げた65個には4個届かなかった。"


@pytest.mark.parametrize("text, figure, role", [
    (JA, "3", "change"),                                   # 3 more than last time
    (JA, "4", "drop"),                                     # 4 short of the target
    ("販売台数は前年を12万台上回り、過去最高となった。", "12万", "change"),
    ("来場者は目標を5000人下回った。", "5000", "drop"),
])
def test_a_japanese_count_beside_a_comparative_is_a_change(text, figure, role):
    assert at(text, "ja", figure).role == role


@pytest.mark.parametrize("text, figure, role", [
    (JA, "58", "level"),                                   # を between: the level exceeded
    (JA, "65", "target"),                                  # the goal it fell short of
    ("前回の58個を上回った。", "58", "level"),
])
def test_the_figure_a_japanese_comparative_names_is_no_change(text, figure, role):
    assert at(text, "ja", figure).role == role


# ------------------------------------- imperial and nautical units in Chinese wire copy

from decimal import Decimal  # noqa: E402


@pytest.mark.parametrize("lang, text, figure, value, unit", [
    ("zh", "新巴拿马型船闸的最大吃水深度将从50英尺降至46英尺（约14.02米）。", "46英尺",
     "14.0208", "m"),
    ("zh", "所有长度超过125英尺的船舶需缴纳固定附加费。", "超过125英尺", "38.1", "m"),
    ("zh", "飞机当时在3万英尺高空巡航。", "3万英尺", "9144", "m"),
    ("zh", "事发地点距离海岸约12海里。", "约12海里", "22224", "m"),
    ("zh-TW", "這艘貨輪長約300呎，吃水約46英呎。", "約300呎", "91.44", "m"),
    ("zh", "新机型屏幕尺寸为6.7英寸。", "6.7英寸", "0.17018", "m"),
])
def test_chinese_feet_miles_and_inches_are_lengths(lang, text, figure, value, unit):
    c = at(text, lang, figure)
    assert c.value == Decimal(value) and c.unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("马士基宣布对经巴拿马运河的货物每40英尺箱加收300美元附加费。", "300美元", "300"),
    ("上海至美国东海岸航线运价为每40英尺箱3460美元，每标准箱1742美元。", "3460美元", "3460"),
])
def test_a_forty_foot_box_stays_the_thing_a_freight_rate_is_per(text, figure, value):
    c = at(text, "zh", figure)
    assert c.unit == "USD/FEU" and c.value == Decimal(value)


# ------------------------------- 目前 ("currently") is no 前 of a rank ("前10名", the top 10)

@pytest.mark.parametrize("text, figure, value", [
    ("为运河供水的加通湖水位目前约为24.75米，远低于往年同期。", "约为24.75米", "24.75"),
    ("当地水库蓄水量当前约为1.2亿立方米。", "约为1.2亿立方米", "120000000"),
    ("此前约300人已安全撤离。", "约300", "300"),
])
def test_a_figure_after_currently_is_read(text, figure, value):
    assert at(text, "zh", figure).value == Decimal(value)


def test_the_top_ten_is_still_no_claim():
    from claims_helpers import non_dates
    assert not non_dates("该公司跻身全球前10名。", "zh")
