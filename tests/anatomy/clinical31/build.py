"""Writes tests/anatomy/data/clinical_set_31.jsonl: a fortnight of series from a neuroscience,
head-and-neck and dental imaging centre and its partner hospitals (UK hub, Catalonia, Portugal,
Poland), labelled blind against the shared anatomy spec (see README.md beside this file).

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

SEED = 31
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_31.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

SOP = {"MR": "1.2.840.10008.5.1.4.1.1.4", "EMR": "1.2.840.10008.5.1.4.1.1.4.1", "MRS": "1.2.840.10008.5.1.4.1.1.4.2",
       "CT": "1.2.840.10008.5.1.4.1.1.2", "ECT": "1.2.840.10008.5.1.4.1.1.2.1", "SC": "1.2.840.10008.5.1.4.1.1.7",
       "XA": "1.2.840.10008.5.1.4.1.1.12.1", "EXA": "1.2.840.10008.5.1.4.1.1.12.1.1", "RF": "1.2.840.10008.5.1.4.1.1.12.2",
       "DX": "1.2.840.10008.5.1.4.1.1.1.1", "CR": "1.2.840.10008.5.1.4.1.1.1", "IO": "1.2.840.10008.5.1.4.1.1.1.3",
       "MG": "1.2.840.10008.5.1.4.1.1.1.2", "US": "1.2.840.10008.5.1.4.1.1.6.1", "USMF": "1.2.840.10008.5.1.4.1.1.3.1",
       "NM": "1.2.840.10008.5.1.4.1.1.20", "PT": "1.2.840.10008.5.1.4.1.1.128", "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
       "CSR": "1.2.840.10008.5.1.4.1.1.88.33", "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
       "PDF": "1.2.840.10008.5.1.4.1.1.104.1", "RAW": "1.2.840.10008.5.1.4.1.1.66"}

# ---------------------------------------------------------------- sites
# name: (languages (weighted), kind, rows, vendors, strata with weights, ASCII share of the RIS)
SITES = {
    "uk-nsc": (["en"], "regional neuroscience centre (hub), UK", 265,
               {"mr": "Siemens", "ct": "Siemens", "xa": "Siemens", "xr": "Carestream", "us": "Philips", "rf": "Siemens", "nm": "GE", "pt": "Siemens"},
               {"stroke": 5, "epilepsy": 4, "tumour": 5, "functional": 4, "neuro": 4, "spine": 5, "angio": 4, "nerve": 6, "nm": 3, "paeds": 3},
               0.0),
    "uk-hnd": (["en"], "head, neck and dental hospital, UK", 205,
               {"mr": "Philips", "ct": "Canon", "xr": "Carestream", "us": "Canon", "rf": "Philips", "dental": "uk", "nm": "GE", "pt": "GE"},
               {"ent": 5, "neck": 4, "thyroid": 3, "orbit": 2, "dental": 6, "tmj": 3, "salivary": 2, "onc": 3},
               0.0),
    "es-bcn": (["es", "es", "ca"], "partner university hospital, Catalonia, Spain", 170,
               {"mr": "GE", "ct": "GE", "xa": "Philips", "xr": "Fujifilm", "us": "Samsung", "rf": "Philips", "mg": "Fujifilm", "dental": "es", "nm": "Siemens", "pt": "GE"},
               {"stroke": 3, "tumour": 2, "epilepsy": 1, "neuro": 2, "spine": 3, "angio": 1, "ent": 2, "neck": 1, "thyroid": 1,
                "orbit": 1, "dental": 1, "trauma": 5, "general": 3, "onc": 1},
               0.15),
    "pt-prt": (["pt"], "partner hospital, Portugal", 150,
               {"mr": "Philips", "ct": "Philips", "xa": "Philips", "xr": "Agfa", "us": "Mindray", "rf": "Philips", "mg": "Siemens", "dental": "pt"},
               {"stroke": 3, "tumour": 2, "neuro": 2, "spine": 3, "ent": 2, "thyroid": 2, "dental": 2, "tmj": 1, "trauma": 5,
                "general": 3, "salivary": 1},
               0.3),
    "pl-krk": (["pl"], "partner hospital, Poland", 150,
               {"mr": "UIH", "ct": "UIH", "xa": "Siemens", "xr": "Samsung", "us": "Samsung", "rf": "Siemens", "mg": "Hologic", "dental": "pl", "nm": "GE"},
               {"stroke": 3, "epilepsy": 1, "tumour": 2, "neuro": 1, "spine": 3, "ent": 2, "neck": 1, "thyroid": 2, "dental": 2,
                "trauma": 5, "general": 3, "nm": 1, "paeds": 2},
               0.4),
}

MR_MAKE = {"Siemens": ("SIEMENS", ["MAGNETOM Prisma", "MAGNETOM Vida", "MAGNETOM Skyra"]),
           "Philips": ("Philips Medical Systems", ["Ingenia", "Ingenia Ambition X", "Ingenia Elition X"]),
           "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Premier", "SIGNA Architect", "SIGNA Artist"]),
           "UIH": ("UIH", ["uMR 780", "uMR 570"])}
CT_MAKE = {"Siemens": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition Edge"]),
           "Canon": ("CANON_MEC", ["Aquilion ONE", "Aquilion Prime SP"]),
           "GE": ("GE MEDICAL SYSTEMS", ["Revolution Apex", "Revolution CT", "Optima CT660"]),
           "Philips": ("Philips", ["Incisive CT", "IQon - Spectral CT"]),
           "UIH": ("UIH", ["uCT 760", "uCT 780"])}
XA_MAKE = {"Siemens": ("SIEMENS", ["AXIOM-Artis", "Artis icono biplane", "Artis Q"]),
           "Philips": ("Philips Medical Systems", ["Azurion 7 B20/15", "AlluraXper"])}
XR_MAKE = {"Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution"]),
           "Fujifilm": ("FUJIFILM Corporation", ["FDR D-EVO II", "FDR Smart X"]),
           "Agfa": ("Agfa", ["DX-D 600", "DR 400"]),
           "Samsung": ("Samsung Electronics", ["GC85A", "GM85"])}
US_MAKE = {"Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]),
           "Canon": ("CANON_MEC", ["Aplio i800", "Aplio a550"]),
           "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A"]),
           "Mindray": ("Mindray", ["Resona 7", "DC-80"])}
RF_MAKE = {"Siemens": ("SIEMENS", ["Luminos dRF Max", "Cios Alpha"]),
           "Philips": ("Philips Medical Systems", ["CombiDiagnost R90", "Azurion 3 M15"])}
MG_MAKE = {"Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"]), "Siemens": ("SIEMENS", ["Mammomat Revelation"]),
           "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions"])}
NM_MAKE = {"GE": ("GE MEDICAL SYSTEMS", ["Discovery NM/CT 670", "NM/CT 870 DR"]), "Siemens": ("SIEMENS NM", ["Symbia Intevo Bold"])}
PT_MAKE = {"Siemens": ("SIEMENS", ["Biograph Vision 600"]), "GE": ("GE MEDICAL SYSTEMS", ["Discovery MI", "Discovery 710"])}
DENTAL = {"uk": [("Planmeca", "ProMax 3D Mid"), ("Carestream Health", "CS 9600"), ("Dentsply Sirona", "ORTHOPHOS SL 3D")],
          "es": [("Carestream Health", "CS 8100 3D"), ("Planmeca", "ProMax 3D Classic")],
          "pt": [("VATECH", "PaX-i3D Green"), ("Dentsply Sirona", "Axeos")],
          "pl": [("Planmeca", "ProMax 3D s"), ("VATECH", "PaX-i3D Smart")]}
INTRAORAL = {"uk": [("Carestream Health", "RVG 6200"), ("DURR DENTAL", "VistaScan Mini View")], "es": [("Carestream Health", "RVG 6200")],
             "pt": [("VATECH", "EzSensor Classic"), ("DURR DENTAL", "VistaScan Mini View")], "pl": [("Planmeca", "ProSensor HD")]}

# ---------------------------------------------------------------- languages
# Side words by gender: m, f; Polish orders put the side after a genitive (gm, gf).
SIDE = {
    "en": {"R": {"m": ["Right", "RIGHT", "RT", "Rt", "R"]}, "L": {"m": ["Left", "LEFT", "LT", "Lt", "L"]},
           "B": {"m": ["Bilateral", "BILATERAL", "Both", "BIL"]}},
    "es": {"R": {"m": ["derecho", "derecho", "dcho.", "D"], "f": ["derecha", "derecha", "dcha.", "D"]},
           "L": {"m": ["izquierdo", "izquierdo", "izdo.", "izq."], "f": ["izquierda", "izquierda", "izda.", "izq."]},
           "B": {"m": ["bilateral", "bilat."]}},
    "ca": {"R": {"m": ["dret", "D"], "f": ["dreta", "D"]}, "L": {"m": ["esquerre", "esq."], "f": ["esquerra", "esq."]},
           "B": {"m": ["bilateral"]}},
    "pt": {"R": {"m": ["direito", "direito", "dto.", "Dto"], "f": ["direita", "direita", "dta.", "Dta"]},
           "L": {"m": ["esquerdo", "esquerdo", "esq.", "Esq"], "f": ["esquerda", "esquerda", "esq.", "Esq"]},
           "B": {"m": ["bilateral", "bilat."]}},
    "pl": {"R": {"m": ["prawy", "P"], "f": ["prawa", "P"], "gm": ["prawego", "prawego", "P", "pr."], "gf": ["prawej", "prawej", "P"]},
           "L": {"m": ["lewy", "L"], "f": ["lewa", "L"], "gm": ["lewego", "lewego", "L", "lew."], "gf": ["lewej", "lewej", "L"]},
           "B": {"m": ["obustronnie", "obustronne"]}},
}
# Limb parts by language: names with gender after "|"; the first is the common one, the others are
# bones or joints the spec folds into the same code. Polish names are genitive, as orders write them.
PART = {
    "en": {"KNEE": ["Knee"], "SHOULDER": ["Shoulder", "Clavicle", "AC Joint"], "HIP": ["Hip", "Neck of Femur"], "ANKLE": ["Ankle"],
           "FOOT": ["Foot", "Calcaneum", "Toes"], "HAND": ["Hand", "Fingers", "Thumb"], "WRIST": ["Wrist", "Scaphoid"],
           "ELBOW": ["Elbow"], "FOREARM": ["Forearm", "Radius and Ulna"], "ARM": ["Humerus"], "THIGH": ["Femur"], "LEG": ["Tib/Fib", "Tibia and Fibula"]},
    "es": {"KNEE": ["rodilla|f"], "SHOULDER": ["hombro|m", "clavícula|f"], "HIP": ["cadera|f"], "ANKLE": ["tobillo|m"],
           "FOOT": ["pie|m", "calcáneo|m"], "HAND": ["mano|f", "dedos de la mano|m"], "WRIST": ["muñeca|f", "escafoides|m"],
           "ELBOW": ["codo|m"], "FOREARM": ["antebrazo|m"], "ARM": ["húmero|m", "brazo|m"], "THIGH": ["fémur|m"], "LEG": ["pierna|f", "tibia y peroné|m"]},
    "ca": {"KNEE": ["genoll|m"], "SHOULDER": ["espatlla|f", "clavícula|f"], "HIP": ["maluc|m"], "ANKLE": ["turmell|m"],
           "FOOT": ["peu|m", "calcani|m"], "HAND": ["mà|f"], "WRIST": ["canell|m", "escafoide|m"], "ELBOW": ["colze|m"],
           "FOREARM": ["avantbraç|m"], "ARM": ["húmer|m"], "THIGH": ["fèmur|m"], "LEG": ["cama|f"]},
    "pt": {"KNEE": ["joelho|m"], "SHOULDER": ["ombro|m", "clavícula|f"], "HIP": ["anca|f", "coxo-femoral|f"], "ANKLE": ["tornozelo|m", "tibiotársica|f"],
           "FOOT": ["pé|m", "calcâneo|m"], "HAND": ["mão|f", "dedos da mão|m"], "WRIST": ["punho|m", "escafóide|m"], "ELBOW": ["cotovelo|m"],
           "FOREARM": ["antebraço|m"], "ARM": ["úmero|m", "braço|m"], "THIGH": ["fémur|m", "coxa|f"], "LEG": ["perna|f"]},
    "pl": {"KNEE": ["stawu kolanowego|gm"], "SHOULDER": ["stawu barkowego|gm", "barku|gm", "obojczyka|gm"], "HIP": ["stawu biodrowego|gm"],
           "ANKLE": ["stawu skokowego|gm"], "FOOT": ["stopy|gf", "kości piętowej|gf"], "HAND": ["ręki|gf", "dłoni|gf", "palców ręki|gf"],
           "WRIST": ["nadgarstka|gm", "kości łódeczkowatej|gf"], "ELBOW": ["stawu łokciowego|gm"], "FOREARM": ["przedramienia|gm"],
           "ARM": ["kości ramiennej|gf", "ramienia|gm"], "THIGH": ["kości udowej|gf", "uda|gm"], "LEG": ["podudzia|gm"]},
}
XRW = {"en": "XR", "es": "RX", "ca": "RX", "pt": "RX", "pl": "RTG"}
MRW = {"en": "MRI", "es": "RM", "ca": "RM", "pt": "RM", "pl": "MR"}
CTW = {"en": "CT", "es": "TC", "ca": "TC", "pt": "TC", "pl": "TK"}
USW = {"en": "US", "es": "Ecografía", "ca": "Ecografia", "pt": "Ecografia", "pl": "USG"}
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o"})


def ascii_fold(text):
    text = text.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        langs, _kind, _n, self.v, _strata, self.ascii_share = SITES[site]
        self.lang = rng.choice(langs)
        self.ascii = rng.random() < self.ascii_share

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def T(cx, en, es=None, ca=None, pt=None, pl=None):
    """The site's phrasing of an exam in the study's language (Catalan falls back to Spanish)."""
    table = {"en": en, "es": es, "ca": ca or es, "pt": pt, "pl": pl}
    got = table.get(cx.lang) or en
    return cx.c(got) if isinstance(got, list) else got


def sd_of(cx, text):
    """A study description as the site's RIS sends it: upper case now and then, accents dropped by
    the consoles that cannot write them."""
    if cx.ascii:
        text = ascii_fold(text)
    r = cx.rng.random()
    if r < 0.22:
        return text.upper()
    return text


def side_word(cx, lang, s, gender="m"):
    forms = SIDE[lang][s]
    return cx.c(forms.get(gender) or forms["m"])


def part_name(cx, lang, code, extra=False):
    names = PART[lang][code]
    n = cx.c(names) if extra and len(names) > 1 else names[0]
    name, _, gender = n.partition("|")
    return name, gender or "m"


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.24, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    meta["BodyPartExamined"] = cx.c(alt) if alt and r < p_missing + p_alt else good


# ---------------------------------------------------------------- MR series names per vendor
# kind: (Siemens, Philips, GE, United Imaging); each a SeriesDescription (and a sequence name for Siemens).
MRN = {
    "loc": ("localizer|*fl2d1", "Survey", "3Pl Loc", "localizer"),
    "hloc": ("AAHead_Scout_64ch-head-coil|*fl3d1_ns", "SmartExam_Brain", "3-Plane Loc", "localizer_3plane"),
    "t1_3d": ("t1_mprage_sag_p2_iso|*tfl3d1_16ns", "T1W_3D_TFE", "Sag 3D T1 BRAVO", "t1_gre_fsp_3d_sag"),
    "t2_ax": ("t2_tse_tra_p2|*tse2d1_15", "T2W_TSE_TRA", "Ax T2 FRFSE", "t2_fse_tra"),
    "flair_ax": ("t2_tirm_tra_dark-fluid|*tir2d1_21", "T2W_FLAIR_TRA", "Ax T2 FLAIR", "t2_flair_tra"),
    "flair_3d": ("t2_space_dark-fluid_sag_p2_iso|*spcir_278ns", "3D_Brain_VIEW_FLAIR", "Sag CUBE FLAIR", "t2_flair_mx3d_sag"),
    "dwi": ("ep2d_diff_tra_b1000_TRACEW|*ep_b1000t", "DWI_b1000", "Ax DWI 1000b", "dwi_b1000_tra"),
    "adc": ("ep2d_diff_tra_b1000_ADC|*ep_b0_1000", "dADC", "Apparent Diffusion Coefficient (mm2/s)", "dwi_b1000_tra_ADC"),
    "swi": ("SWI_Images|*swi3d1r", "SWIp", "Ax SWAN", "swi_tra"),
    "tof": ("tof_fl3d_tra_p2_multi-slab|*fl3d1r_t70", "3D_TOF_4chunks", "Ax 3D TOF COW", "tof_3d_multi-slab_tra"),
    "tof_mip": ("tof_fl3d_tra_p2_multi-slab_MIP_SAG|", "MIP 3D_TOF", "MIP Ax 3D TOF", "tof_3d_MIP"),
    "t1_post": ("t1_se_tra_KM|*se2d1", "T1W_SE_TRA +C", "Ax T1 SE +C", "t1_se_tra+C"),
    "t1_post_3d": ("t1_mprage_sag_p2_iso_KM|*tfl3d1_16ns", "T1W_3D_TFE +C", "Sag 3D T1 BRAVO +C", "t1_gre_fsp_3d_sag+C"),
    "dsc": ("ep2d_perf_p2|*epfid2d1_96", "PERFUSION_DSC", "Ax Perfusion DSC", "perf_dsc_epi_tra"),
    "dsc_map": ("relCBV|", "rCBV", "rCBV (Brain View)", "rCBV"),
    "asl": ("tgse_pcasl_PLD1800|*tgse3d1_680", "pCASL_SOURCE", "3D ASL (non-contrasted)", "asl_3d_pcasl"),
    "asl_map": ("relCBF|", "CBF pCASL", "Cerebral Blood Flow", "CBF"),
    "svs": ("svs_se_135|*svs_se135", "SV_PRESS_135", "PROBE-P TE144", "svs_press_te135"),
    "csi": ("csi_se_3D_135|*csi3d_se135", "2D_CSI_PRESS_144", "PROBE-2DCSI", "csi_press_2d"),
    "bold": ("ep2d_bold_moco_hand_motor|*epfid2d1_64", "fMRI_BOLD_motor", "fMRI BOLD Motor", "bold_epi_motor"),
    "bold_map": ("t-Map_hand_motor|", "fMRI_motor_tmap", "fMRI Motor Activation", "tmap_motor"),
    "bold_lang": ("ep2d_bold_moco_verb_generation|*epfid2d1_64", "fMRI_BOLD_language", "fMRI BOLD Language", "bold_epi_language"),
    "rs": ("ep2d_bold_resting_state|*epfid2d1_64", "rsfMRI_BOLD", "Resting State fMRI", "bold_rest"),
    "dti": ("ep2d_diff_mddw_64_p2|*ep_b1000#64", "DTI_high_iso_32dir", "Ax DTI 64 dir", "dti_64dir_tra"),
    "fa": ("ep2d_diff_mddw_64_p2_ColFA|", "DTI_FA_color", "FA Color Map", "dti_FA"),
    "tract": ("Tractography_CST|", "FiberTrack CST", "Fiber Tracking", "Tract_CST"),
    "hippo": ("t2_tse_cor_hippocampus_2mm|*tse2d1_17", "T2W_TSE_COR_HIPPO", "Cor T2 PROPELLER Hippo", "t2_fse_cor_hippo"),
    "pit_cor": ("t2_tse_cor_pit_2mm|*tse2d1_13", "T2W_TSE_COR_PIT", "Cor T2 Pit FRFSE", "t2_fse_cor_pituitary"),
    "pit_dyn": ("t1_tse_cor_dyn_pit|*tse2d1_3", "T1W_TSE_DYN_COR", "Cor T1 DYN Pit +C", "t1_fse_cor_dyn"),
    "iac": ("ci3d_fl_tra_iso_IAC|*ci3d1", "3D_DRIVE_IAC", "Ax 3D FIESTA-C IAC", "t2_space_iac_tra"),
    "orbit": ("t2_tirm_cor_orbit_fs|*tir2d1_13", "T2W_SPIR_COR_ORBIT", "Cor STIR Orbits", "t2_stir_cor_orbit"),
    "mrv": ("t1_fl3d_cor_venogram_KM|*fl3d1", "3D_PC_VENO", "Cor 3D TRICKS MRV", "ce_mrv_3d_cor"),
    "csf": ("PC_flow_aqueduct|*fl2d1_v10", "PCA_aqueduct", "Sag PC CSF Flow", "pc_csf_flow"),
    "sp_t2sag": ("t2_tse_sag_p2|*tse2d1_17", "T2W_TSE_SAG", "Sag T2 FRFSE", "t2_fse_sag"),
    "sp_t1sag": ("t1_tse_sag|*tse2d1_3", "T1W_TSE_SAG", "Sag T1 FSE", "t1_fse_sag"),
    "sp_stir": ("t2_tirm_sag|*tir2d1_13", "STIR_SAG", "Sag STIR", "t2_stir_sag"),
    "sp_t2ax": ("t2_tse_tra|*tse2d1_15", "T2W_TSE_TRA", "Ax T2 FRFSE", "t2_fse_tra"),
    "sp_me2d": ("t2_me2d_tra|*me2d1r3", "T2_FFE_TRA", "Ax T2* MERGE", "t2_gre_tra"),
    "neck_t2": ("t2_tse_dixon_tra_W|*tse2d1_13", "T2W_mDIXON_TRA W", "Ax T2 FSE IDEAL WATER", "t2_fse_fs_tra"),
    "neck_t1": ("t1_tse_tra|*tse2d1_3", "T1W_TSE_TRA", "Ax T1 FSE", "t1_fse_tra"),
    "neck_post": ("t1_vibe_dixon_tra_KM_W|*fl3d2", "T1W_mDIXON_TRA +C W", "Ax LAVA-Flex +C", "t1_quick3d_tra+C"),
    "neck_dwi": ("ep2d_diff_resolve_tra_ADC|*re_b800", "DWI_TSE_ADC", "Ax DWI FOCUS ADC", "dwi_tra_ADC"),
    "tmj_c": ("pd_tse_sag_TMJ_closed|*tse2d1_9", "PDW_TSE_SAG_closed", "Sag PD TMJ closed", "pd_fse_sag_closed"),
    "tmj_o": ("pd_tse_sag_TMJ_open|*tse2d1_9", "PDW_TSE_SAG_open", "Sag PD TMJ open", "pd_fse_sag_open"),
    "sialo": ("t2_haste_cor_sialo|*h2d1_320", "3D_SIALO_HEAVY_T2", "Cor 3D SSFSE Sialo", "t2_sialo_3d"),
    "pdfs_cor": ("pd_tse_fs_cor|*tse2d1_5", "PDW_SPAIR_COR", "Cor PD FS", "pd_fse_fs_cor"),
    "pdfs_ax": ("pd_tse_fs_tra|*tse2d1_5", "PDW_SPAIR_TRA", "Ax PD FS", "pd_fse_fs_tra"),
    "t1_cor": ("t1_tse_cor|*tse2d1_3", "T1W_TSE_COR", "Cor T1 FSE", "t1_fse_cor"),
    "stir_cor": ("t2_tirm_cor|*tir2d1_13", "STIR_COR", "Cor STIR", "t2_stir_cor"),
    "neuro3d": ("t2_space_stir_cor_neuro_iso|*spcir_150", "3D_NerveVIEW", "Cor 3D CUBE STIR Nerve", "t2_stir_3d_neuro"),
    "wb_stir": ("t2_tirm_cor_WB_composed|*tir2d1_13", "STIR_COR_WB", "Cor STIR WB composed", "t2_stir_cor_wb"),
    "wb_dwi": ("ep2d_diff_tra_WB_b800_ADC|*ep_b800", "DWIBS_b800", "Ax DWI WB b800", "dwi_wb_tra"),
}
VIDX = {"Siemens": 0, "Philips": 1, "GE": 2, "UIH": 3}
SCAN = {"EP": ("dwi", "adc", "dsc", "bold", "bold_lang", "rs", "dti", "neck_dwi", "wb_dwi"),
        "SE\\IR": ("flair_ax", "flair_3d", "orbit", "sp_stir", "stir_cor", "neuro3d", "wb_stir"),
        "GR": ("loc", "hloc", "swi", "tof", "mrv", "csf", "sp_me2d", "neck_post", "t1_3d", "t1_post_3d")}
DERIVED = {"adc", "tof_mip", "dsc_map", "asl_map", "bold_map", "fa", "tract"}


def mr(cx, kind, **kw):
    v = cx.v["mr"]
    name = MRN[kind][VIDX[v]]
    desc, _, seq = name.partition("|")
    m = {"Modality": "MR", "Manufacturer": MR_MAKE[v][0], "ManufacturerModelName": cx.c(MR_MAKE[v][1]), "SeriesDescription": desc}
    if kind == "svs" or kind == "csi":
        m["SOPClassUID"] = SOP["MRS"]
    elif v == "Philips" and cx.p(0.3):
        m["SOPClassUID"] = SOP["EMR"]
    if seq and cx.p(0.7):
        m["SequenceName"] = seq
    if kind not in DERIVED and cx.p(0.55):
        m["ScanningSequence"] = next((k for k, ks in SCAN.items() if kind in ks), "SE")
    if kind in DERIVED:
        m["ImageType"] = cx.c(["DERIVED\\PRIMARY\\ADC" if kind == "adc" else "DERIVED\\PRIMARY\\MAP", "DERIVED\\SECONDARY"])
    elif kind in ("loc", "hloc") and cx.p(0.4):
        m["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER"
    if kind in ("t1_post", "t1_post_3d", "neck_post", "pit_dyn", "mrv", "dsc") and cx.p(0.4):
        m["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "ProHance", "Clariscan"])
    m.update(kw)
    return m


def mr_protocol(cx, series, en, local=None):
    """Most consoles write the exam name into ProtocolName; Philips and United Imaging often the
    site's own words."""
    for s in series:
        if cx.p(0.45):
            s["meta"]["ProtocolName"] = local if local and cx.v["mr"] in ("Philips", "UIH") and cx.p(0.6) else en


