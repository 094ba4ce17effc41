"""Acute-care words: emergency, trauma, intensive care and point-of-care ultrasound
(``radview.protocols.anatomy.acute``), and the words read as a region only in ultrasound."""

from __future__ import annotations

import pytest

from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.model import default_model

CAP = {"CHEST", "ABDOMEN", "PELVIS"}
AP = {"ABDOMEN", "PELVIS"}
WB = set(L.WHOLE_BODY)
SPINE = {"CSPINE", "TSPINE", "LSPINE"}


def rule(meta: dict) -> set[str]:
    return F.rule_labels(meta)[0]


@pytest.mark.parametrize("text, expected", [
    ("eFAST", CAP), ("E-FAST trauma", CAP), ("FAST exam", CAP), ("Echographie FAST", CAP),
    ("RUSH protocol", CAP), ("Focused assessment with sonography for trauma", CAP),
    ("TC POLITRAUMA", WB), ("TDM polytraumatisé", WB), ("Politraumatizado", WB), ("Traumaspirale", WB),
    ("Pericardial effusion", {"CHEST"}), ("Pneumothorax", {"CHEST"}), ("PICC line insertion", {"CHEST"}),
    ("Port-a-cath", {"CHEST"}), ("ZVK Lagekontrolle", {"CHEST"}), ("Pleuraerguss", {"CHEST"}),
    ("US pylorus", {"ABDOMEN"}), ("Invagination", {"ABDOMEN"}), ("RUQ", {"ABDOMEN"}),
    ("CT appendicitis", AP), ("Nierenkolik", AP), ("Colique néphrétique", AP),
    ("CT SAH", {"HEAD"}), ("Ocular POCUS", {"HEAD"}), ("Optic nerve sheath", {"HEAD"}),
    ("Sinusvenenthrombose", {"HEAD"}), ("Code stroke", {"HEAD"}),
    ("MSCC", SPINE), ("Cord compression", SPINE), ("Cauda equina", {"LSPINE"}),
    ("Syndrome de la queue de cheval", {"LSPINE"}),
])
def test_acute_words(text, expected):
    assert F.lexicon_hits([F.normalise(text)])[0] == expected


@pytest.mark.parametrize("text", [
    # words left out on purpose: each means something else elsewhere
    "HSA", "LUS", "Bulbus", "Querschnitt", "CTV", "NG tube", "ICU portable", "Trauma series",
])
def test_words_left_out(text):
    assert F.lexicon_hits([F.normalise(text)])[0] == set()


@pytest.mark.parametrize("meta, expected", [
    ({"Modality": "US", "SeriesDescription": "FAST"}, CAP),
    ({"Modality": "US", "StudyDescription": "POCUS RUSH"}, CAP),
    ({"Modality": "US", "StudyDescription": "POCUS Aorta"}, {"ABDOMEN"}),
    ({"Modality": "US", "StudyDescription": "Bedside IVC"}, {"ABDOMEN"}),
    ({"Modality": "US", "StudyDescription": "DVT study"}, {"THIGH", "KNEE", "LEG"}),
    ({"Modality": "US", "StudyDescription": "DVT right arm"}, {"ARM", "ELBOW", "FOREARM"}),
    ({"Modality": "US", "StudyDescription": "DVT upper extremity"}, {"ARM", "ELBOW", "FOREARM"}),
])
def test_bedside_words_in_ultrasound(meta, expected):
    assert rule(meta) == expected


@pytest.mark.parametrize("meta, not_expected", [
    # the same words outside ultrasound, or where the field names the arm or the chest
    ({"Modality": "MR", "SeriesDescription": "FAST SE T2"}, CAP),
    ({"Modality": "MR", "SeriesDescription": "fast"}, CAP),
    ({"Modality": "CT", "StudyDescription": "CT Aorta"}, {"ABDOMEN"}),
    ({"Modality": "US", "StudyDescription": "Thoracic aorta"}, {"ABDOMEN"}),
])
def test_bedside_words_elsewhere(meta, not_expected):
    assert rule(meta) != not_expected


def test_ultrasound_words_leave_other_words_and_spelt_out_words_alone():
    assert F.ultrasound_words(["US", "INFERIOR", "VENA", "CAVA"]) == ["US", "INFERIOR", "VENA", "CAVA"]
    assert F.ultrasound_words(["FAST", "CLIP", "2"]) == ["EFAST", "CLIP", "2"]
    assert F.ultrasound_words(["THORACIC", "AORTA"]) == ["THORACIC", "AORTA"]


@pytest.mark.parametrize("meta, expected", [
    ({"Modality": "US", "StudyDescription": "EFAST", "SeriesDescription": "Clip 1"}, CAP),
    ({"Modality": "US", "StudyDescription": "POCUS", "SeriesDescription": "FAST"}, CAP),
    ({"Modality": "CT", "StudyDescription": "TC POLITRAUMA"}, WB),
    ({"Modality": "MR", "StudyDescription": "MR cauda equina"}, {"LSPINE"}),
    ({"Modality": "CT", "StudyDescription": "CT SAH"}, {"HEAD"}),
])
def test_the_shipped_model_answers_them(meta, expected):
    p = default_model().predict_series(meta)
    assert not p.unknown and set(p.labels) == expected
