"""Budget heads are entities: a table of spending heads in one version and a sentence in
another name whose allocation each figure is, so irrigation's figure is never compared
with a cash-transfer scheme's (bench/devset india-budget, de-CH table 'Bewässerung
194,6'). Text written for this test."""
from __future__ import annotations

import pytest

import claimcheck


def frame(text, lang, needle):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.text.startswith(needle)]
    return c


@pytest.mark.parametrize("lang, text, needle", [
    ("de", "Die grössten Posten (in Mrd. Rupien):\nBildung 412,5\nBewässerung 158,3\n",
     "158,3"),
    ("es", "El gobierno destinará 1.200 millones de pesos al riego y 800 millones a la salud.",
     "1.200"),
    ("en", "Irrigation gets Rs 15,830 crore, up 9.2%.", "Rs 15,830"),
    ("zh", "农田灌溉投资45亿元，医疗卫生支出38亿元。", "45亿元"),
])
def test_irrigation_is_the_entity_of_its_allocation(lang, text, needle):
    assert frame(text, lang, needle).entity == "irrigation"


def test_the_next_head_keeps_its_own_entity():
    text = "Bildung 412,5\nGesundheit 201,7\nBewässerung 158,3\n"
    assert frame(text, "de", "201,7").entity == "health"
