"""People trapped by a collapse are a measure of their own (bench/devset5 mine-collapse): a
headline 'toll rises to 9, three still trapped' must not give 'three' to the dead, nor a
body's 'quedan 4 atrapados' to the rescuers. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon
from claims_helpers import measure_at as _measure


def test_headline_trapped_after_a_death_toll():
    text = "Tunnel collapse: death toll rises to 6, four still trapped"
    assert _measure(text, "en", "four") == "trapped"
    assert _measure(text, "en", "6") == "deaths"


def test_trapped_in_every_language_of_a_mine_report():
    cases = [("es", "Los rescatistas buscan a 4 mineros atrapados en la galería.", "4"),
             ("fr", "Au fond du puits, trois mineurs restent bloqués.", "trois"),
             ("de", "In der Grube sind noch 4 Bergleute eingeschlossen.", "4"),
             ("it", "Restano 4 minatori intrappolati nella galleria.", "4"),
             ("zh", "截至目前，仍有4名矿工被困井下。", "4")]
    for lang, text, number in cases:
        assert _measure(text, lang, number) == "trapped", (lang, text)


def test_trapped_is_a_running_measure():
    assert "trapped" in default_lexicon().running_measures
