"""Writes tests/anatomy/data/clinical_set_28.jsonl: a fortnight of series from a women's and
children's hospital network (England, Barcelona, Istanbul, São Paulo), labelled blind against
the shared anatomy spec (see README.md beside this file).

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

SEED = 28
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_28.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]

# ---------------------------------------------------------------- sites
SITES = {
    "uk-wch": dict(langs={"en": 1}, kind="women's and children's hospital, England", n=255,
                   mr="Siemens", ct="Siemens", dx="Philips", mob="Carestream", mg="Hologic", rf="Philips",
                   us=["GE-Voluson", "GE-Voluson", "Philips", "Canon"], ascii=0.0, upper=0.3,
                   strata={"breast": 3, "obstetric": 2, "fetal": 2, "gynae": 2, "neonatal": 3, "paedxr": 6, "skeletal": 3,
                           "paedus": 2, "paedct": 2, "paedmr": 3, "fluoro": 2}),
    "uk-bsu": dict(langs={"en": 1}, kind="breast screening and assessment unit, England", n=105,
                   mr="GE", ct=None, dx="Faxitron", mob=None, mg="GE", rf=None,
                   us=["Canon"], ascii=0.0, upper=0.45, strata={"breast": 1}),
    "es-bcn": dict(langs={"es": 0.65, "ca": 0.35}, kind="maternal and children's hospital, Barcelona", n=200,
                   mr="Philips", ct="Canon", dx="Fujifilm", mob="Fujifilm", mg="Siemens", rf="Siemens",
                   us=["Samsung", "GE-Voluson", "Canon"], ascii=0.25, upper=0.25,
                   strata={"breast": 3, "obstetric": 2, "fetal": 1, "gynae": 2, "neonatal": 2, "paedxr": 5, "skeletal": 2,
                           "paedus": 2, "paedct": 1, "paedmr": 2, "fluoro": 2}),
    "tr-ist": dict(langs={"tr": 0.85, "en": 0.15}, kind="women's and children's hospital, Istanbul", n=195,
                   mr="GE", ct="United Imaging", dx="Agfa", mob="Agfa", mg="Fujifilm", rf="Siemens",
                   us=["Mindray", "Samsung", "GE-Voluson"], ascii=0.55, upper=0.2,
                   strata={"breast": 3, "obstetric": 2, "fetal": 1, "gynae": 2, "neonatal": 2, "paedxr": 5, "skeletal": 2,
                           "paedus": 2, "paedct": 2, "paedmr": 2, "fluoro": 2}),
    "br-sp": dict(langs={"pt": 1}, kind="maternity and children's hospital, São Paulo", n=195,
                  mr="Siemens", ct="GE", dx="Carestream", mob="Samsung", mg="Hologic", rf="GE",
                  us=["Samsung", "Mindray", "GE-Voluson", "Philips"], ascii=0.3, upper=0.3,
                  strata={"breast": 3, "obstetric": 2, "fetal": 1, "gynae": 2, "neonatal": 2, "paedxr": 5, "skeletal": 2,
                          "paedus": 2, "paedct": 1, "paedmr": 2, "fluoro": 2}),
}
NOANAT_SHARE = 0.045

# ---------------------------------------------------------------- words
# Side words: full forms by grammatical gender, then abbreviations. Turkish puts the side first.
SIDE = {
    "en": {"R": (["Right", "RIGHT"], ["RT", "Rt", "R"]), "L": (["Left", "LEFT"], ["LT", "Lt", "L"]),
           "B": (["Bilateral", "Both"], ["BIL", "Bilat"])},
    "es": {"R": ({"m": "derecho", "f": "derecha"}, ["dcha.", "der.", "DCHA"]), "L": ({"m": "izquierdo", "f": "izquierda"}, ["izq.", "izda.", "IZQ"]),
           "B": (["bilateral"], ["bilat."])},
    "ca": {"R": ({"m": "dret", "f": "dreta"}, ["dta.", "dret"]), "L": ({"m": "esquerre", "f": "esquerra"}, ["esq.", "esquerra"]),
           "B": (["bilateral"], ["bilat."])},
    "tr": {"R": (["sağ"], ["sağ"]), "L": (["sol"], ["sol"]), "B": (["bilateral", "çift taraflı"], ["bilateral"])},
    "pt": {"R": ({"m": "direito", "f": "direita"}, ["dir.", "DIR"]), "L": ({"m": "esquerdo", "f": "esquerda"}, ["esq.", "ESQ"]),
           "B": (["bilateral"], ["bilat."])},
}
# Limb parts per language: (name, gender); the first is the common word, the rest bones and joints
# the spec folds into that code.
PART = {
    "en": {"SHOULDER": ["Shoulder", "Clavicle"], "ARM": ["Humerus"], "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius and Ulna"],
           "WRIST": ["Wrist", "Scaphoid"], "HAND": ["Hand", "Finger", "Thumb"], "HIP": ["Hip"], "THIGH": ["Femur"], "KNEE": ["Knee"],
           "LEG": ["Tib/Fib", "Tibia and Fibula"], "ANKLE": ["Ankle"], "FOOT": ["Foot", "Toes", "Calcaneum"]},
    "es": {"SHOULDER": ["hombro|m", "clavícula|f"], "ARM": ["húmero|m", "brazo|m"], "ELBOW": ["codo|m"], "FOREARM": ["antebrazo|m"],
           "WRIST": ["muñeca|f", "escafoides|m"], "HAND": ["mano|f", "dedo|m"], "HIP": ["cadera|f"], "THIGH": ["fémur|m", "muslo|m"],
           "KNEE": ["rodilla|f"], "LEG": ["pierna|f", "tibia y peroné|m"], "ANKLE": ["tobillo|m"], "FOOT": ["pie|m", "calcáneo|m"]},
    "ca": {"SHOULDER": ["espatlla|f", "clavícula|f"], "ARM": ["húmer|m", "braç|m"], "ELBOW": ["colze|m"], "FOREARM": ["avantbraç|m"],
           "WRIST": ["canell|m", "escafoide|m"], "HAND": ["mà|f", "dit|m"], "HIP": ["maluc|m"], "THIGH": ["fèmur|m", "cuixa|f"],
           "KNEE": ["genoll|m"], "LEG": ["cama|f"], "ANKLE": ["turmell|m"], "FOOT": ["peu|m", "calcani|m"]},
    "tr": {"SHOULDER": ["omuz", "klavikula"], "ARM": ["humerus"], "ELBOW": ["dirsek"], "FOREARM": ["önkol"],
           "WRIST": ["el bileği", "skafoid"], "HAND": ["el", "parmak"], "HIP": ["kalça"], "THIGH": ["femur", "uyluk"], "KNEE": ["diz"],
           "LEG": ["kruris", "tibia-fibula"], "ANKLE": ["ayak bileği"], "FOOT": ["ayak", "kalkaneus"]},
    "pt": {"SHOULDER": ["ombro|m", "clavícula|f"], "ARM": ["úmero|m", "braço|m"], "ELBOW": ["cotovelo|m"], "FOREARM": ["antebraço|m"],
           "WRIST": ["punho|m", "escafoide|m"], "HAND": ["mão|f", "dedo|m"], "HIP": ["quadril|m"], "THIGH": ["fêmur|m", "coxa|f"],
           "KNEE": ["joelho|m"], "LEG": ["perna|f"], "ANKLE": ["tornozelo|m"], "FOOT": ["pé|m", "calcâneo|m"]},
}
# Short part words a plain-film console writes in its series names.
DXPART = {
    "en": {"SHOULDER": "Shoulder", "ARM": "Humerus", "ELBOW": "Elbow", "FOREARM": "Forearm", "WRIST": "Wrist", "HAND": "Hand",
           "HIP": "Hip", "THIGH": "Femur", "KNEE": "Knee", "LEG": "Tib Fib", "ANKLE": "Ankle", "FOOT": "Foot"},
    "es": {"SHOULDER": "HOMBRO", "ARM": "HUMERO", "ELBOW": "CODO", "FOREARM": "ANTEBRAZO", "WRIST": "MUÑECA", "HAND": "MANO",
           "HIP": "CADERA", "THIGH": "FEMUR", "KNEE": "RODILLA", "LEG": "PIERNA", "ANKLE": "TOBILLO", "FOOT": "PIE"},
    "tr": {"SHOULDER": "Omuz", "ARM": "Humerus", "ELBOW": "Dirsek", "FOREARM": "Onkol", "WRIST": "El bilegi", "HAND": "El",
           "HIP": "Kalca", "THIGH": "Femur", "KNEE": "Diz", "LEG": "Kruris", "ANKLE": "Ayak bilegi", "FOOT": "Ayak"},
    "pt": {"SHOULDER": "OMBRO", "ARM": "UMERO", "ELBOW": "COTOVELO", "FOREARM": "ANTEBRACO", "WRIST": "PUNHO", "HAND": "MAO",
           "HIP": "QUADRIL", "THIGH": "FEMUR", "KNEE": "JOELHO", "LEG": "PERNA", "ANKLE": "TORNOZELO", "FOOT": "PE"},
}
VIEWS = {"SHOULDER": ["AP", "Y"], "ARM": ["AP", "LAT"], "ELBOW": ["AP", "LAT"], "FOREARM": ["AP", "LAT"], "WRIST": ["PA", "LAT"],
         "HAND": ["PA", "OBL"], "HIP": ["AP", "LAT"], "THIGH": ["AP", "LAT"], "KNEE": ["AP", "LAT"], "LEG": ["AP", "LAT"],
         "ANKLE": ["AP", "LAT"], "FOOT": ["DP", "OBL"]}
LIMB_BPE = {"SHOULDER": (["SHOULDER", "CLAVICLE"], ["UPPER LIMB", "CHEST"]), "ARM": (["ARM", "HUMERUS"], ["UPPER LIMB", "SHOULDER"]),
            "ELBOW": (["ELBOW"], ["ARM", "EXTREMITY"]), "FOREARM": (["FOREARM"], ["ARM", "EXTREMITY"]),
            "WRIST": (["WRIST"], ["HAND", "EXTREMITY"]), "HAND": (["HAND", "FINGER"], ["EXTREMITY", "WRIST"]),
            "HIP": (["HIP"], ["PELVIS"]), "THIGH": (["THIGH", "FEMUR"], ["LEG", "LOWER LIMB"]), "KNEE": (["KNEE"], ["LEG", "EXTREMITY"]),
            "LEG": (["LEG"], ["KNEE", "LOWER LIMB", "EXTREMITY"]), "ANKLE": (["ANKLE"], ["FOOT", "EXTREMITY"]),
            "FOOT": (["FOOT", "TOE"], ["ANKLE", "EXTREMITY"])}

TRMAP = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "·": ".", "º": "o", "ª": "a"})


def fold(text):
    """What an ASCII-only console makes of a text: accents dropped, Turkish letters plain."""
    text = text.translate(TRMAP)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Sola", "MAGNETOM Aera", "MAGNETOM Skyra"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Pioneer", "DISCOVERY MR750w"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Drive"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"]),
    "United Imaging": ("UIH", ["uCT 760", "uCT 780"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Apex"]),
}
XR_MAKE = {
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Revolution", "DRX-Evolution Plus", "DRX-1"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO", "FDR Go PLUS", "FCR Profect CS"], "DX"),
    "Agfa": ("Agfa", ["DR 100s", "DX-D 600", "CR 30-X"], "DX"),
    "Samsung": ("Samsung Electronics", ["GM85", "GC85A"], "DX"),
    "Faxitron": ("Faxitron Bioptics", ["BioVision"], "DX"),
}
US_MAKE = {
    "GE-Voluson": ("GE Healthcare", ["Voluson E10", "Voluson Expert 22", "Voluson E8"]),
    "GE-LOGIQ": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "EPIQ Elite"]),
    "Canon": ("CANON_MEC", ["Aplio i800", "Aplio i700"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["HERA W10", "WS80A", "RS85"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-80", "Resona I9"]),
}
MG_MAKE = {
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
    "Siemens": ("SIEMENS", ["MAMMOMAT Revelation", "MAMMOMAT Inspiration"]),
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality", "AMULET Harmony"]),
}
RF_MAKE = {
    "Philips": ("Philips Medical Systems", ["CombiDiagnost R90", "EasyDiagnost Eleva"]),
    "Siemens": ("SIEMENS", ["Luminos Agile Max", "Luminos dRF Max"]),
    "GE": ("GE Healthcare", ["Precision 500D", "OEC Elite"]),
}
SOP = {"CT": "1.2.840.10008.5.1.4.1.1.2", "ECT": "1.2.840.10008.5.1.4.1.1.2.1", "MR": "1.2.840.10008.5.1.4.1.1.4",
       "EMR": "1.2.840.10008.5.1.4.1.1.4.1", "DX": "1.2.840.10008.5.1.4.1.1.1.1", "CR": "1.2.840.10008.5.1.4.1.1.1",
       "MG": "1.2.840.10008.5.1.4.1.1.1.2", "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3", "US": "1.2.840.10008.5.1.4.1.1.6.1",
       "USMF": "1.2.840.10008.5.1.4.1.1.3.1", "RF": "1.2.840.10008.5.1.4.1.1.12.2", "SC": "1.2.840.10008.5.1.4.1.1.7",
       "DOSE": "1.2.840.10008.5.1.4.1.1.88.67", "CSR": "1.2.840.10008.5.1.4.1.1.88.33", "MGCAD": "1.2.840.10008.5.1.4.1.1.88.50",
       "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1", "ESR": "1.2.840.10008.5.1.4.1.1.88.22"}
BREAST_ARS = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]

# ---------------------------------------------------------------- context


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        langs = self.cfg["langs"]
        self.lang = rng.choices(list(langs), list(langs.values()))[0]
        r = rng.random()
        self.style = ("ascii" if r < self.cfg["ascii"] else
                      "upper" if r < self.cfg["ascii"] + self.cfg["upper"] else "plain")
        self.sd_flat = self.p(0.5)  # some ASCII consoles keep the case, some upper-case everything
        self.models = {}

    def model(self, key, models):
        """One scanner per study and kind of device."""
        if key not in self.models:
            self.models[key] = self.c(models)
        return self.models[key]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def L(self, table):
        """The phrasing of this study's language; Catalan falls back to Spanish, others to English."""
        got = table.get(self.lang)
        if got is None and self.lang == "ca":
            got = table.get("es")
        if got is None:
            got = table["en"]
        return self.c(got) if isinstance(got, list) else got

    def t(self, text):
        """A RIS text as this study's console writes it."""
        if self.style == "ascii":
            text = fold(text)
            return text.upper() if self.sd_flat else text
        if self.style == "upper":
            return text.upper()
        return text

    def side(self, s, g="m", abbr=None, lang=None):
        lang = lang or self.lang
        full, ab = SIDE[lang][s]
        if abbr is None:
            abbr = self.p(0.35)
        if abbr:
            return self.c(ab)
        return full[g] if isinstance(full, dict) else self.c(full)


def part(cx, code, extra=False, lang=None):
    names = PART[lang or cx.lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.33, p_alt=0.12):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or not good:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = cx.c(good) if isinstance(good, list) else good


