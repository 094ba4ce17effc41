"""Writes tests/anatomy/data/clinical_set_42.jsonl: heart and vascular imaging at five practices (a
German university heart centre, a Spanish cardiology and vascular-surgery hospital, a Polish
regional cardiology hospital, a Chinese cardiovascular hospital, a Brazilian vascular and
interventional clinic), labelled blind against the shared anatomy spec (see README.md beside
this file).

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

SEED = 42
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_42.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LEGDUP = ["THIGH", "KNEE", "LEG"]
ARMCTA = ["CHEST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND"]

# SOP classes
US_MF = "1.2.840.10008.5.1.4.1.1.3.1"
US_IMG = "1.2.840.10008.5.1.4.1.1.6.1"
XA_IMG = "1.2.840.10008.5.1.4.1.1.12.1"
SC_IMG = "1.2.840.10008.5.1.4.1.1.7"
SR_DOSE = "1.2.840.10008.5.1.4.1.1.88.67"
SR_COMP = "1.2.840.10008.5.1.4.1.1.88.33"
SR_ENH = "1.2.840.10008.5.1.4.1.1.88.22"
KO_UID = "1.2.840.10008.5.1.4.1.1.88.59"
PR_UID = "1.2.840.10008.5.1.4.1.1.11.1"
PDF_UID = "1.2.840.10008.5.1.4.1.1.104.1"

# ---------------------------------------------------------------- vendors
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Force", "NAEOTOM Alpha", "SOMATOM Drive"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Revolution Apex", "Discovery CT750 HD"]),
    "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion ONE PRISM"]),
    "Toshiba": ("TOSHIBA", ["Aquilion", "Aquilion PRIME"]),
    "UIH": ("UIH", ["uCT 960+", "uCT 780"]),
    "Philips": ("Philips", ["Brilliance iCT", "IQon - Spectral CT", "Incisive CT"]),
}
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Aera", "MAGNETOM Sola Cardiovascular"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Explorer", "Optima MR450w"]),
    "UIH": ("UIH", ["uMR 790", "uMR 780"]),
}
XA_MAKE = {
    "Siemens": ("SIEMENS", ["ARTIS icono biplane", "Artis zee", "AXIOM-Artis"]),
    "Philips": ("Philips Medical Systems", ["Azurion 7 M20", "AlluraXper", "Azurion 7 B20/15"]),
    "GE": ("GE Healthcare", ["Innova IGS 540", "Innova 2100-IQ", "Optima IGS 330"]),
    "Canon": ("CANON_MEC", ["Alphenix Sky +", "Infinix-i"]),
}
US_MAKE = {
    "Philips": ("Philips Medical Systems", ["EPIQ CVx", "EPIQ 7C", "Affiniti 70W"]),
    "GE": ("GE Vingmed Ultrasound", ["Vivid E95", "Vivid S70N", "Vivid iq"]),
    "GEgen": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8"]),
    "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
    "Mindray": ("Mindray", ["Resona 7", "DC-80", "M9"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["HERA W10", "RS85", "V8"]),
    "Siemens": ("SIEMENS", ["ACUSON SC2000", "ACUSON Sequoia"]),
}
XR_MAKE = {
    "Siemens": ("SIEMENS", ["Ysio Max", "Mobilett Elara Max"], "DX"),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FCR Capsula XLII"], "CR"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution"], "DX"),
    "UIH": ("UIH", ["uDR 780i", "uDR 370i"], "DX"),
    "Agfa": ("Agfa", ["DR 600", "DX-D 100"], "DX"),
}
NM_MAKE = {
    "Siemens": ("SIEMENS NM", ["Symbia Intevo Bold", "Symbia T16"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM 530c", "Discovery NM/CT 670", "Infinia"]),
    "UIH": ("UIH", ["uMI 780"]),
}
PET_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI"]),
            "UIH": ("UIH", ["uMI 780"]), "Philips": ("Philips Medical Systems", ["Vereos PET/CT"])}

# ---------------------------------------------------------------- sites
# name: languages (drawn per study), kind, rows, vendors, strata with weights, share of ASCII-only consoles
SITES = {
    "de-hz": dict(langs=["de"], kind="university heart centre, Germany", n=215,
                  ct="Siemens", mr="Siemens", xa="Siemens", us=["Philips", "GE", "Siemens"], vus="Philips", xr="Siemens", nm="Siemens",
                  pet="Siemens", strata={"ccta": 5, "cmr": 4, "echo": 3, "vus": 3, "cta": 4, "xa": 5, "nm": 2, "chest": 3, "other": 1},
                  ascii=0.15),
    "es-hosp": dict(langs=["es", "es", "ca"], kind="cardiology and vascular-surgery hospital, Spain", n=190,
                    ct="GE", mr="Philips", xa="Philips", us=["GE"], vus="Canon", xr="Fujifilm", nm="GE", pet="GE",
                    strata={"ccta": 3, "cmr": 2, "echo": 3, "vus": 4, "cta": 4, "xa": 4, "nm": 2, "chest": 2, "other": 1}, ascii=0.2),
    "pl-kard": dict(langs=["pl"], kind="regional cardiology hospital, Poland", n=185,
                    ct="Canon", mr="GE", xa="GE", us=["GE", "Mindray"], vus="Mindray", xr="Carestream", nm="GE", pet="GE",
                    strata={"ccta": 3, "cmr": 2, "echo": 3, "vus": 3, "cta": 3, "xa": 5, "nm": 2, "chest": 3, "other": 3}, ascii=0.3),
    "cn-cv": dict(langs=["zh", "zh", "zh", "py"], kind="cardiovascular hospital, China", n=190,
                  ct="UIH", mr="UIH", xa="Philips", us=["Philips", "Mindray"], vus="Mindray", xr="UIH", nm="GE", pet="UIH",
                  strata={"ccta": 5, "cmr": 2, "echo": 3, "vus": 3, "cta": 4, "xa": 4, "nm": 1, "chest": 3, "other": 1}, ascii=0.0),
    "br-vasc": dict(langs=["pt"], kind="vascular and interventional clinic, Brazil", n=170,
                    ct="Philips", mr="Siemens", xa="GE", us=["Samsung"], vus="Samsung", xr="Agfa", nm="Siemens", pet="Philips",
                    strata={"ccta": 2, "cmr": 1, "echo": 2, "vus": 6, "cta": 4, "xa": 5, "nm": 1, "chest": 2, "other": 2}, ascii=0.25),
}
SECOND = {"de-hz": {"ct": "Siemens"}, "cn-cv": {"ct": "Siemens", "mr": "Philips", "xa": "Canon"},
          "pl-kard": {"ct": "Toshiba", "xa": "Siemens"}, "br-vasc": {"xa": "Philips", "vus": "Canon"},
          "es-hosp": {"vus": "GEgen"}}
NOANAT_SHARE = 0.04


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = dict(SITES[site])
        for k, v in SECOND.get(site, {}).items():
            if rng.random() < 0.35:
                self.cfg[k] = v
        self.lang = rng.choice(self.cfg["langs"])
        self.ascii = rng.random() < self.cfg["ascii"]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def T(cx, **kw):
    """The phrase of the study's language; Catalan falls back to Spanish, pinyin consoles to
    English, then Chinese."""
    lang = cx.lang
    got = kw.get(lang)
    if got is None and lang == "ca":
        got = kw.get("es")
    if got is None and lang == "py":
        got = kw.get("en") or kw.get("zh")
    if got is None:
        got = kw.get("en") or next(iter(kw.values()))
    return cx.c(got) if isinstance(got, list) else got


def fold(text):
    """An ASCII-only console: umlauts written out, accents and Polish signs dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"), ("ł", "l"), ("Ł", "L")):
        text = text.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def cs(cx, text):
    """How the site's RIS writes an order title: some upper-case it, ASCII consoles fold it."""
    if cx.ascii:
        text = fold(text)
    if cx.lang != "zh" and cx.p(0.22):
        text = text.upper()
    return text


# Side words per language: {side: {form: [words]}}; forms are grammatical (m, f; Polish genitive gf/gm).
SIDEW = {
    "de": {"R": ["rechts", "re.", "re", "RE"], "L": ["links", "li.", "li", "LI"], "B": ["beidseits", "bds.", "bds", "beidseitig"]},
    "es": {"R": {"m": ["derecho", "dcho.", "der."], "f": ["derecha", "dcha.", "der."]},
           "L": {"m": ["izquierdo", "izq.", "izdo."], "f": ["izquierda", "izq.", "izda."]}, "B": ["bilateral", "bilat."]},
    "ca": {"R": {"m": ["dret", "dta."], "f": ["dreta", "dta."]}, "L": {"m": ["esquerre", "esq."], "f": ["esquerra", "esq."]},
           "B": ["bilateral", "bilat."]},
    "pl": {"R": {"m": ["prawy", "P"], "f": ["prawa", "P"], "gf": ["prawej", "P"], "gm": ["prawego", "P"]},
           "L": {"m": ["lewy", "L"], "f": ["lewa", "L"], "gf": ["lewej", "L"], "gm": ["lewego", "L"]},
           "B": ["obustronnie", "obustr."]},
    "pt": {"R": {"m": ["direito", "dir."], "f": ["direita", "dir."]}, "L": {"m": ["esquerdo", "esq."], "f": ["esquerda", "esq."]},
           "B": ["bilateral", "bilat."]},
    "zh": {"R": ["右侧", "右"], "L": ["左侧", "左"], "B": ["双侧"]},
    "py": {"R": ["RIGHT", "R", "YOUCE"], "L": ["LEFT", "L", "ZUOCE"], "B": ["BILATERAL", "BIL", "SHUANGCE"]},
}


def sw(cx, side, g="m"):
    t = SIDEW[cx.lang][side]
    if isinstance(t, dict):
        t = t.get(g) or t["m"]
    return cx.c(t)


# Whole lower or upper limb as RIS titles write it, side included.
LIMB = {
    "de": {"lo": {"R": ["Bein rechts", "Bein re.", "rechtes Bein"], "L": ["Bein links", "Bein li.", "linkes Bein"],
                  "B": ["Beine bds.", "beider Beine", "Beine beidseits"]},
           "up": {"R": ["Arm rechts", "Arm re.", "rechter Arm"], "L": ["Arm links", "Arm li.", "linker Arm"], "B": ["Arme bds.", "beider Arme"]}},
    "es": {"lo": {"R": ["miembro inferior derecho", "MID", "EID", "extremidad inferior derecha"],
                  "L": ["miembro inferior izquierdo", "MII", "EII", "extremidad inferior izquierda"],
                  "B": ["EEII", "MMII", "ambos miembros inferiores", "EEII bilateral"]},
           "up": {"R": ["miembro superior derecho", "MSD", "brazo derecho"], "L": ["miembro superior izquierdo", "MSI", "brazo izquierdo"],
                  "B": ["EESS", "MMSS bilateral"]}},
    "ca": {"lo": {"R": ["extremitat inferior dreta", "EID", "cama dreta"], "L": ["extremitat inferior esquerra", "EIE", "cama esquerra"],
                  "B": ["EEII", "extremitats inferiors bilateral", "ambdues cames"]},
           "up": {"R": ["extremitat superior dreta", "ESD", "braç dret"], "L": ["extremitat superior esquerra", "ESE", "braç esquerre"],
                  "B": ["EESS", "ambdós braços"]}},
    "pl": {"lo": {"R": ["kończyny dolnej prawej", "kkd - P", "prawej kończyny dolnej"], "L": ["kończyny dolnej lewej", "kkd - L", "lewej kończyny dolnej"],
                  "B": ["kończyn dolnych obustronnie", "kkd obustronnie", "KKD", "obu kończyn dolnych"]},
           "up": {"R": ["kończyny górnej prawej", "prawej kończyny górnej"], "L": ["kończyny górnej lewej", "lewej kończyny górnej"],
                  "B": ["kończyn górnych obustronnie", "KKG"]}},
    "pt": {"lo": {"R": ["membro inferior direito", "MID", "perna direita"], "L": ["membro inferior esquerdo", "MIE", "perna esquerda"],
                  "B": ["membros inferiores", "MMII", "MMII bilateral"]},
           "up": {"R": ["membro superior direito", "MSD", "braço direito"], "L": ["membro superior esquerdo", "MSE", "braço esquerdo"],
                  "B": ["membros superiores", "MMSS"]}},
    "zh": {"lo": {"R": ["右下肢"], "L": ["左下肢"], "B": ["双下肢"]}, "up": {"R": ["右上肢"], "L": ["左上肢"], "B": ["双上肢"]}},
    "py": {"lo": {"R": ["YOU XIAZHI", "RIGHT LOWER LIMB", "R LE"], "L": ["ZUO XIAZHI", "LEFT LOWER LIMB", "L LE"],
                  "B": ["SHUANG XIAZHI", "BILATERAL LOWER LIMBS"]},
           "up": {"R": ["YOU SHANGZHI", "RIGHT UPPER LIMB", "R UE"], "L": ["ZUO SHANGZHI", "LEFT UPPER LIMB", "L UE"],
                  "B": ["SHUANG SHANGZHI", "BILATERAL UPPER LIMBS"]}},
}


def limb(cx, kind, side):
    return cx.c(LIMB[cx.lang][kind][side])


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def pos(cx, feet=False):
    return "FFS" if feet else cx.c(["HFS", "HFS", "HFS", "FFS"] if not feet else ["FFS"])


# ---------------------------------------------------------------- metadata builders

