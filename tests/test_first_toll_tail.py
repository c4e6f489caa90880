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


# A quake told on the day (a preliminary toll at the sentence's end, and the toll of an older
# quake in the background) and on the next day (higher tallies, the first toll quoted).
DAY1 = ("Un sismo de magnitud 6,9 deja al menos 38 muertos en el sur de Perú\n\n"
        "Lima, 15 mar (EFE).- Un terremoto de magnitud 6,9 sacudió este domingo la provincia "
        "de Tambollo y dejó al menos 38 muertos y 412 heridos, según el balance preliminar "
        "del Instituto Nacional de Defensa Civil.\n\n"
        "Es el sismo más fuerte en la región desde 1998, cuando un temblor de magnitud 6,2 "
        "dejó 11 muertos.\n")
DAY2 = ("Terremoto en Tambollo: sube a 61 la cifra de fallecidos\n\n"
        "La cifra de fallecidos por el terremoto de magnitud 6,9 que sacudió el domingo la "
        "provincia de Tambollo subió a 61, frente a los 38 del primer balance, informó este "
        "lunes Defensa Civil. Los heridos son 587 y hay 9 desaparecidos.\n")
DAY2_PT = ("Terremoto no Peru deixa 61 mortos\n\n"
           "O número de mortos do terremoto de magnitude 6,9 no sul do Peru subiu para 61 "
           "nesta segunda-feira, informou a Defesa Civil. Há 587 feridos e nove "
           "desaparecidos.\n")


def test_a_first_toll_and_a_past_quake_are_not_held_against_the_later_toll():
    from story_helpers import check, flags, row_of

    rows, findings = check({"es-efe.txt": DAY1, "es-elcomercio.txt": DAY2,
                            "pt-g1.txt": DAY2_PT})
    # the day's injured (412, a first toll) against the next day's 587: an update
    assert not [f for f in flags(findings) if any(c.text in ("412", "587") for c in f.claims)]
    # the 1998 quake's dead are no figure of this quake's toll
    row = row_of(rows, "es-elcomercio.txt", "61")
    assert row is not None and "pt-g1.txt" in {c.doc.split("/")[-1] for c in row.claims}
    assert not any(c.text == "11" for c in row.claims)
    assert not [f for f in flags(findings) if any(c.text == "11" for c in f.claims)]


def test_a_yearly_tally_dated_in_both_versions_still_meets():
    from story_helpers import check, row_of

    en = ("In 2025, 2,839 people died on French roads, the lowest since records began, and "
          "14,200 were seriously injured, the interior ministry said on Tuesday.\n")
    fr = ("La route a fait 2 839 morts en 2025, le plus bas niveau jamais atteint, et 14 200 "
          "blessés graves, a annoncé mardi le ministère de l'Intérieur.\n")
    rows, _ = check({"en.txt": en, "fr.txt": fr})
    row = row_of(rows, "en.txt", "2,839")
    assert row is not None and any(c.text == "2 839" for c in row.claims)


def test_a_year_the_story_shares_is_no_background():
    # 2025 is written by two versions: a yearly tally the third tells as "last year" meets them
    from story_helpers import check, row_of

    en = ("Cholera is on the rise. In 2025, more than 560,000 cases and over 6,000 deaths were "
          "reported from 31 countries, according to WHO data.\n")
    es = "En 2025 se notificaron en el mundo más de 560.000 casos de cólera y más de 6.000 muertes.\n"
    de = ("Im vergangenen Jahr wurden weltweit mehr als 560.000 Cholera-Fälle und über 6000 "
          "Todesfälle aus 31 Ländern gemeldet.\n")
    rows, _ = check({"en.txt": en, "es.txt": es, "de.txt": de})
    row = row_of(rows, "en.txt", "over 6,000")
    assert row is not None and {"über 6000", "más de 6.000"} <= {c.text for c in row.claims}
