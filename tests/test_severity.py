"""Severity of a disagreement: far-apart figures with no typical slip between them, on
clues that are not sure, are noted ("not compared"), not flagged; a slip is flagged."""
from __future__ import annotations

import json
from pathlib import Path

from cli import run_cli

EN = """Lakeside metro line approved

The city council approved the Lakeside metro extension on Tuesday. The line will carry
about 60,000 passengers a day and cost €1.3 billion, the transport department said.
Construction will create 2,300 jobs.
"""
FR = """Feu vert pour la ligne de métro Lakeside

Le conseil municipal a approuvé mardi le prolongement du métro Lakeside. La ligne
transportera environ 60 000 voyageurs par jour et coûtera {cost} d'euros, selon le
service des transports. Le chantier créera 2 300 emplois.
"""
ES = """Aprobada la línea de metro Lakeside

El ayuntamiento aprobó el martes la ampliación del metro Lakeside. La línea transportará
unos 60.000 pasajeros al día y costará 1.300 millones de euros, según el departamento de
transportes. Las obras crearán 2.300 empleos.
"""


def _run(tmp_path: Path, cost: str) -> list[dict]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "fr.txt").write_text(FR.format(cost=cost), encoding="utf-8")
    (folder / "es.txt").write_text(ES, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("run", str(folder), "--out", str(out), "--format", "json",
                   "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return [f for f in report["findings"]
            if not f["passed"] and any(c["doc"].endswith("fr.txt") and "euros" in c["text"]
                                       for c in f["claims"])]


def test_a_false_friend_is_flagged(tmp_path):
    found = _run(tmp_path, "1,3 billion")
    assert len(found) == 1 and found[0]["severity"] in ("warning", "error")
    assert "false friend" in found[0]["message"] or "scale" in found[0]["message"]


def test_a_wrong_digit_is_flagged(tmp_path):
    found = _run(tmp_path, "1,8 milliard")
    assert len(found) == 1 and found[0]["severity"] in ("warning", "error")
    assert "wrong digit" in found[0]["message"]


def test_far_apart_figures_with_no_slip_are_only_noted_when_unsure(tmp_path):
    found = _run(tmp_path, "4,6 milliards")
    # 4.6 against 1.3 billion: 72 % apart, no digit slip, and the row rests on the words
    # "cost"/"coûtera" and its place: a note, not a flag
    assert len(found) == 1
    assert found[0]["severity"] == "info" and found[0]["confidence"] < 0.5
    assert "not compared: may measure different things" in found[0]["message"]
    assert "likely" not in found[0]["message"]


DEFICIT = {
    "en-in.txt": "Budget 2025: fiscal deficit pegged at Rs 46,780 crore\n\nThe finance minister "
                 "put the fiscal deficit for 2025-26 at Rs 46,780 crore, or 4.4% of GDP.",
    "zh.txt": "印度2025财年预算公布\n\n财政部长表示，2025至26财年财政赤字预计为4678亿卢比，"
              "占国内生产总值的4.4%。",
    "de.txt": "Indiens Haushalt 2025\n\nDie Finanzministerin beziffert das Haushaltsdefizit für "
              "2025/26 auf 467,8 Mrd. Rupien, 4,4 Prozent der Wirtschaftsleistung.",
    "en.txt": "India unveils 2025 budget\n\nThe finance minister put the fiscal deficit for "
              "2025-26 at about {deficit} billion rupees, or 4.4% of GDP.",
}


def test_a_rounded_figure_s_slip_is_flagged_beside_the_exact_ones(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # four short versions share too little for the automatic grouping: a manifest fixes it
    manifest = tmp_path / "stories.yaml"
    manifest.write_text("stories:\n  budget: [docs/*.txt]\n", encoding="utf-8")
    for deficit, slipped in (("468", False), ("4,680", True)):
        for name, text in DEFICIT.items():
            (folder / name).write_text(text.format(deficit=deficit), encoding="utf-8")
        out = tmp_path / f"out{deficit}"
        proc = run_cli("run", "docs", "--manifest", "stories.yaml", "--out", out.name,
                       "--format", "json", "--fail-on", "never", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        flags = [f for f in report["findings"] if not f["passed"]
                 and f["severity"] in ("warning", "error")]
        if slipped:
            # "about 4,680 billion" is "about 468 billion" a decimal slip away (46,780 crore
            # is 467.8 billion, which the version rounded)
            assert len(flags) == 1 and "decimal slip" in flags[0]["message"]
            assert [c["text"] for c in flags[0]["claims"] if c["outlier"]] == \
                ["about 4,680 billion rupees"]
        else:
            assert flags == []
