"""A developing event's tolls: a version dated a day before the story's latest tells the
dead, injured and missing as they stood then (stories/reports.py). Its figures pair with
the other early report's and with a later version's "up from 12", never with the later
toll; a figure that is neither is compared as before."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge
from claimcheck.stories.align import align_story
from claimcheck.stories.reports import earlier_days

FLASH_ZH = """青川县发生5.8级地震 已致9人遇难

新华社成都4月7日电 据中国地震台网正式测定，4月7日3时20分，四川省青川县发生5.8级地震，震源深度12千米。截至7日9时，地震已造成9人遇难、53人受伤、4人失联。
"""
FLASH_FR = """Chine : un séisme de magnitude 5,8 fait au moins 9 morts dans le Sichuan

Pékin, 7 avril – Un séisme de magnitude 5,8 a frappé le Sichuan, à une profondeur de 12 km. Selon un bilan provisoire, il a fait au moins 9 morts, 53 blessés et 4 disparus.
"""
LATER_EN = """Sichuan quake death toll rises to 14

CHENGDU, China, April 8 (Wire) – A magnitude 5.8 earthquake struck Sichuan on Tuesday at a depth of 12 km. Its death toll rose to 14 from 9 on Wednesday, with 97 injured and one still missing, authorities said.
"""
LATER_ES = """Sube a 14 la cifra de muertos por sismo en China

Ciudad de México, 8 de abril. La cifra de muertos por el sismo de magnitud 5.8 en la provincia china de Sichuan aumentó a 14, con 97 heridos, informaron las autoridades. El sismo tuvo una profundidad de 12 kilómetros.
"""
TEXTS = {"zh.txt": FLASH_ZH, "fr.txt": FLASH_FR, "en.txt": LATER_EN, "es.txt": LATER_ES}


def rows():
    claims = {d: tuple(extract(t, doc=d)) for d, t in TEXTS.items()}
    return claims, align_story(Story("s", tuple(TEXTS)), claims, TEXTS, default_lexicon())


def test_the_flash_reports_are_dated_before_the_latest():
    claims, _ = rows()
    assert earlier_days(claims) == {"zh.txt", "fr.txt"}


def test_a_flash_report_s_toll_is_never_held_against_the_later_one():
    claims, found = rows()
    tolls = ("deaths", "injured", "missing")
    for a in found:
        early = {c.doc for c in a.claims if c.doc in ("zh.txt", "fr.txt") and c.measure in tolls}
        current = {c.text for c in a.claims if c.doc in ("en.txt", "es.txt")
                   and c.measure in tolls and c.role != "old"}
        assert not (early and current), [(c.doc, c.text) for c in a.claims]


def test_the_flash_reports_tolls_pair_with_each_other_and_with_up_from():
    _, found = rows()
    dead = next(a for a in found if any(c.doc == "en.txt" and c.text == "9" for c in a.claims))
    docs = {c.doc for c in dead.claims}
    assert {"zh.txt", "fr.txt", "en.txt"} <= docs      # en: "rose to 14 from 9"
    assert judge(list(dead.claims)).agree
    later = next(a for a in found if any(c.doc == "en.txt" and c.text == "97"
                                         for c in a.claims))
    assert {(c.doc, c.text) for c in later.claims} == {("en.txt", "97"), ("es.txt", "97")}


def test_a_figure_that_is_no_toll_is_compared_across_the_days():
    _, found = rows()
    depth = next(a for a in found if any(c.doc == "zh.txt" and c.text == "12千米"
                                         for c in a.claims))
    assert {c.doc for c in depth.claims} == set(TEXTS)


def test_no_earlier_days_without_datelines_that_differ():
    claims = {d: tuple(extract(t, doc=d)) for d, t in TEXTS.items() if d in ("en.txt", "es.txt")}
    assert earlier_days(claims) == frozenset()
