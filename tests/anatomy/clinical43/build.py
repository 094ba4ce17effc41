"""Writes tests/anatomy/data/clinical_set_43.jsonl: a fortnight of series from five South Asian
hospitals (Lahore, Dhaka, Sri Lanka, Kathmandu, Chennai/Kochi), labelled blind against the shared
anatomy spec (see README.md beside this file).

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

SEED = 43
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_43.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LOWER_LIMB = ["THIGH", "KNEE", "LEG"]
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

# ---------------------------------------------------------------- languages
# ur: Urdu script, urr: romanised Urdu, bn: Bengali script, bnr: romanised Bengali, si: Sinhala,
# ta: Tamil, ml: Malayalam, ne: Nepali (Devanagari), ner: romanised Nepali, en: English.
SIDE = {
    "en": {"R": ["RT", "RIGHT", "Rt.", "(R)", "Right", "RT."], "L": ["LT", "LEFT", "Lt.", "(L)", "Left", "LT."],
           "B": ["B/L", "BILATERAL", "BOTH", "Bilat", "B/L"]},
    "ur": {"R": ["دایاں", "دائیں"], "L": ["بایاں", "بائیں"], "B": ["دونوں"]},
    "urr": {"R": ["dayan", "dayen", "DAYAN", "dain"], "L": ["bayan", "bayen", "BAYAN", "bain"], "B": ["dono", "DONO"]},
    "bn": {"R": ["ডান"], "L": ["বাম"], "B": ["উভয়", "দুই"]},
    "bnr": {"R": ["dan", "DAN", "daan"], "L": ["bam", "BAM", "baam"], "B": ["ubhoy", "dui"]},
    "si": {"R": ["දකුණු"], "L": ["වම්"], "B": ["දෙපස"]},
    "ta": {"R": ["வலது"], "L": ["இடது"], "B": ["இருபக்க"]},
    "ml": {"R": ["വലതു", "വലത്"], "L": ["ഇടതു", "ഇടത്"], "B": ["ഇരുവശവും"]},
    "ne": {"R": ["दायाँ", "दाहिने"], "L": ["बायाँ", "देब्रे"], "B": ["दुवै"]},
    "ner": {"R": ["dahine", "dayan", "DAHINE"], "L": ["debre", "bayan", "DEBRE"], "B": ["duwai", "DUWAI"]},
}
XRW = {"en": ["X-RAY", "XRAY", "X-Ray", "XR"], "ur": ["ایکسرے"], "urr": ["xray", "x-ray", "X-RAY"], "bn": ["এক্স-রে"],
       "bnr": ["xray", "x-ray", "X-RAY"], "si": ["X-RAY", "එක්ස් කිරණ"], "ta": ["எக்ஸ்-ரே", "X-RAY"], "ml": ["എക്സ്-റേ", "X-RAY"],
       "ne": ["एक्स-रे", "एक्सरे"], "ner": ["xray", "x-ray", "X-RAY"]}
# English limb names (the first is the usual one; the others are bones and joints the spec folds
# into that code) and unions ordered as one exam.
EN_PART = {
    "KNEE": ["KNEE", "KNEE JOINT", "Knee"], "SHOULDER": ["SHOULDER", "SHOULDER JOINT", "CLAVICLE", "AC JOINT", "SCAPULA"],
    "HIP": ["HIP", "HIP JOINT", "Hip"], "ANKLE": ["ANKLE", "ANKLE JOINT", "Ankle"],
    "FOOT": ["FOOT", "CALCANEUM", "TOES", "GREAT TOE", "HEEL", "Foot"], "HAND": ["HAND", "FINGER", "THUMB", "LITTLE FINGER", "Hand"],
    "WRIST": ["WRIST", "WRIST JOINT", "SCAPHOID", "Wrist"], "ELBOW": ["ELBOW", "ELBOW JOINT", "Elbow"],
    "FOREARM": ["FOREARM", "RADIUS ULNA", "Forearm"], "ARM": ["HUMERUS", "ARM", "Humerus"], "THIGH": ["FEMUR", "THIGH", "Femur"],
    "LEG": ["LEG", "TIBIA FIBULA", "TIB/FIB", "Leg"],
}
EN_UNION = [("FOREARM WITH WRIST", ["FOREARM", "WRIST"]), ("LEG WITH ANKLE", ["LEG", "ANKLE"]), ("FEMUR WITH KNEE", ["THIGH", "KNEE"]),
            ("HUMERUS WITH SHOULDER", ["ARM", "SHOULDER"]), ("ELBOW WITH FOREARM", ["ELBOW", "FOREARM"]), ("HAND WITH WRIST", ["HAND", "WRIST"]),
            ("ANKLE WITH FOOT", ["ANKLE", "FOOT"]), ("KNEE WITH LEG", ["KNEE", "LEG"]), ("FEMUR WITH HIP", ["THIGH", "HIP"]),
            ("ARM WITH ELBOW", ["ARM", "ELBOW"])]
LOC_PART = {
    "ur": {"KNEE": "گھٹنا", "SHOULDER": "کندھا", "HIP": "کولہا", "ANKLE": "ٹخنہ", "FOOT": "پاؤں", "HAND": "ہاتھ", "WRIST": "کلائی",
           "ELBOW": "کہنی", "ARM": "بازو", "THIGH": "ران", "LEG": "پنڈلی"},
    "urr": {"KNEE": "ghutna", "SHOULDER": "kandha", "HIP": "koolha", "ANKLE": "takhna", "FOOT": "paon", "HAND": "haath", "WRIST": "kalai",
            "ELBOW": "kohni", "ARM": "bazu", "THIGH": "raan", "LEG": "pindli"},
    "bn": {"KNEE": "হাঁটু", "SHOULDER": "কাঁধ", "HIP": "হিপ জয়েন্ট", "ANKLE": "গোড়ালি", "FOOT": "পায়ের পাতা", "HAND": "হাত", "WRIST": "কব্জি",
           "ELBOW": "কনুই", "ARM": "বাহু", "THIGH": "উরু"},
    "bnr": {"KNEE": "hatu", "SHOULDER": "kadh", "HIP": "hip joint", "ANKLE": "gorali", "FOOT": "payer pata", "HAND": "haat", "WRIST": "kobji",
            "ELBOW": "konui", "ARM": "bahu", "THIGH": "uru"},
    "si": {"KNEE": "දණහිස", "SHOULDER": "උරහිස", "HIP": "උකුල", "ANKLE": "වළලුකර", "FOOT": "පාදය", "HAND": "අත", "WRIST": "මැණික්කටුව",
           "ELBOW": "වැලමිට", "THIGH": "කලවය"},
    "ta": {"KNEE": "முழங்கால்", "SHOULDER": "தோள்பட்டை", "HIP": "இடுப்பு மூட்டு", "ANKLE": "கணுக்கால்", "FOOT": "பாதம்", "HAND": "கை",
           "WRIST": "மணிக்கட்டு", "ELBOW": "முழங்கை", "THIGH": "தொடை", "FOREARM": "முன்கை"},
    "ml": {"KNEE": "കാൽമുട്ട്", "SHOULDER": "തോൾ", "HIP": "ഇടുപ്പ് സന്ധി", "ANKLE": "കണങ്കാൽ", "FOOT": "പാദം", "HAND": "കൈ",
           "WRIST": "മണിബന്ധം", "ELBOW": "കൈമുട്ട്", "THIGH": "തുട"},
    "ne": {"KNEE": "घुँडा", "SHOULDER": "काँध", "ANKLE": "गोलीगाँठो", "HAND": "हात", "WRIST": "नाडी", "ELBOW": "कुहिनो", "ARM": "पाखुरा",
           "THIGH": "तिघ्रा", "FOOT": "पैताला"},
    "ner": {"KNEE": "ghunda", "SHOULDER": "kaandh", "ANKLE": "goligantho", "HAND": "haat", "WRIST": "naadi", "ELBOW": "kuhino", "ARM": "pakhura",
            "THIGH": "tighra"},
}
# DICOM-ish part words the X-ray consoles put in their series names.
MENU = {"KNEE": "KNEE", "SHOULDER": "SHOULDER", "HIP": "HIP", "ANKLE": "ANKLE", "FOOT": "FOOT", "HAND": "HAND", "WRIST": "WRIST",
        "ELBOW": "ELBOW", "FOREARM": "FOREARM", "ARM": "HUMERUS", "THIGH": "FEMUR", "LEG": "TIB FIB"}

# ---------------------------------------------------------------- vendors
CT_MAKE = {
    "Siemens": ("SIEMENS", ["SOMATOM go.Now", "SOMATOM Emotion 16", "SOMATOM Definition AS", "SOMATOM Perspective", "SOMATOM go.Up"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution ACT", "Optima CT520 Series", "BrightSpeed", "LightSpeed VCT", "Revolution EVO"]),
    "Toshiba": ("TOSHIBA", ["Aquilion", "Aquilion Prime", "Alexion"]),
    "Canon": ("CANON_MEC", ["Aquilion Lightning", "Aquilion Prime SP"]),
    "Philips": ("Philips", ["Ingenuity CT", "MX 16-slice", "Incisive CT", "Brilliance 64"]),
    "UIH": ("UIH", ["uCT 528", "uCT 530+", "uCT 760"]),
}
MR_MAKE = {
    "Siemens": ("SIEMENS", ["MAGNETOM Amira", "MAGNETOM Essenza", "MAGNETOM Aera", "MAGNETOM Sempra"]),
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Creator", "Signa HDxt", "Brivo MR355", "SIGNA Explorer"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Multiva", "Achieva"]),
    "UIH": ("UIH", ["uMR 570", "uMR 580", "uMR 780"]),
    "Toshiba": ("TOSHIBA", ["Vantage Elan", "Vantage Titan"]),
}
XR_MAKE = {
    "FujiCR": ("FUJIFILM Corporation", ["FCR CAPSULA XLII", "FCR Prima T2", "FCR PROFECT CS"], "CR"),
    "FujiDR": ("FUJIFILM Corporation", ["FDR Smart X", "FDR D-EVO II"], "DX"),
    "Carestream": ("Carestream Health", ["DRX-Evolution", "DRX-Ascend", "DirectView CR 975", "DRX-1"], "DX"),
    "Agfa": ("Agfa", ["CR 30-X", "DX-D 300", "CR 15-X"], "CR"),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost", "MobileDiagnost wDR"], "DX"),
    "Siemens": ("SIEMENS", ["Multix Select DR", "Mobilett Elara Max"], "DX"),
    "Mindray": ("Mindray", ["DigiEye 760", "DigiEye 330"], "DX"),
    "Samsung": ("Samsung Electronics", ["GC85A", "GM85", "GF50"], "DX"),
    "Allengers": ("Allengers Medical Systems", ["MARS 6.5", "MARS 50"], "DX"),
    "Shimadzu": ("Shimadzu Corporation", ["RADspeed Pro", "MobileDaRt Evolution"], "DX"),
    "Konica": ("KONICA MINOLTA", ["REGIUS 110", "AeroDR"], "CR"),
}
US_MAKE = {
    "Mindray": ("Mindray", ["DC-70", "Resona 7", "DC-40"]), "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["HS70A", "HERA W10", "WS80A", "V7"]),
    "GE": ("GE Healthcare", ["Voluson E8", "Voluson S10", "LOGIQ P9", "LOGIQ F8"]), "Philips": ("Philips Medical Systems", ["Affiniti 50", "EPIQ 5G"]),
    "SonoScape": ("SonoScape", ["S50", "P60"]), "Canon": ("CANON_MEC", ["Aplio a450"]), "Esaote": ("Esaote", ["MyLab X7"]),
}
RF_MAKE = {"Shimadzu": ("Shimadzu Corporation", "SONIALVISION G4"), "Siemens": ("SIEMENS", "Luminos Agile Max"),
           "Philips": ("Philips Medical Systems", "EasyDiagnost Eleva"), "GE": ("GE Healthcare", "Precision 500D"),
           "Toshiba": ("TOSHIBA", "Ultimax-i")}
MG_MAKE = {"Hologic": ("HOLOGIC, Inc.", "Selenia Dimensions"), "GE": ("GE MEDICAL SYSTEMS", "Senographe Pristina"),
           "Fujifilm": ("FUJIFILM Corporation", "AMULET Innovality"), "Siemens": ("SIEMENS", "MAMMOMAT Inspiration")}
DENT_MAKE = {"Vatech": ("VATECH", "PaX-i", "PaX-i3D Green"), "Carestream": ("Carestream Health", "CS 8100", "CS 8100 3D"),
             "Planmeca": ("Planmeca", "ProMax", "ProMax 3D Mid")}
IO_MAKE = [("Carestream Health", "RVG 6200"), ("VATECH", "EzSensor"), ("Planmeca", "ProSensor")]

# ---------------------------------------------------------------- sites
# languages with weights, kind, target rows, vendors, strata with weights
SITES = {
    "pk-lahore": dict(langs={"en": 4, "ur": 3, "urr": 3}, kind="public teaching hospital, Lahore, Pakistan", target=200,
                      ct="Toshiba", mr="Siemens", xr=["FujiCR", "FujiCR", "Carestream"], us=["Mindray", "Samsung", "GE"],
                      rf="Shimadzu", mg="Fujifilm", dent="Vatech",
                      strata={"chest": 6, "msk": 10, "obs": 3, "abdo": 3, "uro": 2, "neuro": 3, "spine": 3, "contrast": 1, "trauma": 2,
                              "headneck": 2, "breast": 1, "dental": 1, "vasc": 1, "onc": 1}),
    "bd-dhaka": dict(langs={"en": 4, "bn": 3, "bnr": 3}, kind="private diagnostic centre, Dhaka, Bangladesh", target=190,
                     ct="GE", mr="Philips", xr=["Agfa", "Samsung", "Konica"], us=["Samsung", "GE", "SonoScape", "Mindray"],
                     rf="Siemens", mg="Hologic", dent="Carestream",
                     strata={"chest": 6, "msk": 8, "obs": 3, "abdo": 4, "uro": 2, "neuro": 2, "spine": 3, "contrast": 2, "trauma": 1,
                             "headneck": 2, "breast": 2, "dental": 1, "vasc": 1}),
    "lk-gov": dict(langs={"en": 4, "si": 4, "ta": 2}, kind="government general hospital, Sri Lanka", target=180,
                   ct="Siemens", mr="Toshiba", xr=["Philips", "Siemens", "Carestream"], us=["Mindray", "Philips", "Canon"],
                   rf="Toshiba", mg="Siemens", dent="Planmeca",
                   strata={"chest": 5, "msk": 10, "obs": 3, "abdo": 3, "uro": 2, "neuro": 3, "spine": 2, "contrast": 1, "trauma": 2,
                           "headneck": 2, "breast": 1, "dental": 1, "vasc": 1}),
    "np-ktm": dict(langs={"en": 4, "ne": 3, "ner": 3}, kind="private hospital, Kathmandu, Nepal", target=175,
                   ct="UIH", mr="UIH", xr=["Mindray", "Shimadzu", "FujiCR"], us=["Mindray", "SonoScape", "GE"],
                   rf="Shimadzu", mg="Fujifilm", dent="Vatech",
                   strata={"chest": 6, "msk": 9, "obs": 3, "abdo": 3, "uro": 2, "neuro": 3, "spine": 3, "contrast": 1, "trauma": 2,
                           "headneck": 2, "breast": 1, "dental": 1, "vasc": 1}),
    "in-south": dict(langs={"en": 5, "ta": 3, "ml": 3}, kind="multi-speciality hospital, Chennai and Kochi, India", target=200,
                     ct="Siemens", mr="GE", xr=["Allengers", "FujiDR", "Carestream", "Philips"], us=["GE", "Philips", "Samsung", "Esaote"],
                     rf="Philips", mg="GE", dent="Carestream",
                     strata={"chest": 4, "msk": 9, "obs": 3, "abdo": 3, "uro": 2, "neuro": 3, "spine": 3, "contrast": 1, "trauma": 1,
                             "headneck": 2, "breast": 2, "dental": 1, "vasc": 1, "onc": 3}),
}
# the India site runs a second CT (GE) at its Kochi campus; Lahore a second MR (GE) in the private wing
CT_ALT = {"in-south": "GE", "pk-lahore": "Canon", "bd-dhaka": "Philips"}
MR_ALT = {"pk-lahore": "GE", "in-south": "Siemens"}
NOANAT_SHARE = 0.035

# ---------------------------------------------------------------- helpers


class Cx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        langs = self.cfg["langs"]
        self.lang = rng.choices(list(langs), list(langs.values()))[0]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def ctv(self):
        return CT_ALT[self.site] if self.site in CT_ALT and self.p(0.3) else self.cfg["ct"]

    def mrv(self):
        return MR_ALT[self.site] if self.site in MR_ALT and self.p(0.3) else self.cfg["mr"]


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def side_word(cx, lang, s):
    return cx.c(SIDE[lang][s])


def upcase(cx, text):
    return text.upper() if cx.p(0.3) else text


def bpe_apply(cx, meta, good, alt=None, p_missing=0.33, p_alt=0.14):
    """BodyPartExamined as consoles fill it: often missing, sometimes coarse or copied wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def local(cx, texts):
    """The site's text for an exam: its own language when there is one, else English."""
    got = texts.get(cx.lang) or texts["en"]
    return cx.c(got)


