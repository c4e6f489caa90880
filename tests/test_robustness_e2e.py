"""End to end robustness: the installed ``claimcheck`` command on messy real-world input.

Re-encoded seeds, binary and empty files dropped into a folder, an oversized file, broken
rule files, hostile HTML, path-like corpus ids, concurrent runs into one ``--out``; and
the inputs are never modified. Every case runs the console script in a subprocess.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cli import claimcheck_command, run_cli
from expectations import check_report, flagged

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FRENCH = "000_25babec2e9986c08.txt"
CHINESE = "003_8fa17dad33854608.txt"
REPORTS = {"report.json", "report.md", "claims.csv"}
LOCK = ".claimcheck.lock"  # claimcheck.report.files.LOCK_NAME: the lock file stays, by design
OWNED = ".claimcheck-outputs.json"  # the list of the reports a run wrote (report/outputs.py)
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return run_cli(*args, cwd=cwd)


def extract_jsonl(path: Path) -> list[dict]:
    proc = cli("extract", str(path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def comparable(claims: list[dict]) -> list[tuple]:
    """Everything of a claim but the document id, which is the (different) file path."""
    keys = ("lang", "value", "unit", "kind", "qualifier", "low", "high", "start", "end", "text")
    return [tuple(c[k] for k in keys) for c in claims]


def copy_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def read_report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def finding_keys(report: dict) -> set[tuple]:
    """Failed findings by rule, severity, message and the file names of their claims."""
    return {(f["rule"], f["severity"], f["message"],
             tuple(sorted((Path(c["doc"]).name, c["start"], c["end"]) for c in f["claims"])))
            for f in flagged(report["findings"])}


def investment_warnings(report: dict) -> list[dict]:
    return [f for f in flagged(report["findings"])
            if "204.5亿元" in {c["text"] for c in f["claims"]}
            and {"RMB 21.75 billion", "21,75 milliards de yuans",
                 "21.750 millones de RMB"} & {c["text"] for c in f["claims"]}]


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path -> sha256), symlinks not followed."""
    found = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath, name)
            data = b"" if path.is_symlink() else path.read_bytes()
            found[str(path.relative_to(root))] = hashlib.sha256(data).hexdigest()
    return found


