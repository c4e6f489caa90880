"""Finding fingerprints: the same discrepancy keeps its fingerprint across runs, document
order, an unrelated document added, and edits elsewhere in the text (shifted offsets);
a changed figure is a new fingerprint."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.report.fingerprints import doc_key, fingerprint, identity, quantity_name
from cli import run_cli

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
ES, ZH = "001_3828fded23ee239f.txt", "003_8fa17dad33854608.txt"

# an unrelated story, written for this test: nothing in it is about Chengdu
HARBOUR = ("Port of Valmora: the harbour authority reported 1.2 million containers handled "
           "in 2023, up 4% on the year before. Its new quay, 640 metres long, cost EUR 85 "
           "million and opens in March.\n")


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("expected.yaml"))
    return folder


def _failed(tmp_path: Path, *args: str, cwd: Path) -> dict[str, dict]:
    out = tmp_path / f"r{len(list(tmp_path.glob('r*')))}"
    proc = run_cli("run", *args, "--out", str(out), "--format", "json", "--fail-on", "never",
                   "--no-config", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    return {f["fingerprint"]: f for f in report["findings"] if not f["passed"]}


def _investment(found: dict[str, dict]) -> str:
    (fp,) = [k for k, f in found.items() if any(c["text"] == "204.5亿元" for c in f["claims"])]
    return fp


def test_fingerprints_survive_reruns_order_unrelated_documents_and_shifted_offsets(seeds, tmp_path):
    files = sorted(p.name for p in seeds.glob("*.txt"))
    first = _failed(tmp_path, "seeds", cwd=seeds.parent)
    assert first, "the seeds have a known discrepancy"
    fp = _investment(first)
    assert len(fp) == 32 and int(fp, 16) >= 0
    assert _failed(tmp_path, "seeds", cwd=seeds.parent).keys() == first.keys()
    # the documents in reverse order
    reverse = _failed(tmp_path, *[f"seeds/{n}" for n in reversed(files)], cwd=seeds.parent)
    assert reverse.keys() == first.keys()
    # an unrelated story joins the run
    (seeds / "valmora.txt").write_text(HARBOUR, "utf-8")
    assert _investment(_failed(tmp_path, "seeds", cwd=seeds.parent)) == fp
    # text added before the figures: every offset of the Chinese report moves
    zh = seeds / ZH
    zh.write_text("编者按：本文根据现场采访整理。\n\n" + zh.read_text("utf-8"), "utf-8")
    shifted = _failed(tmp_path, "seeds", cwd=seeds.parent)
    assert _investment(shifted) == fp
    moved = next(c for c in shifted[fp]["claims"] if c["text"] == "204.5亿元")
    before = next(c for c in first[fp]["claims"] if c["text"] == "204.5亿元")
    assert moved["start"] != before["start"]


def test_a_changed_figure_is_a_new_fingerprint(seeds, tmp_path):
    fp = _investment(_failed(tmp_path, "seeds", cwd=seeds.parent))
    zh = seeds / ZH
    zh.write_text(zh.read_text("utf-8").replace("204.5亿元", "203.5亿元"), "utf-8")
    changed = _failed(tmp_path, "seeds", cwd=seeds.parent)
    assert fp not in changed
    (new,) = [k for k, f in changed.items() if any(c["text"] == "203.5亿元" for c in f["claims"])]
    assert new != fp


# ---- invariants on the finding records themselves -------------------------------------

@pytest.fixture(scope="module")
def seed_finding():
    from claimcheck.runner import check_paths

    result = check_paths([str(SEEDS)])
    (f,) = [f for f in result.findings if not f.passed and f.groups]
    return f


def test_identity_and_name_come_from_the_frames(seed_finding):
    assert identity(seed_finding)["measure"] == "investment"
    assert identity(seed_finding)["unit"] == "CNY"
    assert quantity_name(seed_finding) == "investment, level (CNY)"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shift=st.integers(min_value=-5, max_value=10_000), data=st.data())
def test_offsets_and_the_order_of_mentions_never_change_the_fingerprint(seed_finding, shift, data):
    f = seed_finding
    order = data.draw(st.permutations(range(len(f.claims))))
    claims = tuple(replace(f.claims[i], start=max(0, f.claims[i].start + shift),
                           end=max(0, f.claims[i].end + shift),
                           sentence_start=max(0, f.claims[i].sentence_start + shift))
                   for i in order)
    where = {old: new for new, old in enumerate(order)}
    moved = replace(f, claims=claims, groups=tuple(f.groups[i] for i in order),
                    bridges=tuple(sorted(where[b] for b in f.bridges)),
                    id="other:id:9", confidence=0.42, reason="whatever")
    assert fingerprint(moved) == fingerprint(f)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(delta=st.decimals(min_value=1, max_value=10**9, places=0))
def test_changing_an_outlier_value_or_the_rule_changes_it(seed_finding, delta):
    f = seed_finding
    i = f.groups.index(1)
    c = f.claims[i]
    bumped = replace(c, value=c.value + delta, low=c.low + delta, high=c.high + delta)
    changed = replace(f, claims=f.claims[:i] + (bumped,) + f.claims[i + 1:])
    assert fingerprint(changed) != fingerprint(f)
    assert fingerprint(replace(f, rule="another-rule")) != fingerprint(f)
    # the story's name is not part of it (an automatic story's name may change with the
    # order of the documents); its documents are
    assert fingerprint(replace(f, story="another-name")) == fingerprint(f)
    elsewhere = tuple(replace(c, doc="other/zh.txt") if g > 0 else c
                      for c, g in zip(f.claims, f.groups))
    assert fingerprint(replace(f, claims=elsewhere)) != fingerprint(f)


def test_an_agreeing_version_added_to_the_majority_keeps_it(seed_finding):
    f = seed_finding
    rep = next(c for c, g in zip(f.claims, f.groups) if g == 0 and c.qualifier == "exact")
    extra = replace(rep, doc="seeds/de.txt", lang="de", text="21,75 Mrd. Yuan")
    more = replace(f, claims=f.claims + (extra,), groups=f.groups + (0,))
    assert fingerprint(more) == fingerprint(f)


def test_document_keys_are_normalised_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert doc_key("./seeds/en.txt") == doc_key("seeds/en.txt") == "seeds/en.txt"
    assert doc_key(str(tmp_path / "seeds" / "en.txt")) == "seeds/en.txt"
    assert doc_key("record-17") == "record-17"
