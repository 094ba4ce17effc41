"""Writes tests/anatomy/data/clinical_set_44.jsonl: women's and children's imaging at five
hospitals (a US children's hospital, a German women's clinic and perinatal centre, a Mexican
maternal-and-child public hospital, an Egyptian university women's and children's hospital, a
Thai children's and women's hospital), labelled blind against the shared anatomy spec (see
README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 44
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_44.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
GRAVID = ["ABDOMEN", "PELVIS"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]

# ---------------------------------------------------------------- sites
# name: kind, languages with weights, rows, vendors by modality, strata with weights
SITES = {
    "us-child": {
        "kind": "children's hospital with a fetal care centre, USA", "langs": {"en": 1}, "rows": 200,
        "MR": ("SIEMENS", ["MAGNETOM Skyra", "MAGNETOM Vida", "MAGNETOM Aera"], "Siemens"),
        "CT": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Apex"], "GE"),
        "XR": ("Carestream Health", ["DRX-Revolution", "DRX-Evolution Plus"], "DX"),
        "US": [("Philips", "EPIQ 7G"), ("GE Healthcare", "LOGIQ E10"), ("GE Healthcare", "Voluson E10")],
        "RF": ("Philips Medical Systems", "CombiDiagnost R90"),
        "MG": ("HOLOGIC, Inc.", ["Selenia Dimensions"], "Hologic"),
        "NM": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), "PT": ("GE MEDICAL SYSTEMS", "Discovery MI"),
        "strata": {"paed-xr": 6, "paed-us": 4, "neonatal": 3, "fluoro": 3, "sedation": 5, "spine": 2, "onc": 2,
                   "obgyn": 2, "breast": 1},
    },
    "de-frauen": {
        "kind": "women's clinic and perinatal centre, Germany", "langs": {"de": 1}, "rows": 195,
        "MR": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X"], "Philips"),
        "CT": ("SIEMENS", ["SOMATOM go.Up", "SOMATOM Definition AS"], "Siemens"),
        "XR": ("Agfa", ["DX-D 100", "DX-D 600"], "DX"),
        "US": [("GE Healthcare", "Voluson E10"), ("GE Healthcare", "Voluson Expert 22"), ("SIEMENS", "ACUSON Sequoia"),
               ("Canon Medical Systems", "Aplio i800")],
        "RF": ("SIEMENS", "Luminos dRF Max"),
        "MG": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"], "Siemens"),
        "NM": ("SIEMENS NM", "Symbia Intevo Bold"), "PT": ("SIEMENS", "Biograph Vision 600"),
        "strata": {"breast": 7, "obgyn": 6, "neonatal": 3, "paed-us": 2, "paed-xr": 1, "onc": 2, "fluoro": 1, "sedation": 1},
    },
    "mx-mi": {
        "kind": "maternal-and-child public hospital, Mexico", "langs": {"es": 1}, "rows": 190,
        "MR": ("GE MEDICAL SYSTEMS", ["SIGNA Explorer", "Optima MR360"], "GE"),
        "CT": ("UIH", ["uCT 530", "uCT 760"], "UIH"),
        "XR": ("FUJIFILM Corporation", ["FDR Smart X", "FCR Capsula XLII"], "CR"),
        "US": [("Mindray", "Resona 7"), ("Mindray", "DC-70"), ("SAMSUNG MEDISON CO., LTD.", "WS80A"),
               ("SAMSUNG MEDISON CO., LTD.", "HS60")],
        "RF": ("SHIMADZU Corporation", "SONIALVISION G4"),
        "MG": ("FUJIFILM Corporation", ["AMULET Innovality"], "Fujifilm"),
        "NM": ("SIEMENS NM", "Symbia T2"), "PT": ("GE MEDICAL SYSTEMS", "Discovery 710"),
        "strata": {"breast": 4, "obgyn": 5, "neonatal": 3, "paed-xr": 5, "paed-us": 3, "fluoro": 2, "sedation": 2,
                   "spine": 1, "onc": 1},
    },
    "eg-univ": {
        "kind": "university women's and children's hospital, Egypt", "langs": {"ar": 6, "en": 4}, "rows": 185,
        "MR": ("Philips Medical Systems", ["Achieva", "Ingenia"], "Philips"),
        "CT": ("TOSHIBA", ["Aquilion 64", "Aquilion PRIME"], "Toshiba"),
        "XR": ("FUJIFILM Corporation", ["FCR Capsula XLII", "FCR PROFECT CS"], "CR"),
        "US": [("SAMSUNG MEDISON CO., LTD.", "HS70A"), ("GE Healthcare", "Voluson E8"), ("TOSHIBA_MEC_US", "Aplio 500")],
        "RF": ("TOSHIBA_MEC", "Ultimax-i"),
        "MG": ("GE MEDICAL SYSTEMS", ["Senographe Essential", "Senographe Pristina"], "GE"),
        "NM": ("SIEMENS NM", "Symbia E"), "PT": ("SIEMENS", "Biograph mCT"),
        "strata": {"breast": 4, "obgyn": 4, "neonatal": 3, "paed-xr": 5, "paed-us": 3, "fluoro": 3, "sedation": 2,
                   "spine": 1, "onc": 1},
    },
    "th-child": {
        "kind": "children's and women's hospital, Thailand", "langs": {"th": 7, "en": 3}, "rows": 185,
        "MR": ("CANON_MEC", ["Vantage Orian", "Vantage Galan 3T"], "Canon"),
        "CT": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"], "Canon"),
        "XR": ("SAMSUNG ELECTRONICS", ["GC85A", "GM85"], "DX"),
        "US": [("SAMSUNG MEDISON CO., LTD.", "RS85"), ("Canon Medical Systems", "Aplio i800"), ("Mindray", "Resona 7")],
        "RF": ("CANON_MEC", "Ultimax-i"),
        "MG": ("FUJIFILM Corporation", ["AMULET Innovality"], "Fujifilm"),
        "NM": ("GE MEDICAL SYSTEMS", "NM/CT 860"), "PT": ("United Imaging Healthcare", "uMI 550"),
        "strata": {"paed-xr": 6, "paed-us": 4, "neonatal": 3, "breast": 3, "obgyn": 3, "fluoro": 2, "sedation": 3,
                   "spine": 1, "onc": 1},
    },
}

# ---------------------------------------------------------------- words
# Side words by language: full forms (by grammatical gender where there is one) and short forms.
SIDEW = {
    "en": {"R": (["RIGHT", "Right"], ["RT", "Rt", "R"]), "L": (["LEFT", "Left"], ["LT", "Lt", "L"]),
           "B": (["BILATERAL", "Bilateral", "BOTH"], ["BILAT", "BIL"])},
    "de": {"R": (["rechts"], ["re.", "re", "RE"]), "L": (["links"], ["li.", "li", "LI"]), "B": (["beidseits", "beidseitig"], ["bds.", "bds"])},
    "es": {"R": ({"m": "DERECHO", "f": "DERECHA"}, ["DER", "DER."]), "L": ({"m": "IZQUIERDO", "f": "IZQUIERDA"}, ["IZQ", "IZQ."]),
           "B": (["BILATERAL", "AMBOS LADOS"], ["BILAT"])},
    "ar": {"R": ({"m": "الأيمن", "f": "اليمنى"}, ["يمين"]), "L": ({"m": "الأيسر", "f": "اليسرى"}, ["شمال", "يسار"]),
           "B": (["الجانبين", "كلا الجانبين"], ["للجانبين"])},
    "th": {"R": (["ขวา", "ข้างขวา"], ["ขวา"]), "L": (["ซ้าย", "ข้างซ้าย"], ["ซ้าย"]), "B": (["ทั้งสองข้าง", "2 ข้าง"], ["ทั้งสองข้าง"])},
}
# Limb parts by language; "name|gender" where the language has one. The first name is the common
# one, the others bones and joints the spec folds into the same code.
LIMB = {
    "ELBOW": {"en": ["ELBOW"], "de": ["Ellenbogen", "Ellbogen"], "es": ["CODO|m"], "ar": ["الكوع|m"], "th": ["ข้อศอก"]},
    "FOREARM": {"en": ["FOREARM", "RADIUS ULNA"], "de": ["Unterarm"], "es": ["ANTEBRAZO|m"], "ar": ["الساعد|m"], "th": ["แขนท่อนล่าง", "ปลายแขน"]},
    "WRIST": {"en": ["WRIST"], "de": ["Handgelenk"], "es": ["MUÑECA|f"], "ar": ["الرسغ|m"], "th": ["ข้อมือ"]},
    "HAND": {"en": ["HAND", "FINGER(S)", "THUMB"], "de": ["Hand", "Finger", "Daumen"], "es": ["MANO|f", "DEDO|m"],
             "ar": ["اليد|f", "الكف|f"], "th": ["มือ", "นิ้วมือ"]},
    "SHOULDER": {"en": ["SHOULDER", "CLAVICLE"], "de": ["Schulter", "Klavikula", "Clavicula"], "es": ["HOMBRO|m", "CLAVÍCULA|f"],
                 "ar": ["الكتف|m", "الترقوة|f"], "th": ["ไหล่", "กระดูกไหปลาร้า"]},
    "ARM": {"en": ["HUMERUS"], "de": ["Oberarm", "Humerus"], "es": ["HÚMERO|m", "BRAZO|m"], "ar": ["العضد|m"], "th": ["ต้นแขน", "กระดูกต้นแขน"]},
    "HIP": {"en": ["HIP"], "de": ["Hüfte", "Hüftgelenk"], "es": ["CADERA|f"], "ar": ["مفصل الفخذ|m", "مفصل الحوض|m"], "th": ["สะโพก", "ข้อสะโพก"]},
    "THIGH": {"en": ["FEMUR"], "de": ["Oberschenkel", "Femur"], "es": ["FÉMUR|m", "MUSLO|m"], "ar": ["عظمة الفخذ|f"], "th": ["ต้นขา", "กระดูกต้นขา"]},
    "KNEE": {"en": ["KNEE"], "de": ["Knie", "Kniegelenk"], "es": ["RODILLA|f"], "ar": ["الركبة|f"], "th": ["เข่า", "ข้อเข่า"]},
    "LEG": {"en": ["TIBIA FIBULA", "TIB/FIB"], "de": ["Unterschenkel"], "es": ["TIBIA Y PERONÉ|f", "PIERNA|f"], "ar": ["الساق|f"],
            "th": ["หน้าแข้ง", "ขาท่อนล่าง"]},
    "ANKLE": {"en": ["ANKLE"], "de": ["OSG", "Sprunggelenk"], "es": ["TOBILLO|m"], "ar": ["الكاحل|m"], "th": ["ข้อเท้า"]},
    "FOOT": {"en": ["FOOT", "TOE(S)", "CALCANEUS"], "de": ["Fuß", "Fuss", "Zehen"], "es": ["PIE|m", "CALCÁNEO|m"], "ar": ["القدم|f"],
             "th": ["เท้า", "นิ้วเท้า", "ส้นเท้า"]},
}
# English part names on the plain-film consoles (series descriptions)
XR_EN = {"ELBOW": "ELBOW", "FOREARM": "FOREARM", "WRIST": "WRIST", "HAND": "HAND", "SHOULDER": "CLAVICLE", "ARM": "HUMERUS",
         "HIP": "HIP", "THIGH": "FEMUR", "KNEE": "KNEE", "LEG": "TIB-FIB", "ANKLE": "ANKLE", "FOOT": "FOOT"}
XR_DE = {"ELBOW": "Ellenbogen", "FOREARM": "Unterarm", "WRIST": "Handgelenk", "HAND": "Hand", "SHOULDER": "Klavikula", "ARM": "Oberarm",
         "HIP": "Hüfte", "THIGH": "Oberschenkel", "KNEE": "Knie", "LEG": "Unterschenkel", "ANKLE": "OSG", "FOOT": "Fuß"}
XR_ES = {"ELBOW": "CODO", "FOREARM": "ANTEBRAZO", "WRIST": "MUNECA", "HAND": "MANO", "SHOULDER": "CLAVICULA", "ARM": "HUMERO",
         "HIP": "CADERA", "THIGH": "FEMUR", "KNEE": "RODILLA", "LEG": "TIBIA Y PERONE", "ANKLE": "TOBILLO", "FOOT": "PIE"}


# ---------------------------------------------------------------- helpers

class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        langs = self.cfg["langs"]
        self.lang = rng.choices(sorted(langs), [langs[k] for k in sorted(langs)])[0]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def T(cx, **by_lang):
    """The current study's phrasing in its language (a list is a choice of phrasings)."""
    got = by_lang.get(cx.lang)
    if got is None:
        got = by_lang["en"]
    return cx.c(got) if isinstance(got, list) else got


def SN(cx, en, de=None, es=None):
    """A console's series name: German and Mexican consoles name series in their language, the
    others in English."""
    got = {"de": de, "es": es}.get(cx.lang) or en
    return cx.c(got) if isinstance(got, list) else got


def strip_accents(text):
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


def ascii_de(text):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "ss")):
        text = text.replace(a, b)
    return text


def console(cx, text):
    """A RIS or console rendering of an order name: upper case, accents dropped on ASCII-only
    consoles (Mexico), umlauts written out (Germany)."""
    if cx.lang == "es":
        r = cx.rng.random()
        if r < 0.55:
            return strip_accents(text).upper()
        if r < 0.8:
            return text.upper()
        return text
    if cx.lang == "de":
        r = cx.rng.random()
        if r < 0.15:
            return ascii_de(text).upper()
        if r < 0.3:
            return text.upper()
        return text
    if cx.lang == "en" and cx.site == "us-child":
        return text.upper()
    if cx.lang == "en" and cx.p(0.5):
        return text.upper()
    return text


