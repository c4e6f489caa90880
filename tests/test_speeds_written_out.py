"""Speeds written out in words: 时速100公里 in Chinese, "100 km per hour" or "80 kilometres
an hour" in English, "250 Stundenkilometer" in German. They were read as a length (时速
left 公里 a kilometre) or as a length per hour, so they never shared a row with "100 km/h"
or 時速100キロ, which are speeds. Text written for this test."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract

from story_helpers import check


def _speeds(text: str, lang: str):
    return [(c.text, c.kind, c.measure) for c in extract(text, lang=lang)
            if c.kind != "date"]


def test_gongli_after_shisu_is_a_speed_and_a_length_elsewhere_stays_one():
    claims = _speeds("新建跨海大桥全长31.2公里，设计时速120公里。", "zh")
    assert claims == [("31.2公里", "length", "length"), ("120公里", "speed", "speed")]
    (c,) = [c for c in extract("货运列车最高时速160公里。", lang="zh") if c.kind != "date"]
    assert c.unit == "m/s" and abs(c.value - Decimal(160000) / 3600) < Decimal("0.001")


def test_speed_units_spelt_out_in_words():
    for text, lang in (("The new line is built for trains running at 160 km per hour.", "en"),
                       ("Gusts reached 130 kilometres an hour on the coast.", "en"),
                       ("Les rames circuleront à 160 kilomètres à l'heure.", "fr"),
                       ("Los trenes circularán a 160 km por hora.", "es"),
                       ("Die Züge sollen 160 Stundenkilometer erreichen.", "de")):
        (c,) = [c for c in extract(text, lang=lang) if c.kind != "date"]
        assert c.kind == "speed", (text, c.kind, c.unit)


def test_versions_of_one_design_speed_share_a_row():
    rows, _ = check({
        "zh.txt": "跨海大桥今日通车\n\n大桥全长18.5公里，按高速公路标准建设，设计时速100公里。",
        "en.txt": "Sea bridge opens to traffic\n\nThe 18.5 km bridge is built to expressway "
                  "standards and designed for a speed of 100 km per hour.",
        "ja.txt": "海上大橋が開通\n\n全長18.5キロの橋は高速道路規格で、設計速度は時速100キロ。",
    })
    speed = [r for r in rows if any(c.kind == "speed" for c in r.claims)]
    assert len(speed) == 1
    assert {c.doc for c in speed[0].claims} == {"zh.txt", "en.txt", "ja.txt"}
