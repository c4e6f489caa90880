"""An earlier value glossed in brackets after the thing it is the value of, and the ends of
a Chinese from-to whose old value carries a counting classifier; and, in the aligner, an
earlier level is never the amount of a change (bench/devset3 census-japan: the 2020
census's '123,37 millions' had been flagged against '123万人減'). Text written for this
test."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import evidence
from story_helpers import mention


def roles(text, lang):
    return [(c.text, c.role, c.period) for c in claimcheck.extract(text, lang)
            if c.kind != "date"]


def test_the_bracketed_figure_after_the_compared_thing_is_the_earlier_value():
    text = ("La région comptait 4,81 millions d'habitants au 1er janvier 2026, en baisse de "
            "0,6 % par rapport au recensement de 2021 (4,84 millions), selon l'institut.")
    got = roles(text, "fr")
    assert ("4,84 millions", "old", "2021") in got, got
    assert got[0][:2] == ("4,81 millions", "level"), got


@pytest.mark.parametrize("lang, text, old", [
    ("en", "Inflation will average 3.2% this year, compared with the December forecast "
           "(2.7%).", "2.7%"),
    ("es", "El paro bajó al 11,2% frente al trimestre anterior (11,6%).", "11,6%"),
])
def test_other_languages_gloss_alike(lang, text, old):
    assert (old, "old") in [r[:2] for r in roles(text, lang)]


def test_a_bracket_after_a_clause_mark_is_not_the_earlier_value():
    got = roles("Revenue rose 4% compared with last year, to €2.1 billion (€1.3 billion "
                "in Europe).", "en")
    assert all(role != "old" for _, role, _ in got if not _.startswith("4")), got


@pytest.mark.parametrize("text", ["区域鸟类已由2018年的271种增加到312种。",
                                  "入驻企业数量由120家增加到150家。"])
def test_a_classifier_after_the_old_value_keeps_the_from_to(text):
    got = roles(text, "zh")
    assert [r[1] for r in got] == ["old", "new"], got



def test_an_earlier_level_is_never_the_amount_of_a_fall():
    lex = default_lexicon()
    fr = mention("fr", "fr", "Le pays comptait 48,21 millions d'habitants en 2025, en baisse "
                  "de 1 % par rapport au recensement de 2020 (48,70 millions).",
                  "48,70 millions")
    ja = mention("ja", "ja", "総人口は4821万人で、前回2020年調査から49万人（1.0%）減った。", "49万")
    assert fr.claim.role == "old" and ja.claim.role == "drop"
    assert evidence(fr, ja, lex) is None and evidence(ja, fr, lex) is None
    # an earlier growth rate is still a growth rate
    de = mention("de", "de", "Das Wachstum beschleunigte sich auf 5,8 Prozent, nach 5,4 Prozent "
                  "im ersten Quartal.", "5,4 Prozent")
    en = mention("en", "en", "The economy grew 5.4% in the first quarter.", "5.4%")
    assert de.claim.role == "old" and evidence(de, en, lex) is not None
