""""Nearly 27%" is at most 27 % but not much less: it does not agree with 16.8 %, though
"under 27%" would. And a bound or an approximation states its figure rounded: "近17%" is
16.8 % rounded, so "近27%" is a digit slip of it. Figures written for this test."""
from __future__ import annotations

from decimal import Decimal

import claimcheck
from claimcheck.stories.agreement import interval, judge, slip


def _one(text: str, lang: str):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.kind == "percent"]
    return c


EXACT = _one("Education took 16.8% of spending.", "en")


def test_nearly_is_a_narrow_interval_and_under_a_wide_one():
    near = interval(_one("教育支出占比近27%。", "zh"))
    assert near.low > Decimal(20) and near.high >= Decimal(27)
    under = interval(_one("Education took less than 27% of spending.", "en"))
    assert under.low < Decimal("16.8") < under.high


def test_nearly_a_slipped_figure_disagrees_and_its_slip_is_named():
    for text, lang in (("教育支出占比近27%。", "zh"), ("Education took nearly 27% of spending.", "en"),
                       ("La educación se llevó casi el 27% del gasto.", "es")):
        bad = _one(text, lang)
        verdict = judge([EXACT, bad])
        assert verdict.outliers == (1,), (text, verdict)
        assert slip(EXACT, bad) == "wrong digit", text


def test_nearly_the_rounded_figure_agrees():
    for text, lang in (("教育支出占比近17%。", "zh"), ("Education took nearly 17% of spending.", "en")):
        assert not judge([EXACT, _one(text, lang)]).outliers, text


def test_a_range_is_no_rounded_bound():
    rng = claimcheck.extract("Unit costs of US$17.50-18.50 a tonne.", "en")[0]
    exact = claimcheck.extract("Unit costs of US$17.45 a tonne.", "en")[0]
    assert slip(exact, rng) != "wrong digit"
