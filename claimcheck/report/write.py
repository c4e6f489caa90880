"""Write a run's reports into the output folder: one finding record, several renderings.

Every file is written atomically under an exclusive lock on the folder (two runs into
the same folder never interleave), and every name goes through ``safe_join`` so nothing
lands outside the folder. The HTML page comes from ``claimcheck.report.html``, imported
only when asked for.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from .files import atomic_write_bytes, atomic_write_text, out_dir_lock, safe_join

__all__ = ["write_reports", "check_formats", "ReportError", "FILE_NAMES"]

FILE_NAMES = {"md": "report.md", "json": "report.json", "csv": "claims.csv",
              "html": "report.html", "parquet": "claims.parquet"}


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
    elif fmt == "html":
        render = _html_module().render
    elif fmt == "parquet":
        from .parquetfile import render
    else:
        raise ReportError(f"unknown report format {fmt!r}")
    return render(result)


def write_reports(result, out_dir, formats) -> list[Path]:
    """Render ``result`` in each format and write the files into ``out_dir``.

    Returns the paths written. Every format is rendered before anything is written, so a
    failure leaves the previous reports in place."""
    rendered = [(FILE_NAMES[fmt], _render(result, fmt)) for fmt in formats]
    written = []
    with out_dir_lock(out_dir):
        for name, text in rendered:
            target = safe_join(out_dir, name)
            if isinstance(text, bytes):
                atomic_write_bytes(target, text)
            else:
                atomic_write_text(target, text)
            written.append(target)
    return written
