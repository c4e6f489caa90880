"""claimcheck: find numeric claims in multilingual news and check that versions agree.

The public API is small: :func:`extract` reads the claims of one text; the records are
:class:`Claim` and :class:`Finding`. Heavy modules load on first use, so importing the
package stays cheap.
"""
from __future__ import annotations

from .records import Claim, Document, Finding
from .version import __version__

__all__ = ["Claim", "Document", "Finding", "extract", "__version__"]


def extract(text: str, lang: str | None = None, doc: str = "") -> list[Claim]:
    """All numeric claims in ``text`` (language detected when ``lang`` is None)."""
    from .extraction.engine import extract as _extract

    return _extract(text, lang=lang, doc=doc)
