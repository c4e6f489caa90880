"""report.html in a real browser: Debian's headless Chromium, driven through chromedriver.

Proves what a string test cannot: the page runs without console errors or network
requests, the filters and the matrix panel work, the top finding is on the first screen,
and a document full of markup runs no script of its own.
"""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from browser import MISSING, Browser, png_size
from test_report_html import (
    SEEDS,
    FakeRun,
    agree_finding,
    extracted,
    needs_seeds,
    pick,
    seed_result,
)

from claimcheck.records import Alignment, Finding, Story
from claimcheck.report.html import render

pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"no headless browser: {MISSING}")

BUNDLES = SEEDS.parent / "bundles"
WIDTH, HEIGHT = 1280, 900

# each sets window.__pwned if it ever runs
HOSTILE = {
    "en.txt": (
        "Chengdu news <script>window.__pwned=1</script>\n\n"
        "The city signed 28 cooperation agreements <img src=x onerror=\"window.__pwned=2\"> with "
        "a total planned investment of RMB 21.75 billion </script><script>window.__pwned=3</script>"
        " for the zone.\n\n"
        "Read more at <a href=\"javascript:window.__pwned=4\">javascript:window.__pwned=4</a> "
        "about the 36.9 square kilometers site.\n"),
    "zh.txt": (
        "成都新闻<script>window.__pwned=5</script>\n\n"
        "成都达成28项合作协议<svg onload=\"window.__pwned=6\">,"
        "计划投资总额204.5亿元"
        "</script><script>window.__pwned=7</script>。\n"),
}
HOSTILE_NAME = "<img src=x onerror=window.__pwned=8>.txt"  # a file name is document text too
VISIBLE = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=2">',
           "javascript:window.__pwned=4", '<svg onload="window.__pwned=6">',
           "</script><script>window.__pwned=7</script>", HOSTILE_NAME)


@pytest.fixture(scope="module")
def browser():
    with Browser(WIDTH, HEIGHT) as b:
        yield b


def write_page(folder: Path, result) -> Path:
    path = folder / "report.html"
    path.write_text(render(result), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} not found")
    return write_page(tmp_path_factory.mktemp("seeds"), seed_result())


def visible_cards(b: Browser, level: str | None = None) -> int:
    css = "article.card" + (f'[data-level="{level}"]' if level else "")
    return b.js(f"return [...document.querySelectorAll('{css}')]"
                ".filter(e => e.offsetParent !== null).length")


def open_clean(b: Browser, page: Path) -> None:
    """Load the page and require a clean console and no request beyond the file itself."""
    b.open(page)
    assert b.errors() == []
    assert b.requests() == [page.resolve().as_uri()]


# ------------------------------------------------------------------ the seeds

def test_seed_report_loads_without_errors_or_requests(browser, seed_page):
    open_clean(browser, seed_page)
    assert browser.js("return document.title") == "claimcheck report"
    # the script ran: the counter is filled in
    assert browser.js("return document.getElementById('shown').textContent") == \
        "showing 6 of 6 checks"


def test_findings_and_matrix_are_in_the_dom(browser, seed_page):
    open_clean(browser, seed_page)
    assert visible_cards(browser) == 6
    assert visible_cards(browser, "error") == 3
    rows = browser.js("return [...document.querySelectorAll('table.matrix tbody tr')]"
                      ".map(r => r.querySelector('th').firstChild.textContent)")
    assert rows == ["28 cooperation agreements", "total planned investment", "total area"]
    flagged = browser.js("return [...document.querySelectorAll('td.disagree')]"
                         ".map(td => td.innerText)")
    assert len(flagged) == 1 and "204.5亿元" in flagged[0] and "✖ differs" in flagged[0]


def test_severity_filter_hides_the_info_findings(browser, seed_page):
    open_clean(browser, seed_page)
    assert visible_cards(browser, "info") == 1
    browser.click('button[data-filter-level="info"]')
    assert visible_cards(browser, "info") == 0
    assert visible_cards(browser, "error") == 3 and visible_cards(browser, "warning") == 1
    assert browser.js("return document.querySelector('button[data-filter-level=\"info\"]')"
                      ".getAttribute('aria-pressed')") == "false"
    assert "showing 5 of 6" in browser.js("return document.getElementById('shown').textContent")
    browser.click('button[data-filter-level="info"]')
    assert visible_cards(browser, "info") == 1
    assert browser.errors() == []


