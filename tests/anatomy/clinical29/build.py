"""Writes tests/anatomy/data/clinical_set_29.jsonl: a fortnight of series from a heart and vascular
centre, its trial imaging core lab and three referring hospitals (Germany, Poland, Czech
Republic), labelled blind against the shared anatomy spec (see README.md beside this file).

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

SEED = 29
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_29.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LEG_VEN = ["THIGH", "KNEE", "LEG"]
LEG_ART = ["THIGH", "KNEE", "LEG", "ANKLE"]

# ---------------------------------------------------------------- vendors
CT_MAKE = {
    "Siemens": ("SIEMENS", ["NAEOTOM Alpha", "SOMATOM Force", "SOMATOM Drive"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion ONE PRISM Edition"]),
    "Toshiba": ("TOSHIBA", ["Aquilion ONE"]),
    "Philips": ("Philips", ["IQon - Spectral CT", "Brilliance iCT", "Incisive CT"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution Apex", "Revolution CT", "Revolution EVO"]),
    "United": ("UIH", ["uCT 760", "uCT 960+"]),
}
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Sola", "MAGNETOM Vida", "MAGNETOM Aera"]),
    "Canon": ("CANON_MEC", ["Vantage Orian"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Premier", "DISCOVERY MR750w"]),
    "United": ("UIH", ["uMR 780"]),
}
XA_MAKE = {
    "Siemens": ("Siemens Healthineers", ["ARTIS icono biplane", "ARTIS pheno"]),
    "SiemensOld": ("SIEMENS", ["AXIOM-Artis", "Artis zee"]),
    "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "Allura Xper FD20"]),
    "GE": ("GE Healthcare", ["Allia IGS 520", "Innova IGS 530"]),
}
US_MAKE = {
    "Philips": ("Philips Healthcare", ["EPIQ Elite", "Affiniti 70"]),
    "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
    "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "V8"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-80"]),
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8"]),
}
NM_MAKE = {
    "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM 530c", "MyoSPECT ES", "Discovery NM/CT 670"]),
    "Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia T2"]),
    "Spectrum": ("Spectrum Dynamics", ["D-SPECT"]),
}
PT_MAKE = {
    "Siemens": ("SIEMENS", ["Biograph Vision 600", "Biograph mCT Flow"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Omni Legend"]),
    "Philips": ("Philips", ["Vereos PET/CT"]),
}
DX_MAKE = {
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact"], ["Mobilett Elara Max"]),
    "Agfa": ("Agfa", ["DX-D 600", "DR 600"], ["DR 100s"]),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus"], ["DRX-Revolution"]),
    "Samsung": ("Samsung Electronics", ["GC85A"], ["GM85"]),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR Smart X", "FCR Profect CS"], ["FDR Go PLUS"]),
}
MG_MAKE = {
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"]),
    "Siemens": ("Siemens Healthineers", ["MAMMOMAT Revelation"]),
}
RF_MAKE = {
    "Siemens": ("SIEMENS", ["Luminos dRF Max"]),
    "Philips": ("Philips Medical Systems", ["CombiDiagnost R90"]),
    "GE": ("GE Healthcare", ["Precision 500D"]),
}

# ---------------------------------------------------------------- sites
# name: (languages, kind, rows, vendors by family, strata with weights)
SITES = {
    "de-hvc": (["de", "de", "de", "en"], "heart and vascular centre (tertiary), Germany", 360,
               {"ct": ["Siemens"], "mr": ["Siemens"], "xa": ["Siemens", "SiemensOld"], "us": ["Philips", "Siemens"], "nm": ["GE"],
                "pt": ["Siemens"], "dx": ["Siemens"], "mg": ["Hologic", "Siemens"], "rf": ["Siemens"]},
               {"cardiac-ct": 6, "cardiac-mr": 3.5, "nuc": 4.5, "vasc-us": 4, "angio": 4.5, "aorta": 3.5, "chest": 3, "neuro": 1,
                "limb": 1, "spine": 1, "breast": 0.6}),
    "de-kkh": (["de"], "referring district hospital, Germany", 150,
               {"ct": ["Canon", "Toshiba"], "mr": ["Canon"], "xa": ["Philips"], "us": ["Canon", "Samsung"], "nm": ["Siemens"], "pt": [],
                "dx": ["Agfa"], "mg": ["Hologic"], "rf": ["Philips"]},
               {"vasc-us": 4, "chest": 3, "cardiac-ct": 2, "aorta": 1.5, "neuro": 2, "limb": 2, "angio": 1.5, "spine": 1, "nuc": 1,
                "breast": 0.7}),
    "pl-szp": (["pl"], "referring regional hospital (szpital wojewódzki), Poland", 170,
               {"ct": ["Philips", "Philips", "United"], "mr": ["Philips", "United"], "xa": ["Philips"], "us": ["Mindray", "Samsung"],
                "nm": ["GE"], "pt": ["GE"], "dx": ["Carestream", "Samsung"], "mg": ["Fujifilm"], "rf": ["Philips"]},
               {"cardiac-ct": 2, "cardiac-mr": 1, "vasc-us": 4, "angio": 2.5, "aorta": 2, "chest": 3, "neuro": 1, "limb": 1.5,
                "spine": 1, "breast": 1, "nuc": 1}),
    "cz-nem": (["cs"], "referring regional hospital (krajská nemocnice), Czech Republic", 160,
               {"ct": ["GE"], "mr": ["GE"], "xa": ["GE"], "us": ["GE", "GE", "Samsung"], "nm": ["GE", "Spectrum"], "pt": ["GE"],
                "dx": ["Fujifilm"], "mg": ["Hologic", "Fujifilm"], "rf": ["GE"]},
               {"cardiac-ct": 2, "cardiac-mr": 1, "vasc-us": 4, "angio": 2.5, "aorta": 2, "chest": 3, "neuro": 1, "limb": 1.5,
                "spine": 1, "breast": 1, "nuc": 1.2}),
    "corelab": (["en"], "trial imaging core lab of the centre (multi-vendor uploads)", 95,
                {"ct": ["Siemens", "GE", "Philips", "Canon"], "mr": ["Siemens", "GE", "Philips"], "xa": ["Siemens", "Philips", "GE"],
                 "us": ["Philips", "GE"], "nm": ["GE", "Siemens"], "pt": ["Siemens", "GE"], "dx": ["Agfa"], "mg": ["Hologic"], "rf": ["GE"]},
                {"cardiac-ct": 4, "cardiac-mr": 3, "aorta": 2, "nuc": 1, "angio": 0.6}),
}
NOANAT_SHARE = 0.04

# ---------------------------------------------------------------- languages

# Side words. Polish and Czech agree with the gender of the part in the genitive.
SIDE = {
    "de": {"R": ["re.", "rechts", "re", "RE"], "L": ["li.", "links", "li", "LI"], "B": ["bds.", "beidseits", "bds", "beidseitig"]},
    "en": {"R": ["Right", "RIGHT", "RT", "Rt"], "L": ["Left", "LEFT", "LT", "Lt"], "B": ["Bilateral", "BILATERAL", "Both", "BIL"]},
    "pl": {"R": {"f": "prawej", "m": "prawego", "n": "prawego"}, "L": {"f": "lewej", "m": "lewego", "n": "lewego"},
           "B": ["obustronnie", "obu stron"]},
    "cs": {"R": {"f": "pravé", "m": "pravého", "n": "pravého", "adv": "vpravo", "lat": "l. dx."},
           "L": {"f": "levé", "m": "levého", "n": "levého", "adv": "vlevo", "lat": "l. sin."}, "B": ["oboustranně", "bilat."]},
}

# Limb parts as order titles name them: (name, gender) (Polish and Czech in the genitive).
PART = {
    "de": {"FOOT": ["Fuss", "Fuß", "Vorfuss", "Zehen", "Calcaneus"], "ANKLE": ["OSG", "Sprunggelenk"], "LEG": ["Unterschenkel"],
           "KNEE": ["Knie", "Kniegelenk"], "THIGH": ["Oberschenkel", "Femur"], "HIP": ["Hüfte", "Hüftgelenk"],
           "HAND": ["Hand", "Finger", "Daumen"], "WRIST": ["Handgelenk", "Scaphoid"], "FOREARM": ["Unterarm"],
           "ELBOW": ["Ellenbogen", "Ellbogen"], "ARM": ["Oberarm", "Humerus"], "SHOULDER": ["Schulter", "Clavicula", "ACG"]},
    "pl": {"FOOT": [("stopy", "f"), ("palców stopy", "f"), ("kości piętowej", "f")], "ANKLE": [("stawu skokowego", "m")],
           "LEG": [("podudzia", "n")], "KNEE": [("stawu kolanowego", "m")], "THIGH": [("uda", "n"), ("kości udowej", "f")],
           "HIP": [("stawu biodrowego", "m")], "HAND": [("dłoni", "f"), ("palców ręki", "f")],
           "WRIST": [("nadgarstka", "m"), ("kości łódeczkowatej", "f")], "FOREARM": [("przedramienia", "n")],
           "ELBOW": [("stawu łokciowego", "m")], "ARM": [("ramienia", "n"), ("kości ramiennej", "f")],
           "SHOULDER": [("barku", "m"), ("obojczyka", "m")]},
    "cs": {"FOOT": [("nohy", "f"), ("prstců nohy", "f"), ("patní kosti", "f")], "ANKLE": [("hlezna", "n"), ("kotníku", "m")],
           "LEG": [("bérce", "m")], "KNEE": [("kolene", "n")], "THIGH": [("stehna", "n"), ("femuru", "m")],
           "HIP": [("kyčelního kloubu", "m"), ("kyčle", "f")], "HAND": [("ruky", "f"), ("prstů ruky", "f")],
           "WRIST": [("zápěstí", "n"), ("os scaphoideum", "n")], "FOREARM": [("předloktí", "n")], "ELBOW": [("lokte", "m")],
           "ARM": [("pažní kosti", "f"), ("paže", "f")], "SHOULDER": [("ramene", "n"), ("klíční kosti", "f")]},
    "en": {"FOOT": ["Foot", "Toes", "Calcaneum"], "ANKLE": ["Ankle"], "LEG": ["Tib/Fib"], "KNEE": ["Knee"], "THIGH": ["Femur"],
           "HIP": ["Hip"], "HAND": ["Hand", "Fingers"], "WRIST": ["Wrist", "Scaphoid"], "FOREARM": ["Forearm"], "ELBOW": ["Elbow"],
           "ARM": ["Humerus"], "SHOULDER": ["Shoulder", "Clavicle"]},
}

# Parts in the nominative, as plain-film series names write them.
NOM = {"pl": {"FOOT": "Stopa", "ANKLE": "Staw skokowy", "LEG": "Podudzie", "KNEE": "Kolano", "THIGH": "Udo", "HIP": "Biodro", "HAND": "Dłoń",
              "WRIST": "Nadgarstek", "FOREARM": "Przedramię", "ELBOW": "Łokieć", "ARM": "Ramię", "SHOULDER": "Bark"},
       "cs": {"FOOT": "Noha", "ANKLE": "Hlezno", "LEG": "Bérec", "KNEE": "Koleno", "THIGH": "Stehno", "HIP": "Kyčel", "HAND": "Ruka",
              "WRIST": "Zápěstí", "FOREARM": "Předloktí", "ELBOW": "Loket", "ARM": "Paže", "SHOULDER": "Rameno"}}


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _kind, _n, vend, _s = SITES[site]
        self.lang = rng.choice(langs)
        self.v = {k: (rng.choice(v) if v else None) for k, v in vend.items()}
        self.ascii = (self.lang in ("pl", "cs") and rng.random() < 0.22) or (self.lang == "de" and rng.random() < 0.1)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def T(cx, **kw):
    """The phrase of the row's language (German, Polish, Czech, English)."""
    v = kw.get(cx.lang, kw["en"])
    return cx.c(v) if isinstance(v, list) else v


def fold(lang, text):
    """What an ASCII-only console makes of a text: German transliterates umlauts, Polish and
    Czech lose their diacritics."""
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            text = text.replace(a, b)
        return text
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def title(cx, text):
    """A RIS order title as the site's console writes it: sometimes upper case, sometimes ASCII."""
    if cx.ascii:
        text = fold(cx.lang, text)
    if cx.p(0.22):
        text = text.upper()
    return text


def part(cx, code, extra=False):
    names = PART[cx.lang][code]
    n = cx.c(names) if extra else names[0]
    return (n, "m") if isinstance(n, str) else n


