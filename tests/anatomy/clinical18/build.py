"""Writes tests/anatomy/data/clinical_set_18.jsonl: a fortnight of series from teaching, mission,
district and provincial hospitals and private imaging centres in sub-Saharan Africa and the
Caribbean, labelled blind against the shared anatomy spec (see README.md beside this file).

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

SEED = 18
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_18.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- languages
# en English, fr French, pt Portuguese (Mozambique, Angola), af Afrikaans, sw English with
# Swahili words, am English with transliterated Amharic words, rw French/English with
# Kinyarwanda words.
# Side words: (full form by gender where the language has one, abbreviations).
SIDE = {
    "en": {"R": (["RIGHT", "Right"], ["RT", "Rt", "R"]), "L": (["LEFT", "Left"], ["LT", "Lt", "L"]),
           "B": (["BILATERAL", "Bilateral", "BOTH"], ["BIL", "Bilat"])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "dte", "DT"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "gche"]),
           "B": (["bilatéral", "bilateral"], ["bilat", "bilat."])},
    "pt": {"R": ({"m": "direito", "f": "direita"}, ["dto", "DTO", "dta", "DIR"]), "L": ({"m": "esquerdo", "f": "esquerda"}, ["esq", "ESQ", "esq."]),
           "B": (["bilateral"], ["bilat", "BILAT"])},
    "af": {"R": (["regs", "REGS"], ["regs"]), "L": (["links", "LINKS"], ["links"]), "B": (["beide", "bilateraal"], ["bilat"])},
    "sw": {"R": (["KULIA", "kulia"], ["KULIA"]), "L": (["KUSHOTO", "kushoto"], ["KUSHOTO"]), "B": (["ZOTE MBILI", "BOTH"], ["BIL"])},
    "am": {"R": (["kegn", "KEGN", "qegn"], ["KEGN"]), "L": (["gra", "GRA"], ["GRA"]), "B": (["BOTH", "bilateral"], ["BIL"])},
    "rw": {"R": (["iburyo", "IBURYO"], ["iburyo"]), "L": (["ibumoso", "IBUMOSO"], ["ibumoso"]), "B": (["bilateral", "impande zombi"], ["bilat"])},
}
# The language whose grammar a mixed-language exam name follows (its limb and axial words).
BASE = {"en": "en", "fr": "fr", "pt": "pt", "af": "af", "sw": "en", "am": "en", "rw": "fr"}
# Limb parts: "name|gender"; the first name is the common one, the others bones the spec folds in.
PART = {
    "en": {"KNEE": ["KNEE", "Knee", "KNEE JOINT"], "SHOULDER": ["SHOULDER", "Shoulder", "CLAVICLE", "SCAPULA", "AC JOINT"],
           "HIP": ["HIP", "Hip", "HIP JOINT"], "ANKLE": ["ANKLE", "Ankle", "ANKLE JOINT"],
           "FOOT": ["FOOT", "Foot", "CALCANEUS", "TOES", "BIG TOE"], "HAND": ["HAND", "Hand", "FINGERS", "THUMB", "MCP"],
           "WRIST": ["WRIST", "Wrist", "SCAPHOID", "WRIST JOINT"], "ELBOW": ["ELBOW", "Elbow", "ELBOW JOINT"],
           "FOREARM": ["FOREARM", "Forearm", "RADIUS/ULNA", "RADIUS & ULNA"], "ARM": ["HUMERUS", "Humerus", "ARM"],
           "THIGH": ["FEMUR", "Femur", "THIGH"], "LEG": ["TIB/FIB", "TIBIA/FIBULA", "Tibia & Fibula", "LEG"]},
    "fr": {"KNEE": ["genou|m"], "SHOULDER": ["épaule|f", "clavicule|f", "omoplate|f"], "HIP": ["hanche|f"], "ANKLE": ["cheville|f"],
           "FOOT": ["pied|m", "calcanéum|m", "orteils|m"], "HAND": ["main|f", "doigt|m", "pouce|m"], "WRIST": ["poignet|m", "scaphoïde|m"],
           "ELBOW": ["coude|m"], "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humérus|m"], "THIGH": ["cuisse|f", "fémur|m"],
           "LEG": ["jambe|f", "tibia|m"]},
    "pt": {"KNEE": ["joelho|m"], "SHOULDER": ["ombro|m", "clavícula|f", "omoplata|f"], "HIP": ["anca|f", "coxo-femoral|f"],
           "ANKLE": ["tornozelo|m", "tíbio-társica|f"], "FOOT": ["pé|m", "calcâneo|m", "dedos do pé|m"], "HAND": ["mão|f", "dedo|m"],
           "WRIST": ["punho|m", "escafóide|m"], "ELBOW": ["cotovelo|m"], "FOREARM": ["antebraço|m"], "ARM": ["braço|m", "úmero|m"],
           "THIGH": ["coxa|f", "fémur|m"], "LEG": ["perna|f", "tíbia|f"]},
    "af": {"KNEE": ["knie"], "SHOULDER": ["skouer", "sleutelbeen"], "HIP": ["heup"], "ANKLE": ["enkel"], "FOOT": ["voet", "tone"],
           "HAND": ["hand", "vingers"], "WRIST": ["pols"], "ELBOW": ["elmboog"], "FOREARM": ["voorarm"], "ARM": ["bo-arm"],
           "THIGH": ["dy", "femur"], "LEG": ["onderbeen"]},
    # local words written beside (or instead of) the English part name
    "sw": {"KNEE": ["GOTI"], "SHOULDER": ["BEGA"], "HIP": ["NYONGA"], "THIGH": ["PAJA"], "HAND": ["KIGANJA"]},
    "am": {"KNEE": ["gulbet"], "SHOULDER": ["tekesha"], "HAND": ["ejj"], "FOOT": ["egir"]},
    "rw": {"KNEE": ["ivi"], "SHOULDER": ["urutugu"], "HAND": ["ikiganza"], "FOOT": ["ikirenge"], "LEG": ["ukuguru"], "ARM": ["ukuboko"]},
}
# Axial and spine region words per base language.
REG = {
    "en": {"head": "HEAD", "brain": "BRAIN", "skull": "SKULL", "neck": "NECK", "chest": "CHEST", "abd": "ABDOMEN",
           "abdpelv": "ABDOMEN AND PELVIS", "pelvis": "PELVIS", "c": "CERVICAL SPINE", "t": "THORACIC SPINE", "l": "LUMBOSACRAL SPINE",
           "tl": "THORACOLUMBAR SPINE", "ws": "WHOLE SPINE", "pns": "PARANASAL SINUSES", "cap": "CHEST, ABDOMEN AND PELVIS"},
    "fr": {"head": "crâne", "brain": "cérébrale", "skull": "crâne", "neck": "cervicale", "chest": "thorax", "abd": "abdomen",
           "abdpelv": "abdomino-pelvienne", "pelvis": "bassin", "c": "rachis cervical", "t": "rachis dorsal", "l": "rachis lombaire",
           "tl": "rachis dorso-lombaire", "ws": "rachis entier", "pns": "sinus de la face", "cap": "TAP"},
    "pt": {"head": "crânio", "brain": "crânio-encefálica", "skull": "crânio", "neck": "pescoço", "chest": "tórax", "abd": "abdómen",
           "abdpelv": "abdómen e pélvis", "pelvis": "bacia", "c": "coluna cervical", "t": "coluna dorsal", "l": "coluna lombar",
           "tl": "coluna dorso-lombar", "ws": "coluna total", "pns": "seios perinasais", "cap": "toraco-abdomino-pélvica"},
    "af": {"head": "kop", "brain": "brein", "skull": "skedel", "neck": "nek", "chest": "borskas", "abd": "buik", "abdpelv": "buik en bekken",
           "pelvis": "bekken", "c": "servikale werwelkolom", "t": "torakale werwelkolom", "l": "lumbale werwelkolom",
           "tl": "torakolumbale werwelkolom", "ws": "hele werwelkolom", "pns": "sinusse", "cap": "bors, buik en bekken"},
}
# Local words for axial regions that sw/am/rw orders add in brackets.
LOCAL_AX = {"sw": {"head": "KICHWA", "chest": "KIFUA", "abd": "TUMBO", "neck": "SHINGO", "l": "MGONGO", "preg": "MIMBA"},
            "am": {"head": "ras", "chest": "deret", "abd": "hod", "neck": "anget", "l": "jerba", "preg": "ergzna"},
            "rw": {"head": "umutwe", "chest": "igituza", "abd": "inda", "neck": "ijosi", "l": "umugongo", "preg": "inda"}}

# ---------------------------------------------------------------- sites
# name: kind, languages (drawn per exam), target rows, CR/DX, CT, MR, US vendors, extras, strata weights
SITES = {
    "ng-teach": dict(kind="teaching hospital, Nigeria", langs=["en"], n=108, xr=["fuji_cr", "konica_cr", "mindray_dr"],
                     ct="ge", mr="ge", us=["mindray", "ge_logiq", "sonoscape"], mg=None, rf="shimadzu", nm=True, dental="vatech",
                     upper=0.7, strata={"trauma": 4, "msk": 3, "spine": 2, "chest": 3, "neuro": 1, "headneck": 1, "abdo": 2,
                                        "obgyn": 2, "fluoro": 2, "onc": 2, "paeds": 2, "vasc": 1, "dental": 1}),
    "gh-priv": dict(kind="private imaging centre, Ghana", langs=["en"], n=82, xr=["carestream_dr", "fuji_cr"], ct="siemens",
                    mr="siemens", us=["samsung", "ge_voluson", "mindray"], mg="hologic", rf=None, nm=False, dental="carestream_dent",
                    upper=0.4, strata={"msk": 3, "spine": 2, "chest": 1, "neuro": 1, "abdo": 2, "obgyn": 2, "breast": 3, "vasc": 1,
                                       "headneck": 1, "dental": 1, "onc": 1}),
    "ke-mission": dict(kind="mission hospital, Kenya", langs=["en", "en", "sw"], n=88, xr=["carestream_cr", "philips_dr"], ct="neusoft",
                       mr=None, us=["mindray", "ge_logiq"], mg=None, rf="philips_rf", nm=False, dental="vatech", upper=0.6,
                       strata={"trauma": 3, "msk": 2, "chest": 3, "abdo": 2, "obgyn": 3, "fluoro": 1, "paeds": 2, "neuro": 1,
                               "headneck": 1, "spine": 1, "onc": 1}),
    "tz-dist": dict(kind="district hospitals, Tanzania and Uganda", langs=["en", "sw", "sw"], n=70, xr=["agfa_cr", "mindray_dr"],
                    ct="toshiba", mr=None, us=["mindray", "chison"], mg=None, rf=None, nm=False, dental=None, upper=0.8,
                    strata={"trauma": 3, "chest": 4, "obgyn": 4, "abdo": 2, "paeds": 2, "msk": 1, "spine": 1}),
    "et-teach": dict(kind="teaching hospital, Ethiopia", langs=["en", "am"], n=90, xr=["siemens_dr", "fuji_cr"], ct="uih",
                     mr="siemens", us=["mindray", "philips_us"], mg=None, rf="siemens_rf", nm=True, dental=None, upper=0.6,
                     strata={"trauma": 4, "neuro": 1, "chest": 3, "spine": 2, "onc": 2, "abdo": 2, "headneck": 1, "fluoro": 1,
                             "paeds": 1, "msk": 2, "vasc": 1}),
    "za-priv": dict(kind="private radiology practice, South Africa", langs=["en", "en", "af"], n=108, xr=["philips_dr", "agfa_dx"],
                    ct="siemens", mr="philips", us=["philips_us", "ge_logiq"], mg="hologic", rf="philips_rf", nm=True, pet=True,
                    xa=True, dental="planmeca", upper=0.2,
                    strata={"msk": 5, "spine": 2, "breast": 3, "onc": 3, "neuro": 1, "vasc": 1, "abdo": 1, "dental": 2, "headneck": 1,
                            "chest": 1}),
    "sn-univ": dict(kind="university hospitals (CHU), Senegal", langs=["fr"], n=84, xr=["fuji_cr", "siemens_dr"], ct="siemens",
                    mr="ge", us=["ge_logiq", "mindray"], mg=None, rf="siemens_rf", nm=False, dental=None, upper=0.5,
                    strata={"trauma": 3, "chest": 2, "neuro": 1, "obgyn": 2, "fluoro": 2, "abdo": 2, "onc": 2, "headneck": 1,
                            "spine": 1, "paeds": 1, "msk": 2}),
    "ci-priv": dict(kind="private clinic and imaging centre, Côte d'Ivoire", langs=["fr"], n=62, xr=["samsung_dr"], ct="canon",
                    mr=None, us=["samsung", "ge_voluson"], mg="ge_mg", rf=None, nm=False, dental=None, upper=0.3,
                    strata={"obgyn": 3, "abdo": 2, "breast": 2, "msk": 2, "spine": 1, "headneck": 1, "chest": 1, "vasc": 1}),
    "mz-prov": dict(kind="provincial and central hospitals, Mozambique", langs=["pt"], n=68, xr=["agfa_cr", "carestream_cr"],
                    ct="philips", mr=None, us=["mindray", "sonoscape"], mg=None, rf="shimadzu", nm=False, dental=None, upper=0.6,
                    strata={"trauma": 3, "chest": 3, "obgyn": 3, "abdo": 2, "paeds": 1, "msk": 1, "fluoro": 1}),
    "ao-priv": dict(kind="private clinic, Angola", langs=["pt"], n=58, xr=["fuji_dr"], ct="ge", mr="toshiba", us=["ge_logiq", "samsung"],
                    mg="fuji_mg", rf=None, nm=False, dental=None, upper=0.3,
                    strata={"msk": 2, "spine": 2, "abdo": 2, "obgyn": 2, "breast": 2, "neuro": 1, "headneck": 1, "vasc": 1}),
    "rw-teach": dict(kind="university teaching hospital, Rwanda", langs=["fr", "en", "rw"], n=74, xr=["philips_dr", "fuji_cr"],
                     ct="siemens", mr="siemens", us=["mindray", "philips_us"], mg=None, rf="siemens_rf", nm=False, dental=None,
                     upper=0.4, strata={"trauma": 3, "neuro": 1, "chest": 2, "abdo": 2, "obgyn": 1, "onc": 1, "paeds": 1,
                                        "fluoro": 1, "msk": 2, "spine": 1}),
    "jm-priv": dict(kind="private imaging centres, Jamaica and Trinidad", langs=["en"], n=78, xr=["carestream_dr", "siemens_dr"],
                    ct="toshiba", mr="hitachi", us=["ge_logiq", "philips_us"], mg="hologic", rf=None, nm=False, xa=True,
                    dental="carestream_dent", upper=0.3,
                    strata={"msk": 3, "spine": 2, "breast": 3, "abdo": 2, "obgyn": 1, "chest": 1, "neuro": 1, "vasc": 1, "dental": 1,
                            "onc": 1}),
}
NOANAT_SHARE = 0.05

# ---------------------------------------------------------------- vendors
XR_MAKE = {
    "fuji_cr": ("FUJIFILM Corporation", ["FCR Capsula XLII", "FCR PRIMA T2", "FCR CAPSULA-2"], "CR"),
    "fuji_dr": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X"], "DX"),
    "konica_cr": ("KONICA MINOLTA", ["REGIUS 110", "CS-7"], "CR"),
    "carestream_cr": ("Carestream Health", ["DirectView CR 975", "Point-of-Care CR 360"], "CR"),
    "carestream_dr": ("Carestream Health", ["DRX-Evolution", "DRX-Ascend"], "DX"),
    "agfa_cr": ("Agfa", ["CR 30-X", "CR 35-X"], "CR"),
    "agfa_dx": ("Agfa", ["DX-D 300"], "DX"),
    "mindray_dr": ("Mindray", ["DigiEye 760", "DigiEye 330"], "DX"),
    "philips_dr": ("Philips Medical Systems", ["DigitalDiagnost", "Essenta DR"], "DX"),
    "siemens_dr": ("SIEMENS", ["Ysio", "Multix Fusion"], "DX"),
    "samsung_dr": ("Samsung Electronics", ["GC85A", "GM85"], "DX"),
}
CT_MAKE = {
    "ge": ("GE MEDICAL SYSTEMS", ["LightSpeed16", "BrightSpeed", "Optima CT540", "Revolution ACT"]),
    "siemens": ("SIEMENS", ["Emotion 16", "SOMATOM Perspective", "SOMATOM go.Up", "Sensation 16"]),
    "philips": ("Philips", ["Brilliance 16", "Ingenuity CT", "Access CT"]),
    "toshiba": ("TOSHIBA", ["Aquilion", "Aquilion Lightning", "Aquilion Prime SP"]),
    "canon": ("CANON_MEC", ["Aquilion Lightning", "Aquilion Prime SP"]),
    "neusoft": ("Neusoft Medical Systems", ["NeuViz 16", "NeuViz 64 In"]),
    "uih": ("UIH", ["uCT 510", "uCT 530"]),
}
MR_MAKE = {
    "ge": ("GE MEDICAL SYSTEMS", ["Signa HDxt", "SIGNA Explorer", "Optima MR360"]),
    "siemens": ("SIEMENS", ["Essenza", "MAGNETOM Aera", "Avanto"]),
    "philips": ("Philips Medical Systems", ["Ingenia", "Achieva"]),
    "toshiba": ("TOSHIBA", ["Vantage Elan", "Vantage Titan"]),
    "hitachi": ("Hitachi Medical Corporation", ["AIRIS Vento", "ECHELON OVAL"]),
}
US_MAKE = {
    "mindray": ("Mindray", ["DC-70", "DC-N3", "Resona 7"]), "ge_logiq": ("GE Healthcare", ["LOGIQ P5", "LOGIQ P9", "LOGIQ E10"]),
    "ge_voluson": ("GE Healthcare", ["Voluson E8", "Voluson P8"]), "samsung": ("SAMSUNG MEDISON CO., LTD.", ["HS60", "WS80A", "HS40"]),
    "philips_us": ("Philips Medical Systems", ["Affiniti 50", "ClearVue 650", "EPIQ 7G"]), "sonoscape": ("SonoScape", ["S20", "P15"]),
    "chison": ("CHISON", ["ECO 3", "SonoBook 9"]),
}
MG_MAKE = {"hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "Lorad Selenia"]), "ge_mg": ("GE MEDICAL SYSTEMS", ["Senographe DS", "Senographe Essential"]),
           "fuji_mg": ("FUJIFILM Corporation", ["AMULET Innovality", "FDR MS-2500"])}
RF_MAKE = {"shimadzu": ("SHIMADZU Corporation", ["FLEXAVISION", "SONIALVISION G4"]), "philips_rf": ("Philips Medical Systems", ["EasyDiagnost Eleva"]),
           "siemens_rf": ("SIEMENS", ["Luminos dRF", "Luminos Agile"])}
DENT_MAKE = {"vatech": ("VATECH", ["PaX-i", "PaX-i3D Green"]), "carestream_dent": ("Carestream Health", ["CS 8100", "CS 9300"]),
             "planmeca": ("Planmeca", ["ProMax", "ProX"])}

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        self.lang = rng.choice(self.cfg["langs"])
        self.base = BASE[self.lang]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def T(cx, **by):
    """The site's phrasing in its language (mixed-language codes fall back to their base, then English)."""
    got = by.get(cx.lang, by.get(cx.base, by["en"]))
    return cx.c(got) if isinstance(got, list) else got


