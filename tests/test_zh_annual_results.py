"""A Chinese annual-results announcement (bench/devset results-annual): the old value of a
from-to named by its period without a year ("毛利率由上年的36.0%上升至41.0%"), and "上年"
read against the year the announcement reports on, which it writes in full dates
("截至2024年12月31日止年度"). Text written for this test."""
from __future__ import annotations

import claimcheck

RESULTS = (
    "华信家电控股有限公司截至2025年12月31日止年度全年业绩公告\n\n"
    "董事会公布本集团截至2025年12月31日止年度之经审核综合业绩。\n"
    "一、收入为人民币31,250百万元，较上年的人民币28,904百万元增加8.1%。\n"
    "二、毛利率由上年的29.5%上升至31.2%，提升1.7个百分点。\n"
    "三、每股基本盈利为人民币1.12元（2024年：人民币0.97元）。\n"
    "于2025年12月31日，本集团现金结余为人民币12,806百万元。")


def _by_text():
    return {c.text: c for c in claimcheck.extract(RESULTS, "zh")}


def test_an_old_value_named_by_its_period_opens_a_from_to():
    claims = _by_text()
    assert claims["29.5%"].role == "old"
    assert claims["31.2%"].role == "new"
    text = "出口占比由去年同期的18.4%提高到21.0%。"
    roles = {c.text: c.role for c in claimcheck.extract(text, "zh")}
    assert roles == {"18.4%": "old", "21.0%": "new"}


def test_the_previous_year_is_the_one_before_the_year_reported_on():
    # 2024 is written once alone, 2025 three times in full dates: 上年 is 2024
    claims = _by_text()
    assert claims["人民币28,904百万元"].period == "2024"
    assert claims["29.5%"].period == "2024"
    assert claims["人民币31,250百万元"].period in ("", None)


def test_a_year_without_a_dated_old_word_opens_no_from_to():
    # 上年 alone, with no 的 after it, is no old value's period: "由上年" is "from last
    # year on" here, and the two rates are levels
    text = "由上年起，利率为3.5%，明年为3.2%。"
    roles = [c.role for c in claimcheck.extract(text, "zh") if c.kind == "percent"]
    assert roles == ["level", "level"]


def test_han_list_numbers_are_no_claims():
    text = ("业绩摘要\n一、收入为人民币31,250百万元。\n二、毛利率为31.2%。\n（三）其他事项\n"
            "今年的重点，一是投资增长5%，二是消费回升；三是出口占比为21.0%。")
    assert [c.text for c in claimcheck.extract(text, "zh")] == \
        ["人民币31,250百万元", "31.2%", "5%", "21.0%"]
    ja = "一、売上高は1兆2000億円。\n二、営業利益は500億円。"
    assert [c.text for c in claimcheck.extract(ja, "ja")] == ["1兆2000億円", "500億円"]


def test_a_han_numeral_inside_a_clause_is_still_read():
    # "三、四家" within a sentence is "three or four", no list; 统一是 holds no numeral
    claims = claimcheck.extract("共有三、四家企业参与，统一是按5%计算。", "zh")
    assert "四家" in [c.text for c in claims] or "四" in [c.text for c in claims]
    assert "5%" in [c.text for c in claims]