# ---------------------------------------------------------------- modality series makers

CT_WORD = {"head": ("Head", "BRAIN", "Brain"), "chest": ("Thorax", "CHEST", "Chest"), "abd": ("Abdomen", "ABDOMEN", "Abdomen"),
           "abdpel": ("Abdomen", "ABD PELVIS", "Abdomen"), "kub": ("KUB", "KUB", "KUB"), "neck": ("Neck", "NECK", "Neck"),
           "spine": ("Spine", "SPINE", "Spine"), "cspine": ("C-Spine", "C-SPINE", "C Spine"), "lspine": ("L-Spine", "L-SPINE", "L Spine"),
           "sinus": ("Sinus", "SINUS", "Sinus"), "temporal": ("Petrous", "IAC", "Temporal"), "face": ("Facial", "FACE", "Face"),
           "body": ("Body", "BODY", "Body"), "limb": ("Extremity", "EXTREMITY", "Extremity"), "cap": ("Thorax-Abdomen", "CAP", "Chest-Abd")}
KERNEL = {"Siemens": {"soft": ["Br40", "B30f", "J40s"], "brain": ["H31s", "Hr38", "J30s"], "bone": ["Br64", "H70h", "B70s"], "lung": ["Bl57", "B70f", "Br60"]},
          "GE": {"soft": ["STANDARD", "SOFT"], "brain": ["STANDARD", "SOFT"], "bone": ["BONE", "BONEPLUS"], "lung": ["LUNG", "BONEPLUS"]},
          "Toshiba": {"soft": ["FC03", "FC08"], "brain": ["FC21", "FC26"], "bone": ["FC30", "FC31"], "lung": ["FC52", "FC86"]},
          "Canon": {"soft": ["FC08", "FC18"], "brain": ["FC21", "FC23"], "bone": ["FC30", "FC35"], "lung": ["FC52", "FC86"]},
          "Philips": {"soft": ["B", "C"], "brain": ["UB", "UC"], "bone": ["D", "YC"], "lung": ["L", "YA"]},
          "UIH": {"soft": ["B_SOFT_B", "B_SOFT_C"], "brain": ["H_SOFT_B", "H_SHARP_A"], "bone": ["B_SHARP_C", "B_SHARP_D"], "lung": ["L_SHARP_B", "L_SHARP_C"]}}
SCOUT = {"Siemens": ["Topogram  0.6  T20s", "Topogram  0.6  T80f", "Topogram"], "GE": ["Scout", "SCOUT"], "Toshiba": ["Scanogram"],
         "Canon": ["Scanogram", "Scano"], "Philips": ["Surview", "SURVIEW"], "UIH": ["Topo", "Localizer"]}
DOSE = {"Siemens": ("Patient Protocol", "DERIVED\\SECONDARY\\OTHER"), "GE": ("Dose Report", "DERIVED\\SECONDARY\\SCREEN SAVE"),
        "Toshiba": ("Dose Info", "DERIVED\\SECONDARY"), "Canon": ("Dose Info", "DERIVED\\SECONDARY"),
        "Philips": ("Dose Info", "DERIVED\\SECONDARY\\DOSE_INFO"), "UIH": ("Dose Report", "DERIVED\\SECONDARY\\OTHER")}
CT_PROTO = {"head": ["HEAD ROUTINE", "BRAIN PLAIN", "Head_Trauma", "7.1 HEAD"], "chest": ["HRCT CHEST", "THORAX ROUTINE", "Chest_CE", "1.4 CHEST"],
            "abd": ["ABDOMEN 3 PHASE", "LIVER TRIPHASIC", "Abdomen_CE"], "abdpel": ["ABD PELVIS ROUTINE", "WHOLE ABDOMEN CE", "AbdomenPelvis"],
            "kub": ["KUB STONE", "UROLITHIASIS LD", "CT KUB PLAIN"], "neck": ["NECK CE", "Neck_Routine"], "spine": ["SPINE", "Spine_Bone"],
            "cspine": ["C-SPINE TRAUMA", "CSpine"], "lspine": ["L-SPINE", "LSpine"], "sinus": ["SINUS CORONAL", "PNS"],
            "temporal": ["TEMPORAL BONE HR", "IAC_HR"], "face": ["FACIAL BONES 3D", "Face_Trauma"], "body": ["POLYTRAUMA", "Trauma_WB"],
            "limb": ["EXTREMITY", "Joint_Bone"], "cap": ["CAP ONCO", "Chest-Abd-Pelvis"]}


def ct_recon(cx, v, region, ktype, th):
    mk = CT_MAKE[v]
    k = cx.c(KERNEL[v][ktype])
    w = CT_WORD[region]
    if v == "Siemens":
        d = f"{w[0]}  {th:.1f}  {k}" + (cx.c(["", "  3", "  2"]) if cx.p(0.5) else "")
    elif v == "GE":
        d = cx.c([f"{th:g}mm {k[:4] if k != 'BONEPLUS' else 'BONE Plus'}", f"{th:g} {k}", f"{w[1]} {th:g}mm"])
    elif v in ("Toshiba", "Canon"):
        d = cx.c([f"AXIAL {th:.1f}", f"{'BONE' if ktype == 'bone' else 'LUNG' if ktype == 'lung' else 'ORG'} {th:.1f}", f"{w[1]} {th:.1f} {k}"])
    elif v == "Philips":
        d = cx.c([f"{w[2]} {th:g}mm", f"iDose 4 {w[2]} {th:g}mm", f"{w[2]} {th:g}mm {k}"])
    else:
        d = cx.c([f"{w[2]} {th:g}mm", f"{w[2]} {th:g}mm {k}", f"{th:g}mm {k}"])
    m = {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": cx.c(mk[1]), "SeriesDescription": d,
         "ImageType": "ORIGINAL\\PRIMARY\\AXIAL", "ConvolutionKernel": k, "SliceThickness": f"{th:g}"}
    return m


def ct_study(cx, plan, labels_all, why, bpe, contrast=False, scout_labels=None, region_for_proto=None):
    """A CT study: scout, the recons of ``plan`` [(region, kernel, thickness, labels)], dose page."""
    v = cx.ctv()
    mk = CT_MAKE[v]
    model = cx.c(mk[1])
    proto = cx.c(CT_PROTO[region_for_proto or plan[0][0]]) if cx.p(0.55) else None
    ser = []
    sc = {"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": model, "SeriesDescription": cx.c(SCOUT[v]),
          "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"}
    ser.append(S(sc, scout_labels or labels_all, None, why + "; scout of the exam"))
    for region, kt, th, labs in plan:
        m = ct_recon(cx, v, region, kt, th)
        m["ManufacturerModelName"] = model
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "IOHEXOL", "Ultravist 370", "Iopamiro 370", "Contrast"])
        ser.append(S(m, labs, None, why))
        if cx.p(0.25) and kt != "lung":
            m2 = dict(m)
            m2["SeriesDescription"] = cx.c(["MPR COR", "Cor MPR", "SAG MPR", f"{m['SeriesDescription']} COR", "MPR Sag"])
            m2["ImageType"] = "DERIVED\\SECONDARY\\MPR"
            ser.append(S(m2, labs, None, why + "; reformat"))
    for s in ser:
        s["meta"]["PatientPosition"] = "HFS" if cx.p(0.85) else "FFS"
        if proto:
            s["meta"]["ProtocolName"] = proto
        bpe_apply(cx, s["meta"], *bpe)
    dn, it = DOSE[v]
    ser.append(S({"Modality": "CT", "Manufacturer": mk[0], "ManufacturerModelName": model, "SeriesDescription": dn, "ImageType": it},
                 [], None, "CT dose page: text, no anatomy", img=False))
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "Manufacturer": mk[0], "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67",
                      "SeriesDescription": cx.c(["Radiation Dose Report", "X-Ray Radiation Dose SR", "Dose SR"])},
                     [], None, "dose structured report: no image", img=False))
    return ser


MR_NAMES = {
    "Siemens": {"loc": "localizer", "t1_sag": "t1_tse_sag", "t2_sag": "t2_tse_sag", "t2_ax": "t2_tse_tra", "t1_ax": "t1_tse_tra",
                "stir_sag": "t2_tirm_sag", "flair_ax": "t2_tirm_tra_dark-fluid", "dwi": "ep2d_diff_tra_b1000", "adc": "ep2d_diff_tra_b1000_ADC",
                "t2_cor": "t2_tse_cor", "pd_cor": "pd_tse_fs_cor", "pd_sag": "pd_tse_fs_sag", "t1_cor": "t1_tse_cor", "swi": "swi_tra",
                "t1_post": "t1_se_tra_post", "mra": "tof_fl3d_tra_multi-slab", "mrcp": "t2_haste_cor_MRCP_3D", "mip": "tof_MIP_COR"},
    "GE": {"loc": "3Plane Loc", "t1_sag": "Sag T1 FSE", "t2_sag": "Sag T2 FRFSE", "t2_ax": "Ax T2 FRFSE", "t1_ax": "Ax T1 FLAIR",
           "stir_sag": "Sag STIR", "flair_ax": "Ax T2 FLAIR", "dwi": "Ax DWI 1000b", "adc": "Apparent Diffusion Coefficient (mm2/s)",
           "t2_cor": "Cor T2 FSE", "pd_cor": "Cor PD FS", "pd_sag": "Sag PD FS", "t1_cor": "Cor T1 FSE", "swi": "Ax SWAN",
           "t1_post": "Ax T1 +C", "mra": "3D TOF", "mrcp": "Cor 3D MRCP", "mip": "MIP 3D TOF"},
    "Philips": {"loc": "Survey", "t1_sag": "T1W_TSE_SAG", "t2_sag": "T2W_TSE_SAG", "t2_ax": "T2W_TSE_TRA", "t1_ax": "T1W_SE_TRA",
                "stir_sag": "STIR_SAG", "flair_ax": "T2W_FLAIR_TRA", "dwi": "DWI_SSh_TRA", "adc": "dADC", "t2_cor": "T2W_TSE_COR",
                "pd_cor": "PDW_SPAIR_COR", "pd_sag": "PDW_SPAIR_SAG", "t1_cor": "T1W_TSE_COR", "swi": "SWIp", "t1_post": "T1W_SE_TRA_Gd",
                "mra": "3D_TOF", "mrcp": "MRCP_3D_HR", "mip": "MIP_TOF"},
    "UIH": {"loc": "localizer", "t1_sag": "t1_fse_sag", "t2_sag": "t2_fse_sag", "t2_ax": "t2_fse_tra", "t1_ax": "t1_fse_tra",
            "stir_sag": "t2_fse_stir_sag", "flair_ax": "t2_flair_tra", "dwi": "dwi_b1000_tra", "adc": "ADC", "t2_cor": "t2_fse_cor",
            "pd_cor": "pd_fse_fs_cor", "pd_sag": "pd_fse_fs_sag", "t1_cor": "t1_fse_cor", "swi": "swi_tra", "t1_post": "t1_fse_tra_+C",
            "mra": "tof_3d_tra", "mrcp": "mrcp_3d_cor", "mip": "tof_mip"},
    "Toshiba": {"loc": "Locator", "t1_sag": "T1W SAG", "t2_sag": "T2W SAG", "t2_ax": "T2W AX", "t1_ax": "T1W AX", "stir_sag": "STIR SAG",
                "flair_ax": "FLAIR AX", "dwi": "DWI AX b1000", "adc": "ADC", "t2_cor": "T2W COR", "pd_cor": "PDW FS COR", "pd_sag": "PDW FS SAG",
                "t1_cor": "T1W COR", "swi": "FSBB AX", "t1_post": "T1W AX +C", "mra": "TOF 3D", "mrcp": "MRCP 3D", "mip": "MIP"},
}
SEQ = {"loc": ("GR", "*fl2d1"), "t1_sag": ("SE", "*tse2d1_3"), "t2_sag": ("SE", "*tse2d1_15"), "t2_ax": ("SE", "*tse2d1_15"),
       "t1_ax": ("SE", "*tse2d1_3"), "stir_sag": ("IR", "*tir2d1_11"), "flair_ax": ("IR", "*tir2d1_16"), "dwi": ("EP", "*ep_b1000t"),
       "adc": ("EP", "*ep_b0_1000"), "t2_cor": ("SE", "*tse2d1_15"), "pd_cor": ("SE", "*tse2d1_5"), "pd_sag": ("SE", "*tse2d1_5"),
       "t1_cor": ("SE", "*tse2d1_3"), "swi": ("GR", "*swi3d1r"), "t1_post": ("SE", "*se2d1"), "mra": ("GR", "*fl3d1r_t70"),
       "mrcp": ("SE", "*h2d1_320"), "mip": ("GR", "*fl3d1r_t70")}
