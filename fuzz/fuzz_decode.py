#!/usr/bin/env python3
"""Atheris fuzz target: decoding bytes, and HTML pages with a declared charset.

Each input is a header byte and a payload. Header byte ``h``: ``h % 2 == 0`` decodes the
payload as a plain file (``decode_text``); otherwise the payload is the body of an HTML
page whose ``<meta charset>`` names ``CHARSETS[h // 2 % len(CHARSETS)]`` (real legacy
code pages, UTF variants, and names that are no page encoding at all: ``undefined``,
``unicode_escape``, ``rot13``, ``idna``...), read the way a ``.html`` input is:
``declared_charset``, ``decode_text``, ``html_to_text``. What must hold:

* no exception but ``DecodeError`` (empty, binary or undecodable input);
* the text is a ``str`` with no lone surrogate; the encoding a codec name Python knows;
  warnings are one-line strings;
* bytes that are valid UTF-8 (no BOM, no NUL) decode to exactly that text;
* one input takes at most ``--budget`` seconds of CPU (default 2).

Usage (see fuzz/README.md)::

    python fuzz/fuzz_decode.py [--corpus DIR] [--budget S] [libFuzzer flags ...]
"""
from __future__ import annotations

import codecs

from fuzz_extract import run_target, within_budget

BUDGET = 2.0
CHARSETS = ("utf-8", "gb2312", "gbk", "big5", "shift_jis", "euc-kr", "euc-jp", "windows-1252",
            "iso-8859-1", "koi8-r", "utf-16", "utf-7", "undefined", "unicode_escape",
            "raw_unicode_escape", "rot13", "base64", "idna", "punycode", "hz", "iso2022_jp",
            "x-unknown", "utf-32", "cp037", "mbcs")

SEED_TEXTS = (
    "15个项目，总投资逾200亿元。", "總投資逾200億元，15個項目。", "総投資額は200億円を超える。",
    "총 투자액은 200억 위안이다.", "Le coût atteint 8,6 milliards d'euros (€8.6bn).",
    "The tunnel costs €8.6 billion — about 57.5 km.",
)


def decode_one(data: bytes, budget: float = BUDGET):
    """Decode one input; raise on any broken promise. Returns the text or None."""
    from claimcheck.ingest import DecodeError, declared_charset, html_to_text
    from claimcheck.ingest.decoding import decode_text

    if not data:
        return None
    h, payload = data[0], data[1:]
    html = h % 2 == 1
    if html:
        name = CHARSETS[h // 2 % len(CHARSETS)]
        payload = f'<html><head><meta charset="{name}"></head><body><p>'.encode() + payload
    try:
        found = within_budget(budget, f"{len(payload)} bytes", lambda: decode_text(
            payload, "fuzz", declared_charset(payload) if html else None),
            expected=DecodeError)
    except DecodeError as exc:
        assert "\n" not in str(exc)
        return None
    text, encoding, warnings = found
    assert isinstance(text, str)
    text.encode("utf-8")  # raises on a lone surrogate
    codecs.lookup(encoding)
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    if not html and 0 not in payload and not payload.startswith((codecs.BOM_UTF8,)):
        try:
            plain = payload.decode("utf-8")
        except UnicodeDecodeError:
            plain = None
        if plain is not None:
            assert text == plain and encoding == "utf-8", (encoding, warnings)
    if html:
        within_budget(budget, "html_to_text", html_to_text, text)
    return text


def seed_inputs() -> list[bytes]:
    seeds = []
    for i, t in enumerate(SEED_TEXTS):
        for enc in ("utf-8", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252", "utf-16"):
            try:
                raw = t.encode(enc)
            except UnicodeEncodeError:
                continue
            seeds.append(bytes([2 * i]) + raw)
            seeds.append(bytes([2 * CHARSETS.index("gb2312") + 1 if enc == "gb18030"
                                else 2 * (i + 7) + 1]) + raw)
    seeds.append(bytes([0]) + "€8.6 billion, \xe9t\xe9".encode("utf-8") + b"\xe9 stray")
    return seeds


def main(argv: list[str] | None = None) -> None:
    tokens = [f'<meta charset="{c}">' for c in CHARSETS] + ["\ufeff", "\xff\xfe", "\x00"]
    run_target(argv, "decode", seed_inputs, lambda data, budget, _: decode_one(data, budget),
               tokens)


if __name__ == "__main__":
    main()
