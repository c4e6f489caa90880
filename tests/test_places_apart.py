"""A figure of another country that joins a row with no marker ("La France elle-même vise
6,5 gigawatts" against "Portugal 5.5GW"): the outlier told of one country and every
majority figure told of one other, in a story that knows both, is two countries' figures
(stories.entity_apart, its fourth test), noted and not flagged; the same country's figure
told wrong is still flagged. And the names after a figure that the next figure of its
series has before it are that figure's, not the first's (stories.own_names). Text written
for these tests; the targets, ministers and figures are invented."""
from __future__ import annotations

from story_helpers import flags, row_findings

from claimcheck.extraction import default_lexicon
from claimcheck.extraction.engine import extract
from claimcheck.stories.entity_apart import other_entity
from claimcheck.stories.own_names import NameIndex

PT = ("Portugal inaugura o primeiro troço da rede de hidrogénio\n\n"
      "A ministra lembrou a meta nacional de 5,5 gigawatts de eletrolisadores instalados "
      "até 2030. O troço custou 410 milhões de euros e liga Sines a Estarreja, numa "
      "extensão de 215 quilómetros.\n")
ES = ("Portugal abre su primer hidroducto\n\n"
      "España se ha fijado el objetivo de alcanzar 12 gigavatios de electrolizadores en "
      "2030, frente a los 5,5 gigavatios de Portugal. La obra costó 410 millones de euros.\n")
EN = ("Portugal opens first leg of hydrogen grid\n\n"
      "Spain has set a target of 12GW of electrolysers by 2030 and Portugal 5.5GW. The "
      "215km pipeline cost 410 million euros.\n")
FR = ("Le Portugal inaugure son premier hydrogénoduc\n\n"
      "Le Portugal a inauguré mardi un tronçon de 215 kilomètres, qui a coûté 410 millions "
      "d'euros. Il transportera jusqu'à 750 000 tonnes d'hydrogène par an et emploiera 1 200 "
      "personnes. La France elle-même vise 6,5 gigawatts d'électrolyseurs en 2030, un "
      "objectif que la filière juge hors d'atteinte.\n")
VERSIONS = {"pt.txt": PT, "es.txt": ES, "en.txt": EN, "fr.txt": FR}
LANGS = {"pt.txt": "pt-PT", "es.txt": "es", "en.txt": "en", "fr.txt": "fr"}
ROW = [("pt.txt", "5,5 gigawatts"), ("es.txt", "5,5 gigavatios"), ("en.txt", "5.5GW"),
       ("fr.txt", "6,5 gigawatts")]


def _index(texts):
    claims = {d: tuple(extract(t, lang=LANGS[d], doc=d)) for d, t in texts.items()}
    return claims, NameIndex(texts, claims, default_lexicon())


def _claim(claims, doc, text):
    return next(c for c in claims[doc] if c.text == text)


def test_another_countrys_target_told_with_no_marker_is_only_noted():
    claims, index = _index(VERSIONS)
    bad = _claim(claims, "fr.txt", "6,5 gigawatts")
    majority = [_claim(claims, d, t) for d, t in ROW[:3]]
    assert other_entity(index, bad, majority, majority + [bad]) == ("france", "portugal")
    found = row_findings(VERSIONS, LANGS, ROW)
    assert found, "the row disagrees: a finding is expected"
    assert not flags(found), [f.message for f in flags(found)]


def test_the_same_countrys_target_told_wrong_is_still_flagged():
    fr = FR.replace("La France elle-même vise 6,5 gigawatts d'électrolyseurs",
                    "Le Portugal vise lui-même 6,5 gigawatts d'électrolyseurs")
    versions = dict(VERSIONS, **{"fr.txt": fr})
    found = row_findings(versions, LANGS, ROW)
    assert flags(found), [(f.severity, f.message) for f in found]


def test_a_country_that_is_its_versions_setting_sets_nothing_apart():
    # the French version tells France beside most of its figures: France is its setting,
    # and its 6,5 may be Portugal's target told wrong
    fr = ("La France et le Portugal relient leurs réseaux\n\n"
          "La France a inauguré un tronçon de 215 kilomètres. La France a payé 410 millions "
          "d'euros. La France vise 6,5 gigawatts d'électrolyseurs en 2030.\n")
    claims, index = _index(dict(VERSIONS, **{"fr.txt": fr}))
    bad = _claim(claims, "fr.txt", "6,5 gigawatts")
    majority = [_claim(claims, d, t) for d, t in ROW[:3]]
    assert other_entity(index, bad, majority, majority + [bad]) is None
