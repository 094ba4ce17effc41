"""Writes tests/anatomy/data/clinical_set_16.jsonl: a fortnight of series from outpatient imaging
centres and two university hospitals in Northern and Western Europe, labelled blind against the
shared anatomy spec (see README.md beside this file).

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

SEED = 16
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_16.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- languages
# Side words: full form by grammatical gender where the language has one, then abbreviations.
SIDE = {
    "nl": {"R": (["rechts"], ["re", "RE", "re."]), "L": (["links"], ["li", "LI", "li."]),
           "B": (["beiderzijds", "bilateraal"], ["bdz", "bdz."])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "dte", "Dt"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "gche"]),
           "B": (["bilatéral", "bilaterale"], ["bilat.", "bilat"])},
    "de": {"R": (["rechts"], ["re.", "re", "RE"]), "L": (["links"], ["li.", "li", "LI"]),
           "B": (["beidseits", "beidseitig"], ["bds.", "bds"])},
    "it": {"R": ({"m": "destro", "f": "destra"}, ["dx", "DX", "dx."]), "L": ({"m": "sinistro", "f": "sinistra"}, ["sx", "SX", "sn"]),
           "B": (["bilaterale"], ["bil.", "bilat."])},
    "da": {"R": (["højre"], ["hø.", "HØ"]), "L": (["venstre"], ["ve.", "VE"]), "B": (["bilateral", "begge sider"], ["bilat."])},
    "no": {"R": (["høyre"], ["hø.", "HØ", "hø"]), "L": (["venstre"], ["ve.", "VE", "ve"]), "B": (["bilateralt", "begge sider"], ["bilat."])},
    "sv": {"R": (["höger"], ["hö", "HÖ", "hö."]), "L": (["vänster"], ["vä", "VÄ", "vä."]), "B": (["bilateralt", "bilat"], ["bilat."])},
    "fi": {"R": (["oikea"], ["oik", "OIK", "dx"]), "L": (["vasen"], ["vas", "VAS", "sin"]), "B": (["molemmat"], ["mol.", "bilat."])},
    "is": {"R": (["hægri"], ["hæ.", "HÆ"]), "L": (["vinstri"], ["vi.", "VI"]), "B": (["báðum megin", "beggja vegna"], ["bil."])},
    "en": {"R": (["Right", "RIGHT"], ["RT", "Rt", "R"]), "L": (["Left", "LEFT"], ["LT", "Lt", "L"]),
           "B": (["Bilateral", "BILATERAL", "Both"], ["BIL", "Bilat"])},
}
# Limb parts: (names, gender); the first name is the common one, the others are bones and joints
# the spec folds into that code.
PART = {
    "nl": {"KNEE": ["knie"], "SHOULDER": ["schouder", "clavicula", "AC-gewricht"], "HIP": ["heup"], "ANKLE": ["enkel"],
           "FOOT": ["voet", "calcaneus", "tenen", "voorvoet"], "HAND": ["hand", "vinger", "duim"], "WRIST": ["pols", "scaphoid"],
           "ELBOW": ["elleboog"], "FOREARM": ["onderarm"], "ARM": ["bovenarm", "humerus"], "THIGH": ["bovenbeen", "femur"],
           "LEG": ["onderbeen", "tibia/fibula"]},
    "fr": {"KNEE": ["genou|m"], "SHOULDER": ["épaule|f", "clavicule|f", "acromio-claviculaire|f"], "HIP": ["hanche|f"],
           "ANKLE": ["cheville|f"], "FOOT": ["pied|m", "calcanéum|m", "orteils|m", "avant-pied|m"], "HAND": ["main|f", "doigt|m", "pouce|m"],
           "WRIST": ["poignet|m", "scaphoïde|m"], "ELBOW": ["coude|m"], "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humérus|m"],
           "THIGH": ["cuisse|f", "fémur|m"], "LEG": ["jambe|f", "tibia|m"]},
    "de": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Schultergelenk", "Clavicula", "ACG"], "HIP": ["Hüfte", "Hüftgelenk"],
           "ANKLE": ["OSG", "Sprunggelenk"], "FOOT": ["Fuss", "Vorfuss", "Calcaneus", "Zehen", "Fuß"], "HAND": ["Hand", "Finger", "Daumen"],
           "WRIST": ["Handgelenk", "Scaphoid", "Os scaphoideum"], "ELBOW": ["Ellbogen", "Ellenbogen"], "FOREARM": ["Unterarm"],
           "ARM": ["Oberarm", "Humerus"], "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "Tibia/Fibula"]},
    "it": {"KNEE": ["ginocchio|m"], "SHOULDER": ["spalla|f", "clavicola|f"], "HIP": ["anca|f"], "ANKLE": ["caviglia|f"],
           "FOOT": ["piede|m", "calcagno|m", "avampiede|m"], "HAND": ["mano|f", "dito|m"], "WRIST": ["polso|m", "scafoide|m"],
           "ELBOW": ["gomito|m"], "FOREARM": ["avambraccio|m"], "ARM": ["braccio|m", "omero|m"], "THIGH": ["coscia|f", "femore|m"],
           "LEG": ["gamba|f", "tibia|f"]},
    "da": {"KNEE": ["knæ"], "SHOULDER": ["skulder", "clavicula"], "HIP": ["hofte"], "ANKLE": ["ankel", "fodled"], "FOOT": ["fod", "forfod", "hæl"],
           "HAND": ["hånd", "finger"], "WRIST": ["håndled", "os scaphoideum"], "ELBOW": ["albue"], "FOREARM": ["underarm"],
           "ARM": ["overarm", "humerus"], "THIGH": ["lår", "femur"], "LEG": ["underben", "crus"]},
    "no": {"KNEE": ["kne"], "SHOULDER": ["skulder", "clavicula"], "HIP": ["hofte"], "ANKLE": ["ankel"], "FOOT": ["fot", "forfot", "calcaneus"],
           "HAND": ["hånd", "finger"], "WRIST": ["håndledd", "scaphoid"], "ELBOW": ["albue"], "FOREARM": ["underarm"],
           "ARM": ["overarm", "humerus"], "THIGH": ["lår", "femur"], "LEG": ["legg", "crus"]},
    "sv": {"KNEE": ["knä"], "SHOULDER": ["axel", "skuldra", "nyckelben"], "HIP": ["höft"], "ANKLE": ["fotled"], "FOOT": ["fot", "framfot", "häl"],
           "HAND": ["hand", "finger"], "WRIST": ["handled", "skafoideum"], "ELBOW": ["armbåge"], "FOREARM": ["underarm"],
           "ARM": ["överarm", "humerus"], "THIGH": ["lårben", "femur"], "LEG": ["underben", "crus"]},
    "fi": {"KNEE": ["polvi"], "SHOULDER": ["olkapää", "olkanivel", "solisluu"], "HIP": ["lonkka"], "ANKLE": ["nilkka"], "FOOT": ["jalkaterä", "kantaluu"],
           "HAND": ["käsi", "sormi"], "WRIST": ["ranne", "veneluu"], "ELBOW": ["kyynärpää"], "FOREARM": ["kyynärvarsi"],
           "ARM": ["olkavarsi"], "THIGH": ["reisi", "reisiluu"], "LEG": ["sääri"]},
    "is": {"KNEE": ["hné"], "SHOULDER": ["öxl"], "HIP": ["mjöðm"], "ANKLE": ["ökkli"], "FOOT": ["fótur", "rist"], "HAND": ["hönd", "fingur"],
           "WRIST": ["úlnliður"], "ELBOW": ["olnbogi"], "FOREARM": ["framhandleggur"], "ARM": ["upphandleggur"], "THIGH": ["læri"],
           "LEG": ["leggur"]},
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint"], "HIP": ["Hip"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneum", "Toes", "Forefoot"], "HAND": ["Hand", "Finger", "Thumb"], "WRIST": ["Wrist", "Scaphoid"],
           "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius/Ulna"], "ARM": ["Humerus"], "THIGH": ["Femur"], "LEG": ["Tib/Fib", "Tibia & Fibula"]},
}
# Exam words per language: MR, plain film, ultrasound, CT.
MODW = {
    "nl": ("MRI", "X-", "Echo", "CT"), "fr": ("IRM", "Rx", "Echographie", "TDM"), "de": ("MRT", "Rö", "Sono", "CT"),
    "it": ("RM", "RX", "ECO", "TC"), "da": ("MR", "Rtg.", "UL", "CT"), "no": ("MR", "Rtg.", "UL", "CT"),
    "sv": ("MR", "Slätröntgen", "UL", "DT"), "fi": ("MT", "Natiivi rtg", "UÄ", "TT"), "is": ("Segulómun", "Röntgen", "Ómun", "TS"),
    "en": ("MRI", "XR", "US", "CT"),
}
# Region words for axial/spine exams per language (used in study descriptions).
REG = {
    "nl": {"brain": "hersenen", "head": "schedel", "neck": "hals", "chest": "thorax", "abd": "abdomen", "abdpelv": "abdomen/bekken",
           "pelvis": "bekken", "c": "CWK", "t": "TWK", "l": "LWK", "ws": "totale wervelkolom", "liver": "lever", "prost": "prostaat",
           "sinus": "sinussen", "cap": "thorax-abdomen", "breast": "mammae", "mammo": "mammografie", "heart": "hart"},
    "fr": {"brain": "cérébrale", "head": "crâne", "neck": "du cou", "chest": "thorax", "abd": "abdomen", "abdpelv": "abdomino-pelvien",
           "pelvis": "bassin", "c": "rachis cervical", "t": "rachis dorsal", "l": "rachis lombaire", "ws": "rachis entier", "liver": "hépatique",
           "prost": "prostate", "sinus": "sinus", "cap": "TAP", "breast": "mammaire", "mammo": "mammographie", "heart": "cardiaque"},
    "de": {"brain": "Schädel", "head": "Schädel", "neck": "Hals", "chest": "Thorax", "abd": "Abdomen", "abdpelv": "Abdomen/Becken",
           "pelvis": "Becken", "c": "HWS", "t": "BWS", "l": "LWS", "ws": "Ganzwirbelsäule", "liver": "Leber", "prost": "Prostata",
           "sinus": "NNH", "cap": "Thorax/Abdomen", "breast": "Mamma", "mammo": "Mammographie", "heart": "Herz"},
    "it": {"brain": "encefalo", "head": "cranio", "neck": "collo", "chest": "torace", "abd": "addome superiore", "abdpelv": "addome completo",
           "pelvis": "pelvi", "c": "rachide cervicale", "t": "rachide dorsale", "l": "rachide lombosacrale", "ws": "rachide in toto",
           "liver": "fegato", "prost": "prostata", "sinus": "seni paranasali", "cap": "torace-addome", "breast": "mammella", "mammo": "mammografia",
           "heart": "cuore"},
    "da": {"brain": "cerebrum", "head": "kranium", "neck": "hals", "chest": "thorax", "abd": "abdomen", "abdpelv": "abdomen og bækken",
           "pelvis": "bækken", "c": "columna cervicalis", "t": "columna thoracalis", "l": "columna lumbalis", "ws": "hele columna",
           "liver": "lever", "prost": "prostata", "sinus": "bihuler", "cap": "thorax og abdomen", "breast": "mammae", "mammo": "mammografi",
           "heart": "hjerte"},
    "no": {"brain": "caput", "head": "caput", "neck": "hals", "chest": "thorax", "abd": "abdomen", "abdpelv": "abdomen/bekken",
           "pelvis": "bekken", "c": "cervicalcolumna", "t": "thoracalcolumna", "l": "lumbalcolumna", "ws": "hele columna", "liver": "lever",
           "prost": "prostata", "sinus": "bihuler", "cap": "thorax/abdomen", "breast": "mammae", "mammo": "mammografi", "heart": "hjerte"},
    "sv": {"brain": "hjärna", "head": "skalle", "neck": "hals", "chest": "thorax", "abd": "buk", "abdpelv": "buk och lilla bäcken",
           "pelvis": "bäcken", "c": "halsrygg", "t": "bröstrygg", "l": "ländrygg", "ws": "hela ryggen", "liver": "lever", "prost": "prostata",
           "sinus": "bihålor", "cap": "thorax-buk", "breast": "bröst", "mammo": "mammografi", "heart": "hjärta"},
    "fi": {"brain": "aivot", "head": "pää", "neck": "kaula", "chest": "keuhkot", "abd": "ylävatsa", "abdpelv": "vatsa ja lantio",
           "pelvis": "lantio", "c": "kaularanka", "t": "rintaranka", "l": "lanneranka", "ws": "koko selkäranka", "liver": "maksa",
           "prost": "eturauhanen", "sinus": "sivuontelot", "cap": "vartalo", "breast": "rinnat", "mammo": "mammografia", "heart": "sydän"},
    "is": {"brain": "heili", "head": "höfuð", "neck": "háls", "chest": "lungu", "abd": "kviður", "abdpelv": "kviður og grindarhol",
           "pelvis": "grindarhol", "c": "hálshryggur", "t": "brjósthryggur", "l": "lendhryggur", "ws": "allur hryggur", "liver": "lifur",
           "prost": "blöðruhálskirtill", "sinus": "skútar", "cap": "brjóstkassi og kviður", "breast": "brjóst", "mammo": "brjóstamyndataka",
           "heart": "hjarta"},
    "en": {"brain": "Brain", "head": "Head", "neck": "Neck", "chest": "Chest", "abd": "Abdomen", "abdpelv": "Abdomen and Pelvis",
           "pelvis": "Pelvis", "c": "Cervical Spine", "t": "Thoracic Spine", "l": "Lumbar Spine", "ws": "Whole Spine", "liver": "Liver",
           "prost": "Prostate", "sinus": "Sinuses", "cap": "Chest Abdomen Pelvis", "breast": "Breast", "mammo": "Mammogram", "heart": "Cardiac"},
}
SPINE_CODE = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE}

# ---------------------------------------------------------------- sites
# name: (languages, kind, weight, MR vendor, X-ray vendor, CT vendor, strata with weights)
SITES = {
    "nl-opc": (["nl"], "outpatient centre, Netherlands", 80, "Siemens", "Philips", None,
               {"msk": 10, "spine": 3, "breast": 2, "neuro": 1, "dxa": 1, "headneck": 1, "abdo": 1}),
    "be-univ": (["nl", "fr"], "university hospital, Belgium", 125, "Philips", "Agfa", "Siemens",
                {"msk": 3, "spine": 2, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 4, "vasc": 3,
                 "paeds": 3, "nm": 3, "breast": 1, "dxa": 1}),
    "dk-opc": (["da"], "outpatient centre, Denmark", 60, "GE", "Agfa", None, {"msk": 8, "spine": 3, "breast": 1, "headneck": 1}),
    "se-breast": (["sv"], "breast centre, Sweden", 60, "Philips", "Hologic", None, {"breast": 10, "msk": 2, "dxa": 1}),
    "no-opc": (["no"], "outpatient centre, Norway", 70, "Canon", "Fujifilm", "Canon",
               {"msk": 8, "spine": 3, "chest": 1, "abdo": 1, "neuro": 1}),
    "fi-opc": (["fi"], "outpatient centre and dental clinic, Finland", 55, "GE", "Planmeca", None,
               {"msk": 5, "dental": 4, "spine": 2, "breast": 2}),
    "is-opc": (["is", "is", "is", "en"], "outpatient centre, Iceland", 40, "Siemens", "Fujifilm", "Siemens",
               {"msk": 5, "spine": 2, "chest": 1, "neuro": 1, "abdo": 1}),
    "ch-univ": (["de", "fr", "it"], "university hospital, Switzerland", 130, "Siemens", "Siemens", "Siemens",
                {"msk": 3, "spine": 2, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3, "onc": 4, "vasc": 3,
                 "paeds": 3, "nm": 3, "breast": 1, "dxa": 1, "dental": 1}),
    "at-opc": (["de"], "outpatient centre with extremity MR, Austria", 75, "Esaote", "Siemens", "Siemens",
               {"msk": 9, "spine": 3, "breast": 2, "dxa": 2, "headneck": 1}),
    "fr-opc": (["fr"], "cabinet de radiologie, France", 80, "GE", "Fujifilm", "GE",
               {"msk": 6, "spine": 3, "breast": 4, "abdo": 1, "chest": 1, "dental": 1, "dxa": 1, "onc": 2, "nm": 1}),
    "it-opc": (["it"], "outpatient centre with extremity MR, Italy", 70, "Esaote", "Fujifilm", "GE",
               {"msk": 7, "spine": 3, "breast": 2, "dental": 2, "abdo": 1}),
    "ie-opc": (["en"], "outpatient imaging centre, Ireland", 55, "Siemens", "Carestream", "Canon",
               {"msk": 6, "spine": 2, "breast": 2, "chest": 1, "abdo": 1, "neuro": 1, "onc": 2}),
    "uk-opc": (["en"], "community diagnostic centre, UK", 55, "GE", "Agfa", "GE",
               {"msk": 5, "spine": 2, "chest": 2, "abdo": 2, "neuro": 1, "cardio": 1}),
}
NOANAT_SHARE = 0.055

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _kind, _w, self.mrv, self.xrv, self.ctv, _s = SITES[site]
        self.langs = langs
        self.lang = rng.choice(langs)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def by_lang(cx, nl, fr, de, it, en, nordic=None):
    """One of a site's own phrasings: Dutch, French, German, Italian, English; the Nordic sites
    write their own (``nordic``: {lang: text}) or English."""
    table = {"nl": nl, "fr": fr, "de": de, "it": it, "en": en}
    table.update(nordic or {})
    got = table.get(cx.lang, en)
    return cx.c(got) if isinstance(got, list) else got


def part_name(cx, lang, code, extra=False):
    names = PART[lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, gender = n.partition("|")
    return name, gender or "m"


def side_word(cx, lang, s, gender="m", abbr=None):
    full, ab = SIDE[lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab)
    if isinstance(full, dict):
        return full[gender]
    return cx.c(full)


def case(cx, text):
    r = cx.rng.random()
    if r < 0.25:
        return text.upper()
    return text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def scan_of(desc):
    """ScanningSequence as the sequence family of a series name implies."""
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "apparent")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair", "psir")):
        return "SE\\IR" if "3d" not in d and "cube" not in d else "IR"
    if any(k in d for k in ("loc", "scout", "survey", "smartexam", "vibe", "fl3d", "fl2d", "t2*", "swi", "swan", "mprage", "bravo",
                            "tfe", "thrive", "vibrant", "dyn", "cine", "tfl", "perf", "ge 3d", "wats", "me2d", "molli", "flash", "mip", "mag_", "mip_")):
        return "GR"
    return "SE"


def mr_meta(cx, desc, seqname=None, scan=None, **kw):
    scan = scan_of(desc) if scan is not None else None
    m = {"Modality": "MR", "Manufacturer": MR_MAKE[cx.mrv][0], "ManufacturerModelName": cx.c(MR_MAKE[cx.mrv][1]),
         "SeriesDescription": desc}
    if seqname:
        m["SequenceName"] = seqname
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "Avanto_fit", "MAGNETOM Altea"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Elition X", "Achieva dStream"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Pioneer", "SIGNA Artist", "Optima MR450w", "DISCOVERY MR750w"]),
    "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Galan 3T"]),
    "Esaote": ("Esaote", ["O-scan", "G-scan Brio", "S-scan"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM go.Top", "SOMATOM Definition Edge", "NAEOTOM Alpha"]),
    "Philips": ("Philips", ["IQon - Spectral CT", "Incisive CT", "Brilliance 64"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution EVO", "Optima CT660"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"]),
}
XR_MAKE = {
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "DigitalDiagnost"], "DX"),
    "Agfa": ("Agfa", ["DX-D 600", "DX-D 400", "DR 600"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO", "FDR Smart X", "FCR Profect CS"], "DX"),
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution"], "DX"),
    "Planmeca": ("Fujifilm", ["FDR D-EVO"], "DX"),
    "Hologic": ("Agfa", ["DX-D 600"], "DX"),
}
SIEM_SEQ = {"pd_tse_fs": ("*tse2d1_5", "SE"), "t1_tse": ("*tse2d1_3", "SE"), "t2_tse": ("*tse2d1_15", "SE"),
            "t2_tse_fs": ("*tse2d1_13", "SE"), "t2_tirm": ("*tir2d1_11", "SE\\IR"), "t1_vibe_fs": ("*fl3d1", "GR"),
            "pd_space_fs": ("*spcR_88", "SE"), "t2_me2d": ("*me2d1r3", "GR")}


def bpe_apply(cx, meta, good, alt=None, p_missing=0.33, p_alt=0.12):
    """BodyPartExamined as sites fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def msk_mr(cx, code=None, side=None):
    lang = cx.lang
    code = code or cx.c(["KNEE"] * 6 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                        ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM"])
    side = side or cx.c("LLLRRRB" if code in ("HIP",) else "LLLLRRRR")
    name, g = part_name(cx, lang, code, extra=cx.p(0.2))
    sw = side_word(cx, lang, side, g)
    mw = MODW[lang][0]
    if side == "B" and code == "HIP":
        sw = side_word(cx, lang, "B")
    forms = [f"{mw} {name} {sw}", f"{mw} {sw} {name}" if lang in ("en", "sv") else f"{mw} {name}, {sw}",
             f"{mw} van de {name} {sw}" if lang == "nl" else f"{mw} {name} {sw}"]
    if lang == "de":
        forms += [f"MRT {name} {sw} nativ", f"MR {name} {sw}"]
    if lang == "fr":
        forms += [f"IRM {name} {sw} sans injection", f"IRM DU {name.upper()} {sw.upper()}"]
    if lang == "it":
        forms += [f"RM {name} {sw} senza mdc", f"RM ARTICOLARE {name.upper()} {sw.upper()}"]
    if lang == "da":
        forms += [f"MR-scanning af {sw} {name}"]
    if lang == "fi":
        forms += [f"{name.capitalize()} MT, {sw}", f"{name} magneettitutkimus {sw}"]
    sd = case(cx, cx.c(forms))
    bp = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "ANKLE": "ANKLE", "HIP": "HIP", "WRIST": "WRIST", "FOOT": "FOOT",
          "ELBOW": "ELBOW", "HAND": "HAND", "THIGH": "THIGH", "LEG": "LEG", "FOREARM": "FOREARM", "ARM": "ARM"}[code]
    alt = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "UPPER LIMB", "ARM"], "ANKLE": ["FOOT", "EXTREMITY"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
           "HAND": ["WRIST"], "THIGH": ["LEG", "HIP"], "LEG": ["KNEE", "EXTREMITY"], "FOREARM": ["ARM"], "ARM": ["SHOULDER"]}[code]
    labels = [code] + (["PELVIS"] if side == "B" and code == "HIP" else [])
    why = f"{code.lower()} MR, side {side} from the study description ({sw})"
    v = cx.mrv
    planes = ["cor", "sag", "tra"] if code not in ("SHOULDER",) else ["cor", "sag", "tra"]
    ser = []
    if v == "Siemens":
        ser.append(S(mr_meta(cx, "localizer", "*fl2d1", "GR"), labels, side, why + "; localizer of the exam"))
        for pl in planes:
            ser.append(S(mr_meta(cx, f"pd_tse_fs_{pl}", *SIEM_SEQ["pd_tse_fs"]), labels, side, why + "; sequence-only name"))
        ser.append(S(mr_meta(cx, cx.c(["t1_tse_cor", "t1_tse_sag", "t2_tse_sag"]), *SIEM_SEQ["t1_tse"]), labels, side, why))
        if cx.p(0.3):
            ser.append(S(mr_meta(cx, "pd_space_fs_sag_iso_MPR_tra", *SIEM_SEQ["pd_space_fs"], ImageType="DERIVED\\PRIMARY\\MPR\\NORM\\DIS2D"),
                         labels, side, why + "; reformat"))
    elif v == "Philips":
        ser.append(S(mr_meta(cx, "Survey", "", None), labels, side, why + "; survey of the exam"))
        for pl in planes:
            ser.append(S(mr_meta(cx, f"PDW_SPAIR_{pl.upper()}", None, "SE"), labels, side, why + "; sequence-only name"))
        ser.append(S(mr_meta(cx, cx.c(["T1W_TSE_COR", "T2W_TSE_SAG", "sT1W_TSE"]), None, "SE"), labels, side, why))
        if cx.p(0.3):
            ser.append(S(mr_meta(cx, "3D_WATSc_SAG", None, "GR"), labels, side, why + "; cartilage 3D"))
    elif v == "GE":
        ser.append(S(mr_meta(cx, cx.c(["3Pl Loc", "3-Plane Loc", "Loc"]), None, "GR"), labels, side, why + "; localizer"))
        for pl in ["Cor", "Sag", "Ax"]:
            ser.append(S(mr_meta(cx, f"{pl} PD FS", None, "SE"), labels, side, why + "; sequence-only name"))
        ser.append(S(mr_meta(cx, cx.c(["Cor T1", "Sag T1", "Sag T2 FS PROPELLER"]), None, "SE"), labels, side, why))
    elif v == "Canon":
        ser.append(S(mr_meta(cx, "Locator", None, "GR"), labels, side, why + "; locator"))
        for pl in ["COR", "SAG", "AX"]:
            ser.append(S(mr_meta(cx, f"PD FS {pl}", None, "SE"), labels, side, why + "; sequence-only name"))
        ser.append(S(mr_meta(cx, cx.c(["T1 SE COR", "T2 FSE SAG", "T2* AX"]), None, "SE"), labels, side, why))
    else:  # Esaote dedicated extremity MR writes sequence names and a coil or exam name in the protocol
        ser.append(S(mr_meta(cx, "Scout", None, "GR"), labels, side, why + "; scout"))
        for d in ["SE T1 COR", "STIR COR", "TSE T2 SAG", cx.c(["GE 3D T1", "STIR SAG", "SE T1 AX", "XBONE"])]:
            ser.append(S(mr_meta(cx, d, None, "SE"), labels, side, why + "; sequence-only name, low-field extremity MR"))
    for s in ser:
        m = s["meta"]
        if cx.p(0.5):
            pn = {"Siemens": part_name(cx, "en", code)[0].lower(), "Philips": f"{part_name(cx, lang, code)[0]}",
                  "GE": f"{part_name(cx, 'en', code)[0].upper()} ROUTINE", "Canon": part_name(cx, "en", code)[0].upper(),
                  "Esaote": cx.c(["Coil 1", "Coil 2", "Coil 3", "Coil 18"])}[v]
            m["ProtocolName"] = pn
        bpe_apply(cx, m, bp, alt)
        if side in "LR" and cx.p(0.2):
            m["Laterality"] = side
    return sd, ser


