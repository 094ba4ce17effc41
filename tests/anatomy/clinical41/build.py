"""Writes tests/anatomy/data/clinical_set_41.jsonl: series from the oncology, nuclear medicine and
radiotherapy work of five cancer centres (Germany, France, Italy, Japan, Brazil), labelled blind
against the shared anatomy spec (see README.md beside this file).

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

SEED = 41
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_41.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
HN = ["HEAD", "NECK"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- sites
# name: (language, kind, rows, vendors, strata with weights)
SITES = {
    "de-uknm": ("de", "university hospital, nuclear medicine and radiation oncology, Germany", 192,
                {"ct": "Siemens", "mr": "Siemens", "pet": "Siemens", "nm": "Siemens", "us": "GE", "mg": "Siemens", "xr": "Siemens",
                 "linac": "Varian", "rtct": "SiemensRT", "angio": "Siemens"},
                {"pet": 7, "nm": 7, "rt": 7, "staging": 4, "neuro": 3, "interv": 3, "breast": 2, "bone": 5, "spine": 2, "paeds": 2}),
    "fr-clcc": ("fr", "centre de lutte contre le cancer, France (ASCII consoles)", 190,
                {"ct": "GE", "mr": "GE", "pet": "GE", "nm": "GE", "us": "SuperSonic", "mg": "GE", "xr": "Carestream",
                 "linac": "Elekta", "rtct": "PhilipsRT", "angio": "GE"},
                {"pet": 5, "nm": 4, "rt": 6, "staging": 5, "neuro": 2, "interv": 3, "breast": 6, "bone": 4, "spine": 2, "paeds": 1}),
    "it-irccs": ("it", "oncology institute (IRCCS), Italy", 188,
                 {"ct": "GE", "mr": "Philips", "pet": "Philips", "nm": "Mediso", "us": "Esaote", "mg": "Fujifilm", "xr": "Fujifilm",
                  "linac": "VarianH", "rtct": "SiemensRT", "angio": "Philips"},
                 {"pet": 5, "nm": 4, "rt": 5, "staging": 6, "neuro": 2, "interv": 4, "breast": 4, "bone": 5, "spine": 2, "paeds": 2}),
    "jp-gan": ("ja", "cancer hospital, Japan (kanji/katakana with English)", 192,
               {"ct": "Canon", "mr": "Canon", "pet": "Canon", "nm": "GE", "us": "Canon", "mg": "Fujifilm", "xr": "Fujifilm",
                "linac": "Varian", "rtct": "CanonRT", "angio": "Canon"},
               {"pet": 5, "nm": 4, "rt": 5, "staging": 6, "neuro": 3, "interv": 3, "breast": 4, "bone": 4, "spine": 2, "paeds": 2}),
    "br-onco": ("pt", "cancer hospital, Brazil", 190,
                {"ct": "Philips", "mr": "Siemens", "pet": "UIH", "nm": "Mediso", "us": "Samsung", "mg": "Hologic", "xr": "Agfa",
                 "linac": "Varian", "rtct": "UIHRT", "angio": "Philips"},
                {"pet": 5, "nm": 5, "rt": 5, "staging": 6, "neuro": 3, "interv": 3, "breast": 4, "bone": 4, "spine": 2, "paeds": 2}),
}

MAKE = {
    "Siemens": "SIEMENS", "GE": "GE MEDICAL SYSTEMS", "Philips": "Philips", "Canon": "CANON_MEC", "UIH": "UIH",
    "Mediso": "Mediso", "Fujifilm": "FUJIFILM Corporation", "Hologic": "HOLOGIC, Inc.", "Agfa": "Agfa", "Carestream": "Carestream Health",
    "SuperSonic": "SuperSonic Imagine", "Esaote": "Esaote", "Samsung": "SAMSUNG MEDISON CO., LTD.", "Varian": "Varian Medical Systems",
    "VarianH": "Varian Medical Systems", "Elekta": "Elekta", "SiemensRT": "SIEMENS", "PhilipsRT": "Philips", "CanonRT": "CANON_MEC",
    "UIHRT": "UIH",
}
MODEL = {
    ("ct", "Siemens"): ["SOMATOM Force", "SOMATOM Definition AS+", "SOMATOM X.cite"],
    ("ct", "GE"): ["Revolution EVO", "Revolution Apex", "Optima CT660"],
    ("ct", "Philips"): ["Incisive CT", "IQon - Spectral CT", "Brilliance 64"],
    ("ct", "Canon"): ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Precision"],
    ("ct", "UIH"): ["uCT 780", "uCT 550"],
    ("rtct", "SiemensRT"): ["SOMATOM go.Open Pro", "SOMATOM Confidence"],
    ("rtct", "PhilipsRT"): ["Brilliance Big Bore"],
    ("rtct", "CanonRT"): ["Aquilion LB", "Aquilion Exceed LB"],
    ("rtct", "UIHRT"): ["uCT 760"],
    ("mr", "Siemens"): ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola"],
    ("mr", "GE"): ["SIGNA Artist", "SIGNA Premier", "DISCOVERY MR750w"],
    ("mr", "Philips"): ["Ingenia", "Ingenia Elition X", "Ingenia Ambition X"],
    ("mr", "Canon"): ["Vantage Galan 3T", "Vantage Orian"],
    ("pet", "Siemens"): ["Biograph Vision 600", "Biograph mCT Flow"],
    ("pet", "GE"): ["Discovery MI", "Omni Legend", "Discovery IQ"],
    ("pet", "Philips"): ["Vereos PET/CT", "Ingenuity TF PET/CT"],
    ("pet", "Canon"): ["Cartesion Prime"],
    ("pet", "UIH"): ["uMI 550", "uMI 780"],
    ("nm", "Siemens"): ["Symbia Intevo Bold", "Symbia T2"],
    ("nm", "GE"): ["Discovery NM/CT 670", "NM/CT 870 DR", "StarGuide"],
    ("nm", "Mediso"): ["AnyScan SC", "AnyScan TRIO"],
    ("us", "GE"): ["LOGIQ E10", "LOGIQ S8"],
    ("us", "SuperSonic"): ["Aixplorer", "Aixplorer Mach 30"],
    ("us", "Esaote"): ["MyLab 9", "MyLabX8"],
    ("us", "Canon"): ["Aplio i800", "Aplio a550"],
    ("us", "Samsung"): ["RS85", "HERA W10"],
    ("mg", "Siemens"): ["MAMMOMAT Revelation"],
    ("mg", "GE"): ["Senographe Pristina"],
    ("mg", "Fujifilm"): ["AMULET Innovality"],
    ("mg", "Hologic"): ["Selenia Dimensions", "3Dimensions"],
    ("xr", "Siemens"): ["Ysio Max", "Mobilett Elara Max"],
    ("xr", "Carestream"): ["DRX-Evolution Plus", "DRX-Revolution"],
    ("xr", "Fujifilm"): ["FDR D-EVO", "FDR Smart X", "FDR nano"],
    ("xr", "Agfa"): ["DX-D 600", "DR 100s"],
    ("linac", "Varian"): ["TrueBeam", "Edge"],
    ("linac", "VarianH"): ["Halcyon", "Ethos"],
    ("linac", "Elekta"): ["Versa HD", "Infinity"],
    ("angio", "Siemens"): ["Artis Q", "ARTIS icono"],
    ("angio", "GE"): ["Innova IGS 530"],
    ("angio", "Philips"): ["Azurion 7 M20", "Allura Xper FD20"],
    ("angio", "Canon"): ["Alphenix Core+", "Infinix-i"],
}

# ---------------------------------------------------------------- languages
# Side words: (full by gender, abbreviations). Japanese writes the kanji before the part.
SIDE = {
    "de": {"R": ({"m": "rechts", "f": "rechts"}, ["re.", "re", "RE"]), "L": ({"m": "links", "f": "links"}, ["li.", "li", "LI"]),
           "B": ({"m": "beidseits", "f": "beidseits"}, ["bds.", "bds"])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "DTE", "dte"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "GCHE"]),
           "B": ({"m": "bilateral", "f": "bilaterale"}, ["bilat", "BILAT."])},
    "it": {"R": ({"m": "destro", "f": "destra"}, ["dx", "DX", "dx."]), "L": ({"m": "sinistro", "f": "sinistra"}, ["sx", "SX", "sin."]),
           "B": ({"m": "bilaterale", "f": "bilaterale"}, ["bil.", "bilat."])},
    "ja": {"R": ({"m": "右", "f": "右"}, ["右"]), "L": ({"m": "左", "f": "左"}, ["左"]), "B": ({"m": "両側", "f": "両側"}, ["両"])},
    "pt": {"R": ({"m": "direito", "f": "direita"}, ["dir.", "DIR", "DTO"]), "L": ({"m": "esquerdo", "f": "esquerda"}, ["esq.", "ESQ", "ESQ."]),
           "B": ({"m": "bilateral", "f": "bilateral"}, ["bilat.", "BILAT"])},
}
EN_SIDE = {"R": ["Right", "RIGHT", "R"], "L": ["Left", "LEFT", "L", "LT"]}

# Limb parts: name|gender; the first name is the common one, the others are bones the spec folds in.
PART = {
    "de": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Clavicula", "Scapula"], "HIP": ["Hüfte", "Hüftgelenk"],
           "ANKLE": ["OSG", "Sprunggelenk"], "FOOT": ["Fuß", "Calcaneus", "Vorfuß"], "HAND": ["Hand", "Finger"],
           "WRIST": ["Handgelenk", "Scaphoid"], "ELBOW": ["Ellenbogen", "Ellbogen"], "FOREARM": ["Unterarm"],
           "ARM": ["Oberarm", "Humerus"], "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Tibia"]},
    "fr": {"KNEE": ["genou|m"], "SHOULDER": ["epaule|f", "clavicule|f", "omoplate|f"], "HIP": ["hanche|f"],
           "ANKLE": ["cheville|f"], "FOOT": ["pied|m", "calcaneum|m"], "HAND": ["main|f", "doigt|m"], "WRIST": ["poignet|m", "scaphoide|m"],
           "ELBOW": ["coude|m"], "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humerus|m"], "THIGH": ["cuisse|f", "femur|m"],
           "LEG": ["jambe|f", "tibia|m"]},
    "it": {"KNEE": ["ginocchio|m"], "SHOULDER": ["spalla|f", "clavicola|f", "scapola|f"], "HIP": ["anca|f"], "ANKLE": ["caviglia|f"],
           "FOOT": ["piede|m", "calcagno|m"], "HAND": ["mano|f", "dito|m"], "WRIST": ["polso|m", "scafoide|m"], "ELBOW": ["gomito|m"],
           "FOREARM": ["avambraccio|m"], "ARM": ["braccio|m", "omero|m"], "THIGH": ["coscia|f", "femore|m"], "LEG": ["gamba|f", "tibia|f"]},
    "ja": {"KNEE": ["膝関節", "膝"], "SHOULDER": ["肩関節", "鎖骨", "肩甲骨"], "HIP": ["股関節"], "ANKLE": ["足関節"], "FOOT": ["足部", "踵骨", "足趾"],
           "HAND": ["手", "手指"], "WRIST": ["手関節", "舟状骨"], "ELBOW": ["肘関節"], "FOREARM": ["前腕"], "ARM": ["上腕", "上腕骨"],
           "THIGH": ["大腿", "大腿骨"], "LEG": ["下腿", "脛骨"]},
    "pt": {"KNEE": ["joelho|m"], "SHOULDER": ["ombro|m", "clavícula|f", "escápula|f"], "HIP": ["quadril|m"], "ANKLE": ["tornozelo|m"],
           "FOOT": ["pé|m", "calcâneo|m"], "HAND": ["mão|f", "dedo|m"], "WRIST": ["punho|m", "escafoide|m"], "ELBOW": ["cotovelo|m"],
           "FOREARM": ["antebraço|m"], "ARM": ["braço|m", "úmero|m"], "THIGH": ["coxa|f", "fêmur|m"], "LEG": ["perna|f", "tíbia|f"]},
}
EN_PART = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "HIP": "HIP", "ANKLE": "ANKLE", "FOOT": "FOOT", "HAND": "HAND", "WRIST": "WRIST",
           "ELBOW": "ELBOW", "FOREARM": "FOREARM", "ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "TIB-FIB"}
# Region words for study descriptions.
REG = {
    "de": {"brain": "Schädel", "neck": "Hals", "chest": "Thorax", "abd": "Abdomen", "abdpelv": "Abdomen/Becken", "pelvis": "Becken",
           "cap": "Thorax/Abdomen/Becken", "neckcap": "Hals/Thorax/Abdomen/Becken", "c": "HWS", "t": "BWS", "l": "LWS", "ws": "Ganzwirbelsäule",
           "liver": "Leber", "prost": "Prostata", "rectum": "Rektum", "cervix": "kleines Becken", "breast": "Mamma", "thyroid": "Schilddrüse",
           "pancreas": "Pankreas", "kidney": "Nieren", "oeso": "Ösophagus", "wb": "Ganzkörper", "hn": "Kopf-Hals", "lung": "Lunge",
           "larynx": "Larynx", "naso": "Nasopharynx", "orbit": "Orbita", "parotid": "Parotis"},
    "fr": {"brain": "cerebrale", "neck": "cervicale", "chest": "thoracique", "abd": "abdominale", "abdpelv": "abdomino-pelvienne",
           "pelvis": "pelvienne", "cap": "TAP", "neckcap": "cervico-TAP", "c": "rachis cervical", "t": "rachis dorsal", "l": "rachis lombaire",
           "ws": "panrachis", "liver": "hepatique", "prost": "prostate", "rectum": "rectum", "cervix": "pelvienne (col uterin)",
           "breast": "mammaire", "thyroid": "thyroide", "pancreas": "pancreas", "kidney": "renale", "oeso": "oesophage", "wb": "corps entier",
           "hn": "cervico-faciale", "lung": "poumon", "larynx": "larynx", "naso": "cavum", "orbit": "orbites", "parotid": "parotide"},
    "it": {"brain": "encefalo", "neck": "collo", "chest": "torace", "abd": "addome superiore", "abdpelv": "addome completo", "pelvis": "pelvi",
           "cap": "torace-addome completo", "neckcap": "collo-torace-addome", "c": "rachide cervicale", "t": "rachide dorsale",
           "l": "rachide lombosacrale", "ws": "rachide in toto", "liver": "fegato", "prost": "prostata", "rectum": "retto",
           "cervix": "pelvi (cervice uterina)", "breast": "mammella", "thyroid": "tiroide", "pancreas": "pancreas", "kidney": "reni",
           "oeso": "esofago", "wb": "total body", "hn": "testa-collo", "lung": "polmone", "larynx": "laringe", "naso": "rinofaringe",
           "orbit": "orbite", "parotid": "parotide"},
    "ja": {"brain": "頭部", "neck": "頸部", "chest": "胸部", "abd": "上腹部", "abdpelv": "腹部骨盤", "pelvis": "骨盤部", "cap": "胸部～骨盤",
           "neckcap": "頸部～骨盤", "c": "頸椎", "t": "胸椎", "l": "腰椎", "ws": "全脊椎", "liver": "肝臓", "prost": "前立腺", "rectum": "直腸",
           "cervix": "子宮頸部", "breast": "乳房", "thyroid": "甲状腺", "pancreas": "膵臓", "kidney": "腎臓", "oeso": "食道", "wb": "全身",
           "hn": "頭頸部", "lung": "肺", "larynx": "喉頭", "naso": "上咽頭", "orbit": "眼窩", "parotid": "耳下腺"},
    "pt": {"brain": "crânio", "neck": "pescoço", "chest": "tórax", "abd": "abdome superior", "abdpelv": "abdome total", "pelvis": "pelve",
           "cap": "tórax, abdome e pelve", "neckcap": "pescoço, tórax, abdome e pelve", "c": "coluna cervical", "t": "coluna torácica",
           "l": "coluna lombar", "ws": "coluna total", "liver": "fígado", "prost": "próstata", "rectum": "reto", "cervix": "pelve",
           "breast": "mamas", "thyroid": "tireoide", "pancreas": "pâncreas", "kidney": "rins", "oeso": "esôfago", "wb": "corpo inteiro",
           "hn": "cabeça e pescoço", "lung": "pulmão", "larynx": "laringe", "naso": "rinofaringe", "orbit": "órbitas", "parotid": "parótida"},
}
REG_CODES = {"brain": ["HEAD"], "neck": ["NECK"], "chest": ["CHEST"], "abd": ["ABDOMEN"], "abdpelv": AP_, "pelvis": ["PELVIS"],
             "cap": CAP, "neckcap": ["NECK"] + CAP, "c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE,
             "liver": ["ABDOMEN"], "prost": ["PELVIS"], "rectum": ["PELVIS"], "cervix": ["PELVIS"], "thyroid": ["NECK"],
             "pancreas": ["ABDOMEN"], "kidney": ["ABDOMEN"], "lung": ["CHEST"], "larynx": ["NECK"], "naso": HN, "orbit": ["HEAD"],
             "parotid": HN, "hn": HN, "wb": WB}
# English region word a scanner console writes into its series names.
EN_REG = {"brain": "Head", "neck": "Neck", "chest": "Thorax", "abd": "Abdomen", "abdpelv": "Abd-Pelvis", "pelvis": "Pelvis",
          "cap": "Thx-Abd-Pelvis", "neckcap": "Neck-Thx-Abd", "c": "C-Spine", "t": "T-Spine", "l": "L-Spine", "ws": "Spine",
          "liver": "Liver", "prost": "Prostate", "rectum": "Rectum", "cervix": "Pelvis", "thyroid": "Thyroid", "pancreas": "Pancreas",
          "kidney": "Kidney", "lung": "Lung", "larynx": "Neck", "naso": "Head-Neck", "orbit": "Orbit", "parotid": "Neck", "hn": "Head-Neck",
          "wb": "WB"}
BPE = {"brain": "HEAD", "neck": "NECK", "chest": "CHEST", "abd": "ABDOMEN", "abdpelv": "ABDOMENPELVIS", "pelvis": "PELVIS",
       "cap": "CHESTABDPELVIS", "neckcap": "NECKCHESTABDPELV", "c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "WHOLESPINE",
       "liver": "LIVER", "prost": "PROSTATE", "rectum": "PELVIS", "cervix": "PELVIS", "thyroid": "THYROID", "pancreas": "ABDOMEN",
       "kidney": "KIDNEY", "lung": "CHEST", "larynx": "LARYNX", "naso": "HEADNECK", "orbit": "HEAD", "parotid": "NECK", "hn": "HEADNECK",
       "wb": "WHOLEBODY"}


def ascii_(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.lang, _kind, _n, self.v, _s = SITES[site]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def make(self, kind):
        vend = self.v[kind]
        return MAKE[vend], self.c(MODEL[(kind, vend)])


def t(cx, **forms):
    """The site's own phrasing (de, fr, it, ja, pt); a list is a choice of forms."""
    got = forms[cx.lang]
    got = cx.c(got) if isinstance(got, list) else got
    return style(cx, got)