@pytest.fixture(scope="module")
def clean_seed_report(tmp_path_factory) -> dict:
    """report.json of the plain seed folder, for comparing runs with extra files."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}")
    root = tmp_path_factory.mktemp("clean")
    proc = cli("run", str(copy_seeds(root / "seeds")), "--out", str(root / "out"))
    assert proc.returncode == 0, proc.stderr
    return read_report(root / "out")


# --- encodings -----------------------------------------------------------------------

@needs_seeds
@pytest.mark.parametrize("name, encoding", [(CHINESE, "gb18030"), (FRENCH, "utf-16"),
                                            (FRENCH, "utf-16-le")])
def test_reencoded_seed_gives_the_same_claims(tmp_path, name, encoding):
    text = (SEEDS / name).read_text(encoding="utf-8")
    copy = tmp_path / name
    copy.write_bytes(text.encode(encoding))
    original = extract_jsonl(SEEDS / name)
    assert len(original) >= 7
    assert comparable(extract_jsonl(copy)) == comparable(original)


@needs_seeds
def test_run_records_the_encoding_of_each_document(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "zh.txt").write_bytes((SEEDS / CHINESE).read_text("utf-8").encode("gb18030"))
    (folder / "fr.txt").write_bytes((SEEDS / FRENCH).read_text("utf-8").encode("utf-16"))
    shutil.copy(SEEDS / "002_5f7db74c5636f556.txt", folder / "en.txt")
    proc = cli("run", str(folder), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    report = read_report(tmp_path / "out")
    encodings = {Path(d["id"]).name: d["encoding"] for d in report["documents"]}
    assert encodings == {"zh.txt": "gb18030", "fr.txt": "utf-16-le", "en.txt": "utf-8"}
    # the re-encoded versions still disagree on the investment, as the originals do
    assert len(investment_warnings(report)) == 1  # one finding for the one quantity


# --- bad documents -------------------------------------------------------------------

@needs_seeds
def test_binary_and_empty_files_are_reported_and_the_rest_is_checked(tmp_path,
                                                                     clean_seed_report):
    folder = copy_seeds(tmp_path / "docs")
    english = (SEEDS / "002_5f7db74c5636f556.txt").read_bytes()
    (folder / "scan.txt").write_bytes(gzip.compress(english))  # a binary saved as .txt
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    proc = cli("run", str(folder), "--out", str(out))
    assert proc.returncode == 2  # documented: an input could not be read
    report = read_report(out)
    assert {Path(e["path"]).name: e["message"] for e in report["errors"]} == {
        "scan.txt": "binary content (NUL bytes), not text", "empty.txt": "empty document"}
    assert proc.stderr.splitlines() == [  # one line each, in the folder's sorted order
        f"{folder / 'empty.txt'}: empty document",
        f"{folder / 'scan.txt'}: binary content (NUL bytes), not text"]
    assert report["summary"]["documents"] == 5
    assert check_report(report, SEEDS) == []
    assert len(investment_warnings(report)) == 1  # one finding for the one quantity
    assert finding_keys(report) == finding_keys(clean_seed_report)


@needs_seeds
def test_oversized_file_is_refused_with_max_bytes(tmp_path, clean_seed_report):
    folder = copy_seeds(tmp_path / "docs")
    big = folder / "big.txt"
    big.write_text((SEEDS / "002_5f7db74c5636f556.txt").read_text("utf-8") * 40, "utf-8")
    size = big.stat().st_size
    largest_seed = max(p.stat().st_size for p in SEEDS.glob("*.txt"))
    assert largest_seed < 50_000 < size
    out = tmp_path / "out"
    proc = cli("run", str(folder), "--out", str(out), "--max-bytes", "50000")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"{big}: file too large ({size} bytes; --max-bytes 50000)"]
    report = read_report(out)
    assert [Path(e["path"]).name for e in report["errors"]] == ["big.txt"]
    assert finding_keys(report) == finding_keys(clean_seed_report)
    # extract refuses it the same way, and still lists the claims of the other files
    proc = cli("extract", str(big), str(folder / FRENCH), "--format", "jsonl",
               "--max-bytes", "50000")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"claimcheck: {big}: file too large ({size} bytes; --max-bytes 50000)"
    assert {Path(json.loads(line)["doc"]).name for line in proc.stdout.splitlines()} == {FRENCH}


# --- broken rule files ---------------------------------------------------------------

# positions are those of the key at fault (line:column, 1-based)
RULE = "  - id: {id}\n    check: {check}\n    severity: error\n    message: \"{{label}}\"\n"
BROKEN_RULES = [
    pytest.param("rules:\n  - id: a\n    check: agree\n    severity: [error\n",
                 r"5:1: invalid YAML", id="bad-yaml"),
    pytest.param("rules:\n" + RULE.format(id="a", check="agree") + RULE.format(id="b", check="tally"),
                 r"7:5: unknown check type 'tally' \(expected one of agree, sum,", id="unknown-check"),
    pytest.param("rules:\n" + RULE.format(id="a", check="agree") + "    concept: unicorns\n",
                 r"6:5: unknown concept 'unicorns'", id="unknown-concept"),
    pytest.param("rules:\n" + RULE.format(id="a", check="agree") + RULE.format(id="a", check="agree"),
                 r"6:5: duplicate rule id 'a' \(first defined at .*rules.yaml:2\)", id="duplicate-id"),
    # found by fuzz/fuzz_rules.py; each once escaped as a traceback
    pytest.param("rules: &r [*r]\n", r"1:8: YAML aliases", id="cyclic-alias"),
    pytest.param("rules: []\nupdated: 2020-31-20\n", r"2:10: invalid YAML: invalid date",
                 id="impossible-date"),
    pytest.param("rules: []\ndescription: \"a\x02b\"\n", r"2:16: invalid YAML: character U\+0002",
                 id="control-char"),
    pytest.param("rules:\n" + RULE.format(id="a", check="bound") + "    a: {kind: money}\n"
                 "    max: 1e999999999\n", r"7:5: .*out of range", id="huge-number"),
]


@needs_seeds
@pytest.mark.parametrize("text, expected", BROKEN_RULES)
def test_broken_rule_file_is_one_line_with_position_and_exit_2(tmp_path, text, expected):
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = cli("run", str(SEEDS), "--rules", str(rules), "--out", str(out))
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and re.match(re.escape(str(rules)) + ":" + expected, lines[0]), lines
    assert proc.stdout == ""
    assert not out.exists()


@needs_seeds
def test_duplicate_rule_id_across_two_files(tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("rules:\n" + RULE.format(id="same", check="agree"), "utf-8")
    second.write_text("# second pack\nrules:\n" + RULE.format(id="same", check="agree"), "utf-8")
    proc = cli("run", str(SEEDS), "--rules", str(first), "--rules", str(second),
               "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"{second}:3:5: duplicate rule id 'same' "
                                   f"(first defined at {first}:2)")
    assert not (tmp_path / "out").exists()


# --- nothing lost --------------------------------------------------------------------

@needs_seeds
def test_inputs_are_never_modified(tmp_path):
    folder = copy_seeds(tmp_path / "docs")
    (folder / "zh-gb.txt").write_bytes((SEEDS / CHINESE).read_text("utf-8").encode("gb18030"))
    (folder / "page.html").write_text(PAGE, "utf-8")
    (folder / "corpus.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": "The zone covers 36.9 square kilometers."}) + "\n",
        "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    os.chmod(folder / FRENCH, 0o444)
    before = {p: (p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()}
    hashes = tree(folder)
    for command in (["run", str(folder), "--out", str(tmp_path / "out"), "--format",
                     "md,json,csv,html"], ["extract", str(folder), "--format", "csv"]):
        proc = cli(*command)
        assert proc.returncode == 2, proc.stderr  # the empty file
    assert tree(folder) == hashes
    assert {p: (p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()} == before


@needs_seeds
def test_concurrent_runs_into_one_out_do_not_interleave(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    pair = tmp_path / "pair"
    pair.mkdir()
    for name in ("002_5f7db74c5636f556.txt", CHINESE):
        shutil.copy(SEEDS / name, pair / name)
    solo = {}
    for name, folder in (("seeds", seeds), ("pair", pair)):
        proc = cli("run", str(folder), "--out", str(tmp_path / f"solo-{name}"))
        assert proc.returncode == 0, proc.stderr
        solo[name] = {f: (tmp_path / f"solo-{name}" / f).read_text("utf-8") for f in REPORTS}
    assert solo["seeds"]["report.json"] != solo["pair"]["report.json"]

    shared = tmp_path / "shared-out"
    procs = [subprocess.Popen([*claimcheck_command(), "run", str(folder), "--out", str(shared)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in (seeds, pair)]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    assert [rc for _, _, rc in results] == [0, 0], [err for _, err, _ in results]
    final = {f: (shared / f).read_text("utf-8") for f in REPORTS}
    json.loads(final["report.json"])
    # every file from the same run: the lock covers the whole set of reports
    assert final in (solo["seeds"], solo["pair"])
    assert {p.name for p in shared.iterdir()} == REPORTS | {LOCK, OWNED}


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Top 10 stories of 2019</title>
<script>var pageViews = 987654; window.ads = {slots: 12, price: "$4.99"};</script>
<style>.promo::after { content: "save 30%"; }</style></head>
<body>
<div class="cookie-banner">We and our 845 partners use cookies. <button>Accept all</button></div>
<nav class="main-nav"><a href="/">Home</a> <a href="/top">Top 50 lists</a> 
  <a href="/m">Markets: Dow up 1.2%</a></nav>
<aside class="sidebar"><h3>Most read</h3><ol><li>Gold hits $2,400 an ounce</li>
  <li>7 tips for savers</li></ol></aside>
<article>
<h1>Chengdu zone signs investment deals</h1>
<p>During the event, 28 cooperation agreements were signed, with a total investment of
RMB 21.75 billion.</p>
<p>The zone covers an area of 36.9 square kilometers.</p>
<script>document.write("Subscribe for 3 months at half price");</script>
</article>
<footer>&copy; 2024 Example News. 14 offices in 9 countries.</footer>
</body></html>
"""


