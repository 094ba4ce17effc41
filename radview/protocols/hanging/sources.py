"""Where the metadata for a hanging plan comes from: a folder, or a server/PACS by DICOMweb.

Both give a list of *display sets* (see :mod:`priors`) for the current study and
every other study of the same patient. Only headers are read: metadata-only
files (no Pixel Data) are fine, pixel data is never loaded.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from radview.errors import RadviewError, UsageError

# Keywords hanging reads, plus those the anatomy model reads (merged from its own extractor).
KEYWORDS = (
    "PatientID", "IssuerOfPatientID", "PatientName", "StudyInstanceUID", "StudyDate", "StudyTime",
    "StudyDescription", "AccessionNumber", "SeriesInstanceUID", "SeriesNumber", "SeriesDescription",
    "ProtocolName", "Modality", "BodyPartExamined", "ImageOrientationPatient", "ViewPosition",
    "ImageLaterality", "Laterality", "ImageType", "ContrastBolusAgent", "ContrastBolusRoute",
    "PatientOrientation", "SOPInstanceUID", "SOPClassUID", "InstanceNumber", "Manufacturer",
    "StationName", "InstitutionName", "PatientSex", "PatientAge", "SliceThickness", "Rows", "Columns",
    "ScanningSequence", "SequenceName", "EchoTime", "RepetitionTime", "ConvolutionKernel",
    "ViewCodeSequence", "ProcedureCodeSequence", "AnatomicRegionSequence", "RequestedProcedureDescription",
    "PerformedProcedureStepDescription", "FrameOfReferenceUID",
)


class SourceError(RadviewError):
    """The studies for a plan could not be gathered."""


def _plain(value: Any) -> Any:
    """pydicom element value → JSON-able plain value (sequences → list of dicts)."""
    from pydicom.dataset import Dataset
    from pydicom.multival import MultiValue
    from pydicom.sequence import Sequence as DicomSequence

    if isinstance(value, DicomSequence):
        return [dataset_meta(item) for item in value]
    if isinstance(value, Dataset):
        return dataset_meta(value)
    if isinstance(value, (MultiValue, list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (int, float, str)) or value is None:
        return value
    if isinstance(value, bytes):
        return None
    return str(value)


def dataset_meta(ds) -> dict[str, Any]:
    """The keywords hanging and the anatomy model read, from a pydicom Dataset."""
    out: dict[str, Any] = {}
    for kw in KEYWORDS:
        if kw in ds:
            try:
                out[kw] = _plain(ds[kw].value)
            except Exception:  # a malformed element must not stop the plan; it is just left out
                continue
    try:
        from radview.protocols.anatomy import metadata_from_dataset
    except ImportError:
        return out
    try:
        extra = metadata_from_dataset(ds)
    except Exception:
        return out
    for k, v in extra.items():
        out.setdefault(k, v)
    return out


def display_sets(instance_metas: Iterable[Mapping[str, Any]], enrich=None) -> list[dict[str, Any]]:
    """Instances → display sets: one per series, split by view and laterality when a series mixes them.

    ``enrich(meta) -> meta`` completes the metadata of each display set's first instance
    (a folder scan reads only the grouping keys of every file, then one full header per set).
    """
    by_series: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for m in instance_metas:
        key = (str(m.get("StudyInstanceUID", "")), str(m.get("SeriesInstanceUID", "")))
        if key[0] and key[1]:
            by_series.setdefault(key, []).append(m)
    out = []
    for items in by_series.values():
        items.sort(key=lambda m: (_num(m.get("InstanceNumber")), str(m.get("SOPInstanceUID", ""))))
        groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for m in items:
            vkey = (str(m.get("ViewPosition") or ""), str(m.get("ImageLaterality") or m.get("Laterality") or ""))
            groups.setdefault(vkey, []).append(m)
        split = len(groups) > 1
        for members in groups.values():
            meta = dict(enrich(members[0]) if enrich else members[0])
            uids = [str(m.get("SOPInstanceUID", "")) for m in members]
            meta["NumberOfSeriesRelatedInstances"] = len(members)
            meta["_instance_uids"] = uids
            if split:
                meta["_subset_uids"] = uids
            out.append(meta)
    return out


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("inf")


def _patient_key(meta: Mapping[str, Any]) -> tuple[str, str]:
    return (str(meta.get("PatientID") or "").strip(), str(meta.get("IssuerOfPatientID") or "").strip())


_GROUP_KEYS = ("PatientID", "IssuerOfPatientID", "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID",
               "InstanceNumber", "ViewPosition", "ImageLaterality", "Laterality")


def _read_header(path: Path, keys: Sequence[str] | None = None):
    import pydicom

    return pydicom.dcmread(path, stop_before_pixels=True, specific_tags=list(keys) if keys else None)


def _quiet(fn):
    """Odd values in foreign files (pydicom warns as it converts them) are not the reader's problem here."""
    import functools
    import warnings

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn(*args, **kwargs)

    return wrapper


