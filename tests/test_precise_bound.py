"""A lower bound written with three significant digits or more is a rounding down of a
figure near it: "Admissions top 47,300" does not agree with a body's 74,300 (the digits
swapped), while a round bound ("over 20 billion", "mehr als 1,2 Millionen") keeps its wide
reach. Figures written for this test."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

import claimcheck
from claimcheck.stories.agreement import interval, judge


def _one(text: str, lang: str):
    (c,) = [c for c in claimcheck.extract(text, lang)
            if c.kind in ("count", "number", "money") and c.value > 10]
    return c


def test_a_precise_headline_bound_disagrees_with_its_swapped_body_figure():
    body = _one("Admissions over the nine days reached 74,300, up 7.8%.", "en")
    for text, lang in (("Festival Admissions Top 47,300 as Spanish Film Wins", "en"),
                       ("Le festival dépasse les 47 300 entrées", "fr"),
                       ("Das Festival zählt mehr als 47.300 Besucher", "de"),
                       ("El festival supera los 47.300 espectadores", "es")):
        bound = _one(text, lang)
        assert bound.qualifier == "over", text
        assert judge([body, bound]).outliers, text


def test_a_precise_bound_agrees_with_the_figure_it_rounds_down():
    body = _one("Admissions over the nine days reached 74,360.", "en")
    for text, lang in (("Festival Admissions Top 74,300", "en"),
                       ("Il festival chiude con oltre 74.300 spettatori", "it"),
                       ("入场人次超过7.43万", "zh")):
        assert not judge([body, _one(text, lang)]).outliers, text


def test_round_bounds_keep_their_reach():
    for bound_text, lang, body_text, body_lang in (
            ("超200亿元", "zh", "RMB 21.75 billion", "en"),
            ("more than 1.2 million visitors", "en", "1,9 millions de visiteurs", "fr"),
            ("mindestens 29 Tote", "de", "47 people died", "en"),
            ("oltre 41 mila arrivi", "it", "gli arrivi sono stati 58.214", "it")):
        bound = _one(bound_text, lang)
        assert bound.qualifier == "over", bound_text
        assert not judge([_one(body_text, body_lang), bound]).outliers, (bound_text, body_text)


@given(st.integers(min_value=101, max_value=999).filter(lambda d: d % 10),
       st.integers(min_value=0, max_value=3), st.integers(min_value=0, max_value=1999))
def test_the_reach_of_a_precise_bound_is_one_unit_of_its_leading_digit(digits, zeros, step):
    figure = int(Decimal(digits).scaleb(zeros))
    unit = Decimal(10) ** Decimal(figure).adjusted()
    span = interval(_one(f"Attendance was more than {figure:,} people.", "en"))
    value = figure + unit * Decimal(step) / 1000
    assert span.contains(value) == (value < figure + unit)
