"""Corpus outputs: a large run's reports, written story by story as the stories are checked.

For a run of thousands of documents the whole-run reports would be held in memory and
grow with the corpus, so a corpus run writes instead, into ``--out``:

- ``findings.jsonl``: every finding, one JSON object a line (``Finding.to_dict()`` and
  its ``location``), story after story;
- ``claims.jsonl``: every claim, with its story, aligned quantity and the findings that
  cite it (the keys of report.json's claims and of claims.csv);
- ``stories.jsonl``: every story: its documents, why they were grouped, its counts, its
  page;
- ``claims.csv`` (format csv) and ``claims.parquet`` (format parquet, needs pyarrow): the
  claims table of claims.csv, streamed;
- ``report.json``, ``report.md``, ``report.html`` (formats json, md, html): a summary whose
  size does not grow with the corpus: the counts, the unreadable inputs, the strongest
  findings and the stories with the most findings; with html, each story that has a
  finding gets its own page, ``stories/<story>.html``, linked from the summary.

Each story's part is rendered where the story was checked (:func:`story_chunks`, in a
worker process); :class:`CorpusWriter` appends the parts in story order. Files are
written into a private folder inside ``--out`` and moved into place, under the folder's
lock, when the run ends, so a failed run leaves the previous reports as they were.
"""
from __future__ import annotations

import csv
import heapq
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

from ..records import SEVERITIES
from .files import fsync_dir, out_dir_lock, safe_join
from .outputs import STREAM_FILES

__all__ = ["CORPUS_FORMATS", "CorpusWriter", "story_chunks", "check_corpus_formats", "STRONGEST"]

CORPUS_FORMATS = ("md", "json", "csv", "html", "parquet")
STRONGEST = 100      # findings listed in the summaries
TOP_STORIES = 100    # stories listed in the summaries
MAX_ERRORS_SHOWN = 100
PARQUET_ROWS = 50_000  # rows per Parquet row group
SUMMARY_FILES = ("report.json", "report.md", "report.html", "claims.csv", "claims.parquet")


def check_corpus_formats(formats) -> None:
    """Raise ReportError now when a requested corpus format cannot be written."""
    from .write import check_formats

    check_formats(formats)


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _failed(findings) -> list:
    return [f for f in findings if not f.passed]


def _story_line(view, story, page: str | None) -> dict:
    failed = {s: 0 for s in SEVERITIES}
    passed = 0
    for f in view.findings:
        if f.passed:
            passed += 1
        else:
            failed[f.severity] += 1
    docs = [{"id": d.id, "lang": d.lang, "encoding": view.encodings.get(d.id, d.encoding),
             "date": d.date, "source": d.source, "claims": len(view.claims.get(d.id, ()))}
            for d in view.documents]
    return {"id": story.id, "reason": story.reason, "docs": docs, "findings": failed,
            "passed": passed, "page": page}


def page_name(story_id: str) -> str:
    return f"stories/{story_id}.html"


def story_chunks(view, outputs) -> dict:
    """One story's part of each corpus output. ``view`` is a run result holding only
    this story (with its texts); ``outputs`` the formats of the run."""
    from .csvfile import COLUMNS, rows

    story = view.stories[0]
    locations = getattr(view, "locations", {}) or {}
    out: dict = {}
    table = rows(view)
    aligned = {(c.doc, c.start, c.end): a.id for a in view.alignments for c in a.claims}
    cited: dict[tuple, list[str]] = {}
    for f in view.findings:
        if not f.passed:
            for c in f.claims:
                cited.setdefault((c.doc, c.start, c.end), []).append(f.id)
    claim_lines = []
    for d in view.documents:
        for c in view.claims.get(d.id, ()):
            key = (c.doc, c.start, c.end)
            claim_lines.append(_json({"story": story.id, **c.to_dict(),
                                      "alignment": aligned.get(key),
                                      "findings": cited.get(key, [])}))
    out["claims.jsonl"] = "".join(line + "\n" for line in claim_lines)
    out["findings.jsonl"] = "".join(
        _json({**f.to_dict(), "location": locations.get(f.id)}) + "\n" for f in view.findings)
    page = None
    if "html" in outputs and _failed(view.findings):
        from .html import render

        page = page_name(story.id)
        out["page"] = render(view)
    out["stories.jsonl"] = _json(_story_line(view, story, page)) + "\n"
    if "csv" in outputs:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for r in table:
            writer.writerow([r[c] for c in COLUMNS])
        out["claims.csv"] = buffer.getvalue()
    if "parquet" in outputs:
        out["parquet"] = table
    if "md" in outputs:
        from .markdown import finding_blocks

        out["md"] = finding_blocks(view)
    return out


def _rank(f) -> tuple:
    from .html.common import Run

    return Run.rank(f)


class _Strongest:
    """The ``n`` strongest failed findings seen so far (and where they are)."""

    def __init__(self, n: int):
        self.n = n
        self._heap: list = []
        self._count = 0

    def add(self, finding, location: str | None, block: str | None = None) -> None:
        key = _rank(finding)
        self._count += 1
        # heapq keeps its smallest item on top: the weakest of the strongest findings
        item = (_Reverse(key), self._count, finding, location, block)
        if len(self._heap) < self.n:
            heapq.heappush(self._heap, item)
        elif item[0] > self._heap[0][0]:
            heapq.heapreplace(self._heap, item)

    def items(self) -> list:
        """(finding, location, report.md block), strongest first."""
        return [(f, loc, block) for _, _, f, loc, block in
                sorted(self._heap, key=lambda x: x[0].key)]


