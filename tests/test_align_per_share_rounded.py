"""A price per share pairs with a plain amount only on its own figure (bench/devset5
pharma-merger): "68 euro per azione" is not a one-digit slip of a closing price of
"€47.90" read as 48 after rounding, though both name a price. The same figure with "per"
left out still pairs, and so does a slip of as many digits. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import evidence
from claimcheck.stories.mentions import mentions_of


def _mention(doc, lang, text, figure):
    claims = tuple(extract(text, lang=lang, doc=doc))
    return next(m for m in mentions_of(doc, claims, text) if m.claim.text.startswith(figure))


IT = "Il prezzo di 68 euro per azione incorpora un premio del 40% sulla chiusura di venerdì."


def test_a_rounded_slip_is_not_the_per_share_figure():
    lex = default_lexicon()
    it = _mention("it", "it", IT, "68 euro")
    en = _mention("en", "en", "The shares closed at a price of €47.90 on Friday.", "€47.90")
    assert it.claim.unit != en.claim.unit
    assert evidence(it, en, lex) is None


def test_the_same_figure_without_per_still_pairs():
    lex = default_lexicon()
    it = _mention("it", "it", IT, "68 euro")
    de = _mention("de", "de", "Der Preis liegt bei 68 Euro in bar.", "68 Euro")
    ev = evidence(it, de, lex)
    assert ev is not None and ev.figure > 0
    slip = _mention("de", "de", "Der Preis liegt bei 86 Euro in bar.", "86 Euro")
    ev = evidence(it, slip, lex)
    assert ev is not None and ev.figure > 0
