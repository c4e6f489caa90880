"""The ``claimcheck`` command line.

Exit codes, as in Vale: 0 when nothing is at or above ``--fail-on``; 1 when something
is; 2 when the run could not be done (bad arguments, bad rule files, or an input that
could not be read; the readable inputs are still processed and reported).

Heavy modules (pandas, pint, the extractor) are imported inside the commands, so that
``claimcheck --help`` stays fast.
"""
from __future__ import annotations

import argparse
import sys

from .options import (
    ALLOW_OUTSIDE,
    ENGINE,
    FAIL_ON,
    FORMATS,
    JOBS,
    LANG,
    MAX_BYTES,
    OUTPUT,
    REPORT_DIR,
    RULES,
    SCHEDULER,
    STDIN_FORMAT,
    Option,
)
from .version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PATH_HELP = ("file or folder (.txt .md .html .pdf .docx; .json .jsonl .csv .tsv corpora); "
             "- reads standard input")


def _add(parser: argparse.ArgumentParser, opt: Option) -> None:
    parser.add_argument(f"--{opt.name}", dest=opt.dest, **opt.kwargs())


def _input_options(parser: argparse.ArgumentParser, gate: bool) -> None:
    """The options ``run`` and ``baseline`` share: what to read and how to check it."""
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=PATH_HELP + " (none when --manifest is a gate manifest)")
    for opt in (RULES, MAX_BYTES, LANG, ALLOW_OUTSIDE, JOBS, STDIN_FORMAT):
        _add(parser, opt)
    parser.add_argument("--manifest", default=None, metavar="FILE",
                        help="story manifest (stories: ...) that fixes the grouping, or "
                             "gate manifest (*.claims.yaml: documents, rules, fail_on)")
    parser.add_argument("--config", default=None, metavar="FILE",
                        help="configuration file (default: .claimcheck.yaml or "
                             "[tool.claimcheck] in pyproject.toml, found upward)")
    parser.add_argument("--no-config", action="store_true",
                        help="read no configuration file")
    if gate:
        for opt in (REPORT_DIR, FORMATS, FAIL_ON):
            _add(parser, opt)
        parser.add_argument("--baseline", default=None, metavar="FILE",
                            help="report only findings not in this baseline file "
                                 "(written by `claimcheck baseline`)")


def build_parser(defaults: dict | None = None) -> argparse.ArgumentParser:
    """The command line; ``defaults`` replace the defaults of ``run`` and ``baseline``
    (settings.py uses it to learn which flags were given)."""
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find numeric claims in multilingual documents and check that versions agree.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 could not run "
               "(or an input could not be read).")
    parser.add_argument("-V", "--version", action="version",
                        version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="list the numeric claims of each document",
                        description="List the numeric claims of each document.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    _add(ex, LANG)
    ex.add_argument("--format", default="table", choices=("table", "jsonl", "csv"),
                    help="output format (default: table)")
    _add(ex, MAX_BYTES)
    _add(ex, STDIN_FORMAT)

    run = sub.add_parser("run", help="check that the numbers of a story agree across documents",
                         description="Group documents into stories, align their claims, run the "
                                     "rule checks, and write reports.")
    _input_options(run, gate=True)
    for opt in (ENGINE, SCHEDULER, OUTPUT):
        _add(run, opt)
    run.add_argument("-q", "--quiet", action="store_true",
                     help="print no summary: only the findings that are errors or fail the "
                          "run, and what could not be read")
    run.add_argument("--timings", action="store_true",
                     help="print the time of each stage on stderr at the end")

    base = sub.add_parser(
        "baseline", help="print the current findings as a baseline file (JSON)",
        description="Check like `run` and print the findings as a baseline file on standard "
                    "output: claimcheck baseline PATH... > .claimcheck-baseline.json; "
                    "`run --baseline FILE` then reports only new findings.")
    _input_options(base, gate=False)
    if defaults:
        for command in (run, base):
            command.set_defaults(**defaults)

    sub.add_parser("languages", help="list the installed languages")
    return parser


def _print_error(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr)


def cmd_extract(args) -> int:
    """List the claims of each document. JSON Lines and CSV are written document by
    document as the input is read (any corpus size); the table needs every row first.
    Files of folders that are not read are listed on stderr with their reason."""
    from .extraction.engine import extract
    from .extraction.language import LanguageError
    from .ingest.documents import iter_documents
    from .records import InputError
    from .report.claims_table import claims_to_csv, render_claims

    failed = False
    table: list = []
    header = True
    skipped: list = []
    for item in iter_documents(args.paths, max_bytes=args.max_bytes, skipped=skipped,
                               stdin_format=args.stdin_format):
        for entry in skipped:
            _print_error(entry.line())
        skipped.clear()
        if isinstance(item, InputError):
            _print_error(item.line())
            failed = True
            continue
        for warning in item.warnings:
            _print_error(f"{item.meta.get('path', item.id)}: warning: {warning}")
        try:
            claims = extract(item.text, lang=args.lang or item.lang, doc=item.id)
        except LanguageError as exc:
            _print_error(f"{item.id}: {exc}")
            failed = True
            continue
        except Exception as exc:  # noqa: BLE001 - one document must not lose the others
            _print_error(f"{item.id}: internal error while extracting claims (please report): "
                         f"{type(exc).__name__}: {exc}")
            failed = True
            continue
        if args.format == "table":
            table.extend(claims)
        elif args.format == "csv":
            if claims:
                text = claims_to_csv(claims)
                sys.stdout.write(text if header else text.split("\n", 1)[1])
                header = False
        else:
            sys.stdout.write(render_claims(claims, args.format))
    for entry in skipped:
        _print_error(entry.line())
    if args.format == "table" or (args.format == "csv" and header):
        sys.stdout.write(render_claims(table, args.format))
    return EXIT_ERROR if failed else EXIT_OK


def cmd_languages(_args) -> int:
    from .extraction.language import available_languages, get_language

    for code in available_languages():
        print(f"{code}\t{get_language(code).name}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "languages":
            return cmd_languages(args)
        from .config import ConfigError
        from .ingest.gate_manifest import ManifestError
        from .ingest.story_manifest import StoryManifestError
        from .settings import SettingsError, settle

        try:
            settle(args, argv, build_parser)
        except (ConfigError, ManifestError, StoryManifestError) as exc:
            print(str(exc), file=sys.stderr)   # already file:line: message
            return EXIT_ERROR
        except SettingsError as exc:
            _print_error(str(exc))
            return EXIT_ERROR
        if args.command == "baseline":
            from .baseline import cmd_baseline

            return cmd_baseline(args)
        from .runner import cmd_run

        return cmd_run(args)
    except KeyboardInterrupt:
        _print_error("interrupted")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