def case(cx, text):
    return text.upper() if cx.p(cx.cfg["upper"]) else text


def ascii_fold(text):
    table = str.maketrans("àâäáãçéèêëíìîïóòôöõúùûüÀÂÁÃÇÉÈÊÍÓÔÕÚ", "aaaaaceeeeiiiiooooouuuuAAAACEEEIOOOU")
    return text.translate(table)


def order(cx, text):
    """A hand-typed RIS exam name: upper-cased on many consoles, accents dropped on some."""
    text = case(cx, text)
    if cx.p(0.3):
        text = ascii_fold(text)
    return text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def part(cx, code, extra=0.2):
    """(name, gender) of a limb part in the exam's base language."""
    names = PART[cx.base][code]
    n = cx.c(names) if cx.p(extra) and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def side_word(cx, s, gender="m", lang=None, abbr=None):
    full, ab = SIDE[lang or cx.lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab)
    return full[gender] if isinstance(full, dict) else cx.c(full)


def reg(cx, key):
    return REG[cx.base][key]


def local_ax(cx, key, text):
    """A sw/am/rw order adds the local word for the region now and then."""
    if cx.lang in LOCAL_AX and key in LOCAL_AX[cx.lang] and cx.p(0.75):
        w = LOCAL_AX[cx.lang][key]
        return cx.c([f"{text} ({w})", f"{w} {text}", f"{text} - {w}"])
    return text


def bpe(cx, meta, good, alt=None, p_missing=0.32, p_alt=0.12):
    """BodyPartExamined as the consoles fill it: often missing, sometimes coarse or left on the wrong menu."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def xr_meta(cx, desc, view=None, dev=None, **kw):
    dev = dev or cx.c(cx.cfg["xr"])
    make, models, mod = XR_MAKE[dev]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def xr_desc(cx, dev, en_name, view):
    """A plain-film series description as each console writes its menu item."""
    if dev.startswith("fuji"):
        return f"{en_name.upper()} {view.replace('AP', 'A-P').replace('PA', 'P-A')}"
    if dev.startswith("agfa"):
        return f"{en_name.capitalize()} {view.lower().replace('ap', 'a.p.').replace('pa', 'p.a.').replace('lat', 'lat.')}"
    if dev.startswith("philips"):
        return f"{en_name.capitalize()} {view.lower()}"
    if dev.startswith("siemens"):
        return f"{en_name.capitalize()} {view.lower()}"
    return f"{en_name.upper()} {view}"


EN_LIMB = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "HIP": "HIP", "ANKLE": "ANKLE", "FOOT": "FOOT", "HAND": "HAND", "WRIST": "WRIST",
           "ELBOW": "ELBOW", "FOREARM": "FOREARM", "ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "TIB FIB"}
LIMB_VIEWS = {"KNEE": ["AP", "LAT"], "SHOULDER": ["AP", "AXIAL", "Y VIEW"], "HIP": ["AP", "LAT"], "ANKLE": ["AP", "LAT", "MORTISE"],
              "FOOT": ["DP", "OBL", "LAT"], "HAND": ["PA", "OBL"], "WRIST": ["PA", "LAT"], "ELBOW": ["AP", "LAT"], "FOREARM": ["AP", "LAT"],
              "ARM": ["AP", "LAT"], "THIGH": ["AP", "LAT"], "LEG": ["AP", "LAT"]}
VIEWPOS = {"AP": "AP", "PA": "PA", "LAT": "LL", "DP": "AP", "OBL": None, "AXIAL": None, "Y VIEW": None, "MORTISE": "AP"}


def limb_order(cx, code, side, extra=0.25):
    """A limb exam name in the site's words: 'XR RT KNEE AP/LAT', 'Rx genou gauche', 'X-RAY GOTI KULIA'..."""
    name, g = part(cx, code, extra)
    sw = side_word(cx, side, g)
    views = "/".join(LIMB_VIEWS[code][:2])
    lang = cx.lang
    if lang == "en":
        f = cx.c([f"XR {sw} {name} {views}", f"X-RAY {sw} {name}", f"{sw} {name} X-RAY", f"XRAY {name} ({sw})", f"X-RAY OF THE {sw} {name}",
                  f"{name} {views} {sw}", f"Plain film {name}, {sw}"])
    elif lang == "fr":
        art = "de l'" if name[0] in "aeéiou" else ("du " if g == "m" else "de la ")
        f = cx.c([f"Rx {name} {sw}", f"Radiographie {art}{name} {sw}",
                  f"RX {name.upper()} {sw.upper()} F+P", f"Radio {name} {sw} face/profil"])
    elif lang == "pt":
        f = cx.c([f"Rx {name} {sw}", f"RX DO {name.upper()} {sw.upper()}" if g == "m" else f"RX DA {name.upper()} {sw.upper()}",
                  f"Radiografia {name} {sw} AP/perfil", f"RX {name} {sw} 2 incid."])
    elif lang == "af":
        f = cx.c([f"X-straal {name} {sw}", f"{sw.capitalize()} {name} X-straal", f"XR {name} {sw}"])
    else:
        en = PART["en"][code][0]
        loc = PART[lang].get(code)
        ln = f"{en} ({loc[0]})" if loc and cx.p(0.6) else en
        if lang == "rw" and cx.p(0.5):
            fn = PART["fr"][code][0].split("|")[0]
            ln = f"{fn} ({loc[0]})" if loc else fn
            f = cx.c([f"Rx {ln} {sw}", f"RADIO {ln.upper()} {sw.upper()}"])
        else:
            f = cx.c([f"X-RAY {ln} {sw}", f"XRAY {sw} {ln}", f"{ln} {views} {sw}"])
    return order(cx, f), sw


def vendor_bpe_limb(code):
    good = {"ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "LEG", "FOREARM": "FOREARM"}.get(code, code)
    alt = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "CLAVICLE", "CHEST"], "ANKLE": ["FOOT", "EXTREMITY"],
           "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
           "HAND": ["WRIST", "FINGER"], "THIGH": ["LEG", "HIP", "EXTREMITY"], "LEG": ["KNEE", "EXTREMITY", "ANKLE"],
           "FOREARM": ["ARM", "WRIST"], "ARM": ["SHOULDER", "ARM"]}[code]
    return good, alt


def limb_xr(cx, code, side, why, sd=None, extra_views=0):
    """One limb radiograph exam: views as series, side in the order (and a tag now and then)."""
    if sd is None:
        sd, _sw = limb_order(cx, code, side)
    dev = cx.c(cx.cfg["xr"])
    good, alt = vendor_bpe_limb(code)
    ser = []
    for v in LIMB_VIEWS[code][:2 + extra_views]:
        en = cx.c([EN_LIMB[code], PART["en"][code][0]]) if code != "LEG" else cx.c(["TIB FIB", "TIBIA FIBULA", "LOWER LEG"])
        m = xr_meta(cx, xr_desc(cx, dev, en, v), VIEWPOS.get(v), dev=dev)
        if dev.startswith("fuji") and cx.p(0.6):
            m["AcquisitionDeviceProcessingDescription"] = f"{en.split()[0]},{v.replace(' ', '')}"
        if cx.p(0.22):
            m["Laterality" if m["Modality"] == "CR" else cx.c(["Laterality", "ImageLaterality"])] = side
        if cx.p(0.08):
            m["BodyPartExamined"] = "CHEST"  # the console was left on the chest menu
        else:
            bpe(cx, m, good, alt)
        ser.append(S(m, [code], side, why))
    return sd, ser


# ---------------------------------------------------------------- CT and MR series

def ct_meta(cx, desc, kernel=None, thick=None, proto=None, **kw):
    make, models = CT_MAKE[cx.cfg["ct"]]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    if proto:
        m["ProtocolName"] = proto
    m.update(kw)
    return m


# region keys: head, neck, chest, abd, abdpelv, cap, wb, c, l, sinus, face
CT_WORD = {
    "ge": {"head": "HEAD", "neck": "NECK", "chest": "CHEST", "abd": "ABDOMEN", "abdpelv": "ABD/PEL", "cap": "CH/ABD/PEL", "wb": "TRAUMA",
           "c": "C-SPINE", "l": "L-SPINE", "sinus": "SINUS", "face": "FACIAL BONES", "kub": "KUB STONE", "cta": "CTA", "pelvis": "PELVIS"},
    "siemens": {"head": "Head", "neck": "Neck", "chest": "Thorax", "abd": "Abdomen", "abdpelv": "AbdomenPelvis", "cap": "ThoraxAbdomen",
                "wb": "Polytrauma", "c": "C-Spine", "l": "L-Spine", "sinus": "Sinus", "face": "Face", "kub": "Urolithiasis", "cta": "Angio",
                "pelvis": "Pelvis"},
    "philips": {"head": "Brain", "neck": "Neck", "chest": "Chest", "abd": "Abdomen", "abdpelv": "Abdomen-Pelvis", "cap": "Chest-Abdomen",
                "wb": "Trauma", "c": "C-Spine", "l": "L-Spine", "sinus": "Sinus", "face": "Facial", "kub": "KUB", "cta": "CTA", "pelvis": "Pelvis"},
    "toshiba": {"head": "HEAD", "neck": "NECK", "chest": "CHEST", "abd": "ABDOMEN", "abdpelv": "ABD-PELVIS", "cap": "CHEST-ABD-PELVIS",
                "wb": "TRAUMA", "c": "C-SPINE", "l": "L-SPINE", "sinus": "SINUS", "face": "FACE", "kub": "KUB", "cta": "CTA", "pelvis": "PELVIS"},
    "neusoft": {"head": "Head", "neck": "Neck", "chest": "Chest", "abd": "Abdomen", "abdpelv": "Abdomen+Pelvis", "cap": "Chest+Abdomen",
                "wb": "Trauma", "c": "C-Spine", "l": "L-Spine", "sinus": "Sinus", "face": "Facial", "kub": "KUB", "cta": "CTA", "pelvis": "Pelvis"},
    "uih": {"head": "Head", "neck": "Neck", "chest": "Chest", "abd": "Abdomen", "abdpelv": "Abdomen_Pelvis", "cap": "Chest_Abdomen_Pelvis",
            "wb": "Trauma", "c": "C_Spine", "l": "L_Spine", "sinus": "Sinus", "face": "Face", "kub": "KUB", "cta": "CTA", "pelvis": "Pelvis"},
}
CT_WORD["canon"] = CT_WORD["toshiba"]