MR_PROTO = {"brain": ["BRAIN ROUTINE", "Brain_plain", "Head", "NEURO BRAIN"], "spine_l": ["L-SPINE", "LSPINE ROUTINE", "Spine_L"],
            "spine_c": ["C-SPINE", "CSPINE ROUTINE"], "spine_t": ["T-SPINE", "DORSAL SPINE"], "spine_w": ["WHOLE SPINE SCREENING", "Spine_Whole"],
            "joint": None, "abd": ["MRCP", "ABDOMEN MRCP"], "pelvis": ["PELVIS FEMALE", "PELVIS"], "neck": ["NECK", "Neck_soft tissue"],
            "breast": ["BREAST BILATERAL", "Breast_Dyn"], "sij": ["SI JOINTS", "SIJ"], "cvj": ["CV JUNCTION", "CVJ"]}


def mr_series(cx, seqs, labels, lat, why, protokey, bpe, proto_word=None):
    v = cx.mrv()
    mk = MR_MAKE[v]
    model = cx.c(mk[1])
    proto = None
    if cx.p(0.5):
        proto = proto_word if proto_word else (cx.c(MR_PROTO[protokey]) if MR_PROTO.get(protokey) else None)
    ser = []
    for key in seqs:
        d = MR_NAMES[v][key]
        m = {"Modality": "MR", "Manufacturer": mk[0], "ManufacturerModelName": model, "SeriesDescription": d,
             "ScanningSequence": SEQ[key][0]}
        if v == "Siemens":
            m["SequenceName"] = SEQ[key][1]
        if key in ("adc", "mip"):
            m["ImageType"] = "DERIVED\\PRIMARY\\" + ("ADC" if key == "adc" else "MIP")
        if key == "t1_post":
            m["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "Magnevist", "GD"])
        if proto:
            m["ProtocolName"] = proto
        bpe_apply(cx, m, *bpe)
        if lat in ("L", "R") and cx.p(0.15):
            m["Laterality"] = lat
        ser.append(S(m, labels, lat, why + ("; localizer of the exam" if key == "loc" else "")))
    return ser


US_PRESET = {"abd": ["Abdomen", "ABD", "Abd General", ""], "ob": ["OB", "OB 2/3", "OB 2/3 Trim", ""], "obe": ["OB 1st Trim", "Early OB", "OB", "TV OB", ""], "gyn": ["GYN", "TV GYN", ""],
             "thy": ["Thyroid", "Small Parts", ""], "breast": ["Breast", "Small Parts", ""], "msk": ["MSK", "Shoulder", ""],
             "vasc": ["LE Venous", "LE Arterial", "Vascular", ""], "carotid": ["Carotid", ""], "renal": ["Renal", "Urology", "Abdomen", ""],
             "scrot": ["Testis", "Small Parts", ""], "chest": ["Lung", "Abdomen", ""], "hip": ["Infant Hip", "MSK", ""], "neck": ["Small Parts", "Neck", ""]}


def us_series(cx, preset, labels, lat, why, bpe, n=None):
    v = cx.c(cx.cfg["us"])
    if preset in ("ob", "obe") and "GE" in cx.cfg["us"] and cx.p(0.5):
        v = "GE"
    mk = US_MAKE[v]
    model = cx.c([m for m in mk[1] if (preset in ("ob", "obe")) == m.startswith(("Voluson", "WS80"))] or mk[1])
    ser = []
    for i in range(n or cx.c([1, 1, 2])):
        m = {"Modality": "US", "Manufacturer": mk[0], "ManufacturerModelName": model}
        d = cx.c(US_PRESET[preset])
        if d:
            m["SeriesDescription"] = d
        if cx.p(0.3):
            m["ImageType"] = "ORIGINAL\\PRIMARY\\" + cx.c(["ABDOMINAL", "OB", "SMALL PARTS", "VASCULAR", ""]).strip("\\")
        if i == 1 and cx.p(0.5):
            m["SeriesDescription"] = cx.c(["Doppler", "Color", "CINE", "3D/4D" if preset == "ob" else "Doppler"])
        bpe_apply(cx, m, *bpe)
        if lat in ("L", "R") and cx.p(0.1):
            m["Laterality"] = lat
        ser.append(S(m, labels, lat, why))
    return ser


XR_VIEWS = {"AP": "AP", "PA": "PA", "LAT": "LAT", "OBL": "OBLIQUE", "OM": "OM", "AXIAL": "AXIAL", "ERECT": "ERECT", "SUPINE": "SUPINE"}


def xr_series(cx, menu, views, labels, lat, why, bpe, vendor=None, tag_lat=None):
    v = vendor or cx.c(cx.cfg["xr"])
    mk = XR_MAKE[v]
    model = cx.c(mk[1])
    ser = []
    for view in views:
        vw = XR_VIEWS.get(view, view)
        if v.startswith("Fuji"):
            d = f"{menu} {vw}"
        elif v in ("Carestream", "Samsung"):
            d = f"{menu.title()} {vw}"
        elif v == "Agfa":
            d = f"{menu.lower()} {vw.lower()}"
        elif v in ("Philips", "Siemens"):
            d = f"{menu.title()} {vw.lower().replace('ap', 'a.p.').replace('pa', 'p.a.')}"
        else:
            d = f"{menu} {vw}"
        m = {"Modality": mk[2], "Manufacturer": mk[0], "ManufacturerModelName": model, "SeriesDescription": d}
        if view in ("AP", "PA"):
            m["ViewPosition"] = view
        if v.startswith("Fuji") and cx.p(0.4):
            m["AcquisitionDeviceProcessingDescription"] = f"{menu} {vw}".replace(" AP", " A-P").replace(" PA", " P-A")
        if mk[2] == "CR" and cx.p(0.3):
            m["PixelSpacing"] = cx.c(["0.1\\0.1", "0.15\\0.15", "0.143\\0.143"])
        bpe_apply(cx, m, *bpe)
        tl = tag_lat(view) if callable(tag_lat) else tag_lat
        if tl:
            m["ImageLaterality"] = tl
        elif lat in ("L", "R") and cx.p(0.22):
            m[cx.c(["Laterality", "ImageLaterality"])] = lat
        ser.append(S(m, labels, lat, why))
    return ser


def rf_series(cx, descs, labels, why, bpe, contrast=None):
    mk = RF_MAKE[cx.cfg["rf"]]
    ser = []
    for d in descs:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        if contrast:
            m["ContrastBolusAgent"] = contrast
        bpe_apply(cx, m, *bpe, p_missing=0.45)
        ser.append(S(m, labels, None, why))
    return ser


# ---------------------------------------------------------------- exam catalogue (axial, spine, contrast)
# key: (kind, labels, detail, bpe (good, alternatives), texts by language, why)
def T(en, **loc):
    d = {"en": en}
    d.update(loc)
    return d


EXAMS = {
    # chest
    "cxr": ("xr", ["CHEST"], ("CHEST", ["PA"]), ("CHEST", ["THORAX", "LUNG"]),
            T(["X-RAY CHEST PA VIEW", "CXR PA", "X-Ray Chest P/A", "CHEST X-RAY PA", "X-RAY CHEST PA", "XRAY CHEST"],
              ur=["سینے کا ایکسرے", "ایکسرے سینہ PA"], urr=["seenay ka xray", "X-RAY SEENA PA", "seene ka x-ray PA view"],
              bn=["বুকের এক্স-রে (P/A)", "এক্স-রে বুক পি/এ ভিউ"], bnr=["buker x-ray P/A view", "XRAY BUK PA"],
              si=["පපුවේ X-RAY (PA)", "පපුව එක්ස් කිරණ PA"], ta=["மார்பு எக்ஸ்-ரே (PA)", "நெஞ்சு எக்ஸ்ரே PA"],
              ml=["നെഞ്ചിന്റെ എക്സ്-റേ PA", "X-RAY നെഞ്ച് PA"], ne=["छातीको एक्स-रे (PA)", "एक्सरे छाती PA"],
              ner=["chhati ko x-ray PA", "XRAY CHHATI PA"]), "chest radiograph"),
    "cxr_visa": ("xr", ["CHEST"], ("CHEST", ["PA"]), ("CHEST", ["THORAX"]),
                 T(["CXR PA (GAMCA MEDICAL)", "X-RAY CHEST PA - VISA MEDICAL", "CHEST PA IOM UK VISA TB SCREENING", "PRE-EMPLOYMENT CXR",
                    "CXR PA - FOREIGN EMPLOYMENT MEDICAL", "X-RAY CHEST PA (MEDICAL FITNESS)", "CHEST XRAY PA (GCC MEDICAL)"],
                   ur=["بیرون ملک ملازمت میڈیکل - سینے کا ایکسرے"], urr=["GAMCA medical - seenay ka xray"],
                   bn=["বিদেশগামী কর্মী মেডিকেল - বুকের এক্স-রে"], bnr=["bidesh medical - buker xray PA"],
                   si=["විදේශ රැකියා වෛද්‍ය පරීක්ෂණය - පපුවේ X-RAY"], ta=["வெளிநாட்டு வேலை மருத்துவம் - மார்பு எக்ஸ்-ரே"],
                   ml=["ഗൾഫ് മെഡിക്കൽ - നെഞ്ചിന്റെ എക്സ്-റേ"], ne=["वैदेशिक रोजगार मेडिकल - छातीको एक्सरे"],
                   ner=["FOREIGN EMPLOYMENT MEDICAL - CHHATI XRAY"]), "visa/pre-employment medical chest film"),
    "cxr_tb": ("xr", ["CHEST"], ("CHEST", ["PA"]), ("CHEST", ["THORAX", "LUNG"]),
               T(["X-RAY CHEST PA (NTP)", "CXR PA ?KOCH'S", "CHEST PA - TB SUSPECT", "CXR PA R/O PTB", "X-RAY CHEST PA FOR AFB NEGATIVE TB",
                  "CXR (TB CONTACT SCREENING)"], urr=["TB ka shak - seenay ka xray"], bnr=["buker xray (TB sondeho)"],
                  ne=["क्षयरोग शंका - छातीको एक्सरे"]), "TB chest film"),
    "cxr_port": ("xr", ["CHEST"], ("CHEST", ["AP", "SUPINE"]), ("CHEST", ["THORAX"]),
                 T(["CHEST AP PORTABLE", "X-RAY CHEST AP (ICU)", "BEDSIDE CXR", "CXR AP SUPINE (WARD)", "PORTABLE CHEST X-RAY"]), "bedside chest film"),
    "cxr_pl": ("xr", ["CHEST"], ("CHEST", ["PA", "LAT"]), ("CHEST", ["THORAX"]),
               T(["X-RAY CHEST PA & LAT", "CXR PA/LAT", "CHEST PA AND LATERAL"]), "chest radiograph, two views"),
    "babygram": ("xr", ["CHEST", "ABDOMEN"], ("BABYGRAM", ["AP"]), ("CHEST", ["ABDOMEN", "WHOLEBODY"]),
                 T(["BABYGRAM (CHEST + ABDOMEN)", "X-RAY CHEST & ABDOMEN AP (NEONATE)", "INFANTOGRAM", "X-RAY CHEST ABDOMEN (NICU)"]),
                 "neonatal film of chest and abdomen"),
    "ribs": ("xr", ["CHEST"], ("RIBS", ["AP", "OBL"]), ("CHEST", ["RIBS", "THORAX"]),
             T(["X-RAY RIBS {S} OBLIQUE", "X-RAY {S} RIBS (TRAUMA)", "XRAY CHEST WITH {S} RIBS"]), "ribs belong to the chest, which has no side"),
    "sternum": ("xr", ["CHEST"], ("STERNUM", ["LAT"]), ("CHEST", ["STERNUM"]), T(["X-RAY STERNUM LAT", "XRAY STERNUM (RTA)"]), "sternum: chest"),
    "hrct": ("ct", ["CHEST"], [("chest", "lung", 1.0)], ("CHEST", ["LUNG", "THORAX"]),
             T(["HRCT CHEST", "HRCT THORAX", "H.R.C.T CHEST (ILD PROTOCOL)", "HRCT LUNGS", "HRCT CHEST (PRONE/SUPINE)"],
               ur=["HRCT سینہ"], bn=["HRCT বুক"], si=["HRCT පපුව"], ta=["HRCT மார்பு"], ml=["HRCT നെഞ്ച്"], ne=["HRCT छाती"]),
             "high-resolution CT of the lungs"),
    "cect_chest": ("ct", ["CHEST"], [("chest", "soft", 5.0), ("chest", "lung", 1.0)], ("CHEST", ["THORAX", "LUNG"]),
                   T(["CECT THORAX", "CT CHEST WITH CONTRAST", "CT PULMONARY ANGIOGRAPHY", "CECT CHEST (MEDIASTINUM)", "CTPA"]), "contrast CT chest"),
    "us_chest": ("us", ["CHEST"], "chest", ("CHEST", ["ABDOMEN", "THORAX"]),
                 T(["USG CHEST (PLEURAL FLUID)", "USG THORAX FOR EFFUSION {S}", "USG GUIDED PLEURAL TAP MARKING {S}"]), "pleural ultrasound: chest"),
    # neuro
    "ct_head": ("ct", ["HEAD"], [("head", "brain", 5.0), ("head", "bone", 1.0)], ("HEAD", ["BRAIN", "SKULL"]),
                T(["CT BRAIN PLAIN", "NCCT HEAD", "CT HEAD (RTA)", "CT BRAIN - HEAD INJURY", "NCCT BRAIN (H/O RTA)", "CT SCAN BRAIN", "CT HEAD PLAIN"],
                  ur=["سر کا سی ٹی سکین", "سی ٹی سکین دماغ (حادثہ)"], urr=["sar ka CT scan (accident)", "CT SCAN SAR (RTA)"],
                  bn=["মাথার সিটি স্ক্যান", "সিটি স্ক্যান মস্তিষ্ক (সড়ক দুর্ঘটনা)"], bnr=["mathar CT scan", "CT BRAIN (mathay aghat)"],
                  si=["හිසේ CT ස්කෑන්", "CT මොළය (අනතුර)"], ta=["தலை சி.டி ஸ்கேன்", "CT மூளை (விபத்து)"],
                  ml=["തലയുടെ സിടി സ്കാൻ", "CT തല (അപകടം)"], ne=["टाउकोको सिटी स्क्यान", "सिटी स्क्यान मस्तिष्क (दुर्घटना)"],
                  ner=["tauko ko CT scan", "CT HEAD (durghatana)"]), "CT head"),
    "cect_brain": ("ctc", ["HEAD"], [("head", "brain", 5.0)], ("HEAD", ["BRAIN"]),
                   T(["CECT BRAIN", "CT BRAIN WITH CONTRAST", "CT BRAIN (P+C)", "CT ANGIOGRAPHY BRAIN (COW)", "CT VENOGRAM BRAIN"]), "contrast CT head"),
    "mr_brain": ("mr", ["HEAD"], ["loc", "t2_ax", "flair_ax", "t1_sag", "dwi", "adc", "swi"], ("HEAD", ["BRAIN"]),
                 T(["MRI BRAIN PLAIN", "MRI BRAIN", "MRI BRAIN WITH CONTRAST", "MRI BRAIN (EPILEPSY PROTOCOL)", "MRI BRAIN + MRA", "MRI BRAIN + MRV",
                    "MRI PITUITARY (DYNAMIC)", "MRI ORBITS", "MRI IAC / CP ANGLE"],
                   ur=["دماغ کا ایم آر آئی"], urr=["dimagh ka MRI"], bn=["মস্তিষ্কের এমআরআই", "এমআরআই ব্রেইন"], bnr=["MRI brain (mathar)"],
                   si=["මොළයේ MRI"], ta=["மூளை எம்ஆர்ஐ ஸ்கேன்"], ml=["തലച്ചോറിന്റെ എംആർഐ"], ne=["मस्तिष्कको एमआरआई"],
                   ner=["dimaag ko MRI"]), "MR brain"),
    "xr_skull": ("xr", ["HEAD"], ("SKULL", ["AP", "LAT"]), ("SKULL", ["HEAD"]),
                 T(["X-RAY SKULL AP/LAT", "XRAY SKULL (HEAD INJURY)", "X-RAY SKULL PA & LAT"], urr=["sar ka xray (skull)"],
                   ne=["टाउकोको एक्सरे (SKULL)"]), "skull film: head"),
    # head and neck
    "us_thyroid": ("us", ["NECK"], "thy", ("NECK", ["THYROID"]),
                   T(["USG THYROID", "USG NECK (THYROID)", "THYROID ULTRASOUND", "USG THYROID WITH DOPPLER", "USG NECK FOR LYMPH NODES"],
                     ur=["تھائیرائیڈ کا الٹراساؤنڈ"], urr=["gala / thyroid ka ultrasound"], bn=["থাইরয়েড আল্ট্রাসনোগ্রাম"],
                     si=["තයිරොයිඩ් ස්කෑන්"], ta=["தைராய்டு ஸ்கேன்"], ml=["തൈറോയ്ഡ് സ്കാൻ"], ne=["थाइराइडको भिडियो एक्सरे"]),
                   "thyroid/neck ultrasound"),
    "xr_pns": ("xr", ["HEAD"], ("PNS", ["OM"]), ("SKULL", ["SINUS", "HEAD"]),
               T(["X-RAY PNS (WATERS VIEW)", "X-RAY PNS OM VIEW", "XRAY PARANASAL SINUSES", "X-RAY PNS"], urr=["naak ki haddi / PNS xray"],
                 ne=["साइनसको एक्सरे (PNS)"]), "sinus film: head"),
    "xr_stn": ("xr", ["NECK"], ("STN", ["LAT"]), ("NECK", ["SKULL"]),
               T(["X-RAY SOFT TISSUE NECK LAT", "X-RAY STN LAT (ADENOIDS)", "X-RAY NASOPHARYNX FOR ADENOIDS", "XRAY NECK SOFT TISSUE LATERAL"]),
               "lateral soft-tissue neck film"),
    "ct_pns": ("ct", ["HEAD"], [("sinus", "bone", 1.0)], ("HEAD", ["SINUS"]),
               T(["CT PNS (CORONAL)", "NCCT PNS", "CT PARANASAL SINUSES", "CT PNS PLAIN (FESS PLANNING)"]), "CT sinuses: head"),
    "hrct_temporal": ("ct", ["HEAD"], [("temporal", "bone", 0.6)], ("HEAD", ["EAR", "SKULL"]),
                      T(["HRCT TEMPORAL BONE", "HRCT MASTOID (CSOM)", "HRCT BOTH TEMPORAL BONES"]), "HRCT of the temporal bones: head"),
    "cect_neck": ("ctc", ["NECK"], [("neck", "soft", 3.0)], ("NECK", ["HEAD"]),
                  T(["CECT NECK", "CT NECK WITH CONTRAST", "CECT NECK (THYROID MASS)"]), "contrast CT neck"),
    "cect_hn": ("ctc", ["HEAD", "NECK"], [("neck", "soft", 3.0)], ("NECK", ["HEAD", "HEADNECK"]),
                T(["CECT FACE & NECK (CA BUCCAL MUCOSA)", "CECT HEAD & NECK", "CT ORAL CAVITY & NECK WITH CONTRAST"]),
                "oral cavity/face and neck CT: head and neck"),
    "ct_face": ("ct", ["HEAD"], [("face", "bone", 1.0)], ("HEAD", ["FACE", "SKULL"]),
                T(["CT FACE 3D (RTA)", "CT FACIAL BONES", "NCCT FACE + 3D RECON", "CT ORBIT", "CT MANDIBLE 3D"]), "CT face: head"),
    "xr_face": ("xr", ["HEAD"], ("FACE", ["PA", "LAT"]), ("SKULL", ["FACE", "HEAD"]),
                T(["X-RAY MANDIBLE PA/OBL", "X-RAY NASAL BONE LAT", "X-RAY MASTOIDS (SCHULLER VIEW)", "X-RAY FACIAL BONES", "X-RAY BOTH TMJ OPEN/CLOSED"]),
                "face/skull film: head"),
    "mr_neck": ("mr", ["NECK"], ["loc", "t2_ax", "t1_ax", "t2_cor"], ("NECK", ["HEAD"]),
                T(["MRI NECK", "MRI NECK WITH CONTRAST", "MRI SOFT TISSUE NECK"]), "MR neck"),
    # abdomen
    "us_wa": ("us", AP_, "abd", ("ABDOMEN", ["PELVIS"]),
              T(["USG WHOLE ABDOMEN", "USG W/A", "ULTRASOUND WHOLE ABDOMEN", "USG ABDOMEN & PELVIS", "USG OF WHOLE ABDOMEN", "US WHOLE ABD"],
                ur=["پورے پیٹ کا الٹراساؤنڈ"], urr=["poore pait ka ultrasound", "USG PAIT (WHOLE)"],
                bn=["সম্পূর্ণ পেটের আল্ট্রাসনোগ্রাম", "ইউএসজি হোল অ্যাবডোমেন"], bnr=["puro peter USG", "USG W/A (peter)"],
                si=["සම්පූර්ණ උදරයේ ස්කෑන්"], ta=["முழு வயிறு ஸ்கேன்"], ml=["മുഴുവൻ വയറിന്റെ സ്കാൻ"],
                ne=["पुरै पेटको भिडियो एक्सरे", "USG पुरै पेट"], ner=["pura pet ko video xray", "USG PURA PET"]),
              "whole-abdomen ultrasound: abdomen and pelvis"),
    "us_ua": ("us", ["ABDOMEN"], "abd", ("ABDOMEN", ["LIVER"]),
              T(["USG UPPER ABDOMEN", "USG HBS", "USG LIVER & GB", "USG HEPATOBILIARY SYSTEM", "USG GALL BLADDER (FASTING)"],
                ur=["جگر اور پتے کا الٹراساؤنڈ"], urr=["jigar aur pitta ka ultrasound"], bn=["লিভার ও পিত্তথলির আল্ট্রাসনো"],
                si=["අක්මාව ස්කෑන්"], ta=["கல்லீரல் ஸ்கேன்"], ml=["കരൾ സ്കാൻ"], ne=["कलेजो र पित्तथैलीको भिडियो एक्सरे"]),
              "upper-abdominal ultrasound"),
    "us_pelvis": ("us", ["PELVIS"], "gyn", ("PELVIS", ["ABDOMEN"]),
                  T(["USG PELVIS", "USG LOWER ABDOMEN", "TVS", "USG PELVIS (TAS/TVS)", "USG L/A", "FOLLICULAR STUDY", "FOLLICULOMETRY (TVS)"],
                    ur=["پیڑو کا الٹراساؤنڈ"], urr=["pait ke neechay ka ultrasound"], bn=["তলপেটের আল্ট্রাসনোগ্রাম"], bnr=["tolpeter USG"],
                    si=["පහළ උදරයේ ස්කෑන්"], ta=["அடிவயிறு ஸ்கேன்"], ml=["അടിവയർ സ്കാൻ"], ne=["तल्लो पेटको भिडियो एक्सरे"],
                    ner=["tallo pet ko video xray"]), "pelvic ultrasound (lower abdomen)"),
    "us_appx": ("us", AP_, "abd", ("ABDOMEN", []), T(["USG RIF (?APPENDICITIS)", "USG ABDOMEN FOR APPENDIX", "USG RIGHT ILIAC FOSSA"]),
                "appendix ultrasound: right iliac fossa and pelvis"),
    "us_scrot": ("us", ["PELVIS"], "scrot", ("SCROTUM", ["PELVIS"]),
                 T(["USG SCROTUM", "USG TESTES WITH DOPPLER", "USG SCROTUM (?TORSION)", "USG INGUINOSCROTAL REGION"]), "scrotal ultrasound"),
    "axr": ("xr", ["ABDOMEN"], ("ABDOMEN", ["ERECT"]), ("ABDOMEN", ["CHEST"]),
            T(["X-RAY ABDOMEN ERECT", "X-RAY ABDOMEN ERECT & SUPINE", "XRAY ABDOMEN (?PERFORATION)", "PLAIN X-RAY ABDOMEN ERECT"],
              urr=["pait ka xray (erect)"], bnr=["peter xray erect"], ne=["पेटको एक्सरे (ERECT)"]), "plain abdominal film"),
    "cect_wa": ("ctc", AP_, [("abdpel", "soft", 5.0)], ("ABDOMEN", ["PELVIS", "ABDOMENPELVIS"]),
                T(["CECT WHOLE ABDOMEN", "CECT ABDOMEN & PELVIS", "CT WHOLE ABDOMEN (P+C)", "CECT ABDOMEN PELVIS (TRIPLE CONTRAST)"],
                  urr=["poore pait ka CT scan"], bnr=["peter CT scan (whole abdomen)"], ne=["पुरै पेटको सिटी स्क्यान"]),
                "CT abdomen and pelvis"),
    "ct_liver": ("ctc", ["ABDOMEN"], [("abd", "soft", 5.0)], ("ABDOMEN", ["LIVER"]),
                 T(["CT TRIPLE PHASE LIVER", "CECT UPPER ABDOMEN (PANCREAS PROTOCOL)", "CT LIVER TRIPHASIC", "CECT ABDOMEN (LIVER)"]),
                 "CT of the upper abdomen"),
    "mrcp": ("mr", ["ABDOMEN"], ["loc", "t2_ax", "t2_cor", "mrcp"], ("ABDOMEN", ["LIVER", "PANCREAS"]),
             T(["MRCP", "MRI ABDOMEN WITH MRCP", "MRCP (?CBD STONE)"]), "MRCP: abdomen"),
    "mr_pelvis": ("mr", ["PELVIS"], ["loc", "t2_sag", "t2_ax", "t1_ax", "dwi"], ("PELVIS", ["ABDOMEN"]),
                  T(["MRI PELVIS (FIBROID)", "MRI PELVIS FEMALE", "MRI PELVIS (CA CERVIX STAGING)", "MRI PROSTATE", "MRI FISTULA (PERIANAL)"]),
                  "MR pelvis"),
    # urology
    "xr_kub": ("xr", AP_, ("KUB", ["AP"]), ("ABDOMEN", ["KUB", "PELVIS"]),
               T(["X-RAY KUB", "XRAY KUB (STONE)", "PLAIN X-RAY KUB", "X-RAY KUB REGION"], urr=["gurday ki pathri - xray KUB"],
                 bnr=["KUB xray (pathor)"], ne=["मिर्गौलाको एक्सरे (KUB)"], ta=["சிறுநீரக கல் எக்ஸ்-ரே (KUB)"]), "KUB film: abdomen and pelvis"),
    "ivu": ("xr", AP_, ("IVU", ["PRELIM", "5 MIN", "15 MIN", "POST VOID"]), ("ABDOMEN", ["KUB", "PELVIS"]),
            T(["IVU", "IVP", "INTRAVENOUS UROGRAPHY", "IVU (IVP) WITH PRELIM KUB"]), "IVU films: kidneys to bladder"),
    "ct_kub": ("ct", AP_, [("kub", "soft", 2.0)], ("ABDOMEN", ["KUB", "PELVIS", "KIDNEY"]),
               T(["NCCT KUB", "CT KUB (STONE PROTOCOL)", "CT KUB PLAIN", "CT UROGRAPHY", "CT KUB (LOW DOSE)"], urr=["gurday ki pathri ka CT"],
                 ne=["मिर्गौलाको सिटी स्क्यान (KUB)"]), "CT KUB: abdomen and pelvis"),
    "us_kub": ("us", AP_, "renal", ("KIDNEY", ["ABDOMEN", "PELVIS"]),
               T(["USG KUB", "USG KUB + PROSTATE + PVR", "USG KUB WITH PVR", "ULTRASOUND KUB REGION"],
                 ur=["گردے اور مثانے کا الٹراساؤنڈ"], urr=["gurday masana ultrasound (KUB)"], bn=["কিডনি, ইউরেটার ও ব্লাডারের আল্ট্রাসনো"],
                 si=["වකුගඩු සහ මුත්‍රාශය ස්කෑන් (KUB)"], ta=["சிறுநீரக ஸ்கேன் (KUB)"], ml=["വൃക്ക സ്കാൻ (KUB)"],
                 ne=["मिर्गौला र पिसाब थैलीको भिडियो एक्सरे"], ner=["mirgaula ko video xray (KUB)"]), "KUB ultrasound: kidneys to bladder"),
    "us_prostate": ("us", ["PELVIS"], "renal", ("PROSTATE", ["PELVIS"]), T(["TRUS PROSTATE", "USG PROSTATE (TRANSRECTAL)", "TRUS GUIDED BIOPSY"]),
                    "transrectal prostate ultrasound: pelvis"),
    "mcu": ("rf", AP_, ["MCU", "FILLING", "VOIDING", "POST VOID KUB"], ("BLADDER", ["PELVIS", "ABDOMEN"]),
            T(["MCU", "MCUG", "MICTURATING CYSTOURETHROGRAM", "VCUG (PAEDS)"]), "micturating cystogram with views of the kidneys for reflux"),
    "rgu": ("rf", ["PELVIS"], ["RGU", "SPOT 1", "SPOT 2"], ("URETHRA", ["PELVIS"]),
            T(["RGU", "RETROGRADE URETHROGRAM", "RGU + MCU (STRICTURE)"]), "urethrogram: pelvis"),
    "dtpa": ("nm", ["ABDOMEN"], ["DYNAMIC POST", "RENOGRAM", "GFR"], ("KIDNEY", ["ABDOMEN"]),
             T(["DTPA RENAL SCAN (GFR)", "Tc99m DTPA RENOGRAM", "DMSA SCAN"]), "renal scintigraphy: kidneys"),
    # spine
    "xr_ls": ("xr", ["LSPINE"], ("L-SPINE", ["AP", "LAT"]), ("LSPINE", ["SPINE", "L-SPINE", "PELVIS"]),
              T(["X-RAY LS SPINE AP/LAT", "X-RAY LUMBOSACRAL SPINE", "X-RAY L/S SPINE B/V", "X-RAY LS SPINE FLEXION/EXTENSION"],
                ur=["کمر کا ایکسرے (LS)"], urr=["kamar ka xray LS spine"], bn=["কোমরের এক্স-রে (L/S)"], bnr=["komorer xray L/S spine"],
                si=["කොඳු ඇට පෙළ X-RAY (LS)"], ta=["முதுகெலும்பு எக்ஸ்-ரே (LS)"], ml=["നടുവിന്റെ എക്സ്-റേ (LS)"], ne=["कम्मरको एक्सरे (LS)"],
                ner=["kammar ko xray LS"]), "lumbar spine films"),
    "xr_cs": ("xr", ["CSPINE"], ("C-SPINE", ["AP", "LAT"]), ("CSPINE", ["NECK", "SPINE"]),
              T(["X-RAY CERVICAL SPINE AP/LAT", "X-RAY C-SPINE", "X-RAY NECK (C-SPINE) AP/LAT", "X-RAY C SPINE WITH OBLIQUES"],
                ur=["گردن کے مہروں کا ایکسرے"], urr=["gardan ka xray (C-spine)"], bn=["ঘাড়ের এক্স-রে (C-spine)"], ta=["கழுத்து எலும்பு எக்ஸ்-ரே"],
                ml=["കഴുത്തിന്റെ എക്സ്-റേ (C-SPINE)"], ne=["घाँटीको हड्डीको एक्सरे (C-SPINE)"]), "cervical spine films"),
    "xr_ds": ("xr", ["TSPINE"], ("D-SPINE", ["AP", "LAT"]), ("TSPINE", ["SPINE", "CHEST"]),
              T(["X-RAY DORSAL SPINE AP/LAT", "X-RAY D-SPINE", "X-RAY THORACIC SPINE"]), "thoracic spine films"),
    "xr_dl": ("xr", ["TSPINE", "LSPINE"], ("DL SPINE", ["AP", "LAT"]), ("SPINE", ["LSPINE", "TSPINE"]),
              T(["X-RAY DL SPINE AP/LAT", "X-RAY DORSOLUMBAR SPINE", "X-RAY D/L SPINE", "X-RAY DL JUNCTION (FALL FROM HEIGHT)"]),
              "dorsolumbar films: thoracic and lumbar spine"),
    "xr_scolio": ("xr", WSPINE, ("WHOLE SPINE", ["PA", "LAT"]), ("SPINE", ["WHOLEBODY"]),
                  T(["X-RAY WHOLE SPINE (SCOLIOSIS)", "SCOLIOSIS SERIES STANDING", "X-RAY FULL SPINE AP STANDING"]), "whole-spine film"),
    "xr_sacrum": ("xr", ["PELVIS"], ("SACRUM", ["AP", "LAT"]), ("SACRUM", ["LSPINE", "PELVIS"]),
                  T(["X-RAY SACRUM & COCCYX", "X-RAY COCCYX LAT", "X-RAY BOTH SI JOINTS", "X-RAY SI JOINTS PA"]), "sacrum/coccyx/SI joints: pelvis"),
    "mr_ls": ("mr", ["LSPINE"], ["loc", "t2_sag", "t1_sag", "t2_ax", "stir_sag"], ("LSPINE", ["SPINE", "ABDOMEN"]),
              T(["MRI LS SPINE", "MRI LUMBOSACRAL SPINE (PLAIN)", "MRI L/S SPINE", "MRI LS SPINE (PIVD)"],
                ur=["کمر کا ایم آر آئی"], urr=["kamar ka MRI (LS)"], bn=["কোমরের এমআরআই (L/S)"], bnr=["komorer MRI L/S"],
                si=["MRI කොඳු ඇට පෙළ (LS)"], ta=["முதுகெலும்பு எம்ஆர்ஐ (LS)"], ml=["നട്ടെല്ല് MRI (LS)"], ne=["कम्मरको एमआरआई"],
                ner=["kammar ko MRI"]), "lumbar spine MR"),
    "mr_cs": ("mr", ["CSPINE"], ["loc", "t2_sag", "t1_sag", "t2_ax"], ("CSPINE", ["SPINE", "NECK"]),
              T(["MRI CERVICAL SPINE", "MRI C-SPINE", "MRI CS SPINE PLAIN"], urr=["gardan ka MRI (C-spine)"],
                ta=["கழுத்து முதுகெலும்பு எம்ஆர்ஐ"], ne=["घाँटीको हड्डीको एमआरआई (C-SPINE)"]), "cervical spine MR"),
    "mr_ds": ("mr", ["TSPINE"], ["loc", "t2_sag", "t1_sag", "t2_ax"], ("TSPINE", ["SPINE", "CHEST"]),
              T(["MRI DORSAL SPINE", "MRI D-SPINE", "MRI THORACIC SPINE"]), "thoracic spine MR"),
    "mr_dl": ("mr", ["TSPINE", "LSPINE"], ["loc", "t2_sag", "t1_sag", "stir_sag", "t2_ax"], ("SPINE", ["TSPINE", "LSPINE"]),
              T(["MRI DL SPINE (?POTT'S)", "MRI DORSOLUMBAR SPINE", "MRI D-L SPINE WITH CONTRAST"]), "dorsolumbar MR: thoracic and lumbar"),
    "mr_ws": ("mr", WSPINE, ["loc", "t2_sag", "t1_sag", "stir_sag"], ("SPINE", ["WHOLEBODY"]),
              T(["MRI WHOLE SPINE SCREENING", "MRI SCREENING OF WHOLE SPINE", "MRI WHOLE SPINE (METASTASIS)"]), "whole-spine MR"),
    "mr_sij": ("mr", ["PELVIS"], ["loc", "t1_cor", "t2_cor", "t2_ax"], ("PELVIS", ["SPINE", "LSPINE"]),
               T(["MRI BOTH SI JOINTS", "MRI SACROILIAC JOINTS", "MRI SACRUM & COCCYX"]), "SI joints/sacrum MR: pelvis"),
    "mr_cvj": ("mr", ["HEAD", "CSPINE"], ["loc", "t2_sag", "t1_sag", "t2_ax"], ("CSPINE", ["HEAD", "SPINE"]),
               T(["MRI CV JUNCTION", "MRI CRANIOVERTEBRAL JUNCTION", "MRI CVJ (CHIARI)"]), "craniovertebral junction: head and cervical spine"),
    "ct_spine": ("ct", ["LSPINE"], [("lspine", "bone", 1.0)], ("LSPINE", ["SPINE"]),
                 T(["CT LS SPINE", "NCCT LUMBAR SPINE (TRAUMA)", "CT L-SPINE 3D"]), "CT lumbar spine"),
    # contrast studies
    "ba_swallow": ("rf", ["NECK", "CHEST"], ["Ba SWALLOW AP", "Ba SWALLOW LAT", "SPOT", "OESOPHAGUS"], ("ESOPHAGUS", ["CHEST", "NECK"]),
                   T(["BARIUM SWALLOW", "Ba SWALLOW", "BARIUM SWALLOW (?ACHALASIA)", "GASTROGRAFIN SWALLOW"], ur=["بیریم سوالو"],
                     urr=["barium swallow (nigalna mushkil)"]), "swallow: pharynx to cardia, neck and chest"),
    "ba_meal": ("rf", ["ABDOMEN"], ["Ba MEAL", "STOMACH", "DUODENUM", "SPOT"], ("STOMACH", ["ABDOMEN"]),
                T(["BARIUM MEAL", "Ba MEAL (STOMACH & DUODENUM)", "BARIUM MEAL DOUBLE CONTRAST"]), "barium meal: stomach and duodenum"),
    "ba_mft": ("rf", AP_, ["Ba MEAL", "30 MIN", "1 HR", "ILEOCAECAL JUNCTION"], ("ABDOMEN", []),
               T(["BARIUM MEAL FOLLOW THROUGH", "Ba MEAL F/T", "BMFT (?ABDOMINAL TB)", "SMALL BOWEL FOLLOW THROUGH"]),
               "follow-through to the terminal ileum: abdomen and pelvis"),
    "ba_enema": ("rf", AP_, ["Ba ENEMA", "SCOUT", "SPOT", "POST EVAC"], ("COLON", ["ABDOMEN", "PELVIS"]),
                 T(["BARIUM ENEMA", "Ba ENEMA (DOUBLE CONTRAST)", "DISTAL COLOGRAM", "INVERTOGRAM"]), "barium enema: colon, abdomen and pelvis"),
    "hsg": ("rf", ["PELVIS"], ["HSG", "SPOT 1", "SPOT 2", "SPILL"], ("PELVIS", ["UTERUS", "ABDOMEN"]),
            T(["HSG", "HYSTEROSALPINGOGRAPHY", "HSG (INFERTILITY)"], ur=["ایچ ایس جی (بانجھ پن)"], bn=["এইচএসজি (জরায়ু)"],
              ne=["पाठेघरको एक्सरे (HSG)"], ta=["கருப்பை குழாய் படம் (HSG)"]), "hysterosalpingogram: pelvis"),
    "fistulogram": ("rf", ["PELVIS"], ["FISTULOGRAM", "SPOT"], ("PELVIS", []), T(["FISTULOGRAM (PERIANAL)", "FISTULOGRAPHY PERIANAL"]),
                    "perianal fistulogram: pelvis"),
    "ttube": ("rf", ["ABDOMEN"], ["T-TUBE", "SPOT"], ("ABDOMEN", []), T(["T-TUBE CHOLANGIOGRAM", "POST-OP T TUBE CHOLANGIOGRAPHY"]),
              "T-tube cholangiogram: bile ducts, abdomen"),
    # oncology
    "cect_cap": ("ctc", CAP, [("cap", "soft", 5.0), ("chest", "lung", 1.0, ["CHEST"])], ("CHEST", ["ABDOMEN", "WHOLEBODY"]),
                 T(["CECT CHEST ABDOMEN PELVIS", "CECT C/A/P (STAGING)", "CT TAP WITH CONTRAST", "CECT THORAX + WHOLE ABDOMEN"]),
                 "chest, abdomen and pelvis CT"),
    "ct_ta": ("ctc", ["CHEST", "ABDOMEN"], [("cap", "soft", 5.0)], ("CHEST", ["ABDOMEN"]),
              T(["CECT THORAX + UPPER ABDOMEN", "CT CHEST & UPPER ABDOMEN (ADRENALS)"]), "chest and upper abdomen CT"),
}
for k, v in EXAMS.items():
    assert len(v) == 6, k


def exam(cx, key, side=None):
    """StudyDescription and the series of a catalogue exam."""
    kind, labels, detail, bpe, texts, why = EXAMS[key]
    sd = local(cx, texts)
    if "{S}" in sd:
        sd = sd.replace("{S}", side_word(cx, "en", side or cx.c("LR")))
    if cx.lang in ("en", "urr", "bnr", "ner"):
        sd = upcase(cx, sd)
    bp = (bpe[0], bpe[1])
    if kind == "xr":
        menu, views = detail
        if key in ("cxr", "cxr_visa", "cxr_tb") and cx.p(0.15):
            views = ["PA", "LAT"]
        ser = xr_series(cx, menu, views, labels, None, why, bp)
    elif kind in ("ct", "ctc"):
        plan = [(r[0], r[1], r[2], r[3] if len(r) > 3 else labels) for r in detail]
        ser = ct_study(cx, plan, labels, why, bp, contrast=kind == "ctc")
    elif kind == "mr":
        pk = {"HEAD": "brain", "LSPINE": "spine_l", "CSPINE": "spine_c", "TSPINE": "spine_t", "ABDOMEN": "abd", "PELVIS": "pelvis",
              "NECK": "neck"}.get(labels[0], "spine_w")
        if key == "mr_sij":
            pk = "sij"
        if key == "mr_cvj":
            pk = "cvj"
        seqs = list(detail)
        if "CONTRAST" in sd.upper() or "P+C" in sd.upper():
            seqs.append("t1_post")
        if key == "mr_brain" and ("MRA" in sd or "MRV" in sd):
            seqs += ["mra", "mip"]
        ser = mr_series(cx, seqs, labels, None, why, pk, bp)
    elif kind == "us":
        ser = us_series(cx, detail, labels, None, why, bp)
    elif kind == "rf":
        contrast = {"ba": "BARIUM SULPHATE", "hsg": "Lipiodol", "mcu": "Urografin", "rgu": "Urografin"}.get(key.split("_")[0])
        ser = rf_series(cx, detail, labels, why, bp, contrast)
    elif kind == "nm":
        mk = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM630")])
        ser = []
        for d in detail:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe_apply(cx, m, *bp, p_missing=0.4)
            ser.append(S(m, labels, None, why))
    else:
        raise ValueError(kind)
    return sd, ser


# ---------------------------------------------------------------- limb exams

LIMB_W = {"WRIST": 9, "FOREARM": 6, "ANKLE": 9, "KNEE": 10, "HAND": 7, "FOOT": 7, "ELBOW": 6, "SHOULDER": 7, "HIP": 6, "LEG": 6,
          "THIGH": 4, "ARM": 4}
BPE_LIMB = {"KNEE": ["EXTREMITY", "LEG", "LOWER LIMB"], "SHOULDER": ["EXTREMITY", "UPPER LIMB", "CHEST"], "ANKLE": ["FOOT", "EXTREMITY"],
            "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE", "EXTREMITY"], "ELBOW": ["ARM", "EXTREMITY"],
            "HAND": ["WRIST", "EXTREMITY"], "THIGH": ["LEG", "HIP", "FEMUR"], "LEG": ["KNEE", "EXTREMITY", "ANKLE"], "FOREARM": ["ARM", "WRIST"],
            "ARM": ["SHOULDER", "EXTREMITY", "HUMERUS"]}
