"""Miners are counted as miners in every language, and the trapped, dead or rescued among
them as such (bench/devset5 mine-collapse: "60 mineros", "Sixty miners", "60名矿工" had no
measure). Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon
from claims_helpers import measure_at as _measure


def test_the_shift_counted_in_miners():
    cases = [("en", "Forty miners were underground when the shaft flooded.", "Forty"),
             ("es", "En el turno de noche trabajaban 40 mineros.", "40"),
             ("fr", "Quarante mineurs étaient au fond au moment de l'inondation.", "Quarante"),
             ("de", "Zum Zeitpunkt des Unglücks waren 40 Bergleute unter Tage.", "40"),
             ("pt", "Havia 40 mineiros no turno da noite.", "40"),
             ("it", "Nel turno c'erano 40 minatori.", "40"),
             ("zh", "事发时井下共有40名矿工。", "40")]
    for lang, text, number in cases:
        assert _measure(text, lang, number) == "miners", (lang, text)


def test_miners_of_a_kind_take_that_kind():
    assert _measure("Seis mineros permanecen atrapados en la galería.", "es", "Seis") == \
        "trapped"
    assert _measure("截至目前，仍有6名矿工被困井下。", "zh", "6") == "trapped"
    assert _measure("Two miners died in the blast.", "en", "Two") == "deaths"


def test_miners_are_a_generic_measure():
    lex = default_lexicon()
    assert lex.generic_measure("miners")
    assert lex.kind_of("trapped", "miners") and not lex.kind_of("rescuers", "miners")
