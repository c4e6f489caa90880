"""The fourth held-out development set (bench/devset4): every gold file loads, every mention is
found in its document, every planted disagreement names outliers of its own quantity, and
the set keeps the shape the benchmark promises (>= 6 events, 4-8 versions each, >= 6
languages, 8-15 disagreements)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import goldstories as gs  # noqa: E402

GOLD = sorted((ROOT / "bench" / "devset4").glob("*/gold.yaml"))


@pytest.mark.parametrize("path", GOLD, ids=[p.parent.name for p in GOLD])
def test_gold_file_is_consistent(path):
    story = gs.load(path)
    assert 4 <= len(story.docs) <= 8
    assert set(story.docs) == {p.name for p in path.parent.glob("*.txt")}
    for m in story.mentions:
        assert story.text(m.doc)[m.start:m.end] == m.text
    for q in story.disagreements:
        outliers = [m for m in story.quantities[q] if m.outlier]
        assert outliers, q
        assert len(outliers) < len(story.quantities[q]), q     # someone agrees
    for pair in story.updates:
        assert pair <= set(story.quantities), pair


def test_set_shape():
    stories = [gs.load(p) for p in GOLD]
    assert len(stories) >= 6
    langs = {lang.split("-")[0] for s in stories for lang in s.langs.values()}
    assert len(langs) >= 6, langs
    assert 8 <= sum(len(s.disagreements) for s in stories) <= 15
    assert gs.all_stories(devset4=True) and \
        {s.name for s in gs.all_stories(devset4=True)} == {p.parent.name for p in GOLD}
    assert not {s.name for s in gs.all_stories()} & {p.parent.name for p in GOLD}
    assert not {s.name for s in gs.all_stories(devset2=True)} & {p.parent.name for p in GOLD}
    assert not {s.name for s in gs.all_stories(devset3=True)} & {p.parent.name for p in GOLD}


@pytest.mark.parametrize("path", GOLD, ids=[p.parent.name for p in GOLD])
def test_mentions_do_not_overlap(path):
    """No two gold mentions (or a mention and a not_claim) cover the same characters: a
    substring found at the wrong occurrence shows up here."""
    story = gs.load(path)
    spans = sorted([(m.doc, m.start, m.end) for m in story.mentions] + story.not_claims)
    for a, b in zip(spans, spans[1:]):
        assert a[0] != b[0] or a[2] <= b[1], (a, b)