def ct(cx, desc, kernel=None, thick=None, scout=False, vendor=None, **kw):
    v = vendor or cx.cfg["ct"]
    make, models = CT_MAKE[v]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if scout:
        m["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER"
    else:
        m["ImageType"] = cx.c(["ORIGINAL\\PRIMARY\\AXIAL", "ORIGINAL\\PRIMARY\\AXIAL", "DERIVED\\SECONDARY\\AXIAL"])
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def mr(cx, desc, seq=None, scan=None, **kw):
    make, models = MR_MAKE[cx.cfg["mr"]]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if seq:
        m["SequenceName"] = seq
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def us(cx, desc, vendor=None, cine=None, **kw):
    v = vendor or cx.cfg["vus"]
    make, models = US_MAKE[v]
    cine = cx.p(0.5) if cine is None else cine
    m = {"Modality": "US", "Manufacturer": make, "ManufacturerModelName": cx.c(models),
         "SOPClassUID": US_MF if cine else US_IMG}
    if desc:
        m["SeriesDescription"] = desc
    if cine:
        m["NumberOfFrames"] = cx.c(["46", "58", "73", "92", "120", "151"])
    m.update(kw)
    return m


def xa(cx, desc, protocol=None, vendor=None, **kw):
    v = vendor or cx.cfg["xa"]
    make, models = XA_MAKE[v]
    m = {"Modality": "XA", "SOPClassUID": XA_IMG, "Manufacturer": make, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    if protocol:
        m["ProtocolName"] = protocol
    m["NumberOfFrames"] = cx.c(["1", "24", "38", "52", "67", "85", "110"])
    m.update(kw)
    return m


def xr(cx, desc, view=None, **kw):
    make, models, mod = XR_MAKE[cx.cfg["xr"]]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def nmm(cx, desc, mod="NM", **kw):
    if mod == "PT":
        make, models = PET_MAKE[cx.cfg["pet"]]
    else:
        make, models = NM_MAKE[cx.cfg["nm"]]
    m = {"Modality": mod, "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    m.update(kw)
    return m


def bpe(cx, ser, good, alt=None, p_missing=0.27, p_alt=0.14):
    """BodyPartExamined as the console fills it for the whole study: often missing, sometimes
    coarse or copied from a wrong protocol; a per-series value overrides ``good``."""
    r = cx.rng.random()
    if r < p_missing:
        return
    val = cx.c(alt) if alt and r < p_missing + p_alt else None
    for s in ser:
        if not s["img"]:
            continue
        g = s.pop("bp", None) or good
        if g is None:
            continue
        s["meta"]["BodyPartExamined"] = val or g


# CT scouts and recon names per vendor: (scout name, recon name for a region word, kernel soft, kernel cardiac)
def ct_scout(cx):
    return {"Siemens": "Topogram  0.6  T80s", "GE": "Scout", "Philips": "Surview", "Canon": "Scanogram", "Toshiba": "Scanogram",
            "UIH": "Topo"}[cx.cfg["ct"]]


def ct_cardiac_recons(cx, phase=None):
    v = cx.cfg["ct"]
    ph = phase or cx.c(["75%", "70%", "40%", "BestDiast", "BestSyst"])
    if v == "Siemens":
        return [(f"Cor  0.6  Bv40  3  {ph}", "Bv40", "0.6"), (f"Cor  0.75  Bv36  {ph}", "Bv36", "0.75"),
                ("CaScore  3.0  Qr36  3", "Qr36", "3"), ("Cardiac  3.0  Bv40  Multiphase", "Bv40", "3")]
    if v == "GE":
        return [(f"0.625mm STND {ph}", "STANDARD", "0.625"), (f"SnapShot Freeze {ph}", "STANDARD", "0.625"),
                ("SmartScore 2.5mm", "STANDARD", "2.5"), ("Cardiac 10 phases", "STANDARD", "0.625")]
    if v == "Philips":
        return [(f"Cardiac 0.9mm XCB {ph}", "XCB", "0.9"), (f"CCTA 0.67 XCA {ph}", "XCA", "0.67"),
                ("CaScoring 3mm", "B", "3"), ("iDose 4 Cardiac(XCB)", "XCB", "0.9")]
    if v in ("Canon", "Toshiba"):
        return [(f"CARDIAC 0.5 FC43 {ph}", "FC43", "0.5"), (f"AIDR 3D CARDIAC {ph}", "FC03", "0.5"),
                ("CaSc 3.0 FC12", "FC12", "3"), ("MULTIPHASE 0.5", "FC43", "0.5")]
    return [(f"Cardiac_0.5mm_B_SOFT_B_{ph}", "B_SOFT_B", "0.5"), (f"CCTA {ph} 0.625mm", "B_SOFT_C", "0.625"),
            ("CaSc_3mm", "B_SOFT_AA", "3"), ("Cardiac multiphase", "B_SOFT_B", "0.5")]


def ct_region_recon(cx, region):
    """A non-cardiac recon name with or without a region word, as each vendor writes it."""
    v = cx.cfg["ct"]
    if v == "Siemens":
        word = {"thorax": "Thorax", "angio": "Angio", "aorta": "Aorta", "runoff": "Runoff", "head": "Kopf", "neck": "Hals",
                "abd": "Abdomen", "pulm": "Thorax"}[region]
        k = cx.c(["Bv40", "Bv36", "Br40", "Qr40"])
        return cx.c([f"{word}  1.0  {k}  3", f"{word}  0.75  {k}", f"Angio  1.0  {k}  3", f"MIP  {word}"]), k
    if v == "GE":
        return cx.c(["1.25mm STND", "0.625mm STND", f"{region.upper()} 1.25 STND", "3D MIP"]), "STANDARD"
    if v == "Philips":
        return cx.c(["iDose 4 CTA 1mm", f"{region.capitalize()} 1mm B", "CTA MIP", "iDose 4 Standard(B)"]), "B"
    if v in ("Canon", "Toshiba"):
        return cx.c(["AXIAL 1.0 FC03", f"{region.upper()} 0.5 FC08", "CTA 1.0", "VOL 0.5"]), cx.c(["FC03", "FC08"])
    return cx.c([f"{region.upper()}_1mm_B_SOFT_B", "CTA_1mm", f"{region}_0.625mm", "MIP_10mm"]), "B_SOFT_B"


def ct_dose(cx):
    v = cx.cfg["ct"]
    if v == "Siemens":
        return S(ct(cx, "Patient Protocol", ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SC_IMG), [], None,
                 "CT patient protocol page: text, no anatomy", img=False)
    if v == "GE":
        return S(ct(cx, "Dose Report", ImageType="DERIVED\\SECONDARY\\SCREEN SAVE", SOPClassUID=SC_IMG), [], None,
                 "CT dose screen: text, no anatomy", img=False)
    if v == "Philips":
        return S(ct(cx, "Dose Info", ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SC_IMG), [], None,
                 "CT dose info page: no anatomy", img=False)
    return S({"Modality": "SR", "SOPClassUID": SR_DOSE, "Manufacturer": CT_MAKE[v][0],
              "SeriesDescription": cx.c(["Dose Report", "Radiation Dose Report", "Exam Summary"])}, [], None,
             "CT dose structured report: no anatomy", img=False)


def tracker(cx):
    return {"Siemens": "Monitoring", "GE": "SmartPrep", "Philips": "Bolus Tracking", "Canon": "SUREStart", "Toshiba": "Real Prep",
            "UIH": "Bolus Tracking"}[cx.cfg["ct"]]


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def ccta(cx):
    k = cx.c(["cta"] * 5 + ["ca"] * 2 + ["tavi"] * 3 + ["pv", "laa", "cabg", "chd"])
    if k == "cta":
        sd = T(cx, de=["CT Koronarangiographie", "Kardio-CT mit Calcium-Score", "CT Koronarien", "CCTA"],
               es=["TC coronario", "Angio-TC de arterias coronarias", "TC de coronarias con score de calcio"],
               ca=["TC coronari", "Angio-TC d'artèries coronàries"],
               pl=["Angio-TK tętnic wieńcowych", "TK serca - ocena tętnic wieńcowych", "Koronarografia TK"],
               zh=["冠状动脉CTA", "冠脉CTA+钙化积分", "心脏冠脉CT血管成像"], py=["GUANMAI CTA", "CORONARY CTA", "CTA GUANZHUANG DONGMAI"],
               pt=["Angiotomografia de coronárias", "Angio-TC de coronárias com escore de cálcio", "AngioTC coronariana"])
        why = "coronary CT angiography: heart"
    elif k == "ca":
        sd = T(cx, de=["Calcium-Scoring", "CT Herz nativ (Kalk-Score)"], es=["Score de calcio coronario", "TC cardiaco sin contraste (calcio)"],
               ca=["Score de calci coronari"], pl=["Calcium score", "TK serca bez kontrastu - ocena zwapnień"],
               zh=["冠脉钙化积分", "心脏CT钙化积分"], py=["CA SCORE", "GAIHUA JIFEN"], pt=["Escore de cálcio coronariano", "Escore de cálcio"])
        why = "coronary calcium score: heart"
    elif k == "tavi":
        sd = T(cx, de=["CT TAVI-Planung", "CT vor TAVI (Herz + Becken-Zugang)", "TAVI-CT"],
               es=["TC cardiaco pre-TAVI", "Angio-TC planificación TAVI"], ca=["TC cardíac pre-TAVI"],
               pl=["TK serca przed TAVI", "Angio-TK - kwalifikacja do TAVI"], zh=["TAVR术前CTA（主动脉根部+髂股动脉）", "TAVI术前评估CTA"],
               py=["TAVR PRE CTA", "TAVI PLANNING CTA"], pt=["Angiotomografia para planejamento de TAVI", "AngioTC pré-TAVI"])
        why = "TAVI planning CT"
    elif k == "pv":
        sd = T(cx, de=["CT Herz Pulmonalvenen vor PVI", "CT linker Vorhof/Pulmonalvenen"], es=["TC de venas pulmonares (pre-ablación FA)"],
               ca=["TC de venes pulmonars pre-ablació"], pl=["TK lewego przedsionka i żył płucnych przed ablacją"],
               zh=["左心房肺静脉CTA（射频消融术前）"], py=["ZUO XINFANG FEIJINGMAI CTA"], pt=["Angio-TC de veias pulmonares pré-ablação"])
        why = "left atrium and pulmonary veins before ablation: heart"
    elif k == "laa":
        sd = T(cx, de=["CT Vorhofohr (LAA-Okkluder)", "CT LAA vor Verschluss"], es=["TC cardiaco orejuela izquierda (cierre)"],
               ca=["TC orella esquerra (tancament)"], pl=["TK uszka lewego przedsionka"], zh=["左心耳CTA"], py=["LAA CTA"],
               pt=["Angio-TC de apêndice atrial esquerdo"])
        why = "left atrial appendage CT: heart"
    elif k == "cabg":
        sd = T(cx, de=["CT Bypass-Darstellung", "CT Koronarien + Bypässe"], es=["Angio-TC de injertos coronarios (bypass)"],
               pl=["Angio-TK pomostów aortalno-wieńcowych"], zh=["冠脉搭桥术后CTA"], py=["CABG CTA"], pt=["Angio-TC de pontes coronárias"])
        why = "bypass graft CTA: heart and grafts in the chest"
    else:
        sd = T(cx, de=["CT Herz angeborener Herzfehler (EMAH)", "Kardio-CT Kinder (AHF)"], es=["TC cardiaco cardiopatía congénita"],
               ca=["TC cardíac cardiopatia congènita"], pl=["TK serca - wada wrodzona"], zh=["先天性心脏病心脏CTA"], py=["CHD CARDIAC CTA"],
               pt=["Angio-TC cardíaca - cardiopatia congênita"])
        why = "congenital heart disease CT: heart and great vessels"
    sd = cs(cx, sd)
    ser = []
    rec = ct_cardiac_recons(cx)
    if k == "tavi":
        ser.append(S(ct(cx, ct_scout(cx), scout=True, PatientPosition=pos(cx)), CAP, None, why + "; topogram planning heart and access (chest to groins)"))
        d, kn, th = rec[0]
        ser.append(S(ct(cx, d, kn, th), ["CHEST"], None, why + "; ECG-gated heart recon", ))
        acc = {"Siemens": "Aorta-Becken  1.0  Bv40", "GE": "1.25mm STND Aorta-Iliac", "Philips": "Access CTA 1mm B",
               "Canon": "ILIAC ACCESS 1.0 FC08", "Toshiba": "AORTA ILIAC 1.0", "UIH": "Aorta_Iliac_1mm"}[cx.cfg["ct"]]
        ser.append(S(ct(cx, acc, rec[0][1], "1"), CAP, None, why + "; access recon aorta to femoral heads"))
        if cx.p(0.5):
            ser.append(S(ct(cx, cx.c(["Annulus MPR", "Aortic root 3mensio", "AoRoot MPR"]), ImageType="DERIVED\\SECONDARY\\MPR"), ["CHEST"], None,
                         why + "; aortic root reformat"))
    else:
        ser.append(S(ct(cx, ct_scout(cx), scout=True, PatientPosition="HFS"), ["CHEST"], None, why + "; scout of the cardiac scan"))
        if k in ("cta", "ca"):
            d, kn, th = rec[2]
            ser.append(S(ct(cx, d, kn, th), ["CHEST"], None, "calcium score series: heart"))
        if k != "ca":
            ser.append(S(ct(cx, tracker(cx), ImageType="ORIGINAL\\PRIMARY\\AXIAL"), ["CHEST"], None, why + "; bolus tracking at the aortic root"))
            for d, kn, th in rec[:2] + ([rec[3]] if cx.p(0.4) else []):
                ser.append(S(ct(cx, d, kn, th, ContrastBolusAgent=cx.c(["Imeron 400", "Iopamiro 370", "Ultravist 370", "Omnipaque 350", "Visipaque 320"])),
                             ["CHEST"], None, why + "; ECG-gated recon"))
            if cx.p(0.4):
                ser.append(S(ct(cx, cx.c(["VRT Koronarien", "Curved MPR RCA", "CPR LAD", "Coronary Tree VR", "3D Heart"]),
                                ImageType="DERIVED\\SECONDARY\\VR"), ["CHEST"], None, why + "; 3D reformat of the coronaries"))
    ser.append(ct_dose(cx))
    bpe(cx, ser, cx.c(["HEART", "CHEST", "HEART"]), ["CHEST", "COR", "ABDOMEN" if k == "tavi" else "CHEST", "CARDIAC"])
    return sd, ser


def cmr(cx):
    k = cx.c(["func"] * 3 + ["vital"] * 3 + ["stress"] * 2 + ["myo"] * 2 + ["chd"] * 2 + ["coarc"])
    sd = {"func": T(cx, de=["MRT Herz", "Kardio-MRT Funktion"], es=["RM cardiaca", "Cardio-RM"], ca=["RM cardíaca", "Ressonància magnètica cardíaca"],
                    pl=["MR serca", "Rezonans magnetyczny serca"], zh=["心脏磁共振平扫", "心脏MR电影"], py=["XINZANG MR", "CARDIAC MRI"],
                    pt=["Ressonância magnética cardíaca", "RM cardíaca"]),
          "vital": T(cx, de=["MRT Herz Vitalität (LGE)", "Kardio-MRT mit KM"], es=["RM cardiaca de viabilidad", "Cardio-RM con gadolinio"],
                     ca=["RM cardíaca de viabilitat"], pl=["MR serca z kontrastem - ocena żywotności", "MR serca z gadolinem"],
                     zh=["心脏磁共振增强（延迟强化）", "心脏MR增强"], py=["XINZANG MR ZENGQIANG", "CMR LGE"],
                     pt=["RM do coração - viabilidade miocárdica", "Ressonância cardíaca com contraste"]),
          "stress": T(cx, de=["Stress-Perfusions-MRT (Adenosin)", "MRT Herz Adenosin-Stress"], es=["Cardio-RM de estrés con adenosina"],
                      ca=["RM cardíaca d'estrès"], pl=["MR serca - perfuzja obciążeniowa (regadenozon)"], zh=["心肌负荷灌注MR"],
                      py=["STRESS PERFUSION CMR"], pt=["RM cardíaca com estresse farmacológico"]),
          "myo": T(cx, de=["Kardio-MRT Myokarditis (Mapping)", "MRT Herz T1/T2-Mapping"], es=["RM cardiaca miocarditis"],
                   ca=["RM cardíaca miocarditis"], pl=["MR serca - zapalenie mięśnia sercowego"], zh=["心肌炎心脏MR（T1/T2 mapping）"],
                   py=["CMR MAPPING"], pt=["RM cardíaca - miocardite"]),
          "chd": T(cx, de=["MRT Herz angeborene Herzfehler (EMAH)", "MRT Herz Fontan-Kontrolle"], es=["RM cardiaca cardiopatía congénita"],
                   ca=["RM cardíaca cardiopatia congènita"], pl=["MR serca - wada wrodzona (Fallot)"], zh=["先心病心脏MR"],
                   py=["CHD CMR"], pt=["RM cardíaca - cardiopatia congênita"]),
          "coarc": T(cx, de=["MRA Aorta thorakalis (Coarctatio)"], es=["Angio-RM de aorta torácica (coartación)"], ca=["Angio-RM d'aorta toràcica"],
                     pl=["Angio-MR aorty piersiowej (koarktacja)"], zh=["胸主动脉MRA（缩窄）"], py=["THORACIC AORTA MRA"],
                     pt=["Angio-RM de aorta torácica (coarctação)"])}[k]
    sd = cs(cx, sd)
    why = {"func": "cardiac MR function: heart", "vital": "cardiac MR late enhancement: heart", "stress": "stress perfusion cardiac MR: heart",
           "myo": "cardiac MR mapping: heart", "chd": "congenital cardiac MR: heart and great vessels", "coarc": "thoracic aorta MRA: chest"}[k]
    v = cx.cfg["mr"]
    names = {
        "Siemens": [("localizer", "*fl2d1", "GR"), ("trufi_loc_multi_iPAT", "*tfi2d1_58", "GR"), ("cine_tf2d_SAX", "*tfi2d1_20", "GR"),
                    ("tf2d_4ch_cine", "*tfi2d1_20", "GR"), ("tf2d_3ch_cine", "*tfi2d1_20", "GR"), ("MOLLI_T1map_SAX", "*tfi2d1_192", "GR"),
                    ("T2map_flash_SAX", "*fl2d1", "GR"), ("de_psir_tfl_SAX", "*tfl2d1", "GR"), ("tfl_perf_stress", "*tfl2d1_16", "GR"),
                    ("flow_Ao_VENC250", "*fl2d1_v250in", "GR"), ("fl3d_ce_MRA_Aorta", "*fl3d1", "GR"), ("haste_tra_db", "*h2d1_256", "SE")],
        "Philips": [("SURVEY", None, "GR"), ("BTFE_BH_SA", None, "GR"), ("sBTFE_4CH", None, "GR"), ("sBTFE_2CH", None, "GR"),
                    ("BTFE_LVOT", None, "GR"), ("T1map_MOLLI", None, "GR"), ("T2map_GraSE", None, "SE"), ("PSIR_TFE_SA", None, "IR"),
                    ("Perfusion_stress", None, "GR"), ("Q-flow_AoAsc", None, "GR"), ("CE_MRA_aorta", None, "GR"), ("BB_TSE_T2_SPAIR", None, "SE")],
        "GE": [("3-Plane Loc", None, "GR"), ("FIESTA Loc SAX", None, "GR"), ("FIESTA CINE SAX", None, "GR"), ("FIESTA CINE 4CH", None, "GR"),
               ("FIESTA CINE 2CH", None, "GR"), ("MOLLI T1 map", None, "GR"), ("T2 Map", None, "GR"), ("MDE PSIR SAX", None, "GR"),
               ("FGRE Perf Stress", None, "GR"), ("2D PC Ao", None, "GR"), ("3D CE MRA", None, "GR"), ("Ax DB FSE T2", None, "SE")],
        "UIH": [("localizer", None, "GR"), ("cine_bSSFP_loc", None, "GR"), ("cine_bSSFP_sax", None, "GR"), ("cine_bSSFP_4ch", None, "GR"),
                ("cine_bSSFP_2ch", None, "GR"), ("T1map_molli", None, "GR"), ("T2map", None, "GR"), ("psir_lge_sax", None, "IR"),
                ("perfusion_stress", None, "GR"), ("flow_aorta", None, "GR"), ("ce_mra_3d", None, "GR"), ("t2_bb_tse", None, "SE")],
    }[v]
    pick = {"func": [0, 1, 2, 3, 4], "vital": [0, 2, 3, 7], "stress": [0, 2, 8, 7], "myo": [0, 2, 5, 6, 7, 11],
            "chd": [0, 1, 2, 9, 10], "coarc": [0, 1, 10, 9]}[k]
    ser = []
    for i in pick:
        d, seq, sc = names[i]
        kw = {}
        if i in (7, 8, 10) and cx.p(0.5):
            kw["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "Clariscan", "MultiHance", "ProHance"])
        if i == 10 and cx.p(0.5):
            ser.append(S(mr(cx, d + "_MIP" if v != "GE" else "3D CE MRA MIP", ImageType="DERIVED\\PRIMARY\\MIP"), ["CHEST"], None,
                         why + "; MIP of the thoracic aorta"))
        ser.append(S(mr(cx, d, seq, sc, **kw), ["CHEST"], None, why + ("; localizer" if i == 0 else "; sequence-only name")))
        if cx.p(0.35):
            ser[-1]["meta"]["ProtocolName"] = {"Siemens": cx.c(["Cardiac", "Herz_Routine", "CMR_LGE"]), "Philips": cx.c(["Heart", "CARDIAC_FUNCTION"]),
                                               "GE": cx.c(["CARDIAC", "HEART ROUTINE"]), "UIH": cx.c(["cardiac", "heart_routine"])}[v]
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "SOPClassUID": SR_ENH, "Manufacturer": MR_MAKE[v][0],
                      "SeriesDescription": cx.c(["cvi42 Report", "Evaluation Report", "LV Function Results"])}, [], None,
                     "cardiac MR evaluation report: no pixels", img=False))
    bpe(cx, ser, cx.c(["HEART", "CHEST", "HEART"]), ["CHEST", "THORAX", "HEART" if k != "coarc" else "AORTA", "ABDOMEN"])
    return sd, ser


def echo(cx):
    k = cx.c(["tte"] * 6 + ["tee"] * 2 + ["stress", "contrast", "fetal"] + (["fetal"] if cx.site == "pl-kard" else []))
    if k == "fetal" and cx.site not in ("pl-kard", "es-hosp", "cn-cv"):
        k = "tte"
    sd = {"tte": T(cx, de=["TTE", "Transthorakale Echokardiographie", "Echokardiographie"],
                   es=["Ecocardiograma transtorácico", "ETT", "Ecocardiografía"], ca=["Ecocardiografia transtoràcica", "ETT"],
                   pl=["Echokardiografia przezklatkowa", "Echo serca (TTE)", "ECHO serca"], zh=["经胸超声心动图", "心脏彩超", "超声心动图"],
                   py=["UCG", "TTE", "XINZANG CAICHAO"], pt=["Ecocardiograma transtorácico", "Ecocardiograma com Doppler"]),
          "tee": T(cx, de=["TEE", "Transösophageale Echokardiographie"], es=["Ecocardiograma transesofágico", "ETE"],
                   ca=["Ecocardiografia transesofàgica"], pl=["Echokardiografia przezprzełykowa", "TEE"], zh=["经食管超声心动图"],
                   py=["TEE"], pt=["Ecocardiograma transesofágico", "ETE"]),
          "stress": T(cx, de=["Stressechokardiographie (Dobutamin)"], es=["Ecocardiograma de estrés"], ca=["Ecocardiografia d'estrès"],
                      pl=["Echo obciążeniowe z dobutaminą"], zh=["负荷超声心动图"], py=["STRESS ECHO"], pt=["Ecocardiograma com estresse"]),
          "contrast": T(cx, de=["Kontrastechokardiographie (SonoVue)"], es=["Ecocardiograma con contraste"], ca=["Ecocardiografia amb contrast"],
                        pl=["Echokardiografia kontrastowa"], zh=["心肌声学造影"], py=["CONTRAST ECHO"], pt=["Ecocardiograma com contraste"]),
          "fetal": T(cx, es=["Ecocardiografía fetal"], ca=["Ecocardiografia fetal"], pl=["Echokardiografia płodu", "ECHO płodu"],
                     zh=["胎儿超声心动图"], py=["FETAL ECHO"], de=["Fetale Echokardiographie"], pt=["Ecocardiograma fetal"])}[k]
    sd = cs(cx, sd)
    vend = cx.c(cx.cfg["us"])
    if k == "fetal":
        lab, why = AP_, "fetal echocardiography: the pregnant uterus of the mother is imaged (abdomen and pelvis)"
    else:
        lab = ["CHEST"]
        why = {"tte": "transthoracic echo: heart", "tee": "transoesophageal echo: heart", "stress": "stress echo: heart",
               "contrast": "contrast echo: heart"}[k]
    views = {"tte": ["PLAX", "PSAX AV", "A4C", "A2C", "A3C", "Subcostal", "", "", "2D", "CW AV", "TDI septal"],
             "tee": ["ME 4C", "ME LAA", "TG SAX", "3D Zoom MV", "Bicaval", "", "3D TEE"],
             "stress": ["Rest", "Low dose", "Peak", "Recovery", "Stress Echo Quad"],
             "contrast": ["LVO contrast A4C", "Contrast A2C", ""], "fetal": ["4CV", "3VT", "LVOT fetal", "", "Fetal heart"]}[k]
    ser = []
    for v in cx.rng.sample(views, min(4, len(views))):
        m = us(cx, v, vendor=vend, cine=cx.p(0.75))
        if cx.p(0.3):
            m["ProtocolName"] = {"tte": "Adult Echo", "tee": "TEE", "stress": "Stress", "contrast": "Adult Echo", "fetal": "Fetal Echo"}[k]
        ser.append(S(m, lab, None, why))
    ser.append(S({"Modality": "SR", "SOPClassUID": SR_COMP, "Manufacturer": US_MAKE[vend][0],
                  "SeriesDescription": cx.c(["Adult Echo Measurements", "Echo SR", "Measurements", "Fetal Echo Report" if k == "fetal" else "Adult Echo SR"])},
                 [], None, "echo measurement report: numbers, no pixels", img=False))
    bpe(cx, ser, "HEART" if k != "fetal" else cx.c(["ABDOMEN", "PELVIS", "HEART"]), ["CHEST", "CARDIAC"], p_missing=0.45)
    return sd, ser


def vus(cx):
    k = cx.c(["carotid"] * 5 + ["venleg"] * 5 + ["artleg"] * 3 + ["aaa"] * 2 + ["renal"] * 2 + ["fistula"] * 3 +
             ["groin"] * 2 + ["popl", "mesent", "tcd", "armvein", "radial", "iliacven", "mapping"])
    lo = cx.c("LLLRRRB") if k in ("venleg", "artleg", "mapping") else cx.c("LR")
    if k == "mapping":
        lo = "B"
    ser = []
    if k == "carotid":
        sd = T(cx, de=["Duplex Halsgefäße", "Farbduplex extrakranielle hirnversorgende Arterien", "Duplexsonographie Karotiden"],
               es=["Eco-Doppler de troncos supraaórticos", "Eco-doppler TSA", "Doppler carotídeo"], ca=["Ecografia Doppler de troncs supraaòrtics", "Eco-doppler TSA"],
               pl=["USG Doppler tętnic szyjnych i kręgowych", "Doppler tętnic szyjnych"], zh=["颈动脉彩超", "颈部血管超声（颈动脉+椎动脉）"],
               py=["JINGDONGMAI CAICHAO", "CAROTID US"], pt=["Doppler de carótidas e vertebrais", "US Doppler de artérias carótidas"])
        why = "carotid and vertebral duplex: neck (a side in the image name does not make a limb)"
        for _ in range(4):
            s = cx.c("RL")
            ser.append(S(us(cx, T(cx, de=[f"ACI {sw(cx, s)}", f"ACC {sw(cx, s)}", f"A. vertebralis {sw(cx, s)}"],
                                  es=[f"ACI {sw(cx, s, 'f')}", f"Carótida {sw(cx, s, 'f')}", f"Vertebral {sw(cx, s, 'f')}"],
                                  ca=[f"ACI {sw(cx, s, 'f')}", f"Caròtide {sw(cx, s, 'f')}"], pl=[f"ICA {sw(cx, s, 'f')}", f"CCA {sw(cx, s, 'f')}"],
                                  zh=[f"{sw(cx, s)}颈内动脉", f"{sw(cx, s)}颈总动脉", f"{sw(cx, s)}椎动脉"], py=[f"{'RT' if s == 'R' else 'LT'} ICA", f"{'R' if s == 'R' else 'L'} CCA"],
                                  pt=[f"ACI {sw(cx, s, 'f')}", f"Carótida comum {sw(cx, s, 'f')}"])),
                         ["NECK"], None, why))
        bpe(cx, ser, cx.c(["NECK", "CAROTID", "NECK"]), ["HEAD", "VASCULAR"])
    elif k in ("venleg", "artleg", "mapping"):
        ven = k != "artleg"
        ph = limb(cx, "lo", lo)
        if k == "mapping":
            sd = T(cx, de=[f"Varizen-Duplex {ph} (präop. Mapping)"], es=[f"Cartografía venosa {ph}"], ca=[f"Cartografia venosa {ph}"],
                   pl=[f"USG Doppler żył {ph} - mapowanie żylaków"], zh=[f"{ph}浅静脉功能彩超（术前标记）"], py=[f"{ph} VARICOSE MAPPING"],
                   pt=[f"Mapeamento venoso de {ph}", f"Mapeamento de varizes {ph}"])
        elif ven:
            sd = T(cx, de=[f"Duplex Beinvenen {sw(cx, lo)}", f"Phlebosonographie {ph}", f"Kompressionssonographie {ph} (TVT)"],
                   es=[f"Eco-doppler venoso {ph}", f"Eco-doppler venoso de {ph} (TVP)"], ca=[f"Eco-doppler venós {ph}"],
                   pl=[f"USG Doppler żył {ph}", f"USG żył głębokich {ph}"], zh=[f"{ph}深静脉彩超", f"{ph}静脉超声"], py=[f"{ph} DVT US", f"{ph} JINGMAI CAICHAO"],
                   pt=[f"Doppler venoso de {ph}", f"Ultrassonografia Doppler venosa de {ph}"])
        else:
            sd = T(cx, de=[f"Duplex Beinarterien {sw(cx, lo)}", f"Farbduplex Arterien {ph}"], es=[f"Eco-doppler arterial {ph}"],
                   ca=[f"Eco-doppler arterial {ph}"], pl=[f"USG Doppler tętnic {ph}"], zh=[f"{ph}动脉彩超"], py=[f"{ph} ARTERIAL DUPLEX"],
                   pt=[f"Doppler arterial de {ph}"])
        why = f"{'venous' if ven else 'arterial'} leg duplex groin to calf: thigh, knee and calf, side {lo}"
        segs = ["VFC", "VFS", "V. poplitea", "VSM", "Crural"] if ven else ["AFC", "AFS", "A. poplitea", "ATA", "ATP"]
        segs = {"es": ["VFC", "VFS", "Poplítea", "Safena interna", "Gemelar"] if ven else ["AFC", "AFS", "Poplítea", "Tibial anterior"],
                "ca": ["VFC", "VFS", "Poplítia", "Safena interna"] if ven else ["AFC", "AFS", "Poplítia"],
                "pl": ["ŻUW", "ŻUP", "Podkolanowa", "ŻOP"] if ven else ["TUW", "TUP", "Podkolanowa", "TPP"],
                "zh": ["股总静脉", "股浅静脉", "腘静脉", "大隐静脉"] if ven else ["股总动脉", "股浅动脉", "腘动脉", "胫前动脉"],
                "py": ["CFV", "FV", "POP V", "GSV"] if ven else ["CFA", "SFA", "POP A", "ATA"],
                "pt": ["VFC", "VFS", "Poplítea", "VSM"] if ven else ["AFC", "AFS", "Poplítea", "ATP"]}.get(cx.lang, segs)
        for sg in cx.rng.sample(segs, 3):
            if lo == "B" and cx.p(0.5) and cx.lang in ("de", "pt", "es", "py"):
                s = cx.c("RL")
                wd = {"de": sw(cx, s), "pt": sw(cx, s, "f"), "es": sw(cx, s, "f"), "py": "RT" if s == "R" else "LT"}[cx.lang]
                ser.append(S(us(cx, f"{sg} {wd}"), LEGDUP, s, f"one leg's image in a both-legs duplex: side {s} from the image name ({wd})"))
            else:
                ser.append(S(us(cx, sg), LEGDUP, lo, why))
        bpe(cx, ser, cx.c(["LEG", "LOWER LIMB", "EXTREMITY"]), ["VASCULAR", "LEG"])
    elif k == "popl":
        sd = T(cx, de=[f"Duplex A. poplitea {sw(cx, lo)} (Aneurysma?)"], es=[f"Eco-doppler arteria poplítea {sw(cx, lo, 'f')}"],
               ca=[f"Eco-doppler artèria poplítia {sw(cx, lo, 'f')}"], pl=[f"USG Doppler tętnicy podkolanowej {sw(cx, lo, 'gf')}"],
               zh=[f"{sw(cx, lo)}腘动脉瘤彩超"], py=[f"{'RIGHT' if lo == 'R' else 'LEFT'} POPLITEAL ANEURYSM US"],
               pt=[f"Doppler de artéria poplítea {sw(cx, lo, 'f')}"])
        why = f"popliteal artery duplex: knee, side {lo}"
        ser = [S(us(cx, d), ["KNEE"], lo, why) for d in ["Poplitea long", "Poplitea trans", ""]]
        bpe(cx, ser, "KNEE", ["LEG", "EXTREMITY"])
    elif k == "groin":
        sd = T(cx, de=[f"Duplex Leiste {sw(cx, lo)} (V.a. Aneurysma spurium)", f"Duplex Punktionsstelle Leiste {sw(cx, lo)}"],
               es=[f"Eco-doppler ingle {sw(cx, lo, 'f')} (pseudoaneurisma)", f"Eco-doppler femoral {sw(cx, lo)} post-cateterismo"],
               ca=[f"Eco-doppler engonal {sw(cx, lo, 'f')} (pseudoaneurisma)"], pl=[f"USG Doppler pachwiny {sw(cx, lo, 'gf')} - tętniak rzekomy"],
               zh=[f"{sw(cx, lo)}腹股沟穿刺处彩超（假性动脉瘤）"], py=[f"{'RIGHT' if lo == 'R' else 'LEFT'} GROIN PSEUDOANEURYSM US"],
               pt=[f"Doppler de região inguinal {sw(cx, lo, 'f')} (pseudoaneurisma)"])
        why = f"groin puncture-site duplex (common femoral): hip region, side {lo}"
        ser = [S(us(cx, d), ["HIP"], lo, why) for d in ["AFC", "Pseudoaneurysma", "Thrombin"][:cx.c([2, 3])]]
        bpe(cx, ser, cx.c(["GROIN", "HIP", "PELVIS"]), ["LEG", "ABDOMEN"])
    elif k == "aaa":
        sd = T(cx, de=["Sono Bauchaorta (AAA-Screening)", "Duplex Aorta abdominalis"], es=["Ecografía de aorta abdominal (cribado AAA)"],
               ca=["Ecografia d'aorta abdominal (cribratge AAA)"], pl=["USG aorty brzusznej", "USG aorty brzusznej - tętniak?"],
               zh=["腹主动脉超声", "腹主动脉瘤筛查彩超"], py=["FUZHUDONGMAI US", "AAA SCREENING US"],
               pt=["US Doppler de aorta abdominal", "Rastreamento de aneurisma de aorta abdominal"])
        why = "abdominal aorta ultrasound: abdomen"
        ser = [S(us(cx, d, vendor=cx.c([cx.cfg["vus"]])), ["ABDOMEN"], None, why) for d in ["Aorta prox", "Aorta dist", "Aorta max diam", ""][:3]]
        bpe(cx, ser, cx.c(["ABDOMEN", "AORTA"]), ["CHEST"])
    elif k in ("renal", "mesent"):
        if k == "renal":
            sd = T(cx, de=["Duplex Nierenarterien", "Farbduplex Nierenarterien (RAS?)"], es=["Eco-doppler de arterias renales"],
                   ca=["Eco-doppler d'artèries renals"], pl=["USG Doppler tętnic nerkowych"], zh=["肾动脉彩超"], py=["SHENDONGMAI CAICHAO", "RENAL ARTERY DUPLEX"],
                   pt=["Doppler de artérias renais"])
            why = "renal artery duplex: abdomen (a side names the kidney, not a limb)"
            d = [f"{x} {sw(cx, cx.c('RL'), 'f') if cx.lang not in ('zh',) else ''}".strip() for x in ["A. renalis", "RI", "Niere"]] if cx.lang == "de" else ["RA ostium", "RI", "Kidney long"]
        else:
            sd = T(cx, de=["Duplex Mesenterialarterien"], es=["Eco-doppler de arterias mesentéricas"], pl=["USG Doppler tętnic trzewnych"],
                   zh=["肠系膜上动脉彩超"], py=["SMA DUPLEX"], pt=["Doppler de artérias mesentéricas"])
            why = "mesenteric artery duplex: abdomen"
            d = ["Truncus", "AMS", "SMA PSV"]
        ser = [S(us(cx, x), ["ABDOMEN"], None, why) for x in d]
        bpe(cx, ser, cx.c(["ABDOMEN", "KIDNEY", "RENAL"]), ["AORTA"])
    elif k == "fistula":
        loc = cx.c(["fa", "fa", "ua"])
        lab = ["FOREARM", "WRIST"] if loc == "fa" else ["ARM", "ELBOW"]
        side = lo
        sd = T(cx, de=[f"Shunt-Duplex Unterarm {sw(cx, side)} (Cimino)" if loc == "fa" else f"Shunt-Duplex Oberarm {sw(cx, side)}"],
               es=[f"Eco-doppler de FAV radiocefálica {limb(cx, 'up', side)}" if loc == "fa" else f"Eco-doppler de FAV humerocefálica {limb(cx, 'up', side)}"],
               ca=[f"Eco-doppler de FAV radiocefàlica {limb(cx, 'up', side)}" if loc == "fa" else f"Eco-doppler de FAV humerocefàlica {limb(cx, 'up', side)}"],
               pl=[f"USG przetoki dializacyjnej przedramienia {sw(cx, side, 'gm')}" if loc == "fa" else f"USG przetoki dializacyjnej ramienia {sw(cx, side, 'gm')}"],
               zh=[f"{sw(cx, side)}前臂动静脉内瘘彩超" if loc == "fa" else f"{sw(cx, side)}上臂动静脉内瘘彩超"],
               py=[f"{'RIGHT' if side == 'R' else 'LEFT'} FOREARM AVF US" if loc == "fa" else f"{'RIGHT' if side == 'R' else 'LEFT'} UPPER ARM AVF US"],
               pt=[f"Doppler de fístula arteriovenosa radiocefálica {limb(cx, 'up', side)}" if loc == "fa" else f"Doppler de FAV braquiocefálica {limb(cx, 'up', side)}"])
        why = f"dialysis fistula duplex ({'wrist/forearm' if loc == 'fa' else 'elbow/upper arm'}), side {side}"
        ser = [S(us(cx, d), lab, side, why) for d in ["Anastomose", "Flow", "Vene", "Volumenfluss"][:3]]
        bpe(cx, ser, cx.c(["ARM", "UPPER LIMB", "EXTREMITY"]), ["VASCULAR"])
    elif k == "tcd":
        sd = T(cx, de=["Transkranielle Dopplersonographie (TCD)"], es=["Doppler transcraneal"], ca=["Doppler transcranial"], pl=["Doppler przezczaszkowy (TCD)"],
               zh=["经颅多普勒(TCD)", "经颅彩色多普勒"], py=["TCD"], pt=["Doppler transcraniano"])
        why = "transcranial Doppler: head"
        ser = [S(us(cx, d), ["HEAD"], None, why) for d in ["ACM", "MCA bubble test", "TCD"]]
        bpe(cx, ser, cx.c(["HEAD", "BRAIN"]), ["NECK"])
    elif k == "armvein":
        sd = T(cx, de=[f"Duplex Armvenen {sw(cx, lo)} (TVT nach Port?)"], es=[f"Eco-doppler venoso {limb(cx, 'up', lo)}"],
               ca=[f"Eco-doppler venós {limb(cx, 'up', lo)}"], pl=[f"USG Doppler żył {limb(cx, 'up', lo)}"], zh=[f"{limb(cx, 'up', lo)}深静脉彩超"],
               py=[f"{limb(cx, 'up', lo)} DVT US"], pt=[f"Doppler venoso de {limb(cx, 'up', lo)}"])
        why = f"upper-limb vein duplex (axillary to brachial): shoulder and arm, side {lo}"
        ser = [S(us(cx, d), ["SHOULDER", "ARM"], lo, why) for d in ["V. subclavia", "V. axillaris", "V. brachialis"]]
        bpe(cx, ser, cx.c(["ARM", "UPPER LIMB"]), ["CHEST", "NECK"])
    elif k == "radial":
        sd = T(cx, de=[f"Duplex A. radialis {sw(cx, lo)} nach transradialer HKU"], es=[f"Eco-doppler arteria radial {sw(cx, lo, 'f')} post-cateterismo"],
               ca=[f"Eco-doppler artèria radial {sw(cx, lo, 'f')}"], pl=[f"USG Doppler tętnicy promieniowej {sw(cx, lo, 'gf')} (miejsce wkłucia)"],
               zh=[f"{sw(cx, lo)}桡动脉穿刺处彩超"], py=[f"{'RIGHT' if lo == 'R' else 'LEFT'} RADIAL ACCESS SITE US"],
               pt=[f"Doppler de artéria radial {sw(cx, lo, 'f')} pós-cateterismo"])
        why = f"radial puncture site at the wrist after catheterisation: wrist, side {lo}"
        ser = [S(us(cx, d), ["WRIST"], lo, why) for d in ["A. radialis distal", "Punktionsstelle" if cx.lang == "de" else "Radial", ""]]
        bpe(cx, ser, cx.c(["WRIST", "ARM", "HAND"]), ["EXTREMITY"])
    else:  # iliac veins (May-Thurner)
        sd = T(cx, de=["Duplex Beckenvenen (May-Thurner?)"], es=["Eco-doppler de venas ilíacas"], ca=["Eco-doppler de venes ilíaques"],
               pl=["USG Doppler żył biodrowych"], zh=["髂静脉彩超"], py=["ILIAC VEIN US"], pt=["Doppler de veias ilíacas"])
        why = "iliac vein duplex: pelvis"
        ser = [S(us(cx, d), ["PELVIS"], None, why) for d in ["VIC", "VIE", "Iliaca"]]
        bpe(cx, ser, cx.c(["PELVIS", "ABDOMEN"]), ["LEG"])
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "SOPClassUID": SR_COMP, "Manufacturer": US_MAKE[cx.cfg["vus"]][0],
                      "SeriesDescription": cx.c(["Vascular Ultrasound Report", "Vascular SR", "Measurements"])}, [], None,
                     "vascular ultrasound measurements: no pixels", img=False))
    return cs(cx, sd), ser


