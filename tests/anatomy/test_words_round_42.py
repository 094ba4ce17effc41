"""The round of sets 42 to 44: words and the run-off's reformats from the misses of the design sets
37 (heart and vascular imaging) and 26 (South Asian practice), read after their blind runs; each
good case beside the one the change must leave alone."""

import pytest

from radview.protocols.anatomy.runoff import RUNOFF
# the shipped model (a module fixture) and the one-description answer of an earlier word round
from tests.anatomy.test_words_persian_nordic import answer, model  # noqa: F401

CAP = {"CHEST", "ABDOMEN", "PELVIS"}
ARM_ACCESS = {"ARM", "ELBOW", "FOREARM"}


@pytest.mark.parametrize("modality, text, series, labels, side", [
    ("CT", "CT AORTOGRAM", None, CAP, None),
    ("CT", "ANGIO TC AORTA IN TOTO", None, CAP, None),
    ("CT", "CT Aortogram", "Curved Aorta", CAP, None),
    ("XA", "LEFT tibial angioplasty", "Pedal arch LEFT", {"FOOT"}, "L"),
    ("CT", "NCCT FACE WITH 3D (RTA)", None, {"HEAD"}, None),
    ("CT", "CECT ORAL CAVITY & NECK", None, {"HEAD", "NECK"}, None),
    ("RF", "INTRAVENOUS PYELOGRAPHY", None, {"ABDOMEN", "PELVIS"}, None),
    ("MR", "MRI FISTULOGRAM", "T2W_TSE_TRA", {"PELVIS"}, None),
    ("CT", "SCANNER AURICULE GAUCHE", "3D LA PV", {"CHEST"}, None),
    ("XA", "ANGIO CAROTID", "Crosse aortique", {"CHEST"}, None),
    ("MR", "MRI C-D SPINE", None, {"CSPINE", "TSPINE"}, None),
    ("CT", "PANSCAN TRAUMA", "Spine D-L 0.625mm BONE", {"TSPINE", "LSPINE"}, None),
    ("CT", "Angioscanner aortique suspicion de dissection", "Scout", CAP, None),
    ("CT", "CTA CHEST ABD PELVIS TAVR", "TAVI Root 30% 0.6", {"CHEST"}, None),  # the heart's phase
    ("XA", "Diagnostic angiogram LEFT leg", "Iliacs", {"PELVIS"}, None),
    ("CT", "ANGIO-TDM OG PRE-ABLATION", "VRT LA", {"CHEST"}, None),
    ("CT", "TEP-TDM vascularite", "Topogram", {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}, None),
    ("US", "Duplex Left brachiocephalic fistula", "LEFT AVF", ARM_ACCESS, "L"),
    ("US", "ECD fistola per dialisi SX", "SX Fistula", ARM_ACCESS, "L"),
    ("US", "左上肢血管マッピング(シャント術前)", "左 Basilic", ARM_ACCESS, "L"),  # 血管: the vessels
    # a myocardial PET's CT is of the chest, written in kanji too (not the whole body of a PET/CT)
    ("CT", "FDG心筋PET(バイアビリティ)", "AC CT 3.0", {"CHEST"}, None),
    # Italian "ECD" is the colour Doppler (ecocolordoppler); the brain tracer only with its isotope
    ("US", "ECD carotideo", "SX CCA", {"NECK"}, None),
    ("NM", "Tc-99m ECD brain SPECT", None, {"HEAD"}, None),
    ("US", "Duplex carotid and vertebral arteries", "Lt VA", {"NECK"}, None),
    # a scanned prescription or form shows no anatomy
    ("OT", "USG OBS", "Prescription", set(), None),
    ("OT", "USG OBS", "Form F scan", set(), None),
])
def test_round_42_words(model, modality, text, series, labels, side):
    more = {"SeriesDescription": series} if series else {}
    assert answer(model, modality, text, **more) == (labels, side)


@pytest.mark.parametrize("modality, text, series, labels, side", [
    ("CR", "RADIO THORAX FACE", None, {"CHEST"}, None),          # French "face": the frontal view
    ("CT", "CT ANGIO CHEST W", None, {"CHEST"}, None),  # a truncated "with" is not the whole abdomen
    ("CT", "TK głowy + perfuzja (udar)", None, {"HEAD"}, None),  # Polish "udar", a stroke
    ("CR", "RX CHEVILLE GAUCHE FACE", None, {"ANKLE"}, "L"),
    ("XA", "IR DIALYSIS FISTULOGRAM LT", None, ARM_ACCESS, "L"),  # a dialysis fistulogram: the arm
    ("XA", "Angiography carotid and vertebral", None, {"HEAD", "NECK"}, None),  # the 4-vessel angiogram
    ("CT", "Knie-TEP CT", None, {"KNEE"}, None),
    ("CT", "頭部CT 出血", None, {"HEAD"}, None),  # a haemorrhage (出血) is not a vessel study  # German "TEP", a joint replacement, is no PET
    ("CT", "FDG PET CT WHOLE BODY", "CT AC 3.0", {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}, None),
])
def test_round_42_words_leave_their_neighbours(model, modality, text, series, labels, side):
    more = {"SeriesDescription": series} if series else {}
    assert answer(model, modality, text, **more) == (labels, side)


@pytest.mark.parametrize("study, series", [
    ("CTA AORTOILIAC W BILAT LOWER EXT RUNOFF", "VRT Legs"),
    ("CT angiogram run-off", "MIP both legs"),
    ("RYOU KASHI CTA", "Runoff  1.0  Bv40  3"),
])
def test_a_runoff_reformat_of_both_legs_is_the_runoff(model, study, series):
    assert answer(model, "CT", study, SeriesDescription=series) == (set(RUNOFF), "B")


@pytest.mark.parametrize("study, series, labels, side", [
    ("CTA knee", "MIP", {"KNEE"}, None),                 # no lower leg: not a run-off
    ("CTA ABD PELVIS W RUNOFF BILAT", "MIP Rt calf", {"LEG"}, "R"),  # one side's reformat
    ("CT venography legs", "MIP both legs", {"LEG"}, "B"),  # veins
])
def test_a_runoff_rule_leaves_one_side_veins_and_the_knee(model, study, series, labels, side):
    assert answer(model, "CT", study, SeriesDescription=series) == (labels, side)
