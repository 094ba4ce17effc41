"""The multilingual vocabulary, procedures, unions, typing errors and side words (feature version 6)."""

from __future__ import annotations

import pytest

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import synthetic
from radview.protocols.anatomy.vocabulary import TERMS

CAP = {"CHEST", "ABDOMEN", "PELVIS"}
AP = {"ABDOMEN", "PELVIS"}


def lex(text: str) -> set[str]:
    return F.lexicon_hits([F.normalise(text)])[0]


@pytest.mark.parametrize("text, expected", [
    # one limb or organ per language (none of these strings is in the clinical set)
    ("MRT Kniegelenk", {"KNEE"}), ("IRM du genou", {"KNEE"}), ("RM rodilla", {"KNEE"}),
    ("RM ginocchio", {"KNEE"}), ("MRI knie", {"KNEE"}), ("RM joelho", {"KNEE"}), ("MR knä", {"KNEE"}),
    ("MR knæ", {"KNEE"}), ("MR kne", {"KNEE"}), ("MK polvi", {"KNEE"}), ("MR koleno", {"KNEE"}),
    ("MR kolano", {"KNEE"}), ("MR térd", {"KNEE"}), ("MR diz", {"KNEE"}),
    ("Rö Sprunggelenk", {"ANKLE"}), ("Radiographie cheville", {"ANKLE"}), ("Rx tobillo", {"ANKLE"}),
    ("Röntgen fotled", {"ANKLE"}), ("RTG hlezno", {"ANKLE"}), ("RTG staw skokowy", {"ANKLE"}),
    ("Rtg nilkka", {"ANKLE"}), ("Röntgen boka", {"ANKLE"}),
    ("Rö Oberschenkel", {"THIGH"}), ("RX fémur", {"THIGH"}), ("Röntgen lårben", {"THIGH"}),
    ("RTG stehenní kost", {"THIGH"}), ("RTG kość udowa", {"THIGH"}),
    ("Rö Unterschenkel", {"LEG"}), ("Radiographie jambe", {"LEG"}), ("RX pierna", {"LEG"}),
    ("Rtg bérec", {"LEG"}), ("RTG podudzie", {"LEG"}), ("XR TIB/FIB", {"LEG"}),
    ("Rö Unterarm", {"FOREARM"}), ("RX antebrazo", {"FOREARM"}), ("RTG předloktí", {"FOREARM"}),
    ("RTG przedramię", {"FOREARM"}), ("Rx radio y cúbito", {"FOREARM"}),
    ("Rö Oberarm", {"ARM"}), ("RX húmero", {"ARM"}), ("RTG pažní kost", {"ARM"}),
    ("Rö Ellenbogen", {"ELBOW"}), ("RX codo", {"ELBOW"}), ("RTG loket", {"ELBOW"}), ("RTG łokieć", {"ELBOW"}),
    ("Rö Hand", {"HAND"}), ("RX mano", {"HAND"}), ("RTG ruka", {"HAND"}), ("RTG dłoń", {"HAND"}),
    ("Rx dedo", {"HAND"}), ("X vinger", {"HAND"}), ("Röntgen tumme", {"HAND"}), ("bone age", {"HAND"}),
    ("Rö Zehen", {"FOOT"}), ("RX dedos del pie", {"FOOT"}), ("RTG paluch", {"FOOT"}), ("RX alluce", {"FOOT"}),
    ("CT calcanéum", {"FOOT"}), ("Rö Fersenbein", {"FOOT"}), ("CT hälben", {"FOOT"}),
    ("Rö Schulter", {"SHOULDER"}), ("RX hombro", {"SHOULDER"}), ("RTG rameno", {"SHOULDER"}),
    ("RTG bark", {"SHOULDER"}), ("Rx clavícula", {"SHOULDER"}), ("RTG klíček", {"SHOULDER"}),
    ("Röntgen höft", {"HIP"}), ("RTG kyčel", {"HIP"}), ("RX cadera", {"HIP"}), ("RTG biodro", {"HIP"}),
    ("TK wątroby", {"ABDOMEN"}), ("TT maksa", {"ABDOMEN"}), ("CT lever", {"ABDOMEN"}),
    ("CT sinussen", {"HEAD"}), ("TK zatok", {"HEAD"}), ("CT bihålor", {"HEAD"}), ("TC senos paranasales", {"HEAD"}),
    ("TC seni paranasali", {"HEAD"}),  # "seni" alone is Italian for breasts
    ("Ecografía tiroidea", {"NECK"}), ("Schilddrüsenszintigraphie", {"NECK"}), ("UZ štítné žlázy", {"NECK"}),
    ("Ecografia mammaria", {"BREAST"}), ("Échographie mammaire", {"BREAST"}), ("MR bryster", {"BREAST"}),
])
def test_limbs_and_organs_in_many_languages(text, expected):
    assert lex(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("VCUG", {"PELVIS"}), ("MCU", {"PELVIS"}), ("Miktionszystourethrographie", {"PELVIS"}), ("HSG", {"PELVIS"}),
    ("ERCP", {"ABDOMEN"}), ("CPRE", {"ABDOMEN"}), ("TACE", {"ABDOMEN"}), ("MAG3 renogram", {"ABDOMEN"}),
    ("DMSA", {"ABDOMEN"}), ("DaTSCAN SPECT", {"HEAD"}), ("HMPAO brain", {"HEAD"}), ("V/Q scan", {"CHEST"}),
    ("CT calcium score", {"CHEST"}), ("CaSc", {"CHEST"}), ("CCTA", {"CHEST"}), ("Echocardiogram", {"CHEST"}),
    ("Myokardszintigraphie", {"CHEST"}), ("TAVI planning", CAP), ("EVAR follow up", AP), ("CTA AAA", AP),
    ("MIBG", set(L.WHOLE_BODY)), ("cardiac MIBG", {"CHEST"}), ("scintigraphie osseuse", set(L.WHOLE_BODY)),
    ("OPG", {"HEAD"}), ("Ortopantomografía", {"HEAD"}), ("Ecografía transfontanelar", {"HEAD"}),
    ("Ecografía transvaginal", {"PELVIS"}), ("Defecography", {"PELVIS"}),
])
def test_procedures_named_by_acronym(text, expected):
    assert lex(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("TDM cervico-TAP", {"NECK"} | CAP), ("neck CAP", {"NECK"} | CAP), ("CT CH/ABD/PEL", CAP),
    ("CT RENAL STONE A/P", AP), ("CT renal A/P", AP), ("XR PELVIS A/P", {"PELVIS"}),  # a.p. is a projection
    ("CTA head and neck", {"HEAD", "NECK"}), ("CTA halsvaten en hersenen", {"HEAD", "NECK"}),
    ("CTA supraaortal + intrakraniell", {"HEAD", "NECK"}), ("MRI face and neck", {"HEAD", "NECK"}),
    ("TDM rachis dorso-lombaire", {"TSPINE", "LSPINE"}), ("MRI TWK/LWK", {"TSPINE", "LSPINE"}),
    ("MR bröst- och ländrygg", {"TSPINE", "LSPINE"}), ("IRM panoramique rachis", set(L.WHOLE_SPINE)),
    ("scoliosis", set(L.WHOLE_SPINE)), ("KUB", AP), ("MRT Dünndarm", AP), ("Ganzkörper-MRT", set(L.WHOLE_BODY)),
    ("ARM polygone de Willis", {"HEAD"}),  # French MR angiography, not the arm
    ("OR hip C-arm", {"HIP"}),
])
def test_unions_of_combined_exams(text, expected):
    assert lex(text) == expected


