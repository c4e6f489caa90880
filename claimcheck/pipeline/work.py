"""The units of work of a run, the same for every engine and every process.

- :func:`extract_document`: one document's language and claims (a document the extractor
  cannot read becomes an InputError, and the others go on);
- :func:`check_story`: align one story's claims and run every rule on it
  (``align_story`` + the rules, as one unit), with the location of each finding and, for
  corpus outputs, the story's rendered rows.

A process is set up once (:func:`setup`: rules, lexicon, spill file) and then runs
batches of documents (:func:`extract_batch`) and stories (:func:`check_stories`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..records import Claim, Document, InputError, Story
from ..stories.evidence import DocEvidence, document_evidence
from .result import RunResult, line_col

__all__ = ["RunConfig", "Extracted", "StoryUnit", "StoryResult", "setup", "extract_document",
           "extract_batch", "check_story", "check_stories", "focus_claim"]


@dataclass(frozen=True)
class RunConfig:
    """What every process of a run needs to know (picklable)."""

    rules: tuple[str, ...] | None = None   # rule files or folders; None: the default pack
    lang: str | None = None                # forced language of every document
    spill: str | None = None               # spill folder (local engine), None: in memory


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document after extraction: itself (language set; text dropped when spilled),
    its grouping evidence, how many claims it has, and where its text and claims are."""

    doc: Document
    evidence: DocEvidence
    n_claims: int
    ref: tuple | None = None
    claims: tuple[Claim, ...] | None = None  # kept here when not spilled


@dataclass(frozen=True, slots=True)
class StoryUnit:
    """One story to check: its documents, and their texts and claims (or spill refs)."""

    story: Story
    docs: tuple[Document, ...]
    refs: tuple | None = None
    claims: dict | None = None
    outputs: tuple[str, ...] = ()   # corpus outputs to render (report.corpus)


@dataclass(frozen=True, slots=True)
class StoryResult:
    story: Story
    alignments: tuple = ()
    findings: tuple = ()
    locations: dict = field(default_factory=dict)
    chunks: dict = field(default_factory=dict)
    errors: tuple[InputError, ...] = ()


_STATE: dict = {}


def setup(config: RunConfig) -> None:
    """Load what every unit needs, once per process."""
    from ..checks.rulefile import load_rule_packs
    from ..extraction.lexicon import default_lexicon
    from .spill import SpillReader, SpillWriter

    _STATE.clear()
    _STATE["config"] = config
    _STATE["rules"] = tuple(load_rule_packs(list(config.rules) if config.rules else None))
    _STATE["lexicon"] = default_lexicon()
    if config.spill:
        _STATE["writer"] = SpillWriter(config.spill)
        _STATE["reader"] = SpillReader(config.spill)


def extract_document(doc: Document, lang: str | None):
    """(the document with its language set, its claims), or an InputError."""
    from ..extraction.detect import detect_language
    from ..extraction.engine import extract
    from ..extraction.language import LanguageError

    where = str(doc.meta.get("path", doc.id))
    try:
        code = lang or doc.lang or detect_language(doc.text)
        found = extract(doc.text, lang=code, doc=doc.id)
    except LanguageError as exc:
        return InputError(where, str(exc))
    except (ValueError, ArithmeticError) as exc:  # a document the extractor cannot read
        return InputError(where, f"could not extract claims: {exc}")
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose the other documents
        return InputError(where, f"internal error while extracting claims "
                                 f"(please report): {type(exc).__name__}: {exc}")
    return replace(doc, lang=code), tuple(found)


def extract_batch(docs: list[Document]) -> list[Extracted | InputError]:
    """Extract a batch of documents; spill their texts and claims when the run spills."""
    config, lexicon = _STATE["config"], _STATE["lexicon"]
    writer = _STATE.get("writer")
    out: list[Extracted | InputError] = []
    for doc in docs:
        done = extract_document(doc, config.lang)
        if isinstance(done, InputError):
            out.append(done)
            continue
        doc, claims = done
        evidence = document_evidence(doc, claims, lexicon)
        if writer is None:
            out.append(Extracted(doc, evidence, len(claims), None, claims))
        else:
            ref = writer.put((doc.text, claims))
            out.append(Extracted(replace(doc, text=""), evidence, len(claims), ref))
    if writer is not None:
        writer.flush()
    return out


def focus_claim(finding):
    """The claim to fix: agree findings put the odd one out last."""
    if not finding.claims:
        return None
    return finding.claims[-1] if finding.check == "agree" else finding.claims[0]


def _run_rules(story: Story, claims: dict, texts: dict, langs: dict):
    """align_story + every rule on one story: (alignments, findings)."""
    from ..checks.base import StoryContext
    from ..stories.align import align_story

    lexicon = _STATE["lexicon"]
    aligned = align_story(story, claims, texts, lexicon)
    ctx = StoryContext(story=story, claims=claims, texts=texts, langs=langs,
                       alignments=aligned, lexicon=lexicon)
    findings = []
    for rule in _STATE["rules"]:
        findings.extend(rule.run(ctx))
    return tuple(aligned), tuple(findings)


def _locations(findings, texts: dict) -> dict[str, str]:
    out = {}
    for f in findings:
        c = focus_claim(f)
        if c is not None and not f.passed and c.doc in texts:
            out[f.id] = f"{c.doc}:{line_col(texts[c.doc], c.start)}"
    return out


def check_story(unit: StoryUnit) -> StoryResult:
    """Align and check one story; an internal error is reported for the story only."""
    story = unit.story
    if unit.refs is not None:
        reader = _STATE["reader"]
        loaded = [reader.get(ref) for ref in unit.refs]
        docs = tuple(replace(d, text=text) for d, (text, _) in zip(unit.docs, loaded))
        claims = {d.id: c for d, (_, c) in zip(unit.docs, loaded)}
    else:
        docs, claims = unit.docs, dict(unit.claims or {})
    texts = {d.id: d.text for d in docs}
    langs = {d.id: d.lang or "" for d in docs}
    try:
        alignments, findings = _run_rules(story, claims, texts, langs)
    except Exception as exc:  # noqa: BLE001 - a checker bug must not lose the other stories
        return StoryResult(story, errors=(InputError(
            f"story {story.id}", f"internal error while checking the story (please report): "
                                 f"{type(exc).__name__}: {exc}"),))
    chunks = {}
    if unit.outputs:
        from ..report.corpus import story_chunks

        view = RunResult(documents=docs, errors=(), claims=claims, stories=(story,),
                         alignments=alignments, rules=_STATE["rules"], findings=findings,
                         encodings={d.id: d.encoding for d in docs})
        chunks = story_chunks(view, unit.outputs)
    return StoryResult(story, alignments, findings, _locations(findings, texts), chunks)


def check_stories(units: list[StoryUnit]) -> list[StoryResult]:
    return [check_story(u) for u in units]
