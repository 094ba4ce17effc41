"""Writes tests/anatomy/data/clinical_set_35.jsonl: a fortnight of series from an orthopaedic,
joint-replacement and spine-surgery hospital group and its sports clinics (England, Germany,
Spain, Poland), labelled blind against the shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 35
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_35.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]

# ---------------------------------------------------------------- languages
# Side words. Spanish and Polish adjectives agree with the noun: (masculine/neuter, feminine).
SIDE = {
    "en": {"R": (["Right", "RIGHT", "Rt"], ["RT", "R"]), "L": (["Left", "LEFT", "Lt"], ["LT", "L"]),
           "B": (["Bilateral", "BILATERAL", "Both"], ["BIL", "Bilat"])},
    "de": {"R": (["rechts"], ["re.", "re", "RE"]), "L": (["links"], ["li.", "li", "LI"]),
           "B": (["beidseits", "beidseitig"], ["bds.", "bds"])},
    "es": {"R": ({"m": "derecho", "f": "derecha"}, {"m": ["dcho.", "D", "dcho"], "f": ["dcha.", "D", "DCHA"]}),
           "L": ({"m": "izquierdo", "f": "izquierda"}, {"m": ["izq.", "izqdo.", "I"], "f": ["izq.", "izda.", "izqda", "I"]}),
           "B": (["bilateral", "ambos lados"], ["bilat."])},
    "pl": {"R": ({"m": "prawego", "f": "prawej"}, ["P", "pr."]), "L": ({"m": "lewego", "f": "lewej"}, ["L", "lew."]),
           "B": (["obustronnie", "obustronne"], ["obustr."])},
}
# Limb parts: (name, gender). Polish names are genitive ("RTG stawu kolanowego prawego").
PART = {
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "ACJ"], "HIP": ["Hip"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneus", "Hallux", "5th Metatarsal", "Toes"], "HAND": ["Hand", "Finger", "Thumb"],
           "WRIST": ["Wrist", "Scaphoid"], "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius and Ulna"], "ARM": ["Humerus"],
           "THIGH": ["Femur", "Thigh"], "LEG": ["Tibia and Fibula", "Tib/Fib", "Calf"]},
    "de": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Schultergelenk", "Clavicula", "AC-Gelenk"],
           "HIP": ["Hüfte", "Hüftgelenk"], "ANKLE": ["OSG", "Sprunggelenk"], "FOOT": ["Fuß", "Vorfuß", "Calcaneus", "Großzehe"],
           "HAND": ["Hand", "Finger", "Daumen", "Mittelhand"], "WRIST": ["Handgelenk", "Skaphoid", "Kahnbein"],
           "ELBOW": ["Ellenbogen", "Ellbogengelenk"], "FOREARM": ["Unterarm"], "ARM": ["Oberarm", "Humerus"],
           "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Tibia"]},
    "es": {"KNEE": ["rodilla|f"], "SHOULDER": ["hombro|m", "clavícula|f", "articulación acromioclavicular|f"], "HIP": ["cadera|f"],
           "ANKLE": ["tobillo|m"], "FOOT": ["pie|m", "calcáneo|m", "antepié|m", "quinto metatarsiano|m"],
           "HAND": ["mano|f", "pulgar|m", "dedo|m"], "WRIST": ["muñeca|f", "escafoides|m"], "ELBOW": ["codo|m"],
           "FOREARM": ["antebrazo|m"], "ARM": ["húmero|m", "brazo|m"], "THIGH": ["fémur|m", "muslo|m"], "LEG": ["pierna|f", "tibia|f"]},
    "pl": {"KNEE": ["stawu kolanowego|m", "kolana|m"], "SHOULDER": ["stawu barkowego|m", "barku|m", "obojczyka|m"],
           "HIP": ["stawu biodrowego|m", "biodra|m"], "ANKLE": ["stawu skokowego|m"], "FOOT": ["stopy|f", "kości piętowej|f", "palucha|m"],
           "HAND": ["dłoni|f", "ręki|f", "kciuka|m"], "WRIST": ["nadgarstka|m", "kości łódeczkowatej|f"],
           "ELBOW": ["stawu łokciowego|m", "łokcia|m"], "FOREARM": ["przedramienia|m"], "ARM": ["kości ramiennej|f", "ramienia|m"],
           "THIGH": ["kości udowej|f", "uda|m"], "LEG": ["podudzia|m", "goleni|f"]},
}
# MR, plain film, ultrasound, CT, fluoroscopy words of each language.
MODW = {"en": ("MRI", "XR", "US", "CT", "FL"), "de": ("MRT", "Rö", "Sono", "CT", "DL"),
        "es": ("RM", "Rx", "Eco", "TC", "Escopia"), "pl": ("MR", "RTG", "USG", "TK", "Fluoroskopia")}
# Spine and trunk words.
REG = {
    "en": {"c": "Cervical Spine", "t": "Thoracic Spine", "l": "Lumbar Spine", "ws": "Whole Spine", "ct": "Cervicothoracic Spine",
           "tl": "Thoracolumbar Spine", "chest": "Chest", "head": "Head", "abd": "Abdomen", "abdpelv": "Abdomen and Pelvis",
           "pelvis": "Pelvis", "cap": "Chest Abdomen Pelvis", "neck": "Neck", "sij": "Sacroiliac Joints"},
    "de": {"c": "HWS", "t": "BWS", "l": "LWS", "ws": "Ganzwirbelsäule", "ct": "HWS/BWS", "tl": "BWS/LWS", "chest": "Thorax",
           "head": "Schädel", "abd": "Abdomen", "abdpelv": "Abdomen/Becken", "pelvis": "Becken", "cap": "Thorax/Abdomen/Becken",
           "neck": "Hals", "sij": "ISG"},
    "es": {"c": "columna cervical", "t": "columna dorsal", "l": "columna lumbar", "ws": "columna completa", "ct": "columna cervicodorsal",
           "tl": "columna dorsolumbar", "chest": "tórax", "head": "craneal", "abd": "abdomen", "abdpelv": "abdomen y pelvis",
           "pelvis": "pelvis", "cap": "toracoabdominopélvico", "neck": "cuello", "sij": "articulaciones sacroilíacas"},
    "pl": {"c": "kręgosłupa szyjnego", "t": "kręgosłupa piersiowego", "l": "kręgosłupa lędźwiowego", "ws": "całego kręgosłupa",
           "ct": "kręgosłupa szyjno-piersiowego", "tl": "kręgosłupa piersiowo-lędźwiowego", "chest": "klatki piersiowej",
           "head": "głowy", "abd": "jamy brzusznej", "abdpelv": "jamy brzusznej i miednicy", "pelvis": "miednicy",
           "cap": "klatki piersiowej, jamy brzusznej i miednicy", "neck": "szyi", "sij": "stawów krzyżowo-biodrowych"},
}
SPINE_CODE = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "ct": ["CSPINE", "TSPINE"], "tl": ["TSPINE", "LSPINE"]}
LOWER = {"HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}

# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Sola", "MAGNETOM Skyra", "MAGNETOM Altea"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Explorer", "SIGNA Premier", "Optima MR450w"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition Edge", "SOMATOM go.Top", "SOMATOM X.cite"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Revolution CT", "Optima CT660"]),
    "UIH": ("UIH", ["uCT 760", "uCT 550"]),
    "Canon": ("CANON_MEC", ["Aquilion Prime SP", "Aquilion ONE"]),
}
XR_MAKE = {
    "Agfa": ("Agfa", ["DX-D 600", "DR 600"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution"], "DX"),
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X", "FCR Capsula XLII"], "CR"),
    "Samsung": ("Samsung Electronics", ["GC85A", "GM85"], "DX"),
}
CARM = {
    "GE-OEC": ("GE OEC Medical Systems", ["OEC 9900 Elite", "OEC Elite CFD"], "RF"),
    "Cios": ("Siemens Healthineers", ["Cios Alpha", "Cios Spin", "Cios Select"], "XA"),
    "Ziehm": ("Ziehm Imaging GmbH", ["Vision RFD", "Vision RFD 3D", "Solo FD"], "RF"),
    "Zenition": ("Philips", ["Zenition 70", "Zenition 50"], "XA"),
}
US_MAKE = {
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8"]), "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS60"]), "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
    "Philips": ("Philips Medical Systems", ["EPIQ Elite", "Affiniti 70G"]), "Mindray": ("Mindray", ["Resona 7", "DC-80"]),
}
FL_ROOM = {"Siemens": ("SIEMENS", "Luminos dRF Max"), "Philips": ("Philips Medical Systems", "CombiDiagnost R90"),
           "GE": ("GE Healthcare", "Precision 500D"), "Samsung": ("Samsung Electronics", "GC85A")}
EOS = ("EOS imaging", ["EOSedge", "EOS"])

# ---------------------------------------------------------------- sites
# name: (language, kind, rows, MR, CT, X-ray, C-arms, US, long films, strata with weights)
SITES = {
    "uk-ortho": ("en", "orthopaedic, joint-replacement and spine hospital, England", 225, "Siemens", "Siemens", "Agfa",
                 ["GE-OEC", "Cios"], "GE", "EOS",
                 {"preop": 3, "arthro": 4, "postop": 2, "standing": 2, "mra": 2, "ctplan": 2, "theatre": 3, "spine": 3,
                  "inject": 3, "onc": 1.5, "medical": 2, "paeds": 1, "dxa": 1}),
    "uk-sports": ("en", "sports injury clinic of the group, London", 90, "GE", None, "Carestream", [], "Canon", None,
                  {"sports": 7, "mra": 2, "postop": 1, "spine": 1, "dxa": 1}),
    "de-ortho": ("de", "orthopaedic hospital with endoprosthesis and spine centre, Germany", 210, "Siemens", "Siemens", "Siemens",
                 ["Cios", "Ziehm"], "Siemens", "EOS",
                 {"preop": 3, "arthro": 4, "postop": 2, "standing": 2, "mra": 2, "sports": 1, "ctplan": 2, "theatre": 3, "spine": 3,
                  "inject": 3, "onc": 1.5, "medical": 1, "paeds": 1, "dxa": 1}),
    "es-ortho": ("es", "trauma and orthopaedic hospital with a sports medicine unit, Spain", 205, "Philips", "GE", "Fujifilm",
                 ["Zenition", "GE-OEC"], "Philips", "EOS",
                 {"preop": 2, "arthro": 3, "postop": 2, "standing": 2, "mra": 2, "sports": 3, "ctplan": 2, "theatre": 3, "spine": 3,
                  "inject": 2, "onc": 1.5, "medical": 1, "paeds": 1, "dxa": 1}),
    "pl-ortho": ("pl", "orthopaedic and spine hospital, Poland", 190, "GE", "UIH", "Samsung", ["Ziehm", "Cios"], "Mindray", "stitch",
                 {"preop": 3, "arthro": 3, "postop": 2, "standing": 2, "mra": 1, "sports": 1, "ctplan": 2, "theatre": 3, "spine": 3,
                  "inject": 3, "onc": 1.5, "medical": 1.5, "paeds": 1, "dxa": 1}),
}
SITE_FL = {"uk-ortho": "Siemens", "uk-sports": "GE", "de-ortho": "Siemens", "es-ortho": "Philips", "pl-ortho": "Samsung"}
NOANAT_SHARE = 0.05

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        (self.lang, _k, _n, self.mrv, self.ctv, self.xrv, self.carms, self.usv, self.longv, _s) = SITES[site]
        self.ctv = self.ctv or "Siemens"

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def L(cx, en, de, es, pl):
    """The phrasing of the site's language (a list: one of them)."""
    got = {"en": en, "de": de, "es": es, "pl": pl}[cx.lang]
    return cx.c(got) if isinstance(got, list) else got


