"""Exact interval arithmetic for checks that compute (sum, percent_of, convert, bound).

A claim stands for the interval [low, high]; a computed quantity is the interval of every
value its inputs allow. Bounds may be infinite ("over 20 billion"); 0 x infinity is taken
as 0 (a part that is certainly zero adds nothing, however large its multiplier).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

_PREC = 60


@dataclass(frozen=True)
class Span:
    """A value with the interval it stands for."""

    value: Decimal
    low: Decimal
    high: Decimal

    @classmethod
    def of(cls, claim) -> "Span":
        return cls(claim.value, claim.low, claim.high)

    def __add__(self, other: "Span") -> "Span":
        with localcontext() as ctx:
            ctx.prec = _PREC
            return Span(self.value + other.value, self.low + other.low, self.high + other.high)

    def __mul__(self, other: "Span") -> "Span":
        corners = [_mul(x, y) for x in (self.low, self.high) for y in (other.low, other.high)]
        return Span(_mul(self.value, other.value), min(corners), max(corners))

    def scale(self, factor: Decimal) -> "Span":
        """Multiplied by an exact, non-negative factor (a rate, a percentage)."""
        return Span(_mul(self.value, factor), _mul(self.low, factor), _mul(self.high, factor))

    def widen(self, margin: Decimal) -> "Span":
        with localcontext() as ctx:
            ctx.prec = _PREC
            return Span(self.value, self.low - margin, self.high + margin)

    def overlaps(self, other: "Span") -> bool:
        return self.low <= other.high and other.low <= self.high


ZERO = Span(Decimal(0), Decimal(0), Decimal(0))


def _mul(x: Decimal, y: Decimal) -> Decimal:
    if x == 0 or y == 0:
        return Decimal(0)
    with localcontext() as ctx:
        ctx.prec = _PREC
        return x * y


def difference(a: Decimal, b: Decimal) -> tuple[Decimal, Decimal | None]:
    """(|a - b|, |a - b| / |b|) on stated values; the relative part is None when b is 0."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        diff = abs(a - b)
        rel = (diff / abs(b)) if b != 0 else None
    if rel is not None:
        with localcontext() as ctx:
            ctx.prec = 28
            rel = +rel
    return diff, rel
