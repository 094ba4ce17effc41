"""Local workstation cache: metadata in SQLite (sqlite-utils), pixels in blob files (Qt-free).

- ``studies`` / ``series`` / ``instances`` hold the metadata of everything fetched,
  so the study list and the patient timeline work offline;
- ``versions`` maps (instance, version) to a blob file: the progressive container
  prefix up to the finest level fetched so far (a finer prefix replaces a coarser
  one; both decode the same way), or the original Part 10 file;
- blob files are named by their SHA-256 and verified on every read; a corrupt or
  missing blob is dropped from the index and reported, never served;
- a size limit evicts the least recently used blobs (metadata stays: small);
- the series rows show each series' anatomy as handed over by the caller; the
  workstation keeps the predictions and corrections themselves in the same
  database (``radview.app.series_anatomy``). The cache never predicts anatomy.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import sqlite_utils

from radview.errors import RadviewError, UsageError

DEFAULT_MAX_BYTES = 2 * 1024**3


class CacheIntegrityError(RadviewError):
    """A cached blob failed its hash check or is missing; it has been dropped."""


@dataclass(frozen=True)
class BlobPut:
    """One blob to store (``Cache.put_blobs``): pixels of an instance in a version."""

    sop_uid: str
    version: str
    data: bytes
    level: int | None = None
    levels: int | None = None
    study_uid: str | None = None


@dataclass(frozen=True)
class CachedBlob:
    sop_uid: str
    version: str
    level: int | None
    data: bytes


def _now() -> float:
    # time.time() can repeat within a tick; a counter keeps LRU order strict.
    return time.time()


class Cache:
    """One cache folder: ``cache.db`` plus ``blobs/ab/<sha256>``. Thread-safe."""

    def __init__(self, root: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES):
        if max_bytes <= 0:
            raise UsageError(f"cache size limit must be positive, got {max_bytes}")
        self.root = Path(root)
        self.max_bytes = int(max_bytes)
        try:
            (self.root / "blobs").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RadviewError(f"cannot create the cache folder {self.root}: {exc}") from exc
        self._lock = threading.RLock()
        self._tick = 0.0
        conn = sqlite3.connect(self.root / "cache.db", check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        self.db = sqlite_utils.Database(conn)
        self._create_tables()
        self._total = self.total_bytes()

    # -- schema -------------------------------------------------------------
    def _create_tables(self) -> None:
        db = self.db
        with self._lock:
            db["studies"].create(
                {"study_uid": str, "patient_id": str, "patient_name": str, "birth_date": str,
                 "study_date": str, "modalities": str, "description": str, "accession": str,
                 "source": str, "status": int, "meta": str, "fetched_at": float},
                pk="study_uid", if_not_exists=True)
            db["series"].create(
                {"series_uid": str, "study_uid": str, "modality": str, "description": str,
                 "number": int, "body_part": str, "instances": int, "anatomy": str, "meta": str},
                pk="series_uid", if_not_exists=True)
            db["instances"].create(
                {"sop_uid": str, "series_uid": str, "study_uid": str, "number": int,
                 "rows": int, "cols": int, "meta": str},
                pk="sop_uid", if_not_exists=True)
            db["versions"].create(
                {"sop_uid": str, "version": str, "study_uid": str, "level": int,
                 "levels": int, "sha256": str, "size": int, "last_access": float},
                pk=("sop_uid", "version"), if_not_exists=True)
            db["series"].create_index(["study_uid"], if_not_exists=True)
            db["instances"].create_index(["series_uid"], if_not_exists=True)
            db["versions"].create_index(["last_access"], if_not_exists=True)
            db["versions"].create_index(["study_uid"], if_not_exists=True)

    def close(self) -> None:
        self.db.conn.close()

    # -- metadata -----------------------------------------------------------
    def put_study(self, study: Mapping[str, Any], *, source: str = "") -> None:
        """Record a study row (keys as in the study list: study_uid, patient_id, …)."""
        if not study.get("study_uid"):
            raise UsageError("a study needs a study_uid to be cached")
        row = {k: study.get(k) for k in (
            "study_uid", "patient_id", "patient_name", "birth_date", "study_date",
            "modalities", "description", "accession", "status")}
        row["source"] = source or study.get("source") or ""
        row["meta"] = json.dumps(study.get("meta") or {})
        row["fetched_at"] = _now()
        with self._lock:
            self.db["studies"].upsert(row, pk="study_uid")

    def put_series(self, series: Mapping[str, Any]) -> None:
        if not series.get("series_uid") or not series.get("study_uid"):
            raise UsageError("a series needs series_uid and study_uid to be cached")
        row = {k: series.get(k) for k in (
            "series_uid", "study_uid", "modality", "description", "number", "body_part",
            "instances")}
        if series.get("anatomy"):  # absent: keep what is known (a metadata refresh has none)
            row["anatomy"] = json.dumps(series.get("anatomy"))
        row["meta"] = json.dumps(series.get("meta") or {})
        with self._lock:
            self.db["series"].upsert(row, pk="series_uid")

    def put_instance(self, instance: Mapping[str, Any]) -> None:
        self.put_instances([instance])

    def put_instances(self, instances: Iterable[Mapping[str, Any]]) -> None:
        """Cache instance headers; a whole series or study in one transaction."""
        rows = []
        for instance in instances:
            if not instance.get("sop_uid") or not instance.get("series_uid"):
                raise UsageError("an instance needs sop_uid and series_uid to be cached")
            row = {k: instance.get(k) for k in (
                "sop_uid", "series_uid", "study_uid", "number", "rows", "cols")}
            row["meta"] = json.dumps(instance.get("meta") or {})
            rows.append(row)
        if rows:
            with self._lock, self.db.conn:
                self.db["instances"].upsert_all(rows, pk="sop_uid")

    @property
    def lock(self) -> threading.RLock:
        """Held around every database use; callers that keep their own tables in
        ``db`` (the series anatomy) take it too."""
        return self._lock

    def set_anatomy(self, series_uid: str, prediction: Mapping[str, Any]) -> None:
        """The anatomy shown for a series row (the caller decides it: see
        ``radview.app.series_anatomy``). Kept also when the series' own row comes
        later (headers fetched after the series list): ``put_series`` keeps it."""
        with self._lock:
            self.db["series"].upsert({"series_uid": series_uid,
                                      "anatomy": json.dumps(dict(prediction))},
                                     pk="series_uid")

    @staticmethod
    def _decode(row: dict) -> dict:
        out = dict(row)
        for key in ("meta", "anatomy"):
            if key in out and isinstance(out[key], str):
                out[key] = json.loads(out[key])
        return out

    def studies(self, *, patient: str = "", patient_id: str = "", date_from: str = "",
                date_to: str = "", modality: str = "", accession: str = "",
                description: str = "") -> list[dict]:
        """Cached studies matching the search fields (substring, case-insensitive)."""
        where, params = [], {}
        for key, column, value in (
            ("p", "patient_name", patient), ("pid", "patient_id", patient_id),
            ("m", "modalities", modality), ("a", "accession", accession),
            ("d", "description", description),
        ):
            if value:
                where.append(f"lower(coalesce({column}, '')) like :{key}")
                params[key] = f"%{value.lower()}%"
        if date_from:
            where.append("study_date >= :df")
            params["df"] = date_from
        if date_to:
            where.append("study_date <= :dt")
            params["dt"] = date_to
        with self._lock:
            rows = self.db["studies"].rows_where(
                " and ".join(where) or None, params, order_by="study_date desc")
            return [self._decode(r) for r in rows]

    def study(self, study_uid: str) -> dict | None:
        with self._lock:
            rows = list(self.db["studies"].rows_where("study_uid = ?", [study_uid]))
        return self._decode(rows[0]) if rows else None

    def series_of(self, study_uid: str) -> list[dict]:
        """Cached series rows; ``anatomy`` is the last one handed to ``set_anatomy``."""
        with self._lock:
            return [self._decode(r) for r in self.db["series"].rows_where(
                "study_uid = ?", [study_uid], order_by="number")]

    def instances_of(self, series_uid: str) -> list[dict]:
        with self._lock:
            rows = self.db["instances"].rows_where(
                "series_uid = ?", [series_uid], order_by="number")
            return [self._decode(r) for r in rows]

    # -- blobs --------------------------------------------------------------
    def _blob_path(self, digest: str) -> Path:
        return self.root / "blobs" / digest[:2] / digest

    def put_blob(self, sop_uid: str, version: str, data: bytes, *, level: int | None = None,
                 levels: int | None = None, study_uid: str | None = None) -> bool:
        """Store pixels of one instance in one version; a coarser prefix never replaces a finer.

        Returns False when the cache already held this level or a finer one.
        """
        return self.put_blobs([BlobPut(sop_uid, version, data, level, levels, study_uid)])[0]

    def put_blobs(self, items: Iterable["BlobPut"]) -> list[bool]:
        """``put_blob`` for many at once: one transaction and one eviction pass for the
        batch (a series arriving part by part is written in a few commits, not hundreds)."""
        items = list(items)
        for item in items:
            if not item.sop_uid or not item.version:
                raise UsageError("a cached blob needs an instance UID and a version name")
        stored = []
        with self._lock, self.db.conn:
            for item in items:
                stored.append(self._put_one(item))
            if items:
                self._evict(keep=(items[-1].sop_uid, items[-1].version))
        return stored

    def _put_one(self, item: "BlobPut") -> bool:
        digest = hashlib.sha256(item.data).hexdigest()
        path = self._blob_path(digest)
        old = self._version_row(item.sop_uid, item.version)
        if old and (old["level"] is None or (item.level is not None
                                             and old["level"] >= item.level)):
            return False
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{threading.get_ident()}")
            tmp.write_bytes(item.data)
            os.replace(tmp, path)  # never a half-written blob under its hash name
            self._total += len(item.data)
        self.db.execute(
            "insert or replace into versions (sop_uid, version, study_uid, level, levels, "
            "sha256, size, last_access) values (?, ?, ?, ?, ?, ?, ?, ?)",
            [item.sop_uid, item.version, item.study_uid, item.level, item.levels, digest,
             len(item.data), self._touch_time()])
        if old and old["sha256"] != digest:
            self._unlink_if_unused(old["sha256"], old["size"])
        return True

    def _touch_time(self) -> float:
        self._tick = max(_now(), self._tick + 1e-6)
        return self._tick

    def _version_row(self, sop_uid: str, version: str) -> dict | None:
        rows = list(self.db["versions"].rows_where(
            "sop_uid = ? and version = ?", [sop_uid, version]))
        return rows[0] if rows else None

    def blob_digests(self, sop_uid: str) -> dict[str, str]:
        """Version name → sha256 of every copy of an instance held (import conflicts)."""
        with self._lock:
            rows = self.db["versions"].rows_where("sop_uid = ?", [sop_uid])
            return {row["version"]: row["sha256"] for row in rows}

    def cached_level(self, sop_uid: str, version: str) -> int | None | bool:
        """Finest cached level (None = complete file), or False when nothing is cached."""
        with self._lock:
            row = self._version_row(sop_uid, version)
        return False if row is None else row["level"]

    def cached_sops(self, sop_uids: list[str], version: str) -> set[str]:
        """Which of these instances have pixels cached in ``version`` (one query per 500)."""
        found: set[str] = set()
        with self._lock:
            for i in range(0, len(sop_uids), 500):  # SQLite's bound-parameter limit
                chunk = sop_uids[i:i + 500]
                found.update(r[0] for r in self.db.execute(
                    f"select sop_uid from versions where version = ? and sop_uid in "
                    f"({','.join('?' * len(chunk))})", [version, *chunk]).fetchall())
        return found

    def get_blob(self, sop_uid: str, version: str) -> CachedBlob | None:
        """Verified bytes, or None when not cached. Corrupt → dropped + CacheIntegrityError."""
        with self._lock:
            row = self._version_row(sop_uid, version)
            if row is None:
                return None
            path = self._blob_path(row["sha256"])
            try:
                data = path.read_bytes()
            except OSError:
                self._drop(row)
                raise CacheIntegrityError(
                    f"cached blob {row['sha256'][:12]}… of {sop_uid} ({version}) is missing; "
                    "it will be fetched again") from None
            if hashlib.sha256(data).hexdigest() != row["sha256"]:
                self._drop(row)
                raise CacheIntegrityError(
                    f"cached blob {row['sha256'][:12]}… of {sop_uid} ({version}) is corrupt "
                    "(hash mismatch); it was removed and will be fetched again")
            self.db["versions"].update((sop_uid, version), {"last_access": self._touch_time()})
            return CachedBlob(sop_uid, version, row["level"], data)

    def remove_blob(self, sop_uid: str, version: str) -> None:
        """Forget one cached version (e.g. bytes a newer decoder cannot read)."""
        with self._lock:
            row = self._version_row(sop_uid, version)
            if row is not None:
                self._drop(row)

    def _drop(self, row: dict) -> None:
        self.db["versions"].delete((row["sop_uid"], row["version"]))
        self._unlink_if_unused(row["sha256"], row["size"])

    def _unlink_if_unused(self, digest: str, size: int) -> None:
        still = self.db.execute(
            "select count(*) from versions where sha256 = ?", [digest]).fetchone()[0]
        if not still:
            try:
                self._blob_path(digest).unlink()
                self._total -= int(size or 0)
            except FileNotFoundError:
                pass

    def total_bytes(self) -> int:
        with self._lock:
            return int(self.db.execute(
                "select coalesce(sum(size), 0) from (select distinct sha256, size from versions)"
            ).fetchone()[0])

    def _evict(self, keep: tuple[str, str] | None = None) -> list[tuple[str, str]]:
        # the running total (blob files written minus removed) spares a full table scan
        # per write; over the limit, the exact sum decides what goes
        if self._total <= self.max_bytes:
            return []
        evicted = []
        while self.total_bytes() > self.max_bytes:
            rows = list(self.db["versions"].rows_where(
                "not (sop_uid = ? and version = ?)", list(keep or ("", "")),
                order_by="last_access", limit=1))
            if not rows:
                break  # only the blob just written is left: keep it even if oversized
            self._drop(rows[0])
            evicted.append((rows[0]["sop_uid"], rows[0]["version"]))
        self._total = self.total_bytes()
        return evicted

    def study_is_complete(self, study_uid: str, version: str) -> bool:
        """True when every cached instance of the study has pixels in ``version``."""
        with self._lock:
            total = self.db.execute(
                "select count(*) from instances where study_uid = ?", [study_uid]).fetchone()[0]
            have = self.db.execute(
                "select count(*) from instances i join versions v on v.sop_uid = i.sop_uid "
                "where i.study_uid = ? and v.version = ?", [study_uid, version]).fetchone()[0]
        return total > 0 and have == total

    def cached_versions(self, study_uid: str) -> list[str]:
        with self._lock:
            return [r[0] for r in self.db.execute(
                "select distinct version from versions where study_uid = ? order by version",
                [study_uid]).fetchall()]

    def forget_study(self, study_uid: str) -> None:
        with self._lock:
            for row in list(self.db["versions"].rows_where("study_uid = ?", [study_uid])):
                self._drop(row)
            for table in ("instances", "series", "studies"):
                self.db.execute(f"delete from {table} where study_uid = ?", [study_uid])
            self.db.conn.commit()


def put_many(cache: Cache, studies: Iterable[Mapping[str, Any]], *, source: str = "") -> None:
    for study in studies:
        cache.put_study(study, source=source)
