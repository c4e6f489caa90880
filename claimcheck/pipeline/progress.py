"""A progress line on stderr for long runs, when stderr is a terminal; silent otherwise.

It appears only after :data:`DELAY` seconds (short runs never show it), is redrawn at
most every :data:`EVERY` seconds, and is erased when the run ends so that the lines that
follow (findings, the summary) are not mixed with it.
"""
from __future__ import annotations

import sys
import time

__all__ = ["Progress"]

DELAY = 1.0
EVERY = 0.2


class Progress:
    def __init__(self, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self._start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < DELAY or now - self._last < EVERY:
            return
        self._last = now
        line = f"claimcheck: {text}"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