def xr_title(cx, rest):
    """A plain-film order title: Dutch RIS write X-thorax, the others a word and a space."""
    w = MODW[cx.lang][1]
    return f"X-{rest}" if w == "X-" else f"{w} {rest}"


def xr_meta(cx, desc, view=None, **kw):
    make, models, mod = XR_MAKE[cx.xrv]
    if cx.xrv in ("Planmeca", "Hologic"):
        make, models = "FUJIFILM Corporation", ["FDR D-EVO"]
    m = {"Modality": cx.c([mod, mod, "CR"]) if cx.xrv == "Fujifilm" else mod, "Manufacturer": make,
         "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


XR_VIEWS = {"nl": ("AP", "lat", "axiaal", "staand"), "fr": ("face", "profil", "axial", "en charge"), "de": ("a.p.", "seitl.", "axial", "stehend"),
            "it": ("AP", "LL", "assiale", "sotto carico"), "da": ("AP", "side", "aksial", "stående"), "no": ("AP", "side", "aksial", "stående"),
            "sv": ("AP", "sida", "axial", "belastad"), "fi": ("AP", "sivu", "aksiaali", "seisten"), "is": ("AP", "hlið", "öxul", "standandi"),
            "en": ("AP", "LAT", "AXIAL", "WEIGHT BEARING")}


def msk_xr(cx, code=None, side=None):
    lang = cx.lang
    code = code or cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 +
                        ["HIP"] * 2 + ["ELBOW"] * 2 + ["FOREARM", "LEG", "THIGH", "ARM"])
    side = side or cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "ANKLE", "HAND", "HIP") else "LLLLRRRR")
    name, g = part_name(cx, lang, code, extra=cx.p(0.25))
    sw = side_word(cx, lang, side, g)
    ap, lat, ax, wb = XR_VIEWS[lang]
    mw = MODW[lang][1]
    labels = [code]
    if code == "KNEE" and side == "B" and cx.p(0.5):
        # long-leg standing film
        long = {"nl": "beenlengte opname staand", "fr": "goniométrie des membres inférieurs", "de": "Ganzbeinstandaufnahme",
                "it": "RX arti inferiori sotto carico (telemetria)", "da": "helbensoptagelse stående", "no": "helbensopptak stående",
                "sv": "helbensröntgen stående", "fi": "alaraajojen kuormitettu kokokuva", "is": "Röntgen ganglimir standandi",
                "en": "XR Long Leg Alignment Standing"}[lang]
        sd = case(cx, long)
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        why = "standing long-leg film of both legs: hip to ankle, both sides"
        ser = [S(xr_meta(cx, cx.c(["Ganzbein", "Long Leg", "Stitched", "Beenlengte"]) if lang in ("de", "nl", "en") else "AP",
                         "AP", ImageType="DERIVED\\PRIMARY\\STITCHED"), labels, "B", why)]
        for s in ser:
            bpe_apply(cx, s["meta"], "LEG", ["LOWER LIMB", "KNEE"])
        return sd, ser
    if code == "HAND" and side == "B" and cx.p(0.5):
        sd = case(cx, {"nl": "X-handen en voeten bdz", "fr": "Rx mains et pieds bilat.", "de": "Hände und Füsse bds. (RA)",
                       "it": "RX mani e piedi bilaterale", "da": "Rtg. hænder og fødder", "no": "Rtg. hender og føtter",
                       "sv": "Slätröntgen händer och fötter", "fi": "Kädet ja jalkaterät rtg", "is": "Röntgen hendur og fætur",
                       "en": "XR Hands and Feet (RA)"}[lang])
        why = "rheumatology survey of both hands and both feet"
        ser = [S(xr_meta(cx, d, "PA" if "Hand" in d or "Main" in d else "AP"), [c], "B", why + f"; this image: {c.lower()}s")
               for d, c in [(by_lang(cx, "Handen PA", "Mains face", "Hände d.p.", "Mani PA", ["Hands PA", "Hands DP"]), "HAND"),
                            (by_lang(cx, "Voeten AP", "Pieds face", "Füsse d.p.", "Piedi AP", "Feet DP"), "FOOT")]]
        for s in ser:
            bpe_apply(cx, s["meta"], s["labels"][0], ["EXTREMITY"])
        return sd, ser
    if code == "HIP" and side == "B":
        # pelvis film for both hips, then one axial (Lauenstein) view per side
        sd = case(cx, by_lang(cx, "X-bekken + heupen bdz", "Rx bassin + hanches bilat.", "Becken-Übersicht + Hüften bds.", "RX bacino + anche bilaterale",
                              "XR Pelvis and Both Hips", {"da": "Rtg. bækken og hofter", "no": "Rtg. bekken og hofter", "sv": "Slätröntgen bäcken och höfter",
                                                          "fi": "Lantio ja lonkat rtg", "is": "Röntgen grindarhol og mjaðmir"}))
        why = "pelvis film of a both-hips order: pelvis and both hips"
        m = xr_meta(cx, by_lang(cx, "Bekken AP", "Bassin face", "Becken a.p.", "Bacino AP", "AP PELVIS"), "AP")
        bpe_apply(cx, m, "PELVIS", ["HIP"])
        ser = [S(m, ["PELVIS", "HIP"], "B", why)]
        for s2 in "LR":
            m = xr_meta(cx, by_lang(cx, ["Lauenstein", "axiaal"], ["Faux profil", "Lauenstein"], "Lauenstein", ["assiale", "Lauenstein"], ["Lateral", "Lauenstein"], {"da": "Lauenstein", "no": "Lauenstein", "sv": "Lauenstein", "fi": "Lauenstein", "is": "Lauenstein"}), "LAT", ImageLaterality=s2)
            bpe_apply(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"axial hip view of a both-hips order; ImageLaterality {s2} says which"))
        return sd, ser
    if lang == "nl":
        mw = cx.c(["X-", "RX"])
    head = f"{mw}{name}" if mw.endswith("-") else f"{mw} {name}"
    forms = [f"{head} {sw}", f"{head} {sw} {ap}/{lat}", f"{name} {sw} {ap} + {lat}"]
    if lang == "fr":
        art = "" if name[0] in "aeiouéh" else ("du " if g == "m" else "de la ")
        forms += [f"Radiographie {art}{name} {sw}"]
    if lang == "de":
        forms += [f"{name} {sw} in 2 Ebenen", f"Rö {name} {sw} 2E"]
    if lang == "it":
        forms += [f"RX {name} {sw} 2P", f"RADIOGRAFIA {name.upper()} {sw.upper()}"]
    if lang == "en":
        forms += [f"X-Ray {name} {sw}", f"{sw} {name} 2 views"]
    if side == "B":
        t = f"{mw}{name} {sw}" if mw.endswith("-") else f"{mw} {name} {sw}"
        forms = [t, f"{t} {wb}" if code in ("KNEE", "FOOT", "ANKLE") else t]
    sd = case(cx, cx.c(forms))
    why = f"{code.lower()} radiograph, side {side} from the study description ({sw})"
    views = [(ap, "AP"), (lat, "LAT")]
    if code in ("SHOULDER",):
        views = [(ap, "AP"), (cx.c(["Y-view", "Y", "outlet"]), "LAT"), (ax, "AXIAL")]
    if code in ("HAND", "FOOT"):
        views = [(cx.c(["dp", "DP", "PA"]), "PA"), (by_lang(cx, ["schuin", "obl"], ["oblique", "3/4"], ["schräg", "schräg"], ["obliqua", "obl"], ["oblique", "OBL"], {"da": "skrå", "no": "skrå", "sv": "sned", "fi": "viisto", "is": "ská"}), "")]
    if code == "WRIST" and name.lower().startswith(("scaph", "os sc", "skaf", "vene")):
        views = [("PA", "PA"), (cx.c(["Stecher", "scaphoid 4 views", "ulnardeviatie"]), ""), (lat, "LAT")]
    ser = []
    for vd, vp in views:
        body = part_name(cx, lang, code)[0]
        desc = cx.c([f"{body} {vd}", f"{vd}", f"{body.upper()} {vd.upper()}"])
        m = xr_meta(cx, desc, vp or None)
        if side in "LR" and cx.p(0.55):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.p(0.4):
            m["AcquisitionDeviceProcessingDescription"] = f"{part_name(cx, 'en', code)[0].upper()} {vp or 'OBL'}"
        bpe_apply(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY" if code in ("KNEE", "FOOT", "ANKLE", "HIP", "THIGH", "LEG") else "UPPER EXTREMITY"])
        ser.append(S(m, labels, side, why))
    if side == "B" and code in ("KNEE", "ANKLE", "FOOT"):
        # one film each side in a bilateral order: the image says its side
        ser = []
        for s2 in "LR":
            m = xr_meta(cx, f"{part_name(cx, lang, code)[0]} {lat}", "LAT", ImageLaterality=s2)
            bpe_apply(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, labels, s2, f"{code.lower()} lateral of a bilateral order; ImageLaterality {s2} says which"))
        m = xr_meta(cx, f"{part_name(cx, lang, code)[0]} {ap} {wb}", "AP")
        bpe_apply(cx, m, code, ["EXTREMITY"])
        ser.insert(0, S(m, labels, "B", f"{code.lower()} weight-bearing AP of both sides on one film"))
    return sd, ser