# ---------------------------------------------------------------- CT
CT_KERN = {"Siemens": {"brain": "Hr38\\3", "bone": "Hr68\\3", "soft": "Br40\\3", "lung": "Bl57\\3", "angio": "Bv36\\3"},
           "Canon": {"brain": "FC26", "bone": "FC30", "soft": "FC08", "lung": "FC51", "angio": "FC43"},
           "GE": {"brain": "STANDARD", "bone": "BONEPLUS", "soft": "SOFT", "lung": "LUNG", "angio": "STANDARD"},
           "Philips": {"brain": "UB", "bone": "YE", "soft": "B", "lung": "L", "angio": "CB"},
           "UIH": {"brain": "H_SOFT_B", "bone": "B_SHARP_C", "soft": "B_SOFT_B", "lung": "L_SHARP_B", "angio": "B_SOFT_A"}}


def ct_make(cx):
    v = cx.v["ct"]
    return {"Modality": "CT", "Manufacturer": CT_MAKE[v][0], "ManufacturerModelName": cx.c(CT_MAKE[v][1])}


def ct_scout(cx):
    v = cx.v["ct"]
    m = ct_make(cx)
    m["SeriesDescription"] = {"Siemens": cx.c(["Topogram  0.6  T20s", "Topogram  0.6  T80s"]), "Canon": "Scanogram", "GE": "Scout",
                              "Philips": "Surview", "UIH": "Topo"}[v]
    m["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER"
    return m


def ct(cx, region, thk, k, extra=""):
    """A CT reconstruction as the vendor names it: region word (may be empty), thickness, kernel."""
    v = cx.v["ct"]
    m = ct_make(cx)
    kern = CT_KERN[v][k]
    if v in ("Siemens", "Canon"):
        thk = f"{float(thk):.1f}" if thk >= 1 or thk == 0.5 else str(thk)
    if v == "Siemens":
        d = f"{region}  {thk}  {kern.split(chr(92))[0]}  3" if region else f"{thk}  {kern.split(chr(92))[0]}"
    elif v == "Canon":
        d = f"{region} {thk} {kern}".strip() if region and cx.p(0.6) else f"AXIAL {thk}"
    elif v == "GE":
        d = f"{thk}mm {dict(brain='STND', bone='BONE+', soft='SOFT', lung='LUNG', angio='STND')[k]}"
        if region and cx.p(0.5):
            d = f"{region} {d}"
    elif v == "Philips":
        d = f"{region} {thk}mm iDose (4)".strip() if region else f"iDose (4) {thk}mm {kern}"
    else:
        d = f"{region} {thk}mm {kern}".strip() if region else f"Axial {thk}mm {kern}"
    m["SeriesDescription"] = (d + " " + extra).strip()
    m["ConvolutionKernel"] = kern
    m["SliceThickness"] = str(thk)
    if cx.p(0.3):
        m["SOPClassUID"] = SOP["CT"] if v != "Philips" else SOP["ECT"]
    return m


def ct_dose(cx):
    v = cx.v["ct"]
    m = ct_make(cx)
    if cx.p(0.35):
        m.update(Modality="SR", SOPClassUID=SOP["DOSE"], SeriesDescription=cx.c(["Dose Report", "X-Ray Radiation Dose SR"]))
        return m
    m["SeriesDescription"] = {"Siemens": "Patient Protocol", "Canon": "Dose Info", "GE": "Dose Report", "Philips": "Dose Info",
                              "UIH": "Dose Report"}[v]
    m["ImageType"] = "DERIVED\\SECONDARY\\OTHER"
    m["SOPClassUID"] = SOP["SC"]
    return m


def dose_S(cx):
    return S(ct_dose(cx), [], None, "CT dose page: text, no anatomy", img=False)


def xr(cx, desc, view=None, **kw):
    v = cx.v["xr"]
    m = {"Modality": "CR" if v == "Fujifilm" and cx.p(0.3) else "DX", "Manufacturer": XR_MAKE[v][0],
         "ManufacturerModelName": cx.c(XR_MAKE[v][1]), "SeriesDescription": desc}
    if view:
        m["ViewPosition"] = view
    if cx.p(0.3):
        m["SOPClassUID"] = SOP["CR"] if m["Modality"] == "CR" else SOP["DX"]
    m.update(kw)
    return m


def us(cx, desc, **kw):
    v = cx.v["us"]
    m = {"Modality": "US", "Manufacturer": US_MAKE[v][0], "ManufacturerModelName": cx.c(US_MAKE[v][1]), "SeriesDescription": desc}
    if cx.p(0.4):
        m["SOPClassUID"] = cx.c([SOP["US"], SOP["USMF"]])
    m.update(kw)
    return m


def xa(cx, desc, **kw):
    v = cx.v.get("xa", "Siemens")
    m = {"Modality": "XA", "Manufacturer": XA_MAKE[v][0], "ManufacturerModelName": cx.c(XA_MAKE[v][1]), "SeriesDescription": desc}
    if cx.p(0.4):
        m["SOPClassUID"] = cx.c([SOP["XA"], SOP["EXA"]])
    m.update(kw)
    return m


def rf(cx, desc, **kw):
    v = cx.v.get("rf", "Siemens")
    m = {"Modality": "RF", "Manufacturer": RF_MAKE[v][0], "ManufacturerModelName": cx.c(RF_MAKE[v][1]), "SeriesDescription": desc}
    m.update(kw)
    return m


def nm(cx, desc, mod="NM", **kw):
    if mod == "PT":
        v = cx.v.get("pt", "GE")
        m = {"Modality": "PT", "Manufacturer": PT_MAKE[v][0], "ManufacturerModelName": cx.c(PT_MAKE[v][1]), "SeriesDescription": desc}
    else:
        v = cx.v.get("nm", "GE")
        m = {"Modality": "NM", "Manufacturer": NM_MAKE[v][0], "ManufacturerModelName": cx.c(NM_MAKE[v][1]), "SeriesDescription": desc}
    m.update(kw)
    return m


def reg_word(cx, en, es, pt, pl):
    """A region word inside a CT recon name: English at the hub, the operator's own at partners."""
    if cx.lang == "en" or cx.p(0.5):
        return en
    return {"es": es, "ca": es, "pt": pt, "pl": pl}[cx.lang]


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); every series carries its labels.

