"""Writes tests/anatomy/data/clinical_set_37.jsonl: series from five heart and vascular imaging
practices (US, UK/Australia, France, Italy, Japan), labelled blind against the shared anatomy
spec (see README.md beside this file).

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

SEED = 37
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_37.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
LEGV = ["THIGH", "KNEE", "LEG"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
ARMV = ["ARM", "ELBOW", "FOREARM"]
ARMFULL = ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND"]

# ---------------------------------------------------------------- sites
# name: kind, languages, rows, vendors per modality, strata with weights
SITES = {
    "us-acad": {
        "kind": "academic cardiovascular imaging department, USA", "langs": "English (US abbreviations)", "n": 200,
        "v": {"CT": ["Siemens", "Siemens", "GE"], "MR": ["GE", "Siemens"], "US": ["Philips", "GE"], "XA": ["GE", "Siemens"],
              "DX": ["Carestream"], "NM": ["GE"], "PT": ["Siemens"], "MG": ["Hologic"], "IV": ["Boston"], "BD": ["Hologic"]},
        "strata": {"cardiac-ct": 4, "cardiac-mr": 3, "nuclear": 4, "vasc-us": 4, "angio": 3, "cta-mra": 3, "chest-film": 2, "other": 4},
    },
    "uk-vasc": {
        "kind": "vascular surgery and interventional radiology unit, UK and Australia", "langs": "English (UK/AU)", "n": 190,
        "v": {"CT": ["Canon", "Siemens"], "MR": ["Philips"], "US": ["GE", "Canon", "Samsung"], "XA": ["Philips", "Siemens"],
              "DX": ["Agfa"], "NM": ["Siemens"], "PT": ["GE"], "MG": ["Hologic"], "IV": ["Philips"], "BD": ["GE"]},
        "strata": {"cardiac-ct": 1, "cardiac-mr": 1, "nuclear": 1, "vasc-us": 6, "angio": 6, "cta-mra": 4, "chest-film": 2, "other": 3},
    },
    "fr-cardio": {
        "kind": "centre de cardiologie et de pathologie vasculaire, France", "langs": "French (ASCII consoles), English", "n": 190,
        "v": {"CT": ["GE", "Siemens"], "MR": ["Siemens"], "US": ["Canon", "Mindray", "GE"], "XA": ["Philips"],
              "DX": ["Fujifilm"], "NM": ["Spectrum", "GE"], "PT": ["Siemens"], "MG": ["Hologic"], "IV": ["Abbott"], "BD": ["Hologic"]},
        "strata": {"cardiac-ct": 3, "cardiac-mr": 3, "nuclear": 3, "vasc-us": 5, "angio": 4, "cta-mra": 3, "chest-film": 2, "other": 3},
    },
    "it-cvrad": {
        "kind": "radiologia cardiovascolare di un ospedale, Italia", "langs": "Italian, English", "n": 185,
        "v": {"CT": ["Philips", "UIH"], "MR": ["GE", "Siemens"], "US": ["Esaote", "Samsung"], "XA": ["Philips", "Siemens"],
              "DX": ["Fujifilm", "Agfa"], "NM": ["GE"], "PT": ["GE"], "MG": ["Hologic"], "IV": ["Philips"], "BD": ["GE"]},
        "strata": {"cardiac-ct": 4, "cardiac-mr": 4, "nuclear": 2, "vasc-us": 4, "angio": 3, "cta-mra": 4, "chest-film": 2, "other": 3},
    },
    "jp-heart": {
        "kind": "heart centre, Japan", "langs": "Japanese (kanji/katakana), romaji, English", "n": 195,
        "v": {"CT": ["Canon", "Canon", "Siemens"], "MR": ["Philips", "Canon"], "US": ["Canon", "Fujifilm"], "XA": ["Canon", "Shimadzu"],
              "DX": ["Fujifilm", "Konica"], "NM": ["Siemens", "GE"], "PT": ["Siemens"], "MG": ["Fujifilm"], "IV": ["Terumo"], "BD": ["Hologic"]},
        "strata": {"cardiac-ct": 4, "cardiac-mr": 2, "nuclear": 4, "vasc-us": 4, "angio": 4, "cta-mra": 3, "chest-film": 2, "other": 3},
    },
}
NOANAT_SHARE = 0.035

MAKE = {
    ("CT", "Siemens"): ("SIEMENS", ["SOMATOM Force", "SOMATOM Drive", "NAEOTOM Alpha", "SOMATOM Definition Flash"]),
    ("CT", "GE"): ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Apex", "Discovery CT750 HD"]),
    ("CT", "Canon"): ("CANON_MEC", ["Aquilion ONE", "Aquilion ONE PRISM", "Aquilion Precision"]),
    ("CT", "Philips"): ("Philips", ["IQon - Spectral CT", "Brilliance iCT", "CT 5300"]),
    ("CT", "UIH"): ("UIH", ["uCT 960+", "uCT 760"]),
    ("MR", "GE"): ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Premier", "DISCOVERY MR750w"]),
    ("MR", "Siemens"): ("SIEMENS", ["MAGNETOM Aera", "MAGNETOM Sola", "MAGNETOM Vida"]),
    ("MR", "Philips"): ("Philips Medical Systems", ["Ingenia", "Ingenia Elition X", "Ingenia Ambition X"]),
    ("MR", "Canon"): ("CANON_MEC", ["Vantage Orian", "Vantage Galan 3T"]),
    ("US", "Philips"): ("Philips Ultrasound", ["EPIQ 7G", "Affiniti 70G", "EPIQ CVx"]),
    ("US", "GE"): ("GE Healthcare", ["LOGIQ E10", "LOGIQ E9", "Vivid E95"]),
    ("US", "Canon"): ("CANON_MEC", ["Aplio i800", "Aplio i700", "TUS-AI800"]),
    ("US", "Samsung"): ("SAMSUNG MEDISON CO., LTD.", ["RS85", "V8"]),
    ("US", "Mindray"): ("Mindray", ["Resona 7", "Resona I9"]),
    ("US", "Esaote"): ("Esaote", ["MyLab X8", "MyLab Twice", "MyLab 9"]),
    ("US", "Fujifilm"): ("FUJIFILM Healthcare Corporation", ["ARIETTA 850", "ARIETTA 750"]),
    ("XA", "GE"): ("GE Healthcare", ["Innova IGS 520", "Allia IGS 7"]),
    ("XA", "Siemens"): ("SIEMENS", ["Artis Q", "ARTIS icono", "AXIOM-Artis"]),
    ("XA", "Philips"): ("Philips Medical Systems", ["Azurion 7 M20", "Allura Xper FD20", "Azurion 3 M15"]),
    ("XA", "Canon"): ("CANON_MEC", ["Alphenix", "INFX-8000V"]),
    ("XA", "Shimadzu"): ("SHIMADZU Corporation", ["Trinias", "BRANSIST alexa"]),
    ("DX", "Carestream"): ("Carestream Health", ["DRX-Revolution", "DRX-Evolution Plus"]),
    ("DX", "Agfa"): ("Agfa", ["DX-D 600", "DR 100s"]),
    ("DX", "Fujifilm"): ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR nano", "FCR Capsula XL II"]),
    ("DX", "Konica"): ("KONICA MINOLTA", ["AeroDR", "CS-7"]),
    ("NM", "GE"): ("GE MEDICAL SYSTEMS", ["Discovery NM 530c", "Discovery NM/CT 670", "MyoSPECT"]),
    ("NM", "Siemens"): ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"]),
    ("NM", "Spectrum"): ("Spectrum Dynamics", ["D-SPECT"]),
    ("PT", "Siemens"): ("SIEMENS", ["Biograph Vision 600", "Biograph mCT"]),
    ("PT", "GE"): ("GE MEDICAL SYSTEMS", ["Discovery MI", "Omni Legend"]),
    ("MG", "Hologic"): ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    ("MG", "Fujifilm"): ("FUJIFILM Corporation", ["AMULET Innovality"]),
    ("IV", "Boston"): ("Boston Scientific", ["iLab"]),
    ("IV", "Philips"): ("Philips Volcano", ["IntraSight", "s5i"]),
    ("IV", "Abbott"): ("Abbott", ["OPTIS Integrated"]),
    ("IV", "Terumo"): ("TERUMO", ["VISICUBE", "VISIWAVE"]),
    ("BD", "Hologic"): ("HOLOGIC", ["Horizon A", "Discovery Wi"]),
    ("BD", "GE"): ("GE Healthcare", ["Lunar iDXA", "Lunar Prodigy"]),
}

# ---------------------------------------------------------------- side words
SW = {
    "us": {"R": ["RT", "RIGHT", "Rt"], "L": ["LT", "LEFT", "Lt"], "B": ["BILAT", "BILATERAL", "BIL"]},
    "uk": {"R": ["Right", "Rt", "RIGHT", "R"], "L": ["Left", "Lt", "LEFT", "L"], "B": ["Bilateral", "Both", "BILATERAL"]},
    "fr": {"R": ["droit", "D", "dt"], "L": ["gauche", "G", "gche"], "B": ["bilatéral", "bilat", "bilat."]},
    "it": {"R": ["destro", "dx", "DX"], "L": ["sinistro", "sx", "SX"], "B": ["bilaterale", "bil.", "bilat."]},
    "ja": {"R": ["右"], "L": ["左"], "B": ["両側"]},
    "jr": {"R": ["MIGI", "RT", "R"], "L": ["HIDARI", "LT", "L"], "B": ["RYOUSOKU", "BIL"]},
}
FEM = {"fr": {"droit": "droite", "bilatéral": "bilatérale"}, "it": {"destro": "destra", "sinistro": "sinistra"}}
# series-level side tags as scanners and sonographers type them
SER_SIDE = {"R": ["RT", "Rt", "R", "RIGHT"], "L": ["LT", "Lt", "L", "LEFT"]}
SER_SIDE_FR = {"R": ["D", "DT", "DROIT"], "L": ["G", "GCHE", "GAUCHE"]}
SER_SIDE_IT = {"R": ["DX", "dx", "Dx"], "L": ["SX", "sx", "Sx"]}
SER_SIDE_JA = {"R": ["右", "RT", "R"], "L": ["左", "LT", "L"]}


def cjk(text):
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        self.lang = {"us-acad": "us", "uk-vasc": "uk", "fr-cardio": "fr", "it-cvrad": "it", "jp-heart": "ja"}[site]
        # French consoles of this centre are ASCII-only more often than not
        self.ascii = self.lang == "fr" and rng.random() < 0.6
        self.romaji = self.lang == "ja" and rng.random() < 0.35
        self.vend = {}

    def c(self, seq):
        # consoles outside Japan have no Japanese names to offer
        if self.lang != "ja" and any(isinstance(x, str) and not x.isascii() and cjk(x) for x in seq):
            kept = [x for x in seq if not (isinstance(x, str) and cjk(x))]
            seq = kept or seq
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def vendor(self, mod):
        key = {"CR": "DX", "RF": "XA", "IVUS": "IV", "IVOCT": "IV", "OCT": "IV", "BMD": "BD"}.get(mod, mod)
        if key not in self.vend:
            self.vend[key] = self.c(self.cfg["v"][key])
        return self.vend[key]

    def sside(self, s):
        """A side tag in a series name: the site's own letters now and then, English otherwise."""
        table = {"fr": SER_SIDE_FR, "it": SER_SIDE_IT, "ja": SER_SIDE_JA}.get(self.lang)
        if table and self.p(0.5):
            return self.c(table[s])
        return self.c(SER_SIDE[s])


def sideword(cx, s, fem=False):
    lang = "jr" if cx.romaji else cx.lang
    w = cx.c(SW[lang][s])
    if fem and lang in FEM:
        w = FEM[lang].get(w, w)
    return w


def T(cx, side=None, **forms):
    """A study description in the site's own words; ``{s}``/``{sf}`` take the side word
    (masculine/feminine). Japanese forms are (kanji, romaji) pairs."""
    got = forms.get(cx.lang) or forms.get("en")
    if cx.lang == "us" and "us" not in forms:
        got = forms["uk"]
    if cx.lang == "uk" and "uk" not in forms:
        got = forms["us"]
    t = cx.c(got)
    if cx.lang == "ja":
        t = t[1] if cx.romaji else t[0]
    if side:
        t = t.replace("{s}", sideword(cx, side)).replace("{sf}", sideword(cx, side, fem=True))
    if cx.lang == "fr":
        if cx.ascii:
            t = strip_accents(t).upper()
        elif cx.p(0.3):
            t = t.upper()
    if cx.lang == "it" and cx.p(0.6):
        t = t.upper()
    if cx.lang == "us" and cx.p(0.7):
        t = t.upper()
    return t


def loc(cx, text):
    """A scanner-side text typed on the site's console (accents dropped on ASCII consoles)."""
    return strip_accents(text) if cx.lang == "fr" and cx.ascii else text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def mk(cx, mod, desc, bpe=None, alt=None, vmod=None, **kw):
    """A series header; ``vmod``: the modality whose machine made it (the CT of a PET/CT, a SPECT's result page)."""
    v = cx.vendor(vmod or mod)
    key = {"CR": "DX", "RF": "XA", "IVUS": "IV", "IVOCT": "IV", "BMD": "BD"}.get(vmod or mod, vmod or mod)
    make, models = MAKE[(key, v)]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    m.update({k: v2 for k, v2 in kw.items() if v2 is not None})
    r = cx.rng.random()
    if bpe and r > 0.2:
        m["BodyPartExamined"] = cx.c(alt) if alt and r < 0.33 else bpe
    return m


def dose_page(cx, mod="CT"):
    v = cx.vendor("CT")
    d = {"Siemens": "Patient Protocol", "GE": "Dose Report", "Canon": "Dose Info", "Philips": "Dose Info", "UIH": "Dose Report"}[v]
    return S({"Modality": mod, "Manufacturer": MAKE[("CT", v)][0], "SeriesDescription": d,
              "ImageType": "DERIVED\\SECONDARY\\OTHER", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7"}, [], None,
             "CT dose page: text, no anatomy", img=False)


def dose_sr(cx, mod="SR", xa=False):
    return S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
              "SeriesDescription": "X-Ray Radiation Dose SR" if xa else cx.c(["Radiation Dose Information", "Dose SR", "CT Dose Report"])},
             [], None, "dose structured report: no pixels", img=False)