def msk_us(cx):
    lang = cx.lang
    code = cx.c(["SHOULDER"] * 3 + ["HAND", "WRIST", "ELBOW", "ANKLE", "FOOT", "KNEE", "HIP"])
    side = cx.c("LLRR")
    name, g = part_name(cx, lang, code)
    sw = side_word(cx, lang, side, g)
    sd = case(cx, cx.c([f"{MODW[lang][2]} {name} {sw}", f"{MODW[lang][2]} {name}, {sw}"]))
    why = f"{code.lower()} ultrasound, side from the study description ({sw})"
    make = cx.c([("GE Healthcare", "LOGIQ E10"), ("SIEMENS", "ACUSON Sequoia"), ("Esaote", "MyLab X8"), ("Canon Medical Systems", "Aplio i800"),
                 ("Philips Medical Systems", "EPIQ 7G")])
    ser = []
    for i in range(cx.c([1, 1, 2])):
        m = {"Modality": "US", "Manufacturer": make[0], "ManufacturerModelName": make[1]}
        if cx.p(0.5):
            m["SeriesDescription"] = cx.c([name, "MSK", "Muskuloskeletal", "Superficial", ""]) or name
        bpe_apply(cx, m, code, ["EXTREMITY", "MSK"], p_missing=0.5)
        ser.append(S(m, [code], side, why))
    return sd, ser