def cta(cx):
    k = cx.c(["headneck"] * 3 + ["carotid"] * 2 + ["tof"] * 2 + ["thorao"] * 2 + ["taa"] * 3 + ["abdao"] * 3 + ["ctpa"] * 3 +
             ["mesent", "renalmra"] + ["runoff"] * 4 + ["mrrunoff", "arm", "tos", "spinal", "mrv"])
    ser = []
    mrk = k in ("tof", "renalmra", "mrrunoff", "spinal", "mrv")
    lat = None
    if k == "headneck":
        sd = T(cx, de=["CTA Kopf/Hals", "CT-Angiographie supraaortal und intrakraniell"], es=["Angio-TC de TSA y polígono de Willis"],
               ca=["Angio-TC de TSA i polígon de Willis"], pl=["Angio-TK tętnic szyjnych i wewnątrzczaszkowych"], zh=["头颈CTA", "头颈部CT血管成像"],
               py=["TOUJING CTA", "HEAD NECK CTA"], pt=["Angiotomografia de vasos cervicais e intracranianos"])
        lab, why, reg = ["HEAD", "NECK"], "head and neck CTA", "angio"
    elif k == "carotid":
        sd = T(cx, de=["CT-Angio Halsgefäße", "CTA Carotiden"], es=["Angio-TC de troncos supraaórticos"], ca=["Angio-TC de troncs supraaòrtics"],
               pl=["Angio-TK tętnic szyjnych"], zh=["颈动脉CTA"], py=["JINGDONGMAI CTA", "CAROTID CTA"], pt=["Angio-TC de carótidas"])
        lab, why, reg = ["NECK"], "carotid CTA: neck", "neck"
    elif k == "tof":
        sd = T(cx, de=["MRA intrakraniell (TOF)", "MRT Schädel mit MRA"], es=["Angio-RM de polígono de Willis"], ca=["Angio-RM del polígon de Willis"],
               pl=["Angio-MR tętnic mózgowych"], zh=["头颅MRA", "颅脑MRA"], py=["TOUBU MRA", "BRAIN MRA"], pt=["Angiorressonância intracraniana"])
        lab, why = ["HEAD"], "intracranial MRA: head"
    elif k == "thorao":
        sd = T(cx, de=["CTA Aorta thorakoabdominal", "CTA Aorta gesamt (Dissektion)"], es=["Angio-TC de aorta toraco-abdominal", "Angio-TC de aorta completa (disección)"],
               ca=["Angio-TC d'aorta toracoabdominal"], pl=["Angio-TK aorty piersiowej i brzusznej", "Angio-TK całej aorty (rozwarstwienie)"],
               zh=["全主动脉CTA", "主动脉夹层CTA"], py=["QUAN ZHUDONGMAI CTA", "AORTA CTA"], pt=["Angiotomografia de aorta total", "Angio-TC de aorta toracoabdominal"])
        lab, why, reg = CAP, "thoraco-abdominal aorta CTA: chest to iliac arteries", "aorta"
    elif k == "taa":
        sd = T(cx, de=["CTA Aorta thorakal", "CT Aorta thoracica (TEVAR-Kontrolle)"], es=["Angio-TC de aorta torácica"], ca=["Angio-TC d'aorta toràcica"],
               pl=["Angio-TK aorty piersiowej", "Angio-TK aorty piersiowej po TEVAR"], zh=["胸主动脉CTA"], py=["XIONG ZHUDONGMAI CTA"],
               pt=["Angiotomografia de aorta torácica"])
        lab, why, reg = ["CHEST"], "thoracic aorta CTA: chest", "aorta"
    elif k == "abdao":
        sd = T(cx, de=["CTA Aorta abdominalis (EVAR-Kontrolle)", "CT Bauchaorta + Iliakalarterien"], es=["Angio-TC de aorta abdominal (control EVAR)"],
               ca=["Angio-TC d'aorta abdominal (control EVAR)"], pl=["Angio-TK aorty brzusznej (kontrola po EVAR)"], zh=["腹主动脉CTA", "腹主动脉支架术后CTA"],
               py=["FU ZHUDONGMAI CTA", "EVAR FOLLOW-UP CTA"], pt=["Angiotomografia de aorta abdominal", "AngioTC de aorta abdominal pós-EVAR"])
        lab, why, reg = AP_, "abdominal aorta and iliac CTA: abdomen and pelvis", "abd"
    elif k == "ctpa":
        sd = T(cx, de=["CT Pulmonalisangiographie", "CTA Lungenembolie"], es=["Angio-TC de arterias pulmonares", "Angio-TC TEP"],
               ca=["Angio-TC d'artèries pulmonars"], pl=["Angio-TK tętnic płucnych", "Angio-TK w kierunku zatorowości płucnej"],
               zh=["肺动脉CTA"], py=["FEIDONGMAI CTA", "CTPA"], pt=["Angiotomografia de artérias pulmonares", "Angio-TC de tórax (TEP)"])
        lab, why, reg = ["CHEST"], "pulmonary CTA: chest", "pulm"
    elif k == "mesent":
        sd = T(cx, de=["CTA Mesenterialarterien"], es=["Angio-TC mesentérica"], ca=["Angio-TC mesentèrica"], pl=["Angio-TK tętnic krezkowych"],
               zh=["肠系膜动脉CTA"], py=["SMA CTA"], pt=["Angio-TC de artérias mesentéricas"])
        lab, why, reg = ["ABDOMEN"], "mesenteric CTA: abdomen", "abd"
    elif k == "renalmra":
        sd = T(cx, de=["MRA Nierenarterien"], es=["Angio-RM de arterias renales"], ca=["Angio-RM d'artèries renals"], pl=["Angio-MR tętnic nerkowych"],
               zh=["肾动脉MRA"], py=["RENAL MRA"], pt=["Angiorressonância de artérias renais"])
        lab, why = ["ABDOMEN"], "renal artery MRA: abdomen"
    elif k == "runoff":
        ph = limb(cx, "lo", "B")
        sd = T(cx, de=["CTA Becken-Bein bds.", "CT-Angiographie Becken-Bein-Strombahn beidseits"], es=[f"Angio-TC de {ph}", "Angio-TC de aorta y EEII"],
               ca=[f"Angio-TC d'{ph}"], pl=[f"Angio-TK tętnic {ph}", "Angio-TK aorty i tętnic KKD"], zh=["双下肢动脉CTA", "腹主动脉+双下肢动脉CTA"],
               py=["SHUANG XIAZHI DONGMAI CTA", "BILATERAL RUNOFF CTA"], pt=["Angiotomografia de membros inferiores", "Angio-TC de aorta e MMII"])
        lab, why, reg, lat = RUNOFF, "run-off CTA infrarenal aorta to feet, both legs", "runoff", "B"
    elif k == "mrrunoff":
        sd = T(cx, de=["MRA Becken-Bein bds.", "KM-MRA Becken-Bein beidseits"], es=["Angio-RM de EEII"], ca=["Angio-RM d'EEII"],
               pl=["Angio-MR tętnic KKD"], zh=["双下肢动脉MRA"], py=["BILATERAL LOWER LIMB MRA"], pt=["Angiorressonância de MMII"])
        lab, why, lat = RUNOFF, "contrast MRA of both legs in three stations", "B"
    elif k in ("arm", "tos"):
        if k == "arm":
            lat = cx.c("LR")
            ph = limb(cx, "up", lat)
            sd = T(cx, de=[f"CTA Arm {sw(cx, lat)}", f"CT-Angiographie obere Extremität {sw(cx, lat)}"], es=[f"Angio-TC de {ph}"], ca=[f"Angio-TC d'{ph}"],
                   pl=[f"Angio-TK {ph}"], zh=[f"{ph}动脉CTA"], py=[f"{ph} CTA"], pt=[f"Angiotomografia de {ph}"])
            lab, why, reg = ARMCTA, f"upper-limb CTA from the aortic arch to the hand, side {lat}", "angio"
        else:
            lat = "B"
            sd = T(cx, de=["CTA Thoracic-outlet bds. (Arme eleviert)"], es=["Angio-TC de desfiladero torácico bilateral"], ca=["Angio-TC de desfiladero toràcic bilateral"],
                   pl=["Angio-TK - zespół górnego otworu klatki piersiowej obustronnie"], zh=["双侧胸廓出口综合征CTA"], py=["BILATERAL TOS CTA"],
                   pt=["Angiotomografia de desfiladeiro torácico bilateral"])
            lab, why, reg = ["NECK", "CHEST", "SHOULDER"], "thoracic outlet CTA: neck base, upper chest and both shoulders", "angio"
    elif k == "spinal":
        sd = T(cx, de=["MRT BWS/LWS mit spinaler MRA (DAVF?)", "MRT BWS + LWS nach TAAA-Repair (spinale Ischämie)"], es=["RM de columna dorsal y lumbar (isquemia medular)"],
               ca=["RM de columna dorsal i lumbar"], pl=["MR odcinka piersiowego i lędźwiowego kręgosłupa (niedokrwienie rdzenia)"],
               zh=["胸腰椎MRI（脊髓缺血）"], py=["T-L SPINE MRI"], pt=["RM de coluna torácica e lombar (isquemia medular)"])
        lab, why = ["TSPINE", "LSPINE"], "thoracic and lumbar spine MR for the cord: thoracic and lumbar spine"
    else:
        sd = T(cx, de=["MR-Venographie Becken"], es=["Angio-RM venosa de ilíacas"], ca=["Venografia RM ilíaca"], pl=["Wenografia MR żył biodrowych"],
               zh=["髂静脉MRV"], py=["ILIAC MRV"], pt=["Venorressonância de veias ilíacas e cava"])
        lab, why = AP_, "MR venography of the iliac veins and IVC: abdomen and pelvis"
    sd = cs(cx, sd)
    if not mrk:
        feet = k == "runoff"
        ser.append(S(ct(cx, ct_scout(cx), scout=True, PatientPosition=pos(cx, feet)), lab, lat, why + "; scout of the exam"))
        ser.append(S(ct(cx, tracker(cx)), lab, lat, why + "; bolus tracking series"))
        for _ in range(2):
            d, kn = ct_region_recon(cx, reg)
            ser.append(S(ct(cx, d, kn, cx.c(["0.6", "1", "1.25", "0.625", "3"]),
                            ContrastBolusAgent=cx.c(["Imeron 350", "Ultravist 370", "Omnipaque 350", "Iopamiro 370", "Optiray 350"])),
                         lab, lat, why + "; recon"))
        if k == "thorao" and cx.p(0.5):
            ser.append(S(ct(cx, cx.c(["Aorta sag MPR", "Curved Aorta", "Aorta CPR"]), ImageType="DERIVED\\SECONDARY\\MPR"), lab, None, why + "; aorta reformat"))
        if k == "runoff" and cx.p(0.6):
            part = cx.c([("Unterschenkel/Fuss", ["LEG", "ANKLE", "FOOT"]), ("Lower legs MIP", ["LEG", "ANKLE", "FOOT"]), ("Pelvis MIP", ["PELVIS", "HIP"])])
            ser.append(S(ct(cx, part[0], ImageType="DERIVED\\SECONDARY\\MIP"), part[1], "B", "run-off reformat limited to " + "/".join(p.lower() for p in part[1])))
        ser.append(ct_dose(cx))
    else:
        v = cx.cfg["mr"]
        loc = {"Siemens": "localizer", "Philips": "Survey", "GE": "3-Plane Loc", "UIH": "localizer"}[v]
        ser.append(S(mr(cx, loc, scan="GR"), lab, lat, why + "; localizer"))
        if k == "tof":
            for d in [{"Siemens": "tof_fl3d_tra_multi-slab", "Philips": "TOF_3D_multi-chunk", "GE": "3D TOF 3 SLAB", "UIH": "tof_3d_tra"}[v],
                      "MIP_TOF", "t2_tse_tra" if v == "Siemens" else "T2W_TSE"]:
                ser.append(S(mr(cx, d, scan="GR" if "tof" in d.lower() else "SE"), lab, None, why + "; sequence-only name"))
        elif k == "mrrunoff":
            st = [("Station 1", ["ABDOMEN", "PELVIS", "HIP"]), ("Station 2", ["THIGH", "KNEE"]), ("Station 3", ["LEG", "ANKLE", "FOOT"])]
            for name, sl in st:
                d = {"Siemens": f"fl3d_ce_cor {name} SUB", "Philips": f"CE_MRA {name}", "GE": f"TRICKS {name}", "UIH": f"ce_mra_{name.replace(' ', '')}"}[v]
                ser.append(S(mr(cx, d, scan="GR"), sl, "B", f"contrast MRA {name.lower()} of both legs: " + ", ".join(x.lower() for x in sl)))
            ser.append(S(mr(cx, "Composed MIP" if v == "Siemens" else "MobiFlex MIP", ImageType="DERIVED\\PRIMARY\\MIP"), lab, "B", why + "; composed MIP"))
        elif k == "spinal":
            for d in (["t2_tse_sag_BWS", "t2_tse_sag_LWS", "ep2d_diff_sag", "t1_tse_sag_KM"] if v == "Siemens" else ["Sag T2 TSE", "Sag DWI", "Ax T2", "CE MRA spinal"]):
                ser.append(S(mr(cx, d, scan="EP" if "diff" in d.lower() or "DWI" in d else "SE"), lab, None, why + "; sequence of the study"))
        else:
            for d in ["CE_MRA_cor", "CE_MRA_MIP", "T1_vibe_tra" if v == "Siemens" else "THRIVE_tra"]:
                ser.append(S(mr(cx, d, scan="GR", ContrastBolusAgent=cx.c(["Dotarem", "Gadovist"])), lab, None, why + "; sequence-only name"))
    good = {"headneck": "HEAD", "carotid": "NECK", "tof": "HEAD", "thorao": "AORTA", "taa": "CHEST", "abdao": "ABDOMEN", "ctpa": "CHEST",
            "mesent": "ABDOMEN", "renalmra": "ABDOMEN", "runoff": "LEG", "mrrunoff": "LEG", "arm": "ARM", "tos": "CHEST", "spinal": "TSPINE",
            "mrv": "PELVIS"}[k]
    alt = {"headneck": ["NECK", "BRAIN"], "carotid": ["HEAD", "CAROTID"], "tof": ["BRAIN"], "thorao": ["CHEST", "ABDOMEN", "WHOLEBODY"],
           "taa": ["AORTA", "HEART"], "abdao": ["AORTA", "PELVIS"], "ctpa": ["LUNG", "HEART"], "mesent": ["AORTA"], "renalmra": ["KIDNEY"],
           "runoff": ["LOWER LIMB", "EXTREMITY", "ABDOMEN"], "mrrunoff": ["LOWER LIMB", "PELVIS"], "arm": ["CHEST", "UPPER LIMB", "EXTREMITY"],
           "tos": ["NECK", "SHOULDER"], "spinal": ["SPINE", "LSPINE"], "mrv": ["ABDOMEN", "LEG"]}[k]
    bpe(cx, ser, good, alt)
    return sd, ser


