"""report.html as a string: content, order, escaping, self-containment and the CSP.

The results rendered here come from real extraction of the seed documents, with stories,
alignments and findings made by hand (``seed_result``), so these tests do not depend on
the story grouping or alignment heuristics. The browser tests reuse ``seed_result``.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.ingest.documents import load_documents
from claimcheck.records import Alignment, Claim, Document, Finding, InputError, Story
from claimcheck.report import html as report_html
from claimcheck.report.html import chart, marked_sentence, outliers, render
from claimcheck.stories.compare import compare

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not found")


@dataclass
class FakeRun:
    """The fields of runner.RunResult that the page reads."""

    documents: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    claims: dict = field(default_factory=dict)
    stories: list = field(default_factory=list)
    alignments: list = field(default_factory=list)
    rules: list = field(default_factory=list)
    findings: list = field(default_factory=list)


def extracted(paths: list[Path]) -> FakeRun:
    """Documents and their real claims; no stories, alignments or findings yet."""
    docs, errors = load_documents([str(p) for p in paths])
    claims = {d.id: extract(d.text, lang=d.lang, doc=d.id) for d in docs}
    return FakeRun(documents=docs, errors=errors, claims=claims)


def pick(run: FakeRun, name: str, text: str) -> Claim:
    """The first claim of the document named ``name`` whose surface contains ``text``."""
    for doc, claims in run.claims.items():
        if Path(doc).name.startswith(name):
            for c in claims:
                if text in c.text:
                    return c
    raise LookupError(f"{name}: no claim {text!r}")


def agree_finding(fid: str, story: str, a: Claim, b: Claim, severity: str = "error",
                  reason: str = "same concept, same order") -> Finding:
    cmp = compare(a, b)
    return Finding(fid, story, "agree", "versions-agree", severity, cmp.agree, cmp.explanation,
                   (a, b), cmp.pattern, cmp.abs_diff, cmp.rel_diff, 0.9, reason)


def seed_result() -> FakeRun:
    """The seeds, extracted for real, with the Chengdu story's findings made by hand."""
    run = extracted([SEEDS])
    ids = [d.id for d in run.documents]
    run.stories = [Story("s1", tuple(ids[:4]),
                         "shared names 成都/Chengdu, shared numbers 28, 11"),
                   Story("s2", (ids[4],), "no shared names with the other documents")]
    money = [pick(run, "000", "21,75"), pick(run, "001", "21.750"),
             pick(run, "002", "21.75"), pick(run, "003", "204.5亿")]
    deals = [pick(run, n, "28") for n in ("000", "001", "002", "003")]
    area = [pick(run, "000", "36,9"), pick(run, "001", "36,9"), pick(run, "002", "36.9")]
    run.alignments = [
        Alignment("a1", "s1", "28 cooperation agreements", tuple(deals), 0.95, "count, order"),
        Alignment("a2", "s1", "total planned investment", tuple(money), 0.9, "money CNY, order"),
        Alignment("a3", "s1", "total area", tuple(area), 0.95, "area, order")]
    fifteen = pick(run, "003", "15")
    run.findings = [
        agree_finding("f3", "s1", money[1], money[3]),
        agree_finding("f2", "s1", money[2], money[3]),
        agree_finding("f1", "s1", money[0], money[3]),
        agree_finding("f4", "s1", deals[2], fifteen, "warning",
                      "may measure different things: agreements against signed projects"),
        Finding("f5", "s1", "agree", "headline", "info", False, "headline rounds the total",
                (pick(run, "003", "逾200亿"), money[3])),
        Finding("f6", "s1", "sum", "tier-sum", "error", True, "tiers add up within the total",
                (money[3],)),
    ]
    return run


# ------------------------------------------------------------------ parsing helpers

class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


def card_ids(page: str) -> list[str]:
    return re.findall(r'<article class="card s-\w+" id="(finding-\d+)"', page)


def cards(page: str) -> list[str]:
    return re.findall(r"<article .*?</article>", page, flags=re.S)


# ------------------------------------------------------------------ content and order

@needs_seeds
def test_seed_report_orders_errors_by_relative_difference_first():
    page = render(seed_result())
    first = cards(page)[0]
    assert 'data-level="error"' in first
    # the card shows the message with the difference, and the four versions' sentences
    assert "differ by 1.3 billion yuan" in first
    assert "about 6%" in first
    assert "<mark>204.5亿元</mark>" in first
    for surface in ("21,75 milliards de yuans", "21.750 millones de RMB", "RMB 21.75 billion"):
        assert f"<mark>{surface}</mark>" in first
    # the Chinese claim is the outlier: marked in the evidence and red in the chart
    assert first.count("✖ outlier") == 1
    zh = first.index('<span class="lang">zh</span>')
    assert first.rindex("✖ outlier") > zh
    assert first.count('<g class="row bad">') == 1
    # errors, then warnings, then info; passed checks after all failures
    levels = re.findall(r'<article class="card s-(\w+)"', page)
    assert levels == ["error", "error", "error", "warning", "info", "passed"]
    assert page.index("Checks that passed") > page.index('data-level="info"')
    # findings come before the claim matrices
    assert page.index('data-level="error"') < page.index('class="matrix"')


