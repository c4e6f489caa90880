"""Known findings: a baseline file of accepted findings, and suppressions with a reason.

``claimcheck baseline`` writes the findings of a run (fingerprint and a summary for
people, sorted, in stable JSON); ``claimcheck run --baseline FILE`` then reports only the
findings that are not in it, and says how many it accepted. A suppression (from the
configuration file) names one finding by its fingerprint, or by rule, story and measure,
and says why it is accepted; a suppressed finding is reported as such, with its reason.

Only findings that did not pass are triaged; a finding the baseline holds twice is
accepted twice (the fingerprints are counted, not just looked up).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from ..records import Finding
from .fingerprints import fingerprint, identity, quantity_name

__all__ = ["BaselineError", "Suppression", "Known", "GateResult", "baseline_entries",
           "render_baseline", "read_baseline", "triage", "BASELINE_VERSION"]

BASELINE_VERSION = 1
_HEX = re.compile(r"[0-9a-f]{32}")


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file (and line)."""


@dataclass(frozen=True)
class Suppression:
    """One accepted finding: by ``fingerprint``, or by ``rule`` and ``story`` (and, to
    narrow it, ``measure``). ``source`` is ``file:line`` of its entry."""

    reason: str
    fingerprint: str = ""
    rule: str = ""
    story: str = ""
    measure: str = ""
    source: str = ""

    def matches(self, f: Finding, fp: str) -> bool:
        if self.fingerprint and self.fingerprint != fp:
            return False
        if self.rule and self.rule != f.rule:
            return False
        if self.story and self.story != f.story:
            return False
        return not self.measure or self.measure == identity(f)["measure"]

    def describe(self) -> str:
        if self.fingerprint:
            return f"fingerprint {self.fingerprint}"
        return ", ".join(f"{k} {v}" for k, v in (("rule", self.rule), ("story", self.story),
                                                 ("measure", self.measure)) if v)

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint or None, "rule": self.rule or None,
                "story": self.story or None, "measure": self.measure or None,
                "reason": self.reason, "source": self.source}


def _summary(f: Finding) -> str:
    return " ".join(f.message.split())


def baseline_entries(findings) -> list[dict]:
    """The baseline entries of the findings that did not pass, sorted."""
    entries = [{"fingerprint": fingerprint(f), "story": f.story, "rule": f.rule,
                "severity": f.severity, "quantity": quantity_name(f), "summary": _summary(f)}
               for f in findings if not f.passed]
    return sorted(entries, key=lambda e: (e["story"], e["rule"], e["quantity"],
                                          e["fingerprint"], e["summary"]))


def render_baseline(findings) -> str:
    """The baseline file: stable JSON (fixed key order, sorted entries, final newline)."""
    data = {"claimcheck_baseline": BASELINE_VERSION, "findings": baseline_entries(findings)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: str) -> Counter:
    """The fingerprints of a baseline file, counted; BaselineError naming the file."""
    from ..safefile import FileRefused, read_utf8_file

    try:
        text = read_utf8_file(path, 50_000_000)
    except FileRefused as exc:
        raise BaselineError(f"{path}: baseline file: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: not a baseline file: "
                            f"invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("claimcheck_baseline") != BASELINE_VERSION or \
            not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a claimcheck baseline file (expected "
                            f'{{"claimcheck_baseline": {BASELINE_VERSION}, "findings": [...]}}, '
                            "as written by `claimcheck baseline`)")
    counts: Counter = Counter()
    for n, entry in enumerate(data["findings"]):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(fp, str) or not _HEX.fullmatch(fp):
            raise BaselineError(f"{path}: findings[{n}] has no valid fingerprint "
                                "(32 hexadecimal digits)")
        counts[fp] += 1
    return counts


@dataclass(frozen=True)
class Known:
    """What the baseline and the suppressions accepted in one run."""

    baseline: str | None
    accepted: tuple[Finding, ...] = ()
    suppressed: tuple[tuple[Finding, Suppression], ...] = ()
    # baseline entries that no finding of this run matched (fixed, or changed)
    gone: int = 0
    suppressions: tuple[Suppression, ...] = ()
    unused: tuple[Suppression, ...] = field(default=())

    def to_dict(self, new: int) -> dict:
        return {
            "baseline": None if self.baseline is None else {
                "file": self.baseline, "accepted": len(self.accepted), "new": new,
                "no_longer_found": self.gone,
                "accepted_findings": [{"fingerprint": fingerprint(f), "story": f.story,
                                       "rule": f.rule, "severity": f.severity,
                                       "quantity": quantity_name(f)} for f in self.accepted]},
            "suppressed": [{"fingerprint": fingerprint(f), "story": f.story, "rule": f.rule,
                            "severity": f.severity, "quantity": quantity_name(f),
                            "reason": s.reason, "source": s.source}
                           for f, s in self.suppressed],
        }


def triage(findings, baseline: Counter | None, baseline_path: str | None,
           suppressions=()) -> tuple[tuple[Finding, ...], Known]:
    """(the findings to report: passed ones and new ones, in their order; what was
    accepted). Suppressions are applied first, then the baseline."""
    left = Counter(baseline or ())
    kept, accepted, suppressed = [], [], []
    used: set[int] = set()
    for f in findings:
        if f.passed:
            kept.append(f)
            continue
        fp = fingerprint(f)
        rule = next((i for i, s in enumerate(suppressions) if s.matches(f, fp)), None)
        if rule is not None:
            used.add(rule)
            suppressed.append((f, suppressions[rule]))
        elif left[fp] > 0:
            left[fp] -= 1
            accepted.append(f)
        else:
            kept.append(f)
    known = Known(baseline=baseline_path, accepted=tuple(accepted), suppressed=tuple(suppressed),
                  gone=sum(left.values()) if baseline is not None else 0,
                  suppressions=tuple(suppressions),
                  unused=tuple(s for i, s in enumerate(suppressions) if i not in used))
    return tuple(kept), known


class GateResult:
    """A run result as a gate reports it: ``findings`` only those to report, ``known``
    what the baseline and suppressions accepted (None without them), ``fail_on`` the
    level that fails the run; every other attribute is the run result's."""

    def __init__(self, result, findings, known: Known | None, fail_on: str = "error"):
        self._result = result
        self.findings = findings
        self.known = known
        self.fail_on = fail_on

    def __getattr__(self, name):
        return getattr(self._result, name)
