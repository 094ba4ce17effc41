"""Writes tests/anatomy/data/clinical_set_19.jsonl: a fortnight of series from North American
hospitals (two US academic medical centres, three US community hospitals, a US outpatient imaging
chain, a US teleradiology company reading nights for rural hospitals, a Quebec hospital writing
French and an Ontario hospital), labelled blind against the shared anatomy spec (see README.md
beside this file).

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

SEED = 19
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_19.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LOWER = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
DVT = ["THIGH", "KNEE", "LEG"]

# ---------------------------------------------------------------- sites
# name: (kind, rows, catalogue style, MR, CT, X-ray, US vendors, strata with weights)
SITES = {
    "us-acad1": ("academic medical centre, US (Northeast)", 128, "epic", "Siemens", "Siemens", "Siemens", "Siemens",
                 {"neuro": 2, "stroke": 2, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "ir": 3, "trauma": 2,
                  "paeds": 1, "nm": 2, "research": 4, "msk": 5, "spine": 2, "breast": 2, "ob": 1, "dxa": 1}),
    "us-acad2": ("academic medical centre with a children's hospital, US (Midwest)", 125, "epic", "GE", "GE", "GE", "GE",
                 {"neuro": 2, "stroke": 2, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 3, "ir": 2, "trauma": 2,
                  "paeds": 4, "nm": 2, "research": 3, "msk": 5, "spine": 2, "breast": 1, "ob": 1}),
    "us-comm1": ("community hospital, US (South)", 100, "cerner", "Philips", "Philips", "Philips", "Philips",
                 {"msk": 6, "spine": 2, "chest": 3, "abdo": 3, "neuro": 2, "stroke": 1, "trauma": 2, "breast": 2, "ob": 2,
                  "cardio": 1, "ir": 1, "nm": 1, "dxa": 1}),
    "us-comm2": ("community hospital, US (West)", 95, "cerner", "Canon", "Canon", "Konica", "Canon",
                 {"msk": 6, "spine": 2, "chest": 3, "abdo": 3, "neuro": 2, "stroke": 1, "trauma": 2, "breast": 2, "ob": 2,
                  "cardio": 1, "ir": 1, "headneck": 1, "paeds": 1}),
    "us-comm3": ("community hospital, US (Mid-Atlantic)", 92, "epic", "GE", "GE", "Fujifilm", "GE",
                 {"msk": 6, "spine": 2, "chest": 3, "abdo": 3, "neuro": 2, "stroke": 1, "trauma": 1, "breast": 2, "ob": 1,
                  "cardio": 1, "ir": 1, "nm": 1, "dxa": 1}),
    "us-opc": ("outpatient imaging chain, US", 105, "opc", "Siemens", "GE", "Fujifilm", "GE",
               {"msk": 8, "spine": 3, "breast": 4, "dxa": 2, "neuro": 2, "abdo": 2, "headneck": 1, "chest": 1}),
    "us-tele": ("teleradiology, nights for rural US hospitals", 105, "tele", "GE", "rural", "rural", "GE",
                {"trauma": 3, "neuro": 2, "stroke": 2, "chest": 3, "abdo": 3, "msk": 4, "spine": 2, "ob": 1, "ir": 1, "headneck": 1}),
    "ca-qc": ("hospital, Quebec, Canada", 108, "qc", "Philips", "Canon", "Fujifilm", "Canon",
              {"msk": 5, "spine": 2, "breast": 2, "neuro": 2, "stroke": 1, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 3,
               "ob": 1, "onc": 2, "ir": 1, "trauma": 1, "paeds": 1, "nm": 2, "dxa": 1}),
    "ca-on": ("hospital, Ontario, Canada", 100, "on", "GE", "Siemens", "Carestream", "Siemens",
              {"msk": 5, "spine": 2, "breast": 3, "neuro": 2, "stroke": 1, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 3,
               "ob": 1, "onc": 2, "ir": 1, "trauma": 1, "paeds": 1, "nm": 1, "dxa": 1}),
}
NOANAT_SHARE = 0.05

MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "MAGNETOM Altea", "Avanto_fit"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Premier", "DISCOVERY MR750w", "SIGNA Artist", "Optima MR450w", "SIGNA Explorer"]),
    "Philips": ("Philips", ["Ingenia", "Ingenia Elition X", "Achieva dStream", "Ingenia Ambition X"]),
    "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Galan 3T", "Vantage Elan"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition Edge", "NAEOTOM Alpha", "SOMATOM Drive"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Apex", "Revolution EVO", "Optima CT660"]),
    "Philips": ("Philips", ["Incisive CT", "IQon - Spectral CT", "Brilliance 64"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning"]),
    "Toshiba": ("TOSHIBA", ["Aquilion", "Aquilion PRIME"]),
}
RURAL_CT = [("GE", ["LightSpeed VCT", "BrightSpeed", "Optima CT540"]), ("Toshiba", None), ("Siemens", ["SOMATOM Perspective", "Emotion 16", "SOMATOM go.Now"])]
XR_MAKE = {
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact", "Mobilett Elara Max"], "DX"),
    "GE": ("GE Healthcare", ["Definium 656 HD", "Discovery XR656", "Optima XR240amx", "AMX Navigate"], "DX"),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "MobileDiagnost wDR"], "DX"),
    "Konica": ("KONICA MINOLTA", ["AeroDR", "CS-7", "REGIUS 190"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Go PLUS", "FCR PROFECT CS"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution", "DRX-1"], "DX"),
}
US_MAKE = {
    "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ E9", "LOGIQ S8"]),
    "Philips": ("Philips Medical Systems", ["EPIQ Elite", "EPIQ 7G", "Affiniti 70"]),
    "Canon": ("Canon Medical Systems", ["Aplio i800", "Aplio a550"]),
}
HOLOGIC = ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"])

# ---------------------------------------------------------------- words
SIDE_EN = {"L": ["LEFT"], "R": ["RIGHT"], "B": ["BILATERAL"]}
SIDE_FR = {"R": ({"m": "DROIT", "f": "DROITE"}, ["D", "DTE", "DT"]), "L": ({"m": "GAUCHE", "f": "GAUCHE"}, ["G", "GCHE"]),
           "B": ({"m": "BILATÉRAL", "f": "BILATÉRALE"}, ["BILAT", "BILAT."])}
# Limb parts: code -> [(English order word, French word|gender, kind for views)]
PARTS = {
    "KNEE": [("KNEE", "GENOU|m", "KNEE")],
    "SHOULDER": [("SHOULDER", "ÉPAULE|f", "SHOULDER"), ("CLAVICLE", "CLAVICULE|f", "CLAVICLE"), ("SCAPULA", "OMOPLATE|f", "SCAPULA")],
    "HIP": [("HIP", "HANCHE|f", "HIP")],
    "ANKLE": [("ANKLE", "CHEVILLE|f", "ANKLE")],
    "FOOT": [("FOOT", "PIED|m", "FOOT"), ("CALCANEUS", "CALCANÉUM|m", "CALCANEUS"), ("TOE(S)", "ORTEIL|m", "TOE")],
    "HAND": [("HAND", "MAIN|f", "HAND"), ("FINGER(S)", "DOIGT|m", "FINGER"), ("THUMB", "POUCE|m", "FINGER")],
    "WRIST": [("WRIST", "POIGNET|m", "WRIST"), ("SCAPHOID", "SCAPHOÏDE|m", "SCAPHOID")],
    "ELBOW": [("ELBOW", "COUDE|m", "ELBOW")],
    "FOREARM": [("FOREARM", "AVANT-BRAS|m", "FOREARM")],
    "ARM": [("HUMERUS", "HUMÉRUS|m", "HUMERUS")],
    "THIGH": [("FEMUR", "FÉMUR|m", "FEMUR")],
    "LEG": [("TIBIA FIBULA", "TIBIA-PÉRONÉ|m", "TIBFIB"), ("TIB FIB", "JAMBE|f", "TIBFIB")],
}
XR_VIEWS = {
    "KNEE": (["AP", "LAT", "SUNRISE", "OBL", "TUNNEL"], "3 VIEWS"), "SHOULDER": (["AP INT ROT", "AP EXT ROT", "GRASHEY", "Y VIEW", "AXILLARY"], "2+ VIEWS"),
    "CLAVICLE": (["AP", "AP CEPHALIC"], "COMPLETE"), "SCAPULA": (["AP", "Y VIEW"], "COMPLETE"),
    "HIP": (["AP", "FROG LAT", "CROSS TABLE LAT"], "2-3 VIEWS"), "ANKLE": (["AP", "MORTISE", "LAT"], "3+ VIEWS"),
    "FOOT": (["AP", "OBL", "LAT"], "3+ VIEWS"), "CALCANEUS": (["AXIAL", "LAT"], "2 VIEWS"), "TOE": (["AP", "OBL", "LAT"], "2+ VIEWS"),
    "HAND": (["PA", "OBL", "LAT"], "3+ VIEWS"), "FINGER": (["PA", "OBL", "LAT"], "2+ VIEWS"), "WRIST": (["PA", "OBL", "LAT"], "3+ VIEWS"),
    "SCAPHOID": (["PA ULNAR DEV", "OBL", "LAT", "PA"], "4 VIEWS"), "ELBOW": (["AP", "LAT", "OBL", "RADIAL HEAD"], "3+ VIEWS"),
    "FOREARM": (["AP", "LAT"], "2 VIEWS"), "HUMERUS": (["AP", "LAT"], "2+ VIEWS"), "FEMUR": (["AP", "LAT", "AP PROXIMAL"], "2 VIEWS"),
    "TIBFIB": (["AP", "LAT"], "2 VIEWS"),
}
FR_VIEWS = {"AP": "FACE", "PA": "FACE", "LAT": "PROFIL", "OBL": "OBLIQUE", "AXIAL": "AXIALE", "MORTISE": "FACE ROT INT 15",
            "SUNRISE": "AXIALE ROTULE", "Y VIEW": "PROFIL OMOPLATE"}
# Words an English catalogue keeps upper case when a Cerner or Ontario catalogue writes mixed case.
KEEP = {"CT", "CTA", "MRI", "MR", "MRA", "MRV", "XR", "US", "NM", "PET", "FL", "IR", "OB", "DXA", "SPECT", "AAA", "RUQ", "PE",
        "MRCP", "PSMA", "FDG", "TTE", "VCUG", "FAST", "IAC", "AC", "CAD", "MUGA", "KUB", "UGI", "BPP", "PICC", "IVC", "TIPS", "FNA",
        "AP", "PA", "DVT", "2D", "3D", "SI", "TMJ", "CT/CTA", "OBSP", "ED", "MS", "LAT", "C-SPINE", "L-SPINE", "T-SPINE", "HIDA",
        "V/Q", "DATSCAN", "GI", "MAG3", "GA", "NICU", "AV", "SPECT/CT", "CTP", "CCTA", "ABD"}


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        _k, _n, self.style, self.mrv, ctv, xrv, self.usv, _s = SITES[site]
        if ctv == "rural":
            v, models = rng.choice(RURAL_CT)
            self.ctv, self.ct_models = v, models
        else:
            self.ctv, self.ct_models = ctv, None
        self.xrv = rng.choice(["Carestream", "Konica", "Fujifilm", "GE"]) if xrv == "rural" else xrv
        self.lang = "fr" if site == "ca-qc" and rng.random() < 0.85 else "en"
        self.ascii = rng.random() < 0.5
        self.cpt = None

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def cerner_case(text):
    out = []
    for w in text.split(" "):
        if w in ("W", "WO"):
            out.append({"W": "w/", "WO": "w/o"}[w])
        elif w.upper() in KEEP or any(ch.isdigit() for ch in w):
            out.append(w)
        else:
            out.append("/".join(p[:1].upper() + p[1:].lower() for p in w.split("/")))
    return " ".join(out)


def T(cx, en, fr=None):
    """An order name as the site's catalogue writes it: Epic upper case, Cerner mixed case, the
    chain's abbreviations, the rural hospitals' own, Ontario's plain English, Quebec's French."""
    if cx.lang == "fr" and fr:
        t = fr
        if cx.ascii:
            t = strip_accents(t)
        if cx.p(0.25):
            t = t.capitalize() if not cx.p(0.5) else t.title()
        return t[:64]
    st = cx.style
    t = en
    if st == "cerner":
        t = t.replace(" W WO CONTRAST", " W + WO CONTRAST").replace("ABDOMEN PELVIS", "ABD/PELVIS")
        t = cerner_case(t).replace("w/ + w/o Contrast", "w/ + w/o Contrast")
    elif st == "opc":
        t = (t.replace(" W WO CONTRAST", " W/WO").replace(" WO CONTRAST", " W/O").replace(" W CONTRAST", " W/")
             .replace("LEFT", "LT").replace("RIGHT", "RT").replace("BILATERAL", "BILAT"))
        if cx.p(0.5):
            t = t.replace("MRI ", "MR ")
    elif st == "tele":
        k = cx.rng.random()
        if k < 0.4:
            t = (t.replace(" W WO CONTRAST", " W/WO CONTRAST").replace(" WO CONTRAST", " W/O CONTRAST").replace(" W CONTRAST", " W/CONTRAST")
                 .replace("ABDOMEN PELVIS", "ABD/PELVIS").replace("CT HEAD", "CT HEAD/BRAIN"))
        elif k < 0.7:
            t = (t.replace(" W WO CONTRAST", " W/WO").replace(" WO CONTRAST", " W/O").replace(" W CONTRAST", " W/")
                 .replace("LEFT", "LT").replace("RIGHT", "RT").replace("ABDOMEN PELVIS", "ABD PEL"))
        elif k < 0.85:
            t = cerner_case(t)
    elif st == "on":
        t = (t.replace(" W WO CONTRAST", " with and without contrast").replace(" WO CONTRAST", " without contrast")
             .replace(" W CONTRAST", " with contrast"))
        if t.startswith("XR "):
            t = cx.c(["X-Ray ", "XR ", "X-RAY "]) + t[3:]
        if t.startswith("US "):
            t = cx.c(["U/S ", "US ", "Ultrasound "]) + t[3:]
        if t.startswith("MRI ") and cx.p(0.5):
            t = "MR " + t[4:]
        t = cerner_case(t).replace("X-ray", "X-Ray").replace("U/s", "U/S")
    return t[:64]


def side_en(cx, s):
    return SIDE_EN[s][0]


def side_fr(cx, s, g="m", abbr=None):
    full, ab = SIDE_FR[s]
    if abbr is None:
        abbr = cx.p(0.3)
    return cx.c(ab) if abbr else full[g]


def part(cx, code, extra=False):
    opts = PARTS[code]
    en, fr, kind = cx.c(opts) if extra and len(opts) > 1 else opts[0]
    frn, _, g = fr.partition("|")
    return en, frn, g, kind


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


def mr_meta(cx, desc, scan="SE", **kw):
    make = MR_MAKE[cx.mrv]
    m = {"Modality": "MR", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def ct_make(cx):
    make = CT_MAKE[cx.ctv]
    return make[0], cx.c(cx.ct_models or make[1])


def ct_meta(cx, desc, kernel=None, thick=None, **kw):
    mk, model = ct_make(cx)
    m = {"Modality": "CT", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def xr_meta(cx, desc, view=None, portable=False, **kw):
    make, models, mod = XR_MAKE[cx.xrv]
    model = models[-1] if portable and cx.xrv in ("GE", "Carestream", "Siemens", "Philips") else cx.c(models)
    if cx.xrv in ("Fujifilm", "Konica") and cx.p(0.3):
        mod = "CR"
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": model}
    if desc:
        m["SeriesDescription"] = desc
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us_meta(cx, desc=None, make=None):
    mk = make or US_MAKE[cx.usv]
    m = {"Modality": "US", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]) if isinstance(mk[1], list) else mk[1]}
    if desc:
        m["SeriesDescription"] = desc
    return m


# ---------------------------------------------------------------- CT

def scout_name(cx):
    return {"Siemens": cx.c(["Topogram  0.6  T20f", "Topogram  0.6  Tr20", "Topogram"]), "GE": "Scout", "Philips": "Surview",
            "Canon": "Scanogram", "Toshiba": "Scanogram"}[cx.ctv]


def recons(cx, region):
    """A vendor's recon names for a region: Siemens name it, GE and Canon often do not."""
    v = cx.ctv
    lung = region in ("chest", "cap", "wb")
    if v == "Siemens":
        w = {"head": "Head", "neck": "Neck", "chest": "Thorax", "abd": "Abdomen", "cap": cx.c(["Thorax-Abd", "Chest-Abd-Pelvis", "TAP"]),
             "wb": "Polytrauma", "cspine": "C-Spine", "lspine": "L-Spine", "face": "Facial Bones", "limb": "Extremity", "sinus": "Sinus",
             "temporal": "Petrous"}[region]
        k = {"head": ("Hr38", "Hr68"), "neck": ("Br36", "Br40"), "chest": ("Br40", "Bl57"), "abd": ("Br40", "Br36"), "cap": ("Br40", "Bl57"),
             "wb": ("Br40", "Bl57"), "cspine": ("Br40", "Br64"), "lspine": ("Br40", "Br64"), "face": ("Hr38", "Hr68"), "limb": ("Br40", "Br64"),
             "sinus": ("Hr38", "Hr68"), "temporal": ("Hr68", "Hr68")}[region]
        return [(f"{w}  3.0  {k[0]}  3", k[0], "3"), (f"{w}  1.0  {k[1]}  3", k[1], "1"),
                (cx.c([f"{w} Cor  3.0  {k[0]}", f"{w} Sag  2.0  {k[1]}", f"Cor  3.0  {k[0]}"]), k[0], "3")]
    if v == "GE":
        if region in ("head", "face", "sinus", "temporal"):
            return [(cx.c(["5mm STND", "Head 5mm", "Axial 5mm STND"]), "STANDARD", "5"), (cx.c(["1.25mm BONE", "0.625mm BONEPLUS", "Bone Plus"]), "BONEPLUS", "0.625"),
                    (cx.c(["COR 2.5 BONE", "SAG 2.5", "Coronal 3mm"]), "BONE", "2.5")]
        k = cx.c(["STANDARD", "SOFT"])
        second = cx.c(["1.25mm LUNG", "Lung 1.25"]) if lung else cx.c(["COR 3MM", "SAG 3MM", "0.625mm BONE"])
        return [(cx.c([f"2.5mm {k[:4]}", f"5mm {k[:4]}", f"Axial 2.5 {k} TF-M"]), k, "2.5"), (second, "LUNG" if lung else k, "1.25"),
                (cx.c(["Coronal 3mm", "Sagittal 3mm", "Recon 3"]), "STANDARD", "3")]
    if v in ("Canon", "Toshiba"):
        if region in ("head", "face", "sinus", "temporal"):
            return [(cx.c(["Head 0.5", "AiCE Head 0.5", "HEAD 5.0"]), "FC26", "0.5"), ("AXIAL 5.0", "FC21", "5"), (cx.c(["COR 3.0", "SAG 3.0"]), "FC30", "3")]
        return [(cx.c(["Body 1.0 CE", "AiCE Body 1.0", "Vol 0.5"]), "FC08", "1"), ("AXIAL 5.0", "FC18", "5"),
                ("LUNG 1.0" if lung else cx.c(["COR 3.0", "SAG 3.0"]), "FC52" if lung else "FC08", "3")]
    if region in ("head", "face", "sinus", "temporal"):
        return [("iDose 4 Head(UB)", "UB", "3"), ("iDose 4 Bone(YB)", "YB", "1"), ("Coronal", "UB", "3")]
    return [("iDose 4 Standard(B)", "B", "2"), ("iDose 4 Lung(L)" if lung else "iDose 4 Bone(D)", "L" if lung else "D", "1"), ("Coronal", "B", "3")]


