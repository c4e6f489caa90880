"""Write a run's reports into the output folder: one finding record, several renderings.

The set is written as one unit under an exclusive lock on the folder (two runs into the
same folder never interleave): every format is rendered first, the files are written in
a temporary folder inside the output folder and then moved into place, and what killed
runs left behind is removed. Every name goes through ``safe_join`` so nothing lands
outside the folder. A format whose rendering fails (a bug) does not stop the others; its
old file is removed rather than left beside the new ones, and so are the reports an
earlier run wrote in formats not asked for now (:mod:`.outputs` keeps the list in the
folder; no other file there is touched). The HTML page comes from
``claimcheck.report.html``, imported only when asked for.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from .files import clean_leftovers, out_dir_lock, replace_file_set
from .outputs import (OUTPUTS_MANIFEST, STREAM_FILES, manifest_bytes, previous_outputs,
                      stale_outputs)

__all__ = ["write_reports", "write_report_set", "check_formats", "render_report", "ReportError",
           "FILE_NAMES"]

FILE_NAMES = {"md": "report.md", "json": "report.json", "csv": "claims.csv",
              "html": "report.html", "parquet": "claims.parquet", "sarif": "report.sarif",
              "junit": "report.junit.xml"}


class ReportError(RuntimeError):
    """A report format that cannot be produced in this installation."""


def _html_module():
    try:
        return importlib.import_module("claimcheck.report.html")
    except ImportError as exc:
        raise ReportError(f"the html report needs claimcheck.report.html, which cannot be "
                          f"imported ({exc})") from None


def check_formats(formats) -> None:
    """Raise ReportError now (before any work) if a requested format is unavailable."""
    if "html" in formats:
        _html_module()
    if "parquet" in formats:
        from .parquetfile import available

        if not available():
            raise ReportError("the parquet output needs pyarrow: "
                              "pip install 'claimcheck[parquet]'")


def _render(result, fmt: str) -> str:
    if fmt == "json":
        from .jsonfile import render
    elif fmt == "md":
        from .markdown import render
    elif fmt == "csv":
        from .csvfile import render
    elif fmt == "sarif":
        from .sarif import render
    elif fmt == "junit":
        from .junit import render
    elif fmt == "html":
        render = _html_module().render
    elif fmt == "parquet":
        from .parquetfile import render
    else:
        raise ReportError(f"unknown report format {fmt!r}")
    return render(result)


def render_report(result, fmt: str) -> str:
    """One report as text (for ``--out -``)."""
    return _render(result, fmt)


def write_report_set(result, out_dir, formats) -> tuple[list[Path], list[tuple[str, str]]]:
    """Render ``result`` in each format and write the files into ``out_dir`` as one set.

    Returns (paths written, [(format, error message)] of the formats whose rendering
    failed). Nothing is written before every format has been rendered."""
    files: dict[str, bytes] = {}
    failed: list[tuple[str, str]] = []
    for fmt in formats:
        try:
            data = _render(result, fmt)  # text, or bytes (Parquet)
            files[FILE_NAMES[fmt]] = data if isinstance(data, bytes) else data.encode("utf-8")
        except ReportError:
            raise
        except Exception as exc:  # noqa: BLE001 - one format's bug must not lose the others
            failed.append((fmt, f"{type(exc).__name__}: {exc}"))
    with out_dir_lock(out_dir):
        clean_leftovers(Path(out_dir), FILE_NAMES.values())
        own = {*FILE_NAMES.values(), *STREAM_FILES}
        stale = stale_outputs(previous_outputs(out_dir), files, own)
        failed_names = tuple(FILE_NAMES[fmt] for fmt, _ in failed)
        owned = {**files, OUTPUTS_MANIFEST: manifest_bytes(files)}
        written = replace_file_set(out_dir, owned,
                                   remove=tuple(dict.fromkeys(failed_names + stale)))
    return [p for p in written if p.name != OUTPUTS_MANIFEST], failed


def write_reports(result, out_dir, formats) -> list[Path]:
    """Like :func:`write_report_set`; returns the paths written, and raises ReportError
    (after writing the others) when a format could not be rendered."""
    written, failed = write_report_set(result, out_dir, formats)
    if failed:
        raise ReportError("could not render " + "; ".join(f"{fmt}: {msg}" for fmt, msg in failed))
    return written
