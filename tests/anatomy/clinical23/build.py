"""Writes tests/anatomy/data/clinical_set_23.jsonl: a fortnight of emergency, trauma and
interventional radiology (a German level-1 trauma centre, a Greek and an Italian emergency
department, a Polish district hospital, an Austrian interventional suite), labelled blind against
the shared anatomy spec (see README.md beside this file).

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

SEED = 23
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_23.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WS = ["CSPINE", "TSPINE", "LSPINE"]
LIMBS = ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
UPPER = ["ARM", "ELBOW", "FOREARM"]
LOWER = ["THIGH", "KNEE", "LEG"]
RUNOFF = ["ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

SOP = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
       "CR": "1.2.840.10008.5.1.4.1.1.1", "US": "1.2.840.10008.5.1.4.1.1.6.1", "USM": "1.2.840.10008.5.1.4.1.1.3.1",
       "XA": "1.2.840.10008.5.1.4.1.1.12.1", "RF": "1.2.840.10008.5.1.4.1.1.12.2", "MG": "1.2.840.10008.5.1.4.1.1.1.2",
       "SC": "1.2.840.10008.5.1.4.1.1.7", "SR": "1.2.840.10008.5.1.4.1.1.88.22", "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
       "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1", "PDF": "1.2.840.10008.5.1.4.1.1.104.1",
       "PX": "1.2.840.10008.5.1.4.1.1.1.1", "3DXA": "1.2.840.10008.5.1.4.1.1.13.1.1"}

# ---------------------------------------------------------------- sites
# name: (languages with weights, kind, rows, vendors per modality, strata weights)
SITES = {
    "de-trauma": ({"de": 1}, "level-1 trauma centre, Germany", 215,
                  {"CT": [("SIEMENS", "SOMATOM Force", "S"), ("SIEMENS", "SOMATOM Definition AS+", "S")],
                   "MR": [("SIEMENS", "MAGNETOM Vida", "S"), ("SIEMENS", "MAGNETOM Aera", "S")],
                   "DX": [("SIEMENS", "Ysio Max", "S"), ("SIEMENS", "Mobilett Elara Max", "S")],
                   "US": [("SIEMENS", "ACUSON Juniper", "S"), ("FUJIFILM SonoSite", "X-Porte", "S")],
                   "RF": [("SIEMENS", "Cios Alpha", "S"), ("SIEMENS", "Cios Spin", "S")],
                   "XA": [("SIEMENS", "Artis Q", "S")], "PX": [("Sirona", "ORTHOPHOS SL", "S")]},
                  {"polytrauma": 5, "neuro": 2, "cta": 1.5, "msk": 7, "spine": 2, "chest": 1.8, "abdo": 1, "fast": 1.2,
                   "fluoro": 3, "ir": 0.8, "headneck": 1, "paeds": 1.2, "breast": 0.3}),
    "gr-ed": ({"el": 2, "ell": 1, "gr": 3}, "emergency department, Greece", 180,
              {"CT": [("GE MEDICAL SYSTEMS", "Revolution EVO", "G"), ("GE MEDICAL SYSTEMS", "LightSpeed VCT", "G")],
               "MR": [("GE MEDICAL SYSTEMS", "SIGNA Explorer", "G")],
               "DX": [("Philips Medical Systems", "DigitalDiagnost", "P"), ("Carestream Health", "DRX-Revolution", "C")],
               "US": [("SAMSUNG MEDISON CO., LTD.", "HS70A", "Sa"), ("Mindray", "M9", "M")],
               "RF": [("GE OEC Medical Systems", "OEC Elite CFD", "G")], "PX": [("PLANMECA", "ProMax", "P")]},
              {"polytrauma": 2, "neuro": 2.5, "cta": 1.5, "msk": 7, "spine": 2, "chest": 3, "abdo": 2.5, "fast": 1,
               "headneck": 1, "paeds": 1.2, "breast": 0.6, "fluoro": 0.6}),
    "it-ed": ({"it": 1}, "pronto soccorso (emergency department), Italy", 185,
              {"CT": [("TOSHIBA", "Aquilion ONE", "T"), ("CANON_MEC", "Aquilion Prime SP", "T")],
               "MR": [("GE MEDICAL SYSTEMS", "SIGNA Artist", "G")],
               "DX": [("FUJIFILM Corporation", "FDR Smart X", "F"), ("FUJIFILM Corporation", "FDR Go PLUS", "F")],
               "US": [("Esaote", "MyLabX8", "E"), ("Mindray", "TE7", "M")],
               "RF": [("Ziehm Imaging GmbH", "Vision RFD", "Z")], "XA": [("Philips", "Azurion 7 B20", "P")],
               "PX": [("Carestream Health", "CS 8100", "C")]},
              {"polytrauma": 3, "neuro": 2.5, "cta": 2, "msk": 7, "spine": 2, "chest": 2.5, "abdo": 2, "fast": 1.4,
               "headneck": 1, "paeds": 1, "breast": 0.6, "fluoro": 0.8, "ir": 0.8}),
    "pl-dist": ({"pl": 1}, "district hospital (szpital powiatowy), Poland, ASCII consoles", 170,
                {"CT": [("UIH", "uCT 530", "U"), ("GE MEDICAL SYSTEMS", "Optima CT540", "G")],
                 "DX": [("Samsung Electronics", "GC85A", "Sa"), ("Samsung Electronics", "GM85", "Sa")],
                 "CR": [("Agfa", "CR 15-X", "A")],
                 "US": [("Mindray", "Resona 7", "M"), ("Mindray", "DC-70", "M")],
                 "RF": [("Philips Medical Systems", "BV Pulsera", "P")], "PX": [("Vatech", "PaX-i", "V")]},
                {"polytrauma": 2, "neuro": 2, "cta": 1, "msk": 8, "spine": 2.5, "chest": 3, "abdo": 2.5, "fast": 1,
                 "fluoro": 1.5, "headneck": 1, "paeds": 1.4, "breast": 0.5}),
    "at-ir": ({"de": 3, "en": 2}, "interventional radiology and angiography suite, university hospital, Austria", 200,
              {"XA": [("SIEMENS", "Artis icono biplane", "S"), ("Philips", "Azurion 7 M20", "P"), ("GE Healthcare", "Allia IGS 5", "G")],
               "CT": [("SIEMENS", "SOMATOM Definition Edge", "S")],
               "US": [("Philips", "EPIQ 7G", "Ph"), ("SIEMENS", "ACUSON Sequoia", "S")],
               "RF": [("SIEMENS", "Luminos dRF Max", "S")], "MG": [("HOLOGIC, Inc.", "Selenia Dimensions", "H")]},
              {"ir": 12, "cta": 1.3, "breast": 2}),
}
NOANAT_SHARE = 0.055

# ---------------------------------------------------------------- language tables
# Side words. Italian and Polish agree with the gender of the part; Greek has the genitive by
# gender in capitals (el), mixed case with accents (ell) and Latin transliteration (gr).
SIDE = {
    "de": {"R": ["rechts", "re.", "re", "RE", "rechts"], "L": ["links", "li.", "li", "LI", "links"], "B": ["bds.", "beidseits", "bds", "beidseitig"]},
    "it": {"R": {"m": "destro", "f": "destra", "ab": ["dx", "DX", "dx.", "DX"]}, "L": {"m": "sinistro", "f": "sinistra", "ab": ["sx", "SX", "sin.", "SX"]},
           "B": ["bilaterale", "bil.", "BILATERALE"]},
    "pl": {"R": {"gm": "prawego", "gf": "prawej", "gn": "prawego", "nm": "prawy", "nf": "prawa", "nn": "prawe", "ab": ["P", "(P)", "pr."]},
           "L": {"gm": "lewego", "gf": "lewej", "gn": "lewego", "nm": "lewy", "nf": "lewa", "nn": "lewe", "ab": ["L", "(L)", "lew."]},
           "B": ["obustronnie", "obustr.", "OBUSTRONNIE"]},
    "el": {"R": {"m": "ΔΕΞΙΟΥ", "n": "ΔΕΞΙΟΥ", "f": "ΔΕΞΙΑΣ", "ab": ["ΔΕ", "ΔΕΞ."]}, "L": {"m": "ΑΡΙΣΤΕΡΟΥ", "n": "ΑΡΙΣΤΕΡΟΥ", "f": "ΑΡΙΣΤΕΡΗΣ", "ab": ["ΑΡ", "ΑΡ."]},
           "B": ["ΑΜΦΟΤΕΡΟΠΛΕΥΡΑ", "ΑΜΦΩ"]},
    "ell": {"R": {"m": "δεξιού", "n": "δεξιού", "f": "δεξιάς", "ab": ["δεξ."]}, "L": {"m": "αριστερού", "n": "αριστερού", "f": "αριστερής", "ab": ["αριστ."]},
            "B": ["αμφοτερόπλευρα", "άμφω"]},
    "gr": {"R": {"m": "DEXIOU", "n": "DEXIOU", "f": "DEXIAS", "ab": ["DE", "DEX"]}, "L": {"m": "ARISTEROU", "n": "ARISTEROU", "f": "ARISTERIS", "ab": ["AR", "ARIST"]},
           "B": ["AMFOTEROPLEVRA", "AMFO"]},
    "en": {"R": ["Right", "RIGHT", "RT", "Rt", "R"], "L": ["Left", "LEFT", "LT", "Lt", "L"], "B": ["Bilateral", "BILAT", "Both"]},
}
# Limb parts: each language's names, the first the common one, the others bones and joints that
# the spec folds into the code. Tuples carry the gender the side word agrees with.
PART = {
    "de": {"KNEE": ["Knie", "Kniegelenk", "Patella"], "SHOULDER": ["Schulter", "Schultergelenk", "Clavicula", "ACG", "Scapula"],
           "HIP": ["Hüfte", "Hüftgelenk", "Schenkelhals"], "ANKLE": ["OSG", "Sprunggelenk", "oberes Sprunggelenk"],
           "FOOT": ["Fuß", "Vorfuß", "Calcaneus", "Zehen", "Fuss", "Mittelfuß"], "HAND": ["Hand", "Finger", "Daumen", "Mittelhand"],
           "WRIST": ["Handgelenk", "Scaphoid", "Kahnbein"], "ELBOW": ["Ellenbogen", "Ellbogen", "Olecranon"], "FOREARM": ["Unterarm"],
           "ARM": ["Oberarm", "Humerus", "Humerusschaft"], "THIGH": ["Oberschenkel", "Femur", "Femurschaft"],
           "LEG": ["Unterschenkel", "Tibia/Fibula", "Tibiaschaft"]},
    "it": {"KNEE": [("ginocchio", "m"), ("rotula", "f")], "SHOULDER": [("spalla", "f"), ("clavicola", "f"), ("scapola", "f")],
           "HIP": [("anca", "f"), ("collo femorale", "m")], "ANKLE": [("caviglia", "f"), ("tibio-tarsica", "f")],
           "FOOT": [("piede", "m"), ("calcagno", "m"), ("avampiede", "m"), ("alluce", "m")], "HAND": [("mano", "f"), ("dito", "m"), ("pollice", "m")],
           "WRIST": [("polso", "m"), ("scafoide", "m")], "ELBOW": [("gomito", "m")], "FOREARM": [("avambraccio", "m")],
           "ARM": [("omero", "m"), ("braccio", "m")], "THIGH": [("femore", "m"), ("coscia", "f")], "LEG": [("gamba", "f"), ("tibia", "f")]},
    # Polish: (genitive, its gender, nominative, its gender)
    "pl": {"KNEE": [("stawu kolanowego", "m", "staw kolanowy", "m"), ("kolana", "n", "kolano", "n"), ("rzepki", "f", "rzepka", "f")],
           "SHOULDER": [("stawu barkowego", "m", "staw barkowy", "m"), ("obojczyka", "m", "obojczyk", "m"), ("barku", "m", "bark", "m")],
           "HIP": [("stawu biodrowego", "m", "staw biodrowy", "m"), ("biodra", "n", "biodro", "n")],
           "ANKLE": [("stawu skokowego", "m", "staw skokowy", "m")],
           "FOOT": [("stopy", "f", "stopa", "f"), ("kosci pietowej", "f", "kosc pietowa", "f")],
           "HAND": [("reki", "f", "reka", "f"), ("dloni", "f", "dlon", "f")],
           "WRIST": [("nadgarstka", "m", "nadgarstek", "m"), ("kosci lodeczkowatej", "f", "kosc lodeczkowata", "f")],
           "ELBOW": [("stawu lokciowego", "m", "staw lokciowy", "m"), ("lokcia", "m", "lokiec", "m")],
           "FOREARM": [("przedramienia", "n", "przedramie", "n")],
           "ARM": [("kosci ramiennej", "f", "kosc ramienna", "f"), ("ramienia", "n", "ramie", "n")],
           "THIGH": [("kosci udowej", "f", "kosc udowa", "f"), ("uda", "n", "udo", "n")],
           "LEG": [("podudzia", "n", "podudzie", "n"), ("kosci piszczelowej", "f", "kosc piszczelowa", "f")]},
    # Greek: (capitals, mixed case with accents, transliteration, gender), genitive
    "el": {"KNEE": [("ΓΟΝΑΤΟΣ", "γόνατος", "GONATOS", "n"), ("ΕΠΙΓΟΝΑΤΙΔΑΣ", "επιγονατίδας", "EPIGONATIDAS", "f")],
           "SHOULDER": [("ΩΜΟΥ", "ώμου", "OMOU", "m"), ("ΚΛΕΙΔΑΣ", "κλείδας", "KLEIDAS", "f"), ("ΑΚΡΩΜΙΟΚΛΕΙΔΙΚΗΣ", "ακρωμιοκλειδικής", "AKROMIOKLEIDIKIS", "f")],
           "HIP": [("ΙΣΧΙΟΥ", "ισχίου", "ISCHIOU", "n")], "ANKLE": [("ΠΟΔΟΚΝΗΜΙΚΗΣ", "ποδοκνημικής", "PODOKNIMIKIS", "f")],
           "FOOT": [("ΑΚΡΟΥ ΠΟΔΑ", "άκρου πόδα", "AKROU PODA", "m"), ("ΠΤΕΡΝΑΣ", "πτέρνας", "PTERNAS", "f")],
           "HAND": [("ΑΚΡΑΣ ΧΕΙΡΑΣ", "άκρας χειρός", "AKRAS XEIRAS", "f"), ("ΔΑΚΤΥΛΩΝ ΧΕΙΡΑΣ", "δακτύλων χειρός", "DAKTYLON XEIROS", "f")],
           "WRIST": [("ΚΑΡΠΟΥ", "καρπού", "KARPOU", "m"), ("ΣΚΑΦΟΕΙΔΟΥΣ", "σκαφοειδούς", "SKAFOEIDOUS", "n")],
           "ELBOW": [("ΑΓΚΩΝΑ", "αγκώνα", "AGKONA", "m")], "FOREARM": [("ΑΝΤΙΒΡΑΧΙΟΥ", "αντιβραχίου", "ANTIVRACHIOU", "n")],
           "ARM": [("ΒΡΑΧΙΟΝΑ", "βραχίονα", "VRACHIONA", "m"), ("ΒΡΑΧΙΟΝΙΟΥ", "βραχιονίου", "VRACHIONIOU", "n")],
           "THIGH": [("ΜΗΡΙΑΙΟΥ", "μηριαίου", "MIRIAIOU", "n"), ("ΜΗΡΟΥ", "μηρού", "MIROU", "m")],
           "LEG": [("ΚΝΗΜΗΣ", "κνήμης", "KNIMIS", "f")]},
    "en": {"KNEE": ["Knee", "Patella"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint", "Scapula"], "HIP": ["Hip", "NOF"],
           "ANKLE": ["Ankle"], "FOOT": ["Foot", "Calcaneum", "Toes"], "HAND": ["Hand", "Finger", "Thumb"], "WRIST": ["Wrist", "Scaphoid"],
           "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius/Ulna"], "ARM": ["Humerus"], "THIGH": ["Femur"], "LEG": ["Tib/Fib", "Tibia"]},
}
# Short names and views the X-ray consoles write in series names.
SHORT = {
    "de": {"KNEE": "Knie", "SHOULDER": "Schulter", "HIP": "Hüfte", "ANKLE": "OSG", "FOOT": "Fuß", "HAND": "Hand", "WRIST": "Handgelenk",
           "ELBOW": "Ellenbogen", "FOREARM": "Unterarm", "ARM": "Oberarm", "THIGH": "Oberschenkel", "LEG": "Unterschenkel"},
    "it": {"KNEE": "GINOCCHIO", "SHOULDER": "SPALLA", "HIP": "ANCA", "ANKLE": "CAVIGLIA", "FOOT": "PIEDE", "HAND": "MANO", "WRIST": "POLSO",
           "ELBOW": "GOMITO", "FOREARM": "AVAMBRACCIO", "ARM": "OMERO", "THIGH": "FEMORE", "LEG": "GAMBA"},
    "pl": {"KNEE": "Kolano", "SHOULDER": "Bark", "HIP": "Biodro", "ANKLE": "St. skokowy", "FOOT": "Stopa", "HAND": "Reka", "WRIST": "Nadgarstek",
           "ELBOW": "Lokiec", "FOREARM": "Przedramie", "ARM": "Ramie", "THIGH": "Udo", "LEG": "Podudzie"},
    "en": {"KNEE": "Knee", "SHOULDER": "Shoulder", "HIP": "Hip", "ANKLE": "Ankle", "FOOT": "Foot", "HAND": "Hand", "WRIST": "Wrist",
           "ELBOW": "Elbow", "FOREARM": "Forearm", "ARM": "Humerus", "THIGH": "Femur", "LEG": "Tib Fib"},
}
VIEWS = {"KNEE": ["AP", "LAT", "SKY"], "SHOULDER": ["AP", "Y", "AX"], "HIP": ["AP", "LAT"], "ANKLE": ["AP", "LAT", "MORT"],
         "FOOT": ["DP", "OBL", "LAT"], "HAND": ["PA", "OBL", "LAT"], "WRIST": ["PA", "LAT", "SCA"], "ELBOW": ["AP", "LAT"],
         "FOREARM": ["AP", "LAT"], "ARM": ["AP", "LAT"], "THIGH": ["AP", "LAT"], "LEG": ["AP", "LAT"]}
VIEWW = {"de": {"AP": "a.p.", "LAT": "seitl.", "SKY": "Patella tangential", "Y": "Y-Aufnahme", "AX": "axial", "MORT": "a.p. 20° IR",
                "DP": "d.p.", "OBL": "schräg", "PA": "d.p.", "SCA": "Scaphoid-Serie"},
         "it": {"AP": "AP", "LAT": "LL", "SKY": "ASSIALE ROTULA", "Y": "OUTLET", "AX": "ASSIALE", "MORT": "AP 20", "DP": "DP", "OBL": "OBLIQUA",
                "PA": "PA", "SCA": "SCAFOIDE"},
         "pl": {"AP": "AP", "LAT": "boczne", "SKY": "osiowe rzepki", "Y": "Y", "AX": "osiowe", "MORT": "AP rot. wew.", "DP": "AP", "OBL": "skosne",
                "PA": "PA", "SCA": "lodeczkowata"},
         "en": {"AP": "AP", "LAT": "LAT", "SKY": "Skyline", "Y": "Y View", "AX": "Axial", "MORT": "Mortise", "DP": "DP", "OBL": "OBL", "PA": "PA",
                "SCA": "Scaphoid"}}
DX_BPE = {"KNEE": ["KNEE", "LEG", "EXTREMITY"], "SHOULDER": ["SHOULDER", "CLAVICLE", "EXTREMITY"], "HIP": ["HIP", "PELVIS"],
          "ANKLE": ["ANKLE", "FOOT", "EXTREMITY"], "FOOT": ["FOOT", "ANKLE"], "HAND": ["HAND", "FINGER", "EXTREMITY"],
          "WRIST": ["WRIST", "HAND", "EXTREMITY"], "ELBOW": ["ELBOW", "ARM", "EXTREMITY"], "FOREARM": ["FOREARM", "ARM", "EXTREMITY"],
          "ARM": ["HUMERUS", "ARM", "SHOULDER"], "THIGH": ["FEMUR", "LEG", "HIP"], "LEG": ["LEG", "TIBIA", "KNEE"]}


def strip(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _k, _n, self.vend, _s = SITES[site]
        self.lang = rng.choices(list(langs), weights=list(langs.values()))[0]
        self.greek = self.lang in ("el", "ell", "gr")

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def dev(self, mod):
        return self.c(self.vend[mod])


def L(cx, **kw):
    """The site's own phrasing for the row's language: keys de, it, pl, el (capitals and mixed
    case), gr (Latin transliteration), en (angiography consoles); Greek mixed case falls back on el."""
    lang = cx.lang
    if lang == "ell":
        lang = "ell" if "ell" in kw else "el"
    v = kw.get(lang)
    if v is None:
        v = kw.get("en") or kw.get("de")
    return cx.c(v) if isinstance(v, list) else v


def side_of(cx, s, g="m", nom=False, abbr=None):
    lang = cx.lang
    t = SIDE[lang][s]
    if s == "B":
        return cx.c(t)
    if abbr is None:
        abbr = cx.p(0.35)
    if isinstance(t, list):
        return cx.c(t[-2:]) if abbr else cx.c(t[:2])
    if abbr:
        return cx.c(t["ab"])
    if lang == "pl":
        return t[("n" if nom else "g") + g]
    return t.get(g, t["m"])


def limb_name(cx, code, extra=None):
    """(name, gender, nominative, nominative gender) of a limb part in the row's language."""
    lang = {"ell": "el", "gr": "el"}.get(cx.lang, cx.lang)
    names = PART[lang][code]
    if extra is None:
        extra = cx.p(0.25)
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    if lang == "pl":
        return n
    if lang == "el":
        idx = {"el": 0, "ell": 1, "gr": 2}[cx.lang]
        return (n[idx], n[3], n[idx], n[3])
    if lang == "it":
        return (n[0], n[1], n[0], n[1])
    return (n, "m", n, "m")


