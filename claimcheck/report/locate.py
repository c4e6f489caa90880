"""Line and column of a claim, for people and editors: ``doc:line:col`` (1-based).

The documents' line starts are indexed once, on first use, so locating every finding of a
large run costs a binary search each, not a scan of the text.
"""
from __future__ import annotations

from bisect import bisect_right

__all__ = ["Locator"]


class Locator:
    """Line and column of offsets in a run's documents."""

    def __init__(self, documents):
        self._texts = {d.id: d.text for d in documents}
        self._starts: dict[str, list[int]] = {}

    def _lines(self, doc: str) -> list[int]:
        starts = self._starts.get(doc)
        if starts is None:
            text = self._texts.get(doc, "")
            starts = [0]
            at = text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            self._starts[doc] = starts
        return starts

    def line_col(self, doc: str, offset: int) -> tuple[int, int]:
        starts = self._lines(doc)
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def where(self, claim) -> str:
        line, col = self.line_col(claim.doc, claim.start)
        return f"{claim.doc}:{line}:{col}"
