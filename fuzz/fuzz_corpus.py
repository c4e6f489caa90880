#!/usr/bin/env python3
"""Atheris fuzz target: JSON and JSONL corpora, through the public ``load_documents``.

Each input is a header byte and a file's bytes. The header's lowest bit picks the suffix
(``.json`` or ``.jsonl``); the bytes are written to a temporary file and loaded. What
must hold (anything else is a crash saved as ``crash-<sha1>``):

* ``load_documents`` returns: no exception escapes, whatever the records hold (integers
  of any length, nesting of any depth, odd types, invalid UTF-8);
* every error names the file (``path``, ``path:line`` or ``path[i]``) and is one line;
* every document has a non-empty string id and text, and ids are unique;
* one load takes at most ``--budget`` seconds of CPU (default 2).

Usage (see fuzz/README.md)::

    python fuzz/fuzz_corpus.py [--corpus DIR] [--budget S] [libFuzzer flags ...]
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from fuzz_extract import run_target, within_budget

BUDGET = 2.0
SUFFIXES = (".json", ".jsonl")

_RECORDS = [
    {"id": "en-1", "text": "The tunnel costs 8.6 billion euros and runs 57.5 km.", "lang": "en"},
    {"id": 7, "text": "总投资逾200亿元，15个项目。", "story": "chengdu", "date": "2020-11-20"},
    {"id": "fr", "text": "Le tunnel coûte 8,6 milliards d'euros.", "source": "AFP",
     "extra": {"n": [1, 2, {"x": None}]}},
]
SEED_TEXTS = (
    json.dumps(_RECORDS, ensure_ascii=False),
    json.dumps({"documents": _RECORDS}, ensure_ascii=False, indent=1),
    "\n".join(json.dumps(r, ensure_ascii=False) for r in _RECORDS),
    '[{"id": "a", "text": "12 km", "n": ' + "9" * 5000 + "}]",
    '{"id": "b", "text": "9 kg", "x": ' + "[" * 1200 + "]" * 1200 + "}\n{\"id\": 3}",
    '[{"id": "c", "text": "1 m"},, {"id": "c", "text": ""}]',
)


def load(data: bytes, budget: float = BUDGET, folder: Path | None = None) -> None:
    """Load one fuzzed corpus file; raise on any broken promise."""
    from claimcheck.ingest import load_documents

    suffix = SUFFIXES[data[0] % 2] if data else ".json"
    folder = folder or Path(tempfile.gettempdir())
    path = folder / f"claimcheck-fuzz-corpus-{os.getpid()}{suffix}"
    path.write_bytes(data[1:])
    try:
        docs, errors = within_budget(budget, f"{len(data)} bytes", load_documents,
                                     [str(path)])
    finally:
        path.unlink(missing_ok=True)
    for e in errors:
        assert e.path.startswith(str(path)), f"error does not name the file: {e}"
        assert "\n" not in e.message, f"multi-line error: {e.message!r}"
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"
    for d in docs:
        assert isinstance(d.id, str) and d.id and isinstance(d.text, str) and d.text.strip()


def seed_inputs() -> list[bytes]:
    return [bytes([i % 2 if "\n{" not in t and not t.startswith("{\"id") else 1])
            + t.encode("utf-8") for i, t in enumerate(SEED_TEXTS)] + \
           [bytes([0]) + SEED_TEXTS[0].encode("utf-16"), bytes([1]) + SEED_TEXTS[2].encode(
               "gb18030")]


def dictionary_tokens() -> list[str]:
    return ['"id"', '"text"', '"lang"', '"story"', '"date"', '"source"', '"documents"',
            "null", "true", "1e999", "[[[[", "]]]]", '"\\ud800"', "9" * 40, "\\u0000"]


def main(argv: list[str] | None = None) -> None:
    run_target(argv, "corpus", seed_inputs, lambda data, budget, _: load(data, budget),
               dictionary_tokens)


if __name__ == "__main__":
    main()
