"""Writes tests/anatomy/data/clinical_set_21.jsonl: a fortnight of series from French-speaking
hospitals and imaging centres (a French CHU, a French private radiology practice, a Brussels
hospital, a hospital in Romandie, a Quebec university hospital, a Moroccan CHU), labelled blind
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

SEED = 21
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_21.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
VEIN_LEG = ["THIGH", "KNEE", "LEG"]

# ---------------------------------------------------------------- sites
# languages: weights of the language a study is ordered in ("bi": a Belgian bilingual FR / NL
# title, "ar": French with a Darija word typed by the technologist); styles: how the RIS writes
# its text (plain, upper case, accents stripped, upper case without accents, UTF-8 read as
# Windows-1252).
SITES = {
    "fr-chu": dict(kind="CHU (university hospital), France", langs={"fr": 1}, rows=190,
                   mr=["Siemens", "GE"], ct=["Siemens", "GE"], xr=["Carestream", "Philips"], us=["GE", "Canon", "SuperSonic"],
                   mg="GE", nm="Siemens", pt="Siemens", xa="Philips", rf="Siemens", dxa="Hologic", px="Carestream",
                   styles={"plain": 4, "ascii_up": 3, "ascii": 1, "moji": 1.5},
                   strata={"msk": 5, "spine": 3, "neuro": 4, "headneck": 2, "chest": 3, "cardio": 3, "abdo": 3, "pelvis": 2,
                           "onc": 3, "vasc": 3, "trauma": 2, "paeds": 2, "nm": 2, "breast": 1, "dxa": 1, "dental": 1}),
    "fr-cab": dict(kind="cabinet de radiologie and clinique, France", langs={"fr": 1}, rows=165,
                   mr=["GE", "Esaote"], ct=["Canon"], xr=["Fujifilm"], us=["Samsung", "GE", "Canon"],
                   mg="Hologic", nm=None, pt=None, xa=None, rf="GE", dxa="Hologic", px="Planmeca",
                   styles={"plain": 6, "upper": 1, "ascii_up": 1.5},
                   strata={"msk": 9, "spine": 4, "breast": 6, "abdo": 2, "pelvis": 2, "chest": 1, "dxa": 2, "dental": 2, "headneck": 1,
                           "neuro": 1}),
    "be-hop": dict(kind="hospital, Brussels / Wallonia, Belgium", langs={"fr": 5, "bi": 3, "nl": 2}, rows=155,
                   mr=["Philips"], ct=["Philips", "Siemens"], xr=["Agfa"], us=["Philips", "Canon"],
                   mg="Siemens", nm="GE", pt="GE", xa="Siemens", rf="Philips", dxa="GE", px="Carestream",
                   styles={"plain": 3, "ascii_up": 3, "upper": 1},
                   strata={"msk": 5, "spine": 3, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 2, "abdo": 2, "pelvis": 1,
                           "onc": 2, "vasc": 1, "paeds": 1, "nm": 1, "breast": 2, "dxa": 1}),
    "ch-rom": dict(kind="hospital, Romandie, Switzerland", langs={"fr": 3, "de": 1}, rows=150,
                   mr=["Siemens"], ct=["Siemens"], xr=["Siemens", "Fujifilm"], us=["Siemens", "Canon"],
                   mg="Hologic", nm="Siemens", pt="Siemens", xa="Siemens", rf="Siemens", dxa="Hologic", px="Planmeca",
                   styles={"plain": 6, "ascii": 1},
                   strata={"msk": 5, "spine": 3, "neuro": 2, "headneck": 1, "chest": 1, "cardio": 2, "abdo": 2, "pelvis": 1,
                           "onc": 2, "vasc": 1, "trauma": 1, "paeds": 1, "nm": 1, "breast": 1, "dental": 1}),
    "qc-chu": dict(kind="university hospital (CHU), Quebec", langs={"fr": 7, "en": 3}, rows=160,
                   mr=["GE", "Siemens"], ct=["Canon", "GE"], xr=["Konica", "Carestream"], us=["Philips", "GE"],
                   mg="Hologic", nm="GE", pt="GE", xa="GE", rf="Siemens", dxa="GE", px="Carestream",
                   styles={"upper": 4, "plain": 3, "ascii_up": 2},
                   strata={"msk": 5, "spine": 2, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 2, "abdo": 2, "pelvis": 1,
                           "onc": 2, "vasc": 1, "trauma": 1, "paeds": 1, "nm": 1, "breast": 2, "dxa": 1}),
    "ma-chu": dict(kind="CHU (university hospital), Morocco", langs={"fr": 3, "ar": 1}, rows=140,
                   mr=["Siemens", "Philips"], ct=["UIH", "GE"], xr=["Mindray", "Carestream"], us=["Mindray", "Samsung"],
                   mg="Fujifilm", nm="Siemens", pt="UIH", xa="GE", rf="Siemens", dxa="GE", px="Vatech",
                   styles={"ascii_up": 4, "plain": 3, "moji": 1.5},
                   strata={"msk": 4, "spine": 2, "neuro": 2, "headneck": 1, "chest": 2, "abdo": 2, "pelvis": 2, "onc": 1,
                           "vasc": 1, "trauma": 1, "paeds": 2, "nm": 1, "breast": 1, "dental": 1}),
}
NOANAT_SHARE = 0.05

# ---------------------------------------------------------------- words
# Limb parts: (name, gender, plural for a both-sides order or None)
PART = {
    "fr": {"KNEE": [("genou", "m", "genoux")],
           "SHOULDER": [("épaule", "f", "épaules"), ("clavicule", "f", None), ("articulation acromio-claviculaire", "f", None),
                        ("omoplate", "f", None)],
           "HIP": [("hanche", "f", "hanches")], "ANKLE": [("cheville", "f", "chevilles")],
           "FOOT": [("pied", "m", "pieds"), ("calcanéum", "m", None), ("avant-pied", "m", None), ("gros orteil", "m", None),
                    ("orteils", "p", None)],
           "HAND": [("main", "f", "mains"), ("doigt", "m", None), ("pouce", "m", None), ("5ème doigt", "m", None)],
           "WRIST": [("poignet", "m", "poignets"), ("scaphoïde", "m", None)], "ELBOW": [("coude", "m", "coudes")],
           "FOREARM": [("avant-bras", "m", None)], "ARM": [("bras", "m", None), ("humérus", "m", None)],
           "THIGH": [("cuisse", "f", None), ("fémur", "m", None)],
           "LEG": [("jambe", "f", None), ("tibia", "m", None), ("jambe (tibia-péroné)", "f", None)]},
    "nl": {"KNEE": [("knie", "", "knieën")], "SHOULDER": [("schouder", "", "schouders"), ("sleutelbeen", "", None), ("AC-gewricht", "", None)],
           "HIP": [("heup", "", "heupen")], "ANKLE": [("enkel", "", "enkels")], "FOOT": [("voet", "", "voeten"), ("hiel", "", None), ("tenen", "", None)],
           "HAND": [("hand", "", "handen"), ("vinger", "", None), ("duim", "", None)], "WRIST": [("pols", "", "polsen"), ("scafoïd", "", None)],
           "ELBOW": [("elleboog", "", None)], "FOREARM": [("onderarm", "", None)], "ARM": [("bovenarm", "", None), ("humerus", "", None)],
           "THIGH": [("bovenbeen", "", None), ("femur", "", None)], "LEG": [("onderbeen", "", None)]},
    "de": {"KNEE": [("Knie", "", "Knie")], "SHOULDER": [("Schulter", "", "Schultern"), ("Clavicula", "", None), ("AC-Gelenk", "", None)],
           "HIP": [("Hüfte", "", "Hüften")], "ANKLE": [("OSG", "", None), ("Sprunggelenk", "", None)],
           "FOOT": [("Fuss", "", "Füsse"), ("Calcaneus", "", None), ("Vorfuss", "", None), ("Grosszehe", "", None)],
           "HAND": [("Hand", "", "Hände"), ("Finger", "", None), ("Daumen", "", None)], "WRIST": [("Handgelenk", "", None), ("Scaphoid", "", None)],
           "ELBOW": [("Ellbogen", "", None)], "FOREARM": [("Vorderarm", "", None)], "ARM": [("Oberarm", "", None), ("Humerus", "", None)],
           "THIGH": [("Oberschenkel", "", None), ("Femur", "", None)], "LEG": [("Unterschenkel", "", None)]},
    "en": {"KNEE": [("Knee", "", "Knees")], "SHOULDER": [("Shoulder", "", "Shoulders"), ("Clavicle", "", None), ("AC Joint", "", None)],
           "HIP": [("Hip", "", "Hips")], "ANKLE": [("Ankle", "", "Ankles")], "FOOT": [("Foot", "", "Feet"), ("Calcaneus", "", None), ("Toes", "", None)],
           "HAND": [("Hand", "", "Hands"), ("Finger", "", None), ("Thumb", "", None)], "WRIST": [("Wrist", "", "Wrists"), ("Scaphoid", "", None)],
           "ELBOW": [("Elbow", "", None)], "FOREARM": [("Forearm", "", None)], "ARM": [("Humerus", "", None)],
           "THIGH": [("Femur", "", None)], "LEG": [("Tibia-Fibula", "", None), ("Tib-Fib", "", None)]},
}
# Darija words a technologist now and then adds to a French order (transliterated).
DARIJA = {"KNEE": "rkba", "SHOULDER": "ktef", "HAND": "yedd", "FOOT": "rjel", "HEAD": "rass", "LSPINE": "dhar", "CHEST": "sder", "ABDOMEN": "kerch"}
DARIJA_SIDE = {"R": "limen", "L": "lisser"}
# Side words per language: full forms (French by gender) and abbreviations.
SIDE = {
    "fr": {"R": ({"m": "droit", "f": "droite", "p": "droits"}, ["D", "Dt", "dte", "DRT", "dt"]),
           "L": ({"m": "gauche", "f": "gauche", "p": "gauches"}, ["G", "gche", "GCHE", "g"]),
           "B": ({"m": "bilatéral", "f": "bilatérale", "p": "bilatéraux"}, ["bilat.", "bilat", "BILAT"])},
    "nl": {"R": (["rechts"], ["re", "RE", "R"]), "L": (["links"], ["li", "LI", "L"]), "B": (["bilateraal", "beiderzijds"], ["bdz"])},
    "de": {"R": (["rechts"], ["re.", "re", "re"]), "L": (["links"], ["li.", "li", "li"]), "B": (["beidseits"], ["bds.", "bds"])},
    "en": {"R": (["RIGHT", "Right"], ["RT", "Rt", "R"]), "L": (["LEFT", "Left"], ["LT", "Lt", "L"]), "B": (["BILATERAL", "Bilateral"], ["BILAT", "Bil"])},
}
MODW = {
    "fr": {"MR": ["IRM"], "CT": ["TDM", "Scanner", "TDM"], "XR": ["Rx", "Radiographie", "RX", "Radio"],
           "US": ["Echographie", "Échographie", "Écho", "Echo"]},
    "nl": {"MR": ["NMR", "MRI"], "CT": ["CT", "CT-scan"], "XR": ["RX", "Radiografie"], "US": ["Echografie", "Echo"]},
    "de": {"MR": ["MRI", "MR"], "CT": ["CT"], "XR": ["Rx", "Röntgen"], "US": ["Sonographie", "US"]},
    "en": {"MR": ["MRI", "MR"], "CT": ["CT"], "XR": ["XR", "X-Ray"], "US": ["US", "Ultrasound"]},
}
# Site accents on the words: Belgian French says RMN, Quebec writes TDM or Tomodensitométrie,
# Morocco's RIS writes TDM or Scanner.
SITE_MODW = {("be-hop", "fr", "MR"): ["RMN", "IRM", "RMN"], ("qc-chu", "fr", "CT"): ["TDM", "Tomodensitométrie", "TDM"],
             ("qc-chu", "fr", "XR"): ["Radiographie", "RX", "Radiographie"], ("qc-chu", "fr", "US"): ["Échographie", "ÉCHO", "Écho"],
             ("ch-rom", "fr", "CT"): ["CT", "CT", "TDM"], ("ma-chu", "fr", "CT"): ["TDM", "Scanner", "SCANNER"]}


def strip_accents(t):
    t = t.replace("œ", "oe").replace("Œ", "OE")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def moji(t):
    """UTF-8 text read as Windows-1252, as an old interface does to accents."""
    return t.encode("utf-8").decode("cp1252", errors="replace")


class Cx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.s = SITES[site]
        langs = self.s["langs"]
        self.lang = rng.choices(list(langs), list(langs.values()))[0]
        st = self.s["styles"]
        self.style = rng.choices(list(st), list(st.values()))[0]
        self.vend = {}

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def v(self, kind):
        """The study's device of a kind: one per study, chosen once."""
        if kind not in self.vend:
            got = self.s[kind]
            self.vend[kind] = self.c(got) if isinstance(got, list) else got
        return self.vend[kind]

    def mw(self, mod, lang=None):
        lang = lang or self.base_lang
        return self.c(SITE_MODW.get((self.site, lang, mod), MODW[lang][mod]))

    @property
    def base_lang(self):
        return {"bi": "fr", "ar": "fr"}.get(self.lang, self.lang)

    def styled(self, t):
        """The RIS's way with the text of an order."""
        if self.style == "upper":
            return t.upper()
        if self.style == "ascii":
            return strip_accents(t)
        if self.style == "ascii_up":
            return strip_accents(t).upper()
        if self.style == "moji":
            return moji(t) if any(ord(ch) > 127 for ch in t) else t.upper()
        return t


def pick(cx, table):
    """A title from {lang: [variants]}: the study's language; Belgian bilingual titles join the
    French and the Dutch."""
    if cx.lang == "bi":
        return f"{cx.c(table['fr'])} / {cx.c(table['nl'])}" if "nl" in table else cx.c(table["fr"])
    lang = cx.base_lang
    return cx.c(table.get(lang) or table["fr"])


def article(name, gender):
    if gender == "p":
        return "des " + name
    if name[0].lower() in "aeéiouyh" and not name.startswith("hanche"):
        return "de l'" + name
    return ("du " if gender == "m" else "de la ") + name


def part(cx, lang, code, extra):
    opts = PART[lang][code]
    return cx.c(opts) if extra and len(opts) > 1 else opts[0]


def side_word(cx, lang, side, gender="m", abbr=None):
    full, ab = SIDE[lang][side]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab)
    if isinstance(full, dict):
        return full.get(gender or "m", full["m"])
    return cx.c(full)


