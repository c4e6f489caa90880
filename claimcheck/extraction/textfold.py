"""The case-folded copy of the text being read, made once for every scan that wants it.

masks.py, dates.py, rates.py and prefixscan.py find words in the case-folded text; they
read the same text one after the other, so this one-slot cache lets each reuse the copy
the first one made.
"""
from __future__ import annotations

__all__ = ["casefolded"]

_last_folded: tuple[str, str | None] = ("", "")


def casefolded(text: str) -> str | None:
    """``text.casefold()`` if every character folds to one (so positions are the same in
    both), else None. A character that a case-insensitive pattern matches has the casefold
    of the pattern's character, so a word found case-insensitively in ``text`` is found
    by its casefold in this text."""
    global _last_folded
    last = _last_folded
    if last[0] is not text:
        folded = text.casefold()
        last = _last_folded = (text, folded if len(folded) == len(text) else None)
    return last[1]
