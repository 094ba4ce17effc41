#!/usr/bin/env python3
"""Blind clinical anatomy set 9: an imaging core lab for multi-centre clinical trials and research
cohorts, and the academic hospital it sits in.

Writes tests/anatomy/data/clinical_set_9.jsonl: one row per series, labelled by what the series
images in its study, per the shared anatomy spec (region codes, laterality for limbs and breast
only, the empty set for series that show no anatomy). Standard library only, fixed seed.

    python build.py            write the file
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print the counts
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 20909
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_9.jsonl"
LO, HI = 900, 1000

# ------------------------------------------------------------------------------- label constants
ORDER = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST", "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG",
         "ANKLE", "FOOT"]
SIDED = {"BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE",
         "LEG", "ANKLE", "FOOT"}
HD, NK, CH, AB, PV = ("HEAD",), ("NECK",), ("CHEST",), ("ABDOMEN",), ("PELVIS",)
HN = ("HEAD", "NECK")
CAP = ("CHEST", "ABDOMEN", "PELVIS")
NCAP = ("NECK", "CHEST", "ABDOMEN", "PELVIS")
AP = ("ABDOMEN", "PELVIS")
WB = ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS")
SPINE = ("CSPINE", "TSPINE", "LSPINE")
BR = ("BREAST",)
NONE = ()

# SOP classes
CT_S = "1.2.840.10008.5.1.4.1.1.2"
ECT_S = "1.2.840.10008.5.1.4.1.1.2.1"
MR_S = "1.2.840.10008.5.1.4.1.1.4"
EMR_S = "1.2.840.10008.5.1.4.1.1.4.1"
PET_S = "1.2.840.10008.5.1.4.1.1.128"
NM_S = "1.2.840.10008.5.1.4.1.1.20"
CR_S = "1.2.840.10008.5.1.4.1.1.1"
DX_S = "1.2.840.10008.5.1.4.1.1.1.1"
MG_S = "1.2.840.10008.5.1.4.1.1.1.2"
BTO_S = "1.2.840.10008.5.1.4.1.1.13.1.3"
US_S = "1.2.840.10008.5.1.4.1.1.6.1"
USMF_S = "1.2.840.10008.5.1.4.1.1.3.1"
XA_S = "1.2.840.10008.5.1.4.1.1.12.1"
RF_S = "1.2.840.10008.5.1.4.1.1.12.2"
SC_S = "1.2.840.10008.5.1.4.1.1.7"
PMAP_S = "1.2.840.10008.5.1.4.1.1.30"
SEG_S = "1.2.840.10008.5.1.4.1.1.66.4"
RTSTRUCT_S = "1.2.840.10008.5.1.4.1.1.481.3"
RTPLAN_S = "1.2.840.10008.5.1.4.1.1.481.5"
RTDOSE_S = "1.2.840.10008.5.1.4.1.1.481.2"
SRB_S = "1.2.840.10008.5.1.4.1.1.88.11"
SRE_S = "1.2.840.10008.5.1.4.1.1.88.22"
SRC_S = "1.2.840.10008.5.1.4.1.1.88.33"
DOSESR_S = "1.2.840.10008.5.1.4.1.1.88.67"
KO_S = "1.2.840.10008.5.1.4.1.1.88.59"
PR_S = "1.2.840.10008.5.1.4.1.1.11.1"
PDF_S = "1.2.840.10008.5.1.4.1.1.104.1"
CSA_S = "1.3.12.2.1107.5.9.1"  # Siemens CSA non-image (PhoenixZIPReport and the like)

# Image types
SPI = ["ORIGINAL", "PRIMARY", "AXIAL", "CT_SOM5 SPI"]
TOP = ["ORIGINAL", "PRIMARY", "LOCALIZER", "CT_SOM5 TOP"]
AX = ["ORIGINAL", "PRIMARY", "AXIAL"]
LOC = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
MPR = ["DERIVED", "SECONDARY", "MPR"]
REF = ["DERIVED", "SECONDARY", "REFORMATTED"]
MIP = ["DERIVED", "SECONDARY", "MIP"]
OTH = ["ORIGINAL", "PRIMARY", "OTHER"]
MRO = ["ORIGINAL", "PRIMARY", "M", "ND", "NORM"]
MRD = ["DERIVED", "PRIMARY", "M", "ND"]
ADC = ["DERIVED", "PRIMARY", "DIFFUSION", "ADC", "ND", "NORM"]
FA = ["DERIVED", "PRIMARY", "DIFFUSION", "FA", "ND", "NORM"]
TRACEW = ["DERIVED", "PRIMARY", "DIFFUSION", "TRACEW", "ND", "NORM"]
SUB = ["DERIVED", "PRIMARY", "M", "ND", "SUB"]
MOCO = ["DERIVED", "PRIMARY", "M", "MOCO"]
SCI = ["DERIVED", "SECONDARY", "OTHER"]
PRIM = ["ORIGINAL", "PRIMARY"]

# Manufacturers as the headers write them
SIE = "SIEMENS"
GE = "GE MEDICAL SYSTEMS"
PHC = "Philips"
PHM = "Philips Medical Systems"
PHH = "Philips Healthcare"
CAN = "CANON_MEC"
TOS = "TOSHIBA"
UIH = "UIH"
HOL = "HOLOGIC, Inc."
FUJ = "FUJIFILM Corporation"
CAR = "Carestream Health"
AGF = "Agfa"
SAM = "Samsung Electronics"

# Sites: country, language, what they send, how often their headers keep BodyPartExamined.
SITES = {
    "ca-hosp": dict(country="Canada (Quebec)", lang="fr", kind="the academic hospital's clinical flow", bpe=0.80),
    "corelab": dict(country="Canada (Quebec)", lang="en", kind="the core lab: phantoms and QC, travelling subjects, derived maps, reads", bpe=0.63),
    "us-onc": dict(country="United States", lang="en", kind="oncology trials: RECIST CT/MR, lymphoma PET/CT, bone scan, myeloma WB-MR", bpe=0.78),
    "br-onc": dict(country="Brazil", lang="pt", kind="oncology trials and an RA radiograph trial", bpe=0.78),
    "ar-neuro": dict(country="Argentina", lang="es", kind="MS trial MR (brain and cord), RA hand/foot radiographs", bpe=0.68),
    "de-msk": dict(country="Germany", lang="de", kind="knee OA MR and radiograph cohort, glioma trial MR, oncology CT", bpe=0.78),
    "fr-uro": dict(country="France", lang="fr", kind="prostate mpMRI trial, breast MR screening research", bpe=0.68),
    "nl-pulm": dict(country="Netherlands", lang="nl", kind="lung CT cohort (inspiration/expiration), stroke trial CT/MR", bpe=0.73),
    "pl-neuro": dict(country="Poland", lang="pl", kind="MS trial MR, osteoporosis trial spine radiographs and DXA", bpe=0.58),
    "it-cardio": dict(country="Italy", lang="it", kind="cardiac MR trial, coronary CT plaque study", bpe=0.73),
    "jp-dem": dict(country="Japan", lang="ja", kind="dementia trial MR, amyloid and tau PET, DXA", bpe=0.63),
    "cn-onc": dict(country="China", lang="zh", kind="liver and lung oncology trials, lung cohort, stroke", bpe=0.78),
    "kr-onc": dict(country="South Korea", lang="ko", kind="gastric cancer trial CT, breast MR research, knee OA MR", bpe=0.73),
    "au-paeds": dict(country="Australia", lang="en", kind="paediatric research (brain development, CF, bone age, scoliosis), knee OA cohort", bpe=0.68),
}
STRATA = ["onc", "neuro", "msk", "cardio", "pulm", "breast", "uro", "paeds", "general", "qc", "no-anatomy"]

KEY_ORDER = ["Modality", "SOPClassUID", "Manufacturer", "ManufacturerModelName", "StudyDescription",
             "RequestedProcedureDescription", "PerformedProcedureStepDescription", "ProcedureCodeSequence",
             "SeriesDescription", "ProtocolName", "BodyPartExamined", "AnatomicRegionSequence", "Laterality",
             "ImageLaterality", "ViewPosition", "PatientPosition", "ImageType", "ConvolutionKernel",
             "SliceThickness", "SequenceName", "ScanningSequence", "ContrastBolusAgent",
             "AcquisitionDeviceProcessingDescription", "PixelSpacing", "Rows", "Columns", "NumberOfFrames"]

# What a BodyPartExamined value means, used only to say in a row's `why` when the header's value
# is coarse, partial or another region's (the label never comes from it).
BPE_MEANS = {
    "HEAD": HD, "BRAIN": HD, "SKULL": HD, "NECK": NK, "CHEST": CH, "THORAX": CH, "LUNG": CH, "HEART": CH,
    "CARDIAC": CH, "ABDOMEN": AB, "LIVER": AB, "PELVIS": PV, "PROSTATE": PV, "ABDOMENPELVIS": AP,
    "ABDPELVIS": AP, "CHESTABDPELVIS": CAP, "CAP": CAP, "WHOLEBODY": WB, "WHOLE BODY": WB, "BREAST": BR,
    "CSPINE": ("CSPINE",), "TSPINE": ("TSPINE",), "LSPINE": ("LSPINE",), "WHOLESPINE": SPINE,
    "SHOULDER": ("SHOULDER",), "CLAVICLE": ("SHOULDER",), "HUMERUS": ("ARM",), "ARM": ("ARM",),
    "ELBOW": ("ELBOW",), "FOREARM": ("FOREARM",), "WRIST": ("WRIST",), "HAND": ("HAND",), "FINGER": ("HAND",),
    "HIP": ("HIP",), "FEMUR": ("THIGH",), "THIGH": ("THIGH",), "KNEE": ("KNEE",), "LEG": ("LEG",),
    "TIBIA": ("LEG",), "ANKLE": ("ANKLE",), "FOOT": ("FOOT",), "TOE": ("FOOT",), "CALCANEUS": ("FOOT",),
    "HEADNECK": HN, "CHEST_ABD_PELVIS": CAP, "ABDOMEN_PELVIS": AP, "THYROID": NK, "SINUS": HD, "ORBIT": HD, "HEAD_NECK": HN, "NECKCHESTABDPELV": NCAP,
}


def code(v, s, m):
    return [{"CodeValue": v, "CodingSchemeDesignator": s, "CodeMeaning": m}]


def S(mod, desc, labels, why, lat=None, *, own=True, w=1.0, nb=False, sidectx=False, **meta):
    """One series: its header fields, its label set and side, and why it is labelled so.
    own: the series' own text names its exam (else the row needs its study to be read);
    w: how likely the series is to be drawn as a row; nb: the study's BodyPartExamined is not
    written into it (non-image objects)."""
    m = {"Modality": mod}
    if desc is not None:
        m["SeriesDescription"] = desc
    m.update({k: v for k, v in meta.items() if v is not None})
    assert set(labels) <= set(ORDER), labels
    assert lat is None or set(labels) & SIDED, (desc, labels, lat)
    return {"meta": m, "labels": tuple(labels), "lat": lat, "why": why, "own": own, "w": w, "nb": nb, "sidectx": sidectx}


def sr(desc, why="a structured report: text, no images", sop=SRE_S, **m):
    return S("SR", desc, NONE, why, SOPClassUID=sop, w=0.3, nb=True, **m)


def dose_sr(desc="Radiation Dose Information", **m):
    return S("SR", desc, NONE, "radiation dose SR: no images", SOPClassUID=DOSESR_S, w=0.25, nb=True, **m)


def ko(desc="Key Object Selection", **m):
    return S("KO", desc, NONE, "key object selection: a list of references, no pixels", SOPClassUID=KO_S, w=0.25, nb=True, **m)


def pr(desc="Presentation State", **m):
    return S("PR", desc, NONE, "presentation state: display settings and marks, no pixels", SOPClassUID=PR_S, w=0.25, nb=True, **m)


def pdf(desc, why="an encapsulated PDF document", **m):
    return S("DOC", desc, NONE, why, SOPClassUID=PDF_S, w=0.3, nb=True, **m)


def phoenix(**m):
    return S("MR", "PhoenixZIPReport", NONE, "the scanner's protocol archive (Siemens non-image object)",
             SOPClassUID=CSA_S, ImageType=["ORIGINAL", "PRIMARY", "RAWDATA", "PHOENIXZIPREPORT"], w=0.2, nb=True, **m)


def topo(v, labels, why, **m):
    """A CT scout as each vendor names it."""
    desc = {"siemens": "Topogram  0.6  T20s", "ge": "Scout", "philips": "Surview", "canon": "Scanogram",
            "uih": "Topogram"}[v]
    it = TOP if v == "siemens" else LOC
    return S("CT", desc, labels, why, own=False, w=0.45, SOPClassUID=CT_S, ImageType=it, **m)


def dosepage(v, **m):
    """The CT console's dose or protocol page (a secondary capture of text)."""
    desc = {"siemens": "Patient Protocol", "ge": "Dose Report", "philips": "Dose Info", "canon": "Dose Info",
            "uih": "Dose Report"}[v]
    it = ["ORIGINAL", "PRIMARY", "OTHER", "CT_SOM5 PROT"] if v == "siemens" else ["DERIVED", "SECONDARY", "SCREEN SAVE"]
    return S("CT", desc, NONE, "the CT's dose/protocol page: a screen of text", own=True, w=0.3,
             SOPClassUID=SC_S, ImageType=it, **m)


def ct(desc, labels, why, *, k=None, t=None, it=SPI, own=True, w=1.0, **m):
    return S("CT", desc, labels, why, own=own, w=w, SOPClassUID=CT_S, ImageType=it, ConvolutionKernel=k,
             SliceThickness=t, **m)


def mr(desc, labels, why, *, it=MRO, own=True, w=1.0, sop=MR_S, lat=None, **m):
    return S("MR", desc, labels, why, lat, own=own, w=w, SOPClassUID=sop, ImageType=it, **m)


def wsample(r, items, n):
    """n distinct indices drawn by the series' weights."""
    idx = list(range(len(items)))
    out = []
    for _ in range(min(n, len(idx))):
        x = r.random() * sum(items[i]["w"] for i in idx)
        pick = idx[-1]
        for i in idx:
            x -= items[i]["w"]
            if x <= 0:
                pick = i
                break
        out.append(pick)
        idx.remove(pick)
    return out


def bpe_note(bpe, labels):
    """A word for the row's `why` when BodyPartExamined does not say what the series images."""
    if bpe is None:
        return None
    means = BPE_MEANS.get(bpe.upper())
    if not labels:
        return f"BodyPartExamined '{bpe}' is copied from the protocol; the series shows no anatomy"
    if means is None:
        return f"BodyPartExamined '{bpe}' is coarse"
    if set(means) == set(labels):
        return None
    if set(means) < set(labels):
        return f"BodyPartExamined '{bpe}' names only part of it"
    if set(means) > set(labels):
        return f"BodyPartExamined '{bpe}' is the whole exam's, wider than this series"
    return f"BodyPartExamined '{bpe}' is wrong (copied from another protocol)"


class Builder:
    P_STUDY = 0.40

    def __init__(self):
        self.r = random.Random(SEED)
        self.rows = []

    def add(self, site, stratum, desc, series, *, info=True, n=1, picks=None, bpe=None, keep_bpe=None,
            qc=False, p_study=None, **common):
        """One study: its series (with labels), drawn as `n` rows (or the given `picks`).
        info: the study description names the exam; bpe: the study's BodyPartExamined, written into
        its image series unless the series has its own; keep_bpe: whether the site's headers keep it."""
        r = self.r
        if keep_bpe is None:
            keep_bpe = r.random() < SITES[site]["bpe"]
        ser = []
        for s in series:
            s = dict(s, meta=dict(s["meta"]))
            if bpe and not s["nb"] and "BodyPartExamined" not in s["meta"]:
                s["meta"]["BodyPartExamined"] = bpe
            if not keep_bpe:
                s["meta"].pop("BodyPartExamined", None)
            ser.append(s)
        if picks is None:
            picks = wsample(r, ser, n)
        base = {k: v for k, v in common.items() if v is not None}
        if desc:
            base["StudyDescription"] = desc
            # the hospital's RIS also fills the requested procedure (and sometimes its code)
            if site == "ca-hosp" and r.random() < 0.35:
                base["RequestedProcedureDescription"] = desc
                if r.random() < 0.5:
                    base["ProcedureCodeSequence"] = code(f"{desc.split()[0][:3].upper()}{sum(map(ord, desc)) % 9000 + 1000}",
                                                         "99CHUAC", desc)
            elif site != "ca-hosp" and r.random() < 0.12:
                base["PerformedProcedureStepDescription"] = desc
        p = self.P_STUDY if p_study is None else p_study
        for i in picks:
            s = ser[i]
            meta = {**base, **s["meta"]}
            meta = {k: meta[k] for k in KEY_ORDER if k in meta}
            assert set(meta) >= {"Modality"}
            note = bpe_note(meta.get("BodyPartExamined"), s["labels"])
            readable = s["own"] or info or ("BodyPartExamined" in meta and note is None)
            side_hidden = s["sidectx"] and not info
            with_study = len(ser) > 1 and (not readable or side_hidden or r.random() < p)
            if not readable and len(ser) < 2:
                raise ValueError(f"unreadable lone series {s['meta']}")
            labels = [c for c in ORDER if c in s["labels"]]
            why = s["why"] + (f"; {note}" if note else "")
            if not labels:
                st = "qc" if qc else "no-anatomy"
            else:
                st = stratum
            row = {"meta": meta, "labels": labels, "laterality": s["lat"]}
            if with_study:
                row["study"] = {"StudyDescription": desc or "",
                                "series": [dict(x["meta"]) for j, x in enumerate(ser) if j != i]}
            row["why"] = why
            row["group"] = f"{site}:{st}"
            self.rows.append(row)


# ----------------------------------------------------------------------------- side words
SIDEW = {
    "en": {"R": "RIGHT", "L": "LEFT"}, "en_s": {"R": "RT", "L": "LT"}, "en_c": {"R": "Right", "L": "Left"},
    "fr_m": {"R": "DROIT", "L": "GAUCHE"}, "fr_f": {"R": "DROITE", "L": "GAUCHE"},
    "pt_m": {"R": "DIREITO", "L": "ESQUERDO"}, "pt_f": {"R": "DIREITA", "L": "ESQUERDA"},
    "es_m": {"R": "DERECHO", "L": "IZQUIERDO"}, "es_f": {"R": "DERECHA", "L": "IZQUIERDA"},
    "de": {"R": "rechts", "L": "links"}, "de_s": {"R": "re.", "L": "li."},
    "nl": {"R": "rechts", "L": "links"},
    "pl_gen": {"R": "prawego", "L": "lewego"}, "pl_fgen": {"R": "prawej", "L": "lewej"},
    "it_m": {"R": "DESTRO", "L": "SINISTRO"}, "it_f": {"R": "DESTRA", "L": "SINISTRA"},
    "ja": {"R": "右", "L": "左"}, "zh": {"R": "右", "L": "左"}, "ko": {"R": "우측", "L": "좌측"},
}