def limb_title(cx, mod, code, side, extra=None, suffix=""):
    """An order for one limb part: '<exam> <part> <side>' in the study's language(s)."""
    if extra is None:
        extra = cx.p(0.25)
    lang = cx.base_lang
    name, g, plural = part(cx, lang, code, extra)
    both_plural = side == "B" and plural and cx.p(0.6)

    def one(lang, name, g, plural):
        mw = cx.mw(mod, lang)
        if lang == "fr":
            if both_plural:
                return cx.c([f"{mw} des 2 {plural}", f"{mw} des deux {plural}", f"{mw} {plural} {side_word(cx, 'fr', 'B', 'p')}"]) + suffix
            sw = side_word(cx, "fr", side, g)
            return cx.c([f"{mw} {name} {sw}", f"{mw} {article(name, g)} {sw}", f"{mw} {name} {sw}"]) + suffix
        if both_plural:
            sw_b = side_word(cx, lang, "B")
            opts = [f"{mw} {plural} {sw_b}"] + ([f"{mw} {plural}"] if lang == "nl" else [f"{mw} Both {plural}"] if lang == "en" else [])
            return cx.c(opts) + suffix
        sw = side_word(cx, lang, side)
        if lang == "en":
            return cx.c([f"{mw} {name} {sw}", f"{mw} {sw} {name}", f"{mw} {name.upper()} {sw.upper()}"]) + suffix
        return f"{mw} {name} {sw}" + suffix

    t = one(lang, name, g, plural)
    if cx.lang == "bi":
        n2, _g, p2 = PART["nl"][code][0]
        t = t + " / " + one("nl", n2, "", p2)
    if cx.lang == "ar" and code in DARIJA:
        t = t + cx.c([f" ({DARIJA[code]})", f" {DARIJA[code]}"])
        if side in "LR" and cx.p(0.5):
            t = t + " " + DARIJA_SIDE[side]
    return cx.styled(t)


def sided(cx, table, side):
    """A one-side order in the study's language: templates carry {m} / {f} (French side word by
    gender), {a} (French abbreviation) or {s} (the side word of the other languages)."""
    def one(lang):
        tpl = cx.c(table.get(lang) or table["en"])
        if lang == "fr":
            return tpl.format(m=side_word(cx, "fr", side, "m"), f=side_word(cx, "fr", side, "f"), a=side_word(cx, "fr", side, abbr=True))
        return tpl.format(s=side_word(cx, lang, side))
    t = one(cx.base_lang)
    if cx.lang == "bi" and "nl" in table:
        t += " / " + one("nl")
    return cx.styled(t)


def title(cx, table, dar=None):
    """An order title; a Moroccan technologist now and then adds the Darija word of the region."""
    t = pick(cx, table)
    if cx.lang == "ar" and dar and cx.p(0.7):
        t += cx.c([f" ({DARIJA[dar]})", f" {DARIJA[dar]}"])
    return cx.styled(t)


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.24, p_alt=0.13):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse, French or wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Skyra", "MAGNETOM Sola", "MAGNETOM Aera", "MAGNETOM Lumina"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Architect", "SIGNA Artist", "Optima MR450w", "DISCOVERY MR750", "SIGNA Premier"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva dStream", "Ingenia Elition X"]),
    "Esaote": ("Esaote", ["G-scan Brio", "O-scan"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition AS+", "SOMATOM Drive", "SOMATOM go.Top"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution EVO", "Optima CT660", "LightSpeed VCT"]),
    "Philips": ("Philips", ["Incisive CT", "IQon - Spectral CT", "Ingenuity CT"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning"]),
    "UIH": ("UIH", ["uCT 760", "uCT 530"]),
}
XR_MAKE = {
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution", "DRX-1"], "DX"),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "MobileDiagnost wDR"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X", "FCR Capsula XLII"], "CR"),
    "Agfa": ("Agfa", ["DX-D 600", "DR 400", "DX-D 100"], "DX"),
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact", "Mobilett Elara Max"], "DX"),
    "Konica": ("KONICA MINOLTA", ["AeroDR", "CS-7"], "DX"),
    "Mindray": ("Mindray", ["DigiEye 760", "DigiEye 330"], "DX"),
}
US_MAKE = {
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "Voluson E10"]), "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
    "SuperSonic": ("SuperSonic Imagine", ["Aixplorer", "AixplorerMACH 30"]), "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]), "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-70"]),
}
MG_MAKE = {"Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]), "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina"]),
           "Siemens": ("SIEMENS", ["MAMMOMAT Revelation"]), "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"])}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia T2"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"])}
PT_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"]),
           "UIH": ("UIH", ["uMI 550", "uMI 780"])}
XA_MAKE = {"Philips": ("Philips Medical Systems", ["Azurion 7 M20"]), "Siemens": ("SIEMENS", ["Artis Q", "ARTIS icono"]),
           "GE": ("GE Healthcare", ["Innova IGS 530", "Allia IGS 7"])}
RF_MAKE = {"Siemens": ("SIEMENS", ["Luminos dRF Max", "Luminos Agile"]), "GE": ("GE Healthcare", ["Precision 500D"]),
           "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"])}
DXA_MAKE = {"Hologic": ("HOLOGIC", ["Horizon A", "Discovery Wi"]), "GE": ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"])}
PX_MAKE = {"Carestream": ("Carestream Dental", ["CS 8100", "CS 9600"]), "Planmeca": ("Planmeca", ["ProMax", "ProMax 3D Mid"]),
           "Vatech": ("Vatech", ["PaX-i3D Green", "PaX-i"])}


def meta_of(table, vendor, mod, desc, cx, **kw):
    make, models = table[vendor][0], table[vendor][1]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc is not None:
        m["SeriesDescription"] = desc
    m.update({k: v for k, v in kw.items() if v is not None})
    return m


def scan_of(d):
    d = d.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "trace")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair", "psir", "dark-fluid")):
        return "SE\\IR"
    if any(k in d for k in ("loc", "scout", "survey", "vibe", "fl3d", "swi", "swan", "mprage", "bravo", "tfe", "thrive", "vibrant", "lava",
                            "dyn", "cine", "fiesta", "trufi", "tof", "molli", "3d t1", "t2*", "mde", "dixon", "me3d")):
        return "GR"
    return "SE"


def mr(cx, vendor, desc, **kw):
    m = meta_of(MR_MAKE, vendor, "MR", desc, cx, **kw)
    if cx.p(0.6):
        m["ScanningSequence"] = scan_of(desc)
    return m


