"""Writes tests/anatomy/data/clinical_set_33.jsonl: a fortnight of series from public and private
hospitals and outpatient centres of Spanish- and Portuguese-speaking Latin America (Mexico,
Colombia, Peru, Chile, Argentina, Brazil), labelled blind against the shared anatomy spec (see
README.md beside this file).

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

SEED = 33
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_33.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------- vendors
MR_MAKE = {
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Explorer", "SIGNA Creator", "Signa HDxt", "SIGNA Voyager"]),
    "Siemens": ("SIEMENS", ["MAGNETOM Essenza", "MAGNETOM Aera", "MAGNETOM Amira", "MAGNETOM Sempra", "MAGNETOM Skyra"]),
    "Philips": ("Philips Medical Systems", ["Ingenia", "Achieva", "Multiva", "Ingenia Ambition X"]),
    "Canon": ("TOSHIBA", ["Vantage Elan", "Vantage Titan"]),
    "UIH": ("UIH", ["uMR 570", "uMR 580", "uMR 780"]),
}
CT_MAKE = {
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution ACT", "Optima CT520 Series", "BrightSpeed", "Revolution EVO"]),
    "Siemens": ("SIEMENS", ["SOMATOM go.Now", "SOMATOM Perspective", "SOMATOM Definition AS", "Emotion 16 (2010)"]),
    "Philips": ("Philips", ["Ingenuity CT", "Incisive CT", "Brilliance 64"]),
    "Canon": ("TOSHIBA", ["Aquilion Lightning", "Aquilion", "Aquilion Prime SP"]),
    "UIH": ("UIH", ["uCT 530", "uCT 760"]),
    "Neusoft": ("Neusoft Medical Systems", ["NeuViz 64 In", "NeuViz 16 Classic"]),
}
XR_MAKE = {  # maker, DX models, CR models
    "Carestream": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Ascend"], ["DirectView CR 975", "CR 975"]),
    "Fujifilm": ("FUJIFILM Corporation", ["FDR Go PLUS", "FDR D-EVO II"], ["FCR Capsula XLII", "FCR PRIMA T2"]),
    "Agfa": ("Agfa", ["DX-D 300", "DX-D 100"], ["CR 30-X", "CR 35-X"]),
    "Samsung": ("Samsung Electronics", ["GC85A", "GM85"], ["GC85A"]),
    "Siemens": ("SIEMENS", ["Multix Fusion", "Ysio Max"], ["Multix Fusion"]),
    "Philips": ("Philips Medical Systems", ["DigitalDiagnost", "MobileDiagnost wDR"], ["DigitalDiagnost"]),
    "Shimadzu": ("SHIMADZU Corporation", ["RADspeed Pro"], ["RADspeed Pro"]),
    "Konica": ("KONICA MINOLTA", ["AeroDR"], ["REGIUS 190", "REGIUS 110"]),
}
US_MAKE = {
    "Mindray": ("Mindray", ["Resona 7", "DC-80", "M9"]),
    "Samsung": ("SAMSUNG MEDISON CO., LTD.", ["RS85", "HS70A", "V8"]),
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ P9", "LOGIQ F8"]),
    "Philips": ("Philips Medical Systems", ["EPIQ 7G", "Affiniti 70G"]),
    "Canon": ("Canon Medical Systems", ["Aplio i700", "Aplio a550"]),
    "SonoScape": ("SonoScape", ["S60", "P50"]),
    "Esaote": ("Esaote", ["MyLab Seven", "MyLab X7"]),
    "Siemens": ("SIEMENS", ["ACUSON Sequoia", "ACUSON Juniper"]),
}
MG_MAKE = {
    "Hologic": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
    "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
    "Fujifilm": ("FUJIFILM Corporation", ["AMULET Innovality"]),
    "Siemens": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"]),
}
PT_MAKE = {"GE": ("GE MEDICAL SYSTEMS", "Discovery MI"), "Siemens": ("SIEMENS", "Biograph Horizon"), "Philips": ("Philips", "Vereos PET/CT")}
NM_MAKE = {"GE": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), "Siemens": ("SIEMENS NM", "Symbia Intevo"), "Philips": ("Philips", "BrightView XCT")}
XA_MAKE = {"Siemens": ("SIEMENS", "Artis zee"), "Philips": ("Philips Medical Systems", "Azurion 7 M20"), "GE": ("GE Healthcare", "Innova IGS 530")}
RF_MAKE = {"Siemens": ("SIEMENS", "Luminos Agile Max"), "Shimadzu": ("SHIMADZU Corporation", "SONIALVISION G4"),
           "GE": ("GE Healthcare", "Precision 600"), "Philips": ("Philips Medical Systems", "CombiDiagnost R90")}
DXA_MAKE = {"Hologic": ("HOLOGIC", ["Horizon A", "Discovery Wi"]), "GE": ("GE Healthcare", ["Lunar Prodigy Advance", "Lunar iDXA"])}
DENT_MAKE = [("Carestream Health", "CS 8100 3D"), ("Vatech", "PaX-i3D Green"), ("Planmeca", "ProMax 3D"), ("Sirona", "ORTHOPHOS SL")]

# ---------------------------------------------------------------- sites
# kind, language, country, rows, console (ASCII share, upper-case share), English share of RIS names,
# vendors (MR, CT, X-ray, US list, MG, NM/PET, XA, RF, DXA), tariff scheme, strata with weights.
SITES = {
    "mx-imss": dict(kind="public general hospital (social security), Mexico City", lang="es", cc="mx", n=88, ascii=0.95, upper=0.95,
                    en=0.0, mr="GE", ct="GE", xr="Carestream", cr=0.6, us=["Mindray", "GE"], mg="GE", nm="GE", xa="GE", rf="Shimadzu",
                    dxa="GE", scheme=None,
                    strata={"msk": 6, "trauma": 4, "spine": 2, "chest": 3, "neuro": 2, "abdo": 3, "obgyn": 2, "breast": 2, "paeds": 2,
                            "vasc": 1, "headneck": 1, "cardio": 1, "onc": 1, "nm": 1, "dxa": 1}),
    "mx-priv": dict(kind="private hospital, Monterrey, Mexico", lang="es", cc="mx", n=80, ascii=0.4, upper=0.6, en=0.2,
                    mr="Siemens", ct="Siemens", xr="Siemens", cr=0.0, us=["Samsung", "Siemens"], mg="Hologic", nm="Siemens",
                    pt="Siemens", xa="Siemens", rf="Siemens", dxa="Hologic", scheme="CPT",
                    strata={"msk": 5, "spine": 2, "neuro": 2, "cardio": 2, "onc": 3, "breast": 2, "abdo": 2, "chest": 1, "vasc": 1,
                            "headneck": 1, "nm": 1, "dxa": 1}),
    "mx-opc": dict(kind="outpatient diagnostic centre (chain), Guadalajara, Mexico", lang="es", cc="mx", n=66, ascii=1.0, upper=1.0, en=0.0,
                   mr="UIH", ct="Canon", xr="Fujifilm", cr=0.2, us=["Samsung", "SonoScape"], mg="Fujifilm", dxa="GE", scheme=None,
                   strata={"msk": 4, "breast": 4, "obgyn": 3, "abdo": 2, "spine": 2, "dxa": 2, "dental": 2, "chest": 1}),
    "co-pub": dict(kind="public university hospital, Bogota, Colombia", lang="es", cc="co", n=76, ascii=1.0, upper=1.0, en=0.0,
                   mr="Philips", ct="Philips", xr="Agfa", cr=0.5, us=["Philips", "Mindray"], mg="Siemens", nm="Philips", xa="Philips",
                   rf="Philips", dxa="Hologic", scheme="CUPS",
                   strata={"msk": 4, "trauma": 3, "neuro": 2, "chest": 2, "abdo": 2, "obgyn": 2, "paeds": 2, "vasc": 2, "spine": 2,
                           "headneck": 1, "onc": 1, "nm": 1, "breast": 1}),
    "co-priv": dict(kind="private clinic, Medellin, Colombia", lang="es", cc="co", n=68, ascii=0.6, upper=0.7, en=0.05,
                    mr="GE", ct="GE", xr="Fujifilm", cr=0.0, us=["GE", "Esaote"], mg="Hologic", nm="GE", pt="GE", xa="GE", rf="GE",
                    dxa="GE", scheme="CUPS",
                    strata={"msk": 5, "spine": 2, "breast": 2, "onc": 3, "neuro": 2, "cardio": 1, "abdo": 2, "headneck": 1, "nm": 1,
                            "dental": 1}),
    "pe-essalud": dict(kind="national social-security hospital, Lima, Peru", lang="es", cc="pe", n=74, ascii=1.0, upper=1.0, en=0.0,
                       mr="Canon", ct="Canon", xr="Fujifilm", cr=0.7, us=["Canon", "Mindray"], mg="Siemens", nm="Siemens", xa="Siemens",
                       rf="Siemens", dxa="Hologic", scheme="CPT",
                       strata={"msk": 4, "trauma": 2, "spine": 2, "neuro": 2, "chest": 2, "abdo": 2, "obgyn": 1, "paeds": 2, "vasc": 1,
                               "headneck": 1, "onc": 1, "nm": 1, "breast": 1, "cardio": 1}),
    "pe-priv": dict(kind="private clinic, Lima, Peru", lang="es", cc="pe", n=58, ascii=0.5, upper=0.8, en=0.0,
                    mr="UIH", ct="UIH", xr="Samsung", cr=0.0, us=["Samsung"], mg="GE", dxa="GE", scheme="CPT",
                    strata={"msk": 5, "spine": 2, "breast": 1, "obgyn": 2, "abdo": 2, "neuro": 1, "headneck": 1, "dental": 2}),
    "cl-pub": dict(kind="public hospital, Santiago, Chile", lang="es", cc="cl", n=72, ascii=1.0, upper=0.9, en=0.0,
                   mr="Philips", ct="Siemens", xr="Agfa", cr=0.4, us=["Philips", "GE"], mg="Siemens", nm="Siemens", xa="Siemens",
                   rf="Siemens", dxa="Hologic", scheme="FONASA",
                   strata={"msk": 4, "trauma": 3, "chest": 2, "neuro": 2, "abdo": 2, "spine": 2, "paeds": 2, "vasc": 1, "obgyn": 1,
                           "headneck": 1, "onc": 1, "breast": 1}),
    "cl-priv": dict(kind="private clinic, Santiago, Chile", lang="es", cc="cl", n=68, ascii=0.3, upper=0.5, en=0.1,
                    mr="Siemens", ct="GE", xr="Carestream", cr=0.0, us=["GE", "Canon"], mg="Hologic", nm="GE", pt="GE", xa="Philips",
                    rf="GE", dxa="Hologic", scheme="FONASA",
                    strata={"msk": 5, "spine": 2, "breast": 2, "onc": 3, "cardio": 1, "neuro": 1, "abdo": 2, "headneck": 1, "dxa": 1,
                            "dental": 1}),
    "ar-pub": dict(kind="public general hospital, Buenos Aires, Argentina", lang="es", cc="ar", n=70, ascii=1.0, upper=0.7, en=0.0,
                   mr="GE", ct="Philips", xr="Agfa", cr=0.8, us=["SonoScape", "Esaote"], mg="GE", nm="GE", xa="Philips", rf="Philips",
                   dxa="GE", scheme=None,
                   strata={"msk": 4, "trauma": 3, "chest": 2, "neuro": 2, "abdo": 2, "spine": 2, "paeds": 2, "obgyn": 1, "vasc": 1,
                           "headneck": 1, "nm": 1}),
    "ar-priv": dict(kind="private diagnostic centre, Buenos Aires, Argentina", lang="es", cc="ar", n=66, ascii=0.4, upper=0.5, en=0.05,
                    mr="Siemens", ct="Siemens", xr="Konica", cr=0.3, us=["Esaote", "GE"], mg="Siemens", nm="Siemens", pt="Siemens",
                    dxa="GE", scheme=None,
                    strata={"msk": 5, "spine": 3, "breast": 2, "neuro": 1, "abdo": 2, "onc": 1, "cardio": 1, "dxa": 1, "dental": 1,
                            "headneck": 1}),
    "br-sus": dict(kind="public hospital (SUS), Sao Paulo, Brazil", lang="pt", cc="br", n=88, ascii=1.0, upper=1.0, en=0.0,
                   mr="Philips", ct="Canon", xr="Carestream", cr=0.5, us=["Mindray", "Samsung"], mg="GE", nm="GE", xa="Philips",
                   rf="Shimadzu", dxa="GE", scheme="SIGTAP",
                   strata={"msk": 5, "trauma": 3, "chest": 2, "neuro": 2, "abdo": 3, "obgyn": 2, "spine": 2, "paeds": 2, "vasc": 1,
                           "headneck": 1, "breast": 2, "onc": 1, "nm": 1, "cardio": 1}),
    "br-priv": dict(kind="private hospital and imaging group, Sao Paulo, Brazil", lang="pt", cc="br", n=86, ascii=0.5, upper=0.7, en=0.1,
                    mr="Siemens", ct="Siemens", xr="Philips", cr=0.0, us=["Philips", "GE", "Samsung"], mg="Hologic", nm="Siemens",
                    pt="GE", xa="Siemens", rf="Siemens", dxa="Hologic", scheme="TUSS",
                    strata={"msk": 5, "spine": 2, "breast": 3, "neuro": 2, "onc": 3, "cardio": 2, "abdo": 2, "headneck": 1, "chest": 1,
                            "vasc": 1, "nm": 1, "dxa": 1, "dental": 1, "obgyn": 1}),
}
NOANAT_SHARE = 0.04

# ---------------------------------------------------------------- words
# Side words: full form by gender, then abbreviations. No single letters: Portuguese and Spanish
# write 'e'/'y' for 'and', and RIS rarely write a lone letter for a side.
SIDE = {
    "es": {"R": ({"m": "derecho", "f": "derecha"}, ["der", "DER.", "der."]), "L": ({"m": "izquierdo", "f": "izquierda"}, ["izq", "IZQ.", "izq."]),
           "B": (["bilateral"], ["bilat", "BILAT."])},
    "pt": {"R": ({"m": "direito", "f": "direita"}, ["dir", "DIR.", "dir."]), "L": ({"m": "esquerdo", "f": "esquerda"}, ["esq", "ESQ.", "esq."]),
           "B": (["bilateral"], ["bilat", "BILAT."])},
    "en": {"R": ({"m": "Right", "f": "Right"}, ["RT", "Rt"]), "L": ({"m": "Left", "f": "Left"}, ["LT", "Lt"]), "B": (["Bilateral"], ["BILAT"])},
}
# Limb parts: (name|gender); the first is the common one, the others are bones and joints folded into it.
PART = {
    "es": {"KNEE": ["rodilla|f"], "SHOULDER": ["hombro|m", "clavícula|f", "articulación acromioclavicular|f", "escápula|f"],
           "HIP": ["cadera|f", "articulación coxofemoral|f"], "ANKLE": ["tobillo|m"], "FOOT": ["pie|m", "calcáneo|m", "antepié|m", "primer dedo del pie|m"],
           "HAND": ["mano|f", "dedo de la mano|m", "pulgar|m"], "WRIST": ["muñeca|f", "escafoides|m"], "ELBOW": ["codo|m"],
           "FOREARM": ["antebrazo|m"], "ARM": ["brazo|m", "húmero|m"], "THIGH": ["muslo|m", "fémur|m"], "LEG": ["pierna|f", "tibia y peroné|m"]},
    "pt": {"KNEE": ["joelho|m"], "SHOULDER": ["ombro|m", "clavícula|f", "articulação acromioclavicular|f", "escápula|f"],
           "HIP": ["quadril|m", "articulação coxofemoral|f"], "ANKLE": ["tornozelo|m"], "FOOT": ["pé|m", "calcâneo|m", "antepé|m", "hálux|m"],
           "HAND": ["mão|f", "quirodáctilo|m", "polegar|m"], "WRIST": ["punho|m", "escafoide|m"], "ELBOW": ["cotovelo|m"],
           "FOREARM": ["antebraço|m"], "ARM": ["braço|m", "úmero|m"], "THIGH": ["coxa|f", "fêmur|m"], "LEG": ["perna|f", "tíbia e fíbula|f"]},
    "en": {"KNEE": ["Knee|m"], "SHOULDER": ["Shoulder|m", "Clavicle|m", "AC Joint|m"], "HIP": ["Hip|m"], "ANKLE": ["Ankle|m"],
           "FOOT": ["Foot|m", "Calcaneus|m", "Toes|m"], "HAND": ["Hand|m", "Finger|m", "Thumb|m"], "WRIST": ["Wrist|m", "Scaphoid|m"],
           "ELBOW": ["Elbow|m"], "FOREARM": ["Forearm|m"], "ARM": ["Humerus|m"], "THIGH": ["Femur|m"], "LEG": ["Tibia Fibula|m"]},
}
# Chilean RIS call the toes 'ortejos'; Argentine and Chilean call a two-view film 'frente y perfil'.
PLURAL = {
    "es": {"KNEE": "rodillas", "SHOULDER": "hombros", "HIP": "caderas", "ANKLE": "tobillos", "FOOT": "pies", "HAND": "manos", "WRIST": "muñecas",
           "ELBOW": "codos"},
    "pt": {"KNEE": "joelhos", "SHOULDER": "ombros", "HIP": "quadris", "ANKLE": "tornozelos", "FOOT": "pés", "HAND": "mãos", "WRIST": "punhos",
           "ELBOW": "cotovelos"},
    "en": {"KNEE": "Knees", "SHOULDER": "Shoulders", "HIP": "Hips", "ANKLE": "Ankles", "FOOT": "Feet", "HAND": "Hands", "WRIST": "Wrists",
           "ELBOW": "Elbows"},
}
# Exam words per country: plain film, CT, MR, ultrasound, mammography.
MODW = {
    "mx": {"xr": ["RX", "RX", "RADIOGRAFIA DE"], "ct": ["TAC", "TAC", "TC", "TOMOGRAFIA DE"], "mr": ["RM", "IRM", "RMN", "RESONANCIA MAGNETICA DE"],
           "us": ["USG", "USG", "ULTRASONIDO DE"], "mg": "MASTOGRAFIA"},
    "co": {"xr": ["RX", "RADIOGRAFIA DE"], "ct": ["TAC", "TC", "TOMOGRAFIA COMPUTADA DE"], "mr": ["RM", "RMN", "RESONANCIA MAGNETICA DE"],
           "us": ["ECOGRAFIA", "ECOGRAFIA DE", "ECO"], "mg": "MAMOGRAFIA"},
    "pe": {"xr": ["RX", "RADIOGRAFIA DE"], "ct": ["TEM", "TEM DE", "TC", "TOMOGRAFIA DE"], "mr": ["RM", "RMN", "RESONANCIA MAGNETICA DE"],
           "us": ["ECOGRAFIA", "ECOGRAFIA DE", "ECO"], "mg": "MAMOGRAFIA"},
    "cl": {"xr": ["RX", "RADIOGRAFIA DE"], "ct": ["TC", "TAC", "SCANNER DE"], "mr": ["RM", "RESONANCIA DE"],
           "us": ["ECOTOMOGRAFIA", "ECOTOMOGRAFIA", "ECO"], "mg": "MAMOGRAFIA"},
    "ar": {"xr": ["RX", "Rx"], "ct": ["TC", "TAC", "TCMS"], "mr": ["RMN", "RMN", "RM"], "us": ["ECOGRAFIA", "ECOGRAFIA DE", "ECO"],
           "mg": "MAMOGRAFIA"},
    "br": {"xr": ["RX", "RAIO X", "RADIOGRAFIA"], "ct": ["TC", "TOMOGRAFIA"], "mr": ["RM", "RNM", "RESSONANCIA MAGNETICA"],
           "us": ["USG", "US", "ULTRASSONOGRAFIA"], "mg": "MAMOGRAFIA"},
    "en": {"xr": ["XR", "X-RAY"], "ct": ["CT"], "mr": ["MRI"], "us": ["US"], "mg": "MAMMOGRAM"},
}
# Region words (the first is the common one).
REG = {
    "es": {"brain": ["cerebro", "encéfalo"], "skull": ["cráneo"], "neck": ["cuello"], "chest": ["tórax"], "abd": ["abdomen superior"],
           "abdtot": ["abdomen total", "abdomen y pelvis", "abdominopélvica"], "pelvis": ["pelvis"], "liver": ["hígado y vías biliares"],
           "cap": ["tórax, abdomen y pelvis", "toracoabdominopélvica", "tórax abdomen pelvis"], "c": ["columna cervical"],
           "t": ["columna dorsal", "columna torácica"], "l": ["columna lumbar", "columna lumbosacra"], "ws": ["columna completa", "columna total"],
           "tl": ["columna dorsolumbar"], "sinus": ["senos paranasales"], "prost": ["próstata"], "breast": ["mamaria", "de mama"],
           "renal": ["renal y vías urinarias", "renal"], "heart": ["cardiaca"]},
    "pt": {"brain": ["crânio", "encéfalo"], "skull": ["crânio"], "neck": ["pescoço"], "chest": ["tórax"], "abd": ["abdome superior"],
           "abdtot": ["abdome total", "abdome e pelve"], "pelvis": ["pelve"], "liver": ["fígado e vias biliares"],
           "cap": ["tórax, abdome e pelve", "tórax abdome pelve"], "c": ["coluna cervical"], "t": ["coluna torácica", "coluna dorsal"],
           "l": ["coluna lombar", "coluna lombossacra"], "ws": ["coluna total", "coluna panorâmica"], "tl": ["coluna toracolombar"],
           "sinus": ["seios da face"], "prost": ["próstata"], "breast": ["mamas", "das mamas"], "renal": ["rins e vias urinárias", "aparelho urinário"],
           "heart": ["cardíaca", "coração"]},
    "en": {"brain": ["Brain"], "skull": ["Head"], "neck": ["Neck"], "chest": ["Chest"], "abd": ["Upper Abdomen"], "abdtot": ["Abdomen and Pelvis"],
           "pelvis": ["Pelvis"], "liver": ["Liver"], "cap": ["Chest Abdomen Pelvis"], "c": ["Cervical Spine"], "t": ["Thoracic Spine"],
           "l": ["Lumbar Spine"], "ws": ["Whole Spine"], "tl": ["Thoracolumbar Spine"], "sinus": ["Sinuses"], "prost": ["Prostate"],
           "breast": ["Breast"], "renal": ["Kidneys and Bladder"], "heart": ["Cardiac"]},
}
SPINE_CODE = {"c": ["CSPINE"], "t": ["TSPINE"], "l": ["LSPINE"], "ws": WSPINE, "tl": ["TSPINE", "LSPINE"]}

# Tariff codes (a RIS sends them in the procedure code, some print them before the exam name).
TARIFF = {
    "CPT": {"xr_chest": ("71046", "RADIOLOGIC EXAM CHEST 2 VIEWS"), "ct_head": ("70450", "CT HEAD/BRAIN W/O DYE"),
            "mr_brain": ("70553", "MRI BRAIN STEM W/O & W/DYE"), "mr_ljoint": ("73721", "MRI JNT OF LWR EXTRE W/O DYE"),
            "mr_ujoint": ("73221", "MRI JOINT UPR EXTREM W/O DYE"), "mr_l": ("72148", "MRI LUMBAR SPINE W/O DYE"),
            "mr_c": ("72141", "MRI NECK SPINE W/O DYE"), "mr_t": ("72146", "MRI CHEST SPINE W/O DYE"),
            "ct_abdtot": ("74177", "CT ABD & PELV W/CONTRAST"), "ct_chest": ("71260", "CT THORAX DX C+"), "mg_screen": ("77067", "SCR MAMMO BI INCL CAD"),
            "us_abd": ("76700", "US EXAM ABDOM COMPLETE"), "us_obst": ("76805", "OB US >/= 14 WKS SNGL FETUS"), "us_pelv": ("76856", "US EXAM PELVIC COMPLETE"),
            "xr_KNEE": ("73562", "X-RAY EXAM OF KNEE 3"), "xr_l": ("72100", "X-RAY EXAM L-S SPINE 2/3 VWS"), "dxa": ("77080", "DXA BONE DENSITY AXIAL"),
            "nm_bone": ("78306", "BONE IMAGING WHOLE BODY"), "pet": ("78815", "PET IMAGE W/CT SKULL-THIGH"), "us_thyroid": ("76536", "US EXAM OF HEAD AND NECK"),
            "echo": ("93306", "TTE W/DOPPLER COMPLETE"), "ccta": ("75574", "CT ANGIO HRT W/3D IMAGE"), "us_breast": ("76641", "ULTRASOUND BREAST COMPLETE"),
            "mr_breast": ("77049", "MRI BOTH BREASTS W/O&W/DYE"), "ct_sinus": ("70486", "CT MAXILLOFACIAL W/O DYE"), "dvt": ("93971", "EXTREMITY STUDY"),
            "carotid": ("93880", "EXTRACRANIAL BILAT STUDY"), "ctpa": ("71275", "CT ANGIOGRAPHY CHEST"), "xr_HAND": ("73130", "X-RAY EXAM OF HAND"),
            "xr_FOOT": ("73630", "X-RAY EXAM OF FOOT"), "xr_WRIST": ("73110", "X-RAY EXAM OF WRIST"), "xr_ANKLE": ("73610", "X-RAY EXAM OF ANKLE"),
            "xr_SHOULDER": ("73030", "X-RAY EXAM OF SHOULDER"), "xr_c": ("72040", "X-RAY EXAM NECK SPINE 2-3 VW")},
    "CUPS": {"xr_chest": ("871121", "RADIOGRAFIA DE TORAX (P.A. O A.P. Y LATERAL)"), "ct_head": ("879111", "TOMOGRAFIA COMPUTADA DE CRANEO SIMPLE"),
             "mr_brain": ("883101", "RESONANCIA MAGNETICA DE CEREBRO"), "us_abdtot": ("881302", "ECOGRAFIA DE ABDOMEN TOTAL"),
             "mg_screen": ("876802", "MAMOGRAFIA BILATERAL"), "ct_chest": ("879301", "TOMOGRAFIA COMPUTADA DE TORAX"),
             "us_obst": ("881431", "ECOGRAFIA OBSTETRICA TRANSABDOMINAL"), "us_thyroid": ("881141", "ECOGRAFIA DE TIROIDES")},
    "FONASA": {"xr_chest": ("0401070", "RADIOGRAFIA DE TORAX FRONTAL Y LATERAL"), "ct_head": ("0403001", "TOMOGRAFIA COMPUTARIZADA DE CEREBRO"),
               "us_abd": ("0404003", "ECOTOMOGRAFIA ABDOMINAL"), "mg_screen": ("0401010", "MAMOGRAFIA BILATERAL"),
               "mr_brain": ("0405001", "RESONANCIA MAGNETICA DE CEREBRO")},
    "SIGTAP": {"xr_chest": ("0204030153", "RADIOGRAFIA DE TORAX (PA E PERFIL)"), "ct_head": ("0206010079", "TOMOGRAFIA COMPUTADORIZADA DO CRANIO"),
               "mg_screen": ("0204030188", "MAMOGRAFIA BILATERAL PARA RASTREAMENTO"), "us_abdtot": ("0205020046", "ULTRASSONOGRAFIA DE ABDOMEN TOTAL"),
               "us_obst": ("0205020143", "ULTRASSONOGRAFIA OBSTETRICA"), "us_pelv": ("0205020160", "ULTRASSONOGRAFIA PELVICA (GINECOLOGICA)"),
               "ct_chest": ("0206020031", "TOMOGRAFIA COMPUTADORIZADA DE TORAX"), "echo": ("0205010032", "ECOCARDIOGRAFIA TRANSTORACICA")},
    "TUSS": {"xr_chest": ("40805026", "RX - TORAX - 2 INCIDENCIAS"), "ct_head": ("41001010", "TC - CRANIO OU SELA TURCICA OU ORBITAS"),
             "mr_brain": ("41101014", "RM - CRANIO (ENCEFALO)"), "us_abdtot": ("40901114", "US - ABDOME TOTAL"),
             "mg_screen": ("40808041", "MAMOGRAFIA CONVENCIONAL BILATERAL")},
}


# ---------------------------------------------------------------- helpers

def fold(text):
    """What an ASCII-only console makes of an accented word."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.cfg = SITES[site]
        self.cc = self.cfg["cc"]
        self.lang = "en" if rng.random() < self.cfg["en"] else self.cfg["lang"]
        self.key = None  # tariff key of the exam

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    @property
    def w(self):
        return MODW["en" if self.lang == "en" else self.cc]

    def ris(self, text):
        """A RIS exam name as this site's console writes it: accents dropped, upper case."""
        text = " ".join(text.split())
        text = re.sub(r"\b([Dd]e|DE) (de|DE)\b", r"\1", text)
        text = re.sub(r"\b(?:[Dd]e|DE) (?=(?:mamari|transfontanelar|obstétric|pélvic|transvaginal|endovaginal|apendicular|morfológic|estructural|"
                      r"testicular|prostátic|tiroidea|hepatobiliar|abdominopélvic|toracoabdominopélvic|toracoabdominal|musculoesquelétic|doppler|transrectal)\w*)", "", text)
        if text[:3].upper() == "ECO" and not text.upper().startswith("ECOCARDIO"):
            for a, b in (("pélvico", "pélvica"), ("obstétrico", "obstétrica"), ("ginecológico", "ginecológica"), ("prostático", "prostática"),
                         ("morfológico", "morfológica"), ("musculoesquelético", "musculoesquelética"), ("mamario", "mamaria")):
                text = text.replace(a, b)
        if self.p(self.cfg["ascii"]):
            text = fold(text)
        if self.p(self.cfg["upper"]):
            text = text.upper()
        return text

    def reg(self, k):
        return self.c(REG[self.lang][k])

    def T(self, es, pt, en=None):
        got = {"es": es, "pt": pt, "en": en if en is not None else es}[self.lang]
        return self.c(got) if isinstance(got, list) else got


