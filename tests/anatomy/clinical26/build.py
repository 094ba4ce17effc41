"""Writes tests/anatomy/data/clinical_set_26.jsonl: a fortnight of series from South Asian private
imaging chains, teaching hospitals and a cancer centre (India, Pakistan, Bangladesh, Sri Lanka),
labelled blind against the shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 26
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_26.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- words
# English side words as South Asian RIS write them, then the transliterated local words that a
# receptionist now and then types (Hindi, Urdu, Bengali, Sinhala, Tamil).
SIDE = {
    "en": {"R": ["RT", "RT", "Rt", "RIGHT", "Right", "R"], "L": ["LT", "LT", "Lt", "LEFT", "Left", "L"],
           "B": ["B/L", "B/L", "BILATERAL", "BOTH", "Bilateral", "BIL"]},
    "hi": {"R": ["DAYAN", "DAAYAN", "DAYEN"], "L": ["BAYAN", "BAAYAN", "BAYEN"], "B": ["DONO", "DONON"]},
    "ur": {"R": ["DAYAN", "DAYEN", "DAAYAN"], "L": ["BAYAN", "BAYEN", "BAEN"], "B": ["DONO", "DONON"]},
    "bn": {"R": ["DAN", "DAAN"], "L": ["BAM", "BAAM"], "B": ["DUI", "UBHOY"]},
    "si": {"R": ["DAKUNU"], "L": ["WAM", "VAM"], "B": ["DEPASA", "DEKAMA"]},
    "ta": {"R": ["VALADHU", "VALATHU"], "L": ["IDADHU", "IDATHU"], "B": ["IRANDU"]},
}
# Limb parts: the common English RIS word first, then the bones and joints the spec folds in.
PART = {
    "KNEE": ["KNEE", "KNEE JOINT"], "SHOULDER": ["SHOULDER", "SHOULDER JOINT", "CLAVICLE", "AC JOINT", "SCAPULA"],
    "HIP": ["HIP", "HIP JOINT"], "ANKLE": ["ANKLE", "ANKLE JOINT"], "FOOT": ["FOOT", "CALCANEUM", "HEEL", "GREAT TOE", "TOES"],
    "HAND": ["HAND", "FINGER", "THUMB", "INDEX FINGER"], "WRIST": ["WRIST", "WRIST JOINT", "SCAPHOID"], "ELBOW": ["ELBOW", "ELBOW JOINT"],
    "FOREARM": ["FOREARM", "RADIUS ULNA", "RADIUS & ULNA"], "ARM": ["HUMERUS", "ARM"], "THIGH": ["FEMUR", "THIGH"],
    "LEG": ["LEG", "TIBIA FIBULA", "TIB FIB", "TIBIA"],
}
PLURAL = {"KNEE": "KNEES", "HIP": "HIPS", "ANKLE": "ANKLES", "FOOT": "FEET", "HAND": "HANDS", "SHOULDER": "SHOULDERS",
          "WRIST": "WRISTS", "ELBOW": "ELBOWS"}
# Local limb words (transliterated).
LPART = {
    "hi": {"KNEE": "GHUTNA", "SHOULDER": "KANDHA", "HIP": "KULHA", "ANKLE": "TAKHNA", "FOOT": "PAIR", "HAND": "HAATH",
           "WRIST": "KALAI", "ELBOW": "KOHNI", "THIGH": "JANGH"},
    "ur": {"KNEE": "GHUTNA", "SHOULDER": "KANDHA", "HIP": "KOOLHA", "ANKLE": "TAKHNA", "FOOT": "PAON", "HAND": "HAATH",
           "WRIST": "KALAI", "ELBOW": "KOHNI", "THIGH": "RAAN"},
    "bn": {"KNEE": "HATU", "SHOULDER": "KADH", "ANKLE": "GORALI", "FOOT": "PAYER PATA", "HAND": "HAAT", "WRIST": "KOBJI",
           "ELBOW": "KONUI"},
    "si": {"KNEE": "DANAHISA", "SHOULDER": "URAHISA", "HAND": "ATHA", "FOOT": "PAADAYA", "ELBOW": "WELAMITA"},
    "ta": {"KNEE": "MUZHANGAL", "SHOULDER": "THOL", "HAND": "KAI", "FOOT": "PAADHAM", "WRIST": "MANIKATTU", "ELBOW": "MUZHANGAI"},
}
# Local words for axial exams: belly (whole-abdomen sonography), head, chest, lower back, neck (pain:
# cervical spine film), pregnancy.
LAX = {
    "hi": {"abd": ["PET KA ULTRASOUND", "PET KI SONOGRAPHY"], "head": ["SIR KA CT SCAN", "SIR KA CT"], "chest": ["CHHATI KA X-RAY"],
           "back": ["KAMAR KA MRI", "KAMAR KI MRI"], "neck": ["GARDAN KA X-RAY"], "preg": ["GARBHAVASTHA USG", "GARBH KI SONOGRAPHY"]},
    "ur": {"abd": ["PAIT KA ULTRASOUND", "PAIT KI USG"], "head": ["SAR KA CT SCAN", "SAR KA CT"], "chest": ["SEENE KA X-RAY", "CHHATI KA X-RAY"],
           "back": ["KAMAR KI MRI"], "neck": ["GARDAN KA X-RAY"], "preg": ["HAMAL KA ULTRASOUND", "HAMAL USG"]},
    "bn": {"abd": ["PETER USG", "PETER ULTRASONOGRAM"], "head": ["MATHAR CT SCAN"], "chest": ["BUKER X-RAY"],
           "back": ["KOMORER MRI"], "neck": ["GHARER X-RAY"], "preg": ["GORBHOBOTI USG", "GORBHOKALIN ULTRASONOGRAM"]},
    "si": {"abd": ["BADA SCAN", "BADE SCAN"], "head": ["HISA CT SCAN", "OLUWA CT"], "chest": ["PAPUWA X-RAY"],
           "back": ["KONDA MRI"], "neck": ["BELLA X-RAY"], "preg": ["GABBARA SCAN", "GABSAWA SCAN"]},
    "ta": {"abd": ["VAYIRU SCAN", "VAYIRU ULTRASOUND"], "head": ["THALAI CT SCAN"], "chest": ["NENJU X-RAY"],
           "back": ["MUDHUGU MRI"], "neck": ["KAZHUTHU X-RAY"], "preg": ["KARPPAM SCAN", "KARPA SCAN"]},
}

# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Amira", "MAGNETOM Sempra", "MAGNETOM ESSENZA", "MAGNETOM Vida", "Avanto"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Explorer", "Optima MR360", "Brivo MR355", "Signa HDxt", "SIGNA Creator"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Multiva", "Achieva", "Ingenia Ambition X"]),
    "Canon": ("CANON_MEC", ["Vantage Elan", "Vantage Titan"]),
    "Toshiba": ("TOSHIBA_MEC", ["Vantage Titan", "Excelart Vantage"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM go.Now", "SOMATOM go.Up", "SOMATOM Emotion 16", "SOMATOM Definition AS", "SOMATOM Perspective"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution ACTs", "Optima CT660", "BrightSpeed", "Revolution EVO"]),
    "Philips": ("Philips", ["Incisive CT", "Ingenuity CT", "MX 16-slice", "Brilliance 64"]),
    "Canon": ("TOSHIBA", ["Aquilion", "Aquilion Lightning", "Aquilion Prime"]),
}
# name: (Manufacturer, models, Modality)
XR_MAKE = {
    "Fujifilm": ("FUJIFILM Corporation", ["FDR Smart X", "FDR D-EVO II", "FCR Capsula XLII", "FCR PRIMA T2"], "CR"),
    "Allengers": ("ALLENGERS", ["MARS 65", "HF 525 PLUS"], "CR"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "CR Vita", "DRX-1"], "DX"),
    "Agfa": ("Agfa", ["CR 30-X", "DX-D 300"], "CR"),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C50"], "DX"),
    "Siemens": ("SIEMENS", ["Multix Fusion", "Ysio Max"], "DX"),
    "WiproGE": ("Wipro GE Healthcare", ["Brivo XR385", "Optima XR220amx"], "DX"),
    "Samsung": ("Samsung Electronics", ["GC85A", "GM85"], "DX"),
}
US_MAKE = {
    "GE": ("GE Healthcare", ["Voluson E8", "Voluson E10", "Voluson S10", "LOGIQ P9", "LOGIQ F8"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["WS80A", "HERA W10", "HS70A", "V8"]),
    "Mindray": ("Mindray", ["DC-70", "Resona 7", "DC-80"]),
    "Philips": ("Philips Medical Systems", ["Affiniti 50", "EPIQ 7G", "ClearVue 850"]),
    "Canon": ("CANON_MEC", ["Aplio i700", "Xario 200G"]),
    "WiproGE": ("Wipro GE Healthcare", ["LOGIQ P5", "Voluson P8", "VERSANA Premier"]),
}
MG_MAKE = {
    "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality", "AMULET Harmony"]),
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions"]),
    "Siemens": ("SIEMENS", ["MAMMOMAT Inspiration", "MAMMOMAT Revelation"]),
}

# ---------------------------------------------------------------- sites
# name: (languages besides English, kind, rows, MR, CT, X-ray, US, MG, strata with weights)
SITES = {
    "in-del-chain": (["hi"], "private imaging chain, Delhi NCR, India", 118, "Siemens", "Siemens", "Fujifilm", "GE", "Fujifilm",
                     {"msk": 9, "spine": 6, "obs": 8, "abdo": 5, "neuro": 3, "chest": 3, "headneck": 2, "breast": 2, "dxa": 2,
                      "vasc": 2, "cardio": 2, "dental": 2}),
    "in-mum-chain": (["hi"], "diagnostic centre chain, Mumbai, India", 100, "Philips", "Philips", "Philips", "Samsung", "Hologic",
                     {"msk": 7, "spine": 5, "obs": 7, "abdo": 4, "neuro": 3, "chest": 2, "headneck": 2, "breast": 3, "dxa": 2,
                      "vasc": 2, "cardio": 2, "dental": 1}),
    "in-blr-teach": ([], "medical college hospital, Bengaluru, India", 108, "GE", "GE", "WiproGE", "WiproGE", None,
                     {"trauma": 5, "neuro": 4, "chest": 5, "msk": 5, "spine": 3, "abdo": 4, "paeds": 4, "giuro": 4, "obs": 3,
                      "vasc": 2, "headneck": 2}),
    "in-chn-chain": (["ta"], "scan centre chain, Chennai, India", 85, "Canon", "Canon", "Carestream", "Mindray", None,
                     {"msk": 6, "spine": 5, "obs": 6, "abdo": 4, "neuro": 3, "chest": 2, "headneck": 2, "dental": 2, "vasc": 1}),
    "in-kol-teach": (["bn"], "medical college hospital, Kolkata, India", 90, "GE", "Siemens", "Allengers", "Mindray", None,
                     {"trauma": 4, "chest": 5, "neuro": 3, "msk": 4, "spine": 3, "abdo": 4, "obs": 4, "giuro": 3, "paeds": 4,
                      "headneck": 2}),
    "in-bom-onco": ([], "tertiary cancer centre, Mumbai, India", 82, "Siemens", "Siemens", "Fujifilm", "Philips", "GE",
                    {"onc": 14, "nm": 5, "breast": 4, "headneck": 2, "chest": 1, "cardio": 1}),
    "pk-lhr-teach": (["ur"], "teaching hospital, Lahore, Pakistan", 100, "Philips", "Canon", "Fujifilm", "Samsung", None,
                     {"trauma": 4, "chest": 4, "neuro": 3, "msk": 4, "spine": 3, "abdo": 4, "obs": 6, "giuro": 3, "paeds": 4,
                      "vasc": 1, "headneck": 2, "cardio": 1}),
    "pk-khi-chain": (["ur"], "private diagnostic chain, Karachi, Pakistan", 80, "Siemens", "GE", "Agfa", "GE", "Hologic",
                     {"msk": 6, "spine": 4, "obs": 4, "abdo": 4, "neuro": 3, "chest": 2, "breast": 2, "dxa": 2, "nm": 2,
                      "headneck": 1, "dental": 2, "vasc": 1}),
    "bd-dhk-diag": (["bn"], "diagnostic centre, Dhaka, Bangladesh", 90, "Siemens", "Siemens", "Carestream", "Samsung", "Siemens",
                    {"msk": 5, "spine": 4, "obs": 7, "abdo": 5, "neuro": 3, "chest": 3, "headneck": 2, "breast": 1, "giuro": 2,
                     "dental": 1, "cardio": 1}),
    "lk-cmb-teach": (["si"], "teaching hospital, Colombo, Sri Lanka", 90, "Toshiba", "Canon", "Samsung", "Canon", "Siemens",
                     {"trauma": 3, "chest": 3, "neuro": 3, "msk": 4, "spine": 3, "abdo": 4, "obs": 4, "paeds": 3, "giuro": 2,
                      "breast": 1, "nm": 1, "vasc": 1, "headneck": 2, "cardio": 1}),
}
NOANAT_SHARE = 0.045


class Ctx:
    def __init__(self, rng, site, turn=0):
        self.rng = rng
        self.site = site
        (self.langs, _k, _n, self.mrv, self.ctv, self.xrv, self.usv, self.mgv, _s) = SITES[site]
        # a local transliteration now and then (one order in four where the exam allows it), typed at
        # the front desk
        self.local = self.langs[0] if self.langs and turn % 4 == 3 else None

    def c(self, seq):
        return self.rng.choice(seq)

    def model(self, key, models):
        """One scanner per study: the model is drawn once per modality and kept."""
        if key not in self.__dict__.setdefault("_models", {}):
            self._models[key] = self.c(models)
        return self._models[key]

    def p(self, x):
        return self.rng.random() < x


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.24, p_alt=0.13):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or wrong."""
    r = cx.rng.random()
    if good is None or r < p_missing:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


def side_en(cx, s):
    return cx.c(SIDE["en"][s])


def part_en(cx, code, extra=0.25):
    names = PART[code]
    return cx.c(names[1:]) if len(names) > 1 and cx.p(extra) else names[0]