def scout(cx, labels, why, lat=None, bpe=None):
    v = cx.vendor("CT")
    d = {"Siemens": cx.c(["Topogram  0.6  T20f", "Topogram  0.6  Tr20f"]), "GE": cx.c(["Scout", "SCOUT"]),
         "Canon": cx.c(["Scanogram", "SCANO"]), "Philips": "Surview", "UIH": "Topo"}[v]
    return S(mk(cx, "CT", d, bpe, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, lat, why + "; scout of the exam")


def recon(cx, region, th, kind="soft", **kw):
    """A CT reconstruction named the way each vendor names it."""
    v = cx.vendor("CT")
    if v == "Siemens":
        k = {"soft": "Bv40", "card": cx.c(["Bv40", "Qr36"]), "lung": "Bl57", "ca": "Qr36", "bone": "Br64"}[kind]
        return f"{region}  {th}  {k}  3", k
    if v == "GE":
        k = {"soft": "STANDARD", "card": "STANDARD", "lung": "LUNG", "ca": "STANDARD", "bone": "BONE"}[kind]
        return cx.c([f"{th}mm {k[:4]}", f"{region} {th}mm", f"{th} {k}"]), k
    if v == "Canon":
        k = {"soft": "FC13", "card": "FC43", "lung": "FC52", "ca": "FC12", "bone": "FC30"}[kind]
        return cx.c([f"{region} {th} {k}", f"{region} {th} AIDR 3D", f"{th}mm {k}"]), k
    if v == "Philips":
        k = {"soft": "B", "card": "XCB", "lung": "L", "ca": "B", "bone": "D"}[kind]
        return cx.c([f"iDose4 {region} {th}", f"{region} {th} {k}", f"Mono 70keV {th}"]), k
    k = {"soft": "B_SOFT_B", "card": "B_SOFT_C", "lung": "L_SHARP_C", "ca": "B_SOFT_B", "bone": "B_SHARP_C"}[kind]
    return cx.c([f"{region} {th}mm", f"{region}_{th}_{k}"]), k


def ct(cx, region, th, kind, labels, why, bpe=None, alt=None, derived=None, **kw):
    d, k = recon(cx, region, th, kind)
    if derived:
        d = derived
    it = "DERIVED\\SECONDARY\\REFORMATTED" if derived else "ORIGINAL\\PRIMARY\\AXIAL"
    return S(mk(cx, "CT", d, bpe, alt, ConvolutionKernel=k, SliceThickness=str(th), ImageType=it, **kw), labels, None, why)


# ---------------------------------------------------------------- cardiac CT
CT_CONTRAST = {"us": "OMNIPAQUE 350", "uk": "Omnipaque 350", "fr": "IOMERON 400", "it": "Iomeron 400", "ja": "イオメロン350"}


def ex_cacs(cx):
    sd = T(cx, us=["CT CARDIAC CALCIUM SCORING", "CT HEART CALCIUM SCORE WO CONTRAST", "CT CARDIAC SCORING"],
           uk=["CT Calcium Score", "CT Coronary Calcium Score"],
           fr=["Score calcique coronaire", "Scanner coronaire score calcique", "TDM score calcique"],
           it=["TC cuore calcium score", "TC score calcio coronarico"],
           ja=[("冠動脈石灰化スコア", "CACS"), ("心臓CT(カルシウムスコア)", "SHINZOU CT CA SCORE")])
    why = "coronary calcium score: heart, CHEST"
    ser = [scout(cx, ["CHEST"], why, bpe="CHEST"),
           ct(cx, cx.c(["CaSc", "Calcium Score", "Heart"]), "3.0", "ca", ["CHEST"], why, "HEART", ["CHEST", "CARDIAC"]),
           dose_page(cx)]
    return sd, ser


def ex_ccta(cx):
    sd = T(cx, us=["CTA CORONARY ARTERIES W CONTRAST", "CT CORONARY ANGIOGRAM W CALCIUM SCORE", "CTA HEART W CONTRAST",
                   "CCTA W FFR-CT"],
           uk=["CT Coronary Angiogram", "CTCA", "CT Coronary Angiography"],
           fr=["Coroscanner", "Scanner des coronaires", "Angio-TDM coronaire", "CORO-SCANNER"],
           it=["Angio-TC coronarie", "TC cuore coronarie con mdc", "Cardio TC"],
           ja=[("冠動脈CT", "KANDOUMYAKU CT"), ("心臓CT(冠動脈)", "SHINZOU CT"), ("冠動脈CTA", "CORONARY CTA")])
    why = "coronary CT angiography: heart, CHEST"
    region = {"us": "Cor CTA", "uk": "Cardiac", "fr": "Coeur", "it": "Cuore", "ja": "Cardiac"}[cx.lang]
    ser = [scout(cx, ["CHEST"], why, bpe="HEART"),
           ct(cx, "CaSc", "3.0", "ca", ["CHEST"], why + "; calcium run", "HEART", ["CHEST"]),
           ct(cx, region, cx.c(["0.6", "0.5", "0.75"]), "card", ["CHEST"], why, "HEART", ["CHEST", "CORONARY", "CARDIAC"]),
           ct(cx, region, "0.6", "card", ["CHEST"], why + "; phase recon", "HEART",
              derived=cx.c(["BestDiast 75%", "BestSyst 40%", "Cor 0.6 Bv40 70%", "Phase 75%", "CARDIAC 75% 0.5"])),
           ct(cx, region, "1.0", "card", ["CHEST"], why + "; curved reformat of a coronary", None,
              derived=cx.c(["CPR LAD", "CPR RCA", "CPR Cx", "MIP LAD", "VRT Heart", "Curved MPR RCA", "LAD_CPR"])),
           ct(cx, "Thorax", "1.0", "lung", ["CHEST"], why + "; full field of view lung recon", "CHEST",
              derived=cx.c(["Lung FOV 1.0", "Full FOV Lung", "Large FOV 1.25 LUNG", "Thorax 1.0 Bl57"])),
           dose_page(cx), dose_sr(cx)]
    for s in ser[2:4]:
        s["meta"]["ContrastBolusAgent"] = CT_CONTRAST[cx.lang]
    return sd, ser


def ex_tavi(cx):
    sd = T(cx, us=["CTA TAVR PLANNING CHEST ABD PELVIS", "CT TAVR PROTOCOL", "CTA CHEST ABD PELVIS TAVR"],
           uk=["CT TAVI work-up", "CT TAVI planning aorta and iliofemorals", "CTA TAVI"],
           fr=["Angioscanner bilan pré-TAVI", "Scanner pré-TAVI aorte et axes ilio-fémoraux", "TDM BILAN TAVI"],
           it=["Angio-TC pre-TAVI", "TC studio pre-TAVI aorta e assi iliaco-femorali"],
           ja=[("TAVI術前CT", "TAVI JUTSUZEN CT"), ("TAVI評価CT(大動脈-大腿)", "TAVI CT")])
    why = "TAVI planning"
    ser = [scout(cx, CAP, why + " from aortic root to femoral heads", bpe="CHEST"),
           ct(cx, "Aortic root", "0.6", "card", ["CHEST"], why + "; ECG-gated aortic root and annulus: CHEST", "HEART",
              derived=cx.c(["TAVI Root 30% 0.6", "Annulus 35%", "TAVI ECG gated 0.75", "Aortic valve 30%"])),
           ct(cx, "Angio", "1.0", "soft", CAP, why + "; aorto-iliofemoral access run: chest, abdomen, pelvis", "CHEST",
              ["ABDOMEN", "WHOLEBODY", "AORTA"]),
           ct(cx, "Angio", "1.0", "soft", AP, why + "; iliofemoral access MIP", None,
              derived=cx.c(["MIP iliacs", "Iliofemoral MIP", "MIP Ilio-fem", "VRT iliac access"])),
           dose_page(cx)]
    return sd, ser


def ex_pvct(cx):
    sd = T(cx, us=["CT CARDIAC PULMONARY VEIN MAPPING", "CTA HEART PRE ABLATION", "CT LEFT ATRIUM PV"],
           uk=["CT Left Atrium and Pulmonary Veins", "CT Pre-AF ablation", "CT LAA occlusion planning"],
           fr=["Scanner oreillette gauche et veines pulmonaires", "Angio-TDM OG pré-ablation", "Scanner auricule gauche"],
           it=["TC atrio sinistro e vene polmonari", "Angio-TC pre-ablazione FA", "TC auricola sinistra"],
           ja=[("心臓CT(左房・肺静脈)", "SHINZOU CT PV"), ("アブレーション術前CT", "ABLATION CT")])
    why = "left atrium / pulmonary vein CT: CHEST"
    ser = [scout(cx, ["CHEST"], why, bpe="CHEST"),
           ct(cx, cx.c(["LA PV", "Cardiac", "Heart"]), "0.75", "card", ["CHEST"], why, "HEART", ["CHEST"]),
           ct(cx, "LA", "1.0", "card", ["CHEST"], why + "; 3D of the left atrium", None,
              derived=cx.c(["VRT LA", "LA Endoview", "3D LA PV", "LAA Delay"])), dose_page(cx)]
    return sd, ser


# ---------------------------------------------------------------- cardiac MR
def cmr_series(cx, why):
    v = cx.vendor("MR")
    L = ["CHEST"]

    def m(desc, seq=None, scan=None, **kw):
        return S(mk(cx, "MR", desc, "HEART", ["CHEST", "CARDIAC"], SequenceName=seq, ScanningSequence=scan, **kw), L, None,
                 why + ("; localizer" if "loc" in desc.lower() or "survey" in desc.lower() else ""))
    if v == "Siemens":
        return [m("localizer", "*fl2d1", "GR"), m("localizer_haste", "*h2d1_320", "SE"),
                m(cx.c(["trufi_loc_multi", "cine_trufi_4ch", "cine_trufi_2ch", "cine_trufi_3ch", "cine_trufi_sa"]), "*tfi2d1_12", "GR"),
                m(cx.c(["t1_map_MOLLI_sa", "MOLLI 5(3)3 SA", "T2 map SA"]), "*tfi2d1", "GR"),
                m(cx.c(["PSIR_TFL_SA", "tfl_psir_sa_LGE", "LGE PSIR 4ch", "TI scout"]), "*tfl2d1", "GR"),
                m(cx.c(["flow_Ao_asc", "fl_pc_Ao ven150", "PC Flow Ao"]), "*fl2d1_v150in", "GR"),
                m(cx.c(["perf_stress_sa", "tfl_perf_rest"]), "*tfl2d1_2", "GR")]
    if v == "GE":
        return [m(cx.c(["3Pl Loc", "3-Plane Loc SSFSE"]), None, "GR"), m("Ax SSFSE BH", None, "SE"),
                m(cx.c(["FIESTA CINE SAX", "FIESTA CINE 4CH", "FIESTA CINE LVOT", "FIESTA CINE 2CH"]), None, "GR"),
                m(cx.c(["MDE PSIR SAX", "MDE 2D 4CH", "Myocardial Delayed Enhancement SAX"]), None, "GR"),
                m(cx.c(["T1 Mapping SMART1", "T2 MAP SAX", "T1 MOLLI pre"]), None, "GR"),
                m(cx.c(["2D PC Aorta", "Flow Ao"]), None, "GR"), m("Fast Cardiac Perfusion", None, "GR")]
    if v == "Philips":
        return [m("Survey", None, None), m(cx.c(["SmartExam Cardiac", "Ref_Cardiac", "bTFE_BH Trans"]), None, "GR"),
                m(cx.c(["sBTFE_SA", "sBTFE_4CH", "sBTFE_2CH", "BTFE_BH_SA cine"]), None, "GR"),
                m(cx.c(["3D_PSIR_SA", "LGE_PSIR_SA", "PSIR_4CH"]), None, "IR"),
                m(cx.c(["T1_MOLLI_pre_SA", "T2map_GraSE"]), None, "GR"), m("Q-Flow Ao 150", None, "GR")]
    return [m("locator", None, "GR"), m(cx.c(["CINE_SSFP_SA", "CINE SA", "シネ 短軸"]), None, "GR"),
            m(cx.c(["LGE_PSIR_SA", "遅延造影 SA"]), None, "IR"), m(cx.c(["T1MAP_MOLLI", "T2 MAP"]), None, "GR")]


def ex_cmr(cx):
    sd = T(cx, us=["MRI CARDIAC MORPHOLOGY FUNCTION W WO CONTRAST", "MRI HEART W WO CONTRAST", "CARDIAC MRI STRESS",
                   "MR CARDIAC VIABILITY"],
           uk=["MRI Cardiac", "Cardiac MRI with contrast", "CMR stress perfusion", "MRI Heart viability"],
           fr=["IRM cardiaque", "IRM cardiaque avec injection", "IRM de stress (adénosine)", "IRM COEUR"],
           it=["RM cardiaca con mdc", "RM cuore", "RM cardiaca da stress", "Cardio RM"],
           ja=[("心臓MRI", "SHINZOU MRI"), ("心臓MRI(造影)", "SHINZOU MRI ZOUEI"), ("心臓MR 負荷パーフュージョン", "CARDIAC MR")])
    why = "cardiac MR: heart, CHEST"
    ser = cmr_series(cx, why)
    if cx.p(0.25):
        ser.append(S(mk(cx, "MR", cx.c(["Ao MRA 3D", "3D Whole Heart", "CE-MRA Thoracic Aorta"]), "CHEST"), ["CHEST"], None,
                     why + "; thoracic aorta / whole-heart 3D in the same exam"))
    return sd, ser


# ---------------------------------------------------------------- nuclear cardiology and PET
def ex_mpi(cx):
    sd = T(cx, us=["NM MYOCARDIAL PERFUSION SPECT MULT W EF", "NM MPI REGADENOSON STRESS REST", "NM CARDIAC SPECT EXERCISE"],
           uk=["MPS stress/rest", "Myocardial Perfusion Scan", "NM Myocardial perfusion imaging"],
           fr=["Scintigraphie myocardique de perfusion", "Scintigraphie myocardique effort/repos", "SCINTI MYOCARDIQUE TETROFOSMINE"],
           it=["Scintigrafia miocardica di perfusione", "SPECT miocardica stress/riposo", "Scintigrafia miocardica gated"],
           ja=[("負荷心筋血流シンチ", "SHINKIN SCINTI"), ("心筋シンチ(アデノシン負荷)", "HEART SPECT"), ("Tl心筋シンチ", "TL SHINKIN")])
    why = "myocardial perfusion SPECT: heart, CHEST"

    def n(desc, **kw):
        return S(mk(cx, "NM", desc, cx.c(["HEART", "CHEST"]), ["CHEST"], **kw), ["CHEST"], None, why)
    ser = [n(cx.c(["Stress", "STRESS GATED", "Stress Tomo", "STR_TOMO", "負荷"])), n(cx.c(["Rest", "REST", "Rest Tomo", "安静"])),
           n(cx.c(["Stress IRNC", "Rest IRAC", "SA Stress", "HLA/VLA Rest"]), ImageType="DERIVED\\PRIMARY\\RECON TOMO"),
           S(mk(cx, "OT", cx.c(["QPS Polar Maps", "QGS Results", "Cedars Summary", "4DM Bullseye"]), None, vmod="NM",
                ImageType="DERIVED\\SECONDARY"), ["CHEST"], None, why + "; processed display of the myocardium")]
    if cx.vendor("NM") == "Siemens" or cx.p(0.3):
        ser.append(S(mk(cx, "CT", "CTAC 5.0 B08s", "CHEST", vmod="NM", ImageType="ORIGINAL\\PRIMARY\\AXIAL\\CT_SOM5 SPI"), ["CHEST"], None,
                     why + "; attenuation-correction CT of the heart"))
    return sd, ser


def ex_cardiac_pet(cx):
    kind = cx.c(["rb", "rb", "fdg_v", "sarc"])
    if kind == "rb":
        sd = T(cx, us=["PET MYOCARDIAL PERFUSION RB-82 REST STRESS", "NM PET CARDIAC RUBIDIUM"],
               uk=["Cardiac PET Rubidium", "PET MPI Rb-82"], fr=["TEP cardiaque de perfusion au rubidium", "TEP 82RB MYOCARDE"],
               it=["PET miocardica di perfusione 82Rb", "PET cardiaca ammonio 13N"],
               ja=[("心筋血流PET(13N-アンモニア)", "AMMONIA PET")])
        ser = [S(mk(cx, "PT", cx.c(["Rest MPI", "Stress MPI", "Rb82 Rest Dyn", "NH3 Stress Gated"]), "HEART"), ["CHEST"], None,
                 "cardiac perfusion PET: CHEST")]
    elif kind == "fdg_v":
        sd = T(cx, us=["PET CT MYOCARDIAL VIABILITY FDG"], uk=["FDG PET Cardiac viability"],
               fr=["TEP FDG viabilité myocardique"], it=["PET-TC FDG vitalità miocardica"], ja=[("FDG心筋PET(バイアビリティ)", "FDG PET")])
        ser = [S(mk(cx, "PT", cx.c(["Cardiac FDG AC", "Viability Gated", "FDG Heart"]), "HEART", ["CHEST"]), ["CHEST"], None,
                 "FDG viability PET of the heart: CHEST")]
    else:
        sd = T(cx, us=["PET CT CARDIAC SARCOID FDG WITH WHOLE BODY"], uk=["FDG PET-CT cardiac sarcoid protocol"],
               fr=["TEP-TDM FDG sarcoidose cardiaque"], it=["PET-TC FDG sarcoidosi cardiaca"],
               ja=[("FDG-PET(心サルコイドーシス)", "FDG PET SARCOID")])
        ser = [S(mk(cx, "PT", cx.c(["Cardiac FDG AC", "Heart Gated FDG"]), "HEART"), ["CHEST"], None,
                 "cardiac bed of a sarcoid PET: CHEST"),
               S(mk(cx, "PT", cx.c(["WB FDG AC", "PET WB MAC", "Whole Body 3D AC"]), "WHOLEBODY", ["CHEST", "HEART"]), WB, None,
                 "whole-body bed of a sarcoid PET: the five axial regions")]
    ser.append(S(mk(cx, "CT", cx.c(["CTAC 3.75 Thick", "CT AC Heart", "AC CT 3.0"]), "CHEST", vmod="PT"), ["CHEST"], None,
                 "attenuation CT of the heart bed: CHEST"))
    return sd, ser


def ex_pet_wb(cx):
    sd = T(cx, us=["PET CT FDG INFECTION WHOLE BODY", "PET CT SKULL BASE TO MID THIGH", "PET CT VASCULITIS"],
           uk=["FDG PET-CT endocarditis", "PET-CT vascular graft infection", "FDG PET-CT large vessel vasculitis"],
           fr=["TEP-TDM FDG endocardite", "TEP FDG corps entier infection de prothèse vasculaire", "TEP-TDM vascularite"],
           it=["PET-TC FDG total body endocardite", "PET-TC FDG vasculite dei grandi vasi", "PET total body infezione protesi"],
           ja=[("FDG-PET/CT 全身(感染性心内膜炎)", "FDG PET CT ZENSHIN"), ("PET-CT(血管炎)", "PET CT ZENSHIN")])
    why = "whole-body FDG PET/CT: the five axial regions"
    ser = [S(mk(cx, "PT", cx.c(["PET WB AC", "WB 3D MAC", "PET AC", "QCFX WB"]), "WHOLEBODY", ["CHEST", "HEAD"]), WB, None, why),
           S(mk(cx, "PT", cx.c(["PET WB NAC", "NAC WB"]), None), WB, None, why + "; non-corrected"),
           S(mk(cx, "CT", cx.c(["CT WB 3.0 Br38", "WB CTAC 3.75", "CT Body 5mm"]), "WHOLEBODY", ["CHEST"], vmod="PT"), WB, None, why + "; its CT"),
           S(mk(cx, "CT", cx.c(["Topogram", "Scout"]), None, vmod="PT", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), WB, None, why + "; scout"),
           S(mk(cx, "PT", cx.c(["MIP WB", "Fused MIP"]), None, ImageType="DERIVED\\SECONDARY"), WB, None, why + "; whole-body MIP")]
    return sd, ser


def ex_nm_other(cx):
    kind = cx.c(["pyp", "dpd", "muga", "vq", "mibg"] + (["mibg", "bmipp"] if cx.lang == "ja" else []))
    if kind == "pyp":
        sd = T(cx, us=["NM CARDIAC AMYLOID PYP", "NM TC99M PYP SPECT CHEST"], uk=["NM cardiac amyloid scan (DPD)"],
               fr=["Scintigraphie aux diphosphonates amylose cardiaque"], it=["Scintigrafia cardiaca con DPD amiloidosi"],
               ja=[("ピロリン酸シンチ(心アミロイド)", "PYP SCINTI")])
        return sd, [S(mk(cx, "NM", cx.c(["Chest Planar Ant", "PYP 1hr Ant/Lat", "SPECT Chest 3h"]), "CHEST"), ["CHEST"], None,
                      "amyloid scan, chest planar/SPECT: CHEST")]
    if kind == "dpd":
        sd = T(cx, us=["NM WHOLE BODY AMYLOID DPD"], uk=["NM DPD scan whole body and SPECT heart"],
               fr=["Scintigraphie osseuse corps entier DPD amylose"], it=["Scintigrafia total body DPD"],
               ja=[("骨シンチ(全身) 心アミロイド", "HONE SCINTI ZENSHIN")])
        return sd, [S(mk(cx, "NM", cx.c(["WB Ant/Post", "Whole Body", "WB SCAN"]), "WHOLEBODY"), WB, None,
                      "whole-body planar scan: the five axial regions"),
                    S(mk(cx, "NM", cx.c(["SPECT Thorax", "Heart SPECT"]), "CHEST"), ["CHEST"], None, "chest SPECT of the same scan: CHEST")]
    if kind == "muga":
        sd = T(cx, us=["NM CARDIAC BLOOD POOL MUGA"], uk=["MUGA scan"], fr=["Angioscintigraphie cavitaire (FEVG isotopique)"],
               it=["Ventricolografia isotopica"], ja=[("心プールシンチ", "MUGA")])
        return sd, [S(mk(cx, "NM", cx.c(["LAO Gated", "MUGA LAO 45", "Blood Pool"]), "HEART"), ["CHEST"], None, "gated blood pool: CHEST")]
    if kind == "vq":
        sd = T(cx, us=["NM LUNG VENTILATION PERFUSION"], uk=["V/Q scan", "NM Lung perfusion"], fr=["Scintigraphie pulmonaire V/P"],
               it=["Scintigrafia polmonare perfusionale"], ja=[("肺血流シンチ", "HAI KETSURYU SCINTI")])
        return sd, [S(mk(cx, "NM", cx.c(["Perfusion 8 views", "Q SPECT", "Ventilation", "Perf ANT/POST"]), "CHEST", ["LUNG"]), ["CHEST"],
                      None, "lung V/Q: CHEST")]
    if kind == "mibg":
        sd = T(cx, us=["NM MIBG CARDIAC SYMPATHETIC"], uk=["MIBG cardiac (H/M ratio)"], fr=["Scintigraphie cardiaque MIBG"],
               it=["Scintigrafia miocardica MIBG"], ja=[("MIBG心筋シンチ", "MIBG SHINKIN SCINTI")])
        return sd, [S(mk(cx, "NM", cx.c(["Early Chest Ant", "Delay Chest Ant", "早期像 正面", "後期像 正面"]), "CHEST"), ["CHEST"], None,
                      "MIBG chest planar (heart/mediastinum): CHEST")]
    sd = T(cx, ja=[("BMIPP心筋シンチ", "BMIPP SCINTI")], en=["BMIPP"])
    return sd, [S(mk(cx, "NM", cx.c(["BMIPP SPECT", "BMIPP Polar"]), "HEART"), ["CHEST"], None, "fatty-acid SPECT of the heart: CHEST")]


# ---------------------------------------------------------------- vascular and cardiac ultrasound
def us(cx, desc, labels, lat, why, bpe=None, alt=None, **kw):
    return S(mk(cx, "US", desc, bpe, alt, **kw), labels, lat, why)


def pick_side(cx, both=0.25):
    return "B" if cx.p(both) else cx.c("LR")


def ex_carotid(cx):
    sd = T(cx, us=["US DUPLEX CAROTID BILAT", "US CAROTID DOPPLER COMPLETE", "VAS CAROTID DUPLEX"],
           uk=["US Carotid Doppler", "Carotid Duplex Bilateral", "Duplex carotid and vertebral arteries"],
           fr=["Echo-Doppler des TSA", "Écho-doppler des troncs supra-aortiques", "EDTSA", "Doppler cervical"],
           it=["Ecocolordoppler TSA", "Ecocolordoppler tronchi sovraortici", "ECD carotideo"],
           ja=[("頸動脈エコー", "KEIDOUMYAKU ECHO"), ("頚部血管エコー", "KEIBU KEKKAN US")])
    why = "carotid/vertebral duplex: NECK (no side for the neck)"
    ser = [us(cx, cx.c(["Carotid", "CAROTID", "Carotide", "Carotidi", "頸動脈", "Vascular Carotid"]), ["NECK"], None, why, "NECK",
              ["CAROTID", "HEAD"])]
    for s in "RL":
        w = cx.sside(s)
        ser.append(us(cx, cx.c([f"{w} ICA", f"{w} CCA", f"ACI {w}", f"{w} VA", f"CCA {w} PSV", f"{w} Bulb"]), ["NECK"], None,
                      why + "; one artery of the neck"))
    ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "SeriesDescription": "Vascular Ultrasound Report"},
                 [], None, "measurement SR: no pixels", img=False))
    return sd, ser


