"""Two kinds of figure that a row of levels or counts holds without being one of them.

A goal ("short of the 90% target", "abaixo da meta de 90%", "l'objectif de 90 %") is the
figure a level is measured against: it takes the role ``target``, and a row of the levels
reached does not compare it with them (a goal told with its version's own level figure,
"targets 2.8% deficit" over "cut the deficit to 2.8%", is the plan, and stays one quantity
with it). A bare number below one ("more than two thirds", "about one in five", 約40分の1)
or a bare ratio that is not a whole number (a 倍 left unread) is never one of a row's
counts. Text written for these tests; every figure is invented."""
from __future__ import annotations

import pytest

from claims_helpers import claim_at

from claimcheck.extraction.engine import extract
from story_helpers import check, flags, row_findings


@pytest.mark.parametrize("lang, text, goal, reached", [
    ("en", "The campaign reached 78% of the elderly, short of the 90% target set by the "
           "ministry.", "90%", "78%"),
    ("en", "Coverage stood at 78%, against a target of 90%.", "90%", "78%"),
    ("pt", "A campanha vacinou 78% dos idosos, abaixo da meta de 90% fixada pelo "
           "ministério.", "90%", "78%"),
    ("fr", "La campagne a vacciné 78 % des personnes âgées, loin de l'objectif de 90 %.",
     "90 %", "78 %"),
    ("es", "La campaña vacunó al 78 % de los mayores, por debajo de la meta del 90 %.",
     "90 %", "78 %"),
    ("de", "Die Impfquote lag bei 78 Prozent, das Ziel von 90 Prozent wurde verfehlt.",
     "90 Prozent", "78 Prozent"),
    ("it", "La copertura si è fermata al 78%, lontano dall'obiettivo del 90%.", "90%", "78%"),
])
def test_a_goal_is_read_as_a_target_and_the_level_reached_is_not(lang, text, goal, reached):
    assert claim_at(text, lang, goal).role == "target"
    assert claim_at(text, lang, reached).role != "target"


PT = ("Campanha contra a gripe termina abaixo da meta de 90%\n\n"
      "A campanha nacional de vacinação contra a gripe terminou no domingo com 78% do "
      "público prioritário vacinado, informou o Ministério da Saúde. Foram aplicadas 41,2 "
      "milhões de doses.\n")
EN = ("Brazil's flu campaign ends with 78% coverage\n\n"
      "Brazil's national flu vaccination campaign ended on Sunday with 78% of the priority "
      "groups vaccinated, the health ministry said. Some 41.2 million doses were given.\n")
ES = ("Brasil cierra su campaña contra la gripe con un 78 % de cobertura\n\n"
      "La campaña nacional de vacunación contra la gripe en Brasil terminó el domingo con el "
      "78 % de los grupos prioritarios vacunados, según el Ministerio de Salud. Se aplicaron "
      "41,2 millones de dosis.\n")
TEXTS = {"pt.txt": PT, "en.txt": EN, "es.txt": ES}
LANGS = {"pt.txt": "pt", "en.txt": "en", "es.txt": "es"}


def test_a_goal_in_a_row_of_the_level_reached_is_not_compared():
    # a row that met the Portuguese headline's goal with the coverage the others report
    found = row_findings(TEXTS, LANGS, [("pt.txt", "90%"), ("en.txt", "78%"),
                                        ("es.txt", "78 %")])
    assert not flags(found), [(f.severity, f.message) for f in found]


def test_a_slipped_level_beside_a_goal_is_still_flagged():
    es = ES.replace("con el \n78 %", "con el \n87 %").replace("con el 78 %", "con el 87 %")
    texts = dict(TEXTS, **{"es.txt": es})
    found = row_findings(texts, LANGS, [("pt.txt", "90%"), ("pt.txt", "78%"),
                                        ("en.txt", "78%"), ("es.txt", "87 %")])
    assert flags(found), [(f.severity, f.message) for f in found]
    assert any(c.text == "87 %" for f in flags(found) for c in f.claims)


def test_the_story_with_a_goal_in_one_headline_raises_no_flag():
    rows, found = check(TEXTS)
    coverage = next(r for r in rows if any(c.text == "78%" for c in r.claims))
    assert {c.doc for c in coverage.claims} == set(TEXTS)
    assert not any(c.text == "90%" for c in coverage.claims)
    assert not flags(found), [(f.severity, f.message) for f in flags(found)]


