"""Check a claimcheck report.json against a bundle's expected.yaml.

expected.yaml names claims by file and substring (its first occurrence in the decoded
text). Matching, as the bundles' headers state:

- ``must_flag`` pair: some warning- or error-level finding (that did not pass) sets a
  claim overlapping one side's span against a claim overlapping the other's;
- ``must_not_flag`` pair: no such finding sets them against each other;

A finding of the ``agree`` check holds every mention of one quantity, each with its
``group``: two claims are set against each other when both were compared and their groups
differ (a bound that agrees with every group, ``agrees_with_all``, is set against none).
A finding without groups (the other checks) sets all its claims against each other.
- ``not_claims``: no claim of kind money, measure, percent or count overlaps the span.

Used by the end-to-end tests of the seeds, the shared bundles and our own bundles.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimcheck.ingest.documents import load_documents

MEASURE_KINDS = ("money", "area", "length", "mass", "volume", "energy", "power", "duration",
                 "percent", "count")


@dataclass(frozen=True)
class Span:
    file: str
    substring: str
    start: int
    end: int

    def hit(self, claim: dict) -> bool:
        """Whether a report claim lies in this file and overlaps this span."""
        doc = str(claim["doc"])
        same_file = doc == self.file or os.path.basename(doc) == self.file or \
            doc.replace(os.sep, "/").endswith("/" + self.file)
        return same_file and claim["start"] < self.end and self.start < claim["end"]

    def __str__(self) -> str:
        return f"{self.file}:{self.substring!r}"


def load_expected(bundle: Path) -> dict:
    """expected.yaml of a bundle folder, with empty lists for missing sections."""
    data = yaml.safe_load((bundle / "expected.yaml").read_text(encoding="utf-8")) or {}
    return {k: data.get(k) or [] for k in ("must_flag", "must_not_flag", "not_claims")}


def _texts(bundle: Path) -> dict[str, str]:
    docs, errors = load_documents([str(bundle)])
    assert not errors, errors
    return {os.path.relpath(d.id, bundle).replace(os.sep, "/"): d.text for d in docs}


def _span(texts: dict[str, str], item) -> Span:
    file, substring = item
    text = texts[file]
    start = text.find(substring)
    if start < 0:
        raise AssertionError(f"expected.yaml names {substring!r}, which is not in {file}")
    return Span(file, substring, start, start + len(substring))


def flagged(findings: list[dict]) -> list[dict]:
    """Findings that count for the expectations: failed, at warning or error."""
    return [f for f in findings if not f.get("passed") and f["severity"] in ("warning", "error")]


def opposed(f: dict, sa: Span, sb: Span) -> bool:
    """Whether finding ``f`` sets a claim on span ``sa`` against one on span ``sb``."""
    def groups(span):
        return {c.get("group", 0) for c in f["claims"] if span.hit(c) and c.get("group", 0) >= 0
                and not c.get("agrees_with_all")}

    ga, gb = groups(sa), groups(sb)
    if not ga or not gb:
        return False
    if not any("group" in c for c in f["claims"]):
        return True
    return any(x != y for x in ga for y in gb)


def check_report(report: dict, bundle: Path) -> list[str]:
    """Every way the report misses the bundle's expectations, as readable lines."""
    expected = load_expected(bundle)
    texts = _texts(bundle)
    findings = flagged(report["findings"])
    problems = []
    for a, b in expected["must_flag"]:
        sa, sb = _span(texts, a), _span(texts, b)
        if not any(opposed(f, sa, sb) for f in findings):
            problems.append(f"not flagged: {sa} vs {sb}")
    for a, b in expected["must_not_flag"]:
        sa, sb = _span(texts, a), _span(texts, b)
        for f in findings:
            if opposed(f, sa, sb):
                problems.append(f"wrongly flagged: {sa} vs {sb} by {f['id']}: {f['message']}")
    for item in expected["not_claims"]:
        span = _span(texts, item)
        for c in report["claims"]:
            if c["kind"] in MEASURE_KINDS and span.hit(c):
                problems.append(f"claim inside an identifier: {c['text']!r} in {span}")
    return problems
