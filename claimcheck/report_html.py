"""``report.html``: one self-contained page a fact-checker can read at a glance.

Layout, top to bottom: totals and filters; a one-line overview per story; the finding
cards, most important first (errors, then by relative difference), so the worst
discrepancy is on the first screen; the checks that passed; then per story the document
summary, why the documents were grouped, and the claim matrix.

Safety. Every string that can come from a document (sentences, surface text, subjects,
file names, story reasons, messages) goes through :func:`esc`, in text and attributes.
No document text is ever placed inside ``<script>``: the matrix sentences are inert
``<template>`` elements that the script clones. A Content-Security-Policy meta tag
forbids every load and allows only the inline script whose sha256 it names, so even
an escaping bug could not run a document's script.

The page renders only from the run's records; positions in the interval charts are the
one place with approximate arithmetic, and they only place pixels.
"""
from __future__ import annotations

import base64
import hashlib
import html
import unicodedata
from decimal import ROUND_CEILING, Decimal, localcontext
from importlib import resources
from pathlib import PurePath

from .compare import format_percent, format_quantity
from .records import Claim, Finding, decimal_text

__all__ = ["render", "esc", "content_security_policy"]

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_LEVELS = ("error", "warning", "info", "passed")
_CONTEXT = 90  # characters of sentence kept on each side of the number in a card
_LOG_RATIO = 20  # draw a log axis when the largest bound is this many times the smallest


def esc(value: object) -> str:
    """HTML-escape any value for text or a quoted attribute (quotes escaped too)."""
    return html.escape("" if value is None else str(value), quote=True)


