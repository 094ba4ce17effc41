"""Writes tests/anatomy/data/clinical_set_20.jsonl: a fortnight of series from UK and Irish public
hospitals (NHS England teaching and district general hospitals, NHS Scotland, NHS Wales, Northern
Ireland, two HSE hospitals) and an independent-sector diagnostic centre, labelled blind against
the shared anatomy spec (see README.md beside this file).

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

SEED = 20
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_20.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

# ---------------------------------------------------------------- sites
# name: kind, rows, vendors (MR, CT, X-ray, US, NM/PET, mammography), RIS style, strata weights
SITES = {
    "eng-teach1": dict(kind="NHS teaching hospital, England (Midlands)", rows=128, mr="Siemens", ct="Siemens", xr="Philips",
                       us="Philips", nm="Siemens", mg="Hologic", style="nicip",
                       strata={"msk": 6, "spine": 2, "breast": 3, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3,
                               "onc": 3, "trauma": 3, "ir": 3, "fluoro": 1, "paeds": 2, "nm": 2, "obs": 1, "dental": 1}),
    "eng-teach2": dict(kind="NHS teaching hospital, England (North)", rows=124, mr="GE", ct="GE", xr="Carestream",
                       us="GE", nm="GE", mg="Hologic", style="nicip",
                       strata={"msk": 6, "spine": 2, "breast": 3, "neuro": 3, "headneck": 2, "chest": 2, "cardio": 2, "abdo": 3,
                               "onc": 3, "trauma": 2, "ir": 3, "fluoro": 1, "paeds": 3, "nm": 2, "obs": 1, "dental": 1}),
    "eng-dgh1": dict(kind="NHS district general hospital, England (South West)", rows=100, mr="Philips", ct="Canon", xr="Fujifilm",
                     us="Canon", nm="GE", mg="Fujifilm", style="nicip",
                     strata={"msk": 8, "spine": 2, "breast": 2, "neuro": 2, "chest": 3, "abdo": 3, "trauma": 2, "fluoro": 1,
                             "paeds": 1, "obs": 2, "headneck": 1, "onc": 1}),
    "eng-dgh2": dict(kind="NHS district general hospital, England (East)", rows=96, mr="Siemens", ct="GE", xr="Agfa",
                     us="Siemens", nm="Siemens", mg="Hologic", style="nicip_code",
                     strata={"msk": 8, "spine": 2, "breast": 2, "neuro": 2, "chest": 3, "abdo": 3, "trauma": 2, "fluoro": 1,
                             "paeds": 1, "obs": 2, "ir": 1, "nm": 1}),
    "sco": dict(kind="NHS Scotland health board, acute hospital", rows=104, mr="Siemens", ct="Canon", xr="Carestream",
                us="Canon", nm="Siemens", mg="Hologic", style="nicip",
                strata={"msk": 7, "spine": 2, "breast": 2, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 2,
                        "onc": 2, "trauma": 2, "ir": 1, "fluoro": 1, "paeds": 1, "nm": 1, "obs": 1, "dental": 1}),
    "wal": dict(kind="NHS Wales health board, university hospital", rows=96, mr="GE", ct="Siemens", xr="Agfa",
                us="GE", nm="GE", mg="Hologic", style="wal",
                strata={"msk": 7, "spine": 2, "breast": 2, "neuro": 2, "headneck": 1, "chest": 2, "abdo": 2, "onc": 1,
                        "trauma": 1, "ir": 1, "fluoro": 1, "paeds": 1, "obs": 1, "dental": 1, "nm": 1}),
    "ni": dict(kind="Health and Social Care trust, Northern Ireland", rows=88, mr="Philips", ct="Philips", xr="Fujifilm",
               us="Philips", nm="Siemens", mg="Siemens", style="full",
               strata={"msk": 7, "spine": 2, "breast": 2, "neuro": 2, "chest": 2, "abdo": 2, "onc": 1, "trauma": 1,
                       "ir": 1, "fluoro": 1, "paeds": 1, "cardio": 1, "obs": 1}),
    "ie-hse1": dict(kind="HSE model 4 hospital, Ireland", rows=92, mr="Siemens", ct="Siemens", xr="Carestream",
                    us="Siemens", nm="Siemens", mg="Hologic", style="upper",
                    strata={"msk": 6, "spine": 2, "breast": 2, "neuro": 2, "headneck": 1, "chest": 2, "cardio": 1, "abdo": 2,
                            "onc": 2, "trauma": 2, "ir": 2, "fluoro": 1, "paeds": 1, "nm": 1, "obs": 1}),
    "ie-hse2": dict(kind="HSE model 3 regional hospital, Ireland", rows=84, mr="GE", ct="GE", xr="Fujifilm",
                    us="GE", nm="GE", mg="GE", style="upper",
                    strata={"msk": 7, "spine": 2, "breast": 1, "neuro": 2, "chest": 2, "abdo": 2, "trauma": 2, "fluoro": 1,
                            "paeds": 1, "obs": 2, "dental": 1}),
    "uk-indep": dict(kind="independent-sector diagnostic centre, England", rows=70, mr="Canon", ct="Canon", xr="Agfa",
                     us="Samsung", nm="Siemens", mg="Hologic", style="full",
                     strata={"msk": 8, "spine": 3, "breast": 2, "neuro": 1, "abdo": 1, "chest": 1, "dental": 1, "headneck": 1}),
}
NOANAT_SHARE = 0.05

MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Vida", "MAGNETOM Sola", "MAGNETOM Aera", "Avanto_fit", "MAGNETOM Skyra", "MAGNETOM Altea"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Achieva"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Explorer", "Optima MR450w", "SIGNA Premier"]),
    "Canon": ("CANON_MEC", ["Vantage Orian", "Vantage Elan"]),
}
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM Definition AS+", "SOMATOM Force", "SOMATOM go.Top", "SOMATOM Drive"]),
    "Philips": ("Philips", ["Incisive CT", "Brilliance 64", "IQon - Spectral CT"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "Optima CT660", "Revolution EVO", "Discovery CT750 HD"]),
    "Canon": ("CANON_MEC", ["Aquilion Prime SP", "Aquilion ONE", "Aquilion Lightning"]),
}
XR_MAKE = {
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost C90", "MobileDiagnost wDR"]),
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution", "DRX-1"]),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Go PLUS", "FCR Capsula XLII"]),
    "Agfa": ("Agfa", ["DX-D 500", "DR 600", "DX-D 100"]),
}
US_MAKE = {
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "EPIQ Elite", "Affiniti 70G"]),
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ S8", "Voluson E10", "Voluson Expert 22"]),
    "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
    "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A", "V8"]),
}
NM_MAKE = {"Siemens": ("SIEMENS NM", ["Symbia Intevo", "Symbia T16"], "SIEMENS", ["Biograph Vision 600", "Biograph mCT"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"], "GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"])}
MG_MAKE = {"Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
           "Fujifilm": ("FUJIFILM Corporation", ["FDR MS-3500", "AMULET Innovality"]),
           "Siemens": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"])}
FL_MAKE = [("SIEMENS", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"), ("GE Healthcare", "Precision 500D"),
           ("Canon Medical Systems", "Ultimax-i")]
XA_MAKE = [("SIEMENS", "AXIOM-Artis"), ("SIEMENS", "Artis Q"), ("Philips Medical Systems", "Azurion 7 M20"), ("GE Healthcare", "Innova IGS 530")]
CARM = [("Ziehm Imaging GmbH", "Ziehm Vision RFD"), ("SIEMENS", "Cios Alpha"), ("GE Healthcare", "OEC 3D"), ("Philips Medical Systems", "Zenition 70")]

# ---------------------------------------------------------------- words
# Limb parts in English (the first is the region's own name, then bones the spec folds into it),
# with NICIP-like code stems.
LIMB = {
    "KNEE": [("Knee", "KNE")], "SHOULDER": [("Shoulder", "SHO"), ("Clavicle", "CLA"), ("AC joint", "ACJ"), ("Scapula", "SCA")],
    "HIP": [("Hip", "HIP")], "ANKLE": [("Ankle", "ANK")],
    "FOOT": [("Foot", "FOO"), ("Calcaneum", "CAL"), ("Toes", "TOE"), ("Great toe", "GTO"), ("Forefoot", "FFO")],
    "HAND": [("Hand", "HAN"), ("Finger", "FIN"), ("Thumb", "THU"), ("Fingers", "FIN")],
    "WRIST": [("Wrist", "WRI"), ("Scaphoid", "SCP")], "ELBOW": [("Elbow", "ELB")],
    "FOREARM": [("Forearm", "FOR"), ("Radius and ulna", "RAU")], "ARM": [("Humerus", "HUM")],
    "THIGH": [("Femur", "FEM")], "LEG": [("Tibia and fibula", "TIB"), ("Tib fib", "TIB")],
}
# Welsh names of the limb regions, with grammatical gender (feminine nouns take "dde" for right).
CY_LIMB = {"KNEE": ("Pen-glin", "m"), "SHOULDER": ("Ysgwydd", "f"), "HIP": ("Clun", "f"), "ANKLE": ("Ffêr", "f"),
           "FOOT": ("Troed", "f"), "HAND": ("Llaw", "f"), "WRIST": ("Arddwrn", "m"), "ELBOW": ("Penelin", "m"),
           "FOREARM": ("Elin", "f"), "ARM": ("Braich", "f"), "THIGH": ("Morddwyd", "f"), "LEG": ("Coes", "f")}
CY_MOD = {"XR": "Pelydr-X", "MR": "Sgan MRI", "CT": "Sgan CT", "US": "Uwchsain", "NM": "Sgan niwclear", "MG": "Mamogram",
          "FL": "Fflworosgopi", "IR": "Radioleg ymyriadol", "PET": "Sgan PET", "DEXA": "Sgan dwysedd esgyrn"}
CY_REG = {"Head": "Pen", "Brain": "Ymennydd", "Chest": "Brest", "Abdomen": "Abdomen", "Pelvis": "Pelfis", "Neck": "Gwddf",
          "Lumbar spine": "Asgwrn cefn meingefnol", "Cervical spine": "Asgwrn cefn gyddfol", "Thoracic spine": "Asgwrn cefn thorasig",
          "Whole spine": "Asgwrn cefn cyfan", "Breast": "Bron", "Thyroid": "Thyroid", "Teeth": "Dannedd", "Abdomen and pelvis": "Abdomen a pelfis",
          "Kidneys": "Arennau", "Obstetric": "Beichiogrwydd", "Bone scan": "Sgan esgyrn"}
MODLETTER = {"XR": "X", "CT": "C", "MR": "M", "US": "U", "NM": "N", "MG": "X", "FL": "F", "IR": "I", "PET": "P", "DEXA": "N"}

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        cfg = SITES[site]
        self.cfg = cfg
        self.style = cfg["style"]
        self.code = None

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def ascii_only(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def side_en(cx, s):
    st = cx.style
    if st in ("nicip", "nicip_code", "wal"):
        table = {"L": ["Lt"] * 5 + ["Left", "LT", "L"], "R": ["Rt"] * 5 + ["Right", "RT", "R"],
                 "B": ["Both", "both", "Bilat", "bilateral", "Both"]}
    elif st == "full":
        table = {"L": ["Left"] * 4 + ["Lt", "L"], "R": ["Right"] * 4 + ["Rt", "R"], "B": ["Bilateral", "Both", "both sides"]}
    else:
        table = {"L": ["LEFT", "LEFT", "LT", "Left"], "R": ["RIGHT", "RIGHT", "RT", "Right"], "B": ["BILATERAL", "BOTH", "BILAT"]}
    return cx.c(table[s])


def side_cy(cx, s, gender="m"):
    if s == "L":
        return "Chwith"
    if s == "R":
        return "Dde" if gender == "f" else "De"
    return cx.c(["Y Ddwy Ochr", "Dwyochrog"])


def modword(cx, mod):
    st = cx.style
    if mod == "MR":
        return cx.c({"nicip": ["MR", "MR", "MRI"], "nicip_code": ["MR"], "wal": ["MR", "MRI"], "full": ["MRI"],
                     "upper": ["MRI", "MR"]}[st])
    if mod == "XR":
        return cx.c({"nicip": ["XR"], "nicip_code": ["XR"], "wal": ["XR"], "full": ["XR", "XR", "X-Ray"], "upper": ["XR", "X-RAY"]}[st])
    if mod == "MG":
        return cx.c(["MG", "XR"]) if st in ("nicip", "nicip_code", "wal") else "MAMMO" if st == "upper" else "MG"
    if mod == "FL":
        return cx.c(["FL", "FL", "Fluoro"]) if st != "upper" else "FL"
    if mod == "DEXA":
        return cx.c(["DEXA", "DXA", "NM DEXA"])
    return mod


def code_of(mod, stem, s=None):
    stem = "".join(ch for ch in stem.upper() if ch.isalpha())[:4]
    return MODLETTER[mod] + stem + ({"L": "L", "R": "R", "B": "B"}[s] if s else "")


def exam(cx, mod, body, s=None, cy=None, stem=None, gender="m", after=""):
    """An exam name as the site's RIS writes it (NICIP style: modality, body part, side)."""
    mw = modword(cx, mod)
    sw = side_en(cx, s) if s else ""
    if cx.style == "full" and s and cx.p(0.35):
        text = f"{mw} {sw} {body}{after}"
    else:
        text = f"{mw} {body}{after}" + (f" {sw}" if s else "")
    text = " ".join(text.split())
    if cx.style == "upper" and cx.p(0.75):
        text = text.upper()
    cx.code = (code_of(mod, stem or body, s), text)
    if cx.style == "nicip_code" and cx.p(0.35):
        text = f"{cx.code[0]} {text}"
    if cx.style == "wal" and cy is not None and cx.p(0.45):
        cym = CY_MOD.get(mod, mod) + " " + cy + ((" " + side_cy(cx, s, gender)) if s else "")
        if cx.p(0.4):
            cym = ascii_only(cym)
        text = cx.c([f"{text} / {cym}", f"{text} / {cym}", cym])
    return text


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.27, p_alt=0.12):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def mr_meta(cx, desc, scan=None, vendor=None, **kw):
    v = vendor or cx.cfg["mr"]
    make = MR_MAKE[v]
    m = {"Modality": "MR", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def ct_meta(cx, desc, kernel=None, thick=None, **kw):
    make = CT_MAKE[cx.cfg["ct"]]
    m = {"Modality": "CT", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def xr_meta(cx, desc, view=None, proc=None, **kw):
    v = cx.cfg["xr"]
    make = XR_MAKE[v]
    mod = "CR" if (v == "Fujifilm" and cx.p(0.3)) or (v == "Agfa" and cx.p(0.15)) else "DX"
    m = {"Modality": mod, "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1])}
    if desc is not None:
        m["SeriesDescription"] = desc.upper() if v == "Carestream" else desc
    if view:
        m["ViewPosition"] = view
    if proc and v in ("Fujifilm", "Agfa"):
        m["AcquisitionDeviceProcessingDescription"] = proc
    m.update(kw)
    return m


def us_meta(cx, desc=None, **kw):
    make = US_MAKE[cx.cfg["us"]]
    m = {"Modality": "US", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1])}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


MR_SEQ = {
    "msk": {"Siemens": ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "pd_space_fs_sag_iso"],
            "GE": ["Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1 FSE", "Sag T2 FSE", "Sag PD FS PROPELLER"],
            "Philips": ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "PDW_TSE_SAG", "3D_WATSc"],
            "Canon": ["PD FS COR", "PD FS SAG", "PD FS AX", "T1 COR", "T2 SAG", "STIR COR"]},
    "spine": {"Siemens": ["t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag", "t2_tse_tra_L3-S1"],
              "GE": ["Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR", "Ax T2 stack"],
              "Philips": ["T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG", "T2W_TSE_TRA_STACK"],
              "Canon": ["T2 SAG", "T1 SAG", "T2 AX", "STIR SAG", "T2 AX 3 STACKS"]},
    "neuro": {"Siemens": ["t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace", "ep2d_diff_3scan_trace_ADC", "t1_mprage_sag_iso",
                          "t2_swi_tra", "t1_se_tra_post"],
              "GE": ["Ax T2 PROPELLER", "Ax T2 FLAIR", "Ax DWI b1000", "Apparent Diffusion Coefficient (mm2/s)", "Sag 3D BRAVO", "Ax SWAN",
                     "Ax T1 +C"],
              "Philips": ["T2W_TSE_TRA", "T2W_FLAIR_TRA", "DWI_TRA", "dADC", "3D_T1W_TFE", "SWIp", "T1W_SE_TRA+C"],
              "Canon": ["T2 TRA", "FLAIR TRA", "DWI TRA b1000", "ADC", "3D T1 MPRAGE", "SWI", "T1 TRA +C"]},
    "body": {"Siemens": ["t2_haste_cor", "t2_haste_tra", "t1_vibe_dixon_tra", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn", "t2_tse_tra_hr"],
             "GE": ["Cor SSFSE", "Ax SSFSE", "Ax LAVA Flex", "Ax DWI b800", "Ax LAVA dyn", "Ax T2 FRFSE hi-res"],
             "Philips": ["T2W_SSh_COR", "T2W_SSh_TRA", "mDIXON_TRA", "DWI_b0_800", "eTHRIVE_dyn", "T2W_TSE_HR_TRA"],
             "Canon": ["FASE COR", "FASE AX", "DIXON AX", "DWI b800", "QUICK 3D dyn", "T2 FSE AX HR"]},
}
MR_LOC = {"Siemens": ["localizer", "AAHead_Scout", "localizer_3plane"], "GE": ["3-Plane Loc", "3Pl Loc", "Loc"],
          "Philips": ["Survey", "SmartExam", "Survey_MST"], "Canon": ["Locator", "3-plane Locator"]}


