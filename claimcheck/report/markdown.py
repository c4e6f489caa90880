"""``report.md``: the run for people.

Per story: its documents and why they were grouped, a claim matrix (quantities x
documents, every mention of a quantity in its document's cell, the outliers marked), then
each finding with its groups of versions, the difference, the likely slip, why the
mentions were compared, and the evidence sentence of every mention with the number in
bold and its line and column. All document text is escaped, so a document cannot inject
Markdown or HTML into the report. Bold is written ``**...**`` where CommonMark reads it
as bold, and ``<strong>`` where the characters around the number would stop it.
"""
from __future__ import annotations

import os

import regex

from ..records import Claim, Finding
from ..stories.compare import format_percent, format_quantity
from .fingerprints import fingerprint, quantity_name
from .index import RunIndex
from .locate import Locator
from .text import plural

__all__ = ["render", "escape", "marked_sentence", "finding_blocks"]

_SPECIAL = regex.compile(r"([\\`*_\[\]<>#|~{}!])")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def escape(text: str) -> str:
    """Text safe inside Markdown (and a table cell): specials escaped, one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _spaced(text: str, left: bool) -> str:
    """Escaped text with its spacing collapsed, keeping one space where it meets the
    number ("recorre 75,5 km bajo" keeps both spaces)."""
    body = escape(text)
    if not body:
        return ""
    if left:
        return body + (" " if text[-1:].isspace() else "")
    return (" " if text[:1].isspace() else "") + body


_PUNCT = regex.compile(r"[\p{P}\p{S}]")


def _flanks(before: str, inner: str, after: str) -> bool:
    """Whether ``**inner**`` between ``before`` and ``after`` is bold in CommonMark: the
    opening run must be left-flanking and the closing one right-flanking."""
    if not inner or inner[0].isspace() or inner[-1].isspace():
        return False
    b, a = before[-1:] or " ", after[:1] or " "
    opening = not _PUNCT.match(inner[0]) or b.isspace() or bool(_PUNCT.match(b))
    closing = not _PUNCT.match(inner[-1]) or a.isspace() or bool(_PUNCT.match(a))
    return opening and closing


def bold(before: str, inner: str, after: str) -> str:
    """``inner`` in bold between two escaped texts."""
    if _flanks(before, inner, after):
        return f"{before}**{inner}**{after}"
    return f"{before}<strong>{inner}</strong>{after}"


def marked_sentence(claim: Claim) -> str:
    """The claim's sentence, escaped, with its number in bold and its spacing kept."""
    s = claim.sentence
    i = claim.start - claim.sentence_start
    j = claim.end - claim.sentence_start
    if s and 0 <= i <= j <= len(s) and s[i:j] == claim.text:
        return bold(_spaced(s[:i], True).lstrip(), escape(s[i:j]), _spaced(s[j:], False).rstrip())
    return bold("", escape(claim.text), "")


def _short(doc: str) -> str:
    return os.path.basename(doc.rstrip("/")) or doc


def _lang(index: RunIndex, doc: str) -> str:
    d = index.docs.get(doc)
    return (d.lang if d and d.lang else "?")


