"""Plain-text rendering of one finding, for terminals and pytest failure reports.

The text is the discrepancy itself: the rule, each value with its document, the
difference, and the evidence sentence with the number marked between »«.
"""
from __future__ import annotations

from ..records import Claim, Finding, decimal_text


def plural(n: int, one: str, many: str | None = None) -> str:
    """"1 story", "2 stories"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def mark_in_sentence(claim: Claim, left: str = "»", right: str = "«") -> str:
    """The claim's sentence with its number marked; falls back to the bare surface."""
    s = claim.sentence
    i = claim.start - claim.sentence_start
    j = claim.end - claim.sentence_start
    if s and 0 <= i <= j <= len(s) and s[i:j] == claim.text:
        return f"{s[:i]}{left}{s[i:j]}{right}{s[j:]}"
    return f"{left}{claim.text}{right}"


def value_text(claim: Claim) -> str:
    """"21750000000 CNY (RMB 21.75 billion)" with the interval when it is not a point."""
    unit = f" {claim.unit}" if claim.unit else ""
    out = f"{decimal_text(claim.value)}{unit}"
    if claim.low != claim.high:
        out += f" [{decimal_text(claim.low)}, {decimal_text(claim.high)}]"
    return out


def format_finding(f: Finding, width: int = 100) -> str:
    """A multi-line, self-explanatory description of a finding."""
    status = "passed" if f.passed else f.severity.upper()
    lines = [f"[{status}] {f.rule} ({f.check}) in story {f.story}: {f.message}"]
    if f.abs_diff is not None:
        units = {c.unit for c in f.claims}
        unit = f" {units.pop()}" if len(units) == 1 and None not in units else ""
        diff = f"difference: {decimal_text(f.abs_diff)}{unit}"
        if f.rel_diff is not None:
            diff += f" ({decimal_text((f.rel_diff * 100).quantize(1) if f.rel_diff.is_finite() else f.rel_diff)}%)"
        lines.append("  " + diff)
    if f.pattern:
        lines.append(f"  likely error: {f.pattern}")
    if f.reason:
        lines.append(f"  why compared: {f.reason}")
    for n, c in enumerate(f.claims):
        tag = ""
        if f.groups:
            g = f.groups[n]
            tag = (" (agrees with all)" if n in f.bridges else " (majority)" if g == 0
                   else " (not compared)" if g < 0 else " (OUTLIER)")
        lines.append(f"  - {c.doc} [{c.lang}] {c.text!r} = {value_text(c)}{tag}")
        sentence = " ".join(mark_in_sentence(c).split())
        if len(sentence) > width * 3:
            sentence = sentence[: width * 3 - 1] + "…"
        lines.append(f"      {sentence}")
    return "\n".join(lines)