def _asset(name: str) -> str:
    return resources.files("claimcheck").joinpath("data", name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """A policy that loads nothing and runs only ``script`` (by its sha256)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


# ---------------------------------------------------------------- small text helpers

def _key(c: Claim) -> tuple[str, int, int]:
    return (c.doc, c.start, c.end)


def _short(doc_id: str) -> str:
    """A document's file name ("002_5f7db74c5636f556.txt"), or the id itself."""
    return PurePath(doc_id).name or doc_id


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def _level(f: Finding) -> str:
    return "passed" if f.passed else f.severity


def _badge(level: str) -> str:
    return f'<span class="badge b-{esc(level)}">{esc(level.upper())}</span>'


def _quantity(value: Decimal, c: Claim) -> str:
    """A readable normalized value: "21.75 billion yuan", "36.9 km²", "20%"."""
    if c.kind == "date" or not value.is_finite():
        return decimal_text(value)
    if c.unit == "percent":
        return f"{decimal_text(value)}%"
    return format_quantity(value, c.unit, c.kind)


def _normalized(c: Claim) -> str:
    """The claim's value with its qualifier: "over 20 billion yuan", "12 – 20 km"."""
    if c.qualifier == "over" or (c.qualifier != "range" and not c.high.is_finite()):
        return f"over {_quantity(c.low, c)}"
    if c.qualifier == "under" or not c.low.is_finite():
        return f"under {_quantity(c.high, c)}"
    if c.qualifier == "range":
        return f"{_quantity(c.low, c)} – {_quantity(c.high, c)}"
    about = "about " if c.qualifier == "about" else ""
    return about + _quantity(c.value, c)


def _interval(c: Claim) -> str:
    return f"[{decimal_text(c.low)}, {decimal_text(c.high)}]{' ' + c.unit if c.unit else ''}"


def _width(ch: str) -> int:
    """Display width: CJK characters take two columns, so context is trimmed by looks."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _trim(text: str, limit: int | None, left: bool) -> str:
    """Keep about ``limit`` columns next to the number, cut at a space if one is near."""
    if limit is None or sum(map(_width, text)) <= limit:
        return text
    used, keep = 0, 0
    for ch in (reversed(text) if left else text):
        used += _width(ch)
        if used > limit:
            break
        keep += 1
    if left:
        part = text[len(text) - keep:]
        cut = part.find(" ")
        return "…" + (part[cut + 1:] if 0 <= cut < 20 else part)
    part = text[:keep]
    cut = part.rfind(" ")
    return (part[:cut] if cut > keep - 20 else part) + "…"


def marked_sentence(c: Claim, context: int | None = None) -> str:
    """The claim's sentence, escaped, with its number in ``<mark>``."""
    s = c.sentence or ""
    i, j = c.start - c.sentence_start, c.end - c.sentence_start
    if not (0 <= i <= j <= len(s) and s[i:j] == c.text):
        i = s.find(c.text) if c.text else -1
        if i < 0:
            return f"<mark>{esc(c.text)}</mark>"
        j = i + len(c.text)
    before = _trim(" ".join(s[:i].split()) + (" " if s[:i][-1:].isspace() else ""), context, True)
    after = _trim((" " if s[j:][:1].isspace() else "") + " ".join(s[j:].split()), context, False)
    return f"{esc(before)}<mark>{esc(s[i:j])}</mark>{esc(after)}"


def outliers(claims: list[Claim]) -> set[int]:
    """Indexes of claims whose interval overlaps fewer than half of the others.

    Empty when there is no majority to stand out from (e.g. two claims that disagree)."""
    n = len(claims)
    out = {i for i, a in enumerate(claims)
           if 2 * sum(1 for j, b in enumerate(claims) if j != i and a.overlaps(b)) < n - 1}
    return set() if len(out) == n else out


# ---------------------------------------------------------------- the run, read once

class _Run:
    """The RunResult fields the page needs, indexed once."""

    def __init__(self, result):
        self.documents = list(getattr(result, "documents", ()) or ())
        self.errors = list(getattr(result, "errors", ()) or ())
        self.claims = dict(getattr(result, "claims", {}) or {})
        self.stories = list(getattr(result, "stories", ()) or ())
        self.alignments = list(getattr(result, "alignments", ()) or ())
        self.findings = sorted(getattr(result, "findings", ()) or (), key=self.rank)
        self.rules = list(getattr(result, "rules", ()) or ())
        self.docs = {d.id: d for d in self.documents}
        self.failed = [{_key(c) for c in f.claims} for f in self.findings
                       if not f.passed and f.severity != "info"]
        self.encodings = dict(getattr(result, "encodings", {}) or {})
        self.evidence_cards: dict[frozenset, str] = {}  # claims shown -> first card's id
        self._ids = 0

    def disagreeing(self, row: list[Claim]) -> set[tuple]:
        """Keys of the claims in a matrix row that a failed finding sets against another
        claim of the same row; only the outliers when the row has a majority."""
        keys = [_key(c) for c in row]
        bad = set()
        for found in self.failed:
            inside = found.intersection(keys)
            if len(inside) >= 2:
                bad |= inside
        odd = {keys[i] for i in outliers(row)}
        return (bad & odd) if odd else bad

    @staticmethod
    def rank(f: Finding) -> tuple:
        """Failed before passed, errors first, then the largest relative difference."""
        rel = f.rel_diff if f.rel_diff is not None and f.rel_diff.is_finite() else Decimal(-1)
        return (f.passed, _SEVERITY_RANK.get(f.severity, 3), -rel, f.story, f.id)

    def new_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}-{self._ids}"

    def lang(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id)
        if doc is not None and doc.lang:
            return doc.lang
        claims = self.claims.get(doc_id) or ()
        return claims[0].lang if claims else "?"

    def story_findings(self, story_id: str) -> list[Finding]:
        return [f for f in self.findings if f.story == story_id]

    def aligned_with(self, f: Finding) -> list[Claim]:
        """The finding's claims and the other claims aligned with them, in story order."""
        keys = {_key(c) for c in f.claims}
        out = list(f.claims)
        for a in self.alignments:
            if a.story == f.story and keys & {_key(c) for c in a.claims}:
                out.extend(c for c in a.claims if _key(c) not in keys)
                keys |= {_key(c) for c in a.claims}
        story = next((s for s in self.stories if s.id == f.story), None)
        order = {d: i for i, d in enumerate(story.docs)} if story else {}
        return sorted(out, key=lambda c: (order.get(c.doc, len(order)), c.start))


