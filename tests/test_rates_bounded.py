"""Reading a rate after a claim ("tonnes of CO2 a year") is bounded to a window after the
claim: the engine looks for a pattern's required literal to the end of the text unless it
is given an end, which on a megabyte of dense claims on one line made extraction
quadratic (bench/adversarial.py 'dense claims': a ratio of 18 for ten times the input).
Text written for this test."""
from __future__ import annotations

from decimal import Decimal

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


def test_race_time_decimals_read_a_window(monkeypatch):
    # 37秒12: the zh/ja pattern for a unit's glued hundredths was tried at every number
    # without an end (bench/adversarial.py 'dense claims' zh ratio 15 after it came in)
    language = get_language("zh")
    spans: list[int] = []
    monkeypatch.setattr(language, "unit_decimals_re",
                        Recorder(language.unit_decimals_re, spans))
    text = "480兆瓦，78平方公里，23亿欧元，70万人；" * 800
    assert len(claimcheck.extract(text, "zh")) >= 3 * 800
    assert spans and max(spans) <= 16 * WINDOW
    assert [c.value for c in claimcheck.extract("她以37秒12夺冠。", "zh")
            if c.kind == "duration"] == [Decimal("37.12")]
