"""A composite numeral whose scale word slipped (issue 12): "1億2214人" for "1億2214万人"
keeps the digits of the figure it slipped from, run after run, though its value's digits
change (100002214). Identity reads it as the same digits a power of ten or more apart, so
it keeps its row, and the judge names
the slip: a dropped or added 万/亿."""
from __future__ import annotations

from decimal import Decimal

from story_helpers import check, flags

from claimcheck.extraction.engine import extract
from claimcheck.stories.agreement import slip
from claimcheck.stories.mentions import composite_runs

EN = """Japan's population falls for 15th year

Japan's population stood at 122.14 million on October 1, down 0.5 percent from a year
earlier, the internal affairs ministry said on Friday.
"""
FR = """Le Japon perd des habitants pour la 15e année

La population du Japon s'établissait à 122,14 millions d'habitants au 1er octobre, en
baisse de 0,5 % sur un an, a indiqué vendredi le ministère de l'Intérieur.
"""
JA = """日本の人口、15年連続減少

総務省が金曜日に発表した10月1日時点の日本の総人口は{lead}で、前年より0.5％減少した。
"""


def _claim(text: str, lang: str, figure: str):
    return next(c for c in extract(text, lang=lang, doc="d") if c.text == figure)


def test_a_composite_numeral_keeps_its_runs():
    c = _claim("総人口は1億2214人だった。", "ja", "1億2214")
    assert c.value == Decimal(100002214)
    assert composite_runs(c) == "12214"
    assert composite_runs(_claim("Japan had 122.14 million people.", "en", "122.14 million")) == ""


def test_a_dropped_scale_word_is_named():
    good = _claim("Japan had 122.14 million people.", "en", "122.14 million")
    bad = _claim("総人口は1億2214人だった。", "ja", "1億2214")
    assert slip(good, bad) == "dropped or added 万/亿"
    assert slip(good, _claim("総人口は1億3214人だった。", "ja", "1億3214")) != \
        "dropped or added 万/亿"


def test_a_version_whose_numeral_lost_its_scale_word_is_flagged_with_the_slip():
    _, found = check({"en.txt": EN, "fr.txt": FR,
                      "ja.txt": JA.format(lead="1億2214人")})
    hit = [f for f in flags(found) if any(c.text == "1億2214" for c in f.claims)]
    assert hit and hit[0].pattern == "dropped or added 万/亿"
    assert any(c.text == "122.14 million" for c in hit[0].claims)


def test_the_faithful_numerals_agree():
    rows, found = check({"en.txt": EN, "fr.txt": FR,
                         "ja.txt": JA.format(lead="1億2214万人")})
    assert not flags(found)
    row = next(a for a in rows if any(c.text == "122.14 million" for c in a.claims))
    assert {c.text for c in row.claims} == {"122.14 million", "122,14 millions", "1億2214万"}
