"""Stories that give one measure for many cities or regions (rents by city, cancellations
by airport, subsidies by state) name each figure's place in each language's spelling:
Turin, Torino, Turín, 都灵; Bavaria, Bayern, Bavière. The lexicon's names table gives them
one spelling, so that a figure told of Torino in one version and of Turin in another is
told of one place, and the name counts as evidence that the two are one quantity. Text
written for these tests; figures are invented."""
from __future__ import annotations

import pytest

from claimcheck.extraction import default_lexicon
from claimcheck.stories.identity import evidence

from story_helpers import mention

LEX = default_lexicon()


@pytest.mark.parametrize("spellings, one", [
    (("Turin", "Torino", "Turín", "都灵", "トリノ"), "Turin"),
    (("Zurich", "Zürich", "Zurigo", "苏黎世"), "Zurich"),
    (("Geneva", "Genève", "Genf", "Ginevra", "Ginebra"), "Geneva"),
    (("Bavaria", "Bayern", "Bavière", "Baviera", "巴伐利亚"), "Bavaria"),
    (("Lower Saxony", "Niedersachsen", "Basse-Saxe", "Baja Sajonia"), "Lower Saxony"),
    (("Malaga", "Málaga"), "Malaga"),
])
def test_a_place_has_one_spelling_across_languages(spellings, one):
    assert {LEX.canonical_name(s) for s in spellings} == {one}
    assert LEX.name_kind(one) == ""    # no country: never set apart from a country's figure


def _requests(city_en: str):
    """The evidence between Torino's 13,1% (it) and a city's 13.1% (en)."""
    it = mention("it.txt", "it", "Le richieste a Torino sono salite del 13,1% "
                 "rispetto a un anno fa.", "13,1%")
    en = mention("en.txt", "en", f"In {city_en}, requests for help rose 13.1% from a year "
                 "earlier.", "13.1%")
    return evidence(it, en, LEX)


def test_a_city_named_in_two_languages_counts_as_evidence():
    ev = _requests("Turin")
    assert ev is not None
    assert any("the same name beside it (turin)" in r for r in ev.reasons), ev.reasons


def test_two_cities_give_no_such_evidence():
    ev = _requests("Milan")
    assert ev is None or not any("the same name beside it" in r for r in ev.reasons)