def dose_page(cx):
    v = cx.ctv
    mk = CT_MAKE[v][0]
    if v == "Siemens":
        return S({"Modality": "CT", "Manufacturer": mk, "SeriesDescription": "Patient Protocol", "ImageType": "DERIVED\\SECONDARY\\OTHER"},
                 [], None, "CT dose page: text, no anatomy", img=False)
    if cx.p(0.5):
        return S({"Modality": "SR", "Manufacturer": mk, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": "X-Ray Radiation Dose SR"},
                 [], None, "dose structured report: no pixels", img=False)
    return S({"Modality": "CT", "Manufacturer": mk, "SeriesDescription": {"GE": "Dose Report", "Philips": "Dose Info"}.get(v, "Dose Info"),
              "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, [], None, "CT dose screen: text, no anatomy", img=False)


def ct_study(cx, sd, labels, bp, alt, region, why, contrast=False, scout_lab=None, extra=None):
    ser = []
    m = ct_meta(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe(cx, m, bp, alt)
    ser.append(S(m, scout_lab or labels, None, why + "; the scout plans the exam"))
    for d, k, t in recons(cx, region):
        m = ct_meta(cx, d, k, t, ImageType="ORIGINAL\\PRIMARY\\AXIAL" if "Cor" not in d and "SAG" not in d.upper() else "DERIVED\\SECONDARY\\REFORMATTED")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["OMNIPAQUE 350", "Isovue 370", "Visipaque 320", "IOHEXOL", "Ultravist 370"])
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    for d, lab, w in extra or []:
        m = ct_meta(cx, d, None, None, ImageType="DERIVED\\SECONDARY\\REFORMATTED")
        bpe(cx, m, bp, alt)
        ser.append(S(m, lab, None, w))
    ser.append(dose_page(cx))
    return sd, ser


# ---------------------------------------------------------------- MR names

MRN = {
    "joint": {"Siemens": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "pd_tse_sag", "t2_tse_fs_sag"],
              "GE": ["3-Plane Loc", "Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag PD", "Sag T2 FS"],
              "Philips": ["Survey", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "PDW_TSE_SAG", "T2W_SPAIR_SAG"],
              "Canon": ["Locator", "PD FS COR", "PD FS SAG", "PD FS AX", "T1 COR", "PD SAG", "T2 FS SAG"]},
    "brain": {"Siemens": ["localizer", "AAHead_Scout_64ch-head-coil", "t1_mprage_sag_p2_iso", "t2_tse_tra_p2", "t2_tirm_tra_dark-fluid",
                          "ep2d_diff_tra_4scan_trace", "ep2d_diff_tra_4scan_trace_ADC", "t2_swi_tra_p2", "t1_mprage_tra_iso_POST"],
              "GE": ["3-Plane Loc", "Ax T2 FRFSE", "Ax T2 FLAIR", "Ax DWI 1000b", "Apparent Diffusion Coefficient (mm2/s)", "Ax SWAN",
                     "Sag 3D T1 BRAVO", "Ax T1 FS +C", "Sag CUBE T2 FLAIR"],
              "Philips": ["SmartExam", "sT1W_3D_TFE", "T2W_TSE", "T2W_FLAIR", "DWI_SSh", "dADC", "SWIp", "sT1W_3D_TFE +C"],
              "Canon": ["Locator", "T2 AX", "FLAIR AX", "DWI", "ADC", "3D T1 MPRAGE", "SWI", "T1 AX +C"]},
    "spine": {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t1_tse_sag_fs_post"],
              "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR", "Sag T1 FS +C"],
              "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG", "T1W_mDIXON_SAG +C"],
              "Canon": ["Locator", "T2 FSE SAG", "T1 FSE SAG", "T2 FSE AX", "STIR SAG", "T1 SAG FS +C"]},
    "liver": {"Siemens": ["localizer", "t2_haste_tra_mbh", "t1_vibe_dixon_tra_opp-in", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn", "t1_vibe_fs_tra_20min"],
              "GE": ["3-Plane Loc", "Ax SSFSE T2", "Ax LAVA-Flex", "Ax DWI b50 b800", "Ax LAVA MPh +C", "Cor FIESTA"],
              "Philips": ["Survey", "T2W_SSh_TRA", "mDIXON_TRA", "DWI_b800", "Dyn_eTHRIVE", "B-TFE_COR"],
              "Canon": ["Locator", "FASE T2 AX", "DIXON AX", "DWI", "DYN QUICK 3D", "TrueSSFP COR"]},
    "mrcp": {"Siemens": ["t2_space_cor_p3_trig_MRCP", "MIP_MRCP", "t2_haste_cor_mbh", "t2_haste_tra_mbh"],
             "GE": ["Cor 3D MRCP", "MIP 3D MRCP", "Ax SSFSE", "Cor SSFSE thick slab"],
             "Philips": ["3D_MRCP_RT", "MIP 3D_MRCP", "T2W_SSh_COR", "MRCP_thick slab"],
             "Canon": ["3D MRCP", "MIP MRCP", "FASE COR", "MRCP thick slab"]},
    "prostate": {"Siemens": ["localizer", "t2_tse_tra_prostate", "t2_tse_sag", "ep2d_diff_b50_800_1400_tra", "ep2d_diff_b50_800_1400_tra_ADC", "t1_vibe_tra_dyn"],
                 "GE": ["3-Plane Loc", "Ax T2 FRFSE small FOV", "Sag T2", "Ax DWI b1400", "ADC", "Ax DCE DISCO"],
                 "Philips": ["Survey", "T2W_TSE_ax", "T2W_TSE_sag", "DWI_b1400", "dADC", "DCE_eTHRIVE"],
                 "Canon": ["Locator", "T2 FSE AX", "T2 SAG", "DWI b1500", "ADC", "DCE 3D"]},
    "pelvis": {"Siemens": ["localizer", "t2_tse_sag", "t2_tse_tra_obl", "t2_tse_cor", "t1_tse_tra", "ep2d_diff_tra"],
               "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Ax obl T2", "Cor T2", "Ax T1", "Ax DWI"],
               "Philips": ["Survey", "T2W_TSE_SAG", "T2W_TSE_TRA_obl", "T2W_TSE_COR", "T1W_TSE_TRA", "DWI"],
               "Canon": ["Locator", "T2 SAG", "T2 AX OBL", "T2 COR", "T1 AX", "DWI"]},
    "breast": {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dyn_VIEWS", "t1_fl3d_tra_dyn_SUB", "ep2d_diff_tra", "MIP_SUB"],
               "GE": ["3-Plane Loc", "Ax T2 FSE", "Ax VIBRANT MPh", "Ax VIBRANT SUB", "Ax DWI", "MIP"],
               "Philips": ["Survey", "T2W_TSE", "eTHRIVE_dyn", "eTHRIVE_SUB", "DWI_b800", "MIP"],
               "Canon": ["Locator", "T2 AX", "DYN 3D", "SUB DYN", "DWI", "MIP"]},
    "cardiac": {"Siemens": ["localizer", "trufi_loc_multi", "cine_trufi_4ch", "cine_trufi_sa", "tfl_lge_psir_sa", "MOLLI T1 map", "T2 map"],
                "GE": ["3-Plane Loc", "FIESTA CINE 4CH", "FIESTA CINE SAX", "MDE PSIR SAX", "T1 Mapping", "2D FAST CINE"],
                "Philips": ["Survey", "BTFE_4CH", "BTFE_SA", "PSIR_LGE_SA", "MOLLI", "T2_map"],
                "Canon": ["Locator", "CINE 4CH", "CINE SA", "LGE SA", "T1map", "T2map"]},
    "neck": {"Siemens": ["localizer", "t2_tse_tra", "t1_tse_tra", "t2_tirm_cor", "t1_tse_fs_tra_post", "ep2d_diff_tra"],
             "GE": ["3-Plane Loc", "Ax T2 FS", "Ax T1", "Cor STIR", "Ax T1 FS +C", "Ax DWI"],
             "Philips": ["Survey", "T2W_TSE_TRA", "T1W_TSE_TRA", "STIR_COR", "T1W_mDIXON_TRA +C", "DWI"],
             "Canon": ["Locator", "T2 AX", "T1 AX", "STIR COR", "T1 FS AX +C", "DWI"]},
    "fetal": {"Siemens": ["localizer", "haste_cor", "haste_sag", "haste_tra", "trufi_cor"],
              "GE": ["3-Plane Loc", "SSFSE Cor", "SSFSE Sag", "SSFSE Ax", "FIESTA Cor"],
              "Philips": ["Survey", "T2W_SSh_COR", "T2W_SSh_SAG", "T2W_SSh_TRA", "BFFE_COR"],
              "Canon": ["Locator", "FASE COR", "FASE SAG", "FASE AX", "TrueSSFP COR"]},
}


def mr_study(cx, kind, labels, lat, bp, alt, why, n=None, prot=None):
    names = MRN[kind][cx.mrv]
    loc = names[0] if kind not in ("mrcp",) else None
    k = n or cx.c([3, 4, 5])
    body = names[1:] if loc else names
    pick = ([loc] if loc else []) + body[:k]
    ser = []
    for d in pick:
        scan = "GR" if any(x in d.lower() for x in ("loc", "survey", "scout", "vibe", "lava", "thrive", "mprage", "bravo", "tfe", "swi",
                                                  "swan", "dyn", "cine", "fiesta", "trufi", "lge", "mde", "psir", "fl3d")) else "SE"
        m = mr_meta(cx, d, scan)
        if "ADC" in d or "Apparent" in d or "MIP" in d or "SUB" in d:
            m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if "ADC" in d or "Appar" in d else "MIP" if "MIP" in d else "SUBTRACT")
        if prot and cx.p(0.6):
            m["ProtocolName"] = prot
        bpe(cx, m, bp, alt)
        if lat in ("L", "R") and cx.p(0.15):
            m["Laterality"] = lat
        w = why + ("; localizer of the exam" if d == loc else "; series named by sequence only")
        ser.append(S(m, labels, lat, w))
    return ser


# ---------------------------------------------------------------- families: limbs

def limb_code(cx, weights):
    return cx.c([c for c, n in weights for _ in range(n)])


def limb_order(cx, mod_en, mod_fr, code, side, tail_en="", fr_tail="", extra=False):
    en, frn, g, kind = part(cx, code, extra)
    if side == "B":
        sen, sfr = "BILATERAL", side_fr(cx, "B", g)
    else:
        sen, sfr = side_en(cx, side), side_fr(cx, side, g)
    en_t = f"{mod_en} {en} {tail_en} {sen}".replace("  ", " ").strip()
    if cx.style == "opc" and cx.p(0.5):
        en_t = f"{mod_en} {sen} {en} {tail_en}".replace("  ", " ").strip()
    fr_t = f"{mod_fr} {frn} {sfr} {fr_tail}".replace("  ", " ").strip()
    sd = T(cx, en_t, fr_t)
    word = sfr if cx.lang == "fr" else sen
    return sd, en, kind, word


