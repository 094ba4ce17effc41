"""Any PACS as a study source: by DIMSE (C-FIND, C-GET/C-MOVE) or by DICOMweb (QIDO/WADO-RS).

Originals are retrieved whole into the local cache, then shown.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError

from radview.dicom import dataset_plain
from radview.errors import RadviewError
from radview.net.cache import Cache
from radview.net.sources.base import (
    SearchFilters, Source, _position_key, decode_original, original_update,
)
from radview.net.sources.rows import (
    ORIGINAL, instance_row, series_from_plain, series_row, study_from_plain, study_row,
)

# C-FIND return keys when gathering headers (study root, three levels)
STUDY_KEYS = ("StudyInstanceUID", "PatientID", "IssuerOfPatientID", "StudyDate", "StudyTime",
              "StudyDescription", "AccessionNumber")
SERIES_KEYS = ("StudyInstanceUID", "SeriesInstanceUID", "SeriesNumber", "Modality",
               "SeriesDescription", "BodyPartExamined", "ProtocolName", "Laterality")
IMAGE_KEYS = ("SOPInstanceUID", "InstanceNumber", "ImageOrientationPatient", "ViewPosition",
              "ImageLaterality", "ImageType", "PatientOrientation", "ContrastBolusAgent")


class _RetrievingSource(Source):
    """A PACS: originals are retrieved whole into the cache, then shown."""

    def __init__(self, cache: Cache | None, name: str):
        self.cache = cache  # None: headers only (no images are fetched)
        self.name = name

    def _store(self, data: bytes) -> pydicom.Dataset:
        ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True)
        row = study_row(ds)
        self.cache.put_study(row, source=self.name)
        self.cache.put_series(series_row(ds))
        self.cache.put_instance(instance_row(ds))
        self.cache.put_blob(str(ds.SOPInstanceUID), ORIGINAL, data, study_uid=row["study_uid"])
        return ds

    def _emit(self, blobs: list[bytes], on_header, on_image, cancel) -> int:
        decoded = []
        for data in blobs:
            ds = self._store(data)
            decoded.append((instance_row(ds), data))
        decoded.sort(key=lambda item: (_position_key(item[0]["meta"]), item[0]["number"] or 0))
        updates = []
        for n, (row, data) in enumerate(decoded):
            if cancel is not None and cancel():
                return 0
            ds, pixels = decode_original(data, sop_uid=row["sop_uid"])
            updates.append(original_update(ds, pixels, n, len(decoded)))
        on_header([u.meta for u in updates])
        for update in updates:
            on_image(update)
        return len(updates)


class DimseSource(_RetrievingSource):
    """Any PACS by DIMSE: C-FIND for the list, C-GET or C-MOVE for images."""

    kind = "dimse"

    def __init__(self, cache: Cache | None, connection, *, client=None):
        from radview.net.dimse import DimseClient, DimsePeer

        super().__init__(cache, connection.name)
        self.connection = connection
        self.client = client or DimseClient(DimsePeer(connection.host, int(connection.port),
                                                      connection.ae_title, connection.calling_ae))
        self._study_rows: dict[str, dict] = {}

    def search(self, filters: SearchFilters) -> list[dict]:
        f = filters.validate()
        query = {}
        if f.patient:
            query["PatientName"] = f"*{f.patient}*"
        for key, value in (("PatientID", f.patient_id), ("AccessionNumber", f.accession),
                           ("ModalitiesInStudy", f.modality)):
            if value:
                query[key] = value
        if f.description:
            query["StudyDescription"] = f"*{f.description}*"
        if f.date_from or f.date_to:
            query["StudyDate"] = f"{f.date_from}-{f.date_to}"
        rows = [study_from_plain(r) for r in self.client.find("STUDY", query)]
        if f.modality:  # ModalitiesInStudy matching is optional for a PACS: check answers
            wanted = f.modality.upper()
            rows = [r for r in rows if not r["modalities"]
                    or wanted in r["modalities"].upper().split("\\")]
        return rows

    def series(self, study_uid: str) -> list[dict]:
        rows = self.client.find("SERIES", {"StudyInstanceUID": study_uid})
        return [series_from_plain(r, study_uid) for r in rows]

    def find_study(self, study_uid: str) -> dict | None:
        found = self.client.find("STUDY", {"StudyInstanceUID": study_uid}, keys=STUDY_KEYS)
        if found:
            self._study_rows[study_uid] = found[0]
        return found[0] if found else None

    def patient_study_uids(self, patient_id: str) -> list[str]:
        rows = self.client.find("STUDY", {"PatientID": patient_id}, keys=STUDY_KEYS)
        for row in rows:
            self._study_rows.setdefault(str(row.get("StudyInstanceUID")), row)
        return [str(row.get("StudyInstanceUID")) for row in rows]

    def study_headers(self, study_uid: str) -> list[dict]:
        """C-FIND at SERIES and IMAGE level; each instance gets its study's and series' keys."""
        study = self._study_rows.get(study_uid) or self.find_study(study_uid) or {}
        metas = []
        for series in self.client.find("SERIES", {"StudyInstanceUID": study_uid},
                                       keys=SERIES_KEYS):
            query = {"StudyInstanceUID": study_uid,
                     "SeriesInstanceUID": str(series.get("SeriesInstanceUID"))}
            for image in self.client.find("IMAGE", query, keys=IMAGE_KEYS) or [{}]:
                meta = {}
                for level in (study, series, image):
                    meta.update({k: v for k, v in level.items() if v != ""})
                metas.append(meta)
        return metas

    def _retrieve(self, level: str, query: dict, tmp: str, progress=None, cancel=None) -> list:
        if self.connection.retrieve == "move":
            from radview.net.dimse import LocalStorageSCP

            with LocalStorageSCP(tmp, ae_title=self.connection.calling_ae,
                                 port=int(self.connection.move_port or 0)) as scp:
                return self.client.move(level, query, scp, progress=progress, cancel=cancel)
        return self.client.get(level, query, tmp, progress=progress, cancel=cancel)

    def complete_header(self, meta: dict) -> dict:
        """Many PACS answer an IMAGE-level C-FIND without Image Type, View Position or
        laterality: then this one instance is retrieved and its own header read (once
        per display set, before planning). A failure keeps what C-FIND gave."""
        if meta.get("ImageType") or not meta.get("SOPInstanceUID"):
            return dict(meta)
        query = {k: meta.get(k) for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID")}
        try:
            with tempfile.TemporaryDirectory(prefix="radview-header-") as tmp:
                paths = self._retrieve("IMAGE", query, tmp)
                ds = pydicom.dcmread(paths[0], stop_before_pixels=True) if paths else None
        except (RadviewError, OSError, InvalidDicomError):
            return dict(meta)
        if ds is None:
            return dict(meta)
        return {**meta, **dataset_plain(ds)}

    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        self._require_cache()
        query = {"StudyInstanceUID": study_uid, "SeriesInstanceUID": series_uid}
        with tempfile.TemporaryDirectory(prefix="radview-dimse-") as tmp:
            paths = self._retrieve("SERIES", query, tmp, progress=progress, cancel=cancel)
            blobs = [Path(p).read_bytes() for p in paths]
        if not blobs:
            raise RadviewError(f"{self.name} sent no images for series {series_uid}")
        return self._emit(blobs, on_header, on_image, cancel)


class DicomWebSource(_RetrievingSource):
    """Any PACS by DICOMweb: QIDO-RS for the list, WADO-RS for images."""

    kind = "dicomweb"

    def __init__(self, cache: Cache | None, connection, *, client=None):
        from radview.net.dicomweb import DicomWebClient

        super().__init__(cache, connection.name)
        self.client = client or DicomWebClient(connection.url,
                                               token=connection.token or None,
                                               verify=connection.tls())

    def search(self, filters: SearchFilters) -> list[dict]:
        f = filters.validate()
        rows = self.client.search_studies(
            date_from=f.date_from, date_to=f.date_to, patient=f.patient,
            patient_id=f.patient_id, modality=f.modality, accession=f.accession,
            description=f.description)
        return [study_from_plain(r) for r in rows]

    def series(self, study_uid: str) -> list[dict]:
        rows = self.client.search("series", study_uid=study_uid)
        return [series_from_plain(r, study_uid) for r in rows]

    def find_study(self, study_uid: str) -> dict | None:
        found = self.client.search("studies", {"StudyInstanceUID": study_uid},
                                   includefield=("PatientID", "IssuerOfPatientID"))
        return found[0] if found else None

    def patient_study_uids(self, patient_id: str) -> list[str]:
        return [str(s.get("StudyInstanceUID"))
                for s in self.client.search("studies", {"PatientID": patient_id})]

    def study_headers(self, study_uid: str) -> list[dict]:
        return self.client.metadata(study_uid)

    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        self._require_cache()
        blobs = self.client.retrieve_series(study_uid, series_uid, progress=progress, cancel=cancel)
        return self._emit(blobs, on_header, on_image, cancel)

    def close(self) -> None:
        self.client.close()
