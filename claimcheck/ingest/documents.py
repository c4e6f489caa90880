"""Load input documents from files, folders, standard input and corpora.

Each input's format is told by :mod:`.formats` (text, HTML, PDF, DOCX, JSON, JSONL, CSV,
TSV); folders are walked by :mod:`.walk`, which also says which files are skipped and why.
Every problem with one input (missing, unreadable, too large, empty, binary,
undecodable, a bad corpus record, a duplicate id) becomes one :class:`InputError`
and never stops the other inputs from loading. :func:`iter_documents` yields them one at
a time, in input order (folders file by file, JSONL, CSV and TSV corpora record by
record: :mod:`.jsonl`, :mod:`.tabular`), so a run holds only the documents it is working
on; :func:`load_documents` collects them.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from ..records import Document, InputError, Skipped
from .formats import DOCUMENT_SUFFIXES, documents_from_bytes, file_format, stdin_documents
from .jsonl import jsonl_stream
from .paths import is_outside
from .sources import BadInput, read_file
from .stdin import STDIN
from .walk import walk_folder

__all__ = ["load_documents", "iter_documents", "input_files", "read_file_documents",
           "duplicate_error", "outside_error", "DOCUMENT_SUFFIXES", "JSONL_SUFFIXES"]

JSONL_SUFFIXES = (".jsonl",)


def _files(given: str, errors: list[InputError], skipped: list[Skipped] | None) -> list[str]:
    if given == STDIN:
        return [STDIN]
    if os.path.isdir(given):
        return walk_folder(given, errors, skipped)
    if os.path.lexists(given):
        return [given]
    errors.append(InputError(given, "no such file or directory"))
    return []


def input_files(paths: list[str], skipped: list[Skipped] | None = None
                ) -> Iterator[str | InputError]:
    """The files named by ``paths``, folders walked, in input order; an error for a path
    that does not exist or a folder that cannot be read. ``-`` is standard input. The
    files of a folder that are not read, and a file named a second time (``./en.txt``
    beside ``en.txt``, or through a link), are appended to ``skipped`` with their reason."""
    real_seen: dict[str, str] = {}
    for given in paths:
        errors: list[InputError] = []
        files = _files(os.fspath(given), errors, skipped)
        yield from errors
        for path in files:
            real = path if path == STDIN else os.path.realpath(path)
            if real in real_seen:
                if path == STDIN:
                    yield InputError(path, "standard input is named twice; it is read once")
                elif skipped is not None:
                    skipped.append(Skipped(path, f"the same file as {real_seen[real]}, "
                                                 "already read"))
                continue
            real_seen[real] = path
            yield path


def duplicate_error(doc: Document, where: str, first: str) -> InputError:
    return InputError(where, f"duplicate document id {doc.id!r} (first in {first})")


def _load_file(path: str, max_bytes: int, root: str | None = None, stdin_format: str = "auto"
               ) -> Iterator[Document | InputError]:
    """Documents (or errors) from one file; unknown suffixes are read as plain text.

    ``max_bytes`` limits each document: a text, HTML, PDF or DOCX file, a JSONL, CSV or
    TSV record (a JSON corpus is read whole, so there it limits the file). With ``root``,
    a file that resolves outside that folder is an error and is not read. A bug while
    reading one file becomes an error for that file."""
    if root is not None and path != STDIN and is_outside(path, root):
        yield outside_error(path, root)
        return
    try:
        yield from _read_documents(path, max_bytes, stdin_format)
    except Exception as exc:  # noqa: BLE001 - one file must not lose the run
        yield InputError(path, f"internal error while reading (please report): "
                               f"{type(exc).__name__}: {exc}")


def outside_error(path: str, root: str) -> InputError:
    return InputError(path, f"outside the project folder {root} (--allow-outside permits "
                            "it); not read")


def _read_documents(path: str, max_bytes: int, stdin_format: str = "auto"
                    ) -> Iterator[Document | InputError]:
    if path == STDIN:
        yield from stdin_documents(max_bytes, stdin_format)
        return
    fmt = file_format(path) or "text"
    if fmt == "jsonl":
        yield from jsonl_stream(path, max_bytes)
        return
    if fmt in ("csv", "tsv"):
        from .tabular import table_file

        yield from table_file(path, max_bytes)
        return
    try:
        data = read_file(path, max_bytes)
    except BadInput as bad:
        yield bad.error
        return
    yield from documents_from_bytes(path, fmt, data, max_bytes)


def iter_documents(paths: list[str], max_bytes: int = 20_000_000,
                   confine_to: str | None = None, skipped: list[Skipped] | None = None,
                   stdin_format: str = "auto") -> Iterator[Document | InputError]:
    """Every document named by ``paths`` (files or folders, walked recursively; ``-`` is
    standard input, read as ``stdin_format``, see :mod:`.stdin`), or the error that
    replaces it, one at a time in input order.

    Folders yield their files of a document type (.txt, .md, .html, .htm, .json, .jsonl,
    .csv, .tsv, .pdf, .docx) in sorted order; the other files are appended to
    ``skipped`` with their reason (:mod:`.walk`), hidden entries passed over. A file
    named explicitly is always tried (an unknown suffix is read as text); a file named
    twice is read once. A document larger than ``max_bytes`` is refused before it is
    read. A duplicate document id keeps its first document and reports the others. With
    ``confine_to``, a file that resolves outside that folder is an error and is not read."""
    first_seen: dict[str, str] = {}
    for path in input_files(paths, skipped):
        if isinstance(path, InputError):
            yield path
            continue
        for item in _load_file(path, max_bytes, confine_to, stdin_format):
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
    paths: list[str], max_bytes: int = 20_000_000, confine_to: str | None = None,
    skipped: list[Skipped] | None = None, stdin_format: str = "auto",
) -> tuple[list[Document], list[InputError]]:
    """All of :func:`iter_documents`: (documents in input order, errors)."""
    documents: list[Document] = []
    errors: list[InputError] = []
    for item in iter_documents(paths, max_bytes, confine_to, skipped, stdin_format):
        (errors if isinstance(item, InputError) else documents).append(item)
    return documents, errors
