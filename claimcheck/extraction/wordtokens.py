"""The token of a number phrase: digits, a number word, a multiplier, a scale word, a
fraction word, an article or a minus word, with the joiner that stood before it.

:mod:`.wordread` makes tokens from the text; :mod:`.wordnum` evaluates a list of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

__all__ = ["Tok", "is_fraction_literal", "MAX_TOKENS"]

MAX_TOKENS = 40


@dataclass(slots=True)
class Tok:
    """One token of a number phrase; ``join`` is the role of the joiner before it.

    ``value`` is the number, multiplier, power of ten (scale) or denominator (frac) as a
    Fraction. Digits give their Decimal (``dec``) and None here: most numbers are one
    token whose Decimal is all that is read, so the Fraction is made on first use."""

    kind: str            # dig num mul scale frac one neg
    fraction: Fraction | None  # the value, or None for digits whose ``dec`` holds it
    start: int
    end: int
    join: str | None     # None (first), space, hyphen, and, point, ratio, ratiofinal, of
    jword: str = ""      # the joiner word, folded
    exp: int | None = None  # digits: power of ten of the last written digit
    unit_ordinal: bool = False  # frac of 1..9 written as an ordinal ("fifth"): may compound
    scaled: bool = False        # digits with a scale abbreviation ("10k")
    word: str = ""              # the folded surface of a word token
    dec: Decimal | None = None  # digits: the exact value as parsed (saves a conversion)
    power: int = 0              # digits: the power of ten of a scale abbreviation ("10k": 3)

    @property
    def value(self) -> Fraction:
        v = self.fraction
        if v is None:
            # from the integer ratio: Fraction(Decimal) spends longer on type checks
            v = self.fraction = Fraction(*self.dec.as_integer_ratio())
        return v


def is_fraction_literal(t: Tok) -> bool:
    """A slash or vulgar fraction ("3/4", "½"), marked by unit_ordinal on a digits token."""
    return t.kind == "dig" and t.unit_ordinal
