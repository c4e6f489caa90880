"""The JSON files that keep parsed data between processes: the validated language files,
the prepared concept lexicon and pint's unit factors.

Reading YAML (or importing pint) is the slow part of a cold start, so the result is kept
as JSON under ``$CLAIMCHECK_CACHE_DIR`` (default ``$XDG_CACHE_HOME/claimcheck``, else
``~/.cache/claimcheck``). Each file holds a ``key`` (the cache format and what the data
came from: a path, its size and modification time) beside the data; a file whose key
differs is ignored. Any problem reading or writing a cache file only means the data is
parsed again: these functions never raise for it.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

__all__ = ["cache_dir", "cache_path", "cached", "load", "store"]


def cache_dir() -> Path:
    return Path(os.environ.get("CLAIMCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "claimcheck"))


def cache_path(source: Path, prefix: str) -> Path:
    """The cache file of data read from ``source``: named for its stem and a digest of its
    resolved path (two files of one name in two folders never share a cache)."""
    digest = hashlib.sha1(str(source.resolve()).encode("utf-8")).hexdigest()[:12]
    return cache_dir() / f"{prefix}-{source.stem}-{digest}.json"


def cached(cache: Path, key: list, field: str, build):
    """The ``field`` stored in ``cache`` under ``key``; else ``build()``, stored. What
    ``build`` raises (a file that does not validate) is raised, and nothing is stored."""
    value = load(cache, key, field)
    if value is None:
        value = build()
        store(cache, key, field, value)
    return value


def load(cache: Path, key: list, field: str, kind: type = dict):
    """The ``field`` stored in ``cache`` under ``key``, if it is a ``kind``; else None."""
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    value = stored.get(field)
    return value if isinstance(value, kind) else None


def store(cache: Path, key: list, field: str, value) -> None:
    """Write ``value`` under ``key`` atomically (a temporary file, then a rename): another
    process reads the old file or the new one, never half of one."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": key, field: value}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, cache)
    except (OSError, TypeError, ValueError):
        pass