def part(cx, code, extra=False, lang=None):
    names = PART[lang or cx.lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def side_word(cx, s, g="m", abbr=None, lang=None):
    lang = lang or cx.lang
    full, ab = SIDE[lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab[g] if isinstance(ab, dict) else ab)
    return full[g] if isinstance(full, dict) else cx.c(full)


def limb(cx, code, side, extra=False):
    """Limb and side in the site's word order: English 'Knee Right' or 'Right Knee', German
    'Knie rechts', Spanish 'rodilla derecha', Polish 'stawu kolanowego prawego'."""
    name, g = part(cx, code, extra)
    sw = side_word(cx, side, g)
    if cx.lang == "en" and cx.p(0.4) and side != "B":
        return f"{sw} {name}", sw
    if cx.lang == "pl" and side == "B":
        return f"{name} {sw}", sw
    return f"{name} {sw}", sw


def upper(cx, text, p=0.25):
    return text.upper() if cx.p(p) else text


def fold(text):
    """What an ASCII-only console keeps of a text."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "ss"), ("ł", "l"), ("Ł", "L")):
        text = text.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.22, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


ALT = {"KNEE": ["EXTREMITY", "LEG", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "ARM", "UPPER EXTREMITY"], "HIP": ["PELVIS", "EXTREMITY"],
       "ANKLE": ["FOOT", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "HAND": ["WRIST", "EXTREMITY"], "WRIST": ["HAND", "EXTREMITY"],
       "ELBOW": ["ARM", "EXTREMITY"], "FOREARM": ["ARM", "EXTREMITY"], "ARM": ["SHOULDER", "EXTREMITY"], "THIGH": ["LEG", "HIP"],
       "LEG": ["KNEE", "EXTREMITY"]}


# ---------------------------------------------------------------- series makers

def mr(cx, desc, **kw):
    make, models = MR_MAKE[cx.mrv]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    d = desc.lower()
    if cx.p(0.5):
        if "loc" in d or "survey" in d or "vibe" in d or "ffe" in d or "3pl" in d:
            m["ScanningSequence"] = "GR"
        elif "stir" in d or "tirm" in d:
            m["ScanningSequence"] = "SE\\IR"
        elif "dwi" in d or "diff" in d or "ep2d" in d:
            m["ScanningSequence"] = "EP"
        else:
            m["ScanningSequence"] = "SE"
    if cx.mrv == "Siemens" and cx.p(0.4):
        m["SequenceName"] = "*fl2d1" if "local" in d else ("*tir2d1_11" if "tirm" in d or "stir" in d else
                                                          "*fl3d1" if "vibe" in d else "*tse2d1_5")
    m.update(kw)
    return m


def mr_limb_series(cx, arthro=False, metal=False):
    """Sequence-only MR series names of one limb exam, as each vendor writes them."""
    v = cx.mrv
    if v == "Siemens":
        loc = "localizer"
        if arthro:
            seq = ["t1_tse_fs_cor", "t1_tse_fs_tra", "t1_tse_fs_sag", "pd_tse_fs_cor", cx.c(["t1_tse_fs_ABER", "t1_vibe_fs_3d_radial", "t1_tse_cor"])]
        elif metal:
            seq = ["t1_tse_cor_WARP", "stir_tse_cor_WARP", "pd_tse_tra_WARP", "t2_tse_sag_WARP"]
        else:
            seq = ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", cx.c(["t1_tse_cor", "t1_tse_sag", "t2_tse_sag"])]
    elif v == "GE":
        loc = cx.c(["3Pl Loc", "3-Plane Loc", "Loc"])
        if arthro:
            seq = ["Cor T1 FS", "Ax T1 FS", "Sag T1 FS", "Cor PD FS", cx.c(["ABER T1 FS", "Obl Ax T1 FS", "Cor T1"])]
        elif metal:
            seq = ["Cor MAVRIC SL STIR", "Cor MAVRIC SL PD", "Ax MAVRIC SL T1", "Sag PD FSE HiBW"]
        else:
            seq = ["Cor PD FS", "Sag PD FS", "Ax PD FS", cx.c(["Cor T1", "Sag T2 FS PROPELLER", "Sag T1"])]
    else:
        loc = "Survey"
        if arthro:
            seq = ["T1W_SPIR_COR", "T1W_SPIR_TRA", "T1W_SPIR_SAG", "PDW_SPAIR_COR", cx.c(["3D_T1W_FFE_RADIAL", "T1W_TSE_COR"])]
        elif metal:
            seq = ["T1W_TSE_COR O-MAR", "STIR_COR O-MAR XD", "PDW_TSE_TRA O-MAR", "T2W_TSE_SAG"]
        else:
            seq = ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", cx.c(["T1W_TSE_COR", "T2W_TSE_SAG", "mDIXON_TSE_COR"])]
    return loc, seq


def mr_prot(cx, code):
    """A protocol name the scanner's exam tree gives: English anatomy, a coil, or nothing."""
    return cx.c([PART["en"][code][0].lower(), PART["en"][code][0].upper() + " ROUTINE", f"MSK {PART['en'][code][0]}", None])


def xr(cx, desc, view=None, **kw):
    make, models, mod = XR_MAKE[cx.xrv]
    m = {"Modality": cx.c([mod, "DX"]) if mod == "CR" else mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def ct(cx, desc, kernel=None, thick=None, **kw):
    make, models = CT_MAKE[cx.ctv]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def ct_recons(cx, reg, metal=False):
    """(SeriesDescription, kernel, thickness) of a CT exam's scout and recons in the vendor's style;
    ``reg`` is the English region word of the protocol, which some vendors write into the name."""
    v = cx.ctv
    if v == "Siemens":
        out = [(cx.c(["Topogram  0.6  Tr20", "Topogram  1.0  T20f"]), "Tr20", "0.6"),
               (f"{reg}  0.75  Hr64  3", "Hr64", "0.75"), (f"{reg}  2.0  Br40  3", "Br40", "2"),
               (cx.c([f"{reg} Cor  2.0  Hr64", "Sag MPR Bone", f"{reg} VRT"]), "Hr64", "2")]
        if metal:
            out[1] = (f"{reg} iMAR  1.0  Hr64  3", "Hr64", "1")
    elif v == "GE":
        out = [("Scout", None, None), (cx.c(["1.25mm BONE", "0.625 BONEPLUS"]), "BONEPLUS", "0.625"), ("2.5mm STND", "STANDARD", "2.5"),
               (cx.c(["Cor Bone reformats", "Sag Bone", "3D VR"]), "BONE", "1.25")]
        if metal:
            out[1] = ("MAR 1.25mm BONE", "BONE", "1.25")
    elif v == "UIH":
        out = [("Topo", None, None), (cx.c(["Bone 1.0mm", "B_SHARP_C 0.5mm"]), "B_SHARP_C", "0.5"), ("Soft 3mm", "B_SOFT_B", "3"),
               (cx.c(["MPR Cor", "MPR Sag", "VR"]), "B_SHARP_C", "1")]
        if metal:
            out[1] = ("MAR Bone 1.0mm", "B_SHARP_C", "1")
    else:
        out = [("Scanogram", None, None), ("AXIAL 0.5 FC30", "FC30", "0.5"), ("AXIAL 2.0 FC08", "FC08", "2"),
               (cx.c(["COR 1.0 FC30", "SAG 1.0 FC30", "3D VR"]), "FC30", "1")]
        if metal:
            out[1] = ("SEMAR 0.5 FC30", "FC30", "0.5")
    return out


def us(cx, desc=None, **kw):
    make, models = US_MAKE[cx.usv]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


def carm(cx, desc, **kw):
    key = cx.c(cx.carms or ["GE-OEC"])
    make, models, mod = CARM[key]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    m.update(kw)
    return m


def carm_desc(cx):
    return cx.c(["Fluoro", "Saved Image", "Last Image Hold", "Pulsed Fluoro", "Snapshot", "Single Shot", "Fluoroscopy",
                 "Exposure", "LIH", "Store", "Cine"])


def fl_room(cx, desc, **kw):
    make, model = FL_ROOM[SITE_FL[cx.site]]
    m = {"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


VIEWS = {"en": ("AP", "Lateral", "Skyline", "Standing"), "de": ("a.p.", "seitlich", "axial", "stehend"),
         "es": ("AP", "perfil", "axial", "en carga"), "pl": ("AP", "boczne", "osiowe", "na stojąco")}


def xr_views(cx, code):
    ap, lat, ax, _ = VIEWS[cx.lang]
    if code == "SHOULDER":
        return [(ap, "AP"), (cx.c(["Y-view", "Outlet", "Y"]), "LAT"), (ax, "AXIAL")]
    if code in ("HAND", "FOOT"):
        return [(cx.c(["DP", "PA", "dp"]), "PA"), (L(cx, "Oblique", "schräg", "oblicua", "skośne"), None)]
    if code == "KNEE":
        return [(ap, "AP"), (lat, "LAT")] + ([(L(cx, "Skyline", ["Patella axial", "Defilee"], "axial rótula", "osiowe rzepki"), None)] if cx.p(0.4) else [])
    if code == "WRIST" and cx.p(0.3):
        return [("PA", "PA"), (lat, "LAT"), (L(cx, "Scaphoid views", "Stecher", "proyecciones escafoides", "łódeczkowata"), None)]
    return [(ap, "AP"), (lat, "LAT")]


def xr_limb(cx, code, side, sd_kind, why, labels=None, extra=False):
    """Films of one limb exam; side given in the order (and sometimes the image tag)."""
    labels = labels or [code]
    ser = []
    for vd, vp in xr_views(cx, code):
        body = part(cx, code, lang=cx.lang)[0]
        desc = cx.c([f"{body} {vd}", vd, f"{PART['en'][code][0].upper()} {vd.upper()}"]) if cx.lang != "pl" else cx.c([vd, f"{PART['en'][code][0].upper()} {vd.upper()}"])
        m = xr(cx, desc, vp)
        if side in "LR" and cx.p(0.45):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.p(0.3):
            m["AcquisitionDeviceProcessingDescription"] = f"{PART['en'][code][0].upper()} {vp or 'OBL'}"
        bpe(cx, m, code, ALT[code])
        ser.append(S(m, labels, side, why))
    return ser


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def preop(cx):
    lang = cx.lang
    k = cx.c(["hip"] * 4 + ["knee"] * 4 + ["shoulder"] * 2 + ["ankle", "foot", "hand"])
    side = cx.c("LR")
    if k == "hip":
        limbt, sw = limb(cx, "HIP", side)
        sd = upper(cx, L(cx, [f"XR Pelvis and {limbt} (templating)", f"XR PELVIS AP + LAT HIP {sw.upper()} PRE-OP THR"],
                         [f"Rö Becken + Hüfte {sw} axial (Planung Hüft-TEP)", f"Beckenübersicht mit Kalibrierkugel, Hüfte {sw}"],
                         [f"Rx pelvis AP y axial de cadera {side_word(cx, side, 'f')} (planificación PTC)", f"Rx preoperatoria {limbt} - PTC"],
                         [f"RTG miednicy AP + {limbt} osiowe (planowanie endoprotezy)", f"RTG {limbt} przedoperacyjne"]))
        why = "pre-operative hip films; side from the order"
        m = xr(cx, L(cx, ["AP Pelvis", "PELVIS AP CALIBRATION BALL"], ["Becken a.p.", "Beckenübersicht Kalibrierung"], ["Pelvis AP", "PELVIS AP MARCADOR"], ["Miednica AP", "PELVIS AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "AP pelvis film for hip templating: pelvis and both hips on one film")]
        m = xr(cx, L(cx, ["Lat Hip", "HIP LATERAL", "Lauenstein"], ["Lauenstein", "Hüfte axial"], ["Cadera axial", "Lauenstein"], ["Biodro osiowe", "Lauenstein"]), "LAT")
        if cx.p(0.5):
            m["ImageLaterality"] = side
        bpe(cx, m, "HIP", ["PELVIS"])
        ser.append(S(m, ["HIP"], side, why + "; lateral of the operated hip"))
        # the templating plan saved back to PACS: the pelvis film with the implant drawn on it
        tm = cx.c([("Materialise", "OrthoView"), ("Brainlab", "TraumaCad"), ("mediCAD Hectec GmbH", "mediCAD")])
        ser.append(S({"Modality": "OT", "Manufacturer": tm[0], "ManufacturerModelName": tm[1], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                      "SeriesDescription": cx.c(["Templating", f"{tm[1]} Plan", "THR template", "Planung"]),
                      "ImageType": "DERIVED\\SECONDARY"}, ["PELVIS", "HIP"], "B",
                     "templating plan saved as a secondary capture of the AP pelvis film: pelvis and both hips"))
        return sd, ser
    if k == "knee":
        if cx.p(0.3):
            sw = side_word(cx, "B")
            sd = upper(cx, L(cx, [f"XR Both Knees Standing + Skyline", f"XR KNEES {sw.upper()} WEIGHT BEARING PRE-OP"],
                             [f"Rö Knie {sw} stehend + Patella defilee", f"Kniegelenke {sw} im Stand (Planung Knie-TEP)"],
                             [f"Rx ambas rodillas en carga", f"Rx rodillas {sw} en carga (Rosenberg) prequirúrgica"],
                             [f"RTG obu stawów kolanowych na stojąco", f"RTG kolan {sw} na stojąco"]))
            m = xr(cx, L(cx, ["Bilat Knees AP WB", "Rosenberg PA"], ["Knie bds. a.p. stehend", "Rosenberg"], ["Rodillas AP en carga", "Rosenberg"], ["Kolana AP na stojąco", "Rosenberg"]), cx.c(["AP", "PA"]))
            if cx.p(0.3):
                m["ImageLaterality"] = "B"
            bpe(cx, m, "KNEE", ["LEG", "LOWER LIMB"])
            ser = [S(m, ["KNEE"], "B", "both knees standing on one film")]
            for s2 in "LR":
                m = xr(cx, L(cx, "Lateral", "seitlich", "perfil", "boczne"), "LAT", ImageLaterality=s2)
                bpe(cx, m, "KNEE", ["EXTREMITY"])
                ser.append(S(m, ["KNEE"], s2, f"lateral knee of a both-knees order; ImageLaterality {s2} says which"))
            return sd, ser
        limbt, sw = limb(cx, "KNEE", side)
        sd = upper(cx, L(cx, [f"XR {limbt} pre-op TKR", f"XR {limbt} Standing AP/Lat"], [f"Rö {limbt} in 2 Ebenen stehend", f"Rö {limbt} präop. Knie-TEP"],
                         [f"Rx {limbt} AP y perfil en carga", f"Rx preoperatoria {limbt} (PTR)"], [f"RTG {limbt} AP i boczne na stojąco", f"RTG {limbt} przed alloplastyką"]))
        return sd, xr_limb(cx, "KNEE", side, "preop", "pre-operative knee films; side from the order")
    code = {"shoulder": "SHOULDER", "ankle": "ANKLE", "foot": "FOOT", "hand": "HAND"}[k]
    limbt, sw = limb(cx, code, side, extra=code == "FOOT")
    reason = {"SHOULDER": ("pre-op arthroplasty", "präop. Schulter-TEP", "preoperatoria artroplastia", "przed endoprotezoplastyką"),
              "ANKLE": ("pre-op TAR weight bearing", "präop. OSG-Prothese stehend", "en carga preoperatoria", "przedoperacyjne na stojąco"),
              "FOOT": ("weight bearing pre-op", "belastet präop.", "en carga preoperatoria", "przedoperacyjne obciążeniowe"),
              "HAND": ("pre-op CMC", "präop. Rhizarthrose", "preoperatoria rizartrosis", "przedoperacyjne")}[code]
    sd = upper(cx, L(cx, f"XR {limbt} {reason[0]}", f"Rö {limbt} {reason[1]}", f"Rx {limbt} {reason[2]}", f"RTG {limbt} {reason[3]}"))
    return sd, xr_limb(cx, code, side, "preop", f"pre-operative {code.lower()} films; side from the order")


def arthro(cx):
    lang = cx.lang
    k = cx.c(["thr"] * 4 + ["tkr"] * 4 + ["tsa"] * 2 + ["mars", "mars", "ctknee", "cthip", "bone", "aspir"])
    side = cx.c("LR")
    if k == "thr":
        limbt, sw = limb(cx, "HIP", side)
        sd = upper(cx, L(cx, [f"XR {limbt} THR follow-up", f"XR Pelvis + {limbt} (hip replacement review)", f"XR HIP {sw.upper()} 6 WEEK POST THR"],
                         [f"Rö Hüft-TEP {sw} Kontrolle", f"Rö Becken + Hüfte {sw} axial (TEP-Kontrolle)", f"Hueft-TEP {sw} postop"],
                         [f"Rx control PTC {side_word(cx, side, 'f')}", f"Rx pelvis y {limbt} control prótesis", f"Rx revisión PTC {side_word(cx, side, 'f')}"],
                         [f"RTG kontrolne endoprotezy {limbt}", f"RTG miednicy + {limbt} po alloplastyce"]))
        m = xr(cx, L(cx, ["AP Pelvis", "PELVIS AP"], ["Becken a.p.", "Beckenübersicht"], ["Pelvis AP", "Pelvis"], ["Miednica AP", "PELVIS"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "AP pelvis in a hip replacement follow-up: pelvis and both hips on the film")]
        m = xr(cx, L(cx, ["Lat Hip", "Hip Lateral", "Shoot-through lat"], ["Lauenstein", "axial"], ["Cadera axial", "Lauenstein"], ["Biodro osiowe", "osiowe"]), "LAT")
        if cx.p(0.5):
            m["ImageLaterality"] = side
        bpe(cx, m, "HIP", ["PELVIS"])
        ser.append(S(m, ["HIP"], side, "lateral of the replaced hip; side from the order"))
        return sd, ser
    if k in ("tkr", "tsa"):
        code = "KNEE" if k == "tkr" else "SHOULDER"
        limbt, sw = limb(cx, code, side)
        abbr = {"KNEE": ("TKR", "Knie-TEP", "PTR", "endoprotezy kolana"), "SHOULDER": ("reverse TSR", "inverse Schulter-TEP", "prótesis invertida de hombro", "endoprotezy barku")}[code]
        sd = upper(cx, L(cx, [f"XR {limbt} post {abbr[0]}", f"XR {limbt} arthroplasty follow-up", f"XR {limbt} 1 year review"],
                         [f"Rö {abbr[1]} {sw} Kontrolle", f"Rö {limbt} postop. ({abbr[1]})"],
                         [f"Rx {limbt} control {abbr[2]}", f"Rx control {abbr[2]} {sw}"],
                         [f"RTG {limbt} kontrola {abbr[3]}", f"RTG kontrolne {limbt} po alloplastyce"]))
        return sd, xr_limb(cx, code, side, "arthro", f"{code.lower()} replacement follow-up films; side from the order")
    if k == "mars":
        both = cx.p(0.5)
        if both:
            sw = side_word(cx, "B")
            sd = upper(cx, L(cx, f"MRI Both Hips MARS (metal on metal)", f"MRT Hüften {sw} MARS (Metallartefaktreduktion)",
                             f"RM caderas {sw} con reducción de artefacto metálico", f"MR obu stawów biodrowych MARS"))
            labels, lat, why = ["PELVIS", "HIP"], "B", "metal-artefact MR of both replaced hips: pelvis and both hips"
        else:
            limbt, sw = limb(cx, "HIP", side)
            sd = upper(cx, L(cx, f"MRI {limbt} MARS", f"MRT {limbt} Metallartefaktreduktion (TEP)", f"RM {limbt} protocolo MARS (prótesis)", f"MR {limbt} z redukcją artefaktów (endoproteza)"))
            labels, lat, why = ["HIP"], side, "metal-artefact MR of one replaced hip; side from the order"
        loc, seq = mr_limb_series(cx, metal=True)
        ser = [S(mr(cx, loc), labels, lat, why + "; localizer")] + [S(mr(cx, d), labels, lat, why + "; sequence-only name") for d in seq]
        for s in ser:
            if cx.p(0.4):
                s["meta"]["ProtocolName"] = cx.c(["MARS HIPS", "Hip metal", "MSK_MARS"])
            bpe(cx, s["meta"], "HIP", ["PELVIS"], p_alt=0.3)
        return sd, ser
    if k == "ctknee":
        limbt, sw = limb(cx, "KNEE", side)
        sd = upper(cx, L(cx, f"CT {limbt} component rotation (Berger)", f"CT Rotationsfehler Knie-TEP {sw}", f"TC rotación componentes PTR {sw}", f"TK {limbt} rotacja komponentów"))
        why = "component rotation CT of a knee replacement"
        rec = ct_recons(cx, "Knee", metal=True)
        ser = [S(ct(cx, rec[0][0], rec[0][1], rec[0][2]), LONGLEG, side, why + "; scout of hip to ankle")]
        for reg, code in [("Hip", "HIP"), ("Knee", "KNEE"), ("Ankle", "ANKLE")]:
            r = ct_recons(cx, reg, metal=True)[1]
            m = ct(cx, r[0], r[1], r[2], PatientPosition="FFS")
            bpe(cx, m, code, ["EXTREMITY", "LEG"])
            ser.append(S(m, [code], side, why + f"; the {reg.lower()} slab"))
        return sd, ser
    if k == "cthip":
        limbt, sw = limb(cx, "HIP", side)
        sd = upper(cx, L(cx, f"CT {limbt} ? loosening (MAR)", f"CT {limbt} TEP-Lockerung", f"TC {limbt} aflojamiento PTC", f"TK {limbt} obluzowanie endoprotezy"))
        rec = ct_recons(cx, "Hip", metal=True)
        why = "CT of one replaced hip for loosening; side from the order"
        ser = [S(ct(cx, d, kk, t), ["HIP"], side, why) for d, kk, t in rec]
        for s in ser:
            bpe(cx, s["meta"], "HIP", ["PELVIS", "EXTREMITY"])
        return sd, ser
    if k == "bone":
        limbt, sw = limb(cx, "KNEE", side)
        sd = upper(cx, L(cx, f"NM 3-Phase Bone Scan {limbt} (painful TKR)", f"3-Phasen-Skelettszintigraphie Knie-TEP {sw}",
                         f"Gammagrafía ósea en tres fases PTR {sw}", f"Scyntygrafia trójfazowa kolana {side_word(cx, side, 'm')}"))
        make = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670")])
        ser = [S({"Modality": "NM", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}, ["KNEE"], "B",
                 "flow and blood-pool images of both knees in one field") for d in ["Flow Both Knees", "Blood Pool Knees ANT"]]
        ser.append(S({"Modality": "NM", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": "SPECT/CT Knee"}, ["KNEE"], side,
                     "SPECT/CT centred on the replaced knee; side from the order"))
        for s in ser:
            bpe(cx, s["meta"], "KNEE", ["LOWER LIMB", "EXTREMITY"], p_missing=0.5)
        return sd, ser
    # aspiration of a replaced hip under fluoroscopy
    limbt, sw = limb(cx, "HIP", side)
    sd = upper(cx, L(cx, f"FL Aspiration {limbt} (THR)", f"Punktion Hüft-TEP {sw} unter DL", f"Artrocentesis {limbt} bajo escopia", f"Punkcja {limbt} pod kontrolą fluoroskopii"))
    ser = [S(fl_room(cx, d), ["HIP"], side, "aspiration of a replaced hip under fluoroscopy; side from the order") for d in ["Fluoro", cx.c(["Spot", "Arthrogram", "LIH"])]]
    for s in ser:
        bpe(cx, s["meta"], "HIP", ["PELVIS"], p_missing=0.5)
    return sd, ser


def postop(cx):
    code = cx.c(["WRIST"] * 3 + ["ANKLE"] * 3 + ["THIGH", "THIGH", "LEG", "LEG", "ARM", "SHOULDER", "ELBOW", "HAND", "FOOT", "FOREARM", "FOREARM", "prox_hum"])
    side = cx.c("LR")
    lang = cx.lang
    labels = [code]
    if code == "prox_hum":
        labels, code = ["SHOULDER", "ARM"], "SHOULDER"
        name = L(cx, "Proximal Humerus", "proximaler Humerus", "húmero proximal", "bliższej nasady kości ramiennej")
        sw = side_word(cx, side, "f" if lang == "pl" else "m")
        limbt = f"{name} {sw}"
        why = "proximal humerus fixation films: shoulder and humerus; side from the order"
    else:
        limbt, sw = limb(cx, code, side, extra=cx.p(0.4))
        why = f"post-operative {code.lower()} films; side from the order"
    proc = {"WRIST": ("ORIF distal radius", "Radius-Plattenosteosynthese", "osteosíntesis radio distal", "po zespoleniu"),
            "ANKLE": ("post ORIF", "nach OSG-Osteosynthese", "control osteosíntesis", "po zespoleniu kostek"),
            "THIGH": ("IM nail check", "Marknagel-Kontrolle", "control clavo endomedular", "po gwoździowaniu"),
            "LEG": ("tibial nail check", "Tibianagel postop.", "control clavo tibial", "po gwoździowaniu"),
            "ARM": ("humeral shaft plate", "Humerusschaft-Platte", "control placa húmero", "po zespoleniu płytką"),
            "SHOULDER": ("post fixation", "nach Osteosynthese", "control osteosíntesis", "po zespoleniu"),
            "ELBOW": ("post-op", "postop.", "postoperatoria", "pooperacyjne"), "HAND": ("post K-wires", "nach K-Draht", "control agujas Kirschner", "po drutach Kirschnera"),
            "FOOT": ("post osteotomy", "nach Osteotomie", "control osteotomía", "po osteotomii"),
            "FOREARM": ("post plating", "nach Plattenosteosynthese", "control placas", "po zespoleniu")}[code]
    sd = upper(cx, L(cx, [f"XR {limbt} {proc[0]}", f"XR {limbt} (fracture clinic)", f"XR {limbt} post-op"],
                     [f"Rö {limbt} {proc[1]}", f"Rö {limbt} in 2 Ebenen postop."],
                     [f"Rx {limbt} {proc[2]}", f"Rx {limbt} postoperatoria"],
                     [f"RTG {limbt} {proc[3]}", f"RTG {limbt} kontrolne"]))
    ser = xr_limb(cx, code, side, "postop", why, labels=labels)
    if cx.p(0.15):
        # a mobile film in recovery, on a portable detector
        for s in ser:
            s["meta"]["ManufacturerModelName"] = cx.c(["DRX-Revolution", "Mobilett Elara Max", "GM85", "FDR Nano"])
    return sd, ser


def standing(cx):
    lang = cx.lang
    k = cx.c(["spine"] * 5 + ["legs"] * 5 + ["leg1"])
    eos = cx.longv == "EOS"

    def longfilm(desc, view):
        if eos:
            m = {"Modality": cx.c(["DX", "DX", "CR"]), "Manufacturer": EOS[0], "ManufacturerModelName": cx.c(EOS[1]), "SeriesDescription": desc}
            if cx.p(0.3):
                m["AcquisitionDeviceProcessingDescription"] = cx.c(["Micro Dose", "Low Dose", "Standard"])
        else:
            m = xr(cx, desc, ImageType="DERIVED\\PRIMARY\\STITCHED")
        m["ViewPosition"] = view
        return m
    if k == "spine":
        sd = upper(cx, L(cx, ["EOS Whole Spine PA and Lateral Standing", "XR Whole Spine Standing (scoliosis)", "EOS FULL SPINE"],
                         ["EOS Wirbelsäulenganzaufnahme stehend", "WS-Ganzaufnahme im Stand a.p./seitl.", "Wirbelsaeule ganz stehend EOS"],
                         ["Telerradiografía de columna completa en bipedestación", "EOS columna completa AP y perfil", "TELE COLUMNA BIPEDESTACION"],
                         ["RTG całego kręgosłupa na stojąco (skolioza)", "RTG kręgosłupa w całości na stojąco AP + boczne"]))
        why = "standing whole-spine film: cervical to lumbar spine"
        ser = []
        for d, v in [(L(cx, "Frontal", "Frontal", "Frontal", "AP"), "PA"), (L(cx, "Lateral", "Lateral", "Lateral", "Boczne"), "LAT")]:
            m = longfilm(cx.c([d, f"Spine {d}", f"{d} Full Spine"]) if eos else cx.c([d, f"Stitched {d}"]), v)
            bpe(cx, m, "SPINE", ["WHOLEBODY", "CHEST", "LSPINE", "TSPINE"], p_alt=0.25)
            ser.append(S(m, WSPINE, None, why))
        return sd, ser
    if k == "legs":
        sw = side_word(cx, "B")
        sd = upper(cx, L(cx, ["EOS Lower Limbs Bilateral Standing", "XR Long Leg Alignment Both Legs", "EOS BILAT LOWER LIMBS (LLD)"],
                         ["Ganzbeinstandaufnahme bds.", "EOS Ganzbein beidseits", "Beinachsen beidseits stehend"],
                         ["Telemetría de miembros inferiores en carga", "EOS MMII bilateral", "TELEMETRIA MMII"],
                         ["RTG kończyn dolnych na stojąco (oś kończyn)", "RTG obu kończyn dolnych na stojąco - długie kasety"]))
        why = "standing long-leg film of both legs: hip to ankle, both sides"
        ser = []
        for d, v in [(L(cx, "Frontal", "Frontal", "Frontal", "AP"), "AP"), (L(cx, "Lateral", "Lateral", "Lateral", "Boczne"), "LAT")][: cx.c([1, 2])]:
            m = longfilm(cx.c([d, f"Lower Limbs {d}", f"{d} MMII" if lang == "es" else d]), v)
            bpe(cx, m, "LEG", ["LOWER LIMB", "EXTREMITY", "WHOLEBODY", "KNEE"], p_alt=0.25)
            if cx.p(0.25):
                m["ImageLaterality"] = "B"
            ser.append(S(m, LONGLEG, "B", why))
        return sd, ser
    side = cx.c("LR")
    sw = side_word(cx, side, "f" if lang == "es" else "m")
    sd = upper(cx, L(cx, [f"XR Long Leg {sw} (post TKR alignment)", f"EOS {sw} Lower Limb"],
                     [f"Ganzbeinaufnahme {sw} stehend", f"Einbeinstand-Ganzbein {sw}"],
                     [f"Telemetría pierna {sw}", f"Telemetría miembro inferior {sw}"],
                     [f"RTG kończyny dolnej {side_word(cx, side, 'f')} na stojąco"]))
    m = longfilm(L(cx, "Frontal", "Frontal", "Frontal", "AP"), "AP")
    bpe(cx, m, "LEG", ["LOWER LIMB", "EXTREMITY"])
    return sd, [S(m, LONGLEG, side, "standing long film of one leg: hip to ankle; side from the order")]


def mra(cx):
    lang = cx.lang
    code = cx.c(["SHOULDER"] * 5 + ["HIP"] * 3 + ["WRIST"] * 2 + ["ELBOW", "ANKLE"])
    side = cx.c("LR")
    limbt, sw = limb(cx, code, side)
    step = cx.c(["mr", "mr", "inj", "both"])
    sd = upper(cx, L(cx, [f"MRI {limbt} Arthrogram", f"MR Arthrogram {limbt}", f"MRA {limbt} (direct)"],
                     [f"Arthro-MRT {limbt}", f"MRT {limbt} mit intraartikulärem KM", f"MR-Arthrographie {limbt}"],
                     [f"Artro-RM {limbt}", f"Artrorresonancia {limbt}", f"ARTRO RM {limbt}"],
                     [f"Artro-MR {limbt}", f"MR {limbt} z kontrastem dostawowym (artrografia MR)"]))
    why = f"MR arthrogram of the {code.lower()}; side from the order"
    ser = []
    if step in ("inj", "both"):
        guide = cx.c(["fl", "fl", "us"])
        if guide == "fl":
            for d in ["Fluoro", cx.c(["Arthrogram", "Spot", "Injection", "Kontrast", "Escopia"])]:
                m = fl_room(cx, d)
                bpe(cx, m, code, ["EXTREMITY", "JOINT"], p_missing=0.5)
                ser.append(S(m, [code], side, f"arthrography injection of the {code.lower()} under fluoroscopy; side from the order"))
        else:
            m = us(cx, cx.c(["Injection", "Needle", "MSK"]))
            bpe(cx, m, code, ["EXTREMITY"], p_missing=0.5)
            ser.append(S(m, [code], side, f"ultrasound-guided arthrogram injection of the {code.lower()}; side from the order"))
        if step == "inj":
            if guide == "fl":
                inj = L(cx, f"FL {limbt} arthrogram injection", f"Arthrographie {limbt} (vor MRT)", f"Inyección intraarticular {limbt} bajo escopia para artro-RM", f"Podanie kontrastu do {limbt} pod fluoroskopią przed artro-MR")
            else:
                inj = L(cx, f"US guided {limbt} arthrogram injection", f"Sono-gesteuerte Arthrographie {limbt} (vor MRT)", f"Inyección ecoguiada {limbt} para artro-RM", f"Podanie kontrastu do {limbt} pod kontrolą USG przed artro-MR")
            return upper(cx, inj), ser
    loc, seq = mr_limb_series(cx, arthro=True)
    agent = cx.c(["Gadoteric acid 2 mmol/l intra-articular", "ARTIREM", "Dotarem diluted", "Gd intra-articular", "Magnevist 2 mmol/l"])
    ser.append(S(mr(cx, loc), [code], side, why + "; localizer"))
    for d in seq:
        m = mr(cx, d, ContrastBolusAgent=agent) if cx.p(0.6) else mr(cx, d)
        ser.append(S(m, [code], side, why + "; sequence-only name"))
    for s in ser:
        if s["meta"]["Modality"] == "MR":
            if cx.p(0.4) and (pn := mr_prot(cx, code)):
                s["meta"]["ProtocolName"] = pn + cx.c([" ARTHRO", "_arthro", ""])
            bpe(cx, s["meta"], code, ALT[code])
            if cx.p(0.2):
                s["meta"]["Laterality"] = side
    return sd, ser


def sports(cx):
    lang = cx.lang
    k = cx.c(["mrknee"] * 5 + ["mrankle"] * 2 + ["mrshoulder"] * 2 + ["hamstring", "groin", "pars", "stress", "us", "us", "us", "xr", "concuss"])
    side = cx.c("LR")
    if k in ("mrknee", "mrankle", "mrshoulder", "stress", "hamstring"):
        code = {"mrknee": "KNEE", "mrankle": "ANKLE", "mrshoulder": "SHOULDER", "stress": cx.c(["FOOT", "LEG", "FOOT"]), "hamstring": "THIGH"}[k]
        limbt, sw = limb(cx, code, side, extra=code == "FOOT")
        reason = {"KNEE": ("? ACL", "V.a. VKB-Ruptur", "sospecha rotura LCA", "podejrzenie uszkodzenia ACL"),
                  "ANKLE": ("inversion injury", "Supinationstrauma", "esguince", "skręcenie"),
                  "SHOULDER": ("instability", "Instabilität", "inestabilidad", "niestabilność"),
                  "FOOT": ("? stress fracture", "Stressfraktur?", "fractura de estrés", "złamanie zmęczeniowe?"),
                  "LEG": ("? tibial stress fracture", "Stressreaktion Tibia?", "fractura de estrés tibial", "złamanie zmęczeniowe"),
                  "THIGH": ("hamstring tear", "Hamstring-Verletzung", "rotura isquiotibiales", "uszkodzenie mięśni kulszowo-goleniowych")}[code]
        sd = upper(cx, L(cx, [f"MRI {limbt} {reason[0]}", f"MRI {limbt}", f"MR {limbt} (sports)"],
                         [f"MRT {limbt} {reason[1]}", f"MRT {limbt} nativ"], [f"RM {limbt} {reason[2]}", f"RM de {limbt}"],
                         [f"MR {limbt} {reason[3]}", f"MR {limbt}"]))
        why = f"{code.lower()} MR; side from the order"
        loc, seq = mr_limb_series(cx)
        ser = [S(mr(cx, loc), [code], side, why + "; localizer")] + [S(mr(cx, d), [code], side, why + "; sequence-only name") for d in seq]
        for s in ser:
            if cx.p(0.4) and (pn := mr_prot(cx, code)):
                s["meta"]["ProtocolName"] = pn
            bpe(cx, s["meta"], code, ALT[code])
            if cx.p(0.2):
                s["meta"]["Laterality"] = side
        return sd, ser
    if k == "groin":
        sd = upper(cx, L(cx, ["MRI Pelvis (athletic groin pain)", "MRI Groin / Pubic Symphysis"], ["MRT Symphyse (Leistenschmerz Sportler)", "MRT Becken Pubalgie"],
                         ["RM pubis (pubalgia)", "RM pelvis pubalgia deportista"], ["MR spojenia łonowego (pubalgia)", "MR miednicy - ból pachwiny"]))
        why = "athletic groin MR centred on the pubic symphysis: pelvis"
        v = cx.mrv
        seq = {"Siemens": ["localizer", "t2_tirm_cor", "pd_tse_fs_ax_obl", "t1_tse_cor"], "GE": ["3Pl Loc", "Cor STIR", "Ax Obl PD FS", "Cor T1"],
               "Philips": ["Survey", "STIR_COR", "PDW_SPAIR_TRA_OBL", "T1W_TSE_COR"]}[v]
        ser = [S(mr(cx, d), ["PELVIS"], None, why) for d in seq]
        for s in ser:
            bpe(cx, s["meta"], "PELVIS", ["HIP", "ABDOMEN"])
        return sd, ser
    if k == "pars":
        sd = upper(cx, L(cx, "MRI Lumbar Spine (pars stress, young bowler)", "MRT LWS V.a. Spondylolyse", "RM columna lumbar (espondilolisis)", "MR kręgosłupa lędźwiowego (spondyloliza?)"))
        v = cx.mrv
        seq = {"Siemens": ["localizer", "t2_tse_sag", "t2_tirm_sag", "t1_vibe_obl"], "GE": ["3Pl Loc", "Sag T2", "Sag STIR", "Obl Ax T1 3D"],
               "Philips": ["Survey", "T2W_TSE_SAG", "STIR_SAG", "3D_T1W_FFE_OBL"]}[v]
        ser = [S(mr(cx, d), ["LSPINE"], None, "lumbar spine MR for a pars stress injury") for d in seq]
        for s in ser:
            bpe(cx, s["meta"], "LSPINE", ["SPINE"])
        return sd, ser
    if k == "us":
        code = cx.c(["ANKLE", "LEG", "SHOULDER", "ELBOW", "HAND", "KNEE", "THIGH"])
        nm = {"ANKLE": ("Achilles Tendon", "Achillessehne", "tendón de Aquiles", "ścięgna Achillesa"),
              "LEG": ("Calf (? gastrocnemius tear)", "Wade (Muskelfaserriss?)", "gemelo (rotura fibrilar?)", "łydki"),
              "SHOULDER": ("Shoulder (rotator cuff)", "Schulter (Rotatorenmanschette)", "hombro (manguito rotador)", "barku"),
              "ELBOW": ("Common Extensor Origin", "Ellenbogen (Epicondylitis)", "codo (epicondilitis)", "łokcia"),
              "HAND": ("Thumb UCL", "Daumen (Skidaumen)", "pulgar (ligamento colateral cubital)", "kciuka"),
              "KNEE": ("Patellar Tendon", "Patellarsehne", "tendón rotuliano", "kolana (więzadło rzepki)"),
              "THIGH": ("Hamstrings", "Oberschenkel (Hamstrings)", "musculatura isquiotibial", "mięśni tylnej grupy uda")}[code]
        g = "f" if (lang == "pl" and code == "LEG") or (lang == "es" and code == "THIGH") else "m"
        sw = side_word(cx, side, g)
        sd = upper(cx, L(cx, [f"US {nm[0]} {sw}", f"US {sw} {nm[0]}"], f"Sono {nm[1]} {sw}", f"Eco {nm[2]} {sw}", f"USG {nm[3]} {sw}"))
        why = f"{code.lower()} ultrasound; side from the order"
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us(cx, cx.c(["MSK", "Tendon", "Superficial", None]))
            bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.55)
            ser.append(S(m, [code], side, why))
        return sd, ser
    if k == "xr":
        code = cx.c(["ANKLE", "FOOT", "HAND", "WRIST", "KNEE", "SHOULDER", "ELBOW", "FOREARM"])
        limbt, sw = limb(cx, code, side, extra=True)
        sd = upper(cx, L(cx, f"XR {limbt} (sports injury)", f"Rö {limbt} Sportverletzung", f"Rx {limbt} lesión deportiva", f"RTG {limbt} uraz sportowy"))
        return sd, xr_limb(cx, code, side, "sports", f"{code.lower()} films after a sports injury; side from the order")
    sd = upper(cx, L(cx, "CT Head (head injury in play)", "CCT nativ (Sportunfall, SHT)", "TC craneal sin contraste (traumatismo deportivo)", "TK głowy bez kontrastu (uraz)"))
    rec = [("Topogram", None, None), ("Head 5mm", "H40s" if cx.ctv == "Siemens" else None, "5"), ("Head Bone 1mm", None, "1")]
    ser = [S(ct(cx, d, kk, t), ["HEAD"], None, "head CT after a sports head injury") for d, kk, t in rec]
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN", "SKULL"])
    return sd, ser


def ctplan(cx):
    lang = cx.lang
    k = cx.c(["makotka"] * 3 + ["makotha"] * 2 + ["shoulder"] * 2 + ["spine", "plateau", "calc", "acet", "torsion", "radius", "pilon", "humerus"])
    side = cx.c("LR")
    if k == "makotka":
        sw = side_word(cx, side, "f" if lang == "es" else "m")
        sd = upper(cx, L(cx, [f"CT MAKO TKA {sw}", f"CT Knee Robotic Planning {sw} (hip-knee-ankle)"], [f"CT MAKO Knie-TEP {sw}", f"Planungs-CT Knie {sw} (Hüfte-Knie-OSG)"],
                         [f"TC planificación MAKO PTR {sw}", f"TC cadera-rodilla-tobillo {sw} (cirugía robótica)"], [f"TK planowanie MAKO kolano {sw}", f"TK biodro-kolano-staw skokowy {side_word(cx, side, 'm')} (robot)"]))
        why = "robotic knee planning CT: three short slabs of one leg"
        rec = ct_recons(cx, "Knee")
        ser = [S(ct(cx, rec[0][0], rec[0][1], rec[0][2], PatientPosition="FFS"), LONGLEG, side, why + "; scout of the whole leg")]
        for reg, code in [("Hip", "HIP"), ("Knee", "KNEE"), ("Ankle", "ANKLE")]:
            m = ct(cx, cx.c([f"{reg} 1.0", f"MAKO {reg.upper()}", f"{reg}  1.0  Br40" if cx.ctv == "Siemens" else f"{reg} 0.625 STND"]), thick="1", PatientPosition="FFS")
            bpe(cx, m, code, ["LEG", "EXTREMITY", "LOWER LIMB"])
            ser.append(S(m, [code], side, why + f"; the {reg.lower()} slab"))
        return sd, ser
    if k == "makotha":
        sw = side_word(cx, side, "f" if lang == "es" else "m")
        sd = upper(cx, L(cx, f"CT MAKO THA {sw}", f"CT MAKO Hüft-TEP {sw}", f"TC planificación MAKO PTC {sw}", f"TK planowanie MAKO biodro {sw}"))
        why = "robotic hip planning CT"
        m = ct(cx, cx.c(["Pelvis 1.0", "MAKO PELVIS", "Pelvis 0.625 STND"]), thick="1")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", why + "; the pelvic slab shows the pelvis and both hips")]
        m = ct(cx, cx.c(["Knee 1.0", "MAKO KNEE", "Knee 0.625 STND"]), thick="1")
        bpe(cx, m, "KNEE", ["LEG"])
        ser.append(S(m, ["KNEE"], side, why + "; the knee slab of the operated side"))
        return sd, ser
    if k == "spine":
        reg = cx.c(["l", "l", "tl", "c"])
        rw = REG[lang][reg]
        sd = upper(cx, L(cx, f"CT {rw} (navigation planning)", f"CT {rw} Navigationsplanung", f"TC {rw} planificación navegación", f"TK {rw} do nawigacji"))
        why = "spine CT for navigated surgery"
        ser = [S(ct(cx, d, kk, t), SPINE_CODE[reg], None, why) for d, kk, t in ct_recons(cx, "Spine")]
        for s in ser:
            bpe(cx, s["meta"], {"l": "LSPINE", "tl": "SPINE", "c": "CSPINE"}[reg], ["SPINE", "ABDOMEN" if reg != "c" else "NECK"])
        return sd, ser
    if k == "torsion":
        sw = side_word(cx, "B")
        sd = upper(cx, L(cx, "CT Rotational Profile Both Legs (femoral/tibial torsion)", f"CT Torsionsmessung Beine {sw}", f"TC torsión femoral y tibial {sw}", f"TK pomiar torsji kończyn dolnych {sw}"))
        why = "torsion CT: short slabs through both hips, knees and ankles"
        ser = []
        for reg, code in [("Hips", "HIP"), ("Knees", "KNEE"), ("Ankles", "ANKLE")]:
            m = ct(cx, cx.c([f"{reg} 2.0", f"Torsion {reg}"]), thick="2", PatientPosition="FFS")
            bpe(cx, m, code, ["LOWER LIMB", "EXTREMITY"])
            ser.append(S(m, [code], "B", why + f"; the {reg.lower()} slab"))
        return sd, ser
    code = {"shoulder": "SHOULDER", "plateau": "KNEE", "calc": "FOOT", "acet": "HIP", "radius": "WRIST", "pilon": "ANKLE", "humerus": "SHOULDER"}[k]
    labels = {"acet": ["PELVIS", "HIP"], "humerus": ["SHOULDER", "ARM"]}.get(k, [code])
    what = {"shoulder": ("shoulder arthroplasty planning (Blueprint)", "Planung Schulter-TEP", "planificación artroplastia de hombro", "planowanie endoprotezy"),
            "plateau": ("tibial plateau fracture", "Tibiakopffraktur", "fractura meseta tibial", "złamanie kłykci piszczeli"),
            "calc": ("calcaneal fracture", "Calcaneusfraktur", "fractura de calcáneo", "złamanie kości piętowej"),
            "acet": ("acetabular fracture", "Acetabulumfraktur", "fractura de acetábulo", "złamanie panewki"),
            "radius": ("distal radius fracture", "distale Radiusfraktur", "fractura radio distal", "złamanie dalszej nasady kości promieniowej"),
            "pilon": ("pilon fracture", "Pilon-tibiale-Fraktur", "fractura de pilón tibial", "złamanie typu pilon"),
            "humerus": ("proximal humerus fracture", "proximale Humerusfraktur", "fractura húmero proximal", "złamanie bliższej nasady kości ramiennej")}[k]
    limbt, sw = limb(cx, code, side)
    if k == "acet":
        sd = upper(cx, L(cx, f"CT Pelvis ({what[0]}, {side_word(cx, side)})", f"CT Becken {what[1]} {sw}", f"TC pelvis {what[2]} {side_word(cx, side, 'm')}", f"TK miednicy {what[3]} {side_word(cx, side, 'f')}"))
        why = "acetabular fracture CT: pelvis and the injured hip"
    else:
        sd = upper(cx, L(cx, f"CT {limbt} {what[0]}", f"CT {limbt} {what[1]}", f"TC {limbt} {what[2]}", f"TK {limbt} {what[3]}"))
        why = f"pre-operative CT of {'+'.join(labels).lower()}; side from the order"
    reg = {"SHOULDER": "Shoulder", "KNEE": "Knee", "FOOT": "Foot", "HIP": "Pelvis", "WRIST": "Wrist", "ANKLE": "Ankle"}[code]
    ser = [S(ct(cx, d, kk, t), labels, side, why) for d, kk, t in ct_recons(cx, reg)]
    for s in ser:
        bpe(cx, s["meta"], labels[0] if k != "acet" else "PELVIS", ALT[code] if k != "acet" else ["HIP", "ABDOMEN"])
    return sd, ser


def theatre(cx):
    """Intra-operative C-arm images: the procedure names the part."""
    lang = cx.lang
    k = cx.c(["dhs"] * 3 + ["nailfem"] * 2 + ["nailtib", "ankle", "ankle", "wrist", "wrist", "forearm", "humerus", "elbow", "hand", "foot",
                                             "fusion", "fusion2", "acdf", "kypho", "spin3d"])
    side = cx.c("LR")
    proc = {
        "dhs": (["HIP"], "HIP", ("DHS", "DHS", "DHS", "DHS"), "sliding hip screw: hip"),
        "nailfem": (["HIP", "THIGH", "KNEE"], "THIGH", ("IM nail femur", "Marknagel Femur", "enclavado endomedular fémur", "gwoździowanie kości udowej"),
                    "femoral nailing screened from the entry point at the hip to distal locking at the knee"),
        "nailtib": (["KNEE", "LEG", "ANKLE"], "LEG", ("IM nail tibia", "Tibiamarknagel", "clavo endomedular tibia", "gwoździowanie piszczeli"),
                    "tibial nailing screened from the knee entry point to distal locking at the ankle"),
        "ankle": (["ANKLE"], "ANKLE", ("ORIF ankle", "Osteosynthese OSG", "osteosíntesis tobillo", "zespolenie kostek"), "ankle fixation"),
        "wrist": (["WRIST"], "WRIST", ("ORIF distal radius", "Radiusplatte", "placa volar radio distal", "zespolenie nasady dalszej kości promieniowej"), "distal radius fixation: wrist"),
        "forearm": (["FOREARM"], "FOREARM", ("ORIF both bones forearm", "Plattenosteosynthese Unterarmschaft", "osteosíntesis diáfisis antebrazo", "zespolenie trzonów kości przedramienia"),
                    "forearm shaft plating"),
        "humerus": (["SHOULDER", "ARM"], "SHOULDER", ("PHILOS proximal humerus", "PHILOS prox. Humerus", "placa PHILOS húmero proximal", "płytka PHILOS kość ramienna"),
                    "proximal humerus plating: shoulder and humerus"),
        "elbow": (["ELBOW"], "ELBOW", ("K-wires supracondylar elbow", "K-Draht suprakondyläre Humerusfraktur Ellenbogen", "agujas K fractura supracondílea codo", "druty K złamanie nadkłykciowe łokieć"), "elbow wiring"),
        "hand": (["HAND"], "HAND", ("K-wire metacarpal", "K-Draht Metacarpale", "agujas K metacarpiano", "druty K kość śródręcza"), "hand wiring"),
        "foot": (["FOOT"], "FOOT", ("Scarf osteotomy hallux", "Scarf-Osteotomie Hallux valgus", "osteotomía scarf hallux valgus pie", "osteotomia Scarf paluch koślawy"),
                 "hallux valgus osteotomy: foot"),
    }
    if k in proc:
        labels, code, names, why = proc[k]
        name = names[{"en": 0, "de": 1, "es": 2, "pl": 3}[lang]]
        if k == "dhs":
            body = limb(cx, code, side)[0]
        elif lang == "pl":
            body = cx.c([f"strona {'prawa' if side == 'R' else 'lewa'}", f"str. {'P' if side == 'R' else 'L'}", f"({'P' if side == 'R' else 'L'})",
                         f"po stronie {'prawej' if side == 'R' else 'lewej'}"])
        else:
            body = side_word(cx, side, "f" if lang == "es" and k == "nailtib" else "m")
        sd = upper(cx, L(cx, [f"THEATRE FLUORO {name} {body}", f"IITV Theatre - {name} {body}", f"FL Intraop {name} {body}"],
                         [f"BV intraop. {name} {body}", f"Durchleuchtung OP-Saal {name} {body}", f"Intraoperative DL {name} {body}"],
                         [f"Escopia quirófano {name} {body}", f"Radioscopia intraoperatoria {name} {body}"],
                         [f"Fluoroskopia śródoperacyjna {name} {body}", f"Blok operacyjny - {name} {body}"]))
        why = why + "; side from the order"
        lat = side
    else:
        lat = None
        spec = {"fusion": (["LSPINE", "PELVIS"], ("Posterior fusion L4-S1", "Spondylodese L4-S1", "artrodesis L4-S1", "stabilizacja L4-S1"),
                           "pedicle screws L4 to S1: lumbar spine and sacrum"),
                "fusion2": (["LSPINE"], ("TLIF L3-L5", "TLIF L3-L5", "TLIF L3-L5", "TLIF L3-L5"), "lumbar fusion L3 to L5"),
                "acdf": (["CSPINE"], ("ACDF C5/6", "ACDF HWK 5/6", "artrodesis cervical anterior C5-C6", "ACDF C5/C6"), "anterior cervical fusion"),
                "kypho": (["TSPINE", "LSPINE"], ("Kyphoplasty T12 L1", "Kyphoplastie BWK 12/LWK 1", "cifoplastia D12-L1", "kyfoplastyka Th12-L1"),
                          "kyphoplasty at the thoracolumbar junction"),
                "spin3d": (["LSPINE"], ("O-arm/3D spin lumbar screws", "Cios Spin 3D LWS", "3D intraoperatorio columna lumbar", "skan 3D śródoperacyjny L"),
                           "intra-operative 3D scan of the lumbar spine")}[k]
        labels, names, why = spec
        name = names[{"en": 0, "de": 1, "es": 2, "pl": 3}[lang]]
        if k == "spin3d" and lang == "pl":
            name = "skan 3D śródoperacyjny kręgosłupa lędźwiowego"
        sd = upper(cx, L(cx, [f"THEATRE FLUORO SPINE {name}", f"IITV Theatre - {name}"], [f"BV intraop. {name}", f"Durchleuchtung OP {name}"],
                         [f"Escopia quirófano {name}", f"Radioscopia intraoperatoria {name}"], [f"Fluoroskopia śródoperacyjna {name}"]))
        code = None
    ser = []
    for _ in range(cx.c([2, 3])):
        m = carm(cx, carm_desc(cx))
        if cx.p(0.25):
            m["NumberOfFrames"] = cx.c([12, 30, 64, 120])
        if k == "spin3d":
            m["SeriesDescription"] = cx.c(["3D Spin", "Cios Spin 3D", "3D Volume", "MPR 3D"])
            m["ImageType"] = "DERIVED\\PRIMARY\\VOLUME"
        presets = {"HIP": ["HIP", "PELVIS", "EXTREMITY"], "THIGH": ["LEG", "HIP", "EXTREMITY"], "LEG": ["LEG", "EXTREMITY"], "ANKLE": ["ANKLE", "FOOT", "EXTREMITY"],
                   "WRIST": ["HAND", "EXTREMITY", "WRIST"], "SHOULDER": ["SHOULDER", "EXTREMITY", "CHEST"], "ELBOW": ["ELBOW", "EXTREMITY", "ARM"],
                   "HAND": ["HAND", "EXTREMITY"], "FOOT": ["FOOT", "EXTREMITY"], "FOREARM": ["ARM", "EXTREMITY", "FOREARM"], None: ["SPINE", "ABDOMEN", "LSPINE" if "CSPINE" not in labels else "CSPINE"]}[code]
        if cx.p(0.62):
            m["BodyPartExamined"] = cx.c(presets)
        ser.append(S(m, labels, lat, why))
    ser.append(S({"Modality": "SR", "Manufacturer": ser[0]["meta"]["Manufacturer"], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                  "SeriesDescription": cx.c(["Radiation Dose Report", "X-Ray Radiation Dose SR", "RDSR", "Dose Report"])}, [], None,
                 "C-arm radiation dose SR: no image", img=False))
    return sd, ser


def spine(cx):
    lang = cx.lang
    reg = cx.c(["l"] * 6 + ["c"] * 4 + ["t", "ws", "ct", "tl", "lsij"])
    mod = cx.c(["MR"] * 5 + ["XR"] * 3 + ["CT"])
    labels = SPINE_CODE.get(reg, ["LSPINE", "PELVIS"])
    rw = REG[lang][reg] if reg != "lsij" else L(cx, "Lumbar Spine and SI Joints", "LWS + ISG", "columna lumbar y sacroilíacas", "kręgosłupa L-S i stawów krzyżowo-biodrowych")
    why = f"spine exam of {rw}: {'+'.join(labels)}"
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE", "ct": "CSPINE", "tl": "TSPINE", "lsij": "LSPINE"}[reg]
    alt = ["SPINE", "NECK"] if reg in ("c", "ct") else ["SPINE", "ABDOMEN", "LSSPINE", "CHEST"]
    ser = []
    if mod == "MR" or reg in ("ws", "lsij"):
        sd = upper(cx, L(cx, [f"MRI {rw}", f"MR {rw} (radiculopathy)", f"MRI {rw} post-op"], [f"MRT {rw} nativ", f"MRT {rw}"],
                         [f"RM {rw}", f"RM de {rw} sin contraste"], [f"MR {rw}", f"MR {rw} bez kontrastu"]))
        v = cx.mrv
        seq = {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"],
               "GE": ["3Pl Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"],
               "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"]}[v]
        if reg == "ws":
            seq = seq[:2] + [seq[1] + ("_COMPOSED" if v != "Siemens" else "_comp_sp")] + seq[2:3]
        if reg == "lsij":
            seq = seq + [{"Siemens": "t2_tirm_cor_ISG", "GE": "Obl Cor STIR SIJ", "Philips": "STIR_COR_SIJ"}[v]]
        for d in seq:
            m = mr(cx, d)
            if cx.p(0.4):
                m["ProtocolName"] = cx.c({"c": ["C-Spine", "HWS"], "t": ["T-Spine"], "l": ["L-Spine", "LWS"], "ws": ["WholeSpine", "Spine composing"],
                                          "ct": ["C-Spine", "CT-junction"], "tl": ["T-Spine", "TL-Spine"], "lsij": ["L-Spine + SIJ"]}[reg])
            bpe(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + ("; localizer" if d in ("localizer", "3Pl Loc", "Survey") else "; sequence-only name")))
    elif mod == "XR":
        ap, lat, _ax, _w = VIEWS[lang]
        fx = cx.p(0.35)
        extra = L(cx, " flexion/extension", " Funktionsaufnahmen", " dinámicas", " czynnościowe") if fx else L(cx, ["", " post fusion"], ["", " nach Spondylodese"], ["", " control artrodesis"], ["", " po stabilizacji"])
        sd = upper(cx, L(cx, f"XR {rw}{extra}", f"Rö {rw} in 2 Ebenen{extra}", f"Rx {rw}{extra}", f"RTG {rw}{extra}"))
        views = [(ap, "AP"), (lat, "LAT")] + ([("Flexion", "LAT"), ("Extension", "LAT")] if fx else [])
        for vd, vp in views:
            m = xr(cx, cx.c([f"{vd}", f"{bp} {vp}", f"{rw} {vd}"]), vp)
            bpe(cx, m, bp, alt)
            ser.append(S(m, labels, None, why))
    else:
        sd = upper(cx, L(cx, f"CT {rw} (post fusion, metal)", f"CT {rw} (Schraubenlage)", f"TC {rw} control material", f"TK {rw} po stabilizacji"))
        ser = [S(ct(cx, d, kk, t), labels, None, why) for d, kk, t in ct_recons(cx, "Spine", metal=True)]
        for s in ser:
            bpe(cx, s["meta"], bp, alt)
    return sd, ser


def inject(cx):
    lang = cx.lang
    k = cx.c(["facet"] * 3 + ["nrb"] * 3 + ["epi", "caudal", "sij", "sij", "myelo", "myelo", "myelo_ct", "disco", "vertebro", "rf", "cnrb", "hipinj"])
    lvl_side = cx.c(["L", "R", "bilat"])
    if lang == "pl":
        swd = "obustronnie" if lvl_side == "bilat" else cx.c([f"po stronie {'prawej' if lvl_side == 'R' else 'lewej'}", f"str. {'P' if lvl_side == 'R' else 'L'}"])
    else:
        swd = side_word(cx, "B") if lvl_side == "bilat" else side_word(cx, lvl_side, "f" if lang == "es" and k in ("sij", "rf") else "m")
    if k == "hipinj":
        side = cx.c("LR")
        limbt, sw = limb(cx, "HIP", side)
        sd = upper(cx, L(cx, f"US guided {limbt} injection", f"Sono-gesteuerte Infiltration {limbt}", f"Infiltración ecoguiada {limbt}", f"Iniekcja {limbt} pod kontrolą USG"))
        ser = [S(us(cx, cx.c(["Injection", "Needle guide", None])), ["HIP"], side, "ultrasound-guided hip joint injection; side from the order")]
        bpe(cx, ser[0]["meta"], "HIP", ["PELVIS"], p_missing=0.5)
        return sd, ser
    spec = {
        "facet": (["LSPINE"], "fl", ("Lumbar facet joint injections L4/5 L5/S1", "Facettengelenksinfiltration LWS L4/5", "bloqueo facetario lumbar L4-L5",
                                     "blokada stawów międzywyrostkowych L4-L5"), "lumbar facet injection"),
        "nrb": (["LSPINE"], "ct", ("CT guided L5 nerve root block", "CT-gesteuerte PRT L5", "bloqueo radicular L5 guiado por TC", "blokada korzenia L5 pod kontrolą TK"),
                "lumbar nerve root block"),
        "cnrb": (["CSPINE"], "ct", ("CT guided C6 nerve root block", "CT-gesteuerte PRT HWS C6", "bloqueo radicular C6 guiado por TC", "blokada korzenia C6 pod kontrolą TK"),
                 "cervical nerve root block"),
        "epi": (["LSPINE"], "fl", ("Interlaminar lumbar epidural L4/5", "Epidurale Infiltration LWS", "infiltración epidural interlaminar lumbar", "iniekcja zewnątrzoponowa lędźwiowa"),
                "lumbar epidural injection"),
        "caudal": (["PELVIS"], "fl", ("Caudal epidural injection", "Kaudale Epiduralinfiltration (Sakralkanal)", "infiltración epidural caudal (hiato sacro)",
                                      "iniekcja zewnątrzoponowa krzyżowa (rozwór krzyżowy)"), "caudal epidural through the sacral hiatus: sacrum"),
        "sij": (["PELVIS"], "fl", ("SIJ injection", "ISG-Infiltration", "infiltración sacroilíaca", "blokada stawu krzyżowo-biodrowego"), "sacroiliac joint injection: pelvis"),
        "myelo": (None, "fl", ("Myelogram", "Myelographie", "mielografía", "mielografia"), "myelogram"),
        "myelo_ct": (None, "ct", ("CT post myelogram", "Myelo-CT", "mielo-TC", "mielo-TK"), "CT after myelography"),
        "disco": (["LSPINE"], "fl", ("Discography L3-L5", "Diskographie L3-L5", "discografía L3-L5", "dyskografia L3-L5"), "lumbar discography"),
        "vertebro": (["TSPINE"], "fl", ("Vertebroplasty T8", "Vertebroplastie BWK 8", "vertebroplastia D8", "wertebroplastyka Th8"), "vertebroplasty at T8"),
        "rf": (["LSPINE"], "fl", ("Medial branch radiofrequency denervation L3-L5", "Facettendenervierung LWS (Thermokoagulation)", "radiofrecuencia ramo medial lumbar",
                                  "termolezja gałązek przyśrodkowych L3-L5"), "lumbar medial branch denervation"),
    }
    labels, guide, names, why = spec[k]
    name = names[{"en": 0, "de": 1, "es": 2, "pl": 3}[lang]]
    if k in ("myelo", "myelo_ct"):
        reg = cx.c(["l", "l", "c", "ws"])
        labels = SPINE_CODE[reg]
        name = f"{name} {REG[lang][reg]}"
        why = f"{why} of {REG['en'][reg].lower()}"
    sidetxt = f" {swd}" if k in ("facet", "nrb", "cnrb", "sij", "rf") else ""
    sd = upper(cx, L(cx, [f"FL {name}{sidetxt}" if guide == "fl" else f"{name}{sidetxt}", f"{name}{sidetxt}"],
                     [f"{name}{sidetxt}", f"DL {name}{sidetxt}" if guide == "fl" else f"{name}{sidetxt}"],
                     [f"{name[0].upper() + name[1:]}{sidetxt}", f"{'Escopia' if guide == 'fl' else 'TC'} {name}{sidetxt}"],
                     [f"{name[0].upper() + name[1:]}{sidetxt}", f"{'Fluoroskopia' if guide == 'fl' else 'TK'} {name}{sidetxt}"]))
    why = why + ("; the spine is not sided" if sidetxt and labels != ["PELVIS"] else "; the pelvis takes no side" if sidetxt else "")
    ser = []
    if guide == "fl":
        for d in ["Fluoro", cx.c(["Spot", "AP", "Lat", "Oblique", "Needle", "Contrast", "LIH"])] + (["Myelo LAT", "Myelo AP"] if k == "myelo" else []):
            m = fl_room(cx, d) if cx.p(0.6) else carm(cx, d)
            bpe(cx, m, {"PELVIS": "PELVIS", "LSPINE": "LSPINE", "TSPINE": "TSPINE", "CSPINE": "CSPINE"}.get(labels[0]) if len(labels) == 1 else "SPINE",
                ["SPINE", "ABDOMEN"], p_missing=0.45)
            ser.append(S(m, labels, None, why))
    else:
        rec = ct_recons(cx, "Spine")
        ds = [(rec[0][0], None, None), (cx.c(["Needle 2mm", "Biopsy 3mm", "Interventional", "CT Fluoro"]), rec[2][1], "2")] if k != "myelo_ct" else rec
        for d, kk, t in ds:
            m = ct(cx, d, kk, t)
            if k == "myelo_ct" and cx.p(0.5):
                m["ContrastBolusAgent"] = cx.c(["Iohexol 300 intrathecal", "Omnipaque 240 IT", "Iopamidol IT"])
            bpe(cx, m, labels[0] if len(labels) == 1 else "SPINE", ["SPINE", "NECK" if "CSPINE" in labels else "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, labels, None, why))
    if guide == "ct" or cx.p(0.5):
        ser.append(S({"Modality": "SR" if guide == "fl" else "OT", "Manufacturer": ser[0]["meta"]["Manufacturer"],
                      "SeriesDescription": "Radiation Dose Report" if guide == "fl" else cx.c(["Dose Report", "Patient Protocol"]),
                      **({"SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"} if guide == "fl" else {"ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"})},
                     [], None, "dose report page: no anatomy", img=False))
    return sd, ser


def onc(cx):
    lang = cx.lang
    k = cx.c(["tumourmr"] * 3 + ["bonescan", "bonescan", "petct", "petct", "cap", "chest", "mammo", "mammo", "breastus", "wbmr", "survey", "biopsy"])
    if k == "tumourmr":
        code = cx.c(["THIGH", "THIGH", "LEG", "ARM", "KNEE", "pelvis"])
        if code == "pelvis":
            sd = upper(cx, L(cx, "MRI Pelvis (sacral / iliac bone lesion)", "MRT Becken (Knochentumor Os ilium)", "RM pelvis (lesión ósea ilíaca)", "MR miednicy (zmiana w kości biodrowej)"))
            seq = {"Siemens": ["localizer", "t1_tse_cor", "t2_tirm_cor", "t1_vibe_fs_tra_post"], "GE": ["3Pl Loc", "Cor T1", "Cor STIR", "Ax LAVA post"],
                   "Philips": ["Survey", "T1W_TSE_COR", "STIR_COR", "T1W_mDIXON_TRA_GD"]}[cx.mrv]
            ser = [S(mr(cx, d), ["PELVIS"], None, "bone tumour MR of the pelvis") for d in seq]
            for s in ser:
                bpe(cx, s["meta"], "PELVIS", ["HIP", "ABDOMEN"])
            return sd, ser
        side = cx.c("LR")
        limbt, sw = limb(cx, code, side, extra=cx.p(0.5))
        sd = upper(cx, L(cx, [f"MRI {limbt} (bone tumour) pre and post contrast", f"MRI {limbt} ? osteosarcoma"], f"MRT {limbt} Knochentumor mit KM",
                         f"RM {limbt} tumor óseo con contraste", f"MR {limbt} guz kości z kontrastem"))
        why = f"bone tumour MR of the {code.lower()}; side from the order"
        loc, seq = mr_limb_series(cx)
        seq = seq[:2] + [{"Siemens": "t1_vibe_fs_tra_post", "GE": "Ax T1 FS +C", "Philips": "T1W_SPIR_TRA_GD"}[cx.mrv]]
        ser = [S(mr(cx, loc), [code], side, why + "; localizer")] + [S(mr(cx, d), [code], side, why + "; sequence-only name") for d in seq]
        for s in ser:
            bpe(cx, s["meta"], code, ALT[code])
        return sd, ser
    if k == "bonescan":
        sd = upper(cx, L(cx, "NM Whole Body Bone Scan", "Skelettszintigraphie Ganzkörper", "Gammagrafía ósea de cuerpo entero", "Scyntygrafia kośćca całego ciała"))
        make = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM 630")])
        ser = [S({"Modality": "NM", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}, WB, None, "whole-body bone scan")
               for d in ["WB ANT/POST", "Whole Body", "WB Scan"][: cx.c([1, 2])]]
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "SKELETON"], p_missing=0.4, p_alt=0.25)
        return sd, ser
    if k == "petct":
        sd = upper(cx, L(cx, "PET-CT FDG Skull Base to Mid-Thigh (sarcoma staging)", "FDG-PET/CT Ganzkörper (Sarkom-Staging)", "PET-TC FDG cuerpo entero (estadificación sarcoma)", "PET-CT FDG całego ciała"))
        pm = cx.c([("SIEMENS", "Biograph Vision 600"), ("GE MEDICAL SYSTEMS", "Discovery MI")])
        ser = [S({"Modality": "PT", "Manufacturer": pm[0], "ManufacturerModelName": pm[1], "SeriesDescription": cx.c(["PET WB AC", "PET AC 3D", "WB_MAC"])}, WB, None,
                 "whole-body PET"),
               S({"Modality": "CT", "Manufacturer": pm[0], "ManufacturerModelName": pm[1], "SeriesDescription": cx.c(["CT WB 3.0 B30f", "CTAC 3.75mm", "WB CT 5mm"])}, WB, None,
                 "CT of the PET/CT, skull base to thigh"),
               S({"Modality": "PT", "Manufacturer": pm[0], "ManufacturerModelName": pm[1], "SeriesDescription": "PET WB NAC"}, WB, None, "whole-body PET, no attenuation correction")]
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN"], p_missing=0.35, p_alt=0.3)
        return sd, ser
    if k in ("cap", "chest"):
        reg = "cap" if k == "cap" else "chest"
        rw = REG[lang][reg]
        sd = upper(cx, L(cx, f"CT {rw} with contrast (staging)", f"CT {rw} mit KM (Staging)", f"TC {rw} con contraste (estadificación)", f"TK {rw} z kontrastem (ocena rozsiewu)"))
        labels = CAP if k == "cap" else ["CHEST"]
        rec = ct_recons(cx, "Thorax" if k == "chest" else "ThorAbd")
        ser = [S(ct(cx, rec[0][0], rec[0][1], rec[0][2]), labels, None, "staging CT; scout of the exam")]
        ser.append(S(ct(cx, cx.c(["Portal 3mm", "Venous 3.0 Br40", "CAP 5mm STND"]) if k == "cap" else cx.c(["Lung 1mm", "Thorax 1.0 Bl57", "LUNG 1.25mm"]),
                        None, "3", ContrastBolusAgent=cx.c(["Omnipaque 350", "Iomeron 400", "Ultravist 370", None]) or "IV"), labels, None, "staging CT"))
        for s in ser:
            bpe(cx, s["meta"], "CHEST" if k == "chest" else cx.c(["CHEST", "ABDOMEN", "WHOLEBODY"]), ["LUNG", "THORAX"])
        return sd, ser
    if k == "mammo":
        sd = upper(cx, L(cx, "Bilateral Mammogram (metastatic bone disease, ? primary)", "Mammographie beidseits (Primariussuche)", "Mamografía bilateral (búsqueda de primario)",
                         "Mammografia obustronna (poszukiwanie ogniska pierwotnego)"))
        ser = []
        for s in "RL":
            for v in ["CC", "MLO"]:
                m = {"Modality": "MG", "Manufacturer": "HOLOGIC, Inc.", "ManufacturerModelName": cx.c(["Selenia Dimensions", "3Dimensions"]),
                     "SeriesDescription": f"{s} {v}", "ViewPosition": v, "ImageLaterality": s, "ImageType": "ORIGINAL\\PRIMARY"}
                if cx.p(0.3):
                    m["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
                bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.2)
                ser.append(S(m, ["BREAST"], s, f"mammogram view of one breast; ImageLaterality {s}"))
        return sd, ser
    if k == "breastus":
        side = cx.c("LR")
        sw = side_word(cx, side, "f" if lang == "es" else "m")
        sd = upper(cx, L(cx, f"US Breast {sw}", f"Mammasonographie {sw}", f"Ecografía mama {sw}", f"USG piersi {side_word(cx, side, 'f')}"))
        ser = [S(us(cx, cx.c(["Breast", None])), ["BREAST"], side, "breast ultrasound of one side; side from the order")]
        bpe(cx, ser[0]["meta"], "BREAST", ["CHEST"], p_missing=0.5)
        return sd, ser
    if k == "wbmr":
        sd = upper(cx, L(cx, "MRI Whole Body (myeloma)", "Ganzkörper-MRT (Myelom)", "RM de cuerpo entero (mieloma)", "MR całego ciała (szpiczak)"))
        seq = {"Siemens": ["localizer", "t1_tse_cor_WB_comp", "t2_tirm_cor_WB_comp", "ep2d_diff_WB_b800"], "GE": ["3Pl Loc", "WB Cor T1", "WB Cor STIR", "WB DWI b800"],
               "Philips": ["Survey", "WB_T1W_mDIXON_COR", "WB_STIR_COR", "WB_DWIBS"]}[cx.mrv]
        ser = [S(mr(cx, d), WB, None, "whole-body MR") for d in seq]
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "SPINE"], p_missing=0.4, p_alt=0.25)
        return sd, ser
    if k == "survey":
        sd = upper(cx, L(cx, "XR Skeletal Survey (myeloma)", "Röntgen Skelettstatus (Pariser Schema)", "Serie ósea metastásica", "RTG przeglądowe układu kostnego (szpiczak)"))
        items = [(L(cx, "Skull Lat", "Schädel seitl.", "Cráneo lateral", "Czaszka boczne"), ["HEAD"], None), (L(cx, "Chest PA", "Thorax p.a.", "Tórax PA", "Klatka PA"), ["CHEST"], None),
                 (L(cx, "Pelvis AP", "Becken a.p.", "Pelvis AP", "Miednica AP"), ["PELVIS", "HIP"], "B"),
                 (L(cx, "Both Femora AP", "Femur bds. a.p.", "Ambos fémures AP", "Obie kości udowe AP"), ["THIGH"], "B"),
                 (L(cx, "Both Humeri AP", "Humerus bds. a.p.", "Ambos húmeros AP", "Obie kości ramienne AP"), ["ARM"], "B")]
        ser = []
        for d, lab, lat in items:
            m = xr(cx, d)
            bpe(cx, m, {"HEAD": "SKULL", "CHEST": "CHEST", "PELVIS": "PELVIS", "THIGH": "LEG", "ARM": "ARM"}[lab[0]], ["WHOLEBODY", "SKELETON"], p_alt=0.25)
            ser.append(S(m, lab, lat, f"skeletal survey image: {'+'.join(lab).lower()}" + (" of both sides" if lat else "")))
        return sd, ser
    # CT-guided bone biopsy
    site_ = cx.c(["ilium", "vertebra", "femur"])
    if site_ == "femur":
        side = cx.c("LR")
        limbt, sw = limb(cx, "THIGH", side)
        sd = upper(cx, L(cx, f"CT guided biopsy {limbt}", f"CT-gesteuerte Biopsie {limbt}", f"Biopsia guiada por TC {limbt}", f"Biopsja pod kontrolą TK {limbt}"))
        labels, lat, why = ["THIGH"], side, "CT-guided femoral bone biopsy; side from the order"
    elif site_ == "ilium":
        sd = upper(cx, L(cx, "CT guided bone biopsy iliac crest", "CT-gesteuerte Beckenkammbiopsie", "Biopsia ósea guiada por TC cresta ilíaca", "Biopsja talerza kości biodrowej pod kontrolą TK"))
        labels, lat, why = ["PELVIS"], None, "CT-guided iliac bone biopsy: pelvis"
    else:
        sd = upper(cx, L(cx, "CT guided biopsy L2 vertebral body", "CT-gesteuerte Biopsie LWK 2", "Biopsia vertebral L2 guiada por TC", "Biopsja trzonu L2 pod kontrolą TK"))
        labels, lat, why = ["LSPINE"], None, "CT-guided vertebral biopsy at L2"
    rec = ct_recons(cx, "Biopsy")
    ser = [S(ct(cx, rec[0][0]), labels, lat, why + "; scout"), S(ct(cx, cx.c(["Biopsy 2mm", "Needle 3mm", "Interventional 2.0"]), thick="2"), labels, lat, why)]
    for s in ser:
        bpe(cx, s["meta"], labels[0] if labels[0] != "THIGH" else "LEG", ["ABDOMEN", "EXTREMITY"], p_missing=0.45)
    return sd, ser


def medical(cx):
    lang = cx.lang
    k = cx.c(["cxr"] * 4 + ["ctpa", "ctpa", "dvt", "dvt", "head", "axr", "renal", "haem", "vfss", "carotid", "echo", "neckst"])
    if k == "cxr":
        sd = upper(cx, L(cx, ["XR Chest (pre-op)", "XR CHEST PA", "Chest X-ray pre-assessment"], ["Rö Thorax p.a. präop.", "Thorax in 2 Ebenen"],
                         ["Rx tórax PA preoperatoria", "Rx de tórax PA y lateral"], ["RTG klatki piersiowej PA (przedoperacyjne)", "RTG klp PA"]))
        ser = []
        for d, v in [("PA", "PA"), (L(cx, "Lateral", "seitlich", "Lateral", "Boczne"), "LAT")][: cx.c([1, 2])]:
            m = xr(cx, cx.c([d, f"Chest {d}", f"Thorax {d}"]), v)
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"])
            ser.append(S(m, ["CHEST"], None, "chest film"))
        return sd, ser
    if k == "ctpa":
        sd = upper(cx, L(cx, "CT Pulmonary Angiogram (post-op, ? PE)", "CT-Angiographie Pulmonalarterien (LAE?)", "Angio-TC de arterias pulmonares (TEP?)", "Angio-TK tętnic płucnych (zatorowość?)"))
        rec = ct_recons(cx, "CTPA")
        ser = [S(ct(cx, rec[0][0], rec[0][1], rec[0][2]), ["CHEST"], None, "pulmonary CTA; scout"),
               S(ct(cx, cx.c(["CTPA 1.0 Bv40", "PE 1.25mm STND", "Pulmo 1mm", "CTPA 0.5 FC43"]), None, "1", ContrastBolusAgent=cx.c(["Omnipaque 350", "Iomeron 400", "Ultravist 370"])), ["CHEST"], None, "pulmonary CTA")]
        ser.append(S(ct(cx, cx.c(["Dose Report", "Patient Protocol"]), ImageType="DERIVED\\SECONDARY\\SCREEN SAVE"), [], None, "CT dose page: no anatomy", img=False))
        for s in ser[:2]:
            bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"])
        return sd, ser
    if k == "dvt":
        side = cx.c("LR")
        sw = side_word(cx, side, "m")
        sd = upper(cx, L(cx, [f"US Doppler Leg Veins {sw} (? DVT post TKR)", f"US DVT {sw} Leg"], f"Duplex Beinvenen {sw} (TVT?)", f"Eco-Doppler venoso MI {sw} (TVP?)",
                         f"USG Doppler żył kończyny dolnej {side_word(cx, side, 'f')} (ZŻG?)"))
        ser = [S(us(cx, cx.c(["Venous", "LE Venous", "DVT", None])), ["THIGH", "KNEE", "LEG"], side, "leg vein duplex groin to calf; side from the order")]
        bpe(cx, ser[0]["meta"], "LEG", ["LOWER LIMB", "EXTREMITY"], p_missing=0.5)
        return sd, ser
    if k == "head":
        sd = upper(cx, L(cx, "CT Head (post-op fall)", "CCT nativ (Sturz auf Station)", "TC craneal sin contraste (caída)", "TK głowy bez kontrastu (upadek)"))
        rec = [(ct_recons(cx, "Head")[0][0], None, None), (cx.c(["Head 5mm", "Brain 5.0 H40s", "5mm STND", "Hirn 4.0"]), None, "5")]
        ser = [S(ct(cx, d, kk, t), ["HEAD"], None, "head CT") for d, kk, t in rec]
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["BRAIN", "SKULL"])
        return sd, ser
    if k == "axr":
        sd = upper(cx, L(cx, "XR Abdomen (post-op ileus?)", "Rö Abdomen Übersicht (Ileus?)", "Rx simple de abdomen (íleo?)", "RTG przeglądowe jamy brzusznej"))
        m = xr(cx, cx.c(["Abdomen AP", "AXR supine", "ABDOMEN"]), "AP")
        bpe(cx, m, "ABDOMEN", ["PELVIS", "KUB"])
        return sd, [S(m, AP_, None, "supine abdominal film, diaphragm to symphysis: abdomen and pelvis")]
    if k == "renal":
        sd = upper(cx, L(cx, "US Renal Tract (post-op AKI)", "Sono Nieren (ANV postop.)", "Ecografía renal (fracaso renal)", "USG nerek"))
        ser = [S(us(cx, cx.c(["Renal", "Kidneys", None])), ["ABDOMEN"], None, "renal ultrasound: kidneys")]
        bpe(cx, ser[0]["meta"], "KIDNEY", ["ABDOMEN"], p_missing=0.5)
        return sd, ser
    if k == "haem":
        sd = upper(cx, L(cx, "CT Abdomen and Pelvis (post ALIF, ? retroperitoneal haematoma)", "CT Abdomen/Becken (Hämatom nach ALIF?)",
                         "TC abdomen y pelvis (hematoma retroperitoneal?)", "TK jamy brzusznej i miednicy (krwiak zaotrzewnowy?)"))
        rec = ct_recons(cx, "Abdomen")
        ser = [S(ct(cx, rec[0][0]), AP_, None, "abdomen and pelvis CT; scout"), S(ct(cx, cx.c(["Venous 3mm", "Abd/Pel 5mm STND", "Abdomen 3.0 Br40", "Portal 2mm"]), thick="3"), AP_, None, "abdomen and pelvis CT")]
        for s in ser:
            bpe(cx, s["meta"], "ABDOMEN", ["PELVIS"])
        return sd, ser
    if k == "vfss":
        sd = upper(cx, L(cx, "FL Videofluoroscopy Swallow (post ACDF dysphagia)", "Videofluoroskopie Schluckakt (nach ACDF)", "Videofluoroscopia de la deglución (post ACDF)",
                         "Wideofluoroskopia połykania (po ACDF)"))
        ser = [S(fl_room(cx, d, NumberOfFrames=cx.c([60, 90, 150])), ["NECK"], None, "swallow videofluoroscopy, oral cavity to cervical oesophagus: neck") for d in ["VFSS Lat", "Swallow Lat", "Thin fluids"][: cx.c([1, 2])]]
        for s in ser:
            bpe(cx, s["meta"], "NECK", ["HEAD", "CHEST"], p_missing=0.5)
        return sd, ser
    if k == "carotid":
        sd = upper(cx, L(cx, "US Carotid Doppler (pre-op)", "Duplex Carotiden präop.", "Eco-Doppler de troncos supraaórticos", "USG Doppler tętnic szyjnych"))
        ser = [S(us(cx, cx.c(["Carotid", "Carotids", None])), ["NECK"], None, "carotid duplex: neck")]
        bpe(cx, ser[0]["meta"], "NECK", ["CAROTID"], p_missing=0.5)
        return sd, ser
    if k == "echo":
        sd = upper(cx, L(cx, "Echocardiogram (pre-op)", "TTE präop.", "Ecocardiograma transtorácico", "Echo serca przezklatkowe"))
        ser = [S(us(cx, cx.c(["Echo", "TTE", None])), ["CHEST"], None, "transthoracic echo: heart")]
        bpe(cx, ser[0]["meta"], "HEART", ["CHEST"], p_missing=0.5)
        return sd, ser
    sd = upper(cx, L(cx, "XR Soft Tissue Neck / Lateral C-Spine (post ACDF swelling)", "Rö Halsweichteile + HWS seitl. (nach ACDF)", "Rx partes blandas cervicales y columna cervical lateral",
                     "RTG tkanek miękkich szyi + kręgosłup szyjny boczne"))
    m = xr(cx, cx.c(["Lat Neck", "Lateral", "Soft tissue neck lat"]), "LAT")
    bpe(cx, m, "NECK", ["CSPINE"])
    return sd, [S(m, ["NECK", "CSPINE"], None, "lateral soft-tissue neck film after anterior cervical surgery: neck and cervical spine")]


def paeds(cx):
    lang = cx.lang
    k = cx.c(["ddh", "ddh", "frog", "scoli", "scoli", "boneage", "clubfoot", "supra", "lld"])
    if k == "ddh":
        sd = upper(cx, L(cx, ["US Hips Infant (DDH) Bilateral", "US Both Hips Neonatal (Graf)"], "Hüftsonographie nach Graf bds.", "Ecografía de caderas del lactante (displasia) bilateral",
                         "USG stawów biodrowych obustronnie (metoda Grafa)"))
        ser = [S(us(cx, cx.c(["Hip Graf", "Neonatal Hips", None]) if not lang == "en" else cx.c(["Hip", "DDH", None])), ["HIP"], "B", "infant hip ultrasound of both hips")]
        bpe(cx, ser[0]["meta"], "HIP", ["PELVIS"], p_missing=0.5)
        if cx.p(0.4):
            s2 = cx.c("LR")
            m = us(cx, L(cx, f"{'Right' if s2 == 'R' else 'Left'} hip coronal", f"Hüfte {'rechts' if s2 == 'R' else 'links'} Standardebene",
                         f"Cadera {'derecha' if s2 == 'R' else 'izquierda'} coronal", f"Biodro {'prawe' if s2 == 'R' else 'lewe'}"), ImageLaterality=s2)
            ser.append(S(m, ["HIP"], s2, "coronal image of one infant hip; its side in the name and tag"))
        return sd, ser
    if k == "frog":
        sd = upper(cx, L(cx, "XR Pelvis AP + Frog Lateral (? SUFE)", "Rö Becken + Lauenstein bds. (ECF?)", "Rx pelvis AP y rana (epifisiólisis?)", "RTG miednicy AP + osiowe obu bioder (złuszczenie?)"))
        ser = []
        for d, v in [("Pelvis AP", "AP"), (L(cx, "Frog Lateral", "Lauenstein bds.", "Posición de rana", "Żabka"), "AP")]:
            m = xr(cx, d, v)
            bpe(cx, m, "PELVIS", ["HIP"])
            ser.append(S(m, ["PELVIS", "HIP"], "B", "child's pelvis film for slipped epiphysis: pelvis and both hips"))
        return sd, ser
    if k in ("scoli", "lld"):
        if k == "scoli":
            sd = upper(cx, L(cx, "EOS Scoliosis Whole Spine PA/Lat (paediatric)", "EOS Skoliose Ganzwirbelsäule Kind", "EOS escoliosis columna completa (pediatría)", "RTG skoliozy - cały kręgosłup na stojąco"))
            lab, lat, why = WSPINE, None, "child's whole-spine scoliosis film"
        else:
            sd = upper(cx, L(cx, "EOS Leg Length Both Legs (paediatric)", "Beinlängenmessung bds. Kind", "Telemetría MMII infantil (dismetría)", "RTG kończyn dolnych na stojąco - pomiar długości"))
            lab, lat, why = LONGLEG, "B", "child's leg-length film of both legs"
        ser = []
        for d, v in [("Frontal" if lang != "pl" else "AP", "PA")] + ([("Lateral" if lang != "pl" else "Boczne", "LAT")] if k == "scoli" and cx.p(0.6) else []):
            if cx.longv == "EOS":
                m = {"Modality": "DX", "Manufacturer": EOS[0], "ManufacturerModelName": cx.c(EOS[1]), "SeriesDescription": d, "ViewPosition": v,
                     "AcquisitionDeviceProcessingDescription": "Micro Dose"}
            else:
                m = xr(cx, d, v, ImageType="DERIVED\\PRIMARY\\STITCHED")
            bpe(cx, m, "SPINE" if k == "scoli" else "LEG", ["WHOLEBODY", "CHEST"] if k == "scoli" else ["LOWER LIMB", "WHOLEBODY"], p_alt=0.25)
            ser.append(S(m, lab, lat, why))
        return sd, ser
    if k == "boneage":
        sw = side_word(cx, "L", "f") if lang != "pl" else "lewa"
        sd = upper(cx, L(cx, "XR Bone Age (Left Hand)", f"Skelettalter Hand {sw}", f"Edad ósea (mano {sw})", f"RTG wieku kostnego (ręka {sw})"))
        m = xr(cx, L(cx, "Hand PA", "Hand d.p.", "Mano PA", "Dłoń PA"), "PA")
        if cx.p(0.5):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand")]
    if k == "clubfoot":
        side = cx.c("LR")
        limbt, sw = limb(cx, "FOOT", side)
        sd = upper(cx, L(cx, f"XR {limbt} (talipes)", f"Rö {limbt} Klumpfuß", f"Rx {limbt} pie zambo", f"RTG {limbt} (stopa końsko-szpotawa)"))
        return sd, xr_limb(cx, "FOOT", side, "paeds", "child's foot film for clubfoot; side from the order")
    side = cx.c("LR")
    limbt, sw = limb(cx, "ELBOW", side)
    sd = upper(cx, L(cx, f"XR {limbt} (child, ? supracondylar)", f"Rö {limbt} Kind (suprakondyläre Fraktur?)", f"Rx {limbt} niño (fractura supracondílea?)", f"RTG {limbt} dziecko"))
    return sd, xr_limb(cx, "ELBOW", side, "paeds", "child's elbow films; side from the order")


def dxa(cx):
    lang = cx.lang
    side = cx.c("LR")
    mk = cx.c([("HOLOGIC", "Horizon A"), ("GE Healthcare", "Lunar iDXA"), ("GE Healthcare", "Lunar Prodigy")])
    k = cx.c(["std", "std", "std", "prosth", "dual", "body"] if cx.site != "uk-sports" else ["body", "body", "std"])
    if k == "body":
        sd = upper(cx, L(cx, "DXA Total Body Composition (athlete)", "DXA Ganzkörper-Körperzusammensetzung", "Densitometría de composición corporal total", "DXA skład ciała - całe ciało"))
        ser = [S({"Modality": "OT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Total Body", "Whole Body", "Body Composition"])},
                 WB, None, "total-body DXA image: whole body")]
        bpe(cx, ser[0]["meta"], "WHOLEBODY", None, p_missing=0.5)
        ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SeriesDescription": "Body Composition Report", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33"}, [], None,
                     "DXA result SR: no image", img=False))
        return sd, ser
    sd = upper(cx, L(cx, ["DXA Bone Density", "DEXA Scan"], ["Knochendichtemessung (DXA)", "Osteodensitometrie DXA"], ["Densitometría ósea (DXA)", "DEXA columna y cadera"],
                     ["Densytometria (DXA)", "Densytometria kręgosłupa i biodra"]))
    sw = side_word(cx, side, "f" if lang == "es" else "m", abbr=False)
    hip = {"en": "Hip", "de": "Hüfte", "es": "Cadera", "pl": "Biodro"}[lang]
    if lang == "pl":
        sw = "prawe" if side == "R" else "lewe"
    items = [("AP Spine" if mk[0] == "HOLOGIC" else "AP Spine L1-L4", ["LSPINE"], None)]
    if k == "dual":
        items.append(("DualFemur" if mk[0] == "HOLOGIC" else "DualFemur Left/Right", ["HIP"], "B"))
    elif k == "prosth":
        items = [(f"Prosthetic Hip {'Left' if side == 'L' else 'Right'}" if mk[0] == "HOLOGIC" else f"Orthopedic Hip {'Left' if side == 'L' else 'Right'}", ["HIP"], side)]
        sd = upper(cx, L(cx, f"DXA Periprosthetic {'Left' if side == 'L' else 'Right'} Hip", f"DXA periprothetisch Hüfte {sw}", f"DXA periprotésica cadera {sw}",
                         f"Densytometria okołoprotezowa biodra {'lewego' if side == 'L' else 'prawego'}"))
    else:
        items.append((f"{'Left' if side == 'L' else 'Right'} Hip" if mk[0] == "HOLOGIC" else f"{hip} {sw}", ["HIP"], side))
        if cx.p(0.5):
            items.append((f"{'Left' if side == 'L' else 'Right'} Forearm", ["FOREARM"], side))
    ser = []
    for d, lab, lat in items:
        m = {"Modality": cx.c(["OT", "DX"]), "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "PELVIS"])
        ser.append(S(m, lab, lat, f"DXA image of the {lab[0].lower()}" + (f", side {lat}" if lat else "")))
    ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SeriesDescription": cx.c(["DXA Report", "Bone Densitometry Report"]), "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33"},
                 [], None, "densitometry result SR: no image", img=False))
    return sd, ser


