"""End to end: the installed ``claimcheck run`` command on the seeds and the bundles."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli import run_cli
from expectations import check_report, flagged

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
OWN_BUNDLES = sorted(p for p in (ROOT / "tests" / "bundles").iterdir() if p.is_dir())
SHARED_BUNDLES = sorted(p for p in (SHARED / "bundles").iterdir() if p.is_dir()) \
    if (SHARED / "bundles").is_dir() else []
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return run_cli("run", *args, cwd=cwd)


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-report")
    proc = run(str(SEEDS), "--out", str(out))
    return proc, out, json.loads((out / "report.json").read_text(encoding="utf-8"))


@needs_seeds
def test_seeds_meet_expected_yaml(seeds_run):
    proc, _, report = seeds_run
    assert proc.returncode == 0, proc.stderr  # only warnings: below the default --fail-on
    assert check_report(report, SEEDS) == []


@needs_seeds
def test_seeds_kunshan_is_its_own_story(seeds_run):
    _, _, report = seeds_run
    stories = {s["id"]: [Path(d).name[:3] for d in s["docs"]] for s in report["stories"]}
    assert sorted(stories.values()) == [["000", "001", "002", "003"], ["004"]]
    chengdu = next(s for s in report["stories"] if len(s["docs"]) == 4)
    assert "Chengdu" in chengdu["reason"] and "Mitsubishi" in chengdu["reason"]


def _finding_between(report: dict, left: str, right: str) -> dict:
    for f in flagged(report["findings"]):
        texts = {c["text"] for c in f["claims"]}
        if left in texts and right in texts:
            return f
    raise AssertionError(f"no finding between {left!r} and {right!r}")


@needs_seeds
def test_investment_finding_states_difference_and_all_versions(seeds_run):
    _, out, report = seeds_run
    f = _finding_between(report, "RMB 21.75 billion", "204.5亿元")
    assert f["severity"] == "warning"  # 28 agreements against 15 signed projects
    assert "1.3 billion yuan" in f["message"] and "about 6%" in f["message"]
    assert f["abs_diff"] == 1300000000 and round(f["rel_diff"], 3) == 0.060
    assert "may measure different things" in f["reason"]
    zh = [c for c in f["claims"] if c["lang"] == "zh"]
    outlier = next(c for c in zh if c["outlier"])
    assert "15个项目" in outlier["sentence"]
    assert (outlier["low"], outlier["high"]) == (20445000000, 20455000000)
    # the headline's "over 20 billion" is in the row and agrees with both figures
    bound = next(c for c in zh if c["text"] == "超200亿元")
    assert bound["agrees_with_all"] and not bound["outlier"]
    # and so is the body's "总投资逾200亿", written without its currency
    body = next(c for c in zh if c["text"] == "逾200亿")
    assert body["agrees_with_all"] and not body["outlier"]
    assert "consistent with both: 逾200亿, 超200亿元" in f["message"]
    md = (out / "report.md").read_text(encoding="utf-8")
    section = md.split(f"finding {f['id'].replace('_', chr(92) + '_')}")[1].split("####")[0]
    for marked in ("**RMB 21.75 billion**", "**21,75 milliards de yuans**",
                   "**21.750 millones de RMB**", "**204.5亿元**"):
        assert marked in section, marked
    for lang in ("en", "fr", "es", "zh"):
        assert f"- {lang} · " in section


@needs_seeds
def test_seeds_report_files(seeds_run):
    proc, out, report = seeds_run
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        ["claims.csv", "report.json", "report.md"]
    assert report["schema_version"] == 2
    docs = {Path(d["id"]).name[:3]: d for d in report["documents"]}
    assert docs["003"]["lang"] == "zh" and docs["000"]["lang"] == "fr"
    assert all(d["encoding"] for d in docs.values())
    # one finding per quantity: the investment row, whatever the number of versions
    assert "1 warning," in proc.stdout and proc.stdout.count(": warning: ") == 1
    assert "204.5亿元" in next(line for line in proc.stdout.splitlines() if ": warning: " in line)
    header = (out / "claims.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("story,doc,lang,start,end,text,kind,value,unit,low,high")


@needs_seeds
def test_fail_on_warning_exits_1(tmp_path):
    assert run(str(SEEDS), "--out", str(tmp_path), "--fail-on", "warning").returncode == 1
    assert run(str(SEEDS), "--out", str(tmp_path), "--fail-on", "never",
               "--quiet").stdout == ""


@pytest.mark.parametrize("bundle", SHARED_BUNDLES + OWN_BUNDLES, ids=lambda p: p.name)
def test_bundle_meets_expected_yaml(bundle, tmp_path):
    proc = run(str(bundle), "--out", str(tmp_path))
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert check_report(report, bundle) == []


def test_error_pattern_names_in_metro_bundle(tmp_path):
    run(str(ROOT / "tests" / "bundles" / "metro"), "--out", str(tmp_path))
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert _finding_between(report, "€1.3 billion", "1,3 billones de euros")["pattern"] == \
        "false friend of scale"
    # (a rate since issue 13: the claims are "2,300 tonnes of CO2 a year" and "... par an")
    assert _finding_between(report, "2,300 tonnes of CO2 a year",
                            "2,3 tonnes de CO2 par an")["pattern"] == "misread decimal comma"
    slip = _finding_between(report, "about 60,000", "约6亿")
    assert slip["pattern"] == "dropped or added 万/亿" and slip["severity"] == "error"


def test_unreadable_input_exits_2_and_still_reports(tmp_path):
    bundle = ROOT / "tests" / "bundles" / "metro"
    missing = tmp_path / "nope.txt"
    proc = run(str(bundle), str(missing), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert f"{missing}: no such file or directory" in proc.stderr
    assert (tmp_path / "out" / "report.json").exists()


def test_bad_rule_file_exits_2_with_path_and_line(tmp_path):
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules:\n  - id: r1\n    check: agree\n    severity: error\n"
                     "    message: hi\n    colour: red\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run(str(ROOT / "tests" / "bundles" / "metro"), "--rules", str(rules), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{rules}:6:")
    assert "colour" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()


def test_bad_format_and_no_documents_exit_2(tmp_path):
    proc = run(str(ROOT / "tests" / "bundles" / "metro"), "--format", "pdf", "--out", str(tmp_path))
    assert proc.returncode == 2 and "pdf" in proc.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run(str(empty), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "no documents" in proc.stderr


def test_manifest_fixes_the_grouping(tmp_path):
    bundle = ROOT / "tests" / "bundles" / "harbour"
    manifest = tmp_path / "stories.yaml"
    manifest.write_text(f"stories:\n  rotterdam: ['{bundle}/en.txt', '{bundle}/fr.txt']\n"
                        f"  valencia: ['{bundle}/other.txt', '{bundle}/es.txt']\n",
                        encoding="utf-8")
    proc = run(str(bundle), "--manifest", str(manifest), "--out", str(tmp_path / "out"))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    stories = {s["id"]: sorted(Path(d).name for d in s["docs"]) for s in report["stories"]}
    assert stories["rotterdam"] == ["en.txt", "fr.txt"]
    assert stories["valencia"] == ["es.txt", "other.txt"]
    assert stories["northgate"] == ["zh.txt"] or ["zh.txt"] in stories.values()
    assert proc.returncode in (0, 1)


def test_bad_manifest_exits_2_with_line(tmp_path):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text("stories:\n  a: [x.txt]\nextra: 1\n", encoding="utf-8")
    proc = run(str(ROOT / "tests" / "bundles" / "metro"), "--manifest", str(manifest),
               "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and proc.stderr.startswith(f"{manifest}:3:")


def test_wheel_ships_rules_and_lexicon(tmp_path):
    """A plain (non-editable) install must find the default pack and the lexicon."""
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr[-300:]}")
    wheel = next(tmp_path.glob("claimcheck-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"claimcheck/rules/default.yaml", "claimcheck/rules/lexicon.yaml",
            "claimcheck/rules/currency_bands.yaml",
            "claimcheck/rules/examples/chengdu.yaml", "claimcheck/rules/__init__.py"} <= names


def _copy_seeds(tmp_path: Path, edit=None) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for f in SEEDS.glob("00[0-3]_*.txt"):
        text = f.read_text(encoding="utf-8")
        if edit and f.name.startswith("003"):
            text = edit(text)
        (folder / f.name).write_text(text, encoding="utf-8")
    return folder


def _rule_results(out: Path) -> dict[str, set[bool]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    results: dict[str, set[bool]] = {}
    for f in report["findings"]:
        results.setdefault(f["rule"], set()).add(f["passed"])
    return results


@needs_seeds
def test_chengdu_example_pack_passes_and_catches_a_broken_copy(tmp_path):
    pack = str(ROOT / "rules" / "examples" / "chengdu.yaml")
    out = tmp_path / "ok"
    assert run(str(_copy_seeds(tmp_path)), "--rules", pack, "--out", str(out)).returncode == 0
    results = _rule_results(out)
    assert {k: v for k, v in results.items() if k.startswith("chengdu-")} == {
        "chengdu-tier-projects": {True}, "chengdu-tier-investment": {True},
        "chengdu-proposals-listed": {True}}

    def break_it(text: str) -> str:
        # one tier project more, and one proposal fewer in the list
        return text.replace("4个5亿元级项目", "5个5亿元级项目").replace("地下空间、", "")

    broken = tmp_path / "broken"
    broken.mkdir()
    out = tmp_path / "bad"
    proc = run(str(_copy_seeds(broken, break_it)), "--rules", pack, "--out", str(out))
    assert proc.returncode == 1
    results = _rule_results(out)
    assert results["chengdu-tier-projects"] == {False}
    assert results["chengdu-proposals-listed"] == {False}


@needs_seeds
def test_all_formats_with_html(tmp_path):
    proc = run(str(SEEDS), "--format", "md,json,csv,html", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "204.5亿元" in html and "<script>alert" not in html


def test_document_text_cannot_inject_markup(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en.txt").write_text("The port of Oslo said the <script>alert(1)</script> | pier "
                                 "at Bjørvika will cost €40 million and employ 300 workers.",
                                 encoding="utf-8")
    (docs / "fr.txt").write_text("Le port d'Oslo a annoncé que la jetée de Bjørvika coûtera "
                                 "45 millions d'euros et emploiera 300 ouvriers.",
                                 encoding="utf-8")
    out = tmp_path / "out"
    proc = run(str(docs), "--out", str(out), "--fail-on", "warning")
    assert proc.returncode == 1, proc.stdout + proc.stderr  # 40 vs 45 million: flagged
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "\\<script\\>" in md and "\\| pier" in md
    assert "**€40 million**" in md
    csv = (out / "claims.csv").read_text(encoding="utf-8")
    assert "€40 million" in csv


@needs_seeds
def test_reports_are_byte_identical_between_runs(seeds_run, tmp_path):
    _, first, _ = seeds_run
    run(str(SEEDS), "--out", str(tmp_path), "--quiet")
    for name in ("report.json", "report.md", "claims.csv"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_missing_html_renderer_is_a_clear_error(monkeypatch, tmp_path):
    import importlib

    from claimcheck.report import write as reports

    real = importlib.import_module

    def fake(name, *args):
        if name == "claimcheck.report.html":
            raise ImportError("No module named 'claimcheck.report.html'")
        return real(name, *args)

    monkeypatch.setattr(reports.importlib, "import_module", fake)
    with pytest.raises(reports.ReportError, match="html report needs claimcheck.report.html"):
        reports.check_formats(("md", "html"))
    reports.check_formats(("md", "json", "csv"))  # the other formats need nothing extra
