"""Load input documents from files, folders and JSON/JSONL corpora.

Every problem with one input (missing, unreadable, too large, empty, binary,
undecodable, a bad corpus record, a duplicate id) becomes one :class:`InputError`
and never stops the other inputs from loading.
"""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator

from .decoding import DecodeError, declared_charset, decode_bytes
from .htmltext import html_to_text
from .records import Document, InputError

__all__ = ["load_documents", "DOCUMENT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES
_OPTIONAL_FIELDS = ("lang", "date", "source", "story")


class _BadInput(Exception):
    """One input that cannot be loaded; carries the InputError to report."""

    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.error = InputError(path, message)


def _is_candidate(name: str) -> bool:
    """Whether a file found while walking a folder is a document to load."""
    if name.startswith(".") or name == "expected.yaml" or name.endswith(".claims.yaml"):
        return False
    return name.lower().endswith(DOCUMENT_SUFFIXES)


def _walk(top: str, errors: list[InputError]) -> list[str]:
    """Document files under ``top``, recursively, sorted, hidden entries skipped."""

    def on_error(exc: OSError) -> None:
        errors.append(InputError(exc.filename or top, f"cannot read folder: {exc.strerror}"))

    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if _is_candidate(name):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, top)
                found.append((tuple(rel.split(os.sep)), path))
    found.sort()
    return [path for _, path in found]


def _read(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _BadInput(path, "not a regular file")
        if info.st_size > max_bytes:
            raise _BadInput(path, f"file too large ({info.st_size} bytes; limit {max_bytes})")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _BadInput(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _BadInput(path, f"file too large (over {max_bytes} bytes)")
    return data


def _decode(path: str, data: bytes, html: bool = False) -> tuple[str, str]:
    try:
        return decode_bytes(data, path, declared_charset(data) if html else None)
    except DecodeError as exc:
        raise _BadInput(path, str(exc)) from None


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
        raise _BadInput(where, f"field {name!r} must be a string")
    return str(value)


def _record_document(where: str, record: object, encoding: str) -> Document:
    """A Document from one corpus record, or _BadInput naming ``where`` (path:line)."""
    if not isinstance(record, dict):
        raise _BadInput(where, "record is not a JSON object")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id) == "":
        raise _BadInput(where, "record has no 'id' (a non-empty string)")
    text = record.get("text")
    if not isinstance(text, str):
        raise _BadInput(where, "record has no 'text' string")
    if not text.strip():
        raise _BadInput(where, "empty document")
    optional = {name: _field_text(where, record, name) for name in _OPTIONAL_FIELDS}
    extra = {k: v for k, v in record.items() if k not in ("id", "text") + _OPTIONAL_FIELDS}
    meta = {"path": where, "format": "record", **extra}
    return Document(id=str(doc_id), text=text, encoding=encoding, meta=meta, **optional)


def _json_records(path: str, text: str, encoding: str) -> Iterator[Document | InputError]:
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
        except _BadInput as bad:
            yield bad.error


def _jsonl_records(path: str, text: str, encoding: str) -> Iterator[Document | InputError]:
    seen_any = False
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        seen_any = True
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg}")
            continue
        try:
            yield _record_document(where, record, encoding)
        except _BadInput as bad:
            yield bad.error
    if not seen_any:
        yield InputError(path, "empty document")


def _load_file(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents (or errors) from one file; unknown suffixes are read as plain text."""
    try:
        data = _read(path, max_bytes)
        suffix = os.path.splitext(path)[1].lower()
        text, encoding = _decode(path, data, html=suffix in HTML_SUFFIXES)
        if suffix in JSON_SUFFIXES:
            yield from _json_records(path, text, encoding)
            return
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_records(path, text, encoding)
            return
        fmt = "text"
        if suffix in HTML_SUFFIXES:
            text, fmt = html_to_text(text), "html"
        if not text.strip():
            raise _BadInput(path, "empty document" if fmt == "text" else "no text in HTML page")
        yield Document(id=path, text=text, encoding=encoding, meta={"path": path, "format": fmt})
    except _BadInput as bad:
        yield bad.error


def load_documents(
    paths: list[str], max_bytes: int = 20_000_000
) -> tuple[list[Document], list[InputError]]:
    """Load every document named by ``paths`` (files or folders, walked recursively).

    Folders yield .txt/.md/.html/.htm/.json/.jsonl files in sorted order, skipping
    hidden entries, ``expected.yaml`` and ``*.claims.yaml``; a file named explicitly is
    always tried. Files larger than ``max_bytes`` are refused before reading. Returns
    the documents in input order and one :class:`InputError` per problem; a duplicate
    document id keeps its first document and reports the others.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    first_seen: dict[str, str] = {}
    for given in paths:
        given = os.fspath(given)
        if os.path.isdir(given):
            files = _walk(given, errors)
        elif os.path.lexists(given):
            files = [given]
        else:
            errors.append(InputError(given, "no such file or directory"))
            continue
        for path in files:
            for item in _load_file(path, max_bytes):
                if isinstance(item, InputError):
                    errors.append(item)
                    continue
                where = item.meta.get("path", path)
                if item.id in first_seen:
                    errors.append(InputError(
                        where, f"duplicate document id {item.id!r} (first in {first_seen[item.id]})"
                    ))
                    continue
                first_seen[item.id] = where
                documents.append(item)
    return documents, errors
