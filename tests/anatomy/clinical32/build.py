"""Writes tests/anatomy/data/clinical_set_32.jsonl: a fortnight of series from screening
programmes, mobile units, occupational and military medicine (England, the United States,
Australia, Germany, France and Mexico), labelled blind against the shared anatomy spec (see
README.md beside this file).

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

SEED = 32
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_32.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- languages
# Side words: full form (by grammatical gender where the language has one), then abbreviations.
SIDE = {
    "en": {"R": (["Right", "RIGHT"], ["RT", "Rt", "R"]), "L": (["Left", "LEFT"], ["LT", "Lt", "L"]),
           "B": (["Bilateral", "BILATERAL", "Both"], ["BIL", "Bilat"])},
    "de": {"R": (["rechts"], ["re.", "re", "RE"]), "L": (["links"], ["li.", "li", "LI"]),
           "B": (["beidseits", "beidseitig"], ["bds.", "bds"])},
    "fr": {"R": ({"m": "droit", "f": "droite"}, ["D", "dte", "Dt"]), "L": ({"m": "gauche", "f": "gauche"}, ["G", "gche"]),
           "B": (["bilatéral", "comparatif"], ["bilat.", "bilat"])},
    "es": {"R": ({"m": "derecho", "f": "derecha"}, ["der.", "DER", "der"]), "L": ({"m": "izquierdo", "f": "izquierda"}, ["izq.", "IZQ", "izq"]),
           "B": (["bilateral", "comparativas"], ["bilat.", "bil."])},
}
# Limb parts: names ("name|gender" where it matters); the first is the common one, the others
# bones and joints the spec folds into that code.
PART = {
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint"], "HIP": ["Hip"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneus", "Toes", "Metatarsals"], "HAND": ["Hand", "Finger", "Thumb", "5th Metacarpal"],
           "WRIST": ["Wrist", "Scaphoid"], "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius/Ulna"], "ARM": ["Humerus", "Upper Arm"],
           "THIGH": ["Femur", "Thigh"], "LEG": ["Tib/Fib", "Tibia & Fibula", "Lower Leg"]},
    "de": {"KNEE": ["Knie", "Kniegelenk"], "SHOULDER": ["Schulter", "Clavicula", "ACG"], "HIP": ["Hüfte", "Hüftgelenk"],
           "ANKLE": ["OSG", "Sprunggelenk"], "FOOT": ["Fuß", "Vorfuß", "Calcaneus", "Mittelfuß"], "HAND": ["Hand", "Finger", "Daumen"],
           "WRIST": ["Handgelenk", "Scaphoid", "Kahnbein"], "ELBOW": ["Ellenbogen"], "FOREARM": ["Unterarm"], "ARM": ["Oberarm", "Humerus"],
           "THIGH": ["Oberschenkel", "Femur"], "LEG": ["Unterschenkel", "US"]},
    "fr": {"KNEE": ["genou|m"], "SHOULDER": ["épaule|f", "clavicule|f", "acromio-claviculaire|f"], "HIP": ["hanche|f"],
           "ANKLE": ["cheville|f"], "FOOT": ["pied|m", "calcanéum|m", "avant-pied|m", "métatarsiens|m"],
           "HAND": ["main|f", "doigt|m", "pouce|m"], "WRIST": ["poignet|m", "scaphoïde|m"], "ELBOW": ["coude|m"],
           "FOREARM": ["avant-bras|m"], "ARM": ["bras|m", "humérus|m"], "THIGH": ["cuisse|f", "fémur|m"], "LEG": ["jambe|f", "tibia|m"]},
    "es": {"KNEE": ["rodilla|f"], "SHOULDER": ["hombro|m", "clavícula|f"], "HIP": ["cadera|f"], "ANKLE": ["tobillo|m"],
           "FOOT": ["pie|m", "calcáneo|m", "ortejos|m"], "HAND": ["mano|f", "dedo|m", "pulgar|m"], "WRIST": ["muñeca|f", "escafoides|m"],
           "ELBOW": ["codo|m"], "FOREARM": ["antebrazo|m"], "ARM": ["brazo|m", "húmero|m"], "THIGH": ["muslo|m", "fémur|m"],
           "LEG": ["pierna|f", "tibia y peroné|f"]},
}
# Exam words per language: MR, plain film, ultrasound, CT.
MODW = {"en": ("MRI", "XR", "US", "CT"), "de": ("MRT", "Rö", "Sono", "CT"), "fr": ("IRM", "Rx", "Echographie", "TDM"),
        "es": ("RM", "RX", "USG", "TAC")}
# Plain-film view names per language.
VIEWS = {"en": {"ap": "AP", "lat": "LAT", "obl": "Oblique", "pa": "PA"}, "de": {"ap": "a.p.", "lat": "seitlich", "obl": "schräg", "pa": "d.p."},
         "fr": {"ap": "face", "lat": "profil", "obl": "3/4", "pa": "face"}, "es": {"ap": "AP", "lat": "LAT", "obl": "OBLICUA", "pa": "PA"}}

# ---------------------------------------------------------------- sites
# name: (languages, kind, rows wanted, X-ray vendor, CT vendor, MR vendor, US vendor, strata with weights)
SITES = {
    "uk-tlhc": (["en"], "lung health check, mobile CT units, England", 100, "Fujifilm", "Siemens|Canon", "Siemens", "Canon",
                {"lung": 10, "workup": 3}),
    "uk-screen": (["en"], "breast screening service with mobile vans, AAA and bowel screening, England", 120, "Agfa", "GE", "GE", "GE",
                  {"breast": 8, "aaa": 3, "ctc": 2, "dxa": 1, "workup": 2}),
    "us-mtf": (["en"], "military treatment facility, United States", 150, "Carestream", "GE", "GE", "GE",
               {"injury": 8, "medical": 3, "trauma": 4, "cxr": 1, "dxa": 1}),
    "us-occ": (["en"], "occupational health clinic with a mobile coal-miner unit, United States", 100, "Konica", "Siemens", "Siemens", "Philips",
               {"ilo": 5, "cxr": 3, "lung": 2, "injury": 2, "medical": 1}),
    "au-sport": (["en"], "sports medicine imaging and visa medical centre, Australia", 100, "Samsung", "Canon", "Siemens", "Samsung",
                 {"injury": 7, "dxa": 3, "cxr": 2}),
    "de-ms": (["de"], "mammography screening unit with Mammobil and occupational radiology practice, Germany", 120, "Siemens", "Siemens",
              "Siemens", "Siemens", {"breast": 6, "ilo": 2, "lung": 2, "dxa": 2, "aaa": 1, "ctc": 1, "medical": 1, "workup": 1}),
    "fr-hia": (["fr"], "military hospital with an aircrew and diver medical centre, France", 130, "Fujifilm", "GE|Philips", "Siemens", "Philips",
               {"injury": 5, "medical": 4, "trauma": 3, "lung": 1, "dxa": 1, "ctc": 1, "ilo": 1, "workup": 2}),
    "mx-panel": (["es", "es", "es", "en"], "immigration panel clinic, pre-employment medicals and mobile mammography, Mexico", 110,
                 "Mindray", "UIH", None, "Mindray", {"cxr": 5, "breast": 3, "medical": 3, "injury": 1, "ilo": 1}),
}
NOANAT_SHARE = 0.035

CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM go.Up", "SOMATOM go.Now", "SOMATOM Definition AS+", "SOMATOM X.cite"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution EVO", "Revolution ACT", "Optima CT540", "Revolution CT"]),
    "Canon": ("CANON_MEC", ["Aquilion Prime SP", "Aquilion Lightning"]),
    "Philips": ("Philips", ["Incisive CT", "IQon - Spectral CT"]),
    "UIH": ("UIH", ["uCT 550", "uCT 528"]),
}
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Sola", "MAGNETOM Altea", "MAGNETOM Vida", "MAGNETOM Amira"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Premier", "SIGNA Explorer"]),
}
XR_MAKE = {
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Go PLUS", "FDR Smart X"], "DX"),
    "Agfa": ("Agfa", ["DX-D 600", "DR 100s"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution", "DRX-1 System"], "DX"),
    "Konica": ("KONICA MINOLTA", ["AeroDR", "CS-7"], "DX"),
    "Samsung": ("SAMSUNG ELECTRONICS CO.,LTD.", ["GC85A", "GM85"], "DX"),
    "Siemens": ("SIEMENS", ["Ysio Max", "Multix Impact"], "DX"),
    "Mindray": ("Mindray", ["DigiEye 760", "MobiEye 700"], "DX"),
}
US_MAKE = {
    "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
    "GE": ("GE Healthcare", ["LOGIQ e", "LOGIQ E10", "Venue Go"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70", "Lumify"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HERA W10"]),
    "Siemens": ("SIEMENS", ["ACUSON Juniper", "ACUSON Sequoia"]),
    "Mindray": ("Mindray", ["TE7", "M9", "Resona 7"]),
    "SonoSite": ("FUJIFILM SonoSite", ["Edge II", "SonoSite PX"]),
}
MG_MAKE = {
    "uk-screen": [("HOLOGIC, Inc.", "Selenia Dimensions"), ("HOLOGIC, Inc.", "3Dimensions"), ("GE Healthcare", "Senographe Pristina")],
    "de-ms": [("SIEMENS", "MAMMOMAT Revelation"), ("SIEMENS", "MAMMOMAT Inspiration"), ("HOLOGIC, Inc.", "Selenia Dimensions")],
    "mx-panel": [("FUJIFILM Corporation", "AMULET Innovality"), ("GE MEDICAL SYSTEMS", "Senographe Essential"), ("FUJIFILM Corporation", "FDR MS-3500")],
}
DXA_MAKE = [("HOLOGIC", "Horizon A"), ("HOLOGIC", "Horizon Wi"), ("GE Healthcare", "Lunar iDXA"), ("GE Healthcare", "Lunar Prodigy")]

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _kind, _w, self.xrv, ctv, self.mrv, self.usv, _s = SITES[site]
        self.ctv = rng.choice(ctv.split("|"))
        self.langs = langs
        self.lang = rng.choice(langs)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def L(cx, en, de=None, fr=None, es=None):
    """The site's own phrasing in its current language (a list: one of them)."""
    got = {"en": en, "de": de, "fr": fr, "es": es}.get(cx.lang) or en
    return cx.c(got) if isinstance(got, list) else got


