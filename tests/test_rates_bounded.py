"""Reading a rate after a claim ("tonnes of CO2 a year") is bounded to a window after the
claim: the engine looks for a pattern's required literal to the end of the text unless it
is given an end, which on a megabyte of dense claims on one line made extraction
quadratic (bench/adversarial.py 'dense claims': a ratio of 18 for ten times the input).
Text written for this test."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction.language import get_language
from claimcheck.extraction.rx import WINDOW

RATE_PATTERNS = ("rate_after_re", "rate_per_re", "rate_comparative_rx", "rate_across_rx")


class Recorder:
    """A pattern that records how far each match may read."""

    def __init__(self, pattern, spans):
        self.pattern, self.spans = pattern, spans

    def match(self, text, pos=0, endpos=None):
        self.spans.append((endpos if endpos is not None else len(text)) - pos)
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_rate_patterns_read_a_window_not_the_rest_of_the_line(lang, monkeypatch):
    language = get_language(lang)
    spans: list[int] = []
    for name in RATE_PATTERNS:
        pattern = getattr(language, name)
        if pattern is not None:
            monkeypatch.setattr(language, name, Recorder(pattern, spans))
    text = "480 MW, 78 km², 2,3 t, €2.3 billion; " * 800      # one line, no sentence end
    claims = claimcheck.extract(text, lang)
    assert len(claims) >= 3 * 800
    assert spans, "no rate pattern was tried"
    assert max(spans) <= 16 * WINDOW


def test_a_rate_is_still_read_across_the_unit():
    (c,) = [c for c in claimcheck.extract(
        "The plant will capture 410,000 tonnes of carbon dioxide a year.", "en")
        if c.text.startswith("410,000")]
    assert c.unit.endswith("/year")