@pytest.mark.parametrize("typed, meant", [
    ("SHOUULDER", "SHOULDER"), ("FOREAARM", "FOREARM"), ("SHOUDLER", "SHOULDER"), ("AOORTA", "AORTA"),
    ("TIRIDEA", "TIROIDEA"), ("SCAAFOIDE", "SCAFOIDE"),
    # words of series text that are one letter from a lexicon word stay as they are
    ("CORONAL", "CORONAL"), ("PRONE", "PRONE"), ("SUPINE", "SUPINE"), ("AXILLA", "AXILLA"), ("TRACE", "TRACE"),
    ("ARTERIAL", "ARTERIAL"), ("SAGITTAL", "SAGITTAL"),
])
def test_typing_errors(typed, meant):
    assert L.correct(typed) == meant


def side(text: str, labels=("KNEE",), modality="DX", **tags) -> str | None:
    return F.laterality(F.clean({"Modality": modality, "StudyDescription": text, **tags}), labels)


@pytest.mark.parametrize("text, expected", [
    ("RTG kolano P", "R"), ("MR koleno levé", "L"), ("RX joelho E", "L"), ("Rx rodilla der.", "R"),
    ("RX rodilla izq.", "L"), ("RX ginocchio dx", "R"), ("RX ginocchio sx", "L"), ("Röntgen knä hö", "R"),
    ("Röntgen knä vä", "L"), ("MRT Knie re.", "R"), ("Radiographie genou GCHE", "L"), ("genou face DT", "R"),
    ("MK polvi oikea", "R"), ("MR kne venstre", "L"), ("RTG térd jobb", "R"), ("MR finger sin", "L"),
    ("XR KNEES", "B"), ("RX rodillas", "B"), ("X-knie beiderzijds", "B"), ("Röntgen knä bilateralt", "B"),
    # weak words that are not sides here
    ("DX KNEE LEFT", "L"), ("RM rodilla sin contraste", None), ("XR KNEE A/P", None), ("genou F+P", None),
    ("Röntgen der Knie", None), ("RX mano e polso", None),
])
def test_side_words(text, expected):
    labels = ("HAND", "WRIST") if "mano" in text else ("HAND",) if "finger" in text else ("KNEE",)
    assert side(text, labels) == expected


