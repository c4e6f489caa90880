"""A streamed corpus larger than its head (the first MiB that chooses the encoding) is
read in any Unicode encoding: the head is cut at a line end on a whole code unit, so a
UTF-16 CSV or a UTF-32 JSONL file of a few MiB loads, not only one that fits in the head."""
from __future__ import annotations

import codecs
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ingest.head import HEAD_BYTES, code_unit, head_encoding
from tests.cli import run_cli

ROW = "Le conseil municipal a voté le budget de la ville hier soir après un long débat."
LAST = "成都签约项目28个，总投资217.5亿元。"


def _big_csv(encoding: str) -> bytes:
    rows = ["id,lang,text"] + [f'r{i},fr,"{ROW}"' for i in range(HEAD_BYTES // 150)]
    rows.append(f"last,zh,{LAST}")
    return ("\n".join(rows) + "\n").encode(encoding)


def _big_jsonl(encoding: str) -> bytes:
    records = [{"id": f"r{i}", "lang": "fr", "text": ROW} for i in range(HEAD_BYTES // 400)]
    records.append({"id": "last", "lang": "zh", "text": LAST})
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    return text.encode(encoding)


def test_a_utf16_csv_larger_than_its_head_is_read_to_its_last_row(tmp_path):
    path = tmp_path / "wire.csv"
    path.write_bytes(_big_csv("utf-16"))        # a byte-order mark, then UTF-16-LE
    assert path.stat().st_size > HEAD_BYTES
    proc = run_cli("extract", str(path))
    assert proc.returncode == 0, proc.stderr
    last = [line for line in proc.stdout.splitlines() if line.startswith("last")]
    assert [line.split()[2:4] for line in last] == [["count", "28"], ["money", "21750000000"]]


def test_a_utf32_jsonl_larger_than_its_head_is_read_to_its_last_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(codecs.BOM_UTF32_LE + _big_jsonl("utf-32-le"))
    assert path.stat().st_size > HEAD_BYTES
    proc = run_cli("extract", str(path))
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("last") and "21750000000" in line
               for line in proc.stdout.splitlines())


def test_code_units_follow_the_byte_order_mark():
    assert code_unit(codecs.BOM_UTF32_LE + "a\n".encode("utf-32-le")) == 4
    assert code_unit(codecs.BOM_UTF16_LE + "a\n".encode("utf-16-le")) == 2
    assert code_unit("a\n".encode("utf-16-be")) == 2          # no mark, NUL bytes
    assert code_unit("Zürich\n".encode("utf-8")) == 1


LINES = st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
                 min_size=2, max_size=8)
ENCODINGS = ("utf-8", "utf-16", "utf-32", "utf-16-be")


@settings(max_examples=200, deadline=None)
@given(LINES, st.sampled_from(ENCODINGS), st.integers(min_value=1, max_value=400))
def test_any_cut_of_a_unicode_head_decodes_as_its_encoding(lines, encoding, size):
    # a file's head stops anywhere; after the cut at its last line end it must still be
    # text in the file's own encoding (utf-16 and utf-32 write a byte-order mark)
    data = ("\n".join(["début 2024"] + lines) + "\n").encode(encoding)
    head = data[:size]
    if b"\n" not in head[1:]:
        return
    found = head_encoding("feed.jsonl", head, whole=False)
    expected = {"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le",
                "utf-16-be": "utf-16-be"}[encoding]
    assert found == expected