# ---------------------------------------------------------------- MR protocols per vendor
MR_SEQ = {
    "limb": {"Siemens": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "pd_space_fs_sag_iso"],
             "GE": ["3Pl Loc", "Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag T2 FS", "ASSET Cal"],
             "Philips": ["SURVEY", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2_mDIXON_W", "3D_VISTA_PD"],
             "Esaote": ["Scout", "SE T1 COR", "STIR COR", "TSE T2 SAG", "GE 3D T1", "STIR SAG", "SE T1 AX"]},
    "spine": {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t2_tse_tra_L4-S1"],
              "GE": ["3Pl Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR", "Ax T1"],
              "Philips": ["SURVEY", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG", "mDIXON_TSE_SAG"],
              "Esaote": ["Scout", "TSE T2 SAG", "SE T1 SAG", "TSE T2 AX", "STIR SAG"]},
    "brain": {"Siemens": ["AAHead_Scout_64ch-head-coil", "t1_mprage_sag_p2_iso", "t2_tse_tra", "t2_space_dark-fluid_sag_p2_iso",
                          "ep2d_diff_3scan_trace_p2", "ep2d_diff_3scan_trace_p2_ADC", "t2_swi_tra_p2", "t1_mprage_tra_p2_iso_MPR"],
              "GE": ["3 Plane Loc", "Ax T2 FRFSE", "Sag 3D FLAIR CUBE", "Ax DWI 1000b", "ADC (10^-6 mm²/s)", "Sag 3D T1 BRAVO", "Ax SWAN", "Ax T1 +C"],
              "Philips": ["SURVEY", "T2W_TSE", "3D_FLAIR", "DWI_b1000", "dADC", "T1W_3D_TFE", "SWIp", "T1W_3D_TFE_Gd"]},
    "liver": {"Siemens": ["localizer_haste", "t2_haste_tra_mbh", "t1_vibe_dixon_tra_bh_W", "t1_vibe_fs_tra_dyn", "ep2d_diff_b50_400_800", "t2_space_cor_MRCP"],
              "GE": ["3Pl Loc SSFSE", "Ax SSFSE", "Ax LAVA Flex", "Ax DWI b800", "3D MRCP", "Cor FIESTA"],
              "Philips": ["SURVEY", "T2W_SSH_TRA", "mDIXON_W_TRA", "DWI_b800", "3D_MRCP", "THRIVE_dyn"]},
    "pelvis": {"Siemens": ["localizer", "t2_tse_tra", "t2_tse_sag", "t2_tse_cor", "ep2d_diff_b50_800_1400_tra", "t1_vibe_fs_tra_dyn"],
               "GE": ["3Pl Loc", "Ax T2 FRFSE", "Sag T2 FRFSE", "Cor T2", "Ax DWI b1400", "Ax DCE LAVA"],
               "Philips": ["SURVEY", "T2W_TSE_TRA", "T2W_TSE_SAG", "T2W_TSE_COR", "DWI_b1400", "DCE_THRIVE"]},
    "breast": {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dyn", "ep2d_diff_tra", "t1_fl3d_tra_SUB", "MIP_SUB"],
               "GE": ["3Pl Loc", "Ax T2 IDEAL", "Ax VIBRANT MPH", "Ax DWI", "SUB", "MIP"],
               "Philips": ["SURVEY", "T2W_TSE_SPAIR", "T1_THRIVE_dyn", "DWI_b800", "SUB_THRIVE", "MIP"]},
    "heart": {"Siemens": ["localizer_haste", "trufi_cine_4ch", "cine_sax", "T1_MOLLI", "PSIR_LGE_sax"],
              "GE": ["3Pl Loc", "FIESTA Cine 4CH", "FIESTA Cine SAX", "T1 MAP", "MDE PSIR"],
              "Philips": ["SURVEY", "BTFE_4CH", "BTFE_SA", "T1map_MOLLI", "LGE_PSIR"]},
    "wb": {"Siemens": ["localizer", "t1_tse_cor_WB", "t2_tirm_cor_WB", "ep2d_diff_b50_900_WB", "t1_vibe_dixon_cor_W_composed"],
           "GE": ["3Pl Loc", "Cor T1 WB", "Cor STIR WB", "Ax DWIBS", "Cor LAVA Flex WB"],
           "Philips": ["SURVEY", "T1W_TSE_COR_WB", "STIR_COR_WB", "DWIBS", "mDIXON_W_WB"]},
}
MR_PROTO = {"Siemens": "{r}", "GE": "{R} ROUTINE", "Philips": "{r}", "Esaote": "Coil {n}"}
SCOUT_WORDS = ("localizer", "3Pl Loc", "SURVEY", "Scout", "AAHead", "3 Plane", "localizer_haste", "3Pl Loc SSFSE", "ASSET Cal")


def mr_series(cx, kind, labels, lat, why, proto, bp, alt, n=None):
    vendor = cx.v("mr")
    if kind != "limb" and vendor == "Esaote":
        vendor = "GE"
    seqs = MR_SEQ[kind][vendor]
    out = []
    for d in seqs[: n or len(seqs)]:
        m = mr(cx, vendor, d)
        if cx.p(0.5):
            m["ProtocolName"] = MR_PROTO[vendor].format(r=proto, R=proto.upper(), n=cx.c([1, 2, 3, 18]))
        bpe(cx, m, bp, alt)
        scout = d.startswith(SCOUT_WORDS)
        out.append(S(m, labels, lat, why + ("; localizer/calibration of the exam" if scout else "; series named by sequence only")))
    return out


# ---------------------------------------------------------------- CT
SCOUT = {"Siemens": "Topogram  0.6  T80f", "GE": "Scout", "Philips": "Surview", "Canon": "Scanogram", "UIH": "Topogram"}
DOSE = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Philips": "Dose Info", "Canon": "Dose Info", "UIH": "Dose Report"}
KERNEL = {"Siemens": {"soft": ["Br40", "Br36", "B30f", "I30f"], "lung": ["Bl57", "Br60", "B70f"], "bone": ["Br64", "B60s"], "head": ["Hr38", "H30s", "J40s"]},
          "GE": {"soft": ["STANDARD", "SOFT"], "lung": ["LUNG"], "bone": ["BONE", "BONEPLUS"], "head": ["STANDARD", "SOFT"]},
          "Philips": {"soft": ["B", "C"], "lung": ["YA", "L"], "bone": ["YB", "D"], "head": ["UB", "C"]},
          "Canon": {"soft": ["FC18", "FC13"], "lung": ["FC52", "FC56"], "bone": ["FC30", "FC35"], "head": ["FC26", "FC21"]},
          "UIH": {"soft": ["B_SOFT_B", "B_SOFT_C"], "lung": ["B_LUNG_B"], "bone": ["B_SHARP_C"], "head": ["H_SOFT_B"]}}


REGWORD = {"HEAD": "Crane", "NECK": "Cou", "CHEST": "Thorax", "CSPINE": "Rachis C", "TSPINE": "Rachis DL", "ABDOMEN": "Abdomen"}


def ct(cx, vendor, desc, **kw):
    return meta_of(CT_MAKE, vendor, "CT", desc, cx, **kw)


def recon(cx, vendor, reg, kind, force=False):
    """A recon name as each vendor writes it; ``reg`` is the region word of the protocol or None;
    ``force``: the name must carry it (a recon of one part of a multi-region exam)."""
    k = cx.c(KERNEL[vendor][kind])
    th = cx.c(["1.0", "3.0", "5.0", "0.6", "2.0"]) if kind != "head" else cx.c(["5.0", "0.75", "4.0"])
    if vendor == "Siemens":
        d = f"{reg or 'Recon'}  {th}  {k}  {cx.c(['2', '3'])}"
    elif vendor == "GE":
        gth = {"1.0": "1.25", "3.0": "2.5", "5.0": "5", "0.6": "0.625", "2.0": "2.5", "0.75": "0.625", "4.0": "5"}[th]
        d = cx.c([f"{gth}mm {k[:4] if k != 'STANDARD' else 'STND'}", f"{reg} {gth}mm" if reg else f"Axial {gth}mm {k}", f"{gth} {k}"])
        if force:
            d = cx.c([f"{reg} {gth}mm", f"{reg} {gth} {k}"])
    elif vendor == "Philips":
        d = cx.c([f"{reg or 'Body'} {th}mm {k}", f"iDose 4 {k}", f"{reg or 'Axial'} iDose"] if not force else [f"{reg} {th}mm {k}", f"{reg} iDose"])
    elif vendor == "Canon":
        d = cx.c([f"{(reg or 'AXIAL').upper()} {th} {k}", f"AXIAL {th}", f"AiCE {reg or 'Body'} {th}"] if not force else
                 [f"{reg.upper()} {th} {k}", f"AiCE {reg} {th}"])
    else:
        d = cx.c([f"{reg or 'Axial'} {th}mm {k}", f"{reg or 'Recon'} {th}mm"] if not force else [f"{reg} {th}mm {k}", f"{reg} {th}mm"])
    return ct(cx, vendor, d, ConvolutionKernel=k, SliceThickness=th)


def ct_study(cx, labels, why, regs, proto, bp, alt, scout_labels=None, contrast=None, lat=None):
    """Scout, one to three recons (region word, kernel kind, labels), the dose page."""
    vendor = cx.v("ct")
    ser = []
    sc = ct(cx, vendor, SCOUT[vendor], ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    if cx.p(0.5):
        sc["ProtocolName"] = proto
    bpe(cx, sc, bp, alt)
    ser.append(S(sc, scout_labels or labels, lat, why + "; scout of the exam"))
    for reg, kind, lab in regs:
        force = bool(lab) and sorted(lab) != sorted(labels)
        if force and not reg:
            reg = REGWORD[lab[0]]
        m = recon(cx, vendor, reg, kind, force)
        if cx.p(0.5):
            m["ProtocolName"] = proto
        if contrast and cx.p(0.6):
            m["ContrastBolusAgent"] = contrast
        bpe(cx, m, bp, alt)
        ser.append(S(m, lab or labels, lat, why + ("; recon named by kernel and slice only" if not reg else "; recon")))
    dose = ct(cx, vendor, DOSE[vendor], ImageType="DERIVED\\SECONDARY\\OTHER" if vendor != "Siemens" else "ORIGINAL\\PRIMARY\\OTHER",
              SOPClassUID="1.2.840.10008.5.1.4.1.1.7")
    ser.append(S(dose, [], None, "CT dose page: text, no anatomy", img=False))
    return ser


# ---------------------------------------------------------------- X-ray
VIEWS_FR = {"face": "AP", "profil": "LAT", "3/4": "OBL", "axiale": None}


def xr(cx, desc, view=None, **kw):
    vendor = cx.v("xr")
    make, models, mod = XR_MAKE[vendor]
    m = {"Modality": mod if vendor != "Fujifilm" else cx.c(["CR", "DX"]), "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc is not None:
        m["SeriesDescription"] = desc
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def xr_view_names(cx, lang, code):
    """The views a console offers for a part, in its menu language."""
    if lang == "de":
        base = [("a.p.", "AP"), ("seitlich", "LAT"), ("schräg", "OBL")]
    elif lang == "nl":
        base = [("AP", "AP"), ("profiel", "LAT"), ("schuin", "OBL")]
    elif lang == "en":
        base = [("AP", "AP"), ("LAT", "LAT"), ("OBLIQUE", "OBL")]
    else:
        base = [("face", "AP"), ("profil", "LAT"), ("3/4", "OBL")]
    extra = {"KNEE": [("défilé fémoro-patellaire", None), ("schuss", "PA")], "SHOULDER": [("rotation externe", "AP"), ("profil de Lamy", None)],
             "HIP": [("faux profil de Lequesne", None)], "FOOT": [("dorso-plantaire", "AP")], "WRIST": [("incidences scaphoïde", "PA")]}
    return base + (extra.get(code, []) if lang == "fr" else [])


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series], procedure code or None); every series carries its labels.

LIMB_BP = {"KNEE": ("KNEE", ["EXTREMITY", "LEG", "GENOU", "LOWER LIMB"]), "SHOULDER": ("SHOULDER", ["EXTREMITY", "EPAULE", "CHEST"]),
           "HIP": ("HIP", ["PELVIS", "HANCHE"]), "ANKLE": ("ANKLE", ["FOOT", "EXTREMITY", "CHEVILLE"]),
           "FOOT": ("FOOT", ["ANKLE", "EXTREMITY", "PIED"]), "HAND": ("HAND", ["WRIST", "EXTREMITY", "MAIN"]),
           "WRIST": ("WRIST", ["HAND", "EXTREMITY", "POIGNET"]), "ELBOW": ("ELBOW", ["ARM", "EXTREMITY", "COUDE"]),
           "FOREARM": ("FOREARM", ["ARM", "EXTREMITY"]), "ARM": ("ARM", ["HUMERUS", "SHOULDER"]),
           "THIGH": ("THIGH", ["FEMUR", "LEG", "HIP"]), "LEG": ("LEG", ["KNEE", "EXTREMITY", "TIBIA"])}


def msk_mr(cx):
    code = cx.c(["KNEE"] * 6 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM", "ARM"])
    side = cx.c("LLLLRRRRB" if code == "HIP" else "LLLLRRRR")
    arthro = code in ("SHOULDER", "HIP", "WRIST") and cx.p(0.2)
    sd = limb_title(cx, "MR", code, side, suffix=cx.c(["", "", " sans injection", " injectée"]) if cx.base_lang == "fr" else "")
    if arthro and cx.base_lang == "fr":
        sd = cx.styled("Arthro-IRM " + article(*part(cx, "fr", code, False)[:2]) + " " + side_word(cx, "fr", side, part(cx, "fr", code, False)[1]))
    labels = [code] + (["PELVIS"] if side == "B" else [])
    why = f"{code.lower()} MR, side {side} from the order"
    bp, alt = LIMB_BP[code]
    ser = mr_series(cx, "limb", labels, side, why, {"KNEE": "genou", "SHOULDER": "epaule"}.get(code, code.lower()), bp, alt)
    for s in ser:
        if side in "LR" and cx.p(0.2):
            s["meta"]["Laterality"] = side
    return sd, ser, None


def msk_xr(cx):
    code = cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 +
                ["HIP"] * 2 + ["ELBOW"] * 2 + ["FOREARM"] * 2 + ["ARM"] * 2 + ["LEG", "THIGH"])
    side = cx.c("LLLLRRRRBB" if code in ("KNEE", "FOOT", "ANKLE", "HAND", "HIP") else "LLLLRRRR")
    lang = cx.base_lang
    bp, alt = LIMB_BP[code]
    if code == "KNEE" and side == "B" and cx.p(0.45):
        sd = title(cx, {"fr": ["Pangonogramme", "Goniométrie des membres inférieurs", "Rx membres inférieurs en charge (pangonogramme)",
                               "Téléradiographie des membres inférieurs"],
                        "nl": ["RX volledige benen staand", "Beenlengte opname"], "de": ["Ganzbeinaufnahme stehend"],
                        "en": ["XR Lower Limbs Standing Full Length", "Long leg alignment"]})
        why = "standing full-length film of both legs, hip to ankle"
        m = xr(cx, cx.c(["Pangonogramme", "Membres inf. en charge", "Stitched", "EOS Face", "MI face"]), "AP",
               ImageType="DERIVED\\PRIMARY\\STITCHED")
        bpe(cx, m, "LEG", ["EXTREMITY", "LOWER LIMB", "LOWEXM"])
        return sd, [S(m, LONGLEG, "B", why)], None
    if code == "HIP" and side == "B":
        sd = title(cx, {"fr": ["Rx bassin + hanches", "Radiographie du bassin et des 2 hanches", "Rx bassin face + hanches profil"],
                        "nl": ["RX bekken en heupen"], "de": ["Röntgen Becken und Hüften"], "en": ["XR Pelvis and both Hips"]})
        why = "pelvis and both hips order"
        ser = [S(xr(cx, cx.c(["Bassin face", "BASSIN F", "Becken a.p.", "PELVIS AP"]), "AP"), ["PELVIS", "HIP"], "B",
                 why + "; the pelvis film shows both hips")]
        for s in "LR":
            m = xr(cx, cx.c(["Hanche profil", "Lequesne", "Hanche faux profil", "Hip LAT"]), None, ImageLaterality=s)
            ser.append(S(m, ["HIP"], s, why + f"; one hip's profile, side from ImageLaterality"))
        for s in ser:
            bpe(cx, s["meta"], "PELVIS" if s["laterality"] == "B" else "HIP", ["PELVIS", "BASSIN"])
        return sd, ser, None
    if side == "B" and code in ("HAND", "FOOT") and cx.p(0.6):
        sd = title(cx, {"fr": ["Rx mains et pieds", "Radiographie des mains et des pieds (bilan rhumatologique)", "Rx mains + pieds face"],
                        "nl": ["RX handen en voeten"], "de": ["Röntgen Hände und Füsse"], "en": ["XR Hands and Feet"]})
        why = "rheumatology survey of both hands and feet"
        ser = [S(xr(cx, cx.c(["Mains face", "Mains PA", "2 mains", "Hände d.p."]), "PA", ImageLaterality="B"), ["HAND"], "B",
                 why + "; both hands on one film"),
               S(xr(cx, cx.c(["Pieds face", "Pieds dorso-plantaire", "2 pieds", "Füsse d.p."]), "AP", ImageLaterality="B"), ["FOOT"], "B",
                 why + "; both feet on one film"),
               S(xr(cx, cx.c(["Pieds 3/4", "Mains 3/4 (Brewerton)"]), "OBL"), ["FOOT"], "B", why)]
        if "Mains" in ser[2]["meta"]["SeriesDescription"]:
            ser[2]["labels"] = ["HAND"]
        for s in ser:
            bpe(cx, s["meta"], s["labels"][0], ["EXTREMITY", "UPPEREXM" if s["labels"] == ["HAND"] else "LOWEXM"])
        return sd, ser, None
    name, g, _pl = part(cx, lang, code, cx.p(0.3))
    sd = limb_title(cx, "XR", code, side, extra=False) if cx.p(0.4) else limb_title(cx, "XR", code, side)
    why = f"{code.lower()} radiographs, side {side} from the order"
    views = xr_view_names(cx, lang, code)
    ser = []
    sides = [side] if side != "B" else ["B", "L", "R"]
    for s in sides:
        for vname, vpos in cx.rng.sample(views, min(len(views), 2)):
            if s == "B":
                d = cx.c([f"{vname} en charge", f"{vname} 2 côtés", f"{vname} bilat"]) if lang == "fr" else f"{vname} {SIDE[lang]['B'][1][0]}"
                m = xr(cx, d, vpos, ImageLaterality="B") if cx.p(0.6) else xr(cx, d, vpos)
                ser.append(S(m, [code], "B", why + "; both sides on one film"))
                break
            if side == "B":
                # one side's film in a both-sides order: the tag says which
                m = xr(cx, f"{vname}", vpos, ImageLaterality=s)
                ser.append(S(m, [code], s, why + "; one side's film, ImageLaterality says which"))
                continue
            d = vname
            r = cx.rng.random()
            if r < 0.35:
                d = f"{name.upper() if cx.p(0.5) else name} {vname}"
            elif r < 0.55 and lang == "fr":
                d = f"{name} {side_word(cx, 'fr', s, g, abbr=True)} {vname}"
            m = xr(cx, strip_accents(d) if cx.p(0.4) else d, vpos)
            if cx.p(0.3):
                m["ImageLaterality"] = s
            ser.append(S(m, [code], s, why))
    for s in ser:
        bpe(cx, s["meta"], bp, alt)
        if cx.s["xr"] == ["Fujifilm"] and cx.p(0.3):
            s["meta"]["AcquisitionDeviceProcessingDescription"] = f"{strip_accents(name).upper()} {cx.c(['FACE', 'PROFIL', 'STD'])}"
    return sd, ser, None


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HAND", "WRIST", "ELBOW", "KNEE", "HIP", "FOOT", "THIGH"])
    side = cx.c("LLLRRR" + ("B" if code == "HIP" else ""))
    why = f"{code.lower()} ultrasound, side {side} from the order"
    if code == "ANKLE" and cx.base_lang == "fr" and cx.p(0.6):
        sd = sided(cx, {"fr": [f"{cx.mw('US')} du tendon d'Achille {{m}}", "Echo tendon d'Achille {a}"]}, side)
        why = "Achilles tendon ultrasound (ankle), side from the order"
    elif code == "HIP" and side == "B":
        sd = title(cx, {"fr": ["Echographie des hanches du nourrisson", "Écho hanches bébé (Graf)"], "nl": ["Echografie heupen baby"],
                        "de": ["Hüftsonographie Säugling beidseits (Graf)"], "en": ["US Infant Hips"]})
        why = "infant hip ultrasound, both hips"
    else:
        sd = limb_title(cx, "US", code, side)
    v = cx.v("us")
    ser = []
    for d in cx.rng.sample([None, "MSK", "Small Parts", "Epaule" if code == "SHOULDER" else "Tendons", "Musculo-squelettique"], 2):
        m = meta_of(US_MAKE, v, "US", d, cx)
        bpe(cx, m, LIMB_BP[code][0], ["EXTREMITY", "SMALL PARTS", "MSK"], p_missing=0.4, p_alt=0.3)
        ser.append(S(m, [code], side, why))
    return sd, ser, None


def msk_ct(cx):
    code = cx.c(["WRIST", "ANKLE", "FOOT", "SHOULDER", "KNEE", "ELBOW", "HIP", "ARM", "LEG"])
    side = cx.c("LR")
    arthro = code in ("SHOULDER", "KNEE", "WRIST", "HIP") and cx.p(0.5)
    lang = cx.base_lang
    name, g, _ = part(cx, lang, code, cx.p(0.3) and code in ("FOOT", "WRIST"))
    if arthro and lang == "fr":
        sd = cx.styled(f"Arthroscanner {article(name, g)} {side_word(cx, 'fr', side, g)}")
        why = f"{code.lower()} CT arthrography, side from the order"
    else:
        sd = limb_title(cx, "CT", code, side)
        why = f"{code.lower()} CT, side from the order"
    bp, alt = LIMB_BP[code]
    reg = {"Siemens": cx.c(["Extremity", "Os", None]), "GE": None, "Philips": "Extremite", "Canon": "BONE", "UIH": "Ext"}[cx.v("ct")]
    ser = ct_study(cx, [code], why, [(reg, "bone", None), (reg, "soft", None)], f"{code.title()}_{'Arthro' if arthro else 'Os'}",
                   bp, alt, lat=side)
    if arthro:
        rf_v = cx.v("rf") or "Siemens"
        m = meta_of(RF_MAKE, rf_v, "RF", cx.c(["Arthrographie", "Scopie", "Injection"]), cx)
        ser.append(S(m, [code], side, why + "; the injection under fluoroscopy"))
    return sd, ser, None


def rheum_si(cx):
    sd = title(cx, {"fr": ["IRM des sacro-iliaques", "IRM des articulations sacro-iliaques (spondyloarthrite)", "IRM articulations sacro-iliaques"],
                    "nl": ["NMR sacro-iliacale gewrichten"], "de": ["MRI ISG"], "en": ["MRI Sacroiliac Joints"]})
    ser = mr_series(cx, "pelvis", ["PELVIS"], None, "sacro-iliac joints (pelvis)", "SI", "PELVIS", ["SPINE", "LSPINE", "SACRUM"], n=4)
    return sd, ser, None


def msk(cx):
    f = cx.rng.choices([msk_mr, msk_xr, msk_us, msk_ct, rheum_si], [5, 6, 2, 1, 0.5])[0]
    return f(cx)


def spine(cx):
    reg = cx.c(["l"] * 5 + ["c"] * 3 + ["t", "ws", "tl", "ls", "sacro"])
    mod = cx.c(["MR", "MR", "XR", "XR", "CT"]) if reg not in ("ws", "ls") else cx.c(["MR", "XR"]) if reg == "ws" else cx.c(["XR", "XR", "CT"])
    names = {"c": (["rachis cervical"], ["cervicale wervelkolom", "CWK"], ["HWS"], ["C-Spine", "Cervical Spine"]),
             "t": (["rachis dorsal", "rachis thoracique"], ["dorsale wervelkolom", "DWK"], ["BWS"], ["T-Spine", "Thoracic Spine"]),
             "l": (["rachis lombaire", "rachis lombo-sacré"], ["lumbale wervelkolom", "LWK"], ["LWS"], ["L-Spine", "Lumbar Spine"]),
             "tl": (["charnière dorso-lombaire"], ["thoracolumbale overgang"], ["BWS/LWS"], ["Thoracolumbar Spine"]),
             "ls": (["rachis lombaire + bassin"], ["LWK en bekken"], ["LWS und Becken"], ["L-Spine and Pelvis"]),
             "sacro": (["sacrum-coccyx", "sacro-coccygien"], ["sacrum/coccyx"], ["Os sacrum/Steissbein"], ["Sacrum and Coccyx"]),
             "ws": (["rachis entier", "rachis en entier", "panrachidienne"], ["volledige wervelkolom"], ["Ganzwirbelsäule"], ["Whole Spine"])}[reg]
    labels = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "tl": ["TSPINE", "LSPINE"], "ls": ["LSPINE", "PELVIS"],
              "sacro": ["PELVIS"], "ws": WSPINE}[reg]
    fr, nl, de, en = names
    if reg == "ws" and mod == "XR":
        sd = title(cx, {"fr": ["Rx rachis entier face + profil (EOS)", "EOS rachis entier", "Téléradiographie du rachis entier debout",
                               "Bilan de scoliose"], "nl": ["RX volledige wervelkolom staand"], "de": ["Röntgen Ganzwirbelsäule stehend"],
                        "en": ["XR Scoliosis Series", "EOS Full Spine"]})
        why = "full-spine standing film"
        ser = []
        for d, vp in [("Face", "PA"), ("Profil", "LAT")]:
            m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOS", "SeriesDescription": cx.c([d, f"Rachis {d}", f"EOS {d}"]),
                 "ViewPosition": vp}
            bpe(cx, m, "SPINE", ["WHOLEBODY", "SPINE", "CHEST"])
            ser.append(S(m, WSPINE, None, why))
        return sd, ser, None
    mw = cx.mw(mod)
    sd = title(cx, {"fr": [f"{mw} {cx.c(fr)}", f"{mw} du {cx.c(fr)}" if not cx.c(fr).startswith(("s", "c", "p")) else f"{mw} {cx.c(fr)}",
                           f"{mw} {cx.c(fr)} F+P" if mod == "XR" else f"{mw} {cx.c(fr)}"],
                    "nl": [f"{cx.mw(mod, 'nl')} {cx.c(nl)}"], "de": [f"{cx.mw(mod, 'de')} {cx.c(de)}"], "en": [f"{cx.mw(mod, 'en')} {cx.c(en)}"]},
               dar="LSPINE" if reg == "l" else None)
    why = f"{'/'.join(labels)} {mod}"
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "tl": "SPINE", "ls": "LSPINE", "sacro": "SACRUM", "ws": "SPINE"}[reg]
    alt = ["SPINE", "RACHIS", "NECK" if reg == "c" else "ABDOMEN" if reg in ("l", "ls") else "CHEST"]
    if mod == "MR":
        ser = mr_series(cx, "spine", labels, None, why, {"c": "rachis_cervical", "l": "rachis_lombaire"}.get(reg, "rachis"), bp, alt)
        return sd, ser, None
    if mod == "CT":
        rw = {"c": "Rachis C", "t": "Rachis D", "l": "Rachis L", "tl": "Rachis", "ls": "Rachis L", "sacro": "Sacrum", "ws": "Rachis"}[reg]
        infil = reg in ("l", "c") and cx.p(0.3)
        if infil:
            sd = cx.styled(cx.c(["Infiltration foraminale sous scanner", "Infiltration scanno-guidée rachis lombaire", "Infiltration L5-S1 sous TDM"])
                           if reg == "l" else "Infiltration cervicale sous scanner")
            why = why + "; CT-guided injection"
        ser = ct_study(cx, labels, why, [(rw, "bone", None), (rw, "soft", None)] if not infil else [(None, "soft", None)], f"Rachis_{reg.upper()}", bp, alt)
        return sd, ser, None
    if reg == "ls":
        # the long standing AP film of the lumbar spine and pelvis (De Sèze) and a lumbar profile
        sd = title(cx, {"fr": ["Rx rachis lombaire + bassin (De Sèze)", "Grand cliché de De Sèze", "Rx rachis lombaire et bassin debout"],
                        "nl": ["RX LWK en bekken staand"], "de": ["Röntgen LWS und Becken stehend"], "en": ["XR L-Spine and Pelvis Standing"]})
        why = "lumbar spine and pelvis films"
        m1 = xr(cx, cx.c(["De Sèze", "DE SEZE", "Rachis lombaire + bassin face", "Grand cliché face"]), "AP")
        m2 = xr(cx, cx.c(["Rachis lombaire profil", "L-SPINE LAT", "profil"]), "LAT")
        bpe(cx, m1, "LSPINE", ["PELVIS", "SPINE"])
        bpe(cx, m2, "LSPINE", ["SPINE", "ABDOMEN"])
        return sd, [S(m1, ["LSPINE", "PELVIS"], None, why + "; one long AP film of the lumbar spine and pelvis"),
                    S(m2, ["LSPINE"], None, why + "; the lumbar profile")], None
    views = [("face", "AP"), ("profil", "LAT"), ("3/4 D", "OBL"), ("3/4 G", "OBL"), ("bouche ouverte", "AP"), ("flexion", "LAT"), ("extension", "LAT")]
    ser = []
    for vname, vp in cx.rng.sample(views[:2] + (views[4:] if reg == "c" else views[5:]), 2):
        d = cx.c([vname, f"{cx.c(fr)} {vname}", strip_accents(f"{cx.c(fr)} {vname}").upper()])
        m = xr(cx, d, vp)
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why + ("; oblique named 3/4 D or G, a view not a side" if "3/4" in vname else "")))
    return sd, ser, None


