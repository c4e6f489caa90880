"""The interval a written number stands for, from its precision and its qualifier.

"21.75 billion" is written to the nearest 0.01 billion, so it covers 21.745–21.755 billion.
A qualifier widens that: "over 20 billion" is at least 20 billion with no stated ceiling;
"about 700,000" is taken as within 10%. Two claims agree when their intervals overlap.
"""
from __future__ import annotations

from decimal import Decimal

INFINITY = Decimal("Infinity")

# How far "about" and "nearly" reach, as a fraction of the value. Fact-checkers read
# "about 700,000" as roughly 630,000–770,000 and "nearly 200" as 180–200.
ABOUT_MARGIN = Decimal("0.10")
NEAR_MARGIN = Decimal("0.10")
# A collective numeral ("une vingtaine", "un centenar", "a dozen") is a round count told
# roughly: "une vingtaine de départements" is some 15 to 25.
COLLECTIVE_MARGIN = Decimal("0.25")


def half_unit(exp: int | None) -> Decimal:
    """Half a unit of the last written digit (0 for values exact by nature)."""
    if exp is None:
        return Decimal(0)
    return Decimal(5).scaleb(exp - 1)


def interval(value: Decimal, exp: int | None, qualifier: str,
             about: Decimal = ABOUT_MARGIN) -> tuple[Decimal, Decimal]:
    """(low, high) for ``value`` written to precision ``exp`` with ``qualifier``.

    ``qualifier`` is one of exact, over, under, near, about (near is reported as "under"
    in claim records: "nearly 200" is at most 200, but not much less); ``about`` is how far
    "about" reaches, as a fraction of the value.
    """
    h = half_unit(exp)
    mag = abs(value)
    if qualifier == "over":
        return value, INFINITY
    if qualifier == "under":
        return (Decimal(0) if value >= 0 else -INFINITY), value + h
    if qualifier == "near":
        return value - mag * NEAR_MARGIN - h, value + h
    if qualifier == "about":
        return value - mag * about - h, value + mag * about + h
    return value - h, value + h
