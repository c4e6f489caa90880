"""Story manifests for the editorial gate: ``*.claims.yaml`` files.

A manifest names the documents of one check (paths or globs, relative to the manifest),
optionally the rule packs (the default pack when absent) and the fail level::

    documents: [articles/*.txt, translations/fr.txt]
    rules: [rules/house.yaml]     # optional
    fail_on: error                # optional: error, warning or never
    lang: null                    # optional: force one language for every document

Errors name the manifest and the line, like rule files. Every path must stay inside the
project folder (pytest's rootdir) unless the run allows paths outside it
(``--claimcheck-allow-outside``): a manifest in a pull request must not publish
``/etc/passwd`` in the reports.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from ..options import FAIL_LEVELS
from ..yamlload import YamlError, load_yaml_with_lines
from .paths import is_outside, outside_root

_KEYS = {"documents", "rules", "fail_on", "lang"}


class ManifestError(ValueError):
    """An invalid manifest; the message is ``path:line: problem``."""


@dataclass(frozen=True)
class Manifest:
    path: Path
    documents: tuple[str, ...]
    rules: tuple[str, ...] | None
    fail_on: str
    lang: str | None


def _as_list(value, path: Path, line: int, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ManifestError(f"{path}:{line}: {key} must be a path or a non-empty list of paths")
    return value


def _expand(patterns: list[str], base: Path, path: Path, lines: dict, key: str,
            root: str | None = None) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for i, pat in enumerate(patterns):
        line = lines.get((key, i), lines.get(("", key), 1))
        outside = f"is outside the project folder {root} (--claimcheck-allow-outside permits it)"
        if root is not None and outside_root(pat, str(base), root):
            raise ManifestError(f"{path}:{line}: {key} entry {pat!r} {outside}")
        full = pat if os.path.isabs(pat) else str(base / pat)
        matches = sorted(_display_path(m) for m in glob.glob(full, recursive=True))
        if not matches:
            raise ManifestError(f"{path}:{line}: {key} entry {pat!r} matches no file")
        for m in matches:
            if root is not None and is_outside(m, root):
                raise ManifestError(f"{path}:{line}: {key} entry {pat!r}: {m} {outside}")
            if m not in seen:
                seen.add(m)
                out.append(m)
    return tuple(out)


def _display_path(path: str) -> str:
    """A normalised path, relative to the working folder when it lies below it."""
    path = os.path.normpath(path)
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def load_manifest(path: str | Path, default_fail_on: str | None = None,
                  root: str | None = None) -> Manifest:
    """Read and validate a manifest; ManifestError names the file and line. With
    ``root``, every document and rule path must resolve inside that folder."""
    path = Path(path)
    try:
        data, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise ManifestError(str(exc)) from None
    if not isinstance(data, dict):
        raise ManifestError(f"{path}:1: a manifest is a mapping with a 'documents' key")
    for key in data:
        if key not in _KEYS:
            raise ManifestError(f"{path}:{lines.get(('', key), 1)}: unknown key {key!r} "
                                f"(expected one of: {', '.join(sorted(_KEYS))})")
    if "documents" not in data:
        raise ManifestError(f"{path}:1: missing key 'documents'")
    base = path.parent
    docs = _expand(_as_list(data["documents"], path, lines.get(("", "documents"), 1), "documents"),
                   base, path, lines, "documents", root)
    rules = None
    if data.get("rules") is not None:
        rules = _expand(_as_list(data["rules"], path, lines.get(("", "rules"), 1), "rules"),
                        base, path, lines, "rules", root)
    fail_on = data.get("fail_on", default_fail_on or "error")
    if fail_on not in FAIL_LEVELS:
        raise ManifestError(f"{path}:{lines.get(('', 'fail_on'), 1)}: fail_on must be one of "
                            f"{', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    lang = data.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ManifestError(f"{path}:{lines.get(('', 'lang'), 1)}: lang must be a language code")
    return Manifest(path=path, documents=docs, rules=rules, fail_on=fail_on, lang=lang)
