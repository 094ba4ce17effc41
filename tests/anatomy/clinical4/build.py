#!/usr/bin/env python3
"""Blind clinical anatomy set 4: a month of six hospitals' PACS, in realistic proportions.

Writes tests/anatomy/data/clinical_set_4.jsonl (one series per line). Standard library
only, fixed seed, no project imports: the metadata is written from how scanners and RIS
systems at each site name things, and every label is decided here, by reading that
metadata against the shared anatomy label rules (see README.md beside this file).

    python build.py           # (re)write the data file
    python build.py --check   # exit 1 unless the committed file is byte-identical
    python build.py --stats   # counts per stratum, site and modality
"""

import argparse
import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

SEED = 40412
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "clinical_set_4.jsonl"

ORDER = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST", "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
VEN_LEG = ["THIGH", "KNEE", "LEG"]          # common femoral to calf veins
RUNOFF = ["ABDOMEN", "PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

SITES = ["us", "uk", "de", "fr", "es", "jp"]
SITE_NAME = {"us": "US academic centre", "uk": "UK NHS trust", "de": "German university hospital",
             "fr": "French CHU", "es": "Spanish private hospital", "jp": "Japanese city hospital"}

# concept: labels, region names per site language (us|uk|de|fr|es|jp), BodyPartExamined a
# scanner writes for it when it writes the right thing.
C = {
    "head": (["HEAD"], "HEAD|Head|Schädel|CRANE|CRANEO|頭部", "HEAD"),
    "brain": (["HEAD"], "BRAIN|Head|Kopf|ENCEPHALE|CEREBRAL|頭部", "BRAIN"),
    "sinus": (["HEAD"], "SINUSES|Sinuses|NNH|SINUS|SENOS PARANASALES|副鼻腔", "SINUS"),
    "orbit": (["HEAD"], "ORBITS|Orbits|Orbita|ORBITES|ORBITAS|眼窩", "HEAD"),
    "iac": (["HEAD"], "IAC|IAMs|Felsenbein|ROCHERS|CONDUCTOS AUDITIVOS|内耳道", "HEAD"),
    "pituitary": (["HEAD"], "PITUITARY|Pituitary|Hypophyse|HYPOPHYSE|HIPOFISIS|下垂体", "HEAD"),
    "face": (["HEAD"], "FACIAL BONES|Facial bones|Gesichtsschädel|MASSIF FACIAL|HUESOS FACIALES|顔面骨", "HEAD"),
    "neck": (["NECK"], "NECK SOFT TISSUE|Neck|Hals|COU|CUELLO|頸部", "NECK"),
    "thyroid": (["NECK"], "THYROID|Thyroid|Schilddrüse|THYROIDE|TIROIDES|甲状腺", "NECK"),
    "carotid": (["NECK"], "CAROTID DUPLEX|Carotid doppler|Carotiden Duplex|DOPPLER TSA|DOPPLER CAROTIDEO|頸動脈", "NECK"),
    "headneck": (["HEAD", "NECK"], "HEAD NECK|Head and neck|Kopf/Hals|CERVICO-FACIAL|CABEZA Y CUELLO|頭頸部", "HEADNECK"),
    "chest": (["CHEST"], "CHEST|Chest|Thorax|THORAX|TORAX|胸部", "CHEST"),
    "ribs": (["CHEST"], "RIBS|Ribs|Rippen|GRIL COSTAL|PARRILLA COSTAL|肋骨", "CHEST"),
    "heart": (["CHEST"], "CARDIAC|Cardiac|Herz|COEUR|CARDIACA|心臓", "HEART"),
    "abd": (["ABDOMEN"], "ABDOMEN|Abdomen|Abdomen|ABDOMEN|ABDOMEN|腹部", "ABDOMEN"),
    "liver": (["ABDOMEN"], "LIVER|Liver|Leber|FOIE|HIGADO|肝臓", "ABDOMEN"),
    "kidney": (["ABDOMEN"], "RENAL|Kidneys|Nieren|REINS|RENAL|腎臓", "KIDNEY"),
    "mrcp": (["ABDOMEN"], "MRCP|MRCP|MRCP|BILI-IRM|COLANGIO-RM|MRCP", "ABDOMEN"),
    "ap": (AP, "ABDOMEN PELVIS|Abdomen and pelvis|Abdomen/Becken|ABDOMINO-PELVIEN|ABDOMEN Y PELVIS|腹部骨盤", "ABDOMEN"),
    "cap": (CAP, "CHEST ABDOMEN PELVIS|Chest abdomen pelvis|Thorax/Abdomen/Becken|THORACO-ABDOMINO-PELVIEN|TORAX ABDOMEN PELVIS|胸部～骨盤", "CHEST"),
    "ca": (["CHEST", "ABDOMEN"], "CHEST ABDOMEN|Chest and abdomen|Thorax/Abdomen|THORACO-ABDOMINAL|TORAX Y ABDOMEN|胸腹部", "CHEST"),
    "pelvis": (["PELVIS"], "PELVIS|Pelvis|Becken|BASSIN|PELVIS|骨盤", "PELVIS"),
    "prostate": (["PELVIS"], "PROSTATE|Prostate|Prostata|PROSTATE|PROSTATA|前立腺", "PROSTATE"),
    "sacrum": (["PELVIS"], "SACRUM COCCYX|Sacrum and coccyx|Os sacrum|SACRUM|SACRO-COXIS|仙骨", "SACRUM"),
    "kub": (AP, "KUB|KUB|Abdomen leer (Niere-Blase)|ARBRE URINAIRE SANS PREPARATION|APARATO URINARIO SIMPLE|KUB", "ABDOMEN"),
    "cspine": (["CSPINE"], "CERVICAL SPINE|Cervical spine|HWS|RACHIS CERVICAL|COLUMNA CERVICAL|頸椎", "CSPINE"),
    "tspine": (["TSPINE"], "THORACIC SPINE|Thoracic spine|BWS|RACHIS DORSAL|COLUMNA DORSAL|胸椎", "TSPINE"),
    "lspine": (["LSPINE"], "LUMBAR SPINE|Lumbar spine|LWS|RACHIS LOMBAIRE|COLUMNA LUMBAR|腰椎", "LSPINE"),
    "wspine": (["CSPINE", "TSPINE", "LSPINE"], "ENTIRE SPINE|Whole spine|Ganzwirbelsäule|RACHIS ENTIER|COLUMNA COMPLETA|全脊椎", "SPINE"),
    "shoulder": (["SHOULDER"], "SHOULDER|Shoulder|Schulter|EPAULE|HOMBRO|肩関節", "SHOULDER"),
    "clavicle": (["SHOULDER"], "CLAVICLE|Clavicle|Klavikula|CLAVICULE|CLAVICULA|鎖骨", "CLAVICLE"),
    "humerus": (["ARM"], "HUMERUS|Humerus|Oberarm|HUMERUS|HUMERO|上腕骨", "ARM"),
    "elbow": (["ELBOW"], "ELBOW|Elbow|Ellenbogen|COUDE|CODO|肘関節", "ELBOW"),
    "forearm": (["FOREARM"], "FOREARM|Forearm|Unterarm|AVANT-BRAS|ANTEBRAZO|前腕", "FOREARM"),
    "wrist": (["WRIST"], "WRIST|Wrist|Handgelenk|POIGNET|MUÑECA|手関節", "WRIST"),
    "scaphoid": (["WRIST"], "SCAPHOID|Scaphoid|Kahnbein|SCAPHOIDE|ESCAFOIDES|舟状骨", "WRIST"),
    "hand": (["HAND"], "HAND|Hand|Hand|MAIN|MANO|手", "HAND"),
    "finger": (["HAND"], "FINGER|Finger|Finger|DOIGT|DEDO MANO|手指", "HAND"),
    "hip": (["HIP"], "HIP|Hip|Hüfte|HANCHE|CADERA|股関節", "HIP"),
    "femur": (["THIGH"], "FEMUR|Femur|Oberschenkel|FEMUR|FEMUR|大腿骨", "THIGH"),
    "knee": (["KNEE"], "KNEE|Knee|Knie|GENOU|RODILLA|膝関節", "KNEE"),
    "tibfib": (["LEG"], "TIBIA FIBULA|Tib and fib|Unterschenkel|JAMBE|TIBIA Y PERONE|下腿", "LEG"),
    "ankle": (["ANKLE"], "ANKLE|Ankle|OSG|CHEVILLE|TOBILLO|足関節", "ANKLE"),
    "foot": (["FOOT"], "FOOT|Foot|Fuß|PIED|PIE|足", "FOOT"),
    "toe": (["FOOT"], "TOES|Toes|Zehen|ORTEILS|DEDOS PIE|足趾", "FOOT"),
    "calcaneus": (["FOOT"], "CALCANEUS|Calcaneum|Calcaneus|CALCANEUM|CALCANEO|踵骨", "FOOT"),
    "breast": (["BREAST"], "BREAST|Breast|Mamma|SEIN|MAMA|乳腺", "BREAST"),
}
FEM_FR = {"shoulder", "hip", "hand", "ankle", "tibfib", "clavicle"}
FEM_ES = {"knee", "hand", "wrist", "hip", "clavicle"}
SIDED = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG",
         "ANKLE", "FOOT", "BREAST"}


def name(site, concept):
    return C[concept][1].split("|")[SITES.index(site)]


def side(site, lat, concept):
    if site == "us":
        return {"L": "LEFT", "R": "RIGHT", "B": "BILATERAL"}[lat]
    if site == "uk":
        return {"L": "Lt", "R": "Rt", "B": "Both"}[lat]
    if site == "de":
        return {"L": "li.", "R": "re.", "B": "bds."}[lat]
    if site == "fr":
        f = concept in FEM_FR
        return {"L": "GAUCHE", "R": "DROITE" if f else "DROIT", "B": "BILATERALE" if f else "BILATERAL"}[lat]
    if site == "es":
        f = concept in FEM_ES
        return {"L": "IZQUIERDA" if f else "IZQUIERDO", "R": "DERECHA" if f else "DERECHO", "B": "BILATERAL"}[lat]
    return {"L": "左", "R": "右", "B": "両"}[lat]


def sided(site, concept, lat):
    if not lat:
        return name(site, concept)
    if site == "jp":
        return side(site, lat, concept) + name(site, concept)
    return f"{name(site, concept)} {side(site, lat, concept)}"


PREFIX = {
    "us": dict(XR="XR", CT="CT", MR="MRI", US="US", MG="MAMMO", NM="NM", PT="PET CT", RF="FL", XA="IR"),
    "uk": dict(XR="XR", CT="CT", MR="MRI", US="US", MG="MAMMO", NM="NM", PT="PET-CT", RF="FL", XA="IR"),
    "de": dict(XR="Rö", CT="CT", MR="MRT", US="Sono", MG="Mammographie", NM="Szintigraphie", PT="PET-CT", RF="DL", XA="DSA"),
    "fr": dict(XR="RADIO", CT="TDM", MR="IRM", US="ECHOGRAPHIE", MG="MAMMOGRAPHIE", NM="SCINTIGRAPHIE", PT="TEP-TDM", RF="RADIOSCOPIE", XA="ANGIOGRAPHIE"),
    "es": dict(XR="RX", CT="TC", MR="RM", US="ECOGRAFIA", MG="MAMOGRAFIA", NM="GAMMAGRAFIA", PT="PET-TC", RF="FLUOROSCOPIA", XA="ANGIOGRAFIA"),
    "jp": dict(XR="一般撮影", CT="CT", MR="MRI", US="超音波", MG="マンモグラフィ", NM="RI", PT="PET-CT", RF="透視", XA="血管造影"),
}
CONTRAST = {"us": ("WO CONTRAST", "W CONTRAST", "WO W CONTRAST"), "uk": ("", "with contrast", "pre and post contrast"),
            "de": ("nativ", "mit KM", "nativ + KM"), "fr": ("", "INJECTE", "SANS ET AVEC INJECTION"),
            "es": ("SIN CONTRASTE", "CON CONTRASTE", "SIN Y CON CONTRASTE"), "jp": ("単純", "造影", "単純+造影")}


