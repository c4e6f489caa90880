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