def test_side_rules_edges():
    assert side("CT knee", modality="CT", Laterality="R") == "R"  # the tag wins
    assert side("TC gomito", ("ELBOW",), modality="CT") is None
    meta = F.clean({"Modality": "CT", "StudyDescription": "TC gomito", "SeriesDescription": "dx Soft tissue"})
    assert F.laterality(meta, ("ELBOW",)) == "R"  # "dx" first in a CT series is the side
    # a patient position is not a plural limb
    meta = F.clean({"Modality": "MR", "StudyDescription": "MRI foot", "SeriesDescription": "FEET FIRST T1"})
    assert F.laterality(meta, ("FOOT",)) is None
    assert side("XR CHEST PA", ("CHEST",)) is None  # only limbs and breast carry a side


def test_cardiac_pet_keeps_to_the_chest_and_oncologic_pet_is_whole_body():
    cardiac = {"Modality": "PT", "StudyDescription": "PET myocardial perfusion", "SeriesDescription": "Rest AC"}
    assert F.rule_labels(F.clean(cardiac)) == ({"CHEST"}, "study")
    onco = {"Modality": "PT", "StudyDescription": "PET CT chest staging", "SeriesDescription": "PET AC"}
    assert F.rule_labels(F.clean(onco))[0] == set(L.WHOLE_BODY)
    assert not F.is_cardiac(F.clean(onco)) and F.is_cardiac(F.clean(cardiac))
    ct = {"Modality": "CT", "StudyDescription": "PET CARDIAC REST STRESS", "SeriesDescription": "CTAC"}
    assert F.rule_labels(F.clean(ct))[0] == {"CHEST"}