def ct_head(cx, why_extra=""):
    sd = T(cx, ["CT Head", "CT Brain", "CT HEAD NON CONTRAST"], ["TC craneal sin contraste", "TC de cráneo"], ["TC cranial"],
           ["TC crânio-encefálica", "TC CE s/ contraste"], ["TK głowy bez kontrastu", "TK mózgowia"])
    w = "non-contrast CT of the brain: head" + why_extra
    rw = reg_word(cx, "Head", "Craneo", "Cranio", "Glowa")
    ser = [S(ct_scout(cx), ["HEAD"], None, w + "; scout of the exam"), S(ct(cx, rw, 5, "brain"), ["HEAD"], None, w),
           S(ct(cx, rw, 0.6 if cx.v["ct"] != "GE" else 0.625, "bone"), ["HEAD"], None, w + "; bone kernel"), dose_S(cx)]
    for s in ser[:3]:
        bpe(cx, s["meta"], "HEAD", ["BRAIN", "SKULL"])
    return sd, ser


def stroke(cx):
    k = cx.c(["code", "code", "ct", "mr", "mr", "carotid", "cta"])
    if k == "ct":
        return ct_head(cx)
    if k == "code":
        sd = T(cx, ["CT Stroke Protocol (Head + CTA + CTP)", "CODE STROKE CT", "Thrombolysis CT pathway"], ["Código Ictus TC", "TC CODI ICTUS"],
               ["Codi Ictus TC multimodal"], ["Via Verde AVC - TC CE + angio-TC + perfusão", "VIA VERDE AVC"], ["TK głowy + angio-TK + perfuzja (udar)", "Udar - TK protokół"])
        rw = reg_word(cx, "Head", "Craneo", "Cranio", "Glowa")
        wh = "code-stroke non-contrast head CT: head"
        wa = "CTA aortic arch to vertex in a stroke work-up: head and neck arteries"
        wp = "CT perfusion slab of the brain: head"
        ser = [S(ct_scout(cx), ["HEAD", "NECK"], None, "scout planning head CT and arch-to-vertex CTA: head and neck"),
               S(ct(cx, rw, 5, "brain"), ["HEAD"], None, wh),
               S(ct(cx, cx.c(["CTA Carotids", "CTA COW", "Angio"]) if cx.lang == "en" else "", 0.75 if cx.v["ct"] == "Siemens" else 0.625, "angio",
                    extra=cx.c(["", "Arch-Vertex", ""])), ["HEAD", "NECK"], None, wa),
               S(dict(ct(cx, cx.c(["Neuro VPCT", "Perfusion 4D", "BRAIN PERF"]), 5, "brain"), ImageType="ORIGINAL\\PRIMARY\\AXIAL\\DYNAMIC"), ["HEAD"], None, wp),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["CBF", "Tmax", "rCBF RAPID", "CTP Summary", "MTT"]), ImageType="DERIVED\\SECONDARY"), ["HEAD"], None,
                 "perfusion map of the brain: head"),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["MIP COR", "MIP SAG Carotids", "VRT Carotids"]), ImageType="DERIVED\\SECONDARY\\MIP"),
                 ["HEAD", "NECK"], None, "MIP of the arch-to-vertex CTA: head and neck"),
               dose_S(cx)]
        for s in ser[:6]:
            bpe(cx, s["meta"], "HEAD", ["BRAIN", "NECK", "HEADNECK"], p_missing=0.3, p_alt=0.2)
        return sd, ser
    if k == "cta":
        sd = T(cx, ["CT Angiogram Carotids and Circle of Willis", "CTA Head and Neck"], ["Angio-TC de troncos supraaórticos y polígono"],
               ["Angio-TC TSA i polígon"], ["Angio-TC dos vasos do pescoço e intracranianos"], ["Angio-TK tętnic szyjnych i wewnątrzczaszkowych"])
        w = "CTA of the carotids and circle of Willis: head and neck"
        ser = [S(ct_scout(cx), ["HEAD", "NECK"], None, w + "; scout"), S(ct(cx, "", 0.625, "angio"), ["HEAD", "NECK"], None, w),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["MIP COR 10mm", "VR Carotid R", "VR Carotid L"]), ImageType="DERIVED\\SECONDARY"),
                 ["HEAD", "NECK"], None, w + "; reformat"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "NECK", ["HEAD", "CAROTID", "HEADNECK"], p_alt=0.25)
        return sd, ser
    if k == "carotid":
        side_en = cx.c(["", "", " Left", " Right"])
        sd = T(cx, [f"US Carotid Doppler{side_en}", "Carotid Duplex Bilateral"], ["Eco-Doppler de troncos supraaórticos", "ECO DOPPLER TSA"],
               ["Eco-Doppler TSA"], ["Eco-Doppler carotídeo e vertebral", "ECO DOPPLER CAROTIDAS"], ["USG Doppler tętnic szyjnych", "Doppler tt. szyjnych i kręgowych"])
        w = "carotid and vertebral duplex: neck (no side: not a limb)"
        ser = [S(us(cx, d, **({"Laterality": lt} if lt and cx.p(0.6) else {})), ["NECK"], None, w)
               for d, lt in [(cx.c(["RT ICA", "R CCA PROX", "ICA DX"]), "R"), (cx.c(["LT ICA", "L CCA", "ICA SIN"]), "L"), ("VERT", None)]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["NECK", "CAROTID"]), None, p_missing=0.45)
        return sd, ser
    sd = T(cx, ["MRI Brain Stroke Protocol", "MR HEAD ACUTE STROKE", "MRI Brain + MRA"], ["RM cerebral protocolo ictus", "RM cerebral + angio-RM"],
           ["RM cerebral protocol ictus"], ["RM crânio-encefálica (AVC)", "RM CE + angio-RM"], ["MR głowy - udar", "MR mózgowia + angio-MR"])
    w = "stroke MR of the brain: head"
    ser = [S(mr(cx, "hloc"), ["HEAD"], None, w + "; localizer"), S(mr(cx, "dwi"), ["HEAD"], None, w + "; diffusion"),
           S(mr(cx, "adc"), ["HEAD"], None, w + "; ADC map"), S(mr(cx, "flair_ax"), ["HEAD"], None, w), S(mr(cx, "swi"), ["HEAD"], None, w),
           S(mr(cx, "tof"), ["HEAD"], None, "intracranial TOF MRA: head"), S(mr(cx, "tof_mip"), ["HEAD"], None, "MIP of intracranial TOF: head")]
    mr_protocol(cx, ser, cx.c(["Brain Stroke", "NEURO^STROKE", "head_stroke"]), T(cx, "Brain", "Cerebro", None, "Cranio", "Glowa udar"))
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN"])
    return sd, ser


def epilepsy(cx):
    k = cx.c(["mr", "mr", "mr", "pet", "spect", "eeg"])
    if k == "pet":
        sd = T(cx, "PET-CT Brain FDG (epilepsy)", "PET-TC cerebral FDG", "PET-TC cerebral FDG", "PET-CT cerebral FDG", "PET-TK mózgu FDG")
        w = "interictal FDG PET of the brain: head"
        ser = [S(nm(cx, cx.c(["Brain FDG AC", "PET Brain 3D AC", "AC Brain"]), "PT"), ["HEAD"], None, w),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["CTAC Brain", "CT AC 3.75mm", "Low dose CT brain"])), ["HEAD"], None, "attenuation CT of the brain PET: head"),
               S(nm(cx, "PET Brain NAC", "PT"), ["HEAD"], None, w + "; non-corrected")]
        for s in ser:
            bpe(cx, s["meta"], "BRAIN", ["HEAD"], p_missing=0.3, p_alt=0.3)
        return sd, ser
    if k == "spect":
        phase = cx.c(["Ictal", "Interictal"])
        sd = T(cx, f"NM Brain Perfusion SPECT ({phase})", "SPECT cerebral de perfusión HMPAO", None, "SPECT de perfusão cerebral", "SPECT perfuzyjny mózgu")
        w = "brain perfusion SPECT (HMPAO/ECD): head"
        ser = [S(nm(cx, cx.c([f"{phase} HMPAO", "Brain SPECT Recon", "Tomo Brain"])), ["HEAD"], None, w),
               S(nm(cx, "SPECT/CT Brain CTAC"), ["HEAD"], None, w + "; CT for attenuation")]
        for s in ser:
            bpe(cx, s["meta"], "BRAIN", ["HEAD"], p_missing=0.4)
        return sd, ser
    if k == "eeg":
        sd = T(cx, "MRI Brain EEG-fMRI (research)", "RM cerebral EEG-RMf", None, "RM funcional EEG", "MR czynnościowy EEG-fMRI")
        w = "simultaneous EEG-fMRI of the brain: head"
        ser = [S(mr(cx, "rs"), ["HEAD"], None, w), S(mr(cx, "t1_3d"), ["HEAD"], None, w + "; anatomical 3D T1")]
        return sd, ser
    sd = T(cx, ["MRI Brain Epilepsy Protocol", "MR HEAD EPILEPSY 3T", "MRI Brain - seizure"], ["RM cerebral protocolo epilepsia", "RM craneal epilepsia"],
           ["RM cerebral protocol epilèpsia"], ["RM CE protocolo epilepsia", "RM crânio-encefálica - epilepsia"], ["MR głowy protokół padaczkowy", "MR mózgowia - padaczka"])
    w = "epilepsy MR of the brain (HARNESS): head"
    ser = [S(mr(cx, "hloc"), ["HEAD"], None, w + "; localizer"), S(mr(cx, "t1_3d"), ["HEAD"], None, w), S(mr(cx, "flair_3d"), ["HEAD"], None, w),
           S(mr(cx, "hippo"), ["HEAD"], None, w + "; coronal hippocampal"), S(mr(cx, "swi"), ["HEAD"], None, w), S(mr(cx, "dwi"), ["HEAD"], None, w)]
    mr_protocol(cx, ser, cx.c(["Epilepsy", "NEURO^EPILEPSY_3T", "brain_epilepsy"]), T(cx, "Epilepsy", "Epilepsia", None, "Epilepsia", "Padaczka"))
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN"])
    return sd, ser


def tumour(cx):
    k = cx.c(["glioma", "glioma", "glioma", "pit", "mets", "cns_stage", "ct", "cap"])
    if k == "ct":
        sd = T(cx, "CT Head with contrast", ["TC craneal con contraste", "TC CRANEO C/C"], ["TC cranial amb contrast"], ["TC CE c/ contraste"], ["TK głowy z kontrastem"])
        w = "contrast CT of the brain: head"
        rw = reg_word(cx, "Head", "Craneo", "Cranio", "Glowa")
        ser = [S(ct_scout(cx), ["HEAD"], None, w + "; scout"), S(ct(cx, rw, 5, "brain", "+C"), ["HEAD"], None, w), dose_S(cx)]
        for s in ser[:2]:
            bpe(cx, s["meta"], "HEAD", ["BRAIN"])
        return sd, ser
    if k == "cap":
        sd = T(cx, ["CT Chest Abdomen Pelvis (staging, brain mets)", "CT CAP with contrast"], ["TC toracoabdominopélvica", "TC TAP con contraste"],
               ["TC toracoabdominopèlvica"], ["TC toraco-abdomino-pélvica", "TC TAP"], ["TK klatki piersiowej, jamy brzusznej i miednicy"])
        w = "staging CT chest, abdomen and pelvis for a primary of brain metastases"
        ser = [S(ct_scout(cx), CAP, None, w + "; scout"), S(ct(cx, reg_word(cx, "Body", "Torax-Abdomen", "TAP", "Tulow"), 3, "soft", "PV"), CAP, None, w),
               S(ct(cx, reg_word(cx, "Lung", "Pulmon", "Pulmao", "Pluca"), 1, "lung"), ["CHEST"], None, "lung-kernel recon of the chest only: chest"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "CHEST", ["ABDOMEN", "CHEST_ABDOMEN_PELVIS", "BODY"], p_missing=0.35, p_alt=0.3)
        return sd, ser
    if k == "pit":
        sd = T(cx, ["MRI Pituitary with contrast", "MR PITUITARY DYNAMIC"], ["RM hipofisaria con contraste", "RM de silla turca"], ["RM hipofisària"],
               ["RM hipófise c/ contraste", "RM SELA TURCA"], ["MR przysadki z kontrastem", "MR przysadki mózgowej"])
        w = "pituitary MR: head"
        ser = [S(mr(cx, "hloc"), ["HEAD"], None, w + "; localizer"), S(mr(cx, "pit_cor"), ["HEAD"], None, w),
               S(mr(cx, "pit_dyn"), ["HEAD"], None, w + "; dynamic contrast"), S(mr(cx, "t1_post_3d"), ["HEAD"], None, w)]
        mr_protocol(cx, ser, "Pituitary", T(cx, "Pituitary", "Hipofisis", None, "Hipofise", "Przysadka"))
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["BRAIN", "PITUITARY", "SELLA"])
        return sd, ser
    if k == "cns_stage":
        # medulloblastoma / ependymoma: brain and whole-spine staging in one study
        sd = T(cx, ["MRI Brain and Whole Spine with contrast", "MR NEURAXIS STAGING"], ["RM cerebral y columna completa con contraste"],
               ["RM cerebral i columna completa"], ["RM CE e neuroeixo c/ contraste"], ["MR głowy i całego kręgosłupa z kontrastem"])
        ser = [S(mr(cx, "t1_post_3d"), ["HEAD"], None, "post-contrast 3D T1 of the brain in a neuraxis staging: head"),
               S(mr(cx, "flair_ax"), ["HEAD"], None, "brain FLAIR: head"),
               S(mr(cx, "sp_t1sag", SeriesDescription=mr(cx, "sp_t1sag")["SeriesDescription"] + cx.c(["_upper", "_UP", " C-T"])), ["CSPINE", "TSPINE"], None,
                 "upper station of the spine (cervical and thoracic) post contrast"),
               S(mr(cx, "sp_t1sag", SeriesDescription=mr(cx, "sp_t1sag")["SeriesDescription"] + cx.c(["_lower", "_LOW", " T-L"])), ["TSPINE", "LSPINE"], None,
                 "lower station of the spine (thoracolumbar and sacral sac) post contrast"),
               S(mr(cx, "sp_t2sag", SeriesDescription=cx.c(["t2_tse_sag_composed", "WS T2 SAG", "Sag T2 Composed"])), WSPINE, None, "composed whole spine: cervical, thoracic, lumbar")]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["HEAD", "SPINE", "WHOLESPINE", "CNS"]), None, p_missing=0.4)
        return sd, ser
    if k == "mets":
        sd = T(cx, ["MRI Brain with contrast (metastases)", "MR HEAD W/WO CONTRAST"], ["RM cerebral con contraste"], ["RM cerebral amb contrast"],
               ["RM CE c/ gadolínio"], ["MR głowy z kontrastem"])
    else:
        sd = T(cx, ["MRI Brain Tumour Protocol (perfusion + spectroscopy)", "MR HEAD TUMOUR F/U", "MRI Brain glioma follow-up"],
               ["RM cerebral protocolo tumor (perfusión y espectroscopia)", "RM craneal tumor + espectroscopia"], ["RM cerebral tumor perfusió"],
               ["RM CE protocolo tumoral c/ perfusão e espectroscopia", "RM CE - glioma"], ["MR głowy - guz (perfuzja, spektroskopia)", "MR mózgowia z kontrastem - glejak"])
    w = "brain tumour MR: head"
    kinds = ["hloc", "t1_3d", "flair_ax", "dwi", "t1_post_3d"] + (["dsc", "dsc_map", "svs", "csi", "asl", "asl_map"] if k == "glioma" else ["swi"])
    ser = [S(mr(cx, kk), ["HEAD"], None, w + {"hloc": "; localizer", "dsc": "; DSC perfusion", "dsc_map": "; rCBV map", "svs": "; single-voxel spectroscopy",
                                               "csi": "; chemical shift imaging", "asl": "; arterial spin labelling", "asl_map": "; ASL CBF map"}.get(kk, ""))
           for kk in kinds]
    mr_protocol(cx, ser, cx.c(["Brain Tumour", "NEURO^TUMOUR", "brain_tumor_perf"]), T(cx, "Tumour", "Tumor", None, "Tumor", "Guz mozgu"))
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN"], p_missing=0.35)
    return sd, ser