def scan_of(desc):
    d = desc.lower()
    if any(k in d for k in ("diff", "dwi", "adc", "apparent")):
        return "EP"
    if any(k in d for k in ("tirm", "stir", "flair")):
        return "SE\\IR"
    if any(k in d for k in ("loc", "survey", "scout", "smartexam", "vibe", "swi", "swan", "mprage", "bravo", "tfe", "lava", "dixon",
                            "thrive", "dyn", "wats", "quick")):
        return "GR"
    return "SE"


def mr_exam(cx, fam, labels, lat, why, n=None, bp=None, alt=None, prot=None):
    """An MR study of one body area: localizer and sequence-only series of the site's vendor."""
    v = cx.cfg["mr"]
    ser = []
    loc = mr_meta(cx, cx.c(MR_LOC[v]), "GR")
    bpe(cx, loc, bp, alt)
    ser.append(S(loc, labels, lat, why + "; localizer of the exam"))
    seqs = MR_SEQ[fam][v]
    for d in cx.rng.sample(seqs, min(len(seqs), n or cx.c([3, 4, 5]))):
        m = mr_meta(cx, d, scan_of(d))
        if "adc" in d.lower() or "apparent" in d.lower():
            m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC"
        if prot and cx.p(0.5):
            m["ProtocolName"] = prot
        bpe(cx, m, bp, alt)
        if lat in ("L", "R") and cx.p(0.12):
            m["Laterality"] = lat
        ser.append(S(m, labels, lat, why + "; series named by sequence"))
    return ser


def ct_exam(cx, labels, why, recons, bp=None, alt=None, contrast=False, scout_lab=None, lat=None):
    """A CT study: the vendor's scout, recons and dose page."""
    v = cx.cfg["ct"]
    ser = []
    scout = {"Siemens": cx.c(["Topogram  0.6  T20f", "Topogram  0.6  T80s", "Topogram"]), "Philips": "Surview", "GE": "Scout",
             "Canon": "Scanogram"}[v]
    m = ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe(cx, m, bp, alt)
    ser.append(S(m, scout_lab or labels, lat, why + "; scout of the exam"))
    for d, k, t in recons:
        m = ct_meta(cx, d, k, t, ImageType="ORIGINAL\\PRIMARY\\AXIAL" if "cor" not in d.lower() and "sag" not in d.lower()
                    else "DERIVED\\SECONDARY\\MPR")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Omnipaque 300", "Visipaque 320", "Iomeron 400", "Niopam 300", "IV contrast"])
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, lat, why))
    dose = {"Siemens": "Patient Protocol", "Philips": cx.c(["Dose Info", "Dose Report"]), "GE": "Dose Report", "Canon": "Dose Info"}[v]
    ser.append(S({"Modality": "CT" if v == "Siemens" else cx.c(["CT", "SR"]), "Manufacturer": CT_MAKE[v][0], "SeriesDescription": dose,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page: no anatomy", img=False))
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "Manufacturer": CT_MAKE[v][0],
                      "SeriesDescription": cx.c(["Radiation Dose Information", "X-Ray Radiation Dose SR", "Dose SR"])}, [], None,
                     "dose structured report: no anatomy", img=False))
    return ser


def recons(cx, region):
    """Recon names as each vendor writes them: Siemens with a region word, GE/Canon/Philips mostly without."""
    v = cx.cfg["ct"]
    if v == "Siemens":
        w = {"head": "Head", "chest": "Thorax", "abd": "Abdomen", "cap": "Thorax-Abdomen", "neck": "Neck", "wb": "WB",
             "spine": "Spine", "cta": "CTA", "limb": "Extremity", "face": "Face"}[region]
        k = {"head": ("Hr38", "Hr64"), "chest": ("Br40", "Bl57"), "abd": ("Br40", "Br36"), "cap": ("Br40", "Bl57"), "neck": ("Br36", "Br40"),
             "wb": ("Br38", "Bl57"), "spine": ("Br40", "Br64"), "cta": ("Bv36", "Bv40"), "limb": ("Br40", "Br64"), "face": ("Hr38", "Hr64")}[region]
        out = [(f"{w}  3.0  {k[0]}  3", k[0], "3"), (f"{w}  1.0  {k[1]}  3", k[1], "1")]
        if cx.p(0.5):
            out.append((cx.c([f"{w} cor  3.0  {k[0]}", f"{w} sag  3.0  {k[0]}", f"Recon 2  {k[0]}"]), k[0], "3"))
        return out
    lung = region in ("chest", "cap", "wb")
    if v == "GE":
        if region in ("head", "face"):
            return [("5mm STND", "STANDARD", "5"), (cx.c(["1.25mm BONE", "0.625mm BONEPLUS"]), "BONEPLUS", "0.625"),
                    (cx.c(["COR 2.5", "SAG 2.5", "Recon 3"]), "STANDARD", "2.5")]
        k = cx.c(["STANDARD", "SOFT"])
        second = cx.c(["1.25mm LUNG", "Lung 1.25"]) if lung else cx.c(["COR 3mm", "SAG 3mm", "0.625mm BONE"])
        return [(f"{cx.c(['2.5mm', '1.25mm', '5mm'])} {k[:4].title()}", k, "2.5"),
                (second, "LUNG" if lung else ("BONE" if "BONE" in second else k), "1.25")]
    if v == "Canon":
        if region in ("head", "neck", "face"):
            return [(cx.c(["Head 0.5", "AiCE Brain 0.5"]), "FC26", "0.5"), ("AXIAL 5.0", "FC21", "5"), (cx.c(["COR 3.0", "SAG 3.0"]), "FC26", "3")]
        return [(cx.c(["Body 1.0", "AiCE Body 1.0", "Vol 0.5"]), "FC08", "1"), ("AXIAL 5.0", "FC18", "5")] + (
            [("LUNG 1.0", "FC52", "1")] if lung else [(cx.c(["COR 3.0", "SAG 3.0"]), "FC08", "3")])
    return [("iDose 4 Standard (B)", "B", "2"), ("iDose 4 Lung (L)" if lung else cx.c(["iDose 4 Bone (D)", "Coronal (B)"]),
                                                  "L" if lung else "D", "1")]


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

