"""Two mentions of one quantity in two currencies: a scale slip no exchange rate explains.

A row compares the figures of its main currency only: "548 billion yen" is not compared
with "3,4 Milliarden Euro", since no rate is fetched and outlets convert at the rates of
their own day. Yet the currencies' values kept within known bands
(``rules/currency_bands.yaml``), so the two figures imply a rate that must lie within what
the bands allow, widened by their margin (half on each side). When it lies outside and a
power of ten of three or more brings it inside ("3,4 Billionen Euro", "1億3860ドル" for
1億3860万), the mention in the other currency slipped by that power: a scale word, a
dropped 万. The bands are too wide to tell a decimal mark moved or a first digit changed
from the rates of different days, so smaller powers and digit slips are never named here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from ..records import Claim
from .agreement import interval, slip
from .rates import band_power

__all__ = ["OffBand", "off_band"]


@dataclass(frozen=True, slots=True)
class OffBand:
    """``bad``'s amount implies ``rate`` units of ``good``'s currency per unit of its own,
    where the bands allow ``low`` to ``high``; it is 10**``power`` times what a rate the
    bands allow would make it."""

    pattern: str | None
    power: int
    rate: Decimal
    low: Decimal
    high: Decimal


def _single_currency(c: Claim) -> bool:
    return c.kind == "money" and bool(c.unit) and "|" not in c.unit and "/" not in c.unit


def off_band(good: Claim, bad: Claim, bands) -> OffBand | None:
    """The scale slip of ``bad``, an amount in another currency than ``good``'s that the
    row holds as the same quantity, or None when a rate the bands allow joins them (or the
    currencies are not both in the bands, or no clean power of ten explains the gap)."""
    if not (_single_currency(good) and _single_currency(bad)) or good.unit == bad.unit:
        return None
    allowed = bands.rate_range(bad.unit, good.unit)
    if allowed is None:
        return None
    g, b = interval(good), interval(bad)
    if not (g.low > 0 and b.low > 0 and g.high.is_finite() and b.high.is_finite()):
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        lo, hi = allowed[0] / bands.margin, allowed[1] * bands.margin
        r_lo, r_hi = g.low / b.high, g.high / b.low
        if r_lo <= hi and lo <= r_hi:
            return None
        # a figure too large makes the rate too small: divided by 10**k, with k negative
        k = band_power(r_lo, r_hi, lo, hi)
        if k is None:
            return None
        fixed = bad.value.scaleb(k)
        named = slip(replace(bad, value=fixed, low=fixed, high=fixed, qualifier="exact"),
                     replace(bad, qualifier="exact"))
        return OffBand(named, -k, good.value / bad.value, lo, hi)
