"""Versions, version jobs, diagnostic status and series anatomy in the embedded store."""

from __future__ import annotations

import json
import time
from typing import Any

from radview.server.storage import NotFoundError


class StateMixin:
    """EmbeddedStore's versions/state half (needs conn, db, blobs, _lock, _one)."""

    def put_version(self, sop_uid: str, name: str, frame: int, data: bytes,
                    params: dict[str, Any]) -> None:
        sha = self.blobs.put(data)
        with self._lock, self.conn:
            self.conn.execute("INSERT OR REPLACE INTO versions VALUES (?,?,?,?,?,?,?)",
                              (sop_uid, name, frame, sha, len(data), json.dumps(params),
                               time.time()))

    def versions(self, sop_uid: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT name, frame, sha256, bytes, params FROM versions WHERE sop_uid=? "
                "ORDER BY name, frame", (sop_uid,)).fetchall()
        return [{"name": r[0], "frame": r[1], "sha256": r[2], "bytes": r[3],
                 "params": json.loads(r[4])} for r in rows]

    def read_version(self, sop_uid: str, name: str, frame: int) -> bytes:
        row = self._one("SELECT sha256 FROM versions WHERE sop_uid=? AND name=? AND frame=?",
                        (sop_uid, name, frame),
                        f"version {name} frame {frame} of {sop_uid} is not built")
        return self.blobs.get(row[0], what=f"{sop_uid} {name} frame {frame}")

    def pending_versions(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.conn.execute(
                "SELECT sop_uid FROM version_jobs WHERE state='pending' ORDER BY updated")]

    def set_version_state(self, sop_uid: str, state: str, message: str = "") -> None:
        with self._lock, self.conn:
            self.conn.execute("INSERT OR REPLACE INTO version_jobs VALUES (?,?,?,?)",
                              (sop_uid, state, message, time.time()))

    def version_state(self, sop_uid: str) -> dict[str, Any]:
        with self._lock:
            row = self.conn.execute("SELECT state, message FROM version_jobs WHERE sop_uid=?",
                                    (sop_uid,)).fetchone()
        if not row:
            return {"state": "none", "message": "instance has no pixel data"}
        return {"state": row[0], "message": row[1]}

    # ------------------------------------------------------------- study state
    def study_state(self, study_uid: str) -> dict[str, Any]:
        row = self._one("SELECT status, diagnosis FROM studies WHERE study_uid=?", (study_uid,),
                        f"no study {study_uid}")
        return {"status": int(row[0] or 1), "diagnosis": json.loads(row[1] or "{}")}

    def set_study_state(self, study_uid: str, *, status: int | None = None,
                        diagnosis: dict[str, Any] | None = None) -> dict[str, Any]:
        with self._lock:
            state = self.study_state(study_uid)
            if diagnosis is not None:
                state["diagnosis"] = diagnosis
            if status is not None:
                state["status"] = int(status)
            with self.conn:
                self.conn.execute("UPDATE studies SET status=?, diagnosis=? WHERE study_uid=?",
                                  (state["status"], json.dumps(state["diagnosis"]), study_uid))
        return state

    # ----------------------------------------------------------------- anatomy
    def series_anatomy(self, series_uids: list[str]) -> dict[str, Any]:
        from radview.protocols.anatomy import store as anatomy_store

        with self._lock:
            return anatomy_store.current_many(self.db, series_uids)

    def anatomy_entries(self, series_uid: str) -> dict[str, dict[str, Any]]:
        from radview.protocols.anatomy import store as anatomy_store

        with self._lock:
            return anatomy_store.entries(self.db, series_uid)

    def record_anatomy(self, series_uid: str, prediction: Any,
                       metadata: dict[str, Any] | None = None) -> None:
        from radview.protocols.anatomy import store as anatomy_store

        with self._lock:
            anatomy_store.record_prediction(self.db, series_uid, prediction, metadata=metadata)

    def correct_anatomy(self, series_uid: str, labels: list[str], laterality: str | None, *,
                        metadata: dict[str, Any] | None = None, user: str | None = None) -> Any:
        from radview.protocols.anatomy import store as anatomy_store

        with self._lock:
            if not self.conn.execute("SELECT 1 FROM series WHERE series_uid=?",
                                     (series_uid,)).fetchone():
                raise NotFoundError(f"no series {series_uid}")
            return anatomy_store.record_correction(self.db, series_uid, labels, laterality,
                                                   metadata=metadata, user=user)

    def series_needing_anatomy(self, *, model_version: str | None = None,
                               series_uids: list[str] | None = None,
                               limit: int | None = None) -> list[str]:
        sql = ("SELECT se.series_uid FROM series se LEFT JOIN anatomy a "
               "ON a.series_uid = se.series_uid AND a.source = 'model' WHERE (a.series_uid IS NULL")
        args: list[Any] = []
        if model_version is not None:
            sql += " OR a.model_version != ?"
            args.append(model_version)
        sql += ")"
        if series_uids is not None:
            uids = list(dict.fromkeys(series_uids))
            if not uids:
                return []
            sql += f" AND se.series_uid IN ({','.join('?' * len(uids))})"
            args.extend(uids)
        sql += " ORDER BY se.rowid"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._lock:
            return [r[0] for r in self.conn.execute(sql, args)]
