"""Queries of the embedded store (C-FIND, QIDO, plain JSON) and reading bulk data back."""

from __future__ import annotations

import hashlib
import io
import json
from typing import Any

from radview.server import bulk
from radview.server.embedded.schema import LEVEL_RANK, KEYS
from radview.server.storage import LEVELS, IntegrityError, NotFoundError


class QueryMixin:
    """EmbeddedStore's query and retrieve half (needs conn, db, blobs, _lock, _one)."""

    def find(self, level: str, query: dict[str, Any], *, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
        level = level.upper()
        if level not in LEVEL_RANK:
            raise NotFoundError(f"unknown query level {level!r} (use {', '.join(LEVELS)})")
        rank = LEVEL_RANK[level]
        where, args = [], []
        for key, value in query.items():
            if key in KEYS:
                expr, kind, owner = KEYS[key]
                if LEVEL_RANK[owner] > rank:
                    continue  # lower-level key at a higher level: not matchable here
                clause = _match(expr, kind, value, args)
                if clause:
                    where.append(clause)
            elif key == "ModalitiesInStudy" and value not in (None, ""):
                mods = [m for m in str(value).split("\\") if m]
                where.append("EXISTS (SELECT 1 FROM series m WHERE m.study_uid = st.study_uid "
                             f"AND m.modality IN ({','.join('?' * len(mods))}))")
                args.extend(mods)
        cols = [f"{expr} AS {kw}" for kw, (expr, _k, owner) in KEYS.items()
                if LEVEL_RANK[owner] <= rank]
        if level == "PATIENT":
            cols = [c for c in cols if c.split(" AS ")[1] in
                    ("PatientID", "PatientName", "PatientBirthDate", "PatientSex")]
            sql = (f"SELECT {', '.join(cols)}, count(*) AS NumberOfPatientRelatedStudies "
                   "FROM studies st")
            group = " GROUP BY st.patient_id"
        elif level == "STUDY":
            sql = (f"SELECT {', '.join(cols)}, "
                   "(SELECT count(*) FROM series s2 WHERE s2.study_uid = st.study_uid) "
                   "AS NumberOfStudyRelatedSeries, "
                   "(SELECT count(*) FROM instances i2 WHERE i2.study_uid = st.study_uid) "
                   "AS NumberOfStudyRelatedInstances, "
                   "(SELECT group_concat(DISTINCT s3.modality) FROM series s3 "
                   "WHERE s3.study_uid = st.study_uid) AS ModalitiesInStudy, "
                   "st.status AS DiagnosticStatus FROM studies st")
            group = ""
        elif level == "SERIES":
            sql = (f"SELECT {', '.join(cols)}, "
                   "(SELECT count(*) FROM instances i2 WHERE i2.series_uid = se.series_uid) "
                   "AS NumberOfSeriesRelatedInstances "
                   "FROM series se JOIN studies st ON st.study_uid = se.study_uid")
            group = ""
        else:
            sql = (f"SELECT {', '.join(cols)} FROM instances i "
                   "JOIN series se ON se.series_uid = i.series_uid "
                   "JOIN studies st ON st.study_uid = i.study_uid")
            group = ""
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += group
        order = {"PATIENT": "st.patient_id", "STUDY": "st.rowid", "SERIES": "se.rowid",
                 "IMAGE": "i.instance_number, i.rowid"}[level]
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit), int(offset)]
        elif offset:
            sql += " LIMIT -1 OFFSET ?"
            args.append(int(offset))
        with self._lock:
            rows = list(self.db.query(sql, args))
        for row in rows:
            if row.get("ModalitiesInStudy"):
                row["ModalitiesInStudy"] = row["ModalitiesInStudy"].replace(",", "\\")
        return rows

    def instance_uids(self, *, study_uid: str | None = None, series_uid: str | None = None,
                      sop_uid: str | None = None) -> list[str]:
        where, args = [], []
        for col, val in (("study_uid", study_uid), ("series_uid", series_uid),
                         ("sop_uid", sop_uid)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        sql = "SELECT sop_uid FROM instances"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY series_uid, instance_number, rowid"
        with self._lock:
            return [r[0] for r in self.conn.execute(sql, args)]

    def instance_info(self, sop_uid: str) -> dict[str, Any]:
        with self._lock:
            rows = list(self.db.query(
                "SELECT sop_uid, series_uid, study_uid, sop_class_uid, instance_number, "
                "transfer_syntax, rows, columns, frames, samples_per_pixel, bits_allocated, "
                "modality, body_part, file_sha256, file_size, source, received "
                "FROM instances WHERE sop_uid = ?", [sop_uid]))
        if not rows:
            raise NotFoundError(f"no instance {sop_uid}")
        return rows[0]

    def instance_metadata(self, sop_uid: str) -> dict[str, Any]:
        row = self._one("SELECT metadata FROM instances WHERE sop_uid=?", (sop_uid,),
                        f"no instance {sop_uid}")
        return json.loads(row[0])

    def metadata_texts(self, sop_uids: list[str]) -> list[tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        with self._lock:
            for i in range(0, len(sop_uids), 500):  # SQLite's bound-parameter limit
                chunk = sop_uids[i:i + 500]
                found.update((r[0], (r[1], r[2])) for r in self.conn.execute(
                    "SELECT sop_uid, series_uid, metadata FROM instances WHERE sop_uid IN "
                    f"({','.join('?' * len(chunk))})", chunk))
        missing = [s for s in sop_uids if s not in found]
        if missing:
            raise NotFoundError(f"no instance {missing[0]}")
        return [found[s] for s in sop_uids]

    def series_of_study(self, study_uid: str) -> list[str]:
        with self._lock:
            return [r[0] for r in self.conn.execute(
                "SELECT series_uid FROM series WHERE study_uid=? ORDER BY series_number, rowid",
                (study_uid,))]

    # ---------------------------------------------------------------- retrieve
    def _skeleton_and_parts(self, sop_uid: str):
        with self._lock:
            row = self.conn.execute(
                "SELECT skeleton, skeleton_sha256, file_sha256 FROM instances WHERE sop_uid=?",
                (sop_uid,)).fetchone()
            parts = self.conn.execute(
                "SELECT tag_path, offset, length, frame, fragment, sha256 FROM bulk "
                "WHERE sop_uid=? ORDER BY seq", (sop_uid,)).fetchall()
        if not row:
            raise NotFoundError(f"no instance {sop_uid}")
        skeleton, skel_sha, file_sha = row
        if hashlib.sha256(skeleton).hexdigest() != skel_sha:
            raise IntegrityError(f"metadata skeleton of instance {sop_uid} is corrupt")
        return skeleton, file_sha, parts

    def read_original(self, sop_uid: str) -> bytes:
        skeleton, file_sha, parts = self._skeleton_and_parts(sop_uid)
        pieces = [(bulk.BulkPart(p[0], p[1], p[2], p[3], p[4]),
                   self.blobs.get(p[5], what=f"{sop_uid} {p[0]}")) for p in parts]
        data = bulk.rebuild(skeleton, pieces)
        if hashlib.sha256(data).hexdigest() != file_sha:
            raise IntegrityError(f"instance {sop_uid} does not rebuild to the file received "
                                 "(SHA-256 mismatch)")
        return data

    def frame_count(self, sop_uid: str) -> int:
        return int(self.instance_info(sop_uid)["frames"] or 0)

    def read_frame(self, sop_uid: str, frame: int) -> bytes:
        info = self.instance_info(sop_uid)
        nframes = int(info["frames"] or 0)
        if not 1 <= frame <= nframes:
            raise NotFoundError(f"instance {sop_uid} has {nframes} frame(s); "
                                f"frame {frame} does not exist")
        with self._lock:
            rows = self.conn.execute(
                "SELECT sha256, frame, fragment FROM bulk WHERE sop_uid=? AND "
                "tag_path='7FE00010' ORDER BY seq", (sop_uid,)).fetchall()
        hit = [r for r in rows if r[1] == frame]
        if hit:
            return self.blobs.get(hit[0][0], what=f"{sop_uid} frame {frame}")
        # Small pixel data left in the skeleton, or fragments not one per frame.
        return self._frame_from_original(sop_uid, frame, nframes)

    def _frame_from_original(self, sop_uid: str, frame: int, nframes: int) -> bytes:
        import pydicom
        from pydicom.encaps import generate_frames

        ds = pydicom.dcmread(io.BytesIO(self.read_original(sop_uid)))
        if ds.file_meta.TransferSyntaxUID.is_compressed:
            for i, data in enumerate(generate_frames(ds.PixelData, number_of_frames=nframes)):
                if i + 1 == frame:
                    return data
            raise NotFoundError(f"frame {frame} not found in {sop_uid}")
        size = len(ds.PixelData) // nframes
        return ds.PixelData[(frame - 1) * size:frame * size]

    def read_bulk(self, sop_uid: str, tag_path: str) -> bytes:
        skeleton, file_sha, parts = self._skeleton_and_parts(sop_uid)
        mine = [p for p in parts if p[0] == tag_path.upper()]
        if mine and all(p[4] is None for p in mine):
            return b"".join(self.blobs.get(p[5], what=f"{sop_uid} {p[0]}") for p in mine)
        import pydicom

        ds = pydicom.dcmread(io.BytesIO(self.read_original(sop_uid)))
        try:
            steps = tag_path.upper().split("/")
            node = ds
            for i in range(0, len(steps) - 1, 2):
                node = node[int(steps[i], 16)].value[int(steps[i + 1])]
            elem = node[int(steps[-1], 16)]
        except (KeyError, IndexError, ValueError):
            raise NotFoundError(f"instance {sop_uid} has no element {tag_path}") from None
        value = elem.value
        if not isinstance(value, (bytes, bytearray)):
            raise NotFoundError(f"element {tag_path} of {sop_uid} is not a bulk value")
        return bytes(value)


def _match(expr: str, kind: str, value: Any, args: list) -> str | None:
    """SQL for one DICOM matching key; None for universal matching (empty value)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "\\".join(str(v) for v in value)
    text = str(value).strip()
    if text in ("", "*"):
        return None
    if kind == "uid":
        uids = [u.strip() for u in text.split("\\") if u.strip()]
        args.extend(uids)
        return f"{expr} IN ({','.join('?' * len(uids))})"
    if kind in ("date", "time") and "-" in text:
        lo, _, hi = text.partition("-")
        clauses = []
        if lo:
            clauses.append(f"{expr} >= ?")
            args.append(lo)
        if hi:
            clauses.append(f"{expr} <= ?")
            args.append(hi if kind == "date" else hi + "\uffff")
        clauses.append(f"{expr} != ''")
        return "(" + " AND ".join(clauses) + ")"
    if kind == "int":
        try:
            args.append(int(text))
        except ValueError:
            raise NotFoundError(f"{text!r} is not a number") from None
        return f"{expr} = ?"
    if "*" in text or "?" in text:
        if kind == "pn":  # person names: case-insensitive
            like = (text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    .replace("*", "%").replace("?", "_"))
            args.append(like)
            return f"{expr} LIKE ? ESCAPE '\\'"
        args.append(text.replace("[", "[[]"))
        return f"{expr} GLOB ?"
    if kind == "pn":
        args.append(text)
        return f"{expr} = ? COLLATE NOCASE"
    if kind == "str" and "\\" in text:  # value list (e.g. modalities)
        items = text.split("\\")
        args.extend(items)
        return f"{expr} IN ({','.join('?' * len(items))})"
    args.append(text)
    return f"{expr} = ?"
