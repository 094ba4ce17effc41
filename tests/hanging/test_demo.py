"""Demo patients: each current study hangs with the right prior, unrelated priors stay out.

Runs the whole path: metadata-only demo files → folder scan → real anatomy model →
protocol library → plan, checked against the generator's ground truth (manifest.json).
A second run replaces the model by the manifest's own labels, to tell engine faults
from model faults.
"""

from __future__ import annotations

import json

import pytest

from radview.protocols.hanging import load_library, plan_for_study
from radview.net.sources import FolderSource
from radview.protocols.hanging.sources import patient_display_sets

# current study (modality, anatomy) → the built-in protocol it should get
EXPECTED_PROTOCOL = {
    ("CT", ("CHEST",)): "CT chest + prior",
    ("CT", ("ABDOMEN", "PELVIS")): "CT abdomen/pelvis + prior",
    ("DX", ("CHEST",)): "XR chest PA/LAT + prior",
    ("CR", ("CHEST",)): "XR chest PA/LAT + prior",
    ("MG", ("BREAST",)): "Mammography screening 4-view + prior",
    ("MR", ("HEAD",)): "MR brain",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from radview.demo.generator import generate

    out = tmp_path_factory.mktemp("demo")
    generate(out, patients=6, pixels=False, include_real=False, ct_slices=3)
    manifest = json.loads((out / "manifest.json").read_text())
    folder = FolderSource(out)
    metas, skipped = folder.scan()  # headers only: the files have no Pixel Data
    assert metas and not skipped
    return metas, [p for p in manifest["patients"] if p.get("source", "synthetic") == "synthetic"]


@pytest.fixture(scope="module")
def library():
    return load_library(user_dir=None).protocols


def _oracle(manifest_patients):
    truth = {s["series_uid"]: s for p in manifest_patients for st in p["studies"] for s in st["series"]}

    class P:
        def __init__(self, labels, lat):
            self.labels, self.laterality, self.confidence, self.unknown = tuple(labels), lat, 1.0, not labels

    def predict(metas):
        # Study-level inputs (a description without a series) have no ground truth: unknown.
        return [P(truth[m["SeriesInstanceUID"]]["anatomy"], truth[m["SeriesInstanceUID"]]["laterality"])
                if "SeriesInstanceUID" in m else P((), None) for m in metas]

    return predict


def _expected_protocol(current):
    if current["anatomy"] == ["KNEE"]:
        return {"L": "XR knee left + prior", "R": "XR knee right + prior", "B": "XR knees bilateral + prior"}[
            current["laterality"]]
    return EXPECTED_PROTOCOL[(current["modality"], tuple(sorted(current["anatomy"])))]


_complete = FolderSource(".").complete_header  # reads the file named in each light header


def _check_patient(metas, patient, library, predictor):
    studies = patient["studies"]
    current = next(s for s in studies if s["role"] == "current")
    priors = sorted((s for s in studies if s["role"] == "prior"), key=lambda s: s["date"] + s["time"], reverse=True)
    sets = patient_display_sets(metas, current["study_uid"], _complete)
    out = plan_for_study(sets, current["study_uid"], library, predictor=predictor).to_json()
    name = patient["patient_id"]

    assert out["protocol"]["name"] == _expected_protocol(current), name
    # every other study of the patient, most recent first, with the expected relevance
    assert [p["study_uid"] for p in out["priors"]] == [p["study_uid"] for p in priors], name
    assert [p["relevant"] for p in out["priors"]] == [p["relevant"] for p in priors], (name, out["priors"])
    # the most recent relevant prior is the one hung; unrelated priors stay out
    right = next(p["study_uid"] for p in priors if p["relevant"])
    chosen = [p["study_uid"] for p in out["priors"] if p["selected"]]
    assert chosen == [right], (name, out["priors"])
    shown = {v["study_uid"] for s in out["stages"] for v in s["viewports"] if v["series_uid"]}
    assert right in shown, name
    assert shown <= {current["study_uid"], right}, name
    assert out["fetch"] == [{"study_uid": right, "version": "comparison"}]
    # stage 1: every viewport on the current study is filled
    for v in out["viewports"]:
        if v["study"] == "current":
            assert v["series_uid"], (name, v)
    return out


def test_demo_patients_with_ground_truth_labels(demo, library):
    folder, patients = demo
    assert len(patients) == 6
    for patient in patients:
        _check_patient(folder, patient, library, _oracle(patients))


def test_demo_patients_with_the_anatomy_model(demo, library):
    folder, patients = demo
    for patient in patients:
        _check_patient(folder, patient, library, None)  # None = the shipped anatomy model


def test_demo_mammography_back_to_back(demo, library):
    folder, patients = demo
    patient = next(p for p in patients if p["studies"][0]["modality"] == "MG")
    out = _check_patient(folder, patient, library, _oracle(patients))
    by_label = {v["label"]: v for s in out["stages"] for v in s["viewports"]}
    for label in ("current RCC", "current RMLO", "prior RCC", "prior RMLO"):
        assert by_label[label]["display"]["displayed_orientation"][0] == "P", label  # chest wall right
    for label in ("current LCC", "current LMLO", "prior LCC", "prior LMLO"):
        assert by_label[label]["display"]["displayed_orientation"][0] == "A", label  # chest wall left
    assert [v["label"] for v in out["viewports"]] == ["current RCC", "current LCC", "prior RCC", "prior LCC",
                                                      "current RMLO", "current LMLO", "prior RMLO", "prior LMLO"]