def _matrix(index: RunIndex, story, outlier_keys: set) -> list[str]:
    rows = index.alignments_by_story.get(story.id, [])
    if not rows:
        return ["_No quantity was found in more than one document._", ""]
    head = ["quantity", *(f"{escape(_short(d))} ({_lang(index, d)})" for d in story.docs),
            "confidence"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for a in rows:
        by_doc: dict[str, list[Claim]] = {}
        for c in a.claims:
            by_doc.setdefault(c.doc, []).append(c)
        cells = [escape(a.label)]
        for d in story.docs:
            shown = []
            for c in by_doc.get(d, ()):
                cell = escape(c.text)
                shown.append(f"**{cell}** ⚠" if (c.doc, c.start, c.end) in outlier_keys else cell)
            cells.append(" · ".join(shown))
        cells.append(f"{a.confidence:.2f}")
        out.append("| " + " | ".join(cells) + " |")
    return out + [""]


def _evidence(index: RunIndex, f: Finding) -> list[Claim]:
    """The finding's claims; for a check whose finding holds only some of a quantity's
    mentions, the other mentions aligned with them too."""
    if f.groups:
        return list(f.claims)
    keys = {(c.doc, c.start, c.end) for c in f.claims}
    extra: list[Claim] = []
    for a in index.touching(f.story, set(keys)):
        extra.extend(c for c in a.claims if (c.doc, c.start, c.end) not in keys)
    seen, out = set(), []
    for c in [*f.claims, *extra]:
        k = (c.doc, c.start, c.end)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _group_name(g: int, bridge: bool) -> str:
    if bridge:
        return "agrees with all"
    return "majority" if g == 0 else "not compared" if g < 0 else f"outlier (group {g})"


def _finding(index: RunIndex, f: Finding, locate) -> list[str]:
    out = [f"#### {f.severity.upper()}: {escape(f.message)}", ""]
    if not f.groups:
        values = "; ".join(f"{escape(c.text)} ({c.lang}, {escape(_short(c.doc))})"
                          for c in f.claims)
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
    out.append(f"- fingerprint: `{fingerprint(f)}`")
    evidence = _evidence(index, f)
    if evidence:
        out += ["", "Evidence:", ""]
        groups = dict(zip(range(len(f.claims)), f.groups))
        for n, c in enumerate(evidence):
            tag = ""
            if f.groups and n < len(f.claims):
                tag = f" · {_group_name(groups[n], n in f.bridges)}"
            where = f"{escape(_short(c.doc))}:{locate.place(c.doc, c.start)}"
            out.append(f"- {c.lang} · {where}{tag}: "
                       f"{marked_sentence(c)}")
    return out + [""]


def _story(result, index: RunIndex, story, locate) -> list[str]:
    findings = index.findings_by_story.get(story.id, [])
    failed = sorted((f for f in findings if not f.passed),
                    key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.id))
    outlier_keys = set()
    for f in failed:
        if f.severity == "info":
            continue
        if f.groups:
            outlier_keys |= {(c.doc, c.start, c.end) for c, g in zip(f.claims, f.groups) if g > 0}
        else:
            outlier_keys |= {(c.doc, c.start, c.end) for c in f.claims}
    out = [f"## Story {escape(story.id)}", ""]
    for d in story.docs:
        n = len(result.claims.get(d, ()))
        out.append(f"- {escape(d)} ({_lang(index, d)}, {plural(n, 'claim')})")
    out += ["", f"Grouped because: {escape(story.reason)}", "", "### Claim matrix", ""]
    out += _matrix(index, story, outlier_keys)
    out += ["### Findings", ""]
    if not failed:
        out += ["No discrepancy found.", ""]
    for f in failed:
        out += _finding(index, f, locate)
    passed = [f for f in findings if f.passed]
    if passed:
        out += ["### Checks that passed", ""]
        out += [f"- {escape(f.rule)}: {escape(f.message)}" for f in passed]
        out.append("")
    return out


def finding_blocks(result) -> dict[str, str]:
    """The report.md section of each failed finding of ``result``, by finding id."""
    index, locate = RunIndex(result), Locator(result.documents)
    return {f.id: "\n".join(_finding(index, f, locate)).rstrip("\n")
            for f in result.findings if not f.passed}


def render(result) -> str:
    """report.md text."""
    n_fail = {s: sum(1 for f in result.findings if not f.passed and f.severity == s)
              for s in ("error", "warning", "info")}
    out = ["# claimcheck report", "",
           f"{plural(len(result.documents), 'document')} in "
           f"{plural(len(result.stories), 'story', 'stories')}; "
           f"{plural(n_fail['error'], 'error')}, {plural(n_fail['warning'], 'warning')}, "
           f"{plural(n_fail['info'], 'note')}; "
           f"{plural(sum(1 for f in result.findings if f.passed), 'check')} passed.", ""]
    if result.errors:
        out += ["## Inputs that could not be read", ""]
        out += [f"- {escape(e.path)}: {escape(e.message)}" for e in result.errors]
        out.append("")
    skipped = getattr(result, "skipped", ())
    if skipped:
        out += ["## Files skipped", ""]
        out += [f"- {escape(s.path)}: {escape(s.reason)}" for s in skipped]
        out.append("")
    out += _known(result)
    locate = Locator(result.documents)
    index = RunIndex(result)
    for story in result.stories:
        out += _story(result, index, story, locate)
    return "\n".join(out).rstrip("\n") + "\n"


def _known(result) -> list[str]:
    """What the baseline and the suppressions accepted (nothing without them)."""
    known = getattr(result, "known", None)
    if known is None:
        return []
    out = ["## Known findings", ""]
    if known.baseline is not None:
        new = sum(1 for f in result.findings if not f.passed)
        out.append(f"Baseline {escape(known.baseline)}: "
                   f"{plural(len(known.accepted), 'known finding')} accepted, {new} new"
                   + (f", {plural(known.gone, 'entry', 'entries')} no longer found"
                      if known.gone else "") + ".")
        out.append("")
        out += [f"- accepted: {escape(f.severity)} {escape(f.rule)} in story "
                f"{escape(f.story)}, {escape(quantity_name(f))} (`{fingerprint(f)}`)"
                for f in known.accepted]
        if known.accepted:
            out.append("")
    if known.suppressed:
        out += ["Suppressed by the configuration:", ""]
        out += [f"- {escape(f.severity)} {escape(f.rule)} in story {escape(f.story)}: "
                f"{escape(f.message)} (`{fingerprint(f)}`); reason: {escape(s.reason)} "
                f"({escape(s.source)})" for f, s in known.suppressed]
        out.append("")
    return out