class _Reverse:
    """Orders a rank tuple the other way round (a smaller rank is a stronger finding)."""

    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key > other.key

    def __gt__(self, other):
        return self.key < other.key

    def __eq__(self, other):
        return self.key == other.key


class CorpusWriter:
    """Writes a corpus run's outputs story by story (see the module documentation)."""

    def __init__(self, out_dir, formats):
        check_corpus_formats(formats)
        self.out_dir = Path(out_dir)
        self.formats = tuple(formats)
        self.outputs = ("jsonl", *self.formats)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=".claimcheck-corpus-", dir=self.out_dir))
        self._files = {name: open(self.tmp / name, "w", encoding="utf-8", newline="")
                       for name in STREAM_FILES}
        if "csv" in self.formats:
            from .csvfile import COLUMNS

            self._files["claims.csv"] = open(self.tmp / "claims.csv", "w", encoding="utf-8",
                                             newline="")
            self._files["claims.csv"].write(",".join(COLUMNS) + "\n")
        self._parquet = None
        self._parquet_rows: list = []
        self.strongest = _Strongest(STRONGEST)
        self.busiest: list = []  # heap of (errors, warnings, infos, -order, story line)
        self.counts = {s: 0 for s in SEVERITIES}
        self.passed = 0
        self.claims = 0
        self.alignments = 0
        self.stories = 0

    def add(self, result) -> None:
        """Append one checked story (a pipeline StoryResult)."""
        chunks = result.chunks
        for name in (*STREAM_FILES, "claims.csv"):
            if name in chunks and name in self._files:
                self._files[name].write(chunks[name])
        if "page" in chunks:
            target = self.tmp / page_name(result.story.id)
            target.parent.mkdir(exist_ok=True)
            target.write_text(chunks["page"], encoding="utf-8")
        if "parquet" in chunks:
            self._parquet_rows.extend(chunks["parquet"])
            if len(self._parquet_rows) >= PARQUET_ROWS:
                self._flush_parquet()
        self.stories += 1
        self.claims += chunks["claims.jsonl"].count("\n")
        self.alignments += len(result.alignments)
        for f in result.findings:
            if f.passed:
                self.passed += 1
                continue
            self.counts[f.severity] += 1
            self.strongest.add(f, result.locations.get(f.id), chunks.get("md", {}).get(f.id))
        line = json.loads(chunks["stories.jsonl"])
        key = (line["findings"]["error"], line["findings"]["warning"], line["findings"]["info"],
               -self.stories)
        if any(key[:3]):
            item = (key, line)
            if len(self.busiest) < TOP_STORIES:
                heapq.heappush(self.busiest, item)
            elif item[0] > self.busiest[0][0]:
                heapq.heapreplace(self.busiest, item)

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .parquetfile import schema

        if not self._parquet_rows:
            return
        table = pa.Table.from_pylist(self._parquet_rows, schema=schema())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.tmp / "claims.parquet", schema())
        self._parquet.write_table(table)
        self._parquet_rows = []

    def summary(self, documents: int, errors, rules, skipped=()) -> dict:
        return {"documents": documents, "errors": len(errors), "input_errors": len(errors),
                "skipped": len(skipped), "stories": self.stories,
                "claims": self.claims, "alignments": self.alignments,
                "findings": dict(self.counts), "passed": self.passed}

    def files(self) -> list[str]:
        names = list(STREAM_FILES)
        if "csv" in self.formats:
            names.append("claims.csv")
        if "parquet" in self.formats:
            names.append("claims.parquet")
        return names

    def finish(self, documents: int, errors, rules, skipped=()) -> list[Path]:
        """Write the summaries and move everything into ``out_dir``; the paths written."""
        if "parquet" in self.formats:
            self._flush_parquet()
            if self._parquet is None:  # no claim at all: an empty table with the columns
                import pyarrow.parquet as pq

                from .parquetfile import schema

                pq.write_table(schema().empty_table(), self.tmp / "claims.parquet")
            else:
                self._parquet.close()
        for handle in self._files.values():
            handle.close()
        summary = self.summary(documents, errors, rules, skipped)
        strongest = self.strongest.items()
        busiest = [line for _, line in sorted(self.busiest, reverse=True)]
        names = self.files()
        from .corpus_summary import render_html, render_json, render_md

        if "json" in self.formats:
            (self.tmp / "report.json").write_text(
                render_json(summary, errors, rules, strongest, busiest, names), encoding="utf-8")
            names.append("report.json")
        if "md" in self.formats:
            (self.tmp / "report.md").write_text(
                render_md(summary, errors, strongest, busiest, names, "html" in self.formats),
                encoding="utf-8")
            names.append("report.md")
        if "html" in self.formats:
            (self.tmp / "report.html").write_text(
                render_html(summary, errors, strongest, busiest, names), encoding="utf-8")
            names.append("report.html")
        return self._commit(names)

    def _commit(self, names: list[str]) -> list[Path]:
        written = []
        with out_dir_lock(self.out_dir):
            for name in names:
                target = safe_join(self.out_dir, name)
                os.replace(self.tmp / name, target)
                written.append(target)
            pages = self.tmp / "stories"
            if pages.is_dir():
                target = safe_join(self.out_dir, "stories")
                old = self.tmp / "old-stories"
                if target.is_dir() and not target.is_symlink():
                    os.replace(target, old)
                os.replace(pages, target)
                written.append(target)
            from .outputs import record_outputs

            record_outputs(self.out_dir, names, {*STREAM_FILES, *SUMMARY_FILES})
            fsync_dir(self.out_dir)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return written

    def abort(self) -> None:
        """Forget the run: the previous reports stay as they were."""
        for handle in self._files.values():
            handle.close()
        if self._parquet is not None:
            self._parquet.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
