"""The shipped ONNX model: metadata, decisions, multilingual and combined examples."""

from __future__ import annotations

import json

import onnxruntime as ort
import pytest

from radview.protocols.anatomy import LABELS, Prediction, predict_many, predict_series
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy.model import AnatomyModel, AnatomyModelError, default_model_path, plausible


def test_model_file_is_small_and_carries_its_metadata():
    path = default_model_path()
    assert path.stat().st_size < 5_000_000
    meta = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]) \
        .get_modelmeta().custom_metadata_map
    outputs = json.loads(meta["labels"])
    assert outputs[:len(LABELS)] == list(LABELS) and outputs[-1] == "NONE"
    settings = json.loads(meta["feature_settings"])
    assert settings["dimension"] == F.DIMENSION
    assert settings["feature_version"] == F.FEATURE_VERSION
    assert meta["version"]
    assert 0.5 <= float(meta["threshold"]) <= float(meta["threshold_no_evidence"]) < 1.0
    assert json.loads(meta["provenance"])["split"].startswith("sha256")


@pytest.mark.parametrize("meta, labels", [
    ({"Modality": "CT", "StudyDescription": "CT CHEST ABDOMEN PELVIS W CONTRAST",
      "SeriesDescription": "AXIAL 5MM"}, ("CHEST", "ABDOMEN", "PELVIS")),
    ({"Modality": "CT", "StudyDescription": "CT CAP", "SeriesDescription": "Body 3.0 CE"},
     ("CHEST", "ABDOMEN", "PELVIS")),
    ({"Modality": "CT", "StudyDescription": "CT ABDOMEN PELVIS", "SeriesDescription": "PORTAL"},
     ("ABDOMEN", "PELVIS")),
    ({"Modality": "PT", "StudyDescription": "PET CT SKULL BASE TO MID THIGH", "SeriesDescription": "PET AC"},
     ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS")),
    ({"Modality": "MR", "StudyDescription": "MRT Knie links", "SeriesDescription": "pd_tse_fs_sag"}, ("KNEE",)),
    ({"Modality": "MR", "StudyDescription": "IRM GENOU DROIT", "SeriesDescription": "T1 COR"}, ("KNEE",)),
    ({"Modality": "CR", "StudyDescription": "RX MANO IZQUIERDA", "SeriesDescription": "PA"}, ("HAND",)),
    ({"Modality": "CT", "StudyDescription": "TC ENCEFALO SENZA MDC", "SeriesDescription": "ASSIALI"}, ("HEAD",)),
    ({"Modality": "MR", "StudyDescription": "MR Schulter rechts", "SeriesDescription": "t2_tse_fs_cor"},
     ("SHOULDER",)),
    ({"Modality": "CT", "StudyDescription": "TK MIEDNICY", "SeriesDescription": "AX"}, ("PELVIS",)),
    ({"Modality": "MR", "StudyDescription": "MRI L-SPINE WO", "SeriesDescription": "SAG T2"}, ("LSPINE",)),
    ({"Modality": "MG", "SeriesDescription": "R MLO"}, ("BREAST",)),
    ({"Modality": "CT", "StudyDescription": "CT HEAD", "SeriesDescription": "Topogram 0.6 T20s"}, ("HEAD",)),
])
def test_predictions(meta, labels):
    p = predict_series(meta)
    assert not p.unknown, p
    assert p.labels == labels
    assert p.confidence >= 0.5
    assert p.source == "model" and p.model_version


@pytest.mark.parametrize("meta", [
    {},
    {"Modality": "CT", "StudyDescription": "asdfgh", "SeriesDescription": "qwerty"},
    {"PatientName": "X", "Foo": [1, 2, {"x": None}]},
])
def test_unknown_on_empty_or_garbage(meta):
    p = predict_series(meta)
    assert p.unknown and p.labels == () and p.laterality is None


def test_dose_report_has_no_anatomy_and_is_not_unknown():
    p = predict_series({"Modality": "CT", "StudyDescription": "CT CHEST", "SeriesDescription": "Dose Report"})
    assert p.labels == () and not p.unknown


def test_laterality_only_for_limbs_and_breast():
    knee = predict_series({"Modality": "DX", "StudyDescription": "XR KNEE 3 VIEWS", "Laterality": "R"})
    assert knee.labels == ("KNEE",) and knee.laterality == "R"
    chest = predict_series({"Modality": "CT", "StudyDescription": "CT CHEST", "Laterality": "R"})
    assert chest.labels == ("CHEST",) and chest.laterality is None


def test_predict_many_keeps_order_and_json_shape():
    metas = [{"Modality": "MG"}, {}, {"Modality": "CT", "StudyDescription": "CT HEAD"}]
    preds = predict_many(metas)
    assert [p.labels for p in preds] == [("BREAST",), (), ("HEAD",)]
    j = preds[0].to_json()
    assert set(j) >= {"labels", "laterality", "confidence", "unknown"}
    assert Prediction.from_json({**j, "source": "model"}) == preds[0]


def test_plausible_sets():
    assert plausible(("CHEST", "ABDOMEN", "PELVIS"))
    assert plausible(("PELVIS", "HIP"))
    assert not plausible(("HEAD", "PELVIS"))
    assert not plausible(("HAND", "FOOT"))
    assert not plausible(("CHEST", "KNEE"))


def test_no_guess_from_priors_alone():
    # Nothing names the anatomy: the model must not answer from what is common in its data.
    for meta in ({"Modality": "MR", "StudyDescription": "MR", "SeriesDescription": "MR"},
                 {"Modality": "MR", "SeriesDescription": "AX DWI"},
                 {"Modality": "CT", "SeriesDescription": "Recon 2"}):
        assert predict_series(meta).unknown, meta


def test_pet_is_whole_body_without_other_words():
    p = predict_series({"Modality": "PT", "SeriesDescription": "FDG 3D SUV OSEM"})
    assert p.labels == ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS") and not p.unknown


def test_label_confidence_lists_candidates():
    p = predict_series({"Modality": "CT", "StudyDescription": "CT CAP"})
    scores = dict(p.label_confidence)
    assert set(p.labels) <= set(scores) and all(scores[x] >= 0.5 for x in p.labels)
    assert p.to_json()["label_confidence"] == scores


def test_bad_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(AnatomyModelError, match="not found"):
        AnatomyModel(tmp_path / "missing.onnx")
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"not an onnx model")
    with pytest.raises(AnatomyModelError, match="cannot load"):
        AnatomyModel(bad)
