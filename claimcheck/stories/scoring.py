"""How likely two claims of different documents name one quantity: pair scores and the
confidence of an aligned pair, each with the reasons a reader is shown."""
from __future__ import annotations

from decimal import Decimal

from ..records import Claim
from .compare import overlap, rel_difference, scale_apart, transposed_digits
from .features import Feat

MAY_DIFFER = "may measure different things"
_KIND_SCORE = {"money": 2.0, "percent": 1.5, "count": 1.0}
_MEASURE_SCORE = 2.0


def kind_score(a: Claim, b: Claim) -> tuple[float, str] | None:
    """Score and reason for the units of two claims, or None if they cannot be one quantity."""
    if a.kind == "number" or b.kind == "number":
        other = b if a.kind == "number" else a
        if other.kind in ("percent",):
            return None
        return 0.0, "a bare number beside a " + other.kind
    if a.kind == b.kind:
        if a.kind == "money":
            if a.unit == b.unit:
                return _KIND_SCORE["money"], f"same currency {a.unit}"
            return -1.0, f"different currencies {a.unit}/{b.unit}"
        if a.kind in _KIND_SCORE:
            return _KIND_SCORE[a.kind], f"both {a.kind}s"
        if a.unit == b.unit:
            return _MEASURE_SCORE, f"same dimension ({a.kind})"
    if a.kind in ("count", "percent", "money") or b.kind in ("count", "percent", "money"):
        return None
    return -1.5, f"different dimensions {a.kind}/{b.kind}"


def _value_score(a: Claim, b: Claim) -> tuple[float, str]:
    if overlap(a, b):
        return 1.5, "values agree"
    rel = rel_difference(a, b)
    if rel is not None and rel <= Decimal("0.25"):
        return 0.75, "values close"
    if scale_apart(a.value, b.value) or transposed_digits(a.value, b.value):
        return 0.5, "values differ by a likely slip"
    return (-1.5 if a.kind == "count" else -1.0), "values far apart"


def pair_score(fa: Feat, fb: Feat, lexicon) -> tuple[float, list[str]] | None:
    """How likely two claims of different documents name one quantity, with reasons;
    None when they cannot."""
    a, b = fa.claim, fb.claim
    kind = kind_score(a, b)
    if kind is None:
        return None
    score, reasons = kind[0], [kind[1]]
    same = lexicon.compatible(fa.concepts, fb.concepts)
    if same is False:
        return None if a.kind == b.kind == "count" else (score - 4.0, ["different subjects"])
    if same:
        shared = sorted(fa.concepts & fb.concepts) or sorted(fa.concepts | fb.concepts)
        score += 2.0
        reasons.append("same subject: " + ", ".join(shared))
    elif "count" in (a.kind, b.kind):
        return None  # small counts without a known subject are too easily confused
    if fa.scope and fb.scope and not (fa.scope & fb.scope):
        score -= 3.0
        reasons.append("different scopes")
    elif (fa.scope ^ fb.scope) & {"phase1", "phase2"}:
        score -= 1.5
        reasons.append("one side is a phase")
    value, why = _value_score(a, b)
    return score + value, reasons + [why]


class Scores:
    """Pair scores of one story, each computed once (rows are rescored for every document)."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self._cache: dict[tuple[int, int], tuple[float, list[str]] | None] = {}

    def __call__(self, fa: Feat, fb: Feat) -> tuple[float, list[str]] | None:
        key = (id(fa), id(fb))
        if key not in self._cache:
            self._cache[key] = pair_score(fa, fb, self.lexicon)
        return self._cache[key]


def pair_confidence(fa: Feat, fb: Feat, out_of_order: bool, lexicon, neighbours: bool,
                    where: dict) -> tuple[float, list[str]]:
    """Confidence that two aligned claims are one quantity, and the caveats that cap it.

    ``out_of_order``: one of them joined its row against the order of the text."""
    a, b = fa.claim, fb.claim
    conf, notes = 0.0, []
    kind = kind_score(a, b)
    if kind and kind[0] > 0:
        conf += 0.25 if a.kind != "count" else 0.1
    same = lexicon.compatible(fa.concepts, fb.concepts)
    conf += 0.35 if same else 0.0
    if overlap(a, b):
        conf += 0.2
    else:
        rel = rel_difference(a, b)
        conf += 0.1 if rel is not None and rel <= Decimal("0.25") else 0.05
    conf += 0.0 if out_of_order else 0.1
    if neighbours:
        conf += 0.1
    if kind and kind[0] < 0:
        conf = min(conf, 0.5)
        notes.append(f"{MAY_DIFFER}: {kind[1]}")
    if fa.anchor is not None and fb.anchor is not None:
        ra = where.get((fa.anchor.doc, "claim", fa.anchor.start))
        rb = where.get((fb.anchor.doc, "claim", fb.anchor.start))
        if ra is None or ra != rb:
            conf = min(conf, 0.5)
            notes.append(f"{MAY_DIFFER}: {a.text!r} goes with {fa.anchor_text!r} but "
                         f"{b.text!r} with {fb.anchor_text!r}")
    if fa.part != fb.part and a.kind != "count":
        conf = min(conf, 0.6)
        notes.append(f"{MAY_DIFFER}: only one is introduced as a part")
    return min(conf, 0.99), notes
