"""Writes tests/anatomy/data/clinical_set_17.jsonl: a fortnight of series from public and private
hospitals and outpatient centres in Southeast Asia and a teleradiology provider reading for rural
hospitals in Australia and New Zealand, labelled blind against the shared anatomy spec (see
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

SEED = 17
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_17.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
SC = "1.2.840.10008.5.1.4.1.1.7"

# ---------------------------------------------------------------- languages
# th: Thai script; thr: romanised Thai (ASCII consoles); vi: Vietnamese; via: Vietnamese without
# diacritics; id: Bahasa Indonesia (Latin anatomy words with dextra/sinistra); ms: Bahasa Melayu;
# tl: Philippine English with Filipino words; zh: Chinese; en: English; au: Australian and New
# Zealand teleradiology English (abbreviations).
SIDES = {
    "en": {"R": ["Right", "RIGHT", "RT", "Rt", "R", "(R)"], "L": ["Left", "LEFT", "LT", "Lt", "L", "(L)"],
           "B": ["Bilateral", "BILATERAL", "BOTH", "Bilat", "BIL"]},
    "au": {"R": ["R", "RT", "Rt", "RIGHT", "R)"], "L": ["L", "LT", "Lt", "LEFT", "L)"], "B": ["BILAT", "B/L", "BOTH", "Bilat"]},
    "th": {"R": ["ขวา", "ข้างขวา"], "L": ["ซ้าย", "ข้างซ้าย"], "B": ["ทั้งสองข้าง", "2 ข้าง"]},
    "thr": {"R": ["KHWA", "khwa", "Khang Khwa"], "L": ["SAI", "sai", "Khang Sai"], "B": ["SONG KHANG"]},
    "vi": {"R": ["phải", "(P)", "P", "bên phải"], "L": ["trái", "(T)", "T", "bên trái"], "B": ["hai bên", "2 bên"]},
    "id": {"R": ["kanan", "Kanan", "KANAN"], "L": ["kiri", "Kiri", "KIRI"], "B": ["bilateral", "kanan dan kiri", "Bilateral"]},
    "idl": {"R": ["dextra", "Dextra", "DEXTRA", "dex", "D"], "L": ["sinistra", "Sinistra", "SINISTRA", "sin", "S"],
            "B": ["bilateral", "Bilateral", "dextra et sinistra", "D/S"]},
    "ms": {"R": ["Kanan", "KANAN", "kanan"], "L": ["Kiri", "KIRI", "kiri"], "B": ["Kedua-dua", "KEDUA-DUA BELAH", "Bilateral"]},
    "tl": {"R": ["kanan", "KANAN"], "L": ["kaliwa", "KALIWA"], "B": ["magkabila", "MAGKABILA"]},
    "zh": {"R": ["右", "右侧"], "L": ["左", "左侧"], "B": ["双侧"]},
}
# Limb parts: the first name is the common one, the others name bones and joints the spec folds
# into that code. "|L": a Latin name, written with dextra/sinistra in Indonesia.
PARTS = {
    "en": {"KNEE": ["KNEE", "Knee", "PATELLA"], "SHOULDER": ["SHOULDER", "Shoulder", "CLAVICLE", "AC JOINT", "SCAPULA"],
           "HIP": ["HIP", "Hip"], "ANKLE": ["ANKLE", "Ankle"], "FOOT": ["FOOT", "Foot", "CALCANEUS", "TOES", "GREAT TOE"],
           "HAND": ["HAND", "Hand", "FINGER", "THUMB"], "WRIST": ["WRIST", "Wrist", "SCAPHOID"], "ELBOW": ["ELBOW", "Elbow"],
           "FOREARM": ["FOREARM", "Forearm", "RADIUS AND ULNA"], "ARM": ["HUMERUS", "Humerus"], "THIGH": ["FEMUR", "Femur"],
           "LEG": ["TIBIA/FIBULA", "Tib/Fib", "LEG"]},
    "au": {"KNEE": ["KNEE", "PATELLA"], "SHOULDER": ["SHOULDER", "CLAV", "ACJ", "SCAPULA"], "HIP": ["HIP", "NOF"],
           "ANKLE": ["ANKLE"], "FOOT": ["FOOT", "CALC", "5TH MT", "TOES"], "HAND": ["HAND", "5TH MC", "FINGER", "THUMB"],
           "WRIST": ["WRIST", "SCAPHOID"], "ELBOW": ["ELBOW"], "FOREARM": ["FOREARM", "RADIUS/ULNA"], "ARM": ["HUMERUS"],
           "THIGH": ["FEMUR"], "LEG": ["TIB/FIB"]},
    "th": {"KNEE": ["เข่า", "ข้อเข่า"], "SHOULDER": ["ไหล่", "ข้อไหล่", "กระดูกไหปลาร้า"], "HIP": ["สะโพก", "ข้อสะโพก"],
           "ANKLE": ["ข้อเท้า"], "FOOT": ["เท้า", "ส้นเท้า", "นิ้วเท้า"], "HAND": ["มือ", "นิ้วมือ"], "WRIST": ["ข้อมือ"],
           "ELBOW": ["ข้อศอก"], "FOREARM": ["แขนท่อนล่าง", "ปลายแขน"], "ARM": ["ต้นแขน", "แขนท่อนบน"],
           "THIGH": ["ต้นขา", "กระดูกต้นขา"], "LEG": ["ขาท่อนล่าง", "หน้าแข้ง"]},
    "thr": {"KNEE": ["KHAO"], "SHOULDER": ["LAI"], "HIP": ["SAPHOK"], "ANKLE": ["KHO THAO"], "FOOT": ["THAO"], "HAND": ["MUE"],
            "WRIST": ["KHO MUE"], "ELBOW": ["KHO SOK"], "FOREARM": ["PLAI KHAEN"], "ARM": ["TON KHAEN"], "THIGH": ["TON KHA"],
            "LEG": ["NA KHAENG"]},
    "vi": {"KNEE": ["khớp gối", "gối"], "SHOULDER": ["khớp vai", "xương đòn", "xương bả vai"], "HIP": ["khớp háng"],
           "ANKLE": ["khớp cổ chân"], "FOOT": ["bàn chân", "xương gót", "ngón chân"], "HAND": ["bàn tay", "ngón tay"],
           "WRIST": ["khớp cổ tay", "xương thuyền"], "ELBOW": ["khớp khuỷu"], "FOREARM": ["cẳng tay", "xương cẳng tay"],
           "ARM": ["xương cánh tay", "cánh tay"], "THIGH": ["xương đùi", "đùi"], "LEG": ["cẳng chân", "xương chày mác"]},
    "id": {"KNEE": ["Genu|L", "Lutut"], "SHOULDER": ["Shoulder Joint|L", "Bahu", "Clavicula|L"], "HIP": ["Hip Joint|L", "Coxae|L", "Sendi Panggul"],
           "ANKLE": ["Ankle Joint|L", "Pergelangan Kaki"], "FOOT": ["Pedis|L", "Calcaneus|L"], "HAND": ["Manus|L", "Digiti Manus|L", "Tangan"],
           "WRIST": ["Wrist Joint|L", "Pergelangan Tangan", "Os Scaphoid|L"], "ELBOW": ["Elbow Joint|L", "Cubiti|L", "Siku"],
           "FOREARM": ["Antebrachii|L", "Lengan Bawah"], "ARM": ["Humerus|L", "Lengan Atas"], "THIGH": ["Femur|L", "Paha"],
           "LEG": ["Cruris|L", "Tungkai Bawah"]},
    "ms": {"KNEE": ["Lutut"], "SHOULDER": ["Bahu", "Tulang Selangka"], "HIP": ["Pinggul", "Sendi Pinggul"], "ANKLE": ["Buku Lali", "Pergelangan Kaki"],
           "FOOT": ["Kaki", "Tapak Kaki"], "HAND": ["Tangan", "Jari"], "WRIST": ["Pergelangan Tangan"], "ELBOW": ["Siku"],
           "FOREARM": ["Lengan Bawah"], "ARM": ["Lengan Atas", "Humerus"], "THIGH": ["Peha", "Femur"], "LEG": ["Betis", "Tibia/Fibula"]},
    "tl": {"KNEE": ["tuhod"], "SHOULDER": ["balikat"], "HIP": ["HIP"], "ANKLE": ["bukung-bukong"], "FOOT": ["paa"], "HAND": ["kamay"],
           "WRIST": ["WRIST"], "ELBOW": ["siko"], "FOREARM": ["FOREARM"], "ARM": ["braso"], "THIGH": ["hita"], "LEG": ["binti"]},
    "zh": {"KNEE": ["膝关节"], "SHOULDER": ["肩关节", "锁骨"], "HIP": ["髋关节"], "ANKLE": ["踝关节"], "FOOT": ["足", "跟骨"],
           "HAND": ["手", "手指"], "WRIST": ["腕关节", "舟骨"], "ELBOW": ["肘关节"], "FOREARM": ["尺桡骨", "前臂"], "ARM": ["肱骨"],
           "THIGH": ["股骨"], "LEG": ["胫腓骨"]},
}
MODW = {
    "en": {"MR": ["MRI", "MR"], "XR": ["XR", "X-RAY", "X-Ray"], "CT": ["CT"], "US": ["US", "ULTRASOUND"]},
    "au": {"MR": ["MRI"], "XR": ["XR"], "CT": ["CT"], "US": ["US"]},
    "th": {"MR": ["MRI ", "เอ็มอาร์ไอ"], "XR": ["เอกซเรย์", "X-ray "], "CT": ["CT ", "เอกซเรย์คอมพิวเตอร์"], "US": ["อัลตราซาวด์", "U/S "]},
    "thr": {"MR": ["MRI"], "XR": ["X-RAY", "XRAY"], "CT": ["CT"], "US": ["ULTRASOUND"]},
    "vi": {"MR": ["Chụp MRI", "Chụp cộng hưởng từ", "Chụp CHT"], "XR": ["Chụp X quang", "Chụp XQ", "Chụp Xquang"],
           "CT": ["Chụp CT", "Chụp cắt lớp vi tính", "Chụp CLVT"], "US": ["Siêu âm"]},
    "id": {"MR": ["MRI"], "XR": ["Foto", "Rontgen", "X-Ray"], "CT": ["CT Scan", "MSCT"], "US": ["USG"]},
    "ms": {"MR": ["MRI", "Imbasan MRI"], "XR": ["X-Ray", "XR"], "CT": ["CT", "Imbasan CT"], "US": ["Ultrabunyi", "US"]},
    "tl": {"MR": ["MRI"], "XR": ["X-RAY", "XRAY"], "CT": ["CT SCAN"], "US": ["UTZ", "ULTRASOUND"]},
    "zh": {"MR": ["MR", "磁共振"], "XR": ["X光", "DR"], "CT": ["CT"], "US": ["超声", "B超"]},
}
VIEWS = {"en": "AP/LAT", "au": "AP LAT", "th": "AP/Lat", "thr": "AP/LAT", "vi": "thẳng nghiêng", "id": "AP/Lateral", "ms": "AP/Lateral",
         "tl": "APL", "zh": "正侧位"}

# ---------------------------------------------------------------- sites
# name: (languages drawn per study, kind, target rows, vendors, strata with weights)
SITES = {
    "th-univ": (["th", "th", "th", "th", "thr", "en"], "university hospital, Bangkok", 112,
                {"MR": "Siemens", "XR": "Fujifilm", "CT": "Siemens", "US": ["GE", "Philips", "Canon"], "MG": "Hologic",
                 "PET": "Siemens", "NM": "Siemens", "XA": "Siemens", "DENT": "Planmeca"},
                {"trauma": 2, "neuro": 2, "chest": 2, "abdo": 2, "obs": 1, "msk": 4, "spine": 1, "breast": 1, "onc": 2, "vasc": 2,
                 "paeds": 1, "nm": 1, "headneck": 1, "dental": 1}),
    "th-priv": (["en", "en", "th"], "private hospital, Bangkok", 82,
                {"MR": "GE", "XR": "Carestream", "CT": "GE", "US": ["GE", "Samsung"], "MG": "GE", "DENT": "Planmeca", "PET": "GE"},
                {"msk": 4, "spine": 2, "breast": 3, "abdo": 2, "chest": 1, "neuro": 1, "cardio": 2, "onc": 1, "dental": 1}),
    "vn-prov": (["vi", "vi", "via"], "provincial general hospital, Vietnam", 96,
                {"MR": "Toshiba", "XR": "Shimadzu", "CT": "Toshiba", "US": ["Mindray", "Samsung", "GE"], "XA": "Siemens"},
                {"trauma": 3, "chest": 2, "abdo": 3, "obs": 2, "msk": 3, "neuro": 2, "spine": 1, "paeds": 1, "vasc": 1, "headneck": 1}),
    "vn-priv": (["vi", "vi", "via", "en"], "private international clinic, Ho Chi Minh City", 78,
                {"MR": "Siemens", "XR": "Samsung", "CT": "Siemens", "US": ["Samsung", "GE"], "MG": "Siemens", "DENT": "Vatech"},
                {"abdo": 2, "obs": 2, "breast": 2, "msk": 3, "spine": 2, "neuro": 1, "chest": 1, "headneck": 2, "dental": 1, "cardio": 1}),
    "id-priv": (["id", "id", "id", "en"], "private hospital, Jakarta", 96,
                {"MR": "Philips", "XR": "Fujifilm", "CT": "Philips", "US": ["Mindray", "GE"], "MG": "Fujifilm", "PET": "UIH",
                 "DENT": "Vatech", "NM": "GE"},
                {"msk": 4, "chest": 2, "abdo": 2, "obs": 2, "neuro": 2, "spine": 2, "breast": 1, "onc": 1, "vasc": 1, "dental": 1,
                 "headneck": 1, "trauma": 1}),
    "my-gov": (["en", "en", "ms"], "government general hospital, Malaysia", 96,
               {"MR": "GE", "XR": "Agfa", "CT": "Canon", "US": ["Philips", "GE"], "MG": "Hologic", "NM": "GE", "XA": "Philips"},
               {"trauma": 3, "chest": 2, "msk": 4, "neuro": 2, "abdo": 2, "obs": 1, "paeds": 2, "nm": 1, "vasc": 1, "spine": 1, "breast": 1, "dental": 1}),
    "my-priv": (["en", "en", "ms"], "private specialist centre, Kuala Lumpur", 64,
                {"MR": "Siemens", "XR": "Philips", "CT": "Siemens", "US": ["Canon"], "MG": "Siemens", "PET": "Siemens", "NM": "Siemens"},
                {"msk": 3, "spine": 2, "breast": 2, "onc": 2, "cardio": 1, "abdo": 1}),
    "ph-priv": (["en", "en", "tl"], "private medical centre, Metro Manila", 92,
                {"MR": "Philips", "XR": "Fujifilm", "CT": "GE", "US": ["Samsung", "GE"], "MG": "Fujifilm", "DENT": "Carestream"},
                {"chest": 3, "abdo": 3, "obs": 2, "msk": 4, "neuro": 1, "breast": 1, "spine": 1, "dental": 1, "cardio": 1, "trauma": 1}),
    "sg-univ": (["en", "en", "en", "zh"], "university hospital, Singapore", 112,
                {"MR": ["Siemens", "UIH"], "XR": "Siemens", "CT": ["Siemens", "UIH"], "US": ["Canon", "Philips"], "MG": "Hologic",
                 "PET": "GE", "NM": "Siemens", "XA": "Philips"},
                {"neuro": 2, "headneck": 2, "chest": 1, "cardio": 1, "abdo": 2, "onc": 2, "vasc": 2, "paeds": 1, "nm": 2, "breast": 2,
                 "msk": 3, "spine": 1, "dental": 1}),
    "au-tele": (["au"], "teleradiology reading for rural hospitals, Australia and New Zealand", 116,
                {"MR": "Siemens", "XR": ["Carestream", "Agfa", "Fujifilm"], "CT": ["GE", "Canon", "Siemens"], "US": ["Philips", "GE"],
                 "DENT": "Sirona"},
                {"trauma": 3, "msk": 5, "chest": 2, "neuro": 2, "abdo": 2, "spine": 2, "vasc": 1, "paeds": 1, "dental": 1}),
}
NOANAT_SHARE = 0.045

MR_MAKE = {"Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Amira", "MAGNETOM Sempra", "MAGNETOM Altea"]),
           "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Explorer", "SIGNA Pioneer", "SIGNA Voyager", "Optima MR360"]),
           "Philips": ("Philips", ["Ingenia Ambition X", "Ingenia", "Achieva"]),
           "Toshiba": ("TOSHIBA", ["Vantage Elan", "Vantage Titan"]),
           "UIH": ("UIH", ["uMR 780", "uMR 570"])}
CT_MAKE = {"Siemens": ("SIEMENS", ["SOMATOM go.Now", "SOMATOM go.Top", "SOMATOM Force", "SOMATOM Definition AS+"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Optima CT540", "Revolution CT", "BrightSpeed"]),
           "Canon": ("CANON_MEC", ["Aquilion Prime SP", "Aquilion ONE", "Aquilion Lightning"]),
           "Toshiba": ("TOSHIBA", ["Aquilion Lightning", "Aquilion", "Alexion"]),
           "Philips": ("Philips", ["Incisive CT", "Ingenuity CT", "Brilliance 64"]),
           "UIH": ("UIH", ["uCT 760", "uCT 530"])}
XR_MAKE = {"Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FCR Capsula XLII", "FDR Smart X"]),
           "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-1 System", "CR 975"]),
           "Agfa": ("Agfa", ["DX-D 300", "DR 400", "CR 30-X"]),
           "Shimadzu": ("SHIMADZU Corporation", ["RADspeed Pro", "MobileDaRt Evolution"]),
           "Samsung": ("Samsung Electronics", ["GC85A", "GM85"]),
           "Siemens": ("SIEMENS", ["Ysio Max", "Multix Fusion Max", "Mobilett Elara Max"]),
           "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "MobileDiagnost wDR"])}
US_MAKE = {"GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ P9", "Voluson E10", "Voluson S10"]),
           "Philips": ("Philips Medical Systems", ["EPIQ Elite", "Affiniti 70"]),
           "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
           "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["HERA W10", "RS85", "WS80A"]),
           "Mindray": ("Mindray", ["Resona 7", "DC-80", "Resona I9"])}
MG_MAKE = {"Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
           "Siemens": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"]),
           "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"])}
PET_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
            "UIH": ("UIH", ["uMI 550", "uMI 780"])}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"]), "GE": ("GE Healthcare", ["Discovery NM/CT 670", "NM830"])}
XA_MAKE = {"Siemens": ("SIEMENS", ["Artis zee", "ARTIS icono"]), "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "Allura Xper FD20"])}
DENT_MAKE = {"Planmeca": ("Planmeca", ["ProMax 3D Mid", "ProMax 2D"]), "Vatech": ("VATECH", ["PaX-i3D Green", "PaX-i"]),
             "Carestream": ("Carestream Dental", ["CS 8100 3D", "CS 9300"]), "Sirona": ("Sirona", ["ORTHOPHOS SL"])}


# ---------------------------------------------------------------- helpers

def deaccent(text):
    """Vietnamese as an ASCII-only console writes it: no tone marks, đ as d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _kind, _n, vend, _strata = SITES[site]
        self.lang = rng.choice(langs)
        self.v = {k: (rng.choice(x) if isinstance(x, list) else x) for k, x in vend.items()}

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def say(cx, table, lang=None):
    """A phrase of the study's language from ``table`` (lang -> text or list); English where the
    table has no entry (English runs through every site's RIS); Vietnamese without diacritics at
    the ASCII consoles."""
    lang = lang or cx.lang
    key = "vi" if lang == "via" else lang
    if key not in table:
        key = "en" if key != "au" or "en" in table else key
    v = table.get(key, table.get("en"))
    v = cx.c(v) if isinstance(v, list) else v
    return deaccent(v) if lang == "via" else v