def up(cx, text):
    return text.upper() if cx.p(0.7) else text


# ---------------------------------------------------------------- modality helpers

def mr(cx, desc, **kw):
    make, models = MR_MAKE[cx.mrv]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.model("MR", models), "SeriesDescription": desc}
    d = desc.lower()
    if cx.p(0.6):
        if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "trace")):
            m["ScanningSequence"] = "EP"
        elif any(k in d for k in ("stir", "tirm", "flair")):
            m["ScanningSequence"] = "SE\\IR"
        elif any(k in d for k in ("loc", "survey", "scout", "tof", "swi", "psir", "lge", "cine", "btfe", "fiesta", "trufi", "mde", "swan", "mprage", "fl3d", "vibe", "thrive", "lava", "tfe", "fiesta")):
            m["ScanningSequence"] = "GR"
        else:
            m["ScanningSequence"] = "SE"
    m.update(kw)
    return m


SIEM_SEQ = {"tse": "*tse2d1_", "tir": "*tir2d1_", "fl": "*fl2d1", "ep": "*ep_b0_1000t", "fl3d": "*fl3d1r_t70"}


def mr_series(cx, kind):
    """Sequence-only series names as each MR vendor writes them; ``kind``: msk, spine, brain, body, breast."""
    v = cx.mrv
    if kind == "msk":
        names = {"Siemens": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag"],
                 "GE": ["3-Plane Loc", "Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag T2 FRFSE"],
                 "Philips": ["Survey", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_TSE_SAG"],
                 "Canon": ["Locator", "PD FS COR", "PD FS SAG", "PD FS AX", "T1 COR", "T2 SAG"],
                 "Toshiba": ["Locator", "FSE PD FS COR", "FSE PD FS SAG", "FSE PD FS AX", "SE T1 COR", "FSE T2 SAG"]}[v]
    elif kind == "spine":
        names = {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tirm_sag", "t2_tse_tra"],
                 "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Sag STIR", "Ax T2 FRFSE"],
                 "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "STIR_SAG", "T2W_TSE_TRA"],
                 "Canon": ["Locator", "T2 SAG", "T1 SAG", "STIR SAG", "T2 AX"],
                 "Toshiba": ["Locator", "FSE T2 SAG", "SE T1 SAG", "STIR SAG", "FSE T2 AX"]}[v]
    elif kind == "brain":
        names = {"Siemens": ["localizer", "t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace", "ep2d_diff_3scan_trace_ADC",
                             "t1_se_sag", "swi_tra", "t1_mprage_sag_p2_iso"],
                 "GE": ["3-Plane Loc", "Ax T2 FRFSE", "Ax T2 FLAIR", "Ax DWI", "Apparent Diffusion Coefficient (mm2/s)", "Sag T1 FLAIR",
                        "Ax SWAN", "Ax T1 SE"],
                 "Philips": ["Survey", "T2W_TSE", "T2W_FLAIR", "DWI_b1000", "dADC", "T1W_SE_SAG", "SWIp", "3D_T1_TFE"],
                 "Canon": ["Locator", "T2 AX", "FLAIR AX", "DWI", "ADC", "T1 SAG", "T2* AX", "FLAIR COR"],
                 "Toshiba": ["Locator", "FSE T2 AX", "FLAIR AX", "DWI", "ADC", "SE T1 SAG", "FE T2* AX", "FLAIR COR"]}[v]
    elif kind == "body":
        names = {"Siemens": ["localizer", "t2_haste_cor", "t2_tse_tra", "ep2d_diff_b50_800", "t1_vibe_fs_tra_dyn", "t1_vibe_fs_tra_post"],
                 "GE": ["3-Plane Loc", "Cor SSFSE", "Ax T2 FRFSE FS", "Ax DWI b800", "Ax LAVA-Flex", "Ax LAVA post"],
                 "Philips": ["Survey", "T2W_SSH_COR", "T2W_TSE_TRA", "DWI_b800", "THRIVE_dyn", "THRIVE_post"],
                 "Canon": ["Locator", "FASE COR", "T2 AX FS", "DWI b800", "QUICK 3D dyn", "QUICK 3D post"],
                 "Toshiba": ["Locator", "FASE COR", "FSE T2 AX FS", "DWI b800", "T1 3D dyn", "T1 3D post"]}[v]
    else:  # breast
        names = {"Siemens": ["localizer", "t2_tse_tra", "ep2d_diff_tra", "t1_fl3d_tra_dynaVIEWS", "t1_fl3d_tra_SUB"],
                 "GE": ["3-Plane Loc", "Ax T2 FSE", "Ax DWI", "Ax VIBRANT MPh", "Ax VIBRANT SUB"],
                 "Philips": ["Survey", "T2W_TSE_TRA", "DWI", "THRIVE_dyn", "THRIVE_SUB"],
                 "Canon": ["Locator", "T2 AX", "DWI", "DYN 3D", "SUB"],
                 "Toshiba": ["Locator", "FSE T2 AX", "DWI", "DYN 3D", "SUB"]}[v]
    return names


def ct(cx, desc, **kw):
    make, models = CT_MAKE[cx.ctv]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.model("CT", models), "SeriesDescription": desc}
    m.update(kw)
    return m


def scout_name(cx):
    return {"Siemens": cx.c(["Topogram  0.6  T20s", "Topogram 0.6 T20f", "Topogram"]), "GE": cx.c(["Scout", "SCOUT", "Scout AP/LAT"]),
            "Philips": "Surview", "Canon": "Scanogram"}[cx.ctv]


def ct_recon(cx, region, kind="soft", thick=None):
    """A CT reconstruction name as the vendor writes it; ``region`` a short English region word or ''."""
    v = cx.ctv
    thick = thick or cx.c(["5.0", "3.0", "1.0", "1.5"])
    if v == "Siemens":
        ker = {"soft": cx.c(["B30f", "Br40", "B31s", "I40f"]), "bone": cx.c(["B70s", "Br64", "B60s"]),
               "lung": cx.c(["B70f", "Bl57", "B60f"]), "brain": cx.c(["H31s", "Hr40", "J40s"])}[kind]
        return (f"{region} {thick} {ker}".strip() if region else f"{thick} {ker}"), ker, thick
    if v == "GE":
        ker = {"soft": "STANDARD", "bone": "BONE", "lung": "LUNG", "brain": "SOFT"}[kind]
        t = cx.c(["5mm", "1.25mm", "0.625mm", "2.5mm"])
        short = {"STANDARD": "STND", "BONE": "BONE", "LUNG": "LUNG", "SOFT": "SOFT"}[ker]
        nm = f"{t} {short}" if not region else f"{region} {t} {short}"
        return nm, ker, t.replace("mm", "")
    if v == "Philips":
        ker = {"soft": "B", "bone": "YC", "lung": "L", "brain": "UB"}[kind]
        t = cx.c(["5mm", "2mm", "1mm"])
        return (f"{region} {t}".strip() if region else cx.c([f"iDose 4 {t}", f"{t} Standard"])), ker, t.replace("mm", "")
    ker = {"soft": "FC08", "bone": "FC30", "lung": "FC52", "brain": "FC21"}[kind]
    t = cx.c(["5.0", "1.0", "0.5"])
    return (f"{region} {t} {ker}".strip() if region else f"AXIAL {t} {ker}"), ker, t