def spine(cx, reg=None, mod=None):
    lang = cx.lang
    reg = reg or cx.c(["l"] * 5 + ["c"] * 3 + ["t"] + ["ws"])
    mod = mod or cx.c(["MR", "MR", "MR", "XR"])
    rw = REG[lang][reg]
    labels = SPINE_CODE[reg]
    why = f"{rw} exam: {'+'.join(labels)}"
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE"}[reg]
    alt = {"c": ["SPINE", "NECK", "HEAD"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE"], "ws": ["LSPINE", "CSPINE"]}[reg]
    ser = []
    if mod == "MR":
        sd = case(cx, cx.c([f"{MODW[lang][0]} {rw}", f"{MODW[lang][0]} {rw} {'nativ' if lang == 'de' else ''}".strip()]))
        v = cx.mrv
        planes = {"Siemens": ["localizer", "t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"],
                  "Philips": ["Survey", "T2W_TSE SAG", "T1W_TSE SAG", "T2W_TSE TRA", "STIR SAG"],
                  "GE": ["3Pl Loc", "Sag T2 FRFSE", "Sag T1", "Ax T2 FRFSE", "Sag STIR"],
                  "Canon": ["Locator", "T2 FSE SAG", "T1 FSE SAG", "T2 FSE AX", "STIR SAG"],
                  "Esaote": ["Scout", "TSE T2 SAG", "SE T1 SAG", "TSE T2 AX", "STIR SAG"]}[v]
        if reg == "ws":
            planes = planes[:2] + [p + "_comp" if v == "Siemens" else p + " COMPOSED" for p in planes[1:2]] + planes[2:3]
        for d in planes:
            m = mr_meta(cx, d, None, "SE")
            if cx.p(0.5):
                m["ProtocolName"] = {"c": "C-Spine", "t": "Th-Spine", "l": "L-Spine", "ws": "WholeSpine"}[reg] if v != "Esaote" else "Coil 5"
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, why + ("; sequence-only name" if "oc" not in d else "; localizer")))
    else:
        ap, lat, _ax, wb = XR_VIEWS[lang]
        sd = case(cx, xr_title(cx, rw))
        for vd, vp in [(ap, "AP"), (lat, "LAT")] + ([(cx.c(["Flexion", "Extension", "flex/ext"]), "LAT")] if cx.p(0.3) else []):
            m = xr_meta(cx, cx.c([f"{rw} {vd}", vd, f"{bp} {vp}"]), vp)
            bpe_apply(cx, m, bp, alt)
            ser.append(S(m, labels, None, why))
    return sd, ser


def breast(cx):
    lang = cx.lang
    kind = cx.c(["screen"] * 4 + ["diag"] * 2 + ["tomo"] * 2 + ["us"] * 2 + ["mr"] * 2 + ["biopsy"])
    rw = REG[lang]
    screen = {"nl": "Bevolkingsonderzoek mammografie", "fr": "Mammographie de dépistage", "de": "Screening-Mammographie",
              "it": "Mammografia di screening bilaterale", "da": "Screeningsmammografi", "no": "Mammografiprogrammet",
              "sv": "Mammografiscreening", "fi": "Seulontamammografia", "is": "Brjóstaskimun", "en": "Screening Mammogram"}[lang]
    holo = ("HOLOGIC, Inc.", cx.c(["Selenia Dimensions", "3Dimensions"]))
    ser = []
    if kind in ("screen", "diag", "tomo"):
        side_only = kind == "diag" and cx.p(0.5)
        sides = [cx.c("LR")] if side_only else ["R", "L"]
        if kind == "screen":
            sd = screen
        elif side_only:
            sd = f"{rw['mammo']} {side_word(cx, lang, sides[0], 'f')}"
        else:
            sd = cx.c([f"{rw['mammo']} {side_word(cx, lang, 'B')}", by_lang(cx, "Diagnostische mammografie", "Mammographie diagnostique", "Diagnostische Mammographie", "Mammografia clinica", "Diagnostic Mammogram", {"da": "Klinisk mammografi", "no": "Klinisk mammografi", "sv": "Klinisk mammografi", "fi": "Kliininen mammografia", "is": "Klínísk brjóstamyndataka"}), f"{rw['mammo']} + tomo"])
        sd = case(cx, sd)
        for s in sides:
            for view in ["CC", "MLO"]:
                items = [(f"{s} {view}", ["ORIGINAL\\PRIMARY"])]
                if kind == "tomo" or (kind == "diag" and cx.p(0.5)):
                    items.append((cx.c([f"{s} {view} Tomosynthesis Reconstruction", f"Tomo {s} {view}"]), ["DERIVED\\PRIMARY\\TOMOSYNTHESIS"]))
                    items.append((f"{s} {view} C-View", ["DERIVED\\PRIMARY"]))
                for d, it in items:
                    m = {"Modality": "MG", "Manufacturer": holo[0], "ManufacturerModelName": holo[1], "SeriesDescription": d,
                         "ImageLaterality": s, "ViewPosition": view, "ImageType": it[0]}
                    if cx.p(0.5):
                        m["Laterality"] = s
                    bpe_apply(cx, m, "BREAST", None, p_missing=0.12)
                    ser.append(S(m, ["BREAST"], s, f"mammogram image, ImageLaterality {s}"))
        if cx.p(0.3):
            ser.append(S({"Modality": "SR", "Manufacturer": holo[0], "SeriesDescription": cx.c(["Mammography CAD SR", "Breast Density Report"])},
                         [], None, "CAD/density structured report: no image", img=False))
    elif kind == "us":
        s = cx.c("LLRRB")
        sd = case(cx, f"{MODW[lang][2]} {rw['breast']} {side_word(cx, lang, s, 'f')}")
        for i in range(cx.c([1, 2])):
            m = {"Modality": "US", "Manufacturer": cx.c(["SuperSonic Imagine", "GE Healthcare", "SIEMENS"]),
                 "ManufacturerModelName": cx.c(["Aixplorer MACH 30", "LOGIQ E10", "ACUSON Juniper"])}
            if cx.p(0.4):
                m["SeriesDescription"] = by_lang(cx, "Mamma", "Sein", "Mamma", "Mammella", "Breast", {"da": "Mamma", "no": "Mamma", "sv": "Bröst", "fi": "Rinta", "is": "Brjóst"})
            bpe_apply(cx, m, "BREAST", None, p_missing=0.5)
            ser.append(S(m, ["BREAST"], s, "breast ultrasound, side from the study description"))
    elif kind == "mr":
        sd = case(cx, cx.c([f"{MODW[lang][0]} {rw['breast']}", f"{MODW[lang][0]} {rw['breast']} {side_word(cx, lang, 'B')}"]))
        names = {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dyn", "t1_fl3d_tra_dyn_SUB1", "ep2d_diff_tra_ADC", "t1_fl3d_tra_dyn_MIP_SUB"],
                 "Philips": ["Survey", "T2W_TSE", "DYN_eTHRIVE", "dDYN_eTHRIVE SUB", "DWI_b800", "MIP sub"],
                 "GE": ["3Pl Loc", "Ax T2 FSE", "Ax VIBRANT MPh", "SUB Ax VIBRANT", "Ax DWI", "MIP"],
                 "Canon": ["Locator", "T2 AX", "DYN 3D", "SUB DYN", "DWI", "MIP"],
                 "Esaote": ["Scout", "T2 AX", "DYN 3D", "SUB DYN", "DWI", "MIP"]}[cx.mrv if cx.mrv != "Esaote" else "Siemens"]
        for d in names[:cx.c([4, 5, 6])]:
            m = mr_meta(cx, d, None, "GR")
            if cx.mrv == "Esaote":
                m["Manufacturer"], m["ManufacturerModelName"] = "SIEMENS", "MAGNETOM Sola"
            bpe_apply(cx, m, "BREAST", ["CHEST"])
            ser.append(S(m, ["BREAST"], "B", "axial breast MR images both breasts"))
    else:
        s = cx.c("LR")
        sd = case(cx, {"nl": "Stereotactische biopsie mamma", "fr": "Macrobiopsie sous stéréotaxie sein", "de": "Stereotaktische Vakuumbiopsie Mamma",
                       "it": "Biopsia stereotassica mammaria", "da": "Stereotaktisk biopsi mamma", "no": "Stereotaktisk biopsi mamma",
                       "sv": "Stereotaktisk biopsi bröst", "fi": "Stereotaktinen biopsia", "is": "Ástunga brjóst",
                       "en": "Stereotactic Breast Biopsy"}[lang] + f" {side_word(cx, lang, s, 'f' if lang == 'it' else 'm')}")
        for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]:
            m = {"Modality": "MG", "Manufacturer": holo[0], "ManufacturerModelName": "Affirm Prone Biopsy System" if cx.p(0.3) else holo[1],
                 "SeriesDescription": d, "ImageLaterality": s}
            bpe_apply(cx, m, "BREAST", None, p_missing=0.2)
            if d == "Specimen":
                ser.append(S(m, ["BREAST"], s, "specimen radiograph of a breast core: labelled with the breast it came from"))
            else:
                ser.append(S(m, ["BREAST"], s, "stereotactic biopsy image of one breast"))
    return sd, ser


