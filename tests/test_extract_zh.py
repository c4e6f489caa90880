"""Chinese extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck

INF = D("Infinity")


one = one_for("zh")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("计划投资204.5亿元", D(20_450_000_000)),
    ("进出口总额达314.8亿元", D(31_480_000_000)),
    ("总额1.2万亿元", D(1_200_000_000_000)),
    ("总额1.2万元", D(12_000)),
    ("总额1,234,567元", D(1_234_567)),
    ("总额314亿8000万元", D(31_480_000_000)),
    ("总额两千三百元", D(2300)),
    ("总额十五万元", D(150_000)),
    ("总额两千四百五元", D(2450)),           # 两千四百五 is 2450
    ("总额一万三元", D(13_000)),
    ("总额四千零五万元", D(40_050_000)),
    ("总额壹佰贰拾叁元", D(123)),           # financial numerals
    ("总额伍仟元", D(5000)),
    ("总额三十六点九元", D("36.9")),
    ("总额１２３元", D(123)),               # full-width digits
])
def test_numerals(text, value):
    assert one(text).value == value


def test_precision_of_204_5_yi():
    c = one("计划投资204.5亿元")
    assert (c.low, c.high) == (D(20_445_000_000), D(20_455_000_000))


@pytest.mark.parametrize("text,value", [
    ("三分之一", D(1) / D(3)),
    ("负五", D(-5)),
    ("三又三分之一", D(10) / D(3)),
])
def test_fractions_and_signs(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("超200亿元", "over", D(20_000_000_000), INF),
    ("总投资逾200亿", "over", D(20_000_000_000), INF),
    ("突破100亿元", "over", D(10_000_000_000), INF),
    ("超过10万人", "over", D(100_000), INF),
    ("100人以上", "over", D(100), INF),
    ("近50公里", "under", D(44_500), D(50_500)),
    ("不到10个", "under", D(0), D(10)),
    ("约500人", "about", D(450), D(550)),
    ("1000人左右", "about", D(900), D(1100)),
    ("10至20公里", "range", D(9500), D(20_500)),
    ("十余万人", "over", D(100_000), INF),
])
def test_qualifiers(text, qualifier, low, high):
    c = [x for x in claimcheck.extract(text, "zh")][0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_qualifier_inside_a_word_is_not_one():
    # 签约 "to sign": its last character 约 is not "about"
    c = one("双方签约28项合作协议")
    assert (c.qualifier, c.value) == ("exact", D(28))


@pytest.mark.parametrize("text,iso", [
    ("价值50元", "CNY"), ("价值50人民币", "CNY"), ("价值50美元", "USD"), ("价值50欧元", "EUR"),
    ("价值50英镑", "GBP"), ("价值50日元", "JPY"), ("价值50港元", "HKD"), ("价值50块", "CNY"),
    ("价值￥50", "CNY"),           # a bare yen sign in Chinese text is the yuan
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


def test_money_in_parts():
    assert one("这个手机壳五元三毛").value == D("5.3")
    assert one("50元6角三分").value == D("50.63")


@pytest.mark.parametrize("text,value,unit", [
    ("面积36.9平方公里", D(36_900_000), "m**2"),
    ("面积36.9km2", D(36_900_000), "m**2"),
    ("面积36.9km²", D(36_900_000), "m**2"),
    ("面积120公顷", D(1_200_000), "m**2"),
    ("面积30亩", D(20_000), "m**2"),
    ("发电5吉瓦时", D(18 * 10 ** 12), "J"),
    ("装机200兆瓦", D(200_000_000), "W"),
    ("装机200MW", D(200_000_000), "W"),
    ("装机1500千瓦", D(1_500_000), "W"),
    ("一吨半", D(1500), "kg"),
    ("长12千米", D(12_000), "m"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("增长5%", D(5), "percent"),
    ("增长百分之二十", D(20), "percent"),
    ("增长千分之五", D("0.5"), "percent"),
    ("占三成", D(30), "percent"),
    ("打八折", D(80), "percent"),
    ("提高2.5个百分点", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,subject", [
    ("签署28项合作协议", D(28), "合作协议"),
    ("发布9个提案", D(9), "提案"),
    ("其中11个项目", D(11), "项目"),
    ("共326家企业", D(326), "企业"),
])
def test_counts_carry_their_subject(text, value, subject):
    c = one(text)
    assert (c.kind, c.value, c.subject) == ("count", value, subject)


@pytest.mark.parametrize("text", [
    "电话：(010)68315039", "京ICP备05004340号-12", "网址 http://www.example.cn/2020/1.html",
    "一带一路", "一些人", "一个项目", "统一", "四川", "万一", "队伍", "收拾房间", "陆地",
    "第一名", "九点三十分开会", "二三十个百分点",
])
def test_non_claims(text):
    assert [c for c in claimcheck.extract(text, "zh") if c.kind != "date"] == []


@pytest.mark.parametrize("text,value", [
    ("2020年11月20日签约", D(20201120)),
    ("2019年进出口", D(2019)),
    ("11月19日开幕", D(1119)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_lone_numeral_read_where_it_stands_as_a_number():
    assert [c.value for c in claimcheck.extract("答案是四不是五", "zh")] == [D(4), D(5)]


def test_a_change_whose_old_value_carries_its_year():
    found = [(c.text, c.role, c.period) for c in claimcheck.extract(
        "海外市场收入占比由2023年的33%提升至38%。", lang="zh") if c.kind != "date"]
    assert found == [("33%", "old", "2023"), ("38%", "new", "")]


@pytest.mark.parametrize("lang, text, minutes", [
    ("zh", "两地间的旅行时间将缩短至1小时55分钟。", [115]),
    ("zh", "旅行时间将从3小时40分钟缩短至1小时55分钟。", [220, 115]),
    ("ja", "両都市は2時間30分で結ばれる。", [150]),
])
def test_hours_and_minutes_written_together_are_one_duration(lang, text, minutes):
    found = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "duration"]
    assert [c.value / 60 for c in found] == minutes


def test_a_unit_before_a_digit_is_still_refused_without_a_compound():
    assert [c.text for c in claimcheck.extract("2023年12月，销量增长3%。", lang="zh")
            if c.kind == "duration"] == []


@pytest.mark.parametrize("text, kept", [
    ("宁波舟山港梅山东集装箱码头8日正式开港，该项目总投资142亿元。", ["142亿元"]),
    ("公司15日宣布，将在当地投资50亿元建设新基地。", ["50亿元"]),
    ("国家统计局9日发布数据显示，10月份CPI同比上涨0.2%。", ["0.2%"]),
])
def test_a_day_of_the_month_before_the_verb_of_the_news_is_no_claim(text, kept):
    assert [c.text for c in claimcheck.extract(text, "zh") if c.kind != "date"] == kept
