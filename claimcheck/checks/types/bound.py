"""``bound``: one quantity does not exceed another (a <= b).

Typical uses: the signed projects are no more than the agreements, a first phase costs no
more than the whole plan. ``b`` is another claim, or ``max`` a fixed number in a's unit (a
share is at most 100 percent). On intervals, a <= b holds when it can be true: the smallest
value ``a`` allows is at most the largest ``b`` allows (plus the tolerance). With
``strict: true`` it must be certain: a's largest value is at most b's smallest.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...stories.compare import compatible
from ..arith import difference
from ..base import Emitter, ParamError, StoryContext, quantity
from ..params import NO_TOLERANCE, Param, Tolerance, scope_params
from ..roles import resolve
from ..select import Selector

PARAMS = {
    "a": Param("selector", required=True, doc="the smaller quantity"),
    "b": Param("selector", doc="the bound, a claim"),
    "max": Param("decimal", doc="the bound, a number in a's unit (instead of b)"),
    "strict": Param("boolean", default=False,
                    doc="true: a <= b must hold for every value the claims allow"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
    **scope_params(),
}


@dataclass(frozen=True)
class Bound:
    a: Selector
    b: Selector | None
    limit: Decimal | None
    strict: bool
    tolerance: Tolerance
    scope: str
    doc: str | None
    lang: str | None

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        roles = {"a": self.a} if self.b is None else {"a": self.a, "b": self.b}
        for where, found in resolve(emit, ctx, roles, self.scope, self.doc, self.lang):
            if self.b is None:
                self._check_limit(emit, where, found["a"])
            else:
                self._check(emit, where, found["a"], found["b"])

    def _check_limit(self, emit: Emitter, where: str, a) -> None:
        """a <= a number written in the rule, in a's unit."""
        margin = self.tolerance.margin(self.limit)
        holds = (a.high if self.strict else a.low) <= self.limit + margin
        limit_text = quantity(self.limit, a.unit, a.kind)
        self._report(emit, where, a, (a,), holds, self.limit, limit_text, limit_text,
                     a.unit, a.kind)

    def _check(self, emit: Emitter, where: str, a, b) -> None:
        if not compatible(a, b):
            emit.emit(passed=False, claims=(a, b), pattern="unit mismatch",
                      reason=f"{a.text!r} ({a.unit or a.kind}) and {b.text!r} "
                             f"({b.unit or b.kind}) are not in the same unit",
                      explanation=f"in {where} the two quantities cannot be compared")
            return
        margin = self.tolerance.margin(b.value)
        holds = (a.high if self.strict else a.low) <= (b.low if self.strict else b.high) + margin
        unit, kind = (a.unit or b.unit), (a.kind if a.unit else b.kind)
        b_text = quantity(b.value, unit, kind)
        self._report(emit, where, a, (a, b), holds, b.value, b_text, f"{b.text!r} ({b_text})",
                     unit, kind)

    def _report(self, emit: Emitter, where: str, a, claims, holds: bool, limit, limit_text: str,
                limit_desc: str, unit, kind) -> None:
        """One finding for "a is at most the limit" (a rule's number or another claim)."""
        abs_diff, rel_diff = difference(a.value, limit)
        a_text = quantity(a.value, unit, kind)
        emit.emit(passed=holds, claims=claims, unit=unit, kind=kind,
                  abs_diff=None if holds else abs_diff, rel_diff=None if holds else rel_diff,
                  expected=f"at most {limit_text}", actual=a_text,
                  tolerance=self.tolerance.describe(),
                  explanation=f"in {where}, {a.text!r} ({a_text}) should be at most {limit_desc}",
                  reason="" if holds else f"{a_text} exceeds {limit_text}")


def compile(params: dict) -> Bound:
    """Compile a ``bound`` rule's parameters (validated by the loader)."""
    if (params["b"] is None) == (params["max"] is None):
        raise ParamError("b" if params["b"] is not None else "a",
                         "give either b (a selector) or max (a number), not both or neither")
    return Bound(params["a"], params["b"], params["max"], params["strict"],
                 params["tolerance"], params["scope"], params["doc"], params["lang"])