def xa_runs(cx, kind, n=3):
    """Catheter lab run names as each vendor writes them."""
    v = cx.cfg["xa"]
    if kind == "coro":
        base = {"Siemens": ["LCA LAO 40 CRAN 25", "LCA RAO 30 CAUD 20", "RCA LAO 30", "Coro Li", "Coro Re", "Fluoro"],
                "Philips": ["Coronary Left", "Coronary Right", "Cardiac 15fps", "Xper Swing", "Fluoro Store"],
                "GE": ["Coro 15 i/s", "Coro Gauche", "Coro 15 fps", "LCA", "RCA"], "Canon": ["CARDIAC 15F", "LCA", "RCA"]}[v]
    elif kind == "dsa":
        base = {"Siemens": ["DSA 2F/s", "DSA 3F/s", "Roadmap", "Fluoro", "DSA Lupe"], "Philips": ["Abdominal DSA 2fps", "Peripheral DSA", "Roadmap", "Fluoro Store"],
                "GE": ["DSA 3 i/s", "Periph DSA", "Roadmap", "Fluoro"], "Canon": ["DSA 2F/S", "DA ROADMAP"]}[v]
    else:
        base = {"Siemens": ["Acquisition", "Fluoro", "Cine 7.5F/s"], "Philips": ["Fluoro Store", "Cardiac 7.5fps"], "GE": ["Fluoro", "Cine 7.5 i/s"],
                "Canon": ["FLUORO", "CINE"]}[v]
    proto = {"coro": {"Siemens": "Cardiac 15 fps", "Philips": "Coronary", "GE": "Coronary", "Canon": "CARDIAC"},
             "dsa": {"Siemens": "DSA Peripheral", "Philips": "Peripheral", "GE": "Periph DSA", "Canon": "DSA"},
             "other": {"Siemens": "Cardiac 7.5 fps", "Philips": "EP/Device", "GE": "Cardiac", "Canon": "CARDIAC"}}[kind][v]
    return [(cx.c(base), proto) for _ in range(n)]


