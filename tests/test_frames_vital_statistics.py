"""What a number measures in reports of vital statistics and of migrants' remittances: the
born, the dead, their balance, marriages and divorces, in every language of the lexicon;
and zh 达到 ("reached"), which states a figure and does not make it approximate."""
from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck
from test_frames_domains import assert_measures

VITAL = {"births", "deaths", "natural_change", "marriages", "divorces"}

# One year's vital statistics, told in eight languages: each figure carries its own
# measure, and the balance of births and deaths is neither.
YEAR = [
    ("en", "Japan recorded 686,061 births in 2026, while deaths totaled 1,612,344, a natural "
           "decline of 926,283. Marriages fell to 473,950 and divorces to 181,200.",
     ["686,061", "1,612,344", "926,283", "473,950", "181,200"]),
    ("fr", "Le pays a enregistré 686 061 naissances et 1 612 344 décès, soit un solde naturel "
           "de -926 283. Les mariages sont tombés à 473 950 et les divorces à 181 200.",
     ["686 061", "1 612 344", "-926 283", "473 950", "181 200"]),
    ("es", "Se registraron 686.061 nacimientos y 1.612.344 defunciones, con un saldo "
           "vegetativo negativo de 926.283. Los matrimonios bajaron a 473.950 y los divorcios "
           "a 181.200.",
     ["686.061", "1.612.344", "926.283", "473.950", "181.200"]),
    ("de", "Es gab 686.061 Geburten und 1.612.344 Sterbefälle; der Sterbeüberschuss lag bei "
           "926.283. Die Zahl der Eheschließungen sank auf 473.950, die der Scheidungen auf "
           "181.200.",
     ["686.061", "1.612.344", "926.283", "473.950", "181.200"]),
    ("pt", "Foram registrados 686.061 nascimentos e 1.612.344 óbitos, um saldo natural "
           "negativo de 926.283. Os casamentos caíram para 473.950 e os divórcios para "
           "181.200.",
     ["686.061", "1.612.344", "926.283", "473.950", "181.200"]),
    ("it", "Le nascite sono state 686.061 e i decessi 1.612.344, con un saldo naturale "
           "negativo di 926.283. I matrimoni sono scesi a 473.950 e i divorzi a 181.200.",
     ["686.061", "1.612.344", "926.283", "473.950", "181.200"]),
    ("zh", "全年出生人口68.6万人，死亡人口161.2万人，人口自然减少92.6万人。结婚登记47.4万对，"
           "离婚登记18.1万对。",
     ["68.6万", "161.2万", "92.6万", "47.4万", "18.1万"]),
    ("ja", "出生数は68万6061人、死亡数は161万2344人で、自然減は92万6283人だった。"
           "婚姻件数は47万3950組、離婚件数は18万1200組だった。",
     ["68万6061", "161万2344", "92万6283", "47万3950", "18万1200"]),
]


@pytest.mark.parametrize("lang, text, figures", YEAR)
def test_each_vital_statistic_has_its_own_measure(lang, text, figures):
    assert_measures(text, lang, dict(zip(figures, ["births", "deaths", "natural_change",
                                                   "marriages", "divorces"])))


def test_zh_deaths_exceeding_births_is_the_natural_change():
    # "deaths exceeded births by about 926,000": the births' word alone would name the births
    assert_measures("死亡人口约161.2万人，死亡人口超出生人口约92.6万人，自然减少人数创历史新高。",
                    "zh", {"约161.2万": "deaths", "约92.6万": "natural_change"})


REMITTANCES = [
    ("en", "Remittances to Mexico hit a record $64.9 billion in 2026.", "$64.9 billion"),
    ("es", "Las remesas sumaron 64 mil 918 millones de dólares en 2026.",
     "64 mil 918 millones de dólares"),
    ("fr", "Les transferts de fonds ont atteint 64,9 milliards de dollars.",
     "64,9 milliards de dollars"),
    ("de", "Die Rücküberweisungen erreichten 64,9 Milliarden Dollar.", "64,9 Milliarden Dollar"),
    ("it", "Le rimesse hanno raggiunto 64,9 miliardi di dollari.", "64,9 miliardi di dollari"),
    ("pt", "As remessas de dinheiro somaram 64,9 bilhões de dólares.",
     "64,9 bilhões de dólares"),
    ("zh", "侨汇收入达649亿美元。", "649亿美元"),
    ("ja", "海外送金は649億ドルに達した。", "649億ドル"),
]


@pytest.mark.parametrize("lang, text, figure", REMITTANCES)
def test_remittances_are_a_measure(lang, text, figure):
    assert_measures(text, lang, {figure: "remittances"})


@pytest.mark.parametrize("text", [
    "A primeira remessa de 2 milhões de vacinas chegou ao porto.",
    "As remessas de soja para a China somaram 3,2 milhões de toneladas.",
])
def test_a_pt_shipment_is_no_remittance(text):
    # pt "remessa" alone is a shipment: only "remessas de dinheiro" and the like are money sent
    got = {c.measure for c in claimcheck.extract(text, lang="pt") if c.kind != "date"}
    assert "remittances" not in got


@pytest.mark.parametrize("text, figure, value", [
    ("出口额达到412亿美元，同比增长8.1%。", "412亿美元", Decimal("41200000000")),
    ("全年营收达到1234.5亿元。", "1234.5亿元", Decimal("123450000000")),
])
def test_zh_reached_states_the_figure_itself(text, figure, value):
    [c] = [c for c in claimcheck.extract(text, lang="zh") if c.text == figure]
    assert c.value == value and c.qualifier == "exact"
    # the interval is the figure's rounding, not an "about"'s tenth either side
    assert c.high - c.low <= value / 100


def test_zh_as_high_as_stays_a_bound():
    [c] = [c for c in claimcheck.extract("损失高达412亿美元。", lang="zh") if c.kind == "money"]
    assert c.qualifier == "under"