def sided(cx, name, g, s):
    """A part with its side, in the word order of the language."""
    lang = cx.lang
    if lang in ("de", "en"):
        w = cx.c(SIDE[lang][s])
        return f"{w} {name}" if lang == "en" and cx.p(0.5) else f"{name} {w}"
    if lang == "pl":
        if s == "B":
            return f"{name} {cx.c(SIDE['pl']['B'])}"
        return f"{name} {SIDE['pl'][s][g]}"
    if s == "B":
        return f"{name} {cx.c(SIDE['cs']['B'])}"
    r = cx.rng.random()
    if r < 0.4:
        return f"{name} {SIDE['cs'][s]['adv']}"
    if r < 0.6:
        return f"{name} {SIDE['cs'][s]['lat']}"
    return f"{SIDE['cs'][s][g]} {name}"


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.28, p_alt=0.15):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def dose_page(cx, fam):
    """The dose page of a CT study: a screen capture of text, or a dose SR."""
    v = cx.v["ct"]
    if cx.p(0.3):
        return S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": CT_MAKE[v][0],
                  "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose Report SR", "Radiation Dose Information"])},
                 [], None, "CT dose structured report: no image", img=False)
    d = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Philips": "Dose Info", "Canon": "Dose Info", "Toshiba": "Dose Info",
         "United": "Dose Report"}[v]
    return S({"Modality": "CT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "Manufacturer": CT_MAKE[v][0], "SeriesDescription": d,
              "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, f"{fam} dose page: text screen, no anatomy", img=False)


# ---------------------------------------------------------------- CT naming

KERN = {
    "Siemens": {"soft": ["Bv40", "Bv36", "Qr40"], "ca": ["Qr36", "Sa36"], "lung": ["Bl57", "Ql56"], "body": ["Br40", "Br36"], "head": ["Hr38", "Hr40"]},
    "GE": {"soft": ["STANDARD", "SOFT"], "ca": ["STANDARD"], "lung": ["LUNG"], "body": ["STANDARD"], "head": ["STANDARD", "SOFT"]},
    "Philips": {"soft": ["XCB", "XCA", "CB"], "ca": ["XCA"], "lung": ["YA", "L"], "body": ["B", "C"], "head": ["UB", "UC"]},
    "Canon": {"soft": ["FC43", "FC03"], "ca": ["FC12"], "lung": ["FC51", "FC86"], "body": ["FC08", "FC18"], "head": ["FC21", "FC26"]},
    "United": {"soft": ["B_SOFT_B", "C_SOFT_AA"], "ca": ["B_SOFT_A"], "lung": ["B_LUNG_B"], "body": ["B_SOFT_B"], "head": ["H_SOFT_B"]},
}
KERN["Toshiba"] = KERN["Canon"]
SCOUT = {"Siemens": ["Topogram  0.6  Tr20", "Topogram  0.6  T80f", "Topogram"], "GE": ["Scout", "3-Plane Scout"], "Philips": ["Surview"],
         "Canon": ["Scanogram"], "Toshiba": ["Scanogram"], "United": ["Topo", "Topogram"]}


def ct_meta(cx, name, thick, kclass, img="ORIGINAL\\PRIMARY\\AXIAL", extra_name=True, named=False):
    """A CT series. GE consoles often name a recon by thickness and kernel only; ``named`` keeps
    the name where the series' region differs from its study's (a part recon, a MIP of one
    region)."""
    v = cx.v["ct"]
    make, models = CT_MAKE[v]
    k = cx.c(KERN[v][kclass])
    if v == "Siemens":
        d = f"{name}  {thick}  {k}  3" if extra_name else name
    elif v == "GE":
        d = cx.c([f"{name} {thick}mm {k[:4]}", f"{thick}mm {k[:4]}" if kclass != "ca" and not named else f"{name} {thick}mm"])
    elif v == "Philips":
        d = cx.c([f"{name} {thick} {k}", f"iDose 4 {name} {thick}"])
    elif v in ("Canon", "Toshiba"):
        d = cx.c([f"{name} {thick} {k}", f"{name} {thick} {k} AIDR 3D"])
    else:
        d = f"{name} {thick}mm {k}"
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d,
         "ConvolutionKernel": k if v != "Siemens" else f"{k}\\3" if cx.p(0.3) else k, "SliceThickness": str(thick), "ImageType": img}
    return m


def ct_scout(cx, good=None, alt=None):
    v = cx.v["ct"]
    m = {"Modality": "CT", "Manufacturer": CT_MAKE[v][0], "ManufacturerModelName": cx.c(CT_MAKE[v][1]),
         "SeriesDescription": cx.c(SCOUT[v]), "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}
    bpe(cx, m, good, alt)
    return m


def phase_txt(cx):
    return cx.c(["75%", "70%", "BestDiast 74%", "BestSyst 38%", "40%", "78%"])


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def cardiac_ct(cx):
    k = cx.c(["cacs", "ccta", "ccta", "ccta", "tavi", "tavi", "tavi", "la", "la", "laa", "bypass", "tro"])
    sd = title(cx, {
        "cacs": T(cx, de=["CT Koronarkalk (Calcium-Score)", "CT Herz Kalkscore nativ", "Kardio-CT Agatston-Score"],
                  pl=["TK serca - ocena zwapnień (calcium score)", "TK tętnic wieńcowych - wskaźnik uwapnienia"],
                  cs=["CT srdce - kalciové skóre", "Calcium score koronárních tepen"], en=["CT Calcium Score", "CT CARDIAC CALCIUM SCORING"]),
        "ccta": T(cx, de=["CT Koronarangiographie", "Kardio-CT mit KM (Koronarien)", "CTA Koronarien", "Koro-CT"],
                  pl=["Angio-TK tętnic wieńcowych", "Koronarografia TK", "TK serca z kontrastem (tętnice wieńcowe)"],
                  cs=["CT koronarografie", "CTA koronárních tepen", "CT srdce s kontrastem"],
                  en=["CT Coronary Angiogram", "CCTA", "CT CORONARY ARTERIES W CONTRAST"]),
        "tavi": T(cx, de=["CT TAVI-Planung (Herz + Aorta + Becken)", "TAVI-CT", "CT Aortenklappe prä-TAVI mit Zugangswegen"],
                  pl=["TK przed TAVI (serce, aorta, tętnice biodrowe)", "Angio-TK do kwalifikacji TAVI"],
                  cs=["CT před TAVI", "CTA srdce, aorty a pánevních tepen před TAVI"],
                  en=["CT TAVI Planning", "CT TAVR PROTOCOL", "Pre-TAVI CTA Heart/Aorta/Iliofemoral"]),
        "la": T(cx, de=["CT linker Vorhof / Pulmonalvenen vor PVI", "Kardio-CT LA vor Ablation", "CT Pulmonalvenen (Mapping)"],
                pl=["TK lewego przedsionka i żył płucnych przed ablacją", "Angio-TK żył płucnych (ablacja AF)"],
                cs=["CT levé síně a plicních žil před ablací", "CT LS + plicní žíly (EP)"],
                en=["CT Left Atrium / Pulmonary Veins (pre-ablation)", "CT LA MAPPING EP"]),
        "laa": T(cx, de="CT Vorhofohr (LAA-Verschluss Planung)", pl="TK uszka lewego przedsionka (LAAO)", cs="CT ouška levé síně (okluze LAA)",
                 en="CT LAA Occlusion Planning"),
        "bypass": T(cx, de="CT Bypass-Angiographie (ACVB)", pl="Angio-TK pomostów aortalno-wieńcowych", cs="CT angiografie bypassů",
                    en="CT Coronary Bypass Grafts"),
        "tro": T(cx, de="CT Triple-Rule-Out", pl="TK klatki piersiowej triple rule-out", cs="CT triple rule-out", en="CT Triple Rule-Out"),
    }[k])
    ser = []
    why = {"cacs": "calcium score of the coronaries: heart, chest", "ccta": "coronary CTA: heart, chest",
           "tavi": "TAVI planning", "la": "left atrium / pulmonary vein CT for ablation mapping: chest",
           "laa": "left atrial appendage CT: chest", "bypass": "bypass graft CTA (aorta and internal mammary origins to coronaries): chest",
           "tro": "triple rule-out CT of the chest"}[k]
    heart = "Heart" if cx.lang == "en" or cx.v["ct"] != "Siemens" else cx.c(["Herz", "Cardiac", "Cor"])
    scout_lab = CAP if k == "tavi" else ["CHEST"]
    ser.append(S(ct_scout(cx, cx.c(["HEART", "CHEST"]), ["CHEST", "CARDIAC"]), scout_lab, None, (why + ": topogram planning heart and access range, chest to groins")
                 if k == "tavi" else why + "; topogram of the exam"))
    if k in ("cacs", "ccta", "tavi") and cx.p(0.8):
        m = ct_meta(cx, cx.c(["CaScore", "Ca Scoring", "SmartScore", "CaSc"]), 3.0, "ca")
        bpe(cx, m, "HEART", ["CHEST", "CARDIAC"])
        ser.append(S(m, ["CHEST"], None, "non-contrast calcium-score series of the heart: chest"))
    if k != "cacs":
        mon = {"Siemens": "BolusTracking  10.0  Tr20", "GE": "SmartPrep", "Philips": "Bolus Tracking", "Canon": "Real Prep",
               "Toshiba": "SureStart", "United": "Bolus Tracking"}[cx.v["ct"]]
        m = ct_meta(cx, mon, 10.0, "body", extra_name=False)
        m["SeriesDescription"] = mon
        bpe(cx, m, cx.c(["HEART", "CHEST"]), ["CHEST"])
        ser.append(S(m, ["CHEST"], None, "bolus monitoring slices at the aortic root / descending aorta: chest"))
        for i in range(cx.c([1, 2, 2])):
            ph = phase_txt(cx) if k != "la" else cx.c(["75%", "40%", "0-90%"])
            m = ct_meta(cx, f"{heart} {ph}" if k != "tavi" else cx.c([f"TAVI {heart} {ph}", f"Annulus {ph}", f"{heart} {ph}"]),
                        cx.c([0.6, 0.5, 0.625, 0.75]), "soft", named=k == "tavi")
            bpe(cx, m, cx.c(["HEART", "CHEST"]), ["CHEST", "HEART", "CARDIAC", "CORONARY"])
            ser.append(S(m, ["CHEST"], None, why + ("; ECG-gated heart and aortic root series: chest" if k == "tavi" else "")))
        if k == "tavi":
            name = T(cx, de=["TAVI Aorta-Becken", "Zugangswege", "Aorta Becken Leiste"], en=["TAVI Aorta Iliofemoral", "Access Aorta-Pelvis"],
                     pl=["TAVI aorta-biodrowe", "Access"], cs=["TAVI aorta-pánev", "Přístupy"])
            m = ct_meta(cx, name, cx.c([1.0, 0.75, 1.25]), "soft", named=True)
            bpe(cx, m, cx.c(["CHEST", "AORTA", "HEART"]), ["CHEST", "HEART", "ABDOMEN"], p_missing=0.3, p_alt=0.35)
            ser.append(S(m, CAP, None, "TAVI access run: aorta to femoral arteries at the groins, chest+abdomen+pelvis"))
            if cx.p(0.5):
                m = ct_meta(cx, cx.c(["3mensio Annulus", "Annulus Measurement", "Valve Planning"]), 0.6, "soft",
                            img="DERIVED\\SECONDARY\\SCREEN SAVE", extra_name=False)
                ser.append(S(m, ["CHEST"], None, "annulus planning screen save showing the aortic root images: chest"))
        if k == "la" and cx.p(0.5):
            m = ct_meta(cx, cx.c(["LA VRT", "LA Segmentation (CARTO export)", "PV Endo"]), 0.6, "soft",
                        img="DERIVED\\SECONDARY\\VRT", extra_name=False)
            ser.append(S(m, ["CHEST"], None, "left atrium 3D export for the mapping system: chest"))
        if k == "tro" and cx.p(0.6):
            m = ct_meta(cx, T(cx, de="Thorax Lunge", en="Lung", pl="Płuca", cs="Plíce"), 1.0, "lung")
            ser.append(S(m, ["CHEST"], None, why + "; lung window"))
        if cx.p(0.35):
            m = ct_meta(cx, cx.c(["MIP Coro", "Curved LAD", "CPR RCA", "Coronary Tree VRT"]), 1.0, "soft",
                        img="DERIVED\\SECONDARY\\MPR", extra_name=False)
            bpe(cx, m, "HEART", ["CHEST"])
            ser.append(S(m, ["CHEST"], None, "coronary reformat: chest"))
    ser.append(dose_page(cx, "cardiac CT"))
    if cx.p(0.3):
        ser.append(S({"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "Manufacturer": CT_MAKE[cx.v["ct"]][0],
                      "SeriesDescription": cx.c(["ECG Trace", "ECG", "EKG"]), "ImageType": "DERIVED\\SECONDARY"},
                     [], None, "ECG trace page of the gated scan: a curve, no anatomy", img=False))
    return sd, ser


CMR = {
    "Siemens": {"loc": ["localizer_haste", "trufi_loc_multi", "localizer"], "cine": ["cine_tf2d_sax", "tf2d15_retro_iPAT_2ch", "cine_4ch", "cine_3ch_LVOT"],
                "lge": ["de_tfl_psir_sax", "LGE_PSIR_sax_MOCO", "de_tfl_2ch"], "map": ["MOLLI_T1_sax", "T2map_flash_sax", "ECV map"],
                "perf": ["perf_adeno_stress", "perf_rest"], "flow": ["flow_Ao_vessel", "fl2d_VENC200_pulmo"], "seq": "*tfi2d1_12"},
    "GE": {"loc": ["3 Plane Loc", "Loc SSFSE"], "cine": ["FIESTA CINE SAX", "2CH FIESTA", "4CH FIESTA", "3CH FIESTA"],
           "lge": ["MDE PSIR SAX", "MDE 4CH", "PSIR LGE SA"], "map": ["T1 MAP MOLLI", "T2 MAP", "ECV"],
           "perf": ["STRESS PERF", "REST PERF"], "flow": ["FLOW Ao VENC 200", "2D PC PA"], "seq": "FIESTA"},
    "Philips": {"loc": ["Survey", "SmartExam Survey", "SENSE Ref"], "cine": ["sBTFE_SA", "B-TFE_2CH", "B-TFE_4CH", "BTFE_LVOT"],
                "lge": ["PSIR_SA", "3D_LGE", "PSIR_4CH"], "map": ["T1 MOLLI 5(3)3", "T2map_GraSE", "ECV"],
                "perf": ["Perf_stress", "Perf_rest"], "flow": ["Qflow_Ao", "Qflow_PA"], "seq": "BTFE"},
    "United": {"loc": ["Localizer"], "cine": ["cine_sax", "cine_4ch"], "lge": ["psir_sax"], "map": ["T1map_molli"], "perf": ["perf_stress"],
               "flow": ["flow_ao"], "seq": "fl2d"},
    "Canon": {"loc": ["Locator"], "cine": ["CINE SA", "CINE 4CH"], "lge": ["LGE PSIR SA"], "map": ["T1 MAP"], "perf": ["PERF"],
              "flow": ["PC Ao"], "seq": "SSFP"},
}


def mr_meta(cx, desc, scan=None, **kw):
    v = cx.v["mr"]
    m = {"Modality": "MR", "Manufacturer": MR_MAKE[v][0], "ManufacturerModelName": cx.c(MR_MAKE[v][1]), "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def cardiac_mr(cx):
    k = cx.c(["func", "func", "stress", "map", "map", "flow", "pv"])
    sd = title(cx, {
        "func": T(cx, de=["MRT Herz (Funktion + LGE)", "Kardio-MRT mit KM", "Herz-MRT Vitalität"], pl=["MR serca z kontrastem", "Rezonans magnetyczny serca"],
                  cs=["MR srdce s k.l.", "MR srdce - funkce a LGE"], en=["MRI Cardiac Function and Viability", "CMR with gadolinium"]),
        "stress": T(cx, de=["Stress-MRT Herz (Adenosin)", "Kardio-MRT Stressperfusion"], pl="MR serca - perfuzja spoczynkowa i wysiłkowa (regadenozon)",
                    cs="MR srdce - zátěžová perfuze (adenosin)", en=["MR CARDIAC STRESS PERFUSION", "Stress CMR (adenosine)"]),
        "map": T(cx, de=["Kardio-MRT Myokarditis (T1/T2-Mapping)", "MRT Herz Amyloidose-Frage"], pl="MR serca - mapowanie T1/T2",
                 cs="MR srdce - T1/T2 mapy (myokarditida)", en=["Cardiac MRI T1/T2 mapping", "CMR Myocarditis Protocol"]),
        "flow": T(cx, de=["Kardio-MRT Vitien / Flussmessung", "MRT Herz angeborener Herzfehler"], pl="MR serca - wada wrodzona, pomiary przepływów",
                  cs="MR srdce - vrozená vada, průtoky", en=["CMR Congenital / Flow", "MRI HEART CONGENITAL"]),
        "pv": T(cx, de="MRA Pulmonalvenen vor Ablation", pl="Angio-MR żył płucnych przed ablacją", cs="MRA plicních žil před ablací",
                en="MRA Pulmonary Veins pre-ablation"),
    }[k])
    t = CMR[cx.v["mr"]]
    why = {"func": "cardiac MR", "stress": "stress perfusion cardiac MR", "map": "cardiac MR mapping", "flow": "cardiac MR with flow",
           "pv": "pulmonary vein MRA"}[k] + ": heart, chest"
    names = [cx.c(t["loc"])] + [cx.c(t["cine"]) for _ in range(2)]
    if k in ("func", "stress", "map"):
        names += [cx.c(t["lge"])]
    if k == "stress":
        names += t["perf"]
    if k == "map":
        names += [cx.c(t["map"]) for _ in range(2)]
    if k == "flow":
        names += t["flow"]
    if k == "pv":
        names = [cx.c(t["loc"]), cx.c(["fl3d_ce_PV", "3D CE MRA PV", "CE-MRA pulmonary veins"]), "MIP PV"]
    ser = []
    for d in dict.fromkeys(names):
        m = mr_meta(cx, d, "GR" if any(x in d.lower() for x in ("cine", "fiesta", "tfe", "perf", "psir", "tfl", "loc", "molli", "flash")) else None)
        if "cine" in d.lower() or "fiesta" in d.lower() or "btfe" in d.lower():
            m["SequenceName"] = t["seq"]
        bpe(cx, m, cx.c(["HEART", "CHEST"]), ["CHEST", "THORAX", "CARDIAC"], p_missing=0.3)
        if cx.p(0.4):
            m["ProtocolName"] = cx.c(["Cardiac", "Herz Routine", "CMR Standard", "Heart_LGE"]) if cx.v["mr"] != "Philips" else cx.c(["Cardiac", "Heart"])
        ser.append(S(m, ["CHEST"], None, why + ("; localizer" if d in t["loc"] else "; sequence and view name only")))
    if cx.p(0.3):
        ser.append(S({"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "Manufacturer": "Circle Cardiovascular Imaging",
                      "SeriesDescription": cx.c(["cvi42 Report", "Report Page", "Evaluation Summary"]), "ImageType": "DERIVED\\SECONDARY"},
                     [], None, "post-processing result table: text, no anatomy", img=False))
    return sd, ser


def nm_meta(cx, desc, mod="NM", **kw):
    if mod == "NM":
        make, models = NM_MAKE[cx.v["nm"]]
    else:
        make, models = PT_MAKE[cx.v["pt"]]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    m.update(kw)
    return m


def nuc(cx):
    kinds = ["spect", "spect", "spect", "dpd", "dpd", "muga", "vq"]
    if cx.v["pt"]:
        kinds += ["pet", "pet", "sarc", "fdg", "fdg", "fdg", "fdg"]
    k = cx.c(kinds)
    ser = []
    if k == "spect":
        sd = title(cx, T(cx, de=["Myokardszintigraphie (Belastung/Ruhe)", "Myokard-SPECT Stress/Rest", "Herzszintigraphie Tc-99m"],
                         pl=["Scyntygrafia perfuzyjna mięśnia sercowego (SPECT)", "SPECT serca wysiłek/spoczynek"],
                         cs=["Perfuzní scintigrafie myokardu (SPECT)", "Scintigrafie myokardu zátěž/klid"],
                         en=["NM Myocardial Perfusion SPECT Stress/Rest", "MPI SPECT"]))
        for d in cx.rng.sample(["STRESS", "REST", "Stress Gated", "Rest Gated", "STRESS IRAC", "REST IRNC", "Stress Raw", "SA Stress"], 3):
            m = nm_meta(cx, d)
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.35)
            ser.append(S(m, ["CHEST"], None, "myocardial perfusion SPECT: heart, chest"))
        if cx.p(0.4):
            ser.append(S(nm_meta(cx, cx.c(["QPS Summary", "QGS/QPS Results", "Polar Map"]), ImageType="DERIVED\\SECONDARY"),
                         ["CHEST"], None, "perfusion result screen with short-axis slices and polar maps of the heart: chest"))
        if cx.p(0.4):
            m = {"Modality": "CT", "Manufacturer": NM_MAKE[cx.v["nm"]][0], "ManufacturerModelName": cx.c(NM_MAKE[cx.v["nm"]][1]),
                 "SeriesDescription": cx.c(["CTAC 5mm", "CT AC Heart", "AC CT"]), "SliceThickness": "5.0"}
            ser.append(S(m, ["CHEST"], None, "low-dose CT for attenuation correction of the heart SPECT: chest"))
    elif k == "pet":
        sd = title(cx, T(cx, de=["PET Myokardperfusion Rb-82", "Herz-PET Stress/Ruhe (Rubidium)"], pl="PET perfuzji mięśnia sercowego (amoniak N-13)",
                         cs="PET perfuze myokardu (Rb-82)", en=["Cardiac PET Rb-82 Rest/Stress", "PET MPI N-13 Ammonia"]))
        for d in ["Rest Rb82", "Stress Rb82 Gated", cx.c(["Stress Dynamic", "Rest MBF", "CTAC Heart"])]:
            m = nm_meta(cx, d, "CT" if d.startswith("CTAC") else "PT")
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.3)
            ser.append(S(m, ["CHEST"], None, "myocardial perfusion PET: heart, chest"))
        ser.append(S(nm_meta(cx, cx.c(["Topogram", "Scout"]), "CT", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), ["CHEST"], None,
                     "cardiac PET scout: chest"))
    elif k == "dpd":
        sd = title(cx, T(cx, de=["DPD-Szintigraphie (Amyloidose)", "Skelettszintigraphie DPD Herz-Amyloid"],
                         pl="Scyntygrafia 99mTc-DPD (amyloidoza serca)", cs="Scintigrafie DPD - amyloidóza srdce",
                         en=["NM Cardiac Amyloid PYP", "Tc-99m DPD scan amyloid"]))
        m = nm_meta(cx, cx.c(["WB Anterior/Posterior", "Ganzkörper ant/post", "Whole Body 10 cm/min", "WB"]))
        bpe(cx, m, "WHOLEBODY", ["CHEST", "HEART"], p_missing=0.3, p_alt=0.3)
        ser.append(S(m, WB, None, "whole-body planar images of the DPD scan: head to pelvis and beyond"))
        m = nm_meta(cx, cx.c(["SPECT/CT Thorax", "SPECT Heart 3h", "Thorax SPECT"]))
        bpe(cx, m, "CHEST", ["HEART"], p_missing=0.3)
        ser.append(S(m, ["CHEST"], None, "thoracic SPECT of the DPD scan: heart, chest"))
        if cx.p(0.5):
            ser.append(S(nm_meta(cx, "Thorax ant 1h", ImageType="ORIGINAL\\PRIMARY\\STATIC"), ["CHEST"], None, "planar chest view: heart"))
    elif k in ("fdg", "sarc"):
        sd = title(cx, {"fdg": T(cx, de=["FDG-PET/CT Endokarditis", "FDG-PET/CT Gefäßprotheseninfekt", "PET/CT Vaskulitis"],
                                 pl=["PET/CT FDG - zapalenie wsierdzia", "PET/CT FDG całego ciała (zapalenie naczyń)"],
                                 cs=["PET/CT FDG - endokarditida", "PET/CT FDG vaskulitida"],
                                 en=["FDG PET/CT Endocarditis", "PET/CT Large-Vessel Vasculitis", "FDG PET/CT Graft Infection"]),
                        "sarc": T(cx, de="FDG-PET/CT kardiale Sarkoidose", pl="PET/CT FDG serca (sarkoidoza)", cs="PET/CT FDG srdce (sarkoidóza)",
                                  en="Cardiac Sarcoid FDG PET/CT")}[k])
        m = nm_meta(cx, cx.c(["Topogram", "Scout"]), "CT", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        ser.append(S(m, WB, None, "PET/CT scout of the whole-body range"))
        for d in ["PET WB AC", "PET WB NAC", cx.c(["CT WB 3.0 B30f", "CT AC 3.75", "WB CT 5mm"]), "MIP WB"]:
            m = nm_meta(cx, d, "CT" if d.startswith(("CT", "WB CT")) else "PT")
            bpe(cx, m, "WHOLEBODY", ["CHEST", "HEART", "WHOLE BODY"], p_missing=0.3, p_alt=0.3)
            ser.append(S(m, WB, None, "whole-body FDG PET/CT, skull base to thighs"))
        if k == "sarc" or cx.p(0.5):
            m = nm_meta(cx, cx.c(["PET Herz AC", "Cardiac PET 10min", "Heart Bed"]), "PT")
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.3)
            ser.append(S(m, ["CHEST"], None, "dedicated cardiac bed of the FDG PET: chest"))
        ser.append(dose_page(cx, "PET/CT"))
    elif k == "muga":
        sd = title(cx, T(cx, de="Radionuklidventrikulographie (MUGA)", pl="Wentrykulografia izotopowa (MUGA)", cs="Radionuklidová ventrikulografie",
                         en="MUGA Scan"))
        for d in ["LAO 45 Gated", "ANT Gated"]:
            m = nm_meta(cx, d)
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["CHEST"], None, "gated blood-pool study of the heart: chest"))
    else:
        sd = title(cx, T(cx, de="Lungenperfusionsszintigraphie (V/Q)", pl="Scyntygrafia perfuzyjna płuc", cs="Perfuzní scintigrafie plic",
                         en="NM Lung V/Q"))
        for d in ["PERF 6 views", "VENT 6 views", "SPECT Q"]:
            m = nm_meta(cx, d)
            bpe(cx, m, "LUNG", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["CHEST"], None, "lung perfusion/ventilation scan: chest"))
    return sd, ser