def side_word(cx, side, lang=None):
    lang = lang or cx.lang
    key = "vi" if lang == "via" else lang
    w = cx.c(SIDES[key][side])
    return deaccent(w) if lang == "via" else w


def part(cx, code, extra=False, lang=None):
    lang = lang or cx.lang
    key = "vi" if lang == "via" else lang
    names = PARTS[key][code]
    n = cx.c(names) if extra else names[0]
    name, _, latin = n.partition("|")
    return (deaccent(name) if lang == "via" else name), latin == "L"


def modw(cx, mod, lang=None):
    lang = lang or cx.lang
    key = "vi" if lang == "via" else lang
    w = cx.c(MODW[key][mod])
    return deaccent(w) if lang == "via" else w


def case(cx, text):
    if cx.lang in ("au", "thr", "tl") or (cx.lang == "en" and cx.p(0.5)) or cx.p(0.15):
        return text.upper()
    return text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.27, p_alt=0.12):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def limb_title(cx, mod, code, side, extra=False, views=False):
    """An order title for a limb exam in the study's language, with its side."""
    lang = cx.lang
    name, latin = part(cx, code, extra)
    if lang == "id" and latin:
        sw = side_word(cx, side, "idl" if cx.p(0.85) else "id")
    elif lang == "tl" and name.isupper():
        sw = side_word(cx, side, "en") if cx.p(0.5) else side_word(cx, side)
    else:
        sw = side_word(cx, side)
    m = modw(cx, mod)
    v = (" " + VIEWS["vi" if lang == "via" else lang]) if views and cx.p(0.5) else ""
    if lang == "via":
        v = deaccent(v)
    if lang == "au":
        t = cx.c([f"{m} {sw} {name}", f"{m} {sw} {name}", f"{m} {name} {sw}"])
    elif lang == "en":
        t = cx.c([f"{m} {name} {sw}", f"{m} {sw} {name}", f"{m} {name} {sw}{v}"])
    elif lang == "th":
        t = cx.c([f"{m}{name}{sw}", f"{m}{name} {sw}", f"{m} {name} ({sw})"]) + v
    elif lang == "zh":
        t = cx.c([f"{sw}{name}{m}", f"{m} {sw}{name}", f"{name}({sw}) {m}"])
        if v:
            t += v.strip()
    elif lang == "tl":
        t = cx.c([f"{m} {name} {sw}", f"{m} {name} ({sw}){v}"])
    else:
        t = f"{m} {name} {sw}{v}"
    return case(cx, " ".join(t.split())), sw


# ---------------------------------------------------------------- modality builders

def mr_name(vendor, key, plane="tra"):
    P = {"tra": "Ax", "sag": "Sag", "cor": "Cor"}[plane]
    PU = {"tra": "TRA", "sag": "SAG", "cor": "COR"}[plane]
    PC = {"tra": "AX", "sag": "SAG", "cor": "COR"}[plane]
    t = {
        "Siemens": {"loc": "localizer", "t1": f"t1_tse_{plane}", "t2": f"t2_tse_{plane}", "flair": f"t2_tirm_{plane}_dark-fluid",
                    "dwi": f"ep2d_diff_{plane}", "adc": f"ep2d_diff_{plane}_ADC", "t13d": "t1_mprage_sag_p2_iso", "pdfs": f"pd_tse_fs_{plane}",
                    "stir": f"t2_tirm_{plane}", "t1c": f"t1_tse_fs_{plane}_post", "swi": "t2_swi_tra_p2", "tof": "tof_fl3d_tra_p2",
                    "dyn": "t1_vibe_fs_tra_dyn", "t2fs": f"t2_tse_fs_{plane}"},
        "GE": {"loc": "3-Plane Loc", "t1": f"{P} T1 FSE", "t2": f"{P} T2 FSE", "flair": f"{P} T2 FLAIR", "dwi": f"{P} DWI b1000",
               "adc": "ADC (10^-6 mm²/s)", "t13d": "Sag 3D BRAVO", "pdfs": f"{P} PD FS", "stir": f"{P} STIR", "t1c": f"{P} T1 FS +C",
               "swi": "Ax SWAN", "tof": "3D TOF COW", "dyn": "Ax LAVA-Flex MPh", "t2fs": f"{P} T2 FS"},
        "Philips": {"loc": "Survey", "t1": f"T1W_TSE_{PU}", "t2": f"T2W_TSE_{PU}", "flair": f"T2W_FLAIR_{PU}", "dwi": f"DWI_{PU}",
                    "adc": f"dADC_{PU}", "t13d": "T1W_3D_TFE", "pdfs": f"PDW_SPAIR_{PU}", "stir": f"STIR_{PU}", "t1c": f"T1W_mDIXON_{PU}_+C",
                    "swi": "SWIp", "tof": "3D_TOF", "dyn": "THRIVE_dyn", "t2fs": f"T2W_SPAIR_{PU}"},
        "Toshiba": {"loc": "Locator", "t1": f"T1 SE {PC}", "t2": f"T2 FSE {PC}", "flair": f"FLAIR {PC}", "dwi": f"DWI {PC} b1000",
                    "adc": "ADC", "t13d": "3D T1 SAG", "pdfs": f"PD FS {PC}", "stir": f"STIR {PC}", "t1c": f"T1 FS {PC} +C", "swi": "FSBB AX",
                    "tof": "TOF 3D", "dyn": "Quick 3D dyn", "t2fs": f"T2 FS {PC}"},
        "UIH": {"loc": "localizer", "t1": f"t1_fse_{plane}", "t2": f"t2_fse_{plane}", "flair": f"t2_flair_{plane}", "dwi": f"dwi_b1000_{plane}",
                "adc": "ADC", "t13d": "t1_gre_mprage_sag_3d", "pdfs": f"pd_fse_fs_{plane}", "stir": f"t2_fse_stir_{plane}",
                "t1c": f"t1_fse_fs_{plane}_+c", "swi": "swi_tra", "tof": "tof_3d_tra", "dyn": "t1_quick3d_dyn", "t2fs": f"t2_fse_fs_{plane}"},
    }[vendor]
    return t[key]


SIEM_SEQ = {"loc": "*fl2d1", "t1": "*tse2d1_3", "t2": "*tse2d1_15", "flair": "*tir2d1_21", "dwi": "*ep_b0_1000", "adc": "*ep_b0_1000",
            "t13d": "*tfl3d1_16ns", "pdfs": "*tse2d1_5", "stir": "*tir2d1_11", "t1c": "*tse2d1_3", "swi": "*swi3d1r", "tof": "*fl3d1r_t70",
            "dyn": "*fl3d1", "t2fs": "*tse2d1_13"}
SCAN = {"loc": "GR", "dwi": "EP", "adc": "EP", "flair": "SE\\IR", "stir": "SE\\IR", "t13d": "GR", "swi": "GR", "tof": "GR", "dyn": "GR"}


def mr_series(cx, seqs, labels, lat, why, bp, alt, protocol=None, vendor=None):
    v = vendor or cx.v.get("MR", "Siemens")
    make, models = MR_MAKE[v]
    model = cx.c(models)
    ser = []
    for key, plane in seqs:
        d = mr_name(v, key, plane)
        m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d,
             "ScanningSequence": SCAN.get(key, "SE")}
        if v == "Siemens":
            m["SequenceName"] = SIEM_SEQ[key]
        if key == "adc":
            m["ImageType"] = "DERIVED\\PRIMARY\\ADC\\ADC"
        if key == "t1c" or (key == "dyn" and cx.p(0.7)):
            m["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "MultiHance", "Gd", "Magnevist"])
        if protocol and cx.p(0.55):
            m["ProtocolName"] = protocol
        if cx.p(0.35):
            m["SliceThickness"] = cx.c(["3", "3.5", "4", "5"]) if key != "t13d" else "1"
        bpe(cx, m, bp, alt)
        w = why + ("; localizer of the exam" if key == "loc" else "; series named by its sequence" if cx.p(0.6) else "")
        ser.append(S(m, labels, lat, w))
    return ser


CT_TOPO = {"Siemens": "Topogram  0.6  Tr20", "GE": "Scout", "Canon": "Scanogram", "Toshiba": "Scanogram", "Philips": "Surview", "UIH": "Topo"}
CT_DOSE = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Canon": "Dose Info", "Toshiba": "Dose Info", "Philips": "Dose Info",
           "UIH": "Dose Report"}
KERN = {"Siemens": {"soft": "Br40", "bone": "Br64", "lung": "Bl57", "brain": "Hr38", "angio": "Bv40"},
        "GE": {"soft": "STANDARD", "bone": "BONEPLUS", "lung": "LUNG", "brain": "SOFT", "angio": "STANDARD"},
        "Canon": {"soft": "FC18", "bone": "FC30", "lung": "FC52", "brain": "FC21", "angio": "FC08"},
        "Philips": {"soft": "B", "bone": "D", "lung": "L", "brain": "UB", "angio": "XCB"},
        "UIH": {"soft": "B_SOFT_B", "bone": "B_SHARP_C", "lung": "L_SHARP_B", "brain": "H_SOFT_C", "angio": "B_SOFT_A"}}
KERN["Toshiba"] = KERN["Canon"]


