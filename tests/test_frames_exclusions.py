"""What a figure leaves out is not whose figure it is: "core inflation, which excludes
energy and food, was 3.1%" is core inflation, not food's. The exclusion words are language
data (``exclusions`` in rules/lexicon.yaml); they reach to the end of their clause."""
from __future__ import annotations

import pytest

from claimcheck import extract


def frame(text: str, lang: str, figure: str) -> tuple[str, str]:
    c = next(c for c in extract(text, lang) if c.text == figure)
    return c.measure, c.entity


@pytest.mark.parametrize("lang, text, figure, entity", [
    ("en", "Core inflation, which excludes energy and food, was 3.1% in February.", "3.1%",
     "core"),
    ("en", "Consumer prices excluding food and fuel rose 2.9% from a year earlier.", "2.9%", ""),
    ("fr", "L'inflation sous-jacente, hors énergie et alimentation, a atteint 3,1 % en février.",
     "3,1 %", "core"),
    ("es", "La inflación subyacente, que excluye alimentos y combustibles, se moderó al 3,1 %.",
     "3,1 %", "core"),
    ("de", "Die Kernrate ohne Energiepreise und Lebensmittel lag im Februar bei 2,8 Prozent.",
     "2,8 Prozent", ""),
    ("zh", "全国固定资产投资（不含农户）41.9万亿元，增长2.7%。", "41.9万亿元", ""),
])
def test_an_excluded_thing_is_not_the_figures_entity(lang, text, figure, entity):
    assert frame(text, lang, figure)[1] == entity


def test_the_exclusion_ends_with_its_clause():
    # the food figure after the clause mark is food's again
    text = ("Core inflation, excluding energy, was 3.1%; food prices rose 6.2% in February.")
    assert frame(text, "en", "3.1%")[1] == "core"
    assert frame(text, "en", "6.2%")[1] == "food"


def test_without_the_exclusion_word_the_entity_is_read():
    assert frame("Food prices rose 6.2% in February.", "en", "6.2%")[1] == "food"
