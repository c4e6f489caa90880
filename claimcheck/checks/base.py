"""What every check type shares: the story it runs on, and how it reports.

A check type is one module in this package. At load time its ``compile(params)`` turns a
rule's parsed parameters into a frozen object (raising :class:`ParamError` with the key at
fault); at run time that object's ``run(emit, ctx)`` only matches claims of the
:class:`StoryContext` and hands each result to the :class:`Emitter`, which makes Findings.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..records import Alignment, Claim, Story


@dataclass(frozen=True)
class StoryContext:
    """Everything a check may look at for one story."""

    story: Story                              # records.Story
    claims: dict[str, tuple[Claim, ...]]      # doc id -> its claims in text order
    texts: dict[str, str]                     # doc id -> decoded text
    langs: dict[str, str]                     # doc id -> language code
    alignments: tuple[Alignment, ...]         # records.Alignment from align.py
    lexicon: object                           # lexicon.Lexicon (concepts_of, has_part_marker)

    @functools.cached_property
    def conversions(self) -> list:
        """The story's conversions in brackets ("A$3.84 billion (US$2.52 billion)"), read
        once (stories.rates.conversions_of)."""
        from ..stories.rates import conversions_of

        return conversions_of(self.claims)

    @functools.cached_property
    def paragraphs(self):
        """Which paragraphs of each version tell the story (stories.paragraphs)."""
        from ..stories.paragraphs import StoryParagraphs

        return StoryParagraphs(self.alignments, self.texts, self.claims)

    @functools.cached_property
    def names(self):
        """Each version's lower-case words and each figure's own names, read on demand
        (stories.own_names.NameIndex)."""
        from ..stories.own_names import NameIndex

        return NameIndex(self.texts, self.claims, self.lexicon)

    @functools.cached_property
    def figures(self) -> dict:
        """(unit, kind, value) -> the story's claims of that very figure, read once: which
        versions tell a figure, wherever they tell it."""
        found: dict[tuple, list] = {}
        for claims in self.claims.values():
            for c in claims:
                if c.kind != "date" and c.value is not None:
                    found.setdefault((c.unit, c.kind, c.value), []).append(c)
        return found

    @functools.cached_property
    def rows_of(self) -> dict:
        """(doc, start) -> the indexes of the aligner's rows that hold the mention, read
        once: which rows a mention's neighbours stand in."""
        found: dict[tuple, list] = {}
        for k, row in enumerate(self.alignments):
            for c in row.claims:
                found.setdefault((c.doc, c.start), []).append(k)
        return found

    @functools.cached_property
    def stated_rates(self) -> list:
        """The exchange rates the story's documents state ("($1 = 0.9280 euros)"), read
        once (stories.stated_rates)."""
        from ..stories.stated_rates import stated_rates

        return stated_rates(self.claims)

    @functools.cached_property
    def bracketed(self) -> frozenset:
        """(doc, start) of the amount and the converted figure of every conversion."""
        return frozenset((c.doc, c.start) for conv in self.conversions
                         for c in (conv.amount, conv.converted))


class ParamError(ValueError):
    """A bad rule parameter, raised at load time. ``key`` is the dotted path of the
    offending parameter inside the rule (e.g. ``"parts.1.concept"``) so the loader can
    point at its line; the message says what was expected."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


def quantity(value, unit: str | None = None, kind: str = "") -> str:
    """A value in words for messages ("1.3 billion yuan"); 'unbounded' for infinity."""
    from ..stories.compare import format_quantity

    return format_quantity(value, unit, kind)


def percent(fraction) -> str:
    from ..stories.compare import format_percent

    return format_percent(fraction)


class Emitter:
    """Collects the findings of one rule on one story.

    Findings are numbered in the order a check emits them, which is deterministic (story
    order of documents, text order of claims), so ids like ``s1:chengdu-tiers:1`` are
    stable between runs. The message is the rule's template filled from the finding.
    """

    def __init__(self, rule, ctx: StoryContext):
        self.rule = rule
        self.ctx = ctx
        self.findings: list = []

    def emit(self, *, passed: bool, claims=(), severity: str | None = None,
             pattern: str | None = None, abs_diff=None, rel_diff=None,
             confidence: float | None = None, reason: str = "", unit: str | None = None,
             kind: str = "", message: str | None = None, groups: tuple[int, ...] = (),
             bridges: tuple[int, ...] = (), **fields: str):
        """Record one finding. ``fields`` fill the check-specific placeholders
        (expected, actual, items, explanation, label, tolerance)."""
        from ..records import Finding
        from .template import PLACEHOLDERS

        unknown = set(fields) - set(PLACEHOLDERS)
        assert not unknown, f"check passes unknown template fields {unknown}"
        severity = severity or self.rule.severity
        values = dict(fields)
        values.update(
            rule=self.rule.id, check=self.rule.check, severity=severity,
            story=self.ctx.story.id, status="holds" if passed else "fails",
            values=" vs ".join(repr(c.text) for c in claims),
            documents=", ".join(dict.fromkeys(c.doc for c in claims)),
            difference=quantity(abs_diff, unit, kind) if abs_diff is not None else "",
            relative=percent(rel_diff) if rel_diff is not None else "",
            pattern=pattern or "none", reason=reason)
        text = message if message is not None else self.rule.template.render(values)
        finding = Finding(
            id=f"{self.ctx.story.id}:{self.rule.id}:{len(self.findings) + 1}",
            story=self.ctx.story.id, check=self.rule.check, rule=self.rule.id,
            severity=severity, passed=passed, message=text, claims=tuple(claims),
            pattern=pattern, abs_diff=abs_diff, rel_diff=rel_diff, confidence=confidence,
            reason=reason, groups=tuple(groups), bridges=tuple(bridges))
        self.findings.append(finding)
        return finding

    def incomplete(self, where: str, missing: list[str], found=()) -> None:
        """A rule whose claims were only partly found: an info finding that did not pass,
        so a reader sees that the check could not be made (a wording changed, say)."""
        self.emit(passed=False, claims=found, severity="info",
                  reason="could not find " + "; ".join(missing),
                  message=f"{self.rule.id}: check not made in {where}: could not find "
                          + "; ".join(missing))
