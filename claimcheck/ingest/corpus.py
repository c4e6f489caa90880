"""JSON and JSONL corpora: one :class:`~claimcheck.records.Document` per record.

JSON corpora are read whole here; JSONL corpora one line at a time (:mod:`.jsonl`). A
record has ``id`` and ``text`` and optionally ``lang``, ``date``, ``source`` and
``story``; other fields are kept in ``meta``. A bad record is one error naming
``path:line`` and never stops the other records.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..records import Document, InputError
from .sources import BadInput

__all__ = ["json_records", "OPTIONAL_FIELDS"]

OPTIONAL_FIELDS = ("lang", "date", "source", "story")


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _array_item_lines(text: str) -> list[int]:
    """Line numbers of the records of a (valid) JSON corpus, in order.

    Handles a top-level array and ``{"documents": [...]}``; returns [] otherwise.
    """
    decoder = json.JSONDecoder()
    i = _skip_ws(text, 0)
    if text.startswith("{", i):
        i = _skip_ws(text, i + 1)
        while i < len(text) and text[i] != "}":
            key, i = decoder.raw_decode(text, i)
            i = _skip_ws(text, _skip_ws(text, i) + 1)  # past ':'
            if key == "documents" and text.startswith("[", i):
                break
            _, i = decoder.raw_decode(text, i)
            i = _skip_ws(text, i)
            if text.startswith(",", i):
                i = _skip_ws(text, i + 1)
        else:
            return []
    if not text.startswith("[", i):
        return []
    lines = []
    line, counted_to = 1, 0
    i = _skip_ws(text, i + 1)
    while i < len(text) and text[i] != "]":
        line += text.count("\n", counted_to, i)
        counted_to = i
        lines.append(line)
        _, i = decoder.raw_decode(text, i)
        i = _skip_ws(text, i)
        if text.startswith(",", i):
            i = _skip_ws(text, i + 1)
    return lines


def _field_text(where: str, record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadInput(where, f"field {name!r} must be a string")
    return str(value)


def _record_document(where: str, record: object, encoding: str) -> Document:
    """A Document from one corpus record, or BadInput naming ``where`` (path:line)."""
    if not isinstance(record, dict):
        raise BadInput(where, "record is not a JSON object")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id) == "":
        raise BadInput(where, "record has no 'id' (a non-empty string)")
    text = record.get("text")
    if not isinstance(text, str):
        raise BadInput(where, "record has no 'text' string")
    if not text.strip():
        raise BadInput(where, "empty document")
    optional = {name: _field_text(where, record, name) for name in OPTIONAL_FIELDS}
    extra = {k: v for k, v in record.items() if k not in ("id", "text") + OPTIONAL_FIELDS}
    meta = {"path": where, "format": "record", **extra}
    return Document(id=str(doc_id), text=text, encoding=encoding, meta=meta, **optional)


def json_records(path: str, text: str, encoding: str) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"{path}:{exc.lineno}", f"invalid JSON: {exc.msg}")
        return
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        records = data["documents"]
    elif isinstance(data, list):
        records = data
    else:
        yield InputError(path, 'expected a list of records or {"documents": [...]}')
        return
    if not records:
        yield InputError(path, "no records")
        return
    lines = _array_item_lines(text)
    for index, record in enumerate(records):
        where = f"{path}:{lines[index]}" if len(lines) == len(records) else f"{path}[{index}]"
        try:
            yield _record_document(where, record, encoding)
        except BadInput as bad:
            yield bad.error
