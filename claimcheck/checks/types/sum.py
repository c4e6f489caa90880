"""``sum``: the parts add up to a total, within a tolerance.

Each part is a selector, or a product ``{count: ..., amount: ...}`` for a tier list such
as 2个50亿元级项目 (two projects of 5 billion yuan each). Arithmetic is on intervals: the
parts allow every sum between the sum of their lows and the sum of their highs.

- ``mode: equal`` (default): that range, widened by the tolerance, must overlap the
  total's interval;
- ``mode: at_most``: the smallest possible sum must not exceed the total (plus the
  tolerance); use it when the parts are only some of the whole, or are lower bounds
  ("50亿元级" projects are at least 5 billion).

The finding states both values and their difference, measured on the stated values.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...records import Claim
from ...stories.compare import compatible
from ..arith import ZERO, Span, difference
from ..base import Emitter, StoryContext, quantity
from ..params import NO_TOLERANCE, Param, Tolerance, scope_params
from ..roles import resolve
from ..select import Product, Selector

PARAMS = {
    "parts": Param("parts", required=True,
                   doc="a list of selectors or {count: selector, amount: selector}"),
    "total": Param("selector", required=True, doc="a selector for the total"),
    "mode": Param("choice", default="equal", choices=("equal", "at_most"),
                  doc="equal (default) or at_most"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
    **scope_params(),
}


def _span(item) -> Span:
    if isinstance(item, tuple):
        return Span.of(item[0]) * Span.of(item[1])
    return Span.of(item)


def _written(item) -> str:
    if isinstance(item, tuple):
        return f"{item[0].text} x {item[1].text}"
    return item.text


@dataclass(frozen=True)
class Sum:
    parts: tuple[Selector | Product, ...]
    total: Selector
    mode: str
    tolerance: Tolerance
    scope: str
    doc: str | None
    lang: str | None

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        roles = {f"part {i + 1}": p for i, p in enumerate(self.parts)}
        roles["total"] = self.total
        for where, found in resolve(emit, ctx, roles, self.scope, self.doc, self.lang):
            total: Claim = found.pop("total")
            self._check(emit, where, list(found.values()), total)

    def _check(self, emit: Emitter, where: str, parts: list, total: Claim) -> None:
        claims = []
        for item in parts:
            claims.extend(item if isinstance(item, tuple) else (item,))
        claims.append(total)
        units = [item[1] if isinstance(item, tuple) else item for item in parts]
        clash = next((c for c in units if not compatible(c, total)), None)
        if clash is not None:
            emit.emit(passed=False, claims=claims, pattern="unit mismatch",
                      reason=f"{clash.text!r} ({clash.unit or clash.kind}) and the total "
                             f"{total.text!r} ({total.unit or total.kind}) are not in the "
                             "same unit",
                      explanation=f"in {where} the parts and the total cannot be added up")
            return
        unit, kind = total.unit, total.kind
        got = ZERO
        for item in parts:
            got = got + _span(item)
        margin = self.tolerance.margin(total.value)
        if self.mode == "equal":
            holds = got.widen(margin).overlaps(Span.of(total))
        else:
            holds = got.low <= total.high + margin
        abs_diff, rel_diff = difference(got.value, total.value)
        sum_text = quantity(got.value, unit, kind)
        total_text = quantity(total.value, unit, kind)
        relation = "equal to" if self.mode == "equal" else "at most"
        explanation = (f"in {where}, {' + '.join(_written(p) for p in parts)} = {sum_text}, "
                       f"{relation} the total {total.text!r} ({total_text})")
        emit.emit(passed=holds, claims=claims, abs_diff=abs_diff, rel_diff=rel_diff,
                  unit=unit, kind=kind, explanation=explanation, expected=total_text,
                  actual=sum_text, tolerance=self.tolerance.describe(),
                  reason="" if holds else f"the parts come to {sum_text}, the total is "
                                          f"{total_text}")


def compile(params: dict) -> Sum:
    """Compile a ``sum`` rule's parameters (validated by the loader)."""
    return Sum(params["parts"], params["total"], params["mode"], params["tolerance"],
               params["scope"], params["doc"], params["lang"])