def part(cx, code, extra=False):
    names = PART[cx.lang][code]
    n = cx.c(names[1:]) if extra and len(names) > 1 else names[0]
    name, _, g = n.partition("|")
    return name, g or "m"


def side_word(cx, s, g="m", abbr=None):
    full, ab = SIDE[cx.lang][s]
    if abbr is None:
        abbr = cx.p(0.35)
    if abbr:
        return cx.c(ab)
    return full[g] if isinstance(full, dict) else cx.c(full)


def of(cx, name, g="m"):
    """'de' in Spanish, 'do'/'da' in Portuguese, sometimes dropped."""
    if cx.lang == "en" or cx.p(0.4):
        return name
    if cx.lang == "pt":
        return ("do " if g == "m" else "da ") + name
    return "de " + name


def S(meta, labels, lat=None, why="", img=True):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img}


def bpe(cx, meta, good, alt=None, p_missing=0.26, p_alt=0.12):
    """BodyPartExamined as these consoles fill it: often missing, sometimes coarse, local or wrong."""
    r = cx.rng.random()
    if r < p_missing or good is None:
        return
    if alt and r < p_missing + p_alt:
        meta["BodyPartExamined"] = cx.c(alt)
    else:
        meta["BodyPartExamined"] = good


def mr_meta(cx, desc, scan="SE", **kw):
    make, models = MR_MAKE[cx.cfg["mr"]]
    m = {"Modality": "MR", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if scan:
        m["ScanningSequence"] = scan
    m.update(kw)
    return m


def ct_meta(cx, desc, kernel=None, thick=None, **kw):
    make, models = CT_MAKE[cx.cfg["ct"]]
    m = {"Modality": "CT", "Manufacturer": make, "ManufacturerModelName": cx.c(models), "SeriesDescription": desc}
    if kernel:
        m["ConvolutionKernel"] = kernel
    if thick:
        m["SliceThickness"] = thick
    m.update(kw)
    return m


def xr_meta(cx, desc, view=None, **kw):
    make, dx, cr = XR_MAKE[cx.cfg["xr"]]
    is_cr = cx.p(cx.cfg["cr"])
    m = {"Modality": "CR" if is_cr else "DX", "Manufacturer": make, "ManufacturerModelName": cx.c(cr if is_cr else dx)}
    if desc:
        m["SeriesDescription"] = desc
    if view:
        m["ViewPosition"] = view
    m.update(kw)
    return m


def us_meta(cx, desc=None, make=None, **kw):
    v = make or cx.c(cx.cfg["us"])
    mk, models = US_MAKE[v]
    m = {"Modality": "US", "Manufacturer": mk, "ManufacturerModelName": cx.c(models)}
    if desc:
        m["SeriesDescription"] = desc
    m.update(kw)
    return m


# ---------------------------------------------------------------- CT study

def ct_recons(cx, region):
    """Recon names as each vendor writes them, with or without a region word."""
    v = cx.cfg["ct"]
    head = region in ("head", "sinus")
    lung = region in ("chest", "cap", "wb")
    if v == "Siemens":
        w = {"head": cx.c(["Head", "Craneo", "Cerebro"]), "sinus": "SPN", "neck": cx.c(["Neck", "Cuello"]), "chest": "Thorax",
             "abd": "Abdomen", "cap": cx.c(["Body", "TAP", "Thorax-Abd"]), "wb": "WB", "spine": "Spine", "ext": "Bone", "heart": "Cardiac"}[region]
        k1, k2 = {"head": ("H31s", "H60s"), "sinus": ("H70h", "H30s"), "neck": ("B30f", "B31s"), "chest": ("B31f", "B70f"), "abd": ("B30f", "B31s"),
                  "cap": ("B30f", "B70f"), "wb": ("B31s", "B31f"), "spine": ("B60s", "B31s"), "ext": ("B60s", "B30s"), "heart": ("B26f", "B46f")}[region]
        return [(f"{w}  5.0  {k1}", k1, "5"), (f"{w}  1.0  {k2}", k2, "1"), (cx.c([f"{w} cor 3.0", f"{w} sag 3.0", "MPR cor"]), k1, "3")]
    if v == "GE":
        if head:
            return [("5mm STND", "STANDARD", "5"), (cx.c(["1.25mm BONE", "0.625 BONE"]), "BONE", "1.25"), ("COR 2.5", "STANDARD", "2.5")]
        return [(cx.c(["5mm STND", "2.5mm SOFT"]), "STANDARD", "2.5"), ("1.25mm LUNG" if lung else cx.c(["COR 3MM", "SAG 3MM"]),
                                                                        "LUNG" if lung else "STANDARD", "1.25"), ("Recon 2", "BONE" if region in ("spine", "ext") else "STANDARD", "0.625")]
    if v == "Canon":
        if head:
            return [("AXIAL 5.0", "FC21", "5"), ("Head 0.5", "FC30", "0.5"), (cx.c(["COR 3.0", "SAG 3.0"]), "FC21", "3")]
        return [("Body 1.0", "FC18", "1"), ("AXIAL 5.0", "FC13", "5"), ("LUNG 1.0" if lung else cx.c(["COR 3.0", "SAG 3.0"]), "FC52" if lung else "FC18", "3")]
    if v == "Philips":
        return [(cx.c(["iDose 4 Standard(B)", "Std 5mm"]), "B", "5"), ("iDose 4 Lung(L)" if lung else ("Bone(D)" if region != "abd" else "Coronal"), "L" if lung else "D", "1"),
                ("Sagittal", "B", "3")]
    if v == "UIH":
        return [(cx.c(["Recon 5.0mm", "Axial 5mm"]), "B_SOFT_B" if not head else "H_SOFT_B", "5"), ("Recon 1.0mm", "B_SHARP_C" if lung else "B_SOFT_B", "1"),
                ("MPR Cor", "B_SOFT_B", "3")]
    return [("Axial 5mm", "F20", "5"), ("Thin 1mm", "F40", "1"), ("Cor MPR", "F20", "3")]


def ct_study(cx, sd, labels, bp, alt, region, why, contrast=False, extra=None):
    """A CT study: scout, recons, optional extra series, and a dose page."""
    v = cx.cfg["ct"]
    scout = {"Siemens": "Topogram  0.6  T20s", "Philips": "Surview", "GE": "Scout", "Canon": "Scanogram", "UIH": "Topo", "Neusoft": "Tomogram"}[v]
    ser = []
    m = ct_meta(cx, scout, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
    bpe(cx, m, bp, alt)
    ser.append(S(m, labels, None, why + "; scout of the exam"))
    for d, k, t in ct_recons(cx, region):
        m = ct_meta(cx, d, k, t, ImageType="ORIGINAL\\PRIMARY\\AXIAL")
        if contrast:
            m["ContrastBolusAgent"] = cx.c(["Omnipaque 350", "Ultravist 370", "Iopamiron 370", "Optiray 350", "CONTRASTE IV"])
        if cx.p(0.3):
            m["ProtocolName"] = cx.c([sd[:40], {"Siemens": "Routine", "GE": "7.1 Rutina", "Canon": "Rutina", "Philips": "Rutina adulto",
                                                  "UIH": "Routine", "Neusoft": "Routine"}[v]])
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    for s in extra or []:
        ser.append(s)
    dose = {"Siemens": "Patient Protocol", "Philips": "Dose Report", "GE": "Dose Report", "Canon": "Dose Info", "UIH": "Dose Report",
            "Neusoft": "Dose Report"}[v]
    ser.append(S({"Modality": "CT" if v in ("Siemens", "GE") else cx.c(["CT", "SR"]), "Manufacturer": CT_MAKE[v][0], "SeriesDescription": dose,
                  "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None, "dose page: no anatomy", img=False))
    return sd, ser


# ---------------------------------------------------------------- MR names per vendor
MR_NAMES = {
    "msk": {"GE": (["3 PLANE LOC", "3Pl Loc"], ["Cor PD FS", "Sag PD FS", "Ax PD FS", "Sag T1", "Cor T1", "Sag T2 FS"]),
            "Siemens": (["localizer"], ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_sag", "t1_tse_sag"]),
            "Philips": (["Survey", "SURVEY_MSK"], ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_TSE_SAG"]),
            "Canon": (["Locator"], ["PD FS COR", "PD FS SAG", "PD FS AX", "T1 FSE COR", "T2 FSE SAG"]),
            "UIH": (["localizer"], ["pd_fse_fs_cor", "pd_fse_fs_sag", "pd_fse_fs_tra", "t1_fse_cor", "t2_fse_sag"])},
    "spine": {"GE": (["3 PLANE LOC"], ["Sag T2 FRFSE", "Sag T1 FSE", "Ax T2 FRFSE", "Sag STIR"]),
              "Siemens": (["localizer"], ["t2_tse_sag", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"]),
              "Philips": (["Survey"], ["T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"]),
              "Canon": (["Locator"], ["T2 SAG", "T1 SAG", "T2 AX", "STIR SAG"]),
              "UIH": (["localizer"], ["t2_fse_sag", "t1_fse_sag", "t2_fse_tra", "t2_fse_fs_sag"])},
    "brain": {"GE": (["3 PLANE LOC"], ["Ax T2 FSE", "Ax T2 FLAIR", "Ax DWI 1000", "ADC", "Sag T1 FLAIR", "Ax T1 +C", "Ax SWAN"]),
              "Siemens": (["AAHead_Scout", "localizer"], ["t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra", "ep2d_diff_tra_ADC",
                                                         "t1_se_sag", "t1_mprage_sag_p2_iso", "t2_swi_tra"]),
              "Philips": (["Survey", "SmartExam"], ["T2W_TSE_TRA", "T2W_FLAIR", "DWI_SSh", "dADC", "T1W_SE_SAG", "T1W_3D_TFE +C"]),
              "Canon": (["Locator"], ["T2 AX", "FLAIR AX", "DWI", "ADC", "T1 SAG", "T1 AX +C"]),
              "UIH": (["localizer"], ["t2_fse_tra", "t2_flair_tra", "dwi_b1000_tra", "ADC", "t1_gre_fsp_3d_sag"])},
    "body": {"GE": (["3 PLANE LOC"], ["Cor SSFSE", "Ax T2 FS PROPELLER", "Ax LAVA-Flex", "Ax DWI b800", "Ax LAVA +C dinamico"]),
             "Siemens": (["localizer"], ["t2_haste_cor", "t2_tse_tra_fs", "t1_vibe_dixon_tra", "ep2d_diff_b50_800_tra", "t1_vibe_fs_tra_dyn"]),
             "Philips": (["Survey"], ["T2W_SSH_COR", "T2W_SPAIR_TRA", "mDIXON_TRA", "DWI_b800", "THRIVE dyn"]),
             "Canon": (["Locator"], ["FASE COR", "T2 FS AX", "T1 QUICK 3D", "DWI b800", "DYN 3D"]),
             "UIH": (["localizer"], ["t2_ssfse_cor", "t2_fse_fs_tra", "t1_quick3d_tra", "dwi_b800_tra", "t1_dyn_tra"])},
}


def mr_study(cx, family, labels, lat, why, bp, alt, prot=None, n=None, extra_names=None):
    v = cx.cfg["mr"]
    locs, names = MR_NAMES[family][v]
    names = list(names) + list(extra_names or [])
    chosen = [cx.c(locs)] + cx.rng.sample(names, min(len(names), n or cx.c([3, 4, 5])))
    ser = []
    for d in chosen:
        loc = d in locs
        scan = "GR" if loc or any(k in d.lower() for k in ("vibe", "lava", "thrive", "tfe", "swi", "swan", "dixon", "quick3d", "dyn", "gre")) else \
            ("EP" if any(k in d.lower() for k in ("dwi", "diff", "adc")) else ("SE\\IR" if any(k in d.lower() for k in ("stir", "tirm", "flair")) else "SE"))
        m = mr_meta(cx, d, scan)
        if "ADC" in d:
            m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC"
        if prot and cx.p(0.5):
            m["ProtocolName"] = prot
        bpe(cx, m, bp, alt)
        if lat in ("L", "R") and cx.p(0.15):
            m["Laterality"] = lat
        ser.append(S(m, labels, lat, why + ("; localizer of the exam" if loc else "; sequence name only")))
    return ser


# ---------------------------------------------------------------- families
# Each returns (StudyDescription, [series]); sets cx.key for the tariff code.

LOWER = ("KNEE", "ANKLE", "FOOT", "HIP", "THIGH", "LEG")


def limb_name(cx, code, side, extra=False):
    name, g = part(cx, code, extra)
    sw = side_word(cx, side, g)
    if cx.lang == "en":
        return f"{name} {sw}" if cx.p(0.6) else f"{sw} {name}", sw, name
    return f"{of(cx, name, g)} {sw}", sw, name


def both_name(cx, code):
    """A both-sides order written the way LatAm RIS write it."""
    pl = PLURAL[cx.lang].get(code)
    if cx.lang == "en":
        return f"Bilateral {pl}"
    if cx.lang == "pt":
        return cx.c([f"{pl} bilateral", f"ambos os {pl}" if code not in ("HAND",) else "ambas as mãos", f"{pl} comparativo"])
    amb = "ambas" if code in ("KNEE", "HIP", "HAND", "WRIST") else "ambos"
    return cx.c([f"{pl} bilateral", f"{amb} {pl}", f"{pl} comparativas" if amb == "ambas" else f"{pl} comparativos"])


def msk_mr(cx, code=None, side=None):
    code = code or cx.c(["KNEE"] * 6 + ["SHOULDER"] * 5 + ["ANKLE"] * 2 + ["HIP"] * 2 + ["WRIST"] * 2 + ["FOOT", "ELBOW", "HAND", "THIGH", "LEG", "FOREARM", "ARM"])
    side = side or cx.c("LLLRRRR" + ("B" if code == "HIP" else ""))
    if side == "B":
        sd = cx.ris(f"{cx.c(cx.w['mr'])} {both_name(cx, 'HIP')}" if cx.lang != "en" else "MRI Both Hips")
        labels, why = ["HIP", "PELVIS"], "MR of both hips: both hips and the pelvis between them"
        alt = ["PELVIS", "HIP"]
    else:
        t, sw, _ = limb_name(cx, code, side, extra=cx.p(0.2))
        tail = cx.c(["", "", " SIMPLE", " S/C", " CONTRASTADA" if cx.lang == "es" else "", " SEM CONTRASTE" if cx.lang == "pt" else ""])
        sd = cx.ris(f"{cx.c(cx.w['mr'])} {t}{tail}")
        labels, why = [code], f"{code.lower()} MR, side {side} from the order ({sw})"
        alt = {"KNEE": ["EXTREMITY", "LEG", "RODILLA", "LOWER EXTREMITY"], "SHOULDER": ["EXTREMITY", "HOMBRO", "ARM"], "ANKLE": ["FOOT", "EXTREMITY"],
               "HIP": ["PELVIS"], "WRIST": ["HAND", "EXTREMITY"], "FOOT": ["ANKLE"], "ELBOW": ["ARM"], "HAND": ["WRIST"], "THIGH": ["LEG"],
               "LEG": ["KNEE"], "FOREARM": ["ARM"], "ARM": ["SHOULDER"]}[code]
    cx.key = "mr_ljoint" if code in LOWER else "mr_ujoint"
    prot = {"GE": f"{code} ROUTINE", "Siemens": code.lower(), "Philips": code.capitalize(), "Canon": code, "UIH": code.lower()}[cx.cfg["mr"]]
    return sd, mr_study(cx, "msk", labels, side, why, code, alt, prot=prot)


XR_VIEWS = {"es": ("AP", "LAT", "OBLICUA", "AXIAL"), "pt": ("AP", "PERFIL", "OBLIQUA", "AXIAL"), "en": ("AP", "LAT", "OBL", "AXIAL")}


def msk_xr(cx, code=None, side=None, trauma=False):
    code = code or cx.c(["KNEE"] * 4 + ["HAND"] * 3 + ["FOOT"] * 3 + ["ANKLE"] * 3 + ["WRIST"] * 3 + ["SHOULDER"] * 3 + ["HIP"] * 2 +
                        ["ELBOW"] * 2 + ["FOREARM", "LEG", "THIGH", "ARM"])
    side = side or cx.c("LLLLRRRRB" if code in ("KNEE", "FOOT", "HAND", "HIP", "ANKLE") else "LLLLRRRR")
    ap, lat, obl, ax = XR_VIEWS[cx.lang]
    if cx.cc in ("ar", "cl") and cx.lang == "es" and cx.p(0.5):
        ap, lat = "FRENTE", "PERFIL"
    mw = cx.c(cx.w["xr"])
    # the special both-sides orders
    if side == "B" and code == "KNEE" and cx.p(0.45):
        sd = cx.ris(cx.T(["Escanograma de miembros inferiores", "Panorámica de miembros inferiores con apoyo", "Telerradiografía de miembros inferiores"],
                         ["Escanometria dos membros inferiores", "RX panorâmica de MMII", "Escanometria MMII"], "Long Leg Standing"))
        lab = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]
        m = xr_meta(cx, cx.c(["MMII AP", "AP", "Stitched", "MIEMBROS INFERIORES AP" if cx.lang == "es" else "MMII AP"]), "AP",
                    ImageType="DERIVED\\PRIMARY\\STITCHED", ImageLaterality="B")
        bpe(cx, m, "LEG", ["LOWER LIMB", "EXTREMITY", "KNEE"])
        return sd, [S(m, lab, "B", "standing long-leg film of both legs: hip to ankle, both sides")]
    if side == "B" and code == "HIP":
        sd = cx.ris(cx.T(["RX pelvis y caderas", "RX de pelvis AP y caderas comparativas", "RX caderas AP y Lowenstein"],
                         ["RX bacia AP e quadris", "RX quadris bilateral (bacia AP + Lauenstein)"], "XR Pelvis and Both Hips"))
        m = xr_meta(cx, cx.T(["PELVIS AP", "AP PELVIS"], ["BACIA AP", "AP"], "AP PELVIS"), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "CADERA"])
        ser = [S(m, ["PELVIS", "HIP"], "B", "pelvis film of a both-hips order: pelvis and both hips")]
        for s2 in "LR":
            m = xr_meta(cx, cx.c(["LOWENSTEIN", "LAUENSTEIN", "RANA"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, "HIP", ["PELVIS"])
            ser.append(S(m, ["HIP"], s2, f"frog-leg view of one hip in a both-hips order; ImageLaterality {s2}"))
        return sd, ser
    if side == "B" and code == "HAND" and cx.p(0.5):
        sd = cx.ris(cx.T(["RX de manos y pies comparativas", "RX manos AP y oblicuas comparativas (AR)"], ["RX mãos e pés bilateral (AR)", "RX de ambas as mãos e pés"],
                         "XR Hands and Feet"))
        ser = []
        for d, c in [(cx.T("MANOS PA", "MAOS PA", "HANDS PA"), "HAND"), (cx.T("PIES AP", "PES AP", "FEET AP"), "FOOT")]:
            m = xr_meta(cx, d, "PA" if c == "HAND" else "AP", ImageLaterality="B")
            bpe(cx, m, c, ["EXTREMITY"])
            ser.append(S(m, [c], "B", f"both {c.lower()}s on one film in a rheumatology survey"))
        return sd, ser
    if side == "B":
        sd = cx.ris(f"{mw} {of(cx, both_name(cx, code))}" + cx.c(["", " AP Y LAT" if cx.lang == "es" else " AP E PERFIL" if cx.lang == "pt" else " AP/LAT",
                                                               " CON APOYO" if cx.lang == "es" and code in ("FOOT", "KNEE", "ANKLE") else ""]))
        ser = []
        m = xr_meta(cx, cx.c([f"{ap} BILATERAL", f"{ap}", f"{code} {ap}"]), "AP", ImageLaterality="B")
        bpe(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY"])
        ser.append(S(m, [code], "B", f"{code.lower()} AP of both sides on one film"))
        for s2 in "LR":
            m = xr_meta(cx, cx.c([lat, f"{code} {lat}"]), "LAT", ImageLaterality=s2)
            bpe(cx, m, code, ["EXTREMITY"])
            ser.append(S(m, [code], s2, f"{code.lower()} lateral of one side in a both-sides order; ImageLaterality {s2}"))
        cx.key = f"xr_{code}"
        return sd, ser
    t, sw, name = limb_name(cx, code, side, extra=cx.p(0.3))
    if cx.cc == "cl" and cx.lang == "es" and code == "FOOT" and cx.p(0.3):
        t = f"ortejos {side_word(cx, side, 'm')}"
        sw = t.split()[-1]
    views = f" {ap} Y {lat}" if cx.lang == "es" else (f" {ap} E {lat}" if cx.lang == "pt" else f" {ap}/{lat}")
    tail = cx.c(["", views, " 2 PROYECCIONES" if cx.lang == "es" else " 2 INCIDENCIAS" if cx.lang == "pt" else " 2 VIEWS"])
    sd = cx.ris(f"{mw} {t}{tail}")
    why = f"{code.lower()} radiograph, side {side} from the order ({sw})" + ("; emergency film" if trauma else "")
    vs = [(ap, "AP"), (lat, "LAT")]
    if code == "SHOULDER":
        vs = [(ap, "AP"), (cx.c(["Y ESCAPULAR", "OUTLET", "AXILAR"]), "LAT")]
    if code in ("HAND", "FOOT"):
        vs = [(cx.c(["PA", "AP", "DP"]), "PA"), (obl, "")]
    if code == "WRIST" and "scaf" in name.lower():
        vs = [("PA", "PA"), (cx.c(["ESCAFOIDES", "ESCAFOIDE", "STECHER", "DESV CUBITAL"]), ""), (lat, "LAT")]
    ser = []
    eng = part(cx, code)[0] if cx.lang == "en" else PART["en"][code][0].split("|")[0]
    loc = part(cx, code)[0]
    for vd, vp in vs:
        desc = cx.c([f"{fold(loc).upper()} {vd}", vd, f"{eng.upper()} {vd}", None])
        m = xr_meta(cx, desc, vp or None)
        if cx.p(0.5):
            m[cx.c(["ImageLaterality", "Laterality"])] = side
        if cx.p(0.35):
            m["AcquisitionDeviceProcessingDescription"] = f"{eng.upper()} {vp or 'OBL'}"
        bpe(cx, m, code, ["EXTREMITY", "LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY", fold(loc).upper()])
        ser.append(S(m, [code], side, why))
    cx.key = f"xr_{code}"
    return sd, ser


def msk_ct(cx):
    code = cx.c(["ANKLE", "WRIST", "KNEE", "FOOT", "SHOULDER", "ELBOW"])
    side = cx.c("LR")
    t, sw, _ = limb_name(cx, code, side)
    sd = cx.ris(f"{cx.c(cx.w['ct'])} {t}" + cx.c(["", " SIMPLE", " CON RECONSTRUCCION 3D" if cx.lang == "es" else " COM RECONSTRUCAO 3D" if cx.lang == "pt" else " 3D"]))
    _sd, ser = ct_study(cx, sd, [code], code, ["EXTREMITY", "LOWER EXTREMITY" if code in LOWER else "UPPER EXTREMITY"], "ext",
                        f"{code.lower()} CT, side {side} from the order ({sw})")
    for s in ser:
        if s["labels"]:
            s["laterality"] = side
    ser.append(S(ct_meta(cx, cx.c(["VRT", "3D VR", "Volume Rendering"]), ImageType="DERIVED\\SECONDARY\\VOLUME"), [code], side,
                 f"3D rendering of the {code.lower()} CT, side from the order"))
    return sd, ser


def msk_us(cx):
    code = cx.c(["SHOULDER"] * 4 + ["HAND", "WRIST", "ELBOW", "ANKLE", "FOOT", "KNEE", "HIP", "THIGH", "LEG"])
    side = cx.c("LLRR")
    t, sw, name = limb_name(cx, code, side)
    sd = cx.ris(f"{cx.c(cx.w['us'])} {t}" if cx.lang != "es" or cx.p(0.6) else f"{cx.c(cx.w['us'])} de partes blandas {t}")
    if cx.lang == "es" and cx.cc == "mx" and cx.p(0.3):
        sd = cx.ris(f"USG MUSCULOESQUELETICO {t}")
    ser = []
    for i in range(cx.c([1, 2])):
        m = us_meta(cx, cx.c([None, fold(name).upper(), "MSK", "MUSCULOESQ", "Partes blandas"]))
        bpe(cx, m, code, ["EXTREMITY", "MSK", "SOFT TISSUE"], p_missing=0.5)
        ser.append(S(m, [code], side, f"{code.lower()} ultrasound, side from the order ({sw})"))
    return sd, ser


def arthro(cx):
    code = cx.c(["SHOULDER", "SHOULDER", "HIP", "WRIST", "KNEE"])
    side = cx.c("LR")
    t, sw, _ = limb_name(cx, code, side)
    sd = cx.ris(cx.T(f"Artrorresonancia {t}", f"Artrorressonância {t}", f"MR Arthrogram {t}"))
    mk = RF_MAKE[cx.cfg.get("rf") or "Siemens"]
    ser = []
    for d in [cx.c(["Fluoro", "FLUORO"]), cx.c(["Inyeccion", "Puncao", "Spot"])]:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, code, ["EXTREMITY"], p_missing=0.5)
        ser.append(S(m, [code], side, f"contrast injection into the {code.lower()} before MR; side from the order ({sw})"))
    ser += mr_study(cx, "msk", [code], side, f"{code.lower()} MR arthrogram, side from the order ({sw})", code, ["EXTREMITY"], n=2,
                    extra_names=["T1 FS COR", "t1_tse_fs_cor", "T1W_SPIR_COR"])
    return sd, ser


def msk(cx):
    r = cx.rng.random()
    if r < 0.04:
        return arthro(cx)
    if r < 0.40:
        return msk_mr(cx)
    if r < 0.84:
        return msk_xr(cx)
    if r < 0.92:
        return msk_us(cx)
    return msk_ct(cx)


def spine(cx):
    reg = cx.c(["l"] * 5 + ["c"] * 3 + ["t", "ws", "tl", "sacro", "si"])
    mod = cx.c(["MR", "MR", "MR", "XR", "XR", "CT"])
    if reg in ("sacro", "si"):
        sd = cx.ris(cx.T(["RX sacrocóccix AP y lateral", "RX de sacro y cóccix"] if reg == "sacro" else ["RX articulaciones sacroiliacas", "RX sacroilíacas"],
                         ["RX sacro e cóccix"] if reg == "sacro" else ["RX articulações sacroilíacas"], "XR Sacrum Coccyx" if reg == "sacro" else "XR SI Joints"))
        ser = []
        for vd, vp in [("AP", "AP"), ("LAT", "LAT")] if reg == "sacro" else [("AP", "AP"), ("FERGUSON", "AP")]:
            m = xr_meta(cx, cx.c([vd, f"SACRO {vd}", f"SACROILIACAS {vd}" if reg == "si" else f"COCCIX {vd}"]), vp)
            bpe(cx, m, "PELVIS", ["LSPINE", "SPINE", "SACRUM"])
            ser.append(S(m, ["PELVIS"], None, "sacrum/coccyx or sacroiliac joints: pelvis (spec)"))
        return sd, ser
    labels = SPINE_CODE[reg]
    rw = cx.reg(reg)
    why = f"{fold(rw)} exam: {'+'.join(labels)}"
    bp = {"c": "CSPINE", "t": "TSPINE", "l": "LSPINE", "ws": "SPINE", "tl": "SPINE"}[reg]
    alt = {"c": ["SPINE", "NECK", "COLUMNA"], "t": ["SPINE", "CHEST"], "l": ["SPINE", "ABDOMEN", "LSSPINE", "COLUMNA"], "ws": ["LSPINE", "CSPINE"],
           "tl": ["LSPINE", "TSPINE"]}[reg]
    if mod == "XR" and reg == "ws":
        sd = cx.ris(cx.T(["Espinograma", "RX columna completa de pie (escoliosis)", "Panorámica de columna"], ["Escoliose panorâmica", "RX coluna total panorâmica"],
                         "XR Scoliosis Series"))
        ser = []
        for vd, vp in [("AP", "AP"), ("LAT", "LAT")]:
            m = xr_meta(cx, cx.c([vd, f"COLUMNA {vd}", "Stitched"]), vp, ImageType="DERIVED\\PRIMARY\\STITCHED")
            bpe(cx, m, "SPINE", ["WHOLESPINE", "CHEST"])
            ser.append(S(m, WSPINE, None, "full-length spine film: cervical, thoracic and lumbar spine"))
        return sd, ser
    if mod == "MR":
        sd = cx.ris(f"{cx.c(cx.w['mr'])} {of(cx, rw, 'f')}" + cx.c(["", " SIMPLE" if cx.lang == "es" else "", " S/C"]))
        cx.key = {"l": "mr_l", "c": "mr_c", "t": "mr_t"}.get(reg)
        prot = {"c": "C-SPINE", "t": "T-SPINE", "l": "L-SPINE", "ws": "TOTAL SPINE", "tl": "T-L SPINE"}[reg]
        extra = ["t2_tse_sag_comp", "T2 SAG COMPOSED"] if reg in ("ws", "tl") else None
        return sd, mr_study(cx, "spine", labels, None, why, bp, alt, prot=prot, extra_names=extra)
    if mod == "CT":
        sd = cx.ris(f"{cx.c(cx.w['ct'])} {of(cx, rw, 'f')}")
        return ct_study(cx, sd, labels, bp, alt, "spine", why)
    ap, lat, obl, _ = XR_VIEWS[cx.lang]
    sd = cx.ris(f"{cx.c(cx.w['xr'])} {of(cx, rw, 'f')}" + cx.c(["", f" {ap} Y {lat}" if cx.lang == "es" else f" {ap} E {lat}" if cx.lang == "pt" else " AP LAT",
                                                            " DINAMICAS" if cx.lang == "es" else " DINAMICAS" if cx.lang == "pt" else ""]))
    cx.key = {"l": "xr_l", "c": "xr_c"}.get(reg)
    ser = []
    for vd, vp in [(ap, "AP"), (lat, "LAT")] + ([(cx.c(["FLEXION", "EXTENSION", "FLEXAO"]), "LAT")] if cx.p(0.3) else []):
        m = xr_meta(cx, cx.c([f"{fold(rw).upper()} {vd}", vd, f"{bp} {vp}"]), vp)
        bpe(cx, m, bp, alt)
        ser.append(S(m, labels, None, why))
    return sd, ser


def mg_series(cx, sides, tomo, why):
    v = cx.cfg["mg"]
    mk, models = MG_MAKE[v]
    model = cx.c(models)
    ser = []
    for s in sides:
        for view in ["CC", "MLO"]:
            d = {"Hologic": f"{s} {view}", "GE": f"{s}{view}", "Fujifilm": f"{s}-{view}", "Siemens": f"{s} {view}"}[v]
            items = [(d, "ORIGINAL\\PRIMARY")]
            if tomo:
                items.append(({"Hologic": f"{s} {view} Tomosynthesis Reconstruction", "GE": f"{s}{view} DBT", "Fujifilm": f"{s}-{view} Tomo",
                               "Siemens": f"{s} {view} Tomo"}[v], "DERIVED\\PRIMARY\\TOMOSYNTHESIS"))
                if v == "Hologic":
                    items.append((f"{s} {view} C-View", "DERIVED\\PRIMARY"))
            for dd, it in items:
                m = {"Modality": "MG", "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": dd, "ImageLaterality": s,
                     "ViewPosition": view, "ImageType": it}
                if cx.p(0.4):
                    m["Laterality"] = s
                bpe(cx, m, "BREAST", None, p_missing=0.15)
                ser.append(S(m, ["BREAST"], s, why + f"; ImageLaterality {s}"))
    return ser


def breast(cx):
    kind = cx.c(["screen"] * 4 + ["diag"] * 2 + ["tomo", "us", "us", "us", "mr", "biopsy", "spot"])
    mg = MODW[cx.cc]["mg"] if cx.lang != "en" else "Mammogram"
    ser = []
    if kind in ("screen", "diag", "tomo"):
        one = kind == "diag" and cx.p(0.4)
        sides = [cx.c("LR")] if one else ["R", "L"]
        if kind == "screen":
            sd = cx.T([f"{mg} bilateral de tamizaje", f"{mg} de tamizaje", f"{mg} bilateral"] if cx.cc == "mx" else
                      [f"{mg} bilateral de tamizaje", f"{mg} bilateral", f"{mg} de screening"], ["Mamografia bilateral de rastreamento", "Mamografia digital bilateral"],
                      "Screening Mammogram")
            cx.key = "mg_screen"
        elif one:
            sd = cx.T(f"{mg} diagnóstica {side_word(cx, sides[0], 'f')}", f"Mamografia {side_word(cx, sides[0], 'f')}", f"Diagnostic Mammogram {side_word(cx, sides[0])}")
        else:
            sd = cx.T([f"{mg} diagnóstica bilateral", f"{mg} bilateral"], ["Mamografia diagnóstica bilateral", "Mamografia bilateral"], "Diagnostic Mammogram")
        if kind == "tomo":
            sd = cx.T([f"{mg} con tomosíntesis", "Tomosíntesis mamaria bilateral"], ["Tomossíntese mamária", "Mamografia com tomossíntese"], "Mammogram with Tomosynthesis")
        sd = cx.ris(sd)
        ser = mg_series(cx, sides, kind == "tomo" or (kind == "diag" and cx.p(0.3)), "mammogram image of one breast")
        if cx.p(0.3):
            ser.append(S({"Modality": "SR", "Manufacturer": MG_MAKE[cx.cfg["mg"]][0], "SeriesDescription": cx.c(["Mammography CAD SR", "Breast Density SR"])},
                         [], None, "CAD/density report: no image", img=False))
        return sd, ser
    if kind == "spot":
        s = cx.c("LR")
        sd = cx.ris(cx.T(f"{mg} proyección adicional magnificada {side_word(cx, s, 'f')}", f"Mamografia compressão localizada {side_word(cx, s, 'f')}",
                         f"Spot Compression {side_word(cx, s)}"))
        v = cx.cfg["mg"]
        for d in [f"{s} CC SPOT", f"{s} ML MAG"]:
            m = {"Modality": "MG", "Manufacturer": MG_MAKE[v][0], "ManufacturerModelName": MG_MAKE[v][1][0], "SeriesDescription": d, "ImageLaterality": s}
            bpe(cx, m, "BREAST", None, p_missing=0.2)
            ser.append(S(m, ["BREAST"], s, "additional spot/magnification view of one breast"))
        return sd, ser
    if kind == "us":
        s = cx.c("LLRRBB")
        sw = side_word(cx, s, "f")
        sd = cx.ris(cx.T([f"{cx.c(cx.w['us'])} mamario {side_word(cx, s, 'm')}", f"{cx.c(cx.w['us'])} de mama {sw}"] if s != "B" else
                         [f"{cx.c(cx.w['us'])} mamario bilateral", f"{cx.c(cx.w['us'])} de mamas bilateral", f"{cx.c(cx.w['us'])} de ambas mamas"],
                         f"{cx.c(cx.w['us'])} mama {sw}" if s != "B" else cx.c([f"{cx.c(cx.w['us'])} das mamas bilateral", f"{cx.c(cx.w['us'])} de mamas"]),
                         f"US Breast {sw}" if s != "B" else "US Both Breasts"))
        cx.key = "us_breast"
        for i in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "MAMA", "Breast", "MAMA BR" if cx.lang == "pt" else "MAMARIA"]))
            bpe(cx, m, "BREAST", ["CHEST"], p_missing=0.5)
            ser.append(S(m, ["BREAST"], s, "breast ultrasound, side from the order"))
        return sd, ser
    if kind == "mr":
        sd = cx.ris(cx.T([f"{cx.c(cx.w['mr'])} de mamas", f"{cx.c(cx.w['mr'])} mamaria bilateral con gadolinio", f"{cx.c(cx.w['mr'])} de mama"],
                         ["RM das mamas", "RM de mamas bilateral", "RNM MAMAS"], "MRI Breasts"))
        cx.key = "mr_breast"
        names = {"Siemens": ["localizer", "t2_tse_tra", "t1_fl3d_tra_dyn", "t1_fl3d_tra_dyn_SUB", "ep2d_diff_tra", "MIP_SUB"],
                 "Philips": ["Survey", "T2W_TSE_TRA", "DYN_eTHRIVE", "SUB_DYN", "DWI", "MIP"],
                 "GE": ["3 PLANE LOC", "Ax T2 IDEAL", "Ax VIBRANT MPh", "SUB VIBRANT", "Ax DWI", "MIP"],
                 "Canon": ["Locator", "T2 AX", "DYN 3D", "SUB", "DWI", "MIP"],
                 "UIH": ["localizer", "t2_fse_tra", "t1_gre_dyn_tra", "SUB_dyn", "dwi_tra", "MIP"]}[cx.cfg["mr"]]
        for d in names[:cx.c([4, 5, 6])]:
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "BREAST", ["CHEST", "MAMA"])
            ser.append(S(m, ["BREAST"], "B", "breast MR: both breasts"))
        return sd, ser
    s = cx.c("LR")
    sd = cx.ris(cx.T(f"Biopsia estereotáctica de mama {side_word(cx, s, 'f')}", f"Mamotomia guiada por estereotaxia mama {side_word(cx, s, 'f')}",
                     f"Stereotactic Breast Biopsy {side_word(cx, s)}"))
    v = cx.cfg["mg"]
    for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", cx.T("Especimen", "Especime", "Specimen")]:
        m = {"Modality": "MG", "Manufacturer": MG_MAKE[v][0], "ManufacturerModelName": MG_MAKE[v][1][0], "SeriesDescription": d, "ImageLaterality": s}
        bpe(cx, m, "BREAST", None, p_missing=0.2)
        ser.append(S(m, ["BREAST"], s, "stereotactic biopsy of one breast (the specimen film takes the breast it came from)"))
    return sd, ser


def neuro(cx):
    k = cx.c(["ct", "ct", "mr", "mr", "mr", "stroke", "pit", "angio"])
    if k == "ct":
        sd = cx.ris(cx.T([f"{cx.c(cx.w['ct'])} {of(cx, 'cráneo')} simple", f"{cx.c(cx.w['ct'])} simple de cráneo", f"{cx.c(cx.w['ct'])} {of(cx, 'cerebro')}"],
                         ["TC de crânio sem contraste", "TC crânio", "TOMOGRAFIA DE CRANIO"], "CT Head without contrast"))
        cx.key = "ct_head"
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN", "SKULL", "CRANEO"], "head", "head CT")
    if k == "stroke":
        sd = cx.ris(cx.T(["Código ictus: TC cerebro + angioTC", "Código cerebro TAC + angioTAC", "Protocolo ACV TC perfusion y angio"],
                         ["Protocolo AVC: TC crânio + angioTC", "Código AVC"], "Stroke Protocol CT"))
        v = cx.cfg["ct"]
        extra = [S(ct_meta(cx, cx.c(["CTA Head Neck 0.6", "AngioTC TSA 1mm", "CTA 1.0 Neck-Vertex"]), None, "1",
                           ContrastBolusAgent=cx.c(["Omnipaque 350", "Ultravist 370"])), ["HEAD", "NECK"], None,
                   "CT angiogram of the stroke code from the neck vessels to the circle of Willis: head and neck"),
                 S(ct_meta(cx, cx.c(["Perfusion 5mm", "CTP 4D", "Brain Perfusion"]), None, "5"), ["HEAD"], None, "CT perfusion of the brain"),
                 S(ct_meta(cx, cx.c(["MIP COR TSA", "MIP carotidas", "MIP cor 10mm"]), None, "10", ImageType="DERIVED\\SECONDARY\\MIP"), ["HEAD", "NECK"], None,
                   "MIP of the neck and head CTA")]
        _sd, ser = ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN"], "head", "non-contrast head CT of the stroke code", extra=extra)
        ser[0]["labels"], ser[0]["why"] = ["HEAD", "NECK"], "scout of a stroke code planning head and neck"
        return sd, ser
    if k == "angio":
        sd = cx.ris(cx.T(["AngioRM cerebral", "Angiorresonancia de polígono de Willis", "ARM cerebral sin contraste"], ["AngioRM arterial intracraniana", "Angio-RM do crânio"],
                         "MRA Brain"))
        ser = mr_study(cx, "brain", ["HEAD"], None, "intracranial MR angiogram: head", "HEAD", ["BRAIN"], n=2,
                       extra_names=["TOF_3D_multi-slab", "3D TOF", "MIP TOF"])
        return sd, ser
    if k == "pit":
        sd = cx.ris(cx.T(["RM de hipófisis con gadolinio", "RM silla turca dinámica"], ["RM de sela túrcica", "RM hipófise"], "MRI Pituitary"))
        return sd, mr_study(cx, "brain", ["HEAD"], None, "pituitary MR: head", "HEAD", ["BRAIN", "SELLA"], n=3,
                            extra_names=["T1 COR DYN", "t1_tse_cor_dyn", "T1W_TSE_COR hipofise"])
    sd = cx.ris(cx.T([f"{cx.c(cx.w['mr'])} {of(cx, 'encéfalo')}", f"{cx.c(cx.w['mr'])} de cerebro simple y contrastada", f"{cx.c(cx.w['mr'])} cerebral con gadolinio"],
                     ["RM do encéfalo", "RM de crânio com contraste", "RNM CRANIO"], "MRI Brain with and without"))
    cx.key = "mr_brain"
    return sd, mr_study(cx, "brain", ["HEAD"], None, "brain MR", "HEAD", ["BRAIN", "SKULL", "CEREBRO"], n=cx.c([4, 5, 6]))


def headneck(cx):
    k = cx.c(["sinus", "neckct", "thy", "thy", "ear", "orbit", "face", "nasal", "neckchest", "hnct", "neckmr"])
    ctw = cx.c(cx.w["ct"])
    if k == "thy" or (k == "neckmr" and not cx.cfg.get("mr")):
        sd = cx.ris(cx.T([f"{cx.c(cx.w['us'])} de tiroides", f"{cx.c(cx.w['us'])} tiroidea", f"{cx.c(cx.w['us'])} de cuello"],
                         ["USG da tireoide", "USG tireoide com doppler", "USG cervical"], "US Thyroid"))
        cx.key = "us_thyroid"
        m = us_meta(cx, cx.c([None, "TIROIDES", "Thyroid", "TIREOIDE"]))
        bpe(cx, m, "NECK", ["THYROID"], p_missing=0.5, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "thyroid/neck ultrasound: neck")]
    if k == "sinus":
        sd = cx.ris(cx.T([f"{ctw} {of(cx, 'senos paranasales')}", f"{ctw} de senos paranasales simple"], ["TC dos seios da face", "TC seios da face"], "CT Sinuses"))
        cx.key = "ct_sinus"
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["SINUS", "SKULL"], "sinus", "paranasal sinus CT: head")
    if k == "ear":
        sd = cx.ris(cx.T(["TC de oídos", "TC de peñascos", "TAC de mastoides"], ["TC de mastoides", "TC dos ouvidos", "TC de ossos temporais"], "CT Temporal Bones"))
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["EAR", "IAC", "SKULL"], "sinus", "temporal bone CT: head")
    if k == "face":
        sd = cx.ris(cx.T(["TC de macizo facial", "TAC de huesos de la cara 3D"], ["TC de face", "TC de ossos da face"], "CT Facial Bones"))
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["FACE", "SKULL"], "sinus", "facial bone CT: head")
    if k == "nasal":
        sd = cx.ris(cx.T(["RX de huesos propios nasales", "RX huesos propios de la nariz", "RX senos paranasales (Waters)"],
                         ["RX ossos próprios do nariz", "RX seios da face (Waters e Caldwell)"], "XR Nasal Bones"))
        ser = []
        for d in [cx.c(["LATERAL", "PERFIL"]), cx.c(["WATERS", "MENTONASO", "CALDWELL"])]:
            m = xr_meta(cx, d, None)
            bpe(cx, m, "SKULL", ["HEAD", "SINUS", "CRANEO"])
            ser.append(S(m, ["HEAD"], None, "nasal bone / sinus film: head"))
        return sd, ser
    if k == "orbit":
        sd = cx.ris(cx.T(["RM de órbitas", "RM orbitas con contraste"], ["RM das órbitas"], "MRI Orbits"))
        return sd, mr_study(cx, "brain", ["HEAD"], None, "orbit MR: head", "HEAD", ["ORBIT", "BRAIN"], n=2,
                            extra_names=["Cor T2 FS orbitas", "t2_tirm_cor_orbitas", "STIR COR ORB"])
    if k == "neckchest":
        sd = cx.ris(cx.T([f"{ctw} de cuello y tórax con contraste", f"{ctw} cuello y torax"], ["TC de pescoço e tórax", "TC pescoço e tórax com contraste"],
                         "CT Neck and Chest"))
        return ct_study(cx, sd, ["NECK", "CHEST"], "NECK", ["CHEST", "HEADNECK"], "chest", "neck and chest CT: neck + chest", contrast=True)
    if k == "hnct":
        sd = cx.ris(cx.T(["TC de cabeza y cuello con contraste", "TAC cabeza y cuello"], ["TC de cabeça e pescoço"], "CT Head and Neck"))
        return ct_study(cx, sd, ["HEAD", "NECK"], "HEADNECK", ["NECK", "HEAD"], "neck", "head and neck CT: head + neck", contrast=True)
    if k == "neckmr":
        sd = cx.ris(cx.T(["RM de cuello con contraste", "RM de cuello"], ["RM do pescoço", "RM cervical partes moles"], "MRI Neck"))
        return sd, mr_study(cx, "body", ["NECK"], None, "neck soft-tissue MR: neck", "NECK", ["HEADNECK"], n=3)
    sd = cx.ris(cx.T([f"{ctw} de cuello con contraste", f"{ctw} {of(cx, 'cuello')}"], ["TC do pescoço", "TC cervical partes moles"], "CT Neck"))
    return ct_study(cx, sd, ["NECK"], "NECK", ["HEADNECK", "HEAD"], "neck", "neck CT", contrast=True)


def chest(cx):
    k = cx.c(["xr", "xr", "xr", "port", "ribs", "hrct", "ctpa", "ct"])
    ctw = cx.c(cx.w["ct"])
    if k in ("xr", "port"):
        if k == "port":
            sd = cx.ris(cx.T(["RX tórax portátil", "RX de tórax AP portátil (UCI)", "RX TORAX PORTATIL"], ["RX tórax no leito", "RX de tórax AP leito"], "XR Chest Portable"))
            vs = [("AP", "AP")]
        else:
            sd = cx.ris(cx.T(["Telerradiografía de tórax", "RX de tórax PA y lateral", "RX tórax PA"] if cx.cc == "mx" else
                             ["RX de tórax PA y lateral", "RX tórax PA y LAT", "Radiografía de tórax frente y perfil" if cx.cc in ("ar", "cl") else "RX tórax PA"],
                             ["RX de tórax PA e perfil", "RX tórax PA e perfil", "RX TORAX PA"], "XR Chest PA and Lateral"))
            vs = [("PA", "PA"), (cx.T("LATERAL", "PERFIL", "LATERAL"), "LL")]
        cx.key = "xr_chest"
        ser = []
        for d, vp in vs:
            m = xr_meta(cx, cx.c([f"TORAX {d}", d, f"CHEST {d}", f"Torax {d.lower()}"]), vp)
            bpe(cx, m, "CHEST", ["LUNG", "TORAX", "THORAX"])
            ser.append(S(m, ["CHEST"], None, "chest radiograph"))
        return sd, ser
    if k == "ribs":
        s = cx.c("LR")
        sd = cx.ris(cx.T(f"RX parrilla costal {side_word(cx, s, 'f')}", f"RX arcos costais lado {side_word(cx, s, 'm')}",
                         f"XR Ribs {side_word(cx, s)}"))
        ser = []
        for d in ["AP", "OBL"]:
            m = xr_meta(cx, cx.c([f"COSTILLAS {d}" if cx.lang == "es" else f"COSTELAS {d}", d]), "AP" if d == "AP" else None)
            bpe(cx, m, "CHEST", ["RIBS", "TORAX"])
            ser.append(S(m, ["CHEST"], None, "rib films: chest; the side of the ribs is not a limb side"))
        return sd, ser
    if k == "ctpa":
        sd = cx.ris(cx.T(["AngioTC de tórax (TEP)", "AngioTAC pulmonar", "Angiotomografía de arterias pulmonares"], ["AngioTC de tórax (TEP)", "Angiotomografia pulmonar"], "CTPA"))
        cx.key = "ctpa"
        return ct_study(cx, sd, ["CHEST"], "CHEST", ["LUNG", "THORAX"], "chest", "pulmonary CT angiogram: chest", contrast=True)
    if k == "hrct":
        sd = cx.ris(cx.T(["TACAR de tórax", "TC de tórax de alta resolución", "TC de tórax alta resolucion"], ["TC de tórax alta resolução", "TCAR de tórax"], "HRCT Chest"))
        return ct_study(cx, sd, ["CHEST"], "CHEST", ["LUNG"], "chest", "high-resolution chest CT")
    sd = cx.ris(cx.T([f"{ctw} {of(cx, 'tórax')} simple", f"{ctw} de tórax con contraste", f"{ctw} torax"], ["TC de tórax", "TC de tórax com contraste"], "CT Chest"))
    cx.key = "ct_chest"
    return ct_study(cx, sd, ["CHEST"], "CHEST", ["LUNG", "THORAX", "TORAX"], "chest", "chest CT", contrast=cx.p(0.5))


def cardio(cx):
    k = cx.c(["echo", "echo", "cmr", "ccta", "score", "mpi", "cath"])
    if k == "echo":
        sd = cx.ris(cx.T(["Ecocardiograma transtorácico", "Ecocardiografía transtorácica", "ECOCARDIOGRAMA TT"], ["Ecocardiograma transtorácico", "ECO TT"], "Echocardiogram TTE"))
        cx.key = "echo"
        v = cx.c(["Philips", "GE"])
        m = us_meta(cx, cx.c([None, "Adult Echo", "ECO TT"]), make=v)
        m["ManufacturerModelName"] = {"Philips": "EPIQ CVx", "GE": "Vivid E95"}[v]
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
        return sd, [S(m, ["CHEST"], None, "transthoracic echocardiogram: heart, chest")]
    if k == "cmr":
        sd = cx.ris(cx.T(["RM cardiaca con gadolinio", "Resonancia magnética cardiaca", "RM de corazón"], ["RM cardíaca", "RM do coração com estresse"], "Cardiac MRI"))
        ser = []
        for d in cx.rng.sample(["localizer_haste", "cine_SA", "cine_4CH", "cine_2CH", "LGE_PSIR_SA", "T1 map MOLLI", "T2 map", "perfusion_stress"], 4):
            m = mr_meta(cx, d, "GR")
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.4)
            ser.append(S(m, ["CHEST"], None, "cardiac MR: chest"))
        return sd, ser
    if k in ("ccta", "score"):
        sd = cx.ris(cx.T(["AngioTC coronaria", "Angiotomografía de coronarias", "TC cardiaca con score de calcio"] if k == "ccta" else ["Score de calcio coronario", "TC score de calcio"],
                         ["AngioTC de coronárias", "Angiotomografia coronária"] if k == "ccta" else ["Escore de cálcio coronariano", "TC escore de cálcio"],
                         "CT Coronary Angiography" if k == "ccta" else "Calcium Score"))
        cx.key = "ccta"
        v = cx.cfg["ct"]
        recons = [("CaScore 3.0", "Qr36" if v == "Siemens" else "STANDARD", "3")] + ([("Cor CTA 0.6 75%", "Bv40", "0.6"), ("Cor CTA BestDiast", "Bv40", "0.6")] if k == "ccta" else [])
        ser = []
        m = ct_meta(cx, {"Siemens": "Topogram  0.6  T20s", "GE": "Scout"}.get(v, "Scout"), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")
        ser.append(S(m, ["CHEST"], None, "scout of a cardiac CT"))
        for d, kk, t in recons:
            m = ct_meta(cx, d, kk, t)
            bpe(cx, m, "HEART", ["CHEST", "CORONARY"])
            ser.append(S(m, ["CHEST"], None, "cardiac/coronary CT: chest"))
        return sd, ser
    if k == "mpi":
        sd = cx.ris(cx.T(["Perfusión miocárdica SPECT reposo/esfuerzo", "Gammagrafía de perfusión miocárdica", "SPECT cardiaco"], ["Cintilografia de perfusão miocárdica"],
                         "NM Myocardial Perfusion"))
        mk = NM_MAKE[cx.cfg.get("nm") or "GE"]
        ser = []
        for d in ["STRESS", "REST", "Stress IRAC", "Rest IRAC"]:
            m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
            ser.append(S(m, ["CHEST"], None, "myocardial perfusion: chest"))
        return sd, ser
    sd = cx.ris(cx.T(["Cateterismo cardiaco + coronariografía", "Coronariografía diagnóstica"], ["Cateterismo cardíaco", "Cinecoronariografia"], "Coronary Angiography"))
    mk = XA_MAKE[cx.cfg.get("xa") or "Siemens"]
    ser = []
    for d in [cx.c(["LCA RAO caudal", "CI OAD caudal", "ACI OAD"]), cx.c(["RCA LAO", "CD OAI", "ACD OAE"]), "Ventriculografia"]:
        m = {"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, "HEART", ["CHEST"], p_missing=0.5)
        ser.append(S(m, ["CHEST"], None, "coronary angiography run: chest"))
    return sd, ser


def abdo(cx):
    k = cx.c(["usabd", "usabd", "ustot", "ustot", "usrenal", "usprost", "ustest", "ctap", "ctap", "uro", "mrliver", "mrcp", "mrprost", "xrabd", "segd",
              "enema", "colono", "urog"])
    us, ctw, mrw = cx.c(cx.w["us"]), cx.c(cx.w["ct"]), cx.c(cx.w["mr"])

    def usrow(lab, why, good, alt, desc=None):
        m = us_meta(cx, desc)
        bpe(cx, m, good, alt, p_missing=0.5)
        return [S(m, lab, None, why)]

    if k == "usabd":
        sd = cx.ris(cx.T([f"{us} {of(cx, 'abdomen superior')}", f"{us} de hígado y vías biliares", f"{us} hepatobiliar"],
                         ["USG de abdome superior", "USG abdome superior"], "US Upper Abdomen"))
        cx.key = "us_abd"
        return sd, usrow(["ABDOMEN"], "upper-abdominal ultrasound: abdomen", "ABDOMEN", ["LIVER"], cx.c([None, "ABDOMEN", "Abdomen"]))
    if k == "ustot":
        sd = cx.ris(cx.T([f"{us} {of(cx, 'abdomen total')}", f"{us} abdomen y pelvis", f"{us} de abdomen total"], ["USG de abdome total", "USG abdome total"],
                         "US Abdomen and Pelvis"))
        cx.key = "us_abdtot"
        return sd, usrow(AP_, "whole-abdomen ultrasound (abdomen total includes the pelvis): abdomen + pelvis", "ABDOMEN", ["ABDOMEN", "PELVIS"])
    if k == "usrenal":
        sd = cx.ris(cx.T([f"{us} renal y vías urinarias", f"{us} renal y vesical"], ["USG de rins e vias urinárias", "USG aparelho urinário"], "US Kidneys and Bladder"))
        return sd, usrow(AP_, "kidneys and bladder ultrasound: abdomen + pelvis", "KIDNEY", ["ABDOMEN"], cx.c([None, "RENAL"]))
    if k == "usprost":
        sd = cx.ris(cx.T([f"{us} de próstata transrectal", f"{us} prostático suprapúbico"], ["USG de próstata via abdominal", "USG transretal de próstata"], "US Prostate"))
        return sd, usrow(["PELVIS"], "prostate ultrasound: pelvis", "PROSTATE", ["PELVIS"])
    if k == "ustest":
        sd = cx.ris(cx.T([f"{us} testicular con doppler", f"{us} de escroto"], ["USG de bolsa escrotal", "USG testículos com doppler"], "US Scrotum"))
        return sd, usrow(["PELVIS"], "scrotal ultrasound: pelvis (genital organs fold into the pelvis here)", "SCROTUM", ["PELVIS", "TESTIS"])
    if k == "ctap":
        sd = cx.ris(cx.T([f"{ctw} de abdomen y pelvis con contraste", f"{ctw} abdomen total contrastado", f"{ctw} abdominopélvica trifásica"],
                         ["TC de abdome total com contraste", "TC abdome e pelve"], "CT Abdomen Pelvis with contrast"))
        cx.key = "ct_abdtot"
        return ct_study(cx, sd, AP_, "ABDOMEN", ["PELVIS", "ABDOMENPELVIS", "ABDOMEN"], "abd", "abdomen and pelvis CT", contrast=True)
    if k == "uro":
        sd = cx.ris(cx.T(["UroTAC", "Urotomografía simple", "TC de vías urinarias (litiasis)"], ["UroTC", "TC de vias urinárias (protocolo cálculo)"], "CT KUB"))
        return ct_study(cx, sd, AP_, "ABDOMEN", ["KIDNEY", "PELVIS"], "abd", "CT urography / stone protocol: kidneys to bladder, abdomen + pelvis")
    if k == "mrliver":
        sd = cx.ris(cx.T([f"{mrw} de hígado con gadolinio", f"{mrw} de abdomen superior"], ["RM de abdome superior", "RM do fígado com contraste"], "MRI Liver"))
        return sd, mr_study(cx, "body", ["ABDOMEN"], None, "liver/upper-abdominal MR: abdomen", "ABDOMEN", ["LIVER"])
    if k == "mrcp":
        sd = cx.ris(cx.T(["Colangiorresonancia", "ColangioRM", "Colangio-resonancia magnética"], ["Colangiorressonância", "ColangioRM"], "MRCP"))
        return sd, mr_study(cx, "body", ["ABDOMEN"], None, "MRCP: abdomen", "ABDOMEN", ["PANCREAS", "LIVER"], n=3, extra_names=["3D MRCP", "MRCP_3D_TSE", "MIP MRCP"])
    if k == "mrprost":
        sd = cx.ris(cx.T(["RM de próstata multiparamétrica", "RM multiparametrica de prostata"], ["RM multiparamétrica de próstata", "RM de próstata"], "MRI Prostate mp"))
        return sd, mr_study(cx, "body", ["PELVIS"], None, "prostate MR: pelvis", "PELVIS", ["PROSTATE"], n=3, extra_names=["t2_tse_tra_prostata", "DWI b1400", "DCE"])
    if k == "xrabd":
        sd = cx.ris(cx.T(["RX de abdomen simple de pie y decúbito", "RX abdomen simple", "Placa simple de abdomen"], ["RX de abdome simples", "RX abdome agudo"], "XR Abdomen"))
        ser = []
        for d, vp in [(cx.T("DECUBITO", "DECUBITO", "SUPINE"), "AP"), (cx.T("DE PIE", "ORTOSTASE", "ERECT"), "AP")]:
            m = xr_meta(cx, cx.c([f"ABDOMEN {d}", d]), vp)
            bpe(cx, m, "ABDOMEN", ["ABDOMEN", "PELVIS"])
            ser.append(S(m, AP_, None, "plain abdominal film, diaphragm to symphysis: abdomen + pelvis"))
        return sd, ser
    mk = RF_MAKE[cx.cfg.get("rf") or "Siemens"]
    if k == "segd":
        sd = cx.ris(cx.T(["Serie esófago-gastro-duodenal", "SEGD con bario", "Esofagograma, estómago y duodeno"], ["Esôfago-estômago-duodeno (EED)", "EED contrastado"],
                         "Upper GI Series"))
        lab, why = ["CHEST", "ABDOMEN"], "upper GI series, oesophagus to duodenum: chest + abdomen"
        ds = ["ESOFAGO", "ESTOMAGO", "DUODENO"]
    elif k == "enema":
        sd = cx.ris(cx.T(["Colon por enema", "Colon por enema doble contraste"], ["Enema opaco", "Enema opaco duplo contraste"], "Barium Enema"))
        lab, why = AP_, "barium enema: colon and rectum, abdomen + pelvis"
        ds = ["RECTO", "SIGMOIDES", "COLON"]
    elif k == "urog":
        sd = cx.ris(cx.T(["Urografía excretora", "Pielografía intravenosa"], ["Urografia excretora"], "IVU"))
        lab, why = AP_, "excretory urography, kidneys to bladder: abdomen + pelvis"
        ds = ["SIMPLE", "5 MIN", "POSTMICCIONAL"]
    else:
        sd = cx.ris(cx.T(["Colonografía por TC", "Colonoscopía virtual"], ["Colonografia por TC", "Colonoscopia virtual"], "CT Colonography"))
        return ct_study(cx, sd, AP_, "ABDOMEN", ["COLON", "PELVIS"], "abd", "CT colonography: abdomen + pelvis")
    ser = []
    for d in ds:
        m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, "ABDOMEN", ["ABDOMEN", "GI"], p_missing=0.5)
        ser.append(S(m, lab, None, why))
    return sd, ser


def obgyn(cx):
    k = cx.c(["obst", "obst", "obst1", "pelv", "tv", "tv", "morph", "hsg", "mrpelv"])
    us = cx.c(cx.w["us"])
    if k in ("obst", "obst1", "morph"):
        if k == "obst1":
            sd = cx.ris(cx.T([f"{us} obstétrico primer trimestre", f"{us} obstétrica transvaginal", f"{us} obstétrico 1er trimestre"],
                             ["USG obstétrica transvaginal", "USG obstétrica 1º trimestre"], "OB US First Trimester"))
            lab, why = ["PELVIS"], "first-trimester pregnancy ultrasound: the uterus in the pelvis"
        else:
            sd = cx.ris(cx.T([f"{us} obstétrico", f"{us} obstétrico con perfil biofísico", f"{us} obstétrica de segundo trimestre"] if k == "obst" else
                             [f"{us} morfológico fetal", f"{us} estructural 2do trimestre"],
                             ["USG obstétrica", "USG obstétrica com doppler"] if k == "obst" else ["USG morfológica 2º trimestre", "USG morfológica fetal"], "OB US"))
            lab, why = AP_, "second/third-trimester pregnancy ultrasound: the gravid uterus fills the abdomen and pelvis"
        cx.key = "us_obst"
        ser = []
        for i in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "OB", "Obstetrico", "Fetal"]), make=cx.c(["GE", cx.c(cx.cfg["us"])]))
            if m["Manufacturer"] == "GE Healthcare":
                m["ManufacturerModelName"] = cx.c(["Voluson E10", "Voluson S8"])
            bpe(cx, m, "PELVIS", ["ABDOMEN", "UTERUS"], p_missing=0.6)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k in ("pelv", "tv"):
        sd = cx.ris(cx.T([f"{us} pélvico", f"{us} pélvico ginecológico"] if k == "pelv" else [f"{us} transvaginal", f"{us} endovaginal"],
                         ["USG pélvica", "USG pélvica via abdominal"] if k == "pelv" else ["USG transvaginal", "USG endovaginal"], "US Pelvis"))
        cx.key = "us_pelv"
        m = us_meta(cx, cx.c([None, "GINECO", "PELVIS", "TV"]))
        bpe(cx, m, "PELVIS", ["UTERUS", "OVARY", "ABDOMEN"], p_missing=0.5, p_alt=0.2)
        return sd, [S(m, ["PELVIS"], None, "gynaecological pelvic ultrasound: pelvis")]
    if k == "hsg":
        sd = cx.ris(cx.T(["Histerosalpingografía", "HSG"], ["Histerossalpingografia"], "HSG"))
        mk = RF_MAKE[cx.cfg.get("rf") or "Siemens"]
        ser = []
        for d in ["HSG", "SPOT 1", "Paso peritoneal" if cx.lang == "es" else "Prova de Cotte"]:
            m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "PELVIS", ["UTERUS", "ABDOMEN"], p_missing=0.5)
            ser.append(S(m, ["PELVIS"], None, "hysterosalpingogram: pelvis"))
        return sd, ser
    sd = cx.ris(cx.T(["RM de pelvis femenina", "RM de pelvis con contraste (endometriosis)"], ["RM da pelve feminina", "RM de pelve (endometriose)"], "MRI Female Pelvis"))
    return sd, mr_study(cx, "body", ["PELVIS"], None, "female pelvic MR: pelvis", "PELVIS", ["UTERUS"], n=3)