def ct_meta(cx, desc, kernel=None, thick=None, **kw):
    make = CT_MAKE[cx.ctv or "Siemens"]
    m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def ct_study(cx, sd, labels, bp, alt, recons, why, scout_lab=None, contrast=False):
    """A CT study: scout, the vendor's recon names, and a dose page."""
    v = cx.ctv or "Siemens"
    ser = []
    scout = {"Siemens": "Topogram  0.6  T20f", "Philips": "Surview", "GE": "Scout", "Canon": "Scanogram"}[v]
    m = ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe_apply(cx, m, bp, alt)
    ser.append(S(m, scout_lab or labels, None, why + "; scout plans the exam"))
    for d, k, t in recons:
        m = ct_meta(cx, d, k, t, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Iomeron 350", "Omnipaque 350", "Visipaque", "Ultravist 370", "IV"])
        bpe_apply(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    dose = {"Siemens": "Patient Protocol", "Philips": "Dose Report", "GE": "Dose Report", "Canon": "Dose Info"}[v]
    ser.append(S({"Modality": cx.c(["CT", "SR"]) if v != "Siemens" else "CT", "Manufacturer": CT_MAKE[v][0], "SeriesDescription": dose,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page: no anatomy", img=False))
    return sd, ser


def recon_names(cx, region):
    """Vendor recon names with a region word (Siemens) or without (GE, Canon)."""
    v = cx.ctv or "Siemens"
    if v == "Siemens":
        w = {"head": "Kopf" if cx.lang == "de" else "Head", "chest": "Thorax", "abd": "Abdomen", "cap": "Thorax-Abd",
             "neck": "Hals" if cx.lang == "de" else "Neck", "wb": "WB"}[region]
        k = {"head": ("Hr38", "H31s"), "chest": ("Br40", "Bl57"), "abd": ("Br40", "Br36"), "cap": ("Br40", "Bl57"), "neck": ("Br36", "Br40"), "wb": ("Br38", "Br40")}[region]
        return [(f"{w}  3.0  {k[0]}  3", k[0] + "d", "3"), (f"{w}  1.0  {k[1]}  3", k[1] + "d", "1"),
                (cx.c([f"{w} cor 3.0 {k[0]}", f"{w} sag 3.0 {k[0]}"]), k[0] + "d", "3")]
    lung = region in ("chest", "cap", "wb")
    if v == "GE":
        if region == "head":
            return [("5mm STND", "STANDARD", "5"), (cx.c(["1.25mm BONE", "0.625mm BONE", "Bone Plus"]), "BONEPLUS", "0.625"),
                    (cx.c(["Recon 2", "COR 2.5", "SAG 2.5"]), "STANDARD", "2.5")]
        k = cx.c(["STANDARD", "SOFT"])
        second = cx.c(["Lung 1.25", "1.25mm LUNG"]) if lung else cx.c(["COR 3MM", "SAG 3MM"])
        return [(f"{cx.c(['5mm', '2.5mm', '1.25mm'])} {k[:4]}", k, "2.5"), (second, "LUNG" if lung else k, "1.25"),
                (cx.c(["Recon 2: STND", "Recon 3", "Axial 3.75"]), "STANDARD", "3.75")]
    if v == "Canon":
        if region in ("head", "neck"):
            return [(cx.c(["Head 0.5", "AiCE Head 0.5"]), "FC26", "0.5"), ("AXIAL 5.0", "FC21", "5"), (cx.c(["COR 3.0", "SAG 3.0"]), "FC26", "3")]
        return [(cx.c(["Body 1.0 CE", "AiCE Body 1.0", "Vol 0.5"]), "FC08", "1"), ("AXIAL 5.0", "FC18", "5"),
                (cx.c(["COR 3.0", "SAG 3.0"]) if not lung else "LUNG 1.0", "FC08" if not lung else "FC52", "3")]
    return [("iDose 4 Standard(B)", "B", "2"), ("iDose 4 Lung(L)" if lung else "iDose 4 Bone(D)", "L" if lung else "D", "1"), ("Coronal", "B", "3")]


def neuro(cx):
    lang = cx.lang
    r = REG[lang]
    if cx.p(0.35) and cx.ctv:
        sd = case(cx, cx.c([f"{MODW[lang][3]} {r['brain']}", f"{MODW[lang][3]} {r['head']} nativ" if lang == "de" else f"{MODW[lang][3]} {r['head']}"]))
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN", "SKULL"], recon_names(cx, "head"), "head CT")
    sd = case(cx, cx.c([f"{MODW[lang][0]} {r['brain']}", f"{MODW[lang][0]} {r['head']}", f"{MODW[lang][0]} {r['brain']} + gado"]))
    v = cx.mrv if cx.mrv != "Esaote" else "Siemens"
    names = {"Siemens": ["AAHead_Scout_64ch-head-coil", "t2_tse_tra_512", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2",
                         "ep2d_diff_3scan_trace_p2_ADC", "t1_mprage_sag_p2_iso", "t1_mprage_sag_p2_iso_MPR_Tra", "t2_swi_tra_p2_1.5mm",
                         "Mag_Images", "mIP_Images(SW)"],
             "Philips": ["SmartExam", "T2W_TSE", "3D_Brain_VIEW_FLAIR_SHC", "DWI", "dADC", "3DT1 TFE", "SWIp", "T1W_SE +C"],
             "GE": ["3Pl Loc", "Ax T2 PROPELLER", "Sag CUBE FLAIR", "Ax DWI 1000b", "Apparent Diffusion Coefficient (mm2/s)",
                    "Sag 3D BRAVO", "Ax SWAN", "Ax T1 FLAIR +C"],
             "Canon": ["Locator", "T2 AX", "FLAIR AX", "DWI b1000", "ADC", "3D T1 MPRAGE", "SWI"]}[v]
    ser = []
    for d in cx.rng.sample(names, min(len(names), cx.c([4, 5, 6]))):
        m = mr_meta(cx, d, None, "GR" if "mprage" in d.lower() or "T1" in d else "SE")
        if "ADC" in d or "Apparent" in d or "MPR" in d or "mIP" in d:
            m["ImageType"] = "DERIVED\\PRIMARY\\ADC" if "ADC" in d or "Appar" in d else "DERIVED\\PRIMARY\\MPR"
        bpe_apply(cx, m, "HEAD", ["BRAIN", "SKULL"], p_missing=0.3, p_alt=0.3)
        ser.append(S(m, ["HEAD"], None, "brain MR; series named by sequence only"))
    return sd, ser


def headneck(cx):
    lang = cx.lang
    r = REG[lang]
    k = cx.c(["neckct", "sinus", "neckmr", "thyus", "iac", "orbit"])
    if k == "thyus":
        sd = case(cx, {"nl": "Echo schildklier", "fr": "Echographie thyroïdienne", "de": "Sono Schilddrüse", "it": "ECO tiroide",
                       "da": "UL gl. thyroidea", "no": "UL thyreoidea", "sv": "UL tyreoidea", "fi": "Kilpirauhasen UÄ",
                       "is": "Ómun skjaldkirtill", "en": "US Thyroid"}[lang])
        m = {"Modality": "US", "Manufacturer": "GE Healthcare", "ManufacturerModelName": "LOGIQ E10"}
        bpe_apply(cx, m, "NECK", ["THYROID"], p_missing=0.5, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "thyroid ultrasound: neck")]
    if k in ("neckct", "sinus") and cx.ctv:
        if k == "sinus":
            sd = case(cx, f"{MODW[lang][3]} {r['sinus']}")
            return ct_study(cx, sd, ["HEAD"], "SINUS", ["HEAD"], recon_names(cx, "head"), "paranasal sinus CT: head")
        sd = case(cx, f"{MODW[lang][3]} {r['neck']}")
        return ct_study(cx, sd, ["NECK"], "NECK", ["HEAD", "HEADNECK"], recon_names(cx, "neck"), "neck CT", contrast=True)
    if k in ("iac", "orbit"):
        w = {"iac": {"de": "Felsenbein/KHBW", "fr": "conduits auditifs internes", "it": "angoli ponto-cerebellari", "en": "IAMs"},
             "orbit": {"de": "Orbitae", "fr": "orbites", "it": "orbite", "en": "Orbits"}}[k].get(lang, "IAC" if k == "iac" else "orbita")
        sd = case(cx, f"{MODW[lang][0]} {w}")
        ser = [S(mr_meta(cx, d, None, "SE"), ["HEAD"], None, f"{k} MR: head")
               for d in (["t2_spc_tra_iso", "t1_tse_tra_fs_KM", "localizer"] if k == "iac" else ["t2_tirm_cor", "t1_tse_cor_fs", "localizer"])]
        for s in ser:
            bpe_apply(cx, s["meta"], "HEAD", ["IAC", "ORBIT", "BRAIN"])
        return sd, ser
    sd = case(cx, f"{MODW[lang][0]} {r['neck']}")
    ser = [S(mr_meta(cx, d, None, "SE"), ["NECK"], None, "neck MR") for d in ["t2_tse_tra", "t1_tse_cor", "t2_tirm_cor", "ep2d_diff_tra"]]
    for s in ser:
        bpe_apply(cx, s["meta"], "NECK", ["HEADNECK", "HEAD"])
    return sd, ser


def chest(cx):
    lang = cx.lang
    r = REG[lang]
    if cx.p(0.5) or not cx.ctv:
        sd = case(cx, cx.c([xr_title(cx, r['chest']), xr_title(cx, r['chest'] + " PA + lat"), f"{r['chest']} 2 Ebenen" if lang == "de" else xr_title(cx, r['chest'])]))
        ser = []
        for d, vp in [("PA", "PA"), ("LAT", "LL")]:
            m = xr_meta(cx, cx.c([f"{r['chest']} {d}", d, f"CHEST {d}", f"Thorax {d.lower()}"]), vp)
            bpe_apply(cx, m, "CHEST", ["LUNG"])
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    k = cx.c(["ld", "ctpa", "hr"])
    sd = case(cx, {"ld": f"{MODW[lang][3]} {r['chest']} low dose", "ctpa": f"Angio-{MODW[lang][3]} {r['chest']} (LE)" if lang in ("de", "fr", "it") else f"CTPA",
                   "hr": f"HRCT {r['chest']}"}[k])
    return ct_study(cx, sd, ["CHEST"], "CHEST", ["LUNG", "THORAX"], recon_names(cx, "chest"), "chest CT", contrast=(k == "ctpa"))


def cardio(cx):
    lang = cx.lang
    r = REG[lang]
    k = cx.c(["cmr", "ccta", "mpi"])
    if k == "cmr":
        sd = case(cx, f"{MODW[lang][0]} {r['heart']}")
        ser = [S(mr_meta(cx, d, None, "GR"), ["CHEST"], None, "cardiac MR: chest")
               for d in cx.rng.sample(["localizer_haste", "cine_tf2d_4ch", "cine_tf2d_sa", "cine_tf2d_3ch", "tfl_lge_psir_sa",
                                        "T1 map MOLLI", "T2map_flash_sa", "perf_tfi_stress"], 4)]
        for s in ser:
            bpe_apply(cx, s["meta"], "HEART", ["CHEST"], p_missing=0.4)
        return sd, ser
    if k == "ccta" and cx.ctv:
        sd = case(cx, by_lang(cx, ["CT coronairen", "CT calciumscore + coronairen"], ["Coroscanner", "TDM coronaires"], ["Koronar-CT", "Cardio-CT Calcium-Score + CTA"], ["Angio-TC coronarica", "TC coronarie"], ["CT coronary angiogram", "CTCA", "CT Calcium Score + CTCA"]))
        recons = [("CaScore 3.0 Qr36", "Qr36d", "3"), ("Cor CTA 0.6 Bv40 75%", "Bv40d", "0.6"), ("Cor CTA 0.6 Bv40 BestDiast", "Bv40d", "0.6")]
        return ct_study(cx, sd, ["CHEST"], "HEART", ["CHEST", "CORONARY"], recons, "coronary CT: chest", contrast=True)
    sd = case(cx, by_lang(cx, "Myocardperfusiescintigrafie", "Scintigraphie myocardique", "Myokardszintigraphie", "Scintigrafia miocardica SPECT", "NM Myocardial Perfusion Stress/Rest"))
    ser = []
    for d in ["STRESS", "REST", "Stress IRNC", "Rest IRAC", "QGS Polar Map"]:
        m = {"Modality": "NM", "Manufacturer": cx.c(["GE MEDICAL SYSTEMS", "SIEMENS NM"]), "ManufacturerModelName": cx.c(["Discovery NM/CT 670", "Symbia Intevo"]),
             "SeriesDescription": d}
        bpe_apply(cx, m, "HEART", ["CHEST"], p_missing=0.5)
        ser.append(S(m, ["CHEST"], None, "myocardial perfusion: chest"))
    return sd, ser


def abdo(cx):
    lang = cx.lang
    r = REG[lang]
    k = cx.c(["ctap", "ctap", "liver", "mrcp", "prost", "pelvf", "usabd", "kub", "colono", "swallow", "hsg"])
    if k in ("swallow", "hsg"):
        return fluoro(cx, k)
    if k in ("ctap", "kub", "colono") and cx.ctv:
        if k == "ctap":
            sd = case(cx, f"{MODW[lang][3]} {r['abdpelv']}")
            return ct_study(cx, sd, AP_, "ABDOMEN", ["ABDOMENPELVIS", "ABDOMEN"], recon_names(cx, "abd"), "abdomen and pelvis CT", contrast=True)
        if k == "kub":
            sd = case(cx, by_lang(cx, "CT nierstenen low dose", "Uro-scanner sans injection", "CT Urolithiasis nativ", "TC reni e vie urinarie senza mdc", "CT KUB", {"da": "CT nyresten", "no": "CT urinveier uten kontrast", "sv": "DT njursten", "is": "TS nýrnasteinar"}))
            return ct_study(cx, sd, AP_, "ABDOMEN", ["KIDNEY"], recon_names(cx, "abd"), "stone CT kidneys to bladder: abdomen+pelvis")
        sd = case(cx, by_lang(cx, "CT colografie", "Coloscanner", "CT-Kolonographie", "Colonscopia virtuale TC", "CT Colonography", {"da": "CT-kolografi", "no": "CT-kolografi", "sv": "DT-kolografi", "is": "TS ristilsmyndataka"}))
        return ct_study(cx, sd, AP_, "ABDOMEN", ["COLON"], [("Supine 1.0 Br36", "Br36d", "1"), ("Prone 1.0 Br36", "Br36d", "1")], "CT colonography: abdomen+pelvis")
    if k == "usabd" or (k in ("ctap", "kub", "colono")):
        sd = case(cx, cx.c([f"{MODW[lang][2]} {r['abd']}", f"{MODW[lang][2]} {r['liver']}"]))
        m = {"Modality": "US", "Manufacturer": cx.c(["GE Healthcare", "Canon Medical Systems", "SIEMENS"]), "ManufacturerModelName": cx.c(["LOGIQ E10", "Aplio i800", "ACUSON Sequoia"])}
        if cx.p(0.3):
            m["SeriesDescription"] = cx.c(["Abdomen", "ABDO", "Abdomen general"])
        bpe_apply(cx, m, "ABDOMEN", None, p_missing=0.5)
        return sd, [S(m, ["ABDOMEN"], None, "upper abdominal ultrasound")]
    mw = MODW[lang][0]
    if k == "liver":
        sd, lab, bp, names = f"{mw} {r['liver']}", ["ABDOMEN"], "ABDOMEN", ["t2_haste_tra_mbh", "t1_vibe_dixon_tra_opp", "t1_vibe_fs_tra_dyn", "ep2d_diff_b50_800_tra_ADC", "t1_vibe_fs_tra_20min"]
    elif k == "mrcp":
        sd, lab, bp, names = cx.c(["MRCP", f"{mw} MRCP", "Cholangio-IRM" if lang == "fr" else "MRCP"]), ["ABDOMEN"], "ABDOMEN", ["t2_space_cor_p3_trig_MRCP", "MIP_MRCP", "t2_haste_cor", "t1_vibe_tra"]
    elif k == "prost":
        sd, lab, bp, names = f"{mw} {r['prost']}", ["PELVIS"], "PROSTATE", ["t2_tse_tra_PROSTATA", "t2_tse_sag", "ep2d_diff_b1400_tra", "ep2d_diff_tra_ADC", "t1_vibe_dyn_tra"]
    else:
        sd, lab, bp, names = f"{mw} {r['pelvis']}", ["PELVIS"], "PELVIS", ["t2_tse_sag", "t2_tse_tra_obl", "t2_tse_cor", "t1_tse_tra", "ep2d_diff_tra"]
    sd = case(cx, sd)
    ser = []
    for d in names:
        m = mr_meta(cx, d, None, "GR" if "vibe" in d else "SE")
        if "ADC" in d or d.startswith("MIP"):
            m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if "ADC" in d else "MIP")
        bpe_apply(cx, m, bp, ["ABDOMEN" if bp == "PELVIS" else "PELVIS", "LSPINE"] if k != "liver" else ["CHEST"])
        ser.append(S(m, lab, None, f"{k} MR"))
    return sd, ser


def onc(cx):
    lang = cx.lang
    r = REG[lang]
    k = cx.c(["pet", "pet", "psma", "cap", "cap", "wbmr"])
    if k in ("pet", "psma"):
        sd = case(cx, {"pet": by_lang(cx, ["PET-CT FDG", "FDG PET/CT schedelbasis-lies"], ["TEP-TDM FDG corps entier", "TEP FDG"], ["FDG-PET/CT Ganzkörper", "PET-CT FDG"], ["PET/TC total body FDG", "PET-TC FDG"], "FDG PET/CT"),
                       "psma": by_lang(cx, "PSMA PET/CT", "TEP-TDM PSMA", ["PET-CT 68Ga-PSMA", "18F-PSMA-1007 PET/CT"], "PET/TC PSMA", "PSMA PET/CT")}[k])
        ser = []
        mk = cx.c([("SIEMENS", "Biograph Vision 600"), ("GE MEDICAL SYSTEMS", "Discovery MI"), ("Philips", "Vereos PET/CT")])
        for mod, d, it in [("CT", "Topogram  0.6  T20f" if mk[0] == "SIEMENS" else "Scout", "LOCALIZER"), ("CT", cx.c(["CT WB 3.0 B31f", "CTAC 3.75 Thick", "CT LD AC"]), "AXIAL"),
                           ("PT", cx.c(["PET WB AC", "PET AC 3D", "WB_IRCTAC", "PET_WB_MAC"]), "AXIAL"), ("PT", cx.c(["PET NAC", "PET WB NAC"]), "AXIAL"),
                           ("PT", cx.c(["MIP", "PET MIP", "3D MIP"]), "REPROJECTION"), ("CT", cx.c(["CT Thorax 1.0 Br60 Lunge" if cx.lang == "de" else "CT Thorax 1.0 Br60 Lung", "Lung 1.25"]), "AXIAL")]:
            m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d, "ImageType": f"ORIGINAL\\PRIMARY\\{it}"}
            if "Lung" in d or "Lunge" in d:
                bpe_apply(cx, m, "CHEST", None)
                ser.append(S(m, ["CHEST"], None, "lung recon of the PET/CT: chest only"))
                continue
            bpe_apply(cx, m, "WHOLEBODY", ["ABDOMEN", "CHEST", "LUNG", "HEAD", "SKULL"], p_alt=0.35)
            ser.append(S(m, WB, None, "whole-body PET/CT skull base to thigh"))
        ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SeriesDescription": cx.c(["Dose Report", "Radiopharmaceutical Radiation Dose SR"])},
                     [], None, "dose SR", img=False))
        return sd, ser
    if k == "cap" and cx.ctv:
        sd = case(cx, cx.c([f"{MODW[lang][3]} {r['cap']}", f"{MODW[lang][3]} Th/Abd/Bk" if lang == "de" else f"{MODW[lang][3]} {r['cap']}", "CT C/A/P", "CT TAP"]))
        return ct_study(cx, sd, CAP, "CHEST", ["ABDOMEN", "CHESTABDOMEN", "TAP"], recon_names(cx, "cap"), "chest-abdomen-pelvis CT", contrast=True)
    sd = case(cx, by_lang(cx, ["MRI total body", "WB-MRI"], "IRM corps entier", ["Ganzkörper-MRT", "GK-MRT Myelom"], "RM total body", "MRI Whole Body Myeloma"))
    ser = []
    for d in ["t1_tse_cor_WB_composed", "t2_tirm_cor_WB_composed", "ep2d_diff_b800_WB_inv_MIP", "t1_vibe_dixon_tra_W", "localizer"]:
        m = mr_meta(cx, d, None, "SE")
        bpe_apply(cx, m, "WHOLEBODY", ["CHEST", "ABDOMEN"])
        ser.append(S(m, WB, None, "whole-body MR"))
    return sd, ser