# ---------------------------------------------------------------- vascular ultrasound

US_PRESET = {"carotid": "Carotid", "tcd": "TCD", "venous": "LE Venous", "arterial": "LE Arterial", "groin": "Groin", "gsv": "Vein Map",
             "fistula": "Dialysis Access", "palmar": "UE Arterial", "armmap": "UE Vein Map", "radial": "UE Arterial", "uedvt": "UE Venous", "uearterial": "UE Arterial",
             "popliteal": "Popliteal", "calf": "LE Venous", "pedal": "LE Arterial", "aaa": "Abd Aorta", "renal": "Renal Art",
             "mesenteric": "Mesenteric", "ceus": "CEUS", "aortoiliac": "Aortoiliac"}
US_BPE = {"carotid": ("NECK", ["CAROTID", "VASCULAR", "HEAD"]), "tcd": ("HEAD", ["BRAIN", "VASCULAR"]),
          "venous": ("LEG", ["LOWER EXTREMITY", "EXTREMITY", "VASCULAR"]), "arterial": ("LEG", ["LOWER EXTREMITY", "PERIPHERAL"]),
          "groin": ("LEG", ["PELVIS", "EXTREMITY", "HIP"]), "gsv": ("LEG", ["LOWER EXTREMITY"]), "fistula": ("ARM", ["UPPER EXTREMITY", "EXTREMITY"]),
          "armmap": ("ARM", ["UPPER EXTREMITY"]), "palmar": ("HAND", ["UPPER EXTREMITY", "ARM"]), "radial": ("ARM", ["UPPER EXTREMITY", "HAND"]), "uedvt": ("ARM", ["UPPER EXTREMITY", "NECK"]),
          "uearterial": ("ARM", ["UPPER EXTREMITY"]), "popliteal": ("KNEE", ["LEG", "EXTREMITY"]), "calf": ("LEG", ["LOWER EXTREMITY"]),
          "pedal": ("FOOT", ["LEG", "LOWER EXTREMITY"]), "aaa": ("ABDOMEN", ["AORTA", "VASCULAR"]), "renal": ("KIDNEY", ["ABDOMEN"]),
          "mesenteric": ("ABDOMEN", ["VASCULAR"]), "ceus": ("ABDOMEN", ["AORTA"]), "aortoiliac": ("ABDOMEN", ["AORTA", "PELVIS"])}


