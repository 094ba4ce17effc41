"""Abbreviations, more languages, generated neuro studies and the model/lexicon agreement."""

from __future__ import annotations

import numpy as np
import pytest

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import synthetic
from radview.protocols.anatomy.model import agrees_with_rule, predict_series

CAP = {"CHEST", "ABDOMEN", "PELVIS"}


@pytest.mark.parametrize("text, expected", [
    ("CT ANGIO ABD WITH CH AND PEL", CAP),  # CH beside a lower region is the chest
    ("CT CH/ABD/PEL", CAP),
    ("MR ABD 8CH BODY COIL", {"ABDOMEN"}),  # coil channels, not the chest
    ("CH", set()),  # alone it names nothing
    ("HEAD 32 CH", {"HEAD"}),
    ("hrudník a břicho nativ", {"CHEST", "ABDOMEN"}),  # Czech
    ("CT hlavy", {"HEAD"}),
    ("MR bederní páteř", {"LSPINE"}),
    ("CT malá pánev", {"PELVIS"}),
    ("CT Schädel nativ", {"HEAD"}),
    ("CT LWS", {"LSPINE"}),
    ("Th/L", {"TSPINE", "LSPINE"}),
    ("Teilkörper", set(L.WHOLE_BODY)),
    ("CT NCAP", {"NECK", "CHEST", "ABDOMEN", "PELVIS"}),
    ("CT STN", {"NECK"}),
    ("CT T-L SPINE", {"TSPINE", "LSPINE"}),
    ("PET/CT Vertex to Toes", set(L.WHOLE_BODY)),  # the spec's whole body, not the feet
    ("XR TOES LEFT", {"FOOT"}),
])
def test_abbreviations_and_languages(text, expected):
    labels, _ = F.lexicon_hits([F.normalise(text)])
    assert labels == expected


@pytest.mark.parametrize("text", ["2D_AX_T2_FLAIR", "t2_tirm_tra_dark-fluid", "3D_SAG_T1_MP2RAGE", "NEURO"])
def test_neuro_sequence_hint(text):
    labels, hints = F.lexicon_hits([F.normalise(text)])
    assert labels == set() and "~NEURO" in hints


@pytest.mark.parametrize("value", [None, 7, 3.5, ["CH", {"CodeMeaning": None}], {"vr": "LO"}, "", "////",
                                   {"CodeValue": 1}, [[["ABD"]], "CH"]])
def test_feature_extraction_takes_bad_values(value):
    meta = F.clean({"SeriesDescription": value, "StudyDescription": value, "BodyPartExamined": value,
                    "Modality": value, "AnatomicRegionSequence": value})
    names = F.feature_names(meta)
    assert names["bias"] == 1.0 and all(np.isfinite(v) for v in names.values())
    vec = C.vectorize({"SeriesDescription": value}, {"series": [{"SeriesDescription": value}]})
    assert vec.shape == (F.DIMENSION,) and np.isfinite(vec).all()


def test_generated_neuro_studies_are_deterministic_and_labelled():
    a = list(synthetic.neuro_studies(5))
    b = list(synthetic.neuro_studies(5))
    assert a == b and len(a) > 300
    heads = [m for m, labels, _ in a if labels == {"HEAD"}]
    assert len(heads) > 0.6 * len(a)
    for meta, labels, ctx in a:
        assert meta["Modality"] == "MR" and labels and labels <= set(L.LABELS)
        if ctx is not None:
            assert C.normalise(ctx)["series"] and all("StudyDescription" not in m for m in ctx["series"])
    # spine studies use FLAIR too: there the study text names the anatomy
    spine = [m for m, labels, _ in a if labels & {"CSPINE", "TSPINE", "LSPINE"}]
    assert spine and all(F.lexicon_hits([F.normalise(m["StudyDescription"])])[0] for m in spine)


def test_agreement_with_the_lexicon_rule():
    assert agrees_with_rule({"Modality": "CT", "BodyPartExamined": "LUNG"}, ["CHEST"])
    assert not agrees_with_rule({"Modality": "CT", "BodyPartExamined": "LUNG"}, ["CHEST", "ABDOMEN"])
    assert not agrees_with_rule({"Modality": "CT", "SeriesDescription": "Recon 2"}, ["CHEST"])
    ct = {"Modality": "CT", "StudyDescription": "CT ABDOMEN", "SeriesDescription": "Venous 3mm"}
    assert agrees_with_rule(ct, ["ABDOMEN"])
    petct = C.normalise({"series": [{"Modality": "PT", "SeriesDescription": "PET AC"}]})
    # the CT of a PET/CT study is whole body: "abdomen" from its study text does not agree
    assert not agrees_with_rule(ct, ["ABDOMEN"], petct)
    assert agrees_with_rule(ct, list(L.WHOLE_BODY), petct)


