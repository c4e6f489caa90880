"""Classes of misreads found on the thirteenth held-out set (bench/realtext/holdout13-*.yaml):
a span of months written with a range word (1至11月) read as a number, a change written
"上涨0.5元至23.8元" read as one range, a half after a unit an article counts ("un metro e
mezzo") read as a lone 0.5, a count in thousands written in words read as money after an
amount ("un millón 479 mil hogares"), and water volumes and "pc" that were not read.
Literal expectations on sentences written for these tests (not the benchmark's)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from claims_helpers import claim_rows, unit_values


# ------------------------------------------------------------------- wrong values

@pytest.mark.parametrize("lang", ["zh", "zh-TW"])
def test_a_span_of_months_with_a_range_word_is_a_date(lang):
    text = "2至9月，全省快递业务量完成86.4亿件。"
    assert unit_values(text, lang) == [(D("8640000000"), None)]


def test_a_range_of_counts_with_a_range_word_stays_a_range():
    rows = claim_rows("预计新增岗位3至5万个。", "zh")
    assert [(r[1], r[3]) for r in rows] == [(D("40000"), "count")]


@pytest.mark.parametrize("text, lang, cur", [
    ("猪肉批发价上涨1.2元至26.5元。", "zh", "CNY"),
    ("每度電價調漲0.52元至4.31元。", "zh-TW", "TWD"),
    ("全年净利润增加3亿元至18亿元。", "zh", "CNY"),
])
def test_a_change_by_an_amount_then_to_a_level_is_no_range(text, lang, cur):
    rows = claim_rows(text, lang)
    assert len(rows) == 2 and all(r[1] is not None for r in rows), rows
    assert rows[0][1] < rows[1][1]
    assert rows[0][2].startswith(cur) and rows[1][2].startswith(cur)


def test_a_range_of_amounts_without_a_verb_of_change_stays_a_range():
    rows = claim_rows("预计投资在4亿元至7亿元之间。", "zh")
    assert [(r[1], r[2]) for r in rows] == [(D("550000000"), "CNY")]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("La frana ha travolto un chilometro e mezzo di strada.", "it", D("1500"), "m"),
    ("O julgamento demorou um ano e meio.", "pt-BR", D("47336400"), "s"),
    ("Il a marché un kilomètre et demi.", "fr", D("1500"), "m"),
])
def test_a_half_after_a_unit_an_article_counts_is_one_and_a_half(text, lang, value, unit):
    assert unit_values(text, lang) == [(value, unit)]


def test_a_midfielder_is_no_half():
    assert unit_values("O clube contratou o meia por R$ 12 milhões.", "pt-BR") == [
        (D("12000000"), "BRL")]


# ------------------------------------------------------------------- units

def test_a_count_in_thousands_written_in_words_keeps_its_noun_after_money():
    text = ("La despensa cuesta 540 pesos. El programa llega a un millón 215 mil "
            "familias en el país.")
    rows = claim_rows(text, "es-MX")
    assert rows[1][1:] == (D("1215000"), None, "count")


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Melbourne's storages hold 1,312 GL after a dry winter.", "en-AU",
     D("1312000000"), "m**3"),
    ("The city used 1,204 megalitres a day in January.", "en-AU", D("1204000"), "m**3/day"),
    ("Storage in the basin was 14.6 BCM at the end of May.", "en-IN",
     D("14600000000"), "m**3"),
    ("A 45 ML recycling plant will open in Perth.", "en-AU", D("45000"), "m**3"),
])
def test_water_volumes_are_read(text, lang, value, unit):
    assert unit_values(text, lang) == [(value, unit)]


@pytest.mark.parametrize("lang", ["en", "en-AU", "en-IN"])
def test_pc_is_per_cent(lang):
    assert unit_values("Rents rose 4.2pc over the year, and 1.1 pc in May.", lang) == [
        (D("4.2"), "percent"), (D("1.1"), "percent")]


def test_ml_in_lower_case_stays_the_millilitre():
    assert unit_values("Each dose holds 5 ml of syrup.", "en") == [(D("0.000005"), "m**3")]


@pytest.mark.parametrize("lang", ["zh", "zh-TW"])
def test_two_close_percentages_after_a_verb_of_change_stay_a_range(lang):
    rows = claim_rows("工业用电调涨4%至7%。", lang)
    assert [(r[1], r[2]) for r in rows] == [(D("5.5"), "percent")]


def test_an_amount_in_the_measure_a_per_word_names_is_no_rate_of_it():
    text = "A produtividade chegou a 52 sacas por hectare, numa área de 2,4 milhões de hectares."
    assert unit_values(text, "pt-BR")[-1] == (D("24000000000"), "m**2")


# ------------------------------------------------------------------- rates and units

@pytest.mark.parametrize("text, lang, unit", [
    ("El club pagó 45 millones de euros. El jugador cobrará 7 millones netos por temporada.",
     "es", "EUR/season"),
    ("Il club ha speso 30 milioni di euro. Il difensore avrà 4 milioni netti a stagione.",
     "it", "EUR/season"),
])
def test_a_wage_per_season_after_an_amount_in_euros(text, lang, unit):
    assert unit_values(text, lang)[-1][1] == unit


@pytest.mark.parametrize("text, lang, unit", [
    ("Vai receber R$ 2 milhões por temporada.", "pt-BR", "BRL/season"),
    ("Il gagnera 3 millions d'euros par saison.", "fr", "EUR/season"),
    ("Er erhält 6 Millionen Euro pro Saison.", "de", "EUR/season"),
    ("He will be paid $9 million a season.", "en", "USD/season"),
])
def test_per_season(text, lang, unit):
    assert unit_values(text, lang)[0][1] == unit


@pytest.mark.parametrize("text", ["甲府市で39.8度を観測した。", "熊谷市で40.6度を記録した。"])
def test_a_temperature_named_by_the_verb_after_it(text):
    assert unit_values(text, "ja") == [(D(text[4:8]), "degC")]


def test_a_win_loss_record_counts_nothing():
    assert unit_values("今季は14勝6敗、防御率2.05だった。", "ja") == [(D("2.05"), None)]


@pytest.mark.parametrize("text, lang, value", [
    ("El Betis lo vende por 42 millones de euros más 6 en variables.", "es", D("6000000")),
    ("Il Torino lo cede per 28 milioni di euro più 3 di bonus.", "it", D("3000000")),
    ("O Benfica vende-o por 55 milhões de euros mais 8 em objetivos.", "pt-PT", D("8000000")),
    ("Der Klub zahlt 38 Millionen Euro plus 4 an Boni.", "de", D("4000000")),
])
def test_an_amount_added_with_its_scale_and_currency_left_out(text, lang, value):
    assert unit_values(text, lang)[-1] == (value, "EUR")


def test_a_count_added_after_an_amount_stays_a_count():
    rows = claim_rows("La obra costó 3 millones de euros más 2 grúas.", "es")
    assert rows[-1][1:] == (D("2"), None, "count")


def test_a_price_per_insurance_claim():
    assert unit_values("Le coût moyen atteint 3 100 euros par sinistre.", "fr") == [
        (D("3100"), "EUR/claim")]


@pytest.mark.parametrize("text, value", [
    ("Level 2 restrictions start when dams fall below 60 per cent.", D("60")),
    ("A four-bedroom house in Ryde sold for 95 per cent of its guide.", D("95")),
])
def test_levels_and_bedrooms_name_no_quantity(text, value):
    assert unit_values(text, "en-AU") == [(value, "percent")]


def test_a_wage_after_a_word_for_a_player_keeps_the_currency_of_the_story():
    text = ("Il club ha pagato 40 milioni di euro. Il centrocampista avrà un ingaggio da "
            "5 milioni netti a stagione.")
    assert unit_values(text, "it")[-1] == (D("5000000"), "EUR/season")


def test_a_range_after_a_price_per_measure_is_a_range_of_that_price():
    text = ("En Tijuana el kilo llega a 30 pesos el kilo, y en Mexicali se cobra entre 26 "
            "y 34 pesos.")
    assert [r[2] for r in claim_rows(text, "es-MX")] == ["MXN/kg", "MXN/kg"]


def test_a_range_far_from_the_price_stays_money():
    text = "El kilo cuesta 30 pesos el kilo; la cuenta total fue de entre 900 y 1000 pesos."
    assert claim_rows(text, "es-MX")[-1][2] == "MXN"


@pytest.mark.parametrize("text, lang", [
    ("con vientos de 180 kilómetros por hora y rachas de hasta 220.", "es-MX"),
    ("com ventos de 100 km/h e rajadas de até 130.", "pt-PT"),
    ("mit Wind von 80 km/h und Böen von bis zu 120.", "de"),
])
def test_a_parallel_figure_after_its_own_qualifier_shares_the_unit(text, lang):
    assert [u for _, u in unit_values(text, lang)] == ["m/s", "m/s"]


def test_a_wide_range_in_a_later_sentence_is_no_price_per_measure():
    text = ("Le gaz coûte 131,2 euros le mégawattheure. Le chèque énergie, versé à 5,2 "
            "millions de foyers, va de 52 à 281 euros.")
    assert claim_rows(text, "fr")[-1][2] == "EUR"


@pytest.mark.parametrize("text, lang, unit", [
    ("Soybean yields are seen at 52.8 bushels per acre, down 1.1 bushels from May.", "en",
     "m**3/m**2"),
    ("Le blé atteint 72 quintaux par hectare, en hausse de 4 quintaux.", "fr", "kg/m**2"),
])
def test_a_change_in_the_measure_of_a_yield_is_per_the_same_area(text, lang, unit):
    assert [u for _, u in unit_values(text, lang)] == [unit, unit]


def test_a_measure_after_a_yield_with_no_word_of_change_stays_a_measure():
    text = "Yields reached 7.9 tonnes per hectare, and 310 tonnes were lost to hail."
    assert unit_values(text, "en")[-1] == (D("310000"), "kg")


# ------------------------------------------------------------------- names and dates

@pytest.mark.parametrize("text, lang", [
    ("Le loyer était inférieur de 12 % il y a trois ans.", "fr"),
    ("L'affitto era più basso del 12% tre anni fa.", "it"),
    ("A renda era 12% mais baixa há três anos.", "pt-PT"),
    ("Die Miete lag vor drei Jahren um 12 % tiefer.", "de"),
    ("家賃は3年前に比べて12%高い。", "ja"),
    ("租金比三年前上涨12%。", "zh"),
])
def test_a_moment_in_the_past_is_no_duration(text, lang):
    assert unit_values(text, lang) == [(D("12"), "percent")]


@pytest.mark.parametrize("text, lang", [
    ("The works will take three years.", "en"),
    ("Die Bauzeit beträgt drei Jahre.", "de"),
    ("工期は3年に及ぶ。", "ja"),
])
def test_a_duration_stays_a_duration(text, lang):
    assert unit_values(text, lang) == [(D("94672800"), "s")]


def test_a_water_rationing_schedule_is_a_name():
    text = "新竹地區明起實施「供6停1」限水，寶山水庫蓄水率僅21.4%。"
    assert unit_values(text, "zh-TW") == [(D("21.4"), "percent")]


@pytest.mark.parametrize("text", [
    "Venti di 95 km/h hanno colpito la costa ligure.",
    "Nella notte i venti hanno toccato i 110 km/h.",
])
def test_venti_as_winds_is_no_twenty(text):
    assert [u for _, u in unit_values(text, "it")] == ["m/s"]


def test_venti_as_twenty_stays_a_number():
    assert unit_values("Il Comune ha stanziato venti milioni di euro.", "it") == [
        (D("20000000"), "EUR")]
