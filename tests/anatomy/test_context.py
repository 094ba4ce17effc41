"""Study context, unknowns, laterality, phantoms and whole-body PET of the shipped model."""

from __future__ import annotations

import io
import json

import pytest

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import predict_many, predict_series
from radview.protocols.anatomy.predict_io import predict_stream

WB = ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS")
BARE = {"Modality": "CT", "SeriesDescription": "Recon 2"}


def test_a_bare_series_takes_its_study_anatomy():
    alone = predict_series(BARE)
    assert alone.unknown and alone.labels == ()
    study = {"series": [{"Modality": "CT", "SeriesDescription": "CHEST 5mm"},
                        {"Modality": "CT", "SeriesDescription": "Chest lung 1.25"},
                        {"Modality": "CT", "SeriesDescription": "Topogram 0.6 T20s"}]}
    p = predict_series(BARE, study)
    assert not p.unknown and p.labels == ("CHEST",)
    # the study description of the context counts like the series' own
    q = predict_series(BARE, {"StudyDescription": "CT ABDOMEN PELVIS W CONTRAST", "series": []})
    assert q.labels == ("ABDOMEN", "PELVIS")


def test_scouts_and_dose_pages_are_no_context():
    study = {"series": [{"Modality": "CT", "SeriesDescription": "Topogram 0.6 T20s"},
                        {"Modality": "CT", "SeriesDescription": "Dose Report"},
                        {"Modality": "SR", "SeriesDescription": "Radiation Dose Information"}]}
    assert C.sibling_sets(BARE, C.normalise(study)) == []
    assert predict_series(BARE, study).unknown


def test_a_series_that_names_its_anatomy_keeps_it_in_any_study():
    series = {"Modality": "CT", "SeriesDescription": "HEAD 5mm", "StudyDescription": "CT HEAD W/O"}
    study = {"series": [{"Modality": "CT", "SeriesDescription": "CHEST 5mm"}] * 3}
    assert predict_series(series, study).labels == ("HEAD",)


@pytest.mark.parametrize("bad", ["CT", 3, {"series": "x"}, {"series": [1, 2]}])
def test_malformed_context_is_refused(bad):
    with pytest.raises(C.ContextError):
        C.normalise(bad)


def test_predict_lines_with_study_context_and_bad_context():
    lines = [json.dumps({**BARE, "study": {"StudyDescription": "CT THORAX",
                                           "series": [{"Modality": "CT", "SeriesDescription": "Lunge 1mm"}]}}),
             json.dumps({**BARE, "study": "not a study"}),
             json.dumps(BARE),
             json.dumps({**BARE, "study": [{"Modality": "CT", "SeriesDescription": "ABD/PEL 5mm"}]})]
    out = io.StringIO()
    counts = predict_stream(iter(line + "\n" for line in lines), out)
    got = [json.loads(x) for x in out.getvalue().splitlines()]
    assert counts == {"lines": 4, "errors": 1}
    assert got[0]["labels"] == ["CHEST"]
    assert "bad study context" in got[1]["error"]
    assert got[2]["unknown"] is True
    assert got[3]["labels"] == ["ABDOMEN", "PELVIS"]
    assert set(got[0]) == set(got[2])  # the line format does not change with a context


@pytest.mark.parametrize("meta", [
    {"Modality": "MR", "SeriesDescription": "AX DWI"},
    {"Modality": "CT", "StudyDescription": "Research", "SeriesDescription": "Recon 3: 1.0"},
    {"Modality": "US"},
    {"Modality": "XA", "SeriesDescription": "Run 3"},
])
def test_unknown_when_nothing_names_the_anatomy(meta):
    p = predict_series(meta)
    assert p.unknown and p.labels == () and p.laterality is None