CLIN = ["R/O #", "?#", "(RTA)", "(FALL)", "H/O TRAUMA", "(POST-OP)", "(FOLLOW UP)", "(PLASTER CHECK)", "(SPORTS INJURY)", "", "", "", ""]


def limb_text(cx, lang, codes, name, side, views_txt):
    """A limb order in the site's language: side word, part name, views."""
    sw = side_word(cx, lang, side)
    lp = LOC_PART.get(lang, {})
    if lang != "en" and len(codes) == 1 and codes[0] in lp and name in EN_PART[codes[0]][:1] + [EN_PART[codes[0]][-1]]:
        part = lp[codes[0]]
    else:
        part = name
    xr = cx.c(XRW[lang])
    if lang == "en":
        forms = [f"{xr} {name} {sw} {views_txt}", f"{xr} {sw} {name} {views_txt}", f"{xr} {name} ({sw}) {views_txt}",
                 f"{sw} {name} {views_txt}", f"{xr} {sw} {name}"]
    elif lang == "ur":
        forms = [f"{xr} {sw} {part}", f"{sw} {part} کا ایکسرے", f"{sw} {part} {views_txt}"]
    elif lang == "urr":
        forms = [f"{sw} {part} ka xray", f"X-RAY {part} {sw} {views_txt}", f"{sw} {part} ka x-ray {views_txt}"]
    elif lang == "bn":
        forms = [f"{xr} {sw} {part} {views_txt}", f"{sw} {part} এক্স-রে"]
    elif lang == "bnr":
        forms = [f"{sw} {part} er xray", f"XRAY {sw} {part} {views_txt}"]
    elif lang == "si":
        forms = [f"{sw} {part} {xr}", f"{xr} {sw} {part} {views_txt}"]
    elif lang in ("ta", "ml"):
        forms = [f"{sw} {part} {xr}", f"X-RAY {sw} {part} {views_txt}"]
    elif lang == "ne":
        forms = [f"{sw} {part}को एक्स-रे", f"{xr} {sw} {part} {views_txt}"]
    else:  # ner
        forms = [f"{sw} {part} ko xray", f"XRAY {sw} {part} {views_txt}"]
    t = cx.c(forms).strip()
    clin = cx.c(CLIN)
    if clin:
        t = f"{t} {clin}"
    return " ".join(t.split()), sw


