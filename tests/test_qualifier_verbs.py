"""A verb of passing before a figure ("la population de loups dépasse 3 600 individus",
"la cifra supera 3.600", "Bestand übersteigt 3600 Tiere") makes it a lower bound, as "plus
de" or "über" do: headlines write the bound with the verb and no article. Read as an exact
figure, the headline's round 3 600 disagrees with the body's 3 612. Sentences written for
this test; every figure is invented."""
from __future__ import annotations

import pytest
from claims_helpers import non_dates
from story_helpers import check, flags, row_of


@pytest.mark.parametrize("lang,text", [
    ("fr", "Italie : la population de loups dépasse 3 600 individus"),
    ("fr", "Les pertes assurées ont dépassé 2,1 milliards d'euros"),
    ("es", "La población de lobos en Italia supera 3.600 ejemplares"),
    ("es", "Las remesas superaron 64.000 millones de dólares"),
    ("pt", "A população de lobos na Itália supera 3.600 animais"),
    ("pt", "As remessas ultrapassaram 64 bilhões de dólares"),
    ("de", "Italiens Wolfsbestand übersteigt 3600 Tiere"),
    ("de", "Die Schäden überschritten 2,1 Milliarden Euro"),
    ("it", "In Italia i lupi superano 3.600 esemplari"),
    ("en", "Italy's wolf population surpassed 3,600 animals"),
])
def test_a_verb_of_passing_makes_a_lower_bound(lang, text):
    (c,) = non_dates(text, lang)
    assert c.qualifier == "over", (text, c)


def test_a_verb_of_passing_with_a_preposition_is_no_bound():
    # "supera en 2 puntos": the size of the gap, not a bound
    (c,) = non_dates("La inflación supera en 2 puntos el objetivo", "es")
    assert c.qualifier == "exact", c


FR = ("Tempête Kira : les pertes assurées dépassent 2,1 milliards d'euros\n\n"
      "Les dommages assurés causés par la tempête Kira atteignent 2,14 milliards d'euros, "
      "selon l'estimation publiée mardi par la fédération des assureurs. La tempête a "
      "touché 310 communes.\n")
DE = ("Sturm Kira: Versicherte Schäden von 2,14 Milliarden Euro\n\n"
      "Die versicherten Schäden durch Sturm Kira belaufen sich auf 2,14 Milliarden Euro, "
      "teilte der Versichererverband am Dienstag mit. Betroffen waren 310 Gemeinden.\n")
IT = ("Tempesta Kira, danni assicurati per 2,14 miliardi\n\n"
      "I danni assicurati della tempesta Kira ammontano a 2,14 miliardi di euro, secondo la "
      "stima diffusa martedì dalla federazione degli assicuratori.\n")
TEXTS = {"fr.txt": FR, "de.txt": DE, "it.txt": IT}


def test_the_headline_bound_agrees_with_the_body_figure():
    rows, found = check(TEXTS)
    row = row_of(rows, "fr.txt", "dépassent 2,1 milliards d'euros")
    assert row is not None and {c.doc for c in row.claims} >= {"de.txt", "it.txt"}, \
        [[(c.doc, c.text) for c in r.claims] for r in rows]
    assert not flags(found), [f.message for f in flags(found)]


def test_an_exact_headline_figure_that_slips_is_still_flagged():
    fr = FR.replace("dépassent 2,1 milliards", "atteignent 2,41 milliards")
    _, found = check(dict(TEXTS, **{"fr.txt": fr}))
    assert any("2,41" in f.message for f in flags(found)), [f.message for f in flags(found)]
