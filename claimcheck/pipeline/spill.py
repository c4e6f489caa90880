"""Texts and claims kept on disk between extraction and the check of their story.

A run cannot check a story before it has read every document (a later document may
belong to it), so the local engine writes each document's text and claims to a spill
file as soon as they are extracted and keeps only a reference (file, offset, length) in
memory. Each process appends to its own file; any process reads any file.
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile

__all__ = ["SpillWriter", "SpillReader", "spill_dir", "remove"]


def spill_dir() -> str:
    """A new private folder for one run's spill files (under $TMPDIR)."""
    return tempfile.mkdtemp(prefix="claimcheck-spill-")


def remove(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)


class SpillWriter:
    """Appends pickled objects to this process's spill file."""

    def __init__(self, folder: str):
        self.folder = folder
        self.name = f"spill-{os.getpid()}.bin"
        self._file = None
        self._offset = 0

    def put(self, obj) -> tuple[str, int, int]:
        if self._file is None:
            self._file = open(os.path.join(self.folder, self.name), "ab")
            self._offset = self._file.tell()
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        ref = (self.name, self._offset, len(data))
        self._offset += len(data)
        return ref

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class SpillReader:
    """Reads objects back by reference, from any process's spill file."""

    def __init__(self, folder: str):
        self.folder = folder
        self._fds: dict[str, int] = {}

    def get(self, ref: tuple[str, int, int]):
        name, offset, length = ref
        fd = self._fds.get(name)
        if fd is None:
            fd = self._fds[name] = os.open(os.path.join(self.folder, name), os.O_RDONLY)
        if hasattr(os, "pread"):
            return pickle.loads(os.pread(fd, length, offset))
        os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - platforms without pread
        return pickle.loads(os.read(fd, length))

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
