"""A qualifier with an article between it and its number, as Spanish, Italian and
Portuguese write percentages and fractions ("más del 27%", "casi el 27%", "quasi il 27%",
"quase o triplo"), is still a qualifier: read as an exact figure, "más del 50%" would
disagree with "52%". Sentences written for this test."""
from __future__ import annotations

import pytest
from claims_helpers import non_dates


@pytest.mark.parametrize("lang,text,qualifier", [
    ("es", "El paro afecta a más del 27% de los jóvenes.", "over"),
    ("es", "La inflación se situó en torno al 3% en marzo.", "about"),
    ("es", "Casi el 40% de los votos fue para el partido.", "under"),
    ("es", "Al menos un 15% de los vuelos se canceló.", "over"),
    ("es", "La deuda quedó por debajo del 60% del PIB.", "under"),
    ("es", "Más de la mitad de los hogares tiene coche.", "over"),
    ("it", "Quasi il 30% delle imprese ha assunto.", "under"),
    ("it", "L'affluenza è stata circa il 58%.", "about"),
    ("it", "Più del 40% dei voti è andato al centro.", "over"),
    ("pt", "Quase o triplo da média foi registrado.", "under"),
    ("pt", "O reservatório está abaixo dos 40% da capacidade.", "under"),
    ("de", "Der Umsatz stieg um gut 11 Prozent.", "over"),
    ("zh", "该市常住人口约为620万。", "about"),
])
def test_a_qualifier_before_an_article_is_read(lang, text, qualifier):
    (c,) = non_dates(text, lang)
    assert c.qualifier == qualifier, (text, c)


@pytest.mark.parametrize("lang,text", [
    # "hasta"/"até" with an article ends a change: the new value, not "up to"
    ("es", "Las acciones subieron un 2,7 % hasta los 8,46 euros."),
    ("es", "La aseguradora elevó sus primas hasta los 5.870 millones."),
    ("pt", "As ações subiram 2,7% até os 8,46 euros."),
])
def test_the_end_of_a_change_is_no_bound(lang, text):
    claims = non_dates(text, lang)
    assert claims[-1].qualifier == "exact", claims


def test_an_article_that_opens_a_number_word_is_still_the_number():
    (c,) = non_dates("Más de un millón de personas votaron.", "es")
    assert (c.value, c.qualifier) == (1000000, "over")
