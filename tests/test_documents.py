"""load_documents and html_to_text on real seed text, broken files and corpora."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from claimcheck.ingest.documents import load_documents
from claimcheck.ingest.html import html_to_text
from claimcheck.records import Document, InputError

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FRENCH = "000_25babec2e9986c08.txt"
CHINESE = "003_8fa17dad33854608.txt"

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Chengdu zone speeds up | Example News</title>
<style>.hidden { display: none } body::after { content: "STYLE 55 percent" }</style>
<script>var tracking = "SCRIPT 42 billion"; window.dataLayer = [];</script>
<script type="application/ld+json">{"headline": "JSONLD 99 million"}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use 3 cookies. <button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">Example News</a>
  <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
  <form action="/search"><input name="q" placeholder="Search 10,000 articles"><button>Go</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/business">Business</a></div>
<main><article>
  <h1>China-Japan (Chengdu) zone speeds up development</h1>
  <p class="byline">By Staff &middot; <time datetime="2020-11-20">20 November 2020</time></p>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <p>During the event, <b>28 cooperation agreements</b> were signed, with a total investment
     of <strong>RMB 21.75&nbsp;billion</strong>, including 11 projects.</p>
  <p>The zone covers 36.9 km<sup>2</sup> &amp; focuses on the cultural sector.<br>Second line.</p>
  <script>document.write("INLINE SCRIPT 77 percent")</script>
  <noscript>NOSCRIPT 5 comments</noscript>
  <table><tr><th>Item</th><th>Value</th></tr><tr><td>2019</td><td>2020</td></tr></table>
</article>
<aside class="sidebar"><h3>Most read</h3><a href="/x">Stocks fall 3%</a></aside>
<section class="related"><h3>Related</h3><a href="/r">Chengdu GDP grows 6 percent</a></section>
<div id="comments"><div class="comment">Great article, 5 stars</div></div>
</main>
<footer class="site-footer"><p>&copy; 2020 Example News. Tel +86-28-85339400</p></footer>
<div class="ad" id="ad-slot-1">Advertisement: buy 2 get 1 free</div>
</body></html>
"""


def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}")
    return SEEDS


def by_id(docs: list[Document]) -> dict[str, Document]:
    return {d.id: d for d in docs}


# --- folders, ids, skipping ---------------------------------------------------------

def test_seed_folder_loads_all_five_in_sorted_order():
    folder = seeds_dir()
    docs, errors = load_documents([str(folder)])
    assert errors == []
    names = [Path(d.id).name for d in docs]
    assert names == sorted(p.name for p in folder.glob("*.txt"))
    assert all(d.id == os.path.join(str(folder), Path(d.id).name) for d in docs)
    chinese = by_id(docs)[os.path.join(str(folder), CHINESE)]
    assert "204.5亿元" in chinese.text
    assert chinese.encoding == "utf-8"
    assert chinese.text == (folder / CHINESE).read_text(encoding="utf-8")


