"""The two flat, frozen records everything else renders from: Claim and Finding.

Values are exact ``Decimal``s. An unbounded side of an interval ("over 200") is
``Decimal('Infinity')`` (or ``-Infinity``) and is written as ``null`` in JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal

KINDS = ("money", "area", "length", "mass", "volume", "energy", "power", "duration",
         "speed", "temperature", "pressure", "percent", "rate", "count", "number", "multiple",
         "date")
# What a claim measures, as far as its text says (see docs/report-schema.md): the slots of
# its quantity frame. ``role`` is one of ROLES or "".
FRAME_SLOTS = ("measure", "entity", "period", "role", "scope")
ROLES = ("level", "growth", "decline", "change", "drop", "share", "old", "new", "reference",
         "target")
# roles of a figure a level is measured against (a threshold, a goal): bound to the number
# beside their word, and never compared with the levels of a row
MEASURED_AGAINST = ("reference", "target")
QUALIFIERS = ("exact", "over", "under", "about", "range")
SEVERITIES = ("info", "warning", "error")


def decimal_to_json(value: Decimal | None) -> int | float | str | None:
    """A Decimal as a JSON number: int when integral, else a float from its exact text.

    Infinite or missing values become ``None`` (JSON null)."""
    if value is None or not value.is_finite():
        return None
    if value == value.to_integral_value():
        return int(value)
    # float(str) only at the output boundary; the record itself stays exact
    return float(format(value.normalize(), "f"))


def decimal_text(value: Decimal | None) -> str:
    """Plain positional text of a Decimal, no exponent ("20450000000", "0.5")."""
    if value is None:
        return ""
    if not value.is_finite():
        return "inf" if value > 0 else "-inf"
    text = format(value.normalize(), "f")
    return text


@dataclass(frozen=True, slots=True, init=False)
class Claim:
    """One numeric claim found in one document.

    ``start``/``end`` are codepoint offsets into the decoded text (end exclusive);
    ``sentence_start`` is the offset of ``sentence`` in that text, so the number can be
    marked inside its sentence. ``notes`` carries caveats such as an ambiguous currency.

    The quantity frame says what the number measures, as far as the text says ("" when it
    does not): ``measure`` a concept of the lexicon (investment, revenue, growth ...),
    ``entity`` whose (a sector, a segment, a region), ``period`` when (2024, 2024-H1, Q2,
    prev-year ...), ``role`` (level, change, growth, share; old and new in a from-to) and
    ``scope`` (total or part).
    """

    doc: str
    lang: str
    start: int
    end: int
    text: str
    value: Decimal
    unit: str | None
    kind: str
    qualifier: str
    low: Decimal
    high: Decimal
    subject: str = ""
    sentence: str = ""
    sentence_start: int = 0
    notes: tuple[str, ...] = ()
    measure: str = ""
    entity: str = ""
    period: str = ""
    role: str = ""
    scope: str = ""

    def __init__(self, doc: str, lang: str, start: int, end: int, text: str, value: Decimal,
                 unit: str | None, kind: str, qualifier: str, low: Decimal, high: Decimal,
                 subject: str = "", sentence: str = "", sentence_start: int = 0,
                 notes: tuple[str, ...] = (), measure: str = "", entity: str = "",
                 period: str = "", role: str = "", scope: str = ""):
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__, which costs several times more than the slot's own setter
        # (about 5 us a claim, and the extractor makes tens of thousands per megabyte).
        _doc(self, doc)
        _lang(self, lang)
        _start(self, start)
        _end(self, end)
        _text(self, text)
        _value(self, value)
        _unit(self, unit)
        _kind(self, kind)
        _qualifier(self, qualifier)
        _low(self, low)
        _high(self, high)
        _subject(self, subject)
        _sentence(self, sentence)
        _sentence_start(self, sentence_start)
        _notes(self, notes)
        _measure(self, measure)
        _entity(self, entity)
        _period(self, period)
        _role(self, role)
        _scope(self, scope)

    def overlaps(self, other: "Claim") -> bool:
        """Intervals overlap (closed intervals)."""
        return self.low <= other.high and other.low <= self.high

    def to_dict(self) -> dict:
        """JSON-ready dict; Decimals become numbers, infinite bounds null."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, Decimal):
                v = decimal_to_json(v)
            elif isinstance(v, tuple):
                v = list(v)
            out[f.name] = v
        return out


(_doc, _lang, _start, _end, _text, _value, _unit, _kind, _qualifier, _low, _high, _subject,
 _sentence, _sentence_start, _notes, _measure, _entity, _period, _role,
 _scope) = (Claim.__dict__[f.name].__set__ for f in fields(Claim))


