"""Reading one input file safely: a regular file, within the size limit, decoded to text.

Every problem is a :class:`BadInput` that carries the :class:`~claimcheck.records.InputError`
to report; the caller reports it and goes on with the other inputs.
"""
from __future__ import annotations

import os
import stat

from ..records import InputError
from .decoding import DecodeError, declared_charset, decode_bytes

__all__ = ["BadInput", "read_file", "decode_file"]


class BadInput(Exception):
    """One input that cannot be loaded; carries the InputError to report."""

    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.error = InputError(path, message)


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(path, "not a regular file")
        if info.st_size > max_bytes:
            raise BadInput(path, f"file too large ({info.st_size} bytes; limit {max_bytes})")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise BadInput(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise BadInput(path, f"file too large (over {max_bytes} bytes)")
    return data


def decode_file(path: str, data: bytes, html: bool = False) -> tuple[str, str]:
    try:
        return decode_bytes(data, path, declared_charset(data) if html else None)
    except DecodeError as exc:
        raise BadInput(path, str(exc)) from None
