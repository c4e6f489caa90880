"""A first or provisional toll named at the end of a sentence ("..., según el balance
preliminar de Indeci") tells as of when every running tally of the sentence stood, so that
a later version's higher toll is an update, not a disagreement."""
from __future__ import annotations

import pytest

import claimcheck

FIRST = "prev_report"

TAILS = [
    ("es", "El terremoto dejó al menos 38 muertos y 412 heridos, según el balance preliminar "
           "de Defensa Civil.", ["al menos 38", "412"]),
    ("en", "The quake killed at least 38 people and injured 412, according to a preliminary "
           "toll from civil defence.", ["at least 38", "412"]),
    ("fr", "Le séisme a fait au moins 38 morts et 412 blessés, selon un premier bilan de la "
           "protection civile.", ["au moins 38", "412"]),
    ("it", "Il sisma ha causato almeno 38 morti e 412 feriti, secondo un primo bilancio della "
           "protezione civile.", ["almeno 38", "412"]),
    ("pt", "O tremor deixou pelo menos 38 mortos e 412 feridos, segundo o balanço provisório "
           "da Defesa Civil.", ["pelo menos 38", "412"]),
]


def _periods(text, lang):
    return {c.text: c.period.split(",") for c in claimcheck.extract(text, lang=lang)
            if c.kind != "date"}


@pytest.mark.parametrize("lang, text, tolls", TAILS)
def test_a_first_toll_at_the_end_of_a_sentence_dates_its_tallies(lang, text, tolls):
    got = _periods(text, lang)
    assert all(FIRST in got[t] for t in tolls), got


@pytest.mark.parametrize("lang, text, figure", [
    ("es", "Un sismo de magnitud 6,9 dejó 38 muertos, según el balance preliminar.", "6,9"),
    ("en", "The 6.9-magnitude quake struck at a depth of 35 km, according to a first toll "
           "that counted 38 dead.", "35 km"),
])
def test_a_figure_that_is_no_tally_keeps_its_period(lang, text, figure):
    # the magnitude, the depth: not told as of a moment of the toll
    assert FIRST not in _periods(text, lang)[figure]


def test_without_a_first_toll_the_tallies_are_current():
    got = _periods("El terremoto dejó al menos 38 muertos y 412 heridos, según Defensa Civil.",
                   "es")
    assert FIRST not in got["al menos 38"] and FIRST not in got["412"]