def breast(cx):
    k = cx.c(["screen"] * 4 + ["diag"] * 2 + ["us"] * 3 + ["mr"] * 2 + ["biopsy"])
    v = cx.s["mg"]
    make, models = MG_MAKE[v]
    if k in ("screen", "diag"):
        one = k == "diag" and cx.p(0.4)
        side = cx.c("LR") if one else "B"
        if k == "screen":
            sd = title(cx, {"fr": ["Mammographie de dépistage", "Mammographie de dépistage organisé (DO)", "Mammographie bilatérale de dépistage",
                                   "Mammo dépistage + tomosynthèse"] + (["Mammographie de dépistage PQDCS"] if cx.site == "qc-chu" else []),
                            "nl": ["Mammografie screening", "Mammotest"], "de": ["Screening-Mammographie"], "en": ["Screening Mammogram", "MG Screening Bilateral"]})
            code = ("QEQK004", "Mammographie de dépistage")
        elif one:
            sd = sided(cx, {"fr": ["Mammographie unilatérale {f}", "Mammographie sein {m}", "Cliché complémentaire sein {a}"],
                            "nl": ["Mammografie {s}"], "de": ["Mammographie {s}"], "en": ["Diagnostic Mammogram {s}", "MG Unilateral {s}"]}, side)
            code = None
        else:
            sd = title(cx, {"fr": ["Mammographie bilatérale", "Mammographie + échographie", "Mammographie diagnostique bilatérale"],
                            "nl": ["Mammografie bilateraal"], "de": ["Mammographie beidseits"], "en": ["Diagnostic Mammogram Bilateral"]})
            code = ("QEQK001", "Mammographie bilatérale")
        why = "mammogram, side from ImageLaterality"
        ser = []
        for s in ([side] if one else ["R", "L"]):
            for view in ["CC", "MLO"]:
                for kind in ["2d", "tomo", "synth"] if v in ("Hologic", "GE", "Fujifilm") else ["2d"]:
                    if kind != "2d" and not cx.p(0.5):
                        continue
                    if v == "Hologic":
                        d = {"2d": f"{s} {view}", "tomo": f"{s} {view} Tomosynthesis Reconstruction", "synth": f"{s} {view} C-View"}[kind]
                    elif v == "GE":
                        d = {"2d": f"{s}{view}", "tomo": f"{s}{view} DBT", "synth": f"{s}{view} V-Preview"}[kind]
                    elif v == "Fujifilm":
                        d = {"2d": f"{s}-{view}", "tomo": f"{s}-{view} TOMO", "synth": f"{s}-{view} S-View"}[kind]
                    else:
                        d = f"{s} {view}"
                    m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d,
                         "ImageLaterality": s, "ViewPosition": view}
                    if kind == "tomo":
                        m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.13.1.3"
                    if cx.p(0.3):
                        m["AnatomicRegionSequence"] = [{"CodeValue": "T-04000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Breast"}]
                    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.15, p_alt=0.05)
                    ser.append(S(m, ["BREAST"], s, why + ("" if kind == "2d" else f"; {kind} of the same view")))
        if v == "Hologic" and cx.p(0.4):
            ser.append(S({"Modality": "SR", "Manufacturer": "iCAD, Inc.", "SeriesDescription": "CAD SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50"},
                         [], None, "CAD structured report: no pixels", img=False))
        return sd, ser, code
    if k == "us":
        side = cx.c("LRBBB")
        if side == "B":
            sd = title(cx, {"fr": ["Echographie mammaire bilatérale", "Écho des seins", "Echographie mammaire et axillaire bilatérale"],
                            "nl": ["Echografie borsten bilateraal"], "de": ["Mammasonographie beidseits"], "en": ["US Breast Bilateral"]})
        else:
            sd = sided(cx, {"fr": ["Echographie mammaire {f}", "Écho sein {m}", "Échographie du sein {a}"], "nl": ["Echografie borst {s}"],
                            "de": ["Mammasonographie {s}"], "en": ["US Breast {s}"]}, side)
        why = f"breast ultrasound, side {side} from the order"
        v2 = cx.v("us")
        ser = []
        for d in cx.rng.sample([None, "Sein", "Breast", "SEIN D" if side == "R" else "SEIN G" if side == "L" else "Seins"], 2):
            m = meta_of(US_MAKE, v2, "US", d, cx)
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4, p_alt=0.1)
            ser.append(S(m, ["BREAST"], side, why))
        return sd, ser, None
    if k == "mr":
        sd = title(cx, {"fr": ["IRM mammaire", "IRM mammaire bilatérale", "IRM des seins avec injection"], "nl": ["NMR borsten"],
                        "de": ["MRI Mamma beidseits"], "en": ["MRI Breast Bilateral"]})
        ser = mr_series(cx, "breast", ["BREAST"], "B", "breast MR images both breasts", "sein", "BREAST", ["CHEST", "THORAX"])
        return sd, ser, None
    side = cx.c("LR")
    sd = sided(cx, {"fr": ["Macrobiopsie stéréotaxique sein {m}", "Biopsie mammaire sous stéréotaxie {a}"], "nl": ["Stereotactische biopsie borst {s}"],
                    "de": ["Stereotaktische Vakuumbiopsie Mamma {s}"], "en": ["Stereotactic Breast Biopsy {s}"]}, side)
    why = "stereotactic breast biopsy, side from the order and ImageLaterality"
    ser = []
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"]:
        m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": "Affirm Prone" if v == "Hologic" else cx.c(models),
             "SeriesDescription": d, "ImageLaterality": side}
        ser.append(S(m, ["BREAST"], side, why + ("; specimen of that breast" if d == "Specimen" else "")))
    return sd, ser, None