def test_breast_laterality():
    axial = predict_series({"Modality": "MR", "StudyDescription": "MRI BREAST BILAT W/WO",
                            "SeriesDescription": "Ax T1 FS post"})
    assert axial.labels == ("BREAST",) and axial.laterality == "B"
    left = predict_series({"Modality": "MR", "StudyDescription": "MRI BREAST BILAT",
                           "SeriesDescription": "Sag T2 FS Left"})
    assert left.laterality == "L"
    assert predict_series({"Modality": "MG", "SeriesDescription": "R MLO"}).laterality == "R"
    assert predict_series({"Modality": "MG", "ImageLaterality": "L"}).laterality == "L"


@pytest.mark.parametrize("meta, labels, side", [
    ({"Modality": "DX", "StudyDescription": "XR KNEE 3 VIEWS", "Laterality": "R"}, ("KNEE",), "R"),
    ({"Modality": "MR", "StudyDescription": "MRT Sprunggelenk links", "SeriesDescription": "pd_tse_sag"},
     ("ANKLE",), "L"),
    ({"Modality": "CR", "StudyDescription": "RX MANO DERECHA"}, ("HAND",), "R"),
    ({"Modality": "US", "StudyDescription": "US LOWER EXTREMITY VENOUS DUPLEX LEFT"}, ("THIGH", "KNEE", "LEG"), "L"),
    ({"Modality": "CT", "StudyDescription": "CT CHEST", "Laterality": "R"}, ("CHEST",), None),
])
def test_limb_laterality(meta, labels, side):
    p = predict_series(meta)
    assert (p.labels, p.laterality) == (labels, side)


def test_phantom_subject_shows_no_anatomy():
    p = predict_series({"Modality": "CT", "PatientName": "CATPHAN^600", "SeriesDescription": "Abdomen 5mm",
                        "BodyPartExamined": "ABDOMEN"})
    assert p.labels == () and not p.unknown


@pytest.mark.parametrize("meta", [
    {"Modality": "PT", "StudyDescription": "PET-CT Ganzkoerper", "SeriesDescription": "PET corr.",
     "BodyPartExamined": "ABDOMEN"},
    {"Modality": "CT", "StudyDescription": "PET/CT Tumor Imaging", "SeriesDescription": "CT 3.75 mm",
     "BodyPartExamined": "LUNG"},
    {"Modality": "PT", "SeriesDescription": "WB 3D AC", "BodyPartExamined": "CHEST"},
])
def test_whole_body_pet_whatever_body_part_says(meta):
    assert predict_series(meta).labels == WB


@pytest.mark.parametrize("text, labels", [
    ("CT C/A/P W CONTRAST", ("CHEST", "ABDOMEN", "PELVIS")),
    ("CT CH/ABD/PEL", ("CHEST", "ABDOMEN", "PELVIS")),
    ("CT Th/L nativ", ("TSPINE", "LSPINE")),
    ("MRT LWS", ("LSPINE",)),
    ("TC TORACE ADDOME", ("CHEST", "ABDOMEN", "PELVIS")),
    ("CT Thorax Abdomen", ("CHEST", "ABDOMEN")),
    ("IRM rachis lombaire", ("LSPINE",)),
    ("CT Schaedel nativ", ("HEAD",)),
    ("CTA RUNOFF", ("ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT")),
])
def test_abbreviations_and_languages(text, labels):
    modality = {"MR": "MR", "IR": "MR", "US": "US"}.get(text[:2], "CT")
    assert predict_series({"Modality": modality, "StudyDescription": text, "SeriesDescription": "1.0"}).labels \
        == labels


def test_batched_and_single_with_contexts_agree():
    metas = [BARE, {"Modality": "MR", "StudyDescription": "MR KNEE"}]
    studies = [{"series": [{"Modality": "CT", "SeriesDescription": "CHEST 5mm"}]}, None]
    batch = predict_many(metas, studies)
    assert [p.labels for p in batch] == [("CHEST",), ("KNEE",)]
    assert batch == [predict_series(m, s) for m, s in zip(metas, studies)]
    with pytest.raises(ValueError):
        predict_many(metas, studies[:1])