def test_html_claims_come_from_article_text_only(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    claims = extract_jsonl(page)
    # none of the numbers of the title, script, style, cookie banner, nav, sidebar, footer
    assert [(c["text"], c["kind"], c["subject"]) for c in claims] == [
        ("28", "count", "cooperation agreements"),
        ("RMB 21.75 billion", "money", "total investment"),
        ("36.9 square kilometers", "area", "area")]
    for c in claims:
        # offsets refer to the article text, so the evidence sentence shows the number
        offset = c["start"] - c["sentence_start"]
        assert c["sentence"][offset:offset + len(c["text"])] == c["text"]
        assert " ".join(c["sentence"].split()) in " ".join(PAGE.split())


def test_path_like_corpus_ids_never_write_outside_out(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    ids = ["../../etc/passwd", "/abs/x", "..\\..\\windows\\evil", "a/../../../b",
           "report.json", ".claimcheck.lock", "nul\u0000byte", "~/home"]
    lines = [json.dumps({"id": doc_id, "text": f"Story {i}: the zone covers 36.9 square "
                                                f"kilometers and signed {20 + i} agreements."})
             for i, doc_id in enumerate(ids)]
    corpus = work / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    passwd = Path("/etc/passwd")
    system_before = (passwd.read_bytes() if passwd.exists() else None, Path("/abs").exists())
    before = tree(tmp_path)
    proc = cli("run", "corpus.jsonl", "--out", "out", "--format", "md,json,csv,html", cwd=work)
    assert proc.returncode == 0, proc.stderr
    after = tree(tmp_path)
    new = sorted(set(after) - set(before))
    assert new == sorted(f"work/out/{name}" for name in REPORTS | {"report.html", LOCK, OWNED})
    assert {k: after[k] for k in before} == before
    assert (passwd.read_bytes() if passwd.exists() else None, Path("/abs").exists()) \
        == system_before
    report = read_report(work / "out")
    assert sorted(d["id"] for d in report["documents"]) == sorted(ids)
