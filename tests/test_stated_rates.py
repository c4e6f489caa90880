"""Rates a story states ("($1 = 0.8010 Swiss francs)", "（1ドル=150円）") judge its
conversions in brackets, even a conversion alone in the story that the currencies' bands
are too wide to judge."""
from __future__ import annotations

from claimcheck.extraction import extract
from claimcheck.stories.stated_rates import stated_rates
from story_helpers import check, flags

WIRE_EN = """Swiss watchmaker Orlana to cut 400 jobs

GENEVA, May 6 (Reuters) - Orlana will spend CHF 310 million (${usd} million) on closing
two plants in the Jura, the watchmaker said on Wednesday, and cut 400 of its 2,900 jobs.

($1 = 0.8010 Swiss francs)
"""
WIRE_DE = """Uhrenhersteller Orlana streicht 400 Stellen

Orlana will 310 Millionen Franken für die Schliessung von zwei Werken im Jura ausgeben und
400 seiner 2900 Stellen streichen, teilte der Uhrenhersteller am Mittwoch mit.
"""


def _rate_flag(found, text: str):
    return next((f for f in flags(found) if f.message.startswith("conversion")
                 and any(c.text == text for c in f.claims)), None)


def test_a_conversion_off_the_stated_rate_is_flagged():
    _, found = check({"en.txt": WIRE_EN.format(usd="283"), "de.txt": WIRE_DE})
    f = _rate_flag(found, "$283 million")
    assert f is not None and f.severity == "warning"
    assert "the rate en.txt states, $1 = 0.8010 Swiss francs" in f.message
    assert "387" in f.message          # CHF 310 million at that rate


def test_a_conversion_at_the_stated_rate_passes():
    _, found = check({"en.txt": WIRE_EN.format(usd="387"), "de.txt": WIRE_DE})
    assert _rate_flag(found, "$387 million") is None


NIKKEI_JA = """造船大手、米社から大型受注

造船大手の三洋重工は、米海運会社から液化天然ガス運搬船4隻を約4億5000万ドル（約{yen}億円）で受注したと
発表した。（1ドル=150円）
"""
REUTERS_EN = """Sanyo Heavy wins $450 million LNG carrier order

Sanyo Heavy Industries has won an order for four LNG carriers worth about $450 million
from a U.S. shipping company, it said on Friday.
"""


def test_a_japanese_rate_in_brackets_judges_the_yen_figure():
    _, found = check({"ja.txt": NIKKEI_JA.format(yen="900"), "en.txt": REUTERS_EN})
    assert _rate_flag(found, "約900億円") is not None
    _, found = check({"ja.txt": NIKKEI_JA.format(yen="675"), "en.txt": REUTERS_EN})
    assert _rate_flag(found, "約675億円") is None


def _rates(text: str, lang: str):
    return [(t.amount.unit, t.converted.unit, t.converted.value)
            for t in stated_rates({"d": tuple(extract(text, lang=lang, doc="d"))})]


def test_every_rate_of_a_rate_line_is_read():
    line = "Petrobraz paid 8.4 billion euros for the field.\n\n($1 = 0.9217 euros; $1 = 5.71 reais)\n"
    found = _rates(line, "en")
    assert ("USD", "EUR", extract("0.9217 euros", lang="en")[0].value) in found
    assert {u for _, u, _ in found} == {"EUR", "BRL"}
    assert _rates("Der Kurs lag bei (1 Euro = 1,16 Dollar) am Freitag.", "de") == \
        [("EUR", "USD", extract("1,16 Dollar", lang="de")[0].value)]


def test_an_assumed_rate_in_a_sentence_is_no_stated_rate():
    # a company's planning assumption, not the rate the story converts at
    assert _rates("下期の前提為替レートは1ドル=145円とした。", "ja") == []
    assert _rates("The company assumes 1 euro = $1.05 for next year.", "en") == []


SLIPPED_LINE = """Lumeo raises funds

Lumeo raised 120 million euros (${a} million) in its first round and
80 million euros (${b} million) in its second, the Paris start-up said.

($1 = {rate} euros)
"""


def test_a_slipped_rate_line_does_not_judge_two_conversions_that_agree():
    # two conversions at about 1.08 dollars a euro outvote a line that slipped (1.21)
    text = SLIPPED_LINE.format(a="130", b="86.6", rate="0.8260")
    _, found = check({"en.txt": text, "fr.txt": "Lumeo lève 120 millions d'euros.\n"})
    assert _rate_flag(found, "$130 million") is None and _rate_flag(found, "$86.6 million") is None
    # with the line right, a second conversion that slipped is flagged
    text = SLIPPED_LINE.format(a="130", b="96.6", rate="0.9230")
    _, found = check({"en.txt": text, "fr.txt": "Lumeo lève 120 millions d'euros.\n"})
    assert _rate_flag(found, "$96.6 million") is not None