# =============================================================================== the hospital
# A bilingual academic hospital (Quebec): the RIS writes French, some services English; Siemens
# and GE CT, GE and Siemens MR, Philips and Carestream radiography, Hologic mammography.

H_LIMBS = [
    # French name, gender, English name, code, French views, English views, header BPE
    ("POIGNET", "m", "WRIST", "WRIST", ["Poignet F", "Poignet P", "Poignet 3/4"], ["WRIST PA", "WRIST LAT", "WRIST OBL"], "WRIST"),
    ("SCAPHOIDE", "m", "SCAPHOID", "WRIST", ["Scaphoide F inclin. cubitale", "Scaphoide 3/4"], ["SCAPHOID PA ULNAR DEV", "SCAPHOID OBL"], "WRIST"),
    ("MAIN", "f", "HAND", "HAND", ["Main F", "Main 3/4", "Main P"], ["HAND PA", "HAND OBL", "HAND LAT"], "HAND"),
    ("DOIGT (3E)", "m", "FINGER", "HAND", ["Doigt F", "Doigt P"], ["FINGER PA", "FINGER LAT"], "FINGER"),
    ("POUCE", "m", "THUMB", "HAND", ["Pouce F", "Pouce P"], ["THUMB AP", "THUMB LAT"], "HAND"),
    ("AVANT-BRAS", "m", "FOREARM", "FOREARM", ["Avant-bras F", "Avant-bras P"], ["FOREARM AP", "FOREARM LAT"], "FOREARM"),
    ("COUDE", "m", "ELBOW", "ELBOW", ["Coude F", "Coude P"], ["ELBOW AP", "ELBOW LAT"], "ELBOW"),
    ("HUMERUS", "m", "HUMERUS", "ARM", ["Humerus F", "Humerus P"], ["HUMERUS AP", "HUMERUS LAT"], "HUMERUS"),
    ("EPAULE", "f", "SHOULDER", "SHOULDER", ["Epaule F rot. ext.", "Epaule profil de Lamy", "Epaule axillaire"], ["SHOULDER AP ER", "SHOULDER Y VIEW", "SHOULDER AXILLARY"], "SHOULDER"),
    ("CLAVICULE", "f", "CLAVICLE", "SHOULDER", ["Clavicule F", "Clavicule incidence ascendante"], ["CLAVICLE AP", "CLAVICLE AP 15 CEPH"], "CLAVICLE"),
    ("HANCHE", "f", "HIP", "HIP", ["Hanche F", "Hanche Lauenstein"], ["HIP AP", "HIP FROG LAT"], "HIP"),
    ("FEMUR", "m", "FEMUR", "THIGH", ["Femur F", "Femur P"], ["FEMUR AP", "FEMUR LAT"], "FEMUR"),
    ("GENOU", "m", "KNEE", "KNEE", ["Genou F", "Genou P", "Genou axiale rotule 30"], ["KNEE AP", "KNEE LAT", "KNEE SUNRISE"], "KNEE"),
    ("JAMBE", "f", "TIBIA FIBULA", "LEG", ["Jambe F", "Jambe P"], ["TIB/FIB AP", "TIB/FIB LAT"], "LEG"),
    ("CHEVILLE", "f", "ANKLE", "ANKLE", ["Cheville F", "Cheville P", "Cheville mortaise"], ["ANKLE AP", "ANKLE LAT", "ANKLE MORTISE"], "ANKLE"),
    ("PIED", "m", "FOOT", "FOOT", ["Pied F", "Pied 3/4", "Pied P en charge"], ["FOOT AP", "FOOT OBL", "FOOT LAT WB"], "FOOT"),
    ("CALCANEUM", "m", "CALCANEUS", "FOOT", ["Calcaneum P", "Calcaneum retrotibial"], ["CALCANEUS LAT", "CALCANEUS AXIAL"], "FOOT"),
    ("ORTEIL (1ER)", "m", "GREAT TOE", "FOOT", ["Orteil F", "Orteil 3/4"], ["TOE AP", "TOE OBL"], "TOE"),
]


def hosp_limb_xr(g, k, only=None):
    r = g.r
    pool = [x for x in H_LIMBS if only is None or x[3] in only]
    for i in range(k):
        # every limb request in turn, so that each bone has its rows
        fr_name, gen, en_name, lab, fviews, eviews, bpe = pool[i % len(pool)]
        side = r.choice("RL")
        french = r.random() < 0.62
        if french:
            word = SIDEW["fr_" + gen][side]
            desc = f"RX {fr_name} {word}" + r.choice(["", "", " 2 INC.", " 3 INC.", " (TRAUMA)"])
            if fr_name == "POIGNET" and r.random() < 0.3:
                desc = desc.replace("POIGNET", "POIGENT")  # typed that way at the front desk
            views = fviews
        else:
            desc = f"XR {en_name} {SIDEW['en'][side]} " + r.choice(["2 VIEWS", "3+ VIEWS", "MIN 3 VIEWS", "COMPLETE"])
            views = eviews
        vend = r.choice(["philips", "philips", "carestream"])
        tagmode = r.random()
        ser = []
        for j, v in enumerate(views):
            m = dict(SOPClassUID=DX_S, ViewPosition=r.choice(["AP", "PA", "LL", "RL", ""]) if j else ("PA" if lab in ("WRIST", "HAND") else "AP"))
            if not m["ViewPosition"]:
                del m["ViewPosition"]
            if tagmode < 0.35:
                m["Laterality"] = side
            elif tagmode < 0.5:
                m["ImageLaterality"] = side
            if vend == "philips":
                m["AcquisitionDeviceProcessingDescription"] = v
            # the series text names the bone in the console's words; the side lives in a tag or the study
            ser.append(S("DX", v, (lab,), f"{v}: a view of the {en_name.lower()}, side from "
                         + ("the header's tag" if tagmode < 0.5 else "the words of the request"), side, **m))
        man = dict(Manufacturer=PHM, ManufacturerModelName="DigitalDiagnost") if vend == "philips" else dict(
            Manufacturer=CAR, ManufacturerModelName="DRX-Evolution")
        # Carestream writes EXTREMITY for every limb protocol
        hb = bpe if vend == "philips" else r.choice([bpe, "EXTREMITY"])
        g.add("ca-hosp", "msk", desc, ser, n=r.choice([1, 1, 2]), bpe=hb, **man)


def hosp_misc_xr(g):
    r = g.r
    # chest radiographs
    for _ in range(14):
        french = r.random() < 0.6
        desc = r.choice(["RX POUMONS PA LAT", "RX POUMONS 2 INC.", "RX THORAX PA ET PROFIL"]) if french else r.choice(
            ["XR CHEST PA AND LATERAL", "XR CHEST 2 VIEWS"])
        if r.random() < 0.5:
            ser = [S("DX", "Thorax pa", CH, "frontal chest radiograph", SOPClassUID=DX_S, ViewPosition="PA",
                     AcquisitionDeviceProcessingDescription="Thorax pa", PixelSpacing=[0.148, 0.148]),
                   S("DX", "Thorax lat", CH, "lateral chest radiograph", SOPClassUID=DX_S, ViewPosition="LL",
                     AcquisitionDeviceProcessingDescription="Thorax lat")]
            man = dict(Manufacturer=PHM, ManufacturerModelName="DigitalDiagnost")
        else:
            ser = [S("DX", "PA", CH, "PA view of a chest radiograph", own=False, SOPClassUID=DX_S, ViewPosition="PA",
                     AcquisitionDeviceProcessingDescription="CHEST PA", Rows=3032, Columns=2520),
                   S("DX", "LAT", CH, "lateral view of a chest radiograph", own=False, SOPClassUID=DX_S, ViewPosition="LL",
                     AcquisitionDeviceProcessingDescription="CHEST LAT")]
            man = dict(Manufacturer=CAR, ManufacturerModelName="DRX-Evolution")
        g.add("ca-hosp", "general", desc, ser, n=r.choice([1, 1, 2]), bpe="CHEST", **man)
    for _ in range(6):
        desc = r.choice(["RX POUMONS AU LIT", "RX THORAX MOBILE (SOINS INTENSIFS)", "XR CHEST PORTABLE 1 VIEW"])
        d = r.choice(["AP", "Thorax AP couche", "CHEST AP PORTABLE", "AP SUPINE"])
        ser = [S("DX", d, CH, "bedside AP chest radiograph", own=d != "AP" and d != "AP SUPINE", SOPClassUID=DX_S,
                 ViewPosition="AP", PatientPosition=None)]
        g.add("ca-hosp", "general", desc, ser, bpe="CHEST", Manufacturer=PHM, ManufacturerModelName="MobileDiagnost wDR")
    # abdomen, pelvis, spine radiographs
    specs = [
        ("RX ABDOMEN SIMPLE (ASP)", ["Abdomen couche", "Abdomen debout"], AP, "ABDOMEN", "a plain abdominal film runs from the domes to the pubis"),
        ("XR ABDOMEN 1 VIEW (KUB)", ["KUB"], AP, "ABDOMEN", "KUB film: abdomen and pelvis"),
        ("RX BASSIN", ["Bassin F"], PV, "PELVIS", "AP pelvis"),
        ("RX SACRO-ILIAQUES", ["Sacro-iliaques Ferguson"], PV, "PELVIS", "SI joints fold into the pelvis"),
        ("RX COLONNE LOMBAIRE F+P", ["Rachis lombaire F", "Rachis lombaire P"], ("LSPINE",), "LSPINE", "lumbar spine views"),
        ("RX COLONNE CERVICALE 3 INC.", ["Rachis cervical F", "Rachis cervical P", "Rachis cervical odontoide"], ("CSPINE",), "CSPINE", "cervical spine views"),
        ("RX COLONNE DORSALE", ["Rachis dorsal F", "Rachis dorsal P"], ("TSPINE",), "TSPINE", "dorsal (thoracic) spine views"),
        ("XR SCOLIOSIS SERIES (FULL SPINE)", ["Full spine PA stitched", "Full spine LAT stitched"], SPINE, "SPINE", "a stitched full-spine film shows the whole spine"),
        ("RX GRIL COSTAL GAUCHE", ["Gril costal oblique", "Gril costal F"], CH, "CHEST", "ribs fold into the chest (no side: not a limb)"),
        ("RX CRANE", ["Crane F", "Crane P"], HD, "SKULL", "skull views"),
        ("RX SINUS", ["Sinus Blondeau"], HD, "HEAD", "sinuses fold into the head"),
        ("RX GENOUX DEBOUT BILAT.", ["Genoux F en charge", "Genoux Schuss"], ("KNEE",), "KNEE", "both knees standing on one film"),
    ]
    for desc, views, labs, b, why in specs:
        for _ in range(2 if labs in (AP, ("LSPINE",)) else 1):
            lat = "B" if labs == ("KNEE",) else None
            ser = [S("DX", v, labs, why, lat, SOPClassUID=DX_S, AcquisitionDeviceProcessingDescription=v) for v in views]
            g.add("ca-hosp", "msk" if labs not in (AP, CH, HD) else "general", desc, ser, n=1, bpe=b,
                  Manufacturer=PHM, ManufacturerModelName="DigitalDiagnost")


def hosp_ct(g):
    r = g.r
    H = dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Force")
    # head CT
    for _ in range(8):
        desc = r.choice(["TDM CEREBRALE SANS C+", "TDM CÉRÉBRALE SANS CONTRASTE", "CT HEAD WO CONTRAST", "TDM CEREBRALE (TRAUMA)"])
        ser = [topo("siemens", HD, "scout of a head CT"),
               ct("Head  5.0  Hr38  3", HD, "axial brain recon of a head CT", k=["Hr38", "3"], t=5.0, own=False),
               ct("Head  0.75  Hr40  3", HD, "thin head recon", k=["Hr40", "3"], t=0.75, own=False),
               ct("Head  2.0  Hr60  bone", HD, "bone-kernel recon of the skull", k=["Hr60"], t=2.0, own=False),
               ct("Head  3.0  Hr38  cor", HD, "coronal MPR of the head", k=["Hr38", "3"], t=3.0, it=MPR, own=False),
               dosepage("siemens")]
        g.add("ca-hosp", "neuro", desc, ser, n=r.choice([1, 2]), bpe="HEAD", ProtocolName="HeadRoutine", **H)
    # stroke code: non-contrast head, CTA arch to vertex, perfusion
    for _ in range(4):
        desc = r.choice(["CODE AVC - TDM CEREBRALE + ANGIO-TDM + PERFUSION", "CODE STROKE CT/CTA/CTP", "TDM AVC PROTOCOLE COMPLET"])
        ser = [topo("siemens", HN, "scout planning head CT and a CTA from the arch to the vertex"),
               ct("Head  5.0  Hr38  3", HD, "non-contrast brain recon", k=["Hr38", "3"], t=5.0),
               ct("CTA Head Neck  0.75  Bv36  3", HN, "CT angiography from the aortic arch to the vertex", k=["Bv36", "3"], t=0.75),
               ct("CTA MIP ax 10mm", HN, "axial MIP of the arch-to-vertex CTA", it=MIP, t=10.0),
               ct("CTA MIP COW cor", HD, "MIP of the circle of Willis", it=MIP, own=True),
               ct("Perfusion  5.0  Hr36", HD, "CT perfusion slab through the brain", k=["Hr36"], t=5.0, own=True),
               ct("CBF", HD, "cerebral blood flow map from the brain perfusion", it=["DERIVED", "SECONDARY", "PERFUSION"], own=True),
               ct("Tmax", HD, "Tmax map of the brain perfusion", it=["DERIVED", "SECONDARY", "PERFUSION"], own=False),
               dosepage("siemens")]
        g.add("ca-hosp", "neuro", desc, ser, n=2, bpe=r.choice(["HEAD", "HEAD", "NECK"]), ProtocolName="Neuro_Stroke_Protocol", **H)
    # chest / abdomen / pelvis
    for _ in range(8):
        desc = r.choice(["TDM THORAX ABDOMEN PELVIS AVEC C+", "CT CHEST ABDOMEN PELVIS W CONTRAST", "TDM TAP C+",
                         "TDM THORACO-ABDO-PELVIENNE (BILAN ONCO)", "CT CHEST ABDOMEN PELIVS W CONTRAST",
                         # RIS text cut at the 64 characters of a LO field
                         "TDM THORACO-ABDOMINO-PELVIENNE AVEC INJECTION - BILAN D'EXTENSION ONCOLOGIQUE"[:64]])
        ser = [topo("siemens", CAP, "scout of a chest-abdomen-pelvis CT"),
               ct("Thorax  1.0  Bl57  3", CH, "lung-kernel recon of the thoracic part only", k=["Bl57", "3"], t=1.0),
               ct("Body  3.0  Br40  3", CAP, "soft-tissue recon of the whole chest-abdomen-pelvis range", k=["Br40", "3"], t=3.0, own=False),
               ct("Body  3.0  Br40  3  cor", CAP, "coronal MPR of the whole range", k=["Br40", "3"], t=3.0, it=MPR, own=False),
               ct("Body  3.0  Br40  3  sag", CAP, "sagittal MPR of the whole range", k=["Br40", "3"], t=3.0, it=MPR, own=False),
               ct("Thorax  5.0  MIP  Bl57", CH, "lung MIP of the chest part", it=MIP, t=5.0),
               dosepage("siemens"), dose_sr()]
        g.add("ca-hosp", "onc", desc, ser, n=2, bpe=r.choice(["CHEST", "CHEST", "ABDOMEN", "CHESTABDPELVIS", "CHEST_ABD_PELVIS"]),
              ProtocolName="ThoraxAbdomen_Routine", ContrastBolusAgent="OMNIPAQUE 350", **H)
    G = dict(Manufacturer=GE, ManufacturerModelName="Revolution CT")
    for _ in range(7):
        desc = r.choice(["TDM ABDO-PELVIENNE C+", "CT ABDOMEN PELVIS W CONTRAST", "TDM RENALE SANS C+ (COLIQUE NEPHRETIQUE)",
                         "TDM ABDOMEN PELVIS - APPENDICITE", "TDM ABDOMEN ET PELVIS AVEC CONTRASTE"])
        ser = [topo("ge", AP, "scout of an abdomen-pelvis CT"),
               ct("5mm Std", AP, "axial recon of the abdomen-pelvis range", k="STANDARD", t=5.0, it=AX, own=False),
               ct("1.25mm Std", AP, "thin axial recon of the abdomen-pelvis range", k="STANDARD", t=1.25, it=AX, own=False),
               ct("Cor 3mm", AP, "coronal reformat of the abdomen-pelvis", t=3.0, it=REF, own=False),
               ct("Sag 3mm", AP, "sagittal reformat of the abdomen-pelvis", t=3.0, it=REF, own=False),
               dosepage("ge")]
        g.add("ca-hosp", "general", desc, ser, n=r.choice([1, 2]), bpe="ABDOMEN",
              ProtocolName=r.choice(["5.2 ABD/PELVIS W", "5.4 RENAL STONE", "5.2 ABD/PELVIS"]), **G)
    for _ in range(2):
        ser = [topo("ge", AB, "scout of a liver CT"),
               ct("Arterial 2.5mm", AB, "late arterial phase over the liver", k="STANDARD", t=2.5, it=AX, own=False),
               ct("Portal 2.5mm", AB, "portal venous phase over the liver", k="STANDARD", t=2.5, it=AX, own=False),
               ct("Delayed 5mm", AB, "delayed phase over the liver", k="STANDARD", t=5.0, it=AX, own=False),
               dosepage("ge")]
        g.add("ca-hosp", "onc", "TDM FOIE TRIPHASIQUE", ser, n=2, bpe="ABDOMEN", ProtocolName="5.8 LIVER 3 PHASE", **G)
    for _ in range(4):
        desc = r.choice(["ANGIO-TDM PULMONAIRE (EP)", "CTA CHEST PE PROTOCOL", "ANGIOSCAN THORACIQUE EMBOLIE PULMONAIRE"])
        ser = [topo("siemens", CH, "scout of a pulmonary CTA"),
               ct("CTA PE  1.0  Bv40  3", CH, "pulmonary arterial phase", k=["Bv40", "3"], t=1.0, own=False),
               ct("CTA PE MIP 10mm", CH, "MIP of the pulmonary CTA", it=MIP, t=10.0, own=False),
               ct("Lung  1.0  Bl57  3", CH, "lung windows of the chest", k=["Bl57", "3"], t=1.0),
               dosepage("siemens")]
        g.add("ca-hosp", "general", desc, ser, n=r.choice([1, 2]), bpe="CHEST", ProtocolName="CTA_Pulmonary_Embolism", **H)
    # musculoskeletal CT with the side only in words
    for fr, en, lab, gen in [("CHEVILLE", "ANKLE", "ANKLE", "f"), ("POIGNET", "WRIST", "WRIST", "m"),
                             ("GENOU (PLATEAU TIBIAL)", "KNEE", "KNEE", "m"), ("EPAULE", "SHOULDER", "SHOULDER", "f"),
                             ("CALCANEUM", "CALCANEUS", "FOOT", "m")]:
        side = r.choice("RL")
        desc = f"TDM {fr} {SIDEW['fr_' + gen][side]}"
        ser = [S("CT", "Topogram  0.6  T80f", (lab,), f"scout of a {en.lower()} CT", side, own=False, w=0.4, SOPClassUID=CT_S, ImageType=TOP),
               S("CT", "Bone  0.6  Br64  ax", (lab,), f"bone recon of the {en.lower()}", side, own=False, SOPClassUID=CT_S, ImageType=SPI, ConvolutionKernel=["Br64"], SliceThickness=0.6),
               S("CT", "Bone  2.0  Br64  sag", (lab,), f"sagittal MPR of the {en.lower()}", side, own=False, SOPClassUID=CT_S, ImageType=MPR, SliceThickness=2.0),
               S("CT", "Bone  2.0  Br64  cor", (lab,), f"coronal MPR of the {en.lower()}", side, own=False, SOPClassUID=CT_S, ImageType=MPR, SliceThickness=2.0),
               S("CT", "VRT Bone", (lab,), f"volume rendering of the {en.lower()}", side, own=False, SOPClassUID=SC_S, ImageType=["DERIVED", "SECONDARY", "VRT"]),
               dosepage("siemens")]
        g.add("ca-hosp", "msk", desc, ser, n=2, bpe=r.choice([en if en != "CALCANEUS" else "FOOT", "EXTREMITY"]), ProtocolName="Extremity_Bone", **H)
    for desc, labs, rec, why, b in [
            ("TDM SINUS SANS C+", HD, "Sinus  1.0  Hr60  cor", "paranasal sinuses fold into the head", "HEAD"),
            ("TDM SINUS", HD, "Sinus  2.0  Hr40  ax", "paranasal sinuses fold into the head", "SINUS"),
            ("TDM COU AVEC C+", NK, "Neck  2.0  Br40  3", "soft-tissue neck", "NECK"),
            ("TDM COU AVEC CONTRASTE (ORL)", NK, "Neck  2.0  Br40  3  cor", "soft-tissue neck, coronal", "NECK"),
            ("TDM COLONNE CERVICALE (TRAUMA)", ("CSPINE",), "C-Spine  1.0  Br64  sag", "cervical spine bone recon", "CSPINE"),
            ("TDM COLONNE CERVICALE", ("CSPINE",), "C-Spine  2.0  Br40  ax", "cervical spine soft-tissue recon", "NECK"),
            ("TDM COLONNE LOMBAIRE", ("LSPINE",), "L-Spine  2.0  Br64  sag", "lumbar spine bone recon", "LSPINE"),
            ("TDM ORBITES", HD, "Orbits  1.0  Hr40  cor", "orbits fold into the head", "HEAD"),
            ("TDM ROCHERS", HD, "Temporal bone  0.6  Hr68  ax", "temporal bones fold into the head", "HEAD")]:
        ser = [topo("siemens", labs, "scout of the exam"), ct(rec, labs, why, t=1.0, own=True), dosepage("siemens")]
        g.add("ca-hosp", "general" if labs != HD else "neuro", desc, ser, picks=[1] if r.random() < 0.8 else [0], bpe=b, **H)
    # cardiac CT
    for _ in range(3):
        ser = [topo("siemens", CH, "scout of a cardiac CT"),
               ct("CaScore  3.0  Qr36  3", CH, "calcium score of the heart", k=["Qr36", "3"], t=3.0),
               ct("Cardiac  0.6  Bv40  3  75%", CH, "coronary CTA at 75 % of the R-R interval", k=["Bv40", "3"], t=0.6),
               ct("Cardiac  0.6  Bv40  BestDiast 72%", CH, "best-diastole coronary CTA", k=["Bv40", "3"], t=0.6),
               ct("Cardiac  3.0  Bv40  cMPR", CH, "curved MPR of the coronaries", it=MPR, t=3.0, own=False),
               dosepage("siemens")]
        g.add("ca-hosp", "cardio", r.choice(["CORO-TDM (ANGIO CORONAIRE)", "CT CORONARY ANGIOGRAPHY", "TDM CARDIAQUE - SCORE CALCIQUE ET CORONAIRES"]),
              ser, n=2, bpe="HEART", ProtocolName="CorCTA_Seq", **H)
    # run-off CTA: abdominal aorta to the feet, both sides
    ser = [S("CT", "Topogram  0.6  T20s", ("ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"), "scout of a run-off CTA", "B",
             own=False, w=0.5, SOPClassUID=CT_S, ImageType=TOP),
           S("CT", "Runoff  1.0  Bv40  3", ("ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"),
             "run-off CTA from the renal arteries to the feet, both legs", "B", SOPClassUID=CT_S, ImageType=SPI, SliceThickness=1.0, PatientPosition="FFS"),
           S("CT", "Runoff MIP cor", ("ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"),
             "coronal MIP of the whole run-off", "B", SOPClassUID=CT_S, ImageType=MIP),
           S("CT", "Runoff MIP jambes", ("KNEE", "LEG", "ANKLE", "FOOT"), "MIP of the lower run-off: knees to feet, both sides", "B",
             SOPClassUID=CT_S, ImageType=MIP),
           dosepage("siemens")]
    g.add("ca-hosp", "general", "ANGIO-TDM AORTE ET MEMBRES INFERIEURS", ser, picks=[1, 2], bpe="ABDOMEN", keep_bpe=True,
          ProtocolName="Runoff_CTA", **H)


