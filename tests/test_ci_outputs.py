"""CI outputs end to end: SARIF 2.1.0 (validated against the official schema), JUnit XML,
and `--out -` writing one report, and nothing else, to standard output."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cli import SEEDS, run_cli, seed_project

SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
ZH = "003_8fa17dad33854608.txt"


@pytest.fixture
def project(tmp_path) -> Path:
    return seed_project(tmp_path)


def sarif_schema() -> dict:
    if not SCHEMA.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SCHEMA} is missing: .ci/run fetches it with .ci/fetch-sarif-schema")
        pytest.skip("the SARIF schema is fetched by .ci/fetch-sarif-schema (npm registry)")
    return json.loads(SCHEMA.read_text("utf-8"))


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_sarif_is_valid_and_has_every_location_of_the_finding(project):
    import jsonschema

    proc = run_cli("run", "seeds", "--format", "sarif,json", "--out", "r", cwd=project)
    assert proc.returncode == 0, proc.stderr
    log = json.loads((project / "r" / "report.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    report = json.loads((project / "r" / "report.json").read_text("utf-8"))
    failed = [f for f in report["findings"] if not f["passed"]]
    (run,) = log["runs"]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert [r["ruleId"] for r in run["results"]] == [f["rule"] for f in failed]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == [r["id"] for r in report["rules"]]
    (result,) = run["results"]
    (finding,) = failed
    assert result["level"] == "warning"
    assert result["partialFingerprints"]["claimcheck/v1"] == finding["fingerprint"]
    assert rule_ids[result["ruleIndex"]] == "aligned-claims-agree"
    assert len(result["locations"]) == len(finding["claims"])
    for loc, claim in zip(result["locations"], finding["claims"]):
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == claim["doc"]          # relative to the run
        text = (project / claim["doc"]).read_text("utf-8")
        line, col = line_col(text, claim["start"])
        assert (phys["region"]["startLine"], phys["region"]["startColumn"]) == (line, col)
        assert phys["region"]["snippet"]["text"] == claim["text"]
    outlier = [loc for loc in result["locations"] if loc["message"]["text"].endswith("outlier")]
    assert len(outlier) == 1 and "204.5亿元" in outlier[0]["message"]["text"]


def test_sarif_of_a_baseline_run_and_of_a_suppression(project):
    base = run_cli("baseline", "seeds", cwd=project)
    (project / "base.json").write_text(base.stdout, "utf-8")
    proc = run_cli("run", "seeds", "--baseline", "base.json", "--format", "sarif", "--out", "-",
                   cwd=project)
    log = json.loads(proc.stdout)
    assert log["runs"][0]["results"] == []
    fp = json.loads(base.stdout)["findings"][0]["fingerprint"]
    (project / ".claimcheck.yaml").write_text(
        f"suppress:\n  - fingerprint: '{fp}'\n    reason: signed projects only\n", "utf-8")
    log = json.loads(run_cli("run", "seeds", "--format", "sarif", "--out", "-",
                             cwd=project).stdout)
    (result,) = log["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                       "justification": "signed projects only"}]
    import jsonschema

    jsonschema.Draft4Validator(sarif_schema()).validate(log)


def test_junit_has_a_failure_per_finding_at_the_fail_level(project):
    proc = run_cli("run", "seeds", "--format", "junit", "--out", "r", "--fail-on", "warning",
                   cwd=project)
    assert proc.returncode == 1
    root = ET.parse(project / "r" / "report.junit.xml").getroot()
    assert root.tag == "testsuites" and root.get("failures") == "1"
    cases = root.iter("testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    (case,) = failing
    assert case.get("classname") == "claimcheck.chengdu"
    assert case.get("name") == "aligned-claims-agree: investment, level (CNY)"
    assert "204.5亿元" in case.find("failure").text
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert len(props["fingerprint"]) == 32 and props["severity"] == "warning"
    # at the default level the warning is no failure; it is still there
    run_cli("run", "seeds", "--format", "junit", "--out", "r", cwd=project)
    root = ET.parse(project / "r" / "report.junit.xml").getroot()
    assert root.get("failures") == "0"
    assert any("204.5亿元" in (c.findtext("system-out") or "") for c in root.iter("testcase"))


HOSTILE = "</failure><script>alert(1)</script> &amp; ]]> \"'"


def test_every_format_escapes_document_text(project):
    zh = project / "seeds" / ZH
    zh.write_text(zh.read_text("utf-8").replace("204.5亿元", HOSTILE + "204.5亿元"), "utf-8")
    for fmt in ("junit", "sarif", "json"):
        proc = run_cli("run", "seeds", "--format", fmt, "--out", "-", "--fail-on", "warning",
                       cwd=project)
        assert proc.returncode == 1, proc.stderr
        if fmt == "junit":
            root = ET.fromstring(proc.stdout.encode("utf-8"))
            (failure,) = root.iter("failure")
            assert HOSTILE in failure.text            # the text survives, as text
            assert "<script>" not in proc.stdout     # never as markup
        else:
            data = json.loads(proc.stdout)           # parses: every string escaped
            if fmt == "json":
                sentences = [c["sentence"] for f in data["findings"] for c in f["claims"]]
                assert any(HOSTILE in s for s in sentences)


def test_junit_replaces_what_xml_cannot_hold():
    from claimcheck.report.junit import _clean

    assert _clean("a\x01b\x1b[31mc\ufffed\ud800") == "a\ufffdb\ufffd[31mc\ufffdd\ufffd"
    assert _clean("tab\tnew\nline 204.5亿元 😀") == "tab\tnew\nline 204.5亿元 😀"


def test_out_dash_writes_exactly_one_report_to_stdout(project):
    proc = run_cli("run", "seeds", "--format", "json", "--out", "-", cwd=project)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)          # nothing but the report
    assert report["summary"]["documents"] == 5
    assert "json report on standard output" in proc.stderr
    assert "204.5亿元" in proc.stderr          # the finding line went to stderr
    assert not (project / "-").exists()
    junit = run_cli("run", "seeds", "--format", "junit", "--out", "-", cwd=project)
    ET.fromstring(junit.stdout.encode("utf-8"))
    quiet = run_cli("run", "seeds", "--format", "sarif", "--out", "-", "--quiet", cwd=project)
    assert json.loads(quiet.stdout)["version"] == "2.1.0" and quiet.stderr == ""


@pytest.mark.parametrize("formats", ["json,sarif", "md", "csv", "md,json"])
def test_out_dash_with_another_choice_of_formats_is_a_usage_error(project, formats):
    proc = run_cli("run", "seeds", "--format", formats, "--out", "-", cwd=project)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "--out - writes one report" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (project / "-").exists()