def fold(text):
    """An ASCII-only console: accents dropped, German umlauts written out."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "ss")):
        text = text.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def case(cx, text):
    """RIS habits: upper case now and then; the Mexican and some French consoles are ASCII-only."""
    if cx.lang in ("es", "fr") and cx.p(0.35):
        text = fold(text)
    if cx.lang == "de" and cx.p(0.12):
        text = fold(text)
    if cx.p(0.3 if cx.lang != "es" else 0.55):
        text = text.upper()
    return text


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


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.22, p_alt=0.12):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def ct_make(cx):
    mk = CT_MAKE[cx.ctv]
    return {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1])}


def ct_scout(cx):
    return {"Siemens": "Topogram  0.6  Tr20", "GE": "Scout", "Canon": "Scanogram", "Philips": "Surview", "UIH": "Topo"}[cx.ctv]


def ct_recon(cx, region, kind="soft", thick=None, keep=False):
    """A CT reconstruction as each vendor names it: (SeriesDescription, ConvolutionKernel, SliceThickness).
    ``region`` is the vendor's region word or None (many recon names carry none)."""
    v = cx.ctv
    thick = thick or cx.c(["1.0", "1.25", "3.0", "5.0"])
    if v == "Siemens":
        k = {"lung": cx.c(["Bl57d", "Br64d", "Bl64"]), "soft": cx.c(["Br40d", "Br36f", "Bf37"]), "bone": cx.c(["Br59f", "Br60d"])}[kind]
        rw = region or cx.c(["Recon", "Axial"])
        return f"{rw}  {thick}  {k}  3", k, thick
    if v == "GE":
        t = {"1.0": "1.25", "3.0": "2.5"}.get(thick, thick)
        k = {"lung": "LUNG", "soft": cx.c(["STANDARD", "SOFT"]), "bone": "BONE PLUS"}[kind]
        d = f"{t}mm {'STND' if k == 'STANDARD' else k}" + cx.c(["", " ASiR-V 50%", ""])
        return (f"{region} {d}" if region and (keep or cx.p(0.5)) else d), k, t
    if v == "Canon":
        k = {"lung": "FC52", "soft": cx.c(["FC18", "FC08"]), "bone": "FC30"}[kind]
        rw = (region or "BODY").upper()
        return f"{rw} {thick} {k}" + cx.c(["", " AiCE", " AIDR 3D"]), k, thick
    if v == "Philips":
        k = {"lung": "YB", "soft": "B", "bone": "YC"}[kind]
        rw = region or "Recon"
        return f"{rw} {thick}mm {k} iDose 4", k, thick
    k = {"lung": "B_LUNG_C", "soft": "B_SOFT_B", "bone": "B_SHARP_C"}[kind]
    return f"{region or 'Axial'} {thick}mm {k}", k, thick


def ct_series(cx, sd_labels, why, region, kinds=("soft",), scout=True, bp=None, alt=None, contrast=False, protocol=None, dose=True):
    """A CT study's series: scout, recons, and the dose page (no anatomy)."""
    ser = []
    if scout:
        m = ct_make(cx)
        m.update({"SeriesDescription": ct_scout(cx), "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"})
        bpe(cx, m, bp, alt)
        ser.append(S(m, sd_labels, None, why + "; scout of the exam"))
    for kind in kinds:
        d, k, t = ct_recon(cx, region, kind)
        m = ct_make(cx)
        m.update({"SeriesDescription": d, "ConvolutionKernel": k, "SliceThickness": t, "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"})
        if protocol and cx.p(0.6):
            m["ProtocolName"] = protocol
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Iomeron 400", "Ultravist 370", "IOPAMIRO 370"])
        bpe(cx, m, bp, alt)
        ser.append(S(m, sd_labels, None, why))
    if dose:
        m = ct_make(cx)
        name = {"GE": "Dose Report", "Canon": "Dose Info", "Philips": "Dose Info", "UIH": "Dose Report"}.get(cx.ctv) or cx.c(["Patient Protocol", "Dose Report"])
        if cx.p(0.5):
            m.update({"Modality": "OT", "SeriesDescription": name, "ImageType": "DERIVED\\SECONDARY\\OTHER"})
        else:
            m.update({"Modality": "SR", "SeriesDescription": name if name != "Patient Protocol" else "Dose Report",
                      "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67"})
        ser.append(S(m, [], None, "CT dose page: no anatomy", img=False))
    return ser


def xr_make(cx):
    mk = XR_MAKE[cx.xrv]
    mod = mk[2] if not (cx.xrv in ("Fujifilm", "Konica") and cx.p(0.25)) else "CR"
    return {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1])}


def us_make(cx, vendor=None):
    mk = US_MAKE[vendor or cx.usv]
    return {"Modality": "US", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1])}


def mr_make(cx):
    mk = MR_MAKE[cx.mrv or "Siemens"]
    return {"Modality": "MR", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1])}


def scan_of(desc):
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "ep2d", "dti")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair")):
        return "SE\\IR"
    if any(k in d for k in ("loc", "swi", "swan", "mprage", "bravo", "t2*", "vibe", "lava", "ge ", "medic", "cube")):
        return "GR"
    return "SE"


def mr_series(cx, names, labels, lat, why):
    out = []
    for i, d in enumerate(names):
        m = mr_make(cx)
        m["SeriesDescription"] = d
        m["ScanningSequence"] = scan_of(d)
        if cx.mrv == "Siemens" and cx.p(0.5):
            m["SequenceName"] = {"EP": "*ep_b0_1000", "SE\\IR": "*tir2d1_13", "GR": "*fl2d1"}.get(m["ScanningSequence"], "*tse2d1_5")
        out.append(S(m, labels, lat, why + ("; localizer" if i == 0 else "")))
    return out


