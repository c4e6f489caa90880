"""Stage 5, report: a run's result in; files and terminal text out.

Every format renders the same frozen records (claims, alignments, findings) and nothing
re-derives them. :mod:`.write` writes the chosen formats atomically into the output folder
under a lock (:mod:`.files`); one module per format: :mod:`.jsonfile` (report.json, schema
in docs/report-schema.md), :mod:`.markdown` (report.md), :mod:`.csvfile` (claims.csv),
:mod:`.html` (report.html, with its assets in ``assets/``); :mod:`.text` renders one
finding for terminals and pytest, :mod:`.claims_table` the output of ``claimcheck
extract``. A new format is a module with ``render(result) -> str`` and its name in
:data:`~.write.FILE_NAMES`.
"""
from __future__ import annotations

from .write import FILE_NAMES, ReportError, check_formats, write_reports

__all__ = ["write_reports", "check_formats", "ReportError", "FILE_NAMES"]