def test_story_filter_shows_one_story(browser, seed_page):
    open_clean(browser, seed_page)
    browser.js("const s = document.getElementById('story-filter'); s.value = 's2';"
               "s.dispatchEvent(new Event('change'))")
    assert visible_cards(browser) == 0
    shown = browser.js("return [...document.querySelectorAll('section.story')]"
                       ".filter(e => e.offsetParent !== null).map(e => e.id)")
    assert shown == ["story-s2"]


def test_clicking_a_matrix_cell_shows_its_sentence(browser, seed_page):
    open_clean(browser, seed_page)
    browser.click("td.disagree button.cell")
    panel = browser.js("const p = document.querySelector('section.story .panel');"
                       "return [p.innerText, p.querySelector('mark').textContent]")
    assert panel[1] == "204.5亿元"
    assert "计划投资总额204.5亿元" in panel[0] and "003_8fa17dad33854608.txt" in panel[0]
    assert browser.js("return document.querySelector('td.disagree').classList.contains('active')")


def test_screenshot_is_written(browser, seed_page, tmp_path):
    open_clean(browser, seed_page)
    shot = browser.screenshot(tmp_path / "seeds.png").read_bytes()
    assert png_size(shot) == (WIDTH, HEIGHT)
    assert len(shot) > 30_000  # a blank or unstyled page compresses to far less
    full = browser.screenshot(tmp_path / "seeds-full.png", full_page=True).read_bytes()
    width, height = png_size(full)
    assert width == WIDTH and height > 2 * HEIGHT


def first_screen(b: Browser) -> dict:
    """Where the first finding card and its marks sit, with the page at the top."""
    b.js("window.scrollTo(0, 0)")
    return b.js("""
        const card = document.querySelector('article.card');
        const r = card.getBoundingClientRect();
        const marks = [...card.querySelectorAll('.evidence mark')].map(m => {
            const q = m.getBoundingClientRect();
            return [m.textContent, q.top, q.bottom]; });
        return {top: r.top, bottom: r.bottom, text: card.innerText, marks: marks,
                height: window.innerHeight};""")


def test_top_finding_is_on_the_first_screen(browser, seed_page):
    open_clean(browser, seed_page)
    first = first_screen(browser)
    assert "21.75 billion" in first["text"] and "204.5亿元" in first["text"]
    assert 0 <= first["top"] and first["bottom"] <= first["height"], first
    marks = {text for text, top, bottom in first["marks"] if 0 <= top and bottom <= first["height"]}
    assert {"204.5亿元", "RMB 21.75 billion"} <= marks


# ------------------------------------------------------------------ hostile documents

def hostile_result(folder: Path) -> FakeRun:
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    # the same report with a different total, so the pipeline has a finding to show
    (folder / HOSTILE_NAME).write_text(HOSTILE["zh.txt"].replace("204.5", "214.5"),
                                       encoding="utf-8")
    run = extracted([folder])
    ids = [d.id for d in run.documents]
    run.stories = [Story("s1", tuple(ids), "shared name 成都/Chengdu <script>x</script>")]
    money = [pick(run, n, t) for n, t in (("<img", "亿"), ("en", "21.75"), ("zh", "亿"))]
    scripts = [pick(run, n, t) for n, t in (("en", "1"), ("zh", "5"), ("<img", "5"))]
    run.alignments = [Alignment("a1", "s1", "investment", tuple(money), 0.9, "money, order"),
                      Alignment("a2", "s1", "<b>script</b> number", tuple(scripts), 0.5, "order")]
    run.findings = [agree_finding("f1", "s1", money[1], money[2]),
                    agree_finding("f2", "s1", scripts[0], scripts[1], "warning",
                                  "a number inside <script>"),
                    Finding("f3", "s1", "agree", "link", "info", False, "<i>javascript:</i> link",
                            (pick(run, "en", "4"),))]
    return run