def msk_xr(cx, one_side=False):
    code = limb_code(cx, [("KNEE", 5), ("HAND", 3), ("FOOT", 3), ("ANKLE", 4), ("WRIST", 4), ("SHOULDER", 4), ("HIP", 3), ("ELBOW", 2),
                          ("FOREARM", 2), ("LEG", 2), ("THIGH", 2), ("ARM", 2)])
    side = cx.c("LLLLRRRRB" if code in ("KNEE", "FOOT", "HAND", "ANKLE") and not one_side else "LLLRRR")
    if side == "B" and code == "KNEE" and cx.p(0.35):
        sd = T(cx, cx.c(["XR LOWER EXTREMITY BILATERAL SCANOGRAM", "XR LEG LENGTH STANDING BILATERAL", "XR BILATERAL LONG LEG STANDING"]),
               "RADIOGRAPHIE MEMBRES INFÉRIEURS BILATÉRAL DEBOUT (GONIOMÉTRIE)")
        m = xr_meta(cx, cx.c(["Long Leg", "LLL AP", "STITCHED", "Full Leg AP"]), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER EXTREMITY", "EXTREMITY"])
        return sd, [S(m, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if side == "B" and code == "HAND":
        sd = T(cx, cx.c(["XR HANDS BILATERAL 3+ VIEWS", "XR HAND 3+ VIEWS BILATERAL", "XR ARTHRITIS SURVEY HANDS AND FEET"]), "RX MAINS BILATÉRALES")
        feet = "FEET" in sd.upper()
        ser = []
        for d, c in [("BILAT HANDS PA", "HAND"), ("BILAT HANDS NORGAARD", "HAND")] + ([("BILAT FEET AP", "FOOT")] if feet else []):
            m = xr_meta(cx, d, "PA" if c == "HAND" else "AP")
            bpe(cx, m, c, ["EXTREMITY", "UPPER EXTREMITY" if c == "HAND" else "LOWER EXTREMITY"])
            ser.append(S(m, [c], "B", f"both {c.lower()}s on one film"))
        return sd, ser
    if side == "B":
        en = {"KNEE": "KNEES", "FOOT": "FEET", "ANKLE": "ANKLES"}[code]
        sd = T(cx, cx.c([f"XR {en} BILATERAL STANDING AP", f"XR {en} BILATERAL 3 VIEWS", f"XR {en} WEIGHT BEARING BILATERAL"]),
               {"KNEE": "RX GENOUX BILATÉRAL EN CHARGE", "FOOT": "RX PIEDS BILATÉRAL EN CHARGE", "ANKLE": "RX CHEVILLES BILATÉRALES"}[code])
        ser = []
        m = xr_meta(cx, cx.c([f"BILAT {code} AP STANDING", f"{en} AP WB", "AP STANDING"]), "AP")
        bpe(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY"])
        ser.append(S(m, [code], "B", f"both {en.lower()} on one weight-bearing film"))
        for s2 in "LR":
            m = xr_meta(cx, cx.c([f"{code} LAT", "LAT", f"{code} LATERAL"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, [code], s2, f"one lateral of a bilateral order; ImageLaterality {s2} says which"))
        return sd, ser
    extra = cx.p(0.3)
    en, frn, g, kind = part(cx, code, extra)
    views, count = XR_VIEWS[kind]
    sen = side_en(cx, side)
    sfr = side_fr(cx, side, g)
    if code == "HIP" and cx.p(0.6):
        en_t = cx.c([f"XR HIP {sen} W PELVIS 2-3 VIEWS", f"XR HIP UNILATERAL W PELVIS 2-3 VIEWS {sen}"])
        fr_t = f"RX BASSIN ET HANCHE {sfr}"
        sd = T(cx, en_t, fr_t)
        word = sfr if cx.lang == "fr" else sen
        m = xr_meta(cx, cx.c(["AP PELVIS", "PELVIS AP", "AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "AP pelvis of a hip order: pelvis and both hips on the film")]
        m = xr_meta(cx, cx.c(["FROG LAT", "HIP LAT", "CROSS TABLE LAT", f"{side} HIP FROG"]), "LAT")
        if cx.p(0.5):
            m["ImageLaterality"] = side
        bpe(cx, m, "HIP", ["PELVIS"])
        ser.append(S(m, ["HIP"], side, f"lateral of one hip, side from the order ({word})"))
        return sd, ser
    if cx.lang == "fr":
        sd = T(cx, "", cx.c([f"RX {frn} {sfr}", f"RADIOGRAPHIE {frn} {sfr}", f"RX {frn} {sfr} {cx.c(['2 INCIDENCES', '3 INCIDENCES', 'FACE ET PROFIL'])}"]))
        word = sfr
    else:
        en_t = cx.c([f"XR {en} {count} {sen}", f"XR {en} {sen} {count}", f"XR {en} {count} {sen}"])
        if cx.style == "opc" or (cx.style == "tele" and cx.p(0.5)):
            en_t = cx.c([f"XR {sen} {en} {count}", f"XR {en} {sen} {len(views)}V"])
        sd = T(cx, en_t)
        toks = [w for w in re.split(r"[\W_]+", sd.upper()) if w in ("LEFT", "RIGHT", "LT", "RT")]
        word = toks[0] if toks else sen
    why = f"{code.lower()} radiograph, side from the order ({word})" + (f"; {en.lower()} folds into {code.lower()}" if en.split()[0] not in (code, "TIB", "TIBIA") else "")
    ser = []
    for vd in views[:cx.c([2, 3, 3, len(views)])]:
        vdesc = FR_VIEWS.get(vd, vd) if cx.lang == "fr" and cx.p(0.5) else vd
        desc = cx.c([f"{en.replace('(S)', '')} {vdesc}", vdesc, f"{vdesc}"])
        if cx.xrv == "Konica" and cx.p(0.5):
            desc = f"{en.split()[0].replace('(S)', '')} {vdesc}"
        m = xr_meta(cx, desc.strip(), {"OBL": None, "AXIAL": None}.get(vd, "LAT" if "LAT" in vd or vd in ("Y VIEW", "AXILLARY") else "AP" if vd.startswith("AP") or vd in ("MORTISE", "GRASHEY") else "PA" if vd.startswith("PA") else None))
        if cx.p(0.5):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.xrv == "Fujifilm" and cx.p(0.5):
            m["AcquisitionDeviceProcessingDescription"] = f"{en.split()[0].replace('(S)', '')} {vd.split()[0]}"
        bpe(cx, m, {"ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": cx.c(["LEG", "TIBIA"])}.get(code, code),
            ["EXTREMITY", "LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY"])
        ser.append(S(m, [code], side, why))
    return sd, ser


MR_PROT = {"KNEE": "KNEE ROUTINE", "SHOULDER": "SHOULDER ROUTINE", "HIP": "HIP UNILATERAL", "ANKLE": "ANKLE ROUTINE", "FOOT": "FOREFOOT",
           "WRIST": "WRIST ROUTINE", "ELBOW": "ELBOW", "HAND": "HAND/FINGER", "THIGH": "FEMUR MASS", "LEG": "TIB FIB", "FOREARM": "FOREARM MASS",
           "ARM": "HUMERUS"}


def msk_mr(cx):
    code = limb_code(cx, [("KNEE", 7), ("SHOULDER", 5), ("ANKLE", 2), ("HIP", 2), ("WRIST", 2), ("FOOT", 2), ("ELBOW", 1), ("HAND", 1),
                          ("THIGH", 1), ("LEG", 1), ("FOREARM", 1), ("ARM", 1)])
    side = cx.c("LLLRRR")
    en, frn, g, kind = part(cx, code)
    generic = code in ("KNEE", "ANKLE", "HIP", "FOOT") and cx.lang == "en" and cx.style in ("epic", "cerner") and cx.p(0.35)
    contrast = cx.c(["WO CONTRAST", "WO CONTRAST", "W WO CONTRAST"]) if code not in ("THIGH", "FOREARM", "LEG", "ARM") else "W WO CONTRAST"
    arthro = code in ("SHOULDER", "HIP") and cx.p(0.3)
    sen = side_en(cx, side)
    sfr = side_fr(cx, side, g)
    if generic:
        en_t = f"MRI LOWER EXTREMITY JOINT {sen} {contrast}" if code != "FOOT" or cx.p(0.5) else f"MRI LOWER EXTREMITY NON JOINT {sen} {contrast}"
        if code == "HIP":
            en_t = f"MRI HIP {sen} {contrast}"
    elif arthro:
        en_t = f"MR ARTHROGRAM {en} {sen}"
    else:
        big = {"THIGH": "MRI LOWER EXTREMITY NON JOINT FEMUR", "LEG": "MRI LOWER EXTREMITY NON JOINT TIB FIB", "FOREARM": "MRI UPPER EXTREMITY NON JOINT FOREARM",
               "ARM": "MRI UPPER EXTREMITY NON JOINT HUMERUS"}
        en_t = cx.c([f"MRI {en} {sen} {contrast}", f"MRI {en} {contrast} {sen}"]) if code not in big else f"{big[code]} {sen} {contrast}"
    fr_t = cx.c([f"IRM {frn} {sfr}", f"IRM {frn} {sfr} SANS CONTRASTE", f"IRM DU {frn} {sfr}" if g == "m" else f"IRM {frn} {sfr}"])
    if arthro:
        fr_t = f"ARTHRO-IRM {frn} {sfr}"
    sd = T(cx, en_t, fr_t)
    word = sfr if cx.lang == "fr" else sen
    why = f"{code.lower()} MR, side from the order ({word})"
    bpa = {"KNEE": ["EXTREMITY", "LEG", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "UPPER EXTREMITY", "ARM"], "ANKLE": ["FOOT", "EXTREMITY"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"], "HAND": ["WRIST"],
           "THIGH": ["LEG", "HIP"], "LEG": ["KNEE", "EXTREMITY"], "FOREARM": ["ARM"], "ARM": ["SHOULDER"]}[code]
    prot = MR_PROT[code] if cx.mrv != "Siemens" else cx.c([f"{code.lower()}_routine", f"{en.split()[0].lower()}"])
    ser = mr_study(cx, "joint", [code], side, code if code not in ("THIGH", "ARM") else {"THIGH": "FEMUR", "ARM": "HUMERUS"}[code], bpa, why,
                   prot=prot if not generic else None)
    if generic:
        for s in ser:
            s["meta"]["ProtocolName"] = prot
            s["why"] += f"; the order names only a lower-limb joint, the protocol says {code.lower()}"
    if arthro:
        mk = XR_MAKE["Siemens" if cx.xrv not in ("Philips", "GE") else cx.xrv]
        for d in ["FLUORO SPOT", "INJECTION"]:
            m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(["Luminos dRF Max", "CombiDiagnost R90", "Precision 500D"]), "SeriesDescription": d}
            bpe(cx, m, code, None, p_missing=0.4)
            ser.append(S(m, [code], side, f"arthrogram injection of the {code.lower()} before MR; side from the order ({word})"))
    return sd, ser


def msk_ct(cx):
    code = cx.c(["ANKLE", "KNEE", "WRIST", "SHOULDER", "FOOT", "ELBOW", "HIP"])
    side = cx.c("LR")
    sd, en, kind, word = limb_order(cx, "CT", cx.c(["TDM", "TACO"]), code, side, "WO CONTRAST", "SANS CONTRASTE")
    sd2, ser = ct_study(cx, sd, [code], code, ["EXTREMITY", "LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY"], "limb",
                        f"{code.lower()} CT, side from the order ({word})")
    for s in ser:
        if s["labels"]:
            s["laterality"] = side
    return sd2, ser


def msk_us(cx):
    code = cx.c(["SHOULDER", "SHOULDER", "HAND", "WRIST", "ELBOW", "KNEE", "HIP", "FOREARM", "THIGH"])
    side = cx.c("LR")
    en, frn, g, kind = part(cx, code)
    sen, sfr = side_en(cx, side), side_fr(cx, side, g)
    if code in ("FOREARM", "THIGH", "KNEE"):
        en_t = f"US EXTREMITY NONVASCULAR LIMITED {sen}"
    else:
        en_t = cx.c([f"US {en} {sen}", f"US EXTREMITY NONVASCULAR COMPLETE {sen}"])
    sd = T(cx, en_t, f"ÉCHOGRAPHIE {frn} {sfr}")
    generic = "EXTREMITY" in sd.upper()
    desc = {"FOREARM": "FOREARM MASS", "THIGH": "THIGH MASS", "KNEE": cx.c(["BAKER CYST", "POPLITEAL FOSSA"]), "SHOULDER": "ROTATOR CUFF",
            "HAND": "FINGER", "WRIST": "GANGLION WRIST", "ELBOW": "ELBOW", "HIP": "HIP EFFUSION"}[code]
    word = sfr if cx.lang == "fr" else sen
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, desc if generic or cx.p(0.4) else None)
        if generic:
            m["SeriesDescription"] = desc
        bpe(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.4)
        ser.append(S(m, [code], side, f"{code.lower()} ultrasound, side from the order ({word})" + ("; region from the series text" if generic else "")))
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if cx.style == "tele":
        return msk_xr(cx) if r < 0.7 else msk_ct(cx) if r < 0.9 else msk_us(cx)
    if r < 0.45:
        return msk_xr(cx)
    if r < 0.82:
        return msk_mr(cx)
    if r < 0.9:
        return msk_ct(cx)
    return msk_us(cx)


# ---------------------------------------------------------------- spine

def spine(cx):
    reg = cx.c(["l"] * 5 + ["c"] * 4 + ["t"] * 2 + ["ws", "tl", "sac"])
    mod = cx.c(["MR", "MR", "MR", "XR", "XR", "CT"])
    if reg == "ws":
        mod = cx.c(["MR", "XR"])
    if reg in ("tl", "sac"):
        mod = "XR"
    en = {"c": "CERVICAL SPINE", "t": "THORACIC SPINE", "l": "LUMBAR SPINE", "ws": "SPINE CERVICAL THORACIC LUMBAR", "tl": "THORACOLUMBAR SPINE",
          "sac": "SACRUM AND COCCYX"}[reg]
    fr = {"c": "COLONNE CERVICALE", "t": "COLONNE DORSALE", "l": "COLONNE LOMBAIRE", "ws": "COLONNE TOTALE", "tl": "COLONNE DORSO-LOMBAIRE",
          "sac": "SACRUM ET COCCYX"}[reg]
    labels = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "tl": ["TSPINE", "LSPINE"], "sac": ["PELVIS"]}[reg]
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE", "tl": "TLSPINE", "sac": "SACRUM"}[reg]
    alt = {"c": ["SPINE", "NECK"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE"], "ws": ["WHOLESPINE", "CSPINE"],
           "tl": ["SPINE", "TSPINE"], "sac": ["PELVIS", "LSPINE", "SPINE"]}[reg]
    why = f"{en.lower()}: {'+'.join(labels)}" + ("; sacrum and coccyx fold into the pelvis" if reg == "sac" else "")
    if mod == "MR":
        c = cx.c(["WO CONTRAST", "WO CONTRAST", "W WO CONTRAST"])
        sd = T(cx, cx.c([f"MRI {en} {c}", f"MRI {en} {c}"]) if cx.style != "opc" else f"MRI {en.replace(' SPINE', '').replace('CERVICAL', 'C-SPINE').replace('LUMBAR', 'L-SPINE').replace('THORACIC', 'T-SPINE')} {c}",
               f"IRM {fr}")
        prot = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE ROUTINE", "ws": "TOTAL SPINE"}[reg]
        ser = mr_study(cx, "spine", labels, None, bp, alt, why, prot=prot)
        if reg == "ws":
            for s in ser[1:3]:
                s["meta"]["SeriesDescription"] += cx.c(["_COMPOSED", " COMP", " Composed"])
        return sd, ser
    if mod == "CT":
        sd = T(cx, f"CT {en} WO CONTRAST", f"{cx.c(['TDM', 'TACO'])} {fr}")
        return ct_study(cx, sd, labels, bp, alt, "cspine" if reg == "c" else "lspine", why)
    views = {"c": "2-3 VIEWS", "t": "2 VIEWS", "l": "2-3 VIEWS", "ws": "SCOLIOSIS 2 VIEWS", "tl": "2 VIEWS", "sac": "2+ VIEWS"}[reg]
    flex = reg in ("c", "l") and cx.p(0.3)
    sd = T(cx, f"XR {en} {views}" if not flex else f"XR {en} FLEXION EXTENSION", f"RX {fr}" + (" FLEXION-EXTENSION" if flex else ""))
    ser = []
    vs = [("AP", "AP"), ("LAT", "LAT")] + ([("FLEXION", "LAT"), ("EXTENSION", "LAT")] if flex else []) + ([("ODONTOID", "AP")] if reg == "c" and cx.p(0.5) else [])
    for vd, vp in vs:
        m = xr_meta(cx, cx.c([f"{bp} {vd}", vd, f"{en.split()[0]} {vd}"]) if reg != "ws" else cx.c(["SCOLIOSIS PA", "FULL SPINE PA", "STITCHED PA"]), vp)
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    return sd, ser


# ---------------------------------------------------------------- breast

def breast(cx):
    kind = cx.c(["screen"] * 5 + ["diag"] * 3 + ["us"] * 3 + ["mr"] * 2 + ["biopsy", "loc", "usbx"])
    ser = []
    if kind in ("screen", "diag"):
        tomo = cx.p(0.75) or cx.site == "us-opc"
        one = kind == "diag" and cx.p(0.55)
        sides = [cx.c("LR")] if one else ["R", "L"]
        if kind == "screen":
            sd = {"on": cx.c(["OBSP Screening Mammogram", "Mammogram Screening Bilateral", "MAMMO SCREENING BILATERAL W TOMO"]),
                  "qc": cx.c(["MAMMOGRAPHIE DE DÉPISTAGE BILATÉRALE (PQDCS)", "MAMMO DÉPISTAGE PQDCS", "MAMMOGRAPHIE DE DEPISTAGE"])}.get(
                cx.style, T(cx, cx.c(["MAMMO SCREENING BILATERAL W TOMO", "MG DIGITAL SCREENING BILATERAL W CAD", "MAMMO SCREENING BILATERAL 3D",
                                      "SCREENING MAMMOGRAM BILATERAL W TOMOSYNTHESIS"])))
            if cx.lang == "en" and cx.style == "qc":
                sd = "MAMMO SCREENING BILATERAL W TOMO"
        elif one:
            sd = T(cx, f"MAMMO DIAGNOSTIC {side_en(cx, sides[0])} W TOMO", f"MAMMOGRAPHIE DIAGNOSTIQUE {side_fr(cx, sides[0], 'f')}")
        else:
            sd = T(cx, cx.c(["MAMMO DIAGNOSTIC BILATERAL W TOMO", "MG DIAGNOSTIC MAMMO BILATERAL"]), "MAMMOGRAPHIE DIAGNOSTIQUE BILATÉRALE")
        cx.cpt = "77067" if kind == "screen" else ("77065" if one else "77066")
        for s in sides:
            views = ["CC", "MLO"] + (["ML", "CC SPOT"] if kind == "diag" and cx.p(0.4) else [])
            for view in views:
                items = [(f"{s} {view}", "ORIGINAL\\PRIMARY")]
                if tomo and "SPOT" not in view:
                    items.append((cx.c([f"{s} {view} Tomosynthesis Reconstruction", f"{s}{view} Tomo Recon"]), "DERIVED\\PRIMARY\\TOMOSYNTHESIS\\NONE"))
                    items.append((f"{s} {view} C-View", "DERIVED\\PRIMARY\\TOMO_2D\\GENERATED_2D"))
                for d, it in items:
                    m = {"Modality": "MG", "Manufacturer": HOLOGIC[0], "ManufacturerModelName": cx.c(HOLOGIC[1]), "SeriesDescription": d,
                         "ImageLaterality": s, "ViewPosition": view.split()[0], "ImageType": it}
                    if cx.p(0.4):
                        m["Laterality"] = s
                    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.1, p_alt=0.03)
                    ser.append(S(m, ["BREAST"], s, f"mammogram image of one breast, ImageLaterality {s}"))
        if cx.p(0.35):
            ser.append(S({"Modality": "SR", "Manufacturer": "iCAD, Inc." if cx.p(0.5) else HOLOGIC[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50",
                          "SeriesDescription": cx.c(["Mammography CAD SR", "ProFound AI CAD SR", "Breast Density"])}, [], None, "CAD structured report: no pixels", img=False))
        return sd, ser
    if kind == "us":
        s = cx.c("LLRRB")
        lim = cx.c(["LIMITED", "COMPLETE"])
        sd = T(cx, f"US BREAST {side_en(cx, s)} {lim}", f"ÉCHOGRAPHIE MAMMAIRE {side_fr(cx, s, 'f')}")
        cx.cpt = "76642" if lim == "LIMITED" else "76641"
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx)
            if s != "B" and cx.p(0.5):
                clock = cx.c(["2:00", "10:00", "12:00", "3:00 4CMFN", "AXILLA"])
                m["SeriesDescription"] = f"{'RT' if s == 'R' else 'LT'} BREAST {clock}" if cx.lang == "en" else f"SEIN {side_fr(cx, s, 'm', abbr=True)} {clock}"
            bpe(cx, m, "BREAST", None, p_missing=0.4)
            ser.append(S(m, ["BREAST"], s, "breast ultrasound, side from the order"))
        return sd, ser
    if kind == "mr":
        sd = T(cx, cx.c(["MRI BREAST BILATERAL W WO CONTRAST", "MRI BREAST BILATERAL W WO CONTRAST ABBREVIATED"]), "IRM MAMMAIRE BILATÉRALE")
        ser = mr_study(cx, "breast", ["BREAST"], "B", "BREAST", ["CHEST"], "bilateral breast MR: both breasts", n=cx.c([3, 4, 5]))
        return sd, ser
    s = cx.c("LR")
    if kind == "usbx":
        sd = T(cx, f"US BREAST BIOPSY {side_en(cx, s)}", f"BIOPSIE SEIN {side_fr(cx, s, 'm')} SOUS ÉCHOGRAPHIE")
        for d in ["PRE", "NEEDLE", "POST FIRE"]:
            m = us_meta(cx, cx.c([d, f"{'RT' if s == 'R' else 'LT'} {d}"]) if cx.lang == "en" else d)
            bpe(cx, m, "BREAST", None, p_missing=0.4)
            ser.append(S(m, ["BREAST"], s, "ultrasound-guided breast biopsy of one breast"))
        return sd, ser
    if kind == "loc":
        sd = T(cx, f"MAMMO NEEDLE LOCALIZATION {side_en(cx, s)}", f"REPÉRAGE PRÉOPÉRATOIRE SEIN {side_fr(cx, s, 'm')}")
        names = ["CC", "ML", "POST LOC CC", "SPECIMEN"]
    else:
        sd = T(cx, f"MAMMO STEREOTACTIC BIOPSY {side_en(cx, s)}", f"BIOPSIE STÉRÉOTAXIQUE SEIN {side_fr(cx, s, 'm')}")
        names = ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]
    for d in names:
        m = {"Modality": "MG", "Manufacturer": HOLOGIC[0], "ManufacturerModelName": "Affirm Prone Biopsy System" if cx.p(0.3) and kind == "biopsy" else cx.c(HOLOGIC[1]),
             "SeriesDescription": d, "ImageLaterality": s}
        bpe(cx, m, "BREAST", None, p_missing=0.2)
        ser.append(S(m, ["BREAST"], s, "specimen radiograph of tissue from one breast: that breast" if d.upper() == "SPECIMEN" else "image of one breast during a procedure"))
    return sd, ser


# ---------------------------------------------------------------- neuro, stroke, head and neck

def neuro(cx):
    k = cx.c(["ctH", "ctH", "mrb", "mrb", "mrb", "mrbseiz", "mra", "mran", "mrv"]) if cx.style != "tele" else "ctH"
    if k == "ctH":
        sd = T(cx, cx.c(["CT HEAD WO CONTRAST", "CT HEAD WO CONTRAST", "CT BRAIN WO CONTRAST"]), cx.c(["TDM CÉRÉBRALE SANS CONTRASTE", "TACO CÉRÉBRAL", "TDM TÊTE SANS C+"]))
        cx.cpt = "70450"
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN", "SKULL"], "head", "head CT")
    if k in ("mrb", "mrbseiz"):
        en = cx.c(["MRI BRAIN W WO CONTRAST", "MRI BRAIN WO CONTRAST", "MRI BRAIN W WO CONTRAST"]) if k == "mrb" else cx.c(["MRI BRAIN SEIZURE PROTOCOL W WO CONTRAST", "MRI BRAIN MS PROTOCOL W WO CONTRAST"])
        sd = T(cx, en, cx.c(["IRM CÉRÉBRALE", "IRM CÉRÉBRALE AVEC GADOLINIUM", "IRM ENCÉPHALE"]))
        cx.cpt = "70553" if "W WO" in en else "70551"
        return sd, mr_study(cx, "brain", ["HEAD"], None, "HEAD", ["BRAIN"], "brain MR", n=cx.c([4, 5, 6]), prot=cx.c(["BRAIN WWO", "BRAIN ROUTINE", "Neuro^Brain"]))
    if k == "mra":
        sd = T(cx, "MRA HEAD WO CONTRAST", "ANGIO-IRM CÉRÉBRALE")
        names = {"Siemens": ["localizer", "tof_3d_multi-slab", "tof_3d_multi-slab_MIP_SAG", "tof_3d_multi-slab_MIP_COR"],
                 "GE": ["3-Plane Loc", "Ax 3D TOF", "3D TOF MIP", "3D TOF MIP COR"], "Philips": ["Survey", "TOF_3D_multi", "MIP TOF", "MIP TOF COR"],
                 "Canon": ["Locator", "TOF 3D", "MIP TOF", "MIP TOF COR"]}[cx.mrv]
        ser = []
        for d in names:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "HEAD", ["BRAIN", "CIRCLE OF WILLIS"])
            ser.append(S(m, ["HEAD"], None, "intracranial MR angiography: head"))
        return sd, ser
    if k == "mrv":
        sd = T(cx, "MRV HEAD WO CONTRAST", "VEINO-IRM CÉRÉBRALE")
        ser = []
        for d in ["2D TOF VENOGRAM", "MIP SAG", "MIP COR"]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "HEAD", ["BRAIN"])
            ser.append(S(m, ["HEAD"], None, "cerebral venous MR: head"))
        return sd, ser
    sd = T(cx, "MRA NECK W WO CONTRAST", "ANGIO-IRM DES VAISSEAUX DU COU")
    ser = []
    for d in ["3-Plane Loc" if cx.mrv == "GE" else "localizer", "Cor CE-MRA", "CE MRA MIP", "Ax 2D TOF Neck"]:
        m = mr_meta(cx, d, "GR")
        bpe(cx, m, "NECK", ["CAROTID", "HEADNECK"])
        ser.append(S(m, ["NECK"], None, "neck MR angiography (carotid and vertebral arteries): neck"))
    return sd, ser


def rapid(cx, d):
    return {"Modality": cx.c(["OT", "CT"]) if "CT" not in d else "CT", "Manufacturer": "iSchemaView", "ManufacturerModelName": "RAPID",
            "SeriesDescription": d, "ImageType": "DERIVED\\SECONDARY"}


def stroke(cx):
    k = cx.c(["cth", "cta", "cta", "ctp", "mr"])
    if k == "cth":
        sd = T(cx, cx.c(["CT HEAD WO CONTRAST CODE STROKE", "CT HEAD STROKE ALERT WO CONTRAST", "CT HEAD WO CONTRAST"]),
               cx.c(["TDM CÉRÉBRALE CODE AVC", "TDM CÉRÉBRALE SANS CONTRASTE (AVC)"]))
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN"], "head", "non-contrast head CT of a stroke code")
    if k == "cta":
        sd = T(cx, cx.c(["CTA HEAD AND NECK W CONTRAST", "CTA HEAD NECK W WO CONTRAST", "CT ANGIO HEAD NECK STROKE"]),
               cx.c(["ANGIO-TDM CÉRÉBRALE ET CERVICALE", "ANGIOSCAN TRONCS SUPRA-AORTIQUES ET CÉRÉBRAL"]))
        extra = [(cx.c(["MIP COR 10mm", "CTA H/N MIP AX", "MIP SAG"]), ["HEAD", "NECK"], "CTA MIP arch to vertex: head+neck"),
                 ("VR Circle of Willis", ["HEAD"], "circle of Willis volume render: head")]
        sd, ser = ct_study(cx, sd, ["HEAD", "NECK"], "HEADNECK", ["HEAD", "NECK", "CAROTID"], "neck", "CTA arch to vertex: head+neck", contrast=True, extra=extra)
        if cx.p(0.4):
            m = rapid(cx, "RAPID CTA Summary")
            ser.append(S(m, ["HEAD"], None, "vessel-density map of the brain from the CTA: head"))
        return sd, ser
    if k == "ctp":
        sd = T(cx, cx.c(["CT PERFUSION HEAD W CONTRAST", "CT CEREBRAL PERFUSION ANALYSIS"]), "TDM DE PERFUSION CÉRÉBRALE")
        ser = []
        m = ct_meta(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        ser.append(S(m, ["HEAD"], None, "scout of a brain perfusion CT"))
        m = ct_meta(cx, cx.c(["Perfusion 4D  5.0  Hr36", "BRAIN PERFUSION 5mm", "Neuro VPCT"]), None, "5", ContrastBolusAgent="OMNIPAQUE 350")
        bpe(cx, m, "HEAD", ["BRAIN"])
        ser.append(S(m, ["HEAD"], None, "brain perfusion CT"))
        for d in ["RAPID CBF", "RAPID Tmax", "RAPID Summary", "RAPID Mismatch"]:
            m = rapid(cx, d)
            ser.append(S(m, ["HEAD"], None, "perfusion maps of the brain: head"))
        return sd, ser
    sd = T(cx, cx.c(["MRI BRAIN STROKE LIMITED WO CONTRAST", "MRI BRAIN WO CONTRAST"]), "IRM CÉRÉBRALE PROTOCOLE AVC")
    return sd, mr_study(cx, "brain", ["HEAD"], None, "HEAD", ["BRAIN"], "brain MR for stroke", n=3)


def headneck(cx):
    k = cx.c(["neckct", "sinus", "temporal", "orbitct", "neckmr", "iac", "pit", "orbitmr", "thyus", "mbs", "panorex", "stneck"])
    if cx.style == "tele":
        k = cx.c(["neckct", "sinus", "orbitct", "thyus", "stneck"])
    if k == "neckct":
        sd = T(cx, "CT SOFT TISSUE NECK W CONTRAST", "TDM COU AVEC CONTRASTE")
        return ct_study(cx, sd, ["NECK"], "NECK", ["HEADNECK", "HEAD"], "neck", "soft-tissue neck CT", contrast=True)
    if k in ("sinus", "temporal", "orbitct"):
        en = {"sinus": "CT SINUS WO CONTRAST", "temporal": "CT TEMPORAL BONES WO CONTRAST", "orbitct": "CT ORBITS W CONTRAST"}[k]
        fr = {"sinus": "TDM SINUS", "temporal": "TDM ROCHERS", "orbitct": "TDM ORBITES"}[k]
        sd = T(cx, en, fr)
        return ct_study(cx, sd, ["HEAD"], {"sinus": "SINUS", "temporal": "IAC", "orbitct": "ORBIT"}[k], ["HEAD", "SKULL"], k if k != "orbitct" else "face",
                        f"{k} CT: head")
    if k in ("iac", "pit", "orbitmr"):
        en = {"iac": "MRI IAC W WO CONTRAST", "pit": "MRI PITUITARY W WO CONTRAST", "orbitmr": "MRI ORBITS W WO CONTRAST"}[k]
        fr = {"iac": "IRM CONDUITS AUDITIFS INTERNES", "pit": "IRM HYPOPHYSE", "orbitmr": "IRM ORBITES"}[k]
        sd = T(cx, en, fr)
        names = {"iac": ["3D CISS 0.5", "Ax T1 +C IAC", "Cor T1 FS +C"], "pit": ["Cor T1 pit", "Sag T1 pit", "Cor T1 DYN pit +C"],
                 "orbitmr": ["Cor STIR orbits", "Ax T1 orbits", "Cor T1 FS +C"]}[k]
        ser = []
        for d in ["localizer" if cx.mrv == "Siemens" else "3-Plane Loc"] + names:
            m = mr_meta(cx, d)
            bpe(cx, m, "HEAD", ["IAC", "PITUITARY", "ORBIT", "BRAIN"])
            ser.append(S(m, ["HEAD"], None, f"{k} MR: head"))
        return sd, ser
    if k == "neckmr":
        sd = T(cx, "MRI NECK SOFT TISSUE W WO CONTRAST", "IRM DU COU")
        return sd, mr_study(cx, "neck", ["NECK"], None, "NECK", ["HEADNECK", "HEAD"], "neck MR")
    if k == "thyus":
        sd = T(cx, cx.c(["US THYROID", "US SOFT TISSUE HEAD NECK"]), "ÉCHOGRAPHIE THYROÏDIENNE")
        ser = []
        for d in cx.c([[None], ["RT LOBE", "LT LOBE"], ["THYROID"]]):
            m = us_meta(cx, d)
            bpe(cx, m, "NECK", ["THYROID"], p_missing=0.38, p_alt=0.3)
            ser.append(S(m, ["NECK"], None, "thyroid ultrasound: neck (a lobe's side is not a limb side)"))
        return sd, ser
    if k == "mbs":
        sd = T(cx, cx.c(["FL MODIFIED BARIUM SWALLOW", "FL VIDEO SWALLOW STUDY W SPEECH"]), "VIDÉOFLUOROSCOPIE DE DÉGLUTITION")
        m = {"Modality": "RF", "Manufacturer": "SIEMENS", "ManufacturerModelName": "Luminos dRF Max", "SeriesDescription": cx.c(["LAT", "Video LAT", "Fluoro Loop"])}
        bpe(cx, m, "NECK", ["PHARYNX", "HEAD"], p_missing=0.4)
        return sd, [S(m, ["HEAD", "NECK"], None, "oral and pharyngeal swallow: head+neck")]
    if k == "panorex":
        sd = T(cx, cx.c(["XR PANOREX", "XR MANDIBLE PANORAMIC"]), "RX PANORAMIQUE DENTAIRE")
        m = {"Modality": "PX", "Manufacturer": "Carestream Health", "ManufacturerModelName": "CS 8100", "SeriesDescription": "Panoramic"}
        bpe(cx, m, "JAW", ["MANDIBLE", "HEAD"], p_missing=0.4)
        return sd, [S(m, ["HEAD"], None, "panoramic jaw film: head")]
    sd = T(cx, "XR SOFT TISSUE NECK 2 VIEWS", "RX TISSUS MOUS DU COU")
    ser = []
    for vd, vp in [("AP", "AP"), ("LAT", "LAT")]:
        m = xr_meta(cx, f"NECK {vd}", vp)
        bpe(cx, m, "NECK", ["CSPINE"])
        ser.append(S(m, ["NECK"], None, "soft-tissue neck film (airway): neck"))
    return sd, ser


# ---------------------------------------------------------------- chest, cardio

def chest(cx):
    k = cx.c(["cxr2", "cxr2", "cxr1", "cxr1", "ctc", "ctwo", "ldct", "ctpa", "hrct", "ribs"])
    if k in ("cxr2", "cxr1"):
        two = k == "cxr2"
        sd = T(cx, "XR CHEST 2 VIEWS" if two else cx.c(["XR CHEST 1 VIEW", "XR CHEST PORTABLE 1 VIEW", "XR CHEST 1 VIEW AP PORTABLE"]),
               "RX POUMONS" + cx.c([" PA ET LATÉRAL", " F+P", ""]) if two else cx.c(["RX POUMONS AU LIT", "RX PULMONAIRE PORTATIF"]))
        cx.cpt = "71046" if two else "71045"
        ser = []
        for d, vp in ([("PA", "PA"), ("LATERAL", "LL")] if two else [("AP PORTABLE", "AP")]):
            m = xr_meta(cx, cx.c([f"CHEST {d}", d, f"Chest {d if len(d) <= 2 else d.title()}"]), vp, portable=not two)
            bpe(cx, m, "CHEST", ["LUNG", "THORAX"])
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    if k == "ribs":
        s = cx.c("LR")
        sd = T(cx, f"XR RIBS UNILATERAL W PA CHEST {side_en(cx, s)}", f"RX GRILL COSTAL {side_fr(cx, s, 'm')}")
        ser = []
        for d, vp in [("PA CHEST", "PA"), ("RIBS AP", "AP"), ("RIBS OBL", None)]:
            m = xr_meta(cx, d, vp)
            bpe(cx, m, "CHEST", ["RIBS"])
            ser.append(S(m, ["CHEST"], None, "rib series of one side: ribs fold into the chest, which carries no side"))
        return sd, ser
    en = {"ctc": "CT CHEST W CONTRAST", "ctwo": "CT CHEST WO CONTRAST", "ldct": "CT CHEST LOW DOSE LUNG CANCER SCREENING",
          "ctpa": "CTA CHEST PE W CONTRAST", "hrct": "CT CHEST HIGH RESOLUTION WO CONTRAST"}[k]
    fr = {"ctc": "TDM THORAX AVEC CONTRASTE", "ctwo": "TDM THORAX SANS CONTRASTE", "ldct": "TDM THORAX FAIBLE DOSE DÉPISTAGE",
          "ctpa": "ANGIO-TDM PULMONAIRE (EP)", "hrct": "TDM THORAX HAUTE RÉSOLUTION"}[k]
    sd = T(cx, en, fr)
    cx.cpt = {"ctc": "71260", "ctwo": "71250", "ldct": "71271", "ctpa": "71275", "hrct": "71250"}[k]
    return ct_study(cx, sd, ["CHEST"], "CHEST", ["LUNG", "THORAX"], "chest", "chest CT", contrast=k in ("ctc", "ctpa"))


def cardio(cx):
    k = cx.c(["mpi", "mpi", "ccta", "cas", "cmr", "echo", "cath", "muga"])
    if k == "mpi":
        sd = T(cx, cx.c(["NM MYOCARDIAL PERFUSION SPECT MULTIPLE", "NM MYOCARDIAL PERFUSION SPECT MULTIPLE W EXERCISE", "NM CARDIAC REGADENOSON STRESS REST"]),
               "SCINTIGRAPHIE MYOCARDIQUE DE PERFUSION")
        cx.cpt = "78452"
        mk = cx.c([("GE MEDICAL SYSTEMS", "Discovery NM 530c"), ("SIEMENS NM", "Symbia Intevo Bold"), ("Spectrum Dynamics", "D-SPECT")])
        ser = []
        for d in ["STRESS", "REST", "STRESS GATED", "REST RECON", "QPS Polar Map"]:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["CHEST"], None, "myocardial perfusion: heart, chest"))
        return sd, ser
    if k in ("ccta", "cas"):
        sd = T(cx, "CTA CORONARY ARTERIES W CONTRAST" if k == "ccta" else "CT CARDIAC CALCIUM SCORING", "COROSCAN" if k == "ccta" else "TDM SCORE CALCIQUE CORONARIEN")
        cx.cpt = "75574" if k == "ccta" else "75571"
        rec = {"Siemens": [("CaScore  3.0  Qr36  3", "Qr36", "3"), ("Cor CTA  0.6  Bv40  75%", "Bv40", "0.6"), ("Cardiac BestDiast 0.6", "Bv40", "0.6")],
               "GE": [("CaSc 2.5mm", "STANDARD", "2.5"), ("0.625 SNAPSHOT 75%", "STANDARD", "0.625"), ("CARDIAC 0.625 BEST", "STANDARD", "0.625")],
               "Philips": [("CaSc 3mm", "B", "3"), ("Cardiac 0.67 75%", "XCB", "0.67"), ("Cardiac MPR", "XCB", "0.67")]}.get(
            cx.ctv, [("CaScore 3.0", "FC12", "3"), ("CARDIAC 0.5 75%", "FC43", "0.5"), ("Cardiac MPR", "FC43", "0.5")])
        ser = []
        m = ct_meta(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        ser.append(S(m, ["CHEST"], None, "scout of a cardiac CT: chest"))
        for d, kk, t in rec[:1 if k == "cas" else 3]:
            m = ct_meta(cx, d, kk, t)
            bpe(cx, m, "HEART", ["CHEST", "CORONARY"])
            ser.append(S(m, ["CHEST"], None, "heart CT: chest"))
        ser.append(dose_page(cx))
        return sd, ser
    if k == "cmr":
        sd = T(cx, "MRI CARDIAC MORPHOLOGY FUNCTION W WO CONTRAST", "IRM CARDIAQUE")
        return sd, mr_study(cx, "cardiac", ["CHEST"], None, "HEART", ["CHEST"], "cardiac MR: chest")
    if k == "echo":
        sd = T(cx, cx.c(["ECHO TTE COMPLETE", "ECHO TRANSTHORACIC COMPLETE W DOPPLER"]), "ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE")
        m = {"Modality": "US", "Manufacturer": "Philips Medical Systems", "ManufacturerModelName": "EPIQ CVx", "SeriesDescription": cx.c(["Adult Echo", "TTE", ""]) or "Adult Echo"}
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
        return sd, [S(m, ["CHEST"], None, "transthoracic echocardiogram: heart, chest")]
    if k == "muga":
        sd = T(cx, "NM CARDIAC BLOOD POOL MUGA", "VENTRICULOGRAPHIE ISOTOPIQUE")
        m = {"Modality": "NM", "Manufacturer": "GE MEDICAL SYSTEMS", "ManufacturerModelName": "Discovery NM/CT 670", "SeriesDescription": cx.c(["LAO GATED", "MUGA REST"])}
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
        return sd, [S(m, ["CHEST"], None, "gated blood-pool scan of the heart: chest")]
    sd = T(cx, cx.c(["CARDIAC CATH LEFT HEART W CORONARY ANGIOGRAPHY", "CV LEFT HEART CATH"]), "CORONAROGRAPHIE")
    ser = []
    for d in ["LCA RAO CAUD", "LCA LAO CRAN", "RCA LAO", "LV GRAM"]:
        m = {"Modality": "XA", "Manufacturer": cx.c(["Philips Medical Systems", "Siemens Healthineers"]), "ManufacturerModelName": cx.c(["Azurion 7 M12", "ARTIS icono floor"]),
             "SeriesDescription": d}
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
        ser.append(S(m, ["CHEST"], None, "coronary angiography run: heart, chest"))
    return sd, ser


# ---------------------------------------------------------------- abdomen and pelvis

def abdo(cx):
    k = cx.c(["ctap", "ctap", "ctap", "stone", "liverct", "urogram", "mrabd", "mrcp", "prost", "pelvf", "usabd", "ruq", "retro", "pelvus",
              "scrot", "xrabd", "ugi", "esoph", "be", "aaa", "append"])
    if cx.style == "tele":
        k = cx.c(["ctap", "ctap", "stone", "ruq", "retro", "pelvus", "scrot", "xrabd", "append"])
    if k in ("ctap", "stone", "liverct", "urogram"):
        en = {"ctap": "CT ABDOMEN PELVIS W CONTRAST", "stone": cx.c(["CT ABDOMEN PELVIS WO CONTRAST RENAL STONE", "CT ABDOMEN PELVIS WO CONTRAST"]),
              "liverct": "CT ABDOMEN W WO CONTRAST LIVER 3 PHASE", "urogram": "CT UROGRAM ABDOMEN PELVIS W WO CONTRAST"}[k]
        fr = {"ctap": cx.c(["TDM ABDOMEN PELVIS AVEC CONTRASTE", "TACO ABDO-PELVIEN C+"]), "stone": "TDM ABDOMEN PELVIS SANS CONTRASTE (LITHIASE)",
              "liverct": "TDM FOIE TRIPHASIQUE", "urogram": "URO-TDM"}[k]
        sd = T(cx, en, fr)
        cx.cpt = {"ctap": "74177", "stone": "74176", "liverct": "74170", "urogram": "74178"}[k]
        lab = ["ABDOMEN"] if k == "liverct" else AP_
        return ct_study(cx, sd, lab, "ABDOMEN", ["ABDOMENPELVIS", "ABDOMEN", "PELVIS", "KIDNEY"], "abd",
                        {"ctap": "abdomen and pelvis CT", "stone": "stone CT kidneys to bladder: abdomen+pelvis", "liverct": "liver CT: abdomen",
                         "urogram": "CT urogram kidneys to bladder: abdomen+pelvis"}[k], contrast=k != "stone")
    if k in ("mrabd", "mrcp", "prost", "pelvf"):
        en = {"mrabd": "MRI ABDOMEN W WO CONTRAST", "mrcp": "MRI MRCP WO CONTRAST", "prost": "MRI PELVIS PROSTATE W WO CONTRAST",
              "pelvf": "MRI PELVIS W WO CONTRAST"}[k]
        fr = {"mrabd": "IRM ABDOMEN", "mrcp": "CHOLANGIO-IRM", "prost": "IRM PROSTATE MULTIPARAMÉTRIQUE", "pelvf": "IRM PELVIENNE"}[k]
        sd = T(cx, en, fr)
        kind = {"mrabd": "liver", "mrcp": "mrcp", "prost": "prostate", "pelvf": "pelvis"}[k]
        lab = ["ABDOMEN"] if k in ("mrabd", "mrcp") else ["PELVIS"]
        bp = {"mrabd": "ABDOMEN", "mrcp": "ABDOMEN", "prost": "PROSTATE", "pelvf": "PELVIS"}[k]
        return sd, mr_study(cx, kind, lab, None, bp, ["ABDOMEN", "PELVIS", "LSPINE"], f"{kind} MR")
    if k in ("usabd", "ruq", "retro", "pelvus", "scrot", "aaa", "append"):
        en = {"usabd": "US ABDOMEN COMPLETE", "ruq": "US ABDOMEN LIMITED RUQ", "retro": cx.c(["US RETROPERITONEAL COMPLETE", "US RENAL COMPLETE"]),
              "pelvus": "US PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "scrot": "US SCROTUM W DOPPLER", "aaa": "US AORTA AAA SCREENING",
              "append": "US APPENDIX"}[k]
        fr = {"usabd": "ÉCHOGRAPHIE ABDOMINALE COMPLÈTE", "ruq": "ÉCHOGRAPHIE ABDOMEN SUPÉRIEUR", "retro": "ÉCHOGRAPHIE RÉNALE ET VÉSICALE",
              "pelvus": "ÉCHOGRAPHIE PELVIENNE ENDOVAGINALE", "scrot": "ÉCHOGRAPHIE SCROTALE", "aaa": "ÉCHOGRAPHIE AORTE ABDOMINALE",
              "append": "ÉCHOGRAPHIE APPENDICE"}[k]
        sd = T(cx, en, fr)
        cx.cpt = {"usabd": "76700", "ruq": "76705", "retro": "76770", "pelvus": "76856", "scrot": "76870", "aaa": "76706", "append": "76705"}[k]
        lab = {"usabd": ["ABDOMEN"], "ruq": ["ABDOMEN"], "retro": AP_, "pelvus": ["PELVIS"], "scrot": ["PELVIS"], "aaa": ["ABDOMEN"], "append": AP_}[k]
        why = {"usabd": "complete abdominal ultrasound", "ruq": "right upper quadrant ultrasound (liver, gallbladder): abdomen",
               "retro": "kidneys and bladder: abdomen+pelvis", "pelvus": "pelvic ultrasound", "scrot": "scrotal ultrasound: pelvis by convention",
               "aaa": "abdominal aorta ultrasound", "append": "right lower quadrant for appendicitis: abdomen+pelvis"}[k]
        ser = []
        descs = {"retro": ["RT KIDNEY", "LT KIDNEY", "BLADDER"], "pelvus": ["TA", "TV"], "ruq": ["GB", "LIVER"], "scrot": ["RT TESTIS", "LT TESTIS"]}.get(k, [None])
        for d in descs[:cx.c([1, 2, 3])]:
            m = us_meta(cx, d if cx.p(0.6) else None)
            bpe(cx, m, lab[0] if k != "scrot" else "SCROTUM", ["ABDOMEN", "KIDNEY", "PELVIS"], p_missing=0.38)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k == "xrabd":
        two = cx.p(0.5)
        sd = T(cx, "XR ABDOMEN 2 VIEWS" if two else cx.c(["XR ABDOMEN 1 VIEW", "XR ABDOMEN KUB"]), "RX ABDOMEN SIMPLE" + (" DEBOUT ET COUCHÉ" if two else ""))
        ser = []
        for d, vp in ([("ABD SUPINE", "AP"), ("ABD UPRIGHT", "AP")] if two else [("KUB", "AP")]):
            m = xr_meta(cx, cx.c([d, "AP", f"Abdomen {d.split()[-1].title()}"]), vp)
            bpe(cx, m, "ABDOMEN", ["KUB", "PELVIS"])
            ser.append(S(m, AP_, None, "abdominal film diaphragm to symphysis: abdomen+pelvis, as KUB"))
        return sd, ser
    mk = cx.c([("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"), ("GE Healthcare", "Precision 500D")])
    en = {"ugi": "FL UPPER GI W SMALL BOWEL FOLLOW THROUGH", "esoph": "FL ESOPHAGRAM", "be": "FL BARIUM ENEMA SINGLE CONTRAST"}[k]
    fr = {"ugi": "TRANSIT ŒSO-GASTRO-DUODÉNAL", "esoph": "ŒSOPHAGOGRAPHIE", "be": "LAVEMENT BARYTÉ"}[k]
    sd = T(cx, en, fr)
    lab = {"ugi": ["CHEST", "ABDOMEN"], "esoph": ["NECK", "CHEST"], "be": AP_}[k]
    why = {"ugi": "oesophagus to small bowel: chest+abdomen", "esoph": "swallow pharynx to cardia: neck+chest", "be": "colon: abdomen+pelvis"}[k]
    ser = []
    for d in {"ugi": ["SPOT", "ESOPH", "STOMACH", "SBFT 30 MIN"], "esoph": ["SPOT", "ESOPH AP", "ESOPH LAT"], "be": ["SCOUT", "SPOT", "POST EVAC"]}[k][:3]:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, {"ugi": "STOMACH", "esoph": "ESOPHAGUS", "be": "COLON"}[k], ["ABDOMEN", "CHEST"], p_missing=0.4)
        ser.append(S(m, lab, None, why))
    return sd, ser


def ob(cx):
    k = cx.c(["early", "early", "second", "detailed", "bpp", "nt", "fetalmr"])
    vol = ("GE Healthcare", ["Voluson E10", "Voluson E8", "Voluson S10"]) if cx.site != "us-comm2" else ("SAMSUNG MEDISON CO., LTD.", ["HERA W10", "WS80A"])
    if k == "fetalmr":
        sd = T(cx, "MRI FETAL SINGLE GESTATION", "IRM FŒTALE")
        return sd, mr_study(cx, "fetal", AP_, None, "ABDOMEN", ["PELVIS", "FETUS"], "fetal MR of the gravid uterus: abdomen+pelvis")
    en = {"early": cx.c(["US OB < 14 WEEKS SINGLE FETUS", "US OB TRANSVAGINAL EARLY PREGNANCY"]), "second": "US OB >= 14 WEEKS SINGLE FETUS",
          "detailed": "US OB DETAILED FETAL ANATOMY SINGLE", "bpp": "US OB BIOPHYSICAL PROFILE", "nt": "US OB NUCHAL TRANSLUCENCY"}[k]
    fr = {"early": "ÉCHOGRAPHIE OBSTÉTRICALE 1ER TRIMESTRE", "second": "ÉCHOGRAPHIE OBSTÉTRICALE 2E TRIMESTRE",
          "detailed": "ÉCHOGRAPHIE OBSTÉTRICALE MORPHOLOGIQUE", "bpp": "PROFIL BIOPHYSIQUE", "nt": "ÉCHOGRAPHIE CLARTÉ NUCALE"}[k]
    sd = T(cx, en, fr)
    cx.cpt = {"early": "76801", "second": "76805", "detailed": "76811", "bpp": "76819", "nt": "76813"}[k]
    lab = ["PELVIS"] if k in ("early", "nt") else AP_
    why = "first-trimester pregnancy: the uterus is in the pelvis" if lab == ["PELVIS"] else "gravid uterus of the second or third trimester: abdomen+pelvis"
    ser = []
    for d in cx.c([[None], ["OB", "TV"], ["Fetal Heart", "OB 2/3"], ["CRL", "NT"]] if k in ("early", "nt") else [[None], ["OB 2/3"], ["Fetal Heart", "OB 2/3"], ["BPP"]]):
        m = us_meta(cx, d, vol)
        bpe(cx, m, "PELVIS" if lab == ["PELVIS"] else cx.c(["ABDOMEN", "PELVIS", "FETUS"]), ["UTERUS", "OB"], p_missing=0.4)
        ser.append(S(m, lab, None, why))
    return sd, ser


# ---------------------------------------------------------------- oncology, nuclear medicine

def pet(cx, k):
    mk = {"Siemens": ("SIEMENS", "Biograph Vision 600"), "GE": ("GE MEDICAL SYSTEMS", "Discovery MI"), "Philips": ("Philips", "Vereos PET/CT"),
          "Canon": ("CANON_MEC", "Celesteion")}.get(cx.ctv, ("SIEMENS", "Biograph mCT Flow"))
    sd = T(cx, {"fdg": "PET CT SKULL BASE TO MID THIGH", "psma": "PET CT PSMA SKULL BASE TO MID THIGH", "dota": "PET CT DOTATATE SKULL BASE TO MID THIGH",
                "wb": "PET CT WHOLE BODY MELANOMA"}[k],
           {"fdg": cx.c(["TEP-TDM FDG ONCOLOGIQUE", "TEP FDG CORPS ENTIER"]), "psma": "TEP-TDM PSMA", "dota": "TEP-TDM DOTATATE", "wb": "TEP FDG VERTEX AUX ORTEILS"}[k])
    cx.cpt = "78815" if k != "wb" else "78816"
    ser = []
    for mod, d, it in [("CT", "Topogram  0.6  T20f" if mk[0] == "SIEMENS" else "Scout", "LOCALIZER"),
                       ("CT", cx.c(["CT WB 3.0 B31f", "CTAC 3.75 Thick", "CT LD AC", "WB CTAC"]), "AXIAL"),
                       ("PT", cx.c(["PET WB AC", "PET AC 3D", "WB_IRCTAC", "PET_WB_MAC", "WB 3D MAC"]), "AXIAL"),
                       ("PT", cx.c(["PET NAC", "PET WB NAC"]), "AXIAL"), ("PT", cx.c(["MIP", "PET MIP", "3D MIP"]), "REPROJECTION"),
                       ("CT", cx.c(["CT LUNG 1.0 B70f", "Lung 1.25", "CHEST LUNG 2mm"]), "AXIAL"),
                       ("PT", cx.c(["PET HEAD NECK AC", "H&N 2 BED"]), "AXIAL")]:
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d, "ImageType": f"ORIGINAL\\PRIMARY\\{it}"}
        if "LUNG" in d.upper():
            bpe(cx, m, "CHEST", None)
            ser.append(S(m, ["CHEST"], None, "lung recon of the PET/CT: chest only"))
            continue
        if "HEAD" in d or "H&N" in d:
            bpe(cx, m, "HEADNECK", ["HEAD"])
            ser.append(S(m, ["HEAD", "NECK"], None, "dedicated head-and-neck bed of a PET/CT: head+neck"))
            continue
        bpe(cx, m, "WHOLEBODY", ["ABDOMEN", "CHEST", "LUNG", "HEAD", "SKULL"], p_alt=0.35)
        ser.append(S(m, WB, None, "whole-body PET/CT" + (" vertex to toes: the five axial regions, as the spec's whole body" if k == "wb" else " skull base to thigh")))
    ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.68",
                  "SeriesDescription": cx.c(["Radiopharmaceutical Radiation Dose SR", "Dose Report"])}, [], None, "dose SR: no pixels", img=False))
    return sd, ser