FAMILY = {"preop": preop, "arthro": arthro, "postop": postop, "standing": standing, "mra": mra, "sports": sports, "ctplan": ctplan,
          "theatre": theatre, "spine": spine, "inject": inject, "onc": onc, "medical": medical, "paeds": paeds, "dxa": dxa}


def noanat(cx):
    """Objects without anatomy filed with the site's studies."""
    k = cx.c(["doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Document", L(cx, ["Request form", "Consent form", "Implant record"], ["Anforderungsschein", "Aufklärungsbogen"],
                                                                 ["Volante de petición", "Consentimiento informado"], ["Skierowanie", "Zgoda pacjenta"])])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", L(cx, "Key Object Selection", "Schlüsselbilder", "Imágenes clave", "Obrazy kluczowe")])}, "key object selection: no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations", "Measurements", "Cobb angle"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR", "CT Dose Report"])}, "dose structured report"
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Dose Report", "Screen Save"]),
                "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/dose page: text, no anatomy"
    q = cx.c([("MR", "SIEMENS", "Daily QA phantom"), ("CT", "GE MEDICAL SYSTEMS", "QA Water Phantom"), ("DX", "Agfa", "Detector calibration flat field"),
              ("OT", "HOLOGIC", "Spine Phantom QC")])
    return {"Modality": q[0], "Manufacturer": q[1], "SeriesDescription": q[2],
            "StudyDescription": L(cx, ["QA", "Daily QC"], ["Konstanzprüfung", "QS Phantom"], ["Control de calidad", "CC diario"], ["Test specjalistyczny", "Kontrola jakości"])}, \
        "quality-control phantom: no patient anatomy"


