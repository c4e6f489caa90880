"""A parenthesis is an aside: its words frame the claims inside it and the rest of the
clause it closes in (a gloss: "operating profit (EBIT)"), and nothing after the next clause
mark; what its claims carry (a year earlier, a basis of comparison) ends with it."""
from __future__ import annotations

import pytest

import claimcheck


def frames(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """{claim text: (measure, period)} for the quantities of ``text``."""
    return {c.text: (c.measure, c.period) for c in claimcheck.extract(text, lang=lang)
            if c.kind != "date"}


@pytest.mark.parametrize("lang, text, inside, after, measure_after", [
    ("de", "Der Umsatz lag bei 8,4 Milliarden Euro (Vorjahr: 7,9 Milliarden Euro) und der "
           "Konzern beschäftigte 23.500 Mitarbeiter.", "7,9 Milliarden Euro", "23.500",
     "worker"),
    ("en", "Sales reached $4.6 billion (up 12% year on year) and the chain had 1,840 stores.",
     "12%", "1,840", "stores"),
    ("fr", "Le chiffre d'affaires a atteint 2,1 milliards d'euros (contre 1,8 milliard l'an "
           "dernier) et le groupe compte 9 300 salariés.", "1,8 milliard", "9 300", "worker"),
])
def test_an_aside_s_period_stays_inside_it(lang, text, inside, after, measure_after):
    got = frames(text, lang)
    assert got[inside][1] in ("prev", "yoy")           # the aside's own figure keeps it
    assert got[after] == (measure_after, "")           # the figure after it does not


def test_a_gloss_still_names_what_follows_it():
    assert frames("Das operative Ergebnis (Ebit) stieg um 6,3 Prozent.", "de")["6,3 Prozent"][0] \
        == "operating_profit"


def test_a_gloss_does_not_reach_past_the_next_clause():
    text = ("The budget deficit is put at 3.4 per cent of gross domestic product (GDP), "
            "against 3.9 per cent in the revised estimates.")
    assert frames(text, "en")["3.9 per cent"][0] == "fiscal_deficit"