def mr_names(cx, kind):
    """MR series names by vendor for a limb joint, the spine, the brain or the pelvis."""
    if cx.mrv == "GE":
        return {"joint": ["3-Plane Loc", "Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1"],
                "spine": ["3-Plane Loc", "Sag T2 FRFSE", "Sag T1 FSE", "Sag STIR", "Ax T2 FRFSE"],
                "brain": ["3-Plane Loc", "Sag 3D T1 BRAVO", "Ax T2 FLAIR", "Ax DWI", "Ax SWAN", "Ax DTI 30dir"],
                "pelvis": ["3-Plane Loc", "Cor STIR", "Cor T1", "Ax PD FS", "Sag PD FS"]}[kind]
    return {"joint": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor"],
            "spine": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_tirm_sag", "t2_tse_tra"],
            "brain": ["localizer", "t1_mprage_sag_iso", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra", "swi_tra", "ep2d_dti_30dir"],
            "pelvis": ["localizer", "t2_tirm_cor", "t1_tse_cor", "pd_tse_fs_tra", "pd_tse_fs_sag"]}[kind]


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def lung(cx):
    """Low-dose CT of the chest: lung screening programmes, asbestos and firefighter surveillance."""
    sd = case(cx, L(cx, ["CT Chest Low Dose Lung Screening", "CT THORAX LDCT (TLHC)", "LDCT Lung Cancer Screening",
                         "CT CHEST LOW DOSE - ANNUAL SCREEN", "CT Thorax Low Dose (Lung Health Check)", "CT LUNG SCREEN BASELINE",
                         "CT Thorax LDCT 12 month surveillance", "LDCT THORAX (MOBILE UNIT)"],
                    ["LDCT Thorax (EVA-Lunge)", "Low-Dose-CT Thorax Lungenkrebsfrüherkennung", "CT Thorax nativ Low Dose",
                     "LDCT Thorax Früherkennung (Asbest)"],
                    ["TDM thoracique faible dose (dépistage)", "Scanner thoracique low dose suivi amiante SPP", "TDM THORAX SANS INJECTION BASSE DOSE"],
                    ["TAC DE TORAX BAJA DOSIS (TAMIZAJE)", "TC tórax baja dosis detección"]))
    if cx.site == "us-occ" and cx.p(0.5):
        sd = case(cx, cx.c(["CT CHEST LOW DOSE (FIREFIGHTER SURVEILLANCE)", "LDCT CHEST - WTC HEALTH PROGRAM", "CT Chest LD Asbestos Surveillance"]))
    why = "low-dose CT of the chest: lungs, chest"
    region = cx.c([None, None, "Thorax", "Lung", "LDCT"]) if cx.ctv != "GE" else cx.c([None, "LUNG", "CHEST"])
    prot = cx.c(["LDCT Lung Screening", "TLHC_LDCT", "Lung Screening LD", "Thorax_LowDose", "5.1 LDCT Lung"])
    ser = ct_series(cx, ["CHEST"], why, region, kinds=cx.c([("lung", "soft"), ("lung", "soft", "soft"), ("lung",)]),
                    bp="CHEST", alt=["LUNG", "THORAX"], protocol=prot)
    # a MIP slab stack and a CAD result
    if cx.p(0.4):
        m = ct_make(cx)
        m.update({"SeriesDescription": cx.c(["MIP 10mm tra", "MIP 8mm axial", "Lung MIP 10/2"]), "ImageType": "DERIVED\\SECONDARY\\MIP"})
        bpe(cx, m, "CHEST", ["LUNG"])
        ser.append(S(m, ["CHEST"], None, why + "; MIP slabs of the lungs"))
    if cx.p(0.3):
        m = ct_make(cx)
        m.update({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33",
                  "SeriesDescription": cx.c(["Lung CAD Results", "syngo.CT Lung CAD", "Lung Nodule Report", "VCAR Results"])})
        ser.append(S(m, [], None, "CAD structured report: no image", img=False))
    return sd, ser


def chest_films(cx, sd, why, pa_name, lat_name, extra=None, bp_alt=None):
    ser = []
    views = [(pa_name, "PA")]
    if cx.p(0.45):
        views.append((lat_name, "LL" if cx.p(0.6) else "RL"))
    if extra:
        views.append(extra)
    for d, vp in views:
        m = xr_make(cx)
        m.update({"SeriesDescription": d, "ViewPosition": vp})
        if cx.p(0.3):
            m["ProtocolName"] = cx.c(["CHEST PA", "THORAX PA", "Chest", "TORAX"])
        bpe(cx, m, "CHEST", bp_alt or ["THORAX", "LUNG"], p_missing=0.3)
        ser.append(S(m, ["CHEST"], None, why))
    return sd, ser


def cxr(cx):
    """Chest films for TB clearance, pre-employment and immigration medicals."""
    if cx.site == "mx-panel":
        if cx.lang == "es":
            sd = case(cx, cx.c(["TELE DE TORAX (EXAMEN MEDICO INMIGRACION)", "RX TORAX PA - VISA", "Radiografía de tórax PA (Embajada)",
                                "TELE DE TORAX PA Y LATERAL (MENOR)", "RX DE TORAX PA PANEL MEDICO"]))
        else:
            sd = case(cx, cx.c(["Chest X-Ray CDC TB TI", "CXR PA IMMIGRANT VISA", "Chest PA (DS-3030)"]))
        extra = ("LORDOTICA APICAL" if cx.lang == "es" else "Apical Lordotic", "AP") if cx.p(0.15) else None
        return chest_films(cx, sd, "immigration chest film: chest", cx.c(["PA", "TORAX PA", "TELE PA", "Chest PA"]),
                           cx.c(["LAT", "LATERAL", "TORAX LAT"]), extra)
    if cx.site == "au-sport":
        sd = case(cx, cx.c(["501 Chest X-ray Examination", "CXR - Immigration (501)", "XR Chest (Visa Medical 501)", "Chest X-Ray Visa"]))
        return chest_films(cx, sd, "visa medical chest film: chest", cx.c(["PA Chest", "Chest PA", "CHEST PA"]), "Lateral Chest")
    if cx.site == "us-mtf":
        sd = case(cx, cx.c(["XR CHEST PA (TB SCREEN - SRP)", "XR CHEST 1 VIEW (PRE-DEPLOYMENT)", "XR CHEST PA AND LATERAL (LTBI)",
                            "CXR PA - POSITIVE PPD", "XR CHEST PA (ACCESSION)"]))
        return chest_films(cx, sd, "chest film for TB or deployment readiness: chest", cx.c(["Chest PA", "CHEST PA", "PA"]), "Chest Lat")
    sd = case(cx, cx.c(["XR CHEST PA (PRE-PLACEMENT)", "CXR PA TB CLEARANCE", "XR CHEST 1 VIEW - RESPIRATOR CLEARANCE",
                        "CHEST X-RAY - POST-OFFER EXAM", "XR CHEST PA AND LAT (HEALTHCARE WORKER TB)"]))
    return chest_films(cx, sd, "pre-employment or TB clearance chest film: chest", cx.c(["PA", "Chest PA", "CHEST PA 72in"]), "LAT")


def ilo(cx):
    """Pneumoconiosis surveillance: chest films for ILO classification and the odd HRCT."""
    if cx.p(0.2 if cx.site != "mx-panel" else 0.0):
        sd = case(cx, L(cx, ["HRCT Chest (Asbestos Surveillance)", "CT CHEST HIGH RESOLUTION - SILICA", "HRCT CHEST PRONE/SUPINE"],
                        ["HRCT Thorax (Asbestose) Bauchlage", "Dünnschicht-CT Thorax Asbest (GVS)"],
                        ["TDM thoracique haute résolution (amiante)", "Scanner thoracique HR silicose"]))
        ser = ct_series(cx, ["CHEST"], "high-resolution CT for pneumoconiosis: chest", cx.c([None, "HRCT", "Thorax"]),
                        kinds=("lung", "lung"), bp="CHEST", alt=["LUNG"])
        if cx.p(0.6):
            d, k, t = ct_recon(cx, cx.c(["Prone", "PRONE", "Bauchlage"]), "lung", "1.0")
            m = ct_make(cx)
            m.update({"SeriesDescription": d, "ConvolutionKernel": k, "SliceThickness": t, "PatientPosition": "FFP"})
            ser.append(S(m, ["CHEST"], None, "prone HRCT slices of the lung bases: chest"))
        return sd, ser
    sd = case(cx, L(cx, ["CHEST PA ILO B READ", "NIOSH CWHSP CHEST PA", "COAL MINER SURVEILLANCE XRAY", "XR CHEST PA ILO CLASSIFICATION",
                         "CXR ILO - SILICA MEDICAL SURVEILLANCE", "B READER CHEST PA (ASBESTOS)"],
                    ["Thorax p.a. ILO-Klassifikation (Quarzstaub)", "Rö Thorax pa Arbeitsmed. Vorsorge Asbest (GVS)",
                     "Thorax pa nach ILO 2022 (Wismut)", "Röntgen Thorax ILO Staublunge"],
                    ["Radio thorax face lecture BIT (silice)", "RADIOGRAPHIE PULMONAIRE CLASSIFICATION BIT", "Rx thorax BIT surveillance amiante"],
                    ["RX TORAX PA CLASIFICACION OIT (SILICOSIS)", "Tele de tórax OIT neumoconiosis", "RX TORAX PA OIT MINEROS"]))
    name = cx.c(["PA", "Chest PA", "CHEST PA ILO", "PA 180cm"]) if cx.lang in ("en", "es") else L(cx, "", ["Thorax pa", "pa"], ["Thorax face", "Face"])
    return chest_films(cx, sd, "chest film for pneumoconiosis classification: chest", name, L(cx, "LAT", "seitlich", "profil", "LAT"))


def mammo_view(cx, side, view, mk, kind="2d", lang=None):
    """One mammography series (one breast)."""
    lang = lang or cx.lang
    sw = {"en": side, "de": {"R": "re", "L": "li"}[side], "fr": {"R": "D", "L": "G"}[side], "es": {"R": "DER", "L": "IZQ"}[side]}[lang]
    vname = {"fr": {"CC": "CC", "MLO": "OML"}, "es": {"CC": "CC", "MLO": "MLO"}}.get(lang, {"CC": "CC", "MLO": "MLO"})[view]
    m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": mk[1]}
    tag = cx.p(0.8)
    if mk[0].startswith("HOLOGIC"):
        d = f"{side} {view}" + {"2d": "", "tomo": " Tomosynthesis Reconstruction", "cview": " C-View"}[kind]
        if not tag:
            d = f"{side} {view}" + {"2d": "", "tomo": " Tomo", "cview": " C-View"}[kind]
    elif mk[0] == "SIEMENS":
        d = f"{vname} {sw}" + {"2d": "", "tomo": " Tomo", "cview": " Insight 2D"}[kind] if lang == "de" else f"{side}{view}"
        if not tag:
            d = f"{vname} {sw}"
    elif lang in ("en",):
        d = f"{side} {view}" + {"2d": "", "tomo": " DBT", "cview": " V-Preview"}[kind]
    else:
        d = f"{vname} {sw}" if not mk[0].startswith("GE") else f"{side}{view}"
        if not tag:
            d = f"{vname} {sw}"
    m["SeriesDescription"] = d
    m["ViewPosition"] = view
    m["ImageType"] = {"2d": "ORIGINAL\\PRIMARY\\", "tomo": "DERIVED\\PRIMARY\\TOMOSYNTHESIS\\NONE", "cview": "DERIVED\\PRIMARY\\TOMO\\GENERATED_2D"}[kind]
    if tag:
        m["ImageLaterality"] = side
    bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.25, p_alt=0.04)
    return m


