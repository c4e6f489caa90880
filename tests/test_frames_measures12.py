"""What a number measures, read alike in a language and its regional variants, and the
classes of measure the alignment missed (bench/missed.py --measures). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from claims_helpers import claim_at as at


# a regional variant has no words of its own: its counted nouns and its "by" words are its
# base language's
@pytest.mark.parametrize("lang", ["en", "en-AU", "en-IN"])
def test_counted_noun_of_a_regional_variant(lang):
    # "employs" names jobs, the counted noun names the staff: the noun wins
    assert at("The miner employs about 7,400 staff and contractors.", lang,
              "7,400").measure == "worker"


@pytest.mark.parametrize("text, lang, figure, role", [
    ("A saca era negociada a R$ 2.180 nesta quinta-feira, queda de R$ 45 no dia.", "pt-BR",
     "R$ 45", "drop"),
    ("A saca era negociada a R$ 2.180 nesta quinta-feira, queda de R$ 45 no dia.", "pt-PT",
     "R$ 45", "drop"),
    ("Der Stellenplan der Gemeinde wächst um 48,5 Vollzeitstellen.", "de-CH", "48,5",
     "change"),
    ("Las ventas netas sumaron 48.736 millones, un alza de 7.8% anual.", "es-MX", "7.8%",
     "growth"),
])
def test_size_of_a_change_in_a_regional_variant(text, lang, figure, role):
    assert at(text, lang, figure).role == role