def hosp_mr(g):
    r = g.r
    G = dict(Manufacturer=GE, ManufacturerModelName="SIGNA Premier")
    V = dict(Manufacturer=SIE, ManufacturerModelName="MAGNETOM Vida")
    for _ in range(7):
        desc = r.choice(["IRM CERVEAU AVEC ET SANS GADO", "MRI BRAIN W WO CONTRAST", "IRM ENCEPHALE C+", "IRM CEREBRALE (EPILEPSIE)",
                         "MRI BRIAN W WO CONTRAST"])
        ser = [mr("3-Plane Loc", HD, "three-plane localizer of a brain MR", it=LOC, own=False, w=0.4),
               mr("ASSET Cal", HD, "coil calibration scan over the head (low-resolution images of the head)", own=False, w=0.3),
               mr("Sag T1 FLAIR", HD, "sagittal T1 FLAIR of a brain exam", own=False, ScanningSequence=["SE", "IR"]),
               mr("Ax T2 FRFSE", HD, "axial T2 of a brain exam", own=False, ScanningSequence="SE"),
               mr("Ax T2 FLAIR", HD, "axial FLAIR of a brain exam", own=False),
               mr("Ax DWI 1000b", HD, "axial diffusion of a brain exam", own=False, ScanningSequence="EP"),
               mr("Apparent Diffusion Coefficient (mm2/s)", HD, "ADC map of the brain diffusion", it=["DERIVED", "PRIMARY", "ADC"], own=False),
               mr("Ax SWAN", HD, "susceptibility-weighted series of the brain", own=False),
               mr("Sag 3D BRAVO +C", HD, "post-contrast 3D T1 of the brain (BRAVO)", own=True, ContrastBolusAgent="GADOVIST"),
               mr("Ax T1 +C reformat", HD, "axial reformat of the post-contrast brain volume", it=REF, own=False)]
        g.add("ca-hosp", "neuro", desc, ser, n=2, bpe=r.choice(["HEAD", "BRAIN", "HEAD"]),
              ProtocolName=r.choice(["BRAIN W/WO", "ROUTINE BRAIN", "EPILEPSY 3T"]), **G)
    for lab, fr, en, b, views in [
            (("LSPINE",), "IRM COLONNE LOMBAIRE", "MRI L-SPINE WO", "LSPINE", ["Sag T1", "Sag T2", "Sag STIR", "Ax T2"]),
            (("CSPINE",), "IRM COLONNE CERVICALE", "MRI C-SPINE WO", "CSPINE", ["Sag T2", "Sag T1", "Ax T2* GRE", "Ax T2"]),
            (("TSPINE",), "IRM COLONNE DORSALE", "MRI T-SPINE WO", "TSPINE", ["Sag T2", "Sag T1", "Ax T2"])]:
        for _ in range(2):
            desc = fr if r.random() < 0.6 else en
            ser = [mr("3-Plane Loc", lab, "localizer of a spine MR", it=LOC, own=False, w=0.4)] + [
                mr(v, lab, f"{v}: sequence-only name in a {b.lower()} study", own=False) for v in views]
            g.add("ca-hosp", "neuro", desc, ser, n=r.choice([1, 2]), bpe=b, ProtocolName=desc.split(" ", 1)[1], **G)
    for _ in range(2):
        ser = [mr("3-Plane Loc", SPINE, "localizer of a whole-spine MR", it=LOC, own=False, w=0.4),
               mr("Sag T2 C-T", ("CSPINE", "TSPINE"), "upper station: cervical and thoracic spine"),
               mr("Sag T2 T-L", ("TSPINE", "LSPINE"), "lower station: thoracic and lumbar spine"),
               mr("Sag STIR C-T", ("CSPINE", "TSPINE"), "upper station STIR: cervical and thoracic spine"),
               mr("Sag T2 Composed", SPINE, "composed sagittal of the whole spine", it=["DERIVED", "PRIMARY", "COMPOSED"], own=False),
               mr("Ax T2 D7-D9", ("TSPINE",), "axial T2 over D7 to D9 (French 'D' = dorsal = thoracic vertebrae)")]
        g.add("ca-hosp", "neuro", "IRM COLONNE TOTALE URGENTE (COMPRESSION MEDULLAIRE)", ser, n=2, bpe="SPINE",
              ProtocolName="TOTAL SPINE", **G)
    # joints on the Siemens 3T: side in words, sometimes a Laterality tag
    for fr, gen, en, lab, seqs in [
            ("GENOU", "m", "KNEE", "KNEE", ["pd_tse_fs_sag", "pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_tra"]),
            ("GENOU", "m", "KNEE", "KNEE", ["pd_tse_fs_sag", "pd_tse_fs_cor", "t1_tse_sag", "pd_tse_fs_tra"]),
            ("EPAULE", "f", "SHOULDER", "SHOULDER", ["pd_tse_fs_cor_obl", "t1_tse_cor_obl", "pd_tse_fs_sag_obl", "pd_tse_fs_tra"]),
            ("HANCHE (ARTHRO-IRM)", "f", "HIP", "HIP", ["t1_tse_fs_cor", "pd_tse_fs_sag", "t1_tse_fs_radial", "t1_vibe_fs_tra"]),
            ("CHEVILLE", "f", "ANKLE", "ANKLE", ["pd_tse_fs_sag", "t1_tse_sag", "pd_tse_fs_cor", "pd_tse_fs_tra"]),
            ("POIGNET", "m", "WRIST", "WRIST", ["pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_tra", "t2_de3d_we_cor"]),
            ("COUDE", "m", "ELBOW", "ELBOW", ["pd_tse_fs_cor", "t1_tse_cor", "pd_tse_fs_sag", "pd_tse_fs_tra"]),
            ("CUISSE", "f", "THIGH", "THIGH", ["t1_tse_cor", "stir_tse_cor", "t2_tse_fs_tra", "t1_tse_tra"])]:
        side = r.choice("RL")
        fr_side = SIDEW["fr_" + gen][side]
        desc = f"IRM {fr} {fr_side}" if r.random() < 0.7 else f"MRI {en} {SIDEW['en'][side]} WO"
        tag = r.random() < 0.4
        ser = [mr("localizer", (lab,), "localizer of a joint MR", lat=side, it=LOC, own=False, w=0.4)] + [
            mr(q, (lab,), f"{q}: sequence-only name in a {en.lower()} study", lat=side, own=False,
               Laterality=side if tag else None) for q in seqs]
        g.add("ca-hosp", "msk", desc, ser, n=2, bpe=en if en != "THIGH" else "FEMUR", **V)
    # pelvis and abdomen MR
    for _ in range(3):
        ser = [mr("localizer", PV, "localizer of a prostate MR", it=LOC, own=False, w=0.4),
               mr("t2_tse_tra", PV, "axial T2 of the prostate", own=False),
               mr("t2_tse_sag", PV, "sagittal T2 of the prostate", own=False),
               mr("ep2d_diff_b50_800_tra", PV, "prostate diffusion", own=False),
               mr("ep2d_diff_b50_800_tra_ADC", PV, "ADC map of the prostate diffusion", it=ADC, own=False),
               mr("ep2d_diff_b50_800_tra_CALC_BVAL", PV, "computed b1400 of the prostate diffusion", it=["DERIVED", "PRIMARY", "DIFFUSION", "CALC_BVALUE"], own=False),
               mr("t1_vibe_fs_tra_dyn", PV, "DCE of the prostate", own=False)]
        g.add("ca-hosp", "uro", r.choice(["IRM PROSTATE MULTIPARAMETRIQUE", "MRI PROSTATE MULTIPARAMETRIC (PI-RADS)"]), ser, n=2,
              bpe="PROSTATE", **V)
    for _ in range(2):
        ser = [mr("localizer", PV, "localizer of a rectal MR", it=LOC, own=False, w=0.4),
               mr("t2_tse_sag", PV, "sagittal T2 of the rectum", own=False),
               mr("t2_tse_obl_HR (perp. tumeur)", PV, "high-resolution oblique T2 across the rectal tumour", own=False),
               mr("ep2d_diff_tra", PV, "pelvic diffusion", own=False)]
        g.add("ca-hosp", "onc", "IRM RECTUM (STADIFICATION)", ser, n=1, bpe="PELVIS", **V)
    for _ in range(3):
        ser = [mr("3-Plane Loc", AB, "localizer of an upper-abdomen MR", it=LOC, own=False, w=0.4),
               mr("Cor SSFSE", AB, "coronal single-shot T2 of the upper abdomen", own=False),
               mr("Ax LAVA Flex pre", AB, "pre-contrast Dixon T1 of the liver", own=False),
               mr("Ax LAVA Flex HBP 20min", AB, "hepatobiliary phase of the liver", own=False),
               mr("3D MRCP", AB, "3D MRCP", own=True),
               mr("MIP MRCP", AB, "MIP of the MRCP", it=MIP, own=True)]
        g.add("ca-hosp", "general", r.choice(["IRM FOIE ET VOIES BILIAIRES (MRCP)", "IRM ABDOMEN SUPERIEUR AVEC PRIMOVIST",
                                              "MRI ABDOMEN MRCP"]), ser, n=2, bpe="ABDOMEN", **G)
    for _ in range(2):
        ser = [mr("3-Plane Loc", BR, "localizer of a bilateral breast MR", lat="B", it=LOC, own=False, w=0.4),
               mr("Ax T2 IDEAL", BR, "axial T2 of both breasts", lat="B", own=False),
               mr("Ax VIBRANT MPH", BR, "bilateral axial DCE of the breasts (VIBRANT)", lat="B", own=True),
               mr("Ax VIBRANT SUB 1", BR, "subtraction of both breasts", lat="B", it=SUB, own=True),
               mr("MIP SUB 1", BR, "MIP of the bilateral breast subtraction", lat="B", it=MIP, own=False)]
        g.add("ca-hosp", "breast", "IRM MAMMAIRE BILATERALE", ser, n=1, bpe="BREAST", PatientPosition="FFP", **G)
    # the hospital's own cardiac MR
    for _ in range(2):
        ser = [mr("localizer_haste", CH, "localizer of a cardiac MR", it=LOC, own=False, w=0.4),
               mr("cine_4ch", CH, "four-chamber cine of the heart"),
               mr("cine_sax", CH, "short-axis cine stack of the heart"),
               mr("LGE_PSIR_sax", CH, "late gadolinium enhancement of the heart"),
               mr("T1 MAP MOCO", CH, "myocardial T1 map", it=MOCO, own=False)]
        g.add("ca-hosp", "cardio", "IRM CARDIAQUE AVEC GADO", ser, n=1, bpe="HEART", **V)


def hosp_us(g):
    r = g.r
    L = dict(Manufacturer=GE, ManufacturerModelName="LOGIQ E10")
    E = dict(Manufacturer=PHC, ManufacturerModelName="EPIQ 7G")
    specs = [
        ("ÉCHO ABDOMINALE COMPLÈTE", AB, None, "ABDOMEN", "complete abdominal ultrasound", 3),
        ("US ABDOMEN COMPLETE", AB, None, "ABDOMEN", "complete abdominal ultrasound", 1),
        ("ÉCHO RÉNALE ET VÉSICALE", AP, None, "ABDOMEN", "kidneys and bladder: abdomen and pelvis", 2),
        ("ÉCHO PELVIENNE ENDOVAGINALE", PV, None, "PELVIS", "transvaginal pelvic ultrasound", 2),
        ("ÉCHO THYROÏDE", NK, None, "THYROID", "thyroid folds into the neck", 2),
        ("ÉCHO DOPPLER CAROTIDIEN BILATÉRAL", NK, None, "NECK", "carotid Doppler: neck", 1),
        ("ÉCHO SEIN DROIT", BR, "R", "BREAST", "targeted breast ultrasound, right", 1),
        ("ÉCHO SEIN GAUCHE + CREUX AXILLAIRE", BR, "L", "BREAST", "targeted breast ultrasound, left", 1),
        ("US BREAST BILATERAL", BR, "B", "BREAST", "both breasts scanned", 1),
        ("ÉCHO ÉPAULE DROITE", ("SHOULDER",), "R", "SHOULDER", "shoulder ultrasound (rotator cuff)", 1),
        ("ÉCHO DOPPLER VEINEUX MEMBRE INFÉRIEUR GAUCHE", ("THIGH", "KNEE", "LEG"), "L",
         "LOWEREXTREMITY", "leg vein duplex from the groin through the popliteal to the calf veins", 1),
        ("US VENOUS DOPPLER RIGHT LOWER EXTREMITY", ("THIGH", "KNEE", "LEG"), "R",
         "LEG", "leg vein duplex from the groin through the popliteal to the calf veins", 1),
        ("ÉCHO TISSUS MOUS GENOU DROIT (KYSTE DE BAKER)", ("KNEE",), "R", "KNEE", "popliteal (Baker's) cyst: knee", 1),
        ("ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE", CH, None, "HEART", "transthoracic echo: the heart", 2),
        ("ÉCHO PYLORE (PÉDIATRIE)", AB, None, "ABDOMEN", "pylorus: abdomen", 1),
        ("ÉCHO HANCHES BÉBÉ (DÉPISTAGE DDH)", ("HIP",), "B", "HIP", "infant hip ultrasound, both hips", 1),
    ]
    for desc, labs, lat, b, why, k in specs:
        for _ in range(k):
            vend = E if "CARDIO" in desc else r.choice([L, L, E])
            sd = r.choice([None, None, "", desc.split(" ", 1)[1].title()])
            mf = r.random() < 0.3
            ser = [S("US", sd or None, labs, why, lat, own=bool(sd), SOPClassUID=USMF_S if mf else US_S,
                     NumberOfFrames=r.choice([48, 96, 120]) if mf else None,
                     Laterality=lat if lat in ("R", "L") and r.random() < 0.3 else None)]
            if "CARDIO" in desc:
                ser[0]["meta"]["ManufacturerModelName"] = "EPIQ CVx"
            g.add("ca-hosp", "cardio" if "CARDIO" in desc else "breast" if labs == BR else
                  "paeds" if "BÉBÉ" in desc or "PÉDIATRIE" in desc else "general", desc, ser, bpe=b, **vend)