LIMB_BP = {"KNEE": ["KNEE"], "SHOULDER": ["SHOULDER", "CLAVICLE"], "HIP": ["HIP"], "ANKLE": ["ANKLE"], "FOOT": ["FOOT", "TOE", "HEEL"],
           "HAND": ["HAND", "FINGER", "THUMB"], "WRIST": ["WRIST"], "ELBOW": ["ELBOW"], "FOREARM": ["FOREARM"], "ARM": ["ARM", "HUMERUS"],
           "THIGH": ["THIGH", "FEMUR"], "LEG": ["LEG", "TIBIA"]}
LIMB_ALT = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "UPPER LIMB", "CHEST"], "HIP": ["PELVIS"],
            "ANKLE": ["FOOT", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "HAND": ["WRIST", "UPPER LIMB"], "WRIST": ["HAND", "EXTREMITY"],
            "ELBOW": ["ARM", "EXTREMITY"], "FOREARM": ["ARM", "WRIST"], "ARM": ["SHOULDER", "UPPER LIMB"], "THIGH": ["LEG", "HIP"],
            "LEG": ["KNEE", "ANKLE", "LOWER LIMB"]}
VIEWS = {"KNEE": ["AP", "Lat", "Skyline"], "SHOULDER": ["AP", "Axial", "Y view"], "HIP": ["AP", "Lat"], "ANKLE": ["AP", "Lat", "Mortise"],
         "FOOT": ["DP", "DP Obl", "Lat"], "HAND": ["PA", "PA Obl", "Lat"], "WRIST": ["PA", "Lat"], "ELBOW": ["AP", "Lat"],
         "FOREARM": ["AP", "Lat"], "ARM": ["AP", "Lat"], "THIGH": ["AP", "Lat"], "LEG": ["AP", "Lat"]}
VPOS = {"AP": "AP", "PA": "PA", "Lat": "LAT", "DP": "AP", "Axial": "", "Skyline": "", "Y view": "", "Mortise": "AP", "DP Obl": "",
        "PA Obl": "", "Obl": ""}


def limb_name(cx, code, extra=0.25):
    names = LIMB[code]
    return cx.c(names) if len(names) > 1 and cx.p(extra) else names[0]


def msk_xr(cx, code=None, s=None):
    code = code or cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 4 + ["SHOULDER"] * 3 +
                        ["HIP"] * 2 + ["ELBOW"] * 2 + ["FOREARM", "LEG", "THIGH", "ARM"])
    s = s or cx.c("LLLLRRRR")
    name, stem = limb_name(cx, code)
    cyname, g = CY_LIMB[code]
    sd = exam(cx, "XR", name, s, cyname, stem, g)
    why = f"{name.lower()} film: {code.lower()}, side {s} from the exam name"
    ser = []
    views = VIEWS[code] if name not in ("Scaphoid",) else ["PA ulnar dev", "Obl", "Lat", "PA 30 deg"]
    for vw in views[:cx.c([2, 2, 3])]:
        side_in = cx.p(0.2)
        desc = f"{name} {vw}" if not side_in else f"{name} {vw} {cx.c(['L', 'Lt', 'LT']) if s == 'L' else cx.c(['R', 'Rt', 'RT'])}"
        if cx.cfg["xr"] == "Agfa" and cx.p(0.3):
            desc = None
        m = xr_meta(cx, desc, VPOS.get(vw) or None, f"{code.title()} {vw}".upper() if cx.p(0.6) else name)
        if cx.p(0.35):
            m["ImageLaterality"] = s
        bpe(cx, m, cx.c(LIMB_BP[code]), LIMB_ALT[code], p_missing=0.28)
        ser.append(S(m, [code], s, why))
    return sd, ser


def msk_bilateral(cx):
    k = cx.c(["knees", "knees", "hands", "feet", "pelvis_hips", "longleg", "hips_mr", "hands_feet"])
    if k == "longleg":
        sd = exam(cx, "XR", cx.c(["Leg length", "Long leg alignment", "Lower limbs long leg standing"]), None, None, "LLEG")
        labels = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        why = "standing long-leg film of both legs, hip to ankle, both sides"
        ser = [S(xr_meta(cx, cx.c(["Long leg stitched", "Full leg AP", "LLA Standing"]), "AP", None, ImageType="DERIVED\\PRIMARY\\STITCHED"),
                 labels, "B", why)]
        for x in ser:
            bpe(cx, x["meta"], "LEG", ["LOWER LIMB", "EXTREMITY"])
        return sd, ser
    if k == "pelvis_hips":
        sd = exam(cx, "XR", cx.c(["Pelvis and both hips", "Pelvis & both hips", "Hips both"]), None, "Pelfis a'r ddwy glun", "PELH")
        why = "pelvis film of a both-hips order: pelvis and both hips"
        ser = [S(xr_meta(cx, cx.c(["AP Pelvis", "Pelvis AP", "PELVIS AP"]), "AP", "PELVIS"), ["PELVIS", "HIP"], "B", why)]
        for s in "LR":
            m = xr_meta(cx, f"Hip {cx.c(['Lat', 'Lateral'])} {s}", "LAT", "HIP", ImageLaterality=s)
            ser.append(S(m, ["HIP"], s, f"lateral of one hip in a both-hips order; side from ImageLaterality ({s})"))
        for x in ser:
            bpe(cx, x["meta"], x["labels"][0], ["PELVIS"] if "HIP" == x["labels"][0] else None)
        return sd, ser
    if k == "hips_mr":
        sd = exam(cx, "MR", cx.c(["Hips both", "Both hips", "Pelvis and hips"]), None, "Y ddwy glun", "HIPB")
        return sd, mr_exam(cx, "msk", ["HIP", "PELVIS"], "B", "MR of both hips: both hip joints and the pelvis between them",
                           bp="HIP", alt=["PELVIS"])
    if k == "hands_feet":
        sd = exam(cx, "XR", cx.c(["Hands and feet", "Hands and feet (RA)", "Hands & feet both"]), None, "Dwylo a thraed", "HAFE")
        ser = [S(xr_meta(cx, cx.c(["Hands PA", "Both hands DP"]), "PA", "HAND"), ["HAND"], "B", "rheumatology survey: both hands on one film"),
               S(xr_meta(cx, cx.c(["Feet DP", "Both feet DP"]), "AP", "FOOT"), ["FOOT"], "B", "rheumatology survey: both feet on one film")]
        for x in ser:
            bpe(cx, x["meta"], x["labels"][0], ["EXTREMITY"])
        return sd, ser
    code, word = {"knees": ("KNEE", cx.c(["Knees", "Knee"])), "hands": ("HAND", "Hands"), "feet": ("FOOT", cx.c(["Feet", "Feet weight bearing"]))}[k]
    sd = exam(cx, "XR", word, "B", CY_LIMB[code][0], word, "f")
    ser = [S(xr_meta(cx, f"{word} {cx.c(['AP standing', 'AP WB', 'AP'])}" if code == "KNEE" else f"{word} DP", "AP",
                     code.title(), ImageLaterality="B" if cx.p(0.3) else None), [code], "B", f"both {code.lower()}s on one film")]
    ser[0]["meta"] = {kk: vv for kk, vv in ser[0]["meta"].items() if vv is not None}
    for s in "LR":
        m = xr_meta(cx, f"{code.title()} Lat {s}" if cx.p(0.6) else f"{code.title()} Lat", "LAT", code.title(), ImageLaterality=s)
        ser.append(S(m, [code], s, f"one {code.lower()} of a both-sides order; side from ImageLaterality ({s})"))
    for x in ser:
        bpe(cx, x["meta"], code, ["EXTREMITY", "LOWER LIMB"])
    return sd, ser


def msk_mr(cx, code=None, s=None):
    code = code or cx.c(["KNEE"] * 6 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT"] * 2 +
                        ["ELBOW", "HAND", "THIGH", "LEG", "FOREARM"])
    s = s or cx.c("LLLRRR")
    name, stem = limb_name(cx, code, 0.1)
    cyname, g = CY_LIMB[code]
    after = cx.c(["", "", "", " arthrogram" if code in ("SHOULDER", "HIP", "WRIST") else "", " with contrast" if code == "THIGH" else ""])
    sd = exam(cx, "MR", name, s, cyname, stem, g, after)
    why = f"{code.lower()} MR, side {s} from the exam name"
    prot = {"Siemens": f"{name.lower()}_routine", "GE": f"{name.upper()} ROUTINE", "Philips": f"{name} standard",
            "Canon": f"{name.upper()}"}[cx.cfg["mr"]]
    return sd, mr_exam(cx, "msk", [code], s, why, bp=cx.c(LIMB_BP[code]), alt=LIMB_ALT[code], prot=prot)


def msk_us(cx):
    code, name, stem = cx.c([("SHOULDER", "Shoulder", "SHO"), ("SHOULDER", "Shoulder", "SHO"), ("ELBOW", "Elbow", "ELB"), ("WRIST", "Wrist", "WRI"),
                             ("HAND", "Hand", "HAN"), ("HIP", "Hip", "HIP"), ("KNEE", "Knee", "KNE"), ("ANKLE", "Achilles tendon", "ACH"),
                             ("FOOT", "Foot (Morton's neuroma)", "MOR"), ("THIGH", "Thigh soft tissue", "THI"), ("LEG", "Calf soft tissue", "CAF")])
    s = cx.c("LR")
    sd = exam(cx, "US", name, s, CY_LIMB[code][0], stem, CY_LIMB[code][1])
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, None, "MSK", name.split(" ")[0]]))
        bpe(cx, m, cx.c(LIMB_BP[code]), ["EXTREMITY", "SOFT TISSUE"], p_missing=0.45)
        if cx.p(0.25):
            m["Laterality"] = s
        ser.append(S({k: v for k, v in m.items() if v is not None}, [code], s, f"MSK ultrasound of the {code.lower()}, side {s} from the exam name"))
    return sd, ser


