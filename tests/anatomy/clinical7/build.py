#!/usr/bin/env python3
"""Writes tests/anatomy/data/clinical_set_7.jsonl: blind clinical anatomy set 7, a regional
imaging network's fortnight (twelve sites in twelve countries, each in its own language).

Standard library only and a fixed seed, so the file is reproducible: `python build.py` writes
it, `python build.py --check` says whether the committed file is what this script writes.
Labels follow the shared anatomy spec; the conventions chosen where the spec leaves room are in
README.md next to this script. Each row is one series; some rows carry their study (the study
description and the other series of the study, unlabelled).
"""

import json
import random
import re
import sys
from pathlib import Path

SEED = 70717
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_7.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
SPINE = ["CSPINE", "TSPINE", "LSPINE"]

# --------------------------------------------------------------------------- languages

SIDEW = {
    "en": {"R": ["RT", "Right", "RIGHT", "Rt"], "L": ["LT", "Left", "LEFT", "Lt"], "B": ["Bilateral", "BIL", "Both", "bilat"]},
    "ja": {"R": ["右"], "L": ["左"], "B": ["両側"]},
    "ko": {"R": ["우측", "Rt."], "L": ["좌측", "Lt."], "B": ["양측", "Both"]},
    "zh": {"R": ["右", "右側"], "L": ["左", "左側"], "B": ["雙側", "Bil."]},
    "el": {"R": ["ΔΕΞΙΟΥ", "ΔΕΞ."], "L": ["ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤ."], "B": ["ΑΜΦΟΤΕΡΟΠΛΕΥΡΗ", "ΑΜΦ."]},
    "cs": {"R": ["vpravo", "pravé", "PRAVÝ"], "L": ["vlevo", "levé", "LEVÝ"], "B": ["bilat.", "oboustranně"]},
    "hu": {"R": ["jobb", "jobb oldali"], "L": ["bal", "bal oldali"], "B": ["kétoldali", "mindkét oldali"]},
    "fi": {"R": ["oik", "oikea", "dx"], "L": ["vas", "vasen", "sin"], "B": ["molemmat", "mol."]},
    "es": {"R": ["derecha", "der.", "DER"], "L": ["izquierda", "izq.", "IZQ"], "B": ["bilateral", "ambas"]},
    "he": {"R": ["ימין", "RT"], "L": ["שמאל", "LT"], "B": ["דו צדדי", "bilat"]},
    "ar": {"R": ["الأيمن", "اليمنى", "Rt"], "L": ["الأيسر", "اليسرى", "Lt"], "B": ["الجانبين", "Bilateral"]},
    "vi": {"R": ["phải", "(P)"], "L": ["trái", "(T)"], "B": ["hai bên", "2 bên"]},
}
# Side words the check reads (upper case, one word each); CJK sides are read as characters.
SIDE_TOKENS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT", "RCC", "RMLO", "RML", "RXCCL", "RLM"},
           "L": {"L", "LT", "LEFT", "LFT", "LCC", "LMLO", "LML", "LXCCL", "LLM"}},
    "ja": {"R": set(), "L": set()}, "zh": {"R": set(), "L": set()},
    "ko": {"R": {"우측", "오른쪽"}, "L": {"좌측", "왼쪽"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞ", "ΔΕΞΙΟ", "ΔΕΞΙΑ", "ΔΕΞΙΑΣ"}, "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤ", "ΑΡΙΣΤΕΡΟ", "ΑΡΙΣΤΕΡΗ", "ΑΡΙΣΤΕΡΗΣ"}},
    "cs": {"R": {"VPRAVO", "PRAVÉ", "PRAVÝ", "PRAVÁ", "DX"}, "L": {"VLEVO", "LEVÉ", "LEVÝ", "LEVÁ", "SIN"}},
    "hu": {"R": {"JOBB", "J"}, "L": {"BAL"}},
    "fi": {"R": {"OIK", "OIKEA", "DX"}, "L": {"VAS", "VASEN", "SIN"}},
    "es": {"R": {"DERECHA", "DERECHO", "DER", "DCHA"}, "L": {"IZQUIERDA", "IZQUIERDO", "IZQ"}},
    "he": {"R": {"ימין"}, "L": {"שמאל"}},
    "ar": {"R": {"الأيمن", "اليمنى", "يمين"}, "L": {"الأيسر", "اليسرى", "يسار"}},
    "vi": {"R": {"PHẢI", "P"}, "L": {"TRÁI", "T"}},
}
CJK = {"R": "右", "L": "左"}
SIDE_TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
             "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")


def sides_in(texts, lang):
    """The sides (R, L) a list of texts names in English or in the site's language."""
    words = {w for t in texts for w in re.split(r"[\W_]+", t.upper()) if w}
    found = set()
    for s in "RL":
        if words & (SIDE_TOKENS["en"][s] | SIDE_TOKENS[lang][s]):
            found.add(s)
        if lang in ("ja", "zh") and any(CJK[s] in t for t in texts):
            found.add(s)
    return found


LIMB = {"shoulder": "SHOULDER", "clavicle": "SHOULDER", "humerus": "ARM", "elbow": "ELBOW",
        "forearm": "FOREARM", "wrist": "WRIST", "scaphoid": "WRIST", "hand": "HAND", "finger": "HAND",
        "hip": "HIP", "femur": "THIGH", "knee": "KNEE", "tibfib": "LEG", "ankle": "ANKLE",
        "foot": "FOOT", "toe": "FOOT", "calcaneus": "FOOT"}
_P = ["shoulder", "clavicle", "humerus", "elbow", "forearm", "wrist", "scaphoid", "hand", "finger",
      "hip", "femur", "knee", "tibfib", "ankle", "foot", "toe", "calcaneus"]
PARTS = {k: dict(zip(_P, v.split("|"))) for k, v in {
    "en": "SHOULDER|CLAVICLE|HUMERUS|ELBOW|FOREARM|WRIST|SCAPHOID|HAND|FINGER|HIP|FEMUR|KNEE|TIB/FIB|ANKLE|FOOT|TOES|CALCANEUM",
    "ja": "肩関節|鎖骨|上腕骨|肘関節|前腕|手関節|舟状骨|手|手指|股関節|大腿骨|膝関節|下腿|足関節|足部|足趾|踵骨",
    "ko": "Shoulder|Clavicle|Humerus|Elbow|Forearm|Wrist|Scaphoid|Hand|Finger|Hip|Femur|Knee|Tibia-fibula|Ankle|Foot|Toe|Calcaneus",
    "zh": "肩關節|鎖骨|肱骨|肘關節|前臂|腕關節|舟狀骨|手掌|手指|髖關節|股骨|膝關節|脛腓骨|踝關節|足部|腳趾|跟骨",
    "el": "ΩΜΟΥ|ΚΛΕΙΔΑΣ|ΒΡΑΧΙΟΝΙΟΥ|ΑΓΚΩΝΑ|ΠΗΧΕΟΣ|ΠΗΧΕΟΚΑΡΠΙΚΗΣ|ΣΚΑΦΟΕΙΔΟΥΣ|ΑΚΡΑΣ ΧΕΙΡΑΣ|ΔΑΚΤΥΛΟΥ ΧΕΙΡΑΣ|ΙΣΧΙΟΥ|ΜΗΡΙΑΙΟΥ|ΓΟΝΑΤΟΣ|ΚΝΗΜΗΣ|ΠΟΔΟΚΝΗΜΙΚΗΣ|ΑΚΡΟΥ ΠΟΔΑ|ΔΑΚΤΥΛΩΝ ΠΟΔΑ|ΠΤΕΡΝΑΣ",
    "cs": "ramene|klíčku|pažní kosti|lokte|předloktí|zápěstí|os naviculare|ruky|prstu ruky|kyčle|stehenní kosti|kolene|bérce|hlezna|nohy|prstu nohy|patní kosti",
    "hu": "Váll|Kulcscsont|Felkar|Könyök|Alkar|Csukló|Sajkacsont|Kéz|Ujj|Csípő|Comb|Térd|Lábszár|Boka|Lábfej|Lábujj|Sarokcsont",
    "vi": "khớp vai|xương đòn|xương cánh tay|khớp khuỷu|cẳng tay|cổ tay|xương thuyền|bàn tay|ngón tay|khớp háng|xương đùi|khớp gối|cẳng chân|cổ chân|bàn chân|ngón chân|xương gót",
    "ar": "الكتف|الترقوة|العضد|المرفق|الساعد|الرسغ|العظم الزورقي|اليد|الإصبع|الورك|الفخذ|الركبة|الساق|الكاحل|القدم|أصابع القدم|عظم العقب",
}.items()}
VIEWS = {"shoulder": ["AP", "Y-view", "Axial"], "clavicle": ["AP", "AP 15 cran"], "humerus": ["AP", "LAT"],
         "elbow": ["AP", "LAT"], "forearm": ["AP", "LAT"], "wrist": ["PA", "LAT"], "scaphoid": ["PA", "Ulnar dev", "Obl"],
         "hand": ["PA", "Obl"], "finger": ["PA", "LAT"], "hip": ["AP", "Lauenstein"], "femur": ["AP", "LAT"],
         "knee": ["AP", "LAT", "Skyline"], "tibfib": ["AP", "LAT"], "ankle": ["AP", "Mortise", "LAT"],
         "foot": ["DP", "Obl", "LAT"], "toe": ["DP", "Obl"], "calcaneus": ["Axial", "LAT"]}