def xa_proc(cx):
    k = cx.c(["coro"] * 6 + ["pci"] * 4 + ["tavi"] * 2 + ["evar"] * 2 + ["tevar", "cas", "cas"] + ["pta"] * 5 +
             ["ufe", "pae", "renemb", "bae", "varico", "pm", "fistulo", "hand", "ablation", "ablation", "spinal", "iliacpta", "pedal"])
    lat = None
    extra = []
    if k in ("coro", "pci"):
        sd = T(cx, de=["Linksherzkatheter", "Koronarangiographie", "LHK + Koro"] if k == "coro" else ["PCI RIVA", "Koronarangiographie + PCI", "PTCA/Stent RCX"],
               es=["Coronariografía", "Cateterismo cardíaco"] if k == "coro" else ["ICP", "Angioplastia coronaria con stent"],
               ca=["Coronariografia", "Cateterisme cardíac"] if k == "coro" else ["ICP", "Angioplàstia coronària"],
               pl=["Koronarografia", "Koronarografia - dostęp promieniowy"] if k == "coro" else ["Koronarografia + PCI", "PCI LAD"],
               zh=["冠状动脉造影", "冠脉造影术"] if k == "coro" else ["冠状动脉造影+PCI", "经皮冠状动脉介入治疗"],
               py=["CAG", "GUANMAI ZAOYING"] if k == "coro" else ["PCI", "CAG+PCI"],
               pt=["Cineangiocoronariografia", "Cateterismo cardíaco"] if k == "coro" else ["Angioplastia coronariana", "ATC com stent"])
        lab, why, runs = ["CHEST"], "coronary angiography runs: heart", xa_runs(cx, "coro", 4)
    elif k == "tavi":
        sd = T(cx, de=["TAVI transfemoral"], es=["TAVI transfemoral"], pl=["TAVI - przezcewnikowa implantacja zastawki aortalnej"],
               zh=["经导管主动脉瓣置换术(TAVR)"], py=["TAVR"], pt=["Implante de TAVI"])
        lab, why, runs = ["CHEST"], "TAVI implantation runs at the aortic valve: chest", xa_runs(cx, "other", 3)
    elif k == "evar":
        sd = T(cx, de=["EVAR (Stentgraft Bauchaorta)"], es=["EVAR - endoprótesis de aorta abdominal"], ca=["EVAR - endopròtesi d'aorta abdominal"],
               pl=["EVAR - implantacja stentgraftu aorty brzusznej"], zh=["腹主动脉瘤腔内修复术(EVAR)"], py=["EVAR"],
               pt=["Correção endovascular de aneurisma de aorta abdominal (EVAR)"])
        lab, why, runs = AP_, "EVAR runs of the abdominal aorta and iliacs: abdomen and pelvis", xa_runs(cx, "dsa", 3)
    elif k == "tevar":
        sd = T(cx, de=["TEVAR"], es=["TEVAR - endoprótesis de aorta torácica"], pl=["TEVAR - stentgraft aorty piersiowej"],
               zh=["胸主动脉腔内修复术(TEVAR)"], py=["TEVAR"], pt=["Correção endovascular de aorta torácica (TEVAR)"])
        lab, why, runs = ["CHEST"], "TEVAR runs of the thoracic aorta: chest", xa_runs(cx, "dsa", 3)
    elif k == "cas":
        sd = T(cx, de=[f"Carotis-Stent (CAS) {sw(cx, cx.c('RL'))}"], es=[f"Angioplastia carotídea con stent {sw(cx, cx.c('RL'), 'f')}"],
               ca=[f"Angioplàstia caròtide amb stent {sw(cx, cx.c('RL'), 'f')}"], pl=[f"Stentowanie tętnicy szyjnej wewnętrznej {sw(cx, cx.c('RL'), 'gf')}"],
               zh=[f"{sw(cx, cx.c('RL'))}颈动脉支架植入术"], py=["CAS"], pt=[f"Angioplastia de carótida {sw(cx, cx.c('RL'), 'f')} com stent"])
        lab, why, runs = ["NECK"], "carotid stenting runs at the bifurcation: neck (side names the artery, not a limb)", xa_runs(cx, "dsa", 2)
        extra.append((T(cx, de=["Intrakraniell", "ACI intrakraniell"], es="Intracraneal", ca="Intracranial", pl="Wewnątrzczaszkowo", zh="颅内造影",
                        py="INTRACRANIAL", pt="Intracraniano"), ["HEAD"],
                      "intracranial control run after carotid stenting: head"))
    elif k in ("pta", "iliacpta", "pedal"):
        lat = cx.c("LR")
        terr = {"pta": cx.c(["sfa", "sfa", "popl", "btk"]), "iliacpta": "iliac", "pedal": "pedal"}[k]
        tl = {"sfa": ["THIGH"], "popl": ["KNEE"], "btk": ["LEG"], "iliac": ["PELVIS"], "pedal": ["ANKLE", "FOOT"]}[terr]
        g = "f"
        name = T(cx, de={"sfa": "AFS", "popl": "A. poplitea", "btk": "Unterschenkelarterien", "iliac": "A. iliaca communis", "pedal": "Fußarterien"}[terr],
                 es={"sfa": "arteria femoral superficial", "popl": "arteria poplítea", "btk": "troncos distales", "iliac": "arteria ilíaca común",
                     "pedal": "arteria pedia"}[terr],
                 ca={"sfa": "artèria femoral superficial", "popl": "artèria poplítia", "btk": "troncs distals", "iliac": "artèria ilíaca comuna",
                     "pedal": "artèria pèdia"}[terr],
                 pl={"sfa": "tętnicy udowej powierzchownej", "popl": "tętnicy podkolanowej", "btk": "tętnic podudzia", "iliac": "tętnicy biodrowej wspólnej",
                     "pedal": "tętnic stopy"}[terr],
                 zh={"sfa": "股浅动脉", "popl": "腘动脉", "btk": "膝下动脉", "iliac": "髂总动脉", "pedal": "足背动脉"}[terr],
                 py={"sfa": "SFA", "popl": "POPLITEAL", "btk": "BTK", "iliac": "CIA", "pedal": "PEDAL"}[terr],
                 pt={"sfa": "artéria femoral superficial", "popl": "artéria poplítea", "btk": "artérias infrapatelares", "iliac": "artéria ilíaca comum",
                     "pedal": "artérias do pé"}[terr])
        g = "gf" if cx.lang == "pl" else "f"
        s = sw(cx, lat, g)
        sd = T(cx, de=[f"PTA {name} {s}", f"DSA + PTA {name} {s}"], es=[f"Angioplastia {name} {s}"], ca=[f"Angioplàstia {name} {s}"],
               pl=[f"PTA {name} {s}", f"Angioplastyka {name} {s}"], zh=[f"{s}{name}球囊扩张+支架植入术"], py=[f"{s} {name} PTA"],
               pt=[f"Angioplastia de {name} {s}"])
        if terr == "iliac":
            lat = None
            lab, why = tl, "iliac artery PTA runs: pelvis (the side names the artery, not a limb)"
        else:
            lab, why = tl, f"peripheral PTA runs of the {terr} segment: " + ", ".join(x.lower() for x in tl) + f", side {lat}"
        runs = xa_runs(cx, "dsa", 3)
    elif k in ("ufe", "pae", "renemb", "bae", "varico"):
        sd = {"ufe": T(cx, de=["Myomembolisation (UAE)"], es=["Embolización de miomas uterinos"], ca=["Embolització de miomes uterins"],
                       pl=["Embolizacja tętnic macicznych"], zh=["子宫动脉栓塞术"], py=["UAE"], pt=["Embolização de miomas uterinos"]),
              "pae": T(cx, de=["Prostataarterienembolisation (PAE)"], es=["Embolización de arterias prostáticas"], pl=["Embolizacja tętnic stercza"],
                       zh=["前列腺动脉栓塞术"], py=["PAE"], pt=["Embolização de artérias prostáticas"]),
              "renemb": T(cx, de=["Nierenarterienembolisation"], es=["Embolización arterial renal"], pl=["Embolizacja tętnicy nerkowej"],
                          zh=["肾动脉栓塞术"], py=["RENAL EMBOLIZATION"], pt=["Embolização de artéria renal"]),
              "bae": T(cx, de=["Bronchialarterienembolisation (Hämoptyse)"], es=["Embolización de arterias bronquiales"], pl=["Embolizacja tętnic oskrzelowych"],
                       zh=["支气管动脉栓塞术"], py=["BAE"], pt=["Embolização de artérias brônquicas"]),
              "varico": T(cx, de=["Varikozelen-Embolisation links"], es=["Embolización de varicocele izquierdo"], ca=["Embolització de varicocele esquerre"],
                          pl=["Embolizacja żylaków powrózka nasiennego lewego"], zh=["左侧精索静脉曲张栓塞术"], py=["LEFT VARICOCELE EMBOLIZATION"],
                          pt=["Embolização de varicocele esquerda"])}[k]
        lab = {"ufe": ["PELVIS"], "pae": ["PELVIS"], "renemb": ["ABDOMEN"], "bae": ["CHEST"], "varico": AP_}[k]
        why = {"ufe": "uterine artery embolisation runs: pelvis", "pae": "prostate artery embolisation runs: pelvis",
               "renemb": "renal artery embolisation runs: abdomen", "bae": "bronchial artery embolisation runs: chest",
               "varico": "gonadal vein from the renal vein to the groin: abdomen and pelvis (side is the vein's, not a limb)"}[k]
        runs = xa_runs(cx, "dsa", 3)
    elif k == "pm":
        sd = T(cx, de=["Schrittmacherimplantation (DDD)", "ICD-Implantation"], es=["Implante de marcapasos"], ca=["Implantació de marcapassos"],
               pl=["Implantacja stymulatora serca", "Wszczepienie ICD"], zh=["永久起搏器植入术"], py=["PPM IMPLANT"], pt=["Implante de marcapasso"])
        lab, why, runs = ["CHEST"], "pacemaker implantation fluoroscopy: chest", xa_runs(cx, "other", 2)
    elif k == "fistulo":
        lat = cx.c("LR")
        sd = T(cx, de=[f"Shuntangiographie {sw(cx, lat)} + PTA", f"Shunt-DSA Arm {sw(cx, lat)}"], es=[f"Fistulografía {limb(cx, 'up', lat)}"],
               ca=[f"Fistulografia {limb(cx, 'up', lat)}"], pl=[f"Fistulografia {limb(cx, 'up', lat)}"], zh=[f"{sw(cx, lat)}上肢内瘘造影+球囊扩张"],
               py=[f"{limb(cx, 'up', lat)} FISTULOGRAM"], pt=[f"Fistulografia de {limb(cx, 'up', lat)}"])
        lab, why, runs = ["FOREARM", "ELBOW", "ARM", "SHOULDER"], f"dialysis access angiography anastomosis to axillary vein, side {lat}", xa_runs(cx, "dsa", 2)
    elif k == "hand":
        lat = cx.c("LR")
        sd = T(cx, de=[f"DSA Hand {sw(cx, lat)} (Hypothenar-Hammer?)", f"Angiographie Hand {sw(cx, lat)}"], es=[f"Arteriografía de mano {sw(cx, lat, 'f')}"],
               ca=[f"Arteriografia de mà {sw(cx, lat, 'f')}"], pl=[f"Angiografia ręki {sw(cx, lat, 'gf')}"], zh=[f"{sw(cx, lat)}手部动脉造影"],
               py=[f"{'RIGHT' if lat == 'R' else 'LEFT'} HAND ANGIOGRAPHY"], pt=[f"Arteriografia de mão {sw(cx, lat, 'f')}"])
        lab, why, runs = ["HAND"], f"hand angiography: hand, side {lat}", xa_runs(cx, "dsa", 2)
    elif k == "spinal":
        sd = T(cx, de=["Spinale DSA (DAVF)"], es=["Arteriografía medular"], ca=["Arteriografia medul·lar"], pl=["Angiografia rdzeniowa"],
               zh=["脊髓血管造影"], py=["SPINAL DSA"], pt=["Angiografia medular"])
        lab, why, runs = ["TSPINE", "LSPINE"], "spinal angiography of segmental arteries: thoracic and lumbar spine", xa_runs(cx, "dsa", 2)
    else:  # endovenous ablation under ultrasound
        lat = cx.c("LR")
        vein = cx.c(["gsv", "gsv", "ssv"])
        s = sw(cx, lat, "gf" if cx.lang == "pl" else "f")
        sd = T(cx, de=[f"Endovenöse Lasertherapie VSM {sw(cx, lat)}" if vein == "gsv" else f"Radiofrequenzablation VSP {sw(cx, lat)}"],
               es=[f"Ablación endovenosa safena interna {s}" if vein == "gsv" else f"Ablación endovenosa safena externa {s}"],
               ca=[f"Ablació endovenosa safena interna {s}" if vein == "gsv" else f"Ablació endovenosa safena externa {s}"],
               pl=[f"Ablacja żyły odpiszczelowej {s}" if vein == "gsv" else f"Ablacja żyły odstrzałkowej {s}"],
               zh=[f"{sw(cx, lat)}大隐静脉射频消融术" if vein == "gsv" else f"{sw(cx, lat)}小隐静脉射频消融术"],
               py=[f"{'RIGHT' if lat == 'R' else 'LEFT'} GSV RFA" if vein == "gsv" else f"{'RIGHT' if lat == 'R' else 'LEFT'} SSV RFA"],
               pt=[f"Termoablação de safena magna {s}" if vein == "gsv" else f"Termoablação de safena parva {s}"])
        lab = ["THIGH"] if vein == "gsv" else ["LEG"]
        why = f"endovenous ablation of the {'great saphenous vein (thigh)' if vein == 'gsv' else 'small saphenous vein (calf)'}, side {lat}"
        ser = [S(us(cx, d), lab, lat, why + "; ultrasound guidance image") for d in ["Laser tip", "Tumescence", "Post ablation", "SFJ" if vein == "gsv" else "SPJ"][:3]]
        bpe(cx, ser, cx.c(["LEG", "LOWER LIMB"]), ["EXTREMITY"], p_missing=0.5)
        return cs(cx, sd), ser
    ser = [S(xa(cx, d, p), lab, lat, why) for d, p in runs]
    for d, el, ew in extra:
        ser.append(S(xa(cx, d, runs[0][1]), el, None, ew))
    if cx.p(0.5):
        ser.append(S({"Modality": "SR", "SOPClassUID": SR_DOSE, "Manufacturer": XA_MAKE[cx.cfg["xa"]][0],
                      "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Structured Report", "Dose Report"])}, [], None,
                     "X-ray dose structured report: no anatomy", img=False))
    good = {"CHEST": "HEART", "NECK": "CAROTID", "PELVIS": "PELVIS", "ABDOMEN": "ABDOMEN", "THIGH": "LEG", "KNEE": "KNEE", "LEG": "LEG",
            "ANKLE": "FOOT", "HAND": "HAND", "TSPINE": "SPINE", "FOREARM": "ARM"}[lab[0]]
    bpe(cx, ser, good, ["CHEST", "ABDOMEN", "EXTREMITY"] if lab[0] != "CHEST" else ["CHEST", "COR"], p_missing=0.35)
    return cs(cx, sd), ser


