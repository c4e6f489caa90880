"""Reading a file given by a user: a regular file only, and never more than a size limit.

Every file claimcheck reads on someone's word (documents, rule files, manifests, language
data) goes through :func:`read_regular_file`: ``/dev/zero`` would be read until memory
runs out, and opening a FIFO blocks until a writer comes. The file is opened without
blocking and checked on the open descriptor (no race between a check and the open).
"""
from __future__ import annotations

import errno
import os
import stat

__all__ = ["FileRefused", "read_regular_file", "read_utf8_file", "open_regular_file",
           "MAX_YAML_BYTES"]

# rule files, manifests and language data: the shipped lexicon is 19 kB
MAX_YAML_BYTES = 2_000_000


class FileRefused(OSError):
    """Not a regular file, too large, or unreadable; ``str()`` is a short reason."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def _open_regular(path: str | os.PathLike) -> tuple[int, os.stat_result]:
    """A descriptor of ``path`` opened without blocking, and its status, once it is known
    to be a regular file; FileRefused otherwise (the descriptor closed)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefused(exc.errno or errno.EIO,
                          f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(errno.EINVAL, "not a regular file (a device, FIFO or socket)")
    except OSError as exc:
        os.close(fd)
        if isinstance(exc, FileRefused):
            raise
        raise FileRefused(exc.errno or errno.EIO,
                          f"cannot read: {exc.strerror or exc}") from None
    return fd, info


def open_regular_file(path: str | os.PathLike):
    """``path`` opened for reading in binary, to be read a piece at a time (a corpus);
    FileRefused unless it is a regular file."""
    fd, _ = _open_regular(path)
    return os.fdopen(fd, "rb")


def read_regular_file(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``max_bytes`` bytes.

    Raises :class:`FileRefused` (an OSError) with a one-line reason otherwise."""
    fd, info = _open_regular(path)
    try:
        if info.st_size > max_bytes:
            raise FileRefused(errno.EFBIG,
                              f"file too large ({info.st_size} bytes; limit {max_bytes})")
        chunks, total = [], 0
        while total <= max_bytes:   # the file may grow while it is read
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except FileRefused:
        raise
    except OSError as exc:
        raise FileRefused(exc.errno or errno.EIO,
                          f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise FileRefused(errno.EFBIG, f"file too large (over {max_bytes} bytes)")
    return b"".join(chunks)


def read_utf8_file(path: str | os.PathLike, max_bytes: int) -> str:
    """The text of ``path`` as :func:`read_regular_file` reads it, decoded as UTF-8; a file
    that is not UTF-8 is refused too (FileRefused "not UTF-8 text")."""
    try:
        return read_regular_file(path, max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise FileRefused(errno.EILSEQ, "not UTF-8 text") from None