def ct_series(cx, labels, lat, why, regions, kinds=("soft",), contrast=False, dose=True):
    """A CT study: a scout, recons, sometimes an MPR/3D, and a dose page (no anatomy)."""
    ser = [S(ct(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, lat, why + "; scout of the exam")]
    for k in kinds:
        reg = cx.c(regions) if cx.p(0.6) else ""
        nm, ker, t = ct_recon(cx, reg, k)
        m = ct(cx, nm, ConvolutionKernel=ker, SliceThickness=t, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast and cx.p(0.6):
            m["ContrastBolusAgent"] = cx.c(["OMNIPAQUE 350", "Iohexol", "IOPAMIRO 370", "Ultravist 370", "CONTRAST"])
        ser.append(S(m, labels, lat, why))
    if cx.p(0.35):
        ser.append(S(ct(cx, cx.c(["MPR Cor", "COR MPR", "SAG MPR", "3D VRT", "VR", "MIP"]), ImageType="DERIVED\\SECONDARY\\MPR"),
                     labels, lat, why + "; reformat"))
    if dose:
        d = {"Siemens": "Patient Protocol", "GE": cx.c(["Dose Report", "Dose Info"]), "Philips": "Dose Report", "Canon": "Dose Info"}[cx.ctv]
        ser.append(S({"Modality": cx.c(["CT", "OT"]), "Manufacturer": CT_MAKE[cx.ctv][0], "SeriesDescription": d,
                      "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "CT dose page: text, no anatomy", img=False))
    return ser


def xr(cx, desc, view=None, portable=False, **kw):
    make, models, mod = XR_MAKE[cx.xrv]
    model = cx.model("XR", models)
    if portable:
        model = {"Fujifilm": "FDR Go PLUS", "Carestream": "DRX-Revolution", "Siemens": "Mobilett Mira Max", "Samsung": "GM85",
                 "Philips": "MobileDiagnost wDR"}.get(cx.xrv, model)
    if cx.xrv == "Fujifilm":
        mod = "CR" if model.startswith("FCR") else "DX"
    if cx.xrv == "Allengers":
        mod = cx.c(["CR", "CR", "DX"])
    m = {"Modality": mod, "Manufacturer": make, "SeriesDescription": desc}
    if cx.p(0.8):
        m["ManufacturerModelName"] = model
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us(cx, desc, **kw):
    make, models = US_MAKE[cx.usv]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.model("US" + make, models)}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


def us_series(cx, presets, labels, lat, why, n=(1, 3)):
    ser = []
    for _ in range(cx.rng.randint(*n)):
        d = cx.c(presets)
        ser.append(S(us(cx, d, ImageType=cx.c(["ORIGINAL\\PRIMARY", "ORIGINAL\\PRIMARY\\ABDOMINAL", "DERIVED\\PRIMARY"])),
                     labels, lat, why + ("; preset name only" if d else "; no series name")))
    return ser


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def limb_title(cx, modw, code, side, tail=""):
    """A limb order title: English RIS forms, or a transliteration typed at the front desk."""
    p = part_en(cx, code)
    lmodw = "X-RAY" if modw in ("DR", "CR", "XRAY", "X RAY") else modw
    if side == "B":
        sw = side_en(cx, "B")
        forms = [f"{modw} B/L {p} {tail}", f"{modw} BOTH {PLURAL.get(code, p)} {tail}", f"{modw} {p} {tail} (B/L)",
                 f"{modw} {p} BILATERAL {tail}", f"{modw} {sw} {p} {tail}"]
        if cx.local and code in LPART.get(cx.local, {}):
            lp, ls = LPART[cx.local][code], cx.c(SIDE[cx.local]["B"])
            forms = [f"{lmodw} {ls} {lp}", f"{modw} B/L {p} ({ls} {lp})"]
    else:
        sw = side_en(cx, side)
        dot = "." if len(sw) <= 2 else ""
        forms = [f"{modw} {p} {tail} {sw}", f"{modw} {sw} {p} {tail}", f"{modw} {p} ({sw}) {tail}", f"{modw} {sw}{dot} {p} {tail}",
                 f"{modw} {p} {tail} - {sw}"]
        if cx.local and code in LPART.get(cx.local, {}):
            lp, ls = LPART[cx.local][code], cx.c(SIDE[cx.local][side])
            ka = " KA" if cx.local in ("hi", "ur") and cx.p(0.5) else ""
            forms = [f"{ls} {lp}{ka} {lmodw}", f"{lmodw} {ls} {lp}", f"{modw} {p} {sw} ({ls} {lp})"]
    t = " ".join(cx.c(forms).split())
    return up(cx, t)


XR_VIEWS = {"KNEE": ["AP", "LAT", "SKYLINE"], "ANKLE": ["AP", "LAT", "MORTISE"], "FOOT": ["AP", "OBL", "LAT"], "HAND": ["PA", "OBL"],
            "WRIST": ["PA", "LAT", "SCAPHOID"], "SHOULDER": ["AP", "AXIAL", "Y VIEW"], "ELBOW": ["AP", "LAT"], "FOREARM": ["AP", "LAT"],
            "ARM": ["AP", "LAT"], "THIGH": ["AP", "LAT"], "LEG": ["AP", "LAT"], "HIP": ["AP", "FROG LEG LAT"]}
LIMB_BPE_ALT = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "UPPER LIMB", "CHEST", "CLAVICLE"], "ANKLE": ["FOOT", "LEG"],
                "HIP": ["PELVIS"], "WRIST": ["HAND", "FOREARM"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
                "HAND": ["WRIST", "FINGER"], "THIGH": ["FEMUR", "LEG", "HIP"], "LEG": ["KNEE", "TIBIA", "LOWER LIMB"],
                "FOREARM": ["ARM", "WRIST"], "ARM": ["SHOULDER", "HUMERUS"]}
VIEWPOS = {"AP": "AP", "PA": "PA", "LAT": "LL", "OBL": "", "AXIAL": "", "SKYLINE": "", "MORTISE": "AP", "Y VIEW": "", "SCAPHOID": "PA",
           "FROG LEG LAT": "AP"}


def msk_xr(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 6 + ["ANKLE"] * 3 + ["FOOT"] * 3 + ["HAND"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 + ["ELBOW"] * 2 +
                        ["FOREARM"] * 3 + ["LEG"] * 3 + ["HIP", "THIGH", "THIGH", "ARM", "ARM", "ARM"])
    side = side or cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "ANKLE", "HAND", "HIP") else "LLLLRRRRR")
    why_side = {"L": "left", "R": "right", "B": "both sides"}[side]
    if code == "HIP" and side == "B":
        sd = up(cx, cx.c(["X-RAY PELVIS WITH BOTH HIPS AP", "X-RAY PELVIS AP (B/L HIP)", "X-RAY BOTH HIP JOINTS AP", "XRAY PELVIS & B/L HIPS"]))
        labels = ["PELVIS", "HIP"]
        ser = [S(xr(cx, cx.c(["PELVIS AP", "Pelvis AP", "BOTH HIPS AP", "AP PELVIS"]), "AP"), labels, "B",
                 "pelvis film of a both-hips order: pelvis and both hips")]
        for s_ in "LR":
            if cx.p(0.6):
                ser.append(S(xr(cx, cx.c(["HIP FROG LAT", "FROG LEG LAT", "HIP LAT"]), "", ImageLaterality=s_), ["HIP"], s_,
                             "one hip's lateral in a both-hips order; side from ImageLaterality"))
        for s in ser:
            bpe(cx, s["meta"], cx.c(["PELVIS", "HIP"]), ["ABDOMEN"])
        return sd, ser
    if code == "KNEE" and side == "B" and cx.p(0.3):
        sd = up(cx, cx.c(["X-RAY BOTH KNEES AP STANDING + LAT", "X-RAY B/L KNEE AP (WEIGHT BEARING) & LAT", "XRAY KNEE B/L STANDING AP/LAT"]))
        ser = [S(xr(cx, cx.c(["BOTH KNEES AP STANDING", "Knees AP WB", "KNEE AP STANDING"]), "AP", ImageLaterality="B"), ["KNEE"], "B",
                 "standing AP of both knees on one film")]
        for s_ in "LR":
            ser.append(S(xr(cx, cx.c(["KNEE LAT", "Knee Lateral", f"{'RT' if s_ == 'R' else 'LT'} KNEE LAT"]), "LL", ImageLaterality=s_),
                         ["KNEE"], s_, "one knee's lateral in a both-knees order; side from ImageLaterality and name"))
        for s in ser:
            bpe(cx, s["meta"], "KNEE", ["LEG", "EXTREMITY"])
        return sd, ser
    views = XR_VIEWS[code]
    vtxt = cx.c(["AP/LAT", "AP & LAT", "AP LAT", "AP/OBL" if code in ("HAND", "FOOT") else "AP/LAT", ""])
    sd = limb_title(cx, cx.c(["X-RAY", "X-RAY", "XRAY", "X RAY", "DR", "CR"]), code, side, vtxt)
    why = f"{code.lower()} film, {why_side} (side from the order text)"
    ser = []
    for v in views[: cx.rng.randint(1, len(views))]:
        nm = cx.c([f"{code.title()} {v}", f"{PART[code][0]} {v}", v, f"{PART[code][0]} {v.title()}"])
        meta = xr(cx, nm, VIEWPOS[v] or None)
        lat = side
        if side in "LR" and cx.p(0.25):
            meta[cx.c(["ImageLaterality", "Laterality"])] = side
        if side == "B" and cx.p(0.5):
            meta["ImageLaterality"] = "B"
        ser.append(S(meta, [code], lat, why + ("; the view name has no side" if side != "B" else "; both sides on the film")))
    for s in ser:
        bpe(cx, s["meta"], {"THIGH": "FEMUR", "LEG": "TIBIA", "ARM": "HUMERUS", "FOREARM": "FOREARM"}.get(code, code)
            if cx.p(0.3) else code, LIMB_BPE_ALT[code])
    return sd, ser


def msk_mr(cx):
    code = cx.c(["KNEE"] * 10 + ["SHOULDER"] * 5 + ["HIP"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 2 + ["ELBOW"] * 2 + ["FOOT"] * 2 +
                ["THIGH", "THIGH", "LEG", "ARM", "ARM", "FOREARM", "HAND"])
    if code == "HIP":
        side = cx.c("BBBLR")
    else:
        side = cx.c("LR")
    labels = [code]
    if code == "HIP" and side == "B":
        labels = ["PELVIS", "HIP"]
        sd = up(cx, cx.c(["MRI B/L HIP JOINTS", "MRI BOTH HIPS (AVN PROTOCOL)", "MRI PELVIS WITH B/L HIP", "MRI B/L HIP ? AVN", "MRI HIP JOINTS (BILATERAL)"]))
        why = "both-hips MR (avascular necrosis work-up): pelvis and both hips"
    else:
        tail = cx.c(["", "", "PLAIN", "(PLAIN + CONTRAST)", "WITH CONTRAST", "SCREENING"]) if code in ("THIGH", "LEG", "ARM", "FOREARM") else cx.c(["", "", "", "PLAIN"])
        sd = limb_title(cx, cx.c(["MRI", "MRI", "MR", "MRI OF"]), code, side, tail)
        why = f"{code.lower()} MR, side from the order text"
    ser = []
    for nm in mr_series(cx, "msk")[: cx.rng.randint(3, 6)]:
        m = mr(cx, nm)
        if cx.mrv == "Siemens" and cx.p(0.5):
            m["SequenceName"] = SIEM_SEQ["fl"] if nm == "localizer" else SIEM_SEQ["tse"] + cx.c(["5", "13", "3"])
        if cx.p(0.4):
            m["ProtocolName"] = cx.c([f"{PART[code][0]} ROUTINE", PART[code][0].lower(), f"{PART[code][0]}_{'BIL' if side == 'B' else side}"])
        if side in "LR" and cx.p(0.15):
            m["Laterality"] = side
        bpe(cx, m, code, LIMB_BPE_ALT[code] + (["PELVIS"] if code == "HIP" else []))
        ser.append(S(m, labels, side, why + ("; localizer of the exam" if nm in ("localizer", "Survey", "Locator", "3-Plane Loc") else "; sequence-only name")))
    return sd, ser


def msk_us(cx):
    kind = cx.c(["shoulder", "knee", "swelling", "swelling", "achilles", "wrist", "hand"])
    if kind == "shoulder":
        code = "SHOULDER"
    elif kind == "knee":
        code = "KNEE"
    elif kind == "achilles":
        code = "ANKLE"
    elif kind == "wrist":
        code = "WRIST"
    elif kind == "hand":
        code = "HAND"
    else:
        code = cx.c(["THIGH", "FOREARM", "ARM", "LEG", "FOOT", "ELBOW"])
    side = cx.c("LR")
    tail = {"shoulder": cx.c(["(ROTATOR CUFF)", "MSK", ""]), "knee": cx.c(["(BAKER'S CYST)", "MSK", ""]),
            "achilles": "(TENDO ACHILLES)", "wrist": cx.c(["(GANGLION)", "(DE QUERVAIN)", ""]), "hand": "(TRIGGER FINGER)",
            "swelling": cx.c(["LOCAL PART", "SOFT TISSUE SWELLING", "(LUMP)", "ABSCESS ? COLLECTION"])}[kind]
    sd = limb_title(cx, cx.c(["USG", "USG", "HRUSG", "ULTRASOUND"]), code, side, tail)
    why = f"ultrasound of the {code.lower()} region, side from the order text"
    return sd, us_series(cx, ["MSK", "Small Parts", "SMP", "Superficial", "", "MSK Shoulder" if code == "SHOULDER" else "MSK"], [code], side, why)


def msk_ct(cx):
    kind = cx.c(["knee", "ankle", "calc", "shoulder", "wrist", "acet", "elbow"])
    side = cx.c("LR")
    code, tail, labels = {"knee": ("KNEE", cx.c(["WITH 3D", "(TIBIAL PLATEAU #)", "3D"]), ["KNEE"]),
                          "ankle": ("ANKLE", cx.c(["WITH 3D", "(TRIMALLEOLAR #)"]), ["ANKLE"]),
                          "calc": ("FOOT", cx.c(["3D", "WITH 3D RECON"]), ["FOOT"]),
                          "shoulder": ("SHOULDER", cx.c(["3D (GLENOID)", "WITH 3D", "(RECURRENT DISLOCATION)"]), ["SHOULDER"]),
                          "wrist": ("WRIST", cx.c(["3D", "(? SCAPHOID #)"]), ["WRIST"]),
                          "acet": ("HIP", "", ["PELVIS", "HIP"]),
                          "elbow": ("ELBOW", cx.c(["3D", "WITH 3D"]), ["ELBOW"])}[kind]
    if kind == "acet":
        sw = side_en(cx, side)
        sd = up(cx, cx.c([f"NCCT PELVIS WITH 3D ({sw} ACETABULUM #)", f"CT PELVIS 3D - {sw} ACETABULAR FRACTURE", f"CT {sw} HIP & PELVIS 3D"]))
        why = "acetabular fracture CT: pelvis and the hip of that side"
    else:
        if kind == "calc":
            code_word = "CALCANEUM"
            sw = side_en(cx, side)
            sd = up(cx, cx.c([f"NCCT {sw} CALCANEUM {tail}", f"CT {code_word} {sw} {tail}"]))
        else:
            sd = limb_title(cx, cx.c(["NCCT", "CT", "CT SCAN"]), code, side, tail)
        why = f"{code.lower()} CT, side from the order text"
    ser = ct_series(cx, labels, side, why, [PART[code][0].title(), "Bone", "EXTREMITY"], kinds=("bone", "soft") if cx.p(0.5) else ("bone",))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], code if kind != "acet" else "PELVIS", ["EXTREMITY"] + LIMB_BPE_ALT[code])
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.5:
        return msk_xr(cx)
    if r < 0.8:
        return msk_mr(cx)
    if r < 0.9:
        return msk_us(cx)
    return msk_ct(cx)


SPINE_NAMES = {
    "c": (["CERVICAL SPINE", "C-SPINE", "C SPINE", "CERVICAL"], ["CSPINE"]),
    "d": (["DORSAL SPINE", "D-SPINE", "DORSAL", "THORACIC SPINE"], ["TSPINE"]),
    "ls": (["LS SPINE", "L-S SPINE", "LUMBOSACRAL SPINE", "LUMBAR SPINE", "L.S. SPINE", "LS"], ["LSPINE"]),
    "dl": (["D-L SPINE", "DORSOLUMBAR SPINE", "DL SPINE", "D/L SPINE"], ["TSPINE", "LSPINE"]),
    "cd": (["CERVICO-DORSAL SPINE", "CERVICODORSAL SPINE", "C-D SPINE"], ["CSPINE", "TSPINE"]),
    "ws": (["WHOLE SPINE", "WHOLE SPINE SCREENING", "FULL SPINE"], WSPINE),
}


def spine(cx):
    r = cx.rng.random()
    reg = cx.c(["c"] * 5 + ["d"] * 2 + ["ls"] * 9 + ["dl"] * 2 + ["cd"] + ["ws"] * 2)
    words, labels = SPINE_NAMES[reg]
    w = cx.c(words)
    bp = {"c": "CSPINE", "d": "TSPINE", "ls": "LSPINE", "dl": "SPINE", "cd": "SPINE", "ws": "SPINE"}[reg]
    alt = ["SPINE", "NECK" if reg == "c" else "ABDOMEN" if reg == "ls" else "CHEST", "WHOLEBODY" if reg == "ws" else "SPINE"]
    if r < 0.55:
        tail = cx.c(["", "", "PLAIN", "WITH CONTRAST", "(? KOCH'S)", "SCREENING", "WITH WHOLE SPINE SCREENING"])
        if tail == "WITH WHOLE SPINE SCREENING" and reg not in ("ls", "c", "d"):
            tail = ""
        sd = up(cx, f"MRI {w} {tail}".strip())
        if cx.local and reg == "ls" and cx.p(0.6):
            sd = up(cx, cx.c(LAX[cx.local]["back"]) + cx.c(["", " (LS SPINE)"]))
        why = f"{' + '.join(l.lower() for l in labels)} MR from the order text"
        ser = []
        for nm in mr_series(cx, "spine")[: cx.rng.randint(3, 5)]:
            m = mr(cx, nm)
            if cx.mrv == "Siemens" and cx.p(0.4):
                m["SequenceName"] = SIEM_SEQ["tir"] + "11" if "tirm" in nm else SIEM_SEQ["tse"] + "17"
            if cx.p(0.4):
                m["ProtocolName"] = cx.c([w, f"{w} ROUTINE", f"SPINE_{reg.upper()}"])
            bpe(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + ("; localizer" if nm in ("localizer", "Survey", "Locator", "3-Plane Loc") else "; sequence-only name")))
        if tail == "WITH WHOLE SPINE SCREENING" or (reg == "ls" and cx.p(0.25)):
            nm = {"Siemens": "t2_tse_sag_WS_screening", "GE": "Sag T2 Whole Spine Screening", "Philips": "WS_T2W_TSE_SAG",
                  "Canon": "WHOLE SPINE T2 SAG", "Toshiba": "SCREENING T2 SAG"}[cx.mrv]
            m = mr(cx, nm, ImageType="DERIVED\\PRIMARY\\COMPOSED" if cx.p(0.5) else "ORIGINAL\\PRIMARY\\M")
            bpe(cx, m, "SPINE", ["LSPINE", "WHOLEBODY"])
            ser.append(S(m, WSPINE, None, "whole-spine screening sagittal added to a segmental spine MR: the whole spine"))
        return sd, ser
    if r < 0.88:
        if reg in ("cd",):
            reg, (words, labels) = "c", SPINE_NAMES["c"]
            w = cx.c(words)
        kind = cx.c(["plain"] * 6 + ["flex", "sacrum", "si", "scolio"])
        if kind == "sacrum":
            sd, labels, why = up(cx, cx.c(["X-RAY SACRUM & COCCYX AP/LAT", "X-RAY COCCYX LAT", "X RAY SACRO-COCCYGEAL REGION"])), ["PELVIS"], "sacrum/coccyx film: pelvis"
            views = ["SACRUM AP", "COCCYX LAT"]
        elif kind == "si":
            sd, labels, why = up(cx, cx.c(["X-RAY B/L SI JOINTS", "X-RAY SI JOINTS (PA AXIAL)", "X-RAY BOTH SACROILIAC JOINTS"])), ["PELVIS"], "sacroiliac joints: pelvis"
            views = ["SI JOINTS", "SIJ PA AXIAL"]
        elif kind == "scolio":
            sd, labels, why = up(cx, cx.c(["X-RAY WHOLE SPINE AP/LAT (SCOLIOSIS)", "X-RAY FULL SPINE STANDING (SCOLIOSIS)"])), WSPINE, "scoliosis film of the whole spine"
            views = ["WHOLE SPINE AP", "WHOLE SPINE LAT"]
        else:
            vv = "FLEXION/EXTENSION" if kind == "flex" else cx.c(["AP/LAT", "AP & LAT", "AP LAT", "AP/LATERAL", ""])
            sd = up(cx, f"{cx.c(['X-RAY', 'XRAY', 'X RAY', 'CR', 'DR'])} {w} {vv}".strip())
            if cx.local and reg == "c" and cx.p(0.6):
                sd = up(cx, cx.c(LAX[cx.local]["neck"]) + cx.c(["", " (C-SPINE)"]))
            why = f"{' + '.join(l.lower() for l in labels)} film from the order text"
            short = {"c": "C-SPINE", "d": "D-SPINE", "ls": "LS SPINE", "dl": "DL SPINE", "ws": "WHOLE SPINE"}[reg]
            views = [f"{short} AP", f"{short} LAT"] if kind == "plain" else [f"{short} FLEXION", f"{short} EXTENSION"]
            if cx.p(0.35):
                views = ["AP", "LAT"] if kind == "plain" else ["FLEX", "EXT"]
        ser = [S(xr(cx, v, "AP" if "AP" in v else "LL"), labels, None, why) for v in views[: cx.rng.randint(1, 2)]]
        for s in ser:
            bpe(cx, s["meta"], bp if labels != ["PELVIS"] else cx.c(["SACRUM", "PELVIS", "LSPINE"]), alt)
        return sd, ser
    if reg in ("ws", "cd"):
        reg, (words, labels) = "dl", SPINE_NAMES["dl"]
        w = cx.c(words)
    sd = up(cx, cx.c([f"NCCT {w}", f"CT {w}", f"CT {w} (TRAUMA)", f"CT {w} WITH 3D"]))
    why = f"{' + '.join(l.lower() for l in labels)} CT from the order text"
    ser = ct_series(cx, labels, None, why, ["Spine", "SPINE", w.title()], kinds=("bone", "soft"))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], bp, alt)
    return sd, ser


