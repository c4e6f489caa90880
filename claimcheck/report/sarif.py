"""``report.sarif``: findings for code-scanning tools (SARIF 2.1.0, as GitHub and GitLab read).

One result per finding that did not pass, with a location for every mention of the
quantity in every document: the file's URI relative to the run folder, and the line and
column of the number (columns in Unicode code points, which the run declares). The rules
are the rule files' rules; a result's level follows its severity (info is ``note``); its
fingerprint (:mod:`.fingerprints`) is in ``partialFingerprints``, so a scanning service
recognises it from run to run. A finding accepted by a suppression is written with a
SARIF suppression and its reason; one the baseline accepted is left out, and with a
baseline the others are ``baselineState: new``. Document text only ever appears in JSON
strings (escaped by the encoder), never as markup.
"""
from __future__ import annotations

import json
import os
import urllib.parse
from pathlib import Path

from ..version import __version__
from .fingerprints import fingerprint
from .locate import Locator

__all__ = ["render", "sarif_log", "LEVELS"]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"


def _uri(path: str) -> str:
    """A relative URI reference for a file path (relative to the working folder)."""
    path = os.path.normpath(path)
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = rel if not rel.startswith("..") else path
    if os.path.isabs(path):
        return Path(path).as_uri()
    return urllib.parse.quote(path.replace(os.sep, "/"), safe="/")


def _rule(rule) -> dict:
    out = {"id": rule.id, "name": rule.id,
           "shortDescription": {"text": rule.description or f"{rule.check} check {rule.id}"},
           "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
           "properties": {"check": rule.check, "severity": rule.severity}}
    if rule.description:
        out["fullDescription"] = {"text": rule.description}
    return out


class _Places:
    def __init__(self, result):
        self.docs = {d.id: d for d in result.documents}
        self.locator = Locator(result.documents)

    def location(self, claim, role: str) -> dict:
        doc = self.docs.get(claim.doc)
        meta = doc.meta if doc is not None else {}
        path = str(meta.get("path", claim.doc))
        if meta.get("format") == "record":   # corpus.jsonl:12: the record's line
            file, _, line = path.rpartition(":")
            region = {"startLine": int(line)} if line.isdigit() else {"startLine": 1}
            name = claim.doc
        else:
            file, name = path, None
            line, col = self.locator.line_col(claim.doc, claim.start)
            end_line, end_col = self.locator.line_col(claim.doc, claim.end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line,
                      "endColumn": end_col, "snippet": {"text": claim.text}}
        uri = _uri(file or path)
        artifact = {"uri": uri} if uri.startswith("file:") else {"uri": uri,
                                                                  "uriBaseId": "SRCROOT"}
        out = {"physicalLocation": {"artifactLocation": artifact, "region": region},
               "message": {"text": f"{claim.text} ({claim.lang}){role}"}}
        if name:
            out["logicalLocations"] = [{"name": name, "kind": "document"}]
        return out


def _role(f, n: int) -> str:
    if not f.groups:
        return ""
    g = f.groups[n]
    if n in f.bridges:
        return ": agrees with all"
    return ": majority" if g == 0 else ": not compared" if g < 0 else ": outlier"


def _result(f, rule_index: dict, places: _Places, baseline: bool, suppression=None) -> dict:
    out = {"ruleId": f.rule, "level": LEVELS.get(f.severity, "warning"),
           "message": {"text": " ".join(f.message.split())},
           "locations": [places.location(c, _role(f, n)) for n, c in enumerate(f.claims)],
           "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f)},
           "properties": {"story": f.story, "check": f.check, "severity": f.severity,
                          "pattern": f.pattern, "findingId": f.id}}
    if f.rule in rule_index:
        out["ruleIndex"] = rule_index[f.rule]
    if baseline:
        out["baselineState"] = "new"
    if suppression is not None:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": suppression.reason}]
    return out


def sarif_log(result) -> dict:
    """The SARIF log as plain data."""
    rules = [_rule(r) for r in result.rules]
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    places = _Places(result)
    known = getattr(result, "known", None)
    baseline = known is not None and known.baseline is not None
    results = [_result(f, rule_index, places, baseline) for f in result.findings if not f.passed]
    if known is not None:
        results += [_result(f, rule_index, places, False, s) for f, s in known.suppressed]
    root = Path(os.getcwd()).as_uri().rstrip("/") + "/"
    run = {"tool": {"driver": {"name": "claimcheck", "version": __version__, "rules": rules}},
           "originalUriBaseIds": {"SRCROOT": {"uri": root}},
           "columnKind": "unicodeCodePoints",
           "results": results}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result) -> str:
    return json.dumps(sarif_log(result), ensure_ascii=False, indent=2) + "\n"
