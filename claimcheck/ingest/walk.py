"""Walking a folder: the files to read, and every other file with the reason it is not read.

A folder gives its files of a document type (:data:`~.formats.SUFFIX_FORMATS`) in sorted
order, recursively. Every other file is *skipped*, and said so with its reason (unknown
type, binary, an old .doc, a report claimcheck wrote, not a regular file): a file never
vanishes without a word. Hidden entries (names starting with a dot) are passed over
silently, as git and most tools do. Reports written by claimcheck into a folder (listed in
its ``.claimcheck-outputs.json``) are skipped, so a run over a project never reads its own
report.json as a corpus.
"""
from __future__ import annotations

import json
import os
import stat

from ..records import OUTPUTS_MANIFEST, InputError, Skipped
from .formats import file_format

__all__ = ["walk_folder", "skip_reason"]

_SNIFF = 4096
_MANIFEST_BYTES = 1 << 16
_HINTS = {".doc": "old Word format (.doc): save it as .docx to check it",
          ".rtf": "RTF is not read: save it as .docx or .txt to check it",
          ".odt": "OpenDocument text is not read: save it as .docx to check it"}


def _owned_reports(folder: str) -> set[str]:
    """Names of the report files claimcheck wrote into ``folder``."""
    try:
        with open(os.path.join(folder, OUTPUTS_MANIFEST), "rb") as handle:
            data = json.loads(handle.read(_MANIFEST_BYTES))
        return {str(n) for n in data.get("files", ()) if isinstance(n, str)}
    except (OSError, ValueError, AttributeError):
        return set()


def skip_reason(path: str, name: str) -> str:
    """Why a file found in a folder, of no document type, is not read."""
    if name.endswith(".claims.yaml"):
        return "a claimcheck gate manifest, not a document"
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _HINTS:
        return _HINTS[suffix]
    try:
        info = os.stat(path)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, FIFO or socket)"
    kind = f"unknown file type ({suffix})" if suffix else \
        "no file extension (name it on the command line to read it as text)"
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF)
    except OSError:
        return kind
    if b"\x00" in head:
        return f"binary file, {kind}"
    return kind


def walk_folder(top: str, errors: list[InputError], skipped: list[Skipped] | None) -> list[str]:
    """Document files under ``top``, recursively, sorted; the others appended to
    ``skipped`` with their reason, in the same order."""

    def on_error(exc: OSError) -> None:
        errors.append(InputError(exc.filename or top, f"cannot read folder: {exc.strerror}"))

    found: list[tuple[tuple[str, ...], str, str | None]] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        owned = _owned_reports(dirpath) if OUTPUTS_MANIFEST in filenames else set()
        for name in filenames:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            key = tuple(os.path.relpath(path, top).split(os.sep))
            if name in owned:
                found.append((key, path, "a report written by claimcheck"))
            elif file_format(name) is None or name.endswith(".claims.yaml"):
                found.append((key, path, ""))
            else:
                found.append((key, path, None))
    found.sort()
    files = []
    for _, path, reason in found:
        if reason is None:
            files.append(path)
        elif skipped is not None:
            skipped.append(Skipped(path, reason or skip_reason(path, os.path.basename(path))))
    return files