def obs(cx):
    """Pregnancy ultrasound: first-trimester work is pelvic; from the anomaly scan on, the gravid
    uterus fills abdomen and pelvis."""
    kind = cx.c(["early"] * 4 + ["tvs"] * 2 + ["nt"] * 4 + ["anomaly"] * 4 + ["growth"] * 4 + ["doppler"] * 3 + ["bpp", "echo"])
    if kind in ("early", "tvs", "nt"):
        labels = ["PELVIS"]
        sd = {"early": cx.c(["USG OBSTETRIC (EARLY PREGNANCY)", "USG FOR VIABILITY", "USG OBS - 1ST TRIMESTER", "EARLY PREGNANCY SCAN",
                             "USG OBS (DATING SCAN)", "USG EARLY OBS 7 WKS", "USG OBSTETRIC (1ST TRIM)"]),
              "tvs": cx.c(["TVS (EARLY PREGNANCY)", "TVS FOR VIABILITY", "TVS ? ECTOPIC", "USG TVS - EARLY OBS"]),
              "nt": cx.c(["NT SCAN", "NT/NB SCAN", "NT SCAN (11-13+6 WKS)", "NUCHAL TRANSLUCENCY SCAN", "USG OBS NT-NB", "NT SCAN WITH DOPPLER"])}[kind]
        why = "first-trimester pregnancy scan: uterus and adnexa in the pelvis"
        presets = {"early": ["OB 1", "OB Early", "OB1", "Early OB", ""], "tvs": ["TV OB", "Endovaginal", "EV OB", "TVS"],
                   "nt": ["NT", "OB 1", "OB1 NT", "First Trimester", ""]}[kind]
    else:
        labels = AP_
        sd = {"anomaly": cx.c(["ANOMALY SCAN", "TIFFA SCAN", "LEVEL II ANOMALY SCAN", "TARGETED IMAGING FOR FETAL ANOMALIES",
                               "USG OBS (ANOMALY SCAN 20 WKS)", "LEVEL 2 SCAN", "TIFFA (18-20 WKS)"]),
              "growth": cx.c(["GROWTH SCAN", "USG OBSTETRIC (3RD TRIMESTER)", "USG OBS FETAL WELL BEING", "USG FOR FETAL GROWTH",
                              "USG OBS 32 WKS", "USG OBS - 2ND TRIMESTER", "OBS USG (LIQUOR)", "USG OBSTETRICS (3RD TRIM)"]),
              "doppler": cx.c(["OBSTETRIC DOPPLER", "USG OBS WITH COLOUR DOPPLER", "FETAL DOPPLER STUDY", "UMBILICAL ARTERY DOPPLER",
                               "COLOR DOPPLER OBS (IUGR)"]),
              "bpp": "BIOPHYSICAL PROFILE (BPP)", "echo": cx.c(["FETAL ECHO", "FETAL ECHOCARDIOGRAPHY"])}[kind]
        why = "second/third-trimester pregnancy scan: the gravid uterus fills abdomen and pelvis"
        presets = {"anomaly": ["OB 2/3", "OB2/3", "Anomaly", "OB Mid", "3D/4D", "Volume"], "growth": ["OB 2/3", "OB3", "OB", ""],
                   "doppler": ["OB Doppler", "OB 2/3", "Fetal Doppler", "PW"], "bpp": ["OB 2/3", "BPP"],
                   "echo": ["Fetal Echo", "Fetal Heart", "OB 2/3"]}[kind]
    if cx.local and cx.p(0.7):
        # the local word says pregnancy, the bracket which scan
        sd = cx.c(LAX[cx.local]["preg"]) + f" ({sd})"
    sd = up(cx, sd)
    if cx.usv not in ("GE", "Samsung", "WiproGE") and cx.p(0.5):
        cx.usv = cx.c(["GE", "Samsung"])
    ser = us_series(cx, presets, labels, None, why, (1, 3))
    for s in ser:
        bpe(cx, s["meta"], "PELVIS" if labels == ["PELVIS"] else cx.c(["ABDOMEN", "PELVIS"]), ["ABDOMEN", "UTERUS", "OB"], p_missing=0.32)
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": US_MAKE[cx.usv][0],
                  "SeriesDescription": cx.c(["OB-GYN Ultrasound Procedure Report", "OB Report", "Measurements"])}, [], None,
                 "ultrasound measurement report: no pixels", img=False))
    if cx.site.startswith("in-") and cx.p(0.4):
        ser.append(S({"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": cx.c(["FORM F", "Form F scan", "PCPNDT FORM F"])},
                     [], None, "scanned statutory pregnancy-scan form: paper, no anatomy", img=False))
    return sd, ser


def abdo(cx):
    r = cx.rng.random()
    if r < 0.6:
        kind = cx.c(["wa"] * 6 + ["kub"] * 3 + ["upper", "hbs", "pelvis", "tvs", "follicle", "prostate", "scrotum", "appendix", "pvr"])
        table = {
            "wa": (["USG WHOLE ABDOMEN", "USG W/A", "USG ABDOMEN & PELVIS", "USG WHOLE ABDOMEN (M)", "USG W/ABDOMEN", "USG ABD+PELVIS",
                    "ULTRASOUND WHOLE ABDOMEN", "USG WHOLE ABDOMEN ? ABD KOCH'S"], AP_, "whole-abdomen sonography: abdomen and pelvis",
                   ["Abdomen", "ABD", "Abd General", "Pelvis", ""]),
            "kub": (["USG KUB", "USG KUB REGION", "USG KUB WITH PVR", "USG KUB + PROSTATE"], AP_, "KUB ultrasound: kidneys to bladder",
                    ["Renal", "Kidney", "Bladder", "Abdomen", ""]),
            "pvr": (["USG BLADDER PVR", "USG PRE & POST VOID BLADDER"], ["PELVIS"], "bladder volumes: pelvis", ["Bladder", ""]),
            "upper": (["USG UPPER ABDOMEN", "USG ABDOMEN (UPPER)"], ["ABDOMEN"], "upper-abdominal ultrasound", ["Abdomen", "ABD", ""]),
            "hbs": (["USG HBS", "USG HEPATOBILIARY SYSTEM", "USG LIVER & GB"], ["ABDOMEN"], "hepatobiliary ultrasound: abdomen", ["Abdomen", "Liver", ""]),
            "pelvis": (["USG PELVIS", "USG LOWER ABDOMEN & PELVIS (TAS)", "USG PELVIS (FEMALE)"], ["PELVIS"], "pelvic ultrasound", ["Pelvis", "GYN", ""]),
            "tvs": (["TVS", "TVS (GYNAE)", "USG TVS", "TRANSVAGINAL SONOGRAPHY"], ["PELVIS"], "transvaginal scan: pelvis", ["GYN", "TV GYN", "Endovaginal"]),
            "follicle": (["FOLLICULAR STUDY", "FOLLICULAR MONITORING (TVS)", "USG FOLLICULOMETRY DAY 12"], ["PELVIS"], "follicle tracking: ovaries, pelvis",
                         ["GYN", "Follicle", "TV GYN"]),
            "prostate": (["TRUS PROSTATE", "USG PROSTATE (TRANS-RECTAL)"], ["PELVIS"], "prostate ultrasound: pelvis", ["Prostate", "TRUS", ""]),
            "scrotum": (["USG SCROTUM", "USG B/L SCROTUM WITH DOPPLER", "USG TESTES"], ["PELVIS"], "scrotal ultrasound, labelled with the pelvis",
                        ["Testis", "Small Parts", "Scrotum"]),
            "appendix": (["USG ABDOMEN FOR APPENDIX", "USG RIF (? APPENDICITIS)"], AP_, "appendix sonography: right iliac fossa and pelvis", ["Abdomen", "Bowel"]),
        }
        names, labels, why, presets = table[kind]
        sd = cx.c(names)
        if kind == "wa" and cx.local and cx.p(0.7):
            sd = cx.c(LAX[cx.local]["abd"])
            why += "; the local word is the belly"
        sd = up(cx, sd)
        ser = us_series(cx, presets, labels, None, why, (1, 3))
        for s in ser:
            bpe(cx, s["meta"], "ABDOMEN" if "ABDOMEN" in labels else "PELVIS", ["ABDOMEN", "KIDNEY", "PELVIS"], p_missing=0.32)
        return sd, ser
    if r < 0.85:
        kind = cx.c(["wa", "wa", "wa", "kub", "kub", "liver", "panc", "uro", "entero"])
        table = {
            "wa": (["CECT WHOLE ABDOMEN", "CT WHOLE ABDOMEN PLAIN & CONTRAST", "CECT ABDOMEN & PELVIS", "CT W/A (P+C)", "CECT W/A",
                    "CT ABDOMEN PELVIS WITH ORAL & IV CONTRAST"], AP_, "abdomen-and-pelvis CT", ["Abdomen", "ABD PELVIS", "Venous", "Portal"]),
            "kub": (["NCCT KUB", "CT KUB", "PLAIN CT KUB (STONE PROTOCOL)", "NCCT KUB REGION"], AP_, "KUB CT: kidneys to bladder", ["KUB", "Abdomen"]),
            "liver": (["CECT ABDOMEN TRIPLE PHASE (LIVER)", "TRIPHASIC CT LIVER", "CT LIVER 3 PHASE"], ["ABDOMEN"], "liver CT: abdomen",
                      ["Arterial", "Portal", "Delay", "Liver"]),
            "panc": (["CECT ABDOMEN (PANCREAS PROTOCOL)", "CECT UPPER ABDOMEN ? PANCREATITIS"], ["ABDOMEN"], "pancreas CT: abdomen", ["Pancreas", "Abdomen"]),
            "uro": (["CT UROGRAPHY", "CT IVU", "CT UROGRAM (TRIPLE PHASE)"], AP_, "CT urography: kidneys to bladder", ["Nephro", "Excretory", "Abdomen"]),
            "entero": (["CT ENTEROGRAPHY", "CECT ABDOMEN ? ILEOCAECAL KOCH'S"], AP_, "small bowel CT: abdomen and pelvis", ["Abdomen", "Enterography"]),
        }
        names, labels, why, regs = table[kind]
        sd = up(cx, cx.c(names))
        ser = ct_series(cx, labels, None, why, regs, kinds=("soft", "soft") if kind != "kub" else ("soft",), contrast=kind != "kub")
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], "ABDOMEN", ["ABDOMEN", "PELVIS", "CHEST", "KIDNEY"] if kind != "liver" else ["LIVER"])
        return sd, ser
    kind = cx.c(["mrcp", "mrcp", "abd", "pelvis", "fistula", "prostate"])
    names, labels, why = {
        "mrcp": (["MRCP", "MRI ABDOMEN WITH MRCP", "MRCP (PLAIN)"], ["ABDOMEN"], "MRCP: abdomen"),
        "abd": (["MRI ABDOMEN (LIVER)", "MRI UPPER ABDOMEN", "MRI ADRENALS"], ["ABDOMEN"], "upper-abdominal MR"),
        "pelvis": (["MRI PELVIS", "MRI FEMALE PELVIS", "MRI PELVIS (? ADENOMYOSIS)", "MRI PELVIS PLAIN + CONTRAST"], ["PELVIS"], "pelvic MR"),
        "fistula": (["MRI FISTULOGRAM", "MRI PERINEUM (FISTULA IN ANO)", "MRI FISTULA-IN-ANO"], ["PELVIS"], "perianal fistula MR: pelvis"),
        "prostate": (["MRI PROSTATE", "MP-MRI PROSTATE"], ["PELVIS"], "prostate MR: pelvis"),
    }[kind]
    sd = up(cx, cx.c(names))
    seqs = mr_series(cx, "body")
    if kind == "mrcp":
        seqs = seqs[:2] + [{"Siemens": "t2_space_cor_3D_MRCP", "GE": "3D MRCP", "Philips": "3D_MRCP", "Canon": "MRCP 3D", "Toshiba": "MRCP 3D"}[cx.mrv], "MIP"]
    ser = []
    for nm in seqs[: cx.rng.randint(2, 4)]:
        m = mr(cx, nm)
        bpe(cx, m, "ABDOMEN" if "ABDOMEN" in labels else "PELVIS", ["ABDOMEN", "PELVIS", "LIVER"])
        ser.append(S(m, labels, None, why + "; sequence-only name"))
    return sd, ser


