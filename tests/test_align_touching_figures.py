"""Two rounded figures whose intervals only touch disagree: "3.2%" stands for 3.15 up to,
not including, 3.25, and "3.1%" for 3.05 up to 3.15. A wire story that writes the headline
inflation forecast (3.2%) and the core rate (3.1%) therefore does not tell one figure twice,
and the two never share a row as agreeing figures."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.align import align_story
from claimcheck.stories.identity import figures_agree
from claimcheck.records import Story

EN = ("The central bank now expects inflation to average 4.6% this year, up from 4.1% in "
      "its autumn forecast. Core inflation, which leaves out fuel and fresh food, was 4.5% "
      "in March.")
FR = ("La banque centrale prévoit désormais une inflation moyenne de 4,6 % cette année. "
      "L'inflation sous-jacente, hors carburants et produits frais, était de 4,5 % en mars.")


def _claim(text, lang, figure):
    return next(c for c in extract(text, lang=lang, doc=lang) if c.text == figure)


def test_touching_intervals_disagree():
    headline, core = _claim(EN, "en", "4.6%"), _claim(EN, "en", "4.5%")
    assert headline.low == core.high          # 4.55: where one ends the other begins
    assert not figures_agree(headline, core)
    assert figures_agree(headline, _claim(FR, "fr", "4,6 %"))
    whole = _claim("The plant employs 300 people.", "en", "300")
    assert whole.low == whole.high and figures_agree(whole, whole)   # a count: one value


def test_a_version_does_not_tell_the_core_rate_as_its_headline_rate():
    texts = {"en": EN, "fr": FR}
    claims = {d: tuple(extract(t, lang=d, doc=d)) for d, t in texts.items()}
    rows = align_story(Story("s", ("en", "fr"), "test"), claims, texts, default_lexicon())
    for row in rows:
        figures = {c.doc: set() for c in row.claims}
        for c in row.claims:
            figures[c.doc].add(c.value)
        assert all(len(v) == 1 for v in figures.values()), row
