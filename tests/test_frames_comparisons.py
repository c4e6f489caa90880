"""What a comparison with the year before does to a frame: a rate compared with last year is
this year's rate (basis yoy, not the year before); the figure a comparison names is the
earlier one; a basis reaches an amount only when its own words say so; 'a year ago' in
every form is the year before."""
from __future__ import annotations

import pytest

import claimcheck


def frames(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {c.text: (c.period, c.role) for c in claimcheck.extract(text, lang=lang)
            if c.kind != "date"}


@pytest.mark.parametrize("lang, text, claim", [
    ("de", "Der Absatz sank auf 412.000 Fahrzeuge, 8,2 Prozent weniger als im Vorjahr.",
     "8,2 Prozent"),
    ("en", "The airline carried 6.1 million passengers, 3% fewer than a year ago.", "3%"),
    ("es", "Las ventas sumaron 2.310 millones, un 6,1 % más que un año antes.", "6,1 %"),
    ("pt", "As exportações cresceram 12% do que no ano passado, segundo o ministério.", "12%"),
    ("fr", "Les ventes ont progressé de 4 % que l'an dernier à la même date.", "4 %"),
])
def test_a_rate_compared_with_last_year_is_this_year_s(lang, text, claim):
    period, _ = frames(text, lang)[claim]
    assert "yoy" in period and "prev" not in period


def test_the_figure_a_comparison_names_is_the_earlier_one():
    got = frames("全年粮食产量比上年的2870万吨增长5.4%。", "zh")
    period, role = got["2870万吨"]
    assert role == "old" and "prev" in period and "yoy" not in period


def test_a_basis_reaches_an_amount_only_by_its_own_words():
    got = frames("Sales grew 9% year on year to $2.4 billion.", "en")
    assert "yoy" in got["9%"][0] and "yoy" not in got["$2.4 billion"][0]
    got = frames("Methane concentrations rose by 1.8 ppm from a year earlier.", "en")
    assert "yoy" in got["1.8"][0]


def test_the_same_basis_passes_on_to_the_next_rate():
    got = frames("売上高が前期比6.2%増の1,530億円、営業利益が同9.4%増の210億円だった。", "ja")
    assert got["9.4%"][0] == got["6.2%"][0] != ""
    assert got["1,530億円"][0] == ""


def test_a_year_ago_in_german():
    assert frames("Vor einem Jahr lag der Leitzins noch bei 2,5 Prozent.", "de")["2,5 Prozent"][0] \
        == "prev"


def test_after_names_the_earlier_value_but_not_elapsed_time():
    got = frames("The economy grew 4.1% after 3.6% in 2024.", "en")
    assert got["3.6%"][1] == "old"
    got = frames("Two climbers were rescued after 36 hours on the ridge.", "en")
    assert got["36 hours"][1] != "old"


def test_a_period_between_a_new_value_and_its_old_one_is_the_new_ones():
    # a change told new end first: "in the second quarter" is the 5.8%'s, not the 5.4%'s
    claims = {c.text: c for c in claimcheck.extract(
        "Growth accelerated to 5.8% in the second quarter from 5.4% in the first.", lang="en")}
    assert (claims["5.8%"].role, claims["5.8%"].period) == ("new", "Q2")
    assert (claims["5.4%"].role, claims["5.4%"].period) == ("old", "")


def test_a_word_before_a_preposition_that_is_no_old_value_stays_with_its_amount():
    # es "frente a" is "compared with" before a figure, "off" before a place
    claims = {c.text: c for c in claimcheck.extract(
        "El parque eólico marino frente a Saint-Nazaire costará 2.214 millones de euros.",
        lang="es")}
    assert claims["2.214 millones de euros"].entity == "wind"


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Waldanteil stieg zwischen Ende 2018 und Ende 2023 von 71,2 auf 73,4 Prozent."),
    ("zh", "2018年至2023年，森林覆盖率由71.2%提高到73.4%。"),
    ("fr", "De 2018 à 2023, le taux de couverture forestière est passé de 71,2 % à 73,4 %."),
])
def test_a_span_of_years_before_a_change_dates_its_two_ends(lang, text):
    pcts = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "percent"]
    assert [(c.role, c.period) for c in pcts] == [("old", "2018"), ("new", "2023")]
