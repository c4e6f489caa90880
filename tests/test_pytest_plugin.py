"""The editorial gate: the pytest plugin on real story folders, driven through pytester."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimcheck.testing import assert_consistent

pytest_plugins = ["pytester"]

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
TIDEWATER = SHARED / "bundles" / "tidewater"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")

EN, ZH = "002_5f7db74c5636f556.txt", "003_8fa17dad33854608.txt"


@pytest.fixture
def seeds_manifest(pytester):
    shutil.copytree(SEEDS, pytester.path / "seeds", ignore=shutil.ignore_patterns("expected.yaml"))
    pytester.makefile(".claims.yaml", seeds="documents: [seeds/*.txt]\nfail_on: warning\n")
    return pytester


@pytest.fixture
def consistent_manifest(pytester):
    # the English and French Tidewater versions agree with each other
    (pytester.path / "story").mkdir()
    for name in ("en.txt", "fr.txt"):
        shutil.copy(TIDEWATER / name, pytester.path / "story" / name)
    pytester.makefile(".claims.yaml", tidewater="documents:\n  - story/en.txt\n  - story/fr.txt\n")
    return pytester


def test_manifest_over_the_seeds_collects_one_item_per_story_and_check(seeds_manifest):
    result = seeds_manifest.runpytest("--collect-only", "-q")
    ids = [line for line in result.outlines if line.startswith("seeds.claims.yaml::")]
    assert len(ids) >= 4  # two stories (Chengdu, Kunshan) x at least two default checks
    stories = {i.split("::")[1] for i in ids}
    assert len(stories) == 2
    assert any(i.endswith("::agree") or "agree" in i.split("::")[-1] for i in ids)


def test_the_investment_discrepancy_fails_with_values_and_documents(seeds_manifest):
    result = seeds_manifest.runpytest("-p", "no:randomly")
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) >= 1
    out = result.stdout.str()
    assert "RMB 21.75 billion" in out and "204.5亿元" in out
    assert EN in out and ZH in out
    # the report is the discrepancy, not a traceback into claimcheck
    assert "Traceback" not in out and "pytest_plugin.py" not in out


def test_a_consistent_story_passes(consistent_manifest):
    result = consistent_manifest.runpytest()
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) >= 2
    assert outcomes.get("failed", 0) == 0


def test_malformed_manifest_is_a_collection_error_naming_file_and_line(pytester):
    pytester.makefile(".claims.yaml", bad="documents: [x.txt]\nfail_on: error\nrulez: [r.yaml]\n")
    (pytester.path / "x.txt").write_text("About 28 agreements were signed.", encoding="utf-8")
    result = pytester.runpytest()
    out = result.stdout.str()
    assert result.ret != 0
    assert "bad.claims.yaml:3" in out and "unknown key 'rulez'" in out
    assert "Traceback" not in out


def test_other_yaml_files_are_not_collected(pytester):
    pytester.makefile(".yaml", notes="documents: [nothing.txt]\n")
    result = pytester.runpytest("--collect-only", "-q")
    assert "notes.yaml" not in result.stdout.str()


def test_xdist_gives_the_same_outcome(seeds_manifest):
    plain = seeds_manifest.runpytest_subprocess().parseoutcomes()
    dist = seeds_manifest.runpytest_subprocess("-n", "2").parseoutcomes()
    assert plain.get("failed", 0) >= 1
    assert (plain.get("passed", 0), plain.get("failed", 0)) == (dist.get("passed", 0), dist.get("failed", 0))


def test_keyword_selection_and_junitxml(seeds_manifest):
    result = seeds_manifest.runpytest("-k", "agree", "--junitxml=gate.xml")
    assert result.parseoutcomes().get("failed", 0) >= 1
    tree = ET.parse(seeds_manifest.path / "gate.xml")
    cases = tree.getroot().iter("testcase")
    failures = [c for c in cases if c.find("failure") is not None]
    assert failures and all("agree" in c.get("name") for c in failures)
    assert any("204.5亿元" in (c.find("failure").text or "") for c in failures)


def test_findings_below_the_fail_level_pass_and_are_summarised(seeds_manifest):
    result = seeds_manifest.runpytest("--claimcheck-fail-on", "never")
    assert result.parseoutcomes().get("failed", 0) == 0
    out = result.stdout.str()
    assert "claimcheck findings below the fail level" in out
    assert "RMB 21.75 billion" in out


def test_report_option_writes_the_normal_reports(seeds_manifest):
    seeds_manifest.runpytest("--claimcheck-report", "out")
    assert (seeds_manifest.path / "out" / "seeds" / "report.json").is_file()


def test_assert_consistent_raises_with_the_discrepancy():
    with pytest.raises(AssertionError) as info:
        assert_consistent([SEEDS], fail_on="warning")
    message = str(info.value)
    assert "RMB 21.75 billion" in message and "204.5亿元" in message
    assert EN in message and ZH in message


def test_assert_consistent_accepts_agreeing_versions():
    result = assert_consistent([TIDEWATER / "en.txt", TIDEWATER / "fr.txt"])
    assert result.stories


def test_claimcheck_fixture(pytester):
    (pytester.path / "story").mkdir()
    for name in ("en.txt", "fr.txt"):
        shutil.copy(TIDEWATER / name, pytester.path / "story" / name)
    pytester.makepyfile(test_gate="""
        def test_story(claimcheck):
            claimcheck.assert_consistent(["story"])
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