def vasc(cx):
    lang = cx.lang
    k = cx.c(["runoff", "dvt", "carotid", "neuroangio", "tace", "aorta"])
    if k == "runoff" and cx.ctv:
        sd = case(cx, by_lang(cx, "CTA aorta + onderste extremiteiten", "Angio-TDM des membres inférieurs", "CT-Angio Becken-Bein", "AngioTC arti inferiori", "CTA Run-off"))
        labs = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
        sd, ser = ct_study(cx, sd, labs, "LEG", ["ABDOMEN", "EXTREMITY"], [("Angio 1.0 Bv36", "Bv36d", "1"), ("MIP cor 10mm", "Bv36d", "10"), ("VRT", "Bv36d", "1")],
                           "run-off CTA renal arteries to feet, both legs", contrast=True)
        for s in ser:
            if s["labels"]:
                s["laterality"] = "B"
        return sd, ser
    if k == "dvt":
        side = cx.c("LLRR")
        sw = side_word(cx, lang, side, "m")
        sd = case(cx, {"nl": f"Duplex diep veneus been {sw}", "fr": f"Echo-doppler veineux membre inférieur {sw}", "de": f"Duplex Beinvenen {sw}",
                       "it": f"ECOCOLORDOPPLER venoso arto inferiore {sw}", "da": f"UL dybe vener underekstremitet {sw}", "no": f"UL dype vener {sw} ben",
                       "sv": f"UL DVT ben {sw}", "fi": f"Alaraajan laskimoiden UÄ {sw}", "is": f"Ómun bláæðar fótleggs {sw}", "en": f"US Doppler Leg Veins {sw}"}[lang])
        m = {"Modality": "US", "Manufacturer": "Philips Medical Systems", "ManufacturerModelName": "EPIQ 7G"}
        bpe_apply(cx, m, "LEG", ["LOWEXTREMITY", "EXTREMITY"], p_missing=0.4, p_alt=0.3)
        return sd, [S(m, ["THIGH", "KNEE", "LEG"], side, "deep vein compression study groin to calf of one leg: thigh, knee, leg")]
    if k == "carotid":
        sd = case(cx, by_lang(cx, "Duplex carotiden", "Echo-doppler des troncs supra-aortiques", "Duplex Karotiden", "ECD TSA", "US Carotid Doppler"))
        m = {"Modality": "US", "Manufacturer": "SIEMENS", "ManufacturerModelName": "ACUSON Sequoia"}
        bpe_apply(cx, m, "NECK", ["CAROTID"], p_missing=0.4, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "carotid duplex: neck")]
    if k == "neuroangio":
        sd = case(cx, by_lang(cx, "DSA cerebraal", "Artériographie cérébrale", "Zerebrale DSA", "Angiografia cerebrale", "Cerebral angiogram"))
        ser = []
        for d in ["ICA li AP", "ICA re LAT", "VA li", "3D Rot", "Roadmap"] if lang == "de" else ["ICA AP", "ICA LAT", "VA AP", "3D DSA", "Roadmap"]:
            m = {"Modality": "XA", "Manufacturer": "Siemens Healthineers" if cx.p(0.6) else "Philips Medical Systems", "ManufacturerModelName": cx.c(["ARTIS icono biplane", "Azurion 7 B20/15"]),
                 "SeriesDescription": d}
            bpe_apply(cx, m, "HEAD", ["NECK"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "cerebral angiogram run: head"))
        return sd, ser
    if k == "tace":
        sd = case(cx, by_lang(cx, ["TACE lever", "TACE"], "Chimioembolisation hépatique", ["Chemoembolisation Leber", "TACE"], "Chemioembolizzazione epatica", "TACE"))
        ser = []
        for d in ["Truncus coeliacus", "AHD", "Cone Beam CT", "Fluoro"]:
            m = {"Modality": "XA", "Manufacturer": "Siemens Healthineers", "ManufacturerModelName": "ARTIS pheno", "SeriesDescription": d}
            bpe_apply(cx, m, "ABDOMEN", ["LIVER"], p_missing=0.4)
            ser.append(S(m, ["ABDOMEN"], None, "hepatic chemoembolisation run: abdomen"))
        return sd, ser
    if not cx.ctv:
        return chest(cx)
    sd = case(cx, by_lang(cx, "CTA aorta thoraco-abdominalis", "Angio-TDM aorte thoraco-abdominale", ["CTA Aorta gesamt", "CT-Angio Aorta (EVAR)"], "AngioTC aorta toraco-addominale", "CTA Aorta (EVAR FU)"))
    return ct_study(cx, sd, CAP, "CHEST", ["AORTA", "ABDOMEN"], [("Angio 1.0 Bv36", "Bv36d", "1"), ("MIP sag", "Bv36d", "10")], "aorta CTA: chest+abdomen+pelvis", contrast=True)


