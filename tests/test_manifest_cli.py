"""One manifest: `claimcheck run --manifest x.claims.yaml` reproduces what the pytest plugin
finds on the same gate manifest; story manifests still work; anything else is refused."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli import run_cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    (tmp_path / ".git").mkdir()
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")
    return tmp_path


def failed(report: Path) -> list[tuple[str, str, str]]:
    data = json.loads(report.read_text("utf-8"))
    return sorted((f["story"], f["rule"], f["fingerprint"]) for f in data["findings"]
                  if not f["passed"])


def test_the_cli_reproduces_the_plugin_on_a_gate_manifest(project):
    manifest = "examples/lyon-turin/lyon-turin-draft.claims.yaml"
    proc = run_cli("run", "--manifest", manifest, "--out", "cli", "--format", "json,md",
                   cwd=project)
    assert proc.returncode == 1, proc.stderr            # fail_on: error, two errors
    assert proc.stdout.count(": error: ") == 2
    gate = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:randomly", "-p", "no:xdist", manifest,
                           "--claimcheck-report", "plugin"],
                          cwd=project, capture_output=True, text=True, timeout=300)
    assert gate.returncode == 1, gate.stdout
    (plugin_report,) = (project / "plugin").rglob("report.json")
    assert failed(project / "cli" / "report.json") == failed(plugin_report)
    rules = json.loads((project / "cli" / "report.json").read_text("utf-8"))["rules"]
    assert {r["id"] for r in rules} >= {"every-version-agrees"}   # the manifest's rule pack
    # the command line still wins: a flag over the manifest's fail_on
    proc = run_cli("run", "--manifest", manifest, "--out", "cli", "--fail-on", "never",
                   cwd=project)
    assert proc.returncode == 0, proc.stderr


def test_a_passing_gate_manifest_passes_on_the_cli(project):
    proc = run_cli("run", "--manifest", "examples/lyon-turin/lyon-turin.claims.yaml",
                   "--out", "r", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_story_manifest_still_fixes_the_grouping(project):
    (project / "stories.yaml").write_text(
        "stories:\n  turin: [examples/lyon-turin/articles/*.txt]\n"
        "  draft: [examples/lyon-turin-draft/es.txt]\n", "utf-8")
    proc = run_cli("run", "examples", "--manifest", "stories.yaml", "--out", "r",
                   "--format", "json", cwd=project)
    data = json.loads((project / "r" / "report.json").read_text("utf-8"))
    # the PDF release example, named by no story of the manifest, is a story of its own
    assert sorted(s["id"] for s in data["stories"]) == ["draft", "release", "turin"], proc.stderr


def test_neither_kind_of_manifest_is_refused_with_both_formats_named(project):
    (project / "odd.yaml").write_text("docs: [a.txt]\n", "utf-8")
    proc = run_cli("run", "examples", "--manifest", "odd.yaml", cwd=project)
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("odd.yaml:1:") and "'documents'" in line and "'stories'" in line


def test_no_paths_and_no_gate_manifest_is_a_usage_error(project):
    proc = run_cli("run", cwd=project)
    assert proc.returncode == 2 and "PATH" in proc.stderr and "Traceback" not in proc.stderr


def test_a_gate_manifest_outside_the_project_names_the_cli_flag(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "x.txt").write_text("The bridge is 57.5 km long.\n", "utf-8")
    (project / "out.claims.yaml").write_text(f"documents: [{elsewhere}/x.txt]\n", "utf-8")
    proc = run_cli("run", "--manifest", "out.claims.yaml", cwd=project)
    assert proc.returncode == 2
    assert "--allow-outside" in proc.stderr and "--claimcheck-allow-outside" not in proc.stderr