def onc(cx):
    k = cx.c(["fdg", "fdg", "fdg", "psma", "dota", "wb", "cap", "cap", "bone", "mrliver"])
    if k in ("fdg", "psma", "dota", "wb"):
        return pet(cx, k)
    if k == "cap":
        sd = T(cx, cx.c(["CT CHEST ABDOMEN PELVIS W CONTRAST", "CT CHEST W CONTRAST ABDOMEN PELVIS W CONTRAST"]), cx.c(["TDM THORAX ABDOMEN PELVIS AVEC CONTRASTE", "TDM TAP"]))
        return ct_study(cx, sd, CAP, "CHEST", ["ABDOMEN", "CHESTABDOMEN", "TAP", "CHEST_TO_PELVIS"], "cap", "chest-abdomen-pelvis CT", contrast=True)
    if k == "bone":
        return nm(cx, "bone")
    sd = T(cx, "MRI ABDOMEN W WO CONTRAST LIVER EOVIST", "IRM HÉPATIQUE PRIMOVIST")
    return sd, mr_study(cx, "liver", ["ABDOMEN"], None, "LIVER", ["ABDOMEN", "CHEST"], "liver MR: abdomen")


def nm(cx, k=None):
    k = k or cx.c(["bone", "bone", "bone3", "thy", "hida", "ge", "vq", "renal", "para", "dat", "lymph"])
    mk = cx.c([("SIEMENS NM", "Symbia Intevo Bold"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), ("GE MEDICAL SYSTEMS", "NM/CT 870 DR")])
    if k == "bone3":
        s = cx.c("LR")
        code = cx.c(["FOOT", "FOOT", "KNEE", "WRIST"])
        en, frn, g, _ = part(cx, code)
        sd = T(cx, f"NM BONE SCAN 3 PHASE {en} {side_en(cx, s)}", f"SCINTIGRAPHIE OSSEUSE 3 PHASES {frn} {side_fr(cx, s, g)}")
        ser = []
        for d in ["FLOW", "BLOOD POOL", "DELAYED"]:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": f"{d} {code}" if cx.p(0.4) else d}
            bpe(cx, m, code, ["EXTREMITY"], p_missing=0.4)
            ser.append(S(m, [code], s, f"three-phase bone scan of one {code.lower()}, side from the order"))
        return sd, ser
    if k == "lymph":
        s = cx.c("LR")
        sd = T(cx, f"NM LYMPHOSCINTIGRAPHY BREAST {side_en(cx, s)}", f"LYMPHOSCINTIGRAPHIE SEIN {side_fr(cx, s, 'm')}")
        ser = []
        for d in ["ANT", "LAT", "SPECT/CT AXILLA"]:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["BREAST"], s, "sentinel-node mapping of one breast: breast and its side"))
        return sd, ser
    spec = {"bone": ("NM BONE SCAN WHOLE BODY", "SCINTIGRAPHIE OSSEUSE CORPS ENTIER", ["WB ANT", "WB POST", "Whole Body"], WB, "WHOLEBODY", "whole-body bone scan"),
            "thy": ("NM THYROID UPTAKE AND SCAN", "SCINTIGRAPHIE THYROÏDIENNE", ["ANT PINHOLE", "RAO", "LAO", "UPTAKE 24H"], ["NECK"], "THYROID", "thyroid scan: neck"),
            "hida": ("NM HEPATOBILIARY W PHARMACOLOGIC", "SCINTIGRAPHIE HÉPATOBILIAIRE (HIDA)", ["DYNAMIC ANT", "CCK", "DELAYED"], ["ABDOMEN"], "ABDOMEN", "hepatobiliary scan: abdomen"),
            "ge": ("NM GASTRIC EMPTYING SOLID", "VIDANGE GASTRIQUE", ["GE 0 MIN", "GE 60 MIN", "GE 240 MIN"], ["ABDOMEN"], "STOMACH", "gastric emptying: abdomen"),
            "vq": ("NM LUNG VENTILATION PERFUSION", "SCINTIGRAPHIE PULMONAIRE V/Q", ["PERF 8 VIEW", "VENT 8 VIEW", "SPECT Q"], ["CHEST"], "LUNG", "lung V/Q: chest"),
            "renal": ("NM RENAL SCAN W LASIX MAG3", "RÉNOGRAPHIE MAG3 AVEC LASIX", ["DYNAMIC POST", "LASIX", "RENOGRAM"], ["ABDOMEN"], "KIDNEY", "renogram: kidneys, abdomen"),
            "para": ("NM PARATHYROID SPECT CT", "SCINTIGRAPHIE PARATHYROÏDIENNE", ["EARLY ANT", "DELAYED 2HR", "SPECT NECK"], ["NECK"], "NECK", "parathyroid scan: neck"),
            "dat": ("NM DATSCAN SPECT", "SCINTIGRAPHIE DATSCAN", ["DaT SPECT", "DaT RECON", "DaTQUANT"], ["HEAD"], "BRAIN", "dopamine transporter SPECT of the brain: head")}
    en, fr, descs, lab, bp, why = spec[k]
    sd = T(cx, en, fr)
    cx.cpt = {"bone": "78306", "vq": "78582", "hida": "78227", "dat": "78803"}.get(k)
    ser = []
    for d in descs:
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, bp, ["CHEST", "ABDOMEN"], p_missing=0.4, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    return sd, ser