def limb_name(cx, code, extra=False):
    names = LIMB[code][cx.lang]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def side_word(cx, s, gender="m", abbr=None):
    full, ab = SIDEW[cx.lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab)
    return full[gender] if isinstance(full, dict) else cx.c(full)


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.3, p_alt=0.15):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def seq_of(desc):
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "b800", "b1000")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair", "ir_")):
        return "SE\\IR"
    if any(k in d for k in ("loc", "survey", "vibe", "fl3d", "mprage", "tfe", "thrive", "lava", "trufi", "fiesta", "bffe",
                            "dyn", "swi", "t2*", "ffe", "vibrant", "flash", "quick 3d")):
        return "GR"
    return "SE"


# ---------------------------------------------------------------- meta builders

def mr_meta(cx, desc, **kw):
    make, models, v = cx.cfg["MR"]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc,
         "ScanningSequence": seq_of(desc)}
    if v == "Siemens":
        sn = {"EP": "*ep_b800t", "SE\\IR": "*tir2d1_21", "GR": "*fl3d1"}.get(m["ScanningSequence"], "*tse2d1_15")
        if "haste" in desc.lower():
            sn = "*h2d1_256"
        if "trufi" in desc.lower():
            sn = "*tfi2d1_120"
        m["SequenceName"] = sn
    m.update(kw)
    return m


MR_SER = {
    "Siemens": {
        "brain": ["localizer", "t2_tse_tra", "t1_mprage_sag_p2_iso", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra_ADC", "t2_swi_tra"],
        "spine": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_stir_sag"],
        "abdomen": ["localizer", "t2_haste_cor", "t1_vibe_dixon_tra_opp", "t2_blade_tra_fs", "ep2d_diff_tra_b50_800"],
        "pelvis": ["localizer", "t2_tse_sag", "t2_tse_tra", "t2_tse_cor_obl", "ep2d_diff_tra_b50_800", "t1_vibe_fs_tra_dyn"],
        "breast": ["localizer", "t2_tse_tra", "ep2d_diff_tra", "t1_fl3d_tra_dynaVIEWS_spair", "t1_fl3d_tra_dyn_SUB1", "MIP_SUB1"],
        "fetal": ["localizer", "haste_tra_fetal", "haste_cor_fetal", "haste_sag_fetal", "trufi_cor_fetal", "ep2d_diff_tra_fetal"],
        "joint": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "t1_tse_cor", "pd_tse_fs_tra"],
        "wb": ["localizer", "t2_tirm_cor_WB_composed", "t1_tse_cor_WB_composed", "ep2d_diff_tra_WB_b800", "t2_haste_tra_WB"],
        "neck": ["localizer", "t2_tse_tra", "t1_tse_cor", "t2_tirm_cor", "t1_vibe_fs_tra_KM"],
        "pelvicfloor": ["localizer", "t2_tse_sag", "trufi_sag_rest", "trufi_sag_defecation", "t2_tse_tra"],
    },
    "Philips": {
        "brain": ["Survey", "T2W_TSE_TRA", "3D_T1W_TFE", "T2W_FLAIR", "DWI_b1000", "dADC"],
        "spine": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"],
        "abdomen": ["SmartExam", "T2W_SSh_COR", "mDIXON_TFE_TRA", "T2W_TSE_SPAIR", "DWI_b800"],
        "pelvis": ["Survey", "T2W_TSE_SAG", "T2W_TSE_TRA", "T2W_TSE_COR", "DWI_b1000", "THRIVE_DYN"],
        "breast": ["Survey", "T2W_TSE", "DWI_b800", "e-THRIVE_DYN", "SUB_e-THRIVE", "MIP SUB"],
        "fetal": ["Survey", "SSh_TSE_TRA_fetal", "SSh_TSE_COR_fetal", "SSh_TSE_SAG_fetal", "bFFE_COR", "DWI_fetal"],
        "joint": ["Survey", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "T1W_TSE_COR", "PDW_SPAIR_TRA"],
        "wb": ["Survey", "WB_STIR_COR", "WB_T1W_COR", "DWIBS_b800", "WB_mDIXON"],
        "neck": ["Survey", "T2W_TSE_TRA", "T1W_TSE_COR", "STIR_COR", "T1W_mDIXON_GD"],
        "pelvicfloor": ["Survey", "T2W_TSE_SAG", "bFFE_dyn_SAG_rest", "bFFE_dyn_SAG_press", "T2W_TSE_TRA"],
    },
    "GE": {
        "brain": ["3-Plane Loc", "Ax T2 FRFSE", "Sag 3D T1 BRAVO", "Ax T2 FLAIR", "Ax DWI", "Ax SWAN"],
        "spine": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
        "abdomen": ["3-Plane Loc", "Cor SSFSE", "Ax LAVA Flex", "Ax T2 FRFSE FS", "Ax DWI b800"],
        "pelvis": ["3-Plane Loc", "Sag T2 FRFSE", "Ax T2 FRFSE", "Cor T2 FRFSE", "Ax DWI", "Ax LAVA Dyn"],
        "breast": ["3-Plane Loc", "Ax T2 IDEAL", "Ax DWI", "Ax VIBRANT MPh", "SUB Ax VIBRANT", "MIP"],
        "fetal": ["3-Plane Loc", "Ax SSFSE Fetal", "Cor SSFSE Fetal", "Sag SSFSE Fetal", "Cor FIESTA", "Ax DWI Fetal"],
        "joint": ["3-Plane Loc", "Cor PD FS", "Sag PD FS", "Cor T1", "Ax PD FS"],
        "wb": ["3-Plane Loc", "Cor STIR WB", "Cor T1 WB", "Ax DWI WB", "Ax SSFSE WB"],
        "neck": ["3-Plane Loc", "Ax T2 FRFSE FS", "Cor T1", "Cor STIR", "Ax T1 FS +C"],
        "pelvicfloor": ["3-Plane Loc", "Sag T2 FRFSE", "Sag FIESTA rest", "Sag FIESTA Valsalva", "Ax T2 FRFSE"],
    },
    "Canon": {
        "brain": ["Locator", "T2 FSE AX", "3D MPRAGE", "FLAIR AX", "DWI AX", "T2* AX"],
        "spine": ["Locator", "T2 FSE SAG", "T1 FSE SAG", "T2 FSE AX", "STIR SAG"],
        "abdomen": ["Locator", "FASE COR", "T1 QUICK 3D AX", "T2 FSE FS AX", "DWI AX"],
        "pelvis": ["Locator", "T2 FSE SAG", "T2 FSE AX", "T2 FSE COR", "DWI AX", "DYN QUICK 3D"],
        "breast": ["Locator", "T2 FSE AX", "DWI AX", "DYN 3D AX", "SUB DYN", "MIP"],
        "fetal": ["Locator", "FASE AX fetal", "FASE COR fetal", "FASE SAG fetal", "TrueSSFP COR", "DWI fetal"],
        "joint": ["Locator", "PD FS COR", "PD FS SAG", "T1 SE COR", "PD FS AX"],
        "wb": ["Locator", "STIR COR WB", "T1 COR WB", "DWI AX WB", "FASE AX WB"],
        "neck": ["Locator", "T2 FSE FS AX", "T1 SE COR", "STIR COR", "T1 FS AX +C"],
        "pelvicfloor": ["Locator", "T2 FSE SAG", "TrueSSFP SAG rest", "TrueSSFP SAG strain", "T2 FSE AX"],
    },
}


def mr_series(cx, key, labels, lat, why, bp, alt, k=None):
    v = cx.cfg["MR"][2]
    names = MR_SER[v][key]
    k = k or len(names)
    ser = []
    for i, d in enumerate(names[:k]):
        extra = {}
        if "SUB" in d or "MIP" in d or "ADC" in d or d == "dADC":
            extra["ImageType"] = "DERIVED\\PRIMARY\\SUBTRACT" if "SUB" in d else "DERIVED\\PRIMARY"
        if i == 0:
            extra["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER" if v != "Philips" else "ORIGINAL\\PRIMARY\\M_FFE\\M\\FFE"
        m = mr_meta(cx, d, **extra)
        if cx.p(0.45):
            m["ProtocolName"] = cx.proto
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, lat, why + ("; localizer of the exam" if i == 0 else "")))
    return ser


