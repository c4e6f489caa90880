"""The interval a written number stands for, from its precision and its qualifier.

"21.75 billion" is written to the nearest 0.01 billion, so it covers 21.745–21.755 billion.
A qualifier widens that: "over 20 billion" is at least 20 billion with no stated ceiling;
"about 700,000" is taken as within 10%. Two claims agree when their intervals overlap.

How far "about" (and "nearly") reaches follows the figure's written precision. A round
figure of one or two significant digits ("about 700,000", "约30万", "environ 1,2 million")
is loose: real coverage rounds further than its writer thinks, so it keeps 10 %. A figure
of three significant digits or more ("about 312,000", "约31.2万", "rund 4,35 Millionen") was
known to a few parts in a thousand and "about" says it was rounded, not guessed: it reaches
a few units of its last significant digit. Over every agreeing gold pair of an approximate
figure of three digits or more and an exact one (bench/devset*, 156 pairs), the exact
figure's interval lies at most 2 such units away ("cerca de R$ 1,57 bilhão" beside "R$ 1,5
bilhão"), 1.3 % at most; digits swapped in a three-digit figure move it 9 units or more
(NHK's 32万1000 beside AP's "about 312,000").
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
# A figure of this many significant digits or more is told to its last digit: "about" and
# "nearly" reach PRECISE_UNITS units of that digit (not ABOUT_MARGIN of the value).
PRECISE_DIGITS = 3
PRECISE_UNITS = Decimal(3)


def half_unit(exp: int | None) -> Decimal:
    """Half a unit of the last written digit (0 for values exact by nature)."""
    if exp is None:
        return Decimal(0)
    return Decimal(5).scaleb(exp - 1)


def significant_digits(value: Decimal) -> int:
    """The digits of ``value`` from its first to its last non-zero one: 312,000 and 31.2万
    have 3, 300,000 has 1 (its zeros only place the figure)."""
    if not value or not value.is_finite():
        return 0
    return len(abs(value).normalize().as_tuple().digits)


def reach(value: Decimal, margin: Decimal = ABOUT_MARGIN) -> Decimal:
    """How far "about ``value``" (or "nearly ``value``") reaches from it: ``margin`` of the
    value for a round figure, PRECISE_UNITS units of its last significant digit for one of
    PRECISE_DIGITS digits or more (never more than ``margin``)."""
    mag = abs(value)
    if significant_digits(value) < PRECISE_DIGITS:
        return mag * margin
    unit = Decimal(1).scaleb(mag.normalize().as_tuple().exponent)
    return min(unit * PRECISE_UNITS, mag * margin)


def interval(value: Decimal, exp: int | None, qualifier: str,
             about: Decimal = ABOUT_MARGIN) -> tuple[Decimal, Decimal]:
    """(low, high) for ``value`` written to precision ``exp`` with ``qualifier``.

    ``qualifier`` is one of exact, over, under, near, about (near is reported as "under"
    in claim records: "nearly 200" is at most 200, but not much less); ``about`` is how far
    "about" reaches from a round figure, as a fraction of the value (see :func:`reach`).
    """
    h = half_unit(exp)
    if qualifier == "over":
        return value, INFINITY
    if qualifier == "under":
        return (Decimal(0) if value >= 0 else -INFINITY), value + h
    if qualifier == "near":
        return value - reach(value, NEAR_MARGIN) - h, value + h
    if qualifier == "about":
        r = reach(value, about)
        return value - r - h, value + r + h
    return value - h, value + h
