"""Feature version 7: scripts (Greek, Cyrillic, CJK, hangul, Arabic, Hebrew), more languages,
stemmed phrases, spine levels, negation, weight-bearing "WB", site bone scans, screen captures,
units, procedures, and the union training rows.  None of these strings is a row of a clinical set."""

from __future__ import annotations

import pytest

from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import synthetic
from radview.protocols.anatomy.model import default_model

WB = set(L.WHOLE_BODY)
CAP = {"CHEST", "ABDOMEN", "PELVIS"}
AP = {"ABDOMEN", "PELVIS"}


def lex(text: str) -> set[str]:
    return F.lexicon_hits([F.normalise(text)])[0]


@pytest.mark.parametrize("text, tokens", [
    ("Αξονική Θώρακος", ["AXONIKI", "THORAKOS"]),            # accents folded, chi/xi -> X, theta -> TH
    ("МРТ Щитовидной железы", ["MRT", "SHCHITOVIDNOI", "ZHELEZY"]),
    ("Рентгенографія лівого коліна", ["RENTGENOGRAFIYA", "LIVOGO", "KOLINA"]),  # Ukrainian
    ("胸腹部CT造影", ["胸", "腹", "部", "CT", "造", "影"]),  # one ideograph a token, Latin split off
    ("ｷｮｳﾌﾞ", ["キョウフ"]),                                 # half-width kana, voicing marks folded
    ("복부CT", ["복", "부", "CT"]),                          # hangul syllables recomposed after NFKD
    ("אגן ימין", ["אגן", "ימין"]), ("صورة البطن", ["صورة", "البطن"]),
    ("Sağ diz", ["SAGH", "DIZ"]), ("Göğüs", ["GOGUS"]),      # only a word-final ğ stays "GH"
    ("Iodine (mg/cc) 2", ["IODINE", "2"]), ("", []), ("・・・", []),
])
def test_normalise_scripts(text, tokens):
    assert F.normalise(text) == tokens


@pytest.mark.parametrize("text, expected", [
    ("ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ", {"HEAD"}), ("AXONIKI EGKEFALOU", {"HEAD"}), ("ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΘΥΡΕΟΕΙΔΟΥΣ", {"NECK"}),
    ("ΑΞΟΝΙΚΗ ΑΝΩ-ΚΑΤΩ ΚΟΙΛΙΑΣ", AP), ("ΜΑΓΝΗΤΙΚΗ ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", {"CSPINE"}),
    ("ΑΚΤΙΝΟΓΡΑΦΙΑ ΓΟΝΑΤΟΣ", {"KNEE"}), ("ΜΑΣΤΟΓΡΑΦΙΑ", {"BREAST"}),
    ("КТ головного мозга", {"HEAD"}), ("MRT golovnogo mozga", {"HEAD"}), ("МРТ спинного мозга", set()),
    ("Рентгенография органов грудной клетки", {"CHEST"}), ("КТ ОГК, ОБП и ОМТ", CAP),
    ("МРТ грудного отдела позвоночника", {"TSPINE"}), ("MRT sheinogo otdela pozvonochnika", {"CSPINE"}),
    ("МРТ пояснично-крестцового отдела", {"LSPINE"}), ("Рентгенография левого голеностопного сустава", {"ANKLE"}),
    ("Рентгенография плечевого сустава", {"SHOULDER"}), ("Рентгенография плечевой кости", {"ARM"}),
    ("УЗИ молочных желез", {"BREAST"}), ("МРТ всего тела", WB), ("КТ органов брюшной полости и малого таза", AP),
    ("МРТ колінного суглоба", {"KNEE"}), ("КТ на гръден кош", {"CHEST"}),  # Ukrainian, Bulgarian
    ("頭部MRI", {"HEAD"}), ("胸椎MRI", {"TSPINE"}), ("胸腹骨盤部CT", CAP), ("右膝関節", {"KNEE"}),
    ("手関節 2方向", {"WRIST"}), ("手術", set()), ("全脊椎MRI", set(L.WHOLE_SPINE)), ("大腿骨頸部", {"HIP"}),
    ("头颅CT", {"HEAD"}), ("颈椎MRI", {"CSPINE"}), ("盆腔CT", {"PELVIS"}), ("膝关节", {"KNEE"}),
    ("흉부 CT", {"CHEST"}), ("요추 MRI", {"LSPINE"}), ("발목", {"ANKLE"}), ("무릎", {"KNEE"}),
    ("تصوير الصدر", {"CHEST"}), ("ברך", {"KNEE"}),
    ("CT caput", {"HEAD"}), ("MR columna lumbalis", {"LSPINE"}), ("MR columna cervicalis", {"CSPINE"}),
    ("RTG stawu kolanowego", {"KNEE"}), ("MR kręgosłupa szyjnego", {"CSPINE"}), ("MR hrudní páteře", {"TSPINE"}),
    ("Tüm batın BT", AP), ("Üst batın MR", {"ABDOMEN"}), ("Sol kruris grafisi", {"LEG"}),
    ("Has-kismedence CT", AP), ("RM coloana lombara", {"LSPINE"}), ("RTG koljena", {"KNEE"}),
    ("Rentgen kelio sanario", {"KNEE"}), ("Rontgen põlv", {"KNEE"}), ("MRI lutut", {"KNEE"}),
    ("CT urinveier", AP), ("US Renal tract", AP),
])
def test_scripts_and_languages(text, expected):
    assert lex(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("VERTEBROPLASTY L1", {"LSPINE"}), ("KYPHOPLASTY T12", {"TSPINE"}), ("FACET INJECTION C5-6", {"CSPINE"}),
    ("MRI SPINE T1 SAG", set()),                       # T1/T2 are MR weightings, not vertebrae
    ("CT thorax/abdomen zonder bekken", {"CHEST", "ABDOMEN"}), ("MRT Abdomen ohne Becken", {"ABDOMEN"}),
    ("CT HEAD W/O", {"HEAD"}),                          # W/O is "without contrast"
    ("XR FOOT LAT WB", {"FOOT"}), ("DP WB L", set()), ("NM WB ANT", WB), ("CT WB lung", WB),
    ("NM BONE SCAN 3 PHASE LT FOOT", {"FOOT"}), ("NM BONE SCAN", WB),
    ("Iodine 2 mg/cc", set()), ("MG CC LEFT", {"BREAST"}), ("BREAST^AB-MRI", {"BREAST"}),
    ("IVC FILTER PLACEMENT", {"ABDOMEN"}), ("BAE", {"CHEST"}), ("PAE", {"PELVIS"}), ("MUGA", {"CHEST"}),
    ("SFA PTA", {"THIGH"}), ("BTK ANGIOPLASTY", {"LEG"}), ("VFSS", {"HEAD", "NECK"}),
    ("MECHANICAL THROMBECTOMY", {"HEAD"}), ("GI BLEED SCAN", AP), ("CHEST WO IVC", {"CHEST"}),
])
def test_kinds(text, expected):
    assert lex(text) == expected