def paeds(cx):
    lang = cx.lang
    k = cx.c(["hipus", "boneage", "cxr", "appus", "mrbrain", "scoli"])
    if k == "hipus":
        sd = case(cx, by_lang(cx, "Echo heupen (Graf)", "Echographie des hanches", "Hüftsonographie nach Graf", "Ecografia anche neonatale", "US Hips Infant"))
        ser = []
        for s in "RL":
            m = {"Modality": "US", "Manufacturer": "GE Healthcare", "ManufacturerModelName": "LOGIQ E10", "SeriesDescription": by_lang(cx, f"Heup {side_word(cx, 'nl', s, abbr=True)}", f"Hanche {side_word(cx, 'fr', s, abbr=True)}", f"Hüfte {side_word(cx, 'de', s, abbr=True)}", f"Anca {side_word(cx, 'it', s, abbr=True)}", ("RIGHT HIP" if s == "R" else "LEFT HIP"))}
            bpe_apply(cx, m, "HIP", None, p_missing=0.5)
            ser.append(S(m, ["HIP"], s, "infant hip ultrasound, one side per series (Graf)"))
        return sd, ser
    if k == "boneage":
        sd = case(cx, by_lang(cx, "Skeletleeftijd", "Age osseux", "Skelettalter", "Età ossea", "XR Bone Age"))
        m = xr_meta(cx, by_lang(cx, "Hand li PA", "Main G face", "Hand li. dp", "Mano sx", "L HAND PA"), "PA", ImageLaterality="L")
        bpe_apply(cx, m, "HAND", None)
        return sd, [S(m, ["HAND"], "L", "bone age: left hand film (ImageLaterality L)")]
    if k == "cxr":
        sd = case(cx, by_lang(cx, "X-thorax kind", "Radiographie thoracique (pédiatrie)", "Thorax ap liegend (Kind)", "RX torace pediatrico", "XR Chest Paediatric"))
        m = xr_meta(cx, cx.c(["Thorax AP", "AP", "Torace"]), "AP")
        bpe_apply(cx, m, "CHEST", None)
        return sd, [S(m, ["CHEST"], None, "paediatric chest film")]
    if k == "appus":
        sd = case(cx, by_lang(cx, "Echo appendix", "Echographie abdominale (appendicite)", "Sono Abdomen (Appendizitis?)", "ECO addome (appendice)", "US Appendix"))
        m = {"Modality": "US", "Manufacturer": "Canon Medical Systems", "ManufacturerModelName": "Aplio i800"}
        bpe_apply(cx, m, "ABDOMEN", None, p_missing=0.5)
        return sd, [S(m, ["ABDOMEN", "PELVIS"], None, "right iliac fossa and pelvis scanned for appendicitis: abdomen+pelvis")]
    if k == "scoli":
        sd = case(cx, by_lang(cx, "EOS wervelkolom", "EOS rachis entier face + profil", "Wirbelsäule Ganzaufnahme (Skoliose)", "RX rachide in toto sotto carico", "XR Whole Spine Scoliosis"))
        ser = []
        for vp in ["PA", "LAT"]:
            m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOSedge", "SeriesDescription": f"{vp}", "ViewPosition": vp}
            bpe_apply(cx, m, "SPINE", ["WHOLEBODY"])
            ser.append(S(m, WSPINE, None, "full spine scoliosis film: whole spine"))
        return sd, ser
    sd = case(cx, by_lang(cx, "MRI hersenen kind (sedatie)", "IRM cérébrale pédiatrique", "MRT Schädel Kind", "RM encefalo pediatrica", "MRI Brain (GA)"))
    ser = [S(mr_meta(cx, d, None, "SE"), ["HEAD"], None, "paediatric brain MR") for d in ["t2_tse_tra", "t1_mprage_sag", "ep2d_diff_tra_ADC"]]
    for s in ser:
        bpe_apply(cx, s["meta"], "HEAD", ["BRAIN"])
    return sd, ser