def functional(cx):
    k = cx.c(["fmri", "fmri", "dti", "nav", "rs"])
    sd = cx.c(["MRI Brain Functional (fMRI) pre-surgical", "MR fMRI + DTI tractography", "MRI BRAIN NEURONAVIGATION", "fMRI Language Mapping",
               "MRI Brain Research - Resting State"])
    w = "functional / tractography MR of the brain: head"
    kinds = {"fmri": ["hloc", "bold", "bold_map", "bold_lang", "t1_3d"], "dti": ["dti", "fa", "tract", "t1_3d"], "nav": ["t1_post_3d", "flair_3d", "tract"],
             "rs": ["rs", "t1_3d", "dti"]}[k]
    ser = [S(mr(cx, kk), ["HEAD"], None, w) for kk in kinds]
    if k in ("fmri", "rs"):
        ser.append(S(dict(mr(cx, "bold"), SeriesDescription="MoCoSeries", ImageType="DERIVED\\PRIMARY\\MOSAIC\\MOCO"), ["HEAD"], None, w + "; motion-corrected BOLD"))
        ser.append(S({"Modality": "OT", "Manufacturer": "SIEMENS", "SeriesDescription": "PhoenixZIPReport", "SOPClassUID": SOP["RAW"]}, [], None,
                     "scanner protocol archive: no image", img=False))
    mr_protocol(cx, ser, cx.c(["fMRI_presurgical", "NEURO^FUNCTIONAL", "Research^Neuro"]))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], "HEAD", ["BRAIN"], p_missing=0.4)
    return sd, ser


def neuro(cx):
    k = cx.c(["ms", "ms", "dementia", "headache", "hydro", "chiari", "amyloid"])
    if k == "ms":
        spine = cx.p(0.5)
        sd = T(cx, ["MRI Brain and Cervical Spine (MS)" if spine else "MRI Brain MS follow-up", "MR HEAD + C SPINE DEMYELINATION"],
               ["RM cerebral y columna cervical (EM)", "RM cerebral esclerosis múltiple"], ["RM cerebral EM"],
               ["RM CE e coluna cervical (EM)", "RM CE - esclerose múltipla"], ["MR głowy i odcinka szyjnego (SM)", "MR mózgowia - SM"])
        ser = [S(mr(cx, "flair_3d"), ["HEAD"], None, "MS brain MR: head"), S(mr(cx, "t1_post_3d"), ["HEAD"], None, "MS brain MR post contrast: head"),
               S(mr(cx, "dwi"), ["HEAD"], None, "MS brain MR: head")]
        if spine:
            ser += [S(mr(cx, "sp_t2sag"), ["CSPINE"], None, "cervical cord in an MS brain and C-spine order: cervical spine"),
                    S(mr(cx, "sp_stir"), ["CSPINE"], None, "cervical cord STIR in an MS study: cervical spine"),
                    S(mr(cx, "sp_me2d"), ["CSPINE"], None, "axial cervical cord: cervical spine")]
        mr_protocol(cx, ser, cx.c(["MS Brain", "NEURO^MS"]))
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["BRAIN", "CSPINE", "SPINE"], p_alt=0.25 if spine else 0.1)
        return sd, ser
    if k == "amyloid":
        sd = T(cx, "PET-CT Brain Amyloid (Florbetaben)", "PET-TC cerebral amiloide", None, "PET amiloide cerebral", "PET-TK mózgu amyloid")
        ser = [S(nm(cx, cx.c(["Brain Amyloid AC", "NeuraCeq 20min"]), "PT"), ["HEAD"], None, "amyloid PET of the brain: head"),
               S(dict(ct_make(cx), SeriesDescription="CTAC Brain"), ["HEAD"], None, "PET attenuation CT of the brain: head")]
        for s in ser:
            bpe(cx, s["meta"], "BRAIN", ["HEAD"], p_missing=0.3)
        return sd, ser
    if k == "hydro":
        return ct_head(cx, " (shunt / hydrocephalus review)")
    spec = {"dementia": (T(cx, ["MRI Brain Dementia / Memory Clinic", "MR HEAD COGNITIVE"], ["RM cerebral deterioro cognitivo"], ["RM cerebral deteriorament cognitiu"],
                           ["RM CE - demência"], ["MR głowy - otępienie"]), ["hloc", "t1_3d", "flair_ax", "hippo", "swi"]),
            "headache": (T(cx, ["MRI Brain + MR Venogram (headache)", "MR VENOGRAM"], ["RM cerebral y angio-RM venosa"], ["RM cerebral + venoRM"],
                           ["RM CE + angio-RM venosa"], ["MR głowy + wenografia MR"]), ["loc", "t2_ax", "flair_ax", "dwi", "mrv"]),
            "chiari": (T(cx, ["MRI Brain CSF flow (Chiari)", "MR CHIARI / CSF FLOW"], ["RM cerebral estudio de flujo LCR (Chiari)"], None,
                         ["RM CE - estudo de fluxo LCR (Chiari)"], ["MR głowy - przepływ PMR (Chiari)"]), ["loc", "t2_ax", "csf", "t1_3d"])}[k]
    sd, kinds = spec
    ser = []
    for kk in kinds:
        if k == "chiari" and kk in ("csf",):
            ser.append(S(mr(cx, kk), ["HEAD", "CSPINE"], None, "CSF flow at the foramen magnum in a Chiari study: head and cervical spine"))
        else:
            ser.append(S(mr(cx, kk), ["HEAD"], None, {"dementia": "memory-clinic brain MR: head", "headache": "brain MR and venogram: head",
                                                        "chiari": "brain MR for Chiari: head"}[k]))
    if k == "chiari":
        ser.append(S(mr(cx, "sp_t2sag", SeriesDescription=cx.c(["T2 SAG CVJ", "t2_tse_sag_cranio-cervical", "Sag T2 CCJ"])), ["HEAD", "CSPINE"], None,
                     "sagittal of the cranio-cervical junction: posterior fossa and cervical spine"))
    mr_protocol(cx, ser, cx.c(["Brain Routine", "NEURO^ROUTINE"]))
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN"])
    return sd, ser


SPINE_SD = {
    "c": ("Cervical Spine", "columna cervical", "columna cervical", "coluna cervical", "odcinka szyjnego kręgosłupa", ["CSPINE"], "CSPINE", "C-SPINE"),
    "t": ("Thoracic Spine", "columna dorsal", "columna dorsal", "coluna dorsal", "odcinka piersiowego kręgosłupa", ["TSPINE"], "TSPINE", "T-SPINE"),
    "l": ("Lumbar Spine", "columna lumbar", "columna lumbar", "coluna lombar", "odcinka lędźwiowego kręgosłupa", ["LSPINE"], "LSPINE", "L-SPINE"),
    "w": ("Whole Spine", "columna completa", "columna completa", "coluna total", "całego kręgosłupa", WSPINE, "SPINE", "WHOLE SPINE"),
}


def spine(cx):
    k = cx.c(["mr", "mr", "mr", "mr", "ctc", "xr", "myelo", "ctguided", "vplasty", "scol"])
    seg = cx.c(["c", "c", "l", "l", "l", "t", "w"]) if k == "mr" else cx.c(["c", "l"])
    en, es, ca, pt, pl, codes, bp, en_short = SPINE_SD[seg]
    if k == "mr":
        sd = T(cx, [f"MRI {en}", f"MR {en_short}", f"MRI {en} (myelopathy)" if seg == "c" else f"MRI {en}"], [f"RM de {es}", f"RM {es}"], [f"RM {ca}"],
               [f"RM da {pt}", f"RM {pt}"], [f"MR {pl}", f"MR {pl} bez kontrastu"])
        w = f"{en.lower()} MR"
        ser = [S(mr(cx, "loc"), codes, None, w + "; localizer"), S(mr(cx, "sp_t2sag"), codes, None, w), S(mr(cx, "sp_t1sag"), codes, None, w),
               S(mr(cx, "sp_me2d" if seg == "c" else "sp_t2ax"), codes, None, w + "; axial")]
        if seg == "w":
            ser.append(S(mr(cx, "sp_stir"), codes, None, w + "; composed STIR"))
        mr_protocol(cx, ser, en.upper(), T(cx, en, es.capitalize(), None, pt.capitalize(), ascii_fold(pl)))
        for s in ser:
            bpe(cx, s["meta"], bp, ["SPINE", "NECK" if seg == "c" else "ABDOMEN" if seg == "l" else "CHEST"], p_alt=0.2)
        return sd, ser
    if k == "ctc":
        sd = T(cx, ["CT Cervical Spine", "CT C-SPINE TRAUMA"], ["TC de columna cervical"], ["TC columna cervical"], ["TC da coluna cervical"],
               ["TK odcinka szyjnego kręgosłupa"])
        w = "CT of the cervical spine: cervical spine"
        rw = reg_word(cx, "C-Spine", "Col cervical", "Col cervical", "Kregoslup C")
        ser = [S(ct_scout(cx), ["CSPINE"], None, w + "; scout"), S(ct(cx, rw, 1, "bone"), ["CSPINE"], None, w),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["SAG MPR Bone", "COR MPR 2mm", "Sag Bone 2x2"]), ImageType="DERIVED\\SECONDARY\\MPR"), ["CSPINE"], None, w + "; reformat"),
               dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "CSPINE", ["NECK", "SPINE"], p_alt=0.25)
        return sd, ser
    if k == "xr":
        sd = T(cx, [f"XR {en}", f"XR {en_short} FLEX/EXT" if seg == "c" else f"XR {en} AP/LAT"], [f"RX de {es}", f"RX {es} AP y lateral"], [f"RX {ca}"],
               [f"RX da {pt}", f"RX {pt} (F+P)"], [f"RTG {pl}", f"RTG {pl} AP + boczne"])
        w = f"plain film of the {en.lower()}"
        views = ["AP", "LAT"] + (["FLEX", "EXT"] if seg == "c" else [])
        ser = [S(xr(cx, v if cx.p(0.5) else f"{en_short} {v}", "AP" if v == "AP" else "LL"), codes, None, w) for v in views]
        for s in ser:
            bpe(cx, s["meta"], bp, ["SPINE", "NECK" if seg == "c" else "ABDOMEN"])
        return sd, ser
    if k == "myelo":
        sd = T(cx, "CT Myelogram Lumbar", "Mielo-TC lumbar", "Mielo-TC lumbar", "Mielo-TC lombar", "Mielografia TK odcinka lędźwiowego")
        ser = [S(rf(cx, cx.c(["Lumbar puncture", "Myelo AP", "Myelogram LAT"])), ["LSPINE"], None, "intrathecal injection screening: lumbar spine"),
               S(ct_scout(cx), ["LSPINE"], None, "scout of a lumbar CT myelogram"), S(ct(cx, "", 1, "bone"), ["LSPINE"], None, "lumbar CT myelogram"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "LSPINE", ["SPINE"], p_missing=0.4)
        return sd, ser
    if k == "ctguided":
        lvl = cx.c(["L4", "L5", "S1", "L3"])
        sd = T(cx, f"CT guided nerve root block {lvl}", f"Infiltración radicular {lvl} guiada por TC", None, f"Bloqueio radicular {lvl} guiado por TC",
               f"Blokada korzenia {lvl} pod kontrolą TK")
        ser = [S(ct_scout(cx), ["LSPINE"], None, "scout of a lumbar nerve-root block"), S(ct(cx, "", 3, "soft", "needle"), ["LSPINE"], None, "needle placement in the lumbar spine"),
               dose_S(cx)]
        for s in ser[:2]:
            bpe(cx, s["meta"], "LSPINE", ["SPINE"], p_missing=0.5)
        return sd, ser
    if k == "vplasty":
        lvl = cx.c(["T12", "L1", "T11", "L2"])
        codes = ["TSPINE"] if lvl.startswith("T") else ["LSPINE"]
        sd = T(cx, f"Vertebroplasty {lvl}", f"Vertebroplastia {lvl}", None, f"Vertebroplastia {lvl}", f"Wertebroplastyka {lvl}")
        ser = [S(rf(cx, d), codes, None, f"vertebroplasty screening at {lvl}") for d in ["Fluoro", "Cement LAT", "Cement AP"]]
        for s in ser:
            bpe(cx, s["meta"], codes[0], ["SPINE"], p_missing=0.5)
        return sd, ser
    sd = T(cx, "XR Whole Spine Scoliosis (standing)", "Telerradiografía de columna (escoliosis)", "Telerradiografia de columna", "Extralongo da coluna (escoliose)",
           "RTG całego kręgosłupa na stojąco (skolioza)")
    ser = [S(xr(cx, cx.c(["Whole Spine PA", "Scoliosis PA stitched", "FULL SPINE"]), "PA", ImageType="DERIVED\\PRIMARY\\STITCHED"), WSPINE, None, "standing full-spine film"),
           S(xr(cx, cx.c(["Whole Spine LAT", "FULL SPINE LAT"]), "LL"), WSPINE, None, "standing full-spine lateral")]
    for s in ser:
        bpe(cx, s["meta"], "SPINE", ["WHOLESPINE", "CHEST"], p_alt=0.2)
    return sd, ser


def angio(cx):
    k = cx.c(["dsa", "dsa", "thromb", "coil", "spinal", "carotid_stent", "groin"])
    if k == "groin":
        side = cx.c("LRR")
        w_en = {"R": "Right", "L": "Left"}[side]
        sw = side_word(cx, cx.lang, side, "f" if cx.lang in ("es", "pt") else "gf" if cx.lang == "pl" else "m")
        sd = T(cx, [f"US Groin {w_en} (post angio, ? pseudoaneurysm)", f"US {w_en.upper()} GROIN PUNCTURE SITE"], [f"Ecografía ingle {sw} postpunción"],
               [f"Ecografia engonal {side_word(cx, 'ca', side)}"], [f"Ecografia inguinal {side_word(cx, 'pt', side, 'f')} pós-cateterismo"],
               [f"USG pachwiny {sw} po angiografii"])
        w = f"femoral puncture site after angiography (femoral triangle): thigh, side {side}"
        ser = [S(us(cx, d, **({"Laterality": side} if cx.p(0.4) else {})), ["THIGH"], side, w) for d in [cx.c(["CFA", "Groin", "CFA Doppler"]), "SFA/PFA"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["GROIN", "LEG", "THIGH"]), None, p_missing=0.5)
        return sd, ser
    if k == "spinal":
        sd = T(cx, "Spinal Angiogram (? dural AV fistula)", "Angiografía medular", None, "Angiografia medular", "Angiografia rdzeniowa")
        ser = [S(xa(cx, cx.c(["T10 R intercostal", "L1 segmental", "Lumbar seg. L2 L", "Spinal DSA"])), ["TSPINE", "LSPINE"], None,
                 "spinal DSA of the intercostal and lumbar segmental arteries: thoracic and lumbar spine")
               for _ in range(2)]
        for s in ser:
            bpe(cx, s["meta"], "SPINE", None, p_missing=0.5)
        return sd, ser
    if k == "carotid_stent":
        sd = T(cx, "Carotid Artery Stenting", "Angioplastia y stent carotídeo", "Stent caròtide", "Angioplastia carotídea com stent", "Stentowanie tętnicy szyjnej")
        ser = [S(xa(cx, cx.c(["CCA L Pre", "CCA R Post stent", "Carotid Bifurcation"])), ["NECK"], None, "cervical carotid runs: neck"),
               S(xa(cx, cx.c(["Arch LAO 30", "Aortic Arch"])), ["CHEST", "NECK"], None, "aortic arch run with the origins of the neck vessels: chest and neck"),
               S(xa(cx, cx.c(["ICA Intracranial AP", "Post Intracranial LAT"])), ["HEAD"], None, "intracranial control run: head")]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["NECK", "HEAD"]), None, p_missing=0.5)
        return sd, ser
    sd = {"dsa": T(cx, ["Cerebral Angiogram (DSA)", "DSA 4 VESSEL", "Diagnostic Cerebral Angiography"], ["Arteriografía cerebral diagnóstica", "ARTERIOGRAFIA CEREBRAL"],
                   ["Arteriografia cerebral"], ["Angiografia cerebral diagnóstica"], ["Angiografia mózgowa (DSA)", "Arteriografia mozgowa"]),
          "thromb": T(cx, ["Mechanical Thrombectomy", "THROMBECTOMY - STROKE"], ["Trombectomía mecánica"], ["Trombectomia mecànica"], ["Trombectomia mecânica"],
                      ["Trombektomia mechaniczna"]),
          "coil": T(cx, ["Aneurysm Coiling", "Endovascular coiling"], ["Embolización de aneurisma cerebral"], ["Embolització d'aneurisma"],
                    ["Embolização de aneurisma cerebral"], ["Embolizacja tętniaka mózgu"])}[k]
    ser = [S(xa(cx, cx.c(["ICA R AP", "ICA L LAT", "VA L AP", "LICA 3D", "R ICA Townes", "ACI dx", "ACI sin"])), ["HEAD"], None,
             "intracranial DSA run (ICA/VA territory): head"),
           S(xa(cx, cx.c(["3D DSA", "3D-RA", "Rotational 3D"]), ImageType="ORIGINAL\\PRIMARY\\SINGLE PLANE"), ["HEAD"], None, "3D rotational angiogram of the intracranial arteries: head"),
           S(dict(xa(cx, cx.c(["DynaCT Head", "XperCT Head", "Cone Beam CT Head"])), Modality=cx.c(["CT", "XA"])), ["HEAD"], None, "flat-detector CT of the head after intervention"),
           S(xa(cx, cx.c(["CCA R LAT neck", "Common carotid L AP", "CCA bifurcation"])), ["NECK"], None, "cervical common carotid run: neck")]
    if k == "dsa" and cx.p(0.4):
        ser.append(S(xa(cx, cx.c(["Arch LAO 30", "Aortic Arch Pigtail"])), ["CHEST", "NECK"], None, "aortic arch run with the origins of the neck vessels: chest and neck"))
    ser.append(S({"Modality": "SR", "Manufacturer": XA_MAKE[cx.v.get("xa", "Siemens")][0], "SOPClassUID": SOP["DOSE"], "SeriesDescription": "Radiation Dose Information"},
                 [], None, "XA dose SR", img=False))
    for s in ser:
        if s["img"]:
            bpe(cx, s["meta"], cx.c(["HEAD", "BRAIN", "CEREBRAL"]), None, p_missing=0.45)
    return sd, ser