def limb_pick(cx):
    code = cx.rng.choices(list(LIMB_W), list(LIMB_W.values()))[0]
    if cx.p(0.12):
        name, codes = cx.c(EN_UNION)
    else:
        names = EN_PART[code]
        name = names[0] if cx.p(0.6) else cx.c(names)
        codes = [code]
    return codes, name


def msk_xr(cx):
    lang = cx.lang
    r = cx.rng.random()
    xv = cx.c(cx.cfg["xr"])
    if r < 0.06:
        # pelvis with both hips
        sd = upcase(cx, cx.c(["X-RAY PELVIS WITH BOTH HIPS AP", "X-RAY BOTH HIPS AP", "XRAY PELVIS + B/L HIP", "X-RAY B/L HIP JOINTS AP/FROG LEG"]))
        if lang == "urr":
            sd = "dono koolhay ka xray (pelvis AP)"
        if lang == "ne":
            sd = "दुवै हिपको एक्सरे (PELVIS AP)"
        why = "pelvis film showing both hips"
        ser = xr_series(cx, cx.c(["PELVIS", "HIPS"]), ["AP"], ["PELVIS", "HIP"], "B", why, ("PELVIS", ["HIP"]), xv, tag_lat=None)
        if cx.p(0.4):
            ser += xr_series(cx, "HIP", ["LAT"], ["HIP"], None, "", ("HIP", ["PELVIS"]), xv)
            s1 = ser[-1]
            s1["laterality"] = cx.c("LR")
            s1["meta"]["ImageLaterality"] = s1["laterality"]
            s1["labels"] = ["HIP"]
            s1["why"] = f"lateral of one hip in a both-hips order; side from ImageLaterality"
        return sd, ser
    if r < 0.16:
        # bilateral order: one film of both sides, then one lateral per side
        code = cx.c(["KNEE", "KNEE", "KNEE", "HAND", "FOOT", "ANKLE"])
        menu = MENU[code] + "S"
        bw = side_word(cx, lang if lang in ("en", "urr", "bnr", "ner", "ur", "bn", "ne", "ta", "ml", "si") else "en", "B")
        base = {"KNEE": "KNEES", "HAND": "HANDS", "FOOT": "FEET", "ANKLE": "ANKLES"}[code]
        lp = LOC_PART.get(lang, {}).get(code)
        if lang != "en" and lp:
            sd = f"{cx.c(XRW[lang])} {bw} {lp} " + {"KNEE": "AP STANDING", "HAND": "PA (RA)", "FOOT": "AP/OBL", "ANKLE": "AP"}[code]
        else:
            sd = upcase(cx, cx.c([f"X-RAY {bw} {base} AP", f"X-RAY {bw} {base} " + {"KNEE": "STANDING AP (WEIGHT BEARING)", "HAND": "PA (RA FACTOR +)",
                                                                                     "FOOT": "AP/OBL", "ANKLE": "AP MORTISE"}[code],
                                  f"XRAY BOTH {base}"]))
        why = f"{code.lower()}s of both sides on one film"
        ser = xr_series(cx, menu, ["AP" if code != "HAND" else "PA"], [code], "B", why, (code, BPE_LIMB[code]), xv, tag_lat="B")
        if code in ("KNEE", "ANKLE"):
            for s in ("R", "L"):
                ser += xr_series(cx, MENU[code], ["LAT"], [code], s, f"lateral of one {code.lower()} in a both-sides order; side from ImageLaterality",
                                 (code, BPE_LIMB[code]), xv, tag_lat=s)
        return sd, ser
    codes, name = limb_pick(cx)
    side = cx.c("LLRR" if cx.p(0.9) else "LR")
    views = {"HAND": ["PA", "OBL"], "FOOT": ["AP", "OBL"], "WRIST": ["PA", "LAT"]}.get(codes[0], ["AP", "LAT"])
    if name == "SCAPHOID":
        views = ["PA", "SCAPHOID VIEW"]
    if name in ("CALCANEUM", "HEEL"):
        views = ["LAT", "AXIAL"]
    if name in ("CLAVICLE", "AC JOINT"):
        views = ["AP"]
    vt = cx.c(["AP/LAT", "AP & LAT", "2 VIEWS", "B/V", "AP/LATERAL", ""]) if views != ["PA", "OBL"] else cx.c(["PA/OBL", "AP/OBL", ""])
    sd, sw = limb_text(cx, lang, codes, name, side, vt)
    if lang in ("en", "urr", "bnr", "ner"):
        sd = upcase(cx, sd)
    why = f"{' and '.join(c.lower() for c in codes)} film, side {side} from the order ({sw})"
    menu = " ".join(MENU[c] for c in codes) if len(codes) > 1 else (name.upper() if name.upper() in ("CLAVICLE", "SCAPHOID", "CALCANEUM", "TOES", "FINGER", "THUMB")
                                                                    else MENU[codes[0]])
    if cx.p(0.1):
        menu = cx.c(["EXTREMITY", "UPPER EXT" if codes[0] in ("SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND") else "LOWER EXT"])
    ser = xr_series(cx, menu, views, codes, side, why, (codes[0], BPE_LIMB[codes[0]]), xv)
    return sd, ser


