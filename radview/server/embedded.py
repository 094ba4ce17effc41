"""Embedded store: SQLite (through sqlite-utils) for the index and metadata, a
content-addressed blob directory for bulk values and versions.

Durability: blobs are written and fsynced first, then one SQLite transaction
(WAL, synchronous=FULL) records the instance; only then does ingest return.
A crash in between leaves at worst unreferenced blobs, never a half-stored
instance. The metadata skeleton (the file minus its bulk values, a few KB)
is kept in the row itself, with its own hash.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import sqlite_utils

from radview.server import bulk
from radview.server.blobs import BlobStore
from radview.server.storage import (
    LEVELS, IngestError, IngestResult, IntegrityError, NotFoundError, Store,
)

log = logging.getLogger("radview.server.store")

SCHEMA_VERSION = 1

# keyword -> (SQL expression, match kind, level that owns it)
KEYS: dict[str, tuple[str, str, str]] = {
    "PatientID": ("st.patient_id", "str", "PATIENT"),
    "PatientName": ("st.patient_name", "pn", "PATIENT"),
    "PatientBirthDate": ("st.patient_birth_date", "date", "PATIENT"),
    "PatientSex": ("st.patient_sex", "str", "PATIENT"),
    "StudyInstanceUID": ("st.study_uid", "uid", "STUDY"),
    "StudyDate": ("st.study_date", "date", "STUDY"),
    "StudyTime": ("st.study_time", "time", "STUDY"),
    "AccessionNumber": ("st.accession_number", "str", "STUDY"),
    "StudyID": ("st.study_id", "str", "STUDY"),
    "StudyDescription": ("st.study_description", "str", "STUDY"),
    "ReferringPhysicianName": ("st.referring_physician_name", "pn", "STUDY"),
    "SeriesInstanceUID": ("se.series_uid", "uid", "SERIES"),
    "Modality": ("se.modality", "str", "SERIES"),
    "SeriesNumber": ("se.series_number", "int", "SERIES"),
    "SeriesDescription": ("se.series_description", "str", "SERIES"),
    "BodyPartExamined": ("se.body_part", "str", "SERIES"),
    "SeriesDate": ("se.series_date", "date", "SERIES"),
    "SOPInstanceUID": ("i.sop_uid", "uid", "IMAGE"),
    "SOPClassUID": ("i.sop_class_uid", "uid", "IMAGE"),
    "InstanceNumber": ("i.instance_number", "int", "IMAGE"),
    "Rows": ("i.rows", "int", "IMAGE"),
    "Columns": ("i.columns", "int", "IMAGE"),
    "NumberOfFrames": ("i.frames", "int", "IMAGE"),
    "TransferSyntaxUID": ("i.transfer_syntax", "uid", "IMAGE"),
}
COUNT_KEYS = {
    "NumberOfPatientRelatedStudies": "PATIENT",
    "NumberOfStudyRelatedSeries": "STUDY",
    "NumberOfStudyRelatedInstances": "STUDY",
    "ModalitiesInStudy": "STUDY",
    "NumberOfSeriesRelatedInstances": "SERIES",
}
_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}


def _text(ds, keyword: str) -> str:
    value = ds.get(keyword)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return "\\".join(str(v) for v in value)
    return str(value)


def _int(ds, keyword: str) -> int | None:
    try:
        value = ds.get(keyword)
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


def _storage_classes() -> set[str]:
    from pynetdicom import sop_class

    return set(sop_class._STORAGE_CLASSES.values())


class EmbeddedStore(Store):
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
        self._create_schema()

    # ------------------------------------------------------------------ schema
    def _create_schema(self) -> None:
        db = self.db
        with self._lock:
            if "studies" not in db.table_names():
                db["studies"].create({
                    "study_uid": str, "patient_id": str, "patient_name": str,
                    "patient_birth_date": str, "patient_sex": str, "study_date": str,
                    "study_time": str, "accession_number": str, "study_id": str,
                    "study_description": str, "referring_physician_name": str,
                    "status": int, "diagnosis": str, "created": float,
                }, pk="study_uid", defaults={"status": 1, "diagnosis": "{}"})
                db["studies"].create_index(["patient_id"])
                db["studies"].create_index(["study_date"])
                db["studies"].create_index(["accession_number"])
            if "series" not in db.table_names():
                db["series"].create({
                    "series_uid": str, "study_uid": str, "modality": str,
                    "series_number": int, "series_description": str, "body_part": str,
                    "series_date": str, "created": float,
                }, pk="series_uid", foreign_keys=[("study_uid", "studies", "study_uid")])
                db["series"].create_index(["study_uid"])
                db["series"].create_index(["modality"])
            if "instances" not in db.table_names():
                db["instances"].create({
                    "sop_uid": str, "series_uid": str, "study_uid": str, "sop_class_uid": str,
                    "instance_number": int, "transfer_syntax": str, "rows": int,
                    "columns": int, "frames": int, "samples_per_pixel": int,
                    "bits_allocated": int, "modality": str, "body_part": str,
                    "file_sha256": str, "file_size": int, "skeleton": bytes,
                    "skeleton_sha256": str, "metadata": str, "source": str, "received": float,
                }, pk="sop_uid", foreign_keys=[("series_uid", "series", "series_uid")])
                db["instances"].create_index(["series_uid"])
                db["instances"].create_index(["study_uid"])
            if "bulk" not in db.table_names():
                db["bulk"].create({
                    "sop_uid": str, "seq": int, "tag_path": str, "offset": int,
                    "length": int, "sha256": str, "frame": int, "fragment": int,
                }, pk=("sop_uid", "seq"))
            if "versions" not in db.table_names():
                db["versions"].create({
                    "sop_uid": str, "name": str, "frame": int, "sha256": str,
                    "bytes": int, "params": str, "created": float,
                }, pk=("sop_uid", "name", "frame"))
            if "version_jobs" not in db.table_names():
                db["version_jobs"].create({
                    "sop_uid": str, "state": str, "message": str, "updated": float,
                }, pk="sop_uid")
                db["version_jobs"].create_index(["state"])
            from radview.protocols.anatomy import store as anatomy_store

            anatomy_store.ensure_table(db)  # series anatomy: model predictions, user labels

    # ------------------------------------------------------------------ ingest
    def _parse(self, data: bytes):
        import pydicom
        from pydicom.errors import InvalidDicomError
        from pydicom.uid import AllTransferSyntaxes

        try:
            start, ts = bulk.dataset_start(data)
        except bulk.BulkError as exc:
            raise IngestError(str(exc)) from None
        if ts not in AllTransferSyntaxes:
            raise IngestError(f"unknown transfer syntax {ts!r}")
        try:
            ds = pydicom.dcmread(io.BytesIO(data))
            ds.file_meta  # noqa: B018 - force meta presence
        except (InvalidDicomError, Exception) as exc:  # pydicom raises many types
            raise IngestError(f"not a readable DICOM file: {exc}") from None
        missing = [k for k in ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID",
                               "SeriesInstanceUID") if not _text(ds, k)]
        if missing:
            raise IngestError("DICOM file lacks required attribute(s): " + ", ".join(missing))
        sop_class = _text(ds, "SOPClassUID")
        if sop_class not in self._storage_uids and not self.accept_unknown_sop_classes:
            raise IngestError(f"SOP class {sop_class} is not a storage SOP class this "
                              "server accepts")
        meta_sop = str(ds.file_meta.get("MediaStorageSOPInstanceUID", "") or "")
        if meta_sop and meta_sop != _text(ds, "SOPInstanceUID"):
            raise IngestError("file meta SOP Instance UID differs from the dataset's")
        return ds, ts

    def _geometry(self, ds, ts: str):
        frames = _int(ds, "NumberOfFrames") or 1
        rows, cols = _int(ds, "Rows") or 0, _int(ds, "Columns") or 0
        spp, bits = _int(ds, "SamplesPerPixel") or 1, _int(ds, "BitsAllocated") or 0
        from pydicom.uid import UID

        if "PixelData" not in ds:
            return None, None, frames
        if UID(ts).is_compressed:
            return None, frames, frames
        if bits % 8 == 0 and rows and cols:
            return bulk.FrameGeometry(frames, rows * cols * spp * bits // 8), None, frames
        return None, None, frames

    def _metadata_json(self, ds, ts: str, paths_by_id: dict[int, str]) -> str:
        def handler(elem) -> str:
            return "bulk/" + paths_by_id.get(id(elem), f"{int(elem.tag):08X}")

        threshold = (self.bulk_threshold // 3) * 4
        try:
            doc = ds.to_json_dict(bulk_data_threshold=threshold, bulk_data_element_handler=handler)
        except Exception as exc:
            raise IngestError(f"DICOM element values are malformed: {exc}") from None
        doc["00083002"] = {"vr": "UI", "Value": [ts]}  # Available Transfer Syntax UID
        return json.dumps(doc, separators=(",", ":"))

    @staticmethod
    def _paths(ds, prefix: str = "", out: dict[int, str] | None = None) -> dict[int, str]:
        out = {} if out is None else out
        for elem in ds:
            path = f"{prefix}{int(elem.tag):08X}"
            out[id(elem)] = path
            if elem.VR == "SQ":
                for i, item in enumerate(elem.value):
                    EmbeddedStore._paths(item, f"{path}/{i}/", out)
        return out

    def ingest(self, part10: bytes, *, source: str) -> IngestResult:
        data = bytes(part10)
        file_sha = hashlib.sha256(data).hexdigest()
        ds, ts = self._parse(data)
        sop_uid = _text(ds, "SOPInstanceUID")
        study_uid, series_uid = _text(ds, "StudyInstanceUID"), _text(ds, "SeriesInstanceUID")
        sop_class = _text(ds, "SOPClassUID")
        geometry, enc_frames, frames = self._geometry(ds, ts)
        try:  # validates the whole element stream (truncation, bad lengths) first
            skeleton, parts = bulk.split(data, threshold=self.bulk_threshold,
                                         geometry=geometry, encapsulated_frames=enc_frames)
        except bulk.BulkError as exc:
            raise IngestError(str(exc)) from None
        existing = self._existing(sop_uid)
        if existing is not None:
            if existing != file_sha:
                log.warning("instance %s received again with different content from %s; "
                            "keeping the first copy", sop_uid, source)
            return IngestResult(sop_uid, series_uid, study_uid, True, sop_class)
        metadata = self._metadata_json(ds, ts, self._paths(ds))
        view = memoryview(data)
        pieces = [(p, view[p.offset:p.offset + p.length]) for p in parts]
        # Prove the split is exact before anything is stored.
        if hashlib.sha256(bulk.rebuild(skeleton, pieces)).hexdigest() != file_sha:
            raise IngestError("internal: the split file does not rebuild byte-identically")
        rows_bulk = []
        for seq, (part, value) in enumerate(pieces):
            sha = self.blobs.put(bytes(value))
            rows_bulk.append((sop_uid, seq, part.tag_path, part.offset, part.length, sha,
                              part.frame, part.fragment))
        now = time.time()
        modality = _text(ds, "Modality")
        body_part = _text(ds, "BodyPartExamined")
        with self._lock:
            try:
                with self.conn:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO studies (study_uid, patient_id, patient_name, "
                        "patient_birth_date, patient_sex, study_date, study_time, "
                        "accession_number, study_id, study_description, "
                        "referring_physician_name, status, diagnosis, created) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,1,'{}',?)",
                        (study_uid, _text(ds, "PatientID"), _text(ds, "PatientName"),
                         _text(ds, "PatientBirthDate"), _text(ds, "PatientSex"),
                         _text(ds, "StudyDate"), _text(ds, "StudyTime"),
                         _text(ds, "AccessionNumber"), _text(ds, "StudyID"),
                         _text(ds, "StudyDescription"), _text(ds, "ReferringPhysicianName"),
                         now))
                    self.conn.execute(
                        "INSERT OR IGNORE INTO series (series_uid, study_uid, modality, "
                        "series_number, series_description, body_part, series_date, created) "
                        "VALUES (?,?,?,?,?,?,?,?)",
                        (series_uid, study_uid, modality, _int(ds, "SeriesNumber"),
                         _text(ds, "SeriesDescription"), body_part, _text(ds, "SeriesDate"),
                         now))
                    self.conn.execute(
                        "INSERT INTO instances (sop_uid, series_uid, study_uid, sop_class_uid, "
                        "instance_number, transfer_syntax, rows, columns, frames, "
                        "samples_per_pixel, bits_allocated, modality, body_part, file_sha256, "
                        "file_size, skeleton, skeleton_sha256, metadata, source, received) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (sop_uid, series_uid, study_uid, sop_class,
                         _int(ds, "InstanceNumber"), ts, _int(ds, "Rows"),
                         _int(ds, "Columns"), frames if "PixelData" in ds else 0,
                         _int(ds, "SamplesPerPixel"), _int(ds, "BitsAllocated"), modality,
                         body_part, file_sha, len(data), skeleton,
                         hashlib.sha256(skeleton).hexdigest(), metadata, source, now))
                    self.conn.executemany(
                        "INSERT INTO bulk (sop_uid, seq, tag_path, offset, length, sha256, "
                        "frame, fragment) VALUES (?,?,?,?,?,?,?,?)", rows_bulk)
                    if "PixelData" in ds:
                        self.conn.execute(
                            "INSERT OR REPLACE INTO version_jobs VALUES (?, 'pending', '', ?)",
                            (sop_uid, now))
            except sqlite3.IntegrityError:
                if self._existing(sop_uid) is not None:  # lost a race with the same instance
                    return IngestResult(sop_uid, series_uid, study_uid, True, sop_class)
                raise
        result = IngestResult(sop_uid, series_uid, study_uid, False, sop_class)
        log.info("stored %s (%s, %d bytes, %d bulk parts) from %s", sop_uid,
                 modality or "?", len(data), len(parts), source)
        self._notify(result)
        return result

    def _existing(self, sop_uid: str) -> str | None:
        with self._lock:
            row = self.conn.execute("SELECT file_sha256 FROM instances WHERE sop_uid=?",
                                    (sop_uid,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------- query
    def find(self, level: str, query: dict[str, Any], *, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
        level = level.upper()
        if level not in _RANK:
            raise NotFoundError(f"unknown query level {level!r} (use {', '.join(LEVELS)})")
        rank = _RANK[level]
        where, args = [], []
        for key, value in query.items():
            if key in KEYS:
                expr, kind, owner = KEYS[key]
                if _RANK[owner] > rank:
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
                if _RANK[owner] <= rank]
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
        with self._lock:
            row = self.conn.execute("SELECT metadata FROM instances WHERE sop_uid=?",
                                    (sop_uid,)).fetchone()
        if not row:
            raise NotFoundError(f"no instance {sop_uid}")
        return json.loads(row[0])

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

    # ---------------------------------------------------------------- versions
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
        with self._lock:
            row = self.conn.execute(
                "SELECT sha256 FROM versions WHERE sop_uid=? AND name=? AND frame=?",
                (sop_uid, name, frame)).fetchone()
        if not row:
            raise NotFoundError(f"version {name} frame {frame} of {sop_uid} is not built")
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
        with self._lock:
            row = self.conn.execute("SELECT status, diagnosis FROM studies WHERE study_uid=?",
                                    (study_uid,)).fetchone()
        if not row:
            raise NotFoundError(f"no study {study_uid}")
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

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("studies", "series", "instances")}

    def close(self) -> None:
        with self._lock:
            self.conn.close()


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