def ex_abd_duplex(cx):
    kind = cx.c(["aaa", "aaa", "renal", "mes", "evar"])
    why = {"aaa": "abdominal aorta ultrasound: ABDOMEN", "renal": "renal artery duplex: ABDOMEN",
           "mes": "mesenteric duplex: ABDOMEN", "evar": "post-EVAR duplex of the aortic sac: ABDOMEN"}[kind]
    sd = {
        "aaa": lambda: T(cx, us=["US AORTA ABDOMINAL LIMITED", "US AAA SCREENING"], uk=["US Abdominal Aorta", "AAA screening scan"],
                         fr=["Echo-Doppler aorte abdominale", "Écho aorte abdominale (AAA)"], it=["Ecocolordoppler aorta addominale"],
                         ja=[("腹部大動脈エコー", "FUKUBU DAIDOUMYAKU ECHO")]),
        "renal": lambda: T(cx, us=["US DUPLEX RENAL ARTERY BILAT", "VAS RENAL ARTERY DUPLEX"], uk=["Renal artery Doppler"],
                           fr=["Echo-Doppler des artères rénales"], it=["Ecocolordoppler arterie renali"], ja=[("腎動脈エコー", "JIN DOUMYAKU ECHO")]),
        "mes": lambda: T(cx, us=["US DUPLEX MESENTERIC"], uk=["Mesenteric artery duplex"], fr=["Echo-Doppler artères digestives"],
                         it=["Ecocolordoppler tripode celiaco e AMS"], ja=[("腹部血管エコー(上腸間膜動脈)", "SMA ECHO")]),
        "evar": lambda: T(cx, us=["US DUPLEX EVAR SURVEILLANCE"], uk=["EVAR surveillance duplex", "Post EVAR CEUS"],
                          fr=["Echo-Doppler de surveillance d'endoprothèse aortique"], it=["Ecocolordoppler follow-up EVAR"],
                          ja=[("EVAR後エコー", "EVAR GO ECHO")]),
    }[kind]()
    ser = [us(cx, cx.c(["Aorta", "Abdo Aorta", "Renal", "RRA", "LRA", "SMA", "Celiac", "Sac diameter", "Aorte", "Aorta addominale", "腹部"]),
              ["ABDOMEN"], None, why, "ABDOMEN", ["AORTA", "KIDNEY", "ABDOMEN"])]
    return sd, ser


