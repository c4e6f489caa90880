"""Japanese durations and キロ of bench/devset5 satellite-launch: '約16分40秒' is one
duration of 1,000 seconds (it was a bare 16 and a wrong 40 seconds); キロ after an
altitude or an orbit (高度, 軌道, 周回) is a kilometre, and after a weight word
(重さ, 体重) still a kilogram. Text written for this test."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract


def _claims(text: str):
    return [(c.text, c.value, c.unit) for c in extract(text, lang="ja")]


def test_minutes_and_seconds_are_one_duration():
    assert _claims("探査機は分離から約12分30秒後に通信を確立した。") == \
        [("約12分30秒", Decimal("750"), "s")]
    assert _claims("優勝タイムは3分40秒だった。") == [("3分40秒", Decimal("220"), "s")]


def test_kilo_after_an_altitude_is_a_kilometre():
    (text, value, unit), = _claims("新しい衛星は高度約550キロの軌道を回る。")
    assert (value, unit) == (Decimal("550000"), "m")


def test_kilo_after_a_weight_word_stays_a_kilogram():
    (text, value, unit), = _claims("高度を上げた機体は重さ約8キロの荷物を運んだ。")
    assert (value, unit) == (Decimal("8"), "kg")
