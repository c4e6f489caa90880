"""CSV and TSV corpora: one :class:`~claimcheck.records.Document` per row, read as a stream.

The first row is the header and must name a ``text`` column; ``id``, ``lang``, ``story``,
``date`` and ``source`` are optional (names are matched without regard to case or
surrounding spaces; other columns are kept in ``meta``). Without an ``id`` column a row's id
is ``path:line``. The delimiter of a .csv file is the one of ``,`` ``;`` ``|`` and tab that
makes its header name a ``text`` column (spreadsheets in many locales write ``;``); a .tsv
file uses tabs. The encoding is chosen once from the head of the file (as for JSONL), then
the rows are decoded and parsed one at a time, so a corpus of any size loads in bounded
memory. A bad row (wrong number of fields, no text, over ``--max-bytes``) is one error
naming ``path:line``, and the next rows are still read (after a line over the limit,
from the next line on); a break in the CSV syntax itself ends the file with one error.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ..records import Document, InputError
from .corpus import OPTIONAL_FIELDS, record_document
from .head import HEAD_BYTES, Chain, head_encoding
from .sources import BadInput, open_file

__all__ = ["table_records", "table_file", "TABLE_SUFFIXES", "DELIMITERS"]

TABLE_SUFFIXES = (".csv", ".tsv")
DELIMITERS = (",", ";", "\t", "|")
KNOWN = ("id", "text", *OPTIONAL_FIELDS)


class _TooLarge(Exception):
    pass


class _Lines:
    """Lines of a text stream for csv.reader, each bounded, counted as they are read."""

    def __init__(self, reader, limit: int):
        self.reader, self.limit, self.number, self.used = reader, limit, 0, 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.reader.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.number += 1
        self.used += len(line)
        if len(line) > self.limit:
            while line and not line.endswith(("\n", "\r")):   # on to the next line
                line = self.reader.readline(1 << 16)
            raise _TooLarge
        return line


def _header(path: str, line: str, tabs: bool) -> tuple[str, list[str]]:
    """(delimiter, column names) of the header line, or BadInput."""
    for delimiter in ("\t",) if tabs else DELIMITERS:
        names = [n.strip().lower() for n in next(csv.reader([line], delimiter=delimiter))]
        if "text" in names:
            dupes = sorted({n for n in names if n and names.count(n) > 1})
            if dupes:
                raise BadInput(f"{path}:1", f"column {dupes[0]!r} is named twice in the header")
            return delimiter, names
    raise BadInput(f"{path}:1", "the first row must be a header naming a 'text' column "
                                "(and optionally id, lang, story, date, source)")


def _document(where: str, names: list[str], row: list[str], encoding: str) -> Document:
    if len(row) != len(names):
        raise BadInput(where, f"the row has {len(row)} field{'' if len(row) == 1 else 's'}, "
                              f"the header {len(names)}")
    record = {}
    for name, value in zip(names, row):
        if name and (value.strip() or name == "text" or name not in KNOWN):
            record[name] = value
    if "id" not in names:
        record["id"] = where
    return record_document(where, record, encoding)


def table_records(path: str, stream, max_bytes: int, tabs: bool = False
                  ) -> Iterator[Document | InputError]:
    """Documents (or errors) from a CSV (or, with ``tabs``, TSV) byte stream, row by row."""
    try:
        head = stream.read(HEAD_BYTES)
        encoding = head_encoding(path, head, len(head) < HEAD_BYTES)
    except BadInput as bad:
        yield bad.error
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    text = io.TextIOWrapper(io.BufferedReader(Chain(head, stream)), encoding=encoding,
                            newline="", errors="strict")
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(min(max_bytes, 2 ** 62))
    lines = _Lines(text, max_bytes)
    try:
        first = next(lines, "")
        delimiter, names = _header(path, first.lstrip("\ufeff").rstrip("\r\n"), tabs)
    except _TooLarge:
        yield InputError(f"{path}:1", f"header line over --max-bytes ({max_bytes} bytes)")
        return
    except BadInput as bad:
        yield bad.error
        return
    except (UnicodeDecodeError, OSError) as exc:
        yield InputError(path, f"cannot read: {exc}")
        return
    rows = csv.reader(lines, delimiter=delimiter)
    seen = False
    while True:
        start, lines.used = lines.number + 1, 0
        where = f"{path}:{start}"
        try:
            row = next(rows)
        except StopIteration:
            break
        except _TooLarge:   # a line too long: reported, and reading goes on past it
            seen = True
            yield InputError(where, f"record over --max-bytes ({max_bytes} bytes)")
            rows = csv.reader(lines, delimiter=delimiter)
            continue
        except csv.Error as exc:
            yield InputError(f"{path}:{lines.number}", f"bad CSV: {exc}; the rest of the file "
                                                       "is not read")
            return
        except UnicodeDecodeError:
            yield InputError(f"{path}:{lines.number + 1}",
                             f"cannot decode the line as {encoding}; the rest of the file is not "
                             "read")
            return
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror or exc}")
            return
        if not row or not any(cell.strip() for cell in row):
            continue
        seen = True
        if lines.used > max_bytes:
            yield InputError(where, f"record over --max-bytes ({max_bytes} bytes)")
            continue
        try:
            yield _document(where, names, row, encoding)
        except BadInput as bad:
            yield bad.error
    if not seen:
        yield InputError(path, "no rows below the header")


def table_file(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents (or errors) from a .csv or .tsv file."""
    try:
        handle = open_file(path)
    except BadInput as bad:
        yield bad.error
        return
    with handle:
        yield from table_records(path, handle, max_bytes,
                                 tabs=path.lower().endswith(".tsv"))