def ex_leg_duplex(cx):
    kind = cx.c(["dvt", "dvt", "dvt", "art", "art", "vv", "graft"])
    s = pick_side(cx, 0.3 if kind != "vv" else 0.35)
    sd = {
        "dvt": lambda: T(cx, s, us=["US VENOUS DOPPLER LOWER EXT {s}", "US DUPLEX VENOUS LE {s}", "VAS VENOUS DUPLEX LOWER EXTREMITY {s}"],
                         uk=["US Doppler Lower Limb Veins {s}", "DVT scan {s} leg", "{s} leg venous duplex"],
                         fr=["Echo-Doppler veineux membre inférieur {s}", "Doppler veineux MI {s}", "EDVMI {s}"],
                         it=["Ecocolordoppler venoso arto inferiore {s}", "ECD venoso AAII {s}", "Doppler venoso arto inf. {s}"],
                         ja=[("{s}下肢静脈エコー", "KASHI JOUMYAKU ECHO {s}"), ("下肢静脈エコー({s})", "DVT ECHO {s}")]),
        "art": lambda: T(cx, s, us=["US ARTERIAL DOPPLER LOWER EXT {s}", "VAS ARTERIAL DUPLEX LE {s}"],
                         uk=["Arterial Duplex Lower Limb {s}", "{s} lower limb arterial duplex", "Duplex {s} SFA/popliteal"],
                         fr=["Echo-Doppler artériel membre inférieur {s}", "Doppler artériel MI {s}"],
                         it=["Ecocolordoppler arterioso arto inferiore {s}", "ECD arterioso AAII {s}"],
                         ja=[("{s}下肢動脈エコー", "KASHI DOUMYAKU ECHO {s}")]),
        "vv": lambda: T(cx, s, us=["US VENOUS REFLUX STUDY LOWER EXT {s}", "US VEIN MAPPING GSV {s}"],
                        uk=["Venous incompetence scan {s}", "Varicose vein duplex {s}", "GSV mapping {s}"],
                        fr=["Cartographie veineuse membre inférieur {s}", "Echo-Doppler veineux superficiel {s}"],
                        it=["Mappaggio venoso arto inferiore {s}", "ECD insufficienza venosa {s}"],
                        ja=[("下肢静脈瘤エコー({s})", "JOUMYAKURYU ECHO {s}")]),
        "graft": lambda: T(cx, s if s != "B" else "R", us=["VAS BYPASS GRAFT DUPLEX LE {s}"], uk=["Graft surveillance duplex {s} fem-pop"],
                           fr=["Echo-Doppler de pontage fémoro-poplité {s}"], it=["ECD by-pass femoro-popliteo {s}"],
                           ja=[("{s}大腿膝窩動脈バイパスエコー", "BYPASS ECHO {s}")]),
    }[kind]()
    if kind == "graft" and s == "B":
        s = "R"
    why = {"dvt": "leg venous duplex groin to calf", "art": "leg arterial duplex groin to calf", "vv": "superficial venous mapping of the leg",
           "graft": "fem-pop graft duplex"}[kind] + ": THIGH, KNEE, LEG"
    ser = []
    sides = "RL" if s == "B" else s
    for x in sides:
        w = cx.sside(x)
        why_x = why + (f"; the {x} leg of a bilateral order" if s == "B" else f", side {s}")
        names = {"dvt": [f"{w} CFV", f"{w} FV", f"{w} POP V", f"{w} LEG", f"{w} Leg Veins", f"VFC {w}", f"V POP {w}"],
                 "art": [f"{w} CFA", f"{w} SFA", f"{w} POP A", f"{w} PTA", f"{w} LE Arterial", f"AFS {w}"],
                 "graft": [f"{w} Graft", f"{w} Prox anast", f"{w} Distal anast", f"Pontage {w}"],
                 "vv": [f"{w} GSV", f"{w} SSV", f"{w} SFJ reflux", f"VGS {w}", f"{w} Superficial"]}[kind]
        if cx.lang not in ("fr",):
            names = [n for n in names if not n.startswith(("VFC", "V POP", "AFS", "Pontage", "VGS"))]
        ser.append(us(cx, cx.c(names) if cx.lang != "ja" or cx.p(0.5) else (f"{w}下肢" if not w.isascii() else f"{w} 下肢"),
                      LEGV, x, why_x, cx.c(["LEG", "LOWER EXTREMITY", "EXTREMITY"]), ["LOWER LIMB", "VEIN", "ARTERY"]))
    if s == "B" and cx.p(0.5):
        ser.append(us(cx, cx.c(["Bilateral legs", "Vascular LE", "Leg Veins", "Legs"]), LEGV, "B", why + "; both legs in one series",
                      "LOWER EXTREMITY"))
    return sd, ser


def ex_groin(cx):
    s = cx.c("RRRL")
    sd = T(cx, s, us=["US DUPLEX FEMORAL PSEUDOANEURYSM {s}", "US GROIN {s} POST CATH"], uk=["US {s} groin (?pseudoaneurysm)",
           "Duplex {s} groin post angiogram"], fr=["Echo-Doppler point de ponction fémoral {s}", "Doppler scarpa {s} (faux anévrisme)"],
           it=["Ecocolordoppler inguine {s} (pseudoaneurisma)", "ECD femorale comune {s} post procedura"],
           ja=[("{s}鼠径部エコー(仮性瘤)", "SOKEIBU ECHO {s}"), ("穿刺部エコー {s}鼠径", "SENSHIBU ECHO {s}")])
    return sd, [us(cx, cx.c([f"{cx.sside(s)} CFA", f"{cx.sside(s)} Groin", "Groin", "Pseudoaneurysm"]), ["HIP"], s,
                   f"groin puncture-site duplex (common femoral): HIP, side {s}", cx.c(["LEG", "PELVIS", "GROIN"]))]


def ex_popliteal(cx):
    s = pick_side(cx, 0.4)
    sd = T(cx, s, us=["US POPLITEAL ARTERY ANEURYSM {s}"], uk=["Popliteal artery duplex {s}", "US {s} popliteal fossa"],
           fr=["Echo-Doppler artère poplitée {sf}"], it=["ECD arteria poplitea {sf}"], ja=[("{s}膝窩動脈エコー", "SHIKKA DOUMYAKU ECHO {s}")])
    return sd, [us(cx, cx.c(["Popliteal", "POP A", "Poplitea", "膝窩"]), ["KNEE"], s, f"popliteal artery duplex: KNEE, side {s}", "KNEE",
                   ["LEG", "EXTREMITY"])]


def ex_arm_duplex(cx):
    kind = cx.c(["avf", "avf", "avf", "map", "dvt", "art", "radial", "tos"])
    s = cx.c("LLLR") if kind in ("avf", "map") else ("B" if kind == "tos" else cx.c("LR"))
    sd = {
        "avf": lambda: T(cx, s, us=["US DUPLEX DIALYSIS ACCESS {s} ARM", "VAS AV FISTULA DUPLEX {s}", "US HEMODIALYSIS FISTULA {s} UE"],
                         uk=["Fistula duplex {s} arm", "AVF surveillance scan {s}", "Duplex {s} brachiocephalic fistula"],
                         fr=["Echo-Doppler de fistule artério-veineuse membre supérieur {s}", "Doppler FAV bras {s}", "ECHO FAV {s}"],
                         it=["Ecocolordoppler FAV arto superiore {s}", "ECD fistola per dialisi {s}"],
                         ja=[("{s}シャントエコー", "SHUNT ECHO {s}"), ("シャントエコー({s}前腕)", "VA ECHO {s}")]),
        "map": lambda: T(cx, s, us=["US VEIN MAPPING UPPER EXT {s} PRE ACCESS"], uk=["Pre-fistula vein mapping {s} arm"],
                         fr=["Cartographie veineuse pré-FAV membre supérieur {s}"], it=["Mappaggio vascolare pre-FAV arto superiore {s}"],
                         ja=[("{s}上肢血管マッピング(シャント術前)", "VEIN MAPPING {s}")]),
        "dvt": lambda: T(cx, s, us=["US VENOUS DOPPLER UPPER EXT {s}", "VAS UE VENOUS DUPLEX {s}"], uk=["Upper limb venous duplex {s}"],
                         fr=["Echo-Doppler veineux membre supérieur {s}"], it=["ECD venoso arto superiore {s}"],
                         ja=[("{s}上肢静脈エコー", "JOUSHI JOUMYAKU ECHO {s}")]),
        "art": lambda: T(cx, s, us=["US ARTERIAL DOPPLER UPPER EXT {s}"], uk=["Upper limb arterial duplex {s}"],
                         fr=["Echo-Doppler artériel membre supérieur {s}"], it=["ECD arterioso arto superiore {s}"],
                         ja=[("{s}上肢動脈エコー", "JOUSHI DOUMYAKU ECHO {s}")]),
        "radial": lambda: T(cx, s, us=["US RADIAL ARTERY MAPPING {s} PRE CABG", "US DUPLEX RADIAL ARTERY {s} POST CATH"],
                            uk=["Radial artery duplex {s} (post TR access)"], fr=["Echo-Doppler artère radiale {sf} post coronarographie"],
                            it=["ECD arteria radiale {sf}"], ja=[("{s}橈骨動脈エコー", "TOUKOTSU DOUMYAKU ECHO {s}")]),
        "tos": lambda: T(cx, s, us=["US THORACIC OUTLET BILAT"], uk=["Thoracic outlet duplex bilateral"],
                         fr=["Echo-Doppler défilé thoraco-brachial bilatéral"], it=["ECD stretto toracico bilaterale"],
                         ja=[("胸郭出口エコー(両側)", "TOS ECHO RYOUSOKU")]),
    }[kind]()
    labels = {"avf": ARMV, "map": ARMV + ["WRIST"], "dvt": ["SHOULDER"] + ARMV, "art": ARMV, "radial": ["FOREARM", "WRIST"],
              "tos": ["SHOULDER"]}[kind]
    why = {"avf": "dialysis fistula duplex of the arm", "map": "pre-access vein mapping wrist to axilla",
           "dvt": "upper-limb venous duplex axilla/subclavian to forearm", "art": "upper-limb arterial duplex",
           "radial": "radial artery duplex", "tos": "thoracic outlet duplex of both subclavian arteries"}[kind]
    why += f": {', '.join(labels)}, side {s}"
    w = cx.sside(s) if s != "B" else "BIL"
    names = {"avf": [f"{w} AVF", f"{w} Fistula", "Fistula", f"{w} Anastomosis", "Access"],
             "map": [f"{w} Cephalic", f"{w} Basilic", "Vein mapping", f"{w} UE Veins"],
             "dvt": [f"{w} SCV", f"{w} Axillary V", f"{w} UE Veins", f"{w} Brachial V"],
             "art": [f"{w} Brachial A", f"{w} UE Arterial", f"{w} Radial/Ulnar"],
             "radial": [f"{w} Radial", "Radial A", f"{w} Radial artery"], "tos": ["TOS"]}[kind]
    if kind == "avf":
        names += {"fr": [f"FAV {w}"], "it": [f"FAV {w}"], "ja": ["シャント", f"{w}シャント" if not w.isascii() else f"{w} シャント"]}.get(cx.lang, [])
    d = cx.c(names)
    ser = [us(cx, d, labels, s, why, cx.c(["ARM", "UPPER EXTREMITY", "EXTREMITY"]), ["HAND", "VEIN"])]
    if kind == "tos":
        ser = [us(cx, f"{cx.sside(x)} Subclavian", labels, x, why + f"; the {x} side series", "SHOULDER", ["CHEST"]) for x in "RL"]
    return sd, ser


def ex_echo(cx):
    tee = cx.p(0.25)
    if tee:
        sd = T(cx, us=["TEE", "TRANSESOPHAGEAL ECHO"], uk=["Transoesophageal echo", "TOE"], fr=["ETO", "Echographie transoesophagienne"],
               it=["Ecocardiogramma transesofageo", "ETE"], ja=[("経食道心エコー", "TEE")])
    else:
        sd = T(cx, us=["ECHO COMPLETE W DOPPLER", "TTE COMPLETE", "ECHO LIMITED"], uk=["Transthoracic echo", "TTE"],
               fr=["ETT", "Echocardiographie transthoracique"], it=["Ecocardiogramma color doppler", "ECO CARDIO"],
               ja=[("心エコー", "SHIN ECHO"), ("経胸壁心エコー", "TTE")])
    why = "echocardiography: heart, CHEST"
    ser = [S(mk(cx, "US", cx.c(["Adult Echo", "Echo", "Cardiac", "TTE", "TEE 3D", "心エコー", "Adult TTE"]), "HEART", ["CHEST"],
                SOPClassUID="1.2.840.10008.5.1.4.1.1.3.1", NumberOfFrames=str(cx.c([45, 60, 92, 120]))), ["CHEST"], None, why),
           S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "SeriesDescription": "Adult Echocardiography Measurements"},
             [], None, "echo measurement SR: no pixels", img=False)]
    return sd, ser


def ex_tcd(cx):
    sd = T(cx, us=["US TRANSCRANIAL DOPPLER BUBBLE STUDY", "TCD COMPLETE"], uk=["Transcranial Doppler bubble study"],
           fr=["Doppler transcrânien", "DTC test aux bulles"], it=["Doppler transcranico con test bolle"], ja=[("経頭蓋ドプラ", "TCD")])
    return sd, [us(cx, cx.c(["TCD", "MCA", "Transcranial", "経頭蓋"]), ["HEAD"], None, "transcranial Doppler: HEAD", "HEAD", ["BRAIN"])]


# ---------------------------------------------------------------- angiography and endovascular
def xa(cx, desc, labels, lat, why, bpe=None, alt=None, mod="XA", **kw):
    kw.setdefault("NumberOfFrames", str(cx.c([24, 38, 55, 72, 90, 120])))
    return S(mk(cx, mod, desc, bpe, alt, **kw), labels, lat, why)


def cath_extras(cx):
    ex = [dose_sr(cx, xa=True)]
    if cx.p(0.5):
        ex.append(S({"Modality": "HD", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.9.2.1",
                     "SeriesDescription": cx.c(["Hemodynamic Waveform", "Pressures", "Haemodynamics"])}, [], None,
                    "haemodynamic waveform: no image", img=False))
    return ex