# Study descriptions per language; {S} is a side word, {P} a limb part. Missing keys fall back
# to the English list (sites mix English into their own language).
EN = {
    "xr_chest": ["CHEST PA AND LATERAL", "XR CHEST 1 VIEW", "Chest PA"], "xr_abd": ["XR ABDOMEN SUPINE", "Abdomen AP"],
    "xr_kub": ["XR KUB"], "xr_skull": ["XR SKULL 2 VIEWS"], "xr_sinus": ["XR SINUSES (WATERS)"],
    "xr_cspine": ["XR C-SPINE AP/LAT"], "xr_tspine": ["XR T-SPINE 2V"], "xr_lspine": ["XR LUMBAR SPINE AP/LAT"],
    "xr_wspine": ["XR WHOLE SPINE STANDING (SCOLIOSIS)"], "xr_pelvis": ["XR PELVIS AP"], "xr_hips": ["XR PELVIS + BOTH HIPS"],
    "xr_limb": ["XR {P} {S}", "{P} {S} 2 VIEWS"], "xr_knees": ["XR BOTH KNEES STANDING"],
    "xr_longleg": ["XR LONG LEG STANDING BILATERAL"], "xr_boneage": ["BONE AGE (LEFT HAND)"],
    "xr_babygram": ["BABYGRAM CHEST + ABDOMEN"], "xr_survey": ["SKELETAL SURVEY"], "xr_ribs": ["XR RIBS"],
    "ct_head": ["CT HEAD WITHOUT CONTRAST", "CT BRAIN"], "ct_headcs": ["CT HEAD AND C-SPINE TRAUMA"],
    "ct_cspine": ["CT CERVICAL SPINE"], "ct_lspine": ["CT LUMBAR SPINE"], "ct_chest": ["CT CHEST WITH CONTRAST", "HRCT CHEST"],
    "ct_cpa": ["CT PULMONARY ANGIOGRAM"], "ct_abd": ["CT ABDOMEN"], "ct_ap": ["CT ABDOMEN AND PELVIS WITH CONTRAST"],
    "ct_cap": ["CT CHEST/ABDOMEN/PELVIS WITH CONTRAST", "CT TAP"], "ct_neck": ["CT NECK WITH CONTRAST"],
    "ct_neckchest": ["CT NECK AND CHEST"], "ct_hn": ["CT HEAD AND NECK"], "ct_sinus": ["CT PARANASAL SINUSES"],
    "ct_temporal": ["CT TEMPORAL BONES"], "cbct": ["CBCT MAXILLA"], "ct_kub": ["CT KUB STONE PROTOCOL"],
    "ct_uro": ["CT UROGRAPHY"], "ct_colono": ["CT COLONOGRAPHY"], "ct_coronary": ["CT CORONARY ANGIOGRAPHY"],
    "ct_calcium": ["CT CALCIUM SCORE"], "ct_tavi": ["CT TAVI PLANNING"], "ct_aorta": ["CTA THORACOABDOMINAL AORTA"],
    "ct_trauma": ["CT POLYTRAUMA WHOLE BODY"], "ct_ctahn": ["CTA HEAD AND NECK"], "ct_limb": ["CT {P} {S}"],
    "mr_brain": ["MRI BRAIN WITH AND WITHOUT CONTRAST", "MR BRAIN"], "mr_pit": ["MRI PITUITARY"], "mr_iac": ["MRI IAC"],
    "mr_orbit": ["MRI ORBITS"], "mr_cspine": ["MRI CERVICAL SPINE"], "mr_tspine": ["MRI THORACIC SPINE"],
    "mr_lspine": ["MRI LUMBAR SPINE"], "mr_wspine": ["MRI WHOLE SPINE"], "mr_limb": ["MRI {P} {S}", "MR {P} {S}"],
    "mr_hips": ["MRI BOTH HIPS"], "mr_prostate": ["MRI PROSTATE MULTIPARAMETRIC"], "mr_pelvisf": ["MRI FEMALE PELVIS"],
    "mr_rectum": ["MRI RECTUM STAGING"], "mr_liver": ["MRI LIVER WITH CONTRAST"], "mrcp": ["MRCP"],
    "mr_entero": ["MR ENTEROGRAPHY"], "mr_breast": ["MRI BREAST BILATERAL"], "mr_cardiac": ["CARDIAC MRI"],
    "mr_wb": ["WHOLE BODY MRI"], "mr_npc": ["MRI NASOPHARYNX AND NECK"], "mr_si": ["MRI SACROILIAC JOINTS"],
    "mr_tmj": ["MRI TMJ"], "mr_qc": ["QA PHANTOM"],
    "pet_fdg": ["PET/CT FDG WHOLE BODY", "PET-CT SKULL BASE TO MID THIGH"], "pet_psma": ["PSMA PET/CT"],
    "pet_brain": ["FDG PET BRAIN"], "nm_bone": ["BONE SCAN WHOLE BODY"], "nm_thyroid": ["THYROID SCAN TC99M"],
    "nm_i131": ["I-131 WHOLE BODY SCAN"], "nm_renal": ["RENAL SCAN MAG3"], "nm_vq": ["LUNG V/Q SCAN"],
    "nm_sentinel": ["LYMPHOSCINTIGRAPHY BREAST {S}"], "nm_mpi": ["MYOCARDIAL PERFUSION SPECT"], "nm_muga": ["MUGA SCAN"],
    "nm_parathyroid": ["PARATHYROID SCAN MIBI"], "nm_gastric": ["GASTRIC EMPTYING STUDY"],
    "us_abd": ["US ABDOMEN"], "us_wabd": ["US WHOLE ABDOMEN"], "us_pelvis": ["US PELVIS"], "us_tv": ["US TRANSVAGINAL"],
    "us_ob": ["US OBSTETRIC"], "us_thyroid": ["US THYROID"], "us_neck": ["US NECK"], "us_breast": ["US BREAST {S}"],
    "us_scrotum": ["US SCROTUM"], "us_carotid": ["CAROTID DOPPLER"], "us_legvein": ["VENOUS DOPPLER LOWER LIMB {S}"],
    "us_echo": ["ECHOCARDIOGRAM TTE"], "us_tee": ["TRANSESOPHAGEAL ECHO"], "us_kub": ["US KUB"], "us_renal": ["US KIDNEYS"],
    "us_hipbaby": ["US INFANT HIPS"], "us_cranial": ["CRANIAL US"], "us_pylorus": ["US PYLORUS"],
    "us_appendix": ["US APPENDIX"], "us_shoulder": ["US SHOULDER {S}"],
    "mg_screen": ["SCREENING MAMMOGRAM BILATERAL"], "mg_diag": ["DIAGNOSTIC MAMMOGRAM {S}"],
    "mg_tomo": ["TOMOSYNTHESIS BILATERAL"], "mg_biopsy": ["STEREOTACTIC BIOPSY {S} BREAST"],
    "mg_specimen": ["SPECIMEN RADIOGRAPH {S} BREAST"],
    "rf_swallow": ["BARIUM SWALLOW"], "rf_meal": ["BARIUM MEAL"], "rf_sbft": ["SMALL BOWEL FOLLOW THROUGH"],
    "rf_enema": ["BARIUM ENEMA"], "rf_vcug": ["VCUG"], "rf_hsg": ["HSG"], "rf_ivp": ["IVP"], "rf_rgu": ["RGU / MCU"],
    "rf_defeco": ["DEFECOGRAPHY"], "xa_coro": ["CORONARY ANGIOGRAPHY"],
    "dxa": ["DEXA BONE DENSITOMETRY"], "px_opg": ["OPG"], "xr_ceph": ["LATERAL CEPHALOGRAM"], "io_bw": ["BITEWINGS"],
    "doc_scan": ["SCANNED REQUEST"],
}
DESC = {
    "ja": {
        "xr_chest": ["胸部単純 2方向", "胸部X線 正面", "ｷｮｳﾌﾞ XP"], "xr_abd": ["腹部単純 臥位", "腹部XP"],
        "xr_lspine": ["腰椎 4R", "腰椎X線 2方向"], "xr_cspine": ["頸椎 2方向"], "xr_limb": ["{S}{P} 2方向", "単純X線 {P}({S})"],
        "ct_head": ["頭部CT 単純"], "ct_chest": ["胸部CT 造影", "胸部単純CT"], "ct_cap": ["CT 胸部～骨盤 造影", "胸腹部造影CT"],
        "ct_ap": ["腹部骨盤CT 造影"], "ct_abd": ["上腹部CT ダイナミック"], "ct_colono": ["CTコロノグラフィー"],
        "ct_coronary": ["冠動脈CT"], "ct_neck": ["頸部造影CT"], "ct_hn": ["頭頸部CT"],
        "mr_brain": ["頭部MRI", "MRI 頭部 単純", "ｱﾀﾏ MRI"], "mr_lspine": ["腰椎MRI"], "mr_cspine": ["頸椎MRI"],
        "mr_limb": ["MRI {S}{P}"], "mr_prostate": ["前立腺MRI"], "mr_liver": ["肝臓MRI EOB"], "mrcp": ["MRCP 胆膵"],
        "mr_pelvisf": ["骨盤MRI（子宮）"], "mr_breast": ["乳腺MRI 両側"],
        "pet_fdg": ["PET-CT 全身 FDG"], "nm_bone": ["骨シンチ 全身"], "nm_mpi": ["心筋シンチ 負荷"],
        "us_abd": ["腹部超音波", "腹部ｴｺｰ"], "us_thyroid": ["甲状腺エコー"], "us_echo": ["心エコー"], "us_carotid": ["頸動脈エコー"],
        "mg_screen": ["マンモグラフィ 両側 4方向", "ﾏﾝﾓ 両側"], "rf_meal": ["上部消化管造影"], "rf_enema": ["注腸造影"],
        "dxa": ["骨密度 DXA"], "doc_scan": ["依頼票 取込"],
    },
    "ko": {
        "xr_chest": ["Chest PA", "흉부 단순촬영"], "xr_abd": ["Abdomen supine (소아)", "복부 단순촬영"],
        "xr_limb": ["{P} AP/LAT ({S})", "{P} 2방향 {S}"], "xr_boneage": ["Bone age (Lt. hand)", "골연령 Lt. hand"],
        "xr_babygram": ["Babygram (흉복부)", "신생아 흉복부"], "xr_survey": ["Skeletal survey (아동학대)"],
        "xr_hips": ["Both hip AP (소아)"], "xr_wspine": ["Whole spine AP/LAT 측만증"], "xr_sinus": ["PNS Waters view"],
        "ct_head": ["Brain CT (소아 저선량)"], "ct_ap": ["Abdomen-pelvis CT (조영)"], "ct_chest": ["Chest CT 소아"],
        "mr_brain": ["Brain MRI (진정)", "뇌 MRI 조영"], "mr_wspine": ["Whole spine MRI"],
        "us_abd": ["복부 초음파 (소아)"], "us_hipbaby": ["Hip US (Graf) {S}", "고관절 초음파 {S}"],
        "us_cranial": ["Brain US (신생아)", "두부 초음파"], "us_pylorus": ["Pylorus US 유문협착"],
        "us_appendix": ["Appendix US 충수염"], "us_scrotum": ["음낭 초음파"], "us_kub": ["Kidney-bladder US"],
        "us_echo": ["소아 심장초음파"], "rf_vcug": ["VCUG 배뇨방광요도조영술"], "nm_renal": ["DMSA renal scan"],
    },
    "zh": {
        "ct_chest": ["胸部電腦斷層 (含顯影劑)", "Chest CT with contrast 胸部"], "ct_cap": ["胸腹骨盆腔 CT (含顯影劑)", "CT chest+abd+pelvis 追蹤"],
        "ct_ap": ["腹部骨盆腔CT"], "ct_hn": ["頭頸部 CT"], "ct_neckchest": ["頸部及胸部 CT"], "mr_npc": ["鼻咽 MRI (NPC) 頭頸部", "NPC MRI 鼻咽癌追蹤"],
        "mr_brain": ["腦部 MRI 轉移評估"], "mr_liver": ["肝臟 MRI Primovist"], "mr_breast": ["乳房 MRI 雙側"],
        "mr_rectum": ["直腸 MRI 分期"], "mr_prostate": ["攝護腺 MRI"], "pet_fdg": ["正子造影 全身 FDG PET/CT", "PET/CT 全身"],
        "pet_psma": ["PSMA 正子 全身"], "nm_bone": ["全身骨骼掃描", "骨掃描 Tc-99m MDP"], "nm_i131": ["碘-131 全身掃描"],
        "nm_thyroid": ["甲狀腺掃描"], "nm_sentinel": ["前哨淋巴結攝影 {S}乳"], "mg_screen": ["乳房攝影 雙側 篩檢"],
        "mg_diag": ["乳房攝影 {S} 診斷"], "us_breast": ["乳房超音波 {S}", "{S}乳房超音波"], "us_abd": ["腹部超音波 (肝)"],
        "us_thyroid": ["甲狀腺超音波"], "xr_chest": ["胸部X光 正面"], "doc_scan": ["掃描文件 同意書"],
    },
    "el": {
        "mr_brain": ["ΜΑΓΝΗΤΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΕΓΚΕΦΑΛΟΥ", "MRI ΕΓΚΕΦΑΛΟΥ ΜΕ ΣΚΙΑΓΡΑΦΙΚΟ"],
        "mr_lspine": ["ΜΤ ΟΣΦΥΪΚΗΣ ΜΟΙΡΑΣ ΣΣ", "MRI ΟΣΦΥΪΚΗΣ"], "mr_cspine": ["ΜΤ ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ"],
        "mr_tspine": ["ΜΤ ΘΩΡΑΚΙΚΗΣ ΜΟΙΡΑΣ ΣΣ"], "mr_limb": ["ΜΑΓΝΗΤΙΚΗ {P} {S}", "ΜΤ {P} {S}"], "mr_hips": ["ΜΤ ΙΣΧΙΩΝ ΑΜΦΟΤΕΡΟΠΛΕΥΡΗ"],
        "mr_prostate": ["ΜΤ ΠΡΟΣΤΑΤΗ ΠΟΛΥΠΑΡΑΜΕΤΡΙΚΗ"], "mr_pelvisf": ["ΜΤ ΠΥΕΛΟΥ (ΜΗΤΡΑ-ΩΟΘΗΚΕΣ)"], "mr_si": ["ΜΤ ΙΕΡΟΛΑΓΟΝΙΩΝ"],
        "mr_breast": ["ΜΑΓΝΗΤΙΚΗ ΜΑΣΤΩΝ"], "ct_chest": ["ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΘΩΡΑΚΟΣ"], "ct_ap": ["ΑΞΟΝΙΚΗ ΚΟΙΛΙΑΣ-ΠΥΕΛΟΥ"],
        "ct_sinus": ["ΑΞΟΝΙΚΗ ΠΑΡΑΡΡΙΝΙΩΝ"], "ct_head": ["ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ"], "us_abd": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΑΝΩ ΚΟΙΛΙΑΣ"],
        "us_wabd": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΚΟΙΛΙΑΣ (ΑΝΩ-ΚΑΤΩ)"], "us_thyroid": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΘΥΡΕΟΕΙΔΟΥΣ"],
        "us_breast": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΜΑΣΤΟΥ {S}", "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΜΑΣΤΩΝ"], "us_pelvis": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΠΥΕΛΟΥ"],
        "us_tv": ["ΔΙΑΚΟΛΠΙΚΟ ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ"], "us_ob": ["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ Β' ΕΠΙΠΕΔΟΥ (ΚΥΗΣΗ)"],
        "us_carotid": ["TRIPLEX ΚΑΡΩΤΙΔΩΝ"], "us_legvein": ["TRIPLEX ΦΛΕΒΩΝ ΚΑΤΩ ΑΚΡΟΥ {S}"],
        "mg_screen": ["ΨΗΦΙΑΚΗ ΜΑΣΤΟΓΡΑΦΙΑ ΑΜΦΟΤΕΡΟΠΛΕΥΡΗ"], "mg_tomo": ["ΜΑΣΤΟΓΡΑΦΙΑ ΜΕ ΤΟΜΟΣΥΝΘΕΣΗ"],
        "dxa": ["ΜΕΤΡΗΣΗ ΟΣΤΙΚΗΣ ΠΥΚΝΟΤΗΤΑΣ (DEXA)"], "xr_chest": ["Α/Α ΘΩΡΑΚΟΣ"], "xr_limb": ["Α/Α {P} {S}"],
        "doc_scan": ["ΠΑΡΑΠΕΜΠΤΙΚΟ"],
    },
    "cs": {
        "xr_chest": ["RTG hrudníku", "RTG S+P"], "xr_abd": ["RTG břicha nativně vestoje"], "xr_skull": ["RTG lebky"],
        "xr_sinus": ["RTG VDN"], "xr_cspine": ["RTG krční páteře"], "xr_tspine": ["RTG hrudní páteře"],
        "xr_lspine": ["RTG bederní páteře", "RTG LS páteře"], "xr_pelvis": ["RTG pánve"], "xr_limb": ["RTG {P} {S}", "RTG {P} {S} 2 proj."],
        "xr_ribs": ["RTG žeber"], "ct_head": ["CT mozku nativně", "CT hlavy"], "ct_headcs": ["CT hlavy a krční páteře - úraz"],
        "ct_chest": ["CT hrudníku s k.l.", "CT plic HRCT"], "ct_cpa": ["CT angiografie plicnice"], "ct_ap": ["CT břicha a pánve s k.l."],
        "ct_cap": ["CT hrudníku, břicha a pánve", "CT hr+bř+pánev"], "ct_kub": ["CT ledvin nativně (litiáza)"],
        "ct_uro": ["CT urografie"], "ct_colono": ["CT kolonografie"], "ct_trauma": ["CT polytrauma"], "ct_ctahn": ["CTA mozkových a krčních tepen"],
        "ct_lspine": ["CT bederní páteře"], "mr_brain": ["MR mozku"], "mr_lspine": ["MR bederní páteře"], "mr_limb": ["MR {P} {S}"],
        "us_abd": ["UZ břicha", "UZ jater a žlučníku"], "us_thyroid": ["UZ štítné žlázy"], "us_legvein": ["Duplex žil DK {S}"],
        "us_kub": ["UZ ledvin a močového měchýře"], "us_scrotum": ["UZ skrota"], "rf_swallow": ["Polykací akt"],
        "rf_meal": ["Pasáž jícnem, žaludkem a duodenem"], "rf_enema": ["Irigografie"], "rf_ivp": ["Vylučovací urografie"],
        "nm_bone": ["Scintigrafie skeletu celotělová"], "nm_vq": ["Perfuzní a ventilační scintigrafie plic"],
        "nm_renal": ["Dynamická scintigrafie ledvin MAG3"], "nm_thyroid": ["Scintigrafie štítné žlázy"], "doc_scan": ["Žádanka sken"],
    },
    "hu": {
        "xr_limb": ["{P} AP+oldalirányú felvétel {S}", "{S} {P} 2 irányú rtg", "Rtg {P} {S}"], "xr_knees": ["Mindkét térd terheléses felvétel"],
        "xr_longleg": ["Teljes alsó végtag terheléses felvétel kétoldali"], "xr_lspine": ["Ágyéki gerinc AP+oldalirányú"],
        "xr_cspine": ["Nyaki gerinc 2 irány"], "xr_tspine": ["Háti gerinc"], "xr_wspine": ["Teljes gerinc álló (scoliosis)"],
        "xr_pelvis": ["Medence AP"], "xr_hips": ["Medence + mindkét csípő AP"], "xr_chest": ["Mellkas PA (műtét előtti)"],
        "mr_limb": ["MR {P} {S}", "{S} {P} MR vizsgálat"], "mr_lspine": ["Ágyéki gerinc MR"], "mr_cspine": ["Nyaki gerinc MR"],
        "mr_hips": ["Mindkét csípő MR"], "ct_limb": ["CT {P} {S}", "{S} {P} CT 3D"], "ct_lspine": ["Ágyéki gerinc CT"],
        "us_shoulder": ["Váll UH {S}"], "dxa": ["Csontsűrűség mérés DEXA"],
    },
    "fi": {
        "mg_screen": ["Mammografia seulonta", "SEULONTAMAMMOGRAFIA"], "mg_diag": ["Mammografia, kliininen {S}", "Kliininen mammografia {S}"],
        "mg_tomo": ["Rintojen tomosynteesi", "Tomosynteesi mol."], "mg_biopsy": ["Stereotaktinen biopsia {S}"],
        "mg_specimen": ["Preparaattikuvaus {S}"], "us_breast": ["Rintojen UÄ {S}", "Rinnan UÄ {S}", "Rintojen ja kainaloiden UÄ"],
        "mr_breast": ["Rintojen MT", "Rintojen magneettitutkimus"], "doc_scan": ["Lähete skannattu"],
    },
    "es": {
        "us_echo": ["Ecocardiograma transtorácico", "ECOCARDIOGRAMA DOPPLER COLOR"], "us_tee": ["Ecocardiograma transesofágico"],
        "ct_coronary": ["AngioTC coronario", "ANGIO TAC CORONARIAS"], "ct_calcium": ["Score de calcio coronario"],
        "ct_tavi": ["AngioTC pre TAVI (tórax-abdomen-pelvis)"], "ct_aorta": ["AngioTC aorta toracoabdominal"],
        "ct_cpa": ["AngioTC de tórax TEP"], "mr_cardiac": ["RM cardíaca con gadolinio", "RESONANCIA CARDIACA"],
        "nm_mpi": ["Cintigrafía de perfusión miocárdica (SPECT) reposo/esfuerzo"], "nm_muga": ["Ventriculografía isotópica MUGA"],
        "us_carotid": ["Ecotomografía doppler carotídeo", "ECO DOPPLER CAROTIDEO Y VERTEBRAL"],
        "us_legvein": ["Eco doppler venoso EEII {S}", "ECO DOPPLER VENOSO EXTREMIDAD INFERIOR {S}"],
        "xr_chest": ["Rx tórax AP y lateral", "RX DE TORAX"], "xa_coro": ["Coronariografía"], "doc_scan": ["Orden médica escaneada"],
    },
    "he": {
        "px_opg": ["צילום פנורמי", "Panoramic OPG"], "cbct": ["CBCT לסת עליונה", "CBCT לסת תחתונה", "CBCT implant planning"],
        "ct_sinus": ["CT סינוסים", "CT sinuses FESS"], "ct_temporal": ["CT עצמות טמפורליות", "CT temporal bone"],
        "us_neck": ["US צוואר", "אולטרסאונד צוואר"], "us_thyroid": ["US בלוטת התריס"], "xr_ceph": ["צילום צפלומטרי", "Ceph LAT"],
        "io_bw": ["צילומי נשך", "Bitewing x4"], "ct_neck": ["CT צוואר עם חומר ניגוד"], "xr_sinus": ["צילום סינוסים"],
        "doc_scan": ["הפניה סרוקה"],
    },
    "ar": {
        "xr_chest": ["أشعة سينية على الصدر", "X-RAY CHEST PA"], "mr_limb": ["رنين مغناطيسي {P} {S}", "MRI {P} {S} W/O"],
        "us_abd": ["موجات صوتية على البطن", "US ABDOMEN COMPLETE"], "mr_brain": ["رنين مغناطيسي على المخ", "MRI BRAIN W/WO"],
        "mr_lspine": ["MRI LUMBAR SPINE W/O CONTRAST", "رنين على الفقرات القطنية"], "dxa": ["DEXA SCAN", "قياس كثافة العظام"],
        "us_breast": ["US BREAST {S}", "موجات صوتية على الثدي {S}"], "mg_screen": ["MAMMOGRAM SCREENING BILATERAL"],
        "us_pelvis": ["US PELVIS TRANSABDOMINAL", "موجات صوتية على الحوض"], "us_tv": ["US PELVIS TV"],
        "ct_kub": ["CT KUB (STONE PROTOCOL)", "أشعة مقطعية على الكلى والحالب والمثانة"], "us_thyroid": ["US THYROID", "موجات صوتية على الغدة الدرقية"],
        "mr_cspine": ["MRI CERVICAL SPINE", "رنين مغناطيسي على الفقرات العنقية"], "us_ob": ["OB US 2ND TRIMESTER", "موجات صوتية على الحمل"], "xr_limb": ["X-RAY {P} {S}", "أشعة سينية {P} {S}"],
    },
    "vi": {
        "xr_chest": ["X-quang ngực thẳng", "Chụp XQ ngực thẳng"], "xr_limb": ["X-quang {P} {S} thẳng nghiêng", "XQ {P} {S}"],
        "xr_cspine": ["X-quang cột sống cổ thẳng nghiêng"], "xr_lspine": ["X-quang cột sống thắt lưng"], "xr_pelvis": ["X-quang khung chậu thẳng"],
        "xr_sinus": ["X-quang Blondeau Hirtz (xoang)"], "xr_abd": ["X-quang bụng không chuẩn bị"],
        "ct_head": ["Chụp CLVT sọ não không tiêm thuốc cản quang", "CT sọ não"], "ct_chest": ["CLVT lồng ngực có tiêm thuốc"],
        "ct_ap": ["CLVT ổ bụng - tiểu khung có tiêm"], "ct_abd": ["CLVT ổ bụng"], "ct_kub": ["CLVT hệ tiết niệu không tiêm"],
        "mr_brain": ["Chụp CHT sọ não", "MRI sọ não có tiêm"], "mr_lspine": ["Chụp CHT cột sống thắt lưng"], "mr_cspine": ["CHT cột sống cổ"],
        "us_wabd": ["Siêu âm ổ bụng tổng quát", "SA bụng tổng quát"], "us_thyroid": ["Siêu âm tuyến giáp"], "us_ob": ["Siêu âm thai (hình thái)"],
        "us_echo": ["Siêu âm tim"], "us_breast": ["Siêu âm tuyến vú {S}", "Siêu âm vú hai bên"], "rf_meal": ["Chụp thực quản dạ dày tá tràng cản quang"],
        "rf_hsg": ["Chụp tử cung vòi trứng (HSG)"],
    },
    "en": {},
}
DESC["en_in"] = {
    "xr_chest": ["X-RAY CHEST PA VIEW", "XRAY CHEST PA", "CHEST PA VEIW"], "xr_abd": ["X-RAY ABDOMEN ERECT", "XRAY ABDOMAN STANDING"],
    "xr_kub": ["X-RAY KUB"], "xr_lspine": ["X-RAY LS SPINE AP/LAT", "XRAY L.S SPINE"], "xr_cspine": ["X-RAY CERVICAL SPIN AP/LAT"],
    "xr_sinus": ["X-RAY PNS WATERS VIEW"], "xr_pelvis": ["X-RAY PELVIS AP"], "xr_hips": ["X-RAY PELVIS WITH BOTH HIP AP"],
    "xr_limb": ["X-RAY {P} AP/LAT ({S})", "XRAY {S} {P} JIONT AP/LAT", "X-RAY {P} {S} SIDE"], "xr_skull": ["X-RAY SKULL AP/LAT"],
    "ct_head": ["NCCT HEAD", "CT BRAIN PLAIN"], "ct_chest": ["HRCT CHEST", "CECT CHEST"], "ct_abd": ["CECT ABDOMEN (UPPER)"],
    "ct_ap": ["CECT ABDOMEN & PELVIS", "CECT WHOLE ABDOMEN"], "ct_kub": ["NCCT KUB"], "mr_brain": ["MRI BRAIN PLAIN", "MRI BRAIN WITH CONTRAST"],
    "mr_lspine": ["MRI LS SPINE", "MRI LUMBOSACRAL SPINE SCREENING"], "mr_limb": ["MRI {S} {P}"],
    "us_wabd": ["USG WHOLE ABDOMEN", "USG W/A", "USG WHOLE ABDOMAN"], "us_kub": ["USG KUB", "USG KUB WITH PVR"], "us_pelvis": ["USG PELVIS"],
    "us_ob": ["USG OBSTETRIC (2ND TRIMESTER)", "USG OBS LEVEL II ANOMALY SCAN", "USG EARLY PREGNANCY (NT SCAN)"],
    "us_thyroid": ["USG NECK (THYROID)"], "us_scrotum": ["USG SCROTUM"], "rf_swallow": ["BARIUM SWALLOW"], "rf_meal": ["BARIUM MEAL UGI"],
    "rf_ivp": ["IVP (INTRAVENOUS PYELOGRAPHY)", "IVU"], "rf_rgu": ["RGU / MCU"], "rf_hsg": ["HSG (HYSTEROSALPINGOGRAPHY)"],
    "us_legvein": ["COLOUR DOPPLER LOWER LIMB VENOUS ({S})"], "us_echo": ["2D ECHO"],
}