def nm(cx):
    k = cx.c(["mpi"] * 5 + ["pet"] * 2 + ["fdgwb"] * 2 + ["amyl"] * 2 + ["muga", "vq", "wbc"])
    ser = []
    if k == "mpi":
        sd = T(cx, de=["Myokardszintigraphie (Belastung/Ruhe)", "Myokard-SPECT"], es=["Gammagrafía de perfusión miocárdica (SPECT)", "SPECT miocárdico esfuerzo-reposo"],
               ca=["Gammagrafia de perfusió miocàrdica"], pl=["Scyntygrafia perfuzyjna mięśnia sercowego (SPECT)", "Scyntygrafia serca wysiłek/spoczynek"],
               zh=["心肌灌注显像（负荷+静息）", "门控心肌灌注SPECT"], py=["MPI SPECT", "XINJI GUANZHU XIANXIANG"], pt=["Cintilografia de perfusão miocárdica"])
        why = "myocardial perfusion SPECT: heart"
        for d in ["Stress SA", "Rest IRNC", "Gated SPECT Stress", "QPS/QGS Results"]:
            ser.append(S(nmm(cx, d, ImageType="ORIGINAL\\PRIMARY\\RECON TOMO" if "Results" not in d else "DERIVED\\SECONDARY"), ["CHEST"], None,
                         why if "Results" not in d else "perfusion polar maps and slices of the heart: chest"))
        ser.append(S(nmm(cx, "CTAC 5.0 B08s" if cx.cfg["nm"] == "Siemens" else "CT AC", mod="CT"), ["CHEST"], None,
                     "low-dose CT for attenuation correction of the heart scan: chest"))
        bp = "HEART"
    elif k == "pet":
        sd = T(cx, de=["PET Myokard Rb-82 Perfusion", "FDG-PET Myokard (Vitalität)"], es=["PET de perfusión miocárdica (N13-amonio)", "PET-TC FDG miocárdico (viabilidad)"],
               pl=["PET serca - ocena żywotności (FDG)"], zh=["18F-FDG心肌代谢显像"], py=["CARDIAC FDG PET"], pt=["PET cardíaco - viabilidade miocárdica"])
        why = "cardiac PET: heart"
        for d in ["Rest AC", "Stress AC", "FDG Myocardium", "CT AC"]:
            ser.append(S(nmm(cx, d, mod="CT" if d == "CT AC" else "PT"), ["CHEST"], None, why))
        bp = "HEART"
    elif k in ("fdgwb", "wbc"):
        sd = T(cx, de=["PET/CT Ganzkörper FDG (Vaskulitis)", "FDG-PET/CT Protheseninfekt"], es=["PET-TC FDG cuerpo entero (vasculitis)", "PET-TC FDG infección de prótesis vascular"],
               ca=["PET-TC FDG cos sencer"], pl=["PET-CT FDG całego ciała (zapalenie naczyń)"], zh=["18F-FDG PET/CT全身显像（大动脉炎）"],
               py=["WHOLE BODY FDG PET/CT"], pt=["PET-CT com FDG corpo inteiro (vasculite)"]) if k == "fdgwb" else \
            T(cx, de=["Leukozytenszintigraphie Ganzkörper (Protheseninfekt)"], es=["Gammagrafía con leucocitos marcados (cuerpo entero)"],
              pl=["Scyntygrafia znakowanymi leukocytami całego ciała"], zh=["全身标记白细胞显像"], py=["WBC SCAN WHOLE BODY"],
              pt=["Cintilografia com leucócitos marcados de corpo inteiro"])
        why = "whole-body scan for vascular inflammation or graft infection: the five axial regions"
        if k == "fdgwb":
            for d in ["PET WB AC", "PET WB NAC", "CT WB 3.0 B30f" if cx.cfg["pet"] == "Siemens" else "CT WB", "MIP PET"]:
                ser.append(S(nmm(cx, d, mod="CT" if d.startswith("CT") else "PT"), WB, None, why))
            ser.append(S(nmm(cx, "Topogram" if cx.cfg["pet"] == "Siemens" else "Scout", mod="CT", ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), WB, None,
                         why + "; scout of the whole-body scan"))
            if cx.p(0.4):
                ser.append(S(nmm(cx, "PET Thorax Herz", mod="PT") if cx.lang == "de" else nmm(cx, "PET Heart AC", mod="PT"), ["CHEST"], None,
                             "dedicated heart bed of the PET: chest"))
        else:
            for d in ["WB Ant 4h", "WB Post 24h", "SPECT Thorax-Abdomen"]:
                ser.append(S(nmm(cx, d), WB if d.startswith("WB") else ["CHEST", "ABDOMEN"], None,
                             why if d.startswith("WB") else "SPECT of chest and abdomen around the graft"))
        bp = "WHOLEBODY"
    elif k == "amyl":
        sd = T(cx, de=["DPD-Szintigraphie (kardiale Amyloidose)"], es=["Gammagrafía con DPD (amiloidosis cardiaca)"], ca=["Gammagrafia amb DPD (amiloïdosi)"],
               pl=["Scyntygrafia z DPD - amyloidoza serca"], zh=["99mTc-PYP心脏淀粉样变显像"], py=["PYP SCAN"], pt=["Cintilografia com pirofosfato (amiloidose)"])
        for d in ["WB Ant/Post", "Thorax planar", "SPECT/CT Thorax"]:
            ser.append(S(nmm(cx, d), WB if d.startswith("WB") else ["CHEST"], None,
                         "whole-body planar images: the five axial regions" if d.startswith("WB") else "heart images of the amyloid scan: chest"))
        why = "amyloid scan"
        bp = None
    elif k == "muga":
        sd = T(cx, de=["Radionuklidventrikulographie"], es=["Ventriculografía isotópica (MUGA)"], pl=["Wentrykulografia izotopowa"], zh=["核素心血池显像"],
               py=["MUGA"], pt=["Ventriculografia radioisotópica"])
        ser = [S(nmm(cx, d), ["CHEST"], None, "gated blood pool: heart") for d in ["MUGA LAO", "Gated Blood Pool"]]
        bp = "HEART"
    else:
        sd = T(cx, de=["Lungenperfusionsszintigraphie (V/Q)"], es=["Gammagrafía de ventilación/perfusión pulmonar"], ca=["Gammagrafia pulmonar V/Q"],
               pl=["Scyntygrafia perfuzyjna płuc"], zh=["肺通气/灌注显像"], py=["V/Q SCAN"], pt=["Cintilografia pulmonar de ventilação/perfusão"])
        ser = [S(nmm(cx, d), ["CHEST"], None, "lung V/Q scan: chest") for d in ["Perfusion 8 views", "Ventilation", "SPECT Q"]]
        bp = "LUNG"
    bpe(cx, ser, bp, ["CHEST", "HEART"] if bp != "HEART" else ["CHEST", "THORAX"], p_missing=0.3)
    return cs(cx, sd), ser


