"""The held-out development sets (bench/devset2, devset3 ..., every bench/devset<N>): every gold file loads,
every mention is found in its document, every planted disagreement names outliers of its
own quantity, no two mentions cover the same characters, and each set keeps the shape its
benchmark promises (>= 6 events, 4-11 versions each, >= 6 languages, 8-15 disagreements)
and shares no story with another set."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import goldstories as gs  # noqa: E402

SETS = tuple(gs.held_out_sets())
assert len(SETS) >= 4, SETS
GOLD = {name: sorted((ROOT / "bench" / name).glob("*/gold.yaml")) for name in SETS}
FILES = [(name, p) for name in SETS for p in GOLD[name]]
IDS = [f"{name}/{p.parent.name}" for name, p in FILES]


@pytest.mark.parametrize("name, path", FILES, ids=IDS)
def test_gold_file_is_consistent(name, path):
    story = gs.load(path)
    assert 4 <= len(story.docs) <= 11
    assert set(story.docs) == {p.name for p in path.parent.glob("*.txt")}
    for m in story.mentions:
        assert story.text(m.doc)[m.start:m.end] == m.text
    for q in story.disagreements:
        outliers = [m for m in story.quantities[q] if m.outlier]
        assert outliers, q
        assert len(outliers) < len(story.quantities[q]), q     # someone agrees
    for pair in story.updates:
        assert pair <= set(story.quantities), pair


@pytest.mark.parametrize("name, path", FILES, ids=IDS)
def test_mentions_do_not_overlap(name, path):
    """A substring found at the wrong occurrence shows up here."""
    story = gs.load(path)
    spans = sorted([(m.doc, m.start, m.end) for m in story.mentions] + story.not_claims)
    for a, b in zip(spans, spans[1:]):
        assert a[0] != b[0] or a[2] <= b[1], (a, b)


@pytest.mark.parametrize("name", SETS)
def test_set_shape(name):
    stories = [gs.load(p) for p in GOLD[name]]
    assert len(stories) >= 6
    langs = {lang.split("-")[0] for s in stories for lang in s.langs.values()}
    assert len(langs) >= 6, langs
    assert 8 <= sum(len(s.disagreements) for s in stories) <= 15
    names = {p.parent.name for p in GOLD[name]}
    assert {s.name for s in gs.all_stories(held_out=name)} == names
    assert not {s.name for s in gs.all_stories()} & names
    for other in SETS:
        if other != name:
            assert not {s.name for s in gs.all_stories(held_out=other)} & names
