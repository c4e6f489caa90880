"""The price of a takeover told with a verb ("to buy X for €14.6 billion", "s'offre X pour
15 milliards", "acquista X per 2 miliardi") names the acquisition (bench/devset5
pharma-merger: the headline and body prices had no measure and split into rows). Text
written for this test."""
from __future__ import annotations

from claims_helpers import measure_at as _measure


def test_buy_verbs_name_the_acquisition():
    cases = [("en", "Nordal agreed on Tuesday to buy Dutch chipmaker Veltra for €3.2 billion.",
              "€3.2"),
             ("en", "Nordal buys Veltra for €3.2 billion", "€3.2"),
             ("fr", "Nordal s'offre le néerlandais Veltra pour 3,2 milliards d'euros.", "3,2"),
             ("it", "Nordal acquista l'olandese Veltra per 3,2 miliardi di euro.", "3,2")]
    for lang, text, number in cases:
        assert _measure(text, lang, number) == "acquisition", (lang, text)


def test_a_share_buyback_is_no_acquisition():
    text = "Le groupe rachètera jusqu'à 500 millions d'euros d'actions cette année."
    assert _measure(text, "fr", "jusqu'à 500") != "acquisition"
