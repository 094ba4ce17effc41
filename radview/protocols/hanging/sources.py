"""The metadata a hanging plan is made from: instance headers → display sets (pure).

Headers come in as plain keyword → value mappings (see :mod:`radview.dicom`),
from wherever the caller read them (``radview.net.sources``: a folder, a radview
server, any PACS); only headers are needed, pixel data never is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from radview.dicom import dataset_plain
from radview.errors import UsageError
from radview.protocols.anatomy.features import KEYWORDS as ANATOMY_KEYWORDS

# Keywords hanging reads, then those the anatomy model reads.
HANGING_KEYWORDS = (
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
KEYWORDS = tuple(dict.fromkeys(HANGING_KEYWORDS + tuple(ANATOMY_KEYWORDS)))


def dataset_meta(ds) -> dict[str, Any]:
    """The keywords hanging and the anatomy model read, from a pydicom Dataset."""
    return dataset_plain(ds, KEYWORDS)


def display_sets(instance_metas: Iterable[Mapping[str, Any]],
                 enrich: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
                 ) -> list[dict[str, Any]]:
    """Instances → display sets: one per series, split by view and laterality when a series mixes them.

    ``enrich(meta) -> meta`` completes the metadata of each display set's first instance
    (a folder source lists only the grouping keys of every file, then reads one full
    header per set: ``FolderSource.complete_header``).
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


def patient_display_sets(instance_metas: Sequence[Mapping[str, Any]], study_uid: str,
                         enrich: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
                         ) -> list[dict[str, Any]]:
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