def onc(cx):
    k = cx.c(["pet", "pet", "pet", "cap", "cap", "ca", "wbmr", "psma"])
    if k in ("pet", "psma") and cx.cfg.get("pt"):
        v = cx.cfg["pt"]
        mk, model = PT_MAKE[v]
        sd = cx.ris(cx.T(["PET-CT FDG cuerpo entero", "PET/CT oncológico 18F-FDG", "PET-TC con FDG"] if k == "pet" else ["PET-CT PSMA Ga68", "PET/CT PSMA"],
                         ["PET-CT FDG corpo inteiro", "PET/CT oncológico"] if k == "pet" else ["PET-CT PSMA", "PET/CT PSMA-68Ga"], "PET/CT FDG Whole Body"))
        cx.key = "pet"
        ser = []
        for d, mod, lab, why in [({"Siemens": "Topogram  0.6  T20s", "GE": "Scout", "Philips": "Surview"}[v], "CT", WB, "scout of a whole-body PET/CT"),
                                 (cx.c(["PET WB AC", "WB 3D MAC", "PET AC"]), "PT", WB, "whole-body PET"),
                                 (cx.c(["PET WB NAC", "PET NAC"]), "PT", WB, "whole-body PET, uncorrected"),
                                 (cx.c(["CT WB 3.0 B31f", "CTAC 3.75 Thick", "CT 5mm"]), "CT", WB, "whole-body CT of the PET/CT"),
                                 (cx.c(["PET MIP", "MIP"]), "PT", WB, "MIP of the whole-body PET"),
                                 (cx.c(["CT Lung 1.25", "Pulmon 1mm", "CT Thorax 1.0 B70f"]), "CT", ["CHEST"], "dedicated lung recon of a PET/CT: chest")]:
            m = {"Modality": mod, "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": d}
            if mod == "PT" and cx.p(0.3):
                m["SeriesDescription"] = d + cx.c([" (FDG)", " 18F"])
            bpe(cx, m, "WHOLEBODY", ["CHEST", "WHOLE BODY", "SKULL", "TORSO"], p_missing=0.3, p_alt=0.3)
            ser.append(S(m, lab, None, why))
        return sd, ser
    if k == "wbmr" and cx.cfg["mr"] in ("Siemens", "Philips", "GE"):
        sd = cx.ris(cx.T(["RM de cuerpo entero (difusión)", "RM cuerpo completo"], ["RM de corpo inteiro", "RM corpo inteiro com difusão"], "Whole Body MRI"))
        return sd, mr_study(cx, "body", WB, None, "whole-body MR: the five axial regions", "WHOLEBODY", ["CHEST", "ABDOMEN"], n=3,
                            extra_names=["WB DWI b800 COMPOSED", "STIR COR WB composed", "Dixon WB_W"])
    ctw = cx.c(cx.w["ct"])
    if k == "ca":
        sd = cx.ris(cx.T([f"{ctw} de tórax y abdomen con contraste", f"{ctw} toracoabdominal"], ["TC de tórax e abdome superior", "TC tórax e abdome"],
                         "CT Chest and Upper Abdomen"))
        return ct_study(cx, sd, ["CHEST", "ABDOMEN"], "CHEST", ["ABDOMEN", "TORSO"], "cap", "chest and upper-abdomen CT: chest + abdomen", contrast=True)
    sd = cx.ris(cx.T([f"{ctw} de tórax, abdomen y pelvis con contraste", f"{ctw} toracoabdominopélvica", f"{ctw} TAP contrastado"],
                     ["TC de tórax, abdome e pelve", "TC TAP com contraste"], "CT Chest Abdomen Pelvis"))
    return ct_study(cx, sd, CAP, "CHEST", ["ABDOMEN", "TORSO", "WHOLEBODY"], "cap", "chest, abdomen and pelvis CT", contrast=True)


