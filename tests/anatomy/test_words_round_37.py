"""The round of sets 37 to 39: rules and words from the misses of the design sets 29 (a heart and
vascular centre) and 35 (orthopaedic and spine surgery), read after their blind runs; each good
case beside the one the rule must leave alone."""

import pytest

from radview.protocols.anatomy import clauses
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.hips import by_hip_study
from radview.protocols.anatomy.prediction import Prediction
from radview.protocols.anatomy.runoff import RUNOFF, by_runoff
# the shipped model (a module fixture) and the one-description answer of an earlier word round
from tests.anatomy.test_words_persian_nordic import answer, model  # noqa: F401

LONG_LEG = {"HIP", "THIGH", "KNEE", "LEG", "ANKLE"}
CAP = {"CHEST", "ABDOMEN", "PELVIS"}


# ---- the clinical question and the occasion are not the exam ----------------------------------

def _names_region(tokens):
    from radview.protocols.anatomy.features import lexicon_hits
    return bool(lexicon_hits([tokens])[0])


def _clauses(text):
    return clauses.without_clauses(text, L.normalise(text), L.normalise, _names_region, {"BDS", "LI"})


def test_a_question_in_brackets_is_left_out_when_the_rest_names_a_region():
    assert _clauses("MRT BWS (spinale Ischämie nach TEVAR?)") == ["MRT", "BWS"]
    assert _clauses("Spinaldrainage LWS (vor TEVAR)") == ["SPINALDRAINAGE", "LWS"]
    assert _clauses("Venenmapping V. saphena magna bds. vor ACVB") == ["VENENMAPPING", "V", "SAPHENA", "MAGNA", "BDS"]
    assert _clauses("Hüftsonographie nach Graf bds.") == ["HUFTSONOGRAPHIE", "BDS"]   # the side stays


def test_a_clause_is_kept_when_nothing_else_names_a_region():
    assert _clauses("CT Kontrolle nach EVAR") == L.normalise("CT Kontrolle nach EVAR")
    assert _clauses("CT (Appendizitis?)") == L.normalise("CT (Appendizitis?)")
    assert _clauses("MR Knie (Innenmeniskus)") == L.normalise("MR Knie (Innenmeniskus)")  # no question
    assert _clauses("PRE OP CHEST") == L.normalise("PRE OP CHEST")  # an occasion first is the exam's


