"""The Chengdu rule pack (rules/examples/chengdu.yaml) on the seeds, and on broken copies.

The Chinese report lists 2个50亿元级 + 2个20亿元级 + 3个10亿元级 + 4个5亿元级 projects:
2+2+3+4 = 11 projects and at least 190亿元, within the 204.5亿元 total; and it announces
9个提案 and lists nine. The pack must report those as passing checks, and fail them when
a copy of the report is broken.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import claimcheck
from claimcheck.checks.base import StoryContext
from claimcheck.checks.rulefile import load_rule_packs
from claimcheck.extraction.detect import detect_language
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PACK = ROOT / "rules" / "examples" / "chengdu.yaml"
ZH = "003_8fa17dad33854608.txt"
CHENGDU = ("000_25babec2e9986c08.txt", "001_3828fded23ee239f.txt", "002_5f7db74c5636f556.txt", ZH)
KUNSHAN = "004_88734b750a6ada84.txt"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")

# the last of the nine proposals, with the conjunction that joins it to the list
LAST_PROPOSAL = "和中日医疗健康中心(共享医学中心)项目"
BREAKS = {
    "total": ("计划投资总额204.5亿元", "计划投资总额104.5亿元"),
    "list": ("社区医疗康养中心项目" + LAST_PROPOSAL, "社区医疗康养中心项目"),
    "tier": ("4个5亿元级", "5个5亿元级"),
}


def context(texts: dict[str, str]) -> StoryContext:
    langs = {d: detect_language(t) for d, t in texts.items()}
    claims = {d: tuple(claimcheck.extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    return StoryContext(Story("chengdu", tuple(texts)), claims, texts, langs, (),
                        default_lexicon())


def seed_texts(*names: str, broken: str | None = None) -> dict[str, str]:
    texts = {n: (SEEDS / n).read_text(encoding="utf-8") for n in names}
    if broken:
        old, new = BREAKS[broken]
        assert texts[ZH].count(old) == 1
        texts[ZH] = texts[ZH].replace(old, new)
    return texts


def run_pack(texts) -> dict[str, list]:
    out: dict[str, list] = {}
    for rule in load_rule_packs([str(PACK)]):
        out[rule.id] = rule.run(context(texts))
    return out


def test_pack_passes_on_the_seeds():
    results = run_pack(seed_texts(*CHENGDU))
    assert {rid: [(f.passed, f.severity) for f in fs] for rid, fs in results.items()} == {
        "chengdu-tier-projects": [(True, "error")],
        "chengdu-tier-investment": [(True, "error")],
        "chengdu-proposals-listed": [(True, "error")],
    }
    (tiers,) = results["chengdu-tier-investment"]
    assert tiers.abs_diff == Decimal("1.45E+9")  # 204.5亿 - 190亿
    assert [c.text for c in tiers.claims] == ["2", "50亿元", "2", "20亿元", "3", "10亿元",
                                              "4", "5亿元", "204.5亿元"]
    (listed,) = results["chengdu-proposals-listed"]
    assert listed.message.count(" | ") == 8


def test_pack_says_nothing_about_the_kunshan_story():
    assert run_pack(seed_texts(KUNSHAN)) == {"chengdu-tier-projects": [],
                                             "chengdu-tier-investment": [],
                                             "chengdu-proposals-listed": []}


@pytest.mark.parametrize("broken, failing, detail", [
    ("total", "chengdu-tier-investment", "the parts come to 19 billion yuan, the total is "
                                         "10.45 billion yuan"),
    ("list", "chengdu-proposals-listed", "8 items are listed, not 9"),
    ("tier", "chengdu-tier-projects", "the parts come to 12, the total is 11"),
])
def test_a_broken_copy_fails_exactly_the_broken_check(broken, failing, detail):
    results = run_pack(seed_texts(*CHENGDU, broken=broken))
    for rid, findings in results.items():
        assert len(findings) == 1, rid
        assert findings[0].passed == (rid != failing), rid
    (f,) = results[failing]
    assert f.severity == "error" and f.reason == detail


# ---- end to end, through the installed command -------------------------------------------

def claimcheck_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    exe = shutil.which("claimcheck")
    cmd = [exe] if exe else [sys.executable, "-m", "claimcheck"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def rule_findings(out: Path) -> dict[str, list[dict]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    found: dict[str, list[dict]] = {}
    for f in report["findings"]:
        found.setdefault(f["rule"], []).append(f)
    return found


def test_cli_reports_tier_sum_and_list_count_as_passing(tmp_path):
    out = tmp_path / "tmp"
    proc = claimcheck_cli("run", str(SEEDS), "--rules", "rules/examples/chengdu.yaml",
                          "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    found = rule_findings(out)
    for rid, check in [("chengdu-tier-investment", "sum"), ("chengdu-tier-projects", "sum"),
                       ("chengdu-proposals-listed", "count_matches_list")]:
        (f,) = found[rid]
        assert f["passed"] is True and f["check"] == check
        assert all(c["doc"].endswith(ZH) for c in f["claims"])
    (tiers,) = found["chengdu-tier-investment"]
    assert tiers["claims"][-1]["text"] == "204.5亿元" and tiers["abs_diff"] == 1450000000


def test_cli_fails_on_a_broken_copy(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    text = (folder / ZH).read_text(encoding="utf-8")
    for key in ("total", "list"):
        text = text.replace(*BREAKS[key])
    (folder / ZH).chmod(0o644)
    (folder / ZH).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = claimcheck_cli("run", str(folder), "--rules", str(PACK), "--out", str(out))
    assert proc.returncode == 1, proc.stderr
    found = rule_findings(out)
    assert [f["passed"] for f in found["chengdu-tier-investment"]] == [False]
    assert [f["passed"] for f in found["chengdu-proposals-listed"]] == [False]
    assert [f["passed"] for f in found["chengdu-tier-projects"]] == [True]
    assert "[chengdu-proposals-listed]" in proc.stdout


def test_cli_bad_rule_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PACK.read_text(encoding="utf-8").replace("mode: at_most", "mode: atmost"),
                   encoding="utf-8")
    proc = claimcheck_cli("run", str(SEEDS), "--rules", str(bad),
                          "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    line = next(i for i, l in enumerate(PACK.read_text().splitlines(), 1) if "mode: at_most" in l)
    assert proc.stderr.strip() == (f"{bad}:{line}:5: bad value 'atmost' for mode (expected "
                                   "one of equal, at_most)")
