"""A bare figure added to a scaled amount takes its scale: "74 milioni più 6 di bonus" is 74
million and 6 million in bonuses, as transfer coverage writes it (devset17 FINDINGS, class
6: the 6 was read as six and flagged as a false friend of scale against "6 millones"). The
carry existed for an amount that names its currency ("45 milioni di euro più 5"); it now
holds for an amount of millions or more whose currency is left to the context. Only right
after the amount, joined by the language's word for "plus" (``changes.plus``), and only a
figure smaller than the amount with no unit, currency, percent or counted noun of its
own."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction import extract


def _values(text: str, lang: str) -> list[tuple[str, Decimal, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract(text, lang=lang)]


def test_italian_bonus_after_a_fee():
    got = _values("L'attaccante è arrivato per 74 milioni più 6 di bonus, il colpo dell'estate.",
                  "it")
    assert any(v == Decimal(6000000) for _, v, _ in got)
    assert all(v != Decimal(6) for _, v, _ in got)


def test_the_currency_is_carried_too():
    got = _values("Il club ha pagato 45 milioni di euro più 5 di bonus al Porto.", "it")
    assert any(v == Decimal(5000000) and u == "EUR" for _, v, u in got)


def test_spanish_and_french():
    es = _values("El Atlético pagó 30 millones más 4 en variables por el central.", "es")
    assert any(v == Decimal(4000000) for _, v, _ in es)
    fr = _values("Le club a déboursé 50 millions d'euros plus 8 de bonus pour l'attaquant.", "fr")
    assert any(v == Decimal(8000000) for _, v, _ in fr)


def test_a_counted_figure_keeps_its_value():
    got = _values("Il club ha speso 74 milioni più 3 giocatori in prestito.", "it")
    assert any(v == Decimal(3) for _, v, _ in got)


def test_a_figure_larger_than_the_amount_keeps_its_value():
    got = _values("Ha incassato 2 milioni più 300 abbonamenti venduti.", "it")
    assert any(v == Decimal(300) for _, v, _ in got)


def test_a_percent_keeps_its_value():
    got = _values("The deal is worth $2 million plus 20% of any future sale.", "en")
    assert any(v == Decimal(20) and u == "percent" for _, v, u in got)

