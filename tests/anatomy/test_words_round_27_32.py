"""The round of sets 27 to 32: words written from general knowledge before the runs of sets 27 to
32 (Nordic and Baltic hospitals; a women's and children's network; a heart and vascular centre;
Mediterranean and Adriatic hospitals; a neuro, head-and-neck and dental centre; screening and
occupational medicine), each good case beside the one the word must leave alone."""

import pytest

from radview.protocols.anatomy import labels as L
# the shipped model (a module fixture) and the one-description answer of an earlier word round
from tests.anatomy.test_words_persian_nordic import answer, model  # noqa: F401

WHOLE_BODY = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}


@pytest.mark.parametrize("modality, text, labels, side", [
    ("MR", "MR KNÄLED HÖGER", {"KNEE"}, "R"),                       # Swedish
    ("DX", "UNDERSKÄNKEL VÄ", {"LEG"}, "L"),
    ("MR", "MR LUMBALCOLUMNA", {"LSPINE"}, None),
    ("MR", "MR CERVIKALCOLUMNA", {"CSPINE"}, None),
    ("DX", "LAARBEN HOEJRE", {"THIGH"}, "R"),                       # Danish written in ASCII
    ("MR", "SEGULÓMUN LENDHRYGGUR", {"LSPINE"}, None),              # Icelandic
    ("DX", "RÖNTGEN MJÖÐM HÆGRI", {"HIP"}, "R"),
    ("US", "KÕHUKOOPA UH", {"ABDOMEN"}, None),                      # Estonian
    ("DX", "RTG DESNEGA KOLENA", {"KNEE"}, "R"),                    # Slovenian
    ("DX", "RTG PRSNIH ORGANOV", {"CHEST"}, None),                  # Slovenian chest organs
    ("DX", "RTG LS KRALJEZNICE", {"LSPINE"}, None),                 # Croatian
    ("DX", "X-RAY TAR-RKOBBA XELLUGIJA", {"KNEE"}, "L"),            # Maltese
    ("DX", "X-RAY TAS-SIDER", {"CHEST"}, None),
    ("US", "ECOCOLORDOPPLER TSA", {"NECK"}, None),                  # Italian supra-aortic trunks
    ("CT", "CT-KOLONOGRAPHIE", {"ABDOMEN", "PELVIS"}, None),
    ("CT", "CT LA/PV MAPPING PRE ABLATION", {"CHEST"}, None),
    ("CT", "CT LEFT ATRIAL APPENDAGE PRE LAAO", {"CHEST"}, None),
    ("CT", "CT CALCIUMSCORE", {"CHEST"}, None),
    ("NM", "TC99M PYP CARDIAC AMYLOID", {"CHEST"}, None),
    ("MR", "FMRI LANGUAGE/MOTOR MAPPING", {"HEAD"}, None),
    ("XA", "ANEURYSM COILING", {"HEAD"}, None),
    ("CT", "TK KOSCI SKRONIOWYCH", {"HEAD"}, None),                 # Polish temporal bones
    ("MG", "CESM CONTRAST ENHANCED MAMMO", {"BREAST"}, None),
])
def test_words_of_the_round(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_prospective_gating_is_not_the_face(model):
    assert answer(model, "CT", "CTCA PROSPECTIVE GATED") == ({"CHEST"}, None)
    assert L.correct("PROSPECTIVE") == "PROSPECTIVE"
    assert answer(model, "CT", "ΑΞΟΝΙΚΗ ΠΡΟΣΩΠΟΥ") == ({"HEAD"}, None)   # the Greek face still is


def test_a_low_dose_scan_is_not_a_dose_page(model):
    assert answer(model, "CT", "SCANNER THORACIQUE FAIBLE DOSE DEPISTAGE") == ({"CHEST"}, None)
    assert answer(model, "CT", "TC TORACE BASSA DOSE") == ({"CHEST"}, None)
    assert answer(model, "CT", "RAPPORT DE DOSE") == (set(), None)   # the dose page stays empty


def test_amyloid_alone_stays_the_brain(model):
    assert answer(model, "PT", "AMYLOID PET") == ({"HEAD"}, None)


def test_icelandic_eth_and_thorn_are_letters():
    assert L.normalise("MJÖÐM") == ["MJODM"]
    assert L.normalise("ÞVAGBLAÐRA") == ["THVAGBLADRA"]


# ---- from the misses of the design sets 28 and 31 (after their blind runs) ------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("RF", "ESOFAGOGRAMA", {"NECK", "CHEST"}, None),                  # pharynx to cardia
    ("RF", "Deglutograma", {"NECK", "CHEST"}, None),
    ("DX", "ESCANOMETRIA DOS MEMBROS INFERIORES", {"HIP", "THIGH", "KNEE", "LEG", "ANKLE"}, "B"),
    ("RF", "Dacryocystogram", {"HEAD"}, None),
    ("CT", "Tomografia stożkowa (CBCT) żuchwy", {"HEAD"}, None),
    ("DX", "RX OSSOS DA FACE", {"HEAD"}, None),
    ("CT", "TC penyals", {"HEAD"}, None),
    ("MR", "RM craneal epilepsia", {"HEAD"}, None),
    ("RF", "Wideofluoroskopia połykania", {"HEAD", "NECK"}, None),
    ("CT", "TK szyi i srodpiersia", {"NECK", "CHEST"}, None),
    ("MR", "MRI Lumbosacral Plexus", {"LSPINE", "PELVIS"}, None),
    ("XA", "CCA bifurcation", {"NECK"}, None),
])
def test_words_of_the_design_sets(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_an_fmri_paradigm_is_the_brain_and_a_hand_film_the_hand(model):
    assert answer(model, "MR", "MRI Brain Functional", SeriesDescription="t-Map_hand_motor") == ({"HEAD"}, None)
    assert answer(model, "DX", "XR HAND LEFT")[0] == {"HAND"}


def test_an_axillary_ultrasound_is_the_breast_and_an_axillary_view_the_shoulder(model):
    assert answer(model, "US", "US RT Axilla (node)") == ({"BREAST"}, "R")
    assert answer(model, "DX", "XR SHOULDER COMPLETE AXILLARY LT")[0] == {"SHOULDER"}


# ---- general knowledge after set 29's first run (its rows unread): German, Polish and Czech vessels

@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "CT Aorta thorakal", {"CHEST"}, None),                     # not the whole aorta of "CT Aorta"
    ("CT", "CTA Aorta abdominalis", {"ABDOMEN", "PELVIS"}, None),
    ("CT", "Angio-TK aorty piersiowej", {"CHEST"}, None),
    ("CT", "CTA břišní aorty", {"ABDOMEN", "PELVIS"}, None),
    ("CT", "Angio-TK tętnic wieńcowych", {"CHEST"}, None),
    ("NM", "Scyntygrafia perfuzyjna mięśnia sercowego", {"CHEST"}, None),
    ("US", "Farbduplex hirnversorgende Arterien", {"NECK"}, None),
    ("XA", "Viszeralangiographie", {"ABDOMEN"}, None),
    ("US", "USG Doppler żył kończyn dolnych", {"THIGH", "KNEE", "LEG"}, "B"),
    ("US", "Venendoppler Bein links", {"THIGH", "KNEE", "LEG"}, "L"),
    ("US", "Duplexní sonografie žil DK vlevo", {"THIGH", "KNEE", "LEG"}, "L"),
    ("US", "Duplexní sonografie tepen DKK", {"THIGH", "KNEE", "LEG"}, "B"),
    ("XA", "Angiographie A. femoralis sin.", {"THIGH"}, "L"),
])
def test_vessel_words(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_the_aorta_alone_is_still_all_of_it(model):
    assert answer(model, "CT", "CTA AORTA") == ({"CHEST", "ABDOMEN", "PELVIS"}, None)
