"""A name's number glued by a hyphen to a capitalised word is no claim (bench/devset5
satellite-launch): 'Amaterasu-2' was read as the count 2 in every language, and in fr
'Amaterasu-2 environ 16 minutes' it took the 'environ' of the duration after it. A road
number ('A-4') was already a name; a year after a capitalised prefix stays a figure.
Text written for this test."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract


def _texts(text: str, lang: str) -> list[str]:
    return [c.text for c in extract(text, lang=lang)]


def test_a_satellite_name_is_no_count():
    assert _texts("The Kestrel-3 probe reached orbit 14 minutes after launch.", "en") == \
        ["14 minutes"]
    assert _texts("A sonda Kestrel-3 chegou à órbita 14 minutos após o lançamento.", "pt") == \
        ["14 minutos"]


def test_a_name_number_takes_no_qualifier_after_it():
    claims = extract("La sonde Kestrel-3 environ 14 minutes après le lancement.", lang="fr")
    assert [(c.text, c.value) for c in claims] == [("14 minutes", Decimal("840"))]


def test_a_year_after_a_capitalised_prefix_is_kept():
    assert "2025" in _texts("Mid-2025 sales rose 4%.", "en")
