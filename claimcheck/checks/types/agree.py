"""``agree``: claims that speak of the same quantity agree across the versions of a story.

By default every alignment found by the aligner is checked; ``concept`` (and the other
selector keys) narrow that to one quantity. With ``pairing: first_match`` the aligner is not
consulted: the first claim matching the selector in each document is taken instead.

Two claims agree when their intervals overlap, or when their difference is within the
rule's tolerance. Every disagreeing pair is one finding, so a finding's two claims are
always the two numbers that disagree (the one more versions support first, the odd one
out second); a fully agreeing alignment is one passing finding.

Severity: the rule's, when the pairing is sure. When the alignment's confidence is below
``min_confidence`` or the lexicon says the two claims name different things, an ``error``
becomes a ``warning`` whose reason says the claims may measure different things.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from ...records import Claim
from ..base import Emitter, StoryContext, quantity
from ..groups import Group, groups_for
from ..params import NO_TOLERANCE, Param, Tolerance, selector_params
from ..select import Selector, clause_of, concepts_of, rule_selector

PARAMS = {
    **selector_params(),
    "pairing": Param("choice", default="aligned", choices=("aligned", "first_match"),
                     doc="aligned (default): the aligner's groups; first_match: the first "
                         "matching claim of each document"),
    "tolerance": Param("tolerance", default=NO_TOLERANCE, doc="{abs: N, rel: P%}"),
    "min_confidence": Param("fraction", default=0.6,
                            doc="alignments below this confidence give warnings, not errors"),
}

DIFFERENT_THINGS = "may measure different things"


def different_things(ctx: StoryContext, a: Claim, b: Claim) -> str:
    """Why two claims may not be the same quantity ('' when nothing says so): the lexicon
    tells their concepts apart, or their clauses name different scopes (a total against a
    first phase)."""
    lex = ctx.lexicon
    if lex is None or not hasattr(lex, "compatible"):
        return ""
    ca, cb = concepts_of(lex, a), concepts_of(lex, b)
    if lex.compatible(ca, cb) is False:
        return (f"{a.text!r} is about {', '.join(sorted(ca))} but {b.text!r} is about "
                f"{', '.join(sorted(cb))}")
    sa, sb = lex.scope_of(clause_of(a), a.lang), lex.scope_of(clause_of(b), b.lang)
    if sa and sb and not sa & sb:
        return (f"{a.text!r} is a {', '.join(sorted(sa))} figure but {b.text!r} a "
                f"{', '.join(sorted(sb))} one")
    return ""


@dataclass(frozen=True)
class Agree:
    selector: Selector
    pairing: str
    tolerance: Tolerance
    min_confidence: float

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        for group in groups_for(ctx, self.selector, self.pairing):
            self._check_group(emit, ctx, group)

    def _severity(self, emit: Emitter, ctx, group: Group, a: Claim, b: Claim):
        """(severity, reason) for a disagreement of a and b in ``group``.

        The aligner's own doubts ("may measure different things: ... goes with 28
        agreements but ... with 15 projects") lead the reason, once; the confidence
        threshold is only named when nothing more specific is known."""
        parts = [p for p in (group.reason or "").split("; ") if p]
        doubts = [p[len(DIFFERENT_THINGS):].lstrip(": ") for p in parts if p.startswith(DIFFERENT_THINGS)]
        support = [p for p in parts if not p.startswith(DIFFERENT_THINGS)]
        differ = different_things(ctx, a, b)
        if differ:
            doubts.append(differ)
        if not doubts and group.confidence is not None and group.confidence < self.min_confidence:
            doubts.append(f"alignment confidence {group.confidence:.2f} is below "
                          f"{self.min_confidence:g}")
        paired = f"paired because: {'; '.join(support)}" if support else ""
        if not doubts:
            return emit.rule.severity, paired
        severity = "warning" if emit.rule.severity == "error" else emit.rule.severity
        reason = f"{DIFFERENT_THINGS}: " + "; ".join(doubts)
        return severity, reason + (f" ({paired})" if paired else "")

    def _check_group(self, emit: Emitter, ctx: StoryContext, group: Group) -> None:
        from ...stories.compare import compare

        verdicts = {}
        for a, b in combinations(group.claims, 2):
            if a.doc != b.doc:
                cmp = compare(a, b)
                verdicts[(a, b)] = cmp.agree or self.tolerance.allows(cmp.abs_diff, cmp.rel_diff)
        # how many versions each claim agrees with: in a finding, the claim the others
        # support comes first and the odd one out second
        support = {c: sum(ok for pair, ok in verdicts.items() if c in pair) for c in group.claims}
        failed = 0
        for (a, b), ok in verdicts.items():
            if ok:
                continue
            if support[b] > support[a]:
                a, b = b, a
            cmp = compare(a, b)
            failed += 1
            severity, reason = self._severity(emit, ctx, group, a, b)
            unit = a.unit or b.unit
            emit.emit(passed=False, claims=(a, b), severity=severity, pattern=cmp.pattern,
                      abs_diff=cmp.abs_diff, rel_diff=cmp.rel_diff, unit=unit, kind=a.kind,
                      confidence=group.confidence, reason=reason,
                      explanation=cmp.explanation, label=group.label,
                      expected=quantity(a.value, a.unit, a.kind),
                      actual=quantity(b.value, b.unit, b.kind),
                      tolerance=self.tolerance.describe())
        if not failed:
            emit.emit(passed=True, claims=group.claims, confidence=group.confidence,
                      reason=f"paired because: {group.reason}" if group.reason else "",
                      explanation=f"{len(group.claims)} versions agree", label=group.label,
                      tolerance=self.tolerance.describe())


def compile(params: dict) -> Agree:
    """Compile an ``agree`` rule's parameters (validated by the loader)."""
    return Agree(rule_selector(params), params["pairing"], params["tolerance"],
                 params["min_confidence"])