def theatre(cx):
    code, name, op = cx.c([("HIP", "Hip", "DHS"), ("HIP", "Hip", "Hemiarthroplasty"), ("WRIST", "Wrist", "ORIF distal radius"),
                           ("ANKLE", "Ankle", "ORIF"), ("THIGH", "Femur", "IM nail"), ("LEG", "Tibia", "IM nail"), ("HAND", "Hand", "K-wires"),
                           ("ELBOW", "Elbow", "MUA"), ("SHOULDER", "Clavicle", "ORIF"), ("FOREARM", "Forearm", "ORIF")])
    s = cx.c("LR")
    sw = side_en(cx, s)
    sd = cx.c([f"FL Theatre {name} {sw}", f"Theatre imaging {name} {sw}", f"Fluoroscopy in theatre - {op} {sw}", f"XR Theatre {name} {sw}"])
    if cx.style == "upper":
        sd = sd.upper()
    mk = cx.c(CARM)
    ser = []
    for d in cx.rng.sample(["Fluoro", "Single Shot", "Stored Image", "Last Image Hold", op], 2):
        m = {"Modality": cx.c(["RF", "XA"]), "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, cx.c(LIMB_BP[code]), ["EXTREMITY"], p_missing=0.5)
        ser.append(S(m, [code], s, f"image intensifier in theatre ({op}): {code.lower()}, side from the request"))
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.42:
        return msk_xr(cx)
    if r < 0.67:
        return msk_mr(cx)
    if r < 0.80:
        return msk_bilateral(cx)
    if r < 0.93:
        return msk_us(cx)
    return theatre(cx)


def spine(cx):
    r = cx.rng.random()
    reg = cx.c(["l"] * 5 + ["c"] * 3 + ["t", "w", "sij", "sac"])
    body, codes, cyb, stem = {
        "l": (cx.c(["Lumbar spine", "L spine", "Lumbar spine"]), ["LSPINE"], "Lumbar spine", "LSPI"),
        "c": (cx.c(["Cervical spine", "C spine", "Cervical spine"]), ["CSPINE"], "Cervical spine", "CSPI"),
        "t": (cx.c(["Thoracic spine", "T spine", "Dorsal spine"]), ["TSPINE"], "Thoracic spine", "TSPI"),
        "w": (cx.c(["Whole spine", "Whole spine", "Spine whole"]), WSPINE, "Whole spine", "WSPI"),
        "sij": (cx.c(["Sacroiliac joints", "SI joints"]), ["PELVIS"], None, "SIJS"),
        "sac": (cx.c(["Sacrum and coccyx", "Coccyx"]), ["PELVIS"], None, "SACR"),
    }[reg]
    cy = CY_REG.get(cyb) if cyb else None
    bp = {"LSPINE": "LSPINE", "CSPINE": "CSPINE", "TSPINE": "TSPINE", "PELVIS": cx.c(["PELVIS", "SACRUM", "COCCYX"])}[codes[0]] if len(codes) == 1 else "SPINE"
    alt = ["SPINE", "ABDOMEN"] if codes == ["LSPINE"] else ["SPINE", "NECK"] if codes == ["CSPINE"] else ["SPINE", "CHEST"] if codes == ["TSPINE"] else ["SPINE", "WHOLEBODY"] if len(codes) == 3 else ["LSPINE", "SPINE"]
    why = f"{body.lower()}: " + "+".join(c.lower() for c in codes)
    if r < 0.55 or reg == "w":
        sd = exam(cx, "MR", body, None, cy, stem, after=cx.c(["", "", " with contrast" if reg != "sij" else "", " (cauda equina)" if reg == "l" else ""]))
        ser = mr_exam(cx, "spine", codes, None, why + " (MR)", bp=bp, alt=alt)
        return sd, ser
    if r < 0.85:
        sd = exam(cx, "XR", body, None, cy, stem, after=cx.c(["", "", " flexion/extension" if reg == "c" else ""]))
        ser = []
        for vw in cx.rng.sample(["AP", "Lat", "Lat coned L5/S1" if reg == "l" else "Peg view" if reg == "c" else "Lateral"], 2):
            m = xr_meta(cx, f"{body} {vw}" if cx.p(0.7) else vw, VPOS.get(vw.split(" ")[0]) or None, body.upper())
            bpe(cx, m, bp, alt, p_missing=0.3)
            ser.append(S(m, codes, None, why + " (film)"))
        return sd, ser
    sd = exam(cx, "CT", body, None, cy, stem)
    return sd, ct_exam(cx, codes, why + " (CT)", recons(cx, "spine"), bp, alt)


# ---------------------------------------------------------------- breast
def mg_meta(cx, desc, s, view, **kw):
    make = MG_MAKE[cx.cfg["mg"]]
    m = {"Modality": "MG", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "ImageLaterality": s, "ViewPosition": view}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


def screening_name(cx):
    st = cx.site
    if st == "wal":
        return cx.c(["Breast Test Wales Screening", "Bron Brawf Cymru - Sgrinio", "MG Breast screening both / Mamogram sgrinio"])
    if st == "sco":
        return cx.c(["Scottish Breast Screening Programme", "MG Breast screening", "SBSP Mammogram"])
    if st == "ni":
        return cx.c(["NIBSP Screening Mammogram", "MG Screening Mammography Bilateral"])
    if st.startswith("ie"):
        return cx.c(["BREASTCHECK SCREENING MAMMOGRAM", "MAMMO SCREENING BILATERAL", "BreastCheck Screening"])
    if st == "uk-indep":
        return cx.c(["Private Screening Mammogram Bilateral", "MG Mammogram both"])
    return cx.c(["NHSBSP Screening", "MG Breast screening", "Mammo NHSBSP Routine Screen", "XR Mammogram screening both"])


def breast(cx):
    r = cx.rng.random()
    mgv = cx.cfg["mg"]
    if r < 0.42:
        sd = screening_name(cx)
        if cx.style == "upper":
            sd = sd.upper()
        ser = []
        tomo = mgv == "Hologic" and cx.p(0.3)
        for s in "RL":
            for v in ("CC", "MLO"):
                d = cx.c([f"{s} {v}", f"{s}{v}", f"{'Right' if s == 'R' else 'Left'} {v}" if mgv != "Hologic" else f"{s} {v}"])
                m = mg_meta(cx, d, s, v, ImageType="ORIGINAL\\PRIMARY\\")
                bpe(cx, m, "BREAST", None, p_missing=0.15)
                ser.append(S(m, ["BREAST"], s, f"screening mammogram, one breast per image (ImageLaterality {s})"))
                if tomo:
                    m = mg_meta(cx, cx.c([f"{s} {v} Tomosynthesis Reconstruction", f"C-View {s} {v}"]), s, v,
                                ImageType="DERIVED\\PRIMARY\\TOMO\\GENERATED_2D" if "C-View" in d else "DERIVED\\PRIMARY\\TOMOSYNTHESIS")
                    bpe(cx, m, "BREAST", None, p_missing=0.15)
                    ser.append(S(m, ["BREAST"], s, "tomosynthesis/synthesised view of one breast"))
        cx.rng.shuffle(ser)
        return sd, ser
    if r < 0.58:
        s = cx.c("LRB")
        sd = exam(cx, "MG", cx.c(["Mammogram", "Mammography", "Breast"]), s, "Bron", "MAMM", "f",
                  after=cx.c(["", " symptomatic", " (one stop clinic)"]))
        ser = []
        for side in ("RL" if s == "B" else s):
            for v in cx.c([("CC", "MLO"), ("CC", "MLO", "ML"), ("MLO",)]):
                m = mg_meta(cx, cx.c([f"{side} {v}", f"{side}{v}", None]), side, v)
                m = {kk: vv for kk, vv in m.items() if vv is not None}
                bpe(cx, m, "BREAST", None, p_missing=0.2)
                ser.append(S(m, ["BREAST"], side, f"symptomatic mammogram image of one breast (ImageLaterality {side})"))
        return sd, ser
    if r < 0.78:
        s = cx.c("LLRRB")
        body = cx.c(["Breast", "Breast and axilla", "Breast"])
        sd = exam(cx, "US", body, s, "Bron", "BREA", "f")
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Breast", "BREAST"]))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.4)
            if s != "B" and cx.p(0.3):
                m["Laterality"] = s
            ser.append(S(m, ["BREAST"], s, f"breast ultrasound, side {s} of the order"))
        return sd, ser
    if r < 0.9:
        sd = exam(cx, "MR", cx.c(["Breasts", "Breast both", "Breast bilateral", "Breast implants"]), None, "Bronnau", "BREB",
                  after=cx.c(["", " with contrast", " (high risk screening)"]))
        v = cx.cfg["mr"]
        names = {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dyn", "t1_fl3d_tra_dyn_SUB", "ep2d_diff_tra", "MIP_SUB"],
                 "GE": ["3-Plane Loc", "Ax T2 IDEAL", "Ax VIBRANT Multiphase", "Ax VIBRANT SUB", "Ax DWI", "MIP"],
                 "Philips": ["Survey", "T2W_TSE_TRA", "eTHRIVE_dyn", "SUB_eTHRIVE", "DWI", "MIP"],
                 "Canon": ["Locator", "T2 AX", "DYN 3D", "DYN SUB", "DWI", "MIP"]}[v]
        ser = []
        for d in cx.rng.sample(names, 4):
            m = mr_meta(cx, d, scan_of(d))
            if "SUB" in d or "MIP" in d:
                m["ImageType"] = "DERIVED\\PRIMARY\\SUBTRACTION" if "SUB" in d else "DERIVED\\PRIMARY\\MIP"
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.3, p_alt=0.25)
            ser.append(S(m, ["BREAST"], "B", "breast MR images both breasts"))
        return sd, ser
    s = cx.c("LR")
    sw = side_en(cx, s)
    sd = cx.c([f"MG Stereotactic biopsy {sw}", f"XR Breast specimen {sw}", f"MG Vacuum assisted biopsy {sw}", f"MG Wire localisation {sw}"])
    if cx.style == "upper":
        sd = sd.upper()
    ser = []
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post fire", "Specimen"][:cx.c([2, 3, 5])]:
        m = mg_meta(cx, d, s, cx.c(["CC", "ML", "LM"]) if d != "Specimen" else "")
        if d == "Specimen":
            m.pop("ViewPosition")
        bpe(cx, m, "BREAST", None, p_missing=0.2)
        ser.append(S(m, ["BREAST"], s, "breast biopsy or specimen image of one breast, side from the order"))
    return sd, ser


# ---------------------------------------------------------------- axial families
def neuro(cx):
    r = cx.rng.random()
    if r < 0.3:
        sd = exam(cx, "CT", "Head", None, "Pen", "HEAD", after=cx.c(["", "", " non contrast", " (NICE head injury)"]))
        return sd, ct_exam(cx, ["HEAD"], "head CT", recons(cx, "head"), "HEAD", ["BRAIN", "SKULL"])
    if r < 0.5:
        # stroke pathway: plain head, CT angiogram arch to vertex, perfusion
        sd = cx.c(["CT Stroke protocol", "CT Head + CTA arch to vertex (stroke)", "CT Code Stroke", "CT Head and CTA (thrombectomy)"])
        if cx.style == "upper":
            sd = sd.upper()
        ser = ct_exam(cx, ["HEAD"], "stroke pathway: unenhanced head CT", recons(cx, "head"), "HEAD", ["BRAIN"], scout_lab=["HEAD", "NECK"])
        v = cx.cfg["ct"]
        cta = {"Siemens": "CTA Arch-Vertex  1.0  Bv36", "GE": "CTA 0.625 Arch to Vertex", "Canon": "CTA H&N 0.5 FC43",
               "Philips": "CTA Carotids iDose (B)"}[v]
        m = ct_meta(cx, cta, {"Siemens": "Bv36", "GE": "STANDARD", "Canon": "FC43", "Philips": "B"}[v], "0.625",
                    ContrastBolusAgent=cx.c(["Omnipaque 350", "Visipaque 320"]))
        bpe(cx, m, "HEAD", ["NECK", "HEADNECK", "CAROTID"], p_missing=0.35, p_alt=0.3)
        ser.append(S(m, ["HEAD", "NECK"], None, "CT angiogram arch to vertex: neck vessels and circle of Willis"))
        if cx.p(0.5):
            m = ct_meta(cx, cx.c(["CTA MIP cor", "MIP Circle of Willis", "CoW MIP"]), None, "10", ImageType="DERIVED\\SECONDARY\\MIP")
            ser.append(S(m, ["HEAD"], None, "MIP of the intracranial vessels"))
        if cx.p(0.5):
            m = ct_meta(cx, cx.c(["Perfusion 4D", "CTP Brain", "RAPID CBF", "Perfusion Maps"]), None, "5")
            bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.4)
            ser.append(S(m, ["HEAD"], None, "CT perfusion of the brain"))
        return sd, ser
    if r < 0.82:
        body = cx.c(["Head", "Brain", "Head", "Brain with contrast", "Head (stroke)", "Head MS protocol"])
        sd = exam(cx, "MR", body, None, "Pen", "HEAD")
        return sd, mr_exam(cx, "neuro", ["HEAD"], None, "brain MR", bp="HEAD", alt=["BRAIN"], n=cx.c([3, 4, 5]))
    body, stem = cx.c([("IAMs", "IAMS"), ("Internal auditory meati", "IAMS"), ("Pituitary", "PITU"), ("Orbits", "ORBI"), ("Head and IAMs", "HIAM")])
    sd = exam(cx, "MR", body, None, None, stem)
    return sd, mr_exam(cx, "neuro", ["HEAD"], None, f"MR of the {body.lower()}: head", bp=cx.c(["HEAD", "BRAIN", "IAC"]), n=3)


