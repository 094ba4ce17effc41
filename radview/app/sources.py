"""Where studies come from: local cache, a PACS by DIMSE or DICOMweb, the radview server.

Qt-free. The main window talks to every source through the same small interface,
always from a worker thread: ``search`` → study rows, ``series`` → series rows,
``load_series`` → images delivered one by one through ``on_image`` (coarse levels
first where the source is progressive). Everything fetched goes into the local
cache, so a study fetched once opens offline.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pydicom

from radview.app.local_import import ORIGINAL, instance_row, series_row, study_row
from radview.errors import RadviewError, UsageError
from radview.net.cache import Cache, CacheIntegrityError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class SearchFilters:
    patient: str = ""
    patient_id: str = ""
    date_from: str = ""  # YYYYMMDD
    date_to: str = ""
    modality: str = ""
    accession: str = ""
    description: str = ""

    def validate(self) -> "SearchFilters":
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value and (len(value) != 8 or not value.isdigit()):
                raise UsageError(f"dates are YYYYMMDD; {name.replace('_', ' ')} is {value!r}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UsageError("the 'from' date is after the 'to' date")
        return self


@dataclass
class ImageUpdate:
    """One image of a series as it arrives (possibly a coarse level, refined later)."""

    index: int
    count: int
    sop_uid: str
    meta: Any  # pydicom Dataset or DICOM-keyword mapping for the display pipeline
    pixels: np.ndarray
    version: str
    quality: int = 100
    lossy: bool = False
    level: int | None = None  # None = an original, not a pyramid level
    levels: int | None = None
    final: bool = True
    frame: int = 0  # 0-based frame of a multi-frame instance (progressive versions)
    extra: dict = field(default_factory=dict)

    def describe(self) -> str:
        text = self.version + (f" {self.quality}%" if self.version != ORIGINAL else "")
        if self.level is not None and self.levels:
            text += f" level {self.level + 1}/{self.levels}"
        return text + (" LOSSY" if self.lossy else "")


def _position_key(meta: dict) -> tuple:
    pos = (meta or {}).get("ImagePositionPatient")
    return (0, pos[2]) if pos else (1, 0)


def sort_instances(rows: list[dict]) -> list[dict]:
    """Slice order: by z position where known, then instance number."""
    return sorted(rows, key=lambda r: (_position_key(r.get("meta") or {}),
                                       r.get("number") if r.get("number") is not None else 0))


def decode_original(data: bytes, *, sop_uid: str = "") -> tuple[pydicom.Dataset, np.ndarray]:
    try:
        ds = pydicom.dcmread(io.BytesIO(data))
        return ds, ds.pixel_array
    except Exception as exc:  # decoder missing or damaged pixel data: say which image
        raise RadviewError(f"cannot decode image {sop_uid or '?'}: {exc}") from exc


def original_update(ds, pixels, index: int, count: int) -> ImageUpdate:
    lossy = str(ds.get("LossyImageCompression", "00")) == "01"
    return ImageUpdate(index, count, str(ds.SOPInstanceUID), ds, pixels, ORIGINAL,
                       quality=100 if not lossy else 0, lossy=lossy)


class Source:
    """Interface of a study source (see module docstring)."""

    name = "source"
    kind = "abstract"
    offline = False

    def search(self, filters: SearchFilters) -> list[dict]:
        raise NotImplementedError

    def series(self, study_uid: str) -> list[dict]:
        raise NotImplementedError

    def patient_studies(self, patient_id: str) -> list[dict]:
        if not patient_id:
            return []
        return [s for s in self.search(SearchFilters(patient_id=patient_id))
                if s.get("patient_id") == patient_id]

    def load_series(self, study_uid: str, series_uid: str, *,
                    on_header: Callable[[list], None], on_image: Callable[[ImageUpdate], None],
                    choice=None, viewport=None, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> int:
        """Deliver the series' headers once (datasets or keyword mappings, for the
        viewer's ImageStack), then pixels image by image, coarse levels first where
        the source is progressive. Returns the number of images."""
        raise NotImplementedError

    def thumbnail(self, study_uid: str, series_uid: str) -> ImageUpdate | None:
        return None

    def close(self) -> None:
        pass


class CacheSource(Source):
    """Studies already on this machine: imported folders and everything fetched before."""

    kind = "cache"
    offline = True

    def __init__(self, cache: Cache, name: str = "Local (this computer)"):
        self.cache = cache
        self.name = name

    def search(self, filters: SearchFilters) -> list[dict]:
        f = filters.validate()
        return self.cache.studies(patient=f.patient, patient_id=f.patient_id,
                                  date_from=f.date_from, date_to=f.date_to, modality=f.modality,
                                  accession=f.accession, description=f.description)

    def series(self, study_uid: str) -> list[dict]:
        rows = self.cache.series_of(study_uid)
        for row in rows:
            row["instances"] = len(self.cache.instances_of(row["series_uid"]))
        return rows

    def _instances(self, series_uid: str) -> list[dict]:
        rows = sort_instances(self.cache.instances_of(series_uid))
        if not rows:
            raise RadviewError(f"series {series_uid} has no images in the local cache")
        return rows

    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        rows = self._instances(series_uid)
        updates = []
        for n, row in enumerate(rows):
            if cancel is not None and cancel():
                return 0
            updates.append(self._update(row["sop_uid"], n, len(rows)))
            if progress is not None:
                progress(n + 1, len(rows))
        on_header([u.meta for u in updates])
        for update in updates:
            on_image(update)
        return len(updates)

    def _update(self, sop_uid: str, index: int, count: int) -> ImageUpdate:
        for version in self.cache_versions(sop_uid):
            try:
                blob = self.cache.get_blob(sop_uid, version)
            except CacheIntegrityError:
                continue  # dropped; try another version, else report below
            if blob is None:
                continue
            if version == ORIGINAL:
                ds, pixels = decode_original(blob.data, sop_uid=sop_uid)
                return original_update(ds, pixels, index, count)
            return self._container_update(sop_uid, version, blob, index, count)
        raise RadviewError(f"image {sop_uid} is not in the local cache (or was damaged); "
                           "connect to its server to fetch it again")

    def _container_update(self, sop_uid, version, blob, index, count) -> ImageUpdate:
        """A progressive version fetched from the radview server earlier (offline reading)."""
        from radview.codec import decode, read_header

        rows = list(self.cache.db["instances"].rows_where("sop_uid = ?", [sop_uid]))
        meta = self._decode_meta(rows[0]["meta"]) if rows else {}
        header = read_header(blob.data)
        level = blob.level if blob.level is not None else len(header.levels) - 1
        pixels = decode(blob.data, level=level)
        name, _, frame = version.partition("/")
        quality = int(meta.get("_quality", 100 if name == "V1" else 0) or 0)
        return ImageUpdate(index, count, sop_uid, meta, pixels, name, quality=quality,
                           lossy=not header.lossless, level=level, levels=len(header.levels),
                           frame=int(frame) - 1 if frame else 0)

    @staticmethod
    def _decode_meta(value):
        import json
        return json.loads(value) if isinstance(value, str) else (value or {})

    def cache_versions(self, sop_uid: str) -> list[str]:
        rows = self.cache.db.execute(
            "select version from versions where sop_uid = ? order by version", [sop_uid]).fetchall()
        return sorted((r[0] for r in rows), key=lambda v: (v != ORIGINAL, v))

    def thumbnail(self, study_uid, series_uid) -> ImageUpdate | None:
        rows = self._instances(series_uid)
        return self._update(rows[len(rows) // 2]["sop_uid"], len(rows) // 2, len(rows))


class _RetrievingSource(Source):
    """A PACS: originals are retrieved whole into the cache, then shown."""

    def __init__(self, cache: Cache, name: str):
        self.cache = cache
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

    def __init__(self, cache: Cache, connection):
        from radview.net.dimse import DimseClient, DimsePeer

        super().__init__(cache, connection.name)
        self.connection = connection
        self.client = DimseClient(DimsePeer(connection.host, int(connection.port),
                                            connection.ae_title, connection.calling_ae))

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
        rows = [_study_from_keywords(r) for r in self.client.find("STUDY", query)]
        if f.modality:  # ModalitiesInStudy matching is optional for a PACS: check answers
            wanted = f.modality.upper()
            rows = [r for r in rows if not r["modalities"]
                    or wanted in r["modalities"].upper().split("\\")]
        return rows

    def series(self, study_uid: str) -> list[dict]:
        rows = self.client.find("SERIES", {"StudyInstanceUID": study_uid})
        return [_series_from_keywords(r, study_uid) for r in rows]

    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        query = {"StudyInstanceUID": study_uid, "SeriesInstanceUID": series_uid}
        with tempfile.TemporaryDirectory(prefix="radview-dimse-") as tmp:
            if self.connection.retrieve == "move":
                from radview.net.dimse import LocalStorageSCP

                with LocalStorageSCP(tmp, ae_title=self.connection.calling_ae,
                                     port=int(self.connection.move_port or 0)) as scp:
                    paths = self.client.move("SERIES", query, scp, progress=progress, cancel=cancel)
            else:
                paths = self.client.get("SERIES", query, tmp, progress=progress, cancel=cancel)
            blobs = [Path(p).read_bytes() for p in paths]
        if not blobs:
            raise RadviewError(f"{self.name} sent no images for series {series_uid}")
        return self._emit(blobs, on_header, on_image, cancel)


class DicomWebSource(_RetrievingSource):
    """Any PACS by DICOMweb: QIDO-RS for the list, WADO-RS for images."""

    kind = "dicomweb"

    def __init__(self, cache: Cache, connection):
        from radview.net.dicomweb import DicomWebClient

        super().__init__(cache, connection.name)
        self.client = DicomWebClient(connection.url)

    def search(self, filters: SearchFilters) -> list[dict]:
        f = filters.validate()
        rows = self.client.search_studies(
            date_from=f.date_from, date_to=f.date_to, patient=f.patient,
            patient_id=f.patient_id, modality=f.modality, accession=f.accession,
            description=f.description)
        return [_study_from_keywords(r) for r in rows]

    def series(self, study_uid: str) -> list[dict]:
        rows = self.client.search("series", study_uid=study_uid)
        return [_series_from_keywords(r, study_uid) for r in rows]

    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        blobs = self.client.retrieve_series(study_uid, series_uid, progress=progress, cancel=cancel)
        return self._emit(blobs, on_header, on_image, cancel)

    def close(self) -> None:
        self.client.close()


def _join(value) -> str:
    return "\\".join(value) if isinstance(value, list) else str(value or "")


def _study_from_keywords(r: dict) -> dict:
    return {"study_uid": r.get("StudyInstanceUID", ""), "patient_id": str(r.get("PatientID", "")),
            "patient_name": str(r.get("PatientName", "")),
            "birth_date": str(r.get("PatientBirthDate", "")),
            "study_date": str(r.get("StudyDate", "")), "modalities": _join(r.get("ModalitiesInStudy")),
            "description": str(r.get("StudyDescription", "")),
            "accession": str(r.get("AccessionNumber", ""))}


def _series_from_keywords(r: dict, study_uid: str) -> dict:
    number = r.get("SeriesNumber")
    count = r.get("NumberOfSeriesRelatedInstances")
    return {"series_uid": r.get("SeriesInstanceUID", ""), "study_uid": study_uid,
            "modality": str(r.get("Modality", "")), "description": str(r.get("SeriesDescription", "")),
            "number": int(number) if str(number or "").strip().lstrip("-").isdigit() else None,
            "body_part": str(r.get("BodyPartExamined", "")),
            "instances": int(count) if str(count or "").isdigit() else None}


def open_source(connection, cache: Cache) -> Source:
    """The source for a stored connection (radview server, DIMSE PACS or DICOMweb PACS)."""
    if connection.kind == "dimse":
        return DimseSource(cache, connection)
    if connection.kind == "dicomweb":
        return DicomWebSource(cache, connection)
    if connection.kind == "radview":
        from radview.app.radview_source import RadviewSource

        return RadviewSource(cache, connection)
    raise UsageError(f"unknown connection kind {connection.kind!r}")
