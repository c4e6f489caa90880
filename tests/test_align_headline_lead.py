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
