"""JSONL corpora read one record at a time, so a corpus of any size loads in bounded memory.

The encoding is chosen once from the head of the file (:func:`~.head.head_encoding`),
then every line is decoded and parsed on its own. The size limit applies to each record: a line longer than ``max_bytes`` is
one error naming ``path:line`` and the next records are still read. A line that does not
decode, or is not valid JSON, is one error too.
"""
from __future__ import annotations

import codecs
import io
import json
import os
from collections.abc import Iterator
from dataclasses import replace

from ..records import Document, InputError
from .corpus import TOO_DEEP, record_document, parse_json
from .head import HEAD_BYTES, head_encoding
from .sources import BadInput, open_file

__all__ = ["jsonl_stream", "jsonl_ranges", "jsonl_range", "read_records"]

_WIDE = ("utf-16", "utf-32")
_CHUNK = 1 << 16


def _byte_lines(handle, limit: int, end: int | None = None) -> Iterator[bytes | None]:
    """Lines of a binary file without their ends, up to byte ``end``; None for a line over
    ``limit`` bytes (which is skipped to its end)."""
    while end is None or handle.tell() < end:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(_CHUNK)
            yield None
            continue
        yield line.rstrip(b"\r\n")


def _text_lines(handle, encoding: str, limit: int) -> Iterator[str | None]:
    """The same for UTF-16/32 files, through an incremental decoder."""
    reader = io.TextIOWrapper(handle, encoding=encoding.replace("-sig", ""), newline="")
    if reader.read(1) not in ("\ufeff", ""):
        reader.seek(0)
    while True:
        line = reader.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = reader.readline(_CHUNK)
            yield None
            continue
        yield line.rstrip("\r\n")


def _head_encoding(path: str, handle) -> str:
    head = handle.read(HEAD_BYTES)
    return head_encoding(path, head, len(head) < HEAD_BYTES)


def jsonl_stream(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents (or errors) from a JSONL corpus, one record at a time."""
    try:
        handle = open_file(path)
    except BadInput as bad:
        yield bad.error
        return
    with handle:
        try:
            encoding = _head_encoding(path, handle)
        except BadInput as bad:
            yield bad.error
            return
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror or exc}")
            return
        handle.seek(0)
        yield from read_records(path, handle, encoding, max_bytes, 1, None, whole=True)


def jsonl_ranges(path: str, block: int) -> tuple[str, list[tuple[int, int, int]]] | InputError:
    """(encoding, [(start byte, end byte, first line number)]): a JSONL file cut at line
    ends into ranges of about ``block`` bytes, to be read apart (:func:`jsonl_range`).
    A UTF-16/32 file is one range."""
    try:
        handle = open_file(path)
    except BadInput as bad:
        return bad.error
    with handle:
        try:
            encoding = _head_encoding(path, handle)
            size = os.fstat(handle.fileno()).st_size
            if encoding.startswith(_WIDE):
                return encoding, [(0, size, 1)]
            start = len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0
            handle.seek(start)
            ranges, line = [], 1
            while start < size:
                end = min(size, start + block)
                handle.seek(end)
                rest = handle.readline() if end < size else b""
                end += len(rest)
                handle.seek(start)
                lines_inside = 0
                left = end - start
                while left:
                    chunk = handle.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    lines_inside += chunk.count(b"\n")
                    left -= len(chunk)
                ranges.append((start, end, line))
                line += lines_inside
                start = end
            return encoding, ranges
        except BadInput as bad:
            return bad.error
        except OSError as exc:
            return InputError(path, f"cannot read: {exc.strerror or exc}")


def jsonl_range(path: str, encoding: str, start: int, end: int, first_line: int,
                max_bytes: int) -> Iterator[Document | InputError]:
    """The records of one range of :func:`jsonl_ranges`."""
    try:
        handle = open_file(path)
    except BadInput as bad:
        yield bad.error
        return
    with handle:
        if encoding.startswith(_WIDE):
            yield from read_records(path, handle, encoding, max_bytes, 1, None, whole=True)
            return
        handle.seek(start)
        yield from read_records(path, handle, encoding, max_bytes, first_line, end, whole=False)


def read_records(path: str, handle, encoding: str, max_bytes: int, first_line: int,
             end: int | None, whole: bool) -> Iterator[Document | InputError]:
    """The records from the handle's position (to byte ``end`` when given); ``whole``:
    this is the entire file, so a file without a record is an error."""
    wide = encoding.startswith(_WIDE)
    if wide:
        lines = _text_lines(handle, encoding, max_bytes)
    else:
        if whole and encoding == "utf-8-sig":
            handle.seek(len(codecs.BOM_UTF8))
        lines = _byte_lines(handle, max_bytes, end)
    line_codec = "utf-8" if encoding == "utf-8-sig" else encoding
    seen_any = False
    number = first_line - 1
    try:
        for number, line in enumerate(lines, start=first_line):
            where = f"{path}:{number}"
            if line is None:
                seen_any = True
                yield InputError(where, f"record too large (over {max_bytes} bytes)")
                continue
            warnings: tuple[str, ...] = ()
            if not wide:
                try:
                    line = line.decode(line_codec)
                except UnicodeDecodeError:
                    # stray bytes in a line of the file's encoding are replaced, with a
                    # warning, as for a whole file (decoding.decode_text)
                    line = line.decode(line_codec, errors="replace")
                    bad = line.count("\ufffd")
                    warnings = (f"line {number}: {bad} invalid {encoding} byte sequence"
                                f"{'' if bad == 1 else 's'} replaced by U+FFFD",)
            if not line.strip():
                continue
            seen_any = True
            try:
                record = parse_json(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"invalid JSON: {exc.msg}")
                continue
            except RecursionError:
                yield InputError(where, TOO_DEEP)
                continue
            try:
                doc = record_document(where, record, encoding)
            except BadInput as bad:
                yield bad.error
                continue
            yield replace(doc, warnings=doc.warnings + warnings) if warnings else doc
    except UnicodeDecodeError:
        yield InputError(f"{path}:{number + 1}", f"cannot decode the line as {encoding}")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    if whole and not seen_any:
        yield InputError(path, "empty document")