def breast(cx):
    """Screening mammography (static and mobile), tomosynthesis, assessment."""
    mk = cx.c(MG_MAKE.get(cx.site, MG_MAKE["uk-screen"]))
    r = cx.rng.random()
    if r < 0.68:
        sd = case(cx, L(cx, ["Screening Mammography", "MAMMO SCREEN BILATERAL", "Breast Screening - Mobile Unit", "NHSBSP Screening Mammogram",
                             "BILATERAL SCREENING MAMMOGRAM (VAN)", "Mammography Screening Routine Recall"],
                        ["Mammographie-Screening beidseits", "Screening-Mammographie bds. (Mammobil)", "MX Screening bds", "Mammographie Screening Einladung"],
                        ["Mammographie de dépistage organisé bilatérale"],
                        ["MASTOGRAFIA DE TAMIZAJE BILATERAL (UNIDAD MOVIL)", "Mastografía de detección bilateral", "MASTOGRAFIA BILATERAL DE TAMIZAJE"]))
        tomo = mk[1] in ("3Dimensions", "MAMMOMAT Revelation", "Senographe Pristina") and cx.p(0.5)
        ser = []
        for side in "RL":
            for view in ("CC", "MLO"):
                ser.append(S(mammo_view(cx, side, view, mk), ["BREAST"], side, f"screening mammogram, one breast ({side} {view})"))
                if tomo and cx.p(0.5):
                    ser.append(S(mammo_view(cx, side, view, mk, cx.c(["tomo", "cview"])), ["BREAST"], side, f"tomosynthesis/synthetic 2D of one breast ({side} {view})"))
        if mk[0].startswith("FUJI") and cx.p(0.5):
            m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["MAMMO 4 VISTAS BILATERAL", "Mammo bilateral 4 views"])}
            bpe(cx, m, "BREAST", None, p_missing=0.4)
            ser.append(S(m, ["BREAST"], "B", "one series holding the four views of both breasts"))
        if cx.p(0.15):
            ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.50",
                          "SeriesDescription": cx.c(["Mammography CAD SR", "ImageChecker CAD", "Transpara Report"])}, [], None,
                         "mammography CAD SR: no image", img=False))
        return sd, ser
    side = cx.c("LR")
    lang = cx.lang
    g = "f" if lang in ("fr", "es") else "m"
    sw = side_word(cx, lang, side, g)
    if r < 0.86:
        sd = case(cx, L(cx, [f"Mammographic Assessment {sw}", f"ASSESSMENT MAMMO {sw} (RECALL)", f"Spot Compression {sw} Breast"],
                        [f"Abklärungsmammographie {sw}", f"Mammographie Abklärung {sw} (Screening-Recall)"],
                        [f"Mammographie unilatérale {sw}"],
                        [f"MASTOGRAFIA DIAGNOSTICA {sw} (REVALORACION)", f"Proyecciones adicionales mama {sw}"]))
        ser = [S(mammo_view(cx, side, v, mk), ["BREAST"], side, f"assessment mammogram of one breast ({side})") for v in ("CC", "MLO")]
        m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "ImageLaterality": side,
             "SeriesDescription": f"{side} {cx.c(['SPOT CC', 'MAG CC', 'ML', 'XCCL'])}", "ViewPosition": cx.c(["CC", "ML", "XCCL"])}
        ser.append(S(m, ["BREAST"], side, "spot/magnification view of one breast"))
        return sd, ser
    # breast ultrasound at assessment; a few bilateral
    if cx.p(0.25):
        side, sw = "B", side_word(cx, lang, "B")
    sd = case(cx, L(cx, [f"US Breast {sw}", f"ULTRASOUND BREAST {sw} (ASSESSMENT CLINIC)", f"US Breast and Axilla {sw}"],
                    [f"Mammasonographie {sw}", f"Sono Mamma {sw}"], [f"Echographie mammaire {sw}"],
                    [f"USG MAMARIO {sw}", f"Ultrasonido de mama {sw}"]))
    ser = []
    for d in [cx.c(["", "Breast", "BREAST", "Small Parts"]), cx.c(["", "Lesion 10 o'clock", "Doppler"])]:
        m = us_make(cx)
        if d:
            m["SeriesDescription"] = d
        if side in "LR" and cx.p(0.3):
            m["Laterality"] = side
        bpe(cx, m, "BREAST", None, p_missing=0.5)
        ser.append(S(m, ["BREAST"], side, "breast ultrasound; side of the order"))
    return sd, ser


