"""Finding cards: rule, severity, message, difference, evidence side by side, chart."""
from __future__ import annotations

from ...records import Claim, Finding
from ...stories.compare import format_percent, format_quantity
from .chart import chart
from .common import (
    CONTEXT,
    Run,
    badge,
    claim_key,
    esc,
    interval_text,
    level_of,
    marked_sentence,
    normalized,
    outliers,
    short_name,
)


def _evidence(c: Claim, outlier: bool, extra: bool) -> str:
    """One source's evidence: document, value, subject, notes, the sentence marked."""
    tag = '<span class="outlier-tag">✖ outlier</span>' if outlier else ""
    also = '<span class="muted">also aligned</span>' if extra else ""
    notes = "".join(f'<div class="ev-note">{esc(n)}</div>' for n in c.notes)
    return (f'<div class="ev{" outlier" if outlier else ""}">'
            f'<div class="ev-head"><span class="lang">{esc(c.lang)}</span>'
            f'<span class="doc" title="{esc(c.doc)}">{esc(short_name(c.doc))}</span>{tag}{also}</div>'
            f'<div class="ev-val" title="interval {esc(interval_text(c))}">{esc(c.text)} '
            f'<span class="muted">= {esc(normalized(c))}</span></div>'
            f'<div class="ev-sub">{esc(c.subject)}</div>{notes}'
            f'<p class="sentence">{marked_sentence(c, CONTEXT)}</p></div>')


def _facts(f: Finding, claims: list[Claim]) -> str:
    facts = []
    if f.abs_diff is not None and claims:
        c = next((x for x in claims if x.unit), claims[0])
        diff = format_quantity(f.abs_diff, c.unit, c.kind)
        if f.rel_diff is not None and f.rel_diff.is_finite():
            diff += f" ({format_percent(f.rel_diff)})"
        facts.append(f"<span><b>Difference:</b> {esc(diff)}</span>")
    if f.pattern:
        facts.append(f'<span><b>Likely error:</b> '
                     f'<span class="pattern">{esc(f.pattern)}</span></span>')
    if f.confidence is not None:
        facts.append(f"<span><b>Alignment confidence:</b> {esc(f'{f.confidence:.2f}')}</span>")
    return f'<div class="facts">{"".join(facts)}</div>' if facts else ""


def finding_card(run: Run, f: Finding) -> str:
    """One card: rule, severity, message, difference, evidence side by side, chart, pattern.

    A later finding on the same aligned claims (one per pair of versions) links to the
    first card's evidence instead of repeating it."""
    level, card_id = level_of(f), run.new_id("finding")
    head = (f'<div class="card-head">{badge(level)}'
            f'<span class="rule">{esc(f.rule)}</span><span class="muted">{esc(f.check)} · '
            f'story {esc(f.story)}</span></div><div class="msg">{esc(f.message)}</div>')
    attrs = (f'class="card s-{esc(level)}" id="{esc(card_id)}" '
             f'data-level="{esc(level)}" data-story="{esc(f.story)}"')
    if f.passed:
        claims = "; ".join(f"{c.text} ({c.lang})" for c in f.claims)
        return f'<article {attrs}>{head}<div class="muted">{esc(claims)}</div></article>'
    claims = list(f.claims) if f.groups else run.aligned_with(f)
    why = f'<div class="why"><b>Why compared:</b> {esc(f.reason)}</div>' if f.reason else ""
    seen = frozenset(claim_key(c) for c in claims)
    if len(claims) > len(f.claims) and seen in run.evidence_cards:
        own = " · ".join(f'<span class="lang">{esc(c.lang)}</span> <mark>{esc(c.text)}</mark>'
                         for c in f.claims)
        return (f'<article {attrs}>{head}{_facts(f, claims)}<div class="same">{own} — '
                f'sentences and chart in <a href="#{esc(run.evidence_cards[seen])}">the card '
                f'for the same quantity</a></div>{why}</article>')
    run.evidence_cards.setdefault(seen, card_id)
    agree_like = len({c.doc for c in claims}) > 1 and len({c.unit for c in claims if c.unit}) <= 1
    if f.groups:
        bad = {i for i, g in enumerate(f.groups) if g > 0}
    else:
        bad = outliers(claims) if agree_like else set()
    own_keys = {claim_key(c) for c in f.claims}
    evidence = "".join(_evidence(c, i in bad, claim_key(c) not in own_keys)
                       for i, c in enumerate(claims))
    labels = [f"{c.lang.upper()} {short_name(c.doc)[:8]}" for c in claims]
    svg = chart(claims, bad, labels) if agree_like else ""
    return (f'<article {attrs}>{head}{_facts(f, claims)}'
            f'<div class="card-body"><div class="evidence">{evidence}</div>{svg}</div>'
            f'{why}</article>')
