"""The interface every study source follows, and what it hands out.

The main window talks to every source through the same small interface, always
from a worker thread: ``search`` → study rows, ``series`` → series rows,
``load_series`` → images delivered one by one through ``on_image`` (coarse levels
first where the source is progressive), ``patient_headers`` → the instance headers
of a study and of the patient's other studies (what a hanging plan is made from).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pydicom

from radview.dicom import QueryValueError, parse_query_value, text_value
from radview.errors import RadviewError, UsageError
from radview.net.sources.rows import ORIGINAL

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
            try:
                ok = not value or parse_query_value("StudyDate", value).kind == "single"
            except QueryValueError:
                ok = False
            if not ok:
                raise UsageError(f"dates are YYYYMMDD; {name.replace('_', ' ')} is {value!r}")
        try:
            parse_query_value("ModalitiesInStudy", self.modality)
        except QueryValueError as exc:
            raise UsageError(str(exc)) from None
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


class SourceError(RadviewError):
    """The headers of a patient's studies could not be gathered from a source."""


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

    def _require_cache(self) -> None:
        """Images go through the cache: refused, before any transfer, for a source
        opened for headers only."""
        if getattr(self, "cache", None) is None:
            raise UsageError(f"{self.name} was opened for headers only; images need a cache")

    def close(self) -> None:
        pass

    # -- headers only (hanging plans) ------------------------------------------------
    def find_study(self, study_uid: str) -> dict | None:
        """The source's answer for one study (plain keywords, with PatientID), or None."""
        raise UsageError(f"{self.name} ({self.kind}) does not give instance headers")

    def study_headers(self, study_uid: str) -> list[dict]:
        """Plain headers of every instance of a study, without pixel data."""
        raise UsageError(f"{self.name} ({self.kind}) does not give instance headers")

    def patient_study_uids(self, patient_id: str) -> list[str]:
        return [s["study_uid"] for s in self.patient_studies(patient_id) if s.get("study_uid")]

    def patient_headers(self, study_uid: str) -> tuple[list[dict], dict]:
        """Headers of the study and of every other study of its patient, and a note of
        what was read. UsageError when the study is unknown; SourceError when the
        source fails."""
        try:
            found = self.find_study(study_uid)
            if not found:
                raise UsageError(f"study {study_uid} not found on {self.name}")
            patient_id = text_value(found.get("PatientID")).strip()
            studies = [study_uid]
            if patient_id:  # no Patient ID: no way to find priors safely
                studies += sorted(set(self.patient_study_uids(patient_id)) - {study_uid})
            metas = [meta for uid in studies for meta in self.study_headers(uid)]
        except UsageError:
            raise
        except RadviewError as exc:
            raise SourceError(f"{self.name}: {exc}") from exc
        return metas, {"source": self.name, "studies_queried": len(studies),
                       "instances": len(metas)}

    def complete_header(self, meta: dict) -> dict:
        """The full header for a light one from ``patient_headers`` (sources that list
        only grouping keys first, like a folder scan, read the rest here)."""
        return dict(meta)