def vasc_us(cx):
    k = cx.c(["carotid"] * 6 + ["tcd"] + ["venous"] * 6 + ["arterial"] * 4 + ["groin"] * 2 + ["gsv"] * 2 + ["fistula"] * 3 +
             ["armmap"] * 2 + ["radial"] * 2 + ["palmar"] * 2 + ["uedvt"] * 2 + ["uearterial"] + ["popliteal"] + ["calf"] + ["pedal"] +
             ["aaa"] * 3 + ["renal"] * 2 + ["mesenteric"] + ["ceus"] + ["aortoiliac"])
    s = cx.c("LLLRRR")
    if k in ("venous", "arterial") and cx.p(0.25):
        s = "B"
    if k == "gsv":
        s = cx.c("BBL")
    lang = cx.lang
    lat = None
    # order title with the side in the language of the site; labels follow the vessels examined
    if k == "carotid":
        sd = T(cx, de=["Duplex extrakranielle hirnversorgende Arterien", "Carotis-Duplex bds.", "FKDS Halsgefäße", "Duplex A. carotis interna li."],
               pl=["USG Doppler tętnic szyjnych i kręgowych", "USG Doppler tt. szyjnych", "Doppler tętnic szyjnych - kontrola po CEA"],
               cs=["Duplex karotid a vertebrálních tepen", "UZ karotid", "Duplex extrakraniálních tepen"],
               en=["Carotid Duplex Bilateral", "US CAROTID DOPPLER", "Carotid Doppler post-CEA"])
        lab, why = ["NECK"], "carotid/vertebral duplex: neck (no laterality off limbs)"
    elif k == "tcd":
        sd = T(cx, de="Transkranielle Dopplersonographie (Bubble-Test PFO)", pl="Przezczaszkowe USG Doppler (TCD) - test pęcherzykowy",
               cs="TCD - bublinkový test (PFO)", en="Transcranial Doppler Bubble Study")
        lab, why = ["HEAD"], "transcranial Doppler of the intracranial arteries: head"
    elif k in ("venous", "arterial", "popliteal", "calf", "pedal", "groin", "gsv"):
        lab = {"venous": LEG_VEN, "arterial": LEG_ART, "popliteal": ["KNEE"], "calf": ["LEG"], "pedal": ["ANKLE", "FOOT"],
               "groin": ["HIP"], "gsv": LEG_VEN}[k]
        lat = s
        if lang == "de":
            w = cx.c(SIDE["de"][s])
            sd = {"venous": cx.c([f"Duplex Beinvenen {w}", f"FKDS Venen Bein {w} (TVT?)", f"Venendoppler Bein {w}"]),
                  "arterial": cx.c([f"FKDS Beinarterien {w}", f"Duplex Arterien Bein {w} (pAVK)", f"Arterielle Duplexsonographie Bein {w}"]),
                  "popliteal": f"Duplex A. poplitea {w} (Aneurysma?)", "calf": f"Duplex Unterschenkelvenen {w}",
                  "pedal": f"Duplex Unterschenkel-/Fussarterien {w}", "groin": cx.c([f"Duplex Leiste {w} (Aneurysma spurium nach HKU)", f"Sono Punktionsstelle Leiste {w}"]),
                  "gsv": f"Venenmapping V. saphena magna {w} vor ACVB"}[k]
        elif lang == "pl":
            g = "f"
            w = SIDE["pl"][s][g] if s != "B" else None
            kd = f"kończyny dolnej {w}" if s != "B" else cx.c(["kończyn dolnych obustronnie", "KKD obustronnie"])
            if s != "B" and cx.p(0.2):
                kd = {"L": "KDL", "R": "KDP"}[s]
            sd = {"venous": f"USG Doppler żył {kd}", "arterial": f"USG Doppler tętnic {kd}",
                  "popliteal": f"USG Doppler tętnicy podkolanowej {SIDE['pl'][s]['f']}", "calf": f"USG żył podudzia {SIDE['pl'][s]['n']}",
                  "pedal": f"USG Doppler tętnic podudzia i stopy {SIDE['pl'][s]['f']}",
                  "groin": f"USG pachwiny {SIDE['pl'][s]['f']} (tętniak rzekomy po koronarografii)",
                  "gsv": f"Mapowanie żyły odpiszczelowej {kd if s != 'B' else 'obustronnie'} przed CABG"}[k]
        elif lang == "cs":
            kd = {"L": cx.c(["LDK", "levé dolní končetiny"]), "R": cx.c(["PDK", "pravé dolní končetiny"]),
                  "B": cx.c(["DKK oboustranně", "obou DK"])}[s]
            adv = SIDE["cs"].get(s, {}).get("adv", "") if s != "B" else "oboustranně"
            sd = {"venous": cx.c([f"Duplex žil {kd}", f"UZ žil {kd} (HŽT?)"]), "arterial": f"Duplexní UZ tepen {kd}",
                  "popliteal": f"Duplex a. poplitea {adv}", "calf": f"UZ bércových žil {adv}", "pedal": f"Duplex bércových tepen a nohy {adv}",
                  "groin": f"UZ třísla {adv} (pseudoaneurysma po katetrizaci)", "gsv": f"Mapování v. saphena magna {kd} před CABG"}[k]
        else:
            w = cx.c(SIDE["en"][s])
            sd = {"venous": cx.c([f"US Doppler Lower Extremity Venous {w}", f"{w} LE Venous Duplex"]),
                  "arterial": cx.c([f"Duplex Arterial LE {w}", f"Lower Limb Arterial Duplex {w}"]), "popliteal": f"Popliteal Artery Duplex {w}",
                  "calf": f"Calf Vein Duplex {w}", "pedal": f"Pedal Artery Doppler {w}", "groin": f"US Groin {w} (pseudoaneurysm)",
                  "gsv": f"GSV Mapping {w} pre-CABG"}[k]
        why = {"venous": "leg vein duplex groin to calf: thigh, knee, leg", "arterial": "leg arterial duplex femoral to ankle arteries",
               "popliteal": "popliteal artery duplex: knee", "calf": "calf vein duplex: leg", "pedal": "ankle and foot arteries",
               "groin": "femoral puncture site at the groin (hip region)", "gsv": "great saphenous vein mapping, groin to ankle"}[k]
        why += f"; side {s} from the order"
    elif k == "palmar":
        lat = s
        w = {"de": cx.c(SIDE["de"][s]), "pl": SIDE["pl"][s]["f"], "cs": SIDE["cs"][s]["adv"], "en": cx.c(SIDE["en"][s])}[lang]
        sd = T(cx, de=f"Duplex Hohlhandbogen {w} (Allen-Test vor Radialis-Entnahme)", pl=f"USG Doppler łuku dłoniowego ręki {w} (test Allena)",
               cs=f"Duplex palmárního oblouku {w} (Allenův test)", en=f"Palmar Arch Duplex {w} (Allen test)")
        lab, why = ["HAND", "WRIST"], f"palmar arch and radial/ulnar arteries at the wrist; side {s} from the order"
    elif k in ("fistula", "armmap", "radial", "uedvt", "uearterial"):
        fore = cx.p(0.6)
        lab = {"fistula": ["WRIST", "FOREARM", "ELBOW", "ARM"] if fore else ["ELBOW", "ARM"], "armmap": ["WRIST", "FOREARM", "ELBOW", "ARM"],
               "radial": ["FOREARM", "WRIST"], "uedvt": ["NECK", "SHOULDER", "ARM"], "uearterial": ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST"]}[k]
        lat = s
        if lang == "de":
            w = cx.c(SIDE["de"][s])
            sd = {"fistula": cx.c([f"Shuntduplex {'Unterarm' if fore else 'Oberarm'} {w}", f"Duplex Dialyseshunt {w} ({'Cimino' if fore else 'Ellenbeuge'})"]),
                  "armmap": f"Venenmapping Arm {w} vor Shuntanlage", "radial": cx.c([f"Duplex A. radialis {w} (Graftplanung)", f"Duplex A. radialis {w} nach TR-Zugang"]),
                  "uedvt": f"Duplex Armvenen {w} (Thrombose nach SM-Implantation?)", "uearterial": f"Duplex Armarterien {w}"}[k]
        elif lang == "pl":
            w = SIDE["pl"][s]
            sd = {"fistula": f"USG Doppler przetoki dializacyjnej {'przedramienia' if fore else 'ramienia'} {w['n']}",
                  "armmap": f"Mapowanie żył kończyny górnej {w['f']} przed wytworzeniem przetoki", "radial": f"USG Doppler tętnicy promieniowej {w['f']}",
                  "uedvt": cx.c([f"USG Doppler żył kończyny górnej {w['f']}", f"USG Doppler żył {'KGL' if s == 'L' else 'KGP'}"]),
                  "uearterial": f"USG Doppler tętnic kończyny górnej {w['f']}"}[k]
        elif lang == "cs":
            hk = {"L": cx.c(["LHK", "levé horní končetiny"]), "R": cx.c(["PHK", "pravé horní končetiny"])}[s]
            sd = {"fistula": f"Duplex AV shuntu {hk} ({'předloktí' if fore else 'loketní jamka'})", "armmap": f"Mapování žil {hk} před založením AV píštěle",
                  "radial": f"Duplex a. radialis {SIDE['cs'][s]['lat']}", "uedvt": f"Duplex žil {hk}", "uearterial": f"Duplex tepen {hk}"}[k]
        else:
            w = cx.c(SIDE["en"][s])
            sd = {"fistula": f"AV Fistula Duplex {w} {'Forearm' if fore else 'Upper Arm'}", "armmap": f"Vein Mapping {w} Arm pre-access",
                  "radial": f"Radial Artery Duplex {w}", "uedvt": f"UE Venous Duplex {w}", "uearterial": f"UE Arterial Duplex {w}"}[k]
        why = {"fistula": "dialysis access duplex, arterial inflow to venous outflow", "armmap": "arm vein mapping wrist to axilla",
               "radial": "radial artery duplex along the forearm to the wrist", "uedvt": "arm vein duplex jugular-subclavian-axillary-brachial",
               "uearterial": "arm arterial duplex subclavian to wrist"}[k] + f"; side {s} from the order"
    else:
        sd = {"aaa": T(cx, de=["Sono Bauchaorta (AAA-Screening)", "Duplex Bauchaorta"], pl="USG aorty brzusznej", cs="UZ břišní aorty", en="US Abdominal Aorta AAA Screen"),
              "renal": T(cx, de="Duplex Nierenarterien", pl="USG Doppler tętnic nerkowych", cs="Duplex renálních tepen", en="Renal Artery Duplex"),
              "mesenteric": T(cx, de="Duplex Mesenterialarterien", pl="USG Doppler pnia trzewnego i t. krezkowej górnej", cs="Duplex mezenterických tepen",
                              en="Mesenteric Duplex"),
              "ceus": T(cx, de="KM-Sonographie nach EVAR (Endoleak?)", pl="CEUS po EVAR", cs="CEUS po EVAR", en="CEUS EVAR Surveillance"),
              "aortoiliac": T(cx, de="Duplex Aorta und Beckenarterien", pl="USG Doppler aorty i tętnic biodrowych", cs="Duplex aorty a ilických tepen",
                              en="Aortoiliac Duplex")}[k]
        lab = {"aaa": ["ABDOMEN"], "renal": ["ABDOMEN"], "mesenteric": ["ABDOMEN"], "ceus": AP_, "aortoiliac": AP_}[k]
        why = {"aaa": "abdominal aorta: abdomen", "renal": "renal arteries: abdomen", "mesenteric": "coeliac and mesenteric arteries: abdomen",
               "ceus": "aortic endograft into the iliac arteries: abdomen and pelvis", "aortoiliac": "aorta and iliac arteries: abdomen and pelvis"}[k]
    sd = title(cx, sd)
    make, models = US_MAKE[cx.v["us"]]
    ser = []
    for i in range(cx.c([1, 2, 2, 3])):
        m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
        r = cx.rng.random()
        if r < 0.35:
            m["SeriesDescription"] = cx.c([US_PRESET[k], f"Vascular {US_PRESET[k]}", f"Vas {US_PRESET[k]}"])
        elif r < 0.5:
            m["SeriesDescription"] = cx.c(["Cine Loop", "Clip", "Image"])
        if cx.p(0.25):
            m["ProtocolName"] = US_PRESET[k]
        if lat in ("L", "R") and cx.p(0.15):
            m["Laterality"] = lat
        good, alt = US_BPE[k]
        bpe(cx, m, good, alt, p_missing=0.3, p_alt=0.25)
        ser.append(S(m, lab, lat, why))
    if cx.p(0.35):
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.22", "Manufacturer": make,
                      "SeriesDescription": cx.c(["Vascular Worksheet", "Measurements", "Vascular Report"])}, [], None,
                     "ultrasound measurement SR: no image", img=False))
    return sd, ser


# ---------------------------------------------------------------- angiography and interventions