def chest(cx):
    r = cx.rng.random()
    if r < 0.55:
        portable = cx.p(0.25)
        if portable:
            sd = cx.c(["PORTABLE CXR AP", "X-RAY CHEST AP (PORTABLE)", "CXR PORTABLE ICU", "X-RAY CHEST AP SUPINE (BEDSIDE)"])
        else:
            sd = cx.c(["X-RAY CHEST PA VIEW", "X-RAY CHEST PA", "CXR PA", "XRAY CHEST PA", "X RAY CHEST PA VIEW", "CHEST X-RAY PA",
                       "X-RAY CHEST PA (TB SCREENING)", "X-RAY CHEST PA & LAT", "CXR (PRE-EMPLOYMENT)", "X-RAY CHEST PA ? KOCH'S",
                       "CR CHEST PA", "X-RAY CHEST LORDOTIC VIEW"])
            if cx.local and cx.p(0.7):
                sd = cx.c(LAX[cx.local]["chest"])
        sd = up(cx, sd)
        v = "AP" if portable else "PA"
        ser = [S(xr(cx, cx.c([f"CHEST {v}", f"Chest {v}", f"Thorax {v}", v, "CHEST"]), v, portable=portable), ["CHEST"], None,
                 "chest radiograph")]
        if "LAT" in sd:
            ser.append(S(xr(cx, "CHEST LAT", "LL"), ["CHEST"], None, "chest radiograph, lateral"))
        for s in ser:
            bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"], p_missing=0.25)
        return sd, ser
    if r < 0.9:
        kind = cx.c(["hrct"] * 4 + ["cect"] * 3 + ["plain"] * 2 + ["ctpa", "biopsy"])
        names = {"hrct": ["HRCT CHEST", "HRCT THORAX", "HRCT CHEST (ILD PROTOCOL)", "HRCT LUNGS", "HRCT CHEST PRONE & SUPINE"],
                 "cect": ["CECT THORAX", "CECT CHEST", "CT CHEST (P+C)", "CECT THORAX ? KOCH'S", "CECT CHEST (MEDIASTINAL MASS)"],
                 "plain": ["NCCT CHEST", "CT CHEST PLAIN", "CT THORAX PLAIN", "CT CHEST LOW DOSE"],
                 "ctpa": ["CT PULMONARY ANGIOGRAPHY", "CTPA"], "biopsy": ["CT GUIDED LUNG BIOPSY", "CT GUIDED FNAC LUNG LESION"]}[kind]
        sd = up(cx, cx.c(names))
        why = "chest CT"
        kinds = ("lung",) if kind == "hrct" else ("soft", "lung")
        ser = ct_series(cx, ["CHEST"], None, why, ["Chest", "Thorax", "HRCT", "Lung", "Mediastinum"], kinds=kinds, contrast=kind in ("cect", "ctpa"))
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"])
        return sd, ser
    kind = cx.c(["usg", "usg", "mr"])
    if kind == "usg":
        sd = up(cx, cx.c(["USG CHEST (PLEURAL EFFUSION)", "USG THORAX FOR MARKING", "USG CHEST ? EFFUSION", "USG B/L PLEURAL CAVITY"]))
        return sd, us_series(cx, ["Lung", "Thorax", "Abdomen", ""], ["CHEST"], None, "pleural ultrasound: chest")
    sd = up(cx, cx.c(["MRI CHEST", "MRI THORAX (MEDIASTINUM)"]))
    ser = []
    for nm in mr_series(cx, "body")[:3]:
        m = mr(cx, nm)
        bpe(cx, m, "CHEST", ["THORAX"])
        ser.append(S(m, ["CHEST"], None, "chest MR; sequence-only name"))
    return sd, ser


def neuro(cx):
    r = cx.rng.random()
    if r < 0.5:
        names = ["NCCT HEAD", "NCCT BRAIN", "CT BRAIN PLAIN", "NCCT HEAD (RTA)", "CT HEAD (H/O FALL)", "CT BRAIN (P+C)", "CECT BRAIN",
                 "NCCT BRAIN ? STROKE", "CT SCAN BRAIN", "CT HEAD PLAIN"]
        sd = cx.c(names)
        if cx.local and cx.p(0.7):
            sd = cx.c(LAX[cx.local]["head"])
        sd = up(cx, sd)
        ser = ct_series(cx, ["HEAD"], None, "head CT", ["Brain", "Head", "BRAIN", "Head Seq"], kinds=("brain", "bone") if cx.p(0.6) else ("brain",),
                        contrast="C" in sd and "CECT" in sd)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], "HEAD", ["BRAIN", "SKULL"])
        return sd, ser
    if r < 0.9:
        names = ["MRI BRAIN", "MRI BRAIN PLAIN", "MRI BRAIN WITH CONTRAST", "MRI BRAIN (P+C)", "MRI BRAIN WITH MRA", "MRI BRAIN + MRV",
                 "MRI BRAIN EPILEPSY PROTOCOL", "MRI BRAIN ? NCC", "MRI BRAIN (? TUBERCULOMA)", "MRI BRAIN STROKE PROTOCOL", "MRI PITUITARY",
                 "MRI BRAIN & ORBITS", "MRI IAC (CP ANGLE)"]
        sd = up(cx, cx.c(names))
        labels = ["HEAD"]
        ser = []
        for nm in mr_series(cx, "brain")[: cx.rng.randint(3, 7)]:
            m = mr(cx, nm)
            if nm.endswith("ADC") or "ADC" in nm or "Apparent" in nm:
                m["ImageType"] = "DERIVED\\PRIMARY\\ADC"
            if cx.mrv == "Siemens" and cx.p(0.4):
                m["SequenceName"] = {"localizer": SIEM_SEQ["fl"]}.get(nm, SIEM_SEQ["ep"] if "ep2d" in nm else SIEM_SEQ["tse"] + "15")
            bpe(cx, m, "HEAD", ["BRAIN", "SKULL"])
            ser.append(S(m, labels, None, "brain MR; sequence-only name"))
        if "MRA" in sd or "MRV" in sd:
            m = mr(cx, {"Siemens": "tof_3d_multi-slab", "GE": "3D TOF", "Philips": "3D_TOF", "Canon": "TOF 3D", "Toshiba": "TOF 3D"}[cx.mrv])
            ser.append(S(m, labels, None, "intracranial MR angiography: head"))
            ser.append(S(mr(cx, "MIP", ImageType="DERIVED\\SECONDARY\\MIP"), labels, None, "MIP of the intracranial angiogram: head"))
        return sd, ser
    sd = up(cx, cx.c(["CT ANGIOGRAPHY BRAIN", "CTA INTRACRANIAL", "CT CEREBRAL ANGIO", "CT VENOGRAPHY BRAIN"]))
    ser = ct_series(cx, ["HEAD"], None, "intracranial CT angiography: head", ["CTA Head", "Angio", "Brain"], kinds=("soft",), contrast=True)
    return sd, ser


def headneck(cx):
    r = cx.rng.random()
    if r < 0.45:
        kind = cx.c(["pns", "pns", "temporal", "orbit", "face", "neck", "neck", "neckthorax", "facenck"])
        names, labels, why, bp = {
            "pns": (["CT PNS", "CT PNS (CORONAL)", "NCCT PNS", "CT PARANASAL SINUSES", "CT PNS PLAIN AXIAL + CORONAL"], ["HEAD"], "sinus CT: head", "SINUS"),
            "temporal": (["HRCT TEMPORAL BONE", "HRCT B/L TEMPORAL BONES", "HRCT MASTOID"], ["HEAD"], "temporal bone CT: head", "HEAD"),
            "orbit": (["CT ORBITS", "CT B/L ORBIT"], ["HEAD"], "orbit CT: head", "ORBIT"),
            "face": (["CT FACE WITH 3D", "CT FACIAL BONES 3D (RTA)", "NCCT FACE & 3D"], ["HEAD"], "facial bone CT: head", "HEAD"),
            "neck": (["CECT NECK", "CECT NECK (SOFT TISSUE)", "CT NECK P+C"], ["NECK"], "neck CT", "NECK"),
            "neckthorax": (["CECT NECK & THORAX", "CECT NECK + CHEST (CA TONGUE)", "CECT NECK AND THORAX (CA BUCCAL MUCOSA)"], ["NECK", "CHEST"],
                           "neck and chest CT (head-and-neck cancer staging)", "NECK"),
            "facenck": (["CECT FACE & NECK", "CECT ORAL CAVITY & NECK", "CT FACE AND NECK (CA ALVEOLUS)"], ["HEAD", "NECK"],
                        "face and neck CT: head and neck", "NECK"),
        }[kind]
        sd = up(cx, cx.c(names))
        ser = ct_series(cx, labels, None, why, ["Neck", "Sinus", "Face", "Orbit", "Temporal"] if len(labels) == 1 else ["Neck", "HN"],
                        kinds=("bone",) if kind in ("pns", "temporal", "face") else ("soft", "bone"), contrast=kind.startswith("neck") or kind == "facenck")
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], bp, ["HEAD", "NECK", "SKULL"])
        return sd, ser
    if r < 0.7:
        kind = cx.c(["thyroid", "thyroid", "neck", "salivary"])
        names, why = {"thyroid": (["USG THYROID", "USG NECK (THYROID)", "USG THYROID WITH DOPPLER"], "thyroid ultrasound: neck"),
                      "neck": (["USG NECK", "USG NECK (LYMPH NODES)", "USG NECK ? TB LYMPHADENITIS"], "neck ultrasound"),
                      "salivary": (["USG PAROTID", "USG B/L SUBMANDIBULAR GLANDS"], "salivary gland ultrasound: neck")}[kind]
        sd = up(cx, cx.c(names))
        ser = us_series(cx, ["Thyroid", "Small Parts", "Neck", "SMP", ""], ["NECK"], None, why)
        for s in ser:
            bpe(cx, s["meta"], "NECK", ["THYROID", "HEAD"], p_missing=0.35)
        return sd, ser
    if r < 0.85:
        kind = cx.c(["pns", "pns", "stneck", "adenoid", "skull", "mastoid"])
        names, labels, why, views = {
            "pns": (["X-RAY PNS WATERS VIEW", "X-RAY PNS (OM VIEW)", "XRAY PNS OM"], ["HEAD"], "sinus film: head", ["PNS OM", "WATERS"]),
            "stneck": (["X-RAY SOFT TISSUE NECK LAT", "X-RAY STN LAT", "X-RAY NECK AP/LAT (SOFT TISSUE)"], ["NECK"], "soft-tissue neck film", ["STN LAT", "NECK LAT"]),
            "adenoid": (["X-RAY NASOPHARYNX LAT (ADENOIDS)", "X-RAY ADENOID VIEW"], ["NECK"], "lateral nasopharynx film, labelled as neck (pharynx)", ["NASOPHARYNX LAT", "LAT"]),
            "skull": (["X-RAY SKULL AP/LAT", "X-RAY SKULL (RTA)"], ["HEAD"], "skull film: head", ["SKULL AP", "SKULL LAT"]),
            "mastoid": (["X-RAY B/L MASTOIDS (TOWNE)", "X-RAY MASTOID"], ["HEAD"], "mastoid film: head", ["TOWNE", "MASTOID"]),
        }[kind]
        sd = up(cx, cx.c(names))
        ser = [S(xr(cx, v, "LL" if "LAT" in v else "AP"), labels, None, why) for v in views[: cx.rng.randint(1, 2)]]
        for s in ser:
            bpe(cx, s["meta"], labels[0] if kind != "pns" else "SINUS", ["HEAD", "SKULL", "NECK"])
        return sd, ser
    kind = cx.c(["neck", "orbit", "hn", "pns"])
    names, labels, why = {"neck": (["MRI NECK", "MRI NECK (P+C)", "MRI SOFT TISSUE NECK"], ["NECK"], "neck MR"),
                          "orbit": (["MRI ORBITS", "MRI B/L ORBITS"], ["HEAD"], "orbit MR: head"),
                          "hn": (["MRI FACE & NECK", "MRI NASOPHARYNX & NECK"], ["HEAD", "NECK"], "face and neck MR: head and neck"),
                          "pns": (["MRI PNS", "MRI PNS (? FUNGAL SINUSITIS)"], ["HEAD"], "sinus MR: head")}[kind]
    sd = up(cx, cx.c(names))
    ser = []
    for nm in mr_series(cx, "body")[: cx.rng.randint(2, 4)]:
        m = mr(cx, nm)
        bpe(cx, m, "NECK" if "NECK" in labels else "HEAD", ["HEAD", "NECK", "BRAIN"])
        ser.append(S(m, labels, None, why + "; sequence-only name"))
    return sd, ser


