"""A row may meet two quantities of one measure (China's 273 medals and Japan's 203). When a
version tells both figures in its body, each with another version telling it too, that
version says they are two quantities: the disagreement is only noted ("not compared"). A
headline against its own body may be a slip and is still compared, and so is a figure
that one version alone writes differently. Text written for these tests; figures are
invented."""
from __future__ import annotations

from story_helpers import row_findings

EN = ("Games close in Perth\n\n"
      "The host nation finished fourth on the final table after sixteen days of competition "
      "at the Pacific Games, which drew about 9,600 athletes from 41 nations to Perth. "
      "Japan, third with 61 gold, won 203 medals in all, its best haul abroad.\n")
ZH = ("环太平洋运动会闭幕\n\n"
      "第四届环太平洋运动会29日晚在珀斯闭幕，来自41个国家和地区的约9600名运动员参赛。"
      "中国体育代表团共获得273枚奖牌，连续第五届位列奖牌榜首位；日本队以203枚奖牌列第三。\n")
ES = ("Cierran los Juegos del Pacífico\n\n"
      "Los Juegos del Pacífico cerraron el domingo en Perth con unos 9.600 atletas de 41 "
      "países. China sumó 273 medallas en total y encabezó el medallero por quinta vez.\n")
TEXTS = {"en.txt": EN, "zh.txt": ZH, "es.txt": ES}
LANGS = {"en.txt": "en", "zh.txt": "zh", "es.txt": "es"}


def _findings(texts, row):
    return row_findings(texts, LANGS, row)


def test_a_version_that_tells_both_figures_makes_the_disagreement_a_note():
    # an aligner's row holding China's 273 (zh, es) and Japan's 203 (en, zh)
    found = _findings(TEXTS, [("en.txt", "203"), ("zh.txt", "273"), ("zh.txt", "203"),
                              ("es.txt", "273")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("tells both figures" in (f.reason or "") for f in found)


def test_one_version_alone_with_another_figure_is_still_flagged():
    # es writes China's 273 as 237: one version alone, no version tells both
    texts = dict(TEXTS, **{"es.txt": ES.replace("273 medallas", "237 medallas")})
    found = _findings(texts, [("zh.txt", "273"), ("en.txt", "203"), ("es.txt", "237")])
    found = [f for f in found if any(c.text == "237" for c in f.claims)]
    assert found and all(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]