def dxa(cx):
    side = cx.c("LR")
    sd = T(cx, cx.c(["DXA BONE DENSITY AXIAL SKELETON", "DEXA BONE DENSITY", "DXA BONE DENSITY STUDY 1+ SITES"]), "OSTÉODENSITOMÉTRIE")
    cx.cpt = "77080"
    holo = cx.p(0.6)
    mk = ("HOLOGIC", cx.c(["Horizon A", "Horizon Wi"])) if holo else ("GE Healthcare", cx.c(["Lunar iDXA", "Lunar Prodigy"]))
    ser = []
    items = [("AP Spine" if holo else "Spine", ["LSPINE"], None, "DXA of the lumbar spine")]
    if cx.p(0.5):
        items.append(("Dual Hip" if holo else "DualFemur", ["HIP"], "B", "DXA of both proximal femurs: both hips"))
    else:
        hd = (f"{'Left' if side == 'L' else 'Right'} Hip") if holo else (f"{'Left' if side == 'L' else 'Right'} Femur")
        items.append((hd, ["HIP"], side, "DXA of one proximal femur: the hip, side from the series name"))
    if cx.p(0.4):
        items.append(((f"{'Left' if side == 'L' else 'Right'} Forearm") if holo else f"Forearm {'Left' if side == 'L' else 'Right'}", ["FOREARM"], side,
                      "DXA of the distal forearm, side from the series name"))
    if cx.p(0.2):
        items.append(("IVA Lateral" if holo else "LVA", ["TSPINE", "LSPINE"], None, "lateral vertebral assessment T4 to L4: thoracic+lumbar spine"))
    if cx.p(0.12):
        items.append(("Whole Body" if holo else "Total Body", WB, None, "whole-body composition scan: the five axial regions"))
    for d, lab, lat, why in items:
        m = {"Modality": cx.c(["OT", "DX"]), "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM", "TSPINE": "SPINE", "HEAD": "WHOLEBODY"}[lab[0]], ["SPINE", "PELVIS"])
        ser.append(S(m, lab, lat, why))
    ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33",
                  "SeriesDescription": cx.c(["DXA Report", "Bone Density Report"])}, [], None, "densitometry result SR: no image", img=False))
    return sd, ser