def ex_cag(cx):
    kind = cx.c(["cag", "cag", "pci", "pci", "ivus", "device", "tavi"])
    why = {"cag": "coronary angiography", "pci": "coronary intervention", "ivus": "intracoronary imaging",
           "device": "pacemaker/ICD implant fluoroscopy", "tavi": "transcatheter valve implantation"}[kind] + ": CHEST"
    sd = {
        "cag": lambda: T(cx, us=["CARDIAC CATH LEFT HEART W CORONARY ANGIO", "LHC W CORS", "CORONARY ANGIOGRAPHY"],
                         uk=["Coronary Angiogram", "Left heart cath and coronary angiography"],
                         fr=["Coronarographie", "CORO + VG", "Coronarographie diagnostique"],
                         it=["Coronarografia", "Coronarografia e ventricolografia sx"],
                         ja=[("心臓カテーテル検査(CAG)", "CAG"), ("冠動脈造影", "KANDOUMYAKU ZOUEI")]),
        "pci": lambda: T(cx, us=["PCI LAD W STENT", "PERCUTANEOUS CORONARY INTERVENTION"], uk=["PCI", "Coronary angioplasty and stent"],
                         fr=["Angioplastie coronaire", "ATL coronaire + stent"], it=["PTCA con stent", "Angioplastica coronarica"],
                         ja=[("PCI(LAD)", "PCI"), ("経皮的冠動脈形成術", "PCI RCA")]),
        "ivus": lambda: T(cx, us=["IVUS CORONARY", "PCI W IVUS"], uk=["PCI with IVUS"], fr=["Angioplastie coronaire avec OCT"],
                          it=["PTCA con IVUS"], ja=[("PCI(IVUS)", "PCI IVUS"), ("冠動脈OCT", "OCT")]),
        "device": lambda: T(cx, us=["PACEMAKER DUAL CHAMBER IMPLANT", "ICD IMPLANT"], uk=["PPM insertion", "CRT-D implant"],
                            fr=["Implantation pacemaker double chambre", "Pose de défibrillateur"], it=["Impianto PM bicamerale", "Impianto ICD"],
                            ja=[("ペースメーカー植込み術", "PM IMPLANT"), ("ICD植込み", "ICD")]),
        "tavi": lambda: T(cx, us=["TAVR TRANSFEMORAL"], uk=["TAVI transfemoral"], fr=["TAVI voie fémorale"], it=["TAVI transfemorale"],
                          ja=[("TAVI", "TAVI")]),
    }[kind]()
    ser = []
    if kind == "ivus":
        mod = cx.c(["IVUS", "IVOCT"])
        ser.append(S(mk(cx, mod, cx.c(["LAD pullback", "RCA Pullback", "Run 1", "Pre PCI LAD"]), "HEART", NumberOfFrames="540"),
                     ["CHEST"], None, why + "; intravascular pullback of a coronary"))
    runs = {"cag": ["LCA RAO 30 CAU 20", "LCA LAO 40 CRA 25", "RCA LAO 30", "LV gram RAO 30", "Coro 15 fps", "Cardiac 15fps",
                    "LCA AP CRA", "左冠動脈", "右冠動脈"],
            "pci": ["LAD pre", "LAD post stent", "Cardiac 15fps", "RCA final", "Coro 7.5fps"],
            "ivus": ["LAD pre", "Coro 15 fps"], "device": ["Fluoro Store", "Fluoro Loop", "Lead position", "PA fluoro"],
            "tavi": ["Aortogram root", "Valve deployment", "Root injection pigtail"]}[kind]
    runs = [r for r in runs if cx.lang == "ja" or not any(ord(ch) > 0x3000 for ch in r)]
    for r in cx.rng.sample(runs, min(3, len(runs))):
        ser.append(xa(cx, r, ["CHEST"], None, why, cx.c(["HEART", "CHEST", "CORONARY"]), ["CHEST"],
                      mod="RF" if kind == "device" and cx.p(0.5) else "XA"))
    if kind == "tavi" and cx.p(0.6):
        ser.append(xa(cx, cx.c(["Iliac angio access", "Femoral access run", "Closure check CFA"]), ["PELVIS"], None,
                      "access-site run of the iliac/femoral arteries at the end of TAVI: PELVIS"))
    return sd, ser + cath_extras(cx)


def ex_leg_angio(cx):
    kind = cx.c(["diag", "sfa", "sfa", "btk", "iliac", "venous"])
    s = "B" if kind == "diag" and cx.p(0.5) else cx.c("LR")
    sd = {
        "diag": lambda: T(cx, s, us=["ANGIO AORTOGRAM W RUNOFF {s}", "PERIPHERAL ANGIOGRAM LOWER EXT {s}"],
                          uk=["Lower limb angiogram {s}", "Diagnostic angiogram {s} leg"],
                          fr=["Artériographie des membres inférieurs", "Artériographie MI {s}"],
                          it=["Angiografia arti inferiori", "Arteriografia arto inferiore {s}"],
                          ja=[("{s}下肢血管造影", "KASHI KEKKAN ZOUEI {s}"), ("{s}下肢動脈造影", "KASHI ANGIO {s}")]),
        "sfa": lambda: T(cx, s, us=["PTA SFA {s} W STENT", "ATHERECTOMY FEM-POP {s}"], uk=["{s} SFA angioplasty", "{s} SFA stent"],
                         fr=["Angioplastie fémorale superficielle {sf}", "ATL AFS {sf} + stent"], it=["PTA arteria femorale superficiale {sf}"],
                         ja=[("EVT({s}SFA)", "EVT {s} SFA"), ("{s}浅大腿動脈形成術", "EVT SFA {s}")]),
        "btk": lambda: T(cx, s, us=["PTA TIBIAL ARTERIES {s}"], uk=["{s} crural angioplasty", "{s} tibial angioplasty CLTI"],
                         fr=["Angioplastie des axes jambiers {s}"], it=["PTA sotto-genicolare arto inferiore {s}"],
                         ja=[("EVT({s}下腿)", "EVT BTK {s}")]),
        "iliac": lambda: T(cx, None, us=["ILIAC ARTERY STENT", "PTA COMMON ILIAC W STENT"], uk=["Iliac angioplasty and stent", "Kissing iliac stents"],
                           fr=["Angioplastie iliaque + stent"], it=["PTA/stent iliaco"], ja=[("EVT(腸骨動脈)", "EVT ILIAC")]),
        "venous": lambda: T(cx, s, us=["IVC FILTER PLACEMENT", "VENOGRAM LOWER EXT {s} THROMBECTOMY"],
                            uk=["{s} iliofemoral venous stent", "IVC filter insertion"], fr=["Phlébographie iliaque {sf}", "Pose de filtre cave"],
                            it=["Flebografia arto inferiore {s}", "Posizionamento filtro cavale"], ja=[("下大静脈フィルター留置", "IVC FILTER")]),
    }[kind]()
    ser = []
    sx = cx.sside(s) if s != "B" else ""
    if kind == "diag":
        ser.append(xa(cx, cx.c(["Aorta abd", "Abd aorta DSA", "Aortogramme", "Aortografia"]), ["ABDOMEN"], None,
                      "abdominal aortogram run: ABDOMEN", "ABDOMEN"))
        ser.append(xa(cx, cx.c(["Pelvis DSA", "Iliacs", "Bassin", "Assi iliaci", "骨盤"]), ["PELVIS"], None, "iliac run: PELVIS", "PELVIS"))
        legs = "RL" if s == "B" else s
        for x in legs:
            w = cx.sside(x)
            seg, lab = cx.c([("Thigh", ["THIGH"]), ("Fem-Pop", ["THIGH", "KNEE"]), ("Knee", ["KNEE"]), ("BTK", ["LEG"]),
                             ("Calf", ["LEG"]), ("Foot", ["FOOT"]), ("Ankle/Foot", ["ANKLE", "FOOT"])])
            ser.append(xa(cx, f"{seg} {w}", lab, x, f"selective {seg.lower()} run of one leg: {', '.join(lab)}, side {x}",
                          cx.c(["LEG", "LOWER EXTREMITY", "EXTREMITY"])))
        if s == "B" and cx.p(0.6):
            ser.append(xa(cx, cx.c(["Bolus chase", "Stepping DSA", "Peripheral stepping", "Bolus Chase LE"]), RUNOFF, "B",
                          "bolus-chase stepping from aorta to feet of both legs", "LOWER EXTREMITY", ["ABDOMEN"]))
    elif kind == "sfa":
        ser.append(xa(cx, cx.c([f"SFA {sx}", f"{sx} SFA pre", f"Fem-pop {sx} post", "SFA final", f"AFS {sx}", f"浅大腿 {sx}"]),
                      ["THIGH", "KNEE"], s, f"superficial femoral/popliteal runs: THIGH, KNEE, side {s}", "LEG", ["EXTREMITY", "PELVIS"]))
        ser.append(xa(cx, cx.c(["Roadmap", "Fluoro Store", "Run-off post", "Final runoff"]), ["THIGH", "KNEE", "LEG"], s,
                      f"fluoroscopy/runs of the treated leg: THIGH, KNEE, LEG, side {s}"))
    elif kind == "btk":
        ser.append(xa(cx, cx.c([f"BTK {sx}", f"Foot {sx} lat", f"Pedal arch {sx}", f"Tibial {sx}", f"下腿 {sx}"]),
                      ["LEG", "ANKLE", "FOOT"], s, f"tibial and pedal runs: LEG, ANKLE, FOOT, side {s}", "LEG", ["FOOT"]))
        ser.append(xa(cx, cx.c(["Pedal arch", "Foot DSA", "Angiosome foot"]) + f" {sx}", ["FOOT"], s, f"foot run: FOOT, side {s}", "FOOT"))
    elif kind == "iliac":
        ser.append(xa(cx, cx.c(["Pelvis DSA", "Iliac pre", "Iliac post stent", "Aorto-iliac"]), ["PELVIS"], None,
                      "iliac artery runs: PELVIS", "PELVIS", ["ABDOMEN"]))
        ser.append(xa(cx, cx.c(["Aorta abd", "Aortogram"]), ["ABDOMEN"], None, "distal aortogram: ABDOMEN", "ABDOMEN"))
    else:
        if "ilter" in sd or "FILTER" in sd.upper() or "cave" in sd.lower() or "cavale" in sd.lower() or "フィルター" in sd:
            ser.append(xa(cx, cx.c(["Cavogram", "IVC venogram", "Cavographie"]), ["ABDOMEN"], None, "inferior vena cavogram: ABDOMEN",
                          "ABDOMEN"))
        else:
            ser.append(xa(cx, cx.c([f"Venogram {sx}", f"Iliac vein {sx}", "Phlebo", f"Femoral vein {sx}"]), ["PELVIS", "THIGH"], s,
                          f"iliofemoral venogram: PELVIS, THIGH, side {s}", "PELVIS"))
    return sd, ser + cath_extras(cx)


def ex_aorta_angio(cx):
    kind = cx.c(["evar", "evar", "tevar", "renal", "visceral"])
    sd = {
        "evar": lambda: T(cx, us=["EVAR", "ENDOVASCULAR AAA REPAIR"], uk=["EVAR", "Endovascular aneurysm repair"],
                          fr=["Endoprothèse aortique (EVAR)", "EVAR aorte abdominale"], it=["EVAR", "Endoprotesi aorta addominale"],
                          ja=[("ステントグラフト内挿術(EVAR)", "EVAR")]),
        "tevar": lambda: T(cx, us=["TEVAR"], uk=["TEVAR"], fr=["Endoprothèse aorte thoracique"], it=["TEVAR aorta toracica"],
                           ja=[("胸部ステントグラフト(TEVAR)", "TEVAR")]),
        "renal": lambda: T(cx, us=["RENAL ANGIOGRAM W STENT", "RENAL DENERVATION"], uk=["Renal artery angioplasty"],
                           fr=["Angioplastie artère rénale"], it=["PTA arteria renale"], ja=[("腎動脈ステント留置", "RENAL STENT")]),
        "visceral": lambda: T(cx, us=["MESENTERIC ANGIOGRAM W EMBOLIZATION"], uk=["Mesenteric angiogram and embolisation"],
                              fr=["Artériographie mésentérique"], it=["Angiografia mesenterica"], ja=[("腹部血管造影", "FUKUBU ANGIO")]),
    }[kind]()
    lab = {"evar": AP, "tevar": ["CHEST"], "renal": ["ABDOMEN"], "visceral": ["ABDOMEN"]}[kind]
    why = {"evar": "EVAR runs of infrarenal aorta and iliacs: ABDOMEN, PELVIS", "tevar": "thoracic aortic runs: CHEST",
           "renal": "renal artery runs: ABDOMEN", "visceral": "coeliac/SMA runs: ABDOMEN"}[kind]
    names = {"evar": ["Aortogram pre", "Completion angio", "Endoleak check", "Gate cannulation"],
             "tevar": ["Arch DSA", "Aortogram LAO 45", "Completion"], "renal": ["Renal DSA", "RRA selective", "LRA post stent"],
             "visceral": ["SMA DSA", "Celiac DSA", "SMA selective"]}[kind]
    ser = [xa(cx, n, lab, None, why, cx.c(["ABDOMEN", "AORTA", "CHEST"]) if kind != "tevar" else "CHEST") for n in cx.rng.sample(names, 2)]
    if kind == "evar" and cx.p(0.4):
        ser.append(S(mk(cx, "XA", "DynaCT Body", None, ImageType="ORIGINAL\\PRIMARY\\SINGLE PLANE"), AP, None,
                     "cone-beam CT of the endograft: ABDOMEN, PELVIS"))
    return sd, ser + cath_extras(cx)


