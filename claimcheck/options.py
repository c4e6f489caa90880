"""Option definitions shared by the command line and the pytest plugin.

Each option is defined once here; ``cli.py`` adds them to argparse and the pytest plugin
adds them (with a ``--claimcheck-`` prefix) to pytest's parser, so the two never drift.
"""
from __future__ import annotations

from dataclasses import dataclass, field

FAIL_LEVELS = ("error", "warning", "never")
REPORT_FORMATS = ("md", "json", "csv", "html", "parquet", "sarif", "junit")
DEFAULT_FORMATS = ("md", "json", "csv")
DEFAULT_MAX_BYTES = 20_000_000
ENGINES = ("local", "dask")
OUTPUT_MODES = ("auto", "full", "corpus")
CORPUS_THRESHOLD = 2000  # documents above which --output auto writes corpus outputs
CORPUS_CLAIMS = 100_000  # ... or claims (one huge document)
# larger --max-bytes values mean "no limit" and are taken as this (no file is that large)
BYTES_CEILING = 2 ** 62


def byte_count(text: str) -> int:
    """A positive whole number of bytes ("20000000", "2e7", "20_000_000"); values past
    BYTES_CEILING are taken as it. ValueError (argparse's "invalid value") otherwise."""
    import argparse
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {text!r}") from None
    if not value.is_finite() or value < 1 or value != value.to_integral_value():
        raise argparse.ArgumentTypeError(f"not a positive whole number of bytes: {text!r}")
    return BYTES_CEILING if value > BYTES_CEILING else int(value)


@dataclass(frozen=True)
class Option:
    name: str  # long option name without dashes, e.g. "fail-on"
    help: str
    default: object = None
    choices: tuple | None = None
    action: str | None = None
    metavar: str | None = None
    type: type | None = None
    extra: dict = field(default_factory=dict)

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")

    def kwargs(self) -> dict:
        kw = {"help": self.help, "default": self.default}
        for key in ("choices", "action", "metavar", "type"):
            value = getattr(self, key)
            if value is not None:
                kw[key] = value
        kw.update(self.extra)
        return kw


FAIL_ON = Option(
    "fail-on",
    "lowest severity that makes the run fail (exit 1): error, warning or never (default: error)",
    default="error", choices=FAIL_LEVELS)
RULES = Option(
    "rules",
    "rule file or folder of rule files (repeatable); the default pack applies when none is given",
    default=None, action="append", metavar="DIR_OR_FILE")
REPORT_DIR = Option(
    "out", "folder for the reports, or - to write one report (json, sarif or junit) to "
           "standard output (default: reports/)", default="reports", metavar="DIR")
FORMATS = Option(
    "format",
    "report formats, comma-separated: md, json, csv, html, parquet (claims; needs pyarrow), "
    "sarif (code scanning), junit "
    "(default: md,json,csv)",
    default=",".join(DEFAULT_FORMATS), metavar="LIST")
MAX_BYTES = Option(
    "max-bytes", "largest document to read, in bytes: a text or HTML file, a JSONL record "
                 "(a .json corpus is read whole: its file) (default: 20000000)",
    default=DEFAULT_MAX_BYTES, type=byte_count, metavar="N")


def _jobs(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (every core) or more")
    return value


JOBS = Option(
    "jobs", "processes for extraction and the per-story checks (default: 0, every core; "
            "results are the same for any number)",
    default=0, type=_jobs, metavar="N")
ENGINE = Option(
    "engine", "where the run is done: local (this machine) or dask (a Dask cluster; "
              "pip install 'claimcheck[dask]') (default: local)",
    default="local", choices=ENGINES)
SCHEDULER = Option(
    "scheduler", "address of the Dask scheduler (with --engine dask); without it a local "
                 "cluster is started", default=None, metavar="ADDRESS")
OUTPUT = Option(
    "output", "full: the whole-run reports; corpus: findings and claims written as they are "
              "produced (JSON Lines, Parquet) with summary reports; auto: corpus above "
              f"{CORPUS_THRESHOLD} documents or {CORPUS_CLAIMS} claims (default: auto)",
    default="auto", choices=OUTPUT_MODES)
LANG = Option(
    "lang", "language code of every document (default: detected per document)",
    default=None, metavar="L")

ALLOW_OUTSIDE = Option(
    "allow-outside",
    "let manifests name documents and rule files outside the project folder (the current "
    "folder for the command line, pytest's rootdir for the plugin)",
    default=False, action="store_true")

STDIN_FORMAT = Option(
    "stdin-format",
    "what - (standard input) holds: auto (sniffed: PDF, DOCX, JSONL, JSON, HTML, else text), "
    "text, md, html, json, jsonl, csv, tsv, pdf or docx (default: auto)",
    default="auto", metavar="FORMAT",
    choices=("auto", "text", "md", "html", "json", "jsonl", "csv", "tsv", "pdf", "docx"))

# what the pytest plugin exposes, as --claimcheck-<name>
PLUGIN_OPTIONS = (FAIL_ON, JOBS, ALLOW_OUTSIDE)


def parse_formats(text: str) -> tuple[str, ...]:
    """``"md,json"`` -> ("md", "json"); ValueError naming an unknown format."""
    items = tuple(dict.fromkeys(x.strip().lower() for x in text.split(",") if x.strip()))
    bad = [x for x in items if x not in REPORT_FORMATS]
    if bad or not items:
        raise ValueError(f"unknown report format {', '.join(bad) or text!r}; "
                         f"choose from {', '.join(REPORT_FORMATS)}")
    return items