# ---------------------------------------------------------------- interventional and vascular

def ir(cx):
    k = cx.c(["dvt", "dvt", "dvtb", "carotid", "runoff", "aorta", "ctbx", "thyfna", "para", "thora", "picc", "angio_le", "uae", "ivc",
              "nephro", "vertebro", "cereb", "fistula"])
    if k in ("dvt", "dvtb"):
        s = cx.c("LR") if k == "dvt" else "B"
        sd = T(cx, f"US VENOUS DOPPLER LOWER EXTREMITY {side_en(cx, s)}", f"ÉCHO-DOPPLER VEINEUX MEMBRE INFÉRIEUR {side_fr(cx, s, 'm')}" if s != "B" else "ÉCHO-DOPPLER VEINEUX MEMBRES INFÉRIEURS BILATÉRAL")
        cx.cpt = "93971" if s != "B" else "93970"
        ser = []
        for d in cx.c([[None], ["CFV", "POP"], ["FEM V", "POP V", "PERONEAL"]]):
            m = us_meta(cx, d)
            bpe(cx, m, "LEG", ["LOWER EXTREMITY", "EXTREMITY"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, DVT, s, "deep-vein compression study groin to calf: thigh, knee, leg" + (", both legs" if s == "B" else ", side from the order")))
        return sd, ser
    if k == "carotid":
        sd = T(cx, "US CAROTID DUPLEX BILATERAL", "ÉCHO-DOPPLER CAROTIDIEN")
        cx.cpt = "93880"
        ser = []
        for d in cx.c([[None], ["RT ICA", "LT ICA"], ["RT CCA", "LT VERT"]]):
            m = us_meta(cx, d)
            bpe(cx, m, "NECK", ["CAROTID"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, ["NECK"], None, "carotid duplex: neck (the vessel's side is not a limb side)"))
        return sd, ser
    if k == "runoff" and cx.ctv:
        sd = T(cx, "CTA ABDOMEN PELVIS W RUNOFF BILATERAL", "ANGIO-TDM AORTE ET MEMBRES INFÉRIEURS")
        labs = ["ABDOMEN", "PELVIS"] + LOWER
        sd, ser = ct_study(cx, sd, labs, "LEG", ["ABDOMEN", "EXTREMITY", "LOWER EXTREMITY"], "abd", "run-off CTA renal arteries to feet, both legs", contrast=True)
        for s in ser:
            if s["labels"]:
                s["laterality"] = "B"
        return sd, ser
    if k in ("aorta", "runoff"):
        sd = T(cx, "CTA CHEST ABDOMEN PELVIS W WO CONTRAST AORTA", "ANGIO-TDM AORTE THORACO-ABDOMINALE")
        return ct_study(cx, sd, CAP, "CHEST", ["AORTA", "ABDOMEN"], "cap", "aorta CTA: chest+abdomen+pelvis", contrast=True)
    if k == "ctbx":
        organ = cx.c(["LIVER", "LUNG", "KIDNEY", "BONE ILIAC"])
        lab = {"LIVER": ["ABDOMEN"], "LUNG": ["CHEST"], "KIDNEY": ["ABDOMEN"], "BONE ILIAC": ["PELVIS"]}[organ]
        sd = T(cx, f"IR CT GUIDED BIOPSY {organ}", f"BIOPSIE {({'LIVER': 'HÉPATIQUE', 'LUNG': 'PULMONAIRE', 'KIDNEY': 'RÉNALE', 'BONE ILIAC': 'OSSEUSE ILIAQUE'})[organ]} SOUS TDM")
        ser = []
        m = ct_meta(cx, scout_name(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        ser.append(S(m, lab, None, f"scout of a CT-guided {organ.lower()} biopsy"))
        for d in ["PLANNING 3mm", "NEEDLE", "POST BX"]:
            m = ct_meta(cx, d, None, "3")
            bpe(cx, m, lab[0], None, p_missing=0.4)
            ser.append(S(m, lab, None, f"CT-guided biopsy of the {organ.lower()}"))
        ser.append(dose_page(cx))
        return sd, ser
    if k in ("thyfna", "para", "thora"):
        en = {"thyfna": "IR US GUIDED FNA THYROID", "para": "IR PARACENTESIS US GUIDED", "thora": "IR THORACENTESIS US GUIDED"}[k]
        fr = {"thyfna": "CYTOPONCTION THYROÏDIENNE SOUS ÉCHO", "para": "PARACENTÈSE SOUS ÉCHOGRAPHIE", "thora": "THORACENTÈSE SOUS ÉCHOGRAPHIE"}[k]
        sd = T(cx, en, fr)
        lab = {"thyfna": ["NECK"], "para": AP_, "thora": ["CHEST"]}[k]
        why = {"thyfna": "thyroid nodule aspiration: neck", "para": "ascites drained: abdomen+pelvis", "thora": "pleural fluid drained: chest"}[k]
        ser = []
        for d in ["PRE", "NEEDLE", "POST"][:cx.c([1, 2, 3])]:
            m = us_meta(cx, d)
            bpe(cx, m, lab[0], None, p_missing=0.4)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k == "picc":
        s = cx.c("LR")
        sd = T(cx, f"IR PICC PLACEMENT {side_en(cx, s)} ARM", f"INSTALLATION PICC BRAS {side_fr(cx, s, 'm')}")
        m = us_meta(cx, "BASILIC V" if cx.p(0.5) else None)
        bpe(cx, m, "ARM", ["UPPER EXTREMITY"], p_missing=0.4)
        ser = [S(m, ["ARM"], s, "ultrasound of the upper-arm vein punctured for the line: arm, side from the order")]
        m = {"Modality": "RF", "Manufacturer": "Philips Medical Systems", "ManufacturerModelName": "Azurion 3 M12", "SeriesDescription": cx.c(["TIP CONFIRM", "SPOT CHEST"])}
        bpe(cx, m, "CHEST", None, p_missing=0.4)
        ser.append(S(m, ["CHEST"], None, "spot film of the catheter tip at the cavoatrial junction: chest"))
        return sd, ser
    xa = ("Siemens Healthineers", cx.c(["ARTIS icono biplane", "ARTIS pheno", "Artis zee"])) if cx.p(0.6) else ("Philips Medical Systems", cx.c(["Azurion 7 B20/15", "Allura Xper FD20"]))
    if k == "angio_le":
        s = cx.c("LR")
        sw = "LT" if s == "L" else "RT"
        sd = T(cx, f"IR ANGIOGRAM LOWER EXTREMITY {side_en(cx, s)}", f"ARTÉRIOGRAPHIE MEMBRE INFÉRIEUR {side_fr(cx, s, 'm')}")
        ser = []
        for d, lab, w in [(f"{sw} ILIAC", ["PELVIS"], "iliac run: pelvis, which carries no side"), (f"{sw} SFA", ["THIGH"], "femoral artery run: thigh"),
                          (f"{sw} POP", ["KNEE"], "popliteal run: knee"), (f"{sw} TIBIALS", ["LEG"], "tibial run: leg"), (f"{sw} FOOT", ["FOOT"], "pedal run: foot")]:
            m = {"Modality": "XA", "Manufacturer": xa[0], "ManufacturerModelName": xa[1], "SeriesDescription": d}
            bpe(cx, m, "LEG", ["EXTREMITY"], p_missing=0.4)
            ser.append(S(m, lab, s if lab != ["PELVIS"] else None, w + (f", side {s}" if lab != ["PELVIS"] else "")))
        return sd, ser
    if k == "fistula":
        s = cx.c("LR")
        sd = T(cx, f"IR FISTULAGRAM DIALYSIS {side_en(cx, s)} UPPER EXTREMITY", f"FISTULOGRAPHIE BRAS {side_fr(cx, s, 'm')}")
        ser = []
        for d, lab, lat, w in [("ARM RUN", ["ARM", "FOREARM"], s, "arm and forearm veins of the access, side from the order"),
                               ("CENTRAL VEINS", ["CHEST"], None, "central veins: chest")]:
            m = {"Modality": "XA", "Manufacturer": xa[0], "ManufacturerModelName": xa[1], "SeriesDescription": d}
            bpe(cx, m, "ARM" if lat else "CHEST", None, p_missing=0.4)
            ser.append(S(m, lab, lat, w))
        return sd, ser
    en, fr, runs, lab, why = {
        "uae": ("IR UTERINE ARTERY EMBOLIZATION", "EMBOLISATION DES ARTÈRES UTÉRINES", ["AORTOGRAM PELVIS", "LT UTERINE", "RT UTERINE", "POST EMBO"], ["PELVIS"], "uterine artery run: pelvis"),
        "ivc": ("IR IVC FILTER PLACEMENT", "INSTALLATION FILTRE VEINE CAVE", ["CAVAGRAM", "POST FILTER"], ["ABDOMEN"], "inferior vena cava: abdomen"),
        "nephro": ("IR NEPHROSTOMY TUBE PLACEMENT", "NÉPHROSTOMIE PERCUTANÉE", ["NEPHROSTOGRAM", "SPOT", "POST"], ["ABDOMEN"], "kidney drainage: abdomen"),
        "vertebro": ("IR VERTEBROPLASTY LUMBAR", "VERTÉBROPLASTIE LOMBAIRE", ["AP", "LAT", "POST CEMENT"], ["LSPINE"], "lumbar vertebral body: lumbar spine"),
        "cereb": ("IR CEREBRAL ANGIOGRAM DIAGNOSTIC", "ARTÉRIOGRAPHIE CÉRÉBRALE", ["LT ICA AP", "LT ICA LAT", "RT VERT", "3D ROT"], ["HEAD"], "cerebral angiogram run: head"),
    }[k]
    sd = T(cx, en, fr)
    ser = []
    for d in runs:
        m = {"Modality": "XA" if k != "nephro" else cx.c(["XA", "RF"]), "Manufacturer": xa[0], "ManufacturerModelName": xa[1], "SeriesDescription": d}
        bpe(cx, m, lab[0], ["ABDOMEN"], p_missing=0.4)
        ser.append(S(m, lab, None, why))
    return sd, ser


# ---------------------------------------------------------------- trauma and emergency

def trauma(cx):
    k = cx.c(["headcs", "pan", "pan", "cspine", "face", "fast", "pelvxr", "portcxr", "limbxr", "limbxr"])
    if k == "headcs":
        sd = T(cx, "CT HEAD AND CERVICAL SPINE WO CONTRAST", "TDM CÉRÉBRALE ET COLONNE CERVICALE")
        sd, ser = ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN"], "head", "head CT of a head and neck trauma order", scout_lab=["HEAD", "CSPINE"],
                           extra=[(cx.c(["C-SPINE BONE 2mm", "C-Spine  2.0  Br64  SAG", "CSPINE SAG BONE"]), ["CSPINE"], "cervical spine recon of the same scan"),
                                  (cx.c(["C-SPINE COR", "CSPINE COR BONE"]), ["CSPINE"], "cervical spine reformat")])
        ser[0]["why"] = "scout of a head and cervical spine CT: head and cervical spine"
        return sd, ser
    if k == "cspine":
        sd = T(cx, "CT CERVICAL SPINE WO CONTRAST", "TDM COLONNE CERVICALE")
        cx.cpt = "72125"
        return ct_study(cx, sd, ["CSPINE"], "CSPINE", ["NECK", "SPINE"], "cspine", "cervical spine CT")
    if k == "face":
        sd = T(cx, cx.c(["CT MAXILLOFACIAL WO CONTRAST", "CT FACIAL BONES WO CONTRAST"]), "TDM MASSIF FACIAL")
        return ct_study(cx, sd, ["HEAD"], "FACE", ["HEAD", "SKULL"], "face", "facial bones CT: head")
    if k == "pan":
        sd = T(cx, cx.c(["CT TRAUMA PANSCAN W CONTRAST", "CT CHEST ABDOMEN PELVIS W CONTRAST TRAUMA", "CT WHOLE BODY TRAUMA LEVEL 1"]), "TDM POLYTRAUMA")
        extra = [(cx.c(["T-SPINE SAG BONE", "T Spine Sag  2.0  Br64", "TSPINE RECON"]), ["TSPINE"], "thoracic spine reformat of the trauma scan"),
                 (cx.c(["L-SPINE SAG BONE", "L Spine Sag  2.0  Br64", "LSPINE RECON"]), ["LSPINE"], "lumbar spine reformat of the trauma scan")]
        sd, ser = ct_study(cx, sd, CAP, "CHEST", ["WHOLEBODY", "ABDOMEN", "TRAUMA"], "wb", "trauma chest-abdomen-pelvis CT", contrast=True, scout_lab=WB, extra=extra)
        ser[0]["why"] = "pan-scan scout vertex to thighs: the five axial regions"
        return sd, ser
    if k == "fast":
        sd = T(cx, cx.c(["US FAST EXAM", "US ABDOMEN LIMITED FAST"]), "ÉCHOGRAPHIE FAST")
        ser = []
        for d in cx.c([[None], ["RUQ", "LUQ", "PELVIS", "SUBXIPHOID"]])[:cx.c([1, 2, 4])]:
            m = us_meta(cx, d)
            bpe(cx, m, "ABDOMEN", None, p_missing=0.4)
            ser.append(S(m, CAP, None, "FAST: pericardium, both upper quadrants and pelvis: chest+abdomen+pelvis"))
        return sd, ser
    if k == "pelvxr":
        sd = T(cx, "XR PELVIS 1 OR 2 VIEWS", "RX BASSIN")
        m = xr_meta(cx, cx.c(["PELVIS AP", "AP PELVIS", "AP"]), "AP", portable=True)
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS", "HIP"], "B", "AP pelvis film: pelvis and both hips")]
    if k == "portcxr":
        sd = T(cx, "XR CHEST 1 VIEW TRAUMA", "RX POUMONS SALLE DE CHOC")
        m = xr_meta(cx, cx.c(["CHEST AP", "AP SUPINE", "TRAUMA CHEST"]), "AP", portable=True)
        bpe(cx, m, "CHEST", ["THORAX"])
        return sd, [S(m, ["CHEST"], None, "trauma chest film")]
    return msk_xr(cx, one_side=True)


# ---------------------------------------------------------------- paediatrics

def paeds(cx):
    k = cx.c(["hipus", "boneage", "survey", "vcug", "pylorus", "headus", "babygram", "intuss", "mrbrain", "fb", "cxr"])
    if k == "hipus":
        sd = T(cx, cx.c(["US INFANT HIPS BILATERAL", "US HIP INFANT DEVELOPMENTAL DYSPLASIA"]), "ÉCHOGRAPHIE DES HANCHES DU NOURRISSON")
        ser = []
        for s in "RL":
            m = us_meta(cx, f"{'RT' if s == 'R' else 'LT'} HIP {cx.c(['COR', 'TRV', 'GRAF'])}")
            bpe(cx, m, "HIP", None, p_missing=0.4)
            ser.append(S(m, ["HIP"], s, "infant hip ultrasound, one side per series"))
        return sd, ser
    if k == "boneage":
        sd = T(cx, "XR BONE AGE", "RX ÂGE OSSEUX")
        m = xr_meta(cx, cx.c(["LT HAND PA", "HAND PA", "BONE AGE"]), "PA", ImageLaterality="L")
        bpe(cx, m, "HAND", None)
        return sd, [S(m, ["HAND"], "L", "bone age: left hand film (ImageLaterality L)")]
    if k == "survey":
        sd = T(cx, "XR SKELETAL SURVEY COMPLETE", "RX BILAN SQUELETTIQUE COMPLET")
        ser = []
        for d, lab, lat in [("SKULL AP", ["HEAD"], None), ("SKULL LAT", ["HEAD"], None), ("CHEST AP", ["CHEST"], None), ("RIBS OBL", ["CHEST"], None),
                            ("SPINE LAT", WSPINE, None), ("PELVIS AP", ["PELVIS", "HIP"], "B"), ("LT FEMUR AP", ["THIGH"], "L"), ("RT HUMERUS AP", ["ARM"], "R"),
                            ("LT TIB FIB AP", ["LEG"], "L"), ("RT FOREARM AP", ["FOREARM"], "R"), ("BILAT HANDS PA", ["HAND"], "B"), ("BILAT FEET AP", ["FOOT"], "B")]:
            m = xr_meta(cx, d, "AP" if "AP" in d else "PA" if "PA" in d else "LAT" if "LAT" in d else None)
            if lat in ("L", "R") and cx.p(0.5):
                m["ImageLaterality"] = lat
            bpe(cx, m, lab[0] if lab[0] not in ("THIGH", "LEG") else {"THIGH": "FEMUR", "LEG": "TIBIA"}[lab[0]], ["WHOLEBODY", "SKELETON"], p_alt=0.3)
            ser.append(S(m, lab, lat, f"one film of a skeletal survey: {d.lower()}"))
        return sd, ser
    if k == "vcug":
        sd = T(cx, "FL VOIDING CYSTOURETHROGRAM", "CYSTOGRAPHIE MICTIONNELLE")
        ser = []
        for d in ["SCOUT", "FILLING", "VOIDING", "POST VOID KIDNEYS"]:
            m = {"Modality": "RF", "Manufacturer": "SIEMENS", "ManufacturerModelName": "Luminos Agile Max", "SeriesDescription": d}
            bpe(cx, m, "BLADDER", ["PELVIS", "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, AP_, None, "bladder filled and kidneys checked for reflux: abdomen+pelvis"))
        return sd, ser
    if k in ("pylorus", "intuss", "headus"):
        en = {"pylorus": "US PYLORUS", "intuss": "US ABDOMEN LIMITED INTUSSUSCEPTION", "headus": "US HEAD NEONATAL"}[k]
        fr = {"pylorus": "ÉCHOGRAPHIE DU PYLORE", "intuss": "ÉCHOGRAPHIE ABDOMINALE (INVAGINATION)", "headus": "ÉCHOGRAPHIE TRANSFONTANELLAIRE"}[k]
        sd = T(cx, en, fr)
        lab = ["HEAD"] if k == "headus" else ["ABDOMEN"]
        m = us_meta(cx, cx.c([None, {"pylorus": "PYLORUS", "intuss": "RLQ", "headus": "NEO HEAD"}[k]]))
        bpe(cx, m, lab[0], None, p_missing=0.4)
        return sd, [S(m, lab, None, {"pylorus": "pyloric ultrasound: abdomen", "intuss": "bowel ultrasound for intussusception: abdomen",
                                     "headus": "cranial ultrasound through the fontanelle: head"}[k])]
    if k == "babygram":
        sd = T(cx, "XR CHEST ABDOMEN NEONATE 1 VIEW", "RX THORACO-ABDOMINALE NOUVEAU-NÉ")
        m = xr_meta(cx, cx.c(["BABYGRAM", "CHEST/ABD AP", "NICU AP"]), "AP", portable=True)
        bpe(cx, m, "CHEST", ["ABDOMEN", "WHOLEBODY"])
        return sd, [S(m, ["CHEST", "ABDOMEN"], None, "neonatal chest and abdomen on one film (lines and tubes)")]
    if k == "fb":
        sd = T(cx, "XR FOREIGN BODY SURVEY CHILD", "RX RECHERCHE CORPS ÉTRANGER")
        m = xr_meta(cx, cx.c(["FB SURVEY AP", "NECK TO PELVIS AP"]), "AP")
        bpe(cx, m, "CHEST", ["ABDOMEN", "WHOLEBODY"])
        return sd, [S(m, ["NECK", "CHEST", "ABDOMEN", "PELVIS"], None, "swallowed foreign body survey mouth to anus: neck to pelvis")]
    if k == "cxr":
        sd = T(cx, "XR CHEST 2 VIEWS PEDIATRIC", "RX POUMONS PÉDIATRIQUE")
        m = xr_meta(cx, cx.c(["CHEST PA", "PA", "CHEST AP"]), "PA")
        bpe(cx, m, "CHEST", None)
        return sd, [S(m, ["CHEST"], None, "paediatric chest film")]
    sd = T(cx, cx.c(["MRI BRAIN WO CONTRAST PEDS SEDATION", "MRI BRAIN W WO CONTRAST PEDIATRIC GA"]), "IRM CÉRÉBRALE PÉDIATRIQUE SOUS SÉDATION")
    return sd, mr_study(cx, "brain", ["HEAD"], None, "HEAD", ["BRAIN"], "paediatric brain MR", n=4)


# ---------------------------------------------------------------- research protocols (academic centres)

def research(cx):
    k = cx.c(["brain", "brain", "brain", "brain", "knee", "cardiac", "mre", "amyloid"])
    ser = []
    if k == "brain":
        prog = cx.c(["ADRC", "ABCD", "HCP-Aging", "ADNI3", "EPILEPSY R01", "TBI COHORT"])
        sd = cx.c([f"RESEARCH^{prog}", f"MRI BRAIN RESEARCH {prog}", f"Research^Neuro {prog}", "RESEARCH MRI BRAIN WO CONTRAST"])
        names = {"Siemens": ["AAHead_Scout_64ch-head-coil", "T1w_MPR_vNav_4e_RMS", "T2w_SPC_vNav", "rfMRI_REST_AP", "rfMRI_REST_PA_SBRef",
                             "dMRI_dir98_AP", "SpinEchoFieldMap_AP", "tfMRI_NBACK_PA", "pCASL_3D_tra", "svs_se_30_PCC", "ABCD_T1w_MPR_vNav"],
                 "GE": ["3-Plane Loc", "Accelerated Sag IR-FSPGR", "Sag 3D FLAIR", "Axial rsfMRI (Eyes Open)", "Axial DTI 64dir", "3D ASL",
                        "ABCD_fMRI_rest", "ABCD_DTI", "Ax MB BOLD task", "PROBE-SV 35 PCC", "NODDI multishell"]}[cx.mrv if cx.mrv in ("Siemens", "GE") else "Siemens"]
        pick = [names[0]] + cx.rng.sample(names[1:], cx.c([3, 4, 5]))
        for d in pick:
            m = mr_meta(cx, d, "EP" if any(x in d for x in ("fMRI", "BOLD", "DTI", "dMRI", "Field", "rsf", "NODDI")) else "GR")
            if cx.mrv == "Siemens":
                m["ManufacturerModelName"] = cx.c(["Prisma", "MAGNETOM Prisma Fit", "MAGNETOM Terra"])
            else:
                m["ManufacturerModelName"] = cx.c(["SIGNA Premier", "DISCOVERY MR750"])
            if cx.p(0.5):
                m["ProtocolName"] = cx.c([f"{prog}_v2.1", f"{prog} brain", "Research^Neuro"])
            if "fMRI" in d or "BOLD" in d or "dMRI" in d:
                m["ImageType"] = "ORIGINAL\\PRIMARY\\M\\ND\\MOSAIC" if cx.mrv == "Siemens" else "ORIGINAL\\PRIMARY\\EPI"
            bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "research brain MR protocol; series named by sequence and study only"))
        return sd, ser
    if k == "knee":
        s = cx.c("LR")
        sd = cx.c([f"RESEARCH MRI KNEE {side_en(cx, s)} OA COHORT", f"Research^OA Knee {side_en(cx, s).title()}", f"MRI KNEE {side_en(cx, s)} RESEARCH"])
        for d in ["localizer", "SAG_3D_DESS_WE", "COR_IW_TSE", "SAG_IW_TSE_FS", "SAG_T2_MAP_MESE", "T1rho_SAG"][:cx.c([4, 5, 6])]:
            m = mr_meta(cx, d, "GR")
            m["ManufacturerModelName"] = cx.c(["Prisma", "MAGNETOM Skyra"]) if cx.mrv == "Siemens" else "SIGNA Premier"
            if cx.p(0.3):
                m["Laterality"] = s
            bpe(cx, m, "KNEE", ["EXTREMITY"], p_missing=0.4)
            ser.append(S(m, ["KNEE"], s, "research knee MR, side from the study description"))
        return sd, ser
    if k == "cardiac":
        sd = cx.c(["RESEARCH^CARDIAC 4D FLOW", "MRI CARDIAC RESEARCH"])
        for d in ["localizer", "4D_flow_PC", "cine_SAX_stack", "T1_MOLLI_SAX", "LGE_PSIR"][:cx.c([3, 4, 5])]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["CHEST"], None, "research cardiac MR: chest"))
        return sd, ser
    if k == "mre":
        sd = cx.c(["RESEARCH^NAFLD MRE", "MRI LIVER ELASTOGRAPHY RESEARCH"])
        for d in ["localizer", "MRE_2D_60Hz", "MRE Stiffness Map", "Dixon PDFF", "IDEAL IQ FF"][:cx.c([3, 4, 5])]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "LIVER", ["ABDOMEN"], p_missing=0.4)
            ser.append(S(m, ["ABDOMEN"], None, "research liver elastography and fat fraction: abdomen"))
        return sd, ser
    sd = cx.c(["RESEARCH^AMYLOID PET", "PET BRAIN AMYLOID RESEARCH", "Research^Tau PET"])
    mk = ("SIEMENS", "Biograph Vision 600") if cx.mrv == "Siemens" else ("GE MEDICAL SYSTEMS", "Discovery MI")
    for mod, d in [("CT", "CT Brain AC"), ("PT", "PET Brain AC 50-70min"), ("PT", "PET Brain Dynamic")]:
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, "BRAIN", ["HEAD"], p_missing=0.4)
        ser.append(S(m, ["HEAD"], None, "research brain PET: head"))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "stroke": stroke, "headneck": headneck, "chest": chest,
          "cardio": cardio, "abdo": abdo, "ob": ob, "onc": onc, "ir": ir, "trauma": trauma, "paeds": paeds, "nm": nm, "dxa": dxa,
          "research": research}


