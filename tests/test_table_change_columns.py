"""A results table's column of changes ("Change", "Veränderung", "变动") holds growth rates,
not levels of the first column's year; a row label glued to its first figure
("收入48,612") still leaves that figure in the first column of figures. Tables written
for this test."""
from __future__ import annotations

import pytest

import claimcheck

TABLES = [
    ("en", "Group results (in EUR million)\n"
           "                 2025      2024     Change\n"
           "Revenue         8,412     7,905       6.4%\n"
           "Net profit        611       655      -6.7%\n"),
    ("de", "Kennzahlen (in Mio. €)\n"
           "                 2025      2024   Veränderung\n"
           "Umsatz          8.412     7.905       6,4 %\n"
           "Nettogewinn       611       655      -6,7 %\n"),
    ("fr", "Chiffres clés (en millions d'euros)\n"
           "                 2025      2024   Variation\n"
           "Chiffre d'affaires 8 412  7 905       6,4 %\n"
           "Résultat net      611       655      -6,7 %\n"),
    ("zh", "主要财务数据（人民币百万元）\n"
           "项目　2025年　2024年　变动\n"
           "收入8,412　7,905　+6.4%\n"
           "净利润611　655　-6.7%\n"),
]


@pytest.mark.parametrize("lang,table", TABLES, ids=[t[0] for t in TABLES])
def test_a_change_column_holds_growth_rates(lang, table):
    pcts = [c for c in claimcheck.extract(table, lang) if c.kind == "percent"]
    assert [c.role for c in pcts] == ["growth", "decline"]


@pytest.mark.parametrize("lang,table", TABLES, ids=[t[0] for t in TABLES])
def test_the_first_figures_take_the_first_year(lang, table):
    money = [c for c in claimcheck.extract(table, lang) if c.kind in ("money", "number")]
    assert [c.period for c in money[:2]] == ["2025", "2024"]


def test_a_share_column_is_no_change_column():
    table = ("Segments (in EUR million)\n"
             "                 2025      %\n"
             "Europe          4,206     50.0%\n"
             "Asia            2,524     30.0%\n")
    pcts = [c for c in claimcheck.extract(table, "en") if c.kind == "percent"]
    assert [c.role for c in pcts] == ["level", "level"]


def test_a_unit_across_a_column_gap_is_not_the_numbers():
    # a header's year above a "%" column, a label's figure before a unit column: three
    # spaces or more are a gap between columns, not the space before a unit
    claims = claimcheck.extract("Site      2025      %\nLine 12   km of track", "en")
    assert [(c.text, c.kind) for c in claims if c.kind != "date"] == [("12", "count")]
    assert [c.text for c in claimcheck.extract("It rose 50  % in May.", "en")] == ["50  %"]
