"""Safe output files: atomic writes, names confined to the output folder, a run lock, and
a set of files replaced as one unit."""
from __future__ import annotations

import contextlib
import errno
import os
import posixpath
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["atomic_write_bytes", "atomic_write_text", "safe_join", "out_dir_lock", "LOCK_NAME",
           "replace_file_set", "TMP_PREFIX"]

LOCK_NAME = ".claimcheck.lock"
TMP_PREFIX = ".claimcheck-tmp-"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import (single-threaded then); os.umask cannot be read without setting it.
_UMASK = _current_umask()


def fsync_dir(folder: Path) -> None:
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
    fsync_dir(folder)


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


def _open_lock(lock_path: Path) -> int:
    """Open (or create) the lock file, never through a symbolic link: a link planted in
    the output folder would make the run create or open a file elsewhere. A link or any
    other non-regular file in its place is removed first."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    for _attempt in range(3):
        try:
            fd = os.open(lock_path, flags, 0o666)
        except OSError as exc:
            if exc.errno not in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
                raise
            _remove_entry(lock_path)
            continue
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
        os.close(fd)
        _remove_entry(lock_path)
    raise OSError(errno.EEXIST, f"{lock_path} cannot be made a regular lock file")


def _remove_entry(path: Path) -> None:
    """Remove a file, link or folder tree at ``path`` (links are removed, not followed)."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def clean_leftovers(folder: Path, names) -> None:
    """Remove what killed runs left in ``folder``: temporary folders of report sets and
    the temporary files of single atomic writes of ``names``. Call it holding the lock."""
    prefixes = tuple(f".{name}." for name in names)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TMP_PREFIX) or (
                    entry.name.startswith(prefixes) and entry.name.endswith(".tmp")):
                _remove_entry(Path(entry.path))


def replace_file_set(out_dir: str | os.PathLike, files: dict[str, bytes],
                     remove: tuple[str, ...] = ()) -> list[Path]:
    """Write ``files`` ({name: bytes}) into ``out_dir`` as one unit; call it holding the
    lock. Every file is first written and synced in a temporary folder inside
    ``out_dir``, then each is renamed into place (renames cannot fail half-way for lack
    of space), and the names in ``remove`` (formats that could not be rendered this
    time) are deleted so that no stale file stands beside the new ones. Existing files
    keep their permission bits. Returns the paths written."""
    folder = Path(out_dir)
    targets = {name: safe_join(folder, name) for name in (*files, *remove)}
    staging = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=folder))
    try:
        for name, data in files.items():
            try:
                mode = targets[name].stat().st_mode & 0o7777
            except FileNotFoundError:
                mode = 0o666 & ~_UMASK
            staged = staging / name
            with open(staged, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(staged, mode)
        for name in files:
            os.replace(staging / name, targets[name])
        for name in remove:
            with contextlib.suppress(FileNotFoundError):
                targets[name].unlink()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    fsync_dir(folder)
    return [targets[name] for name in files]


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
    fd = _open_lock(lock_path)
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