def hosp_mg(g):
    r = g.r
    H = dict(Manufacturer=HOL, ManufacturerModelName="Selenia Dimensions")
    for _ in range(7):
        desc = r.choice(["MAMMOGRAPHIE DE DÉPISTAGE BILATÉRALE", "MAMMO DEPISTAGE BILAT + TOMO", "SCREENING MAMMOGRAM BILATERAL W TOMO"])
        ser = []
        for side in "RL":
            for view in ("CC", "MLO"):
                ar = code("76752008", "SCT", "Breast")
                ser.append(S("MG", f"{side} {view}", BR, f"{side} {view} mammogram", side, SOPClassUID=MG_S, ViewPosition=view,
                             ImageLaterality=side, AnatomicRegionSequence=ar if r.random() < 0.5 else None))
                ser.append(S("MG", f"{side} {view} C-View", BR, f"synthesized 2D {side} {view}", side, SOPClassUID=MG_S,
                             ViewPosition=view, ImageLaterality=side, ImageType=["DERIVED", "PRIMARY", "TOMOSYNTHESIS", "GENERATED_2D"], w=0.5))
                ser.append(S("MG", f"{side} {view} Tomosynthesis Reconstruction", BR, f"tomosynthesis volume, {side} {view}", side,
                             SOPClassUID=BTO_S, ViewPosition=view, ImageLaterality=side, w=0.5))
        g.add("ca-hosp", "breast", desc, ser, n=2, bpe="BREAST", **H)
    for _ in range(3):
        side = r.choice("RL")
        word = SIDEW["fr_m"][side]
        ser = [S("MG", f"{side} ML", BR, "diagnostic lateral view", side, SOPClassUID=MG_S, ViewPosition="ML", ImageLaterality=side),
               S("MG", f"{side} CC SPOT MAG", BR, "spot magnification view", side, SOPClassUID=MG_S, ViewPosition="CC", ImageLaterality=side),
               S("MG", f"{side} XCCL", BR, "exaggerated CC view", side, SOPClassUID=MG_S, ViewPosition="XCCL", ImageLaterality=side)]
        g.add("ca-hosp", "breast", f"MAMMOGRAPHIE DIAGNOSTIQUE SEIN {word}", ser, n=1, bpe="BREAST", **H)
    # a GE unit puts the four views of a screening in one series
    for _ in range(2):
        ser = [S("MG", "Mammographie", BR, "one series holding the four views of both breasts", "B", SOPClassUID=MG_S,
                 NumberOfFrames=None, own=False)]
        g.add("ca-hosp", "breast", "MAMMOGRAPHIE DE DÉPISTAGE BILATÉRALE", ser, bpe="BREAST",
              Manufacturer="GE Healthcare", ManufacturerModelName="Senographe Pristina")



def hosp_nm_pet_xa_rf(g):
    r = g.r
    N = dict(Manufacturer=SIE, ManufacturerModelName="Symbia Intevo Bold")
    for _ in range(4):
        ser = [S("NM", "WB ANT", WB, "anterior whole-body bone scan", SOPClassUID=NM_S, own=False),
               S("NM", "WB POST", WB, "posterior whole-body bone scan", SOPClassUID=NM_S, own=False),
               S("NM", "SPECT BASSIN", PV, "SPECT of the pelvis only", SOPClassUID=NM_S, ImageType=["ORIGINAL", "PRIMARY", "RECON TOMO"]),
               S("CT", "CT BASSIN  5.0  B31s", PV, "low-dose CT of the SPECT field: pelvis", SOPClassUID=CT_S, ImageType=SPI, ConvolutionKernel="B31s")]
        g.add("ca-hosp", "onc", r.choice(["SCINTIGRAPHIE OSSEUSE CORPS ENTIER + TEMP/TDM", "NM BONE SCAN WHOLE BODY + SPECT/CT"]), ser,
              n=2, bpe="WHOLEBODY", **N)
    for _ in range(3):
        ser = [S("NM", "STRESS SPECT", CH, "stress myocardial perfusion", SOPClassUID=NM_S, own=False),
               S("NM", "REST SPECT", CH, "rest myocardial perfusion", SOPClassUID=NM_S, own=False),
               S("NM", "Gated SA", CH, "gated short-axis slices of the heart", SOPClassUID=NM_S, ImageType=["DERIVED", "PRIMARY", "RECON GATED TOMO"])]
        g.add("ca-hosp", "cardio", "SCINTIGRAPHIE MYOCARDIQUE (MIBI) EFFORT/REPOS", ser, n=2, bpe="HEART",
              Manufacturer=GE, ManufacturerModelName="Discovery NM 530c")
    for desc, labs, names, b, why in [
            ("SCINTIGRAPHIE THYROÏDIENNE (Tc99m)", NK, ["ANT THYROIDE", "PINHOLE ANT"], "THYROID", "thyroid scan: neck"),
            ("SCINTIGRAPHIE PULMONAIRE V/Q", CH, ["PERF ANT", "VENT POST", "Q SPECT"], "CHEST", "lung ventilation/perfusion: chest"),
            ("SCINTIGRAPHIE RÉNALE MAG3", AB, ["DYNAMIQUE RENALE POST", "RENOGRAMME"], "ABDOMEN", "renal scan: abdomen")]:
        ser = [S("NM", n_, labs, why, SOPClassUID=NM_S, own=False) for n_ in names]
        g.add("ca-hosp", "general", desc, ser, n=1, bpe=b, **N)
    P = dict(Manufacturer=GE, ManufacturerModelName="Discovery MI")
    for _ in range(4):
        desc = r.choice(["TEP-TDM FDG CORPS ENTIER", "PET/CT FDG SKULL BASE TO MID-THIGH", "TEP/TDM ONCOLOGIQUE (FDG)"])
        ser = [topo("ge", WB, "scout of a whole-body PET/CT"),
               ct("CTAC 3.75 Thick", WB, "attenuation-correction CT from skull base to mid-thigh", k="STANDARD", t=3.75, it=AX, own=False),
               S("PT", "WB 3D MAC", WB, "attenuation-corrected whole-body PET", SOPClassUID=PET_S, own=False),
               S("PT", "WB 3D NAC", WB, "non-corrected whole-body PET", SOPClassUID=PET_S, own=False, w=0.5),
               S("PT", "MIP", WB, "rotating MIP of the whole-body PET", SOPClassUID=SC_S, ImageType=["DERIVED", "SECONDARY", "MIP"], own=False, w=0.5),
               dosepage("ge")]
        g.add("ca-hosp", "onc", desc, ser, n=2, bpe=r.choice(["WHOLEBODY", "CHEST", "ABDOMEN"]), **P)
    ser = [S("PT", "Brain 3D MAC", HD, "FDG brain PET", SOPClassUID=PET_S),
           ct("CTAC Brain 3.75", HD, "attenuation CT of the brain", t=3.75, it=AX)]
    g.add("ca-hosp", "neuro", "TEP CÉRÉBRALE FDG (DÉMENCE)", ser, n=1, bpe="BRAIN", **P)
    X = dict(Manufacturer=PHM, ManufacturerModelName="Azurion 7 M20")
    for desc, labs, runs, b, why in [
            ("CORONAROGRAPHIE", CH, [None, "LCA LAO 40 CAU 30", "RCA LAO 30"], "HEART", "coronary angiography runs"),
            ("CORONAROGRAPHIE + ICP", CH, [None, "LAD RAO 10 CRA 40"], "CHEST", "coronary angiography runs"),
            ("CHIMIOEMBOLISATION HEPATIQUE (TACE)", AB, ["Tronc coeliaque", "AHD selective", "DSA foie"], "ABDOMEN", "hepatic arteriography"),
            ("EMBOLISATION FIBROMES UTERINS", PV, ["Iliaque int. D", "Uterine G", None], "PELVIS", "uterine artery embolisation")]:
        ser = [S("XA", d, labs, why, SOPClassUID=XA_S, own=d is not None, NumberOfFrames=r.choice([45, 60, 87]))
               for d in runs]
        g.add("ca-hosp", "cardio" if labs == CH else "general", desc, ser, n=1, bpe=b, **X)
    F = dict(Manufacturer=SIE, ManufacturerModelName="Luminos dRF Max")
    for desc, labs, lat, series, b, why in [
            ("HYSTEROSALPINGOGRAPHIE", PV, None, ["HSG"], "PELVIS", "hysterosalpingography: pelvis"),
            ("ARTHROGRAPHIE EPAULE DROITE (AVANT ARTHRO-IRM)", ("SHOULDER",), "R", ["Arthro epaule"], "SHOULDER", "shoulder arthrography injection"),
            ("VIDEOFLUOROSCOPIE DE LA DEGLUTITION", HN, None, ["Deglutition profil"], "NECK", "swallow study framed from the lips to the cervical oesophagus: mouth and pharynx"),
            ("CYSTOGRAPHIE MICTIONNELLE (PEDIATRIE)", AP, None, ["Cysto remplissage", "Mictionnelle"], "PELVIS",
             "voiding cystourethrogram: bladder and reflux up to the kidneys")]:
        ser = [S("RF", d, labs, why, lat, SOPClassUID=RF_S, own=False) for d in series]
        g.add("ca-hosp", "paeds" if "PEDIATRIE" in desc else "general", desc, ser, n=1, bpe=b, **F)
    # C-arm in the operating room: side in the request only
    for fr, gen, lab, b in [("HANCHE", "f", "HIP", "HIP"), ("CHEVILLE", "f", "ANKLE", "ANKLE"), ("POIGNET", "m", "WRIST", "WRIST")]:
        side = r.choice("RL")
        ser = [S("XA" if lab == "HIP" else "RF", "Fluoro", (lab,), f"intra-operative fluoroscopy of the {lab.lower()}", side, own=False, SOPClassUID=XA_S if lab == "HIP" else RF_S)]
        g.add("ca-hosp", "msk", f"FLUOROSCOPIE PER-OPERATOIRE {fr} {SIDEW['fr_' + gen][side]}", ser, bpe=b,
              Manufacturer=SIE, ManufacturerModelName="Cios Alpha")


def hosp_paeds(g):
    r = g.r
    for _ in range(3):
        ser = [S("DX", "Main G Age osseux", ("HAND",), "bone age: the left hand by convention, side written", "L", SOPClassUID=DX_S, ViewPosition="PA",
                 AcquisitionDeviceProcessingDescription="Main gauche F")]
        g.add("ca-hosp", "paeds", "RX ÂGE OSSEUX (MAIN GAUCHE)", ser, bpe="HAND", Manufacturer=PHM, ManufacturerModelName="DigitalDiagnost")
    for _ in range(2):
        ser = [S("DX", "Thorax AP bebe", CH, "infant chest radiograph", SOPClassUID=DX_S, ViewPosition="AP")]
        g.add("ca-hosp", "paeds", "RX POUMONS (PEDIATRIE)", ser, bpe="CHEST", Manufacturer=PHM, ManufacturerModelName="DigitalDiagnost")
    for _ in range(2):
        ser = [mr("Sag T1 FLAIR", HD, "neonatal brain MR", own=False), mr("Ax T2 PROPELLER", HD, "neonatal brain MR", own=False),
               mr("Ax DWI", HD, "neonatal brain diffusion", own=False)]
        g.add("ca-hosp", "paeds", "IRM CERVEAU NOUVEAU-NÉ (ENCÉPHALOPATHIE)", ser, n=1, bpe="HEAD", Manufacturer=GE, ManufacturerModelName="SIGNA Premier")


def hosp_nonimage(g):
    """Objects of the hospital's flow that show no anatomy, drawn on purpose."""
    r = g.r
    for _ in range(4):
        ser = [ct("Thorax  1.0  Bl57  3", CH, "lung recon", k=["Bl57", "3"], t=1.0), dose_sr("Radiation Dose Information")]
        g.add("ca-hosp", "general", r.choice(["TDM THORAX SANS C+", "CT CHEST WO CONTRAST"]), ser, picks=[1], bpe="CHEST",
              Manufacturer=SIE, ManufacturerModelName="SOMATOM Force")
    for desc, obj in [("IRM GENOU GAUCHE", ko("Key Images")), ("TDM CEREBRALE SANS C+", pr("GSPS")),
                      ("RX POUMONS PA LAT", pr("Annotations radiologue")), ("TDM TAP C+", ko("KO - images cles")),
                      ("MAMMOGRAPHIE DE DÉPISTAGE BILATÉRALE", sr("Mammography CAD SR", why="CAD results: a structured report", sop=SRC_S)),
                      ("ÉCHOCARDIOGRAPHIE TRANSTHORACIQUE", sr("Echo Measurements", why="echo measurements SR: numbers only", sop=SRC_S)),
                      ("TDM CEREBRALE SANS C+", pdf("Requisition", why="the scanned paper request (PDF)")),
                      ("IRM PROSTATE MULTIPARAMETRIQUE", sr("Rapport", why="the report as SR text", sop=SRB_S)),
                      ("ÉCHO ABDOMINALE COMPLÈTE", S("OT", "Formulaire technologue", NONE, "a scanned worksheet", SOPClassUID=SC_S, nb=True)),
                      ("RX GENOU DROIT 3 INC.", S("OT", "Requete numerisee", NONE, "the scanned paper request", SOPClassUID=SC_S, nb=True)),
                      ("CODE AVC - TDM CEREBRALE + ANGIO-TDM + PERFUSION", dosepage("siemens")),
                      ("TDM ABDO-PELVIENNE C+", dosepage("ge")),
                      ("TEP-TDM FDG CORPS ENTIER", dosepage("ge"))]:
        g.add("ca-hosp", "general", desc, [obj], bpe=None, Manufacturer=None)