# --------------------------------------------------------------------------- vendors

CTV = {"siemens": ("SIEMENS", ["SOMATOM Definition AS+", "SOMATOM go.Up", "SOMATOM Force", "SOMATOM Drive"]),
       "ge": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Optima CT660", "LightSpeed VCT", "Revolution CT"]),
       "philips": ("Philips", ["Ingenuity CT", "Brilliance 64", "IQon - Spectral CT", "Incisive CT"]),
       "canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning"])}
MRV = {"siemens": ("SIEMENS", ["MAGNETOM Skyra", "MAGNETOM Aera", "MAGNETOM Vida", "MAGNETOM Sempra"]),
       "ge": ("GE MEDICAL SYSTEMS", ["SIGNA Pioneer", "Optima MR450w", "SIGNA Explorer", "SIGNA Architect"]),
       "philips": ("Philips Medical Systems", ["Ingenia", "Achieva", "Ingenia Ambition X"]),
       "canon": ("Canon Medical Systems", ["Vantage Orian", "Vantage Titan 3T"])}
XRV = {"fuji": ("FUJIFILM Corporation", ["FDR D-EVO II", "FCR PROFECT CS", "FDR Smart X"]),
       "agfa": ("Agfa", ["DX-D 400", "CR 30-X", "DR 600"]), "carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-1"]),
       "siemens": ("SIEMENS", ["Ysio Max", "Multix Impact", "Luminos dRF Max"]), "philips": ("Philips Medical Systems", ["DigitalDiagnost", "CombiDiagnost R90"]),
       "samsung": ("SAMSUNG", ["GC85A", "GM85"]), "canon": ("CANON", ["CXDI-710C"]), "allengers": ("Allengers", ["MARS 40"])}
USV = {"ge": ("GE Healthcare", ["LOGIQ E10", "Voluson E10", "Vivid E95", "LOGIQ P9"]), "philips": ("Philips", ["EPIQ 7G", "Affiniti 70", "EPIQ CVx"]),
       "siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]), "samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A", "V8"]),
       "mindray": ("Mindray", ["Resona 7", "DC-80"]), "canon": ("Canon Medical Systems", ["Aplio i800", "Xario 200G"])}
MGV = {"hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]), "siemens": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"]),
       "ge": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]), "fuji": ("FUJIFILM Corporation", ["AMULET Innovality"])}
NMV = {"siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T2"]), "ge": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM830", "Discovery MI"]),
       "philips": ("Philips", ["BrightView XCT", "Vereos PET/CT"]), "mediso": ("Mediso", ["AnyScan SC"])}
PETV = {"siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT Flow"]), "ge": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
        "philips": ("Philips", ["Vereos PET/CT"]), "mediso": ("Mediso", ["AnyScan PC"])}
DENTV = {"planmeca": ("Planmeca", ["ProMax 3D Mid", "ProMax 2D"]), "carestream": ("Carestream Dental", ["CS 8100 3D", "CS 9600"]),
         "vatech": ("VATECH", ["PaX-i3D Green"]), "sirona": ("Sirona", ["ORTHOPHOS SL 3D"])}


# --------------------------------------------------------------------------- series builders

class Ser:
    def __init__(self, meta, labels, lat=None, why="", poor=False, hard=(), bpe=None):
        self.meta, self.labels, self.lat, self.why = meta, list(labels), lat, why
        self.poor, self.hard, self.bpe = poor, set(hard), bpe


class Ctx:
    """One study being written at one site."""

    def __init__(self, r, site, key):
        self.r, self.site, self.key = r, site, key

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def side(self, weights=(0.47, 0.47, 0.06)):
        x = self.r.random()
        return "R" if x < weights[0] else "L" if x < weights[0] + weights[1] else "B"

    def sideword(self, s):
        return self.pick(SIDEW[self.site["lang"]][s] + (SIDEW["en"][s] if self.chance(0.2) else []))

    def desc(self, part=None, side=None):
        lang = self.site["desc"]
        t = self.pick(DESC.get(lang, {}).get(self.key) or EN[self.key])
        plang = self.site["lang"] if self.site["lang"] in PARTS else "en"
        if part:
            t = t.replace("{P}", PARTS[plang][part] if self.chance(0.85) else PARTS["en"][part])
        if side:
            t = t.replace("{S}", self.sideword(side))
        return t.replace("{S}", "").replace("{P}", "").replace("  ", " ").strip()

    def vendor(self, table, pref):
        style = self.pick(self.site[pref])
        man, models = table[style]
        return style, {"Manufacturer": man, "ManufacturerModelName": self.pick(models)}


def m(mod, desc, dev=None, **kw):
    meta = {"Modality": mod}
    if desc is not None:
        meta["SeriesDescription"] = desc
    if dev:
        meta.update(dev)
    meta.update({k: v for k, v in kw.items() if v is not None})
    return meta


def nopage(mod, desc, dev, why, **kw):
    return Ser(m(mod, desc, dev, **kw), [], why=why, hard={"no-anatomy page"})


# ---- CT

SCOUT = {"siemens": "Topogram  0.6  T20f", "ge": "Scout", "philips": "Surview", "canon": "Scanogram"}
KERNEL = {"siemens": {"soft": "Br40", "lung": "Bl64", "bone": "Br64", "head": "Hr38"},
          "ge": {"soft": "STANDARD", "lung": "LUNG", "bone": "BONEPLUS", "head": "SOFT"},
          "philips": {"soft": "B", "lung": "L", "bone": "YC", "head": "UB"},
          "canon": {"soft": "FC13", "lung": "FC52", "bone": "FC30", "head": "FC21"}}


