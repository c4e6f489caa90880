"""A count told per a span of time ("17,500 trips a day", "17.500 corse al giorno", 日均,
"pro Woche") is a rate: its frame carries the span (period class "per", words in the
lexicon's ``per_periods``), a figure per day joins the same figure per day in every
version, and never the total of a version that never tells a span, when its own version
tells the total apart. Text written for these tests; the city and figures are invented."""
from __future__ import annotations

import pytest

from claimcheck.extraction import default_lexicon
from claimcheck.extraction.engine import extract
from claimcheck.stories.identity import evidence

from story_helpers import check, flags, mention


def _period(text: str, lang: str, figure: str) -> str:
    return next(c for c in extract(text, lang=lang) if c.text == figure).period


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "On an average day riders made 17,500 trips on the scheme's bikes.", "17,500"),
    ("en", "The operator expects some 350,000 trips a day in the first months.",
     "some 350,000"),
    ("it", "In media si sono registrate 17.500 corse al giorno sulle bici condivise.",
     "17.500"),
    ("fr", "L'exploitant table sur 35 000 voyageurs par jour dans un premier temps.",
     "35 000"),
    ("de", "Im Schnitt wurden pro Tag 17.500 Fahrten mit den Leihrädern gezählt.", "17.500"),
    ("zh", "预计开通初期日均客流35万人次。", "35万"),
])
def test_a_count_per_day_carries_its_span(lang, text, figure):
    assert "per_day" in _period(text, lang, figure).split(",")


def test_a_day_after_is_no_span_counted_per():
    text = "A day after the storm, 1,200 households were still without power."
    assert "per_day" not in _period(text, "en", "1,200")


def test_the_span_passes_to_the_next_figure_of_its_measure_only():
    text = ("L'exploitant table sur 35 000 voyageurs par jour dans un premier temps, et sur "
            "820 000 en 2030.")
    assert "per_day" in _period(text, "fr", "820 000").split(",")


def test_a_count_per_day_and_one_per_week_are_two_quantities():
    a = mention("en.txt", "en", "Riders made 17,500 trips a day on the scheme's bikes.",
                "17,500")
    b = mention("de.txt", "de", "Die Nutzer kamen auf 17.500 Fahrten pro Woche.", "17.500")
    assert a.periods.get("per") == "per_day" and b.periods.get("per") == "per_week"
    assert evidence(a, b, default_lexicon()) is None


ANSA = ("Bike sharing, record per BiciVal a Valtorre\n\n"
        "Nel 2026 le corse sono state 6,4 milioni, il 18% in più rispetto all'anno prima.\n\n"
        "In media si sono registrate 17.500 corse al giorno, con un picco di 31.500 il 18 "
        "settembre.\n")
REPUBBLICA = ("Bike sharing, boom a Valtorre: oltre 7 milioni di corse\n\n"
              "Nel 2026 BiciVal ha totalizzato 6,4 milioni di noleggi, contro i 5,4 milioni "
              "dell'anno precedente.\n")
THELOCAL = ("Valtorre's shared bikes set a record\n\n"
            "The BiciVal scheme recorded 6.4 million rides in 2026, up 18 percent from 5.4 "
            "million the year before.\n\n"
            "On an average day riders made 17,500 trips; the busiest day saw 31,500.\n")


def test_a_daily_figure_joins_its_row_and_never_a_headline_total():
    rows, _ = check({"it-ansa.txt": ANSA, "it-repubblica.txt": REPUBBLICA,
                     "en-thelocal.txt": THELOCAL})
    daily = next(r for r in rows if any(c.text == "17.500" for c in r.claims))
    assert {c.doc for c in daily.claims if c.text in ("17.500", "17,500")} == \
        {"it-ansa.txt", "en-thelocal.txt"}
    assert not any(c.text == "oltre 7 milioni" for c in daily.claims)


def test_the_daily_figure_is_kept_from_the_total_of_a_version_without_spans():
    lexicon = default_lexicon()
    a = mention("it-ansa.txt", "it", ANSA, "17.500")
    b = mention("it-repubblica.txt", "it", REPUBBLICA, "oltre 7 milioni")
    assert a.total_beside and not b.span_told
    assert evidence(a, b, lexicon) is None


NHK = ("ミライモバイルで大規模通信障害\n\n"
       "会社のコールセンターには17日正午までに24万件の問い合わせが寄せられました。\n")
NIKKEI = ("ミライモバイル、全契約者に返金\n\n"
          "ミライモバイルは19日、障害について発表した。問い合わせは42万件を超えた。\n")
XINHUA = ("日本移动运营商通信故障\n\n"
          "新华社东京11月19日电 据报道，公司共收到超过42万件咨询。\n")


@pytest.mark.parametrize("lang, text, figure", [
    ("ja", NHK, "24万件"),
    ("en", "The call centre has received 240,000 inquiries so far.", "240,000"),
    ("de", "Bislang gingen 240.000 Anfragen bei der Hotline ein.", "240.000"),
    ("zh", "截至目前，公司共收到24万件咨询。", "24万件"),
])
def test_a_running_tally_is_marked_as_it_stood(lang, text, figure):
    claim = next(c for c in extract(text, lang=lang) if c.text.startswith(figure[:3]))
    assert "tally" in claim.period.split(",")


def test_a_tally_that_grew_is_no_flag():
    _, findings = check({"ja-nhk.txt": NHK, "ja-nikkei.txt": NIKKEI, "zh-xinhua.txt": XINHUA})
    assert not [f.message for f in flags(findings) if "24万" in f.message]
    # (noted, not dropped: the row still holds the tally beside the final figure)
    assert any("24万" in f.message for f in findings if not f.passed)
