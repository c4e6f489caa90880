"""``claimcheck run``: load, extract, group into stories, align, check, report.

:func:`check_paths` is the library entry point (the pytest plugin and the testing API call
it): it prints nothing and returns one frozen :class:`RunResult` that every report renders
from. :func:`cmd_run` is the command line around it: a short summary, one line per
finding at warning or error, one line per unreadable input on stderr, the reports, and the
exit code (0 clean, 1 findings at or above ``--fail-on``, 2 could not run or an input
could not be read).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace

from .options import DEFAULT_MAX_BYTES
from .records import (
    Alignment,
    Claim,
    Document,
    Finding,
    InputError,
    Skipped,
    Story,
    count_findings,
    failing_findings,
)

__all__ = ["RunResult", "check_paths", "cmd_run"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class RunResult:
    """Everything one run found. ``claims`` maps document id -> its claims in text order;
    ``encodings`` document id -> the encoding its bytes were decoded from."""

    documents: tuple[Document, ...]
    errors: tuple[InputError, ...]
    claims: dict[str, tuple[Claim, ...]]
    stories: tuple[Story, ...]
    alignments: tuple[Alignment, ...]
    rules: tuple
    findings: tuple[Finding, ...]
    encodings: dict[str, str]
    skipped: tuple[Skipped, ...] = ()

    def story_of(self, doc_id: str) -> Story | None:
        """The story a document belongs to."""
        return next((s for s in self.stories if doc_id in s.docs), None)


def _extract_all(docs: list[Document], lang: str | None, errors: list[InputError]):
    """(documents with their language set, claims per document); a document whose
    language is unknown or whose extraction fails becomes an InputError."""
    from .extraction.detect import detect_language
    from .extraction.engine import extract
    from .extraction.language import LanguageError

    kept, claims = [], {}
    for doc in docs:
        where = str(doc.meta.get("path", doc.id))
        try:
            code = lang or doc.lang or detect_language(doc.text)
            found = extract(doc.text, lang=code, doc=doc.id)
        except LanguageError as exc:
            errors.append(InputError(where, str(exc)))
            continue
        except (ValueError, ArithmeticError) as exc:  # a document the extractor cannot read
            errors.append(InputError(where, f"could not extract claims: {exc}"))
            continue
        except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose the other documents
            errors.append(InputError(where, f"internal error while extracting claims "
                                            f"(please report): {type(exc).__name__}: {exc}"))
            continue
        kept.append(replace(doc, lang=code))
        claims[doc.id] = tuple(found)
    return kept, claims


def _internal(stage: str, exc: Exception) -> str:
    return f"internal error while {stage} (please report): {type(exc).__name__}: {exc}"


def _group(docs, claims, lexicon, manifest, errors: list[InputError]):
    """The stories; if grouping fails, each document is its own story (and it is said)."""
    from .ingest.story_manifest import StoryManifestError
    from .stories.grouping import group_stories

    try:
        return tuple(group_stories(docs, {d: list(c) for d, c in claims.items()}, lexicon,
                                   manifest))
    except StoryManifestError:
        raise
    except Exception as exc:  # noqa: BLE001 - a grouping bug must not lose the run
        errors.append(InputError(manifest or "(grouping)", _internal("grouping stories", exc)))
        return tuple(Story(f"doc-{i + 1}", (d.id,), "grouping failed") for i, d in enumerate(docs))


def _check_story(story, ctx_args: dict, loaded_rules, lexicon, errors: list[InputError],
                 claims: dict):
    """(alignments, findings) of one story; a bug in aligning it or in one rule becomes
    an error entry, and the other stories and rules still run. Claims that the
    alignment resolved ("¥" whose row says which yen or yuan it is) replace theirs in
    ``claims`` and in the story's context."""
    from .checks.base import StoryContext
    from .stories.align import align_story, resolved_claims

    where = str(ctx_args["paths"].get(story.docs[0], story.docs[0]))
    try:
        aligned = align_story(story, ctx_args["claims"], ctx_args["texts"], lexicon)
        resolved = resolved_claims(aligned)
    except Exception as exc:  # noqa: BLE001
        errors.append(InputError(where, _internal(f"aligning story {story.id}", exc)))
        return [], []
    if resolved:
        for d in story.docs:
            claims[d] = tuple(resolved.get((c.doc, c.start, c.end), c) for c in claims[d])
        ctx_args = {**ctx_args, "claims": {d: claims[d] for d in story.docs}}
    ctx = StoryContext(story=story, claims=ctx_args["claims"], texts=ctx_args["texts"],
                       langs=ctx_args["langs"], alignments=aligned, lexicon=lexicon)
    findings = []
    for rule in loaded_rules:
        try:
            findings.extend(rule.run(ctx))
        except Exception as exc:  # noqa: BLE001
            errors.append(InputError(where, _internal(
                f"checking rule {rule.id} on story {story.id}", exc)))
    return aligned, findings


