"""Bounds written with a verb and words between it and the number, and thresholds a verb
makes a bound (``qualifiers.between`` in the language files).

Headlines write a bound as a verb with an adverb of time or degree, "for the first time",
or an article between ("España supera por primera vez los 6.100 trasplantes", "dépasse
désormais les", "übersteigt erstmals", "ultrapassa pela primeira vez os"): read as an
exact figure, the round bound disagrees with its body's exact figure. A mark after a bound
verb ("dépasse la barre des 2 millions", "überschreitet die Marke von", 突破200万大关) is a
bound on the level, checked against it; a mark with no bound verb ("loin de la barre
des") stays a reference, kept out of the level's row (tests/test_frames_reference_values.py).
A negation before the verb never gives the wrong direction. A headline's round figure
that its body's figure rounds to is at most a note. Sentences written for this test; every
figure is invented."""
from __future__ import annotations

from decimal import Decimal

import pytest
from claims_helpers import non_dates
from story_helpers import check, flags, row_of


@pytest.mark.parametrize("lang,text,value,qualifier", [
    ("es", "España supera por primera vez los 6.100 trasplantes en un año", "6100", "over"),
    ("es", "La lista de espera superó ya los 4.800 pacientes", "4800", "over"),
    # (tonnes are read in kilograms)
    ("es", "Las exportaciones de aceite rebasan holgadamente los 2 millones de toneladas",
     "2E+9", "over"),
    ("fr", "Le nombre de greffes dépasse désormais les 6 100 par an", "6100", "over"),
    ("fr", "Le chiffre d'affaires dépasse pour la première fois les 5 milliards d'euros",
     "5000000000", "over"),
    ("de", "Die Zahl der Organspenden übersteigt erstmals 1.000", "1000", "over"),
    ("de", "Der Umsatz übertraf bereits 5 Milliarden Euro", "5000000000", "over"),
    ("pt", "O número de transplantes ultrapassa pela primeira vez os 6.100", "6100", "over"),
    ("pt", "As exportações superaram já os 3 mil milhões de euros", "3000000000", "over"),
    ("it", "I trapianti superano per la prima volta quota 6.100", "6100", "over"),
    ("it", "Le vendite hanno superato ampiamente i 2 milioni di pezzi", "2000000", "over"),
    ("en", "Exports exceeded for the first time 100 billion dollars", "100000000000", "over"),
    ("zh", "全国器官移植首次突破6100例", "6100", "over"),
    ("ja", "臓器移植が初めて6100件を突破", "6100", "over"),
])
def test_a_bound_verb_with_words_between_is_a_bound(lang, text, value, qualifier):
    (c,) = non_dates(text, lang)
    assert (c.value, c.qualifier) == (Decimal(value), qualifier), (text, c)


@pytest.mark.parametrize("lang,text,value,qualifier", [
    # a negated verb listed as a verb of its own keeps its direction across the words
    ("fr", "Le loyer moyen ne dépasse pas encore les 300 euros", "300", "under"),
    ("es", "El recibo medio no supera todavía los 300 euros", "300", "under"),
    ("pt", "A pensão média não ultrapassa ainda os 300 euros", "300", "under"),
    # a negation before a verb of no negated form: no bound, never the wrong one
    ("en", "Exports have not yet exceeded the 100 billion dollars", "100000000000", "exact"),
    ("es", "El paro no baja de los 3 millones", "3000000", "exact"),
])
def test_a_negation_keeps_the_direction(lang, text, value, qualifier):
    (c,) = non_dates(text, lang)
    assert (c.value, c.qualifier) == (Decimal(value), qualifier), (text, c)


@pytest.mark.parametrize("lang,text,value,qualifier", [
    ("fr", "Les ventes de vélos dépassent la barre des 2 millions", "2000000", "over"),
    ("fr", "Le déficit repasse sous la barre des 3 % du PIB", "3", "under"),
    ("fr", "Le Gers a franchi la barre des 100 foyers", "100", "over"),
    ("es", "Las ventas de coches superan la barrera de los 2 millones", "2000000", "over"),
    ("de", "Der Umsatz überschreitet die Marke von 2 Millionen Euro", "2000000", "over"),
    ("de", "Der Dax fällt unter die Marke von 15.000 Punkten", "15000", "under"),
    ("it", "Il prezzo della benzina sfonda il muro dei 2 euro", "2", "over"),
    ("pt", "As vendas romperam a barreira dos 2 milhões", "2000000", "over"),
    ("en", "Exports crossed the threshold of 100 billion dollars", "100000000000", "over"),
    ("zh", "新能源汽车销量突破200万大关", "2000000", "over"),
])
def test_a_mark_after_a_bound_verb_is_a_bound_on_the_level(lang, text, value, qualifier):
    (c,) = non_dates(text, lang)
    assert (c.value, c.qualifier) == (Decimal(value), qualifier), (text, c)
    assert c.role != "reference", c


