"""A count or an amount that a comparative beside it makes the size of a change ("six more
seats than in 2024", "seis escaños menos", "sechs mehr als 2024", "mais seis lugares") has
the role change or drop, not level; so has a count written with a minus ("menos seis"). The
words are language data (``changes.more_after`` and ``changes.more_before`` of each
language file). Sentences written for these tests; parties, places and figures invented."""
from __future__ import annotations

import pytest

from claimcheck import extract
from claimcheck.extraction import available_languages, get_language


def roles(text: str, lang: str) -> dict[str, str]:
    return {c.text: c.role for c in extract(text, lang) if c.kind != "date"}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Greens won 12 seats, three fewer than in 2022, and Labour won 84 seats, six "
           "more.",
     {"12": "level", "three": "drop", "84": "level", "six": "change"}),
    ("en", "The plan adds 40,000 extra appointments a week to the 2.27 million now booked.",
     {"40,000": "change"}),
    ("fr", "Le PR obtient 84 sièges, six sièges de plus qu'en 2024, et le FS 70 sièges, "
           "trois de moins.", {"84": "level", "six": "change", "trois": "drop"}),
    ("fr", "Le chômage touche 2,48 millions de personnes, soit 136 000 de plus qu'au trimestre "
           "précédent.", {"2,48 millions": "level", "136 000": "change"}),
    ("es", "La FS obtuvo 70 escaños, seis menos que en 2024, y la AN 44, cuatro más.",
     {"70": "level", "seis": "drop", "cuatro": "change"}),
    ("de", "Die PR hat 84 Sitze gewonnen, sechs mehr als 2024; die FS hat drei Sitze weniger.",
     {"84": "level", "sechs": "change", "drei": "drop"}),
    ("pt", "A FS ficou com 70 deputados, menos seis do que há dois anos, e o PR ganhou mais "
           "seis lugares.", {"70": "level", "menos seis": "drop", "seis": "change"}),
    ("it", "Gli occupati sono 24,2 milioni, 65.000 in più rispetto a maggio.",
     {"24,2 milioni": "level", "65.000": "change"}),
])
def test_a_comparative_beside_a_figure_sizes_a_change(lang, text, expected):
    got = roles(text, lang)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize("lang, text, figure", [
    # a bound of the next figure, not a comparative of this one
    ("en", "In all, 54,318 people waited more than 12 hours in the emergency department.",
     "54,318"),
    ("en", "Another 71 people were injured, 30 of whom remain in hospital.", "71"),
    ("es", "En los dos convoyes viajaban más de 3.000 pasajeros.", "dos"),
    # "más" adding an amount written after it: the amounts are levels
    ("es", "El club pagará 60 millones de euros más 10 en variables.", "60 millones de euros"),
])
def test_words_that_are_no_comparative_of_the_figure(lang, text, figure):
    assert roles(text, lang)[figure] == "level"


def test_every_language_names_a_direction_for_each_comparative():
    for code in available_languages():
        changes = get_language(code).raw.get("changes") or {}
        for key in ("more_after", "more_before"):
            for word, way in (changes.get(key) or {}).items():
                assert way in ("growth", "decline"), (code, key, word, way)



def test_a_signed_table_of_changes_agrees_with_the_changes_told_in_words():
    from claimcheck.stories.agreement import judge

    table = extract("Servicios            -22.716 Industria             -3.904", "es")
    words = extract("Services accounted for most of the drop, with 22,716 fewer people out of "
                    "work.", "en")
    plain = extract("Im Dienstleistungssektor waren es 22.716 Arbeitslose.", "de")
    row = [next(c for c in cs if "22" in c.text) for cs in (table, words, plain)]
    assert [c.role for c in row] == ["drop", "drop", "level"]
    assert not judge(row).outliers
