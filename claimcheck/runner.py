"""``claimcheck run``: load, extract, group into stories, align, check, report.

:func:`check_paths` is the library entry point (the pytest plugin and the testing API call
it): it prints nothing and returns one frozen :class:`RunResult` that every report renders
from. :func:`cmd_run` is the command line around it: a short summary, one line per
finding at warning or error, one line per unreadable input on stderr, the reports, and the
exit code (0 clean, 1 findings at or above ``--fail-on``, 2 could not run or an input
could not be read).

The work itself is done by an engine (:mod:`claimcheck.pipeline`): on this machine with
every core (``--jobs``), or on a Dask cluster (``--engine dask``). A run of more than
``CORPUS_THRESHOLD`` documents or ``CORPUS_CLAIMS`` claims (or ``--output corpus``) writes
corpus outputs
(:mod:`claimcheck.report.corpus`) story by story instead of the whole-run reports.
"""
from __future__ import annotations

import os
import sys
import time

from .options import CORPUS_CLAIMS, CORPUS_THRESHOLD, DEFAULT_MAX_BYTES
from .pipeline.result import RunResult
from .records import SEVERITIES, at_or_above, count_findings, failing_findings

__all__ = ["RunResult", "check_paths", "cmd_run", "finding_line"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _validate(rules, manifest, lang, confine_to=None, manifest_root=None) -> tuple:
    """Load the rules and check the manifest and language before reading any document.
    ``confine_to`` refuses rule files outside it, ``manifest_root`` manifest entries."""
    from .checks.rulefile import load_rule_packs
    from .extraction.language import get_language
    from .ingest.story_manifest import load_story_manifest

    loaded = tuple(load_rule_packs(list(rules) if rules else None, root=confine_to))
    if manifest:
        load_story_manifest(manifest, root=manifest_root)
    if lang:
        get_language(lang)
    return loaded


def _config(rules, lang, confine_to=None):
    from .pipeline.work import RunConfig

    return RunConfig(rules=tuple(str(r) for r in rules) if rules else None, lang=lang,
                     confine_to=confine_to)


def _jobs(jobs: int | None) -> int:
    from .pipeline.pool import default_jobs

    return jobs if jobs else default_jobs()


def _engine(paths, rules, lang, manifest, max_bytes, jobs, engine="local", scheduler=None,
            progress=None, confine_to=None, stdin_format="auto"):
    config = _config(rules, lang, confine_to)
    if engine == "dask":
        from .pipeline.dask_engine import DaskRun

        return DaskRun(paths, config, max_bytes=max_bytes, manifest=manifest,
                       scheduler=scheduler, workers=_jobs(jobs), progress=progress)
    from .pipeline.local import LocalRun

    return LocalRun(paths, config, jobs=_jobs(jobs), max_bytes=max_bytes,
                    manifest=manifest, progress=progress, stdin_format=stdin_format)


def _result(run, results, rules) -> RunResult:
    """The whole-run result from an engine that has read and checked everything."""
    docs, claims = run.load()
    alignments, findings, locations = [], [], {}
    for r in results:
        alignments.extend(r.alignments)
        findings.extend(r.findings)
        locations.update(r.locations)
        if r.resolved:   # "¥" whose row says which yen or yuan it is
            for d in r.story.docs:
                claims[d] = tuple(r.resolved.get((c.doc, c.start, c.end), c) for c in claims[d])
    return RunResult(documents=tuple(docs), errors=tuple(run.errors), claims=claims,
                     stories=tuple(run.stories), alignments=tuple(alignments), rules=rules,
                     findings=tuple(findings), encodings={d.id: d.encoding for d in docs},
                     locations=locations, skipped=tuple(getattr(run, "skipped", ())))


def check_paths(paths, rules: list[str] | None = None, manifest: str | None = None,
                lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                jobs: int | None = None, confine_to: str | None = None,
                manifest_root: str | None = None, stdin_format: str = "auto") -> RunResult:
    """Check every document under ``paths`` (files or folders) and return the result.

    ``rules`` are rule files or folders (the default pack when None or empty);
    ``manifest`` a story manifest; ``lang`` forces one language for every document;
    ``jobs`` the processes to use (None or 0: every core; the result is the same).
    ``confine_to`` (a folder) refuses documents and rule files that resolve outside it;
    ``manifest_root`` refuses story-manifest entries outside it. ``-`` in ``paths`` is
    standard input, read as ``stdin_format`` (see :mod:`claimcheck.ingest.stdin`); the
    files of folders that are not read are listed in ``skipped`` with their reason.
    Unreadable inputs are reported in ``errors`` and the rest is still checked; so is a
    bug in one stage for one document or story. Raises
    ``checks.RuleError`` for bad rules, ``ingest.StoryManifestError`` for a bad
    manifest and ``LanguageError`` for an unknown ``lang``, before reading any
    document."""
    loaded_rules = _validate(rules, manifest, lang, confine_to, manifest_root)
    with _engine(paths, rules, lang, manifest, max_bytes, jobs,
                 confine_to=confine_to, stdin_format=stdin_format) as run:
        run.read()
        return _result(run, list(run.check()), loaded_rules)


def finding_line(result, f, locator=None) -> str:
    """One line for a terminal: ``doc:line:col: severity: message [rule]``.

    The location is the claim to fix: an agree finding's first outlier, else its first
    claim. The pipeline records it while the texts are at hand (``result.locations``);
    otherwise ``locator`` (a report.locate.Locator over the result's documents) finds it."""
    from .pipeline.work import focus_claim

    where = (getattr(result, "locations", None) or {}).get(f.id)
    if where is None:
        focus = focus_claim(f)
        if focus is None:
            where = f.story
        else:
            from .report.locate import Locator

            where = (locator or Locator(getattr(result, "documents", ()))).where(focus)
    message = " ".join(f.message.split())
    return f"{where}: {f.severity}: {message} [{f.rule}]"


def _summary(documents, stories, claims, alignments, counts, passed, out_dir, written) -> str:
    from .report.text import plural

    files = ", ".join(p.name for p in written)
    return (f"claimcheck: {plural(documents, 'document')}, "
            f"{plural(stories, 'story', 'stories')}, {plural(claims, 'claim')}, "
            f"{plural(alignments, 'aligned quantity', 'aligned quantities')}; "
            f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
            f"{plural(counts['info'], 'note')}, {plural(passed, 'check')} passed; "
            f"reports in {out_dir}/ ({files})")


def summary_line(result: RunResult, out_dir: str, written) -> str:
    counts, passed = count_findings(result.findings)
    return _summary(len(result.documents), len(result.stories),
                    sum(len(c) for c in result.claims.values()), len(result.alignments),
                    counts, passed, out_dir, written)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _print_findings(result, findings, file=None, quiet: bool = False,
                    fail_on: str = "error") -> None:
    """One line per failed finding at warning or error; with ``quiet`` only those that
    are errors or fail the run. The severity is coloured on a terminal
    (:mod:`claimcheck.report.console`)."""
    from .report.console import paint_finding, use_colour

    colour = use_colour(file or sys.stdout)
    for f in findings:
        if f.passed or f.severity not in ("warning", "error"):
            continue
        if not quiet or f.severity == "error" or at_or_above(f.severity, fail_on):
            print(paint_finding(finding_line(result, f), colour), file=file)


def _run_full(args, run, rules, formats, timings, plan) -> int:
    from .gate import result_known_lines, triaged, write_outputs

    result = triaged(_result(run, list(run.check()), rules), plan, args.fail_on)
    start = time.perf_counter()
    written, failed = write_outputs(result, args.out, formats, plan)
    timings["write"] = time.perf_counter() - start
    run.progress.clear()
    for error in run.check_errors:
        _err(error.line())
    for fmt, message in failed:
        _err(f"claimcheck: the {fmt} report could not be rendered (please report): {message}")
    out = sys.stderr if plan.stdout_format else sys.stdout   # stdout holds the report
    if not args.quiet:
        summary = summary_line(result, str(args.out).rstrip("/"), written)
        if plan.stdout_format:
            summary = summary.rsplit("; reports in ", 1)[0] + \
                f"; {plan.stdout_format} report on standard output"
        print(summary, file=out)
        for line in result_known_lines(result):
            print(line, file=out)
    _print_findings(result, result.findings, out, args.quiet, args.fail_on)
    if result.errors or failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing_findings(result.findings, args.fail_on) else EXIT_OK


def _run_corpus(args, run, rules, formats, timings, plan) -> int:
    from .gate import known_lines, merge_known, triaged_story
    from .report.corpus import CorpusWriter

    writer = CorpusWriter(args.out, formats)
    known = []
    try:
        for story in run.check(outputs=writer.outputs):
            story = triaged_story(story, plan, known)
            writer.add(story)
            if any(not f.passed and f.severity in ("warning", "error")
                   for f in story.findings):
                run.progress.clear()
                _print_findings(story, story.findings, None, args.quiet, args.fail_on)
        start = time.perf_counter()
        written = writer.finish(len(run.documents), run.errors, rules,
                                getattr(run, "skipped", ()))
        timings["write"] = time.perf_counter() - start
    except BaseException:
        writer.abort()
        raise
    run.progress.clear()
    for error in run.check_errors:
        _err(error.line())
    if not args.quiet:
        print(_summary(len(run.documents), writer.stories, writer.claims, writer.alignments,
                       writer.counts, writer.passed, str(args.out).rstrip("/"), written))
        for line in known_lines(*merge_known(known, plan)):
            print(line)
    if run.errors:
        return EXIT_ERROR
    failing = any(writer.counts[s] and at_or_above(s, args.fail_on) for s in SEVERITIES)
    return EXIT_FINDINGS if failing else EXIT_OK


def cmd_run(args) -> int:
    """The ``claimcheck run`` command; returns the exit code."""
    from .checks.rulefile import RuleError
    from .extraction.language import LanguageError
    from .ingest.story_manifest import StoryManifestError
    from .gate import prepare
    from .options import parse_formats
    from .pipeline.progress import Progress
    from .report.known import BaselineError
    from .report.text import plural
    from .report.write import ReportError, check_formats

    try:
        formats = parse_formats(args.format)
        check_formats(formats)
        plan = prepare(args, formats)
    except BaselineError as exc:
        _err(str(exc))   # names the file
        return EXIT_ERROR
    except (ValueError, ReportError) as exc:
        _err(f"claimcheck: {exc}")
        return EXIT_ERROR
    try:
        rules = _validate(args.rules, args.manifest, args.lang,
                          manifest_root=None if args.allow_outside else os.getcwd())
    except (RuleError, StoryManifestError) as exc:
        _err(str(exc))  # already path:line:col: message
        return EXIT_ERROR
    except LanguageError as exc:
        _err(f"claimcheck: {exc}")
        return EXIT_ERROR
    progress = Progress(None if not args.quiet else False)
    timings: dict[str, float] = {}
    try:
        engine = _engine(args.paths, args.rules, args.lang, args.manifest, args.max_bytes,
                         args.jobs, args.engine, args.scheduler, progress,
                         stdin_format=args.stdin_format)
    except (ImportError, ValueError) as exc:
        _err(f"claimcheck: {exc}")
        return EXIT_ERROR
    try:
        with engine as run:
            run.read()
            progress.clear()
            for error in run.read_errors + run.extract_errors:
                _err(error.line())
            from .report.console import skipped_lines

            for line in skipped_lines(getattr(run, "skipped", ())):
                _err(line)
            for doc in run.documents:
                for warning in doc.warnings:
                    _err(f"{doc.meta.get('path', doc.id)}: warning: {warning}")
            if not run.documents:
                _err("claimcheck: no documents to check")
                return EXIT_ERROR
            corpus = args.output == "corpus" or (args.output == "auto" and (
                len(run.documents) > CORPUS_THRESHOLD or run.claim_count > CORPUS_CLAIMS))
            # one report on standard output is a whole-run report
            body = _run_corpus if corpus and not plan.stdout_format else _run_full
            code = body(args, run, rules, formats, timings, plan)
            timings = {**run.timings, **timings}
            processes = run.processes
    except (ReportError, ValueError, OSError, TimeoutError) as exc:
        progress.clear()
        _err(f"claimcheck: cannot write reports to {args.out}: {exc}")
        return EXIT_ERROR
    if args.timings:
        _err("claimcheck: stage times (s): " + ", ".join(
            f"{name} {seconds:.2f}" for name, seconds in timings.items())
            + f"; {plural(processes, 'process', 'processes')}")
    return code