def xa_meta(cx, desc, prot=None, **kw):
    make, models = XA_MAKE[cx.v["xa"]]
    m = {"Modality": "XA", "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    if prot:
        m["ProtocolName"] = prot
    m.update(kw)
    return m


FIELD = {  # an angiographic field named by the run, per language: code -> name
    "de": {"PELVIS": "Becken", "THIGH": "Oberschenkel", "KNEE": "Knie", "LEG": "Unterschenkel", "FOOT": "Fuss", "ABDOMEN": "Aorta abd."},
    "pl": {"PELVIS": "Miednica", "THIGH": "Udo", "KNEE": "Kolano", "LEG": "Podudzie", "FOOT": "Stopa", "ABDOMEN": "Aorta brz."},
    "cs": {"PELVIS": "Pánev", "THIGH": "Stehno", "KNEE": "Koleno", "LEG": "Bérec", "FOOT": "Noha", "ABDOMEN": "Aorta abd."},
    "en": {"PELVIS": "Pelvis", "THIGH": "Thigh", "KNEE": "Knee", "LEG": "Calf", "FOOT": "Foot", "ABDOMEN": "Abd Aorta"},
}


def xa_prog(cx, region):
    """The organ programme of the angiography system (in the system's own language)."""
    v = cx.v["xa"]
    if v.startswith("Siemens"):
        return {"leg": cx.c(["Becken-Bein DSA", "Bein DSA", "Peripherie DSA"]), "abd": cx.c(["Abdomen DSA", "Viszeral DSA"]),
                "pelvis": "Becken DSA", "heart": cx.c(["Coro", "Cardiac"]), "neck": "Carotis DSA", "head": "Neuro DSA", "arm": "Arm DSA",
                "chest": "Thorax DSA"}[region]
    if v == "Philips":
        return {"leg": cx.c(["Peripheral Legs DSA 2fps", "Legs"]), "abd": "Abdomen 2fps", "pelvis": "Pelvis DSA", "heart": "Cardiac LCA",
                "neck": "Carotid DSA", "head": "Cerebral DSA", "arm": "Upper Limb DSA", "chest": "Thorax DSA"}[region]
    return {"leg": cx.c(["Peripheral Run-off", "Lower Ext DSA"]), "abd": "Abdomen", "pelvis": "Pelvis", "heart": "Cardiac",
            "neck": "Carotid", "head": "Neuro", "arm": "Upper Ext", "chest": "Thoracic"}[region]


# Run names typed in German at the centre; the other sites' systems write them in English.
RUN_EN = {"Aortographie abd.": "Abd. aortogram", "Selektiv": "Selective", "Selektiv A. renalis": "Selective renal", "Stent Kontrolle": "Stent control",
          "Beckenübersicht": "Pelvis overview", "Venographie": "Venogram", "Aortographie": "Aortogram", "Beckenachse": "Iliac axis",
          "Abschluss-DSA": "Final DSA", "Aortenbogen LAO": "Arch LAO", "Aortenwurzel": "Aortic root", "Cavographie": "Cavogram",
          "PA re. Unterlappen": "PA lower lobe", "Pulmonalis": "Pulmonary", "LV-Angio RAO 30": "LV gram RAO 30"}


def angio(cx):
    k = cx.c(["legpta"] * 6 + ["runoff"] * 3 + ["visceral"] * 2 + ["renal", "renal", "pae", "uae", "gonadal", "evar", "evar", "tevar",
                                                                   "cas", "coro", "coro", "tavi", "hand", "fistulo", "fistulo", "ivc", "bpa", "bronchial"])
    lang = cx.lang
    F = FIELD[lang]
    ser = []
    if k == "legpta":
        s = cx.c("LR")
        tgt = cx.c(["THIGH", "THIGH", "KNEE", "LEG", "PELVIS"])
        if lang == "de":
            w = cx.c(SIDE["de"][s])
            sd = {"THIGH": f"PTA A. femoralis superficialis {w}", "KNEE": f"PTA/Stent A. poplitea {w}",
                  "LEG": f"PTA Unterschenkelarterien {w} (CLTI)", "PELVIS": f"Stent A. iliaca communis {w}"}[tgt]
        elif lang == "pl":
            w = SIDE["pl"][s]["f"]
            sd = {"THIGH": f"PTA tętnicy udowej powierzchownej {w}", "KNEE": f"PTA tętnicy podkolanowej {w}",
                  "LEG": f"PTA tętnic podudzia {SIDE['pl'][s]['n']}", "PELVIS": f"Stentowanie tętnicy biodrowej wspólnej {w}"}[tgt]
        elif lang == "cs":
            w = SIDE["cs"][s][cx.c(["lat", "adv"])]
            sd = {"THIGH": f"PTA a. femoralis superficialis {w}", "KNEE": f"PTA a. poplitea {w}", "LEG": f"PTA bércových tepen {w}",
                  "PELVIS": f"Stent a. iliaca communis {w}"}[tgt]
        else:
            w = cx.c(SIDE["en"][s])
            sd = {"THIGH": f"{w} SFA Angioplasty", "KNEE": f"Popliteal PTA/Stent {w}", "LEG": f"Tibial Angioplasty {w}",
                  "PELVIS": f"Iliac Stent {w}"}[tgt]
        lat = None if tgt == "PELVIS" else s
        why = f"{tgt.lower()} target of the {'iliac' if tgt == 'PELVIS' else 'leg'} intervention"
        runs = [("PELVIS", F["PELVIS"])] + ([(tgt, F[tgt])] if tgt != "PELVIS" else []) + [("LEG", F["LEG"])] * (tgt in ("KNEE", "LEG"))
        if cx.p(0.4):
            runs.append(("FOOT", F["FOOT"]))
        for code, nm in dict.fromkeys(runs):
            sideword = "" if code == "PELVIS" else (" " + (cx.c(SIDE["de"][s]) if lang == "de" else {"L": "L", "R": "R"}[s] if lang == "en" else
                                                     ({"L": "lewa" if code == "FOOT" else "lewe", "R": "prawa" if code == "FOOT" else "prawe"}[s]
                                                      if lang == "pl" else {"L": "vlevo", "R": "vpravo"}[s])))
            m = xa_meta(cx, cx.c([f"DSA {nm}{sideword}", f"{nm}{sideword} 2F/s"]), xa_prog(cx, "leg"))
            bpe(cx, m, cx.c(["LEG", "EXTREMITY", "PELVIS"]) if code != "PELVIS" else "PELVIS", ["LEG", "LOWER EXTREMITY"], p_missing=0.35)
            ser.append(S(m, [code], None if code == "PELVIS" else s,
                         f"run of the {nm} field in a leg intervention" + ("" if code == "PELVIS" else f"; side {s} from the order")))
        for d in ["Fluoro", "Roadmap", "LIH", "DSA 2F/s"][: cx.c([1, 2, 3])]:
            m = xa_meta(cx, d, xa_prog(cx, "leg"))
            bpe(cx, m, "LEG", ["EXTREMITY", "PELVIS"], p_missing=0.4)
            ser.append(S(m, [tgt], lat, why + "; generic run or spot takes the target field"))
        return title(cx, sd), ser
    if k == "runoff":
        sd = title(cx, T(cx, de=["DSA Becken-Bein-Angiographie bds.", "Angiographie Becken/Beine beidseits"],
                         pl=["Arteriografia kończyn dolnych obustronna", "Angiografia tętnic KKD obustronnie"],
                         cs=["Angiografie tepen DKK oboustranně", "DSA pánve a DKK bilat."], en=["Bilateral Lower Extremity Runoff Angiogram", "LE Runoff Both"]))
        for code in ["ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "FOOT"][: cx.c([3, 4, 6])]:
            m = xa_meta(cx, f"DSA {F[code]}" + ("" if code in ("ABDOMEN", "PELVIS") else cx.c([" bds.", " B", ""]) if lang == "de" else ""),
                        xa_prog(cx, "leg"))
            bpe(cx, m, cx.c(["LEG", "EXTREMITY", "PELVIS"]), ["ABDOMEN", "LOWER EXTREMITY"], p_missing=0.35)
            lab = [code] + (["ANKLE"] if code == "FOOT" else [])
            ser.append(S(m, lab, None if code in ("ABDOMEN", "PELVIS") else "B", f"{F[code]} field of a both-legs runoff angiogram"))
        m = xa_meta(cx, cx.c(["Bolus Chase", "Stepping DSA", "Bolus Chasing"]), xa_prog(cx, "leg"))
        bpe(cx, m, "LEG", ["EXTREMITY"], p_missing=0.4)
        ser.append(S(m, RUNOFF, "B", "stepping-table bolus chase from the aorta to the feet, both legs"))
        return sd, ser
    spec = {
        "visceral": (T(cx, de=["Viszeralangiographie (Truncus/AMS)", "Mesenterikographie", "Embolisation Milzarterienaneurysma"],
                       pl=["Arteriografia trzewna (pień trzewny, t. krezkowa górna)", "Embolizacja tętniaka t. śledzionowej"],
                       cs=["Angiografie viscerálních tepen", "Embolizace aneuryzmatu a. lienalis"], en=["Visceral Angiogram Celiac/SMA", "Splenic Artery Aneurysm Embolization"]),
                     "abd", ["Truncus coeliacus", "AMS", "Aortographie abd.", "Selektiv"], ["ABDOMEN"], "visceral arteries: abdomen"),
        "renal": (T(cx, de=["Nierenarterien-PTA/Stent re.", "Renale Denervation", "Nierenarterienstent li."], pl=["PTA tętnicy nerkowej prawej", "Denerwacja nerek"],
                    cs=["PTA a. renalis l. sin.", "Renální denervace"], en=["Renal Artery Stent Right", "Renal Denervation"]),
                  "abd", ["Aorta renal", "Selektiv A. renalis", "Stent Kontrolle"], ["ABDOMEN"], "renal arteries: abdomen (no laterality off limbs)"),
        "pae": (T(cx, de="Prostataarterienembolisation", pl="Embolizacja tętnic stercza", cs="Embolizace prostatických tepen", en="Prostate Artery Embolization"),
                "pelvis", ["A. iliaca interna", "PAE Cone Beam", "Selektiv"], ["PELVIS"], "prostatic arteries: pelvis"),
        "uae": (T(cx, de="Uterusarterienembolisation (Myom)", pl="Embolizacja tętnic macicznych", cs="Embolizace děložních tepen", en="Uterine Fibroid Embolization"),
                "pelvis", ["A. uterina", "Beckenübersicht", "Final"], ["PELVIS"], "uterine arteries: pelvis"),
        "gonadal": (T(cx, de="Ovarialvenenembolisation (Pelvic Congestion)", pl="Embolizacja żyły jajnikowej", cs="Embolizace ovariální žíly",
                      en="Ovarian Vein Embolization"), "abd", ["V. ovarica", "Venographie", "Coils"], AP_, "gonadal vein from the renal vein to the pelvis"),
        "evar": (T(cx, de=["EVAR (Bifurkationsprothese)", "EVAR Rohr-/Bifurkationsstentgraft"], pl="EVAR - implantacja stentgraftu aorty brzusznej",
                   cs="EVAR - stentgraft břišní aorty", en="EVAR Endovascular Aneurysm Repair"),
                 "abd", ["Aortographie", "Beckenachse", "Abschluss-DSA", "Endoleak?"], AP_, "infrarenal aorta and iliac limbs: abdomen and pelvis"),
        "tevar": (T(cx, de="TEVAR (Aorta descendens)", pl="TEVAR - stentgraft aorty piersiowej", cs="TEVAR hrudní aorty", en="TEVAR"),
                  "chest", ["Aortenbogen LAO", "Aorta desc.", "Final"], ["CHEST"], "thoracic aorta: chest"),
        "coro": (T(cx, de=["Koronarangiographie", "Linksherzkatheter + PCI RIVA"], pl=["Koronarografia", "Koronarografia + PCI"],
                   cs=["Koronarografie", "SKG + PCI"], en=["Coronary Angiogram", "Left Heart Cath / PCI"]),
                 "heart", ["LCA RAO 30 CAU 25", "RCA LAO 30", "LCA AP CRAN 40", "LV-Angio RAO 30"], ["CHEST"], "coronary arteries: chest"),
        "tavi": (T(cx, de="TAVI transfemoral", pl="TAVI - dostęp przezudowy", cs="TAVI transfemorálně", en="TAVI Transfemoral"),
                 "heart", ["Aortenwurzel", "Deployment", "Final Aortography"], ["CHEST"], "aortic root and valve: chest"),
        "ivc": (T(cx, de="Cava-Filter Implantation", pl="Implantacja filtra do żyły głównej dolnej", cs="Zavedení kaválního filtru", en="IVC Filter Placement"),
                "abd", ["Cavographie", "Filter"], ["ABDOMEN"], "inferior vena cava: abdomen"),
        "bpa": (T(cx, de="Ballon-Pulmonalangioplastie (CTEPH)", pl="Angioplastyka balonowa tętnic płucnych (BPA)", cs="Balónková plicní angioplastika",
                  en="Balloon Pulmonary Angioplasty"), "chest", ["PA re. Unterlappen", "Pulmonalis", "Selektiv"], ["CHEST"], "pulmonary arteries: chest"),
        "bronchial": (T(cx, de="Bronchialarterienembolisation", pl="Embolizacja tętnic oskrzelowych", cs="Embolizace bronchiálních tepen",
                        en="Bronchial Artery Embolization"), "chest", ["Aorta thoracica", "Bronchial", "Final"], ["CHEST"], "bronchial arteries: chest"),
    }
    if k in spec:
        sd, prog, runs, lab, why = spec[k]
        for d in runs[: cx.c([2, 3, len(runs)])]:
            if lang != "de":
                d = RUN_EN.get(d, d)
            m = xa_meta(cx, d if cx.p(0.7) else None, xa_prog(cx, prog))
            good = {"abd": "ABDOMEN", "pelvis": "PELVIS", "chest": "CHEST", "heart": "HEART"}[prog]
            bpe(cx, m, good, ["ABDOMEN", "CHEST", "HEART"], p_missing=0.35)
            ser.append(S(m, lab, None, why))
        if k == "tavi":
            s = cx.c("LR")
            w = {"de": cx.c(SIDE["de"][s]), "pl": {"L": "lewa", "R": "prawa"}[s], "cs": {"L": "vlevo", "R": "vpravo"}[s], "en": cx.c(SIDE["en"][s])}[lang]
            m = xa_meta(cx, T(cx, de=f"Zugang Leiste {w} Abschluss", pl=f"Kontrola dostępu pachwina {w}", cs=f"Kontrola přístupu tříslo {w}",
                              en=f"Access check groin {w}"), xa_prog(cx, "leg"))
            ser.append(S(m, ["HIP"], s, "closing run of the femoral access at the groin; side from the run name"))
        if k in ("evar", "tevar", "coro", "tavi") and cx.p(0.4):
            ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": XA_MAKE[cx.v["xa"]][0],
                          "SeriesDescription": "X-Ray Radiation Dose SR"}, [], None, "angiography dose SR: no image", img=False))
        return title(cx, sd), ser
    if k == "cas":
        sd = title(cx, T(cx, de=["Carotis-Stent li. (CAS)", "Stent-PTA A. carotis interna re."], pl="Stentowanie tętnicy szyjnej wewnętrznej lewej",
                         cs="Stent a. carotis interna l. dx.", en="Carotid Artery Stenting Left"))
        for d, lab, why in [("Aortenbogen" if lang == "de" else "Arch", ["CHEST"], "aortic arch run of a carotid stenting: chest"),
                            ("Carotis a.p./lat" if lang == "de" else "CCA/ICA", ["NECK"], "cervical carotid run: neck"),
                            ("intrakraniell" if lang == "de" else "Intracranial", ["HEAD"], "intracranial control run after stenting: head"),
                            ("Fluoro", ["NECK"], "fluoroscopy at the stented carotid: neck")]:
            m = xa_meta(cx, d, xa_prog(cx, "neck"))
            bpe(cx, m, "NECK", ["HEAD", "CAROTID"], p_missing=0.4)
            ser.append(S(m, lab, None, why))
        return sd, ser
    s = cx.c("LR")
    if k == "hand":
        w = {"de": cx.c(SIDE["de"][s]), "pl": SIDE["pl"][s]["f"], "cs": SIDE["cs"][s]["adv"], "en": cx.c(SIDE["en"][s])}[lang]
        sd = title(cx, T(cx, de=f"Angiographie Arm/Hand {w} (digitale Ischämie)", pl=f"Arteriografia kończyny górnej {w} (niedokrwienie palców)",
                         cs=f"Angiografie horní končetiny a ruky {w}", en=f"Upper Limb and Hand Angiogram {w}"))
        for d, lab in [({"de": "Oberarm", "pl": "Ramię", "cs": "Paže", "en": "Upper arm"}[lang], ["ARM"]),
                       ({"de": "Unterarm", "pl": "Przedramię", "cs": "Předloktí", "en": "Forearm"}[lang], ["FOREARM"]),
                       ({"de": "Hand", "pl": "Dłoń", "cs": "Ruka", "en": "Hand"}[lang], ["HAND", "WRIST"])]:
            m = xa_meta(cx, f"DSA {d}", xa_prog(cx, "arm"))
            bpe(cx, m, "ARM", ["HAND", "UPPER EXTREMITY", "EXTREMITY"], p_missing=0.35)
            ser.append(S(m, lab, s, f"{d} field of an arm and hand angiogram; side {s} from the order"))
        return sd, ser
    # fistulogram: the access from the anastomosis to the central veins
    fore = cx.p(0.6)
    if lang == "de":
        w = cx.c(SIDE["de"][s])
        sd = f"Shuntographie {w} {'Unterarm' if fore else 'Oberarm'} + PTA"
    elif lang == "pl":
        sd = f"Fistulografia przetoki {'przedramienia' if fore else 'ramienia'} {SIDE['pl'][s]['n']} + PTA"
    elif lang == "cs":
        sd = f"Fistulografie AV shuntu {'LHK' if s == 'L' else 'PHK'} + PTA"
    else:
        sd = f"Fistulogram {cx.c(SIDE['en'][s])} {'Forearm' if fore else 'Upper Arm'} AVF"
    sd = title(cx, sd)
    access = ["WRIST", "FOREARM", "ELBOW", "ARM"] if fore else ["ELBOW", "ARM"]
    de = lang == "de"
    for d, lab, why in [(cx.c(["Anastomose", "Anastomosis"] if de else ["Anastomosis", "Arterial inflow"]), ["WRIST", "FOREARM"] if fore else ["ELBOW"], "anastomosis run"),
                        (cx.c(["Shuntvene", "Outflow"] if de else ["Outflow", "Venous outflow"]), access, "access vein run"),
                        (cx.c(["zentral", "V. subclavia/brachiocephalica"] if de else ["Central veins", "Central venogram"]), ["SHOULDER", "CHEST"],
                         "central venous run: subclavian and brachiocephalic veins"),
                        ("Fluoro", access, "fluoroscopy of the access")]:
        m = xa_meta(cx, d, xa_prog(cx, "arm"))
        bpe(cx, m, "ARM", ["UPPER EXTREMITY", "EXTREMITY", "CHEST"], p_missing=0.35)
        ser.append(S(m, lab, s, f"{why} of a {'forearm' if fore else 'upper-arm'} dialysis access; side {s} from the order"))
    return sd, ser


