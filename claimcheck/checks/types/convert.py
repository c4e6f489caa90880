"""``convert``: amounts in different currencies agree once converted at a dated rate.

Rates are written in the rule file with the date they hold for; none is ever fetched::

    rates: {date: 2020-11-19, EUR/CNY: 7.8, USD/CNY: 6.58}

``EUR/CNY: 7.8`` means 1 EUR = 7.8 CNY. A pair is converted by multiplying with a rate
written for its direction (the EUR amount into CNY with EUR/CNY; a CNY amount compared with
a EUR one is converted the other way only if CNY/EUR is written), so no division rounds
anything. Claims are chosen as in ``agree``: the first match of the selector in each
document (``pairing: first_match``, the default) or the aligner's groups.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import combinations

from ...records import Claim
from ..arith import Span
from ..base import Emitter, StoryContext, quantity
from ..groups import groups_for
from ..params import NO_TOLERANCE, Param, Rates, Tolerance, selector_params
from ..select import rule_selector

PARAMS = {
    "rates": Param("rates", required=True, doc="{date: YYYY-MM-DD, AAA/BBB: rate, ...}"),
    **selector_params(),
    "pairing": Param("choice", default="first_match", choices=("first_match", "aligned"),
                     doc="first_match (default) or aligned"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
}

def converted(claim: Claim, rate: Decimal, currency: str) -> Claim:
    """The claim's amount and interval expressed in another currency."""
    span = Span.of(claim).scale(rate)
    return replace(claim, value=span.value, low=span.low, high=span.high, unit=currency)


@dataclass(frozen=True)
class Convert:
    rates: Rates
    selector: object
    pairing: str
    tolerance: Tolerance

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        for group in groups_for(ctx, self.selector, self.pairing):
            for a, b in combinations(group.claims, 2):
                if a.doc != b.doc and a.kind == b.kind == "money" and a.unit != b.unit:
                    self._check(emit, a, b, group.confidence)

    def _check(self, emit: Emitter, a: Claim, b: Claim, confidence) -> None:
        from ...stories.compare import compare

        found = self.rates.find(a.unit or "", b.unit or "")
        if found is None:
            emit.incomplete(f"{a.doc} and {b.doc}",
                            [f"a rate between {a.unit} and {b.unit} (rates of {self.rates.date})"],
                            (a, b))
            return
        convert_a, rate = found
        src, dst = (a, b) if convert_a else (b, a)
        moved = converted(src, rate, dst.unit)
        cmp = compare(moved, dst)
        holds = cmp.agree or self.tolerance.allows(cmp.abs_diff, cmp.rel_diff)
        how = f"{src.unit}/{dst.unit} {format(rate.normalize(), 'f')} of {self.rates.date}"
        moved_text = quantity(moved.value, dst.unit, "money")
        emit.emit(passed=holds, claims=(a, b), confidence=confidence,
                  pattern=None if holds else cmp.pattern,
                  abs_diff=cmp.abs_diff, rel_diff=cmp.rel_diff, unit=dst.unit, kind="money",
                  expected=quantity(dst.value, dst.unit, "money"), actual=moved_text,
                  tolerance=self.tolerance.describe(),
                  explanation=f"{src.text!r} is {moved_text} at {how}; {dst.text!r} is "
                              f"{quantity(dst.value, dst.unit, 'money')}",
                  reason=f"converted at {how}")


def compile(params: dict) -> Convert:
    """Compile a ``convert`` rule's parameters (validated by the loader)."""
    return Convert(params["rates"], rule_selector(params), params["pairing"],
                   params["tolerance"])