def nm(cx):
    k = cx.c(["bone", "bone", "thy", "renal", "parathy", "lung"])
    mk = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670")])
    spec = {"bone": (by_lang(cx, "Skeletscintigrafie", "Scintigraphie osseuse corps entier", "Skelettszintigraphie", "Scintigrafia ossea total body", "NM Bone Scan Whole Body"),
                     ["WB Anterior", "WB Posterior", "Whole Body"], WB, "whole-body bone scan"),
            "thy": (by_lang(cx, "Schildklierscintigrafie", "Scintigraphie thyroïdienne", "Schilddrüsenszintigraphie", "Scintigrafia tiroidea", "NM Thyroid Scan"),
                    ["Thyroid", "ANT 20min", "Pinhole"], ["NECK"], "thyroid scintigraphy: neck"),
            "renal": (by_lang(cx, "MAG3 renografie", "Scintigraphie rénale MAG3", "Nierenfunktionsszintigraphie", "Scintigrafia renale sequenziale", "NM MAG3 Renogram"),
                      ["Dynamic POST", "Renogram"], ["ABDOMEN"], "renogram: kidneys, abdomen"),
            "parathy": (by_lang(cx, "Bijschildklier MIBI", "Scintigraphie parathyroïdienne", "Nebenschilddrüsenszintigraphie MIBI", "Scintigrafia paratiroidi", "NM Parathyroid MIBI"),
                        ["Early", "Late 2h", "SPECT/CT NECK"], ["NECK"], "parathyroid MIBI: neck"),
            "lung": (by_lang(cx, "Longscintigrafie V/Q", "Scintigraphie pulmonaire V/Q", "Lungenszintigraphie V/Q", "Scintigrafia polmonare perfusoria", "NM V/Q Scan"),
                     ["PERF 6 views", "VENT 6 views", "SPECT Q"], ["CHEST"], "lung V/Q: chest")}
    sd, descs, lab, why = spec[k]
    ser = []
    for d in descs:
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe_apply(cx, m, {"bone": "WHOLEBODY", "thy": "THYROID", "renal": "KIDNEY", "parathy": "NECK", "lung": "CHEST"}[k], ["CHEST", "ABDOMEN"], p_missing=0.4, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    return sd, ser


def dxa(cx):
    lang = cx.lang
    side = cx.c("LR")
    sw = side_word(cx, lang, side, "f" if lang == "fr" else "m")
    swm = side_word(cx, lang, side, "m")
    sd = case(cx, by_lang(cx, ["Botdensitometrie", "DEXA"], "Ostéodensitométrie", ["Knochendichtemessung (DXA)", "Osteodensitometrie"], ["MOC DXA", "Densitometria ossea"], ["DXA Bone Density", "DEXA"],
                       {"sv": "Bentäthetsmätning", "fi": "Luuntiheysmittaus", "da": "DXA-scanning", "no": "Bentetthetsmåling", "is": "Beinþéttnimæling"}))
    hip = {"nl": "heup", "fr": "hanche", "de": "Hüfte", "it": "femore", "sv": "höft", "fi": "lonkka", "da": "hofte", "no": "hofte", "is": "mjöðm", "en": "Hip"}[lang]
    fa = {"nl": "onderarm", "fr": "avant-bras", "de": "Unterarm", "it": "avambraccio", "sv": "underarm", "fi": "kyynärvarsi", "da": "underarm", "no": "underarm", "is": "framhandleggur", "en": "Forearm"}[lang]
    mk = cx.c([("HOLOGIC", "Horizon A"), ("GE Healthcare", "Lunar iDXA"), ("GE Healthcare", "Lunar Prodigy")])
    ser = []
    for d, lab, lat in [("AP Spine", ["LSPINE"], None), (f"{'Left' if side == 'L' else 'Right'} Hip" if mk[0] == "HOLOGIC" else f"{hip} {sw}", ["HIP"], side),
                        (f"{fa} {swm}" if cx.p(0.5) else f"{'Left' if side == 'L' else 'Right'} Forearm", ["FOREARM"], side)]:
        m = {"Modality": "OT" if cx.p(0.4) else "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if lat and cx.p(0.4):
            m["Laterality"] = lat
        bpe_apply(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "PELVIS"])
        ser.append(S(m, lab, lat, "DXA scan image of " + lab[0].lower() + (f", side {lat}" if lat else "")))
    ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SeriesDescription": cx.c(["DXA Report", "Bone Densitometry Report"])}, [], None,
                 "densitometry result SR: no image", img=False))
    return sd, ser


def dental(cx):
    lang = cx.lang
    k = cx.c(["opg", "opg", "io", "cbct", "ceph"])
    sd = case(cx, {"opg": by_lang(cx, "OPT", "Panoramique dentaire", ["OPG", "Orthopantomogramm"], "Ortopantomografia", ["OPG", "Orthopantomogram"], {"fi": "Hammaskuvaus panoraama", "sv": "Panoramaröntgen"}),
                   "io": by_lang(cx, "Bitewings", "Rétro-alvéolaire", "Intraorale Aufnahme", "Endorale", "Bitewing", {"fi": "Intraoraalit"}),
                   "cbct": by_lang(cx, "CBCT", "Cone beam dentaire", "DVT Oberkiefer", "Cone Beam mascellare", "CBCT", {"fi": "Kartiokeila-TT hampaat"}),
                   "ceph": by_lang(cx, "Schedelprofiel (ceph)", "Téléradiographie de profil", "FRS", "Teleradiografia latero-laterale", "Ceph lat", {"fi": "Kefalostaatti"})}[k])
    mk = cx.c([("Planmeca", "ProMax 3D Mid"), ("Planmeca", "Viso G7"), ("Carestream Health", "CS 8200 3D"), ("Carestream Health", "CS 9600")])
    mod = {"opg": "PX", "io": "IO", "cbct": "CT", "ceph": "DX"}[k]
    ser = []
    for i in range(cx.c([1, 2]) if k != "io" else 3):
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1] if k != "io" else cx.c(["ProSensor HD", "RVG 6200"])}
        if cx.p(0.5):
            m["SeriesDescription"] = {"opg": "Panoramic", "io": cx.c(["Bitewing", "Periapical", "BW"]), "cbct": cx.c(["Volume", "3D", "Endo"]), "ceph": "Lateral Ceph"}[k]
        bpe_apply(cx, m, "JAW" if k != "ceph" else "SKULL", ["HEAD", "MOUTH", "TEETH"], p_missing=0.5)
        ser.append(S(m, ["HEAD"], None, "dental/maxillofacial image: head"))
    return sd, ser


def fluoro(cx, kind):
    """Fluoroscopy: an arthrography injection before MR, a swallow, a hysterosalpingogram."""
    lang = cx.lang
    mk = cx.c([("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"), ("GE Healthcare", "Precision 500D")])
    if kind == "arthro":
        code = cx.c(["SHOULDER", "SHOULDER", "HIP", "WRIST"])
        side = cx.c("LR")
        name, g = part_name(cx, lang, code)
        sw = side_word(cx, lang, side, g)
        sd = case(cx, by_lang(cx, f"Artrografie {name} {sw}", f"Arthrographie {name} {sw}", f"Arthrographie {name} {sw} (vor MRT)",
                              f"Artrografia {name} {sw}", f"FL Arthrogram {name} {sw}",
                              {"da": f"Artrografi {name} {sw}", "no": f"Artrografi {name} {sw}", "sv": f"Artrografi {name} {sw}",
                               "fi": f"Artrografia {name} {sw}", "is": f"Liðmyndataka {name} {sw}"}))
        ser = []
        for d in ["Fluoro", cx.c(["Injection", "Kontrast", "Spot", "LIH"])]:
            m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe_apply(cx, m, code, ["EXTREMITY"], p_missing=0.5)
            ser.append(S(m, [code], side, f"{code.lower()} arthrography injection under fluoroscopy; side from the study description ({sw})"))
        return sd, ser
    if kind == "swallow":
        sd = case(cx, by_lang(cx, "Slikfoto", "TOGD", "Ösophagus-Breischluck", "RX esofago con mdc", "FL Barium Swallow",
                              {"da": "Øsofagusundersøgelse", "no": "Øsofagus rtg.", "sv": "Esofagusröntgen", "fi": "Ruokatorven läpivalaisu", "is": "Vélindismyndataka"}))
        ser = [S({"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, ["NECK", "CHEST"], None,
                 "swallow study pharynx to cardia: neck and chest") for d in ["Swallow AP", "Swallow LAT", cx.c(["Oesophagus", "Ösophagus", "Esofago", "Slokdarm"])]]
        for s in ser:
            bpe_apply(cx, s["meta"], cx.c(["ESOPHAGUS", "NECK", "CHEST"]), None, p_missing=0.5)
        return sd, ser
    sd = case(cx, by_lang(cx, "Hysterosalpingografie", "Hystérosalpingographie", "Hysterosalpingographie (HSG)", "Isterosalpingografia", "HSG",
                          {"da": "HSG", "no": "HSG", "sv": "HSG", "fi": "HSG", "is": "HSG"}))
    ser = [S({"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}, ["PELVIS"], None,
             "hysterosalpingogram: pelvis") for d in ["HSG", "Spot 1", "Spill"]]
    for s in ser:
        bpe_apply(cx, s["meta"], "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.5)
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.05:
        return fluoro(cx, "arthro")
    if r < 0.5:
        return msk_mr(cx)
    if r < 0.88:
        return msk_xr(cx)
    return msk_us(cx)


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio,
          "abdo": abdo, "onc": onc, "vasc": vasc, "paeds": paeds, "nm": nm, "dxa": dxa, "dental": dental}

# Objects without anatomy that travel in studies on their own: scanned documents, key objects,
# presentation states, protocol pages.


def noanat(cx):
    k = cx.c(["doc", "ko", "pr", "sr", "page"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": cx.c(["Scanned Document", by_lang(cx, "Aanvraagformulier", "Bon de demande", "Zuweisung gescannt", "Richiesta scansionata", "Consent form",
                {"fi": "Lähete", "sv": "Remiss", "da": "Henvisning", "no": "Henvisning", "is": "Beiðni"})])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", by_lang(cx, "Sleutelbeelden", "Images clés", "Schlüsselbilder", "Immagini chiave", ""), ""]) or "Key Object Selection"}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations", "Measurements"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, "dose structured report"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocol Page", "Screen Save"]), "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def plain(meta):
    return {k: v for k, v in meta.items()}


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a technologist's typing slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 4:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def build():
    rng = random.Random(SEED)
    rows = []
    for site in SITES:
        langs, _kind, weight, *_rest, strata = SITES[site]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        target = weight
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            # a non-image object of the study now and then becomes a row of its own
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.25:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                with_study = rng.random() < 0.42
                if with_study:
                    if rng.random() < 0.55:
                        meta["StudyDescription"] = sd
                    others = [plain(o["meta"]) for o in ser if o is not s]
                    if others or True:
                        row["study"] = {"StudyDescription": sd, "series": others}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15 and "RequestedProcedureDescription" not in meta:
                    meta["RequestedProcedureDescription"] = sd
                # older worklist mappings keep 16 characters of the procedure step; the full
                # description stays readable in the study or the requested procedure
                if meta.get("Manufacturer") in ("Esaote", "FUJIFILM Corporation", "Agfa") and len(sd) > 16 and rng.random() < 0.35:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                # a hand-typed order now and then carries a slip of the keyboard
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            # standalone non-anatomy objects filed with the site's studies
            if rng.random() < NOANAT_SHARE * 1.2:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [plain(o["meta"]) for o in ser[:3]]}
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
    c = Counter()
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
