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


def _rewrite(tmp_path, name, graph_of):
    """The shipped model with its weights and metadata but another graph."""
    import onnx
    from onnx import helper, numpy_helper

    shipped = onnx.load(str(default_model_path()))
    weights = {t.name: numpy_helper.to_array(t) for t in shipped.graph.initializer}
    model = helper.make_model(graph_of(weights["W"], weights["b"]),
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    for entry in shipped.metadata_props:
        model.metadata_props.add().CopyFrom(entry)
    path = tmp_path / name
    path.write_bytes(model.SerializeToString())
    return path


def _dense_graph(W, b):  # model format 1: the whole 32768-wide vector in
    from onnx import TensorProto, helper, numpy_helper

    return helper.make_graph(
        [helper.make_node("MatMul", ["features", "W"], ["l0"]), helper.make_node("Add", ["l0", "b"], ["l"]),
         helper.make_node("Sigmoid", ["l"], ["probabilities"])], "dense",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", W.shape[0]])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", W.shape[1]])],
        initializer=[numpy_helper.from_array(W, "W"), numpy_helper.from_array(b, "b")])


SAMPLE = [{"Modality": "CT", "StudyDescription": "CT CAP", "SeriesDescription": "Body 3.0 CE"},
          {"Modality": "MR", "StudyDescription": "MRT Knie links", "SeriesDescription": "pd_tse_fs_sag"},
          {"Modality": "MG", "SeriesDescription": "R MLO"}, {"Modality": "SR"}, {},
          {"Modality": "CR", "StudyDescription": "RX MANO IZQUIERDA", "SeriesDescription": "PA"}]


def test_shipped_graph_reads_only_the_columns_in_use_and_agrees_with_the_whole_vector(tmp_path):
    import numpy as np

    from radview.protocols.anatomy import context as C

    shipped = AnatomyModel()
    assert shipped.sparse  # model format 2
    dense = AnatomyModel(_rewrite(tmp_path, "dense.onnx", _dense_graph))
    assert not dense.sparse  # a format-1 model written before still loads and answers
    rows = [C.entries(F.clean(m), None)[0] for m in SAMPLE]
    assert np.allclose(shipped.probabilities(rows), dense.probabilities(rows), atol=1e-6)
    by_vector = dense.session.run(None, {"features": np.stack([C.vectorize(m) for m in SAMPLE])})[0]
    assert np.allclose(shipped.probabilities(rows), by_vector, atol=1e-6)
    assert [p.labels for p in dense.predict_many(SAMPLE)] == [p.labels for p in shipped.predict_many(SAMPLE)]
    assert shipped.probabilities([]).shape == (0, len(shipped.outputs))


def test_a_batch_larger_than_one_run_answers_as_series_one_by_one(monkeypatch):
    from radview.protocols.anatomy import model as M

    model = AnatomyModel()
    one_by_one = [model.predict_series(m) for m in SAMPLE * 3]
    monkeypatch.setattr(M, "BATCH", 4)  # 18 series: five runs of the graph
    assert model.predict_many(SAMPLE * 3) == one_by_one


def test_a_graph_with_other_inputs_is_refused(tmp_path):
    from onnx import TensorProto, helper, numpy_helper

    def two_inputs(W, b):
        return helper.make_graph(
            [helper.make_node("Add", ["x", "y"], ["s"]), helper.make_node("Sigmoid", ["s"], ["probabilities"])],
            "odd", [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["N", 22]) for n in ("x", "y")],
            [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 22])],
            initializer=[numpy_helper.from_array(b, "unused")])

    with pytest.raises(AnatomyModelError, match="unexpected inputs"):
        AnatomyModel(_rewrite(tmp_path, "odd.onnx", two_inputs))