# ---------------------------------------------------------------- assembly

# Side words of each language, as the texts are split into words (for the generator's own guard).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "D"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZQDO", "IZDA", "IZQDA", "I"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ", "P", "PR"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ", "L", "LEW"}},
}


def named_sides(text, lang):
    words = {w for w in re.split(r"[\W_]+", text.upper()) if w}
    return {s for s in "RL" if words & (SIDE_WORDS[lang][s] | SIDE_WORDS["en"][s])}


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a hand-typed slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


NICIP = {"XR": "X", "MRI": "M", "CT": "C", "US": "U", "FL": "F", "NM": "N"}


def build():
    rng = random.Random(SEED)
    rows = []
    for site_name, (lang, _kind, target, *_rest, strata) in SITES.items():
        names = list(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site_name)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            ascii_console = lang != "en" and rng.random() < 0.2
            if ascii_console:
                sd = fold(sd)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.3:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                if ascii_console and "SeriesDescription" in meta:
                    meta["SeriesDescription"] = fold(meta["SeriesDescription"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site_name}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                # some worklist mappings keep 16 characters of the step description
                if len(sd) > 16 and rng.random() < 0.12:
                    cut = sd[:16].rstrip()
                    if s["laterality"] not in ("L", "R") or named_sides(cut, lang) <= {s["laterality"]}:
                        meta["PerformedProcedureStepDescription"] = cut
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site_name}:no-anatomy"}
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
    labs = Counter(code for r in rows for code in r["labels"])
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
