"""Sources on this machine: the local cache, and a folder of DICOM files (headers only)."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError

from radview.dicom import dataset_plain
from radview.errors import RadviewError, UsageError
from radview.net.cache import Cache, CacheIntegrityError
from radview.net.sources.base import (
    ImageUpdate, SearchFilters, Source, decode_original, original_update, sort_instances,
)
from radview.net.sources.rows import ORIGINAL


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
        return json.loads(value) if isinstance(value, str) else (value or {})

    def cache_versions(self, sop_uid: str) -> list[str]:
        rows = self.cache.db.execute(
            "select version from versions where sop_uid = ? order by version", [sop_uid]).fetchall()
        return sorted((r[0] for r in rows), key=lambda v: (v != ORIGINAL, v))

    def thumbnail(self, study_uid, series_uid) -> ImageUpdate | None:
        rows = self._instances(series_uid)
        return self._update(rows[len(rows) // 2]["sop_uid"], len(rows) // 2, len(rows))


# Keys a folder scan reads from every file (grouping into series and views);
# the full header is read once per display set (``complete_header``).
GROUP_KEYS = ("PatientID", "IssuerOfPatientID", "StudyInstanceUID", "SeriesInstanceUID",
              "SOPInstanceUID", "InstanceNumber", "ViewPosition", "ImageLaterality", "Laterality")


class FolderSource(Source):
    """A folder of DICOM files, for headers only (``radview hang --dir``).

    Metadata-only files (no Pixel Data) are fine; pixel data is never read.
    ``patient_headers`` lists every file of the folder with its grouping keys and
    ``_path``; the hanging planner keeps the patient's and asks ``complete_header``
    for the first instance of each display set.
    """

    kind = "folder"
    offline = True

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.name = str(folder)

    def _read(self, path: Path, keys=None):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd values in foreign files are not our problem here
            return pydicom.dcmread(path, stop_before_pixels=True,
                                   specific_tags=list(keys) if keys else None)

    def scan(self) -> tuple[list[dict], int]:
        """The grouping keys of every DICOM file under the folder (with ``_path``), and
        how many files were skipped."""
        if not self.folder.is_dir():
            raise UsageError(f"not a folder: {self.folder}")
        metas, skipped = [], 0
        for root, _dirs, files in os.walk(self.folder):
            for name in sorted(files):
                if name.upper() == "DICOMDIR" or name.endswith(".json"):
                    continue
                path = Path(root) / name
                try:
                    ds = self._read(path, GROUP_KEYS)
                except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError):
                    skipped += 1
                    continue
                if "StudyInstanceUID" not in ds or "SeriesInstanceUID" not in ds:
                    skipped += 1
                    continue
                meta = dataset_plain(ds, GROUP_KEYS)
                meta["_path"] = str(path)
                metas.append(meta)
        return metas, skipped

    def patient_headers(self, study_uid: str) -> tuple[list[dict], dict]:
        metas, skipped = self.scan()
        if not metas:
            raise UsageError(f"no DICOM files found in {self.folder}")
        return metas, {"source": self.name, "files_read": len(metas), "files_skipped": skipped}

    def complete_header(self, meta: dict) -> dict:
        if "_path" not in meta:
            return dict(meta)
        out = dataset_plain(self._read(Path(meta["_path"])))
        out["_path"] = meta["_path"]
        return out