# ============================================================================== the core lab
def corelab(g):
    r = g.r
    P = dict(Manufacturer=SIE, ManufacturerModelName="Prisma")
    # MR phantoms: BodyPartExamined is whatever the coil program says
    for desc, series, b in [
            ("ACR PHANTOM QA", ["ACR T1 SAG LOC", "ACR T1 AX", "ACR T2 AX DUAL ECHO", "ACR T1 AX (SITE)"], "HEAD"),
            ("ACR PHANTOM QA", ["ACR_sag_loc", "ACR_T1_axial", "ACR_T2_axial"], "BRAIN"),
            ("QA WEEKLY", ["fBIRN_QA_ep2d_bold", "fBIRN_QA_localizer"], "HEAD"),
            ("QA DAILY", ["ep2d_bold_stability_200vol"], "HEAD"),
            ("ADNI PHANTOM", ["MPRAGE_ADNI_PHANTOM", "ADNI phantom localizer"], "HEAD"),
            ("NIST SYSTEM PHANTOM", ["T1_IR_TI_50", "T1_IR_TI_400", "T1_VFA_FA2", "T2_array_SE_TE14"], None),
            ("DIFFUSION PHANTOM (ICE WATER)", ["DWI_icewater_b0_2000", "DWI_icewater_b0_2000_ADC"], None),
            ("Phantom^QA", ["t1_mprage_sag_p2_iso", "gre_field_mapping"], "HEAD")]:
        ser = [mr(d, NONE, "a phantom: no patient anatomy", own=True) for d in series]
        g.add("corelab", "qc", desc, ser, n=min(2, len(ser)), bpe=b, qc=True, **P)
    for mod, desc, series, man, b in [
            ("CT", "QA CATPHAN 600", ["CTP404 0.6 Qr40", "CTP486 uniformity 5.0"], dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Force"), "HEAD"),
            ("CT", "DAILY QA WATER PHANTOM", ["QA Water 20cm", "Daily QA"], dict(Manufacturer=GE, ManufacturerModelName="Revolution CT"), None),
            ("CT", "ACR CT ACCREDITATION PHANTOM", ["ACR Adult Abd Mod 1-4", "ACR Adult Head Mod 1-4"], dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Force"), "ABDOMEN"),
            ("PT", "NEMA IEC BODY PHANTOM", ["IEC Body 2i5s", "IEC NAC"], dict(Manufacturer=SIE, ManufacturerModelName="Biograph Vision 600"), "WHOLEBODY"),
            ("PT", "PET DAILY QC", ["Ge-68 Cylinder Daily QC"], dict(Manufacturer=GE, ManufacturerModelName="Discovery MI"), None),
            ("PT", "HOFFMAN BRAIN PHANTOM (SITE QUALIFICATION)", ["Hoffman 3D AC 30min", "Hoffman NAC"], dict(Manufacturer=GE, ManufacturerModelName="Discovery MI"), "BRAIN"),
            ("MG", "QC PHANTOM ACR", ["Phantom", "Flat Field"], dict(Manufacturer=HOL, ManufacturerModelName="Selenia Dimensions"), "BREAST"),
            ("US", "QA CIRS 040GSE", [None], dict(Manufacturer=GE, ManufacturerModelName="LOGIQ E10"), None),
            ("OT", "SPINE PHANTOM QC", ["Spine Phantom"], dict(Manufacturer=HOL, ManufacturerModelName="Horizon A"), "LSPINE")]:
        sop = {"CT": CT_S, "PT": PET_S, "MG": MG_S, "US": US_S, "OT": SC_S}[mod]
        ser = [S(mod, d, NONE, "a phantom: no patient anatomy", SOPClassUID=sop, own=d is not None) for d in series]
        g.add("corelab", "qc", desc, ser, n=1, bpe=b, qc=True, **man)
    # travelling human subjects: real heads scanned for cross-site calibration
    for desc, series in [("HUMAN PHANTOM TRAVELLING HEAD", ["t1_mprage_sag_p2_iso", "t2_space_dark-fluid_sag_p2_iso", "ep2d_diff_mddw_30_p2"]),
                         ("TRAVELLING SUBJECT CALIBRATION", ["Accelerated Sagittal MPRAGE", "Axial DTI", "Sagittal 3D FLAIR"]),
                         ("HUMAN PHANTOM", ["T1W_3D_TFE", "3D_FLAIR", "DTI_high_iso"])]:
        ser = [mr(d, HD, f"{d}: a living volunteer's head scanned for calibration (a 'human phantom' is a real head)",
                  own=True) for d in series]
        g.add("corelab", "qc", desc, ser, n=2, bpe=r.choice(["HEAD", None]), **P)
    # what the core lab itself produces and sends back to the trial's archive
    outputs = [
        ("MS-REACH WK24", [mr("t2_space_dark-fluid_sag_p2_iso", HD, "3D FLAIR of the brain", Manufacturer=SIE, ManufacturerModelName="Skyra"),
                           S("SEG", "T2 lesion mask (Reader 1)", NONE, "a lesion segmentation object: labels, not an image of anatomy", SOPClassUID=SEG_S, nb=True,
                             Manufacturer="Core Imaging Lab", ManufacturerModelName="LesionSeg 4.2"),
                           S("SEG", "New/enlarging T2 lesions vs BL", NONE, "a lesion segmentation object", SOPClassUID=SEG_S, nb=True,
                             Manufacturer="Core Imaging Lab", ManufacturerModelName="LesionSeg 4.2"),
                           sr("MS lesion counts (central read)")]),
        ("ONC-2217 WK9", [ct("Body  3.0  Br40  3", CAP, "chest-abdomen-pelvis recon (the trial protocol's name says CAP)", ProtocolName="ONC2217_CT_CAP_V2",
                             Manufacturer=SIE, ManufacturerModelName="SOMATOM Definition Edge"),
                          S("RTSTRUCT", "RECIST target lesions R1", NONE, "contours of target lesions: no image", SOPClassUID=RTSTRUCT_S, nb=True,
                            Manufacturer="MIM Software Inc.", ManufacturerModelName="MIM"),
                          sr("RECIST 1.1 Assessment - Reader 1", sop=SRC_S), ko("Key Images - Reader 2"),
                          pr("Measurements R1")]),
        ("LYM-109 INTERIM (C2)", [S("PT", "PET WB AC", WB, "whole-body PET", SOPClassUID=PET_S, Manufacturer=SIE, ManufacturerModelName="Biograph Vision 600"),
                                  S("SEG", "Lesion SEG SUV41%", NONE, "a segmentation object", SOPClassUID=SEG_S, nb=True,
                                    Manufacturer="Core Imaging Lab", ManufacturerModelName="PETseg"),
                                  sr("Lugano 2014 Response (Deauville)", sop=SRC_S),
                                  S("PT", "SUVbw Parametric Map", WB, "a parametric SUV map of the whole-body PET: the same body imaged",
                                    SOPClassUID=PMAP_S, ImageType=["DERIVED", "PRIMARY"], own=False)]),
        ("GLIO-24 ZYKLUS 3", [mr("t1_mprage_sag_p2_iso_KM", HD, "post-contrast brain volume"),
                              S("SEG", "Tumour subregions (ET/NCR/ED)", NONE, "a segmentation object", SOPClassUID=SEG_S, nb=True,
                                Manufacturer="Core Imaging Lab", ManufacturerModelName="GlioSeg 2.0"),
                              S("RTSTRUCT", "RANO target lesion", NONE, "contours", SOPClassUID=RTSTRUCT_S, nb=True),
                              sr("RANO 2.0 Assessment")]),
        ("RT PLANNING - ONC-2217 OLIGOMETS", [S("RTPLAN", "SBRT Lung 3x18Gy", NONE, "a treatment plan: no image", SOPClassUID=RTPLAN_S, nb=True),
                                              S("RTDOSE", "Dose Lung SBRT", NONE, "a dose grid: no image of anatomy", SOPClassUID=RTDOSE_S, nb=True),
                                              S("RTSTRUCT", "RS: Unapproved Structure Set", NONE, "contours", SOPClassUID=RTSTRUCT_S, nb=True),
                                              ct("CT Planning 3mm", CH, "planning CT of the chest (its protocol says thorax)", t=3.0, it=AX, ProtocolName="RT Thorax SBRT 4D avg",
                                                 Manufacturer=SIE, ManufacturerModelName="SOMATOM go.Open Pro")]),
        ("KOA-5 MONAT 12", [mr("SAG_T2_MAP_RIGHT", ("KNEE",), "cartilage T2 map of the right knee", lat="R", it=["DERIVED", "PRIMARY", "T2 MAP"]),
                            S("SEG", "Cartilage plates (auto)", NONE, "a cartilage segmentation object", SOPClassUID=SEG_S, nb=True),
                            pdf("Image Quality Review Form", why="a QC form (PDF)")]),
        ("NEURO-AD3 SCREENING", [mr("Accelerated Sagittal MPRAGE", HD, "MPRAGE of the brain"),
                                 pdf("Volumetry Report", why="volumetry numbers as a PDF page"),
                                 sr("Amyloid PET Visual Read", sop=SRB_S)]),
        ("SITE QUALIFICATION", [pdf("Site Imaging Qualification Form", why="a site qualification form (PDF)"),
                                pdf("Imaging Transmittal Form", why="the transmittal form (PDF)")]),
    ]
    for desc, ser in outputs:
        nonimg = [i for i, s in enumerate(ser) if not s["labels"]]
        picks = r.sample(nonimg, min(len(nonimg), 3))
        if any(s["labels"] for s in ser) and r.random() < 0.6:
            picks.append(next(i for i, s in enumerate(ser) if s["labels"]))
        g.add("corelab", "onc" if desc.startswith(("ONC", "LYM", "RT")) else "msk" if desc.startswith("KOA") else "neuro",
              desc, ser, picks=picks, bpe=None, info=False)
    # derived maps computed by the lab's pipelines and sent back as series
    for desc, d, labs, why, lat in [
            ("MS-REACH WK48", "FA_map (dti pipeline v3.1)", HD, "fractional anisotropy map of the brain DTI", None),
            ("MS-REACH WK48", "MD_map (dti pipeline v3.1)", HD, "mean diffusivity map of the brain DTI", None),
            ("NEURO-AD3 MONTH 12", "CBF_quantified_ml100g", HD, "quantified ASL cerebral blood flow map", None),
            ("NEURO-AD3 MONTH 12", "Jacobian_determinant_BL_to_M12", HD, "brain deformation map between visits (tensor-based morphometry)", None),
            ("PED-BRAIN 2YR", "T1map_MP2RAGE_corelab", HD, "T1 map of the brain from MP2RAGE", None),
            ("CMR-HF2 MESE 6", "ECV_map_sax_mid", CH, "extracellular volume map of the myocardium", None),
            ("KOA-5 BASELINE", "T2_map_cartilage_SAG_LEFT", ("KNEE",), "T2 map of the left knee cartilage", "L"),
            ("COPD-LC BASELINE", "LAA-950 overlay insp", CH, "emphysema density mask overlaid on the inspiratory lung CT", None),
            ("COPD-LC BASELINE", "Airway tree VRT", CH, "rendering of the segmented airway tree of the lungs", None),
            ("PRO-MP INCLUSION", "ADC_recalc_b50_b1000", PV, "recalculated ADC of the prostate", None)]:
        mod = "CT" if desc.startswith("COPD") else "MR"
        ser = [S(mod, d, labs, why, lat, SOPClassUID=SC_S if "VRT" in d or "overlay" in d else (MR_S if mod == "MR" else CT_S),
                 ImageType=["DERIVED", "SECONDARY"], own=labs != PV and "Jacobian" not in d and "ECV" not in d,
                 Laterality=lat)]
        ser.append(S(mod, {"MS": "ep2d_diff_mddw_30_p2", "NE": "Axial 3D PASL (Eyes Open)", "PE": "mp2rage_sag_p3_INV2",
                           "CM": "MOLLI 5(3)3_post", "KO": "SAG_3D_DESS_WE_LEFT", "CO": "Insp 1.0 Br40",
                           "PR": "ep2d_diff_b50_1000_tra_prostate"}[desc[:2]], labs, "the source series", lat, w=0,
                     SOPClassUID=MR_S if mod == "MR" else CT_S, own=False))
        g.add("corelab", "neuro" if labs == HD else "cardio" if desc.startswith("CMR") else "pulm" if mod == "CT" else
              "msk" if lat else "uro", desc, ser, picks=[0], info=False, bpe=None,
              **(P if mod == "MR" else dict(Manufacturer="Core Imaging Lab", ManufacturerModelName="LungQuant 2.3")))


# ============================================================================== trial sites
ONC_VISITS = ["SCREENING", "SCR", "C3D1", "WK9", "WK18", "WEEK 27", "EOT", "FU1", "UNSCHEDULED", "TP1", "TP2"]


def visit(r, trial, pool, local, p_local=0.45):
    """A study description as trial sites send it: the site's own RIS wording, or a visit label
    (with or without the trial code). Returns (description, names-the-exam)."""
    if r.random() < p_local:
        return r.choice(local), True
    v = r.choice(pool)
    return (r.choice([f"{trial} {v}", f"{trial}_{v.replace(' ', '_')}", v, f"{trial}^{v}"]), False)


def us_onc(g):
    r = g.r
    G = dict(Manufacturer=GE, ManufacturerModelName="Revolution EVO")
    for _ in range(10):
        desc, info = visit(r, "ONC-2217", ONC_VISITS, ["CT CHEST ABDOMEN PELVIS W IV CONTRAST", "CT CAP W CONTRAST",
                                                       "CT CHEST/ABD/PELVIS WITH CONTRAST (RECIST)",
                                                       "CT CHEST/ABDOMEN/PELVIS WITH IV CONTRAST - RECIST 1.1 TUMOR MEASUREMENTS PER PROTOCOL"[:64]])
        ser = [topo("ge", CAP, "scout of a chest-abdomen-pelvis CT"),
               ct("Chest 1.25mm Lung", CH, "lung-kernel recon of the chest only", k="LUNG", t=1.25, it=AX),
               ct("CAP 2.5mm Std", CAP, "chest-abdomen-pelvis soft-tissue recon", k="STANDARD", t=2.5, it=AX),
               ct("Body 5mm", CAP, "5 mm recon of the whole range", k="STANDARD", t=5.0, it=AX, own=False),
               ct("Cor MPR 3x3", CAP, "coronal reformat of the whole range", it=REF, t=3.0, own=False),
               ct("Sag MPR 3x3", CAP, "sagittal reformat of the whole range", it=REF, t=3.0, own=False),
               ct("Delayed Kidneys 5mm", AB, "delayed phase over the kidneys only", k="STANDARD", t=5.0, it=AX),
               dosepage("ge")]
        g.add("us-onc", "onc", desc, ser, info=info, n=2, bpe=r.choice(["CHEST", "CHEST", "ABDOMEN"]),
              ProtocolName=r.choice(["ONC2217 CT CAP", "5.3 CHEST/ABD/PELVIS W", "RECIST CAP"]), ContrastBolusAgent="ISOVUE-370", **G)
    for _ in range(3):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "WK9", "WK18"], ["CT NECK SOFT TISSUE W CONTRAST", "CT SOFT TISSUE NECK W"])
        ser = [topo("ge", NK, "scout of a neck CT"),
               ct("Neck 1.25 Std", NK, "soft-tissue neck recon", k="STANDARD", t=1.25, it=AX),
               ct("Neck Cor 2mm", NK, "coronal reformat of the neck", it=REF, t=2.0),
               ct("Ax 2.5 Std", NK, "axial recon of the neck CT", k="STANDARD", t=2.5, it=AX, own=False)]
        g.add("us-onc", "onc", desc, ser, info=info, n=1, bpe="NECK", ProtocolName="ONC2217 NECK W", **G)
    S3 = dict(Manufacturer=GE, ManufacturerModelName="DISCOVERY MR750")
    for _ in range(4):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "WK18", "UNSCHEDULED"], ["MRI BRAIN W WO CONTRAST", "MR BRAIN WITH AND WITHOUT"])
        ser = [mr("3-Plane Loc", HD, "localizer of a brain MR", it=LOC, own=False, w=0.4),
               mr("Ax T1 pre", HD, "pre-contrast T1 of a brain exam", own=False),
               mr("Ax T2 FLAIR", HD, "FLAIR of a brain exam", own=False),
               mr("Ax DWI", HD, "diffusion of a brain exam", own=False),
               mr("Sag 3D T1 BRAVO +C", HD, "post-contrast 3D T1 of the brain (BRAVO)", ContrastBolusAgent="MULTIHANCE"),
               mr("Ax T1 +C MPR", HD, "axial reformat of the post-contrast brain volume", it=REF, own=False)]
        g.add("us-onc", "onc", desc, ser, info=info, n=2, bpe="HEAD", ProtocolName="ONC2217 BRAIN METS", **S3)
    V = dict(Manufacturer=SIE, ManufacturerModelName="Biograph Vision 600")
    for _ in range(7):
        desc, info = visit(r, "LYM-109", ["BASELINE", "INTERIM PET C2", "EOT PET", "BL"],
                           ["PET/CT SKULL BASE TO MID THIGH", "PET CT WHOLE BODY (EYES TO THIGHS)", "NM PET CT FDG LYMPHOMA"])
        ser = [topo("siemens", WB, "scout of a whole-body PET/CT"),
               ct("CT WB  3.0  Br38  3", WB, "low-dose CT over the PET range (skull base to thigh)", k=["Br38", "3"], t=3.0),
               S("PT", "PET WB", WB, "attenuation-corrected whole-body PET", SOPClassUID=PET_S, ImageType=["ORIGINAL", "PRIMARY"]),
               S("PT", "PET WB Uncorrected", WB, "non-corrected whole-body PET", SOPClassUID=PET_S, w=0.5),
               S("PT", "PET WB MIP", WB, "MIP of the whole-body PET", SOPClassUID=PET_S, ImageType=MIP, w=0.6),
               dosepage("siemens")]
        g.add("us-onc", "onc", desc, ser, info=info, n=2, bpe=r.choice(["WHOLEBODY", "CHEST", "ABDOMEN", "LUNG"]),
              ProtocolName="LYM109_FDG_WB", **V)
    for _ in range(3):
        desc, info = visit(r, "MM-501", ["SCREENING", "C6D1", "EOT"], ["MRI WHOLE BODY (MYELOMA PROTOCOL)", "MR WHOLE BODY WO"])
        ser = [mr("localizer_WB", WB, "whole-body localizer", it=LOC, own=True, w=0.4),
               mr("t1_vibe_dixon_cor_WB_W_COMP", WB, "composed whole-body Dixon (water)", it=["DERIVED", "PRIMARY", "DIXON", "WATER", "COMPOSED"]),
               mr("t1_vibe_dixon_cor_WB_F_COMP", WB, "composed whole-body Dixon (fat)", it=["DERIVED", "PRIMARY", "DIXON", "FAT", "COMPOSED"]),
               mr("ep2d_diff_b50_900_tra_WB_ADC_COMP", WB, "composed whole-body ADC"),
               mr("DWI b900 MIP inv cor", WB, "inverted MIP of the whole-body b900", it=MIP),
               mr("stir_tse_sag_spine_COMP", SPINE, "composed sagittal STIR of the whole spine")]
        g.add("us-onc", "onc", desc, ser, info=info, n=2, bpe=r.choice(["WHOLEBODY", "CHEST"]),
              Manufacturer=SIE, ManufacturerModelName="Aera")
    for _ in range(3):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "WK18"], ["NM BONE SCAN WHOLE BODY", "BONE SCAN WB + SPECT"])
        ser = [S("NM", "WB ANT/POST", WB, "anterior and posterior whole-body bone scan", SOPClassUID=NM_S, own=False),
               S("NM", "SPECT CHEST", CH, "SPECT over the thorax only", SOPClassUID=NM_S, ImageType=["ORIGINAL", "PRIMARY", "RECON TOMO"]),
               S("NM", "Statics Skull Lat", HD, "lateral static of the skull", SOPClassUID=NM_S)]
        g.add("us-onc", "onc", desc, ser, info=info, n=1, bpe="WHOLEBODY", Manufacturer=GE, ManufacturerModelName="Discovery NM/CT 670")