def ex_neuro_angio(cx):
    sd = T(cx, us=["CAROTID STENT", "ANGIO CAROTID CEREBRAL BILAT"], uk=["Carotid artery stenting", "Arch and carotid angiogram"],
           fr=["Angioplastie carotidienne", "Artériographie des TSA"], it=["Stenting carotideo", "Angiografia TSA e intracranica"],
           ja=[("頸動脈ステント留置術(CAS)", "CAS"), ("脳血管造影", "NOU KEKKAN ZOUEI")])
    why = "carotid stenting / arch and carotid angiography"
    ser = [xa(cx, cx.c(["Arch LAO 30", "Aortic arch DSA", "Crosse"]), ["CHEST"], None, why + "; arch run: CHEST", "CHEST"),
           xa(cx, cx.c(["RCCA", "LCCA", "ICA bifurcation", "CCA lat", "Carotide"]), ["NECK"], None, why + "; cervical carotid run: NECK", "NECK"),
           xa(cx, cx.c(["ICA intracranial AP", "Cerebral lat", "Intracranial", "ICA AP"]), ["HEAD"], None, why + "; intracranial run: HEAD",
              "HEAD")]
    return sd, ser + cath_extras(cx)


def ex_access_angio(cx):
    kind = cx.c(["fistulo", "fistulo", "fistulo", "hand"])
    s = cx.c("LLLR") if kind == "fistulo" else pick_side(cx, 0.3)
    if kind == "fistulo":
        sd = T(cx, s, us=["FISTULOGRAM {s} UE W ANGIOPLASTY", "DIALYSIS ACCESS ANGIO {s} ARM"], uk=["Fistulogram {s} arm", "{s} fistuloplasty"],
               fr=["Fistulographie membre supérieur {s}", "Angioplastie de FAV {sf}"], it=["Fistolografia arto superiore {s}", "PTA FAV {s}"],
               ja=[("シャントPTA({s})", "VAIVT {s}"), ("{s}シャント造影", "SHUNT ZOUEI {s}")])
        w = cx.sside(s)
        ser = [xa(cx, cx.c([f"Fistula {w}", f"Forearm {w}", f"Anastomosis {w}", "Fistulogram", f"FAV {w}" if cx.lang in ("fr", "it") else "Arm DSA"]),
                  ARMV, s, f"fistulogram of the access circuit: ARM, ELBOW, FOREARM, side {s}", "ARM", ["UPPER EXTREMITY", "HAND"])]
        if cx.p(0.6):
            ser.append(xa(cx, cx.c(["Central veins", "Central venogram", "Subclavian", "Cephalic arch"]), ["SHOULDER", "CHEST"], s,
                          f"central venous run of the access arm: SHOULDER, CHEST, side {s}", "CHEST"))
    else:
        sd = T(cx, s, us=["ANGIO UPPER EXT {s} HAND"], uk=["{s} hand angiogram"], fr=["Artériographie de la main {sf}"],
               it=["Angiografia mano {sf}"], ja=[("{s}手指血管造影", "TE ANGIO {s}")])
        legs = "RL" if s == "B" else s
        ser = []
        for x in legs:
            w = cx.sside(x)
            ser.append(xa(cx, cx.c([f"Hand {w}", f"{w} hand DSA", f"Palmar arch {w}"]), ["HAND"], x, f"hand run: HAND, side {x}", "HAND"))
            ser.append(xa(cx, cx.c([f"Forearm {w}", f"Radial/Ulnar {w}"]), ["FOREARM", "WRIST"], x,
                          f"forearm run to the wrist: FOREARM, WRIST, side {x}", "ARM"))
        if s == "B" and cx.p(0.6):
            ser.append(xa(cx, "Both hands DSA", ["HAND"], "B", "both hands on one run: HAND, both", "HAND"))
    return sd, ser + cath_extras(cx)


# ---------------------------------------------------------------- aortic and peripheral CTA / MRA
def ex_cta_aorta(cx):
    kind = cx.c(["full", "full", "thor", "abd", "abd", "dissect"])
    sd = {
        "full": lambda: T(cx, us=["CTA CHEST ABDOMEN PELVIS AORTA", "CTA AORTA THORACOABDOMINAL"], uk=["CT Aortogram", "CTA whole aorta",
                          "CT angiogram aorta chest/abdo/pelvis"], fr=["Angioscanner aorte thoraco-abdominale", "Angio-TDM de l'aorte totale"],
                          it=["Angio-TC aorta toraco-addominale", "Angio TC aorta in toto"],
                          ja=[("胸腹部大動脈CT(造影)", "DAIDOUMYAKU CT"), ("大動脈CTA", "AORTA CTA")]),
        "thor": lambda: T(cx, us=["CTA CHEST AORTA", "CTA THORACIC AORTA W WO"], uk=["CTA thoracic aorta"],
                          fr=["Angioscanner aorte thoracique"], it=["Angio-TC aorta toracica"], ja=[("胸部大動脈CT", "KYOUBU DAIDOUMYAKU CT")]),
        "abd": lambda: T(cx, us=["CTA ABDOMEN PELVIS AAA", "CTA ABD PELVIS EVAR FOLLOW UP"], uk=["CTA abdominal aorta (EVAR surveillance)",
                         "CT angio AAA"], fr=["Angioscanner aorte abdominale et iliaques", "Angio-TDM contrôle EVAR"],
                         it=["Angio-TC aorta addominale e assi iliaci", "Angio-TC follow-up EVAR"],
                         ja=[("腹部大動脈瘤CT", "AAA CT"), ("EVAR後CT", "EVAR GO CT")]),
        "dissect": lambda: T(cx, us=["CTA DISSECTION PROTOCOL CHEST ABD PELVIS", "CT ACUTE AORTIC SYNDROME"], uk=["CT aorta ?dissection"],
                             fr=["Angioscanner aortique suspicion de dissection"], it=["Angio-TC aorta sospetta dissezione"],
                             ja=[("大動脈解離CT", "KAIRI CT")]),
    }[kind]()
    lab = {"full": CAP, "thor": ["CHEST"], "abd": AP, "dissect": CAP}[kind]
    why = {"full": "whole-aorta CTA", "thor": "thoracic aorta CTA", "abd": "abdominal aorta and iliacs CTA",
           "dissect": "dissection protocol arch to groins"}[kind] + ": " + ", ".join(lab)
    reg = {"full": "Aorta", "thor": "Thorax", "abd": "Abdomen", "dissect": "Aorta"}[kind]
    bpe = {"full": "CHEST", "thor": "CHEST", "abd": "ABDOMEN", "dissect": "CHEST"}[kind]
    ser = [scout(cx, lab, why, bpe=bpe),
           ct(cx, reg, "1.0", "soft", lab, why + "; arterial phase", bpe, ["AORTA", "WHOLEBODY", "ABDOMEN"],
              ContrastBolusAgent=CT_CONTRAST[cx.lang]),
           ct(cx, reg, "3.0", "soft", lab, why + "; non-contrast or delayed phase", bpe, ["AORTA"],
              derived=cx.c(["Non contrast 3mm", "Delayed 3.0", "Native 3mm", "Venous 5mm", "単純 5mm" if cx.lang == "ja" else "Late 5mm"])),
           ct(cx, reg, "3.0", "soft", lab, why + "; reformat", None,
              derived=cx.c(["MIP Sag Aorta", "Cor MIP 10mm", "VRT Aorta", "Candy cane", "Curved Aorta", "Centerline"])),
           dose_page(cx)]
    if kind == "dissect" and cx.p(0.5):
        ser.append(ct(cx, "Heart", "0.75", "card", ["CHEST"], "ECG-gated aortic root part of the dissection exam: CHEST", "HEART",
                      derived="Root ECG gated 0.75"))
    return sd, ser


def ex_cta_runoff(cx):
    sd = T(cx, us=["CTA ABD PELVIS W RUNOFF BILAT", "CTA AORTOILIAC W BILAT LOWER EXT RUNOFF"], uk=["CT angiogram run-off", "CTA lower limb run-off"],
           fr=["Angioscanner des membres inférieurs", "Angio-TDM aorte et membres inférieurs"],
           it=["Angio-TC arti inferiori", "Angio-TC aorta addominale e arti inferiori"],
           ja=[("両下肢CTA", "RYOU KASHI CTA"), ("下肢動脈CT(両側)", "KASHI DOUMYAKU CT RYOUSOKU")])
    why = "run-off CTA renal arteries to toes of both legs"
    ser = [scout(cx, RUNOFF, why, "B", bpe=cx.c(["LEG", "ABDOMEN", "LOWER EXTREMITY"])),
           S(mk(cx, "CT", recon(cx, "Runoff", "1.0")[0], cx.c(["LOWER EXTREMITY", "EXTREMITY", "ABDOMEN", "LEG"]), ["ABDOMEN"],
                SliceThickness="1.0", ContrastBolusAgent=CT_CONTRAST[cx.lang]), RUNOFF, "B", why),
           S(mk(cx, "CT", cx.c(["MIP Cor Runoff", "VRT Legs", "Runoff MIP", "MIP both legs"]), None, ImageType="DERIVED\\SECONDARY"),
             RUNOFF, "B", why + "; reformat"), dose_page(cx)]
    for x in "RL":
        if cx.p(0.4):
            w = cx.sside(x)
            ser.append(S(mk(cx, "CT", cx.c([f"CPR {w} leg", f"Curved {w} SFA-Pop", f"MIP {w} calf"]), None, ImageType="DERIVED\\SECONDARY"),
                         ["THIGH", "KNEE", "LEG"], x, f"curved reformat along one leg's arteries: THIGH, KNEE, LEG, side {x}"))
    return sd, ser


def ex_cta_other(cx):
    kind = cx.c(["carotid", "carotid", "upper", "mes", "pe"])
    if kind == "upper":
        s = cx.c("LR")
        sd = T(cx, s, us=["CTA UPPER EXT {s}"], uk=["CTA {s} upper limb"], fr=["Angioscanner membre supérieur {s}"],
               it=["Angio-TC arto superiore {s}"], ja=[("{s}上肢CTA", "JOUSHI CTA {s}")])
        why = f"upper-limb CTA subclavian to fingers: shoulder to hand, side {s}"
        return sd, [scout(cx, ARMFULL, why, s, bpe="ARM"),
                    S(mk(cx, "CT", recon(cx, "Arm", "1.0")[0], cx.c(["ARM", "UPPER EXTREMITY", "EXTREMITY", "CHEST"]), SliceThickness="1.0"),
                      ARMFULL, s, why), dose_page(cx)]
    if kind == "carotid":
        sd = T(cx, us=["CTA NECK W WO", "CTA HEAD AND NECK"], uk=["CT angiogram carotids", "CTA carotid arteries"],
               fr=["Angioscanner des TSA", "Angio-TDM des troncs supra-aortiques"], it=["Angio-TC TSA", "Angio-TC vasi epiaortici e intracranici"],
               ja=[("頸部CTA", "KEIBU CTA"), ("頭頸部CTA", "TOUKEIBU CTA")])
        why = "carotid CTA arch to circle of Willis: NECK, HEAD"
        return sd, [scout(cx, ["HEAD", "NECK"], why, bpe="NECK"),
                    ct(cx, "Neck", "0.75", "soft", ["HEAD", "NECK"], why, cx.c(["NECK", "CAROTID", "HEAD"]), ["CAROTID"]),
                    ct(cx, "Neck", "3.0", "soft", ["NECK"], "cervical carotid curved reformat: NECK", None,
                       derived=cx.c(["CPR ICA R", "CPR ICA L", "Carotid MIP", "MIP Sag Carotid"])), dose_page(cx)]
    if kind == "mes":
        sd = T(cx, us=["CTA ABDOMEN PELVIS MESENTERIC", "CTA RENAL ARTERIES"], uk=["CTA mesenteric", "CT renal angiogram"],
               fr=["Angioscanner artères digestives", "Angio-TDM artères rénales"], it=["Angio-TC arterie renali", "Angio-TC mesenterica"],
               ja=[("腹部CTA(腎動脈)", "FUKUBU CTA")])
        lab = AP if ("PELVIS" in sd.upper() or "MESENT" in sd.upper() or "DIGEST" in sd.upper()) else ["ABDOMEN"]
        why = "mesenteric/renal CTA: " + ", ".join(lab)
        return sd, [scout(cx, lab, why, bpe="ABDOMEN"), ct(cx, "Abdomen", "1.0", "soft", lab, why, "ABDOMEN", ["AORTA", "KIDNEY"]),
                    dose_page(cx)]
    sd = T(cx, us=["CTA CHEST PE PROTOCOL", "CT PULMONARY ANGIOGRAM"], uk=["CTPA"], fr=["Angioscanner thoracique (EP)"],
           it=["Angio-TC polmonare"], ja=[("肺動脈CT(PE)", "HAI DOUMYAKU CT")])
    why = "CT pulmonary angiogram: CHEST"
    return sd, [scout(cx, ["CHEST"], why, bpe="CHEST"), ct(cx, "Thorax", "1.0", "soft", ["CHEST"], why, "CHEST", ["LUNG"]),
                ct(cx, "Thorax", "1.0", "lung", ["CHEST"], why + "; lung kernel", "CHEST"), dose_page(cx)]