def ct_series(cx, labels, bp, alt, region, why, contrast=False):
    make, models, v = cx.cfg["CT"]
    model = cx.c(models)
    ser = []
    scout = {"GE": "Scout", "Siemens": "Topogram  0.6  T20s", "UIH": "Topogram", "Toshiba": "Scanogram", "Canon": "Scanogram"}[v]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": scout,
         "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}
    bpe(cx, m, bp, alt)
    ser.append(S(m, labels, None, why + "; scout plans the exam"))
    recons = {
        "GE": {"head": [("5mm STND", "STANDARD", "5"), ("0.625mm BONE", "BONE", "0.625"), ("COR 2.5", "STANDARD", "2.5")],
               "body": [("5mm STND", "STANDARD", "5"), ("1.25mm STND", "STANDARD", "1.25"), ("0.625mm LUNG", "LUNG", "0.625"),
                        ("COR 3mm", "SOFT", "3")]},
        "Siemens": {"head": [("Kopf  4.0  Hr38  3", "Hr38d", "4"), ("Kopf  0.6  Hr64  3", "Hr64h", "0.6"), ("Kopf cor 3.0 Hr38", "Hr38d", "3")],
                    "body": [("Körper  3.0  Br40  3", "Br40d", "3"), ("Thorax  1.0  Bl57  3", "Bl57d", "1"), ("Körper cor 3.0 Br40", "Br40d", "3")]},
        "UIH": {"head": [("Head 5.0mm", "H_SOFT_B", "5"), ("Head Bone 1.0mm", "H_SHARP_C", "1"), ("Brain MPR COR", "H_SOFT_B", "3")],
                "body": [("Body 5.0mm", "B_SOFT_B", "5"), ("Lung 1.0mm", "L_SHARP_C", "1"), ("Body MPR COR", "B_SOFT_B", "3")]},
        "Toshiba": {"head": [("Brain 5.0", "FC26", "5"), ("Bone 1.0", "FC30", "1"), ("MPR COR", "FC26", "3")],
                    "body": [("Body 5.0", "FC08", "5"), ("Lung 1.0", "FC52", "1"), ("MPR COR", "FC08", "3")]},
        "Canon": {"head": [("AXIAL 5.0", "FC26", "5"), ("AXIAL 1.0 BONE", "FC30", "1"), ("COR MPR 3.0", "FC26", "3")],
                  "body": [("AXIAL 5.0", "FC08", "5"), ("Lung 1.0", "FC56", "1"), ("COR MPR 3.0", "FC08", "3")]},
    }[v][region]
    for d, k, t in recons:
        m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d,
             "ConvolutionKernel": k, "SliceThickness": t,
             "ImageType": "DERIVED\\SECONDARY\\MPR" if ("COR" in d.upper() or "MPR" in d) else "ORIGINAL\\PRIMARY\\AXIAL"}
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 300", "Iopamiro 300", "Ultravist 300", "Optiray 320"])
        if cx.p(0.4):
            m["ProtocolName"] = cx.proto
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    dose = {"GE": "Dose Report", "Siemens": "Patient Protocol", "UIH": "Dose Report", "Toshiba": "Dose Info", "Canon": "Dose Info"}[v]
    ser.append(S({"Modality": "CT" if v in ("Siemens", "GE", "UIH") else "OT", "Manufacturer": make, "SeriesDescription": dose,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7"}, [], None,
                 "CT dose page: text, no anatomy", img=False))
    if cx.p(0.35):
        ser.append(S({"Modality": "SR", "Manufacturer": make, "SeriesDescription": "X-Ray Radiation Dose SR",
                      "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"}, [], None, "dose structured report", img=False))
    return ser


def xr_meta(cx, desc, view=None, **kw):
    make, models, mod = cx.cfg["XR"]
    model = cx.c(models)
    m = {"Modality": ("CR" if "FCR" in model else "DX") if mod == "CR" else mod, "Manufacturer": make,
         "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us_meta(cx, desc=None, ob=False, **kw):
    opts = cx.cfg["US"]
    if ob:
        opts = [o for o in opts if "Voluson" in o[1] or "WS80" in o[1]] or opts
    else:
        opts = [o for o in opts if "Voluson" not in o[1] and "WS80" not in o[1]] or opts
    make, model = cx.c(opts)
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": model}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


def rf_meta(cx, desc, **kw):
    make, model = cx.cfg["RF"]
    m = {"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


def rf_dose(cx):
    make, _model = cx.cfg["RF"]
    return S({"Modality": "SR", "Manufacturer": make, "SeriesDescription": cx.c(["Radiation Dose Report", "X-Ray Radiation Dose SR", "Dose SR"]),
              "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"}, [], None, "fluoroscopy dose structured report", img=False)


# ---------------------------------------------------------------- breast

def mg_names(cx, s, view, kind):
    v = cx.cfg["MG"][2]
    if v == "Hologic":
        return {"2d": f"{s} {view}", "tomo": f"{s} {view} Tomosynthesis Reconstruction", "synth": f"{s} {view} C-View",
                "spot": f"{s} {view} SPOT", "mag": f"{s} {view} MAG"}[kind]
    if v == "Siemens":
        return {"2d": f"{s}{view}", "tomo": f"{s}{view} Tomo", "synth": f"{s}{view} Insight 2D", "spot": f"{s}{view} Spot",
                "mag": f"{s}{view} Vergr."}[kind]
    if v == "Fujifilm":
        return {"2d": f"{s}-{view}", "tomo": f"{s}-{view} ST", "synth": f"{s}-{view} S-View", "spot": f"{s}-{view} SPOT",
                "mag": f"{s}-{view} MAG"}[kind]
    return {"2d": f"{s} {view}", "tomo": f"{s} {view} DBT", "synth": f"{s} {view} V-Preview", "spot": f"{s} {view} SPOT",
            "mag": f"{s} {view} MAG"}[kind]


def mg_image(cx, s, view, kind):
    make, models, _v = cx.cfg["MG"]
    it = {"2d": "ORIGINAL\\PRIMARY", "tomo": "DERIVED\\PRIMARY\\TOMOSYNTHESIS", "synth": "DERIVED\\PRIMARY\\GENERATED_2D",
          "spot": "ORIGINAL\\PRIMARY", "mag": "ORIGINAL\\PRIMARY"}[kind]
    m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": mg_names(cx, s, view, kind),
         "ImageLaterality": s, "ViewPosition": view, "ImageType": it}
    if kind == "tomo":
        m["NumberOfFrames"] = cx.c(["52", "61", "48", "70"])
    bpe(cx, m, "BREAST", None, p_missing=0.12)
    return m


def breast(cx):
    kind = cx.c(["screen"] * 4 + ["diag"] * 3 + ["us"] * 4 + ["mr"] * 2 + ["stereo", "usbx", "specimen"])
    if cx.site == "us-child":  # adolescent breast lumps: ultrasound and core biopsy only
        kind = cx.c(["us", "us", "us", "usbx"])
    ser = []
    if kind == "screen":
        tomo = cx.p(0.5)
        sd = T(cx, en=["MG SCREENING BILATERAL W TOMO" if tomo else "MG DIGITAL SCREENING BILATERAL", "MAM SCREENING BILAT"],
               de=["Mammographie beidseits in 2 Ebenen", "Mammographie bds. (Früherkennung)", "Mammographie bds. + Tomosynthese" if tomo else "Mammographie bds."],
               es=["MASTOGRAFÍA DE TAMIZAJE BILATERAL", "MASTOGRAFÍA BILATERAL DE DETECCIÓN", "MASTOGRAFIA BILATERAL"],
               ar=["ماموجرام للثديين", "أشعة ماموجرام على الثديين"],
               th=["แมมโมแกรมทั้งสองข้าง", "แมมโมแกรม (Screening)", "ตรวจแมมโมแกรมเต้านม 2 ข้าง"])
        sd = console(cx, sd)
        for s in "RL":
            for view in ("CC", "MLO"):
                ser.append(S(mg_image(cx, s, view, "2d"), ["BREAST"], s, f"mammogram view of one breast (ImageLaterality {s})"))
                if tomo:
                    ser.append(S(mg_image(cx, s, view, "tomo"), ["BREAST"], s, "tomosynthesis of one breast"))
                    ser.append(S(mg_image(cx, s, view, cx.c(["synth", "synth", "2d"])), ["BREAST"], s, "synthesised 2D of one breast"))
        if cx.p(0.35):
            ser.append(S({"Modality": "SR", "Manufacturer": cx.cfg["MG"][0], "SeriesDescription": cx.c(["Mammography CAD SR", "ImageChecker CAD", "Breast Density SR"]),
                          "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50"}, [], None, "mammography CAD/density report: no image", img=False))
        return sd, ser
    if kind == "diag":
        s = cx.c("LR")
        sd = T(cx, en=[f"MG DIAGNOSTIC {side_word(cx, s, abbr=False).upper()} W TOMO", f"MG DIAGNOSTIC UNILATERAL {side_word(cx, s).upper()}"],
               de=[f"Mammographie {side_word(cx, s)} (kurativ)", f"Mammographie {side_word(cx, s)} Zusatzaufnahmen"],
               es=[f"MASTOGRAFÍA DIAGNÓSTICA MAMA {side_word(cx, s, 'f')}", f"PROYECCIONES ADICIONALES MAMA {side_word(cx, s, 'f', abbr=False)}"],
               ar=[f"ماموجرام للثدي {side_word(cx, s, 'm', abbr=False)}", f"ماموجرام تشخيصي - الثدي {side_word(cx, s, 'm', abbr=False)}"],
               th=[f"แมมโมแกรมเต้านม{side_word(cx, s)}", f"Diagnostic mammogram {'Rt' if s == 'R' else 'Lt'} (แมมโมแกรม)"])
        sd = console(cx, sd)
        for view, k in [("CC", "2d"), ("MLO", "2d"), (cx.c(["CC", "ML", "LM"]), cx.c(["spot", "mag"])), ("CC", "tomo")][:cx.c([3, 4])]:
            ser.append(S(mg_image(cx, s, view, k), ["BREAST"], s, "diagnostic mammogram of one breast"))
        return sd, ser
    if kind == "us":
        s = cx.c("LLRRBB")
        if cx.lang == "th":
            sd = cx.c([f"อัลตราซาวด์เต้านม{side_word(cx, s)}", f"U/S Breast {'Rt' if s == 'R' else 'Lt' if s == 'L' else 'both'} (อัลตราซาวด์เต้านม)"])
        else:
            sd = T(cx, en=[f"US BREAST {side_word(cx, s, abbr=False).upper()} LIMITED" if s != "B" else "US BREAST BILATERAL COMPLETE",
                           f"US BREAST {side_word(cx, s).upper()}"],
                   de=[f"Mammasonographie {side_word(cx, s)}", f"Sono Mamma {side_word(cx, s)}"],
                   es=[f"USG MAMARIO {side_word(cx, s, 'm')}", f"ULTRASONIDO DE MAMA {side_word(cx, s, 'f')}"],
                   ar=[f"سونار على الثدي {side_word(cx, s, 'm', abbr=False)}" if s != "B" else "سونار على الثديين",
                       f"سونار ثدي {side_word(cx, s, 'm', abbr=True)}" if s != "B" else "سونار على الثديين والإبطين"])
            sd = console(cx, sd)
        lat_tag = cx.p(0.3) and s != "B"
        for i in range(cx.c([1, 1, 2])):
            m = us_meta(cx, cx.c([None, None, T(cx, en="Breast", de="Mamma", es="MAMA", ar="Breast", th="Breast")]))
            if lat_tag:
                m["Laterality"] = s
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.5)
            ser.append(S(m, ["BREAST"], s, "breast ultrasound, side as ordered"))
        if s == "B" and cx.p(0.5):
            for one in "RL":
                d = {"en": f"{'RT' if one == 'R' else 'LT'} BREAST", "de": f"Mamma {'re.' if one == 'R' else 'li.'}",
                     "es": f"MAMA {'DER' if one == 'R' else 'IZQ'}", "ar": f"{'RT' if one == 'R' else 'LT'} BREAST",
                     "th": f"{'Rt' if one == 'R' else 'Lt'} breast"}[cx.lang]
                m = us_meta(cx, d)
                bpe(cx, m, "BREAST", None, p_missing=0.5)
                ser.append(S(m, ["BREAST"], one, "one-breast series of a both-breasts ultrasound"))
        return sd, ser
    if kind == "mr":
        sd = T(cx, en=["MRI BREAST BILATERAL W WO CONTRAST", "MR BREAST BILAT W/WO"],
               de=["MRT Mamma bds. mit KM", "MR-Mammographie beidseits", "MRT der Mammae nativ + KM"],
               es=["RESONANCIA MAGNÉTICA DE MAMA BILATERAL CONTRASTADA", "RM DE MAMAS CON GADOLINIO"],
               ar=["رنين مغناطيسي على الثديين بالصبغة", "MRI BOTH BREASTS WITH CONTRAST"],
               th=["MRI Breast (เอ็มอาร์ไอเต้านม)", "MRI เต้านมทั้งสองข้าง"])
        sd = console(cx, sd)
        cx.proto = T(cx, en="BREAST BILAT", de="Mamma", es="MAMA", ar="Breast", th="BREAST")
        ser = mr_series(cx, "breast", ["BREAST"], "B", "breast MR: both breasts in every series", "BREAST", ["CHEST", "THORAX"])
        return sd, ser
    s = cx.c("LR")
    if kind == "stereo":
        sd = T(cx, en=[f"MG STEREOTACTIC BIOPSY {side_word(cx, s, abbr=False).upper()}"],
               de=[f"Stereotaktische Vakuumbiopsie Mamma {side_word(cx, s)}"],
               es=[f"BIOPSIA POR ESTEREOTAXIA MAMA {side_word(cx, s, 'f')}"],
               ar=[f"عينة بالماموجرام من الثدي {side_word(cx, s, 'm', abbr=False)}"],
               th=[f"Stereotactic biopsy เต้านม{side_word(cx, s)}"])
        sd = console(cx, sd)
        for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Post Clip"]:
            m = mg_image(cx, s, "CC", "2d")
            m["SeriesDescription"] = d
            ser.append(S(m, ["BREAST"], s, "stereotactic biopsy image of one breast"))
        return sd, ser
    if kind == "usbx":
        sd = T(cx, en=[f"US BREAST BIOPSY {side_word(cx, s, abbr=False).upper()} 1ST LESION"],
               de=[f"Sonographisch gesteuerte Stanzbiopsie Mamma {side_word(cx, s)}"],
               es=[f"BIOPSIA CON AGUJA GRUESA GUIADA POR USG MAMA {side_word(cx, s, 'f')}"],
               ar=[f"عينة بالسونار من الثدي {side_word(cx, s, 'm', abbr=False)}"],
               th=[f"U/S guided core biopsy เต้านม{side_word(cx, s)}"])
        sd = console(cx, sd)
        for d in [None, "Pre", "Post Fire"][:cx.c([1, 2, 3])]:
            m = us_meta(cx, d)
            bpe(cx, m, "BREAST", None, p_missing=0.5)
            ser.append(S(m, ["BREAST"], s, "ultrasound-guided biopsy of one breast"))
        return sd, ser
    # specimen radiograph after wire localisation or vacuum biopsy
    sd = T(cx, en=[f"MG SPECIMEN {side_word(cx, s, abbr=False).upper()}", f"MG WIRE LOCALIZATION {side_word(cx, s, abbr=False).upper()}"],
           de=[f"Präparatradiographie Mamma {side_word(cx, s)}", f"Drahtmarkierung Mamma {side_word(cx, s)} + Präparat"],
           es=[f"RADIOGRAFÍA DE PIEZA QUIRÚRGICA MAMA {side_word(cx, s, 'f')}", f"MARCAJE CON ARPÓN MAMA {side_word(cx, s, 'f')}"],
           ar=[f"أشعة على العينة - الثدي {side_word(cx, s, 'm', abbr=False)}"],
           th=[f"Specimen mammogram เต้านม{side_word(cx, s)}"])
    sd = console(cx, sd)
    for d in [T(cx, en="SPECIMEN", de="Präparat", es="ESPECIMEN", ar="Specimen", th="Specimen"), "Specimen MAG"]:
        m = mg_image(cx, s, "CC", "2d")
        m["SeriesDescription"] = d
        m["ViewPosition"] = "SPECIMEN" if cx.p(0.5) else "CC"
        ser.append(S(m, ["BREAST"], s, "specimen radiograph of breast tissue: the breast it came from"))
    return sd, ser


# ---------------------------------------------------------------- obstetrics and gynaecology

def obgyn(cx):
    kind = cx.c(["ob"] * 5 + ["early"] * 2 + ["gyn"] * 3 + ["pelvmr"] * 2 + ["hsg"] * 2 + ["floor", "fetal", "fetal", "placenta"])
    if cx.site == "us-child":  # the fetal care centre and adolescent gynaecology
        kind = cx.c(["ob", "ob", "fetal", "fetal", "fetal", "placenta", "gyn", "gyn"])
    ser = []
    if kind == "ob":
        wk = cx.c(["20+3", "22+1", "28+6", "32+4", "34+0", "36+2", "24+5"])
        sd = T(cx, en=["US OB 14+ WEEKS SINGLE GESTATION", "US OB DETAILED FETAL ANATOMY", "US FETAL ECHO", "US OB FOLLOW UP GROWTH",
                       "US OB BIOPHYSICAL PROFILE"],
               de=[f"Feindiagnostik (DEGUM II) {wk} SSW", f"Sono Fetometrie {wk} SSW", "Dopplersonographie fetal", "Fetale Echokardiographie"],
               es=["USG OBSTÉTRICO", "ULTRASONIDO OBSTÉTRICO ESTRUCTURAL 2DO TRIMESTRE", "USG OBSTÉTRICO CON DOPPLER", "PERFIL BIOFÍSICO"],
               ar=["سونار حمل", "سونار على الحمل رباعي الأبعاد", "سونار دوبلر على الحمل", "OBSTETRIC US (ANOMALY SCAN)", "SONAR HAML"],
               th=["อัลตราซาวด์ทารกในครรภ์", "อัลตราซาวด์ตรวจครรภ์ (OB U/S)", "OB U/S anomaly scan", "อัลตราซาวด์ดูความผิดปกติทารก"])
        sd = console(cx, sd)
        for d in cx.rng.sample([None, "OB", "Fetal Biometry", "3D/4D", "Doppler", "OB 2/3", "Fetal Heart"], cx.c([1, 2, 3])):
            m = us_meta(cx, d, ob=True)
            bpe(cx, m, cx.c(["ABDOMEN", "PELVIS", "UTERUS"]), ["FETUS", "OB"], p_missing=0.45)
            ser.append(S(m, GRAVID, None, "ultrasound of a second/third-trimester pregnancy: gravid uterus in abdomen and pelvis"))
        if cx.p(0.5):
            ser.append(S({"Modality": "SR", "Manufacturer": "GE Healthcare", "SeriesDescription": "OB-GYN Ultrasound Procedure Report",
                          "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33"}, [], None, "obstetric measurement report: no image", img=False))
        if cx.p(0.3):
            ser.append(S({"Modality": "OT", "Manufacturer": "GE Healthcare", "SeriesDescription": cx.c(["OB Worksheet", "Report Page", "ViewPoint Report"]),
                          "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, [], None, "worksheet screen capture: text, no anatomy", img=False))
        return sd, ser
    if kind == "early":
        sd = T(cx, en=["US OB LESS THAN 14 WEEKS TRANSVAGINAL", "US OB FIRST TRIMESTER", "US NUCHAL TRANSLUCENCY"],
               de=["Vaginalsonographie Frühschwangerschaft", "Ersttrimesterscreening (NT)", "Sono Frühgravidität"],
               es=["USG ENDOVAGINAL (EMBARAZO TEMPRANO)", "USG OBSTÉTRICO PRIMER TRIMESTRE", "USG TRANSVAGINAL"],
               ar=["سونار مهبلي - حمل مبكر", "سونار حمل الشهور الأولى", "TVS EARLY PREGNANCY"],
               th=["อัลตราซาวด์ทางช่องคลอด (ครรภ์ระยะแรก)", "อัลตราซาวด์ครรภ์ไตรมาสแรก", "TVS early pregnancy"])
        sd = console(cx, sd)
        for d in cx.rng.sample([None, "TV", "Endovaginal", "NT", "GYN"], cx.c([1, 2])):
            m = us_meta(cx, d, ob=True)
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS"], p_missing=0.45)
            ser.append(S(m, ["PELVIS"], None, "first-trimester pregnancy: uterus still in the pelvis"))
        return sd, ser
    if kind == "gyn":
        side = cx.c(["", "", "R", "L"])
        sd = T(cx, en=["US PELVIS COMPLETE TRANSABDOMINAL AND TRANSVAGINAL", "US PELVIS TRANSVAGINAL", "US PELVIS (OVARIAN TORSION)"],
               de=["Vaginalsonographie", "Sono Unterbauch / Adnexe", "Transvaginalsonographie Uterus/Ovarien"],
               es=["USG PÉLVICO", "USG PÉLVICO GINECOLÓGICO", "ULTRASONIDO TRANSVAGINAL"],
               ar=["سونار على الحوض", "سونار مهبلي", "US PELVIS (TAS+TVS)", "SONAR HOAD"],
               th=["อัลตราซาวด์อุ้งเชิงกราน", "อัลตราซาวด์มดลูกและรังไข่", "U/S lower abdomen (pelvis)"])
        if side:
            sd += " " + T(cx, en=f"{'RIGHT' if side == 'R' else 'LEFT'} ADNEXAL MASS", de=f"Ovarialzyste {'re.' if side == 'R' else 'li.'}",
                          es=f"QUISTE DE OVARIO {'DERECHO' if side == 'R' else 'IZQUIERDO'}",
                          ar=f"تكيس المبيض {'الأيمن' if side == 'R' else 'الأيسر'}", th=f"ก้อนรังไข่{'ขวา' if side == 'R' else 'ซ้าย'}")
        sd = console(cx, sd)
        for d in cx.rng.sample([None, "TA", "TV", "Uterus", "Ovaries", "GYN"], cx.c([1, 2])):
            m = us_meta(cx, d)
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS", "OVARY"], p_missing=0.4)
            ser.append(S(m, ["PELVIS"], None, "gynaecological ultrasound: uterus and ovaries are pelvis (no side for an organ)"))
        return sd, ser
    if kind == "pelvmr":
        sd = T(cx, en=["MRI PELVIS W WO CONTRAST (GYN)", "MRI PELVIS FOR MULLERIAN ANOMALY", "MRI PELVIS ENDOMETRIOSIS PROTOCOL"],
               de=["MRT Becken mit KM (Uterus)", "MRT kleines Becken (Endometriose)", "MRT Becken Myom-Mapping"],
               es=["RM DE PELVIS CONTRASTADA", "RESONANCIA MAGNÉTICA DE PELVIS (MIOMATOSIS)"],
               ar=["رنين مغناطيسي على الحوض بالصبغة", "MRI PELVIS WITH CONTRAST"],
               th=["MRI Pelvis (เอ็มอาร์ไออุ้งเชิงกราน)", "MRI อุ้งเชิงกราน ฉีดสี"])
        sd = console(cx, sd)
        cx.proto = T(cx, en="PELVIS FEMALE", de="Becken Gyn", es="PELVIS", ar="Pelvis", th="PELVIS")
        ser = mr_series(cx, "pelvis", ["PELVIS"], None, "female pelvic MR", "PELVIS", ["ABDOMEN", "ABDOMENPELVIS"])
        return sd, ser
    if kind == "hsg":
        sd = T(cx, en=["FL HYSTEROSALPINGOGRAM", "FL HSG"],
               de=["Hysterosalpingographie", "HSG (Tubendurchgängigkeit)"],
               es=["HISTEROSALPINGOGRAFÍA"],
               ar=["أشعة بالصبغة على الرحم والأنابيب", "HSG"],
               th=["ฉีดสีดูโพรงมดลูกและท่อนำไข่ (HSG)", "HSG"])
        sd = console(cx, sd)
        for d in ["Scout", "Spot 1", "Spot 2", "Fluoro Store", "Delayed"][:cx.c([3, 4, 5])]:
            m = rf_meta(cx, d)
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS"], p_missing=0.35)
            ser.append(S(m, ["PELVIS"], None, "hysterosalpingogram: uterus and tubes are pelvis"))
        ser.append(rf_dose(cx))
        return sd, ser
    if kind == "floor":
        mr = cx.p(0.7)
        if mr:
            sd = T(cx, en=["MRI PELVIC FLOOR DYNAMIC (DEFECOGRAPHY)"], de=["MRT Beckenboden dynamisch (Defäkographie)", "dynamische MR-Defäkographie"],
                   es=["RM DINÁMICA DE PISO PÉLVICO"], ar=["رنين مغناطيسي ديناميكي لقاع الحوض", "MRI PELVIC FLOOR"],
                   th=["MRI pelvic floor dynamic", "MRI อุ้งเชิงกราน (pelvic floor)"])
            cx.proto = T(cx, en="PELVIC FLOOR", de="Beckenboden", es="PISO PELVICO", ar="Pelvic floor", th="PELVIC FLOOR")
            ser = mr_series(cx, "pelvicfloor", ["PELVIS"], None, "pelvic floor MR", "PELVIS", ["ABDOMEN"])
        else:
            sd = T(cx, en=["US PELVIC FLOOR TRANSPERINEAL"], de=["Beckenbodensonographie (Perinealsonographie)"],
                   es=["USG TRANSPERINEAL DE PISO PÉLVICO"], ar=["سونار على قاع الحوض"], th=["U/S pelvic floor (transperineal)"])
            for d in [None, "Pelvic floor", "Valsalva"][:cx.c([1, 2])]:
                m = us_meta(cx, d)
                bpe(cx, m, "PELVIS", None, p_missing=0.5)
                ser.append(S(m, ["PELVIS"], None, "perineal ultrasound of the pelvic floor"))
        return console(cx, sd), ser
    wk = cx.c(["22", "26", "28", "31", "33"])
    if kind == "fetal":
        sd = T(cx, en=["MRI FETAL", "MRI FETAL BRAIN", "MR FETAL WHOLE BODY (CDH)"],
               de=[f"Fetale MRT (Gehirn) {wk}. SSW", "Fetal-MRT", "MRT Fetus Thorax (Zwerchfellhernie)"],
               es=["RM FETAL", "RESONANCIA MAGNÉTICA FETAL (SNC)"],
               ar=["رنين مغناطيسي على الجنين", "FETAL MRI"],
               th=["MRI Fetus", "MRI ทารกในครรภ์"])
        cx.proto = T(cx, en="FETAL", de="Fetal", es="FETAL", ar="Fetal", th="FETAL")
        ser = mr_series(cx, "fetal", GRAVID, None, "fetal MR: the mother's gravid uterus, abdomen and pelvis", cx.c(["ABDOMEN", "PELVIS"]), ["FETUS", "HEAD", "BRAIN"])
        return console(cx, sd), ser
    sd = T(cx, en=["MRI PLACENTA (ACCRETA)", "MRI PELVIS PLACENTA ACCRETA PROTOCOL"], de=["MRT Plazenta (V.a. Plazenta accreta)"],
           es=["RM DE PLACENTA (ACRETISMO)"], ar=["رنين مغناطيسي على المشيمة"], th=["MRI Placenta (placenta accreta)"])
    cx.proto = T(cx, en="PLACENTA", de="Plazenta", es="PLACENTA", ar="Placenta", th="PLACENTA")
    ser = mr_series(cx, "pelvis", GRAVID, None, "placental MR: the gravid uterus, abdomen and pelvis", "PELVIS", ["ABDOMEN"], k=5)
    return console(cx, sd), ser


# ---------------------------------------------------------------- newborns

def neonatal(cx):
    kind = cx.c(["chest"] * 4 + ["babygram"] * 3 + ["abdo"] * 2 + ["cranial"] * 3 + ["spinal", "clavicle", "wholebody", "hips"])
    ser = []
    if kind == "chest":
        sd = T(cx, en=["XR CHEST 1 VIEW (NICU)", "XR CHEST PORTABLE NICU", "XR CHEST AP NEONATE"],
               de=["Rö Thorax Neugeborenes (Inkubator)", "Thorax a.p. liegend FG", "Röntgen Thorax NG"],
               es=["RX TÓRAX AP PORTÁTIL RN", "RX DE TÓRAX EN INCUBADORA", "TELE DE TÓRAX RN"],
               ar=["أشعة عادية على الصدر - حضانة", "CXR NICU PORTABLE", "أشعة على الصدر لحديث الولادة"],
               th=["CXR portable (NICU)", "เอกซเรย์ทรวงอกทารกแรกเกิด", "เอกซเรย์ปอด (NICU)"])
        for d in [SN(cx, ["CHEST AP", "Chest AP supine", "NICU CHEST"], ["Thorax AP", "Thorax a.p. liegend"], ["TORAX AP", "TORAX AP RN"]), "CHEST AP (post ETT)"][:cx.c([1, 1, 2])]:
            m = xr_meta(cx, d, "AP")
            bpe(cx, m, "CHEST", ["THORAX"], p_missing=0.3)
            ser.append(S(m, ["CHEST"], None, "neonatal chest film"))
        return console(cx, sd), ser
    if kind == "babygram":
        sd = T(cx, en=["XR BABYGRAM", "XR CHEST AND ABDOMEN NEONATE (BABYGRAM)", "XR CHEST ABDOMEN 1 VIEW (LINE PLACEMENT)"],
               de=["Babygramm", "Thorax + Abdomen Neugeborenes (Katheterlage)", "Rö Thorax/Abdomen NG"],
               es=["BABYGRAMA", "RX TORACOABDOMINAL RN", "RX TÓRAX Y ABDOMEN RN (CATÉTER UMBILICAL)"],
               ar=["أشعة على الصدر والبطن لحديث الولادة", "BABYGRAM", "أشعة صدر وبطن - حضانة"],
               th=["Babygram", "เอกซเรย์ทรวงอกและช่องท้องทารก (Babygram)", "Babygram (UVC position)"])
        m = xr_meta(cx, SN(cx, ["Babygram", "BABYGRAM AP", "Chest/Abd AP", "CHEST+ABD"], ["Babygramm", "Thorax/Abdomen"], ["TORACOABDOMINAL", "BABYGRAMA AP"]), "AP")
        bpe(cx, m, cx.c(["CHEST", "ABDOMEN", "WHOLEBODY"]), ["CHEST"], p_missing=0.3)
        ser.append(S(m, CAP, None, "neonatal babygram: chest and abdomen down to the pelvis on one film"))
        return console(cx, sd), ser
    if kind == "abdo":
        sd = T(cx, en=["XR ABDOMEN 2 VIEWS (NEC)", "XR ABDOMEN 1 VIEW NEONATE"],
               de=["Abdomen a.p. + Linksseitenlage (NEC)", "Rö Abdomen Neugeborenes"],
               es=["RX SIMPLE DE ABDOMEN RN (ECN)", "RX ABDOMEN AP Y DECÚBITO LATERAL"],
               ar=["أشعة عادية على البطن - حضانة", "ABDOMEN X-RAY NICU"],
               th=["เอกซเรย์ช่องท้องทารก (NEC)", "Plain abdomen (NICU)"])
        for d, v in [(SN(cx, ["ABDOMEN AP", "ABDOMEN SUPINE"], "Abdomen a.p.", "ABDOMEN AP"), "AP"), (SN(cx, ["ABD LT LAT DECUB", "CROSS TABLE LAT"], "Linksseitenlage", "DECUBITO LATERAL"), "LL")][:cx.c([1, 2])]:
            m = xr_meta(cx, d, v)
            bpe(cx, m, "ABDOMEN", None, p_missing=0.3)
            ser.append(S(m, AP_, None, "neonatal abdominal film: diaphragm to pubis, as a KUB"))
        return console(cx, sd), ser
    if kind == "cranial":
        sd = T(cx, en=["US HEAD NEONATAL", "US BRAIN INFANT (CRANIAL)", "US HEAD W DOPPLER NEONATE"],
               de=["Schädelsonographie", "Sono Schädel (Fontanelle)", "Hirnsonographie FG"],
               es=["USG TRANSFONTANELAR", "ULTRASONIDO TRANSFONTANELAR RN"],
               ar=["سونار على المخ عن طريق اليافوخ", "TRANSFONTANELLAR US"],
               th=["อัลตราซาวด์สมองทารก (Cranial US)", "U/S brain ผ่านกระหม่อม"])
        for d in cx.rng.sample([None, "Neonatal Head", "Brain Cor", "Brain Sag", "Mastoid"], cx.c([1, 2])):
            m = us_meta(cx, d)
            bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "cranial ultrasound through the fontanelle"))
        return console(cx, sd), ser
    if kind == "spinal":
        sd = T(cx, en=["US SPINE INFANT (SACRAL DIMPLE)", "US SPINAL CANAL INFANT"],
               de=["Sono Wirbelsäule/Spinalkanal Säugling (Sakralgrübchen)"],
               es=["USG DE COLUMNA LUMBOSACRA RN (FOSITA SACRA)"],
               ar=["سونار على الفقرات القطنية العجزية لحديث الولادة"],
               th=["U/S lumbosacral spine (sacral dimple)"])
        m = us_meta(cx, cx.c([None, "Spine", "Lumbar Spine", "Conus"]))
        bpe(cx, m, "LSPINE", ["SPINE"], p_missing=0.5)
        ser.append(S(m, ["LSPINE", "PELVIS"], None, "infant spinal ultrasound: lumbar canal and conus down to the sacrum"))
        return console(cx, sd), ser
    if kind == "clavicle":
        s = cx.c("LR")
        nm, g = limb_name(cx, "SHOULDER") if cx.lang != "en" else ("CLAVICLE", "f")
        if cx.lang in ("de",):
            nm = "Klavikula"
        if cx.lang == "es":
            nm, g = "CLAVÍCULA", "f"
        if cx.lang == "ar":
            nm, g = "الترقوة", "f"
        if cx.lang == "th":
            nm = "กระดูกไหปลาร้า"
        sw = side_word(cx, s, g)
        sd = T(cx, en=f"XR CLAVICLE {sw.upper()} (NEONATE)", de=f"Klavikula {sw} (Neugeborenes, Geburtstrauma)",
               es=f"RX {nm} {sw} RN", ar=f"أشعة على {nm} {sw} لحديث الولادة", th=f"เอกซเรย์{nm}{sw} ทารกแรกเกิด")
        m = xr_meta(cx, SN(cx, "CLAVICLE AP", "Klavikula a.p.", "CLAVICULA AP"), "AP")
        bpe(cx, m, "CLAVICLE", ["CHEST", "SHOULDER"], p_missing=0.3)
        ser.append(S(m, ["SHOULDER"], s, "neonatal clavicle (birth fracture): clavicle is shoulder"))
        return console(cx, sd), ser
    if kind == "wholebody":
        sd = T(cx, en=["XR BABYGRAM WHOLE BODY (SKELETAL DYSPLASIA)", "XR FETOGRAM POSTMORTEM"],
               de=["Babygramm Ganzkörper (V.a. Skelettdysplasie)", "Fetogramm post mortem"],
               es=["RX DE CUERPO ENTERO RN (DISPLASIA ESQUELÉTICA)", "FETOGRAMA"],
               ar=["أشعة على الجسم كله لحديث الولادة", "WHOLE BODY BABYGRAM"],
               th=["Babygram whole body (skeletal dysplasia)", "เอกซเรย์ทั้งตัวทารก"])
        for d, v in [(SN(cx, ["Whole Body AP", "BABYGRAM AP"], "Ganzkörper a.p.", "CUERPO ENTERO AP"), "AP"),
                     (SN(cx, "Whole Body LAT", "Ganzkörper seitl.", "CUERPO ENTERO LAT"), "LL")][:cx.c([1, 2])]:
            m = xr_meta(cx, d, v)
            bpe(cx, m, "WHOLEBODY", ["CHEST"], p_missing=0.3)
            ser.append(S(m, WB, None, "whole-body film of a newborn or fetus: head to pelvis"))
        return console(cx, sd), ser
    # hips: neonatal hip ultrasound, both sides
    return paed_us(cx, "hips")


# ---------------------------------------------------------------- paediatric plain films

LIMB_MIX = (["ELBOW"] * 4 + ["FOREARM"] * 4 + ["WRIST"] * 3 + ["HAND"] * 2 + ["SHOULDER"] * 2 + ["ARM", "HIP", "THIGH"] +
            ["KNEE"] * 2 + ["LEG"] * 2 + ["ANKLE"] * 3 + ["FOOT"] * 2)


def limb_order(cx, code, s):
    nm, g = limb_name(cx, code, extra=cx.p(0.3))
    sw = side_word(cx, s, g)
    if cx.lang == "en":
        views = cx.c(["2 VIEWS", "3+ VIEWS", "MIN 3 VIEWS", "1 VIEW"])
        return cx.c([f"XR {nm} {sw.upper()} {views}", f"XR {nm} {views} {sw.upper()}"]) if cx.site == "us-child" else \
            cx.c([f"X-RAY {nm} {sw.upper()}", f"{nm} {sw.upper()} AP/LAT"])
    if cx.lang == "de":
        return cx.c([f"Rö {nm} {sw} in 2 Ebenen", f"{nm} {sw} a.p./seitl.", f"Röntgen {nm} {sw}"])
    if cx.lang == "es":
        return cx.c([f"RX {nm} {sw} AP Y LATERAL", f"RADIOGRAFÍA DE {nm} {sw}", f"RX {nm} {sw}"])
    if cx.lang == "ar":
        return cx.c([f"أشعة عادية على {nm} {sw}", f"أشعة على {nm} {sw}"])
    return cx.c([f"เอกซเรย์{nm}{sw}", f"X-ray {XR_EN[code].lower()} {'Rt' if s == 'R' else 'Lt'} (เอกซเรย์{nm}{sw})"])


def xr_series_name(cx, code, view):
    if cx.lang == "de":
        return f"{XR_DE[code]} {view}"
    if cx.lang == "es":
        return f"{XR_ES[code]} {view}"
    return f"{XR_EN[code]} {view}"


def paed_xr(cx):
    kind = cx.c(["limb"] * 15 + ["chest"] * 3 + ["abdo"] * 2 + ["survey"] * 3 + ["boneage"] * 2 + ["ddh"] * 2 +
                ["fb", "neck", "skull", "cspine", "longleg"])
    ser = []
    if kind == "limb":
        code = cx.c(LIMB_MIX)
        s = cx.c("LR")
        sd = console(cx, limb_order(cx, code, s))
        views = [("AP", "AP"), ("LAT", "LL")] if cx.lang != "de" else [("a.p.", "AP"), ("seitl.", "LL")]
        if code in ("HAND", "FOOT", "WRIST"):
            views = [("PA" if code != "FOOT" else "DP", "PA"), ("OBL", "")] if cx.lang != "es" else [("PA", "PA"), ("OBLICUA", "")]
        tag = cx.p(0.2)
        for vd, vp in views[:cx.c([1, 2, 2])]:
            m = xr_meta(cx, xr_series_name(cx, code, vd), vp or None)
            if tag:
                m[cx.c(["ImageLaterality", "Laterality"])] = s
            bpe(cx, m, {"SHOULDER": "CLAVICLE", "ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "LEG"}.get(code, code),
                ["EXTREMITY", "UPPER_EXTREMITY" if code in ("ELBOW", "FOREARM", "WRIST", "HAND", "SHOULDER", "ARM") else "LOWER_EXTREMITY"], p_missing=0.3)
            ser.append(S(m, [code], s, f"{code.lower()} film of one side (side named in the order)"))
        return sd, ser
    if kind == "chest":
        sd = T(cx, en=["XR CHEST 2 VIEWS", "XR CHEST PA AND LATERAL", "XR CHEST 1 VIEW"],
               de=["Rö Thorax p.a. + seitl.", "Thorax in 2 Ebenen (Kind)"],
               es=["RX DE TÓRAX PA Y LATERAL", "TELE DE TÓRAX"],
               ar=["أشعة عادية على الصدر", "CHEST X-RAY PA", "ASHE3A 3ALA EL SADR"],
               th=["เอกซเรย์ปอด (CXR)", "Chest PA", "เอกซเรย์ทรวงอก PA upright"])
        for d, v in [("CHEST PA", "PA"), ("CHEST LAT", "LL")][:cx.c([1, 2])]:
            m = xr_meta(cx, d if cx.lang != "de" else d.replace("CHEST", "Thorax"), v)
            bpe(cx, m, "CHEST", ["THORAX"], p_missing=0.3)
            ser.append(S(m, ["CHEST"], None, "chest film"))
        return console(cx, sd), ser
    if kind == "abdo":
        sd = T(cx, en=["XR ABDOMEN 1 VIEW (CONSTIPATION)", "XR ABDOMEN 2 VIEWS SUPINE AND UPRIGHT", "XR ABDOMEN KUB"],
               de=["Rö Abdomen Übersicht", "Abdomen a.p. im Stehen"],
               es=["RX SIMPLE DE ABDOMEN", "PLACA SIMPLE DE ABDOMEN DE PIE Y DECÚBITO"],
               ar=["أشعة عادية على البطن", "PLAIN X-RAY ABDOMEN ERECT"],
               th=["เอกซเรย์ช่องท้อง (Plain KUB)", "Film abdomen supine/upright"])
        for d, v in [("ABDOMEN SUPINE", "AP"), ("ABDOMEN UPRIGHT", "AP")][:cx.c([1, 2])]:
            m = xr_meta(cx, d, v)
            bpe(cx, m, "ABDOMEN", None, p_missing=0.3)
            ser.append(S(m, AP_, None, "abdominal film: diaphragm to pubis, as a KUB"))
        return console(cx, sd), ser
    if kind == "survey":
        sd = T(cx, en=["XR SKELETAL SURVEY COMPLETE (NAT)", "XR SKELETAL SURVEY INFANT"],
               de=["Skelettstatus (V.a. Kindesmisshandlung)", "Röntgen Skelettscreening Säugling"],
               es=["SERIE ÓSEA COMPLETA (MALTRATO)", "SERIE ÓSEA METABÓLICA"],
               ar=["مسح هيكلي كامل للرضيع", "SKELETAL SURVEY"],
               th=["Skeletal survey (เอกซเรย์กระดูกทั้งตัว)", "Skeletal survey"])
        parts = [("SKULL AP", ["HEAD"], None), ("SKULL LAT", ["HEAD"], None), ("CHEST AP", ["CHEST"], None),
                 ("RIBS OBLIQUE", ["CHEST"], None), ("ABDOMEN/PELVIS AP", AP_, None), ("C-SPINE LAT", ["CSPINE"], None),
                 ("T/L-SPINE LAT", ["TSPINE", "LSPINE"], None)]
        for s in "RL":
            w = "RIGHT" if s == "R" else "LEFT"
            parts += [(f"{w} HUMERUS AP", ["ARM"], s), (f"{w} FOREARM AP", ["FOREARM"], s), (f"{w} FEMUR AP", ["THIGH"], s),
                      (f"{w} TIB/FIB AP", ["LEG"], s)]
        parts += [("HANDS PA BILATERAL", ["HAND"], "B"), ("FEET AP BILATERAL", ["FOOT"], "B")]
        for d, lab, s in parts:
            if cx.lang == "de":
                d = (d.replace("SKULL", "Schädel").replace("RIGHT", "rechts").replace("LEFT", "links").replace("HUMERUS", "Oberarm")
                     .replace("FOREARM", "Unterarm").replace("FEMUR", "Oberschenkel").replace("TIB/FIB", "Unterschenkel")
                     .replace("HANDS PA BILATERAL", "Hände bds. d.p.").replace("FEET AP BILATERAL", "Füße bds. d.p."))
            elif cx.lang == "es":
                d = (d.replace("SKULL", "CRANEO").replace("RIGHT", "DERECHO").replace("LEFT", "IZQUIERDO").replace("FOREARM", "ANTEBRAZO")
                     .replace("HANDS PA BILATERAL", "MANOS PA BILATERAL").replace("FEET AP BILATERAL", "PIES AP BILATERAL"))
            m = xr_meta(cx, d, "AP" if "LAT" not in d else "LL")
            bpe(cx, m, {"HEAD": "SKULL", "CHEST": "CHEST", "ABDOMEN": "ABDOMEN", "CSPINE": "CSPINE", "TSPINE": "SPINE"}.get(lab[0], "EXTREMITY"),
                ["WHOLEBODY", "SKELETON"], p_missing=0.3)
            ser.append(S(m, lab, s, "one film of a skeletal survey: the region it shows"))
        return console(cx, sd), ser
    if kind == "boneage":
        sd = T(cx, en=["XR BONE AGE", "XR BONE AGE STUDY"], de=["Skelettalter (Hand li.)", "Handskelett links zur Skelettalterbestimmung"],
               es=["EDAD ÓSEA", "RX EDAD ÓSEA (MANO IZQUIERDA)"], ar=["عمر العظام", "BONE AGE (LEFT HAND)"],
               th=["Bone age (อายุกระดูก)", "เอกซเรย์มือซ้าย (bone age)"])
        sd = console(cx, sd)
        d = SN(cx, ["LEFT HAND PA (BONE AGE)", "Bone Age", "HAND PA LEFT", "BONE AGE LT HAND"], ["Hand li. d.p.", "Skelettalter"], ["MANO IZQ PA", "EDAD OSEA"])
        m = xr_meta(cx, d, "PA")
        if cx.p(0.4) or not any(w in d.upper() for w in ("LEFT", "LT", "LI.")):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST", "EXTREMITY"], p_missing=0.3)
        ser.append(S(m, ["HAND", "WRIST"], "L", "bone-age film of the left hand and wrist"))
        return sd, ser
    if kind == "ddh":
        sd = T(cx, en=["XR HIPS INFANT AP AND FROG LEG", "XR HIP BILATERAL WITH PELVIS 1 VIEW", "XR HIPS BILATERAL 2 VIEWS"],
               de=["Beckenübersicht (Hüften bds.)", "Rö Becken + Hüften bds. (Lauenstein)"],
               es=["RX AP DE PELVIS (CADERAS) EN POSICIÓN DE RANA", "RX DE CADERAS AP Y RANA", "PROYECCIÓN DE LAUENSTEIN CADERAS"],
               ar=["أشعة على الحوض ومفصلي الفخذ", "X-RAY BOTH HIPS AP + FROG"],
               th=["เอกซเรย์สะโพกทั้งสองข้าง (DDH)", "X-ray pelvis both hips AP/frog leg"])
        for d, v in [("PELVIS AP", "AP"), ("FROG LEG LAT", "AP")][:cx.c([1, 2])]:
            if cx.lang == "es":
                d = d.replace("FROG LEG LAT", "RANA")
            if cx.lang == "de":
                d = d.replace("PELVIS", "Becken").replace("FROG LEG LAT", "Lauenstein bds.")
            m = xr_meta(cx, d, v)
            bpe(cx, m, "PELVIS", ["HIP"], p_missing=0.3)
            ser.append(S(m, ["PELVIS", "HIP"], "B", "pelvis film for both hips of a child: pelvis and both hips"))
        return console(cx, sd), ser
    if kind == "fb":
        sd = T(cx, en=["XR FOREIGN BODY SURVEY (NECK TO ANUS)", "XR FOREIGN BODY INGESTION"],
               de=["Fremdkörpersuche Hals bis Becken (Kind)"],
               es=["RX CUELLO, TÓRAX Y ABDOMEN (CUERPO EXTRAÑO)"],
               ar=["أشعة على الرقبة والصدر والبطن - جسم غريب", "FOREIGN BODY SERIES"],
               th=["Foreign body survey (กลืนเหรียญ)", "เอกซเรย์หาสิ่งแปลกปลอม คอถึงท้อง"])
        m = xr_meta(cx, SN(cx, ["FB SURVEY AP", "Neck-Chest-Abdomen AP"], "Hals-Thorax-Abdomen a.p.", "CUERPO EXTRANO AP"), "AP")
        bpe(cx, m, cx.c(["CHEST", "ABDOMEN"]), ["WHOLEBODY"], p_missing=0.3)
        ser.append(S(m, ["NECK", "CHEST", "ABDOMEN", "PELVIS"], None, "swallowed foreign body film from neck to anus"))
        return console(cx, sd), ser
    if kind == "neck":
        sd = T(cx, en=["XR SOFT TISSUE NECK 2 VIEWS", "XR AIRWAY (CROUP)"], de=["Rö Hals Weichteile seitl."],
               es=["RX DE CUELLO PARTES BLANDAS"], ar=["أشعة على الرقبة - أنسجة رخوة"], th=["Soft tissue neck lateral", "เอกซเรย์คอ"])
        m = xr_meta(cx, SN(cx, ["NECK LAT", "SOFT TISSUE NECK", "AIRWAY AP"], "Hals seitl.", "CUELLO LATERAL"), "LL")
        bpe(cx, m, "NECK", ["CSPINE"], p_missing=0.3)
        ser.append(S(m, ["NECK"], None, "soft-tissue neck/airway film"))
        return console(cx, sd), ser
    if kind == "skull":
        sd = T(cx, en=["XR SKULL 2 VIEWS", "XR SHUNT SERIES"], de=["Rö Schädel in 2 Ebenen"], es=["RX DE CRÁNEO AP Y LATERAL"],
               ar=["أشعة عادية على الجمجمة"], th=["เอกซเรย์กะโหลกศีรษะ", "Skull AP/Lat"])
        if "SHUNT" in sd:
            ser.append(S(xr_meta(cx, "SHUNT SKULL LAT", "LL"), ["HEAD"], None, "shunt series: skull film"))
            ser.append(S(xr_meta(cx, "SHUNT CHEST ABD AP", "AP"), CAP, None, "shunt series: chest and abdomen film along the catheter"))
        else:
            for d in ["SKULL AP", "SKULL LAT"]:
                m = xr_meta(cx, d, "AP")
                bpe(cx, m, "SKULL", ["HEAD"], p_missing=0.3)
                ser.append(S(m, ["HEAD"], None, "skull film"))
        return console(cx, sd), ser
    if kind == "cspine":
        sd = T(cx, en=["XR CERVICAL SPINE 2-3 VIEWS"], de=["Rö HWS in 2 Ebenen"], es=["RX DE COLUMNA CERVICAL AP Y LATERAL"],
               ar=["أشعة على الفقرات العنقية"], th=["เอกซเรย์กระดูกสันหลังส่วนคอ", "C-spine AP/Lat"])
        for d, v in [("C-SPINE AP", "AP"), ("C-SPINE LAT", "LL")][:cx.c([1, 2])]:
            m = xr_meta(cx, d if cx.lang != "de" else d.replace("C-SPINE", "HWS"), v)
            bpe(cx, m, "CSPINE", ["SPINE", "NECK"], p_missing=0.3)
            ser.append(S(m, ["CSPINE"], None, "cervical spine film"))
        return console(cx, sd), ser
    sd = T(cx, en=["XR LOWER EXTREMITY BILATERAL STANDING (ALIGNMENT)", "XR LEG LENGTH BILATERAL"],
           de=["Ganzbeinstandaufnahme (Beinachsen)", "Beinlängenaufnahme beidseits"],
           es=["RX DE MIEMBROS PÉLVICOS COMPLETOS EN BIPEDESTACIÓN", "ESCANOGRAMA DE MIEMBROS INFERIORES"],
           ar=["أشعة على الطرفين السفليين وقوف", "LONG LEG STANDING BILATERAL"],
           th=["เอกซเรย์ขาทั้งสองข้าง (long leg)", "Scanogram both legs"])
    m = xr_meta(cx, SN(cx, ["LONG LEG AP", "Scanogram"], "Ganzbein", ["MMII AP", "ESCANOGRAMA"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
    bpe(cx, m, "LEG", ["LOWER_EXTREMITY", "EXTREMITY"], p_missing=0.3)
    ser.append(S(m, LONGLEG, "B", "standing film of both legs, hip to ankle"))
    return console(cx, sd), ser


# ---------------------------------------------------------------- paediatric ultrasound

def paed_us(cx, kind=None):
    kind = kind or cx.c(["hips"] * 4 + ["renal"] * 3 + ["rbus"] * 3 + ["pylorus"] * 2 + ["intuss"] * 2 + ["appendix"] * 2 +
                        ["neck", "thyroid", "scrotum", "abdo", "lump", "effusion"])
    ser = []
    if kind == "hips":
        s = cx.c("BBBBLR")
        if s == "B":
            sd = T(cx, en=["US HIP INFANT BILATERAL (DDH)", "US HIPS DEVELOPMENTAL DYSPLASIA"],
                   de=["Hüftsonographie nach Graf bds.", "Säuglingshüftsono beidseits", "Hüftsono bds. (U3)"],
                   es=["USG DE CADERAS (GRAF)", "ULTRASONIDO DE CADERAS BILATERAL"],
                   ar=["سونار على مفصلي الفخذ للرضيع", "US BOTH HIPS (DDH)"],
                   th=["อัลตราซาวด์ข้อสะโพกทารกทั้งสองข้าง", "U/S hips both (DDH)"])
        else:
            nm, g = limb_name(cx, "HIP")
            sw = side_word(cx, s, g)
            sd = T(cx, en=f"US HIP {sw.upper()} INFANT", de=f"Hüftsonographie {sw} (Kontrolle)", es=f"USG DE CADERA {sw}",
                   ar=f"سونار على {nm} {sw}", th=f"อัลตราซาวด์{nm}{sw}")
        sd = console(cx, sd)
        if s == "B" and cx.p(0.5):
            for one in "RL":
                d = {"en": f"{'RT' if one == 'R' else 'LT'} HIP COR", "de": f"Hüfte {'rechts' if one == 'R' else 'links'}",
                     "es": f"CADERA {'DER' if one == 'R' else 'IZQ'}", "ar": f"{'RT' if one == 'R' else 'LT'} HIP",
                     "th": f"{'Rt' if one == 'R' else 'Lt'} hip"}[cx.lang]
                m = us_meta(cx, d)
                bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.4)
                ser.append(S(m, ["HIP"], one, "one hip of an infant hip ultrasound (side in the series name)"))
        else:
            m = us_meta(cx, cx.c([None, SN(cx, ["Hips", "DDH"], "Hüfte Graf", "CADERAS")]))
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.4)
            ser.append(S(m, ["HIP"], s, "infant hip ultrasound as ordered"))
        return sd, ser
    table = {
        "renal": (dict(en=["US RENAL", "US KIDNEYS (HYDRONEPHROSIS FOLLOW UP)"], de=["Sono Nieren", "Nierensonographie"],
                       es=["USG RENAL"], ar=["سونار على الكلى", "US KIDNEYS"], th=["อัลตราซาวด์ไต", "U/S kidney"]),
                  ["ABDOMEN"], "KIDNEY", "renal ultrasound: kidneys are abdomen"),
        "rbus": (dict(en=["US RENAL AND BLADDER", "US KIDNEYS AND BLADDER (UTI)"], de=["Sono Nieren und ableitende Harnwege"],
                      es=["USG RENAL Y VÍAS URINARIAS", "ULTRASONIDO RENAL Y VESICAL"], ar=["سونار على الكلى والمثانة", "SONAR KOLA W MASANA"],
                      th=["อัลตราซาวด์ไตและกระเพาะปัสสาวะ", "U/S KUB"]),
                 AP_, "ABDOMEN", "kidneys and bladder: abdomen and pelvis"),
        "pylorus": (dict(en=["US PYLORUS", "US ABDOMEN LIMITED (PYLORIC STENOSIS)"], de=["Sono Pylorus", "Pylorussonographie"],
                         es=["USG DE PÍLORO"], ar=["سونار على البواب", "US PYLORUS"], th=["อัลตราซาวด์ไพโลรัส", "U/S pylorus"]),
                    ["ABDOMEN"], "ABDOMEN", "pylorus ultrasound: stomach outlet, abdomen"),
        "intuss": (dict(en=["US ABDOMEN LIMITED (INTUSSUSCEPTION)", "US INTUSSUSCEPTION"], de=["Sono Abdomen (V.a. Invagination)"],
                        es=["USG ABDOMINAL (INVAGINACIÓN INTESTINAL)"], ar=["سونار على البطن - انغلاف معوي", "US ABDOMEN ?INTUSSUSCEPTION"],
                        th=["อัลตราซาวด์ลำไส้กลืนกัน (intussusception)", "U/S whole abdomen (intussusception)"]),
                   ["ABDOMEN"], "ABDOMEN", "bowel ultrasound for intussusception: abdomen"),
        "appendix": (dict(en=["US APPENDIX", "US ABDOMEN LIMITED RLQ (APPENDICITIS)"], de=["Sono Appendix", "Sono Abdomen (V.a. Appendizitis)"],
                          es=["USG APENDICULAR", "USG DE FOSA ILIACA DERECHA"], ar=["سونار على الزائدة الدودية", "US APPENDIX"],
                          th=["อัลตราซาวด์ไส้ติ่ง", "U/S appendix"]),
                     AP_, "ABDOMEN", "appendix ultrasound: right iliac fossa, abdomen and pelvis"),
        "neck": (dict(en=["US NECK SOFT TISSUE", "US NECK (TORTICOLLIS)"], de=["Sono Hals (Schiefhals)", "Halssonographie"],
                      es=["USG DE CUELLO"], ar=["سونار على الرقبة", "US NECK"], th=["อัลตราซาวด์คอ", "U/S neck mass"]),
                 ["NECK"], "NECK", "neck ultrasound"),
        "thyroid": (dict(en=["US THYROID"], de=["Schilddrüsensonographie"], es=["USG TIROIDEO"], ar=["سونار على الغدة الدرقية"],
                         th=["อัลตราซาวด์ต่อมไทรอยด์"]), ["NECK"], "THYROID", "thyroid ultrasound: neck"),
        "scrotum": (dict(en=["US SCROTUM W DOPPLER (TORSION)"], de=["Sono Hoden mit Doppler"], es=["USG TESTICULAR CON DOPPLER"],
                         ar=["سونار دوبلر على الخصيتين"], th=["อัลตราซาวด์อัณฑะ (Doppler)"]), ["PELVIS"], "SCROTUM", "scrotal ultrasound: pelvis"),
        "abdo": (dict(en=["US ABDOMEN COMPLETE"], de=["Sono Abdomen komplett"], es=["USG DE ABDOMEN SUPERIOR", "USG HEPATOBILIAR"],
                      ar=["سونار على البطن", "US ABDOMEN"], th=["อัลตราซาวด์ช่องท้องส่วนบน", "U/S upper abdomen"]),
                 ["ABDOMEN"], "ABDOMEN", "upper abdominal ultrasound"),
    }
    if kind in table:
        words, labels, bp, why = table[kind]
        sd = console(cx, T(cx, **words))
        preset = {"renal": "Renal", "rbus": "Renal", "pylorus": "Abdomen", "intuss": "Bowel", "appendix": "Bowel", "neck": "Small Parts",
                  "thyroid": "Thyroid", "scrotum": "Testis", "abdo": "Abdomen"}[kind]
        alt = {"KIDNEY": ["ABDOMEN", "RETROPERITONEUM"], "NECK": ["THYROID", "HEAD"], "THYROID": ["NECK"], "SCROTUM": ["PELVIS", "TESTIS"],
               "ABDOMEN": ["KIDNEY", "PELVIS"] if labels == AP_ else ["STOMACH", "BOWEL"]}[bp]
        for d in cx.rng.sample([None, preset, "Peds", "Image", "Cine"], cx.c([1, 2])):
            m = us_meta(cx, d)
            bpe(cx, m, bp, alt, p_missing=0.45)
            ser.append(S(m, labels, None, why))
        return sd, ser
    # a limb: soft-tissue lump or joint effusion, one side
    code = cx.c(["THIGH", "FOREARM", "ARM", "LEG"]) if kind == "lump" else cx.c(["HIP", "HIP", "KNEE", "ELBOW"])
    s = cx.c("LR")
    nm, g = limb_name(cx, code)
    sw = side_word(cx, s, g)
    if kind == "lump":
        sd = T(cx, en=f"US SOFT TISSUE {nm} {sw.upper()}", de=f"Sono Weichteile {nm} {sw}", es=f"USG DE TEJIDOS BLANDOS {nm} {sw}",
               ar=f"سونار على الأنسجة الرخوة {nm} {sw}", th=f"อัลตราซาวด์ก้อนที่{nm}{sw}")
    else:
        sd = T(cx, en=f"US {nm} {sw.upper()} (EFFUSION)", de=f"Sono {nm} {sw} (Erguss)", es=f"USG DE {nm} {sw} (DERRAME)",
               ar=f"سونار على {nm} {sw} - ارتشاح", th=f"อัลตราซาวด์{nm}{sw}")
    sd = console(cx, sd)
    m = us_meta(cx, cx.c([None, "MSK", "Soft Tissue"]))
    if cx.p(0.25):
        m["Laterality"] = s
    bpe(cx, m, code, ["EXTREMITY"], p_missing=0.45)
    ser.append(S(m, [code], s, f"ultrasound of one {code.lower()}"))
    return sd, ser


# ---------------------------------------------------------------- fluoroscopy

def fluoro(cx):
    kind = cx.c(["vcug"] * 4 + ["enema"] * 3 + ["ugi"] * 2 + ["swallow", "airenema"])
    ser = []
    spec = {
        "vcug": (dict(en=["FL VOIDING CYSTOURETHROGRAM", "FL VCUG"], de=["MCU (Miktionszystourethrographie)", "Miktionszysturethrogramm"],
                      es=["CISTOURETROGRAFÍA MICCIONAL", "UROGRAFÍA MICCIONAL"], ar=["أشعة بالصبغة على المثانة أثناء التبول", "VCUG"],
                      th=["VCUG (ฉีดสีดูกระเพาะปัสสาวะ)", "VCUG"]),
                 AP_, "BLADDER", ["Scout", "Early Filling", "Bladder Full", "Voiding Oblique", "Post Void", "Kidneys"],
                 "voiding cystourethrogram: bladder to kidneys, abdomen and pelvis"),
        "enema": (dict(en=["FL CONTRAST ENEMA", "FL LOWER GI (HIRSCHSPRUNG)"], de=["Kolonkontrasteinlauf", "Kolon-KE (wasserlösliches KM)"],
                       es=["COLON POR ENEMA", "ENEMA BARITADO"], ar=["حقنة شرجية بالصبغة", "CONTRAST ENEMA"],
                       th=["Barium enema (สวนแป้ง)", "Contrast enema"]),
                  AP_, "COLON", ["Scout", "Rectum Lat", "Sigmoid", "Full Colon", "Post Evac"], "contrast enema: colon, abdomen and pelvis"),
        "ugi": (dict(en=["FL UPPER GI", "FL UPPER GI WITH SMALL BOWEL FOLLOW THROUGH"], de=["MDP (Magen-Darm-Passage)", "Magen-Darm-Passage"],
                     es=["SERIE ESOFAGOGASTRODUODENAL", "SEGD"], ar=["وجبة باريوم", "BARIUM MEAL"], th=["UGI study (กลืนแป้ง)", "Upper GI study"]),
                ["CHEST", "ABDOMEN"], "STOMACH", ["Scout", "Esophagus", "Stomach", "Duodenum", "DJ Flexure"],
                "upper GI series: oesophagus, stomach and duodenum"),
        "swallow": (dict(en=["FL ESOPHAGRAM", "FL CONTRAST SWALLOW (TEF)"], de=["Ösophagus-Breischluck"], es=["ESOFAGOGRAMA"],
                         ar=["بلعة باريوم", "BARIUM SWALLOW"], th=["Barium swallow", "Esophagogram (กลืนแป้ง)"]),
                    ["NECK", "CHEST"], "ESOPHAGUS", ["Scout", "Swallow AP", "Swallow Lat", "Swallow Oblique"],
                    "contrast swallow: pharynx and oesophagus, neck and chest"),
        "airenema": (dict(en=["FL AIR ENEMA REDUCTION INTUSSUSCEPTION"], de=["Pneumatische Desinvagination"], es=["DESINVAGINACIÓN HIDROSTÁTICA"],
                          ar=["رد الانغلاف المعوي بالهواء"], th=["Air enema reduction (ลำไส้กลืนกัน)"]),
                     AP_, "ABDOMEN", ["Scout", "Reduction", "Post Reduction"], "enema reduction of intussusception: abdomen and pelvis"),
    }[kind]
    words, labels, bp, names, why = spec
    sd = console(cx, T(cx, **words))
    for d in names[:cx.c([3, 4, len(names)])]:
        m = rf_meta(cx, d, ImageType="ORIGINAL\\PRIMARY\\SINGLE PLANE")
        bpe(cx, m, bp, ["ABDOMEN", "PELVIS", "CHEST"], p_missing=0.3)
        ser.append(S(m, labels, None, why + ("; preliminary film of the study" if d == "Scout" else "")))
    ser.append(rf_dose(cx))
    return sd, ser


# ---------------------------------------------------------------- CT and MR under sedation

SED = {"en": "(SEDATION)", "de": "in Sedierung", "es": "BAJO SEDACIÓN", "ar": "تحت مخدر", "th": "(ดมยา)"}


def sedation(cx):
    kind = cx.c(["cthead"] * 3 + ["ctchest", "ctabd", "ctcap", "cttemporal"] + ["mrbrain"] * 4 +
                ["mrspine", "mrlspine", "mrabd", "mrpelvis", "mrhips", "mrknee", "mrneck", "mrorbits", "mrcspine", "mrtspine", "mrenter"])
    sed = SED[cx.lang] if cx.p(0.6) else ""
    if kind.startswith("ct"):
        table = {
            "cthead": (dict(en="CT HEAD WO CONTRAST", de="CCT nativ", es="TAC DE CRÁNEO SIMPLE", ar="أشعة مقطعية على المخ", th="CT brain (เอกซเรย์คอมพิวเตอร์สมอง)"),
                       ["HEAD"], "HEAD", ["BRAIN", "SKULL"], "head", False, "head CT"),
            "cttemporal": (dict(en="CT TEMPORAL BONES WO CONTRAST", de="CT Felsenbein bds.", es="TAC DE OÍDOS (HUESO TEMPORAL)",
                                ar="أشعة مقطعية على عظمة الأذن", th="CT temporal bone"), ["HEAD"], "HEAD", ["IAC", "EAR"], "head", False,
                           "temporal bone CT: head"),
            "ctchest": (dict(en="CT CHEST W CONTRAST", de="CT Thorax mit KM", es="TAC DE TÓRAX CONTRASTADA", ar="أشعة مقطعية على الصدر بالصبغة",
                             th="CT chest with contrast (เอกซเรย์คอมพิวเตอร์ทรวงอก)"), ["CHEST"], "CHEST", ["LUNG", "THORAX"], "body", True, "chest CT"),
            "ctabd": (dict(en="CT ABDOMEN PELVIS W CONTRAST", de="CT Abdomen/Becken mit KM", es="TAC DE ABDOMEN Y PELVIS CONTRASTADA",
                           ar="أشعة مقطعية على البطن والحوض بالصبغة", th="CT whole abdomen (เอกซเรย์คอมพิวเตอร์ช่องท้อง)"),
                      AP_, "ABDOMEN", ["ABDOMENPELVIS", "PELVIS"], "body", True, "abdomen-pelvis CT"),
            "ctcap": (dict(en="CT CHEST ABDOMEN PELVIS W CONTRAST", de="CT Thorax/Abdomen/Becken mit KM (Staging)",
                           es="TAC TORACOABDOMINOPÉLVICA CONTRASTADA", ar="أشعة مقطعية على الصدر والبطن والحوض بالصبغة",
                           th="CT chest and whole abdomen (staging)"), CAP, "CHEST", ["ABDOMEN", "CHEST_ABDOMEN_PELVIS"], "body", True,
                      "chest-abdomen-pelvis CT"),
        }
        words, labels, bp, alt, region, contrast, why = table[kind]
        sd = console(cx, f"{T(cx, **words)} {sed}".strip())
        cx.proto = {"head": "PEDS HEAD", "body": "PEDS BODY"}[region] if cx.lang == "en" else cx.c(["Kind Kopf", "Kind Körper"]) if cx.lang == "de" else "PED " + region.upper()
        return sd, ct_series(cx, labels, bp, alt, region, why, contrast)
    table = {
        "mrbrain": (dict(en=["MRI BRAIN WO CONTRAST", "MRI BRAIN W WO CONTRAST"], de=["cMRT nativ", "MRT Schädel mit KM"],
                         es=["RM DE ENCÉFALO SIMPLE", "RESONANCIA MAGNÉTICA DE CRÁNEO"], ar=["رنين مغناطيسي على المخ", "MRI BRAIN"],
                         th=["MRI brain (เอ็มอาร์ไอสมอง)", "MRI สมอง"]), "brain", ["HEAD"], "HEAD", ["BRAIN"], "brain MR"),
        "mrorbits": (dict(en=["MRI ORBITS W WO CONTRAST"], de=["MRT Orbita mit KM"], es=["RM DE ÓRBITAS"], ar=["رنين مغناطيسي على محجر العين"],
                          th=["MRI orbit"]), "brain", ["HEAD"], "HEAD", ["ORBIT"], "orbit MR: head"),
        "mrspine": (dict(en=["MRI SPINE COMPLETE WO CONTRAST", "MRI TOTAL SPINE (SCOLIOSIS)"], de=["MRT gesamte Wirbelsäule"],
                         es=["RM DE COLUMNA COMPLETA"], ar=["رنين مغناطيسي على العمود الفقري بالكامل"], th=["MRI whole spine"]),
                    "spine", WSPINE, "SPINE", ["WHOLESPINE", "TSPINE"], "whole-spine MR"),
        "mrlspine": (dict(en=["MRI LUMBAR SPINE WO CONTRAST (TETHERED CORD)"], de=["MRT LWS (Tethered Cord)"], es=["RM DE COLUMNA LUMBOSACRA"],
                          ar=["رنين مغناطيسي على الفقرات القطنية"], th=["MRI L-S spine"]), "spine", ["LSPINE"], "LSPINE", ["SPINE"], "lumbar spine MR"),
        "mrcspine": (dict(en=["MRI CERVICAL SPINE WO CONTRAST"], de=["MRT HWS"], es=["RM DE COLUMNA CERVICAL"],
                          ar=["رنين مغناطيسي على الفقرات العنقية"], th=["MRI C-spine"]), "spine", ["CSPINE"], "CSPINE", ["SPINE", "NECK"], "cervical spine MR"),
        "mrtspine": (dict(en=["MRI THORACIC SPINE WO CONTRAST"], de=["MRT BWS"], es=["RM DE COLUMNA TORÁCICA"],
                          ar=["رنين مغناطيسي على الفقرات الصدرية"], th=["MRI T-spine"]), "spine", ["TSPINE"], "TSPINE", ["SPINE", "CHEST"], "thoracic spine MR"),
        "mrabd": (dict(en=["MRI ABDOMEN W WO CONTRAST", "MRCP"], de=["MRT Oberbauch mit KM", "MRCP"], es=["RM DE ABDOMEN", "COLANGIORRESONANCIA"],
                       ar=["رنين مغناطيسي على البطن", "MRCP"], th=["MRI upper abdomen", "MRCP"]), "abdomen", ["ABDOMEN"], "ABDOMEN", ["LIVER"], "abdominal MR"),
        "mrpelvis": (dict(en=["MRI PELVIS W WO CONTRAST", "MRI PELVIS (PERIANAL FISTULA)"], de=["MRT Becken mit KM"], es=["RM DE PELVIS"],
                          ar=["رنين مغناطيسي على الحوض"], th=["MRI pelvis"]), "pelvis", ["PELVIS"], "PELVIS", ["ABDOMEN"], "pelvic MR"),
        "mrenter": (dict(en=["MR ENTEROGRAPHY"], de=["MR-Enterographie (Sellink)"], es=["ENTERORRESONANCIA"], ar=["رنين مغناطيسي على الأمعاء"],
                         th=["MR enterography"]), "abdomen", AP_, "ABDOMEN", ["PELVIS"], "MR enterography: small bowel, abdomen and pelvis"),
        "mrhips": (dict(en=["MRI HIPS BILATERAL WO CONTRAST (PERTHES)"], de=["MRT Hüften beidseits (M. Perthes)"], es=["RM DE CADERAS BILATERAL"],
                        ar=["رنين مغناطيسي على مفصلي الفخذ"], th=["MRI both hips (Perthes)"]), "joint", ["HIP", "PELVIS"], "HIP", ["PELVIS"],
                   "MR of both hips: pelvis and both hips"),
        "mrneck": (dict(en=["MRI NECK SOFT TISSUE W WO CONTRAST"], de=["MRT Hals mit KM"], es=["RM DE CUELLO"], ar=["رنين مغناطيسي على الرقبة"],
                        th=["MRI neck (lymphatic malformation)"]), "neck", ["NECK"], "NECK", ["HEAD"], "neck MR"),
    }
    if kind == "mrknee":
        s = cx.c("LR")
        nm, g = limb_name(cx, "KNEE")
        sw = side_word(cx, s, g)
        words = dict(en=f"MRI KNEE {sw.upper()} WO CONTRAST", de=f"MRT Knie {sw}", es=f"RM DE RODILLA {sw}", ar=f"رنين مغناطيسي على {nm} {sw}",
                     th=f"MRI เข่า{sw}")
        sd = console(cx, f"{T(cx, **words)} {sed}".strip())
        cx.proto = {"Siemens": "knee", "Philips": "Knie", "GE": "KNEE ROUTINE", "Canon": "KNEE"}[cx.cfg["MR"][2]]
        ser = mr_series(cx, "joint", ["KNEE"], s, "knee MR, side from the order", "KNEE", ["LEG", "EXTREMITY", "LOWER_EXTREMITY"])
        return sd, ser
    words, key, labels, bp, alt, why = table[kind]
    sd = console(cx, f"{T(cx, **words)} {sed}".strip())
    cx.proto = (f"PEDS {key.upper()}" if cx.lang == "en" else key.capitalize())
    lat = "B" if kind == "mrhips" else None
    ser = mr_series(cx, key, labels, lat, why, bp, alt, k=cx.c([4, 5, 6]))
    return sd, ser


# ---------------------------------------------------------------- spine

def spine(cx):
    kind = cx.c(["scoli"] * 5 + ["lspine"] * 2 + ["eos"] * 2)
    ser = []
    if kind in ("scoli", "eos"):
        sd = T(cx, en=["XR SCOLIOSIS 2 VIEWS", "XR SPINE SCOLIOSIS PA AND LATERAL (EOS)", "XR SCOLIOSIS 1 VIEW"],
               de=["Wirbelsäulenganzaufnahme stehend (Skoliose)", "WS-Ganzaufnahme in 2 Ebenen"],
               es=["RX PANORÁMICA DE COLUMNA (ESCOLIOSIS)", "SERIE DE ESCOLIOSIS AP Y LATERAL"],
               ar=["أشعة على العمود الفقري بالكامل - جنف", "WHOLE SPINE X-RAY (SCOLIOSIS)"],
               th=["เอกซเรย์กระดูกสันหลังทั้งหมด (Scoliosis)", "Scoliosis series", "เอกซเรย์กระดูกสันหลังคด"])
        sd = console(cx, sd)
        for d, v in [("SCOLIOSIS PA", "PA"), ("SCOLIOSIS LAT", "LL")][:cx.c([1, 2])]:
            if kind == "eos":
                m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOSedge", "SeriesDescription": cx.c(["Frontal", "Lateral", "FRONTAL_SPINE", "LAT_SPINE"]),
                     "ImageType": "ORIGINAL\\PRIMARY"}
            else:
                m = xr_meta(cx, d if cx.lang != "de" else d.replace("SCOLIOSIS", "WS ganz"), v, ImageType="DERIVED\\PRIMARY\\STITCHED")
            bpe(cx, m, "SPINE", ["WHOLESPINE", "CHEST", "TSPINE"], p_missing=0.3)
            ser.append(S(m, WSPINE, None, "full-length spine film for scoliosis"))
        return sd, ser
    sd = T(cx, en=["XR LUMBAR SPINE 2-3 VIEWS", "XR LUMBAR SPINE OBLIQUES (SPONDYLOLYSIS)"], de=["Rö LWS in 2 Ebenen"],
           es=["RX DE COLUMNA LUMBOSACRA AP Y LATERAL"], ar=["أشعة على الفقرات القطنية"], th=["เอกซเรย์กระดูกสันหลังส่วนเอว", "L-S spine AP/Lat"])
    for d, v in [("L-SPINE AP", "AP"), ("L-SPINE LAT", "LL"), ("L-SPINE OBL", "")][:cx.c([2, 3])]:
        m = xr_meta(cx, d if cx.lang != "de" else d.replace("L-SPINE", "LWS"), v or None)
        bpe(cx, m, "LSPINE", ["SPINE", "ABDOMEN"], p_missing=0.3)
        ser.append(S(m, ["LSPINE"], None, "lumbar spine film"))
    return console(cx, sd), ser


# ---------------------------------------------------------------- oncology and nuclear medicine

def onc(cx):
    kind = cx.c(["pet"] * 3 + ["bone"] * 3 + ["wbmr"] * 2 + ["ctcap"] * 2 + ["sentinel", "mibg", "renogram", "dmsa"])
    ser = []
    if kind == "pet":
        sd = T(cx, en=["PET CT SKULL BASE TO MID THIGH", "PET CT WHOLE BODY (LYMPHOMA)"], de=["PET/CT Ganzkörper (Staging Mammakarzinom)", "FDG-PET/CT"],
               es=["PET-CT DE CUERPO COMPLETO", "PET/CT CON FDG"], ar=["أشعة مقطعية بالبوزيترون على الجسم كله", "PET/CT WHOLE BODY"],
               th=["PET/CT whole body", "PET/CT (ตรวจทั้งตัว)"])
        sd = console(cx, sd)
        make, model = cx.cfg["PT"]
        for d, mod, lab, why in [("PET WB AC", "PT", WB, "whole-body PET"), ("PET WB NAC", "PT", WB, "whole-body PET (not attenuation corrected)"),
                                 ("CT AC 3.75mm", "CT", WB, "CT for attenuation correction, skull base to thigh"),
                                 ("Topogram", "CT", WB, "scout of a whole-body PET/CT"),
                                 ("CT Lung 1.25mm", "CT", ["CHEST"], "dedicated lung recon of the PET/CT: chest")]:
            m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            bpe(cx, m, cx.c(["WHOLEBODY", "WHOLEBODY", "CHEST"]) if lab == WB else "CHEST", ["CHEST", "ABDOMEN"], p_missing=0.3)
            ser.append(S(m, lab, None, why))
        ser.append(S({"Modality": "OT", "Manufacturer": make, "SeriesDescription": cx.c(["Dose Report", "Patient Protocol"]),
                      "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page: no anatomy", img=False))
        return sd, ser
    if kind in ("bone", "mibg", "renogram", "dmsa", "sentinel"):
        make, model = cx.cfg["NM"]
        if kind == "sentinel":
            s = cx.c("LR")
            sd = T(cx, en=f"NM LYMPHOSCINTIGRAPHY BREAST {side_word(cx, s, abbr=False).upper()} (SENTINEL NODE)",
                   de=f"Sentinel-Lymphszintigraphie Mamma {side_word(cx, s)}",
                   es=f"LINFOGAMMAGRAFÍA DE GANGLIO CENTINELA MAMA {side_word(cx, s, 'f')}",
                   ar=f"مسح ذري للغدد الليمفاوية الحارسة - الثدي {side_word(cx, s, 'm', abbr=False)}",
                   th=f"Lymphoscintigraphy sentinel node เต้านม{side_word(cx, s)}")
            for d in ["ANT STATIC", "LAT STATIC", "SPECT/CT"][:cx.c([1, 2, 3])]:
                m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
                bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
                ser.append(S(m, ["BREAST"], s, "sentinel node scan of one breast and its axilla"))
            return console(cx, sd), ser
        words = {
            "bone": dict(en=["NM BONE SCAN WHOLE BODY", "NM BONE SCAN WHOLE BODY WITH SPECT"], de=["Skelettszintigraphie Ganzkörper"],
                         es=["GAMMAGRAMA ÓSEO DE CUERPO ENTERO", "GAMAGRAMA OSEO"], ar=["مسح ذري على العظام", "BONE SCAN"],
                         th=["Bone scan (สแกนกระดูกทั้งตัว)", "Whole body bone scan"]),
            "mibg": dict(en=["NM MIBG WHOLE BODY (NEUROBLASTOMA)"], de=["MIBG-Szintigraphie Ganzkörper"], es=["GAMMAGRAMA CON MIBG"],
                         ar=["مسح ذري MIBG على الجسم كله"], th=["MIBG scan whole body"]),
            "renogram": dict(en=["NM RENAL SCAN MAG3 WITH LASIX"], de=["MAG3-Nierenszintigraphie mit Furosemid"], es=["GAMMAGRAMA RENAL MAG3"],
                             ar=["مسح ذري على الكلى MAG3"], th=["MAG3 renal scan"]),
            "dmsa": dict(en=["NM RENAL CORTICAL SCAN DMSA"], de=["DMSA-Nierenszintigraphie"], es=["GAMMAGRAMA RENAL DMSA"],
                         ar=["مسح ذري DMSA على الكلى"], th=["DMSA scan"]),
        }[kind]
        sd = console(cx, T(cx, **words))
        if kind in ("bone", "mibg"):
            items = [("WB ANT/POST", WB, "whole-body planar scan"), ("Whole Body", WB, "whole-body planar scan"),
                     ("SPECT Pelvis", ["PELVIS"], "SPECT of the pelvis only"), ("Statics Skull", ["HEAD"], "static views of the skull")]
            items = items[:cx.c([1, 2, 3, 4])]
        else:
            items = [("Dynamic", ["ABDOMEN"], "renal scintigraphy: kidneys are abdomen"), ("POST", ["ABDOMEN"], "renal scintigraphy"),
                     ("Renogram Curves", [], "curve page: no anatomy")]
        for d, lab, why in items:
            m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            if lab:
                bpe(cx, m, cx.c(["WHOLEBODY", "WHOLEBODY", "SKELETON"]) if lab == WB else lab[0], ["CHEST"], p_missing=0.4)
                ser.append(S(m, lab, None, why))
            else:
                m["ImageType"] = "DERIVED\\SECONDARY\\SCREEN SAVE"
                ser.append(S(m, [], None, why, img=False))
        return sd, ser
    if kind == "wbmr":
        sd = T(cx, en=["MRI WHOLE BODY (CANCER SURVEILLANCE)", "MRI WHOLE BODY WO CONTRAST"], de=["MRT Ganzkörper (Tumorsuche)"],
               es=["RM DE CUERPO COMPLETO"], ar=["رنين مغناطيسي على الجسم كله"], th=["MRI whole body"])
        cx.proto = T(cx, en="WB ONCO", de="Ganzkörper", es="CUERPO COMPLETO", ar="Whole body", th="WB")
        ser = mr_series(cx, "wb", WB, None, "whole-body MR", "WHOLEBODY", ["CHEST", "ABDOMEN"])
        return console(cx, sd), ser
    sd = T(cx, en=["CT CHEST ABDOMEN PELVIS W CONTRAST (STAGING)"], de=["CT Thorax/Abdomen/Becken (Staging Mamma-Ca)"],
           es=["TAC TORACOABDOMINOPÉLVICA (ESTADIFICACIÓN)"], ar=["أشعة مقطعية على الصدر والبطن والحوض - تقييم المرحلة"],
           th=["CT chest/whole abdomen staging"])
    cx.proto = "CAP"
    return console(cx, sd), ct_series(cx, CAP, "CHEST", ["ABDOMEN", "CHEST_ABDOMEN_PELVIS"], "body", "chest-abdomen-pelvis staging CT", True)


FAMILY = {"breast": breast, "obgyn": obgyn, "neonatal": neonatal, "paed-xr": paed_xr, "paed-us": paed_us, "fluoro": fluoro,
          "sedation": sedation, "spine": spine, "onc": onc}


# ---------------------------------------------------------------- objects without anatomy

def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "phantom"])
    if k == "doc":
        d = T(cx, en=["Scanned Document", "Scanned Requisition", "CONSENT FORM"], de=["Anforderungsschein", "Aufklärungsbogen gescannt"],
              es=["SOLICITUD ESCANEADA", "HOJA DE SOLICITUD", "CONSENTIMIENTO INFORMADO"], ar=["طلب الفحص", "Scanned Request", "إقرار موافقة"],
              th=["ใบส่งตรวจ", "Scanned request", "ใบยินยอม"])
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": d}, "scanned paper: no anatomy", None
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Teaching File"])}, \
            "key object selection: references, no pixels", None
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels", None
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information"])}, \
            "dose structured report", None
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Worklist Capture"]),
                "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy", None
    if cx.p(0.5):
        make, models, _v = cx.cfg["MG"]
        return {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": models[0], "SeriesDescription": cx.c(["ACR Phantom", "QC Phantom", "Flat Field"]),
                "ImageType": "ORIGINAL\\PRIMARY"}, "mammography QA phantom: no patient", cx.c(["QC MAMMO DAILY", "QA WEEKLY PHANTOM", "QC"])
    make, model = cx.c(cx.cfg["US"])
    return {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": cx.c(["QA Phantom", "Phantom CIRS"])}, \
        "ultrasound QA phantom: no patient", cx.c(["US QA", "QA PHANTOM"])


# ---------------------------------------------------------------- assembly

def ppsd_for(cx, meta, sd):
    """What some consoles keep of the order name: 16 characters on older worklist mappings, and
    question marks where a console cannot show Thai or Arabic letters."""
    if cx.lang in ("th", "ar") and meta["Modality"] in ("CT", "MR", "CR", "DX", "RF") and cx.p(0.3):
        return "".join("?" if ord(ch) > 127 else ch for ch in sd)
    if meta.get("Manufacturer") in ("FUJIFILM Corporation", "Agfa", "TOSHIBA") and len(sd) > 16 and cx.p(0.3):
        cut = sd[:16]
        if len(cut.split()[-1]) > 2:
            return cut
    return None


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        while n_site < cfg["rows"]:
            cx = Ctx(rng, site)
            cx.proto = ""
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            for s in ser:
                if "ProtocolName" in s["meta"] and not s["meta"]["ProtocolName"]:
                    del s["meta"]["ProtocolName"]
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.12:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                pp = ppsd_for(cx, meta, sd)
                if pp:
                    meta["PerformedProcedureStepDescription"] = pp
                rows.append(row)
                n_site += 1
            if rng.random() < 0.055:
                meta, why, qc = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if qc:
                    meta["StudyDescription"] = qc
                elif rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
                else:
                    meta["StudyDescription"] = sd
                rows.append(row)
                n_site += 1
    out = []
    for r in rows:
        o = {"meta": r["meta"], "labels": r["labels"], "laterality": r["laterality"]}
        if "study" in r:
            o["study"] = r["study"]
        o["why"] = r["why"]
        o["group"] = r["group"]
        out.append(o)
    return out


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    lines = [f"rows {n}", f"with study {sum('study' in r for r in rows)}",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}"]
    for key, f in [("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                   ("site:stratum", lambda r: r["group"]),
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))]:
        c = Counter(f(r) for r in rows)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    labs = Counter(lab for r in rows for lab in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
    lines.append("one-sided without a side tag "
                 f"{sum(r['laterality'] in ('L', 'R') and not {'Laterality', 'ImageLaterality'} & set(r['meta']) for r in rows)}")
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what build.py writes", file=sys.stderr)
            return 1
        return 0
    if "--summary" in argv:
        print(summary([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