def dxa(cx):
    """Bone densitometry: spine, hips, forearm, vertebral fracture assessment, total body."""
    mk = cx.c(DXA_MAKE)
    holo = mk[0] == "HOLOGIC"
    side = cx.c("LR")
    lang = cx.lang
    sw = side_word(cx, lang, side, "f" if lang in ("fr", "es") else "m", abbr=False)
    if cx.site in ("us-mtf", "au-sport") and cx.p(0.45):
        sd = case(cx, cx.c(["DXA Total Body Composition", "DEXA BODY COMPOSITION (RED-S)", "DXA Whole Body + Spine/Hip", "BONE DENSITY - STRESS FX WORKUP"]))
    else:
        sd = case(cx, L(cx, ["DXA Bone Density", "DEXA Scan Hip and Spine", "Bone Densitometry (FLS)", "DXA with VFA"],
                        ["Knochendichtemessung (DXA)", "Osteodensitometrie LWS/Hüfte", "DXA mit VFA"],
                        ["Ostéodensitométrie", "Ostéodensitométrie rachis et hanche", "Absorptiométrie biphotonique (DMO)"],
                        ["Densitometría ósea", "DENSITOMETRIA OSEA COLUMNA Y CADERA"]))
    items = [("AP Spine" if cx.p(0.8) else "L1-L4", ["LSPINE"], None, "LSPINE", "AP spine L1-L4: lumbar spine")]
    if cx.p(0.3):
        items.append(("DualHip" if holo else "DualFemur", ["HIP"], "B", "HIP", "both hips on one scan"))
    else:
        hipname = (f"{'Left' if side == 'L' else 'Right'} Hip" if holo else f"Femur {'Left' if side == 'L' else 'Right'}") if lang == "en" or cx.p(0.6) else \
            {"de": f"Hüfte {sw}", "fr": f"Hanche {sw}", "es": f"Cadera {sw}", "en": f"Hip {sw}"}[lang]
        items.append((hipname, ["HIP"], side, "HIP", "one hip (proximal femur)"))
    if cx.p(0.35):
        fside = cx.c("LR") if not holo else "L"
        items.append((f"{'Left' if fside == 'L' else 'Right'} Forearm" if holo else f"Forearm {'Left' if fside == 'L' else 'Right'}",
                      ["FOREARM"], fside, "ARM", "distal forearm (radius 33%)"))
    if "VFA" in sd.upper() or cx.p(0.3):
        items.append(("IVA Lateral" if holo else cx.c(["LVA", "Lateral Spine (LVA)"]), ["TSPINE", "LSPINE"], None, "SPINE",
                      "vertebral fracture assessment: lateral thoracic and lumbar spine"))
    if "BODY" in sd.upper() or "RED-S" in sd.upper() or cx.p(0.12):
        items.append(("Whole Body" if holo else "Total Body", WB, None, "WHOLEBODY", "total-body scan: whole body"))
    ser = []
    for d, lab, lat, bp, why in items:
        m = {"Modality": "OT" if cx.p(0.5) else "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, bp, ["SPINE", "LSPINE", "PELVIS"], p_missing=0.3)
        ser.append(S(m, lab, lat, "DXA " + why))
    ser.append(S({"Modality": cx.c(["SR", "OT"]), "Manufacturer": mk[0], "SeriesDescription": cx.c(["DXA Report", "Bone Densitometry Report", "TBS Report", "Results Page"])},
                 [], None, "densitometry result page: no image of the patient", img=False))
    return sd, ser


def aaa(cx):
    """Abdominal aortic aneurysm screening and surveillance by ultrasound."""
    sd = case(cx, L(cx, ["AAA Screening", "US AORTA AAA SCREEN", "AAA SURVEILLANCE SCAN (3.0-4.4CM)", "NAAASP Screen", "AAA Screening Clinic - Portable"],
                    ["Sonographie Bauchaorta (AAA-Screening)", "Aorta abdominalis Sono Screening", "US Aorta (AAA Vorsorge)"],
                    ["Echographie de l'aorte abdominale (dépistage AAA)"], ["USG AORTA ABDOMINAL"]))
    vendor = cx.c(["GE", "SonoSite", "Mindray", "Philips"]) if cx.site == "uk-screen" else cx.usv
    ser = []
    for d in [cx.c(["Aorta", "AAA", "", "Abdomen"]), cx.c(["AP ITI", "Aorta TS max", "Aorta LS", "Trans", "Long"]), cx.c(["", "Aorta TS"])]:
        m = us_make(cx, vendor)
        if d:
            m["SeriesDescription"] = d
        bpe(cx, m, "ABDOMEN", ["AORTA", "ABDOMEN"], p_missing=0.45, p_alt=0.2)
        ser.append(S(m, ["ABDOMEN"], None, "abdominal aorta ultrasound: abdomen"))
    return sd, ser


def ctc(cx):
    """CT colonography (bowel screening)."""
    sd = case(cx, L(cx, ["CT Colonography (BCSP)", "CTC SCREENING", "CT COLONOGRAPHY - FAECAL TAGGING", "CT Colonography Bowel Scope Follow-up"],
                    ["CT-Kolonographie (virtuelle Koloskopie)", "CT Kolonographie"], ["Coloscanner", "COLOSCANNER A L'AIR (COLOSCOPIE VIRTUELLE)"],
                    ["COLONOGRAFIA POR TC"]))
    why = "CT colonography: abdomen and pelvis"
    ser = []
    for pos, pp in (("Supine", "FFS"), ("Prone", "FFP")):
        m = ct_make(cx)
        m.update({"SeriesDescription": f"{ct_scout(cx)} {pos}" if cx.ctv != "Siemens" else f"Topogram  0.6  T20f {pos}", "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER",
                  "PatientPosition": pp})
        bpe(cx, m, "ABDOMEN", ["COLON", "PELVIS"])
        ser.append(S(m, AP_, None, why + "; scout"))
        d, k, t = ct_recon(cx, cx.c([pos, f"Colon {pos}", f"{pos.upper()}"]), "soft", cx.c(["1.0", "1.25"]))
        m = ct_make(cx)
        m.update({"SeriesDescription": d, "ConvolutionKernel": k, "SliceThickness": t, "PatientPosition": pp})
        bpe(cx, m, "ABDOMEN", ["COLON", "PELVIS"])
        ser.append(S(m, AP_, None, why + f"; {pos.lower()} scan"))
    if cx.p(0.3):
        m = ct_make(cx)
        m.update({"SeriesDescription": cx.c(["Fly Through", "Endoluminal 3D", "Colon Unfolded"]), "ImageType": "DERIVED\\SECONDARY\\3D"})
        ser.append(S(m, AP_, None, why + "; endoluminal views of the colon"))
    ser += [s for s in ct_series(cx, AP_, why, None, kinds=(), scout=False)]
    return sd, ser


def xr_limb(cx, code, side, ctxt_en, ctxt_local=None):
    """Plain films of one limb region (or both sides on one film when ``side`` is B)."""
    lang = cx.lang
    name, g = part_name(cx, lang, code, extra=cx.p(0.3))
    if side == "B" and lang in ("es", "fr", "en"):
        plural = {"en": {"KNEE": "Knees", "FOOT": "Feet", "ANKLE": "Ankles", "HAND": "Hands", "LEG": "Tib/Fibs", "HIP": "Hips"},
                  "es": {"KNEE": "rodillas", "FOOT": "pies", "ANKLE": "tobillos", "HAND": "manos", "LEG": "piernas", "HIP": "caderas"},
                  "fr": {"KNEE": "genoux", "FOOT": "pieds", "ANKLE": "chevilles", "HAND": "mains", "LEG": "jambes", "HIP": "hanches"}}[lang]
        name = plural.get(code, name)
    sw = side_word(cx, lang, side, g)
    v = VIEWS[lang]
    nviews = cx.c(["2V", "3V", ""]) if lang == "en" else ""
    forms = {"en": [f"XR {name.upper()} {nviews} {sw}".replace("  ", " "), f"XR {sw} {name}", f"{name} {sw} {ctxt_en}".strip()],
             "de": [f"Rö {name} {sw} in 2 Ebenen", f"{name} {sw} 2 Eb.", f"Röntgen {name} {sw}"],
             "fr": [f"Rx {name} {sw} face + profil", f"Radiographie {name} {sw}", f"RX {name} {sw}"],
             "es": [f"RX {name} {sw} AP Y LAT", f"RX DE {name} {sw}", f"Radiografía de {name} {sw}"]}[lang]
    sd = case(cx, cx.c(forms) + (f" ({ctxt_local})" if ctxt_local and cx.p(0.4) else ""))
    views = {"ANKLE": [v["ap"], "Mortise" if lang == "en" else v["obl"], v["lat"]], "FOOT": ["DP" if lang == "en" else v["pa"], v["obl"], v["lat"]],
             "KNEE": [v["ap"], v["lat"], "Skyline" if lang == "en" else "Patella axial"], "SHOULDER": [v["ap"], "Y View" if lang == "en" else "Y", "Axial"],
             "WRIST": [v["pa"], v["lat"], "Scaphoid" if lang == "en" else v["obl"]], "HAND": [v["pa"], v["obl"], v["lat"]],
             "HIP": [v["ap"], "Lat (frog)" if lang == "en" else v["lat"]]}.get(code, [v["ap"], v["lat"]])
    bp = {"LEG": "TIBIA", "THIGH": "FEMUR", "ARM": "HUMERUS", "SHOULDER": cx.c(["SHOULDER", "CLAVICLE"]) if "lav" in name.lower() else "SHOULDER"}.get(code, code)
    alt = {"HIP": ["PELVIS"], "LEG": ["LEG", "ANKLE"], "FOOT": ["ANKLE", "EXTREMITY"], "ANKLE": ["FOOT", "LOWER EXTREMITY"],
           "WRIST": ["HAND"], "HAND": ["FINGER", "WRIST"], "THIGH": ["LEG", "HIP"], "ARM": ["SHOULDER", "UPPER EXTREMITY"],
           "KNEE": ["LEG", "EXTREMITY"], "ELBOW": ["ARM"], "FOREARM": ["ARM", "WRIST"], "SHOULDER": ["CHEST"]}.get(code)
    why = f"{code.lower()} film" + (", both sides on the film" if side == "B" else f", side {side} from the order ({sw})")
    ser = []
    for vn in views[: cx.c([2, 3, 3])]:
        m = xr_make(cx)
        d = vn if cx.p(0.5) or lang != "en" else f"{name} {vn}"
        if cx.xrv == "Carestream" and lang == "en" and cx.p(0.4):
            d = f"{name.upper()} {vn.upper()}"
        m["SeriesDescription"] = d
        m["ViewPosition"] = {"LAT": "LL", "seitlich": "LL", "profil": "LL"}.get(vn, "AP" if "Axial" not in vn else "")
        if not m["ViewPosition"]:
            del m["ViewPosition"]
        if side in "LR" and cx.p(0.35):
            m["ImageLaterality"] = side
        if side == "B" and cx.p(0.2):
            m["ImageLaterality"] = "B"
        bpe(cx, m, bp, alt)
        labels = [code] + (["PELVIS"] if code == "HIP" and side == "B" else [])
        ser.append(S(m, labels, side, why + ("; AP pelvis with both hips" if labels != [code] else "")))
    return sd, ser


INJ_XR = {"us-mtf": ["FOOT"] * 4 + ["ANKLE"] * 4 + ["KNEE"] * 3 + ["LEG"] * 3 + ["HAND"] * 2 + ["WRIST"] * 2 + ["SHOULDER"] * 2 + ["HIP", "ELBOW", "ELBOW", "FOREARM", "FOREARM", "ARM", "ARM", "THIGH"],
          "au-sport": ["ANKLE"] * 3 + ["KNEE"] * 2 + ["HAND"] * 2 + ["WRIST"] * 2 + ["SHOULDER"] * 2 + ["FOOT"] * 2 + ["ELBOW", "ELBOW", "LEG", "HIP", "FOREARM", "FOREARM", "ARM", "THIGH"],
          "fr-hia": ["ANKLE"] * 3 + ["FOOT"] * 3 + ["KNEE"] * 2 + ["LEG"] * 2 + ["WRIST", "HAND", "SHOULDER", "SHOULDER", "ELBOW", "HIP", "FOREARM", "ARM", "ARM", "THIGH"],
          "other": ["HAND"] * 4 + ["WRIST"] * 2 + ["FOOT"] * 2 + ["ANKLE", "KNEE", "SHOULDER", "ELBOW", "FOREARM", "ARM"]}
CTXT = {"us-mtf": ("(Airborne PLF)", None), "au-sport": ("(Sports Injury)", None), "fr-hia": ("", "blessure en service"),
        "us-occ": ("(Work Injury)", None), "mx-panel": ("", "riesgo de trabajo")}


def injury(cx):
    """Military, sports and workplace injuries: films of limbs and spine, MR, muscle ultrasound, bone scan."""
    site = cx.site
    lang = cx.lang
    r = cx.rng.random()
    ctx_en, ctx_loc = CTXT.get(site, ("", None))
    if r < 0.5 or cx.mrv is None:
        if cx.p(0.12):
            code = cx.c(["KNEE", "FOOT", "ANKLE", "LEG", "HAND"])
            return xr_limb(cx, code, "B", cx.c(["Stress Fx", "Comparison", "Weight Bearing"]) if lang == "en" else ctx_en, ctx_loc)
        code = cx.c(INJ_XR.get(site, INJ_XR["other"]))
        return xr_limb(cx, code, cx.c("LR"), ctx_en or cx.c(["", "Trauma"]), ctx_loc)
    if r < 0.62:
        # spine films
        k = cx.c(["l", "l", "l", "c", "t", "tl"])
        lab = {"l": ["LSPINE"], "c": ["CSPINE"], "t": ["TSPINE"], "tl": ["TSPINE", "LSPINE"]}[k]
        sd = case(cx, L(cx, {"l": ["XR L-SPINE 2-3V", "XR LUMBAR SPINE AP/LAT", "Lumbar Spine (Low Back Pain)"], "c": ["XR C-SPINE 3V", "XR Cervical Spine (Trauma)"],
                             "t": ["XR T-SPINE 2V", "XR Thoracic Spine (Parachute Landing)"], "tl": ["XR Thoracolumbar Junction (Ejection)", "XR T-L SPINE"]}[k],
                        {"l": ["LWS in 2 Ebenen"], "c": ["HWS 2 Ebenen"], "t": ["BWS in 2 Ebenen"], "tl": ["BWS/LWS Übergang"]}[k],
                        {"l": ["Rx rachis lombaire face + profil", "RADIO RACHIS LOMBAIRE"], "c": ["Rx rachis cervical 3 incidences"],
                         "t": ["Rx rachis dorsal F+P", "Rachis dorsal (réception parachute)"], "tl": ["Rx charnière dorso-lombaire"]}[k],
                        {"l": ["RX COLUMNA LUMBAR AP Y LAT"], "c": ["RX COLUMNA CERVICAL AP Y LAT"], "t": ["RX COLUMNA DORSAL AP Y LAT"],
                         "tl": ["RX COLUMNA TORACOLUMBAR"]}[k]))
        ser = []
        vws = {"fr": ["Face", "Profil"], "de": ["a.p.", "seitlich"]}.get(lang, ["AP", "LAT"])
        for vn in vws + (["Odontoid" if lang == "en" else "Dens" if lang == "de" else "Bouche ouverte" if lang == "fr" else "TRANSORAL"] if k == "c" else []):
            m = xr_make(cx)
            spn = {"l": "L-Spine", "c": "C-Spine", "t": "T-Spine", "tl": "TL Spine"}[k] if lang == "en" else {"l": "LOMBAIRE", "c": "CERVICAL", "t": "DORSAL", "tl": "DORSO-LOMB"}[k] if lang == "fr" else {"l": "COL LUMBAR", "c": "COL CERVICAL", "t": "COL DORSAL", "tl": "TORACOLUMBAR"}[k]
            m.update({"SeriesDescription": vn if cx.p(0.6) else f"{spn} {vn}",
                      "ViewPosition": "LL" if vn in ("LAT", "Profil", "seitlich") else "AP"})
            bpe(cx, m, {"l": "LSPINE", "c": "CSPINE", "t": "TSPINE", "tl": "SPINE"}[k], ["SPINE"])
            ser.append(S(m, lab, None, "spine films: " + "/".join(x.lower() for x in lab)))
        return sd, ser
    if r < 0.84:
        # MR of a joint or a stress fracture
        k = cx.c(["KNEE", "KNEE", "KNEE", "SHOULDER", "SHOULDER", "ANKLE", "HIP", "THIGH", "FOOT", "WRIST", "LSPINE", "PELVISHIPS"])
        if k == "LSPINE":
            sd = case(cx, L(cx, ["MRI LUMBAR SPINE (PARS STRESS)", "MRI L-Spine w/o contrast"], ["MRT LWS nativ"], ["IRM rachis lombaire (lyse isthmique)"]))
            return sd, mr_series(cx, mr_names(cx, "spine"), ["LSPINE"], None, "lumbar spine MR")
        if k == "PELVISHIPS":
            sd = case(cx, L(cx, ["MRI PELVIS BOTH HIPS (STRESS FX)", "MRI Bilateral Hips - femoral neck stress", "MRI Pelvis/Hips (Groin Pain)"],
                            ["MRT Becken/Hüften beidseits"], ["IRM du bassin et des hanches (fracture de fatigue)"]))
            return sd, mr_series(cx, mr_names(cx, "pelvis"), ["PELVIS", "HIP"], "B", "MR of the pelvis and both hips")
        side = cx.c("LR")
        name, g = part_name(cx, lang, k, extra=cx.p(0.2))
        sw = side_word(cx, lang, side, g)
        mw = MODW[lang][0]
        sd = case(cx, cx.c({"en": [f"MRI {name} {sw}", f"MRI {sw.upper()} {name.upper()} W/O CONTRAST", f"MRI {name} {sw} (ACL)" if k == "KNEE" else f"MRI {name} {sw}"],
                            "de": [f"MRT {name} {sw} nativ", f"MRT {name} {sw}"], "fr": [f"IRM {name} {sw}", f"IRM DU {name.upper()} {sw.upper()}"],
                            "es": [f"RM {name} {sw}"]}[lang]))
        if k == "THIGH":
            sd = case(cx, L(cx, [f"MRI {sw} Thigh (Hamstring)", f"MRI Hamstrings {sw}"], None, [f"IRM cuisse {side_word(cx, 'fr', side, 'f')} (ischio-jambiers)"]))
        why = f"{k.lower()} MR, side {side} from the order"
        return sd, mr_series(cx, mr_names(cx, "joint"), [k], side, why)
    if r < 0.94:
        # musculoskeletal ultrasound
        k = cx.c(["THIGH", "LEG", "ANKLE", "SHOULDER", "THIGH"])
        side = cx.c("LR")
        if lang == "en":
            sw = side_word(cx, "en", side)
            sd = case(cx, {"THIGH": f"US {sw} Thigh (Hamstring Strain)", "LEG": f"US {sw} Calf (Medial Gastrocnemius)",
                           "ANKLE": f"US Achilles Tendon {sw}", "SHOULDER": f"US Shoulder {sw}"}[k])
        else:
            sw = side_word(cx, lang, side, "f" if lang in ("fr", "es") else "m")
            sd = case(cx, L(cx, "", {"THIGH": f"Sono Oberschenkel {sw}", "LEG": f"Sono Wade {sw}", "ANKLE": f"Sono Achillessehne {sw}", "SHOULDER": f"Sono Schulter {sw}"}[k],
                            {"THIGH": f"Echographie cuisse {sw}", "LEG": f"Echographie mollet {sw}", "ANKLE": f"Echographie tendon calcanéen {side_word(cx, 'fr', side, 'm')}",
                             "SHOULDER": f"Echographie épaule {sw}"}[k],
                            {"THIGH": f"USG MUSLO {sw}", "LEG": f"USG PIERNA {sw}", "ANKLE": f"USG TENDON DE AQUILES {side_word(cx, 'es', side, 'm')}",
                             "SHOULDER": f"USG HOMBRO {side_word(cx, 'es', side, 'm')}"}[k]))
        ser = []
        for d in [cx.c(["MSK", "", "Muscle"]), cx.c(["", "Long", "Trans"])]:
            m = us_make(cx)
            if d:
                m["SeriesDescription"] = d
            if cx.p(0.3):
                m["Laterality"] = side
            bpe(cx, m, {"THIGH": "THIGH", "LEG": "LEG", "ANKLE": "ANKLE", "SHOULDER": "SHOULDER"}[k], ["EXTREMITY", "LOWER EXTREMITY"], p_missing=0.5)
            ser.append(S(m, [k], side, f"{k.lower()} soft-tissue ultrasound; side from the order" + ("; Achilles tendon read as ankle" if k == "ANKLE" else "")))
        return sd, ser
    # bone scan for a stress fracture
    sd = case(cx, L(cx, ["NM BONE SCAN 3 PHASE (STRESS FRACTURE)", "NM Whole Body Bone Scan + Spots Tibiae"], ["Skelettszintigraphie (Stressfraktur)"],
                    ["Scintigraphie osseuse (fracture de fatigue)"]))
    mk = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "NM/CT 870 DR")])
    ser = []
    for d, lab, lat, why in [("WB ANT/POST", WB, None, "whole-body bone scan sweep"), (cx.c(["Tibiae ANT", "Legs Blood Pool", "Spot Legs ANT"]), ["LEG"], "B",
                                                                                       "spot view of both lower legs"),
                             (cx.c(["Feet Plantar", "Spot Feet"]), ["FOOT"], "B", "spot view of both feet")]:
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, "WHOLEBODY" if lab == WB else None, None, p_missing=0.5)
        ser.append(S(m, lab, lat, why))
    return sd, ser


