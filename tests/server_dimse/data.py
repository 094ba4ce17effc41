"""Small studies with known attributes, made from real pydicom-data files."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pydicom
from pydicom.uid import generate_uid

from radview.resources.sample_images import pydicom_data_file


def instance(template: str, *, pixels: bool = True, **attrs) -> bytes:
    """A real file with attributes replaced (new UIDs are the caller's), as Part 10 bytes."""
    ds = pydicom.dcmread(pydicom_data_file(template))
    if not pixels:
        del ds.PixelData
    for key, value in attrs.items():
        setattr(ds, key, value)
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


@dataclass
class Catalogue:
    """What was ingested: study uid -> {series uid -> [sop uids]} and per-study facts."""

    studies: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    facts: dict[str, dict] = field(default_factory=dict)

    def instances(self, study_uid: str | None = None) -> list[str]:
        out = []
        for st, series in self.studies.items():
            if study_uid in (None, st):
                for sops in series.values():
                    out.extend(sops)
        return out


def two_patients(store) -> Catalogue:
    """DOE^JANE: CT 2024-01-10 (2 series x 2 images) and MR 2024-03-05 (1 image);
    ROE^RICHARD: CT 2023-06-01 (1 image). Real pixel data from 693_UNCR / emri_small."""
    cat = Catalogue()
    plan = [
        ("PID-1", "DOE^JANE", "20240110", "CT", "CT CHEST", "693_UNCR.dcm", [2, 2]),
        ("PID-1", "DOE^JANE", "20240305", "MR", "MR KNEE", "emri_small.dcm", [1]),
        ("PID-2", "ROE^RICHARD", "20230601", "CT", "CT HEAD", "693_UNCR.dcm", [1]),
    ]
    for pid, name, date, modality, description, template, series_sizes in plan:
        study_uid = generate_uid()
        cat.studies[study_uid] = {}
        cat.facts[study_uid] = {"PatientID": pid, "PatientName": name, "StudyDate": date,
                                "Modality": modality, "StudyDescription": description}
        for series_number, size in enumerate(series_sizes, start=1):
            series_uid = generate_uid()
            cat.studies[study_uid][series_uid] = []
            for number in range(1, size + 1):
                sop_uid = generate_uid()
                store.ingest(instance(
                    template, PatientID=pid, PatientName=name, StudyDate=date, SeriesDate=date,
                    Modality=modality, StudyDescription=description, StudyInstanceUID=study_uid,
                    SeriesInstanceUID=series_uid, SeriesNumber=series_number,
                    SOPInstanceUID=sop_uid, InstanceNumber=number, AccessionNumber=f"ACC{date}",
                ), source="test")
                cat.studies[study_uid][series_uid].append(sop_uid)
    return cat