def vasc(cx):
    kind = cx.c(["llven"] * 4 + ["llart"] * 2 + ["carotid"] * 3 + ["renal", "avf", "avf", "ulven", "runoff", "runoff", "aorta", "dsa", "tace"])
    if kind in ("llven", "llart"):
        side = cx.c("LRB")
        what = "VENOUS" if kind == "llven" else "ARTERIAL"
        sw = side_en(cx, side)
        if side == "B":
            sd = cx.c([f"COLOUR DOPPLER B/L LOWER LIMB {what}", f"CDS BOTH LOWER LIMBS {what}", f"B/L LOWER LIMB {what} DOPPLER"])
        else:
            sd = cx.c([f"COLOUR DOPPLER {sw} LOWER LIMB {what}", f"{sw} LOWER LIMB {what} DOPPLER", f"DOPPLER {what} {sw} LEG",
                       f"CDS {sw} LL {what} (DVT)" if kind == "llven" else f"PERIPHERAL ARTERIAL DOPPLER {sw} LOWER LIMB"])
        sd = up(cx, " ".join(sd.split()))
        labels = ["THIGH", "KNEE", "LEG"]
        why = "lower-limb duplex, groin to calf: thigh, knee and leg"
        ser = us_series(cx, ["Vascular", "LE Venous", "LEV", "Peripheral Arterial", "PV", ""], labels, side, why)
        for s in ser:
            bpe(cx, s["meta"], cx.c(["LEG", "LOWER LIMB", "EXTREMITY"]), None, p_missing=0.35)
        return sd, ser
    if kind in ("avf", "ulven"):
        side = cx.c("LR")
        sw = side_en(cx, side)
        sd = up(cx, cx.c([f"AV FISTULA MAPPING {sw} UPPER LIMB", f"DOPPLER {sw} UPPER LIMB (PRE AVF)", f"COLOUR DOPPLER {sw} ARM AVF",
                          f"{sw} UPPER LIMB VENOUS DOPPLER"]))
        labels = ["ARM", "ELBOW", "FOREARM", "WRIST"] if kind == "avf" else ["ARM", "ELBOW", "FOREARM"]
        why = "upper-limb duplex: arm, elbow, forearm" + (" and wrist (fistula mapping)" if kind == "avf" else "")
        ser = us_series(cx, ["Vascular", "UE Venous", "UEA", ""], labels, side, why)
        for s in ser:
            bpe(cx, s["meta"], "ARM", ["UPPER LIMB", "EXTREMITY"], p_missing=0.35)
        return sd, ser
    if kind == "carotid":
        sd = up(cx, cx.c(["CAROTID DOPPLER", "B/L CAROTID & VERTEBRAL DOPPLER", "COLOUR DOPPLER NECK VESSELS", "CAROTID VERTEBRAL DOPPLER"]))
        ser = us_series(cx, ["Carotid", "Vascular", "CAROTID", ""], ["NECK"], None, "carotid duplex: neck")
        for s in ser:
            bpe(cx, s["meta"], "NECK", ["CAROTID", "HEAD"], p_missing=0.35)
        return sd, ser
    if kind == "renal":
        sd = up(cx, cx.c(["RENAL ARTERY DOPPLER", "B/L RENAL DOPPLER", "DOPPLER RENAL VESSELS"]))
        return sd, us_series(cx, ["Renal", "Abdomen", ""], ["ABDOMEN"], None, "renal artery duplex: abdomen")
    if kind == "runoff":
        sd = up(cx, cx.c(["CT ANGIOGRAPHY B/L LOWER LIMBS", "CT PERIPHERAL ANGIOGRAPHY (AORTA TO FEET)", "CTA BOTH LOWER LIMBS RUNOFF", "CT ANGIO B/L LL"]))
        labels = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
        ser = ct_series(cx, labels, "B", "run-off CTA, aorta to feet, both legs", ["Runoff", "Angio", "CTA"], kinds=("soft",), contrast=True)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], cx.c(["LOWER LIMB", "LEG", "EXTREMITY", "ABDOMEN"]), None)
        return sd, ser
    if kind == "aorta":
        sd = up(cx, cx.c(["CT AORTOGRAM", "CT AORTOGRAPHY (THORACO-ABDOMINAL)", "CTA WHOLE AORTA"]))
        ser = ct_series(cx, CAP, None, "whole-aorta CTA: chest, abdomen, pelvis", ["Aorta", "Angio"], kinds=("soft",), contrast=True)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], cx.c(["CHEST", "ABDOMEN", "AORTA"]), None)
        return sd, ser
    mk = cx.c([("SIEMENS", "AXIOM-Artis"), ("Philips Medical Systems", "Azurion 7 M20"), ("GE MEDICAL SYSTEMS", "Innova IGS 530")])
    if kind == "dsa":
        sd = up(cx, cx.c(["DSA CEREBRAL (4 VESSEL)", "CEREBRAL ANGIOGRAPHY", "DSA BRAIN"]))
        labels, why = ["HEAD"], "cerebral angiography runs: head"
    else:
        sd = up(cx, cx.c(["TACE", "TRANS-ARTERIAL CHEMOEMBOLIZATION (HCC)", "HEPATIC ANGIOGRAPHY + TACE"]))
        labels, why = ["ABDOMEN"], "hepatic chemoembolisation runs: abdomen"
    ser = [S({"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, labels, None, why)
           for d in cx.c([["DSA 3fps", "Run 1", "Fluoro Store"], ["DSA", "Roadmap", "LAO 30"], ["Angio Run", "DSA 2fps"]])]
    for s in ser:
        bpe(cx, s["meta"], labels[0], None, p_missing=0.6)
    return sd, ser


def cardio(cx):
    kind = cx.c(["ccta", "ccta", "cacs", "cmr", "cag", "cag", "mpi"])
    if kind in ("ccta", "cacs"):
        sd = up(cx, cx.c(["CT CORONARY ANGIOGRAPHY", "CT CAG", "CTCA (128 SLICE)"] if kind == "ccta" else ["CT CALCIUM SCORING", "CT CARDIAC CALCIUM SCORE"]))
        ser = ct_series(cx, ["CHEST"], None, "coronary CT: chest", ["Cardiac", "Heart", "CaScore" if kind == "cacs" else "75%"], kinds=("soft",),
                        contrast=kind == "ccta")
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], cx.c(["HEART", "CHEST"]), ["HEART"])
        return sd, ser
    if kind == "cmr":
        sd = up(cx, cx.c(["CARDIAC MRI", "MRI HEART (VIABILITY)", "CARDIAC MRI WITH CONTRAST"]))
        nms = {"Siemens": ["localizer", "trufi_loc_multi", "cine_4ch", "cine_sa", "tfl_LGE_PSIR"],
               "GE": ["3-Plane Loc", "FIESTA CINE 4CH", "FIESTA CINE SAX", "MDE PSIR"],
               "Philips": ["Survey", "BTFE_4ch", "BTFE_SA", "PSIR_LGE"],
               "Canon": ["Locator", "CINE 4CH", "CINE SA", "LGE"], "Toshiba": ["Locator", "CINE 4CH", "CINE SA", "LGE"]}[cx.mrv]
        ser = []
        for nm in nms[: cx.rng.randint(2, 4)]:
            m = mr(cx, nm)
            bpe(cx, m, cx.c(["HEART", "CHEST"]), ["HEART"])
            ser.append(S(m, ["CHEST"], None, "cardiac MR: chest; sequence-only name"))
        return sd, ser
    if kind == "cag":
        sd = up(cx, cx.c(["CORONARY ANGIOGRAPHY", "CAG", "CAG + PTCA", "CORONARY ANGIO (RADIAL)"]))
        mk = cx.c([("Philips Medical Systems", "Allura Xper FD10"), ("SIEMENS", "Artis zee"), ("GE MEDICAL SYSTEMS", "Optima IGS 330")])
        ser = [S({"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, ["CHEST"], None,
                 "coronary angiography runs: chest") for d in cx.c([["LAO 30 CAU 25", "RAO 30", "AP CRA 30"], ["LCA", "RCA", "LV gram"], ["Run 1", "Run 2"]])]
        for s in ser:
            bpe(cx, s["meta"], "HEART", ["CHEST"], p_missing=0.6)
        return sd, ser
    return nm_exam(cx, "mpi")


def nm_exam(cx, kind=None):
    kind = kind or cx.c(["bone", "bone", "bone", "dtpa", "dmsa", "thyroid", "thyroid", "mpi", "hida", "i131", "parathy"])
    mk = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), ("GE MEDICAL SYSTEMS", "Infinia")])
    names, labels, why, sers, bp = {
        "bone": (["BONE SCAN (WHOLE BODY)", "Tc99m MDP WHOLE BODY BONE SCAN", "WHOLE BODY BONE SCAN", "SKELETAL SCINTIGRAPHY"], WB,
                 "whole-body bone scan", ["WB ANT", "WB POST", "Whole Body", "Spot views"], "WHOLEBODY"),
        "dtpa": (["Tc99m DTPA RENAL SCAN", "DTPA SCAN WITH GFR", "DTPA DIURETIC RENOGRAM"], ["ABDOMEN"], "renogram: kidneys, abdomen",
                 ["Dynamic", "Renal Flow", "Post Lasix", "Pre-void"], "KIDNEY"),
        "dmsa": (["Tc99m DMSA SCAN", "DMSA RENAL CORTICAL SCAN"], ["ABDOMEN"], "renal cortical scan: abdomen", ["Static ANT", "Static POST", "LPO", "RPO"], "KIDNEY"),
        "thyroid": (["THYROID SCAN (Tc99m)", "Tc99m PERTECHNETATE THYROID SCAN", "THYROID SCINTIGRAPHY WITH UPTAKE"], ["NECK"],
                    "thyroid scan: neck", ["Thyroid ANT", "Static", "Pinhole"], "THYROID"),
        "mpi": (["MPI (STRESS/REST)", "MYOCARDIAL PERFUSION SCAN", "Tc99m MIBI STRESS MPI", "GATED SPECT MPI"], ["CHEST"],
                "myocardial perfusion: chest", ["Stress", "Rest", "Gated SPECT", "SA", "HLA"], "HEART"),
        "hida": (["HIDA SCAN", "HEPATOBILIARY SCINTIGRAPHY (Tc99m MEBROFENIN)"], ["ABDOMEN"], "hepatobiliary scan: abdomen",
                 ["Dynamic 60 min", "Static ANT", "Delayed"], "ABDOMEN"),
        "i131": (["I-131 WHOLE BODY SCAN", "I131 WBS (POST THERAPY)", "DIAGNOSTIC I-131 WBS"], WB, "radio-iodine whole-body scan",
                 ["WB ANT", "WB POST", "Neck Spot"], "WHOLEBODY"),
        "parathy": (["PARATHYROID SCAN (SESTAMIBI)", "Tc99m MIBI PARATHYROID"], ["NECK"], "parathyroid scan: neck", ["Early", "Delayed", "SPECT"], "NECK"),
    }[kind]
    sd = up(cx, cx.c(names))
    ser = []
    for d in sers[: cx.rng.randint(1, 3)]:
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if kind in ("bone", "i131") and d == "Spot views":
            lab, w = WB, why + "; spot views of the same scan"
        else:
            lab, w = labels, why
        bpe(cx, m, bp, ["CHEST", "ABDOMEN", "WHOLEBODY"] if labels != WB else ["CHEST", "SKULL"], p_missing=0.4)
        ser.append(S(m, lab, None, w))
    return sd, ser


def nm(cx):
    return nm_exam(cx)


