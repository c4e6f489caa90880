"""A part of a counted total counts the total's things: "748 of its 1,240 trains", "748 von
1240 Zügen", "748 des 1 240 trains", "748 de los 1.240 trenes".

The numerator stands before the counted noun, so on its own it reads as a bare number, with
no subject: no measure, no row of counts to meet, and a slip in it (748 for 847 cancelled
trains) is never compared. Written between the two numbers, a word of ``counts.of_total``
(language data: "of", "of its", "von", "des", "de los", "dei" ...) says the first is a part of
the second: the first becomes a count of the second's noun, and the two take the scopes
"part" and "total" (as the old-value reading of "von" does in relations._changes).

Only a whole number in digits, told exactly, smaller than the total, with no unit, scale or
counted noun of its own, is a part: "2.5 of the 10 million" (a scaled amount) and "one of
the 12 finalists" (no number of the story) are left alone. So is a bound on a part ("up to
19 of its 47 stores"): as counts of the stores, the bounds of five versions joined a row of
other small counts of stores of the story (a change, "vier mehr", and a region's three
shops), and bench/devset12's pairs precision fell from 0.903 to 0.897 for a recall of 0.689
to 0.737; the aligner would have to tell a bound of a plan from a level first.
"""
from __future__ import annotations

import functools

import regex

from .atoms import Cand
from .language import Language, Lookup

__all__ = ["parts_of_totals"]

_MAX_GAP = 16
_SP = regex.compile(r"[\s\u00a0\u202f\u3000]+")


@functools.lru_cache(maxsize=None)
def _lookup(words: tuple[str, ...]) -> Lookup:
    return Lookup({w: True for w in words})


def _words(lang: Language) -> Lookup | None:
    words = (lang.raw.get("counts") or {}).get("of_total")
    return _lookup(tuple(words)) if words else None


def _is_part(a: Cand) -> bool:
    return not (a.currency or a.unit_expr or a.percent or a.per_thing or a.scaled
                or a.counted or a.high_value is not None or a.share_ratio) \
        and a.qualifier == "exact" and a.source == "digits" and a.value > 0 \
        and a.value == a.value.to_integral_value()


def parts_of_totals(text: str, cands: list[Cand], lang: Language) -> None:
    """Make a bare whole number before an of-total word and a counted total a count of the
    total's noun (in place); both take the scopes "part" and "total"."""
    words = _words(lang)
    if words is None:
        return
    for a, b in zip(cands, cands[1:]):
        if b.start - a.end > _MAX_GAP or not _is_part(a) or not (b.counted and b.subject) \
                or b.high_value is not None or not a.value < b.value:
            continue
        gap = _SP.sub(" ", text[a.end:b.start]).strip()
        if words.find(gap) is None:
            continue
        a.counted, a.subject = True, b.subject
        a.scope, b.scope = "part", "total"
