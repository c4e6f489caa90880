"""Configuration files end to end: found upward like ruff's and Vale's, flags win, paths are
relative to the file, and every bad key or value is `file:line: message`, exit 2."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimcheck.config import ConfigError, find_config, load_config
from cli import SEEDS, run_cli, seed_project

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")

# a house rule written for these tests: the Chengdu zone's area must agree, as an error
HOUSE = """rules:
  - id: zone-area-agrees
    check: agree
    severity: error
    kind: area
    message: "zone area: {explanation}"
"""


@pytest.fixture
def project(tmp_path) -> Path:
    seed_project(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "house.yaml").write_text(HOUSE, "utf-8")
    (tmp_path / "desk").mkdir()
    return tmp_path


def rules_of(report_path: Path) -> list[str]:
    return [r["id"] for r in json.loads(report_path.read_text("utf-8"))["rules"]]


def test_yaml_config_sets_fail_on_rules_formats_and_out_relative_to_itself(project):
    (project / ".claimcheck.yaml").write_text(
        "fail_on: warning\nrules: [rules/house.yaml, default]\nformats: [json, junit]\n"
        "out: checks/latest\n", "utf-8")
    (project / "default").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "rules" / "default.yaml",
                project / "default" / "default.yaml")
    # run from a subfolder: the file is found upward, its paths are its own folder's
    proc = run_cli("run", "../seeds", cwd=project / "desk")
    assert proc.returncode == 1, proc.stderr           # the investment warning fails at warning
    out = project / "checks" / "latest"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        ["report.json", "report.junit.xml"]
    assert "zone-area-agrees" in rules_of(out / "report.json")
    # a flag wins over the file
    proc = run_cli("run", "../seeds", "--fail-on", "error", "--out", "here", "--format", "json",
                   cwd=project / "desk")
    assert proc.returncode == 0, proc.stderr
    assert (project / "desk" / "here" / "report.json").is_file()
    # --rules on the command line replaces the file's rules
    proc = run_cli("run", "../seeds", "--rules", "../rules/house.yaml", "--out", "r2",
                   "--format", "json", cwd=project / "desk")
    assert rules_of(project / "desk" / "r2" / "report.json") == ["zone-area-agrees"]
    # --no-config ignores the file: the default pack, fail on errors only
    proc = run_cli("run", "../seeds", "--no-config", "--out", "r3", "--format", "json",
                   cwd=project / "desk")
    assert proc.returncode == 0 and "zone-area-agrees" not in rules_of(
        project / "desk" / "r3" / "report.json")


def test_pyproject_table_is_found_and_a_pyproject_without_it_is_passed_over(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.claimcheck]\nfail_on = "warning"\n'
        'formats = "json"\nout = "reports"\n', "utf-8")
    (project / "desk" / "pyproject.toml").write_text('[project]\nname = "inner"\n', "utf-8")
    assert find_config(project / "desk") == project / "pyproject.toml"
    proc = run_cli("run", "../seeds", cwd=project / "desk")
    assert proc.returncode == 1, proc.stderr
    assert (project / "reports" / "report.json").is_file()
    # .claimcheck.yaml beside pyproject.toml comes first
    (project / ".claimcheck.yaml").write_text("fail_on: never\n", "utf-8")
    assert find_config(project / "desk") == project / ".claimcheck.yaml"
    assert run_cli("run", "../seeds", "--out", "r", cwd=project / "desk").returncode == 0


def test_the_search_stops_at_the_repository_root(tmp_path):
    (tmp_path / ".claimcheck.yaml").write_text("fail_on: never\n", "utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sub").mkdir()
    assert find_config(repo / "sub") is None
    assert find_config(tmp_path) == tmp_path / ".claimcheck.yaml"


def test_explicit_config_file(project):
    (project / "ci.yaml").write_text("fail_on: warning\n", "utf-8")
    assert run_cli("run", "seeds", "--out", "r", cwd=project).returncode == 0
    assert run_cli("run", "seeds", "--out", "r", "--config", "ci.yaml",
                   cwd=project).returncode == 1


@pytest.mark.parametrize("name, text, line, words", [
    (".claimcheck.yaml", "fail_on: warning\nformat: json\n", 2, "unknown key 'format'"),
    (".claimcheck.yaml", "out: r\n\nfail_on: sometimes\n", 3, "fail_on must be one of"),
    (".claimcheck.yaml", "formats: [md, pdf]\n", 1, "unknown report format 'pdf'"),
    (".claimcheck.yaml", "jobs: -1\n", 1, "jobs must be a whole number"),
    (".claimcheck.yaml", "suppress:\n  - rule: aligned-claims-agree\n    story: chengdu\n",
     2, "needs a reason"),
    (".claimcheck.yaml", "suppress:\n  - fingerprint: 'abc'\n    reason: ok\n", 2,
     "32 hexadecimal digits"),
    (".claimcheck.yaml", "suppress:\n  - reason: ok\n    rule: x\n    stroy: s\n", 4,
     "unknown key 'stroy'"),
    (".claimcheck.yaml", "fail_on: [warning\n", 2, "invalid YAML"),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.claimcheck]\nfail_on = "warning"\n'
                       'rulez = ["r.yaml"]\n', 6, "unknown key 'rulez'"),
    ("pyproject.toml", '[tool.claimcheck]\n# the level\nfail_on = "loud"\n', 3,
     "fail_on must be one of"),
    ("pyproject.toml", '[tool.claimcheck]\nfail_on = "warning"\n\n'
                       '[[tool.claimcheck.suppress]]\nrule = "r"\nstory = "s"\nreason = "ok"\n\n'
                       '[[tool.claimcheck.suppress]]\nfingerprint = "zz"\nreason = "x"\n', 10,
     "32 hexadecimal digits"),
    ("pyproject.toml", '[tool.claimcheck]\nsuppress = [\n  {rule = "r", story = "s", '
                       'reason = "ok"},\n  {rule = "r", reason = "no story"},\n]\n', 4,
     "names no finding"),
    ("pyproject.toml", '[tool.claimcheck]\nfail_on = "warning\n', 2, "invalid TOML"),
])
def test_bad_configuration_is_file_line_message_and_exit_2(project, name, text, line, words):
    (project / name).write_text(text, "utf-8")
    proc = run_cli("run", "seeds", "--out", "r", cwd=project)
    assert proc.returncode == 2, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"{project / name}:{line}:"), lines[0]
    assert words in lines[0]
    assert "Traceback" not in proc.stderr and not (project / "r").exists()
    with pytest.raises(ConfigError):
        load_config(project / name)


def test_config_paths_resolve_relative_to_the_file(project, monkeypatch):
    (project / ".claimcheck.yaml").write_text(
        "rules: rules/house.yaml\nbaseline: known.json\nout: out\n", "utf-8")
    monkeypatch.chdir(project / "desk")
    cfg = load_config(project / ".claimcheck.yaml")
    assert Path(cfg.rules[0]).resolve() == project / "rules" / "house.yaml"
    assert Path(cfg.baseline).resolve() == project / "known.json"
    assert Path(cfg.out).resolve() == project / "out"
