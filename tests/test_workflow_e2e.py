"""End to end: the rough edges of issue 16, through the installed ``claimcheck`` command
on our own Lyon-Turin story (examples/)."""
from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

import pytest
from cli import claimcheck_command, run_cli

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "lyon-turin" / "articles"
DRAFT = ROOT / "examples" / "lyon-turin-draft" / "es.txt"


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("en.txt", "fr.txt", "zh.txt"):
        (folder / name).write_text((ARTICLES / name).read_text("utf-8"), "utf-8")
    (folder / "es.txt").write_text(DRAFT.read_text("utf-8"), "utf-8")
    return folder


def test_report_md_marks_every_outlier_bold_in_commonmark(story, tmp_path):
    markdown_it = pytest.importorskip("markdown_it")
    out = tmp_path / "out"
    proc = run_cli("run", str(story), "--out", str(out), "--format", "md,json")
    assert proc.returncode == 1, proc.stderr
    html = markdown_it.MarkdownIt("commonmark").render((out / "report.md").read_text("utf-8"))
    # every marked number is bold and keeps the spaces around it
    assert "recorre <strong>75,5 kilómetros</strong> bajo" in html
    assert "un <strong>54 %</strong> las" in html
    assert "**" not in html
    report = json.loads((out / "report.json").read_text("utf-8"))
    for f in report["findings"]:
        for c in f["claims"]:
            if not f["passed"] and c.get("outlier"):
                assert f"<strong>{c['text']}</strong>" in html
    # only the outliers are marked in the claim matrix, and places are line:col
    md = (out / "report.md").read_text("utf-8")
    assert "**75,5 kilómetros** ⚠" in md and "**57.5 kilometers**" not in md.split("###")[1]
    assert "es.txt:1:" in md and "offset" not in md


def test_out_folder_keeps_foreign_files_and_drops_stale_reports(story, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("my notes", "utf-8")
    run_cli("run", str(story), "--out", str(out), "--format", "md,html", "--fail-on", "never")
    assert (out / "report.html").exists()
    listed = json.loads((out / ".claimcheck-outputs.json").read_text("utf-8"))["files"]
    assert listed == ["report.html", "report.md"]
    proc = run_cli("run", str(story / "en.txt"), str(story / "fr.txt"), "--out", str(out),
                   "--format", "md")
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["notes.txt", "report.md"]
    assert (out / "notes.txt").read_text("utf-8") == "my notes"
    # a later walk over the project does not read claimcheck's own reports
    proc = run_cli("run", str(tmp_path), "--out", str(tmp_path / "out2"), "--fail-on", "never")
    assert f"{out / 'report.md'}: skipped: a report written by claimcheck" in proc.stderr


def test_quiet_still_prints_error_findings(story, tmp_path):
    proc = run_cli("run", str(story), "--out", str(tmp_path / "out"), "--quiet")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines and all(": error: " in x for x in lines), proc.stdout
    assert any("54 %" in x for x in lines)
    assert "claimcheck:" not in proc.stdout   # no summary line
    # below --fail-on and not errors: nothing at all
    proc = run_cli("run", str(story / "en.txt"), str(story / "fr.txt"), "-q",
                   "--out", str(tmp_path / "out"))
    assert proc.returncode == 0 and proc.stdout == ""


def test_same_file_under_two_names_is_one_document(story, tmp_path):
    proc = run_cli("run", "en.txt", "./en.txt", "fr.txt", "--out", str(tmp_path / "o"),
                   "--format", "json", cwd=story)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "o" / "report.json").read_text("utf-8"))
    assert [d["id"] for d in report["documents"]] == ["en.txt", "fr.txt"]
    assert report["skipped"] == [{"path": "./en.txt",
                                  "reason": "the same file as en.txt, already read"}]
    assert all(len({c["doc"] for c in f["claims"]}) == len(f["claims"]) or f["passed"]
               for f in report["findings"])


def test_summary_counts_are_named_and_plural(story, tmp_path):
    (story / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    proc = run_cli("run", str(story), "--out", str(out), "--format", "md,json")
    summary = json.loads((out / "report.json").read_text("utf-8"))["summary"]
    assert summary["errors"] == summary["input_errors"] == 1
    assert summary["findings"]["error"] == 1
    assert "1 story, " in proc.stdout and "1 error, " in proc.stdout
    md = (out / "report.md").read_text("utf-8")
    assert "1 story;" in md and "1 stories" not in md and "1 errors" not in md


def test_rule_files_report_every_error_in_one_run(story, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text(
        "rules:\n"
        "  - id: one\n    check: agree\n    severity: eror\n    message: x\n"
        "  - id: two\n    check: agre\n    severity: error\n    message: x\n", "utf-8")
    (rules / "b.yaml").write_text(
        "rules:\n  - id: three\n    check: agree\n    severity: error\n    mesage: x\n", "utf-8")
    proc = run_cli("run", str(story), "--rules", str(rules), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert [x.split(": ", 1)[0] for x in lines] == [
        f"{rules / 'a.yaml'}:4:5", f"{rules / 'a.yaml'}:7:5", f"{rules / 'b.yaml'}:2:5"]
    assert "'eror'" in lines[0] and "'agre'" in lines[1] and "'message'" in lines[2]


def test_extract_table_keeps_the_ends_of_paths(tmp_path):
    folder = tmp_path / "a-rather-long-folder-name-for-the-newsroom" / "lyon-turin-story"
    folder.mkdir(parents=True)
    for name in ("version-en.txt", "version-fr.txt"):
        (folder / name).write_text((ARTICLES / name[-6:]).read_text("utf-8"), "utf-8")
    proc = run_cli("extract", str(folder))
    assert proc.returncode == 0, proc.stderr
    docs = {line.split("  ")[0] for line in proc.stdout.splitlines()[1:]}
    assert len(docs) == 2 and all(d.endswith(("version-en.txt", "version-fr.txt")) for d in docs)


def test_version_flag():
    for flag in ("-V", "--version"):
        proc = run_cli(flag)
        assert proc.returncode == 0 and proc.stdout.startswith("claimcheck ")


def _on_a_terminal(args: list[str], env: dict) -> str:
    """stdout of the command when it is a terminal (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*claimcheck_command(), *args], stdout=follower,
                            stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_unless_no_color(story, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["TERM"] = "xterm"
    args = ["run", str(story), "--out", str(tmp_path / "o")]
    coloured = _on_a_terminal(args, env)
    assert "\x1b[1;31merror\x1b[0m" in coloured
    plain = _on_a_terminal(args, {**env, "NO_COLOR": "1"})
    assert "error" in plain and "\x1b[" not in plain
    # a pipe has no colour; FORCE_COLOR turns it on for CI logs
    piped = run_cli(*args)
    assert "\x1b[" not in piped.stdout
    forced = subprocess.run([*claimcheck_command(), *args], capture_output=True, text=True,
                            env={**env, "FORCE_COLOR": "1"}, timeout=300)
    assert "\x1b[33mwarning\x1b[0m" in forced.stdout
