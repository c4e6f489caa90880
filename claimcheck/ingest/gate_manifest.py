"""Story manifests for the editorial gate: ``*.claims.yaml`` files.

A manifest names the documents of one check (paths or globs, relative to the manifest),
optionally the rule packs (the default pack when absent) and the fail level::

    documents: [articles/*.txt, translations/fr.txt]
    rules: [rules/house.yaml]     # optional
    fail_on: error                # optional: error, warning or never
    lang: null                    # optional: force one language for every document

Errors name the manifest and the line, like rule files.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from ..options import FAIL_LEVELS
from ..yamlload import YamlError, load_yaml_with_lines

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


def _expand(patterns: list[str], base: Path, path: Path, lines: dict, key: str) -> tuple[str, ...]:
    out: list[str] = []
    for i, pat in enumerate(patterns):
        full = pat if os.path.isabs(pat) else str(base / pat)
        matches = sorted(_display_path(m) for m in glob.glob(full, recursive=True))
        if not matches:
            line = lines.get((key, i), lines.get(("", key), 1))
            raise ManifestError(f"{path}:{line}: {key} entry {pat!r} matches no file")
        out.extend(m for m in matches if m not in out)
    return tuple(out)


def _display_path(path: str) -> str:
    """A normalised path, relative to the working folder when it lies below it."""
    path = os.path.normpath(path)
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def load_manifest(path: str | Path, default_fail_on: str | None = None) -> Manifest:
    """Read and validate a manifest; ManifestError names the file and line."""
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
                   base, path, lines, "documents")
    rules = None
    if data.get("rules") is not None:
        rules = _expand(_as_list(data["rules"], path, lines.get(("", "rules"), 1), "rules"),
                        base, path, lines, "rules")
    fail_on = data.get("fail_on", default_fail_on or "error")
    if fail_on not in FAIL_LEVELS:
        raise ManifestError(f"{path}:{lines.get(('', 'fail_on'), 1)}: fail_on must be one of "
                            f"{', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    lang = data.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ManifestError(f"{path}:{lines.get(('', 'lang'), 1)}: lang must be a language code")
    return Manifest(path=path, documents=docs, rules=rules, fail_on=fail_on, lang=lang)
