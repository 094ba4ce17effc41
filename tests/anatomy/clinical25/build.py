"""Writes tests/anatomy/data/clinical_set_25.jsonl: a fortnight of series from German-speaking
outpatient radiology practices (niedergelassene Radiologie, MVZ), a mammography screening unit,
an Austrian and a Swiss imaging institute and one German university hospital, labelled blind
against the shared anatomy spec (see README.md beside this file).

Standard library only, fixed seed. Usage:
    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 25
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_25.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
VEINS = ["THIGH", "KNEE", "LEG"]

# ---------------------------------------------------------------- sites
# name: (kind, variant, target rows, vendors, strata with weights)
# variant: "de" Germany, "at" Austria, "ch" German-speaking Switzerland; ascii: share of studies
# typed on a console that writes umlauts as ae/oe/ue; upper: share in capitals.
SITES = {
    "de-mvz-hh": ("MVZ Radiologie, Hamburg (three practices)", "de", 135, 0.65, 0.45,
                  {"mr": "Philips", "ct": "Philips", "xr": "Philips", "us": "Philips", "dxa": "Lunar", "mg": "Siemens"},
                  {"msk": 8, "spine": 4, "neuro": 2, "headneck": 1, "chest": 1, "abdo": 1, "pelvis": 1, "dxa": 1, "vasc": 2}),
    "de-praxis-muc": ("Radiologische Gemeinschaftspraxis, Munich (private and statutory patients)", "de", 135, 0.1, 0.2,
                      {"mr": "Siemens", "ct": "Siemens", "xr": "Siemens", "us": "Siemens", "dxa": "Hologic", "mg": "Siemens"},
                      {"msk": 6, "spine": 3, "cardio": 3, "pelvis": 3, "neuro": 1, "chest": 1, "breast": 1, "dxa": 1, "abdo": 1}),
    "de-mvz-nrw": ("MVZ Radiologie and orthopaedic branch with standing MR, Cologne", "de", 125, 0.3, 0.3,
                   {"mr": "GE", "ct": "GE", "xr": "Fujifilm", "us": "Canon", "dxa": "Lunar", "mg": "Fujifilm", "mr2": "Esaote"},
                   {"msk": 7, "spine": 4, "abdo": 1, "headneck": 1, "dxa": 2, "vasc": 1, "neuro": 1, "dental": 1}),
    "de-screening": ("Mammography screening unit and breast centre, Lower Saxony", "de", 95, 0.2, 0.3,
                     {"mr": "Siemens", "us": "GE", "mg": "Fujifilm", "mg2": "Hologic"},
                     {"breast": 1}),
    "de-uniklinik": ("University hospital, Germany", "de", 190, 0.15, 0.15,
                     {"mr": "Siemens", "mr2": "Philips", "ct": "Siemens", "ct2": "Canon", "xr": "Siemens", "us": "Siemens",
                      "dxa": "Hologic", "mg": "Siemens"},
                     {"msk": 2, "spine": 1, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 2, "pelvis": 1, "onc": 5,
                      "vasc": 2, "paeds": 3, "nm": 3, "dental": 1}),
    "at-institut": ("Roentgeninstitut and Diagnosezentrum, Vienna, with extremity MR", "at", 140, 0.3, 0.35,
                    {"mr": "Canon", "mr2": "Esaote", "ct": "Canon", "xr": "Agfa", "us": "GE", "dxa": "Hologic", "mg": "Hologic"},
                    {"msk": 8, "spine": 3, "breast": 3, "dxa": 2, "chest": 1, "abdo": 1, "neuro": 1, "paeds": 1}),
    "ch-institut": ("Radiologie-Institut and dental cone-beam practice, Zurich", "ch", 130, 0.1, 0.25,
                    {"mr": "Siemens", "ct": "GE", "xr": "Carestream", "us": "Samsung", "dxa": "Hologic", "mg": "Hologic",
                     "dent": "Planmeca"},
                    {"msk": 6, "spine": 3, "dental": 3, "breast": 2, "neuro": 1, "chest": 1, "onc": 1, "headneck": 1}),
}
NOANAT_SHARE = 0.05

MAKE = {
    "mr": {"Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Sola", "MAGNETOM Skyra", "MAGNETOM Prisma", "MAGNETOM Altea"]),
           "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Ingenia Elition X"]),
           "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Pioneer", "Optima MR450w"]),
           "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Elan"]),
           "Esaote": ("Esaote", ["O-scan", "S-scan", "G-scan Brio"])},
    "ct": {"Siemens": ("SIEMENS", ["SOMATOM go.Top", "SOMATOM Force", "SOMATOM Drive", "SOMATOM X.cite"]),
           "Philips": ("Philips", ["Incisive CT", "Brilliance 64"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Revolution CT", "Optima CT660"]),
           "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"])},
    "xr": {"Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"]),
           "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact", "Mobilett Elara Max"]),
           "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Visionary", "FCR Profect CS"]),
           "Agfa": ("Agfa", ["DR 400", "DX-D 600", "DR 600"]),
           "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Compass"])},
    "us": {"Philips": ("Philips Medical Systems", ["EPIQ Elite", "Affiniti 70G"]),
           "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
           "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
           "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "Invenia ABUS 2.0"]),
           "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A"])},
    "mg": {"Siemens": ("SIEMENS", ["MAMMOMAT Revelation", "MAMMOMAT Inspiration"]),
           "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality", "FDR MS-3500"]),
           "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"])},
    "dxa": {"Lunar": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"]), "Hologic": ("HOLOGIC", ["Horizon A", "Discovery W"])},
}

# ---------------------------------------------------------------- words
SIDE = {"R": (["rechts", "rechts", "re.", "re", "RE.", "dext."]), "L": (["links", "links", "li.", "li", "LI.", "sin."]),
        "B": (["beidseits", "bds.", "bds", "beidseitig", "bds."])}
# Limb parts: the first name is the common one; the others are joints and bones the spec folds in.
PART = {
    "de": {"KNEE": ["Knie", "Kniegelenk", "Knie", "Patella"], "SHOULDER": ["Schulter", "Schultergelenk", "Clavicula", "Schlüsselbein", "ACG"],
           "HIP": ["Hüfte", "Hüftgelenk", "Hüft-TEP"], "ANKLE": ["OSG", "Sprunggelenk", "OSG/USG"],
           "FOOT": ["Fuß", "Vorfuß", "Calcaneus", "Großzehe", "Mittelfuß", "Rückfuß"], "HAND": ["Hand", "Finger", "Daumen", "Mittelhand"],
           "WRIST": ["Handgelenk", "Scaphoid", "Kahnbein"], "ELBOW": ["Ellenbogen", "Ellbogen"], "FOREARM": ["Unterarm"],
           "ARM": ["Oberarm", "Humerus"], "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Tibia/Fibula"]},
    "at": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Schlüsselbein", "Schultereckgelenk"],
           "HIP": ["Hüfte", "Hüftgelenk"], "ANKLE": ["Sprunggelenk", "OSG", "Knöchel"],
           "FOOT": ["Fuß", "Vorfuß", "Fersenbein", "Zehen", "Großzehe"], "HAND": ["Hand", "Finger", "Daumen"],
           "WRIST": ["Handgelenk", "Kahnbein", "Scaphoid"], "ELBOW": ["Ellbogen", "Ellenbogen"], "FOREARM": ["Unterarm"],
           "ARM": ["Oberarm", "Oberarmknochen"], "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Schienbein"]},
    "ch": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Clavicula", "AC-Gelenk"], "HIP": ["Hüfte", "Hüftgelenk"],
           "ANKLE": ["OSG", "oberes Sprunggelenk", "Sprunggelenk"], "FOOT": ["Fuss", "Vorfuss", "Calcaneus", "Zehen"],
           "HAND": ["Hand", "Finger", "Daumen"], "WRIST": ["Handgelenk", "Scaphoid"], "ELBOW": ["Ellbogen"], "FOREARM": ["Vorderarm", "Unterarm"],
           "ARM": ["Oberarm", "Humerus"], "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Tibia"]},
}
LATIN = {"KNEE": "Genu", "HAND": "Manus", "FOOT": "Pes", "SHOULDER": "Art. humeri", "ELBOW": "Art. cubiti", "ANKLE": "Art. talocruralis"}
MODW = {"de": {"MR": ["MRT", "MRT", "MR", "Kernspin"], "XR": ["Rö", "Rö", "Röntgen", "Rö."], "US": ["Sono", "Sonographie", "US"],
               "CT": ["CT"]},
        "at": {"MR": ["MR", "MRT", "MR-Untersuchung"], "XR": ["Röntgen", "Rö", "RÖ"], "US": ["Sonographie", "Sono", "Ultraschall"],
               "CT": ["CT"]},
        "ch": {"MR": ["MRI", "MRI", "MR", "MRT"], "XR": ["Röntgen", "Rx", "Rö"], "US": ["Ultraschall", "Sonographie", "US"],
               "CT": ["CT"]}}
# English part names for scanner protocol names and processing menus.
EN_PART = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "HIP": "HIP", "ANKLE": "ANKLE", "FOOT": "FOOT", "HAND": "HAND", "WRIST": "WRIST",
           "ELBOW": "ELBOW", "FOREARM": "FOREARM", "ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "TIB FIB"}
BPE_ALT = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "ARM", "CHEST"], "ANKLE": ["FOOT", "EXTREMITY", "LEG"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
           "HAND": ["WRIST", "EXTREMITY"], "THIGH": ["LEG", "HIP"], "LEG": ["KNEE", "EXTREMITY"], "FOREARM": ["ARM"], "ARM": ["SHOULDER"]}
TRANS = [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")]
MOJI = [("ä", "Ã¤"), ("ö", "Ã¶"), ("ü", "Ã¼"), ("ß", "ÃŸ"), ("Ö", "Ã–"), ("Ü", "Ãœ")]


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        _k, self.var, _t, self.p_ascii, self.p_upper, self.v, _s = SITES[site]
        self.ascii = rng.random() < self.p_ascii
        self.upper = rng.random() < self.p_upper
        self.moji = (not self.ascii) and rng.random() < 0.04

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def txt(self, text):
        """A RIS text as this site's console writes it: Swiss ss, ASCII transliteration, capitals,
        now and then UTF-8 read through a Western code page."""
        if self.var == "ch":
            text = text.replace("ß", "ss")
        if self.ascii:
            for a, b in TRANS:
                text = text.replace(a, b)
        elif self.moji:
            for a, b in MOJI:
                text = text.replace(a, b)
        if self.upper:
            text = text.upper().replace("ß", "SS")
        return text

    def mw(self, kind):
        return self.c(MODW[self.var][kind])

    def part(self, code, extra=0.25):
        names = PART[self.var][code]
        return self.c(names) if self.p(extra) else names[0]

    def side(self, s):
        return self.c(SIDE[s])

    def make(self, kind, key=None):
        vendor = self.v[key or kind]
        mk, models = MAKE[kind][vendor]
        return mk, self.c(models)


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.24, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


def scan_of(desc):
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "resolve", "trace")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair", "dark-fluid", "psir")):
        return "SE\\IR"
    if any(k in d for k in ("loc", "scout", "survey", "vibe", "fl3d", "fl2d", "swi", "mprage", "bravo", "tfe", "thrive", "dyn",
                            "cine", "trufi", "perf", "ge 3d", "me2d", "molli", "flash", "lava", "xbone", "medic", "tof", "angio")):
        return "GR"
    return "SE"


SIEM_SEQNAME = {"localizer": "*fl2d1", "pd_tse": "*tse2d1_5", "t1_tse": "*tse2d1_3", "t2_tse": "*tse2d1_15", "t2_tirm": "*tir2d1_11",
                "t1_vibe": "*fl3d1", "ep2d_diff": "*ep_b1000t", "t1_mprage": "*tfl3d1_16ns", "t2_space": "*spc_132ns",
                "t2_me2d": "*me2d1r3", "t2_trufi": "*tfi2d1_71", "tof": "*fl3d1r_t70", "t1_fl2d": "*fl2d1"}


def mr(cx, desc, key="mr", **kw):
    mk, model = cx.make("mr", key)
    m = {"Modality": "MR", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": desc}
    if mk == "SIEMENS":
        for k, v in SIEM_SEQNAME.items():
            if desc.startswith(k):
                m["SequenceName"] = v
                break
    m["ScanningSequence"] = scan_of(desc)
    if cx.p(0.4):
        m["SliceThickness"] = cx.c(["3", "3.5", "4", "2.5", "1"] if "3d" not in desc.lower() else ["0.8", "1", "0.6"])
    m.update(kw)
    return m


def ct(cx, desc, kernel=None, thick=None, key="ct", **kw):
    mk, model = cx.make("ct", key)
    m = {"Modality": "CT", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def ct_series(cx, region_de, labels, why, key="ct", bone=False, lung=False, km=False, angio=False, n=3):
    """The recons, scout and dose page of one CT exam as the vendor names them."""
    vendor = cx.v[key]
    out = []
    if vendor == "Siemens":
        out.append(S(ct(cx, cx.c(["Topogram 0.6 T20s", "Topogram  0.6  T80s", "Topogramm"]), "T20s", "0.6", key,
                        ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; topogram of the exam"))
        recs = [(f"{region_de} 3.0 Br40 3", "Br40", "3"), (f"{region_de} 1.0 Br40 3", "Br40", "1")]
        if bone:
            recs.append((f"{region_de} 1.0 Br64 3", "Br64", "1"))
        if lung:
            recs.append((f"{region_de} 1.0 Bl57 3", "Bl57", "1"))
        if angio:
            recs = [(f"CTA {region_de} 0.75 Bv40 3", "Bv40", "0.75"), (f"MIP {region_de}", "Bv40", "10")]
        if km and not angio:
            recs.append((f"{region_de} venös 3.0 Br40 3", "Br40", "3"))
        dose = ("Patient Protocol", "DERIVED\\SECONDARY\\OTHER")
    elif vendor == "GE":
        out.append(S(ct(cx, "Scout", None, None, key, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; scout of the exam"))
        recs = [("5mm STND", "STANDARD", "5"), ("1.25mm STND", "STANDARD", "1.25")]
        if bone:
            recs.append(("1.25mm BONE", "BONE", "1.25"))
        if lung:
            recs.append(("1.25mm LUNG", "LUNG", "1.25"))
        if angio:
            recs = [("0.625mm CTA", "STANDARD", "0.625"), ("MIP 10mm", "STANDARD", "10")]
        if km and not angio:
            recs.append(("Portal 2.5mm", "STANDARD", "2.5"))
        dose = ("Dose Report", "DERIVED\\SECONDARY\\SCREEN SAVE")
    elif vendor == "Philips":
        out.append(S(ct(cx, "Surview", None, None, key, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; surview of the exam"))
        recs = [("iDose 4 Standard(B)", "B", "3"), (f"{region_de} 1mm", "B", "1")]
        if bone:
            recs.append(("Knochen 1mm (YC)", "YC", "1"))
        if lung:
            recs.append(("Lunge 1mm (L)", "L", "1"))
        if angio:
            recs = [("CTA 0.9mm (XCA)", "XCA", "0.9"), ("MIP", "XCA", "8")]
        if km and not angio:
            recs.append(("venös 3mm", "B", "3"))
        dose = ("Dose Info", "DERIVED\\SECONDARY\\OTHER")
    else:  # Canon
        out.append(S(ct(cx, "Scanogram", None, None, key, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; scanogram of the exam"))
        recs = [("AXIAL 5.0", "FC13", "5"), ("AXIAL 1.0 AIDR 3D", "FC13", "1")]
        if bone:
            recs.append(("AXIAL 1.0 FC30", "FC30", "1"))
        if lung:
            recs.append(("LUNG 1.0 FC52", "FC52", "1"))
        if angio:
            recs = [("CTA 0.5 FC03", "FC03", "0.5"), ("MIP COR", "FC03", "5")]
        if km and not angio:
            recs.append(("PV AXIAL 3.0", "FC13", "3"))
        dose = ("Dose Summary", "DERIVED\\SECONDARY\\OTHER")
    for d, k, t in recs[:n + 1]:
        out.append(S(ct(cx, d, k, t, key, ImageType="ORIGINAL\\PRIMARY\\AXIAL"), labels, None, why))
    out.append(S(ct(cx, dose[0], None, None, key, ImageType=dose[1]), [], None, "CT dose page: text, no anatomy", img=False))
    return out


def xr(cx, desc, view=None, key="xr", **kw):
    mk, model = cx.make("xr", key)
    mod = "CR" if "FCR" in model else "DX"
    m = {"Modality": mod, "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us(cx, desc, **kw):
    mk, model = cx.make("us")
    m = {"Modality": "US", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


def code_seq(value, scheme, meaning):
    return [{"CodeValue": value, "CodingSchemeDesignator": scheme, "CodeMeaning": meaning}]


# ---------------------------------------------------------------- musculoskeletal

LIMB_MR = ["KNEE"] * 8 + ["SHOULDER"] * 5 + ["ANKLE"] * 3 + ["HIP"] * 2 + ["FOOT"] * 2 + ["WRIST"] * 2 + ["HAND", "ELBOW", "ELBOW",
                                                                                                          "THIGH", "LEG", "ARM", "FOREARM"]
ESAOTE_OK = {"KNEE", "ANKLE", "FOOT", "WRIST", "HAND", "ELBOW", "SHOULDER", "LEG", "FOREARM"}


def msk_mr_series(cx, code, labels, side, why, key):
    vendor = cx.v[key]
    planes = {"SHOULDER": ["cor", "sag", "tra"], "HIP": ["cor", "tra", "sag"]}.get(code, ["cor", "sag", "tra"])
    ser = []
    if vendor == "Siemens":
        ser.append(("localizer", "localizer"))
        for pl in planes:
            ser.append((f"pd_tse_fs_{pl}", "sequence-only name"))
        ser.append((cx.c(["t1_tse_cor", "t1_tse_sag", "t2_tse_sag", "t1_tse_tra"]), "sequence-only name"))
        if cx.p(0.3):
            ser.append(("t1_vibe_fs_tra_KM", "contrast series"))
    elif vendor == "Philips":
        ser.append(("Survey", "survey"))
        for pl in planes:
            ser.append((f"PDW_SPAIR_{pl.upper()}", "sequence-only name"))
        ser.append((cx.c(["T1W_TSE_COR", "T2W_TSE_SAG", "PDW_mDIXON_TRA"]), "sequence-only name"))
    elif vendor == "GE":
        ser.append((cx.c(["3-Plane Loc", "3Pl Loc", "Loc"]), "localizer"))
        for pl in ["Cor", "Sag", "Ax"]:
            ser.append((f"{pl} PD FS", "sequence-only name"))
        ser.append((cx.c(["Cor T1 FSE", "Sag T2 FS", "Sag CUBE PD"]), "sequence-only name"))
    elif vendor == "Canon":
        ser.append((cx.c(["Locator", "FE locator"]), "locator"))
        for pl in ["COR", "SAG", "AX"]:
            ser.append((f"PD FS {pl}", "sequence-only name"))
        ser.append((cx.c(["T1 SE COR", "T2 FSE SAG", "T2* FE AX"]), "sequence-only name"))
    else:  # Esaote dedicated extremity MR
        ser.append(("Scout", "scout"))
        for d in ["SE T1 COR", "STIR COR", "FSE T2 SAG", cx.c(["GE 3D T1", "STIR SAG", "SE T1 AX", "XBONE COR", "SST2 AX"])]:
            ser.append((d, "sequence-only name, dedicated extremity MR"))
    out = []
    for d, w in ser:
        m = mr(cx, d, key)
        if cx.p(0.5):
            m["ProtocolName"] = {"SIEMENS": cx.c([EN_PART[code].lower(), f"{EN_PART[code].capitalize()} Routine"]),
                                 "Philips Medical Systems": cx.txt(PART[cx.var][code][0]) + cx.c(["", " nativ", " Standard"]),
                                 "GE MEDICAL SYSTEMS": f"{EN_PART[code]} ROUTINE", "CANON_MEC": f"{EN_PART[code]}_PD",
                                 "Esaote": cx.c(["Coil 1", "Coil 2", "Coil 3", "Coil 7", f"{EN_PART[code].capitalize()} coil 2"])}[m["Manufacturer"]]
        if cx.p(0.04):
            m["PatientPosition"] = "FFS" if code in ("KNEE", "ANKLE", "FOOT", "LEG", "THIGH", "HIP") else "HFS"
        bpe(cx, m, code if code != "ARM" else "HUMERUS", BPE_ALT[code])
        if side in ("L", "R") and cx.p(0.15):
            m["Laterality"] = side
        out.append(S(m, labels, side, f"{why}; {w}"))
    return out


def msk_mr(cx):
    key = "mr"
    code = cx.c(LIMB_MR)
    if "mr2" in cx.v and cx.v["mr2"] == "Esaote" and code in ESAOTE_OK and cx.p(0.55):
        key = "mr2"
    side = cx.c("LLLLRRRRR")
    labels = [code]
    part = cx.part(code)
    if code == "HIP" and cx.p(0.35):
        side = "B"
        part = cx.c(["Hüften", "beide Hüftgelenke", "Hüftgelenke"])
        sw = cx.c(["bds.", "beidseits", ""])
        labels = ["HIP", "PELVIS"]
        why = "MR of both hips on one pelvic field of view: hips and pelvis, both sides"
    elif code == "THIGH" and cx.p(0.3):
        side = "B"
        part = "Oberschenkel"
        sw = cx.c(["bds.", "beidseits"])
        why = "MR of both thighs (muscle): both sides"
    else:
        sw = cx.side(side)
        why = f"{code.lower()} MR, side from the order"
    mw = cx.mw("MR")
    arthro = code in ("SHOULDER", "HIP", "WRIST") and cx.p(0.12) and side != "B"
    if arthro:
        mw = cx.c(["MRT", "MR"] if cx.var != "ch" else ["MRI", "MR"])
        forms = [f"Arthro-{mw} {part} {sw}", f"{mw}-Arthrographie {part} {sw}", f"Arthro-MR {part} {sw} (direkt)"]
    else:
        forms = [f"{mw} {part} {sw}", f"{mw} {part} {sw} nativ", f"{mw} {sw} {part}", f"{mw} {part} {sw} (Orthopädie)",
                 f"{mw} {part} {sw} mit KM", f"{mw}-{part} {sw}"]
        if side != "B" and code in LATIN and cx.p(0.3):
            forms = [f"{mw} {LATIN[code]} {cx.c(['dext.', 'dextra', 'dexter']) if side == 'R' else cx.c(['sin.', 'sinistra', 'sinister'])}"]
    sd = cx.txt(cx.c(forms).strip().replace("  ", " "))
    if key == "mr2" and cx.p(0.5):
        why += "; dedicated low-field extremity MR"
    ser = msk_mr_series(cx, code, labels, side, why, key)
    if arthro:
        mk = cx.c([("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"), ("SIEMENS", "Cios Alpha")])
        for d in ["Arthrographie", cx.c(["Injektion", "KM-Injektion", "Durchleuchtung", "Fluoro Store"])]:
            m = {"Modality": "RF" if "Cios" not in mk[1] else "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, code, BPE_ALT[code], p_missing=0.5)
            ser.append(S(m, labels, side, f"{code.lower()} arthrography injection before MR; side from the order"))
    return sd, ser


XR_VIEWS = {"KNEE": ["a.p.", "seitl.", "Patella tangential", "a.p. stehend", "Rosenberg", "Frik"],
            "SHOULDER": ["a.p.", "true a.p.", "Y-Aufnahme", "axial", "Outlet-View"], "HIP": ["a.p.", "axial", "Lauenstein", "Dunn"],
            "ANKLE": ["a.p.", "seitl.", "mortise", "a.p. 20° IR"], "FOOT": ["d.p.", "schräg", "seitl. stehend", "d.p. stehend"],
            "HAND": ["d.v.", "schräg", "Zitherspieler", "seitl."], "WRIST": ["d.v.", "seitl.", "Scaphoid-Quartett", "Stecher"],
            "ELBOW": ["a.p.", "seitl.", "Radiusköpfchen"], "FOREARM": ["a.p.", "seitl."], "ARM": ["a.p.", "seitl."],
            "THIGH": ["a.p.", "seitl."], "LEG": ["a.p.", "seitl."]}
VIEWPOS = {"a.p.": "AP", "seitl.": "LL", "d.p.": "AP", "d.v.": "PA", "axial": None, "schräg": None}
LIMB_XR = ["KNEE"] * 5 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 4 + ["HIP"] * 3 + ["ELBOW"] * 2 + [
    "FOREARM", "LEG", "THIGH", "ARM"]


def xr_limb_series(cx, code, labels, side, why, views):
    out = []
    for v in views:
        d = cx.txt(cx.c([f"{PART[cx.var][code][0]} {v}", v, f"{PART[cx.var][code][0]} {v}"]))
        m = xr(cx, d, VIEWPOS.get(v))
        mk = m["Manufacturer"]
        if mk == "Agfa" and cx.p(0.6):
            m["AcquisitionDeviceProcessingDescription"] = cx.c([EN_PART[code].capitalize(), f"{EN_PART[code]} AP", "Extremity"])
        if mk == "FUJIFILM Corporation" and cx.p(0.5):
            m["AcquisitionDeviceProcessingDescription"] = f"{EN_PART[code]},{cx.c(['A-P', 'LAT', 'P-A'])}"
        if mk == "SIEMENS" and cx.p(0.5):
            m["ProtocolName"] = cx.txt(f"{PART[cx.var][code][0]} {v}") + ("" if side == "B" else f" {cx.c(['re', 'rechts']) if side == 'R' else cx.c(['li', 'links'])}")
        if mk == "Carestream Health" and cx.p(0.5):
            m["ProtocolName"] = f"{EN_PART[code]} {cx.c(['AP', 'LAT', 'OBL'])}"
        if side in ("L", "R") and cx.p(0.45):
            m["ImageLaterality"] = side
        bpe(cx, m, code if code != "ARM" else "HUMERUS", BPE_ALT[code])
        out.append(S(m, labels, side, why))
    return out


def msk_xr(cx):
    code = cx.c(LIMB_XR)
    side = cx.c("LLLLRRRR")
    mw = cx.mw("XR")
    part = cx.part(code)
    views = cx.rng.sample(XR_VIEWS[code], 2)
    special = cx.c(["long", "long", "pelvis", "pelvis", "pelvis", "knees", "knees", "hands", "hands", "feet"]) if cx.p(0.4) else None
    if special == "long":
        # standing long-leg film (orthopaedic referral before osteotomy or arthroplasty)
        sd = cx.txt(cx.c(["Ganzbeinstandaufnahme", "Ganzbein-Standaufnahme bds.", "Beinachse stehend bds.", "Rö Ganzbein a.p. stehend",
                          "Ganzbeinaufnahme im Stehen"]))
        m = xr(cx, cx.txt(cx.c(["Ganzbein a.p.", "Ganzbein", "Stitching Ganzbein", "Long Leg"])), "AP", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["LOWER LIMB", "KNEE", "EXTREMITY"])
        return sd, [S(m, LONGLEG, "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if special == "knees":
        sd = cx.txt(cx.c([f"{mw} Knie bds. a.p. stehend + seitl.", f"{mw} beide Knie stehend", "Kniegelenke bds. im Stehen"]))
        ser = [S(xr(cx, cx.txt("Knie bds. a.p. stehend"), "AP", ImageLaterality="B"), ["KNEE"], "B", "both knees on one standing film")]
        for s in "RL":
            ser.append(S(xr(cx, cx.txt(f"Knie seitl. {cx.side(s)}"), "LL", ImageLaterality=s), ["KNEE"], s,
                         "lateral of one knee in a both-knees order; ImageLaterality and the view name give the side"))
        for s in ser:
            bpe(cx, s["meta"], "KNEE", ["LEG"])
        return sd, ser
    if special == "hands":
        sd = cx.txt(cx.c(["Rö Hände und Vorfüße bds. (Rheuma)", "Hände + Füße bds. d.p.", "Röntgen Hände bds.", "Rö beide Hände d.v. + schräg"]))
        ser = [S(xr(cx, cx.txt(cx.c(["Hände d.v.", "Hände bds. d.v.", "Haende dv"])), "PA"), ["HAND"], "B", "both hands on one film")]
        if "Fü" in sd or "Fue" in sd or "FÜ" in sd or "FUE" in sd:
            ser.append(S(xr(cx, cx.txt(cx.c(["Vorfüße d.p.", "Füße bds. d.p."])), "AP"), ["FOOT"], "B", "both forefeet on one film"))
        for s in ser:
            bpe(cx, s["meta"], s["labels"][0], ["EXTREMITY"])
        return sd, ser
    if special == "pelvis":
        sd = cx.txt(cx.c(["Beckenübersicht + Hüfte axial bds.", "Rö Becken a.p. + Hüften bds.", "Becken-Übersicht (Hüft-TEP Kontrolle)",
                          "Beckenübersicht tiefzentriert", "Rö Hüftgelenke bds. + Becken"]))
        m = xr(cx, cx.txt(cx.c(["Becken a.p.", "Beckenübersicht", "Becken tief a.p.", "BÜS"])), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "pelvis overview in a hip order: pelvis and both hip joints")]
        for s in "LR":
            mm = xr(cx, cx.txt(f"Hüfte {cx.c(['axial', 'Lauenstein'])} {cx.side(s)}"), None, ImageLaterality=s)
            bpe(cx, mm, "HIP", ["PELVIS"])
            ser.append(S(mm, ["HIP"], s, "axial (Lauenstein) view of one hip in a both-hips order"))
        return sd, ser
    if special == "feet":
        sd = cx.txt("Füße bds. d.p. + seitl. stehend")
        ser = [S(xr(cx, cx.txt("Füße bds. d.p. stehend"), "AP", ImageLaterality="B"), ["FOOT"], "B", "both feet on one standing film")]
        bpe(cx, ser[0]["meta"], "FOOT", ["EXTREMITY"])
        return sd, ser
    sw = cx.side(side)
    forms = [f"{mw} {part} {sw}", f"{mw} {part} {sw} in 2 Ebenen", f"{mw} {part} {sw} 2E", f"{part} {sw} {' + '.join(views)}",
             f"{mw} {sw}. {part}".replace("..", "."), f"{mw} {part} {sw} (Trauma)"]
    if code == "WRIST" and cx.p(0.4):
        forms = [f"{mw} Scaphoid {sw} (Quartett)", f"Kahnbein-Serie {sw}"]
    sd = cx.txt(cx.c(forms))
    why = f"{code.lower()} radiograph, side from the order"
    ser = xr_limb_series(cx, code, [code], side, why, views)
    return sd, ser


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["KNEE", "KNEE", "ANKLE", "ELBOW", "WRIST", "HAND", "THIGH", "LEG", "FOOT", "HIP"])
    side = cx.c("LLRR")
    sw = cx.side(side)
    mw = cx.mw("US")
    part = {"ANKLE": cx.c(["Achillessehne", "OSG", "Sprunggelenk"]), "HAND": cx.c(["Hand", "Finger", "Ringband D3"]),
            "THIGH": "Oberschenkel Weichteile", "LEG": cx.c(["Wade", "Unterschenkel"]), "FOOT": cx.c(["Plantarfaszie", "Vorfuß"]),
            "KNEE": cx.c(["Knie", "Kniekehle (Baker-Zyste)"])}.get(code, cx.part(code, 0.1))
    sd = cx.txt(cx.c([f"{mw} {part} {sw}", f"{mw} {part} {sw}", f"Gelenksonographie {part} {sw}"]))
    why = f"{code.lower()} ultrasound, side from the order"
    if part == "Achillessehne":
        why = "Achilles tendon ultrasound: ankle (convention), side from the order"
    if part == "Plantarfaszie":
        why = "plantar fascia ultrasound: foot, side from the order"
    out = []
    for d in [cx.c([EN_PART[code], f"{EN_PART[code]} {cx.c(['long', 'trans', 'LONG', 'TRANS'])}", "MSK", "Bewegungsapparat"]),
              cx.c(["Clip", "Cine", ""])]:
        m = us(cx, d or "US")
        bpe(cx, m, code, BPE_ALT[code], p_missing=0.45)
        out.append(S(m, [code], side, why))
    return sd, out


def msk_ct(cx):
    code = cx.c(["WRIST", "FOOT", "ANKLE", "KNEE", "SHOULDER", "ELBOW", "HIP", "TORSION", "TORSION", "TORSION"])
    if code == "TORSION":
        sd = cx.txt(cx.c(["CT Torsionsmessung Beine", "CT-Rotationsmessung Femur/Tibia bds.", "Torsions-CT beide Beine"]))
        labels = ["HIP", "KNEE", "ANKLE"]
        why = "torsion CT: short blocks through both hips, knees and ankles"
        ser = ct_series(cx, "Torsion", labels, why, bone=True, n=1)
        return sd, [dict(s, laterality="B" if s["img"] else None) for s in ser]
    side = cx.c("LR")
    part = {"WRIST": cx.c(["Handgelenk", "Scaphoid"]), "FOOT": cx.c(["Calcaneus", "Fersenbein", "Rückfuß"]), "KNEE": cx.c(["Knie", "Tibiakopf"]),
            "ANKLE": "OSG"}.get(code, cx.part(code, 0.2))
    sd = cx.txt(cx.c([f"CT {part} {cx.side(side)}", f"CT {part} {cx.side(side)} nativ", f"CT {part} {cx.side(side)} (Fraktur?)"]))
    why = f"{code.lower()} CT, side from the order"
    region = {"WRIST": "Hand", "FOOT": "Fuss", "ANKLE": "Fuss", "KNEE": "Knie", "SHOULDER": "Schulter", "ELBOW": "Ellbogen", "HIP": "Becken"}[code]
    ser = ct_series(cx, region, [code], why, bone=True, n=2)
    for s in ser:
        if s["img"]:
            s["laterality"] = side
            bpe(cx, s["meta"], "EXTREMITY" if cx.p(0.4) else code, BPE_ALT[code])
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.42:
        return msk_mr(cx)
    if r < 0.85:
        return msk_xr(cx)
    if r < 0.92:
        return msk_us(cx)
    return msk_ct(cx)


# ---------------------------------------------------------------- spine

def spine_mr_series(cx, labels, why, key, region):
    vendor = cx.v[key]
    names = {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tirm_sag", "t2_tse_tra"] + (["t2_me2d_tra"] if region == "c" else []),
             "Philips": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "STIR_SAG", "T2W_TSE_TRA"],
             "GE": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Sag STIR", "Ax T2 FSE"],
             "Canon": ["Locator", "T2 SAG", "T1 SAG", "STIR SAG", "T2 AX"],
             "Esaote": ["Scout", "FSE T2 SAG", "SE T1 SAG", "STIR SAG", "FSE T2 AX"]}[vendor]
    out = []
    for d in names:
        m = mr(cx, d, key)
        if vendor == "Esaote" and cx.p(0.6):
            m["ProtocolName"] = cx.c(["LWS stehend 81 Grad", "Spine upright", "L-SPINE WB", "LWS liegend"])
        elif cx.p(0.35):
            m["ProtocolName"] = {"c": "HWS", "t": "BWS", "l": "LWS", "ws": "Ganze WS", "ct": "HWS_BWS", "tl": "BWS_LWS", "lisg": "LWS_ISG"}[region]
        bpe(cx, m, {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE", "ct": "SPINE", "tl": "SPINE", "lisg": "LSPINE"}[region],
            ["SPINE", "ABDOMEN" if region == "l" else "NECK" if region == "c" else "CHEST"])
        out.append(S(m, labels, None, why + ("; localizer" if d in ("localizer", "Survey", "3-Plane Loc", "Locator", "Scout") else "")))
    return out


SP_WORD = {"c": ["HWS", "Halswirbelsäule", "HWS"], "t": ["BWS", "Brustwirbelsäule"], "l": ["LWS", "Lendenwirbelsäule", "LWS"],
           "ws": ["Ganzwirbelsäule", "gesamte WS", "HWS/BWS/LWS", "WS komplett"], "ct": ["HWS/BWS", "HWS + BWS"],
           "tl": ["BWS/LWS", "thorakolumbaler Übergang", "BWS + LWS"], "lisg": ["LWS + ISG", "LWS/ISG"]}
SP_LAB = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "ct": ["CSPINE", "TSPINE"], "tl": ["TSPINE", "LSPINE"],
          "lisg": ["LSPINE", "PELVIS"]}


def spine(cx):
    r = cx.rng.random()
    if r < 0.5:
        region = cx.c(["l"] * 6 + ["c"] * 4 + ["t", "ws", "ct", "tl", "lisg"])
        key = "mr"
        if cx.v.get("mr2") == "Esaote" and region == "l" and cx.p(0.5):
            key = "mr2"
        w = cx.c(SP_WORD[region])
        mw = cx.mw("MR")
        sd = cx.txt(cx.c([f"{mw} {w}", f"{mw} {w} nativ", f"{mw} der {w}", f"{mw} {w} mit KM", f"{mw} {w} (Bandscheibe)"]))
        if key == "mr2":
            sd = cx.txt(cx.c(["MRT LWS stehend (Funktions-MRT)", "Upright-MRT LWS", "MRT LWS im Stehen und Liegen"]))
        why = f"spine MR: {w}" if region not in ("lisg",) else "lumbar spine and sacroiliac joints (axSpA): lumbar spine and pelvis"
        return sd, spine_mr_series(cx, SP_LAB[region], why, key, region)
    if r < 0.72:
        region = cx.c(["l"] * 4 + ["c"] * 3 + ["t", "ws", "sacrum", "isg"])
        mw = cx.mw("XR")
        if region == "ws":
            sd = cx.txt(cx.c(["WS-Ganzaufnahme stehend (Skoliose)", "Rö Wirbelsäule ganz a.p. + seitl. stehend", "Skoliose-Aufnahme"]))
            ser = [S(xr(cx, cx.txt(d), v, ImageType="DERIVED\\PRIMARY\\STITCHED"), WSPINE, None, "full-spine standing film: whole spine")
                   for d, v in [("WS ganz a.p.", "AP"), ("WS ganz seitl.", "LL")]]
        elif region in ("sacrum", "isg"):
            if region == "sacrum":
                sd = cx.txt(cx.c(["Rö Os sacrum + Steißbein", "Rö Steißbein seitl.", "Rö Kreuzbein/Steißbein 2E"]))
                views = [("Sacrum a.p.", "AP"), (cx.c(["Steißbein seitl.", "Sacrum seitl."]), "LL")]
            else:
                sd = cx.txt(cx.c(["Rö ISG bds.", "Rö Iliosakralgelenke", "Rö ISG beidseits schräg"]))
                views = [("ISG a.p.", "AP"), (cx.c(["ISG schräg", "ISG Barsony"]), None)]
            ser = [S(xr(cx, cx.txt(d), v), ["PELVIS"], None, "sacrum, coccyx or SI joints: pelvis") for d, v in views]
        else:
            w = cx.c(SP_WORD[region][:2])
            sd = cx.txt(cx.c([f"{mw} {w} in 2 Ebenen", f"{mw} {w} 2E", f"{mw} {w} + Funktionsaufnahmen", f"{w} a.p. + seitl."]))
            vs = [("a.p.", "AP"), ("seitl.", "LL")] + ([("Inklination", "LL"), ("Reklination", "LL")] if "Funktion" in sd else [])
            ser = [S(xr(cx, cx.txt(cx.c([f"{SP_WORD[region][0]} {v}", v])), vp), SP_LAB[region], None, f"spine radiograph: {w}")
                   for v, vp in vs]
        for s in ser:
            bpe(cx, s["meta"], {"PELVIS": "PELVIS", "LSPINE": "LSPINE", "CSPINE": "CSPINE", "TSPINE": "TSPINE"}.get(s["labels"][0], "SPINE")
                if len(s["labels"]) == 1 else "SPINE", ["SPINE", "ABDOMEN"])
        return sd, ser
    if r < 0.85 and "ct" in cx.v:
        # CT-guided periradicular or facet injection: spine (or SI joint), no laterality for axial structures
        lvl = cx.c(["L4", "L5", "L5/S1", "L4/5", "S1"])
        s = cx.c(["re.", "li.", "rechts", "links", "bds."])
        kind = cx.c(["PRT", "PRT", "Facetteninfiltration", "ISG-Infiltration", "CT-gesteuerte PRT"])
        sd = cx.txt(f"{kind} {lvl if kind != 'ISG-Infiltration' else ''} {s}".replace("  ", " "))
        lab = ["PELVIS"] if kind == "ISG-Infiltration" else ["LSPINE"]
        why = "CT-guided spinal injection: lumbar spine" if lab == ["LSPINE"] else "CT-guided SI joint injection: pelvis"
        ser = ct_series(cx, "LWS", lab, why + "; spine takes no side", bone=False, n=1)
        ser.insert(2, S(ct(cx, cx.c(["Nadellage", "Intervention 2.0", "Kontrolle Nadel", "Needle"]), None, "2"), lab, None, why + "; needle check"))
        return sd, ser
    region = cx.c(["l", "l", "c", "t", "ws"])
    w = cx.c(SP_WORD[region][:2])
    sd = cx.txt(cx.c([f"CT {w}", f"CT {w} nativ", f"CT {w} (Trauma)"]))
    ser = ct_series(cx, cx.c(["WS", SP_WORD[region][0].replace("/", "-")]), SP_LAB[region], f"spine CT: {w}", bone=True, n=2)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "SPINE" if region == "ws" else SP_LAB[region][0], ["SPINE", "ABDOMEN"])
    return sd, ser


# ---------------------------------------------------------------- breast

def mg_image(cx, side, view, key, why, tomo=False, synth=False, diag=False):
    mk, model = cx.make("mg", key)
    if mk.startswith("HOLOGIC"):
        d = f"{side} {view}" + (" Tomosynthesis Reconstruction" if tomo else "") + (" C-View" if synth else "")
    elif mk == "SIEMENS":
        d = f"{side}{view}" if cx.p(0.5) else f"{view} {'rechts' if side == 'R' else 'links'}"
        d += " Tomo" if tomo else ""
    else:
        d = f"{side}-{view}" if cx.p(0.5) else f"{view} {'re' if side == 'R' else 'li'}"
        d += " S-View" if synth else (" TOMO" if tomo else "")
    m = {"Modality": "MG", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": d, "ImageLaterality": side,
         "ViewPosition": view.replace("ML", "ML").split()[0]}
    if tomo:
        m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.13.1.3"
        m["ImageType"] = "DERIVED\\PRIMARY\\TOMOSYNTHESIS\\NONE"
    elif synth:
        m["ImageType"] = "DERIVED\\PRIMARY\\GENERATED_2D"
    else:
        m["ImageType"] = "ORIGINAL\\PRIMARY"
    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.1, p_alt=0.04)
    return S(m, ["BREAST"], side, why)


def breast(cx):
    r = cx.rng.random()
    key = "mg2" if "mg2" in cx.v and cx.p(0.35) else "mg"
    if r < 0.38:
        if cx.var == "at":
            sd = cx.txt(cx.c(["Mammographie Früherkennung (BKFP)", "Screening-Mammographie", "Mammo Vorsorge bds.", "früh erkennen Mammographie"]))
        elif cx.var == "ch":
            sd = cx.txt(cx.c(["Mammographie-Screening (Programm)", "Screening-Mammographie bds.", "Mammographie bds."]))
        else:
            sd = cx.txt(cx.c(["Mammographie-Screening", "MX Screening", "Screening-Mammographie (Erstuntersuchung)",
                              "Mammographie-Screening Folgerunde", "Screening MAMMO bds."]))
        why = "screening mammogram, one breast per image: side from ImageLaterality"
        tomo = key == "mg2" or cx.v.get("mg") == "Hologic"
        ser = []
        for s in "RL":
            for v in ("CC", "MLO"):
                ser.append(mg_image(cx, s, v, key, why))
                if tomo and cx.p(0.3):
                    ser.append(mg_image(cx, s, v, key, why + "; tomosynthesis", tomo=True))
        if cx.p(0.35) and cx.v.get("mg") in ("Hologic", "Fujifilm"):
            ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50", "SeriesDescription": "Mammography CAD SR"}, [], None,
                         "CAD structured report: no pixels", img=False))
        if cx.site == "de-screening" and cx.p(0.3):
            for s in ser:
                if s["img"]:
                    s["meta"]["ProcedureCodeSequence"] = code_seq("01750", "EBM", "Röntgenuntersuchung im Rahmen des Mammographie-Screenings")
        return sd, ser
    if r < 0.58:
        side = cx.c("LRB")
        sw = cx.side(side)
        sd = cx.txt(cx.c([f"Mammographie {sw}", f"Mammographie kurativ {sw}", f"Abklärung Mammographie {sw} (Tastbefund)",
                          f"Mammo {sw} + Tomosynthese", f"Mammographie {sw} Zusatzaufnahme"]))
        why = "diagnostic mammogram, one breast per image"
        sides = "RL" if side == "B" else side
        ser = []
        for s in sides:
            for v in ("CC", "MLO") if "Zusatz" not in sd else ("ML", "CC"):
                ser.append(mg_image(cx, s, v, key, why, tomo="Tomo" in sd and cx.p(0.5), synth="Tomo" in sd and cx.p(0.3)))
        if cx.p(0.3) and cx.site in ("de-praxis-muc", "de-screening"):
            for s in ser:
                s["meta"]["ProcedureCodeSequence"] = code_seq("34270", "EBM", "Mammographie")
        return sd, ser
    if r < 0.75:
        side = cx.c("LRBB")
        sw = cx.side(side)
        mw = cx.mw("US")
        sd = cx.txt(cx.c([f"{mw} Mamma {sw}", f"Mammasonographie {sw}", f"{mw} Mammae {sw} + Axilla", f"Sono Brust {sw}"]))
        if side == "B":
            sd = cx.txt(cx.c(["Mammasonographie bds.", "Sono Mammae beidseits", "Sono Brust bds. + Axillen", "Mamma-Sono bds."]))
        why = "breast ultrasound, side from the order"
        out = []
        for _ in range(2):
            if side == "B":
                s = cx.c("LR")
                d = cx.c([f"Mamma {cx.side(s)} {cx.c(['12 Uhr', '3 Uhr', '9 Uhr', 'retromamillär'])}", "Breast", "BREAST"])
                m = us(cx, cx.txt(d))
                lab_side = s if d.startswith("Mamma") else "B"
                if lab_side == "B":
                    out.append(S(m, ["BREAST"], "B", why + "; image of a both-breasts study without a side"))
                else:
                    m["ImageLaterality"] = s if cx.p(0.4) else m.get("ImageLaterality")
                    if m.get("ImageLaterality") is None:
                        m.pop("ImageLaterality")
                    out.append(S(m, ["BREAST"], s, "breast ultrasound image of one side in a both-breasts study; side in the image name"))
            else:
                m = us(cx, cx.c(["Breast", "BREAST", "Mamma", "Axilla"]))
                out.append(S(m, ["BREAST"], side, why))
            bpe(cx, out[-1]["meta"], "BREAST", ["CHEST"], p_missing=0.5)
        return sd, out
    if r < 0.88:
        mw = cx.mw("MR")
        sd = cx.txt(cx.c([f"{mw} Mamma bds.", f"{mw} Mammae mit KM", f"{mw} der Brust beidseits", "Mamma-MRT (Hochrisiko)",
                          f"{mw} Mamma bds. dynamisch"]))
        why = "breast MR: both breasts in one field of view"
        names = {"SIEMENS": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dynaVIEWS", "t1_fl3d_tra_dynaVIEWS_SUB", "ep2d_diff_tra", "MIP_SUB"],
                 "other": ["Survey", "T2W_TSE", "DYN_eTHRIVE", "SUB_DYN", "DWI", "MIP"]}
        mk = cx.make("mr")[0]
        out = []
        for d in names["SIEMENS" if mk == "SIEMENS" else "other"]:
            m = mr(cx, d)
            if "SUB" in d or "MIP" in d:
                m["ImageType"] = "DERIVED\\PRIMARY\\SUBTRACTION" if "MIP" not in d else "DERIVED\\PRIMARY\\MIP"
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.35, p_alt=0.2)
            out.append(S(m, ["BREAST"], "B", why))
        if cx.site == "de-praxis-muc" and cx.p(0.5):
            for s in out:
                s["meta"]["ProcedureCodeSequence"] = code_seq("5721", "GOÄ", "MRT der Mamma(e)")
        return sd, out
    # stereotactic vacuum biopsy and specimen radiograph
    side = cx.c("LR")
    sw = cx.side(side)
    sd = cx.txt(cx.c([f"Stereotaktische Vakuumbiopsie {sw}", f"VAB Mamma {sw} (Mikrokalk)", f"Stanzbiopsie Mamma {sw} sonographisch"]))
    why = "breast biopsy of one side: breast, side from the order"
    out = []
    if "sonograph" in sd:
        for d in ["Biopsie", "Nadel", "Post"]:
            out.append(S(us(cx, d), ["BREAST"], side, why))
        return sd, out
    mk, model = ("HOLOGIC, Inc.", "Affirm Prone") if cx.p(0.5) else cx.make("mg")
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Präparat"]:
        m = {"Modality": "MG", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": cx.txt(d), "ImageLaterality": side}
        w = why + ("; specimen radiograph of the core: breast of that side" if d == "Präparat" else "")
        out.append(S(m, ["BREAST"], side, w))
    return sd, out


# ---------------------------------------------------------------- head, neck, chest, heart

def head_mr_series(cx, labels, why, extra=(), key="mr"):
    mk = cx.make("mr", key)[0]
    if mk == "SIEMENS":
        names = ["localizer", "t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra_b1000_TRACEW", "ep2d_diff_tra_ADC", "t1_mprage_sag_KM",
                 "swi3d1r_tra"]
    elif mk.startswith("Philips"):
        names = ["Survey", "T2W_TSE", "T2W_FLAIR", "DWI", "dADC", "3D_T1W_TFE_KM", "SWIp"]
    elif mk.startswith("GE"):
        names = ["3-Plane Loc", "Ax T2 PROPELLER", "Ax T2 FLAIR", "Ax DWI", "ADC", "Sag 3D T1 BRAVO +C", "Ax SWAN"]
    else:
        names = ["Locator", "T2 AX", "FLAIR AX", "DWI AX", "ADC", "3D T1 MPRAGE", "SWI"]
    out = []
    for d in list(names[:5]) + list(extra):
        m = mr(cx, d, key)
        if "ADC" in d:
            m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC"
        bpe(cx, m, "HEAD", ["BRAIN", "SKULL"], p_missing=0.3, p_alt=0.25)
        out.append(S(m, labels, None, why))
    return out


def neuro(cx):
    r = cx.rng.random()
    mw = cx.mw("MR")
    if r < 0.45:
        sub = cx.c(["Schädel", "Kopf", "Schädel", "Hypophyse", "Kleinhirnbrückenwinkel", "Orbita", "Kopf + HWS (MS)", "Kopf (Epilepsie)"])
        sd = cx.txt(cx.c([f"{mw} {sub}", f"{mw} {sub} nativ + KM", f"{mw} {sub} mit KM"] + (["cMRT", "cMRT nativ + KM"] if sub == "Schädel" else [])))
        if "HWS" in sub:
            ser = head_mr_series(cx, ["HEAD"], "brain part of a brain and cervical-spine MR (MS)")
            m = mr(cx, cx.c(["t2_tse_sag_HWS", "Sag T2 C-Spine", "T2W_TSE_SAG_HWS"]))
            ser.append(S(m, ["CSPINE"], None, "cervical part of a brain and cervical-spine MR (MS): the spine series"))
            m = mr(cx, cx.c(["localizer_HWS", "Loc HWS", "Survey_HWS"]))
            ser.append(S(m, ["CSPINE"], None, "localizer of the cervical part"))
            return sd, ser
        extra = {"Hypophyse": ["t1_tse_cor_dyn_KM"], "Kleinhirnbrückenwinkel": ["t2_space_tra_CISS"], "Orbita": ["t2_tirm_cor_fs"]}.get(sub, ())
        return sd, head_mr_series(cx, ["HEAD"], f"brain/skull-base MR ({sub})", extra)
    if r < 0.8:
        sub = cx.c(["Schädel nativ", "Schädel nativ", "Kopf nativ", "Schädel (Sturz)", "cCT"])
        sd = cx.txt(cx.c([f"CT {sub}", "cCT nativ", f"CT {sub}"])).replace("CT cCT", "cCT")
        ser = ct_series(cx, cx.c(["Kopf", "Schädel", "Head"]), ["HEAD"], "head CT", bone=cx.p(0.4), n=2)
        for s in ser:
            if s["img"]:
                s["meta"]["ConvolutionKernel"] = {"Br40": "Hr38", "STANDARD": "SOFT", "B": "UB", "FC13": "FC26"}.get(
                    s["meta"].get("ConvolutionKernel"), s["meta"].get("ConvolutionKernel"))
                bpe(cx, s["meta"], "HEAD", ["SKULL", "BRAIN"])
        return sd, ser
    # CT angiography of head and neck vessels (stroke work-up)
    sd = cx.txt(cx.c(["CTA Hals- und Hirngefäße", "CT-Angio Kopf/Hals", "Schlaganfall: CT nativ + CTA + Perfusion", "CTA supraaortal + intrakraniell"]))
    ser = ct_series(cx, "Kopf-Hals", ["HEAD", "NECK"], "CT angiography from aortic arch to vertex: head and neck", angio=True, n=2)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "NECK", ["HEAD", "HEADNECK", "CAROTID"])
    if "Perfusion" in sd:
        ser.insert(1, S(ct(cx, "Perfusion 5.0 Hr36", "Hr36", "5"), ["HEAD"], None, "brain perfusion series: head"))
    return sd, ser


def headneck(cx):
    r = cx.rng.random()
    if r < 0.2:
        sd = cx.txt(cx.c(["Sono Schilddrüse", "Schilddrüsensonographie", "Sonographie SD + Halsweichteile", "Sono Halslymphknoten"]))
        out = []
        for d in ["Thyroid", cx.c(["SD re", "SD li", "Schilddrüse quer", "Hals LK"])]:
            m = us(cx, cx.txt(d))
            bpe(cx, m, "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
            out.append(S(m, ["NECK"], None, "thyroid/neck ultrasound: neck"))
        if cx.site in ("de-mvz-nrw", "de-mvz-hh") and cx.p(0.4):
            for s in out:
                s["meta"]["ProcedureCodeSequence"] = code_seq("33012", "EBM", "Sonographie der Schilddrüse")
        return sd, out
    if r < 0.4:
        sd = cx.txt(cx.c(["CT NNH nativ", "CT Nasennebenhöhlen", "DVT NNH", "CT Felsenbein bds.", "CT Mittelgesicht (Trauma)"]))
        if sd.startswith("DVT"):
            mk = cx.c([("Planmeca", "ProMax 3D Mid"), ("Sirona", "Orthophos SL 3D")])
            out = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, ["HEAD"], None,
                     "cone-beam CT of the paranasal sinuses: head") for d in ["Volume", "Axial MPR", "Coronal MPR"]]
            return sd, out
        ser = ct_series(cx, cx.c(["NNH", "Felsenbein", "Gesichtsschädel"]), ["HEAD"], "sinus/temporal bone/face CT: head", bone=True, n=2)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], cx.c(["HEAD", "SINUS", "HEAD"]), ["SKULL", "NECK"])
        return sd, ser
    if r < 0.6:
        sd = cx.txt(cx.c(["MRT Hals mit KM", "MRT Halsweichteile", "MRT Kopf-Hals (Tumorstaging)", "MRT Kiefergelenke bds.", "MRT Parotis re."]))
        lab = ["HEAD", "NECK"] if "Kopf-Hals" in sd or "KOPF-HALS" in sd else ["HEAD"] if ("Kiefer" in sd or "KIEFER" in sd or "Parotis" in sd or "PAROTIS" in sd) else ["NECK"]
        why = {("HEAD", "NECK"): "head and neck MR: head and neck", ("HEAD",): "TMJ or parotid MR: head (face)", ("NECK",): "neck soft-tissue MR: neck"}[tuple(lab)]
        out = []
        for d in cx.c([["localizer", "t2_tse_tra", "t1_tse_tra", "t1_vibe_fs_tra_KM", "t2_tirm_cor"], ["Survey", "T2W_TSE_TRA", "T1W_TSE_COR", "T1W_mDIXON_KM"]]):
            m = mr(cx, d)
            bpe(cx, m, lab[-1], ["HEAD", "NECK", "TMJ"])
            out.append(S(m, lab, None, why))
        return sd, out
    if r < 0.8:
        sd = cx.txt(cx.c(["CT Hals mit KM", "CT Hals/Thorax (Staging)", "CT Halsweichteile"]))
        lab = ["NECK", "CHEST"] if "Thorax" in sd or "THORAX" in sd else ["NECK"]
        ser = ct_series(cx, "Hals", lab, "neck CT" + (" with chest: neck and chest" if len(lab) == 2 else ": neck"), km=True, n=2)
        for s in ser:
            if s["img"]:
                bpe(cx, s["meta"], "NECK", ["HEAD", "CHEST"])
        return sd, ser
    sd = cx.txt(cx.c(["Rö NNH okzipitomental", "Rö Schädel 2E", "Rö Nasenbein seitl.", "Rö Jochbogen"]))
    mw = xr(cx, cx.txt(cx.c(["NNH o.m.", "Schädel p.a.", "Schädel seitl.", "Nasenbein"])), cx.c(["PA", "LL"]))
    bpe(cx, mw, "SKULL", ["HEAD"], p_missing=0.3)
    return sd, [S(mw, ["HEAD"], None, "skull/sinus/facial radiograph: head")]


def chest(cx):
    r = cx.rng.random()
    if r < 0.5:
        sd = cx.txt(cx.c(["Rö Thorax p.a. + seitl.", "Rö Thorax in 2 Ebenen", "Thorax pa/seitlich", "Rö Thorax liegend", "Rö Rippen li.",
                          "Rö Sternum seitl.", "Thorax 2E"]))
        low = sd.lower()
        if "liegend" in low:
            vs = [("Thorax a.p. liegend", "AP")]
        elif "rippen" in low:
            vs = [("Rippen schräg", None), ("Rippen a.p.", "AP")]
        elif "sternum" in low:
            vs = [("Sternum seitl.", "LL")]
        else:
            vs = [("Thorax p.a.", "PA"), ("Thorax seitl.", "LL")]
        why = "chest radiograph: chest" + ("; ribs and sternum fold into chest and take no side" if "rippen" in low or "sternum" in low else "")
        out = []
        for d, v in vs:
            m = xr(cx, cx.txt(d), v)
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_missing=0.25, p_alt=0.25)
            out.append(S(m, ["CHEST"], None, why))
        return sd, out
    sd = cx.txt(cx.c(["CT Thorax nativ", "CT Thorax mit KM", "Low-Dose-CT Thorax (Lungenkrebs-Früherkennung)", "HRCT Thorax", "CT-Angio Pulmonalarterien (LAE)"]))
    angio = "LAE" in sd
    ser = ct_series(cx, "Thorax", ["CHEST"], "chest CT" + ("; pulmonary CTA" if angio else ""), lung=True, angio=angio, n=2)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "CHEST", ["LUNG", "THORAX"])
    return sd, ser


def cardio(cx):
    r = cx.rng.random()
    if r < 0.45:
        sd = cx.txt(cx.c(["Kardio-CT (Koronar-CTA)", "CT Koronarangiographie", "Calcium-Scoring", "Koronarkalk-Score (Agatston)",
                          "Kardio-CT mit Ca-Score"]))
        mk, model = cx.make("ct")
        names = [("CaScore 3.0 Qr36", "Qr36", "3"), ("Cardio 0.6 Bv40 75%", "Bv40", "0.6"), ("Cardio Best Diast", "Bv40", "0.6"),
                 ("Koronarien MIP", "Bv40", "5")] if mk == "SIEMENS" else \
            [("CaSc 3.0", "FC12", "3"), ("CARDIAC 0.5 75%", "FC43", "0.5"), ("Koronarien CPR", "FC43", "1")]
        out = [S(ct(cx, "Topogram 0.6 T20s" if mk == "SIEMENS" else "Scanogram", None, None, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"),
                 ["CHEST"], None, "scout of a cardiac CT: chest")]
        for d, k, t in names:
            m = ct(cx, d, k, t)
            bpe(cx, m, "HEART", ["CHEST", "CORONARY"], p_missing=0.3, p_alt=0.3)
            out.append(S(m, ["CHEST"], None, "cardiac CT: heart and coronaries fold into chest"))
        out.append(S(ct(cx, "Patient Protocol" if mk == "SIEMENS" else "Dose Summary", ImageType="DERIVED\\SECONDARY\\OTHER"), [], None,
                     "dose page: no anatomy", img=False))
        if cx.site == "de-praxis-muc" and cx.p(0.5):
            for s in out:
                if s["img"]:
                    s["meta"]["ProcedureCodeSequence"] = code_seq(cx.c(["CCTA", "CASC"]), "99MUCRIS", "Kardio-CT")
        return sd, out
    if r < 0.8:
        sd = cx.txt(cx.c(["Kardio-MRT", "Cardio-MRT mit KM (Myokarditis)", "Stress-MRT Herz (Adenosin)", "MRT Herz", "Cardio MRI Vitalität"]))
        mk = cx.make("mr")[0]
        names = ["localizer", "trufi_loc_multi", "cine_trufi_4ch", "cine_trufi_sa", "T1_map_MOLLI", "tfl_psir_LGE_sa"] if mk == "SIEMENS" else \
            ["Survey", "sBTFE_4CH", "sBTFE_SA", "T1map", "PSIR LGE SA"]
        out = []
        for d in names:
            m = mr(cx, d)
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.3, p_alt=0.3)
            out.append(S(m, ["CHEST"], None, "cardiac MR: heart folds into chest"))
        return sd, out
    sd = cx.txt(cx.c(["CT TAVI-Planung", "TAVI-CT (Aorta + Becken-Zugang)", "CTA Aorta thorakoabdominal", "CTA Aorta (Dissektion)"]))
    ser = ct_series(cx, "Aorta", CAP, "aortic CTA from the arch to the groins (TAVI access or thoraco-abdominal aorta): chest, abdomen and pelvis",
                    angio=True, n=2)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], cx.c(["CHEST", "AORTA", "ABDOMEN"]), None)
    return sd, ser


# ---------------------------------------------------------------- abdomen, pelvis

def abdo(cx):
    r = cx.rng.random()
    if r < 0.35:
        kind = cx.c(["Abdomen", "Oberbauch", "Abdomen", "Nieren", "Nieren + Harnblase", "Leber"])
        lab = {"Nieren + Harnblase": AP_}.get(kind, ["ABDOMEN"])
        sd = cx.txt(cx.c([f"Sono {kind}", f"Sonographie {kind}", f"{cx.mw('US')} {kind}"]))
        out = []
        for d in [cx.c(["Abdomen", "ABD", "Leber", "Niere re", "Pankreas"]), cx.c(["Gallenblase", "Milz", "Niere li", "Harnblase", "Abdomen"])]:
            if lab == ["ABDOMEN"] and d == "Harnblase":
                d = "Aorta"
            m = us(cx, cx.txt(d))
            bpe(cx, m, "ABDOMEN", ["KIDNEY", "LIVER"], p_missing=0.45, p_alt=0.2)
            out.append(S(m, lab, None, "abdominal ultrasound" + (": kidneys and bladder, abdomen and pelvis" if lab == AP_ else
                                                                   "; this site scans the upper abdomen and kidneys: abdomen")))
        if cx.site == "de-mvz-nrw" and cx.p(0.5):
            for s in out:
                s["meta"]["ProcedureCodeSequence"] = code_seq("33042", "EBM", "Sonographie Abdomen")
        return sd, out
    if r < 0.6:
        sd = cx.txt(cx.c(["MRT Leber mit Primovist", "MRCP", "MRT Oberbauch mit KM", "MRT Pankreas + MRCP", "MR-Sellink (Dünndarm)", "MRT Nieren"]))
        lab = AP_ if "Sellink" in sd or "SELLINK" in sd else ["ABDOMEN"]
        mk = cx.make("mr")[0]
        names = ["localizer", "t2_haste_tra", "t1_vibe_dixon_tra", "ep2d_diff_b50_800", "t1_vibe_fs_tra_dyn_KM", "t2_space_cor_MRCP"] if mk == "SIEMENS" else \
            ["Survey", "T2W_SSh", "mDIXON_W", "DWI", "eTHRIVE_dyn", "MRCP_3D"]
        out = []
        for d in names:
            m = mr(cx, d)
            bpe(cx, m, "ABDOMEN", ["LIVER", "PANCREAS"], p_missing=0.3, p_alt=0.15)
            out.append(S(m, lab, None, "abdominal MR" + ("; small-bowel MR enterography: abdomen and pelvis" if lab == AP_ else ": abdomen")))
        return sd, out
    sd = cx.txt(cx.c(["CT Abdomen/Becken mit KM", "CT Abdomen + Becken", "Low-Dose-CT Urolithiasis", "CT Oberbauch (Pankreas)", "CT Nierensteine nativ",
                      "CT Abdomen (inkl. Becken)"]))
    lab = ["ABDOMEN"] if "Oberbauch" in sd or "OBERBAUCH" in sd else AP_
    ser = ct_series(cx, "Abdomen", lab, "abdominal CT" + (": upper abdomen" if lab == ["ABDOMEN"] else "; abdomen and pelvis (stone CT is kidneys to bladder)"),
                    km="mit KM" in sd, n=2)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "ABDOMEN", ["PELVIS", "KIDNEY"])
    return sd, ser


def pelvis(cx):
    r = cx.rng.random()
    if r < 0.55:
        sd = cx.txt(cx.c(["mpMRT Prostata", "MRT Prostata (PI-RADS)", "multiparametrische MRT Prostata", "MRT Prostata mit KM", "bpMRT Prostata"]))
        mk = cx.make("mr")[0]
        names = ["localizer", "t2_tse_tra_prostata", "t2_tse_sag", "t2_tse_cor", "ep2d_diff_b50_800_1400_tra", "ep2d_diff_ADC", "t1_vibe_tra_dyn_KM"] \
            if mk == "SIEMENS" else ["Survey", "T2W_TSE_ax", "T2W_TSE_sag", "DWI_b1400", "dADC", "DCE_THRIVE"]
        out = []
        for d in names:
            m = mr(cx, d)
            if "ADC" in d:
                m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC"
            bpe(cx, m, "PROSTATE" if cx.p(0.5) else "PELVIS", ["ABDOMEN", "PELVIS"], p_missing=0.3, p_alt=0.2)
            out.append(S(m, ["PELVIS"], None, "prostate MR: prostate folds into pelvis"))
        if cx.site == "de-praxis-muc" and cx.p(0.5):
            for s in out:
                s["meta"]["ProcedureCodeSequence"] = code_seq("5720", "GOÄ", "MRT im Bereich des Abdomens und/oder des Beckens")
        return sd, out
    if r < 0.85:
        sd = cx.txt(cx.c(["MRT Becken (Rektum-Staging)", "MRT kleines Becken (Endometriose)", "MRT Becken weiblich", "MR-Defäkographie",
                          "MRT Analfistel"]))
        out = []
        for d in cx.c([["localizer", "t2_tse_sag", "t2_tse_tra_hr", "ep2d_diff_tra", "t1_vibe_fs_KM"], ["Survey", "T2W_TSE_SAG", "T2W_TSE_TRA", "DWI", "T1W_mDIXON_KM"]]):
            m = mr(cx, d)
            bpe(cx, m, "PELVIS", ["ABDOMEN", "RECTUM"])
            out.append(S(m, ["PELVIS"], None, "pelvic MR (rectum, uterus, anal canal): pelvis"))
        return sd, out
    sd = cx.txt(cx.c(["Sono Harnblase + Restharn", "Sono Unterbauch", "Sono Hoden bds.", "Sonographie Prostata transabdominal"]))
    out = []
    for d in ["Harnblase", cx.c(["Restharn", "Blase post", "Unterbauch", "Skrotum"])]:
        m = us(cx, cx.txt(d))
        bpe(cx, m, "PELVIS", ["BLADDER", "ABDOMEN"], p_missing=0.5)
        out.append(S(m, ["PELVIS"], None, "bladder, lower abdomen or scrotum ultrasound: pelvis"))
    return sd, out


# ---------------------------------------------------------------- oncology, vessels, nuclear medicine

def onc(cx):
    r = cx.rng.random()
    if r < 0.4 and cx.site == "de-uniklinik":
        kind = cx.c(["FDG", "FDG", "PSMA", "DOTATATE"])
        sd = cx.txt(cx.c([f"{kind}-PET/CT Ganzkörper", f"PET/CT {kind} (Schädelbasis bis Oberschenkel)", f"{kind} PET-CT Staging",
                          f"PET/CT mit {kind}"]))
        mk = cx.c([("SIEMENS", "Biograph Vision 600"), ("GE MEDICAL SYSTEMS", "Discovery MI")])
        why = "whole-body PET/CT (skull base to thigh): the five axial regions"
        out = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1],
                  "SeriesDescription": "Topogram 0.6 T20s" if mk[0] == "SIEMENS" else "Scout", "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}, WB, None, why + "; scout")]
        for mod, d in [("CT", "CT WB 3.0 B30f" if mk[0] == "SIEMENS" else "CTAC 3.75 STND"), ("PT", "PET WB AC" if mk[0] == "SIEMENS" else "WB 3D MAC"),
                       ("PT", "PET WB NAC"), ("PT", "MIP")]:
            m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, cx.c(["WHOLEBODY", "WHOLEBODY", "CHEST", "ABDOMEN", "HEAD"]), None, p_missing=0.35)
            out.append(S(m, WB, None, why))
        out.append(S({"Modality": "CT", "Manufacturer": mk[0], "SeriesDescription": "Patient Protocol", "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None,
                     "dose page: no anatomy", img=False))
        return sd, out
    if r < 0.55:
        sd = cx.txt(cx.c(["Ganzkörper-MRT (Myelom)", "GK-MRT Staging", "MRT Ganzkörper nativ", "Whole-Body MRI"]))
        out = []
        for d in ["localizer", "t1_tse_cor_WB_composed", "t2_tirm_cor_WB", "ep2d_diff_WB_b800", "t1_vibe_dixon_tra_WB"]:
            m = mr(cx, d)
            if "composed" in d:
                m["ImageType"] = "DERIVED\\PRIMARY\\COMPOSED"
            bpe(cx, m, "WHOLEBODY", None, p_missing=0.5)
            out.append(S(m, WB, None, "whole-body MR: the five axial regions"))
        return sd, out
    sd = cx.txt(cx.c(["CT Thorax/Abdomen/Becken mit KM", "CT Hals/Thorax/Abdomen/Becken (Staging)", "CT TAB Staging", "CT Thorax + Abdomen + Becken",
                      "CT Verlaufskontrolle Thorax/Abdomen/Becken"]))
    lab = (["NECK"] + CAP) if "Hals" in sd or "HALS" in sd else CAP
    ser = ct_series(cx, cx.c(["Thorax-Abdomen", "Stamm", "Body"]), lab, "staging CT: " + ("neck, chest, abdomen and pelvis" if len(lab) == 4 else
                                                                                    "chest, abdomen and pelvis"), km=True, lung=True, n=3)
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], cx.c(["CHEST", "ABDOMEN", "BODY"]), None, p_missing=0.4)
    return sd, ser


def vasc(cx):
    r = cx.rng.random()
    if cx.site == "de-uniklinik" and cx.p(0.35):
        kind = cx.c(["cer", "cer", "tace"])
        sd = cx.txt(cx.c(["DSA zerebral (Aneurysma)", "Zerebrale Angiographie 4-Gefäß", "Thrombektomie ACM li."]) if kind == "cer" else
                    cx.c(["TACE Leber", "Transarterielle Chemoembolisation (HCC)", "Angiographie Truncus coeliacus + TACE"]))
        lab = ["HEAD"] if kind == "cer" else ["ABDOMEN"]
        why = "cerebral angiography runs: head" if kind == "cer" else "hepatic chemoembolisation runs: abdomen"
        out = []
        for d in (["ACI li a.p.", "ACI li lat", "3D-Rotation", "VA re"] if kind == "cer" else ["Truncus", "AHP", "Leber DSA", "Post TACE"]):
            m = {"Modality": "XA", "Manufacturer": "SIEMENS", "ManufacturerModelName": cx.c(["Artis icono biplane", "Artis Q"]), "SeriesDescription": d}
            bpe(cx, m, "HEAD" if kind == "cer" else "ABDOMEN", ["NECK", "CHEST"], p_missing=0.4)
            out.append(S(m, lab, None, why))
        return sd, out
    if r < 0.25:
        sd = cx.txt(cx.c(["Duplex Carotiden bds.", "Farbduplex hirnversorgende Gefäße", "Duplexsonographie Halsgefäße"]))
        out = []
        for d in ["ACI re", "ACI li", "ACC"]:
            m = us(cx, cx.txt(d))
            bpe(cx, m, "NECK", ["CAROTID"], p_missing=0.5, p_alt=0.3)
            out.append(S(m, ["NECK"], None, "carotid duplex: neck; the neck takes no side"))
        return sd, out
    if r < 0.55:
        side = cx.c("LR")
        sw = cx.side(side)
        sd = cx.txt(cx.c([f"Duplex Beinvenen {sw}", f"Kompressionssonographie Bein {sw} (V.a. TVT)", f"Duplex tiefe Beinvenen {sw}"]))
        out = []
        for d in ["VFC", "V. poplitea", cx.c(["Unterschenkelvenen", "VFS", "V. tibialis post."])]:
            m = us(cx, d)
            bpe(cx, m, "LEG", ["EXTREMITY", "LOWER LIMB"], p_missing=0.5)
            out.append(S(m, VEINS, side, "leg vein compression ultrasound, groin to calf: thigh, knee and lower leg; side from the order"))
        return sd, out
    sd = cx.txt(cx.c(["CTA Becken-Bein bds.", "CT-Angiographie Becken-Bein-Strombahn", "MRA Becken-Bein (pAVK)", "CTA Run-off"]))
    if sd.upper().startswith("MRA"):
        out = []
        for d in cx.c([["localizer", "fl3d_tra_TWIST_US", "fl3d_cor_KM_Becken", "fl3d_cor_KM_OS", "fl3d_cor_KM_US", "MIP_composed"],
                       ["Survey", "CE-MRA Station 1", "CE-MRA Station 2", "CE-MRA Station 3", "MIP"]]):
            m = mr(cx, d)
            bpe(cx, m, "LEG", ["EXTREMITY", "PELVIS"], p_missing=0.4)
            out.append(S(m, RUNOFF, "B", "run-off angiography from the renal arteries to the feet, both legs"))
        return sd, out
    ser = ct_series(cx, "Becken-Bein", RUNOFF, "run-off CTA from the renal arteries to the feet, both legs", angio=True, n=2)
    for s in ser:
        if s["img"]:
            s["laterality"] = "B"
            bpe(cx, s["meta"], cx.c(["LEG", "EXTREMITY", "ABDOMEN"]), None)
    return sd, ser


def nm(cx):
    r = cx.rng.random()
    mk = cx.c([("SIEMENS", "Symbia Intevo 16"), ("GE MEDICAL SYSTEMS", "NM/CT 870 DR")])
    def nmm(d, **kw):
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        m.update(kw)
        return m
    if r < 0.4:
        sd = cx.txt(cx.c(["Skelettszintigraphie Ganzkörper", "Knochenszintigraphie (3-Phasen)", "Skelettszinti GK + SPECT/CT LWS"]))
        out = [S(nmm(d, ImageType="ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION"), WB, None, "whole-body bone scan: the five axial regions")
               for d in ["GK anterior", "GK posterior", "Whole Body"]]
        if "SPECT" in sd:
            out.append(S(nmm("SPECT/CT LWS", ImageType="ORIGINAL\\PRIMARY\\TOMO\\EMISSION"), ["LSPINE"], None, "SPECT/CT of the lumbar spine"))
            out.append(S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": "CT LWS low dose"}, ["LSPINE"],
                         None, "low-dose CT of the SPECT/CT: lumbar spine"))
        for s in out:
            bpe(cx, s["meta"], "WHOLEBODY" if s["labels"] == WB else "LSPINE", ["BONE"], p_missing=0.4)
        return sd, out
    if r < 0.65:
        sd = cx.txt(cx.c(["Schilddrüsenszintigraphie", "SD-Szintigraphie Tc-99m", "Szintigraphie Schilddrüse"]))
        out = [S(nmm(d), ["NECK"], None, "thyroid scintigraphy: neck") for d in ["Schilddrüse ant", "SD Pinhole", "Thyroid"]]
        for s in out:
            bpe(cx, s["meta"], "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
        return sd, out
    if r < 0.85:
        sd = cx.txt(cx.c(["Myokardszintigraphie Belastung/Ruhe", "Myokard-SPECT", "MPS Stress"]))
        out = [S(nmm(d, ImageType="ORIGINAL\\PRIMARY\\GATED TOMO\\EMISSION"), ["CHEST"], None, "myocardial perfusion scan: chest")
               for d in ["Stress Gated", "Rest Gated", "Stress SA"]]
        for s in out:
            bpe(cx, s["meta"], "HEART", ["CHEST"], p_missing=0.4)
        return sd, out
    sd = cx.txt(cx.c(["Nierenszintigraphie MAG3", "Lungenperfusionsszintigraphie", "Sentinel-Lymphszintigraphie Mamma li."]))
    if "Sentinel" in sd or "SENTINEL" in sd:
        return sd, [S(nmm(d), ["BREAST"], "L", "sentinel lymphoscintigraphy of the left breast: breast, left") for d in ["Sentinel ant", "Sentinel lat"]]
    lab = ["CHEST"] if "Lunge" in sd or "LUNGE" in sd else ["ABDOMEN"]
    return sd, [S(nmm(d), lab, None, "renal or lung scintigraphy") for d in ["Dynamik", "Perfusion ant", "Summation post"]]


# ---------------------------------------------------------------- DXA, dental, paediatrics

def dxa(cx):
    mk, model = cx.make("dxa")
    side = cx.c("LLLR")
    sd = cx.txt(cx.c(["Osteodensitometrie (DXA)", "Knochendichtemessung LWS + Hüfte", "DXA LWS/Femur", "Knochendichte DXA", "Osteodensitometrie LWS + Schenkelhals"]))
    why = "DXA"
    hip_name = {"GE Healthcare": {"L": "Left Femur", "R": "Right Femur", "B": "DualFemur"}, "HOLOGIC": {"L": "Left Hip", "R": "Right Hip", "B": "Dual Hip"}}[mk]
    dual = cx.p(0.3)
    out = [S({"Modality": "OT" if cx.p(0.5) else "DX", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": "AP Spine" if mk == "GE Healthcare" else "L1-L4 Spine"},
             ["LSPINE"], None, "DXA of the lumbar spine")]
    out.append(S({"Modality": out[0]["meta"]["Modality"], "Manufacturer": mk, "ManufacturerModelName": model,
                  "SeriesDescription": hip_name["B" if dual else side]}, ["HIP"], "B" if dual else side,
                 "DXA of the proximal femur: hip" + ("; both hips" if dual else ", side from the scan name")))
    if cx.p(0.25):
        fs = cx.c("LR")
        out.append(S({"Modality": out[0]["meta"]["Modality"], "Manufacturer": mk, "ManufacturerModelName": model,
                      "SeriesDescription": ("Left" if fs == "L" else "Right") + " Forearm"}, ["FOREARM"], fs, "DXA of the forearm (distal radius)"))
    for s in out:
        bpe(cx, s["meta"], {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[s["labels"][0]], ["SPINE", "PELVIS"], p_missing=0.45)
    out.append(S({"Modality": "SR", "Manufacturer": mk, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "SeriesDescription": "DXA Report"}, [], None,
                 "DXA result report: no pixels", img=False))
    if cx.site in ("de-mvz-nrw", "de-mvz-hh") and cx.p(0.5):
        for s in out:
            if s["img"]:
                s["meta"]["ProcedureCodeSequence"] = code_seq("34600", "EBM", "Osteodensitometrie")
    return sd, out


def dental(cx):
    r = cx.rng.random()
    mk = cx.c([("Planmeca", "ProMax 3D Mid"), ("Carestream Health", "CS 8100 3D"), ("Sirona", "Orthophos SL"), ("J. MORITA MFG. CORP.", "Veraview X800")])
    if r < 0.5:
        reg = cx.c(["OK", "UK", "OK + UK", "Regio 36-38", "Regio 18", "Kiefergelenke", "Implantatplanung UK"])
        sd = cx.txt(cx.c([f"DVT {reg}", f"DVT (digitale Volumentomographie) {reg}", f"Cone-Beam-CT {reg}", f"DVT {reg} (Weisheitszahn)"]))
        out = []
        for d in ["3D Volume", "Axial", "Panoramic Reconstruction", "Cross sections"]:
            m = {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            if d != "3D Volume":
                m["ImageType"] = "DERIVED\\SECONDARY\\MPR"
            bpe(cx, m, cx.c(["JAW", "HEAD", "MAXILLA", "MANDIBLE"]), None, p_missing=0.5)
            out.append(S(m, ["HEAD"], None, "dental cone-beam CT (DVT): jaws fold into head"))
        return sd, out
    if r < 0.8:
        sd = cx.txt(cx.c(["OPG", "Orthopantomogramm", "OPT", "Panoramaschichtaufnahme"]))
        m = {"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Panoramic", "OPG", "PAN Standard"])}
        bpe(cx, m, "JAW", None, p_missing=0.5)
        out = [S(m, ["HEAD"], None, "dental panoramic: head")]
        if cx.p(0.3):
            out.append(S({"Modality": "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": "Ceph lateral"}, ["HEAD"], None,
                         "cephalometric film (FRS): head"))
        return sd, out
    sd = cx.txt(cx.c(["Zahnfilm 46", "Zahnfilm Regio 21", "Einzelzahnaufnahme 36", "Bissflügel bds."]))
    m = {"Modality": "IO", "Manufacturer": cx.c(["Dürr Dental", "Planmeca", "Carestream Health"]), "SeriesDescription": cx.c(["Intraoral", "IO", "Bitewing"])}
    return sd, [S(m, ["HEAD"], None, "intraoral dental film: head; teeth take no side")]


def paeds(cx):
    r = cx.rng.random()
    if r < 0.28:
        sd = cx.txt(cx.c(["Hüftsonographie nach Graf", "Säuglingshüften Sono bds.", "Hüftsono (U3)", "Sono Hüften Säugling bds."]))
        out = []
        for d in ["Hüfte re", "Hüfte li"]:
            s = "R" if d.endswith("re") else "L"
            m = us(cx, cx.txt(d))
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            out.append(S(m, ["HIP"], s, "infant hip ultrasound (Graf): one image per hip, side in the image name"))
        if cx.p(0.4):
            m = us(cx, cx.txt("Hüften bds."))
            out.append(S(m, ["HIP"], "B", "infant hip ultrasound (Graf) of both hips, image without a side"))
        return sd, out
    if r < 0.45:
        sd = cx.txt(cx.c(["Skelettalter (Hand li.)", "Rö Hand li. Knochenalter", "Knochenalter nach Greulich-Pyle"]))
        m = xr(cx, cx.txt(cx.c(["Hand d.v.", "Hand links d.p.", "Knochenalter"])), "PA", ImageLaterality="L")
        bpe(cx, m, "HAND", None)
        return sd, [S(m, ["HAND"], "L", "bone age: left hand")]
    if r < 0.6:
        sd = cx.txt(cx.c(["Rö Thorax Kind liegend", "Thorax a.p. (Säugling)", "Rö Thorax p.a. Kind"]))
        m = xr(cx, "Thorax a.p.", "AP")
        bpe(cx, m, "CHEST", None)
        return sd, [S(m, ["CHEST"], None, "paediatric chest film: chest")]
    if r < 0.72:
        sd = cx.txt(cx.c(["Sono Schädel (Fontanelle)", "Schädelsono Neugeborenes", "Sono Abdomen Kind (Invagination?)"]))
        lab = ["ABDOMEN"] if "Abdomen" in sd or "ABDOMEN" in sd else ["HEAD"]
        return sd, [S(us(cx, d), lab, None, "paediatric ultrasound: " + lab[0].lower()) for d in ["Kopf", "Abdomen"][lab == ["ABDOMEN"]:][:1] + ["Clip"]]
    if r < 0.85:
        sd = cx.txt(cx.c(["MCU (Miktionszysturethrographie)", "Refluxprüfung MCU"]))
        mk = ("SIEMENS", "Luminos Agile Max")
        return sd, [S({"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, AP_, None,
                      "voiding cystourethrogram, bladder to kidneys: abdomen and pelvis") for d in ["Füllung", "Miktion", "Nieren post"]]
    code = cx.c(["FOREARM", "ELBOW", "LEG", "ARM"])
    side = cx.c("LR")
    part = {"FOREARM": "Unterarm", "ELBOW": "Ellenbogen", "LEG": "Unterschenkel", "ARM": "Oberarm"}[code]
    sw = cx.side(side)
    sd = cx.txt(cx.c([f"Rö {part} {sw} (Kind)", f"{part} {sw} 2E Kind", f"Rö {part} {sw} Sturz vom Trampolin"]))
    return sd, xr_limb_series(cx, code, [code], side, f"paediatric {code.lower()} film, side from the order", ["a.p.", "seitl."])


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio,
          "abdo": abdo, "pelvis": pelvis, "onc": onc, "vasc": vasc, "nm": nm, "dxa": dxa, "dental": dental, "paeds": paeds}


def noanat(cx):
    """Objects without anatomy filed with a study: scanned papers, key objects, presentation
    states, dose reports, protocol pages, QA phantoms."""
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.txt(cx.c(["Überweisungsschein", "Anforderung gescannt", "Einverständniserklärung", "Aufklärungsbogen KM",
                                                  "Gescanntes Dokument", "Zuweisung", "Fremdbefund"]))}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "Schlüsselbilder", "KOS"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Messungen", "Annotationen"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dosisbericht", "Dose SR"])}, \
            "dose structured report: no pixels"
    if k == "qa":
        return {"Modality": cx.c(["CT", "DX", "MG"]), "SeriesDescription": cx.c(["Konstanzprüfung", "Phantom QA", "Wasserphantom", "QC Phantom"]),
                "ImageType": "ORIGINAL\\PRIMARY\\QA"}, "quality-assurance phantom: no patient anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Patientenprotokoll", "Patient Protocol", "Untersuchungsprotokoll", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a typing slip."""
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
    for site, (_kind, _var, target, *_x, strata) in SITES.items():
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
                if rng.random() < 0.42:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.18:
                    meta["RequestedProcedureDescription"] = sd
                # older worklist mappings keep 16 characters of the procedure step
                if len(sd) > 16 and rng.random() < 0.12:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if meta.get("ImageType", "").endswith("QA"):
                    # a phantom is filed in a study of its own
                    meta["StudyDescription"] = cx.c(["Konstanzprüfung", "QS Phantom", "Abnahmeprüfung", "Service"])
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
    labs = Counter(x for r in rows for x in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
    lines.append("one-sided without a side tag "
                 f"{sum(r['laterality'] in ('L', 'R') and not {'Laterality', 'ImageLaterality'} & set(r['meta']) for r in rows)}")
    lines.append(f"with a procedure code {sum('ProcedureCodeSequence' in r['meta'] for r in rows)}")
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
        print(summary([json.loads(x) for x in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
