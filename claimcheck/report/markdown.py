"""``report.md``: the run for people.

Per story: its documents and why they were grouped, a claim matrix (aligned quantities x
documents), then each finding with its numbers, the difference, the likely error
pattern, why the claims were compared, and the evidence sentences of every version with
the number marked in bold. All document text is escaped, so a document cannot inject
Markdown or HTML into the report.
"""
from __future__ import annotations

import os

import regex

from ..records import Claim, Finding
from ..stories.compare import format_percent, format_quantity

__all__ = ["render", "escape", "marked_sentence"]

_SPECIAL = regex.compile(r"([\\`*_\[\]<>#|~{}!])")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def escape(text: str) -> str:
    """Text safe inside Markdown (and a table cell): specials escaped, one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def marked_sentence(claim: Claim) -> str:
    """The claim's sentence, escaped, with its number in bold."""
    s = claim.sentence
    i = claim.start - claim.sentence_start
    j = claim.end - claim.sentence_start
    if s and 0 <= i <= j <= len(s) and s[i:j] == claim.text:
        # the sentence is one line already; keep the spacing around the number as written
        return f"{escape(s[:i])}**{escape(s[i:j])}**{escape(s[j:])}".strip()
    return f"**{escape(claim.text)}**"


def _short(doc: str) -> str:
    return os.path.basename(doc.rstrip("/")) or doc


def _lang(result, doc: str) -> str:
    d = next((x for x in result.documents if x.id == doc), None)
    return (d.lang if d and d.lang else "?")


def _matrix(result, story, failed_keys: set) -> list[str]:
    rows = [a for a in result.alignments if a.story == story.id]
    if not rows:
        return ["_No quantity was found in more than one document._", ""]
    head = ["quantity", *(f"{escape(_short(d))} ({_lang(result, d)})" for d in story.docs),
            "confidence"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for a in rows:
        by_doc = {c.doc: c for c in a.claims}
        cells = [escape(a.label)]
        for d in story.docs:
            c = by_doc.get(d)
            if c is None:
                cells.append("")
                continue
            cell = escape(c.text)
            cells.append(f"**{cell}** ⚠" if (c.doc, c.start, c.end) in failed_keys else cell)
        cells.append(f"{a.confidence:.2f}")
        out.append("| " + " | ".join(cells) + " |")
    return out + [""]


def _evidence(result, f: Finding) -> list[Claim]:
    """The finding's claims, then the claims aligned with them in other documents."""
    keys = {(c.doc, c.start, c.end) for c in f.claims}
    extra: list[Claim] = []
    for a in result.alignments:
        if a.story == f.story and any((c.doc, c.start, c.end) in keys for c in a.claims):
            extra.extend(c for c in a.claims if (c.doc, c.start, c.end) not in keys)
    seen, out = set(), []
    for c in [*f.claims, *extra]:
        k = (c.doc, c.start, c.end)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _finding(result, f: Finding) -> list[str]:
    out = [f"#### {f.severity.upper()}: {escape(f.message)}", ""]
    values = "; ".join(f"{escape(c.text)} ({c.lang}, {escape(_short(c.doc))})" for c in f.claims)
    if values:
        out.append(f"- values: {values}")
    if f.abs_diff is not None:
        unit = next((c.unit for c in f.claims if c.unit), None)
        kind = next((c.kind for c in f.claims if c.unit), "")
        diff = format_quantity(f.abs_diff, unit, kind)
        if f.rel_diff is not None:
            diff += f" ({format_percent(f.rel_diff)})"
        out.append(f"- difference: {escape(diff)}")
    if f.pattern:
        out.append(f"- likely error: {escape(f.pattern)}")
    if f.reason:
        out.append(f"- why: {escape(f.reason)}")
    out.append(f"- rule: {escape(f.rule)} ({escape(f.check)}), finding {escape(f.id)}")
    evidence = _evidence(result, f)
    if evidence:
        out += ["", "Evidence:", ""]
        for c in evidence:
            out.append(f"- {c.lang} · {escape(_short(c.doc))} · offset {c.start}: "
                       f"{marked_sentence(c)}")
    return out + [""]


def _story(result, story) -> list[str]:
    findings = [f for f in result.findings if f.story == story.id]
    failed = sorted((f for f in findings if not f.passed),
                    key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.id))
    failed_keys = {(c.doc, c.start, c.end) for f in failed if f.severity != "info"
                   for c in f.claims}
    out = [f"## Story {escape(story.id)}", ""]
    for d in story.docs:
        n = len(result.claims.get(d, ()))
        out.append(f"- {escape(d)} ({_lang(result, d)}, {n} claims)")
    out += ["", f"Grouped because: {escape(story.reason)}", "", "### Claim matrix", ""]
    out += _matrix(result, story, failed_keys)
    out += ["### Findings", ""]
    if not failed:
        out += ["No discrepancy found.", ""]
    for f in failed:
        out += _finding(result, f)
    passed = [f for f in findings if f.passed]
    if passed:
        out += ["### Checks that passed", ""]
        out += [f"- {escape(f.rule)}: {escape(f.message)}" for f in passed]
        out.append("")
    return out


def render(result) -> str:
    """report.md text."""
    n_fail = {s: sum(1 for f in result.findings if not f.passed and f.severity == s)
              for s in ("error", "warning", "info")}
    out = ["# claimcheck report", "",
           f"{len(result.documents)} documents in {len(result.stories)} stories; "
           f"{n_fail['error']} errors, {n_fail['warning']} warnings, {n_fail['info']} notes; "
           f"{sum(1 for f in result.findings if f.passed)} checks passed.", ""]
    if result.errors:
        out += ["## Inputs that could not be read", ""]
        out += [f"- {escape(e.path)}: {escape(e.message)}" for e in result.errors]
        out.append("")
    for story in result.stories:
        out += _story(result, story)
    return "\n".join(out).rstrip("\n") + "\n"