def ct_scout(cx, key, named=0.35):
    """The planning image of a CT: named without its region on most scanners."""
    v = cx.cfg["ct"]
    w = CT_WORD[v][key]
    d = {"ge": cx.c(["Scout", "SCOUT", "Scout AP/LAT"]), "siemens": cx.c(["Topogram  0.6  T20s", "Topogram 0.6 T20f", "Topogram"]),
         "philips": "Surview", "toshiba": "Scanogram", "canon": "Scanogram", "neusoft": cx.c(["Topo", "Topo AP"]), "uih": "Topogram"}[v]
    proto = None
    if cx.p(named):
        proto = {"ge": f"{w} ROUTINE", "siemens": f"{w}Routine", "philips": f"{w}", "toshiba": f"{w}", "canon": f"{w}",
                 "neusoft": f"{w} Routine", "uih": f"{w}_Routine"}[v]
    return ct_meta(cx, d, proto=proto, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")


def ct_recon(cx, key, kind="soft", named=0.55):
    """One reconstruction, named as the vendor names it: with or without its region."""
    v = cx.cfg["ct"]
    w = CT_WORD[v][key]
    thick = cx.c(["5", "5", "2.5", "1.25", "3", "1"]) if v == "ge" else cx.c(["5", "3", "1", "1.5", "2", "0.75"])
    if v == "ge":
        k = {"soft": "STANDARD", "bone": "BONE", "lung": "LUNG", "brain": "SOFT"}[kind]
        d = f"{thick}mm {k[:4] if k != 'STANDARD' else 'STND'}" if not cx.p(named) else f"{w} {thick}mm {k.capitalize()}"
    elif v == "siemens":
        k = {"soft": cx.c(["B30s", "B31f", "Br40"]), "bone": cx.c(["B70s", "H70h", "Br64"]), "lung": cx.c(["B70f", "B60s", "Bl57"]),
             "brain": cx.c(["H31s", "H30s", "Hr38"])}[kind]
        d = f"{w}  {thick}  {k}" if cx.p(named) else f"{thick}  {k}"
    elif v == "philips":
        k = {"soft": "B", "bone": "YB", "lung": "L", "brain": "UB"}[kind]
        d = f"{w} {thick}mm" if cx.p(named) else cx.c([f"iDose (3) {k}", f"{thick}mm {k}", f"Axial {thick}"])
    elif v in ("toshiba", "canon"):
        k = {"soft": "FC08", "bone": "FC30", "lung": "FC52", "brain": "FC26"}[kind]
        d = f"{w}  {thick}  {k}" if cx.p(named) else cx.c([f"AXIAL {thick}", f"{thick}  {k}", f"Vol. {thick}"])
    elif v == "neusoft":
        k = {"soft": "F20", "bone": "F60", "lung": "F70", "brain": "H20"}[kind]
        d = f"{w} {thick}mm {k}" if cx.p(named) else cx.c([f"Axial {thick}mm", f"{thick}mm {k}", "Recon 2"])
    else:
        k = {"soft": "B_SOFT_B", "bone": "B_SHARP_C", "lung": "L_SHARP_B", "brain": "H_SOFT_C"}[kind]
        d = f"{w} {thick}mm {k}" if cx.p(named) else cx.c([f"{thick}mm {k}", f"Recon {thick}mm", "Axial"])
    m = ct_meta(cx, d, kernel=k, thick=thick)
    if cx.p(0.2):
        m["ImageType"] = cx.c(["ORIGINAL\\PRIMARY\\AXIAL", "DERIVED\\SECONDARY\\REFORMATTED"])
    return m


def ct_page(cx):
    v = cx.cfg["ct"]
    d = {"ge": "Dose Report", "siemens": "Patient Protocol", "philips": "Dose Info", "toshiba": "Dose Info", "canon": "Dose Info",
         "neusoft": "Dose Report", "uih": "Dose Report"}[v]
    return {"Modality": "CT" if v != "neusoft" else "OT", "Manufacturer": CT_MAKE[v][0], "SeriesDescription": d,
            "ImageType": "DERIVED\\SECONDARY\\OTHER"}


CT_BPE = {"head": ("HEAD", ["BRAIN", "SKULL"]), "neck": ("NECK", ["HEADNECK"]), "chest": ("CHEST", ["LUNG", "THORAX"]),
          "abd": ("ABDOMEN", ["ABDOMEN"]), "abdpelv": ("ABDOMEN", ["ABDOMENPELVIS", "PELVIS"]), "cap": ("CHEST", ["ABDOMEN", "THORAXABDOMEN"]),
          "wb": ("WHOLEBODY", ["HEAD", "CHEST"]), "c": ("CSPINE", ["NECK", "SPINE"]), "l": ("LSPINE", ["SPINE", "ABDOMEN"]),
          "sinus": ("HEAD", ["SINUS"]), "face": ("HEAD", ["FACE"]), "kub": ("ABDOMEN", ["KIDNEY", "PELVIS"]), "pelvis": ("PELVIS", ["ABDOMEN"]),
          "cta": ("CHEST", ["ABDOMEN", "AORTA"])}


def ct_exam(cx, key, labels, why, recons=("soft",), contrast=None, extra_named=0.55):
    """A CT study: scout, recons, dose page (sibling, never labelled here)."""
    ser = [S(ct_scout(cx, key), labels, None, why + "; planning image of the exam")]
    for k in recons:
        ser.append(S(ct_recon(cx, key, k, extra_named), labels, None, why))
    if contrast:
        for s in ser[1:]:
            if cx.p(0.7):
                s["meta"]["ContrastBolusAgent"] = contrast
    good, alt = CT_BPE[key]
    for s in ser:
        bpe(cx, s["meta"], good, alt)
    ser.append(S(ct_page(cx), [], None, "CT dose page: text, no anatomy", img=False))
    return ser


def mr_meta(cx, desc, seqname=None, scan=None, **kw):
    make, models = MR_MAKE[cx.cfg["mr"]]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if seqname:
        m["SequenceName"] = seqname
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


# sequences per vendor: localizer, then (name, sequence name, scanning sequence)
MR_SEQS = {
    "ge": ("3-Plane Loc", [("Sag T2 FSE", "fse", "SE"), ("Ax T1 SE", "se", "SE"), ("Ax T2 FLAIR", "fse_ir", "SE\\IR"), ("Ax DWI", "epi", "EP"),
                           ("Cor STIR", "fse_ir", "SE\\IR"), ("Ax T2 FRFSE", "frfse", "SE"), ("Sag T1 FSE", "fse", "SE")]),
    "siemens": ("localizer", [("t2_tse_sag", "*tse2d1_15", "SE"), ("t1_tse_tra", "*tse2d1_3", "SE"), ("t2_tirm_tra_dark-fluid", "*tir2d1_16", "SE\\IR"),
                              ("ep2d_diff_3scan_trace", "*ep_b1000t", "EP"), ("t2_tirm_cor", "*tir2d1_11", "SE\\IR"), ("t2_tse_tra", "*tse2d1_15", "SE"),
                              ("t1_tse_sag", "*tse2d1_3", "SE")]),
    "philips": ("Survey", [("T2W_TSE_SAG", None, "SE"), ("T1W_SE_TRA", None, "SE"), ("T2W_FLAIR_TRA", None, "SE\\IR"), ("DWI_TRA", None, "EP"),
                           ("STIR_COR", None, "SE\\IR"), ("T2W_TSE_TRA", None, "SE"), ("T1W_TSE_SAG", None, "SE")]),
    "toshiba": ("Locator", [("T2W SAG", None, "SE"), ("T1W AX", None, "SE"), ("FLAIR AX", None, "SE\\IR"), ("DWI AX", None, "EP"),
                            ("STIR COR", None, "SE\\IR"), ("T2W AX", None, "SE"), ("T1W SAG", None, "SE")]),
    "hitachi": ("Scanogram", [("T2W_FSE SAG", None, "SE"), ("T1W_SE AX", None, "SE"), ("FLAIR AX", None, "SE\\IR"), ("DWI AX", None, "EP"),
                              ("STIR COR", None, "SE\\IR"), ("T2W_FSE AX", None, "SE"), ("T1W_SE SAG", None, "SE")]),
}


def mr_exam(cx, labels, why, proto, lat=None, n=3, pick=None, good=None, alt=None):
    loc, seqs = MR_SEQS[cx.cfg["mr"]]
    ser = [S(mr_meta(cx, loc, None, "GR"), labels, lat, why + "; localizer of the exam")]
    chosen = pick if pick else cx.rng.sample(seqs, n)
    for d, sn, sc in chosen:
        ser.append(S(mr_meta(cx, d, sn, sc), labels, lat, why + "; sequence-only name"))
    for s in ser:
        if cx.p(0.55):
            s["meta"]["ProtocolName"] = proto
        bpe(cx, s["meta"], good, alt)
    return ser


def us_meta(cx, desc=None, preset=None, **kw):
    make, models = US_MAKE[cx.c(cx.cfg["us"])]
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    if preset and cx.p(0.5):
        m["ProtocolName"] = preset
    m.update(kw)
    return m


def us_exam(cx, labels, lat, why, presets, good=None, alt=None, n=(1, 2)):
    ser = []
    for _ in range(cx.rng.randint(*n)):
        desc = cx.c(presets + [None, None])
        m = us_meta(cx, desc, cx.c(presets))
        if cx.p(0.3):
            m["ImageType"] = "ORIGINAL\\PRIMARY\\ABDOMINAL" if "ABDOMEN" in labels else "ORIGINAL\\PRIMARY"
        bpe(cx, m, good, alt, p_missing=0.36)
        ser.append(S(m, labels, lat, why))
    return ser


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

FRACTURE_PARTS = ["LEG"] * 4 + ["FOREARM"] * 3 + ["THIGH"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["ELBOW"] * 2 + ["SHOULDER"] * 2 + \
                 ["HAND"] * 2 + ["FOOT"] * 2 + ["ARM"] * 2 + ["KNEE"] * 2 + ["HIP"] * 2


def trauma(cx):
    k = cx.c(["limb"] * 9 + ["cthead"] * 3 + ["cspine", "headc", "pan", "pan", "pan", "fast", "pelvis", "face", "cxr", "ribs", "check"])
    if k in ("limb", "check"):
        code = cx.c(FRACTURE_PARTS)
        side = cx.c("LR")
        if k == "check":
            name, g = part(cx, code, 0.1)
            sw = side_word(cx, side, g)
            sd = order(cx, T(cx, en=[f"CHECK X-RAY {sw} {name} IN POP", f"POST REDUCTION {sw} {name}", f"{name} {sw} - CHECK FILM"],
                             fr=[f"Rx contrôle {name} {sw} sous plâtre", f"Radio de contrôle post-réduction {name} {sw}"],
                             pt=[f"Rx controlo {name} {sw} pós-redução", f"RX {name} {sw} c/ gesso (controlo)"],
                             af=[f"Kontrole X-straal {name} {sw} in gips"]))
            return limb_xr(cx, code, side, f"check film of a {code.lower()} fracture, side from the order ({sw})", sd)
        sd, sw = limb_order(cx, code, side)
        if cx.p(0.3):
            sd = order(cx, sd + T(cx, en=[" (RTA)", " - RTA", " ?#", " TRAUMA"], fr=[" (AVP)", " traumatisme"], pt=[" (acidente de viação)", " trauma"]))
        return limb_xr(cx, code, side, f"{code.lower()} radiograph after trauma, side from the order ({sw})", sd, extra_views=cx.c([0, 0, 1]))
    if k == "cthead":
        sd = order(cx, local_ax(cx, "head", T(cx, en=["CT BRAIN NON CONTRAST", "CT HEAD (RTA)", "CT SCAN BRAIN - RTA", "NCCT HEAD", "CT HEAD PLAIN"],
                                                fr=["TDM cérébrale sans injection", "Scanner cérébral (AVP)", "TDM CRANIO-ENCEPHALIQUE"],
                                                pt=["TC crânio-encefálica s/ contraste", "TAC CRANIO (acidente de viação)"],
                                                af=["CT brein sonder kontras", "CT kop (MVA)"])))
        return sd, ct_exam(cx, "head", ["HEAD"], "head CT after trauma", recons=("brain", "bone"))
    if k == "cspine":
        sd = order(cx, T(cx, en=["CT CERVICAL SPINE", "CT C-SPINE (RTA)", "CT C/SPINE"], fr=["TDM du rachis cervical", "Scanner rachis cervical (AVP)"],
                         pt=["TC coluna cervical", "TAC COLUNA CERVICAL"], af=["CT servikale werwelkolom"]))
        ser = ct_exam(cx, "c", ["CSPINE"], "cervical spine CT after trauma", recons=("bone", "soft"))
        for s in ser[1:3]:
            if cx.p(0.4):
                s["meta"]["SeriesDescription"] = cx.c(["Sag Bone 2mm", "COR BONE", "MPR Sag"])
                s["meta"]["ImageType"] = "DERIVED\\SECONDARY\\MPR"
        return sd, ser
    if k == "headc":
        sd = order(cx, T(cx, en=["CT HEAD AND C-SPINE", "CT BRAIN + CERVICAL SPINE (RTA)"], fr=["TDM cérébrale et rachis cervical"],
                         pt=["TC crânio e coluna cervical"], af=["CT kop en nek (servikale werwelkolom)"]))
        ser = [S(ct_scout(cx, "head"), ["HEAD", "CSPINE"], None, "planning image spanning head and cervical spine")]
        ser.append(S(ct_recon(cx, "head", "brain"), ["HEAD"], None, "head recon of a head and cervical spine CT"))
        ser.append(S(ct_recon(cx, "c", "bone"), ["CSPINE"], None, "cervical spine recon of a head and cervical spine CT"))
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["HEADNECK", "CSPINE"])
        ser.append(S(ct_page(cx), [], None, "CT dose page", img=False))
        return sd, ser
    if k == "pan":
        sd = order(cx, T(cx, en=["CT PAN SCAN (POLYTRAUMA)", "CT TRAUMA PROTOCOL - WHOLE BODY", "WHOLE BODY CT RTA", "TRAUMA CT HEAD TO PELVIS"],
                         fr=["Body scanner polytraumatisé", "TDM corps entier (polytrauma AVP)"], pt=["TC corpo inteiro politraumatizado", "TAC POLITRAUMA"],
                         af=["CT politrauma (heelliggaam)"]))
        ser = [S(ct_scout(cx, "wb", 0.5), WB, None, "planning image of a head-to-pelvis trauma CT")]
        m = ct_recon(cx, "wb", "soft", 0.7)
        ser.append(S(m, WB, None, "head-to-pelvis trauma CT volume"))
        ser.append(S(ct_recon(cx, "head", "brain", 0.8), ["HEAD"], None, "head recon of the trauma CT"))
        ser.append(S(ct_recon(cx, "cap", "soft", 0.8), CAP, None, "chest-abdomen-pelvis recon of the trauma CT"))
        sp = ct_meta(cx, cx.c(["Spine Sag Bone", "SAG SPINE BONE 2mm", "MPR Spine sag"]), kernel="BONE", ImageType="DERIVED\\SECONDARY\\MPR")
        ser.append(S(sp, WSPINE, None, "whole-spine reformat of the trauma CT"))
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN"], p_missing=0.4, p_alt=0.3)
        ser.append(S(ct_page(cx), [], None, "CT dose page", img=False))
        return sd, ser
    if k == "fast":
        e = cx.p(0.4)
        sd = order(cx, T(cx, en=["eFAST SCAN" if e else "FAST SCAN", "FOCUSED ABDOMINAL SCAN FOR TRAUMA" if not e else "EXTENDED FAST (CHEST/ABDOMEN)"],
                         fr=["Echo FAST" if not e else "E-FAST thoraco-abdominal"], pt=["Ecografia FAST" if not e else "E-FAST toraco-abdominal"]))
        labels = CAP if e else AP_
        return sd, us_exam(cx, labels, None, "trauma focused ultrasound: " + ("pleura, abdomen and pelvis" if e else "abdomen and pelvis"),
                           ["FAST", "Abdomen", "ABD"], "ABDOMEN", ["CHEST"])
    if k == "pelvis":
        sd = order(cx, T(cx, en=["X-RAY PELVIS AP", "PELVIS AP (RTA)", "XR PELVIS"], fr=["Rx bassin de face", "Radio du bassin (AVP)"],
                         pt=["Rx bacia AP", "RX BACIA (trauma)"], af=["X-straal bekken"]))
        m = xr_meta(cx, cx.c(["PELVIS AP", "Pelvis a.p.", "BASSIN FACE", "PELVIS"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS"], None, "trauma pelvis film")]
    if k == "face":
        sd = order(cx, T(cx, en=["X-RAY FACIAL BONES", "MANDIBLE PA/OBL", "XR SKULL AP/LAT", "CT FACIAL BONES"],
                         fr=["Rx massif facial", "Radio mandibule", "Rx crâne face/profil"], pt=["Rx ossos da face", "RX MANDIBULA", "Rx crânio AP/perfil"],
                         af=["X-straal skedel", "X-straal kakebeen"]))
        if sd.upper().startswith("CT"):
            return sd, ct_exam(cx, "face", ["HEAD"], "facial bones CT", recons=("bone",))
        m = xr_meta(cx, cx.c(["SKULL PA", "Skull lat", "MANDIBLE PA", "FACIAL BONES OM", "OM 30", "Mandible obl"]), cx.c(["PA", None]))
        bpe(cx, m, "SKULL", ["HEAD", "CHEST", "FACE"])
        return sd, [S(m, ["HEAD"], None, "skull, face or mandible film: head")]
    if k == "ribs":
        s = cx.c("LR")
        sd = order(cx, T(cx, en=[f"X-RAY {side_word(cx, s, lang='en')} RIBS", "RIBS OBLIQUE", "CHEST/RIBS (RTA)"], fr=[f"Rx grill costal {side_word(cx, s, 'm', 'fr')}"],
                         pt=[f"Rx grelha costal {side_word(cx, s, 'm', 'pt')}"]))
        m = xr_meta(cx, cx.c(["RIBS OBL", "Ribs", "RIBS AP", "Hemithorax"]))
        bpe(cx, m, "CHEST", ["RIBS"])
        return sd, [S(m, ["CHEST"], None, "rib series: ribs fold into chest (no side for chest)")]
    sd = order(cx, local_ax(cx, "chest", T(cx, en=["CHEST X-RAY (RTA)", "CXR AP SUPINE TRAUMA", "CHEST AP"], fr=["Rx thorax (AVP)", "Radio pulmonaire face couché"],
                                          pt=["Rx tórax (trauma)", "RX TORAX AP"], af=["X-straal borskas (MVA)"])))
    m = xr_meta(cx, cx.c(["CHEST AP", "Chest a.p.", "THORAX AP", "CHEST"]), "AP")
    bpe(cx, m, "CHEST", ["THORAX"])
    return sd, [S(m, ["CHEST"], None, "trauma chest film")]


def both_knees(cx):
    sd = order(cx, T(cx, en=["BILATERAL KNEES WEIGHT BEARING", "BOTH KNEES AP STANDING + LAT", "XR KNEES BILAT STANDING"],
                     fr=["Rx genoux bilatéral en charge", "RX DES DEUX GENOUX EN CHARGE"], pt=["Rx joelhos bilateral em carga", "RX AMBOS JOELHOS C/ CARGA"],
                     af=["X-straal beide knieë staande"], sw=["X-RAY BOTH KNEES (MAGOTI) STANDING"], rw=["Rx genoux bilatéral (amavi)"]))
    dev = cx.c(cx.cfg["xr"])
    tag = "Laterality" if XR_MAKE[dev][2] == "CR" else "ImageLaterality"
    ap = xr_meta(cx, cx.c(["KNEES AP STANDING", "Knees a.p. standing", "BILAT KNEE AP", "Knee AP WB"]), "AP", dev=dev)
    if cx.p(0.3):
        ap[tag] = "B"
    ser = [S(ap, ["KNEE"], "B", "standing film of both knees")]
    for s in cx.rng.sample("LR", cx.c([1, 2])):
        m = xr_meta(cx, cx.c(["KNEE LAT", "Knee lat.", "KNEE LATERAL"]), "LL", dev=dev, **{tag: s})
        ser.append(S(m, ["KNEE"], s, "lateral of one knee in a both-knees order (ImageLaterality says which)"))
    for s in ser:
        bpe(cx, s["meta"], "KNEE", ["EXTREMITY", "LEG"])
    return sd, ser


def msk(cx):
    k = cx.c(["limb"] * 4 + ["knees"] * 2 + ["hips", "osteo", "mr", "mr", "lump", "hands", "foot"])
    has_mr = cx.cfg["mr"] is not None
    if k == "knees":
        return both_knees(cx)
    if k == "hips":
        sd = order(cx, T(cx, en=["PELVIS + BOTH HIPS (?AVN)", "X-RAY PELVIS AND HIPS, FROG LEG", "BILATERAL HIPS - SICKLE CELL"],
                         fr=["Rx bassin + hanches (drépanocytose)", "Radio des hanches bilatérale"], pt=["Rx bacia e ancas (anemia falciforme)", "RX ANCAS BILATERAL"],
                         af=["X-straal bekken en beide heupe"], rw=["Rx bassin + hanches bilat."]))
        if has_mr and cx.p(0.5):
            sd = order(cx, T(cx, en=["MRI BOTH HIPS ?AVN", "MRI HIPS BILATERAL"], fr=["IRM des hanches bilatérale (ostéonécrose)"],
                             pt=["RM ancas bilateral (necrose)"], af=["MRI beide heupe"]))
            return sd, mr_exam(cx, ["HIP", "PELVIS"], "MR of both hips: hips and pelvis, both sides", "HIPS", "B", good="HIP", alt=["PELVIS"],
                               pick=[s for s in MR_SEQS[cx.cfg["mr"]][1] if "COR" in s[0].upper() or "TRA" in s[0].upper() or "AX" in s[0].upper()][:3])
        m = xr_meta(cx, cx.c(["PELVIS AP", "Pelvis a.p.", "HIPS AP", "BOTH HIPS FROG LEG"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        return sd, [S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips")]
    if k == "osteo":
        code = cx.c(["LEG", "LEG", "THIGH", "ARM", "FOOT"])
        side = cx.c("LR")
        name, g = part(cx, code, 0.3)
        sw = side_word(cx, side, g)
        sd = order(cx, T(cx, en=[f"X-RAY {sw} {name} ?OSTEOMYELITIS", f"{name} {sw} - CHRONIC OSTEOMYELITIS", f"XR {sw} {name} (DISCHARGING SINUS)"],
                         fr=[f"Rx {name} {sw} ostéomyélite", f"Radio {name} {sw} (ostéite chronique)"], pt=[f"Rx {name} {sw} - osteomielite"],
                         af=[f"X-straal {name} {sw} osteomiëlitis"]))
        return limb_xr(cx, code, side, f"{code.lower()} film for osteomyelitis, side from the order ({sw})", sd)
    if k == "mr" and has_mr:
        code = cx.c(["KNEE", "KNEE", "KNEE", "SHOULDER", "SHOULDER", "ANKLE", "WRIST", "ELBOW", "THIGH", "FOOT"])
        side = cx.c("LR")
        name, g = part(cx, code, 0.1)
        sw = side_word(cx, side, g)
        sd = order(cx, T(cx, en=[f"MRI {sw} {name}", f"MRI {name} ({sw})", f"MR {name} {sw} NON CONTRAST"], fr=[f"IRM {name} {sw}", f"IRM du {name} {sw}"],
                         pt=[f"RM {name} {sw}", f"RMN {name.upper()} {sw.upper()}"], af=[f"MRI {name} {sw}"]))
        v = cx.cfg["mr"]
        seqs = {"ge": [("Cor PD FS", None, "SE"), ("Sag PD FS", None, "SE"), ("Ax PD FS", None, "SE"), ("Cor T1", None, "SE")],
                "siemens": [("pd_tse_fs_cor", "*tse2d1_5", "SE"), ("pd_tse_fs_sag", "*tse2d1_5", "SE"), ("pd_tse_fs_tra", "*tse2d1_5", "SE"), ("t1_tse_cor", "*tse2d1_3", "SE")],
                "philips": [("PDW_SPAIR_COR", None, "SE"), ("PDW_SPAIR_SAG", None, "SE"), ("PDW_SPAIR_TRA", None, "SE"), ("T1W_TSE_COR", None, "SE")],
                "toshiba": [("PD FS COR", None, "SE"), ("PD FS SAG", None, "SE"), ("PD FS AX", None, "SE"), ("T1 SE COR", None, "SE")],
                "hitachi": [("PDW FS COR", None, "SE"), ("PDW FS SAG", None, "SE"), ("STIR AX", None, "SE\\IR"), ("T1W SE COR", None, "SE")]}[v]
        good, alt = vendor_bpe_limb(code)
        ser = mr_exam(cx, [code], f"{code.lower()} MR, side from the order ({sw})", cx.c([EN_LIMB[code], f"{EN_LIMB[code]} ROUTINE", "MSK"]),
                      side, pick=cx.rng.sample(seqs, 3), good=good, alt=alt)
        for s in ser:
            if cx.p(0.15):
                s["meta"]["Laterality"] = side
        return sd, ser
    if k == "lump":
        code = cx.c(["THIGH", "ARM", "FOREARM", "LEG", "SHOULDER", "KNEE", "HAND"])
        side = cx.c("LR")
        name, g = part(cx, code, 0.0)
        sw = side_word(cx, side, g)
        sd = order(cx, T(cx, en=[f"USS {sw} {name} SWELLING", f"SOFT TISSUE SCAN {sw} {name}", f"ULTRASOUND {name} MASS ({sw})"],
                         fr=[f"Echographie des parties molles {name} {sw}", f"Echo {name} {sw} (tuméfaction)"], pt=[f"Ecografia partes moles {name} {sw}"],
                         af=[f"Sonar {name} {sw} (swelsel)"]))
        return sd, us_exam(cx, [code], side, f"soft-tissue ultrasound of the {code.lower()}, side from the order ({sw})",
                           ["Small Parts", "MSK", "SmallPart", "Superficial"], None)
    if k == "hands":
        sd = order(cx, T(cx, en=["BOTH HANDS PA (RA)", "XR HANDS BILATERAL", "X-RAY BOTH HANDS AND WRISTS"], fr=["Rx des deux mains (PR)", "Radio mains bilatérale"],
                         pt=["Rx ambas as mãos", "RX MAOS BILATERAL"], af=["X-straal beide hande"]))
        m = xr_meta(cx, cx.c(["HANDS PA", "Hands p.a.", "BOTH HANDS", "HAND PA"]), "PA")
        if cx.p(0.2):
            m["Laterality" if m["Modality"] == "CR" else "ImageLaterality"] = "B"
        bpe(cx, m, "HAND", ["EXTREMITY", "WRIST"])
        labels = ["HAND", "WRIST"] if "WRIST" in sd.upper() else ["HAND"]
        return sd, [S(m, labels, "B", "one film of both hands")]
    if k == "foot":
        side = cx.c("LR")
        name, g = part(cx, "FOOT", 0.4)
        sw = side_word(cx, side, g)
        sd = order(cx, T(cx, en=[f"X-RAY {sw} FOOT (DIABETIC FOOT)", f"{sw} FOOT ?GOUT", f"XR {name} {sw} - DIABETIC ULCER"], fr=[f"Rx pied {sw} (pied diabétique)"],
                         pt=[f"Rx pé {sw} (pé diabético)"], af=[f"X-straal voet {sw} (diabetes)"]))
        return limb_xr(cx, "FOOT", side, f"foot film, side from the order ({sw})", sd)
    code = cx.c(["KNEE", "SHOULDER", "SHOULDER", "ANKLE", "HIP", "ELBOW", "WRIST", "HAND", "FOOT", "LEG", "THIGH", "ARM", "FOREARM"])
    side = cx.c("LR")
    sd, sw = limb_order(cx, code, side)
    return limb_xr(cx, code, side, f"{code.lower()} radiograph, side from the order ({sw})", sd)


def spine(cx):
    k = cx.c(["ls"] * 4 + ["cs"] * 2 + ["ts", "tl", "mr", "mr", "mr", "ct", "scolio", "sacrum"])
    has_mr = cx.cfg["mr"] is not None
    if k == "mr" and not has_mr:
        k = cx.c(["ls", "ct"])
    if k in ("ls", "cs", "ts", "tl"):
        key = {"ls": "l", "cs": "c", "ts": "t", "tl": "tl"}[k]
        labels = {"ls": ["LSPINE"], "cs": ["CSPINE"], "ts": ["TSPINE"], "tl": ["TSPINE", "LSPINE"]}[k]
        short = {"ls": ["L/S SPINE", "LS SPINE", "LUMBO-SACRAL SPINE", "LUMBAR SPINE"], "cs": ["C/S SPINE", "C-SPINE", "CERVICAL SPINE"],
                 "ts": ["T/S SPINE", "THORACIC SPINE", "DORSAL SPINE"], "tl": ["THORACOLUMBAR SPINE", "T/L SPINE", "DORSOLUMBAR SPINE"]}[k]
        sd = order(cx, local_ax(cx, "l", T(cx, en=[f"X-RAY {cx.c(short)} AP/LAT", f"{cx.c(short)} AP & LAT", f"XR {cx.c(short)}"],
                                             fr=[f"Rx {reg(cx, key)} face/profil", f"RADIO {reg(cx, key).upper()} F+P"],
                                             pt=[f"Rx {reg(cx, key)} AP/perfil", f"RX {reg(cx, key).upper()} 2 INCID."],
                                             af=[f"X-straal {reg(cx, key)}", f"XR {reg(cx, key)} AP/lat"])))
        en = {"ls": "L-SPINE", "cs": "C-SPINE", "ts": "T-SPINE", "tl": "T-L SPINE"}[k]
        ser = []
        for v in ["AP", "LAT"][:cx.c([1, 2])]:
            m = xr_meta(cx, cx.c([f"{en} {v}", f"{en.title()} {v.lower()}", f"SPINE {v}"]), "AP" if v == "AP" else "LL")
            bpe(cx, m, {"ls": "LSPINE", "cs": "CSPINE", "ts": "TSPINE", "tl": "SPINE"}[k], ["SPINE", "CHEST" if k != "ls" else "ABDOMEN"])
            ser.append(S(m, labels, None, "spine film: " + " and ".join(l.lower() for l in labels)))
        return sd, ser
    if k == "mr":
        region = cx.c(["l", "l", "l", "c", "ws", "tl"])
        labels = {"l": ["LSPINE"], "c": ["CSPINE"], "ws": WSPINE, "tl": ["TSPINE", "LSPINE"]}[region]
        en = {"l": ["MRI LUMBOSACRAL SPINE", "MRI L/S SPINE", "MRI LUMBAR SPINE"], "c": ["MRI CERVICAL SPINE", "MRI C-SPINE"],
              "ws": ["MRI WHOLE SPINE", "MRI WHOLE SPINE (?METS)", "MRI SPINE SCREENING"], "tl": ["MRI THORACOLUMBAR SPINE (?POTTS)", "MRI T/L SPINE"]}[region]
        sd = order(cx, T(cx, en=en, fr=[f"IRM {reg(cx, region)}"], pt=[f"RM {reg(cx, region)}"], af=[f"MRI {reg(cx, region)}"]))
        proto = {"l": "L-SPINE", "c": "C-SPINE", "ws": "WHOLE SPINE", "tl": "T-L SPINE"}[region]
        sag = [s for s in MR_SEQS[cx.cfg["mr"]][1] if "SAG" in s[0].upper()]
        ax = [s for s in MR_SEQS[cx.cfg["mr"]][1] if "TRA" in s[0].upper() or "AX" in s[0].upper()][:1]
        return sd, mr_exam(cx, labels, "spine MR: " + " ".join(labels).lower(), proto, pick=sag + ax,
                           good={"l": "LSPINE", "c": "CSPINE", "ws": "SPINE", "tl": "TSPINE"}[region], alt=["SPINE", "ABDOMEN" if region == "l" else "NECK"])
    if k == "ct":
        sd = order(cx, T(cx, en=["CT LUMBAR SPINE", "CT L/S SPINE"], fr=["TDM du rachis lombaire"], pt=["TC coluna lombar"], af=["CT lumbale werwelkolom"]))
        return sd, ct_exam(cx, "l", ["LSPINE"], "lumbar spine CT", recons=("bone", "soft"))
    if k == "scolio":
        sd = order(cx, T(cx, en=["WHOLE SPINE AP/LAT (SCOLIOSIS)", "SCOLIOSIS SERIES ERECT"], fr=["Rx rachis entier debout (scoliose)"],
                         pt=["Rx coluna total (escoliose)"], af=["X-straal hele werwelkolom (skoliose)"]))
        m = xr_meta(cx, cx.c(["FULL SPINE AP", "Whole spine a.p.", "SCOLIOSIS PA", "Stitched Spine"]), "PA", ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "SPINE", ["WHOLESPINE", "CHEST"])
        return sd, [S(m, WSPINE, None, "full-spine scoliosis film")]
    sd = order(cx, T(cx, en=["X-RAY SACRUM AND COCCYX", "COCCYX LAT"], fr=["Rx sacrum-coccyx"], pt=["Rx sacro-cóccix"], af=["X-straal heiligbeen en stuitjie"]))
    m = xr_meta(cx, cx.c(["SACRUM AP", "COCCYX LAT", "Sacrum/Coccyx"]))
    bpe(cx, m, "SACRUM", ["LSPINE", "PELVIS"])
    return sd, [S(m, ["PELVIS"], None, "sacrum and coccyx fold into pelvis")]


def chest(cx):
    k = cx.c(["cxr"] * 7 + ["lat", "apical", "ct", "ct", "us", "visa"])
    if k in ("cxr", "visa", "lat", "apical"):
        why = {"cxr": "chest film", "visa": "pre-employment/visa chest film", "lat": "lateral chest film", "apical": "apical lordotic view for TB"}[k]
        sd = order(cx, local_ax(cx, "chest", T(cx, en=["CHEST X-RAY PA", "CXR PA", "CXR ?PTB", "CHEST PA (GENEXPERT +VE)", "X-RAY CHEST PA VIEW", "CXR - TB SCREENING",
                                                     "CHEST PA/LAT", "CXR F/U PTB"] if k != "visa" else ["CXR - VISA MEDICAL", "CHEST X-RAY (PRE-EMPLOYMENT)", "CXR IMMIGRATION MEDICAL"],
                                              fr=["Radiographie thoracique de face", "Rx thorax face", "RADIO PULMONAIRE (TB)", "Rx thorax F+P"],
                                              pt=["Rx tórax PA", "RX TORAX PA (TB)", "Radiografia do tórax PA e perfil"],
                                              af=["X-straal borskas PA", "Bors X-straal (TB)"])))
        v = {"cxr": "PA", "visa": "PA", "lat": "LAT", "apical": "AP LORDOTIC"}[k]
        m = xr_meta(cx, cx.c([f"CHEST {v}", f"Chest {v.lower()}", f"THORAX {v}", "CHEST", f"Thorax {v.lower()}"]) if k != "apical" else
                    cx.c(["APICAL LORDOTIC", "Chest lordotic", "LORDOTIC VIEW"]), {"PA": "PA", "LAT": "LL"}.get(v))
        if m["Manufacturer"].startswith("FUJI") and cx.p(0.5):
            m["AcquisitionDeviceProcessingDescription"] = cx.c(["CHEST,P-A", "CHEST,PA", "Thorax PA"])
        bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_missing=0.28)
        return sd, [S(m, ["CHEST"], None, why)]
    if k == "ct":
        sd = order(cx, local_ax(cx, "chest", T(cx, en=["HRCT CHEST", "CT CHEST WITH CONTRAST", "CT THORAX"], fr=["TDM thoracique", "Scanner thoracique injecté"],
                                              pt=["TC torácica", "TAC TORAX c/ contraste"], af=["CT borskas"])))
        return sd, ct_exam(cx, "chest", ["CHEST"], "chest CT", recons=("lung", "soft"), contrast=cx.c([None, "Omnipaque 350", "IOPAMIRO 370"]))
    sd = order(cx, T(cx, en=["CHEST USS (?PLEURAL EFFUSION)", "USS CHEST FOR EFFUSION", "PLEURAL SCAN"], fr=["Echographie pleurale"],
                     pt=["Ecografia pleural"], af=["Sonar borskas (pleurale effusie)"]))
    return sd, us_exam(cx, ["CHEST"], None, "pleural ultrasound: chest", ["Lung", "Abdomen", "General"], "CHEST", ["ABDOMEN"])


def neuro(cx):
    has_mr = cx.cfg["mr"] is not None
    k = cx.c(["ct"] * 4 + ["ctc", "ctc"] + (["mr", "mr", "mr"] if has_mr else []) + ["skull"])
    if k in ("ct", "ctc"):
        sd = order(cx, local_ax(cx, "head", T(cx, en=["CT BRAIN", "CT SCAN OF THE BRAIN", "CT BRAIN (?CVA)", "CT BRAIN PLAIN + CONTRAST", "CT HEAD ?SOL"],
                                             fr=["TDM cérébrale", "Scanner cérébral (AVC)", "TDM cérébrale sans et avec injection"],
                                             pt=["TC crânio-encefálica", "TAC CE (AVC)", "TC cerebral com contraste"], af=["CT brein", "CT kop (beroerte)"])))
        return sd, ct_exam(cx, "head", ["HEAD"], "head CT", recons=("brain", "brain") if k == "ct" else ("brain", "soft"),
                           contrast=("Omnipaque 300" if k == "ctc" else None))
    if k == "mr":
        sd = order(cx, T(cx, en=["MRI BRAIN", "MRI BRAIN WITH CONTRAST", "MRI BRAIN (SEIZURES)", "MR HEAD"], fr=["IRM cérébrale", "IRM encéphalique"],
                         pt=["RM crânio-encefálica", "RMN CEREBRAL"], af=["MRI brein"]))
        seqs = [s for s in MR_SEQS[cx.cfg["mr"]][1] if "SAG" not in s[0].upper() and "COR" not in s[0].upper()]
        return sd, mr_exam(cx, ["HEAD"], "brain MR", cx.c(["BRAIN", "Brain routine", "HEAD"]), pick=seqs[:3], good="BRAIN", alt=["HEAD"])
    sd = order(cx, local_ax(cx, "head", T(cx, en=["SKULL AP/LAT", "X-RAY SKULL"], fr=["Rx crâne face/profil"], pt=["Rx crânio AP/perfil"], af=["X-straal skedel"])))
    m = xr_meta(cx, cx.c(["SKULL AP", "Skull lat", "SKULL PA", "Skull"]))
    bpe(cx, m, "SKULL", ["HEAD"])
    return sd, [S(m, ["HEAD"], None, "skull film")]


def headneck(cx):
    k = cx.c(["pns", "pns", "thyroid", "thyroid", "thyroid", "necklump", "stneck", "ctneck", "ctsinus", "orbit", "mastoid"] + (["nmthy"] if cx.cfg["nm"] else []))
    if k == "pns":
        sd = order(cx, T(cx, en=["X-RAY PNS (OM VIEW)", "PARANASAL SINUSES", "PNS OM 30", "SINUSES X-RAY"], fr=["Rx sinus (Blondeau)", "Radio des sinus de la face"],
                         pt=["Rx seios perinasais (Waters)", "RX SPN"], af=["X-straal sinusse"]))
        m = xr_meta(cx, cx.c(["PNS OM", "SINUSES OM", "Sinuses", "OM VIEW", "BLONDEAU"]))
        bpe(cx, m, "SKULL", ["SINUS", "HEAD", "CHEST"])
        return sd, [S(m, ["HEAD"], None, "sinus film: head")]
    if k == "thyroid":
        sd = order(cx, local_ax(cx, "neck", T(cx, en=["THYROID SCAN", "USS THYROID", "NECK USS (GOITRE)", "THYROID ULTRASOUND"],
                                             fr=["Echographie thyroïdienne", "Echo cervicale (goitre)"], pt=["Ecografia da tiróide", "ECO TIROIDE"],
                                             af=["Sonar tiroïed"])))
        return sd, us_exam(cx, ["NECK"], None, "thyroid ultrasound: neck", ["Thyroid", "Small Parts", "SmallPart"], "THYROID", ["NECK", "HEAD"])
    if k == "necklump":
        sd = order(cx, T(cx, en=["USS NECK SWELLING", "NECK LYMPH NODES SCAN"], fr=["Echographie cervicale (adénopathies)"], pt=["Ecografia cervical"],
                         af=["Sonar nek (swelsel)"]))
        return sd, us_exam(cx, ["NECK"], None, "neck ultrasound", ["Small Parts", "Neck"], "NECK", ["HEAD"])
    if k == "stneck":
        sd = order(cx, T(cx, en=["SOFT TISSUE NECK LAT (?FB)", "LATERAL NECK SOFT TISSUE", "STN LAT"], fr=["Rx parties molles du cou profil"],
                         pt=["Rx partes moles do pescoço perfil"], af=["X-straal nek sagteweefsel"]))
        m = xr_meta(cx, cx.c(["NECK LAT", "Soft tissue neck", "STN LAT", "C-SPINE LAT"]), "LL")
        bpe(cx, m, "NECK", ["CSPINE", "CHEST"])
        return sd, [S(m, ["NECK"], None, "lateral soft-tissue neck film")]
    if k == "ctneck":
        sd = order(cx, T(cx, en=["CT NECK WITH CONTRAST", "CT SOFT TISSUE NECK"], fr=["TDM cervicale injectée"], pt=["TC do pescoço c/ contraste"],
                         af=["CT nek met kontras"]))
        return sd, ct_exam(cx, "neck", ["NECK"], "neck CT", contrast="Omnipaque 350")
    if k in ("ctsinus", "orbit"):
        sd = order(cx, T(cx, en=["CT PNS", "CT SINUSES CORONAL", "CT ORBITS"] if k == "ctsinus" else ["CT ORBITS", "CT ORBIT + BRAIN"],
                         fr=["TDM des sinus", "TDM des orbites"], pt=["TC seios perinasais", "TC órbitas"], af=["CT sinusse", "CT oogkasse"]))
        return sd, ct_exam(cx, "sinus", ["HEAD"], "sinus/orbit CT: head", recons=("bone", "soft"))
    if k == "mastoid":
        sd = order(cx, T(cx, en=["X-RAY MASTOIDS", "MASTOID VIEWS (TOWNE)"], fr=["Rx mastoïdes"], pt=["Rx mastóides"], af=["X-straal mastoïed"]))
        m = xr_meta(cx, cx.c(["MASTOIDS", "Towne", "MASTOID LAT OBL"]))
        bpe(cx, m, "SKULL", ["HEAD"])
        return sd, [S(m, ["HEAD"], None, "mastoid films: head")]
    sd = order(cx, T(cx, en=["THYROID SCAN (TC-99M)", "NM THYROID SCINTIGRAPHY"], fr=["Scintigraphie thyroïdienne"], pt=["Cintigrafia tiroideia"]))
    m = {"Modality": "NM", "Manufacturer": cx.c(["SIEMENS NM", "GE MEDICAL SYSTEMS"]), "ManufacturerModelName": cx.c(["Symbia E", "Infinia", "Discovery NM630"]),
         "SeriesDescription": cx.c(["THYROID ANT", "Thyroid Static", "Pinhole ANT"])}
    bpe(cx, m, "THYROID", ["NECK", "HEAD"])
    return sd, [S(m, ["NECK"], None, "thyroid scintigraphy: neck")]


def abdo(cx):
    k = cx.c(["us"] * 5 + ["uspel", "uspel", "kub", "renal", "prostate", "scrotal", "scrotal", "hernia", "axr", "axr", "ctap", "ctkub"] +
             (["mrcp"] if cx.cfg["mr"] in ("siemens", "philips") else []))
    if k == "us":
        sd = order(cx, local_ax(cx, "abd", T(cx, en=["ABDOMINAL SCAN", "USS ABDOMEN", "ABDOMINAL USS (LIVER/GB)", "ULTRASOUND UPPER ABDOMEN", "ABD U/S ?GALLSTONES"],
                                            fr=["Echographie abdominale", "Echo abdominale (foie, VB)", "ECHOGRAPHIE HEPATIQUE"],
                                            pt=["Ecografia abdominal", "ECO ABDOMINAL SUPERIOR", "Ecografia hepato-biliar"], af=["Sonar buik", "Sonar bo-buik"])))
        return sd, us_exam(cx, ["ABDOMEN"], None, "upper abdominal ultrasound", ["Abdomen", "ABD", "Abdomen General", "Liver"], "ABDOMEN", ["ABDOMENPELVIS"])
    if k == "uspel":
        sd = order(cx, T(cx, en=["ABDOMINOPELVIC SCAN", "USS ABDOMEN AND PELVIS", "ABDOMINO-PELVIC ULTRASOUND", "WHOLE ABDOMEN USS"],
                         fr=["Echographie abdomino-pelvienne", "ECHO ABDOMINO-PELVIENNE"], pt=["Ecografia abdomino-pélvica", "ECO ABDOMINO-PELVICA"],
                         af=["Sonar buik en bekken"]))
        return sd, us_exam(cx, AP_, None, "abdomen and pelvis ultrasound", ["Abdomen", "ABD", "Abd/Pelvis"], "ABDOMEN", ["PELVIS"])
    if k == "kub":
        sd = order(cx, T(cx, en=["KUB SCAN", "USS KUB", "ULTRASOUND KIDNEYS, URETERS AND BLADDER"], fr=["Echographie de l'appareil urinaire", "Echo reno-vesicale"],
                         pt=["Ecografia renal e vesical", "ECO APARELHO URINARIO"], af=["Sonar niere en blaas"]))
        return sd, us_exam(cx, AP_, None, "kidneys and bladder ultrasound (KUB): abdomen and pelvis", ["Renal", "Abdomen", "Urology"], "KIDNEY", ["ABDOMEN", "PELVIS"])
    if k == "renal":
        sd = order(cx, T(cx, en=["RENAL SCAN", "USS KIDNEYS", "RENAL ULTRASOUND (CKD)"], fr=["Echographie rénale"], pt=["Ecografia renal"], af=["Sonar niere"]))
        return sd, us_exam(cx, ["ABDOMEN"], None, "renal ultrasound: abdomen", ["Renal", "Abdomen"], "KIDNEY", ["ABDOMEN"])
    if k == "prostate":
        sd = order(cx, T(cx, en=["PROSTATE SCAN (TAS)", "USS PROSTATE", "TRANSRECTAL US PROSTATE"], fr=["Echographie prostatique", "Echo prostate sus-pubienne"],
                         pt=["Ecografia prostática", "ECO PROSTATA SUPRAPUBICA"], af=["Sonar prostaat"]))
        return sd, us_exam(cx, ["PELVIS"], None, "prostate ultrasound: pelvis", ["Prostate", "Urology", "Pelvis"], "PROSTATE", ["PELVIS", "ABDOMEN"])
    if k == "scrotal":
        sd = order(cx, T(cx, en=["SCROTAL SCAN", "TESTICULAR USS", "SCROTAL DOPPLER (?TORSION)", "USS SCROTUM"], fr=["Echographie scrotale", "Echo-doppler testiculaire"],
                         pt=["Ecografia escrotal", "ECO TESTICULAR"], af=["Sonar skrotum"]))
        return sd, us_exam(cx, ["PELVIS"], None, "scrotal ultrasound: pelvis by convention", ["Testis", "Small Parts", "Scrotum"], "SCROTUM", ["PELVIS", "ABDOMEN"])
    if k == "hernia":
        sd = order(cx, T(cx, en=["USS INGUINAL REGION (?HERNIA)", "GROIN SCAN"], fr=["Echographie inguinale"], pt=["Ecografia inguinal"], af=["Sonar lies (breuk)"]))
        return sd, us_exam(cx, ["PELVIS"], None, "groin ultrasound: pelvis", ["Small Parts", "Abdomen"], "PELVIS", ["ABDOMEN"])
    if k == "axr":
        sd = order(cx, local_ax(cx, "abd", T(cx, en=["PLAIN ABDOMEN ERECT AND SUPINE", "AXR ?INTESTINAL OBSTRUCTION", "ABDOMEN X-RAY ERECT/SUPINE", "X-RAY ABDOMEN"],
                                            fr=["ASP debout et couché", "Abdomen sans préparation (ASP)", "Rx ASP (occlusion)"],
                                            pt=["Rx abdómen simples em pé e deitado", "RX ABDOMEN SIMPLES"], af=["X-straal buik staande en lêend"])))
        ser = []
        for v in cx.rng.sample(["ERECT", "SUPINE"], cx.c([1, 2])):
            m = xr_meta(cx, cx.c([f"ABDOMEN {v}", f"Abdomen {v.lower()}", f"ABD {v}", "ASP"]), "AP")
            bpe(cx, m, "ABDOMEN", ["CHEST", "PELVIS"])
            ser.append(S(m, ["ABDOMEN"], None, "plain abdominal film"))
        return sd, ser
    if k == "ctap":
        sd = order(cx, T(cx, en=["CT ABDOMEN AND PELVIS WITH CONTRAST", "CT ABDOMINOPELVIC", "CT ABD/PELVIS TRIPLE CONTRAST"],
                         fr=["TDM abdomino-pelvienne", "Scanner abdomino-pelvien injecté"], pt=["TC abdómen e pélvis", "TAC ABDOMINO-PELVICA c/ contraste"],
                         af=["CT buik en bekken"]))
        return sd, ct_exam(cx, "abdpelv", AP_, "abdomen and pelvis CT", recons=("soft", "soft"), contrast=cx.c(["Omnipaque 350", "Ultravist 370", "Visipaque"]))
    if k == "ctkub":
        sd = order(cx, T(cx, en=["CT KUB (NON CONTRAST)", "CT UROGRAM", "CT IVU"], fr=["Uroscanner", "TDM des voies urinaires sans injection"],
                         pt=["Uro-TC", "TC aparelho urinário s/ contraste"], af=["CT niere, ureters en blaas"]))
        return sd, ct_exam(cx, "kub", AP_, "urinary tract CT (kidneys to bladder): abdomen and pelvis", recons=("soft", "soft"))
    sd = order(cx, T(cx, en=["MRCP", "MRI LIVER + MRCP"], fr=["Cholangio-IRM"], pt=["Colangio-RM"], af=["MRCP"]))
    return sd, mr_exam(cx, ["ABDOMEN"], "MRCP: abdomen", "MRCP", pick=[("3D MRCP", None, "SE"), ("Cor T2 HASTE", None, "SE"), ("Ax T2 FS", None, "SE")],
                       good="ABDOMEN", alt=["LIVER", "PANCREAS"])


def obgyn(cx):
    has_mr = cx.cfg["mr"] is not None
    k = cx.c(["ob"] * 7 + ["early", "early", "pelvic", "pelvic", "pelvic", "follicle", "hsg", "hsg", "doppler"] + (["mrpel"] if has_mr else []))
    if k == "ob":
        sd = order(cx, local_ax(cx, "preg", T(cx, en=["OBSTETRIC SCAN", "OBS USS", "ANOMALY SCAN", "GROWTH SCAN (3RD TRIMESTER)", "BPP", "DATING SCAN",
                                                       "OBSTETRIC ULTRASOUND - TWINS", "OB U/S"],
                                             fr=["Echographie obstétricale", "Echo obstétricale T2 (morphologique)", "ECHO OBSTETRICALE T3", "Echographie de datation"],
                                             pt=["Ecografia obstétrica", "ECO OBSTETRICA 2o TRIMESTRE", "Ecografia morfológica", "ECO OBST. 3o TRIM"],
                                             af=["Obstetriese sonar", "Sonar swangerskap"])))
        return sd, us_exam(cx, ["PELVIS"], None, "obstetric ultrasound: gravid uterus, pelvis by the organ rule", ["OB", "OB 2/3", "OB/GYN", "Obstetrics", "2nd Trim"],
                           "PELVIS", ["ABDOMEN", "OB"], n=(1, 3))
    if k == "early":
        sd = order(cx, local_ax(cx, "preg", T(cx, en=["EARLY PREGNANCY SCAN (TVS)", "TVS ?ECTOPIC", "TRANSVAGINAL SCAN", "T/V SCAN"],
                                             fr=["Echographie endovaginale (GEU?)", "Echo pelvienne endovaginale"], pt=["Ecografia transvaginal", "ECO TV (gravidez ectópica?)"],
                                             af=["Transvaginale sonar"])))
        return sd, us_exam(cx, ["PELVIS"], None, "transvaginal ultrasound: pelvis", ["Early OB", "GYN", "TV", "Gyn"], "PELVIS", ["ABDOMEN"])
    if k == "pelvic":
        sd = order(cx, T(cx, en=["PELVIC SCAN", "PELVIC USS (?FIBROIDS)", "ULTRASOUND PELVIS", "GYNAE SCAN", "PELVIC ULTRASOUND (TAS)"],
                         fr=["Echographie pelvienne", "ECHO PELVIENNE (FIBROME?)"], pt=["Ecografia pélvica", "ECO GINECOLOGICA", "Ecografia pélvica suprapúbica"],
                         af=["Sonar bekken", "Ginekologiese sonar"], sw=["PELVIC SCAN", "USS PELVIS (FIBROIDS)"]))
        return sd, us_exam(cx, ["PELVIS"], None, "pelvic ultrasound", ["GYN", "Gyn", "Pelvis", "OB/GYN"], "PELVIS", ["ABDOMEN", "UTERUS"])
    if k == "follicle":
        sd = order(cx, T(cx, en=["FOLLICULAR TRACKING", "FOLLICLE MONITORING SCAN"], fr=["Monitorage de l'ovulation (écho)"], pt=["Monitorização folicular"],
                         af=["Follikel-monitering"]))
        return sd, us_exam(cx, ["PELVIS"], None, "follicle tracking: ovaries, pelvis", ["GYN", "Gyn", "TV"], "PELVIS", ["OVARY"])
    if k == "hsg":
        sd = order(cx, T(cx, en=["HSG", "HYSTEROSALPINGOGRAM", "HSG (INFERTILITY)"], fr=["Hystérosalpingographie", "HSG"], pt=["Histerossalpingografia", "HSG"],
                         af=["Histerosalpingogram"]))
        if cx.cfg["rf"] and cx.p(0.6):
            make, models = RF_MAKE[cx.cfg["rf"]]
            ser = [S({"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}, ["PELVIS"], None,
                     "hysterosalpingography: pelvis") for d in cx.rng.sample(["HSG", "Spot", "Fluoro", "Pelvis", "Uterus", "Delayed"], 2)]
        else:
            ser = [S(xr_meta(cx, d, "AP"), ["PELVIS"], None, "hysterosalpingography on plain films: pelvis")
                   for d in cx.rng.sample(["PELVIS AP", "CONTROL FILM", "HSG 1", "HSG DELAYED", "Pelvis a.p."], 2)]
        for s in ser:
            bpe(cx, s["meta"], "PELVIS", ["ABDOMEN", "CHEST"], p_missing=0.35, p_alt=0.15)
            if cx.p(0.4):
                s["meta"]["ContrastBolusAgent"] = cx.c(["Urografin", "Lipiodol", "Omnipaque"])
        return sd, ser
    if k == "doppler":
        sd = order(cx, T(cx, en=["OBSTETRIC DOPPLER (UMBILICAL ARTERY)", "OBS DOPPLER - IUGR"], fr=["Echo-doppler obstétrical"], pt=["Doppler obstétrico"],
                         af=["Obstetriese doppler"]))
        return sd, us_exam(cx, ["PELVIS"], None, "obstetric Doppler: pelvis", ["OB", "OB Doppler"], "PELVIS", ["ABDOMEN"])
    sd = order(cx, T(cx, en=["MRI PELVIS (FIBROIDS)", "MRI FEMALE PELVIS"], fr=["IRM pelvienne"], pt=["RM pélvica"], af=["MRI bekken"]))
    return sd, mr_exam(cx, ["PELVIS"], "pelvic MR", "PELVIS", n=3, good="PELVIS", alt=["ABDOMEN"])


def fluoro(cx):
    k = cx.c(["swallow", "swallow", "meal", "ft", "enema", "enema", "ivu", "ivu", "rug", "rug", "mcug", "sinogram", "loop"])
    spec = {
        "swallow": (["NECK", "CHEST"], "barium swallow: pharynx and oesophagus", ["BARIUM SWALLOW", "BA SWALLOW", "CONTRAST SWALLOW"], ["TOGD", "Transit oeso-gastro-duodénal"],
                    ["Trânsito esofágico", "ESOFAGOGRAMA"], ["Barium sluk"], "OESOPHAGUS", ["CHEST", "NECK"]),
        "meal": (["ABDOMEN"], "barium meal: stomach and duodenum", ["BARIUM MEAL", "BA MEAL", "UPPER GI SERIES"], ["TOGD (estomac)", "Transit gastro-duodénal"],
                 ["Trânsito esófago-gastro-duodenal", "RX EGD"], ["Barium maaltyd"], "STOMACH", ["ABDOMEN", "CHEST"]),
        "ft": (AP_, "barium follow-through: small bowel, abdomen and pelvis", ["BARIUM FOLLOW THROUGH", "SMALL BOWEL FOLLOW THROUGH"], ["Transit du grêle"],
               ["Trânsito intestinal"], ["Barium deurvloei"], "ABDOMEN", ["ABDOMEN"]),
        "enema": (AP_, "barium enema: colon, abdomen and pelvis", ["BARIUM ENEMA", "DOUBLE CONTRAST BA ENEMA", "BA ENEMA"], ["Lavement baryté", "Lavement opaque"],
                  ["Clister opaco", "CLISTER OPACO DUPLO CONTRASTE"], ["Barium enema"], "COLON", ["ABDOMEN", "PELVIS"]),
        "ivu": (AP_, "intravenous urogram: kidneys to bladder", ["IVU", "INTRAVENOUS UROGRAPHY", "IVP"], ["UIV", "Urographie intraveineuse"],
                ["Urografia endovenosa", "UIV"], ["IVP"], "ABDOMEN", ["KIDNEY", "PELVIS"]),
        "rug": (["PELVIS"], "retrograde urethrogram: urethra, pelvis", ["RETROGRADE URETHROGRAM", "RUG", "RUG/MCUG (STRICTURE)"], ["Urétrographie rétrograde", "UCRM"],
                ["Uretrografia retrógrada", "URETROCISTOGRAFIA"], ["Retrograde uretrogram"], "PELVIS", ["ABDOMEN"]),
        "mcug": (["PELVIS"], "micturating cystourethrogram: bladder and urethra", ["MCUG", "MICTURATING CYSTOURETHROGRAM"], ["Cystographie mictionnelle"],
                 ["Cistouretrografia miccional"], ["MCUG"], "PELVIS", ["ABDOMEN"]),
        "loop": (AP_, "loopogram through a colostomy: colon", ["LOOPOGRAM", "DISTAL LOOPOGRAM (COLOSTOMY)"], ["Opacification de colostomie"],
                 ["Opacificação por colostomia"], ["Loopogram"], "ABDOMEN", ["COLON"]),
    }
    if k == "sinogram":
        code = cx.c(["THIGH", "LEG", "ARM"])
        side = cx.c("LR")
        name, g = part(cx, code, 0.0)
        sw = side_word(cx, side, g)
        sd = order(cx, T(cx, en=[f"SINOGRAM {sw} {name}", f"FISTULOGRAM {name} ({sw})"], fr=[f"Fistulographie {name} {sw}"], pt=[f"Fistulografia {name} {sw}"],
                         af=[f"Sinogram {name} {sw}"]))
        labels, why, good, alt = [code], f"sinogram of a limb sinus, side from the order ({sw})", vendor_bpe_limb(code)[0], ["EXTREMITY"]
        lat = side
    else:
        labels, why, en, fr, pt, af, good, alt = spec[k]
        sd = order(cx, T(cx, en=en, fr=fr, pt=pt, af=af))
        lat = None
    if cx.cfg["rf"] and cx.p(0.7):
        make, models = RF_MAKE[cx.cfg["rf"]]
        names = {"swallow": ["Oesophagus", "Swallow", "Pharynx LAT", "Fluoro"], "meal": ["Stomach", "Duodenum", "Spot", "Fluoro"],
                 "ivu": ["KUB 15 min", "Control", "Post micturition", "Nephrogram"]}.get(k, ["Spot", "Fluoro", "Image", "Delayed", "Series 1"])
        ser = [S({"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}, labels, lat, why)
               for d in cx.rng.sample(names, 2)]
    else:
        names = {"ivu": ["CONTROL KUB", "5 MIN", "15 MIN", "POST VOID", "ABDOMEN AP"], "swallow": ["CHEST RAO", "OESOPHAGUS", "SWALLOW 1"]}.get(
            k, ["ABDOMEN AP", "FILM 1", "FILM 2", "DELAYED", "PELVIS AP", "POST EVAC"])
        ser = [S(xr_meta(cx, d, "AP"), labels, lat, why + " (films on the plain-film system)") for d in cx.rng.sample(names, 2)]
    for s in ser:
        bpe(cx, s["meta"], good, alt, p_missing=0.35, p_alt=0.2)
        if cx.p(0.35):
            s["meta"]["ContrastBolusAgent"] = cx.c(["Barium sulphate", "Micropaque", "Urografin 76%", "Omnipaque 300", "Telebrix"])
    return sd, ser


def nm_meta(cx, desc, **kw):
    m = {"Modality": "NM", "Manufacturer": cx.c(["SIEMENS NM", "GE MEDICAL SYSTEMS"]), "ManufacturerModelName": cx.c(["Symbia T2", "Symbia E", "Infinia", "Discovery NM630"]),
         "SeriesDescription": desc}
    m.update(kw)
    return m


def onc(cx):
    k = cx.c(["cap", "cap", "cap", "apstag", "npc", "chest", "liver", "rtpelv", "rthn", "rtbreast"] + (["bone", "bone", "bone"] if cx.cfg["nm"] else []) +
             (["pet", "pet", "pet"] if cx.cfg.get("pet") else []) + (["mrcx"] if cx.cfg["mr"] else []))
    if k == "cap":
        sd = order(cx, T(cx, en=["CT CHEST/ABDOMEN/PELVIS (STAGING)", "CT CAP WITH CONTRAST", "STAGING CT TAP", "CT THORAX, ABDOMEN & PELVIS"],
                         fr=["TDM TAP (bilan d'extension)", "Scanner thoraco-abdomino-pelvien"], pt=["TC toraco-abdomino-pélvica (estadiamento)", "TAC TAP"],
                         af=["CT bors, buik en bekken (stadiëring)"]))
        ser = ct_exam(cx, "cap", CAP, "staging CT of chest, abdomen and pelvis", recons=("soft", "lung"), contrast="Omnipaque 350")
        for s in ser:
            if s["img"] and "Lung" in s["meta"].get("SeriesDescription", "") or s["meta"].get("ConvolutionKernel") in ("LUNG", "Bl57", "B70f", "B60s", "L", "FC52", "F70", "L_SHARP_B"):
                s["labels"] = ["CHEST"]
                s["why"] = "lung recon of a staging CT: chest only"
        return sd, ser
    if k == "apstag":
        sd = order(cx, T(cx, en=["CT ABDOMEN/PELVIS (CA CERVIX STAGING)", "CT ABDOMINOPELVIC - COLORECTAL CA"], fr=["TDM abdomino-pelvienne (cancer du col)"],
                         pt=["TC abdómen e pélvis (estadiamento ca colo)"], af=["CT buik en bekken (karsinoom serviks)"]))
        return sd, ct_exam(cx, "abdpelv", AP_, "staging CT of abdomen and pelvis", recons=("soft",), contrast="Omnipaque 350")
    if k == "npc":
        sd = order(cx, T(cx, en=["CT NASOPHARYNX AND NECK", "CT HEAD AND NECK (NPC)"], fr=["TDM cavum et cou"], pt=["TC nasofaringe e pescoço"],
                         af=["CT kop en nek"]))
        return sd, ct_exam(cx, "neck", ["HEAD", "NECK"], "nasopharynx and neck CT: head and neck", recons=("soft", "bone"), contrast="Omnipaque 350")
    if k == "chest":
        sd = order(cx, T(cx, en=["CXR ?METASTASES", "CHEST X-RAY (KAPOSI SARCOMA)"], fr=["Rx thorax (bilan d'extension)"], pt=["Rx tórax (metástases?)"],
                         af=["X-straal borskas (metastases)"]))
        m = xr_meta(cx, cx.c(["CHEST PA", "Chest p.a.", "THORAX PA"]), "PA")
        bpe(cx, m, "CHEST", ["THORAX"])
        return sd, [S(m, ["CHEST"], None, "chest film of an oncology referral")]
    if k == "liver":
        sd = order(cx, T(cx, en=["CT LIVER TRIPHASIC (?HCC)", "TRIPLE PHASE CT LIVER"], fr=["TDM hépatique triphasique (CHC)"], pt=["TC hepática trifásica"],
                         af=["CT lewer driefase"]))
        ser = ct_exam(cx, "abd", ["ABDOMEN"], "liver CT: abdomen", recons=("soft", "soft", "soft"), contrast="Omnipaque 350")
        for s, ph in zip(ser[1:4], ["Arterial", "Portal venous", "Delayed"]):
            if cx.p(0.6):
                s["meta"]["SeriesDescription"] = cx.c([ph, f"{ph} 5mm", ph.upper()])
        return sd, ser
    if k in ("rtpelv", "rthn", "rtbreast"):
        side = cx.c("LR")
        sw = side_word(cx, side, "m" if cx.base != "fr" else "m")
        if k == "rtbreast":
            sd = order(cx, T(cx, en=[f"CT SIMULATION {sw} BREAST", f"RADIOTHERAPY PLANNING CT - {sw} BREAST"], fr=[f"Scanner de simulation sein {side_word(cx, side, 'm')}"],
                             pt=[f"TC de planeamento mama {side_word(cx, side, 'f')}"], af=[f"CT simulasie bors {sw}"]))
            labels, lat, key, why = ["CHEST", "BREAST"], side, "chest", "radiotherapy planning CT of one breast: chest wall and breast, side from the order"
        elif k == "rthn":
            sd = order(cx, T(cx, en=["CT SIM HEAD AND NECK", "RADIOTHERAPY PLANNING - HEAD & NECK"], fr=["Scanner de simulation ORL (tête et cou)"],
                             pt=["TC de planeamento cabeça e pescoço"], af=["CT simulasie kop en nek"]))
            labels, lat, key, why = ["HEAD", "NECK"], None, "neck", "radiotherapy planning CT of head and neck"
        else:
            sd = order(cx, T(cx, en=["CT SIMULATION PELVIS (CA CERVIX)", "RT PLANNING CT PELVIS", "CT SIM PELVIS"], fr=["Scanner de simulation pelvis (col utérin)"],
                             pt=["TC de planeamento pélvis (colo do útero)"], af=["CT simulasie bekken"]))
            labels, lat, key, why = ["PELVIS"], None, "pelvis", "radiotherapy planning CT of the pelvis"
        ser = [S(ct_scout(cx, key), labels, lat, why + "; planning image"), S(ct_recon(cx, key, "soft", 0.3), labels, lat, why)]
        for s in ser:
            s["meta"]["ManufacturerModelName"] = cx.c(["Brilliance CT Big Bore", "SOMATOM Confidence", "Optima CT580 RT"])
            bpe(cx, s["meta"], {"chest": "BREAST", "neck": "HEADNECK", "pelvis": "PELVIS"}[key], ["CHEST", "ABDOMEN"])
            if lat and cx.p(0.3):
                s["meta"]["Laterality"] = lat
        return sd, ser
    if k == "bone":
        sd = order(cx, T(cx, en=["BONE SCAN (WHOLE BODY)", "NM WHOLE BODY BONE SCINTIGRAPHY", "TC-99M MDP BONE SCAN"], fr=["Scintigraphie osseuse corps entier"],
                         pt=["Cintigrafia óssea corpo inteiro"], af=["Beenskandering heelliggaam"]))
        ser = [S(nm_meta(cx, cx.c(["WB ANT/POST", "Whole Body", "WHOLEBODY", "Bone WB"])), WB, None, "whole-body bone scan")]
        if cx.p(0.5):
            ser.append(S(nm_meta(cx, cx.c(["SPOT PELVIS", "Static Pelvis"])), ["PELVIS"], None, "static view of the pelvis in a bone scan"))
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["BONE", "SKELETON"], p_missing=0.45)
        return sd, ser
    if k == "pet":
        sd = order(cx, T(cx, en=["PET/CT WHOLE BODY (FDG)", "FDG PET-CT SKULL BASE TO MID THIGH", "PSMA PET/CT"], af=["PET/CT heelliggaam"]))
        make = cx.c([("SIEMENS", "Biograph mCT"), ("GE MEDICAL SYSTEMS", "Discovery MI")])
        ser = [S({"Modality": "PT", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": d}, WB, None, "whole-body PET")
               for d in cx.rng.sample(["PET WB AC", "PET AC", "WB 3D MAC", "PET NAC", "MIP"], 2)]
        ser.append(S({"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": make[1],
                      "SeriesDescription": cx.c(["CT WB 5mm", "CTAC 3.75 Thick", "WB CT 3.0 B31f"])}, WB, None, "CT of a whole-body PET/CT"))
        ser.append(S({"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": make[1], "SeriesDescription": cx.c(["Lung 1.5 B70f", "Chest Lung 1.25"])},
                     ["CHEST"], None, "lung recon of a PET/CT: chest only"))
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["CHEST", "HEAD"], p_missing=0.35, p_alt=0.25)
        ser.append(S(ct_page(cx), [], None, "CT dose page", img=False))
        return sd, ser
    sd = order(cx, T(cx, en=["MRI PELVIS (CA CERVIX STAGING)", "MRI PELVIS - CERVICAL CANCER"], fr=["IRM pelvienne (cancer du col)"], pt=["RM pélvica (ca colo)"],
                     af=["MRI bekken (serviks)"]))
    return sd, mr_exam(cx, ["PELVIS"], "pelvic MR for cervical cancer", "PELVIS", n=3, good="PELVIS", alt=["ABDOMEN"])


def paeds(cx):
    k = cx.c(["cxr", "cxr", "cxr", "baby", "baby", "intus", "ddh", "cranial", "boneage", "elbow", "rickets", "adenoid", "fb", "clubfoot", "axr"])
    if k == "cxr":
        sd = order(cx, local_ax(cx, "chest", T(cx, en=["CXR PAEDS AP", "CHEST X-RAY (CHILD) - PNEUMONIA", "CXR NEONATE"], fr=["Rx thorax enfant", "Radio pulmonaire (nourrisson)"],
                                              pt=["Rx tórax pediátrico", "RX TORAX RN"], af=["X-straal borskas kind"])))
        m = xr_meta(cx, cx.c(["CHEST AP PAED", "Chest a.p. child", "PAED CHEST", "NEONATAL CHEST"]), "AP")
        bpe(cx, m, "CHEST", ["ABDOMEN", "THORAX"])
        return sd, [S(m, ["CHEST"], None, "child's chest film")]
    if k == "baby":
        sd = order(cx, T(cx, en=["BABYGRAM", "CHEST AND ABDOMEN (NEONATE)", "BABYGRAM - NG TUBE POSITION"], fr=["Rx thoraco-abdominal (nouveau-né)"],
                         pt=["Rx toraco-abdominal RN"], af=["Babagram"]))
        m = xr_meta(cx, cx.c(["BABYGRAM", "Chest/Abdomen AP", "NEONATE AP", "Thorax+Abdomen"]), "AP")
        bpe(cx, m, "CHEST", ["ABDOMEN", "WHOLEBODY"], p_missing=0.3, p_alt=0.3)
        return sd, [S(m, ["CHEST", "ABDOMEN"], None, "neonatal chest-and-abdomen film")]
    if k == "intus":
        sd = order(cx, T(cx, en=["ABDOMINAL SCAN ?INTUSSUSCEPTION", "USS ABDOMEN (PYLORIC STENOSIS?)"], fr=["Echographie abdominale (invagination?)"],
                         pt=["Ecografia abdominal (invaginação?)"], af=["Sonar buik (intussusepsie)"]))
        return sd, us_exam(cx, ["ABDOMEN"], None, "child's abdominal ultrasound", ["Abdomen", "Paed Abd", "Bowel"], "ABDOMEN", ["PELVIS"])
    if k == "ddh":
        sd = order(cx, T(cx, en=["USS BOTH HIPS (DDH)", "INFANT HIP ULTRASOUND - BILATERAL"], fr=["Echographie des hanches (dysplasie)"],
                         pt=["Ecografia das ancas (DDA)"], af=["Sonar beide heupe (DDH)"]))
        ser = us_exam(cx, ["HIP"], "B", "infant hip ultrasound of both hips", ["MSK", "Paed Hip", "Hip"], "HIP", ["PELVIS"])
        return sd, ser
    if k == "cranial":
        sd = order(cx, T(cx, en=["CRANIAL USS (NEONATE)", "TRANSFONTANELLE SCAN"], fr=["Echographie transfontanellaire (ETF)"], pt=["Ecografia transfontanelar"],
                         af=["Kraniale sonar"]))
        return sd, us_exam(cx, ["HEAD"], None, "neonatal cranial ultrasound: head", ["Neonatal Head", "Neo Head", "Small Parts"], "HEAD", ["BRAIN"])
    if k == "boneage":
        sd = order(cx, T(cx, en=["BONE AGE (LEFT HAND)", "LEFT HAND AND WRIST FOR BONE AGE"], fr=["Age osseux (main gauche)"], pt=["Idade óssea (mão esquerda)"],
                         af=["Beenouderdom (linkerhand)"]))
        m = xr_meta(cx, cx.c(["HAND PA", "Hand p.a.", "BONE AGE", "HAND/WRIST PA"]), "PA")
        bpe(cx, m, "HAND", ["WRIST"])
        return sd, [S(m, ["HAND", "WRIST"], "L", "bone-age film of the left hand and wrist")]
    if k == "elbow":
        side = cx.c("LR")
        sd, sw = limb_order(cx, "ELBOW", side)
        sd = order(cx, sd + T(cx, en=[" (CHILD) ?SUPRACONDYLAR #", " - PAED"], fr=[" (enfant)"], pt=[" (criança)"]))
        return limb_xr(cx, "ELBOW", side, f"child's elbow film, side from the order ({sw})", sd)
    if k == "rickets":
        sd = order(cx, T(cx, en=["BOTH WRISTS (?RICKETS)", "X-RAY BILATERAL WRISTS AND KNEES - RICKETS"], fr=["Rx poignets bilatéral (rachitisme)"],
                         pt=["Rx punhos bilateral (raquitismo)"], af=["X-straal beide polse (ragitis)"]))
        m = xr_meta(cx, cx.c(["WRISTS PA", "Both wrists", "WRIST AP BILAT"]), "PA")
        bpe(cx, m, "WRIST", ["HAND", "EXTREMITY"])
        return sd, [S(m, ["WRIST"], "B", "one film of both wrists")]
    if k == "adenoid":
        sd = order(cx, T(cx, en=["POST NASAL SPACE LAT (ADENOIDS)", "X-RAY PNS LATERAL - ADENOIDS", "LATERAL NASOPHARYNX"], fr=["Rx cavum de profil (végétations)"],
                         pt=["Rx cavum perfil (adenóides)"], af=["X-straal adenoïede"]))
        m = xr_meta(cx, cx.c(["NASOPHARYNX LAT", "Post nasal space", "SKULL LAT", "ADENOIDS"]), "LL")
        bpe(cx, m, "SKULL", ["NECK", "HEAD"])
        return sd, [S(m, ["HEAD", "NECK"], None, "lateral nasopharynx film for adenoids: head and neck")]
    if k == "fb":
        sd = order(cx, T(cx, en=["FB SERIES (SWALLOWED COIN)", "X-RAY NECK, CHEST AND ABDOMEN ?FOREIGN BODY"], fr=["Rx corps étranger (cou-thorax-abdomen)"],
                         pt=["Rx corpo estranho (pescoço, tórax, abdómen)"], af=["X-straal vreemde voorwerp"]))
        m = xr_meta(cx, cx.c(["FB AP", "Neck/Chest/Abdomen AP", "FOREIGN BODY", "AP"]), "AP")
        bpe(cx, m, "CHEST", ["ABDOMEN", "NECK"], p_missing=0.3, p_alt=0.3)
        return sd, [S(m, ["NECK", "CHEST", "ABDOMEN"], None, "swallowed foreign body film from neck to abdomen")]
    if k == "clubfoot":
        sd = order(cx, T(cx, en=["BOTH FEET AP/LAT (CTEV)", "BILATERAL CLUB FEET"], fr=["Rx des deux pieds (pied bot)"], pt=["Rx ambos os pés (pé boto)"],
                         af=["X-straal beide voete (klompvoet)"]))
        m = xr_meta(cx, cx.c(["FEET AP", "Both feet", "FOOT AP BILAT"]), "AP")
        bpe(cx, m, "FOOT", ["EXTREMITY"])
        return sd, [S(m, ["FOOT"], "B", "one film of both feet")]
    sd = order(cx, T(cx, en=["PAEDS ABDOMEN X-RAY", "AXR CHILD"], fr=["ASP enfant"], pt=["Rx abdómen pediátrico"], af=["X-straal buik kind"]))
    m = xr_meta(cx, cx.c(["ABDOMEN AP", "Abdomen supine child", "PAED ABD"]), "AP")
    bpe(cx, m, "ABDOMEN", ["CHEST"])
    return sd, [S(m, ["ABDOMEN"], None, "child's abdominal film")]


def mg_meta(cx, desc, side, view):
    make, models = MG_MAKE[cx.cfg["mg"]]
    m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc, "ImageLaterality": side,
         "ViewPosition": view}
    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.25, p_alt=0.05)
    return m


def mg_name(cx, side, view):
    v = cx.cfg["mg"]
    if v == "hologic":
        return f"{side} {view}"
    if v == "ge_mg":
        return cx.c([f"{side}{view}", f"{side} {view}"])
    return f"{side}-{view}"


def breast(cx):
    k = cx.c(["screen", "screen", "screen", "diag", "us", "us", "us", "usb", "biopsy", "gyn"] + (["mr"] if cx.cfg["mr"] == "philips" else []))
    if k == "screen":
        sd = order(cx, T(cx, en=["SCREENING MAMMOGRAM", "MAMMOGRAPHY BILATERAL", "BILATERAL MAMMOGRAM", "MAMMOGRAM - SCREENING (PINK OCTOBER)"],
                         fr=["Mammographie bilatérale", "Mammographie de dépistage"], pt=["Mamografia bilateral", "MAMOGRAFIA DE RASTREIO"],
                         af=["Mammogram (sifting)"]))
        ser = [S(mg_meta(cx, mg_name(cx, s, v), s, v), ["BREAST"], s, f"mammogram of one breast, side from ImageLaterality ({s} {v})")
               for s in "RL" for v in ("CC", "MLO")]
        return sd, ser
    if k == "diag":
        side = cx.c("LR")
        sw = side_word(cx, side, "m" if cx.base != "pt" else "f")
        sd = order(cx, T(cx, en=[f"DIAGNOSTIC MAMMOGRAM {sw}", f"{sw} MAMMOGRAM (LUMP)"], fr=[f"Mammographie unilatérale {sw}"],
                         pt=[f"Mamografia unilateral {sw}"], af=[f"Diagnostiese mammogram {sw}"]))
        ser = [S(mg_meta(cx, mg_name(cx, side, v), side, v), ["BREAST"], side, "diagnostic mammogram of one breast") for v in ("CC", "MLO", "XCCL")[:cx.c([2, 3])]]
        return sd, ser
    if k in ("us", "usb", "biopsy", "gyn"):
        side = "B" if k == "usb" else cx.c("LR")
        sw = side_word(cx, side, "m" if cx.base != "pt" else "f")
        if k == "us":
            sd = order(cx, T(cx, en=[f"BREAST USS {sw}", f"USS {sw} BREAST LUMP", f"{sw} BREAST ULTRASOUND"], fr=[f"Echographie mammaire {side_word(cx, side, 'm')}", f"Echo sein {side_word(cx, side, 'm')}"],
                             pt=[f"Ecografia mamária {side_word(cx, side, 'f')}", f"ECO MAMA {side_word(cx, side, 'f').upper()}"], af=[f"Sonar bors {sw}"]))
        elif k == "usb":
            sd = order(cx, T(cx, en=["BREAST SCAN BILATERAL", "USS BOTH BREASTS", "BILATERAL BREAST ULTRASOUND"], fr=["Echographie mammaire bilatérale"],
                             pt=["Ecografia mamária bilateral"], af=["Sonar beide borste"]))
        elif k == "biopsy":
            sd = order(cx, T(cx, en=[f"US GUIDED CORE BIOPSY {sw} BREAST", f"TRUCUT BIOPSY {sw} BREAST MASS"], fr=[f"Microbiopsie écho-guidée sein {side_word(cx, side, 'm')}"],
                             pt=[f"Biópsia ecoguiada mama {side_word(cx, side, 'f')}"], af=[f"Kernbiopsie bors {sw}"]))
        else:
            sd = order(cx, T(cx, en=[f"USS {sw} BREAST (GYNAECOMASTIA)", f"MALE BREAST SCAN {sw}"], fr=[f"Echographie mammaire {side_word(cx, side, 'm')} (gynécomastie)"],
                             pt=[f"Ecografia mamária {side_word(cx, side, 'f')} (ginecomastia)"], af=[f"Sonar bors {sw} (ginekomastie)"]))
        ser = us_exam(cx, ["BREAST"], side, "breast ultrasound, side from the order", ["Breast", "Small Parts", "BREAST"], "BREAST", ["CHEST"])
        for s in ser:
            if side in "LR" and cx.p(0.2):
                s["meta"]["Laterality"] = side
        return sd, ser
    sd = order(cx, T(cx, en=["MRI BOTH BREASTS WITH CONTRAST", "MRI BREASTS (DYNAMIC)"], af=["MRI borste"]))
    return sd, mr_exam(cx, ["BREAST"], "breast MR: both breasts", "BREAST", "B", pick=[("T2W_TSE_TRA", None, "SE"), ("DYN_eTHRIVE", None, "GR"),
                                                                                       ("SUB_DYN", None, "GR")], good="BREAST", alt=["CHEST"])


def vasc(cx):
    k = cx.c(["dvt", "dvt", "dvt", "dvtb", "art", "carotid", "carotid", "renal", "avf", "ctpa", "ctaorta", "ctabrain"] +
             (["runoff", "xaleg", "xacor"] if cx.cfg.get("xa") else []))
    if k in ("dvt", "art", "avf"):
        side = cx.c("LR")
        sw = side_word(cx, side, "m")
        if k == "dvt":
            labels = ["THIGH", "KNEE", "LEG"]
            sd = order(cx, T(cx, en=[f"VENOUS DOPPLER {sw} LOWER LIMB (?DVT)", f"DUPLEX {sw} LEG VEINS", f"{sw} LOWER LIMB DOPPLER ?DVT"],
                             fr=[f"Echo-doppler veineux du membre inférieur {sw}", f"Doppler veineux MI {sw} (TVP?)"],
                             pt=[f"Eco-doppler venoso membro inferior {side_word(cx, side, 'm')}", f"DOPPLER VENOSO MI {side_word(cx, side, 'm').upper()}"],
                             af=[f"Veneuse doppler {sw} been"]))
            why = "venous duplex of one leg, groin to calf"
        elif k == "art":
            labels = ["THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
            sd = order(cx, T(cx, en=[f"ARTERIAL DOPPLER {sw} LOWER LIMB", f"{sw} LEG ARTERIAL DUPLEX (DIABETIC FOOT)"],
                             fr=[f"Echo-doppler artériel du membre inférieur {sw}"], pt=[f"Eco-doppler arterial membro inferior {side_word(cx, side, 'm')}"],
                             af=[f"Arteriële doppler {sw} been"]))
            why = "arterial duplex of one leg, groin to foot"
        else:
            labels = ["ARM", "ELBOW", "FOREARM"]
            sd = order(cx, T(cx, en=[f"AV FISTULA DOPPLER {sw} ARM", f"DOPPLER {sw} UPPER LIMB (AVF)"], fr=[f"Echo-doppler de FAV membre supérieur {sw}"],
                             pt=[f"Doppler FAV membro superior {side_word(cx, side, 'm')}"], af=[f"Doppler AV-fistel {sw} arm"]))
            why = "dialysis fistula duplex of one arm"
        return sd, us_exam(cx, labels, side, why + f", side from the order ({sw})", ["Vascular", "Venous LE", "Arterial", "Vasc"], "LEG", ["EXTREMITY", "LOWER LIMB"])
    if k == "dvtb":
        sd = order(cx, T(cx, en=["BILATERAL LOWER LIMB VENOUS DOPPLER", "DOPPLER BOTH LEGS ?DVT"], fr=["Echo-doppler veineux des membres inférieurs bilatéral"],
                         pt=["Eco-doppler venoso membros inferiores bilateral"], af=["Veneuse doppler beide bene"]))
        return sd, us_exam(cx, ["THIGH", "KNEE", "LEG"], "B", "venous duplex of both legs", ["Vascular", "Venous LE"], "LEG", ["EXTREMITY"])
    if k == "carotid":
        sd = order(cx, T(cx, en=["CAROTID DOPPLER", "CAROTID DUPLEX BILATERAL"], fr=["Echo-doppler des troncs supra-aortiques (TSA)"], pt=["Eco-doppler carotídeo"],
                         af=["Karotis doppler"]))
        return sd, us_exam(cx, ["NECK"], None, "carotid duplex: neck", ["Carotid", "Vascular"], "NECK", ["HEAD"])
    if k == "renal":
        sd = order(cx, T(cx, en=["RENAL ARTERY DOPPLER"], fr=["Echo-doppler des artères rénales"], pt=["Doppler das artérias renais"], af=["Renale arterie doppler"]))
        return sd, us_exam(cx, ["ABDOMEN"], None, "renal artery duplex: abdomen", ["Renal", "Vascular", "Abdomen"], "ABDOMEN", ["KIDNEY"])
    if k == "ctpa":
        sd = order(cx, T(cx, en=["CTPA", "CT PULMONARY ANGIOGRAM"], fr=["Angioscanner thoracique (EP?)"], pt=["Angio-TC pulmonar"], af=["CT pulmonale angiogram"]))
        return sd, ct_exam(cx, "chest", ["CHEST"], "CT pulmonary angiogram: chest", recons=("soft", "lung"), contrast="Omnipaque 350")
    if k == "ctaorta":
        sd = order(cx, T(cx, en=["CT AORTOGRAM (THORACOABDOMINAL)", "CTA AORTA"], fr=["Angioscanner de l'aorte thoraco-abdominale"], pt=["Angio-TC aorta toraco-abdominal"],
                         af=["CT aortogram"]))
        return sd, ct_exam(cx, "cta", CAP, "aortic CTA, arch to bifurcation: chest, abdomen and pelvis", recons=("soft",), contrast="Omnipaque 350")
    if k == "ctabrain":
        sd = order(cx, T(cx, en=["CT ANGIOGRAM BRAIN (CTA)", "CTA CIRCLE OF WILLIS"], fr=["Angioscanner cérébral"], pt=["Angio-TC cerebral"], af=["CT angiogram brein"]))
        return sd, ct_exam(cx, "head", ["HEAD"], "brain CTA: head", recons=("soft",), contrast="Omnipaque 350")
    if k == "runoff":
        sd = order(cx, T(cx, en=["CT ANGIOGRAM LOWER LIMBS (RUN-OFF)", "CTA BILATERAL LOWER LIMB ARTERIES"], af=["CT angiogram beide bene"]))
        labels = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
        ser = ct_exam(cx, "cta", labels, "run-off CTA, renal arteries to feet, both legs", recons=("soft",), contrast="Omnipaque 350")
        for s in ser:
            if s["img"]:
                s["laterality"] = "B"
        return sd, ser
    xa = cx.c([("SIEMENS", "AXIOM-Artis"), ("Philips Medical Systems", "Allura Xper FD20"), ("GE MEDICAL SYSTEMS", "Innova 3100")])
    if k == "xaleg":
        side = cx.c("LR")
        sw = side_word(cx, side, "m")
        sd = order(cx, T(cx, en=[f"PERIPHERAL ANGIOGRAM {sw} LEG", f"{sw} LOWER LIMB ANGIOGRAPHY +/- ANGIOPLASTY"], af=[f"Angiogram {sw} been"]))
        ser = [S({"Modality": "XA", "Manufacturer": xa[0], "ManufacturerModelName": xa[1], "SeriesDescription": d}, ["THIGH", "KNEE", "LEG"], side,
                 f"angiogram runs of one leg, side from the order ({sw})") for d in cx.rng.sample(["SFA", "Popliteal", "Fluoro", "DSA 2fps", "Run 3"], 2)]
        return sd, ser
    sd = order(cx, T(cx, en=["CORONARY ANGIOGRAM", "CARDIAC CATH (LHC)"], af=["Koronêre angiogram"]))
    ser = [S({"Modality": "XA", "Manufacturer": xa[0], "ManufacturerModelName": xa[1], "SeriesDescription": d}, ["CHEST"], None, "coronary angiography: chest")
           for d in cx.rng.sample(["LCA RAO 30 CAU 20", "RCA LAO 30", "Coronary", "LV gram"], 2)]
    return sd, ser


def dental(cx):
    make, models = DENT_MAKE[cx.cfg["dental"]]
    k = cx.c(["opg", "opg", "opg", "io", "io", "ceph", "cbct"])
    if k == "opg":
        sd = order(cx, T(cx, en=["OPG", "ORTHOPANTOMOGRAM", "DENTAL PANORAMIC", "OPG (WISDOM TEETH)"], af=["Panoramiese tandfoto"]))
        m = {"Modality": "PX", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": cx.c(["Panoramic", "PANO", "OPG", "Standard Pan"])}
        bpe(cx, m, "JAW", ["HEAD", "SKULL"], p_missing=0.45)
        return sd, [S(m, ["HEAD"], None, "dental panoramic: head")]
    if k == "io":
        sd = order(cx, T(cx, en=["PERIAPICAL X-RAY", "DENTAL IOPA", "BITEWINGS"], af=["Periapikale tandfoto"]))
        m = {"Modality": "IO", "Manufacturer": make, "ManufacturerModelName": cx.c(["RVG 6200", "ProSensor", "EzSensor"]),
             "SeriesDescription": cx.c(["Intraoral", "PA 36", "BW L", "Periapical"])}
        bpe(cx, m, "JAW", ["TOOTH"], p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "intraoral dental film: head")]
    if k == "ceph":
        sd = order(cx, T(cx, en=["LATERAL CEPHALOGRAM", "CEPH LAT (ORTHO)"], af=["Laterale sefalogram"]))
        m = {"Modality": cx.c(["DX", "PX"]), "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": cx.c(["Ceph LAT", "Cephalometric", "LAT CEPH"])}
        bpe(cx, m, "SKULL", ["HEAD"], p_missing=0.45)
        return sd, [S(m, ["HEAD"], None, "cephalometric film: head")]
    sd = order(cx, T(cx, en=["CBCT MAXILLA/MANDIBLE", "CONE BEAM CT (IMPLANT PLANNING)"], af=["Keëlbundel-CT"]))
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": cx.c(["CBCT", "3D Volume", "Implant 8x8"])}
    bpe(cx, m, "JAW", ["HEAD"], p_missing=0.45)
    return sd, [S(m, ["HEAD"], None, "dental cone-beam CT: head")]


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "sr", "page", "qa", "qa", "ussr"])
    if k == "doc":
        d = T(cx, en=["REQUEST FORM", "Scanned Document", "Consent form", "REFERRAL LETTER"], fr=["Bon de demande", "Demande d'examen scannée"],
              pt=["Requisição", "Pedido de exame digitalizado"], af=["Versoekvorm"])
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": d}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, \
            "dose structured report"
    if k == "ussr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": US_MAKE[cx.c(cx.cfg["us"])][0],
                "SeriesDescription": cx.c(["OB Report", "Measurement Report", "Worksheet"])}, "ultrasound measurement report: no pixels"
    if k == "qa":
        mod = cx.c(["CT", "CR", "DX", "MG"] if cx.cfg["mg"] else ["CT", "CR", "DX"])
        d = {"CT": ["QA PHANTOM", "Daily QA Water", "CTDI PHANTOM", "Calibration"], "CR": ["QC FLAT FIELD", "TEST", "Erase/QC"], "DX": ["Flat Field QC", "DETECTOR CAL", "QA"],
             "MG": ["ACR PHANTOM", "Daily QC Phantom", "Flat Field"]}[mod]
        return {"Modality": mod, "SeriesDescription": cx.c(d), "ImageType": "ORIGINAL\\PRIMARY\\QA", "BodyPartExamined": cx.c(["PHANTOM", "CHEST", "BREAST"])}, \
            "phantom/QA image: no patient"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocol Page", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


FAMILY = {"trauma": trauma, "msk": msk, "spine": spine, "chest": chest, "neuro": neuro, "headneck": headneck, "abdo": abdo, "obgyn": obgyn,
          "fluoro": fluoro, "onc": onc, "paeds": paeds, "breast": breast, "vasc": vasc, "dental": dental}


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a radiographer's typing slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return text
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def truncate(text, n=16):
    """An older worklist mapping keeps n characters; a cut that leaves a lone letter is not kept."""
    cut = text[:n]
    last = cut.replace("/", " ").replace("(", " ").split(" ")[-1]
    return cut if len(last) != 1 else text


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
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                if meta.get("Modality") in ("CR", "DX", "US") and rng.random() < 0.12:
                    meta["PerformedProcedureStepDescription"] = truncate(sd)
                if s["laterality"] is None and "study" not in row and s["img"] and rng.random() < 0.06:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if meta["Modality"] in ("CT", "CR", "DX", "MG") and "QA" in meta.get("ImageType", ""):
                    meta["StudyDescription"] = cx.c(["QA", "DAILY QC", "PHANTOM", "Service"])
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