# ---------------------------------------------------------------- interval chart

def _compact(v: Decimal) -> str:
    """21750000000 -> "21.75bn", for axis ticks and bar labels."""
    if abs(v) >= Decimal(10) ** 15:
        return format(v, ".3g")
    with localcontext() as ctx:
        ctx.prec = 40
        for power, suffix in ((12, "T"), (9, "bn"), (6, "M"), (3, "k")):
            if abs(v) >= Decimal(10) ** power:
                return decimal_text(v.scaleb(-power).quantize(Decimal("0.01")).normalize()) + suffix
        return decimal_text(v.quantize(Decimal("0.01")).normalize())


def chart(claims: list[Claim], bad: set[int], labels: list[str]) -> str:
    """An inline SVG: each claim's interval on one shared axis; ``bad`` rows in red.

    Points are dots, ranges bars, unbounded sides arrows. The axis is logarithmic when
    the bounds differ by more than ``_LOG_RATIO`` times (a x10 or x1000 slip)."""
    finite = [v for c in claims for v in (c.low, c.high, c.value) if v.is_finite()]
    if len(claims) < 2 or not finite:
        return ""
    lo, hi = min(finite), max(finite)
    with localcontext() as ctx:
        ctx.prec = 20
        log = lo > 0 and hi / lo >= _LOG_RATIO
        f = (lambda v: v.ln()) if log else (lambda v: v)
        a, b = f(lo), f(hi)
        span = (b - a) or (abs(b) / 10 if b else Decimal(1))
        a, b = a - span * Decimal("0.12"), b + span * Decimal("0.12")
        if not log and lo >= 0:
            a = max(a, Decimal(0))
        w, x0, x1, row, top = 430, 96, 416, 24, 6
        pos = lambda v: x0 + (f(v) - a) / (b - a) * (x1 - x0)  # noqa: E731
        rows = [_chart_row(c, labels[i], i in bad, pos, x0, x1, top + i * row + 14)
                for i, c in enumerate(claims)]
        axis_y = top + len(claims) * row + 4
        ticks = _ticks(lo, hi, log, a, b, f)
        tick_svg = "".join(
            f'<line class="axis" x1="{pos(t):.1f}" x2="{pos(t):.1f}" y1="{axis_y}" '
            f'y2="{axis_y + 4}"/>'
            f'<text class="tick" x="{pos(t):.1f}" y="{axis_y + 15}" text-anchor="middle">'
            f'{esc(_compact(t))}</text>' for t in ticks)
    h = axis_y + 20
    scale = "log scale" if log else "linear scale"
    return (f'<figure class="chart"><svg class="intervals" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="interval of each source, {scale}">'
            f'<line class="axis" x1="{x0}" x2="{x1}" y1="{axis_y}" y2="{axis_y}"/>'
            f'{tick_svg}{"".join(rows)}</svg>'
            f'<figcaption>Each source\'s interval ({scale}); red = outlier, → = "over" '
            f'(no upper bound)</figcaption></figure>')


