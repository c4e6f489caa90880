"""One measure told for several banks or countries, where a row meets two entities'
figures: a version that gives the outlier's entity its own figures elsewhere, or a version
that tells a series of countries and gives the majority's country its figure elsewhere,
says the two figures are two entities' (stories.entity_apart). The disagreement is only
noted; one entity's figure told wrong beside its own name is still flagged. Text written
for these tests; banks, figures and games are invented."""
from __future__ import annotations

import pytest
from story_helpers import flags, row_findings

from claimcheck.extraction import default_lexicon
from claimcheck.extraction.engine import extract
from claimcheck.stories.entity_apart import other_entity
from claimcheck.stories.own_names import NameIndex

EN = ("Stress test: southern lenders hold up\n\n"
      "Among the best performers, Italy's Banca Adriatica lost only 250 basis points to end "
      "at 12.8%, and Spain's Caja Iberica finished at 10.3%.\n")
ES = ("Caja Ibérica, la mejor de España en la prueba de resistencia\n\n"
      "Caja Ibérica, la entidad española con mejor resultado, pasaría del 13,5% al 10,3%, "
      "una merma de 320 puntos básicos.\n")
IT = ("Stress test, le banche italiane reggono\n\n"
      "La migliore tra le italiane è Banca Adriatica, che partendo dal 15,3% chiuderebbe lo "
      "scenario al 12,8%, con un'erosione di appena 250 punti base. Il Banco Lombardo "
      "Veneto scenderebbe invece dal 14,9% al 10,6%. La media europea si fermerebbe al "
      "12,1%, contro il 16,1% del 2025. In Francia, Crédit Rhodanien chiuderebbe al 9,1% "
      "e Banque Atlantique al 10,2%.\n")
BANKS = {"en.txt": EN, "es.txt": ES, "it.txt": IT}
LANGS = {"en.txt": "en", "es.txt": "es", "it.txt": "it", "zh.txt": "zh"}


EN_GAMES = ("Pacific Games close with Australia on top\n\n"
            "Australia topped the final medal table with 47 gold, ahead of Canada and "
            "Mexico.\n")
ZH_GAMES = "环太平洋运动会闭幕\n\n澳大利亚队以47枚金牌居金牌榜首位。\n"
ES_GAMES = ("Australia gana los Juegos del Pacífico\n\n"
            "El medallero final quedó encabezado por Australia (47 oros), Canadá (25 oros) y "
            "México (14 oros). El torneo reunió a 74 deportistas más que hace cuatro años.\n")
GAMES = {"en.txt": EN_GAMES, "zh.txt": ZH_GAMES, "es.txt": ES_GAMES}



# the row meets another entity's figure: Banca Adriatica's starting ratio (it) beside
# Caja Iberica's final one (en, es), where en gives Banca Adriatica its own figures beside
# its name; es lists the countries' golds and gives Australia's 47 beside its name, so its
# nameless 74 (more athletes) is not Australia's gold count with two digits swapped
APART = {
    "banks": (BANKS, [("en.txt", "10.3%"), ("it.txt", "15,3%"), ("es.txt", "10,3%")]),
    "countries": (GAMES, [("en.txt", "47"), ("zh.txt", "47"), ("es.txt", "74")]),
}
# one entity's figure told wrong beside its own name: the Italian version tells Caja
# Iberica's ratio too and gets it wrong; es gives Australia 57 golds
WRONG = {
    "banks": (dict(BANKS, **{"it.txt": IT + "In Spagna, Caja Ibérica chiuderebbe al 10,8%.\n"}),
              [("en.txt", "10.3%"), ("it.txt", "10,8%"), ("es.txt", "10,3%")]),
    "countries": (dict(GAMES, **{"es.txt": ES_GAMES.replace("Australia (47 oros)",
                                                             "Australia (57 oros)")}),
                  [("en.txt", "47"), ("zh.txt", "47"), ("es.txt", "57")]),
}


@pytest.mark.parametrize("case", sorted(APART))
def test_another_entitys_figure_in_the_row_is_only_noted(case):
    versions, row = APART[case]
    found = row_findings(versions, LANGS, row)
    assert found, "the row disagrees: a finding is expected"
    assert not flags(found), [f.message for f in flags(found)]


@pytest.mark.parametrize("case", sorted(WRONG))
def test_one_entitys_figure_told_wrong_beside_its_name_is_still_flagged(case):
    versions, row = WRONG[case]
    found = row_findings(versions, LANGS, row)
    assert flags(found), [(f.severity, f.message) for f in found]


def test_a_nameless_figure_of_a_version_that_names_one_company_is_not_weakened():
    # a version that tells its one company beside its figures is no series: its nameless
    # figure may be that company's figure told wrong
    en = ("Harbour Chips to build plant\n\nHarbour Chips will invest 1.62 trillion yen in "
          "the plant, Harbour Chips said, and hire 1,700 people.\n")
    de = ("Harbour Chips baut Werk\n\nHarbour Chips investiert 1,62 Billionen Yen und stellt "
          "1700 Menschen ein. Die Investition von 2,62 Billionen Yen sei die größte.\n")
    texts = {"en.txt": en, "de.txt": de}
    langs = {"en.txt": "en", "de.txt": "de"}
    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    index = NameIndex(texts, claims, default_lexicon())
    bad = next(c for c in claims["de.txt"] if c.text.startswith("2,62"))
    good = next(c for c in claims["en.txt"] if c.text.startswith("1.62"))
    assert other_entity(index, bad, [good], [bad, good]) is None


def test_german_nouns_are_no_entities():
    # two German versions share capitalised nouns (Quote, Werk); they never vouch for
    # each other as names of entities
    de = ("Banken im Stresstest\n\nDie Quote der Nordbank sänke auf 8,7 Prozent. Die Quote "
          "der Südbank sänke auf 9,1 Prozent.\n")
    ch = ("Banken im Stresstest\n\nDie Quote sänke auf 8,4 Prozent.\n")
    texts = {"de.txt": de, "ch.txt": ch}
    langs = {"de.txt": "de", "ch.txt": "de-CH"}
    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    index = NameIndex(texts, claims, default_lexicon())
    bad = next(c for c in claims["ch.txt"] if c.text.startswith("8,4"))
    good = next(c for c in claims["de.txt"] if c.text.startswith("8,7"))
    assert other_entity(index, bad, [good], [bad, good]) is None