def style(cx, text):
    """How each site's systems write: the French consoles are ASCII only, the Brazilian RIS often
    upper case without accents, the German and Italian RIS sometimes upper case."""
    if cx.lang == "fr":
        text = ascii_(text)
        return text.upper() if cx.p(0.45) else text
    if cx.lang == "pt":
        r = cx.rng.random()
        if r < 0.35:
            return ascii_(text).upper()
        if r < 0.6:
            return text.upper()
        return text
    if cx.lang in ("de", "it") and cx.p(0.15):
        return text.upper()
    return text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def part(cx, code, extra=False):
    names = PART[cx.lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, gender = n.partition("|")
    return name, gender or "m"


def sidew(cx, s, gender="m", abbr=None):
    full, ab = SIDE[cx.lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    return cx.c(ab) if abbr else full[gender]


def limb_phrase(cx, code, s, extra=False):
    """A limb part with its side in the site's word order."""
    name, g = part(cx, code, extra)
    sw = sidew(cx, s, g)
    if cx.lang == "ja":
        return f"{sw}{name}", name, sw
    return f"{name} {sw}", name, sw


def bpe(cx, meta, good, alt=None, p_missing=0.12, p_alt=0.15):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return meta
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good
    return meta


def ct_recon(cx, reg_en, kind="soft", maker=None):
    """(SeriesDescription, kernel, thickness) of a CT reconstruction as the vendor names it."""
    v = maker or cx.v["ct"]
    th = cx.c(["1.0", "2.0", "3.0", "5.0", "0.6", "1.5"]) if v != "GE" else cx.c(["1.25", "2.5", "5", "0.625"])
    if v in ("Siemens", "SiemensRT"):
        k = {"soft": cx.c(["Br40", "Br38", "Br36", "Qr40"]), "lung": cx.c(["Bl57", "Br60"]), "bone": cx.c(["Br64", "Hr64"])}[kind]
        return cx.c([f"{reg_en}  {th}  {k}  3", f"{reg_en} {th} {k}", f"{k} {th}mm {reg_en}"]), k + "d", th
    if v == "GE":
        k = {"soft": cx.c(["STANDARD", "SOFT"]), "lung": "LUNG", "bone": "BONE"}[kind]
        return cx.c([f"{th}mm {k[:4] if k == 'STANDARD' else k}", f"{reg_en} {th}mm {k}", f"{th} {k} ASiR-V 40%"]), k, th
    if v in ("Philips", "PhilipsRT"):
        k = {"soft": "B", "lung": "L", "bone": "YC"}[kind]
        return cx.c([f"{reg_en} {th}mm iDose 3", f"iDose 4 {'Standard' if k == 'B' else 'Lung' if k == 'L' else 'Bone'}({k})",
                     f"{reg_en} {th} {k}"]), k, th
    if v in ("Canon", "CanonRT"):
        k = {"soft": cx.c(["FC13", "FC03", "FC18"]), "lung": cx.c(["FC52", "FC56"]), "bone": "FC30"}[kind]
        return cx.c([f"{reg_en} {th} CE", f"AXIAL {th}", f"{reg_en} {th} {k} AIDR3D", f"Body {th} {'Lung' if kind == 'lung' else 'CE'}"]), k, th
    k = {"soft": "B_SOFT_B", "lung": "B_LUNG_B", "bone": "B_BONE_C"}[kind]
    return cx.c([f"{reg_en} {th} {k}", f"{reg_en}_{th}mm", f"AXIAL {th} {k}"]), k, th


def ct_meta(cx, desc, kern=None, th=None, kind="ct", **kw):
    man, model = cx.make(kind if kind in ("ct", "rtct") else "ct")
    m = {"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc}
    if kern:
        m["ConvolutionKernel"] = kern
    if th:
        m["SliceThickness"] = th
    m.update(kw)
    return m


def scout_desc(cx, kind="ct"):
    v = cx.v[kind] if kind in cx.v else cx.v["ct"]
    return {"Siemens": cx.c(["Topogram  0.6  T20f", "Topogram 0.6 Tr20", "Topogram"]), "SiemensRT": "Topogram  0.6  T20f",
            "GE": cx.c(["Scout", "3 Plane Scout", "Scout 0/90"]), "Philips": "Surview", "PhilipsRT": "Surview",
            "Canon": cx.c(["Scanogram", "SCANO"]), "CanonRT": "Scanogram", "UIH": "Topogram", "UIHRT": "Topogram"}.get(v, "Scout")


def dose_page(cx, kind="ct"):
    man, model = cx.make(kind if kind in ("ct", "rtct") else "ct")
    if cx.p(0.5):
        return S({"Modality": "SR", "Manufacturer": man, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                  "SeriesDescription": cx.c(["Dose Report", "X-Ray Radiation Dose SR", "Radiation Dose Information"])},
                 [], None, "dose structured report: no image of the patient", img=False)
    return S({"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model, "ImageType": "DERIVED\\SECONDARY\\OTHER",
              "SeriesDescription": cx.c(["Patient Protocol", "Dose Report", "Dose Info"])},
             [], None, "CT dose page: a text screen", img=False)


def ct_study(cx, sd, key, labels, why, kinds=("soft",), bp_alt=None, contrast=True, kind="ct"):
    """A CT study: scout, reconstructions, dose page."""
    reg_en = EN_REG.get(key, key)
    ser = [S(bpe(cx, ct_meta(cx, scout_desc(cx, kind), kind=kind, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), BPE.get(key), bp_alt),
             labels, None, why + "; scout of the exam")]
    for k in kinds:
        d, kern, th = ct_recon(cx, reg_en, k, cx.v[kind] if kind == "rtct" else None)
        m = ct_meta(cx, d, kern, th, kind=kind, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast and cx.p(0.6):
            m["ContrastBolusAgent"] = cx.c(["Ultravist 370", "Imeron 400", "Omnipaque 350", "Iomeron 350", "Visipaque", "Optiray 350", "IOPAMIRON"])
        ser.append(S(bpe(cx, m, BPE.get(key), bp_alt), labels, None, why))
    if cx.p(0.35):
        d, kern, th = ct_recon(cx, reg_en, "soft", cx.v[kind] if kind == "rtct" else None)
        ser.append(S(bpe(cx, ct_meta(cx, cx.c(["MPR cor", "MPR Sag", "Cor 3mm", "COR MPR", "Coronal"]), kern, "3.0", kind=kind,
                                     ImageType="DERIVED\\SECONDARY\\MPR"), BPE.get(key), bp_alt), labels, None, why + "; reformat"))
    ser.append(dose_page(cx, kind))
    return sd, ser


def mr_meta(cx, desc, scan="SE", seq=None, **kw):
    man, model = cx.make("mr")
    m = {"Modality": "MR", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    if seq and cx.v["mr"] == "Siemens":
        m["SequenceName"] = seq
    m.update(kw)
    return m


MRSEQ = {
    "Siemens": {"loc": ("localizer", "GR", "*fl2d1"), "t2ax": ("t2_tse_tra", "SE", "*tse2d1_15"), "t2cor": ("t2_tse_cor", "SE", "*tse2d1_15"),
                "t2sag": ("t2_tse_sag", "SE", "*tse2d1_17"), "t1": ("t1_tse_tra", "SE", "*tse2d1_3"), "dwi": ("ep2d_diff_b50_800_tra", "EP", "*ep_b800t"),
                "adc": ("ep2d_diff_b50_800_tra_ADC", "EP", "*ep_b50_800"), "t1c": ("t1_vibe_fs_tra_KM", "GR", "*fl3d1"),
                "stir": ("t2_tirm_cor", "SE\\IR", "*tir2d1_11"), "t13d": ("t1_mprage_sag_p2_iso_KM", "GR\\IR", "*tfl3d1"),
                "flair": ("t2_tirm_tra_dark-fluid", "SE\\IR", "*tir2d1_21"), "dyn": ("t1_twist_dyn_tra", "GR", "*fl3d1"),
                "dixon": ("t1_vibe_dixon_tra_W", "GR", "*fl3d2")},
    "GE": {"loc": ("3Pl Loc", "GR", None), "t2ax": ("Ax T2 FRFSE", "SE", None), "t2cor": ("Cor T2 FSE", "SE", None),
           "t2sag": ("Sag T2 FSE", "SE", None), "t1": ("Ax T1 FSE", "SE", None), "dwi": ("Ax DWI b800", "EP", None),
           "adc": ("Apparent Diffusion Coefficient (mm2/s)", "EP", None), "t1c": ("Ax LAVA Flex +C", "GR", None),
           "stir": ("Cor STIR", "SE\\IR", None), "t13d": ("Sag T1 BRAVO +C", "GR", None), "flair": ("Ax T2 FLAIR", "SE\\IR", None),
           "dyn": ("DISCO dyn +C", "GR", None), "dixon": ("Ax LAVA Flex WATER", "GR", None)},
    "Philips": {"loc": ("Survey", "GR", None), "t2ax": ("T2W_TSE_tra", "SE", None), "t2cor": ("T2W_TSE_cor", "SE", None),
                "t2sag": ("T2W_TSE_sag", "SE", None), "t1": ("T1W_TSE_tra", "SE", None), "dwi": ("DWI_b0_1000", "EP", None),
                "adc": ("dADC", "EP", None), "t1c": ("THRIVE_+C", "GR", None), "stir": ("STIR_cor", "SE\\IR", None),
                "t13d": ("3D_T1_TFE_+C", "GR", None), "flair": ("FLAIR_tra", "SE\\IR", None), "dyn": ("eTHRIVE_dyn", "GR", None),
                "dixon": ("mDIXON_W", "GR", None)},
    "Canon": {"loc": ("Locator", "GR", None), "t2ax": ("T2WI_FSE_AX", "SE", None), "t2cor": ("T2WI_FSE_COR", "SE", None),
              "t2sag": ("T2WI_FSE_SAG", "SE", None), "t1": ("T1WI_SE_AX", "SE", None), "dwi": ("DWI b1000 AX", "EP", None),
              "adc": ("ADC", "EP", None), "t1c": ("CE_T1_3D_FFE", "GR", None), "stir": ("STIR_COR", "SE\\IR", None),
              "t13d": ("3D T1 MPRAGE CE", "GR", None), "flair": ("FLAIR AX", "SE\\IR", None), "dyn": ("Dynamic_Quick3D", "GR", None),
              "dixon": ("WFS_Water", "GR", None)},
}


def mr_series(cx, keys, labels, lat, why, bp_good=None, bp_alt=None):
    tab = MRSEQ[cx.v["mr"]]
    out = []
    for k in keys:
        d, sc, sq = tab[k]
        m = mr_meta(cx, d, sc, sq)
        if k in ("adc",):
            m["ImageType"] = "DERIVED\\PRIMARY\\ADC"
        if k in ("t1c", "t13d", "dyn") and cx.p(0.5):
            m["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "ProHance", "Clariscan", "Magnescope"])
        why_k = why + ("; localizer of the exam" if k == "loc" else "; sequence-only name")
        out.append(S(bpe(cx, m, bp_good, bp_alt), labels, lat, why_k))
    return out


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def staging(cx):
    k = cx.c(["tap"] * 6 + ["chest"] * 3 + ["neckcap", "abd", "abdpelv", "abdpelv", "liver_mr", "prost_mr", "prost_mr", "rect_mr",
              "cervix_mr", "wbmr", "wbldct", "cxr", "cxr", "us_liver", "pancreas", "colono", "oeso", "ittb"])
    R = REG[cx.lang]
    if k in ("tap", "chest", "neckcap", "abd", "abdpelv", "pancreas"):
        key = {"tap": "cap", "chest": "chest", "neckcap": "neckcap", "abd": "abd", "abdpelv": "abdpelv", "pancreas": "pancreas"}[k]
        sd = t(cx, de=[f"CT {R[key]} mit KM", f"CT {R[key]} (Staging)", f"CT-{R[key]} KM"],
               fr=[f"TDM {R[key]} avec injection", f"SCANNER {R[key]} INJ", f"TDM {R[key]} bilan d'extension"],
               it=[f"TC {R[key]} con mdc", f"TC {R[key]} senza e con mdc", f"TC {R[key]} MDC ristadiazione"],
               ja=[f"{R[key]}造影CT", f"CT {R[key]} 単純+造影", f"{R[key]} CT (造影)"],
               pt=[f"TC de {R[key]} com contraste", f"Tomografia computadorizada de {R[key]}", f"TC {R[key]} c/ contraste"])
        if k == "tap" and cx.lang == "pt" and cx.p(0.3):
            sd = style(cx, "TC de tórax e abdome total com contraste")
        labels = REG_CODES[key]
        why = f"staging CT of {key}"
        kinds = ("soft", "lung") if key in ("cap", "chest", "neckcap") else ("soft",)
        alt = {"cap": ["CHEST", "ABDOMEN", "WHOLEBODY"], "chest": ["LUNG", "THORAX"], "neckcap": ["NECK", "CHEST"], "abd": ["ABDOMEN"],
               "abdpelv": ["ABDOMEN"], "pancreas": ["PANCREAS"]}[key]
        sd, ser = ct_study(cx, sd, key, labels, why, kinds, alt)
        if key in ("cap", "neckcap") and cx.p(0.5):
            d, kern, th = ct_recon(cx, "Lung", "lung")
            ser.insert(2, S(ct_meta(cx, d, kern, th), ["CHEST"], None, "lung recon of the staging CT: chest only"))
        return sd, ser
    if k == "ittb":
        # Italian "TC total body": the series name says what it covered
        sd = t(cx, de="CT Hals/Thorax/Abdomen/Becken", fr="TDM cervico-thoraco-abdomino-pelvienne", it="TC TOTAL BODY con mdc",
               ja="頸部～骨盤 造影CT", pt="TC de pescoço, tórax, abdome e pelve")
        labels = ["NECK"] + CAP
        ser = [S(ct_meta(cx, scout_desc(cx)), labels, None, "neck-to-pelvis staging CT; scout")]
        for d in ["COLLO-TORACE-ADDOME 2.5 STD", "Neck-Thx-Abd 3.0", "Collo Torace Addome portale"]:
            ser.append(S(bpe(cx, ct_meta(cx, d, "STANDARD", "2.5"), "NECKCHESTABDPELV", ["WHOLEBODY", "CHEST"]), labels, None,
                         "neck-chest-abdomen-pelvis CT (a CT 'total body' without the head)"))
        ser.append(dose_page(cx))
        return sd, ser
    if k == "oeso":
        sd = t(cx, de="CT Hals/Thorax/Oberbauch bei Ösophagus-Ca", fr="TDM cervico-thoraco-abdominale (oesophage)",
               it="TC collo-torace-addome superiore (esofago)", ja="食道癌 頸部～上腹部 造影CT", pt="TC pescoço, tórax e abdome superior (esôfago)")
        return ct_study(cx, sd, "neckcap", ["NECK", "CHEST", "ABDOMEN"], "oesophageal cancer staging CT, neck to upper abdomen", ("soft",), ["CHEST"])
    if k == "wbldct":
        sd = t(cx, de="Ganzkörper-Low-Dose-CT (Myelom)", fr="TDM corps entier basse dose (myelome)", it="TC total body low dose (mieloma)",
               ja="全身低線量CT 骨髄腫", pt="TC de corpo inteiro baixa dose (mieloma)")
        return ct_study(cx, sd, "wb", WB, "whole-body low-dose CT for myeloma", ("bone",), ["WHOLEBODY", "SKELETON"], contrast=False)
    if k == "colono":
        sd = t(cx, de="CT-Kolonographie", fr="Coloscanner", it="Colonscopia virtuale TC", ja="CTコロノグラフィー", pt="Colonografia por TC")
        return ct_study(cx, sd, "abdpelv", AP_, "CT colonography: abdomen and pelvis", ("soft",), ["COLON", "ABDOMEN"], contrast=False)
    if k == "cxr":
        sd = t(cx, de=["Rö Thorax pa/lat", "Thorax 2 Ebenen"], fr=["RX THORAX FACE", "Radiographie thoracique face profil"],
               it=["RX torace 2P", "RX TORACE"], ja=["胸部単純X線 2方向", "胸部XP"], pt=["RX de tórax PA e perfil", "Radiografia de tórax"])
        man, model = cx.make("xr")
        ser = [S(bpe(cx, {"Modality": "DX", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d, "ViewPosition": vp},
                     "CHEST", ["THORAX"]), ["CHEST"], None, "chest radiograph") for d, vp in (("PA", "PA"), ("LAT", "LL"))]
        return sd, ser
    if k == "us_liver":
        sd = t(cx, de="Sono Abdomen (Leber)", fr="Echographie hepatique", it="ECO addome superiore", ja="腹部超音波 (肝)", pt="USG de abdome superior")
        man, model = cx.make("us")
        return sd, [S(bpe(cx, {"Modality": "US", "Manufacturer": man, "ManufacturerModelName": model,
                               "SeriesDescription": cx.c(["Abdomen", "LIVER", "Leber", "Fegato", "ABD", ""])}, "ABDOMEN", ["LIVER"]),
                      ["ABDOMEN"], None, "upper abdominal ultrasound")]
    key = {"liver_mr": "liver", "prost_mr": "prost", "rect_mr": "rectum", "cervix_mr": "cervix", "wbmr": "wb"}[k]
    sd = t(cx, de=[f"MRT {R[key]} mit KM", f"MRT {R[key]}"], fr=[f"IRM {R[key]}", f"IRM {R[key]} avec injection"],
           it=[f"RM {R[key]} con mdc", f"RM {R[key]}"], ja=[f"{R[key]}MRI", f"MRI {R[key]} 造影"],
           pt=[f"RM de {R[key]}", f"Ressonância magnética de {R[key]}"])
    if key == "prost" and cx.p(0.4):
        sd = style(cx, cx.c(["mpMRT Prostata", "IRM prostatique multiparametrique", "RM multiparametrica prostata", "前立腺MRI (mpMRI)",
                             "RM multiparamétrica da próstata"]))
    if key == "wb" and cx.p(0.5):
        sd = style(cx, {"de": "Ganzkörper-MRT (Myelom)", "fr": "IRM corps entier diffusion", "it": "RM whole body DWI",
                        "ja": "全身MRI (DWIBS)", "pt": "RM de corpo inteiro"}[cx.lang])
    labels = REG_CODES[key]
    keys = ["loc", "t2ax", "dwi", "adc", "t1c"] + (["t2sag", "dyn"] if key in ("prost", "rectum", "cervix") else []) + (["stir", "dixon"] if key == "wb" else [])
    alt = {"liver": ["ABDOMEN"], "prost": ["PELVIS"], "rectum": ["PELVIS", "ABDOMEN"], "cervix": ["PELVIS", "ABDOMEN"], "wb": ["WHOLEBODY", "CHEST"]}[key]
    ser = mr_series(cx, keys, labels, None, f"MR of {key}", BPE[key], alt)
    return sd, ser


def pet(cx):
    k = cx.c(["fdg"] * 6 + ["psma"] * 3 + ["dota", "dota", "fapi", "fet", "fdgbrain", "chol", "petmr", "petmr_psma", "fdg_hn", "y90"])
    R = REG[cx.lang]
    tracer = {"fdg": "FDG", "psma": cx.c(["68Ga-PSMA-11", "18F-PSMA-1007", "PSMA", "[18F]DCFPyL"]), "dota": cx.c(["68Ga-DOTATATE", "DOTATOC", "Ga-68 DOTA-TATE"]),
              "fapi": "68Ga-FAPI-46", "fet": "18F-FET", "fdgbrain": "FDG", "chol": "18F-Fluorocholin", "petmr": "FDG", "petmr_psma": "PSMA",
              "fdg_hn": "FDG", "y90": "Y-90"}[k]
    man, model = cx.make("pet")
    if k in ("fet", "fdgbrain"):
        sd = t(cx, de=f"{tracer}-PET/CT Hirn", fr=f"TEP-TDM cerebrale {tracer}", it=f"PET-TC cerebrale con {tracer}", ja=f"脳PET-CT ({tracer})",
               pt=f"PET-CT cerebral {tracer}")
        labels, key, why = ["HEAD"], "brain", f"brain {tracer} PET"
    elif k == "chol":
        sd = t(cx, de="Cholin-PET/CT Nebenschilddrüse", fr="TEP-TDM fluorocholine parathyroides", it="PET-TC colina paratiroidi",
               ja="副甲状腺 コリンPET-CT", pt="PET-CT colina paratireoides")
        labels, key, why = ["NECK", "CHEST"], "neck", "parathyroid choline PET: neck and mediastinum"
    elif k == "fdg_hn":
        sd = t(cx, de="FDG-PET/CT Kopf-Hals", fr="TEP-TDM FDG cervico-faciale", it="PET-TC FDG testa-collo", ja="頭頸部PET-CT", pt="PET-CT FDG cabeça e pescoço")
        labels, key, why = HN, "hn", "dedicated head and neck PET/CT"
    elif k == "y90":
        sd = t(cx, de="Y-90-PET/CT Leber nach SIRT", fr="TEP-TDM Y90 hepatique post-SIRT", it="PET-TC fegato post SIRT (Y90)",
               ja="SIRT後 肝PET-CT", pt="PET-CT hepático pós-SIRT")
        labels, key, why = ["ABDOMEN"], "liver", "post-SIRT yttrium PET of the liver"
    elif k == "petmr_psma":
        sd = t(cx, de="PSMA-PET/MRT Becken", fr="TEP-IRM PSMA pelvienne", it="PET-RM PSMA pelvi", ja="PSMA PET-MRI 骨盤", pt="PET-RM PSMA pelve")
        labels, key, why = ["PELVIS"], "pelvis", "pelvic PSMA PET/MR"
    else:
        sd = t(cx, de=[f"{tracer}-PET/CT Ganzkörper", f"PET/CT {tracer} Schädelbasis bis Oberschenkel", f"{tracer} PET-CT"],
               fr=[f"TEP-TDM {tracer} corps entier", f"TEP {tracer}", f"TEP-SCANNER {tracer}"],
               it=[f"PET-TC total body con {tracer}", f"PET/TC {tracer}", f"PET-TC {tracer} stadiazione"],
               ja=[f"PET-CT 全身 ({tracer})", f"{tracer}-PET/CT", f"PET/CT 全身"],
               pt=[f"PET-CT oncológico {tracer}", f"PET-CT {tracer} corpo inteiro", f"PET/CT com {tracer}"])
        if k == "petmr":
            sd = t(cx, de="FDG-PET/MRT Ganzkörper", fr="TEP-IRM FDG corps entier", it="PET-RM total body FDG", ja="PET-MRI 全身", pt="PET-RM corpo inteiro")
        labels, key, why = WB, "wb", f"whole-body {tracer} PET"
    bp_alt = ["CHEST", "ABDOMEN", "HEAD", "LUNG", "WHOLEBODY"] if labels == WB else ["HEAD", "CHEST"]
    pv = cx.v["pet"]
    pet_names = {"Siemens": ["PET WB AC", "PET_AC_TOF", "PET AC (TrueX+TOF)", "WB_AC_2i5s"], "GE": ["WB 3D MAC", "PET WB MAC", "QCFX MAC", "PET AC"],
                 "Philips": ["AC WB", "PET AC", "WB_CTAC_BLOB"], "Canon": ["WB PET AC", "PET_AC"], "UIH": ["PET AC", "WB_AC_OSEM"]}[pv]
    nac = {"Siemens": "PET WB NAC", "GE": "WB NAC", "Philips": "NAC WB", "Canon": "PET NAC", "UIH": "PET NAC"}[pv]
    mri = k in ("petmr", "petmr_psma")
    if mri:
        man, model = "SIEMENS", "Biograph_mMR"
    ser = []
    if not mri:
        ser.append(S(bpe(cx, {"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": cx.c(["Topogram", "Scout", "Scanogram", "Topogram  0.6  T20f"]),
                              "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}, BPE[key], bp_alt), labels, None, why + "; scout of the PET/CT"))
        ser.append(S(bpe(cx, {"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model,
                              "SeriesDescription": cx.c(["CTAC 3.75 Thick", "CT WB 3.0 B30f", "WB CTAC", "CT Ganzkoerper 3.0 Br38", "CT AC", "LD CT 5.0"]),
                              "SliceThickness": cx.c(["3.0", "3.75", "5.0"])}, BPE[key], bp_alt), labels, None, why + "; attenuation CT"))
    else:
        for d in ["mMR_WB_Dixon_W" if labels == WB else "Dixon_pelvis_W", "t2_haste_tra_mbh" if labels == WB else "t2_tse_tra_pelvis", "ep2d_diff_b800"]:
            ser.append(S(bpe(cx, {"Modality": "MR", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d,
                                  "ScanningSequence": "GR" if "Dixon" in d else "EP" if "diff" in d else "SE"}, BPE[key], bp_alt), labels, None, why + "; MR part"))
    for d in cx.rng.sample(pet_names, 2) + [nac]:
        m = {"Modality": "PT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d,
             "ImageType": "ORIGINAL\\PRIMARY", "SliceThickness": cx.c(["2.0", "3.27", "2.78", "1.65"])}
        if cx.p(0.3):
            m["SeriesDescription"] = f"{d} {tracer}"
        ser.append(S(bpe(cx, m, BPE[key], bp_alt), labels, None, why + "; PET recon"))
    ser.append(S({"Modality": "PT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": cx.c(["MIP", "PET MIP", "3D MIP AC", "MIP_ROT"]),
                  "ImageType": "DERIVED\\SECONDARY\\MIP"}, labels, None, why + "; MIP of the PET"))
    if labels == WB and not mri and cx.p(0.5):
        ser.append(S({"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model,
                      "SeriesDescription": cx.c(["Lung 2.0", "LUNG 2mm", t(cx, de="Lunge 2.0 Bl57", fr="Poumon 1.25 LUNG", it="Polmone 2mm", ja="肺野 2mm", pt="Pulmão 2mm")]),
                      "ConvolutionKernel": {"Siemens": "Bl57d", "GE": "LUNG", "Philips": "L", "Canon": "FC52", "UIH": "B_LUNG_B"}[pv]}, ["CHEST"], None, "dedicated lung recon of the PET/CT: chest only"))
    if labels == WB and k in ("fdg",) and cx.p(0.2):
        ser.append(S({"Modality": "PT", "Manufacturer": man, "ManufacturerModelName": model,
                      "SeriesDescription": cx.c(["Brain 3D AC", "Brain AC", t(cx, de="PET Kopf AC", fr="Cerveau AC", it="Encefalo AC", ja="頭部 AC", pt="Cérebro AC")])}, ["HEAD"], None,
                     "extra brain bed of the whole-body PET: head only"))
    if not mri:
        ser.append(dose_page(cx))
    return sd, ser


def nm_meta(cx, desc, **kw):
    man, model = cx.make("nm")
    m = {"Modality": "NM", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


def nm(cx):
    k = cx.c(["bone"] * 5 + ["thyroid"] * 3 + ["sln_breast"] * 3 + ["rai"] * 3 + ["lupsma"] * 2 +
             ["ludota", "sln_hn", "sln_pelvis", "mibg", "muga", "maa", "mibi", "mag3", "q"])
    if k == "bone":
        sd = t(cx, de=["Skelettszintigraphie", "Knochenszintigraphie Ganzkörper", "Skelettszinti + SPECT/CT"],
               fr=["Scintigraphie osseuse corps entier", "SCINTIGRAPHIE OSSEUSE", "Scinti os + TEMP-TDM"],
               it=["Scintigrafia ossea total body", "Scintigrafia scheletrica", "SCINTIGRAFIA OSSEA"],
               ja=["骨シンチグラフィ", "骨シンチ 全身", "骨シンチ+SPECT"], pt=["Cintilografia óssea", "Cintilografia do esqueleto corpo inteiro"])
        ser = [S(bpe(cx, nm_meta(cx, cx.c(["WB Anterior", "Whole Body", "WB ANT/POST", "Ganzkörper", "Corps entier", "WB_MDP"]),
                                 ImageType="ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION"), "WHOLEBODY", ["BONE", "SKELETON", "CHEST"]),
                 WB, None, "whole-body bone scan")]
        if cx.p(0.6):
            reg = cx.c(["l", "t", "pelvis", "chest"])
            lab = {"l": ["LSPINE"], "t": ["TSPINE"], "pelvis": ["PELVIS"], "chest": ["CHEST"]}[reg]
            ser.append(S(nm_meta(cx, cx.c([f"SPECT {EN_REG[reg]}", f"SPECT/CT {EN_REG[reg]}", f"Tomo {EN_REG[reg]}"]), ImageType="ORIGINAL\\PRIMARY\\RECON TOMO\\EMISSION"),
                         lab, None, f"bone SPECT of the {EN_REG[reg]} (series name)"))
            ser.append(S(ct_meta(cx, cx.c([f"CT {EN_REG[reg]} 2.5", f"{EN_REG[reg]} LD CT", "CTAC"])), lab, None, "low-dose CT of the bone SPECT/CT"))
        if cx.p(0.3):
            ser.append(S(nm_meta(cx, cx.c(["Static Pelvis", t(cx, de="Spot Becken", fr="Statique bassin", it="Statica bacino", ja="骨盤 スポット", pt="Estática bacia")])),
                         ["PELVIS"], None, "spot view of the pelvis"))
        return sd, ser
    if k == "thyroid":
        sd = t(cx, de=["Schilddrüsenszintigraphie", "SD-Szinti Tc-99m"], fr=["Scintigraphie thyroidienne", "SCINTI THYROIDE TC99M"],
               it=["Scintigrafia tiroidea", "SCINTIGRAFIA TIROIDEA CON TC99M"], ja=["甲状腺シンチグラフィ", "甲状腺シンチ (Tc)"],
               pt=["Cintilografia de tireoide", "Cintilografia da tireoide com captação"])
        return sd, [S(bpe(cx, nm_meta(cx, cx.c(["Thyroid ANT", "Schilddruese", "Thyroide", "Tiroide", "THY_Tc", "Pinhole"])), "THYROID", ["NECK", "HEAD"]),
                      ["NECK"], None, "thyroid scintigraphy")]
    if k in ("sln_breast", "sln_hn", "sln_pelvis"):
        if k == "sln_breast":
            s = cx.c("LR")
            br_d = {"de": "Mamma", "fr": "sein", "it": "mammella", "ja": "乳房", "pt": "mama"}[cx.lang]
            sw = sidew(cx, s, "f")
            sd = t(cx, de=f"Sentinel-Lymphszintigraphie {br_d} {sw}", fr=f"Lymphoscintigraphie ganglion sentinelle {br_d} {sw}",
                   it=f"Linfoscintigrafia linfonodo sentinella {br_d} {sw}", ja=f"センチネルリンパ節シンチ {sw}{br_d}",
                   pt=f"Linfocintilografia linfonodo sentinela {br_d} {sw}")
            labels, lat, why = ["BREAST"], s, "breast sentinel node lymphoscintigraphy (breast and axilla), side from the order"
            bpn = "BREAST"
        elif k == "sln_hn":
            sd = t(cx, de="Sentinel-Lymphszintigraphie Mundhöhle", fr="Lymphoscintigraphie sentinelle cavite buccale", it="Linfoscintigrafia sentinella cavo orale",
                   ja="口腔癌 センチネルリンパ節シンチ", pt="Linfocintilografia sentinela cavidade oral")
            labels, lat, why, bpn = HN, None, "oral cancer sentinel node: injection in the mouth, neck basins", "HEADNECK"
        else:
            sd = t(cx, de="Sentinel-Szintigraphie Vulva", fr="Lymphoscintigraphie sentinelle endometre", it="Linfoscintigrafia sentinella vulva",
                   ja="子宮体癌 センチネルリンパ節シンチ", pt="Linfocintilografia sentinela colo uterino")
            labels, lat, why, bpn = ["PELVIS"], None, "gynaecological sentinel node: pelvis", "PELVIS"
        ser = [S(bpe(cx, nm_meta(cx, cx.c(["Static ANT 5min", "Lymphoscinti early", "Statik 10 min", "Planar Ant", "Sentinel"])), bpn, ["CHEST", "WHOLEBODY"]),
                 labels, lat, why)]
        ser.append(S(nm_meta(cx, cx.c(["SPECT/CT Sentinel", "SPECT-CT", "Tomo Sentinel"])), labels, lat, why + "; SPECT/CT"))
        return sd, ser
    if k == "rai":
        sd = t(cx, de=["Posttherapeutische Ganzkörperszintigraphie I-131", "RIT Ganzkörper-Szinti"], fr=["Scintigraphie corps entier post-IRA-therapie", "BALAYAGE I131 POST-THERAPEUTIQUE"],
               it=["Scintigrafia total body post-terapia radiometabolica I-131", "SCINTIGRAFIA TB POST I131"], ja=["131I 全身シンチ (治療後)", "アブレーション後 全身シンチ"],
               pt=["Pesquisa de corpo inteiro com iodo-131 (PCI) pós-dose", "PCI pós-terapia I-131"])
        ser = [S(bpe(cx, nm_meta(cx, cx.c(["WB I-131", "Whole Body ANT/POST", "WB_I131_HE", "Ganzkoerper"])), "WHOLEBODY", ["THYROID", "NECK"]),
                 WB, None, "post-radioiodine whole-body scan")]
        if cx.p(0.6):
            ser.append(S(nm_meta(cx, cx.c(["Static Neck", t(cx, de="Statik Hals", fr="Statique cou", it="Statica collo", ja="頸部スポット", pt="Estática pescoço")])),
                         ["NECK"], None, "neck spot of the radioiodine scan"))
        if cx.p(0.5):
            ser.append(S(nm_meta(cx, cx.c(["SPECT/CT neck-chest", t(cx, de="SPECT/CT Hals-Thorax", fr="SPECT-CT cou-thorax", it="SPECT collo-torace", ja="SPECT/CT 頸胸部",
                                                                pt="SPECT/CT pescoço-tórax")])), ["NECK", "CHEST"], None,
                         "radioiodine SPECT/CT of neck and chest"))
        return sd, ser
    if k in ("lupsma", "ludota"):
        tr = "177Lu-PSMA-617" if k == "lupsma" else "177Lu-DOTATATE"
        sd = t(cx, de=f"{tr} Posttherapie-Szintigraphie", fr=f"Scintigraphie post-therapie {tr}", it=f"Scintigrafia post-terapia {tr}",
               ja=f"{tr} 治療後シンチ", pt=f"Cintilografia pós-terapia {tr}")
        ser = [S(bpe(cx, nm_meta(cx, cx.c(["WB 24h", "Whole Body 24h", "WB_Lu177_MEGP", "Ganzkörper 48h"])), "WHOLEBODY", ["ABDOMEN", "PELVIS"]),
                 WB, None, "post-radioligand therapy whole-body scan")]
        ser.append(S(nm_meta(cx, cx.c(["SPECT/CT Abdomen 24h", "SPECT Abdo dosimetry", t(cx, de="Dosimetrie Nieren SPECT", fr="SPECT abdomen dosimetrie", it="SPECT/CT Addome",
                                                                            ja="SPECT/CT 腹部", pt="SPECT/CT abdome")])), ["ABDOMEN"], None,
                     "dosimetry SPECT/CT of the abdomen (kidneys, liver)"))
        return sd, ser
    if k == "mibg":
        sd = t(cx, de="MIBG-Szintigraphie", fr="Scintigraphie MIBG", it="Scintigrafia con MIBG", ja="MIBGシンチ", pt="Cintilografia com MIBG")
        return sd, [S(bpe(cx, nm_meta(cx, "WB MIBG 24h"), "WHOLEBODY", ["ABDOMEN"]), WB, None, "whole-body MIBG scan"),
                    S(nm_meta(cx, cx.c(["SPECT/CT Abdomen", t(cx, de="SPECT Nebennieren", fr="SPECT surrenales", it="SPECT surreni", ja="SPECT 副腎", pt="SPECT adrenais")])),
                      ["ABDOMEN"], None, "adrenal SPECT")]
    if k == "muga":
        sd = t(cx, de="Radionuklidventrikulographie (Anthrazykline)", fr="Ventriculographie isotopique", it="Ventricolografia radioisotopica",
               ja="心プールシンチ", pt="Ventriculografia radioisotópica")
        return sd, [S(bpe(cx, nm_meta(cx, cx.c(["MUGA LAO 45", "Gated Blood Pool", "RNV"])), "HEART", ["CHEST"]), ["CHEST"], None, "cardiac blood pool scan")]
    if k == "maa":
        sd = t(cx, de="Tc-99m-MAA Szintigraphie vor SIRT", fr="Scintigraphie MAA pre-SIRT", it="Scintigrafia MAA pre-SIRT", ja="SIRT前 MAAシンチ",
               pt="Cintilografia com MAA pré-radioembolização")
        return sd, [S(nm_meta(cx, "Thorax-Abdomen ANT/POST"), ["CHEST", "ABDOMEN"], None, "MAA shunt study: lungs and liver"),
                    S(nm_meta(cx, cx.c(["SPECT/CT liver", t(cx, de="SPECT/CT Leber", fr="SPECT foie", it="SPECT fegato", ja="SPECT 肝", pt="SPECT fígado")])),
                      ["ABDOMEN"], None, "MAA SPECT of the liver")]
    if k == "mibi":
        sd = t(cx, de="Nebenschilddrüsenszintigraphie MIBI", fr="Scintigraphie parathyroidienne MIBI", it="Scintigrafia paratiroidea MIBI",
               ja="副甲状腺シンチ (MIBI)", pt="Cintilografia de paratireoides com MIBI")
        return sd, [S(nm_meta(cx, cx.c(["Early 10min", "Late 2h", "Hals-Thorax ANT"])), ["NECK", "CHEST"], None, "parathyroid MIBI: neck and mediastinum")]
    if k == "mag3":
        sd = t(cx, de="MAG3-Nierenszintigraphie vor PRRT", fr="Scintigraphie renale MAG3", it="Scintigrafia renale sequenziale", ja="腎シンチ (MAG3)",
               pt="Cintilografia renal dinâmica")
        return sd, [S(bpe(cx, nm_meta(cx, cx.c(["Dynamic POST", "MAG3 dyn", "Renogram"])), "KIDNEY", ["ABDOMEN"]), ["ABDOMEN"], None, "renal scan")]
    sd = t(cx, de="Lungenperfusionsszintigraphie", fr="Scintigraphie pulmonaire de perfusion", it="Scintigrafia polmonare perfusionale",
           ja="肺血流シンチ", pt="Cintilografia pulmonar de perfusão")
    return sd, [S(nm_meta(cx, cx.c(["Perfusion 6 views", "Q ANT/POST", "SPECT Q"])), ["CHEST"], None, "lung perfusion scan before lung resection")]


def linac_meta(cx, desc, mod="CT", **kw):
    man, model = cx.make("linac")
    m = {"Modality": mod, "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


RT_SITES = ["brain"] * 3 + ["hn"] * 3 + ["breast"] * 4 + ["lung"] * 3 + ["prost"] * 4 + ["rectum"] * 2 + ["cervix"] * 2 + \
    ["liver", "pancreas", "oeso", "spine", "spine", "femur", "humerus", "tbi", "csi", "pelvisbone", "gyn_ext"]


def rt(cx):
    k = cx.c(RT_SITES)
    R = REG[cx.lang]
    lat = None
    if k in ("femur", "humerus"):
        code = "THIGH" if k == "femur" else "ARM"
        s = cx.c("LR")
        phr, _n, _sw = limb_phrase(cx, code, s, extra=True)
        labels, lat, reg_txt, why = [code], s, phr, f"palliative RT of the {'femur' if code == 'THIGH' else 'humerus'}, side from the order"
        bp, alt, reg_en = code, ["EXTREMITY", "LOWER LIMB" if code == "THIGH" else "UPPER LIMB"], "Extremity"
    elif k == "breast":
        s = cx.c("LLLRRR")
        br = {"de": "Mamma", "fr": "sein", "it": "mammella", "ja": "乳房", "pt": "mama"}[cx.lang]
        sw = sidew(cx, s, "f")
        reg_txt = f"{sw}{br}" if cx.lang == "ja" else f"{br} {sw}"
        labels, lat, why, bp, alt, reg_en = ["BREAST", "CHEST"], s, "breast RT planning CT: breast on the chest wall, side from the order", "BREAST", ["CHEST", "THORAX"], "Thorax"
    elif k == "spine":
        sp = cx.c(["c", "t", "l"])
        labels, reg_txt, why, bp, alt, reg_en = REG_CODES[sp], R[sp], f"spine SBRT of the {sp}-spine", BPE[sp], ["SPINE", "CHEST" if sp == "t" else "NECK" if sp == "c" else "ABDOMEN"], EN_REG[sp]
    elif k == "tbi":
        labels, reg_txt, why, bp, alt, reg_en = WB, {"de": "TBI Ganzkörper", "fr": "ICT corps entier", "it": "TBI total body", "ja": "全身照射 TBI",
                                                      "pt": "ICT corpo inteiro"}[cx.lang], "total body irradiation planning CT: whole body", "WHOLEBODY", ["CHEST"], "WB"
    elif k == "csi":
        labels, reg_txt, why, bp, alt, reg_en = ["HEAD"] + WSPINE, {"de": "Kraniospinale Achse", "fr": "axe cranio-spinal", "it": "asse cranio-spinale",
                                                                    "ja": "全脳全脊髄照射", "pt": "neuroeixo (crânio-espinhal)"}[cx.lang], "craniospinal planning CT: brain and the whole spine", "HEAD", ["SPINE"], "CSI"
    elif k == "pelvisbone":
        labels, reg_txt, why, bp, alt, reg_en = ["PELVIS"], {"de": "Becken (Os ilium)", "fr": "bassin (aile iliaque)", "it": "bacino", "ja": "骨盤骨転移",
                                                             "pt": "bacia (ilíaco)"}[cx.lang], "palliative RT of a pelvic bone metastasis", "PELVIS", ["HIP"], "Pelvis"
    elif k == "gyn_ext":
        labels, reg_txt, why, bp, alt, reg_en = AP_, {"de": "Becken + paraaortal", "fr": "pelvis + lomboaortique", "it": "pelvi + paraortici",
                                                      "ja": "骨盤+傍大動脈", "pt": "pelve + paraórticos"}[cx.lang], "extended-field cervix RT: pelvis and para-aortic nodes", "PELVIS", ["ABDOMEN"], "Abd-Pelvis"
    else:
        key = {"brain": "brain", "hn": "hn", "lung": "lung", "prost": "prost", "rectum": "rectum", "cervix": "cervix", "liver": "liver",
               "pancreas": "pancreas", "oeso": "oeso"}[k]
        labels = {"oeso": ["CHEST", "ABDOMEN"]}.get(key, REG_CODES.get(key))
        reg_txt, why, bp, reg_en = R[key], f"RT planning of the {key}", BPE.get(key, "CHEST"), EN_REG.get(key, "Thorax")
        alt = {"brain": ["HEAD"], "hn": ["HEAD", "NECK"], "lung": ["CHEST"], "prost": ["PELVIS", "ABDOMEN"], "rectum": ["PELVIS", "ABDOMEN"],
               "cervix": ["PELVIS", "ABDOMEN"], "liver": ["ABDOMEN", "CHEST"], "pancreas": ["ABDOMEN"], "oeso": ["CHEST"]}[key]
        if key == "oeso":
            why = "oesophagus RT planning: chest and upper abdomen"
    sd = t(cx, de=[f"Bestrahlungsplanungs-CT {reg_txt}", f"Planungs-CT {reg_txt}", f"Strahlentherapie Planung {reg_txt}"],
           fr=[f"Scanner de simulation {reg_txt}", f"TDM DOSIMETRIQUE {reg_txt}", f"Scanner de centrage {reg_txt}"],
           it=[f"TC di centraggio {reg_txt}", f"TC simulazione RT {reg_txt}", f"TC per piano di trattamento {reg_txt}"],
           ja=[f"放射線治療計画CT {reg_txt}", f"治療計画CT ({reg_txt})"],
           pt=[f"TC de planejamento radioterapia {reg_txt}", f"Tomografia de simulação {reg_txt}"])
    w = cx.rng.random()
    ser = []
    if w < 0.55 or k in ("tbi", "csi", "pelvisbone", "gyn_ext", "oeso"):
        # the planning CT itself
        ser.append(S(bpe(cx, ct_meta(cx, scout_desc(cx, "rtct"), kind="rtct", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), bp, alt), labels, lat, why + "; scout"))
        d, kern, th = ct_recon(cx, reg_en, "soft", cx.v["rtct"])
        d = cx.c([d, f"RT {reg_en} 2mm", f"Planung {reg_en}" if cx.lang == "de" else f"Plan {reg_en}", "CT_Sim", "RTP 3mm"])
        ser.append(S(bpe(cx, ct_meta(cx, d, kern, cx.c(["2.0", "3.0", "1.0"]), kind="rtct"), bp, alt), labels, lat, why + "; planning CT"))
        if k in ("lung", "liver", "oeso", "pancreas") and cx.p(0.7):
            for ph in cx.rng.sample(["4D 0%", "4D 50%", "MIP 4D", "AVG 4D", "AIP", "Phase 30%"], 2):
                ser.append(S(bpe(cx, ct_meta(cx, f"{ph} {reg_en}", kern, "2.0", kind="rtct", ImageType="DERIVED\\SECONDARY\\AXIAL"), bp, alt), labels, lat,
                             why + "; 4D-CT phase or projection"))
        if k in ("brain", "prost", "hn") and cx.p(0.5):
            keys = {"brain": ["t13d", "flair"], "prost": ["t2ax", "t2sag"], "hn": ["t1", "t2ax"]}[k]
            ser += mr_series(cx, keys, labels, lat, why + "; planning MR registered to the CT", bp, alt)
    elif w < 0.85:
        # image guidance at the linac
        lv = cx.v["linac"]
        cb = {"Varian": ["CBCT", f"CBCT {reg_en}", "kV CBCT Pelvis" if "PELVIS" in labels else "kV CBCT", "Thorax Spotlight" if "CHEST" in labels else "Head Spotlight" if "HEAD" in labels else "CBCT"],
              "VarianH": ["iCBCT", "Halcyon iCBCT", "kV-CBCT"], "Elekta": ["XVI", "XVI CBCT", "Volume View"]}[lv]
        for d in cx.rng.sample(cb, 2):
            m = linac_meta(cx, d, "CT", ImageType="ORIGINAL\\PRIMARY\\AXIAL\\CBCT")
            if lv == "Elekta":
                m["ProtocolName"] = cx.c(["Prostate Seed M20", "Chest M20", "Head and Neck S20", "Pelvis M15"]) if True else None
                if ("PELVIS" not in labels and "Prostate" in m["ProtocolName"]) or ("Pelvis" in m["ProtocolName"] and "PELVIS" not in labels):
                    m["ProtocolName"] = "Custom M20"
                if "Chest" in m["ProtocolName"] and "CHEST" not in labels:
                    m["ProtocolName"] = "Custom S20"
                if "Head" in m["ProtocolName"] and "HEAD" not in labels and "NECK" not in labels:
                    m["ProtocolName"] = "Custom S20"
            ser.append(S(m, labels, lat, why + "; cone-beam CT at the linac, region from the order"))
    else:
        for d in cx.rng.sample(["MV Portal", "kV 0", "kV 270", "Setup AP", "DRR AP", "MV 1"], 2):
            mod = "RTIMAGE"
            ser.append(S(linac_meta(cx, d, mod, ImageType="ORIGINAL\\PRIMARY\\PORTAL" if "MV" in d else "DERIVED\\SECONDARY\\DRR" if "DRR" in d else "ORIGINAL\\PRIMARY\\KV"),
                         labels, lat, why + "; portal/setup image of the treated region"))
    # RT objects of the plan: no pixels of the patient
    for mod, desc, sop in [("RTSTRUCT", cx.c(["RS: Unapproved Structure Set", "Structure Set", "Contours", "RTSTRUCT"]), "1.2.840.10008.5.1.4.1.1.481.3"),
                           ("RTPLAN", cx.c(["RP: Plan1", "VMAT 2Arc", "Plan approved", "IMRT"]), "1.2.840.10008.5.1.4.1.1.481.5"),
                           ("RTDOSE", cx.c(["RD: Dose", "Dose", "Plan dose"]), "1.2.840.10008.5.1.4.1.1.481.2")]:
        if cx.p(0.5):
            ser.append(S({"Modality": mod, "SOPClassUID": sop, "SeriesDescription": desc}, [], None,
                         f"{mod}: a radiotherapy object, no image of the patient", img=False))
    return sd, ser


def us_meta(cx, desc, **kw):
    man, model = cx.make("us")
    m = {"Modality": "US", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc}
    m.update(kw)
    return m


def interv(cx):
    k = cx.c(["lungbx"] * 3 + ["liverbx", "liverbx", "mwa", "mwa", "cryo", "port", "port", "port", "neckfna", "prostbx", "tace", "sirt",
              "bonebx", "vertebx", "picc", "pleura", "ascites", "nodebx_groin"])
    lat = None
    if k == "picc":
        s = cx.c("LR")
        phr, _n, _sw = limb_phrase(cx, "ARM", s)
        sd = t(cx, de=f"PICC-Anlage {phr}", fr=f"Pose de PICC line {phr}", it=f"Posizionamento PICC {phr}", ja=f"PICC留置 {phr}",
               pt=f"Implante de PICC {phr}")
        return sd, [S(us_meta(cx, cx.c(["Vene", "Basilica", "Vascular", "Linear", ""]) or "PICC", Laterality=s) if cx.p(0.3) else us_meta(cx, cx.c(["Vene", "Basilica", "Vascular", "Linear"])),
                      ["ARM"], s, "ultrasound-guided PICC in the upper arm veins, side from the order")]
    if k == "nodebx_groin":
        sd = t(cx, de="Sono-gesteuerte Stanzbiopsie Leistenlymphknoten", fr="Microbiopsie ganglion inguinal sous echo", it="Biopsia ecoguidata linfonodo inguinale",
               ja="鼠径リンパ節 エコー下生検", pt="Biópsia de linfonodo inguinal guiada por USG")
        return sd, [S(us_meta(cx, cx.c(["Inguinal", "Leiste", "Biopsy", ""]) or "Biopsy"), ["PELVIS"], None, "groin node biopsy: lower pelvis (groin)")]
    spec = {
        "lungbx": ("chest", ["CHEST"], "CT-guided lung biopsy", {"de": "CT-gesteuerte Lungenbiopsie", "fr": "Biopsie pulmonaire scanno-guidee",
                                                               "it": "Biopsia polmonare TC-guidata", "ja": "CTガイド下肺生検", "pt": "Biópsia pulmonar guiada por TC"}),
        "liverbx": ("liver", ["ABDOMEN"], "liver biopsy", {"de": "CT-gesteuerte Leberpunktion", "fr": "Biopsie hepatique sous scanner", "it": "Biopsia epatica TC-guidata",
                                                           "ja": "CTガイド下肝生検", "pt": "Biópsia hepática guiada por TC"}),
        "mwa": ("liver", ["ABDOMEN"], "microwave ablation of a liver lesion", {"de": "Mikrowellenablation Leber", "fr": "Thermoablation hepatique micro-ondes",
                                                                               "it": "Termoablazione epatica MW", "ja": "肝マイクロ波焼灼術", "pt": "Ablação hepática por micro-ondas"}),
        "cryo": ("kidney", ["ABDOMEN"], "renal cryoablation", {"de": "Kryoablation Niere", "fr": "Cryoablation renale", "it": "Crioablazione renale",
                                                               "ja": "腎凍結療法", "pt": "Crioablação renal"}),
        "bonebx": ("pelvis", ["PELVIS"], "iliac bone biopsy", {"de": "CT-gesteuerte Knochenbiopsie Os ilium", "fr": "Biopsie osseuse iliaque sous scanner",
                                                               "it": "Biopsia ossea iliaca TC-guidata", "ja": "腸骨 CTガイド下骨生検", "pt": "Biópsia óssea do ilíaco guiada por TC"}),
        "vertebx": ("t", ["TSPINE"], "vertebral body biopsy", {"de": "CT-gesteuerte Wirbelkörperbiopsie BWK 9", "fr": "Biopsie vertebrale D9 sous scanner",
                                                               "it": "Biopsia vertebrale D9 TC-guidata", "ja": "Th9 椎体生検", "pt": "Biópsia vertebral T9 guiada por TC"}),
        "pleura": ("chest", ["CHEST"], "pleural drainage", {"de": "Pleuradrainage sonogesteuert", "fr": "Drainage pleural echoguide", "it": "Drenaggio pleurico ecoguidato",
                                                            "ja": "胸腔ドレナージ", "pt": "Drenagem pleural guiada por USG"}),
        "ascites": ("abdpelv", AP_, "ascites paracentesis", {"de": "Aszitespunktion", "fr": "Ponction d'ascite echoguidee", "it": "Paracentesi ecoguidata",
                                                             "ja": "腹水穿刺", "pt": "Paracentese guiada por USG"}),
        "neckfna": ("neck", ["NECK"], "ultrasound-guided neck node FNA", {"de": "Sono-gesteuerte FNP Halslymphknoten", "fr": "Cytoponction ganglion cervical echoguidee",
                                                                          "it": "Agoaspirato linfonodo laterocervicale", "ja": "頸部リンパ節 穿刺吸引細胞診", "pt": "PAAF de linfonodo cervical"}),
        "prostbx": ("prost", ["PELVIS"], "MR/US fusion prostate biopsy", {"de": "MRT/US-Fusionsbiopsie Prostata", "fr": "Biopsies prostatiques par fusion",
                                                                          "it": "Biopsia prostatica fusion", "ja": "前立腺 MRI融合生検", "pt": "Biópsia de próstata por fusão"}),
        "tace": ("liver", ["ABDOMEN"], "hepatic chemoembolisation", {"de": "TACE Leber", "fr": "Chimioembolisation hepatique", "it": "TACE epatica",
                                                                    "ja": "肝動脈化学塞栓術 TACE", "pt": "Quimioembolização hepática"}),
        "sirt": ("liver", ["ABDOMEN"], "SIRT work-up angiography", {"de": "Angiographie vor SIRT", "fr": "Arteriographie pre-SIRT", "it": "Angiografia pre-SIRT",
                                                                    "ja": "SIRT前 血管造影", "pt": "Angiografia pré-radioembolização"}),
        "port": ("chest", ["CHEST"], "port implantation: chest wall chamber and catheter", {"de": "Portimplantation", "fr": "Pose de chambre implantable (PAC)",
                                                                                            "it": "Posizionamento port-a-cath", "ja": "CVポート留置術", "pt": "Implante de cateter totalmente implantável (port)"}),
    }[k]
    key, labels, why, texts = spec
    sd = style(cx, texts[cx.lang])
    ser = []
    if k in ("lungbx", "liverbx", "mwa", "cryo", "bonebx", "vertebx"):
        ser.append(S(ct_meta(cx, scout_desc(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, why + "; scout"))
        for d in cx.rng.sample(["Biopsy 3.0", "Intervention 2.0", "CT Fluoro", "i-Sequence", "Needle check", "BIOPSY 5mm", "Punktion 3mm", "Guidance"], 2):
            kern = ct_recon(cx, "Body")[1]
            ser.append(S(bpe(cx, ct_meta(cx, d, kern, "3.0"), BPE.get(key), ["CHEST", "ABDOMEN"]), labels, None,
                         why + "; needle-guidance images, region from the procedure"))
        ser.append(dose_page(cx))
    elif k in ("tace", "sirt"):
        man, model = cx.make("angio")
        for d in cx.rng.sample(["Truncus coeliacus", "AHC", "DSA Leber", "Celiac DSA", "A. hepatica propria", "Cone Beam CT", "Selective hepatic", "DSA 3fps"], 2):
            ser.append(S(bpe(cx, {"Modality": "XA", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d}, "ABDOMEN", ["LIVER", "CHEST"]),
                         labels, None, why + "; run of the hepatic arteries"))
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": "X-Ray Radiation Dose SR"}, [], None,
                     "dose structured report", img=False))
    elif k == "port":
        man, model = cx.make("angio")
        ser.append(S(bpe(cx, {"Modality": cx.c(["XA", "RF"]), "Manufacturer": man, "ManufacturerModelName": model,
                              "SeriesDescription": cx.c(["Fluoro", "Portlage", "Katheterlage", "Controle", "Single Shot", "Last Image Hold", ""])},
                         "CHEST", ["NECK", "CHEST"]), ["CHEST"], None, why + "; fluoroscopy of port and catheter tip"))
        if cx.p(0.6):
            ser.append(S(us_meta(cx, cx.c(["V. jugularis interna", "VJI", "Jugular", "Vascular"])), ["NECK"], None,
                         "ultrasound puncture of the internal jugular vein: neck"))
    else:
        for d in cx.rng.sample(["Biopsy", "Needle", "Pre", "Post", "Guidance", "Clip"], 2):
            ser.append(S(bpe(cx, us_meta(cx, d), BPE.get(key), ["CHEST", "ABDOMEN", "NECK"]), labels, None, why + "; ultrasound guidance"))
    return sd, ser


def mg_meta(cx, desc, side, view, **kw):
    man, model = cx.make("mg")
    m = {"Modality": "MG", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": desc, "ImageLaterality": side, "ViewPosition": view}
    m.update(kw)
    return m


def breast(cx):
    k = cx.c(["mg"] * 4 + ["mri"] * 2 + ["us"] * 3 + ["stereo", "mrbx", "clip", "specimen", "cem", "usbil"])
    brf = {"de": "Mamma", "fr": "sein", "it": "mammella", "ja": "乳房", "pt": "mama"}[cx.lang]
    if k in ("mg", "cem"):
        sd = t(cx, de=["Mammographie beidseits", "Mammographie bds. in 2 Ebenen", "Mammographie + Tomosynthese bds."],
               fr=["Mammographie bilaterale", "MAMMOGRAPHIE BILATERALE + TOMOSYNTHESE", "Mammographie de surveillance"],
               it=["Mammografia bilaterale", "Mammografia bilaterale con tomosintesi", "MAMMOGRAFIA BILATERALE DI CONTROLLO"],
               ja=["マンモグラフィ 両側", "両側MMG (CC/MLO)", "乳房X線撮影 両側 トモシンセシス"],
               pt=["Mamografia bilateral", "Mamografia digital bilateral", "Mamografia bilateral com tomossíntese"])
        if k == "cem":
            sd = t(cx, de="Kontrastmittel-Mammographie (CEM) bds.", fr="Angiomammographie bilaterale", it="Mammografia con mdc (CESM) bilaterale",
                   ja="造影マンモグラフィ 両側", pt="Mamografia contrastada bilateral")
        ser = []
        for s in "RL":
            for v in ("CC", "MLO"):
                d = cx.c([f"{s} {v}", f"{s}{v}", f"{v} {s}", f"Tomo {s} {v}", f"C-View {s} {v}" if cx.v["mg"] == "Hologic" else f"{s} {v} 2D"])
                if k == "cem":
                    d = cx.c([f"{s} {v} LE", f"{s} {v} RECOMB", f"{s}_{v}_SUB"])
                ser.append(S(bpe(cx, mg_meta(cx, d, s, v), "BREAST", ["BREAST"], p_missing=0.15), ["BREAST"], s, "one mammographic view: side from ImageLaterality"))
        return sd, ser
    if k == "mri":
        sd = t(cx, de=["MRT Mammae beidseits mit KM", "Mamma-MRT"], fr=["IRM mammaire bilaterale", "IRM des seins"], it=["RM mammaria bilaterale con mdc", "RM mammella"],
               ja=["乳腺MRI 造影", "乳房MRI"], pt=["RM das mamas", "Ressonância magnética de mamas"])
        tab = MRSEQ[cx.v["mr"]]
        ser = []
        for d, sc in [(tab["loc"][0], "GR"), (tab["dyn"][0], "GR"), (tab["t2ax"][0], "SE"), (tab["dwi"][0], "EP"), ("SUB_1", "GR"), ("MIP_SUB", "GR")]:
            ser.append(S(bpe(cx, mr_meta(cx, d, sc), "BREAST", ["CHEST", "THORAX"]), ["BREAST"], "B", "breast MR images both breasts"))
        return sd, ser
    if k in ("stereo", "mrbx", "clip", "specimen", "us"):
        s = cx.c("LR")
        sw = sidew(cx, s, "f")
        bs = f"{sw}{brf}" if cx.lang == "ja" else f"{brf} {sw}"
        if k == "us":
            sd = t(cx, de=f"Sono Mamma {sw} + Axilla", fr=f"Echographie {bs}", it=f"Ecografia {bs}", ja=f"乳腺エコー {sw}", pt=f"USG de {bs} e axila")
            ser = [S(bpe(cx, us_meta(cx, cx.c(["Breast", "Mamma", "SEIN", "Mammella", "MAMA", "Axilla"])), "BREAST", ["CHEST"]), ["BREAST"], s,
                     "one-breast ultrasound (axilla with it), side from the order")]
            if cx.p(0.4):
                ser.append(S(us_meta(cx, "Elasto", Laterality=s), ["BREAST"], s, "elastography of the same breast"))
            return sd, ser
        if k == "stereo":
            sd = t(cx, de=f"Stereotaktische Vakuumbiopsie {bs}", fr=f"Macrobiopsie stereotaxique {bs}", it=f"Biopsia stereotassica VAB {bs}",
                   ja=f"ステレオガイド下マンモトーム生検 {sw}", pt=f"Mamotomia estereotáxica {bs}")
            return sd, [S(mg_meta(cx, d, s, v), ["BREAST"], s, "stereotactic biopsy image of one breast")
                        for d, v in (("Scout", "CC"), ("Stereo +15", "CC"), ("Post Fire", "CC"))][: cx.c([2, 3])]
        if k == "mrbx":
            sd = t(cx, de=f"MR-gesteuerte Vakuumbiopsie {bs}", fr=f"Biopsie sous IRM {bs}", it=f"Biopsia RM-guidata {bs}", ja=f"MRIガイド下生検 {sw}{brf}",
                   pt=f"Biópsia guiada por RM {bs}")
            return sd, mr_series(cx, ["loc", "dyn"], ["BREAST"], s, "MR-guided biopsy of one breast, side from the order", "BREAST", ["CHEST"])
        if k == "clip":
            sd = t(cx, de=f"Clipmarkierung {bs}", fr=f"Pose de clip {bs}", it=f"Posizionamento clip {bs}", ja=f"クリップ留置 {sw}{brf}", pt=f"Marcação com clipe {bs}")
            return sd, [S(mg_meta(cx, d, s, v), ["BREAST"], s, "check mammogram after clip placement") for d, v in (("CC post clip", "CC"), ("ML post clip", "ML"))]
        sd = t(cx, de=f"Präparatradiographie {bs}", fr=f"Radiographie de piece operatoire {bs}", it=f"RX pezzo operatorio {bs}", ja=f"標本撮影 {sw}{brf}",
               pt=f"Radiografia de peça cirúrgica {bs}")
        return sd, [S(mg_meta(cx, cx.c(["Specimen", "SPECIMEN", "Praeparat", "Piece"]), s, "SPECIMEN" if cx.p(0.3) else "CC"), ["BREAST"], s,
                      "specimen radiograph of a lesion from one breast")]
    sd = t(cx, de="Sono Mammae beidseits", fr="Echographie mammaire bilaterale", it="Ecografia mammaria bilaterale", ja="乳腺エコー 両側", pt="USG de mamas bilateral")
    return sd, [S(bpe(cx, us_meta(cx, cx.c(["Breast", "Mammae", "SEINS", "MAMAS"])), "BREAST", ["CHEST"]), ["BREAST"], "B", "both-breast ultrasound")]


def paeds(cx):
    k = cx.c(["nb_mibg", "wilms", "wilms", "medullo", "medullo_spine", "osteo", "osteo", "ewing", "hodgkin", "hodgkin", "chestct", "retino",
              "hepatoblast", "rhabdo", "port", "wbmr_lfs", "osteo_xr"])
    kid = {"de": "Kind", "fr": "enfant", "it": "pediatrico", "ja": "小児", "pt": "infantil"}[cx.lang]
    lat = None
    if k == "nb_mibg":
        sd = t(cx, de="MIBG-Szintigraphie (Neuroblastom, Kind)", fr="Scintigraphie MIBG neuroblastome (enfant)", it="Scintigrafia MIBG neuroblastoma pediatrico",
               ja="小児 MIBGシンチ (神経芽腫)", pt="Cintilografia MIBG neuroblastoma infantil")
        return sd, [S(nm_meta(cx, "WB MIBG 24h"), WB, None, "whole-body MIBG in a child"),
                    S(nm_meta(cx, cx.c(["SPECT/CT Abdomen", "SPECT Abdo"])), ["ABDOMEN"], None, "abdominal SPECT of the primary")]
    if k == "wilms":
        if cx.p(0.5):
            sd = t(cx, de="Sono Abdomen Kind (Wilms-Tumor)", fr="Echographie abdominale enfant (nephroblastome)", it="Ecografia addome pediatrico (Wilms)",
                   ja="小児 腹部エコー (腎芽腫)", pt="USG de abdome infantil (Wilms)")
            return sd, [S(us_meta(cx, cx.c(["Abdomen", "Niere", "REIN", "Rene", "RIM", "Kidney"])), ["ABDOMEN"], None, "paediatric abdominal ultrasound")]
        sd = t(cx, de="MRT Abdomen Kind in Sedierung", fr="IRM abdominale enfant", it="RM addome pediatrico", ja="小児 腹部MRI", pt="RM de abdome infantil")
        return sd, mr_series(cx, ["loc", "t2ax", "dwi", "t1c"], ["ABDOMEN"], None, "paediatric abdominal MR (renal tumour)", "ABDOMEN", ["CHEST"])
    if k == "medullo":
        sd = t(cx, de="MRT Schädel Kind (Medulloblastom)", fr="IRM cerebrale enfant", it="RM encefalo pediatrica", ja="小児 頭部MRI", pt="RM de crânio infantil")
        return sd, mr_series(cx, ["loc", "t13d", "flair", "dwi"], ["HEAD"], None, "paediatric brain MR", "HEAD", ["BRAIN"])
    if k == "medullo_spine":
        sd = t(cx, de="MRT Neuroachse (Medulloblastom, Kind)", fr="IRM medullaire panrachis enfant", it="RM rachide in toto pediatrico",
               ja="小児 全脊椎MRI", pt="RM de neuroeixo infantil")
        return sd, mr_series(cx, ["loc", "t2sag", "t13d"], WSPINE, None, "spinal MR of the whole neuraxis (drop metastases)", "WHOLESPINE", ["SPINE", "CSPINE"])
    if k in ("osteo", "ewing", "rhabdo", "osteo_xr"):
        if k == "ewing":
            sd = t(cx, de="MRT Becken Kind (Ewing-Sarkom)", fr="IRM du bassin enfant (Ewing)", it="RM bacino pediatrico (Ewing)", ja="小児 骨盤MRI (ユーイング肉腫)",
                   pt="RM de bacia infantil (Ewing)")
            return sd, mr_series(cx, ["loc", "stir", "t1", "t1c"], ["PELVIS"], None, "pelvic MR for a sarcoma", "PELVIS", ["HIP"])
        code = "FOREARM" if k == "rhabdo" else cx.c(["THIGH", "LEG"])
        s = cx.c("LR")
        phr, _n, _sw = limb_phrase(cx, code, s, extra=cx.p(0.3))
        if code == "FOREARM":
            labels = ["FOREARM"]
        else:
            labels = [code, "KNEE"]
        if k == "osteo_xr":
            sd = t(cx, de=f"Rö {phr} 2 Ebenen (Kind)", fr=f"RX {phr} face profil ({kid})", it=f"RX {phr} 2P ({kid})", ja=f"{kid} {phr} XP 2方向",
                   pt=f"RX de {phr} ({kid})")
            man, model = cx.make("xr")
            return sd, [S(bpe(cx, {"Modality": "DX", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d, "ViewPosition": vp},
                              "LEG" if code == "LEG" else "FEMUR" if code == "THIGH" else "FOREARM", ["EXTREMITY", "KNEE"]),
                          labels, s, "radiograph of a bone sarcoma of the long bone with the knee, side from the order") for d, vp in (("AP", "AP"), ("LAT", "LL"))]
        sd = t(cx, de=f"MRT {phr} mit KM (Sarkom, Kind)", fr=f"IRM {phr} ({kid}, sarcome)", it=f"RM {phr} con mdc ({kid})", ja=f"{kid} {phr}MRI 造影",
               pt=f"RM de {phr} ({kid})")
        why = "paediatric sarcoma MR of the long bone and the adjacent knee, side from the order" if code != "FOREARM" else "paediatric soft-tissue sarcoma of the forearm"
        return sd, mr_series(cx, ["loc", "stir", "t1", "t1c"], labels, s, why, code if code != "THIGH" else "FEMUR", ["EXTREMITY", "KNEE"])
    if k == "hodgkin":
        sd = t(cx, de="FDG-PET/CT Ganzkörper (Hodgkin, Kind)", fr="TEP-TDM FDG enfant (Hodgkin)", it="PET-TC FDG pediatrica (Hodgkin)",
               ja="小児 FDG-PET/CT", pt="PET-CT FDG infantil (Hodgkin)")
        man, model = cx.make("pet")
        return sd, [S(bpe(cx, {"Modality": "PT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": cx.c(["PET WB AC", "WB 3D MAC", "PET AC"])},
                          "WHOLEBODY", ["CHEST"]), WB, None, "paediatric whole-body PET"),
                    S({"Modality": "CT", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": cx.c(["CT LD WB", "CTAC 3.75"])}, WB, None,
                      "low-dose attenuation CT of the paediatric PET"),
                    dose_page(cx)]
    if k == "chestct":
        sd = t(cx, de="CT Thorax nativ (Kind, Metastasensuche)", fr="TDM thoracique enfant", it="TC torace pediatrico", ja="小児 胸部CT", pt="TC de tórax infantil")
        return ct_study(cx, sd, "chest", ["CHEST"], "paediatric chest CT for lung metastases", ("lung",), ["LUNG"], contrast=False)
    if k == "retino":
        sd = t(cx, de="MRT Orbita Kind (Retinoblastom)", fr="IRM orbites enfant (retinoblastome)", it="RM orbite pediatrica", ja="小児 眼窩MRI (網膜芽腫)",
               pt="RM de órbitas infantil (retinoblastoma)")
        return sd, mr_series(cx, ["loc", "t2ax", "t1c"], ["HEAD"], None, "orbit MR", "HEAD", ["ORBIT"])
    if k == "hepatoblast":
        sd = t(cx, de="MRT Leber Kind (Hepatoblastom)", fr="IRM hepatique enfant", it="RM fegato pediatrica", ja="小児 肝MRI", pt="RM de fígado infantil")
        return sd, mr_series(cx, ["loc", "t2ax", "dwi", "t1c"], ["ABDOMEN"], None, "paediatric liver MR", "ABDOMEN", ["LIVER"])
    if k == "port":
        sd = t(cx, de="Rö Thorax Portkontrolle (Kind)", fr="RX thorax controle PAC enfant", it="RX torace controllo port (pediatrico)", ja="小児 胸部XP ポート確認",
               pt="RX de tórax controle de cateter infantil")
        man, model = cx.make("xr")
        return sd, [S(bpe(cx, {"Modality": "DX", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": "AP", "ViewPosition": "AP"},
                          "CHEST", ["THORAX"]), ["CHEST"], None, "chest film to check a port")]
    sd = t(cx, de="Ganzkörper-MRT Li-Fraumeni-Vorsorge (Kind)", fr="IRM corps entier (Li-Fraumeni)", it="RM whole body (Li-Fraumeni)",
           ja="全身MRI (Li-Fraumeni症候群)", pt="RM de corpo inteiro (Li-Fraumeni)")
    return sd, mr_series(cx, ["loc", "stir", "dwi"], WB, None, "whole-body MR surveillance", "WHOLEBODY", ["CHEST"])


LIMB_CODES = ["THIGH"] * 4 + ["ARM"] * 3 + ["HIP"] * 3 + ["SHOULDER"] * 3 + ["KNEE"] * 3 + ["LEG", "LEG", "FOREARM", "ELBOW", "ELBOW", "WRIST", "WRIST", "HAND", "HAND", "ANKLE", "ANKLE", "FOOT", "FOOT"]


_LIMB_QUEUE = []


def bone(cx):
    # every limb code comes round in turn (each pass in a shuffled order), the common ones again between
    if not _LIMB_QUEUE:
        order = sorted(set(LIMB_CODES)) + LIMB_CODES[:8]
        cx.rng.shuffle(order)
        _LIMB_QUEUE.extend(order)
    code = _LIMB_QUEUE.pop()
    s = cx.c("LR")
    phr, name, sw = limb_phrase(cx, code, s, extra=cx.p(0.35))
    k = cx.c(["xr", "xr", "mr", "mr", "ct", "nm"] if code not in ("HIP",) else ["xr", "xr", "mr", "ct"])
    bp_alt = {"THIGH": ["LEG", "HIP", "EXTREMITY"], "ARM": ["SHOULDER", "UPPER LIMB"], "HIP": ["PELVIS"], "SHOULDER": ["CHEST", "ARM"],
              "KNEE": ["LEG", "EXTREMITY"], "LEG": ["KNEE", "EXTREMITY"], "FOREARM": ["ARM"], "ELBOW": ["ARM"], "WRIST": ["HAND"],
              "HAND": ["WRIST"], "ANKLE": ["FOOT"], "FOOT": ["ANKLE"]}[code]
    bp_good = {"THIGH": "FEMUR", "ARM": "HUMERUS", "LEG": "LEG"}.get(code, code)
    labels = [code]
    why = f"{code.lower()} for a bone or soft-tissue tumour, side from the order ({sw})"
    tag = {"Laterality": s} if cx.p(0.2) else {}
    if k == "xr":
        sd = t(cx, de=[f"Rö {phr} in 2 Ebenen", f"Röntgen {phr} (path. Fraktur?)"], fr=[f"RX {phr} face profil", f"Radiographie {phr}"],
               it=[f"RX {phr} 2P", f"RX {phr} (lesione litica)"], ja=[f"{phr} XP 2方向", f"{phr}単純X線"], pt=[f"RX de {phr}", f"Radiografia de {phr} AP e perfil"])
        if code == "HIP" and cx.p(0.5):
            labels = ["HIP", "PELVIS"]
            why = "pelvis AP with the painful hip of a metastatic patient: pelvis and that hip"
        man, model = cx.make("xr")
        ser = []
        for d, vp in (("AP", "AP"), ("LAT", "LL")):
            m = {"Modality": cx.c(["DX", "DX", "CR"]), "Manufacturer": man, "ManufacturerModelName": model, "ViewPosition": vp,
                 "SeriesDescription": cx.c([d, f"{EN_PART[code]} {d}", d.lower()])}
            if tag or cx.p(0.2):
                m["ImageLaterality"] = s
            ser.append(S(bpe(cx, m, bp_good, bp_alt), labels, s, why))
        return sd, ser
    if k == "mr":
        sd = t(cx, de=[f"MRT {phr} mit KM", f"MRT {phr} (Sarkom)"], fr=[f"IRM {phr} avec injection", f"IRM {phr}"], it=[f"RM {phr} con mdc", f"RM {phr}"],
               ja=[f"{phr}MRI 造影", f"MRI {phr}"], pt=[f"RM de {phr}", f"Ressonância magnética de {phr} com contraste"])
        if code == "HIP":
            why = "MR of one hip for a metastasis, side from the order"
        ser = mr_series(cx, ["loc", "stir", "t1", "t1c"], labels, s, why, bp_good, bp_alt)
        for x in ser:
            x["meta"].update(tag)
        return sd, ser
    if k == "ct":
        sd = t(cx, de=[f"CT {phr} (Osteolyse)", f"CT {phr} nativ"], fr=[f"TDM {phr}", f"Scanner {phr}"], it=[f"TC {phr}", f"TC {phr} senza mdc"],
               ja=[f"{phr}CT", f"CT {phr} 単純"], pt=[f"TC de {phr}", f"Tomografia de {phr}"])
        d, kern, th = ct_recon(cx, EN_PART[code].title(), "bone")
        return sd, [S(bpe(cx, ct_meta(cx, scout_desc(cx), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER", **tag), bp_good, bp_alt), labels, s, why + "; scout"),
                    S(bpe(cx, ct_meta(cx, d, kern, th, **tag), bp_good, bp_alt), labels, s, why + "; bone recon")]
    sd = t(cx, de=f"Szintigraphie Spätaufnahme {phr}", fr=f"Scintigraphie osseuse cliches centres {phr}", it=f"Scintigrafia ossea statica {phr}",
           ja=f"骨シンチ スポット {phr}", pt=f"Cintilografia óssea estática {phr}")
    return sd, [S(nm_meta(cx, cx.c(["Static", "Spot", t(cx, de="Statik ANT", fr="Statique", it="Statica", ja="スポット", pt="Estática")]), **tag), labels, s, why + "; spot view of the bone scan")]


def spine(cx):
    sp = cx.c(["ws", "ws", "l", "l", "t", "t", "c", "tl"])
    R = REG[cx.lang]
    if sp == "tl":
        labels, reg = ["TSPINE", "LSPINE"], {"de": "BWS/LWS", "fr": "rachis dorso-lombaire", "it": "rachide dorso-lombare", "ja": "胸腰椎", "pt": "coluna toracolombar"}[cx.lang]
    else:
        labels, reg = REG_CODES[sp], R[sp]
    k = cx.c(["mr", "mr", "mr", "ct", "vp", "xr"])
    why = f"spine ({'/'.join(labels)}) for metastases"
    if k == "mr":
        sd = t(cx, de=[f"MRT {reg} (Metastasen, Myelonkompression?)", f"MRT {reg} mit KM"], fr=[f"IRM {reg}", f"IRM {reg} urgence compression medullaire"],
               it=[f"RM {reg} con mdc", f"RM {reg} urgente"], ja=[f"{reg}MRI", f"MRI {reg} 造影"], pt=[f"RM de {reg}", f"Ressonância magnética de {reg}"])
        return sd, mr_series(cx, ["loc", "t2sag", "stir", "t1", "t1c"], labels, None, why, cx.c(["SPINE", "LSPINE", "TSPINE"]) if sp == "ws" else BPE.get(sp, "SPINE"),
                             ["SPINE", "ABDOMEN", "CHEST"])
    if k == "ct":
        sd = t(cx, de=f"CT {reg} Knochenfenster", fr=f"TDM {reg}", it=f"TC {reg}", ja=f"{reg}CT", pt=f"TC de {reg}")
        d, kern, th = ct_recon(cx, EN_REG.get(sp, "Spine"), "bone")
        return sd, [S(bpe(cx, ct_meta(cx, scout_desc(cx)), "SPINE", ["CHEST", "ABDOMEN"]), labels, None, why + "; scout"),
                    S(bpe(cx, ct_meta(cx, d, kern, th), "SPINE", ["CHEST", "ABDOMEN"]), labels, None, why + "; bone recon"),
                    S(ct_meta(cx, cx.c(["Sag MPR", "SAG BONE", "Sagittal"]), kern, "2.0", ImageType="DERIVED\\SECONDARY\\MPR"), labels, None, why + "; sagittal reformat")]
    if k == "vp":
        sp2 = cx.c(["t", "l"])
        labels = REG_CODES[sp2]
        lvl = "BWK 12" if sp2 == "t" else "LWK 2"
        lvl = {"de": lvl, "fr": "D12" if sp2 == "t" else "L2", "it": "D12" if sp2 == "t" else "L2", "ja": "Th12" if sp2 == "t" else "L2",
               "pt": "T12" if sp2 == "t" else "L2"}[cx.lang]
        sd = t(cx, de=f"Kyphoplastie {lvl}", fr=f"Vertebroplastie {lvl}", it=f"Vertebroplastica {lvl}", ja=f"椎体形成術 {lvl}", pt=f"Vertebroplastia {lvl}")
        man, model = cx.make("angio")
        return sd, [S(bpe(cx, {"Modality": cx.c(["XA", "RF"]), "Manufacturer": man, "ManufacturerModelName": model,
                               "SeriesDescription": cx.c(["Fluoro", "AP", "Lateral", "Single Shot", "Durchleuchtung"])}, "SPINE", ["ABDOMEN", "CHEST"]),
                      labels, None, "vertebroplasty fluoroscopy of the treated level")]
    sd = t(cx, de=f"Rö {reg} 2 Ebenen", fr=f"RX {reg} face profil", it=f"RX {reg} 2P", ja=f"{reg} XP 2方向", pt=f"RX de {reg}")
    man, model = cx.make("xr")
    return sd, [S(bpe(cx, {"Modality": "DX", "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": d, "ViewPosition": vp}, "SPINE", ["CHEST"]),
                  labels, None, why + "; radiograph") for d, vp in (("AP", "AP"), ("LAT", "LL"))]


def neuro(cx):
    k = cx.c(["brainmets"] * 4 + ["srs"] * 2 + ["glioma"] * 2 + ["hnct"] * 2 + ["hnmr"] * 2 + ["naso", "larynx", "thyroidus", "thyroidus", "orbit", "parotid", "braincte", "neckus"])
    R = REG[cx.lang]
    if k in ("brainmets", "srs", "glioma"):
        sd = {"brainmets": t(cx, de=["MRT Schädel mit KM (Metastasen)", "MRT Kopf"], fr=["IRM cerebrale injectee", "IRM ENCEPHALE"], it=["RM encefalo con mdc", "RM ENCEFALO"],
                             ja=["頭部MRI 造影", "脳MRI (転移検索)"], pt=["RM de crânio com contraste", "Ressonância magnética de encéfalo"]),
              "srs": t(cx, de="MRT Schädel Stereotaxie-Planung", fr="IRM cerebrale stereotaxie (CyberKnife)", it="RM encefalo per radiochirurgia",
                       ja="定位放射線治療 計画用 頭部MRI", pt="RM de crânio para radiocirurgia"),
              "glioma": t(cx, de="MRT Schädel Perfusion/Spektroskopie (Gliom)", fr="IRM cerebrale perfusion (gliome)", it="RM encefalo perfusione (glioma)",
                          ja="頭部MRI 灌流 (神経膠腫)", pt="RM de crânio com perfusão (glioma)")}[k]
        keys = ["loc", "flair", "dwi", "t13d"] + (["t1"] if k != "glioma" else ["dyn", "adc"])
        return sd, mr_series(cx, keys, ["HEAD"], None, "brain MR", "HEAD", ["BRAIN", "NECK"])
    if k == "braincte":
        sd = t(cx, de="CT Schädel nativ", fr="TDM cerebrale sans injection", it="TC encefalo senza mdc", ja="頭部単純CT", pt="TC de crânio sem contraste")
        return ct_study(cx, sd, "brain", ["HEAD"], "head CT", ("soft",), ["BRAIN"], contrast=False)
    if k in ("hnct", "larynx"):
        key = "hn" if k == "hnct" else "larynx"
        sd = t(cx, de=f"CT {R[key]} mit KM", fr=f"TDM {R[key]} injectee", it=f"TC {R[key]} con mdc", ja=f"{R[key]}造影CT", pt=f"TC de {R[key]} com contraste")
        return ct_study(cx, sd, key, REG_CODES[key], f"{key} CT", ("soft",), ["NECK", "HEAD"])
    if k in ("hnmr", "naso", "orbit", "parotid"):
        key = {"hnmr": "hn", "naso": "naso", "orbit": "orbit", "parotid": "parotid"}[k]
        sd = t(cx, de=f"MRT {R[key]} mit KM", fr=f"IRM {R[key]}", it=f"RM {R[key]} con mdc", ja=f"{R[key]}MRI 造影", pt=f"RM de {R[key]}")
        if k == "hnmr" and cx.p(0.4):
            sd = style(cx, {"de": "MRT Oropharynx/Hals", "fr": "IRM oropharynx", "it": "RM orofaringe e collo", "ja": "中咽頭MRI", "pt": "RM de orofaringe e pescoço"}[cx.lang])
        return sd, mr_series(cx, ["loc", "t2ax", "t1", "dwi", "t1c"], REG_CODES[key], None, f"{key} MR", BPE[key], ["HEAD", "NECK"])
    if k == "thyroidus":
        sd = t(cx, de="Sono Schilddrüse", fr="Echographie thyroidienne", it="Ecografia tiroide", ja="甲状腺エコー", pt="USG de tireoide")
        return sd, [S(bpe(cx, us_meta(cx, cx.c(["Thyroid", "SD", "Thyroide", "Tiroide", "甲状腺", "Tireoide"])), "THYROID", ["NECK"]), ["NECK"], None, "thyroid ultrasound")]
    sd = t(cx, de="Sono Halsweichteile", fr="Echographie cervicale", it="Ecografia collo", ja="頸部エコー", pt="USG cervical")
    return sd, [S(bpe(cx, us_meta(cx, cx.c(["Neck", "Hals", "Cou", "Collo", "頸部", "Pescoco"])), "NECK", ["THYROID"]), ["NECK"], None, "neck ultrasound for nodes")]


FAMILY = {"staging": staging, "pet": pet, "nm": nm, "rt": rt, "interv": interv, "breast": breast, "paeds": paeds, "bone": bone,
          "spine": spine, "neuro": neuro}


def noanat(cx):
    k = cx.c(["doc", "ko", "pr", "sr", "page", "qa", "rt", "rt"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": t(cx, de="Anforderung gescannt", fr="Bon de demande scanne", it="Richiesta scansionata", ja="依頼書スキャン",
                                       pt="Pedido médico digitalizado")}, "scanned request: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Schluesselbilder", "Images cles", "キー画像", "Imagens chave"])}, "key object selection: no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiopharmaceutical Radiation Dose SR", "Dose SR", "PERCIST report"])}, "structured report: no pixels"
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Dosimetry report", "Ergebnisseite"]),
                "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/result page: text, no anatomy"
    if k == "qa":
        return {"Modality": cx.c(["NM", "PT", "CT"]), "SeriesDescription": cx.c(["Daily QC", "Uniformity 30M", "Phantom Ge-68", "QA Phantom", "COR"]),
                "ImageType": "ORIGINAL\\PRIMARY\\QC"}, "phantom/quality control: no patient"
    mod, sop = cx.c([("RTPLAN", "1.2.840.10008.5.1.4.1.1.481.5"), ("RTSTRUCT", "1.2.840.10008.5.1.4.1.1.481.3"),
                     ("RTDOSE", "1.2.840.10008.5.1.4.1.1.481.2"), ("RTRECORD", "1.2.840.10008.5.1.4.1.1.481.4")])
    return {"Modality": mod, "SOPClassUID": sop, "SeriesDescription": cx.c(["RP: Plan1", "RS: Structure Set", "RD: Dose", "Treatment Record", "VMAT", ""]) or mod}, \
        f"{mod}: a radiotherapy object, no image of the patient"


# ---------------------------------------------------------------- assembly

def build():
    rng = random.Random(SEED)
    _LIMB_QUEUE.clear()
    rows = []
    for site in SITES:
        _lang, _kind, target, _v, strata = SITES[site]
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
            if extras and rng.random() < 0.15:
                pick.append(rng.choice(extras))
            for s in pick:
                if n_site >= target:
                    break
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if r < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                elif r < 0.25 and cx.lang in ("de", "it") and len(sd) > 16:
                    # an older worklist mapping keeps 16 characters of the step
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                rows.append(row)
                n_site += 1
            if n_site < target and rng.random() < 0.05:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "QC" in meta.get("ImageType", ""):
                    meta["StudyDescription"] = cx.c(["QC", "Daily QC", "QA Phantom", "Qualitaetskontrolle" if cx.lang == "de" else "Controle qualite"])
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