def console_lang(cx):
    """The language a plain-film console writes its series names in: the site's own, the Turkish
    consoles half in English; Catalan orders meet a Spanish console."""
    lang = {"ca": "es"}.get(cx.lang, cx.lang)
    if cx.site.startswith("uk") or cx.site == "tr-ist" and cx.p(0.4):
        lang = "en"
    return lang


def dxpart(cx, code):
    return DXPART[console_lang(cx)][code]


def dxn(cx, table):
    """A plain-film series name in the console's language (``table``: {lang: [names]})."""
    got = table.get(console_lang(cx)) or table["en"]
    return cx.c(got) if isinstance(got, list) else got


def dx(cx, desc, view=None, mobile=False, **kw):
    v = cx.cfg["mob"] if mobile and cx.cfg["mob"] else cx.cfg["dx"]
    make, models, mod = XR_MAKE[v]
    model = models[0] if mobile else cx.model(("dx", v), models)
    if model.startswith(("FCR", "CR ")):
        mod = "CR"
    m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    if v == "Fujifilm" and cx.p(0.4):
        m["AcquisitionDeviceProcessingDescription"] = desc.upper()
    m.update(kw)
    return m


def mr(cx, desc, seq=None, scan=None, **kw):
    make, models = MR_MAKE[cx.cfg["mr"]]
    m = {"Modality": "MR", "SOPClassUID": SOP["EMR"] if make.startswith("Philips") and cx.p(0.5) else SOP["MR"],
         "Manufacturer": make, "ManufacturerModelName": cx.model("mr", models), "SeriesDescription": desc}
    if seq:
        m["SequenceName"] = seq
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def ct(cx, desc, kernel=None, thick=None, **kw):
    make, models = CT_MAKE[cx.cfg["ct"]]
    m = {"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": make, "ManufacturerModelName": cx.model("ct", models), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def us(cx, desc=None, vendor=None, cine=False, **kw):
    # an obstetric console (Voluson) is chosen only where a family asks for it
    vendor = vendor or cx.model("usv", [v for v in cx.cfg["us"] if v != "GE-Voluson"])
    make, models = US_MAKE[vendor]
    m = {"Modality": "US", "SOPClassUID": SOP["USMF"] if cine else SOP["US"], "Manufacturer": make, "ManufacturerModelName": cx.model(("us", vendor), models)}
    if desc:
        m["SeriesDescription"] = desc
    if cine:
        m["NumberOfFrames"] = cx.c([48, 64, 96, 120, 150])
    m.update(kw)
    return m


def rf(cx, desc, **kw):
    make, models = RF_MAKE[cx.cfg["rf"]]
    m = {"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": make, "ManufacturerModelName": cx.model("rf", models), "SeriesDescription": desc}
    m.update(kw)
    return m


def ct_dose(cx):
    v = cx.cfg["ct"]
    desc = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Canon": "Dose Info", "United Imaging": "Dose Report"}[v]
    if cx.p(0.4):
        return S(ct(cx, "Radiation Dose Report" if v != "Siemens" else "Radiation Dose Information", Modality="SR", SOPClassUID=SOP["DOSE"]),
                 [], None, "CT dose structured report: no pixels", img=False)
    return S(ct(cx, desc, SOPClassUID=SOP["SC"], ImageType="DERIVED\\SECONDARY\\OTHER"), [], None, "CT dose page: text only", img=False)


def proto_page(cx, mod):
    return S({"Modality": mod, "SOPClassUID": SOP["SC"], "SeriesDescription": cx.c(["Exam Protocol", "Protocol", "Protocol Page"]),
              "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, [], None, "protocol page: text only", img=False)


# ---------------------------------------------------------------- MR protocols per vendor
MRP = {
    "Siemens": {
        "loc": [("localizer", "*fl2d1", "GR")],
        "brain": [("AAHead_Scout_64ch-head-coil", "*fl3d1_ns", "GR"), ("t1_mprage_sag_p2_iso", "*tfl3d1_16ns", "GR\\IR"),
                  ("t2_tse_tra_p2", "*tse2d1_18", "SE"), ("t2_tirm_cor_dark-fluid", "*tir2d1_21", "SE\\IR"),
                  ("ep2d_diff_tra_b1000", "*ep_b1000t", "EP"), ("ep2d_diff_tra_b1000_ADC", "*ep_b0_1000", "EP"),
                  ("t2_swi_tra_p2", "*swi3d1r", "GR")],
        "spine": [("t2_tse_sag_384", "*tse2d1_17", "SE"), ("t1_tse_sag", "*tse2d1_3", "SE"), ("t2_tse_tra", "*tse2d1_15", "SE"),
                  ("t2_tirm_sag", "*tir2d1_13", "SE\\IR")],
        "msk": [("pd_tse_fs_cor", "*tse2d1_5", "SE"), ("pd_tse_fs_sag", "*tse2d1_5", "SE"), ("pd_tse_fs_tra", "*tse2d1_5", "SE"),
                ("t1_tse_cor", "*tse2d1_3", "SE"), ("t2_tirm_cor", "*tir2d1_11", "SE\\IR")],
        "pelvis": [("t2_tse_sag_hr", "*tse2d1_21", "SE"), ("t2_tse_tra_hr", "*tse2d1_21", "SE"), ("t2_tse_cor", "*tse2d1_19", "SE"),
                   ("t1_tse_tra", "*tse2d1_3", "SE"), ("t1_vibe_fs_tra", "*fl3d1", "GR"), ("ep2d_diff_b50_800_tra", "*ep_b800t", "EP"),
                   ("ep2d_diff_b50_800_tra_ADC", "*ep_b50_800", "EP")],
        "fetal": [("localizer_haste", "*h2d1_256", "SE"), ("t2_haste_cor_fetal", "*h2d1_256", "SE"), ("t2_haste_sag_fetal", "*h2d1_256", "SE"),
                  ("t2_haste_tra_fetal", "*h2d1_256", "SE"), ("t2_trufi_cor_fetal", "*tfi2d1_128", "GR"),
                  ("ep2d_diff_tra_fetal_b600", "*ep_b600t", "EP"), ("t1_vibe_fs_tra_fetal", "*fl3d1", "GR")],
        "breast": [("t2_tse_tra", "*tse2d1_17", "SE"), ("t1_fl3d_tra_dynaVIEWS_pre", "*fl3d1", "GR"),
                   ("t1_fl3d_tra_dynaVIEWS_post_1-5", "*fl3d1", "GR"), ("t1_fl3d_tra_dynaVIEWS_SUB", "*fl3d1", "GR"),
                   ("ep2d_diff_tra_b50_800", "*ep_b800t", "EP"), ("t1_fl3d_tra_dynaVIEWS_SUB_MIP_TRA", "*fl3d1", "GR")],
        "abd": [("t2_haste_cor_bh", "*h2d1_320", "SE"), ("t2_haste_tra_fs_bh", "*h2d1_320", "SE"), ("t1_vibe_dixon_tra_bh_opp", "*fl3d2", "GR"),
                ("t1_vibe_dixon_tra_bh_W", "*fl3d2", "GR"), ("ep2d_diff_tra_b50_400_800", "*ep_b800t", "EP")],
        "mrcp": [("t2_space_cor_MRCP_3D", "*spc3d1rr282", "SE"), ("t2_haste_cor_MRCP_thick_slab", "*h2d1_320", "SE")],
        "entero": [("t2_trufi_cor_bh", "*tfi2d1_160", "GR"), ("t2_haste_tra_bh", "*h2d1_320", "SE"), ("t2_haste_cor_fs", "*h2d1_320", "SE"),
                   ("t1_vibe_fs_cor_dyn", "*fl3d1", "GR"), ("cine_trufi_cor_motility", "*tfi2d1_80", "GR")],
        "wb": [("t2_tirm_cor_WB_COMPOSED", "*tir2d1_13", "SE\\IR"), ("t1_tse_cor_WB", "*tse2d1_3", "SE"),
               ("ep2d_diff_tra_WB_b800", "*ep_b800t", "EP")],
        "neck": [("t2_tse_tra_fs", "*tse2d1_15", "SE"), ("t1_tse_cor", "*tse2d1_3", "SE"), ("t2_tirm_cor", "*tir2d1_11", "SE\\IR")],
        "heart": [("trufi_loc_multi", "*tfi2d1_45", "GR"), ("cine_tf2d_4ch", "*tfi2d1_12", "GR"), ("cine_tf2d_sa_stack", "*tfi2d1_12", "GR"),
                  ("flow_Ao_venc200", "*fl2d1_v200in", "GR"), ("LGE_psir_sa", "*tfl2d1r", "GR\\IR")],
        "pm": [("t2_tse_cor_PM_whole_body", "*tse2d1_25", "SE"), ("t2_tse_tra_PM_brain", "*tse2d1_25", "SE"), ("t1_vibe_cor_PM", "*fl3d1", "GR")],
    },
    "GE": {
        "loc": [("3-Plane Loc", None, "GR"), ("3Pl Loc SSFSE", None, "SE")],
        "brain": [("Sag 3D T1 BRAVO", "efgre3d", "GR"), ("Ax T2 PROPELLER", None, "SE"), ("Ax T2 FLAIR", None, "SE\\IR"),
                  ("Ax DWI b1000", "epi", "EP"), ("Apparent Diffusion Coefficient (mm2/s)", "epi", "EP"), ("Ax SWAN", None, "GR")],
        "spine": [("Sag T2 FRFSE", None, "SE"), ("Sag T1 FSE", None, "SE"), ("Ax T2 FRFSE", None, "SE"), ("Sag STIR", None, "SE\\IR")],
        "msk": [("Cor PD FS", None, "SE"), ("Sag PD FS", None, "SE"), ("Ax PD FS", None, "SE"), ("Cor T1", None, "SE"), ("Cor STIR", None, "SE\\IR")],
        "pelvis": [("Sag T2 FRFSE", None, "SE"), ("Ax T2 FRFSE HR", None, "SE"), ("Cor T2 FRFSE", None, "SE"), ("Ax T1 FSE", None, "SE"),
                   ("Ax LAVA-Flex", "efgre3d", "GR"), ("Ax DWI b800", "epi", "EP")],
        "fetal": [("3Pl Loc SSFSE", "ssfse", "SE"), ("Cor SSFSE fetal", "ssfse", "SE"), ("Sag SSFSE fetal", "ssfse", "SE"),
                  ("Ax SSFSE fetal brain", "ssfse", "SE"), ("Cor FIESTA", "fiesta", "GR"), ("Ax DWI fetal b700", "epi", "EP")],
        "breast": [("Ax T2 IDEAL", None, "SE"), ("Ax VIBRANT MPh", "efgre3d", "GR"), ("Ax VIBRANT SUB", "efgre3d", "GR"),
                   ("Ax DWI b800", "epi", "EP"), ("MIP SUB", None, "GR")],
        "abd": [("Cor SSFSE", "ssfse", "SE"), ("Ax SSFSE FS", "ssfse", "SE"), ("Ax LAVA-Flex", "efgre3d", "GR"), ("Ax DWI b50-800", "epi", "EP")],
        "mrcp": [("3D MRCP", None, "SE"), ("Cor SSFSE MRCP thick", "ssfse", "SE")],
        "entero": [("Cor FIESTA", "fiesta", "GR"), ("Ax SSFSE", "ssfse", "SE"), ("Cor LAVA-Flex +C", "efgre3d", "GR"), ("Cor FIESTA cine", "fiesta", "GR")],
        "wb": [("Cor STIR WB", None, "SE\\IR"), ("Cor T1 WB", None, "SE"), ("Ax DWI WB", "epi", "EP")],
        "neck": [("Ax T2 FRFSE FS", None, "SE"), ("Cor T1 FSE", None, "SE"), ("Cor STIR", None, "SE\\IR")],
        "heart": [("FIESTA CINE 4CH", "fiesta", "GR"), ("FIESTA CINE SAX", "fiesta", "GR"), ("PC Ao", None, "GR"), ("MDE PSIR SAX", None, "GR\\IR")],
        "pm": [("Cor T2 FRFSE PM", None, "SE"), ("Ax T2 FRFSE PM brain", None, "SE")],
    },
    "Philips": {
        "loc": [("Survey", None, "GR"), ("SURVEY", None, "GR")],
        "brain": [("SmartBrain", None, "GR"), ("T1W_3D_TFE", None, "GR"), ("T2W_TSE_TRA", None, "SE"), ("T2W_FLAIR_COR", None, "SE\\IR"),
                  ("DWI_TRA", None, "EP"), ("dADC", None, "EP")],
        "spine": [("T2W_TSE_SAG", None, "SE"), ("T1W_TSE_SAG", None, "SE"), ("T2W_TSE_TRA", None, "SE"), ("STIR_SAG", None, "SE\\IR")],
        "msk": [("PDW_SPAIR_COR", None, "SE"), ("PDW_SPAIR_SAG", None, "SE"), ("PDW_SPAIR_TRA", None, "SE"), ("T1W_TSE_COR", None, "SE")],
        "pelvis": [("T2W_TSE_SAG", None, "SE"), ("T2W_TSE_TRA_HR", None, "SE"), ("T2W_TSE_COR", None, "SE"), ("T1W_mDIXON_TRA", None, "GR"),
                   ("DWI_b0_1000", None, "EP")],
        "fetal": [("Survey", None, "GR"), ("sT2W_SSh_COR", None, "SE"), ("sT2W_SSh_SAG", None, "SE"), ("sT2W_SSh_TRA", None, "SE"),
                  ("B-TFE_COR", None, "GR"), ("DWI_fetal", None, "EP")],
        "breast": [("T2W_TSE_TRA", None, "SE"), ("DYN_eTHRIVE", None, "GR"), ("SUB_DYN_eTHRIVE", None, "GR"), ("DWI_b0_800", None, "EP"),
                   ("MIP_SUB", None, "GR")],
        "abd": [("T2W_SSh_COR_BH", None, "SE"), ("T2W_SPAIR_TRA", None, "SE"), ("T1W_mDIXON_TRA_BH", None, "GR"), ("DWI_b0_800", None, "EP")],
        "mrcp": [("3D_MRCP", None, "SE"), ("MRCP_RAD_thick", None, "SE")],
        "entero": [("B-TFE_COR_BH", None, "GR"), ("T2W_SSh_TRA", None, "SE"), ("T1W_THRIVE_COR_DYN", None, "GR"), ("CINE_BTFE_motility", None, "GR")],
        "wb": [("STIR_WB_COR", None, "SE\\IR"), ("T1W_TSE_WB_COR", None, "SE"), ("DWIBS", None, "EP")],
        "neck": [("T2W_TSE_TRA_SPAIR", None, "SE"), ("T1W_TSE_COR", None, "SE"), ("STIR_COR", None, "SE\\IR")],
        "heart": [("BTFE_CINE_4CH", None, "GR"), ("BTFE_CINE_SA", None, "GR"), ("Flow_Ao", None, "GR"), ("LGE_PSIR_SA", None, "GR\\IR")],
        "pm": [("T2W_TSE_COR_PM", None, "SE"), ("T2W_3D_PM", None, "SE")],
    },
}


def mr_series(cx, region, labels, lat, why, k=None, loc=True):
    """A study's MR series: a localizer and k sequences of the region's protocol."""
    prot = MRP[cx.cfg["mr"]]
    seqs = list(prot[region])
    k = k or min(len(seqs), cx.c([3, 4, 5]))
    out = []
    if loc and region not in ("fetal",):
        d, q, sc = cx.c(prot["loc"])
        out.append(S(mr(cx, d, q, sc), labels, lat, why + "; localizer of the exam"))
    chosen = seqs[:1] + cx.rng.sample(seqs[1:], min(k - 1, len(seqs) - 1)) if region == "fetal" else cx.rng.sample(seqs, k)
    for d, q, sc in chosen:
        extra = {}
        if "ADC" in d or "Apparent" in d or "dADC" in d or "SUB" in d or "MIP" in d or "COMPOSED" in d:
            extra["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if "ADC" in d or "Apparent" in d else "SUBTRACT" if "SUB" in d else "OTHER")
        note = "; sequence-only name" if not any(w in d.lower() for w in ("fetal", "breast", "brain", "pm", "wb", "mrcp", "motility")) else ""
        out.append(S(mr(cx, d, q, sc, **extra), labels, lat, why + note))
    return out


def ct_series(cx, region, labels, why, recon_kinds=("soft",), scout=True):
    v = cx.cfg["ct"]
    out = []
    if scout:
        d = {"Siemens": "Topogram  0.6  T80f", "GE": "Scout", "Canon": "Scanogram", "United Imaging": "Topo"}[v]
        out.append(S(ct(cx, d, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; scout of the exam"))
    rw = {"head": ("Head", "Hr38", "H_SOFT_B", "FC26"), "chest": ("Thorax", "Br40", "B_SOFT_B", "FC18"),
          "abd": ("Abdomen", "Br36", "B_SOFT_B", "FC18"), "neck": ("Neck", "Br40", "B_SOFT_B", "FC18"),
          "wb": ("Polytrauma", "Br40", "B_SOFT_B", "FC18"), "cspine": ("C-Spine", "Br64", "B_SHARP_C", "FC30"),
          "feet": ("Feet", "Br64", "B_SHARP_C", "FC30"), "sinus": ("Sinus", "Hr64", "H_SHARP_C", "FC81")}[region]
    for kind in recon_kinds:
        if v == "Siemens":
            kern = {"soft": rw[1], "bone": "Br64" if region != "head" else "Hr68", "lung": "Bl57"}[kind]
            th = cx.c(["1.0", "3.0", "0.6"]) if kind != "soft" else cx.c(["3.0", "5.0", "1.0"])
            d = f"{rw[0]}  {th}  {kern}  3" if cx.p(0.7) else f"{rw[0]} {th} {kern} {cx.c(['cor', 'sag', 'ax'])}"
        elif v == "GE":
            kern = {"soft": "STANDARD" if region != "head" else "SOFT", "bone": "BONE", "lung": "LUNG"}[kind]
            th = cx.c(["0.625", "1.25", "2.5", "5"])
            d = cx.c([f"{th}mm {kern[:4] if kern != 'STANDARD' else 'STND'}", f"{th} {kern}", f"Coronal {kern}", f"{rw[0]} {th}mm"])
        elif v == "Canon":
            kern = {"soft": rw[3], "bone": "FC30", "lung": "FC52"}[kind]
            th = cx.c(["0.5", "1.0", "3.0", "5.0"])
            d = cx.c([f"AXIAL {th}", f"VOL {th}", f"MPR COR {th}", f"{rw[0]} {th} {kern}"])
        else:
            kern = {"soft": rw[2], "bone": "B_SHARP_C", "lung": "L_SHARP_B"}[kind]
            th = cx.c(["1.0", "2.0", "5.0"])
            d = cx.c([f"{th}mm {kern}", f"{rw[0].upper()}_{th}mm", f"{rw[0]} {th} {kern}", f"MPR_COR_{th}"])
        out.append(S(ct(cx, d, kern, th, ImageType="ORIGINAL\\PRIMARY\\AXIAL"), labels, None, why + "; recon named by kernel and slice"))
    return out


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def limb_sd(cx, code, side, extra=False, what="xr"):
    name, g = part(cx, code, extra)
    s = cx.side(side, g)
    lang = cx.lang
    if what == "xr":
        forms = {"en": [f"XR {name} {s}", f"{s} {name} X-ray", f"X-Ray {name} {s}", f"XR {name.upper()} {s.upper()}"],
                 "es": [f"Rx {name} {s}", f"Radiografía de {name} {s}", f"RX {name} {s} (AP y lateral)"],
                 "ca": [f"Rx {name} {s}", f"Radiografia de {name} {s}"],
                 "tr": [f"{s.capitalize()} {name} grafisi", f"{name.capitalize()} AP-Lat grafi ({s})", f"{s} {name} direkt grafi"],
                 "pt": [f"RX {name} {s}", f"Radiografia de {name} {s}", f"RX de {name} {s} (AP + perfil)"]}
    elif what == "mr":
        forms = {"en": [f"MRI {name} {s}", f"MR {s} {name}", f"MRI {name} ({s})"],
                 "es": [f"RM {name} {s}", f"RM de {name} {s} sin contraste"], "ca": [f"RM {name} {s}", f"Ressonància de {name} {s}"],
                 "tr": [f"{s.capitalize()} {name} MR", f"{name.capitalize()} MR ({s})", f"{s} {name} MRG"],
                 "pt": [f"RM {name} {s}", f"RM de {name} {s}", f"Ressonância magnética de {name} {s}"]}
    else:
        forms = {"en": [f"US {name} {s}", f"US soft tissue {name} {s}"], "es": [f"Eco {name} {s}", f"Ecografía partes blandas {name} {s}"],
                 "ca": [f"Ecografia {name} {s}"], "tr": [f"{s.capitalize()} {name} USG", f"{name.capitalize()} yumuşak doku USG ({s})"],
                 "pt": [f"USG {name} {s}", f"USG partes moles {name} {s}"]}
    return cx.t(cx.c(forms.get(lang) or forms["es"])), s


def limb_films(cx, code, side, why, views=None, mobile=False):
    out = []
    pw = dxpart(cx, code)
    for v in views or VIEWS[code]:
        desc = cx.c([f"{pw} {v}", f"{pw} {v.lower()}", f"{pw.upper()} {v}"])
        vp = {"AP": "AP", "PA": "PA", "DP": "AP", "LAT": "LL" if side == "L" else "RL", "OBL": None, "Y": None}.get(v)
        m = dx(cx, desc, vp, mobile)
        if cx.p(0.45):
            m["ImageLaterality"] = side
        good, alt = LIMB_BPE[code]
        bpe(cx, m, good, alt)
        out.append(S(m, [code], side, why))
    return out


def fam_paedxr(cx):
    lang = cx.lang
    k = cx.c(["limb"] * 9 + ["chest"] * 2 + ["abdo", "boneage", "boneage", "hips", "scolio", "longleg", "knees", "fb", "skull", "neck",
                                                "cspine", "shunt", "footfilm"])
    if k == "limb":
        code = cx.c(["ELBOW"] * 4 + ["WRIST"] * 3 + ["FOREARM"] * 3 + ["HAND"] * 2 + ["ANKLE"] * 2 + ["FOOT"] * 2 + ["KNEE"] * 2 +
                    ["SHOULDER"] * 3 + ["LEG", "LEG", "ARM", "THIGH", "HIP"])
        side = cx.c("LR")
        sd, s = limb_sd(cx, code, side, extra=cx.p(0.3))
        why = f"{code.lower()} films of a child, side {side} from the order ({s})"
        return sd, limb_films(cx, code, side, why)
    if k == "footfilm":
        side = cx.c("LR")
        sd, s = limb_sd(cx, "FOOT", side, extra=True)
        why = f"foot films, toes or heel named, side {side}"
        return sd, limb_films(cx, "FOOT", side, why, ["DP", "OBL", "LAT"])
    if k == "chest":
        sd = cx.t(cx.L({"en": ["XR Chest", "XR Chest PA (Paeds)", "CXR"], "es": ["Rx tórax PA", "Rx tórax pediátrico", "RX TORAX AP"],
                        "ca": ["Rx tòrax", "Radiografia de tòrax"], "tr": ["Akciğer grafisi (PA)", "PA akciğer grafisi", "Toraks grafisi"],
                        "pt": ["RX tórax PA", "RX de tórax (pediátrico)", "Raio-X tórax PA e perfil"]}))
        ser = []
        for v in cx.c([["PA"], ["AP"], ["PA", "LAT"]]):
            m = dx(cx, dxn(cx, {"en": [f"Chest {v}", f"CHEST {v}", f"Thorax {v}"], "es": [f"TORAX {v}"], "tr": [f"Akciger {v}", f"Toraks {v}"], "pt": [f"TORAX {v}"]}),
                   v if v != "LAT" else "LL")
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_alt=0.2)
            ser.append(S(m, ["CHEST"], None, "chest film of a child"))
        return sd, ser
    if k == "abdo":
        sd = cx.t(cx.L({"en": ["XR Abdomen", "AXR supine"], "es": ["Rx abdomen", "Rx simple de abdomen"], "ca": ["Rx abdomen"],
                        "tr": ["Ayakta direkt batın grafisi", "Direkt batın grafisi (ADBG)"], "pt": ["RX abdome simples", "RX de abdome AP"]}))
        m = dx(cx, dxn(cx, {"en": ["Abdomen AP", "ABDOMEN", "Abdomen supine"], "es": ["ABDOMEN AP", "ABDOMEN DECUBITO"], "tr": ["Batin AP", "ADBG"], "pt": ["ABDOME AP"]}), "AP")
        bpe(cx, m, "ABDOMEN", ["KUB"])
        return sd, [S(m, AP_, None, "plain abdominal film: diaphragm to symphysis, abdomen and pelvis")]
    if k == "boneage":
        side = "L" if cx.p(0.85) else "R"
        name = {"en": "Hand", "es": "mano", "ca": "mà", "tr": "el", "pt": "mão"}[lang]
        g = "f" if lang in ("es", "ca", "pt") else "m"
        s = cx.side(side, g)
        sd = cx.t(cx.L({"en": [f"XR Bone Age ({s} hand)", f"XR {s} Hand for Bone Age", f"Bone age {s} hand and wrist"],
                        "es": [f"Rx edad ósea (mano {s})", f"Edad ósea - Rx mano y muñeca {s}"], "ca": [f"Edat òssia (mà {s})"],
                        "tr": [f"Kemik yaşı ({s} el bilek grafisi)", f"{s.capitalize()} el grafisi - kemik yaşı"],
                        "pt": [f"Idade óssea (mão {s})", f"RX mão {s} para idade óssea"]}))
        m = dx(cx, cx.c([f"{dxpart(cx, 'HAND')} PA", "Bone Age", "BONE AGE PA", cx.L({"en": "Hand PA", "es": "EDAD OSEA", "tr": "Kemik yasi",
                                                                                      "pt": "IDADE OSSEA"})]), "PA")
        if cx.p(0.4):
            m["ImageLaterality"] = side
        bpe(cx, m, "HAND", ["WRIST", "EXTREMITY"])
        return sd, [S(m, ["HAND", "WRIST"], side, f"bone-age film: hand and wrist, side {side}")]
    if k == "hips":
        sd = cx.t(cx.L({"en": ["XR Pelvis and Both Hips (frog lateral)", "XR Hips Bilateral AP + Frog", "XR Pelvis/Hips (Perthes)"],
                        "es": ["Rx pelvis y caderas bilateral (AP y axial)", "Rx caderas bilateral posición de rana"],
                        "ca": ["Rx maluc bilateral (granota)"], "tr": ["Bilateral kalça grafisi (AP + kurbağa)", "Pelvis AP + bilateral kalça"],
                        "pt": ["RX bacia + quadril bilateral (AP e rã)", "RX de quadril bilateral (Lauenstein)"]}))
        ser = []
        for d in ["Pelvis AP", cx.c(["Frog lateral", "Pelvis Frog", "Lauenstein", "PELVIS AXIAL"])]:
            m = dx(cx, d, "AP")
            if cx.p(0.3):
                m["ImageLaterality"] = "B"
            bpe(cx, m, ["PELVIS", "HIP"], ["ABDOMEN"])
            ser.append(S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips"))
        return sd, ser
    if k == "scolio":
        sd = cx.t(cx.L({"en": ["XR Whole Spine (Scoliosis) Standing", "XR Scoliosis Series PA"],
                        "es": ["Telerradiografía de columna completa (escoliosis)", "Rx columna total bipedestación"],
                        "ca": ["Telemetria de columna (escoliosi)"], "tr": ["Skolyoz grafisi (tüm vertebra)", "Tüm omurga grafisi ayakta"],
                        "pt": ["RX panorâmica de coluna (escoliose)", "RX coluna total ortostática"]}))
        ser = []
        for v in cx.c([["PA"], ["PA", "LAT"]]):
            m = dx(cx, dxn(cx, {"en": [f"Full Spine {v}", f"Scoliosis {v}", "Stitched"], "es": [f"COLUMNA TOTAL {v}", "Stitched"], "tr": [f"Skolyoz {v}", "Stitched"],
                          "pt": [f"COLUNA TOTAL {v}", "Stitched"]}), v if v != "LAT" else "LL",
                   ImageType="DERIVED\\PRIMARY\\STITCHED")
            bpe(cx, m, ["SPINE", "WHOLE SPINE"], ["TSPINE", "CHEST"], p_alt=0.2)
            ser.append(S(m, WSPINE, None, "full-length spine film for scoliosis"))
        return sd, ser
    if k == "longleg":
        sd = cx.t(cx.L({"en": ["XR Leg Length (both legs)", "XR Long Leg Alignment Bilateral"],
                        "es": ["Telemetría de extremidades inferiores", "Rx miembros inferiores bilateral (telemetría)"],
                        "ca": ["Telemetria d'extremitats inferiors"], "tr": ["Bilateral alt ekstremite ortoröntgenogram", "Skanogram (bilateral alt ekstremite)"],
                        "pt": ["Escanometria dos membros inferiores", "RX panorâmica de membros inferiores bilateral"]}))
        m = dx(cx, dxn(cx, {"en": ["Long Leg AP", "Stitched", "LEG LENGTH"], "es": ["MMII AP", "TELEMETRIA"], "tr": ["Ortoröntgenogram", "Stitched"], "pt": ["ESCANOMETRIA", "MMII AP"]}), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        if cx.p(0.4):
            m["ImageLaterality"] = "B"
        bpe(cx, m, ["LEG", "LOWER LIMB"], ["KNEE", "EXTREMITY"], p_alt=0.25)
        return sd, [S(m, LONGLEG, "B", "standing film of both legs: hip to ankle")]
    if k == "knees":
        s = cx.side("B")
        sd = cx.t(cx.L({"en": [f"XR Knees {s} AP (genu varum)", "XR Both Knees"], "es": [f"Rx rodillas {s}", "Rx ambas rodillas AP"],
                        "ca": [f"Rx genolls {s}"], "tr": [f"{s.capitalize()} diz grafisi", "Çift taraflı diz AP grafisi"],
                        "pt": [f"RX joelhos {s}", "RX de ambos os joelhos AP"]}))
        ser = []
        m = dx(cx, dxn(cx, {"en": ["Knees AP", "Both Knees AP"], "es": ["RODILLAS AP"], "tr": ["Dizler AP"], "pt": ["JOELHOS AP"]}), "AP")
        if cx.p(0.5):
            m["ImageLaterality"] = "B"
        bpe(cx, m, "KNEE", ["LEG", "EXTREMITY"])
        ser.append(S(m, ["KNEE"], "B", "both knees on one film"))
        for sd_side in "LR":
            m = dx(cx, f"{dxpart(cx, 'KNEE')} LAT", "LL" if sd_side == "L" else "RL", ImageLaterality=sd_side)
            bpe(cx, m, "KNEE", ["LEG"])
            ser.append(S(m, ["KNEE"], sd_side, f"lateral of one knee in a both-knees order; ImageLaterality {sd_side}"))
        return sd, ser
    if k == "fb":
        sd = cx.t(cx.L({"en": ["XR Foreign Body (neck to anus)", "XR FB ingestion - neck chest abdomen"],
                        "es": ["Rx cuerpo extraño (cuello, tórax y abdomen)", "Rx ingesta de cuerpo extraño"],
                        "ca": ["Rx cos estrany (coll, tòrax i abdomen)"], "tr": ["Yabancı cisim grafisi (boyun-toraks-batın)"],
                        "pt": ["RX corpo estranho (pescoço, tórax e abdome)"]}))
        m = dx(cx, dxn(cx, {"en": ["FB Survey AP", "Foreign Body"], "es": ["CUERPO EXTRAÑO"], "tr": ["Yabanci cisim"], "pt": ["CORPO ESTRANHO"]}), "AP")
        bpe(cx, m, ["CHEST", "ABDOMEN"], ["NECK", "WHOLEBODY"], p_alt=0.2)
        return sd, [S(m, ["NECK", "CHEST", "ABDOMEN", "PELVIS"], None, "swallowed foreign body film from neck to anus")]
    if k == "skull":
        sd = cx.t(cx.L({"en": ["XR Skull (craniosynostosis)", "XR Skull AP/Lat"], "es": ["Rx cráneo AP y lateral"], "ca": ["Rx crani"],
                        "tr": ["Kranyum grafisi (AP-Lat)"], "pt": ["RX crânio AP e perfil"]}))
        ser = []
        for v in ["AP", "LAT"]:
            m = dx(cx, dxn(cx, {"en": [f"Skull {v}"], "es": [f"CRANEO {v}"], "tr": [f"Kafa {v}"], "pt": [f"CRANIO {v}"]}), v if v == "AP" else "LL")
            bpe(cx, m, ["SKULL", "HEAD"], ["BRAIN"])
            ser.append(S(m, ["HEAD"], None, "skull film"))
        return sd, ser
    if k == "neck":
        sd = cx.t(cx.L({"en": ["XR Soft Tissue Neck Lateral (adenoids)", "XR Lateral Neck"], "es": ["Rx cavum (lateral de cuello)", "Rx partes blandas cuello lateral"],
                        "ca": ["Rx cavum"], "tr": ["Adenoid grafisi (lateral boyun)"], "pt": ["RX cavum (perfil)", "RX perfil de pescoço (adenoide)"]}))
        m = dx(cx, dxn(cx, {"en": ["Neck soft tissue LAT", "Adenoid"], "es": ["CAVUM LAT"], "tr": ["Adenoid"], "pt": ["CAVUM PERFIL", "PESCOCO PERFIL"]}), "LL")
        bpe(cx, m, "NECK", ["SKULL", "CSPINE"])
        return sd, [S(m, ["NECK"], None, "lateral soft-tissue neck film for the airway")]
    if k == "cspine":
        sd = cx.t(cx.L({"en": ["XR Cervical Spine", "XR C-Spine AP/Lat (trauma)"], "es": ["Rx columna cervical AP y lateral"],
                        "ca": ["Rx columna cervical"], "tr": ["Servikal vertebra grafisi"], "pt": ["RX coluna cervical AP e perfil"]}))
        ser = []
        for v in ["AP", "LAT", "Peg"][:cx.c([2, 3])]:
            m = dx(cx, dxn(cx, {"en": [f"C-Spine {v}", f"C SPINE {v}"], "es": [f"COL. CERVICAL {v}"], "tr": [f"Servikal {v}"], "pt": [f"COLUNA CERVICAL {v}"]}),
                   "AP" if v != "LAT" else "LL")
            bpe(cx, m, "CSPINE", ["SPINE", "NECK"], p_alt=0.2)
            ser.append(S(m, ["CSPINE"], None, "cervical spine film"))
        return sd, ser
    # shunt series: skull, chest and abdomen films along the VP shunt tubing
    sd = cx.t(cx.L({"en": ["XR VP Shunt Series", "XR Shunt Series"], "es": ["Serie de válvula de derivación (DVP)", "Rx trayecto válvula DVP"],
                    "ca": ["Sèrie de vàlvula DVP"], "tr": ["VP şant grafisi (kafa-toraks-batın)"], "pt": ["RX trajeto de DVP (crânio, tórax e abdome)"]}))
    ser = []
    for d, lab, bp in [("Skull AP", ["HEAD"], "SKULL"), ("Skull LAT", ["HEAD"], "SKULL"), ("Neck/Chest AP", ["NECK", "CHEST"], "CHEST"),
                       ("Abdomen AP", AP_, "ABDOMEN")]:
        m = dx(cx, d, "AP" if "AP" in d else "LL")
        bpe(cx, m, bp)
        ser.append(S(m, lab, None, "one film of a shunt series: " + " and ".join(x.lower() for x in lab)))
    return sd, ser


def fam_skeletal(cx):
    """Skeletal survey for suspected abuse or dysplasia, each film a row of its own; or a perinatal
    post-mortem whole-body film."""
    if cx.p(0.18):
        sd = cx.t(cx.L({"en": ["XR Post-mortem Skeletal Survey (perinatal)", "XR Babygram post-mortem"],
                        "es": ["Babygrama post-mortem (feto)", "Serie ósea post mórtem perinatal"], "ca": ["Babygrama post-mortem"],
                        "tr": ["Postmortem bebegram (fetus)"], "pt": ["Babygrama post-mortem (natimorto)"]}))
        ser = []
        for v in ["AP", "LAT"]:
            m = dx(cx, dxn(cx, {"en": [f"Babygram {v}", f"Whole body {v}"], "es": [f"BABYGRAMA {v}"], "tr": [f"Bebegram {v}"], "pt": [f"BABYGRAMA {v}"]}), v if v == "AP" else "LL")
            bpe(cx, m, ["WHOLEBODY", "WHOLE BODY"], ["CHEST", "ABDOMEN"], p_alt=0.25)
            ser.append(S(m, WB, None, "whole-body film of a fetus or stillborn: head to toe"))
        return sd, ser
    sd = cx.t(cx.L({"en": ["XR Skeletal Survey (NAI)", "XR Skeletal Survey", "XR Skeletal Survey follow-up (day 11)", "XR Skeletal Dysplasia Survey"],
                    "es": ["Serie ósea completa", "Serie ósea (sospecha de maltrato)", "Mapa óseo"], "ca": ["Sèrie òssia completa"],
                    "tr": ["İskelet survey grafisi", "Tüm iskelet grafisi (istismar şüphesi)"],
                    "pt": ["Inventário ósseo", "Inventário ósseo (suspeita de maus-tratos)", "Série esquelética completa"]}))
    lang = cx.lang if cx.lang != "ca" else "es"
    sw = {"en": {"L": ["Lt", "L", "LEFT"], "R": ["Rt", "R", "RIGHT"]}, "es": {"L": ["IZQ", "izq."], "R": ["DCHA", "der."]},
          "tr": {"L": ["sol", "SOL"], "R": ["sağ", "SAG"]}, "pt": {"L": ["ESQ", "esq."], "R": ["DIR", "dir."]}}
    films = [("Skull AP", ["HEAD"], None), ("Skull Lat", ["HEAD"], None), ("Chest AP", ["CHEST"], None), ("Ribs Obl", ["CHEST"], None),
             ("Abdomen/Pelvis AP", AP_, None), ("C-Spine Lat", ["CSPINE"], None), ("T/L Spine Lat", ["TSPINE", "LSPINE"], None),
             ("Pelvis and Hips AP", ["PELVIS", "HIP"], "B"), ("Knees AP", ["KNEE"], "B"), ("Upper limbs AP", ["ARM", "ELBOW", "FOREARM"], "B"),
             ("Lower limbs AP", ["THIGH", "KNEE", "LEG"], "B")]
    for code, nm in [("ARM", "Humerus AP"), ("FOREARM", "Forearm AP"), ("HAND", "Hand PA"), ("THIGH", "Femur AP"), ("LEG", "Tib/Fib AP"),
                     ("FOOT", "Foot DP"), ("KNEE", "Knee Lat coned"), ("ANKLE", "Ankle Lat coned"), ("ELBOW", "Elbow Lat"), ("SHOULDER", "Clavicle AP"),
                     ("WRIST", "Wrist PA coned")]:
        for s in "LR":
            films.append((f"{nm} {cx.c(sw[lang][s])}", [code], s))
    pick = cx.rng.sample(films, cx.c([5, 6, 8]))
    ser = []
    for d, lab, s in pick:
        if lang != "en" and cx.p(0.5):
            d = d.replace("Skull", {"es": "Cráneo", "tr": "Kafa", "pt": "Crânio"}[lang]).replace("Chest", {"es": "Tórax", "tr": "Toraks", "pt": "Tórax"}[lang])
        m = dx(cx, fold(d) if cx.style == "ascii" else d, "AP" if "Lat" not in d else "LL")
        if s in ("L", "R") and cx.p(0.35):
            m["ImageLaterality"] = s
        if s == "B" and cx.p(0.3):
            m["ImageLaterality"] = "B"
        bpe(cx, m, {"HEAD": "SKULL", "CHEST": "CHEST", "ABDOMEN": "ABDOMEN", "CSPINE": "CSPINE", "TSPINE": "SPINE", "PELVIS": "PELVIS",
                    "KNEE": "KNEE", "ARM": "ARM", "FOREARM": "FOREARM", "HAND": "HAND", "THIGH": "FEMUR", "LEG": "LEG", "FOOT": "FOOT",
                    "ANKLE": "ANKLE", "ELBOW": "ELBOW", "SHOULDER": "CLAVICLE", "WRIST": "WRIST"}[lab[0]], ["WHOLEBODY", "SKELETON"], p_alt=0.2)
        why = "skeletal survey film: " + "+".join(x.lower() for x in lab) + (f", side {s} named in the series" if s in ("L", "R") else
                                                                           ", both sides on one film" if s == "B" else "")
        ser.append(S(m, lab, s, why))
    return sd, ser


def fam_neonatal(cx):
    k = cx.c(["chest"] * 3 + ["chestabdo"] * 3 + ["abdo", "abdo", "babygram", "cranial", "cranial", "cranial", "spine", "hips", "hips", "mrbrain",
                                                   "abdus"])
    mob = True
    if k in ("chest", "chestabdo", "abdo", "babygram"):
        sd = cx.t(cx.L({
            "chest": {"en": ["XR Chest (NICU mobile)", "XR Chest Neonatal", "Mobile Chest - SCBU"], "es": ["Rx tórax RN (portátil)", "Rx tórax neonato UCIN"],
                      "ca": ["Rx tòrax nounat (portàtil)"], "tr": ["Yenidoğan akciğer grafisi (portabl)", "YD toraks grafisi"],
                      "pt": ["RX tórax no leito (RN)", "RX tórax RN - UTI neonatal"]},
            "chestabdo": {"en": ["XR Chest and Abdomen (line position)", "XR Chest/Abdo Neonatal (UVC/UAC)"],
                          "es": ["Rx tóraco-abdominal RN (catéteres)", "Rx tórax y abdomen RN"], "ca": ["Rx toracoabdominal nounat"],
                          "tr": ["Toraks-batın grafisi (yenidoğan, kateter yeri)"], "pt": ["RX tóraco-abdominal RN (posição de cateter)"]},
            "abdo": {"en": ["XR Abdomen Neonatal (?NEC)", "XR Abdomen + Lateral Shoot-through"], "es": ["Rx abdomen RN (ECN)"],
                     "ca": ["Rx abdomen nounat"], "tr": ["Yenidoğan direkt batın grafisi (NEK)"], "pt": ["RX abdome RN (enterocolite)"]},
            "babygram": {"en": ["XR Babygram", "XR Whole Body Neonate (skeletal dysplasia)"], "es": ["Babygrama", "Rx cuerpo entero RN"],
                         "ca": ["Babygrama"], "tr": ["Bebegram (tüm vücut)"], "pt": ["Babygrama", "RX corpo inteiro RN"]},
        }[k]))
        lab = {"chest": ["CHEST"], "chestabdo": CAP, "abdo": AP_, "babygram": WB}[k]
        why = {"chest": "neonatal chest film", "chestabdo": "neonatal chest-and-abdomen film for line tips: whole trunk",
               "abdo": "neonatal abdominal film: abdomen and pelvis", "babygram": "babygram: the whole infant on one film"}[k]
        descs = {"chest": {"en": ["NEONATAL CHEST AP", "Chest AP Neo"], "es": ["TORAX RN AP"], "tr": ["Toraks AP (YD)"], "pt": ["TORAX AP LEITO"]},
                 "chestabdo": {"en": ["CHEST/ABDO AP", "Babygram"], "es": ["TORACOABDOMINAL"], "tr": ["Toraks-batin"], "pt": ["TORACO-ABD RN"]},
                 "abdo": {"en": ["ABDOMEN AP NEO", "Abdomen Lat shoot-through"], "es": ["ABDOMEN RN"], "tr": ["Batin AP (YD)"], "pt": ["ABDOME RN"]},
                 "babygram": {"en": ["Babygram", "WHOLE BODY AP"], "es": ["BABYGRAMA"], "tr": ["Bebegram"], "pt": ["CORPO INTEIRO", "BABYGRAMA"]}}[k]
        ser = []
        for i in range(cx.c([1, 1, 2])):
            m = dx(cx, dxn(cx, descs), "AP", mobile=mob)
            bpe(cx, m, {"chest": "CHEST", "chestabdo": ["CHEST", "CHEST_ABDOMEN"], "abdo": "ABDOMEN", "babygram": ["WHOLEBODY", "CHEST"]}[k],
                ["CHEST"] if k != "chest" else ["THORAX"], p_alt=0.25)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k == "cranial":
        sd = cx.t(cx.L({"en": ["US Head (Cranial) Neonatal", "US Brain Neonate", "Cranial US"], "es": ["Eco transfontanelar", "Ecografía cerebral transfontanelar"],
                        "ca": ["Ecografia transfontanel·lar"], "tr": ["Transfontanel USG", "Transfontanel ultrasonografi"],
                        "pt": ["USG transfontanela", "Ultrassonografia transfontanelar"]}))
        ser = []
        for i in range(cx.c([1, 2])):
            m = us(cx, cx.c(["Neonatal Head", "NEO HEAD", "Neonatal", "Transfontanelar", None]),
                   cine=cx.p(0.3))
            if m.get("SeriesDescription") is None:
                m.pop("SeriesDescription", None)
            bpe(cx, m, ["HEAD", "BRAIN"], ["ABDOMEN"], p_alt=0.1)
            ser.append(S(m, ["HEAD"], None, "cranial ultrasound through the fontanelle"))
        return sd, ser
    if k == "spine":
        sd = cx.t(cx.L({"en": ["US Spine Neonatal (sacral dimple)", "US Lumbosacral Spine Infant"], "es": ["Eco columna lumbosacra RN (fosita sacra)"],
                        "ca": ["Ecografia columna lumbosacra"], "tr": ["Spinal USG (yenidoğan, sakral gamze)"], "pt": ["USG coluna lombossacra RN"]}))
        m = us(cx, cx.c(["Spine", "Small Parts", "Neo Spine", None]))
        if m.get("SeriesDescription") is None:
            m.pop("SeriesDescription", None)
        bpe(cx, m, ["LSPINE", "SPINE"], ["SSPINE", "PELVIS"])
        return sd, [S(m, ["LSPINE", "PELVIS"], None, "infant spinal ultrasound: lumbar canal, conus and sacrum")]
    if k == "hips":
        both = cx.p(0.75)
        side = "B" if both else cx.c("LR")
        name = {"en": "Hips" if both else "Hip", "es": "caderas" if both else "cadera", "ca": "malucs" if both else "maluc",
                "tr": "kalça", "pt": "quadril"}[cx.lang]
        s = cx.side(side, "f")
        sd = cx.t(cx.L({"en": [f"US {name} {s} (Graf)", f"US {s} {name} DDH"], "es": [f"Eco {name} {s} (Graf)", f"Ecografía de {name} {s}"],
                        "ca": [f"Ecografia {name} {s}"], "tr": [f"{s.capitalize()} {name} USG (Graf)", f"{s} {name} ultrasonografi"],
                        "pt": [f"USG de {name} {s} (Graf)", f"USG {name} {s} - DDQ"]}))
        ser = []
        for ss in (["L", "R"] if both else [side]):
            m = us(cx, cx.c(["Hip", "MSK Hip", "Graf", "HIP " + ss, None]))
            if m.get("SeriesDescription") is None:
                m.pop("SeriesDescription", None)
            bpe(cx, m, "HIP", ["PELVIS", "EXTREMITY"])
            if not both:
                ser.append(S(m, ["HIP"], side, f"infant hip ultrasound, side {side} from the order"))
            else:
                m.pop("SeriesDescription", None) if m.get("SeriesDescription", "").startswith("HIP ") else None
                ser.append(S(m, ["HIP"], "B", "infant hip ultrasound of a both-hips order (Graf), side not told per image"))
        return sd, ser
    if k == "abdus":
        sd = cx.t(cx.L({"en": ["US Abdomen Neonatal", "US Abdomen (NICU)"], "es": ["Eco abdominal RN"], "ca": ["Ecografia abdominal nounat"],
                        "tr": ["Yenidoğan batın USG"], "pt": ["USG abdome RN (leito)"]}))
        m = us(cx, cx.c(["Abdomen", "Peds Abd", None]))
        if m.get("SeriesDescription") is None:
            m.pop("SeriesDescription", None)
        bpe(cx, m, "ABDOMEN")
        return sd, [S(m, ["ABDOMEN"], None, "neonatal upper-abdominal ultrasound")]
    sd = cx.t(cx.L({"en": ["MRI Brain Neonatal (term-equivalent)", "MRI Head Neonate - feed and wrap"], "es": ["RM cerebral neonatal", "RM cráneo RN"],
                    "ca": ["RM cerebral nounat"], "tr": ["Yenidoğan beyin MR", "Kranial MR (yenidoğan)"], "pt": ["RM de encéfalo neonatal", "RM crânio RN"]}))
    ser = mr_series(cx, "brain", ["HEAD"], None, "neonatal brain MR")
    for s in ser:
        bpe(cx, s["meta"], ["HEAD", "BRAIN"], ["SKULL"])
    return sd, ser


def fam_obstetric(cx):
    k = cx.c(["early", "early", "nt", "nt", "anomaly", "anomaly", "anomaly", "growth", "growth", "growth", "cervix", "echo", "twins", "ctpa", "cxr",
              "postpartum"])
    tables = {
        "early": {"en": ["US Early Pregnancy TV", "US Viability Scan", "US Dating Scan"], "es": ["Eco transvaginal gestación precoz", "Eco obstétrica 1er trimestre"],
                  "ca": ["Ecografia obstètrica primer trimestre", "Ecografia vaginal gestació inicial"], "tr": ["Transvajinal USG (erken gebelik)", "Obstetrik USG 1. trimester"],
                  "pt": ["USG obstétrica inicial transvaginal", "USG transvaginal (gestação inicial)"]},
        "nt": {"en": ["US NT Scan 11-14 weeks", "US Combined Screening (NT)"], "es": ["Eco 12 semanas (TN)", "Eco obstétrica 1T cribado combinado"],
               "ca": ["Ecografia 12 setmanes (TN)"], "tr": ["Ense saydamlığı (NT) USG", "11-14 hafta NT ölçümü"],
               "pt": ["USG morfológica 1º trimestre (TN)", "USG obstétrica com TN"]},
        "anomaly": {"en": ["US Fetal Anomaly Scan 20 weeks", "US Obstetric Anatomy Scan", "US OBS ANOMALY"], "es": ["Eco morfológica 20 semanas", "Eco obstétrica 2º trimestre"],
                    "ca": ["Ecografia morfològica 20 setmanes"], "tr": ["Detaylı obstetrik USG (anomali taraması)", "Ayrıntılı fetal USG 2. trimester"],
                    "pt": ["USG morfológica 2º trimestre", "Ultrassonografia morfológica fetal"]},
        "growth": {"en": ["US Fetal Growth + Dopplers", "US Obstetric Growth Scan", "US OBS GROWTH"], "es": ["Eco obstétrica 3er trimestre + Doppler", "Eco crecimiento fetal"],
                   "ca": ["Ecografia obstètrica tercer trimestre", "Ecografia de creixement fetal"], "tr": ["Obstetrik Doppler USG", "Obstetrik USG 3. trimester (biyometri)"],
                   "pt": ["USG obstétrica com Doppler", "USG obstétrica 3º trimestre (perfil biofísico)"]},
        "cervix": {"en": ["US Cervical Length TV", "US Cervix (preterm)"], "es": ["Cervicometría transvaginal"], "ca": ["Cervicometria"],
                   "tr": ["Servikal uzunluk ölçümü (TV)"], "pt": ["Medida do colo uterino TV", "USG transvaginal para medida de colo"]},
        "echo": {"en": ["Fetal Echocardiogram", "US Fetal Heart"], "es": ["Ecocardiografía fetal"], "ca": ["Ecocardiografia fetal"],
                 "tr": ["Fetal ekokardiyografi"], "pt": ["Ecocardiografia fetal"]},
        "twins": {"en": ["US Twin Pregnancy Growth (MCDA)", "US Twins Surveillance"], "es": ["Eco gemelar (MCDA) control"], "ca": ["Ecografia bessons"],
                  "tr": ["İkiz gebelik obstetrik USG"], "pt": ["USG obstétrica gemelar"]},
        "postpartum": {"en": ["US Pelvis (retained products)", "US Pelvis Postpartum"], "es": ["Eco ginecológica posparto (restos)"], "ca": ["Ecografia postpart"],
                       "tr": ["Lohusa pelvik USG (plasenta kalıntısı?)"], "pt": ["USG pélvica pós-parto (restos ovulares)"]},
        "ctpa": {"en": ["CT Pulmonary Angiogram (pregnant)", "CTPA"], "es": ["Angio-TC arterias pulmonares (gestante)"], "ca": ["Angio-TC pulmonar (gestant)"],
                 "tr": ["Pulmoner BT anjiyografi (gebe)"], "pt": ["Angio-TC de tórax (TEP) gestante"]},
        "cxr": {"en": ["XR Chest (pregnant, shielded)", "XR Chest"], "es": ["Rx tórax PA (gestante)"], "ca": ["Rx tòrax (gestant)"],
                "tr": ["Akciğer grafisi (gebe)"], "pt": ["RX tórax PA (gestante)"]},
    }
    sd = cx.t(cx.L(tables[k]))
    if k == "ctpa":
        if not cx.cfg["ct"]:
            k = "cxr"
        else:
            lab = ["CHEST"]
            ser = ct_series(cx, "chest", lab, "pulmonary CT angiogram", ("soft", "lung"))
            for s in ser:
                bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"])
                s["meta"]["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Iomeron 400", "Ultravist 370"])
            return sd, ser + [ct_dose(cx)]
    if k == "cxr":
        m = dx(cx, dxn(cx, {"en": ["Chest PA", "THORAX PA"], "es": ["TORAX PA"], "tr": ["Akciger PA"], "pt": ["TORAX PA"]}), "PA")
        bpe(cx, m, "CHEST", ["THORAX"])
        return sd, [S(m, ["CHEST"], None, "maternal chest film")]
    pelvic = k in ("early", "nt", "cervix", "postpartum")
    lab = ["PELVIS"] if pelvic else AP_
    why = {"early": "early-pregnancy ultrasound: uterus still in the pelvis", "nt": "first-trimester scan: uterus in the pelvis",
           "cervix": "transvaginal cervical length: pelvis", "postpartum": "postpartum uterus: pelvis",
           "anomaly": "mid-pregnancy scan: gravid uterus in abdomen and pelvis", "growth": "late-pregnancy scan: gravid uterus fills abdomen and pelvis",
           "echo": "fetal heart scan: the gravid uterus, abdomen and pelvis", "twins": "twin scan: gravid uterus in abdomen and pelvis"}[k]
    presets = {"early": ["OB 1st Trim", "Early OB", "GYN TV", "OB TV"], "nt": ["OB 1st Trim", "NT", "OB 11-14"], "cervix": ["Cervix TV", "GYN TV", "OB TV"],
               "postpartum": ["GYN", "Pelvis", "GYN TA"], "anomaly": ["OB 2/3", "OB 2nd Trim", "Fetal Anatomy", "OB Mid"],
               "growth": ["OB 2/3", "OB 3rd Trim", "OB Doppler", "Fetal Doppler"], "echo": ["Fetal Echo", "Fetal Heart", "OB Cardio"],
               "twins": ["OB 2/3", "Twins", "OB Multiple"]}[k]
    vendor = cx.c(["GE-Voluson", "GE-Voluson", "Samsung"] + cx.cfg["us"])
    if vendor not in cx.cfg["us"]:
        vendor = cx.cfg["us"][0]
    ser = []
    for i in range(cx.c([2, 3, 4])):
        d = cx.c(presets + [None, None])
        if vendor == "GE-Voluson" and cx.p(0.2):
            d = cx.c(["3D/4D", "Volume", "HDlive"])
        m = us(cx, d, vendor, cine=cx.p(0.25))
        bpe(cx, m, "PELVIS" if pelvic else ["ABDOMEN", "PELVIS"], ["ABDOMEN"] if pelvic else ["PELVIS", "UTERUS"], p_missing=0.4, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    extras = []
    if cx.p(0.5):
        extras.append(S(us(cx, cx.c(["OB Report", "Worksheet", "OB-GYN Report"]), vendor, Modality="SR", SOPClassUID=SOP["CSR"]), [], None,
                        "ultrasound measurement report: no pixels", img=False))
    if cx.p(0.2):
        m = us(cx, cx.c(["Worksheet", "Report Page"]), vendor, SOPClassUID=SOP["SC"], ImageType="DERIVED\\SECONDARY")
        extras.append(S(m, [], None, "ultrasound worksheet screen: text only", img=False))
    return sd, ser + extras


def fam_fetal(cx):
    k = cx.c(["fetal"] * 5 + ["brain"] * 3 + ["placenta"] * 2 + ["pm"])
    sd = cx.t(cx.L({
        "fetal": {"en": ["MRI Fetal", "MRI Fetus (body)", "MR Fetal Whole Body"], "es": ["RM fetal", "RM fetal (tórax fetal - hernia diafragmática)"],
                  "ca": ["RM fetal"], "tr": ["Fetal MR", "Fetal MRG (tüm vücut)"], "pt": ["RM fetal", "Ressonância magnética fetal"]},
        "brain": {"en": ["MRI Fetal Brain", "MR Fetal Neuro (ventriculomegaly)"], "es": ["RM fetal cerebral", "RM neurofetal"], "ca": ["RM cerebral fetal"],
                  "tr": ["Fetal beyin MR", "Fetal kranial MR"], "pt": ["RM fetal (encéfalo fetal)", "RM de SNC fetal"]},
        "placenta": {"en": ["MRI Placenta (?accreta)", "MR Placenta"], "es": ["RM placenta (acretismo)"], "ca": ["RM placenta"],
                     "tr": ["Plasenta MR (akreta?)", "Plasenta invazyonu MR"], "pt": ["RM de placenta (acretismo)"]},
        "pm": {"en": ["MRI Post-mortem Perinatal", "PMMR Fetus"], "es": ["RM post mórtem fetal"], "ca": ["RM post mortem fetal"],
               "tr": ["Postmortem fetal MR"], "pt": ["RM post-mortem fetal"]},
    }[k]))
    if k == "pm":
        lab, why = WB, "post-mortem MR of a fetus: the whole body"
        ser = mr_series(cx, "pm", lab, None, why, k=2, loc=True)
        for s in ser:
            if "brain" in s["meta"]["SeriesDescription"]:
                s["labels"], s["why"] = ["HEAD"], "post-mortem MR series of the fetal brain only"
            bpe(cx, s["meta"], ["WHOLEBODY", "WHOLE BODY"], ["HEAD", "CHEST"], p_alt=0.25)
        return sd, ser
    lab = AP_
    why = {"fetal": "fetal MR: the gravid uterus in the mother's abdomen and pelvis",
           "brain": "fetal brain MR: images the gravid uterus, mother's abdomen and pelvis",
           "placenta": "placental MR in late pregnancy: gravid uterus, abdomen and pelvis"}[k]
    ser = mr_series(cx, "fetal" if k != "placenta" else cx.c(["fetal", "pelvis"]), lab, None, why)
    for s in ser:
        bpe(cx, s["meta"], ["ABDOMEN", "PELVIS"], ["UTERUS", "BRAIN" if k == "brain" else "FETUS", "HEAD" if k == "brain" else "ABDOMEN"],
            p_alt=0.2)
        if cx.p(0.3):
            s["meta"]["ProtocolName"] = cx.c(["FETAL", "Fetal MRI", "fetal_brain" if k == "brain" else "fetal_body", "PLACENTA" if k == "placenta" else "OB"])
    return sd, ser


def fam_gynae(cx):
    k = cx.c(["us"] * 5 + ["pelvus"] * 2 + ["mrpelv"] * 3 + ["mullerian", "hsg", "hsg", "hycosy", "ctap", "ctcap"])
    if k in ("ctap", "ctcap") and not cx.cfg["ct"]:
        k = "us"
    tab = {
        "us": {"en": ["US Pelvis TA+TV", "US Transvaginal", "US Gynae Pelvis"], "es": ["Eco ginecológica transvaginal", "Ecografía transvaginal"],
               "ca": ["Ecografia ginecològica", "Ecografia transvaginal"], "tr": ["Transvajinal USG", "Jinekolojik USG"],
               "pt": ["USG transvaginal", "USG pélvica transvaginal"]},
        "pelvus": {"en": ["US Pelvis Paediatric (?ovarian torsion)", "US Pelvis (precocious puberty)"], "es": ["Eco pélvica pediátrica (torsión ovárica)"],
                   "ca": ["Ecografia pèlvica pediàtrica"], "tr": ["Pelvik USG (over torsiyonu?)", "Pelvik USG (erken puberte)"],
                   "pt": ["USG pélvica suprapúbica (pediátrica)"]},
        "mrpelv": {"en": ["MRI Pelvis Endometriosis Protocol", "MRI Pelvis (fibroids)", "MRI Pelvis Cervical Cancer Staging"],
                   "es": ["RM pélvica (endometriosis)", "RM pelvis (miomas)", "RM pélvica estadificación cérvix"], "ca": ["RM pelvis (endometriosi)"],
                   "tr": ["Pelvik MR (endometriozis)", "Pelvis MR (myom)", "Pelvik MR serviks ca evreleme"],
                   "pt": ["RM de pelve (protocolo endometriose)", "RM pelve feminina (miomas)"]},
        "mullerian": {"en": ["MRI Pelvis and Kidneys (Mullerian anomaly)"], "es": ["RM pelvis y riñones (malformación mülleriana)"],
                      "ca": ["RM pelvis i ronyons"], "tr": ["Pelvik MR + böbrekler (Müller anomalisi)"], "pt": ["RM de pelve e rins (malformação mulleriana)"]},
        "hsg": {"en": ["Hysterosalpingogram", "HSG"], "es": ["Histerosalpingografía"], "ca": ["Histerosalpingografia"], "tr": ["Histerosalpingografi (HSG)"],
                "pt": ["Histerossalpingografia"]},
        "hycosy": {"en": ["HyCoSy (tubal patency US)"], "es": ["Histerosonosalpingografía (HyCoSy)"], "ca": ["Histerosonografia"], "tr": ["Sonohisterografi"],
                   "pt": ["Histerossonografia"]},
        "ctap": {"en": ["CT Abdomen and Pelvis (adnexal mass)"], "es": ["TC abdomino-pélvica con contraste"], "ca": ["TC abdominopèlvica"],
                 "tr": ["Batın-pelvis BT (kontrastlı)"], "pt": ["TC de abdome e pelve com contraste"]},
        "ctcap": {"en": ["CT Chest Abdomen Pelvis (ovarian ca staging)", "CT CAP"], "es": ["TC toraco-abdomino-pélvica (estadificación ovario)", "TC TAP"],
                  "ca": ["TC toracoabdominopèlvica"], "tr": ["Toraks-abdomen-pelvis BT (over ca evreleme)"], "pt": ["TC de tórax, abdome e pelve (estadiamento)"]},
    }
    sd = cx.t(cx.L(tab[k]))
    if k in ("us", "pelvus", "hycosy"):
        ser = []
        for i in range(cx.c([1, 2, 3])):
            m = us(cx, cx.c(["GYN TV", "GYN", "Pelvis", "GYN TA", "Peds Pelvis", None]), cx.model("usg", cx.cfg["us"]), cine=cx.p(0.2))
            bpe(cx, m, ["PELVIS", "UTERUS"], ["ABDOMEN", "OVARY"], p_missing=0.4)
            ser.append(S(m, ["PELVIS"], None, "gynaecological pelvic ultrasound"))
        return sd, ser
    if k in ("mrpelv", "mullerian"):
        lab = ["PELVIS"] if k == "mrpelv" else AP_
        why = "gynaecological pelvic MR" if k == "mrpelv" else "Mullerian anomaly MR: pelvis and both kidneys"
        ser = mr_series(cx, "pelvis", ["PELVIS"], None, why if k == "mrpelv" else "pelvic series of a Mullerian anomaly MR: pelvis")
        if k == "mullerian":
            ser[0]["labels"], ser[0]["why"] = lab, "localizer of a Mullerian anomaly MR: pelvis and kidneys"
            ser += [S(mr(cx, d, None, "SE"), ["ABDOMEN"], None, "coronal series of the kidneys in a Mullerian study")
                    for d in [cx.c(["t2_haste_cor_kidneys", "Cor SSFSE Kidneys", "T2W_SSh_COR_kidneys"])]]
        for s in ser:
            bpe(cx, s["meta"], "PELVIS", ["ABDOMEN", "UTERUS"])
        return sd, ser
    if k == "hsg":
        ser = []
        for d in cx.rng.sample(["Spot", "Fluoro Loop", "Exposure", "HSG", "LIH", "Uterus filling", "Spill"], cx.c([2, 3])):
            m = rf(cx, d)
            bpe(cx, m, "PELVIS", ["ABDOMEN"], p_missing=0.4)
            ser.append(S(m, ["PELVIS"], None, "hysterosalpingogram: uterus and tubes"))
        if cx.p(0.4):
            ser.append(S(rf(cx, "Dose Report", Modality="SR", SOPClassUID=SOP["DOSE"]), [], None, "fluoroscopy dose SR", img=False))
        return sd, ser
    lab = AP_ if k == "ctap" else CAP
    ser = ct_series(cx, "abd", lab, "abdomen and pelvis CT" if k == "ctap" else "chest, abdomen and pelvis CT", ("soft", "soft") if k == "ctap" else ("soft", "lung"))
    for s in ser:
        bpe(cx, s["meta"], "ABDOMEN" if k == "ctap" else ["CHEST", "ABDOMEN"], ["PELVIS"], p_alt=0.15)
    return sd, ser + [ct_dose(cx)]


def fam_breast(cx):
    k = cx.c(["screen"] * 6 + ["diag"] * 3 + ["us"] * 4 + ["usboth"] * 2 + ["axilla", "mr", "mr", "mrbiopsy", "stereo", "stereo", "core", "core",
                                                                           "specimen", "specimen", "cem"])
    if k == "cem" and cx.cfg["mg"] not in ("GE", "Hologic"):
        k = "diag"
    lang = cx.lang
    mgv = cx.cfg["mg"]
    make, models = MG_MAKE[mgv]

    def mgname(side, view, kind="2d"):
        if mgv == "Hologic":
            return {"2d": f"{side} {view}", "tomo": f"{side} {view} Tomosynthesis Reconstruction", "syn": f"{side} {view} C-View",
                    "spot": f"{side} {view} Spot Mag", "le": f"{side} {view} I-View LE", "cem": f"{side} {view} I-View Subtracted"}[kind]
        if mgv == "GE":
            return {"2d": f"{side}{view}", "tomo": f"3D {side}{view}", "syn": f"V-Preview {side}{view}", "spot": f"{side}{view} MAG",
                    "le": f"{side}{view} LE", "cem": f"{side}{view} RECOMBINED"}[kind]
        if mgv == "Siemens":
            return {"2d": f"{side} {view}", "tomo": f"{side} {view} Tomo", "syn": f"{side} {view} Insight 2D", "spot": f"{side} {view} Spot",
                    "le": f"{side} {view}", "cem": f"{side} {view}"}[kind]
        return {"2d": f"{side}-{view}", "tomo": f"ST {side}-{view}", "syn": f"S-View {side}-{view}", "spot": f"{side}-{view} MAG",
                "le": f"{side}-{view}", "cem": f"{side}-{view}"}[kind]

    def mgmeta(side, view, kind="2d"):
        m = {"Modality": "MG", "SOPClassUID": SOP["BTO"] if kind == "tomo" else SOP["MG"], "Manufacturer": make,
             "ManufacturerModelName": cx.model("mg", models), "SeriesDescription": mgname(side, view, kind), "ViewPosition": view,
             "ImageLaterality": side,
             "ImageType": {"2d": "ORIGINAL\\PRIMARY", "tomo": "DERIVED\\PRIMARY\\TOMOSYNTHESIS\\NONE", "syn": "DERIVED\\PRIMARY\\TOMO_2D\\GENERATED_2D",
                           "spot": "ORIGINAL\\PRIMARY", "le": "ORIGINAL\\PRIMARY\\LOW_ENERGY", "cem": "DERIVED\\PRIMARY\\RECOMBINED"}[kind]}
        bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.15, p_alt=0.03)
        if cx.p(0.4):
            m["AnatomicRegionSequence"] = BREAST_ARS
        if kind == "2d" and cx.p(0.3):
            m["Rows"], m["Columns"] = cx.c([(4096, 3328), (3328, 2560), (2294, 1914)])
        return m

    def cad():
        return S({"Modality": "SR", "SOPClassUID": SOP["MGCAD"], "Manufacturer": make,
                  "SeriesDescription": cx.c(["ImageChecker CAD", "Genius AI Detection", "CAD SR", "Mammography CAD SR"])}, [], None,
                 "mammography CAD report: no pixels", img=False)

    if k == "screen":
        tomo = cx.p(0.55)
        sd = cx.t(cx.L({"en": ["Screening Mammogram Bilateral", "MAMMO SCREENING BILAT", "NHSBSP Screening Mammography", "Bilateral Screening Mammogram with Tomosynthesis"],
                        "es": ["Mamografía de cribado bilateral", "Mamografía bilateral + tomosíntesis", "Mamografía cribado (PDPCM)"],
                        "ca": ["Mamografia de cribratge bilateral", "Mamografia bilateral"], "tr": ["Bilateral mamografi", "Tarama mamografisi (bilateral)", "Bilateral mamografi + tomosentez"],
                        "pt": ["Mamografia digital bilateral", "Mamografia de rastreamento bilateral", "Mamografia bilateral com tomossíntese"]}))
        ser = []
        for side in "RL":
            for view in ("CC", "MLO"):
                ser.append(S(mgmeta(side, view), ["BREAST"], side, f"screening {view} view, ImageLaterality {side}"))
                if tomo:
                    ser.append(S(mgmeta(side, view, cx.c(["tomo", "syn"])), ["BREAST"], side, f"tomosynthesis / synthetic 2D {view}, side {side}"))
        return sd, ser + ([cad()] if cx.p(0.5) else [])
    if k in ("diag", "cem"):
        side = cx.c("LR")
        s = cx.side(side, "f")
        if k == "diag":
            sd = cx.t(cx.L({"en": [f"Diagnostic Mammogram {s}", f"Mammo {s} breast - recall", f"MAMMO UNILAT {s.upper()}"],
                            "es": [f"Mamografía diagnóstica mama {s}", f"Mamografía unilateral {s}", f"Proyecciones adicionales mama {s}"],
                            "ca": [f"Mamografia diagnòstica mama {s}"], "tr": [f"{s.capitalize()} meme mamografi", f"{s} meme ek grafiler (spot)", f"Unilateral mamografi ({s})"],
                            "pt": [f"Mamografia unilateral {s}", f"Incidências complementares mama {s}", f"Compressão localizada mama {s}"]}))
            ser = [S(mgmeta(side, v, kind), ["BREAST"], side, f"diagnostic view of one breast, side {side}")
                   for v, kind in [("CC", "2d"), ("MLO", "2d"), (cx.c(["ML", "CC", "XCCL"]), "spot"), ("CC", "tomo")]]
        else:
            sd = cx.t(cx.L({"en": [f"Contrast Enhanced Mammogram {s}", f"CEM {s}"], "es": [f"Mamografía con contraste mama {s}"],
                            "tr": [f"{s.capitalize()} meme kontrastlı mamografi"], "pt": [f"Mamografia com contraste mama {s}"]}))
            ser = [S(mgmeta(side, v, kind), ["BREAST"], side, f"contrast-enhanced mammogram view, side {side}")
                   for v in ("CC", "MLO") for kind in ("le", "cem")]
        return sd, ser
    if k in ("us", "usboth", "axilla"):
        side = "B" if k == "usboth" else cx.c("LR")
        s = cx.side(side, "f")
        if k == "us":
            sd = cx.t(cx.L({"en": [f"US Breast {s}", f"US {s} Breast", f"US BREAST {s.upper()} (symptomatic)"],
                            "es": [f"Ecografía mama {s}", f"Eco mamaria {s}"], "ca": [f"Ecografia mama {s}"],
                            "tr": [f"{s.capitalize()} meme USG", f"Meme USG ({s})", f"{s} meme ultrasonografi"],
                            "pt": [f"USG mama {s}", f"Ultrassonografia de mama {s}"]}))
        elif k == "usboth":
            sd = cx.t(cx.L({"en": ["US Breasts Bilateral", "US Both Breasts", "US BREAST BILAT"], "es": ["Ecografía mamaria bilateral", "Eco ambas mamas"],
                            "ca": ["Ecografia mamària bilateral"], "tr": ["Bilateral meme USG", "Meme USG (bilateral)"],
                            "pt": ["USG de mamas bilateral", "USG mamas e axilas bilateral"]}))
        else:
            sd = cx.t(cx.L({"en": [f"US Axilla {s}", f"US {s} Axilla (node)"], "es": [f"Eco axila {s}", f"Ecografía axilar {s}"],
                            "ca": [f"Ecografia axil·lar {s}"], "tr": [f"{s.capitalize()} aksiller USG", f"Aksilla USG ({s})"],
                            "pt": [f"USG axila {s}", f"Ultrassonografia axilar {s}"]}))
        ser = []
        for i in range(cx.c([1, 2, 2, 3])):
            d = cx.c(["Breast", "BREAST", "Small Parts", "Mama", None])
            m = us(cx, d, cine=cx.p(0.15))
            if side in "LR" and cx.p(0.25):
                m["Laterality"] = side
            bpe(cx, m, "BREAST", ["CHEST", "AXILLA"] if k == "axilla" else ["CHEST"], p_missing=0.35)
            why = ("axillary ultrasound of a breast work-up, side " + side if k == "axilla" else
                   "breast ultrasound of both breasts" if side == "B" else f"breast ultrasound, side {side} from the order")
            ser.append(S(m, ["BREAST"], side, why))
        return sd, ser
    if k in ("mr", "mrbiopsy"):
        side = "B" if k == "mr" else cx.c("LR")
        s = cx.side(side, "f")
        if k == "mr":
            sd = cx.t(cx.L({"en": ["MRI Breasts Bilateral with Contrast", "MRI Breast (high risk screening)", "MR BREAST BILAT"],
                            "es": ["RM de mama bilateral con contraste", "RM mamaria bilateral"], "ca": ["RM de mama bilateral"],
                            "tr": ["Bilateral meme MR (dinamik kontrastlı)", "Meme MR (bilateral)"], "pt": ["RM de mamas bilateral", "RM das mamas com contraste"]}))
        else:
            sd = cx.t(cx.L({"en": [f"MRI Guided Breast Biopsy {s}", f"MR Biopsy {s} Breast"], "es": [f"BAV guiada por RM mama {s}"],
                            "ca": [f"Biòpsia guiada per RM mama {s}"], "tr": [f"{s.capitalize()} meme MR eşliğinde biyopsi"],
                            "pt": [f"Biópsia de mama guiada por RM {s}"]}))
        why = "breast MR of both breasts" if side == "B" else f"MR-guided biopsy of one breast, side {side}"
        ser = mr_series(cx, "breast", ["BREAST"], side, why, k=3 if side != "B" else None)
        for m in ser:
            bpe(cx, m["meta"], "BREAST", ["CHEST", "THORAX"], p_alt=0.2)
            if side in "LR" and cx.p(0.4):
                m["meta"]["Laterality"] = side
            if cx.p(0.3):
                m["meta"]["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "Clariscan"])
        return sd, ser
    side = cx.c("LR")
    s = cx.side(side, "f")
    if k == "stereo":
        sd = cx.t(cx.L({"en": [f"Stereotactic Vacuum Biopsy {s} Breast", f"Stereo Core Biopsy {s}"], "es": [f"BAV estereotáctica mama {s}", f"Biopsia estereotáxica mama {s}"],
                        "ca": [f"Biòpsia estereotàctica mama {s}"], "tr": [f"{s.capitalize()} meme stereotaktik vakum biyopsi"],
                        "pt": [f"Mamotomia guiada por estereotaxia mama {s}", f"Biópsia estereotáxica mama {s}"]}))
        ser = []
        for d in cx.rng.sample(["Scout", "Stereo Pair", "Pre-Fire", "Post-Fire", "Post Clip", "Stereo +15", "Stereo -15"], cx.c([2, 3, 4])):
            m = {"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": make, "ManufacturerModelName": cx.model("mg", models), "SeriesDescription": d}
            if cx.p(0.7):
                m["ImageLaterality"] = side
            bpe(cx, m, "BREAST", None, p_missing=0.3)
            ser.append(S(m, ["BREAST"], side, f"stereotactic biopsy image of one breast, side {side} from the order"))
        return sd, ser
    if k == "core":
        sd = cx.t(cx.L({"en": [f"US Guided Core Biopsy {s} Breast", f"US Core Bx {s} Breast"], "es": [f"BAG ecoguiada mama {s}", f"Biopsia con aguja gruesa mama {s}"],
                        "ca": [f"BAG ecoguiada mama {s}"], "tr": [f"{s.capitalize()} meme tru-cut biyopsi (USG eşliğinde)"],
                        "pt": [f"Core biopsy de mama {s} guiada por USG", f"Biópsia percutânea mama {s} (US)"]}))
        ser = []
        for i in range(cx.c([1, 2, 3])):
            m = us(cx, cx.c(["Breast", "Biopsy", "Small Parts", None]))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["BREAST"], side, f"ultrasound-guided breast biopsy, side {side} from the order"))
        return sd, ser
    sd = cx.t(cx.L({"en": [f"Specimen Radiograph {s} Breast", f"Breast Specimen X-ray {s} (WLE)"], "es": [f"Rx pieza quirúrgica mama {s}", f"Radiografía de espécimen mama {s}"],
                    "ca": [f"Rx peça quirúrgica mama {s}"], "tr": [f"{s.capitalize()} meme spesmen grafisi"],
                    "pt": [f"RX de peça cirúrgica mama {s}", f"Radiografia de espécime mama {s}"]}))
    ser = []
    for i in range(cx.c([1, 2])):
        if cx.site == "uk-bsu" or cx.p(0.4):
            make2, model2 = "Faxitron Bioptics", "BioVision"
            mod = cx.c(["DX", "MG"])
        else:
            make2, model2, mod = make, cx.model("mg", models), "MG"
        m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": make2, "ManufacturerModelName": model2,
             "SeriesDescription": cx.c(["Specimen", "SPECIMEN", "Specimen 2 views", "Core specimen"])}
        bpe(cx, m, "BREAST", None, p_missing=0.45)
        ser.append(S(m, ["BREAST"], side, f"radiograph of a breast specimen, side {side} of the breast it came from"))
    return sd, ser


def fam_paedus(cx):
    k = cx.c(["abd", "abd", "abdtotal", "pylorus", "intuss", "appendix", "appendix", "renal", "renal", "kidneys", "testis", "hernia", "necklump",
              "thyroid", "lump", "chest"])
    tab = {
        "abd": ({"en": ["US Abdomen", "US Abdomen Paeds", "US Upper Abdomen"], "es": ["Eco abdominal", "Ecografía abdomen superior"], "ca": ["Ecografia abdominal"],
                 "tr": ["Üst batın USG", "Batın USG (karaciğer-safra)"], "pt": ["USG abdome superior"]}, ["ABDOMEN"], "upper-abdominal ultrasound", ["Abdomen", "Peds Abd"]),
        "abdtotal": ({"en": ["US Abdomen and Pelvis"], "es": ["Eco abdominal completa"], "ca": ["Ecografia abdominal completa"], "tr": ["Tüm batın USG"],
                      "pt": ["USG abdome total", "Ultrassonografia de abdome total"]}, AP_, "whole abdomen ultrasound: abdomen and pelvis", ["Abdomen", "Peds Abd"]),
        "pylorus": ({"en": ["US Pylorus", "US Pyloric Stenosis"], "es": ["Eco píloro"], "ca": ["Ecografia pílor"], "tr": ["Pilor USG"],
                     "pt": ["USG de piloro"]}, ["ABDOMEN"], "pyloric ultrasound: upper abdomen", ["Peds Abd", "Bowel"]),
        "intuss": ({"en": ["US Abdomen ?Intussusception"], "es": ["Eco abdominal (invaginación)"], "ca": ["Ecografia abdominal (invaginació)"],
                    "tr": ["Batın USG (invajinasyon?)"], "pt": ["USG abdome (invaginação intestinal)"]}, ["ABDOMEN"], "ultrasound for intussusception: abdomen", ["Bowel", "Peds Abd"]),
        "appendix": ({"en": ["US Appendix", "US RIF ?Appendicitis"], "es": ["Eco apéndice", "Ecografía FID (apendicitis)"], "ca": ["Ecografia apèndix"],
                      "tr": ["Apandisit USG", "Sağ alt kadran USG (apandisit)"], "pt": ["USG de apêndice", "USG de fossa ilíaca direita"]}, AP_,
                     "appendix ultrasound: right iliac fossa and pelvis", ["Bowel", "Appendix"]),
        "renal": ({"en": ["US Renal Tract", "US Kidneys and Bladder"], "es": ["Eco renal y vías urinarias", "Ecografía renovesical"], "ca": ["Ecografia renal i vesical"],
                   "tr": ["Üriner sistem USG", "Böbrek ve mesane USG"], "pt": ["USG de rins e vias urinárias"]}, AP_, "renal tract ultrasound: kidneys and bladder", ["Renal", "Bladder"]),
        "kidneys": ({"en": ["US Kidneys"], "es": ["Eco renal"], "ca": ["Ecografia renal"], "tr": ["Renal USG", "Böbrek USG"], "pt": ["USG renal"]}, ["ABDOMEN"],
                    "kidney ultrasound", ["Renal", "Kidney"]),
        "testis": ({"en": ["US Scrotum/Testes", "US Testes (?torsion)"], "es": ["Eco testicular", "Ecografía escrotal"], "ca": ["Ecografia testicular"],
                    "tr": ["Skrotal USG", "Testis Doppler USG"], "pt": ["USG de bolsa escrotal", "USG testicular com Doppler"]}, ["PELVIS"], "scrotal ultrasound: pelvis by convention",
                   ["Scrotum", "Small Parts", "Testis"]),
        "hernia": ({"en": ["US Inguinal Region (hernia)", "US Groin"], "es": ["Eco inguinal (hernia)"], "ca": ["Ecografia inguinal"], "tr": ["İnguinal USG (herni)"],
                    "pt": ["USG de região inguinal"]}, ["PELVIS"], "inguinal ultrasound: groin", ["Small Parts", "Inguinal"]),
        "necklump": ({"en": ["US Neck (lump)", "US Neck Lymph Nodes"], "es": ["Eco cervical (adenopatías)", "Ecografía de cuello"], "ca": ["Ecografia cervical"],
                      "tr": ["Boyun USG (LAP)", "Boyun ultrasonografi"], "pt": ["USG cervical (linfonodos)", "USG de pescoço"]}, ["NECK"], "neck ultrasound", ["Small Parts", "Neck"]),
        "thyroid": ({"en": ["US Thyroid"], "es": ["Eco tiroidea"], "ca": ["Ecografia tiroide"], "tr": ["Tiroid USG"], "pt": ["USG de tireoide"]}, ["NECK"],
                    "thyroid ultrasound: neck", ["Thyroid", "Small Parts"]),
        "chest": ({"en": ["US Chest (pleural effusion)"], "es": ["Eco torácica (derrame pleural)"], "ca": ["Ecografia toràcica"], "tr": ["Toraks USG (plevral efüzyon)"],
                   "pt": ["USG de tórax (derrame pleural)"]}, ["CHEST"], "chest ultrasound for an effusion", ["Lung", "Chest"]),
    }
    vendor = cx.c([v for v in cx.cfg["us"] if v != "GE-Voluson"] or ["GE-LOGIQ"])
    if k == "lump":
        code = cx.c(["FOREARM", "KNEE", "THIGH", "HAND", "FOOT", "ELBOW", "ARM", "LEG", "WRIST", "ANKLE", "SHOULDER"])
        side = cx.c("LR")
        sd, s = limb_sd(cx, code, side, what="us")
        ser = []
        for i in range(cx.c([1, 2])):
            m = us(cx, cx.c(["MSK", "Small Parts", "Superficial", None]), vendor)
            if cx.p(0.2):
                m["Laterality"] = side
            bpe(cx, m, LIMB_BPE[code][0], ["EXTREMITY"], p_missing=0.45)
            ser.append(S(m, [code], side, f"soft-tissue ultrasound of the {code.lower()}, side {side} from the order"))
        return sd, ser
    table, lab, why, presets = tab[k]
    sd = cx.t(cx.L(table))
    ser = []
    for i in range(cx.c([1, 2, 3])):
        m = us(cx, cx.c(presets + [None]), vendor, cine=cx.p(0.2))
        bpe(cx, m, {"ABDOMEN": "ABDOMEN", "PELVIS": "PELVIS", "NECK": ["NECK", "THYROID"], "CHEST": "CHEST"}[lab[0]] if k != "testis" else ["SCROTUM", "PELVIS"],
            ["ABDOMEN"] if lab != ["ABDOMEN"] else ["KIDNEY", "LIVER"], p_missing=0.38, p_alt=0.15)
        ser.append(S(m, lab, None, why))
    return sd, ser


def fam_paedct(cx):
    k = cx.c(["head"] * 4 + ["sinus", "temporal", "cranio", "chest", "chest", "abdpelv", "cap", "neck", "trauma", "trauma", "cspine", "feet"])
    tab = {
        "head": ({"en": ["CT Head", "CT Head (non-contrast) Paeds", "CT Brain"], "es": ["TC craneal sin contraste", "TC cráneo"], "ca": ["TC cranial"],
                  "tr": ["Kranial BT (kontrastsız)", "Beyin BT"], "pt": ["TC de crânio", "TC de crânio sem contraste"]}, ["HEAD"], "head", "head CT", ("soft", "bone")),
        "sinus": ({"en": ["CT Sinuses"], "es": ["TC senos paranasales"], "ca": ["TC sins paranasals"], "tr": ["Paranazal sinüs BT"], "pt": ["TC de seios da face"]},
                  ["HEAD"], "sinus", "sinus CT", ("bone",)),
        "temporal": ({"en": ["CT Temporal Bones (IAM)"], "es": ["TC peñascos"], "ca": ["TC penyals"], "tr": ["Temporal kemik BT"], "pt": ["TC de ossos temporais (mastoides)"]},
                     ["HEAD"], "head", "temporal bone CT", ("bone",)),
        "cranio": ({"en": ["CT Head 3D (craniosynostosis)"], "es": ["TC cráneo 3D (craneosinostosis)"], "ca": ["TC crani 3D"], "tr": ["3D kranyum BT (kraniosinostoz)"],
                    "pt": ["TC de crânio com reconstrução 3D (cranioestenose)"]}, ["HEAD"], "head", "skull CT with 3D", ("bone", "soft")),
        "chest": ({"en": ["CT Chest", "CT Chest HRCT Paeds"], "es": ["TC tórax", "TC torácica alta resolución"], "ca": ["TC tòrax"], "tr": ["Toraks BT", "Yüksek rezolüsyonlu toraks BT"],
                   "pt": ["TC de tórax", "TC de tórax alta resolução"]}, ["CHEST"], "chest", "chest CT", ("soft", "lung")),
        "abdpelv": ({"en": ["CT Abdomen Pelvis with Contrast"], "es": ["TC abdomino-pélvica con contraste"], "ca": ["TC abdominopèlvica"], "tr": ["Batın BT (kontrastlı)", "Abdomen-pelvis BT"],
                     "pt": ["TC de abdome e pelve com contraste", "TC abdome total"]}, AP_, "abd", "abdomen and pelvis CT", ("soft",)),
        "cap": ({"en": ["CT Chest Abdomen Pelvis (tumour staging)", "CT CAP Paeds"], "es": ["TC tóraco-abdomino-pélvica (neuroblastoma)"], "ca": ["TC toracoabdominal"],
                 "tr": ["Toraks-abdomen BT (evreleme)"], "pt": ["TC de tórax e abdome total (estadiamento)"]}, CAP, "abd", "chest, abdomen and pelvis CT", ("soft", "lung")),
        "neck": ({"en": ["CT Neck with Contrast (?abscess)"], "es": ["TC cuello con contraste"], "ca": ["TC coll"], "tr": ["Boyun BT (kontrastlı)"], "pt": ["TC de pescoço com contraste"]},
                 ["NECK"], "neck", "neck CT", ("soft",)),
        "trauma": ({"en": ["CT Trauma Whole Body (paediatric)", "CT Polytrauma"], "es": ["TC body politrauma pediátrico"], "ca": ["TC politraumàtic"],
                    "tr": ["Travma BT (tüm vücut)"], "pt": ["TC de corpo inteiro (politrauma)"]}, WB, "wb", "whole-body trauma CT", ("soft", "bone")),
        "cspine": ({"en": ["CT Cervical Spine"], "es": ["TC columna cervical"], "ca": ["TC columna cervical"], "tr": ["Servikal vertebra BT"], "pt": ["TC de coluna cervical"]},
                   ["CSPINE"], "cspine", "cervical spine CT", ("bone",)),
        "feet": ({"en": ["CT Both Feet (tarsal coalition)", "CT Feet Bilateral"], "es": ["TC ambos pies (coalición tarsal)"], "ca": ["TC peus bilateral"],
                  "tr": ["Bilateral ayak BT (tarsal koalisyon)"], "pt": ["TC de pés bilateral (coalizão tarsal)"]}, ["ANKLE", "FOOT"], "feet",
                 "CT of both hindfeet: ankles and feet", ("bone",)),
    }
    table, lab, reg, why, kinds = tab[k]
    sd = cx.t(cx.L(table))
    ser = ct_series(cx, reg, lab, why, kinds)
    lat = "B" if k == "feet" else None
    for s in ser:
        s["laterality"] = lat
        good = {"head": ["HEAD", "BRAIN"], "sinus": ["SINUS", "HEAD"], "neck": "NECK", "chest": "CHEST", "abd": "ABDOMEN", "wb": ["WHOLEBODY", "CHEST"],
                "cspine": "CSPINE", "feet": ["FOOT", "ANKLE"]}[reg]
        bpe(cx, s["meta"], good, {"head": ["SKULL"], "sinus": ["SKULL"], "neck": ["HEAD", "CSPINE"], "chest": ["LUNG"], "abd": ["PELVIS", "CHEST"],
                                  "wb": ["ABDOMEN", "HEAD"], "cspine": ["SPINE", "NECK"], "feet": ["EXTREMITY"]}[reg], p_alt=0.15)
        if k in ("abdpelv", "cap", "neck", "trauma") and s["meta"].get("ConvolutionKernel") and cx.p(0.4):
            s["meta"]["ContrastBolusAgent"] = cx.c(["Omnipaque 300", "Iomeron 300", "Ultravist 300", "Visipaque"])
    if k == "trauma":
        # the trauma protocol's head and chest recons each show one region
        ser.append(S(ct(cx, cx.c(["Head  5.0  Hr38  3", "HEAD 5mm", "Brain 5.0"]), "Hr38", "5.0"), ["HEAD"], None, "head recon of a trauma scan"))
    return sd, ser + [ct_dose(cx)] + ([S(ct(cx, "Screen Save", SOPClassUID=SOP["SC"], ImageType="DERIVED\\SECONDARY\\SCREEN SAVE"), [], None,
                                          "screen capture of the scan parameters", img=False)] if cx.p(0.15) else [])


def fam_paedmr(cx):
    k = cx.c(["brain"] * 5 + ["pituitary", "orbits", "wspine", "wspine", "lspine", "entero", "entero", "perianal", "liver", "mrcp", "hips", "knee", "knee",
                                "ankle", "shoulder", "wb", "wb", "neck", "heart"])
    if k in ("knee", "ankle", "shoulder"):
        code = k.upper()
        side = cx.c("LR")
        sd, s = limb_sd(cx, code, side, what="mr")
        why = f"{code.lower()} MR of a child, side {side} from the order ({s})"
        ser = mr_series(cx, "msk", [code], side, why)
        for m in ser:
            bpe(cx, m["meta"], code, ["EXTREMITY", "UPPER LIMB" if code == "SHOULDER" else "LEG"])
            if cx.p(0.2):
                m["meta"]["Laterality"] = side
        return sd, ser
    tab = {
        "brain": ({"en": ["MRI Brain", "MRI Head (under GA)", "MRI Brain with Contrast"], "es": ["RM cerebral", "RM cerebral con sedación"], "ca": ["RM cerebral"],
                   "tr": ["Beyin MR", "Kranial MR (sedasyonlu)", "Beyin MR (kontrastlı)"], "pt": ["RM de encéfalo", "RM crânio sob sedação"]}, ["HEAD"], "brain", "brain MR"),
        "pituitary": ({"en": ["MRI Pituitary"], "es": ["RM hipófisis"], "ca": ["RM hipòfisi"], "tr": ["Hipofiz MR (dinamik)"], "pt": ["RM de sela túrcica"]},
                      ["HEAD"], "brain", "pituitary MR"),
        "orbits": ({"en": ["MRI Orbits and Brain"], "es": ["RM órbitas"], "ca": ["RM òrbites"], "tr": ["Orbita MR"], "pt": ["RM de órbitas"]}, ["HEAD"], "brain", "orbit MR"),
        "wspine": ({"en": ["MRI Whole Spine", "MRI Spine (scoliosis)"], "es": ["RM columna completa"], "ca": ["RM columna completa"], "tr": ["Tüm spinal MR", "Tüm vertebra MR"],
                    "pt": ["RM de coluna total", "RM neuroeixo"]}, WSPINE, "spine", "whole-spine MR"),
        "lspine": ({"en": ["MRI Lumbar Spine (tethered cord)"], "es": ["RM columna lumbar (médula anclada)"], "ca": ["RM columna lumbar"], "tr": ["Lomber MR (gergin omurilik)"],
                    "pt": ["RM de coluna lombar (medula presa)"]}, ["LSPINE"], "spine", "lumbar spine MR"),
        "entero": ({"en": ["MR Enterography", "MRI Small Bowel (Crohn's)"], "es": ["Entero-RM", "RM enterografía"], "ca": ["Entero-RM"], "tr": ["MR enterografi"],
                    "pt": ["Entero-RM", "Enterografia por RM"]}, AP_, "entero", "MR enterography: abdomen and pelvis"),
        "perianal": ({"en": ["MRI Pelvis (perianal fistula)"], "es": ["RM pelvis (fístula perianal)"], "ca": ["RM pelvis (fístula perianal)"], "tr": ["Perianal fistül MR"],
                      "pt": ["RM de pelve (fístula perianal)"]}, ["PELVIS"], "pelvis", "perianal MR: pelvis"),
        "liver": ({"en": ["MRI Liver"], "es": ["RM hepática"], "ca": ["RM hepàtica"], "tr": ["Karaciğer MR", "Üst batın MR"], "pt": ["RM de fígado"]}, ["ABDOMEN"], "abd", "liver MR"),
        "mrcp": ({"en": ["MRCP"], "es": ["Colangio-RM"], "ca": ["Colangio-RM"], "tr": ["MRCP"], "pt": ["Colangiorressonância"]}, ["ABDOMEN"], "mrcp", "MRCP"),
        "hips": ({"en": ["MRI Both Hips (Perthes)", "MRI Hips Bilateral"], "es": ["RM caderas bilateral"], "ca": ["RM malucs bilateral"], "tr": ["Bilateral kalça MR"],
                  "pt": ["RM de quadril bilateral", "RM de bacia (quadris)"]}, ["PELVIS", "HIP"], "msk", "MR of both hips: pelvis and hips"),
        "wb": ({"en": ["MRI Whole Body (cancer predisposition)", "MRI Whole Body STIR (CRMO)"], "es": ["RM cuerpo entero"], "ca": ["RM cos sencer"],
                "tr": ["Tüm vücut MR"], "pt": ["RM de corpo inteiro", "RM corpo total (síndrome de Li-Fraumeni)"]}, WB, "wb", "whole-body MR"),
        "neck": ({"en": ["MRI Neck (vascular malformation)"], "es": ["RM cuello"], "ca": ["RM coll"], "tr": ["Boyun MR"], "pt": ["RM de pescoço"]}, ["NECK"], "neck", "neck MR"),
        "heart": ({"en": ["MRI Cardiac (congenital)", "CMR"], "es": ["RM cardiaca"], "ca": ["RM cardíaca"], "tr": ["Kardiyak MR"], "pt": ["RM cardíaca"]}, ["CHEST"], "heart",
                  "cardiac MR"),
    }
    table, lab, reg, why = tab[k]
    sd = cx.t(cx.L(table))
    lat = "B" if k == "hips" else None
    ser = mr_series(cx, reg, lab, lat, why)
    good = {"brain": ["HEAD", "BRAIN"], "spine": ["SPINE", "WHOLESPINE", "LSPINE" if k == "lspine" else "SPINE"], "entero": ["ABDOMEN", "BOWEL"],
            "pelvis": "PELVIS", "abd": "ABDOMEN", "mrcp": ["ABDOMEN", "LIVER"], "msk": ["HIP", "PELVIS"], "wb": ["WHOLEBODY", "WHOLE BODY"], "neck": "NECK",
            "heart": ["HEART", "CHEST"]}[reg]
    for s in ser:
        bpe(cx, s["meta"], good, {"brain": ["SKULL"], "spine": ["CSPINE", "TSPINE"], "entero": ["PELVIS"], "pelvis": ["ABDOMEN"], "abd": ["CHEST"],
                                  "mrcp": ["CHEST"], "msk": ["ABDOMEN"], "wb": ["CHEST", "HEAD"], "neck": ["HEAD"], "heart": ["THORAX"]}[reg], p_alt=0.12)
        if cx.p(0.3):
            s["meta"]["ProtocolName"] = cx.c([why.split(":")[0].upper().replace(" ", "_"), f"PAEDS {reg.upper()}", reg.capitalize()])
    if k == "wb" and cx.p(0.6):
        # a coronal station of the whole-body exam: one region
        ser.append(S(mr(cx, cx.c(["t2_tirm_cor_station1", "Cor STIR station 1", "STIR_WB_COR_st1"]), None, "SE\\IR"), ["HEAD", "NECK"], None,
                     "first station of a whole-body MR: head and neck"))
    return sd, ser


def fam_fluoro(cx):
    k = cx.c(["vcug"] * 4 + ["enema"] * 3 + ["ugi"] * 3 + ["swallow", "swallow", "airenema", "gtube"])
    tab = {
        "vcug": {"en": ["MCUG", "Micturating Cystourethrogram", "VCUG"], "es": ["Cistouretrografía miccional seriada (CUMS)", "CUMS"], "ca": ["Cistouretrografia miccional"],
                 "tr": ["İşeme sistoüretrografisi (VCUG)", "Voiding sistoüretrografi"], "pt": ["Uretrocistografia miccional", "UCM"]},
        "enema": {"en": ["Contrast Enema", "Water-soluble Contrast Enema (neonate)"], "es": ["Enema opaco", "Enema con contraste hidrosoluble"], "ca": ["Enema opac"],
                  "tr": ["Kolon grafisi (opak lavman)", "Lavman opak"], "pt": ["Enema opaco", "Enema com contraste hidrossolúvel"]},
        "ugi": {"en": ["Upper GI Contrast Study (?malrotation)", "Barium Meal"], "es": ["Tránsito esófago-gastro-duodenal (TEGD)", "TEGD (malrotación)"],
                "ca": ["Trànsit esofagogastroduodenal"], "tr": ["Özofagus-mide-duodenum grafisi (ÖMD)", "ÖMD grafisi"], "pt": ["Esôfago-estômago-duodeno (EED)", "EED contrastado"]},
        "swallow": {"en": ["Contrast Swallow", "Tube Oesophagogram (?H-type fistula)"], "es": ["Esofagograma"], "ca": ["Esofagograma"], "tr": ["Özofagus grafisi"],
                    "pt": ["Esofagograma", "Deglutograma"]},
        "airenema": {"en": ["Air Enema Reduction (intussusception)"], "es": ["Desinvaginación neumática"], "ca": ["Desinvaginació pneumàtica"],
                     "tr": ["Hava ile invajinasyon redüksiyonu"], "pt": ["Redução pneumática de invaginação"]},
        "gtube": {"en": ["Gastrostomy Tube Check"], "es": ["Comprobación de gastrostomía"], "ca": ["Control de gastrostomia"], "tr": ["Gastrostomi tüp kontrolü"],
                  "pt": ["Controle de gastrostomia contrastado"]},
    }
    sd = cx.t(cx.L(tab[k]))
    study_lab = {"vcug": AP_, "enema": AP_, "ugi": ["CHEST", "ABDOMEN"], "swallow": ["NECK", "CHEST"], "airenema": AP_, "gtube": ["ABDOMEN"]}[k]
    named = {"vcug": [("Bladder filling", ["PELVIS"]), ("Voiding urethra", ["PELVIS"]), ("Kidneys", ["ABDOMEN"]), ("Post void", ["PELVIS"])],
             "enema": [("Rectum lateral", ["PELVIS"]), ("Colon", AP_)], "ugi": [("Oesophagus", ["CHEST"]), ("DJ flexure", ["ABDOMEN"]), ("Stomach", ["ABDOMEN"])],
             "swallow": [], "airenema": [], "gtube": []}[k]
    ser = []
    for i in range(cx.c([2, 3, 4])):
        if named and cx.p(0.45):
            d, lab = cx.c(named)
            why = f"fluoroscopy image named for its part: {' and '.join(x.lower() for x in lab)}"
        else:
            d, lab = cx.c(["Fluoro Loop", "Spot", "Exposure", "LIH", "Last Image Hold", "Fluoroscopy", "Serie 1"]), study_lab
            why = f"unnamed fluoroscopy image of the study: {' and '.join(x.lower() for x in lab)}"
        m = rf(cx, d, NumberOfFrames=cx.c([12, 30, 45])) if "Loop" in d else rf(cx, d)
        bpe(cx, m, {"vcug": ["BLADDER", "PELVIS"], "enema": ["COLON", "ABDOMEN"], "ugi": ["ABDOMEN", "STOMACH"], "swallow": ["ESOPHAGUS", "CHEST"],
                    "airenema": ["ABDOMEN"], "gtube": ["ABDOMEN"]}[k], None, p_missing=0.35)
        if cx.p(0.3):
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 240", "Gastrografin", "Barium", "Cystografin", "Air"] if k != "airenema" else ["Air"])
        ser.append(S(m, lab, None, why))
    if cx.p(0.5):
        ser.append(S(rf(cx, cx.c(["Dose Report", "X-Ray Radiation Dose SR"]), Modality="SR", SOPClassUID=SOP["DOSE"]), [], None, "fluoroscopy dose SR", img=False))
    return sd, ser


FAMILY = {"breast": fam_breast, "obstetric": fam_obstetric, "fetal": fam_fetal, "gynae": fam_gynae, "neonatal": fam_neonatal, "paedxr": fam_paedxr,
          "skeletal": fam_skeletal, "paedus": fam_paedus, "paedct": fam_paedct, "paedmr": fam_paedmr, "fluoro": fam_fluoro}


def noanat(cx):
    """Objects filed with the site's studies that show no patient: the empty set."""
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "qc", "page"] + (["qc"] if cx.site == "uk-bsu" else []))
    if k == "doc":
        d = cx.L({"en": ["Scanned Request Form", "Scanned Document", "Consent form"], "es": ["Volante de petición escaneado", "Consentimiento informado"],
                  "ca": ["Petició escanejada", "Consentiment informat"], "tr": ["Taranmış istem formu", "Onam formu"],
                  "pt": ["Pedido médico digitalizado", "Termo de consentimento"]})
        return {"Modality": "OT", "SOPClassUID": SOP["SC"], "SeriesDescription": cx.t(d)}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": SOP["KO"], "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": SOP["PR"], "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": cx.c([SOP["ESR"], SOP["CSR"]]), "SeriesDescription": cx.c(["Report", "Preliminary Report", "OB-GYN Ultrasound Report"])}, \
            "structured report: text, no pixels"
    if k == "qc":
        make, models = MG_MAKE[cx.cfg["mg"]]
        return {"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": make, "ManufacturerModelName": cx.model("mg", models),
                "SeriesDescription": cx.c(["Flat Field", "QC Phantom", "ACR Phantom", "Daily QC"]), "ImageType": "ORIGINAL\\PRIMARY\\QC"}, \
            "quality-control phantom exposure: no patient"
    return {"Modality": "OT", "SOPClassUID": SOP["SC"], "SeriesDescription": cx.c(["Exam Protocol", "Protocol Page", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol or screen page: text, no anatomy"


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a hand-typed order slips."""
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
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.2:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.42:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                # older worklist mappings keep 16 characters of the procedure step; the full text
                # stays readable in the study description
                if cfg["ascii"] and len(sd) > 16 and rng.random() < 0.15:
                    cut = sd[:16]
                    # a cut that leaves a one- or two-letter stub of a word drops the stub
                    if sd[16:17].isalnum() and len(cut.split()[-1]) < 4:
                        cut = cut.rsplit(" ", 1)[0]
                    meta["PerformedProcedureStepDescription"] = cut
                if site == "uk-wch" and rng.random() < 0.1:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": "".join(w[0] for w in sd.split() if w[:1].isalpha())[:6].upper() or "XX",
                                                      "CodingSchemeDesignator": "99WCH", "CodeMeaning": sd}]
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.3:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5:
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