def neuro(cx):
    k = cx.c(["ct"] * 4 + ["mr"] * 5 + ["stroke"] * 2 + ["hypo", "cai", "willis", "msmr"])
    if k == "ct":
        sd = title(cx, {"fr": ["TDM cérébrale sans injection", "Scanner cérébral", "TDM encéphalique", "TDM crâne sans injection",
                               "Scanner cérébral sans et avec injection"], "nl": ["CT hersenen", "CT schedel"],
                        "de": ["CT Schädel nativ"], "en": ["CT Head without contrast", "CT HEAD W/O"]}, dar="HEAD")
        reg = {"Siemens": cx.c(["Crane", "Head", "Tete"]), "GE": "Cerveau", "Philips": "Brain", "Canon": "HEAD", "UIH": "Head"}
        ser = ct_study(cx, ["HEAD"], "brain CT", [(reg[cx.v('ct')] if cx.p(0.6) else None, "head", None), (None, "bone", None)],
                       cx.c(["Crane_SansInj", "5.1 CRANE", "Head Routine"]), "HEAD", ["BRAIN", "SKULL", "CRANE", "TETE"])
        return sd, ser, ("ACQK001", "Scanographie du crâne et de son contenu, sans injection de produit de contraste")
    if k == "stroke":
        sd = title(cx, {"fr": ["TDM cérébrale + angio-TSA (alerte thrombolyse)", "Protocole AVC : TDM + angioscanner TSA et Willis + perfusion",
                               "Scanner cérébral + angio-TDM des TSA"], "nl": ["CT hersenen + CTA halsvaten (stroke)"],
                        "de": ["CT Schädel + CTA Halsgefässe (Stroke)"], "en": ["CT Stroke Protocol Head and Neck CTA"]})
        vendor = cx.v("ct")
        why = "stroke work-up"
        ser = ct_study(cx, ["HEAD", "NECK"], why, [(None, "head", ["HEAD"]), ("CTA TSA" if vendor != "Siemens" else "CTA_TSA", "soft", ["HEAD", "NECK"])],
                       "AVC_Thrombolyse", "HEAD", ["BRAIN", "NECK", "CAROTID"])
        ser[1]["why"] = why + "; plain head recon"
        ser[2]["why"] = why + "; supra-aortic and Willis CTA, arch to vertex"
        if cx.p(0.6):
            m = ct(cx, vendor, cx.c(["Perfusion 5.0 Hr36", "CT Perfusion 4D", "Brain Perfusion"]))
            ser.append(S(m, ["HEAD"], None, why + "; brain perfusion"))
            ser.append(S(ct(cx, vendor, cx.c(["RAPID Summary", "CBF/CBV/Tmax maps", "Perfusion Summary"]), ImageType="DERIVED\\SECONDARY"),
                         ["HEAD"], None, why + "; perfusion maps of the brain"))
        return sd, ser, None
    if k == "hypo":
        sd = title(cx, {"fr": ["IRM hypophysaire", "IRM de la selle turcique", "IRM hypophyse avec injection"], "nl": ["NMR hypofyse"],
                        "de": ["MRI Hypophyse"], "en": ["MRI Pituitary"]})
        return sd, mr_series(cx, "brain", ["HEAD"], None, "pituitary MR (head)", "hypophyse", "HEAD", ["BRAIN", "SELLA"], n=6), None
    if k == "cai":
        sd = title(cx, {"fr": ["IRM des conduits auditifs internes", "IRM CAI et angles ponto-cérébelleux", "IRM des rochers"],
                        "nl": ["NMR rotsbeenderen"], "de": ["MRI Felsenbein / IAC"], "en": ["MRI Internal Auditory Canals"]})
        return sd, mr_series(cx, "brain", ["HEAD"], None, "internal auditory canals MR (head)", "CAI", "HEAD", ["BRAIN", "IAC"], n=5), None
    if k == "willis":
        sd = title(cx, {"fr": ["Angio-IRM du polygone de Willis", "ARM intracrânienne", "IRM cérébrale + ARM Willis"], "nl": ["MRA Willis"],
                        "de": ["MR-Angiographie Circulus Willisii"], "en": ["MRA Circle of Willis"]})
        ser = mr_series(cx, "brain", ["HEAD"], None, "intracranial MR angiography (head)", "ARM_Willis", "HEAD", ["BRAIN"], n=3)
        m = mr(cx, cx.v("mr") if cx.v("mr") != "Esaote" else "GE", cx.c(["tof_3d_multi-slab", "3D TOF", "3D_TOF", "tof_3d_MIP_COR"]))
        ser.append(S(m, ["HEAD"], None, "intracranial time-of-flight"))
        return sd, ser, None
    if k == "msmr":
        sd = title(cx, {"fr": ["IRM cérébrale et médullaire cervicale (SEP)", "IRM encéphale + moelle cervicale", "IRM cérébro-médullaire"],
                        "nl": ["NMR hersenen en cervicaal myelum"], "de": ["MRI Schädel und HWS (MS)"], "en": ["MRI Brain and C-Spine MS Protocol"]})
        why = "MS protocol: brain and cervical cord"
        ser = mr_series(cx, "brain", ["HEAD"], None, why + "; brain part", "SEP", "HEAD", ["BRAIN"], n=5)
        ser += [S(mr(cx, cx.v("mr") if cx.v("mr") != "Esaote" else "GE", d), ["CSPINE"], None, why + "; cervical cord part")
                for d in cx.rng.sample(["t2_tse_sag_moelle", "Sag STIR C", "T2W_TSE_SAG_CERV", "t1_tse_sag_Gd_cerv", "Sag T2 C-spine", "Ax T2* ME2D C"], 2)]
        return sd, ser, None
    sd = title(cx, {"fr": ["IRM cérébrale", "IRM encéphalique sans et avec injection", "IRM cérébrale avec injection de gadolinium",
                           "IRM du cerveau", "IRM cérébrale protocole épilepsie"], "nl": ["NMR hersenen", "MRI hersenen"],
                    "de": ["MRI Schädel", "MR Neurocranium"], "en": ["MRI Brain", "MRI HEAD W/WO"]}, dar="HEAD")
    return sd, mr_series(cx, "brain", ["HEAD"], None, "brain MR", "cerveau", "HEAD", ["BRAIN", "TETE", "CRANE", "SKULL"]), \
        ("ACQN001", "Remnographie [IRM] du crâne et de son contenu, sans injection de produit de contraste")


def headneck(cx):
    k = cx.c(["sinus", "rochers", "massif", "cervical", "thyro", "thyro", "cavum", "orbites", "tsa_us", "cervico_thor", "atm"])
    if k in ("sinus", "rochers", "massif", "atm"):
        sd = title(cx, {"sinus": {"fr": ["TDM des sinus", "Scanner des sinus", "TDM sinus de la face", "Cone beam des sinus"], "nl": ["CT sinussen"],
                                  "de": ["CT NNH"], "en": ["CT Sinus"]},
                        "rochers": {"fr": ["TDM des rochers", "Scanner des rochers et CAI"], "nl": ["CT rotsbeenderen"],
                                    "de": ["CT Felsenbein"], "en": ["CT Temporal Bones"]},
                        "massif": {"fr": ["TDM du massif facial", "Scanner massif facial (traumatisme)", "TDM des os propres du nez"],
                                   "nl": ["CT aangezichtsschedel"], "de": ["CT Gesichtsschädel"], "en": ["CT Facial Bones"]},
                        "atm": {"fr": ["TDM des ATM", "Scanner des articulations temporo-mandibulaires"], "nl": ["CT kaakgewrichten"],
                                "de": ["CT Kiefergelenke"], "en": ["CT TMJ"]}}[k])
        rw = {"sinus": "Sinus", "rochers": "Rochers", "massif": "Massif facial", "atm": "ATM"}[k]
        ser = ct_study(cx, ["HEAD"], f"{k} CT (head)", [(rw if cx.p(0.5) else None, "bone", None), (None, "soft", None)], f"{rw}_Os", "HEAD",
                       ["SINUS", "SKULL", "FACE", "NECK", "TEMPORAL BONE"])
        return sd, ser, None
    if k == "orbites":
        sd = title(cx, {"fr": ["IRM des orbites", "IRM orbitaire avec injection", "IRM des nerfs optiques"], "nl": ["NMR orbitae"],
                        "de": ["MRI Orbitae"], "en": ["MRI Orbits"]})
        return sd, mr_series(cx, "brain", ["HEAD"], None, "orbit MR (head)", "orbites", "HEAD", ["ORBIT", "BRAIN"], n=5), None
    if k == "cavum":
        sd = title(cx, {"fr": ["IRM du cavum", "IRM du cavum et des aires ganglionnaires cervicales", "IRM cavum"],
                        "nl": ["NMR nasofarynx en hals"], "de": ["MRI Nasopharynx und Hals"], "en": ["MRI Nasopharynx and Neck"]})
        return sd, mr_series(cx, "brain", ["HEAD", "NECK"], None, "nasopharynx MR down the neck nodes: head and neck", "cavum", "NECK",
                             ["HEAD", "HEADNECK"], n=6), None
    if k == "cervical":
        sd = title(cx, {"fr": ["TDM cervicale injectée", "Scanner cervical", "TDM des parties molles du cou", "TDM larynx"],
                        "nl": ["CT hals"], "de": ["CT Hals mit KM"], "en": ["CT Neck with contrast", "CT Soft Tissue Neck"]})
        ser = ct_study(cx, ["NECK"], "neck CT", [("Cou" if cx.p(0.4) else None, "soft", None), (None, "bone", None)], "Cou_Inj", "NECK",
                       ["HEAD", "CSPINE", "LARYNX"], contrast=cx.c(["Omnipaque 350", "Iomeron 350", "Xenetix 350"]))
        return sd, ser, None
    if k == "cervico_thor":
        sd = title(cx, {"fr": ["TDM cervico-thoracique", "TDM cou + thorax injecté", "Scanner cervico-thoracique (bilan ORL)"],
                        "nl": ["CT hals en thorax"], "de": ["CT Hals/Thorax"], "en": ["CT Neck and Chest"]})
        ser = ct_study(cx, ["NECK", "CHEST"], "neck and chest CT", [("Cou" if cx.p(0.5) else None, "soft", ["NECK"]), ("Thorax", "lung", ["CHEST"]),
                                                                     (None, "soft", ["NECK", "CHEST"])],
                       "CervicoThorax", "NECK", ["CHEST", "HEADNECK"])
        ser[1]["why"] = "neck and chest CT; neck recon"
        ser[2]["why"] = "neck and chest CT; chest lung recon"
        ser[3]["why"] = "neck and chest CT; full-range recon"
        return sd, ser, None
    if k == "tsa_us":
        sd = title(cx, {"fr": ["Echo-doppler des troncs supra-aortiques", "Doppler des TSA", "Écho-doppler TSA"], "nl": ["Duplex halsvaten"],
                        "de": ["Duplex Halsgefässe"], "en": ["US Carotid Doppler"]})
        m = meta_of(US_MAKE, cx.v("us"), "US", cx.c([None, "Carotide D", "Carotide G", "TSA", "Vasc"]), cx)
        bpe(cx, m, "NECK", ["CAROTID", "VASCULAR"], p_missing=0.4, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "carotid duplex in the neck; a vessel's side is not a limb side")], None
    sd = title(cx, {"fr": ["Echographie thyroïdienne", "Échographie cervicale et thyroïdienne", "Écho thyroïde", "Cytoponction thyroïdienne échoguidée"],
                    "nl": ["Echografie schildklier"], "de": ["Sonographie Schilddrüse"], "en": ["US Thyroid", "US Neck Thyroid"]})
    ser = []
    for d in cx.rng.sample([None, "Thyroïde", "THYROIDE", "Lobe droit", "Lobe gauche", "Cou"], 2):
        m = meta_of(US_MAKE, cx.v("us"), "US", d, cx)
        bpe(cx, m, "NECK", ["THYROID", "HEAD"], p_missing=0.35, p_alt=0.3)
        ser.append(S(m, ["NECK"], None, "thyroid ultrasound (neck)"))
    return sd, ser, None


def chest(cx):
    k = cx.c(["xr"] * 5 + ["ct"] * 3 + ["ctpa", "lowdose", "ribs", "bedside"])
    if k in ("xr", "ribs", "bedside"):
        sd = title(cx, {"xr": {"fr": ["Rx thorax", "Radiographie du thorax de face", "Rx thorax F+P", "RADIO PULMONAIRE", "Radio thoracique"],
                               "nl": ["RX thorax", "RX thorax PA + profiel"], "de": ["Röntgen Thorax pa/lat", "Thorax 2 Ebenen"],
                               "en": ["XR Chest PA and Lateral", "XR Chest 2 views", "CHEST PA/LAT"]},
                        "ribs": {"fr": ["Rx gril costal", "Radiographie des côtes", "Rx grill costal droit", "Rx sternum"],
                                 "nl": ["RX ribben"], "de": ["Röntgen Rippen"], "en": ["XR Ribs", "XR Sternum"]},
                        "bedside": {"fr": ["Rx thorax au lit", "Radio pulmonaire au lit (réa)", "Thorax lit"], "nl": ["RX thorax bed"],
                                    "de": ["Thorax Bett"], "en": ["XR Chest Portable", "CHEST PORTABLE AP"]}}[k], dar="CHEST" if k == "xr" else None)
        views = {"xr": [("Thorax face", "PA"), ("Thorax profil", "LAT"), ("PA", "PA"), ("Poumons face", "PA"), ("THORAX PA", "PA")],
                 "ribs": [("Gril costal", "AP"), ("Côtes 3/4", "OBL"), ("Sternum profil", "LAT")],
                 "bedside": [("Thorax AP couché", "AP"), ("Thorax lit", "AP"), ("AP SUPINE", "AP")]}[k]
        ser = []
        for d, vp in cx.rng.sample(views, 2):
            m = xr(cx, d, vp)
            if k == "bedside" and cx.v("xr") in ("Carestream", "Philips", "Siemens"):
                m["ManufacturerModelName"] = {"Carestream": "DRX-Revolution", "Philips": "MobileDiagnost wDR", "Siemens": "Mobilett Elara Max"}[cx.v("xr")]
            if cx.p(0.2):
                m["AnatomicRegionSequence"] = [{"CodeValue": "T-D3000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Chest"}]
            bpe(cx, m, "CHEST", ["THORAX", "LUNG", "RIBS"])
            ser.append(S(m, ["CHEST"], None, "chest radiograph" + ("; ribs fold into the chest" if k == "ribs" else "")))
        return sd, ser, ("ZBQK002", "Radiographie du thorax") if k == "xr" and cx.p(0.5) else None
    if k == "ctpa":
        sd = title(cx, {"fr": ["Angio-TDM thoracique (embolie pulmonaire)", "Angioscanner thoracique", "TDM thoracique injectée recherche EP"],
                        "nl": ["CT angio longembolen"], "de": ["CT Pulmonalisangiographie"], "en": ["CT Pulmonary Angiogram", "CTPA"]})
        ser = ct_study(cx, ["CHEST"], "pulmonary CT angiography", [("Thorax", "soft", None), (None, "lung", None)], "AngioThorax_EP",
                       "CHEST", ["THORAX", "LUNG"], contrast=cx.c(["Omnipaque 350", "Iomeron 400", "Ultravist 370"]))
        return sd, ser, None
    sd = title(cx, {"fr": ["TDM thoracique", "Scanner thoracique sans injection", "TDM thorax", "Scanner thoracique haute résolution",
                           "TDM thoracique basse dose (dépistage)" if k == "lowdose" else "TDM thoracique injectée"],
                    "nl": ["CT thorax"], "de": ["CT Thorax"], "en": ["CT Chest", "CT THORAX HRCT"]}, dar="CHEST")
    ser = ct_study(cx, ["CHEST"], "chest CT", [("Thorax" if cx.p(0.6) else None, "lung", None), (None, "soft", None)], "Thorax", "CHEST",
                   ["LUNG", "THORAX", "ABDOMEN"])
    return sd, ser, ("ZBQK001", "Scanographie du thorax, sans injection de produit de contraste") if cx.p(0.3) else None


