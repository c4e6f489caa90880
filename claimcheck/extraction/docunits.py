"""Units a document's subject decides: ``unit_documents`` in a language file.

Some unit names stand for another unit in a whole kind of story: an "ounce" of gold,
silver or platinum is a troy ounce, whatever sentence it is in ("output fell 7% to 412,000
ounces" in a platinum miner's report). ``unit_contexts`` looks at the words just before a
number; this looks at the whole document, once per written unit name: one search of the
text for the listed words (bounded by the text, so linear).
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .language import Language

_PATTERNS: dict = {}


def _pattern(lang: Language, surface: str, expr: str, words: tuple[str, ...]):
    key = (lang.code, surface, expr)
    got = _PATTERNS.get(key)
    if got is None:
        alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        got = _PATTERNS[key] = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?![\p{{L}}\p{{N}}])" if lang.boundaries else alt,
            regex.IGNORECASE)
    return got


def document_units(text: str, cands: list[Cand], lang: Language) -> None:
    """Give each claim whose unit name is listed in ``unit_documents`` the unit its
    document's words call for."""
    table = lang.raw.get("unit_documents")
    if not table:
        return
    decided: dict[str, str | None] = {}
    for c in cands:
        surface = c.unit_surface
        if not surface or not c.unit_expr:
            continue
        key = next((k for k in table if k.casefold() == surface.casefold()), None)
        if key is None:
            continue
        if key not in decided:
            decided[key] = next((expr for expr, words in table[key].items()
                                 if _pattern(lang, key, expr, tuple(words)).search(text)), None)
        if decided[key] is not None:
            c.unit_expr = decided[key]
