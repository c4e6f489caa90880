"""Words the frames missed, found by the classes of missed pairs (bench/missed.py):
"verdient" of an amount is a profit, "EBIT margin" a margin, "kauft" and "compra ... per"
an acquisition; each lets the versions that write it join the row of the versions that name
the measure with another word."""
from __future__ import annotations

import pytest

from claimcheck.extraction.engine import extract


def measures(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.text, c.measure) for c in extract(text, lang=lang)]


@pytest.mark.parametrize("text, lang, figure, measure", [
    ("Nordbahn verdient 840 Millionen Euro im ersten Halbjahr.", "de", "840 Millionen Euro",
     "net_profit"),
    ("Der Versicherer Almhof kauft den Makler Brandt für 1,7 Milliarden Euro.", "de",
     "1,7 Milliarden Euro", "acquisition"),
    ("Almhof compra Brandt per 1,7 miliardi di euro.", "it", "1,7 miliardi di euro",
     "acquisition"),
    ("The adjusted EBIT margin narrowed to 6.4% from 7.1%.", "en", "6.4%", "margin"),
    ("La marge d'Ebit ajustée a reculé à 6,4 %.", "fr", "6,4 %", "margin"),
    ("El margen EBIT ajustado bajó al 6,4 %.", "es", "6,4 %", "margin"),
    ("Il margine Ebit rettificato è sceso al 6,4%.", "it", "6,4%", "margin"),
])
def test_the_measure_is_read(text, lang, figure, measure):
    assert (figure, measure) in measures(text, lang)


def test_ebit_alone_is_still_the_operating_profit():
    assert ("610 million euros", "operating_profit") in measures(
        "EBIT rose to 610 million euros.", "en")


def test_shares_bought_back_are_no_acquisition():
    got = measures("Der Versicherer kauft eigene Aktien für 400 Millionen Euro zurück.", "de")
    assert got and all(m != "acquisition" for _, m in got)


def test_a_share_of_the_costs_taken_on_is_no_acquisition():
    got = measures("Die EU übernimmt 40 Prozent der Kosten von 7,9 Milliarden Euro.", "de")
    assert got and all(m != "acquisition" for _, m in got)
