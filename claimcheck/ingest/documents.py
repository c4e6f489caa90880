"""Load input documents from files, folders, standard input and corpora.

Each input's format is told by :mod:`.formats` (text, HTML, PDF, DOCX, JSON, JSONL, CSV,
TSV); folders are walked by :mod:`.walk`, which also says which files are skipped and why.

Every problem with one input (missing, unreadable, too large, empty, binary,
undecodable, a bad corpus record, a duplicate id) becomes one :class:`InputError`
and never stops the other inputs from loading.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from ..records import Document, InputError, Skipped
from .formats import DOCUMENT_SUFFIXES, documents_from_bytes, file_format, stdin_documents
from .paths import is_outside
from .sources import BadInput, read_file
from .stdin import STDIN
from .walk import walk_folder

__all__ = ["load_documents", "DOCUMENT_SUFFIXES"]


def _load_file(path: str, max_bytes: int, root: str | None = None, stdin_format: str = "auto"
               ) -> Iterator[Document | InputError]:
    """Documents (or errors) from one file; unknown suffixes are read as plain text.
    A bug while reading one file becomes an error for that file."""
    if root is not None and path != STDIN and is_outside(path, root):
        yield InputError(path, f"outside the project folder {root} (--allow-outside "
                               "permits it); not read")
        return
    try:
        yield from _read_documents(path, max_bytes, stdin_format)
    except Exception as exc:  # noqa: BLE001 - one file must not lose the run
        yield InputError(path, f"internal error while reading (please report): "
                               f"{type(exc).__name__}: {exc}")


def _read_documents(path: str, max_bytes: int, stdin_format: str = "auto"
                    ) -> Iterator[Document | InputError]:
    if path == STDIN:
        yield from stdin_documents(max_bytes, stdin_format)
        return
    fmt = file_format(path) or "text"
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


def _files(given: str, errors: list[InputError], skipped: list[Skipped] | None) -> list[str]:
    if given == STDIN:
        return [STDIN]
    if os.path.isdir(given):
        return walk_folder(given, errors, skipped)
    if os.path.lexists(given):
        return [given]
    errors.append(InputError(given, "no such file or directory"))
    return []


def load_documents(
    paths: list[str], max_bytes: int = 20_000_000, confine_to: str | None = None,
    skipped: list[Skipped] | None = None, stdin_format: str = "auto",
) -> tuple[list[Document], list[InputError]]:
    """Load every document named by ``paths`` (files or folders, walked recursively;
    ``-`` is standard input, read as ``stdin_format``, see :mod:`.stdin`).

    Folders yield their files of a document type (.txt, .md, .html, .htm, .json, .jsonl,
    .csv, .tsv, .pdf, .docx) in sorted order; the other files are appended to
    ``skipped`` with their reason (:mod:`.walk`), hidden entries passed over. A file
    named explicitly is always tried (an unknown suffix is read as text). A file named
    twice (``./en.txt`` and ``en.txt``, or through a link) is read once; the second
    name is skipped. Files larger than ``max_bytes`` are refused before reading. Returns
    the documents in input order and one :class:`InputError` per problem; a duplicate
    document id keeps its first document and reports the others. With ``confine_to``,
    a file that resolves outside that folder is an error and is not read.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    first_seen: dict[str, str] = {}
    real_seen: dict[str, str] = {}
    for given in paths:
        for path in _files(os.fspath(given), errors, skipped):
            real = path if path == STDIN else os.path.realpath(path)
            if real in real_seen:
                if path == STDIN:
                    errors.append(InputError(path, "standard input is named twice; it is read "
                                                   "once"))
                elif skipped is not None:
                    skipped.append(Skipped(path, f"the same file as {real_seen[real]}, "
                                                 "already read"))
                continue
            real_seen[real] = path
            for item in _load_file(path, max_bytes, confine_to, stdin_format):
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
