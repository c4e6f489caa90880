"""What economists (not only analysts) expected is a forecast, scoped ``consensus``, in
each language: never the figure released beside it. Sentences written for this test."""
from __future__ import annotations

import pytest

from claims_helpers import claim_at as at


@pytest.mark.parametrize("text, lang, forecast, released", [
    ("Industrial output rose 0.7% in August, above the 0.4% gain expected by economists.",
     "en", "0.4%", "0.7%"),
    ("The surplus narrowed to $4.6 billion, well below the $6.1 billion economists had "
     "forecast.", "en", "$6.1 billion", "$4.6 billion"),
    ("La production a progressé de 0,7 % en août, contre 0,4 % attendu par les économistes.",
     "fr", "0,4 %", "0,7 %"),
    ("La producción creció un 0,7 % en agosto, por encima del 0,4 % previsto por los "
     "economistas.", "es", "0,4 %", "0,7 %"),
    ("Die Produktion stieg im August um 0,7 Prozent. Von Ökonomen erwartet worden waren "
     "0,4 Prozent.", "de", "0,4 Prozent", "0,7 Prozent"),
    ("A produção cresceu 0,7% em agosto, acima da alta de 0,4% esperada por economistas.",
     "pt-BR", "0,4%", "0,7%"),
    ("La produzione è salita dello 0,7% ad agosto, sopra le attese degli economisti "
     "dello 0,4%.", "it", "0,4%", "0,7%"),
    ("8月工业产出增长0.7%，经济学家预期为增长0.4%。", "zh", "0.4%", "0.7%"),
])
def test_what_economists_expected_is_a_forecast(text, lang, forecast, released):
    assert at(text, lang, forecast).scope == "consensus"
    assert at(text, lang, released).scope != "consensus"
