"""Ingest into the embedded store: parse, split bulk values off, commit atomically."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import sqlite3
import time

from radview.server import bulk
from radview.dicom.query import valid_uid
from radview.server.storage import DuplicateConflict, IngestError, IngestResult

log = logging.getLogger("radview.server.store")


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


class IngestMixin:
    """EmbeddedStore's ingest half (needs conn, blobs, _lock, bulk_threshold)."""

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
        # Refused rather than stored unreachable: these UIDs are path segments of
        # DICOMweb URLs and the unique keys of C-GET/C-MOVE.
        for key in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"):
            if not valid_uid(_text(ds, key)):
                raise IngestError(f"{key} {_text(ds, key)[:70]!r} is not a valid DICOM UID "
                                  "(digits and dots, at most 64 characters)")
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
                    IngestMixin._paths(item, f"{path}/{i}/", out)
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
            if existing != file_sha and self._dataset_differs(sop_uid, data):
                log.warning("instance %s offered again with a different dataset by %s; "
                            "refused, the stored copy is kept", sop_uid, source)
                raise DuplicateConflict(f"SOP Instance UID {sop_uid} is already stored with "
                                        "different content; the stored copy is kept", sop_uid)
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

    def _dataset_differs(self, sop_uid: str, data: bytes) -> bool:
        """Whether the dataset (the file meta aside: senders build their own) differs."""
        stored = self.read_original(sop_uid)
        return stored[bulk.dataset_start(stored)[0]:] != data[bulk.dataset_start(data)[0]:]

    def _existing(self, sop_uid: str) -> str | None:
        with self._lock:
            row = self.conn.execute("SELECT file_sha256 FROM instances WHERE sop_uid=?",
                                    (sop_uid,)).fetchone()
        return row[0] if row else None
