"""Running units of work in a pool of processes, in order, with bounded memory.

:class:`Workers` is either this process (one job, or a run too small to be worth
starting processes) or a ``ProcessPoolExecutor`` whose processes are each set up once
(:func:`.work.setup`). :meth:`Workers.map` submits at most a few batches per process ahead
of the one being consumed and yields results in submission order, so results do not
depend on scheduling and the input is not read further ahead than needed.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from . import work

__all__ = ["Workers", "default_jobs"]

AHEAD = 3  # batches in flight per process


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - platforms without affinity
        return max(1, os.cpu_count() or 1)


def _context():
    """fork where it is safe (POSIX, no other thread alive), else forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


class Workers:
    """Processes that run :mod:`.work` units for one run."""

    def __init__(self, jobs: int, config: work.RunConfig):
        self.jobs = max(1, jobs)
        self.config = config
        self._pool = None
        self._local = False

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def start(self, parallel: bool) -> None:
        """Start the pool (``parallel``) or set up this process to run units itself."""
        if parallel and self.jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(),
                                             initializer=work.setup, initargs=(self.config,))
        else:
            work.setup(self.config)
            self._local = True

    def map(self, fn: Callable, batches: Iterable) -> Iterator:
        """fn(batch) for each batch, in order."""
        if self._pool is None:
            if not self._local:
                self.start(False)
            for batch in batches:
                yield fn(batch)
            return
        pending: deque = deque()
        limit = self.jobs * AHEAD
        for batch in batches:
            pending.append(self._pool.submit(fn, batch))
            while len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None