def _ticks(lo: Decimal, hi: Decimal, log: bool, a: Decimal, b: Decimal, f) -> list[Decimal]:
    """Powers of ten on a log axis; round steps (1, 2 or 5 x 10^k) on a linear one."""
    if log:
        ticks = [Decimal(10) ** k for k in range(lo.adjusted(), hi.adjusted() + 2)]
        ticks = [t for t in ticks if a <= f(t) <= b]
        ticks = ticks[::-(-len(ticks) // 6)]  # at most six labels, however wide the range
        return ticks if len(ticks) >= 2 else [lo, hi]
    if a == b:
        return [a]
    raw = (b - a) / 4
    step = next(m * Decimal(10) ** raw.adjusted() for m in (1, 2, 5, 10)
                if m * Decimal(10) ** raw.adjusted() >= raw)
    t = (a / step).to_integral_value(rounding=ROUND_CEILING) * step
    ticks = []
    while t <= b:
        ticks.append(t)
        t += step
    return ticks


def _chart_row(c: Claim, label: str, bad: bool, pos, x0: int, x1: int, y: int) -> str:
    """One source: its label, a dot (point) or bar (interval), arrows for open sides."""
    lo = pos(c.low) if c.low.is_finite() else Decimal(x0)
    hi = pos(c.high) if c.high.is_finite() else Decimal(x1)
    parts = [f'<text class="lbl" x="2" y="{y + 4}">{esc(label)}</text>']
    if hi - lo < 3:
        mid = pos(c.value) if c.value.is_finite() else lo
        parts.append(f'<circle class="pt" cx="{mid:.1f}" cy="{y}" r="5"/>')
    else:
        parts.append(f'<line class="iv" x1="{lo:.1f}" x2="{hi:.1f}" y1="{y}" y2="{y}"/>')
    if not c.high.is_finite():
        parts.append(f'<path class="pt" d="M{x1 + 8} {y} L{x1 - 2} {y - 6} L{x1 - 2} {y + 6} Z"/>')
    if not c.low.is_finite():
        parts.append(f'<path class="pt" d="M{x0 - 8} {y} L{x0 + 2} {y - 6} L{x0 + 2} {y + 6} Z"/>')
    value = c.low if not c.high.is_finite() else c.value
    prefix = "≥" if not c.high.is_finite() else "≤" if not c.low.is_finite() else ""
    right_half = (lo + hi) / 2 > (x0 + x1) / 2
    tx, anchor = (lo - 9, "end") if right_half else (hi + 9, "start")
    parts.append(f'<text class="val" x="{tx:.1f}" y="{y + 4}" text-anchor="{anchor}">'
                 f'{esc(prefix + _compact(value))}</text>')
    return f'<g class="{"row bad" if bad else "row"}">{"".join(parts)}</g>'


# ---------------------------------------------------------------- finding cards

def _evidence(c: Claim, outlier: bool, extra: bool) -> str:
    """One source's evidence: document, value, subject, notes, the sentence marked."""
    tag = '<span class="outlier-tag">✖ outlier</span>' if outlier else ""
    also = '<span class="muted">also aligned</span>' if extra else ""
    notes = "".join(f'<div class="ev-note">{esc(n)}</div>' for n in c.notes)
    return (f'<div class="ev{" outlier" if outlier else ""}">'
            f'<div class="ev-head"><span class="lang">{esc(c.lang)}</span>'
            f'<span class="doc" title="{esc(c.doc)}">{esc(_short(c.doc))}</span>{tag}{also}</div>'
            f'<div class="ev-val" title="interval {esc(_interval(c))}">{esc(c.text)} '
            f'<span class="muted">= {esc(_normalized(c))}</span></div>'
            f'<div class="ev-sub">{esc(c.subject)}</div>{notes}'
            f'<p class="sentence">{marked_sentence(c, _CONTEXT)}</p></div>')


def _facts(f: Finding, claims: list[Claim]) -> str:
    facts = []
    if f.abs_diff is not None and claims:
        c = next((x for x in claims if x.unit), claims[0])
        diff = format_quantity(f.abs_diff, c.unit, c.kind)
        if f.rel_diff is not None and f.rel_diff.is_finite():
            diff += f" ({format_percent(f.rel_diff)})"
        facts.append(f"<span><b>Difference:</b> {esc(diff)}</span>")
    if f.pattern:
        facts.append(f'<span><b>Likely error:</b> '
                     f'<span class="pattern">{esc(f.pattern)}</span></span>')
    if f.confidence is not None:
        facts.append(f"<span><b>Alignment confidence:</b> {esc(f'{f.confidence:.2f}')}</span>")
    return f'<div class="facts">{"".join(facts)}</div>' if facts else ""


def finding_card(run: _Run, f: Finding) -> str:
    """One card: rule, severity, message, difference, evidence side by side, chart, pattern.

    A later finding on the same aligned claims (one per pair of versions) links to the
    first card's evidence instead of repeating it."""
    level, card_id = _level(f), run.new_id("finding")
    head = (f'<div class="card-head">{_badge(level)}'
            f'<span class="rule">{esc(f.rule)}</span><span class="muted">{esc(f.check)} · '
            f'story {esc(f.story)}</span></div><div class="msg">{esc(f.message)}</div>')
    attrs = (f'class="card s-{esc(level)}" id="{esc(card_id)}" '
             f'data-level="{esc(level)}" data-story="{esc(f.story)}"')
    if f.passed:
        claims = "; ".join(f"{c.text} ({c.lang})" for c in f.claims)
        return f'<article {attrs}>{head}<div class="muted">{esc(claims)}</div></article>'
    claims = run.aligned_with(f)
    why = f'<div class="why"><b>Why compared:</b> {esc(f.reason)}</div>' if f.reason else ""
    seen = frozenset(_key(c) for c in claims)
    if len(claims) > len(f.claims) and seen in run.evidence_cards:
        own = " · ".join(f'<span class="lang">{esc(c.lang)}</span> <mark>{esc(c.text)}</mark>'
                         for c in f.claims)
        return (f'<article {attrs}>{head}{_facts(f, claims)}<div class="same">{own} — '
                f'sentences and chart in <a href="#{esc(run.evidence_cards[seen])}">the card '
                f'for the same quantity</a></div>{why}</article>')
    run.evidence_cards.setdefault(seen, card_id)
    agree_like = len({c.doc for c in claims}) > 1 and len({c.unit for c in claims if c.unit}) <= 1
    bad = outliers(claims) if agree_like else set()
    own_keys = {_key(c) for c in f.claims}
    evidence = "".join(_evidence(c, i in bad, _key(c) not in own_keys)
                       for i, c in enumerate(claims))
    labels = [f"{c.lang.upper()} {_short(c.doc)[:8]}" for c in claims]
    svg = chart(claims, bad, labels) if agree_like else ""
    return (f'<article {attrs}>{head}{_facts(f, claims)}'
            f'<div class="card-body"><div class="evidence">{evidence}</div>{svg}</div>'
            f'{why}</article>')


# ---------------------------------------------------------------- stories and matrices

def _counts(findings: list[Finding]) -> str:
    counts = {lvl: sum(1 for f in findings if _level(f) == lvl) for lvl in _LEVELS}
    shown = [f"{_badge(lvl)} {n}" for lvl, n in counts.items() if n]
    return " ".join(shown) or '<span class="muted">none</span>'


def _overview(run: _Run) -> str:
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


def _doc_table(run: _Run, story) -> str:
    rows = []
    for d in story.docs:
        doc = run.docs.get(d)
        encoding = run.encodings.get(d) or (doc.encoding if doc else "")
        mine = [f for f in run.story_findings(story.id) if any(c.doc == d for c in f.claims)]
        rows.append(f'<tr><td title="{esc(d)}">{esc(_short(d))}</td>'
                    f'<td><span class="lang">{esc(run.lang(d))}</span></td>'
                    f'<td class="muted">{esc(encoding)}</td>'
                    f'<td>{_plural(len(run.claims.get(d, ())), "claim")}</td>'
                    f'<td>{_counts(mine)}</td></tr>')
    return ('<table class="docs"><thead><tr><th>Document</th><th>Language</th><th>Encoding</th>'
            f'<th>Claims</th><th>Checks</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _cell(run: _Run, c: Claim | None, flagged: bool, templates: list[str]) -> str:
    if c is None:
        return '<td class="muted">—</td>'
    tid = run.new_id("sentence")
    templates.append(f'<template id="{esc(tid)}"><b>{esc(_short(c.doc))}</b> '
                     f'<span class="lang">{esc(c.lang)}</span> {marked_sentence(c)}</template>')
    flag = '<span class="flag">✖ differs</span>' if flagged else ""
    td = '<td class="disagree">' if flagged else "<td>"
    return (f'{td}<button type="button" class="cell" data-sentence="{esc(tid)}" '
            f'title="interval {esc(_interval(c))}; click to show the sentence">'
            f'{flag}<span class="surf">{esc(c.text)}</span>'
            f'<span class="norm">{esc(_normalized(c))}</span></button></td>')


def matrix(run: _Run, story) -> str:
    """Aligned quantities as rows, the story's documents as columns; click shows a sentence."""
    rows, templates = [], []
    for a in (a for a in run.alignments if a.story == story.id):
        by_doc = {c.doc: c for c in a.claims}
        flagged = run.disagreeing(list(a.claims))
        cells = "".join(_cell(run, by_doc.get(d), _key(by_doc[d]) in flagged if d in by_doc
                              else False, templates) for d in story.docs)
        rows.append(f'<tr><th title="{esc(a.reason)}">{esc(a.label)}'
                    f'<div class="muted">confidence {esc(f"{a.confidence:.2f}")}</div></th>'
                    f'{cells}</tr>')
    if not rows:
        return '<p class="muted">No quantity was aligned across the documents of this story.</p>'
    head = "".join(f'<th title="{esc(d)}"><span class="lang">{esc(run.lang(d))}</span>'
                   f'{esc(_short(d))}</th>' for d in story.docs)
    return (f'<div class="matrix-wrap"><table class="matrix"><thead><tr><th>Quantity</th>{head}'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>{"".join(templates)}'
            '<div class="panel" aria-live="polite">Click a cell to see its sentence.</div>')


def story_section(run: _Run, story) -> str:
    reason = esc(story.reason) if story.reason else '<span class="muted">(no reason given)</span>'
    return (f'<section class="story" id="story-{esc(story.id)}" data-story="{esc(story.id)}">'
            f'<h2>Story {esc(story.id)}</h2>{_doc_table(run, story)}'
            f'<p><b>Why these documents are one story:</b> {reason}</p>'
            f'<h3>Claim matrix</h3>{matrix(run, story)}</section>')


# ---------------------------------------------------------------- the page

def _filters(run: _Run) -> str:
    buttons = "".join(f'<button type="button" data-filter-level="{lvl}" aria-pressed="true">'
                      f'{lvl}</button>' for lvl in _LEVELS)
    options = "".join(f'<option value="{esc(s.id)}">story {esc(s.id)}</option>'
                      for s in run.stories)
    return (f'<div class="filters" role="toolbar" aria-label="filters">Show: {buttons}'
            f'<select id="story-filter" aria-label="story"><option value="">all stories</option>'
            f'{options}</select><span class="shown" id="shown"></span></div>')


def _input_errors(run: _Run) -> str:
    if not run.errors:
        return ""
    items = "".join(f"<li>{esc(e.path)}: {esc(e.message)}</li>" for e in run.errors)
    return f'<h2>Inputs that could not be read</h2><ul class="errors">{items}</ul>'


def _rules(run: _Run) -> str:
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
    run = _Run(result)
    script = _asset("report.js")
    failed = [f for f in run.findings if not f.passed]
    passed = [f for f in run.findings if f.passed]
    n_claims = sum(len(v) for v in run.claims.values())
    totals = (f'<div class="totals"><span>{_plural(len(run.documents), "document")}</span>'
              f'<span>{_plural(len(run.stories), "story", "stories")}</span>'
              f'<span>{_plural(n_claims, "claim")}</span>'
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
            f'<title>claimcheck report</title><style>{_asset("report.css")}</style></head>'
            f'<body>{body}<script>{script}</script></body></html>\n')
