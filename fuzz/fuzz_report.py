#!/usr/bin/env python3
"""Atheris fuzz target: the four report formats, from a run on fuzzed documents.

The input is split into two to four documents (at bytes 0x1e); each is written as a
``.txt`` file, prefixed by one of a few claim-rich sentences so that the run aligns
claims and the checks find something (the fuzzed part then holds odd numbers, markup,
formula triggers, line breaks of every kind). ``check_paths`` runs the pipeline and
``write_reports`` writes md, json, csv and html. What must hold:

* no exception: every format renders, whatever the documents hold;
* report.json parses, with one claim per claims.csv row; claims.csv read with the csv
  module (which treats a bare CR as a line break) has one row per claim, as many cells as its header,
  and no cell that a spreadsheet would run as a formula;
* report.html holds no tag from the documents (``<x-fuzz`` never appears unescaped);
* one run takes at most ``--budget`` seconds of CPU (default 4).

Usage (see fuzz/README.md)::

    python fuzz/fuzz_report.py [--corpus DIR] [--budget S] [libFuzzer flags ...]
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
from pathlib import Path

from fuzz_extract import run_target, within_budget

BUDGET = 4.0
PREFIXES = (
    "The Lyon-Turin base tunnel costs 8.6 billion euros and runs 57.5 km. ",
    "Le tunnel de base Lyon-Turin coûte 8,6 milliards d'euros et mesure 57,5 km. ",
    "El túnel de base Lyon-Turín cuesta 8.600 millones de euros y mide 57,5 km. ",
    "里昂—都灵基础隧道耗资86亿欧元，全长57.5公里。",
)
FORMATS = ("md", "json", "csv", "html")
_FORMULA = re.compile("[ \u00a0\u3000]*[=+\\-@\t\uff1d\uff0b\uff0d\uff20\ufe62\ufe63]")


def run_one(data: bytes, budget: float = BUDGET) -> None:
    from claimcheck.report import write_reports
    from claimcheck.runner import check_paths

    parts = data.split(b"\x1e")[:4]
    while len(parts) < 2:
        parts.append(b"")
    folder = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-report-"))
    try:
        paths = []
        for i, raw in enumerate(parts):
            path = folder / f"doc{i}.txt"
            path.write_bytes(PREFIXES[i % len(PREFIXES)].encode("utf-8") + raw)
            paths.append(str(path))
        out = folder / "out"

        def work():
            result = check_paths(paths)
            write_reports(result, out, FORMATS)
            return result

        result = within_budget(budget, f"{len(data)} bytes", work)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        n_claims = sum(len(c) for c in result.claims.values())
        assert len(report["claims"]) == n_claims
        rows = list(csv.reader(io.StringIO((out / "claims.csv").read_text(encoding="utf-8"),
                                           newline="")))
        assert len(rows) == n_claims + 1, (len(rows), n_claims)
        header = rows[0]
        numeric = {"start", "end", "value", "low", "high"}
        for row in rows[1:]:
            assert len(row) == len(header), row
            for name, cell in zip(header, row):
                assert name in numeric or not _FORMULA.match(cell), (name, cell)
        html = (out / "report.html").read_text(encoding="utf-8")
        assert "<x-fuzz" not in html
        assert (out / "report.md").stat().st_size > 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def seed_inputs() -> list[bytes]:
    return [
        b"It rose 75.5 km.\x1eIl a 12 km.",
        "=cmd|' /C calc'!A0 costs 9 euros\r=2+2\x1e<x-fuzz>€8,6 milliards</x-fuzz>\u2028@x".encode(),
        b"123,456,789,012,345,678,901,234,567,890 euros\x1e123,456,789,012,345,678,901,234,567,899 euros",
        "总投资逾200亿元，15个项目\x1e204.5亿元\x1e21.75 billion yuan".encode(),
        b"\xff\xfe broken \xe9 bytes 12 km\x1e\x00\x01\x02",
    ]


def dictionary_tokens() -> list[str]:
    return ["\x1e", "<x-fuzz>", "</x-fuzz>", "=", "@", "\r", "\u2028", "billion", "euros",
            "km", "亿元", "%", "milliards", "about", "over", "1e30", "9" * 30]


def main(argv: list[str] | None = None) -> None:
    def prepare(ours) -> None:
        if ours.budget == 2.0:
            ours.budget = BUDGET
        import claimcheck.report.html  # noqa: F401 - imported lazily otherwise

    run_target(argv, "report", seed_inputs,
               lambda data, budget, _: run_one(data, budget), dictionary_tokens,
               warm_budget=120.0, prepare=prepare)


if __name__ == "__main__":
    main()
