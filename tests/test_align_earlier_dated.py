"""An earlier value and a figure of the same written year are one quantity: "down 2% from
48.1 million in 2019" in one version (marked as the earlier value of its sentence), "En
2019, ils étaient 48,1 millions" in another (dated by its year only). The earlier-value
mark does not weigh against them; it still does against a figure of no year."""
from __future__ import annotations

from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import evidence
from story_helpers import mention


def test_an_earlier_value_meets_the_same_year_told_plainly():
    lex = default_lexicon()
    en = mention("en", "en", "The survey counted 47.2 million anglers in 2024, down 2% from "
                  "48.1 million in 2019.", "48.1 million")
    fr = mention("fr", "fr", "L'enquête recense 47,2 millions de pêcheurs en 2024. En 2019, "
                  "ils étaient 48,1 millions.", "48,1 millions")
    assert en.earlier and not fr.earlier
    dated = evidence(en, fr, lex)
    assert dated is not None and dated.confidence > 0.5
    undated = mention("de", "de", "Die Umfrage zählte 48,1 Millionen Angler.", "48,1 Millionen")
    plain = evidence(en, undated, lex)
    assert plain is None or plain.score < dated.score