def cardio(cx):
    k = cx.c(["mr", "mr", "coro", "coro", "xa", "echo"])
    if k == "mr":
        sd = title(cx, {"fr": ["IRM cardiaque", "IRM cardiaque avec injection (myocardite)", "IRM du cœur"], "nl": ["NMR hart"],
                        "de": ["MRI Herz"], "en": ["Cardiac MRI"]})
        return sd, mr_series(cx, "heart", ["CHEST"], None, "cardiac MR", "coeur", "HEART", ["CHEST", "THORAX"]), None
    if k == "coro":
        sd = title(cx, {"fr": ["Coroscanner", "Coroscanner avec score calcique", "Angio-TDM coronaire"], "nl": ["CT coronairen"],
                        "de": ["Koronar-CT"], "en": ["CT Coronary Angiography", "Calcium Score"]})
        vendor = cx.v("ct")
        ser = ct_study(cx, ["CHEST"], "coronary CT", [("CaScore" if vendor == "Siemens" else None, "soft", None), ("Cardiac 75%", "soft", None)],
                       "Coroscanner", "HEART", ["CHEST", "THORAX"], contrast="Iomeron 400")
        return sd, ser, None
    if k == "xa":
        sd = title(cx, {"fr": ["Coronarographie", "Coronarographie + angioplastie", "Coronarographie diagnostique"], "nl": ["Coronarografie"],
                        "de": ["Koronarangiographie"], "en": ["Coronary Angiography"]})
        v = cx.s["xa"]
        ser = []
        for d in cx.rng.sample(["Coro G", "Coro D", "Left Coronary", "Right Coronary", "Ventriculographie", "Cardiac 15fps"], 2):
            m = meta_of(XA_MAKE, v, "XA", d, cx)
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.3)
            ser.append(S(m, ["CHEST"], None, "coronary angiography; the coronary's side is not a limb side"))
        return sd, ser, None
    sd = title(cx, {"fr": ["Échocardiographie transthoracique (ETT)", "ETT", "Echocardiographie"], "nl": ["Echocardiografie"],
                    "de": ["Echokardiographie"], "en": ["Transthoracic Echocardiogram"]})
    m = meta_of(US_MAKE, "Philips" if cx.v("us") != "GE" else "GE", "US", None, cx)
    m["ManufacturerModelName"] = "EPIQ CVx" if m["Manufacturer"].startswith("Philips") else "Vivid E95"
    bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
    return sd, [S(m, ["CHEST"], None, "echocardiography (heart)")], None


def abdo(cx):
    k = cx.c(["us"] * 4 + ["usap"] * 2 + ["ctap"] * 3 + ["liver", "mrcp", "uro", "colo", "asp", "entero", "renal_us", "togd"])
    if k in ("us", "usap", "renal_us"):
        sd = title(cx, {"us": {"fr": ["Echographie abdominale", "Échographie abdominale complète", "Echo abdo", "Échographie hépatique et vésiculaire"],
                               "nl": ["Echografie abdomen"], "de": ["Sonographie Abdomen"], "en": ["US Abdomen", "US ABDO COMPLETE"]},
                        "usap": {"fr": ["Echographie abdomino-pelvienne", "Écho abdomino-pelvienne", "Echographie abdomen + pelvis"],
                                 "nl": ["Echografie abdomen en bekken"], "de": ["Sonographie Abdomen und Becken"], "en": ["US Abdomen and Pelvis"]},
                        "renal_us": {"fr": ["Echographie rénale", "Écho des reins", "Echographie rénale et des voies urinaires"],
                                     "nl": ["Echografie nieren"], "de": ["Sonographie Nieren"], "en": ["US Kidneys", "US Renal"]}}[k], dar="ABDOMEN")
        labels = AP_ if k == "usap" or "voies urinaires" in sd.lower() else ["ABDOMEN"]
        ser = []
        for d in cx.rng.sample([None, "Abdomen", "ABDO", "Foie", "Rein D", "Rein G", "Vésicule"] if k != "usap" else [None, "Abdo-pelvien", "Vessie", "Pelvis"], 2):
            m = meta_of(US_MAKE, cx.v("us"), "US", d, cx)
            bpe(cx, m, "ABDOMEN", ["KIDNEY", "LIVER", "ABDOMEN"], p_missing=0.4, p_alt=0.2)
            ser.append(S(m, labels, None, "abdominal ultrasound" + (" with the pelvis" if labels == AP_ else "") + "; an organ's side is not a limb side"))
        return sd, ser, None
    if k == "ctap":
        sd = title(cx, {"fr": ["TDM abdomino-pelvienne injectée", "Scanner abdomino-pelvien", "TDM abdo-pelvienne sans et avec injection",
                               "Scanner AP"], "nl": ["CT abdomen-bekken"], "de": ["CT Abdomen/Becken"], "en": ["CT Abdomen Pelvis with contrast", "CT A/P"]})
        ser = ct_study(cx, AP_, "abdomen-pelvis CT", [("Abdomen" if cx.p(0.5) else None, "soft", None), ("Abdomen Portal" if cx.p(0.3) else None, "soft", None)],
                       "AbdoPelvis_Portal", "ABDOMEN", ["PELVIS", "ABDOMEN PELVIS", "ABDO"], contrast=cx.c(["Omnipaque 350", "Xenetix 350"]))
        return sd, ser, None
    if k in ("uro", "colo"):
        sd = title(cx, {"uro": {"fr": ["Uro-scanner", "Uroscanner", "TDM des voies urinaires (lithiase)"], "nl": ["CT urografie"],
                                "de": ["CT Urographie"], "en": ["CT Urogram", "CT KUB Stone"]},
                        "colo": {"fr": ["Coloscanner", "Colo-scanner à l'eau", "Coloscopie virtuelle"], "nl": ["CT colografie"],
                                 "de": ["CT Kolonographie"], "en": ["CT Colonography"]}}[k])
        ser = ct_study(cx, AP_, f"{'urinary tract' if k == 'uro' else 'colonography'} CT: abdomen and pelvis",
                       [(None, "soft", None), ("Decubitus" if k == "colo" else "Excretoire", "soft", None)], "Uro" if k == "uro" else "Colo",
                       "ABDOMEN", ["KIDNEY", "COLON", "PELVIS"])
        return sd, ser, None
    if k == "asp":
        sd = title(cx, {"fr": ["ASP", "Abdomen sans préparation", "Rx ASP debout", "Radiographie de l'abdomen sans préparation"],
                        "nl": ["RX abdomen (BOZ)"], "de": ["Röntgen Abdomen leer"], "en": ["XR Abdomen", "XR KUB"]})
        ser = []
        for d, vp in cx.rng.sample([("ASP debout", "AP"), ("ASP couché", "AP"), ("Abdomen face", "AP"), ("ABDOMEN AP", "AP")], 2):
            m = xr(cx, d, vp)
            bpe(cx, m, "ABDOMEN", ["PELVIS", "KUB"])
            ser.append(S(m, AP_, None, "plain abdominal film (ASP): abdomen down to the pelvic floor"))
        return sd, ser, None
    if k == "togd":
        sd = title(cx, {"fr": ["TOGD", "Transit œso-gastro-duodénal", "Transit oeso-gastro-duodenal"], "nl": ["Slokdarm-maag-duodenum passage"],
                        "de": ["Ösophagus-Magen-Duodenum Passage"], "en": ["Upper GI Series"]})
        v = cx.v("rf") or "Siemens"
        ser = [S(meta_of(RF_MAKE, v, "RF", d, cx), ["CHEST", "ABDOMEN"], None, "upper GI study: oesophagus, stomach, duodenum")
               for d in cx.rng.sample(["Oesophage", "Estomac", "TOGD", "Scopie", "Duodénum"], 2)]
        return sd, ser, None
    if k == "entero":
        sd = title(cx, {"fr": ["Entéro-IRM", "IRM du grêle (entéro-IRM)"], "nl": ["MR enterografie"], "de": ["MR Enterographie"], "en": ["MR Enterography"]})
        return sd, mr_series(cx, "liver", AP_, None, "MR enterography: abdomen and pelvis", "entero", "ABDOMEN", ["PELVIS", "BOWEL"], n=5), None
    sd = title(cx, {"liver": {"fr": ["IRM hépatique", "IRM du foie avec injection", "IRM abdominale (foie-pancréas)", "IRM pancréatique"],
                              "nl": ["NMR lever"], "de": ["MRI Leber"], "en": ["MRI Liver", "MRI Abdomen"]},
                    "mrcp": {"fr": ["Bili-IRM", "Cholangio-IRM", "IRM des voies biliaires"], "nl": ["MRCP"], "de": ["MRCP"], "en": ["MRCP"]}}[k])
    return sd, mr_series(cx, "liver", ["ABDOMEN"], None, "upper abdominal MR", "foie" if k == "liver" else "biliIRM", "ABDOMEN",
                         ["LIVER", "ABDO", "CHEST"]), None


def pelvis(cx, k=None):
    k = k or cx.c(["prost", "endo", "us_pelv", "us_pelv", "scrotum", "hsg", "obst1", "obst2", "cysto"])
    if k in ("prost", "endo"):
        sd = title(cx, {"prost": {"fr": ["IRM prostatique multiparamétrique", "IRM de la prostate", "IRM prostate"], "nl": ["NMR prostaat"],
                                  "de": ["MRI Prostata (mpMRI)"], "en": ["MRI Prostate Multiparametric"]},
                        "endo": {"fr": ["IRM pelvienne (endométriose)", "IRM pelvienne", "IRM pelvienne féminine avec injection"],
                                 "nl": ["NMR bekken"], "de": ["MRI Becken"], "en": ["MRI Pelvis Female"]}}[k])
        return sd, mr_series(cx, "pelvis", ["PELVIS"], None, "pelvic MR", "prostate" if k == "prost" else "pelvis", "PELVIS",
                             ["PROSTATE", "ABDOMEN", "LSPINE"]), None
    if k in ("us_pelv", "scrotum", "obst1", "obst2"):
        sd = title(cx, {"us_pelv": {"fr": ["Echographie pelvienne sus-pubienne et endovaginale", "Écho pelvienne", "Echographie endovaginale",
                                           "Echographie vésico-prostatique"], "nl": ["Echografie bekken"], "de": ["Sonographie Becken transvaginal"],
                                    "en": ["US Pelvis Transvaginal"]},
                        "scrotum": {"fr": ["Echographie scrotale", "Écho testiculaire", "Echo-doppler des bourses"], "nl": ["Echografie scrotum"],
                                    "de": ["Sonographie Skrotum"], "en": ["US Scrotum"]},
                        "obst1": {"fr": ["Echographie obstétricale du 1er trimestre", "Écho de datation", "Echographie de grossesse précoce"],
                                  "nl": ["Echografie zwangerschap 1e trimester"], "de": ["Sonographie Frühschwangerschaft"], "en": ["US OB First Trimester"]},
                        "obst2": {"fr": ["Echographie obstétricale morphologique T2", "Écho morphologique 22 SA", "Echographie obstétricale du 3e trimestre"],
                                  "nl": ["Echografie zwangerschap 20 weken"], "de": ["Sonographie Feindiagnostik"], "en": ["US OB Anatomy Scan"]}}[k])
        labels = AP_ if k == "obst2" else ["PELVIS"]
        ser = []
        v = cx.v("us")
        for d in cx.rng.sample([None, "Pelvis", "EV", "Gyneco", "OB", "Testicule D" if k == "scrotum" else "Utérus", "Ovaire G"], 2):
            m = meta_of(US_MAKE, v, "US", d, cx)
            if k in ("obst1", "obst2") and v == "GE":
                m["ManufacturerModelName"] = "Voluson E10"
            bpe(cx, m, "PELVIS", ["ABDOMEN", "OB", "SCROTUM", "UTERUS"], p_missing=0.4, p_alt=0.25)
            ser.append(S(m, labels, None, {"us_pelv": "pelvic ultrasound", "scrotum": "scrotal ultrasound (pelvis); an organ's side is not a limb side",
                                           "obst1": "first-trimester pregnancy ultrasound (pelvis)",
                                           "obst2": "second/third-trimester pregnancy ultrasound: the uterus reaches the abdomen"}[k]))
        return sd, ser, None
    sd = title(cx, {"hsg": {"fr": ["Hystérosalpingographie", "HSG"], "nl": ["Hysterosalpingografie"], "de": ["Hysterosalpingographie"], "en": ["Hysterosalpingogram"]},
                    "cysto": {"fr": ["Cystographie rétrograde", "Urétrocystographie rétrograde et mictionnelle", "UCRM"], "nl": ["Mictiecystografie"],
                              "de": ["Miktionszystourethrographie"], "en": ["Voiding Cystourethrogram"]}}[k])
    v = cx.v("rf") or "Siemens"
    ser = [S(meta_of(RF_MAKE, v, "RF", d, cx), ["PELVIS"], None, "pelvic fluoroscopy") for d in cx.rng.sample(["Scopie", "Pelvis", "HSG", "Temps 1", "Mictionnel"], 2)]
    return sd, ser, None