def sdesc(site, mod, concept, lat=None, con=None, extra=""):
    parts = [PREFIX[site][mod], sided(site, concept, lat)]
    if extra:
        parts.append(extra)
    if con is not None and CONTRAST[site][con]:
        parts.append(CONTRAST[site][con])
    return " ".join(parts)


# Devices per site and modality: (Manufacturer, ManufacturerModelName, vendor family).
DEV = {
    "us": dict(CT=[("GE MEDICAL SYSTEMS", "Revolution CT", "ge"), ("SIEMENS", "SOMATOM Force", "si")],
               MR=[("GE MEDICAL SYSTEMS", "SIGNA Premier", "ge"), ("SIEMENS", "Prisma", "si")],
               XR=[("Carestream Health", "DRX-Evolution", "cs"), ("GE Healthcare", "Definium 8000", "ge")],
               US=[("Philips", "EPIQ 7G", "ph"), ("GE Healthcare", "LOGIQ E10", "ge")],
               MG=[("HOLOGIC, Inc.", "Selenia Dimensions", "ho")], NM=[("SIEMENS NM", "Symbia Intevo 16", "si")],
               PT=[("GE MEDICAL SYSTEMS", "Discovery MI", "ge")], XA=[("Philips", "Azurion 7 M20", "ph")],
               RF=[("SIEMENS", "Luminos dRF Max", "si")], IO=[("Carestream Health", "RVG 6200", "cs")]),
    "uk": dict(CT=[("TOSHIBA", "Aquilion ONE", "ca"), ("SIEMENS", "SOMATOM Definition AS+", "si")],
               MR=[("SIEMENS", "Aera", "si"), ("Philips Medical Systems", "Ingenia", "ph")],
               XR=[("Agfa", "DX-D 300", "ag"), ("FUJIFILM Corporation", "FDR D-EVO II", "fu")],
               US=[("CANON_MEC", "Aplio i800", "ca"), ("GE Healthcare", "LOGIQ E9", "ge")],
               MG=[("HOLOGIC, Inc.", "Selenia Dimensions", "ho")], NM=[("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "ge")],
               PT=[("SIEMENS", "Biograph Vision 600", "si")], XA=[("SIEMENS", "AXIOM-Artis", "si")],
               RF=[("Philips Medical Systems", "EasyDiagnost Eleva", "ph")], PX=[("PLANMECA", "ProMax", "pm")]),
    "de": dict(CT=[("SIEMENS", "SOMATOM Definition Edge", "si"), ("Siemens Healthineers", "SOMATOM X.cite", "si")],
               MR=[("SIEMENS", "Skyra", "si"), ("Siemens Healthineers", "MAGNETOM Vida", "si"), ("Philips", "Ingenia Elition X", "ph")],
               XR=[("SIEMENS", "Ysio Max", "si"), ("Agfa", "DR 600", "ag")],
               US=[("SIEMENS", "ACUSON Sequoia", "si"), ("Philips", "EPIQ 5G", "ph")],
               MG=[("SIEMENS", "MAMMOMAT Revelation", "si")], NM=[("SIEMENS NM", "Symbia T2", "si")],
               PT=[("SIEMENS", "Biograph128_mCT", "si")], XA=[("Siemens Healthineers", "Artis icono", "si")],
               RF=[("SIEMENS", "Luminos Agile Max", "si")]),
    "fr": dict(CT=[("GE MEDICAL SYSTEMS", "Revolution EVO", "ge"), ("CANON_MEC", "Aquilion Prime SP", "ca")],
               MR=[("GE MEDICAL SYSTEMS", "SIGNA Architect", "ge"), ("SIEMENS", "Aera", "si")],
               XR=[("FUJIFILM Corporation", "FDR Smart X", "fu"), ("Carestream Health", "DRX-1", "cs")],
               US=[("SAMSUNG MEDISON CO., LTD.", "RS85", "sa"), ("GE Healthcare", "LOGIQ E10", "ge")],
               MG=[("GE MEDICAL SYSTEMS", "Senographe Pristina", "ge")], NM=[("GE MEDICAL SYSTEMS", "Discovery NM/CT 670 Pro", "ge")],
               PT=[("GE MEDICAL SYSTEMS", "Discovery MI", "ge")], XA=[("GE MEDICAL SYSTEMS", "Innova IGS 530", "ge")],
               RF=[("GE MEDICAL SYSTEMS", "Precision 500D", "ge")]),
    "es": dict(CT=[("Philips", "Incisive CT", "ph"), ("GE MEDICAL SYSTEMS", "Optima CT660", "ge")],
               MR=[("Philips Medical Systems", "Ingenia", "ph"), ("GE MEDICAL SYSTEMS", "SIGNA Explorer", "ge")],
               XR=[("Agfa", "DR 400", "ag"), ("SAMSUNG ELECTRONICS", "GC85A", "sa")],
               US=[("SAMSUNG MEDISON CO., LTD.", "HERA W10", "sa"), ("Philips", "Affiniti 70G", "ph")],
               MG=[("FUJIFILM Corporation", "AMULET Innovality", "fu")], NM=[("Philips", "BrightView XCT", "ph")],
               PT=[("Philips", "Vereos", "ph")], XA=[("Philips", "Allura Xper FD20", "ph")],
               RF=[("Philips", "CombiDiagnost R90", "ph")], PX=[("Carestream Health", "CS 8100 3D", "cs")],
               IO=[("PLANMECA", "ProSensor", "pm")]),
    "jp": dict(CT=[("CANON_MEC", "Aquilion Prime SP", "ca"), ("FUJIFILM Healthcare", "SCENARIA View", "fu")],
               MR=[("CANON_MEC", "Vantage Orian", "ca"), ("FUJIFILM Healthcare", "ECHELON Smart", "fu")],
               XR=[("FUJIFILM Corporation", "FCR PROFECT CS", "fu"), ("KONICA MINOLTA", "AeroDR", "km")],
               US=[("CANON_MEC", "Aplio a550", "ca"), ("FUJIFILM Healthcare", "ARIETTA 850", "fu")],
               MG=[("FUJIFILM Corporation", "AMULET Innovality", "fu")], NM=[("SIEMENS NM", "Symbia Intevo", "si")],
               PT=[("SIEMENS", "Biograph Horizon", "si")], XA=[("Shimadzu", "Trinias", "sh")],
               RF=[("Shimadzu", "SONIALVISION G4", "sh")]),
}

SOP = {"CR": "1.2.840.10008.5.1.4.1.1.1", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
       "MG": "1.2.840.10008.5.1.4.1.1.1.2", "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3",
       "SC": "1.2.840.10008.5.1.4.1.1.7", "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
       "IO": "1.2.840.10008.5.1.4.1.1.1.3", "PX": "1.2.840.10008.5.1.4.1.1.1.1"}

# SNOMED CT codes some radiography and mammography units write into Anatomic Region Sequence.
SCT = {"breast": ("76752008", "Breast"), "chest": ("51185008", "Thorax"), "knee": ("72696002", "Knee"),
       "hand": ("85562004", "Hand"), "foot": ("56459004", "Foot"), "shoulder": ("16982005", "Shoulder"),
       "ankle": ("70258002", "Ankle joint"), "wrist": ("74670003", "Wrist joint"), "hip": ("24136001", "Hip joint"),
       "elbow": ("127949000", "Elbow"), "lspine": ("122496007", "Lumbar spine"), "cspine": ("122494005", "Cervical spine")}


def scanning(seq):
    """Scanning Sequence a scanner writes for a series of this name."""
    low = seq.lower()
    if any(w in low for w in ("ep2d", "dwi", "diff", "bold", "dti", "fmri")):
        return "EP"
    if any(w in low for w in ("flair", "tirm", "stir", "dark-fluid", "psir")):
        return "SE\\IR" if "3d" not in low and "psir" not in low else "GR\\IR"
    if any(w in low for w in ("mprage", "bravo", "tfe", "vibe", "lava", "swi", "swan", "fl3d", "ffe", "t2*", "vibrant", "thrive",
                              "dixon", "cine", "fiesta", "trufi", "loc", "survey", "scout", "dual", "disco", "dyn", "dce", "mde", "lge")):
        return "GR"
    return "SE"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rows = []
        self.site = "us"

    # -- small helpers --------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def dev(self, site, mod):
        key = {"CR": "XR", "DX": "XR"}.get(mod, mod)
        return self.pick(DEV[site][key])

    def bpe(self, site, concept, fam="", allow_missing=True):
        """What the device writes in BodyPartExamined: mostly right, sometimes empty or coarse."""
        right = C[concept][2]
        x = self.r.random()
        if x < 0.62:
            return right
        if x < 0.80 and allow_missing:
            return None
        if x < 0.90:
            coarse = {"KNEE": "EXTREMITY", "ANKLE": "EXTREMITY", "FOOT": "EXTREMITY", "HAND": "EXTREMITY",
                      "WRIST": "EXTREMITY", "ELBOW": "EXTREMITY", "SHOULDER": "EXTREMITY", "ARM": "EXTREMITY",
                      "FOREARM": "EXTREMITY", "LEG": "EXTREMITY", "THIGH": "EXTREMITY", "HIP": "EXTREMITY",
                      "CLAVICLE": "EXTREMITY", "CSPINE": "SPINE", "TSPINE": "SPINE", "LSPINE": "SPINE",
                      "SACRUM": "SPINE", "BRAIN": "HEAD", "SINUS": "HEAD", "KIDNEY": "ABDOMEN",
                      "PROSTATE": "PELVIS", "HEART": "CHEST"}.get(right)
            return coarse or ("OTHER" if self.p(0.5) else right)
        # site-local spellings seen in real archives
        local = {"de": {"HEAD": "SCHAEDEL", "BRAIN": "KOPF", "CHEST": "THORAX", "KNEE": "KNIE", "ABDOMEN": "ABDOMEN",
                        "LSPINE": "LWS", "CSPINE": "HWS", "SHOULDER": "SCHULTER", "PELVIS": "BECKEN"},
                 "fr": {"HEAD": "CRANE", "CHEST": "THORAX", "KNEE": "GENOU"},
                 "es": {"CHEST": "TORAX", "KNEE": "RODILLA", "HEAD": "CRANEO"},
                 "us": {"BRAIN": "HEAD", "CHEST": "CHEST_TO_PELVIS" if concept == "cap" else "CHEST"},
                 "uk": {"CHEST": "THORAX"}, "jp": {"HEAD": "HEAD", "CHEST": "CHEST"}}
        return local[site].get(right, right)

    def meta(self, mod, dev, **kw):
        m = {"Modality": mod, "Manufacturer": dev[0], "ManufacturerModelName": dev[1]}
        for k, v in kw.items():
            if v is not None and v != "":
                m[k] = v
        return m

    def emit(self, meta, labels, lat, why, group, study=None):
        labels = sorted(set(labels), key=ORDER.index)
        assert lat is None or set(labels) & SIDED, (meta, labels, lat)
        meta = self.ris(meta, labels)
        row = {"meta": meta, "labels": labels, "laterality": lat}
        if study is not None:
            row["study"] = study
        row["why"] = why
        row["group"] = group
        self.rows.append(row)

    def ris(self, meta, labels):
        """Fields the site's RIS or modality worklist copies into the header, per site habit."""
        sd = meta.get("StudyDescription")
        meta = dict(meta)
        if meta["Modality"] in ("CT", "MR", "PT") and "PatientPosition" not in meta:
            lower = labels and set(labels) <= {"KNEE", "LEG", "ANKLE", "FOOT"}
            meta["PatientPosition"] = "FFS" if lower else "HFS"
        if not sd:
            return meta
        if self.site == "us" and self.p(0.45):
            meta["ProcedureCodeSequence"] = [{"CodeValue": f"IMG{zlib.crc32(sd.encode()) % 9000 + 1000}",
                                              "CodingSchemeDesignator": "99LOCAL", "CodeMeaning": sd}]
        elif self.site in ("uk", "jp", "es") and self.p(0.5):
            meta["RequestedProcedureDescription"] = sd
        elif self.site in ("de", "fr") and self.p(0.3):
            meta["PerformedProcedureStepDescription"] = sd
        return meta

    def emit_study(self, sd, series, group, k=None):
        """series: list of (meta, labels, lat, why). Emits k of them (all if None) with the others as context."""
        idx = list(range(len(series)))
        if k is not None and k < len(series):
            idx = sorted(self.r.sample(idx, k))
        # Some series reach the predictor alone (a series-level query, an import of one series);
        # the hard strata always carry their study.
        alone = not group.startswith("hard:") and self.p(0.3)
        for i in idx:
            meta, labels, lat, why = series[i]
            if alone:
                self.emit(meta, labels, lat, why, group)
                continue
            sibs = []
            for j, s in enumerate(series):
                if j != i:
                    sib = {kk: vv for kk, vv in s[0].items()
                           if kk not in ("StudyDescription", "RequestedProcedureDescription", "ProcedureCodeSequence")}
                    sibs.append(sib)
            self.emit(meta, labels, lat, why, group, {"StudyDescription": sd, "series": sibs})

    # -- radiography ---------------------------------------------------------
    def xr(self, site, concept, lat=None, views=("AP", "LAT"), group=None, context=None):
        labels, _, _ = C[concept]
        dev = self.dev(site, "DX")
        mod = "CR" if dev[2] in ("fu",) and self.p(0.5) or dev[1].startswith("FCR") else "DX"
        extra = {"us": f"{len(views)} VIEW{'S' if len(views) > 1 else ''}", "de": "in 2 Ebenen" if len(views) == 2 else "",
                 "fr": "FACE + PROFIL" if len(views) == 2 else "FACE", "es": "AP Y LATERAL" if len(views) == 2 else "",
                 "uk": "", "jp": ""}[site]
        sd = sdesc(site, "XR", concept, lat, extra=extra)
        bp = self.bpe(site, concept)
        group = group or f"{site}:radiography"
        ser = []
        for v in views:
            vp = {"PA": "PA", "AP": "AP", "LAT": self.pick(["LL", "RL", "LAT"]), "OBL": "", "AXIAL": ""}[v]
            m = {"CR": "CR", "DX": "DX"}[mod]
            sdv = {"us": f"{name(site, concept)} {v}", "uk": f"{v}", "de": {"AP": "a.p.", "PA": "p.a.", "LAT": "seitlich", "OBL": "schräg", "AXIAL": "axial"}[v],
                   "fr": {"AP": "FACE", "PA": "FACE", "LAT": "PROFIL", "OBL": "OBLIQUE", "AXIAL": "AXIALE"}[v],
                   "es": f"{v}", "jp": f"{name(site, concept)} {v}"}[site]
            if self.p(0.15):
                sdv = ""   # some units write nothing at all
            kw = dict(StudyDescription=sd, SeriesDescription=sdv, BodyPartExamined=bp, ViewPosition=vp or None,
                      SOPClassUID=SOP[m], ImageType=["ORIGINAL", "PRIMARY"])
            if dev[2] in ("fu", "km"):
                kw["AcquisitionDeviceProcessingDescription"] = self.pick(
                    [f"{name('us', concept).split()[0]} {v}", f"{C[concept][2]}", f"{name('us', concept).split()[0]}"])
            if lat and self.p(0.55):
                # series Laterality has no "both" value; ImageLaterality has B
                if m == "DX":
                    kw["ImageLaterality"] = lat
                elif lat != "B":
                    kw["Laterality"] = lat
            if dev[2] in ("cs", "ag") and concept in SCT and self.p(0.5):
                code, mean = SCT[concept]
                kw["AnatomicRegionSequence"] = [{"CodeValue": code, "CodingSchemeDesignator": "SCT", "CodeMeaning": mean}]
            kw["Rows"], kw["Columns"] = self.pick([(2500, 2048), (3072, 2560), (2836, 2336), (1760, 2140)])
            kw["PixelSpacing"] = [0.139, 0.139] if mod == "DX" else [0.15, 0.15]
            ser.append(self.meta(m, dev, **kw))
        why_base = f"radiograph of {name('us', concept).lower()}" + (f", side {lat}" if lat else "")
        if len(ser) == 1 or context is False or self.p(0.65):
            # most radiography archives keep all views of an exam in one series
            for m in ser[:1]:
                src = self.lat_src(m, sd, lat)
                self.emit(m, labels, lat, why_base + src, group)
        else:
            items = [(m, labels, lat, why_base + self.lat_src(m, sd, lat)) for m in ser]
            self.emit_study(sd, items, group, k=1 if self.p(0.6) else None)

    def lat_src(self, m, sd, lat):
        if not lat:
            return ""
        if m.get("ImageLaterality") or m.get("Laterality"):
            return " (laterality tag)"
        return " (side word in study description)"

    def radiography(self, site, n):
        # Weighted like a radiography department's month: chest dominates, then limbs and spine.
        menu = [("chest", None, ("PA", "LAT"), 24), ("chest", None, ("AP",), 12), ("knee", "S", ("AP", "LAT"), 7),
                ("ankle", "S", ("AP", "LAT", "OBL"), 4), ("foot", "S", ("AP", "OBL"), 4), ("wrist", "S", ("PA", "LAT"), 4),
                ("hand", "S", ("PA", "OBL"), 4), ("shoulder", "S", ("AP", "AXIAL"), 4), ("hip", "S", ("AP", "LAT"), 4),
                ("lspine", None, ("AP", "LAT"), 5), ("cspine", None, ("AP", "LAT"), 3), ("pelvis", None, ("AP",), 3),
                ("abd", None, ("AP",), 3), ("kub", None, ("AP",), 1), ("elbow", "S", ("AP", "LAT"), 2),
                ("finger", "S", ("PA", "LAT"), 2), ("scaphoid", "S", ("PA", "OBL"), 1), ("clavicle", "S", ("AP",), 1),
                ("tibfib", "S", ("AP", "LAT"), 1), ("forearm", "S", ("AP", "LAT"), 1), ("femur", "S", ("AP", "LAT"), 1),
                ("humerus", "S", ("AP", "LAT"), 1), ("ribs", None, ("PA", "OBL"), 1), ("toe", "S", ("AP", "OBL"), 1),
                ("calcaneus", "S", ("LAT", "AXIAL"), 1), ("knee", "B", ("PA",), 1), ("tspine", None, ("AP", "LAT"), 1),
                ("sacrum", None, ("AP", "LAT"), 1), ("sinus", None, ("PA",), 1), ("face", None, ("PA", "LAT"), 1)]
        weights = [w for *_, w in menu]
        start = len(self.rows)
        while len(self.rows) - start < n:
            concept, s, views, _ = self.r.choices(menu, weights)[0]
            lat = self.pick("LR") if s == "S" else ("B" if s == "B" else None)
            self.xr(site, concept, lat, views)

    # -- CT -----------------------------------------------------------------
    def ct_study(self, site, concept, con=1, group=None, sd=None, bp="auto", k=None, proto=None, extra=""):
        labels = C[concept][0]
        dev = self.dev(site, "CT")
        fam = dev[2]
        sd = sd or sdesc(site, "CT", concept, con=con, extra=extra)
        bp = self.bpe(site, concept) if bp == "auto" else bp
        region = name("us", concept).title()
        proto = proto or {"ge": f"{self.pick(['5.1', '6.3', '2.4'])} {name('us', concept)}", "si": region.replace(" ", "") + ("_KM" if site == "de" else "Routine"),
                          "ph": region.replace(" ", "-"), "ca": f"{region} Vol"}.get(fam, region)
        agent = None if con == 0 else self.pick(["Omnipaque 350", "Iomeron 400", "Ultravist 370", "Visipaque 320", None])
        g = group or f"{site}:ct"
        kern = {"ge": ("STANDARD", "LUNG", "BONE"), "si": ("Br40d", "Bl57d", "Br64d"), "ph": ("B", "YC", "D"),
                "ca": ("FC08", "FC86", "FC30"), "fu": ("Body", "Lung", "Bone")}[fam]
        head = "HEAD" in labels and len(labels) == 1
        def m(desc, it=("ORIGINAL", "PRIMARY", "AXIAL"), k_=None, thk=None, **kw):
            return self.meta("CT", dev, StudyDescription=sd, SeriesDescription=desc, ProtocolName=proto,
                             BodyPartExamined=bp, ImageType=list(it), ConvolutionKernel=k_, SliceThickness=thk,
                             ContrastBolusAgent=agent if it[0] == "ORIGINAL" and it[-1] != "LOCALIZER" else None,
                             **kw)
        scout = {"ge": "Scout", "si": "Topogram  0.6  T20s", "ph": "Surview", "ca": "Scanogram", "fu": "Scanogram"}[fam]
        ser = [(m(scout, ("ORIGINAL", "PRIMARY", "LOCALIZER"), {"si": "T20s"}.get(fam)), labels, None,
                "scout of the exam; takes its anatomy")]
        if fam == "ge":
            ser.append((m(f"5mm {'STND' if not head else 'Brain'}", k_=kern[0], thk=5.0), labels, None, "generic axial recon of the exam"))
            ser.append((m(self.pick(["Recon 2", "Recon 3"]), k_=kern[0], thk=1.25), labels, None, "numbered recon; exam anatomy from study"))
            ser.append((m("COR 3x3" if not head else "SAG 2x2", ("DERIVED", "SECONDARY", "REFORMATTED"), kern[0], 3.0), labels, None, "reformat of the exam"))
        elif fam == "si":
            short = {"cap": "ThAbdBe", "ap": "AbdBecken", "ca": "ThxAbd"}.get(concept, region.split()[0])
            ser.append((m(f"{short} {self.pick(['5.0', '3.0', '1.0'])} {kern[0][:4]} {self.pick(['2', '3', '4'])}", k_=kern[0], thk=3.0), labels, None,
                        "axial recon named for the exam region"))
            ser.append((m(f"{short} cor {self.pick(['3.0', '2.0'])} {kern[0][:4]}", ("DERIVED", "PRIMARY", "MPR"), kern[0], 3.0), labels, None, "MPR of the exam"))
        elif fam == "ph":
            ser.append((m(f"iDose {self.pick(['2', '3', '4'])}", k_=kern[0], thk=self.pick([2.0, 1.0])), labels, None,
                        "iterative recon with no region word; exam anatomy from study"))
            ser.append((m("MPR COR", ("DERIVED", "SECONDARY", "MPR"), kern[0], 3.0), labels, None, "MPR of the exam"))
        else:
            ser.append((m(f"{'Brain' if head else 'Body'} 5.0 {kern[0]}" if fam == "ca" else f"{self.pick(['IPV', 'AIDR'])} 5mm", k_=kern[0], thk=5.0), labels, None,
                        "axial recon of the exam"))
            ser.append((m("MPR COR", ("DERIVED", "SECONDARY", "MPR"), kern[0], 3.0), labels, None, "MPR of the exam"))
        if "CHEST" in labels and len(labels) > 1:
            lung = {"ge": "Lung 1.25mm", "si": f"{'Lunge' if site == 'de' else 'Lung'} 1.0 Bl57", "ph": "Lung 1mm YC",
                    "ca": "Lung 1.0 FC86", "fu": "Lung 1mm"}[fam]
            ser.append((m(lung, k_=kern[1], thk=1.0), ["CHEST"], None, "lung-window recon covers the chest only"))
        if head:
            ser.append((m({"ge": "0.625 Bone", "si": "Kopf 0.6 Hr64" if site == "de" else "Head 0.6 Hr64",
                           "ph": "Bone 1mm", "ca": "Bone 1.0 FC30", "fu": "Bone 1mm"}[fam], k_=kern[2], thk=0.6), labels, None, "bone recon of the head exam"))
        dose = {"ge": "Dose Report", "si": "Patient Protocol", "ph": "Dose Info", "ca": "Dose Information", "fu": "Dose Report"}[fam]
        ser.append((self.meta("CT", dev, StudyDescription=sd, SeriesDescription=dose, ImageType=["DERIVED", "SECONDARY", "OTHER"],
                              SOPClassUID=SOP["SC"]), [], None, "dose page: text, no anatomy"))
        self.emit_study(sd, ser, g, k=k if k is not None else self.pick([2, 3, 3, 4]))

    def ct(self, site, n):
        menu = [("head", 0, 22), ("cap", 1, 13), ("ap", 1, 12), ("chest", 1, 10), ("chest", 0, 6), ("abd", 2, 3),
                ("cspine", 0, 4), ("sinus", 0, 2), ("neck", 1, 3), ("kidney", 0, 3), ("lspine", 0, 2), ("face", 0, 1),
                ("heart", 1, 3), ("kub", 0, 2), ("pelvis", 0, 1)]
        weights = [w for *_, w in menu]
        start = len(self.rows)
        while len(self.rows) - start < n:
            concept, con, _ = self.r.choices(menu, weights)[0]
            if concept == "kub" and site not in ("us", "uk", "jp"):
                concept = "kidney"
            extra = {"heart": {"us": "CALCIUM SCORE + CTA CORONARY", "uk": "coronary angiogram", "de": "Koronarien", "fr": "CORONAROSCANNER",
                               "es": "CORONARIAS", "jp": "冠動脈"}[site]}.get(concept, "")
            self.ct_study(site, concept, con, extra=extra)
        # limb CT (trauma, preop): sided
        for concept in self.r.sample(["ankle", "knee", "wrist", "shoulder", "foot", "hip", "elbow", "calcaneus"], 2):
            lat = self.pick("LR")
            labels = C[concept][0]
            dev = self.dev(site, "CT")
            sd = sdesc(site, "CT", concept, lat, con=0)
            ser = [(self.meta("CT", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.bpe(site, concept),
                              ImageType=it, SliceThickness=t, Laterality=lat if self.p(0.3) else None), labels, lat,
                    f"CT of one {name('us', concept).lower()}; side from study description")
                   for d, it, t in [("Scout" if dev[2] == "ge" else "Topogram", ["ORIGINAL", "PRIMARY", "LOCALIZER"], None),
                                    ("Bone 0.6", ["ORIGINAL", "PRIMARY", "AXIAL"], 0.6),
                                    ("MPR sag", ["DERIVED", "SECONDARY", "MPR"], 1.0),
                                    ("VRT", ["DERIVED", "SECONDARY", "VOLUME"], None)]]
            self.emit_study(sd, ser, f"{site}:ct", k=2)

    # -- MR -----------------------------------------------------------------
    SEQ = {
        "brain": {"si": ["localizer", "t1_mprage_sag_p2_iso", "t2_tse_tra_p2", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2",
                         "ep2d_diff_3scan_trace_p2_ADC", "swi_tra_p2", "t1_mprage_sag_p2_iso_KM"],
                  "ge": ["3Plane Loc", "Sag T1 FLAIR", "AX T2 FSE", "AX T2 FLAIR", "AX DWI b1000", "ADC", "AX SWAN", "SAG 3D BRAVO +C"],
                  "ph": ["Survey", "T1W_3D_TFE", "T2W_TSE", "T2W_FLAIR", "DWI", "dADC", "SWIp", "T1W_3D_TFE +C"],
                  "ca": ["Locator", "T2 AX", "FLAIR AX", "DWI b1000", "ADC map", "T1 SAG", "T2* AX", "T1 AX +C"],
                  "fu": ["Scout", "T2W AX", "FLAIR AX", "DWI", "ADC", "T1W SAG", "T2*W AX", "T1W AX Gd"]},
        "lspine": {"si": ["localizer", "t2_tse_sag_384", "t1_tse_sag", "t2_tse_tra", "t2_tirm_sag"],
                   "ge": ["3Plane Loc", "SAG T2 FRFSE", "SAG T1 FSE", "AX T2 FRFSE", "SAG STIR"],
                   "ph": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_TSE_TRA", "STIR_SAG"],
                   "ca": ["Locator", "T2 SAG", "T1 SAG", "T2 AX", "STIR SAG"],
                   "fu": ["Scout", "T2W SAG", "T1W SAG", "T2W AX", "STIR SAG"]},
        "knee": {"si": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "t1_tse_cor", "pd_tse_fs_tra"],
                 "ge": ["3Plane Loc", "COR PD FS", "SAG PD FS", "COR T1", "AX PD FS"],
                 "ph": ["Survey", "PDW_SPAIR_COR", "PDW_SPAIR_SAG", "T1W_TSE_COR", "PDW_SPAIR_TRA"],
                 "ca": ["Locator", "PDWI FS COR", "PDWI FS SAG", "T1WI COR", "PDWI FS AX"],
                 "fu": ["Scout", "PDW FS COR", "PDW FS SAG", "T1W COR", "PDW FS AX"]},
        "prostate": {"si": ["localizer", "t2_tse_tra", "t2_tse_cor", "ep2d_diff_b50_800_1400", "ep2d_diff_ADC", "t1_vibe_dyn_tra"],
                     "ge": ["3Plane Loc", "Ax T2 FRFSE", "Cor T2 FRFSE", "DWI b1400", "ADC", "DCE DISCO"],
                     "ph": ["Survey", "T2W_TSE_TRA", "T2W_TSE_COR", "DWI_b1500", "dADC", "DCE_THRIVE"],
                     "ca": ["Locator", "T2 AX", "T2 COR", "DWI b1500", "ADC", "DCE"], "fu": ["Scout", "T2W AX", "T2W COR", "DWI", "ADC", "DCE"]},
        "liver": {"si": ["localizer", "t1_vibe_dixon_tra_opp", "haste_tra_mbh", "t2_blade_tra_fs", "ep2d_diff_b50_800", "t1_vibe_fs_tra_dyn"],
                  "ge": ["3Plane Loc", "AX LAVA FLEX", "AX SSFSE", "AX T2 FRFSE FS", "AX DWI", "LAVA DYN"],
                  "ph": ["Survey", "mDIXON_TRA", "SSH_TSE_TRA", "T2W_SPAIR", "DWI", "mDIXON_DYN"],
                  "ca": ["Locator", "T1 Dual Echo AX", "FASE AX", "T2 FS AX", "DWI", "T1 3D DYN"], "fu": ["Scout", "T1W Dual", "SSFSE AX", "T2W FS", "DWI", "T1 DYN"]},
        "shoulder": {"si": ["localizer", "pd_tse_fs_cor", "pd_tse_fs_sag", "t1_tse_cor", "pd_tse_fs_tra"],
                     "ge": ["3Plane Loc", "COR PD FS", "SAG T2 FS", "COR T1", "AX PD FS"],
                     "ph": ["Survey", "PDW_SPAIR_COR", "T2W_SPAIR_SAG", "T1W_TSE_COR", "PDW_SPAIR_TRA"],
                     "ca": ["Locator", "PDWI FS COR", "T2WI FS SAG", "T1WI COR", "PDWI FS AX"], "fu": ["Scout", "PDW FS COR", "T2W FS SAG", "T1W COR", "PDW FS AX"]},
        "cspine": {"si": ["localizer", "t2_tse_sag", "t1_tse_sag", "t2_me2d_tra", "t2_tirm_sag"],
                   "ge": ["3Plane Loc", "SAG T2 FRFSE", "SAG T1", "AX T2* MERGE", "SAG STIR"],
                   "ph": ["Survey", "T2W_TSE_SAG", "T1W_TSE_SAG", "T2W_FFE_TRA", "STIR_SAG"],
                   "ca": ["Locator", "T2 SAG", "T1 SAG", "T2* AX", "STIR SAG"], "fu": ["Scout", "T2W SAG", "T1W SAG", "T2*W AX", "STIR SAG"]},
        "hip": {"si": ["localizer", "pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_tra", "pd_tse_fs_sag"],
                "ge": ["3Plane Loc", "COR PD FS", "COR T1", "AX PD FS", "SAG PD FS"],
                "ph": ["Survey", "PDW_SPAIR_COR", "T1W_TSE_COR", "PDW_SPAIR_TRA", "PDW_SPAIR_SAG"],
                "ca": ["Locator", "PDWI FS COR", "T1WI COR", "PDWI FS AX", "PDWI FS SAG"], "fu": ["Scout", "PDW FS COR", "T1W COR", "PDW FS AX", "PDW FS SAG"]},
        "ankle": {"si": ["localizer", "pd_tse_fs_sag", "t1_tse_sag", "pd_tse_fs_tra", "pd_tse_fs_cor"],
                  "ge": ["3Plane Loc", "SAG PD FS", "SAG T1", "AX PD FS", "COR PD FS"],
                  "ph": ["Survey", "PDW_SPAIR_SAG", "T1W_TSE_SAG", "PDW_SPAIR_TRA", "PDW_SPAIR_COR"],
                  "ca": ["Locator", "PDWI FS SAG", "T1WI SAG", "PDWI FS AX", "PDWI FS COR"], "fu": ["Scout", "PDW FS SAG", "T1W SAG", "PDW FS AX", "PDW FS COR"]},
        "heart": {"si": ["localizer", "trufi_loc_multi", "cine_tf2d_4ch", "cine_tf2d_sa", "tfl_psir_sa_LGE"],
                  "ge": ["3Plane Loc", "FIESTA 2CH", "FIESTA 4CH", "FIESTA SAX", "MDE PSIR SAX"],
                  "ph": ["Survey", "BTFE_2CH", "BTFE_4CH", "BTFE_SA", "PSIR_SA"],
                  "ca": ["Locator", "Cine 2ch", "Cine 4ch", "Cine SA", "LGE SA"], "fu": ["Scout", "Cine 2ch", "Cine 4ch", "Cine SA", "LGE SA"]},
    }
    SEQ["pituitary"] = {f: ["localizer" if f == "si" else "Loc", "t1_tse_cor_sella" if f == "si" else "COR T1 sella", "t2_tse_cor" if f == "si" else "COR T2",
                            "t1_tse_cor_dyn" if f == "si" else "COR T1 DYN", "t1_tse_sag_KM" if f == "si" else "SAG T1 +C"] for f in ("si", "ge", "ph", "ca", "fu")}
    SEQ["mrcp"] = {f: ["localizer" if f == "si" else "Loc", "haste_cor_mbh" if f == "si" else "COR SSFSE", "MRCP 3D" if f != "si" else "t2_space_cor_p2_trig_MRCP",
                       "MIP MRCP", "t1_vibe_dixon_tra" if f == "si" else "AX T1 DUAL"] for f in ("si", "ge", "ph", "ca", "fu")}

    def mr_study(self, site, concept, lat=None, con=0, group=None, sd=None, bp="auto", k=None, proto=None, labels=None, ser_names=None):
        labels = labels or C[concept][0]
        dev = self.dev(site, "MR")
        fam = dev[2]
        fam = fam if fam in ("si", "ge", "ph", "ca", "fu") else "si"
        sd = sd if sd is not None else sdesc(site, "MR", concept, lat, con=con)
        bp = self.bpe(site, concept) if bp == "auto" else bp
        seqs = ser_names or self.SEQ[concept]
        if isinstance(seqs, dict):
            seqs = seqs[fam]
        proto = proto if proto is not None else {"si": f"{name('us', concept).title()}^Routine", "ge": name("us", concept),
                                                  "ph": f"{name('us', concept).title()}", "ca": name("us", concept).title(), "fu": name("us", concept)}[fam]
        ser = []
        for sq in seqs:
            loc = sq.lower().startswith(("localizer", "3plane", "survey", "locator", "scout", "loc", "trufi_loc"))
            derived = sq.upper().startswith(("ADC", "DADC", "MIP", "SUB")) or sq.endswith(("_ADC", " ADC"))
            dkind = "ADC" if "ADC" in sq.upper() else ("MIP" if "MIP" in sq.upper() else "SUBTRACTION")
            sname = {"si": sq.split("_")[0] if "_" in sq else None, "ge": None}.get(fam)
            m = self.meta("MR", dev, StudyDescription=sd, SeriesDescription=sq, ProtocolName=proto if fam != "si" else sq,
                          BodyPartExamined=bp, ImageType=["DERIVED", "PRIMARY", dkind] if derived else ["ORIGINAL", "PRIMARY", "M"],
                          SequenceName={"si": {"t1": "*tfl3d1_16ns", "t2": "*tse2d1_15", "ep2d": "*ep_b1000t", "pd": "*tse2d1_7",
                                               "swi": "*swi3d1r", "haste": "*h2d1_320", "localizer": "*fl2d1"}.get(sname), "ph": None}.get(fam),
                          ScanningSequence=None if derived else scanning(sq),
                          Laterality=lat if lat in ("L", "R") and self.p(0.25) else None,
                          ContrastBolusAgent=("Gadovist" if site in ("de", "es") else "Dotarem") if ("KM" in sq or "+C" in sq or "Gd" in sq or "DCE" in sq or "dyn" in sq) else None)
            why = "localizer of the exam" if loc else ("derived series of the exam" if derived else "sequence of the exam; anatomy from study")
            ser.append((m, labels, lat, why + (f"; side {lat} from study" if lat else "")))
        self.emit_study(sd, ser, group or f"{site}:mr", k=k if k is not None else self.pick([2, 3, 3]))

    def mr(self, site, n):
        menu = [("brain", None, 26), ("lspine", None, 12), ("knee", "S", 10), ("shoulder", "S", 5), ("prostate", None, 6),
                ("cspine", None, 6), ("liver", None, 4), ("hip", "S", 3), ("mrcp", None, 3), ("pituitary", None, 2),
                ("ankle", "S", 2), ("heart", None, 2)]
        weights = [w for *_, w in menu]
        start = len(self.rows)
        while len(self.rows) - start < n:
            concept, s, _ = self.r.choices(menu, weights)[0]
            lat = self.pick("LR") if s else None
            con = 2 if concept in ("brain", "pituitary", "liver", "prostate") and self.p(0.5) else 0
            self.mr_study(site, concept, lat, con)

    # -- ultrasound -----------------------------------------------------------
    def us(self, site, n):
        menu = [("abd", None, 20), ("thyroid", None, 8), ("kidney", None, 6), ("pelvis", None, 6), ("ob", None, 8),
                ("carotid", None, 5), ("breast", "S", 6), ("echo", None, 4), ("shoulder", "S", 2), ("neck", None, 3),
                ("liver", None, 2), ("hip", "B", 1)]
        weights = [w for *_, w in menu]
        start = len(self.rows)
        while len(self.rows) - start < n:
            concept, s, _ = self.r.choices(menu, weights)[0]
            lat = self.pick("LRB") if s == "S" else ("B" if s == "B" else None)
            dev = self.dev(site, "US")
            if concept == "ob":
                sd = {"us": "US OB 2ND TRIMESTER ANATOMY", "uk": "US Obstetric 20 week anomaly", "de": "Sono Feindiagnostik 2. Trimenon",
                      "fr": "ECHOGRAPHIE OBSTETRICALE T2", "es": "ECOGRAFIA OBSTETRICA 20 SEMANAS", "jp": "産科超音波 妊娠中期"}[site]
                labels, why, bp = ["PELVIS"], "obstetric scan: gravid uterus -> PELVIS", self.pick(["OB", "PELVIS", None, "UTERUS"])
            elif concept == "echo":
                sd = {"us": "ECHO TTE COMPLETE", "uk": "Echocardiogram TTE", "de": "TTE Echokardiographie", "fr": "ECHOCARDIOGRAPHIE TRANSTHORACIQUE",
                      "es": "ECOCARDIOGRAMA TRANSTORACICO", "jp": "心エコー"}[site]
                labels, why, bp = ["CHEST"], "transthoracic echo: heart -> CHEST", self.pick(["HEART", "CARDIAC", None])
            elif concept == "pelvis":
                sd = {"us": "US PELVIS TRANSVAGINAL", "uk": "US Pelvis TV", "de": "Sono Unterbauch transvaginal", "fr": "ECHOGRAPHIE PELVIENNE ENDOVAGINALE",
                      "es": "ECOGRAFIA TRANSVAGINAL", "jp": "経腟超音波"}[site]
                labels, why, bp = ["PELVIS"], "transvaginal pelvic scan: uterus/ovaries", self.pick(["PELVIS", None, "GYN"])
            else:
                sd = sdesc(site, "US", concept, lat, extra={"abd": {"us": "COMPLETE", "uk": "", "de": "", "fr": "", "es": "", "jp": ""}[site]}.get(concept, ""))
                labels = C[concept][0]
                why = f"ultrasound of {name('us', concept).lower()}" + (f"; side {lat}" if lat else "")
                bp = self.bpe(site, concept)
            if concept == "hip":
                sd = {"us": "US INFANT HIPS BILATERAL", "uk": "US Neonatal hips", "de": "Sono Säuglingshüfte bds.", "fr": "ECHOGRAPHIE DES HANCHES NOURRISSON",
                      "es": "ECOGRAFIA CADERAS LACTANTE", "jp": "乳児股関節エコー"}[site]
                why = "infant hip scan, both hips"
            preset = {"abd": "Abdomen", "thyroid": "Thyroid", "kidney": "Renal", "pelvis": "GYN", "ob": "OB 2/3", "carotid": "Carotid",
                      "breast": "Breast", "echo": "Adult Echo", "shoulder": "MSK Shoulder", "neck": "Small Parts", "liver": "Abdomen", "hip": "Infant Hip"}[concept]
            main = self.meta("US", dev, StudyDescription=sd, SeriesDescription=self.pick(["", "", preset, "US"]),
                             ProtocolName=preset if self.p(0.4) else None, BodyPartExamined=bp,
                             Laterality=lat if lat in ("L", "R") and self.p(0.3) else None, NumberOfFrames=self.pick([None, None, 45, 120]),
                             ImageType=["ORIGINAL", "PRIMARY", {"abd": "ABDOMINAL", "liver": "ABDOMINAL", "kidney": "UROLOGY", "pelvis": "ENDOVAGINAL", "ob": "OB",
                                                                 "carotid": "VASCULAR", "breast": "BREAST", "echo": "CARDIAC", "shoulder": "MUSCULOSKELETAL",
                                                                 "hip": "PEDIATRIC"}.get(concept, "SMALL PARTS")])
            if self.p(0.35):
                ws = self.meta("US", dev, StudyDescription=sd, SeriesDescription=self.pick(["Worksheet", "Report page", "Patient Report"]),
                               ImageType=["DERIVED", "SECONDARY"], SOPClassUID=SOP["SC"])
                items = [(main, labels, lat, why), (ws, [], None, "sonographer worksheet page: text, no anatomy")]
                self.emit_study(sd, items, f"{site}:us", k=None if self.p(0.4) else 1)
            else:
                self.emit(main, labels, lat, why, f"{site}:us")

    # -- mammography -------------------------------------------------------------
    def mg(self, site, n):
        start = len(self.rows)
        while len(self.rows) - start < n:
            dev = self.dev(site, "MG")
            tomo = dev[2] == "ho" or (self.p(0.4) and dev[2] in ("si", "ge", "fu"))
            screen = self.p(0.75)
            if screen:
                sd = {"us": "MAMMO SCREENING BILATERAL W TOMO" if tomo else "MAMMO SCREENING BILATERAL", "uk": "MAMMO Screening bilateral",
                      "de": "Mammographie-Screening bds.", "fr": "MAMMOGRAPHIE BILATERALE DE DEPISTAGE", "es": "MAMOGRAFIA BILATERAL CRIBADO",
                      "jp": "マンモグラフィ 両側"}[site]
                sides = "RL"
            else:
                s1 = self.pick("LR")
                sd = sdesc(site, "MG", "breast", s1, extra={"us": "DIAGNOSTIC", "uk": "symptomatic", "de": "kurativ"}.get(site, ""))
                sides = s1
            ser = []
            for s in sides:
                for v in ("CC", "MLO"):
                    for kind in (("2D", "TOMO") if tomo else ("2D",)):
                        desc = f"{s} {v}" if kind == "2D" else f"{s} {v} Tomosynthesis Reconstruction"
                        if kind == "2D" and dev[2] == "ho" and tomo:
                            desc = f"{s} {v} C-View"
                        kw = dict(StudyDescription=sd, SeriesDescription=desc, BodyPartExamined="BREAST", ImageLaterality=s, ViewPosition=v,
                                  SOPClassUID=SOP["BTO" if kind == "TOMO" else "MG"],
                                  ImageType=["DERIVED", "PRIMARY", "TOMOSYNTHESIS"] if kind == "TOMO" else ["ORIGINAL", "PRIMARY"],
                                  NumberOfFrames=self.pick([54, 61, 70]) if kind == "TOMO" else None)
                        if self.p(0.5):
                            kw["AnatomicRegionSequence"] = [{"CodeValue": "76752008", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Breast"}]
                        if self.p(0.2):
                            kw["SeriesDescription"] = None
                        ser.append((self.meta("MG", dev, **kw), ["BREAST"], s, f"{s} {v} mammogram view; side from ImageLaterality"))
            self.emit_study(sd, ser, f"{site}:mammo", k=self.pick([1, 2]))

    # -- nuclear medicine and PET ------------------------------------------------
    def nm(self, site, n):
        start = len(self.rows)
        while len(self.rows) - start < n:
            kind = self.pick(["bone", "bone", "pet", "pet", "pet", "mpi", "thyroid", "renal", "vq", "petbrain"])
            if kind == "pet":
                self.petct(site, group=f"{site}:nm-pet", bp=self.pick(["WHOLEBODY", "WHOLEBODY", None]))
                continue
            dev = self.dev(site, "NM")
            if kind == "bone":
                sd = {"us": "NM BONE SCAN WHOLE BODY", "uk": "NM Bone scan whole body", "de": "Skelettszintigraphie Ganzkörper",
                      "fr": "SCINTIGRAPHIE OSSEUSE CORPS ENTIER", "es": "GAMMAGRAFIA OSEA CUERPO ENTERO", "jp": "骨シンチグラフィ 全身"}[site]
                ser = [(self.meta("NM", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["WHOLEBODY", None, "BONE"]),
                                  ImageType=["ORIGINAL", "PRIMARY", "WHOLE BODY", "EMISSION"]), WB, None, "whole-body bone scan")
                       for d in ("WB ANT/POST", "Whole Body", "WB 12cm/min")[:2]]
                ser.append((self.meta("NM", dev, StudyDescription=sd, SeriesDescription="Spot Thorax ANT", ImageType=["ORIGINAL", "PRIMARY", "STATIC"]),
                            ["CHEST"], None, "static spot view of the thorax"))
            elif kind == "mpi":
                sd = {"us": "NM MYOCARDIAL PERFUSION SPECT REST/STRESS", "uk": "NM Myocardial perfusion", "de": "Myokardszintigraphie",
                      "fr": "SCINTIGRAPHIE MYOCARDIQUE", "es": "GAMMAGRAFIA DE PERFUSION MIOCARDICA", "jp": "心筋シンチ"}[site]
                ser = [(self.meta("NM", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["HEART", "CHEST", None]),
                                  ImageType=["ORIGINAL", "PRIMARY", "TOMO", "EMISSION"]), ["CHEST"], None, "myocardial perfusion: heart -> CHEST")
                       for d in ("STRESS", "REST", "Gated SPECT")]
            elif kind == "thyroid":
                sd = {"us": "NM THYROID SCAN", "uk": "NM Thyroid", "de": "Schilddrüsenszintigraphie", "fr": "SCINTIGRAPHIE THYROIDIENNE",
                      "es": "GAMMAGRAFIA TIROIDEA", "jp": "甲状腺シンチ"}[site]
                ser = [(self.meta("NM", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["THYROID", None]),
                                  ImageType=["ORIGINAL", "PRIMARY", "STATIC", "EMISSION"]), ["NECK"], None, "thyroid scan -> NECK")
                       for d in ("Thyroid ANT", "Pinhole")]
            elif kind == "renal":
                sd = {"us": "NM RENAL SCAN MAG3", "uk": "NM MAG3 renogram", "de": "Nierenfunktionsszintigraphie MAG3", "fr": "SCINTIGRAPHIE RENALE MAG3",
                      "es": "RENOGRAMA ISOTOPICO MAG3", "jp": "腎シンチ MAG3"}[site]
                ser = [(self.meta("NM", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["KIDNEY", "ABDOMEN", None]),
                                  ImageType=["ORIGINAL", "PRIMARY", "DYNAMIC", "EMISSION"]), ["ABDOMEN"], None, "renogram: kidneys -> ABDOMEN")
                       for d in ("Dynamic POST", "Renogram curves")]
            elif kind == "vq":
                sd = {"us": "NM LUNG VENTILATION PERFUSION", "uk": "NM V/Q scan", "de": "Lungenszintigraphie Ventilation/Perfusion",
                      "fr": "SCINTIGRAPHIE PULMONAIRE V/P", "es": "GAMMAGRAFIA PULMONAR V/Q", "jp": "肺換気血流シンチ"}[site]
                ser = [(self.meta("NM", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["LUNG", "CHEST", None]),
                                  ImageType=["ORIGINAL", "PRIMARY", "STATIC", "EMISSION"]), ["CHEST"], None, "lung V/Q -> CHEST")
                       for d in ("Perfusion 8 views", "Ventilation 8 views", "Q SPECT")]
            else:
                dev = self.dev(site, "PT")
                sd = {"us": "PET BRAIN FDG", "uk": "PET-CT Brain FDG", "de": "FDG-PET Hirn", "fr": "TEP CEREBRALE FDG", "es": "PET-TC CEREBRAL FDG",
                      "jp": "脳FDG-PET"}[site]
                ser = [(self.meta("PT", dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick(["BRAIN", "HEAD", None]),
                                  ImageType=["ORIGINAL", "PRIMARY"]), ["HEAD"], None, "brain FDG PET")
                       for d in ("PET Brain AC", "PET Brain NAC")]
                ser.append((self.meta("CT", dev, StudyDescription=sd, SeriesDescription="CT Brain AC", BodyPartExamined=self.pick(["BRAIN", "HEAD", None]),
                                      ImageType=["ORIGINAL", "PRIMARY", "AXIAL"]), ["HEAD"], None, "low-dose CT for attenuation of the brain PET"))
            self.emit_study(sd, ser, f"{site}:nm-pet", k=self.pick([1, 2]))

    def petct(self, site, group, bp, tracer=None, k=None, why_extra=""):
        dev = self.dev(site, "PT")
        tracer = tracer or self.pick(["FDG", "FDG", "PSMA", "DOTATATE"])
        sd = {"us": f"PET CT {tracer} SKULL BASE TO MID THIGH", "uk": f"PET-CT {tracer} half body", "de": f"{tracer}-PET/CT Ganzkörper",
              "fr": f"TEP-TDM {tracer} CORPS ENTIER", "es": f"PET-TC {tracer} CUERPO ENTERO", "jp": f"{tracer}-PET/CT 全身"}[site]
        ser = [
            (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Topogram" if dev[2] == "si" else "Scout", BodyPartExamined=bp,
                       ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"]), WB, None, "scout of a whole-body PET/CT"),
            (self.meta("CT", dev, StudyDescription=sd, SeriesDescription=self.pick(["CT WB 3.75mm", "CT AC 5.0 B19f", "CTAC 3.75 Thick"]),
                       BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY", "AXIAL"], SliceThickness=3.75), WB, None, "CT part of whole-body PET/CT"),
            (self.meta("PT", dev, StudyDescription=sd, SeriesDescription=self.pick(["PET WB AC", "PET AC 3D", "WB QCFX 2i/24s"]),
                       BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY"]), WB, None, "attenuation-corrected whole-body PET"),
            (self.meta("PT", dev, StudyDescription=sd, SeriesDescription="PET WB NAC", BodyPartExamined=bp,
                       ImageType=["ORIGINAL", "PRIMARY"]), WB, None, "non-corrected whole-body PET"),
            (self.meta("PT", dev, StudyDescription=sd, SeriesDescription="MIP", BodyPartExamined=bp,
                       ImageType=["DERIVED", "SECONDARY", "MIP"]), WB, None, "MIP of the whole-body PET"),
            (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Dose Report", ImageType=["DERIVED", "SECONDARY", "OTHER"],
                       SOPClassUID=SOP["SC"]), [], None, "dose page: text, no anatomy"),
        ]
        ser = [(m, l, s, w + why_extra if l else w) for m, l, s, w in ser]
        self.emit_study(sd, ser, group, k=k or self.pick([1, 2]))

    # -- fluoroscopy and angiography -------------------------------------------
    def fluoro(self, site, n):
        menu = {
            "hsg": (["PELVIS"], "hysterosalpingography: uterus -> PELVIS", None,
                    {"us": "FL HYSTEROSALPINGOGRAM", "uk": "FL HSG", "de": "Hysterosalpingographie", "fr": "HYSTEROSALPINGOGRAPHIE", "es": "HISTEROSALPINGOGRAFIA", "jp": "子宮卵管造影"}),
            "vcug": (["PELVIS"], "voiding cystourethrogram: bladder -> PELVIS", None,
                     {"us": "FL VCUG", "uk": "FL MCUG", "de": "MCU Miktionszysturethrographie", "fr": "CYSTOGRAPHIE RETROGRADE", "es": "CISTOGRAFIA MICCIONAL", "jp": "排尿時膀胱尿道造影"}),
            "enema": (AP, "contrast enema of the colon -> ABDOMEN+PELVIS", None,
                      {"us": "FL BARIUM ENEMA", "uk": "FL Contrast enema", "de": "Kolonkontrasteinlauf", "fr": "LAVEMENT OPAQUE", "es": "ENEMA OPACO", "jp": "注腸造影"}),
            "ercp": (["ABDOMEN"], "ERCP: bile ducts and pancreas -> ABDOMEN", None,
                     {"us": "FL ERCP", "uk": "FL ERCP", "de": "ERCP", "fr": "CPRE", "es": "CPRE", "jp": "ERCP"}),
            "coro": (["CHEST"], "coronary angiography: heart -> CHEST", None,
                     {"us": "CARDIAC CATH LEFT HEART CORONARY ANGIO", "uk": "Coronary angiogram", "de": "Koronarangiographie", "fr": "CORONAROGRAPHIE",
                      "es": "CORONARIOGRAFIA", "jp": "冠動脈造影"}),
            "cereb": (["HEAD"], "cerebral DSA -> HEAD", None,
                      {"us": "IR CEREBRAL ANGIOGRAM", "uk": "IR Cerebral angiogram", "de": "DSA zerebral", "fr": "ARTERIOGRAPHIE CEREBRALE", "es": "ARTERIOGRAFIA CEREBRAL", "jp": "脳血管造影"}),
            "tace": (["ABDOMEN"], "hepatic chemoembolisation -> ABDOMEN", None,
                     {"us": "IR TACE LIVER", "uk": "IR TACE", "de": "TACE Leber", "fr": "CHIMIOEMBOLISATION HEPATIQUE", "es": "QUIMIOEMBOLIZACION HEPATICA", "jp": "肝動脈化学塞栓術"}),
            "picc": (["CHEST"], "PICC line placement: tip in the chest", None,
                     {"us": "IR PICC PLACEMENT", "uk": "IR PICC insertion", "de": "PICC-Anlage", "fr": "POSE DE PICC LINE", "es": "COLOCACION PICC", "jp": "PICC留置"}),
            "myelo": (["LSPINE"], "lumbar myelography -> LSPINE", None,
                      {"us": "FL MYELOGRAM LUMBAR", "uk": "FL Lumbar myelogram", "de": "Myelographie LWS", "fr": "SACCORADICULOGRAPHIE", "es": "MIELOGRAFIA LUMBAR", "jp": "腰椎ミエログラフィ"}),
        }
        start = len(self.rows)
        keys = list(menu)
        while len(self.rows) - start < n:
            key = self.pick(keys)
            labels, why, _, sds = menu[key]
            mod = "XA" if key in ("coro", "cereb", "tace", "picc") else "RF"
            dev = self.dev(site, mod)
            sd = sds[site]
            ser = [(self.meta(mod, dev, StudyDescription=sd, SeriesDescription=self.pick(["", "Fluoro", "DSA 2 F/s", "Run 1", "Exposure"]),
                              BodyPartExamined=self.pick([None, None, C.get({"ercp": "abd", "myelo": "lspine"}.get(key, "abd"))[2], "OTHER"])
                              if key in ("ercp", "myelo", "enema") else self.pick([None, None, "OTHER"]),
                              ImageType=["ORIGINAL", "PRIMARY", "SINGLE PLANE"], NumberOfFrames=self.pick([1, 12, 48])),
                    labels, None, why)]
            ser.append((self.meta("SR" if mod == "XA" else mod, dev, StudyDescription=sd, SeriesDescription="Radiation Dose Information",
                                  SOPClassUID=SOP["DOSE"] if mod == "XA" else SOP["SC"]), [], None, "radiation dose record: no anatomy"))
            self.emit_study(sd, ser, f"{site}:fluoro-angio", k=1)
        # an intraoperative C-arm image of a limb
        conc, lat = self.pick(["ankle", "hip", "wrist", "femur"]), self.pick("LR")
        dev = self.dev(site, "RF")
        sd = sdesc(site, "RF", conc, lat, extra={"us": "INTRAOP", "uk": "theatre", "de": "intraop. BV", "fr": "PEROPERATOIRE", "es": "INTRAOPERATORIO", "jp": "術中"}[site])
        self.emit(self.meta("RF", dev, StudyDescription=sd, SeriesDescription=self.pick(["", "Fluoro"]), ImageType=["ORIGINAL", "PRIMARY"]),
                  C[conc][0], lat, f"intraoperative fluoroscopy of {name('us', conc).lower()}, side from description", f"{site}:fluoro-angio")

    def dental(self, site, n):
        start = len(self.rows)
        while len(self.rows) - start < n:
            kind = self.pick(["IO", "PX", "PX"])
            dkey = "IO" if kind == "IO" and "IO" in DEV[site] else "PX"
            dev = self.pick(DEV[site].get(dkey) or DEV[site]["IO"])
            if kind == "IO":
                sd = {"us": "DENTAL BITEWINGS", "es": "RX INTRAORAL ALETAS DE MORDIDA"}.get(site, "Intraoral")
                m = self.meta("IO", dev, StudyDescription=sd, SeriesDescription=self.pick(["Bitewing R", "BW", ""]), SOPClassUID=SOP["IO"],
                              ImageType=["ORIGINAL", "PRIMARY"], Rows=1324, Columns=1024, PixelSpacing=[0.019, 0.019])
                self.emit(m, ["HEAD"], None, "intraoral dental radiograph: teeth/jaw -> HEAD", f"{site}:dental")
            else:
                sd = {"us": "DENTAL PANORAMIC", "uk": "XR OPG", "es": "ORTOPANTOMOGRAFIA"}.get(site, "OPG")
                m = self.meta("PX", dev, StudyDescription=sd, SeriesDescription=self.pick(["Panoramic", "PAN", ""]), SOPClassUID=SOP["PX"],
                              ImageType=["ORIGINAL", "PRIMARY"], BodyPartExamined=self.pick([None, "JAW", "HEAD"]))
                self.emit(m, ["HEAD"], None, "panoramic dental radiograph: jaws and teeth -> HEAD", f"{site}:dental")

    # -- the hard cases of the issue -------------------------------------------
    def hard(self):
        # 1. neuro MR with only sequence names and preop/intraop/navigation words
        for i in range(26):
            site = self.site = SITES[i % 6]
            sd = self.pick(["PREOP", "INTRAOP", "Research^Neuro", "NAVI", "preop planning", "Neuronavigation", "", "MR^Routine", "PRE-OP STEALTH",
                            "intraop MRT", "Neurochirurgie^Navigation", "IRM PER-OPERATOIRE", "RM NEURONAVEGACION", "術前ナビ"])
            seqs = {"si": ["localizer", "t1_mprage_sag_p2_iso_KM", "t2_spc_da-fl_sag_p2_iso", "ep2d_diff_3scan_trace_p2", "ep2d_diff_3scan_trace_p2_ADC",
                           "swi_tra_p2", "DTI_30dir", "ep2d_bold_moco_fingertap"],
                    "ge": ["3Plane Loc", "SAG 3D BRAVO +C", "SAG CUBE FLAIR", "AX DWI b1000", "ADC", "AX SWAN", "DTI 32dir", "BOLD motor"],
                    "ph": ["Survey", "T1W_3D_TFE +C", "3D_FLAIR", "DWI", "dADC", "SWIp", "DTI_32", "fMRI_hand"]}
            seqs["ca"] = ["Locator", "3D T1 MPRAGE +C", "3D FLAIR", "DWI b1000", "ADC map", "SWI", "DTI 30"]
            seqs["fu"] = ["Scout", "3D T1 GE +C", "3D FLAIR", "DWI", "ADC", "SWI", "DTI"]
            if "intraop" in sd.lower() or "OPERATOIRE" in sd:
                for f, v in seqs.items():
                    seqs[f] = v[:2] + [{"si": "t2_tse_tra_intraop", "ge": "AX T2 intraop"}.get(f, "T2W_TSE intraop")] + v[3:5]
            self.mr_study(site, "brain", sd=sd, bp=self.pick([None, None, None, "OTHER", "HEAD"]), proto=self.pick(["", "NAV", "Stealth", "BrainLab"]),
                          ser_names=seqs, group="hard:neuro-sequence-only", k=1 if i % 3 else 2)
        for m in self.rows:
            if m["group"] == "hard:neuro-sequence-only" and not m["why"].startswith("brain"):
                m["why"] = "brain sequences (MPRAGE/FLAIR/SWI/DTI/BOLD) in a navigation/preop study -> HEAD; " + m["why"]
        # 2. multi-region CT abbreviations and German combined exams
        abbrev = [("CT C/A/P W CONTRAST", CAP, "us"), ("CT CH/ABD/PEL W", CAP, "us"), ("CT TAP with contrast", CAP, "uk"),
                  ("CT TAP", CAP, "uk"), ("CT Thx/Abd/Bck mit KM", CAP, "de"), ("CT Teilkörper Thorax-Abdomen-Becken", CAP, "de"),
                  ("CT CAP", CAP, "uk"), ("TDM TAP INJ", CAP, "fr"), ("TC TAP C/C", CAP, "es"), ("CT 胸腹骨盤 造影", CAP, "jp"),
                  ("CT CH/ABD W", ["CHEST", "ABDOMEN"], "us"), ("CT Thorax/Abdomen KM", ["CHEST", "ABDOMEN"], "de"),
                  ("CT A/P W CONTRAST", AP, "us"), ("CT ABD/PEL WO", AP, "us"), ("CT Abd/Becken", AP, "de"), ("TDM ABDO-PELV", AP, "fr"),
                  ("CT Th/L-WS nativ", ["TSPINE", "LSPINE"], "de"), ("CT BWS/LWS", ["TSPINE", "LSPINE"], "de"),
                  ("CT HWS/BWS Trauma", ["CSPINE", "TSPINE"], "de"), ("CT HALS/THORAX KM", ["NECK", "CHEST"], "de"),
                  ("CT NECK/CHEST W", ["NECK", "CHEST"], "us"), ("CT Kopf/Hals", ["HEAD", "NECK"], "de")]
        for i, (sd, labels, site) in enumerate(abbrev + abbrev[:4]):
            self.site = site
            dev = self.dev(site, "CT")
            scout = {"ge": "Scout", "si": "Topogramm  0.6  T20s" if site == "de" else "Topogram  0.6  T20s", "ph": "Surview", "ca": "Scanogram", "fu": "Scanogram"}[dev[2]]
            bp = self.pick([labels[0], None, "OTHER", {"CHEST": "THORAX"}.get(labels[0], labels[0])])
            ser = [(self.meta("CT", dev, StudyDescription=sd, SeriesDescription=scout, BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"]),
                    labels, None, f"scout of '{sd}': abbreviation spelled out per spec"),
                   (self.meta("CT", dev, StudyDescription=sd, SeriesDescription=self.pick(["Recon 2", "5mm STND", "iDose 3", "3.0 I30f 3", "Body 5.0"]),
                              BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY", "AXIAL"], SliceThickness=3.0), labels, None,
                    f"generic recon of '{sd}'; abbreviation spelled out per spec"),
                   (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="MPR COR", BodyPartExamined=bp, ImageType=["DERIVED", "SECONDARY", "MPR"]),
                    labels, None, f"reformat of '{sd}'")]
            if labels == ["TSPINE", "LSPINE"] or labels == ["CSPINE", "TSPINE"]:
                ws = {"TSPINE": "BWS sag 2.0", "LSPINE": "LWS sag 2.0", "CSPINE": "HWS sag 2.0"}
                for l in labels:
                    ser.append((self.meta("CT", dev, StudyDescription=sd, SeriesDescription=ws[l], BodyPartExamined=bp,
                                          ImageType=["DERIVED", "SECONDARY", "MPR"]), [l], None, f"{ws[l][:3]} = {l} segment reformat"))
            self.emit_study(sd, ser, "hard:multi-region-ct", k=1)
        # Teilkörper: study says only 'partial body'; series name the regions
        self.site = "de"
        for i in range(4):
            sd = self.pick(["CT Teilkörper", "CT Teilkörper mit KM", "Teilkörper^Polytrauma"])
            dev = self.dev("de", "CT")
            ser = [(self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Topogramm  0.6  T20s", ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"]),
                    CAP, None, "Teilkörper scout planning the thorax and abdomen/pelvis recons"),
                   (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Thorax 1.5 Br40 3", ImageType=["ORIGINAL", "PRIMARY", "AXIAL"]),
                    ["CHEST"], None, "recon named Thorax"),
                   (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Abdomen/Becken 3.0 Br36 3", ImageType=["ORIGINAL", "PRIMARY", "AXIAL"]),
                    AP, None, "recon named Abdomen/Becken"),
                   (self.meta("CT", dev, StudyDescription=sd, SeriesDescription="Patient Protocol", ImageType=["DERIVED", "SECONDARY", "OTHER"],
                              SOPClassUID=SOP["SC"]), [], None, "dose page: no anatomy")]
            self.emit_study(sd, ser, "hard:multi-region-ct", k=2)
        # 3. whole-body PET/CT whose BodyPartExamined names one region
        for i in range(10):
            bp = self.pick(["ABDOMEN", "LUNG", "CHEST", "PELVIS", "HEAD"])
            self.site = SITES[i % 6]
            self.petct(SITES[i % 6], "hard:wholebody-pet-one-region", bp, k=2,
                       why_extra=f"; BodyPartExamined '{bp}' is one region but the exam is skull base to thigh")
        # 4. abdomen vs abdomen+pelvis
        pairs = [("CT ABDOMEN W CONTRAST", ["ABDOMEN"], "us", "abdomen only"), ("CT ABDOMEN PELVIS W CONTRAST", AP, "us", "abdomen and pelvis"),
                 ("CT Abdomen", ["ABDOMEN"], "uk", "abdomen only named"), ("CT Abdomen and Pelvis", AP, "uk", "abdomen and pelvis"),
                 ("CT Oberbauch", ["ABDOMEN"], "de", "Oberbauch = upper abdomen"), ("CT Abdomen/Becken mit KM", AP, "de", "Abdomen/Becken"),
                 ("TDM ABDOMINALE", ["ABDOMEN"], "fr", "abdominal only"), ("TDM ABDOMINO-PELVIENNE", AP, "fr", "abdomino-pelvic"),
                 ("TC ABDOMEN SUPERIOR", ["ABDOMEN"], "es", "upper abdomen"), ("TC ABDOMEN Y PELVIS", AP, "es", "abdomen y pelvis"),
                 ("CT 上腹部 造影", ["ABDOMEN"], "jp", "上腹部 = upper abdomen"), ("CT 腹部骨盤 造影", AP, "jp", "腹部骨盤 = abdomen+pelvis"),
                 ("MRI ABDOMEN WO W", ["ABDOMEN"], "us", "MR abdomen"), ("MRT Oberbauch", ["ABDOMEN"], "de", "Oberbauch = upper abdomen"),
                 ("CT Abdomen Pelvis Liver Triple Phase", AP, "us", "abdomen pelvis named; liver phases")]
        for i, (sd, labels, site, why) in enumerate(pairs + pairs[:7]):
            mod = "MR" if sd.startswith(("MRI", "MRT")) else "CT"
            dev = self.dev(site, mod)
            bp = self.pick(["ABDOMEN", "ABDOMEN", None, "ABDOMENPELVIS" if len(labels) == 2 else "ABDOMEN"])
            self.site = site
            if mod == "CT":
                descs = {"ge": ["Recon 2", "5mm STND", "PV 5mm", "COR 3x3"], "si": ["Abdomen 3.0 Br36 3", "Portal venous 5.0 Br40", "Recon 2", "cor 3.0 Br36"],
                         "ph": ["iDose 3", "Portal venous", "Body 2mm", "MPR COR"], "ca": ["Body 5.0 FC08", "PV 5.0", "MPR COR", "Recon 2"],
                         "fu": ["Body 5mm", "PV 5mm", "MPR COR", "Recon 2"]}[dev[2]]
            else:
                descs = self.SEQ["liver"][dev[2] if dev[2] in ("si", "ge", "ph", "ca", "fu") else "si"][1:]
            ser = [(self.meta(mod, dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=bp,
                              ImageType=(["DERIVED", "SECONDARY", "MPR"] if "cor" in d.lower() else ["ORIGINAL", "PRIMARY", "AXIAL"]) if mod == "CT" else ["ORIGINAL", "PRIMARY", "M"]),
                    labels, None, f"{why}; BodyPartExamined ABDOMEN does not decide the pelvis") for d in self.r.sample(descs, 3)]
            self.emit_study(sd, ser, "hard:abdomen-vs-abdomen-pelvis", k=1)
        # 5. phantoms and QA (empty set)
        qa = [("CT", "QA Daily", "Water Phantom 5mm", "PHANTOM"), ("CT", "CATPHAN 600", "Catphan Axial", None), ("CT", "ACR CT Phantom", "Module 1", "QA"),
              ("MR", "ACR MRI Phantom", "ACR T1 SAG", "PHANTOM"), ("MR", "QA^Weekly", "Head Phantom SNR", "HEAD"), ("MR", "Daily QA", "t1_se_tra_phantom", None),
              ("MG", "QC Mammo", "Flat Field", "BREAST"), ("MG", "ACR Mammo Phantom", "Phantom CC", "BREAST"), ("NM", "QC Uniformity", "Intrinsic Flood", None),
              ("NM", "Daily QC", "Extrinsic Flood Co-57", None), ("PT", "PET QC Daily", "Ge-68 Cylinder", None), ("DX", "QC Detector", "Flat Field Calibration", None),
              ("US", "QA Phantom", "CIRS 040GSE", None), ("CT", "Konstanzprüfung", "Wasserphantom", None), ("MR", "Qualitätskontrolle", "Phantom SNR", None),
              ("CT", "CONTROLE QUALITE", "FANTOME EAU", None), ("CT", "QA HEAD PHANTOM", "Head 5mm", "HEAD"), ("CR", "DQE test", "Exposure index test", "CHEST"),
              ("MR", "Shim^Phantom", "localizer", None), ("CT", "Calibration", "Air Scan", None), ("MG", "Mammo QC", "SDNR", None), ("MR", "ファントム QA", "SNR", None)]
        for i, (mod, sd, desc, bp) in enumerate(qa):
            site = self.site = SITES[i % 6]
            dev = self.dev(site, {"CR": "XR", "DX": "XR"}.get(mod, mod))
            why = "phantom/QA acquisition: no patient anatomy" + (f" (BodyPartExamined '{bp}' is the phantom's preset)" if bp else "")
            self.emit(self.meta(mod, dev, StudyDescription=sd, SeriesDescription=desc, BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY"]),
                      [], None, why, "hard:phantom-qa")
        # 6. vascular ultrasound and angiography of the leg
        ven = [("US VENOUS DUPLEX LOWER EXTREMITY LEFT", "L", "us"), ("US VENOUS DUPLEX LOWER EXTREMITY RIGHT", "R", "us"),
               ("US Doppler leg veins Rt (DVT)", "R", "uk"), ("US Lower limb veins Lt", "L", "uk"), ("Duplex Beinvenen li.", "L", "de"),
               ("Duplex Beinvenen re. TVT-Ausschluss", "R", "de"), ("ECHO-DOPPLER VEINEUX MEMBRE INFERIEUR DROIT", "R", "fr"),
               ("ECHO-DOPPLER VEINEUX MEMBRES INFERIEURS", "B", "fr"), ("ECO DOPPLER VENOSO MIEMBRO INFERIOR IZQUIERDO", "L", "es"),
               ("下肢静脈エコー 両側", "B", "jp"), ("US ARTERIAL DUPLEX LOWER EXTREMITY BILATERAL", "B", "us"), ("Duplex Beinarterien bds.", "B", "de")]
        for sd, lat, site in ven:
            self.site = site
            dev = self.dev(site, "US")
            art = "ARTERIAL" in sd.upper() or "ARTERIEN" in sd.upper()
            m = self.meta("US", dev, StudyDescription=sd, SeriesDescription=self.pick(["", "Art LE", "LE Arterial"] if art else ["", "Venous", "LE Venous"]),
                          BodyPartExamined=self.pick([None, "EXTREMITY", "LEG", "VASCULAR"]), Laterality=lat if lat != "B" and self.p(0.4) else None,
                          ImageType=["ORIGINAL", "PRIMARY", "VASCULAR"])
            self.emit(m, VEN_LEG, lat, "lower-limb duplex, groin to calf: THIGH+KNEE+LEG, side from description", "hard:vascular-leg")
        self.site = "us"
        pop = self.meta("US", self.dev("us", "US"), StudyDescription="US POPLITEAL FOSSA RIGHT", SeriesDescription="Baker cyst?",
                        BodyPartExamined="KNEE", ImageType=["ORIGINAL", "PRIMARY"])
        self.emit(pop, ["KNEE"], "R", "popliteal fossa scan: KNEE right", "hard:vascular-leg")
        angio = [("IR ANGIO LOWER EXTREMITY RUNOFF BILATERAL", RUNOFF, "B", "us", "aorto-iliac runoff to the feet"),
                 ("CTA RUNOFF ABDOMINAL AORTA AND BILATERAL LOWER EXTREMITY", RUNOFF, "B", "us", "CTA runoff: aorta to feet"),
                 ("DSA Becken-Bein-Angiographie li.", ["PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "L", "de", "pelvis-leg DSA, left"),
                 ("PTA A. femoralis superficialis re.", ["THIGH"], "R", "de", "SFA angioplasty: thigh, right"),
                 ("ARTERIOGRAPHIE MEMBRE INFERIEUR GAUCHE", ["HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "L", "fr", "whole left lower limb arteriography"),
                 ("IR Angioplasty popliteal/tibial Lt", ["KNEE", "LEG"], "L", "uk", "popliteal and crural vessels: knee and leg"),
                 ("ANGIOGRAFIA MIEMBRO INFERIOR DERECHO", ["HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "R", "es", "whole right lower limb angiography"),
                 ("下肢血管造影 右 膝下", ["LEG", "ANKLE", "FOOT"], "R", "jp", "below-knee right (膝下)")]
        for sd, labels, lat, site, why in angio:
            self.site = site
            mod = "CT" if sd.startswith("CTA") else "XA"
            dev = self.dev(site, mod)
            ser = [(self.meta(mod, dev, StudyDescription=sd, SeriesDescription=d, BodyPartExamined=self.pick([None, "LEG", "EXTREMITY", "ABDOMEN"]),
                              ImageType=["ORIGINAL", "PRIMARY", "SINGLE PLANE" if mod == "XA" else "AXIAL"]), labels, lat, why)
                   for d in (["Scout", "CTA 1.25mm", "MIP COR", "Dose Report"] if mod == "CT" else ["DSA 2 F/s", "Stepping table", "Run 3", "Roadmap"])]
            ser = [(m, [] if "Dose" in m.get("SeriesDescription", "") else l, None if "Dose" in m.get("SeriesDescription", "") else s,
                    "dose page: no anatomy" if "Dose" in m.get("SeriesDescription", "") else w) for m, l, s, w in ser]
            self.emit_study(sd, ser, "hard:vascular-leg", k=2)
        # 7. bilateral breast MR
        bsd = [("MRI BREAST BILATERAL WO W CONTRAST", "us"), ("MRI Breasts", "uk"), ("MRT Mamma bds. nativ + KM", "de"), ("IRM MAMMAIRE BILATERALE", "fr"),
               ("RM DE MAMA BILATERAL", "es"), ("乳腺MRI 両側", "jp"), ("MR BREAST HIGH RISK SCREENING", "us"), ("MRT Mamma", "de")]
        for i, (sd, site) in enumerate(bsd + bsd[:4]):
            self.site = site
            seqs = {"si": ["localizer", "t1_fl3d_tra_dyn_pre", "t1_fl3d_tra_dyn_post1", "t2_tse_tra", "ep2d_diff_tra", "SUB1", "MIP_SUB"],
                    "ge": ["3Plane Loc", "AX VIBRANT MPH", "AX T2 FSE FS", "AX DWI b800", "SUB 1", "MIP"],
                    "ph": ["Survey", "DYN_eTHRIVE", "T2W_TSE_TRA", "DWI", "Sub 1-0", "MIP"],
                    "ca": ["Locator", "3D T1 DYN", "T2 FS AX", "DWI b800", "SUB 1", "MIP"],
                    "fu": ["Scout", "T1 3D DYN", "T2W FS AX", "DWI", "SUB", "MIP"]}
            self.mr_study(site, "breast", lat="B", sd=sd, bp=self.pick(["BREAST", "BREAST", None, "CHEST"]), proto=self.pick(["Mamma", "BREAST BIL", ""]),
                          ser_names=seqs, group="hard:breast-mr-bilateral", k=1, labels=["BREAST"])
        for r in self.rows:
            if r["group"] == "hard:breast-mr-bilateral" and not r["why"].startswith("axial"):
                r["why"] = "axial bilateral breast MR shows both breasts -> B; " + r["why"]
        # 8. BodyPartExamined wrong (protocol reused) or the only anatomy word
        wrong = [("MR", "MRI KNEE LEFT WO", "COR PD FS", "LSPINE", ["KNEE"], "L", "us:study and sequence say knee; BodyPartExamined left from a spine protocol"),
                 ("CT", "CT HEAD WO CONTRAST", "5mm Brain", "CHEST", ["HEAD"], None, "us:head CT; BodyPartExamined CHEST from a reused protocol"),
                 ("MR", "MRT LWS nativ", "t2_tse_sag", "HEAD", ["LSPINE"], None, "de:LWS = lumbar spine; BodyPartExamined HEAD is a default"),
                 ("CT", "CT Thorax mit KM", "Thorax 1.0 Br40", "ABDOMEN", ["CHEST"], None, "de:thorax named twice; BodyPartExamined ABDOMEN wrong"),
                 ("DX", "XR ANKLE RIGHT 3 VIEWS", "ANKLE AP", "KNEE", ["ANKLE"], "R", "us:ankle named; BodyPartExamined KNEE from previous exam"),
                 ("MR", "IRM EPAULE DROITE", "pd_tse_fs_cor", "KNEE", ["SHOULDER"], "R", "fr:épaule = shoulder; BodyPartExamined KNEE reused coil preset"),
                 ("CT", "TC CRANEO SIN CONTRASTE", "Cerebro 5mm", "ABDOMEN", ["HEAD"], None, "es:cráneo = head; BodyPartExamined wrong"),
                 ("MR", "MRI Prostate mpMRI", "t2_tse_tra", "ABDOMEN", ["PELVIS"], None, "uk:prostate -> PELVIS; BodyPartExamined ABDOMEN coarse/wrong")]
        for mod, sd, desc, bp, labels, lat, why in wrong:
            site, why = why.split(":", 1)
            self.site = site
            dev = self.dev(site, {"DX": "XR"}.get(mod, mod))
            self.emit(self.meta(mod, dev, StudyDescription=sd, SeriesDescription=desc, BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY"]),
                      labels, lat, why, "hard:bodypart-wrong")
        only = [("CR", "HAND", None, ["HAND"]), ("DX", "CHEST", None, ["CHEST"]), ("CR", "SKULL", None, ["HEAD"]), ("DX", "LSPINE", None, ["LSPINE"]),
                ("CT", "HEAD", None, ["HEAD"]), ("MR", "KNEE", None, ["KNEE"]), ("CR", "PELVIS", None, ["PELVIS"]), ("DX", "FOOT", None, ["FOOT"]),
                ("CT", "ABDOMEN", None, ["ABDOMEN"]), ("MR", "CSPINE", None, ["CSPINE"]), ("CR", "ELBOW", None, ["ELBOW"]), ("US", "THYROID", None, ["NECK"])]
        for i, (mod, bp, _, labels) in enumerate(only):
            site = self.site = SITES[i % 6]
            dev = self.dev(site, {"CR": "XR", "DX": "XR"}.get(mod, mod))
            self.emit(self.meta(mod, dev, StudyDescription=self.pick(["", "ROUTINE", "Exam", "Untersuchung"]), SeriesDescription=self.pick(["", "Series 1", "1"]),
                                BodyPartExamined=bp, ImageType=["ORIGINAL", "PRIMARY"]),
                      labels, None, f"only BodyPartExamined '{bp}' names anatomy and nothing contradicts it", "hard:bodypart-only")


def build():
    g = Gen(SEED)
    # rows per site per family; the academic centre and the German university hospital are the largest
    scale = {"us": 1.25, "uk": 1.0, "de": 1.15, "fr": 0.9, "es": 0.75, "jp": 0.85}
    base = {"radiography": 52, "ct": 36, "mr": 28, "us": 17, "mammo": 10, "nm": 6, "fluoro": 4, "dental": 2}
    for site in SITES:
        g.site = site
        s = scale[site]
        g.radiography(site, round(base["radiography"] * s))
        g.ct(site, round(base["ct"] * s))
        g.mr(site, round(base["mr"] * s))
        g.us(site, round(base["us"] * s))
        g.mg(site, round(base["mammo"] * s))
        g.nm(site, round(base["nm"] * s))
        g.fluoro(site, round(base["fluoro"] * s))
        if site in ("us", "uk", "es"):
            g.dental(site, round(base["dental"] * s * 2))
    g.hard()
    return g.rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed file is byte-identical")
    ap.add_argument("--stats", action="store_true", help="print counts per stratum, site and modality")
    a = ap.parse_args(argv)
    text = render()
    if a.stats:
        rows = [json.loads(x) for x in text.splitlines()]
        print("rows", len(rows), "with study context", sum("study" in r for r in rows))
        for k, v in sorted(Counter(r["group"] for r in rows).items()):
            print(f"{k:40s} {v}")
        print(sorted(Counter(r["meta"]["Modality"] for r in rows).items()))
        print(sorted(Counter(r["laterality"] for r in rows).items(), key=str))
        return 0
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from the generator output", file=sys.stderr)
            return 1
        print("ok")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
