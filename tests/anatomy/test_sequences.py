"""Sequence and acquisition names that imply a region when no field names one (the last resort
of ``model.predict_many``), and the obstetric and lung-disease words of the vocabulary: good
cases beside the ones the rule must leave alone."""

import pytest

from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import sequences as S
from radview.protocols.anatomy.model import default_model


@pytest.fixture(scope="module")
def model():
    return default_model()


def answer(model, meta, study=None):
    p = model.predict_series(meta, study)
    return None if p.unknown else (set(p.labels), p.laterality)


@pytest.mark.parametrize("meta, labels, side", [
    ({"Modality": "MR", "SeriesDescription": "Accelerated Sagittal MPRAGE"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "rsfMRI"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "SpinEchoFieldMap_AP"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "T1w_MPR_vNav"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "Axial 3D pCASL"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "4CH cine"}, {"CHEST"}, None),
    ({"Modality": "MR", "SeriesDescription": "LGE SAX"}, {"CHEST"}, None),
    ({"Modality": "MR", "SeriesDescription": "MOLLI T1 map"}, {"CHEST"}, None),
    ({"Modality": "MR", "SeriesDescription": "SAG_3D_DESS_RIGHT"}, {"KNEE"}, "R"),
    ({"Modality": "CT", "SeriesDescription": "Insp 1.0", "StudyDescription": "COPDGene"}, {"CHEST"}, None),
    ({"Modality": "CT", "SeriesDescription": "Exp 1.0"}, {"CHEST"}, None),
    ({"Modality": "US", "StudyDescription": "US OB > 14 WKS"}, {"PELVIS"}, None),
    ({"Modality": "US", "StudyDescription": "Echografie zwangerschap 20 weken"}, {"PELVIS"}, None),
    ({"Modality": "US", "StudyDescription": "Oberbauchsonographie"}, {"ABDOMEN"}, None),
    ({"Modality": "MR", "StudyDescription": "MRA COW"}, {"HEAD"}, None),
    ({"Modality": "MR", "SeriesDescription": "ep2d_diff_b50_800_1400", "StudyDescription": "PI-RADS"}, {"PELVIS"}, None),
    ({"Modality": "CT", "SeriesDescription": "门脉期 5.0mm", "StudyDescription": "ONC-2217^SCREENING"}, {"ABDOMEN"}, None),
    ({"Modality": "CT", "SeriesDescription": "Portal venous 3mm"}, {"ABDOMEN"}, None),
])
def test_a_name_of_one_region_answers(model, meta, labels, side):
    assert answer(model, meta) == (labels, side)


def test_a_study_that_names_a_region_is_not_overruled(model):
    # "cine" in a knee study is a kinematic knee series, whatever the rule would say alone
    got = answer(model, {"Modality": "MR", "SeriesDescription": "cine", "StudyDescription": "MR KNEE RIGHT"})
    assert got is None or "CHEST" not in got[0]


def test_body_part_examined_is_a_name_too(model):
    got = answer(model, {"Modality": "MR", "SeriesDescription": "Field Map", "BodyPartExamined": "BREAST"})
    assert got is None or "HEAD" not in got[0]


def test_names_belong_to_their_modality():
    tokens = [F.normalise("cine loop")]
    assert S.implied({"Modality": "US"}, tokens) == frozenset()  # an ultrasound clip, not a heart MR
    assert S.implied({"Modality": "MR"}, tokens) == {"CHEST"}
    assert S.implied({"Modality": "MR"}, [F.normalise("Exp 1.0")]) == frozenset()  # breathing phase: CT only
    assert S.implied({}, tokens) == frozenset()


def test_names_of_two_regions_answer_nothing():
    assert S.implied({"Modality": "MR"}, [F.normalise("MPRAGE"), F.normalise("4CH cine")]) == frozenset()


def test_a_word_inside_another_is_not_a_name():
    # "ASL" is a phrase of its own, not the end of "BASLINE"; "SAX" not part of "SAXOPHONE"
    assert S.implied({"Modality": "MR"}, [F.normalise("BASLINE SAXOPHONE")]) == frozenset()


def test_a_nameless_series_takes_the_sequences_of_its_study(model):
    study = {"StudyDescription": "", "series": [{"Modality": "MR", "SeriesDescription": "Sag MPRAGE"},
                                                {"Modality": "MR", "SeriesDescription": "Axial SWI"}]}
    assert answer(model, {"Modality": "MR", "SeriesDescription": "Ax DWI"}, study) == ({"HEAD"}, None)


def test_pages_stay_pages(model):
    assert answer(model, {"Modality": "US", "SeriesDescription": "Obstetric report",
                          "StudyDescription": "US OB COMPLETE"}) == (set(), None)
    assert answer(model, {"Modality": "US", "SeriesDescription": "OB worksheet"}) == (set(), None)


def test_a_phase_never_narrows_a_range(model):
    # a chest-to-pelvis CT's portal-phase recon covers its whole range, not the liver's
    meta = {"Modality": "CT", "SeriesDescription": "iDose4 Fase Portal 5mm",
            "ProtocolName": "TORAX/ABDOME TOTAL", "StudyDescription": "TC TORAX ABDOME E PELVE C/ CONTRASTE"}
    assert answer(model, meta) == ({"CHEST", "ABDOMEN", "PELVIS"}, None)
    assert S.implied(meta, [F.normalise("Fase Portal")]) == {"ABDOMEN"}
    assert S.implied(meta, [F.normalise("Fase Portal")], narrowing=True) == frozenset()
    assert S.implied({"Modality": "MR"}, [F.normalise("portal venous")]) == frozenset()  # CT only
