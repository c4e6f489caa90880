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


def non_dates(text: str, lang: str) -> list:
    """Every claim of ``text`` in ``lang`` that is not a date."""
    return [c for c in claimcheck.extract(text, lang) if c.kind != "date"]


def claim_rows(text: str, lang: str) -> list[tuple]:
    """(text, value, unit, kind) of every claim that is not a date."""
    return [(c.text, c.value, c.unit, c.kind) for c in non_dates(text, lang)]


def unit_values(text: str, lang: str) -> list[tuple]:
    """(value, unit) of every claim that is not a date."""
    return [(c.value, c.unit) for c in non_dates(text, lang)]


def measure_at(text: str, lang: str, number: str) -> str | None:
    """The measure of the first claim whose text starts with ``number``."""
    return next(c.measure for c in claimcheck.extract(text, lang) if c.text.startswith(number))


def claim_at(text: str, lang: str, figure: str):
    """The one claim (not a date) that covers the first occurrence of ``figure``."""
    start = text.index(figure)
    found = [c for c in non_dates(text, lang) if c.start < start + len(figure) and start < c.end]
    assert len(found) == 1, found
    return found[0]