# ---------------------------------------------------------------- aorta and vascular CT/MR

def aorta(cx):
    k = cx.c(["thor", "thor", "thab", "thab", "thab", "abd", "abd", "evar", "evar", "arch", "archhead", "diss", "runoff", "runoff", "runoff",
              "mes", "renal", "ctpa", "ctpa", "mra_thor", "mra_runoff"])
    lang = cx.lang
    sd = {
        "thor": T(cx, de=["CTA Aorta thoracalis", "CT Angio Brustaorta"], pl="Angio-TK aorty piersiowej", cs="CTA hrudní aorty", en="CTA Thoracic Aorta"),
        "thab": T(cx, de=["CTA Aorta thorakoabdominal", "CT Angio Aorta gesamt (Thorax/Abdomen/Becken)", "CTA Aorta prä-OP"],
                  pl=["Angio-TK aorty piersiowej i brzusznej", "Angio-TK całej aorty"], cs=["CTA celé aorty", "CT angiografie hrudní a břišní aorty"],
                  en=["CTA Chest/Abdomen/Pelvis Aorta", "CTA Whole Aorta"]),
        "abd": T(cx, de=["CTA Bauchaorta (AAA)", "CT Angio Aorta abdominalis + Beckenarterien"], pl="Angio-TK aorty brzusznej i tętnic biodrowych",
                 cs="CTA břišní aorty a pánevních tepen", en=["CTA Abdominal Aorta and Iliacs", "CTA AAA"]),
        "evar": T(cx, de=["CT Kontrolle nach EVAR (3-phasig)", "EVAR-Nachsorge CT"], pl="Angio-TK - kontrola po EVAR", cs="CT kontrola po EVAR",
                  en="CT EVAR Surveillance"),
        "arch": T(cx, de="CTA Aortenbogen + supraaortale Gefäße", pl="Angio-TK łuku aorty i tętnic dogłowowych", cs="CTA oblouku aorty a supraaortálních tepen",
                  en="CTA Aortic Arch and Great Vessels"),
        "archhead": T(cx, de="CTA Aortenbogen bis Circulus Willisii", pl="Angio-TK od łuku aorty do koła Willisa", cs="CTA od oblouku aorty po Willisův okruh",
                      en="CTA Arch to Circle of Willis"),
        "diss": T(cx, de=["CTA Aorta - V.a. Dissektion", "Notfall CT Aortendissektion"], pl="Angio-TK aorty - podejrzenie rozwarstwienia",
                  cs="CTA aorty - disekce?", en=["CTA Aorta Dissection Protocol", "CT AORTIC DISSECTION"]),
        "runoff": T(cx, de=["CTA Becken-Bein-Arterien bds. (Run-off)", "CT Angio Beine beidseits"], pl=["Angio-TK tętnic kończyn dolnych obustronnie", "Angio-TK aorty brzusznej i KKD"],
                    cs=["CTA tepen DKK oboustranně", "CT angiografie pánve a dolních končetin bilat."], en=["CTA Runoff Bilateral Lower Extremities", "CTA AORTOBIFEM RUNOFF BOTH LEGS"]),
        "mes": T(cx, de="CTA Mesenterialarterien (Angina abdominalis)", pl="Angio-TK tętnic krezkowych", cs="CTA mezenterických tepen", en="CTA Mesenteric"),
        "renal": T(cx, de="CTA Nierenarterien", pl="Angio-TK tętnic nerkowych", cs="CTA renálních tepen", en="CTA Renal Arteries"),
        "ctpa": T(cx, de=["CT Pulmonalisangiographie (LAE?)", "CTA Lungenembolie"], pl="Angio-TK tętnic płucnych", cs="CTA plicnice (PE?)", en="CTPA"),
        "mra_thor": T(cx, de="MRA Aorta thoracalis (Marfan)", pl="Angio-MR aorty piersiowej", cs="MRA hrudní aorty", en="MRA Thoracic Aorta"),
        "mra_runoff": T(cx, de="MRA Becken-Bein bds. (3 Stationen)", pl="Angio-MR tętnic kończyn dolnych obustronnie", cs="MRA tepen DKK oboustranně",
                        en="MRA Runoff Both Legs"),
    }[k]
    sd = title(cx, sd)
    ser = []
    if k == "mra_thor":
        t = CMR[cx.v["mr"]]
        for d in [cx.c(t["loc"]), cx.c(["fl3d_ce_aorta", "3D CE MRA Aorta", "CE-MRA thor. Aorta"]), cx.c(t["cine"]), "MIP Aorta"]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, cx.c(["CHEST", "AORTA"]), ["HEART", "THORAX"], p_missing=0.35)
            ser.append(S(m, ["CHEST"], None, "thoracic aorta MR angiography: chest"))
        return sd, ser
    if k == "mra_runoff":
        loc = cx.c(CMR[cx.v["mr"]]["loc"])
        ser.append(S(mr_meta(cx, loc, "GR"), RUNOFF, "B", "localizer of a three-station run-off MRA, both legs"))
        st = {"Siemens": (["fl3d_ce_st1_Becken", "fl3d_ce_st1"], ["fl3d_ce_st2_OS", "fl3d_ce_st2"], ["fl3d_ce_st3_US", "fl3d_ce_st3"], "TWIST_US", "MIP_Composing"),
              "GE": (["CE MRA STATION 1"], ["CE MRA STATION 2"], ["CE MRA STATION 3"], "TRICKS CALVES", "COMPOSED MIP"),
              "Philips": (["CE-MRA st1 aorto-iliac"], ["CE-MRA st2"], ["CE-MRA st3"], "4D-TRAK calves", "MobiView MIP"),
              "Canon": (["CE MRA ST1"], ["CE MRA ST2"], ["CE MRA ST3"], "TR-MRA LEGS", "MIP COMPOSED"),
              "United": (["ce_mra_st1"], ["ce_mra_st2"], ["ce_mra_st3"], "tr_mra_calves", "MIP composed")}[cx.v["mr"]]
        for d, lab in [(cx.c(st[0]), ["ABDOMEN", "PELVIS", "HIP"]), (cx.c(st[1]), ["THIGH", "KNEE"]), (cx.c(st[2]), ["LEG", "ANKLE", "FOOT"]),
                       (st[3], ["LEG", "ANKLE", "FOOT"]), (st[4], RUNOFF)]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, cx.c(["LEG", "EXTREMITY"]), ["PELVIS", "ABDOMEN", "LOWER EXTREMITY"], p_missing=0.35, p_alt=0.3)
            ser.append(S(m, lab, "B", "station of a both-legs run-off MRA: " + "+".join(x.lower() for x in lab)))
        return sd, ser
    lab = {"thor": ["CHEST"], "thab": CAP, "abd": AP_, "evar": AP_, "arch": ["CHEST", "NECK"], "archhead": ["HEAD", "NECK", "CHEST"],
           "diss": CAP, "runoff": RUNOFF, "mes": AP_, "renal": ["ABDOMEN"], "ctpa": ["CHEST"]}[k]
    lat = "B" if k == "runoff" else None
    why = {"thor": "thoracic aorta CTA: chest", "thab": "thoraco-abdominal aorta to the femoral bifurcations: chest, abdomen, pelvis",
           "abd": "abdominal aorta and iliac arteries: abdomen and pelvis", "evar": "endograft surveillance: abdomen and pelvis",
           "arch": "aortic arch and supra-aortic arteries to the carotid bifurcation: chest and neck",
           "archhead": "arch to the circle of Willis: chest, neck, head", "diss": "dissection protocol of the whole aorta: chest, abdomen, pelvis",
           "runoff": "run-off CTA from the renal arteries to the feet, both legs", "mes": "mesenteric CTA through the pelvis: abdomen and pelvis",
           "renal": "renal artery CTA: abdomen", "ctpa": "pulmonary CTA: chest"}[k]
    good = {"thor": "CHEST", "thab": "CHEST", "abd": "ABDOMEN", "evar": "ABDOMEN", "arch": "CHEST", "archhead": "NECK", "diss": "CHEST",
            "runoff": "ABDOMEN", "mes": "ABDOMEN", "renal": "ABDOMEN", "ctpa": "CHEST"}[k]
    alt = {"thor": ["AORTA", "HEART"], "thab": ["AORTA", "ABDOMEN", "CHEST_TO_PELVIS"], "abd": ["AORTA", "PELVIS"], "evar": ["AORTA"],
           "arch": ["NECK", "AORTA"], "archhead": ["HEAD", "CHEST"], "diss": ["AORTA", "ABDOMEN"], "runoff": ["LEG", "LOWER EXTREMITY", "PELVIS"],
           "mes": ["AORTA"], "renal": ["KIDNEY"], "ctpa": ["LUNG", "THORAX"]}[k]
    ser.append(S(ct_scout(cx, good, alt), lab, lat, why + "; scout of the exam"))
    mon = S(ct_meta(cx, "Monitoring", 10.0, "body", extra_name=False), ["ABDOMEN"] if k in ("abd", "evar", "runoff", "mes", "renal") else ["CHEST"], None,
            "bolus tracking slice at the " + ("abdominal aorta: abdomen" if k in ("abd", "evar", "runoff", "mes", "renal") else "aortic arch/descending aorta: chest"))
    mon["meta"]["SeriesDescription"] = cx.c(["Monitoring", "BolusTracking", "SmartPrep", "Bolus Tracking"])
    bpe(cx, mon["meta"], good, alt)
    ser.append(mon)
    rname = T(cx, de={"thor": "Aorta thor.", "thab": "Aorta", "abd": "Aorta abd.", "evar": "EVAR", "arch": "Bogen/Hals", "archhead": "Bogen-Kopf",
                      "diss": "Aorta", "runoff": "Run-off", "mes": "Mesenterial", "renal": "Nierenarterien", "ctpa": "Pulmonalis"}[k],
              en={"thor": "Thoracic Aorta", "thab": "Aorta", "abd": "AAA", "evar": "EVAR", "arch": "Arch Neck", "archhead": "Arch to COW",
                  "diss": "Aorta", "runoff": "Runoff", "mes": "Mesenteric", "renal": "Renal", "ctpa": "CTPA"}[k],
              pl={"thor": "Aorta pierś.", "thab": "Aorta", "abd": "Aorta brz.", "evar": "EVAR", "arch": "Łuk", "archhead": "Łuk-głowa",
                  "diss": "Aorta", "runoff": "KKD", "mes": "Krezkowe", "renal": "Nerkowe", "ctpa": "Płucne"}[k],
              cs={"thor": "Aorta hrud.", "thab": "Aorta", "abd": "Aorta břiš.", "evar": "EVAR", "arch": "Oblouk", "archhead": "Oblouk-hlava",
                  "diss": "Aorta", "runoff": "DKK", "mes": "Mezenterium", "renal": "Renální", "ctpa": "Plicnice"}[k])
    phases = ["arterial"]
    if k in ("evar", "diss"):
        phases = ["native", "arterial", "late"]
    elif cx.p(0.3):
        phases = ["native", "arterial"]
    for ph in phases:
        pw = {"native": T(cx, de="nativ", en="non-con", pl="bez kontr.", cs="nativ"), "arterial": T(cx, de="arteriell", en="arterial", pl="tętnicza", cs="arteriální"),
              "late": T(cx, de="Spätphase", en="delayed", pl="późna", cs="pozdní")}[ph]
        m = ct_meta(cx, f"{rname} {pw}", cx.c([1.0, 0.75, 1.25, 3.0]) if ph == "arterial" else 3.0, "soft" if ph == "arterial" else "body")
        bpe(cx, m, good, alt)
        ser.append(S(m, lab, lat, why + f"; {ph} phase"))
    if k == "thab" and cx.p(0.5):
        for part_name, plab, pw in [(T(cx, de="Thorax", en="Chest", pl="Klatka", cs="Hrudník"), ["CHEST"], "chest part"),
                                    (T(cx, de="Abdomen/Becken", en="Abdomen/Pelvis", pl="Brzuch/miednica", cs="Břicho/pánev"), AP_, "abdomen-pelvis part")]:
            m = ct_meta(cx, part_name, 3.0, "body", named=True)
            bpe(cx, m, "CHEST" if plab == ["CHEST"] else "ABDOMEN", alt)
            ser.append(S(m, plab, None, f"separate {pw} reconstruction of a whole-aorta CTA"))
    if k == "runoff":
        for s in "LR":
            w = {"de": cx.c(SIDE["de"][s]), "en": {"L": "LT", "R": "RT"}[s], "pl": {"L": "lewa", "R": "prawa"}[s],
                 "cs": {"L": "vlevo", "R": "vpravo"}[s]}[lang]
            if cx.p(0.6):
                m = ct_meta(cx, cx.c([f"MIP Bein {w}", f"CPR {w}"]) if lang == "de" else f"MIP {w}", 1.0, "soft", img="DERIVED\\SECONDARY\\MIP",
                            extra_name=False)
                ser.append(S(m, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], s, f"MIP of one leg from the run-off CTA; side {s} in its name"))
    if cx.p(0.4):
        m = ct_meta(cx, cx.c(["VRT Aorta", "MIP Sag", "VR Gefäße", "3D VR"]), 2.0, "soft", img="DERIVED\\SECONDARY\\VRT", extra_name=False)
        bpe(cx, m, good, alt)
        ser.append(S(m, lab, lat, why + "; 3D reformat of the whole range"))
    ser.append(dose_page(cx, "aortic CTA"))
    return sd, ser


# ---------------------------------------------------------------- chest films

