"""Which reader reads an input: its format, from the file's suffix (or, for standard
input, from ``--stdin-format`` or its first bytes), and the readers of every format.

Text (.txt, .md), HTML (.html, .htm), JSON and JSONL corpora are decoded here; PDF
(:mod:`.pdf`), DOCX (:mod:`.docx`) and CSV/TSV corpora (:mod:`.tabular`) have their own
modules, imported when a file of theirs is read.
"""
from __future__ import annotations

import io
import os
from collections.abc import Iterator

from ..records import Document, InputError
from .corpus import json_records
from .html import html_to_text
from .sources import BadInput, decode_file

__all__ = ["SUFFIX_FORMATS", "DOCUMENT_SUFFIXES", "file_format", "documents_from_bytes",
           "stdin_documents"]

SUFFIX_FORMATS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html",
                  ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv",
                  ".pdf": "pdf", ".docx": "docx"}
DOCUMENT_SUFFIXES = tuple(SUFFIX_FORMATS)


def file_format(path: str) -> str | None:
    """The format of a file by its suffix; None for a suffix claimcheck does not know."""
    return SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower())


def _with_warnings(item: Document | InputError, warnings: tuple[str, ...]):
    """A corpus record carries the warnings of reading its file."""
    if warnings and isinstance(item, Document):
        from dataclasses import replace

        return replace(item, warnings=item.warnings + warnings)
    return item


def documents_from_bytes(path: str, fmt: str, data: bytes, max_bytes: int,
                         doc_id: str | None = None) -> Iterator[Document | InputError]:
    """The documents of one input's bytes read as ``fmt`` (not csv/tsv: those stream);
    every problem is an InputError naming ``path``."""
    try:
        if fmt == "pdf":
            from .pdf import pdf_document

            yield pdf_document(path, data, max_bytes, doc_id)
            return
        if fmt == "docx":
            from .docx import docx_document

            yield docx_document(path, data, max_bytes, doc_id)
            return
        if fmt == "jsonl":
            yield from _jsonl(path, b"", io.BytesIO(data), max_bytes)
            return
        text, encoding, warnings = decode_file(path, data, html=fmt == "html")
        if fmt == "json":
            for item in json_records(path, text, encoding):
                yield _with_warnings(item, warnings)
            return
        kind = "text"
        if fmt == "html":
            text, kind = html_to_text(text), "html"
        if not text.strip():
            raise BadInput(path, "empty document" if kind == "text" else "no text in HTML page")
        yield Document(id=doc_id or path, text=text, encoding=encoding,
                       meta={"path": path, "format": kind}, warnings=warnings)
    except BadInput as bad:
        yield bad.error


def _jsonl(path: str, head: bytes, stream, max_bytes: int) -> Iterator[Document | InputError]:
    """The records of a JSONL stream, one line at a time (:mod:`.jsonl`). UTF-8 is read
    as it comes; a stream in another encoding is read whole first, within ``max_bytes``
    (its reader needs to seek)."""
    from .head import HEAD_BYTES, Chain, head_encoding
    from .jsonl import read_records

    head += stream.read(max(0, HEAD_BYTES - len(head)))
    try:
        encoding = head_encoding(path, head, len(head) < HEAD_BYTES)
    except BadInput as bad:
        yield bad.error
        return
    if encoding == "utf-8":
        handle = io.BufferedReader(Chain(head, stream))
    else:
        data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
        if len(data) > max_bytes:
            yield InputError(path, f"larger than --max-bytes ({max_bytes} bytes) in "
                                   f"{encoding}; not read")
            return
        handle = io.BytesIO(data)
    yield from read_records(path, handle, encoding, max_bytes, 1, None, whole=True)


def stdin_documents(max_bytes: int, fmt: str = "auto", stream=None
                    ) -> Iterator[Document | InputError]:
    """The documents of standard input (see :mod:`.stdin`)."""
    from .stdin import STDIN_NAME, read_stdin

    try:
        fmt, head, stream = read_stdin(max_bytes, fmt, stream)
    except OSError as exc:
        yield InputError(STDIN_NAME, f"cannot read standard input: {exc.strerror or exc}")
        return
    if fmt == "jsonl":
        yield from _jsonl(STDIN_NAME, head, stream, max_bytes)
        return
    if fmt in ("csv", "tsv"):
        from .head import Chain
        from .tabular import table_records

        yield from table_records(STDIN_NAME, io.BufferedReader(Chain(head, stream)),
                                 max_bytes, tabs=fmt == "tsv")
        return
    data = head + (stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else b"")
    if len(data) > max_bytes:
        yield InputError(STDIN_NAME, f"standard input is larger than --max-bytes ({max_bytes} "
                                     "bytes); not read")
        return
    yield from documents_from_bytes(STDIN_NAME, fmt, data, max_bytes, doc_id=STDIN_NAME)
