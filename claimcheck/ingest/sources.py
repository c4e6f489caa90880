"""Reading one input file safely: a regular file, within the size limit, decoded to text.

Every problem is a :class:`BadInput` that carries the :class:`~claimcheck.records.InputError`
to report; the caller reports it and goes on with the other inputs.
"""
from __future__ import annotations

import errno

from ..records import InputError
from ..safefile import FileRefused, open_regular_file, read_regular_file
from .decoding import Decoded, DecodeError, declared_charset, decode_text

__all__ = ["BadInput", "read_file", "decode_file"]


class BadInput(Exception):
    """One input that cannot be loaded; carries the InputError to report."""

    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.error = InputError(path, message)


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes`` (never a device or a
    FIFO, see :mod:`claimcheck.safefile`)."""
    try:
        return read_regular_file(path, max_bytes)
    except FileRefused as exc:
        message = str(exc)
        if exc.errno == errno.EFBIG:
            message = message.replace("limit ", "--max-bytes ").replace(
                "(over ", "(over --max-bytes ")
            if "--max-bytes" not in message:
                message += f" (--max-bytes {max_bytes})"
        raise BadInput(path, message) from None


def open_file(path: str):
    """A regular file opened for reading in binary, piece by piece (a JSONL or CSV corpus),
    or BadInput naming it."""
    try:
        return open_regular_file(path)
    except FileRefused as exc:
        raise BadInput(path, str(exc)) from None


def decode_file(path: str, data: bytes, html: bool = False) -> Decoded:
    """(text, encoding, warnings) of a file's bytes, or BadInput naming the file."""
    try:
        return decode_text(data, path, declared_charset(data) if html else None)
    except DecodeError as exc:
        raise BadInput(path, str(exc)) from None
