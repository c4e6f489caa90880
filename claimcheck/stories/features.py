"""What alignment needs to know about each claim, read once from its document.

For every alignable claim: the concepts its subject or clause names (through the lexicon),
the scope words around it (a total, a first phase), whether it is introduced as a part
("of which"), and the count it goes with in its sentence ("RMB 21.75 billion" for "28
cooperation agreements").
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..records import Claim

_CLAUSE = regex.compile(r"[,;:，；：、()（）\[\]]")
_CLAUSE_CJK = regex.compile(r"[,;:，；：、()（）\[\]\s]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_WINDOW = 60  # characters looked at before a number for its subject and scope
_AFTER = 24   # and after it ("€1.2 billion in total")


@dataclass
class Feat:
    """What alignment needs to know about one claim, computed once."""

    claim: Claim
    index: int                       # position among the document's alignable claims
    concepts: frozenset[str]
    scope: frozenset[str]
    part: bool
    anchor: Claim | None = None      # the count this amount goes with in its sentence
    anchor_text: str = ""            # that count as written ("28 cooperation agreements")


def alignable(claim: Claim) -> bool:
    """Dates are not quantities; a bare small number ("Line 11") is too vague to align."""
    if claim.kind == "date":
        return False
    if claim.kind == "number":
        return claim.value.is_finite() and abs(claim.value) >= 10000
    return True


def clauses(claim: Claim, prev: Claim | None, next_start: int, text: str
             ) -> tuple[str, str, str]:
    """(wide, before, after): the text before the claim back to the previous claim (and
    the noun that claim counts) or the sentence start; its last clause (what names the
    number: "total planned investment of"); and the clause right after it ("in total")."""
    prev_end = 0
    if prev is not None:
        prev_end = prev.end
        if prev.subject:
            at = text.find(prev.subject, prev.end, prev.end + len(prev.subject) + 6)
            prev_end = at + len(prev.subject) if at >= 0 else prev_end
    start = max(prev_end, claim.sentence_start, claim.start - _WINDOW)
    wide = text[start:claim.start] if text and start < claim.start else ""
    sentence_end = claim.sentence_start + len(claim.sentence)
    tail = text[claim.end:min(next_start, sentence_end, claim.end + _AFTER)] if text else ""
    splitter = _CLAUSE_CJK if _CJK.search(wide + tail) else _CLAUSE
    parts = [p for p in splitter.split(wide) if p.strip()]
    after = next((p for p in splitter.split(tail) if p.strip()), "")
    return wide, (parts[-1] if parts else ""), after


def phrase(count: Claim, text: str) -> str:
    """A count with its counted noun as written: "28 cooperation agreements", "15个项目"."""
    if count.subject:
        at = text.find(count.subject, count.end, count.end + len(count.subject) + 12)
        if at >= 0:
            return " ".join(text[count.start:at + len(count.subject)].split())
        return f"{count.text} {count.subject}"
    return count.text


def features(claims: list[Claim], text: str, lexicon) -> list[Feat]:
    out: list[Feat] = []
    last_count: Claim | None = None
    for n, claim in enumerate(claims):
        next_start = claims[n + 1].start if n + 1 < len(claims) else len(text)
        prev = claims[n - 1] if n else None
        wide, before, after = clauses(claim, prev, next_start, text)
        concepts = lexicon.concepts_of(claim.subject, before, claim.lang) or \
            lexicon.concepts_of(after, "", claim.lang)
        scope = lexicon.scope_of(f"{claim.subject} {before} {after}", claim.lang)
        part = lexicon.has_part_marker(wide, claim.lang)
        if last_count is not None and last_count.sentence_start != claim.sentence_start:
            last_count = None
        anchor = last_count if claim.kind not in ("count", "number") else None
        out.append(Feat(claim, len(out), concepts, scope, part, anchor,
                         phrase(anchor, text) if anchor else ""))
        if claim.kind == "count":
            last_count = claim
    return out