MR_JOINT = {"KNEE": ["loc", "pd_cor", "pd_sag", "t1_cor", "t2_ax"], "SHOULDER": ["loc", "pd_cor", "pd_sag", "t1_cor", "t2_ax"],
            "ANKLE": ["loc", "pd_sag", "pd_cor", "t1_sag"], "HIP": ["loc", "t1_cor", "stir_sag", "pd_cor"], "WRIST": ["loc", "t1_cor", "pd_cor"],
            "ELBOW": ["loc", "pd_cor", "pd_sag", "t1_cor"], "THIGH": ["loc", "t1_cor", "stir_sag", "t2_ax"], "LEG": ["loc", "t1_cor", "stir_sag", "t2_ax"],
            "FOOT": ["loc", "t1_sag", "stir_sag", "pd_cor"], "ARM": ["loc", "t1_cor", "stir_sag", "t2_ax"], "HAND": ["loc", "t1_cor", "pd_cor"],
            "FOREARM": ["loc", "t1_cor", "stir_sag", "t2_ax"]}


def msk_mr(cx):
    lang = cx.lang
    code = cx.c(["KNEE"] * 7 + ["SHOULDER"] * 4 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST", "ELBOW", "THIGH", "LEG", "FOOT", "ARM", "HAND", "FOREARM"])
    if code == "HIP" and cx.p(0.4):
        sd = upcase(cx, cx.c(["MRI BOTH HIP JOINTS (?AVN)", "MRI B/L HIPS", "MRI PELVIS WITH BOTH HIPS (AVN)"]))
        if lang == "urr":
            sd = "dono koolhon ka MRI (AVN)"
        return sd, mr_series(cx, ["loc", "t1_cor", "stir_sag", "t2_ax"], ["HIP", "PELVIS"], "B", "MR of both hips and the pelvis between them",
                             "joint", ("HIP", ["PELVIS"]), proto_word="HIPS AVN")
    side = cx.c("LR")
    name = EN_PART[code][0]
    sw = side_word(cx, lang, side)
    lp = LOC_PART.get(lang, {}).get(code, name)
    mw = {"ur": "ایم آر آئی", "bn": "এমআরআই", "ne": "एमआरआई", "ta": "எம்ஆர்ஐ", "ml": "എംആർഐ"}.get(lang, "MRI")
    if lang == "en":
        sd = cx.c([f"MRI {name} {sw}", f"MRI {sw} {name}", f"MRI {sw} {name} JOINT", f"MRI {name} ({sw}) PLAIN", f"MR {sw} {name} (?ACL TEAR)"
                   if code == "KNEE" else f"MRI {sw} {name} (PLAIN)"])
    elif lang in ("urr", "bnr", "ner"):
        sd = cx.c([f"MRI {sw} {lp}", f"{sw} {lp} " + {"urr": "ka", "bnr": "er", "ner": "ko"}[lang] + " MRI"])
    else:
        sd = cx.c([f"{mw} {sw} {lp}", f"{sw} {lp} {mw}", f"MRI {sw} {lp}"])
    if lang in ("en", "urr", "bnr", "ner"):
        sd = upcase(cx, sd)
    why = f"{code.lower()} MR, side {side} from the order ({sw})"
    pw = cx.c([f"{name} ROUTINE", name.lower(), f"{name}_{cx.c(['R', 'L', 'X'])}"]).replace("_R", "_" + side).replace("_L", "_" + side)
    return sd, mr_series(cx, MR_JOINT[code], [code], side, why, "joint", (code, BPE_LIMB[code]), proto_word=pw)


def msk_other(cx):
    """CT of a joint after trauma, MSK/infant-hip ultrasound, knee or shoulder ultrasound."""
    lang = cx.lang
    r = cx.rng.random()
    if r < 0.35:
        code = cx.c(["ANKLE", "KNEE", "WRIST", "SHOULDER", "ELBOW", "FOOT", "HIP"])
        side = cx.c("LR")
        sw = side_word(cx, "en" if lang not in ("urr", "bnr", "ner") else lang, side)
        name = cx.c(EN_PART[code][:2])
        sd = upcase(cx, cx.c([f"CT {sw} {name} 3D", f"NCCT {name} {sw} WITH 3D RECON", f"CT {name} ({sw}) - TIBIAL PLATEAU #" if code == "KNEE"
                              else f"CT {sw} {name} (FRACTURE)"]))
        why = f"CT {code.lower()}, side {side} from the order ({sw})"
        ser = ct_study(cx, [("limb", "bone", 1.0, [code])], [code], why, (code, BPE_LIMB[code]), region_for_proto="limb")
        for s in ser:
            if s["img"]:
                s["laterality"] = side
        return sd, ser
    if r < 0.55:
        sd = upcase(cx, cx.c(["USG BOTH HIPS (DDH SCREENING)", "USG INFANT HIPS (GRAF)", "USG B/L HIP JOINTS (NEWBORN)"]))
        return sd, us_series(cx, "hip", ["HIP"], "B", "infant hip ultrasound of both sides", ("HIP", ["PELVIS"]))
    code = cx.c(["SHOULDER", "SHOULDER", "KNEE", "ANKLE", "WRIST", "THIGH", "ELBOW", "HAND"])
    side = cx.c("LR")
    sw = side_word(cx, lang, side)
    lp = LOC_PART.get(lang, {}).get(code, EN_PART[code][0])
    base = {"ur": "الٹراساؤنڈ", "bn": "আল্ট্রাসনোগ্রাম", "ne": "भिडियो एक्सरे", "ner": "video xray", "ta": "ஸ்கேன்", "ml": "സ്കാൻ", "si": "ස්කෑන්"}.get(lang, "USG")
    if lang == "en":
        sd = cx.c([f"USG {sw} {EN_PART[code][0]}", f"USG {EN_PART[code][0]} ({sw}) - ROTATOR CUFF" if code == "SHOULDER" else
                   f"USG {sw} {EN_PART[code][0]} (SWELLING)", f"HIGH RESOLUTION USG {sw} {EN_PART[code][0]}"])
    else:
        sd = f"{sw} {lp} {base}"
    why = f"{code.lower()} ultrasound, side {side} from the order ({sw})"
    return sd, us_series(cx, "msk", [code], side, why, (code, BPE_LIMB[code]))


def msk(cx):
    r = cx.rng.random()
    if r < 0.72:
        return msk_xr(cx)
    if r < 0.88:
        return msk_mr(cx)
    return msk_other(cx)


# ---------------------------------------------------------------- strata


def chest(cx):
    k = cx.rng.choices(["cxr", "cxr_visa", "cxr_tb", "cxr_port", "cxr_pl", "babygram", "ribs", "sternum", "hrct", "cect_chest", "us_chest"],
                       [8, 6, 4, 2, 2, 1, 1, 1, 3, 2, 1])[0]
    return exam(cx, k)


def neuro(cx):
    k = cx.rng.choices(["ct_head", "cect_brain", "mr_brain", "xr_skull"], [7, 2, 5, 1])[0]
    return exam(cx, k)


def headneck(cx):
    k = cx.rng.choices(["us_thyroid", "xr_pns", "xr_stn", "ct_pns", "hrct_temporal", "cect_neck", "cect_hn", "ct_face", "xr_face", "mr_neck"],
                       [5, 3, 2, 2, 1, 1, 2, 2, 2, 1])[0]
    return exam(cx, k)


def abdo(cx):
    k = cx.rng.choices(["us_wa", "us_ua", "us_pelvis", "us_appx", "us_scrot", "axr", "cect_wa", "ct_liver", "mrcp", "mr_pelvis"],
                       [9, 3, 3, 1, 1, 2, 3, 1, 1, 1])[0]
    return exam(cx, k)


def uro(cx):
    k = cx.rng.choices(["xr_kub", "ivu", "ct_kub", "us_kub", "us_prostate", "mcu", "rgu", "dtpa"], [4, 2, 3, 4, 1, 1, 1, 1])[0]
    return exam(cx, k)


def spine(cx):
    k = cx.rng.choices(["xr_ls", "xr_cs", "xr_ds", "xr_dl", "xr_scolio", "xr_sacrum", "mr_ls", "mr_cs", "mr_ds", "mr_dl", "mr_ws", "mr_sij",
                        "mr_cvj", "ct_spine", "ls_screen"], [5, 3, 1, 2, 1, 1, 6, 2, 1, 1, 1, 1, 1, 1, 2])[0]
    if k != "ls_screen":
        return exam(cx, k)
    # lumbar MR with a sagittal screening of the whole spine: series differ in coverage
    sd = upcase(cx, cx.c(["MRI LS SPINE WITH WHOLE SPINE SCREENING", "MRI L/S SPINE + SCREENING OF WHOLE SPINE", "MRI LS SPINE (PIVD) + WHOLE SPINE SCREENING"]))
    ser = mr_series(cx, ["loc", "t2_sag", "t1_sag", "t2_ax"], ["LSPINE"], None, "lumbar spine MR series", "spine_l", ("LSPINE", ["SPINE"]))
    ser[0]["labels"] = WSPINE
    ser[0]["why"] = "localizer planning the whole-spine screening as well as the lumbar series"
    scr = mr_series(cx, ["t2_sag"], WSPINE, None, "sagittal screening of the whole spine", "spine_w", ("SPINE", ["LSPINE"]))[0]
    scr["meta"]["SeriesDescription"] = cx.c(["t2_tse_sag_whole spine", "Sag T2 SCREENING", "T2W_TSE_SAG_WS", "t2_fse_sag_screening", "SCREENING SAG T2"])
    ser.append(scr)
    return sd, ser


def obs(cx):
    k = cx.rng.choices(["early", "nt", "anomaly", "growth", "follicular"], [4, 2, 3, 4, 1])[0]
    en = {"early": ["TVS EARLY PREGNANCY", "USG OBS (DATING)", "VIABILITY SCAN", "USG EARLY PREGNANCY (?ECTOPIC)"],
          "nt": ["NT SCAN", "NT/NB SCAN", "USG OBS 11-14 WEEKS (NT)"],
          "anomaly": ["ANOMALY SCAN", "TIFFA SCAN", "LEVEL II SCAN", "TARGET SCAN (18-22 WKS)", "USG OBS ANOMALY"],
          "growth": ["GROWTH SCAN", "USG OBS WITH DOPPLER", "BPP + AFI", "USG OBSTETRIC (3RD TRIMESTER)", "USG OBS (GROWTH + LIQUOR)"],
          "follicular": ["FOLLICULAR STUDY (TVS)", "FOLLICULOMETRY"]}[k]
    texts = {"en": en, "ur": ["حمل کا الٹراساؤنڈ"], "urr": ["hamal ka ultrasound", "pregnancy scan (hamal)"], "bn": ["গর্ভাবস্থার আল্ট্রাসনোগ্রাম"],
             "bnr": ["pregnancy USG (gorbhoboti)"], "si": ["ගර්භණී ස්කෑන්"], "ta": ["கர்ப்ப ஸ்கேன்"], "ml": ["ഗർഭ സ്കാൻ"],
             "ne": ["गर्भको भिडियो एक्सरे"], "ner": ["garva ko video xray"]}
    if k == "follicular":
        texts = {"en": en}
    sd = local(cx, texts)
    if cx.lang in ("en", "urr", "bnr", "ner"):
        sd = upcase(cx, sd)
    why = "obstetric ultrasound: uterus and its contents" if k != "follicular" else "ovarian follicle tracking: pelvis"
    ser = us_series(cx, {"early": "obe", "nt": "obe", "follicular": "gyn"}.get(k, "ob"), ["PELVIS"], None, why, ("PELVIS", ["ABDOMEN", "OB"]), n=cx.c([1, 2, 2]))
    if cx.p(0.4):
        mk = ser[0]["meta"]["Manufacturer"]
        ser.append(S({"Modality": "SR", "Manufacturer": mk, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.33",
                      "SeriesDescription": cx.c(["OB Report", "OB-GYN Ultrasound Procedure Report", "Worksheet"])}, [], None,
                     "ultrasound measurement report: no image", img=False))
    return sd, ser


def contrast(cx):
    k = cx.rng.choices(["ba_swallow", "ba_meal", "ba_mft", "ba_enema", "hsg", "fistulogram", "ttube", "mcu", "rgu"], [3, 2, 2, 2, 4, 1, 1, 2, 1])[0]
    return exam(cx, k)


def breast(cx):
    lang = cx.lang
    mgv = cx.cfg["mg"]
    mk = MG_MAKE[mgv]
    r = cx.rng.random()
    bw = {"ur": "چھاتی", "bn": "স্তন", "ta": "மார்பக", "ml": "സ്തന", "si": "පියයුරු", "ne": "स्तन"}.get(lang)
    if r < 0.5:
        one = cx.p(0.25)
        side = cx.c("LR") if one else "B"
        if one:
            sw = side_word(cx, "en" if bw is None else lang, side)
            sd = f"MAMMOGRAM {sw} BREAST (DIAGNOSTIC)" if bw is None else f"{sw} {bw} MAMMOGRAM"
        else:
            bwd = side_word(cx, "en" if bw is None else lang, "B")
            sd = cx.c(["MAMMOGRAPHY BILATERAL", "SCREENING MAMMOGRAM B/L", "DIGITAL MAMMOGRAPHY BOTH BREASTS", "MAMMOGRAM (BOTH)"]) if bw is None \
                else f"{bw} MAMMOGRAM ({bwd})"
        ser = []
        for s in (["R", "L"] if side == "B" else [side]):
            for v in ["CC", "MLO"]:
                d = cx.c([f"{s} {v}", f"{s}{v}", f"{'RIGHT' if s == 'R' else 'LEFT'} {v}"])
                m = {"Modality": "MG", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d, "ViewPosition": v,
                     "ImageLaterality": s}
                bpe_apply(cx, m, "BREAST", ["CHEST"], p_missing=0.2)
                ser.append(S(m, ["BREAST"], s, f"mammogram of one breast, side from ImageLaterality"))
        return sd, ser
    if r < 0.9:
        side = cx.c("LRBB")
        sw = side_word(cx, "en" if bw is None else lang, side)
        if bw is None:
            sd = cx.c([f"USG {sw} BREAST", f"SONOMAMMOGRAPHY {sw}" if side != "B" else "SONOMAMMOGRAPHY (BOTH BREASTS)", f"USG BREAST {sw} (LUMP)"])
        else:
            sd = f"{sw} {bw} USG"
        why = f"breast ultrasound, side {side} from the order ({sw})"
        return sd, us_series(cx, "breast", ["BREAST"], side, why, ("BREAST", ["CHEST"]))
    sd = cx.c(["MRI BOTH BREASTS (DYNAMIC)", "MRI BREAST BILATERAL WITH CONTRAST", "MRI BREAST (IMPLANT)"])
    return sd, mr_series(cx, ["loc", "t2_ax", "dwi", "t1_post"], ["BREAST"], "B", "breast MR images both breasts", "breast", ("BREAST", ["CHEST"]))


def dental(cx):
    lang = cx.lang
    k = cx.c(["opg", "opg", "iopa", "iopa", "cbct", "ceph"])
    texts = {"opg": T(["OPG", "ORTHOPANTOMOGRAM", "OPG (DENTAL)", "DENTAL PANORAMIC X-RAY"], ur=["دانتوں کا ایکسرے (OPG)"], urr=["daanton ka xray OPG"],
                      bn=["দাঁতের এক্স-রে (OPG)"], bnr=["dater xray OPG"], si=["දත් X-RAY (OPG)"], ta=["பல் எக்ஸ்-ரே (OPG)"],
                      ml=["പല്ലിന്റെ എക്സ്-റേ (OPG)"], ne=["दाँतको एक्सरे (OPG)"], ner=["daat ko xray OPG"]),
             "iopa": T(["IOPA", "IOPA 36", "RVG (IOPA)", "IOPA X-RAY 46 47", "BITEWING"], urr=["daant ka xray (IOPA)"], ta=["பல் எக்ஸ்-ரே (IOPA)"]),
             "cbct": T(["CBCT MAXILLA & MANDIBLE", "CBCT (IMPLANT PLANNING)", "CBCT TMJ"]),
             "ceph": T(["LATERAL CEPHALOGRAM", "CEPH LAT (ORTHO)"])}[k]
    sd = upcase(cx, local(cx, texts))
    why = "dental/maxillofacial image: head"
    dm = DENT_MAKE[cx.cfg["dent"]]
    ser = []
    if k == "iopa":
        mk = cx.c(IO_MAKE)
        for i in range(cx.c([1, 2, 3])):
            m = {"Modality": "IO", "Manufacturer": mk[0], "ManufacturerModelName": mk[1]}
            if cx.p(0.5):
                m["SeriesDescription"] = cx.c(["IOPA", "Periapical", "RVG", "BW"])
            bpe_apply(cx, m, "JAW", ["HEAD", "TOOTH"], p_missing=0.5)
            ser.append(S(m, ["HEAD"], None, why))
        return sd, ser
    mod, model = {"opg": ("PX", dm[1]), "cbct": ("CT", dm[2]), "ceph": ("DX", dm[1])}[k]
    m = {"Modality": mod, "Manufacturer": dm[0], "ManufacturerModelName": model}
    if cx.p(0.6):
        m["SeriesDescription"] = {"opg": cx.c(["Panoramic", "PANO Standard", "Adult Panoramic"]), "cbct": cx.c(["CBCT Volume", "3D", "Implant"]),
                                  "ceph": "Cephalo Lateral"}[k]
    bpe_apply(cx, m, "JAW" if k != "ceph" else "SKULL", ["HEAD", "MOUTH"], p_missing=0.45)
    ser.append(S(m, ["HEAD"], None, why))
    return sd, ser


def trauma(cx):
    lang = cx.lang
    k = cx.rng.choices(["headc", "pan", "fast", "xr_pelvis", "xr_cs"], [4, 2, 2, 2, 2])[0]
    if k == "headc":
        sd = upcase(cx, cx.c(["CT HEAD + C-SPINE (RTA)", "NCCT BRAIN & CERVICAL SPINE", "CT HEAD AND C SPINE (HEAD INJURY)", "CT BRAIN + CS SPINE (RTA)"]))
        if lang == "urr":
            sd = "sar aur gardan ka CT scan (accident)"
        if lang == "ne":
            sd = "टाउको र घाँटीको हड्डीको सिटी स्क्यान (दुर्घटना)"
        plan = [("head", "brain", 5.0, ["HEAD"]), ("cspine", "bone", 1.0, ["CSPINE"])]
        ser = ct_study(cx, plan, ["HEAD", "CSPINE"], "trauma CT of head and cervical spine", ("HEAD", ["CSPINE", "SPINE"]),
                       region_for_proto="head")
        for s in ser:
            if s["labels"] == ["HEAD"]:
                s["why"] = "head recon of a head and cervical-spine trauma CT"
            elif s["labels"] == ["CSPINE"]:
                s["why"] = "cervical-spine recon of a head and cervical-spine trauma CT"
        return sd, ser
    if k == "pan":
        sd = upcase(cx, cx.c(["WHOLE BODY CT (POLYTRAUMA)", "CT TRAUMA PANSCAN", "CT HEAD TO PELVIS (POLYTRAUMA RTA)"]))
        plan = [("head", "brain", 5.0, ["HEAD"]), ("body", "soft", 5.0, WB)]
        if cx.p(0.5):
            plan.append(("spine", "bone", 2.0, WSPINE))
        ser = ct_study(cx, plan, WB, "polytrauma CT head to pelvis", ("WHOLEBODY", ["CHEST", "HEAD"]), contrast=True, region_for_proto="body")
        for s in ser:
            if s["labels"] == WSPINE:
                s["why"] = "spine reformat of the trauma CT"
            elif s["labels"] == ["HEAD"]:
                s["why"] = "head recon of the polytrauma CT"
        return sd, ser
    if k == "fast":
        sd = upcase(cx, cx.c(["FAST SCAN", "eFAST (RTA)", "USG FAST (BLUNT TRAUMA ABDOMEN)"]))
        return sd, us_series(cx, "abd", CAP, None, "FAST: pericardial view, abdomen and pelvis", ("ABDOMEN", []))
    if k == "xr_pelvis":
        sd = upcase(cx, cx.c(["X-RAY PELVIS AP (RTA)", "X-RAY PELVIS AP", "XRAY PELVIS (FALL)"]))
        return sd, xr_series(cx, "PELVIS", ["AP"], ["PELVIS"], None, "pelvis film for trauma", ("PELVIS", ["HIP", "ABDOMEN"]))
    return exam(cx, "xr_cs")


def onc(cx):
    k = cx.rng.choices(["cap", "ta", "pet", "bone"], [4, 1, 3, 3])[0]
    if k in ("cap", "ta"):
        return exam(cx, "cect_cap" if k == "cap" else "ct_ta")
    if k == "bone":
        sd = upcase(cx, cx.c(["WHOLE BODY BONE SCAN", "Tc99m MDP BONE SCAN", "BONE SCAN (METASTATIC WORKUP)", "SKELETAL SCINTIGRAPHY"]))
        mk = cx.c([("SIEMENS NM", "Symbia Intevo"), ("GE MEDICAL SYSTEMS", "Discovery NM630")])
        ser = []
        for d in ["WB ANT", "WB POST", "Whole Body", cx.c(["ANT", "POST"])][:cx.c([2, 3])]:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe_apply(cx, m, "WHOLEBODY", ["CHEST", "BONE"], p_missing=0.4)
            ser.append(S(m, WB, None, "whole-body bone scan"))
        if cx.p(0.4):
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": cx.c(["SPOT LS SPINE", "SPECT LUMBAR"])}
            ser.append(S(m, ["LSPINE"], None, "lumbar spot view of the bone scan"))
        return sd, ser
    sd = upcase(cx, cx.c(["PET-CT WHOLE BODY (FDG)", "18F-FDG PET/CT", "PET CT SKULL BASE TO MID THIGH", "FDG PET-CT (RESPONSE ASSESSMENT)",
                          "PSMA PET-CT"]))
    mk = cx.c([("GE MEDICAL SYSTEMS", "Discovery MI"), ("SIEMENS", "Biograph Horizon"), ("GE MEDICAL SYSTEMS", "Discovery IQ")])
    ser = []
    for mod, d, it in [("CT", cx.c(["Scout", "Topogram  0.6  T20s"]), "ORIGINAL\\PRIMARY\\LOCALIZER"), ("CT", cx.c(["CTAC 3.75 mm", "CT WB 5.0 B30f", "WB CT 3.75mm"]), "ORIGINAL\\PRIMARY\\AXIAL"),
                       ("PT", cx.c(["PET AC", "PET WB 3D AC", "WB_AC"]), "ORIGINAL\\PRIMARY"), ("PT", cx.c(["PET NAC", "PET WB NAC"]), "ORIGINAL\\PRIMARY"),
                       ("PT", cx.c(["MIP", "PET MIP"]), "DERIVED\\SECONDARY\\MIP")]:
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d, "ImageType": it}
        bpe_apply(cx, m, "WHOLEBODY", ["CHEST", "HEAD", "ABDOMEN"], p_missing=0.35, p_alt=0.2)
        ser.append(S(m, WB, None, "PET/CT skull base to thighs: whole body" + ("; scout" if "LOCALIZER" in it else "")))
    ser.append(S({"Modality": "CT", "Manufacturer": mk[0], "SeriesDescription": "Dose Report", "ImageType": "DERIVED\\SECONDARY"}, [], None,
                 "CT dose page: text, no anatomy", img=False))
    return sd, ser