def dx_meta(cx, desc, view=None, portable=False, **kw):
    make, fixed, port = DX_MAKE[cx.v["dx"]]
    mod = "CR" if cx.v["dx"] == "Fujifilm" and cx.p(0.35) else "DX"
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(port if portable else fixed), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def chest(cx):
    k = cx.c(["pa"] * 5 + ["bed"] * 4 + ["pm"] * 2 + ["sternum", "ecmo", "ct"])
    if k == "pa":
        sd = T(cx, de=["Rö Thorax p.a. + seitl.", "Thorax 2 Ebenen", "Röntgen Thorax prä-OP"], pl=["RTG klatki piersiowej PA + boczne", "RTG klp PA", "Zdjęcie klatki piersiowej"],
               cs=["RTG hrudníku", "Snímek plic ZP + bok", "RTG S+P"], en=["XR Chest PA and Lateral", "CXR 2 views"])
        views = [(T(cx, de=["Thorax p.a.", "Thorax pa"], pl=["KLP PA", "CHEST PA"], cs=["Hrudník PA", "Plíce ZP"], en="Chest PA"), "PA"),
                 (T(cx, de=["Thorax seitl.", "Thorax lat"], pl=["KLP BOK", "CHEST LAT"], cs=["Hrudník bok", "Plíce bok"], en="Chest Lateral"), "LL")]
        port = False
    elif k in ("bed", "ecmo"):
        sd = T(cx, de=["Thorax liegend (ITS)", "Rö Thorax im Bett", "Thorax a.p. Intensiv post-OP"], pl=["RTG klp przyłóżkowe AP", "RTG klatki piersiowej w łóżku (OIT)"],
               cs=["Snímek plic vleže (JIP)", "RTG hrudníku na lůžku"], en=["CXR Portable AP", "Chest AP Mobile ICU"])
        if k == "ecmo":
            sd = T(cx, de="Thorax + Abdomen liegend (ECMO-Kanülenlage)", pl="RTG klatki piersiowej i jamy brzusznej przyłóżkowe (ECMO)",
                   cs="Snímek hrudníku a břicha vleže (ECMO kanyly)", en="Chest and Abdomen AP Portable (ECMO cannulae)")
        views = [(T(cx, de=["Thorax a.p. liegend", "Thorax AP"], pl=["KLP AP", "CHEST AP"], cs=["Plíce AP vleže", "Hrudník AP"], en=["Chest AP", "Portable Chest"]), "AP")]
        port = True
    elif k == "pm":
        sd = T(cx, de=["Rö Thorax (SM-Kontrolle nach Implantation)", "Thorax nach ICD-Implantation"], pl="RTG klatki piersiowej - kontrola po implantacji stymulatora",
               cs="Snímek hrudníku - kontrola kardiostimulátoru", en="CXR post pacemaker insertion")
        views = [(T(cx, de="Thorax p.a.", pl="KLP PA", cs="Hrudník PA", en="Chest PA"), "PA"), (T(cx, de="Thorax seitl.", pl="KLP BOK", cs="Hrudník bok", en="Chest Lat"), "LL")]
        port = False
    elif k == "sternum":
        sd = T(cx, de="Rö Sternum seitl. (Cerclagen nach Sternotomie)", pl="RTG mostka boczne", cs="RTG sterna bočně", en="XR Sternum Lateral")
        views = [(T(cx, de="Sternum seitl.", pl="Mostek bok", cs="Sternum bok", en="Sternum LAT"), "LL")]
        port = False
    else:
        sd = T(cx, de="CT Thorax nativ vor Re-Sternotomie", pl="TK klatki piersiowej bez kontrastu przed reoperacją", cs="CT hrudníku nativně před resternotomií",
               en="CT Chest non-contrast pre-redo sternotomy")
        sd = title(cx, sd)
        ser = [S(ct_scout(cx, "CHEST", ["THORAX"]), ["CHEST"], None, "chest CT scout")]
        for kc, nm in [("body", T(cx, de="Thorax", en="Chest", pl="Klatka", cs="Hrudník")), ("lung", T(cx, de="Lunge", en="Lung", pl="Płuca", cs="Plíce"))]:
            m = ct_meta(cx, nm, cx.c([1.0, 1.25, 2.0]), kc)
            bpe(cx, m, "CHEST", ["LUNG", "THORAX"])
            ser.append(S(m, ["CHEST"], None, "chest CT before redo sternotomy: chest"))
        ser.append(dose_page(cx, "chest CT"))
        return sd, ser
    sd = title(cx, sd)
    lab = ["CHEST", "ABDOMEN"] if k == "ecmo" else ["CHEST"]
    why = {"pa": "chest radiograph of a cardiac patient", "bed": "bedside chest film after cardiac surgery", "pm": "chest film for lead position",
           "sternum": "sternum lateral: chest", "ecmo": "chest and abdomen on one film for cannula position"}[k]
    ser = []
    for d, vp in views:
        m = dx_meta(cx, d, vp, port)
        if cx.p(0.35):
            m["AcquisitionDeviceProcessingDescription"] = cx.c(["CHEST PA", "Thorax", "CHEST AP BED", "THORAX AP"]) if k != "ecmo" else "CHEST/ABDOMEN AP"
        bpe(cx, m, "CHEST", ["THORAX", "LUNG", "HEART"] if k != "ecmo" else ["CHEST", "ABDOMEN"], p_missing=0.3, p_alt=0.2 if k != "ecmo" else 0.5)
        ser.append(S(m, lab, None, why))
    return sd, ser


# ---------------------------------------------------------------- neuro (embolic and procedural stroke)

def neuro(cx):
    k = cx.c(["cct", "cct", "cta", "cta", "perf", "mr", "mr", "mra"])
    sd = title(cx, {
        "cct": T(cx, de=["CCT nativ (V.a. Insult nach TAVI)", "CT Schädel nativ", "cCT"], pl=["TK głowy bez kontrastu", "TK mózgowia bez k.c."],
                 cs=["CT mozku nativně", "CT hlavy nativ"], en=["CT Head without contrast", "CT BRAIN NON CON"]),
        "cta": T(cx, de=["CT Angio Kopf/Hals (Stroke)", "CTA Kopf-Hals"], pl="Angio-TK tętnic głowy i szyi", cs="CTA mozkových a krčních tepen",
                 en=["CTA Head and Neck", "CT ANGIO HEAD NECK STROKE"]),
        "perf": T(cx, de="CT Perfusion Kopf", pl="TK perfuzja mózgu", cs="CT perfuze mozku", en="CT Perfusion Brain"),
        "mr": T(cx, de=["MRT Schädel (Embolie? nach Herz-OP)", "MRT Kopf Schlaganfall"], pl=["MR głowy", "MR mózgowia (udar)"], cs=["MR mozku", "MR hlavy - iCMP?"],
                en=["MRI Brain Stroke Protocol", "MRI Head post-TAVI"]),
        "mra": T(cx, de="KM-MRA Halsgefäße", pl="Angio-MR tętnic szyjnych", cs="MRA krčních tepen s k.l.", en="CE-MRA Carotids"),
    }[k])
    ser = []
    if k in ("cct", "cta", "perf"):
        lab = ["HEAD", "NECK"] if k == "cta" else ["HEAD"]
        ser.append(S(ct_scout(cx, "HEAD", ["BRAIN", "NECK"]), lab, None, "scout of the exam: " + "+".join(x.lower() for x in lab)))
        names = {"cct": [(T(cx, de="Kopf", en="Head", pl="Głowa", cs="Hlava"), 5.0, "head", ["HEAD"]), ("Axial", 1.0, "head", ["HEAD"])],
                 "cta": [(T(cx, de="CTA Kopf-Hals", en="CTA Head Neck", pl="Angio głowa-szyja", cs="CTA hlava-krk"), 0.75, "soft", ["HEAD", "NECK"]),
                         ("MIP Circulus", 5.0, "soft", ["HEAD"]), (T(cx, de="MIP Hals cor", en="MIP Neck cor", pl="MIP szyja", cs="MIP krk"), 5.0, "soft", ["NECK"])],
                 "perf": [("Perfusion", 5.0, "head", ["HEAD"]), ("CBF", 5.0, "head", ["HEAD"]), ("Tmax", 5.0, "head", ["HEAD"])]}[k]
        for nm, th, kc, lb in names:
            m = ct_meta(cx, nm, th, kc, extra_name=nm not in ("CBF", "Tmax"), named=True)
            bpe(cx, m, "HEAD", ["BRAIN", "NECK"] if k != "cta" else ["HEAD", "BRAIN", "CAROTID"])
            ser.append(S(m, lb, None, f"{nm}: " + "+".join(x.lower() for x in lb)))
        ser.append(dose_page(cx, "head CT"))
        return sd, ser
    v = cx.v["mr"]
    names = {"Siemens": ["localizer", "ep2d_diff_tra", "t2_tirm_tra_dark-fluid", "swi3d1r_tra", "tof_fl3d_tra"],
             "GE": ["3Pl Loc", "Ax DWI", "Ax T2 FLAIR", "SWAN", "3D TOF"], "Philips": ["Survey", "DWI_SENSE", "T2W_FLAIR", "SWIp", "sTOF"],
             "Canon": ["Locator", "DWI", "FLAIR", "T2*", "TOF"], "United": ["Localizer", "DWI", "FLAIR", "SWI", "TOF"]}[v]
    if k == "mra":
        names = [names[0], cx.c(["fl3d_ce_carotis", "CE MRA Neck", "CE-MRA Carotids"]), "MIP Carotis"]
    for d in names:
        m = mr_meta(cx, d, "EP" if "dw" in d.lower() or "diff" in d.lower() else "GR" if any(x in d.lower() for x in ("swi", "tof", "loc", "fl3d", "t2*")) else "SE\\IR")
        bpe(cx, m, "HEAD" if k == "mr" else "NECK", ["BRAIN", "SKULL"] if k == "mr" else ["CAROTID", "HEAD"])
        lab = ["HEAD"] if k == "mr" else ["NECK"]
        ser.append(S(m, lab, None, ("brain MR" if k == "mr" else "carotid MRA from the bifurcations") + ": " + lab[0].lower()))
    return sd, ser


# ---------------------------------------------------------------- limbs of vascular patients

def limb_title(cx, code, s, extra):
    name, g = part(cx, code, extra)
    lang = cx.lang
    if lang == "de":
        return cx.c([f"Rö {sided(cx, name, g, s)}", f"Röntgen {sided(cx, name, g, s)} in 2 Ebenen", f"{sided(cx, name, g, s)} 2E"])
    if lang == "pl":
        return cx.c([f"RTG {sided(cx, name, g, s)}", f"RTG {sided(cx, name, g, s)} AP i boczne"])
    if lang == "cs":
        return cx.c([f"RTG {sided(cx, name, g, s)}", f"Snímek {sided(cx, name, g, s)}"])
    return cx.c([f"XR {sided(cx, name, g, s)}", f"X-Ray {sided(cx, name, g, s)}"])