def ct_series(c, region, labels, why, kinds=("soft",), contrast=None, bpe=None, extras=True):
    """A CT study: scout, recons by kernel, reformats, and the vendor's dose pages."""
    st, dev = c.vendor(CTV, "ct")
    out = [Ser(m("CT", SCOUT[st], dev, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels,
               why=f"scout planning the {why}", poor=True, hard={"scout"}, bpe=bpe)]
    for k in kinds:
        ker = KERNEL[st][k]
        thick = c.pick(["1.0", "1.25", "2.0", "3.0", "5.0"] if k != "lung" else ["1.0", "1.25", "0.625"])
        if st == "siemens":
            d = f"{region} {thick}  {ker} 3" if c.chance(0.6) else f"{thick}  {ker}"
        elif st == "ge":
            d = c.pick([f"Recon {c.r.randint(2, 4)}", f"AXIAL {thick}mm {ker}", f"{region} {ker} {thick}mm"])
        elif st == "philips":
            d = c.pick([f"{region} {thick}mm {ker}", f"iDose (4) {thick}mm {ker}"])
        else:
            d = c.pick([f"{thick} {ker} AIDR 3D", f"{region} {thick} {ker}"])
        poor = region not in d
        out.append(Ser(m("CT", d, dev, ConvolutionKernel=ker, SliceThickness=thick, ContrastBolusAgent=contrast,
                         ImageType="ORIGINAL\\PRIMARY\\AXIAL"), labels, why=f"{why}, {k} reconstruction",
                       poor=poor, hard={"recon name only"} if poor else set(), bpe=bpe))
    if extras and c.chance(0.7):
        d = c.pick(["MPR Cor", "Cor 3mm", "Sag 3.0 MPR", "MIP Ax 10mm", "3D VR", "MPR Sag"])
        out.append(Ser(m("CT", d, dev, ImageType="DERIVED\\SECONDARY\\REFORMATTED"), labels,
                       why=f"reformat of the {why}", poor=True, hard={"reformat"}, bpe=bpe))
    if st == "siemens":
        out.append(nopage("CT", "Patient Protocol", dev, "scanner protocol page, no anatomy", ImageType="DERIVED\\SECONDARY\\OTHER"))
        if c.chance(0.6):
            out.append(nopage("SR", "Dose Report", dev, "radiation dose structured report"))
    elif st == "ge":
        out.append(nopage("CT", c.pick(["Dose Report", "Screen Save"]), dev, "dose screen capture, no anatomy",
                          ImageType="DERIVED\\SECONDARY\\SCREEN SAVE"))
    elif st == "philips":
        out.append(nopage("CT", "Dose Info", dev, "dose information page", ImageType="DERIVED\\SECONDARY"))
    else:
        out.append(nopage(c.pick(["CT", "SR"]), "Dose Information", dev, "dose information page"))
    return out


def ct_exam(labels, region, why, kinds=("soft",), bpe=None, contrast_p=0.5, stratum="general"):
    def f(c):
        bp = bpe(c) if callable(bpe) else bpe
        return stratum, c.desc(), ct_series(c, region, labels, why, kinds, c.pick(["Omnipaque 350", "Iomeron 400", "Ultravist 370", None]) if c.chance(contrast_p) else None, bp)
    return f


# ---- MR

SEQ = {
    "brain": {"siemens": ["localizer", "AAHead_Scout_64ch-head-coil", "t1_mprage_sag_p2_iso", "t2_tse_tra_p2", "t2_tirm_tra_dark-fluid",
                          "ep2d_diff_3scan_trace_p2", "ep2d_diff_3scan_trace_p2_ADC", "t2_swi_tra_p2_1.5mm", "t1_mprage_tra_iso_post"],
              "ge": ["3-Pl Loc", "ASSET Cal", "Sag T1 FLAIR", "Ax T2 FRFSE", "Ax T2 FLAIR", "Ax DWI 1000b",
                     "Apparent Diffusion Coefficient (mm2/s)", "Ax SWAN", "Sag CUBE T1 +C"],
              "philips": ["SURVEY", "SmartBrain", "T2W_TSE", "T2W_FLAIR", "DWI", "dADC", "T1W_3D_TFE", "sT1W_3D_TFE_gd", "SWIp"],
              "canon": ["Locator", "T2WI AX", "FLAIR AX", "DWI", "ADC", "T1WI SAG", "SWI", "MRA 3D TOF", "MIP TOF"]},
    "spine": {"siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"],
              "ge": ["3-Pl Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
              "philips": ["SURVEY", "T2W_TSE SAG", "T1W_TSE SAG", "T2W_TSE TRA", "STIR SAG"],
              "canon": ["Locator", "T2WI SAG", "T1WI SAG", "T2WI AX", "STIR SAG"]},
    "joint": {"siemens": ["localizer", "pd_tse_fs_sag", "pd_tse_fs_cor", "pd_tse_fs_tra", "t1_tse_cor", "t2_de3d_we_sag"],
              "ge": ["3-Pl Loc", "Sag PD FS", "Cor PD FS", "Ax PD FS", "Cor T1", "Sag T2 FS"],
              "philips": ["SURVEY", "PDW_SPAIR SAG", "PDW_SPAIR COR", "PDW_SPAIR TRA", "T1W_TSE COR", "T2W_TSE SAG"],
              "canon": ["Locator", "PDWI FS SAG", "PDWI FS COR", "PDWI FS AX", "T1WI COR", "T2*WI SAG"]},
    "prostate": {"siemens": ["localizer", "t2_tse_tra", "t2_tse_sag", "t2_tse_cor", "ep2d_diff_b50_800_1400", "ep2d_diff_b50_800_1400_ADC",
                             "ep2d_diff_b50_800_1400_CALC_BVAL", "t1_vibe_dyn_tra"],
                 "ge": ["3-Pl Loc", "Ax T2 PROPELLER", "Sag T2 FRFSE", "Ax DWI b1400", "ADC", "Ax DCE DISCO"],
                 "philips": ["SURVEY", "T2W_TSE_ax", "T2W_TSE_cor", "DWI_b2000", "dADC", "DCE_THRIVE"],
                 "canon": ["Locator", "T2WI AX", "T2WI SAG", "DWI b1500", "ADC", "DCE"]},
    "pelvis": {"siemens": ["localizer", "t2_tse_sag", "t2_tse_tra_hr", "t2_tse_obl_cor", "ep2d_diff_b800", "ep2d_diff_b800_ADC", "t1_vibe_fs_tra_post"],
               "ge": ["3-Pl Loc", "Sag T2 FRFSE", "Ax obl T2 hi-res", "Ax DWI b800", "ADC", "Ax LAVA +C"],
               "philips": ["SURVEY", "T2W_TSE SAG", "T2W_TSE TRA HR", "DWI b800", "dADC", "eTHRIVE post"],
               "canon": ["Locator", "T2WI SAG", "T2WI AX", "DWI", "ADC", "T1 FS +C"]},
    "liver": {"siemens": ["localizer", "t1_vibe_dixon_tra_opp", "t1_vibe_dixon_tra_in", "t1_vibe_dixon_tra_W", "t2_haste_tra_mbh",
                          "ep2d_diff_b50_400_800", "ep2d_diff_b50_400_800_ADC", "t1_vibe_fs_tra_dyn", "t1_vibe_fs_tra_20min"],
              "ge": ["3-Pl Loc", "Ax Dual Echo", "Ax SSFSE T2", "Ax DWI 800", "ADC", "Ax LAVA-Flex", "Ax LAVA +C HBP"],
              "philips": ["SURVEY", "mDIXON_in", "mDIXON_opp", "T2W_SSh", "DWI_b800", "dADC", "THRIVE_dyn"],
              "canon": ["Locator", "In/Out phase", "FASE T2", "DWI", "ADC", "Quick 3D dyn"]},
    "breast": {"siemens": ["localizer", "t2_tse_tra", "ep2d_diff_tra", "ep2d_diff_tra_ADC", "t1_fl3d_tra_dynaViews", "t1_fl3d_tra_dynaViews_SUB1", "MIP_SUB1"],
               "ge": ["3-Pl Loc", "Ax T2 IDEAL", "Ax DWI", "ADC", "Ax VIBRANT MPh", "SUB 1", "MIP"],
               "philips": ["SURVEY", "T2W_TSE", "DWI_b800", "dADC", "e-THRIVE dyn", "Sub_1", "MIP"],
               "canon": ["Locator", "T2WI AX", "DWI", "ADC", "Dynamic", "Subtraction", "MIP"]},
    "heart": {"siemens": ["localizer", "trufi_loc_multi", "cine_2ch", "cine_4ch", "cine_sax", "T1 MAP MOLLI", "t2_map", "de_psir_sax", "perf_stress"],
              "ge": ["3-Pl Loc", "FIESTA CINE 2CH", "FIESTA CINE 4CH", "FIESTA CINE SAX", "T1 MAP", "MDE PSIR SAX"],
              "philips": ["SURVEY", "BTFE_2CH", "BTFE_4CH", "BTFE_SA", "T1MAP", "3D_PSIR"],
              "canon": ["Locator", "Cine 2CH", "Cine 4CH", "Cine SA", "T1 Map", "LGE"]},
}


def mr_series(c, family, labels, why, lat=None, bpe=None, extra_named=None, n=None):
    st, dev = c.vendor(MRV, "mr")
    seqs = SEQ[family][st]
    k = n or len(seqs)
    out = []
    for i, sname in enumerate(seqs[:k]):
        loc = i == 0 or "Loc" in sname or "SURVEY" in sname or "Scout" in sname or "Cal" in sname
        derived = any(x in sname for x in ("ADC", "dADC", "SUB", "Sub", "MIP", "CALC", "MAP", "Map", "s T1"))
        hard = {"localizer"} if loc else {"derived map"} if derived else {"sequence name only"}
        out.append(Ser(m("MR", sname, dev, ImageType="DERIVED\\PRIMARY" if derived else "ORIGINAL\\PRIMARY",
                         Laterality=lat if lat in ("L", "R") and c.chance(0.4) else None),
                       labels, lat, why=f"{why}; the series names only its sequence, the exam is in the study description", poor=True, hard=hard, bpe=bpe))
    if extra_named:
        out.append(Ser(m("MR", extra_named, dev), labels, lat, why=why, bpe=bpe))
    return out


# --------------------------------------------------------------------------- exam builders
# Each returns (stratum, list of Ser); c.desc() gives the study description.

def xr_views(c, labels, lat, views, why, style_prefix="", bpe=None, mod=None):
    st, dev = c.vendor(XRV, "xr")
    mod = mod or ("CR" if st in ("fuji", "agfa", "allengers") and c.chance(0.6) else "DX")
    out = []
    for v in views:
        d = f"{style_prefix}{v}".strip()
        tag = {}
        if lat in ("L", "R") and c.chance(0.55):
            tag["ImageLaterality"] = lat
        vp = v.split()[0].upper() if v.split()[0].upper() in ("AP", "PA", "LAT", "OBL", "DP") else None
        out.append(Ser(m(mod, d, dev, ViewPosition=vp, **tag), labels, lat, why=why,
                       poor=len(d) < 12, hard={"view name only"} if len(d) < 12 else set(), bpe=bpe))
    return out


def b_xr_limb(c):
    part = c.pick(_P)
    side = c.side((0.48, 0.48, 0.04))
    code = LIMB[part]
    desc = c.desc(part, side)
    bpe_map = {"humerus": "HUMERUS", "femur": "FEMUR", "tibfib": "LEG", "finger": "FINGER", "toe": "TOE",
               "clavicle": "CLAVICLE", "scaphoid": "HAND", "calcaneus": "FOOT", "forearm": "FOREARM"}
    bpe = bpe_map.get(part, code) if c.chance(0.85) else c.pick(["EXTREMITY", "LOWER LIMB", "UPPER LIMB"])
    if part in ("humerus", "femur", "tibfib", "clavicle", "calcaneus", "toe", "finger", "scaphoid"):
        hard = {"limb bone to joint region"}
    else:
        hard = set()
    views = VIEWS[part] if side != "B" else [VIEWS[part][0] + " bilat"]
    prefix = ""
    st = c.pick(c.site["xr"])
    if st == "fuji" and c.chance(0.5):
        prefix = PARTS["en"][part].split("/")[0] + " "
    s = xr_views(c, [code], side, views, f"{part} radiograph", prefix, bpe)
    for x in s:
        x.hard |= hard
    return "msk", desc, s


def simple_xr(labels, views, why, stratum, bpe=None):
    def f(c):
        b = bpe(c) if callable(bpe) else bpe
        return stratum, c.desc(), xr_views(c, labels, None, views, why, bpe=b)
    return f


def b_xr_chest(c):
    views = c.pick([["PA", "LAT"], ["AP"], ["CHEST PA", "CHEST LAT"], ["Thorax pa", "Thorax lat"]])
    return "general", c.desc(), xr_views(c, ["CHEST"], None, views, "chest radiograph", bpe=c.pick(["CHEST", "CHEST", "THORAX", None]))


def b_xr_knees(c):
    return "msk", c.desc(), xr_views(c, ["KNEE"], "B", ["Knees AP standing", "Knee LAT R", "Knee LAT L"][:1] + ["Rosenberg PA bilat"],
                                     "both knees standing", bpe="KNEE")


def b_xr_longleg(c):
    s = xr_views(c, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B", [c.pick(["Long leg AP stitched", "Ganzbein a.p.", "Full leg standing"])],
                 "standing full-leg film, hip to ankle both sides", bpe=c.pick(["LEG", "LOWER LIMB", "EXTREMITY"]))
    for x in s:
        x.hard.add("long-leg stitched")
    return "msk", c.desc(), s


def b_xr_hips(c):
    s = xr_views(c, ["PELVIS", "HIP"], "B", ["Pelvis AP", "Lauenstein bilat"], "pelvis with both hips", bpe=c.pick(["PELVIS", "HIP"]))
    return ("paeds" if c.site["key"] == "kr-child" else "msk"), c.desc(), s


def b_xr_boneage(c):
    s = xr_views(c, ["HAND"], "L", ["Hand PA", "Lt hand PA"], "bone age film of the left hand", bpe="HAND")
    for x in s:
        x.meta["ImageLaterality"] = "L"
    return "paeds", c.desc(), s[:1]


def b_xr_babygram(c):
    return "paeds", c.desc(), xr_views(c, ["CHEST", "ABDOMEN"], None, [c.pick(["Babygram AP", "Chest+Abd AP supine"])],
                                       "neonatal chest and abdomen film", bpe=c.pick(["CHEST", "ABDOMEN", "WHOLEBODY"]))


def b_xr_survey(c):
    st, dev = c.vendor(XRV, "xr")
    parts = [("Skull AP", ["HEAD"], None), ("Skull LAT", ["HEAD"], None), ("Chest AP", ["CHEST"], None),
             ("Abdomen/pelvis AP", AP, None), ("Spine LAT", SPINE, None), ("Humerus Rt", ["ARM"], "R"), ("Humerus Lt", ["ARM"], "L"),
             ("Forearm Rt", ["FOREARM"], "R"), ("Forearm Lt", ["FOREARM"], "L"), ("Hand PA Rt", ["HAND"], "R"), ("Hand PA Lt", ["HAND"], "L"),
             ("Femur Rt", ["THIGH"], "R"), ("Femur Lt", ["THIGH"], "L"), ("Tib/fib Rt", ["LEG"], "R"), ("Tib/fib Lt", ["LEG"], "L"),
             ("Feet DP", ["FOOT"], "B")]
    out = [Ser(m("DX", d, dev), lab, lat, why=f"skeletal survey view: {d}", hard={"skeletal survey part"}) for d, lab, lat in parts]
    return "paeds", c.desc(), out


def b_xr_ceph(c):
    st, dev = c.vendor(DENTV, "dent")
    return "entdental", c.desc(), [Ser(m("DX", c.pick(["Ceph Lateral", "CEPH LAT", "Cephalometric"]), dev), ["HEAD"], why="lateral cephalogram",
                                       bpe=c.pick(["SKULL", "HEAD", None]))]


def b_px_opg(c):
    st, dev = c.vendor(DENTV, "dent")
    return "entdental", c.desc(), [Ser(m("PX", c.pick(["Panoramic", "PAN Standard", "Panoramic Adult", "OPG"]), dev), ["HEAD"],
                                       why="panoramic dental film: jaws and teeth", bpe=c.pick(["JAW", "HEAD", None, "TMJ"]))]


def b_io_bw(c):
    st, dev = c.vendor(DENTV, "dent")
    out = [Ser(m("IO", d, dev), ["HEAD"], why="intraoral dental film", poor=True, hard={"dental view name"}) for d in
           ["BW R molar", "BW L molar", "PA 11-21"]]
    return "entdental", c.desc(), out


def b_cbct(c):
    st, dev = c.vendor(DENTV, "dent")
    out = [Ser(m("CT", c.pick(["3D Volume", "CBCT Volume 8x8", "Volume 0.2mm"]), dev, ImageType="ORIGINAL\\PRIMARY\\VOLUME"), ["HEAD"],
               why="dental cone-beam CT of the jaw", poor=True, hard={"dental CBCT"}, bpe=c.pick(["JAW", "MAXILLA", "HEAD", None])),
           Ser(m("CT", "Panoramic reconstruction", dev, ImageType="DERIVED\\SECONDARY"), ["HEAD"], why="panoramic curve from the CBCT", poor=True)]
    if c.chance(0.5):
        out.append(Ser(m("OT", "Scout", dev), ["HEAD"], why="scout of the CBCT", poor=True, hard={"scout"}))
    return "entdental", c.desc(), out


def b_ct_headcs(c):
    a = ct_series(c, "Head", ["HEAD"], "trauma CT of the head", ("head", "bone"), bpe="HEAD")
    b = ct_series(c, "C-Spine", ["CSPINE"], "trauma CT of the cervical spine", ("bone",), bpe="CSPINE", extras=False)
    a[0].labels = ["HEAD", "CSPINE"]
    a[0].why = "scout planning head and cervical spine"
    return "general", c.desc(), a + [x for x in b[1:] if x.labels]


def b_ct_trauma(c):
    a = ct_series(c, "Polytrauma", WB, "whole-body trauma CT", ("soft", "bone"), bpe=c.pick(["WHOLEBODY", "CHEST", "ABDOMEN", None]))
    st, dev = c.vendor(CTV, "ct")
    a += [Ser(m("CT", "WS Sag Bone MPR", dev, ImageType="DERIVED\\SECONDARY"), SPINE, why="whole-spine reformat of the trauma CT", hard={"reformat"}),
          Ser(m("CT", "Head 5mm", dev), ["HEAD"], why="head recon of the trauma CT")]
    return "general", c.desc(), a


def b_ct_limb(c):
    part = c.pick(["knee", "ankle", "wrist", "shoulder", "foot", "hip", "elbow", "calcaneus"])
    side = c.side((0.5, 0.5, 0.0))
    code = LIMB[part]
    s = ct_series(c, PARTS["en"][part].title(), [code], f"{part} CT", ("bone",), bpe=c.pick([code, "EXTREMITY", None]))
    for x in s:
        if x.labels:
            x.lat = side
    return "msk", c.desc(part, side), s


def b_ct_cardiac(kind):
    def f(c):
        st, dev = c.vendor(CTV, "ct")
        if kind == "coronary":
            s = [Ser(m("CT", SCOUT[st], dev), ["CHEST"], why="scout for the coronary CT", poor=True, hard={"scout"}),
                 Ser(m("CT", c.pick(["Cardiac 0.6 Bv40 75%", "Cor 0.625 STD 75% Best Diast", "CCTA 0.5 FC43 78%"]), dev,
                       ConvolutionKernel=c.pick(["Bv40", "STANDARD", "FC43"])), ["CHEST"], why="coronary CT phase reconstruction", poor=True, hard={"cardiac phase recon"}),
                 Ser(m("CT", c.pick(["CaSc 3.0 Sa36", "Calcium Score 2.5mm"]), dev), ["CHEST"], why="calcium score series of the cardiac CT"),
                 Ser(m("CT", c.pick(["Curved MPR LAD", "CPR RCA", "Vessel Probe LCX"]), dev, ImageType="DERIVED\\SECONDARY"), ["CHEST"],
                     why="curved reformat of a coronary artery", poor=True, hard={"reformat"}),
                 nopage("CT", "Dose Report", dev, "dose page")]
        else:
            s = [Ser(m("CT", SCOUT[st], dev), ["CHEST"], why="scout for calcium scoring", poor=True, hard={"scout"}),
                 Ser(m("CT", c.pick(["CaScore 3.0", "Calcium Scoring 3mm", "CaSc 3.0 Qr36"]), dev), ["CHEST"], why="calcium score series"),
                 nopage("OT", "Agatston results", dev, "results table page")]
        for x in s:
            x.bpe = c.pick(["HEART", "CHEST", None])
        return "cardio", c.desc(), s
    return f


def b_ct_tavi(c):
    s = ct_series(c, "TAVI", CAP, "TAVI CT (aortic root and iliofemoral access)", ("soft",), bpe=c.pick(["HEART", "CHEST", None]))
    st, dev = c.vendor(CTV, "ct")
    s.append(Ser(m("CT", c.pick(["Aortic annulus 0.6 30%", "Root 0.625 40%"]), dev), ["CHEST"], why="ECG-gated aortic root phase of the TAVI CT", poor=True))
    return "cardio", c.desc(), s


def b_ct_colono(c):
    s = ct_series(c, "Colon", AP, "CT colonography", ("soft",), bpe=c.pick(["COLON", "ABDOMEN", None]), extras=False)
    st, dev = c.vendor(CTV, "ct")
    s += [Ser(m("CT", "Supine 1.0", dev, PatientPosition="FFS"), AP, why="supine acquisition of the colonography", poor=True, hard={"position only"}),
          Ser(m("CT", "Prone 1.0", dev, PatientPosition="FFP"), AP, why="prone acquisition of the colonography", poor=True, hard={"position only"}),
          Ser(m("CT", "Fly-through", dev, ImageType="DERIVED\\SECONDARY"), AP, why="endoluminal fly-through of the colon", poor=True, hard={"3D"})]
    return "gi", c.desc(), s


def b_mr(family, labels, why, stratum, bpe=None, sided=None, named=None):
    def f(c):
        lat = None
        part = None
        if sided:
            part = c.pick(sided)
            lat = c.side((0.5, 0.5, 0.0))
            lab = [LIMB[part]]
            w = f"MR of the {part}"
        else:
            lab, w = labels, why
        b = bpe(c) if callable(bpe) else bpe
        if sided:
            b = c.pick([LIMB[part], LIMB[part], "EXTREMITY", None])
        s = mr_series(c, family, lab, w, lat, b, named)
        return stratum, c.desc(part, lat), s
    return f


def b_mr_wspine(c):
    s = mr_series(c, "spine", SPINE, "MR of the whole spine", bpe=c.pick(["SPINE", "CSPINE", "WHOLESPINE", None]))
    st, dev = c.vendor(MRV, "mr")
    s.append(Ser(m("MR", c.pick(["T2_sag_COMPOSED", "Composed Sag T2", "Sag T2 COMP"]), dev, ImageType="DERIVED\\PRIMARY\\COMPOSED"),
                 SPINE, why="composed whole-spine sagittal", hard={"composed"}))
    ax = c.pick(["t2_tse_tra C5-6", "Ax T2 L4-5"])
    s.append(Ser(m("MR", ax, dev), ["CSPINE"] if "C5" in ax else ["LSPINE"], why="axial block at one spinal level", hard={"level block"}))
    return "neuro", c.desc(), s


def b_mr_hips(c):
    s = mr_series(c, "joint", ["HIP"], "MR of both hips", "B", c.pick(["HIP", "PELVIS", None]))
    return "msk", c.desc(), s


def b_mr_wb(c):
    st, dev = c.vendor(MRV, "mr")
    s = [Ser(m("MR", d, dev), WB, why="whole-body MR station series", poor=True, hard={"sequence name only"},
             bpe=c.pick(["WHOLEBODY", None])) for d in ["WB DWI b800 composed", "WB T1 Dixon W", "WB STIR cor", "Localizer multi-station"]]
    return "onc", c.desc(), s


def b_mr_npc(c):
    st, dev = c.vendor(MRV, "mr")
    s = [Ser(m("MR", d, dev), ["HEAD", "NECK"], why="nasopharynx MR covering skull base to neck", poor=True, hard={"sequence name only"},
             bpe=c.pick(["HEAD", "NECK", "HEADNECK", None])) for d in ["t2_tse_tra", "t1_tse_tra", "t1_tse_fs_tra_post", "t1_tse_fs_cor_post", "ep2d_diff_tra", "localizer"]]
    return "onc", c.desc(), s


def b_mr_qc(c):
    st, dev = c.vendor(MRV, "mr")
    s = [nopage("MR", d, dev, "phantom quality-control scan, no patient anatomy") for d in ["QA_SNR_head", "ACR phantom T1", "Daily QA"]]
    return "no-anatomy", c.desc(), s


def b_pet(kind):
    def f(c):
        st, dev = c.vendor(PETV, "nm")
        bp = c.pick(["WHOLEBODY", "ABDOMEN", "CHEST", "LUNG", None, None])
        hard = {"whole body"} | ({"BPE coarse"} if bp in ("ABDOMEN", "CHEST", "LUNG") else set())
        if kind == "brain":
            lab, why = ["HEAD"], "brain PET"
            bp = c.pick(["BRAIN", "HEAD", None])
            hard = set()
        else:
            lab, why = WB, "PET/CT skull base to thigh"
        tr = "FDG" if kind != "psma" else c.pick(["PSMA-11", "PSMA-1007"])
        s = [Ser(m("CT", c.pick(["Topogram  0.6  T20f", "Scout", "CT Topo"]), dev), lab, why=f"scout of the {why}", poor=True, hard={"scout"} | hard, bpe=bp),
             Ser(m("CT", c.pick(["CT AC 3mm", "CTAC 3.75 Body", "CT WB 5.0 B30f"]), dev), lab, why=f"attenuation CT of the {why}", poor=True, hard=hard, bpe=bp),
             Ser(m("PT", c.pick([f"PET AC {tr}", f"{tr} WB 3D AC", "PET WB (AC)", "QCFX 4i14s"]), dev), lab, why=f"corrected PET of the {why}", hard=hard, bpe=bp),
             Ser(m("PT", c.pick(["PET NAC", "WB NAC", "PET_NAC"]), dev), lab, why=f"uncorrected PET of the {why}", poor=True, hard=hard, bpe=bp),
             Ser(m("PT", c.pick(["MIP", "PET MIP rot", "3D MIP"]), dev, ImageType="DERIVED\\SECONDARY"), lab, why=f"MIP of the {why}", poor=True, hard=hard | {"MIP"}, bpe=bp),
             nopage("SR", "Dose Report", dev, "dose report")]
        if kind != "brain" and c.chance(0.4):
            s.append(Ser(m("CT", c.pick(["CT Lung 1.25", "Thorax 2.0 B70f"]), dev), ["CHEST"], why="dedicated lung recon of the PET/CT (chest only)",
                         hard={"regional recon in whole-body study"}))
        return "onc", c.desc(), s
    return f


def b_nm(kind):
    def f(c):
        st, dev = c.vendor(NMV, "nm")
        if kind == "bone":
            s = [Ser(m("NM", d, dev), WB, why="whole-body bone scan sweep", hard={"whole body"}, bpe=c.pick(["WHOLEBODY", "BONE", None, "SKELETON"]))
                 for d in ["WB Anterior", "WB Posterior"]]
            s.append(Ser(m("NM", c.pick(["Spot Thorax ANT", "Static chest"]), dev), ["CHEST"], why="spot view of the chest in a bone scan", hard={"spot view"}))
            s.append(Ser(m("NM", c.pick(["SPECT/CT L-spine", "SPECT LWS"]), dev), ["LSPINE"], why="SPECT/CT of the lumbar spine", hard={"spot view"}))
            return "nm", c.desc(), s
        if kind == "i131":
            return "nm", c.desc(), [Ser(m("NM", d, dev), WB, why="whole-body iodine scan", hard={"whole body"}, bpe=c.pick(["WHOLEBODY", "THYROID", None]))
                                    for d in ["WB ANT I-131", "WB POST I-131"]] + [Ser(m("NM", "Neck static 10 min", dev), ["NECK"], why="neck static view")]
        table = {"thyroid": (["NECK"], ["Thyroid ANT", "Pinhole ANT", "Tc Thyroid 5min"], "thyroid scintigraphy", "THYROID"),
                 "renal": (["ABDOMEN"], ["Dynamic POST", "Renogram 1s", "DMSA POST", "RENAL DYN"], "renal scintigraphy", "KIDNEY"),
                 "vq": (["CHEST"], ["Perfusion 6 views", "Ventilation 6 views", "Q ANT", "V POST", "SPECT Q"], "lung ventilation/perfusion", "LUNG"),
                 "mpi": (["CHEST"], ["Stress SPECT", "Rest SPECT", "Stress Gated", "QGS", "Raw Stress"], "myocardial perfusion SPECT", "HEART"),
                 "muga": (["CHEST"], ["Gated blood pool LAO", "MUGA ANT"], "gated blood-pool study", "HEART"),
                 "parathyroid": (["NECK"], ["Early 10 min", "Delayed 2h", "SPECT/CT neck"], "parathyroid MIBI scan", "NECK"),
                 "gastric": (["ABDOMEN"], ["Gastric emptying dyn", "ANT/POST 1h"], "gastric emptying study", "STOMACH")}
        lab, names, why, bp = table[kind]
        s = [Ser(m("NM", d, dev), lab, why=why, poor=len(d) < 15, hard={"sequence name only"} if len(d) < 15 else set(),
                 bpe=c.pick([bp, bp, None, "CHEST" if kind == "mpi" else bp])) for d in names]
        if c.chance(0.35):
            s.append(nopage("OT", c.pick(["Processing results", "QPS summary", "Renogram curves"]), dev, "processed result page (curves, tables)"))
        stratum = "cardio" if kind in ("mpi", "muga") else "nm"
        return stratum, c.desc(), s
    return f


def b_nm_sentinel(c):
    st, dev = c.vendor(NMV, "nm")
    side = c.side((0.5, 0.5, 0.0))
    s = [Ser(m("NM", d, dev), ["BREAST"], side, why="breast sentinel-node lymphoscintigraphy (breast and axilla)", poor=True,
             hard={"sentinel node"}, bpe=c.pick(["BREAST", "CHEST", None])) for d in ["ANT 15min", "LAT 15min", "ANT 2h"]]
    return "nm", c.desc(side=side), s


def us_series(c, labels, lat, names, why, bpe=None, stratum=None):
    st, dev = c.vendor(USV, "us")
    out = []
    for d in names:
        out.append(Ser(m("US", d, dev, Laterality=lat if lat in ("L", "R") and c.chance(0.3) else None), labels, lat, why=why,
                       poor=len(d) < 14, hard={"US preset only"} if len(d) < 14 else set(), bpe=bpe))
    return out


def b_us(key_labels, names, why, stratum, bpe=None, sided=False):
    def f(c):
        lat = c.side((0.45, 0.45, 0.10)) if sided else None
        b = bpe(c) if callable(bpe) else bpe
        labels = key_labels
        s = us_series(c, labels, lat, [c.pick(names)] + ([c.pick(names)] if c.chance(0.3) else []), why, b)
        if c.chance(0.15):
            st, dev = c.vendor(USV, "us")
            s.append(nopage("US", c.pick(["Worksheet", "Report Page", "OB Report", "Patient Data"]), dev, "measurement worksheet page, no image"))
        return stratum, c.desc(side=lat), s
    return f


def b_us_legvein(c):
    lat = c.side((0.45, 0.45, 0.10))
    s = us_series(c, ["THIGH", "LEG"], lat, [c.pick(["Venous LE", "LE Venous Duplex", "Vascular Venous"]), "CFV-SFV-POP", "Calf veins"],
                  "venous duplex from groin to calf", bpe=c.pick(["LEG", "EXTREMITY", "LOWER LIMB", None]))
    for x in s:
        x.hard.add("vascular limb")
    return "cardio" if c.site["key"] == "cl-cardio" else "general", c.desc(side=lat), s


def mg_series(c, views, why, tomo=False, bp="BREAST"):
    st, dev = c.vendor(MGV, "mg")
    out = []
    for side, v in views:
        if st == "ge":
            d = f"{side}{v}"
        else:
            d = f"{side} {v}"
        d2 = d
        if tomo:
            d2 = c.pick([f"{d} Tomosynthesis Reconstruction", f"{d} C-View", f"Tomo {d}", f"{d} BTO"])
        meta = m("MG", d2, dev, ViewPosition=v.split()[0] if v.split()[0] in ("CC", "MLO", "ML", "LM", "XCCL") else None,
                 ImageLaterality=side if c.chance(0.8) else None)
        if c.chance(0.5):
            meta["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
        out.append(Ser(meta, ["BREAST"], side, why=f"{why} view of one breast", poor=True, hard={"mammo view"}, bpe=bp))
    return out


def b_mg_screen(c):
    views = [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]
    s = mg_series(c, views, "screening mammography", tomo=c.key == "mg_tomo", bp=c.pick(["BREAST", "BREAST", None]))
    if c.chance(0.2):
        st, dev = c.vendor(MGV, "mg")
        s.append(Ser(m("MG", "Mammography 4 views", dev, ImageLaterality="B"), ["BREAST"], "B", why="one series holding both breasts"))
    if c.chance(0.2):
        st, dev = c.vendor(MGV, "mg")
        s.append(nopage("SR", c.pick(["ImageChecker CAD", "Mammography CAD SR"]), dev, "CAD structured report, no image"))
    return "breast", c.desc(), s


def b_mg_diag(c):
    side = c.side((0.5, 0.5, 0.0))
    vs = [(side, "CC"), (side, "MLO"), (side, c.pick(["ML", "XCCL", "CC SPOT MAG", "ML MAG"]))]
    return "breast", c.desc(side=side), mg_series(c, vs, "diagnostic mammography")


def b_mg_biopsy(c):
    side = c.side((0.5, 0.5, 0.0))
    st, dev = c.vendor(MGV, "mg")
    names = ["Scout", "Stereo +15", "Stereo -15", "Post-fire", "Post clip CC"] if c.key == "mg_biopsy" else ["Specimen", "Specimen mag"]
    s = [Ser(m("MG", d, dev, ImageLaterality=side if c.chance(0.6) else None), ["BREAST"], side,
             why="stereotactic biopsy image of the breast" if c.key == "mg_biopsy" else "excised breast specimen radiograph (breast tissue, labelled as the breast)",
             poor=True, hard={"biopsy/specimen"}) for d in names]
    return "breast", c.desc(side=side), s


def b_mr_breast(c):
    s = mr_series(c, "breast", ["BREAST"], "bilateral breast MR", "B", c.pick(["BREAST", "CHEST", None]))
    for x in s:
        x.hard.add("bilateral breast MR")
    return "breast", c.desc(), s


def b_rf(labels, names, why, stratum, bpe=None):
    def f(c):
        st, dev = c.vendor(XRV, "rf")
        s = [Ser(m("RF", d, dev), labels, why=why, poor=len(d) < 12, hard={"fluoro run"} if len(d) < 12 else set(),
                 bpe=bpe(c) if callable(bpe) else bpe) for d in names[:c.r.randint(2, len(names))]]
        if c.chance(0.3):
            s.append(nopage("RF", "Dose Report", dev, "fluoroscopy dose page"))
        return stratum, c.desc(), s
    return f


def b_xa_coro(c):
    st, dev = c.vendor(XRV, "rf")
    dev = {"Manufacturer": "Philips Medical Systems", "ManufacturerModelName": "Azurion 7 M12"} if c.chance(0.5) else {"Manufacturer": "SIEMENS", "ManufacturerModelName": "AXIOM-Artis"}
    s = [Ser(m("XA", d, dev), ["CHEST"], why="coronary angiography run", poor=True, hard={"angio run"}, bpe=c.pick(["HEART", "CHEST", None]))
         for d in ["LCA RAO 30 CAU 25", "LCA LAO 45 CRA 20", "RCA LAO 30", "LV gram RAO"]]
    s.append(nopage("SR", "X-Ray Radiation Dose Report", dev, "dose report"))
    return "cardio", c.desc(), s


def b_dxa(c):
    dev = c.pick([{"Manufacturer": "HOLOGIC", "ManufacturerModelName": "Horizon A"}, {"Manufacturer": "GE Healthcare", "ManufacturerModelName": "Lunar iDXA"},
                  {"Manufacturer": "GE Healthcare", "ManufacturerModelName": "Prodigy"}])
    mod = c.pick(["OT", "BMD", "OT"])
    hip = c.pick(["L", "R", "B"])
    hipname = {"L": c.pick(["Left Femur", "L Hip", "Left Hip"]), "R": c.pick(["Right Femur", "R Hip"]), "B": c.pick(["DualFemur", "Dual Femur"])}[hip]
    s = [Ser(m(mod, c.pick(["AP Spine", "L1-L4", "Spine"]), dev), ["LSPINE"], why="DXA of the lumbar spine", hard={"DXA"}, bpe=c.pick(["LSPINE", "SPINE", None])),
         Ser(m(mod, hipname, dev), ["HIP"], hip, why="DXA of the proximal femur (hip)", hard={"DXA"}, bpe=c.pick(["HIP", None]))]
    if c.chance(0.3):
        fs = c.pick(["L", "R"])
        s.append(Ser(m(mod, {"L": "Left Forearm", "R": "Right Forearm"}[fs], dev), ["FOREARM"], fs, why="DXA of the distal forearm", hard={"DXA"}))
    if c.chance(0.15):
        s.append(Ser(m(mod, "Whole Body", dev), WB, why="whole-body DXA (composition)", hard={"DXA", "whole body"}))
    if c.chance(0.3):
        s.append(nopage("OT", c.pick(["DXA Report", "Results"]), dev, "DXA results page"))
    return "dxa", c.desc(), s


def b_doc(c):
    dev = c.pick([{"Manufacturer": "Fujitsu", "ManufacturerModelName": "fi-7160"}, {"Manufacturer": "Canon"}, {}])
    s = [nopage(c.pick(["OT", "DOC"]), c.pick(["Scanned Document", "Requisition", "Consent", "Referral"]), dev,
                "scanned paper request, no anatomy")]
    return "no-anatomy", c.desc(), s


def b_kopr(c):
    """Key-object selections and presentation states: no pixels of their own."""
    base = c.pick(["ct_chest", "mr_brain", "ct_cap", "mr_lspine"])
    c2 = Ctx(c.r, c.site, base)
    stratum, desc, s = BUILD[base](c2)
    dev = {"Manufacturer": s[0].meta.get("Manufacturer", "")}
    s.append(nopage("KO", c.pick(["Key Images", "KEY OBJECT SELECTION"]), dev, "key-object selection document, no pixels"))
    s.append(nopage("PR", c.pick(["Presentation State", "GSPS annotations"]), dev, "presentation state, no pixels"))
    return stratum, desc, s


BUILD = {
    "xr_chest": b_xr_chest, "xr_limb": b_xr_limb, "xr_knees": b_xr_knees, "xr_longleg": b_xr_longleg, "xr_hips": b_xr_hips,
    "xr_abd": simple_xr(AP, ["Abdomen AP", "ABD supine"], "plain abdominal film (diaphragm to pubis)", "gi", lambda c: c.pick(["ABDOMEN", None])),
    "xr_kub": simple_xr(AP, ["KUB"], "KUB film", "uro", "ABDOMEN"),
    "xr_skull": simple_xr(["HEAD"], ["Skull AP", "Skull LAT"], "skull radiograph", "general", "SKULL"),
    "xr_sinus": simple_xr(["HEAD"], ["Waters", "OM 30"], "sinus radiograph", "entdental", lambda c: c.pick(["SINUS", "SKULL", None])),
    "xr_cspine": simple_xr(["CSPINE"], ["AP", "LAT", "Odontoid"], "cervical spine radiograph", "msk", "CSPINE"),
    "xr_tspine": simple_xr(["TSPINE"], ["AP", "LAT"], "thoracic spine radiograph", "msk", "TSPINE"),
    "xr_lspine": simple_xr(["LSPINE"], ["AP", "LAT", "L5/S1 spot"], "lumbar spine radiograph", "msk", lambda c: c.pick(["LSPINE", "SPINE", None])),
    "xr_wspine": simple_xr(SPINE, ["Whole spine PA stitched", "Whole spine LAT"], "standing whole-spine film", "msk", "SPINE"),
    "xr_pelvis": simple_xr(["PELVIS"], ["Pelvis AP"], "AP pelvis film", "msk", "PELVIS"),
    "xr_ribs": simple_xr(["CHEST"], ["Ribs Obl", "Ribs AP"], "rib radiographs", "general", "RIBS"),
    "xr_boneage": b_xr_boneage, "xr_babygram": b_xr_babygram, "xr_survey": b_xr_survey, "xr_ceph": b_xr_ceph, "px_opg": b_px_opg,
    "io_bw": b_io_bw, "cbct": b_cbct,
    "ct_head": ct_exam(["HEAD"], "Head", "head CT", ("head", "bone"), lambda c: c.pick(["HEAD", "BRAIN", None]), 0.1, stratum="neuro"),
    "ct_headcs": b_ct_headcs, "ct_trauma": b_ct_trauma, "ct_limb": b_ct_limb,
    "ct_cspine": ct_exam(["CSPINE"], "C-Spine", "cervical spine CT", ("bone", "soft"), "CSPINE", 0.0, stratum="msk"),
    "ct_lspine": ct_exam(["LSPINE"], "L-Spine", "lumbar spine CT", ("bone", "soft"), lambda c: c.pick(["LSPINE", "SPINE", None]), 0.0, stratum="msk"),
    "ct_chest": ct_exam(["CHEST"], "Thorax", "chest CT", ("soft", "lung"), lambda c: c.pick(["CHEST", "LUNG", None]), 0.5),
    "ct_cpa": ct_exam(["CHEST"], "CTPA", "CT pulmonary angiogram", ("soft", "lung"), "CHEST", 1.0),
    "ct_abd": ct_exam(["ABDOMEN"], "Abdomen", "abdominal CT (upper abdomen only)", ("soft",), lambda c: c.pick(["ABDOMEN", "LIVER", None]), 0.8),
    "ct_ap": ct_exam(AP, "AbdPel", "abdomen-pelvis CT", ("soft",), lambda c: c.pick(["ABDOMEN", "ABDOMEN", "PELVIS", None]), 0.9),
    "ct_cap": ct_exam(CAP, "ThorAbdPel", "chest-abdomen-pelvis CT", ("soft", "lung"), lambda c: c.pick(["CHEST", "ABDOMEN", "CHESTABDPELVIS", None]), 0.9, stratum="onc"),
    "ct_neck": ct_exam(["NECK"], "Neck", "neck CT", ("soft",), lambda c: c.pick(["NECK", "HEAD", None]), 0.9, stratum="entdental"),
    "ct_neckchest": ct_exam(["NECK", "CHEST"], "NeckThx", "neck and chest CT", ("soft", "lung"), lambda c: c.pick(["NECK", "CHEST", None]), 0.9, stratum="onc"),
    "ct_hn": ct_exam(["HEAD", "NECK"], "HeadNeck", "head and neck CT", ("soft",), lambda c: c.pick(["HEAD", "NECK", "HEADNECK", None]), 0.7, stratum="onc"),
    "ct_sinus": ct_exam(["HEAD"], "Sinus", "paranasal sinus CT", ("bone",), lambda c: c.pick(["SINUS", "HEAD", None]), 0.0, stratum="entdental"),
    "ct_temporal": ct_exam(["HEAD"], "Temporal", "temporal bone CT", ("bone",), lambda c: c.pick(["EAR", "HEAD", "IAC", None]), 0.0, stratum="entdental"),
    "ct_kub": ct_exam(AP, "KUB", "unenhanced CT kidneys-ureters-bladder", ("soft",), lambda c: c.pick(["ABDOMEN", "KIDNEY", None]), 0.0, stratum="uro"),
    "ct_uro": ct_exam(AP, "Urogram", "CT urography", ("soft",), lambda c: c.pick(["ABDOMEN", "KIDNEY", None]), 1.0, stratum="uro"),
    "ct_colono": b_ct_colono, "ct_coronary": b_ct_cardiac("coronary"), "ct_calcium": b_ct_cardiac("calcium"), "ct_tavi": b_ct_tavi,
    "ct_aorta": ct_exam(CAP, "Aorta", "thoracoabdominal aorta CTA (arch through the iliac arteries)", ("soft",), lambda c: c.pick(["AORTA", "CHEST", None]), 1.0, stratum="cardio"),
    "ct_ctahn": ct_exam(["HEAD", "NECK"], "CTA", "CT angiography of the head and neck vessels", ("soft",), lambda c: c.pick(["HEAD", "NECK", None]), 1.0, stratum="neuro"),
    "mr_brain": b_mr("brain", ["HEAD"], "brain MR", "neuro", lambda c: c.pick(["BRAIN", "HEAD", None])),
    "mr_pit": b_mr("brain", ["HEAD"], "pituitary MR", "neuro", "HEAD", named="t1_tse_cor_dyn_pit"),
    "mr_iac": b_mr("brain", ["HEAD"], "internal auditory canal MR", "neuro", "HEAD", named="CISS 3D IAC"),
    "mr_orbit": b_mr("brain", ["HEAD"], "orbit MR", "neuro", "HEAD", named="t2_tirm_cor_orbits"),
    "mr_tmj": b_mr("joint", ["HEAD"], "temporomandibular joint MR", "entdental", lambda c: c.pick(["TMJ", "HEAD", None])),
    "mr_cspine": b_mr("spine", ["CSPINE"], "cervical spine MR", "neuro", lambda c: c.pick(["CSPINE", "SPINE", None])),
    "mr_tspine": b_mr("spine", ["TSPINE"], "thoracic spine MR", "neuro", lambda c: c.pick(["TSPINE", "SPINE", None])),
    "mr_lspine": b_mr("spine", ["LSPINE"], "lumbar spine MR", "neuro", lambda c: c.pick(["LSPINE", "SPINE", "LSPINE", None])),
    "mr_wspine": b_mr_wspine, "mr_hips": b_mr_hips, "mr_wb": b_mr_wb, "mr_npc": b_mr_npc, "mr_qc": b_mr_qc,
    "mr_limb": b_mr("joint", None, None, "msk", sided=["knee", "knee", "knee", "shoulder", "shoulder", "ankle", "wrist", "hip", "elbow", "foot", "hand", "femur"]),
    "mr_si": b_mr("spine", ["PELVIS"], "sacroiliac joint MR", "msk", lambda c: c.pick(["SIJ", "PELVIS", "LSPINE", None])),
    "mr_prostate": b_mr("prostate", ["PELVIS"], "prostate MR", "uro", lambda c: c.pick(["PROSTATE", "PELVIS", None])),
    "mr_pelvisf": b_mr("pelvis", ["PELVIS"], "female pelvis MR", "womens", lambda c: c.pick(["PELVIS", "UTERUS", None])),
    "mr_rectum": b_mr("pelvis", ["PELVIS"], "rectal MR", "onc", lambda c: c.pick(["PELVIS", "RECTUM", "ABDOMEN", None])),
    "mr_liver": b_mr("liver", ["ABDOMEN"], "liver MR", "onc", lambda c: c.pick(["LIVER", "ABDOMEN", None])),
    "mrcp": b_mr("liver", ["ABDOMEN"], "MRCP (biliary and pancreatic ducts)", "gi", "ABDOMEN", named="3D MRCP SPACE MIP"),
    "mr_entero": b_mr("liver", AP, "MR enterography (small bowel, abdomen and pelvis)", "gi", lambda c: c.pick(["ABDOMEN", "BOWEL", None])),
    "mr_breast": b_mr_breast, "mr_cardiac": b_mr("heart", ["CHEST"], "cardiac MR", "cardio", lambda c: c.pick(["HEART", "CHEST", None])),
    "pet_fdg": b_pet("fdg"), "pet_psma": b_pet("psma"), "pet_brain": b_pet("brain"),
    "nm_bone": b_nm("bone"), "nm_i131": b_nm("i131"), "nm_thyroid": b_nm("thyroid"), "nm_renal": b_nm("renal"), "nm_vq": b_nm("vq"),
    "nm_mpi": b_nm("mpi"), "nm_muga": b_nm("muga"), "nm_parathyroid": b_nm("parathyroid"), "nm_gastric": b_nm("gastric"),
    "nm_sentinel": b_nm_sentinel,
    "us_abd": b_us(["ABDOMEN"], ["Abdomen", "ABD General", "Liver", "GB/Liver"], "upper abdominal US", "general", lambda c: c.pick(["ABDOMEN", None])),
    "us_wabd": b_us(AP, ["Abdomen", "ABD+Pelvis", "General"], "whole-abdomen US (upper abdomen plus bladder and pelvic organs)", "general", lambda c: c.pick(["ABDOMEN", None])),
    "us_pelvis": b_us(["PELVIS"], ["Pelvis TA", "GYN", "Bladder"], "pelvic US", "womens", lambda c: c.pick(["PELVIS", None])),
    "us_tv": b_us(["PELVIS"], ["GYN TV", "Endovaginal", "TVS uterus"], "transvaginal pelvic US", "womens", lambda c: c.pick(["PELVIS", "UTERUS", None])),
    "us_ob": b_us(["PELVIS"], ["OB 2/3", "OB Early", "Fetal biometry", "Fetal Echo"], "obstetric US (gravid uterus)", "womens", lambda c: c.pick(["ABDOMEN", "PELVIS", None, "UTERUS"])),
    "us_thyroid": b_us(["NECK"], ["Thyroid", "Small Parts Thyroid", "SMP"], "thyroid US", "general", lambda c: c.pick(["THYROID", "NECK", None])),
    "us_neck": b_us(["NECK"], ["Neck", "Lymph nodes neck", "Small Parts"], "neck US", "entdental", lambda c: c.pick(["NECK", None])),
    "us_breast": b_us(["BREAST"], ["Breast", "Small Parts Breast", "BRST"], "breast US", "breast", lambda c: c.pick(["BREAST", None]), sided=True),
    "us_scrotum": b_us(["PELVIS"], ["Testis", "Scrotum", "Small Parts"], "scrotal US (genitourinary, labelled pelvis)", "uro", lambda c: c.pick(["SCROTUM", None])),
    "us_carotid": b_us(["NECK"], ["Carotid", "Vasc Carotid", "CCA/ICA"], "carotid duplex", "cardio", lambda c: c.pick(["NECK", "CAROTID", None])),
    "us_legvein": b_us_legvein,
    "us_echo": b_us(["CHEST"], ["Adult Echo", "TTE", "Cardiac", "Ped Echo"], "transthoracic echocardiogram", "cardio", lambda c: c.pick(["HEART", "CHEST", None])),
    "us_tee": b_us(["CHEST"], ["TEE", "TEE 3D"], "transoesophageal echocardiogram of the heart", "cardio", "HEART"),
    "us_kub": b_us(AP, ["Renal", "Kidney Bladder", "KUB"], "kidney-ureter-bladder US", "uro", lambda c: c.pick(["KIDNEY", "ABDOMEN", None])),
    "us_renal": b_us(["ABDOMEN"], ["Renal", "Kidneys"], "renal US", "uro", "KIDNEY"),
    "us_hipbaby": b_us(["HIP"], ["Hip Graf", "Infant hip", "MSK Hip"], "infant hip US", "paeds", "HIP", sided=True),
    "us_cranial": b_us(["HEAD"], ["Neonatal Head", "Neo Brain", "Cranial"], "neonatal cranial US", "paeds", lambda c: c.pick(["HEAD", "BRAIN", None])),
    "us_pylorus": b_us(["ABDOMEN"], ["Pylorus", "Ped Abdomen"], "pyloric US", "paeds", "ABDOMEN"),
    "us_appendix": b_us(["ABDOMEN"], ["Appendix", "Bowel", "Ped Abdomen"], "appendix US (right iliac fossa, labelled abdomen)", "paeds", "ABDOMEN"),
    "us_shoulder": b_us(["SHOULDER"], ["MSK Shoulder", "Shoulder"], "shoulder US", "msk", "SHOULDER", sided=True),
    "mg_screen": b_mg_screen, "mg_tomo": b_mg_screen, "mg_diag": b_mg_diag, "mg_biopsy": b_mg_biopsy, "mg_specimen": b_mg_biopsy,
    "rf_swallow": b_rf(["NECK", "CHEST"], ["Swallow AP", "Swallow LAT", "Oesophagus RAO", "Pharynx LAT"], "barium swallow (pharynx and oesophagus)", "gi"),
    "rf_meal": b_rf(["CHEST", "ABDOMEN"], ["Oesophagus", "Stomach AP", "Duodenum", "Fluoro Loop"], "barium meal (oesophagus, stomach, duodenum)", "gi"),
    "rf_sbft": b_rf(AP, ["SB 30min", "SB 60min", "Terminal ileum spot"], "small bowel follow-through", "gi"),
    "rf_enema": b_rf(AP, ["Colon AP", "Rectum LAT", "Splenic flexure", "Overhead"], "barium enema of the whole colon", "gi"),
    "rf_vcug": b_rf(AP, ["Bladder filling", "Voiding", "Post void KUB", "Reflux kidneys"], "voiding cystourethrogram (bladder and kidneys for reflux)", "paeds"),
    "rf_hsg": b_rf(["PELVIS"], ["Scout pelvis", "Uterus fill", "Spill"], "hysterosalpingogram", "womens", "PELVIS"),
    "rf_ivp": b_rf(AP, ["Control", "5 min", "15 min", "Release"], "intravenous urogram", "uro", lambda c: c.pick(["ABDOMEN", None])),
    "rf_rgu": b_rf(["PELVIS"], ["RGU", "MCU voiding"], "retrograde and micturating urethrogram", "uro", "PELVIS"),
    "rf_defeco": b_rf(["PELVIS"], ["Rest", "Squeeze", "Evacuation"], "defecography", "gi", "PELVIS"),
    "xa_coro": b_xa_coro, "dxa": b_dxa, "doc_scan": b_doc, "kopr": b_kopr,
}

# --------------------------------------------------------------------------- sites

SITES = [
    {"key": "jp-univ", "name": "university hospital, Japan", "lang": "ja", "desc": "ja", "quota": 118,
     "ct": ["canon", "canon", "siemens", "ge"], "mr": ["canon", "siemens", "philips"], "xr": ["fuji", "canon"], "us": ["canon", "ge"],
     "mg": ["fuji"], "nm": ["siemens", "ge"], "rf": ["siemens"],
     "mix": {"xr_chest": 8, "xr_limb": 6, "xr_lspine": 2, "xr_abd": 2, "ct_chest": 7, "ct_cap": 9, "ct_ap": 4, "ct_abd": 3, "ct_head": 5,
             "ct_colono": 2, "ct_coronary": 2, "ct_neck": 2, "ct_hn": 2, "nm_vq": 1, "nm_renal": 1, "mr_entero": 1, "ct_uro": 1, "mr_brain": 8, "mr_lspine": 3, "mr_cspine": 2, "mr_limb": 3,
             "mr_prostate": 3, "mr_liver": 3, "mrcp": 2, "mr_pelvisf": 2, "mr_breast": 1, "mr_pit": 1, "pet_fdg": 5, "nm_bone": 3, "nm_mpi": 2,
             "us_abd": 4, "us_thyroid": 2, "us_echo": 2, "us_carotid": 1, "mg_screen": 2, "rf_meal": 2, "rf_enema": 2, "dxa": 1,
             "doc_scan": 1, "kopr": 1, "mr_qc": 1}},
    {"key": "kr-child", "name": "children's hospital, Korea", "lang": "ko", "desc": "ko", "quota": 84,
     "ct": ["siemens", "ge"], "mr": ["siemens", "ge"], "xr": ["samsung", "siemens"], "us": ["samsung", "philips"], "nm": ["ge"], "rf": ["siemens"],
     "mix": {"xr_chest": 10, "xr_abd": 5, "xr_limb": 8, "xr_boneage": 4, "xr_babygram": 3, "xr_survey": 1, "xr_hips": 2, "xr_wspine": 2,
             "xr_sinus": 1, "ct_head": 3, "ct_ap": 2, "ct_chest": 1, "mr_brain": 5, "mr_wspine": 1, "us_abd": 3, "us_hipbaby": 3,
             "us_cranial": 3, "us_pylorus": 2, "us_appendix": 3, "us_scrotum": 1, "us_kub": 2, "us_echo": 2, "rf_vcug": 2, "nm_renal": 2,
             "doc_scan": 1}},
    {"key": "tw-cancer", "name": "cancer centre, Taiwan", "lang": "zh", "desc": "zh", "quota": 92,
     "ct": ["ge", "siemens", "philips"], "mr": ["ge", "siemens"], "xr": ["fuji"], "us": ["ge", "philips"], "mg": ["hologic", "ge"],
     "nm": ["ge", "siemens"],
     "mix": {"ct_chest": 6, "ct_cap": 10, "ct_ap": 4, "ct_hn": 3, "ct_neckchest": 3, "mr_npc": 5, "mr_brain": 4, "mr_liver": 4,
             "mr_breast": 3, "mr_rectum": 3, "mr_prostate": 2, "mr_wb": 1, "pet_fdg": 10, "pet_psma": 4, "pet_brain": 1, "nm_bone": 5,
             "nm_i131": 2, "nm_thyroid": 1, "nm_sentinel": 3, "mg_screen": 3, "mg_diag": 2, "us_breast": 3, "us_abd": 2, "us_thyroid": 2,
             "xr_chest": 3, "doc_scan": 1, "kopr": 2}},
    {"key": "in-dgh", "name": "district general hospital, India", "lang": "en", "desc": "en_in", "quota": 92,
     "ct": ["ge", "philips"], "mr": ["ge", "siemens"], "xr": ["allengers", "agfa"], "us": ["samsung", "mindray", "ge"], "rf": ["siemens"],
     "mix": {"xr_chest": 12, "xr_limb": 10, "xr_lspine": 3, "xr_cspine": 2, "xr_abd": 3, "xr_kub": 2, "xr_sinus": 2, "xr_pelvis": 1, "xr_hips": 1,
             "xr_skull": 1, "ct_head": 6, "ct_chest": 3, "ct_ap": 3, "ct_abd": 1, "ct_kub": 2, "mr_brain": 3, "mr_lspine": 3, "mr_limb": 1,
             "us_wabd": 8, "us_kub": 3, "us_pelvis": 2, "us_ob": 7, "us_thyroid": 2, "us_scrotum": 1, "us_legvein": 1, "us_echo": 1,
             "rf_swallow": 1, "rf_meal": 1, "rf_ivp": 2, "rf_rgu": 1, "rf_hsg": 1}},
    {"key": "gr-opc", "name": "outpatient imaging centre, Greece", "lang": "el", "desc": "el", "quota": 76,
     "ct": ["ge", "siemens"], "mr": ["siemens", "ge"], "xr": ["agfa"], "us": ["ge", "samsung", "siemens"], "mg": ["hologic"],
     "mix": {"mr_brain": 5, "mr_lspine": 5, "mr_cspine": 3, "mr_tspine": 1, "mr_limb": 7, "mr_hips": 1, "mr_prostate": 2, "mr_pelvisf": 1,
             "mr_si": 1, "mr_breast": 1, "ct_chest": 2, "ct_ap": 2, "ct_sinus": 1, "ct_head": 1, "us_abd": 3, "us_wabd": 2, "us_thyroid": 3,
             "us_breast": 3, "us_pelvis": 1, "us_tv": 1, "us_ob": 2, "us_carotid": 1, "us_legvein": 1, "mg_screen": 3, "mg_tomo": 2,
             "dxa": 6, "xr_chest": 2, "xr_limb": 2, "doc_scan": 1}},
    {"key": "cz-dgh", "name": "district general hospital, Czechia", "lang": "cs", "desc": "cs", "quota": 86,
     "ct": ["siemens", "philips"], "mr": ["siemens", "philips"], "xr": ["agfa", "philips"], "us": ["philips", "ge"], "nm": ["siemens", "mediso"],
     "rf": ["siemens", "philips"],
     "mix": {"xr_chest": 9, "xr_limb": 9, "xr_lspine": 2, "xr_cspine": 2, "xr_tspine": 1, "xr_pelvis": 1, "xr_skull": 1, "xr_sinus": 1,
             "xr_ribs": 1, "xr_abd": 2, "ct_head": 5, "ct_headcs": 2, "ct_chest": 3, "ct_cpa": 2, "ct_ap": 3, "ct_cap": 3, "ct_kub": 1,
             "ct_uro": 1, "ct_colono": 1, "ct_trauma": 1, "ct_ctahn": 1, "ct_lspine": 1, "mr_brain": 3, "mr_lspine": 2, "mr_limb": 2,
             "us_abd": 4, "us_thyroid": 1, "us_legvein": 2, "us_kub": 1, "us_scrotum": 1, "rf_swallow": 1, "rf_meal": 1, "rf_enema": 1,
             "rf_ivp": 1, "nm_bone": 2, "nm_vq": 1, "nm_renal": 1, "nm_thyroid": 1, "doc_scan": 1}},
    {"key": "hu-ortho", "name": "orthopaedic clinic, Hungary", "lang": "hu", "desc": "hu", "quota": 72,
     "ct": ["siemens"], "mr": ["siemens", "philips"], "xr": ["carestream", "fuji"], "us": ["samsung"],
     "mix": {"xr_limb": 26, "xr_knees": 3, "xr_longleg": 3, "xr_lspine": 3, "xr_cspine": 2, "xr_tspine": 1, "xr_wspine": 2, "xr_pelvis": 2,
             "xr_hips": 3, "xr_chest": 1, "mr_limb": 9, "mr_hips": 1, "mr_lspine": 2, "mr_cspine": 1, "ct_limb": 4, "ct_lspine": 1,
             "us_shoulder": 2, "dxa": 1}},
    {"key": "fi-breast", "name": "breast screening and diagnostic unit, Finland", "lang": "fi", "desc": "fi", "quota": 70,
     "mr": ["siemens", "philips"], "us": ["siemens", "ge", "philips"], "mg": ["hologic", "siemens", "ge"],
     "mix": {"mg_screen": 20, "mg_tomo": 6, "mg_diag": 8, "mg_biopsy": 3, "mg_specimen": 2, "us_breast": 10, "mr_breast": 4, "doc_scan": 1}},
    {"key": "cl-cardio", "name": "cardiology centre, Chile", "lang": "es", "desc": "es", "quota": 64,
     "ct": ["siemens", "canon", "philips"], "mr": ["siemens", "philips"], "xr": ["philips"], "us": ["philips", "ge"], "nm": ["ge", "philips"],
     "mix": {"us_echo": 14, "us_tee": 2, "ct_coronary": 5, "ct_calcium": 2, "ct_tavi": 2, "ct_aorta": 2, "ct_cpa": 1, "mr_cardiac": 4,
             "nm_mpi": 5, "nm_muga": 1, "us_carotid": 4, "us_legvein": 4, "xr_chest": 4, "xa_coro": 3, "doc_scan": 1}},
    {"key": "il-dentent", "name": "private dental and ENT practice, Israel", "lang": "he", "desc": "he", "quota": 50,
     "ct": ["siemens", "ge"], "xr": ["carestream"], "us": ["ge", "samsung"], "dent": ["planmeca", "carestream", "vatech", "sirona"],
     "mix": {"px_opg": 12, "cbct": 8, "xr_ceph": 3, "io_bw": 3, "ct_sinus": 5, "ct_temporal": 3, "ct_neck": 1, "us_neck": 4,
             "us_thyroid": 2, "xr_sinus": 2, "doc_scan": 2}},
    {"key": "ae-opc", "name": "outpatient imaging centre, United Arab Emirates", "lang": "ar", "desc": "ar", "quota": 74,
     "ct": ["ge", "siemens"], "mr": ["ge", "siemens", "philips"], "xr": ["siemens", "carestream"], "us": ["ge", "mindray", "philips"],
     "mg": ["hologic", "ge"],
     "mix": {"mr_limb": 8, "mr_lspine": 5, "mr_cspine": 3, "mr_brain": 4, "mr_pit": 1, "mr_iac": 1, "mr_orbit": 1, "mr_tmj": 1, "mr_entero": 1,
             "mr_pelvisf": 1, "ct_kub": 3, "ct_chest": 1, "ct_ap": 1, "ct_sinus": 1, "us_abd": 4, "us_pelvis": 2, "us_tv": 2, "us_ob": 3,
             "us_thyroid": 2, "us_breast": 2, "us_scrotum": 1, "mg_screen": 2, "dxa": 6, "xr_chest": 4, "xr_limb": 4, "xr_lspine": 1,
             "doc_scan": 1, "kopr": 1}},
    {"key": "vn-dgh", "name": "provincial general hospital, Vietnam", "lang": "vi", "desc": "vi", "quota": 76,
     "ct": ["canon", "siemens", "ge"], "mr": ["ge", "siemens"], "xr": ["fuji", "canon"], "us": ["mindray", "samsung", "ge"], "rf": ["siemens"],
     "nm": ["ge"],
     "mix": {"xr_chest": 10, "xr_limb": 9, "xr_cspine": 2, "xr_lspine": 2, "xr_pelvis": 1, "xr_sinus": 2, "xr_abd": 2, "ct_head": 5,
             "ct_chest": 3, "ct_ap": 2, "ct_abd": 1, "ct_kub": 1, "mr_brain": 3, "mr_lspine": 2, "mr_cspine": 1, "us_wabd": 8, "us_thyroid": 2,
             "us_ob": 4, "us_echo": 2, "us_breast": 2, "rf_meal": 1, "rf_hsg": 1, "nm_gastric": 1, "nm_parathyroid": 1, "doc_scan": 1}},
]
for _s in SITES:
    _s.setdefault("dent", ["planmeca"])
    for _k in ("ct", "mr", "xr", "us", "mg", "nm", "rf"):
        _s.setdefault(_k, {"ct": ["siemens"], "mr": ["siemens"], "xr": ["agfa"], "us": ["ge"], "mg": ["hologic"], "nm": ["siemens"], "rf": ["siemens"]}[_k])


# --------------------------------------------------------------------------- rows

def finalise(c, stratum, desc, series, idx, attach):
    s = series[idx]
    r = c.r
    meta = dict(s.meta)
    hard = set(s.hard)
    row_desc = desc if desc != "-" else None
    if attach:
        if r.random() < 0.55 and row_desc:
            meta["StudyDescription"] = row_desc
    elif row_desc and (s.poor or not s.labels or r.random() < 0.85):
        meta["StudyDescription"] = row_desc
    if row_desc and "StudyDescription" in meta and r.random() < 0.15:
        meta["RequestedProcedureDescription"] = row_desc
    bpe = s.bpe
    if bpe is None and s.labels and r.random() < 0.3:
        bpe = "WHOLEBODY" if len(s.labels) >= 5 else s.labels[0]
    if bpe and s.labels and r.random() < 0.08 and tuple(s.labels) in WRONG_BPE:
        bpe = WRONG_BPE[tuple(s.labels)]
    if bpe and r.random() > 0.12:
        meta["BodyPartExamined"] = bpe
        said = BPE_CODES.get(bpe, {bpe})
        if bpe in ("EXTREMITY", "LOWER LIMB", "UPPER LIMB", "SPINE", "WHOLEBODY", "BONE", "SKELETON", "HEADNECK", "CHESTABDPELVIS"):
            pass
        elif s.labels and not said & set(s.labels):
            hard.add("BodyPartExamined wrong")
        elif s.labels and said < set(s.labels):
            hard.add("BodyPartExamined partial")
    lang = c.site["lang"]
    if s.lat in ("L", "R"):
        texts = [meta.get(k) or "" for k in SIDE_TEXT] + ([row_desc or ""] if attach else [])
        tags = {meta.get("Laterality"), meta.get("ImageLaterality")} - {None}
        found = sides_in(texts, lang)
        if {"L", "R"} - {s.lat} & found:
            raise ValueError(f"opposite side word in {texts}")
        if not found and not tags:
            meta["ImageLaterality" if meta["Modality"] in ("CR", "DX", "MG") else "Laterality"] = s.lat
        elif found and not tags:
            hard.add("side only in text")
    if c.site["key"] == "kr-child":
        stratum = "paeds"
    elif c.site["key"] == "tw-cancer" and stratum in ("general", "neuro"):
        stratum = "onc"
    if not s.labels:
        stratum = "no-anatomy"
    row = {"meta": meta, "labels": sorted(s.labels, key=ORDER.index), "laterality": s.lat}
    if attach:
        sibs = []
        for j, o in enumerate(series):
            if j == idx:
                continue
            sm = dict(o.meta)
            if o.bpe and r.random() > 0.4:
                sm["BodyPartExamined"] = o.bpe
            sibs.append(sm)
        row["study"] = {"StudyDescription": row_desc or "", "series": sibs}
        if s.poor:
            hard.add("study context needed")
    row["why"] = s.why
    row["group"] = f"{c.site['key']}:{stratum}"
    return row, hard


# BodyPartExamined as a copied protocol or a hurried technologist leaves it.
WRONG_BPE = {("LSPINE",): "TSPINE", ("CSPINE",): "HEAD", ("NECK",): "HEAD", ("KNEE",): "LEG", ("ANKLE",): "FOOT",
             ("WRIST",): "HAND", ("SHOULDER",): "ARM", ("PELVIS",): "ABDOMEN", ("BREAST",): "CHEST", ("HIP",): "PELVIS",
             ("ELBOW",): "ARM", ("HAND",): "WRIST", ("TSPINE",): "CHEST"}

BPE_CODES = {k: {v} for v, ks in {
    "HEAD": "BRAIN SKULL SINUS EAR IAC TMJ JAW MAXILLA", "NECK": "THYROID CAROTID", "CHEST": "LUNG THORAX HEART RIBS AORTA",
    "ABDOMEN": "LIVER KIDNEY STOMACH COLON BOWEL", "PELVIS": "PROSTATE UTERUS RECTUM SCROTUM SIJ BLADDER",
    "ARM": "HUMERUS", "THIGH": "FEMUR", "HAND": "FINGER", "FOOT": "TOE", "SHOULDER": "CLAVICLE", "LEG": "LEG",
    "FOREARM": "FOREARM"}.items() for k in ks.split()}

ORDER = ["HEAD", "NECK", "CHEST", "BREAST", "ABDOMEN", "PELVIS", "CSPINE", "TSPINE", "LSPINE", "SHOULDER", "ARM", "ELBOW",
         "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]


def generate():
    r = random.Random(SEED)
    rows, hards = [], []
    for site in SITES:
        mix = [(k, w) for k, w in site["mix"].items() if w > 0]
        keys, weights = [k for k, _ in mix], [w for _, w in mix]
        n = 0
        while n < site["quota"]:
            key = r.choices(keys, weights)[0]
            c = Ctx(r, site, key)
            stratum, desc, series = BUILD[key](c)
            multi = len(series) > 1
            attach = multi and r.random() < 0.50
            w = [(0.5 if not x.labels else (1.6 if (attach and x.poor) else 1.0)) for x in series]
            if key in ("doc_scan", "mr_qc"):
                w = [1.0] * len(series)
            if key == "kopr":
                w = [0.2] * (len(series) - 2) + [1.0, 1.0]
            picks = [r.choices(range(len(series)), w)[0]]
            if len(series) >= 4 and r.random() < 0.12 and n + 1 < site["quota"]:
                other = [i for i in range(len(series)) if i != picks[0] and series[i].labels]
                if other:
                    picks.append(r.choice(other))
            for idx in picks:
                row, hard = finalise(c, stratum, desc, series, idx, attach)
                rows.append(row)
                hards.append(hard)
                n += 1
    order = list(range(len(rows)))
    r.shuffle(order)
    return [rows[i] for i in order], [hards[i] for i in order]


def render():
    rows, _ = generate()
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)


def summary():
    """Counts for the card and the hand-over (not written to the data file)."""
    from collections import Counter
    rows, hards = generate()
    out = {"rows": len(rows), "with_study": sum("study" in r for r in rows),
           "no_bpe": sum("BodyPartExamined" not in r["meta"] for r in rows),
           "modality": Counter(r["meta"]["Modality"] for r in rows),
           "site": Counter(r["group"].split(":")[0] for r in rows),
           "stratum": Counter(r["group"].split(":")[1] for r in rows),
           "laterality": Counter(str(r["laterality"]) for r in rows),
           "hard": Counter(h for hs in hards for h in hs)}
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_7.jsonl is up to date" if same else "clinical_set_7.jsonl differs from build.py output")
        return 0 if same else 1
    if "--summary" in argv:
        for k, v in summary().items():
            print(k, dict(sorted(v.items())) if hasattr(v, "items") else v)
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