def br_onc(g):
    r = g.r
    P = dict(Manufacturer=PHC, ManufacturerModelName="Ingenuity CT")
    for _ in range(7):
        desc, info = visit(r, "ONC-2217", ["TRIAGEM", "VISITA 3 SEMANA 9", "SEMANA 18", "FIM DE TRATAMENTO", "SCREENING"],
                           ["TC DE TÓRAX, ABDOME E PELVE COM CONTRASTE", "TC TORAX ABDOME E PELVE C/ CONTRASTE",
                            "TOMOGRAFIA DE TÓRAX E ABDOME TOTAL"])
        ser = [topo("philips", CAP, "scout of a chest-abdomen-pelvis CT"),
               ct("Torax 1mm Pulmao", CH, "lung recon of the chest (pulmão = lung)", k="L", t=1.0, it=AX),
               ct("Torax Abdome Pelve 3mm", CAP, "soft-tissue recon of the whole range", k="B", t=3.0, it=AX),
               ct("Coronal 3mm", CAP, "coronal reformat of the whole range", it=REF, t=3.0, own=False),
               ct("iDose4 Fase Portal 5mm", CAP, "portal-phase recon of the whole range", k="B", t=5.0, it=AX, own=False),
               dosepage("philips")]
        g.add("br-onc", "onc", desc, ser, info=info, n=2, bpe=r.choice(["CHEST", "ABDOMEN", None]),
              ProtocolName="TORAX/ABDOME TOTAL", **P)
    for _ in range(4):
        desc, info = visit(r, "ONC-2217", ["TRIAGEM", "SEMANA 9"], ["TC ABDOME TOTAL COM CONTRASTE", "TC DE ABDOME TOTAL"])
        ser = [topo("philips", AP, "scout of a whole-abdomen CT"),
               ct("Abdome Total 3mm", AP, "'abdome total' is abdomen and pelvis", k="B", t=3.0, it=AX),
               ct("Fase Arterial 2mm", AP, "arterial phase over the same range", k="B", t=2.0, it=AX, own=False),
               ct("Sagital", AP, "sagittal reformat", it=REF, own=False),
               dosepage("philips")]
        g.add("br-onc", "onc", desc, ser, info=info, n=1, bpe="ABDOMEN", ProtocolName="ABDOME TOTAL", **P)
    for _ in range(2):
        ser = [topo("philips", CH, "scout of a chest CT"), ct("Torax 1mm AR", CH, "high-resolution chest", k="L", t=1.0, it=AX)]
        g.add("br-onc", "pulm", "TC DE TÓRAX ALTA RESOLUÇÃO", ser, n=1, bpe="CHEST", **P)
    for _ in range(3):
        ser = [mr("SURVEY", HD, "survey of a skull MR", it=LOC, own=False, w=0.4),
               mr("T1W_3D_TFE +C", HD, "post-contrast 3D T1 (head study)", own=False),
               mr("T2W_FLAIR", HD, "FLAIR (head study)", own=False), mr("DWI_b1000", HD, "diffusion (head study)", own=False)]
        g.add("br-onc", "onc", "RM DE CRÂNIO COM CONTRASTE", ser, n=1, bpe="HEAD", Manufacturer=PHM, ManufacturerModelName="Achieva")
    for _ in range(3):
        ser = [S("NM", "Corpo Inteiro ANT", WB, "anterior whole-body bone scan", SOPClassUID=NM_S),
               S("NM", "Corpo Inteiro POST", WB, "posterior whole-body bone scan", SOPClassUID=NM_S)]
        g.add("br-onc", "onc", "CINTILOGRAFIA ÓSSEA DE CORPO INTEIRO", ser, n=1, bpe="WHOLEBODY", Manufacturer=SIE, ManufacturerModelName="Symbia T16")
    for _ in range(3):
        desc, info = visit(r, "LYM-109", ["BASELINE", "PET INTERIM"], ["PET-CT ONCOLÓGICO (FDG)", "PET/CT CORPO INTEIRO FDG-18F"])
        ser = [topo("ge", WB, "scout of a whole-body PET/CT"),
               ct("CTAC 3.75 Thick", WB, "attenuation CT over the PET range", t=3.75, it=AX, own=False),
               S("PT", "PET AC", WB, "corrected whole-body PET", SOPClassUID=PET_S, own=False),
               S("PT", "PET NAC", WB, "non-corrected whole-body PET", SOPClassUID=PET_S, own=False)]
        g.add("br-onc", "onc", desc, ser, info=info, n=1, bpe=r.choice(["WHOLEBODY", "ABDOMEN"]), Manufacturer=GE, ManufacturerModelName="Discovery 710")
    # RA trial: hands and feet for radiographic progression scoring
    A = dict(Manufacturer=AGF, ManufacturerModelName="DX-D 600")
    for _ in range(6):
        desc, info = visit(r, "RA-311", ["TRIAGEM", "SEMANA 24", "SEMANA 52"], ["RX MÃOS E PÉS (ESCORE DE SHARP)", "RX DE MÃOS PA E PÉS AP"], p_local=0.5)
        ser = [S("DX", "Mãos PA", ("HAND",), "both hands on one plate", "B", SOPClassUID=DX_S, ViewPosition="PA"),
               S("DX", "Pés AP", ("FOOT",), "both feet on one plate", "B", SOPClassUID=DX_S, ViewPosition="AP"),
               S("DX", "Mão direita obliqua", ("HAND",), "an oblique of the right hand (direita)", "R", SOPClassUID=DX_S),
               S("DX", "Pé esquerdo obliquo", ("FOOT",), "an oblique of the left foot (esquerdo)", "L", SOPClassUID=DX_S)]
        g.add("br-onc", "msk", desc, ser, info=info, n=2, bpe=None, **A)


MS_VISITS = ["SCREENING", "BL", "V2 WK12", "WK24", "WK48", "V6 WK96", "UNSCHEDULED", "FU1"]


def ar_neuro(g):
    r = g.r
    K = dict(Manufacturer=SIE, ManufacturerModelName="Skyra")
    for _ in range(11):
        desc, info = visit(r, "MS-REACH", MS_VISITS + ["SEMANA 24", "VISITA 5"],
                           ["RM DE CEREBRO CON Y SIN GADOLINIO", "RM ENCÉFALO S/C CTE", "RM CEREBRO Y COLUMNA CERVICAL C/CTE",
                            "RESONANCIA DE ENCEFALO"])
        ser = [mr("AAHead_Scout_32ch-head-coil", HD, "the head auto-align scout", it=LOC, w=0.4),
               mr("t1_mprage_sag_p2_iso", HD, "MPRAGE: a brain volume", SequenceName="*tfl3d1_16ns", ScanningSequence=["GR", "IR"]),
               mr("t2_space_dark-fluid_sag_p2_iso", HD, "3D FLAIR (SPACE dark-fluid) of the brain"),
               mr("pd+t2_tse_tra_p2", HD, "PD/T2 axial of the brain in an MS protocol", own=False, SequenceName="*tse2d2_7"),
               mr("t1_se_tra_POST", HD, "post-gadolinium T1 of the brain", own=False, ContrastBolusAgent="GADOVIST"),
               mr("t1_mprage_sag_p2_iso_MPR_tra", HD, "axial MPR of the MPRAGE", it=["DERIVED", "PRIMARY", "MPR", "ND", "NORM"]),
               mr("t2_tse_sag_CSpine", ("CSPINE",), "sagittal T2 of the cervical cord", w=0.8),
               mr("stir_tse_sag_CSpine", ("CSPINE",), "sagittal STIR of the cervical cord", w=0.8),
               mr("t2_me2d_tra_cord_C2-C3", ("CSPINE",), "axial multi-echo GRE of the cervical cord"),
               phoenix()]
        # the brain program's BodyPartExamined is copied into the cord series too
        g.add("ar-neuro", "neuro", desc, ser, info=info, n=2, bpe="HEAD", **K)
    for _ in range(3):
        desc, info = visit(r, "MS-REACH", MS_VISITS, ["RM ENCÉFALO", "RM DE CEREBRO SIN CONTRASTE"])
        ser = [mr("localizer", HD, "localizer of a brain MR", it=LOC, own=False, w=0.4),
               mr("t1_mprage_sag_p2_iso", HD, "MPRAGE: a brain volume"),
               mr("t2_flair_sag_p2_3mm", HD, "sagittal FLAIR of the brain"),
               mr("ep2d_diff_mddw_30_p2", HD, "30-direction diffusion: brain DTI"),
               mr("ep2d_diff_mddw_30_p2_FA", HD, "FA map of the brain DTI", it=FA),
               mr("ep2d_diff_mddw_30_p2_ADC", HD, "ADC map of the brain DTI", it=ADC),
               mr("ep2d_diff_mddw_30_p2_TRACEW", HD, "trace-weighted images of the brain DTI", it=TRACEW)]
        g.add("ar-neuro", "neuro", desc, ser, info=info, n=2, bpe="BRAIN", **K)
    F = dict(Manufacturer=FUJ, ManufacturerModelName="FDR D-EVO II")
    for _ in range(8):
        desc, info = visit(r, "RA-311", ["SCREENING", "SEMANA 24", "SEMANA 52"],
                           ["RX DE AMBAS MANOS Y PIES", "RX MANOS (F) Y PIES (F Y OBLICUA)", "RADIOGRAFIA MANOS Y PIES - SHARP"], p_local=0.6)
        ser = [S("DX", "MANOS F", ("HAND",), "both hands PA on one plate (manos)", "B", SOPClassUID=DX_S, ViewPosition="PA"),
               S("DX", "PIES F", ("FOOT",), "both feet AP on one plate (pies)", "B", SOPClassUID=DX_S, ViewPosition="AP"),
               S("DX", "MANO IZQUIERDA OBLICUA", ("HAND",), "oblique of the left hand", "L", SOPClassUID=DX_S),
               S("DX", "PIE DERECHO OBLICUO", ("FOOT",), "oblique of the right foot", "R", SOPClassUID=DX_S)]
        g.add("ar-neuro", "msk", desc, ser, info=info, n=2, bpe=r.choice(["HAND", None]), **F)


def de_msk(g):
    r = g.r
    P = dict(Manufacturer=SIE, ManufacturerModelName="Prisma_fit")
    for _ in range(10):
        side = r.choice("RL")
        word = {"R": "RIGHT", "L": "LEFT"}[side]
        desc, info = visit(r, "KOA-5", ["BASELINE", "BL", "V4 MONAT 12", "MONAT 24", "M12"],
                           [f"MRT Knie {SIDEW['de'][side]} nativ", f"MRT KNIE {SIDEW['de_s'][side].upper()}", f"MR Kniegelenk {SIDEW['de'][side]}"])
        tag = side if r.random() < 0.5 else None
        why = f"the {word.lower()} knee of an OA cohort protocol"
        ser = [mr("localizer", ("KNEE",), "knee localizer" + ("" if tag else ", side from its sibling series"), lat=side, it=LOC,
                  own=False, w=0.4, Laterality=tag, sidectx=tag is None),
               mr(f"SAG_3D_DESS_WE_{word}", ("KNEE",), "3D DESS (water excitation): " + why, lat=side, Laterality=tag),
               mr(f"COR_MPR_{word}", ("KNEE",), "coronal MPR of the DESS: " + why, lat=side, it=MPR, Laterality=tag),
               mr(f"AX_MPR_{word}", ("KNEE",), "axial MPR of the DESS: " + why, lat=side, it=MPR, Laterality=tag),
               mr(f"SAG_IW_TSE_{word}", ("KNEE",), "sagittal intermediate-weighted TSE: " + why, lat=side, Laterality=tag),
               mr(f"COR_T1_3D_FLASH_{word}", ("KNEE",), "coronal 3D FLASH: " + why, lat=side, Laterality=tag),
               mr(f"SAG_T2_MAP_{word}", ("KNEE",), "multi-echo T2 mapping: " + why, lat=side, Laterality=tag)]
        if tag is None:
            # some sites' series names lose the side; then the tag or the study must carry it
            for s in ser[1:]:
                if r.random() < 0.3 and info:
                    s["meta"]["SeriesDescription"] = s["meta"]["SeriesDescription"].rsplit("_", 1)[0]
        g.add("de-msk", "msk", desc, ser, info=info, n=2, bpe="KNEE", **P)
    Y = dict(Manufacturer=SIE, ManufacturerModelName="Ysio Max")
    for _ in range(5):
        desc, info = visit(r, "KOA-5", ["BASELINE", "M12", "M24"], ["Knie beidseits stehend p.a. (Rosenberg)", "RÖ KNIE BDS. STEHEND"], p_local=0.6)
        side = r.choice("RL")
        ser = [S("DX", "Knie bds. pa stehend SynaFlexer", ("KNEE",), "both knees standing PA with the positioning frame", "B", SOPClassUID=DX_S, ViewPosition="PA"),
               S("DX", f"Knie {SIDEW['de_s'][side]} seitl.", ("KNEE",), "lateral of one knee", side, SOPClassUID=DX_S, ViewPosition="LL")]
        g.add("de-msk", "msk", desc, ser, info=info, n=1, bpe="KNEE", **Y)
    S_ = dict(Manufacturer=SIE, ManufacturerModelName="Skyra")
    for _ in range(6):
        desc, info = visit(r, "GLIO-24", ["SCREENING", "BASELINE", "ZYKLUS 3", "ZYKLUS 6", "PROGRESSION?"],
                           ["MRT Schädel mit KM", "MRT SCHAEDEL NATIV + KM", "MR Kopf Tumorprotokoll"])
        ser = [mr("AAHead_Scout_64ch-head-coil", HD, "the head auto-align scout", it=LOC, w=0.4),
               mr("t1_mprage_sag_p2_iso", HD, "MPRAGE: a brain volume"),
               mr("t1_mprage_sag_p2_iso_KM", HD, "post-contrast MPRAGE of the brain ('KM' = contrast)"),
               mr("t2_tirm_tra_dark-fluid_p2", HD, "axial FLAIR (TIRM dark-fluid) of the brain"),
               mr("ep2d_diff_3scan_trace_p2_ADC", HD, "ADC map of the brain diffusion", it=ADC),
               mr("ep2d_perf_p2", HD, "DSC perfusion of the brain"),
               mr("relCBV", HD, "relative cerebral blood volume map", it=["DERIVED", "PRIMARY", "PERFUSION", "RELCBV"]),
               mr("t1_vibe_tra_dyn", HD, "DCE through the tumour (brain)", own=False),
               mr("Ktrans", HD, "Ktrans map of the brain DCE", it=["DERIVED", "PRIMARY", "TISSUE4D", "KTRANS"], own=False)]
        g.add("de-msk", "neuro", desc, ser, info=info, n=2, bpe="HEAD", **S_)
    D = dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Definition AS+")
    for _ in range(5):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "C3D1", "WK9"],
                           ["CT Hals/Thorax/Abdomen/Becken mit KM", "CT HALS-THORAX-ABDOMEN-BECKEN KM", "Staging CT Hals bis Becken"])
        ser = [topo("siemens", NCAP, "scout from the neck to the pelvis"),
               ct("Hals-Becken  3.0  B31f", NCAP, "one recon from the neck to the pelvis ('Hals bis Becken')", k="B31f", t=3.0),
               ct("Thorax  1.0  B70f  Lunge", CH, "lung kernel of the thorax only", k="B70f", t=1.0),
               ct("Hals  2.0  B31f", NK, "the neck part", k="B31f", t=2.0),
               ct("Abdomen cor  3.0  B31f", AP, "coronal of abdomen and pelvis", k="B31f", t=3.0, it=MPR),
               dosepage("siemens")]
        g.add("de-msk", "onc", desc, ser, info=info, n=2, bpe=r.choice(["NECK", "CHEST", "HALS"]), ProtocolName="Hals-Thx-Abd_KM", **D)


def fr_uro(g):
    r = g.r
    I = dict(Manufacturer=PHM, ManufacturerModelName="Ingenia")
    for _ in range(11):
        desc, info = visit(r, "PRO-MP", ["INCLUSION", "M12", "M24", "SCREENING", "V1"],
                           ["IRM PROSTATE MULTIPARAMETRIQUE", "IRM PROSTATIQUE SANS ET AVEC INJECTION", "IRM PELVIENNE (PROSTATE)"])
        ser = [mr("SURVEY", PV, "survey of a prostate MR", it=LOC, own=False, w=0.4),
               mr("T2W_TSE_ax", PV, "axial T2 of the prostate", own=False),
               mr("T2W_TSE_sag", PV, "sagittal T2 of the prostate", own=False),
               mr("DWI_b0_1000_2000", PV, "prostate diffusion with high b-values", own=False),
               mr("dADC_DWI_b0_1000_2000", PV, "ADC map of the prostate diffusion", it=ADC, own=False),
               mr("DCE_THRIVE_dyn", PV, "DCE of the prostate", own=False),
               mr("T1W_TSE_ax_ggl", PV, "pelvic lymph node T1 (ganglions)", own=False)]
        g.add("fr-uro", "uro", desc, ser, info=info, n=2, bpe=r.choice(["PROSTATE", "PELVIS", "PROSTATE"]),
              ProtocolName="PRO-MP mpMRI v3", **I)
    K = dict(Manufacturer=SIE, ManufacturerModelName="Skyra")
    for _ in range(7):
        desc, info = visit(r, "BRS-AMR", ["V1", "V2", "INCLUSION", "AN 2"],
                           ["IRM MAMMAIRE BILATERALE", "IRM DES SEINS AVEC INJECTION", "IRM MAMMAIRE ABREGEE (DEPISTAGE)"])
        ser = [mr("localizer", BR, "localizer of a breast MR", lat="B", it=LOC, own=False, w=0.4),
               mr("t2_tse_tra_spair", BR, "axial T2 of both breasts", lat="B", own=False),
               mr("Ultrafast_TWIST_VIBE_tra", BR, "ultrafast DCE of both breasts", lat="B", own=False),
               mr("t1_fl3d_tra_dynaViews_spair_pre", BR, "pre-contrast axial T1 of both breasts", lat="B", own=False),
               mr("t1_fl3d_tra_dynaViews_spair_1st", BR, "first post-contrast of both breasts", lat="B", own=False),
               mr("t1_fl3d_tra_dynaViews_SUB1", BR, "subtraction of both breasts", lat="B", it=SUB, own=False),
               mr("MIP_SUB1_tra", BR, "MIP of the subtraction of both breasts", lat="B", it=MIP, own=False),
               mr("ep2d_diff_tra_b50_800_ADC", BR, "ADC of both breasts", lat="B", it=ADC, own=False)]
        g.add("fr-uro", "breast", desc, ser, info=info, n=2, bpe="BREAST", PatientPosition="HFP", **K)
    # an older unilateral sagittal breast protocol: the side only in the series name
    for side in "RL":
        ser = [mr(f"t1_fl3d_sag_fs_{SIDEW['fr_m'][side].lower()}_dyn", BR, "unilateral sagittal DCE of one breast", lat=side, own=False),
               mr(f"t2_tse_sag_{SIDEW['fr_m'][side].lower()}", BR, "unilateral sagittal T2 of one breast", lat=side, own=False)]
        g.add("fr-uro", "breast", "IRM MAMMAIRE", ser, n=1, bpe="BREAST", PatientPosition="FFP", Manufacturer=SIE, ManufacturerModelName="Avanto")
    A = dict(Manufacturer=GE, ManufacturerModelName="SIGNA Architect")
    for _ in range(3):
        desc, info = visit(r, "NEURO-AD3", ["SCREENING", "M12"], ["IRM CEREBRALE (BILAN MEMOIRE)", "IRM ENCEPHALIQUE PROTOCOLE DEMENCE"])
        ser = [mr("Accelerated Sag IR-FSPGR", HD, "accelerated IR-FSPGR: a brain volume"),
               mr("Sag 3D FLAIR", HD, "3D FLAIR of the brain"),
               mr("Ax T2* GRE", HD, "T2* of the brain (microbleeds)", own=False),
               mr("Obl Coronal T2 Hippocampus", HD, "oblique coronal T2 through the hippocampi"),
               mr("Axial 3D PCASL", HD, "3D pseudo-continuous ASL of the brain"),
               mr("Cerebral Blood Flow", HD, "CBF map from the ASL", it=["DERIVED", "PRIMARY", "CBF"])]
        g.add("fr-uro", "neuro", desc, ser, info=info, n=2, bpe="HEAD", **A)