def limb(cx):
    r = cx.rng.random()
    lang = cx.lang
    if r < 0.12:
        # MR of a diabetic foot (osteomyelitis under an ischaemic ulcer)
        s = cx.c("LR")
        name, g = part(cx, "FOOT")
        sd = title(cx, T(cx, de=f"MRT {sided(cx, name, g, s)} (Osteomyelitis? diab. Fuss)", pl=f"MR {sided(cx, name, g, s)} (zapalenie kości?)",
                         cs=f"MR {sided(cx, name, g, s)} (osteomyelitida?)", en=f"MRI {sided(cx, name, g, s)} osteomyelitis"))
        v = cx.v["mr"]
        names = {"Siemens": ["localizer", "t1_tse_sag", "t2_tirm_cor", "t1_tse_fs_tra_KM"], "GE": ["3Pl Loc", "Sag T1", "Cor STIR", "Ax T1 FS +C"],
                 "Philips": ["Survey", "T1W_TSE_SAG", "STIR_COR", "T1W_SPIR_TRA_GD"], "Canon": ["Locator", "T1 SAG", "STIR COR", "T1 FS AX +C"],
                 "United": ["Localizer", "T1 sag", "STIR cor", "T1 fs ax +C"]}[v]
        ser = []
        for d in names:
            m = mr_meta(cx, d, "SE")
            if cx.p(0.2):
                m["Laterality"] = s
            bpe(cx, m, "FOOT", ["ANKLE", "EXTREMITY", "LOWER EXTREMITY"])
            ser.append(S(m, ["FOOT"], s, f"foot MR, side {s} from the order; sequence name only"))
        return sd, ser
    if r < 0.2:
        # popliteal entrapment MR of both knees with plantar flexion
        sd = title(cx, T(cx, de="MRT/MRA Kniekehle bds. (Entrapment, Provokation)", pl="MR dołów podkolanowych obustronnie (zespół usidlenia)",
                         cs="MR podkolenních jamek oboustranně (entrapment)", en="MRI Popliteal Fossae Bilateral Entrapment"))
        ser = []
        for d in ["localizer", cx.c(["t1_tse_tra", "Ax T1", "T1W_TSE_TRA"]), cx.c(["TOF neutral", "fl3d_ce_neutral", "MRA neutral"]),
                  cx.c(["TOF Plantarflexion", "MRA stress", "fl3d_ce_flex"])]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "KNEE", ["LEG", "EXTREMITY"])
            ser.append(S(m, ["KNEE", "LEG"], "B", "both popliteal fossae and upper calves: knee and leg, both sides"))
        return sd, ser
    if r < 0.34:
        # both hands for digital ischaemia / calcinosis
        sd = title(cx, T(cx, de=["Rö beide Hände d.p. (Raynaud/Kalzinose)", "Hände bds. d.p."], pl=["RTG obu dłoni PA", "RTG dłoni obustronnie"],
                         cs=["RTG obou rukou", "Snímek rukou oboustranně"], en=["XR Both Hands", "XR Hands Bilateral PA"]))
        m = dx_meta(cx, T(cx, de="Hände d.p.", pl="Dłonie PA", cs="Ruce PA", en="Hands PA"), "PA")
        bpe(cx, m, "HAND", ["EXTREMITY", "UPPER EXTREMITY"])
        ser = [S(m, ["HAND"], "B", "both hands on one film")]
        if cx.p(0.5):
            for s in "LR":
                m = dx_meta(cx, T(cx, de="Hand schräg", pl="Dłoń skośne", cs="Ruka šikmo", en="Hand oblique"), None, ImageLaterality=s)
                bpe(cx, m, "HAND", ["EXTREMITY"])
                ser.append(S(m, ["HAND"], s, f"oblique of one hand in a both-hands order; ImageLaterality {s}"))
        return sd, ser
    code = cx.c(["FOOT"] * 6 + ["ANKLE"] * 2 + ["LEG"] * 2 + ["KNEE", "THIGH", "HIP", "HIP", "WRIST", "WRIST", "HAND", "HAND", "FOREARM", "ELBOW",
                                                              "ARM", "SHOULDER", "SHOULDER"])
    s = cx.c("LR")
    sd = title(cx, limb_title(cx, code, s, cx.p(0.35)))
    why = {"FOOT": "foot radiograph (diabetic/ischaemic foot)", "ANKLE": "ankle radiograph", "LEG": "lower leg radiograph (ulcer, calcified arteries)",
           "KNEE": "knee radiograph", "THIGH": "femur radiograph", "HIP": "hip radiograph after a fall", "WRIST": "wrist radiograph",
           "HAND": "hand radiograph", "FOREARM": "forearm radiograph", "ELBOW": "elbow radiograph", "ARM": "humerus radiograph",
           "SHOULDER": "shoulder girdle radiograph (shoulder or clavicle)"}[code] + f"; side {s} from the order"
    vw = {"de": (["d.p.", "a.p."], ["schräg", "seitl."]), "pl": (["AP", "PA"], ["skośne", "boczne"]), "cs": (["AP", "PA"], ["šikmo", "bočně"]),
          "en": (["AP", "DP"], ["OBL", "LAT"])}[lang]
    ser = []
    body = {"de": PART["de"][code][0], "en": PART["en"][code][0], "pl": NOM["pl"][code], "cs": NOM["cs"][code]}[lang]
    for i, vp in enumerate(["AP", "LAT"]):
        d = cx.c([f"{body} {cx.c(vw[i])}", cx.c(vw[i])])
        m = dx_meta(cx, d, vp if vp == "AP" else cx.c(["LL", "LAT", None]))
        if m.get("ViewPosition") is None:
            m.pop("ViewPosition", None)
        if cx.p(0.45):
            m[cx.c(["ImageLaterality", "Laterality"])] = s
        bpe(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY" if code in ("FOOT", "ANKLE", "LEG", "KNEE", "THIGH", "HIP") else "UPPER EXTREMITY"])
        ser.append(S(m, [code], s, why))
    return sd, ser


# ---------------------------------------------------------------- spine around aortic surgery

def spine(cx):
    k = cx.c(["drain", "drain", "drain", "mrt", "mrt", "mrws", "crib", "crib", "bcvi", "bcvi", "symp", "xlws", "xbws"])
    lang = cx.lang
    ser = []
    if k == "drain":
        sd = T(cx, de=["Spinaldrainage LWS unter DL (vor TEVAR)", "Liquordrainage lumbal (DL)"], pl="Drenaż płynu mózgowo-rdzeniowego L3/L4 w skopii (przed TEVAR)",
               cs="Lumbální drenáž pod skiaskopií (před TEVAR)", en="Fluoro-guided Lumbar Drain (pre-TEVAR)")
        make, models = RF_MAKE[cx.v["rf"]]
        for d in ["Fluoro", cx.c(["LWS a.p.", "L-Spine AP", "Lumbar AP"]), cx.c(["Spot", "LIH"])]:
            m = {"Modality": "RF", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": d}
            bpe(cx, m, "LSPINE", ["SPINE", "ABDOMEN"], p_missing=0.4)
            ser.append(S(m, ["LSPINE"], None, "lumbar drain placement under fluoroscopy: lumbar spine"))
        return title(cx, sd), ser
    if k in ("mrt", "mrws"):
        sd = {"mrt": T(cx, de="MRT BWS (spinale Ischämie nach TEVAR?)", pl="MR odcinka piersiowego kręgosłupa (niedokrwienie rdzenia?)",
                       cs="MR hrudní páteře (ischemie míchy?)", en="MRI Thoracic Spine cord ischaemia"),
              "mrws": T(cx, de="MRT Ganzwirbelsäule (Paraparese nach Aorten-OP)", pl="MR całego kręgosłupa", cs="MR celé páteře", en="MRI Whole Spine")}[k]
        lab = ["TSPINE"] if k == "mrt" else ["CSPINE", "TSPINE", "LSPINE"]
        v = cx.v["mr"]
        names = {"Siemens": ["localizer", "t2_tse_sag", "t1_tse_sag", "ep2d_diff_sag", "t2_tse_tra"], "GE": ["3Pl Loc", "Sag T2 FRFSE", "Sag T1", "Sag DWI", "Ax T2"],
                 "Philips": ["Survey", "T2W_TSE SAG", "T1W_TSE SAG", "DWI SAG", "T2W_TSE TRA"], "Canon": ["Locator", "T2 SAG", "T1 SAG", "DWI SAG", "T2 AX"],
                 "United": ["Localizer", "T2 sag", "T1 sag", "DWI sag", "T2 tra"]}[v]
        if k == "mrws":
            names = names[:2] + [names[1] + ("_comp" if v == "Siemens" else " COMPOSED")] + names[2:3]
        for d in names:
            m = mr_meta(cx, d, "SE")
            bpe(cx, m, "TSPINE" if k == "mrt" else "SPINE", ["SPINE", "CHEST"] if k == "mrt" else ["TSPINE", "CSPINE"])
            ser.append(S(m, lab, None, "spine MR: " + "+".join(x.lower() for x in lab)))
        return title(cx, sd), ser
    if k == "bcvi":
        sd = T(cx, de="CT HWS + CTA Halsgefäße (Trauma, BCVI)", pl="TK odcinka szyjnego + angio-TK tętnic szyjnych i kręgowych (uraz)",
               cs="CT krční páteře + CTA krčních tepen (trauma)", en="CT C-Spine and CTA Neck (trauma)")
        ser.append(S(ct_scout(cx, "CSPINE", ["NECK", "SPINE"]), ["NECK", "CSPINE"], None, "scout of C-spine and neck CTA"))
        m = ct_meta(cx, T(cx, de="HWS Knochen", en="C-Spine Bone", pl="Odc. szyjny kość", cs="C páteř kost"), 1.0, "lung", named=True)
        bpe(cx, m, "CSPINE", ["NECK", "SPINE"])
        ser.append(S(m, ["CSPINE"], None, "bone recon of the cervical spine"))
        m = ct_meta(cx, T(cx, de="CTA Hals", en="CTA Neck", pl="Angio szyja", cs="CTA krk"), 0.75, "soft", named=True)
        bpe(cx, m, "NECK", ["CSPINE", "HEAD"])
        ser.append(S(m, ["NECK", "CSPINE"], None, "neck CTA covering the cervical spine and vertebral arteries"))
        ser.append(dose_page(cx, "trauma CT"))
        return title(cx, sd), ser
    if k == "symp":
        sd = T(cx, de="CT-gesteuerte lumbale Sympathikolyse li.", pl="Neuroliza pnia współczulnego lędźwiowego pod kontrolą TK", cs="CT navigovaná lumbální sympatektomie",
               en="CT-guided Lumbar Sympathectomy")
        ser.append(S(ct_scout(cx, "LSPINE", ["ABDOMEN"]), ["LSPINE"], None, "scout of the lumbar sympathetic block at L2-L4"))
        for d in ["Planung", "Nadel", "Kontrast"] if lang == "de" else ["Planning", "Needle", "Contrast"]:
            m = ct_meta(cx, d, 3.0, "body")
            bpe(cx, m, "LSPINE", ["ABDOMEN", "SPINE"])
            ser.append(S(m, ["LSPINE"], None, "CT-guided needle at the lumbar vertebral bodies (L2-L4): lumbar spine"))
        return title(cx, sd), ser
    if k == "crib":
        sd = T(cx, de="Rö HWS a.p. (Halsrippe? TOS)", pl="RTG odcinka szyjnego kręgosłupa (żebro szyjne?)", cs="RTG krční páteře (krční žebro?)",
               en="XR Cervical Spine (cervical rib?)")
        lab, why, d = ["CSPINE"], "cervical spine film looking for a cervical rib", T(cx, de="HWS a.p.", pl="Odc. szyjny AP", cs="C páteř AP", en="C-Spine AP")
        good = "CSPINE"
    elif k == "xlws":
        sd = T(cx, de="Rö LWS 2 Ebenen", pl="RTG odcinka lędźwiowego kręgosłupa AP + boczne", cs="RTG bederní páteře", en="XR Lumbar Spine")
        lab, why, d = ["LSPINE"], "lumbar spine film", T(cx, de="LWS a.p.", pl="L-S AP", cs="L páteř AP", en="L-Spine AP")
        good = "LSPINE"
    else:
        sd = T(cx, de="Rö BWS (nach Reanimation)", pl="RTG odcinka piersiowego kręgosłupa", cs="RTG hrudní páteře", en="XR Thoracic Spine")
        lab, why, d = ["TSPINE"], "thoracic spine film", T(cx, de="BWS a.p.", pl="Th AP", cs="Th páteř AP", en="T-Spine AP")
        good = "TSPINE"
    for dd, vp in [(d, "AP"), (d.replace("a.p.", "seitl.").replace("AP", "LAT"), "LL")]:
        m = dx_meta(cx, dd, vp)
        bpe(cx, m, good, ["SPINE", "NECK" if good == "CSPINE" else "CHEST"])
        ser.append(S(m, lab, None, why))
    return title(cx, sd), ser


# ---------------------------------------------------------------- breast (cardio-oncology imports)

def breast(cx):
    k = cx.c(["mg", "mg", "mg", "mgone", "us", "us", "mr"])
    make, models = MG_MAKE[cx.v["mg"]]
    ser = []
    if k in ("mg", "mgone"):
        one = cx.c("LR") if k == "mgone" else None
        if one:
            w = {"de": cx.c(SIDE["de"][one]), "pl": SIDE["pl"][one]["f"], "cs": SIDE["cs"][one]["adv"], "en": cx.c(SIDE["en"][one])}[cx.lang]
            sd = T(cx, de=f"Mammographie {w} (Nachsorge)", pl=f"Mammografia piersi {w}", cs=f"Mamografie {w}", en=f"Mammogram {w} follow-up")
        else:
            sd = T(cx, de=["Mammographie bds. (Kardioonkologie, Vorbefund)", "Mammographie beidseits"], pl=["Mammografia obu piersi", "Mammografia obustronna"],
                   cs=["Mamografie oboustranná", "Mamografie obou prsů"], en=["Bilateral Mammogram", "Mammogram Both"])
        for s in ([one] if one else ["R", "L"]):
            for view in ["CC", "MLO"]:
                m = {"Modality": "MG", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": f"{s} {view}",
                     "ImageLaterality": s, "ViewPosition": view}
                bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.25, p_alt=0.05)
                ser.append(S(m, ["BREAST"], s, f"mammogram view of the {'right' if s == 'R' else 'left'} breast; ImageLaterality says which"))
        return title(cx, sd), ser
    if k == "us":
        s = cx.c("LRB")
        if s == "B":
            sd = T(cx, de="Mammasonographie bds.", pl="USG piersi obustronnie", cs="UZ prsů oboustranně", en="US Breasts Bilateral")
        else:
            w = {"de": cx.c(SIDE["de"][s]), "pl": SIDE["pl"][s]["f"], "cs": SIDE["cs"][s]["adv"], "en": cx.c(SIDE["en"][s])}[cx.lang]
            sd = T(cx, de=f"Mammasonographie {w}", pl=f"USG piersi {w}", cs=f"UZ prsu {w}", en=f"US Breast {w}")
        mk = US_MAKE[cx.v["us"]]
        for i in range(cx.c([1, 2])):
            m = {"Modality": "US", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1])}
            if cx.p(0.4):
                m["SeriesDescription"] = cx.c(["Breast", "Small Parts", "Mamma"])
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["BREAST"], s, f"breast ultrasound, side {s} from the order"))
        return title(cx, sd), ser
    sd = T(cx, de="MRT Mamma bds. mit KM", pl="MR piersi obustronnie z kontrastem", cs="MR prsů oboustranně s k.l.", en="MRI Breasts Bilateral")
    for d in {"Siemens": ["localizer", "t2_tse_tra", "fl3d_dyn_tra", "sub_1"], "GE": ["3Pl Loc", "Ax T2", "VIBRANT dyn", "SUB 1"],
              "Philips": ["Survey", "T2W_TSE_TRA", "THRIVE dyn", "SUB"], "Canon": ["Locator", "T2 AX", "DYN", "SUB"],
              "United": ["Localizer", "T2 tra", "dyn", "sub"]}[cx.v["mr"]]:
        m = mr_meta(cx, d, "GR")
        bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.3, p_alt=0.25)
        ser.append(S(m, ["BREAST"], "B", "bilateral breast MR"))
    return title(cx, sd), ser


FAMILY = {"cardiac-ct": cardiac_ct, "cardiac-mr": cardiac_mr, "nuc": nuc, "vasc-us": vasc_us, "angio": angio, "aorta": aorta, "chest": chest,
          "neuro": neuro, "limb": limb, "spine": spine, "breast": breast}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "pdf", "qa", "nmqc"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Document", T(cx, de=["Überweisung", "Zuweisung gescannt"], pl=["Skierowanie", "Skan skierowania"],
                                                                 cs=["Žádanka", "Sken žádanky"], en="Referral form")])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", T(cx, de="Schlüsselbilder", pl="Obrazy kluczowe", cs="Klíčové snímky", en="Key Object Selection")])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Measurements", "Annotations"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, "dose structured report"
    if k == "pdf":
        return {"Modality": "DOC", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.104.1",
                "SeriesDescription": cx.c(["TAVI Planning Report (PDF)", "Befund PDF", "Report PDF", "cvi42 Report PDF"])}, "encapsulated PDF report"
    if k == "qa":
        return {"Modality": "CT", "Manufacturer": CT_MAKE[cx.v["ct"]][0], "SeriesDescription": cx.c(["Daily QA Water Phantom", "QA Wasserphantom", "Constancy Test"]),
                "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, "CT water phantom: no patient"
    return {"Modality": "NM", "Manufacturer": NM_MAKE[cx.v["nm"]][0], "SeriesDescription": cx.c(["Intrinsic Uniformity Flood", "COR QC", "Daily Flood Co-57"])}, \
        "gamma camera QC flood: no patient"


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
        _langs, _kind, target, _vend, strata = SITES[site]
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
            if extras and rng.random() < 0.12:
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
                # some worklist bridges keep only 16 characters of the procedure step
                if len(sd) > 16 and rng.random() < 0.1:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                # a hand-typed order now and then carries a slip of the keyboard
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5 and not why.startswith(("CT water", "gamma")):
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
                else:
                    meta["StudyDescription"] = sd if not why.startswith(("CT water", "gamma")) else rng.choice(["QA", "Qualitätskontrolle", "Daily QC", "Kontrola jakości"])
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