def limb_sd(cx, kind, code, s, extra=None):
    """A worklist name for a one-limb exam (kind: XR, CT, MR, US, FL, CTA) with its side."""
    name, g, nom, ng = limb_name(cx, code, extra)
    sw = side_of(cx, s, g)
    lang = cx.lang
    if lang == "de":
        mw = {"XR": cx.c(["Rö", "Röntgen", "RÖ", "Rö"]), "CT": "CT", "MR": cx.c(["MRT", "MR"]), "US": cx.c(["Sono", "Sonographie"]),
              "FL": cx.c(["BV", "Intraop. BV", "Durchleuchtung OP"]), "CTA": "CT-Angio"}[kind]
        forms = [f"{mw} {name} {sw}", f"{mw} {name} {sw}"]
        if kind == "XR":
            forms += [f"{mw} {name} {sw} in 2 Ebenen", f"{mw} {name} {sw} a.p./seitl.", f"RÖ {name.upper()} {sw.upper()} 2 EB"]
        if kind == "MR":
            forms += [f"MRT {name} {sw} nativ"]
        if kind == "CT":
            forms += [f"CT {name} {sw} (Fraktur)", f"CT {name} {sw} nativ mit 3D"]
        return cx.c(forms)
    if lang == "en":
        mw = {"XR": "XR", "CT": "CT", "MR": "MRI", "US": "US", "FL": "Fluoro", "CTA": "CTA"}[kind]
        return cx.c([f"{mw} {name} {sw}", f"{mw} {sw} {name}"])
    if lang == "it":
        mw = {"XR": cx.c(["RX", "Rx", "RX"]), "CT": "TC", "MR": "RM", "US": cx.c(["ECO", "ECOGRAFIA"]),
              "FL": cx.c(["SCOPIA INTRAOPERATORIA", "Radioscopia sala operatoria"]), "CTA": "ANGIO-TC"}[kind]
        sw = side_of(cx, s, g)
        forms = [f"{mw} {name} {sw}", f"{mw} {name.upper()} {sw.upper()}"]
        if kind == "XR":
            forms += [f"RX {name.upper()} {sw.upper()} 2P", f"RX DEL {name.upper()} {sw.upper()}" if g == "m" else f"RX DELLA {name.upper()} {sw.upper()}"]
        if kind == "CT":
            forms += [f"TC {name} {sw} senza mdc"]
        return cx.c(forms)
    if lang == "pl":
        mw = {"XR": cx.c(["RTG", "Rtg", "RTG"]), "CT": "TK", "MR": "MR", "US": "USG", "FL": cx.c(["Skopia srodoperacyjna -", "RTG srodoperacyjne"]),
              "CTA": "Angio-TK"}[kind]
        if kind == "FL" or cx.p(0.2):
            return f"{mw} {nom} {side_of(cx, s, ng, nom=True)}"
        forms = [f"{mw} {name} {sw}", f"{mw.upper()} {name.upper()} {sw.upper()}"]
        if kind == "XR":
            forms += [f"RTG {name} {sw} AP i boczne", f"Rtg {name} {sw} - 2 projekcje", f"RTG {name.upper()} {sw.upper()} (AP+BOK)"]
        return cx.c(forms)
    # Greek
    if lang == "el":
        mw = {"XR": cx.c(["ΑΚΤΙΝΟΓΡΑΦΙΑ", "ΑΚΤ."]), "CT": cx.c(["ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ", "ΑΤ"]), "MR": "ΜΑΓΝΗΤΙΚΗ ΤΟΜΟΓΡΑΦΙΑ",
              "US": "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ", "FL": "ΑΚΤΙΝΟΣΚΟΠΗΣΗ ΧΕΙΡΟΥΡΓΕΙΟΥ", "CTA": "CT ΑΓΓΕΙΟΓΡΑΦΙΑ"}[kind]
        forms = [f"{mw} {sw} {name}", f"{mw} {name} {sw}"]
        if kind == "XR":
            forms += [f"{mw} {name} {sw} (F+P)", f"{mw} {sw} {name} Φ+Π"]
        return cx.c(forms)
    if lang == "ell":
        mw = {"XR": "Ακτινογραφία", "CT": "Αξονική τομογραφία", "MR": "Μαγνητική τομογραφία", "US": "Υπερηχογράφημα",
              "FL": "Ακτινοσκόπηση χειρουργείου", "CTA": "CT αγγειογραφία"}[kind]
        return cx.c([f"{mw} {sw} {name}", f"{mw} {name} {sw}"])
    mw = {"XR": cx.c(["AKTINOGRAFIA", "AKT", "X-RAY"]), "CT": cx.c(["AXONIKI", "CT", "AXONIKI TOMOGRAFIA"]), "MR": cx.c(["MRI", "MAGNITIKI"]),
          "US": cx.c(["U/S", "YPERICHOGRAFIMA"]), "FL": "AKTINOSKOPISI XEIROURGEIOU", "CTA": "CTA"}[kind]
    forms = [f"{mw} {name} {sw}", f"{mw} {sw} {name}"]
    if kind == "XR":
        forms += [f"{mw} {name} {sw} F+P", f"{mw} {name} {sw} F/P"]
    return cx.c(forms)


BOTH_NAME = {"de": {"KNEE": "Knie", "HAND": "Hände", "FOOT": "Füße", "HIP": "Hüften"},
             "it": {"KNEE": "ginocchia", "HAND": "mani", "FOOT": "piedi", "HIP": "anche"},
             "pl": {"KNEE": "obu stawow kolanowych", "HAND": "obu rak", "FOOT": "obu stop", "HIP": "obu stawow biodrowych"},
             "el": {"KNEE": "ΓΟΝΑΤΩΝ", "HAND": "ΑΚΡΩΝ ΧΕΙΡΩΝ", "FOOT": "ΑΚΡΩΝ ΠΟΔΩΝ", "HIP": "ΙΣΧΙΩΝ"},
             "ell": {"KNEE": "γονάτων", "HAND": "άκρων χειρών", "FOOT": "άκρων ποδών", "HIP": "ισχίων"},
             "gr": {"KNEE": "GONATON", "HAND": "AKRON XEIRON", "FOOT": "AKRON PODON", "HIP": "ISCHION"},
             "en": {"KNEE": "Knees", "HAND": "Hands", "FOOT": "Feet", "HIP": "Hips"}}


def both_sd(cx, kind, code):
    """A worklist name for a both-sides order."""
    name = BOTH_NAME[cx.lang][code]
    b = side_of(cx, "B")
    lang = cx.lang
    mw = {"de": {"XR": "Rö", "CT": "CT", "MR": "MRT", "US": "Sono"}, "it": {"XR": "RX", "CT": "TC", "MR": "RM", "US": "ECO"},
          "pl": {"XR": "RTG", "CT": "TK", "MR": "MR", "US": "USG"}, "el": {"XR": "ΑΚΤΙΝΟΓΡΑΦΙΑ", "CT": "ΑΞΟΝΙΚΗ", "MR": "ΜΑΓΝΗΤΙΚΗ", "US": "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ"},
          "ell": {"XR": "Ακτινογραφία", "CT": "Αξονική", "MR": "Μαγνητική", "US": "Υπερηχογράφημα"},
          "gr": {"XR": "AKTINOGRAFIA", "CT": "CT", "MR": "MRI", "US": "U/S"}, "en": {"XR": "XR", "CT": "CT", "MR": "MRI", "US": "US"}}[lang][kind]
    if lang == "de":
        return cx.c([f"{mw} beide {name} ({b})", f"{mw} {SHORT['de'][code]} {b}"]) if code != "HIP" else cx.c([f"{mw} Becken + beide Hüften ({b})", f"{mw} Hüfte {b}"])
    if lang == "it":
        return f"{mw} {name.upper() if cx.p(0.5) else name} {b}"
    return f"{mw} {name} {b}"


def mk(cx, mod, sd, labels, lat, why, series=None, bpe=None, sibs=None, dev=None, **kw):
    """A row: the device's make and model, the exam name, the series name and what else is given."""
    d = dev or cx.dev(mod if mod in cx.vend else {"CR": "DX"}.get(mod, mod))
    m = {"Modality": mod, "Manufacturer": d[0], "ManufacturerModelName": d[1], "StudyDescription": sd}
    if series is not None:
        m["SeriesDescription"] = series
    if bpe:
        m["BodyPartExamined"] = cx.c(bpe) if isinstance(bpe, list) else bpe
    for k, v in kw.items():
        if v is not None:
            m[k] = v
    return {"meta": m, "labels": list(labels), "laterality": lat, "why": why, "sibs": sibs}


# ---------------------------------------------------------------- CT helpers
KERN = {"S": {"brain": "Hr38", "soft": "Br40", "bone": "Br64", "lung": "Bl64", "angio": "Bv40", "perf": "Hr36"},
        "G": {"brain": "STANDARD", "soft": "STANDARD", "bone": "BONE", "lung": "LUNG", "angio": "STANDARD", "perf": "STANDARD"},
        "T": {"brain": "FC26", "soft": "FC18", "bone": "FC30", "lung": "FC52", "angio": "FC43", "perf": "FC21"},
        "U": {"brain": "H_SOFT_B", "soft": "B_SOFT_B", "bone": "B_SHARP_C", "lung": "L_SHARP_B", "angio": "B_SOFT_C", "perf": "H_SOFT_A"}}
TOK = {
    "head": {"de": ["Kopf", "Schädel", "Hirn"], "en": ["Head", "Brain", "HEAD"], "it": ["Encefalo", "CRANIO", "Brain"], "pl": ["Glowa", "Head", "GLOWA"]},
    "headbone": {"de": ["Schädel Knochen", "Kalotte"], "en": ["Head Bone", "Skull"], "it": ["Cranio osso", "Head Bone"], "pl": ["Glowa kosc", "Skull"]},
    "face": {"de": ["Gesichtsschädel", "Mittelgesicht", "GS"], "en": ["Facial bones", "Face", "Max fac"], "it": ["Massiccio facciale", "FACE"],
             "pl": ["Twarzoczaszka", "Face"]},
    "neck": {"de": ["Hals", "Hals Weichteil"], "en": ["Neck", "NECK"], "it": ["Collo", "NECK"], "pl": ["Szyja", "Neck"]},
    "cspine": {"de": ["HWS", "HWS sag", "HWS cor"], "en": ["C-Spine", "C SPINE sag", "Cervical"], "it": ["Rachide cervicale", "C-SPINE"],
               "pl": ["Kregoslup C", "C-spine"]},
    "tlspine": {"de": ["BWS/LWS", "BWS-LWS sag"], "en": ["T-L Spine", "TL SPINE sag"], "it": ["Rachide dorso-lombare", "DORSO-LOMBARE"],
                "pl": ["Kregoslup Th-L", "TL spine"]},
    "tspine": {"de": ["BWS", "BWS sag"], "en": ["T-Spine", "T SPINE sag"], "it": ["Rachide dorsale", "DORSALE"], "pl": ["Kregoslup Th", "T-spine"]},
    "lspine": {"de": ["LWS", "LWS sag"], "en": ["L-Spine", "LSPINE sag"], "it": ["Rachide lombare", "LOMBARE"], "pl": ["Kregoslup L-S", "L-spine"]},
    "wspine": {"de": ["WS sag", "Wirbelsäule sag", "Ganze WS"], "en": ["Spine sag", "Whole Spine"], "it": ["Rachide in toto", "RACHIDE SAG"],
               "pl": ["Kregoslup caly", "Spine sag"]},
    "chest": {"de": ["Thorax", "Thorax WT", "Lunge"], "en": ["Chest", "Thorax", "Lung"], "it": ["Torace", "TORACE", "Polmone"],
              "pl": ["Klatka", "Chest", "Pluca"]},
    "abdpelv": {"de": ["Abdomen/Becken", "Abd-Becken"], "en": ["Abd/Pel", "Abdomen Pelvis"], "it": ["Addome-pelvi", "Addome completo"],
                "pl": ["Brzuch-miednica", "Abd/Pelvis"]},
    "pelvis": {"de": ["Becken", "Becken Knochen"], "en": ["Pelvis", "Pelvis bone"], "it": ["Bacino", "Pelvi"], "pl": ["Miednica", "Pelvis"]},
    "trunk": {"de": ["Stamm", "Rumpf", "Thorax/Abdomen/Becken"], "en": ["Chest/Abd/Pel", "Trunk", "C/A/P"], "it": ["Torace-addome", "Tronco"],
              "pl": ["Tulow", "Chest/Abd"]},
    "wb": {"de": ["Ganzkörper", "Polytrauma", "WB"], "en": ["Whole Body", "Trauma WB", "Body"], "it": ["Total body", "TOTAL BODY"],
           "pl": ["Cale cialo", "Whole body", "POLITRAUMA"]},
}
SCOUT = {"S": ["Topogram  0.6  T20s", "Topogram  0.6  T80f", "Topogram"], "G": ["Scout", "3 Plane Scout", "Scout"],
         "T": ["Scanogram", "Scanogram"], "U": ["Localizer", "Topo"]}
DOSE = {"S": ["Patient Protocol", "Dose Report"], "G": ["Dose Report", "Dose Info"], "T": ["Dose Info", "Dose Report"], "U": ["Dose Report"]}


def ct_tok(cx, key):
    lang = {"de": "de", "it": "it", "pl": "pl"}.get(cx.lang, "en")
    return cx.c(TOK[key][lang])


