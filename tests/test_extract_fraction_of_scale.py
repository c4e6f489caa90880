"""A fraction word of a scale word is as precise as the figure written with one decimal:
"half a million" is 0.5 million, 450,000 to 550,000, as "0.5 million" is read; "one and a
half million" is 1.45 to 1.55 million as "1.5 million" is. It was read to half a unit of
the scale either way: "half a million" 0 to 1,000,000 (so it agreed with any count below a
million: devset17 FINDINGS, a planted '200.000' for Rome's 100,000 went unflagged beside
'medio millón'), "a quarter of a million" -250,000 to 750,000 (a negative bound)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck.extraction import extract


def _one(text: str, lang: str):
    claims = extract(text, lang=lang)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize("lang, text", [
    ("en", "Organisers said half a million people marched."),
    ("es", "Según los sindicatos, medio millón de personas se manifestaron."),
    ("fr", "Un demi-million de personnes ont défilé."),
    ("it", "Mezzo milione di persone in piazza."),
    ("de", "Eine halbe Million Menschen gingen auf die Straße."),
    ("pt-PT", "Meio milhão de pessoas desfilaram."),
])
def test_half_a_million_is_read_to_a_tenth_of_the_million(lang, text):
    c = _one(text, lang)
    assert c.value == Decimal(500000)
    assert c.low == Decimal(450000) and c.high == Decimal(550000)


def test_a_quarter_of_a_million_has_no_negative_bound():
    c = _one("A quarter of a million people signed the petition.", "en")
    assert c.value == Decimal(250000)
    assert Decimal(0) < c.low <= Decimal(200000) and Decimal(300000) <= c.high < Decimal(500000)


def test_one_and_a_half_million_as_its_digits():
    words = _one("One and a half million people live in the region.", "en")
    digits = _one("1.5 million people live in the region.", "en")
    assert (words.low, words.high) == (digits.low, digits.high)


def test_a_count_below_the_half_disagrees():
    c = _one("Organisers said half a million people marched.", "en")
    assert not c.low <= Decimal(200000) <= c.high
