"""Obstetric ultrasound and MR are labelled by the mother's anatomy, not the fetus's organs."""

import pytest

from radview.protocols.anatomy import pregnancy as P
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.prediction import Prediction
from tests.anatomy.test_words_persian_nordic import answer, model  # noqa: F401


@pytest.mark.parametrize("modality, text, series, labels", [
    ("MR", "MRI Fetal Brain", "t2_haste_tra_fetal", {"ABDOMEN", "PELVIS"}),     # not the patient's head
    ("MR", "RM FETAL (TÓRAX FETAL - HERNIA DIAFRAGMÁTICA)", "sT2W_SSh_COR", {"ABDOMEN", "PELVIS"}),
    ("MR", "Fetal kranial MR", "3Pl Loc SSFSE", {"ABDOMEN", "PELVIS"}),
    ("MR", "MR PLACENTA ACCRETA", "Ax T2 SSFSE", {"ABDOMEN", "PELVIS"}),
    ("US", "Ecocardiografia fetal", "OB Cardio", {"PELVIS"}),                  # not the patient's chest
    ("US", "US OB GROWTH", "OB 2/3 Trim", {"PELVIS"}),                        # the one obstetric answer
    ("US", "US OB < 14 WEEKS TRANSVAGINAL", "Early OB", {"PELVIS"}),
])
def test_the_mothers_anatomy(model, modality, text, series, labels):
    assert answer(model, modality, text, SeriesDescription=series) == (labels, None)


def test_what_is_not_an_obstetric_series_keeps_its_answer(model):
    assert answer(model, "MR", "MRI BRAIN", SeriesDescription="t2_tse_tra") == ({"HEAD"}, None)
    assert answer(model, "CT", "Angio-TC arterias pulmonares (gestante)", SeriesDescription="AXIAL 5.0")[0] != \
        {"ABDOMEN", "PELVIS"}                                                   # a CT is not read here
    assert answer(model, "US", "OB REPORT") == (set(), None)                   # a page stays empty
    assert answer(model, "MR", "RM POST MORTEM FETAL", SeriesDescription="T2W_TSE_COR_PM")[0] != \
        {"ABDOMEN", "PELVIS"}                                                   # a fetus after death


@pytest.mark.parametrize("text, time", [
    ("US OB 1st trimester", "early"), ("Ecografía 1º trimestre", "early"), ("NT scan 12 weeks", "early"),
    ("US OB 3rd trimester growth", "late"), ("Echographie T2 morphologique", "late"), ("OB 32 weeks", "late"),
    ("US OB", None), ("Early OB follow-up growth", None),                        # none, or both: undecided
])
def test_time_of_pregnancy(text, time):
    assert P.time_of_pregnancy([L.normalise(text)]) == time


def test_an_mr_oblique_plane_is_not_obstetric(model):
    # "OB" in an MR series is the oblique plane (two training-collection series showed it)
    assert answer(model, "MR", "MR PELVIS", SeriesDescription="AX OB T2W_TSE", BodyPartExamined="PELVIS") \
        == ({"PELVIS"}, None)
    assert answer(model, "US", "US OB", SeriesDescription="Fetal Echo") == ({"PELVIS"}, None)


def test_a_pregnant_patients_other_exams_keep_their_anatomy(model):
    leg = Prediction(("THIGH", "KNEE", "LEG"), "L", 0.9, False)
    meta = {"Modality": "US", "StudyDescription": "OBSTETRIC CLINIC: VENOUS DUPLEX LEFT LEG"}
    assert P.by_pregnancy(leg, meta, None) == leg                       # a limb of the mother stays
    head = Prediction(("HEAD",), None, 0.9, False)
    brain = {"Modality": "MR", "StudyDescription": "RM CEREBRAL GESTANTE", "SeriesDescription": "Ax T2 FLAIR"}
    assert P.by_pregnancy(head, brain, None) == head                     # "gestante" names the patient
    assert answer(model, "US", "US RIGHT UPPER QUADRANT - PREGNANT")[0] != {"PELVIS"}
