"""`claimcheck --help` stays cheap: no pandas, no pint, no language data."""
from __future__ import annotations

import subprocess
import sys

import pytest
from cli import run_cli

PROBE = """
import sys
from claimcheck.cli import build_parser
try:
    build_parser().parse_args(["--help"])
except SystemExit:
    pass
heavy = sorted(m for m in ("pandas", "numpy", "pint", "claimcheck.extraction.language", "claimcheck.extraction")
               if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
"""


def test_help_imports_neither_pandas_nor_pint():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["extract", "--help"]])
def test_help_of_the_installed_command(args):
    proc = run_cli(*args)
    assert proc.returncode == 0 and "usage: claimcheck" in proc.stdout
    assert proc.stderr == ""


def test_unknown_language_is_one_line_and_exit_2(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("28 accords de coopération.", encoding="utf-8")
    proc = run_cli("extract", str(doc), "--lang", "tlh")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "tlh" in proc.stderr


def test_extract_jsonl_gives_exact_values(tmp_path):
    doc = tmp_path / "zh.txt"
    doc.write_text("计划投资总额204.5亿元,其中11个项目落地。", encoding="utf-8")
    proc = run_cli("extract", str(doc), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    import json

    claims = [json.loads(line) for line in proc.stdout.splitlines()]
    money = next(c for c in claims if c["kind"] == "money")
    assert (money["value"], money["unit"], money["low"], money["high"]) == (
        20450000000, "CNY", 20445000000, 20455000000)
    count = next(c for c in claims if c["kind"] == "count")
    assert (count["value"], count["subject"]) == (11, "项目")
