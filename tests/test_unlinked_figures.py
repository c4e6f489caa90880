"""Two versions that each tell a quantity alone, with figures no typical slip links: a
wheat story where one outlet gives the price paid in a market town and another the state's
support price, or a ship story where one gives the crew and another the passengers. Frames
match (a price of wheat per quintal, people aboard), no second version says which figure
the story holds, and nothing in the two figures says that one was written for the other:
the row is a note ("not compared"), not a warning. A typical slip between two lone figures
(a decimal slip, a false friend of scale) is still flagged.
Text written for these tests; places, outlets and figures are invented."""
from __future__ import annotations

from story_helpers import check, failed_with, flags

WHEAT = {
    "en-IN.txt": (
        "Centre bans wheat exports as stocks fall to 18.2 million tonnes\n\n"
        "NEW DELHI, May 14 - The government on Saturday banned wheat exports with immediate "
        "effect after a heatwave cut the harvest, the commerce ministry said. Central stocks "
        "stood at 18.2 million tonnes on May 1, the lowest in 14 years. Traders said prices "
        "in the Khanna mandi in Punjab crossed Rs 2,900 a quintal this week.\n"),
    "fr.txt": (
        "L'Inde interdit les exportations de blé\n\n"
        "New Delhi a interdit samedi les exportations de blé, avec effet immédiat, après une "
        "vague de chaleur qui a réduit la récolte. Les stocks publics étaient de 18,2 millions "
        "de tonnes au 1er mai, leur plus bas niveau depuis 14 ans. Le prix minimum de "
        "soutien fixé par l'État est de 2 425 roupies le quintal.\n"),
    "es.txt": (
        "India prohíbe las exportaciones de trigo\n\n"
        "El Gobierno indio prohibió el sábado las exportaciones de trigo tras una ola de calor "
        "que redujo la cosecha. Las reservas públicas sumaban 18,2 millones de toneladas el 1 "
        "de mayo, su nivel más bajo en 14 años.\n"),
}


def test_two_lone_prices_no_slip_links_are_only_noted():
    _, findings = check(WHEAT)
    found = failed_with(findings, "Rs 2,900 a quintal")
    assert found, "the two prices of wheat meet in one row"
    assert all(f.severity == "info" for f in found)
    assert any("no typical slip links" in f.reason for f in found)
    assert not [f for f in flags(findings) if f in found]


def test_a_decimal_slip_between_two_lone_figures_is_still_flagged():
    texts = {d: t for d, t in WHEAT.items()}
    texts["en-IN.txt"] = texts["en-IN.txt"].replace(
        "Traders said prices in the Khanna mandi in Punjab crossed Rs 2,900 a quintal this "
        "week", "The state's minimum support price is Rs 24,250 a quintal")
    _, findings = check(texts)
    found = [f for f in flags(findings)
             if any(c.text == "2 425 roupies le quintal" for c in f.claims)]
    assert found and found[0].pattern == "decimal slip"


def test_two_versions_alone_still_disagree():
    # a story of two versions: no third could confirm either figure
    texts = {d: WHEAT[d] for d in ("en-IN.txt", "fr.txt")}
    _, findings = check(texts)
    found = [f for f in flags(findings) if any(c.text == "Rs 2,900 a quintal" for c in f.claims)]
    assert found and found[0].severity == "warning"