@pytest.mark.parametrize("meta, expected", [
    ({"Modality": "OT", "StudyDescription": "MRI BRAIN", "SeriesDescription": "Screen Capture"}, set()),
    ({"Modality": "US", "StudyDescription": "US THYROID", "SeriesDescription": "Thyroid screen capture"}, {"NECK"}),
    ({"Modality": "OT", "StudyDescription": "MR HEAD", "SeriesDescription": "MIP capture"}, {"HEAD"}),
    ({"Modality": "MR", "StudyDescription": "MRI KNEE", "SeriesDescription": "PhoenixZIPReport"}, set()),
    ({"Modality": "MR", "StudyDescription": "QA Weekly", "SeriesDescription": "Head coil SNR sphere"}, set()),
])
def test_pages_and_captures(meta, expected):
    assert F.rule_labels(meta)[0] == expected


@pytest.mark.parametrize("meta, side", [
    ({"SeriesDescription": "ΓΟΝΑΤΟ Ο-Π ΔΕΞ."}, "R"), ({"SeriesDescription": "Коленный сустав слева"}, "L"),
    ({"SeriesDescription": "膝 正面 右"}, "R"), ({"SeriesDescription": "両膝 立位"}, "B"),
    ({"SeriesDescription": "Femur AP SAĞ"}, "R"), ({"SeriesDescription": "Kolano AP lew."}, "L"),
    ({"SeriesDescription": "GONATO PLAGIA DE"}, "R"),
    ({"SeriesDescription": "Coupes de 5 mm genou"}, None),    # "de" read as a side only last
    ({"SeriesDescription": "MR knee level 2"}, None),         # no "LEV*" stem: LEVEL is not left
])
def test_side_words(meta, side):
    assert F.laterality(meta, {"KNEE"}) == side


def test_stemmed_phrases_are_parsed_and_generated():
    assert ("GRUDN*", "KLETK*") in L.STEM_PHRASES
    terms = {t for t, _ in synthetic._term_entries()}
    assert "GRUDN KLETK" in terms and lex("GRUDN KLETK") == {"CHEST"}


def test_union_rows_name_both_regions():
    rows = list(synthetic.unions(count=200))
    assert len(rows) > 150
    for meta, labels in rows:
        assert len(labels) >= 2 and L.canonical(set(labels)) == set(labels)
        assert len(lex(meta["StudyDescription"])) >= 2


def test_model_answers_a_union_the_text_names():
    p = default_model().predict_series({"Modality": "CT", "StudyDescription": "CT HEAD AND C-SPINE W/O",
                                        "SeriesDescription": "Scout"})
    assert not p.unknown and set(p.labels) == {"HEAD", "CSPINE"}
