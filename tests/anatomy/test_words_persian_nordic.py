"""Words written from general knowledge before the blind runs of sets 15 and 16: Persian exam
words (Persian kaf and yeh folded to the Arabic letters), Nordic and Icelandic side words and
abbreviations, Nordic plurals, Turkish "sag" typed without its breve, South Asian request words;
each good case beside the one the rule must leave alone."""

import pytest

from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.model import default_model

AP = {"ABDOMEN", "PELVIS"}


@pytest.fixture(scope="module")
def model():
    return default_model()


def answer(model, modality, description, **more):
    p = model.predict_series({"Modality": modality, "StudyDescription": description, **more}, None)
    return (None if p.unknown else set(p.labels)), p.laterality


def test_persian_letters_fold_to_the_arabic_ones():
    assert L.normalise("کلیه") == L.normalise("كليه")  # kidney, Persian and Arabic kaf/yeh
    assert L.normalise("ریه\u200cها") == L.normalise("ریه ها")  # a zero-width non-joiner splits the plural
    assert len(L.normalise("سی تی اسکن قفسه سینه")) == 5  # گ پ چ ژ are letters, not separators
    assert L.normalise("گردن") == ["گردن"]


@pytest.mark.parametrize("modality, text, labels, side", [
    ("MR", "ام آر آی مغز", {"HEAD"}, None),
    ("CT", "سی تی اسکن قفسه سینه", {"CHEST"}, None),
    ("CT", "سی تی شکم و لگن", AP, None),
    ("US", "سونوگرافی شکم و لگن", AP, None),
    ("DX", "رادیوگرافی زانو راست", {"KNEE"}, "R"),
    ("DX", "گرافی مچ دست چپ", {"WRIST"}, "L"),
    ("MR", "ام آر آی کمر", {"LSPINE"}, None),
    ("US", "سونوگرافی تیروئید", {"NECK"}, None),
    ("US", "سونوگرافی پستان دو طرفه", {"BREAST"}, "B"),
])
def test_persian_exam_words(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_persian_chest_word_alone_is_not_read(model):
    # "سینه" alone is the chest or the breast: only the phrase "قفسه سینه" is the chest
    assert answer(model, "US", "سونوگرافی سینه")[0] != {"CHEST"}


@pytest.mark.parametrize("text, labels, side", [
    ("Rtg. hø. skulder", {"SHOULDER"}, "R"),
    ("Rtg ve håndledd", {"WRIST"}, "L"),
    ("Rtg bekken og hofter", {"PELVIS", "HIP"}, "B"),
    ("Rtg mellemhånd højre", {"HAND"}, "R"),
    ("Röntgen hægri ökkli", {"ANKLE"}, "R"),
    ("X-scheenbeen rechts", {"LEG"}, "R"),
    ("RX ginocchio dx in carico", {"KNEE"}, "R"),
    ("SAG AYAK BILEGI", {"ANKLE"}, "R"),
    ("LOMBOSAKRAL AP-LAT", {"LSPINE"}, None),
])
def test_sides_and_limbs_in_words(model, text, labels, side):
    assert answer(model, "DX", text) == (labels, side)


def test_short_side_words_stay_unread_elsewhere(model):
    # Turkish "ve" is "and"; "SAG" of an MR series is sagittal; Spanish "de" after RX is "of"
    assert answer(model, "DX", "SOL DIZ VE AYAK BILEGI")[1] == "L"
    assert answer(model, "MR", "SAG T2 KNEE", SeriesDescription="SAG T2 KNEE")[1] is None
    assert answer(model, "DX", "RX DE RODILLA")[1] is None
    assert answer(model, "DX", "Rtg knæ")[1] is None


@pytest.mark.parametrize("modality, text, labels", [
    ("MR", "MRI DS SPINE", {"TSPINE"}),
    ("DX", "X-RAY DL SPINE AP/LAT", {"TSPINE", "LSPINE"}),
    ("MR", "MRI CV JUNCTION", {"HEAD", "CSPINE"}),
    ("US", "USG OBS", {"PELVIS"}),
    ("US", "FOLLICULAR STUDY", {"PELVIS"}),
    ("RF", "RGU", {"PELVIS"}),
])
def test_south_asian_request_words(model, modality, text, labels):
    assert answer(model, modality, text)[0] == labels


def test_ds_alone_is_not_the_thoracic_spine(model):
    assert answer(model, "MR", "DS")[0] != {"TSPINE"}
