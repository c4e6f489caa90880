"""Known findings end to end: `claimcheck baseline`, `run --baseline`, suppressions with a
reason in the configuration file, and both in the pytest plugin."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import SEEDS, run_cli, seed_project

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
ES = "001_3828fded23ee239f.txt"


@pytest.fixture
def project(tmp_path) -> Path:
    return seed_project(tmp_path)


def add_slip(project: Path) -> None:
    """A new slip in the Spanish version: 36.9 km² written 39,6."""
    es = project / "seeds" / ES
    text = es.read_text("utf-8")
    assert "36,9 kilómetros cuadrados" in text
    es.write_text(text.replace("36,9 kilómetros cuadrados", "39,6 kilómetros cuadrados"), "utf-8")


def baseline(project: Path, *args: str) -> subprocess.CompletedProcess:
    proc = run_cli("baseline", *(args or ("seeds",)), cwd=project)
    assert proc.returncode == 0, proc.stderr
    (project / ".claimcheck-baseline.json").write_text(proc.stdout, "utf-8")
    return proc


def test_the_baseline_accepts_the_known_warning_and_a_new_slip_fails(project):
    # without a baseline, the seeds' investment warning fails a warning-level gate
    proc = run_cli("run", "seeds", "--fail-on", "warning", "--out", "r0", cwd=project)
    assert proc.returncode == 1, proc.stderr
    made = baseline(project)
    data = json.loads(made.stdout)
    assert data["claimcheck_baseline"] == 1
    (entry,) = data["findings"]
    assert entry["severity"] == "warning" and entry["quantity"] == "investment, level (CNY)"
    assert "204.5亿元" in entry["summary"] and len(entry["fingerprint"]) == 32
    assert "baseline of 1 finding" in made.stderr
    # the same inputs give the same file, byte for byte
    assert run_cli("baseline", "seeds", cwd=project).stdout == made.stdout

    proc = run_cli("run", "seeds", "--fail-on", "warning", "--baseline",
                   ".claimcheck-baseline.json", "--out", "r1", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 known finding accepted, 0 new" in proc.stdout
    assert "204.5亿元" not in proc.stdout          # the accepted finding is not listed
    report = json.loads((project / "r1" / "report.json").read_text("utf-8"))
    assert report["baseline"]["accepted"] == 1 and report["baseline"]["new"] == 0
    assert report["baseline"]["accepted_findings"][0]["fingerprint"] == entry["fingerprint"]
    assert report["summary"]["findings"]["warning"] == 0
    md = (project / "r1" / "report.md").read_text("utf-8")
    assert "## Known findings" in md and "1 known finding accepted, 0 new" in md

    add_slip(project)
    proc = run_cli("run", "seeds", "--fail-on", "warning", "--baseline",
                   ".claimcheck-baseline.json", "--out", "r2", cwd=project)
    assert proc.returncode == 1, proc.stderr
    assert "1 known finding accepted, 1 new" in proc.stdout
    assert "39,6" in proc.stdout and "204.5亿元" not in proc.stdout
    report = json.loads((project / "r2" / "report.json").read_text("utf-8"))
    failed = [f for f in report["findings"] if not f["passed"]]
    assert len(failed) == 1 and failed[0]["fingerprint"] != entry["fingerprint"]


def test_a_baseline_entry_no_longer_found_is_counted(project):
    baseline(project)
    zh = project / "seeds" / "003_8fa17dad33854608.txt"
    zh.write_text(zh.read_text("utf-8").replace("204.5亿元", "217.5亿元"), "utf-8")
    proc = run_cli("run", "seeds", "--baseline", ".claimcheck-baseline.json", "--out", "r",
                   "--format", "json", cwd=project)
    report = json.loads((project / "r" / "report.json").read_text("utf-8"))
    assert report["baseline"]["no_longer_found"] == 1, proc.stdout


@pytest.mark.parametrize("content, expected", [
    ("{not json", "invalid JSON"),
    ('{"findings": []}', "not a claimcheck baseline file"),
    ('{"claimcheck_baseline": 1, "findings": [{"fingerprint": "xyz"}]}', "findings[0]"),
    (None, "baseline file"),
])
def test_a_bad_baseline_file_is_one_line_naming_it_and_exit_2(project, content, expected):
    path = project / "bad-baseline.json"
    if content is not None:
        path.write_text(content, "utf-8")
    proc = run_cli("run", "seeds", "--baseline", "bad-baseline.json", "--out", "r", cwd=project)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bad-baseline.json") and expected in lines[0]
    assert "Traceback" not in proc.stderr and not (project / "r").exists()


def _fingerprint(project: Path) -> str:
    return json.loads(run_cli("baseline", "seeds", "--no-config", cwd=project).stdout
                      )["findings"][0]["fingerprint"]


@pytest.mark.parametrize("how", ["fingerprint", "selector"])
def test_a_suppression_with_a_reason_accepts_one_finding(project, how):
    if how == "fingerprint":
        entry = f"  - fingerprint: {_fingerprint(project)}\n"
    else:
        entry = ("  - rule: aligned-claims-agree\n    story: chengdu\n"
                 "    measure: investment\n")
    (project / ".claimcheck.yaml").write_text(
        "fail_on: warning\nsuppress:\n" + entry +
        "    reason: the report counts signed projects only (checked 2024-05-02)\n", "utf-8")
    proc = run_cli("run", "seeds", "--out", "r", "--format", "json,md", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "suppressed:" in proc.stdout and "signed projects only" in proc.stdout
    report = json.loads((project / "r" / "report.json").read_text("utf-8"))
    (s,) = report["suppressed"]
    assert s["reason"].startswith("the report counts signed projects")
    assert s["source"].startswith(str(project / ".claimcheck.yaml")) or \
        s["source"].startswith(".claimcheck.yaml")
    assert "signed projects only" in (project / "r" / "report.md").read_text("utf-8")
    # a baseline made under this configuration leaves the suppressed finding out
    assert json.loads(run_cli("baseline", "seeds", cwd=project).stdout)["findings"] == []
    add_slip(project)
    assert run_cli("run", "seeds", "--out", "r", cwd=project).returncode == 1


def test_a_suppression_that_matches_nothing_is_said(project):
    (project / ".claimcheck.yaml").write_text(
        "suppress:\n  - fingerprint: '" + "0" * 32 + "'\n    reason: old\n", "utf-8")
    proc = run_cli("run", "seeds", "--out", "r", cwd=project)
    assert "suppression matches no finding" in proc.stdout, proc.stderr
    # unquoted, 32 zeros are a YAML number: the error says to quote it
    (project / ".claimcheck.yaml").write_text(
        "suppress:\n  - fingerprint: " + "0" * 32 + "\n    reason: old\n", "utf-8")
    proc = run_cli("run", "seeds", "--out", "r", cwd=project)
    assert proc.returncode == 2 and ".claimcheck.yaml:2:" in proc.stderr
    assert "in quotes" in proc.stderr


# ---- the pytest plugin ------------------------------------------------------------------

def pytest_run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                           "-p", "no:randomly", "-p", "no:xdist", "-q", *args],
                          cwd=project, capture_output=True, text=True, timeout=300)


def test_the_plugin_takes_the_baseline_and_the_suppressions(project):
    (project / "seeds.claims.yaml").write_text("documents: [seeds/*.txt]\nfail_on: warning\n",
                                               "utf-8")
    (project / "pytest.ini").write_text("[pytest]\n", "utf-8")
    first = pytest_run(project, "seeds.claims.yaml")
    assert first.returncode == 1, first.stdout
    baseline(project, "--manifest", "seeds.claims.yaml")
    # the baseline of the CLI over the same gate manifest is what the plugin accepts
    accepted = pytest_run(project, "seeds.claims.yaml",
                          "--claimcheck-baseline", ".claimcheck-baseline.json")
    assert accepted.returncode == 0, accepted.stdout
    assert "claimcheck findings accepted" in accepted.stdout
    assert "accepted by the baseline" in accepted.stdout
    # the ini option does the same
    (project / "pytest.ini").write_text(
        "[pytest]\nclaimcheck_baseline = .claimcheck-baseline.json\n", "utf-8")
    assert pytest_run(project, "seeds.claims.yaml").returncode == 0
    add_slip(project)
    slipped = pytest_run(project, "seeds.claims.yaml")
    assert slipped.returncode == 1 and "39,6" in slipped.stdout, slipped.stdout
    assert "204.5亿元" not in slipped.stdout.split("claimcheck findings accepted")[0]


def test_the_plugin_reads_suppressions_from_the_configuration(project):
    (project / "seeds.claims.yaml").write_text("documents: [seeds/*.txt]\nfail_on: warning\n",
                                               "utf-8")
    (project / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\n\n[tool.claimcheck]\n\n[[tool.claimcheck.suppress]]\n"
        'rule = "aligned-claims-agree"\nstory = "chengdu"\n'
        'reason = "signed projects only"\n', "utf-8")
    proc = pytest_run(project, "seeds.claims.yaml")
    assert proc.returncode == 0, proc.stdout
    assert "suppressed:" in proc.stdout and "signed projects only" in proc.stdout
    assert pytest_run(project, "seeds.claims.yaml", "--claimcheck-no-config").returncode == 1


def test_the_baseline_applies_to_corpus_outputs_too(project):
    baseline(project)
    (project / ".claimcheck.yaml").write_text("fail_on: warning\njobs: 1\n", "utf-8")
    proc = run_cli("run", "seeds", "--output", "corpus", "--baseline",
                   ".claimcheck-baseline.json", "--out", "r", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 known finding accepted, 0 new" in proc.stdout
    add_slip(project)
    proc = run_cli("run", "seeds", "--output", "corpus", "--baseline",
                   ".claimcheck-baseline.json", "--out", "r", cwd=project)
    assert proc.returncode == 1 and "1 known finding accepted, 1 new" in proc.stdout
