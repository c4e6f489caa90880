"""A collective numeral ("une vingtaine de blessés", "un centenar de vecinos", "a dozen
people") is a round count told roughly: its interval is some 25 % either way, so that
"une vingtaine" agrees with "22 blessés" in another version instead of being flagged as a
wrong digit. The words are language data (numerals.collective)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import extract


@pytest.mark.parametrize("lang, text, written, low, high", [
    ("fr", "L'accident a fait quatre morts et une vingtaine de blessés.", "une vingtaine", 15, 25),
    ("fr", "L'A9 a été fermée sur une quarantaine de kilomètres.",
     "une quarantaine de kilomètres", 30000, 50000),
    ("es", "Un centenar de vecinos fueron desalojados.", "Un centenar", 75, 125),
    ("it", "Una ventina di feriti sono stati soccorsi.", "Una ventina", 15, 25),
    ("pt", "Uma dezena de famílias ficaram desalojadas.", "Uma dezena", Decimal("7.5"),
     Decimal("12.5")),
    ("de", "Ein Dutzend Menschen wurde verletzt.", "Ein Dutzend", 9, 15),
    ("en", "A dozen people were hurt in the crash.", "A dozen", 9, 15),
])
def test_a_collective_numeral_is_about(lang, text, written, low, high):
    (c,) = [c for c in extract(text, lang) if c.text == written]
    assert c.qualifier == "about"
    assert (c.low, c.high) == (low, high)


@pytest.mark.parametrize("lang, text, written, value", [
    ("fr", "L'accident a fait vingt blessés.", "vingt", 20),
    ("es", "Cien vecinos fueron desalojados.", "Cien", 100),
    ("en", "Twelve people were hurt in the crash.", "Twelve", 12),
])
def test_a_cardinal_in_words_stays_exact(lang, text, written, value):
    (c,) = [c for c in extract(text, lang) if c.text == written]
    assert (c.qualifier, c.low, c.high) == ("exact", value, value)