def nerve(cx):
    """Peripheral nerve MR and US, plexus MR (English hub)."""
    code, sd0, w, mod = cx.c([
        ("WRIST", "US Carpal Tunnel (median nerve)", "median nerve at the carpal tunnel: wrist", "US"),
        ("WRIST", "MRI Wrist Neurography (Guyon canal)", "ulnar nerve in Guyon's canal: wrist", "MR"),
        ("ELBOW", "US Ulnar Nerve at Elbow", "ulnar nerve in the cubital tunnel: elbow", "US"),
        ("ELBOW", "MRI Elbow Neurography (cubital tunnel)", "cubital tunnel MR: elbow", "MR"),
        ("ARM", "US Radial Nerve Spiral Groove", "radial nerve at the humeral spiral groove: arm", "US"),
        ("FOREARM", "MRI Forearm (posterior interosseous nerve)", "posterior interosseous nerve MR: forearm", "MR"),
        ("HAND", "US Digital Nerve Hand", "digital nerve of the fingers: hand", "US"),
        ("KNEE", "MRI Knee Neurography (common peroneal nerve)", "common peroneal nerve at the fibular head: knee", "MR"),
        ("LEG", "US Superficial Peroneal Nerve Lower Leg", "superficial peroneal nerve in the lower leg: leg", "US"),
        ("ANKLE", "MRI Ankle (tarsal tunnel)", "tibial nerve in the tarsal tunnel: ankle", "MR"),
        ("FOOT", "MRI Forefoot (Morton neuroma)", "interdigital neuroma of the forefoot: foot", "MR"),
        ("FOOT", "US Forefoot Morton Neuroma", "interdigital neuroma: foot", "US"),
        ("THIGH", "MRI Sciatic Nerve Neurography", "sciatic nerve from the notch through the thigh: pelvis and thigh", "MR"),
        ("HIP", "US Lateral Femoral Cutaneous Nerve (meralgia)", "lateral femoral cutaneous nerve at the ASIS: hip", "US"),
        ("SHOULDER", "MRI Brachial Plexus", "brachial plexus from the cervical roots to the axilla: neck and shoulder", "MR"),
        ("SHOULDER", "MRI Brachial Plexus", "brachial plexus from the cervical roots to the axilla: neck and shoulder", "MR"),
        ("PELVIS", "MRI Lumbosacral Plexus", "lumbosacral plexus: lumbar spine and pelvis", "MR"),
    ])
    labels = {"THIGH": ["PELVIS", "THIGH"], "SHOULDER": ["NECK", "SHOULDER"], "PELVIS": ["LSPINE", "PELVIS"]}.get(code, [code])
    side = None if code == "PELVIS" else cx.c("LRLRB" if code == "SHOULDER" else "LR")
    if side:
        sw = cx.c(SIDE["en"][side]["m"])
        sd = cx.c([f"{sd0} {sw}", f"{sw} {sd0}" if sw not in ("R", "L") else f"{sd0} ({sw})", f"{sd0} - {sw}"])
        if side == "B":
            sd = sd0 + cx.c([" Bilateral", " - BOTH SIDES", " (bilateral)"])
    else:
        sd = sd0
    w = w + (f", side {side} from the order" if side else "")
    ser = []
    if mod == "US":
        for d in [cx.c(["TRANS", "Trans", "TRV"]), cx.c(["LONG", "Long", "SAG"]), cx.c(["CSA", "Nerve CSA", "Dynamic"])]:
            m = us(cx, d, **({"Laterality": side} if side in ("L", "R") and cx.p(0.35) else {}))
            ser.append(S(m, labels, side, w))
    else:
        kinds = ["loc", "neuro3d", "stir_cor", "t1_cor"] if code in ("SHOULDER", "PELVIS", "THIGH") else ["loc", "pdfs_cor", "pdfs_ax", "t1_cor"]
        for kk in kinds:
            m = mr(cx, kk)
            if side in ("L", "R") and cx.p(0.2):
                m["Laterality"] = side
            ser.append(S(m, labels, side, w + ("; localizer" if kk == "loc" else "")))
        mr_protocol(cx, ser, cx.c(["PNS^Neurography", "NEURO^NERVE", sd0.replace("MRI ", "")]))
    bp_good = {"SHOULDER": "NECK", "PELVIS": "PELVIS", "THIGH": "PELVIS"}.get(code, code)
    for s in ser:
        bpe(cx, s["meta"], bp_good, None if code in ("SHOULDER", "PELVIS") else ["EXTREMITY"], p_missing=0.4)
    return sd, ser


def nmfam(cx):
    k = cx.c(["dat", "dat", "bone", "rai", "perf", "cist"])
    if k == "dat":
        sd = T(cx, "NM DaTscan SPECT", "SPECT cerebral DaTSCAN", None, "DaTSCAN", "Scyntygrafia DaTSCAN")
        ser = [S(nm(cx, cx.c(["DaTscan Tomo", "DAT SPECT Recon", "Striatum Transaxials"])), ["HEAD"], None, "dopamine transporter SPECT of the brain: head"),
               S(nm(cx, "DaTQUANT"), ["HEAD"], None, "striatal quantification screen of the brain SPECT: head")]
        for s in ser:
            bpe(cx, s["meta"], "BRAIN", ["HEAD"], p_missing=0.4)
        return sd, ser
    if k == "perf":
        return (T(cx, "NM Brain Perfusion SPECT (HMPAO)", "SPECT de perfusión cerebral", None, None, "SPECT perfuzyjny mózgu"),
                [S(nm(cx, cx.c(["HMPAO Brain Tomo", "Brain Perfusion Recon"])), ["HEAD"], None, "brain perfusion SPECT: head")])
    if k == "cist":
        sd = T(cx, "NM Cisternography In-111 DTPA (CSF leak)", "Cisternogammagrafía", None, None, "Scyntygrafia cysternograficzna")
        ser = [S(nm(cx, cx.c(["Head ANT 4h", "Head LAT 24h", "Skull LAT 6h"])), ["HEAD"], None, "cisternography images of the skull base for a CSF leak: head")]
        return sd, ser
    if k == "bone":
        sd = T(cx, "NM Bone Scan Whole Body", "Gammagrafía ósea de cuerpo entero", None, None, "Scyntygrafia kości całego ciała")
        ser = [S(nm(cx, cx.c(["WB ANT/POST", "Whole Body", "WB Bone 12cm/min"])), WB, None, "whole-body bone scan")]
        for s in ser:
            bpe(cx, s["meta"], "WHOLEBODY", ["WHOLE BODY", "SKELETON"], p_missing=0.3, p_alt=0.3)
        return sd, ser
    sd = T(cx, "NM I-131 Whole Body Scan (post-ablation thyroid)", "Rastreo corporal total I-131", None, None, "Scyntygrafia całego ciała I-131")
    ser = [S(nm(cx, cx.c(["WB I131 ANT/POST", "Whole Body 48h"])), WB, None, "post-ablation iodine whole-body scan"),
           S(nm(cx, "Neck Spot ANT"), ["NECK"], None, "neck spot of the iodine scan: thyroid bed")]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["WHOLEBODY", "THYROID"]), None, p_missing=0.4)
    return sd, ser


def paeds(cx):
    k = cx.c(["cranus", "shunt", "mr", "skull", "boneage"])
    if k == "cranus":
        sd = T(cx, "US Head Neonatal (cranial)", "Ecografía transfontanelar", None, None, "USG przezciemiączkowe")
        ser = [S(us(cx, d), ["HEAD"], None, "neonatal cranial ultrasound through the fontanelle: head") for d in ["COR", "SAG", "R PARASAG", "L PARASAG"][: cx.c([2, 3, 4])]]
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["BRAIN"], p_missing=0.5)
        return sd, ser
    if k == "shunt":
        sd = T(cx, "XR VP Shunt Series", "Serie radiológica de válvula de derivación", None, None, "RTG przebiegu zastawki komorowo-otrzewnowej")
        ser = [S(xr(cx, "Skull AP", "AP"), ["HEAD"], None, "shunt series, skull film: head"),
               S(xr(cx, "Skull LAT", "LL"), ["HEAD"], None, "shunt series, skull film: head"),
               S(xr(cx, "Neck/Chest AP", "AP"), ["NECK", "CHEST"], None, "shunt series, neck and chest film: tubing course"),
               S(xr(cx, "Abdomen AP", "AP"), ["ABDOMEN", "PELVIS"], None, "shunt series, abdominal film to the peritoneal tip: abdomen and pelvis")]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["SKULL", "CHEST", "ABDOMEN"]), None, p_missing=0.3)
        return sd, ser
    if k == "skull":
        sd = T(cx, "XR Skull (craniosynostosis)", "RX de cráneo", None, None, "RTG czaszki")
        ser = [S(xr(cx, d, v), ["HEAD"], None, "skull films: head") for d, v in [("Skull AP", "AP"), ("Skull LAT", "LL"), ("Townes", "AP")][:2]]
        for s in ser:
            bpe(cx, s["meta"], "SKULL", ["HEAD"])
        return sd, ser
    if k == "boneage":
        lang = cx.lang
        sd = T(cx, ["XR Bone Age (left hand)", "XR Bone Age"], ["RX edad ósea (mano izquierda)", "RX EDAD OSEA"], None, None, ["RTG ręki lewej - wiek kostny", "RTG wieku kostnego"])
        desc = cx.c(["Hand PA", "Bone Age", "HAND PA LEFT" if lang == "en" else "Hand PA"])
        m = xr(cx, desc, "PA")
        if cx.p(0.6) or not any(w in sd.lower() for w in ("left", "izquierda", "lewej")):
            m["ImageLaterality"] = "L"
        ser = [S(m, ["HAND"], "L", "bone age film of the left hand (growth / pituitary work-up)")]
        bpe(cx, m, "HAND", ["EXTREMITY"])
        return sd, ser
    sd = T(cx, "MRI Brain under GA (paediatric)", "RM cerebral pediátrica bajo sedación", None, None, "MR głowy w znieczuleniu (dziecko)")
    ser = [S(mr(cx, kk), ["HEAD"], None, "paediatric brain MR: head") for kk in ["loc", "t1_3d", "t2_ax", "flair_ax", "dwi"]]
    for s in ser:
        bpe(cx, s["meta"], "HEAD", ["BRAIN"])
    return sd, ser


# ---------------------------------------------------------------- head and neck, dental