def onc(cx):
    k = cx.c(["tap"] * 5 + ["pet"] * 3 + ["psma", "wbmr", "cervico_tap", "thoabd"])
    if k in ("tap", "cervico_tap", "thoabd"):
        sd = title(cx, {"tap": {"fr": ["TDM TAP", "Scanner thoraco-abdomino-pelvien", "TDM TAP avec injection", "Scanner TAP (bilan d'extension)",
                                       "TDM thoraco-abdomino-pelvienne injectée"], "nl": ["CT thorax-abdomen-bekken"],
                                "de": ["CT Thorax/Abdomen/Becken"], "en": ["CT Chest Abdomen Pelvis", "CT CAP with contrast"]},
                        "cervico_tap": {"fr": ["TDM cervico-TAP", "Scanner cervico-thoraco-abdomino-pelvien", "TDM cou-TAP injecté"],
                                        "nl": ["CT hals-thorax-abdomen"], "de": ["CT Hals/Thorax/Abdomen"], "en": ["CT Neck Chest Abdomen Pelvis"]},
                        "thoabd": {"fr": ["TDM thoraco-abdominale", "Scanner thorax + abdomen"], "nl": ["CT thorax-abdomen"],
                                   "de": ["CT Thorax/Oberbauch"], "en": ["CT Chest and Upper Abdomen"]}}[k])
        labels = {"tap": CAP, "cervico_tap": ["NECK"] + CAP, "thoabd": ["CHEST", "ABDOMEN"]}[k]
        why = {"tap": "chest-abdomen-pelvis CT", "cervico_tap": "neck-chest-abdomen-pelvis CT", "thoabd": "chest and upper abdomen CT"}[k]
        reg = {"tap": "TAP", "cervico_tap": "Cou-TAP", "thoabd": "ThoraxAbdo"}[k]
        ser = ct_study(cx, labels, why, [(reg if cx.p(0.5) else None, "soft", None), ("Thorax", "lung", ["CHEST"]), (None, "soft", None)],
                       f"{reg}_Portal", "CHEST", ["ABDOMEN", "TAP", "CHEST_ABDOMEN_PELVIS", "WHOLEBODY"],
                       contrast=cx.c(["Omnipaque 350", "Iomeron 350", "Xenetix 350", "Visipaque 320"]))
        ser[2]["why"] = why + "; lung recon of the chest part"
        return sd, ser, None
    if k in ("pet", "psma"):
        sd = title(cx, {"pet": {"fr": ["TEP-TDM au 18F-FDG", "TEP-scan FDG corps entier", "TEP/TDM FDG", "PET-scan FDG"],
                                "nl": ["PET-CT FDG"], "de": ["PET-CT FDG Ganzkörper"], "en": ["PET/CT FDG Whole Body", "PET CT Skull base to mid-thigh"]},
                        "psma": {"fr": ["TEP-TDM PSMA", "TEP au 68Ga-PSMA", "TEP-TDM 18F-PSMA"], "nl": ["PET-CT PSMA"], "de": ["PSMA-PET/CT"],
                                 "en": ["PET/CT PSMA"]}}[k])
        v = cx.s["pt"] or "Siemens"
        why = "whole-body PET/CT"
        ser = []
        for d, mod in [("PET WB AC" if v == "Siemens" else "WB 3D MAC" if v == "GE" else "PET_WB_AC", "PT"),
                       (cx.c(["PET WB NAC", "WB NAC", "PET_NAC"]), "PT"), (cx.c(["CT WB 5.0 B30f", "CTAC 3.75 Thick", "CT_AC 3mm", "CT Corps entier"]), "CT"),
                       (cx.c(["MIP", "PET MIP", "3D MIP"]), "PT"), (cx.c(["Topogram  0.6  T20f", "Scout", "Topo"]), "CT")]:
            m = meta_of(PT_MAKE, v, mod, d, cx)
            if mod == "PT" and cx.p(0.4):
                m["ImageType"] = "ORIGINAL\\PRIMARY" if "MIP" not in d else "DERIVED\\SECONDARY\\MIP"
            bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "ABDOMEN", "HEAD", "WB"], p_missing=0.3, p_alt=0.35)
            ser.append(S(m, WB, None, why + ("; its scout" if "Topo" in d or d == "Scout" else "")))
        ser.append(S(meta_of(PT_MAKE, v, "SR", "PET Dose Report", cx, SOPClassUID="1.2.840.10008.5.1.4.1.1.88.67"), [], None, "dose SR: no pixels", img=False))
        return sd, ser, None
    sd = title(cx, {"fr": ["IRM corps entier (myélome)", "IRM corps entier avec diffusion", "IRM corps entier"], "nl": ["NMR volledig lichaam"],
                    "de": ["Ganzkörper-MRI"], "en": ["MRI Whole Body"]})
    return sd, mr_series(cx, "wb", WB, None, "whole-body MR", "corps_entier", "WHOLEBODY", ["CHEST", "SPINE", "WB"]), None


def vasc(cx):
    k = cx.c(["aorta", "runoff", "venous", "venous", "venous_bil", "art_us", "hepatic", "uae", "xa_legs", "renal_doppler"])
    if k in ("aorta", "runoff"):
        sd = title(cx, {"aorta": {"fr": ["Angioscanner de l'aorte thoraco-abdominale", "Angio-TDM aortique", "TDM aorte (dissection)"],
                                  "nl": ["CT angio aorta"], "de": ["CT-Angiographie Aorta"], "en": ["CTA Aorta Chest Abdomen Pelvis"]},
                        "runoff": {"fr": ["Angioscanner des membres inférieurs", "Angio-TDM aorto-iliaque et des membres inférieurs", "Artério-scanner MI"],
                                   "nl": ["CT angio onderste ledematen"], "de": ["CT-Angiographie Becken-Bein"], "en": ["CTA Runoff"]}}[k])
        labels = CAP if k == "aorta" else RUNOFF
        lat = None if k == "aorta" else "B"
        why = "thoraco-abdominal aorta CTA" if k == "aorta" else "run-off CTA, renal arteries to the feet, both legs"
        ser = ct_study(cx, labels, why, [(None, "soft", None), ("CTA MIP" if cx.p(0.5) else None, "soft", None)], "AngioAorte" if k == "aorta" else "AngioMI",
                       "CHEST" if k == "aorta" else "LEG", ["AORTA", "ABDOMEN", "WHOLEBODY", "EXTREMITY"], lat=lat, contrast="Iomeron 400")
        return sd, ser, None
    if k in ("venous", "venous_bil", "art_us"):
        side = "B" if k == "venous_bil" or (k == "art_us" and cx.p(0.6)) else cx.c("LR")
        if k == "art_us":
            if side == "B":
                sd = title(cx, {"fr": ["Echo-doppler artériel des membres inférieurs", "Doppler artériel MI"], "nl": ["Arteriële duplex benen"],
                                "de": ["Duplex Beinarterien beidseits"], "en": ["US Arterial Lower Extremity Bilateral"]})
            else:
                sd = sided(cx, {"fr": ["Echo-doppler artériel membre inférieur {m}", "Doppler artériel MI {a}"], "nl": ["Arteriële duplex been {s}"],
                                "de": ["Duplex Beinarterien {s}"], "en": ["US Arterial Lower Extremity {s}"]}, side)
            labels, why = VEIN_LEG, "lower-limb arterial duplex, groin to calf"
        else:
            if side == "B":
                sd = title(cx, {"fr": ["Echo-doppler veineux des membres inférieurs", "Doppler veineux MI bilatéral", "Echodoppler veineux des 2 MI"],
                                "nl": ["Veneuze duplex benen bilateraal"], "de": ["Duplex Beinvenen beidseits"], "en": ["US Venous Doppler Lower Extremities Bilateral"]})
            else:
                mi = cx.c(["membre inférieur", "MI"])
                sd = sided(cx, {"fr": [f"Echo-doppler veineux {mi} {{m}}", "Doppler veineux MI{a}".replace("MI{a}", "MI {a}")],
                                "nl": ["Veneuze duplex been {s}"], "de": ["Duplex Beinvenen {s}"], "en": ["US Venous Doppler Leg {s}", "US DVT {s} LEG"]}, side)
            labels, why = VEIN_LEG, "lower-limb venous duplex, groin to calf"
        v = cx.v("us")
        ser = []
        for d in cx.rng.sample([None, "Veineux", "Vasc MI", "Fémorale", "Poplitée", "Vasculaire"], 2):
            m = meta_of(US_MAKE, v, "US", d, cx)
            bpe(cx, m, "LEG", ["EXTREMITY", "LOWER LIMB", "VASCULAR"], p_missing=0.45, p_alt=0.3)
            ser.append(S(m, labels, side, why + f", side {side} from the order"))
        return sd, ser, None
    if k == "renal_doppler":
        sd = title(cx, {"fr": ["Echo-doppler des artères rénales"], "nl": ["Duplex nierarteriën"], "de": ["Duplex Nierenarterien"], "en": ["US Renal Artery Doppler"]})
        m = meta_of(US_MAKE, cx.v("us"), "US", cx.c([None, "Rein D", "Renal"]), cx)
        return sd, [S(m, ["ABDOMEN"], None, "renal artery duplex (abdomen)")], None
    v = cx.s["xa"] or "Siemens"
    if k == "hepatic":
        sd = title(cx, {"fr": ["Chimioembolisation hépatique", "CHE foie", "Chimio-embolisation intra-artérielle hépatique"],
                        "nl": ["TACE lever"], "de": ["TACE Leber"], "en": ["Hepatic Chemoembolization TACE"]})
        ser = [S(meta_of(XA_MAKE, v, "XA", d, cx), ["ABDOMEN"], None, "hepatic chemoembolisation runs") for d in
               cx.rng.sample(["Tronc coeliaque", "AMS", "Artère hépatique D", "DSA Abdomen", "Post embolisation"], 2)]
        if cx.p(0.4):
            ser.append(S(meta_of(XA_MAKE, v, "XA", cx.c(["DynaCT Body", "Cone Beam CT Foie"]), cx), ["ABDOMEN"], None, "hepatic cone-beam CT"))
        return sd, ser, None
    if k == "uae":
        sd = title(cx, {"fr": ["Embolisation des fibromes utérins", "Embolisation artères utérines"], "nl": ["Embolisatie uterus"],
                        "de": ["Uterusarterienembolisation"], "en": ["Uterine Artery Embolization"]})
        ser = [S(meta_of(XA_MAKE, v, "XA", d, cx), ["PELVIS"], None, "uterine artery embolisation runs (pelvis)") for d in
               cx.rng.sample(["Iliaque interne G", "Utérine D", "Aortographie pelvienne", "DSA Pelvis"], 2)]
        return sd, ser, None
    side = cx.c("LR")
    sd = sided(cx, {"fr": ["Artériographie du membre inférieur {m} + angioplastie", "Artériographie MI {a}"], "nl": ["Angiografie been {s}"],
                    "de": ["Angiographie Bein {s} mit PTA"], "en": ["Angiography Lower Extremity {s}"]}, side)
    why = "lower-limb angiography runs"
    ser = [S(meta_of(XA_MAKE, v, "XA", cx.c(["Fémorale superficielle", "SFA"]), cx), ["THIGH"], side, why + "; femoral run"),
           S(meta_of(XA_MAKE, v, "XA", cx.c(["Poplitée", "Jambe", "Trépied jambier"]), cx), ["KNEE", "LEG"], side, why + "; popliteal and calf run")]
    return sd, ser, None


def trauma(cx):
    k = cx.c(["body", "body", "head_c", "head_c", "spine_tl"])
    v = cx.v("ct")
    if k == "body":
        sd = title(cx, {"fr": ["Body-scanner polytraumatisé", "TDM corps entier (polytrauma)", "Scanner polytraumatisme : crâne, rachis, TAP"],
                        "nl": ["CT polytrauma"], "de": ["Polytrauma-CT"], "en": ["CT Trauma Pan-scan", "CT Whole Body Trauma"]})
        why = "trauma pan-scan"
        ser = ct_study(cx, WB, why, [("Crane" if v == "Siemens" else None, "head", ["HEAD"]), ("TAP", "soft", CAP),
                                     ("Rachis C", "bone", ["CSPINE"]), ("Rachis DL", "bone", ["TSPINE", "LSPINE"])],
                       "Polytrauma", "WHOLEBODY", ["CHEST", "HEAD", "TRAUMA"])
        ser[0]["labels"] = WB + WSPINE
        ser[0]["why"] = why + "; the scout spans head to pelvis, spine included"
        ser[1]["why"], ser[2]["why"] = why + "; head recon", why + "; chest-abdomen-pelvis recon"
        ser[3]["why"], ser[4]["why"] = why + "; cervical spine reformat", why + "; thoracolumbar spine reformat"
        return sd, ser, None
    if k == "head_c":
        sd = title(cx, {"fr": ["TDM cérébrale + rachis cervical", "Scanner crâne et rachis cervical (chute)", "TDM cérébrale et cervicale"],
                        "nl": ["CT hersenen + CWK"], "de": ["CT Schädel + HWS"], "en": ["CT Head and C-Spine"]})
        why = "head and cervical spine CT"
        ser = ct_study(cx, ["HEAD", "CSPINE"], why, [(None, "head", ["HEAD"]), ("Rachis C" if cx.p(0.6) else None, "bone", ["CSPINE"])],
                       "Crane_RachisC", "HEAD", ["CSPINE", "NECK"])
        ser[1]["why"], ser[2]["why"] = why + "; head recon", why + "; cervical spine recon"
        return sd, ser, None
    sd = title(cx, {"fr": ["TDM rachis dorso-lombaire (traumatisme)", "Scanner rachis dorsal et lombaire"], "nl": ["CT DWK en LWK"],
                    "de": ["CT BWS/LWS"], "en": ["CT T-Spine and L-Spine"]})
    ser = ct_study(cx, ["TSPINE", "LSPINE"], "thoracolumbar spine CT", [("Rachis" if cx.p(0.5) else None, "bone", None), (None, "soft", None)],
                   "RachisDL", "SPINE", ["TSPINE", "LSPINE", "CHEST", "ABDOMEN"])
    return sd, ser, None


