"""Sentence boundaries, so every claim can carry the sentence it stands in."""
from __future__ import annotations

import bisect

import regex

from .language import Language

# A paragraph break always ends a sentence, and so does a line break, except where the text
# is only wrapped: the line ends inside a sentence (a letter, a digit, a comma) and the next
# one goes on in lower case ("cuando se\nsituó en el 51,4 %"). A headline, a table row or a
# list item keeps its own line (a line that starts with a figure may be a table's next
# row). The language's terminators end a sentence when followed by space (or, for
# terminators that are not ASCII, such as "。", at once), but not a full stop between
# digits ("21.75") or before a lower-case letter ("U.S. dollars").
_LINE_BREAK = (r"\n[ \t]*\n\s*"                              # a paragraph
               r"|(?<![\p{L}\p{N},;%)][ \t]{0,8})\n\s*"        # a line that ended
               r"|\n(?![ \t]{0,8}\p{Ll})\s*")                  # a line that starts anew
_CACHE: dict[tuple, regex.Pattern] = {}


def _pattern(lang: Language) -> regex.Pattern:
    key = lang.terminators
    pat = _CACHE.get(key)
    if pat is None:
        ascii_t = "".join(regex.escape(t) for t in key if t.isascii())
        wide_t = "".join(regex.escape(t) for t in key if not t.isascii())
        alts = [_LINE_BREAK]
        if ascii_t:
            alts.append(f"[{ascii_t}]+[\"'”»)\\]]*(?=[\\s\\u00a0]+(?!\\p{{Ll}})|$)[\\s\\u00a0]*")
        if wide_t:
            alts.append(f"[{wide_t}]+[\"'”」』）)]*[\\s\\u00a0]*")
        pat = regex.compile("|".join(alts))
        _CACHE[key] = pat
    return pat


# a wrapped line of prose: this long at least, and no column marks (a table row has them)
_WRAPPED_LINE = 40
_COLUMNS = regex.compile(r"[\t|\u3000]| {2,}")


def _wrapped_before_figure(text: str, start: int, end: int) -> bool:
    """Whether a line break before a figure only wraps a sentence of prose ("hasta un total
    de\n2,41 millones"): one line break, a long line of prose before it that stops inside a
    sentence (a letter or a comma), a digit after it. A table's next row or a list stays a
    line of its own."""
    if not text[end].isdigit() or text.count("\n", start, end) != 1:
        return False
    lo = max(0, start - 400)           # (a longer line is read from here: still prose)
    line = text[text.rfind("\n", lo, start) + 1 or lo:start].rstrip()
    return len(line) >= _WRAPPED_LINE and (line[-1].isalpha() or line[-1] == ",") and \
        not _COLUMNS.search(line.strip())


# A "sentence" longer than this (a text without sentence ends) is cut to a window of
# about this size around the claim: one claim record must not carry a whole document.
MAX_SENTENCE = 1000


class Sentences:
    """Sentence spans of one text; ``at(offset)`` gives (start, sentence text)."""

    def __init__(self, text: str, lang: Language):
        self.text = text
        starts = [0]
        for m in _pattern(lang).finditer(text):
            if m.end() < len(text) and not _wrapped_before_figure(text, m.start(), m.end()):
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
