"""What ``claimcheck run`` prints on a terminal: colour, and the list of skipped files.

Colour is used when the stream is a terminal, unless ``NO_COLOR`` is set to anything
(https://no-color.org); ``FORCE_COLOR`` (set, and not ``0``) turns it on for a stream
that is no terminal, as CI logs that render ANSI colour want. ``NO_COLOR`` wins over
``FORCE_COLOR``. ``TERM=dumb`` has no colour.
"""
from __future__ import annotations

import os
import re
from collections import Counter

__all__ = ["use_colour", "paint", "paint_finding", "skipped_lines", "SKIPPED_SHOWN"]

SKIPPED_SHOWN = 10   # skipped files listed one by one on the terminal; report.json has all
_STYLES = {"error": "1;31", "warning": "33", "info": "36", "ok": "32", "dim": "2",
           "bold": "1"}
_SEVERITY = re.compile(r": (error|warning|info): ")


def use_colour(stream) -> bool:
    """Whether to write ANSI colour to ``stream``."""
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force and force != "0":
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):   # a closed stream
        return False


def paint(text: str, style: str, on: bool = True) -> str:
    """``text`` in the ANSI style named (error, warning, info, ok, dim, bold)."""
    if not on or style not in _STYLES:
        return text
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m"


def paint_finding(line: str, on: bool) -> str:
    """A finding line (``where: severity: message [rule]``) with its severity coloured
    and its location dimmed."""
    if not on:
        return line
    found = _SEVERITY.search(line)
    if not found:
        return line
    severity = found.group(1)
    return (paint(line[:found.start()], "bold") + ": " + paint(severity, severity) + ": "
            + line[found.end():])


def _kind(reason: str) -> str:
    """A short name for a skip reason, for the summary line."""
    if reason.startswith("binary"):
        return "binary"
    if reason.startswith("unknown file type"):
        return "unknown type"
    if reason.startswith("the same file"):
        return "named twice"
    if reason.startswith("a report"):
        return "claimcheck's own reports"
    return reason.split(" (")[0].split(":")[0]


def skipped_lines(skipped, shown: int = SKIPPED_SHOWN) -> list[str]:
    """Lines for stderr: one per skipped file, or, past ``shown``, a summary line with
    the count of each reason, the first ``shown`` files and how many more there are."""
    skipped = list(skipped)
    if len(skipped) <= shown:
        return [s.line() for s in skipped]
    kinds = Counter(_kind(s.reason) for s in skipped)
    counts = ", ".join(f"{n} {k}" for k, n in kinds.most_common())
    return [f"claimcheck: {len(skipped)} files skipped ({counts}); report.json lists each",
            *(s.line() for s in skipped[:shown]),
            f"... and {len(skipped) - shown} more"]