@pytest.mark.parametrize("modality, text, labels, side", [
    ("MR", "MRT BWS (spinale Ischämie nach TEVAR?)", {"TSPINE"}, None),
    ("RF", "Spinaldrainage LWS unter DL (vor TEVAR)", {"LSPINE"}, None),
    ("US", "MAPOVÁNÍ V. SAPHENA MAGNA DKK OBOUSTRANNĚ PŘED CABG", {"THIGH", "KNEE", "LEG"}, "B"),
    ("US", "MAPOWANIE ŻYŁY ODPISZCZELOWEJ KOŃCZYNY DOLNEJ LEWEJ PRZED CABG", {"THIGH", "KNEE", "LEG"}, "L"),
    ("DX", "RTG odcinka szyjnego kregoslupa (zebro szyjne?)", {"CSPINE"}, None),
    ("US", "Hüftsonographie nach Graf bds.", {"HIP"}, "B"),
    ("CT", "CT Kontrolle nach EVAR (3-phasig)", {"ABDOMEN", "PELVIS"}, None),   # the stent graft's region
    ("MR", "MR brain post contrast", {"HEAD"}, None),
])
def test_occasions_and_questions(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


# ---- the aorta and its qualifier -----------------------------------------------------------------

def test_the_aorta_and_the_qualifiers_after_it_are_one_token():
    assert clauses.aorta_words(L.normalise("CT Angio Aorta abdominalis")) == ["CT", "ANGIO", "AORTAABDOMINALIS"]
    assert clauses.aorta_words(L.normalise("Angio-TK aorty piersiowej i brzusznej")) == [
        "ANGIO", "TK", "AORTATHORACICA", "AORTAABDOMINALIS"]
    assert clauses.aorta_words(L.normalise("CTA Aorta")) == ["CTA", "AORTA"]          # the whole aorta
    assert clauses.aorta_words(L.normalise("Aorta und Becken")) == ["AORTA", "UND", "BECKEN"]


@pytest.mark.parametrize("modality, text, labels", [
    ("MR", "MRA AORTA THORACALIS (MARFAN)", {"CHEST"}),
    ("CT", "CT Angio Aorta abdominalis + Beckenarterien", {"ABDOMEN", "PELVIS"}),
    ("CT", "Angio-TK aorty piersiowej", {"CHEST"}),           # not the breast ("pierś")
    ("CT", "Angio-TK aorty piersiowej i brzusznej", CAP),
    ("CT", "Angio-TK aorty - podejrzenie rozwarstwienia", CAP),
    ("CT", "CTA celé aorty", CAP),
    ("CT", "CTA Aorta", CAP),
    ("US", "DUPLEX BAUCHAORTA", {"ABDOMEN"}),                 # the sonographer's abdominal aorta
    ("US", "USG AORTY BRZUSZNEJ", {"ABDOMEN"}),
    ("US", "Sono Bauchaorta (AAA-Screening)", {"ABDOMEN"}),
    ("CT", "CTA Bauchaorta", {"ABDOMEN", "PELVIS"}),           # a CT angiogram runs through the iliacs
])
def test_aorta(model, modality, text, labels):
    assert answer(model, modality, text) == (labels, None)


# ---- vessels and vascular words ------------------------------------------------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "CTA plicnice (PE?)", {"CHEST"}, None),
    ("CT", "CTA Aortenbogen bis Circulus Willisii", {"HEAD", "NECK", "CHEST"}, None),
    ("CT", "Angio-TK od łuku aorty do koła Willisa", {"HEAD", "NECK", "CHEST"}, None),
    ("CT", "CTA Aortenbogen + supraaortale Gefäße", {"NECK", "CHEST"}, None),
    ("US", "DUPLEX A. RADIALIS RE. (GRAFTPLANUNG)", {"FOREARM", "WRIST"}, "R"),
    ("US", "USG Doppler tętnicy promieniowej lewej", {"FOREARM", "WRIST"}, "L"),
    ("US", "Duplex Hohlhandbogen li (Allen-Test vor Radialis-Entnahme)", {"HAND", "WRIST"}, "L"),
    ("US", "DUPLEX MEZENTERICKÝCH TEPEN", {"ABDOMEN"}, None),
    ("US", "USG DOPPLER PNIA TRZEWNEGO I T. KREZKOWEJ GÓRNEJ", {"ABDOMEN"}, None),
    ("XA", "Stent a. iliaca communis l. sin.", {"PELVIS"}, None),
    ("MR", "MRT/MRA Kniekehle bds. (Entrapment, Provokation)", {"KNEE"}, "B"),
    ("US", "UZ žil PDK (HŽT?)", {"THIGH", "KNEE", "LEG"}, "R"),       # Czech: the right lower limb
    ("US", "USG Doppler żył KDL", {"THIGH", "KNEE", "LEG"}, "L"),      # Polish: the left lower limb
    ("CT", "CT TAVI-Planung (Herz + Aorta + Becken)", CAP, None),    # the TAVI CT itself
])
def test_vessels(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_heart_phase_series_of_a_tavi_ct_is_the_chest(model):
    study = "CT TAVI-Planung (Herz + Aorta + Becken)"
    for series, labels in (("TAVI Heart 40% 0.6 FC43 AIDR 3D", {"CHEST"}), ("TAVI Cor 75%  0.5  Qr40  3", {"CHEST"}),
                           ("Zugangswege 0.75 FC03", CAP)):
        p = model.predict_series({"Modality": "CT", "SeriesDescription": series, "StudyDescription": study})
        assert set(p.labels) == labels, series


def test_radial_is_an_artery_only_with_an_artery_word(model):
    assert answer(model, "MR", "MR Knie", SeriesDescription="T2 radial") == ({"KNEE"}, None)


# ---- orthopaedic surgery -------------------------------------------------------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("RF", "IITV Theatre - IM nail femur RIGHT", {"HIP", "THIGH", "KNEE"}, "R"),
    ("RF", "BV INTRAOP. MARKNAGEL FEMUR LI", {"HIP", "THIGH", "KNEE"}, "L"),
    ("XA", "Escopia quirófano clavo endomedular tibia derecha", {"KNEE", "LEG", "ANKLE"}, "R"),
    ("RF", "FL INTRAOP PHILOS PROXIMAL HUMERUS RT", {"SHOULDER", "ARM"}, "R"),
    ("DX", "Rx humero proximal izqdo. postoperatoria", {"SHOULDER", "ARM"}, "L"),
    ("XA", "BV INTRAOP. RADIUSPLATTE LINKS", {"WRIST"}, "L"),
    ("RF", "Blok operacyjny - zespolenie kostek strona lewa", {"ANKLE"}, "L"),
    ("XA", "BLOKADA STAWU KRZYZOWO-BIODROWEGO STR. P", {"PELVIS"}, None),   # not the hip
    ("RF", "DL Kaudale Epiduralinfiltration (Sakralkanal)", {"PELVIS"}, None),
    ("US", "US RT COMMON EXTENSOR ORIGIN", {"ELBOW"}, "R"),
    ("DX", "WS-Ganzaufnahme im Stand a.p./seitl.", {"CSPINE", "TSPINE", "LSPINE"}, None),
    ("DX", "Telemetría pierna izda.", LONG_LEG, "L"),
    ("DX", "RTG OBU KONCZYN DOLNYCH NA STOJACO - DLUGIE KASETY", LONG_LEG, "B"),
    ("DX", "XR femur right", {"THIGH"}, "R"),                     # a film of the femur stays the thigh
    ("CR", "Rx rodilla izquierda en carga", {"KNEE"}, "L"),       # a standing knee stays the knee
    ("DX", "RTG stawu biodrowego lewego", {"HIP"}, "L"),          # the Polish hip joint stays the hip
])
def test_orthopaedic_words(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def _film(model, series, study, modality="DX"):
    p = model.predict_series({"Modality": modality, "SeriesDescription": series, "StudyDescription": study})
    return set(p.labels), p.laterality


def test_the_ap_pelvis_of_a_hip_exam_shows_both_hips(model):
    assert _film(model, "Becken a.p.", "RÖ BECKEN + HÜFTE RE AXIAL (PLANUNG HÜFT-TEP)") == ({"PELVIS", "HIP"}, "B")
    assert _film(model, "AP Pelvis", "XR HIP RT THR FOLLOW-UP") == ({"PELVIS", "HIP"}, "B")
    assert _film(model, "THR template", "XR PELVIS AP + LAT HIP RIGHT PRE-OP THR", "OT") == ({"PELVIS", "HIP"}, "B")
    # ... a pelvis exam's AP film stays the pelvis
    assert _film(model, "Becken a.p.", "Rö Thorax + Becken (Schockraum)") == ({"PELVIS"}, None)
    assert _film(model, "PELVIS AP", "XR PELVIS AP (TRAUMA)") == ({"PELVIS"}, None)


def test_by_hip_study_leaves_other_answers():
    knee = Prediction(labels=("KNEE",), laterality="R", confidence=0.9, unknown=False)
    meta = {"Modality": "DX", "SeriesDescription": "Knie a.p.", "StudyDescription": "Hüft-TEP rechts"}
    assert by_hip_study(knee, meta, None) is knee
    unknown = Prediction(labels=(), laterality=None, confidence=0.2, unknown=True)
    assert by_hip_study(unknown, {"Modality": "DX", "SeriesDescription": "AP Pelvis",
                                  "StudyDescription": "Hüft-TEP"}, None) is unknown


# ---- from the misses of the design sets 22 (oncology) and 36 (Cyrillic) ------------------------

@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "CT TAB KM", CAP, None),                                    # Thorax, Abdomen, Becken
    ("CT", "Bestrahlungsplanungs-CT Ganzhirn", {"HEAD"}, None),
    ("CT", "CT-simulatie gehele brein", {"HEAD"}, None),
    ("CT", "CT SIM ACETABULUM RIGHT", {"PELVIS", "HIP"}, "R"),
    ("MR", "MR hip acetabular labrum tear right", {"HIP"}, "R"),       # the labrum is the joint's
    ("DX", "RX caviglia sn", {"ANKLE"}, "L"),
    ("MR", "MRI NECK AND FACE W WO", {"HEAD", "NECK"}, None),
    ("NM", "SLN-Szintigraphie Vulva", {"PELVIS"}, None),
    ("CT", "BIOPSIA OSSEA TC-GUIDATA ALA ILIACA DX", {"PELVIS"}, None),
    ("MR", "RM RACHIDE IN TOTO FOLLOW-UP", {"CSPINE", "TSPINE", "LSPINE"}, None),
    ("US", "Ecografia addome completo", {"ABDOMEN", "PELVIS"}, None),
    ("CT", "TC di centratura cervice + paraaortici", {"ABDOMEN", "PELVIS"}, None),
    ("MR", "RM cervicale", {"CSPINE"}, None),
    ("OT", "Workflow Summary", set(), None),
    ("CT", "МСКТ-аортография грудного и брюшного отделов", CAP, None),
    ("CT", "КТ-ангиография аорты", CAP, None),
    ("CT", "МСКТА БРАХИОЦЕФАЛЬНЫХ АРТЕРИЙ И СОСУДОВ ГМ", {"HEAD", "NECK"}, None),
    ("MR", "МРТ ГОП", {"TSPINE"}, None),
    ("MR", "МРТ ПОП", {"LSPINE"}, None),
    ("DX", "Rg levogo luchezapiastnogo sustava", {"WRIST"}, "L"),
    ("MR", "MRT vseh otdelov pozvonochnika (1,5 Tl)", {"CSPINE", "TSPINE", "LSPINE"}, None),
    ("MR", "МРТ ПОПЕРЕКОВО-КРИЖОВОГО ВІДДІЛУ ХРЕБТА", {"LSPINE"}, None),
    ("US", "НСГ", {"HEAD"}, None),
    ("NM", "ОФЭКТ МИОКАРДА С НАГРУЗКОЙ", {"CHEST"}, None),
    ("CT", "Конусно-променева КТ щелеп", {"HEAD"}, None),
    ("CT", "КТ пальців правої стопи", {"FOOT"}, "R"),                  # the toes, not the fingers
    ("US", "UZD plechovogo sugloba (pravyj)", {"SHOULDER"}, "R"),
    ("DX", "Табан сол жақ рентгенографиясы", {"FOOT"}, "L"),            # Kazakh
    ("CT", "Кеуде, құрсақ қуысы және кіші жамбас КТ", CAP, None),
    ("MR", "МРТ: бас миы", {"HEAD"}, None),
    ("DX", "AYAK BILEĞI SOL", {"ANKLE"}, "L"),                        # the Turkish words stay
])
def test_words_of_the_design_sets_22_and_36(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_kazakh_letters_are_letters():
    assert L.normalise("құрсақ қуысы") == ["KURSAK", "KUYSY"]
    assert L.normalise("екі жақты") == ["EKI", "ZHAKTY"]


@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "КТ-АНГИОГРАФИЯ АРТЕРИЙ НИЖНИХ КОНЕЧНОСТЕЙ", set(RUNOFF), "B"),
    ("CT", "CT ANGIO BEINE BEIDSEITS", set(RUNOFF), "B"),
    ("MR", "MRA lower extremity arteries", set(RUNOFF), "B"),
    ("CT", "CTA Bein li. (Knieluxation)", {"THIGH", "KNEE", "LEG"}, "L"),   # one leg's vessels
    # ... a duplex and a plain CT of the leg are not
    ("US", "Arterial duplex lower extremity right", {"THIGH", "KNEE", "LEG"}, "R"),
    ("CT", "CT lower leg right", {"LEG"}, "R"),
])
def test_a_ct_or_mr_angiogram_of_the_legs_is_a_runoff(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_a_venous_study_of_the_legs_is_not_a_runoff():
    legs = Prediction(labels=("THIGH", "KNEE", "LEG"), laterality="B", confidence=0.9, unknown=False)
    meta = {"Modality": "CT", "StudyDescription": "CT Angio Venen Beine (Thrombose)"}
    assert by_runoff(legs, meta, None) is legs
    meta = {"Modality": "CT", "StudyDescription": "CT Angio Beine"}
    assert set(by_runoff(legs, meta, None).labels) == set(RUNOFF)


# ---- Cyrillic-script languages beyond Russian and Ukrainian (``cyrillic.py``), from general knowledge

@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "КТ АГК, АБП, АМТ з кантрасным узмацненнем", CAP, None),     # Belarusian
    ("MR", "МРТ шыйнага аддзела хрыбетніка", {"CSPINE"}, None),
    ("DX", "Каленныя суставы з абодвух бакоў", {"KNEE"}, "B"),
    ("DX", "Лакътна става ляво", {"ELBOW"}, "L"),                       # Bulgarian
    ("MR", "ЯМР на целия гръбначен стълб", {"CSPINE", "TSPINE", "LSPINE"}, None),
    ("DX", "РТГ леве клавикуле", {"SHOULDER"}, "L"),                     # Serbian
    ("DX", "Скочен зглоб десен", {"ANKLE"}, "R"),                        # Macedonian
    ("CT", "Цээж, хэвлий, аарцагны КТ тодосгогчтой", CAP, None),         # Mongolian
    ("DX", "Баруун мөрний үе", {"SHOULDER"}, "R"),
    ("DX", "Сол тізе буыны", {"KNEE"}, "L"),                             # Kazakh
    ("MR", "Бел омуртка МРТ", {"LSPINE"}, None),                          # Kyrgyz
    ("NM", "Сцинтиграфія кісток скелету", set(L.WHOLE_BODY), None),       # Ukrainian bone scan
])
def test_cyrillic_languages(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_cyrillic_words_leave_other_languages_alone(model):
    assert answer(model, "DX", "Knie Kalender rechts") == ({"KNEE"}, "R")     # not the Belarusian knee twice
    assert answer(model, "DX", "Rx rodilla on carga") == ({"KNEE"}, None)     # "on" is not the Kazakh right
    assert answer(model, "CT", "CT Thorax SL 5mm") == ({"CHEST"}, None)
    assert answer(model, "DX", "Рентгенография коленного сустава в двух проекциях") == ({"KNEE"}, None)
    assert answer(model, "DX", "SOL ÖN KOL") == ({"FOREARM"}, "L")           # Turkish: the left forearm


# ---- the word modules of language families (``words/``), from general knowledge -------------------

def test_scripts_that_were_dropped_are_words():
    assert L.normalise("छाती का एक्स-रे")[0] == "छाती"                # Devanagari
    assert L.normalise("বুকের এক্স-রে")[0] == "বুকের"                # Bengali
    assert len(L.normalise("გულმკერდის რენტგენი")) == 2              # Georgian
    assert len(L.normalise("Կրծքավանդակի ռենտգեն")) == 2             # Armenian
    assert L.normalise("پیٹ") == ["پيٹ"]                               # Urdu letters beyond Persian
    assert L.normalise("bilək") == ["BILEK"]                           # the Azerbaijani schwa


@pytest.mark.parametrize("modality, text, labels, side", [
    ("CT", "胸腹部CT", {"CHEST", "ABDOMEN"}, None),                     # (core lexicon, as before)
    ("DX", "파노라마", {"HEAD"}, None),                                  # Korean dental panoramic
    ("US", "SIEU AM THOP", {"HEAD"}, None),                             # Vietnamese fontanelle
    ("CT", "सीटी छाती", {"CHEST"}, None),                                # Hindi
    ("DX", "ডান হাঁটুর এক্স-রে", {"KNEE"}, "R"),                          # Bengali
    ("DX", "მარჯვენა მუხლის სახსრის რენტგენი", {"KNEE"}, "R"),            # Georgian
    ("DX", "Ձախ ծնկահոդի ռենտգեն", {"KNEE"}, "L"),                      # Armenian
    ("DX", "RX CHEVILLE G F+P", {"ANKLE"}, "L"),                        # French side before the views
    ("DX", "RX POIGNET G + SÉRIE SCAPHOÏDE", {"WRIST"}, "L"),
    ("DX", "RX MAIN D.P.", {"HAND"}, None),                             # d.p. stays dorsopalmar
    ("DX", "Rtg knän bilat belastade", {"KNEE"}, "B"),                  # Swedish
    ("DX", "RTG GLEŽNJA DESNO", {"ANKLE"}, "R"),                        # Slovenian
    ("DX", "Rx gjurit të djathtë", {"KNEE"}, "R"),                      # Albanian
])
def test_word_modules(model, modality, text, labels, side):
    assert answer(model, modality, text) == (labels, side)


def test_module_words_leave_the_exam_alone(model):
    # Siemens' AutoAlign head scout is the localizer of every MR exam at many sites: the exam's anatomy
    p = model.predict_series({"Modality": "MR", "SeriesDescription": "AAHead_Scout",
                              "StudyDescription": "MRI SHOULDER Right WO"})
    assert set(p.labels) == {"SHOULDER"}
    # the upper GI transit stays as it was (the authors split on it)
    assert answer(model, "RF", "TRANSIT OESO-GASTRO-DUODENAL", BodyPartExamined="STOMACH") == ({"ABDOMEN"}, None)


def test_devanagari_and_bengali_nasal_signs_stay_in_their_word():
    assert L.normalise("कंधे") == ["कंधे"]            # anusvara (the shoulders)
    assert L.normalise("বাঁ হাঁটু") == ["বাঁ", "হাঁটু"]    # candrabindu (left knee)