def test_ids_are_paths_as_given_not_resolved(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Revenue rose 5%.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    skipped = []
    docs, errors = load_documents(["docs", "./docs/a.txt"], skipped=skipped)
    assert [d.id for d in docs] == ["docs/a.txt"]
    # the same file named twice is read once: the second name is skipped, not an error
    assert errors == []
    assert [(s.path, s.reason) for s in skipped] == [
        ("./docs/a.txt", "the same file as docs/a.txt, already read")]


def test_walk_skips_hidden_expected_claims_and_other_suffixes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden dir", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden file", encoding="utf-8")
    (tmp_path / "expected.yaml").write_text("must_flag: []", encoding="utf-8")
    (tmp_path / "a.claims.yaml").write_text("claims: []", encoding="utf-8")
    (tmp_path / "notes.rst").write_text("not a document", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\n12 apples", encoding="utf-8")
    (tmp_path / "sub" / "a.TXT").write_text("upper-case suffix", encoding="utf-8")
    (tmp_path / "c.htm").write_text("<p>html 3 pears</p>", encoding="utf-8")
    docs, errors = load_documents([str(tmp_path)])
    assert errors == []
    names = [os.path.relpath(d.id, tmp_path) for d in docs]
    assert names == ["b.md", "c.htm", os.path.join("sub", "a.TXT")]


def test_explicit_file_with_any_suffix_is_tried(tmp_path):
    odd = tmp_path / "notes.rst"
    odd.write_text("Sales were 12 million.", encoding="utf-8")
    docs, errors = load_documents([str(odd)])
    assert errors == []
    assert docs[0].text == "Sales were 12 million."


def test_missing_path_is_an_error_not_an_exception(tmp_path):
    missing = str(tmp_path / "nope.txt")
    docs, errors = load_documents([missing])
    assert docs == []
    assert errors == [InputError(missing, "no such file or directory")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_unreadable_file_is_an_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    try:
        docs, errors = load_documents([str(locked)])
    finally:
        locked.chmod(0o644)
    assert docs == [] and len(errors) == 1 and errors[0].path == str(locked)


# --- bad files next to good ones ----------------------------------------------------

def test_binary_and_empty_files_give_one_error_each_and_others_load(tmp_path):
    folder = seeds_dir()
    shutil.copy(folder / FRENCH, tmp_path / FRENCH)
    shutil.copy(folder / CHINESE, tmp_path / CHINESE)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096)
    (tmp_path / "image.txt").write_bytes(png)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.png").write_bytes(png)  # not a document suffix: skipped
    docs, errors = load_documents([str(tmp_path)])
    assert sorted(Path(d.id).name for d in docs) == [FRENCH, CHINESE]
    assert len(errors) == 2
    by_path = {e.path: e.message for e in errors}
    assert "binary" in by_path[str(tmp_path / "image.txt")]
    assert by_path[str(tmp_path / "empty.txt")] == "empty document"


def test_explicit_binary_file_is_reported(tmp_path):
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    docs, errors = load_documents([str(png)])
    assert docs == [] and len(errors) == 1
    assert errors[0].path == str(png) and "binary" in errors[0].message


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("1234567890 " * 50, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Only 5 words here.", encoding="utf-8")
    docs, errors = load_documents([str(tmp_path)], max_bytes=100)
    assert [d.id for d in docs] == [str(small)]
    assert len(errors) == 1 and errors[0].path == str(big)
    assert "too large" in errors[0].message


def test_whitespace_only_file_is_empty(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    docs, errors = load_documents([str(blank)])
    assert docs == [] and errors == [InputError(str(blank), "empty document")]


# --- encodings ---------------------------------------------------------------------

def test_legacy_encodings_are_decoded_and_recorded(tmp_path):
    folder = seeds_dir()
    chinese = (folder / CHINESE).read_text(encoding="utf-8")
    french = (folder / FRENCH).read_text(encoding="utf-8")
    (tmp_path / "zh.txt").write_bytes(chinese.encode("gb18030"))
    (tmp_path / "fr16.txt").write_bytes(french.encode("utf-16"))
    (tmp_path / "fr16le.txt").write_bytes(french.encode("utf-16-le"))
    docs = by_id(load_documents([str(tmp_path)])[0])
    zh = docs[str(tmp_path / "zh.txt")]
    assert zh.text == chinese and zh.encoding == "gb18030"
    assert docs[str(tmp_path / "fr16.txt")].text == french
    assert docs[str(tmp_path / "fr16le.txt")].encoding == "utf-16-le"


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Ligne 1 : 21,75 milliards\r\nLigne 2\r\n".encode("utf-8"))
    docs, _ = load_documents([str(path)])
    assert docs[0].text == "Ligne 1 : 21,75 milliards\r\nLigne 2\r\n"


# --- HTML ----------------------------------------------------------------------------

def test_html_page_keeps_article_and_drops_boilerplate(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    docs, errors = load_documents([str(page)])
    assert errors == []
    text = docs[0].text
    assert docs[0].meta["format"] == "html"
    assert "China-Japan (Chengdu) zone speeds up development" in text
    assert ("During the event, 28 cooperation agreements were signed, with a total "
            "investment of RMB 21.75\u00a0billion, including 11 projects.") in text
    assert "The zone covers 36.9 km2 & focuses on the cultural sector.\nSecond line." in text
    assert "2019 | 2020" in text
    for junk in ("SCRIPT", "STYLE", "JSONLD", "NOSCRIPT", "dataLayer", "cookies", "World",
                 "Search", "Home", "Share on", "Most read", "Related", "Great article",
                 "85339400", "Advertisement", "Example News"):
        assert junk not in text, junk


def test_html_blocks_become_paragraphs_and_inline_text_joins():
    html = ("<div><h2>Title</h2><p>One <em>two</em>\n   three</p><ul><li>a</li><li>b</li></ul>"
            "</div><p>&lt;tag&gt; &amp; &#x4E2D;&#25991;</p>")
    assert html_to_text(html) == "Title\n\nOne two three\n\na\n\nb\n\n<tag> & 中文"


def test_html_without_article_element_still_drops_boilerplate():
    html = NEWS_PAGE.replace("<main><article>", "<div id='page' class='layout has-navbar'>")
    html = html.replace("</article>", "").replace("</main>", "</div>")
    text = html_to_text(html)
    assert "RMB 21.75\u00a0billion" in text
    assert "SCRIPT" not in text and "Great article" not in text and "Related" not in text


def test_html_with_only_script_is_an_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var x = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    docs, errors = load_documents([str(page)])
    assert docs == [] and len(errors) == 1 and errors[0].path == str(page)


def test_html_declared_legacy_charset(tmp_path):
    page = tmp_path / "gbk.html"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            "</head><body><p>15个项目集中签约，总投资204.5亿元。</p></body></html>")
    page.write_bytes(html.encode("gbk"))
    docs, errors = load_documents([str(page)])
    assert errors == []
    assert docs[0].text == "15个项目集中签约，总投资204.5亿元。"
    assert docs[0].encoding == "gb18030"


# --- corpora -------------------------------------------------------------------------

def test_jsonl_with_broken_lines_loads_the_rest(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "en-1", "text": "RMB 21.75 billion", "lang": "en", "story": "s1"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "en-1", "text": "duplicate id"}),
        "",
        json.dumps({"id": 7, "text": "204.5亿元", "lang": "zh", "date": "2020-11-20",
                    "source": "华西都市报", "url": "http://example.invalid/x"}),
        "[1, 2]",
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = load_documents([str(corpus)])
    assert [(d.id, d.lang, d.story) for d in docs] == [("en-1", "en", "s1"), ("7", "zh", None)]
    zh = docs[1]
    assert zh.date == "2020-11-20" and zh.source == "华西都市报"
    assert zh.meta["url"] == "http://example.invalid/x"
    assert [e.path for e in errors] == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4", f"{corpus}:7"]
    assert "invalid JSON" in errors[0].message
    assert "text" in errors[1].message
    assert "duplicate" in errors[2].message


def test_json_documents_object_with_a_bad_record(tmp_path):
    corpus = tmp_path / "corpus.json"
    corpus.write_text(
        '{"name": "seeds",\n'
        ' "documents": [\n'
        '  {"id": "a", "text": "nine proposals"},\n'
        '  {"text": "no id here"},\n'
        '  {"id": "b", "text": "neuf propositions", "lang": "fr"}\n'
        ' ]}\n',
        encoding="utf-8",
    )
    docs, errors = load_documents([str(corpus)])
    assert [d.id for d in docs] == ["a", "b"]
    assert errors == [InputError(f"{corpus}:4", "record has no 'id' (a non-empty string)")]


def test_json_list_and_duplicates_across_files(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "x", "text": "one"}]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x", "text": "two"}), encoding="utf-8")
    docs, errors = load_documents([str(tmp_path)])
    assert [(d.id, d.text) for d in docs] == [("x", "one")]
    assert len(errors) == 1 and errors[0].path == f"{tmp_path / 'b.jsonl'}:1"


def test_invalid_json_file_names_the_line(tmp_path):
    corpus = tmp_path / "bad.json"
    corpus.write_text('[\n {"id": "a", "text": "x"},\n oops\n]', encoding="utf-8")
    docs, errors = load_documents([str(corpus)])
    assert docs == []
    assert errors[0].path == f"{corpus}:3" and "invalid JSON" in errors[0].message


def test_json_of_the_wrong_shape(tmp_path):
    corpus = tmp_path / "shape.json"
    corpus.write_text('{"items": []}', encoding="utf-8")
    docs, errors = load_documents([str(corpus)])
    assert docs == [] and len(errors) == 1 and errors[0].path == str(corpus)