def medical(cx):
    """Fitness medicals: aircrew, divers and compressed-air workers, deployment, pre-employment."""
    site = cx.site
    lang = cx.lang
    if site == "mx-panel":
        k = cx.c(["ls", "ls", "ls", "chest", "hands"])
        if k == "ls":
            sd = case(cx, cx.c(["RX COLUMNA LUMBOSACRA AP Y LAT (EXAMEN DE INGRESO)", "RX COLUMNA LUMBAR AP/LAT PREEMPLEO", "Columna lumbosacra examen médico de ingreso"]) if lang == "es"
                      else cx.c(["Lumbosacral Spine AP/LAT Pre-Employment"]))
            ser = []
            for vn in ["AP", "LAT"]:
                m = xr_make(cx)
                m.update({"SeriesDescription": cx.c([vn, f"COLUMNA LUMBAR {vn}", f"LUMBOSACRA {vn}"]), "ViewPosition": "LL" if vn == "LAT" else "AP"})
                bpe(cx, m, "LSPINE", ["SPINE", "ABDOMEN"])
                ser.append(S(m, ["LSPINE"], None, "pre-employment lumbosacral spine film: lumbar spine"))
            return sd, ser
        if k == "hands":
            sd = case(cx, cx.c(["RX AMBAS MANOS PA (EXAMEN DE INGRESO)", "RX MANOS COMPARATIVAS"]))
            m = xr_make(cx)
            m.update({"SeriesDescription": cx.c(["MANOS PA", "AMBAS MANOS"]), "ViewPosition": "PA"})
            bpe(cx, m, "HAND", None)
            return sd, [S(m, ["HAND"], "B", "both hands on one film")]
        sd = case(cx, cx.c(["TELE DE TORAX (EXAMEN DE INGRESO)", "RX TORAX PA PREEMPLEO MAQUILADORA"]))
        return chest_films(cx, sd, "pre-employment chest film: chest", "PA", "LAT")
    if site == "de-ms":
        if cx.p(0.5):
            sd = case(cx, cx.c(["Röntgen Thorax pa (G 31 Überdruck)", "Thorax pa arbeitsmed. Vorsorge Druckluft", "Thorax p.a. Tauchtauglichkeit"]))
            return chest_films(cx, sd, "fitness medical chest film: chest", "Thorax pa", "seitlich")
        # large joints of compressed-air workers and divers
        sd = case(cx, cx.c(["Rö große Gelenke G 31 (Schultern, Hüften, Knie)", "Überdruck-Vorsorge: Röntgen Schulter/Hüfte/Knie"]))
        return sd, joint_survey(cx, "de")
    if site == "us-occ":
        sd = case(cx, cx.c(["XR CHEST PA (COMMERCIAL DIVER MEDICAL)", "XR CHEST PA - HAZMAT MEDICAL SURVEILLANCE", "CHEST PA (RESPIRATOR FIT)"]))
        return chest_films(cx, sd, "fitness medical chest film: chest", "PA", "LAT")
    if site == "us-mtf":
        k = cx.c(["aviation_c", "aviation_chest", "dive_chest", "dive_bones", "panorex", "panorex", "sinus"])
    else:  # fr-hia: aircrew medical centre and navy divers
        k = cx.c(["aviation_c", "aviation_eos", "aviation_chest", "dive_chest", "dive_bones", "dive_echo", "sinus", "panorex", "dive_ct"])
    if k == "aviation_c":
        sd = case(cx, L(cx, ["XR C-SPINE 3V (FLIGHT PHYSICAL)", "XR CERVICAL SPINE - EJECTION SEAT AIRCREW", "XR C-SPINE (IFS)"],
                        fr=["Rx rachis cervical F+P (aptitude PN)", "RACHIS CERVICAL - VISITE CPEMPN", "Rx rachis cervical et lombaire (aptitude PN)"]))
        both = "lombaire" in sd.lower()
        ser = []
        for part in (["C", "L"] if both else ["C"]):
            for vn in (["Face", "Profil"] if lang == "fr" else ["AP", "LAT"]) + (["Open mouth"] if part == "C" and cx.p(0.3) else []):
                m = xr_make(cx)
                d = vn
                if both:
                    d = f"{'Rachis cervical' if part == 'C' else 'Rachis lombaire'} {vn}"
                m.update({"SeriesDescription": d, "ViewPosition": "LL" if vn in ("LAT", "Profil") else "AP"})
                bpe(cx, m, "CSPINE" if part == "C" else "LSPINE", ["SPINE", "NECK"])
                lab = ["CSPINE"] if part == "C" else ["LSPINE"]
                ser.append(S(m, lab, None, "aircrew fitness spine film: " + lab[0].lower()))
        return sd, ser
    if k == "aviation_eos":
        sd = case(cx, cx.c(["EOS rachis entier face + profil (aptitude PN)", "Téléradiographie du rachis entier (CPEMPN)", "EOS RACHIS COMPLET - PILOTE DE CHASSE"]))
        ser = []
        for vn in ["Face", "Profil"]:
            m = {"Modality": "DX", "Manufacturer": "EOS imaging", "ManufacturerModelName": "EOSedge", "SeriesDescription": f"{vn} Rachis" if cx.p(0.5) else vn,
                 "ViewPosition": "PA" if vn == "Face" else "LL"}
            bpe(cx, m, "SPINE", ["WHOLESPINE", "CHEST"], p_missing=0.4)
            ser.append(S(m, WSPINE, None, "full-length spine film: whole spine"))
        return sd, ser
    if k in ("aviation_chest", "dive_chest"):
        sd = case(cx, L(cx, ["XR CHEST PA (FLIGHT PHYSICAL)", "XR CHEST PA - DIVE PHYSICAL", "XR CHEST PA (SF DIVE SCREENING)"],
                        fr=["Radio thorax face (visite d'aptitude PN)", "Radiographie pulmonaire aptitude plongée", "Rx thorax face + profil (plongeur)"]))
        return chest_films(cx, sd, "fitness medical chest film: chest", L(cx, "Chest PA", fr="Thorax face"), L(cx, "Chest Lat", fr="Thorax profil"))
    if k == "dive_bones":
        sd = case(cx, L(cx, ["XR BONE SURVEY - DYSBARIC OSTEONECROSIS", "XR LONG BONES (DIVER BASELINE): SHOULDERS HIPS KNEES"],
                        fr=["Bilan radiographique ostéonécrose dysbarique (épaules, hanches, genoux)", "Rx grosses articulations plongeur"]))
        return sd, joint_survey(cx, lang)
    if k == "dive_echo":
        sd = case(cx, cx.c(["Echographie cardiaque transthoracique test aux bulles (FOP)", "ETT épreuve de contraste (aptitude plongée)"]))
        ser = []
        for d in ["", "4C bulles repos", "4C Valsalva"]:
            m = us_make(cx)
            if d:
                m["SeriesDescription"] = d
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.6)
            ser.append(S(m, ["CHEST"], None, "echocardiogram for a patent foramen ovale: heart, chest"))
        return sd, ser
    if k == "dive_ct":
        sd = case(cx, cx.c(["TDM thoracique sans injection (aptitude plongée)", "SCANNER THORACIQUE - APTITUDE PLONGEE MARINE"]))
        return sd, ct_series(cx, ["CHEST"], "chest CT for diving fitness: chest", cx.c([None, "Thorax"]), kinds=("lung", "soft"), bp="CHEST", alt=["LUNG"])
    if k == "sinus":
        sd = case(cx, L(cx, ["CT SINUS W/O CONTRAST (AIRCREW BAROTRAUMA)", "CT PARANASAL SINUSES - DIVE CLEARANCE"],
                        fr=["TDM des sinus (aptitude PN)", "Scanner des sinus - barotraumatisme"]))
        return sd, ct_series(cx, ["HEAD"], "sinus CT: head", cx.c([None, "Sinus", "SINUS"]), kinds=("bone", "soft"), bp="SINUS", alt=["HEAD", "NECK"])
    sd = case(cx, L(cx, ["PANOREX (DENTAL READINESS)", "PANORAMIC - FORENSIC ID BASELINE", "PANO DENTAL CLASS EXAM"],
                    fr=["Panoramique dentaire (aptitude)", "ORTHOPANTOMOGRAMME"]))
    mk = cx.c([("Dentsply Sirona", "ORTHOPHOS SL"), ("Planmeca", "ProMax 2D"), ("Carestream Health", "CS 8100")])
    m = {"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1]}
    if cx.p(0.5):
        m["SeriesDescription"] = cx.c(["Panoramic", "PAN Adult", "Panoramique"])
    bpe(cx, m, "JAW", ["SKULL", "HEAD"], p_missing=0.5)
    return sd, [S(m, ["HEAD"], None, "panoramic dental film: jaws, head")]


def joint_survey(cx, lang):
    """Shoulders, hips and knees of divers and compressed-air workers: one side per film, hips on
    one AP pelvis."""
    ser = []
    for code in ("SHOULDER", "HIP", "KNEE"):
        if code == "HIP":
            m = xr_make(cx)
            m.update({"SeriesDescription": {"de": "Becken a.p.", "fr": "Bassin face", "en": "AP Pelvis"}.get(lang, "AP Pelvis"), "ViewPosition": "AP"})
            bpe(cx, m, "PELVIS", ["HIP"])
            ser.append(S(m, ["PELVIS", "HIP"], "B", "AP pelvis showing both hips"))
            continue
        for side in "RL":
            m = xr_make(cx)
            word = {"de": {"SHOULDER": "Schulter", "KNEE": "Knie"}, "fr": {"SHOULDER": "Epaule", "KNEE": "Genou"}}.get(lang, {"SHOULDER": "Shoulder", "KNEE": "Knee"})[code]
            sw = {"de": {"R": "re", "L": "li"}, "fr": {"R": "D", "L": "G"}}.get(lang, {"R": "RT", "L": "LT"})[side]
            m.update({"SeriesDescription": f"{word} {sw} {'a.p.' if lang == 'de' else 'face' if lang == 'fr' else 'AP'}", "ViewPosition": "AP"})
            if cx.p(0.5):
                m["ImageLaterality"] = side
            bpe(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, [code], side, f"{code.lower()} film of one side in a large-joint survey"))
    return ser


