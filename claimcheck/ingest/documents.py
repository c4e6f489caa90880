"""Load input documents from files, folders and JSON/JSONL corpora (:mod:`.corpus`).

Every problem with one input (missing, unreadable, too large, empty, binary,
undecodable, a bad corpus record, a duplicate id) becomes one :class:`InputError`
and never stops the other inputs from loading.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

from ..records import Document, InputError
from .corpus import json_records, jsonl_records
from .html import html_to_text
from .paths import is_outside
from .sources import BadInput, decode_file, read_file

__all__ = ["load_documents", "DOCUMENT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES


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


def _load_file(path: str, max_bytes: int, root: str | None = None
               ) -> Iterator[Document | InputError]:
    """Documents (or errors) from one file; unknown suffixes are read as plain text.
    A bug while reading one file becomes an error for that file."""
    if root is not None and is_outside(path, root):
        yield InputError(path, f"outside the project folder {root} (--allow-outside "
                               "permits it); not read")
        return
    try:
        yield from _read_documents(path, max_bytes)
    except Exception as exc:  # noqa: BLE001 - one file must not lose the run
        yield InputError(path, f"internal error while reading (please report): "
                               f"{type(exc).__name__}: {exc}")


def _read_documents(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    try:
        data = read_file(path, max_bytes)
        suffix = os.path.splitext(path)[1].lower()
        text, encoding, warnings = decode_file(path, data, html=suffix in HTML_SUFFIXES)
        if suffix in JSON_SUFFIXES or suffix in JSONL_SUFFIXES:
            records = json_records if suffix in JSON_SUFFIXES else jsonl_records
            for item in records(path, text, encoding):
                yield _with_warnings(item, warnings)
            return
        fmt = "text"
        if suffix in HTML_SUFFIXES:
            text, fmt = html_to_text(text), "html"
        if not text.strip():
            raise BadInput(path, "empty document" if fmt == "text" else "no text in HTML page")
        yield Document(id=path, text=text, encoding=encoding, meta={"path": path, "format": fmt},
                       warnings=warnings)
    except BadInput as bad:
        yield bad.error


def _with_warnings(item: Document | InputError, warnings: tuple[str, ...]):
    """A corpus record carries the warnings of reading its file."""
    if warnings and isinstance(item, Document):
        return replace(item, warnings=item.warnings + warnings)
    return item


def load_documents(
    paths: list[str], max_bytes: int = 20_000_000, confine_to: str | None = None
) -> tuple[list[Document], list[InputError]]:
    """Load every document named by ``paths`` (files or folders, walked recursively).

    Folders yield .txt/.md/.html/.htm/.json/.jsonl files in sorted order, skipping
    hidden entries, ``expected.yaml`` and ``*.claims.yaml``; a file named explicitly is
    always tried. Files larger than ``max_bytes`` are refused before reading. Returns
    the documents in input order and one :class:`InputError` per problem; a duplicate
    document id keeps its first document and reports the others. With ``confine_to``,
    a file that resolves outside that folder is an error and is not read.
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
            for item in _load_file(path, max_bytes, confine_to):
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