# ---------------------------------------------------------------- objects without anatomy, travelling on their own

def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "phantom", "worksheet"])
    fr = cx.lang == "fr"
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Document", "Requisition", "SCANNED REQ", "Consent Form"] if not fr else ["Requête numérisée", "REQUETE", "Consentement"])}, "scanned paper: no anatomy"
    if k == "worksheet":
        return {"Modality": cx.c(["OT", "US"]), "SeriesDescription": cx.c(["US Worksheet", "Tech Worksheet", "Sonographer Worksheet"] if not fr else ["Feuille de travail"]),
                "ImageType": "DERIVED\\SECONDARY"}, "technologist worksheet page: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, "dose structured report"
    if k == "phantom":
        return {"Modality": cx.c(["MR", "CT"]), "SeriesDescription": cx.c(["ACR Phantom T1", "fBIRN QA EPI", "QA DAILY WATER", "ACR PHANTOM SAG LOC"]),
                "ProtocolName": "QA"}, "phantom quality-control scan: no patient, no anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save"]), "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a technologist's typing slip."""
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
    for site in SITES:
        _kind, target, style, *_rest, strata = SITES[site]
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
            if extras and rng.random() < 0.2:
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
                if rng.random() < 0.2:
                    meta["RequestedProcedureDescription"] = sd
                elif rng.random() < 0.1:
                    meta["PerformedProcedureStepDescription"] = sd
                if cx.cpt and site.startswith("us-") and style in ("epic", "cerner") and rng.random() < 0.25:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": cx.cpt, "CodingSchemeDesignator": "C4", "CodeMeaning": sd}]
                if s["laterality"] is None and "study" not in row and style in ("tele", "opc", "qc") and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx)
                meta = dict(meta)
                if "Dose" in meta.get("SeriesDescription", "") and not any(o["meta"]["Modality"] in ("CT", "PT", "XA", "RF", "DX", "CR", "MG") for o in ser):
                    meta, why = {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": "Key Images"}, "key object selection: references, no pixels"
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "QA" in meta.get("ProtocolName", ""):
                    meta["StudyDescription"] = rng.choice(["QA^PHANTOM", "MR QA WEEKLY", "CT DAILY QA", "PHANTOM"])
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
