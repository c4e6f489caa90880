"""Helpers for the per-language extraction tests."""
from __future__ import annotations

from functools import partial

import claimcheck


def only_claim(lang: str, text: str, kind: str | None = None):
    """The single claim of ``text`` in ``lang`` (of ``kind`` if given); fails otherwise."""
    claims = [c for c in claimcheck.extract(text, lang) if kind is None or c.kind == kind]
    assert len(claims) == 1, claims
    return claims[0]


def one_for(lang: str):
    """``one(text, kind=None)`` for one language."""
    return partial(only_claim, lang)
