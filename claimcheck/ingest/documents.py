"""Load input documents from files, folders and JSON/JSONL corpora (:mod:`.corpus`).

Every problem with one input (missing, unreadable, too large, empty, binary,
undecodable, a bad corpus record, a duplicate id) becomes one :class:`InputError`
and never stops the other inputs from loading. :func:`iter_documents` yields them one at
a time, in input order (folders file by file, JSONL corpora record by record:
:mod:`.jsonl`), so a run holds only the documents it is working on;
:func:`load_documents` collects them.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

from ..records import Document, InputError
from .corpus import json_records
from .html import html_to_text
from .jsonl import jsonl_stream
from .paths import is_outside
from .sources import BadInput, decode_file, read_file

__all__ = ["load_documents", "iter_documents", "input_files", "read_file_documents",
           "duplicate_error", "outside_error", "DOCUMENT_SUFFIXES", "JSONL_SUFFIXES"]

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


def input_files(paths: list[str]) -> Iterator[str | InputError]:
    """The files named by ``paths``, folders walked, in input order; an error for a path
    that does not exist or a folder that cannot be read."""
    for given in paths:
        given = os.fspath(given)
        if os.path.isdir(given):
            errors: list[InputError] = []
            files = _walk(given, errors)
            yield from errors
            yield from files
        elif os.path.lexists(given):
            yield given
        else:
            yield InputError(given, "no such file or directory")


def duplicate_error(doc: Document, where: str, first: str) -> InputError:
    return InputError(where, f"duplicate document id {doc.id!r} (first in {first})")


def _load_file(path: str, max_bytes: int, root: str | None = None
               ) -> Iterator[Document | InputError]:
    """Documents (or errors) from one file; unknown suffixes are read as plain text.

    ``max_bytes`` limits each document: a text or HTML file, a JSONL record (a JSON
    corpus is read whole, so there it limits the file). With ``root``, a file that
    resolves outside that folder is an error and is not read. A bug while reading one
    file becomes an error for that file."""
    if root is not None and is_outside(path, root):
        yield outside_error(path, root)
        return
    try:
        yield from _read_documents(path, max_bytes)
    except Exception as exc:  # noqa: BLE001 - one file must not lose the run
        yield InputError(path, f"internal error while reading (please report): "
                               f"{type(exc).__name__}: {exc}")


def outside_error(path: str, root: str) -> InputError:
    return InputError(path, f"outside the project folder {root} (--allow-outside permits "
                            "it); not read")


def _read_documents(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        yield from jsonl_stream(path, max_bytes)
        return
    try:
        data = read_file(path, max_bytes)
        text, encoding, warnings = decode_file(path, data, html=suffix in HTML_SUFFIXES)
        if suffix in JSON_SUFFIXES:
            for item in json_records(path, text, encoding):
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


def iter_documents(paths: list[str], max_bytes: int = 20_000_000,
                   confine_to: str | None = None) -> Iterator[Document | InputError]:
    """Every document named by ``paths`` (files or folders, walked recursively), or the
    error that replaces it, one at a time in input order.

    Folders yield .txt/.md/.html/.htm/.json/.jsonl files in sorted order, skipping
    hidden entries, ``expected.yaml`` and ``*.claims.yaml``; a file named explicitly is
    always tried. A document larger than ``max_bytes`` is refused before it is read. A
    duplicate document id keeps its first document and reports the others. With
    ``confine_to``, a file that resolves outside that folder is an error and is not read."""
    first_seen: dict[str, str] = {}
    for path in input_files(paths):
        if isinstance(path, InputError):
            yield path
            continue
        for item in _load_file(path, max_bytes, confine_to):
            if isinstance(item, InputError):
                yield item
                continue
            where = item.meta.get("path", path)
            if item.id in first_seen:
                yield duplicate_error(item, where, first_seen[item.id])
                continue
            first_seen[item.id] = where
            yield item


read_file_documents = _load_file


def load_documents(
    paths: list[str], max_bytes: int = 20_000_000, confine_to: str | None = None
) -> tuple[list[Document], list[InputError]]:
    """All of :func:`iter_documents`: (documents in input order, errors)."""
    documents: list[Document] = []
    errors: list[InputError] = []
    for item in iter_documents(paths, max_bytes, confine_to):
        (errors if isinstance(item, InputError) else documents).append(item)
    return documents, errors