def assert_inert(b: Browser, page: Path) -> None:
    open_clean(b, page)
    for cell in b.driver.find_elements("css selector", "button.cell"):
        cell.click()  # every matrix sentence goes through the panel once
    assert b.js("return typeof window.__pwned") == "undefined"
    assert b.errors() == []  # nothing was even blocked by the CSP: it was all text
    handlers = b.js("return [...document.querySelectorAll('*')].flatMap(e => "
                    "[...e.attributes].map(a => a.name)).filter(n => n.startsWith('on'))")
    assert handlers == []
    dangerous = "img, iframe, object, embed, a[href^=\"javascript\"]"
    assert b.js(f"return document.querySelectorAll('{dangerous}').length") == 0
    assert b.js("return document.scripts.length") == 1


def test_hostile_document_runs_no_script_and_reads_as_text(browser, tmp_path):
    page = write_page(tmp_path, hostile_result(tmp_path))
    assert_inert(browser, page)
    text = browser.js("return document.body.innerText")
    for hostile in VISIBLE:
        assert hostile in text, hostile
    # the panel shows the whole sentence, with the closing script tag as text
    browser.click("tbody tr:first-child button.cell")
    assert "</script><script>window.__pwned=" in browser.js(
        "return document.querySelector('.panel').innerText")


def test_csp_stops_markup_that_got_past_escaping(browser, seed_page):
    """Defence in depth: injected handlers, inline scripts and loads are all refused."""
    open_clean(browser, seed_page)
    browser.js("""
        document.querySelector('main').insertAdjacentHTML('beforeend',
            '<img src="x.png" onerror="window.__pwned=9">' +
            '<div id="injected" onclick="window.__pwned=10">x</div>');
        document.getElementById('injected').click();
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 11';
        document.body.appendChild(s);""")
    time.sleep(0.3)
    assert browser.js("return typeof window.__pwned") == "undefined"
    errors = browser.errors()
    assert sum("Content Security Policy" in e for e in errors) >= 3, errors
    assert not any(url.endswith("x.png") for url in browser.requests())


# ------------------------------------------------------------------ the real pipeline

def _cli_report(paths: list[Path], out: Path) -> Path:
    """report.html written by the installed CLI (skips until `run` can write HTML)."""
    pytest.importorskip("claimcheck.runner", reason="claimcheck.runner not written yet")
    exe = shutil.which("claimcheck")
    if exe is None:
        pytest.skip("the claimcheck command is not installed")
    proc = subprocess.run([exe, "run", *map(str, paths), "--format", "html", "--out", str(out),
                           "--fail-on", "never"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out / "report.html"


@needs_seeds
def test_cli_seed_report_in_the_browser(browser, tmp_path):
    page = _cli_report([SEEDS], tmp_path / "out")
    open_clean(browser, page)
    assert visible_cards(browser) > 0
    assert browser.js("return document.querySelectorAll('table.matrix').length") >= 1
    first = first_screen(browser)
    assert "204.5亿元" in first["text"], first["text"]
    assert "21.75" in first["text"] or "21,75" in first["text"]
    assert 0 <= first["top"] < first["height"] - 200
    in_view = [m for m in first["marks"] if m[0] == "204.5亿元" and m[2] <= first["height"]]
    assert in_view, first["marks"]
    browser.screenshot(tmp_path / "cli-seeds.png")


@pytest.mark.parametrize("bundle", sorted(p.name for p in BUNDLES.glob("*") if p.is_dir())
                         if BUNDLES.is_dir() else [])
def test_cli_bundle_report_in_the_browser(browser, tmp_path, bundle):
    page = _cli_report([BUNDLES / bundle], tmp_path / "out")
    open_clean(browser, page)
    assert visible_cards(browser, "error") + visible_cards(browser, "warning") > 0
    assert browser.js("return document.querySelectorAll('table.matrix tbody tr').length") > 0
    browser.screenshot(tmp_path / f"{bundle}.png")


def test_cli_hostile_report_is_inert(browser, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    hostile_result(docs)  # writes the files; the pipeline does the rest
    page = _cli_report([docs], tmp_path / "out")
    assert_inert(browser, page)
    assert visible_cards(browser, "error") + visible_cards(browser, "warning") > 0
    text = browser.js("return document.body.innerText")
    for hostile in ('<svg onload="window.__pwned=6">', HOSTILE_NAME):
        assert hostile in text, hostile
    assert "</script><script>window.__pwned=" in browser.js(
        "return document.querySelector('.panel').innerText")
