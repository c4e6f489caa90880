"""The engines of a run: every core gives the same result as one process, the Dask engine
the same as the local one, and large runs write corpus outputs story by story.

The corpora are made by the scale benchmark's generator (bench/scale_corpus.py): distinct
multi-language stories with names, places, amounts and dates, like bench/devset/."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cli import run_cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BUNDLES = Path(__file__).resolve().parent / "bundles"
sys.path.insert(0, str(ROOT / "bench"))

import scale_corpus  # noqa: E402

FULL = ("report.json", "report.md", "claims.csv", "report.html")
CORPUS = ("stories.jsonl", "findings.jsonl", "claims.jsonl", "claims.csv", "report.json",
          "report.md")


def write_corpus(folder: Path, n: int, seed: int = 3, extra: list[str] = ()) -> Path:
    """A JSONL corpus of ``n`` generated documents (and ``extra`` raw lines at the end)."""
    records, _ = scale_corpus.corpus(n, seed)
    path = folder / "feed.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(out: Path, *args: str) -> str:
    proc = run_cli("run", *args, "--out", str(out), "--fail-on", "never", "--timings",
                   timeout=900)
    assert proc.returncode in (0, 2), proc.stderr[-3000:]
    return proc.stdout + proc.stderr


def same_files(a: Path, b: Path, names) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    """150 generated documents, a broken line, a duplicate id and a record with a story."""
    folder = tmp_path_factory.mktemp("feed")
    records, _ = scale_corpus.corpus(150, 3)
    extra = ['{"id": "broken', json.dumps(records[0], ensure_ascii=False),
             json.dumps({"id": "fixed-1", "text": records[5]["text"], "story": "fixed"})]
    return write_corpus(folder, 150, 3, extra)


def test_every_core_gives_the_result_of_one_process(tmp_path, feed):
    one = run(tmp_path / "one", str(feed), "--jobs", "1", "--output", "full",
              "--format", "md,json,csv,html")
    two = run(tmp_path / "two", str(feed), "--jobs", "2", "--output", "full",
              "--format", "md,json,csv,html")
    assert "; 1 process" in one and "; 2 processes" in two  # the pool really ran
    same_files(tmp_path / "one", tmp_path / "two", FULL)
    report = json.loads((tmp_path / "one" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["documents"] == 151  # 150 + the fixed one; duplicate refused
    messages = [e["message"] for e in report["errors"]]
    assert any("invalid JSON" in m for m in messages)
    assert any("duplicate document id" in m for m in messages)
    assert any(s["id"] == "fixed" and s["docs"] == ["fixed-1"] for s in report["stories"])


def test_corpus_outputs_are_the_same_for_any_jobs(tmp_path, feed):
    run(tmp_path / "one", str(feed), "--jobs", "1", "--output", "corpus",
        "--format", "md,json,csv,html")
    run(tmp_path / "two", str(feed), "--jobs", "2", "--output", "corpus",
        "--format", "md,json,csv,html")
    same_files(tmp_path / "one", tmp_path / "two", CORPUS + ("report.html",))
    pages = sorted(p.name for p in (tmp_path / "one" / "stories").iterdir())
    assert pages == sorted(p.name for p in (tmp_path / "two" / "stories").iterdir())


def test_corpus_outputs_hold_everything_the_full_reports_hold(tmp_path, feed):
    run(tmp_path / "full", str(feed), "--output", "full", "--format", "json,csv")
    run(tmp_path / "corpus", str(feed), "--output", "corpus", "--format", "json,csv,html")
    full = json.loads((tmp_path / "full" / "report.json").read_text(encoding="utf-8"))
    out = tmp_path / "corpus"
    lines = {name: [json.loads(x) for x in (out / name).read_text(encoding="utf-8").splitlines()]
             for name in ("stories.jsonl", "findings.jsonl", "claims.jsonl")}
    assert [s["id"] for s in lines["stories.jsonl"]] == [s["id"] for s in full["stories"]]
    assert [f["id"] for f in lines["findings.jsonl"]] == [f["id"] for f in full["findings"]]
    assert sorted((c["doc"], c["start"]) for c in lines["claims.jsonl"]) == \
        sorted((c["doc"], c["start"]) for c in full["claims"])
    # the same claims table, in story order instead of document order
    full_rows = (tmp_path / "full" / "claims.csv").read_text(encoding="utf-8").splitlines()
    corpus_rows = (out / "claims.csv").read_text(encoding="utf-8").splitlines()
    assert full_rows[0] == corpus_rows[0] and sorted(full_rows) == sorted(corpus_rows)
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert summary["mode"] == "corpus" and summary["summary"] == full["summary"]
    failed = [f for f in full["findings"] if not f["passed"]]
    assert len(summary["strongest_findings"]) == min(100, len(failed))
    # every story with a finding has its page, linked from the summary
    html = (out / "report.html").read_text(encoding="utf-8")
    with_findings = {f["story"] for f in failed}
    assert {p.stem for p in (out / "stories").iterdir()} == with_findings
    for story in list(with_findings)[:5]:
        assert f'href="stories/{story}.html"' in html


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared")
def test_dask_engine_gives_the_local_result(tmp_path, feed):
    pytest.importorskip("distributed")
    pytest.importorskip("dask.dataframe")
    inputs = [str(SHARED / "seeds"), str(BUNDLES), str(feed)]
    local = run(tmp_path / "local", *inputs, "--output", "full", "--format", "md,json,csv,html")
    dask = run(tmp_path / "dask", *inputs, "--engine", "dask", "--jobs", "2", "--output", "full",
               "--format", "md,json,csv,html")
    assert "; 2 processes" in dask, dask[-2000:]
    flagged = [[line for line in out.splitlines() if ": error: " in line or ": warning: " in line]
               for out in (local, dask)]
    assert flagged[0] and flagged[0] == flagged[1]   # the same terminal lines, in order
    same_files(tmp_path / "local", tmp_path / "dask", FULL)
    run(tmp_path / "local-corpus", *inputs, "--output", "corpus", "--format", "md,json,csv")
    run(tmp_path / "dask-corpus", *inputs, "--engine", "dask", "--jobs", "2", "--output",
        "corpus", "--format", "md,json,csv")
    same_files(tmp_path / "local-corpus", tmp_path / "dask-corpus", CORPUS)


def test_parquet_claims(tmp_path, feed):
    pq = pytest.importorskip("pyarrow.parquet")
    run(tmp_path / "full", str(feed), "--output", "full", "--format", "csv,parquet")
    run(tmp_path / "corpus", str(feed), "--output", "corpus", "--format", "csv,parquet")
    full = pq.read_table(tmp_path / "full" / "claims.parquet").to_pylist()
    corpus = pq.read_table(tmp_path / "corpus" / "claims.parquet").to_pylist()
    assert len(full) == len(corpus) > 500
    key = lambda r: (r["doc"], r["start"])  # noqa: E731
    assert sorted(full, key=key) == sorted(corpus, key=key)
    row = full[0]
    assert isinstance(row["start"], int) and isinstance(row["value"], str)


def test_a_corpus_above_the_old_file_limit_is_read(tmp_path):
    """--max-bytes limits each record, not the corpus file."""
    path = write_corpus(tmp_path, 60, 5)
    size = path.stat().st_size
    proc = run_cli("run", str(path), "--out", str(tmp_path / "out"), "--max-bytes",
                   str(size // 10), "--fail-on", "never", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["documents"] == 60 and not report["errors"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, feed):
    proc = run_cli("run", str(feed), "--out", str(tmp_path / "out"), "--fail-on", "never")
    assert "\r" not in proc.stderr and "documents read" not in proc.stderr


class _Terminal:
    """A stream that says it is a terminal and keeps what was written."""

    def __init__(self, tty: bool):
        self.tty = tty
        self.text = ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_line_on_a_terminal_only(monkeypatch):
    from claimcheck.pipeline import progress

    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "EVERY", 0.0)
    term = _Terminal(True)
    bar = progress.Progress(stream=term)
    bar.show("1,000 documents read")
    bar.show("12/40 stories checked")
    assert term.text.count("\r") == 2 and term.text.endswith("12/40 stories checked ".rstrip())
    bar.clear()
    assert term.text.endswith("\r") and "claimcheck: 12/40 stories checked" in term.text
    pipe = _Terminal(False)
    quiet = progress.Progress(stream=pipe)
    quiet.show("1,000 documents read")
    quiet.clear()
    assert pipe.text == ""


def test_short_runs_show_no_progress(monkeypatch):
    from claimcheck.pipeline import progress

    term = _Terminal(True)
    bar = progress.Progress(stream=term)  # the default delay: a second
    bar.show("5 documents read")
    assert term.text == ""
