"""Paths named in manifests: confined to the project folder unless allowed out.

A manifest comes with a pull request; it must not make a CI run read ``/etc/passwd`` or
``/proc/self/status`` into reports that are published as artifacts. A path or glob is
inside the project folder when the folder part before its first wildcard, and every file
it matches, resolve (through links) to a place inside it.
"""
from __future__ import annotations

import os

__all__ = ["outside_root", "glob_prefix"]

_WILDCARDS = "*?["


def glob_prefix(pattern: str) -> str:
    """The part of a glob before the path component holding its first wildcard."""
    cut = min((pattern.find(c) for c in _WILDCARDS if c in pattern), default=-1)
    if cut < 0:
        return pattern
    return pattern[:cut].rpartition("/")[0] or ("/" if pattern.startswith("/") else ".")


def outside_root(pattern: str, base: str, root: str) -> bool:
    """Whether ``pattern`` (a path or glob, relative to ``base``) reaches outside ``root``
    before any file is matched: its fixed prefix resolves outside."""
    prefix = glob_prefix(pattern)
    full = prefix if os.path.isabs(prefix) else os.path.join(base, prefix)
    return is_outside(full, root)


def is_outside(path: str, root: str) -> bool:
    """Whether ``path`` resolves (through links) outside the folder ``root``."""
    real, top = os.path.realpath(path), os.path.realpath(root)
    return os.path.commonpath([real, top]) != top
