"""Two frame readings of a sentence's figures (extraction/frames.py, table_frames.py):

* a list of figures after one measure word ("inflation was 2.3% in Germany, 1.7% in France")
  keeps that word's measure for every item, even when an earlier word of the sentence names
  another measure ("Among the largest economies, ..."): the claim before took the nearer
  word; a word written after the claim before ("7 % du CAC 40") names that claim only;
* a fiscal year written as financial text writes it in any language (FY24, FY 2025, FY25E,
  the first year of FY26-FY28) is the period of the figures it frames."""
from __future__ import annotations

import pytest

import claimcheck


def frames(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """{claim text: (measure, period)} for the quantities of ``text``."""
    return {c.text: (c.measure, c.period) for c in claimcheck.extract(text, lang=lang)
            if c.kind != "date"}


@pytest.mark.parametrize("lang, text, items, measure", [
    ("en", "Among the largest economies, inflation was 2.3% in Germany, 1.7% in France, "
           "1.6% in Italy and 2.8% in Spain.", ["2.3%", "1.7%", "1.6%", "2.8%"], "cpi"),
    ("en", "Across the region's economies, unemployment was 6.1% in Portugal, 7.4% in Greece "
           "and 5.2% in Italy.", ["6.1%", "7.4%", "5.2%"], "unemployment"),
    ("fr", "Parmi les grandes économies, l'inflation a atteint 2,3 % en Allemagne, 1,7 % en "
           "France et 1,6 % en Italie.", ["2,3 %", "1,7 %", "1,6 %"], "cpi"),
    ("es", "Entre las grandes economías, la inflación fue del 2,3 % en Alemania, del 1,7 % en "
           "Francia y del 1,6 % en Italia.", ["2,3 %", "1,7 %", "1,6 %"], "cpi"),
])
def test_a_list_keeps_the_measure_word_nearest_its_first_item(lang, text, items, measure):
    got = frames(text, lang)
    assert [got[t][0] for t in items] == [measure] * len(items), got


def test_a_word_after_the_claim_before_names_that_claim_only():
    got = frames("Le titre, qui pèse près de 7 % du CAC 40, cédait 1,8 % à 58,62 euros "
                 "vers 9 h 40.", "fr")
    assert got["près de 7 %"][0] == "stock_index"
    assert got["1,8 %"][0] == "share_price"


@pytest.mark.parametrize("text, figure, period", [
    ("FY24 net profit of RMB7.28bn came in 3% above consensus.", "RMB7.28bn", "2024"),
    ("Basic EPS for FY2025 rose to RMB2.78 on higher margins.", "RMB2.78", "2025"),
    ("We raise our FY25E EPS by 5% to RMB2.78 on higher margin assumptions.", "RMB2.78",
     "2025"),
    ("Iron ore shipments hit a record 196.4Mt, up from 187.2Mt in FY 2024.", "187.2Mt",
     "2024"),
    # a span: its first year, where its figures begin (never its last)
    ("The board approved a capex plan of Rs 4,500 crore for FY26-FY28.", "Rs 4,500 crore",
     "2026"),
])
def test_a_fiscal_year_is_the_period_of_the_figures_it_frames(text, figure, period):
    got = frames(text, "en")
    assert got[figure][1] == period, got


def test_fy_inside_a_word_is_no_fiscal_year():
    got = frames("The SHFY24 bond fund returned 4.1% last quarter.", "en")
    assert "2024" not in got["4.1%"][1]


@pytest.mark.parametrize("lang, text, figure, period", [
    ("de", "Der Umsatz mit neuen Wohnungen sank von Januar bis Oktober um 8,4 Prozent.",
     "8,4 Prozent", "10M"),
    ("ja", "1〜10月の新築住宅販売額は7兆8200億元だった。", "7兆8200億元", "10M"),
    ("es", "Las ventas de la cadena crecieron un 3,1 % de enero a mayo.", "3,1 %", "5M"),
    ("en", "Exports rose 6.2% in January through August.", "6.2%", "8M"),
    ("it", "Il fatturato è salito del 4% nel periodo gennaio-settembre.", "4%", "9M"),
])
def test_months_from_january_to_a_month_are_the_months_so_far(lang, text, figure, period):
    """A span of months from January ("von Januar bis Oktober", 1〜10月 with the wave dash
    Japanese writes) is the cumulative period, as "the first ten months" is."""
    assert period in frames(text, lang)[figure][1].split(",")


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "The city will spend 4.2 billion dollars this year, up 3.1 percent from 2024.",
     "3.1 percent"),
    ("es", "El ayuntamiento gastará 4.200 millones este año, un 3,1 % más que en 2024, con "
           "unos ingresos de 3.900 millones.", "3.900 millones"),
    ("it", "Il deficit è stimato al 3,3%, in calo di quattro decimi rispetto al 2024.", "3,3%"),
    ("de", "Die Stadt gibt 4,2 Milliarden Euro aus, 3,1 Prozent mehr als im Jahr 2024.",
     "3,1 Prozent"),
])
def test_a_year_compared_with_is_not_the_period(lang, text, figure):
    """The year after "from", "más que en", "rispetto al", "mehr als" is the one compared
    with: neither the change nor the figures after it are of that year (lexicon
    compared_years)."""
    assert "2024" not in frames(text, lang)[figure][1]


@pytest.mark.parametrize("lang, text, figure, period", [
    # "from" alone starts a period, and a year before its figure dates it
    ("en", "The restructure is expected to save $62 million a year from 2027.",
     "$62 million a year", "2027"),
    ("zh", "全国总人口为1.2214亿人，比2020年上次普查的1.2337亿人减少约123万人。", "1.2337亿",
     "2020"),
])
def test_a_year_that_dates_its_figure_stays_its_period(lang, text, figure, period):
    assert period in frames(text, lang)[figure][1].split(",")
