"""JSON and JSONL corpora: one :class:`~claimcheck.records.Document` per record.

JSON corpora are read whole here; JSONL corpora one line at a time (:mod:`.jsonl`,
which parses each line with :func:`parse_json`). A record has ``id`` and ``text`` and
optionally ``lang``, ``date``, ``source`` and ``story``; other fields are kept in
``meta``. A bad record is one error naming ``path:line`` and never stops the other
records.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal

from ..records import Document, InputError
from .sources import BadInput

__all__ = ["json_records", "parse_json", "TOO_DEEP", "OPTIONAL_FIELDS"]

OPTIONAL_FIELDS = ("lang", "date", "source", "story")
MAX_INT_DIGITS = 4000  # longer integers are kept as Decimal: int() refuses over 4,300 digits


def _parse_int(text: str) -> int | Decimal:
    return int(text) if len(text) <= MAX_INT_DIGITS else Decimal(text)


# JSON with no limit on integer length; nesting is limited by Python's recursion, which
# each caller turns into a clear error
_DECODER = json.JSONDecoder(parse_int=_parse_int)
TOO_DEEP = "invalid JSON: nested too deeply"


def parse_json(text: str):
    """``json.loads`` without the integer length limit; RecursionError when too deep."""
    obj, end = _DECODER.raw_decode(text, _skip_ws(text, 0))
    end = _skip_ws(text, end)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return obj


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _array_item_lines(text: str) -> list[int]:
    """Line numbers of the records of a (valid) JSON corpus, in order.

    Handles a top-level array and ``{"documents": [...]}``; returns [] otherwise.
    """
    decoder = _DECODER
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


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]')


def _record_spans(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each record of a corpus, found without parsing them (one pass
    over the brackets and strings), for a file too deeply nested to parse whole: the
    top-level array, or the array under a top-level "documents" key. None when neither
    can be found."""
    depth, array_depth, spans, start, last = 0, None, [], None, None
    for m in _JSON_TOKEN.finditer(text):
        tok = m.group()
        if array_depth is None:
            if tok == "[" and (depth == 0 or (depth == 1 and last == ":documents")):
                array_depth, start = depth + 1, m.end()
            elif tok.startswith('"') and depth == 1:
                last = tok
            elif tok == ":" and last == '"documents"':
                last = ":documents"
            elif tok != ":":
                last = None
        elif depth == array_depth and tok in ",]":
            if text[start:m.start()].strip():
                spans.append((start, m.start()))
            start = m.end()
            if tok == "]":
                return spans
        if tok in "[{":
            depth += 1
        elif tok in "]}":
            depth -= 1
    return None


def _records_one_by_one(path: str, text: str, encoding: str) -> Iterator[Document | InputError]:
    """Each record of a corpus parsed apart, so that one nested too deeply is one error."""
    spans = _record_spans(text)
    if not spans:
        yield InputError(path, TOO_DEEP)
        return
    for start, end in spans:
        where = f"{path}:{text.count(chr(10), 0, _skip_ws(text, start)) + 1}"
        try:
            yield record_document(where, parse_json(text[start:end]), encoding)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg}")
        except RecursionError:
            yield InputError(where, TOO_DEEP)
        except BadInput as bad:
            yield bad.error


def _field_text(where: str, record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadInput(where, f"field {name!r} must be a string")
    return str(value)


def record_document(where: str, record: object, encoding: str) -> Document:
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
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"{path}:{exc.lineno}", f"invalid JSON: {exc.msg}")
        return
    except RecursionError:
        yield from _records_one_by_one(path, text, encoding)
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
    try:
        lines = _array_item_lines(text)
    except (ValueError, RecursionError):  # the records parsed: only their lines are lost
        lines = []
    for index, record in enumerate(records):
        where = f"{path}:{lines[index]}" if len(lines) == len(records) else f"{path}[{index}]"
        try:
            yield record_document(where, record, encoding)
        except BadInput as bad:
            yield bad.error

