"""Test helpers: display-set metadata builders and a stand-in anatomy predictor.

The stand-in is used only by unit tests of the engine's own logic; the demo-patient
tests run the real anatomy model.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

AXIAL = [1, 0, 0, 0, 1, 0]
CORONAL = [1, 0, 0, 0, 0, -1]
SAGITTAL = [0, 1, 0, 0, 0, -1]

_counter = itertools.count(1)


@dataclass(frozen=True)
class FakePrediction:
    labels: tuple[str, ...]
    laterality: str | None
    confidence: float = 0.9
    unknown: bool = False
    source: str = "model"
    model_version: str = "test-double"


def fake_predict_many(metas):
    """BodyPartExamined 'A+B' → labels; laterality from ImageLaterality/Laterality."""
    out = []
    for m in metas:
        bp = str(m.get("BodyPartExamined") or "")
        labels = tuple(x for x in bp.split("+") if x)
        lat = m.get("ImageLaterality") or m.get("Laterality") or None
        out.append(FakePrediction(labels, lat, unknown=not labels))
    return out


def uid(prefix: str = "1.2.826.0.1.3680043.10.999") -> str:
    return f"{prefix}.{next(_counter)}"


def series(study: dict, *, number: int, modality: str, desc: str = "", body: str = "",
           iop=None, view: str = "", lat: str = "", image_type=("ORIGINAL", "PRIMARY", "AXIAL"),
           contrast: str = "", orientation=None, series_uid: str | None = None, n: int = 10) -> dict:
    meta = dict(study)
    meta.update({
        "SeriesInstanceUID": series_uid or uid(), "SeriesNumber": number, "Modality": modality,
        "SeriesDescription": desc, "BodyPartExamined": body, "ImageType": list(image_type),
        "NumberOfSeriesRelatedInstances": n,
    })
    if iop is not None:
        meta["ImageOrientationPatient"] = iop
    if view:
        meta["ViewPosition"] = view
    if lat:
        meta["ImageLaterality"] = lat
    if contrast:
        meta["ContrastBolusAgent"] = contrast
    if orientation:
        meta["PatientOrientation"] = list(orientation)
    return meta


def study(date: str, desc: str, *, patient: str = "P1", study_uid: str | None = None) -> dict:
    return {"PatientID": patient, "StudyInstanceUID": study_uid or uid(), "StudyDate": date,
            "StudyTime": "120000", "StudyDescription": desc}
