"""Bounds as headlines write them: a bound word right before the number ("passent sous les
320 000 logements", "sotto quota 320mila", "rebasan los 2 millones", 跌破32万套, 100万人を突破)
and negated bounds, whose direction turns ("no fewer than 300" is at least 300, 不超过500人
at most 500). Read as exact figures, a headline's round bound disagrees with its body's
exact figure; read the wrong way round, a wrong value is worse than none. A mark named
with no bound verb ("loin de la barre des 2 millions") stays what
tests/test_frames_reference_values.py makes it: a reference, not the level; after a bound
verb it is a bound on the level (tests/test_bound_verbs.py). Sentences
written for this test; every figure is invented."""
from __future__ import annotations

from decimal import Decimal

import pytest
from claims_helpers import non_dates
from story_helpers import check, flags, row_of


@pytest.mark.parametrize("lang,text,value,qualifier", [
    ("fr", "Immobilier : les permis de construire passent sous les 320 000 logements",
     "320000", "under"),
    # (tonnes are read in kilograms)
    ("es", "Las exportaciones de aceite rebasan los 2 millones de toneladas", "2E+9", "over"),
    # a bound word right before the number
    ("it", "I permessi di costruire scendono sotto quota 320mila", "320000", "under"),
    ("it", "L'export agroalimentare sfonda quota 60 miliardi", "60000000000", "over"),
    ("de", "Der Umsatz des Konzerns knackt 1 Milliarde Euro", "1000000000", "over"),
    ("es", "El recibo de la luz roza los 90 euros", "90", "under"),
    ("zh", "新房销量跌破32万套", "320000", "under"),
    ("zh", "沪指站上3000点", "3000", "over"),
    ("ja", "来場者が100万人を突破した", "1000000", "over"),
    ("ja", "着工戸数が32万戸割れ", "320000", "under"),
    ("en", "Quarterly sales top $5 billion for the first time", "5000000000", "over"),
    # a negated bound turns about
    ("en", "The summit drew no fewer than 300 delegates", "300", "over"),
    ("de", "Zugelassen sind nicht mehr als 300 Teilnehmer", "300", "under"),
    ("es", "El recibo medio no supera los 300 euros", "300", "under"),
    ("pt", "O reajuste não passa de 300 reais", "300", "under"),
    ("zh", "每场活动不超过500人", "500", "under"),
])
def test_a_headline_bound_is_read_with_its_direction(lang, text, value, qualifier):
    (c,) = non_dates(text, lang)
    assert (c.value, c.qualifier) == (Decimal(value), qualifier), (text, c)


@pytest.mark.parametrize("lang,text", [
    # a from-to change: the first figure is where it came from, not a bound
    ("fr", "Le taux passe de 3 % à 4 % en un an"),
    ("pt", "O índice passou de 3% para 4% em um ano"),
    # a reference compared with ("surpassed 2019's figure"), no bound on it
    ("ja", "観衆は6万8412人で、2019年の6万739人を上回った"),
    # a threshold set by a rule is the target itself
    ("fr", "La couverture atteint 93,4 %, sous le seuil de 95 % recommandé par l'OMS"),
    # "un máximo de" after a verb of reaching is a peak, not "at most"
    ("es", "La demanda eléctrica alcanzó un máximo de 57,4 gigavatios"),
])
def test_a_figure_that_is_no_bound_stays_exact(lang, text):
    claims = non_dates(text, lang)
    assert claims and all(c.qualifier == "exact" for c in claims), \
        [(c.text, c.qualifier) for c in claims]


@pytest.mark.parametrize("text", [
    "Apple posted a record quarter for iPhone sales",
    "It was the company's strongest quarter since the pandemic",
    "Lisbon won the quarter-final on penalties",
    "The score was level at half-time",
    "Staff received a one-off payment",
])
def test_a_period_or_a_noun_is_no_fraction(text):
    assert non_dates(text, "en") == [], [(c.text, c.value) for c in non_dates(text, "en")]


def test_a_fraction_with_its_article_is_still_read():
    (c,) = non_dates("A quarter of homes in the valley were flooded", "en")
    assert c.value == Decimal("0.25"), c


FR = ("Vélos : les ventes restent sous les 2,1 millions\n\n"
      "Paris, 14 mars 2027 (AFP) - Il s'est vendu 2,06 millions de vélos en France l'an "
      "dernier, selon l'Union sport et cycle, dont 740 000 à assistance électrique.\n")
DE = ("Frankreich: Fahrradverkauf steigt auf 2,06 Millionen\n\n"
      "In Frankreich wurden im vergangenen Jahr 2,06 Millionen Fahrräder verkauft, "
      "darunter 740.000 E-Bikes, teilte der Branchenverband Union sport et cycle mit.\n")
EN = ("France's bicycle sales reach 2.06 million\n\n"
      "Some 2.06 million bicycles were sold in France last year, the Union sport et cycle "
      "trade body said, 740,000 of them electric.\n")


def test_a_mark_named_with_no_bound_verb_stays_a_reference():
    # (after a bound verb, "dépassent la barre des 2 millions", the mark is a bound on the
    # level: tests/test_bound_verbs.py)
    (c,) = non_dates("Les ventes de vélos restent loin de la barre des 2 millions", "fr")
    assert (c.text, c.role) == ("2 millions", "reference"), c


def test_a_bound_that_holds_over_its_body_is_no_flag():
    rows, found = check({"fr.txt": FR, "de.txt": DE, "en.txt": EN})
    row = row_of(rows, "fr.txt", "sous les 2,1 millions")
    assert row is not None and {c.doc for c in row.claims} >= {"de.txt", "en.txt"}, \
        [[(c.doc, c.text) for c in r.claims] for r in rows]
    assert not flags(found), [f.message for f in flags(found)]


def test_the_same_headline_read_as_exact_would_disagree():
    # the bound is what keeps the headline in agreement: told as a figure, the headline's
    # 2,6 millions stands against 2,06
    fr = FR.replace("restent sous les 2,1 millions", "atteignent 2,6 millions")
    _, found = check({"fr.txt": fr, "de.txt": DE, "en.txt": EN})
    assert any("2,6" in f.message for f in flags(found)), [f.message for f in flags(found)]