def headneck(cx):
    k = cx.c(["thy", "thy", "neckus", "neckct", "neckmr", "sinus", "saliv", "neckthorax"])
    if k in ("thy", "neckus", "saliv"):
        body, labels, bp = {"thy": (cx.c(["Thyroid", "Thyroid and neck"]), ["NECK"], cx.c(["NECK", "THYROID"])),
                            "neckus": (cx.c(["Neck", "Neck lymph nodes", "Neck lump"]), ["NECK"], "NECK"),
                            "saliv": (cx.c(["Salivary glands", "Parotid and submandibular glands"]), ["HEAD", "NECK"], None)}[k]
        sd = exam(cx, "US", body, None, CY_REG["Thyroid"] if k == "thy" else CY_REG["Neck"] if k == "neckus" else None, body[:4])
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Thyroid", "Small Parts", "Neck"]) if k != "saliv" else cx.c([None, "Small Parts"]))
            bpe(cx, m, bp, ["HEAD"] if k != "saliv" else None, p_missing=0.4)
            ser.append(S({kk: v for kk, v in m.items() if v is not None}, labels, None,
                         "neck ultrasound" if k != "saliv" else "salivary glands: parotids in the face, submandibular glands in the neck"))
        return sd, ser
    if k == "neckct":
        sd = exam(cx, "CT", cx.c(["Neck with contrast", "Neck", "Soft tissue neck"]), None, "Gwddf", "NECK")
        return sd, ct_exam(cx, ["NECK"], "soft-tissue neck CT", recons(cx, "neck"), "NECK", ["HEAD", "HEADNECK"], contrast=True)
    if k == "neckthorax":
        sd = exam(cx, "CT", cx.c(["Neck and thorax with contrast", "Neck and chest"]), None, None, "NETH")
        return sd, ct_exam(cx, ["NECK", "CHEST"], "neck and thorax CT (head and neck cancer staging)", recons(cx, "cap"), "NECK", ["CHEST"],
                           contrast=True)
    if k == "neckmr":
        sd = exam(cx, "MR", cx.c(["Neck", "Neck soft tissue", "Head and neck"]), None, None, "NECK")
        labels = ["HEAD", "NECK"] if "Head" in sd or "HEAD" in sd else ["NECK"]
        return sd, mr_exam(cx, "body", labels, None, "MR of the neck" + (" with the head" if len(labels) == 2 else ""),
                           bp="NECK", alt=["HEAD"], n=3)
    sd = exam(cx, "CT", cx.c(["Sinuses", "Paranasal sinuses", "Facial bones"]), None, None, "SINU")
    return sd, ct_exam(cx, ["HEAD"], "sinus/facial CT: head", recons(cx, "face"), cx.c(["SINUS", "HEAD"]), ["HEAD"])


def chest(cx):
    r = cx.rng.random()
    if r < 0.45:
        sd = exam(cx, "XR", cx.c(["Chest", "Chest", "Chest", "Chest PA", "Chest mobile"]), None, "Brest", "CHES")
        ser = []
        for vw in (["PA"] if cx.p(0.8) else ["PA", "Lat"]):
            m = xr_meta(cx, cx.c([f"Chest {vw}", f"CHEST {vw}", "Thorax PA" if vw == "PA" else "Thorax Lat", None]), vw, "CHEST")
            m = {k: v for k, v in m.items() if v is not None}
            bpe(cx, m, "CHEST", ["THORAX", "LUNG"], p_missing=0.25)
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    body, why = cx.c([("Thorax with contrast", "chest CT"), ("Pulmonary angiogram", "CTPA: pulmonary arteries, chest"),
                      ("Thorax HRCT", "high-resolution chest CT"), ("Thorax low dose (TLHC)", "lung screening CT of the chest"),
                      ("Chest", "chest CT"), ("Thorax", "chest CT")])
    sd = exam(cx, "CT", body, None, "Brest", "THOR")
    return sd, ct_exam(cx, ["CHEST"], why, recons(cx, "chest"), "CHEST", ["LUNG", "THORAX"], contrast="contrast" in body or "angio" in body)


def cardio(cx):
    r = cx.rng.random()
    if r < 0.5:
        sd = exam(cx, "CT", cx.c(["Coronary angiogram", "Cardiac (CTCA)", "Calcium score and coronary angiogram"]), None, None, "CORO")
        v = cx.cfg["ct"]
        names = {"Siemens": ["CaScore  3.0  Qr36", "Cardiac  0.75  Bv40  BestDiast 70%", "Cardiac  0.75  Bv40  BestSyst 45%"],
                 "GE": ["Smart Score 2.5mm", "75% 0.625 STND SnapShot Freeze", "Cardiac MultiPhase"],
                 "Canon": ["CaScore 3.0 FC12", "CARDIAC 0.5 75% FC43", "CARDIAC 0.5 BestPhase"],
                 "Philips": ["Calcium Scoring", "Cardiac 0.9 iDose XCB 78%", "Cardiac Best Diastolic"]}[v]
        ser = ct_exam(cx, ["CHEST"], "coronary CT: heart in the chest", [(d, None, "0.625") for d in names], "HEART", ["CHEST", "CARDIAC"],
                      contrast=True)
        return sd, ser
    if r < 0.85:
        sd = exam(cx, "MR", cx.c(["Cardiac", "Heart with contrast", "Cardiac stress perfusion"]), None, None, "CARD")
        v = cx.cfg["mr"]
        names = {"Siemens": ["localizer", "trufi_loc_multi", "cine_tf2d_4ch", "cine_tf2d_sa", "tfl_psir_LGE", "MOLLI T1 map"],
                 "GE": ["3-Plane Loc", "FIESTA CINE 4CH", "FIESTA CINE SA", "MDE PSIR", "T1 map MOLLI"],
                 "Philips": ["Survey", "BTFE_4CH", "BTFE_SA", "PSIR_LGE", "T1map_MOLLI"],
                 "Canon": ["Locator", "CINE 4CH", "CINE SAX", "LGE PSIR", "T1 MAP"]}[v]
        return sd, [S(mr_meta(cx, d, "GR"), ["CHEST"], None, "cardiac MR: heart in the chest") for d in cx.rng.sample(names, 3)]
    sd = cx.c(["US Echocardiogram", "Echo transthoracic"])
    return sd, [S(us_meta(cx, cx.c([None, "Cardiac", "Adult Echo"])), ["CHEST"], None, "transthoracic echo: heart in the chest")]


def abdo(cx):
    k = cx.c(["usabd", "usabd", "usabdpel", "uskub", "uspel", "ustest", "axr", "ctap", "ctap", "ctkub", "ctc", "mrcp", "mrliver", "mrpelvis"])
    if k.startswith("us"):
        body, labels, why, bp, cy = {
            "usabd": (cx.c(["Abdomen", "Upper abdomen", "Liver", "Gallbladder"]), ["ABDOMEN"], "upper abdominal ultrasound", "ABDOMEN", "Abdomen"),
            "usabdpel": (cx.c(["Abdomen and pelvis", "Abdo and pelvis"]), AP_, "abdomen and pelvis ultrasound", "ABDOMEN", "Abdomen and pelvis"),
            "uskub": (cx.c(["KUB", "Renal tract", "Kidneys and bladder"]), AP_, "urinary tract ultrasound: kidneys and bladder", "KIDNEY", "Kidneys"),
            "uspel": (cx.c(["Pelvis transvaginal", "Pelvis TA and TV", "Pelvis (gynae)"]), ["PELVIS"], "pelvic ultrasound", "PELVIS", "Pelvis"),
            "ustest": (cx.c(["Testes", "Scrotum"]), ["PELVIS"], "scrotal ultrasound (the set's convention: pelvis)", "SCROTUM", None),
        }[k]
        sd = exam(cx, "US", body, None, CY_REG.get(cy) if cy else None, body[:4])
        ser = []
        for _ in range(cx.c([1, 1, 2])):
            m = us_meta(cx, cx.c({"usabd": [None, None, "Abdomen", "ABD", "General"], "usabdpel": [None, "Abdomen", "General"],
                                  "uskub": [None, "Renal", "Abdomen"], "uspel": [None, "Gyn", "TV"], "ustest": [None, "Small Parts", "Testes"]}[k]))
            bpe(cx, m, bp, ["ABDOMEN"] if k != "usabd" else None, p_missing=0.4)
            ser.append(S({kk: v for kk, v in m.items() if v is not None}, labels, None, why))
        return sd, ser
    if k == "axr":
        sd = exam(cx, "XR", cx.c(["Abdomen", "Abdomen", "Abdo supine"]), None, "Abdomen", "ABDO")
        m = xr_meta(cx, cx.c(["Abdomen AP", "ABDOMEN SUPINE", None]), "AP", "ABDOMEN")
        m = {kk: v for kk, v in m.items() if v is not None}
        bpe(cx, m, "ABDOMEN", None)
        return sd, [S(m, AP_, None, "supine abdominal film: diaphragm to symphysis, abdomen and pelvis")]
    if k in ("ctap", "ctkub", "ctc"):
        body, why, contrast = {"ctap": (cx.c(["Abdomen and pelvis with contrast", "Abdo pelvis with contrast", "Abdomen pelvis"]),
                                        "abdomen and pelvis CT", True),
                               "ctkub": ("KUB", "CT KUB for stones: abdomen and pelvis", False),
                               "ctc": (cx.c(["Colonography", "Colon (CTC)"]), "CT colonography: abdomen and pelvis", False)}[k]
        sd = exam(cx, "CT", body, None, "Abdomen a pelfis" if k == "ctap" else None, body[:4])
        ser = ct_exam(cx, AP_, why, recons(cx, "abd"), "ABDOMEN", ["PELVIS", "ABDOMENPELVIS", "KIDNEY"], contrast=contrast)
        if k == "ctc":
            for pos in ("Prone", "Supine"):
                m = ct_meta(cx, f"{pos} 1.0 CTC", None, "1", PatientPosition="FFP" if pos == "Prone" else "FFS")
                ser.append(S(m, AP_, None, "CT colonography position scan: abdomen and pelvis"))
        return sd, ser
    if k == "mrcp":
        sd = exam(cx, "MR", cx.c(["MRCP", "Pancreas", "Liver with contrast"]), None, None, "MRCP")
        return sd, mr_exam(cx, "body", ["ABDOMEN"], None, "MRCP/liver/pancreas MR: abdomen", bp=cx.c(["ABDOMEN", "LIVER", "PANCREAS"]), n=4)
    if k == "mrliver":
        sd = exam(cx, "MR", cx.c(["Liver", "Adrenals", "Kidneys"]), None, None, "LIVE")
        return sd, mr_exam(cx, "body", ["ABDOMEN"], None, "upper abdominal MR", bp="ABDOMEN", alt=["LIVER"], n=3)
    sd = exam(cx, "MR", cx.c(["Pelvis", "Pelvis (gynae)", "Pelvis fistula", "Pelvis endometriosis"]), None, "Pelfis", "PELV")
    return sd, mr_exam(cx, "body", ["PELVIS"], None, "pelvic MR", bp="PELVIS", n=3)