def chest(cx):
    k = cx.c(["pa"] * 6 + ["bed"] * 4 + ["pm"] * 2 + ["ct"] * 3 + ["sternum"])
    ser = []
    if k in ("pa", "pm"):
        sd = T(cx, de=["Rö Thorax p.a. und seitlich", "Thorax in 2 Ebenen", "Thorax pa/lat"] if k == "pa" else ["Rö Thorax Schrittmacherkontrolle", "Thorax p.a. nach SM-Implantation"],
               es=["Rx tórax PA y lateral", "Radiografía de tórax"] if k == "pa" else ["Rx tórax control marcapasos"],
               ca=["Radiografia de tòrax PA i perfil"] if k == "pa" else ["Radiografia de tòrax control marcapassos"],
               pl=["RTG klatki piersiowej PA i boczne", "RTG klp PA"] if k == "pa" else ["RTG klp - kontrola elektrod stymulatora"],
               zh=["胸部正侧位", "胸部DR正位"] if k == "pa" else ["胸部正侧位（起搏器术后）"], py=["XIONGBU DR", "CHEST PA LAT"] if k == "pa" else ["CHEST PA PPM CHECK"],
               pt=["RX de tórax PA e perfil", "Radiografia de tórax"] if k == "pa" else ["RX de tórax controle de marcapasso"])
        for d, vp in [(T(cx, de="Thorax p.a.", es="Tórax PA", ca="Tòrax PA", pl="Klatka PA", zh="胸部正位", py="CHEST PA", pt="Tórax PA"), "PA"),
                      (T(cx, de="Thorax seitl.", es="Tórax lateral", ca="Tòrax perfil", pl="Klatka bok", zh="胸部侧位", py="CHEST LAT", pt="Tórax perfil"), "LL")]:
            ser.append(S(xr(cx, d, vp), ["CHEST"], None, "chest radiograph"))
        bp = "CHEST"
    elif k == "bed":
        sd = T(cx, de=["Thorax liegend (Intensiv)", "Rö Thorax Bett"], es=["Rx tórax portátil"], ca=["Radiografia de tòrax portàtil"],
               pl=["RTG klp przyłóżkowe"], zh=["床旁胸片"], py=["BEDSIDE CHEST"], pt=["RX tórax no leito"])
        ser.append(S(xr(cx, T(cx, de=["Thorax AP liegend", "Thorax a.p."], es=["Tórax AP portátil", "AP supino"], ca="Tòrax AP portàtil", pl=["Klatka AP", "AP leżąc"],
                                   zh=["床旁胸片", "胸部正位"], py=["PORTABLE AP", "CHEST AP"], pt=["Tórax AP no leito", "AP supino"]), "AP"), ["CHEST"], None, "bedside chest film after heart surgery"))
        bp = "CHEST"
    elif k == "sternum":
        sd = T(cx, de=["Sternum seitlich (nach Sternotomie)"], es=["Rx esternón"], pl=["RTG mostka"], zh=["胸骨侧位"], py=["STERNUM LAT"], pt=["RX de esterno"])
        ser.append(S(xr(cx, T(cx, de="Sternum seitl.", es="Esternón lateral", ca="Estern perfil", pl="Mostek bok", zh="胸骨侧位", py="STERNUM LAT", pt="Esterno perfil"), "LL"), ["CHEST"], None, "sternum film after sternotomy: chest"))
        bp = cx.c(["STERNUM", "CHEST"])
    else:
        sd = T(cx, de=["CT Thorax nativ", "CT Thorax mit KM"], es=["TC de tórax", "TC torácico sin contraste"], ca=["TC de tòrax"], pl=["TK klatki piersiowej"],
               zh=["胸部CT平扫", "胸部CT"], py=["XIONGBU CT", "CHEST CT"], pt=["TC de tórax", "Tomografia de tórax"])
        ser.append(S(ct(cx, ct_scout(cx), scout=True), ["CHEST"], None, "chest CT; scout"))
        for _ in range(2):
            d, kn = ct_region_recon(cx, "thorax")
            ser.append(S(ct(cx, d, kn, "1"), ["CHEST"], None, "chest CT recon"))
        ser.append(ct_dose(cx))
        bp = "CHEST"
    bpe(cx, ser, bp, ["THORAX", "LUNG", "HEART"])
    return cs(cx, sd), ser