@pytest.mark.parametrize("meta, study", [
    ({"Modality": "MR", "StudyDescription": "Preop", "SeriesDescription": "2D_AX_T2_FLAIR"}, None),
    ({"Modality": "MR", "StudyDescription": "Follow-up", "SeriesDescription": "t1_mprage_sag_p2_iso"}, None),
    ({"Modality": "MR", "StudyDescription": "Intraop", "SeriesDescription": "2D_AX_T2_BLADE"},
     {"series": [{"Modality": "MR", "SeriesDescription": "3D_SAG_T2_FLAIR"},
                 {"Modality": "MR", "SeriesDescription": "3D_AX_T1_MP2RAGE"}]}),
])
def test_neuro_mr_named_only_by_sequences_is_head(meta, study):
    p = predict_series(meta, study)
    assert p.labels == ("HEAD",) and not p.unknown, p


def test_generic_sequence_in_a_spine_study_is_not_head():
    p = predict_series({"Modality": "MR", "StudyDescription": "MRI L-SPINE WO", "SeriesDescription": "SAG T1 FLAIR"})
    assert p.labels == ("LSPINE",) and not p.unknown, p


@pytest.mark.parametrize("meta, labels", [
    ({"Modality": "CT", "StudyDescription": "CT C/A/P W", "SeriesDescription": "Axial 5mm"}, CAP),
    ({"Modality": "CT", "StudyDescription": "CT ANGIO ABD WITH CH AND PEL", "SeriesDescription": "Art"}, CAP),
    ({"Modality": "CT", "StudyDescription": "CT Thorax/Abdomen/Becken", "SeriesDescription": "Weichteil 5mm"},
     CAP),
    ({"Modality": "CT", "StudyDescription": "CT LWS", "SeriesDescription": "Knochen 2mm"}, {"LSPINE"}),
    ({"Modality": "PT", "StudyDescription": "PET CT", "SeriesDescription": "PET AC", "BodyPartExamined": "LUNG"},
     set(L.WHOLE_BODY)),
    ({"Modality": "CT", "PatientName": "CATPHAN^QA", "SeriesDescription": "Helical 5mm"}, set()),
])
def test_multi_region_abbreviations_pet_and_phantoms(meta, labels):
    p = predict_series(meta)
    assert set(p.labels) == labels and not p.unknown, p


@pytest.mark.parametrize("text, expected", [
    ("US DOPPLER VENOUS LOWER EXTREMITY LEFT", {"THIGH", "KNEE", "LEG"}),  # any word order
    ("Peripheral angiogram right leg", {"THIGH", "KNEE", "LEG"}),
    ("Duplex Beinvenen rechts", {"THIGH", "KNEE", "LEG"}),
    ("US Arterial upper extremity right", {"ARM", "ELBOW", "FOREARM"}),
    ("US Arterial Doppler Bilateral Lower Extremities", {"THIGH", "KNEE", "LEG"}),
    ("CTA UPPER EXTREMITIES", {"ARM", "ELBOW", "FOREARM"}),
    ("CTA LOWER EXTREMITY RUNOFF", {"ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}),
    ("XR LEG 2 VIEWS", {"LEG"}),  # not vascular: the lower leg
    ("MR ANGIO HEAD", {"HEAD"}),
])
def test_vascular_limb_studies_follow_the_vessels(text, expected):
    labels, _ = F.lexicon_hits([F.normalise(text)])
    assert labels == expected


def test_qa_acquisitions_show_no_anatomy():
    from radview.protocols.anatomy.model import is_qa_test

    assert is_qa_test({"StudyDescription": "ACR QA", "SeriesDescription": "T1 SAG"})
    assert is_qa_test({"SeriesDescription": "Daily QC"})
    assert not is_qa_test({"StudyDescription": "CT CHEST QA REVIEW"})  # names an anatomy
    assert not is_qa_test({"StudyDescription": "QUALITY", "SeriesDescription": "AQA"})
    p = predict_series({"Modality": "MR", "StudyDescription": "ACR QA", "SeriesDescription": "T1 SAG"})
    assert p.labels == () and not p.unknown


def test_ct_of_a_pet_ct_study_is_whole_body():
    ct = {"Modality": "CT", "StudyDescription": "Unspecified CT ABDOMEN", "SeriesDescription": "Venous 3mm",
          "BodyPartExamined": "ABDOMEN"}
    petct = {"series": [{"Modality": "PT", "SeriesDescription": "PET corr."}]}
    assert predict_series(ct).labels == ("ABDOMEN",)  # alone: what it says
    assert predict_series(ct, petct).labels == L.WHOLE_BODY
    head = {"Modality": "CT", "StudyDescription": "PET CT BRAIN", "SeriesDescription": "CT HEAD 3mm"}
    assert predict_series(head, petct).labels == ("HEAD",)  # a head PET/CT keeps to the head
    from radview.protocols.anatomy.model import Prediction, whole_body_if_petct

    mr = Prediction(("ABDOMEN",), None, 0.99, False)
    assert whole_body_if_petct(mr, {"Modality": "MR"}, C.normalise(petct)) is mr  # the rule is the CT's
    assert whole_body_if_petct(mr, {"Modality": "CT"}, None) is mr
