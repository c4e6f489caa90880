"""The report files a run owns in its output folder, recorded in ``.claimcheck-outputs.json``.

Each run writes the list of report files it wrote beside them. The next run into the same
folder removes the files of that list it does not write again (an old report.html when
only Markdown is asked for now) and never touches any other file: a user's notes, a
report of another tool. Only claimcheck's own report names are ever removed, whatever
the list says. A folder walk does not read the files of the list (see
:mod:`claimcheck.ingest.walk`).
"""
from __future__ import annotations

import json
from pathlib import Path

from ..records import OUTPUTS_MANIFEST

__all__ = ["OUTPUTS_MANIFEST", "previous_outputs", "manifest_bytes", "stale_outputs",
           "record_outputs"]

_MAX_BYTES = 1 << 16
# the files a corpus run streams its records into (report/corpus.py)
STREAM_FILES = ("findings.jsonl", "claims.jsonl", "stories.jsonl")


def previous_outputs(folder: str | Path) -> set[str]:
    """The names the last run recorded in ``folder`` (none when there is no readable list)."""
    try:
        with open(Path(folder) / OUTPUTS_MANIFEST, "rb") as handle:
            data = json.loads(handle.read(_MAX_BYTES))
        return {n for n in data.get("files", ()) if isinstance(n, str)}
    except (OSError, ValueError, AttributeError, TypeError):
        return set()


def stale_outputs(previous: set[str], written, own_names) -> tuple[str, ...]:
    """The names to remove: recorded last time, not written now, and claimcheck's own."""
    own = set(own_names)
    return tuple(sorted(n for n in previous if n not in written and n in own))


def record_outputs(folder: str | Path, names, own) -> None:
    """Remove the files of the last run's list that are not in ``names`` and are among
    ``own`` (claimcheck's report names), and write the new list. Call it holding the
    folder's lock, after the new files are in place."""
    import contextlib

    from .files import atomic_write_bytes, safe_join

    written = set(names)
    for stale in stale_outputs(previous_outputs(folder), written, own):
        target = safe_join(folder, stale)
        if target.is_file() and not target.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
    atomic_write_bytes(safe_join(folder, OUTPUTS_MANIFEST), manifest_bytes(written))


def manifest_bytes(names) -> bytes:
    """The list file's content for the report files ``names``."""
    data = {"tool": "claimcheck", "files": sorted(names)}
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")
