"""A half word before a scale word is half of it: Spanish "medio millón de personas" is
500,000, as Portuguese "meio milhão" and Italian "mezzo milione" are (devset17 FINDINGS,
class 6: it was read as "millón" alone, 1,000,000, a wrong value). The half words of a
language that are mostly another word alone ("medio"/"media": average, middle) start a
number only right before a scale word (``numerals.before_scale``); alone they stay no number
("la tarifa media", "Oriente Medio", "a medio plazo"), and before a multiplier too ("3 euros
y media docena" is three euros, tests/test_extract_holdout6_classes.py)."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract


def _values(text: str, lang: str = "es") -> list[tuple[str, Decimal]]:
    return [(c.text, c.value) for c in extract(text, lang=lang)]


def test_half_a_million_people():
    got = _values("Según los organizadores, medio millón de personas se manifestaron en 43 "
                  "ciudades.")
    assert ("medio millón", Decimal(500000)) in got
    assert all(v != Decimal(1000000) for _, v in got)


def test_half_a_million_euros():
    c = [c for c in extract("El club pagó medio millón de euros por el juvenil.", lang="es")]
    assert [(x.value, x.unit) for x in c] == [(Decimal(500000), "EUR")]


def test_half_a_billion_in_mexican_spanish():
    got = _values("La obra costará medio billón de pesos, según la Secretaría.", lang="es-MX")
    assert any(v == Decimal(5) * Decimal(10) ** 11 for _, v in got)


def test_a_million_and_a_half_is_unchanged():
    assert ("Un millón y medio", Decimal(1500000)) in _values("Un millón y medio de personas.")


def test_medio_and_media_alone_are_no_number():
    got = _values("La tarifa media subió en Oriente Medio a medio plazo hasta 40 euros.")
    assert [v for _, v in got] == [Decimal(40)]
