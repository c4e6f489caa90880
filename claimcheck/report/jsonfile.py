"""``report.json``: the run as data, in the stable schema of docs/report-schema.md.

Exact values are written as JSON numbers (integers when integral); unbounded interval
sides are ``null``. Keys and list orders are fixed, so two runs on the same input give
byte-identical files.
"""
from __future__ import annotations

import json

from ..records import count_findings
from ..version import __version__
from .fingerprints import fingerprint
from .locate import Locator

__all__ = ["render", "report_dict", "SCHEMA_VERSION"]

SCHEMA_VERSION = 2


def _summary(result) -> dict:
    failed, passed = count_findings(result.findings)
    # "errors" counts inputs that could not be read (kept for schema 2); "input_errors"
    # says so in its name; findings of severity error are findings.error
    return {"documents": len(result.documents), "errors": len(result.errors),
            "input_errors": len(result.errors),
            "skipped": len(getattr(result, "skipped", ())),
            "stories": len(result.stories),
            "claims": sum(len(c) for c in result.claims.values()),
            "alignments": len(result.alignments), "findings": failed, "passed": passed}


def _known(result) -> dict:
    """The ``baseline`` and ``suppressed`` blocks (null and empty without them)."""
    known = getattr(result, "known", None)
    if known is None:
        return {"baseline": None, "suppressed": []}
    return known.to_dict(new=sum(1 for f in result.findings if not f.passed))


def _rule(rule) -> dict:
    return {"id": rule.id, "check": rule.check, "severity": rule.severity,
            "source": getattr(rule, "source", "")}


def report_dict(result) -> dict:
    """The report as plain JSON-ready data."""
    story_of = {d: s.id for s in result.stories for d in s.docs}
    documents = [{"id": d.id, "lang": d.lang, "encoding": result.encodings.get(d.id, d.encoding),
                  "story": story_of.get(d.id), "date": d.date, "source": d.source,
                  "claims": len(result.claims.get(d.id, ())),
                  "warnings": list(d.warnings), "format": d.meta.get("format"),
                  "pages": len(d.meta["pages"]) if d.meta.get("pages") else None}
                 for d in result.documents]
    locate = Locator(result.documents)
    claims = []
    for d in result.documents:
        for c in result.claims.get(d.id, ()):
            claims.append({"story": story_of.get(d.id), **c.to_dict(),
                           "page": locate.page(c.doc, c.start)})
    findings = []
    for f in result.findings:
        found = {**f.to_dict(), "fingerprint": fingerprint(f)}
        for c, out in zip(f.claims, found["claims"]):
            out["page"] = locate.page(c.doc, c.start)
        findings.append(found)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": __version__},
        "summary": _summary(result),
        "documents": documents,
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "skipped": [{"path": s.path, "reason": s.reason}
                    for s in getattr(result, "skipped", ())],
        "rules": [_rule(r) for r in result.rules],
        "stories": [s.to_dict() for s in result.stories],
        "claims": claims,
        "alignments": [a.to_dict() for a in result.alignments],
        "findings": findings,
        **_known(result),
    }


def render(result) -> str:
    """report.json text (UTF-8, not ASCII-escaped, two-space indent, final newline)."""
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"