def onc(cx):
    kind = cx.c(["fdg"] * 8 + ["psma", "psma", "dota", "fdgbrain", "sim", "sim", "sim", "cap", "cap", "wbmr", "pelvismr", "neckthx"])
    if kind in ("fdg", "psma", "dota"):
        tracer = {"fdg": "F-18 FDG", "psma": "Ga-68 PSMA", "dota": "Ga-68 DOTATATE"}[kind]
        sd = up(cx, cx.c([f"{tracer} PET CT WHOLE BODY", f"PET-CT WHOLE BODY ({tracer})", f"WB {tracer} PET/CT", f"{tracer} PET/CT",
                          "WHOLE BODY PET CT" if kind == "fdg" else f"{tracer} PET", "PET CT SCAN (RESPONSE ASSESSMENT)" if kind == "fdg" else f"{tracer} PETCT"]))
        pet = cx.c([("GE MEDICAL SYSTEMS", "Discovery MI"), ("GE MEDICAL SYSTEMS", "Discovery 710"), ("SIEMENS", "Biograph Horizon"),
                    ("SIEMENS", "Biograph mCT"), ("Philips Medical Systems", "Ingenuity TF PET/CT")])
        why = "whole-body PET/CT, skull base to thighs"
        ser = []
        if pet[0] == "SIEMENS":
            descs = [("CT", "Topogram 0.6 T20f"), ("CT", "CT WB 5.0 B30f"), ("PT", "PET WB AC"), ("PT", "PET WB NAC"), ("PT", "PET MIP")]
        elif pet[0].startswith("GE"):
            descs = [("CT", "Scout"), ("CT", "CTAC 3.75 Thick"), ("CT", "WB 2.5mm STND"), ("PT", "WB 3D MAC"), ("PT", "PET WB"), ("PT", "MIP")]
        else:
            descs = [("CT", "Surview"), ("CT", "CT for AC"), ("PT", "PET AC"), ("PT", "PET NAC"), ("PT", "MIP")]
        for mod, d in cx.rng.sample(descs, cx.rng.randint(2, len(descs))):
            m = {"Modality": mod, "Manufacturer": pet[0], "ManufacturerModelName": pet[1], "SeriesDescription": d}
            if mod == "PT" and cx.p(0.5):
                m["ImageType"] = "ORIGINAL\\PRIMARY" if "MIP" not in d else "DERIVED\\SECONDARY\\MIP"
            bpe(cx, m, "WHOLEBODY", ["CHEST", "ABDOMEN", "HEAD", "TORSO"], p_missing=0.35, p_alt=0.25)
            ser.append(S(m, WB, None, why + ("; scout of the PET/CT" if d in ("Scout", "Surview") or d.startswith("Topogram") else "")))
        if cx.p(0.35):
            m = {"Modality": "CT", "Manufacturer": pet[0], "ManufacturerModelName": pet[1], "SeriesDescription": cx.c(["Lung 1.25", "CT Chest Lung B70f", "LUNG WINDOW"]),
                 "ConvolutionKernel": cx.c(["LUNG", "B70f"])}
            bpe(cx, m, "CHEST", None)
            ser.append(S(m, ["CHEST"], None, "dedicated lung recon of the PET/CT: chest only"))
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": pet[0],
                      "SeriesDescription": "Radiation Dose Information"}, [], None, "dose structured report", img=False))
        return sd, ser
    if kind == "fdgbrain":
        sd = up(cx, cx.c(["F-18 FDG PET BRAIN", "PET CT BRAIN (FDG)"]))
        ser = [S({"Modality": m, "Manufacturer": "SIEMENS", "ManufacturerModelName": "Biograph Horizon", "SeriesDescription": d}, ["HEAD"], None,
                 "brain PET: head") for m, d in [("CT", "Topogram 0.6 T20f"), ("CT", "Brain CTAC"), ("PT", "PET Brain AC")]]
        return sd, ser
    if kind == "sim":
        site = cx.c(["hn", "pelvis", "thorax", "breast", "brain", "abdomen"])
        side = cx.c("LR") if site == "breast" else None
        sw = side_en(cx, side) if side else ""
        names, labels, why = {
            "hn": (["CT SIMULATION HEAD & NECK", "CT SIM H&N (CA ORAL CAVITY)", "RADIOTHERAPY PLANNING CT HEAD NECK"], ["HEAD", "NECK"],
                   "radiotherapy planning CT of head and neck"),
            "pelvis": (["CT SIMULATION PELVIS (CA CERVIX)", "CT SIM PELVIS", "RADIOTHERAPY PLANNING CT PELVIS (CA RECTUM)"], ["PELVIS"],
                       "radiotherapy planning CT of the pelvis"),
            "thorax": (["CT SIMULATION THORAX", "CT SIM CHEST (CA OESOPHAGUS)"], ["CHEST"], "radiotherapy planning CT of the chest"),
            "breast": ([f"CT SIMULATION {sw} BREAST", f"CT SIM CHEST WALL ({sw})", f"{sw} BREAST RADIOTHERAPY PLANNING CT"], ["CHEST", "BREAST"],
                       "breast radiotherapy planning CT: chest and that breast"),
            "brain": (["CT SIMULATION BRAIN", "CT SIM WHOLE BRAIN"], ["HEAD"], "radiotherapy planning CT of the brain"),
            "abdomen": (["CT SIMULATION ABDOMEN", "CT SIM UPPER ABDOMEN (CA STOMACH)"], ["ABDOMEN"], "radiotherapy planning CT of the abdomen"),
        }[site]
        sd = up(cx, cx.c(names))
        mk = cx.c([("SIEMENS", "SOMATOM Confidence"), ("GE MEDICAL SYSTEMS", "Optima CT580 RT"), ("Philips", "Brilliance Big Bore")])
        ser = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d, "SliceThickness": "3"},
                 labels, side, why) for d in cx.rng.sample(["Topogram", "RT Plan 3mm", "SIM 3.0 B30s", "Planning CT", "Scout"], 2)]
        for s in ser:
            bpe(cx, s["meta"], cx.c([labels[0], "HEAD_NECK" if site == "hn" else labels[0]]), None)
        ser.append(S({"Modality": "RTSTRUCT", "Manufacturer": mk[0], "SeriesDescription": "RS: Contours"}, [], None, "RT structure set", img=False))
        return sd, ser
    if kind == "cap":
        sd = up(cx, cx.c(["CECT CHEST ABDOMEN PELVIS", "CECT THORAX + W/A", "CT CAP (STAGING)", "CECT NECK THORAX ABDOMEN PELVIS"]))
        labels = CAP if "NECK" not in sd else ["NECK"] + CAP
        ser = ct_series(cx, labels, None, "staging CT: " + ", ".join(l.lower() for l in labels), ["Body", "CAP", "Thorax-Abdomen"],
                        kinds=("soft", "lung"), contrast=True)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], cx.c(["CHEST", "ABDOMEN", "CHEST_ABDOMEN_PELVIS"]), None)
        return sd, ser
    if kind == "wbmr":
        sd = up(cx, cx.c(["WHOLE BODY MRI (DWIBS)", "MRI WHOLE BODY (MYELOMA SCREENING)", "WB-MRI METASTATIC SCREEN"]))
        ser = []
        for d in ["WB_DWI_b900", "WB_STIR_COR", "WB_T1_COR composed"]:
            m = mr(cx, d, ImageType="DERIVED\\PRIMARY\\COMPOSED" if "composed" in d else "ORIGINAL\\PRIMARY")
            bpe(cx, m, "WHOLEBODY", ["CHEST", "SPINE"])
            ser.append(S(m, WB, None, "whole-body MR"))
        return sd, ser
    if kind == "pelvismr":
        sd = up(cx, cx.c(["MRI PELVIS (CA CERVIX STAGING)", "MRI RECTUM STAGING", "MRI PELVIS (CA ENDOMETRIUM)"]))
        ser = []
        for nm in mr_series(cx, "body")[1:4]:
            m = mr(cx, nm)
            bpe(cx, m, "PELVIS", ["ABDOMEN"])
            ser.append(S(m, ["PELVIS"], None, "pelvic staging MR; sequence-only name"))
        return sd, ser
    sd = up(cx, cx.c(["CECT NECK & THORAX (CA LARYNX)", "CECT NECK AND CHEST"]))
    ser = ct_series(cx, ["NECK", "CHEST"], None, "neck and chest CT", ["Neck", "Neck-Thorax"], kinds=("soft",), contrast=True)
    return sd, ser


def breast(cx):
    r = cx.rng.random()
    if r < 0.5:
        kind = cx.c(["screen", "screen", "diag", "diag", "tomo"])
        mk = MG_MAKE[cx.mgv or "GE"]
        if kind in ("screen", "tomo"):
            sd = up(cx, cx.c(["MAMMOGRAPHY B/L", "DIGITAL MAMMOGRAPHY (BOTH BREASTS)", "SCREENING MAMMOGRAM", "B/L MAMMOGRAPHY",
                              "MAMMOGRAPHY BOTH BREAST WITH TOMO" if kind == "tomo" else "MAMMOGRAM B/L"]))
            sides = ["R", "L"]
        else:
            side = cx.c("LR")
            sd = up(cx, cx.c([f"MAMMOGRAPHY {side_en(cx, side)} BREAST", f"DIAGNOSTIC MAMMOGRAM ({side_en(cx, side)})",
                              f"{side_en(cx, side)} MAMMOGRAPHY + SPOT COMPRESSION"]))
            sides = [side]
        ser = []
        for s_ in sides:
            for v in ["CC", "MLO"]:
                nm = cx.c([f"{s_} {v}", f"{s_}{v}", f"{v} {'Right' if s_ == 'R' else 'Left'}", f"{v}"])
                m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": cx.model("MG", mk[1]), "SeriesDescription": nm, "ViewPosition": v,
                     "ImageLaterality": s_}
                if kind == "tomo" and cx.p(0.5):
                    m["ImageType"] = "ORIGINAL\\PRIMARY\\TOMOSYNTHESIS"
                bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.2)
                ser.append(S(m, ["BREAST"], s_, "mammogram image of one breast; side from ImageLaterality"))
        return sd, ser
    if r < 0.85:
        side = cx.c("LRBB")
        if side == "B":
            sd = cx.c(["USG B/L BREAST", "SONOMAMMOGRAPHY B/L", "USG BOTH BREASTS", "USG BREAST (BILATERAL)", "SONOMAMMOGRAPHY BOTH BREAST"])
        else:
            sw = side_en(cx, side)
            sd = cx.c([f"USG {sw} BREAST", f"USG BREAST {sw} (LUMP)", f"SONOMAMMOGRAPHY {sw} BREAST", f"USG GUIDED BIOPSY {sw} BREAST LUMP"])
        sd = up(cx, sd)
        ser = us_series(cx, ["Breast", "BREAST", "Small Parts", ""], ["BREAST"], side, "breast ultrasound; side from the order text")
        for s in ser:
            bpe(cx, s["meta"], "BREAST", ["CHEST"], p_missing=0.35)
        return sd, ser
    sd = up(cx, cx.c(["MRI BREAST (BILATERAL)", "MRI B/L BREAST WITH CONTRAST", "DCE-MRI BREAST"]))
    ser = []
    for nm in mr_series(cx, "breast")[: cx.rng.randint(2, 5)]:
        m = mr(cx, nm)
        bpe(cx, m, "BREAST", ["CHEST"])
        ser.append(S(m, ["BREAST"], "B", "breast MR images both breasts"))
    return sd, ser


def dxa(cx):
    mk = cx.c([("GE Healthcare", "Lunar Prodigy Advance"), ("GE Healthcare", "Lunar iDXA"), ("HOLOGIC", "Discovery Wi")])
    sd = up(cx, cx.c(["BMD (DEXA) SCAN", "DEXA SCAN SPINE & HIP", "BMD LUMBAR SPINE & FEMUR", "BONE DENSITOMETRY", "DEXA BMD", "DEXA WHOLE BODY"]))
    ser = []
    hipside = cx.c(["L", "L", "R"])
    opts = [("AP Spine", ["LSPINE"], None, "DXA lumbar spine image", "LSPINE"),
            ("Left Femur" if hipside == "L" else "Right Femur", ["HIP"], hipside, "DXA hip image of one side", "HIP"),
            ("DualFemur", ["HIP"], "B", "DXA of both hips", "HIP"),
            ("Forearm", ["FOREARM"], "L", "DXA of the non-dominant (left) forearm", "FOREARM")]
    if "WHOLE BODY" in sd:
        opts = [("Total Body", WB, None, "whole-body DXA", "WHOLEBODY")]
    for d, lab, lat, why, bp in cx.rng.sample(opts, min(len(opts), cx.rng.randint(1, 3))):
        if d == "Forearm":
            d = cx.c(["Forearm", "Left Forearm", "L Forearm 33%"])
            if d == "Forearm":
                why += "; side in Laterality"
        m = {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "Manufacturer": mk[0], "ManufacturerModelName": mk[1],
             "SeriesDescription": d}
        if d == "Forearm":
            m["Laterality"] = "L"
        bpe(cx, m, bp, ["SPINE", "PELVIS"], p_missing=0.4)
        ser.append(S(m, lab, lat, why))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": mk[0], "SeriesDescription": "DXA Report"}, [],
                 None, "DXA result report: no pixels", img=False))
    return sd, ser


def dental(cx):
    kind = cx.c(["opg", "opg", "opg", "cbct", "cbct", "ceph", "iopa", "iopa"])
    mk = cx.c([("Carestream Health", "CS 8100"), ("VATECH", "PaX-i3D"), ("PLANMECA", "ProMax"), ("Sirona", "ORTHOPHOS XG")])
    if kind == "opg":
        sd = up(cx, cx.c(["OPG", "ORTHOPANTOMOGRAM", "X-RAY OPG", "OPG (FULL MOUTH)", "DENTAL PANORAMIC (OPG)"]))
        ser = [S({"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Panoramic", "OPG", "Standard Pan", ""]) or "PAN"},
                 ["HEAD"], None, "dental panoramic: head")]
    elif kind == "cbct":
        sd = up(cx, cx.c(["CBCT MAXILLA", "CBCT MANDIBLE (IMPLANT)", "CBCT TMJ", "CBCT FULL ARCH", "DENTAL CBCT"]))
        ser = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, ["HEAD"], None,
                 "dental cone-beam CT: head") for d in cx.rng.sample(["CBCT Volume", "3D", "Axial", "Panoramic recon"], 2)]
    elif kind == "ceph":
        sd = up(cx, cx.c(["LATERAL CEPHALOGRAM", "LAT CEPH", "CEPHALOMETRY"]))
        ser = [S({"Modality": "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": "Ceph Lateral"}, ["HEAD"], None,
                 "lateral cephalogram: head")]
    else:
        tooth = cx.c(["36", "46", "11", "21", "38", "48", "LL6", "UR8"])
        sd = up(cx, cx.c([f"IOPA {tooth}", f"IOPA X-RAY ({tooth})", "RVG"]))
        ser = [S({"Modality": "IO", "Manufacturer": mk[0], "SeriesDescription": cx.c(["Intraoral", "RVG", "IOPA"])}, ["HEAD"], None,
                 "intraoral dental film: head")]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["JAW", "HEAD", "MANDIBLE"]), None, p_missing=0.35)
    return sd, ser


