"""Embedded store: SQLite (through sqlite-utils) for the index and metadata, a
content-addressed blob directory for bulk values and versions.

Durability: blobs are written and fsynced first, then one SQLite transaction
(WAL, synchronous=FULL) records the instance; only then does ingest return.
A crash in between leaves at worst unreferenced blobs, never a half-stored
instance. The metadata skeleton (the file minus its bulk values, a few KB)
is kept in the row itself, with its own hash.

The store is one class assembled from its parts: schema, ingest, query/retrieve,
versions and state.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import sqlite_utils

from radview.server import bulk
from radview.server.blobs import BlobStore
from radview.server.embedded.ingest import IngestMixin, _storage_classes
from radview.server.embedded.query import QueryMixin
from radview.server.embedded.schema import COUNT_KEYS, KEYS, create_schema
from radview.server.embedded.state import StateMixin
from radview.server.storage import NotFoundError, Store

__all__ = ["COUNT_KEYS", "KEYS", "EmbeddedStore"]


class EmbeddedStore(IngestMixin, QueryMixin, StateMixin, Store):
    """SQLite + blob directory under ``data_dir``."""

    def __init__(self, data_dir: str | Path, *, bulk_threshold: int = bulk.DEFAULT_THRESHOLD,
                 fsync: bool = True, accept_unknown_sop_classes: bool = False):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.blobs = BlobStore(self.data_dir / "blobs", fsync=fsync)
        self.bulk_threshold = bulk_threshold
        self.accept_unknown_sop_classes = accept_unknown_sop_classes
        self._storage_uids = _storage_classes()
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(self.data_dir / "index.sqlite", check_same_thread=False,
                                    timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(f"PRAGMA synchronous={'FULL' if fsync else 'OFF'}")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.db = sqlite_utils.Database(self.conn)
        with self._lock:
            create_schema(self.db)

    def _one(self, sql: str, args: tuple, missing: str) -> tuple:
        """The one row a lookup by key finds; NotFoundError(missing) when there is none."""
        with self._lock:
            row = self.conn.execute(sql, args).fetchone()
        if not row:
            raise NotFoundError(missing)
        return row

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("studies", "series", "instances")}

    def close(self) -> None:
        with self._lock:
            self.conn.close()
