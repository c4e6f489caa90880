"""The groups of claims a comparing check looks at: the aligner's rows, or first matches.

``agree`` and ``convert`` both compare claims within groups; a rule chooses with its
``pairing`` key whether the groups are the aligner's (``aligned``) or the first claim
meeting the selector in each document (``first_match``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Claim
from .base import StoryContext
from .select import Selector, without_concept

__all__ = ["Group", "groups_for", "aligned_groups", "first_match_group"]


@dataclass(frozen=True)
class Group:
    """Claims to compare (every mention of one quantity), with the aligner's confidence,
    claim by claim, and its reason."""

    label: str
    claims: tuple[Claim, ...]
    confidence: float | None
    reason: str
    confidences: tuple[float, ...] = ()


def aligned_groups(ctx: StoryContext, selector: Selector) -> list[Group]:
    """The aligner's groups, narrowed to claims that meet the selector. An alignment whose
    concept is the selector's concept is kept whole (its claims need not repeat the word)."""
    rest = without_concept(selector)
    groups = []
    for al in ctx.alignments:
        if selector.concept and al.concept == selector.concept:
            claims = tuple(c for c in al.claims if rest.matches(c, ctx))
        else:
            claims = tuple(c for c in al.claims if selector.matches(c, ctx))
        if len(claims) >= 2:
            kept = [k for c, k in zip(al.claims, al.confidences or (al.confidence,) * len(al.claims))
                    if c in claims]
            groups.append(Group(al.label or al.id, claims, al.confidence, al.reason,
                                tuple(kept)))
    return groups


def groups_for(ctx: StoryContext, selector: Selector, pairing: str) -> list[Group]:
    """The groups a rule compares: the aligner's (``aligned``) or first matches."""
    if pairing == "aligned":
        return aligned_groups(ctx, selector)
    return first_match_group(ctx, selector)


def first_match_group(ctx: StoryContext, selector: Selector) -> list[Group]:
    """One group: the first claim meeting the selector in each document of the story."""
    claims = []
    for doc in ctx.story.docs:
        found = selector.find(ctx, doc)
        if found:
            claims.append(found[0])
    if len(claims) < 2:
        return []
    return [Group(selector.concept or selector.describe(), tuple(claims), None,
                  f"first claim matching {selector.describe()} in each document",
                  (1.0,) * len(claims))]