def nl_pulm(g):
    r = g.r
    F = dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Force")
    for _ in range(8):
        desc, info = visit(r, "COPD-LC", ["BASELINE", "JAAR 2", "YEAR 5", "BL"],
                           ["CT THORAX INSPIRATIE EN EXPIRATIE", "CT THORAX LAGE DOSIS", "CT LONGEN INSP/EXP (COHORT)"])
        ser = [topo("siemens", CH, "scout of a chest CT"),
               ct("Insp  1.0  Br40  3", CH, "full-inspiration chest", k=["Br40", "3"], t=1.0, own=False),
               ct("Insp  1.0  Bl64  3", CH, "full-inspiration chest, lung kernel", k=["Bl64", "3"], t=1.0, own=False),
               ct("Exp  1.0  Br40  3", CH, "end-expiration chest", k=["Br40", "3"], t=1.0, own=False),
               ct("Thorax insp  5.0  MIP", CH, "MIP of the inspiratory chest", it=MIP, t=5.0),
               dosepage("siemens")]
        g.add("nl-pulm", "pulm", desc, ser, info=info, n=2, bpe=r.choice(["CHEST", "LUNG"]), ProtocolName="COPD_Insp_Exp", **F)
    I = dict(Manufacturer=PHC, ManufacturerModelName="iCT 256")
    for _ in range(5):
        desc, info = visit(r, "COPD-LC", ["BASELINE", "JAAR 2"], ["CT THORAX INSPIRATIE/EXPIRATIE", "CT thorax laag dosis"])
        ser = [topo("philips", CH, "scout of a chest CT"),
               ct("Inspiratie 1mm B", CH, "inspiratory chest (inspiratie)", k="B", t=1.0, it=AX),
               ct("Expiratie 1mm B", CH, "expiratory chest (expiratie)", k="B", t=1.0, it=AX),
               ct("Inspiratie 1mm L", CH, "inspiratory chest, lung kernel", k="L", t=1.0, it=AX),
               dosepage("philips")]
        g.add("nl-pulm", "pulm", desc, ser, info=info, n=1, bpe="CHEST", **I)
    C = dict(Manufacturer=CAN, ManufacturerModelName="Aquilion ONE")
    for _ in range(3):
        ser = [topo("canon", CH, "scout of a chest CT"),
               ct("INSP 1.0 FC51 AIDR3D", CH, "inspiratory chest", k="FC51", t=1.0, it=AX, own=False),
               ct("EXP 1.0 FC51 AIDR3D", CH, "expiratory chest", k="FC51", t=1.0, it=AX, own=False)]
        g.add("nl-pulm", "pulm", "COPD-LC BASELINE", ser, info=False, n=1, bpe="CHEST", **C)
    for _ in range(6):
        desc, info = visit(r, "STROKE-XT", ["BASELINE", "DAG 1", "24H", "DAG 5"],
                           ["CT HERSENEN + CTA + PERFUSIE", "CT hersenen blanco", "CTA circle of Willis en halsvaten"])
        ser = [topo("philips", HN, "scout of a stroke CT from the arch to the vertex"),
               ct("Hersenen 5mm", HD, "non-contrast brain ('hersenen' = brain)", k="UB", t=5.0, it=AX),
               ct("CTA 0.9mm", HN, "CTA from the aortic arch to the vertex", k="CB", t=0.9, it=AX, own=False),
               ct("MIP COW ax", HD, "MIP of the circle of Willis", it=MIP),
               ct("MIP halsvaten cor", NK, "MIP of the neck vessels", it=MIP),
               S("CT", "CBF", HD, "cerebral blood flow map", SOPClassUID=CT_S, ImageType=["DERIVED", "SECONDARY", "PERFUSION"], own=False),
               S("CT", "TMAX", HD, "Tmax map of the brain perfusion", SOPClassUID=CT_S, ImageType=["DERIVED", "SECONDARY", "PERFUSION"], own=False),
               dosepage("philips")]
        g.add("nl-pulm", "neuro", desc, ser, info=info, n=2, bpe=r.choice(["HEAD", "BRAIN", "NECK"]),
              Manufacturer=PHC, ManufacturerModelName="Brilliance 64")
    for _ in range(4):
        desc, info = visit(r, "STROKE-XT", ["DAG 5", "24H", "DAY 90"], ["MRI HERSENEN", "MRI hersenen (CVA)"])
        ser = [mr("Survey", HD, "survey of a brain MR", it=LOC, own=False, w=0.4),
               mr("DWI", HD, "diffusion of a brain MR", own=False),
               mr("dADC", HD, "ADC map of the brain diffusion", it=ADC, own=False),
               mr("FLAIR_3D", HD, "3D FLAIR of the brain"),
               mr("SWIp", HD, "susceptibility of the brain", own=False),
               mr("PWI_DSC", HD, "DSC perfusion of the brain", own=True),
               mr("TOF_MRA_COW", HD, "time-of-flight angiography of the circle of Willis")]
        g.add("nl-pulm", "neuro", desc, ser, info=info, n=2, bpe="BRAIN", Manufacturer=PHM, ManufacturerModelName="Ingenia Elition X")


def pl_neuro(g):
    r = g.r
    G = dict(Manufacturer=GE, ManufacturerModelName="DISCOVERY MR750w")
    for _ in range(10):
        desc, info = visit(r, "MS-REACH", MS_VISITS + ["WIZYTA 4", "WIZYTA 6"],
                           ["MR GŁOWY Z KONTRASTEM", "MR MÓZGOWIA I RDZENIA SZYJNEGO", "MR głowy bez i z kontrastem (SM)",
                            "REZONANS MAGNETYCZNY GŁOWY"])
        ser = [mr("3-Plane Loc", HD, "localizer of a brain MR", it=LOC, own=False, w=0.4),
               mr("ASSET Calibration", HD, "coil calibration over the head", own=False, w=0.3),
               mr("Sag CUBE FLAIR", HD, "3D CUBE FLAIR of the brain"),
               mr("Sag 3D BRAVO", HD, "3D BRAVO: a brain volume"),
               mr("AX PD/T2 FSE", HD, "PD/T2 axial of the brain in an MS protocol", own=False),
               mr("Ax T1 SE +C", HD, "post-contrast T1 of the brain", own=False, ContrastBolusAgent="DOTAREM"),
               mr("Sag T2 FSE C-SP", ("CSPINE",), "sagittal T2 of the cervical spine"),
               mr("Sag STIR C-SP", ("CSPINE",), "sagittal STIR of the cervical spine"),
               mr("Ax T2* MERGE C2-C7", ("CSPINE",), "axial MERGE over C2 to C7")]
        g.add("pl-neuro", "neuro", desc, ser, info=info, n=2, bpe=r.choice(["HEAD", "HEAD", "BRAIN"]), ProtocolName="MS-REACH BRAIN+CORD v2", **G)
    I = dict(Manufacturer=PHM, ManufacturerModelName="Ingenia")
    for _ in range(3):
        desc, info = visit(r, "MS-REACH", MS_VISITS, ["MR GŁOWY", "MR mózgowia bez kontrastu"])
        ser = [mr("sT1W_3D_TFE", HD, "3D T1 TFE of the brain"),
               mr("3D_Brain_VIEW_FLAIR_SHC", HD, "3D FLAIR of the brain"),
               mr("T2W_TSE", HD, "T2 of a brain study", own=False),
               mr("DTI_32dir", HD, "diffusion tensor imaging (brain)", own=True),
               mr("Reg - DTI_32dir", HD, "registered DTI of the brain", it=MRD, own=True)]
        g.add("pl-neuro", "neuro", desc, ser, info=info, n=2, bpe="BRAIN", **I)
    # osteoporosis trial: lateral spine films for vertebral fractures, DXA
    D = dict(Manufacturer=SAM, ManufacturerModelName="GC85A")
    for _ in range(6):
        desc, info = visit(r, "OSTEO-VFA", ["SCREENING", "M12", "M36"],
                           ["RTG KRĘGOSŁUPA PIERSIOWEGO I LĘDŹWIOWEGO BOCZNE", "RTG kręgosłupa Th i L bocznie"], p_local=0.6)
        ser = [S("DX", "Kręgosłup piersiowy boczne", ("TSPINE",), "lateral thoracic spine (piersiowy)", SOPClassUID=DX_S, ViewPosition="LL"),
               S("DX", "Kręgosłup lędźwiowy boczne", ("LSPINE",), "lateral lumbar spine (lędźwiowy)", SOPClassUID=DX_S, ViewPosition="LL"),
               S("DX", "Th AP", ("TSPINE",), "AP of the thoracic spine ('Th')", SOPClassUID=DX_S, ViewPosition="AP", own=False),
               S("DX", "L AP", ("LSPINE",), "AP of the lumbar spine", SOPClassUID=DX_S, ViewPosition="AP", own=False)]
        g.add("pl-neuro", "msk", desc, ser, info=info, n=2, bpe=r.choice(["SPINE", "TSPINE", None]), **D)
    L = dict(Manufacturer="GE Healthcare", ManufacturerModelName="Lunar iDXA")
    for _ in range(4):
        side = r.choice("RL")
        ser = [S("OT", "AP Spine L1-L4", ("LSPINE",), "DXA of the lumbar spine", SOPClassUID=SC_S),
               S("OT", f"Femur {SIDEW['en_c'][side]}", ("HIP",), "DXA of the proximal femur: the hip", side, SOPClassUID=SC_S),
               S("OT", "DualFemur", ("HIP",), "DXA of both proximal femora: both hips", "B", SOPClassUID=SC_S),
               S("OT", "Total Body", WB, "total-body DXA: the whole body", SOPClassUID=SC_S, w=0.5)]
        g.add("pl-neuro", "msk", r.choice(["DENSYTOMETRIA (DXA)", "OSTEO-VFA DXA M12", "Densytometria kręgosłupa i szyjki kości udowej"]),
              ser, n=1, bpe=None, **L)


def it_cardio(g):
    r = g.r
    A = dict(Manufacturer=SIE, ManufacturerModelName="Aera")
    for _ in range(12):
        desc, info = visit(r, "CMR-HF2", ["BASELINE", "MESE 6", "MESE 12", "SCREENING", "V3"],
                           ["RM CUORE CON MDC", "RM CARDIACA MORFO-FUNZIONALE CON MEZZO DI CONTRASTO", "RMN CUORE + MAPPING"])
        ser = [mr("localizer_haste", CH, "HASTE localizer of a cardiac MR", it=LOC, own=False, w=0.4),
               mr("trufi_loc_multi_iPAT", CH, "multi-slice TrueFISP localizer of the heart", own=False, w=0.4),
               mr("cine_4ch", CH, "four-chamber cine of the heart"),
               mr("cine_2ch", CH, "two-chamber cine of the heart"),
               mr("cine_sax", CH, "short-axis cine stack of the heart"),
               mr("MOLLI 5(3)3_pre", CH, "native myocardial T1 mapping (MOLLI)"),
               mr("MOLLI 5(3)3_pre_T1 MAP", CH, "native T1 map of the myocardium", it=MOCO),
               mr("T2 map_flash_sax", CH, "myocardial T2 map", it=MOCO, own=False),
               mr("TI scout", CH, "inversion-time scout before LGE (heart)"),
               mr("de_PSIR_sax_MAG", CH, "LGE magnitude of the heart", own=False),
               mr("de_PSIR_sax_PSIR", CH, "phase-sensitive LGE of the heart", own=False),
               mr("flow_Ao_venc250", CH, "aortic flow across the valve"),
               mr("flow_Ao_venc250_P", CH, "aortic flow phase image", it=["ORIGINAL", "PRIMARY", "P", "ND"], own=False)]
        g.add("it-cardio", "cardio", desc, ser, info=info, n=2, bpe=r.choice(["HEART", "CHEST", "CARDIAC"]), ProtocolName="CMR-HF2 v1.3", **A)
    F = dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Force")
    for _ in range(7):
        desc, info = visit(r, "CTCA-PLQ", ["BASELINE", "MESE 12", "FOLLOW-UP"],
                           ["TC CORONARICA", "ANGIO-TC CORONARIE CON CALCIUM SCORE", "CARDIO-TC"])
        ser = [topo("siemens", CH, "scout of a cardiac CT"),
               ct("CaScore  3.0  Qr36  3", CH, "calcium score of the heart", k=["Qr36", "3"], t=3.0),
               ct("CorCTA  0.6  Bv40  3  75%", CH, "coronary CTA", k=["Bv40", "3"], t=0.6),
               ct("CorCTA  0.6  Bv40  3  BestDiast 71%", CH, "coronary CTA, best diastole", k=["Bv40", "3"], t=0.6),
               ct("CorCTA  0.6  Bv40  3  BestSyst 41%", CH, "coronary CTA, best systole", k=["Bv40", "3"], t=0.6),
               ct("Body  3.0  Br40  FOV ampio", CH, "wide field-of-view recon of the chest (FOV ampio)", k=["Br40"], t=3.0, own=False),
               dosepage("siemens")]
        g.add("it-cardio", "cardio", desc, ser, info=info, n=2, bpe="HEART", ProtocolName="CorCTA_Seq_Flash", **F)
    for _ in range(3):
        ser = [mr("sBTFE_SA", CH, "short-axis balanced TFE cine of the heart"),
               mr("B-TFE_4CH", CH, "four-chamber cine of the heart"),
               mr("3D_LGE_PSIR", CH, "3D LGE of the heart", own=False),
               mr("T1map_MOLLI_post", CH, "post-contrast T1 map", it=MRD, own=False)]
        g.add("it-cardio", "cardio", "RM CARDIACA", ser, n=1, bpe="HEART", Manufacturer=PHM, ManufacturerModelName="Ingenia")


def jp_dem(g):
    r = g.r
    K = dict(Manufacturer=SIE, ManufacturerModelName="Skyra")
    for _ in range(10):
        desc, info = visit(r, "NEURO-AD3", ["SCREENING", "WEEK 26", "WEEK 52", "WEEK 78"],
                           ["頭部MRI", "頭部MRI 単純", "ﾄｳﾌﾞ MRI", "頭部 MRI (VSRAD)", "脳MRI 認知症プロトコル"])
        ser = [mr("Accelerated Sagittal MPRAGE", HD, "MPRAGE: a brain volume"),
               mr("Sagittal 3D FLAIR", HD, "3D FLAIR of the brain"),
               mr("Axial 3TE T2 STAR", HD, "three-echo T2* of the brain (microbleeds)"),
               mr("HighResHippocampus", HD, "high-resolution coronal through the hippocampi"),
               mr("Axial DTI", HD, "diffusion tensor of the brain"),
               mr("Axial 3D PASL (Eyes Open)", HD, "pulsed ASL of the brain"),
               mr("relCBF", HD, "relative CBF map of the brain ASL", it=["DERIVED", "PRIMARY", "RELCBF"]),
               mr("Axial fcMRI (EYES OPEN)", HD, "resting-state BOLD of the brain"),
               mr("gre_field_mapping", HD, "GRE field map acquired with the brain BOLD", own=False),
               phoenix()]
        g.add("jp-dem", "neuro", desc, ser, info=info, n=2, bpe="HEAD", **K)
    C = dict(Manufacturer=CAN, ManufacturerModelName="Vantage Titan 3T")
    for _ in range(4):
        ser = [mr("T2WI tra", HD, "axial T2 of a head MR", own=False),
               mr("FLAIR tra", HD, "axial FLAIR of a head MR", own=False),
               mr("T2*WI tra", HD, "axial T2* of a head MR", own=False),
               mr("DWI tra", HD, "axial diffusion of a head MR", own=False),
               mr("3D T1 sag (VSRAD)", HD, "3D T1 for hippocampal volumetry (VSRAD): brain"),
               mr("MRA 3D TOF", HD, "intracranial angiography", own=True),
               mr("MRA MIP", HD, "MIP of the intracranial angiography", it=MIP, own=False)]
        g.add("jp-dem", "neuro", r.choice(["頭部MRI", "頭部MRI+MRA", "ﾄｳﾌﾞ MRI/MRA"]), ser, n=2, bpe=r.choice(["HEAD", "BRAIN"]), **C)
    B = dict(Manufacturer=SIE, ManufacturerModelName="Biograph Vision 600")
    for _ in range(6):
        desc, info = visit(r, "NEURO-AD3", ["SCREENING AMYLOID PET", "WEEK 78 AMYLOID", "TAU PET BL"],
                           ["アミロイドPET", "脳PET (フロルベタベン)", "タウPET"])
        tau = "TAU" in desc.upper() or "タウ" in desc
        tracer = "MK-6240 90-110min" if tau else r.choice(["Florbetaben 90-110min", "Flutemetamol 90-110min"])
        ser = [topo("siemens", HD, "scout of a brain PET/CT"),
               ct("CT Brain AC  3.0  H31s", HD, "low-dose CT of the head for attenuation", k="H31s", t=3.0),
               S("PT", f"Brain AC {tracer}", HD, "attenuation-corrected brain PET", SOPClassUID=PET_S),
               S("PT", "Brain NAC", HD, "non-corrected brain PET", SOPClassUID=PET_S),
               S("PT", "PET Dynamic 4x5min", HD, "dynamic frames of the brain PET", SOPClassUID=PET_S, own=False)]
        g.add("jp-dem", "neuro", desc, ser, info=info, n=2, bpe=r.choice(["BRAIN", "HEAD", "WHOLEBODY"]), **B)
    H = dict(Manufacturer=HOL, ManufacturerModelName="Horizon A")
    for _ in range(3):
        side = r.choice("RL")
        ser = [S("OT", "腰椎 L1-L4", ("LSPINE",), "DXA of the lumbar spine (腰椎)", SOPClassUID=SC_S),
               S("OT", f"大腿骨 {SIDEW['ja'][side]}", ("HIP",), "DXA of the proximal femur (大腿骨): the hip", side, SOPClassUID=SC_S)]
        g.add("jp-dem", "msk", r.choice(["骨密度測定 (DXA)", "骨密度 腰椎・大腿骨"]), ser, n=1, bpe=None, **H)