def ent(cx):
    k = cx.c(["sinus", "sinus", "tb", "tb", "iac", "cbct_sinus", "naso", "larynx", "swallow", "vfss", "lat_neck", "om"])
    if k in ("sinus", "tb"):
        if k == "sinus":
            sd = T(cx, ["CT Paranasal Sinuses", "CT SINUSES (FESS planning)"], ["TC de senos paranasales", "TC SENOS"], ["TC sins paranasals"],
                   ["TC dos seios perinasais", "TC SEIOS PERINASAIS"], ["TK zatok przynosowych", "TK zatok"])
            rw = reg_word(cx, "Sinus", "Senos", "Seios", "Zatoki")
            w = "CT of the paranasal sinuses: head"
        else:
            sd = T(cx, ["CT Temporal Bones", "CT PETROUS BONES", "CT Temporal Bone (cholesteatoma)"], ["TC de peñascos", "TC oídos"], ["TC penyals"],
                   ["TC dos ouvidos", "TC rochedos"], ["TK kości skroniowych", "TK piramid kości skroniowych"])
            rw = reg_word(cx, cx.c(["Petrous", "Temporal Bone", "IAC"]), "Penascos", "Ouvidos", "Piramidy")
            w = "CT of the temporal bones: head"
        ser = [S(ct_scout(cx), ["HEAD"], None, w + "; scout"), S(ct(cx, rw, 0.5 if cx.v["ct"] == "Canon" else 0.6, "bone"), ["HEAD"], None, w),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["COR Bone 1mm", "Poschl R", "Stenvers L", "MPR Cor"]), ImageType="DERIVED\\SECONDARY\\MPR"), ["HEAD"], None,
                 w + "; reformat"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], cx.c(["HEAD", "SINUS"]) if k == "sinus" else cx.c(["HEAD", "EAR", "IAC"]), ["SKULL", "FACE"], p_alt=0.2)
        return sd, ser
    if k == "iac":
        sd = T(cx, ["MRI Internal Auditory Meati", "MR IAMs (? vestibular schwannoma)"], ["RM de conductos auditivos internos", "RM CAI"], ["RM CAI"],
               ["RM dos CAI", "RM ângulos ponto-cerebelosos"], ["MR kątów mostowo-móżdżkowych", "MR przewodów słuchowych wewnętrznych"])
        ser = [S(mr(cx, "hloc"), ["HEAD"], None, "IAM MR: head; localizer"), S(mr(cx, "iac"), ["HEAD"], None, "3D heavily T2 of the IAMs: head"),
               S(mr(cx, "t2_ax"), ["HEAD"], None, "IAM MR: head")]
        mr_protocol(cx, ser, cx.c(["IAM", "IAC", "ENT^IAC"]), T(cx, "IAC", "CAI", None, "CAI", "KMM"))
        for s in ser:
            bpe(cx, s["meta"], "HEAD", ["IAC", "BRAIN", "EAR"], p_alt=0.25)
        return sd, ser
    if k == "cbct_sinus":
        mk = cx.c(DENTAL[cx.v["dental"]])
        sd = T(cx, "CBCT Sinuses", "TC haz cónico de senos", None, "CBCT seios perinasais", "CBCT zatok")
        ser = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Sinus volume", "Volume", "ENT 10x10"]),
                  "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, ["HEAD"], None, "cone-beam CT of the sinuses: head")]
        bpe(cx, ser[0]["meta"], "HEAD", ["SINUS", "JAW"], p_missing=0.5)
        return sd, ser
    if k == "naso":
        sd = T(cx, ["MRI Nasopharynx and Neck", "MR NPC STAGING"], ["RM de cavum y cuello"], ["RM cavum i coll"], ["RM do cavum e pescoço"], ["MR nosogardła i szyi"])
        w = "nasopharynx staging MR from skull base to clavicles: head and neck"
        ser = [S(mr(cx, "loc"), ["HEAD", "NECK"], None, w + "; localizer"), S(mr(cx, "neck_t2"), ["HEAD", "NECK"], None, w), S(mr(cx, "neck_t1"), ["HEAD", "NECK"], None, w),
               S(mr(cx, "neck_post"), ["HEAD", "NECK"], None, w), S(mr(cx, "neck_dwi"), ["HEAD", "NECK"], None, w)]
        mr_protocol(cx, ser, cx.c(["Nasopharynx", "ENT^NECK"]))
        for s in ser:
            bpe(cx, s["meta"], cx.c(["NECK", "HEADNECK", "HEAD"]), None)
        return sd, ser
    if k == "larynx":
        sd = T(cx, ["CT Larynx with contrast", "CT NECK (LARYNX)"], ["TC de laringe con contraste"], ["TC laringe"], ["TC da laringe c/ contraste"], ["TK krtani z kontrastem"])
        w = "CT of the larynx: neck"
        ser = [S(ct_scout(cx), ["NECK"], None, w + "; scout"), S(ct(cx, reg_word(cx, "Neck", "Cuello", "Pescoco", "Szyja"), 1, "soft"), ["NECK"], None, w),
               S(ct(cx, "", 2, "soft", "E-phonation"), ["NECK"], None, w + "; phonation run"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "NECK", ["LARYNX"], p_alt=0.2)
        return sd, ser
    if k == "swallow":
        sd = T(cx, ["Barium Swallow", "FL OESOPHAGUS"], ["Esofagograma baritado", "TEGD"], ["Esofagograma"], ["Trânsito esofágico", "Esofagograma"],
               ["RTG przełyku z kontrastem", "Pasaż przełyku"])
        w = "barium swallow from pharynx to cardia: neck and chest"
        ser = [S(rf(cx, d), ["NECK", "CHEST"], None, w) for d in ["Swallow AP", "Swallow LAT", "Oesophagus RAO"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["ESOPHAGUS", "NECK", "CHEST"]), None, p_missing=0.45)
        return sd, ser
    if k == "vfss":
        sd = T(cx, ["Videofluoroscopy (modified barium swallow) - SLT", "VFSS"], ["Videofluoroscopia de la deglución"], ["Videofluoroscòpia de la deglució"],
               ["Videofluoroscopia da deglutição"], ["Wideofluoroskopia połykania"])
        w = "videofluoroscopic swallow of the oral cavity and pharynx: head and neck"
        ser = [S(rf(cx, d, NumberOfFrames=str(cx.c([120, 240, 300]))), ["HEAD", "NECK"], None, w) for d in ["Lateral thin liquid", "Lateral puree", "AP"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["NECK", "PHARYNX"]), None, p_missing=0.45)
        return sd, ser
    if k == "lat_neck":
        sd = T(cx, ["XR Soft Tissue Neck Lateral (foreign body)", "XR NECK STN"], ["RX partes blandas cervicales"], ["RX parts toves coll"],
               ["RX partes moles do pescoço"], ["RTG tkanek miękkich szyi"])
        ser = [S(xr(cx, cx.c(["Soft Tissue Neck LAT", "STN LAT", "Neck LAT"]), "LL"), ["NECK"], None, "lateral soft-tissue neck film: neck")]
        bpe(cx, ser[0]["meta"], "NECK", ["CSPINE"], p_alt=0.3)
        return sd, ser
    sd = T(cx, ["XR Sinuses OM", "XR Facial Bones"], ["RX de senos paranasales (Waters)", "RX huesos propios nasales"], ["RX sins (Waters)"],
           ["RX dos seios perinasais (Waters)", "RX ossos da face"], ["RTG zatok przynosowych", "RTG kości twarzoczaszki"])
    ser = [S(xr(cx, d, "PA"), ["HEAD"], None, "sinus / facial films: head") for d in [cx.c(["OM 30", "Waters", "OM"]), cx.c(["OF", "LAT Face", "Caldwell"])]]
    for s in ser:
        bpe(cx, s["meta"], "SKULL", ["HEAD", "SINUS", "FACE"])
    return sd, ser


def neck(cx):
    k = cx.c(["ct", "ct", "mr", "us", "us", "fna", "ctnc"])
    if k == "ct":
        sd = T(cx, ["CT Neck with contrast", "CT NECK SOFT TISSUE +C"], ["TC cervical con contraste", "TC de cuello con contraste"], ["TC cervical amb contrast"],
               ["TC cervical c/ contraste", "TC PESCOCO"], ["TK szyi z kontrastem", "TK szyi"])
        w = "contrast CT of the neck: neck"
        ser = [S(ct_scout(cx), ["NECK"], None, w + "; scout"), S(ct(cx, reg_word(cx, "Neck", "Cuello", "Pescoco", "Szyja"), 2, "soft"), ["NECK"], None, w),
               S(ct(cx, "", 1, "bone"), ["NECK"], None, w + "; bone kernel"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "NECK", ["HEAD", "HEADNECK", "CSPINE"], p_alt=0.2)
        return sd, ser
    if k == "ctnc":
        sd = T(cx, ["CT Neck and Chest with contrast (staging)", "CT NECK + THORAX"], ["TC cervicotorácica con contraste"], ["TC cervicotoràcica"],
               ["TC cervico-torácica c/ contraste"], ["TK szyi i klatki piersiowej"])
        w = "neck-to-chest staging CT: neck and chest"
        ser = [S(ct_scout(cx), ["NECK", "CHEST"], None, w + "; scout"), S(ct(cx, reg_word(cx, "Neck-Thorax", "Cuello-Torax", "Pescoco-Torax", "Szyja-Klatka"), 2, "soft"), ["NECK", "CHEST"], None, w),
               S(ct(cx, reg_word(cx, "Lung", "Pulmon", "Pulmao", "Pluca"), 1, "lung"), ["CHEST"], None, "lung recon of the staging CT: chest"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], cx.c(["NECK", "CHEST"]), None)
        return sd, ser
    if k == "mr":
        sd = T(cx, ["MRI Neck with contrast", "MR NECK (oral cavity / tongue)"], ["RM de cuello con contraste"], ["RM coll amb contrast"],
               ["RM do pescoço c/ contraste", "RM cavidade oral e pescoço"], ["MR szyi z kontrastem"])
        oral = "oral" in sd.lower() or "cavidade" in sd.lower()
        labels = ["HEAD", "NECK"] if oral else ["NECK"]
        w = "oral cavity and neck MR: head and neck" if oral else "neck MR: neck"
        ser = [S(mr(cx, kk), labels, None, w) for kk in ["loc", "neck_t2", "neck_t1", "neck_post", "neck_dwi"]]
        mr_protocol(cx, ser, cx.c(["Neck", "ENT^NECK", "Soft tissue neck"]), T(cx, "Neck", "Cuello", None, "Pescoco", "Szyja"))
        for s in ser:
            bpe(cx, s["meta"], "NECK", ["HEAD", "HEADNECK"])
        return sd, ser
    side = cx.c(["", "L", "R"])
    sw = {"": "", "L": T(cx, " Left", " izquierdo", " esquerre", " esquerdo", " lewa strona"), "R": T(cx, " Right", " derecho", " dret", " direito", " prawa strona")}[side]
    if k == "us":
        sd = T(cx, [f"US Neck Lymph Nodes{sw}", "US NECK"], [f"Ecografía cervical{sw}", "ECO CUELLO"], [f"Ecografia cervical{sw}"],
               [f"Ecografia cervical{sw}", "ECO PESCOCO"], [f"USG szyi{sw}", "USG węzłów chłonnych szyi"])
        w = "neck lymph node ultrasound: neck (no side: not a limb)"
    else:
        sd = T(cx, [f"US Guided FNA Neck Node{sw}", "US FNA NECK"], [f"PAAF ecoguiada adenopatía cervical{sw}"], [f"PAAF ecoguiada cervical{sw}"],
               [f"Citologia aspirativa ecoguiada de gânglio cervical{sw}"], [f"BACC węzła chłonnego szyi{sw}"])
        w = "US-guided FNA of a neck node: neck"
    ser = [S(us(cx, d, **({"Laterality": side} if side and cx.p(0.5) else {})), ["NECK"], None, w)
           for d in [cx.c(["Level II", "LEVEL III", "Neck Trans", "SUBMANDIBULAR"]), cx.c(["Level IV", "Node LONG", "FNA needle"])]]
    for s in ser:
        bpe(cx, s["meta"], "NECK", None, p_missing=0.4)
    return sd, ser


def thyroid(cx):
    k = cx.c(["us", "us", "us", "fna", "scint", "pth4d", "goitre"])
    if k in ("us", "fna"):
        sd = T(cx, ["US Thyroid", "US THYROID + NECK", "US Guided FNA Thyroid Nodule"][:3 if k == "fna" else 2],
               ["Ecografía tiroidea", "ECO TIROIDES"] if k == "us" else ["PAAF tiroidea ecoguiada"], ["Ecografia de tiroide"] if k == "us" else ["PAAF tiroide"],
               ["Ecografia da tiróide", "ECO TIROIDEIA"] if k == "us" else ["Citologia aspirativa da tiróide ecoguiada"],
               ["USG tarczycy", "USG tarczycy i szyi"] if k == "us" else ["BACC tarczycy pod kontrolą USG"])
        w = "thyroid ultrasound: neck" + ("; FNA" if k == "fna" else "")
        ser = [S(us(cx, d), ["NECK"], None, w) for d in [cx.c(["RT LOBE TRANS", "Thyroid R lobe", "LD TRV"]), cx.c(["LT LOBE LONG", "Thyroid L lobe", "LS SAG"]), "ISTHMUS"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["THYROID", "NECK"]), None, p_missing=0.35)
        return sd, ser
    if k == "scint":
        sd = T(cx, "NM Thyroid Scan Tc-99m", "Gammagrafía tiroidea", "Gammagrafia tiroïdal", "Cintigrafia da tiróide", "Scyntygrafia tarczycy")
        ser = [S(nm(cx, cx.c(["Thyroid ANT Pinhole", "Thyroid 20min", "TC99m Thyroid"])), ["NECK"], None, "thyroid scintigraphy: neck")]
        bpe(cx, ser[0]["meta"], "THYROID", ["NECK"], p_missing=0.3)
        return sd, ser
    if k == "pth4d":
        sd = T(cx, "4D CT Parathyroid", "TC 4D de paratiroides", None, "TC 4D paratiróides", "TK 4D przytarczyc")
        w = "4D parathyroid CT from the mandible angle to the carina: neck and upper chest"
        ser = [S(ct_scout(cx), ["NECK", "CHEST"], None, w + "; scout")] + [S(ct(cx, "", 1, "soft", ph), ["NECK", "CHEST"], None, w) for ph in ["NC", "Arterial 25s", "Delayed 85s"]]
        ser.append(dose_S(cx))
        for s in ser[:4]:
            bpe(cx, s["meta"], "NECK", ["PARATHYROID", "CHEST"], p_alt=0.25)
        return sd, ser
    sd = T(cx, "CT Neck and Thoracic Inlet (retrosternal goitre)", "TC cervicotorácica (bocio endotorácico)", None, "TC cervico-torácica (bócio mergulhante)",
           "TK szyi i śródpiersia (wole zamostkowe)")
    w = "retrosternal goitre CT from neck to mediastinum: neck and chest"
    ser = [S(ct_scout(cx), ["NECK", "CHEST"], None, w + "; scout"), S(ct(cx, "", 2, "soft"), ["NECK", "CHEST"], None, w), dose_S(cx)]
    for s in ser[:2]:
        bpe(cx, s["meta"], cx.c(["NECK", "THYROID", "CHEST"]), None)
    return sd, ser


def orbit(cx):
    k = cx.c(["ct", "mr", "mr", "us", "fb", "dcg"])
    side = cx.c(["", "", "L", "R"])
    swd = {"": "", "L": T(cx, " Left", " izquierda", " esquerra", " esquerda", " lewej"), "R": T(cx, " Right", " derecha", " dreta", " direita", " prawej")}[side]
    if k == "ct":
        sd = T(cx, ["CT Orbits", "CT ORBITS (trauma)"], ["TC de órbitas"], ["TC òrbites"], ["TC das órbitas"], ["TK oczodołów"])
        w = "CT of the orbits: head"
        ser = [S(ct_scout(cx), ["HEAD"], None, w + "; scout"), S(ct(cx, reg_word(cx, "Orbit", "Orbitas", "Orbitas", "Oczodoly"), 1, "soft"), ["HEAD"], None, w),
               S(ct(cx, "", 0.6, "bone"), ["HEAD"], None, w), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], cx.c(["ORBIT", "HEAD"]), ["FACE", "EYE"], p_alt=0.2)
        return sd, ser
    if k == "mr":
        sd = T(cx, ["MRI Orbits with contrast", "MR ORBITS (optic neuritis)"], ["RM de órbitas con contraste"], ["RM òrbites"], ["RM das órbitas c/ contraste"], ["MR oczodołów z kontrastem"])
        w = "orbit MR: head"
        ser = [S(mr(cx, kk), ["HEAD"], None, w) for kk in ["hloc", "orbit", "t1_post", "t2_ax"]]
        mr_protocol(cx, ser, cx.c(["Orbits", "NEURO^ORBIT"]), T(cx, "Orbit", "Orbitas", None, "Orbitas", "Oczodoly"))
        for s in ser:
            bpe(cx, s["meta"], "ORBIT", ["HEAD", "BRAIN", "EYE"], p_alt=0.25)
        return sd, ser
    if k == "us":
        sd = T(cx, [f"US Orbit / Globe B-scan{swd}", "OCULAR US"], [f"Ecografía ocular{swd}"], [f"Ecografia ocular{swd}"], [f"Ecografia ocular{swd}"], [f"USG gałki ocznej{swd}"])
        ser = [S(us(cx, d, **({"Laterality": side} if side and cx.p(0.6) else {})), ["HEAD"], None, "ocular B-scan: head (eye, not a limb: no side)") for d in ["GLOBE AX", "GLOBE LONG"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["EYE", "ORBIT"]), None, p_missing=0.5)
        return sd, ser
    if k == "fb":
        sd = T(cx, "XR Orbits for foreign body (pre-MRI)", "RX de órbitas (cuerpo extraño metálico)", None, "RX órbitas (corpo estranho)", "RTG oczodołów - ciało obce")
        ser = [S(xr(cx, d, "PA"), ["HEAD"], None, "orbit films before MR: head") for d in ["Orbits OM eyes up", "Orbits OM eyes down"]]
        for s in ser:
            bpe(cx, s["meta"], "SKULL", ["ORBIT", "HEAD"])
        return sd, ser
    sd = T(cx, f"Dacryocystogram{swd}", f"Dacriocistografía{swd}", None, f"Dacriocistografia{swd}", f"Dakriocystografia{swd}")
    ser = [S(rf(cx, d, **({"Laterality": side} if side and cx.p(0.5) else {})), ["HEAD"], None, "dacryocystogram of the lacrimal drainage: head") for d in ["DCG OM", "DCG LAT"]]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["HEAD", "FACE"]), None, p_missing=0.5)
    return sd, ser