def vasc(cx):
    k = cx.c(["dvt", "dvt", "carotid", "carotid", "aorta", "runoff", "fav", "cerebral", "tace", "uae", "ctaneck"])
    us = cx.c(cx.w["us"])
    if k == "dvt":
        s = cx.c("LLRRB")
        sw = side_word(cx, s, "m")
        sd = cx.ris(cx.T([f"Doppler venoso de miembro inferior {sw}", f"{us} doppler venoso miembro inferior {sw}"] if s != "B" else
                         ["Doppler venoso de miembros inferiores", "Doppler venoso de ambos miembros inferiores"],
                         [f"Doppler venoso de membro inferior {sw}", f"USG doppler venoso MI {sw}"] if s != "B" else ["Doppler venoso de membros inferiores", "Doppler venoso MMII bilateral"],
                         f"Venous Duplex Lower Limb {sw}" if s != "B" else "Venous Duplex Both Legs"))
        cx.key = "dvt"
        ser = []
        for i in range(cx.c([1, 2])):
            m = us_meta(cx, cx.c([None, "Venoso MI", "VENOUS", "Doppler"]))
            bpe(cx, m, "LEG", ["EXTREMITY", "LOWER EXTREMITY"], p_missing=0.5)
            ser.append(S(m, ["THIGH", "KNEE", "LEG"], s, "venous duplex of the leg, groin to calf: thigh, knee, leg; side from the order"))
        return sd, ser
    if k == "fav":
        s = cx.c("LR")
        sw = side_word(cx, s, "m")
        sd = cx.ris(cx.T(f"Doppler de fístula arteriovenosa miembro superior {sw}", f"Doppler de fístula arteriovenosa membro superior {sw}", f"Duplex AV Fistula Arm {sw}"))
        m = us_meta(cx, cx.c([None, "FAV", "Fistula"]))
        bpe(cx, m, "ARM", ["EXTREMITY", "UPPER EXTREMITY"], p_missing=0.5)
        return sd, [S(m, ["FOREARM", "ELBOW", "ARM"], s, "dialysis fistula duplex, wrist to axilla: forearm, elbow, arm; side from the order")]
    if k == "carotid":
        sd = cx.ris(cx.T(["Doppler carotídeo", "Doppler de vasos de cuello", "Eco doppler carotídeo y vertebral"], ["Doppler de carótidas e vertebrais", "USG doppler de carótidas"],
                         "Carotid Duplex"))
        cx.key = "carotid"
        m = us_meta(cx, cx.c([None, "Carotidas", "CAROTID"]))
        bpe(cx, m, "NECK", ["CAROTID"], p_missing=0.5, p_alt=0.3)
        return sd, [S(m, ["NECK"], None, "carotid duplex: neck")]
    if k == "ctaneck":
        sd = cx.ris(cx.T(["AngioTC de vasos de cuello", "AngioTAC de carótidas"], ["AngioTC de carótidas", "AngioTC de vasos cervicais"], "CTA Neck"))
        return ct_study(cx, sd, ["NECK"], "NECK", ["CAROTID", "HEADNECK"], "neck", "carotid CT angiogram: neck", contrast=True)
    if k == "aorta":
        sd = cx.ris(cx.T(["AngioTC de aorta toracoabdominal e iliacas", "AngioTAC de aorta completa"], ["AngioTC de aorta total", "AngioTC de aorta torácica e abdominal"],
                         "CTA Aorta"))
        return ct_study(cx, sd, CAP, "CHEST", ["ABDOMEN", "AORTA"], "cap", "aorta CT angiogram, arch to iliac arteries: chest, abdomen, pelvis", contrast=True)
    if k == "runoff":
        sd = cx.ris(cx.T(["AngioTC de miembros inferiores", "AngioTAC de MMII (runoff)"], ["AngioTC de membros inferiores", "AngioTC MMII"], "CTA Runoff"))
        lab = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
        _sd, ser = ct_study(cx, sd, lab, "LEG", ["LOWER EXTREMITY", "ABDOMEN"], "abd", "run-off CT angiogram, renal arteries to the feet", contrast=True)
        for s in ser:
            if s["labels"]:
                s["laterality"] = "B"
        return sd, ser
    mk = XA_MAKE[cx.cfg.get("xa") or "Siemens"]
    if k == "cerebral":
        sd = cx.ris(cx.T(["Arteriografía cerebral de 4 vasos", "Angiografía cerebral diagnóstica"], ["Arteriografia cerebral", "Angiografia cerebral 4 vasos"], "Cerebral Angiogram"))
        lab, why = ["HEAD"], "cerebral angiography run: head"
        ds = [cx.c(["ACI AP", "Carotida interna LAT", "Vertebral AP", "3D ROT"]) for _ in range(2)]
    elif k == "tace":
        sd = cx.ris(cx.T(["Quimioembolización hepática", "TACE hepática"], ["Quimioembolização hepática"], "TACE"))
        ds, lab, why = ["Tronco celiaco", "Hepatica", "Post embolizacion"], ["ABDOMEN"], "hepatic chemoembolisation run: abdomen"
    else:
        sd = cx.ris(cx.T(["Embolización de arterias uterinas", "Embolización uterina (miomas)"], ["Embolização de artérias uterinas"], "Uterine Artery Embolisation"))
        ds, lab, why = ["Iliaca interna", "Uterina", "Control final"], ["PELVIS"], "uterine artery embolisation run: pelvis"
    ser = []
    for d in ds:
        m = {"Modality": "XA", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, lab[0], ["CHEST"], p_missing=0.5)
        ser.append(S(m, lab, None, why))
    return sd, ser