@needs_seeds
def test_warning_card_states_the_possible_scope_difference():
    page = render(seed_result())
    warning = next(c for c in cards(page) if 'data-level="warning"' in c)
    assert "may measure different things" in warning
    assert "<mark>28</mark>" in warning and "<mark>15</mark>" in warning


@needs_seeds
def test_summary_shows_languages_encodings_counts_and_grouping_reason():
    run = seed_result()
    page = render(run)
    section = page[page.index('<section class="story" id="story-s1"'):]
    section = section[:section.index("</section>")]
    for lang in ("fr", "es", "en", "zh"):
        assert f'<span class="lang">{lang}</span>' in section
    assert "utf-8" in section
    n = len(run.claims[run.documents[3].id])
    assert f"<td>{n} claims</td>" in section
    assert "shared names 成都/Chengdu" in section
    assert f'{sum(len(v) for v in run.claims.values())} claims' in page


@needs_seeds
def test_matrix_marks_only_the_outlying_cell_and_keeps_each_sentence():
    page = render(seed_result())
    start = page.index('<table class="matrix">')
    table = page[start:page.index("</table>", start)]
    money_row = next(r for r in table.split("<tr>") if "total planned investment" in r)
    assert money_row.count('<td class="disagree">') == 1
    assert money_row.count("✖ differs") == 1
    bad = money_row[money_row.index('<td class="disagree">'):]
    assert "204.5亿元" in bad[:bad.index("</td>")]
    # normalized values beside the surface text
    assert "21.75 billion yuan" in money_row and "20.45 billion yuan" in money_row
    # every cell points at a template holding its sentence with the number marked
    for tid in re.findall(r'data-sentence="([\w-]+)"', money_row):
        tpl = re.search(rf'<template id="{tid}">(.*?)</template>', page, flags=re.S)
        assert tpl and "<mark>" in tpl.group(1)
    # the kunshan story has no aligned quantity and says so
    assert "No quantity was aligned" in page


def test_marked_sentence_marks_the_number_and_trims_long_context():
    text = "Intro. " + "word " * 60 + "the total was RMB 21.75 billion in all, " + "more " * 60
    c = extract(text, lang="en", doc="d")[0]
    assert c.text == "RMB 21.75 billion"
    full = marked_sentence(c)
    assert "the total was <mark>RMB 21.75 billion</mark> in all," in full
    short = marked_sentence(c, 40)
    assert short.startswith("…") and short.endswith("…")
    assert len(short) < len(full) / 3


def test_marked_sentence_falls_back_when_offsets_do_not_fit():
    c = extract("It cost 5 billion euros.", lang="en", doc="d")[0]
    shifted = Claim(c.doc, c.lang, c.start + 3, c.end + 3, c.text, c.value, c.unit, c.kind,
                    c.qualifier, c.low, c.high, c.subject, c.sentence, c.sentence_start)
    assert marked_sentence(shifted) == marked_sentence(c)
    alone = Claim("d", "en", 0, 3, "<5>", Decimal(5), None, "number", "exact",
                  Decimal(5), Decimal(5))
    assert marked_sentence(alone) == "<mark>&lt;5&gt;</mark>"


def _claim(low: str, high: str, doc: str = "d", value: str | None = None) -> Claim:
    lo, hi = Decimal(low), Decimal(high)
    return Claim(doc, "en", 0, 1, "x", Decimal(value or low), None, "number",
                 "over" if not hi.is_finite() else "exact", lo, hi)


def test_outliers_need_a_majority():
    four = [_claim("21745", "21755"), _claim("21749.5", "21750.5"), _claim("21745", "21755"),
            _claim("20445", "20455")]
    assert outliers(four) == {3}
    assert outliers(four[2:]) == set()  # two that disagree: no majority
    # an unbounded "over 20000" overlaps everything and is never the outlier
    assert outliers(four + [_claim("20000", "Infinity")]) == {3}