def obs(cx):
    k = cx.c(["early", "dating", "nt", "anomaly", "anomaly", "growth", "growth", "doppler", "fetalmr"])
    if k == "fetalmr":
        sd = exam(cx, "MR", cx.c(["Fetal", "Fetus (obstetric)"]), None, None, "FETA")
        return sd, mr_exam(cx, "body", AP_, None, "fetal MR in the second half of pregnancy: gravid uterus fills abdomen and pelvis",
                           bp=cx.c(["ABDOMEN", "PELVIS", "FETUS"]), n=3)
    body, labels, why = {
        "early": (cx.c(["Early pregnancy", "Early pregnancy TV", "Pregnancy viability (EPU)"]), ["PELVIS"], "early pregnancy scan: uterus in the pelvis"),
        "dating": (cx.c(["Obstetric dating", "Obs dating scan"]), ["PELVIS"], "first-trimester dating scan: uterus in the pelvis"),
        "nt": (cx.c(["Obs nuchal translucency", "Obstetric 11-14 week combined screening"]), ["PELVIS"], "11-14 week scan: uterus still in the pelvis"),
        "anomaly": (cx.c(["Obstetric anomaly 20 week", "Obs fetal anomaly (FASP)", "Obs 18+0 - 20+6 anomaly"]), AP_,
                    "mid-trimester scan: gravid uterus reaches the umbilicus, abdomen and pelvis"),
        "growth": (cx.c(["Obstetric growth", "Obs growth and liquor", "Obs growth (twins)"]), AP_, "third-trimester growth scan: abdomen and pelvis"),
        "doppler": (cx.c(["Obs umbilical artery Doppler", "Obstetric Doppler"]), AP_, "third-trimester Doppler: abdomen and pelvis"),
    }[k]
    sd = exam(cx, "US", body, None, CY_REG["Obstetric"], body[:4])
    if cx.site.startswith("ie") and cx.p(0.4):
        sd = cx.c(["OB ANATOMY SCAN", "OBSTETRIC ULTRASOUND"]) if labels == AP_ else cx.c(["EARLY PREGNANCY ULTRASOUND", "OB DATING SCAN"])
    ser = []
    for _ in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, "OB", "Obstetric", "OB 2/3", "OB 1", "Fetal Echo"]) if labels == AP_ else cx.c([None, "OB 1", "Early OB", "TV"]))
        if cx.cfg["us"] in ("GE",) and cx.p(0.6):
            m["ManufacturerModelName"] = cx.c(["Voluson E10", "Voluson Expert 22", "Voluson E8"])
        bpe(cx, m, cx.c(["ABDOMEN", "PELVIS", "FETUS", "UTERUS"]), None, p_missing=0.5)
        ser.append(S({kk: v for kk, v in m.items() if v is not None}, labels, None, why))
    return sd, ser


def pet_meta(cx, desc, **kw):
    make = NM_MAKE[cx.cfg["nm"]]
    m = {"Modality": "PT", "Manufacturer": make[2], "ManufacturerModelName": cx.c(make[3]), "SeriesDescription": desc}
    m.update(kw)
    return m


def onc(cx):
    r = cx.rng.random()
    if r < 0.45:
        tracer = cx.c(["FDG", "FDG", "FDG", "PSMA", "Ga-68 DOTATATE"])
        sd = cx.c([f"PET-CT {tracer} skull base to thigh", f"PET CT Whole body {tracer}", f"NM PET/CT {tracer} half body", f"PET/CT {tracer}"])
        if cx.style == "upper":
            sd = sd.upper()
        v = cx.cfg["nm"]
        ser = []
        pet_names = (["PET WB AC", "PET WB NAC", "PET WB MIP"] if v == "Siemens" else ["WB 3D MAC", "WB NAC", "MIP"])
        for d in pet_names:
            m = pet_meta(cx, d, ImageType="ORIGINAL\\PRIMARY" if "MIP" not in d else "DERIVED\\SECONDARY\\MIP")
            bpe(cx, m, "WHOLEBODY", ["CHEST", "LUNG", "HEAD", "ABDOMEN", "TORSO"], p_missing=0.3, p_alt=0.3)
            ser.append(S(m, WB, None, f"{tracer} PET of skull base to thigh: whole body"))
        make = NM_MAKE[v]
        for d, k in [("CT WB 3.0 B31f" if v == "Siemens" else "CTAC 3.75 Std", "B31f" if v == "Siemens" else "STANDARD"),
                     ("Topogram  0.6  T20f" if v == "Siemens" else "Scout", None)]:
            m = {"Modality": "CT", "Manufacturer": make[2], "ManufacturerModelName": cx.c(make[3]), "SeriesDescription": d}
            if k:
                m["ConvolutionKernel"] = k
            bpe(cx, m, "WHOLEBODY", ["CHEST", "TORSO"], p_missing=0.3, p_alt=0.3)
            ser.append(S(m, WB, None, "CT of the PET/CT, skull base to thigh: whole body"))
        m = {"Modality": "CT", "Manufacturer": make[2], "ManufacturerModelName": cx.c(make[3]),
             "SeriesDescription": "CT Lung 1.0 B70f" if v == "Siemens" else "Lung 1.25", "ConvolutionKernel": "B70f" if v == "Siemens" else "LUNG"}
        ser.append(S(m, ["CHEST"], None, "lung-window recon of the PET/CT: chest"))
        ser.append(S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": "Radiation Dose Information"}, [],
                     None, "dose structured report: no anatomy", img=False))
        return sd, ser
    if r < 0.75:
        sd = exam(cx, "CT", cx.c(["Thorax abdo pelvis with contrast", "Chest abdomen pelvis with contrast", "TAP staging", "CAP"]), None,
                  None, "CAPC")
        ser = ct_exam(cx, CAP, "chest, abdomen and pelvis staging CT", recons(cx, "cap"), cx.c(["CHEST", "ABDOMEN", "CHESTABDPELVIS", "TORSO"]),
                      ["CHEST", "ABDOMEN"], contrast=True)
        return sd, ser
    if r < 0.9:
        sd = exam(cx, "MR", cx.c(["Prostate multiparametric", "Prostate (PIRADS)", "Rectum staging"]), None, None, "PROS")
        return sd, mr_exam(cx, "body", ["PELVIS"], None, "prostate/rectal MR: pelvis", bp=cx.c(["PELVIS", "PROSTATE"]), n=4)
    sd = exam(cx, "MR", cx.c(["Whole body", "Whole body (myeloma)"]), None, None, "WBMR")
    return sd, mr_exam(cx, "body", WB, None, "whole-body MR: all five axial regions", bp="WHOLEBODY", alt=["CHEST"], n=3)


def trauma(cx):
    r = cx.rng.random()
    if r < 0.4:
        sd = cx.c(["CT Trauma (polytrauma) head to thigh", "CT Major trauma protocol", "CT Head C spine Chest Abdo Pelvis (trauma)",
                   "CT Whole body trauma"])
        if cx.style == "upper":
            sd = sd.upper()
        v = cx.cfg["ct"]
        ser = []
        scout = {"Siemens": "Topogram  0.6  T20f", "Philips": "Surview", "GE": "Scout", "Canon": "Scanogram"}[v]
        m = ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        bpe(cx, m, "WHOLEBODY", ["HEAD", "CHEST"], p_missing=0.3, p_alt=0.3)
        ser.append(S(m, WB, None, "whole-body trauma scout: vertex to thigh"))
        parts = [("Head", ["HEAD"], "head of the trauma CT", "HEAD", "Hr38" if v == "Siemens" else "STANDARD"),
                 ("C-Spine", ["CSPINE"], "cervical spine recon of the trauma CT", "CSPINE", "Br64" if v == "Siemens" else "BONE"),
                 ("Body", CAP, "chest, abdomen and pelvis of the trauma CT", "CHEST", "Br40" if v == "Siemens" else "STANDARD"),
                 ("T+L Spine", ["TSPINE", "LSPINE"], "thoracolumbar spine reformat of the trauma CT", "SPINE", "Br64" if v == "Siemens" else "BONE"),
                 ("Lung", ["CHEST"], "lung recon of the trauma CT", "CHEST", "Bl57" if v == "Siemens" else "LUNG")]
        for name, labels, why, bp, kern in parts:
            d = {"Siemens": f"{name}  2.0  {kern}  3", "GE": f"{name} 1.25 {kern[:4]}", "Canon": f"{name} 1.0", "Philips": f"{name} iDose (B)"}[v]
            m = ct_meta(cx, d, kern, "2")
            bpe(cx, m, bp, ["WHOLEBODY", "CHEST"], p_missing=0.35, p_alt=0.25)
            ser.append(S(m, labels, None, why))
        ser.append(S({"Modality": "CT", "Manufacturer": CT_MAKE[v][0], "SeriesDescription": "Dose Report" if v != "Siemens" else "Patient Protocol"},
                     [], None, "dose page: no anatomy", img=False))
        return sd, ser
    if r < 0.6:
        k = cx.c(["cspine", "face", "cspine"])
        if k == "cspine":
            sd = exam(cx, "CT", "Cervical spine", None, "Asgwrn cefn gyddfol", "CSPI", after=cx.c(["", " (Canadian C-spine rule)"]))
            return sd, ct_exam(cx, ["CSPINE"], "cervical spine CT after trauma", recons(cx, "spine"), "CSPINE", ["NECK", "SPINE"])
        sd = exam(cx, "CT", cx.c(["Facial bones", "Face and orbits", "Mandible"]), None, None, "FACE")
        return sd, ct_exam(cx, ["HEAD"], "facial bones CT: head", recons(cx, "face"), cx.c(["HEAD", "FACE", "SKULL"]), ["HEAD"])
    if r < 0.8:
        code = cx.c(["HIP", "WRIST", "ANKLE", "HAND", "ELBOW", "SHOULDER", "FOOT", "KNEE", "LEG", "FOREARM", "ARM", "THIGH"])
        return msk_xr(cx, code)
    k = cx.c(["chest", "pelvis", "cspine", "ribs"])
    body, labels, bp = {"chest": ("Chest (trauma)", ["CHEST"], "CHEST"), "pelvis": ("Pelvis", ["PELVIS"], "PELVIS"),
                        "cspine": ("Cervical spine", ["CSPINE"], "CSPINE"), "ribs": ("Ribs", ["CHEST"], "RIBS")}[k]
    sd = exam(cx, "XR", body, None, None, body[:4])
    m = xr_meta(cx, cx.c([f"{body.split(' ')[0]} AP", "AP", f"{body.split(' ')[0].upper()} AP"]), "AP", body.split(" ")[0].upper())
    bpe(cx, m, bp, ["CHEST"] if k == "ribs" else None)
    return sd, [S(m, labels, None, f"ED film: {labels[0].lower()}")]


def xa_meta(cx, desc, **kw):
    mk = cx.c(XA_MAKE)
    m = {"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": desc}
    m.update(kw)
    return m