def vasc(cx):
    lang = cx.lang
    k = cx.rng.choices(["leg", "arm", "carotid", "renal", "cta"], [6, 1, 3, 1, 2])[0]
    if k == "leg":
        side = cx.c("LLRRB")
        sw = side_word(cx, "en" if lang not in ("urr", "bnr", "ner") else lang, side)
        sd = upcase(cx, cx.c([f"VENOUS DOPPLER {sw} LOWER LIMB (?DVT)", f"ARTERIAL DOPPLER {sw} LOWER LIMB", f"DOPPLER {sw} LOWER LIMB VEINS (VARICOSE)",
                              f"COLOUR DOPPLER {sw} LEG ARTERIES"]))
        return sd, us_series(cx, "vasc", LOWER_LIMB, side, f"lower-limb duplex groin to calf, side {side} from the order ({sw})",
                             ("LEG", ["EXTREMITY", "LOWER LIMB"]))
    if k == "arm":
        side = cx.c("LR")
        sw = side_word(cx, "en", side)
        sd = upcase(cx, cx.c([f"AV FISTULA DOPPLER {sw} UPPER LIMB", f"VENOUS DOPPLER {sw} UPPER LIMB", f"ARTERIAL DOPPLER {sw} ARM"]))
        return sd, us_series(cx, "vasc", ["ARM", "ELBOW", "FOREARM"], side, f"upper-limb duplex arm to wrist, side {side} from the order ({sw})",
                             ("ARM", ["EXTREMITY", "UPPER LIMB"]))
    if k == "carotid":
        sd = upcase(cx, cx.c(["CAROTID DOPPLER", "BILATERAL CAROTID & VERTEBRAL DOPPLER", "COLOUR DOPPLER NECK VESSELS"]))
        return sd, us_series(cx, "carotid", ["NECK"], None, "carotid duplex: neck", ("NECK", ["CAROTID"]))
    if k == "renal":
        sd = upcase(cx, cx.c(["RENAL ARTERY DOPPLER", "DOPPLER BOTH RENAL ARTERIES", "PORTAL VENOUS DOPPLER"]))
        return sd, us_series(cx, "abd", ["ABDOMEN"], None, "renal/portal duplex: abdomen", ("ABDOMEN", ["KIDNEY"]))
    sd = upcase(cx, cx.c(["CT PERIPHERAL ANGIOGRAPHY (BOTH LOWER LIMBS)", "CTA LOWER LIMB RUN-OFF", "CT ANGIO B/L LOWER LIMBS"]))
    ser = ct_study(cx, [("limb", "soft", 1.0, RUNOFF)], RUNOFF, "run-off CTA renal arteries to feet", ("EXTREMITY", ["LEG", "ABDOMEN"]),
                   contrast=True, region_for_proto="limb")
    for s in ser:
        if s["img"]:
            s["laterality"] = "B"
    return sd, ser


