"""Provisional counts and the final ones that revise them.

A statistics office, a panel or an observatory often publishes a year's figures twice: a
provisional count first ("selon le bilan provisoire", "preliminary results", "vorläufige
Bilanz", 速報値), the final one weeks later ("le bilan définitif", "final figures",
"endgültig", 確定値). Versions written in between tell different figures of one quantity
(347,5 then 348,4 millions of copies; a fall of 1,5 % then of 1,3 %), and neither is wrong:
the later one is an update. Dates do not tell them apart (many versions carry no dateline),
but their own words do.

A figure takes the status of the nearest such word in its sentence (a final report may
recall the provisional count: "final figures for 2027: 3,214 ..., slightly above the
provisional count of 3,190"); a figure whose sentence names neither takes its version's
status, that of the first such word the version writes (a provisional report often ends
announcing the final one: "Le bilan définitif est attendu fin mars"). The words are the
language files' ``reports.provisional`` and ``reports.final``.
"""
from __future__ import annotations

import bisect
from decimal import Decimal
from functools import lru_cache

import regex

from ..records import Claim
from .agreement import CHANGES

__all__ = ["PROVISIONAL", "FINAL", "report_status", "is_revision"]

PROVISIONAL, FINAL = "provisional", "final"

# How far a revision moves a figure: a final count seldom moves a provisional one by more
# than a few percent (3 190 -> 3 214 deaths, 347,5 -> 348,4 millions); a rate of change in
# percent by a point or less (-1,5 % -> -1,3 %). Further apart, a slip is likelier.
_REVISION_SHARE = Decimal("0.1")
_REVISION_POINTS = Decimal(1)


@lru_cache(maxsize=64)
def _pattern(lang: str):
    """The words of both statuses of ``lang``, as one search (None when it has none)."""
    from ..extraction.language import LanguageError, get_language

    try:
        language = get_language(lang)
    except LanguageError:
        return None
    words = language.raw.get("reports") or {}
    parts = []
    for status in (PROVISIONAL, FINAL):
        alts = sorted((w for w in words.get(status) or () if w), key=len, reverse=True)
        if alts:
            parts.append(f"(?P<{status}>" + "|".join(regex.escape(w) for w in alts) + ")")
    if not parts:
        return None
    # a word starts where no letter or digit stands before it; a script without spaces has
    # no such start to look for
    lead = "" if language.raw.get("script") in ("han", "japanese") else r"(?<![\p{L}\p{N}])"
    return regex.compile(lead + "(?:" + "|".join(parts) + ")", regex.IGNORECASE)


@lru_cache(maxsize=16)        # a story's versions: a corpus of large texts is not held
def _marks(text: str, lang: str) -> tuple[tuple[int, str], ...]:
    """The (position, status) of every provisional or final word of ``text``, in order."""
    rx = _pattern(lang)
    if rx is None or not text:
        return ()
    return tuple((m.start(), PROVISIONAL if m.group(PROVISIONAL) else FINAL)
                 for m in rx.finditer(text))


def report_status(c: Claim, text: str) -> str | None:
    """Whether ``c`` is told as a provisional count or a final one (None: not said), read
    in ``text``, its version's text."""
    marks = _marks(text, c.lang) if c.lang else ()
    if not marks:
        return None
    starts = [p for p, _ in marks]
    lo = bisect.bisect_left(starts, c.sentence_start)
    hi = bisect.bisect_left(starts, c.sentence_start + max(len(c.sentence), c.end - c.start))
    if lo < hi:
        return min(marks[lo:hi], key=lambda m: abs(m[0] - c.start))[1]
    return marks[0][1]


def _size(c: Claim) -> Decimal:
    return abs(c.value)


def is_revision(final: Claim, provisional: Claim) -> bool:
    """Whether two figures of one quantity are near enough for one to revise the other
    (compared by size: "a baissé de 1,5 %" against "-1,3 %")."""
    a, b = _size(final), _size(provisional)
    if not (a.is_finite() and b.is_finite()):
        return False
    if final.kind == "percent" and provisional.kind == "percent" and (
            final.role in CHANGES or provisional.role in CHANGES):
        return abs(a - b) <= _REVISION_POINTS
    top = max(a, b)
    return top > 0 and abs(a - b) <= _REVISION_SHARE * top
