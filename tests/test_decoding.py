"""decode_bytes: BOMs, UTF-16 without BOM, legacy CJK/Western encodings, binary and empty input."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.ingest.decoding import DecodeError, declared_charset, decode_bytes

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FRENCH = SEEDS / "000_25babec2e9986c08.txt"
CHINESE = SEEDS / "003_8fa17dad33854608.txt"

TRADITIONAL = (
    "中日（成都）地方發展合作示範區發展加速，十五個項目集中簽約，總投資逾兩百億元。"
    "活動現場發布了示範區對日合作項目清單，共有九個提案。"
)
JAPANESE = (
    "東京都は十九日、新たに三百人の感染を確認したと発表した。前週の同じ曜日より二十人多い。"
    "都の担当者は、引き続き警戒が必要だと話している。"
)


def seed(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"seed documents not found at {SEEDS}")
    return path.read_text(encoding="utf-8")


def test_gb18030_chinese_seed_round_trips():
    text = seed(CHINESE)
    decoded, encoding = decode_bytes(text.encode("gb18030"), "zh.txt")
    assert decoded == text
    assert encoding == "gb18030"


def test_gb2312_result_is_widened_to_gb18030():
    text = ("11月19日，中日（成都）城市建设与现代服务业开放合作示范项目合作推介暨集中签约活动"
            "在成都举行。活动现场共签约项目15个，总投资204.5亿元。")
    decoded, encoding = decode_bytes(text.encode("gb2312"), "zh.txt")
    assert decoded == text
    assert encoding == "gb18030"


def test_big5_traditional_chinese_round_trips():
    decoded, encoding = decode_bytes(TRADITIONAL.encode("big5"), "tw.txt")
    assert decoded == TRADITIONAL
    assert encoding in ("big5", "cp950", "big5hkscs")


def test_shift_jis_japanese_round_trips():
    decoded, encoding = decode_bytes(JAPANESE.encode("shift_jis"), "ja.txt")
    assert decoded == JAPANESE
    assert encoding in ("shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_chinese_seed(codec):
    text = seed(CHINESE)
    assert decode_bytes(text.encode(codec), "zh.txt") == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_french_seed(codec):
    text = seed(FRENCH)
    decoded, encoding = decode_bytes(text.encode(codec), "fr.txt")
    assert decoded == text
    assert encoding == codec


@pytest.mark.parametrize(
    "bom, codec, name",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_bom_is_detected_and_stripped(bom, codec, name):
    text = seed(FRENCH)
    decoded, encoding = decode_bytes(bom + text.encode(codec), "fr.txt")
    assert decoded == text
    assert encoding == name


def test_plain_utf8_is_kept_byte_for_byte_including_crlf():
    text = "Ligne un : 21,75 milliards\r\nLigne deux\r\n"
    decoded, encoding = decode_bytes(text.encode("utf-8"), "crlf.txt")
    assert decoded == text
    assert encoding == "utf-8"


def test_cp1252_western_text():
    text = "Publicado el 20 de noviembre: la inversión asciende a 21.750 millones, según el señor Peña — “oficial”."
    decoded, encoding = decode_bytes(text.encode("cp1252"), "es.txt")
    assert decoded == text
    assert encoding == "cp1252"


def test_declared_charset_is_used_for_html():
    html = '<html><head><meta charset="gb2312"></head><body><p>总投资204.5亿元</p></body></html>'
    data = html.encode("gb2312")
    assert declared_charset(data) == "gb2312"
    decoded, encoding = decode_bytes(data, "page.html", declared_charset(data))
    assert decoded == html
    assert encoding == "gb18030"


def test_empty_input_is_refused():
    with pytest.raises(DecodeError, match="empty document"):
        decode_bytes(b"", "empty.txt")


def test_png_with_random_bytes_is_binary():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048)
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data, "image.txt")


def test_control_characters_without_nul_are_binary():
    data = bytes(range(1, 32)) * 40
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data, "ctrl.txt")


def test_decode_error_is_a_value_error():
    assert issubclass(DecodeError, ValueError)


def test_broken_bytes_after_bom_are_refused():
    with pytest.raises(DecodeError):
        decode_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd", "bad.txt")


# Text a person could write: no control characters, no surrogates, no leading BOM.
_prose = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")),
    min_size=1,
    max_size=200,
).filter(lambda s: not s.startswith("\ufeff"))


@settings(max_examples=200, deadline=None)
@given(text=_prose)
def test_random_text_round_trips_in_utf8_and_utf16(text):
    assert decode_bytes(text.encode("utf-8"), "h.txt") == (text, "utf-8")
    decoded, encoding = decode_bytes(text.encode("utf-16"), "h.txt")  # with BOM
    assert decoded == text
    assert encoding.startswith("utf-16")


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                           blacklist_categories=("Cc", "Cs")),
                    min_size=4, max_size=200))
def test_latin1_text_round_trips_in_utf16_without_bom(text):
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(codec), "h.txt") == (text, codec)


# --- legacy CJK code pages ranked by plausibility, and UTF-8 with a few bad bytes -------

@pytest.mark.parametrize("text, codec", [
    ("15个项目，总投资逾200亿元", "gb18030"),
    ("成都高新区签约项目总投资204.5亿元", "gb18030"),
    ("總投資逾200億元，共15個項目", "big5"),
    ("総投資額は200億円を超える見通しだ", "shift_jis"),
    ("총 투자액은 200억 위안을 넘는다", "euc_kr"),
])
def test_short_legacy_cjk_texts_decode_in_their_own_code_page(text, codec):
    decoded, _encoding = decode_bytes(text.encode(codec), "short.txt")
    assert decoded == text


def test_utf8_with_one_stray_latin1_byte_keeps_its_euro_sign():
    from claimcheck.ingest.decoding import decode_text

    found = decode_text("Costs €8.6 billion, caf".encode() + b"\xe9 here.", "x.txt")
    assert found.encoding == "utf-8"
    assert found.text == "Costs €8.6 billion, caf\ufffd here."
    assert found.warnings == ("1 invalid UTF-8 byte sequence replaced by U+FFFD",)


def test_legacy_text_is_not_taken_for_broken_utf8():
    from claimcheck.ingest.decoding import decode_text

    assert decode_text("Le coût a été évalué à 8,6 milliards.".encode("cp1252"), "f").warnings == ()
    zh = "成都高新区签约项目总投资204.5亿元，其中15个项目集中签约。"
    found = decode_text(zh.encode("gb18030"), "z")
    assert (found.text, found.warnings) == (zh, ())
