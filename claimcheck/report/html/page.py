"""The page: totals and filters, story overview, finding cards, passed checks, then per
story its documents, why they were grouped, and the claim matrix."""
from __future__ import annotations

from ...records import Claim, Finding
from .cards import finding_card
from .common import (
    LEVELS,
    Run,
    asset,
    badge,
    claim_key,
    content_security_policy,
    esc,
    interval_text,
    level_of,
    marked_sentence,
    normalized,
    plural,
    short_name,
)


def _counts(findings: list[Finding]) -> str:
    counts = {lvl: sum(1 for f in findings if level_of(f) == lvl) for lvl in LEVELS}
    shown = [f"{badge(lvl)} {n}" for lvl, n in counts.items() if n]
    return " ".join(shown) or '<span class="muted">none</span>'


def _overview(run: Run) -> str:
    rows = []
    for s in run.stories:
        langs = " ".join(f'<span class="lang" title="{esc(d)}">{esc(run.lang(d))}</span>'
                         for d in s.docs)
        n_claims = sum(len(run.claims.get(d, ())) for d in s.docs)
        rows.append(f'<tr><td><a href="#story-{esc(s.id)}">{esc(s.id)}</a></td>'
                    f'<td>{len(s.docs)} {langs}</td><td>{n_claims}</td>'
                    f'<td>{_counts(run.story_findings(s.id))}</td></tr>')
    return ('<table class="overview"><thead><tr><th>Story</th><th>Documents</th><th>Claims</th>'
            f'<th>Checks</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _doc_table(run: Run, story) -> str:
    rows = []
    for d in story.docs:
        doc = run.docs.get(d)
        encoding = run.encodings.get(d) or (doc.encoding if doc else "")
        mine = [f for f in run.story_findings(story.id) if any(c.doc == d for c in f.claims)]
        rows.append(f'<tr><td title="{esc(d)}">{esc(short_name(d))}</td>'
                    f'<td><span class="lang">{esc(run.lang(d))}</span></td>'
                    f'<td class="muted">{esc(encoding)}</td>'
                    f'<td>{plural(len(run.claims.get(d, ())), "claim")}</td>'
                    f'<td>{_counts(mine)}</td></tr>')
    return ('<table class="docs"><thead><tr><th>Document</th><th>Language</th><th>Encoding</th>'
            f'<th>Claims</th><th>Checks</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _button(run: Run, c: Claim, flagged: bool, templates: list[str]) -> str:
    tid = run.new_id("sentence")
    templates.append(f'<template id="{esc(tid)}"><b>{esc(short_name(c.doc))}</b> '
                     f'<span class="lang">{esc(c.lang)}</span> {marked_sentence(c)}</template>')
    flag = '<span class="flag">✖ differs</span>' if flagged else ""
    return (f'<button type="button" class="cell" data-sentence="{esc(tid)}" '
            f'title="interval {esc(interval_text(c))}; click to show the sentence">'
            f'{flag}<span class="surf">{esc(c.text)}</span>'
            f'<span class="norm">{esc(normalized(c))}</span></button>')


def _cell(run: Run, claims: list[Claim], flagged: set, templates: list[str]) -> str:
    """One document's mentions of one quantity (a headline's and the body's, say)."""
    if not claims:
        return '<td class="muted">—</td>'
    bad = any(claim_key(c) in flagged for c in claims)
    td = '<td class="disagree">' if bad else "<td>"
    return td + "".join(_button(run, c, claim_key(c) in flagged, templates)
                        for c in claims) + "</td>"


def matrix(run: Run, story) -> str:
    """Quantities as rows, the story's documents as columns; click shows a sentence."""
    rows, templates = [], []
    for a in run.index.alignments_by_story.get(story.id, []):
        by_doc: dict[str, list[Claim]] = {}
        for c in a.claims:
            by_doc.setdefault(c.doc, []).append(c)
        flagged = run.disagreeing(list(a.claims))
        cells = "".join(_cell(run, by_doc.get(d, []), flagged, templates) for d in story.docs)
        rows.append(f'<tr><th title="{esc(a.reason)}">{esc(a.label)}'
                    f'<div class="muted">confidence {esc(f"{a.confidence:.2f}")}</div></th>'
                    f'{cells}</tr>')
    if not rows:
        return '<p class="muted">No quantity was aligned across the documents of this story.</p>'
    head = "".join(f'<th title="{esc(d)}"><span class="lang">{esc(run.lang(d))}</span>'
                   f'{esc(short_name(d))}</th>' for d in story.docs)
    return (f'<div class="matrix-wrap"><table class="matrix"><thead><tr><th>Quantity</th>{head}'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>{"".join(templates)}'
            '<div class="panel" aria-live="polite">Click a cell to see its sentence.</div>')


def story_section(run: Run, story) -> str:
    reason = esc(story.reason) if story.reason else '<span class="muted">(no reason given)</span>'
    return (f'<section class="story" id="story-{esc(story.id)}" data-story="{esc(story.id)}">'
            f'<h2>Story {esc(story.id)}</h2>{_doc_table(run, story)}'
            f'<p><b>Why these documents are one story:</b> {reason}</p>'
            f'<h3>Claim matrix</h3>{matrix(run, story)}</section>')


def _filters(run: Run) -> str:
    buttons = "".join(f'<button type="button" data-filter-level="{lvl}" aria-pressed="true">'
                      f'{lvl}</button>' for lvl in LEVELS)
    options = "".join(f'<option value="{esc(s.id)}">story {esc(s.id)}</option>'
                      for s in run.stories)
    return (f'<div class="filters" role="toolbar" aria-label="filters">Show: {buttons}'
            f'<select id="story-filter" aria-label="story"><option value="">all stories</option>'
            f'{options}</select><span class="shown" id="shown"></span></div>')


def _input_errors(run: Run) -> str:
    if not run.errors:
        return ""
    items = "".join(f"<li>{esc(e.path)}: {esc(e.message)}</li>" for e in run.errors)
    return f'<h2>Inputs that could not be read</h2><ul class="errors">{items}</ul>'


def _rules(run: Run) -> str:
    """The rules that ran, with where each is defined (rule files are user input: escaped)."""
    if not run.rules:
        return ""
    rows = "".join(
        f"<tr><td>{esc(getattr(r, 'id', r))}</td><td>{esc(getattr(r, 'check', ''))}</td>"
        f"<td>{esc(getattr(r, 'severity', ''))}</td>"
        f"<td class=\"muted\">{esc(getattr(r, 'source', ''))}</td>"
        f"<td>{esc(getattr(r, 'description', ''))}</td></tr>" for r in run.rules)
    return (f'<details class="rules"><summary>Rules applied ({len(run.rules)})</summary>'
            '<table class="docs"><thead><tr><th>Rule</th><th>Check</th><th>Severity</th>'
            f'<th>Defined at</th><th>Description</th></tr></thead><tbody>{rows}</tbody></table>'
            '</details>')


def render(result) -> str:
    """The whole report page for a ``runner.RunResult`` (duck-typed), as one string."""
    run = Run(result)
    script = asset("report.js")
    failed = [f for f in run.findings if not f.passed]
    passed = [f for f in run.findings if f.passed]
    n_claims = sum(len(v) for v in run.claims.values())
    totals = (f'<div class="totals"><span>{plural(len(run.documents), "document")}</span>'
              f'<span>{plural(len(run.stories), "story", "stories")}</span>'
              f'<span>{plural(n_claims, "claim")}</span>'
              f'<span>{_counts(run.findings)}</span></div>')
    cards = "".join(finding_card(run, f) for f in failed) or \
        '<p class="muted">No disagreement found.</p>'
    passed_html = ("<h2>Checks that passed</h2><div class=\"passed-list\">"
                   + "".join(finding_card(run, f) for f in passed) + "</div>") if passed else ""
    body = (f'<main><div class="top"><h1>claimcheck report</h1>{totals}</div>{_filters(run)}'
            f'{_overview(run)}{_input_errors(run)}<h2 id="findings">Findings</h2>{cards}'
            f'{passed_html}{"".join(story_section(run, s) for s in run.stories)}'
            f'{_rules(run)}</main>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" '
            f'content="{esc(content_security_policy(script))}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f'<title>claimcheck report</title><style>{asset("report.css")}</style></head>'
            f'<body>{body}<script>{script}</script></body></html>\n')
