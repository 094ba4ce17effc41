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


@pytest.mark.parametrize("meta, expected", [
    ({"Modality": "US", "SeriesDescription": "LUQ FAST"}, {"ABDOMEN"}),  # the clip's own window
    ({"Modality": "US", "SeriesDescription": "FAST pelvis"}, {"PELVIS"}),
    ({"Modality": "US", "SeriesDescription": "Subxiphoid"}, {"CHEST"}),
    ({"Modality": "US", "SeriesDescription": "B-lines"}, {"CHEST"}),
    ({"Modality": "US", "SeriesDescription": "Morison"}, {"ABDOMEN"}),
    ({"Modality": "US", "SeriesDescription": "Vascular access IJ"}, {"NECK"}),
    ({"Modality": "US", "SeriesDescription": "Femoral line LEFT"}, {"THIGH"}),
    ({"Modality": "US", "SeriesDescription": "Fascia iliaca block"}, {"THIGH"}),
    ({"Modality": "US", "StudyDescription": "US guided PICC right arm"}, {"ARM"}),
    ({"Modality": "CR", "StudyDescription": "PICC line check"}, {"CHEST"}),  # the film shows the tip
    ({"Modality": "US", "SeriesDescription": "Hydro"}, {"ABDOMEN"}),
    ({"Modality": "US", "SeriesDescription": "RIGHT 2:00 4cmFN"}, {"BREAST"}),
    ({"Modality": "US", "SeriesDescription": "GSV"}, {"THIGH", "KNEE", "LEG"}),
    ({"Modality": "US", "StudyDescription": "Transcranial Doppler"}, {"HEAD"}),
    ({"Modality": "US", "StudyDescription": "Duplex AV-shunt"}, {"ARM", "ELBOW", "FOREARM"}),
    ({"Modality": "CT", "SeriesDescription": "DVT 8x8"}, {"HEAD"}),  # German dental cone-beam CT
    ({"Modality": "US", "SeriesDescription": "DVT"}, {"THIGH", "KNEE", "LEG"}),
    ({"Modality": "CT", "StudyDescription": "TC BODY TRAUMA", "SeriesDescription": "Tronco 5.0"}, CAP),
])
def test_bedside_clips_vessels_and_modality_words(meta, expected):
    assert rule(meta) == expected


