"""The first or second half of a year is a period, not one half: "en la primera mitad del
año", "nella prima metà dell'anno", "na primeira metade do ano", "au cours de la première
moitié de l'année" were read as a claim of 0.5 (English "the first half" was already a
period). A half told as a share stays one. Text written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import extract


def _halves(text, lang):
    return [c for c in extract(text, lang=lang, doc=f"{lang}.txt")
            if c.value == Decimal("0.5")]


@pytest.mark.parametrize("text,lang", [
    ("En la primera mitad del año las exportaciones subieron un 5,2 %.", "es"),
    ("Para la segunda mitad de 2027 el banco prevé un alza del 1,5 %.", "es"),
    ("Nella prima metà dell'anno le vendite sono salite del 5,2%.", "it"),
    ("Nella seconda metà del 2027 la banca prevede un rialzo dell'1,5%.", "it"),
    ("Na primeira metade do ano as exportações subiram 5,2%.", "pt"),
    ("Au cours de la première moitié de l'année, les ventes ont progressé de 5,2 %.", "fr"),
    ("In the first half of the year exports rose 5.2%.", "en"),
])
def test_the_first_or_second_half_is_a_period(text, lang):
    assert not _halves(text, lang)
    assert any(c.kind == "percent" for c in extract(text, lang=lang, doc=f"{lang}.txt"))


@pytest.mark.parametrize("text,lang,figure", [
    ("Más de la mitad de los peregrinos llegó a pie.", "es", "Más de la mitad"),
    ("Oltre la metà dei pellegrini è arrivata a piedi.", "it", "Oltre la metà"),
    ("Mais da metade dos municípios foi atingida pelas cheias.", "pt", "Mais da metade"),
])
def test_a_half_told_as_a_share_stays_a_claim(text, lang, figure):
    found = _halves(text, lang)
    assert [c.text for c in found] == [figure]
    assert found[0].qualifier == "over"