def ex_mra(cx):
    kind = cx.c(["runoff", "runoff", "renal", "aorta", "carotid", "wb"])
    if kind == "runoff":
        sd = T(cx, us=["MRA BILAT LOWER EXT RUNOFF W CONTRAST", "MRA RUNOFF"], uk=["MRA peripheral run-off"],
               fr=["Angio-IRM des membres inférieurs", "ANGIO IRM AORTE + MI"], it=["Angio-RM arti inferiori"],
               ja=[("両下肢MRA", "RYOU KASHI MRA"), ("下肢MRA(両側・非造影)", "KASHI MRA RYOUSOKU")])
        why = "multi-station run-off MRA of both legs"
        st = [("Station 1", ["ABDOMEN", "PELVIS", "HIP"], "aorto-iliac station: ABDOMEN, PELVIS, HIP"),
              ("Station 2", ["THIGH", "KNEE"], "thigh station: THIGH, KNEE"),
              ("Station 3", ["LEG", "ANKLE", "FOOT"], "calf station: LEG, ANKLE, FOOT")]
        ser = [S(mk(cx, "MR", cx.c(["localizer", "Survey", "3Pl Loc"]), None), RUNOFF, "B", why + "; localizer")]
        for nm, lab, w in cx.rng.sample(st, 2):
            d = cx.c([f"{nm} SUB", f"MRA {nm.lower()} post", f"CE-MRA {nm[-1]}", f"TWIST {nm}"])
            ser.append(S(mk(cx, "MR", d, cx.c(["LEG", "LOWER EXTREMITY", None]), ScanningSequence="GR"), lab, "B", w + ", both legs"))
        ser.append(S(mk(cx, "MR", cx.c(["Composed MIP", "MIP Runoff composed", "MRA MIP total"]), None, ImageType="DERIVED\\PRIMARY\\MIP"),
                     RUNOFF, "B", why + "; composed MIP"))
        return sd, ser
    if kind == "renal":
        sd = T(cx, us=["MRA ABDOMEN RENAL ARTERIES"], uk=["MRA renal arteries"], fr=["Angio-IRM des artères rénales"],
               it=["Angio-RM arterie renali"], ja=[("腎動脈MRA", "JIN DOUMYAKU MRA")])
        return sd, [S(mk(cx, "MR", cx.c(["3D CE MRA", "fl3d_cor_mra", "Renal MRA SUB", "Inhance Inflow IR"]), "ABDOMEN", ["KIDNEY"]),
                      ["ABDOMEN"], None, "renal MRA: ABDOMEN")]
    if kind == "aorta":
        sd = T(cx, us=["MRA CHEST AORTA", "MRA AORTA CHEST ABD"], uk=["MRA thoracic aorta"], fr=["Angio-IRM aorte thoracique"],
               it=["Angio-RM aorta toracica"], ja=[("大動脈MRA", "DAIDOUMYAKU MRA")])
        lab = CAP if "ABD" in sd.upper() else ["CHEST"]
        return sd, [S(mk(cx, "MR", cx.c(["3D CE-MRA Aorta", "Ao MRA sag", "NAV 3D SSFP aorta"]), "CHEST", ["AORTA"]), lab, None,
                      "aortic MRA: " + ", ".join(lab))]
    if kind == "carotid":
        sd = T(cx, us=["MRA NECK W WO", "MRA HEAD AND NECK"], uk=["MRA carotids"], fr=["Angio-IRM des TSA"], it=["Angio-RM TSA"],
               ja=[("頸部MRA", "KEIBU MRA"), ("頭頸部MRA", "TOUKEIBU MRA")])
        return sd, [S(mk(cx, "MR", cx.c(["CE MRA Neck", "TOF Neck", "3D TOF carotid", "頸部 TOF"] if cx.lang == "ja" else
                                      ["CE MRA Neck", "TOF Neck", "3D TOF carotid", "CE-MRA TSA"]), "NECK", ["HEAD"]),
                      ["NECK"], None, "cervical carotid MRA: NECK"),
                    S(mk(cx, "MR", "Plaque T1 BB", "NECK"), ["NECK"], None, "carotid plaque black-blood: NECK")]
    sd = T(cx, us=["MRA WHOLE BODY"], uk=["Whole-body MRA"], fr=["Angio-IRM corps entier"], it=["Angio-RM total body"],
           ja=[("全身MRA", "ZENSHIN MRA")])
    return sd, [S(mk(cx, "MR", "WB MRA composed", "WHOLEBODY"), WB, None, "whole-body MRA: the five axial regions by the whole-body rule")]


# ---------------------------------------------------------------- chest films
def dx(cx, desc, labels, lat, why, bpe=None, alt=None, **kw):
    return S(mk(cx, "DX", desc, bpe, alt, **kw), labels, lat, why)


def ex_cxr(cx):
    kind = cx.c(["pa", "pa", "port", "port", "device"])
    sd = {
        "pa": lambda: T(cx, us=["XR CHEST PA AND LATERAL 2V", "XR CHEST 2 VIEWS", "CHEST PA LAT"], uk=["XR Chest", "Chest X-ray PA", "CXR"],
                        fr=["Radiographie du thorax face + profil", "RX THORAX F+P", "Radio pulmonaire"], it=["RX torace 2 proiezioni", "RX torace PA e LL"],
                        ja=[("胸部単純X線", "KYOUBU XP"), ("胸部X線 正面・側面", "KYOUBU 2R")]),
        "port": lambda: T(cx, us=["XR CHEST 1 VIEW PORTABLE", "XR CHEST AP PORTABLE"], uk=["XR Chest Mobile", "Mobile CXR"],
                          fr=["Radio thorax au lit", "RX THORAX LIT"], it=["RX torace a letto", "RX torace portatile"],
                          ja=[("ポータブル胸部X線", "PORTABLE KYOUBU"), ("胸部XP(病棟)", "KYOUBU XP BYOUTOU")]),
        "device": lambda: T(cx, us=["XR CHEST PA LAT POST PACEMAKER", "XR CHEST POST STERNOTOMY"], uk=["CXR post PPM", "CXR post CABG"],
                            fr=["Radio thorax contrôle pacemaker", "RX thorax post-opératoire"], it=["RX torace controllo PM", "RX torace post-CCH"],
                            ja=[("胸部XP(PM植込み後)", "KYOUBU XP PM GO")]),
    }[kind]()
    why = "chest radiograph: CHEST"
    if kind == "port":
        vs = [cx.c(["AP", "CHEST AP", "Chest AP Portable", "Thorax AP", "胸部 AP" if cx.lang == "ja" else "AP SUPINE"])]
    else:
        vs = [cx.c(["PA", "CHEST PA", "Thorax PA", "Torace PA", "Thorax face", "胸部正面" if cx.lang == "ja" else "Chest PA"]),
              cx.c(["LAT", "LATERAL", "Lateral", "Thorax profil" if cx.lang == "fr" else "LL", "胸部側面" if cx.lang == "ja" else "LAT"])]
    ser = [dx(cx, v, ["CHEST"], None, why, cx.c(["CHEST", "CHEST", "THORAX"]), ["HEART", "LUNG"],
              ViewPosition="AP" if "AP" in v else ("LL" if v in ("LAT", "LATERAL", "Lateral", "LL", "Thorax profil", "胸部側面") else "PA"),
              AcquisitionDeviceProcessingDescription=cx.c(["CHEST PA", "Chest", "THORAX", "胸部"] if cx.lang == "ja" else ["CHEST PA", "Chest", "THORAX"]))
           for v in vs]
    if cx.p(0.3):
        for s in ser:
            s["meta"]["Modality"] = "CR"
    return sd, ser


# ---------------------------------------------------------------- the other exams of heart and vascular patients
# key: labels, modality, series names, BodyPartExamined, why, names per site
OTHER = {
    "ct_head": (["HEAD"], "CT", ["Head 5mm", "Brain 0.6 Hr38", "AXIAL 5.0 FC21", "Cerebrum 5.0", "HEAD STND"], "HEAD", "head CT: HEAD",
                dict(us=["CT HEAD WO CONTRAST", "CT BRAIN STROKE"], uk=["CT Head", "CT Head non contrast"], fr=["Scanner cérébral sans injection", "TDM crâne"],
                     it=["TC encefalo senza mdc", "TC cranio"], ja=[("頭部CT", "TOUBU CT"), ("頭部単純CT", "TOUBU CT")])),
    "mr_brain": (["HEAD"], "MR", ["ep2d_diff_tra", "DWI", "FLAIR AX", "t2_tse_tra", "Ax T2 FLAIR", "DWI_SENSE", "SWI"], "BRAIN", "brain MR: HEAD",
                 dict(us=["MRI BRAIN WO CONTRAST", "MRI BRAIN STROKE"], uk=["MRI Head", "MRI Brain"], fr=["IRM cérébrale", "IRM encéphalique"],
                      it=["RM encefalo", "RM encefalo con DWI"], ja=[("頭部MRI", "TOUBU MRI"), ("頭部MRI・MRA", "TOUBU MRI MRA")])),
    "ct_chest": (["CHEST"], "CT", ["Lung 1.0 Bl57", "Chest 5mm", "LUNG 1.25", "Mediastinum 3.0"], "CHEST", "chest CT: CHEST",
                 dict(us=["CT CHEST WO CONTRAST", "CT CHEST HIGH RESOLUTION"], uk=["CT Thorax", "HRCT chest (amiodarone)"],
                      fr=["Scanner thoracique", "TDM thorax sans injection"], it=["TC torace", "TC torace HRCT"],
                      ja=[("胸部CT", "KYOUBU CT"), ("胸部単純CT", "KYOUBU CT TANJUN")])),
    "ct_cap": (CAP, "CT", ["Body 3.0 Br40", "Portal venous 5mm", "TAP 1.25", "Body 5mm"], "CHEST", "chest/abdomen/pelvis CT: CHEST, ABDOMEN, PELVIS",
               dict(us=["CT CHEST ABDOMEN PELVIS W CONTRAST"], uk=["CT Chest Abdomen Pelvis", "CT CAP"], fr=["Scanner TAP", "TDM thoraco-abdomino-pelvienne"],
                    it=["TC torace-addome completo", "TC total body con mdc"], ja=[("胸腹部CT", "KYOUFUKUBU CT"), ("胸腹骨盤CT", "KYOUFUKU CT")])),
    "ct_ap": (AP, "CT", ["Abdomen 5mm", "Abd/Pel 3.0", "Portal 5.0 FC08", "Venous 3mm"], "ABDOMEN", "abdomen/pelvis CT: ABDOMEN, PELVIS",
              dict(us=["CT ABDOMEN PELVIS W CONTRAST", "CT ABD PELVIS RETROPERITONEAL BLEED"], uk=["CT Abdomen Pelvis", "CT abdo/pelvis ?RP haematoma"],
                   fr=["Scanner abdomino-pelvien", "TDM abdomino-pelvienne hématome"], it=["TC addome completo", "TC addome e pelvi"],
                   ja=[("腹部骨盤CT", "FUKUBU KOTSUBAN CT")])),
    "us_abd": (["ABDOMEN"], "US", ["Abdomen", "Liver", "Kidneys", "Abdomen superiore", "腹部"], "ABDOMEN", "upper abdominal ultrasound: ABDOMEN",
               dict(us=["US ABDOMEN COMPLETE", "US RENAL"], uk=["US Abdomen", "US Renal tract"], fr=["Echographie abdominale", "Écho rénale"],
                    it=["Ecografia addome superiore", "Ecografia renale"], ja=[("腹部エコー", "FUKUBU ECHO")])),
    "us_thyroid": (["NECK"], "US", ["Thyroid", "Thyroide", "Tiroide", "甲状腺"], "NECK", "thyroid ultrasound: NECK",
                   dict(us=["US THYROID"], uk=["US Thyroid"], fr=["Echographie thyroïdienne"], it=["Ecografia tiroide"],
                        ja=[("甲状腺エコー", "KOUJOUSEN ECHO")])),
    "axr": (AP, "DX", ["ABDOMEN AP", "KUB", "Abdomen supine", "ASP", "腹部正面"], "ABDOMEN", "abdominal film: ABDOMEN, PELVIS",
            dict(us=["XR ABDOMEN 1 VIEW KUB"], uk=["XR Abdomen"], fr=["ASP", "Radio abdomen sans préparation"], it=["RX addome diretto"],
                 ja=[("腹部XP", "FUKUBU XP")])),
    "xr_pelvis": (["PELVIS"], "DX", ["PELVIS AP", "Pelvis", "Bassin face", "Bacino AP", "骨盤正面"], "PELVIS", "pelvis film: PELVIS",
                  dict(us=["XR PELVIS 1 VIEW"], uk=["XR Pelvis"], fr=["Radio du bassin"], it=["RX bacino"], ja=[("骨盤XP", "KOTSUBAN XP")])),
    "xr_sternum": (["CHEST"], "DX", ["STERNUM LAT", "Sternum", "Sterno LL", "胸骨側面"], "CHEST", "sternum film: CHEST",
                   dict(us=["XR STERNUM 2 VIEWS"], uk=["XR Sternum (post sternotomy)"], fr=["Radio du sternum"], it=["RX sterno"],
                        ja=[("胸骨XP", "KYOUKOTSU XP")])),
    "xr_c": (["CSPINE"], "DX", ["C-SPINE AP", "C SPINE LAT", "Rachis cervical profil", "Cervicale LL", "頸椎側面"], "CSPINE", "cervical spine film: CSPINE",
             dict(us=["XR CERVICAL SPINE 2-3 VIEWS"], uk=["XR Cervical Spine"], fr=["Radio du rachis cervical"], it=["RX rachide cervicale"],
                  ja=[("頸椎XP", "KEITSUI XP")])),
    "xr_t": (["TSPINE"], "DX", ["T-SPINE AP", "T SPINE LAT", "Rachis dorsal profil", "Dorsale LL", "胸椎側面"], "TSPINE", "thoracic spine film: TSPINE",
             dict(us=["XR THORACIC SPINE 2 VIEWS"], uk=["XR Thoracic Spine"], fr=["Radio du rachis dorsal"], it=["RX rachide dorsale"],
                  ja=[("胸椎XP", "KYOUTSUI XP")])),
    "xr_l": (["LSPINE"], "DX", ["LUMBAR AP", "LUMBAR LAT", "Rachis lombaire face", "Lombare AP", "腰椎正面"], "LSPINE", "lumbar spine film: LSPINE",
             dict(us=["XR LUMBAR SPINE 2-3 VIEWS"], uk=["XR Lumbar Spine"], fr=["Radio du rachis lombaire"], it=["RX rachide lombosacrale"],
                  ja=[("腰椎XP", "YOUTSUI XP")])),
    "mr_tl": (["TSPINE", "LSPINE"], "MR", ["t2_tse_sag", "Sag T2 FSE", "T2W_TSE_SAG", "sag STIR", "ep2d_diff_sag"], "SPINE",
              "thoracolumbar spine MR (cord ischaemia after aortic repair): TSPINE, LSPINE",
              dict(us=["MRI THORACIC AND LUMBAR SPINE WO", "MRI T SPINE AND LUMBAR SPINE"], uk=["MRI Thoracic and Lumbar spine ?cord ischaemia"],
                   fr=["IRM médullaire dorso-lombaire", "IRM rachis dorsal et lombaire"], it=["RM rachide dorso-lombare"],
                   ja=[("胸腰椎MRI", "KYOUYOUTSUI MRI"), ("胸椎・腰椎MRI", "SEKITSUI MRI")])),
}
# Limb films: code -> names per site ({s}: side, masculine/feminine).
LIMB = {
    "FOOT": dict(us=["XR FOOT {s} 3V", "XR TOES {s}"], uk=["XR {s} Foot", "XR Foot {s}", "XR {s} toes"], fr=["Radio du pied {s}", "Rx orteils {s}"],
                 it=["RX piede {s}", "RX avampiede {s}"], ja=[("{s}足部XP", "SOKUBU XP {s}"), ("{s}足趾XP", "SOKUSHI XP {s}")]),
    "ANKLE": dict(us=["XR ANKLE {s} 3V"], uk=["XR Ankle {s}"], fr=["Rx cheville {sf}"], it=["RX caviglia {sf}"], ja=[("{s}足関節XP", "SOKUKANSETSU XP {s}")]),
    "KNEE": dict(us=["XR KNEE {s} 2V", "XR KNEE {s} STANDING"], uk=["XR Knee {s}"], fr=["Rx genou {s}"], it=["RX ginocchio {s}"],
                 ja=[("{s}膝関節XP", "HIZA XP {s}")]),
    "HIP": dict(us=["XR HIP {s} 2V"], uk=["XR {s} Hip"], fr=["Rx hanche {sf}"], it=["RX anca {sf}"], ja=[("{s}股関節XP", "KOKANSETSU XP {s}")]),
    "SHOULDER": dict(us=["XR SHOULDER {s} 2V", "XR CLAVICLE {s}"], uk=["XR Shoulder {s}", "XR {s} clavicle"], fr=["Rx épaule {sf}", "Rx clavicule {sf}"],
                     it=["RX spalla {sf}", "RX clavicola {sf}"], ja=[("{s}肩関節XP", "KATA XP {s}"), ("{s}鎖骨XP", "SAKOTSU XP {s}")]),
    "ELBOW": dict(us=["XR ELBOW {s} 2V"], uk=["XR Elbow {s}"], fr=["Rx coude {s}"], it=["RX gomito {s}"], ja=[("{s}肘関節XP", "HIJI XP {s}")]),
    "WRIST": dict(us=["XR WRIST {s} 3V"], uk=["XR Wrist {s}", "XR {s} scaphoid"], fr=["Rx poignet {s}"], it=["RX polso {s}"],
                  ja=[("{s}手関節XP", "TEKUBI XP {s}")]),
    "HAND": dict(us=["XR HAND {s} 3V", "XR FINGER {s}"], uk=["XR Hand {s}", "XR {s} fingers"], fr=["Rx main {sf}", "Rx doigts {s}"],
                 it=["RX mano {sf}", "RX dita mano {sf}"], ja=[("{s}手XP", "TE XP {s}"), ("{s}手指XP", "SHUSHI XP {s}")]),
    "THIGH": dict(us=["XR FEMUR {s} 2V", "XR AKA STUMP {s}"], uk=["XR Femur {s}", "XR {s} above knee stump"], fr=["Rx fémur {s}", "Rx moignon de cuisse {sf}"],
                  it=["RX femore {s}", "RX moncone di coscia {sf}"], ja=[("{s}大腿骨XP", "DAITAIKOTSU XP {s}"), ("{s}大腿切断端XP", "DAITAI SETSUDANTAN {s}")]),
    "LEG": dict(us=["XR TIBIA FIBULA {s} 2V", "XR BKA STUMP {s}"], uk=["XR Tib/Fib {s}", "XR {s} below knee stump"], fr=["Rx jambe {sf}", "Rx moignon de jambe {sf}"],
                it=["RX gamba {sf}", "RX moncone di gamba {sf}"], ja=[("{s}下腿XP", "KATAI XP {s}"), ("{s}下腿切断端XP", "KATAI SETSUDANTAN {s}")]),
    "ARM": dict(us=["XR HUMERUS {s} 2V"], uk=["XR Humerus {s}"], fr=["Rx humérus {s}"], it=["RX omero {s}"], ja=[("{s}上腕骨XP", "JOUWAN XP {s}")]),
    "FOREARM": dict(us=["XR FOREARM {s} 2V"], uk=["XR Forearm {s}"], fr=["Rx avant-bras {s}"], it=["RX avambraccio {s}"], ja=[("{s}前腕XP", "ZENWAN XP {s}")]),
}
VIEWS = {"FOOT": ["DP", "OBL", "LAT"], "ANKLE": ["AP", "MORTISE", "LAT"], "KNEE": ["AP", "LAT", "STANDING AP"], "HIP": ["AP", "LAT", "Lauenstein"],
         "SHOULDER": ["AP", "Y VIEW", "AXIAL"], "ELBOW": ["AP", "LAT"], "WRIST": ["PA", "LAT", "OBL"], "HAND": ["PA", "OBL"],
         "THIGH": ["AP", "LAT"], "LEG": ["AP", "LAT"], "ARM": ["AP", "LAT"], "FOREARM": ["AP", "LAT"]}


