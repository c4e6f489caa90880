"""Sentence boundaries, so every claim can carry the sentence it stands in."""
from __future__ import annotations

import bisect

import regex

from .language import Language

# Paragraph and line breaks always end a sentence; so do the language's terminators when
# followed by space (or, for terminators that are not ASCII, such as "。", at once), but not
# a full stop between digits ("21.75") or before a lower-case letter ("U.S. dollars").
_CACHE: dict[tuple, regex.Pattern] = {}


def _pattern(lang: Language) -> regex.Pattern:
    key = lang.terminators
    pat = _CACHE.get(key)
    if pat is None:
        ascii_t = "".join(regex.escape(t) for t in key if t.isascii())
        wide_t = "".join(regex.escape(t) for t in key if not t.isascii())
        alts = [r"\n\s*"]
        if ascii_t:
            alts.append(f"[{ascii_t}]+[\"'”»)\\]]*(?=[\\s\\u00a0]+(?!\\p{{Ll}})|$)[\\s\\u00a0]*")
        if wide_t:
            alts.append(f"[{wide_t}]+[\"'”」』）)]*[\\s\\u00a0]*")
        pat = regex.compile("|".join(alts))
        _CACHE[key] = pat
    return pat


# A "sentence" longer than this (a text without sentence ends) is cut to a window of
# about this size around the claim: one claim record must not carry a whole document.
MAX_SENTENCE = 1000


class Sentences:
    """Sentence spans of one text; ``at(offset)`` gives (start, sentence text)."""

    def __init__(self, text: str, lang: Language):
        self.text = text
        starts = [0]
        for m in _pattern(lang).finditer(text):
            if m.end() < len(text):
                starts.append(m.end())
        self.starts = starts
        self._cache: dict[tuple[int, int], tuple[int, str]] = {}

    def at(self, offset: int) -> tuple[int, str]:
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        block = 0
        if end - start > MAX_SENTENCE:
            # windows on a fixed grid, so the claims of one stretch share one string
            half = MAX_SENTENCE // 2
            block = max(0, (offset - start) // half - 1)
            # the claim starts in the first 2 * half of its window; 200 more for its tail
            start, end = start + block * half, min(end, start + block * half + MAX_SENTENCE + 200)
        key = (i, block)
        hit = self._cache.get(key)
        if hit is None:
            raw = self.text[start:end]
            stripped = raw.rstrip()
            lead = len(stripped) - len(stripped.lstrip())
            hit = self._cache[key] = (start + lead, stripped.strip())
        return hit
