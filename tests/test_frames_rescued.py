"""People brought out alive are a measure of their own (bench/devset5 mine-collapse: "48
d'entre eux ont été secourus vivants", "Forty-eight were brought out alive", "其中48人已于
14日获救" were orphans with no measure). And a day after 于 is a date, not a count that
takes the sentence's words ("已于14日获救"). Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon, extract
from claims_helpers import measure_at as _measure


def test_rescued_in_every_language_of_a_collapse_report():
    cases = [("en", "Thirty-one were brought out alive by Sunday evening.", "Thirty-one"),
             ("fr", "Au total, 31 d'entre eux ont été secourus dimanche.", "31"),
             ("es", "Los bomberos lograron sacar con vida a 31 de ellos.", "31"),
             ("de", "Bis Sonntag konnten 31 lebend geborgen werden.", "31"),
             ("pt", "Até domingo, 31 foram resgatados com vida.", "31"),
             ("it", "Finora 31 persone sono state tratte in salvo.", "31"),
             ("zh", "井下共有40名工人，其中31人已于9日获救。", "31")]
    for lang, text, number in cases:
        assert _measure(text, lang, number) == "rescued", (lang, text)


def test_rescued_is_not_the_rescuers():
    text = "Some 200 rescuers worked through the night and 12 survivors were found."
    assert _measure(text, "en", "Some 200") == "rescuers"
    assert _measure(text, "en", "12") == "rescued"


def test_rescued_is_a_running_kind_of_people():
    lex = default_lexicon()
    assert "rescued" in lex.running_measures
    assert lex.kind_of("rescued", "people")


def test_a_day_after_yu_is_a_date_not_a_count():
    claims = extract("其中31人已于9日获救，另有4人将于12日转院。", lang="zh")
    assert [c.text for c in claims if c.kind != "date"] == ["31", "4"]
