"""The Dask engine: the same run as the local engine, on a Dask cluster.

``claimcheck run --engine dask [--scheduler ADDRESS]``; without an address a
``LocalCluster`` with one single-threaded worker process per core is started. Dask is an
optional extra (``pip install 'claimcheck[dask]'``).

1. **Extract** (a map over partitions). The client plans the input in input order:
   files grouped into partitions of about a block of bytes, JSONL corpora cut at line
   ends into byte ranges (:func:`~claimcheck.ingest.jsonl.jsonl_ranges`). Each partition
   is read and extracted on a worker (:func:`.dask_tasks.extract_part`); texts, claims
   and evidence stay on the cluster. The client receives each document's record and
   date, and settles duplicates and errors exactly as the local engine does.
2. **Group** (shuffles on evidence keys). The run-wide name decisions (which capitalised
   words are names, which are also common words) are reduced to two sets and broadcast.
   Each document's keys become rows of a dataframe, shuffled on the key: per key, its
   postings give its document frequency, weight and candidate pairs; pair weights are
   summed by a groupby on the pair (another shuffle) and only links come back to the
   client, which clusters them (:func:`~claimcheck.stories.linking.cluster`, linear in
   the links). Each story's reason is computed where its keys meet after a shuffle on
   the story.
3. **Align and check per story.** The documents (pickled texts and claims) are shuffled
   into ranges of stories in story order, and each range is checked by one task with
   the local engine's unit (:func:`.work.check_story`); the client consumes the ranges
   in order, so the corpus outputs are written as on the local engine.

The results are the same as the local engine's (the tests compare them on a
LocalCluster with two workers).
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..records import Document, InputError, Story
from . import dask_tasks as T
from . import work
from .progress import Progress

__all__ = ["DaskRun", "dask_available"]

MIN_BLOCK, MAX_BLOCK = 256 * 1024, 32 * 1024 * 1024
MAX_FILES = 512          # files per extraction partition
RANGES_PER_WORKER = 8    # story ranges per worker for the checks


def dask_available() -> bool:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


class DaskRun:
    """Read, extract and group (:meth:`read`), then check story by story (:meth:`check`),
    on a Dask cluster. Same interface as :class:`.local.LocalRun`."""

    def __init__(self, paths, config: work.RunConfig, *, max_bytes: int,
                 manifest: str | None = None, scheduler: str | None = None, workers: int = 2,
                 progress: Progress | None = None):
        if not dask_available():
            raise ImportError("the dask engine needs dask and distributed: "
                              "pip install 'claimcheck[dask]'")
        self.paths = [str(p) for p in paths]
        if "-" in self.paths:
            raise ValueError("standard input (-) cannot be read with --engine dask")
        self.skipped: list = []                 # files of folders not read, with the reason
        self.config = config
        self.max_bytes = max_bytes
        self.manifest = manifest
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.progress = progress or Progress(False)
        self.documents: list[Document] = []
        self.stories: list[Story] = []
        self.read_errors: list[InputError] = []
        self.extract_errors: list[InputError] = []
        self.check_errors: list[InputError] = []
        self.timings: dict[str, float] = {}
        self.parallel = True
        self._client = None
        self._cluster = None
        self._parts = []
        self._seqs: list[tuple] = []   # seq of each kept document, in order
        self._config_done = None

    # -- the cluster ----------------------------------------------------------------------
    def __enter__(self) -> "DaskRun":
        import dask
        from distributed import Client, LocalCluster

        self._config_done = dask.config.set({"dataframe.convert-string": False,
                                             "dataframe.shuffle.method": "tasks"})
        self._config_done.__enter__()
        if self.scheduler:
            self._client = Client(self.scheduler)
        else:
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
        return self

    def __exit__(self, kind, value, tb) -> None:
        self._parts = []
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        if self._config_done is not None:
            self._config_done.__exit__(kind, value, tb)

    @property
    def errors(self) -> list[InputError]:
        return self.read_errors + self.extract_errors + self.check_errors

    @property
    def claim_count(self) -> int:
        return sum(self._light[s][5] for s in self._seqs)

    @property
    def processes(self) -> int:
        """The cluster's workers."""
        return len(self._client.scheduler_info().get("workers", {}))

    # -- 1. plan and extract --------------------------------------------------------------
    def _plan(self) -> tuple[list[list], list[tuple], dict]:
        """(partitions of entries, plan errors as (seq, error), JSONL paths by event)."""
        from ..ingest.documents import JSONL_SUFFIXES, input_files
        from ..ingest.jsonl import jsonl_ranges

        events = list(input_files(self.paths, self.skipped))
        sizes = []
        for item in events:
            try:
                sizes.append(0 if isinstance(item, InputError) else os.path.getsize(item))
            except OSError:
                sizes.append(0)
        block = min(MAX_BLOCK, max(MIN_BLOCK, sum(sizes) // (self.workers * 4) + 1))
        parts, errors, jsonl = [], [], {}
        current, current_size = [], 0

        def close():
            nonlocal current, current_size
            if current:
                parts.append(current)
            current, current_size = [], 0

        for e, (item, size) in enumerate(zip(events, sizes)):
            if isinstance(item, InputError):
                errors.append(((e, 0, 0), item))
                continue
            if os.path.splitext(item)[1].lower() in JSONL_SUFFIXES:
                planned = jsonl_ranges(item, block)
                if isinstance(planned, InputError):
                    errors.append(((e, 0, 0), planned))
                    continue
                encoding, ranges = planned
                jsonl[e] = item
                for r, (start, end, line) in enumerate(ranges):
                    parts.append([("range", (e, r), item, encoding, start, end, line)])
                continue
            current.append(("file", (e, 0), item))
            current_size += size
            if current_size >= block or len(current) >= MAX_FILES:
                close()
        close()
        return parts, errors, jsonl

    def read(self) -> None:
        """Read and extract every document on the cluster, then group them into stories."""
        from distributed import as_completed

        start = time.perf_counter()
        client = self._client
        specs, plan_errors, jsonl = self._plan()
        self._parts = [client.submit(T.extract_part, spec, self.config, self.max_bytes,
                                     pure=False) for spec in specs]
        lights = {}
        light_futures = {client.submit(_lights, p, pure=False): i
                         for i, p in enumerate(self._parts)}
        seen = 0
        for future in as_completed(light_futures):
            lights[light_futures[future]] = future.result()
            seen += sum(1 for r in lights[light_futures[future]] if r[1] == "doc")
            self.progress.show(f"{seen:,} documents read")
        records = sorted((r for part in lights.values() for r in part), key=lambda r: r[0])
        self._settle(records, plan_errors, jsonl)
        self.timings["read and extract"] = time.perf_counter() - start
        start = time.perf_counter()
        self.stories = self._group(records)
        self.timings["group"] = time.perf_counter() - start

    def _settle(self, records, plan_errors, jsonl) -> None:
        """Duplicates, errors and the kept documents, in input order (as iter_documents)."""
        from ..ingest.documents import duplicate_error

        read = list(plan_errors)
        first_seen: dict[str, str] = {}
        items_of: dict[int, int] = defaultdict(int)
        self._light = {}
        for r in records:
            seq, kind = r[0], r[1]
            items_of[seq[0]] += 1
            if kind == "error":
                read.append((seq, r[2]))
                continue
            doc_id, where = r[2], r[3]
            if doc_id in first_seen:
                read.append((seq, duplicate_error(r[4] if kind == "doc" else
                                                  Document(id=doc_id, text=""), where,
                                                  first_seen[doc_id])))
                continue
            first_seen[doc_id] = where
            if kind == "xerror":
                self.extract_errors.append(r[4])
                continue
            self._seqs.append(seq)
            self.documents.append(r[4])
            self._light[seq] = r
        for e, path in jsonl.items():
            if not items_of.get(e):
                read.append(((e, float("inf"), 0), InputError(path, "empty document")))
        read.sort(key=lambda x: x[0])
        self.read_errors = [err for _, err in read]

    # -- 2. group -------------------------------------------------------------------------
    def _group(self, records) -> list[Story]:
        import dask.dataframe as dd
        import numpy as np
        import pandas as pd

        from ..stories.grouping import (fixed_groups, noun_capitalising, order_groups)
        from ..stories.linking import LINK, cluster, linked

        client = self._client
        fixed, used = fixed_groups(self.documents, self.manifest)
        rest_seqs = [s for s, d in zip(self._seqs, self.documents) if d.id not in used]
        if not rest_seqs:
            return order_groups(self.documents, fixed)
        caps: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for seq in self._seqs:
            r = self._light[seq]
            caps[r[7]][0] += r[8]
            caps[r[7]][1] += r[9]
        nouns = noun_capitalising(caps)
        keep = _broadcast(client, set(self._seqs))
        names = set().union(*client.gather(client.map(_name_keys, self._parts,
                                                      keep=keep, pure=False)))
        names_f = _broadcast(client, names)
        found = client.gather(client.map(_decisions, self._parts, keep=keep, names=names_f,
                                         nouns=nouns, pure=False))
        vouched = set().union(*(v for v, _ in found))
        common = set().union(*(c for _, c in found))
        rest_pos = {s: i for i, s in enumerate(rest_seqs)}
        positions = {s: (i, rest_pos.get(s, -1)) for i, s in enumerate(self._seqs)}
        positions_f = _broadcast(client, positions)
        vouched_f = _broadcast(client, vouched)
        common_f = _broadcast(client, common)
        key_parts = [client.submit(T.key_rows, p, positions_f, vouched_f, common_f, pure=False)
                     for p in self._parts]
        meta = T.key_rows([], {}, set(), set())
        keys = dd.from_delayed(key_parts, meta=meta, verify_meta=False)
        nparts = max(1, min(len(key_parts) * 2, self.workers * 8))
        by_key = keys.shuffle("key", npartitions=nparts).persist()
        rest_rows = by_key[by_key.rest >= 0]
        days = [self._light[s][6] for s in rest_seqs]

        def links(*second):
            pairs = rest_rows.map_partitions(T.key_pairs_frame, *second,
                                             meta=T.key_pairs_frame(meta))
            summed = pairs.groupby(["a", "b"]).w.sum(split_out=nparts).reset_index()
            found = summed[summed.w >= LINK].compute()
            return [(int(w), int(a), int(b)) for a, b, w in
                    zip(found["a"], found["b"], found["w"])
                    if linked(int(w), days[int(a)], days[int(b)])]

        roots = cluster(len(rest_seqs), links())
        sizes = Counter(roots)
        first = (np.array(roots, dtype="int64"),
                 np.array([sizes[r] > 1 for r in roots], dtype=bool))
        roots = cluster(len(rest_seqs), links(*first))
        info = by_key.map_partitions(_key_info, *first,
                                     meta=_key_info(meta, np.zeros(0, "int64"), np.zeros(0, bool)))
        groups: dict[int, list[int]] = {}
        for pos, root in enumerate(roots):
            groups.setdefault(root, []).append(pos)
        number = {root: n for n, root in enumerate(groups)}
        story_of_rest = pd.DataFrame({"rest": range(len(roots)),
                                      "story": [number[r] for r in roots]}, dtype="int64")
        rest_keys = keys[keys.rest >= 0][["rest", "order", "key", "base", "group", "count"]]
        joined = (rest_keys.merge(info, on="key", how="inner")
                  .merge(dd.from_pandas(story_of_rest, npartitions=1), on="rest", how="inner"))
        reasons = (joined.shuffle("story", npartitions=nparts)
                   .map_partitions(T.reasons_frame, meta=T.reasons_frame(joined._meta))
                   .compute())
        reason_of = {int(s): (r, b) for s, r, b in
                     zip(reasons["story"], reasons["reason"], reasons["best"])}
        auto = []
        for n, members in enumerate(groups.values()):
            ids = [self.documents[self._index(rest_seqs[p])].id for p in members]
            reason, best = reason_of[n]
            auto.append((ids, reason, best or os.path.splitext(os.path.basename(ids[0]))[0]))
        by_key = None
        return order_groups(self.documents, fixed + auto)

    def _index(self, seq) -> int:
        if not hasattr(self, "_index_of"):
            self._index_of = {s: i for i, s in enumerate(self._seqs)}
        return self._index_of[seq]

    # -- 3. check -------------------------------------------------------------------------
    def check(self, outputs: tuple[str, ...] = ()) -> Iterator[work.StoryResult]:
        """Align and check every story, in story order."""
        import dask.dataframe as dd
        from dask import delayed

        start = time.perf_counter()
        client = self._client
        index = {d.id: i for i, d in enumerate(self.documents)}
        story_of = {}
        for n, story in enumerate(self.stories):
            for d in story.docs:
                i = index[d]
                story_of[self._seqs[i]] = (n, i)
        story_f = _broadcast(client, story_of)
        frames = [client.submit(T.doc_frame, p, story_f, pure=False) for p in self._parts]
        docs = dd.from_delayed(frames, meta=T.doc_frame([], {}), verify_meta=False)
        divisions = _divisions([len(s.docs) for s in self.stories],
                               self.workers * RANGES_PER_WORKER)
        ranged = docs.set_index("story", divisions=divisions, sorted=False).persist()
        pieces = ranged.to_delayed()
        futures = []
        for i, piece in enumerate(pieces):
            low, high = divisions[i], divisions[i + 1]
            last = i == len(pieces) - 1
            chosen = {n: self.stories[n] for n in range(low, high + 1 if last else high)}
            futures.append(client.compute(delayed(_check_piece)(piece, chosen, outputs,
                                                                self.config)))
        done = 0
        for future in futures:
            for result in future.result():
                self.check_errors.extend(result.errors)
                done += 1
                yield result
            future.release()
            self.progress.show(f"{done:,}/{len(self.stories):,} stories checked")
        self.timings["check"] = time.perf_counter() - start

    def load(self) -> tuple[list[Document], dict[str, tuple]]:
        """Every kept document with its text, and its claims (gathered to the client)."""
        client = self._client
        keep = _broadcast(client, set(self._seqs))
        got = client.gather(client.map(T.payloads, self._parts, keep=keep, pure=False))
        by_seq = {seq: (doc, payload) for part in got for seq, doc, payload in part}
        docs, claims = [], {}
        for seq in self._seqs:
            doc, found = T.unpack(*by_seq[seq])
            docs.append(doc)
            claims[doc.id] = found
        return docs, claims


# --- small tasks (module level, so that workers can import them) ---------------------------

def _broadcast(client, obj):
    """One object on every worker, as one future (scattering a dict or a set would scatter
    each of its items)."""
    return client.scatter([obj], broadcast=True, hash=False)[0]


def _lights(records):
    return [T.light(r) for r in records]


def _name_keys(records, keep):
    out = set()
    for r in records:
        if r[1] == "doc" and r[0] in keep:
            out.update(key for key, *_ in r[6].names)
    return out


def _decisions(records, keep, names, nouns):
    """(raw names this partition vouches for, its lower-case words that are also names)."""
    vouched, common = set(), set()
    for r in records:
        if r[1] != "doc" or r[0] not in keep:
            continue
        ev = r[6]
        if ev.lang not in nouns:
            vouched |= ev.inner
        common |= ev.lower & names
    return vouched, common


def _key_info(part, roots, multi):
    """Per key of a partition (after the shuffle on keys): its label in the run (first
    spelling not in capitals, else first spelling) and its weight in the second pass over
    the automatically grouped documents (``roots``, ``multi``: the first pass's groups)."""
    import numpy as np
    import pandas as pd

    part = part.sort_values(["key", "pos", "order"], kind="stable")
    first = part.drop_duplicates("key").set_index("key")
    upper = part["label"].map(str.isupper).astype(bool)
    lower_first = part[~upper].drop_duplicates("key").set_index("key")["label"]
    label = lower_first.reindex(first.index).fillna(first["label"])
    rest_rows, codes, rest, df = T._sorted_keys(part[part["rest"] >= 0])
    factor = T.key_factors(codes, rest, df, roots, multi) if len(codes) else np.zeros(0, "int64")
    per_key = pd.Series(factor, index=rest_rows["key"].to_numpy(dtype=object))
    per_key = per_key[~per_key.index.duplicated()].reindex(first.index, fill_value=0)
    weight = first["base"].to_numpy(dtype="int64") * per_key.to_numpy(dtype="int64")
    return pd.DataFrame({"key": first.index.to_numpy(dtype=object),
                         "label": label.to_numpy(dtype=object),
                         "weight": weight}).astype({"key": object, "label": object,
                                                    "weight": "int64"})


def _check_piece(piece, stories, outputs, config):
    return T.check_range(piece.reset_index(), stories, outputs, config)


def _divisions(sizes: list[int], pieces: int) -> list[int]:
    """Story numbers that cut the stories into about ``pieces`` ranges of equal numbers of
    documents (dask divisions: sorted, the last one included)."""
    n = len(sizes)
    if n <= 1:
        return [0, max(0, n - 1)]
    total = sum(sizes)
    target = max(1, total // max(1, pieces))
    cuts, acc = [0], 0
    for i, size in enumerate(sizes[:-1]):
        acc += size
        if acc >= target and i + 1 > cuts[-1] and i + 1 < n - 1:
            cuts.append(i + 1)
            acc = 0
    cuts.append(n - 1)
    return cuts