FAMILY = {"chest": chest, "msk": msk, "obs": obs, "abdo": abdo, "uro": uro, "neuro": neuro, "spine": spine, "contrast": contrast,
          "trauma": trauma, "headneck": headneck, "breast": breast, "dental": dental, "vasc": vasc, "onc": onc}

REQ_FORM = {"en": ["SCANNED REQUISITION", "Request Form", "Scanned Document", "CONSENT FORM (CONTRAST)", "Referral slip"],
            "ur": ["درخواست فارم"], "urr": ["parchi (request form)"], "bn": ["রিকুইজিশন ফর্ম"], "bnr": ["requisition slip scan"],
            "si": ["ඉල්ලීම් පත්‍රය"], "ta": ["கோரிக்கை படிவம்"], "ml": ["അഭ്യർത്ഥന ഫോം"], "ne": ["अनुरोध फारम"], "ner": ["request parcha"]}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "ImageType": "DERIVED\\SECONDARY",
                "SeriesDescription": local(cx, REQ_FORM)}, "scanned request form: paper, no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "KEY IMAGES", "Key Object Selection"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Annotations"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Radiation Dose Information", "Dose SR"])}, \
            "dose structured report"
    if k == "page":
        return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Protocol Page"]),
                "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, "protocol/screen page: text, no anatomy"
    mod = cx.c(["CT", "MG", "US"])
    d = {"CT": cx.c(["QA PHANTOM", "DAILY QC WATER PHANTOM", "Daily Calibration"]), "MG": cx.c(["ACR PHANTOM", "QC Phantom"]), "US": "QA Phantom"}[mod]
    return {"Modality": mod, "SeriesDescription": d, "ImageType": "ORIGINAL\\PRIMARY"}, "quality-control phantom: no patient anatomy"


# ---------------------------------------------------------------- assembly

# Misspellings that RIS order entry at these sites really carries.
MISSPELL = [("LUMBOSACRAL", "LUMBO SACRAL"), ("LUMBAR", "LUMBER"), ("CERVICAL", "CERVICLE"), ("SHOULDER", "SHOLDER"), ("ANKLE", "ANKEL"),
            ("THYROID", "THYRIOD"), ("ABDOMEN", "ABDOMAN"), ("FOREARM", "FORE ARM"), ("DORSAL", "DORSEL"), ("OBSTETRIC", "OBSTRETIC"),
            ("HYSTEROSALPINGOGRAPHY", "HYSTROSALPINGOGRAPHY"), ("PARANASAL", "PARA NASAL"), ("MAMMOGRAPHY", "MAMOGRAPHY"), ("CALCANEUM", "CALCANIUM"),
            ("SCAPHOID", "SCHAPHOID"), ("HUMERUS", "HUMEROUS"), ("CLAVICLE", "CLAVICAL"), ("PELVIS", "PELVICE"), ("BARIUM", "BERIUM")]


def misspell(rng, text):
    hits = [(a, b) for a, b in MISSPELL if a in text]
    if not hits:
        return text
    a, b = rng.choice(hits)
    return text.replace(a, b, 1)


def ascii_console(text):
    """A worklist text as an ASCII-only console shows it: anything it cannot draw becomes '?'."""
    return "".join(ch if ord(ch) < 128 else "?" for ch in text)


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        while n_site < cfg["target"]:
            cx = Cx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            if rng.random() < 0.12:
                sd = misspell(rng, sd)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.22:
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
                if rng.random() < 0.12:
                    meta["RequestedProcedureDescription"] = sd
                if rng.random() < 0.1 and any(ord(ch) > 127 for ch in sd):
                    meta["PerformedProcedureStepDescription"] = ascii_console(sd)
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.2:
                meta, why = noanat(cx)
                meta = dict(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if meta["SeriesDescription"] not in ("QA PHANTOM", "DAILY QC WATER PHANTOM", "Daily Calibration", "ACR PHANTOM", "QC Phantom", "QA Phantom"):
                    if rng.random() < 0.5:
                        row["study"] = {"StudyDescription": sd, "series": [dict(o["meta"]) for o in ser[:3]]}
                    else:
                        meta["StudyDescription"] = sd
                else:
                    meta["StudyDescription"] = rng.choice(["QA", "QC DAILY", "PHANTOM TEST", "SERVICE"])
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
    c = Counter(r["group"] for r in rows)
    lines.append("site:stratum: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
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
