"""What every part of report.html shares: escaping, the page's assets, claim wording, the
run indexed once.

Safety. Every string that can come from a document (sentences, surface text, subjects,
file names, story reasons, messages) goes through :func:`esc`, in text and attributes.
"""
from __future__ import annotations

import base64
import hashlib
import html
import unicodedata
from decimal import Decimal
from importlib import resources
from pathlib import PurePath

from ...records import Claim, Finding, decimal_text
from ..index import RunIndex
from ...stories.compare import format_quantity

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
LEVELS = ("error", "warning", "info", "passed")
CONTEXT = 90  # characters of sentence kept on each side of the number in a card


def esc(value: object) -> str:
    """HTML-escape any value for text or a quoted attribute (quotes escaped too)."""
    return html.escape("" if value is None else str(value), quote=True)


def asset(name: str) -> str:
    return resources.files("claimcheck.report").joinpath("assets", name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """A policy that loads nothing and runs only ``script`` (by its sha256)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


def claim_key(c: Claim) -> tuple[str, int, int]:
    return (c.doc, c.start, c.end)


def short_name(doc_id: str) -> str:
    """A document's file name ("002_5f7db74c5636f556.txt"), or the id itself."""
    return PurePath(doc_id).name or doc_id


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def level_of(f: Finding) -> str:
    return "passed" if f.passed else f.severity


def badge(level: str) -> str:
    return f'<span class="badge b-{esc(level)}">{esc(level.upper())}</span>'


def quantity_text(value: Decimal, c: Claim) -> str:
    """A readable normalized value: "21.75 billion yuan", "36.9 km²", "20%"."""
    if c.kind == "date" or not value.is_finite():
        return decimal_text(value)
    if c.unit == "percent":
        return f"{decimal_text(value)}%"
    return format_quantity(value, c.unit, c.kind)


def normalized(c: Claim) -> str:
    """The claim's value with its qualifier: "over 20 billion yuan", "12 – 20 km"."""
    if c.qualifier == "over" or (c.qualifier != "range" and not c.high.is_finite()):
        return f"over {quantity_text(c.low, c)}"
    if c.qualifier == "under" or not c.low.is_finite():
        return f"under {quantity_text(c.high, c)}"
    if c.qualifier == "range":
        return f"{quantity_text(c.low, c)} – {quantity_text(c.high, c)}"
    about = "about " if c.qualifier == "about" else ""
    return about + quantity_text(c.value, c)


def interval_text(c: Claim) -> str:
    return f"[{decimal_text(c.low)}, {decimal_text(c.high)}]{' ' + c.unit if c.unit else ''}"


def _width(ch: str) -> int:
    """Display width: CJK characters take two columns, so context is trimmed by looks."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _trim(text: str, limit: int | None, left: bool) -> str:
    """Keep about ``limit`` columns next to the number, cut at a space if one is near."""
    if limit is None or sum(map(_width, text)) <= limit:
        return text
    used, keep = 0, 0
    for ch in (reversed(text) if left else text):
        used += _width(ch)
        if used > limit:
            break
        keep += 1
    if left:
        part = text[len(text) - keep:]
        cut = part.find(" ")
        return "…" + (part[cut + 1:] if 0 <= cut < 20 else part)
    part = text[:keep]
    cut = part.rfind(" ")
    return (part[:cut] if cut > keep - 20 else part) + "…"


def marked_sentence(c: Claim, context: int | None = None) -> str:
    """The claim's sentence, escaped, with its number in ``<mark>``."""
    s = c.sentence or ""
    i, j = c.start - c.sentence_start, c.end - c.sentence_start
    if not (0 <= i <= j <= len(s) and s[i:j] == c.text):
        i = s.find(c.text) if c.text else -1
        if i < 0:
            return f"<mark>{esc(c.text)}</mark>"
        j = i + len(c.text)
    before = _trim(" ".join(s[:i].split()) + (" " if s[:i][-1:].isspace() else ""), context, True)
    after = _trim((" " if s[j:][:1].isspace() else "") + " ".join(s[j:].split()), context, False)
    return f"{esc(before)}<mark>{esc(s[i:j])}</mark>{esc(after)}"


def outliers(claims: list[Claim]) -> set[int]:
    """Indexes of claims whose interval overlaps fewer than half of the others.

    Empty when there is no majority to stand out from (e.g. two claims that disagree)."""
    n = len(claims)
    out = {i for i, a in enumerate(claims)
           if 2 * sum(1 for j, b in enumerate(claims) if j != i and a.overlaps(b)) < n - 1}
    return set() if len(out) == n else out


class Run:
    """The RunResult fields the page needs, indexed once."""

    def __init__(self, result):
        self.documents = list(getattr(result, "documents", ()) or ())
        self.errors = list(getattr(result, "errors", ()) or ())
        self.claims = dict(getattr(result, "claims", {}) or {})
        self.stories = list(getattr(result, "stories", ()) or ())
        self.alignments = list(getattr(result, "alignments", ()) or ())
        self.findings = sorted(getattr(result, "findings", ()) or (), key=self.rank)
        self.rules = list(getattr(result, "rules", ()) or ())
        self.docs = {d.id: d for d in self.documents}
        self.index = RunIndex(result)
        self._story_findings: dict[str, list[Finding]] = {}
        for f in self.findings:
            self._story_findings.setdefault(f.story, []).append(f)
        self.failed = [{claim_key(c) for c in f.claims} for f in self.findings
                       if not f.passed and f.severity != "info" and not f.groups]
        self._failed_by_key: dict[tuple, list[int]] = {}
        for i, keys in enumerate(self.failed):
            for k in keys:
                self._failed_by_key.setdefault(k, []).append(i)
        # the mentions an agree finding names as outliers
        self.outlier_keys = {claim_key(c) for f in self.findings
                             if not f.passed and f.severity != "info"
                             for c, g in zip(f.claims, f.groups) if g > 0}
        self.encodings = dict(getattr(result, "encodings", {}) or {})
        self.evidence_cards: dict[frozenset, str] = {}  # claims shown -> first card's id
        self._ids = 0

    def disagreeing(self, row: list[Claim]) -> set[tuple]:
        """Keys of the claims in a matrix row that a failed finding sets against another
        claim of the same row; only the outliers when the row has a majority."""
        keys = [claim_key(c) for c in row]
        bad = {k for k in keys if k in self.outlier_keys}
        touching = sorted({i for k in keys for i in self._failed_by_key.get(k, ())})
        for i in touching:
            inside = self.failed[i].intersection(keys)
            if len(inside) >= 2:
                bad |= inside
        odd = {keys[i] for i in outliers(row)}
        return (bad & odd) if odd else bad

    @staticmethod
    def rank(f: Finding) -> tuple:
        """Failed before passed, errors first, then the largest relative difference."""
        rel = f.rel_diff if f.rel_diff is not None and f.rel_diff.is_finite() else Decimal(-1)
        return (f.passed, SEVERITY_RANK.get(f.severity, 3), -rel, f.story, f.id)

    def new_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}-{self._ids}"

    def lang(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id)
        if doc is not None and doc.lang:
            return doc.lang
        claims = self.claims.get(doc_id) or ()
        return claims[0].lang if claims else "?"

    def story_findings(self, story_id: str) -> list[Finding]:
        return self._story_findings.get(story_id, [])

    def aligned_with(self, f: Finding) -> list[Claim]:
        """The finding's claims and the other claims aligned with them, in story order."""
        keys = {claim_key(c) for c in f.claims}
        out = list(f.claims)
        for a in self.index.touching(f.story, set(keys), grow=True):
            out.extend(c for c in a.claims if claim_key(c) not in keys)
            keys |= {claim_key(c) for c in a.claims}
        story = self.index.stories.get(f.story)
        order = {d: i for i, d in enumerate(story.docs)} if story else {}
        return sorted(out, key=lambda c: (order.get(c.doc, len(order)), c.start))
