"""The local engine: one run on this machine, every core by default.

Documents are read one at a time and extracted in batches by a process pool; each worker
writes a document's text and claims to its spill file and sends back only the document's
record and its grouping evidence. When every document is read, the stories are formed
(in this process, linear in the run), then each story is checked by a worker that reads
its documents back from the spill files. A run that fits in one batch is done in this
process. Results come back in input order, so they are the same for any ``jobs``.
"""
from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import replace

from ..records import Document, InputError, Story
from . import work
from .pool import Workers
from .progress import Progress
from .spill import SpillReader, remove, spill_dir

__all__ = ["LocalRun", "BATCH_DOCS", "BATCH_CHARS"]

BATCH_DOCS = 64            # documents per extraction batch ...
BATCH_CHARS = 1_000_000    # ... or this much text
STORY_BATCH_CLAIMS = 4000  # claims per batch of stories ...
STORY_BATCH = 64           # ... or this many stories


class LocalRun:
    """Read, extract and group (:meth:`read`), then check story by story (:meth:`check`)."""

    def __init__(self, paths, config: work.RunConfig, *, jobs: int, max_bytes: int,
                 manifest: str | None = None, progress: Progress | None = None,
                 stdin_format: str = "auto"):
        self.paths = [str(p) for p in paths]
        self.stdin_format = stdin_format
        self.skipped: list = []                 # files of folders not read, with the reason
        self.config = config
        self.jobs = jobs
        self.max_bytes = max_bytes
        self.manifest = manifest
        self.progress = progress or Progress(False)
        self.documents: list[Document] = []     # without their texts
        self.refs: dict[str, tuple] = {}        # document id -> spill reference
        self.n_claims: dict[str, int] = {}
        self.stories: list[Story] = []
        self.read_errors: list[InputError] = []
        self.extract_errors: list[InputError] = []
        self.check_errors: list[InputError] = []
        self.timings: dict[str, float] = {}
        self._spill = None
        self._workers = None

    def __enter__(self) -> "LocalRun":
        self._spill = spill_dir()
        self._workers = Workers(self.jobs, replace(self.config, spill=self._spill))
        return self

    def __exit__(self, kind, value, tb) -> None:
        self._workers.close(cancel=kind is not None)
        remove(self._spill)

    @property
    def parallel(self) -> bool:
        return self._workers.parallel

    @property
    def claim_count(self) -> int:
        return sum(self.n_claims.values())

    @property
    def processes(self) -> int:
        """How many processes did the work."""
        return self._workers.jobs if self.parallel else 1

    @property
    def errors(self) -> list[InputError]:
        return self.read_errors + self.extract_errors + self.check_errors

    def _batches(self) -> Iterator[list[Document]]:
        from ..ingest.documents import iter_documents

        batch, size = [], 0
        for item in iter_documents(self.paths, self.max_bytes, self.config.confine_to,
                                   self.skipped, self.stdin_format):
            if isinstance(item, InputError):
                self.read_errors.append(item)
                continue
            batch.append(item)
            size += len(item.text)
            if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def read(self) -> None:
        """Read and extract every document, then group them into stories."""
        from ..stories.grouping import Grouper

        start = time.perf_counter()
        batches = self._batches()
        head = list(itertools.islice(batches, 2))
        self._workers.start(parallel=len(head) > 1)
        grouper = Grouper()
        for results in self._workers.map(work.extract_batch, itertools.chain(head, batches)):
            for item in results:
                if isinstance(item, InputError):
                    self.extract_errors.append(item)
                    continue
                self.documents.append(item.doc)
                self.refs[item.doc.id] = item.ref
                self.n_claims[item.doc.id] = item.n_claims
                grouper.add(item.doc, item.evidence)
            self.progress.show(f"{len(self.documents):,} documents read")
        self.timings["read and extract"] = time.perf_counter() - start
        start = time.perf_counter()
        self.stories = self._group(grouper)
        self.timings["group"] = time.perf_counter() - start

    def _group(self, grouper) -> list[Story]:
        """The stories; if grouping fails, each document is its own story (and it is said)."""
        from ..ingest.story_manifest import StoryManifestError

        try:
            return grouper.stories(self.manifest)
        except StoryManifestError:
            raise
        except Exception as exc:  # noqa: BLE001 - a grouping bug must not lose the run
            self.extract_errors.append(InputError(
                self.manifest or "(grouping)", "internal error while grouping stories "
                f"(please report): {type(exc).__name__}: {exc}"))
            return [Story(f"doc-{i + 1}", (d.id,), "grouping failed")
                    for i, d in enumerate(self.documents)]

    def _units(self, outputs: tuple[str, ...]) -> Iterator[list[work.StoryUnit]]:
        by_id = {d.id: d for d in self.documents}
        batch, claims = [], 0
        for story in self.stories:
            docs = tuple(by_id[d] for d in story.docs)
            batch.append(work.StoryUnit(story, docs, tuple(self.refs[d] for d in story.docs),
                                        outputs=outputs))
            claims += sum(self.n_claims[d] for d in story.docs)
            if len(batch) >= STORY_BATCH or claims >= STORY_BATCH_CLAIMS:
                yield batch
                batch, claims = [], 0
        if batch:
            yield batch

    def check(self, outputs: tuple[str, ...] = ()) -> Iterator[work.StoryResult]:
        """Align and check every story, in story order; ``outputs`` are the corpus
        outputs each story renders (report.corpus)."""
        start = time.perf_counter()
        done, total = 0, len(self.stories)
        for results in self._workers.map(work.check_stories, self._units(outputs)):
            for result in results:
                self.check_errors.extend(result.errors)
                yield result
            done += len(results)
            self.progress.show(f"{done:,}/{total:,} stories checked")
        self.timings["check"] = time.perf_counter() - start

    def load(self) -> tuple[list[Document], dict[str, tuple]]:
        """Every document with its text, and every document's claims (from the spill)."""
        reader = SpillReader(self._spill)
        try:
            docs, claims = [], {}
            for d in self.documents:
                text, found = reader.get(self.refs[d.id])
                docs.append(replace(d, text=text))
                claims[d.id] = found
            return docs, claims
        finally:
            reader.close()