def trauma(cx):
    """Military trauma: whole-body CT, head injury CT and MR, neck CTA, FAST."""
    lang = cx.lang
    r = cx.rng.random()
    if r < 0.4:
        sd = case(cx, L(cx, ["CT TRAUMA PAN SCAN", "CT WHOLE BODY TRAUMA (HEAD TO PELVIS)", "CT Polytrauma Head/C-Spine/CAP"],
                        fr=["Body-scanner polytraumatisé", "TDM CORPS ENTIER (POLYTRAUMA)", "Scanner corps entier injecté - blast"]))
        why = "whole-body trauma CT"
        ser = []
        m = ct_make(cx)
        m.update({"SeriesDescription": ct_scout(cx), "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"})
        bpe(cx, m, "WHOLEBODY", ["HEAD", "CHEST"], p_missing=0.4)
        ser.append(S(m, WB, None, why + "; scout head to thighs"))
        for reg, lab, kind, bp in [(L(cx, "Head", fr="Crâne"), ["HEAD"], "soft", "HEAD"), (L(cx, "C-Spine", fr="Rachis cervical"), ["CSPINE"], "bone", "CSPINE"),
                                   (L(cx, "Chest/Abd/Pelvis", fr="TAP"), CAP, "soft", "CHEST"), (L(cx, "TL Spine", fr="Rachis dorso-lombaire"), ["TSPINE", "LSPINE"], "bone", "SPINE"),
                                   (None, WB, "soft", "WHOLEBODY")]:
            d, k, t = ct_recon(cx, reg, kind, keep=True)
            m = ct_make(cx)
            m.update({"SeriesDescription": d if reg else L(cx, cx.c(["Body 5mm Portal", "WB Portal Venous 3mm"]), fr="Corps entier 3mm portal"),
                      "ConvolutionKernel": k, "SliceThickness": t, "ContrastBolusAgent": "Omnipaque 350"})
            bpe(cx, m, bp, ["WHOLEBODY", "CHEST", "ABDOMEN"], p_missing=0.35, p_alt=0.25)
            ser.append(S(m, lab, None, why + ("; " + "/".join(x.lower() for x in lab) + " reconstruction" if lab != WB else "; whole scan range")))
        ser += ct_series(cx, WB, why, None, kinds=(), scout=False)
        return sd, ser
    if r < 0.65:
        sd = case(cx, L(cx, ["CT HEAD W/O CONTRAST (BLAST/TBI)", "CT HEAD NON CON", "CT Head and Face (IED)"],
                        fr=["TDM cérébrale sans injection", "Scanner cérébral (traumatisme crânien)", "TDM crâne et massif facial"]))
        ser = ct_series(cx, ["HEAD"], "head CT: brain, skull, face", cx.c([None, "Head", "Brain", "CEREBRUM"]) if lang == "en" else cx.c([None, "Crane", "Cerveau"]),
                        kinds=("soft", "bone"), bp="HEAD", alt=["BRAIN", "SKULL"])
        return sd, ser
    if r < 0.83:
        sd = case(cx, L(cx, ["MRI BRAIN TBI PROTOCOL (DTI/SWI)", "MRI BRAIN W/O (MILD TBI - NICOE)", "MRI Brain Blast Exposure"],
                        fr=["IRM cérébrale (traumatisme crânien léger / blast)", "IRM ENCEPHALIQUE SANS INJECTION - TC"]))
        return sd, mr_series(cx, mr_names(cx, "brain"), ["HEAD"], None, "brain MR")
    if r < 0.93:
        sd = case(cx, L(cx, ["CTA HEAD AND NECK (PENETRATING NECK INJURY)", "CTA NECK + HEAD (BLUNT CEREBROVASCULAR)"],
                        fr=["Angio-TDM des troncs supra-aortiques et du polygone", "ANGIOSCANNER TSA + WILLIS"]))
        ser = ct_series(cx, ["HEAD", "NECK"], "CT angiography of the neck and head vessels: head and neck", cx.c([None, "CTA", "Angio"]),
                        kinds=("soft",), bp="NECK", alt=["HEAD", "HEADNECK"], contrast=True)
        m = ct_make(cx)
        m.update({"SeriesDescription": cx.c(["MIP Cor", "MIP SAG NECK", "VR Carotids"]), "ImageType": "DERIVED\\SECONDARY\\MIP"})
        ser.insert(-1, S(m, ["HEAD", "NECK"], None, "CTA reformat of the neck and head vessels"))
        return sd, ser
    sd = case(cx, L(cx, ["US FAST EXAM", "eFAST (Trauma Bay)"], fr=["Echographie FAST", "FAST écho (déchocage)"]))
    ser = []
    for d in [cx.c(["RUQ", "Morison", "FAST"]), cx.c(["LUQ", "Splenorenal"]), cx.c(["Pelvis", "Suprapubic"]), cx.c(["Subxiphoid", "Pericardial"])]:
        m = us_make(cx, cx.c(["SonoSite", "GE"]))
        m["SeriesDescription"] = d
        bpe(cx, m, "ABDOMEN", None, p_missing=0.6)
        lab = {"RUQ": ["ABDOMEN"], "Morison": ["ABDOMEN"], "FAST": CAP, "LUQ": ["ABDOMEN"], "Splenorenal": ["ABDOMEN"], "Pelvis": ["PELVIS"], "Suprapubic": ["PELVIS"],
               "Subxiphoid": ["CHEST"], "Pericardial": ["CHEST"]}[d]
        ser.append(S(m, lab, None, "FAST window: " + "/".join(x.lower() for x in lab)))
    return sd, ser