def ct_recon(cx, v, word, kind, thick):
    k = KERN[v][kind]
    if v == "Siemens":
        return (f"{word}  {thick}  {k}  3" if word else f"{thick}  {k}  3"), k + cx.c(["d", "s", "f"])
    if v == "GE":
        g = {"STANDARD": "STND", "BONEPLUS": "BONE PLUS", "LUNG": "LUNG", "SOFT": "SOFT"}[k]
        return (f"{word} {thick}mm {g}" if word else f"{thick}mm {g}"), k
    if v in ("Canon", "Toshiba"):
        return (f"{word} {thick} {k}" if word else cx.c([f"AXIAL {thick}", f"{thick} {k}"])), k
    if v == "Philips":
        return (f"{word} {thick}mm iDose4" if word else f"iDose 4 {thick}mm ({k})"), k
    return (f"{word}_{thick}mm_{k}" if word else f"{thick}mm {k}"), k


def ct_series(cx, recons, topo_labels, topo_why, bp, alt, protocol=None, contrast=False, vendor=None):
    """A CT study's series: the topogram, the recons ``(word, kind, thick, labels, why)``, a dose page."""
    v = vendor or cx.v.get("CT", "Siemens")
    make, models = CT_MAKE[v]
    model = cx.c(models)
    base = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model}
    ser = []
    m = dict(base, SeriesDescription=CT_TOPO[v], ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    if protocol and cx.p(0.6):
        m["ProtocolName"] = protocol
    bpe(cx, m, bp, alt)
    ser.append(S(m, topo_labels, None, topo_why + "; the scout plans the exam"))
    for word, kind, thick, labels, why in recons:
        word = word if cx.p(0.6) else ""
        d, k = ct_recon(cx, v, word, kind, thick)
        m = dict(base, SeriesDescription=d, ConvolutionKernel=k, SliceThickness=thick, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Ultravist 370", "Iopamiro 370", "Xenetix 350", "IV CONTRAST"])
        if protocol and cx.p(0.6):
            m["ProtocolName"] = protocol
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why + ("" if word else "; recon name carries no region")))
    dm = dict(base, Modality="SR" if v in ("GE", "Philips") and cx.p(0.5) else "CT", SeriesDescription=CT_DOSE[v],
              ImageType="DERIVED\\SECONDARY\\OTHER")
    if dm["Modality"] == "CT":
        dm["SOPClassUID"] = SC
    ser.append(S(dm, [], None, "CT dose page: text, no anatomy", img=False))
    return ser


def xr_meta(cx, desc, view=None, **kw):
    v = cx.v.get("XR", "Fujifilm")
    make, models = XR_MAKE[v]
    model = cx.c(models)
    mod = "CR" if model.startswith(("FCR", "CR ")) else "DX"
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us_meta(cx, desc=None, prefer=None):
    v = cx.v.get("US", "GE")
    make, models = US_MAKE[v]
    models = [x for x in models if prefer is None or (prefer == "ob") == ("Voluson" in x or "WS80" in x or "HERA" in x)] or models
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    return m


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

LIMB_BP = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "UPPER LIMB", "CHEST"], "ANKLE": ["FOOT", "EXTREMITY"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
           "HAND": ["WRIST", "EXTREMITY"], "THIGH": ["LEG", "HIP", "FEMUR"], "LEG": ["KNEE", "EXTREMITY", "TIBIA"],
           "FOREARM": ["ARM", "EXTREMITY"], "ARM": ["SHOULDER", "HUMERUS"]}


def msk_mr(cx):
    code = cx.c(["KNEE"] * 6 + ["SHOULDER"] * 5 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] + ["ELBOW"] * 2 +
                ["HAND", "THIGH", "LEG", "FOREARM", "ARM", "FOOT"])
    side = cx.c("LLLLRRRRB" if code == "HIP" else "LLLLRRRR")
    sd, sw = limb_title(cx, "MR", code, side, extra=cx.p(0.15))
    labels = [code] + (["PELVIS"] if side == "B" else [])
    why = f"{code.lower()} MR, side {side} from the order ({sw})"
    seqs = [("loc", "tra"), ("pdfs", "cor"), ("pdfs", "sag"), ("pdfs", "tra"), (cx.c(["t1", "t2"]), cx.c(["cor", "sag"]))]
    if code in ("THIGH", "LEG", "ARM", "FOREARM"):
        seqs = [("loc", "tra"), ("stir", "cor"), ("t1", "cor"), ("t2fs", "tra"), ("t1c", "tra")]
    en = PARTS["en"][code][0].lower()
    proto = cx.c([en, f"{en.upper()} ROUTINE", f"{en}_routine", f"MSK^{en}"])
    ser = mr_series(cx, seqs, labels, side, why, code, LIMB_BP[code], proto)
    for s in ser:
        if side in "LR" and cx.p(0.15):
            s["meta"]["Laterality"] = side
    return sd, ser


XR_VIEW = {"KNEE": [("AP", "AP"), ("LAT", "LAT"), ("SKYLINE", "")], "SHOULDER": [("AP", "AP"), ("Y VIEW", ""), ("AXIAL", "")],
           "HIP": [("AP", "AP"), ("LAT", "LAT")], "ANKLE": [("AP", "AP"), ("LAT", "LAT"), ("MORTISE", "")],
           "FOOT": [("DP", "PA"), ("OBL", ""), ("LAT", "LAT")], "HAND": [("PA", "PA"), ("OBL", "")],
           "WRIST": [("PA", "PA"), ("LAT", "LAT"), ("SCAPHOID", "")], "ELBOW": [("AP", "AP"), ("LAT", "LAT")],
           "FOREARM": [("AP", "AP"), ("LAT", "LAT")], "ARM": [("AP", "AP"), ("LAT", "LAT")], "THIGH": [("AP", "AP"), ("LAT", "LAT")],
           "LEG": [("AP", "AP"), ("LAT", "LAT")]}