def cn_onc(g):
    r = g.r
    U = dict(Manufacturer=UIH, ManufacturerModelName="uCT 760")
    for _ in range(6):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "筛选期", "C3D1", "第3周期", "WK9"],
                           ["上腹部增强CT", "肝脏增强CT (三期)", "上腹部CT平扫+增强"])
        ser = [topo("uih", AB, "scout of a liver CT"),
               ct("平扫 5.0mm", AB, "non-contrast phase over the upper abdomen", k="B_SOFT_B", t=5.0, it=AX, own=False),
               ct("动脉期 1.0mm", AB, "arterial phase (动脉期) of the liver", k="B_SOFT_B", t=1.0, it=AX, own=False),
               ct("门脉期 5.0mm", AB, "portal phase (门脉期) of the liver", k="B_SOFT_B", t=5.0, it=AX, own=False),
               ct("延迟期 5.0mm", AB, "delayed phase (延迟期) of the liver", k="B_SOFT_B", t=5.0, it=AX, own=False),
               dosepage("uih")]
        g.add("cn-onc", "onc", desc, ser, info=info, n=2, bpe="ABDOMEN", **U)
    for _ in range(5):
        desc, info = visit(r, "ONC-2217", ["SCREENING", "筛选期", "WK9", "第6周期"],
                           ["胸部+全腹部增强CT", "胸腹盆增强CT", "胸部CT+全腹部CT增强扫描"])
        ser = [topo("uih", CAP, "scout of a chest-abdomen-pelvis CT"),
               ct("胸部 1.0mm 肺窗", CH, "lung window (肺窗) of the chest", k="B_LUNG_B", t=1.0, it=AX),
               ct("胸腹盆 5.0mm", CAP, "soft-tissue recon of chest, abdomen and pelvis (胸腹盆)", k="B_SOFT_B", t=5.0, it=AX),
               ct("Body 5.0mm MPR Cor", CAP, "coronal MPR of the whole range", it=MPR, t=5.0, own=False),
               dosepage("uih")]
        g.add("cn-onc", "onc", desc, ser, info=info, n=2, bpe="CHEST", **U)
    for _ in range(3):
        ser = [topo("uih", AP, "scout of a whole-abdomen CT"),
               ct("全腹部 5.0mm", AP, "whole abdomen (全腹部): abdomen and pelvis", t=5.0, it=AX),
               ct("Coronal 3mm", AP, "coronal of the abdomen and pelvis", it=MPR, own=False)]
        g.add("cn-onc", "onc", "全腹部增强CT", ser, n=1, bpe="ABDOMEN", **U)
    G = dict(Manufacturer=GE, ManufacturerModelName="Revolution CT")
    for _ in range(5):
        desc, info = visit(r, "COPD-LC", ["BASELINE", "YEAR 2", "基线"], ["胸部CT平扫 (吸气+呼气)", "胸部低剂量CT", "胸部CT 吸呼气双相"])
        ser = [topo("ge", CH, "scout of a chest CT"),
               ct("吸气相 1.25mm", CH, "inspiration (吸气相) chest", k="LUNG", t=1.25, it=AX, own=False),
               ct("呼气相 1.25mm", CH, "expiration (呼气相) chest", k="LUNG", t=1.25, it=AX, own=False),
               ct("1.25mm Lung", CH, "lung kernel chest", k="LUNG", t=1.25, it=AX),
               dosepage("ge")]
        g.add("cn-onc", "pulm", desc, ser, info=info, n=2, bpe="CHEST", **G)
    for _ in range(4):
        desc, info = visit(r, "STROKE-XT", ["BASELINE", "24H", "DAY 7"], ["头颅CT平扫", "头颅MRI平扫+DWI", "头颈CTA"])
        if "MRI" in desc or "24H" in desc:
            ser = [mr("T2_FLAIR_tra", HD, "FLAIR of a head MR", own=False), mr("DWI_b1000", HD, "diffusion of a head MR", own=False),
                   mr("ADC", HD, "ADC map of the brain diffusion", it=ADC, own=False), mr("SWI_mIP", HD, "minimum-intensity projection of the brain SWI", it=MIP, own=False),
                   mr("3D_TOF_MRA", HD, "intracranial time-of-flight MRA", own=True)]
            man = dict(Manufacturer=UIH, ManufacturerModelName="uMR 790")
            b = "HEAD"
        elif "CTA" in desc:
            ser = [topo("uih", HN, "scout of a head and neck CTA"), ct("头颈CTA 0.625mm", HN, "head and neck CTA (头颈)", t=0.625, it=AX),
                   ct("VR 头颈", HN, "volume rendering of the head and neck vessels", it=["DERIVED", "SECONDARY", "VRT"]),
                   ct("MIP Willis", HD, "MIP of the circle of Willis", it=MIP)]
            man = U
            b = "HEAD"
        else:
            ser = [topo("uih", HD, "scout of a head CT"), ct("头颅 5.0mm", HD, "brain (头颅) recon", t=5.0, it=AX),
                   ct("头颅 1.0mm 骨窗", HD, "bone window of the skull", t=1.0, it=AX)]
            man = U
            b = "HEAD"
        g.add("cn-onc", "neuro", desc, ser, info=info, n=1, bpe=b, **man)
    for _ in range(3):
        ser = [topo("uih", WB, "scout of a whole-body PET/CT"),
               ct("CT AC 3.0mm", WB, "attenuation CT over the whole-body PET range", t=3.0, it=AX, own=False),
               S("PT", "PET WB AC", WB, "corrected whole-body PET", SOPClassUID=PET_S),
               S("PT", "PET MIP", WB, "MIP of the whole-body PET", SOPClassUID=PET_S, ImageType=MIP, own=False)]
        g.add("cn-onc", "onc", r.choice(["全身PET/CT", "PET/CT 全身显像 (FDG)"]), ser, n=2, bpe=r.choice(["WHOLEBODY", "CHEST"]),
              Manufacturer=UIH, ManufacturerModelName="uMI 780")


def kr_onc(g):
    r = g.r
    S_ = dict(Manufacturer=SIE, ManufacturerModelName="SOMATOM Definition Edge")
    for _ in range(7):
        desc, info = visit(r, "GAS-301", ["SCREENING", "C3D1", "WK12", "EOT"],
                           ["복부-골반 CT 조영증강", "Abdomen-Pelvis CT (enhance)", "복부 골반 CT (위암 추적)"])
        ser = [topo("siemens", AP, "scout of an abdomen-pelvis CT"),
               ct("Abdomen  5.0  B30f", AP, "abdomen-pelvis recon (the Siemens 'Abdomen' protocol runs to the symphysis)", k="B30f", t=5.0, own=False),
               ct("Abdomen  3.0  B30f  cor", AP, "coronal MPR of the abdomen-pelvis", k="B30f", t=3.0, it=MPR, own=False),
               ct("Stomach  2.0  B30f  (water)", AB, "water-distended stomach, upper abdomen only", k="B30f", t=2.0),
               dosepage("siemens")]
        g.add("kr-onc", "onc", desc, ser, info=info, n=2, bpe="ABDOMEN", ProtocolName="AbdomenPelvis_Routine", **S_)
    for _ in range(4):
        desc, info = visit(r, "GAS-301", ["SCREENING", "WK12"], ["흉부 CT 조영증강", "Chest CT (enhance)", "흉부 + 복부-골반 CT"])
        labs = CAP if "복부" in desc else CH
        ser = [topo("siemens", labs, "scout of the exam"),
               ct("Thorax  1.0  B70f", CH, "lung kernel of the thorax", k="B70f", t=1.0),
               ct("Body  5.0  B30f" if labs == CAP else "Thorax  5.0  B30f", labs, "soft-tissue recon of the exam range",
                  k="B30f", t=5.0, own=labs == CH)]
        g.add("kr-onc", "onc", desc, ser, info=info or labs == CAP, n=1, bpe="CHEST", **S_)
    G = dict(Manufacturer=GE, ManufacturerModelName="SIGNA Premier")
    for _ in range(6):
        desc, info = visit(r, "BRS-AMR", ["V1", "V2", "YEAR 1"], ["유방 MRI (양측)", "Breast MRI (both)", "유방 MRI 조영증강"])
        ser = [mr("3-Plane Loc", BR, "localizer of a breast MR", lat="B", it=LOC, own=False, w=0.4),
               mr("Ax T2 FSE FS", BR, "axial T2 of both breasts", lat="B", own=False),
               mr("Ax DISCO Star", BR, "ultrafast DCE of both breasts (DISCO)", lat="B", own=False),
               mr("Ax VIBRANT MPH", BR, "bilateral DCE of both breasts (VIBRANT)", lat="B"),
               mr("SUB Ax VIBRANT 1", BR, "subtraction of both breasts", lat="B", it=SUB),
               mr("Ax DWI b800", BR, "diffusion of both breasts", lat="B", own=False)]
        g.add("kr-onc", "breast", desc, ser, info=info, n=2, bpe="BREAST", PatientPosition="FFP", **G)
    for _ in range(3):
        ser = [mr("Ax LAVA Flex 20min HBP", AB, "hepatobiliary phase of the liver (Primovist)", own=False),
               mr("Ax DWI b50 800", AB, "diffusion of the liver", own=False),
               mr("Cor SSFSE", AB, "coronal single-shot of the upper abdomen", own=False)]
        g.add("kr-onc", "onc", r.choice(["간 MRI (Primovist)", "Liver MRI (EOB)"]), ser, n=1, bpe="LIVER", **G)
    for _ in range(5):
        side = r.choice("RL")
        desc = r.choice([f"무릎 MRI {SIDEW['ko'][side]}", f"Knee MRI ({SIDEW['en_s'][side]})", f"KOA-5 BASELINE {SIDEW['en_s'][side]} KNEE"])
        ser = [mr("Sag PD FS", ("KNEE",), "sagittal PD fat-sat of the knee", lat=side, own=False),
               mr("Cor T1", ("KNEE",), "coronal T1 of the knee", lat=side, own=False),
               mr("Sag 3D DESS", ("KNEE",), "3D DESS of the knee cartilage", lat=side),
               mr("Ax PD FS", ("KNEE",), "axial PD fat-sat of the knee", lat=side, own=False)]
        g.add("kr-onc", "msk", desc, ser, n=1, bpe="KNEE", Manufacturer=SIE, ManufacturerModelName="Skyra")
    for _ in range(2):
        ser = [mr("t1_mprage_sag", HD, "MPRAGE of the brain"), mr("t2_flair_tra", HD, "FLAIR of the brain", own=False)]
        g.add("kr-onc", "onc", "뇌 MRI 조영증강", ser, n=1, bpe="BRAIN", Manufacturer=SIE, ManufacturerModelName="Skyra")


def au_paeds(g):
    r = g.r
    P = dict(Manufacturer=SIE, ManufacturerModelName="Prisma_fit")
    for _ in range(9):
        desc, info = visit(r, "PED-BRAIN", ["BASELINE", "2YR FOLLOW UP", "WAVE 2", "Y4"],
                           ["MRI BRAIN RESEARCH (NO CONTRAST)", "MRI BRAIN - RESEARCH PROTOCOL", "PAED MRI BRAIN NON-SEDATED"])
        ser = [mr("AAHead_Scout_32ch-head-coil", HD, "the head auto-align scout", it=LOC, w=0.4),
               mr("T1w_MPR_vNav_4e", HD, "multi-echo MPRAGE with navigators: a brain volume", SequenceName="tfl3d4_16ns"),
               mr("T1w_MPR_vNav_4e RMS", HD, "RMS of the multi-echo MPRAGE", it=["DERIVED", "PRIMARY", "M", "ND", "RMS"]),
               mr("T2w_SPC_vNav", HD, "3D T2 SPACE of the brain", own=False),
               mr("rfMRI_REST_AP", HD, "resting-state BOLD run of the brain"),
               mr("rfMRI_REST_AP_SBRef", HD, "single-band reference of the resting BOLD run", own=True),
               mr("SpinEchoFieldMap_PA", HD, "spin-echo field map for the brain EPI runs", own=False),
               mr("dMRI_dir98_AP", HD, "98-direction diffusion of the brain"),
               mr("tfMRI_FACES_PA", HD, "task BOLD run of the brain"),
               mr("BIAS_32CH", HD, "receive-bias calibration over the head", own=False, w=0.3),
               phoenix()]
        g.add("au-paeds", "paeds", desc, ser, info=info, n=2, bpe="HEAD", **P)
    for _ in range(3):
        ser = [mr("T2 TSE AX NEO", HD, "neonatal axial T2 of the brain", own=False),
               mr("T1 MPRAGE NEO sag", HD, "neonatal MPRAGE of the brain"),
               mr("DTI 64dir NEO", HD, "neonatal diffusion of the brain")]
        g.add("au-paeds", "paeds", r.choice(["MRI NEONATAL BRAIN (FEED AND WRAP)", "PED-BRAIN NEONATAL TERM-EQUIVALENT"]), ser, n=1,
              bpe="HEAD", **P)
    for _ in range(4):
        desc, info = visit(r, "CF-LUNG", ["BASELINE", "YEAR 1", "YEAR 3"], ["CT CHEST LOW DOSE (CF)", "PAED CT CHEST INSP/EXP (CYSTIC FIBROSIS)"])
        ser = [topo("siemens", CH, "scout of a chest CT"),
               ct("Insp  1.0  Br56  3", CH, "inspiratory chest", k=["Br56", "3"], t=1.0, own=False),
               ct("Exp  1.0  Br56  3  limited", CH, "limited expiratory slices of the chest", k=["Br56", "3"], t=1.0, own=False),
               dosepage("siemens")]
        g.add("au-paeds", "paeds", desc, ser, info=info, n=1, bpe="CHEST", Manufacturer=SIE, ManufacturerModelName="SOMATOM Force")
    for _ in range(4):
        ser = [S("DX", "L HAND BONE AGE", ("HAND",), "bone-age film of the left hand", "L", SOPClassUID=DX_S, ViewPosition="PA",
                 Laterality="L" if r.random() < 0.4 else None)]
        g.add("au-paeds", "paeds", r.choice(["XR LEFT HAND BONE AGE", "XR BONE AGE", "PED-BRAIN BONE AGE"]), ser, bpe="HAND",
              Manufacturer=AGF, ManufacturerModelName="DX-D 600")
    for _ in range(3):
        ser = [S("DX", "EOS FULL SPINE PA", SPINE, "biplanar full-spine film: whole spine", SOPClassUID=DX_S, ViewPosition="PA"),
               S("DX", "EOS FULL SPINE LAT", SPINE, "biplanar full-spine film: whole spine", SOPClassUID=DX_S, ViewPosition="LL")]
        g.add("au-paeds", "paeds", r.choice(["XR SCOLIOSIS EOS", "EOS SPINE PA/LAT"]), ser, n=1, bpe=None,
              Manufacturer="EOS imaging", ManufacturerModelName="EOS")
    for _ in range(2):
        ser = [S("US", "R HIP COR", ("HIP",), "coronal Graf view of the right hip", "R", SOPClassUID=US_S),
               S("US", "L HIP COR", ("HIP",), "coronal Graf view of the left hip", "L", SOPClassUID=US_S)]
        g.add("au-paeds", "paeds", "US HIPS (DDH)", ser, n=1, bpe="HIP", Manufacturer=PHC, ManufacturerModelName="EPIQ 7G")
    for _ in range(2):
        ser = [mr("STIR_COR_WB_COMPOSED", WB, "composed whole-body coronal STIR"),
               mr("T1_COR_WB_COMPOSED", WB, "composed whole-body coronal T1"),
               mr("T2_HASTE_AX_ABDO", AB, "axial single-shot of the abdomen")]
        g.add("au-paeds", "paeds", "MRI WHOLE BODY (CANCER PREDISPOSITION SURVEILLANCE)", ser, n=2, bpe="WHOLEBODY", **P)
    # knee OA cohort, Australian arm
    for _ in range(4):
        side = r.choice("RL")
        desc, info = visit(r, "KOA-5", ["BASELINE", "M12"], ["XR KNEES BILATERAL WEIGHT BEARING", "XR KNEES STANDING AP + LAT"], p_local=0.6)
        ser = [S("DX", "BILAT KNEES PA FIXED FLEXION", ("KNEE",), "both knees standing on one film", "B", SOPClassUID=DX_S, ViewPosition="PA"),
               S("DX", f"{SIDEW['en_s'][side]} KNEE LAT", ("KNEE",), "lateral of one knee", side, SOPClassUID=DX_S, ViewPosition="LL"),
               S("DX", f"{side} SKYLINE", ("KNEE",), "skyline view of one patella", side, SOPClassUID=DX_S)]
        g.add("au-paeds", "msk", desc, ser, info=info, n=1, bpe="KNEE", Manufacturer=CAR, ManufacturerModelName="DRX-Revolution")


# ====================================================================================== output
def build():
    g = Builder()
    hosp_limb_xr(g, 38)
    hosp_limb_xr(g, 6, only={"ARM", "FOREARM", "LEG", "THIGH"})
    hosp_misc_xr(g)
    hosp_ct(g)
    hosp_mr(g)
    hosp_us(g)
    hosp_mg(g)
    hosp_nm_pet_xa_rf(g)
    hosp_paeds(g)
    hosp_nonimage(g)
    corelab(g)
    us_onc(g)
    br_onc(g)
    ar_neuro(g)
    de_msk(g)
    fr_uro(g)
    nl_pulm(g)
    pl_neuro(g)
    it_cardio(g)
    jp_dem(g)
    cn_onc(g)
    kr_onc(g)
    au_paeds(g)
    rows = g.rows
    assert LO <= len(rows) <= HI, len(rows)
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())


def summary(rows):
    n = len(rows)
    out = [f"rows: {n}"]
    out.append(f"with study: {sum('study' in r for r in rows)} ({sum('study' in r for r in rows) / n:.0%})")
    nob = sum("BodyPartExamined" not in r["meta"] for r in rows)
    out.append(f"without BodyPartExamined: {nob} ({nob / n:.0%})")
    off = sum("BodyPartExamined '" in r["why"] for r in rows)
    out.append(f"BodyPartExamined present but not what the series images: {off}")
    out.append(f"empty label set: {sum(not r['labels'] for r in rows)}")
    out.append(f"multi-region (2+ codes): {sum(len(r['labels']) >= 2 for r in rows)}")
    out.append(f"whole body (5 axial codes): {sum(tuple(r['labels']) == WB for r in rows)}")
    out.append("sites: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['group'].split(':')[0] for r in rows).items())))
    out.append("strata: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['group'].split(':')[1] for r in rows).items())))
    out.append("modalities: " + ", ".join(f"{k} {v}" for k, v in Counter(r['meta']['Modality'] for r in rows).most_common()))
    out.append("laterality: " + ", ".join(f"{k} {v}" for k, v in Counter(str(r['laterality']) for r in rows).most_common()))
    codes = Counter(c for r in rows for c in r["labels"])
    out.append("codes: " + ", ".join(f"{c} {codes[c]}" for c in ORDER))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    ap.add_argument("--summary", action="store_true", help="print the counts")
    a = ap.parse_args(argv)
    text = render()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_9.jsonl is up to date" if same else "clinical_set_9.jsonl differs from what build.py writes")
        return 0 if same else 1
    if a.summary:
        print(summary([json.loads(l) for l in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
