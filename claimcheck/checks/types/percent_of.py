"""``percent_of``: x% of y is z ("30% of 12亿元, that is 3.6亿元").

The percentage claim is read as a fraction (30% -> 0.30); a fraction written in words is
taken as it is ("三分之一即300人", "la mitad": a claim of kind number between 0 and 1).
The check computes the interval of x% of y from both claims' intervals and asks whether
z's interval overlaps it, after widening by the tolerance. ``part`` and ``whole`` must be
in the same unit.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...stories.compare import compatible
from ..arith import Span, difference
from ..base import Emitter, StoryContext, quantity
from ..params import NO_TOLERANCE, Param, Tolerance, scope_params
from ..roles import resolve
from ..select import Selector

PARAMS = {
    "percent": Param("selector", required=True, doc="the percentage (x%)"),
    "whole": Param("selector", required=True, doc="the quantity it is a percentage of (y)"),
    "part": Param("selector", required=True, doc="the stated result (z)"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
    **scope_params(),
}

_HUNDREDTH = Decimal("0.01")
# A fraction such as 1/3 is stored to many digits, never exactly; its products are allowed
# this relative slack so that one third of 900 is 300.
_SLACK = Decimal("1e-24")


def as_fraction(claim) -> Span | None:
    """The share a claim states, as a fraction of one: 30% -> 0.3, 三分之一 -> 1/3."""
    if claim.kind == "percent" and claim.unit in (None, "percent"):
        return Span.of(claim).scale(_HUNDREDTH)
    if claim.kind == "number" and 0 < claim.value <= 1:
        return Span.of(claim)
    return None


@dataclass(frozen=True)
class PercentOf:
    percent: Selector
    whole: Selector
    part: Selector
    tolerance: Tolerance
    scope: str
    doc: str | None
    lang: str | None

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        roles = {"percent": self.percent, "whole": self.whole, "part": self.part}
        for where, found in resolve(emit, ctx, roles, self.scope, self.doc, self.lang):
            self._check(emit, where, found["percent"], found["whole"], found["part"])

    def _check(self, emit: Emitter, where: str, pct, whole, part) -> None:
        claims = (pct, whole, part)
        fraction = as_fraction(pct)
        if fraction is None or not compatible(whole, part):
            emit.emit(passed=False, claims=claims, pattern="unit mismatch",
                      reason=f"{pct.text!r} must be a percentage or a fraction, and "
                             f"{whole.text!r}, {part.text!r} in the same unit",
                      explanation=f"in {where} the percentage cannot be computed")
            return
        unit, kind = (whole.unit or part.unit), (whole.kind if whole.unit else part.kind)
        expected = fraction * Span.of(whole)
        margin = max(self.tolerance.margin(expected.value), abs(expected.value) * _SLACK)
        holds = expected.widen(margin).overlaps(Span.of(part))
        abs_diff, rel_diff = difference(part.value, expected.value)
        want, got = quantity(expected.value, unit, kind), quantity(part.value, unit, kind)
        emit.emit(passed=holds, claims=claims, unit=unit, kind=kind, abs_diff=abs_diff,
                  rel_diff=rel_diff, expected=want, actual=got,
                  tolerance=self.tolerance.describe(),
                  explanation=f"in {where}, {pct.text} of {whole.text!r} is {want}; the text "
                              f"says {part.text!r}",
                  reason="" if holds else f"{pct.text} of {quantity(whole.value, unit, kind)} "
                                          f"is {want}, not {got}")


def compile(params: dict) -> PercentOf:
    """Compile a ``percent_of`` rule's parameters (validated by the loader)."""
    return PercentOf(params["percent"], params["whole"], params["part"], params["tolerance"],
                     params["scope"], params["doc"], params["lang"])
