"""Quantity identity end to end, with the installed CLI: rows, one finding per quantity,
updates, syndicated copies, ambiguous currencies."""
from __future__ import annotations

import json

from cli import run_cli

WIRE = ("{place}, March 3 ({outlet}) - Carrow Motors will build an electric-vehicle plant on "
        "the outskirts of Valtierra, investing {money} and creating about 3,000 jobs, the "
        "company said on Monday.\n\nThe plant, on a 180-hectare site, will have capacity for "
        "{capacity} vehicles a year when it opens in 2027. Construction is due to start in "
        "the second half of the year.")


def corpus(tmp_path, records) -> str:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return str(path)


def report_of(tmp_path, *args):
    out = tmp_path / "out"
    proc = run_cli("run", *args, "--out", str(out), "--format", "json,md", "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    return proc, json.loads((out / "report.json").read_text(encoding="utf-8"))


def failed(report, levels=("warning", "error")):
    return [f for f in report["findings"] if not f["passed"] and f["severity"] in levels]


def test_twelve_syndicated_copies_with_one_slip_give_one_finding_naming_it(tmp_path):
    records = [{"id": f"outlet{n}", "story": "plant",
                "text": WIRE.format(place="VALTIERRA", outlet=f"Outlet {n}",
                                    money="$4.2 billion", capacity="250,000")}
               for n in range(1, 13)]
    records[6]["text"] = records[6]["text"].replace("250,000", "230,000")
    proc, report = report_of(tmp_path, corpus(tmp_path, records))
    (f,) = failed(report)
    assert f["check"] == "agree" and f["pattern"] == "wrong digit"
    outliers = [c for c in f["claims"] if c["outlier"]]
    assert [(c["doc"], c["text"]) for c in outliers] == [("outlet7", "230,000")]
    assert sum(1 for c in f["claims"] if c["group"] == 0) == 11
    assert "outlet7: 230,000; en ×11: 250,000" in f["message"]
    # the terminal points at the copy to fix, once
    lines = [x for x in proc.stdout.splitlines() if ": error: " in x or ": warning: " in x]
    assert len(lines) == 1 and lines[0].startswith("outlet7:")


def test_the_same_measure_at_two_dates_is_an_update_not_a_disagreement(tmp_path):
    records = [
        {"id": "2019", "story": "city", "text": "In 2019, the population of Portomar was "
         "1.24 million, the statistics office said. In 2019, the population grew 1.1%."},
        {"id": "2024", "story": "city", "text": "In 2024, the population of Portomar was "
         "1.31 million, the statistics office said. In 2024, the population grew 1.1%."},
    ]
    _, report = report_of(tmp_path, corpus(tmp_path, records))
    assert failed(report) == []
    (update,) = [f for f in report["findings"] if not f["passed"] and f["severity"] == "info"
                 and "updated figure" in f["message"]]
    assert "1.24 million (2019) → 1.31 million (2024)" in update["message"]


def test_an_ambiguous_yen_sign_takes_the_currency_of_its_row(tmp_path):
    records = [
        {"id": "en", "story": "s", "text": "Tokyo, May 3 -- Sakura Motors will invest ¥120 "
         "billion in a new battery plant in Aichi, the company said."},
        {"id": "ja", "story": "s", "text": "東京、5月3日 — サクラ自動車は愛知県の新しい電池工場に"
         "1200億円を投資すると発表した。"},
    ]
    _, report = report_of(tmp_path, corpus(tmp_path, records))
    yen = next(c for c in report["claims"] if c["text"] == "¥120 billion")
    assert yen["unit"] == "JPY"
    assert any("currency taken from the other versions" in n for n in yen["notes"])
    assert [f["passed"] for f in report["findings"] if f["check"] == "agree"] == [True]


def test_a_conversion_in_brackets_does_not_keep_a_yen_sign_ambiguous(tmp_path):
    # the French version gives the yen figure and its conversion into euros; the English
    # one writes the sign only, with a scale slip: yen all the same, and compared
    records = [
        {"id": "fr", "story": "s", "text": "Tokyo, 3 mai (AFP) - Sakura Motors investira "
         "120 milliards de yens (740 millions d'euros) dans une usine de batteries à Aichi, "
         "a annoncé le constructeur."},
        {"id": "en", "story": "s", "text": "Tokyo, May 3 -- Sakura Motors will invest ¥120 "
         "trillion in a new battery plant in Aichi, the company said."},
    ]
    _, report = report_of(tmp_path, corpus(tmp_path, records))
    yen = next(c for c in report["claims"] if c["text"] == "¥120 trillion")
    assert yen["unit"] == "JPY"
    (f,) = failed(report)
    assert [c["text"] for c in f["claims"] if c["outlier"]] == ["¥120 trillion"]
    assert f["severity"] in ("warning", "error")


def test_a_headline_bound_that_contradicts_its_own_body_is_caught(tmp_path):
    records = [
        {"id": "es", "story": "feria", "text": "La feria cierra con más de 280 proyectos "
         "firmados\n\nLa feria de inversión de Quanzhou terminó el domingo con 238 proyectos "
         "firmados, según los organizadores."},
        {"id": "en", "story": "feria", "text": "Quanzhou fair ends with 238 projects signed\n\n"
         "The Quanzhou investment fair closed on Sunday with 238 projects signed, the "
         "organisers said."},
    ]
    _, report = report_of(tmp_path, corpus(tmp_path, records))
    (f,) = failed(report)
    outlier = [c["text"] for c in f["claims"] if c["outlier"]]
    assert outlier == ["más de 280"] and f["pattern"] == "headline contradicts body"