def other(cx, k=None):
    """The ordinary work these hospitals also send: spine, breast, joints, head, abdomen."""
    k = k or cx.c(["cspine", "cspine", "cspine", "tspine", "lspine", "lspmr", "mammo", "mammo", "breastus", "shoulder", "hip", "knee", "hand", "ankle", "foot",
              "elbow", "femur", "headct", "abdus", "forearm"])
    if k == "mammo" and cx.site not in ("pl-kard", "br-vasc", "es-hosp"):
        k = "headct"
    ser = []
    lat = None
    if k in ("cspine", "tspine", "lspine"):
        code = {"cspine": "CSPINE", "tspine": "TSPINE", "lspine": "LSPINE"}[k]
        sd = T(cx, de={"cspine": "Rö HWS 2 Ebenen", "tspine": "Rö BWS 2 Ebenen", "lspine": "Rö LWS 2 Ebenen"}[k],
               es={"cspine": "Rx columna cervical", "tspine": "Rx columna dorsal", "lspine": "Rx columna lumbar"}[k],
               ca={"cspine": "Radiografia de columna cervical", "tspine": "Radiografia de columna dorsal", "lspine": "Radiografia de columna lumbar"}[k],
               pl={"cspine": "RTG kręgosłupa szyjnego", "tspine": "RTG kręgosłupa piersiowego", "lspine": "RTG kręgosłupa lędźwiowego"}[k],
               zh={"cspine": "颈椎正侧位", "tspine": "胸椎正侧位", "lspine": "腰椎正侧位"}[k], py={"cspine": "C-SPINE DR", "tspine": "T-SPINE DR", "lspine": "L-SPINE DR"}[k],
               pt={"cspine": "RX coluna cervical", "tspine": "RX coluna torácica", "lspine": "RX coluna lombar"}[k])
        ser = [S(xr(cx, d, vp), [code], None, f"{k} radiograph") for d, vp in [("AP", "AP"), (T(cx, de="seitl.", es="lateral", pl="bok", zh="侧位", pt="perfil", en="LAT"), "LL")]]
        bp = code
    elif k == "lspmr":
        sd = T(cx, de="MRT LWS", es="RM columna lumbar", ca="RM de columna lumbar", pl="MR kręgosłupa lędźwiowego", zh="腰椎MRI", py="L-SPINE MRI", pt="RM coluna lombar")
        ser = [S(mr(cx, d, scan="SE"), ["LSPINE"], None, "lumbar spine MR; sequence-only name") for d in ["t2_tse_sag", "t1_tse_sag", "t2_tse_tra"]]
        bp = "LSPINE"
    elif k in ("mammo", "breastus"):
        lat = cx.c("LRB") if k == "breastus" else "B"
        if k == "mammo":
            sd = T(cx, pl=["Mammografia", "Mammografia skryningowa obustronna"], pt=["Mamografia bilateral", "Mamografia digital bilateral"],
                   es=["Mamografía bilateral"], ca=["Mamografia bilateral"])
            ser = []
            for s in "RL":
                for v in ["CC", "MLO"]:
                    m = {"Modality": "MG", "Manufacturer": "HOLOGIC, Inc.", "ManufacturerModelName": cx.c(["Selenia Dimensions", "3Dimensions"]),
                         "SeriesDescription": f"{s} {v}", "ImageLaterality": s, "ViewPosition": v}
                    ser.append(S(m, ["BREAST"], s, f"mammogram {s} {v}: breast, side from ImageLaterality"))
            bp = "BREAST"
        else:
            sd = T(cx, de=f"Sono Mamma {sw(cx, lat)}", es=f"Ecografía mamaria {sw(cx, lat, 'f')}", ca=f"Ecografia mamària {sw(cx, lat, 'f')}",
                   pl=f"USG piersi {sw(cx, lat, 'gf')}" if lat != "B" else "USG piersi obustronnie", zh=f"{sw(cx, lat)}乳腺超声", py=f"{'RIGHT' if lat == 'R' else 'LEFT' if lat == 'L' else 'BILATERAL'} BREAST US",
                   pt=f"US de mama {sw(cx, lat, 'f')}" if lat != "B" else "US de mamas bilateral")
            ser = [S(us(cx, d, vendor="GEgen" if cx.site == "es-hosp" else cx.cfg["vus"]), ["BREAST"], lat, f"breast ultrasound, side {lat} from the order")
                   for d in ["Breast", "12h", "UOQ"]]
            bp = "BREAST"
    elif k == "headct":
        sd = T(cx, de="CCT nativ (V.a. Apoplex nach TAVI)", es="TC craneal sin contraste", ca="TC cranial", pl="TK głowy bez kontrastu", zh="头颅CT平扫",
               py="TOULU CT", pt="TC de crânio sem contraste")
        ser = [S(ct(cx, ct_scout(cx), scout=True), ["HEAD"], None, "head CT; scout"), S(ct(cx, *ct_region_recon(cx, "head"), "5"), ["HEAD"], None, "head CT")]
        bp = "HEAD"
    elif k == "abdus":
        sd = T(cx, de="Sono Abdomen", es="Ecografía abdominal", ca="Ecografia abdominal", pl="USG jamy brzusznej", zh="腹部彩超", py="FUBU CAICHAO", pt="US de abdome total")
        ser = [S(us(cx, d), ["ABDOMEN"], None, "abdominal ultrasound") for d in ["Liver", "Kidney", "GB"]]
        bp = "ABDOMEN"
    else:
        code = {"shoulder": "SHOULDER", "hip": "HIP", "knee": "KNEE", "hand": "HAND", "ankle": "ANKLE", "foot": "FOOT", "elbow": "ELBOW",
                "femur": "THIGH", "forearm": "FOREARM"}[k]
        lat = cx.c("LR")
        gender = {"es": {"HIP": "f", "KNEE": "f", "HAND": "f"}, "ca": {"SHOULDER": "f", "HAND": "f"}, "pt": {"HAND": "f"},
                  "pl": {"HAND": "gf", "FOOT": "gf", "THIGH": "gf"}}
        g = gender.get(cx.lang, {}).get(code, "gm" if cx.lang == "pl" else "m")
        s = sw(cx, lat, g)
        nm_ = T(cx, de={"SHOULDER": "Schulter", "HIP": "Hüfte", "KNEE": "Knie", "HAND": "Hand", "ANKLE": "OSG", "FOOT": "Fuß", "ELBOW": "Ellenbogen",
                        "THIGH": "Femur", "FOREARM": "Unterarm"}[code],
                es={"SHOULDER": "hombro", "HIP": "cadera", "KNEE": "rodilla", "HAND": "mano", "ANKLE": "tobillo", "FOOT": "pie", "ELBOW": "codo",
                    "THIGH": "fémur", "FOREARM": "antebrazo"}[code],
                ca={"SHOULDER": "espatlla", "HIP": "maluc", "KNEE": "genoll", "HAND": "mà", "ANKLE": "turmell", "FOOT": "peu", "ELBOW": "colze",
                    "THIGH": "fèmur", "FOREARM": "avantbraç"}[code],
                pl={"SHOULDER": "stawu barkowego", "HIP": "stawu biodrowego", "KNEE": "stawu kolanowego", "HAND": "ręki", "ANKLE": "stawu skokowego",
                    "FOOT": "stopy", "ELBOW": "stawu łokciowego", "THIGH": "kości udowej", "FOREARM": "przedramienia"}[code],
                zh={"SHOULDER": "肩关节", "HIP": "髋关节", "KNEE": "膝关节", "HAND": "手", "ANKLE": "踝关节", "FOOT": "足", "ELBOW": "肘关节",
                    "THIGH": "股骨", "FOREARM": "尺桡骨"}[code],
                py={"SHOULDER": "SHOULDER", "HIP": "HIP", "KNEE": "KNEE", "HAND": "HAND", "ANKLE": "ANKLE", "FOOT": "FOOT", "ELBOW": "ELBOW",
                    "THIGH": "FEMUR", "FOREARM": "FOREARM"}[code],
                pt={"SHOULDER": "ombro", "HIP": "quadril", "KNEE": "joelho", "HAND": "mão", "ANKLE": "tornozelo", "FOOT": "pé", "ELBOW": "cotovelo",
                    "THIGH": "fêmur", "FOREARM": "antebraço"}[code])
        sd = T(cx, de=f"Rö {nm_} {s}", es=f"Rx {nm_} {s}", ca=f"Radiografia {nm_} {s}", pl=f"RTG {nm_} {s}", zh=f"{s}{nm_}正侧位",
               py=f"{'RT' if lat == 'R' else 'LT'} {nm_} DR", pt=f"RX {nm_} {s}")
        why = {"femur": "femur film: thigh", "forearm": "forearm film"}.get(k, f"{k} radiograph") + f", side {lat} from the order"
        ser = [S(xr(cx, d, vp), [code], lat, why) for d, vp in [("AP", "AP"), ("LAT", "LL")]]
        if code == "FOOT":
            ser[0]["why"] = "diabetic foot film" + f", side {lat} from the order"
        if cx.p(0.25):
            for x in ser:
                x["meta"]["ImageLaterality"] = lat
        bp = cx.c([code, "EXTREMITY"])
    bpe(cx, ser, bp, ["EXTREMITY", "CHEST"] if lat else None)
    return cs(cx, sd), ser


# The ordinary work each site sends at least once in the fortnight (the rest is drawn).
FORCED = {"de-hz": [("other", "cspine"), ("other", "hand")], "es-hosp": [("other", "mammo"), ("other", "elbow")],
          "pl-kard": [("other", "cspine"), ("other", "mammo"), ("other", "forearm")], "cn-cv": [("other", "cspine"), ("other", "breastus")],
          "br-vasc": [("other", "mammo"), ("other", "hand"), ("other", "tspine")]}
FAMILY = {"ccta": ccta, "cmr": cmr, "echo": echo, "vus": vus, "cta": cta, "xa": xa_proc, "nm": nm, "chest": chest, "other": other}


NOANAT_KINDS = ["doc", "ko", "pr", "sr", "doc", "page", "qa", "pdf"]


def noanat(cx, i):
    """Objects without anatomy filed on their own, in turn: scanned requests, key objects,
    presentation states, dose reports, protocol pages, phantom and QA images, encapsulated PDFs."""
    k = NOANAT_KINDS[i % len(NOANAT_KINDS)]
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": SC_IMG, "SeriesDescription": T(cx, de=["Anforderung gescannt", "Einverständniserklärung"],
                es=["Solicitud escaneada", "Consentimiento informado"], ca=["Sol·licitud escanejada"], pl=["Skierowanie", "Skan skierowania", "Zgoda pacjenta"],
                zh=["申请单", "知情同意书"], py=["SHENQINGDAN SCAN", "Scanned Request"], pt=["Pedido médico digitalizado", "Termo de consentimento"])}, "scanned paper: no anatomy"
    if k == "pdf":
        return {"Modality": "DOC", "SOPClassUID": PDF_UID, "SeriesDescription": cx.c(["Encapsulated PDF", "Report PDF", "Befund PDF", "Laudo PDF"])}, "encapsulated report: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": KO_UID, "SeriesDescription": cx.c(["Key Images", "KEY_OBJECT", "Schlüsselbilder", "Imágenes clave", "关键图像"])}, "key object selection: no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": PR_UID, "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations", "Measurements"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": SR_DOSE, "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose Report", "Radiation Dose Information"])}, "dose structured report"
    if k == "qa":
        return {"Modality": cx.c(["CT", "NM", "US"]), "SeriesDescription": cx.c(["QA Phantom", "Daily QC Water Phantom", "Uniformity Flood Co-57", "Phantom test"]),
                "ImageType": "ORIGINAL\\PRIMARY\\QA"}, "phantom or QA image: no patient anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Protocol Page"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol or screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a typing slip."""
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
    n_noanat = 0
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        forced = list(FORCED.get(site, []))
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            if forced:
                stratum, kind = forced.pop(0)
                sd, ser = FAMILY[stratum](cx, kind)
            else:
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
                if rng.random() < 0.2:
                    meta["RequestedProcedureDescription"] = sd
                if meta.get("Manufacturer") in ("Agfa", "Carestream Health", "FUJIFILM Corporation") and len(sd) > 16 and rng.random() < 0.35:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                elif rng.random() < 0.12:
                    meta["PerformedProcedureStepDescription"] = sd
                if s["laterality"] is None and s["labels"] and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx, n_noanat)
                n_noanat += 1
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if rng.random() < 0.5:
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
