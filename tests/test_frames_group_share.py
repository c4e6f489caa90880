"""A share of a group: the group is the measure (devset17 FINDINGS, "The missed
disagreements": zh '儿童占65%' sat beside fr '56 %' 'not compared: no measure named on both
sides'). The lexicon's ``children`` and ``women`` name the group of a percentage in every
language, so that zh 儿童占65%, ja 子どもが65%を占め, en "56% of them are children" and fr
"56 % sont des enfants" share a measure; a count of children who died stays a count of
deaths (the groups are measures of percentages only)."""
from __future__ import annotations

import pytest

from claimcheck.extraction import extract


def _percent(text: str, lang: str):
    got = [c for c in extract(text, lang=lang) if c.kind == "percent"]
    assert got, [c.text for c in extract(text, lang=lang)]
    return got[0]


@pytest.mark.parametrize("lang,text,measure", [
    ("zh", "据联合国难民署统计，新抵达的难民中儿童占61%。", "children"),
    ("zh-TW", "在新抵達者當中，兒童佔61%。", "children"),
    ("ja", "新たに到着した人のうち、子どもが61%を占めた。", "children"),
    ("en", "Of the 4,800 people who crossed at Kivora, 61% were children.", "children"),
    ("fr", "Parmi les 4 800 arrivants de Kivora, 61 % sont des enfants.", "children"),
    ("es", "De las 4.800 personas llegadas a Kivora, el 61 % son niños.", "children"),
    ("de", "Von den 4800 Neuankömmlingen in Kivora sind 61 Prozent Kinder.", "children"),
    ("it", "Dei 4.800 arrivati a Kivora, il 61% sono bambini.", "children"),
    ("pt", "Das 4.800 pessoas que chegaram a Kivora, 61% são crianças.", "children"),
    ("zh", "在新到达者中，妇女占比约三成。", "women"),
    ("ja", "女性の割合は約3割だった。", "women"),
    ("en", "Women made up 31% of the new arrivals at Kivora.", "women"),
    ("fr", "Les femmes représentent 31 % des arrivants.", "women"),
])
def test_the_group_of_a_share_is_its_measure(lang, text, measure):
    assert _percent(text, lang).measure == measure


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 40 children were killed when the school in Varosk collapsed."),
    ("zh", "地震造成12名儿童死亡。"),
])
def test_a_count_of_children_keeps_its_own_measure(lang, text):
    c = next(c for c in extract(text, lang=lang) if c.kind == "count")
    assert c.measure == "deaths"


def test_a_bare_number_of_a_group_keeps_the_story_measure():
    # jobless women told as a bare number are the jobless, not a share of women
    got = [c for c in extract("De los parados de Villaluz, 48.305 son mujeres y 6.120 son "
                              "menores de 25 años.", lang="es") if c.text == "48.305"]
    assert got and got[0].measure != "women"


def test_a_group_counted_by_another_figure_is_no_share():
    # the children are the 4,800's: the 77% is no share of children
    got = _percent("A vaccine cut clinical cases by 77% in a trial of 4,800 children in Nalu.",
                   "en")
    assert got.measure != "children"


@pytest.mark.parametrize("lang,text", [
    ("fr", "La couverture vaccinale des enfants d'un an est passée de 81,2 % à 90,6 %."),
    ("es", "La cobertura en niños de un año pasó de 81,2% a 90,6%."),
    ("pt", "A cobertura entre crianças de um ano subiu de 81,2% para 90,6%."),
])
def test_a_rate_among_a_group_that_changed_is_no_share_of_it(lang, text):
    # the group is whose coverage it is: the ends of the from-to keep the story's measure
    assert all(c.measure != "children" for c in extract(text, lang=lang))