def fill_frame(claim: Claim, measure: str, entity: str, period: str, role: str,
               scope: str) -> None:
    """Set the quantity frame of a claim the extractor has just made, before it hands the
    claim to anyone (the frame is read from the document's other claims, so it comes
    last). Cheaper than a framed copy; nothing else may change a Claim."""
    _measure(claim, measure)
    _entity(claim, entity)
    _period(claim, period)
    _role(claim, role)
    _scope(claim, scope)


@dataclass(frozen=True, slots=True)
class Finding:
    """The result of one check on one story.

    ``passed`` is True for a check that was run and held (rule packs report those too);
    only failed findings count towards the exit code. An ``agree`` finding holds every
    mention of one quantity; ``groups`` gives each claim's group (0: the figure most
    documents support; 1, 2...: the others, the outliers; -1: not compared, in another
    currency); ``bridges`` the indexes of claims (bounds such as "over 20 billion") that
    agree with every group.
    """

    id: str
    story: str
    check: str
    rule: str
    severity: str
    passed: bool
    message: str
    claims: tuple[Claim, ...] = ()
    pattern: str | None = None
    abs_diff: Decimal | None = None
    rel_diff: Decimal | None = None
    confidence: float | None = None
    reason: str = ""
    groups: tuple[int, ...] = ()
    bridges: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        claims = [c.to_dict() for c in self.claims]
        for c, g in zip(claims, self.groups):
            c["group"] = g
            c["outlier"] = g > 0
        for i in self.bridges:
            claims[i]["agrees_with_all"] = True
        return {
            "id": self.id,
            "story": self.story,
            "check": self.check,
            "rule": self.rule,
            "severity": self.severity,
            "passed": self.passed,
            "message": self.message,
            "pattern": self.pattern,
            "abs_diff": decimal_to_json(self.abs_diff),
            "rel_diff": decimal_to_json(self.rel_diff),
            "confidence": self.confidence,
            "reason": self.reason,
            "claims": claims,
        }


def at_or_above(severity: str, fail_on: str) -> bool:
    """Whether ``severity`` reaches the fail level (``never`` is never reached)."""
    if fail_on == "never":
        return False
    return SEVERITIES.index(severity) >= SEVERITIES.index(fail_on)


def failing_findings(findings, fail_on: str) -> list:
    """Findings that did not pass, at or above ``fail_on`` (error, warning or never)."""
    return [f for f in findings if not f.passed and at_or_above(f.severity, fail_on)]


def count_findings(findings) -> tuple[dict[str, int], int]:
    """({severity: findings that did not pass}, number of checks that passed)."""
    failed = {s: 0 for s in SEVERITIES}
    passed = 0
    for f in findings:
        if f.passed:
            passed += 1
        else:
            failed[f.severity] += 1
    return failed, passed


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input document. ``id`` is the path as found, or a corpus record's id."""

    id: str
    text: str
    lang: str | None = None
    encoding: str = "utf-8"
    date: str | None = None
    source: str | None = None
    story: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    # what reading it repaired, e.g. "3 invalid UTF-8 byte sequences replaced by U+FFFD"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """A document that could not be read; reported, never silently dropped."""

    path: str
    message: str

    def line(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file found in a folder and not read (unknown type, binary, the same file named
    twice, a report of claimcheck's own): listed, never an error."""

    path: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: skipped: {self.reason}"


# the small manifest of the report files a run wrote into its output folder: the next run
# replaces or removes them (and only them), and a folder walk does not read them
OUTPUTS_MANIFEST = ".claimcheck-outputs.json"


@dataclass(frozen=True, slots=True)
class Story:
    """Documents that report the same event; claims are only compared within a story."""

    id: str
    docs: tuple[str, ...]
    reason: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "docs": list(self.docs), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Alignment:
    """One quantity of a story: every mention of it in every document (a document may
    mention it more than once: a headline's round figure and the body's exact one).

    ``label`` names the row in a claim matrix; ``concept`` is the measure most mentions
    name. ``confidences`` gives, claim by claim, how sure the aligner is that the claim
    measures what the row measures; ``confidence`` is the lowest of them."""

    id: str
    story: str
    label: str
    claims: tuple[Claim, ...]
    confidence: float
    reason: str
    concept: str | None = None
    confidences: tuple[float, ...] = ()

    def to_dict(self) -> dict:
        confidences = self.confidences or (self.confidence,) * len(self.claims)
        return {"id": self.id, "story": self.story, "label": self.label, "concept": self.concept,
                "confidence": self.confidence, "reason": self.reason,
                "claims": [{"doc": c.doc, "start": c.start, "end": c.end, "confidence": k}
                           for c, k in zip(self.claims, confidences)]}