def ir(cx):
    k = cx.c(["cerebral", "thromb", "legangio", "evar", "tace", "neph", "picc", "uae", "biopsyliver", "ctlungbx", "dvt", "dvt",
              "carotid", "aaa", "runoff", "ctaaorta", "venous"])
    if k in ("cerebral", "thromb"):
        sd = cx.c(["IR Cerebral angiogram", "IR Mechanical thrombectomy", "IR Diagnostic cerebral DSA"]) if k == "cerebral" else \
            cx.c(["IR Mechanical thrombectomy", "IR Thrombectomy (stroke)"])
        ser = [S(xa_meta(cx, d), ["HEAD"], None, "cerebral angiography run: head") for d in
               cx.rng.sample(["ICA Lt AP", "ICA Rt Lat", "VA AP", "3D Rotational", "Roadmap", "DSA 2 F/s", "Final run"], 3)]
        for x in ser:
            bpe(cx, x["meta"], cx.c(["HEAD", "BRAIN"]), None, p_missing=0.5)
        return sd, ser
    if k == "legangio":
        s = cx.c("LR")
        sw = side_en(cx, s)
        sd = cx.c([f"IR Lower limb angioplasty {sw}", f"IR Angiogram lower limb {sw}", f"IR SFA angioplasty {sw}"])
        runs = [("Iliac run", ["PELVIS"], None, "iliac run: pelvis"), ("SFA run", ["THIGH"], s, "superficial femoral artery run: thigh"),
                ("Popliteal run", ["KNEE"], s, "popliteal run: knee"), ("Crural vessels", ["LEG"], s, "tibial vessels run: leg"),
                ("Pedal arch", ["FOOT"], s, "pedal run: foot")]
        ser = []
        for d, lab, lat, why in cx.rng.sample(runs, 3):
            m = xa_meta(cx, d)
            bpe(cx, m, cx.c(["LOWER LIMB", "EXTREMITY", "LEG"]), None, p_missing=0.5)
            ser.append(S(m, lab, lat, why + f", side from the request ({sw})"))
        return sd, ser
    if k in ("evar", "tace", "neph", "picc", "uae"):
        sd, labels, runs, why = {
            "evar": ("IR EVAR", AP_, ["Aortogram", "Stent deployment", "Completion angiogram"], "EVAR: infrarenal aorta and iliacs, abdomen and pelvis"),
            "tace": ("IR TACE liver", ["ABDOMEN"], ["Coeliac DSA", "Hepatic artery", "Post embolisation"], "hepatic chemoembolisation: abdomen"),
            "neph": (cx.c(["IR Nephrostomy Lt", "IR Nephrostomy Rt"]), ["ABDOMEN"], ["Antegrade pyelogram", "Tube check"], "nephrostomy: kidney, abdomen"),
            "picc": ("IR PICC line insertion", ["CHEST"], ["Tip position", "Fluoro"], "PICC line: the stored image shows the catheter tip in the chest"),
            "uae": ("IR Uterine artery embolisation", ["PELVIS"], ["Pelvic DSA", "Lt UA", "Rt UA"], "uterine artery embolisation: pelvis"),
        }[k]
        if cx.style == "upper":
            sd = sd.upper()
        ser = [S(xa_meta(cx, d), labels, None, why) for d in cx.rng.sample(runs, 2)]
        for x in ser:
            bpe(cx, x["meta"], cx.c({"evar": ["ABDOMEN", "AORTA"], "tace": ["ABDOMEN", "LIVER"], "neph": ["KIDNEY", "ABDOMEN"],
                                     "picc": ["CHEST", "ARM"], "uae": ["PELVIS", "UTERUS"]}[k]), None, p_missing=0.5)
        return sd, ser
    if k == "biopsyliver":
        sd = exam(cx, "US", cx.c(["Guided liver biopsy", "Guided biopsy liver"]), None, None, "LIBX")
        return sd, [S(us_meta(cx, cx.c(["Abdomen", "Biopsy"])), ["ABDOMEN"], None, "ultrasound-guided liver biopsy: abdomen")]
    if k == "ctlungbx":
        sd = exam(cx, "CT", "Guided lung biopsy", None, None, "LUBX")
        return sd, ct_exam(cx, ["CHEST"], "CT-guided lung biopsy: chest", [("Biopsy 3.0", None, "3"), ("Needle check", None, "3")], "CHEST", ["LUNG"])
    if k in ("dvt", "venous"):
        s = cx.c("LLRRB") if k == "dvt" else cx.c("LR")
        body = "Doppler leg veins" if k == "dvt" else "Venous duplex leg (varicose veins)"
        sd = exam(cx, "US", cx.c([body, "Lower limb veins (DVT)" if k == "dvt" else body]), s, "Coes", "DVTL", "f")
        ser = []
        for _ in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Venous", "LEV", "Vascular"]))
            bpe(cx, m, cx.c(["LEG", "LOWER LIMB", "EXTREMITY"]), None, p_missing=0.4)
            if s != "B" and cx.p(0.3):
                m["Laterality"] = s
            ser.append(S({kk: v for kk, v in m.items() if v is not None}, ["THIGH", "KNEE", "LEG"], s,
                         "leg vein duplex from groin to calf: thigh, knee and leg"))
        return sd, ser
    if k == "carotid":
        sd = exam(cx, "US", cx.c(["Carotid Doppler", "Carotids", "Carotid duplex"]), None, None, "CARO")
        return sd, [S(us_meta(cx, cx.c(["Carotid", "Vascular"])), ["NECK"], None, "carotid duplex: neck")]
    if k == "aaa":
        sd = cx.c(["US AAA screening (NAAASP)", "US Aorta (AAA surveillance)", "US Abdominal aorta"])
        if cx.style == "upper":
            sd = sd.upper()
        return sd, [S(us_meta(cx, cx.c([None, "Aorta", "AAA"])) if cx.p(0.6) else us_meta(cx), ["ABDOMEN"], None,
                      "abdominal aortic aneurysm scan: abdomen")]
    if k == "runoff":
        sd = exam(cx, "CT", cx.c(["Angiogram lower limb run-off", "Peripheral angiogram (run off)", "Angio aorta and run-off legs"]), None, None, "RUNO")
        return sd, ct_exam(cx, RUNOFF, "run-off CTA from the renal arteries to the feet; both legs", recons(cx, "cta"),
                           cx.c(["LOWER LIMB", "ABDOMEN", "EXTREMITY"]), None, contrast=True, lat="B") + [
            S(ct_meta(cx, cx.c(["Runoff MIP", "MIP legs"]), None, "10", ImageType="DERIVED\\SECONDARY\\MIP"), RUNOFF, "B",
              "MIP of the run-off: renal arteries to feet, both legs")]
    sd = exam(cx, "CT", cx.c(["Aortic angiogram", "Aorta (dissection protocol)", "Angiogram aorta"]), None, None, "AORT")
    return sd, ct_exam(cx, CAP, "whole-aorta CTA: chest, abdomen and pelvis", recons(cx, "cta"), "CHEST", ["AORTA", "ABDOMEN"], contrast=True)


def fluoro(cx):
    mk = cx.c(FL_MAKE)
    k = cx.c(["swallow", "vfss", "enema", "hsg", "arthro", "loopo", "mcug", "proct", "sialo", "sbft"])
    if k == "arthro":
        code, name = cx.c([("SHOULDER", "Shoulder"), ("SHOULDER", "Shoulder"), ("HIP", "Hip"), ("WRIST", "Wrist")])
        s = cx.c("LR")
        sd = exam(cx, "FL", f"Arthrogram {name.lower()}", s, None, "AR" + name[:3])
        ser = []
        for d in ["Fluoro", cx.c(["Injection", "Spot", "LIH"])]:
            m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, code, ["EXTREMITY"], p_missing=0.5)
            ser.append(S(m, [code], s, f"{code.lower()} arthrogram injection; side from the exam name"))
        return sd, ser
    body, labels, runs, why = {
        "swallow": (cx.c(["Barium swallow", "Contrast swallow (water soluble)"]), ["NECK", "CHEST"], ["Swallow AP", "Swallow Lat", "Oesophagus"],
                    "swallow: pharynx to cardia, neck and chest"),
        "vfss": (cx.c(["Videofluoroscopy swallow (SLT)", "Video fluoroscopy"]), ["HEAD", "NECK"], ["VFS Lat", "Oral phase", "Pharyngeal"],
                 "videofluoroscopic swallow: mouth and pharynx, head and neck"),
        "enema": (cx.c(["Barium enema", "Contrast enema"]), AP_, ["Enema", "Rectum Lat", "Colon overview"], "contrast enema: colon and rectum, abdomen and pelvis"),
        "sbft": ("Small bowel follow through", AP_, ["SBFT 30 min", "Overhead", "Terminal ileum spot"], "small bowel series: abdomen and pelvis"),
        "hsg": (cx.c(["Hysterosalpingogram", "HSG"]), ["PELVIS"], ["HSG", "Spot 1", "Spill"], "hysterosalpingogram: pelvis"),
        "loopo": (cx.c(["Loopogram", "Contrast study via stoma"]), AP_, ["Loopogram", "Spot"], "loopogram: abdomen and pelvis"),
        "mcug": ("MCUG", AP_, ["Bladder filling", "Micturition", "Kidneys"], "micturating cystourethrogram: bladder and kidneys, abdomen and pelvis"),
        "proct": ("Defaecating proctogram", ["PELVIS"], ["Rest", "Squeeze", "Evacuation"], "proctogram: rectum, pelvis"),
        "sialo": ("Sialogram", ["HEAD"], ["Sialogram", "Spot"], "sialogram of a parotid or submandibular duct: head"),
    }[k]
    sd = exam(cx, "FL", body, None, None, body[:4])
    ser = []
    for d in cx.rng.sample(runs, 2):
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, cx.c({"swallow": ["ESOPHAGUS", "CHEST", "NECK"], "vfss": ["NECK", "HEAD"], "enema": ["ABDOMEN", "COLON"],
                         "sbft": ["ABDOMEN"], "hsg": ["PELVIS", "UTERUS"], "loopo": ["ABDOMEN"], "mcug": ["BLADDER", "PELVIS"],
                         "proct": ["PELVIS", "RECTUM"], "sialo": ["HEAD", "FACE"]}[k]), None, p_missing=0.5)
        ser.append(S(m, labels, None, why))
    return sd, ser