@pytest.mark.parametrize("lang,text,figure", [
    ("fr", "Les ventes restent loin de la barre des 2 millions", "2 millions"),
    ("es", "Las ventas siguen lejos de la barrera de los 2 millones", "2 millones"),
    ("de", "Die Marke von 2 Millionen wurde schon 2019 erreicht", "2 Millionen"),
    ("ja", "利用者は100万人の大台を超え、118万人となった。", "100万"),
])
def test_a_mark_with_no_bound_verb_stays_a_reference(lang, text, figure):
    c = next(c for c in non_dates(text, lang) if c.text == figure)
    assert (c.qualifier, c.role) == ("exact", "reference"), c


BODY_FR = ("Paris, 14 mars 2027 (AFP) - Il s'est vendu {fig} de vélos en France l'an "
           "dernier, selon l'Union sport et cycle, dont 740 000 à assistance électrique.\n")
DE = ("Frankreich: Fahrradverkauf steigt auf {fig}\n\n"
      "In Frankreich wurden im vergangenen Jahr {fig} Fahrräder verkauft, "
      "darunter 740.000 E-Bikes, teilte der Branchenverband Union sport et cycle mit.\n")
EN = ("France's bicycle sales reach {fig}\n\n"
      "Some {fig} bicycles were sold in France last year, the Union sport et cycle "
      "trade body said, 740,000 of them electric.\n")


def _bikes(body_fr: str, de: str, en: str) -> dict[str, str]:
    head = "Vélos : les ventes dépassent la barre des 2 millions\n\n"
    return {"fr.txt": head + BODY_FR.format(fig=body_fr), "de.txt": DE.format(fig=de),
            "en.txt": EN.format(fig=en)}


def test_a_mark_after_a_verb_that_its_body_keeps_is_no_flag():
    rows, found = check(_bikes("2,06 millions", "2,06 Millionen", "2.06 million"))
    row = row_of(rows, "fr.txt", "dépassent la barre des 2 millions")
    assert row is not None and {c.doc for c in row.claims} >= {"de.txt", "en.txt"}, \
        [[(c.doc, c.text) for c in r.claims] for r in rows]
    assert not flags(found), [f.message for f in flags(found)]


def test_a_mark_after_a_verb_that_the_body_breaks_is_a_flag():
    # the headline's bound says over 2 million; every body tells 1.8 million
    _, found = check(_bikes("1,8 million", "1,8 Millionen", "1.8 million"))
    assert any("barre des 2 millions" in f.message for f in flags(found)), \
        [f.message for f in found if not f.passed]


ES = ("España supera por primera vez los 6.100 trasplantes en un año\n\n"
      "Madrid, 12 ene (EFE) - España realizó 6.142 trasplantes de órganos en 2026, "
      "según la Organización Nacional de Trasplantes.\n")
IT = ("Spagna, record di trapianti\n\n"
      "La Spagna ha effettuato 6.142 trapianti di organi nel 2026, secondo l'Organizzazione "
      "nazionale dei trapianti.\n")
EN2 = ("Spain sets organ transplant record\n\n"
       "Spain carried out 6,142 organ transplants in 2026, the National Transplant "
       "Organisation said.\n")


def test_a_headline_bound_verb_over_its_body_is_no_flag():
    _, found = check({"es.txt": ES, "it.txt": IT, "en.txt": EN2})
    assert not flags(found), [f.message for f in flags(found)]


def test_a_round_headline_figure_with_no_bound_word_stays_a_flag():
    # no bound word read: "6.100" may be the body's 6.142 rounded, or "más de 6.100" with
    # its qualifier dropped; the two look alike, and muting them cost planted dropped
    # qualifiers (bench/mutations.py: devset3 and devset26 one slip each), so it stays a flag
    es = ES.replace("supera por primera vez los 6.100", "roza el récord: 6.100")
    _, found = check({"es.txt": es, "it.txt": IT, "en.txt": EN2})
    assert any("6.100" in f.message for f in flags(found)), \
        [f.message for f in found if not f.passed]


def test_a_headline_figure_that_does_not_round_the_body_is_still_flagged():
    es = ES.replace("supera por primera vez los 6.100", "roza el récord: 6.400")
    _, found = check({"es.txt": es, "it.txt": IT, "en.txt": EN2})
    assert any("6.400" in f.message for f in flags(found)), \
        [f.message for f in found if not f.passed]
