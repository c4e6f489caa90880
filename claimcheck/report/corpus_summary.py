"""The summaries of a corpus run (report.json, report.md, report.html), whose size does not
grow with the corpus: counts, unreadable inputs (the first ones), the strongest findings,
the stories with the most findings, and where everything else is (:mod:`.corpus`)."""
from __future__ import annotations

import json
from types import SimpleNamespace

from ..version import __version__
from .jsonfile import SCHEMA_VERSION

__all__ = ["render_json", "render_md", "render_html"]

MAX_ERRORS = 100


def _rule(rule) -> dict:
    return {"id": rule.id, "check": rule.check, "severity": rule.severity,
            "source": getattr(rule, "source", "")}


def render_json(summary, errors, rules, strongest, busiest, files) -> str:
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": __version__},
        "mode": "corpus",
        "summary": summary,
        "errors": [{"path": e.path, "message": e.message} for e in errors],
        "rules": [_rule(r) for r in rules],
        "files": files,
        "strongest_findings": [{**f.to_dict(), "location": loc} for f, loc, _ in strongest],
        "stories_with_most_findings": busiest,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _counts_line(summary) -> str:
    n = summary["findings"]
    return (f"{summary['documents']} documents in {summary['stories']} stories, "
            f"{summary['claims']} claims; {n['error']} errors, {n['warning']} warnings, "
            f"{n['info']} notes; {summary['passed']} checks passed.")


def _view(findings):
    """A run result holding only these findings (their claims are their evidence)."""
    return SimpleNamespace(documents=(), errors=(), claims={}, stories=(), alignments=(),
                           rules=(), findings=tuple(findings), encodings={})


def render_md(summary, errors, strongest, busiest, files, pages: bool) -> str:
    from .markdown import escape

    out = ["# claimcheck report (corpus run)", "", _counts_line(summary), "",
           "Every finding is in `findings.jsonl`, every claim in `claims.jsonl`, every story in "
           "`stories.jsonl`" + (" and each story with a finding has its page in `stories/`"
                                if pages else "") + ". Files: "
           + ", ".join(f"`{name}`" for name in files) + ".", ""]
    if errors:
        out += ["## Inputs that could not be read", ""]
        out += [f"- {escape(e.path)}: {escape(e.message)}" for e in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            out.append(f"- … and {len(errors) - MAX_ERRORS} more (report.json lists them all)")
        out.append("")
    out += ["## Strongest findings", ""]
    if not strongest:
        out += ["No discrepancy found.", ""]
    for f, loc, block in strongest:
        out += [block or f"#### {f.severity.upper()}: {escape(f.message)}",
                f"- story: {escape(f.story)}" + (f", at {escape(loc)}" if loc else ""), ""]
    if busiest:
        out += ["## Stories with the most findings", "",
                "| story | documents | errors | warnings | notes |" + (" page |" if pages else ""),
                "|---|---:|---:|---:|---:|" + ("---|" if pages else "")]
        for s in busiest:
            n = s["findings"]
            page = f" [{escape(s['id'])}]({s['page']}) |" if pages and s.get("page") else \
                (" |" if pages else "")
            out.append(f"| {escape(s['id'])} | {len(s['docs'])} | {n['error']} | {n['warning']} "
                       f"| {n['info']} |{page}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def render_html(summary, errors, strongest, busiest, files) -> str:
    from .html.cards import finding_card
    from .html.common import Run, asset, badge, esc, plural

    run = Run(_view(f for f, _, _ in strongest))
    n = summary["findings"]
    totals = (f'<div class="totals"><span>{plural(summary["documents"], "document")}</span>'
              f'<span>{plural(summary["stories"], "story", "stories")}</span>'
              f'<span>{plural(summary["claims"], "claim")}</span>'
              + "".join(f"<span>{badge(level)} {n[level]}</span>" for level in
                        ("error", "warning", "info")) + "</div>")
    pages = {s["id"]: s["page"] for s in busiest if s.get("page")}
    cards = []
    for f, loc, _ in strongest:
        page = f"stories/{f.story}.html"
        where = f' <span class="muted">{esc(loc)}</span>' if loc else ""
        cards.append(finding_card(run, f) + f'<p class="muted">story <a href="{esc(page)}">'
                                            f'{esc(f.story)}</a>{where}</p>')
    def story_cell(story_id: str) -> str:
        if story_id in pages:
            return f'<a href="{esc(pages[story_id])}">{esc(story_id)}</a>'
        return esc(story_id)

    rows = "".join(
        f'<tr><td>{story_cell(s["id"])}</td><td>{len(s["docs"])}</td>'
        f'<td>{s["findings"]["error"]}</td><td>{s["findings"]["warning"]}</td>'
        f'<td>{s["findings"]["info"]}</td></tr>' for s in busiest)
    errs = ""
    if errors:
        items = "".join(f"<li>{esc(e.path)}: {esc(e.message)}</li>" for e in errors[:MAX_ERRORS])
        more = (f"<li>… and {len(errors) - MAX_ERRORS} more (report.json lists them all)</li>"
                if len(errors) > MAX_ERRORS else "")
        errs = f'<h2>Inputs that could not be read</h2><ul class="errors">{items}{more}</ul>'
    file_list = ", ".join(f"<code>{esc(x)}</code>" for x in files)
    body = (f'<main><div class="top"><h1>claimcheck report (corpus run)</h1>{totals}</div>'
            f'<p>Every finding is in <code>findings.jsonl</code>, every claim in '
            f'<code>claims.jsonl</code>, every story in <code>stories.jsonl</code>; each story '
            f'with a finding has its own page in <code>stories/</code>. Files: {file_list}.</p>'
            f'{errs}<h2 id="findings">Strongest findings</h2>'
            f'{"".join(cards) or "<p class=muted>No disagreement found.</p>"}'
            f'<h2>Stories with the most findings</h2><table class="overview"><thead><tr>'
            f'<th>Story</th><th>Documents</th><th>Errors</th><th>Warnings</th><th>Notes</th>'
            f'</tr></thead><tbody>{rows}</tbody></table></main>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            'style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f'<title>claimcheck report</title><style>{asset("report.css")}</style></head>'
            f'<body>{body}</body></html>\n')