def test_rule_details():
    # a reused protocol name inside a larger exam takes the exam
    meta = F.clean({"Modality": "CT", "StudyDescription": "CT TAP", "ProtocolName": "ThoraxAbdomen",
                    "SeriesDescription": "Axial 5mm"})
    assert F.rule_labels(meta) == (CAP, "study")
    # the series' own description still wins ("Lung 1mm" of a CAP is a chest recon)
    meta = F.clean({"Modality": "CT", "StudyDescription": "CT CAP", "SeriesDescription": "Lung 1mm"})
    assert F.rule_labels(meta) == ({"CHEST"}, "series")
    assert F.rule_labels(F.clean({"Modality": "PX", "SeriesDescription": "Standard"})) == ({"HEAD"}, "modality")
    for page in ("Protocol page", "Rapport de dose", "US Worksheet", "Flat field", "Exam parameters"):
        meta = F.clean({"Modality": "CT", "StudyDescription": "CT Thorax", "SeriesDescription": page})
        assert F.rule_labels(meta) == (set(), "none"), page


def test_vocabulary_is_well_formed():
    for key, text in TERMS.items():
        for item in key.split():
            assert item in L.LABELS or item.startswith("~"), key
        for term in (t.strip() for t in text.replace("\n", " ").split(",")):
            assert term, key  # no empty entries ("A,,B")
            if term.endswith("*"):
                assert len("".join(L.normalise(term[:-1]))) >= 4, term
    # every label is reachable in the lexicon, and in generated examples
    reachable = {x for v in list(L.PHRASES.values()) + list(L.STEMS.values()) for x in v}
    assert set(L.LABELS) <= reachable
    generated = {x for _, labels in synthetic.generate(per_term=1) for x in labels}
    assert generated == set(L.LABELS)


def test_generated_rows_cover_languages_sides_and_pages():
    rows = list(synthetic.generate(per_term=1))
    texts = [" ".join(str(v) for v in m.values()) for m, _ in rows]
    assert any("kolano" in t.lower() for t in texts) and any("bérec" in t.lower() or "berec" in t.lower()
                                                             for t in texts)
    pages = [m for m, labels in rows if not labels]
    assert len(pages) > 100 and any(F.lexicon_hits(F.tokens_of(m, F.STUDY_TEXT))[0] for m in pages)
    assert {m["Modality"] for m, _ in rows} >= {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA"}


def test_context_with_cardiac_pet_ct_is_not_made_whole_body():
    from radview.protocols.anatomy.model import Prediction, whole_body_if_petct

    ctx = C.normalise({"StudyDescription": "PET CARDIAC RB-82", "series": [{"Modality": "PT"}]})
    p = Prediction(("CHEST",), None, 0.99, False)
    assert whole_body_if_petct(p, {"Modality": "CT", "SeriesDescription": "CTAC"}, ctx).labels == ("CHEST",)
    ctx = C.normalise({"StudyDescription": "PET CT", "series": [{"Modality": "PT"}]})
    assert whole_body_if_petct(p, {"Modality": "CT", "SeriesDescription": "CTAC"}, ctx).labels == L.WHOLE_BODY


def test_side_from_the_study_s_other_series():
    from radview.protocols.anatomy.model import side_from_siblings

    ctx = C.normalise({"StudyDescription": "MR EXTERNAL", "series": [
        {"Modality": "MR", "SeriesDescription": "KNEE LT T1 COR"}, {"Modality": "MR", "SeriesDescription": "PD FS"}]})
    assert side_from_siblings(("KNEE",), ctx) == "L"
    mixed = C.normalise({"series": [{"Modality": "DX", "SeriesDescription": "KNEE LT AP"},
                                    {"Modality": "DX", "SeriesDescription": "KNEE RT AP"}]})
    assert side_from_siblings(("KNEE",), mixed) is None  # which of the two this one shows is not said
    other = C.normalise({"series": [{"Modality": "DX", "SeriesDescription": "ANKLE LT AP"}]})
    assert side_from_siblings(("KNEE",), other) is None  # another anatomy says nothing of this one
    assert side_from_siblings(("KNEE",), {"StudyDescription": None, "series": []}) is None