def ct_series(cx, v, key, kind, thk, named=False):
    """A CT recon name as the vendor writes it (``named``: always with its region word, for a recon
    that shows only part of its study)."""
    k = KERN[v][kind]
    tok = ct_tok(cx, key) if key else None
    if tok is None:
        return {"S": cx.c([f"Spirale  {thk:.1f}  {k}  3", f"Body {thk:.1f} {k}"]), "G": f"{thk:g}mm {k}", "T": cx.c([f"AXIAL {thk:.1f}", f"VOL {thk:.1f} {k}"]),
                "U": f"{thk:g}mm {k}"}[v], k
    if v == "S":
        return (f"{tok}  {thk:.1f}  {k}  3" if cx.p(0.6) else f"{tok} {thk:.1f} {k}"), f"{k}\\3" if cx.p(0.5) else k
    if v == "G":
        return cx.c([f"{tok} {thk:g}mm {k}", f"{tok} {k}"] + ([] if named else [f"{thk:g}mm {k}"])), k
    if v == "T":
        return cx.c([f"{tok}  {thk:.1f}  {k}", f"{tok} {thk:.1f} {k} AIDR 3D"] + ([] if named else [f"AXIAL {thk:.1f}"])), k
    return cx.c([f"{tok} {thk:g}mm {k}", f"{tok} {thk:g}mm"]), k


