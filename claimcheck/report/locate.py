"""Line and column of a claim, for people and editors: ``doc:line:col`` (1-based); in a
PDF, whose text is read page by page, the page too: ``doc:page 2:line:col``, the line
counted from the top of the page.

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
        self._pages = {d.id: d.meta["pages"] for d in documents if d.meta.get("pages")}
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

    def page(self, doc: str, offset: int) -> int | None:
        """The 1-based page of an offset in a paged document (a PDF), else None."""
        pages = self._pages.get(doc)
        return bisect_right(pages, offset) if pages else None

    def place(self, doc: str, offset: int) -> str:
        """``line:col``, or ``page P:line:col`` in a paged document."""
        line, col = self.line_col(doc, offset)
        page = self.page(doc, offset)
        if page is None:
            return f"{line}:{col}"
        first, _ = self.line_col(doc, self._pages[doc][page - 1])
        return f"page {page}:{line - first + 1}:{col}"

    def where(self, claim) -> str:
        return f"{claim.doc}:{self.place(claim.doc, claim.start)}"