def test_a_goal_told_with_its_versions_level_figure_stays_one_quantity_with_it():
    en = ("Italy approves budget, targets 2.8% deficit in 2027\n\n"
          "ROME (Reuters) - Italy's cabinet approved a budget that aims to cut the deficit to "
          "2.8% of gross domestic product in 2027 from 3.0% this year.\n")
    it = ("Manovra approvata, deficit al 2,8% nel 2027\n\n"
          "Il Consiglio dei ministri ha approvato la manovra: il deficit scenderà dal 3,0% "
          "del Pil di quest'anno al 2,8% nel 2027.\n")
    rows, found = check({"en.txt": en, "it.txt": it})
    headline = claim_at(en, "en", "2.8%")
    assert headline.role == "target"
    row = next(r for r in rows if any(c.doc == "en.txt" and c.start == headline.start
                                      for c in r.claims))
    texts = sorted((c.doc, c.text) for c in row.claims)
    assert texts.count(("en.txt", "2.8%")) == 2, texts
    assert ("it.txt", "2,8%") in texts, texts
    assert not flags(found), [(f.severity, f.message) for f in flags(found)]


# --- fractions and ratios in rows of counts --------------------------------------------

EN_FLIGHTS = ("Storm grounds flights at Hamburg\n\n"
              "Airlines cancelled about two thirds of their departures on Monday, 847 "
              "flights in all, the airport said.\n")
FR_FLIGHTS = ("La tempête cloue les avions au sol à Hambourg\n\n"
              "Les compagnies ont annulé 847 vols lundi, a indiqué l'aéroport.\n")
DE_FLIGHTS = ("Sturm legt Hamburger Flughafen lahm\n\n"
              "Die Fluggesellschaften strichen am Montag 847 Flüge, teilte der Flughafen "
              "mit.\n")
FLIGHTS = {"en.txt": EN_FLIGHTS, "fr.txt": FR_FLIGHTS, "de.txt": DE_FLIGHTS}
FLIGHT_LANGS = {"en.txt": "en", "fr.txt": "fr", "de.txt": "de"}


def test_a_fraction_in_words_in_a_row_of_counts_is_not_compared():
    found = row_findings(FLIGHTS, FLIGHT_LANGS, [("en.txt", "about two thirds"),
                                                 ("fr.txt", "847"), ("de.txt", "847")])
    assert not flags(found), [(f.severity, f.message) for f in found]


def test_a_japanese_fraction_in_a_row_of_counts_is_not_compared():
    ja = "日本の基地局数は中国の約40分の1の規模にとどまる。"
    zh = "台湾总人口2330万人，5G用户约1450万户。"
    found = row_findings({"ja.txt": ja, "zh.txt": zh}, {"ja.txt": "ja", "zh.txt": "zh"},
                         [("ja.txt", "約40分の1"), ("zh.txt", "2330万")])
    assert not flags(found), [(f.severity, f.message) for f in found]


def test_a_whole_bare_number_in_a_row_of_counts_is_still_compared():
    # the count whose noun a version left unread is still the row's count
    de = DE_FLIGHTS.replace("847 Flüge, teilte", "874, teilte")
    texts = dict(FLIGHTS, **{"de.txt": de})
    found = row_findings(texts, FLIGHT_LANGS, [("en.txt", "847"), ("fr.txt", "847"),
                                               ("de.txt", "874")])
    assert flags(found), [(f.severity, f.message) for f in found]


def test_a_ratio_that_is_no_whole_number_is_not_a_count():
    # the candidates per seat (1.48, its 倍 unread) met the electorate's row
    en = "About 1.52 million voters were registered for the election.\n"
    fr = "Environ 1,52 million d'électeurs étaient inscrits.\n"
    ja = "立候補者の競争率は1.48で、前回を下回った。\n"
    found = row_findings({"en.txt": en, "fr.txt": fr, "ja.txt": ja},
                         {"en.txt": "en", "fr.txt": "fr", "ja.txt": "ja"},
                         [("en.txt", "About 1.52 million"), ("fr.txt", "Environ 1,52 million"),
                          ("ja.txt", "1.48")])
    assert not flags(found), [(f.severity, f.message) for f in found]


def test_a_goal_changed_from_one_figure_to_another_keeps_its_two_ends():
    # the target itself is what changed: its old and new ends, comparable with another
    # version's "cut its output target from 41.6 million bpd to 40.4 million"
    got = [(c.text, c.role) for c in extract(
        "减产后，该组织的产量目标由日均4160万桶降至4040万桶。", lang="zh", doc="d")
        if c.kind != "date"]
    assert got == [("4160万桶", "old"), ("4040万桶", "new")], got


def test_a_share_of_a_goal_named_by_its_figure_is_no_goal():
    got = {c.text: c.role for c in extract(
        "1-11月累计交付934600辆，已完成全年110万辆销量目标的约85%。", lang="zh", doc="d")}
    assert got["110万"] == "target" and got["约85%"] != "target", got