def ct_sibs(cx, v, toks):
    s = [{"Modality": "CT", "SeriesDescription": cx.c(SCOUT[v]), "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}]
    for key, kind, thk in toks:
        s.append({"Modality": "CT", "SeriesDescription": ct_series(cx, v, key, kind, thk)[0]})
    if cx.p(0.7):
        s.append({"Modality": "SR" if cx.p(0.3) else "CT", "SeriesDescription": cx.c(DOSE[v])})
    return s


def ct_row(cx, sd, labels, why, key, kind, thk, bpe, sib_toks=(), scout=False, contrast=None, lat=None, extra_tok=None, dev=None, named=False):
    d = dev or cx.dev("CT")
    v = d[2]
    if scout:
        ser, k = cx.c(SCOUT[v]), None
        it = "ORIGINAL\\PRIMARY\\LOCALIZER"
        why = why + "; scout of the exam"
    else:
        ser, k = ct_series(cx, v, key, kind, thk, named)
        it = cx.c(["ORIGINAL\\PRIMARY\\AXIAL", "DERIVED\\SECONDARY\\MPR", "ORIGINAL\\PRIMARY\\AXIAL"])
        if extra_tok:
            ser = f"{ser} {extra_tok}"
    proto = None
    if cx.p(0.5):
        proto = sd if cx.p(0.5) else None
    return mk(cx, "CT", sd, labels, lat, why, series=ser, bpe=bpe, sibs=ct_sibs(cx, v, sib_toks), dev=d,
              ProtocolName=proto, ConvolutionKernel=k, SliceThickness=None if scout else f"{thk:g}", ImageType=it,
              ContrastBolusAgent=contrast, SOPClassUID=SOP["CT"] if cx.p(0.3) else None,
              PatientPosition=cx.c(["HFS", "HFS", "FFS"]) if cx.p(0.3) else None)


# ---------------------------------------------------------------- X-ray helpers

def xr_series(cx, code, view):
    lang = {"de": "de", "it": "it", "pl": "pl"}.get(cx.lang, "en")
    if cx.site == "pl-dist" and cx.p(0.4):
        lang = "en"
    sh = SHORT[lang][code]
    return f"{sh} {VIEWW[lang][view]}" if lang != "it" else f"{sh} {VIEWW[lang][view]}"


def xr_row(cx, sd, labels, lat, why, series, bpe, tag=None, view=None, mod=None, adpd=None, sibs=None):
    d = cx.dev("CR") if "CR" in cx.vend and cx.p(0.25) else cx.dev("DX")
    mod = "CR" if d[1].startswith("CR") else "DX"
    kw = {}
    if tag:
        kw["ImageLaterality"] = tag
    if view:
        kw["ViewPosition"] = view
    if adpd is None and d[2] in ("F", "C", "A", "Sa") and cx.p(0.6):
        adpd = series
    return mk(cx, mod, sd, labels, lat, why, series=series, bpe=bpe, dev=d, sibs=sibs, AcquisitionDeviceProcessingDescription=adpd,
              ProtocolName=series if cx.p(0.3) else None, SOPClassUID=SOP[mod] if cx.p(0.3) else None, **kw)


# ---------------------------------------------------------------- strata


def limb_code(cx, weights=None):
    w = weights or {"WRIST": 8, "ANKLE": 8, "HAND": 7, "KNEE": 7, "SHOULDER": 6, "FOOT": 6, "HIP": 5, "ELBOW": 4, "FOREARM": 3,
                    "LEG": 3, "ARM": 3, "THIGH": 2}
    return cx.rng.choices(list(w), weights=list(w.values()))[0]


def msk(cx):
    r = cx.rng.random()
    s = cx.c("LLLRRR")
    if r < 0.62:  # plain films of one limb
        code = limb_code(cx)
        sd = limb_sd(cx, "XR", code, s)
        view = cx.c(VIEWS[code])
        ser = xr_series(cx, code, view)
        tag = s if cx.p(0.25) else None
        sibs = [{"Modality": "DX", "SeriesDescription": xr_series(cx, code, v2)} for v2 in VIEWS[code] if v2 != view]
        if cx.p(0.2):
            sibs.append({"Modality": "PR", "SeriesDescription": "Presentation State"})
        bpe = DX_BPE[code]
        return xr_row(cx, sd, [code], s, f"{code.lower()} radiograph, side from the order", ser, bpe, tag=tag,
                      view=view if view in ("AP", "PA") else None, sibs=sibs)
    if r < 0.72:  # CT of a fractured limb
        code = limb_code(cx, {"ANKLE": 4, "KNEE": 4, "WRIST": 3, "FOOT": 3, "SHOULDER": 2, "ELBOW": 2, "HIP": 2})
        sd = limb_sd(cx, "CT", code, s)
        labels = [code]
        why = f"{code.lower()} CT for a fracture, side from the order"
        if code == "HIP" and cx.p(0.5):
            sd = {"de": f"CT Acetabulum {side_of(cx, s)}", "it": f"TC acetabolo {side_of(cx, s, 'm')}", "pl": f"TK panewki stawu biodrowego {side_of(cx, s, 'm')}",
                  "el": f"ΑΞΟΝΙΚΗ ΚΟΤΥΛΗΣ {side_of(cx, s, 'f')}", "ell": f"Αξονική κοτύλης {side_of(cx, s, 'f')}",
                  "gr": f"CT KOTYLIS {side_of(cx, s, 'f')}", "en": f"CT Acetabulum {side_of(cx, s)}"}[cx.lang]
            labels = ["HIP", "PELVIS"]
            why = "acetabular fracture CT: hip joint and pelvic bone, side from the order"
        if code == "KNEE" and cx.p(0.5):
            labels = ["KNEE", "LEG"]
            why = "tibial plateau CT: knee and proximal leg, side from the order"
            sd = {"de": f"CT Tibiakopf {side_of(cx, s)}", "it": f"TC piatto tibiale {side_of(cx, s, 'm')}", "pl": f"TK kolana {side_of(cx, s, 'n')} (plateau piszczeli)",
                  "el": f"ΑΞΟΝΙΚΗ ΓΟΝΑΤΟΣ {side_of(cx, s, 'n')} (ΚΝΗΜΙΑΙΟ ΠΛΑΤΩ)", "ell": f"Αξονική γόνατος {side_of(cx, s, 'n')}",
                  "gr": f"CT GONATOS {side_of(cx, s, 'n')} - KNIMIAIO PLATO", "en": f"CT Tibial plateau {side_of(cx, s)}"}[cx.lang]
        key = None
        d = cx.dev("CT")
        v = d[2]
        ser, k = ct_series(cx, v, "pelvis" if code == "HIP" else None, "bone", cx.c([0.6, 1.0, 2.0]))
        if v in ("S", "U") and code != "HIP":
            lang = {"de": "de", "it": "it", "pl": "pl"}.get(cx.lang, "en")
            ser = f"{SHORT[lang][code]} {cx.c(['0.6', '1.0', '2.0'])} {KERN[v]['bone']}" + cx.c(["", " sag", " cor", " 3D VRT"])
        return mk(cx, "CT", sd, labels, s, why, series=ser, bpe=cx.c([DX_BPE[code][0], "EXTREMITY", "LOWER EXTREMITY" if code in ("KNEE", "ANKLE", "FOOT") else "UPPER EXTREMITY"]),
                  sibs=ct_sibs(cx, v, [(None, "bone", 2.0)]), dev=d, ConvolutionKernel=k, SliceThickness=cx.c(["0.6", "1", "2"]))
    if r < 0.82 and "MR" in cx.vend:  # MR after a sports injury
        code = limb_code(cx, {"KNEE": 6, "SHOULDER": 3, "WRIST": 2, "ANKLE": 2, "HIP": 1})
        sd = limb_sd(cx, "MR", code, s)
        d = cx.dev("MR")
        if d[2] == "S":
            seq = cx.c([("pd_tse_fs_cor", "*tse2d1_5", "SE"), ("pd_tse_fs_sag", "*tse2d1_5", "SE"), ("t1_tse_cor", "*tse2d1_3", "SE"),
                        ("localizer", "*fl2d1", "GR"), ("pd_tse_fs_tra", "*tse2d1_5", "SE"), ("t2_me2d_tra", "*me2d1r3", "GR")])
        else:
            seq = cx.c([("Cor PD FS", "fse", "SE"), ("Sag PD FS", "fse", "SE"), ("3-Plane Loc", "fgre", "GR"), ("Ax T2 FS", "fse", "SE"),
                        ("Cor T1", "fse", "SE"), ("Sag STIR", "fse_ir", "SE\\IR")])
        why = f"{code.lower()} MR, series named by sequence only, side from the order"
        if "loc" in seq[0].lower():
            why = f"localizer of a {code.lower()} MR, side from the order"
        return mk(cx, "MR", sd, [code], s, why, series=seq[0], bpe=cx.c(DX_BPE[code] + ["EXTREMITY"]), dev=d,
                  SequenceName=seq[1] if d[2] == "S" else None, ScanningSequence=seq[2], SliceThickness=cx.c(["3", "3.5", "4"]),
                  sibs=[{"Modality": "MR", "SeriesDescription": "localizer" if d[2] == "S" else "3-Plane Loc"},
                        {"Modality": "MR", "SeriesDescription": "t1_tse_sag" if d[2] == "S" else "Sag T1"}])
    if r < 0.89:  # ultrasound of one limb
        code = limb_code(cx, {"SHOULDER": 3, "ANKLE": 3, "HAND": 2, "THIGH": 1, "LEG": 1, "ELBOW": 1, "KNEE": 1})
        sd = limb_sd(cx, "US", code, s)
        why = {"ANKLE": "Achilles tendon / ankle ultrasound", "THIGH": "thigh haematoma ultrasound", "LEG": "calf muscle tear ultrasound",
               "HAND": "foreign body in the hand, ultrasound"}.get(code, f"{code.lower()} ultrasound") + ", side from the order"
        return mk(cx, "US", sd, [code], s, why, series=cx.c([None, None, "MSK", "Small parts", "Muskel/Sehne"]),
                  bpe=None if cx.p(0.6) else cx.c(DX_BPE[code]), SOPClassUID=SOP["US"] if cx.p(0.3) else None)
    # both sides: pelvis with both hips, both knees standing, both calcanei after a fall from height
    k = cx.c(["pelvhips", "pelvhips", "calc", "knees", "hands", "feet"])
    if k == "pelvhips":
        sd = both_sd(cx, "XR", "HIP")
        ser = {"de": "Becken a.p. mit beiden Hüften", "it": "BACINO AP", "pl": "Miednica AP", "en": "Pelvis AP"}.get(cx.lang, "Pelvis AP")
        return xr_row(cx, sd, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order", ser, ["PELVIS", "HIP"], view="AP",
                      sibs=[{"Modality": "DX", "SeriesDescription": "Hip lat"}])
    if k == "calc":
        sd = {"de": "CT Calcaneus bds. (Sturz aus Höhe)", "it": "TC calcagni bilaterale", "pl": "TK obu kosci pietowych obustronnie",
              "el": "ΑΞΟΝΙΚΗ ΠΤΕΡΝΩΝ ΑΜΦΟΤΕΡΟΠΛΕΥΡΑ", "ell": "Αξονική πτερνών αμφοτερόπλευρα", "gr": "CT PTERNON AMFOTEROPLEVRA",
              "en": "CT both calcanei Bilateral"}[cx.lang]
        d = cx.dev("CT")
        ser, kern = ct_series(cx, d[2], None, "bone", 1.0)
        return mk(cx, "CT", sd, ["FOOT", "ANKLE"], "B", "both heels and ankles in one CT after a fall from height", series=ser,
                  bpe=cx.c(["FOOT", "EXTREMITY", "ANKLE"]), dev=d, ConvolutionKernel=kern, SliceThickness="1",
                  sibs=ct_sibs(cx, d[2], [(None, "bone", 2.0)]))
    code = {"knees": "KNEE", "hands": "HAND", "feet": "FOOT"}[k]
    sd = both_sd(cx, "XR", code)
    return xr_row(cx, sd, [code], "B", f"both {code.lower()}s on one film of a both-sides order", xr_series(cx, code, "AP"), DX_BPE[code],
                  tag="B" if cx.p(0.3) else None, view="AP")


def polytrauma(cx):
    """Whole-body trauma CT and its reconstructions; the Schockraum films."""
    d = cx.dev("CT")
    v = d[2]
    sd = L(cx, de=["CT Polytrauma", "Schockraum-CT Polytrauma", "CT Ganzkörper Trauma", "CT POLYTRAUMA SPIRALE", "Polytrauma-CT Kopf bis Becken"],
           it=["TC TOTAL BODY POLITRAUMA", "TC politrauma", "TC TOTAL BODY (trauma maggiore)", "TC CRANIO-TORACE-ADDOME POLITRAUMA"],
           pl=["TK POLITRAUMA", "TK calego ciala - uraz wielonarzadowy", "TK glowy, szyi, klatki piersiowej, jamy brzusznej i miednicy - uraz",
               "TK CALEGO CIALA URAZ"],
           el=["ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΠΟΛΥΤΡΑΥΜΑΤΙΑ", "ΟΛΟΣΩΜΗ ΑΞΟΝΙΚΗ ΠΟΛΥΤΡΑΥΜΑΤΙΑ"], ell=["Αξονική τομογραφία πολυτραυματία"],
           gr=["AXONIKI POLYTRAVMATIA", "CT TRAUMA PROTOCOL (OLOSOMI)", "OLOSOMI AXONIKI - POLYTRAVMA"])
    k = cx.rng.choices(["wb", "scout", "head", "cspine", "chest", "trunk", "abdpelv", "pelvis", "wspine", "tlspine", "face", "extr"],
                       weights=[5, 3, 3, 2.5, 2.5, 2, 2, 2, 2, 1.2, 1, 0.8])[0]
    sib = [("head", "brain", 5.0), ("wb", "soft", 5.0), ("chest", "lung", 1.0)]
    bpe_wb = ["WHOLEBODY", "WHOLEBODY", "CHEST", "HEAD", "ABDOMEN", "TRAUMA"]
    con = cx.c([None, "Iomeron 400", "Imeron 350", "OMNIPAQUE 350", "Ultravist 370"])
    if k == "wb":
        return ct_row(cx, sd, WB, "whole-body trauma CT recon, vertex to upper thighs", "wb", "soft", cx.c([3.0, 5.0]), bpe_wb, sib, contrast=con, dev=d, named=True)
    if k == "scout":
        return ct_row(cx, sd, WB, "whole-body trauma CT", None, None, 0, bpe_wb, sib, scout=True, dev=d, named=True)
    if k == "head":
        return ct_row(cx, sd, ["HEAD"], "head recon of the trauma CT", cx.c(["head", "headbone"]), cx.c(["brain", "bone"]), cx.c([1.0, 5.0]),
                      cx.c([bpe_wb, ["HEAD"]]), sib, dev=d, named=True)
    if k == "cspine":
        return ct_row(cx, sd, ["CSPINE"], "cervical spine bone recon of the trauma CT", "cspine", "bone", 2.0, cx.c([bpe_wb, ["CSPINE", "NECK"]]), sib, dev=d, named=True)
    if k == "chest":
        return ct_row(cx, sd, ["CHEST"], "chest recon of the trauma CT", "chest", cx.c(["lung", "soft"]), cx.c([1.0, 3.0]), bpe_wb, sib, contrast=con, dev=d, named=True)
    if k == "trunk":
        return ct_row(cx, sd, CAP, "contrast trunk scan of the trauma CT, chest to pelvis", "trunk", "soft", 3.0, bpe_wb, sib, contrast=con, dev=d, named=True)
    if k == "abdpelv":
        return ct_row(cx, sd, AP_, "abdomen-pelvis recon of the trauma CT", "abdpelv", "soft", cx.c([3.0, 5.0]), cx.c([bpe_wb, ["ABDOMEN"]]), sib,
                      contrast=con, dev=d, named=True)
    if k == "pelvis":
        return ct_row(cx, sd, ["PELVIS"], "pelvic ring bone recon of the trauma CT", "pelvis", "bone", 2.0, cx.c([bpe_wb, ["PELVIS"]]), sib, dev=d, named=True)
    if k == "wspine":
        return ct_row(cx, sd, WS, "whole-spine sagittal reformat of the trauma CT", "wspine", "bone", 2.0, cx.c([bpe_wb, ["SPINE"]]), sib, dev=d, named=True)
    if k == "tlspine":
        return ct_row(cx, sd, ["TSPINE", "LSPINE"], "thoracolumbar spine reformat of the trauma CT", "tlspine", "bone", 2.0, cx.c([bpe_wb, ["SPINE", "TSPINE"]]),
                      sib, dev=d, named=True)
    if k == "face":
        return ct_row(cx, sd, ["HEAD"], "facial bone recon of the trauma CT", "face", "bone", 1.0, bpe_wb, sib, dev=d, named=True)
    # a limb caught in the trauma scan and reconstructed on its own
    s = cx.c("LR")
    code = cx.c(["THIGH", "ARM", "HIP", "FOREARM"])
    lang = {"de": "de", "it": "it", "pl": "pl"}.get(cx.lang, "en")
    sw = {"de": SIDE["de"][s][0], "it": SIDE["it"][s]["ab"][1], "pl": SIDE["pl"][s]["ab"][0], "en": SIDE["en"][s][2]}[lang]
    ser = f"{SHORT[lang][code]} {sw} {cx.c(['1.0', '2.0'])} {KERN[v]['bone']}"
    return mk(cx, "CT", sd, [code], s, f"{code.lower()} reformat of the trauma CT, side in the series name", series=ser, bpe=cx.c(bpe_wb), dev=d,
              ConvolutionKernel=KERN[v]["bone"], SliceThickness="1", sibs=ct_sibs(cx, v, sib))


def polytrauma_films(cx):
    """Resus room films on the mobile unit: chest, pelvis."""
    sd = L(cx, de=["Rö Thorax + Becken (Schockraum)", "Schockraum Röntgen Thorax/Becken"], it=["RX TORACE E BACINO (shock room)", "RX torace + bacino a letto"],
           pl=["RTG klatki piersiowej i miednicy - sala urazowa", "RTG KLP + MIEDNICA PRZYLOZKOWO"],
           el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΘΩΡΑΚΟΣ - ΛΕΚΑΝΗΣ (ΤΡΑΥΜΑ)"], gr=["AKTINOGRAFIA THORAKOS KAI LEKANIS - TRAVMA", "AKT THORAKOS-LEKANIS KLINI"])
    if cx.p(0.5):
        ser = L(cx, de=["Thorax a.p. liegend", "Thorax liegend"], it=["TORACE AP LETTO"], pl=["Klatka AP lezaco", "CHEST AP"], en=["CHEST AP SUPINE", "Chest AP"])
        return xr_row(cx, sd, ["CHEST"], None, "supine chest film of the trauma series", ser, ["CHEST"], view="AP")
    ser = L(cx, de=["Becken a.p.", "Beckenübersicht"], it=["BACINO AP"], pl=["Miednica AP"], en=["PELVIS AP", "Pelvis"])
    return xr_row(cx, sd, ["PELVIS"], None, "pelvis film of the trauma series", ser, cx.c([["PELVIS"], ["ABDOMEN"], ["HIP"]]), view="AP")


def neuro(cx):
    r = cx.rng.random()
    d = cx.dev("CT")
    v = d[2]
    if r < 0.45:
        sd = L(cx, de=["CCT nativ", "CT Schädel nativ", "cCT (Sturz unter Antikoagulation)", "CT Kopf nativ", "CT SCHAEDEL NATIV"],
               it=["TC ENCEFALO SENZA MDC", "TC cranio urgente", "TC ENCEFALO", "TC CRANIO-ENCEFALO (trauma cranico)"],
               pl=["TK GLOWY BEZ KONTRASTU", "TK glowy", "TK mozgowia bez kontrastu", "TK GLOWY - URAZ"],
               el=["ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΕΓΚΕΦΑΛΟΥ", "ΑΤ ΕΓΚΕΦΑΛΟΥ", "ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ ΧΩΡΙΣ ΣΚΙΑΓΡΑΦΙΚΟ"],
               ell=["Αξονική τομογραφία εγκεφάλου χωρίς σκιαγραφικό", "Αξονική εγκεφάλου"],
               gr=["AXONIKI EGKEFALOU", "CT EGKEFALOU", "AXONIKI TOMOGRAFIA EGKEFALOU XORIS SKIAGRAFIKO"])
        if cx.p(0.2):
            return ct_row(cx, sd, ["HEAD"], "head CT", None, None, 0, ["HEAD", "BRAIN"], [("head", "brain", 5.0)], scout=True, dev=d)
        return ct_row(cx, sd, ["HEAD"], "head CT", cx.c(["head", "head", "headbone"]), cx.c(["brain", "bone"]), cx.c([5.0, 4.0, 1.0, 0.6]),
                      ["HEAD", "BRAIN", "SKULL", "HEAD"], [("head", "brain", 5.0), ("headbone", "bone", 1.0)], dev=d)
    if r < 0.75:  # stroke CT: perfusion and CTA
        sd = L(cx, de=["CT Stroke (Nativ, CTA, Perfusion)", "Stroke-CT", "CT Schlaganfall-Protokoll"],
               it=["TC ICTUS (basale, angio, perfusione)", "CODICE ICTUS TC", "TC encefalo + angio-TC TSA e circolo intracranico"],
               pl=["TK glowy + angio-TK - udar", "PROTOKOL UDAROWY TK", "TK GLOWY I ANGIO-TK TETNIC SZYJNYCH - UDAR"],
               el=["ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ - ΑΓΓΕΙΟΓΡΑΦΙΑ (ΑΕΕ)"], ell=["Αξονική εγκεφάλου και αγγειογραφία (ΑΕΕ)"],
               gr=["CT EGKEFALOU + CTA (AEE)", "STROKE PROTOCOL CT"])
        k = cx.c(["perf", "perf", "cta", "cta", "mipw", "carmip"])
        if k == "perf":
            ser = cx.c(["CBF", "CBV", "Tmax", "MTT", "VPCT Neuro 5.0 Hr36", "Perfusion 10mm", "rCBF color", "TTP"])
            return mk(cx, "CT", sd, ["HEAD"], None, "CT perfusion map of the brain", series=ser, bpe=cx.c(["HEAD", "BRAIN"]), dev=d,
                      ImageType="DERIVED\\SECONDARY\\PERFUSION", sibs=ct_sibs(cx, v, [("head", "brain", 5.0)]))
        if k == "cta":
            ser = L(cx, de=["CTA Kopf/Hals 0.75 Bv36", "CTA Hals-Kopf 1.0 Bv40"], it=["ANGIO TSA-WILLIS 0.5", "CTA Collo-Encefalo"],
                    pl=["Angio glowa-szyja 0.625", "CTA head neck"], en=["CTA Head Neck 0.625", "CTA HEAD/NECK 1.25"])
            return mk(cx, "CT", sd, ["HEAD", "NECK"], None, "stroke CTA, aortic arch to vertex", series=ser, bpe=cx.c(["HEAD", "NECK", "HEAD"]), dev=d,
                      ContrastBolusAgent=cx.c(["Iomeron 400", "Visipaque 320", None]), SliceThickness=cx.c(["0.625", "0.75", "1"]),
                      sibs=ct_sibs(cx, v, [("head", "brain", 5.0)]))
        if k == "mipw":
            return mk(cx, "CT", sd, ["HEAD"], None, "MIP of the circle of Willis from the stroke CTA",
                      series=cx.c(["MIP Circulus Willisii", "MIP Willis ax", "MIP intracranial", "Willis MIP cor"]), bpe=cx.c(["HEAD", "NECK"]), dev=d,
                      ImageType="DERIVED\\SECONDARY\\MIP", sibs=ct_sibs(cx, v, []))
        return mk(cx, "CT", sd, ["NECK"], None, "coronal MIP of the cervical carotids from the stroke CTA",
                  series=cx.c(["MIP Karotiden cor", "MIP carotidi cor", "Carotids MIP cor", "MIP TSA cor"]), bpe=cx.c(["NECK", "HEAD"]), dev=d,
                  ImageType="DERIVED\\SECONDARY\\MIP", sibs=ct_sibs(cx, v, []))
    if "MR" not in cx.vend:
        return neuro_ct_head_plus(cx)
    sd = L(cx, de=["MRT Schädel (Stroke)", "MRT Kopf nativ DWI", "MRT Schädel Schlaganfall"], it=["RM ENCEFALO (DWI)", "RM encefalo urgente", "RM ENCEFALO SENZA MDC"],
           el=["ΜΑΓΝΗΤΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΕΓΚΕΦΑΛΟΥ"], ell=["Μαγνητική τομογραφία εγκεφάλου"], gr=["MRI EGKEFALOU", "MAGNITIKI EGKEFALOU"])
    dm = cx.dev("MR")
    if dm[2] == "S":
        seq = cx.c([("ep2d_diff_tra_b1000", "*ep_b1000t", "EP"), ("ep2d_diff_tra_ADC", None, "EP"), ("t2_tirm_tra_dark-fluid", "*tir2d1_16", "SE\\IR"),
                    ("swi3d1r_tra", "*swi3d1r", "GR"), ("tof_3d_multi-slab", "*fl3d1r_t70", "GR"), ("localizer", "*fl2d1", "GR")])
    else:
        seq = cx.c([("Ax DWI", None, "EP"), ("ADC (10^-6 mm²/s)", None, "EP"), ("Ax T2 FLAIR", None, "SE\\IR"), ("Ax SWAN", None, "GR"),
                    ("3D TOF", None, "GR"), ("3Pl Loc", None, "GR")])
    return mk(cx, "MR", sd, ["HEAD"], None, "brain MR" + ("; localizer" if "oc" in seq[0] else ", sequence-only series name"), series=seq[0],
              bpe=cx.c(["HEAD", "BRAIN"]), dev=dm, SequenceName=seq[1], ScanningSequence=seq[2],
              sibs=[{"Modality": "MR", "SeriesDescription": "localizer" if dm[2] == "S" else "3Pl Loc"}, {"Modality": "MR", "SeriesDescription": "Ax DWI"}])


def neuro_ct_head_plus(cx):
    """Head and cervical spine CT after a fall (two recons, two regions)."""
    sd = L(cx, pl=["TK GLOWY I KREGOSLUPA SZYJNEGO", "TK glowy + odcinek szyjny kregoslupa"], en=["CT Head and C-Spine"])
    d = cx.dev("CT")
    if cx.p(0.5):
        return ct_row(cx, sd, ["HEAD", "CSPINE"], "scout of a head and cervical spine CT", None, None, 0, ["HEAD"], [("head", "brain", 5.0), ("cspine", "bone", 2.0)],
                      scout=True, dev=d)
    return ct_row(cx, sd, ["CSPINE"], "cervical spine recon of a head and C-spine CT", "cspine", "bone", 2.0, ["HEAD", "CSPINE", "NECK"],
                  [("head", "brain", 5.0)], dev=d)


def headneck(cx):
    r = cx.rng.random()
    if r < 0.35:
        sd = L(cx, de=["CT Gesichtsschädel", "CT Mittelgesicht (Jochbein)", "CT Orbita bds.", "CT NNH/Gesichtsschädel nativ"],
               it=["TC MASSICCIO FACCIALE", "TC ORBITE", "TC massiccio facciale senza mdc"], pl=["TK twarzoczaszki", "TK oczodolow", "TK ZATOK I TWARZOCZASZKI"],
               el=["ΑΞΟΝΙΚΗ ΣΠΛΑΧΝΙΚΟΥ ΚΡΑΝΙΟΥ", "ΑΞΟΝΙΚΗ ΚΟΓΧΩΝ"], ell=["Αξονική σπλαχνικού κρανίου"], gr=["AXONIKI SPLACHNIKOU KRANIOU", "CT PROSOPOU"])
        return ct_row(cx, sd, ["HEAD"], "facial bones / orbit CT", "face", "bone", cx.c([0.6, 1.0, 2.0]), ["HEAD", "SKULL", "SINUS", "HEAD"],
                      [("face", "bone", 1.0)])
    if r < 0.55:
        sd = L(cx, de=["Rö Nasenbein seitl.", "Rö Jochbogen henkeltopf", "Rö Schädel 2 Ebenen"], it=["RX OSSA NASALI", "RX CRANIO 2P", "RX ARCATE ZIGOMATICHE"],
               pl=["RTG KOSCI NOSA", "RTG CZASZKI AP+BOK", "RTG kosci nosa boczne"], el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΡΙΝΙΚΩΝ ΟΣΤΩΝ", "ΑΚΤΙΝΟΓΡΑΦΙΑ ΚΡΑΝΙΟΥ (F+P)"],
               ell=["Ακτινογραφία ρινικών οστών"], gr=["AKTINOGRAFIA RINIKON OSTON", "AKTINOGRAFIA KRANIOU F+P"])
        ser = L(cx, de=["Nasenbein seitl.", "Schädel a.p.", "Schädel seitl.", "Jochbogen axial"], it=["OSSA NASALI LL", "CRANIO AP", "CRANIO LL"],
                pl=["Kosci nosa boczne", "Czaszka AP", "Czaszka boczne", "Skull AP"], en=["Nasal bones LAT", "Skull AP", "Skull LAT", "Zygoma SMV"])
        return xr_row(cx, sd, ["HEAD"], None, "skull / facial plain film", ser, ["SKULL", "HEAD", "FACIAL"])
    if r < 0.68:
        sd = L(cx, de=["OPG (Unterkieferfraktur?)", "Orthopantomogramm"], it=["ORTOPANTOMOGRAFIA (trauma mandibolare)", "OPT"],
               pl=["PANTOMOGRAM (uraz zuchwy)", "Zdjecie pantomograficzne"], el=["ΠΑΝΟΡΑΜΙΚΗ ΑΚΤΙΝΟΓΡΑΦΙΑ ΓΝΑΘΩΝ"], gr=["PANORAMIKI AKTINOGRAFIA (OPG)"])
        return mk(cx, "PX", sd, ["HEAD"], None, "panoramic film of the jaws for a mandible fracture", series=cx.c(["Panoramic", "PAN Standard", "OPG", None]),
                  bpe=cx.c(["JAW", "HEAD", "MANDIBLE"]), SOPClassUID=SOP["PX"] if cx.p(0.3) else None)
    if r < 0.85:
        sd = L(cx, de=["CT Hals mit KM (Abszess?)", "CT Hals"], it=["TC COLLO CON MDC", "TC collo (ascesso)"], pl=["TK SZYI Z KONTRASTEM", "TK szyi"],
               el=["ΑΞΟΝΙΚΗ ΤΡΑΧΗΛΟΥ"], ell=["Αξονική τραχήλου με σκιαγραφικό"], gr=["AXONIKI TRACHILOU", "CT TRACHILOU ME SKIAGRAFIKO"])
        return ct_row(cx, sd, ["NECK"], "neck CT (deep neck abscess)", "neck", "soft", 2.0, ["NECK", "NECK", "HEAD"], [("neck", "soft", 3.0)],
                      contrast=cx.c(["Iomeron 350", "Omnipaque 300"]))
    sd = L(cx, de=["Sono Hals", "Duplex Carotiden", "Sono Halsweichteile"], it=["ECO COLLO", "ECOCOLORDOPPLER TSA", "ECO TIROIDE"],
           pl=["USG SZYI", "USG doppler tetnic szyjnych", "USG tarczycy"], el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΤΡΑΧΗΛΟΥ", "TRIPLEX ΚΑΡΩΤΙΔΩΝ"],
           ell=["Υπερηχογράφημα τραχήλου"], gr=["YPERICHOGRAFIMA TRACHILOU", "TRIPLEX KAROTIDON"])
    return mk(cx, "US", sd, ["NECK"], None, "neck / carotid / thyroid ultrasound", series=cx.c([None, "Carotid", "Thyroid", "Small parts"]),
              bpe=cx.c([None, "NECK", "THYROID", "CAROTID"]))


def chest(cx):
    r = cx.rng.random()
    if r < 0.6:
        bed = cx.p(0.55)
        if bed:
            sd = L(cx, de=["Rö Thorax liegend (Bett)", "Thorax Bettaufnahme", "RÖ THORAX A.P. LIEGEND", "Rö Thorax Intensiv"],
                   it=["RX TORACE A LETTO", "RX TORACE AL LETTO DEL PAZIENTE", "RX TORACE (letto)"],
                   pl=["RTG KLP PRZYLOZKOWO", "RTG klatki piersiowej AP na lezaco", "RTG KL. PIERSIOWEJ PRZYLOZKOWE"],
                   el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΘΩΡΑΚΟΣ ΣΤΗΝ ΚΛΙΝΗ", "ΑΚΤ. ΘΩΡΑΚΟΣ ΦΟΡΗΤΟ"], ell=["Ακτινογραφία θώρακος στην κλίνη"],
                   gr=["AKTINOGRAFIA THORAKOS KLINIS", "AKT THORAKOS FORITO", "CXR PORTABLE"])
            ser = L(cx, de=["Thorax a.p. liegend", "Thorax Bett"], it=["TORACE AP", "TORACE AP LETTO"], pl=["Klatka AP", "CHEST AP"],
                    en=["CHEST AP PORTABLE", "Chest AP", "Thorax ap"])
            return xr_row(cx, sd, ["CHEST"], None, "bedside chest radiograph", ser, ["CHEST", "CHEST", "THORAX"], view="AP")
        sd = L(cx, de=["Rö Thorax p.a. + seitl.", "Rö Thorax 2 Ebenen", "Röntgen Thorax"], it=["RX TORACE 2P", "RX TORACE", "RX TORACE PA-LL"],
               pl=["RTG KLATKI PIERSIOWEJ PA", "RTG klp PA i boczne", "RTG KLATKI PIERSIOWEJ"], el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΘΩΡΑΚΟΣ", "ΑΚΤ. ΘΩΡΑΚΟΣ (F)"],
               ell=["Ακτινογραφία θώρακος F+P"], gr=["AKTINOGRAFIA THORAKOS F", "AKT THORAKOS F+P"])
        ser = L(cx, de=["Thorax p.a.", "Thorax seitl."], it=["TORACE PA", "TORACE LL"], pl=["Klatka PA", "Klatka boczne", "CHEST PA"],
                en=["Chest PA", "Chest LAT", "THORAX PA"])
        return xr_row(cx, sd, ["CHEST"], None, "erect chest radiograph", ser, ["CHEST", "CHEST", "LUNG"], view=cx.c(["PA", None]))
    if r < 0.72:
        s = cx.c("LR")
        sd = L(cx, de=[f"Rö Rippen {cx.c(SIDE['de'][s][:2])}", f"Rö Hemithorax {cx.c(SIDE['de'][s][:2])} (Rippenserie)"],
               it=[f"RX EMICOSTATO {cx.c(SIDE['it'][s]['ab'])}", f"RX COSTE {SIDE['it'][s]['f'].upper()}"],
               pl=[f"RTG ZEBER {SIDE['pl'][s]['ab'][0]}", f"RTG zeber strony {SIDE['pl'][s]['gf']}"],
               el=[f"ΑΚΤΙΝΟΓΡΑΦΙΑ ΠΛΕΥΡΩΝ {SIDE['el'][s]['n']} ΗΜΙΘΩΡΑΚΙΟΥ"], ell=[f"Ακτινογραφία πλευρών {SIDE['ell'][s]['n']} ημιθωρακίου"],
               gr=[f"AKTINOGRAFIA PLEVRON {SIDE['gr'][s]['n']} HMITHORAKIOU"])
        return xr_row(cx, sd, ["CHEST"], None, "rib series of one hemithorax: chest, no laterality for ribs", cx.c(["Rippen schräg", "Ribs OBL", "Coste", "Ribs AP"]),
                      ["RIBS", "CHEST"])
    if r < 0.9:
        sd = L(cx, de=["CT Thorax mit KM", "CT Thorax nativ (Rippenfrakturen)", "HR-CT Thorax"], it=["TC TORACE CON MDC", "TC TORACE", "TC torace senza mdc"],
               pl=["TK KLATKI PIERSIOWEJ", "TK klatki piersiowej z kontrastem"], el=["ΑΞΟΝΙΚΗ ΘΩΡΑΚΟΣ"], ell=["Αξονική θώρακος"],
               gr=["AXONIKI THORAKOS", "CT THORAKOS"])
        scout = cx.p(0.15)
        return ct_row(cx, sd, ["CHEST"], "chest CT", "chest", cx.c(["lung", "soft"]), cx.c([1.0, 1.25, 5.0]), ["CHEST", "CHEST", "LUNG", "THORAX"],
                      [("chest", "lung", 1.0), ("chest", "soft", 5.0)], scout=scout)
    sd = L(cx, de=["Sono Thorax (Pneumothorax?)", "Lungensono", "Sono Pleura"], it=["ECO TORACE (versamento pleurico)", "ECO POLMONARE"],
           pl=["USG JAMY OPLUCNEJ", "USG pluc"], el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΘΩΡΑΚΟΣ"], gr=["U/S THORAKOS (PLEVRITIKI SYLLOGI)"])
    return mk(cx, "US", sd, ["CHEST"], None, "lung / pleural ultrasound", series=cx.c([None, "Lung", "Pleura"]), bpe=cx.c([None, "CHEST"]))


def cta(cx):
    r = cx.rng.random()
    d = cx.dev("CT")
    v = d[2]
    con = cx.c(["Iomeron 400", "Ultravist 370", "Omnipaque 350", "Visipaque 320", None])
    if r < 0.25:
        sd = L(cx, de=["CT-Angio Pulmonalis (LAE?)", "CTA Lungenembolie", "CT Pulmonalisangiographie"], it=["ANGIO-TC ARTERIE POLMONARI", "ANGIO TC POLMONARE (TEP)"],
               pl=["ANGIO-TK TETNIC PLUCNYCH", "Angio-TK - zatorowosc plucna"], el=["ΑΞΟΝΙΚΗ ΑΓΓΕΙΟΓΡΑΦΙΑ ΠΝΕΥΜΟΝΙΚΩΝ ΑΡΤΗΡΙΩΝ"],
               ell=["Αξονική αγγειογραφία πνευμονικών αρτηριών"], gr=["CTA PNEVMONIKON ARTIRION", "CT AGGEIOGRAFIA PNEVMONIKIS (PE)"],
               en=["CTA Pulmonary arteries", "CT Pulmonary Angiogram"])
        return ct_row(cx, sd, ["CHEST"], "pulmonary CTA", "chest", "angio", cx.c([1.0, 0.625, 1.0]), ["CHEST", "CHEST", "LUNG"], [("chest", "lung", 1.0)],
                      contrast=con, scout=cx.p(0.15), dev=d)
    if r < 0.45:
        sd = L(cx, de=["CTA Aorta thorakoabdominal (Dissektion?)", "CT-Angio Aorta gesamt", "CTA Aorta Typ-A?"], it=["ANGIO-TC AORTA TORACO-ADDOMINALE", "ANGIO-TC AORTA IN TOTO"],
               pl=["ANGIO-TK AORTY PIERSIOWEJ I BRZUSZNEJ", "Angio-TK aorty - rozwarstwienie"], el=["ΑΞΟΝΙΚΗ ΑΓΓΕΙΟΓΡΑΦΙΑ ΘΩΡΑΚΟΚΟΙΛΙΑΚΗΣ ΑΟΡΤΗΣ"],
               ell=["Αξονική αγγειογραφία θωρακοκοιλιακής αορτής"], gr=["CTA AORTIS THORAKOKOILIAKIS", "CT AGGEIOGRAFIA AORTIS (DISSECTION)"],
               en=["CTA Aorta (chest abdomen pelvis)", "CTA Thoracoabdominal aorta"])
        return ct_row(cx, sd, CAP, "thoracoabdominal aorta CTA, arch to iliac arteries", cx.c(["trunk", None]) or "trunk", "angio", 1.0,
                      ["CHEST", "ABDOMEN", "AORTA", "CHEST"], [("trunk", "soft", 5.0)], contrast=con, scout=cx.p(0.2), dev=d)
    if r < 0.58:
        sd = L(cx, de=["CTA Aorta abdominalis (rAAA?)", "CT-Angio Bauchaorta"], it=["ANGIO-TC AORTA ADDOMINALE", "ANGIO TC AAA"],
               pl=["ANGIO-TK AORTY BRZUSZNEJ", "Angio-TK aorty brzusznej i tetnic biodrowych"], el=["ΑΞΟΝΙΚΗ ΑΓΓΕΙΟΓΡΑΦΙΑ ΚΟΙΛΙΑΚΗΣ ΑΟΡΤΗΣ"],
               gr=["CTA KOILIAKIS AORTIS"], en=["CTA Abdominal aorta", "CTA AAA pre-EVAR"])
        return ct_row(cx, sd, AP_, "abdominal aorta and iliac CTA", "abdpelv", "angio", 1.0, ["ABDOMEN", "AORTA"], [("abdpelv", "soft", 5.0)], contrast=con, dev=d)
    if r < 0.7:
        sd = L(cx, de=["CTA supraaortal und intrakraniell", "CT-Angio Hals/Kopf (Dissektion?)"], it=["ANGIO-TC TSA E CIRCOLO INTRACRANICO"],
               pl=["ANGIO-TK TETNIC SZYJNYCH I WEWNATRZCZASZKOWYCH"], el=["CTA ΚΑΡΩΤΙΔΩΝ - ΕΓΚΕΦΑΛΟΥ"], gr=["CTA KAROTIDON KAI EGKEFALOU"],
               en=["CTA Head and Neck", "CTA Carotids and Circle of Willis"])
        return ct_row(cx, sd, ["HEAD", "NECK"], "supra-aortic and intracranial CTA", cx.c(["neck", "head"]), "angio", 0.75, ["NECK", "HEAD", "HEAD"],
                      [("head", "brain", 5.0)], contrast=con, dev=d)
    if r < 0.78:
        sd = L(cx, de=["CTA Mesenterialgefäße (Ischämie?)", "CT-Angio Abdomen"], it=["ANGIO-TC ADDOME (ischemia mesenterica)", "ANGIO-TC ADDOME (sanguinamento)"],
               pl=["Angio-TK jamy brzusznej", "ANGIO-TK JAMY BRZUSZNEJ - KRWAWIENIE"], el=["ΑΞΟΝΙΚΗ ΑΓΓΕΙΟΓΡΑΦΙΑ ΚΟΙΛΙΑΣ"], gr=["CTA KOILIAS (MESENTERIOS ISCHAIMIA)"],
               en=["CTA Mesenteric", "CTA Abdomen GI bleed"])
        return ct_row(cx, sd, AP_, "mesenteric / GI-bleed CTA of abdomen and pelvis", "abdpelv", "angio", 1.0, ["ABDOMEN"], [("abdpelv", "soft", 3.0)], contrast=con, dev=d)
    if r < 0.88:
        b = side_of(cx, "B")
        sd = L(cx, de=[f"CTA Becken-Bein {b}", f"CT-Angio Run-off {b}"], it=[f"ANGIO-TC ARTI INFERIORI {b}", "ANGIO TC AORTA ADDOMINALE E ARTI INFERIORI BILATERALE"],
               pl=[f"ANGIO-TK TETNIC KONCZYN DOLNYCH {b}"], el=[f"CTA ΚΑΤΩ ΑΚΡΩΝ {b}"], ell=[f"Αξονική αγγειογραφία κάτω άκρων {b}"], gr=[f"CTA KATO AKRON {b}"],
               en=["CTA Run-off Bilateral", "CTA Lower limbs Both"])
        ser = L(cx, de=["Run-off 1.0 Bv40", "Becken-Bein 1.5 Bv40"], it=["RUN OFF 1.0 FC43", "ARTI INFERIORI 1.0"], pl=["Konczyny dolne 1.25", "Runoff 1mm"],
                en=["RUNOFF 1.25mm", "Runoff MIP cor"])
        return mk(cx, "CT", sd, RUNOFF, "B", "run-off CTA, renal arteries to feet, both legs", series=ser, bpe=cx.c(["LEG", "EXTREMITY", "ABDOMEN", "LOWER EXTREMITY"]),
                  dev=d, ContrastBolusAgent=con, SliceThickness="1", sibs=ct_sibs(cx, v, []))
    s = cx.c("LR")
    upper = cx.p(0.45)
    lang = cx.lang
    if lang == "pl":
        sw = SIDE["pl"][s]["gf"]
        sd = f"ANGIO-TK KONCZYNY {'GORNEJ' if upper else 'DOLNEJ'} {sw.upper()}"
    elif lang in ("el", "ell", "gr"):
        sw = SIDE[lang][s]["n"]
        sd = {"el": f"CTA {sw} {'ΑΝΩ' if upper else 'ΚΑΤΩ'} ΑΚΡΟΥ", "ell": f"CTA {sw} {'άνω' if upper else 'κάτω'} άκρου",
              "gr": f"CTA {sw} {'ANO' if upper else 'KATO'} AKROU"}[lang]
    elif lang == "it":
        sd = f"ANGIO-TC ARTO {'SUPERIORE' if upper else 'INFERIORE'} {cx.c(SIDE['it'][s]['ab']).upper()}"
    elif lang == "de":
        sd = f"CTA {'Arm' if upper else 'Bein'} {cx.c(SIDE['de'][s][:3])} ({'Stichverletzung' if upper else 'Knieluxation'})"
    else:
        sd = f"CTA {'Upper' if upper else 'Lower'} limb {cx.c(SIDE['en'][s][:3])}"
    return mk(cx, "CT", sd, UPPER if upper else LOWER, s, "CTA of one limb after trauma, side from the order", series=ct_series(cx, v, None, "angio", 1.0)[0],
              bpe=cx.c(["EXTREMITY", "ARM" if upper else "LEG", None]), dev=d, ContrastBolusAgent=con, sibs=ct_sibs(cx, v, []))


def abdo(cx):
    r = cx.rng.random()
    if r < 0.28:
        sd = L(cx, de=["CT Abdomen/Becken mit KM", "CT Abdomen (akutes Abdomen)", "CT ABDOMEN + BECKEN PORTALVENÖS"],
               it=["TC ADDOME COMPLETO CON MDC", "TC ADDOME-PELVI", "TC addome completo (addome acuto)"],
               pl=["TK JAMY BRZUSZNEJ I MIEDNICY Z KONTRASTEM", "TK jamy brzusznej i miednicy", "TK BRZUCHA I MIEDNICY"],
               el=["ΑΞΟΝΙΚΗ ΚΟΙΛΙΑΣ - ΠΥΕΛΟΥ"], ell=["Αξονική κοιλίας-πυέλου με σκιαγραφικό"], gr=["AXONIKI KOILIAS PYELOU", "CT KOILIAS-PYELOU"])
        return ct_row(cx, sd, AP_, "abdomen-pelvis CT", "abdpelv", "soft", cx.c([3.0, 5.0, 1.25]), ["ABDOMEN", "ABDOMEN", "PELVIS", "ABDOMENPELVIS"],
                      [("abdpelv", "soft", 5.0)], contrast=cx.c(["Iomeron 350", "Omnipaque 350", None]), scout=cx.p(0.2))
    if r < 0.38:
        sd = L(cx, de=["Low-dose CT Urolithiasis", "CT Steinsuche nativ"], it=["TC ADDOME SENZA MDC (colica renale)", "URO-TC basale"],
               pl=["TK UKLADU MOCZOWEGO BEZ KONTRASTU (KAMICA)", "TK nerek i drog moczowych bez kontrastu"], el=["ΑΞΟΝΙΚΗ ΝΕΦΡΩΝ-ΟΥΡΗΤΗΡΩΝ-ΚΥΣΤΗΣ"],
               gr=["CT KUB (NEFROLITHIASI)", "AXONIKI NEFRON OUROFOROU"])
        return ct_row(cx, sd, AP_, "stone CT, kidneys to bladder", "abdpelv", "soft", cx.c([2.0, 3.0]), ["ABDOMEN", "KIDNEY", "PELVIS"], [("abdpelv", "soft", 5.0)])
    if r < 0.55:
        sd = L(cx, de=["Sono Oberbauch", "Sono Abdomen (Gallenkolik?)", "Sono Nieren"], it=["ECO ADDOME SUPERIORE", "ECO EPATOBILIARE", "ECO RENALE"],
               pl=["USG nerek", "USG watroby i drog zolciowych", "USG GORNEJ CZESCI JAMY BRZUSZNEJ"], el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΑΝΩ ΚΟΙΛΙΑΣ", "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΝΕΦΡΩΝ"],
               ell=["Υπερηχογράφημα άνω κοιλίας"], gr=["U/S ANO KOILIAS", "YPERICHOGRAFIMA NEFRON"])
        return mk(cx, "US", sd, ["ABDOMEN"], None, "upper abdominal / renal ultrasound", series=cx.c([None, None, "Abdomen", "Renal"]),
                  bpe=cx.c([None, "ABDOMEN", "KIDNEY"]))
    if r < 0.68:
        sd = L(cx, de=["Sono Abdomen komplett", "Sono Appendizitis", "Sono Abdomen + Becken"], it=["ECO ADDOME COMPLETO", "ECO FOSSA ILIACA DX (appendicite?)"],
               pl=["USG JAMY BRZUSZNEJ I MIEDNICY", "USG jamy brzusznej (wyrostek?)"], el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΚΟΙΛΙΑΣ (ΑΝΩ-ΚΑΤΩ)"], gr=["U/S KOILIAS ANO-KATO", "YPERICHOGRAFIMA OLIS KOILIAS"])
        return mk(cx, "US", sd, AP_, None, "complete abdominal / appendix ultrasound, abdomen and pelvis", series=cx.c([None, "Abdomen", "ABD"]),
                  bpe=cx.c([None, "ABDOMEN"]))
    if r < 0.8:
        erect = cx.p(0.55)
        if erect:
            sd = L(cx, de=["Rö Abdomen im Stehen", "Rö Abdomen Linksseitenlage"], it=["RX ADDOME DIRETTO IN ORTOSTATISMO", "RX ADDOME IN PIEDI"],
                   pl=["RTG JAMY BRZUSZNEJ NA STOJACO", "RTG przegladowe jamy brzusznej na stojaco"], el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΚΟΙΛΙΑΣ ΟΡΘΙΑ"], gr=["AKT KOILIAS ORTHIA"])
            return xr_row(cx, sd, ["ABDOMEN"], None, "erect abdominal film for free air / fluid levels", cx.c(["Abdomen stehend", "ADDOME ORTO", "Abdomen erect", "Brzuch stojaco"]),
                          ["ABDOMEN"])
        sd = L(cx, de=["Rö Abdomen liegend", "Abdomenübersicht liegend"], it=["RX ADDOME DIRETTO SUPINO", "RX ADDOME"], pl=["RTG jamy brzusznej na lezaco"],
               el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΚΟΙΛΙΑΣ ΥΠΤΙΑ"], gr=["AKTINOGRAFIA KOILIAS YPTIA", "KUB"])
        return xr_row(cx, sd, AP_, None, "supine abdominal film, diaphragm to symphysis", cx.c(["Abdomen a.p. liegend", "ADDOME AP", "Abdomen AP", "KUB"]),
                      ["ABDOMEN", "ABDOMEN", "PELVIS"])
    if r < 0.92:
        sd = L(cx, de=["Sono Hoden (Torsion?)", "Sono Unterbauch/Harnblase", "Sono gyn. Becken"], it=["ECO TESTICOLARE", "ECO PELVICA", "ECO VESCICALE"],
               pl=["USG JADER", "USG pecherza moczowego", "USG MIEDNICY MALEJ"], el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΟΡΧΕΩΝ", "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΠΥΕΛΟΥ"],
               gr=["U/S ORCHEON", "YPERICHOGRAFIMA PYELOU"])
        return mk(cx, "US", sd, ["PELVIS"], None, "scrotal / bladder / pelvic ultrasound", series=cx.c([None, "Testis", "Pelvis", "Bladder"]),
                  bpe=cx.c([None, "PELVIS", "SCROTUM", "BLADDER"]))
    sd = L(cx, de=["CT-Zystographie (Beckentrauma)", "CT Becken Zystographie"], it=["TC CISTOGRAFIA", "URO-TC cistografia (trauma)"], pl=["TK CYSTOGRAFIA"],
           el=["ΑΞΟΝΙΚΗ ΚΥΣΤΕΟΓΡΑΦΙΑ"], gr=["CT KYSTEOGRAFIA"])
    return ct_row(cx, sd, ["PELVIS"], "CT cystogram of the bladder", "pelvis", "soft", 2.0, ["PELVIS", "BLADDER", "ABDOMEN"], [("pelvis", "soft", 5.0)],
                  contrast="Ultravist 300 (intravesical)")


def fast(cx):
    sd = L(cx, de=["Sono FAST", "eFAST Schockraum", "Notfallsono FAST"], it=["ECO FAST", "E-FAST PS", "ECOGRAFIA FAST"], pl=["USG FAST", "USG FAST - uraz", "USG E-FAST"],
           el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ FAST", "FAST ΤΡΑΥΜΑ"], ell=["Υπερηχογράφημα FAST"], gr=["U/S FAST", "YPERICHOGRAFIMA FAST", "E-FAST TRAVMA"])
    r = cx.rng.random()
    if r < 0.6:
        return mk(cx, "US", sd, CAP, None, "FAST: pericardium, upper quadrants and pelvis", series=cx.c([None, "FAST", "eFAST", "Trauma"]),
                  bpe=cx.c([None, None, "ABDOMEN", "CHEST"]), ProtocolName=cx.c([None, "FAST", "Abdomen"]),
                  sibs=[{"Modality": "US", "SeriesDescription": "Report"}] if cx.p(0.5) else None)
    view = cx.c([("Subxiphoid", ["CHEST"], "subxiphoid pericardial view"), ("Subcostal 4CH", ["CHEST"], "subxiphoid pericardial view"),
                 ("RUQ Morison", ["ABDOMEN"], "right upper quadrant view"), ("LUQ", ["ABDOMEN"], "left upper quadrant, splenorenal view"),
                 ("Pelvis", ["PELVIS"], "suprapubic pelvic view"), ("Suprapubic", ["PELVIS"], "suprapubic pelvic view"),
                 ("Lung Pleura", ["CHEST"], "lung sliding view of the eFAST")])
    return mk(cx, "US", sd, view[1], None, f"one clip of a FAST: {view[2]}", series=view[0], bpe=None, NumberOfFrames=cx.c(["60", "90", "120"]),
              SOPClassUID=SOP["USM"], sibs=[{"Modality": "US", "SeriesDescription": "Subxiphoid"}, {"Modality": "US", "SeriesDescription": "RUQ Morison"}])


def spine(cx):
    r = cx.rng.random()
    kind = cx.c(["c", "c", "c", "tl", "l", "l", "t", "ws"])
    lab = {"c": ["CSPINE"], "tl": ["TSPINE", "LSPINE"], "l": ["LSPINE"], "t": ["TSPINE"], "ws": WS}[kind]
    nm = {"de": {"c": "HWS", "tl": "BWS/LWS", "l": "LWS", "t": "BWS", "ws": "gesamte Wirbelsäule"},
          "it": {"c": "RACHIDE CERVICALE", "tl": "RACHIDE DORSO-LOMBARE", "l": "RACHIDE LOMBOSACRALE", "t": "RACHIDE DORSALE", "ws": "RACHIDE IN TOTO"},
          "pl": {"c": "KREGOSLUPA SZYJNEGO", "tl": "KREGOSLUPA PIERSIOWEGO I LEDZWIOWEGO", "l": "KREGOSLUPA L-S", "t": "KREGOSLUPA PIERSIOWEGO", "ws": "CALEGO KREGOSLUPA"},
          "el": {"c": "ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "tl": "ΘΩΡΑΚΟΟΣΦΥΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "l": "ΟΣΦΥΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "t": "ΘΩΡΑΚΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "ws": "ΟΛΟΚΛΗΡΗΣ ΣΠΟΝΔΥΛΙΚΗΣ ΣΤΗΛΗΣ"},
          "ell": {"c": "αυχενικής μοίρας ΣΣ", "tl": "θωρακοοσφυϊκής μοίρας ΣΣ", "l": "οσφυϊκής μοίρας ΣΣ", "t": "θωρακικής μοίρας ΣΣ", "ws": "ολόκληρης σπονδυλικής στήλης"},
          "gr": {"c": cx.c(["AMSS", "AYCHENIKIS MOIRAS"]), "tl": "THORAKOOSFYIKIS MOIRAS", "l": cx.c(["OMSS", "OSFYIKIS MOIRAS"]), "t": cx.c(["THMSS", "THORAKIKIS MOIRAS"]),
                 "ws": "OLIS SPONDYLIKIS STILIS"}}[cx.lang][kind]
    tk = {"c": "cspine", "tl": "tlspine", "l": "lspine", "t": "tspine", "ws": "wspine"}[kind]
    bpe = {"c": ["CSPINE", "NECK", "SPINE"], "tl": ["TSPINE", "LSPINE", "SPINE"], "l": ["LSPINE", "SPINE", "ABDOMEN"], "t": ["TSPINE", "SPINE", "CHEST"],
           "ws": ["SPINE", "WHOLESPINE"]}[kind]
    if r < 0.45:
        sd = {"de": f"CT {nm}", "it": f"TC {nm}", "pl": f"TK {nm}", "el": f"ΑΞΟΝΙΚΗ {nm}", "ell": f"Αξονική {nm}", "gr": f"AXONIKI {nm}"}[cx.lang]
        return ct_row(cx, sd, lab, "spine CT after trauma", tk, "bone", cx.c([1.0, 2.0]), bpe, [(tk, "soft", 3.0)], scout=cx.p(0.15))
    if r < 0.8 or "MR" not in cx.vend:
        if kind == "ws":
            kind, lab = "c", ["CSPINE"]
            nm = {"de": "HWS", "it": "RACHIDE CERVICALE", "pl": "KREGOSLUPA SZYJNEGO", "el": "ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "ell": "αυχενικής μοίρας ΣΣ", "gr": "AMSS"}[cx.lang]
            bpe = ["CSPINE", "NECK", "SPINE"]
        sd = {"de": f"Rö {nm} 2 Ebenen", "it": f"RX {nm} 2P", "pl": f"RTG {nm} AP i boczne", "el": f"ΑΚΤΙΝΟΓΡΑΦΙΑ {nm}", "ell": f"Ακτινογραφία {nm}",
              "gr": f"AKTINOGRAFIA {nm} F+P"}[cx.lang]
        xl = {"de": "de", "it": "it", "pl": "pl"}.get(cx.lang, "en")
        ser = cx.c({"de": {"c": ["HWS seitl.", "Dens a.p.", "HWS a.p."], "tl": ["BWS/LWS seitl."], "l": ["LWS a.p.", "LWS seitl."], "t": ["BWS a.p.", "BWS seitl."]},
                    "it": {"c": ["RACHIDE CERVICALE LL", "DENTE EPISTROFEO"], "tl": ["DORSO-LOMBARE LL"], "l": ["LOMBOSACRALE AP", "LOMBOSACRALE LL"], "t": ["DORSALE AP"]},
                    "pl": {"c": ["Kregoslup C boczne", "C-spine AP"], "tl": ["Kregoslup Th-L boczne"], "l": ["Kregoslup L-S AP", "Kregoslup L-S boczne"], "t": ["Kregoslup Th AP"]},
                    "en": {"c": ["C-Spine LAT", "C-spine AP", "Odontoid"], "tl": ["T-L Spine LAT"], "l": ["L-Spine AP", "L-Spine LAT"], "t": ["T-Spine LAT", "T-Spine AP"]}}[xl][kind])
        return xr_row(cx, sd, lab, None, "spine radiograph", ser, bpe)
    sd = L(cx, de=["MRT LWS (Kauda-Syndrom?)", "MRT HWS nach Trauma", "MRT Ganzwirbelsäule"], it=["RM RACHIDE LOMBOSACRALE URGENTE", "RM RACHIDE CERVICALE", "RM RACHIDE IN TOTO"],
           el=["ΜΑΓΝΗΤΙΚΗ ΟΣΦΥΙΚΗΣ ΜΟΙΡΑΣ ΣΣ", "ΜΑΓΝΗΤΙΚΗ ΑΥΧΕΝΙΚΗΣ ΜΟΙΡΑΣ ΣΣ"], gr=["MRI OMSS", "MRI AMSS", "MAGNITIKI OLIS SPONDYLIKIS STILIS"])
    u = strip(sd).upper()
    lab = ["LSPINE"] if any(w in u for w in ("LWS", "LOMBO", "ΟΣΦΥ", "OMSS")) else ["CSPINE"] if any(w in u for w in ("HWS", "CERVIC", "ΑΥΧΕΝ", "AMSS")) else WS
    dm = cx.dev("MR")
    seq = cx.c(["t2_tse_sag", "t1_tse_sag", "t2_tirm_sag", "t2_tse_tra"]) if dm[2] == "S" else cx.c(["Sag T2 FRFSE", "Sag T1 FSE", "Sag STIR", "Ax T2"])
    return mk(cx, "MR", sd, lab, None, "spine MR, region from the order, sequence-only series name", series=seq, bpe=cx.c(bpe + ["SPINE"]), dev=dm,
              ScanningSequence="SE" if "STIR" not in seq and "tirm" not in seq else "SE\\IR",
              sibs=[{"Modality": "MR", "SeriesDescription": "localizer" if dm[2] == "S" else "Locator"}])


def breast(cx):
    s = cx.c("LLRR" if cx.site != "at-ir" else "LR")
    lang = cx.lang
    if cx.site == "at-ir" and cx.p(0.65):
        sw = cx.c(SIDE["de"][s][:3]) if lang == "de" else cx.c(SIDE["en"][s][:3])
        sd = cx.c([f"Vakuumbiopsie Mamma {sw} stereotaktisch", f"Stereotactic vacuum biopsy breast {sw}", f"Clipmarkierung Mamma {sw} mit Kontrollmammographie"]) \
            if lang == "de" else cx.c([f"Stereotactic vacuum biopsy breast {sw}", f"Breast clip marker check {sw}"])
        view = cx.c(["CC", "ML", "MLO"])
        ser = cx.c([f"{s}{view}", f"{s} {view}", "Scout", "Stereo +15", "Stereo -15", "Post Fire", "Specimen"])
        lab_why = "breast stereotactic biopsy image, side from the image"
        if ser == "Specimen":
            lab_why = "specimen radiograph of a breast core, side of the breast it came from"
        return mk(cx, "MG", sd, ["BREAST"], s, lab_why, series=ser, bpe="BREAST", ImageLaterality=s if ser != "Specimen" else None,
                  ViewPosition=view if ser not in ("Specimen",) else None, SOPClassUID=SOP["MG"] if cx.p(0.4) else None)
    if lang in ("el", "ell", "gr"):
        sw = SIDE[lang][s]["m"]
        sd = {"el": f"ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ {sw} ΜΑΣΤΟΥ", "ell": f"Υπερηχογράφημα {sw} μαστού", "gr": f"U/S MASTOU {sw}"}[lang]
    elif lang == "it":
        sd = cx.c([f"ECO MAMMELLA {cx.c(SIDE['it'][s]['ab']).upper()} (mastite/ascesso)", f"ECOGRAFIA MAMMARIA {SIDE['it'][s]['f'].upper()}"])
    elif lang == "pl":
        sd = cx.c([f"USG piersi {SIDE['pl'][s]['gf']}", f"USG PIERSI {SIDE['pl'][s]['ab'][0]} (ropien?)"])
    elif lang == "de":
        sd = cx.c([f"Sono Mamma {cx.c(SIDE['de'][s][:3])} (Abszess?)", f"US-gezielte Stanzbiopsie Mamma {cx.c(SIDE['de'][s][:2])}"])
    else:
        sd = f"US guided core biopsy breast {cx.c(SIDE['en'][s][:3])}"
    if cx.p(0.15) and cx.site != "at-ir":
        b = side_of(cx, "B")
        sd = {"de": f"Sono Mamma {b}", "it": f"ECO MAMMARIA {b}", "pl": f"USG obu piersi {b}", "el": f"ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΜΑΣΤΩΝ {b}",
              "ell": f"Υπερηχογράφημα μαστών {b}", "gr": f"U/S MASTON {b}"}[lang]
        return mk(cx, "US", sd, ["BREAST"], "B", "ultrasound of both breasts", series=cx.c([None, "Breast"]), bpe=cx.c([None, "BREAST"]))
    return mk(cx, "US", sd, ["BREAST"], s, "breast ultrasound (abscess / biopsy), side from the order", series=cx.c([None, "Breast", "Mamma", "Small parts"]),
              bpe=cx.c([None, "BREAST", "CHEST"]))


def paeds(cx):
    r = cx.rng.random()
    if r < 0.45:
        code = cx.c(["ELBOW", "ELBOW", "FOREARM", "WRIST", "HAND", "LEG", "ANKLE", "FOOT", "ARM"])
        s = cx.c("LR")
        sd = limb_sd(cx, "XR", code, s, extra=False)
        kid = {"de": " (Kind)", "it": " PEDIATRICO", "pl": " - dziecko", "el": " (ΠΑΙΔΙ)", "ell": " (παιδί)", "gr": " PAIDI", "en": " paediatric"}[cx.lang]
        return xr_row(cx, sd + kid, [code], s, f"child's {code.lower()} radiograph, side from the order", xr_series(cx, code, VIEWS[code][0]), DX_BPE[code],
                      tag=s if cx.p(0.2) else None)
    if r < 0.6:
        sd = L(cx, de=["Rö Thorax Kind", "Rö Thorax (Säugling)"], it=["RX TORACE PEDIATRICO"], pl=["RTG klatki piersiowej - dziecko", "RTG KLP NIEMOWLE"],
               el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΘΩΡΑΚΟΣ ΠΑΙΔΙΟΥ"], gr=["AKTINOGRAFIA THORAKOS PAIDIKI"])
        return xr_row(cx, sd, ["CHEST"], None, "child's chest film", L(cx, de=["Thorax a.p. Kind", "Thorax Säugling"], it=["TORACE AP PED"], pl=["Klatka AP dziecko"],
                                                                       en=["Chest AP", "Chest AP paed"]), ["CHEST"])
    if r < 0.75:
        sd = L(cx, de=["Rö Fremdkörpersuche Hals/Thorax/Abdomen", "Rö Fremdkörper verschluckt (Kind)"], it=["RX CORPO ESTRANEO (collo-torace-addome)", "RX corpo estraneo ingerito"],
               pl=["RTG - cialo obce (szyja, klatka, brzuch)", "RTG POLKNIETE CIALO OBCE"], el=["ΑΚΤΙΝΟΓΡΑΦΙΑ ΤΡΑΧΗΛΟΥ-ΘΩΡΑΚΟΣ-ΚΟΙΛΙΑΣ (ΞΕΝΟ ΣΩΜΑ)"],
               gr=["AKTINOGRAFIA TRACHILOU-THORAKOS-KOILIAS XENO SOMA"])
        return xr_row(cx, sd, ["NECK", "CHEST", "ABDOMEN"], None, "swallowed foreign body film, neck to abdomen on one image",
                      L(cx, de=["Fremdkörper a.p.", "Hals-Thorax-Abdomen a.p."], it=["CORPO ESTRANEO AP", "COLLO-TORACE-ADDOME"], pl=["Cialo obce AP", "Babygram"],
                        en=["Foreign body AP", "Babygram"]), cx.c([["CHEST"], ["ABDOMEN"], ["WHOLEBODY"]]))
    if r < 0.87:
        sd = L(cx, de=["Sono Abdomen Kind (Invagination?)"], it=["ECO ADDOME PEDIATRICO (invaginazione?)"], pl=["USG jamy brzusznej - dziecko (wglobienie?)"],
               el=["ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ ΚΟΙΛΙΑΣ ΠΑΙΔΙΟΥ"], gr=["U/S KOILIAS PAIDIOU (EGKOLPOSMOS)"])
        return mk(cx, "US", sd, ["ABDOMEN"], None, "intussusception ultrasound in a child", series=cx.c([None, "Abdomen ped"]), bpe=cx.c([None, "ABDOMEN"]))
    if cx.site == "de-trauma":
        sd = "Skelettstatus (V.a. Kindesmisshandlung)"
        k = cx.c([("Schädel a.p.", ["HEAD"], None), ("Thorax a.p.", ["CHEST"], None), ("Arm re. a.p.", UPPER, "R"), ("Arm li. a.p.", UPPER, "L"),
                  ("Bein re. a.p.", LOWER, "R"), ("Bein li. a.p.", LOWER, "L"), ("Hände bds. p.a.", ["HAND"], "B"), ("Füße bds. d.p.", ["FOOT"], "B"),
                  ("WS seitl.", WS, None), ("Becken a.p.", ["PELVIS"], None)])
        return xr_row(cx, sd, k[1], k[2], "one film of a skeletal survey, region and side in the series name", k[0], ["WHOLEBODY", "SKELETON", None][cx.rng.randrange(3)] or "WHOLEBODY")
    sd = L(cx, it=["TC CRANIO PEDIATRICO (trauma)"], pl=["TK GLOWY - DZIECKO"], el=["ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ ΠΑΙΔΙΟΥ"], gr=["CT EGKEFALOU PAIDIOU"], de=["CCT Kind"])
    return ct_row(cx, sd, ["HEAD"], "child's head CT", "head", "brain", 5.0, ["HEAD"], [("head", "brain", 5.0)])


# C-arm in theatre: (code(s), German, Italian, Polish, Greek-ish, what)
FLUORO = [
    (["HIP"], "Hüfte (DHS)", "anca (chiodo)", "HIP", "dynamic hip screw"),
    (["HIP", "THIGH"], "Femur (PFN)", "femore prossimale (chiodo endomidollare)", "HIPTHIGH", "proximal femoral nail: hip and femur"),
    (["THIGH"], "Femurnagel", "femore (chiodo)", "THIGH", "femoral nail"),
    (["WRIST"], "distaler Radius (Platte)", "polso (placca radio distale)", "WRIST", "distal radius plate"),
    (["ANKLE"], "OSG (Osteosynthese)", "caviglia (osteosintesi)", "ANKLE", "ankle fixation"),
    (["LEG"], "Tibianagel", "tibia (chiodo)", "LEG", "tibial nail"),
    (["SHOULDER", "ARM"], "proximaler Humerus (Platte)", "omero prossimale (placca)", "SHOULDERARM", "proximal humerus plate: shoulder and humerus"),
    (["SHOULDER"], "Clavicula (Platte)", "clavicola (placca)", "SHOULDER", "clavicle plate"),
    (["ELBOW"], "Olecranon (Zuggurtung)", "gomito (cerchiaggio)", "ELBOW", "olecranon tension band"),
    (["HAND"], "Mittelhand K-Draht", "mano (fili di K)", "HAND", "hand K-wires"),
    (["KNEE"], "Tibiakopf (Platte)", "ginocchio (piatto tibiale)", "KNEE", "tibial plateau plate"),
    (["FOOT"], "Calcaneus (Platte)", "calcagno (placca)", "FOOT", "calcaneus plate"),
]


def fluoro(cx):
    d = cx.dev("RF")
    r = cx.rng.random()
    nf = cx.c(["1", "1", "12", "30"])
    ser_gen = {"S": ["Extremitäten", "Standard", "Fluoro", "Einzelbild"], "Z": ["Extremities", "Orthopedics", "Pulsed Fluoro"],
               "G": ["ORTHO", "GENERAL", "EXTREMITY"], "P": ["Orthopedics", "Fluoro store", "Extremities"]}[d[2]]
    if r < 0.65:
        code, de, it, key, what = cx.c(FLUORO)
        s = cx.c("LR")
        lang = cx.lang
        if lang == "de":
            sd = f"{cx.c(['BV intraop.', 'Intraoperative Durchleuchtung', 'BV-Kontrolle OP'])} {de} {cx.c(SIDE['de'][s][:4])}"
        elif lang == "it":
            sd = f"{cx.c(['SCOPIA INTRAOPERATORIA', 'Radioscopia sala operatoria'])} {it} {cx.c(SIDE['it'][s]['ab'])}"
        else:
            code = [code[0] if key != "HIPTHIGH" else "THIGH"]
            what = f"{code[0].lower()} fixation"
            sd = limb_sd(cx, "FL", code[0], s, extra=False)
        ser = cx.c(ser_gen + (["Hüfte"] if code[0] == "HIP" and d[2] == "S" else []))
        return mk(cx, "RF", sd, code, s, f"C-arm spot in theatre: {what}, side from the order", series=ser, dev=d,
                  bpe=cx.c([None, "EXTREMITY", code[0]]), NumberOfFrames=nf, SOPClassUID=SOP["RF"] if cx.p(0.3) else None)
    if r < 0.78:
        sd = L(cx, de=["BV intraop. LWS (Fixateur interne BWK 12/LWK 1)", "BV Wirbelsäule Dorsale Stabilisierung"], it=["SCOPIA INTRAOPERATORIA RACHIDE (stabilizzazione D12-L1)"],
               pl=["Skopia srodoperacyjna - kregoslup Th12-L1 (stabilizacja)"], el=["ΑΚΤΙΝΟΣΚΟΠΗΣΗ ΧΕΙΡΟΥΡΓΕΙΟΥ ΘΩΡΑΚΟΟΣΦΥΙΚΗΣ ΜΟΙΡΑΣ"], gr=["AKTINOSKOPISI XEIROURGEIOU THORAKOOSFYIKIS"])
        return mk(cx, "RF", sd, ["TSPINE", "LSPINE"], None, "C-arm spot of a thoracolumbar fixation", series=cx.c(["Wirbelsäule", "Spine", "ORTHO", "Fluoro"]),
                  dev=d, bpe=cx.c([None, "SPINE", "LSPINE"]), NumberOfFrames=nf)
    if r < 0.86:
        sd = L(cx, de=["BV Becken (SI-Schraube)", "BV Beckenring intraop."], it=["SCOPIA INTRAOPERATORIA BACINO (viti sacro-iliache)"], pl=["Skopia srodoperacyjna - miednica"],
               el=["ΑΚΤΙΝΟΣΚΟΠΗΣΗ ΧΕΙΡΟΥΡΓΕΙΟΥ ΛΕΚΑΝΗΣ"], gr=["AKTINOSKOPISI LEKANIS XEIROURGEIO"])
        return mk(cx, "RF", sd, ["PELVIS"], None, "C-arm spot of sacroiliac screw fixation", series=cx.c(["Becken", "Pelvis", "Inlet", "Outlet"]), dev=d,
                  bpe=cx.c([None, "PELVIS"]), NumberOfFrames=nf)
    if r < 0.94:
        sd = L(cx, de=["ERCP", "ERCP (Choledocholithiasis)"], it=["CPRE", "ERCP"], pl=["ECPW", "ECPW - kamica przewodowa"], el=["ERCP"], gr=["ERCP"])
        return mk(cx, "RF", sd, ["ABDOMEN"], None, "ERCP fluoroscopy of the bile ducts", series=cx.c(["ERCP", "Fluoro", "Abdomen", None]), dev=d,
                  bpe=cx.c([None, "ABDOMEN"]), NumberOfFrames=nf)
    sd = L(cx, de=["Ureterschienung DJ links (BV)", "Retrograde Pyelographie rechts"], it=["POSIZIONAMENTO STENT URETERALE (scopia)"],
           pl=["Skopia - zalozenie cewnika DJ lewostronnie"], el=["ΑΝΙΟΥΣΑ ΠΥΕΛΟΓΡΑΦΙΑ"], gr=["ANIOUSA PYELOGRAFIA (DJ)"])
    return mk(cx, "RF", sd, AP_, None, "ureteric stent / retrograde pyelogram, kidney to bladder", series=cx.c(["Urology", "Abdomen", "Fluoro"]), dev=d,
              bpe=cx.c([None, "ABDOMEN", "KIDNEY"]), NumberOfFrames=nf)


# ---------------------------------------------------------------- interventional radiology
# Procedures: (German, English, Italian, [runs: (series name in the vendor style, labels, lat, why)])


def ir_runs(v):
    dsa = {"S": "DSA {r} {f}F/s", "P": "{r} {f} fps", "G": "DSA {r} {f}fps"}[v]
    return dsa


def ir(cx):
    d = cx.dev("XA")
    v = d[2]
    lang = cx.lang
    fmt = ir_runs(v)
    f = cx.c(["1", "2", "3", "4", "6"])
    nf = str(cx.c([8, 15, 22, 30, 45, 60]))
    s = cx.c("LR")
    sde = cx.c(SIDE["de"][s][:4])
    sen = cx.c(SIDE["en"][s][:3])
    sit = cx.c(SIDE["it"][s]["ab"])
    procs = [
        # (weight, study descriptions by language, runs)
        (3, dict(de=["Mechanische Thrombektomie (Stroke)", "Neuro-Angiographie Thrombektomie ACM"], en=["Stroke thrombectomy", "Mechanical thrombectomy MCA"],
                 it=["TROMBECTOMIA MECCANICA (ictus)", "Angiografia cerebrale + trombectomia"]),
         [("Kopf", ["HEAD"], "intracranial run of a stroke thrombectomy"), ("Head lat", ["HEAD"], "intracranial run"),
          ("ACI zervikal", ["NECK", "HEAD"], "cervical carotid run, neck to intracranial"), ("CCA", ["NECK", "HEAD"], "common carotid run, neck and head"),
          ("Aortic arch", ["CHEST", "NECK"], "aortic arch run showing the arch and neck vessels"), ("Roadmap", ["HEAD"], "roadmap of the intracranial navigation"),
          ("DynaCT Head" if v == "S" else "XperCT Head" if v == "P" else "InnovaCT Head", ["HEAD"], "cone-beam CT of the head after thrombectomy")]),
        (2, dict(de=["TIPS-Anlage", "TIPS Revision"], en=["TIPS creation", "TIPS"], it=["TIPS"]),
         [("Portographie", ["ABDOMEN"], "portal venogram of a TIPS"), ("Lebervene", ["ABDOMEN"], "hepatic venogram of a TIPS"),
          ("Abdomen", ["ABDOMEN"], "TIPS run"), ("CO2 Wedge", ["ABDOMEN"], "wedged hepatic CO2 portography")]),
        (2, dict(de=["EVAR (Aortenstentprothese infrarenal)", "EVAR bei AAA"], en=["EVAR", "Endovascular aneurysm repair"], it=["EVAR"]),
         [("Aorta abdominalis", AP_, "abdominal aortogram to the iliac arteries of an EVAR"), ("Abschlussangiographie", AP_, "completion run of an EVAR"),
          ("Nierenarterien", ["ABDOMEN"], "renal artery level run during EVAR")]),
        (1, dict(de=["TEVAR (thorakale Aortenstentprothese)"], en=["TEVAR"], it=["TEVAR"]),
         [("Aortenbogen", ["CHEST"], "thoracic aortogram of a TEVAR"), ("Thorax", ["CHEST"], "TEVAR completion run")]),
        (3, dict(de=[f"PTA A. femoralis superficialis {sde}", f"Becken-Bein-Angiographie {sde} mit PTA", f"PTA/Stent AFS {sde}"],
                 en=[f"SFA angioplasty {sen}", f"{sen} leg angiogram and PTA"], it=[f"PTA ARTERIA FEMORALE SUPERFICIALE {sit}", f"ANGIOGRAFIA ARTO INFERIORE {sit} + PTA"]),
         [("Oberschenkel", ["THIGH"], "thigh run of a leg angioplasty", s), ("Knie", ["KNEE"], "popliteal run", s),
          ("Unterschenkel", ["LEG"], "calf run of a leg angioplasty", s), ("Fuß", ["ANKLE", "FOOT"], "pedal run, ankle and foot", s),
          ("Becken", ["PELVIS"], "pelvic run of a leg angiogram", None)]),
        (2, dict(de=["Becken-Bein-Angiographie bds.", "DSA Becken-Bein beidseits (pAVK)"], en=["Bilateral lower limb run-off angiogram"],
                 it=["ANGIOGRAFIA ARTI INFERIORI BILATERALE"]),
         [("Becken-Bein Step", ["PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "bilateral stepping run-off from the aortic bifurcation", "B"),
          ("Unterschenkel bds", ["LEG"], "both calves in one run", "B"), ("Becken", ["PELVIS"], "pelvic run", None)]),
        (2, dict(de=["Chemoembolisation Leber (TACE)", "TACE", "SIRT Planungsangiographie"], en=["TACE", "Hepatic chemoembolisation", "SIRT work-up"],
                 it=["CHEMIOEMBOLIZZAZIONE EPATICA (TACE)"]),
         [("Truncus coeliacus", ["ABDOMEN"], "coeliac run"), ("Leber", ["ABDOMEN"], "hepatic artery run"), ("A. mesenterica sup.", ["ABDOMEN"], "SMA run"),
          ("DynaCT Body" if v == "S" else "XperCT Abdomen" if v == "P" else "InnovaCT Liver", ["ABDOMEN"], "cone-beam CT of the liver")]),
        (2, dict(de=["Embolisation Beckentrauma (A. iliaca interna)", "Notfallembolisation Becken"], en=["Pelvic trauma embolisation"],
                 it=["EMBOLIZZAZIONE ARTERIE IPOGASTRICHE (trauma pelvico)"]),
         [("Becken", ["PELVIS"], "pelvic run of a trauma embolisation"), ("A. iliaca interna", ["PELVIS"], "internal iliac run"),
          ("Aorta abdominalis", AP_, "distal aortogram with pelvis")]),
        (2, dict(de=["Milzembolisation (Trauma)", "Nierenembolisation", "Embolisation GI-Blutung"], en=["Splenic artery embolisation", "Renal embolisation"],
                 it=["EMBOLIZZAZIONE SPLENICA"]),
         [("Milz", ["ABDOMEN"], "splenic artery run"), ("Niere", ["ABDOMEN"], "renal artery run"), ("Abdomen", ["ABDOMEN"], "abdominal run"),
          ("A. mesenterica inf.", AP_, "IMA run, descending colon to rectum")]),
        (1, dict(de=["Bronchialarterienembolisation (Hämoptyse)"], en=["Bronchial artery embolisation"], it=["EMBOLIZZAZIONE ARTERIE BRONCHIALI"]),
         [("Thorax", ["CHEST"], "bronchial artery run"), ("Aorta thoracica", ["CHEST"], "thoracic aortogram")]),
        (1, dict(de=["Uterusarterienembolisation", "Prostataarterienembolisation"], en=["Uterine artery embolisation", "Prostate artery embolisation"],
                 it=["EMBOLIZZAZIONE ARTERIE UTERINE"]),
         [("Becken", ["PELVIS"], "pelvic run of a UAE/PAE"), ("A. uterina", ["PELVIS"], "uterine artery run"), ("Cone Beam CT Becken", ["PELVIS"], "cone-beam CT of the pelvis")]),
        (1, dict(de=["Pulmonalisangiographie und Lysekatheter (LAE)"], en=["Pulmonary angiography, catheter-directed thrombolysis"], it=["ANGIOGRAFIA POLMONARE"]),
         [("Pulmonalis", ["CHEST"], "pulmonary artery run"), ("Thorax", ["CHEST"], "chest run")]),
        (1, dict(de=["Cavafilter-Implantation"], en=["IVC filter insertion"], it=["FILTRO CAVALE"]),
         [("Cavographie", ["ABDOMEN"], "inferior vena cavogram"), ("Abdomen", ["ABDOMEN"], "filter position")]),
        (1, dict(de=[f"Shuntangiographie Unterarm {sde}", f"Shunt-PTA {sde} (Dialyseshunt)"], en=[f"Fistulogram {sen} forearm", f"AV fistula PTA {sen}"],
                 it=[f"FISTOLOGRAFIA ARTO SUPERIORE {sit}"]),
         [("Unterarm", ["FOREARM"], "forearm run of a fistulogram", s), ("Oberarm", ["ARM"], "upper arm outflow run", s),
          ("Ellenbogen", ["ELBOW"], "cubital run", s), ("Zentral", ["CHEST"], "central vein run", None)]),
        (1, dict(de=["Portimplantation"], en=["Port insertion", "PICC line"], it=["IMPIANTO PORT"]),
         [("Thorax", ["CHEST"], "catheter tip check of a port"), ("Fluoro", ["CHEST"], "port catheter fluoro")]),
        (1, dict(de=["Varikozelen-Embolisation links"], en=["Left varicocele embolisation"], it=["EMBOLIZZAZIONE VARICOCELE"]),
         [("V. testicularis", AP_, "gonadal venogram from the renal vein to the groin"), ("Abdomen", AP_, "gonadal vein run")]),
    ]
    weights = [p[0] for p in procs]
    if cx.site == "it-ed":
        weights = [6 if i == 0 else 1 if i in (4, 7, 8) else 0 for i in range(len(procs))]
    if cx.site == "de-trauma":
        weights = [0, 0, 0, 1, 0, 0, 0, 5, 4, 0, 0, 1, 0, 0, 0, 0]
    w, sds, runs = cx.rng.choices(procs, weights=weights)[0]
    sd = cx.c(sds.get({"ell": "de", "el": "de", "gr": "de"}.get(lang, lang)) or sds["de"])
    run = cx.c(runs)
    name, labels, why = run[0], run[1], run[2]
    lat = run[3] if len(run) > 3 else None
    eng = {"Kopf": "Head AP", "Portographie": "Portogram", "Lebervene": "Hepatic vein", "Aorta abdominalis": "Abdominal aorta", "Abschlussangiographie": "Completion",
           "Nierenarterien": "Renal", "Aortenbogen": "Arch", "Oberschenkel": "Thigh", "Knie": "Popliteal", "Unterschenkel": "Calf", "Fuß": "Pedal",
           "Becken": "Pelvis", "Leber": "Hepatic", "Milz": "Splenic", "Niere": "Renal", "Pulmonalis": "Pulmonary", "Cavographie": "Cavogram",
           "Unterarm": "Forearm", "Oberarm": "Upper arm", "Ellenbogen": "Elbow", "Zentral": "Central veins", "Thorax": "Chest",
           "ACI zervikal": "ICA cervical", "A. iliaca interna": "Internal iliac", "Truncus coeliacus": "Celiac", "A. mesenterica sup.": "SMA",
           "A. mesenterica inf.": "IMA", "Becken-Bein Step": "Runoff step", "Unterschenkel bds": "Calves bilat", "CO2 Wedge": "CO2 wedge",
           "Aorta thoracica": "Thoracic aorta", "A. uterina": "Uterine", "Cone Beam CT Becken": "Cone Beam CT Pelvis", "V. testicularis": "Gonadal vein"}
    if v != "S" or lang == "en" or cx.site == "it-ed":
        name = eng.get(name, name)
        if lat in ("L", "R") and cx.p(0.5):
            name = f"{name} {lat}"
    cone = any(k in name for k in ("DynaCT", "XperCT", "InnovaCT", "Cone Beam"))
    if cone:
        mod = "CT" if cx.p(0.5) else "XA"
        return mk(cx, mod, sd, labels, lat, why, series=name, dev=d, bpe=cx.c([None, labels[0]]), ImageType="DERIVED\\SECONDARY\\AXIAL" if mod == "CT" else None,
                  SOPClassUID=SOP["CT"] if mod == "CT" else SOP["3DXA"], SliceThickness="0.5" if mod == "CT" else None,
                  sibs=[{"Modality": "XA", "SeriesDescription": "Fluoro Loop"}, {"Modality": "SR", "SeriesDescription": "Radiation Dose Report"}])
    if name in ("Roadmap", "Fluoro") or cx.p(0.15):
        ser = name if name in ("Roadmap", "Fluoro") else cx.c([f"Fluoro {name}", f"{name} Roadmap", "Fluoroscopy"])
        if ser == "Fluoroscopy":
            why = why + " (stored fluoroscopy, region from the procedure)"
    else:
        ser = fmt.format(r=name, f=f)
    bpe_map = {"HEAD": ["HEAD", "HEAD", "BRAIN"], "NECK": ["NECK", "HEAD"], "CHEST": ["CHEST", "THORAX"], "ABDOMEN": ["ABDOMEN", "LIVER"],
               "PELVIS": ["PELVIS", "ABDOMEN"], "THIGH": ["LEG", "EXTREMITY", "FEMUR"], "KNEE": ["LEG", "KNEE"], "LEG": ["LEG", "EXTREMITY"],
               "ANKLE": ["FOOT", "LEG"], "FOOT": ["FOOT"], "FOREARM": ["ARM", "EXTREMITY"], "ARM": ["ARM"], "ELBOW": ["ARM", "ELBOW"]}
    return mk(cx, "XA", sd, labels, lat, why, series=ser, dev=d, bpe=cx.c(bpe_map.get(labels[0], [labels[0]])), NumberOfFrames=nf,
              ImageType=cx.c(["ORIGINAL\\PRIMARY\\SINGLE PLANE", "DERIVED\\PRIMARY\\SINGLE PLANE\\SUBTRACTED", None]),
              ProtocolName=cx.c([None, sd, ser.split(" ")[0]]), SOPClassUID=SOP["XA"] if cx.p(0.4) else None,
              sibs=[{"Modality": "XA", "SeriesDescription": fmt.format(r=runs[0][0], f=f)}, {"Modality": "SR", "SeriesDescription": "Radiation Dose Report"},
                    {"Modality": "XA", "SeriesDescription": "Fluoro Loop"}])


def ir_guided(cx):
    """Image-guided biopsies and drains at the interventional suite (CT, ultrasound, fluoroscopy)."""
    lang = cx.lang
    s = cx.c("LR")
    sde = cx.c(SIDE["de"][s][:4])
    sen = cx.c(SIDE["en"][s][:3])
    items = [
        ("CT", ["CT-gezielte Lungenbiopsie", "CT-gesteuerte Punktion Lungenrundherd"], ["CT guided lung biopsy"], ["CHEST"], None, "CT-guided lung biopsy", "chest"),
        ("CT", ["CT-gezielte Knochenbiopsie LWK 3", "CT-gesteuerte Vertebroplastie LWK 1"], ["CT guided vertebral biopsy L3", "Vertebroplasty L1"], ["LSPINE"], None,
         "CT-guided lumbar vertebral biopsy / vertebroplasty", "lspine"),
        ("CT", ["CT-gezielte Drainage Abszess Unterbauch", "CT-gesteuerte Douglas-Abszessdrainage"], ["CT guided pelvic abscess drainage"], ["PELVIS"], None,
         "CT-guided pelvic abscess drainage", "pelvis"),
        ("CT", ["CT-gezielte Biopsie Beckenkamm"], ["CT guided iliac bone biopsy"], ["PELVIS"], None, "CT-guided iliac crest bone biopsy", "pelvis"),
        ("CT", ["CT-gezielte Nierenbiopsie", "CT-gesteuerte Nebennierenbiopsie"], ["CT guided adrenal biopsy"], ["ABDOMEN"], None, "CT-guided renal / adrenal biopsy", "abdpelv"),
        ("CT", [f"CT-gezielte Biopsie Weichteiltumor Oberschenkel {sde}"], [f"CT guided biopsy thigh mass {sen}"], ["THIGH"], s,
         "CT-guided biopsy of a thigh soft-tissue mass, side from the order", None),
        ("US", ["Sono-gezielte Leberbiopsie", "US-gesteuerte Leberpunktion"], ["US guided liver biopsy"], ["ABDOMEN"], None, "ultrasound-guided liver biopsy", None),
        ("US", ["Pleuradrainage sonographisch gesteuert", "Sono-gezielte Pleurapunktion"], ["US guided pleural drain"], ["CHEST"], None, "ultrasound-guided pleural drain", None),
        ("US", ["Sono-gezielte Schilddrüsen-FNP", "Sono-gezielte Lymphknotenbiopsie Hals"], ["US guided thyroid FNA", "US guided neck node core biopsy"], ["NECK"], None,
         "ultrasound-guided thyroid / neck node biopsy", None),
        ("US", ["Sono-gezielte Nierenbiopsie (Transplantat)"], ["US guided transplant kidney biopsy"], ["PELVIS"], None,
         "biopsy of a transplant kidney in the iliac fossa", None),
        ("RF", ["PTCD (perkutane transhepatische Cholangiodrainage)", "PTCD-Wechsel"], ["PTC and biliary drainage", "Biliary drain exchange"], ["ABDOMEN"], None,
         "percutaneous biliary drainage under fluoroscopy", None),
        ("RF", ["Perkutane Nephrostomie rechts", "PCN-Wechsel links"], ["Nephrostomy insertion", "Nephrostomy exchange"], ["ABDOMEN"], None,
         "percutaneous nephrostomy under fluoroscopy (kidney: no side label)", None),
        ("RF", ["Drainagekontrolle (Fistelfüllung)"], ["Drain check (sinogram)"], ["ABDOMEN"], None, "contrast check of an abdominal drain", None),
    ]
    mod, de, en, labels, lat, why, tok = cx.c(items)
    sd = cx.c(de if lang == "de" else en)
    if mod == "CT":
        d = cx.dev("CT")
        if tok is None:
            ser = cx.c([f"Biopsie  3.0  Br40  3", "i-Sequence 3.0 Br40", "Nadellage 2.0 Br40"])
        elif cx.p(0.5):
            ser = cx.c(["Intervention 3.0 Br40", "i-Sequence 2.0 Br40", "Nadelkontrolle  2.0  Br40  3", "CARE Vision"])
        else:
            ser = ct_series(cx, "S", tok, "soft", 3.0)[0]
        return mk(cx, "CT", sd, labels, lat, why, series=ser, dev=d, bpe=cx.c([None, labels[0], "ABDOMEN"] if labels[0] not in ("THIGH",) else [None, "EXTREMITY", "LEG"]),
                  ConvolutionKernel="Br40", sibs=[{"Modality": "CT", "SeriesDescription": "Topogram  0.6  T20s"}, {"Modality": "CT", "SeriesDescription": "Patient Protocol"}])
    if mod == "US":
        return mk(cx, "US", sd, labels, lat, why, series=cx.c([None, "Biopsy", "Needle guide"]), bpe=cx.c([None, labels[0]]))
    d = cx.dev("RF")
    return mk(cx, "RF", sd, labels, lat, why, series=cx.c(["Abdomen", "Fluoro", "Drainage", "Einzelbild"]), dev=d, bpe=cx.c([None, "ABDOMEN"]),
              NumberOfFrames=cx.c(["1", "10"]))


# ---------------------------------------------------------------- objects without anatomy

def noanat(cx):
    lang = cx.lang
    mod_present = list(cx.vend)
    k = cx.c(["ctdose", "ctdose", "xadose" if "XA" in cx.vend else "ctdose", "ko", "pr", "scan", "scan", "qa", "usreport"])
    sdanat = {"de": "CT Polytrauma", "it": "TC TOTAL BODY POLITRAUMA", "pl": "TK GLOWY", "el": "ΑΞΟΝΙΚΗ ΕΓΚΕΦΑΛΟΥ", "ell": "Αξονική εγκεφάλου",
              "gr": "AXONIKI EGKEFALOU", "en": "TACE"}[lang]
    if cx.site == "at-ir":
        sdanat = {"de": "TIPS-Anlage", "en": "Stroke thrombectomy"}[lang]
    if k == "ctdose":
        d = cx.dev("CT")
        if cx.p(0.5):
            return mk(cx, "SR", sdanat, [], None, "CT radiation dose structured report", series=cx.c(["Dose Report", "Radiation Dose Information", "X-Ray Radiation Dose SR"]), dev=d,
                      SOPClassUID=SOP["DOSE"])
        return mk(cx, "CT", sdanat, [], None, "CT dose page (screen capture of the exposure table)", series=cx.c(DOSE[d[2]]), dev=d, ImageType="DERIVED\\SECONDARY\\OTHER",
                  SOPClassUID=SOP["SC"], bpe=cx.c([None, "HEAD", "WHOLEBODY"]))
    if k == "xadose":
        d = cx.dev("XA")
        sdanat = {"de-trauma": "Embolisation Beckentrauma", "it-ed": "TROMBECTOMIA MECCANICA (ictus)"}.get(cx.site, sdanat)
        return mk(cx, "SR", sdanat, [], None, "angiography radiation dose structured report", series=cx.c(["Radiation Dose Report", "Dosisbericht", "Dose SR"]), dev=d,
                  SOPClassUID=SOP["DOSE"])
    if k == "ko":
        return mk(cx, "KO", sdanat, [], None, "key object selection", series=cx.c(["Key Images", "Schlüsselbilder", "Immagini chiave", "KO"]),
                  dev=("", "", ""), SOPClassUID=SOP["KO"])
    if k == "pr":
        return mk(cx, "PR", sdanat, [], None, "presentation state", series=cx.c(["Presentation State", "GSPS", "Annotations"]), dev=("", "", ""), SOPClassUID=SOP["PR"])
    if k == "scan":
        ser = {"de": ["Anforderungsschein", "Eingescanntes Dokument", "Aufklärungsbogen"], "it": ["Richiesta esame", "Consenso informato", "Documento scansionato"],
               "pl": ["Skierowanie (skan)", "Zgoda pacjenta", "Dokument"], "el": ["ΠΑΡΑΠΕΜΠΤΙΚΟ", "ΣΑΡΩΜΕΝΟ ΕΓΓΡΑΦΟ"], "ell": ["Παραπεμπτικό"],
               "gr": ["PARAPEMPTIKO", "SCAN DOCUMENT"], "en": ["Scanned request", "Consent form"]}[lang]
        return mk(cx, cx.c(["OT", "OT", "DOC"]), sdanat, [], None, "scanned paper document", series=cx.c(ser), dev=("", "", ""),
                  SOPClassUID=cx.c([SOP["SC"], SOP["PDF"]]))
    if k == "qa":
        d = cx.dev("CT") if "CT" in cx.vend else cx.dev(mod_present[0])
        sd = {"de": "Konstanzprüfung", "it": "CONTROLLO QUALITA", "pl": "TEST SPECJALISTYCZNY FANTOM", "el": "QA ΦΑΝΤΟΜΑ", "ell": "QA φαντόμα", "gr": "QA PHANTOM",
              "en": "Daily QA"}[lang]
        return mk(cx, "CT" if "CT" in cx.vend else "XA", sd, [], None, "phantom / QA scan, no patient", series=cx.c(["Wasserphantom", "QA Phantom daily", "Water Phantom 5.0", "Constancy"]),
                  dev=d, bpe=cx.c([None, "PHANTOM", "HEAD"]))
    d = cx.dev("US")
    return mk(cx, "US", cx.c([{"de": "Sono FAST", "it": "ECO FAST", "pl": "USG FAST", "el": "ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ FAST", "ell": "Υπερηχογράφημα FAST", "gr": "U/S FAST",
                                       "en": "US guided liver biopsy"}[lang]]), [], None,
              "ultrasound worksheet / protocol page, text only", series=cx.c(["Report", "Worksheet", "Protocol page", "Patient Protocol"]), dev=d, SOPClassUID=SOP["SC"])


STRATA = {"polytrauma": None, "neuro": neuro, "cta": cta, "msk": msk, "spine": spine, "chest": chest, "abdo": abdo, "fast": fast, "fluoro": fluoro,
          "ir": None, "headneck": headneck, "paeds": paeds, "breast": breast}


def gen(cx, stratum):
    if stratum == "polytrauma":
        return polytrauma(cx) if cx.p(0.85) else polytrauma_films(cx)
    if stratum == "ir":
        if cx.site == "at-ir" and cx.p(0.3):
            return ir_guided(cx)
        return ir(cx)
    return STRATA[stratum](cx)


# ---------------------------------------------------------------- side words (a self-check)
SIDE_WORDS = {
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SIN"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ", "P", "PR"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ", "L", "LEW"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞΙΑΣ", "ΔΕΞΙΟ", "ΔΕΞΙΑ", "ΔΕΞΙ", "ΔΕ", "ΔΕΞ", "DEXIOU", "DEXIAS", "DEXIO", "DEXIA", "DE", "DEX"},
           "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤΕΡΗΣ", "ΑΡΙΣΤΕΡΟ", "ΑΡΙΣΤΕΡΑ", "ΑΡΙΣΤΕΡΗ", "ΑΡ", "ΑΡΙΣΤ", "ARISTEROU", "ARISTERIS", "ARISTERO", "ARISTERA", "AR", "ARIST"}},
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
}
SITE_SIDE_LANGS = {"de-trauma": {"de"}, "gr-ed": {"el"}, "it-ed": {"it"}, "pl-dist": {"pl"}, "at-ir": {"de"}}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription", "PerformedProcedureStepDescription",
        "AcquisitionDeviceProcessingDescription")


def sides_named(texts, langs):
    words = {w for t in texts for w in re.split(r"[\W_]+", strip(t).upper()) if w}
    return {s for s in "RL" if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"}))}


# ---------------------------------------------------------------- assembly

def finish(cx, raw, stratum):
    m = dict(raw["meta"])
    if not m.get("Manufacturer"):
        m.pop("Manufacturer", None)
        m.pop("ManufacturerModelName", None)
    sd = m["StudyDescription"]
    # ASCII consoles in Poland; some Greek RIS pages in capitals
    if cx.site == "pl-dist":
        for k in list(m):
            if isinstance(m[k], str):
                m[k] = strip(m[k]).replace("ł", "l").replace("Ł", "L")
        sd = m["StudyDescription"]
        if cx.p(0.3):
            m["StudyDescription"] = sd = sd.upper()
    elif cx.site in ("de-trauma", "it-ed") and cx.p(0.12):
        m["StudyDescription"] = sd = sd.upper()
    # worklist copies of the exam name: requested, performed (some mappings keep 16 characters)
    if cx.p(0.35):
        m["RequestedProcedureDescription"] = sd
    if cx.p(0.3):
        m["PerformedProcedureStepDescription"] = sd[:16] if cx.p(0.35) else sd
    # BodyPartExamined missing on many consoles
    if "BodyPartExamined" in m and cx.p(0.2):
        del m["BodyPartExamined"]
    row = {"meta": m, "labels": raw["labels"], "laterality": raw["laterality"]}
    sibs = raw.get("sibs")
    if sibs and cx.p(0.58 if stratum != "no-anatomy" else 0.4):
        sibs = [dict(s) for s in sibs]
        if stratum == "no-anatomy":
            pass
        row["study"] = {"StudyDescription": sd, "series": sibs}
        if cx.p(0.35):
            del m["StudyDescription"]
    elif stratum == "no-anatomy" and cx.p(0.3):
        row["study"] = {"StudyDescription": sd, "series": [{"Modality": "CT", "SeriesDescription": "Topogram  0.6  T20s"},
                                                          {"Modality": "CT", "SeriesDescription": "Patient Protocol"}]}
    row["why"] = raw["why"]
    row["group"] = f"{cx.site}:{stratum}"
    # self-check: a one-sided row never names the other side, and says its side somewhere
    if row["laterality"] in ("L", "R"):
        texts = [m.get(k) or "" for k in TEXT] + [row.get("study", {}).get("StudyDescription", "")]
        named = sides_named(texts, SITE_SIDE_LANGS[cx.site])
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        if not named <= {row["laterality"]} or not (named or tags):
            raise AssertionError(f"side words disagree: {row}")
    return row


def build():
    rng = random.Random(SEED)
    rows = []
    for site, (langs, _kind, n, _vend, strata) in SITES.items():
        names = list(strata)
        w = list(strata.values())
        for i in range(n):
            cx = Ctx(rng, site)
            if rng.random() < NOANAT_SHARE:
                stratum = "no-anatomy"
                raw = noanat(cx)
            else:
                stratum = rng.choices(names, weights=w)[0]
                raw = gen(cx, stratum)
            rows.append(finish(cx, raw, stratum))
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    lines = [f"rows {n}", f"with study {sum('study' in r for r in rows)}",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}"]
    for key, f in [("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                   ("site:stratum", lambda r: r["group"]), ("modality", lambda r: r["meta"]["Modality"]),
                   ("laterality", lambda r: str(r["laterality"]))]:
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