def check_paths(paths, rules: list[str] | None = None, manifest: str | None = None,
                lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                confine_to: str | None = None, manifest_root: str | None = None,
                stdin_format: str = "auto") -> RunResult:
    """Check every document under ``paths`` (files or folders) and return the result.

    ``rules`` are rule files or folders (the default pack when None or empty);
    ``manifest`` a story manifest; ``lang`` forces one language for every document.
    ``confine_to`` (a folder) refuses documents and rule files that resolve outside it;
    ``manifest_root`` refuses story-manifest entries outside it. ``-`` in ``paths`` is
    standard input, read as ``stdin_format`` (see :mod:`claimcheck.ingest.stdin`).
    Files of folders that are not read are listed in ``skipped``, with their reason.
    Unreadable inputs are reported in ``errors`` and the rest is still checked; so is a
    bug in one stage for one document or story. Raises ``checks.RuleError`` for bad
    rules, ``ingest.StoryManifestError`` for a bad manifest and ``LanguageError`` for
    an unknown ``lang``, before reading any document."""
    from .checks.rulefile import load_rule_packs
    from .extraction.language import get_language
    from .extraction.lexicon import default_lexicon
    from .ingest.documents import load_documents
    from .ingest.story_manifest import load_story_manifest

    loaded_rules = tuple(load_rule_packs(list(rules) if rules else None, root=confine_to))
    if manifest:
        load_story_manifest(manifest, root=manifest_root)
    if lang:
        get_language(lang)
    lexicon = default_lexicon()
    skipped: list[Skipped] = []
    docs, errors = load_documents([str(p) for p in paths], max_bytes=max_bytes,
                                  confine_to=confine_to, skipped=skipped,
                                  stdin_format=stdin_format)
    docs, claims = _extract_all(docs, lang, errors)
    stories = _group(docs, claims, lexicon, manifest, errors)
    texts = {d.id: d.text for d in docs}
    langs = {d.id: d.lang or "" for d in docs}
    paths_of = {d.id: d.meta.get("path", d.id) for d in docs}
    alignments: list[Alignment] = []
    findings: list[Finding] = []
    for story in stories:
        ctx_args = {"claims": {d: claims[d] for d in story.docs},
                    "texts": {d: texts[d] for d in story.docs},
                    "langs": {d: langs[d] for d in story.docs}, "paths": paths_of}
        aligned, found = _check_story(story, ctx_args, loaded_rules, lexicon, errors, claims)
        alignments.extend(aligned)
        findings.extend(found)
    return RunResult(documents=tuple(docs), errors=tuple(errors), claims=claims,
                     stories=stories, alignments=tuple(alignments), rules=loaded_rules,
                     findings=tuple(findings),
                     encodings={d.id: d.encoding for d in docs}, skipped=tuple(skipped))


def finding_line(result: RunResult, f: Finding, locator=None) -> str:
    """One line for a terminal: ``doc:line:col: severity: message [rule]``.

    The location is the claim to fix: an agree finding's first outlier, else its first
    claim."""
    from .report.locate import Locator

    locator = locator or Locator(result.documents)
    focus = next((c for c, g in zip(f.claims, f.groups) if g > 0), None) or \
        (f.claims[0] if f.claims else None)
    where = locator.where(focus) if focus else f.story
    message = " ".join(f.message.split())
    return f"{where}: {f.severity}: {message} [{f.rule}]"


def summary_line(result: RunResult, out_dir: str, written) -> str:
    from .report.text import plural

    counts, passed = count_findings(result.findings)
    n_claims = sum(len(c) for c in result.claims.values())
    files = ", ".join(p.name for p in written)
    return (f"claimcheck: {plural(len(result.documents), 'document')}, "
            f"{plural(len(result.stories), 'story', 'stories')}, {plural(n_claims, 'claim')}, "
            f"{plural(len(result.alignments), 'aligned quantity', 'aligned quantities')}; "
            f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
            f"{plural(counts['info'], 'note')}, {plural(passed, 'check')} passed; "
            f"reports in {out_dir}/ ({files})")



def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_run(args) -> int:
    """The ``claimcheck run`` command; returns the exit code."""
    from .checks.rulefile import RuleError
    from .extraction.language import LanguageError
    from .ingest.story_manifest import StoryManifestError
    from .options import parse_formats
    from .report.write import ReportError, check_formats, write_report_set

    try:
        formats = parse_formats(args.format)
        check_formats(formats)
    except (ValueError, ReportError) as exc:
        _err(f"claimcheck: {exc}")
        return EXIT_ERROR
    import os

    try:
        result = check_paths(args.paths, rules=args.rules, manifest=args.manifest,
                             lang=args.lang, max_bytes=args.max_bytes,
                             manifest_root=None if args.allow_outside else os.getcwd(),
                             stdin_format=getattr(args, "stdin_format", "auto"))
    except (RuleError, StoryManifestError) as exc:
        _err(str(exc))  # already path:line:col: message
        return EXIT_ERROR
    except LanguageError as exc:
        _err(f"claimcheck: {exc}")
        return EXIT_ERROR
    from .report.console import paint_finding, skipped_lines, use_colour

    for error in result.errors:
        _err(error.line())
    for line in skipped_lines(result.skipped):
        _err(line)
    for doc in result.documents:
        for warning in doc.warnings:
            _err(f"{doc.meta.get('path', doc.id)}: warning: {warning}")
    if not result.documents:
        _err("claimcheck: no documents to check")
        return EXIT_ERROR
    try:
        written, failed = write_report_set(result, args.out, formats)
    except (ReportError, ValueError, OSError, TimeoutError) as exc:
        _err(f"claimcheck: cannot write reports to {args.out}: {exc}")
        return EXIT_ERROR
    for fmt, message in failed:
        _err(f"claimcheck: the {fmt} report could not be rendered (please report): {message}")
    from .records import at_or_above
    from .report.locate import Locator

    colour = use_colour(sys.stdout)
    if not args.quiet:
        print(summary_line(result, str(args.out).rstrip("/"), written))
    locator = Locator(result.documents)
    for f in result.findings:
        if f.passed or f.severity not in ("warning", "error"):
            continue
        # --quiet keeps the findings that are errors or fail the run
        if not args.quiet or f.severity == "error" or at_or_above(f.severity, args.fail_on):
            print(paint_finding(finding_line(result, f, locator), colour))
    if result.errors or failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing_findings(result.findings, args.fail_on) else EXIT_OK
