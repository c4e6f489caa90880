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
from .result import RunResult

__all__ = ["RunConfig", "Extracted", "StoryUnit", "StoryResult", "setup", "extract_document",
           "extract_batch", "check_story", "check_stories", "focus_claim"]


@dataclass(frozen=True)
class RunConfig:
    """What every process of a run needs to know (picklable)."""

    rules: tuple[str, ...] | None = None   # rule files or folders; None: the default pack
    lang: str | None = None                # forced language of every document
    spill: str | None = None               # spill folder (local engine), None: in memory
    confine_to: str | None = None          # documents and rule files must be inside it


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
    resolved: dict = field(default_factory=dict)  # claims the story's rows resolved, by key


_STATE: dict = {}


def setup(config: RunConfig) -> None:
    """Load what every unit needs, once per process."""
    from ..checks.rulefile import load_rule_packs
    from ..extraction.lexicon import default_lexicon
    from .spill import SpillReader, SpillWriter

    _STATE.clear()
    _STATE["config"] = config
    _STATE["rules"] = tuple(load_rule_packs(list(config.rules) if config.rules else None,
                                            root=config.confine_to))
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
    """The claim to fix: an agree finding's first outlier, else its first claim."""
    groups = getattr(finding, "groups", ()) or ()
    return next((c for c, g in zip(finding.claims, groups) if g > 0), None) or \
        (finding.claims[0] if finding.claims else None)


def _run_rules(story: Story, claims: dict, texts: dict, langs: dict):
    """align_story + every rule on one story: (alignments, findings, resolved claims).

    A claim whose ambiguous currency ("¥") its row resolves is replaced by the resolved
    claim before the rules run."""
    from ..checks.base import StoryContext
    from ..stories.align import align_story, resolved_claims

    lexicon = _STATE["lexicon"]
    aligned = align_story(story, claims, texts, lexicon)
    resolved = resolved_claims(aligned)
    if resolved:
        claims = {d: tuple(resolved.get((c.doc, c.start, c.end), c) for c in found)
                  for d, found in claims.items()}
    ctx = StoryContext(story=story, claims=claims, texts=texts, langs=langs,
                       alignments=aligned, lexicon=lexicon)
    findings, errors = [], []
    for rule in _STATE["rules"]:
        try:
            findings.extend(rule.run(ctx))
        except Exception as exc:  # noqa: BLE001 - one rule's bug must not lose the others
            errors.append(InputError(f"story {story.id}", _internal(
                f"checking rule {rule.id} on story {story.id}", exc)))
    return tuple(aligned), tuple(findings), resolved, claims, tuple(errors)


def _internal(stage: str, exc: Exception) -> str:
    return f"internal error while {stage} (please report): {type(exc).__name__}: {exc}"


def _locations(findings, docs) -> dict[str, str]:
    from ..report.locate import Locator

    locator = Locator(docs)
    out = {}
    for f in findings:
        c = focus_claim(f)
        if c is not None and not f.passed:
            out[f.id] = locator.where(c)
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
        alignments, findings, resolved, claims, errors = _run_rules(story, claims, texts, langs)
    except Exception as exc:  # noqa: BLE001 - a checker bug must not lose the other stories
        return StoryResult(story, errors=(InputError(
            f"story {story.id}", _internal(f"aligning story {story.id}", exc)),))
    locations = _locations(findings, docs)
    chunks = {}
    if unit.outputs:
        from ..report.corpus import story_chunks

        view = RunResult(documents=docs, errors=(), claims=claims, stories=(story,),
                         alignments=alignments, rules=_STATE["rules"], findings=findings,
                         encodings={d.id: d.encoding for d in docs}, locations=locations)
        chunks = story_chunks(view, unit.outputs)
    return StoryResult(story, alignments, findings, locations, chunks, errors, resolved)


def check_stories(units: list[StoryUnit]) -> list[StoryResult]:
    return [check_story(u) for u in units]
