"""The study list's rows (study, series, instance) from a header, whatever its source.

A header arrives as a pydicom Dataset (a file, a C-GET), as DICOM JSON (QIDO-RS,
WADO-RS metadata) or as C-FIND keywords; :mod:`radview.dicom` turns each into the
same plain keyword → value mapping, and these functions turn that into the rows
the cache and the study browser use.
"""

from __future__ import annotations

from typing import Any, Mapping

from radview.dicom import dataset_plain, int_value, text_value

ORIGINAL = "original"  # the version name of a Part 10 original in the cache

STUDY_KEYWORDS = ("StudyInstanceUID", "PatientID", "PatientName", "PatientBirthDate", "StudyDate",
                  "ModalitiesInStudy", "Modality", "StudyDescription", "AccessionNumber")
SERIES_KEYWORDS = ("SeriesInstanceUID", "StudyInstanceUID", "Modality", "SeriesDescription",
                   "SeriesNumber", "BodyPartExamined")


def study_from_plain(r: Mapping[str, Any]) -> dict:
    """A study row from a plain header or query answer (one instance's Modality stands in
    for ModalitiesInStudy)."""
    return {"study_uid": text_value(r.get("StudyInstanceUID")),
            "patient_id": text_value(r.get("PatientID")),
            "patient_name": text_value(r.get("PatientName")),
            "birth_date": text_value(r.get("PatientBirthDate")),
            "study_date": text_value(r.get("StudyDate")),
            "modalities": text_value(r.get("ModalitiesInStudy") or r.get("Modality")),
            "description": text_value(r.get("StudyDescription")),
            "accession": text_value(r.get("AccessionNumber")),
            "status": _count(r.get("DiagnosticStatus")),
            "anatomy": r.get("Anatomy") or r.get("anatomy")}


def _count(value: Any) -> int | None:
    number = int_value(value)
    return number if number is not None and number >= 0 else None


def series_from_plain(r: Mapping[str, Any], study_uid: str | None = None) -> dict:
    return {"series_uid": text_value(r.get("SeriesInstanceUID")),
            "study_uid": study_uid or text_value(r.get("StudyInstanceUID")),
            "modality": text_value(r.get("Modality")),
            "description": text_value(r.get("SeriesDescription")),
            "number": int_value(r.get("SeriesNumber")),
            "body_part": text_value(r.get("BodyPartExamined")),
            "instances": _count(r.get("NumberOfSeriesRelatedInstances")),
            "anatomy": r.get("Anatomy") or r.get("anatomy")}


def instance_from_plain(r: Mapping[str, Any], study_uid: str | None = None,
                        meta: Mapping[str, Any] | None = None) -> dict:
    return {"sop_uid": text_value(r.get("SOPInstanceUID")),
            "series_uid": text_value(r.get("SeriesInstanceUID")),
            "study_uid": study_uid or text_value(r.get("StudyInstanceUID")),
            "number": int_value(r.get("InstanceNumber")),
            "rows": int_value(r.get("Rows")) or 0, "cols": int_value(r.get("Columns")) or 0,
            "meta": dict(meta) if meta is not None else dict(r)}


def study_row(ds) -> dict:
    row = study_from_plain(dataset_plain(ds, STUDY_KEYWORDS))
    row.pop("anatomy")
    return row


def series_row(ds) -> dict:
    row = series_from_plain(dataset_plain(ds, SERIES_KEYWORDS))
    for key in ("anatomy", "instances"):  # a file says nothing of either
        row.pop(key)
    return row


def instance_row(ds) -> dict:
    plain = dataset_plain(ds, ("SOPInstanceUID", "SeriesInstanceUID", "StudyInstanceUID",
                               "InstanceNumber", "Rows", "Columns", "ImagePositionPatient"))
    position = plain.get("ImagePositionPatient")
    meta = {"ImagePositionPatient": [float(v) for v in position]
            if isinstance(position, list) and position else None}
    return instance_from_plain(plain, meta=meta)
