"""Gated CT as evidence, and the choice of the decision thresholds (calibrate.py)."""

from __future__ import annotations

import numpy as np
import pytest

from radview.protocols.anatomy import calibrate
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import synthetic
from radview.protocols.anatomy import cases as E
from radview.protocols.anatomy.cases import Case
from radview.protocols.anatomy.model import AnatomyModel, default_model_path
from radview.protocols.anatomy.train import OUTPUTS


@pytest.mark.parametrize("text, gated", [
    ("Gated 30%", True), ("4D CT 20%", True), ("Ave-IP 0%_10%_20%_30%", True), ("MIP 0%..90%", True),
    ("ECG gated cor", True), ("Resp 50%", True), ("T=0% T=50%", True),
    ("AX 2.5 40% ASIR", False), ("Chest 5mm", False), ("RESPONSE assessment", False), ("P4D", False),
    ("", False),
])
def test_gated_ct(text, gated):
    assert F.is_gated_ct({"Modality": "CT", "SeriesDescription": text}) is gated
    assert not F.is_gated_ct({"Modality": "MR", "SeriesDescription": text})  # resp-triggered liver MR
    if gated:  # gating counts as evidence, so the ordinary threshold applies
        assert C.has_evidence({"Modality": "CT", "SeriesDescription": text}, None)


def test_generated_gated_studies_say_gated_where_alone():
    examples = list(synthetic.gated_studies())
    assert len(examples) > 300
    assert all(m["Modality"] == "CT" for m, _, _ in examples)
    assert all(F.is_gated_ct(m) for m, _, ctx in examples if ctx is None)  # "40%" alone teaches nothing
    assert {frozenset({"CHEST"}), frozenset({"ABDOMEN"})} <= {lab for _, lab, _ in examples}


def _fake_model(probabilities: dict[str, dict[str, float]]) -> AnatomyModel:
    """The shipped model's decision over given probabilities (per SeriesDescription)."""
    model = AnatomyModel(default_model_path())

    def scored(metas, contexts):
        probs = np.full((len(metas), len(OUTPUTS)), 0.01, dtype=np.float32)
        for row, meta in zip(probs, metas):
            for label, p in probabilities[meta["SeriesDescription"]].items():
                row[OUTPUTS.index(label)] = p
        return probs, [C.has_evidence(m, c) for m, c in zip(metas, contexts)]

    model.scored = scored
    return model


def _cases(truths):
    return [Case({"Modality": "CT", "SeriesDescription": f"Z{i}"}, frozenset(t), None, "c")
            for i, t in enumerate(truths)]


def test_thresholds_answer_a_bare_guess_only_when_it_is_right_often_enough():
    probs = {f"Z{i}": {"CHEST": 0.8} for i in range(20)}
    # nothing names the anatomy; the model's guess is right every time: answer it
    right = calibrate.choose(_fake_model(probs), _cases([{"CHEST"}] * 20), log=lambda *_: None)
    assert right["threshold_no_evidence"] <= 0.8
    assert right["chosen"]["no_bpe"]["exact"] == pytest.approx(1.0)
    # right only 17 times in 20 (< the 0.90 floor where nothing is named): unknown
    wrong = calibrate.choose(_fake_model(probs), _cases([{"CHEST"}] * 17 + [{"ABDOMEN"}] * 3),
                             log=lambda *_: None)
    assert wrong["threshold_no_evidence"] > 0.8
    assert wrong["chosen"]["all_fields"]["unknown"] == pytest.approx(1.0)


def test_strata_weigh_by_square_root_and_duplicates_merge():
    big = [Case({"Modality": "MG", "SeriesDescription": "L CC"}, frozenset({"BREAST"}), "L", "big")] * 100
    small = [Case({"Modality": "CT", "SeriesDescription": f"chest {i}"}, frozenset({"CHEST"}), None, "small")
             for i in range(4)]
    unique, weights = calibrate.weighted_cases(big + small)
    assert len(unique) == 5
    assert weights[0] == pytest.approx(10.0) and weights[1:].sum() == pytest.approx(2.0)


def test_memoised_model_answers_as_the_plain_one():
    """The calibration's caches (probabilities, and the lone predictions of a study's other
    series) change the speed of the threshold grid, never an answer."""
    study = {"StudyDescription": "Research", "series": [
        {"Modality": "MR", "SeriesDescription": "AX FLAIR"}, {"Modality": "MR", "SeriesDescription": "SAG T1"},
        {"Modality": "MR", "SeriesDescription": "MRI BRAIN AX DWI"}, {"Modality": "CT", "SeriesDescription": "Recon 2"},
        {"Modality": "MR", "SeriesDescription": "KNEE PD LEFT"}]}
    cases = [Case(dict(m, BodyPartExamined="HEAD"), frozenset({"HEAD"}), None, "g",
                  C.normalise(dict(study, series=[o for o in study["series"] if o is not m])))
             for m in study["series"]]
    plain, cached = AnatomyModel(default_model_path()), calibrate.memoise(AnatomyModel(default_model_path()))
    for t, tn in ((0.5, 0.5), (0.95, 0.99), (0.7, 1.01)):
        plain.threshold = cached.threshold = t
        plain.threshold_no_evidence = cached.threshold_no_evidence = tn
        for bodypart in (True, False):
            assert E.model_answers(cached, cases, bodypart=bodypart, study=True) == \
                E.model_answers(plain, cases, bodypart=bodypart, study=True)