def paeds(cx):
    k = cx.c(["cxr", "cxr", "ddh", "intuss", "pylorus", "survey", "boneage", "renal", "mrbrain", "axr", "limb"])
    if k == "cxr":
        sd = exam(cx, "XR", cx.c(["Chest paediatric", "Chest (neonatal)", "Chest"]), None, "Brest", "CHES")
        m = xr_meta(cx, cx.c(["Chest AP", "Babygram AP" if cx.p(0.1) else "Chest AP supine", "CHEST PAED"]), "AP", "CHEST")
        labels = ["CHEST"]
        if "Babygram" in m.get("SeriesDescription", ""):
            labels = ["CHEST", "ABDOMEN"]
        bpe(cx, m, "CHEST", ["ABDOMEN"])
        return sd, [S(m, labels, None, "paediatric chest film" if len(labels) == 1 else "neonatal chest and abdomen on one film")]
    if k == "ddh":
        sd = exam(cx, "US", cx.c(["Hips infant (DDH)", "Paediatric hips", "Neonatal hips both"]), None, None, "HIPI")
        ser = []
        for s in "LR":
            m = us_meta(cx, f"Hip {s}" if cx.p(0.5) else ("Left hip" if s == "L" else "Right hip"), Laterality=s)
            bpe(cx, m, "HIP", None, p_missing=0.5)
            ser.append(S(m, ["HIP"], s, f"infant hip ultrasound, one hip per series (Laterality {s})"))
        return sd, ser
    if k in ("intuss", "pylorus", "renal"):
        body, labels, why = {"intuss": ("Abdomen paediatric (?intussusception)", ["ABDOMEN"], "paediatric abdominal ultrasound"),
                             "pylorus": ("Pylorus", ["ABDOMEN"], "pyloric ultrasound: abdomen"),
                             "renal": ("Renal tract paediatric", AP_, "kidneys and bladder: abdomen and pelvis")}[k]
        sd = exam(cx, "US", body, None, None, body[:4])
        m = us_meta(cx, cx.c([None, "Paeds Abdo", "Abdomen"]))
        bpe(cx, m, cx.c(["ABDOMEN", "KIDNEY"]), None, p_missing=0.5)
        return sd, [S({kk: v for kk, v in m.items() if v is not None}, labels, None, why)]
    if k == "survey":
        sd = cx.c(["XR Skeletal survey (NAI)", "XR Skeletal survey paediatric", "XR Skeletal Survey Child Protection"])
        if cx.style == "upper":
            sd = sd.upper()
        parts = [("Skull AP", ["HEAD"], None), ("Skull Lat", ["HEAD"], None), ("Chest AP", ["CHEST"], None),
                 ("Abdomen/Pelvis AP", AP_, None), ("Femur Lt", ["THIGH"], "L"), ("Femur Rt", ["THIGH"], "R"),
                 ("Tib/Fib Lt", ["LEG"], "L"), ("Humerus Rt", ["ARM"], "R"), ("Forearm Lt", ["FOREARM"], "L"), ("Hand Rt", ["HAND"], "R"),
                 ("Foot Lt", ["FOOT"], "L"), ("C Spine Lat", ["CSPINE"], None), ("T/L Spine Lat", ["TSPINE", "LSPINE"], None)]
        ser = []
        for d, lab, s in cx.rng.sample(parts, 5):
            m = xr_meta(cx, d, None, None)
            if s and cx.p(0.4):
                m["ImageLaterality"] = s
            bpe(cx, m, cx.c(["SKELETON", "WHOLEBODY"]), None, p_missing=0.5)
            ser.append(S(m, lab, s, f"one film of a skeletal survey: {d}"))
        return sd, ser
    if k == "boneage":
        sd = exam(cx, "XR", "Bone age", None, None, "BAGE", after=cx.c(["", " (hand Lt)"]))
        m = xr_meta(cx, cx.c(["Hand PA Lt", "Lt Hand PA", "L Hand"]), "PA", "HAND", ImageLaterality="L") if cx.p(0.7) else \
            xr_meta(cx, cx.c(["Hand PA Lt", "Left hand"]), "PA", "HAND")
        bpe(cx, m, "HAND", None)
        return sd, [S(m, ["HAND"], "L", "bone age: left hand film")]
    if k == "mrbrain":
        sd = exam(cx, "MR", cx.c(["Head paediatric", "Brain paeds (GA)", "Head (neonate)"]), None, "Pen", "HEAD")
        return sd, mr_exam(cx, "neuro", ["HEAD"], None, "paediatric brain MR", bp="HEAD", n=3)
    if k == "axr":
        sd = exam(cx, "XR", cx.c(["Abdomen paediatric", "Abdomen (neonatal NEC)"]), None, None, "ABDO")
        m = xr_meta(cx, "Abdomen AP", "AP", "ABDOMEN")
        bpe(cx, m, "ABDOMEN", None)
        return sd, [S(m, AP_, None, "paediatric abdominal film: abdomen and pelvis")]
    code = cx.c(["ELBOW", "WRIST", "FOREARM", "ANKLE", "HAND", "KNEE"])
    sd, ser = msk_xr(cx, code)
    if cx.p(0.5):
        sd = sd.replace("XR ", "XR Paeds ", 1)
    return sd, ser


def nm(cx):
    v = cx.cfg["nm"]
    make = NM_MAKE[v]
    k = cx.c(["bone", "bone", "thyroid", "renogram", "dmsa", "vq", "mpi", "datscan", "parathy", "hida", "dexa", "dexa"])
    if k == "dexa":
        sd = cx.c(["DEXA Hip and lumbar spine", "DXA Bone densitometry", "NM DEXA scan", "DEXA Hip and spine"])
        if cx.style == "upper":
            sd = sd.upper()
        mk = cx.c([("HOLOGIC", "Horizon A"), ("GE Healthcare", "Lunar iDXA")])
        s = cx.c("LR")
        ser = [S({"Modality": "OT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": "AP Spine",
                  "BodyPartExamined": "LSPINE"}, ["LSPINE"], None, "DXA lumbar spine image"),
               S({"Modality": "OT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1],
                  "SeriesDescription": f"{'Left' if s == 'L' else 'Right'} Hip", "Laterality": s}, ["HIP"], s, "DXA hip image, side from its name"),
               S({"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33", "Manufacturer": mk[0], "SeriesDescription": "DXA Report"},
                 [], None, "DXA result report: no pixels", img=False)]
        if cx.p(0.3):
            ser[1]["meta"]["BodyPartExamined"] = "HIP"
        return sd, ser
    body, labels, names, why, bp = {
        "bone": (cx.c(["NM Bone scan whole body", "NM Bone scan", "NM Bone scan whole body with SPECT"]), WB,
                 ["Anterior", "Posterior", "WB Ant/Post", "Whole Body"], "whole-body bone scan", "WHOLEBODY"),
        "thyroid": ("NM Thyroid scan", ["NECK"], ["Thyroid Anterior", "Thyroid Pinhole"], "thyroid scintigraphy: neck", "THYROID"),
        "renogram": ("NM MAG3 renogram", ["ABDOMEN"], ["Dynamic", "Renogram Post", "Curves"], "renogram: kidneys, abdomen", "KIDNEY"),
        "dmsa": ("NM DMSA scan", ["ABDOMEN"], ["Posterior", "LPO", "RPO"], "DMSA: kidneys, abdomen", "KIDNEY"),
        "vq": ("NM Lung perfusion (V/Q)", ["CHEST"], ["Perfusion 6 view", "Ventilation", "Q SPECT"], "V/Q scan: lungs, chest", "LUNG"),
        "mpi": ("NM Myocardial perfusion", ["CHEST"], ["Stress", "Rest", "Stress Gated"], "myocardial perfusion: heart, chest", "HEART"),
        "datscan": ("NM DaTscan", ["HEAD"], ["DaT SPECT", "Recon - Transaxials"], "dopamine transporter SPECT: brain, head", "BRAIN"),
        "parathy": ("NM Parathyroid (sestamibi)", ["NECK"], ["Early", "Delayed", "SPECT/CT Neck"], "parathyroid scan: neck", "NECK"),
        "hida": ("NM HIDA scan", ["ABDOMEN"], ["Dynamic", "Anterior 60 min"], "hepatobiliary scan: abdomen", "ABDOMEN"),
    }[k]
    sd = body.upper() if cx.style == "upper" else body
    if cx.site == "wal" and k == "bone" and cx.p(0.4):
        sd += " / Sgan esgyrn"
    ser = []
    for d in cx.rng.sample(names, 2):
        m = {"Modality": "NM", "Manufacturer": make[0], "ManufacturerModelName": cx.c(make[1]), "SeriesDescription": d}
        bpe(cx, m, bp, ["CHEST"] if k == "bone" else None, p_missing=0.4, p_alt=0.2)
        ser.append(S(m, labels, None, why))
    return sd, ser


def dental(cx):
    k = cx.c(["opg", "opg", "io", "io", "ceph", "cbct", "facial", "mandible", "tmj"])
    mk = cx.c([("Carestream Dental", "CS 8100"), ("PLANMECA", "ProMax"), ("Sirona", "Orthophos SL"), ("Carestream Dental", "CS 9600")])
    if k == "opg":
        sd = exam(cx, "XR", cx.c(["OPG", "Orthopantomogram", "Dental panoramic"]), None, "Dannedd", "OPGX")
        m = {"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Panoramic", "PAN Standard", "OPG"])}
        bpe(cx, m, cx.c(["JAW", "HEAD", "MANDIBLE"]), None, p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "dental panoramic: jaws and teeth, head")]
    if k == "io":
        sd = cx.c(["XR Dental bitewings", "XR Intraoral periapical", "Dental IO", "XR Dental (intra-oral)"])
        if cx.style == "upper":
            sd = sd.upper()
        m = {"Modality": "IO", "Manufacturer": cx.c(["Carestream Dental", "Dentsply Sirona", "PLANMECA"]),
             "SeriesDescription": cx.c(["Bitewing Lt", "Bitewing Rt", "PA UL6", "PA LR4", "Intraoral"])}
        bpe(cx, m, cx.c(["JAW", "TOOTH"]), None, p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "intraoral dental film: head (side words name the dental quadrant, not a limb)")]
    if k == "ceph":
        sd = exam(cx, "XR", cx.c(["Lateral ceph", "Cephalometric lateral"]), None, None, "CEPH")
        m = {"Modality": "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": "Ceph Lat"}
        bpe(cx, m, "SKULL", None, p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "cephalometric skull film: head")]
    if k == "cbct":
        sd = cx.c(["CT Cone beam dental", "CBCT Maxilla/Mandible", "CT Dental CBCT"])
        if cx.style == "upper":
            sd = sd.upper()
        m = {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(["CS 9600", "ProMax 3D Mid", "Orthophos SL 3D"]),
             "SeriesDescription": cx.c(["CBCT Volume", "3D Volume 0.2mm", "Volume"])}
        bpe(cx, m, cx.c(["JAW", "HEAD", "MAXILLA"]), None, p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "dental cone-beam CT: jaws, head")]
    if k == "tmj":
        sd = exam(cx, "MR", "TMJs", None, None, "TMJB")
        return sd, mr_exam(cx, "msk", ["HEAD"], None, "temporomandibular joints: head", bp=cx.c(["TMJ", "HEAD"]), n=3)
    body = "Facial bones" if k == "facial" else "Mandible"
    sd = exam(cx, "XR", body, None, None, body[:4])
    ser = []
    for vw in (["OM", "OM 30"] if k == "facial" else ["PA Mandible", "Lat obl"]):
        m = xr_meta(cx, f"{body} {vw}" if k == "facial" else vw, None, "SKULL")
        bpe(cx, m, cx.c(["SKULL", "FACE", "HEAD"]), None)
        ser.append(S(m, ["HEAD"], None, f"{body.lower()} film: head"))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio,
          "abdo": abdo, "obs": obs, "onc": onc, "trauma": trauma, "ir": ir, "fluoro": fluoro, "paeds": paeds, "nm": nm, "dental": dental}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7",
                "SeriesDescription": cx.c(["Scanned Request Card", "Scanned Document", "IRMER Request", "MRI Safety Questionnaire",
                                           "Consent Form", "Pregnancy Status Form", "Scanned Referral"] +
                                          (["Ffurflen Gais / Request Form"] if cx.site == "wal" else []))}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59",
                "SeriesDescription": cx.c(["Key Images", "KEY OBJECTS", "MDT Key Images", "Key Object Selection"])}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1",
                "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations", "Measurements"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR", "Radiology report (SR)"])}, \
            "structured report: no anatomy"
    if k == "qa":
        return {"Modality": cx.c(["CT", "MR", "NM"]), "SeriesDescription": cx.c(["QA Phantom", "Daily QC", "Weekly QA Phantom", "ACR Phantom",
                                                                           "Uniformity Flood"]),
                "ImageType": "ORIGINAL\\PRIMARY\\OTHER"}, "phantom/QA acquisition: no patient anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Protocol Page", "Screen Save"]),
            "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"


# ---------------------------------------------------------------- assembly

def typo(rng, text):
    """Two neighbouring letters swapped in the longest word, as a hand-typed order slip."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5 or not w.isalpha():
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
        while n_site < cfg["rows"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            if not ser:
                continue
            code = cx.code
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.25:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.55:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                elif rng.random() < 0.1:
                    meta["PerformedProcedureStepDescription"] = sd
                if code and code[1] in sd and rng.random() < 0.3:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": code[0], "CodingSchemeDesignator": "NICIP", "CodeMeaning": code[1]}]
                # a hand-typed order now and then carries a slip of the keyboard
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if why.startswith("phantom"):
                    # QA acquisitions are filed as studies of their own
                    meta["StudyDescription"] = rng.choice(["QA", "Daily QA", "Physics QA", "PHANTOM", "QC Weekly"])
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
