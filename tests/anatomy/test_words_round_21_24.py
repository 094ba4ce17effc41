"""The round of sets 21 to 24: words written from general knowledge before the blind runs of sets 21
to 24 (French-speaking hospitals; an oncology and nuclear-medicine network; emergency, trauma and
interventional radiology in Central and Southern Europe; East Asia), each good case beside the one
the word must leave alone."""

import pytest

# the shipped model (a module fixture) and the one-description answer of an earlier word round
from tests.anatomy.test_words_persian_nordic import answer, model  # noqa: F401

WHOLE_BODY = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
LONG_LEG = {"HIP", "THIGH", "KNEE", "LEG", "ANKLE"}


@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "ANGIOSCANNER DES TSA", {"NECK"}, None),            # French supra-aortic trunks
    ("MR", "ANGIO-IRM DES TSA", {"NECK"}, None),
    ("MR", "IRM MEDULLAIRE PANRACHIDIENNE", {"CSPINE", "TSPINE", "LSPINE"}, None),
    ("MR", "IRM ATM", {"HEAD"}, None),                         # temporomandibular joints
    ("CR", "PANORAMIQUE DENTAIRE", {"HEAD"}, None),
    ("CR", "TELERADIOGRAPHIE DES MEMBRES INFERIEURS", LONG_LEG, "B"),
    ("CR", "TELERADIOGRAPHIE DU CRANE", {"HEAD"}, None),       # the lateral ceph stays the head
    ("XA", "Zerebrale Angiographie", {"HEAD"}, None),          # German
    ("CR", "ΑΚΤΙΝΟΓΡΑΦΙΑ ΛΕΚΑΝΗΣ", {"PELVIS"}, None),          # Greek
    ("CT", "Angio-TK tętnic szyjnych", {"NECK"}, None),       # Polish carotids
    ("CR", "RTG LS pateře", {"LSPINE"}, None),                 # Czech
    ("MR", "RM mammella bilaterale", {"BREAST"}, "B"),         # Italian
    ("NM", "Skeletscintigrafie", WHOLE_BODY, None),            # Dutch
    ("NM", "Schildklierscintigrafie", {"NECK"}, None),
    ("NM", "Lu-177 PSMA post therapy SPECT", WHOLE_BODY, None),
    ("NM", "WBC scan", WHOLE_BODY, None),
])
def test_words_of_the_round(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_rt_after_a_simulation_word_is_radiotherapy_not_the_right_side(model):
    assert answer(model, "CT", "CT simulazione RT mammella sinistra") == ({"BREAST"}, "L")
    assert answer(model, "CR", "XR KNEE RT") == ({"KNEE"}, "R")        # still the right knee
