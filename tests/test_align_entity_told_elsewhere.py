"""A figure that names no entity, in a version that tells a breakdown (the primary,
secondary and tertiary sector each with its own figure), is not the tertiary sector's
figure of another version: the two are compared only as a note ("not compared"), however
much their measures say for them. An entity read beside several figures of a version (the
story's own subject, or a sector told with two figures) gives no such breakdown."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import MEDIUM, evidence
from claimcheck.stories.mentions import mentions_of

ZH = ("上半年全市地区生产总值4123.5亿元，同比增长4.9%。分产业看，第一产业增加值201.3亿元，"
      "增长2.8%；第二产业增加值1650.2亿元，增长5.6%；第三产业增加值2272.0亿元，增长4.4%。")
EN = ("The city's economy grew 4.9% in the first half. The secondary sector grew 5.6%, "
      "ahead of 4.4% for services and 2.8% for agriculture. Gross domestic product grew 4.6% "
      "in the second quarter.")
EN_PLAIN = "Gross domestic product grew 4.6% in the second quarter."


def _mentions(doc, lang, text):
    return mentions_of(doc, tuple(extract(text, lang=lang, doc=doc)), text)


def _mention(doc, lang, text, figure):
    return next(m for m in _mentions(doc, lang, text) if m.claim.text == figure)


def test_a_sector_figure_against_the_plain_figure_of_a_version_with_a_breakdown():
    lex = default_lexicon()
    tertiary = _mention("zh", "zh", ZH, "4.4%")
    assert tertiary.claim.entity == "tertiary_sector" and not tertiary.claim.period
    quarter = _mention("en", "en", EN, "4.6%")
    assert not quarter.claim.entity and "tertiary_sector" in quarter.entities_here
    ev = evidence(tertiary, quarter, lex)
    assert ev is not None and ev.confidence < MEDIUM
    # the same sentence in a version that tells no sector figure: nothing says whose
    # figure it is, so the measures weigh as before
    plain = _mention("en2", "en", EN_PLAIN, "4.6%")
    assert not plain.entities_here
    assert evidence(tertiary, plain, lex).confidence >= MEDIUM


def test_an_entity_told_with_two_figures_is_no_breakdown():
    text = ("In the tertiary sector, output grew 4.4% and investment rose 3.0%, while the "
            "secondary sector grew 5.6%.")
    ms = _mentions("en", "en", text)
    assert [m.claim.entity for m in ms] == ["tertiary_sector", "tertiary_sector",
                                           "secondary_sector"]
    assert all(m.entities_here == {"secondary_sector"} for m in ms)