def dental(cx):
    k = cx.c(["opg", "opg", "opg", "io", "io", "bw", "cbct", "cbct", "ceph", "mand"])
    mk = cx.c(DENTAL[cx.v["dental"]])
    if k == "opg":
        sd = T(cx, ["OPG", "Dental Panoramic (DPT)", "OPT"], ["Ortopantomografía", "ORTOPANTOMOGRAFIA", "OPG"], ["Ortopantomografia"],
               ["Ortopantomografia", "ORTOPANTOMOGRAFIA", "Rx panorâmico dentário"], ["Pantomogram", "Zdjęcie pantomograficzne", "RTG pantomograficzne"])
        m = {"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Panoramic", "Standard Panoramic", "PAN", "Pano Adult"])}
        ser = [S(m, ["HEAD"], None, "dental panoramic of both jaws: head")]
        bpe(cx, m, cx.c(["JAW", "TEETH", "MOUTH"]), ["HEAD"], p_missing=0.45)
        return sd, ser
    if k in ("io", "bw"):
        im = cx.c(INTRAORAL[cx.v["dental"]])
        tooth = cx.c(["16", "26", "36", "46", "11-21", "37-38", "47"])
        if k == "bw":
            sd = T(cx, "Bitewings", "Radiografía de aleta de mordida", "Radiografia de mossegada", "Radiografia bite-wing", "RTG zgryzowe skrzydłowe")
            descs = [cx.c(["BW R", "Bitewing Right", "BW 1"]), cx.c(["BW L", "Bitewing Left", "BW 2"])]
        else:
            sd = T(cx, [f"Periapical {tooth}", "Intraoral Periapical"], [f"Radiografía periapical {tooth}"], [f"Periapical {tooth}"], [f"Rx periapical {tooth}"],
                   [f"RTG wewnątrzustne zęba {tooth}", "RTG punktowe zęba"])
            descs = [cx.c([f"PA {tooth}", f"Tooth {tooth}", "Periapical"])]
        ser = [S({"Modality": "IO", "Manufacturer": im[0], "ManufacturerModelName": im[1], "SeriesDescription": d, "SOPClassUID": SOP["IO"]}, ["HEAD"], None,
                 "intraoral dental film: head (teeth; no side: not a limb)") for d in descs]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["TEETH", "JAW", "MOUTH"]), None, p_missing=0.5)
        return sd, ser
    if k == "cbct":
        why = cx.c(["implant planning", "third molar", "endodontic", "orthodontic"])
        sd = T(cx, [f"CBCT ({why})", "Cone Beam CT Maxilla", "CBCT MANDIBLE"], ["TC de haz cónico (CBCT) maxilar", "CBCT implantes"], ["CBCT maxil·lar"],
               ["TC de feixe cónico - mandíbula", "CBCT implantologia"], ["Tomografia stożkowa (CBCT) żuchwy", "CBCT szczęki"])
        ser = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Volume", "3D 8x8", "Endo 4x4", "CBCT Volume"]),
                  "ImageType": cx.c(["ORIGINAL\\PRIMARY\\AXIAL", "ORIGINAL\\PRIMARY\\VOLUME"])}, ["HEAD"], None, "cone-beam CT of the jaws: head"),
               S({"Modality": "OT", "Manufacturer": mk[0], "SeriesDescription": cx.c(["Panoramic reconstruction", "Cross sections"]), "ImageType": "DERIVED\\SECONDARY"},
                 ["HEAD"], None, "reformat of a jaw CBCT: head"),
               S({"Modality": "DOC", "Manufacturer": mk[0], "SeriesDescription": "Report PDF", "SOPClassUID": SOP["PDF"]}, [], None, "encapsulated PDF report: no image", img=False)]
        for s in ser[:2]:
            bpe(cx, s["meta"], cx.c(["JAW", "MAXILLA", "MANDIBLE", "HEAD"]), None, p_missing=0.5)
        return sd, ser
    if k == "ceph":
        sd = T(cx, ["Lateral Cephalogram", "CEPH LAT"], ["Telerradiografía lateral de cráneo"], ["Telerradiografia lateral"], ["Telerradiografia de perfil"],
               ["Zdjęcie cefalometryczne boczne", "Cefalometria"])
        m = {"Modality": "DX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["Lateral Ceph", "Ceph LL", "CEPH"]), "ViewPosition": "LL"}
        ser = [S(m, ["HEAD"], None, "lateral cephalogram of the skull: head")]
        bpe(cx, m, "SKULL", ["HEAD"], p_missing=0.45)
        return sd, ser
    sd = T(cx, ["XR Mandible", "XR MANDIBLE PA + OBLIQUES"], ["RX de mandíbula"], ["RX mandíbula"], ["RX da mandíbula"], ["RTG żuchwy"])
    ser = [S(xr(cx, d, v), ["HEAD"], None, "mandible films: head") for d, v in [("Mandible PA", "PA"), ("Mandible OBL", None)]]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["JAW", "SKULL"]), ["HEAD"])
    return sd, ser


def tmj(cx):
    k = cx.c(["mr", "mr", "cbct", "opg"])
    if k == "mr":
        sd = T(cx, ["MRI TMJs (open and closed mouth)", "MR TMJ BILATERAL"], ["RM de ATM bilateral"], ["RM ATM"], ["RM das ATM (boca aberta e fechada)", "RM ATM"],
               ["MR stawów skroniowo-żuchwowych"])
        w = "temporomandibular joint MR: head"
        ser = [S(mr(cx, kk), ["HEAD"], None, w) for kk in ["loc", "tmj_c", "tmj_o", "pdfs_cor"]]
        mr_protocol(cx, ser, cx.c(["TMJ", "TMJ bilat"]), T(cx, "TMJ", "ATM", None, "ATM", "SSZ"))
        for s in ser:
            bpe(cx, s["meta"], cx.c(["TMJ", "HEAD", "JAW"]), None)
        return sd, ser
    mk = cx.c(DENTAL[cx.v["dental"]])
    if k == "cbct":
        sd = T(cx, "CBCT TMJ", "CBCT de ATM", None, "CBCT das ATM", "CBCT stawów skroniowo-żuchwowych")
        ser = [S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["TMJ R", "TMJ L", "TMJ Volume"])}, ["HEAD"], None,
                 "cone-beam CT of the TMJ: head")]
        bpe(cx, ser[0]["meta"], cx.c(["TMJ", "JAW"]), None, p_missing=0.5)
        return sd, ser
    sd = T(cx, "TMJ Panoramic (open/closed)", "Ortopantomografía ATM", None, "Ortopantomografia ATM boca aberta/fechada", "Pantomogram SSŻ")
    ser = [S({"Modality": "PX", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["TMJ Lateral", "TMJ open/closed", "TMJ PA"])},
             ["HEAD"], None, "panoramic TMJ programme: head")]
    bpe(cx, ser[0]["meta"], cx.c(["TMJ", "JAW"]), None, p_missing=0.5)
    return sd, ser


def salivary(cx):
    k = cx.c(["sialo_par", "sialo_sm", "us_par", "us_sm", "mrsialo", "scint"])
    side = cx.c("LR")
    en = {"L": "Left", "R": "Right"}[side]
    if k in ("sialo_par", "sialo_sm"):
        gland = "Parotid" if k == "sialo_par" else "Submandibular"
        sd = T(cx, [f"Sialogram {en} {gland}", f"FL SIALOGRAM {gland.upper()} {en.upper()}"], [f"Sialografía {gland.lower()} {side_word(cx, 'es', side, 'f')}"], None,
               [f"Sialografia {'parotídea' if gland == 'Parotid' else 'submandibular'} {side_word(cx, 'pt', side, 'f')}"],
               [f"Sialografia ślinianki {'przyusznej' if gland == 'Parotid' else 'podżuchwowej'} {side_word(cx, 'pl', side, 'gf')}"])
        labels = ["HEAD"] if gland == "Parotid" else ["HEAD", "NECK"]
        w = ("parotid sialogram (duct and gland in the face): head" if gland == "Parotid"
             else "submandibular sialogram (floor-of-mouth duct and gland below the mandible): head and neck")
        ser = [S(rf(cx, d, **({"Laterality": side} if cx.p(0.4) else {})), labels, None, w) for d in ["Control", "Filling", "Emptying"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["PAROTID", "HEAD", "NECK", "SALIVARY"]), None, p_missing=0.4)
        return sd, ser
    if k in ("us_par", "us_sm"):
        gland = "Parotid" if k == "us_par" else "Submandibular"
        sd = T(cx, [f"US {gland} {en}", "US Salivary Glands"], [f"Ecografía de glándulas salivales"], None, ["Ecografia das glândulas salivares", f"Ecografia {gland.lower()}"],
               ["USG ślinianek"])
        if "Saliv" in sd or "saliv" in sd or "ślinianek" in sd or "slinianek" in sd.lower():
            labels, w = ["HEAD", "NECK"], "salivary gland ultrasound of parotid and submandibular glands: head and neck"
        else:
            labels = ["HEAD"] if gland == "Parotid" else ["NECK"]
            w = "parotid ultrasound: head" if gland == "Parotid" else "submandibular gland ultrasound (submandibular triangle): neck"
        ser = [S(us(cx, d, **({"Laterality": side} if cx.p(0.5) else {})), labels, None, w) for d in [cx.c(["PAROTID TRANS", "SMG TRANS", "Gland"]), "LONG"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["PAROTID", "NECK", "HEAD"]), None, p_missing=0.4)
        return sd, ser
    if k == "mrsialo":
        sd = T(cx, "MR Sialography", "Sialo-RM", None, "Sialo-RM", "Sialografia MR")
        ser = [S(mr(cx, kk), ["HEAD", "NECK"], None, "MR sialography of the parotid and submandibular glands: head and neck") for kk in ["loc", "sialo", "neck_t2"]]
        for s in ser:
            bpe(cx, s["meta"], cx.c(["HEAD", "NECK"]), None)
        return sd, ser
    sd = T(cx, "NM Salivary Gland Scintigraphy", "Gammagrafía de glándulas salivales", None, "Cintigrafia das glândulas salivares", "Scyntygrafia ślinianek")
    ser = [S(nm(cx, cx.c(["Salivary Dynamic ANT", "Salivary 30min"])), ["HEAD", "NECK"], None, "salivary scintigraphy of parotid and submandibular glands: head and neck")]
    return sd, ser


def onc(cx):
    k = cx.c(["pet", "pet", "pet", "ctnc", "rt", "chest", "cxr", "mr_oral"])
    if k == "pet":
        sd = T(cx, ["PET-CT FDG Whole Body (head and neck cancer)", "PET CT SKULL BASE TO THIGH", "PETCT FDG H&N"], ["PET-TC FDG cuerpo entero"], ["PET-TC FDG cos sencer"],
               ["PET-CT FDG corpo inteiro"], ["PET-TK FDG całego ciała"])
        ser = [S(nm(cx, cx.c(["PET WB AC", "WB 3D MAC", "PET AC 2mm", "WB FDG QCFX"]), "PT"), WB, None, "whole-body FDG PET skull base to thigh"),
               S(dict(ct_make(cx), SeriesDescription=cx.c(["CT WB 3.75mm", "CTAC 5mm", "WB CT 3mm"])), WB, None, "PET/CT low-dose CT, skull base to thigh"),
               S(nm(cx, cx.c(["PET H&N 2mm AC", "Head Neck Dedicated"]), "PT"), ["HEAD", "NECK"], None, "dedicated head and neck bed of the PET/CT"),
               S(nm(cx, "MIP", "PT", ImageType="DERIVED\\SECONDARY\\MIP"), WB, None, "MIP of the whole-body PET"),
               S(ct_dose(cx), [], None, "dose page", img=False)]
        for s in ser[:4]:
            bpe(cx, s["meta"], cx.c(["WHOLEBODY", "HEADNECK", "CHEST"]), None, p_missing=0.3)
        return sd, ser
    if k == "ctnc":
        return _ctnc(cx)
    if k == "rt":
        sd = T(cx, ["CT RT Planning Head and Neck", "RTP CT H&N (mask)"], ["TC de planificación RT cabeza y cuello"], None, ["TC planeamento RT cabeça e pescoço"],
               ["TK do planowania RT głowa-szyja"])
        ser = [S(ct_scout(cx), ["HEAD", "NECK"], None, "scout of a head and neck RT planning CT"),
               S(ct(cx, "RTP H&N", 2, "soft"), ["HEAD", "NECK"], None, "radiotherapy planning CT vertex to below the clavicles: head and neck"), dose_S(cx)]
        for s in ser[:2]:
            bpe(cx, s["meta"], cx.c(["HEADNECK", "HEAD", "NECK"]), None, p_missing=0.3)
        return sd, ser
    if k == "chest":
        sd = T(cx, "CT Chest (H&N cancer staging)", "TC de tórax", "TC tòrax", "TC do tórax", "TK klatki piersiowej")
        ser = [S(ct_scout(cx), ["CHEST"], None, "scout of a chest CT"), S(ct(cx, reg_word(cx, "Thorax", "Torax", "Torax", "Klatka"), 1, "lung"), ["CHEST"], None, "chest CT: lungs"),
               S(ct(cx, "", 3, "soft"), ["CHEST"], None, "chest CT mediastinum"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], "CHEST", ["LUNG", "THORAX"], p_alt=0.3)
        return sd, ser
    if k == "cxr":
        sd = T(cx, ["XR Chest PA", "CXR"], ["RX de tórax PA", "RX TORAX"], ["RX tòrax"], ["RX do tórax PA", "RX TORAX"], ["RTG klatki piersiowej PA", "RTG klp"])
        ser = [S(xr(cx, cx.c(["Chest PA", "CHEST PA", "Thorax PA", "PA"]), "PA"), ["CHEST"], None, "chest film"),
               S(xr(cx, cx.c(["Chest LAT", "LAT"]), "LL"), ["CHEST"], None, "chest film, lateral")]
        for s in ser:
            bpe(cx, s["meta"], "CHEST", ["THORAX", "LUNG"])
        return sd, ser
    sd = T(cx, "MRI Oral Cavity and Neck (tongue SCC)", "RM de cavidad oral y cuello", None, "RM cavidade oral e pescoço", "MR jamy ustnej i szyi")
    ser = [S(mr(cx, kk), ["HEAD", "NECK"], None, "oral cavity cancer MR including the neck nodes: head and neck") for kk in ["loc", "neck_t2", "neck_post", "neck_dwi"]]
    for s in ser:
        bpe(cx, s["meta"], cx.c(["NECK", "HEADNECK"]), None)
    return sd, ser


