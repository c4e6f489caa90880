"""What a CI gate adds around a run: known findings, and one report on standard output.

- :func:`prepare` checks the output choice (``--out -`` takes exactly one of json, sarif
  and junit) and reads the baseline file, before any document is read;
- :func:`triaged` sets aside the findings the baseline or a suppression accepts, so the
  reports, the terminal and the exit code see only the new ones;
- :func:`write_outputs` writes the report files, or the one report to standard output;
- :func:`known_lines` says, for the terminal, what was accepted and why;
  :func:`triaged_story` and :func:`merge_known` do the same story by story, for the
  corpus outputs of a large run.

``claimcheck baseline`` is :mod:`claimcheck.baseline`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

__all__ = ["GateError", "Plan", "prepare", "triaged", "write_outputs", "known_lines",
           "STDOUT", "STDOUT_FORMATS"]

STDOUT = "-"
STDOUT_FORMATS = ("json", "sarif", "junit")


class GateError(ValueError):
    """Settings a gate cannot run with; one line for stderr."""


@dataclass(frozen=True)
class Plan:
    stdout_format: str | None          # the one format written to stdout, or None
    baseline_path: str | None
    baseline: object | None            # Counter of fingerprints
    suppress: tuple = ()

    @property
    def triages(self) -> bool:
        return self.baseline is not None or bool(self.suppress)


def prepare(args, formats) -> Plan:
    """Check ``--out``/``--format`` and read the baseline (GateError/BaselineError)."""
    from .report.known import read_baseline

    stdout_format = None
    if str(args.out) == STDOUT:
        if len(formats) != 1 or formats[0] not in STDOUT_FORMATS:
            raise GateError(f"--out - writes one report to standard output: give one "
                            f"--format of {', '.join(STDOUT_FORMATS)} (not "
                            f"{','.join(formats)})")
        stdout_format = formats[0]
    path = getattr(args, "baseline", None)
    counts = read_baseline(path) if path else None
    return Plan(stdout_format, path, counts, tuple(getattr(args, "suppress", ()) or ()))


def triaged(result, plan: Plan, fail_on: str):
    """The result as the gate reports it (:class:`~.report.known.GateResult`): only the
    findings to report, and what was accepted, when the plan has a baseline or
    suppressions; with the fail level (the JUnit report fails on it)."""
    from .report.known import GateResult, triage

    if not plan.triages:
        return GateResult(result, result.findings, None, fail_on)
    kept, known = triage(result.findings, plan.baseline, plan.baseline_path, plan.suppress)
    return GateResult(result, kept, known, fail_on)


def write_outputs(result, out, formats, plan: Plan):
    """(files written, [(format, error)]): the report files in ``out``, or the one report
    on standard output (nothing else is written there)."""
    from .report.write import render_report, write_report_set

    if plan.stdout_format is None:
        return write_report_set(result, out, formats)
    text = render_report(result, plan.stdout_format)
    sys.stdout.write(text)
    sys.stdout.flush()
    return [], []


def triaged_story(story, plan: Plan, seen: list):
    """One story's result (corpus outputs) with only the findings to report; what was
    accepted is appended to ``seen`` (merged by :func:`merge_known`)."""
    if not plan.triages:
        return story
    from dataclasses import replace

    from .report.known import triage

    kept, known = triage(story.findings, plan.baseline, plan.baseline_path, plan.suppress)
    seen.append((known, sum(1 for f in kept if not f.passed)))
    return replace(story, findings=kept)


def merge_known(seen: list, plan: Plan):
    """(one Known for the stories of a corpus run, new findings) or (None, 0)."""
    from .report.known import Known

    if not plan.triages:
        return None, 0
    accepted = tuple(f for k, _ in seen for f in k.accepted)
    suppressed = tuple(p for k, _ in seen for p in k.suppressed)
    used = {id(s) for _, s in suppressed}
    gone = sum(plan.baseline.values()) - len(accepted) if plan.baseline is not None else 0
    known = Known(baseline=plan.baseline_path, accepted=accepted, suppressed=suppressed,
                  gone=max(gone, 0), suppressions=plan.suppress,
                  unused=tuple(s for s in plan.suppress if id(s) not in used))
    return known, sum(n for _, n in seen)


def known_lines(known, new: int = 0, locations=None) -> list[str]:
    """Terminal lines about accepted and suppressed findings (none without them);
    ``new``: the findings reported; ``locations``: finding id -> ``doc:line:col``."""
    from .report.text import plural

    if known is None:
        return []
    lines = []
    if known.baseline is not None:
        gone = f"; {plural(known.gone, 'baseline entry', 'baseline entries')} no longer " \
               f"found" if known.gone else ""
        lines.append(f"claimcheck: baseline {known.baseline}: "
                     f"{plural(len(known.accepted), 'known finding')} accepted, "
                     f"{new} new{gone}")
    for f, s in known.suppressed:
        where = (locations or {}).get(f.id, f.story)
        lines.append(f"{where}: suppressed: {' '.join(f.message.split())} [{f.rule}] "
                     f"reason: {s.reason} ({s.source})")
    for s in known.unused:
        lines.append(f"{s.source}: warning: suppression matches no finding ({s.describe()})")
    return lines


def result_known_lines(result) -> list[str]:
    """:func:`known_lines` of a whole-run (gate) result."""
    return known_lines(getattr(result, "known", None),
                       sum(1 for f in result.findings if not f.passed),
                       getattr(result, "locations", None))
