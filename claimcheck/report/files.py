"""Safe output files: atomic writes, names confined to the output folder, a run lock."""
from __future__ import annotations

import contextlib
import os
import posixpath
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["atomic_write_bytes", "atomic_write_text", "safe_join", "out_dir_lock", "LOCK_NAME"]

LOCK_NAME = ".claimcheck.lock"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import (single-threaded then); os.umask cannot be read without setting it.
_UMASK = _current_umask()


def _fsync_dir(folder: Path) -> None:
    """Persist a rename; not every platform/filesystem lets a folder be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are fsynced, then renamed over
    ``path`` with ``os.replace``: readers see the old file or the new one, never half.
    An existing file keeps its permission bits; a new one gets 0o666 minus the umask.
    The temporary file is removed if anything fails.
    """
    target = Path(path)
    folder = target.parent
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` atomically (see :func:`atomic_write_bytes`); newlines are kept as is."""
    atomic_write_bytes(path, text.encode(encoding))


def safe_join(out_dir: str | os.PathLike, name: str) -> Path:
    """``out_dir / name``, refusing any name that would land outside ``out_dir``.

    Raises ValueError for an empty name, a NUL byte, an absolute path, a ``..`` that
    climbs out of ``out_dir``, or a path that resolves (through symlinks) outside it.
    """
    if not isinstance(name, str) or not name:
        raise ValueError("empty output name")
    if "\x00" in name:
        raise ValueError(f"output name contains a NUL byte: {name!r}")
    if os.path.isabs(name) or name.startswith(("/", "\\")):
        raise ValueError(f"output name is an absolute path: {name!r}")
    normal = posixpath.normpath(name.replace(os.sep, "/"))
    if normal in (".", "") or normal == ".." or normal.startswith("../"):
        raise ValueError(f"output name leaves the output folder: {name!r}")
    base = Path(out_dir)
    candidate = base / normal
    resolved_base = base.resolve()
    resolved = candidate.resolve()
    if resolved == resolved_base or not resolved.is_relative_to(resolved_base):
        raise ValueError(f"output name resolves outside the output folder: {name!r}")
    return candidate


@contextlib.contextmanager
def out_dir_lock(out_dir: str | os.PathLike, timeout: float | None = None) -> Iterator[Path]:
    """Hold an exclusive lock on ``out_dir/.claimcheck.lock`` for the ``with`` block.

    A second run writing into the same folder waits until the first releases the lock
    (or raises TimeoutError after ``timeout`` seconds, when given). Creates ``out_dir``
    if needed. Yields the lock file's path. Without ``fcntl`` (not POSIX) no lock is taken.
    """
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock_path = folder / LOCK_NAME
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is not None:
            if timeout is None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            else:
                deadline = time.monotonic() + timeout
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise TimeoutError(f"{lock_path} is held by another run") from None
                        time.sleep(0.05)
        try:
            yield lock_path
        finally:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