def _ctnc(cx):
    sd = T(cx, ["CT Neck Chest Abdomen with contrast (staging)", "CT NECK/THORAX/ABDO"], ["TC cervico-toraco-abdominal"], None, ["TC cervico-toraco-abdominal"],
           ["TK szyi, klatki piersiowej i jamy brzusznej"])
    w = "staging CT of neck, chest and abdomen"
    labels = ["NECK", "CHEST", "ABDOMEN"]
    ser = [S(ct_scout(cx), labels, None, w + "; scout"), S(ct(cx, "", 2, "soft"), labels, None, w),
           S(ct(cx, reg_word(cx, "Neck", "Cuello", "Pescoco", "Szyja"), 1, "soft"), ["NECK"], None, "dedicated neck recon of the staging CT: neck"), dose_S(cx)]
    for s in ser[:3]:
        bpe(cx, s["meta"], cx.c(["NECK", "CHEST", "BODY"]), None)
    return sd, ser


# ---------------------------------------------------------------- partner hospitals: trauma and general

XRV = {"en": ("AP", "LAT", "OBL"), "es": ("AP", "lateral", "oblicua"), "ca": ("AP", "lateral", "obliqua"), "pt": ("F", "P", "obl"), "pl": ("AP", "boczne", "skośne")}


def limb_xr(cx, code, side):
    lang = cx.lang
    name, g = part_name(cx, lang, code, extra=cx.p(0.25))
    sw = side_word(cx, lang, side, g)
    ap, lat, obl = XRV[lang]
    xw = XRW[lang]
    if lang == "pl":
        sd = cx.c([f"RTG {name} {sw}", f"RTG {name} {sw} AP + boczne", f"Zdjęcie RTG {name} {sw}"])
    elif lang == "en":
        sd = cx.c([f"XR {name} {sw}", f"XR {sw} {name}", f"{sw.upper()} {name.upper()} XR"])
    else:
        sd = cx.c([f"{xw} {name} {sw}", f"{xw} de {name} {sw}", f"{xw} {name} {sw} ({ap} {'y' if lang == 'es' else 'i'} {lat})" if lang in ("es", "ca") else f"{xw} {name} {sw} ({ap}+{lat})"])
    why = f"{code.lower()} film, side {side} from the order ({sw})"
    ser = []
    eng = PART["en"][code][0]
    side_tag = cx.p(0.35)
    for v in [ap, lat] + ([obl] if code in ("HAND", "WRIST", "FOOT") and cx.p(0.5) else []):
        d = cx.c([f"{eng} {v}", v.upper(), f"{eng.upper()} {v.upper()}"]) if lang == "en" or cx.p(0.5) else f"{ascii_fold(name) if cx.ascii else name} {v}"
        m = xr(cx, d, "AP" if v in ("AP", "F") else None)
        if side_tag:
            m["ImageLaterality" if cx.p(0.5) else "Laterality"] = side
        ser.append(S(m, [code], side, why))
    for s in ser:
        bpe(cx, s["meta"], {"THIGH": "FEMUR", "LEG": "TIBIA", "ARM": "HUMERUS"}.get(code, code),
            ["EXTREMITY", "UPPER EXTREMITY" if code in ("SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND") else "LOWER EXTREMITY"])
    return sd, ser


def trauma(cx):
    k = cx.c(["limb"] * 7 + ["hips", "hands", "headc", "poly", "face"])
    if k == "limb":
        code = cx.c(["SHOULDER"] * 3 + ["WRIST"] * 3 + ["HIP"] * 2 + ["ANKLE"] * 2 + ["HAND", "FOOT", "KNEE", "ELBOW", "FOREARM", "ARM", "THIGH", "LEG"])
        return limb_xr(cx, code, cx.c("LR"))
    if k == "hips":
        sd = T(cx, "XR Pelvis and Both Hips", ["RX de pelvis y ambas caderas", "RX PELVIS + CADERAS"], ["RX pelvis i malucs"], ["RX bacia e ambas as ancas", "RX BACIA + ANCAS"],
               ["RTG miednicy i obu stawów biodrowych"])
        ser = [S(xr(cx, cx.c(["Pelvis AP", "PELVIS AP", "Pelvis"]), "AP"), ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips")]
        for s in ser:
            bpe(cx, s["meta"], "PELVIS", ["HIP"], p_alt=0.2)
        return sd, ser
    if k == "hands":
        sd = T(cx, "XR Both Hands (acromegaly)", "RX de ambas manos", "RX ambdues mans", "RX de ambas as mãos", "RTG obu dłoni")
        ser = [S(xr(cx, cx.c(["Hands PA", "Both Hands DP", "Manos PA" if cx.lang in ("es", "ca") else "Hands PA"]), "PA", **({"ImageLaterality": "B"} if cx.p(0.3) else {})),
                 ["HAND"], "B", "film of both hands on one plate (acromegaly work-up)")]
        bpe(cx, ser[0]["meta"], "HAND", ["EXTREMITY"])
        return sd, ser
    if k == "headc":
        sd = T(cx, ["CT Head and Cervical Spine (trauma)", "CT HEAD + C-SPINE"], ["TC craneal y columna cervical (politrauma)"], ["TC cranial i columna cervical"],
               ["TC CE e coluna cervical (trauma)"], ["TK głowy i odcinka szyjnego kręgosłupa (uraz)"])
        ser = [S(ct_scout(cx), ["HEAD", "CSPINE"], None, "scout planning head and cervical spine CT"),
               S(ct(cx, reg_word(cx, "Head", "Craneo", "Cranio", "Glowa"), 5, "brain"), ["HEAD"], None, "trauma head CT: head"),
               S(ct(cx, reg_word(cx, "C-Spine", "Col cervical", "Col cervical", "Kregoslup C"), 1, "bone"), ["CSPINE"], None, "trauma cervical spine CT"), dose_S(cx)]
        for s in ser[:3]:
            bpe(cx, s["meta"], cx.c(["HEAD", "CSPINE", "HEADNECK"]), None)
        return sd, ser
    if k == "face":
        sd = T(cx, "CT Facial Bones (trauma)", "TC de macizo facial", "TC massís facial", "TC do maciço facial", "TK twarzoczaszki")
        ser = [S(ct_scout(cx), ["HEAD"], None, "scout of a facial bones CT"), S(ct(cx, "", 0.6, "bone"), ["HEAD"], None, "facial bones CT: head"), dose_S(cx)]
        for s in ser[:2]:
            bpe(cx, s["meta"], cx.c(["FACE", "HEAD", "SKULL"]), None)
        return sd, ser
    sd = T(cx, "CT Whole Body Trauma", ["TC body politrauma", "TC POLITRAUMA"], ["TC politrauma"], ["TC politraumatizado (corpo inteiro)"], ["TK całego ciała (politrauma)"])
    ser = [S(ct_scout(cx), WB, None, "scout of a whole-body trauma CT"), S(ct(cx, "", 2, "soft", "PV"), CAP, None, "trauma CT body recon: chest, abdomen and pelvis"),
           S(ct(cx, reg_word(cx, "Head", "Craneo", "Cranio", "Glowa"), 5, "brain"), ["HEAD"], None, "trauma CT head recon"),
           S(dict(ct_make(cx), SeriesDescription=cx.c(["Spine SAG Bone", "WS SAG MPR", "Spine Bone Sag 2mm"]), ImageType="DERIVED\\SECONDARY\\MPR"), WSPINE, None,
             "whole-spine bone reformat of the trauma CT"), dose_S(cx)]
    for s in ser[:4]:
        bpe(cx, s["meta"], cx.c(["WHOLEBODY", "CHEST", "ABDOMEN"]), None, p_missing=0.35)
    return sd, ser


def general(cx):
    k = cx.c(["mammo", "mammo", "bus", "cxr", "abdus", "ctap", "dxa", "dxa", "kneemr"])
    if k == "mammo":
        sd = T(cx, "Mammography Bilateral", ["Mamografía bilateral", "MAMOGRAFIA BILATERAL"], ["Mamografia bilateral"], ["Mamografia bilateral", "MAMOGRAFIA"],
               ["Mammografia obustronna", "Mammografia"])
        mg = cx.v["mg"]
        ser = []
        for side in "RL":
            for view in ["CC", "MLO"]:
                m = {"Modality": "MG", "Manufacturer": MG_MAKE[mg][0], "ManufacturerModelName": MG_MAKE[mg][1][0], "SeriesDescription": f"{side} {view}",
                     "ImageLaterality": side, "ViewPosition": view, "SOPClassUID": SOP["MG"]}
                bpe(cx, m, "BREAST", None, p_missing=0.3)
                ser.append(S(m, ["BREAST"], side, f"mammogram, one breast per image (ImageLaterality {side})"))
        return sd, ser
    if k == "bus":
        side = cx.c("LRB")
        sw = side_word(cx, cx.lang, side, "f" if cx.lang in ("es", "ca", "pt") else "gf" if cx.lang == "pl" else "m")
        sd = T(cx, f"US Breast {sw}", [f"Ecografía mamaria {sw}", f"ECO MAMA {sw.upper()}"], [f"Ecografia mamària {sw}"], [f"Ecografia mamária {sw}"],
               [f"USG piersi {sw}" if side != "B" else "USG obu piersi"])
        ser = [S(us(cx, d, **({"Laterality": side} if side != "B" and cx.p(0.4) else {})), ["BREAST"], side, f"breast ultrasound, side {side} from the order")
               for d in [cx.c(["RETROAREOLAR", "Breast", "12 o'clock"]), "AXILLA" if cx.p(0.3) else "Breast radial"]]
        for s in ser:
            bpe(cx, s["meta"], "BREAST", None, p_missing=0.4)
        return sd, ser
    if k == "cxr":
        return (T(cx, "XR Chest", ["RX de tórax", "RX TORAX PA Y LAT"], ["RX tòrax"], ["RX do tórax", "RX TORAX PA"], ["RTG klatki piersiowej"]),
                [S(xr(cx, cx.c(["Chest PA", "TORAX PA", "PA", "Thorax"]), "PA"), ["CHEST"], None, "chest film")])
    if k == "abdus":
        sd = T(cx, "US Abdomen", ["Ecografía abdominal", "ECO ABDOMEN"], ["Ecografia abdominal"], ["Ecografia abdominal superior"], ["USG jamy brzusznej"])
        ser = [S(us(cx, d), ["ABDOMEN"], None, "upper abdominal ultrasound: abdomen") for d in ["LIVER", "GB", "R KIDNEY", "PANCREAS"][:2]]
        for s in ser:
            bpe(cx, s["meta"], "ABDOMEN", ["LIVER"], p_missing=0.4)
        return sd, ser
    if k == "ctap":
        sd = T(cx, "CT Abdomen and Pelvis with contrast", ["TC abdominopélvica con contraste", "TC ABDOMEN Y PELVIS"], ["TC abdominopèlvica"],
               ["TC abdomino-pélvica c/ contraste", "TC ABDOMEN E PELVE"], ["TK jamy brzusznej i miednicy z kontrastem"])
        ser = [S(ct_scout(cx), ["ABDOMEN", "PELVIS"], None, "scout of an abdomen-pelvis CT"), S(ct(cx, "", 3, "soft", "PV"), ["ABDOMEN", "PELVIS"], None, "abdomen and pelvis CT"),
               dose_S(cx)]
        for s in ser[:2]:
            bpe(cx, s["meta"], "ABDOMEN", ["ABDOMENPELVIS", "PELVIS"], p_alt=0.25)
        return sd, ser
    if k == "kneemr":
        side = cx.c("LR")
        name, g = part_name(cx, cx.lang, "KNEE")
        sw = side_word(cx, cx.lang, side, g)
        sd = f"{MRW[cx.lang]} {name} {sw}" if cx.lang != "pl" else f"MR {name} {sw}"
        w = f"knee MR, side {side} from the order ({sw})"
        ser = [S(mr(cx, kk), ["KNEE"], side, w) for kk in ["loc", "pdfs_cor", "pdfs_ax", "t1_cor"]]
        for s in ser:
            bpe(cx, s["meta"], "KNEE", ["EXTREMITY", "LEG"], p_alt=0.2)
        return sd, ser
    # DXA (bone health on enzyme-inducing antiepileptics, steroid-treated neuro patients)
    side = cx.c("LR")
    sd = T(cx, "DXA Bone Densitometry", ["Densitometría ósea", "DMO"], ["Densitometria òssia"], ["Osteodensitometria", "DEXA"], ["Densytometria", "DXA kręgosłupa i biodra"])
    mk = cx.c([("HOLOGIC", "Horizon A"), ("GE Healthcare", "Lunar iDXA")])
    ser = []
    dual = cx.p(0.3)
    hip_desc = "Dual Femur" if dual else {"L": "Left Hip", "R": "Right Hip"}[side]
    for d, lab, lat in [("AP Spine", ["LSPINE"], None), (hip_desc, ["HIP"], "B" if dual else side),
                        ({"L": "Left Forearm", "R": "Right Forearm"}[side], ["FOREARM"], side)]:
        m = {"Modality": cx.c(["OT", "DX"]), "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "PELVIS"])
        ser.append(S(m, lab, lat, "DXA image of the " + lab[0].lower() + (f", side {lat}" if lat else "")))
    ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SeriesDescription": "DXA Report", "SOPClassUID": SOP["CSR"]}, [], None, "densitometry result SR: no image", img=False))
    return sd, ser


FAMILY = {"stroke": stroke, "epilepsy": epilepsy, "tumour": tumour, "functional": functional, "neuro": neuro, "spine": spine, "angio": angio,
          "nerve": nerve, "nm": nmfam, "paeds": paeds, "ent": ent, "neck": neck, "thyroid": thyroid, "orbit": orbit, "dental": dental,
          "tmj": tmj, "salivary": salivary, "onc": onc, "trauma": trauma, "general": general}


def noanat(cx):
    """Objects without anatomy that travel with the site's studies: scanned requests, key objects,
    presentation states, dose SRs, protocol pages, phantoms."""
    k = cx.c(["doc", "ko", "pr", "sr", "page", "qa", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": SOP["SC"], "SeriesDescription": T(cx, ["Scanned Request", "Referral form", "MRI Safety Checklist"],
                ["Petición escaneada", "Consentimiento informado"], ["Petició escanejada"], ["Requisição digitalizada", "Consentimento informado"],
                ["Skierowanie skan", "Ankieta MR"])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": SOP["KO"], "SeriesDescription": cx.c(["Key Images", "KEY_IMAGES", "Teaching file"])}, "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": SOP["PR"], "SeriesDescription": cx.c(["Presentation State", "GSPS", "Measurements", "Annotations"])}, "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": SOP["DOSE"], "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, "dose structured report"
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Protocol Page", "Screen Save", "Report Page"]), "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, \
            "protocol/screen page: text, no anatomy"
    ph = cx.c([({"Modality": "MR", "SeriesDescription": cx.c(["ACR Phantom T1", "QA Phantom SNR", "Daily QA head coil"]), "StudyDescription": "QA PHANTOM"},
                "MR quality-control phantom: no patient"),
               ({"Modality": "CT", "SeriesDescription": cx.c(["Water phantom 10mm", "Daily QC", "Catphan 600"]), "StudyDescription": "CT QA"},
                "CT water / Catphan phantom: no patient"),
               ({"Modality": "CT", "SeriesDescription": cx.c(["QA Phantom", "Constancy test"]), "StudyDescription": "CBCT QA"}, "CBCT quality-control phantom: no patient")])
    return ph


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
        _langs, _kind, target, _v, strata, _a = SITES[site]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            sd = sd_of(cx, sd)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.18:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                if cx.ascii and "SeriesDescription" in meta:
                    meta["SeriesDescription"] = ascii_fold(meta["SeriesDescription"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.55:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if r < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                elif r < 0.25 and meta["Modality"] in ("DX", "CR", "US", "PX", "IO", "RF") and len(sd) > 16:
                    # older worklist brokers keep 16 characters of the procedure step
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and s["img"] and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < 0.05:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "StudyDescription" in meta:
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
    lines.append("side tag on a row without a limb or breast "
                 f"{sum(r['laterality'] is None and bool({'Laterality', 'ImageLaterality'} & set(r['meta'])) for r in rows)}")
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