def workup(cx):
    """The work-up of screen findings: nodules, incidental findings, aneurysm referrals, breast recalls."""
    lang = cx.lang
    site = cx.site
    opts = {"uk-tlhc": ["nodule", "nodule", "pet", "pet", "thyroid", "adrenal", "kidney", "biopsy"],
            "uk-screen": ["breastbx", "breastbx", "breastmr", "cta", "ctap", "cta"], "de-ms": ["breastbx", "nodule", "thyroid", "cta", "breastmr"],
            "fr-hia": ["nodule", "pet", "thyroid", "ctap"]}[site]
    k = cx.c(opts)
    if k == "nodule":
        sd = case(cx, L(cx, ["CT CHEST W CONTRAST (NODULE WORKUP)", "CT Thorax 3 month nodule follow-up", "CT CHEST STAGING (TLHC REFERRAL)"],
                        ["CT Thorax mit KM (Rundherdabklärung)", "CT Thorax Verlaufskontrolle Rundherd"], ["TDM thoracique injectée (nodule)", "Scanner thoracique de contrôle nodule"]))
        return sd, ct_series(cx, ["CHEST"], "chest CT: chest", cx.c([None, "Thorax", "Chest"]), kinds=("soft", "lung"), bp="CHEST", alt=["LUNG"], contrast="KM" in sd or "W " in sd)
    if k == "pet":
        sd = case(cx, L(cx, ["PET-CT FDG SKULL BASE TO MID THIGH", "NM PET/CT Whole Body FDG (Lung nodule)"], fr=["TEP-TDM au 18F-FDG (nodule pulmonaire)", "TEP SCANNER FDG CORPS ENTIER"]))
        mk = cx.c([("GE MEDICAL SYSTEMS", "Discovery MI"), ("SIEMENS", "Biograph Vision 600")])
        ser = []
        for mod, d in [("CT", "CT Topogram" if mk[0] == "SIEMENS" else "Scout"), ("CT", cx.c(["CT WB 3.75mm", "CT AC 5mm", "CTAC"])),
                       ("PT", cx.c(["PET WB AC", "PET AC 3D", "WB_MAC"])), ("PT", cx.c(["PET WB NAC", "MIP"]))]:
            m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG"], p_missing=0.35, p_alt=0.3)
            ser.append(S(m, WB, None, "PET/CT skull base to thigh: whole body"))
        return sd, ser
    if k == "thyroid":
        sd = case(cx, L(cx, ["US THYROID (INCIDENTAL NODULE ON LDCT)", "US Neck - Thyroid"], ["Sono Schilddrüse"], ["Echographie thyroïdienne"]))
        ser = []
        for d in ["Thyroid", cx.c(["", "RT LOBE TRV", "Isthmus"])]:
            m = us_make(cx)
            if d:
                m["SeriesDescription"] = d
            bpe(cx, m, "NECK", ["THYROID"], p_missing=0.4, p_alt=0.3)
            ser.append(S(m, ["NECK"], None, "thyroid ultrasound: neck"))
        return sd, ser
    if k == "adrenal":
        sd = case(cx, cx.c(["CT ADRENALS (INCIDENTAL ADRENAL NODULE)", "CT Abdomen Adrenal Protocol"]))
        return sd, ct_series(cx, ["ABDOMEN"], "adrenal CT: abdomen", cx.c([None, "Adrenal", "Abdomen"]), kinds=("soft", "soft"), bp="ABDOMEN", alt=["CHEST"])
    if k == "kidney":
        sd = case(cx, cx.c(["US KIDNEYS (INCIDENTAL RENAL LESION)", "US Renal Tract"]))
        ser = []
        for d in [cx.c(["Renal", "Kidneys"]), cx.c(["", "RT KIDNEY", "LT KIDNEY"])]:
            m = us_make(cx)
            if d:
                m["SeriesDescription"] = d
            bpe(cx, m, "KIDNEY", ["ABDOMEN"], p_missing=0.4)
            ser.append(S(m, ["ABDOMEN"], None, "kidney ultrasound: abdomen"))
        return sd, ser
    if k == "biopsy":
        sd = case(cx, cx.c(["CT GUIDED LUNG BIOPSY", "CT Guided Biopsy Lung Lesion"]))
        return sd, ct_series(cx, ["CHEST"], "CT-guided lung biopsy: chest", cx.c([None, "Biopsy", "BX"]), kinds=("soft",), bp="CHEST")
    if k == "cta":
        sd = case(cx, L(cx, ["CTA AORTA (AAA > 5.5CM REFERRAL)", "CT Angiogram Abdominal Aorta and Iliacs (EVAR planning)"],
                        ["CT-Angiographie Aorta abdominalis und Becken (AAA)"], ["Angio-TDM aorte abdominale"]))
        return sd, ct_series(cx, AP_, "CT angiogram of the abdominal aorta and iliac arteries: abdomen and pelvis", cx.c([None, "CTA", "Angio"]),
                             kinds=("soft", "soft"), bp="ABDOMEN", alt=["AORTA", "CHEST"], contrast=True)
    if k == "ctap":
        sd = case(cx, L(cx, ["CT ABDOMEN PELVIS W CONTRAST (POST CTC)", "CT Abdo/Pelvis Staging"], fr=["TDM abdomino-pelvienne injectée"]))
        return sd, ct_series(cx, AP_, "abdominal and pelvic CT: abdomen and pelvis", cx.c([None, "Abdomen"]), kinds=("soft",), bp="ABDOMEN", alt=["PELVIS"], contrast=True)
    if k == "breastmr":
        sd = case(cx, L(cx, ["MRI BREASTS BILATERAL (HIGH RISK SCREENING)", "MRI Breast Bilateral w/wo contrast"], ["MRT Mammae beidseits mit KM"]))
        names = ["localizer", "t2_tse_tra", "fl3d_dyn_tra_sub", "ep2d_diff_tra"] if cx.mrv == "Siemens" else ["3-Plane Loc", "Ax T2 FSE", "Ax VIBRANT MPh", "Ax DWI"]
        return sd, mr_series(cx, names, ["BREAST"], "B", "breast MR: both breasts")
    side = cx.c("LR")
    sw = side_word(cx, lang, side, "f")
    sd = case(cx, L(cx, [f"Stereotactic Vacuum Biopsy {sw} Breast", f"US GUIDED CORE BIOPSY {sw} BREAST"], [f"Vakuumbiopsie Mamma {sw} (stereotaktisch)"]))
    mk = (("HOLOGIC, Inc.", "Affirm Prone") if "Stereo" in sd.title() or "Vakuum" in sd.title() else None)
    ser = []
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire"] if mk else ["", "Pre fire", "Post fire"]:
        m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d} if mk else us_make(cx)
        if d and not mk:
            m["SeriesDescription"] = d
        if mk and cx.p(0.6):
            m["ImageLaterality"] = side
        bpe(cx, m, "BREAST", None, p_missing=0.4)
        ser.append(S(m, ["BREAST"], side, "breast biopsy images; side of the order"))
    return sd, ser


FAMILY = {"lung": lung, "cxr": cxr, "ilo": ilo, "breast": breast, "dxa": dxa, "aaa": aaa, "ctc": ctc, "injury": injury,
          "medical": medical, "trauma": trauma, "workup": workup}


def noanat(cx):
    """Objects that travel with the studies and show no patient anatomy."""
    k = cx.c(["doc", "ko", "pr", "sr", "qa", "qa", "form"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": L(cx, ["Scanned Document", "Consent Form", "Referral"], ["Einverständniserklärung", "Anamnesebogen"],
                                       ["Consentement éclairé", "Bon de demande"], ["Hoja de consentimiento", "Solicitud escaneada"])}, "scanned paper: no anatomy"
    if k == "form":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c({"us-occ": ["NIOSH 2.8 Interpretation Form", "ILO Classification Sheet"], "mx-panel": ["DS-3030 Chest X-Ray Worksheet", "Hoja de clasificacion OIT"],
                                           "uk-screen": ["Screening Questionnaire", "NBSS Attendance Form"], "uk-tlhc": ["LHC Risk Assessment", "PLCOm2012 Score Sheet"],
                                           "de-ms": ["Dokumentationsbogen Screening", "ILO-Befundbogen"], "fr-hia": ["Fiche de lecture BIT", "Questionnaire aptitude"],
                                           "au-sport": ["eMedical 501 Form", "Sports Medicine Referral"], "us-mtf": ["DD Form 2807-1", "Dive Physical Worksheet"]}[cx.site])}, "scanned form: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Measurements"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, \
            "dose structured report"
    q = cx.c([("CT", "Daily QA Water Phantom"), ("CT", "QA 20cm Water"), ("MG", "ACR Phantom"), ("MG", "Flat Field QC"), ("OT", "Spine Phantom QC"),
              ("OT", "TG18-QC Monitor Test"), ("DX", "Detector Calibration")])
    return {"Modality": q[0], "SeriesDescription": q[1], "ImageType": "ORIGINAL\\PRIMARY\\QA"}, "phantom or test pattern: no patient"


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
    for site in SITES:
        langs, _kind, target, *_rest, strata = SITES[site]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            if site == "mx-panel" and stratum not in ("cxr", "medical"):
                cx.lang = "es"
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
                if meta.get("Manufacturer") in ("KONICA MINOLTA", "Mindray", "Agfa") and len(sd) > 16 and rng.random() < 0.35:
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "phantom" in why:
                    pass
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