def paeds(cx):
    kind = cx.c(["babygram", "babygram", "nsg", "nsg", "ddh", "boneage", "boneage", "adenoid", "nicu", "nicu", "mcu", "invert", "intuss"])
    if kind == "babygram":
        sd = up(cx, cx.c(["X-RAY BABYGRAM", "X-RAY CHEST & ABDOMEN (NICU)", "BABYGRAM AP", "X-RAY CHEST + ABD (NEONATE)"]))
        ser = [S(xr(cx, cx.c(["BABYGRAM", "Chest Abdomen AP", "AP"]), "AP", portable=True), ["CHEST", "ABDOMEN"], None,
                 "neonatal film of chest and abdomen")]
        bpe(cx, ser[0]["meta"], cx.c(["CHEST", "ABDOMEN", "WHOLEBODY"]), None)
        return sd, ser
    if kind == "nicu":
        sd = up(cx, cx.c(["PORTABLE CXR (NICU)", "X-RAY CHEST AP NICU", "CXR AP (NEONATE) ET TUBE POSITION"]))
        ser = [S(xr(cx, cx.c(["CHEST AP", "Chest AP Neonate", "AP"]), "AP", portable=True), ["CHEST"], None, "neonatal chest film")]
        bpe(cx, ser[0]["meta"], "CHEST", None)
        return sd, ser
    if kind == "nsg":
        sd = up(cx, cx.c(["NSG", "NEUROSONOGRAM", "CRANIAL USG (NEONATE)", "USG BRAIN (TRANSFONTANELLAR)", "NSG (PRETERM)"]))
        ser = us_series(cx, ["Neonatal Head", "Neo Head", "NEONATAL", ""], ["HEAD"], None, "neonatal cranial ultrasound: head")
        for s in ser:
            bpe(cx, s["meta"], cx.c(["HEAD", "BRAIN"]), None, p_missing=0.35)
        return sd, ser
    if kind == "ddh":
        sd = up(cx, cx.c(["USG B/L HIPS (DDH)", "USG BOTH HIP JOINTS FOR DDH", "INFANT HIP USG (GRAF) B/L"]))
        ser = us_series(cx, ["MSK", "Hip", "Paed Hip", ""], ["HIP"], "B", "infant hip ultrasound of both hips")
        return sd, ser
    if kind == "boneage":
        sd = up(cx, cx.c(["X-RAY LT HAND & WRIST (BONE AGE)", "X-RAY BONE AGE (LEFT HAND)", "X-RAY LEFT WRIST WITH HAND FOR BONE AGE"]))
        ser = [S(xr(cx, cx.c(["HAND PA", "BONE AGE", "Hand Wrist PA"]), "PA"), ["HAND", "WRIST"], "L", "bone-age film of the left hand and wrist")]
        bpe(cx, ser[0]["meta"], "HAND", ["WRIST"])
        return sd, ser
    if kind == "adenoid":
        sd = up(cx, cx.c(["X-RAY NASOPHARYNX LAT (ADENOIDS)", "X-RAY STN LAT FOR ADENOIDS"]))
        ser = [S(xr(cx, cx.c(["STN LAT", "NASOPHARYNX LAT"]), "LL"), ["NECK"], None, "adenoid film, labelled as neck (pharynx)")]
        bpe(cx, ser[0]["meta"], cx.c(["NECK", "SKULL"]), None)
        return sd, ser
    if kind == "invert":
        sd = up(cx, cx.c(["X-RAY INVERTOGRAM", "INVERTOGRAM (PRONE CROSS TABLE LAT)"]))
        ser = [S(xr(cx, cx.c(["INVERTOGRAM", "CROSS TABLE LAT"]), "LL", portable=True), ["PELVIS"], None, "invertogram for anorectal malformation: pelvis")]
        bpe(cx, ser[0]["meta"], cx.c(["PELVIS", "ABDOMEN"]), None)
        return sd, ser
    if kind == "intuss":
        sd = up(cx, cx.c(["USG ABDOMEN ? INTUSSUSCEPTION", "USG ABDOMEN (PAEDS) ? INTUSSUSCEPTION"]))
        return sd, us_series(cx, ["Abdomen", "Bowel", "Paed Abd"], ["ABDOMEN"], None, "intussusception sonography: abdomen")
    sd = up(cx, cx.c(["MCU", "MCU (? VUR)", "MICTURATING CYSTOURETHROGRAM"]))
    mk = cx.c([("SIEMENS", "Luminos Agile"), ("ALLENGERS", "VIVID"), ("Philips Medical Systems", "EasyDiagnost")])
    ser = [S({"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, AP_, None,
             "micturating cystourethrogram, bladder to kidneys for reflux: abdomen and pelvis") for d in ["MCU", "Voiding", "Fluoro Spot"][: cx.rng.randint(1, 3)]]
    return sd, ser


def giuro(cx):
    kind = cx.c(["swallow", "meal", "mft", "enema", "ivp", "ivp", "rgu", "hsg", "hsg", "kubxr", "kubxr", "abdxr", "ttube"])
    mk = cx.c([("SIEMENS", "Luminos Agile"), ("ALLENGERS", "VIVID"), ("Philips Medical Systems", "EasyDiagnost"), ("GE MEDICAL SYSTEMS", "Precision 500D")])
    table = {
        "swallow": (["BARIUM SWALLOW", "BA SWALLOW", "BARIUM SWALLOW (DYSPHAGIA)"], ["NECK", "CHEST"], "barium swallow, pharynx to cardia: neck and chest", "RF"),
        "meal": (["BARIUM MEAL", "BARIUM MEAL STUDY (UGI)"], ["ABDOMEN"], "barium meal: stomach and duodenum", "RF"),
        "mft": (["BARIUM MEAL FOLLOW THROUGH", "BMFT", "BARIUM MEAL FOLLOW-THROUGH ? KOCH'S"], AP_, "follow-through to the terminal ileum: abdomen and pelvis", "RF"),
        "enema": (["BARIUM ENEMA", "DOUBLE CONTRAST BARIUM ENEMA"], AP_, "barium enema: colon, abdomen and pelvis", "RF"),
        "ivp": (["IVP", "IVU", "INTRAVENOUS PYELOGRAPHY", "IVP (KUB)"], AP_, "intravenous urogram: kidneys to bladder", "RF"),
        "rgu": (["RGU", "RGU + MCU", "RETROGRADE URETHROGRAM"], ["PELVIS"], "urethrogram: pelvis", "RF"),
        "hsg": (["HSG", "HYSTEROSALPINGOGRAPHY", "HSG (INFERTILITY)"], ["PELVIS"], "hysterosalpingogram: pelvis", "RF"),
        "kubxr": (["X-RAY KUB", "XRAY KUB REGION", "X-RAY KUB (? CALCULUS)", "PLAIN X-RAY KUB"], AP_, "KUB film: abdomen and pelvis", "XR"),
        "abdxr": (["X-RAY ABDOMEN ERECT", "X-RAY ABDOMEN STANDING", "X-RAY ERECT ABDOMEN (? OBSTRUCTION)"], ["ABDOMEN"], "erect abdominal film", "XR"),
        "ttube": (["T-TUBE CHOLANGIOGRAM", "T TUBE CHOLANGIOGRAPHY"], ["ABDOMEN"], "T-tube cholangiogram: abdomen", "RF"),
    }
    names, labels, why, mod = table[kind]
    sd = up(cx, cx.c(names))
    if mod == "XR":
        ser = [S(xr(cx, cx.c(["KUB", "ABDOMEN AP", "Abdomen", "AP"]) if kind == "kubxr" else cx.c(["ABDOMEN ERECT", "Abdomen Standing", "AP ERECT"]), "AP"),
                 labels, None, why)]
        bpe(cx, ser[0]["meta"], "ABDOMEN", ["KUB", "PELVIS"])
        return sd, ser
    d = {"swallow": ["Swallow AP", "Swallow LAT", "OESOPHAGUS"], "meal": ["Stomach", "Duodenum", "Spot"], "mft": ["30 MIN", "1 HR", "ILEOCAECAL SPOT"],
         "enema": ["Colon", "Rectum LAT", "Overhead"], "ivp": ["Scout KUB", "5 MIN", "15 MIN", "Post Void"], "rgu": ["RGU", "Oblique", "Voiding"],
         "hsg": ["HSG", "Spill", "Spot 1"], "ttube": ["Cholangio", "Spot"]}[kind]
    ser = [S({"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": x}, labels, None,
             why + ("; control film of the study" if "Scout" in x else "")) for x in d[: cx.rng.randint(1, len(d))]]
    for s in ser:
        bpe(cx, s["meta"], labels[0] if kind != "swallow" else "ESOPHAGUS",
            ["CHEST", "NECK"] if kind == "swallow" else ["ABDOMEN", "PELVIS"], p_missing=0.35)
    return sd, ser


def trauma(cx):
    kind = cx.c(["pan"] * 4 + ["pelvisxr"] * 2 + ["fast"] * 2 + ["chestpelvis", "skullface", "cspinext", "limbs", "limbs", "limbs"])
    if kind == "pan":
        sd = up(cx, cx.c(["CT TRAUMA PROTOCOL (POLYTRAUMA)", "WHOLE BODY CT (RTA)", "CT HEAD + C-SPINE + CHEST + ABDOMEN (POLYTRAUMA)",
                          "PANSCAN TRAUMA", "NCCT HEAD, CECT CHEST & ABDOMEN (RTA)"]))
        ser = [S(ct(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), WB, None, "polytrauma scout, head to pelvis")]
        parts = [("Head", "brain", ["HEAD"], "trauma head recon"), ("C-Spine", "bone", ["CSPINE"], "trauma cervical spine recon"),
                 ("Chest Abd", "soft", CAP, "trauma body recon, chest to pelvis"), ("Spine D-L", "bone", ["TSPINE", "LSPINE"], "trauma thoracolumbar recon"),
                 ("Lung", "lung", ["CHEST"], "trauma chest lung recon"), ("Pelvis Bone", "bone", ["PELVIS"], "trauma pelvis bone recon")]
        for reg, k, lab, why in cx.rng.sample(parts, cx.rng.randint(2, 4)):
            nm, ker, t = ct_recon(cx, reg, k)
            m = ct(cx, nm, ConvolutionKernel=ker, SliceThickness=t)
            bpe(cx, m, cx.c(["WHOLEBODY", lab[0], "HEAD"]), None, p_missing=0.4)
            ser.append(S(m, lab, None, why))
        ser.append(S({"Modality": "CT", "Manufacturer": CT_MAKE[cx.ctv][0], "SeriesDescription": cx.c(["Dose Report", "Patient Protocol"])}, [], None,
                     "CT dose page: text, no anatomy", img=False))
        return sd, ser
    if kind == "pelvisxr":
        sd = up(cx, cx.c(["X-RAY PELVIS AP (RTA)", "X-RAY PELVIS AP", "PELVIS AP (TRAUMA)"]))
        ser = [S(xr(cx, cx.c(["PELVIS AP", "Pelvis", "AP"]), "AP", portable=cx.p(0.3)), ["PELVIS"], None, "pelvis film")]
        bpe(cx, ser[0]["meta"], "PELVIS", ["HIP", "ABDOMEN"])
        return sd, ser
    if kind == "fast":
        sd = up(cx, cx.c(["FAST SCAN", "eFAST (RTA)", "USG FAST"]))
        ser = us_series(cx, ["FAST", "Abdomen", "Cardiac", ""], CAP, None, "FAST images: pericardium, abdomen and pelvis")
        return sd, ser
    if kind == "chestpelvis":
        sd = up(cx, cx.c(["X-RAY CHEST AP + PELVIS AP (TRAUMA)", "TRAUMA SERIES X-RAY (CHEST, PELVIS)"]))
        ser = [S(xr(cx, "CHEST AP", "AP", portable=True), ["CHEST"], None, "trauma chest film"),
               S(xr(cx, "PELVIS AP", "AP", portable=True), ["PELVIS"], None, "trauma pelvis film")]
        for s in ser:
            bpe(cx, s["meta"], s["labels"][0], None)
        return sd, ser
    if kind == "skullface":
        sd = up(cx, cx.c(["NCCT FACE WITH 3D (RTA)", "CT MAXILLOFACIAL 3D", "CT MANDIBLE 3D"]))
        ser = ct_series(cx, ["HEAD"], None, "facial trauma CT: head", ["Face", "Facial Bones", "Mandible"], kinds=("bone",))
        return sd, ser
    if kind == "cspinext":
        sd = up(cx, cx.c(["X-RAY C-SPINE LAT (CROSS TABLE)", "X-RAY C SPINE AP/LAT (RTA)"]))
        ser = [S(xr(cx, cx.c(["C-SPINE LAT", "CROSS TABLE LAT", "C SPINE AP"]), "LL", portable=True), ["CSPINE"], None, "trauma cervical spine film")]
        bpe(cx, ser[0]["meta"], "CSPINE", ["NECK", "SPINE"])
        return sd, ser
    code = cx.c(["FOREARM", "LEG", "THIGH", "ANKLE", "WRIST", "ELBOW", "KNEE", "HIP", "ARM", "SHOULDER"])
    return msk_xr(cx, code, cx.c("LR"))


FAMILY = {"msk": msk, "spine": spine, "obs": obs, "abdo": abdo, "chest": chest, "neuro": neuro, "headneck": headneck, "vasc": vasc,
          "cardio": cardio, "onc": onc, "nm": nm, "breast": breast, "dxa": dxa, "dental": dental, "paeds": paeds, "giuro": giuro,
          "trauma": trauma}


NOANAT_KINDS = ["doc", "ko", "pr", "sr", "doc", "page", "qa", "ko", "pr"]


def noanat(cx, i):
    k = NOANAT_KINDS[i % len(NOANAT_KINDS)]
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Document", "REQUISITION FORM", "Requisition Slip", "CONSENT FORM", "Prescription",
                                           "OLD REPORT SCAN", "Referral Slip"])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotation"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose SR", "Radiation Dose Information"])}, \
            "dose structured report"
    if k == "qa":
        return {"Modality": "CT", "Manufacturer": CT_MAKE[cx.ctv][0], "SeriesDescription": cx.c(["DAILY QA WATER PHANTOM", "QA Phantom", "Calibration Water"]),
                "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, "water phantom for daily QA: no patient"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Dose Report"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

SIDE_TOKENS = {"L", "R", "LT", "RT", "B"}


def truncate(text, n=16):
    """Older worklist mappings keep the first n characters; a cut inside a word never leaves a
    lone side letter (a cut 'LAT' is not a left)."""
    t = text[:n]
    if len(text) > n and text[n].isalnum() and t[-1:].isalnum():
        head, part = re.match(r"(.*?)([A-Za-z0-9]*)$", t).groups()
        if part.upper() in SIDE_TOKENS:
            t = head
    return t.rstrip(" -/(")


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a busy console's typing slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def build():
    rng = random.Random(SEED)
    rows = []
    n_noanat = 0
    for site in SITES:
        strata = SITES[site][-1]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        target = SITES[site][2]
        n_site = 0
        # the site's work list: each stratum in proportion to its weight, in a shuffled order
        cycle = [n for n, w in zip(names, wts) for _ in range(w)]
        rng.shuffle(cycle)
        k = 0
        while n_site < target:
            cx = Ctx(rng, site, k)
            stratum = cycle[k % len(cycle)]
            k += 1
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.15:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                others = [dict(o["meta"]) for o in ser if o is not s]
                if others and rng.random() < 0.5:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": others}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if r < 0.2:
                    meta["RequestedProcedureDescription"] = sd
                elif r < 0.32:
                    meta["PerformedProcedureStepDescription"] = sd
                # CR readers and older worklist brokers keep 16 characters of the step description
                if meta.get("Modality") in ("CR", "RF", "US") and len(sd) > 16 and rng.random() < 0.3:
                    meta["PerformedProcedureStepDescription"] = truncate(sd)
                # a busy console's typing slip, on orders without a side
                if s["laterality"] is None and "StudyDescription" in meta and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx, n_noanat)
                n_noanat += 1
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if why.startswith("water phantom"):
                    meta["StudyDescription"] = rng.choice(["QA", "DAILY QA", "PHANTOM"])
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
    labs = Counter(l for r in rows for l in r["labels"])
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
        print(summary([json.loads(l) for l in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