@_quiet
def full_meta_from_file(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Complete a light folder-scan entry from its file (keeps the ``_path``)."""
    if "_path" not in meta:
        return dict(meta)
    out = dataset_meta(_read_header(Path(meta["_path"])))
    out["_path"] = meta["_path"]
    return out


@_quiet
def scan_folder(folder: Path) -> tuple[list[dict[str, Any]], int]:
    """The grouping keys of every DICOM file under ``folder`` (with ``_path``); returns (metas, skipped).

    Pass :func:`full_meta_from_file` as ``enrich`` to :func:`display_sets` for the rest.
    """
    from pydicom.errors import InvalidDicomError

    if not folder.is_dir():
        raise UsageError(f"not a folder: {folder}")
    metas, skipped = [], 0
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            if name.upper() == "DICOMDIR" or name.endswith(".json"):
                continue
            path = Path(root) / name
            try:
                ds = _read_header(path, _GROUP_KEYS)
            except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError):
                skipped += 1
                continue
            if "StudyInstanceUID" not in ds or "SeriesInstanceUID" not in ds:
                skipped += 1
                continue
            meta = {kw: _plain(ds[kw].value) for kw in _GROUP_KEYS if kw in ds}
            meta["_path"] = str(path)
            metas.append(meta)
    return metas, skipped


def patient_display_sets(instance_metas: Sequence[Mapping[str, Any]], study_uid: str,
                         enrich=None) -> list[dict[str, Any]]:
    """Display sets of the study and of every other study of the same patient."""
    current = [m for m in instance_metas if m.get("StudyInstanceUID") == study_uid]
    if not current:
        raise UsageError(f"study {study_uid} is not among the files given")
    patient = _patient_key(current[0])
    if patient[0]:
        mine = [m for m in instance_metas if _patient_key(m) == patient]
    else:
        mine = current  # no Patient ID: no way to find priors safely
    sets = display_sets(mine, enrich)
    for meta in sets:
        meta.pop("_path", None)
    return sets


def gather_from_folder(folder: Path, study_uid: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    metas, skipped = scan_folder(folder)
    if not metas:
        raise UsageError(f"no DICOM files found in {folder}")
    sets = patient_display_sets(metas, study_uid, full_meta_from_file)
    return sets, {"source": str(folder), "files_read": len(metas), "files_skipped": skipped}


class _RadviewDicomWeb:
    """The radview server's DICOMweb, through its own client (same calls as DicomWebClient)."""

    def __init__(self, client):
        self.client = client

    def search(self, level: str, query: Mapping[str, Any], includefield: Sequence[str] = ()) -> list[dict]:
        from radview.net.dicomweb import flatten

        params = dict(query)
        if includefield:
            params["includefield"] = ",".join(includefield)
        return [flatten(item) for item in self.client.qido(level, **params)]

    def metadata(self, study_uid: str) -> list[dict]:
        from radview.net.dicomweb import flatten

        return [flatten(item) for item in self.client.study_metadata(study_uid)]

    def close(self) -> None:
        self.client.close()


def _connect(url: str, **tls_and_token):
    """A radview server (it answers /api/health) through RadviewClient, else any DICOMweb
    root. ``tls_and_token``: RadviewClient's token, ca_cert, client_cert, client_key."""
    import httpx

    from radview.net.dicomweb import DicomWebClient
    from radview.net.radview_client import tls_verify

    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--server must be an http:// or https:// URL, got {url!r}")
    try:
        probe = httpx.get(url.rstrip("/") + "/api/health", timeout=5,
                          verify=tls_verify(tls_and_token.get("ca_cert"),
                                            tls_and_token.get("client_cert"),
                                            tls_and_token.get("client_key")))
        is_radview = probe.status_code == 200 and probe.headers.get("content-type", "").startswith("application/json") \
            and "counts" in probe.json()
    except (httpx.HTTPError, ValueError):
        is_radview = False
    if is_radview:
        from radview.net.radview_client import RadviewClient

        return _RadviewDicomWeb(RadviewClient(url, **tls_and_token))
    return DicomWebClient(url)


def gather_from_server(url: str, study_uid: str, *, client=None, **tls_and_token
                       ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """QIDO-RS for the patient's studies, then WADO-RS metadata (headers only) per study."""
    own = client is None
    client = client or _connect(url, **tls_and_token)
    try:
        found = client.search("studies", {"StudyInstanceUID": study_uid},
                              includefield=("PatientID", "IssuerOfPatientID"))
        if not found:
            raise UsageError(f"study {study_uid} not found on {url}")
        patient_id = str(found[0].get("PatientID") or "").strip()
        studies = [study_uid]
        if patient_id:
            others = client.search("studies", {"PatientID": patient_id})
            studies += sorted({str(s.get("StudyInstanceUID")) for s in others} - {study_uid})
        metas: list[dict[str, Any]] = []
        for uid in studies:
            for item in client.metadata(uid):
                item.pop("PixelData", None)
                metas.append(item)
    except UsageError:
        raise
    except RadviewError as exc:
        raise SourceError(f"{url}: {exc}") from exc
    finally:
        if own:
            client.close()
    sets = patient_display_sets(metas, study_uid)
    return sets, {"source": url, "studies_queried": len(studies), "instances": len(metas)}


def parse_pacs(spec: str, *, calling_ae: str = "RADVIEW_WS"):
    """``AE@HOST:PORT`` → DimsePeer."""
    from radview.net.dimse import DimsePeer

    ae, sep, rest = spec.partition("@")
    host, colon, port = rest.rpartition(":")
    if not sep or not colon or not ae or not host or not port.isdigit():
        raise UsageError(f"--pacs must look like AE_TITLE@HOST:PORT, got {spec!r}")
    return DimsePeer(host, int(port), ae, calling_ae)


_STUDY_KEYS = ("StudyInstanceUID", "PatientID", "IssuerOfPatientID", "StudyDate", "StudyTime",
               "StudyDescription", "AccessionNumber")
_SERIES_KEYS = ("StudyInstanceUID", "SeriesInstanceUID", "SeriesNumber", "Modality", "SeriesDescription",
                "BodyPartExamined", "ProtocolName", "Laterality")
_IMAGE_KEYS = ("SOPInstanceUID", "InstanceNumber", "ImageOrientationPatient", "ViewPosition",
               "ImageLaterality", "ImageType", "PatientOrientation", "ContrastBolusAgent")


def gather_from_pacs(spec: str, study_uid: str, *, calling_ae: str = "RADVIEW_WS",
                     client=None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """C-FIND (study root) at STUDY, SERIES and IMAGE level: any PACS, headers only."""
    from radview.net.dimse import DimseClient

    client = client or DimseClient(parse_pacs(spec, calling_ae=calling_ae))
    found = client.find("STUDY", {"StudyInstanceUID": study_uid}, keys=_STUDY_KEYS)
    if not found:
        raise UsageError(f"study {study_uid} not found on {spec}")
    patient_id = str(found[0].get("PatientID") or "").strip()
    studies = {study_uid: found[0]}
    if patient_id:
        for row in client.find("STUDY", {"PatientID": patient_id}, keys=_STUDY_KEYS):
            studies.setdefault(str(row.get("StudyInstanceUID")), row)
    metas: list[dict[str, Any]] = []
    for uid, study_row in sorted(studies.items()):
        for series_row in client.find("SERIES", {"StudyInstanceUID": uid}, keys=_SERIES_KEYS):
            series_uid = str(series_row.get("SeriesInstanceUID"))
            images = client.find("IMAGE", {"StudyInstanceUID": uid, "SeriesInstanceUID": series_uid},
                                 keys=_IMAGE_KEYS)
            for image in images or [{}]:
                meta = {k: v for k, v in study_row.items() if v != ""}
                meta.update({k: v for k, v in series_row.items() if v != ""})
                meta.update({k: v for k, v in image.items() if v != ""})
                metas.append(meta)
    sets = patient_display_sets(metas, study_uid)
    return sets, {"source": spec, "studies_queried": len(studies), "instances": len(metas)}
