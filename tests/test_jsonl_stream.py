"""JSONL corpora read one record at a time: the size limit per record, encodings, errors
that name the line, and byte ranges (the Dask engine's partitions) that read the same
records as the whole file."""
from __future__ import annotations

import codecs
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ingest.documents import load_documents
from claimcheck.ingest.jsonl import jsonl_range, jsonl_ranges, jsonl_stream
from claimcheck.records import InputError

RECORDS = [
    {"id": "en-1", "text": "Chengdu signed 28 agreements worth RMB 21.75 billion.", "lang": "en"},
    {"id": "zh-1", "text": "成都签约项目28个，总投资217.5亿元。", "lang": "zh"},
    {"id": "fr-1", "text": "Chengdu a signé 28 accords, pour 21,75 milliards de yuans.",
     "date": "2020-11-19"},
]


def lines(records) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_the_size_limit_applies_to_each_record(tmp_path):
    big = {"id": "big", "text": "Lyon " * 5000}
    path = tmp_path / "feed.jsonl"
    path.write_text(lines([RECORDS[0], big, RECORDS[1]]), encoding="utf-8")
    docs, errors = load_documents([str(path)], max_bytes=2000)
    assert [d.id for d in docs] == ["en-1", "zh-1"]
    assert [(e.path, e.message) for e in errors] == [
        (f"{path}:2", "record too large (over 2000 bytes)")]
    assert docs[1].meta["path"] == f"{path}:3"  # line numbers go on after the long line


def test_utf16_and_bom_corpora(tmp_path):
    for name, encoding, data in (
            ("bom.jsonl", "utf-8-sig", codecs.BOM_UTF8 + lines(RECORDS).encode("utf-8")),
            ("wide.jsonl", "utf-16-le",
             codecs.BOM_UTF16_LE + lines(RECORDS).encode("utf-16-le"))):
        path = tmp_path / name
        path.write_bytes(data)
        docs, errors = load_documents([str(path)])
        assert not errors and [d.id for d in docs] == ["en-1", "zh-1", "fr-1"], name
        assert docs[1].text == RECORDS[1]["text"] and docs[0].encoding == encoding


def test_a_line_that_is_not_utf8_is_repaired_with_a_warning(tmp_path, monkeypatch):
    # the head of the file (here its first line) chooses UTF-8; a later line is cp1252:
    # that record is still read, its stray bytes replaced, and says so
    monkeypatch.setattr("claimcheck.ingest.jsonl.HEAD_BYTES", 64)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(RECORDS[:1]).encode() + "{\"id\": \"x\", \"text\": \"caf\xe9 \u20ac8\"}\n"
                     .encode("cp1252") + lines(RECORDS[1:]).encode())
    docs, errors = load_documents([str(path)])
    assert not errors
    assert [d.id for d in docs] == ["en-1", "x", "zh-1", "fr-1"]
    assert docs[1].text == "caf\ufffd \ufffd8"
    assert docs[1].warnings == ("line 2: 2 invalid utf-8 byte sequences replaced by U+FFFD",)
    assert not docs[0].warnings and not docs[2].warnings


def test_an_empty_or_blank_corpus_is_one_error(tmp_path):
    for text in ("", "\n\n  \n"):
        path = tmp_path / "empty.jsonl"
        path.write_text(text, encoding="utf-8")
        assert list(jsonl_stream(str(path), 1000)) == [InputError(str(path), "empty document")]


def _items(items):
    return [(x.id, x.meta["path"]) if not isinstance(x, InputError) else (x.path, x.message)
            for x in items]


@given(st.lists(st.sampled_from(RECORDS + [None, "broken"]), min_size=1, max_size=40),
       st.integers(40, 400))
@settings(max_examples=40, deadline=None)
def test_byte_ranges_read_what_the_whole_file_reads(tmp_path_factory, picks, block):
    path = tmp_path_factory.mktemp("ranges") / "feed.jsonl"
    out = []
    for n, p in enumerate(picks):
        if p is None:
            out.append("")
        elif p == "broken":
            out.append('{"id": "broken')
        else:
            out.append(json.dumps({**p, "id": f"{p['id']}-{n}"}, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    whole = _items(jsonl_stream(str(path), 10_000))
    encoding, ranges = jsonl_ranges(str(path), block)
    parts = []
    for start, end, line in ranges:
        parts += _items(jsonl_range(str(path), encoding, start, end, line, 10_000))
    if whole == [(str(path), "empty document")]:
        assert parts == []  # the engine reports an empty file once, from all its ranges
    else:
        assert parts == whole
    assert [r[0] for r in ranges] == [0] + [r[1] for r in ranges[:-1]]