RUNOFF = {"ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}


@pytest.mark.parametrize("text, expected", [
    ("CTA runoff", RUNOFF), ("Angio-TC aorta addominale e arti inferiori", RUNOFF),
    ("CTA Becken-Bein", RUNOFF), ("Alt ekstremite BT anjiyografi", {"THIGH", "KNEE", "LEG"}),
    ("US Doppler venous lower extremity left", {"THIGH", "KNEE", "LEG"}),  # a duplex follows the vessels
    ("Angio pelvis", {"PELVIS"}), ("CT abdomen pelvis", AP), ("XR long leg standing", {"HIP", "THIGH", "KNEE", "LEG", "ANKLE"}),  # hips to ankles, not the feet
])
def test_a_run_off_runs_from_the_abdominal_aorta_to_the_feet(text, expected):
    assert F.lexicon_hits([F.normalise(text)])[0] == expected


def _study(description, *series, modality="CT"):
    return {"StudyDescription": description, "series": [{"Modality": modality, "SeriesDescription": s} for s in series]}


@pytest.mark.parametrize("meta, study, expected", [
    # a scout takes the anatomy of the exam it plans: the union of what its study's series name
    ({"Modality": "CT", "SeriesDescription": "Scout"},
     _study("CT STROKE PROTOCOL", "5mm Head", "CTA Head/Neck 0.75", "CTP", "Dose Report"), {"HEAD", "NECK"}),
    ({"Modality": "CT", "SeriesDescription": "Topogram 0.6 T20s"},
     _study("CT HEAD AND C-SPINE", "Head 5mm", "C-Spine bone"), {"HEAD", "CSPINE"}),
    ({"Modality": "CT", "SeriesDescription": "Topogram 0.6 T80f"},
     _study("TC POLITRAUMA", "Craneo 5.0", "Columna cervical SAG", "Tronco 5.0", "Pelvis 2.0", "T/L spine sag"), WB),
    ({"Modality": "CT", "SeriesDescription": "Surview"},
     _study("CTA Becken-Bein", "Runoff 1.0 Bv36", "Cor 3mm"), RUNOFF),
])
def test_a_scout_plans_its_study(meta, study, expected):
    p = default_model().predict_series(meta, study)
    assert not p.unknown and set(p.labels) == expected


def test_a_scout_naming_its_region_keeps_it_and_a_lone_scout_is_unchanged():
    model = default_model()
    own = model.predict_series({"Modality": "CT", "SeriesDescription": "Topogram Thorax"},
                               _study("CT TRAUMA", "Head 5mm", "Thorax 1mm", "Abdomen 3mm"))
    assert set(own.labels) == {"CHEST"}
    lone = {"Modality": "CT", "StudyDescription": "CT CHEST", "SeriesDescription": "Scout"}
    assert model.predict_series(lone).labels == model.predict_series(lone, _study("CT CHEST")).labels


@pytest.mark.parametrize("series", ["Dose Report", "Dose Info", "Findings Page", "Order form", "Protocol page"])
def test_a_page_is_the_empty_set_whatever_its_study_shows(series):
    for study in (_study("CT HEAD AND CERVICAL SPINE", "Head 2.0", "C-Spine 2.0 ax", "C-Spine cor"),
                  _study("US Doppler arm veins left", "Cephalic", "Basilic", modality="US")):
        p = default_model().predict_series({"Modality": "OT", "SeriesDescription": series}, study)
        assert not p.unknown and p.labels == (), (series, study)


def test_a_series_naming_its_region_is_not_outvoted_by_its_siblings():
    p = default_model().predict_series(
        {"Modality": "CT", "SeriesDescription": "Head 4.0 J40s", "BodyPartExamined": "SKULL"},
        _study("CT HEAD AND CERVICAL SPINE WO", "Topogram 1.0 T20s", "Head 2.0 H70h", "C-Spine 2.0 Br60 ax",
               "C-Spine 2.0 Br60 3 cor", "DOSE REPORT"))
    assert p.labels == ("HEAD",)


def test_thai_spine_words_typed_without_tone_marks():
    assert F.lexicon_hits([F.normalise("สันหลังสวนเอว")])[0] == {"LSPINE"}


@pytest.mark.parametrize("meta, study, expected", [
    # a MIP of an angiography shows what the angiography names
    ({"Modality": "CT", "SeriesDescription": "MIP cor 10mm"},
     _study("Stroke-CT (nativ, CTA, Perfusion)", "Schaedel 5.0 J40s", "CTA Kopf/Hals 0.6 Bv40", "Perfusion 4D"),
     {"HEAD", "NECK"}),
    ({"Modality": "CT", "SeriesDescription": "VRT"}, _study("CT angio", "CTA Runoff 1.0", "Scout"), RUNOFF),
    # a series naming a union keeps it among head-only siblings
    ({"Modality": "CT", "SeriesDescription": "CTA Kopf/Hals 0.6 Bv40"},
     _study("Stroke-CT (nativ, CTA, Perfusion)", "Topogram 0.6 T80f", "Schaedel 5.0 J40s 3", "MIP cor", "Perfusion 4D",
            "CTP TTP", "CBF", "Tmax", "Dose Report"), {"HEAD", "NECK"}),
])
def test_reformats_and_unions_in_angiography_studies(meta, study, expected):
    p = default_model().predict_series(meta, study)
    assert not p.unknown and set(p.labels) == expected


def test_a_mip_without_an_angiography_beside_it_is_left_to_the_model():
    from radview.protocols.anatomy import context as C

    study = C.normalise(_study("CT chest", "Lung 1mm", "Mediastinum 3mm"))
    assert C.angio_scope(study) == frozenset()
    p = default_model().predict_series({"Modality": "CT", "SeriesDescription": "MIP 10mm"}, study)
    assert set(p.labels) == {"CHEST"}


@pytest.mark.parametrize("meta, labels, side", [
    ({"Modality": "DX", "StudyDescription": "SOL klavikula grafisi"}, ["SHOULDER"], "L"),  # Turkish: side first
    ({"Modality": "US", "StudyDescription": "ayak bileği sol USG"}, ["ANKLE"], "L"),  # before the exam word
    ({"Modality": "DX", "StudyDescription": "Schulter li. 2 Eb.", "SeriesDescription": "Schulter d.p."},
     ["SHOULDER"], "L"),  # "d.p." is the dorsopalmar view, not "droit"
    ({"Modality": "CR", "StudyDescription": "Hand d.p."}, ["HAND"], None),
    ({"Modality": "DX", "StudyDescription": "RTG obu stawów kolanowych"}, ["KNEE"], "B"),  # Polish "both"
    ({"Modality": "CT", "StudyDescription": "CTA runoff"}, sorted(RUNOFF), "B"),
    ({"Modality": "CT", "StudyDescription": "CTA runoff left"}, sorted(RUNOFF), "L"),
    ({"Modality": "DX", "StudyDescription": "DX KNEE"}, ["KNEE"], None),  # the modality, not "right"
])
def test_side_words_of_acute_sites(meta, labels, side):
    assert F.laterality(meta, labels) == side


@pytest.mark.parametrize("modality", ["KO", "PR", "SR", "DOC"])
def test_objects_that_are_no_image_show_no_anatomy(modality):
    p = default_model().predict_series({"Modality": modality, "SeriesDescription": "Key Images"},
                                       _study("MRI brain", "t1_mprage_sag", "t2_tse_tra", modality="MR"))
    assert not p.unknown and p.labels == ()


@pytest.mark.parametrize("text, expected", [
    ("ThorAbdPel 1.0 Br40", CAP), ("ThorRoutine 5.0", {"CHEST"}), ("ΜΑΓΝΗΤΙΚΗ ΑΚΡΟΥ ΠΟΔΑ", {"FOOT"}),
    ("Rinnan UÄ", {"BREAST"}), ("RTG klíčku levé", {"SHOULDER"}), ("Siêu âm thai", {"PELVIS"}),
    ("CT ledvin nativně (litiáza)", AP), ("DXA L1-L4", {"LSPINE"}), ("Referral", set()),
])
def test_words_missing_until_this_round(text, expected):
    assert F.lexicon_hits([F.normalise(text)])[0] == expected


def test_a_duplex_segment_is_not_a_transliterated_spine_word_and_the_model_keeps_its_region():
    # "POP" is the popliteal segment in a duplex; transliterated Russian "ПОП" is the lumbar spine
    assert rule({"Modality": "US", "SeriesDescription": "L POP"}) == {"KNEE"}
    study = {"StudyDescription": "US LEFT LOWER EXTREMITY VENOUS DUPLEX",
             "series": [{"Modality": "US", "SeriesDescription": "L CFV", "Laterality": "L"}]}
    p = default_model().predict_series({"Modality": "MR", "SeriesDescription": "POP",
                                        "StudyDescription": "US LEFT LOWER EXTREMITY VENOUS DUPLEX"}, study)
    assert "LSPINE" not in p.labels


@pytest.mark.parametrize("meta, expected", [
    # a bone densitometry's sites: the proximal femur (its "neck" is the femoral neck), the lumbar spine
    ({"Modality": "OT", "StudyDescription": "DEXA SCAN", "SeriesDescription": "Left Femur"}, {"HIP"}),
    ({"Modality": "BMD", "SeriesDescription": "Neck"}, {"HIP"}),
    ({"Modality": "OT", "StudyDescription": "Bone density", "SeriesDescription": "AP Spine"}, {"LSPINE"}),
    ({"Modality": "OT", "StudyDescription": "DXA", "SeriesDescription": "Left Forearm"}, {"FOREARM"}),
    # the same words outside a densitometry keep their meaning
    ({"Modality": "DX", "StudyDescription": "XR FEMUR LEFT", "SeriesDescription": "AP"}, {"THIGH"}),
    ({"Modality": "DX", "StudyDescription": "XR NECK SOFT TISSUE", "SeriesDescription": "LAT"}, {"NECK"}),
    ({"Modality": "CR", "StudyDescription": "XR HIP", "SeriesDescription": "Femoral neck"}, {"HIP"}),
])
def test_densitometry_sites(meta, expected):
    assert rule(meta) == expected
    p = default_model().predict_series(meta)
    assert not p.unknown and set(p.labels) == expected
