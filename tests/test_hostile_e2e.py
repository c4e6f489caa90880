"""Hostile and messy input, end to end with the installed ``claimcheck`` command (issue 14).

Each case: no traceback, one clear line naming the file (and line), exit 2 where the run
could not be fully done, and the good documents' results still in the reports.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import threading
from pathlib import Path

import pandas as pd
import pytest
from cli import claimcheck_command, run_cli

GOOD = ("The Lyon-Turin base tunnel will cost 8.6 billion euros and run 57.5 kilometers "
        "under the Alps, the project company said in Chambery on Monday.\n")
GOOD_FR = ("Le tunnel de base Lyon-Turin coûtera 8,6 milliards d'euros et mesurera 57,5 "
           "kilomètres sous les Alpes, a indiqué lundi la société du projet à Chambéry.\n")


def cli(*args, cwd=None, timeout=120):
    return run_cli(*args, cwd=cwd, timeout=timeout)


def no_traceback(proc) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text("utf-8"))


def claims_of(rep: dict, name: str) -> list[str]:
    return [c["text"] for c in rep["claims"] if Path(c["doc"]).name == name or c["doc"] == name]


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, "utf-8")
    return path


# --- JSON and JSONL records ------------------------------------------------------------

def test_jsonl_huge_integer_and_deep_nesting_in_any_field(tmp_path, good):
    lines = [
        json.dumps({"id": "big", "text": "It weighs 30 kg."})[:-1] + ', "n": ' + "9" * 5000 + "}",
        '{"id": "deep", "text": "It weighs 9 kg.", "x": ' + "[" * 1000 + "]" * 1000 + "}",
        '{"id": ' + "7" * 4301 + ', "text": "It weighs 8 kg."}',
        json.dumps({"id": "ok", "text": "It cost 15 dollars."}),
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(good), str(corpus), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 2
    assert f"{corpus}:2: invalid JSON: nested too deeply" in proc.stderr
    assert f"{corpus}:3: record has no 'id'" in proc.stderr
    rep = report(out)
    assert {d["id"] for d in rep["documents"]} == {str(good), "big", "ok"}
    assert claims_of(rep, "big") == ["30 kg"] and claims_of(rep, "ok") == ["15 dollars"]
    assert "8.6 billion euros" in claims_of(rep, "good.txt")


def test_json_corpus_with_one_deep_record_keeps_the_others(tmp_path, good):
    records = [json.dumps({"id": "r1", "text": "It cost 12 dollars."}),
               '{"id": "r2", "text": "9 km", "x": {"y": ' + "[" * 3000 + "]" * 3000 + "}}",
               json.dumps({"id": "r3", "text": 'It weighs 30 kg ("[{\\"" inside).'})]
    corpus = tmp_path / "c.json"
    corpus.write_text('{"documents": [\n' + ",\n".join(records) + "\n]}", "utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(good), str(corpus), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"{corpus}:3: invalid JSON: nested too deeply"]
    rep = report(out)
    assert claims_of(rep, "r1") == ["12 dollars"] and claims_of(rep, "r3") == ["30 kg"]


# --- HTML -------------------------------------------------------------------------------

@pytest.mark.parametrize("charset", ["undefined", "unicode_escape", "rot13", "no-such"])
def test_bogus_declared_charset_is_ignored(tmp_path, good, charset):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="{charset}"></head><body><p>The tunnel '
                     'will cost 8.6 billion euros, 57.5 kilometers caf\xe9.</p></body></html>'
                     .encode("cp1252"))
    out = tmp_path / "out"
    proc = cli("run", str(good), str(page), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    rep = report(out)
    assert claims_of(rep, "page.html") == ["8.6 billion euros", "57.5 kilometers"]


def test_deeply_nested_html_is_read(tmp_path, good):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 20_000 + "<p>The tunnel will cost 8.6 billion "
                    "euros.</p>" + "</div>" * 100 + "</body></html>", "utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(good), str(page), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert claims_of(report(out), "deep.html") == ["8.6 billion euros"]


# --- rule files and manifests --------------------------------------------------------

BIG = "9" * 4301


def test_rule_file_with_a_4301_digit_integer(tmp_path, good):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: cap\n    check: bound\n    severity: error\n"
                     f"    message: m\n    a: {{kind: money}}\n    max: {BIG}\n", "utf-8")
    proc = cli("run", str(good), "--rules", str(rules), "--out", str(tmp_path / "out"))
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{rules}:7:10: ") and "integer" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_story_manifest_with_a_4301_digit_integer(tmp_path, good):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text(f"stories:\n  turin: [good.txt]\n  n: {BIG}\n", "utf-8")
    proc = cli("run", "good.txt", "--manifest", "stories.yaml", "--out", "out", cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.startswith("stories.yaml:3:6: ")


@pytest.mark.parametrize("flag", ["--rules", "--manifest"])
def test_dev_zero_and_fifo_are_refused_at_once(tmp_path, good, flag):
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        proc = cli("run", str(good), flag, target, "--out", str(tmp_path / "out"), timeout=60)
        no_traceback(proc)
        assert proc.returncode == 2
        assert proc.stderr.strip() == f"{target}:1:1: not a regular file (a device, FIFO or socket)"


def test_fifo_and_device_inputs_are_errors_and_the_rest_is_checked(tmp_path, good):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    proc = cli("run", str(good), str(fifo), "/dev/zero", "--out", str(out), timeout=60)
    no_traceback(proc)
    assert proc.returncode == 2
    assert f"{fifo}: not a regular file" in proc.stderr
    assert "/dev/zero: not a regular file" in proc.stderr
    assert "8.6 billion euros" in claims_of(report(out), "good.txt")


def test_too_many_rules_is_one_clear_error(tmp_path, good):
    rules = tmp_path / "many.yaml"
    rule = "  - {{id: r{0}, check: agree, severity: error, message: m}}\n"
    rules.write_text("rules:\n" + "".join(rule.format(i) for i in range(100_000)), "utf-8")
    proc = cli("run", str(good), "--rules", str(rules), "--out", str(tmp_path / "out"))
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{rules}:1:1: file too large ({rules.stat().st_size} " \
                                  "bytes; limit 2000000)"
    rules.write_text("rules:\n" + "".join(rule.format(i) for i in range(1001)), "utf-8")
    proc = cli("run", str(good), "--rules", str(rules), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{rules}:1002:5: too many rules: at most 1000 per run")


def test_rules_that_resolve_to_no_rule_fail(tmp_path, good):
    empty = tmp_path / "empty-rules"
    empty.mkdir()
    (empty / "README.txt").write_text("no rules here\n")
    none = tmp_path / "none.yaml"
    none.write_text("rules: []\n")
    for target in (empty, none):
        proc = cli("run", str(good), "--rules", str(target), "--out", str(tmp_path / "out"))
        no_traceback(proc)
        assert proc.returncode == 2, proc.stderr
        assert "no rule found" in proc.stderr


# --- numbers and options --------------------------------------------------------------

def test_two_aligned_30_digit_amounts_render_every_format(tmp_path):
    for name, last in (("a.txt", "901"), ("b.txt", "909")):
        (tmp_path / name).write_text(
            f"The Lyon-Turin tunnel costs 123,456,789,012,345,678,{last} billion euros, "
            "officials in Lyon said on Monday.\n", "utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out),
               "--format", "md,json,csv,html")
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr  # the two amounts differ: an error finding
    assert {p.name for p in out.iterdir()} >= {"report.md", "report.json", "claims.csv",
                                               "report.html"}
    html = (out / "report.html").read_text("utf-8")
    assert 'class="intervals"' in html and "8 billion euros" in html


@pytest.mark.parametrize("value", ["1e23", "100000000000000000000000", "1e999999999"])
def test_huge_max_bytes_means_no_limit(tmp_path, good, value):
    out = tmp_path / "out"
    proc = cli("run", str(good), "--max-bytes", value, "--out", str(out))
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert "8.6 billion euros" in claims_of(report(out), "good.txt")


@pytest.mark.parametrize("value", ["-5", "0", "0.5", "abc", "nan"])
def test_bad_max_bytes_is_a_usage_error(tmp_path, good, value):
    proc = cli("run", str(good), f"--max-bytes={value}", "--out", str(tmp_path / "out"))
    no_traceback(proc)
    assert proc.returncode == 2 and "--max-bytes" in proc.stderr


# --- CSV -------------------------------------------------------------------------------

def test_csv_neutralises_line_breaks_and_formulas(tmp_path):
    ids = ["x\r=cmd|' /C calc'!A0", "y\n+1", "z\u2028@SUM(A1)", "=HYPERLINK(\"u\")",
           " -2+3", "＝1+1", "w\x0b\x0c\x1c\x1d\x1e\x85\u2029-9"]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": f"=It weighs {n + 1} kg.\r=A1"}) + "\n"
                              for n, i in enumerate(ids)), "utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(corpus), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    raw = (out / "claims.csv").read_text("utf-8")
    # a spreadsheet-style reader: every CR, LF and CRLF ends a row, unless inside quotes
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == len(ids) + 1 and all(len(r) == len(rows[0]) for r in rows)
    header = rows[0]
    for row in rows[1:]:
        for name, cell in zip(header, row):
            assert not any(ch in cell for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
            if name not in ("value", "low", "high", "start", "end"):
                assert cell.lstrip(" ")[:1] not in ("=", "+", "-", "@", "\t", "＝"), (name, cell)
    # a naive reader that splits on every CR or LF sees one line per row too
    assert len(raw.splitlines()) == len(ids) + 1
    frame = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    assert len(frame) == len(ids)
    assert sorted(frame["value"]) == [str(n + 1) for n in range(len(ids))]
    assert frame["doc"].iloc[0] == "x =cmd|' /C calc'!A0"
    assert frame["doc"].iloc[3] == "'=HYPERLINK(\"u\")"


# --- manifests confined to the project -----------------------------------------------

def test_story_manifest_outside_the_current_folder_needs_allow_outside(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "en.txt").write_text(GOOD, "utf-8")
    (tmp_path / "secret.txt").write_text("secret 42 km\n", "utf-8")
    (project / "stories.yaml").write_text("stories:\n  t: [en.txt, ../secret.txt]\n")
    proc = cli("run", "en.txt", "--manifest", "stories.yaml", "--out", "out", cwd=project)
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.startswith("stories.yaml:2:1: story 't': '../secret.txt' is outside")
    proc = cli("run", "en.txt", "--manifest", "stories.yaml", "--out", "out",
               "--allow-outside", cwd=project)
    assert proc.returncode == 0, proc.stderr


# --- report set: atomic, leftovers, lock --------------------------------------------

def test_report_set_cleans_leftovers_and_never_follows_a_lock_link(tmp_path, good):
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / ".claimcheck.lock").symlink_to(elsewhere / "planted")
    (out / ".report.json.abc123.tmp").write_bytes(b"x" * 1000)
    (out / ".claimcheck-tmp-dead").mkdir()
    (out / ".claimcheck-tmp-dead" / "report.md").write_text("half")
    (out / "report.html").write_text("old html")
    proc = cli("run", str(good), "--out", str(out), "--format", "md,json")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert list(elsewhere.iterdir()) == []
    assert not (out / ".claimcheck.lock").is_symlink()
    names = {p.name for p in out.iterdir()}
    # report.html was written by no run that recorded it: not claimcheck's to remove
    assert names == {"report.md", "report.json", "report.html", ".claimcheck.lock",
                     ".claimcheck-outputs.json"}


def test_killed_runs_leave_complete_reports_and_the_next_run_cleans_up(tmp_path):
    """SIGKILL at several moments of a run: every report left is a complete file, and
    the next run removes what the killed ones left behind."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(6):
        (folder / f"d{i}.txt").write_text(GOOD * 5, "utf-8")
    out = tmp_path / "out"
    cli("run", str(folder), "--out", str(out), "--fail-on", "never", "--format", "md,json,csv,html")
    # the same inputs give byte-identical reports: any file left must be a whole one
    complete = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert len(complete) == 4
    for delay in (0.3, 0.6, 0.9, 1.2):
        proc = subprocess.Popen([*claimcheck_command(), "run", str(folder), "--out", str(out),
                                 "--format", "md,json,csv,html", "--fail-on", "never"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killer = threading.Timer(delay, lambda p=proc: p.send_signal(signal.SIGKILL))
        killer.start()
        proc.wait(timeout=120)
        killer.cancel()
        for name, data in complete.items():
            assert (out / name).read_bytes() == data, name
    proc = cli("run", str(folder), "--out", str(out), "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    left = sorted(p.name for p in out.iterdir())
    assert [n for n in left if n.startswith(".")] == [".claimcheck-outputs.json",
                                                      ".claimcheck.lock"]
    # the last run asked for no html: the report.html the earlier runs wrote is removed
    assert set(complete) - {"report.html"} <= set(left) and "report.html" not in left


# --- decoding ---------------------------------------------------------------------------

def test_utf8_with_stray_bytes_is_read_as_utf8_with_a_warning(tmp_path):
    en = tmp_path / "en.txt"
    en.write_bytes("The tunnel will cost €8.6 billion, caf\u00e9 ".encode() + b"\xe9 stray.\n")
    zh = tmp_path / "zh.txt"
    zh.write_bytes("里昂—都灵基础隧道耗资86亿欧元，全长57.5公里".encode() + b"\xff" +
                   "，项目公司周一表示。".encode())
    out = tmp_path / "out"
    proc = cli("run", str(en), str(zh), "--out", str(out), "--fail-on", "never")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert f"{en}: warning: 1 invalid UTF-8 byte sequence replaced by U+FFFD" in proc.stderr
    assert f"{zh}: warning: 1 invalid UTF-8 byte sequence" in proc.stderr
    rep = report(out)
    docs = {Path(d["id"]).name: d for d in rep["documents"]}
    assert docs["en.txt"]["encoding"] == "utf-8" and docs["zh.txt"]["encoding"] == "utf-8"
    assert docs["en.txt"]["warnings"] == ["1 invalid UTF-8 byte sequence replaced by U+FFFD"]
    assert "€8.6 billion" in claims_of(rep, "en.txt")
    assert "86亿欧元" in claims_of(rep, "zh.txt")


def test_cp1252_page_stays_cp1252(tmp_path):
    fr = tmp_path / "fr.txt"
    fr.write_bytes(GOOD_FR.encode("cp1252"))
    out = tmp_path / "out"
    proc = cli("run", str(fr), "--out", str(out), "--fail-on", "never")
    assert proc.returncode == 0 and "warning" not in proc.stderr, proc.stderr
    doc = report(out)["documents"][0]
    assert doc["encoding"] == "cp1252" and doc["warnings"] == []


# --- a bug in one stage for one document ---------------------------------------------

FAULTS = {
    # stage: code run before the command line, making that stage fail for one document
    "extraction": "import claimcheck.extraction.engine as m; real = m.extract\n"
                  "def extract(text, *a, doc=None, **k):\n"
                  "    if 'bad' in str(doc): raise KeyError('injected')\n"
                  "    return real(text, *a, doc=doc, **k)\n"
                  "m.extract = extract\n",
    "alignment": "import claimcheck.stories.align as m; real = m.align_story\n"
                 "def align_story(story, *a, **k):\n"
                 "    if any('bad' in d for d in story.docs): raise KeyError('injected')\n"
                 "    return real(story, *a, **k)\n"
                 "m.align_story = align_story\n",
    "grouping": "import claimcheck.stories.grouping as m\n"
                "def stories(*a, **k): raise KeyError('injected')\n"
                "m.Grouper.stories = stories\n",
    "rule": "import claimcheck.checks.rulefile as m; real = m.Rule.run\n"
            "def run(self, ctx):\n"
            "    if self.id == 'aligned-claims-agree' and any('bad' in d for d in ctx.story.docs):\n"
            "        raise KeyError('injected')\n"
            "    return real(self, ctx)\n"
            "m.Rule.run = run\n",
}


@pytest.mark.parametrize("stage", sorted(FAULTS))
def test_a_bug_in_one_stage_for_one_document_is_an_error_entry(tmp_path, stage):
    """A fault injected into one stage for one document (or its story): the command
    reports it as one error line, exits 2, and the other documents' results are kept."""
    import sys

    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "bad.txt").write_text("Die Brücke kostet 12 Millionen Euro und ist 300 Meter "
                                      "lang, sagte die Stadt Basel am Dienstag.\n", "utf-8")
    out = tmp_path / "out"
    code = FAULTS[stage] + ("import sys; from claimcheck.cli import main\n"
                            "sys.exit(main(sys.argv[1:]))\n")
    proc = subprocess.run([sys.executable, "-c", code, "run", "good.txt", "bad.txt",
                           "--out", str(out), "--format", "md,json,csv,html"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "internal error" in line]
    assert len(errors) == 1 and "KeyError: 'injected'" in errors[0], proc.stderr
    rep = report(out)
    assert len(rep["errors"]) == 1
    assert "8.6 billion euros" in claims_of(rep, "good.txt")
    assert {p.name for p in out.iterdir()} >= {"report.md", "claims.csv", "report.html"}


def test_a_bug_in_one_report_format_keeps_the_others(tmp_path, good):
    import sys

    out = tmp_path / "out"
    out.mkdir()
    (out / "report.md").write_text("stale report of an earlier run\n")
    code = ("import claimcheck.report.markdown as m\n"
            "def render(result): raise KeyError('injected')\n"
            "m.render = render\n"
            "import sys; from claimcheck.cli import main; sys.exit(main(sys.argv[1:]))\n")
    proc = subprocess.run([sys.executable, "-c", code, "run", str(good), "--out", str(out),
                           "--format", "md,json,csv,html"],
                          capture_output=True, text=True, timeout=120)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "the md report could not be rendered (please report): KeyError" in proc.stderr
    assert not (out / "report.md").exists()  # no stale report beside the new ones
    assert "8.6 billion euros" in claims_of(report(out), "good.txt")
    assert (out / "report.html").exists() and (out / "claims.csv").exists()