def test_chart_uses_a_log_axis_for_scale_slips_and_arrows_for_open_intervals():
    linear = chart([_claim("21745", "21755"), _claim("20445", "20455")], set(), ["en", "zh"])
    assert "linear scale" in linear and linear.count("<g class=") == 2
    log = chart([_claim("80", "80"), _claim("8000", "8000"), _claim("80", "80")], {1},
                ["en", "zh", "fr"])
    assert "log scale" in log and log.count('<g class="row bad">') == 1
    # log ticks are powers of ten
    assert re.findall(r'class="tick"[^>]*>([^<]+)<', log) == ["100", "1k", "10k"]
    # a x10 slip stays linear: the gap is read directly
    assert "linear scale" in chart([_claim("80", "80"), _claim("800", "800")], set(), ["a", "b"])
    over = chart([_claim("20000", "Infinity"), _claim("20445", "20455")], set(), ["zh", "zh"])
    assert "<path" in over and "≥20k" in over
    assert chart([_claim("1", "1")], set(), ["en"]) == ""
    wide = chart([_claim("1", "1"), _claim("1E+30", "1E+30")], set(), ["a", "b"])
    assert 2 <= wide.count('class="tick"') <= 6


def test_empty_run_renders_a_valid_page():
    page = render(FakeRun())
    assert "No disagreement found." in page
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


# ------------------------------------------------------------------ safety

H = "<b data-x=\"1\" onmouseover='alert(1)'>&amp;</b>"
ESCAPED_H = "&lt;b data-x=&quot;1&quot; onmouseover=&#x27;alert(1)&#x27;&gt;&amp;amp;&lt;/b&gt;"
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "div", "h1", "h2",
                "h3", "span", "button", "select", "option", "table", "thead", "tbody", "tr",
                "th", "td", "a", "article", "p", "b", "mark", "figure", "svg", "line", "text",
                "g", "circle", "path", "figcaption", "template", "section", "ul", "li",
                "details", "summary",
                "script"}


def hostile_result() -> FakeRun:
    """Every text field of every record carries markup, tagged with the field's name."""
    def h(name: str) -> str:
        return f"{H}{name}"

    sentence = f"{h('sentence')} total RMB 21.75 billion {h('after')}"
    i = sentence.index("RMB")

    def claim(doc, value, field_tag):
        return Claim(doc, h("lang"), i, i + 17, "RMB 21.75 billion", Decimal(value), h("unit"),
                     "money", "exact", Decimal(value), Decimal(value), h("subject"),
                     sentence, 0, (h("note"),))

    doc_a, doc_b = h("doc-a"), h("doc-b")
    a = claim(doc_a, "21750000000", "a")
    b = Claim(doc_b, "zh", 0, 4, h("surface"), Decimal(20450000000), "CNY", "money", "exact",
              Decimal(20445000000), Decimal(20455000000), h("subject"), "", 0)
    return FakeRun(
        documents=[Document(doc_a, sentence, lang=h("doclang"), encoding=h("encoding")),
                   Document(doc_b, "x", lang="zh")],
        errors=[InputError(h("error-path"), h("error-message"))],
        claims={doc_a: [a], doc_b: [b]},
        stories=[Story(h("story"), (doc_a, doc_b), h("story-reason"))],
        alignments=[Alignment("a1", h("story"), h("label"), (a, b), 0.9, h("align-reason"))],
        rules=[SimpleNamespace(id=h("rule-id"), check="agree", severity="error",
                               source=h("rule-source"), description=h("rule-description"))],
        findings=[Finding(h("id"), h("story"), h("check"), h("rule"), "error", False,
                          h("message"), (a, b), h("pattern"), Decimal(1300000000),
                          Decimal("0.06"), 0.9, h("reason")),
                  Finding("p", h("story"), h("check"), h("passed-rule"), "info", True,
                          h("passed-message"), (b,))])


def test_every_document_field_is_escaped():
    page = render(hostile_result())
    assert "<b data-x" not in page and "onmouseover='" not in page
    for name in ("sentence", "after", "lang", "subject", "doc-a", "doc-b", "surface",
                 "error-path", "error-message", "story", "story-reason", "label",
                 "align-reason", "check", "rule", "message", "pattern", "reason",
                 "passed-rule", "passed-message", "doclang", "encoding", "note",
                 "rule-id", "rule-source", "rule-description"):
        assert ESCAPED_H + name in page, name
    parsed = parse(page)
    tags = {t for t, _ in parsed.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)


def test_only_the_packaged_script_runs_and_the_csp_names_its_hash():
    page = render(hostile_result())
    parsed = parse(page)
    scripts = [(t, a) for t, a in parsed.tags if t == "script"]
    assert scripts == [("script", {})]
    js = parsed.scripts[0]
    assert js == (Path(report_html.__file__).parents[1] / "assets" / "report.js").read_text()
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    csp = [a["content"] for t, a in parsed.tags
           if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1
    assert "default-src 'none'" in csp[0] and f"script-src 'sha256-{digest}'" in csp[0]
    assert "unsafe-inline" not in csp[0].split("script-src")[1].split(";")[0]


@needs_seeds
def test_page_is_self_contained():
    page = render(seed_result())
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
        for value in attrs.values():
            assert not re.match(r"\s*(https?:|//|javascript:)", value or "", re.I), value
    assert not re.search(r"url\(|@import", page)
    assert "<link" not in page and "<iframe" not in page