def ex_other(cx):
    r = cx.rng.random()
    if r < 0.42:
        key = cx.c(sorted(OTHER) + ["xr_c", "xr_c", "xr_c", "xr_t", "mr_tl", "ct_head"])
        lab, mod, names, bpe, why, forms = OTHER[key]
        sd = T(cx, **forms)
        ser = []
        if mod == "CT":
            ser.append(scout(cx, lab, why, bpe=bpe))
        for n in cx.rng.sample(names, min(2, len(names))):
            if cx.lang != "ja" and any(ord(ch) > 0x3000 for ch in n):
                n = names[0]
            alt = ["SPINE"] if "SPINE" in lab[0] else ["CHEST"] if lab[0] in ("CHEST", "NECK") else ["ABDOMEN"] if lab[0] == "PELVIS" else None
            ser.append(S(mk(cx, mod, n, bpe, alt), lab, None, why))
        if mod == "CT":
            ser.append(dose_page(cx))
        return sd, ser
    if r < 0.55:
        return ex_breast(cx)
    if r < 0.62:
        return ex_dxa(cx)
    if r < 0.68:
        s = cx.c("LR")
        sd = T(cx, s, us=["MRI FOOT {s} W WO CONTRAST"], uk=["MRI {s} foot ?osteomyelitis"], fr=["IRM du pied {s}"], it=["RM piede {s}"],
               ja=[("{s}足部MRI", "SOKUBU MRI {s}")])
        why = f"foot MR (diabetic foot): FOOT, side {s}"
        return sd, [S(mk(cx, "MR", n, "FOOT", ["ANKLE", "EXTREMITY"]), ["FOOT"], s, why)
                    for n in cx.rng.sample(["t1_tse_sag", "STIR SAG", "PDW_SPAIR_COR", "T1 FS post Gd", "Ax T2 FS", "localizer"], 2)]
    code = cx.c(["FOOT"] * 5 + ["ANKLE", "KNEE", "KNEE", "HIP", "SHOULDER", "ELBOW", "WRIST", "HAND", "HAND", "THIGH", "LEG", "LEG",
                                "ARM", "FOREARM"])
    s = "B" if code in ("FOOT", "KNEE", "HAND") and cx.p(0.25) else cx.c("LR")
    sd = T(cx, s, **LIMB[code])
    why = f"{code.lower()} radiograph, side {s}"
    ser = []
    for v in cx.rng.sample(VIEWS[code], min(2, len(VIEWS[code]))):
        kw = {"ViewPosition": v if v in ("AP", "PA", "LAT") else None}
        lat = s
        if s != "B" and cx.p(0.4):
            kw["ImageLaterality"] = s
        if s == "B" and cx.p(0.5):
            lat = cx.c("LR")
            kw["ImageLaterality"] = lat
            v = f"{v} {cx.sside(lat)}"
        ser.append(dx(cx, v, [code], lat, why if lat == s else f"{code.lower()} radiograph of the {lat} side in a bilateral order",
                      code, ["EXTREMITY", "LOWER EXTREMITY" if code in ("FOOT", "ANKLE", "KNEE", "HIP", "THIGH", "LEG") else "UPPER EXTREMITY"], **kw))
    return sd, ser


def ex_breast(cx):
    if cx.p(0.7):
        sd = T(cx, us=["MAMMO SCREENING BILAT W TOMO", "MG SCREENING BILATERAL"], uk=["Breast screening mammogram", "Mammogram bilateral"],
               fr=["Mammographie de dépistage bilatérale", "Mammographie bilatérale"], it=["Mammografia bilaterale", "Mammografia di screening"],
               ja=[("マンモグラフィ", "MMG"), ("乳房撮影(両側)", "MAMMO RYOUSOKU")])
        ser = []
        for s in "RL":
            for v in ("CC", "MLO"):
                ser.append(S(mk(cx, "MG", cx.c([f"{s} {v}", f"{s}{v}", f"{v} {s}"]), "BREAST", ImageLaterality=s, ViewPosition=v),
                             ["BREAST"], s, f"mammogram view of the {s} breast: BREAST"))
        return sd, ser
    s = cx.c("LR")
    sd = T(cx, s, us=["US BREAST {s} LIMITED"], uk=["US {s} breast"], fr=["Echographie mammaire {sf}"], it=["Ecografia mammaria {s}"],
           ja=[("{s}乳房エコー", "NYUUBOU ECHO {s}")])
    return sd, [us(cx, cx.c(["Breast", "Sein", "Mammella", "乳腺"] if cx.lang == "ja" else ["Breast", "Small Parts", "Breast " + cx.sside(s)]),
                   ["BREAST"], s, f"breast ultrasound: BREAST, side {s}", "BREAST")]


def ex_dxa(cx):
    sd = T(cx, us=["DXA BONE DENSITY AXIAL SKELETON"], uk=["DEXA scan"], fr=["Ostéodensitométrie"], it=["MOC DEXA colonna e femore"],
           ja=[("骨密度(DXA)", "KOTSUMITSUDO DXA"), ("骨密度 腰椎・大腿骨", "KOTSUMITSUDO")])
    s = cx.c("LR")
    sw = {"R": cx.c(["Right", "RIGHT", "R"]), "L": cx.c(["Left", "LEFT", "L"])}[s]
    return sd, [S(mk(cx, "BMD", cx.c(["AP Spine", "Lumbar Spine", "Spine L1-L4"]), "LSPINE", ["SPINE"]), ["LSPINE"], None, "DXA spine image: LSPINE"),
                S(mk(cx, "BMD", cx.c([f"{sw} Femur", f"{sw} Hip", f"DualFemur {sw}"]), "HIP", ["PELVIS"]), ["HIP"], s, f"DXA hip image: HIP, side {s}"),
                S(mk(cx, "BMD", f"{sw} Forearm", "FOREARM", ["ARM"]), ["FOREARM"], s, f"DXA forearm image: FOREARM, side {s}"),
                S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "SeriesDescription": "DXA Results"}, [], None,
                  "DXA result SR: no pixels", img=False)]


# ---------------------------------------------------------------- objects without anatomy
def noanat(cx):
    k = cx.c(["ecg", "doc", "ko", "pr", "qa", "pdf", "sc"])
    if k == "ecg":
        return {"Modality": "ECG", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.9.1.1",
                "SeriesDescription": cx.c(["12 Lead ECG", "Resting ECG", "ECG 12 derivations" if cx.lang == "fr" else "12-lead ECG",
                                           "心電図" if cx.lang == "ja" else "ECG"])}, "ECG waveform: no image"
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": {"us": "Scanned Requisition", "uk": "Request Form", "fr": "Bon de demande scanne",
                                      "it": "Richiesta scansionata", "ja": cx.c(["依頼票", "同意書", "IRAIHYOU"])}[cx.lang]}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection", "キー画像" if cx.lang == "ja" else "Rejected for Quality Reasons"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Stenosis measurements", "Annotations"])}, "presentation state: no pixels"
    if k == "qa":
        return cx.c([
            {"Modality": "CT", "SeriesDescription": cx.c(["Water phantom QA", "Daily QA 120kV", "Phantom"]), "ImageType": "ORIGINAL\\PRIMARY\\AXIAL",
             "StudyDescription": "QA"},
            {"Modality": "NM", "SeriesDescription": cx.c(["Daily flood Co57", "Uniformity QC", "COR QC"]), "StudyDescription": "QC Gamma Camera"},
        ]), "phantom/QC images: no patient anatomy"
    if k == "pdf":
        return {"Modality": "DOC", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.104.1",
                "SeriesDescription": cx.c(["FFRct Report", "Encapsulated PDF", "Cath Report", "Structured Report PDF"])}, "encapsulated report: no image"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Screen Save", "Exam Protocol", "Protocol Page"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


STRATA = {
    "cardiac-ct": [(ex_cacs, 2), (ex_ccta, 5), (ex_tavi, 2), (ex_pvct, 1)],
    "cardiac-mr": [(ex_cmr, 1)],
    "nuclear": [(ex_mpi, 4), (ex_cardiac_pet, 2), (ex_pet_wb, 2), (ex_nm_other, 2)],
    "vasc-us": [(ex_carotid, 3), (ex_abd_duplex, 2), (ex_leg_duplex, 5), (ex_groin, 1), (ex_popliteal, 1), (ex_arm_duplex, 3),
                (ex_echo, 2), (ex_tcd, 0.5)],
    "angio": [(ex_cag, 4), (ex_leg_angio, 4), (ex_aorta_angio, 2), (ex_neuro_angio, 1), (ex_access_angio, 2)],
    "cta-mra": [(ex_cta_aorta, 4), (ex_cta_runoff, 2), (ex_cta_other, 2.5), (ex_mra, 2)],
    "chest-film": [(ex_cxr, 1)],
    "other": [(ex_other, 1)],
}


# ---------------------------------------------------------------- assembly
def plain(meta):
    return dict(meta)


def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a hand-typed order slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5 or not w.isascii():
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
            fns = STRATA[stratum]
            fn = rng.choices([f for f, _ in fns], [w for _, w in fns])[0]
            sd, ser = fn(cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.14:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [plain(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.2:
                    meta[rng.choice(["RequestedProcedureDescription", "PerformedProcedureStepDescription"])] = sd
                if cx.lang == "it" and len(sd) > 16 and rng.random() < 0.15:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "StudyDescription" not in meta:
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