def paeds(cx):
    k = cx.c(["cxr", "cxr", "tfont", "hipus", "boneage", "abd", "vcug", "append", "ddh", "ctped"])
    us = cx.c(cx.w["us"])
    if k == "cxr":
        sd = cx.ris(cx.T(["RX de tórax pediátrico", "RX tórax AP (lactante)"], ["RX de tórax pediátrico", "RX tórax infantil"], "XR Chest Paediatric"))
        m = xr_meta(cx, cx.c(["TORAX AP", "AP", "CHEST AP PED"]), "AP")
        bpe(cx, m, "CHEST", ["TORAX", "ABDOMEN"])
        return sd, [S(m, ["CHEST"], None, "paediatric chest film")]
    if k == "tfont":
        sd = cx.ris(cx.T([f"{us} transfontanelar", "Ecografía cerebral transfontanelar"], ["USG transfontanelar"], "US Cranial"))
        m = us_meta(cx, cx.c([None, "TRANSFONTANELAR", "Neonatal Head"]))
        bpe(cx, m, "HEAD", ["BRAIN"], p_missing=0.5)
        return sd, [S(m, ["HEAD"], None, "cranial ultrasound of a newborn: head")]
    if k == "hipus":
        sd = cx.ris(cx.T([f"{us} de caderas (Graf)", f"{us} de cadera pediátrica bilateral"], ["USG de quadris (Graf)", "USG quadril infantil bilateral"], "US Infant Hips"))
        ser = []
        for s2 in "LR":
            m = us_meta(cx, cx.T(cx.c(["CADERA", "GRAF"]) + (" IZQ" if s2 == "L" else " DER"), cx.c(["QUADRIL", "Hip"]) + (" ESQ" if s2 == "L" else " DIR"),
                                 "Hip " + ("LT" if s2 == "L" else "RT")))
            bpe(cx, m, "HIP", ["PELVIS"], p_missing=0.5)
            ser.append(S(m, ["HIP"], s2, "infant hip ultrasound of a both-hips order; this series names its side"))
        return sd, ser
    if k == "boneage":
        sd = cx.ris(cx.T(["RX de mano izquierda para edad ósea", "Edad ósea (mano izq)", "RX edad osea"], ["RX de mão esquerda para idade óssea", "Idade óssea"], "XR Bone Age"))
        m = xr_meta(cx, cx.c([cx.T("MANO PA", "MAO PA", "HAND PA"), "PA", cx.T("EDAD OSEA", "IDADE OSSEA", "BONE AGE")]), "PA", ImageLaterality="L")
        bpe(cx, m, "HAND", ["EXTREMITY", "WRIST"])
        return sd, [S(m, ["HAND"], "L", "bone-age film of the left hand (the tag and the order say left)")]
    if k == "abd":
        sd = cx.ris(cx.T(["RX abdomen simple pediátrico", "RX de abdomen AP (neonato)"], ["RX abdome simples infantil"], "XR Abdomen Paediatric"))
        m = xr_meta(cx, cx.c(["ABDOMEN AP", "AP", "BABYGRAM"]) if cx.p(0.8) else "ABDOMEN AP", "AP")
        bpe(cx, m, "ABDOMEN", ["CHEST"])
        return sd, [S(m, AP_, None, "paediatric plain abdominal film: abdomen + pelvis")]
    if k == "vcug":
        sd = cx.ris(cx.T(["Cistouretrografía miccional", "Uretrocistografía miccional retrógrada"], ["Uretrocistografia miccional"], "VCUG"))
        mk = RF_MAKE[cx.cfg.get("rf") or "Siemens"]
        ser = []
        for d in ["VEJIGA LLENA" if cx.lang == "es" else "BEXIGA CHEIA", "MICCIONAL", "POST"]:
            m = {"Modality": "RF", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
            bpe(cx, m, "PELVIS", ["BLADDER", "ABDOMEN"], p_missing=0.5)
            ser.append(S(m, AP_, None, "voiding cystourethrogram, bladder to kidneys for reflux: abdomen + pelvis"))
        return sd, ser
    if k == "append":
        sd = cx.ris(cx.T([f"{us} apendicular", f"{us} de fosa iliaca derecha"], ["USG de apêndice", "USG fossa ilíaca direita"], "US Appendix"))
        m = us_meta(cx, cx.c([None, "APENDICE", "FID"]))
        bpe(cx, m, "ABDOMEN", ["PELVIS"], p_missing=0.5)
        return sd, [S(m, AP_, None, "appendix ultrasound, right iliac fossa: abdomen + pelvis")]
    if k == "ddh":
        sd = cx.ris(cx.T(["RX de pelvis (displasia de caderas)", "RX caderas AP lactante"], ["RX bacia para displasia dos quadris"], "XR Pelvis Both Hips DDH"))
        m = xr_meta(cx, cx.c([cx.T("PELVIS AP", "BACIA AP", "PELVIS AP"), "AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP"])
        return sd, [S(m, ["PELVIS", "HIP"], "B", "infant pelvis film for hip dysplasia: pelvis and both hips")]
    sd = cx.ris(cx.T(["TC de cráneo pediátrico", "TAC cráneo simple (pediatría)"], ["TC de crânio pediátrico"], "CT Head Paediatric"))
    return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN"], "head", "paediatric head CT")


def trauma(cx):
    k = cx.c(["head", "head", "cspine", "pan", "pan", "pelvis", "limb", "limb", "limb", "cxr"])
    ctw = cx.c(cx.w["ct"])
    if k == "limb":
        return msk_xr(cx, trauma=True)
    if k == "cxr":
        return chest(cx)
    if k == "head":
        sd = cx.ris(cx.T([f"{ctw} de cráneo simple (urgencias)", f"{ctw} craneo simple TCE", f"{ctw} simple de craneo"],
                         ["TC de crânio (PS)", "TC crânio trauma"], "CT Head Trauma"))
        cx.key = "ct_head"
        return ct_study(cx, sd, ["HEAD"], "HEAD", ["BRAIN", "SKULL", "CRANEO"], "head", "head CT for trauma")
    if k == "cspine":
        sd = cx.ris(cx.T([f"{ctw} de columna cervical", f"{ctw} columna cervical simple"], ["TC de coluna cervical", "TC coluna cervical trauma"], "CT C-Spine"))
        return ct_study(cx, sd, ["CSPINE"], "CSPINE", ["NECK", "SPINE"], "spine", "cervical spine CT")
    if k == "pelvis":
        sd = cx.ris(cx.T(["RX de pelvis AP (urgencias)", "RX pelvis AP"], ["RX de bacia AP", "RX bacia (PS)"], "XR Pelvis"))
        m = xr_meta(cx, cx.c([cx.T("PELVIS AP", "BACIA AP", "PELVIS AP"), "AP"]), "AP")
        bpe(cx, m, "PELVIS", ["HIP", "ABDOMEN"])
        return sd, [S(m, ["PELVIS"], None, "trauma pelvis film: pelvis")]
    sd = cx.ris(cx.T(["TC de politrauma (cuerpo entero)", "Body TC politraumatizado", "TAC corporal total trauma"], ["TC de politrauma", "TC corpo inteiro (trauma)"],
                     "CT Trauma Whole Body"))
    v = cx.cfg["ct"]
    extra = [S(ct_meta(cx, cx.c(["Cerebro 5mm", "Head 5.0", "CRANEO 5MM"]), None, "5"), ["HEAD"], None, "head recon of a trauma pan-scan"),
             S(ct_meta(cx, cx.c(["Cervical sag 2mm", "C-Spine Bone sag", "COLUMNA CERVICAL SAG"]), None, "2"), ["CSPINE"], None, "cervical spine reformat of a pan-scan"),
             S(ct_meta(cx, cx.c(["Dorsolumbar sag", "T-L Spine sag bone", "COLUMNA DL SAG"]), None, "2"), ["TSPINE", "LSPINE"], None,
               "thoracolumbar spine reformat of a pan-scan"),
             S(ct_meta(cx, cx.c(["Torax-Abdomen 3mm", "Body 3.0 portal", "TAP 3mm"]), None, "3", ContrastBolusAgent="IV"), CAP, None,
               "chest-abdomen-pelvis recon of a pan-scan")]
    _sd, ser = ct_study(cx, sd, WB, "WHOLEBODY", ["CHEST", "ABDOMEN", "HEAD"], "wb", "trauma pan-scan, head to pelvis: five axial regions", extra=extra)
    return sd, ser


def nm(cx):
    k = cx.c(["bone", "bone", "bone", "thy", "renal", "vq", "parathy", "brain"])
    mk = NM_MAKE[cx.cfg.get("nm") or "GE"]
    spec = {"bone": (cx.T(["Gammagrafía ósea corporal total", "Gammagrama óseo" if cx.cc == "mx" else "Centellograma óseo corporal total" if cx.cc == "ar" else "Cintigrafía ósea"],
                          ["Cintilografia óssea corpo inteiro", "Cintilografia óssea"], "NM Bone Scan Whole Body"),
                     ["WB ANT", "WB POST", "Whole Body", "Rastreo corporal"], WB, "whole-body bone scan: five axial regions", "WHOLEBODY"),
            "thy": (cx.T(["Gammagrama tiroideo" if cx.cc == "mx" else "Gammagrafía tiroidea", "Captación tiroidea Tc99m"], ["Cintilografia de tireoide"], "NM Thyroid"),
                    ["ANT PINHOLE", "Tiroides ANT", "Captacion"], ["NECK"], "thyroid scan: neck", "THYROID"),
            "renal": (cx.T(["Renograma DTPA", "Gammagrafía renal DMSA"], ["Cintilografia renal DMSA", "Renograma DTPA"], "NM Renogram"),
                      ["Dinamico POST", "DMSA POST", "Renograma"], ["ABDOMEN"], "renal scan: kidneys, abdomen", "KIDNEY"),
            "vq": (cx.T(["Gammagrafía pulmonar V/Q", "Gammagrama pulmonar perfusorio"], ["Cintilografia pulmonar perfusão/inalação"], "NM Lung V/Q"),
                   ["PERF 8 proy", "VENT", "SPECT Q"], ["CHEST"], "lung scan: chest", "LUNG"),
            "parathy": (cx.T(["Gammagrafía de paratiroides MIBI", "Centellograma paratiroideo"], ["Cintilografia de paratireoides"], "NM Parathyroid"),
                        ["Temprana 15 min", "Tardia 2h", "SPECT CUELLO"], ["NECK"], "parathyroid scan: neck", "NECK"),
            "brain": (cx.T(["SPECT cerebral de perfusión", "SPECT cerebral ECD"], ["SPECT cerebral"], "NM Brain SPECT"),
                      ["SPECT Brain", "Transaxial"], ["HEAD"], "brain SPECT: head", "BRAIN")}
    sd, descs, lab, why, good = spec[k]
    sd = cx.ris(sd)
    if k == "bone":
        cx.key = "nm_bone"
    ser = []
    for d in descs:
        m = {"Modality": "NM", "Manufacturer": mk[0], "ManufacturerModelName": mk[1], "SeriesDescription": d}
        bpe(cx, m, good, ["CHEST", "ABDOMEN", "WHOLEBODY"], p_missing=0.4, p_alt=0.2)
        ser.append(S(m, lab, None, why))
    return sd, ser


def dxa(cx):
    sd = cx.ris(cx.T(["Densitometría ósea", "Densitometría ósea columna y cadera", "DMO columna lumbar y cadera"], ["Densitometria óssea", "Densitometria óssea (coluna e fêmur)"],
                     "DXA Bone Density"))
    cx.key = "dxa"
    v = cx.cfg.get("dxa") or "GE"
    mk, models = DXA_MAKE[v]
    model = cx.c(models)
    side = cx.c("LR")
    dual = v == "GE" and cx.p(0.35)
    items = [("AP Spine" if v == "Hologic" else cx.c(["AP Spine", "L1-L4", "Columna AP"]), ["LSPINE"], None, "DXA lumbar spine image")]
    if dual:
        items.append(("DualFemur", ["HIP"], "B", "DXA of both proximal femurs (dual femur): both hips"))
    else:
        items.append(({"Hologic": f"{'Left' if side == 'L' else 'Right'} Hip"}.get(v, cx.c([f"{'Left' if side == 'L' else 'Right'} Femur",
                                                                                            cx.T(f"Femur {'Izquierdo' if side == 'L' else 'Derecho'}", f"Femur {'Esquerdo' if side == 'L' else 'Direito'}", f"{'Left' if side == 'L' else 'Right'} Femur")])),
                      ["HIP"], side, f"DXA hip image, side {side}"))
    if cx.p(0.4):
        items.append((f"{'Left' if side == 'L' else 'Right'} Forearm", ["FOREARM"], side, f"DXA forearm image, side {side}"))
    ser = []
    for d, lab, lat, why in items:
        m = {"Modality": cx.c(["OT", "DX"]), "Manufacturer": mk, "ManufacturerModelName": model, "SeriesDescription": d}
        if lat in ("L", "R") and cx.p(0.4):
            m["Laterality"] = lat
        bpe(cx, m, {"LSPINE": "LSPINE", "HIP": "HIP", "FOREARM": "ARM"}[lab[0]], ["SPINE", "PELVIS", "FEMUR"])
        ser.append(S(m, lab, lat, why))
    ser.append(S({"Modality": "SR", "Manufacturer": mk, "SeriesDescription": cx.c(["DXA Report", "Bone Density Report", "Informe DMO"])}, [], None,
                 "densitometry result report: no image", img=False))
    return sd, ser


def dental(cx):
    k = cx.c(["pano", "pano", "peri", "cbct", "ceph", "atm"])
    sd = cx.ris({"pano": cx.T(["Radiografía panorámica dental", "Ortopantomografía", "RX panorámica"], ["Radiografia panorâmica", "RX panorâmica de mandíbula"], "OPG"),
                 "peri": cx.T(["RX periapical", "Serie periapical completa"], ["RX periapical", "Radiografia periapical"], "Periapical"),
                 "cbct": cx.T(["Tomografía cone beam maxilar", "TC cone beam de maxilares"], ["Tomografia cone beam de maxila", "TC de feixe cônico mandíbula"], "CBCT"),
                 "ceph": cx.T(["Cefalometría lateral", "RX lateral de cráneo (cefalometría)"], ["Telerradiografia lateral (cefalometria)"], "Lateral Ceph"),
                 "atm": cx.T(["RX de ATM boca abierta y cerrada", "TC de articulaciones temporomandibulares"], ["RX de ATM", "RX de ATM bilateral"], "TMJ")}[k])
    mk = cx.c(DENT_MAKE)
    mod = {"pano": "PX", "peri": "IO", "cbct": "CT", "ceph": "DX", "atm": "DX"}[k]
    ser = []
    for i in range(3 if k == "peri" else cx.c([1, 2])):
        m = {"Modality": mod, "Manufacturer": mk[0], "ManufacturerModelName": mk[1] if k != "peri" else cx.c(["RVG 6200", "EzSensor"])}
        if cx.p(0.5):
            m["SeriesDescription"] = {"pano": "Panoramic", "peri": cx.c(["Periapical", "PA 46", "BW"]), "cbct": cx.c(["Volume", "3D", "CBCT 8x8"]),
                                      "ceph": "Lateral Ceph", "atm": cx.c(["ATM boca abierta", "TMJ open", "ATM boca fechada"])}[k]
        bpe(cx, m, "JAW" if k != "ceph" else "SKULL", ["HEAD", "MOUTH", "TMJ"], p_missing=0.5)
        ser.append(S(m, ["HEAD"], None, "dental/maxillofacial/TMJ image: head"))
    return sd, ser


FAMILY = {"msk": msk, "spine": spine, "breast": breast, "neuro": neuro, "headneck": headneck, "chest": chest, "cardio": cardio, "abdo": abdo,
          "obgyn": obgyn, "onc": onc, "vasc": vasc, "paeds": paeds, "trauma": trauma, "nm": nm, "dxa": dxa, "dental": dental}


def noanat(cx):
    k = cx.c(["doc", "doc", "ko", "pr", "sr", "page", "qa"])
    if k == "doc":
        return {"Modality": "OT", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.7", "SeriesDescription": cx.c(
            ["Scanned Document", cx.T(["Orden medica escaneada", "SOLICITUD", "Consentimiento informado"], ["Pedido medico digitalizado", "TERMO DE CONSENTIMENTO"],
                                      "Scanned Request")])}, "scanned paper: no anatomy"
    if k == "ko":
        return {"Modality": "KO", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.59", "SeriesDescription": cx.c(["Key Images", "Imagenes clave", "Imagens chave"])}, \
            "key object selection: references, no pixels"
    if k == "pr":
        return {"Modality": "PR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.11.1", "SeriesDescription": cx.c(["Presentation State", "GSPS", "Mediciones", "Anotacoes"])}, \
            "presentation state: no pixels"
    if k == "sr":
        return {"Modality": "SR", "SOPClassUID": "1.2.840.10008.5.1.4.1.1.88.67", "SeriesDescription": cx.c(["X-Ray Radiation Dose SR", "Dose SR", "Reporte de dosis"])}, \
            "dose structured report"
    if k == "qa":
        return {"Modality": cx.c(["CT", "MR"]), "SeriesDescription": cx.c(["QA Phantom", "Fantoma control de calidad", "Daily QA", "Controle de qualidade fantoma"]),
                "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, "phantom / QA acquisition: no patient anatomy"
    return {"Modality": "OT", "SeriesDescription": cx.c(["Exam Protocol", "Patient Protocol", "Screen Save", "Captura de pantalla"]),
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
    for site, cfg in SITES.items():
        names = sorted(cfg["strata"])
        wts = [cfg["strata"][n] for n in names]
        n_site = 0
        while n_site < cfg["n"]:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            code = TARIFF.get(cfg["scheme"] or "", {}).get(cx.key) if cx.key else None
            if code and cfg["scheme"] in ("CUPS", "FONASA", "SIGTAP") and rng.random() < 0.3:
                sd = f"{code[0]} {sd}"
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < 0.2:
                pick.append(rng.choice(extras))
            for s in pick:
                meta = dict(s["meta"])
                row = {"meta": meta, "labels": s["labels"], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                others = [dict(o["meta"]) for o in ser if o is not s]
                if others and rng.random() < 0.46:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": others}
                else:
                    meta["StudyDescription"] = sd
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                if code and rng.random() < 0.5:
                    meta["ProcedureCodeSequence"] = [{"CodeValue": code[0], "CodingSchemeDesignator": cfg["scheme"], "CodeMeaning": code[1]}]
                # older worklist bridges keep 16 characters of the procedure step; the full name
                # stays readable in the study description
                if meta["Modality"] in ("CR", "DX", "US") and len(sd) > 16 and rng.random() < 0.25 and \
                        sd[:16].split()[-1].upper() not in ("R", "L", "RT", "LT", "DER", "IZQ", "DIR", "ESQ"):
                    meta["PerformedProcedureStepDescription"] = sd[:16]
                if s["laterality"] is None and "study" not in row and rng.random() < 0.05:
                    meta["StudyDescription"] = typo(rng, meta["StudyDescription"])
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE * 1.1:
                meta, why = noanat(cx)
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
    labs = Counter(l for r in rows for l in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
    lines.append("one-sided without a side tag "
                 f"{sum(r['laterality'] in ('L', 'R') and not {'Laterality', 'ImageLaterality'} & set(r['meta']) for r in rows)}")
    lines.append(f"with a tariff code {sum('ProcedureCodeSequence' in r['meta'] for r in rows)}")
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
