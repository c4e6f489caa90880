"""A headline's lone figure joins the row of its body's first figure of the same kind, so
a headline that contradicts its own body is flagged ("un projet de plus de 10 milliards
d'euros" over "un projet de 8,4 milliards d'euros"), while a headline figure that names
another measure than the lead, or a bare number, is left alone. Text written for this
test."""
from __future__ import annotations

import claimcheck
from story_helpers import check, flags

EN = ("Lisbon consortium signs offshore wind and hydrogen deal for Brazil\n\n"
      "LISBON, April 22 (Wire) - A Portuguese-led consortium signed on Tuesday an offshore "
      "wind and green hydrogen project worth 8.4 billion euros off Brazil's north-east coast. "
      "The first phase will cost 5.1 billion euros and create 2,300 permanent jobs.\n")
ES = ("Un consorcio firma en Lisboa un proyecto eólico para Brasil\n\n"
      "Un consorcio liderado por Portugal firmó el martes un proyecto eólico marino y de "
      "hidrógeno verde de 8.400 millones de euros frente a la costa del nordeste de Brasil. "
      "La primera fase costará 5.100 millones de euros y creará 2.300 empleos fijos.\n")
FR_BAD = ("Brésil : un projet éolien et hydrogène de plus de 10 milliards d'euros signé à Lisbonne\n\n"
          "Un consortium mené par le Portugal a signé mardi un projet d'éolien en mer et "
          "d'hydrogène vert de 8,4 milliards d'euros au large du Nordeste brésilien. La "
          "première phase coûtera 5,1 milliards d'euros et créera 2 300 emplois permanents.\n")
FR_GOOD = FR_BAD.replace("plus de 10 milliards", "plus de 8 milliards")


def _flagged(texts):
    _, findings = check(texts)
    return [{c.text for c in f.claims} for f in flags(findings)]


def test_a_headline_that_contradicts_its_body_is_flagged():
    got = _flagged({"en.txt": EN, "es.txt": ES, "fr.txt": FR_BAD})
    assert any("plus de 10 milliards d'euros" in t for t in got), got


def test_a_headline_bound_that_holds_raises_nothing():
    assert _flagged({"en.txt": EN, "es.txt": ES, "fr.txt": FR_GOOD}) == []


def test_a_headline_that_names_another_measure_stays_alone():
    de = ("Windprojekt schafft 2.300 Stellen\n\nEin Konsortium unter portugiesischer Führung "
          "unterzeichnete am Dienstag ein Offshore-Windprojekt im Wert von 8,4 Milliarden "
          "Euro. Die erste Phase kostet 5,1 Milliarden Euro.\n")
    rows, _ = check({"en.txt": EN, "de.txt": de})
    for row in rows:
        texts = {c.text for c in row.claims}
        assert not ({"2.300 Stellen", "2.300"} & texts and "8,4 Milliarden Euro" in texts)


def test_near_before_a_figure_is_a_qualifier():
    c = claimcheck.extract("Italy's tourist arrivals near 60 million in nine months", "en")[0]
    assert c.text == "near 60 million" and c.qualifier != "exact" and c.high == 60_500_000


# Three versions whose headlines give the same round figure: the headlines group with each
# other first, and the group then joins the row of the bodies' lead figure as a whole.
EN_SALE = ("Portrait No. 7 by Lindqvist sells for about $52 million in London\n\n"
           "LONDON (Wire) - A 1921 portrait by the Swedish painter Ada Lindqvist sold for "
           "$51.8 million at Marlowe's on Wednesday, fees included. Its seller had bought it "
           "in 1998. The evening sale brought in $212 million in all.\n")
FR_SALE = ("Un portrait de Lindqvist adjugé environ 52 millions de dollars à Londres\n\n"
           "Un portrait de 1921 de la peintre suédoise Ada Lindqvist a été vendu mercredi "
           "51,8 millions de dollars chez Marlowe's, frais compris. Son vendeur l'avait acquis "
           "en 1998. La vente du soir a rapporté 212 millions de dollars au total.\n")
ES_SALE = ("Un retrato de Lindqvist se vende por unos 52 millones de dólares en Londres\n\n"
           "Un retrato de 1921 de la pintora sueca Ada Lindqvist se vendió el miércoles por "
           "51,8 millones de dólares en Marlowe's, comisiones incluidas. Su vendedor lo había "
           "comprado en 1998. La subasta vespertina recaudó 212 millones de dólares en total.\n")


def _row_with(rows, text):
    return next({c.text for c in r.claims} for r in rows
                if any(c.text == text for c in r.claims))


def test_grouped_headlines_join_their_bodies_lead_row():
    rows, findings = check({"en.txt": EN_SALE, "fr.txt": FR_SALE, "es.txt": ES_SALE})
    row = _row_with(rows, "$51.8 million")
    assert {"about $52 million", "environ 52 millions de dollars",
            "unos 52 millones de dólares"} <= row, row
    assert "51,8 millions de dollars" in row and "51,8 millones de dólares" in row
    assert flags(findings) == []


def test_a_slipped_lead_is_flagged_against_the_headlines_and_other_bodies():
    es_bad = ES_SALE.replace("por 51,8 millones", "por 5,18 millones")
    rows, findings = check({"en.txt": EN_SALE, "fr.txt": FR_SALE, "es.txt": es_bad})
    assert "about $52 million" in _row_with(rows, "5,18 millones de dólares")
    got = [{c.text for c in f.claims} for f in flags(findings)]
    assert any("5,18 millones de dólares" in t for t in got), got


def test_a_title_cut_at_an_abbreviation_is_still_the_headline():
    from claimcheck.stories.mentions import title_end
    assert EN_SALE[:title_end(EN_SALE)].endswith("in London")
    assert title_end("One long paragraph with no title at all, 52 million.") == 0