def msk_xr(cx, trauma=False):
    code = cx.c(["KNEE"] * 4 + ["HAND"] * 5 + ["FOOT"] * 3 + ["ANKLE"] * 4 + ["WRIST"] * 4 + ["FOOT"] * 2 + ["SHOULDER"] * 3 + ["HIP"] * 3 +
                ["ELBOW"] * 3 + ["FOREARM"] * 2 + ["LEG"] * 2 + ["THIGH", "ARM"])
    side = cx.c("LLLRRRBB" if code in ("KNEE", "HAND", "FOOT") and not trauma else "LLLLRRRR")
    lang = cx.lang
    if code == "KNEE" and side == "B" and cx.p(0.35):
        sd = case(cx, say(cx, {"en": ["XR LONG LEG STANDING (BOTH)", "XR SCANOGRAM BOTH LOWER LIMBS"], "au": "XR LONG LEG ALIGNMENT BILAT",
                                "th": "เอกซเรย์ขาทั้งสองข้าง ท่ายืน (long leg)", "vi": "Chụp X quang toàn bộ chi dưới hai bên tư thế đứng",
                                "id": "Foto Long Leg Bilateral (Standing)", "ms": "X-Ray Kedua-dua Kaki Berdiri (Long Leg)",
                                "zh": "双下肢全长正位"}))
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        m = xr_meta(cx, cx.c(["LONG LEG", "Stitched", "FULL LEG AP"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER LIMB", "KNEE", "EXTREMITY"])
        return sd, [S(m, labels, "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if code == "HIP" and not trauma and cx.p(0.5):
        side = "B"
    if code == "HIP" and side == "B":
        sd = case(cx, say(cx, {"en": ["XR PELVIS AND BOTH HIPS", "XR BOTH HIPS AP + FROG LAT"], "au": "XR PELVIS + BILAT HIPS",
                                "th": "เอกซเรย์สะโพกทั้งสองข้าง", "vi": "Chụp X quang khung chậu và khớp háng hai bên",
                                "id": "Foto Pelvis + Hip Joint Bilateral", "ms": "X-Ray Pelvis dan Kedua-dua Pinggul",
                                "tl": "X-RAY PELVIS AP + BOTH HIPS", "zh": "骨盆正位+双髋关节"}))
        m = xr_meta(cx, cx.c(["PELVIS AP", "AP PELVIS", "Pelvis"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips")]
        for s2 in "LR":
            m = xr_meta(cx, cx.c(["FROG LAT", "HIP LAT", "Lateral"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"lateral hip of a both-hips order; ImageLaterality {s2} says which"))
        return sd, ser
    if code == "HAND" and side == "B":
        sd = case(cx, say(cx, {"en": ["XR BOTH HANDS PA/OBL", "XR HANDS BILATERAL (RA)"], "au": "XR BILAT HANDS",
                                "th": "เอกซเรย์มือทั้งสองข้าง", "vi": "Chụp X quang hai bàn tay thẳng chếch",
                                "id": "Foto Manus Bilateral", "ms": "X-Ray Kedua-dua Tangan", "tl": "X-RAY BOTH HANDS",
                                "zh": "双手正斜位"}))
        m = xr_meta(cx, cx.c(["HANDS PA", "BOTH HANDS PA", "Hands"]), "PA")
        bpe(cx, m, "HAND", ["EXTREMITY", "UPPER LIMB"])
        return sd, [S(m, ["HAND"], "B", "both hands on one film")]
    sd, sw = limb_title(cx, "XR", code, side, extra=cx.p(0.3), views=True)
    if trauma and lang in ("en", "au") and cx.p(0.4):
        sd = sd + cx.c([" ?#", " (FOOSH)", " ? FRACTURE", " - TRAUMA", " FALL"])
    why = f"{code.lower()} radiograph, side {side} from the order ({sw})"
    ser = []
    if side == "B":
        for s2 in "LR":
            m = xr_meta(cx, f"{PARTS['en'][code][0]} {cx.c(['LAT', 'AP'])}", None, ImageLaterality=s2)
            bpe(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, [code], s2, f"{code.lower()} film of one side in a both-sides order; ImageLaterality {s2} says which"))
        if code in ("KNEE", "FOOT"):
            m = xr_meta(cx, f"{PARTS['en'][code][0]} AP STANDING BOTH", "AP")
            bpe(cx, m, code, ["EXTREMITY"])
            ser.insert(0, S(m, [code], "B", f"weight-bearing {code.lower()} AP of both sides on one film"))
        return sd, ser
    for vd, vp in XR_VIEW[code]:
        body = PARTS["en"][code][0]
        desc = cx.c([f"{body} {vd}", vd, f"{body.title()} {vd.lower()}"])
        if cx.v.get("XR") == "Carestream" and cx.p(0.4):
            desc = f"{side} {desc}"
        m = xr_meta(cx, desc, vp or None)
        if cx.p(0.5):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.p(0.35):
            m["AcquisitionDeviceProcessingDescription"] = cx.c([f"{body} {vp or 'OBL'}", "EXTREMITY", f"{body}"])
        bpe(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY" if code in ("KNEE", "FOOT", "ANKLE", "HIP", "THIGH", "LEG") else "UPPER EXTREMITY"])
        ser.append(S(m, [code], side, why))
    return sd, ser


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["KNEE", "WRIST", "HAND", "ELBOW", "ANKLE", "FOOT", "THIGH"])
    side = cx.c("LR")
    sd, sw = limb_title(cx, "US", code, side)
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, "MSK", PARTS["en"][code][1], "Superficial"]))
        bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.42)
        ser.append(S(m, [code], side, f"{code.lower()} ultrasound, side from the order ({sw})"))
    return sd, ser


def msk_ct(cx):
    code, en = cx.c([("KNEE", "TIBIAL PLATEAU"), ("FOOT", "CALCANEUS"), ("WRIST", "WRIST"), ("ANKLE", "ANKLE"), ("SHOULDER", "SHOULDER"),
                     ("ELBOW", "ELBOW")])
    side = cx.c("LR")
    if cx.lang in ("en", "au"):
        sw = side_word(cx, side)
        sd = case(cx, cx.c([f"CT {sw} {en}", f"CT {en} {sw}", f"CT {en} {sw} + 3D"]))
    else:
        sd, sw = limb_title(cx, "CT", code, side)
    why = f"{code.lower()} CT, side {side} from the order ({sw})"
    w = en.title()
    ser = ct_series(cx, [(w, "bone", "0.6", [code], why), (w, "soft", "2", [code], why), (w + " COR", "bone", "2", [code], why)],
                    [code], why, code, LIMB_BP[code], protocol=cx.c(["Extremity", "Joint^Bone", "MSK_Extremity"]))
    for s in ser:
        if s["labels"]:
            s["laterality"] = side
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.36:
        return msk_mr(cx)
    if r < 0.86:
        return msk_xr(cx)
    if r < 0.95:
        return msk_us(cx)
    return msk_ct(cx)


SPINE_T = {
    "lmr": {"en": ["MRI LUMBAR SPINE", "MRI LS SPINE PLAIN", "MRI L-SPINE"], "au": ["MRI L/S SPINE", "MRI LUMBAR"],
            "th": ["MRI กระดูกสันหลังส่วนเอว", "MRI L-S spine"], "thr": ["MRI KRADUK SANLANG SUAN EO"], "vi": ["Chụp MRI cột sống thắt lưng", "Chụp cộng hưởng từ CSTL"],
            "id": ["MRI Lumbosacral", "MRI Vertebra Lumbal"], "ms": ["MRI Tulang Belakang Lumbar"], "tl": ["MRI LUMBOSACRAL SPINE PLAIN"],
            "zh": ["腰椎MR平扫"]},
    "cmr": {"en": ["MRI CERVICAL SPINE", "MRI C-SPINE"], "au": ["MRI C/S", "MRI CERVICAL SPINE"], "th": ["MRI กระดูกสันหลังส่วนคอ"],
            "vi": ["Chụp MRI cột sống cổ"], "id": ["MRI Cervical", "MRI Vertebra Cervical"], "ms": ["MRI Tulang Belakang Servikal"],
            "tl": ["MRI CERVICAL SPINE"], "zh": ["颈椎MR平扫"]},
    "tmr": {"en": ["MRI THORACIC SPINE"], "au": ["MRI T/S"], "th": ["MRI กระดูกสันหลังส่วนอก"], "vi": ["Chụp MRI cột sống ngực"],
            "id": ["MRI Thoracal"], "ms": ["MRI Tulang Belakang Torasik"], "zh": ["胸椎MR"]},
    "wmr": {"en": ["MRI WHOLE SPINE", "MRI SCREENING WHOLE SPINE"], "th": ["MRI กระดูกสันหลังทั้งหมด"],
            "vi": ["Chụp MRI toàn bộ cột sống"], "id": ["MRI Whole Spine"], "ms": ["MRI Seluruh Tulang Belakang"], "zh": ["全脊柱MR"]},
    "lxr": {"en": ["XR LUMBOSACRAL SPINE AP/LAT", "XR L-SPINE"], "au": ["XR L/S SPINE", "XR LSP"],
            "th": ["เอกซเรย์กระดูกสันหลังส่วนเอว", "X-ray LS spine AP/Lat"], "vi": ["Chụp X quang cột sống thắt lưng thẳng nghiêng"],
            "id": ["Foto Lumbosacral AP/Lat", "Foto Vertebra Lumbal"], "ms": ["X-Ray Tulang Belakang Lumbar"],
            "tl": ["LUMBOSACRAL APL", "X-RAY LS SPINE APL"], "zh": ["腰椎正侧位"]},
    "cxr": {"en": ["XR CERVICAL SPINE AP/LAT/OPEN MOUTH"], "au": ["XR C-SPINE", "XR C/S"], "th": ["เอกซเรย์กระดูกสันหลังส่วนคอ"],
            "vi": ["Chụp X quang cột sống cổ thẳng nghiêng"], "id": ["Foto Cervical AP/Lat"], "ms": ["X-Ray Servikal"], "tl": ["CERVICAL APL"],
            "zh": ["颈椎正侧位"]},
    "txr": {"en": ["XR THORACIC SPINE"], "au": ["XR T-SPINE"], "vi": ["Chụp X quang cột sống ngực"], "id": ["Foto Thoracal AP/Lat"],
            "zh": ["胸椎正侧位"], "th": ["เอกซเรย์กระดูกสันหลังส่วนอก"]},
    "wxr": {"en": ["XR WHOLE SPINE (SCOLIOSIS)", "XR SCOLIOSIS SERIES"], "th": ["เอกซเรย์กระดูกสันหลังทั้งหมด (scoliosis)"],
            "vi": ["Chụp X quang toàn bộ cột sống (vẹo cột sống)"], "id": ["Foto Whole Spine (Skoliosis)"], "ms": ["X-Ray Skoliosis"],
            "zh": ["全脊柱正侧位"], "au": ["XR WHOLE SPINE"]},
    "lct": {"en": ["CT LUMBAR SPINE"], "au": ["CT L/S SPINE"], "vi": ["Chụp CT cột sống thắt lưng"], "id": ["MSCT Lumbal"], "zh": ["腰椎CT"],
            "th": ["CT กระดูกสันหลังส่วนเอว"], "thr": ["CT KRADUK SANLANG SUAN EO"]},
}
SPINE_LAB = {"l": ["LSPINE"], "c": ["CSPINE"], "t": ["TSPINE"], "w": WSPINE}
SPINE_BP = {"l": ("LSPINE", ["SPINE", "ABDOMEN", "LSSPINE"]), "c": ("CSPINE", ["SPINE", "NECK"]), "t": ("TSPINE", ["SPINE", "CHEST"]),
            "w": ("SPINE", ["WHOLESPINE", "LSPINE"])}


def spine(cx):
    reg = cx.c("lllllccctw")
    mod = cx.c(["mr", "mr", "mr", "xr", "xr"] + (["ct"] if reg == "l" and cx.v.get("CT") else []))
    key = f"{reg}{mod}"
    if key not in SPINE_T:
        key = f"{reg}mr"
        mod = "mr"
    sd = case(cx, say(cx, SPINE_T[key]))
    labels = SPINE_LAB[reg]
    bp, alt = SPINE_BP[reg]
    why = f"{'whole' if reg == 'w' else reg.upper() + '-'} spine {mod.upper()}: {'+'.join(labels)}"
    if mod == "mr":
        seqs = [("loc", "sag"), ("t2", "sag"), ("t1", "sag"), ("t2", "tra"), ("stir", "sag")]
        proto = {"l": "L-SPINE", "c": "C-SPINE", "t": "T-SPINE", "w": "WHOLE SPINE"}[reg]
        ser = mr_series(cx, seqs, labels, None, why, bp, alt, cx.c([proto, proto.lower().replace("-", "_"), f"Spine^{proto}"]))
        if reg == "w":
            for s in ser[:]:
                if s["meta"]["SeriesDescription"].startswith(("t2_tse_sag", "T2W_TSE_SAG", "Sag T2", "T2 FSE SAG", "t2_fse_sag")):
                    m = dict(s["meta"], SeriesDescription=s["meta"]["SeriesDescription"] + cx.c(["_comp", " COMPOSED", "_Composing"]),
                             ImageType="DERIVED\\PRIMARY\\COMPOSED")
                    ser.append(S(m, labels, None, "composed sagittal of the whole spine"))
        return sd, ser
    if mod == "ct":
        w = "L-Spine"
        ser = ct_series(cx, [(w, "bone", "1", labels, why), (w, "soft", "3", labels, why), (w + " SAG", "bone", "2", labels, why)],
                        labels, why, bp, alt, protocol="Spine^LSpine")
        return sd, ser
    ser = []
    views = [("AP", "AP"), ("LAT", "LAT")] + ([("OPEN MOUTH", "AP")] if reg == "c" else []) + ([("FLEX", "LAT"), ("EXT", "LAT")] if cx.p(0.2) else [])
    if reg == "w":
        views = [("FULL SPINE PA", "PA"), ("FULL SPINE LAT", "LAT")]
    en = {"l": "L-SPINE", "c": "C-SPINE", "t": "T-SPINE", "w": "WHOLE SPINE"}[reg]
    for vd, vp in views:
        m = xr_meta(cx, cx.c([f"{en} {vd}", vd]), vp)
        if reg == "w":
            m["ImageType"] = "DERIVED\\PRIMARY\\STITCHED"
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    return sd, ser


def breast(cx):
    kind = cx.c(["screen"] * 4 + ["diag"] * 2 + ["tomo"] + ["us"] * 4 + ["mr"] * 2 + ["biopsy"])
    mg = MG_MAKE[cx.v.get("MG", "Hologic")]
    model = cx.c(mg[1])
    ser = []
    if kind in ("screen", "diag", "tomo"):
        one = kind == "diag" and cx.p(0.5)
        sides = [cx.c("LR")] if one else ["R", "L"]
        if one:
            sd = say(cx, {"en": "DIAGNOSTIC MAMMOGRAM {s}", "au": "MAMMO {s}", "th": "แมมโมแกรมเต้านม{s}", "vi": "Chụp X quang tuyến vú {s}",
                          "id": "Mammografi {s}", "ms": "Mamogram Diagnostik {s}", "tl": "MAMMOGRAPHY ({s})", "zh": "{s}乳腺钼靶"})
            sd = case(cx, sd.replace("{s}", side_word(cx, sides[0])))
        else:
            sd = case(cx, say(cx, {"en": ["MAMMOGRAM SCREENING BILATERAL", "SCREENING MAMMOGRAPHY", "BREASTSCREEN MAMMOGRAM"],
                                   "th": ["แมมโมแกรม", "แมมโมแกรม ทั้งสองข้าง", "แมมโมแกรมและอัลตราซาวด์เต้านม"], "thr": ["MAMMOGRAM TAO NOM"],
                                   "vi": ["Chụp X quang tuyến vú hai bên", "Chụp nhũ ảnh"], "id": ["Mammografi Bilateral"],
                                   "ms": ["Mamogram Saringan", "Mamografi"], "tl": ["MAMMOGRAPHY BOTH BREASTS"], "zh": ["双侧乳腺钼靶"]}))
        for s in sides:
            for view in ["CC", "MLO"]:
                items = [(cx.c([f"{s} {view}", f"{s}{view}"]), "ORIGINAL\\PRIMARY")]
                if kind == "tomo" or (mg[0].startswith("HOLOGIC") and cx.p(0.3)):
                    items.append((cx.c([f"{s} {view} Tomosynthesis Reconstruction", f"Tomo {s} {view}"]), "DERIVED\\PRIMARY\\TOMOSYNTHESIS"))
                    items.append((f"{s} {view} C-View", "DERIVED\\PRIMARY"))
                for d, it in items:
                    m = {"Modality": "MG", "Manufacturer": mg[0], "ManufacturerModelName": model, "SeriesDescription": d,
                         "ImageLaterality": s, "ViewPosition": view, "ImageType": it}
                    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.15, p_alt=0.05)
                    ser.append(S(m, ["BREAST"], s, f"mammogram image, ImageLaterality {s}"))
        if cx.p(0.3):
            ser.append(S({"Modality": "SR", "Manufacturer": mg[0], "SeriesDescription": cx.c(["Mammography CAD SR", "Breast Density Report"])},
                         [], None, "CAD/density structured report: no image", img=False))
    elif kind == "us":
        s = cx.c("LLRRBBB")
        t = say(cx, {"en": "US BREAST {s}", "au": "US {s} BREAST", "th": "อัลตราซาวด์เต้านม{s}", "vi": "Siêu âm tuyến vú {s}",
                     "id": ["USG Mammae {s}", "USG Payudara {s}"], "ms": "Ultrabunyi Payudara {s}", "tl": "BREAST UTZ {s}", "zh": "{s}乳腺超声"})
        sw = side_word(cx, s, "idl" if "Mammae" in t and s != "B" and cx.p(0.5) else None)
        sd = case(cx, t.replace("{s}", sw))
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Breast", "BREAST", "Small Parts"]))
            bpe(cx, m, "BREAST", None, p_missing=0.42)
            ser.append(S(m, ["BREAST"], s, f"breast ultrasound, side from the order ({sw})"))
    elif kind == "mr":
        sd = case(cx, say(cx, {"en": "MRI BREAST BILATERAL WITH CONTRAST", "th": "MRI เต้านม", "vi": "Chụp MRI tuyến vú có tiêm thuốc",
                               "id": "MRI Mammae", "ms": "MRI Payudara", "zh": "乳腺MR增强"}))
        seqs = [("loc", "tra"), ("t2", "tra"), ("stir", "tra"), ("dwi", "tra"), ("dyn", "tra")]
        ser = mr_series(cx, seqs, ["BREAST"], "B", "breast MR of both breasts", "BREAST", ["CHEST"], "BREAST")
    else:
        s = cx.c("LR")
        t = say(cx, {"en": ["STEREOTACTIC BIOPSY {s} BREAST", "VACUUM ASSISTED BIOPSY {s} BREAST"], "th": "Stereotactic biopsy เต้านม{s}",
                     "vi": "Sinh thiết vú {s} dưới hướng dẫn X quang", "id": "Biopsi Stereotaktik Mammae {s}", "ms": "Biopsi Stereotaktik Payudara {s}",
                     "zh": "{s}乳腺立体定位活检"})
        sw = side_word(cx, s)
        sd = case(cx, t.replace("{s}", sw))
        for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]:
            m = {"Modality": "MG", "Manufacturer": mg[0], "ManufacturerModelName": model, "SeriesDescription": d, "ImageLaterality": s}
            bpe(cx, m, "BREAST", None, p_missing=0.2)
            ser.append(S(m, ["BREAST"], s, "specimen radiograph of a breast core, from that breast" if d == "Specimen"
                         else "stereotactic biopsy image of one breast"))
    return sd, ser


# Axial exams: titles per language.
T = {
    "ctbrain": {"thr": ["CT SAMONG", "CT SAMONG MAI CHIT SI"], "en": ["CT BRAIN PLAIN", "CT Brain non-contrast", "CT HEAD WITHOUT CONTRAST"], "au": ["CT BRAIN", "CTB", "CT HEAD NC"],
                "th": ["CT สมอง", "เอกซเรย์คอมพิวเตอร์สมอง ไม่ฉีดสี", "CT Brain (ไม่ฉีดสี)"],
                "vi": ["Chụp CT sọ não không tiêm thuốc cản quang", "Chụp cắt lớp vi tính sọ não", "CLVT sọ não không thuốc", "Chụp scanner sọ não"],
                "id": ["CT Scan Kepala tanpa kontras", "MSCT Kepala Polos", "CT Scan Brain"], "ms": ["CT Otak tanpa kontras", "Imbasan CT Kepala"],
                "tl": ["CT SCAN PLAIN CRANIAL", "CRANIAL CT SCAN (PLAIN)"], "zh": ["头颅CT平扫", "颅脑CT平扫"]},
    "ctbraincs": {"thr": ["CT SAMONG LAE KRADUK SANLANG KHO"], "en": ["CT BRAIN AND CERVICAL SPINE", "CT HEAD + C-SPINE"], "au": ["CT BRAIN + C/S", "CTB & CT C-SPINE"],
                  "th": ["CT สมองและกระดูกสันหลังส่วนคอ"], "vi": ["Chụp CT sọ não và cột sống cổ"], "id": ["CT Scan Kepala + Vertebra Cervical"],
                  "ms": ["CT Otak dan Tulang Belakang Servikal"], "tl": ["CT SCAN CRANIAL + CERVICAL SPINE"], "zh": ["头颅+颈椎CT平扫"]},
    "pan": {"thr": ["CT UBATTIHET THANG TUA"], "en": ["CT TRAUMA PANSCAN", "CT WHOLE BODY TRAUMA", "CT POLYTRAUMA"], "au": ["CT TRAUMA PANSCAN", "CT PAN SCAN", "CT TRAUMA (BRAIN C/S CAP)"],
            "th": ["CT ผู้ป่วยอุบัติเหตุ ทั้งตัว", "CT Whole body (อุบัติเหตุ)"], "vi": ["Chụp CT toàn thân đa chấn thương", "MSCT đa chấn thương"],
            "id": ["MSCT Whole Body Trauma", "CT Scan Multitrauma"], "ms": ["CT Trauma Seluruh Badan"], "zh": ["全身创伤CT"]},
    "face": {"en": ["CT FACIAL BONES", "CT MAXILLOFACIAL"], "au": ["CT FACIAL BONES", "CT FACE"], "vi": ["Chụp CT hàm mặt", "CLVT khối xương hàm mặt"],
             "th": ["CT Facial bone", "CT กระดูกใบหน้า"], "id": ["CT Scan Maxillofacial", "MSCT Wajah 3D"], "ms": ["CT Tulang Muka"], "zh": ["颌面部CT"]},
    "cxr": {"thr": ["X-RAY POT", "XRAY THORAK PA", "TRUAT SUKKHAPHAP X-RAY POT"], "en": ["XR CHEST PA", "CHEST X-RAY PA", "CXR PA/LAT", "X-RAY CHEST PA UPRIGHT", "CXR PA (PRE-EMPLOYMENT)"],
            "au": ["XR CHEST", "CXR", "XR CHEST (MOBILE)"], "th": ["เอกซเรย์ทรวงอก", "Chest X-ray PA upright", "เอกซเรย์ปอด", "ตรวจสุขภาพ เอกซเรย์ปอด"],
            "vi": ["Chụp X quang ngực thẳng", "Chụp XQ phổi thẳng", "Chụp X quang tim phổi thẳng", "Chụp X quang ngực khám sức khỏe"],
            "id": ["Foto Thorax PA", "Thorax PA/Lat", "Rontgen Dada", "Foto Thorax MCU"], "ms": ["X-Ray Dada PA", "XR Dada"],
            "tl": ["CHEST PA", "CHEST X-RAY PA-L", "CHEST APL", "CHEST PA (ANNUAL PE)"], "zh": ["胸部正位DR", "胸片"]},
    "ctchest": {"thr": ["CT POT"], "en": ["CT THORAX", "CT CHEST WITH CONTRAST", "HRCT CHEST"], "au": ["CT CHEST", "HRCT"], "th": ["CT ทรวงอก", "CT Chest ฉีดสี"],
                "vi": ["Chụp CT lồng ngực có tiêm thuốc", "Chụp cắt lớp vi tính phổi liều thấp", "CLVT ngực"],
                "id": ["CT Scan Thorax dengan kontras", "MSCT Thorax"], "ms": ["CT Toraks", "CT Dada"],
                "tl": ["CT SCAN CHEST PLAIN", "CHEST CT W/ CONTRAST"], "zh": ["胸部CT平扫", "肺部低剂量CT"]},
    "ctpa": {"en": ["CT PULMONARY ANGIOGRAM", "CTPA"], "au": ["CTPA"], "vi": ["Chụp CT động mạch phổi"], "th": ["CTPA", "CT หลอดเลือดแดงปอด"],
             "id": ["CT Angiografi Pulmonal"], "ms": ["CTPA"], "zh": ["肺动脉CTA"]},
    "echo": {"en": ["ECHOCARDIOGRAM", "2D ECHO", "TTE"], "tl": ["2D ECHO WITH DOPPLER"], "vi": ["Siêu âm tim", "Echo tim"],
             "id": ["Ekokardiografi"], "ms": ["Ekokardiogram"], "th": ["Echocardiogram", "อัลตราซาวด์หัวใจ"], "zh": ["心脏超声"]},
    "ccta": {"en": ["CT CORONARY ANGIOGRAM", "CT CALCIUM SCORE + CTCA"], "th": ["CT Coronary artery", "CT หลอดเลือดหัวใจ"],
             "vi": ["Chụp CT động mạch vành"], "id": ["CT Angiografi Koroner", "MSCT Cardiac"], "ms": ["CT Koronari Angiogram"],
             "tl": ["CT CORONARY ANGIOGRAPHY", "CALCIUM SCORING"], "zh": ["冠脉CTA"]},
    "cmr": {"en": ["MRI CARDIAC", "CMR STRESS PERFUSION"], "th": ["MRI หัวใจ"], "zh": ["心脏MR"], "vi": ["Chụp MRI tim"], "ms": ["MRI Jantung"]},
    "uswa": {"thr": ["ULTRASOUND CHONG THONG THANG MOT"], "en": ["US WHOLE ABDOMEN", "ULTRASOUND ABDOMEN COMPLETE"], "tl": ["WHOLE ABDOMEN UTZ", "UTZ WHOLE ABDOMEN"],
             "th": ["อัลตราซาวด์ช่องท้องทั้งหมด", "U/S Whole abdomen"], "vi": ["Siêu âm ổ bụng tổng quát", "Siêu âm bụng tổng quát"],
             "id": ["USG Abdomen Lengkap", "USG Whole Abdomen"], "ms": ["Ultrabunyi Abdomen Penuh", "US Abdomen & Pelvis"],
             "zh": ["腹部+盆腔超声"], "au": ["US ABDO + PELVIS"]},
    "usua": {"thr": ["ULTRASOUND CHONG THONG SUAN BON"], "en": ["US HBS", "US UPPER ABDOMEN", "US LIVER"], "au": ["US RUQ", "US UPPER ABDO"], "tl": ["UTZ HBT", "UPPER ABDOMINAL UTZ"],
             "th": ["อัลตราซาวด์ช่องท้องส่วนบน", "U/S Upper abdomen"], "vi": ["Siêu âm gan mật", "Siêu âm gan"],
             "id": ["USG Hepar", "USG Abdomen Atas"], "ms": ["Ultrabunyi Hepatobiliari"], "zh": ["肝胆胰脾超声"]},
    "uskub": {"en": ["US KUB", "US KIDNEYS URETERS BLADDER"], "tl": ["KUB-P UTZ", "UTZ KUB"], "th": ["อัลตราซาวด์ไตและกระเพาะปัสสาวะ"],
              "vi": ["Siêu âm hệ tiết niệu"], "id": ["USG Urologi", "USG Ginjal dan Buli"], "ms": ["Ultrabunyi KUB"], "zh": ["泌尿系超声"],
              "au": ["US RENAL TRACT"]},
    "uspel": {"en": ["US PELVIS", "PELVIC ULTRASOUND (TRANSABDOMINAL)"], "tl": ["PELVIC UTZ", "TVS"], "th": ["อัลตราซาวด์อุ้งเชิงกราน"],
              "vi": ["Siêu âm tử cung phần phụ", "Siêu âm phụ khoa đầu dò âm đạo"], "id": ["USG Ginekologi", "USG Transvaginal"],
              "ms": ["Ultrabunyi Pelvis"], "zh": ["妇科超声", "经阴道超声"], "au": ["US PELVIS (TA+TV)"]},
    "ctap": {"thr": ["CT CHONG THONG CHIT SI"], "en": ["CT ABDOMEN AND PELVIS WITH CONTRAST", "CT WHOLE ABDOMEN"], "au": ["CT AP", "CT ABDO/PELVIS", "CT A/P C+"],
             "tl": ["CT SCAN WHOLE ABDOMEN W/ CONTRAST"], "th": ["CT ช่องท้องทั้งหมด ฉีดสี", "CT Whole abdomen"],
             "vi": ["Chụp CT ổ bụng có tiêm thuốc cản quang", "CLVT bụng chậu"], "id": ["MSCT Abdomen dengan kontras", "CT Scan Abdomen Lengkap"],
             "ms": ["CT Abdomen dan Pelvis"], "zh": ["全腹部CT增强"]},
    "ctliver": {"thr": ["CT TAP 3 PHASE"], "en": ["CT LIVER TRIPHASIC", "CT UPPER ABDOMEN 3 PHASE"], "th": ["CT ตับ 3 phase", "CT ตับ ฉีดสี 3 ระยะ"],
                "vi": ["Chụp CT gan 3 thì", "CLVT gan mật 3 thì"], "id": ["MSCT Hepar 3 Fase"], "ms": ["CT Hati Trifasa"], "zh": ["肝脏三期增强CT"],
                "tl": ["CT SCAN TRIPHASIC LIVER"]},
    "ctkub": {"en": ["CT KUB", "CT UROGRAM"], "au": ["CT KUB"], "th": ["CT KUB", "CT ไตและทางเดินปัสสาวะ"], "vi": ["Chụp CT hệ tiết niệu không thuốc"],
              "id": ["MSCT Urografi", "CT Stonografi"], "ms": ["CT KUB"], "tl": ["CT STONOGRAM"], "zh": ["泌尿系CT平扫"]},
    "ugi": {"en": ["BARIUM MEAL", "UPPER GI SERIES"], "au": ["BARIUM SWALLOW AND MEAL"], "id": ["Foto OMD", "OMD (Oesophagus Maag Duodenum)"],
            "vi": ["Chụp thực quản dạ dày tá tràng có cản quang"], "th": ["UGIS (Barium meal)", "กลืนแป้งแบเรียม"], "ms": ["Barium Meal"],
            "tl": ["UGIS"], "zh": ["上消化道钡餐造影"]},
    "enema": {"en": ["BARIUM ENEMA", "DOUBLE CONTRAST BARIUM ENEMA"], "id": ["Colon in Loop", "Foto Colon In Loop"], "vi": ["Chụp khung đại tràng có cản quang"],
              "th": ["Barium enema", "สวนแป้งแบเรียม"], "ms": ["Barium Enema"], "zh": ["钡灌肠造影"]},
    "mrcp": {"en": ["MRCP", "MRI MRCP"], "th": ["MRCP"], "vi": ["Chụp cộng hưởng từ đường mật (MRCP)"], "id": ["MRCP"], "zh": ["MRCP 胰胆管水成像"],
             "ms": ["MRCP"]},
    "mrprost": {"en": ["MRI PROSTATE MULTIPARAMETRIC"], "th": ["MRI ต่อมลูกหมาก"], "vi": ["Chụp MRI tuyến tiền liệt"], "id": ["MRI Prostat"],
                "zh": ["前列腺MR"], "ms": ["MRI Prostat"]},
    "axr": {"en": ["XR ABDOMEN SUPINE", "PLAIN ABDOMEN", "KUB X-RAY"], "au": ["AXR", "XR ABDO"], "tl": ["PLAIN ABDOMEN", "KUB X-RAY"],
            "th": ["เอกซเรย์ช่องท้อง", "Plain KUB"], "vi": ["Chụp X quang bụng không chuẩn bị", "Chụp XQ bụng ASP", "Chụp X quang hệ tiết niệu (KUB)"],
            "id": ["Foto BNO", "BNO 3 Posisi", "Foto Polos Abdomen"], "ms": ["X-Ray Abdomen", "XR KUB"], "zh": ["腹部平片", "KUB平片"]},
    "ob": {"thr": ["ULTRASOUND KHAN", "U/S THAROK NAI KHAN"], "en": ["US OBSTETRIC", "US OB DATING", "US FETAL ANATOMY SCAN", "US GROWTH SCAN"], "au": ["US OBSTETRIC 2ND TRIM", "US OB DATING"],
           "tl": ["OB UTZ", "BPS (BIOPHYSICAL PROFILE)", "TVS (EARLY PREGNANCY)", "CONGENITAL ANOMALY SCAN"],
           "th": ["อัลตราซาวด์ครรภ์", "U/S ครรภ์", "อัลตราซาวด์ทารกในครรภ์"],
           "vi": ["Siêu âm thai", "Siêu âm hình thái thai nhi", "Siêu âm thai 3 tháng đầu", "Siêu âm thai 4D", "Siêu âm Doppler thai"],
           "id": ["USG Kehamilan", "USG Obstetri", "USG 4D Kehamilan", "USG Fetomaternal"], "ms": ["Ultrabunyi Kehamilan", "US Obstetrik"],
           "zh": ["产科超声", "胎儿系统超声"]},
    "pet": {"thr": ["PET/CT THANG TUA"], "en": ["PET/CT FDG WHOLE BODY", "FDG PET-CT SKULL BASE TO MID THIGH", "PSMA PET/CT"], "th": ["PET/CT ทั้งตัว", "PET-CT FDG ทั้งตัว"],
            "vi": ["Chụp PET/CT toàn thân"], "id": ["PET Scan Whole Body"], "ms": ["PET/CT Seluruh Badan"], "zh": ["PET/CT 全身显像"]},
    "cttap": {"thr": ["CT POT LAE CHONG THONG"], "en": ["CT THORAX ABDOMEN PELVIS", "CT CAP WITH CONTRAST (STAGING)"], "au": ["CT CAP"], "th": ["CT Chest + Whole abdomen", "CT ทรวงอกและช่องท้องทั้งหมด ฉีดสี"],
              "vi": ["Chụp CT ngực bụng chậu có tiêm thuốc"], "id": ["MSCT Thorax + Abdomen Lengkap"], "ms": ["CT TAP"], "zh": ["胸腹盆腔CT增强"],
              "tl": ["CT SCAN CHEST + WHOLE ABDOMEN"]},
    "mrnpc": {"en": ["MRI NASOPHARYNX AND NECK"], "zh": ["鼻咽+颈部MR增强"], "vi": ["Chụp MRI vòm họng và cổ"], "th": ["MRI Nasopharynx", "MRI โพรงหลังจมูกและคอ"],
              "id": ["MRI Nasofaring"], "ms": ["MRI Nasofarinks dan Leher"]},
    "ctaaorta": {"en": ["CTA AORTA", "CT AORTOGRAM"], "au": ["CTA AORTA (DISSECTION PROTOCOL)"], "th": ["CTA Aorta ทั้งเส้น", "CTA หลอดเลือดแดงใหญ่"],
                 "vi": ["Chụp CT động mạch chủ ngực bụng"], "id": ["CT Angiografi Aorta"], "ms": ["CT Angiogram Aorta"], "zh": ["主动脉CTA"]},
    "runoff": {"en": ["CTA LOWER LIMBS RUNOFF", "CT ANGIOGRAM BOTH LOWER LIMBS"], "au": ["CTA RUNOFF BILAT LL"],
               "th": ["CTA lower extremities ทั้งสองข้าง"], "vi": ["Chụp CT mạch máu chi dưới hai bên"],
               "id": ["CT Angiografi Ekstremitas Bawah Bilateral"], "ms": ["CT Angiogram Kedua-dua Kaki"], "zh": ["双下肢动脉CTA"]},
    "carotid": {"en": ["US CAROTID DOPPLER", "CAROTID DUPLEX"], "au": ["US CAROTIDS"], "th": ["อัลตราซาวด์หลอดเลือดแดงคอ", "Carotid Doppler"],
                "vi": ["Siêu âm Doppler động mạch cảnh"], "id": ["USG Doppler Karotis"], "ms": ["Doppler Karotid"], "tl": ["CAROTID DUPLEX SCAN"],
                "zh": ["颈动脉超声"]},
    "dvt": {"en": ["US DOPPLER LOWER LIMB VENOUS {s}", "DVT SCAN {s} LEG"], "au": ["US DVT {s} LEG", "US {s} LL VENOUS"],
            "th": "อัลตราซาวด์หลอดเลือดดำขา{s}", "vi": "Siêu âm Doppler tĩnh mạch chi dưới {s}", "id": "USG Doppler Vena Tungkai {s}",
            "ms": "Doppler Vena Kaki {s}", "tl": "VENOUS DUPLEX {s} LOWER EXTREMITY", "zh": "{s}下肢静脉超声"},
    "avf": {"en": ["US AV FISTULA {s} ARM", "FISTULA DUPLEX {s} UPPER LIMB"], "vi": "Siêu âm Doppler cầu nối động tĩnh mạch tay {s}",
            "id": "USG Doppler AV Shunt Lengan {s}", "ms": "Doppler Fistula AV Lengan {s}", "th": "อัลตราซาวด์ AVF แขน{s}",
            "tl": "AV FISTULA DUPLEX {s}", "zh": "{s}上肢动静脉瘘超声"},
    "tace": {"en": ["TACE", "HEPATIC ANGIOGRAM + CHEMOEMBOLISATION"], "th": ["TACE ตับ"], "vi": ["Nút mạch hóa chất điều trị ung thư gan (TACE)"],
             "id": ["TACE Hepar"], "ms": ["TACE"], "zh": ["肝动脉化疗栓塞术"]},
    "dsa": {"en": ["CEREBRAL ANGIOGRAM (DSA)"], "th": ["DSA สมอง"], "vi": ["Chụp DSA mạch máu não"], "zh": ["全脑血管造影"], "ms": ["Angiogram Serebral"]},
    "mrbrain": {"thr": ["MRI SAMONG"], "en": ["MRI BRAIN WITH CONTRAST", "MRI BRAIN (STROKE PROTOCOL)", "MRI BRAIN PLAIN"], "au": ["MRI BRAIN"],
                "th": ["MRI สมอง", "MRI Brain ฉีดสี"], "vi": ["Chụp MRI sọ não có tiêm thuốc", "Chụp cộng hưởng từ sọ não"],
                "id": ["MRI Kepala dengan kontras", "MRI Brain"], "ms": ["MRI Otak", "Imbasan MRI Otak"],
                "tl": ["MRI BRAIN PLAIN", "CRANIAL MRI W/ CONTRAST"], "zh": ["头颅MR平扫+增强", "颅脑MRI"]},
    "mra": {"en": ["MRA CIRCLE OF WILLIS", "MRI BRAIN + MRA"], "vi": ["Chụp MRI mạch máu não (TOF)"], "zh": ["头颅MRA"], "th": ["MRA หลอดเลือดสมอง"],
            "id": ["MRA Kepala"]},
    "stroke": {"en": ["CT STROKE PROTOCOL (NCCT + CTA)", "CTA HEAD AND NECK"], "au": ["CT STROKE (NCCT+CTA+CTP)", "CTA ARCH TO VERTEX"],
               "th": ["CT Stroke fast track", "CTA Brain and Neck"], "vi": ["Chụp CT mạch máu não và cổ"], "id": ["CT Angiografi Kepala Leher"],
               "ms": ["CT Angiogram Otak dan Leher"], "zh": ["头颈CTA"]},
    "ctsinus": {"en": ["CT PARANASAL SINUSES", "CT SINUS"], "au": ["CT SINUSES"], "th": ["CT Sinus", "CT ไซนัส"], "vi": ["Chụp CT xoang"],
                "id": ["CT Scan Sinus Paranasal"], "ms": ["CT Sinus Paranasal"], "tl": ["CT SCAN PNS"], "zh": ["鼻窦CT"]},
    "ctneck": {"en": ["CT NECK WITH CONTRAST", "CT SOFT TISSUE NECK"], "au": ["CT NECK C+"], "th": ["CT คอ ฉีดสี"],
               "vi": ["Chụp CT vùng cổ có tiêm thuốc"], "id": ["MSCT Leher dengan kontras"], "ms": ["CT Leher"], "zh": ["颈部CT增强"]},
    "thyroid": {"thr": ["ULTRASOUND TOM THAIROI"], "en": ["US THYROID", "US NECK (THYROID)"], "tl": ["THYROID UTZ"], "th": ["อัลตราซาวด์ต่อมไทรอยด์"], "vi": ["Siêu âm tuyến giáp"],
                "id": ["USG Tiroid"], "ms": ["Ultrabunyi Tiroid"], "zh": ["甲状腺超声"], "au": ["US THYROID"]},
    "xrsinus": {"vi": ["Chụp X quang Blondeau", "Chụp Blondeau + Hirtz", "Chụp Schuller"], "en": ["XR SINUSES (WATERS)"],
                "id": ["Foto Waters", "Foto SPN Waters"], "ms": ["X-Ray Sinus Paranasal"], "th": ["เอกซเรย์ไซนัส"]},
    "iac": {"en": ["MRI IAMs", "MRI INTERNAL AUDITORY CANALS"], "zh": ["内听道MR"], "vi": ["Chụp MRI ống tai trong"]},
    "pcxr": {"en": ["XR CHEST (NICU)", "CHEST AP SUPINE (PAEDS)"], "au": ["XR CHEST PAED"], "th": ["เอกซเรย์ทรวงอก เด็ก"],
             "vi": ["Chụp X quang ngực trẻ em", "XQ phổi sơ sinh"], "id": ["Foto Thorax Bayi"], "ms": ["X-Ray Dada Bayi"], "zh": ["新生儿胸片"]},
    "babygram": {"en": ["BABYGRAM", "XR CHEST AND ABDOMEN (NICU)"], "vi": ["Chụp X quang ngực bụng sơ sinh"], "th": ["Babygram"],
                 "ms": ["X-Ray Dada dan Abdomen Bayi"], "au": ["XR BABYGRAM"]},
    "ddh": {"en": ["US HIPS (DDH)", "US BOTH HIPS INFANT"], "au": ["US HIPS DDH BILAT"], "vi": ["Siêu âm khớp háng hai bên trẻ sơ sinh"],
            "th": ["อัลตราซาวด์สะโพกทั้งสองข้าง ทารก"], "ms": ["Ultrabunyi Pinggul Bayi Kedua-dua"], "zh": ["婴儿双侧髋关节超声"]},
    "cranus": {"en": ["US CRANIAL (NEONATAL)", "US HEAD NEONATE"], "vi": ["Siêu âm qua thóp"], "th": ["อัลตราซาวด์สมองทารก"],
               "id": ["USG Kepala Bayi (Transfontanel)"], "ms": ["Ultrabunyi Kranial"], "zh": ["新生儿颅脑超声"]},
    "boneage": {"en": ["XR BONE AGE (LEFT HAND)", "BONE AGE LEFT HAND PA"], "au": ["XR BONE AGE L HAND"], "vi": ["Chụp X quang tuổi xương bàn tay trái"],
                "th": ["เอกซเรย์อายุกระดูก มือซ้าย"], "id": ["Foto Bone Age Manus Sinistra"], "ms": ["X-Ray Umur Tulang Tangan Kiri"], "zh": ["骨龄 左手正位"]},
    "intus": {"en": ["US ABDOMEN (?INTUSSUSCEPTION)", "US PYLORUS"], "vi": ["Siêu âm bụng trẻ em (lồng ruột)"], "th": ["อัลตราซาวด์ช่องท้อง เด็ก"],
              "ms": ["Ultrabunyi Abdomen Pediatrik"], "id": ["USG Abdomen Anak"], "au": ["US ABDO PAED ?INTUSSUSCEPTION"]},
    "mcu": {"en": ["MCU", "MICTURATING CYSTOURETHROGRAM"], "vi": ["Chụp bàng quang niệu đạo ngược dòng"], "ms": ["MCU"], "th": ["VCUG"]},
    "bonescan": {"thr": ["BONE SCAN THANG TUA"], "en": ["NM WHOLE BODY BONE SCAN", "Tc-99m MDP BONE SCAN"], "th": ["Bone scan ทั้งตัว"], "vi": ["Xạ hình xương toàn thân"],
                 "id": ["Bone Scan Whole Body"], "ms": ["Imbasan Tulang Seluruh Badan"], "zh": ["全身骨显像"]},
    "thyscan": {"en": ["NM THYROID SCAN Tc99m"], "vi": ["Xạ hình tuyến giáp"], "th": ["Thyroid scan", "สแกนต่อมไทรอยด์"], "ms": ["Imbasan Tiroid"], "zh": ["甲状腺显像"]},
    "i131": {"en": ["I-131 WHOLE BODY SCAN (POST ABLATION)"], "vi": ["Xạ hình toàn thân I-131"], "th": ["I-131 Whole body scan"],
             "ms": ["Imbasan I-131 Seluruh Badan"], "zh": ["碘131全身显像"]},
    "renal": {"en": ["NM DMSA RENAL SCAN", "DTPA RENOGRAM"], "vi": ["Xạ hình thận DMSA"], "th": ["DTPA renal scan"], "ms": ["Imbasan Renal DMSA"],
              "zh": ["肾动态显像"]},
    "mpi": {"en": ["NM MYOCARDIAL PERFUSION (MIBI)", "STRESS/REST MPI"], "th": ["MIBI หัวใจ"], "vi": ["Xạ hình tưới máu cơ tim"],
            "ms": ["Imbasan Perfusi Miokardium"], "zh": ["心肌灌注显像"]},
    "hida": {"en": ["NM HEPATOBILIARY SCAN (HIDA)"], "zh": ["肝胆动态显像"], "ms": ["Imbasan HIDA"]},
    "opg": {"en": ["OPG", "DENTAL PANORAMIC"], "au": ["OPG"], "th": ["เอกซเรย์ฟันพาโนรามิก", "OPG"], "vi": ["Chụp X quang răng toàn cảnh (Panorama)"],
            "id": ["Foto Panoramik Gigi"], "ms": ["X-Ray OPG"], "tl": ["PANORAMIC DENTAL X-RAY"], "zh": ["全景牙片"]},
    "cbct": {"en": ["CBCT MANDIBLE", "CBCT IMPLANT PLANNING"], "th": ["CBCT ฟัน"], "vi": ["Chụp CT Cone Beam răng"], "id": ["CBCT Gigi"],
             "zh": ["口腔CBCT"], "au": ["CBCT MAXILLA"]},
    "pa_dent": {"en": ["DENTAL PERIAPICAL", "BITEWINGS"], "vi": ["Chụp phim cận chóp"], "id": ["Rontgen Gigi Periapikal"], "ms": ["X-Ray Gigi"],
                "tl": ["PERIAPICAL X-RAY"], "th": ["เอกซเรย์ฟัน periapical"]},
    "ceph": {"en": ["LATERAL CEPHALOGRAM"], "vi": ["Chụp phim sọ nghiêng (Cephalometric)"], "id": ["Foto Sefalometri"], "th": ["Lateral ceph"],
             "zh": ["头颅侧位定位片"]},
    "fast": {"en": ["US FAST", "EFAST (TRAUMA)"], "au": ["US FAST"], "th": ["FAST"], "vi": ["Siêu âm FAST chấn thương bụng"],
             "ms": ["US FAST Trauma"], "id": ["USG FAST"]},
    "pelvxr": {"en": ["XR PELVIS AP (TRAUMA)"], "au": ["XR PELVIS"], "th": ["เอกซเรย์เชิงกราน"], "vi": ["Chụp X quang khung chậu thẳng"],
               "id": ["Foto Pelvis AP"], "ms": ["X-Ray Pelvis"], "zh": ["骨盆正位"]},
}


def title(cx, key, side=None):
    t = say(cx, T[key])
    sw = None
    if "{s}" in t:
        sw = side_word(cx, side)
        t = t.replace("{s}", sw)
    return case(cx, t), sw


def ctx_v(cx, key, default):
    return cx.v.get(key) or default


def ct_simple(cx, key, labels, word, kinds, bp, alt, why, protocol, contrast=False):
    sd, _ = title(cx, key)
    recons = [(word, k, t, labels, why) for k, t in kinds]
    return sd, ct_series(cx, recons, labels, why, bp, alt, protocol, contrast)


def trauma(cx):
    k = cx.c(["ctbrain", "ctbrain", "ctbraincs", "ctbraincs", "pan", "pan", "face", "xr", "xr", "xr", "fast", "pelvxr", "cxr"])
    if k == "ctbrain":
        return ct_simple(cx, "ctbrain", ["HEAD"], "Head", [("brain", "5"), ("bone", "0.625"), ("brain", "2.5")], "HEAD", ["BRAIN", "SKULL"],
                         "non-contrast head CT", cx.c(["Head Trauma", "BRAIN_ROUTINE", "5.1 Head Routine"]))
    if k == "ctbraincs":
        sd, _ = title(cx, "ctbraincs")
        why_h, why_c = "head CT of a head and C-spine trauma order", "cervical spine CT recon of a head and C-spine order"
        recons = [("Head", "brain", "5", ["HEAD"], why_h), ("Head", "bone", "1", ["HEAD"], why_h),
                  ("C-Spine", "bone", "1", ["CSPINE"], why_c), ("C-Spine SAG", "bone", "2", ["CSPINE"], why_c)]
        ser = ct_series(cx, recons, ["HEAD", "CSPINE"], "one scout for head and C-spine: both", cx.c(["HEAD", "CSPINE"]), ["NECK", "BRAIN"],
                        cx.c(["Trauma Head+C-Spine", "HEAD_CSPINE"]))
        return sd, ser
    if k == "pan":
        sd, _ = title(cx, "pan")
        recons = [("Head", "brain", "5", ["HEAD"], "head recon of a trauma pan-scan"),
                  ("C-Spine", "bone", "1", ["CSPINE"], "C-spine recon of a trauma pan-scan"),
                  ("Body", "soft", "3", CAP, "chest, abdomen and pelvis portal venous recon of a pan-scan"),
                  ("Lung", "lung", "1", ["CHEST"], "lung window recon of the chest"),
                  ("T-L Spine", "bone", "2", ["TSPINE", "LSPINE"], "thoracolumbar spine reformat of a pan-scan")]
        ser = ct_series(cx, recons, WB, "whole-body trauma scout, head to pelvis", cx.c(["WHOLEBODY", "CHEST", "HEAD"]), ["ABDOMEN", "TRAUMA"],
                        cx.c(["Polytrauma", "TRAUMA_WB", "Trauma Pan Scan"]), contrast=True)
        return sd, ser
    if k == "face":
        return ct_simple(cx, "face", ["HEAD"], "Facial", [("bone", "0.6"), ("soft", "2")], "HEAD", ["SKULL", "NECK"],
                         "facial bones CT", "Face^Trauma")
    if k == "fast":
        sd, _ = title(cx, "fast")
        ser = []
        for d in ["RUQ", "LUQ", "PELVIS", "SUBXIPHOID"][:cx.c([2, 3, 4])]:
            m = us_meta(cx, d)
            bpe(cx, m, "ABDOMEN", None, p_missing=0.42)
            ser.append(S(m, CAP, None, "FAST scan series: pericardial, upper quadrant and pelvic windows (chest, abdomen, pelvis)"))
        return sd, ser
    if k == "pelvxr":
        sd, _ = title(cx, "pelvxr")
        m = xr_meta(cx, cx.c(["PELVIS AP", "Pelvis", "AP PELVIS"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS"], None, "trauma AP pelvis film")]
    if k == "cxr":
        sd, _ = title(cx, "cxr")
        m = xr_meta(cx, cx.c(["CHEST AP SUPINE", "Chest AP", "TRAUMA CHEST"]), "AP")
        bpe(cx, m, "CHEST", None)
        return sd, [S(m, ["CHEST"], None, "trauma chest film")]
    return msk_xr(cx, trauma=True)


def neuro(cx):
    k = cx.c(["ctbrain", "ctbrain", "mrbrain", "mrbrain", "mrbrain", "stroke", "mra"])
    if k == "ctbrain":
        return ct_simple(cx, "ctbrain", ["HEAD"], "Head", [("brain", "5"), ("bone", "1")], "HEAD", ["BRAIN", "SKULL"], "head CT",
                         cx.c(["Routine Head", "HEAD_ROUTINE", "Brain"]))
    if k == "stroke":
        sd, _ = title(cx, "stroke")
        recons = [("Head", "brain", "5", ["HEAD"], "non-contrast head CT of a stroke study"),
                  ("CTA", "angio", "0.6", ["HEAD", "NECK"], "CT angiogram arch to vertex: head and neck"),
                  ("CTA MIP COR", "angio", "10", ["HEAD", "NECK"], "CTA maximum intensity projection: head and neck")]
        if cx.p(0.4):
            recons.append(("CTP", "brain", "5", ["HEAD"], "CT perfusion maps of the brain"))
        ser = ct_series(cx, recons, ["HEAD", "NECK"], "scout of a stroke study covering head and neck", "HEAD", ["NECK", "BRAIN"],
                        cx.c(["Stroke", "NeuroVPCT", "CTA_HEAD_NECK"]), contrast=True)
        return sd, ser
    if k == "mra":
        sd, _ = title(cx, "mra")
        seqs = [("loc", "tra"), ("tof", "tra"), ("t2", "tra"), ("dwi", "tra")]
        ser = mr_series(cx, seqs, ["HEAD"], None, "brain MR angiography (circle of Willis)", "HEAD", ["BRAIN"], "MRA_COW")
        return sd, ser
    sd, _ = title(cx, "mrbrain")
    seqs = cx.rng.sample([("t2", "tra"), ("flair", "tra"), ("dwi", "tra"), ("adc", "tra"), ("t13d", "sag"), ("swi", "tra"), ("t1c", "tra"),
                          ("t1", "sag")], cx.c([4, 5, 6]))
    v = cx.v.get("MR")
    if isinstance(v, str) and v == "Siemens" and cx.p(0.3):
        seqs = [("loc", "tra")] + seqs
    ser = mr_series(cx, [("loc", "sag")] + seqs, ["HEAD"], None, "brain MR", "HEAD", ["BRAIN", "SKULL"], cx.c(["BRAIN ROUTINE", "brain", "Neuro^Brain"]))
    return sd, ser


def headneck(cx):
    k = cx.c(["ctsinus", "ctneck", "thyroid", "thyroid", "mrnpc", "mrnpc", "xrsinus", "iac"])
    if k == "ctsinus":
        return ct_simple(cx, "ctsinus", ["HEAD"], "Sinus", [("bone", "1"), ("bone", "2")], "HEAD", ["SINUS", "SKULL"],
                         "paranasal sinus CT", "Sinus^Routine")
    if k == "ctneck":
        return ct_simple(cx, "ctneck", ["NECK"], "Neck", [("soft", "2"), ("soft", "3")], "NECK", ["HEAD", "CHEST"],
                         "soft tissue neck CT", "Neck^Contrast", contrast=True)
    if k == "thyroid":
        sd, _ = title(cx, "thyroid")
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Thyroid", "THYROID", "Small Parts"]))
            bpe(cx, m, "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, ["NECK"], None, "thyroid ultrasound: neck"))
        return sd, ser
    if k == "mrnpc":
        sd, _ = title(cx, "mrnpc")
        seqs = [("loc", "sag"), ("t2fs", "tra"), ("t1", "tra"), ("t2", "cor"), ("t1c", "tra"), ("t1c", "cor")]
        return sd, mr_series(cx, seqs, ["HEAD", "NECK"], None, "nasopharynx and neck MR: skull base to clavicles", "NECK", ["HEAD"],
                             cx.c(["NPC", "Nasopharynx+Neck", "HN^NPC"]))
    if k == "iac":
        sd, _ = title(cx, "iac")
        seqs = [("loc", "tra"), ("t2", "tra"), ("t1c", "tra"), ("t1c", "cor")]
        return sd, mr_series(cx, seqs, ["HEAD"], None, "internal auditory canal MR", "HEAD", ["BRAIN", "EAR"], "IAC")
    sd, _ = title(cx, "xrsinus")
    m = xr_meta(cx, cx.c(["WATERS", "SINUS OM", "SKULL PA"]), "PA")
    bpe(cx, m, "SKULL", ["HEAD", "SINUS"])
    return sd, [S(m, ["HEAD"], None, "plain films of the sinuses or skull: head")]


def chest(cx):
    k = cx.c(["cxr"] * 5 + ["ctchest", "ctchest", "ctpa"])
    if k == "cxr":
        sd, _ = title(cx, "cxr")
        ser = []
        for vd, vp in [("PA", "PA"), ("LAT", "LAT")][:cx.c([1, 1, 2])]:
            m = xr_meta(cx, cx.c([f"CHEST {vd}", f"Chest {vd.lower()}", vd, f"THORAX {vd}"]), vp)
            if cx.p(0.3):
                m["AcquisitionDeviceProcessingDescription"] = cx.c(["CHEST", "THORAX PA", "Chest"])
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_alt=0.2)
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    if k == "ctchest":
        return ct_simple(cx, "ctchest", ["CHEST"], "Thorax", [("soft", "3"), ("lung", "1"), ("lung", "5")], "CHEST", ["LUNG", "THORAX"],
                         "chest CT", cx.c(["Thorax Routine", "CHEST", "HRCT"]))
    return ct_simple(cx, "ctpa", ["CHEST"], "CTPA", [("angio", "1"), ("lung", "1")], "CHEST", ["LUNG"], "CT pulmonary angiogram",
                     "CTPA", contrast=True)


def cardio(cx):
    k = cx.c(["echo", "echo", "ccta", "ccta", "cmr"])
    if k == "echo":
        sd, _ = title(cx, "echo")
        ser = []
        for d in cx.rng.sample(["PLAX", "PSAX", "A4C", "A2C", "Doppler"], cx.c([1, 2])):
            m = us_meta(cx, d)
            m["ManufacturerModelName"] = cx.c(["EPIQ CVx", "Vivid E95", "Vivid S70", "Affiniti 50"])
            m["Manufacturer"] = "GE Vingmed Ultrasound" if m["ManufacturerModelName"].startswith("Vivid") else "Philips Medical Systems"
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.6)
            ser.append(S(m, ["CHEST"], None, "transthoracic echocardiogram: heart, chest"))
        return sd, ser
    if k == "ccta":
        sd, _ = title(cx, "ccta")
        recons = [("Cardiac", "angio", "0.6", ["CHEST"], "coronary CT angiogram"), ("CaScore", "soft", "3", ["CHEST"], "calcium score series"),
                  ("Cardiac 75%", "angio", "0.6", ["CHEST"], "best-phase coronary recon")]
        return sd, ct_series(cx, recons, ["CHEST"], "coronary CT", "HEART", ["CHEST", "CARDIAC"], cx.c(["Coronary CTA", "CardioCTA"]), True)
    sd, _ = title(cx, "cmr")
    v = cx.v.get("MR", "Siemens")
    names = {"Siemens": ["localizer", "trufi_loc_multi", "cine_tf2d_4ch", "cine_tf2d_sax", "tfl_psir_sax_LGE", "T1 MOLLI MOCO"],
             "GE": ["3-Plane Loc", "FIESTA CINE 4CH", "FIESTA CINE SAX", "MDE PSIR SAX", "T1 MAP"],
             "Philips": ["Survey", "BTFE_CINE_4CH", "BTFE_CINE_SA", "LGE_PSIR_SA", "T1_MOLLI"],
             "Toshiba": ["Locator", "CINE 4CH", "CINE SAX", "LGE SAX"], "UIH": ["localizer", "cine_4ch", "cine_sax", "psir_lge_sax"]}[v]
    make, models = MR_MAKE[v]
    model = cx.c(models)
    ser = []
    for d in names:
        m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d, "ScanningSequence": "GR"}
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
        ser.append(S(m, ["CHEST"], None, "cardiac MR: heart, chest"))
    return sd, ser


def abdo(cx):
    k = cx.c(["uswa", "uswa", "uswa", "usua", "usua", "uskub", "uspel", "uspel", "ctap", "ctap", "ctliver", "ctkub", "mrcp", "mrprost", "axr", "axr",
              "ugi", "enema"])
    if k in ("ugi", "enema"):
        sd, _ = title(cx, k)
        lab = ["CHEST", "ABDOMEN"] if k == "ugi" else AP_
        why = ("upper GI contrast study, oesophagus to duodenum: chest and abdomen" if k == "ugi"
               else "contrast enema, rectum to caecum: abdomen and pelvis")
        make, model = cx.c([("SHIMADZU Corporation", "SONIALVISION G4"), ("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90")])
        ser = []
        for d in (["Oesophagus", "Stomach", "Duodenum", "Spot"] if k == "ugi" else ["Rectum", "Sigmoid", "Colon", "Spot", "Post evac"]):
            m = {"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
            bpe(cx, m, "ABDOMEN", ["STOMACH", "COLON"], p_missing=0.4)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k in ("uswa", "usua", "uskub", "uspel"):
        sd, _ = title(cx, k)
        lab = {"uswa": AP_, "usua": ["ABDOMEN"], "uskub": AP_, "uspel": ["PELVIS"]}[k]
        why = {"uswa": "whole abdomen ultrasound: liver to bladder/pelvic organs", "usua": "upper abdominal ultrasound: liver and biliary",
               "uskub": "kidneys, ureters and bladder ultrasound", "uspel": "pelvic ultrasound: uterus and ovaries"}[k]
        bp = {"uswa": "ABDOMEN", "usua": "ABDOMEN", "uskub": "KIDNEY", "uspel": "PELVIS"}[k]
        alt = {"uswa": ["ABDOMEN", "PELVIS"], "usua": ["LIVER"], "uskub": ["ABDOMEN", "BLADDER"], "uspel": ["ABDOMEN", "UTERUS"]}[k]
        ser = []
        for _ in range(cx.c([1, 2, 2])):
            d = {"uswa": ["Abdomen", "ABD", "Abdominal", None], "usua": ["Liver", "ABD", "GB", None], "uskub": ["Renal", "Kidney", "Bladder", None],
                 "uspel": ["Gyn", "TV", "Pelvis", "GYN TV", None]}[k]
            m = us_meta(cx, cx.c(d))
            bpe(cx, m, bp, alt, p_missing=0.4, p_alt=0.2)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k == "ctap":
        recons = [("Abdomen", "soft", "3", AP_, "abdomen and pelvis CT"), ("Abdomen COR", "soft", "3", AP_, "coronal reformat of abdomen and pelvis"),
                  ("Abdomen", "soft", "1", AP_, "thin recon of abdomen and pelvis")]
        sd, _ = title(cx, "ctap")
        return sd, ct_series(cx, recons, AP_, "abdomen and pelvis CT", "ABDOMEN", ["PELVIS", "ABDOMENPELVIS"], cx.c(["Abdomen PV", "ABD_PEL_CONTRAST"]), True)
    if k == "ctliver":
        sd, _ = title(cx, "ctliver")
        recons = [(w, "soft", "3", ["ABDOMEN"], f"{w.lower()} phase of a liver CT") for w in ["Arterial", "Portal", "Delay"]]
        ser = ct_series(cx, recons, ["ABDOMEN"], "triphasic liver CT", "ABDOMEN", ["LIVER"], cx.c(["Liver 3 Phase", "LIVER_TRIPHASIC"]), True)
        return sd, ser
    if k == "ctkub":
        return ct_simple(cx, "ctkub", AP_, "KUB", [("soft", "3"), ("soft", "1"), ("bone", "2")], "ABDOMEN", ["KIDNEY", "PELVIS"],
                         "stone CT of kidneys to bladder: abdomen and pelvis", cx.c(["KUB Low Dose", "Urolithiasis"]))
    if k == "mrcp":
        sd, _ = title(cx, "mrcp")
        seqs = [("loc", "cor"), ("t2", "tra"), ("t2fs", "cor"), ("dwi", "tra"), ("dyn", "tra")]
        ser = mr_series(cx, seqs, ["ABDOMEN"], None, "MRCP / upper abdominal MR", "ABDOMEN", ["LIVER", "PANCREAS"], "MRCP")
        m = dict(ser[1]["meta"], SeriesDescription=cx.c(["MRCP 3D MIP", "3D MRCP", "MRCP_RT"]), ScanningSequence="SE")
        ser.append(S(m, ["ABDOMEN"], None, "MRCP 3D of the biliary tree"))
        return sd, ser
    if k == "mrprost":
        sd, _ = title(cx, "mrprost")
        seqs = [("loc", "tra"), ("t2", "tra"), ("t2", "sag"), ("t2", "cor"), ("dwi", "tra"), ("adc", "tra"), ("dyn", "tra")]
        return sd, mr_series(cx, seqs, ["PELVIS"], None, "prostate MR: pelvis", "PELVIS", ["PROSTATE", "ABDOMEN"], "Prostate mpMRI")
    sd, _ = title(cx, "axr")
    ser = []
    for d, vp in [("ABDOMEN SUPINE", "AP"), ("ABDOMEN ERECT", "AP"), ("LLD", "AP")][:cx.c([1, 2, 3])]:
        m = xr_meta(cx, cx.c([d, "KUB", "Abdomen"]), vp)
        bpe(cx, m, "ABDOMEN", ["KUB", "PELVIS"])
        ser.append(S(m, AP_, None, "plain abdominal film, diaphragm to symphysis: abdomen and pelvis"))
    return sd, ser


def obs(cx):
    sd, _ = title(cx, "ob")
    ser = []
    for _ in range(cx.c([1, 2, 2, 3])):
        m = us_meta(cx, cx.c([None, "OB", "Early OB", "2nd/3rd Trim", "NT", "Fetal Biometry", "AFI", "OB Doppler", "3D/4D"]), prefer="ob")
        bpe(cx, m, cx.c(["PELVIS", "ABDOMEN", "UTERUS"]), None, p_missing=0.4)
        ser.append(S(m, ["PELVIS"], None, "obstetric ultrasound: gravid uterus, pelvis"))
    return sd, ser


def onc(cx):
    k = cx.c(["pet", "pet", "pet", "cttap", "cttap"])
    if k == "cttap":
        sd, _ = title(cx, "cttap")
        recons = [("Thorax-Abd", "soft", "3", CAP, "staging CT chest, abdomen and pelvis"), ("Lung", "lung", "1", ["CHEST"], "lung recon of the chest only"),
                  ("Body COR", "soft", "3", CAP, "coronal reformat chest to pelvis")]
        return sd, ct_series(cx, recons, CAP, "staging CT chest, abdomen and pelvis", cx.c(["CHEST", "ABDOMEN"]), ["CHEST", "WHOLEBODY"],
                             cx.c(["TAP Staging", "CAP_PV"]), True)
    sd, _ = title(cx, "pet")
    v = cx.v.get("PET", "Siemens")
    make, models = PET_MAKE[v]
    model = cx.c(models)
    names = {"Siemens": [("Topogram  0.6  Tr20", "CT"), ("CT WB  3.0  Br38  3", "CT"), ("PET WB AC", "PT"), ("PET WB NAC", "PT"), ("PET MIP", "PT")],
             "GE": [("Scout", "CT"), ("CTAC 3.75", "CT"), ("WB 3D MAC", "PT"), ("PET WB NAC", "PT"), ("MIP", "PT")],
             "UIH": [("Topo", "CT"), ("CTAC_5mm", "CT"), ("PET_AC_WB", "PT"), ("PET_NAC", "PT"), ("MIP_AC", "PT")]}[v]
    ser = []
    for d, mod in names:
        m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        if mod == "CT" and d in ("Topogram  0.6  Tr20", "Scout", "Topo"):
            m["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER"
        bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "ABDOMEN", "HEAD"], p_missing=0.3, p_alt=0.3)
        ser.append(S(m, WB, None, "whole-body PET/CT series: head to thighs, the five axial regions"))
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": cx.c(["Lung 1.25", "CT Lung  1.0  Bl57", "LUNG_1mm"])}
    bpe(cx, m, "CHEST", ["WHOLEBODY"])
    ser.append(S(m, ["CHEST"], None, "dedicated lung recon of a PET/CT: chest only"))
    ser.append(S({"Modality": "CT", "Manufacturer": make, "SeriesDescription": CT_DOSE.get(v, "Dose Report"), "SOPClassUID": SC,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page of a PET/CT: no anatomy", img=False))
    return sd, ser


def vasc(cx):
    k = cx.c(["ctaaorta", "runoff", "carotid", "carotid", "dvt", "dvt", "avf", "tace", "dsa"] if "XA" in cx.v
             else ["ctaaorta", "runoff", "carotid", "dvt", "dvt"])
    if k == "ctaaorta":
        sd, _ = title(cx, "ctaaorta")
        recons = [("CTA Aorta", "angio", "1", CAP, "aorta CTA, chest to groin"), ("Aorta MIP", "angio", "10", CAP, "aorta MIP"),
                  ("Aorta VR", "angio", "1", CAP, "aorta volume rendering")]
        return sd, ct_series(cx, recons, CAP, "aorta CTA chest to groin", cx.c(["CHEST", "ABDOMEN", "AORTA"]), ["WHOLEBODY"],
                             cx.c(["Aorta Dissection", "CTA_AORTA"]), True)
    if k == "runoff":
        sd, _ = title(cx, "runoff")
        recons = [("Runoff", "angio", "1", RUNOFF, "lower-limb run-off CTA, renal arteries to feet"),
                  ("Runoff MIP COR", "angio", "10", RUNOFF, "run-off MIP of both legs")]
        ser = ct_series(cx, recons, RUNOFF, "run-off scout abdomen to feet", cx.c(["LEG", "EXTREMITY", "ABDOMEN"]), ["LOWER LIMB"],
                        cx.c(["Runoff", "CTA_LE_RUNOFF"]), True)
        for s in ser:
            if s["labels"]:
                s["laterality"] = "B"
        return sd, ser
    if k == "carotid":
        sd, _ = title(cx, "carotid")
        ser = []
        for d in cx.rng.sample(["RT CCA", "LT CCA", "Carotid", "ICA", None], cx.c([1, 2])):
            m = us_meta(cx, d)
            bpe(cx, m, "NECK", ["CAROTID", "HEAD"], p_missing=0.42)
            ser.append(S(m, ["NECK"], None, "carotid duplex: neck"))
        return sd, ser
    if k in ("dvt", "avf"):
        side = cx.c("LR")
        sd, sw = title(cx, k, side)
        lab = ["THIGH", "KNEE", "LEG"] if k == "dvt" else ["ARM", "ELBOW", "FOREARM"]
        why = ("venous duplex of one leg, groin to calf" if k == "dvt" else "AV fistula duplex of one arm") + f", side from the order ({sw})"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Venous", "LE Venous", "Vascular"] if k == "dvt" else [None, "AVF", "Vascular", "UE Arterial"]))
            bpe(cx, m, cx.c(["LEG", "EXTREMITY"]) if k == "dvt" else "ARM", ["LOWER LIMB"] if k == "dvt" else ["UPPER LIMB"], p_missing=0.42)
            ser.append(S(m, lab, side, why))
        return sd, ser
    sd, _ = title(cx, k)
    v = cx.v.get("XA", "Siemens")
    make, models = XA_MAKE[v]
    lab = ["ABDOMEN"] if k == "tace" else ["HEAD"]
    names = ["CELIAC DSA", "SMA DSA", "HEPATIC DSA", "Post Embo", "XperCT"] if k == "tace" else ["LICA AP", "RICA LAT", "LVA AP", "3D RA"]
    ser = []
    for d in cx.rng.sample(names, 3):
        m = {"Modality": "XA", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
        bpe(cx, m, "ABDOMEN" if k == "tace" else "HEAD", ["LIVER"] if k == "tace" else ["BRAIN"], p_missing=0.42)
        ser.append(S(m, lab, None, "hepatic chemoembolisation run: abdomen" if k == "tace" else "cerebral angiography run: head"))
    return sd, ser


def paeds(cx):
    k = cx.c(["pcxr", "pcxr", "babygram", "ddh", "ddh", "cranus", "boneage", "intus", "mcu", "fore"])
    if k == "fore":
        return msk_xr(cx, trauma=True)
    if k == "boneage":
        sd, _ = title(cx, "boneage")
        m = xr_meta(cx, cx.c(["HAND PA", "BONE AGE", "L HAND PA"]), "PA")
        if cx.p(0.5):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["EXTREMITY"])
        return sd, [S(m, ["HAND"], "L", "bone age film of the left hand")]
    if k in ("pcxr", "babygram"):
        sd, _ = title(cx, k)
        m = xr_meta(cx, cx.c(["CHEST AP", "Neonatal Chest", "BABY"]) if k == "pcxr" else cx.c(["BABYGRAM", "CHEST+ABDO", "Neonatal"]), "AP")
        bpe(cx, m, "CHEST", ["ABDOMEN", "WHOLEBODY"] if k == "babygram" else None)
        lab = ["CHEST"] if k == "pcxr" else ["CHEST", "ABDOMEN"]
        return sd, [S(m, lab, None, "infant chest film" if k == "pcxr" else "babygram: chest and abdomen on one film")]
    if k == "mcu":
        sd, _ = title(cx, "mcu")
        ser = []
        for d in ["Bladder filling", "Voiding", "Post void"]:
            m = {"Modality": "RF", "Manufacturer": cx.c(["SIEMENS", "Philips Medical Systems"]),
                 "ManufacturerModelName": cx.c(["Luminos dRF Max", "CombiDiagnost R90"]), "SeriesDescription": d}
            bpe(cx, m, "PELVIS", ["ABDOMEN", "BLADDER"], p_missing=0.42)
            ser.append(S(m, AP_, None, "micturating cystourethrogram: bladder to kidneys, abdomen and pelvis"))
        return sd, ser
    sd, _ = title(cx, k)
    lab, lat, why, bp = {"ddh": (["HIP"], "B", "infant hip ultrasound of both hips", "HIP"), "cranus": (["HEAD"], None, "neonatal cranial ultrasound", "HEAD"),
                         "intus": (["ABDOMEN"], None, "paediatric abdominal ultrasound", "ABDOMEN")}[k]
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, "Paeds", {"ddh": "Hips", "cranus": "Neonatal Head", "intus": "Bowel"}[k]]))
        bpe(cx, m, bp, ["PELVIS"] if k == "ddh" else ["BRAIN"] if k == "cranus" else None, p_missing=0.42)
        ser.append(S(m, lab, lat, why))
    return sd, ser


def nm(cx):
    k = cx.c(["bonescan", "bonescan", "bonescan", "thyscan", "i131", "renal", "mpi", "hida"])
    sd, _ = title(cx, k)
    v = cx.v.get("NM", "Siemens")
    make, models = NM_MAKE[v]
    model = cx.c(models)
    lab = {"bonescan": WB, "thyscan": ["NECK"], "i131": WB, "renal": ["ABDOMEN"], "mpi": ["CHEST"], "hida": ["ABDOMEN"]}[k]
    descs = {"bonescan": ["WB ANT/POST", "Whole Body", "Spot Pelvis", "SPECT/CT Spine"], "thyscan": ["Thyroid ANT", "Pinhole", "Thyroid"],
             "i131": ["WB Ant/Post I-131", "Whole Body", "SPECT/CT Neck"], "renal": ["Dynamic POST", "Posterior", "DMSA Post"],
             "mpi": ["Stress SPECT", "Rest SPECT", "Gated SPECT"], "hida": ["Dynamic ANT", "Anterior 60min"]}[k]
    why = {"bonescan": "whole-body bone scan: the five axial regions", "thyscan": "thyroid scan: neck", "i131": "I-131 whole-body scan",
           "renal": "renal scan: kidneys, abdomen", "mpi": "myocardial perfusion: heart, chest", "hida": "hepatobiliary scan: abdomen"}[k]
    ser = []
    for d in descs:
        m = {"Modality": "NM", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d}
        if k in ("bonescan", "i131") and d.startswith(("Spot", "SPECT")):
            region = {"Spot Pelvis": ["PELVIS"], "SPECT/CT Spine": ["TSPINE", "LSPINE"], "SPECT/CT Neck": ["NECK"]}[d]
            bpe(cx, m, "PELVIS" if "Pelvis" in d else "SPINE" if "Spine" in d else "NECK", ["WHOLEBODY"], p_missing=0.4)
            ser.append(S(m, region, None, f"{d}: the region of the spot view or SPECT only"))
            continue
        bpe(cx, m, {"bonescan": "WHOLEBODY", "thyscan": "THYROID", "i131": "WHOLEBODY", "renal": "KIDNEY", "mpi": "HEART", "hida": "ABDOMEN"}[k],
            ["CHEST", "ABDOMEN"], p_missing=0.4, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    return sd, ser


def dental(cx):
    k = cx.c(["opg", "opg", "opg", "cbct", "pa_dent", "ceph"] if cx.site != "au-tele" else ["opg", "opg", "cbct"])
    sd, _ = title(cx, k)
    make, models = DENT_MAKE[cx.v.get("DENT", "Planmeca")]
    mod = {"opg": "PX", "cbct": "CT", "pa_dent": "IO", "ceph": "DX"}[k]
    ser = []
    for _ in range(1 if k != "pa_dent" else cx.c([2, 3])):
        m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models) if k != "pa_dent" else cx.c(["RVG 6200", "EzSensor"])}
        if cx.p(0.6):
            m["SeriesDescription"] = {"opg": cx.c(["Panoramic", "PANO", "Standard Pano"]), "cbct": cx.c(["Volume", "CBCT 8x8", "3D"]),
                                      "pa_dent": cx.c(["Periapical", "BW", "Bitewing"]), "ceph": "Lateral Ceph"}[k]
        bpe(cx, m, "JAW" if k != "ceph" else "SKULL", ["HEAD", "MOUTH", "TEETH"], p_missing=0.42)
        ser.append(S(m, ["HEAD"], None, "dental or maxillofacial image: head"))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "trauma": trauma, "neuro": neuro, "headneck": headneck, "chest": chest,
          "cardio": cardio, "abdo": abdo, "obs": obs, "onc": onc, "vasc": vasc, "paeds": paeds, "nm": nm, "dental": dental}


def noanat(cx):
    """Objects without anatomy that travel with a site's studies."""
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        d = say(cx, {"en": ["Scanned Request", "Request Form", "Consent Form"], "th": ["ใบส่งตรวจ", "Scanned Document"], "vi": ["Phiếu chỉ định", "Phieu chi dinh"],
                     "id": ["Surat Pengantar", "Formulir Permintaan"], "ms": ["Borang Permohonan", "Scanned Request"], "zh": ["申请单", "Scanned Request"],
                     "au": ["SCANNED REQUEST", "REFERRAL"], "tl": ["REQUEST FORM", "CONSENT"]})
        return {"Modality": "OT", "SOPClassUID": SC, "SeriesDescription": d, "ImageType": "DERIVED\\SECONDARY"}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose SR", "RDSR"])}, \
            "dose structured report: no image"
    if k == "page":
        return {"Modality": "OT", "SOPClassUID": SC, "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save"]),
                "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol or screen page: text, no anatomy"
    mod = cx.c(["CT", "MR"])
    m = {"Modality": mod, "Manufacturer": (CT_MAKE if mod == "CT" else MR_MAKE)[cx.v.get(mod) if isinstance(cx.v.get(mod), str) and cx.v.get(mod) in (CT_MAKE if mod == "CT" else MR_MAKE) else "Siemens"][0],
         "SeriesDescription": cx.c(["QA Phantom", "Daily QA", "ACR Phantom", "Water Phantom"]), "StudyDescription": cx.c(["QA", "DAILY QA", "PHANTOM"])}
    return m, "phantom quality-control scan: no patient anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a keyboard slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5 or not w.isascii():
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def truncate16(text):
    """What an older worklist mapping keeps of a procedure step; None when the cut would end in a
    one- or two-letter fragment (it could read as a side)."""
    cut = text[:16]
    last = cut.replace("(", " ").replace(")", " ").replace("/", " ").split(" ")[-1]
    if len(text) <= 16 or len(last) < 3:
        return None
    return cut


ASCII_CONSOLES = ("TOSHIBA", "SHIMADZU Corporation", "Samsung Electronics", "Agfa")


def build():
    rng = random.Random(SEED)
    rows = []
    for site, (langs, _kind, target, _v, strata) in SITES.items():
        names = sorted(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.22:
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
                # Thai script through a console that only writes Latin-1 comes out as question marks
                if cx.lang == "th" and not sd.isascii() and rng.random() < 0.25:
                    meta["PerformedProcedureStepDescription"] = "".join(ch if ch.isascii() else "?" for ch in sd)
                elif meta.get("Manufacturer") in ASCII_CONSOLES and cx.lang == "vi" and rng.random() < 0.4:
                    meta["PerformedProcedureStepDescription"] = deaccent(sd).upper()
                elif meta.get("Manufacturer") in ("FUJIFILM Corporation", "Agfa", "Carestream Health") and rng.random() < 0.3:
                    cut = truncate16(sd)
                    if cut:
                        meta["PerformedProcedureStepDescription"] = cut
                if s["laterality"] is None and s["labels"] and "study" not in row and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.2:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "StudyDescription" in meta:
                    pass
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
