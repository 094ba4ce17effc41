"""Write-behind for the local cache (Qt-free).

Opening a series, every image that arrives is kept in the cache. Writing it from
the thread that receives and decodes put a blob file, an SQLite transaction and an
eviction check between every two images: on a fast link most of the time to the
whole series. Here the receiving thread only queues; one background thread writes
what has queued up in batches (``Cache.put_blobs``: one transaction per batch), and
``flush`` waits until everything queued is on disk (a series load ends with it, so
a study that has been shown reopens offline).

A failed write (full disk, read-only cache) is logged and dropped: the display never
depends on the cache.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from typing import Callable

from radview.errors import RadviewError
from radview.net.cache import BlobPut, Cache

log = logging.getLogger("radview.workstation")
BATCH = 64  # blobs per transaction at most


class CacheWriter:
    def __init__(self, cache: Cache):
        self.cache = cache
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.failures = 0

    def put(self, item: BlobPut) -> None:
        """Queue one blob; returns at once."""
        self._submit(item)

    def call(self, job: Callable[[], None]) -> None:
        """Queue any other cache write (e.g. the headers of a study), kept in order."""
        self._submit(job)

    def _submit(self, job) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="cache-writer")
                self._thread.start()
        self._queue.put(job)

    def flush(self) -> None:
        """Block until everything queued so far has been written (or has failed)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        """Write what is queued, then stop the thread."""
        with self._start_lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join()

    def _run(self) -> None:
        while True:
            jobs = [self._queue.get()]
            while len(jobs) < BATCH:  # whatever else has queued up goes in the same batch
                try:
                    jobs.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._write([j for j in jobs if j is not None])
            finally:
                for _ in jobs:
                    self._queue.task_done()
            if any(j is None for j in jobs):
                return

    def _write(self, jobs: list) -> None:
        blobs: list[BlobPut] = []
        for job in jobs + [None]:
            if isinstance(job, BlobPut):
                blobs.append(job)
                continue
            if blobs:  # the blobs queued before this job, in one transaction
                self._guard(lambda: self.cache.put_blobs(blobs))
                blobs = []
            if job is not None:
                self._guard(job)

    def _guard(self, job: Callable[[], object]) -> None:
        try:
            job()
        except (OSError, sqlite3.Error, RadviewError) as exc:
            self.failures += 1
            log.warning("the local cache could not be written: %s", exc)
