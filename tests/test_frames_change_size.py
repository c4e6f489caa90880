"""An amount or a count that sizes a change ("fell by 1.23 million", "减少123万", "123万人減")
has the role change or drop, not level: a version that tells the size of a fall is not
telling the level it fell to. The words that mark it ("by", "de", "um", 了) are language
data (``change_by`` in rules/lexicon.yaml)."""
from __future__ import annotations

import pytest

from claimcheck import extract


def roles(text: str, lang: str) -> dict[str, str]:
    return {c.text: c.role for c in extract(text, lang) if c.kind != "date"}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Spending on libraries will fall by £2.4 million to £31 million next year.",
     {"£2.4 million": "drop", "£31 million": "level"}),
    ("en", "Nonfarm payrolls rose 254,000 in May, the Labor Department said.",
     {"254,000": "change"}),
    ("fr", "Le nombre de demandeurs d'emploi a reculé de 48 000 personnes, à 2,3 millions.",
     {"48 000": "drop", "2,3 millions": "level"}),
    ("es", "El paro registrado bajó en 23.500 personas en octubre, hasta 2,41 millones.",
     {"23.500": "drop", "2,41 millones": "level"}),
    ("de", "Die Exporte sanken um 1,2 Milliarden Euro auf 128,4 Milliarden Euro.",
     {"1,2 Milliarden Euro": "drop", "128,4 Milliarden Euro": "level"}),
    ("it", "Per un mutuo medio la rata mensile potrebbe calare di 35 euro.",
     {"35 euro": "drop"}),
    ("zh", "全年粮食总产量7.07亿吨，比上年增加1,100万吨。",
     {"7.07亿吨": "level", "1,100万吨": "change"}),
    ("ja", "新工場の従業員は約1,800人増やす計画だ。", {"約1,800": "change"}),
])
def test_the_size_of_a_change(lang, text, expected):
    got = roles(text, lang)
    assert {k: got.get(k) for k in expected} == expected, got


def test_a_change_word_after_the_figure_sizes_it_past_an_aside():
    got = roles("日本の総人口は1億2214万人で、前回2020年調査の1億2337万人から123万人（1.0%）減った。", "ja")
    assert got["123万"] == "drop"
    assert got["1億2214万"] == got["1億2337万"] == "level"


def test_a_verb_before_its_own_figure_does_not_size_the_one_before_it():
    got = roles("日本总人口为1.2214亿人，比2020年上次普查的1.2337亿人减少约123万人，降幅为1.0%。", "zh")
    assert got["1.2337亿"] == "level"
    assert got["约123万"] == "drop"
    assert got["1.0%"] == "decline"


@pytest.mark.parametrize("lang, text, figure", [
    # the new level, with "to", "auf", "hasta" between or the change word after a space
    ("de", "Der Pegel der Donau ist in Passau am Montag auf 10,8 Meter gestiegen.", "10,8 Meter"),
    ("en", "The loonie slipped to 71.38 U.S. cents on Tuesday.", "71.38 U.S. cents"),
    # a bound is no size: "fell below 13,000 megawatts"
    ("en", "Reserves held for 187 days after outages fell below 13,000 megawatts.",
     "below 13,000 megawatts"),
    # a window is no size
    ("zh", "日本人口五年减少123万", "五年"),
    # a dateline's dash is no minus
    ("fr", "SAINT-NAZAIRE, 6 avril 2026 -- Tidewater Renewables a annoncé 120 embauches.", "120"),
])
def test_a_level_stays_a_level(lang, text, figure):
    got = roles(text, lang)
    assert got.get(figure) == "level", got


def test_a_yearly_rate_of_growth_is_a_growth_rate():
    got = roles("Traffic is expected to grow by 3.5% a year until 2035.", "en")
    assert got["3.5% a year"] == "growth"
