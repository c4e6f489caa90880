"""The head of a streamed corpus: the bytes that choose its encoding, then the rest.

JSONL and CSV/TSV corpora are read one record at a time, so their encoding is chosen once,
from the first :data:`HEAD_BYTES` of the file (BOMs, UTF-16/32, UTF-8, detected legacy
charsets: :func:`~.decoding.decode_text`). A head that stops inside the file is cut at its
last line end first, and that cut must fall between two code units: in UTF-16-LE a line
end is ``0a 00``, in UTF-32-LE ``0a 00 00 00``; a head cut after the ``0a`` alone is not
valid text, and a corpus larger than the head could not be read at all.
"""
from __future__ import annotations

import codecs
import io

from .decoding import DecodeError, decode_text
from .sources import BadInput

__all__ = ["HEAD_BYTES", "head_encoding", "code_unit", "Chain"]

HEAD_BYTES = 1 << 20


def code_unit(head: bytes) -> int:
    """Bytes per code unit of a text, from its head: 4 after a UTF-32 byte-order mark, 2
    after a UTF-16 one or when NUL bytes are present (UTF-16 without a mark), else 1."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return 4
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        return 2
    return 1


def head_encoding(path: str, head: bytes, whole: bool) -> str:
    """The encoding of a file from its head; ``whole``: the head is the entire file.

    A partial head is cut after its last line end, rounded up to a whole code unit (the
    byte-order marks are whole code units, so the cut stays aligned); a head without a
    whole line is cut at its last whole code unit."""
    if not whole:
        width = code_unit(head)
        head = head[:_line_cut(head, width) or len(head) - len(head) % width]
    try:
        return decode_text(head, path).encoding
    except DecodeError as exc:
        raise BadInput(path, str(exc)) from None


def _line_cut(head: bytes, width: int) -> int | None:
    """The end of the head's last whole line, on a whole code unit of ``width`` bytes (a
    line end whose code unit the head cuts in two is not whole: the one before it is)."""
    end = len(head)
    while (k := head.rfind(b"\n", 0, end)) > 0:
        cut = k + 1 + (-(k + 1) % width)
        if cut <= len(head):
            return cut
        end = k
    return None


class Chain(io.RawIOBase):
    """The bytes of ``head`` and then the rest of ``stream`` (which may not seek)."""

    def __init__(self, head: bytes, stream):
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        chunk = self.stream.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)
