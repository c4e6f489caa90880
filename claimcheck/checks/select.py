"""How a rule picks claims: a selector of literal conditions, all of which must hold.

A selector is a mapping of these keys (a plain string is shorthand for ``{text: ...}``):

- ``concept``: a concept id of the lexicon: the claim's measure (its quantity frame), or
  a concept its subject or clause names;
- ``entity``, ``period``, ``role``, ``scope``: the other slots of the claim's quantity
  frame (``entity: rural``; ``period: H1`` matches "2025,H1"; ``role: growth``;
  ``scope: part``);
- ``kind``: the claim kind (money, count, area, percent ...);
- ``unit``: the unit or currency code (CNY, EUR, m**2, percent ...);
- ``lang``: the document's language code; ``doc``: a glob on the document id or file name;
- ``text``: a literal string that occurs in the document over the claim's number or right
  beside it ("204.5亿元"; "个提案" picks the 9 of "9个提案", so the anchor survives a change
  of the number; "2个50亿元级" picks the 2 and the 50亿元 in that phrase);
- ``near``: a literal string in the claim's sentence;
- ``nth``: take the n-th matching claim of a document instead of the first.

Matching is literal and case-sensitive; nothing is a regular expression.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import PurePath

from ..records import KINDS, ROLES, Claim
from .base import ParamError, StoryContext

SELECTOR_KEYS = ("concept", "entity", "period", "role", "scope", "kind", "unit", "lang", "doc",
                 "text", "near", "nth")
FRAME_KEYS = ("entity", "period", "role", "scope")


@dataclass(frozen=True)
class Selector:
    """Literal conditions on a claim; None means "any"."""

    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    role: str | None = None
    scope: str | None = None
    kind: str | None = None
    unit: str | None = None
    lang: str | None = None
    doc: str | None = None
    text: str | None = None
    near: str | None = None
    nth: int = 1

    def describe(self) -> str:
        """The selector as written, for messages ("text '9个提案', kind count")."""
        bits = [f"{k} {getattr(self, k)!r}" for k in SELECTOR_KEYS[:-1] if getattr(self, k)]
        if self.nth != 1:
            bits.append(f"nth {self.nth}")
        return ", ".join(bits) or "any claim"

    def matches(self, claim: Claim, ctx: StoryContext) -> bool:
        """Whether ``claim`` meets every condition."""
        if self.kind and claim.kind != self.kind:
            return False
        if self.entity and claim.entity != self.entity:
            return False
        if self.role and claim.role != self.role:
            return False
        if self.scope and claim.scope != self.scope:
            return False
        if self.period and not set(self.period.split(",")) <= set(claim.period.split(",")):
            return False
        if self.unit and (claim.unit or "").casefold() != self.unit.casefold():
            return False
        if self.lang and ctx.langs.get(claim.doc, claim.lang) != self.lang:
            return False
        if self.doc and not doc_matches(self.doc, claim.doc):
            return False
        if self.near and self.near not in claim.sentence:
            return False
        if self.text and not _text_over(ctx.texts.get(claim.doc, ""), self.text, claim):
            return False
        return not self.concept or claim.measure == self.concept or \
            self.concept in concepts_of(ctx.lexicon, claim)

    def find(self, ctx: StoryContext, doc: str) -> list[Claim]:
        """Every matching claim of one document, in text order."""
        return [c for c in ctx.claims.get(doc, ()) if self.matches(c, ctx)]

    def pick(self, ctx: StoryContext, docs) -> Claim | None:
        """The ``nth`` match over ``docs`` taken in order, or None."""
        seen = 0
        for doc in docs:
            for claim in self.find(ctx, doc):
                seen += 1
                if seen == self.nth:
                    return claim
        return None


@dataclass(frozen=True)
class Product:
    """A part written as "count x amount": 2个50亿元级项目 is 2 x 50亿元."""

    count: Selector
    amount: Selector

    def describe(self) -> str:
        return f"({self.count.describe()}) x ({self.amount.describe()})"


def doc_matches(pattern: str, doc: str) -> bool:
    """A glob against the document id as found or against its file name."""
    return fnmatchcase(doc, pattern) or fnmatchcase(PurePath(doc).name, pattern)


def _text_over(text: str, literal: str, claim: Claim) -> bool:
    """Whether some occurrence of ``literal`` in ``text`` overlaps the claim's span or
    touches it (ends where the claim starts, or starts where it ends)."""
    for start in _occurrences(text, literal):
        if start <= claim.end and claim.start <= start + len(literal):
            return True
    return False


@lru_cache(maxsize=1024)
def _occurrences(text: str, literal: str) -> tuple[int, ...]:
    out, i = [], text.find(literal)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + 1)
    return tuple(out)


@lru_cache(maxsize=8192)
def _concepts(lexicon, subject: str, sentence: str, lang: str) -> frozenset[str]:
    return frozenset(lexicon.concepts_of(subject, sentence, lang))


# Clause boundaries inside a sentence; a comma between digits ("21,75") is not one.
_CLAUSE_END = re.compile(r"[;；:：。!?！？，]|,(?!\d)|(?<!\d),")


def clause_of(claim: Claim) -> str:
    """The clause of the claim's sentence that holds its number: the words that say what
    the number counts, without the rest of a long sentence."""
    s, i = claim.sentence, claim.start - claim.sentence_start
    j = i + len(claim.text)
    if not s or not 0 <= i <= j <= len(s):
        return claim.subject
    start = 0
    for m in _CLAUSE_END.finditer(s, 0, i):
        start = m.end()
    m = _CLAUSE_END.search(s, j)
    return s[start:m.start() if m else len(s)]


def concepts_of(lexicon, claim: Claim) -> frozenset[str]:
    """The lexicon concepts a claim speaks of: those its subject names, else those of its
    clause (empty without a lexicon)."""
    if lexicon is None:
        return frozenset()
    return _concepts(lexicon, claim.subject, clause_of(claim), claim.lang)


def parse_selector(value, key: str, ctx) -> Selector:
    """A selector from YAML: a mapping of :data:`SELECTOR_KEYS`, or a literal string."""
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict) or not value:
        raise ParamError(key, "expected a selector: a mapping of " + ", ".join(SELECTOR_KEYS)
                         + " (or a literal text)")
    out = {}
    for name, item in value.items():
        where = f"{key}.{name}"
        if name not in SELECTOR_KEYS:
            raise ParamError(where, f"unknown selector key {name!r} (expected one of "
                             f"{', '.join(SELECTOR_KEYS)})")
        if name == "nth":
            if isinstance(item, bool) or not isinstance(item, int) or item < 1:
                raise ParamError(where, "expected a whole number >= 1")
        elif not isinstance(item, str) or not item.strip():
            raise ParamError(where, "expected a non-empty string")
        elif name == "kind" and item not in KINDS:
            raise ParamError(where, f"unknown kind {item!r} (expected one of {', '.join(KINDS)})")
        elif name == "concept":
            check_concept(item, where, ctx)
        elif name == "role" and item not in ROLES:
            raise ParamError(where, f"unknown role {item!r} (expected one of {', '.join(ROLES)})")
        out[name] = item
    return Selector(**out)


def check_concept(concept: str, key: str, ctx) -> None:
    """A bad reference is a load error: the concept must exist in the lexicon."""
    known = getattr(ctx, "concepts", None)
    if known is not None and concept not in known:
        close = sorted(c for c in known if c[:3] == concept[:3])[:5]
        hint = f"; similar: {', '.join(close)}" if close else ""
        raise ParamError(key, f"unknown concept {concept!r} (expected a concept id of the "
                         f"lexicon{hint})")


def parse_parts(value, key: str, ctx) -> tuple[Selector | Product, ...]:
    """Parts of a sum: selectors, or ``{count: selector, amount: selector}`` products."""
    if not isinstance(value, list) or not value:
        raise ParamError(key, "expected a non-empty list of parts")
    parts = []
    for i, item in enumerate(value):
        where = f"{key}.{i}"
        if isinstance(item, dict) and ({"count", "amount"} & item.keys()):
            extra = sorted(set(item) - {"count", "amount"})
            if extra:
                raise ParamError(f"{where}.{extra[0]}", f"unknown key {extra[0]!r} in a product "
                                 "part (expected count and amount)")
            for name in ("count", "amount"):
                if name not in item:
                    raise ParamError(where, f"a product part needs {name!r} as well")
            parts.append(Product(parse_selector(item["count"], f"{where}.count", ctx),
                                 parse_selector(item["amount"], f"{where}.amount", ctx)))
        else:
            parts.append(parse_selector(item, where, ctx))
    return tuple(parts)


def without_concept(selector: Selector) -> Selector:
    return replace(selector, concept=None)


def rule_selector(params: dict) -> Selector:
    """The claim filter written directly on a rule (agree, convert, part_whole)."""
    return Selector(**{k: params[k] for k in SELECTOR_KEYS if params.get(k) is not None})


def documents(ctx: StoryContext, doc: str | None = None, lang: str | None = None) -> list[str]:
    """The story's documents, optionally narrowed by a glob and a language."""
    return [d for d in ctx.story.docs
            if (doc is None or doc_matches(doc, d)) and (lang is None or ctx.langs.get(d) == lang)]
