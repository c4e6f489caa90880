"""One measure told for many places (medals by country, fuel prices by state, capital
ratios by bank): the frame cannot tell one place's figure from another's, so a row may
hold the United States' 97 golds in one version and Canada's 99 medals in another. The
name written beside each figure says which place it is told of; when the versions tell
both places, each beside its own figure, the two figures are two quantities: the
disagreement is only noted ("not compared: may measure different things"), while a slip
of one place's figure, told beside that place's name in both versions, is still flagged.
Text written for these tests; figures are invented."""
from __future__ import annotations

from story_helpers import row_findings

from claimcheck.extraction import default_lexicon
from claimcheck.extraction.engine import extract
from claimcheck.stories.own_names import NameIndex

EN = ("Pacific Games close with China on top\n\n"
      "China topped the final medal table with 128 gold. The United States were second "
      "with 97 gold and 264 medals, and Japan third with 61 gold and 203 medals. Canada "
      "finished fifth with 25 gold and 99 medals, its best result since Monday's "
      "opening.\n")
ES = ("China arrasa en los Juegos del Pacífico\n\n"
      "El medallero final quedó encabezado por China (128 oros), Estados Unidos (97), "
      "Japón (61), Australia (47) y Canadá (25). Canadá sumó 99 medallas en total y "
      "Estados Unidos, 264.\n")
ZH = ("环太平洋运动会闭幕\n\n"
      "中国队以128枚金牌居金牌榜首位。美国队以97枚金牌、264枚奖牌列第二，日本队以61枚金牌列第三，"
      "加拿大队以25枚金牌、99枚奖牌列第五。\n")
TEXTS = {"en.txt": EN, "es.txt": ES, "zh.txt": ZH}
LANGS = {"en.txt": "en", "es.txt": "es", "zh.txt": "zh"}


def _claims(texts=TEXTS):
    return {d: tuple(extract(t, lang=LANGS[d], doc=d)) for d, t in texts.items()}


def _claim(claims, doc, text, n=1):
    found = [c for c in claims[doc] if c.text == text]
    return found[n - 1]


def _findings(texts, row):
    return row_findings(texts, LANGS, row)


def _names(doc, text, n=1):
    claims = _claims()
    index = NameIndex(TEXTS, claims, default_lexicon())
    return index.own(_claim(claims, doc, text, n))


def test_a_figure_is_told_of_the_name_before_it_not_of_its_list_neighbour():
    assert "united states" in _names("es.txt", "97")
    assert "china" not in _names("es.txt", "97")
    assert "canada" in _names("es.txt", "25")
    assert "australia" not in _names("es.txt", "25")


def test_a_name_is_one_name_across_languages():
    # Estados Unidos, the United States and 美国 are one name; Japón and Japan too
    assert _names("es.txt", "97") & _names("en.txt", "97") & _names("zh.txt", "97")
    assert "japan" in _names("es.txt", "61") and "japan" in _names("en.txt", "61")


def test_the_next_figure_of_a_sentence_keeps_the_name_before_it():
    # "Canada finished fifth with 25 gold and 99 medals": both Canada's
    assert "canada" in _names("en.txt", "99")


def test_days_and_months_are_no_names():
    text = "On Monday the Harbour Club said 420 members had joined in March."
    claims = {"en.txt": tuple(extract(text, lang="en", doc="en.txt"))}
    index = NameIndex({"en.txt": text}, claims, default_lexicon())
    got = index.own(next(c for c in claims["en.txt"] if c.text.startswith("420")))
    assert "harbour" in got and not got & {"monday", "march"}


def test_two_countries_figures_in_one_row_are_only_noted():
    # an aligner's row that holds the United States' 97 golds (zh) and Canada's 99 medals
    # (en, es): each version tells both countries, each beside its own figure
    found = _findings(TEXTS, [("zh.txt", "97"), ("en.txt", "99"), ("es.txt", "99")])
    assert found, "the row disagrees: a finding is expected"
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("different names" in (f.reason or "") for f in found)


def test_a_slip_of_one_countrys_figure_is_still_flagged():
    # the same row as a slip: es writes the United States' 97 as 79, beside its name
    texts = dict(TEXTS, **{"es.txt": ES.replace("Estados Unidos (97)", "Estados Unidos (79)")})
    found = _findings(texts, [("zh.txt", "97"), ("en.txt", "97"), ("es.txt", "79")])
    assert [f.severity for f in found] and all(f.severity in ("warning", "error")
                                               for f in found), [f.message for f in found]