def paeds(cx):
    k = cx.c(["age", "chest", "tfu", "invag", "asp", "brainmr", "hips", "cysto"])
    if k == "age":
        sd = title(cx, {"fr": ["Age osseux", "Rx main gauche (âge osseux)", "Radiographie pour âge osseux"], "nl": ["Botleeftijd"],
                        "de": ["Knochenalter"], "en": ["XR Bone Age"]})
        m = xr(cx, cx.c(["Main G face", "Age osseux main G", "Main gauche", "L HAND PA", "Linkerhand" if cx.base_lang == "nl" else "Main gauche",
                         "Hand links" if cx.base_lang == "de" else "HAND PA LEFT"]), "PA")
        if cx.p(0.3):
            m["ImageLaterality"] = "L"
        bpe(cx, m, "HAND", ["EXTREMITY"])
        return sd, [S(m, ["HAND"], "L", "bone age: left hand by convention, the series or order says left")], None
    if k == "hips":
        return msk_us_hips(cx)
    if k == "chest":
        sd = title(cx, {"fr": ["Rx thorax enfant", "Radio pulmonaire (pédiatrie)", "Rx thorax face nourrisson"], "nl": ["RX thorax kind"],
                        "de": ["Röntgen Thorax Kind"], "en": ["XR Chest Paediatric"]})
        m = xr(cx, cx.c(["Thorax face", "Thorax AP", "Poumons"]), "AP")
        bpe(cx, m, "CHEST", ["THORAX", "ABDOMEN"])
        return sd, [S(m, ["CHEST"], None, "paediatric chest film")], None
    if k == "tfu":
        sd = title(cx, {"fr": ["Echographie transfontanellaire", "ETF"], "nl": ["Echografie schedel (fontanel)"], "de": ["Schädelsonographie"],
                        "en": ["US Head Neonatal"]})
        m = meta_of(US_MAKE, cx.v("us"), "US", cx.c([None, "Neonat", "Transfontanellaire"]), cx)
        bpe(cx, m, "HEAD", ["BRAIN", "SKULL"], p_missing=0.4, p_alt=0.3)
        return sd, [S(m, ["HEAD"], None, "neonatal head ultrasound through the fontanelle")], None
    if k == "invag":
        sd = title(cx, {"fr": ["Echographie abdominale (invagination)", "Écho abdominale enfant", "Echographie du pylore"], "nl": ["Echografie abdomen kind"],
                        "de": ["Sonographie Abdomen Kind"], "en": ["US Abdomen Paediatric"]})
        m = meta_of(US_MAKE, cx.v("us"), "US", cx.c([None, "Abdomen", "Pédiatrie"]), cx)
        bpe(cx, m, "ABDOMEN", ["PELVIS"], p_missing=0.4)
        return sd, [S(m, ["ABDOMEN"], None, "paediatric abdominal ultrasound")], None
    if k == "asp":
        sd = title(cx, {"fr": ["ASP enfant", "Abdomen sans préparation (pédiatrie)"], "nl": ["RX abdomen kind"], "de": ["Abdomen leer Kind"],
                        "en": ["XR Abdomen Paediatric"]})
        m = xr(cx, cx.c(["ASP", "Abdomen face", "ABDOMEN AP"]), "AP")
        bpe(cx, m, "ABDOMEN", ["PELVIS"])
        return sd, [S(m, AP_, None, "paediatric abdominal film: abdomen and pelvis")], None
    if k == "cysto":
        return pelvis(cx, "cysto")
    sd = title(cx, {"fr": ["IRM cérébrale sous sédation", "IRM cérébrale enfant", "IRM encéphalique pédiatrique"], "nl": ["NMR hersenen kind"],
                    "de": ["MRI Schädel Kind"], "en": ["MRI Brain Paediatric"]})
    return sd, mr_series(cx, "brain", ["HEAD"], None, "paediatric brain MR", "cerveau_ped", "HEAD", ["BRAIN"], n=5), None


def msk_us_hips(cx):
    sd = title(cx, {"fr": ["Echographie des hanches du nourrisson", "Écho hanches bébé (Graf)"], "nl": ["Echografie heupen baby"],
                    "de": ["Hüftsonographie Säugling beidseits (Graf)"], "en": ["US Infant Hips"]})
    ser = []
    names = {"fr": ("Hanche D", "Hanche G"), "nl": ("Heup R", "Heup L"), "de": ("Hüfte rechts", "Hüfte links"), "en": ("RIGHT HIP", "LEFT HIP")}
    for s, d in zip("RL", names[cx.base_lang]):
        m = meta_of(US_MAKE, cx.v("us"), "US", d, cx)
        bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.4)
        ser.append(S(m, ["HIP"], s, "infant hip ultrasound; this series is one hip, named in its description"))
    return sd, ser, None


def nm(cx):
    k = cx.c(["bone", "bone", "bone", "myo", "thyro", "vq", "dmsa", "dat", "bone_spot"])
    v = cx.s["nm"] or "Siemens"
    if k in ("bone", "bone_spot"):
        sd = title(cx, {"fr": ["Scintigraphie osseuse corps entier", "Scintigraphie osseuse", "Scinti osseuse 3 temps"], "nl": ["Botscintigrafie"],
                        "de": ["Skelettszintigraphie"], "en": ["NM Bone Scan Whole Body"]})
        if k == "bone_spot":
            side = cx.c("LR")
            sd = sided(cx, {"fr": ["Scintigraphie osseuse 3 temps du genou {m}"], "nl": ["Botscintigrafie 3 fasen knie {s}"],
                            "de": ["3-Phasen-Skelettszintigraphie Knie {s}"], "en": ["NM Three Phase Bone Scan Knee {s}"]}, side)
            ser = [S(meta_of(NM_MAKE, v, "NM", d, cx), ["KNEE"], side, "three-phase bone scan of one knee, side from the order")
                   for d in cx.rng.sample(["Temps vasculaire", "Temps tissulaire", "Genoux statique", "Flow"], 2)]
            return sd, ser, None
        ser = [S(meta_of(NM_MAKE, v, "NM", d, cx, ImageType="ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION"), WB, None, "whole-body bone scan")
               for d in cx.rng.sample(["WB ANT", "WB POST", "Corps entier ANT", "Corps entier POST", "Balayage"], 2)]
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["WB", "SKELETON"], p_missing=0.4)
        if cx.p(0.5):
            ser.append(S(meta_of(NM_MAKE, v, "NM", cx.c(["SPECT-CT Bassin", "TEMP-TDM rachis lombaire"]), cx), [], None, "x", img=True))
            d = ser[-1]["meta"]["SeriesDescription"]
            ser[-1]["labels"] = ["PELVIS"] if "Bassin" in d else ["LSPINE"]
            ser[-1]["why"] = "SPECT/CT of the region named in the series"
        return sd, ser, None
    tab = {"myo": ({"fr": ["Scintigraphie myocardique", "Tomoscintigraphie myocardique d'effort"], "nl": ["Myocardperfusiescintigrafie"],
                    "de": ["Myokardszintigraphie"], "en": ["NM Myocardial Perfusion"]}, ["CHEST"], ["Stress", "Repos", "SPECT Effort"], "myocardial perfusion (heart)"),
           "thyro": ({"fr": ["Scintigraphie thyroïdienne", "Scintigraphie parathyroïdienne"], "nl": ["Schildklierscintigrafie"],
                      "de": ["Schilddrüsenszintigraphie"], "en": ["NM Thyroid Scan"]}, ["NECK"], ["Thyroide", "Pinhole", "ANT 20min"], "thyroid scan (neck)"),
           "vq": ({"fr": ["Scintigraphie pulmonaire de ventilation-perfusion", "Scintigraphie V/Q"], "nl": ["Longscintigrafie V/Q"],
                   "de": ["Lungenszintigraphie"], "en": ["NM Lung V/Q"]}, ["CHEST"], ["Perfusion", "Ventilation", "SPECT V/Q"], "lung scan (chest)"),
           "dmsa": ({"fr": ["Scintigraphie rénale au DMSA", "Scintigraphie rénale MAG3"], "nl": ["Nierscintigrafie"], "de": ["Nierenszintigraphie"],
                     "en": ["NM Renal Scan"]}, ["ABDOMEN"], ["DMSA POST", "MAG3 Dyn", "Reins"], "renal scan (abdomen)"),
           "dat": ({"fr": ["DaTSCAN", "Tomoscintigraphie cérébrale au DaTSCAN"], "nl": ["DaTSCAN"], "de": ["DaTSCAN"], "en": ["NM DaTscan Brain"]},
                   ["HEAD"], ["DaTSCAN SPECT", "Cerveau", "Brain SPECT"], "brain SPECT (head)")}
    t, labels, descs, why = tab[k]
    sd = title(cx, t)
    ser = [S(meta_of(NM_MAKE, v, "NM", d, cx), labels, None, why) for d in cx.rng.sample(descs, 2)]
    for s in ser:
        bpe(cx, s["meta"], {"CHEST": "HEART" if k == "myo" else "CHEST", "NECK": "THYROID", "ABDOMEN": "KIDNEY", "HEAD": "BRAIN"}[labels[0]],
            None, p_missing=0.4)
    return sd, ser, None


def dxa(cx):
    v = cx.s["dxa"]
    make, models = DXA_MAKE[v]
    sd = title(cx, {"fr": ["Ostéodensitométrie", "Ostéodensitométrie rachis et hanche", "Densitométrie osseuse (DMO)", "Absorptiométrie biphotonique"],
                    "nl": ["Botdensitometrie"], "de": ["Knochendichtemessung (DXA)"], "en": ["DXA Bone Density"]})
    ser = []
    hip_side = cx.c("LR")
    opts = [("AP Spine" if v == "Hologic" else "Spine", ["LSPINE"], None, "DXA spine image (lumbar)"),
            ({"L": "Left Hip", "R": "Right Hip"}[hip_side] if v == "Hologic" else {"L": "Femur Left", "R": "Femur Right"}[hip_side], ["HIP"], hip_side,
             "DXA hip image, side in the series name"),
            (cx.c(["Rachis L1-L4", "Rachis lombaire"]), ["LSPINE"], None, "DXA spine image (lumbar)")]
    if v == "GE" and cx.p(0.4):
        opts.append(("DualFemur", ["HIP"], "B", "DXA dual femur image: both hips"))
    if cx.p(0.3):
        fs = cx.c("LR")
        opts.append(({"L": "L Forearm", "R": "R Forearm"}[fs] if v == "Hologic" else {"L": "Forearm Left", "R": "Forearm Right"}[fs], ["FOREARM"], fs,
                     "DXA forearm image, side in the series name"))
    for d, lab, lat, why in cx.rng.sample(opts, min(3, len(opts))):
        m = {"Modality": "OT" if v == "Hologic" else "DX", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "HIP", "PELVIS"], p_missing=0.5)
        ser.append(S(m, lab, lat, why))
    ser.append(S({"Modality": "SR", "Manufacturer": make, "SeriesDescription": cx.c(["DXA Report", "Résultats DMO", "Bone Density Report"]),
                  "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33"}, [], None, "DXA result SR: no pixels", img=False))
    return sd, ser, ("PAQK007", "Ostéodensitométrie sur 2 sites par méthode biphotonique") if cx.p(0.5) else None


def dental(cx):
    k = cx.c(["pano", "pano", "io", "cbct", "ceph"])
    v = cx.s["px"]
    make, models = PX_MAKE[v]
    sd = title(cx, {"pano": {"fr": ["Panoramique dentaire", "Orthopantomogramme", "Radio panoramique dentaire"], "nl": ["Panoramische opname"],
                             "de": ["OPG"], "en": ["Panoramic Dental"]},
                    "io": {"fr": ["Rétro-alvéolaire", "Bilan rétro-alvéolaire", "Radio rétro-alvéolaire 36"], "nl": ["Intra-orale opname"],
                           "de": ["Zahnfilm"], "en": ["Dental Intraoral"]},
                    "cbct": {"fr": ["Cone beam dentaire", "CBCT maxillaire", "Cone beam mandibule"], "nl": ["CBCT kaak"], "de": ["DVT Kiefer"],
                             "en": ["CBCT Dental"]},
                    "ceph": {"fr": ["Téléradiographie de profil du crâne", "Téléradiographie céphalométrique"], "nl": ["Cefalometrie"],
                             "de": ["FRS"], "en": ["Lateral Ceph"]}}[k])
    mod = {"pano": "PX", "io": "IO", "cbct": "CT", "ceph": "DX"}[k]
    d = {"pano": cx.c(["Panoramique", "PANO", "Standard Pano", None]), "io": cx.c(["RVG", "Intraoral", "Dent 36", None]),
         "cbct": cx.c(["CBCT", "3D Volume", "Mandibule"]), "ceph": cx.c(["Ceph Lat", "Téléradio profil"])}[k]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if d:
        m["SeriesDescription"] = d
    bpe(cx, m, {"pano": "JAW", "io": "TOOTH", "cbct": "JAW", "ceph": "SKULL"}[k], ["HEAD", "MAXILLA", "MANDIBLE"], p_missing=0.4)
    return sd, [S(m, ["HEAD"], None, "dental/maxillofacial imaging (head)")], None


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio, "abdo": abdo,
          "pelvis": pelvis, "onc": onc, "vasc": vasc, "trauma": trauma, "paeds": paeds, "nm": nm, "dxa": dxa, "dental": dental}


# Objects without anatomy filed with a site's studies: scanned requests, key objects,
# presentation states, dose reports, protocol pages, quality-control phantoms.
NOANAT_KINDS = ["doc", "ko", "pr", "sr", "page", "doc", "qa", "pdf"]


def noanat(cx, i):
    """The i-th object without anatomy; the kinds take turns, so that each is there."""
    k = NOANAT_KINDS[i % len(NOANAT_KINDS)]
    fr = cx.base_lang == "fr"
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": cx.c(
            ["Bon de demande", "Demande d'examen numérisée", "Consentement éclairé", "Document scanné", "Ordonnance"] if fr else
            ["Scanned Requisition", "Aanvraagformulier", "Zuweisung"])}, "scanned paper: no anatomy"
    if k == "pdf":
        return {"Modality": "DOC", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.104.1", "SeriesDescription": cx.c(
            ["Compte rendu", "Questionnaire IRM", "Fiche de liaison", "Requisition"])}, "encapsulated PDF: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(
            ["Images clés", "Key Images", "KEY_IMAGES", "Sélection"])}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(
            ["Presentation State", "GSPS", "Annotations", "Mesures"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(
            ["X-Ray Radiation Dose SR", "Rapport de dose", "Dose SR", "Radiation Dose Information"])}, "dose structured report"
    if k == "qa":
        return {"Modality": cx.c(["CT", "MR"]), "SeriesDescription": cx.c(["QC fantôme", "Contrôle qualité quotidien", "Daily QA Phantom", "CQ Fantome eau"]),
                "ImageType": "ORIGINAL\\PRIMARY\\QA"}, "quality-control phantom: no patient"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocole examen", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


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
    n_noanat = 0
    for site, s in SITES.items():
        names = sorted(s["strata"])
        wts = [s["strata"][n] for n in names]
        n_site = 0
        while n_site < s["rows"]:
            cx = Cx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser, code = FAMILY[stratum](cx)
            imgs = [x for x in ser if x["img"]]
            chosen = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [x for x in ser if not x["img"]]
            if extras and rng.random() < 0.15:
                chosen.append(rng.choice(extras))
            for x in chosen:
                meta = dict(x["meta"])
                row = {"meta": meta, "labels": x["labels"], "laterality": x["laterality"], "why": x["why"],
                       "group": f"{site}:{stratum if x['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not x]}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if r < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                elif r < 0.25 and meta["Modality"] not in ("US",):
                    meta["PerformedProcedureStepDescription"] = sd[:16] if meta.get("Manufacturer") in ("FUJIFILM Corporation", "Agfa", "UIH") else sd
                if code and site.startswith("fr-") and rng.random() < 0.5:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": code[0], "CodingSchemeDesignator": "CCAM", "CodeMeaning": code[1]}]
                if x["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx, n_noanat)
                n_noanat += 1
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "phantom" in why:
                    meta["StudyDescription"] = cx.c(["Contrôle qualité", "CQ quotidien", "QC Daily", "Controle qualite scanner"])
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
    lines.append(f"whole body {sum(set(WB) <= set(r['labels']) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
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
