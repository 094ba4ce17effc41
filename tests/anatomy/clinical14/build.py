"""Writes tests/anatomy/data/clinical_set_14.jsonl: a US community health system's month.

Two community hospitals with emergency departments (one a stroke centre with a cath lab),
an urgent-care chain, outpatient imaging centres, a cancer centre, a women's imaging centre,
and outside studies imported from referring facilities. Each row is one series with the
anatomy a radiologist gives it under the shared label spec; about 40 % carry their study
(the study description and the other series as plain metadata).

Standard library only, fixed seed. ``--check`` exits non-zero when the committed file is not
what this script writes; ``--summary`` prints the counts.
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 140036
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_14.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
HN = ["HEAD", "NECK"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LE_VESSELS = ["THIGH", "KNEE", "LEG"]
UE_VESSELS = ["SHOULDER", "ARM", "ELBOW", "FOREARM"]
RUNOFF = ["ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

SOP = {
    "CT": "1.2.840.10008.5.1.4.1.1.2", "ECT": "1.2.840.10008.5.1.4.1.1.2.1", "MR": "1.2.840.10008.5.1.4.1.1.4",
    "EMR": "1.2.840.10008.5.1.4.1.1.4.1", "CR": "1.2.840.10008.5.1.4.1.1.1", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
    "MG": "1.2.840.10008.5.1.4.1.1.1.2", "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3", "US": "1.2.840.10008.5.1.4.1.1.6.1",
    "USMF": "1.2.840.10008.5.1.4.1.1.3.1", "NM": "1.2.840.10008.5.1.4.1.1.20", "PT": "1.2.840.10008.5.1.4.1.1.128",
    "XA": "1.2.840.10008.5.1.4.1.1.12.1", "RF": "1.2.840.10008.5.1.4.1.1.12.2", "SC": "1.2.840.10008.5.1.4.1.1.7",
    "SR": "1.2.840.10008.5.1.4.1.1.88.22", "ESR": "1.2.840.10008.5.1.4.1.1.88.33", "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
    "MAMCAD": "1.2.840.10008.5.1.4.1.1.88.50", "KO": "1.2.840.10008.5.1.4.1.1.88.59", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
    "PDF": "1.2.840.10008.5.1.4.1.1.104.1", "SEG": "1.2.840.10008.5.1.4.1.1.66.4",
}


def S(meta, labels=(), lat=None, why=""):
    """One series: its header, its labels and laterality, and why it is labelled so."""
    return {"meta": dict(meta), "labels": list(labels), "lat": lat, "why": why}


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- CT

CT_VENDOR = {
    "GE": ("GE MEDICAL SYSTEMS", ["Revolution CT", "LightSpeed VCT", "Optima CT660", "Revolution EVO", "Discovery CT750 HD"]),
    "SI": ("SIEMENS", ["SOMATOM Force", "SOMATOM Definition AS+", "SOMATOM go.Top", "SOMATOM Definition Edge", "SOMATOM Drive"]),
    "PH": ("Philips", ["Ingenuity CT", "iCT 256", "Brilliance 64", "IQon - Spectral CT", "Incisive CT"]),
    "CA": ("CANON_MEDICAL_SYSTEMS", ["Aquilion ONE", "Aquilion Prime SP", "Aquilion Lightning", "Aquilion ONE PRISM"]),
    "TO": ("TOSHIBA", ["Aquilion", "Aquilion PRIME", "Aquilion64"]),
}
KERNEL = {
    "GE": {"soft": "STANDARD", "bone": "BONE", "lung": "LUNG", "head": "STANDARD", "vasc": "STANDARD", "detail": "DETAIL",
           "boneplus": "BONEPLUS", "softk": "SOFT"},
    "SI": {"soft": "Br40d", "bone": "Br64d", "lung": "Bl57d", "head": "Hr38h", "vasc": "Bv40d", "detail": "Br59d",
           "boneplus": "Hr64h", "softk": "Br36d"},
    "SIO": {"soft": "B30f", "bone": "B70f", "lung": "B70f", "head": "H30s", "vasc": "B26f", "detail": "B60f",
            "boneplus": "H70h", "softk": "B31f"},
    "PH": {"soft": "B", "bone": "YC", "lung": "YB", "head": "UB", "vasc": "XCB", "detail": "D", "boneplus": "YD", "softk": "A"},
    "CA": {"soft": "FC08", "bone": "FC30", "lung": "FC52", "head": "FC26", "vasc": "FC03", "detail": "FC18",
           "boneplus": "FC81", "softk": "FC13"},
}
GE_K = {"soft": "STND", "bone": "Bone", "lung": "Lung", "head": "STND", "vasc": "STND", "detail": "Detail",
        "boneplus": "BonePlus", "softk": "Soft"}


def ct_vendor(r, v):
    man, models = CT_VENDOR[v]
    return {"Manufacturer": man, "ManufacturerModelName": pick(r, models)}


def ct_name(r, v, model, region, kk, th, plane):
    """A reconstruction's series description the way each vendor's console writes it."""
    old_si = model in ("SOMATOM Definition AS+", "SOMATOM Drive") and r.random() < 0.5
    if v == "GE":
        pl = {"ax": "", "cor": "Cor ", "sag": "Sag ", "mip": "MIP "}[plane]
        if plane == "ax":
            return pick(r, [f"{th}mm {GE_K[kk]}", f"Axial {th}mm {GE_K[kk]}", f"{region} {th} {GE_K[kk]}",
                            f"{th} {GE_K[kk]}"])
        return pick(r, [f"{pl}{th}mm", f"{pl}{region} {th}", f"{pl.strip().upper()} {th}x{th}"])
    if v == "SI":
        k = KERNEL["SIO" if old_si else "SI"][kk]
        pl = {"ax": "", "cor": " Cor", "sag": " Sag", "mip": " MIP"}[plane]
        if old_si:
            return f"{region}{pl} {th} {k}"
        return f"{region}{pl}  {th}  {k}  3"
    if v == "PH":
        pl = {"ax": "", "cor": "Cor ", "sag": "Sag ", "mip": "MIP "}[plane]
        return pick(r, [f"{pl}{region} {th}mm", f"{pl}{region} {th}mm iDose (4)", f"{pl}{th}mm {region}"]).strip()
    k = KERNEL["CA"][kk]
    pl = {"ax": "", "cor": "COR ", "sag": "SAG ", "mip": "MIP "}[plane]
    return pick(r, [f"{pl}{region} {th} {k}", f"{pl}{th} {k}", f"{pl}{region} {th}"]).strip()


def ct_exam(r, v, protocol, recons, scout_labels, scout_why, dose=True, scout_n=1, extra=None):
    """Scout(s), reconstructions and a dose page for one CT study.

    recons: (region word, kernel kind, thickness, plane, labels, why[, laterality])."""
    base = {"Modality": "CT", "SOPClassUID": SOP["CT"], **ct_vendor(r, v), **(extra or {})}
    if protocol and r.random() < 0.8:
        base["ProtocolName"] = protocol
    model = base["ManufacturerModelName"]
    out = []
    for i in range(scout_n):
        name = {"GE": pick(r, ["Scout", "SCOUT", "Scout"]),
                "SI": pick(r, ["Topogram  0.6  T20f", "Topogram  1.0  Tr20f", "Topogram 0.6 T20s"]),
                "PH": "Surview", "CA": pick(r, ["Scanogram", "SCANO"]), "TO": "Scano"}[v if v in ("GE", "SI", "PH", "CA") else "TO"]
        out.append(S({**base, "SeriesDescription": name, "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER"},
                     scout_labels, None, scout_why))
    for rec in recons:
        region, kk, th, plane, labels, why = rec[:6]
        lat = rec[6] if len(rec) > 6 else None
        kv = "SIO" if v == "SI" and model in ("SOMATOM Definition AS+", "SOMATOM Drive") else ("CA" if v == "TO" else v)
        name = ct_name(r, "CA" if v == "TO" else v, model, region, kk, th, plane)
        itype = "ORIGINAL\\PRIMARY\\AXIAL" if plane == "ax" else "DERIVED\\SECONDARY\\REFORMATTED"
        if plane == "mip":
            itype = "DERIVED\\SECONDARY\\MIP"
        m = {**base, "SeriesDescription": name, "ImageType": itype, "ConvolutionKernel": KERNEL[kv][kk],
             "SliceThickness": th}
        out.append(S(m, labels, lat, why))
    if dose:
        if v == "GE":
            d = S({**base, "SeriesDescription": "Dose Report", "SOPClassUID": SOP["SC"] if r.random() < 0.3 else SOP["CT"],
                   "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, [], None, "GE dose report screen save: a text page")
        elif v == "SI":
            d = S({**base, "SeriesDescription": "Patient Protocol", "ImageType": "DERIVED\\SECONDARY\\OTHER"}, [], None,
                  "Siemens patient protocol page: dose table, no anatomy")
        elif v == "PH":
            d = S({**base, "SeriesDescription": "Dose Info", "ImageType": "DERIVED\\SECONDARY\\DOSE_INFO"}, [], None,
                  "Philips dose info page")
        else:
            d = S({**base, "SeriesDescription": pick(r, ["Dose Report", "Exam Summary"]),
                   "ImageType": "DERIVED\\SECONDARY\\SCREEN SAVE"}, [], None, "Canon dose summary screen")
        out.append(d)
        if r.random() < 0.35:
            out.append(S({"Modality": "SR", "SOPClassUID": SOP["DOSE"], "Manufacturer": base["Manufacturer"],
                          "SeriesDescription": pick(r, ["Radiation Dose Information", "X-Ray Radiation Dose Report",
                                                        "Dose Report", "RDSR"])}, [], None,
                         "radiation dose structured report, no images"))
    return out


def bpe(series, value, only=None):
    """Stamp a BodyPartExamined on a study's series (what the console's protocol writes)."""
    for s in series:
        if s["meta"]["Modality"] in ("SR", "KO", "PR"):
            continue
        if only is None or only(s):
            s["meta"]["BodyPartExamined"] = value
    return series


def ctk(site):
    return {"ch-north": ["GE", "GE", "GE", "TO"], "ch-south": ["SI", "SI", "SI", "PH"], "oic": ["CA", "PH", "GE"],
            "cancer": ["SI", "GE"], "outside": ["GE", "SI", "PH", "CA", "TO"], "urgent": ["GE"],
            "womens": ["GE"]}[site]


def ex_ct_head(r, site):
    v = pick(r, ctk(site))
    desc = pick(r, ["CT HEAD WO CONTRAST", "CT HEAD WO CONTRAST", "CT HEAD BRAIN WO CONTRAST", "CT HEAD W/O CONTRAST",
                    "CT BRAIN WO CONTRAST", "CT HEAD WITHOUT CONTRAST"])
    word = {"GE": "Head", "SI": "Head", "PH": "Head", "CA": "Brain", "TO": "Brain"}[v]
    rec = [(word, "head", "5", "ax", ["HEAD"], "axial brain recon of a head CT"),
           (word, "bone", "2.5" if v == "GE" else "2.0", "ax", ["HEAD"], "bone window recon of the skull"),
           (word, "head", "3", "cor", ["HEAD"], "coronal reformat of the head"),
           (word, "head", "3", "sag", ["HEAD"], "sagittal reformat of the head")]
    ser = ct_exam(r, v, pick(r, ["HEAD ROUTINE", "Head_Routine", "1.1 HEAD WO", "Brain (Adult)", "ROUTINE HEAD"]), rec,
                  ["HEAD"], "scout planning a head CT")
    bpe(ser, pick(r, ["HEAD", "HEAD", "BRAIN", "HEAD"]))
    return "neuro", desc, ser


def ex_ct_head_cspine(r, site):
    v = pick(r, ctk(site))
    desc = pick(r, ["CT HEAD WO CONTRAST + CT CERVICAL SPINE WO CONTRAST", "CT HEAD/C-SPINE WO CONTRAST",
                    "CT HEAD AND CERVICAL SPINE WO", "CT HEAD WO CONTRAST"])
    rec = [("Head", "head", "5", "ax", ["HEAD"], "head recon of a head plus C-spine trauma CT"),
           ("Head", "bone", "2.5", "ax", ["HEAD"], "skull bone recon"),
           ("C-Spine", "bone", "2", "ax", ["CSPINE"], "cervical spine bone recon"),
           ("C-Spine", "bone", "2", "sag", ["CSPINE"], "sagittal cervical spine reformat"),
           ("C-Spine", "soft", "2", "cor", ["CSPINE"], "coronal cervical spine reformat")]
    ser = ct_exam(r, v, pick(r, ["TRAUMA HEAD/CSPINE", "Head_Cspine_Trauma", "1.3 HEAD/C-SPINE"]), rec,
                  ["HEAD", "CSPINE"], "one scout planning both the head and the cervical spine")
    bpe(ser, pick(r, ["HEAD", "HEAD", "CSPINE"]))
    return "trauma", desc, ser


def ex_ct_cspine(r, site):
    v = pick(r, ctk(site))
    desc = pick(r, ["CT CERVICAL SPINE WO CONTRAST", "CT C-SPINE WO CONTRAST", "CT SPINE CERVICAL WO CONTRAST"])
    rec = [("C-Spine", "bone", "2", "ax", ["CSPINE"], "cervical spine bone recon"),
           ("C-Spine", "soft", "2", "ax", ["CSPINE"], "cervical spine soft tissue recon"),
           ("C-Spine", "bone", "2", "sag", ["CSPINE"], "sagittal reformat"),
           ("C-Spine", "bone", "2", "cor", ["CSPINE"], "coronal reformat")]
    ser = ct_exam(r, v, pick(r, ["C-SPINE", "CSpine_Routine", "SPINE CERVICAL"]), rec, ["CSPINE"],
                  "scout for a C-spine CT")
    bpe(ser, pick(r, ["CSPINE", "CSPINE", "SPINE", "NECK"]))
    return "trauma", desc, ser


def ex_ct_stroke(r, site):
    v = "SI" if site == "ch-south" else pick(r, ctk(site))
    desc = pick(r, ["CODE STROKE CT HEAD WO CONTRAST", "CTA HEAD AND NECK W WO CONTRAST",
                    "CT PERFUSION BRAIN W CONTRAST", "CTA HEAD NECK W CONTRAST + CT PERFUSION",
                    "STROKE ALERT CT HEAD/CTA/CTP"])
    rec = [("Head", "head", "5", "ax", ["HEAD"], "non-contrast head of a stroke code"),
           ("CTA Head Neck", "vasc", "0.75" if v == "SI" else "0.625", "ax", HN, "CTA arch to vertex: head and neck"),
           ("CTA Head Neck", "vasc", "10", "mip", HN, "MIP of the head and neck CTA"),
           ("CTA Head", "vasc", "3", "cor", ["HEAD"], "coronal MIP of the circle of Willis"),
           ("CTA Neck", "vasc", "3", "sag", ["NECK"], "sagittal MIP of the carotids in the neck"),
           ("Perfusion", "head", "5", "ax", ["HEAD"], "dynamic perfusion acquisition through the brain")]
    ser = ct_exam(r, v, pick(r, ["Neuro_Stroke", "CODE STROKE", "Stroke_CTA_CTP", "HEAD STROKE PROTOCOL"]), rec,
                  HN, "scout planning a head CT plus CTA of head and neck", scout_n=1)
    base = {k: ser[0]["meta"][k] for k in ("Modality", "Manufacturer", "ManufacturerModelName")}
    maps = [("CBF", "cerebral blood flow map"), ("CBV", "cerebral blood volume map"), ("MTT", "mean transit time map"),
            ("Tmax", "Tmax map")]
    for name, why in r.sample(maps, 2):
        ser.append(S({**base, "SOPClassUID": SOP["CT"], "SeriesDescription": pick(r, [f"{name}", f"RAPID {name}",
                                                                                     f"Perfusion {name}"]),
                      "ImageType": "DERIVED\\SECONDARY\\PERFUSION"}, ["HEAD"], None, why + " of the brain"))
    ser.append(S({**base, "Manufacturer": "iSchemaView", "ManufacturerModelName": "RAPID", "SOPClassUID": SOP["SC"],
                  "SeriesDescription": pick(r, ["RAPID CTP Summary", "RAPID Mismatch", "RAPID CTA Summary"]),
                  "ImageType": "DERIVED\\SECONDARY"}, ["HEAD"], None, "RAPID summary image: colour maps of the brain"))
    bpe(ser, pick(r, ["HEAD", "HEAD", "BRAIN", "NECK"]))
    return "stroke", desc, ser


def ex_ct_chest(r, site):
    v = pick(r, ctk(site))
    kind = r.randrange(5)
    desc = ["CT CHEST WO CONTRAST", "CT CHEST W CONTRAST", "CTA CHEST PE PROTOCOL", "CT CHEST LOW DOSE LUNG CA SCREENING",
            "CT CHEST HIGH RESOLUTION WO CONTRAST"][kind]
    word = {"GE": "Chest", "SI": "Thorax", "PH": "Chest", "CA": "Chest", "TO": "Chest"}[v]
    rec = [(word, "soft", "5" if v == "GE" else "3.0", "ax", ["CHEST"], "mediastinal recon of a chest CT"),
           ("Lung", "lung", "1.25" if v == "GE" else "1.0", "ax", ["CHEST"], "lung kernel recon"),
           (word, "soft", "3", "cor", ["CHEST"], "coronal chest reformat"),
           ("Lung", "lung", "3", "sag", ["CHEST"], "sagittal lung reformat")]
    if kind == 2:
        rec.append(("PE", "vasc", "10", "mip", ["CHEST"], "MIP of the pulmonary arteries"))
    if kind == 3 and r.random() < 0.6:
        rec.append(("Lung", "lung", "8", "mip", ["CHEST"], "MIP slabs for nodule search"))
    proto = ["CHEST WO", "CHEST W", "PE STUDY", "LDCT LUNG SCREEN", "HRCT"][kind]
    ser = ct_exam(r, v, proto, rec, ["CHEST"], "scout planning a chest CT")
    bpe(ser, pick(r, ["CHEST", "CHEST", "LUNG", "CHEST"]))
    return "chest", desc, ser


def ex_ct_ap(r, site):
    v = pick(r, ctk(site))
    kind = r.randrange(6)
    desc = ["CT ABDOMEN PELVIS W CONTRAST", "CT ABDOMEN PELVIS W IV CONTRAST", "CT ABD/PELVIS WO CONTRAST",
            "CT ABDOMEN PELVIS WO CONTRAST (STONE PROTOCOL)", "CT ABDOMEN PELVIS W CONTRAST - INTERPRETE ESPANOL",
            "CT ABD PELVIS W/O IV CONTRAST"][kind]
    word = {"GE": "ABD/PEL", "SI": "Abdomen", "PH": "Abd/Pel", "CA": "Body", "TO": "Body"}[v]
    rec = [(word, "soft", "5" if v in ("GE", "PH") else "3.0", "ax", AP, "abdomen-pelvis axial recon"),
           (word, "soft", "3", "cor", AP, "coronal abdomen-pelvis reformat"),
           (word, "soft", "3", "sag", AP, "sagittal abdomen-pelvis reformat")]
    if r.random() < 0.4:
        rec.append((word, "bone", "2.5", "sag", AP, "bone-window sagittal of the abdomen-pelvis volume"))
    proto = pick(r, ["5.1 ABD/PEL W", "AbdPel_Routine", "ABD-PELVIS", "STONE PROTOCOL", "Abdomen Pelvis w IV"])
    ser = ct_exam(r, v, proto, rec, AP, "scout planning an abdomen-pelvis CT")
    bpe(ser, pick(r, ["ABDOMEN", "ABDOMEN", "ABDOMEN", "PELVIS", "ABDOMENPELVIS", "KIDNEY"] if kind == 3 else
                  ["ABDOMEN", "ABDOMEN", "ABDOMEN", "ABDOMENPELVIS"]))
    return ("uro" if kind == 3 else "gi"), desc, ser


def ex_ct_cap(r, site):
    v = pick(r, ctk(site))
    desc = pick(r, ["CT CHEST ABDOMEN PELVIS W CONTRAST", "CT CHEST/ABD/PELVIS W IV CONTRAST",
                    "CT CHEST ABD PELVIS W CONTRAST", "CT CAP W CONTRAST", "CT CHEST W + ABD/PELVIS W CONTRAST"])
    word = {"GE": "C/A/P", "SI": "ThorAbdPelv", "PH": "CAP", "CA": "Body", "TO": "Body"}[v]
    rec = [(word, "soft", "5" if v == "GE" else "3.0", "ax", CAP, "chest-abdomen-pelvis axial recon"),
           ("Lung", "lung", "1.25" if v == "GE" else "1.0", "ax", ["CHEST"], "lung recon limited to the chest"),
           (word, "soft", "3", "cor", CAP, "coronal CAP reformat"),
           (word, "soft", "3", "sag", CAP, "sagittal CAP reformat")]
    ser = ct_exam(r, v, pick(r, ["CAP W", "5.3 CHEST/ABD/PEL", "TAP_Routine", "Chest-Abd-Pelvis"]), rec, CAP,
                  "scout planning a chest-abdomen-pelvis CT")
    bpe(ser, pick(r, ["CHEST", "ABDOMEN", "CHEST_ABDOMEN_PELVIS", "CHEST"]))
    return "onc", desc, ser


def ex_ct_panscan(r, site):
    v = pick(r, ["SI", "SI", "GE"]) if site == "ch-south" else pick(r, ctk(site))
    desc = pick(r, ["CT TRAUMA PANSCAN", "TRAUMA CT HEAD C-SPINE CHEST ABD PELVIS", "CT WHOLE BODY TRAUMA LEVEL 1",
                    "CT HEAD CSPINE CHEST ABD PELV W CONTRAST", "TRAUMA ACTIVATION PAN SCAN"])
    rec = [("Head", "head", "5", "ax", ["HEAD"], "head recon of the pan-scan"),
           ("Head", "bone", "2", "ax", ["HEAD"], "skull and face bone recon"),
           ("C-Spine", "bone", "2", "sag", ["CSPINE"], "cervical spine reformat"),
           ("Body", "soft", "5" if v == "GE" else "3.0", "ax", CAP, "chest-abdomen-pelvis portal venous recon"),
           ("Lung", "lung", "1.25", "ax", ["CHEST"], "lung recon"),
           ("Body", "soft", "3", "cor", CAP, "coronal body reformat"),
           ("T-Spine", "bone", "2", "sag", ["TSPINE"], "thoracic spine reformat from the body volume"),
           ("L-Spine", "bone", "2", "sag", ["LSPINE"], "lumbar spine reformat from the body volume"),
           ("Pelvis", "bone", "2", "cor", ["PELVIS"], "bone reformat of the pelvic ring")]
    if r.random() < 0.5:
        rec.append(("Ribs", "bone", "5", "mip", ["CHEST"], "curved rib MIP"))
    ser = ct_exam(r, v, pick(r, ["Polytrauma", "TRAUMA PANSCAN", "WB_Trauma", "LEVEL 1 TRAUMA"]), rec, WB,
                  "scout from vertex to pelvis planning the whole pan-scan", scout_n=pick(r, [1, 2]))
    bpe(ser, pick(r, ["WHOLEBODY", "CHEST", "HEAD", "ABDOMEN"]))
    return "trauma", desc, ser


def ex_ct_misc(r, site):
    v = pick(r, ctk(site))
    k = r.randrange(14)
    if k == 0:
        d, rr, w, lab, b, st = "CT SINUS WO CONTRAST", "Sinus", "paranasal sinuses", ["HEAD"], "SINUS", "neuro"
    elif k == 1:
        d, rr, w, lab, b, st = "CT MAXILLOFACIAL WO CONTRAST", "Facial", "facial bones", ["HEAD"], "HEAD", "trauma"
    elif k == 2:
        d, rr, w, lab, b, st = "CT SOFT TISSUE NECK W CONTRAST", "Neck", "soft-tissue neck", ["NECK"], "NECK", "general"
    elif k == 3:
        d, rr, w, lab, b, st = "CT ORBITS WO CONTRAST", "Orbits", "orbits", ["HEAD"], "ORBIT", "neuro"
    elif k == 4:
        d, rr, w, lab, b, st = "CT LUMBAR SPINE WO CONTRAST", "L-Spine", "lumbar spine", ["LSPINE"], "LSPINE", "msk"
    elif k == 5:
        d, rr, w, lab, b, st = "CT THORACIC SPINE WO CONTRAST", "T-Spine", "thoracic spine", ["TSPINE"], "TSPINE", "msk"
    elif k == 6:
        d, rr, w, lab, b, st = "CT ABDOMEN W CONTRAST LIVER 3 PHASE", "Liver", "liver (abdomen only)", ["ABDOMEN"], "ABDOMEN", "gi"
    elif k == 7:
        d, rr, w, lab, b, st = "CT CARDIAC CALCIUM SCORING", "CaScore", "heart", ["CHEST"], "HEART", "cardio"
    elif k == 8:
        d, rr, w, lab, b, st = "CTA CORONARY ARTERIES W CONTRAST", "Cardiac", "coronary arteries", ["CHEST"], "HEART", "cardio"
    elif k == 9:
        d, rr, w, lab, b, st = "CT PELVIS WO CONTRAST", "Pelvis", "bony pelvis", ["PELVIS"], "PELVIS", "msk"
    elif k == 10:
        d, rr, w, lab, b, st = "CT TEMPORAL BONES WO CONTRAST", "Temporal", "temporal bones", ["HEAD"], "HEAD", "neuro"
    elif k == 11:
        d, rr, w, lab, b, st = "CT UROGRAM W WO CONTRAST", "Urogram", "kidneys to bladder", AP, "ABDOMEN", "uro"
    elif k == 12:
        d, rr, w, lab, b, st = "CT COLONOGRAPHY SCREENING WO CONTRAST", "Colon", "colon (CT colonography)", AP, "ABDOMEN", "gi"
    else:
        d, rr, w, lab, b, st = "CT ABDOMEN W CONTRAST", "Abdomen", "abdomen", ["ABDOMEN"], "ABDOMEN", "gi"
    kk = "bone" if k in (1, 3, 4, 5, 9, 10) else ("head" if k == 0 else "soft")
    rec = [(rr, kk, "2", "ax", lab, f"axial recon of the {w}"), (rr, kk, "2", "cor", lab, f"coronal reformat of the {w}"),
           (rr, "soft" if kk == "bone" else kk, "3", "sag", lab, f"sagittal reformat of the {w}")]
    if k == 11:
        rec.append(("Excretory", "soft", "10", "mip", AP, "excretory phase MIP, kidneys to bladder"))
    if k == 12:
        rec = [("Supine", "soft", "1.25", "ax", AP, "supine colonography volume"),
               ("Prone", "soft", "1.25", "ax", AP, "prone colonography volume")]
    ser = ct_exam(r, v, rr.upper(), rec, lab, f"scout planning a CT of the {w}",
                  scout_n=2 if k == 12 else 1)
    bpe(ser, b)
    return st, d, ser


def ex_ct_limb(r, site):
    v = pick(r, ctk(site))
    side = pick(r, ["R", "L"])
    sw = {"R": pick(r, ["RIGHT", "RT"]), "L": pick(r, ["LEFT", "LT"])}[side]
    part, lab, b = pick(r, [("KNEE", "KNEE", "KNEE"), ("ANKLE", "ANKLE", "ANKLE"), ("WRIST", "WRIST", "WRIST"),
                            ("SHOULDER", "SHOULDER", "SHOULDER"), ("FOOT", "FOOT", "FOOT"), ("ELBOW", "ELBOW", "ELBOW"),
                            ("HIP", "HIP", "HIP"), ("LOWER EXTREMITY", "LEG", "EXTREMITY")])
    if part == "LOWER EXTREMITY":
        d = f"CT LOWER EXTREMITY {sw} WO CONTRAST (TIB/FIB)"
        lab = "LEG"
    else:
        d = pick(r, [f"CT {part} {sw} WO CONTRAST", f"CT {sw} {part} WO CONTRAST", f"CT {part} WO CONTRAST {sw}"])
    rr = part.title() if part != "LOWER EXTREMITY" else "Tib Fib"
    rec = [(rr, "bone", "1", "ax", [lab], f"bone recon of the {rr.lower()}", side),
           (rr, "bone", "2", "cor", [lab], "coronal reformat", side), (rr, "bone", "2", "sag", [lab], "sagittal reformat", side)]
    if r.random() < 0.4:
        rec.append((rr + " 3D", "bone", "1", "mip", [lab], "volume rendering of the bones", side))
    ser = ct_exam(r, v, f"{rr.upper()} {side}", rec, [lab], "scout planning the one-sided limb CT")
    ser[0]["lat"] = side
    bpe(ser, pick(r, [b, b, "EXTREMITY"]))
    for s in ser:
        if s["labels"] and r.random() < 0.3:
            s["meta"]["Laterality"] = side
    return "msk", d, ser


def ex_cta_runoff(r, site):
    v = pick(r, ctk(site))
    d = pick(r, ["CTA ABDOMINAL AORTA AND BILATERAL ILIOFEMORAL LOWER EXTREMITY RUNOFF W CONTRAST",
                 "CTA ABDOMINAL AORTA BILAT ILIOFEM LOWER EXT RUNOFF", "CTA RUNOFF BILAT LE W CONTRAST",
                 "CTA ABD AORTA + BILAT LE RUNOFF"])
    rec = [("Runoff", "vasc", "1", "ax", RUNOFF, "aorta to feet: abdomen, pelvis and both legs", "B"),
           ("Runoff", "vasc", "20", "mip", RUNOFF, "MIP of the whole runoff", "B"),
           ("Runoff", "vasc", "3", "cor", RUNOFF, "coronal runoff reformat", "B"),
           ("Legs", "vasc", "1", "ax", ["THIGH", "KNEE", "LEG", "ANKLE", "FOOT"],
            "second bolus below the groin: both legs only", "B")]
    ser = ct_exam(r, v, pick(r, ["RUNOFF", "CTA_Runoff", "AORTA RUNOFF"]), rec, RUNOFF, "scout from diaphragm to toes")
    ser[0]["lat"] = "B"
    bpe(ser, pick(r, ["ABDOMEN", "LEG", "EXTREMITY", "ABDOMEN"]))
    return "vascular", d, ser


def ex_cta_tavr(r, site):
    v = pick(r, ["SI", "SI", "PH"])
    d = pick(r, ["CTA TAVR PROTOCOL CHEST ABD PELVIS", "CT TAVR PLANNING W CONTRAST", "CTA CHEST ABD PELVIS TAVR"])
    rec = [("Cardiac", "vasc", "0.75", "ax", ["CHEST"], "ECG-gated aortic root and heart"),
           ("Aorta Iliac", "vasc", "1.0", "ax", CAP, "access run chest to femoral heads"),
           ("Aorta Iliac", "vasc", "3", "cor", CAP, "coronal access reformat")]
    ser = ct_exam(r, v, "TAVI", rec, CAP, "scout planning heart and iliofemoral access")
    bpe(ser, pick(r, ["HEART", "CHEST"]))
    return "cardio", d, ser


# ---------------------------------------------------------------- MR

MR_VENDOR = {
    "GE": ("GE MEDICAL SYSTEMS", ["SIGNA Artist", "SIGNA Premier", "Optima MR450w", "DISCOVERY MR750w", "SIGNA Explorer"]),
    "SI": ("SIEMENS", ["MAGNETOM Vida", "Skyra", "Aera", "MAGNETOM Sola", "Avanto_fit"]),
    "PH": ("Philips Medical Systems", ["Ingenia", "Achieva dStream", "Ingenia Elition X", "Ingenia Ambition X"]),
    "CA": ("Canon Medical Systems", ["Vantage Orian", "Vantage Galan 3T"]),
}
MR_LOC = {"GE": "3-Plane Loc", "SI": "localizer", "PH": "Survey", "CA": "locator"}


SI_SEQ = [(("diff", "dwi"), "*ep_b1000t"), (("tirm", "stir", "flair"), "*tir2d1_16"), (("mprage", "tfl"), "*tfl3d1_16ns"),
          (("vibe", "fl3d", "dixon"), "*fl3d1"), (("swi",), "*swi3d1r"), (("tof",), "*fl3d1r_t70"), (("haste",), "*h2d1_320"),
          (("trufi", "cine"), "*tfi2d1_12"), (("space",), "*spc3d1_172ns")]
GE_SEQ = [(("dwi", "diff"), "EP"), (("flair", "stir"), "SE\\IR"), (("gre", "swan", "lava", "bravo", "vibrant", "tof", "fiesta",
                                                               "mra", "mde", "cine"), "GR")]


def mr_exam(r, v, seqs, loc_labels, loc_why, extra=None, loc=True):
    man, models = MR_VENDOR[v]
    base = {"Modality": "MR", "SOPClassUID": SOP["MR"] if r.random() < 0.85 else SOP["EMR"], "Manufacturer": man,
            "ManufacturerModelName": pick(r, models), **(extra or {})}
    out = []
    if loc:
        out.append(S({**base, "SeriesDescription": MR_LOC[v] if r.random() < 0.8 else
                      {"GE": "3Pl Loc", "SI": "AAHScout", "PH": "SmartSurvey", "CA": "Loc"}[v],
                      "ImageType": "ORIGINAL\\PRIMARY\\LOCALIZER" if v != "SI" else "ORIGINAL\\PRIMARY\\M\\NORM\\DIS2D"},
                     loc_labels, None, loc_why))
    for sq in seqs:
        name, labels, why = sq[:3]
        lat = sq[3] if len(sq) > 3 else None
        m = {**base, "SeriesDescription": name}
        up = name.upper()
        if "ADC" in up or "FA" == up or "SUB" in up or "MIP" in up or "TRACE" in up:
            m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC" if "ADC" in up else "DERIVED\\SECONDARY"
        low = name.lower()
        if v == "SI" and "ImageType" not in m and r.random() < 0.8:
            m["SequenceName"] = next((q for keys, q in SI_SEQ if any(x in low for x in keys)), "*tse2d1_15")
        if v == "GE" and "ImageType" not in m and r.random() < 0.7:
            m["ScanningSequence"] = next((q for keys, q in GE_SEQ if any(x in low for x in keys)), "SE")
        out.append(S(m, labels, lat, why))
    return out


def mrk(site):
    return {"ch-north": ["GE"], "ch-south": ["SI", "SI", "PH"], "oic": ["SI", "PH", "GE", "CA"], "cancer": ["SI", "GE"],
            "outside": ["GE", "SI", "PH", "CA"], "urgent": ["GE"], "womens": ["GE", "SI"]}[site]


BRAIN_SEQ = {
    "GE": ["Sag T1 FLAIR", "Ax T2 FRFSE", "Ax T2 FLAIR", "Ax DWI 1000b", "Apparent Diffusion Coefficient (mm2/s)",
           "Ax SWAN", "Ax T1 SE +C", "Sag 3D T1 BRAVO +C", "Cor T1 +C", "Ax GRE", "Ax T2 FLAIR +C"],
    "SI": ["t1_se_sag", "t2_tse_tra_p2", "t2_tirm_tra_dark-fluid", "ep2d_diff_3scan_trace_p2",
           "ep2d_diff_3scan_trace_p2_ADC", "ep2d_diff_3scan_trace_p2_TRACEW", "swi_tra", "t1_mprage_sag_p2_iso_POST",
           "t1_se_tra_POST", "t2_swi_tra_p2_2mm_SWI", "t1_mprage_tra_MPR"],
    "PH": ["T1W_SE_SAG", "T2W_TSE", "FLAIR_longTR", "DWI_SENSE", "dADC", "SWIp", "sT1W_3D_TFE +C", "T1W_SE +C",
           "T2W_FFE", "WIP sT1W_3D_TFE CLEAR", "3D_Brain_VIEW_FLAIR_SENSE"],
    "CA": ["T1_SAG", "T2_AX", "FLAIR_AX", "DWI_AX", "ADC", "SWI", "T1_AX_+C", "3D_T1_+C", "T2*_AX"],
}


def no_contrast_clash(seq):
    """A post-contrast sequence, which a plain (WO) protocol does not run."""
    return any(x in seq for x in ("+C", "POST", "+ C"))


def ex_mr_brain(r, site):
    v = pick(r, mrk(site))
    k = r.randrange(6)
    d = ["MRI BRAIN WO CONTRAST", "MRI BRAIN WO/W CONTRAST", "MRI BRAIN W WO CONTRAST", "MRI BRAIN STROKE PROTOCOL",
         "MRI BRAIN WO/W CONTRAST (MS PROTOCOL)", "MRI IAC W WO CONTRAST"][k]
    menu = [q for q in BRAIN_SEQ[v] if not (d.endswith("WO CONTRAST") and no_contrast_clash(q))]
    seqs = [(s, ["HEAD"], "sequence of a brain MR (sequence name only)") for s in r.sample(menu, 6)]
    if k == 5:
        seqs += [("Ax T2 CUBE IAC" if v == "GE" else "t2_space_tra_IAC", ["HEAD"], "thin T2 through the internal auditory canals")]
    ser = mr_exam(r, v, seqs, ["HEAD"], "localizer of a brain MR")
    bpe(ser, pick(r, ["HEAD", "BRAIN", "HEAD", "BRAIN", "HEAD"]))
    return ("stroke" if k == 3 else "neuro"), d, ser


def ex_mr_head_misc(r, site):
    v = pick(r, mrk(site))
    k = r.randrange(4)
    if k == 0:
        d = "MRA HEAD WO CONTRAST"
        seqs = [({"GE": "Ax 3D TOF", "SI": "tof_fl3d_tra_p3-mip", "PH": "TOF_3D_multi-slab", "CA": "TOF_3D"}[v], ["HEAD"],
                 "time-of-flight through the circle of Willis"),
                ({"GE": "Ax 3D TOF MIP", "SI": "tof_fl3d_tra_p3-mip_MIP_SAG", "PH": "MIP TOF", "CA": "MIP_TOF"}[v], ["HEAD"],
                 "MIP of the intracranial MRA")]
        lab = ["HEAD"]
        b = "HEAD"
    elif k == 1:
        d = pick(r, ["MRA NECK W WO CONTRAST", "MRA NECK W CONTRAST", "MRA CAROTIDS W CONTRAST"])
        seqs = [({"GE": "COR 3D CE MRA", "SI": "fl3d_cor_CE-MRA", "PH": "CE-MRA_Carotids", "CA": "CE_MRA"}[v], ["NECK"],
                 "contrast MRA of the carotids in the neck"),
                ("MIP", ["NECK"], "MIP of the neck MRA"), ("Bolus Track" if v != "SI" else "CareBolus", ["NECK"],
                                                           "bolus timing run on the arch and neck")]
        lab = ["NECK"]
        b = pick(r, ["NECK", "CAROTID", "HEAD"])
    elif k == 2:
        d = "MRI SELLA/PITUITARY W WO CONTRAST"
        seqs = [("Cor T1 Pit", ["HEAD"], "thin coronal through the sella"), ("Sag T1 Pit +C", ["HEAD"], "post-contrast sella"),
                ("Cor DYN Pit", ["HEAD"], "dynamic pituitary")]
        lab, b = ["HEAD"], "HEAD"
    else:
        d = "MRI ORBITS W WO CONTRAST"
        seqs = [("Cor T2 FS Orbits", ["HEAD"], "coronal orbits"), ("Ax T1 FS +C Orbits", ["HEAD"], "post-contrast orbits")]
        lab, b = ["HEAD"], "ORBIT"
    ser = mr_exam(r, v, seqs, lab, "localizer of the same exam")
    bpe(ser, b)
    return "neuro", d, ser


SPINE_SEQ = {"GE": ["Sag T1", "Sag T2", "Sag STIR", "Ax T2 FRFSE", "Ax T1", "Sag T1 +C FS", "Ax T1 +C"],
             "SI": ["t1_tse_sag", "t2_tse_sag", "t2_tirm_sag", "t2_tse_tra", "t1_tse_tra", "t1_tse_fs_sag_POST"],
             "PH": ["T1W_TSE_SAG", "T2W_TSE_SAG", "STIR_SAG", "T2W_TSE_TRA", "T1W_TSE_TRA", "T1W_mDIXON_SAG +C"],
             "CA": ["T1_SAG", "T2_SAG", "STIR_SAG", "T2_AX", "T1_AX"]}


def ex_mr_spine(r, site):
    v = pick(r, mrk(site))
    k = r.randrange(5)
    if k == 3:
        d = pick(r, ["MRI SPINE COMPLETE WO/W CONTRAST", "MRI CERVICAL THORACIC LUMBAR SPINE WO CONTRAST"])
        seqs = [("Sag STIR Whole Spine Composed" if v != "SI" else "t2_tirm_sag_COMPOSED", WSPINE,
                 "composed sagittal of the whole spine")]
        menu = [q for q in SPINE_SEQ[v] if not (d.endswith("WO CONTRAST") and no_contrast_clash(q))]
        for lv, code in (("C", "CSPINE"), ("T", "TSPINE"), ("L", "LSPINE")):
            for s in r.sample(menu, 2):
                nm = {"GE": f"{lv} {s}", "SI": f"{s}_{lv}", "PH": f"{s} {lv}", "CA": f"{lv}_{s}"}[v]
                seqs.append((nm, [code], f"{code} station of a whole-spine MR"))
        ser = mr_exam(r, v, seqs, WSPINE, "localizer of the whole spine")
        bpe(ser, pick(r, ["SPINE", "WHOLESPINE", "CSPINE"]))
        return "onc" if site == "cancer" else "neuro", d, ser
    code, word, dd = [("CSPINE", "C-Spine", "MRI CERVICAL SPINE WO CONTRAST"), ("TSPINE", "T-Spine", "MRI THORACIC SPINE WO CONTRAST"),
                      ("LSPINE", "L-Spine", "MRI LUMBAR SPINE WO CONTRAST"), None,
                      ("LSPINE", "L-Spine", "MRI LUMBAR SPINE WO/W CONTRAST")][k]
    menu = [q for q in SPINE_SEQ[v] if not (dd.endswith("WO CONTRAST") and no_contrast_clash(q))]
    seqs = [(s, [code], "spine sequence named only by its weighting") for s in r.sample(menu, 4)]
    ser = mr_exam(r, v, seqs, [code], "localizer of the spine segment")
    bpe(ser, pick(r, [code, code, "SPINE", code]))
    return "msk", dd, ser


MSK_SEQ = {"GE": ["Cor PD FS", "Sag PD FS", "Ax PD FS", "Cor T1", "Sag T2 FS", "Sag PD"],
           "SI": ["pd_tse_fs_cor", "pd_tse_fs_sag", "pd_tse_fs_tra", "t1_tse_cor", "t2_tse_fs_sag", "pd_tse_sag"],
           "PH": ["PDW_SPAIR_COR", "PDW_SPAIR_SAG", "PDW_SPAIR_TRA", "T1W_TSE_COR", "T2W_SPAIR_SAG", "PDW_TSE_SAG"],
           "CA": ["PD_FS_COR", "PD_FS_SAG", "PD_FS_AX", "T1_COR", "T2_FS_SAG", "PD_SAG"]}


def side_word(r, side):
    return {"R": pick(r, ["RIGHT", "RT", "RIGHT", "RT"]), "L": pick(r, ["LEFT", "LT", "LEFT", "LT"])}[side]


def ex_mr_msk(r, site):
    v = pick(r, mrk(site))
    side = pick(r, ["R", "L"])
    sw = side_word(r, side)
    part, code, b = pick(r, [("KNEE", "KNEE", "KNEE"), ("KNEE", "KNEE", "KNEE"), ("SHOULDER", "SHOULDER", "SHOULDER"),
                             ("SHOULDER", "SHOULDER", "SHOULDER"), ("HIP", "HIP", "HIP"), ("ANKLE", "ANKLE", "ANKLE"),
                             ("WRIST", "WRIST", "WRIST"), ("ELBOW", "ELBOW", "ELBOW"), ("FOOT", "FOOT", "FOOT"),
                             ("FEMUR", "THIGH", "THIGH"), ("HUMERUS", "ARM", "ARM"), ("FOREARM", "FOREARM", "FOREARM"),
                             ("TIB/FIB", "LEG", "LEG"), ("HAND", "HAND", "HAND"), ("FINGER", "HAND", "HAND")])
    arth = part in ("SHOULDER", "HIP") and r.random() < 0.25
    if part in ("FEMUR", "HUMERUS", "FOREARM", "TIB/FIB", "HAND", "FINGER"):
        region = {"FEMUR": "LOWER EXTREMITY", "HUMERUS": "UPPER EXTREMITY", "FOREARM": "UPPER EXTREMITY",
                  "TIB/FIB": "LOWER EXTREMITY", "HAND": "UPPER EXTREMITY", "FINGER": "UPPER EXTREMITY"}[part]
        d = pick(r, [f"MRI {region} NON JOINT {sw} WO CONTRAST ({part})", f"MRI {part} {sw} WO CONTRAST",
                     f"MRI {region} {sw} W WO CONTRAST - {part}"])
        if part in ("HAND", "FINGER"):
            d = pick(r, [f"MRI UPPER EXTREMITY JOINT {sw} WO ({part})", f"MRI {part} {sw} WO CONTRAST"])
    elif arth:
        d = f"MRI {part} {sw} ARTHROGRAM W CONTRAST"
    else:
        d = pick(r, [f"MRI {part} {sw} WO CONTRAST", f"MRI {part} WO CONTRAST {sw}", f"MRI {sw} {part} WO CONTRAST",
                     f"MRI LOWER EXTREMITY JOINT {sw} WO CONTRAST" if code in ("KNEE", "ANKLE", "HIP", "FOOT") else
                     f"MRI UPPER EXTREMITY JOINT {sw} WO CONTRAST"])
    seqs = [(s, [code], "joint sequence named by weighting and plane only", side) for s in r.sample(MSK_SEQ[v], 4)]
    if arth:
        seqs.append(("Ax T1 FS Arthro" if v == "GE" else "t1_tse_fs_tra_arthro", [code], "fat-sat T1 after intra-articular gadolinium", side))
    ser = mr_exam(r, v, seqs, [code], "localizer of the one-sided limb MR")
    ser[0]["lat"] = side
    bpe(ser, pick(r, [b, b, b, "EXTREMITY", "LOWER_EXTREMITY" if code in ("KNEE", "ANKLE", "HIP", "FOOT", "THIGH", "LEG")
                      else "UPPER_EXTREMITY"]))
    if "JOINT" in d or "EXTREMITY" in d:
        # a generic order: the technologist's protocol and the console's body part name the joint
        bpe(ser, b)
        for s in ser:
            s["meta"]["ProtocolName"] = pick(r, [f"{part} {side}", f"{part.title()} {sw.title()}", f"{sw} {part}"])
    if r.random() < 0.45:
        for s in ser:
            s["meta"]["Laterality"] = side
    return "msk", d, ser


def ex_mr_body(r, site):
    v = pick(r, mrk(site))
    k = r.randrange(8)
    if k == 0:
        d, lab, b, st = "MRI PROSTATE W WO CONTRAST", ["PELVIS"], "PROSTATE", "uro"
        seqs = {"GE": ["Ax T2 FRFSE", "Sag T2", "Ax DWI b1400", "ADC", "Ax DCE LAVA"],
                "SI": ["t2_tse_tra", "t2_tse_sag", "ep2d_diff_tra_b50_800_1400", "ep2d_diff_tra_ADC", "t1_vibe_tra_DCE"],
                "PH": ["T2W_TSE_ax", "T2W_TSE_sag", "DWI_b1500", "dADC", "DCE_THRIVE"],
                "CA": ["T2_AX", "T2_SAG", "DWI_AX", "ADC", "DCE"]}[v]
    elif k in (1, 2):
        d, lab, b, st = pick(r, ["MRI ABDOMEN W WO CONTRAST", "MRI ABDOMEN W WO CONTRAST (LIVER)", "MRCP WO CONTRAST",
                                 "MRI ABDOMEN W WO CONTRAST + MRCP"]), ["ABDOMEN"], "ABDOMEN", "gi"
        seqs = {"GE": ["Ax SSFSE", "Cor SSFSE", "Ax LAVA Flex", "Ax LAVA Flex Arterial", "3D MRCP", "MRCP MIP", "Ax DWI"],
                "SI": ["haste_tra_mbh", "haste_cor_mbh", "t1_vibe_dixon_tra_opp", "t1_vibe_fs_tra_dyn", "t2_space_cor_mrcp",
                       "t2_space_cor_mrcp_MIP", "ep2d_diff_b50_400_800_tra"],
                "PH": ["T2W_SSH_TRA", "T2W_SSH_COR", "mDIXON_TRA", "THRIVE_dyn", "3D_MRCP", "MIP MRCP", "DWI_TRA"],
                "CA": ["FASE_AX", "FASE_COR", "DIXON_AX", "DYN_AX", "MRCP_3D", "MIP", "DWI"]}[v]
    elif k == 3:
        d, lab, b, st = "MRI PELVIS W WO CONTRAST (RECTAL CANCER)", ["PELVIS"], "PELVIS", "onc"
        seqs = ["Sag T2", "Obl Ax T2 HiRes", "Cor T2", "Ax DWI", "ADC", "Ax T1 +C FS"]
    elif k == 4:
        d, lab, b, st = pick(r, ["MRI PELVIS W WO CONTRAST (FEMALE)", "MRI PELVIS W/WO - UTERUS FIBROIDS"]), ["PELVIS"], "PELVIS", "gyn"
        seqs = ["Sag T2", "Ax T2", "Ax T1 in/out", "Sag LAVA dyn", "Ax DWI"]
    elif k == 5:
        d, lab, b, st = "MR ENTEROGRAPHY W WO CONTRAST", AP, "ABDOMEN", "gi"
        seqs = ["Cor FIESTA", "Ax FIESTA", "Cor SSFSE", "Cor LAVA +C", "Ax LAVA +C delay", "Ax DWI"]
    elif k == 6:
        d, lab, b, st = "MRI CARDIAC MORPHOLOGY AND FUNCTION W WO CONTRAST", ["CHEST"], "HEART", "cardio"
        seqs = {"SI": ["trufi_loc_multi", "cine_trufi_4ch", "cine_trufi_sa", "LGE_PSIR_sa", "T1map_MOCO"],
                "GE": ["FIESTA Cine 4CH", "FIESTA Cine SAX", "MDE SAX", "T1 Map MOLLI", "Cine 3CH"]}.get(
            v, ["cine_4CH", "cine_SA", "LGE_SA", "T1_map", "T2_map"])
    else:
        d, lab, b, st = "MRI SACRUM/COCCYX WO CONTRAST", ["PELVIS"], "SACRUM", "msk"
        seqs = ["Sag T1", "Sag STIR", "Cor Obl T1", "Cor Obl STIR", "Ax T2"]
    seqs = [(s, lab, "sequence of the " + d.lower()) for s in seqs]
    ser = mr_exam(r, v, seqs, lab, "localizer of the same body MR")
    bpe(ser, b)
    return st, d, ser


def ex_mr_breast(r, site):
    v = pick(r, ["GE", "SI"])
    d = pick(r, ["MRI BREAST BILATERAL W WO CONTRAST", "MRI BREAST BILAT W/WO CONTRAST", "MRI BREAST ABBREVIATED SCREENING",
                 "MRI BREAST BILATERAL W WO CONTRAST (HIGH RISK)"])
    seqs = {"GE": ["Ax T2 FSE FS", "Ax VIBRANT MPh", "Ax VIBRANT SUB 1", "Ax VIBRANT MIP", "Ax DWI", "Sag VIBRANT RT",
                   "Ax T1 non FS"],
            "SI": ["t2_tse_tra_fs", "fl3d_vibe_dyn_tra", "fl3d_vibe_dyn_tra_SUB", "fl3d_vibe_dyn_tra_MIP", "ep2d_diff_tra_b800",
                   "t1_fl3d_tra_nonfs"]}[v]
    seqs = [(s, ["BREAST"], "axial breast MR takes in both breasts", "B") for s in seqs if "RT" not in s] + \
           ([("Sag VIBRANT RT", ["BREAST"], "sagittal dynamic of the right breast only", "R")] if v == "GE" else [])
    ser = mr_exam(r, v, seqs, ["BREAST"], "localizer of a bilateral breast MR")
    ser[0]["lat"] = "B"
    ser.append(S({"Modality": "MR", "SOPClassUID": SOP["SC"], "Manufacturer": "Invivo", "ManufacturerModelName": "DynaCAD",
                  "SeriesDescription": pick(r, ["DynaCAD Angio Map", "DynaCAD Color Overlay", "DynaCAD Curves"]),
                  "ImageType": "DERIVED\\SECONDARY"}, ["BREAST"], "B", "CAD kinetic map over both breasts"))
    ser.append(S({"Modality": "SR", "SOPClassUID": SOP["ESR"], "Manufacturer": "Invivo", "SeriesDescription": "DynaCAD Report"},
                 [], None, "CAD report, no image"))
    bpe(ser, pick(r, ["BREAST", "BREAST", "CHEST"]))
    return "breast", d, ser


# ---------------------------------------------------------------- radiographs

XR_VENDOR = {
    "FUJI": ("FUJIFILM Corporation", ["FDR D-EVO II", "FCR PROFECT CS", "FDR Go PLUS"], "CR"),
    "CS": ("Carestream Health", ["DRX-Evolution Plus", "DRX-Revolution", "DRX-1"], "DX"),
    "KO": ("KONICA MINOLTA", ["AeroDR", "CS-7", "REGIUS 110"], "DX"),
    "GE": ("GE Healthcare", ["Definium 656 HD", "Optima XR240amx", "AMX Navigate"], "DX"),
    "SI": ("SIEMENS", ["Ysio Max", "Multix Fusion Max", "Mobilett Mira Max"], "DX"),
    "PH": ("Philips Medical Systems", ["DigitalDiagnost", "MobileDiagnost wDR"], "DX"),
}


def xrk(site):
    return {"ch-north": ["CS", "CS", "GE"], "ch-south": ["SI", "SI", "FUJI"], "urgent": ["FUJI", "KO", "KO"],
            "oic": ["CS", "FUJI"], "cancer": ["SI"], "womens": ["KO"], "outside": ["FUJI", "CS", "KO", "GE", "SI", "PH"]}[site]


def xr_series(r, vk, views, labels, lat, why, proc=None, part=None):
    man, models, mod = XR_VENDOR[vk]
    if vk == "FUJI" and r.random() < 0.5:
        mod = "DX"
    base = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": pick(r, models)}
    out = []
    for vw in views:
        name, vp = vw if isinstance(vw, tuple) else (vw, None)
        m = {**base, "SeriesDescription": name}
        if vp:
            m["ViewPosition"] = vp
        if proc and r.random() < 0.6:
            m["AcquisitionDeviceProcessingDescription"] = proc
        if part and r.random() < 0.4:
            m["ProtocolName"] = part
        out.append(S(m, labels, lat, why))
    return out


XR_LIMB = [
    # (exam word, label, views, fuji menu, with side)
    ("ANKLE", ["ANKLE"], ["AP", "MORTISE", "LAT"], "ANKLE"),
    ("FOOT", ["FOOT"], ["AP", "OBL", "LAT"], "FOOT"),
    ("KNEE", ["KNEE"], ["AP", "LAT", "SUNRISE", "OBL"], "KNEE"),
    ("WRIST", ["WRIST"], ["PA", "OBL", "LAT"], "WRIST"),
    ("HAND", ["HAND"], ["PA", "OBL", "LAT"], "HAND"),
    ("FINGER", ["HAND"], ["PA", "LAT", "OBL"], "FINGER"),
    ("THUMB", ["HAND"], ["AP", "LAT"], "FINGER"),
    ("SHOULDER", ["SHOULDER"], ["AP INT ROT", "AP EXT ROT", "Y VIEW", "AXILLARY"], "SHOULDER"),
    ("CLAVICLE", ["SHOULDER"], ["AP", "AP CEPH"], "CLAVICLE"),
    ("ELBOW", ["ELBOW"], ["AP", "LAT", "OBL"], "ELBOW"),
    ("FOREARM", ["FOREARM"], ["AP", "LAT"], "FOREARM"),
    ("HUMERUS", ["ARM"], ["AP", "LAT"], "HUMERUS"),
    ("FEMUR", ["THIGH"], ["AP", "LAT"], "FEMUR"),
    ("TIBIA FIBULA", ["LEG"], ["AP", "LAT"], "TIB/FIB"),
    ("CALCANEUS", ["FOOT"], ["AXIAL", "LAT"], "CALCANEUS"),
    ("TOE", ["FOOT"], ["AP", "OBL", "LAT"], "TOES"),
    ("HIP UNILAT W PELVIS", ["HIP", "PELVIS"], ["AP PELVIS", "AP", "FROG LAT"], "HIP"),
    ("SCAPHOID", ["WRIST"], ["PA ULNAR DEV", "OBL", "LAT"], "SCAPHOID"),
    ("AC JOINTS", ["SHOULDER"], ["AP", "AP W WEIGHTS"], "AC JOINT"),
    ("SCAPULA", ["SHOULDER"], ["AP", "Y VIEW"], "SCAPULA"),
]


def ex_xr_limb(r, site):
    vk = pick(r, xrk(site))
    word, lab, views, menu = pick(r, XR_LIMB)
    bil = word in ("KNEE", "HAND", "FOOT", "ANKLE") and r.random() < 0.15
    side = "B" if bil else pick(r, ["R", "L"])
    n = pick(r, ["2 VIEWS", "3+ VIEWS", "MIN 3 VIEWS", "COMPLETE", "3 VIEWS", "2 VW"])
    sw = "BILAT" if bil else side_word(r, side)
    d = pick(r, [f"XR {word} {sw} {n}", f"XR {word} {n} {sw}", f"XR {sw} {word} {n}", f"DX {word} {sw} {n}"])
    if site == "urgent" and r.random() < 0.2:
        d = d + pick(r, [" - PT SPANISH SPEAKING", " *SPANISH*", " (INTERPRETE)", " - HABLA ESPANOL"])
    if word == "HIP UNILAT W PELVIS":
        d = pick(r, [f"XR HIP {sw} W PELVIS 2-3 VIEWS", f"XR HIP UNILAT W PELVIS 2-3 VIEWS {sw}"])
    if bil:
        d = pick(r, [f"XR {word}S BILAT {n}", f"XR {word} BILATERAL {n}", f"XR BILAT {word}S STANDING"])
    sl = {"R": "RT", "L": "LT", "B": "BILAT"}[side]
    style = r.randrange(4)
    vs = []
    for vw in views:
        vp = "AP" if vw.startswith("AP") else ("PA" if vw.startswith("PA") else ("LL" if vw.startswith("LAT") else None))
        if style == 0:
            vs.append((f"{menu} {vw}", vp))
        elif style == 1:
            vs.append((f"{sl} {menu} {vw}" if not bil else f"{menu} {vw}", vp))
        elif style == 2:
            vs.append((f"{menu.title()} {vw.lower()}", vp))
        else:
            vs.append((vw, vp))
    ser = xr_series(r, vk, vs, lab, side, f"{word.lower()} radiograph ({'both sides' if bil else 'one side'})",
                    proc=menu, part=f"{menu} {sl}")
    if word == "HIP UNILAT W PELVIS":
        ser[0]["labels"], ser[0]["lat"], ser[0]["why"] = ["PELVIS", "HIP"], "B", "AP pelvis of a hip series: taken to show both hips"
        for s in ser[1:]:
            s["labels"], s["why"] = ["HIP"], "hip view of the one side"
    bpe(ser, pick(r, [lab[0], lab[0], lab[0], "EXTREMITY", "LOWER EXTREMITY" if lab[0] in ("ANKLE", "FOOT", "KNEE", "HIP", "THIGH", "LEG") else "UPPER EXTREMITY"]) if word != "FINGER" else pick(r, ["HAND", "FINGER"]))
    if r.random() < 0.4 and not bil:
        for s in ser:
            if s["lat"] == side:
                s["meta"]["ImageLaterality"] = side
    return "msk", d, ser


def ex_xr_axial(r, site):
    vk = pick(r, xrk(site))
    k = r.randrange(22)
    if k < 6:
        d = pick(r, ["XR CHEST 2 VIEWS", "XR CHEST 2 VIEWS PA AND LATERAL", "XR CHEST PA AND LAT", "XR CHEST 1 VIEW",
                     "XR CHEST PORTABLE 1 VIEW", "XR CHEST 1 VIEW (PORTABLE)"])
        views = [("CHEST PA", "PA"), ("CHEST LAT", "LL")] if "2" in d or "LAT" in d else [("CHEST AP PORTABLE", "AP")]
        if r.random() < 0.4:
            views = [(n.title(), p) for n, p in views]
        ser = xr_series(r, vk, views, ["CHEST"], None, "chest radiograph", proc=pick(r, ["CHEST PA", "CHEST", "THORAX"]))
        bpe(ser, "CHEST")
        if site == "urgent" and r.random() < 0.3:
            d += pick(r, [" - PACIENTE HABLA ESPANOL", " SPANISH ONLY", " (ESPANOL)"])
        return "chest", d, ser
    spec = [
        ("XR ABDOMEN 1 VIEW (KUB)", [("KUB", "AP")], AP, "ABDOMEN", "gi", "KUB covers abdomen and pelvis"),
        ("XR ABDOMEN 2 VIEWS", [("ABD SUPINE", "AP"), ("ABD UPRIGHT", "AP")], AP, "ABDOMEN", "gi",
         "supine and upright abdomen films, diaphragm to symphysis"),
        ("XR ACUTE ABDOMEN SERIES W CHEST", [("CHEST PA", "PA"), ("ABD SUPINE", "AP"), ("ABD ERECT", "AP")], None, "ABDOMEN", "gi", ""),
        ("XR CERVICAL SPINE 2-3 VIEWS", [("C-SPINE AP", "AP"), ("C-SPINE LAT", "LL"), ("ODONTOID", "AP")], ["CSPINE"], "CSPINE", "msk", "cervical spine films"),
        ("XR LUMBAR SPINE 2-3 VIEWS", [("L-SPINE AP", "AP"), ("L-SPINE LAT", "LL"), ("L5-S1 SPOT", "LL")], ["LSPINE"], "LSPINE", "msk", "lumbar spine films"),
        ("XR THORACIC SPINE 2 VIEWS", [("T-SPINE AP", "AP"), ("T-SPINE LAT", "LL")], ["TSPINE"], "TSPINE", "msk", "thoracic spine films"),
        ("XR PELVIS 1-2 VIEWS", [("PELVIS AP", "AP")], ["PELVIS"], "PELVIS", "msk", "AP pelvis"),
        ("XR SACRUM AND COCCYX MIN 2 VIEWS", [("SACRUM AP", "AP"), ("COCCYX LAT", "LL")], ["PELVIS"], "SACRUM", "msk", "sacrum and coccyx fold into the pelvis"),
        ("XR RIBS UNILAT W CHEST 3+ VIEWS", [("CHEST PA", "PA"), ("RIBS AP", "AP"), ("RIBS OBL", None)], ["CHEST"], "CHEST", "chest", "ribs fold into the chest"),
        ("XR FACIAL BONES 3+ VIEWS", [("FACIAL BONES WATERS", "PA"), ("FACIAL CALDWELL", "PA"), ("FACIAL LAT", "LL")], ["HEAD"], "SKULL", "trauma", "facial bones fold into the head"),
        ("XR NASAL BONES 3+ VIEWS", [("NASAL LAT", "LL"), ("NASAL WATERS", "PA")], ["HEAD"], "SKULL", "trauma", "nasal bones are the face"),
        ("XR SCOLIOSIS 2-3 VIEWS", [("SCOLIOSIS PA", "PA"), ("SCOLIOSIS LAT", "LL")], WSPINE, "SPINE", "msk", "standing whole-spine film"),
        ("XR SOFT TISSUE NECK 2 VIEWS", [("NECK AP", "AP"), ("NECK LAT SOFT TISSUE", "LL")], ["NECK"], "NECK", "general", "soft-tissue neck"),
        ("XR STERNUM 2+ VIEWS", [("STERNUM LAT", "LL"), ("STERNUM RAO", None)], ["CHEST"], "CHEST", "trauma", "sternum folds into the chest"),
        ("XR SI JOINTS 3+ VIEWS", [("SI JOINTS AP AXIAL", "AP"), ("SI JOINT OBL", None)], ["PELVIS"], "PELVIS", "msk", "SI joints fold into the pelvis"),
        ("XR SKULL 4+ VIEWS", [("SKULL AP", "AP"), ("SKULL LAT", "LL"), ("TOWNE", "AP")], ["HEAD"], "SKULL", "trauma", "skull"),
    ][k - 6]
    d, views, lab, b, st, why = spec
    if lab is None:
        ser = xr_series(r, vk, views[:1], ["CHEST"], None, "chest film of an acute abdomen series")
        ser += xr_series(r, vk, views[1:], AP, None, "abdomen films of an acute abdomen series")
        bpe(ser, "ABDOMEN")
        return st, d, ser
    if r.random() < 0.35:
        views = [(n.title().replace("Ap", "AP").replace("Pa", "PA"), p) for n, p in views]
    ser = xr_series(r, vk, views, lab, None, why)
    bpe(ser, pick(r, [b, b, b, "SPINE" if "SPINE" in b else b]))
    return st, d, ser


def ex_xr_portable_icu(r, site):
    vk = pick(r, ["CS", "SI", "PH"])
    d = pick(r, ["XR CHEST 1 VIEW", "XR CHEST PORTABLE", "XR ABDOMEN 1 VIEW (NG TUBE PLACEMENT)", "XR CHEST 1V PORT (LINE PLACEMENT)",
                 "XR ABDOMEN KUB PORTABLE"])
    if "ABDOMEN" in d:
        ser = xr_series(r, vk, [pick(r, ["ABDOMEN AP", "ABD PORTABLE", "KUB", "Abdomen"])], AP, None,
                        "portable abdomen film for tube position")
        bpe(ser, "ABDOMEN")
        return "gi", d, ser
    ser = xr_series(r, vk, [(pick(r, ["CHEST AP", "CHEST PORT", "Chest AP", "AP CHEST PORTABLE", "Chest"]), "AP")], ["CHEST"], None,
                    "portable chest film")
    bpe(ser, "CHEST")
    return "chest", d, ser


def ex_xr_survey(r, site):
    vk = pick(r, xrk(site))
    k = r.randrange(3)
    if k == 0:
        d = pick(r, ["XR BONE SURVEY METASTATIC", "XR SKELETAL SURVEY COMPLETE (MYELOMA)"])
        views = [("SKULL LAT", ["HEAD"], None), ("C-SPINE LAT", ["CSPINE"], None), ("T-SPINE LAT", ["TSPINE"], None),
                 ("L-SPINE LAT", ["LSPINE"], None), ("PELVIS AP", ["PELVIS"], None), ("CHEST PA", ["CHEST"], None),
                 ("RT HUMERUS AP", ["ARM"], "R"), ("LT HUMERUS AP", ["ARM"], "L"), ("RT FEMUR AP", ["THIGH"], "R"),
                 ("LT FEMUR AP", ["THIGH"], "L")]
        st = "onc"
    elif k == 1:
        d = pick(r, ["XR SKELETAL SURVEY INFANT", "XR BONE SURVEY CHILD (NAT)"])
        views = [("SKULL AP", ["HEAD"], None), ("CHEST AP", ["CHEST"], None), ("CHEST OBL RIBS", ["CHEST"], None),
                 ("ABD/PELVIS AP", AP, None), ("BILAT HUMERI AP", ["ARM"], "B"), ("RT FOREARM AP", ["FOREARM"], "R"),
                 ("LT HAND PA", ["HAND"], "L"), ("BILAT FEMURS AP", ["THIGH"], "B"), ("RT TIB/FIB AP", ["LEG"], "R"),
                 ("LT FOOT AP", ["FOOT"], "L")]
        st = "peds"
    else:
        d = pick(r, ["XR LOWER EXTREMITY LENGTH STANDING", "XR BILAT LONG LEG STANDING", "XR LEG LENGTH BILAT"])
        views = [("BILAT STANDING AP HIPS TO ANKLES", ["PELVIS", "HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B")]
        st = "msk"
    out = []
    for name, lab, lat in r.sample(views, min(len(views), 6)):
        out += xr_series(r, vk, [name], lab, lat, "one station of a bone survey" if k < 2 else
                         "stitched standing film, pelvis to ankles")
    bpe(out, pick(r, ["WHOLEBODY", "SKELETON", "EXTREMITY"]) if k < 2 else "LEG")
    return st, d, out


def ex_peds(r, site):
    k = r.randrange(6)
    if k == 0:
        d = "XR CHEST 1 VIEW (INFANT)"
        ser = xr_series(r, pick(r, ["CS", "SI"]), [("BABYGRAM CHEST/ABD", "AP")], ["CHEST", "ABDOMEN"], None,
                        "babygram: chest and upper abdomen of a newborn")
        bpe(ser, "CHEST")
        return "peds", "XR CHEST ABDOMEN NEONATE 1 VIEW", ser
    if k == 1:
        d = "US ABDOMEN LIMITED (PYLORUS)"
        ser = us_series(r, "GE", ["Pylorus", "PYLORUS LONG", "pyloric channel"], ["ABDOMEN"], None, "pyloric stenosis scan")
        bpe(ser, "ABDOMEN")
        return "peds", d, ser
    if k == 2:
        d = pick(r, ["US INFANT HIPS BILAT (DDH)", "US HIP DEVELOPMENTAL DYSPLASIA BILATERAL"])
        ser = us_series(r, "GE", ["RT HIP COR", "LT HIP COR", "HIPS"], ["HIP"], None, "")
        ser[0]["lat"], ser[1]["lat"], ser[2]["lat"] = "R", "L", "B"
        for s, w in zip(ser, ["coronal of the right infant hip", "coronal of the left infant hip", "both hips in one clip series"]):
            s["labels"], s["why"] = ["HIP"], w
        bpe(ser, "HIP")
        return "peds", d, ser
    if k == 3:
        d = "FL VOIDING CYSTOURETHROGRAM"
        ser = rf_series(r, ["VCUG", "Bladder fill", "Voiding", "Post void KUB"], AP, "VCUG: bladder filling and reflux up to the kidneys")
        return "peds", d, ser
    if k == 4:
        d = "US APPENDIX (RLQ)"
        ser = us_series(r, "PH", ["RLQ", "Appendix", "RLQ graded compression"], ["ABDOMEN"], None,
                        "right lower quadrant scan for appendicitis (abdomen)")
        return "peds", d, ser
    d = "US HEAD NEONATAL (CRANIAL)"
    ser = us_series(r, "PH", ["Head", "Neonatal head", "Cranial"], ["HEAD"], None, "transfontanelle brain ultrasound")
    return "peds", d, ser


# ---------------------------------------------------------------- ultrasound

US_VENDOR = {
    "GE": ("GE Healthcare", ["LOGIQ E10", "LOGIQ E9", "LOGIQ S8"]),
    "GEV": ("GE Healthcare", ["Voluson E10", "Voluson E8", "Voluson S10 Expert"]),
    "PH": ("Philips Medical Systems", ["EPIQ 7G", "EPIQ Elite", "Affiniti 70G"]),
    "SI": ("SIEMENS", ["ACUSON Sequoia", "ACUSON S2000"]),
    "CA": ("Canon Medical Systems", ["Aplio i800", "Aplio i700"]),
    "SS": ("SonoSite", ["SonoSite X-Porte", "SonoSite PX", "EDGE II"]),
}


def us_series(r, vk, names, labels, lat, why, clip=False):
    man, models = US_VENDOR[vk]
    out = []
    for n in names:
        sop = SOP["USMF"] if clip or r.random() < 0.25 else SOP["US"]
        m = {"Modality": "US", "SOPClassUID": sop, "Manufacturer": man, "ManufacturerModelName": pick(r, models)}
        if n:
            m["SeriesDescription"] = n
        out.append(S(m, labels, lat, why))
    return out


def us_worksheet(r, vk, name):
    man, models = US_VENDOR[vk]
    return S({"Modality": "US", "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": pick(r, models),
              "SeriesDescription": name, "ImageType": "DERIVED\\SECONDARY\\WORKSHEET"}, [], None,
             "sonographer worksheet / measurement page: text, no image")


def ex_us_general(r, site):
    vk = pick(r, ["GE", "PH", "SI", "CA"])
    k = r.randrange(11)
    tab = [
        ("US ABDOMEN LIMITED (RUQ)", ["RUQ", "Liver", "GB", ""], ["ABDOMEN"], "ABDOMEN", "gi", "right upper quadrant: liver and gallbladder"),
        ("US ABDOMEN COMPLETE", ["Abdomen", "ABD", ""], ["ABDOMEN"], "ABDOMEN", "gi", "complete abdomen survey"),
        ("US RETROPERITONEAL COMPLETE", ["Renal", "Kidneys", "Bladder", ""], AP, "KIDNEY", "uro",
         "renal ultrasound: both kidneys and the bladder"),
        ("US RENAL BILATERAL", ["RENAL", "Bladder pre/post void"], AP, "KIDNEY", "uro", "kidneys and bladder"),
        ("US THYROID", ["Thyroid", "THYROID", "Neck"], ["NECK"], "THYROID", "general", "thyroid folds into the neck"),
        ("US SCROTUM W DOPPLER", ["Scrotum", "Testes", ""], ["PELVIS"], "SCROTUM", "uro", "scrotum: pelvis region by the spec's folding"),
        ("US AORTA AAA SCREENING", ["Aorta", "AAA", ""], ["ABDOMEN"], "AORTA", "vascular", "abdominal aorta"),
        ("US RENAL ARTERY DUPLEX", ["Renal art", "RAS", ""], ["ABDOMEN"], "ABDOMEN", "vascular", "renal arteries"),
        ("US SOFT TISSUE HEAD/NECK (LYMPH NODE)", ["Neck", "LN neck", ""], ["NECK"], "NECK", "general", "cervical lymph nodes"),
        ("US LIVER DOPPLER (TIPS)", ["TIPS", "Liver Doppler"], ["ABDOMEN"], "ABDOMEN", "gi", "liver and portal veins"),
        ("US PARACENTESIS", ["Paracentesis", "Ascites", ""], ["ABDOMEN"], "ABDOMEN", "gi", "guidance of an abdominal tap"),
    ][k]
    d, names, lab, b, st, why = tab
    if r.random() < 0.15:
        d += pick(r, [" - SPANISH INTERPRETER NEEDED", " *PT SPEAKS SPANISH*", " (ESPANOL)"])
    ser = us_series(r, vk, r.sample(names, min(2, len(names))), lab, None, why)
    if r.random() < 0.3:
        ser.append(us_worksheet(r, vk, pick(r, ["Worksheet", "Report Page", "Measurements", "Exam Summary"])))
    bpe(ser, pick(r, [b, b, "ABDOMEN"]))
    return st, d, ser


def ex_us_vascular(r, site):
    vk = pick(r, ["PH", "GE", "SI"])
    k = r.randrange(7)
    side = pick(r, ["R", "L"])
    sw = side_word(r, side)
    if k in (0, 1):
        d = pick(r, [f"US VENOUS DOPPLER LOWER EXTREMITY {sw}", f"US LE VENOUS DUPLEX {sw} (DVT)",
                     f"US VENOUS DUPLEX LOWER EXT UNILAT {sw}"])
        names = ["Venous", "LE Venous", "DVT", "", "Lower Ext Venous", f"{sw} LEG"]
        lab, lat, why, b = LE_VESSELS, side, "leg veins groin to calf of one side", "LEG"
    elif k == 2:
        d = pick(r, ["US VENOUS DOPPLER LOWER EXTREMITY BILATERAL", "US LE VENOUS DUPLEX BILAT DVT"])
        names = ["RT LE", "LT LE", "Venous", ""]
        lab, lat, why, b = LE_VESSELS, "B", "both legs' veins", "LEG"
    elif k == 3:
        d = pick(r, ["US CAROTID DUPLEX BILATERAL", "US CAROTID DOPPLER COMPLETE BILAT"])
        names = ["Carotid", "Carotids", "", "Vascular", "RT ICA"]
        lab, lat, why, b = ["NECK"], None, "carotids: the neck (no limb, so no side)", "NECK"
    elif k == 4:
        d = pick(r, [f"US VENOUS DOPPLER UPPER EXTREMITY {sw}", f"US UE VENOUS DUPLEX {sw}"])
        names = ["UE Venous", "Venous", "", f"{sw} ARM", "DVT"]
        lab, lat, why, b = UE_VESSELS, side, "arm veins subclavian to forearm, one side", "ARM"
    elif k == 5:
        d = pick(r, [f"US ARTERIAL DUPLEX LOWER EXTREMITY {sw}", "US ARTERIAL DOPPLER LE BILATERAL"])
        names = ["Arterial", "LE Art", "", "PAD"]
        lab, why, b = LE_VESSELS, "leg arteries", "LEG"
        lat = "B" if "BILAT" in d else side
    else:
        d = pick(r, ["US VEIN MAPPING BILAT LE (CABG)", "US VENOUS INSUFFICIENCY (REFLUX) LT LE", "US DIALYSIS ACCESS EVAL LT UE"])
        if "UE" in d:
            names, lab, lat, why, b = ["Fistula", "AVF", "Brach A"], ["ARM", "ELBOW", "FOREARM"], "L", "left arm fistula", "ARM"
        elif "LT" in d:
            names, lab, lat, why, b = ["GSV reflux", "SFJ", "SSV"], LE_VESSELS, "L", "left leg superficial veins", "LEG"
        else:
            names, lab, lat, why, b = ["RT GSV", "LT GSV", "Vein map"], LE_VESSELS, "B", "both saphenous veins mapped", "LEG"
    ser = us_series(r, vk, r.sample(names, 2), lab, lat, why)
    if lat == "B":
        for s in ser:
            n = s["meta"].get("SeriesDescription", "")
            if n.startswith("RT "):
                s["lat"], s["why"] = "R", s["why"] + ": this series the right side"
            elif n.startswith("LT "):
                s["lat"], s["why"] = "L", s["why"] + ": this series the left side"
    if k == 3:
        for s in ser:  # the carotid series names a side but a neck carries none
            pass
    if r.random() < 0.35:
        ser.append(us_worksheet(r, vk, pick(r, ["Vascular Worksheet", "Worksheet", "DVT Worksheet"])))
    bpe(ser, pick(r, [b, b, "EXTREMITY" if k != 3 else "CAROTID", "VASCULAR" if r.random() < 0.3 else b]))
    if lat in ("R", "L") and r.random() < 0.3:
        for s in ser:
            if s["labels"]:
                s["meta"]["Laterality"] = lat
    return "vascular", d, ser


def ex_us_msk(r, site):
    vk = pick(r, ["GE", "SI", "CA"])
    side = pick(r, ["R", "L"])
    sw = side_word(r, side)
    part, lab = pick(r, [("SHOULDER", "SHOULDER"), ("ACHILLES", "ANKLE"), ("HAND/WRIST (GANGLION)", "WRIST"),
                         ("THIGH SOFT TISSUE MASS", "THIGH"), ("POPLITEAL FOSSA (BAKER CYST)", "KNEE"),
                         ("FOREARM LUMP", "FOREARM"), ("GROIN (HERNIA)", "PELVIS"), ("HIP JOINT EFFUSION", "HIP")])
    d = pick(r, [f"US EXTREMITY NONVASCULAR LIMITED {sw} - {part}", f"US {part} {sw}", f"US MSK {sw} {part}"])
    names = [f"{sw} {part.split()[0].title()}", part.split()[0].title(), ""]
    ser = us_series(r, vk, r.sample(names, 2), [lab], side if lab != "PELVIS" else None, f"{part.lower()} scan of one side")
    bpe(ser, pick(r, ["EXTREMITY", lab, "MSK"]))
    return "msk", d, ser


def ex_us_ob(r, site):
    vk = pick(r, ["GEV", "GEV", "PH"])
    k = r.randrange(6)
    d = ["US OB < 14 WEEKS TRANSVAGINAL", "US OB >= 14 WKS SINGLE FETUS", "US OB DETAILED FETAL ANATOMY (76811)",
         "US OB LIMITED", "US OB FOLLOW UP / GROWTH", "US OB BIOPHYSICAL PROFILE"][k]
    if r.random() < 0.25:
        d += pick(r, [" - PACIENTE HABLA ESPANOL", " **SPANISH INTERPRETER**", " / ULTRASONIDO OBSTETRICO"])
    names = pick(r, [["OB", "OB 2/3 Trim", "Fetal Echo"], ["1st Trim", "TV", ""], ["Obstetric", "OB", "3D Face"]])
    ser = us_series(r, vk, names[:2], ["PELVIS"], None, "obstetric scan: the pregnant uterus (uterus folds to pelvis)")
    ser.append(us_worksheet(r, vk, pick(r, ["OB Report", "Fetal Biometry", "OB Worksheet"])))
    if r.random() < 0.5:
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["ESR"], "Manufacturer": "GE Healthcare",
                      "SeriesDescription": pick(r, ["OB-GYN Ultrasound Procedure Report", "SR Document", "Measurement SR"])},
                     [], None, "OB measurements structured report"))
    bpe(ser, pick(r, ["PELVIS", "ABDOMEN", "UTERUS"]))
    return "ob", d, ser


def ex_us_gyn(r, site):
    vk = pick(r, ["GEV", "PH", "SI"])
    d = pick(r, ["US PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "US PELVIS COMPLETE TRANSVAGINAL", "US PELVIC NON-OB TV ONLY",
                 "US SONOHYSTEROGRAM", "US PELVIS LIMITED (OVARIAN TORSION) W DOPPLER"])
    ser = us_series(r, vk, r.sample(["Pelvis", "TV", "GYN", "Uterus", "Ovaries", ""] + ([] if "TV ONLY" in d else ["TA Pelvis"]), 2),
                    ["PELVIS"], None,
                    "uterus and ovaries")
    bpe(ser, pick(r, ["PELVIS", "PELVIS", "UTERUS", "OVARY"]))
    return "gyn", d, ser


def ex_ed_pocus(r, site):
    k = r.randrange(3)
    d = ["US FAST EXAM (ED)", "US EFAST TRAUMA", "US ED LIMITED CARDIAC (POCUS)"][k]
    if k == 0:
        lab, why = CAP, "FAST: pericardial (subxiphoid) view, both upper quadrants and the pelvis"
        names = ["FAST", "RUQ", "LUQ", "PELVIS"]
    elif k == 1:
        lab, why = CAP, "eFAST: FAST windows plus both lungs"
        names = ["eFAST", "Lung", "RUQ"]
    else:
        lab, why = ["CHEST"], "bedside cardiac view"
        names = ["Cardiac", "PLAX", "Subxiphoid"]
    ser = us_series(r, "SS", r.sample(names, 2), lab, None, why, clip=True)
    if names[1] in ("RUQ",):
        pass
    for s in ser:
        n = s["meta"]["SeriesDescription"]
        if n in ("RUQ", "LUQ"):
            s["labels"], s["why"] = ["ABDOMEN"], "this clip is one upper quadrant window"
        elif n == "PELVIS":
            s["labels"], s["why"] = ["PELVIS"], "suprapubic window of the FAST"
        elif n in ("Lung", "PLAX", "Subxiphoid"):
            s["labels"], s["why"] = ["CHEST"], "thoracic window"
    return "trauma", d, ser


def ex_echo(r, site):
    vk = pick(r, ["PHE", "GEE"])
    man, model = {"PHE": ("Philips Medical Systems", pick(r, ["EPIQ CVx", "iE33", "Affiniti 70"])),
                  "GEE": ("GE Vingmed Ultrasound", pick(r, ["Vivid E95", "Vivid S70N", "Vivid E9"]))}[vk]
    k = r.randrange(4)
    d = ["ECHO TTE COMPLETE W DOPPLER", "ECHO TTE COMPLETE W CONTRAST (DEFINITY)", "ECHO TEE", "ECHO STRESS EXERCISE"][k]
    ser = []
    for _ in range(2):
        m = {"Modality": "US", "SOPClassUID": SOP["USMF"], "Manufacturer": man, "ManufacturerModelName": model}
        if r.random() < 0.4:
            m["SeriesDescription"] = pick(r, ["Echo", "Adult Echo", "Cardiac", "2D"])
        ser.append(S(m, ["CHEST"], None, "echocardiogram clips: the heart (chest); the series says nothing itself"))
    ser.append(S({"Modality": "SR", "SOPClassUID": SOP["ESR"], "Manufacturer": man,
                  "SeriesDescription": pick(r, ["Adult Echocardiography Measurement Report", "Echo Measurements", "SR"])},
                 [], None, "echo measurement SR"))
    return "cardio", d, ser


# ---------------------------------------------------------------- breast

MG_VENDOR = {"HO": ("HOLOGIC, Inc.", ["Selenia Dimensions", "3Dimensions"]),
             "GE": ("GE MEDICAL SYSTEMS", ["Senographe Pristina", "Senographe Essential"]),
             "SI": ("SIEMENS", ["Mammomat Revelation", "Mammomat Inspiration"])}


def mg_view(r, vk, side, view, kind, base_why):
    man, models = MG_VENDOR[vk]
    m = {"Modality": "MG", "Manufacturer": man, "ManufacturerModelName": pick(r, models), "ViewPosition": view,
         "ImageLaterality": side}
    if vk == "HO":
        name = {"2d": f"{side} {view}", "cv": f"{side} {view} C-View", "tomo": f"{side} {view} Tomosynthesis Reconstruction",
                "proj": f"{side} {view} Tomosynthesis Projection"}[kind]
    elif vk == "GE":
        name = {"2d": f"{side}{view}", "cv": f"{side}{view} V-Preview", "tomo": f"3D {side}{view}", "proj": f"{side}{view} 3D Proj"}[kind]
    else:
        name = {"2d": f"{side} {view}", "cv": f"{side} {view} Insight 2D", "tomo": f"{side} {view} Tomo", "proj": f"{side} {view} Tomo Proj"}[kind]
    m["SOPClassUID"] = SOP["BTO"] if kind == "tomo" else SOP["MG"]
    m["SeriesDescription"] = name
    m["ImageType"] = {"2d": "ORIGINAL\\PRIMARY", "cv": "DERIVED\\PRIMARY\\GENERATED_2D", "tomo": "DERIVED\\PRIMARY\\TOMOSYNTHESIS",
                      "proj": "ORIGINAL\\PRIMARY\\TOMO_PROJ"}[kind]
    if r.random() < 0.2:
        m["Laterality"] = side
    return S(m, ["BREAST"], side, base_why)


def ex_mammo(r, site):
    vk = pick(r, ["HO", "HO", "HO", "GE"]) if site == "womens" else pick(r, ["HO", "SI", "GE"])
    k = r.randrange(5)
    if k <= 2:
        d = pick(r, ["MAMMO SCREENING BILATERAL W TOMO", "MG SCREENING BILAT DIGITAL W CAD W TOMO", "MAMMO SCREEN BILAT 3D",
                     "MG DIGITAL SCREENING BILATERAL WITH TOMOSYNTHESIS", "SCREENING MAMMO BILAT W/TOMO + CAD"])
        if r.random() < 0.15:
            d += pick(r, [" - SPANISH", " (PT HABLA ESPANOL)"])
        ser = []
        for side in "RL":
            for view in ("CC", "MLO"):
                for kind in r.sample(["2d", "cv", "tomo"], 2):
                    ser.append(mg_view(r, vk, side, view, kind, "one view of one breast"))
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["MAMCAD"], "Manufacturer": "Hologic" if vk == "HO" else "iCAD",
                      "SeriesDescription": pick(r, ["ImageChecker CAD", "Mammography CAD SR", "PowerLook Tomo Detection"])},
                     [], None, "mammography CAD structured report"))
        st = "breast"
    elif k == 3:
        side = pick(r, ["R", "L"])
        sw = side_word(r, side)
        d = pick(r, [f"MAMMO DIAGNOSTIC {sw} W TOMO", f"MG DIAGNOSTIC UNILAT {sw} DIGITAL W TOMO", f"MAMMO DX {sw} W/TOMO + US"])
        ser = [mg_view(r, vk, side, v, kind, "diagnostic view of the one breast") for v, kind in
               [("CC", "2d"), ("MLO", "tomo"), ("ML", "2d"), ("CC", "cv")]]
        if vk == "HO":
            s = mg_view(r, vk, side, "CC", "2d", "spot compression of the one breast")
            s["meta"]["SeriesDescription"] = f"{side} Spot CC"
            ser.append(s)
        st = "breast"
    else:
        side = pick(r, ["R", "L"])
        sw = side_word(r, side)
        d = pick(r, [f"MG STEREOTACTIC BREAST BIOPSY {sw}", f"BX BREAST STEREO {sw} 1ST LESION", f"MAMMO POST PROCEDURE {sw}"])
        ser = [mg_view(r, vk, side, v, "2d", "stereo biopsy frames of the one breast") for v in ("CC", "ML")]
        ser[0]["meta"]["SeriesDescription"] = pick(r, ["Stereo Pair", "Scout", f"{side} Stereo"])
        ser[0]["why"] = "stereo scout of the breast under biopsy"
        ser.append(S({"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": "HOLOGIC, Inc.",
                      "ManufacturerModelName": "Faxitron Core", "SeriesDescription": "Specimen",
                      "ImageType": "ORIGINAL\\PRIMARY"}, ["BREAST"], side,
                     "core specimen radiograph from the one breast (tissue of that breast)"))
        st = "breast"
    bpe(ser, "BREAST")
    return st, d, ser


def ex_breast_us(r, site):
    vk = pick(r, ["GE", "SI", "PH"])
    k = r.randrange(4)
    if k == 3:
        d = pick(r, ["US BREAST BILATERAL COMPLETE", "US BREAST BILAT SCREENING (ABUS)", "US BREAST BILATERAL LIMITED"])
        names, lat = ["RT BREAST", "LT BREAST", "Breast", "BILAT BREAST", ""], "B"
    else:
        side = pick(r, ["R", "L"])
        sw = side_word(r, side)
        d = pick(r, [f"US BREAST {sw} LIMITED", f"US BREAST UNILATERAL {sw}", f"US BREAST {sw} COMPLETE",
                     f"US BREAST BIOPSY {sw} 1ST LESION"])
        names, lat = [f"{sw} BREAST", "Breast", f"{sw} 10:00 3CMFN", ""], side
    ser = us_series(r, vk, r.sample(names, 2), ["BREAST"], lat, "breast ultrasound")
    for s in ser:
        n = s["meta"].get("SeriesDescription", "")
        if lat == "B" and n.startswith("RT"):
            s["lat"] = "R"
        if lat == "B" and n.startswith("LT"):
            s["lat"] = "L"
    bpe(ser, "BREAST")
    return "breast", d, ser


# ---------------------------------------------------------------- NM / PET / DXA

def nm_series(r, vk, names, labels, lat, why, mod="NM"):
    man, model = {"GE": ("GE MEDICAL SYSTEMS", pick(r, ["Discovery NM/CT 670", "NM830", "Discovery NM 530c", "Optima NM/CT 640"])),
                  "SI": ("SIEMENS NM", pick(r, ["Symbia Intevo", "Symbia T16", "Symbia E"])),
                  "SIPT": ("SIEMENS", pick(r, ["Biograph Vision 600", "Biograph mCT Flow", "Biograph64"])),
                  "GEPT": ("GE MEDICAL SYSTEMS", pick(r, ["Discovery MI", "Discovery 710", "Omni Legend"]))}[vk]
    out = []
    for n in names:
        m = {"Modality": mod, "SOPClassUID": SOP["PT" if mod == "PT" else ("CT" if mod == "CT" else "NM")],
             "Manufacturer": man, "ManufacturerModelName": model, "SeriesDescription": n}
        out.append(S(m, labels, lat, why))
    return out


def ex_nm(r, site):
    vk = pick(r, ["GE", "SI"])
    k = r.randrange(9)
    if k in (0, 1):
        d = pick(r, ["NM MYOCARDIAL PERFUSION SPECT MULT", "NM MYOCARDIAL PERFUSION SPECT MULTIPLE W EXERCISE",
                     "NM CARDIAC STRESS TEST LEXISCAN SPECT", "NM MPI SPECT MULT REST/STRESS"])
        ser = nm_series(r, vk, r.sample(["STRESS", "REST", "Stress Gated", "SA Stress", "HLA Rest", "Rest Raw", "Stress Recon"], 3),
                        ["CHEST"], None, "myocardial perfusion SPECT of the heart")
        ser += nm_series(r, vk, [pick(r, ["QPS Polar Maps", "Polar Map", "QGS Results"])], ["CHEST"], None,
                         "polar maps of the myocardium: images of the heart")
        ser.append(S({"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": "Cedars-Sinai",
                      "SeriesDescription": pick(r, ["QPS Report", "Cardiac Summary Page", "ECG Stress Report"])}, [], None,
                     "text and ECG summary page"))
        bpe(ser, pick(r, ["HEART", "CHEST"]))
        return "cardio", d, ser
    if k == 2:
        d = pick(r, ["NM BONE SCAN WHOLE BODY", "NM BONE SCAN WHOLE BODY W SPECT/CT", "NM BONE WB"])
        ser = nm_series(r, vk, ["ANT WB", "POST WB"] if r.random() < 0.5 else ["WB Anterior", "WB Posterior"], WB, None,
                        "whole-body bone scan")
        ser += nm_series(r, vk, [pick(r, ["SPOT PELVIS", "Spot Pelvis Outlet", "Pelvis Ant"])], ["PELVIS"], None,
                         "spot view of the pelvis")
        if "SPECT" in d:
            ser += nm_series(r, vk, ["SPECT L-Spine", "CTAC L-Spine"], ["LSPINE"], None, "SPECT/CT limited to the lumbar spine")
            ser[-1]["meta"]["Modality"], ser[-1]["meta"]["SOPClassUID"] = "CT", SOP["CT"]
        bpe(ser, pick(r, ["WHOLEBODY", "BONE", "WHOLEBODY"]))
        return "nm", d, ser
    if k == 3:
        d = "NM HEPATOBILIARY (HIDA) W CCK"
        ser = nm_series(r, vk, ["HIDA Dynamic", "HIDA 60 min", "CCK", "Delayed RLAT"], ["ABDOMEN"], None, "hepatobiliary scan")
        return "nm", d, bpe(ser, "ABDOMEN")
    if k == 4:
        d = pick(r, ["NM LUNG VENTILATION AND PERFUSION (V/Q)", "NM V/Q SCAN", "NM LUNG PERFUSION QUANT"])
        ser = nm_series(r, vk, ["VENT 8 VIEW", "PERF 8 VIEW", "Perfusion ANT", "Q SPECT"], ["CHEST"], None, "lung scan")
        return "nm", d, bpe(ser, "LUNG")
    if k == 5:
        d = pick(r, ["NM THYROID UPTAKE AND SCAN", "NM PARATHYROID SPECT/CT", "NM THYROID SCAN W UPTAKE I-123"])
        ser = nm_series(r, vk, ["Thyroid Ant", "Pinhole ANT", "RAO", "LAO"] if d.startswith("NM THYROID") else ["Early", "Delayed", "SPECT"],
                        ["NECK"], None, "thyroid / parathyroid imaging: the neck")
        return "nm", d, bpe(ser, pick(r, ["THYROID", "NECK"]))
    if k == 6:
        d = "NM GASTRIC EMPTYING SOLID"
        ser = nm_series(r, vk, ["GES 0 MIN", "GES 60 MIN", "Gastric Empty", "GES 4 HR"], ["ABDOMEN"], None, "stomach")
        return "nm", d, bpe(ser, "ABDOMEN")
    if k == 7:
        side = pick(r, ["R", "L"])
        sw = side_word(r, side)
        d = pick(r, [f"NM LYMPHOSCINTIGRAPHY BREAST {sw}", f"NM SENTINEL NODE BREAST {sw}"])
        ser = nm_series(r, vk, ["Inj Site", "Lymph ANT", "Lymph Lat"], ["BREAST"], side,
                        "sentinel node mapping from the one breast (injection site and axilla)")
        return "nm", d, bpe(ser, "BREAST")
    d = "NM RENAL SCAN W LASIX (MAG3)"
    ser = nm_series(r, vk, ["MAG3 Dynamic", "Post Lasix", "Renogram"], ["ABDOMEN"], None, "kidneys")
    ser.append(S({"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": "GE MEDICAL SYSTEMS",
                  "SeriesDescription": "Renogram Curves"}, [], None, "time-activity curves page, no anatomy"))
    return "nm", d, bpe(ser, "KIDNEY")


def ex_pet(r, site):
    vk = pick(r, ["SIPT", "GEPT"])
    k = r.randrange(6)
    if k <= 3:
        d = pick(r, ["PET CT SKULL BASE TO MID THIGH", "PET/CT FDG SKULL BASE TO THIGH (INITIAL)", "PET CT PSMA SKULL BASE TO MID-THIGH",
                     "PET/CT F-18 FDG SUBSEQUENT TX STRATEGY", "NM PET CT WHOLE BODY", "PET CT FDG WHOLE BODY (MELANOMA)"])
        if vk == "SIPT":
            pet = ["PET WB AC", "PET WB NAC", "PET WB MIP", "PET WB_AC 3D"]
            ct = ["CT WB  3.0  B30f", "CT AC 5.0 B31s", "Topogram  0.6  T20f"]
        else:
            pet = ["PET WB 3D MAC", "PET AC", "PET NAC", "MIP"]
            ct = ["CTAC 3.75 Thick", "CT 2.5 Standard", "Scout"]
        ser = nm_series(r, vk, r.sample(pet, 2), WB, None, "whole-body PET: skull base to thigh counts as whole body", mod="PT")
        cser = nm_series(r, vk, r.sample(ct, 2), WB, None, "CT of the PET/CT, same whole-body range", mod="CT")
        for s in cser:
            if "Topogram" in s["meta"]["SeriesDescription"] or s["meta"]["SeriesDescription"] == "Scout":
                s["why"] = "scout planning the whole-body PET/CT"
        ser += cser
        ser.append(S({"Modality": "PT", "SOPClassUID": SOP["SC"], "Manufacturer": "MIM Software Inc.",
                      "SeriesDescription": pick(r, ["Fused Axial", "MIM Fusion", "PETCT Fused Cor"]),
                      "ImageType": "DERIVED\\SECONDARY"}, WB, None, "fused PET/CT images of the whole body"))
        bpe(ser, pick(r, ["WHOLEBODY", "WHOLEBODY", "CHEST", "ABDOMEN", "HEAD"]))
        return "onc", d, ser
    if k == 4:
        d = "PET CT BRAIN FDG (DEMENTIA)"
        ser = nm_series(r, vk, ["PET Brain AC", "Brain 3D"], ["HEAD"], None, "brain PET", mod="PT")
        ser += nm_series(r, vk, ["CT Brain AC"], ["HEAD"], None, "attenuation CT of the head", mod="CT")
        return "neuro", d, bpe(ser, "BRAIN")
    d = "PET MYOCARDIAL PERFUSION REST/STRESS RB-82"
    ser = nm_series(r, vk, ["Rb82 Rest", "Rb82 Stress", "Stress Gated"], ["CHEST"], None, "cardiac PET", mod="PT")
    return "cardio", d, bpe(ser, "HEART")


def ex_dxa(r, site):
    vk = pick(r, ["HO", "GE"])
    man, model = {"HO": ("HOLOGIC", pick(r, ["Horizon A", "Discovery Wi", "Horizon W"])),
                  "GE": ("GE Healthcare", pick(r, ["Lunar iDXA", "Lunar Prodigy Advance"]))}[vk]
    d = pick(r, ["DXA BONE DENSITY AXIAL SKELETON", "DEXA BONE DENSITY STUDY", "DXA BONE DENSITY SPINE AND HIP",
                 "BONE DENSITY (DEXA) AXIAL", "DXA AXIAL SKELETON + VFA"])
    base = {"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": model}
    ser = [S({**base, "SeriesDescription": pick(r, ["AP Spine", "Lumbar Spine", "L1-L4", "Spine"])}, ["LSPINE"], None,
             "AP lumbar spine densitometry")]
    hip = pick(r, ["Left Hip", "Right Hip", "DualHip", "Left Femur", "DualFemur", "R Hip", "L Hip"])
    hs = "B" if "Dual" in hip else ("L" if hip.startswith("L") else "R")
    ser.append(S({**base, "SeriesDescription": hip}, ["HIP"], hs, "proximal femur densitometry"))
    if r.random() < 0.35:
        fs = pick(r, ["L", "R"])
        ser.append(S({**base, "SeriesDescription": f"{'Left' if fs == 'L' else 'Right'} Forearm"}, ["FOREARM"], fs,
                     "distal radius densitometry"))
    if "VFA" in d or r.random() < 0.2:
        ser.append(S({**base, "SeriesDescription": pick(r, ["IVA", "Lateral VFA", "IVA HD"])}, ["TSPINE", "LSPINE"], None,
                     "vertebral fracture assessment: lateral thoracic and lumbar spine"))
    ser.append(S({**base, "SeriesDescription": pick(r, ["Results", "DXA Report", "Summary Report", "FRAX"])}, [], None,
                 "results table and FRAX text page"))
    if r.random() < 0.5:
        bpe(ser, pick(r, ["LSPINE", "SPINE", "HIP"]))
    return "dxa", d, ser


# ---------------------------------------------------------------- XA / RF

def xa_series(r, vk, names, labels, lat, why, mod="XA"):
    man, model = {"SI": ("Siemens", pick(r, ["AXIOM-Artis", "Artis Q", "ARTIS icono"])),
                  "PH": ("Philips Medical Systems", pick(r, ["AlluraXper", "Azurion"])),
                  "GE": ("GE Healthcare", pick(r, ["Innova IGS 530", "Innova 4100"]))}[vk]
    out = []
    for n in names:
        m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model}
        if n:
            m["SeriesDescription"] = n
        out.append(S(m, labels, lat, why))
    return out


def ex_xa(r, site):
    vk = pick(r, ["SI", "PH", "GE"])
    k = r.randrange(7)
    if k <= 1:
        d = pick(r, ["CARDIAC CATH LEFT HEART W CORONARY ANGIOGRAPHY", "XA CORONARY ANGIOGRAPHY", "LHC W CORS +/- PCI",
                     "CATH LAB STEMI ACTIVATION"])
        names = ["Coro LCA", "Coro RCA", "LV gram", "", "Cardiac 15fps", "Left Coronary"]
        ser = xa_series(r, vk, r.sample(names, 3), ["CHEST"], None, "coronary angiography: the heart")
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["DOSE"], "Manufacturer": ser[0]["meta"]["Manufacturer"],
                      "SeriesDescription": "X-Ray Radiation Dose Report"}, [], None, "dose SR of the cath"))
        return "cardio", d, bpe(ser, "HEART") if r.random() < 0.5 else ser
    if k == 2:
        d = pick(r, ["IR CEREBRAL ANGIOGRAM 4 VESSEL", "IR MECHANICAL THROMBECTOMY STROKE", "XA CEREBRAL ANGIO BILAT"])
        ser = xa_series(r, vk, ["LT ICA", "RT CCA", "L VERT", "3D DSA"], HN, None,
                        "cerebral angiography with cervical injections: head and neck")
        ser[3]["labels"], ser[3]["why"] = ["HEAD"], "3D rotational DSA of the intracranial vessels"
        return "stroke", d, bpe(ser, pick(r, ["HEAD", "BRAIN", "NECK"]))
    if k == 3:
        side = pick(r, ["R", "L"])
        sw = side_word(r, side)
        d = pick(r, [f"IR ANGIO LOWER EXTREMITY {sw} W INTERVENTION", f"IR PERIPHERAL ANGIOGRAM {sw} LE RUNOFF"])
        ser = xa_series(r, vk, ["Aortogram", f"{sw} SFA", f"{sw} Tibials", "Step DSA"], [], None, "")
        ser[0]["labels"], ser[0]["why"] = ["ABDOMEN", "PELVIS"], "abdominal aortogram with iliacs"
        ser[1]["labels"], ser[1]["lat"], ser[1]["why"] = ["THIGH"], side, "superficial femoral artery run"
        ser[2]["labels"], ser[2]["lat"], ser[2]["why"] = ["LEG", "ANKLE", "FOOT"], side, "tibial run-off to the foot"
        ser[3]["labels"], ser[3]["lat"], ser[3]["why"] = ["THIGH", "KNEE", "LEG"], side, "stepping DSA down the one leg"
        return "vascular", d, bpe(ser, pick(r, ["LEG", "EXTREMITY", "ABDOMEN"]))
    if k == 4:
        d = pick(r, ["IR UTERINE FIBROID EMBOLIZATION", "IR IVC FILTER PLACEMENT", "IR TUNNELED PORT PLACEMENT", "IR PICC PLACEMENT"])
        lab = {"IR UTERINE FIBROID EMBOLIZATION": ["PELVIS"], "IR IVC FILTER PLACEMENT": ["ABDOMEN"],
               "IR TUNNELED PORT PLACEMENT": ["CHEST"], "IR PICC PLACEMENT": ["CHEST"]}[d]
        ser = xa_series(r, vk, ["Fluoro", "DSA", "Abdomen" if "IVC" in d else ("Pelvis" if "UTERINE" in d else "Chest"), "Last Image Hold"],
                        lab, None, "fluoroscopy of the procedure region")
        return "general", d, ser
    if k == 5:
        d = pick(r, ["FL ESOPHAGRAM", "RF ESOPHAGRAM DOUBLE CONTRAST", "FL MODIFIED BARIUM SWALLOW (SPEECH)", "FL UPPER GI W KUB",
                     "FL SMALL BOWEL FOLLOW THROUGH"])
        if "ESOPH" in d:
            lab, why = ["NECK", "CHEST"], "esophagus from the pharynx to the GE junction"
        elif "MODIFIED" in d:
            lab, why = HN, "oral cavity and pharynx during swallow"
        elif "UPPER GI" in d:
            lab, why = ["ABDOMEN"], "stomach and duodenum"
        else:
            lab, why = AP, "small bowel through to the terminal ileum in the pelvis"
        first = {"ESOPH": ["Esophagus", "Fluoro", "Spot"], "MODIF": ["MBS", "Swallow Lat", "Fluoro"], "UPPER": ["UGI", "Stomach", "Spot"],
                 "SMALL": ["SBFT", "Overhead 30 min", "Fluoro"]}
        key = next(k for k in first if k in d)
        ser = rf_series(r, [pick(r, first[key]), pick(r, ["Image", "FLUORO STORE", "Spot"]), "Fluoroscopy Loop"], lab, why)
        return "gi", d, ser
    d = pick(r, ["FL LUMBAR PUNCTURE", "FL HYSTEROSALPINGOGRAM", "FL ARTHROGRAM SHOULDER RT (MR TO FOLLOW)",
                 "FL JOINT INJECTION HIP LT", "FL BARIUM ENEMA SINGLE CONTRAST"])
    lab, lat, why = {"FL LUMBAR PUNCTURE": (["LSPINE"], None, "needle in the lumbar spine"),
                     "FL HYSTEROSALPINGOGRAM": (["PELVIS"], None, "uterus and tubes"),
                     "FL ARTHROGRAM SHOULDER RT (MR TO FOLLOW)": (["SHOULDER"], "R", "right shoulder injection"),
                     "FL JOINT INJECTION HIP LT": (["HIP"], "L", "left hip injection"),
                     "FL BARIUM ENEMA SINGLE CONTRAST": (AP, None, "colon")}[d]
    ser = rf_series(r, [pick(r, ["Fluoro", "Spot", "LIH"]), "Image"], lab, why)
    for s in ser:
        s["lat"] = lat
    return "general" if lat is None else "msk", d, ser


def rf_series(r, names, labels, why):
    man, model = pick(r, [("Siemens", "Luminos dRF Max"), ("Philips Medical Systems", "CombiDiagnost R90"),
                          ("GE Healthcare", "Precision 500D"), ("SHIMADZU Corporation", "SONIALVISION G4")])
    out = []
    for n in names:
        out.append(S({"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": man, "ManufacturerModelName": model,
                      "SeriesDescription": n}, labels, None, why))
    return out


# ---------------------------------------------------------------- outside studies and odd objects

def ex_outside(r, site):
    """Studies imported from a CD or a referring facility's PACS: prefixed or empty descriptions."""
    gen = pick(r, [ex_ct_head, ex_ct_ap, ex_ct_chest, ex_mr_brain, ex_mr_spine, ex_mr_msk, ex_xr_limb, ex_xr_axial,
                   ex_ct_cap, ex_us_general, ex_pet, ex_ct_head_cspine, ex_mammo, ex_ct_limb])
    st, d, ser = gen(r, "outside")
    d0 = d
    style = r.randrange(8)
    if style == 0:
        d = "OUTSIDE " + d
    elif style == 1:
        d = pick(r, ["ZZOUTSIDE FILM", "OUTSIDE IMAGES", "OSH IMAGES - FOR COMPARISON", "CD IMPORT"]) + " " + d.split(" ")[0]
    elif style == 2:
        d = ""
    elif style == 3:
        spa = {ex_ct_head: "TAC DE CRANEO SIMPLE", ex_ct_head_cspine: "TAC CRANEO Y COLUMNA CERVICAL",
               ex_ct_ap: "TAC ABDOMEN Y PELVIS CONTRASTADA", ex_ct_chest: "TAC DE TORAX", ex_ct_cap: "TAC TORAX ABDOMEN Y PELVIS",
               ex_mr_brain: pick(r, ["RM DE CEREBRO", "RESONANCIA MAGNETICA DE CRANEO"]), ex_us_general: None}
        if gen in (ex_mr_msk, ex_xr_limb, ex_ct_limb):
            d = d_side_spanish(ser, gen)
        elif spa.get(gen):
            d = spa[gen]
    elif style == 4:
        d = d.title()[:64]
    if style == 5:
        for i, s in enumerate(ser):
            if r.random() < 0.3 and s["labels"] and s["lat"] in (None, "B"):
                s["meta"]["SeriesDescription"] = f"Series {i + 1}"
    for s in ser:
        if r.random() < 0.2:
            s["meta"].pop("ProtocolName", None)
        if not d and "SeriesDescription" not in s["meta"]:
            s["meta"]["SeriesDescription"] = pick(r, ["ULTRASOUND", "US IMAGES", "Abdomen"]) if st == "gi" else "IMAGES"
            if st != "gi":
                s["meta"]["ProtocolName"] = d0
        # an import that lost the side in its text keeps the tag the modality wrote
        if s["lat"] in ("L", "R") and s["lat"] not in sides_named(s["meta"], d):
            s["meta"]["Laterality"] = s["lat"]
    return st, d, ser


SIDE_WORDS = {"R": {"R", "RT", "RIGHT", "RGT", "RCC", "RMLO", "DERECHA", "DERECHO", "DER"},
              "L": {"L", "LT", "LEFT", "LFT", "LCC", "LMLO", "IZQUIERDA", "IZQUIERDO", "IZQ"}}


def sides_named(meta, study_desc):
    """The sides a series' text names, read word by word (upper case, split at non-letters)."""
    words = {w for t in [meta.get(k) or "" for k in TEXT] + [study_desc or ""] for w in re.split(r"[\W_]+", t.upper()) if w}
    return {side for side, ws in SIDE_WORDS.items() if words & ws}


def d_side_spanish(ser, gen):
    side = next((s["lat"] for s in ser if s["lat"] in ("R", "L")), None)
    word = {"R": "DERECHA", "L": "IZQUIERDA"}.get(side, "")
    lab = next((s["labels"][0] for s in ser if s["labels"]), "")
    part = {"KNEE": "RODILLA", "ANKLE": "TOBILLO", "SHOULDER": "HOMBRO", "WRIST": "MUNECA", "HAND": "MANO", "FOOT": "PIE",
            "HIP": "CADERA", "ELBOW": "CODO", "THIGH": "FEMUR", "LEG": "PIERNA", "ARM": "HUMERO", "FOREARM": "ANTEBRAZO"}.get(lab, "")
    pre = {ex_mr_msk: "RM", ex_xr_limb: "RX", ex_ct_limb: "TAC"}[gen]
    return f"{pre} {part} {word}".strip()


def ex_pages(r, site):
    """Objects with no anatomy that sit in a study: scanned requisitions, KOs, presentation states."""
    k = r.randrange(5)
    own = [e for _, e in SITES[site][1] if e is not ex_pages]
    st, d, ser = pick(r, own)(r, site)
    if k == 0:
        ser.append(S({"Modality": "OT", "SOPClassUID": SOP["SC"], "Manufacturer": "Hyland",
                      "SeriesDescription": pick(r, ["Scanned Document", "Requisition", "SCANNED REQ", "Patient Questionnaire",
                                                    "Consent Form"])}, [], None, "scanned paper page"))
    elif k == 1:
        ser.append(S({"Modality": "KO", "SOPClassUID": SOP["KO"], "SeriesDescription": pick(r, ["Key Images", "KO",
                                                                                               "Key Object Selection"])}, [], None,
                     "key object selection: references, no pixels"))
    elif k == 2:
        ser.append(S({"Modality": "PR", "SOPClassUID": SOP["PR"], "SeriesDescription": pick(r, ["GSPS", "Annotations",
                                                                                               "Presentation State"])}, [], None,
                     "presentation state: annotations only"))
    elif k == 3:
        ser.append(S({"Modality": "DOC", "SOPClassUID": SOP["PDF"], "SeriesDescription": pick(r, ["Encapsulated PDF", "Report PDF",
                                                                                                 "Tech Notes"])}, [], None,
                     "encapsulated PDF"))
    else:
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["SR"], "SeriesDescription": pick(r, ["Prelim Report", "Tech Worksheet",
                                                                                               "Basic Text SR"])}, [], None,
                     "text SR"))
    return st, d, ser


# ---------------------------------------------------------------- sites

SITES = {
    # site: (rows wanted, [(weight, exam)])
    "ch-north": (165, [(10, ex_ct_head), (4, ex_ct_head_cspine), (3, ex_ct_cspine), (5, ex_ct_chest), (6, ex_ct_ap),
                       (2, ex_ct_panscan), (3, ex_ct_misc), (2, ex_ct_limb), (9, ex_xr_axial), (9, ex_xr_limb),
                       (4, ex_xr_portable_icu), (4, ex_us_general), (3, ex_us_vascular), (2, ex_ed_pocus), (3, ex_mr_brain),
                       (2, ex_mr_spine), (2, ex_nm), (2, ex_echo), (5, ex_peds), (4, ex_pages), (1, ex_xa), (1, ex_us_ob)]),
    "ch-south": (170, [(6, ex_ct_head), (6, ex_ct_stroke), (3, ex_ct_panscan), (3, ex_ct_head_cspine), (5, ex_ct_chest),
                       (5, ex_ct_ap), (2, ex_cta_runoff), (2, ex_cta_tavr), (3, ex_ct_misc), (6, ex_xr_axial), (5, ex_xr_limb),
                       (4, ex_xr_portable_icu), (7, ex_xa), (3, ex_mr_brain), (2, ex_mr_head_misc), (3, ex_us_vascular),
                       (2, ex_echo), (3, ex_nm), (2, ex_us_general), (4, ex_pages), (1, ex_ct_limb), (2, ex_peds)]),
    "urgent": (100, [(12, ex_xr_limb), (6, ex_xr_axial), (1, ex_pages)]),
    "oic": (160, [(6, ex_mr_msk), (4, ex_mr_spine), (4, ex_mr_brain), (2, ex_mr_head_misc), (3, ex_mr_body), (3, ex_ct_ap),
                  (2, ex_ct_misc), (2, ex_ct_chest), (4, ex_us_general), (3, ex_us_vascular), (2, ex_us_msk), (3, ex_xr_limb),
                  (2, ex_xr_axial), (2, ex_nm), (1, ex_xr_survey), (4, ex_pages), (1, ex_ct_limb)]),
    "cancer": (125, [(8, ex_pet), (6, ex_ct_cap), (2, ex_ct_chest), (2, ex_mr_body), (2, ex_mr_brain), (2, ex_mr_spine),
                     (2, ex_nm), (1, ex_xr_survey), (1, ex_ct_misc), (1, ex_pages), (1, ex_xr_portable_icu)]),
    "womens": (125, [(9, ex_mammo), (4, ex_breast_us), (2, ex_mr_breast), (6, ex_us_ob), (3, ex_us_gyn), (5, ex_dxa),
                     (1, ex_pages)]),
    "outside": (105, [(1, ex_outside)]),
}

# How often a study's console leaves BodyPartExamined empty, by modality (outside imports more often).
NO_BPE = {"CT": 0.2, "MR": 0.25, "CR": 0.1, "DX": 0.2, "US": 0.55, "NM": 0.35, "PT": 0.3, "MG": 0.1, "XA": 0.5, "RF": 0.6,
          "OT": 0.6}


TYPOS = {"ABDOMEN": "ABDOMNE", "VIEWS": "VEIWS", "CONTRAST": "CONTRST", "PELVIS": "PELIVS", "BILATERAL": "BILATERL",
         "LOWER": "LOWR", "SPINE": "SPIEN"}


def finish(r, site, stratum, desc, ser):
    """Stamp the study description on every series and thin out BodyPartExamined. The RIS sends at
    most 64 characters (an old import path cuts to 16); a hand-built order catalogue has typos."""
    if r.random() < 0.03:
        w = next((w for w in TYPOS if w in desc), None)
        if w:
            desc = desc.replace(w, TYPOS[w], 1)
    desc = desc[:16] if site == "outside" and r.random() < 0.12 else desc[:64]
    mods = Counter(s["meta"]["Modality"] for s in ser)
    main_mod = mods.most_common(1)[0][0]
    p = NO_BPE.get(main_mod, 0.4) + (0.3 if site == "outside" else 0.0)
    drop = r.random() < p
    for s in ser:
        m = s["meta"]
        if drop or m["Modality"] in ("SR", "KO", "PR", "DOC"):
            m.pop("BodyPartExamined", None)
        if desc or site != "outside":
            m["StudyDescription"] = desc
        if site != "outside" and r.random() < 0.2 and desc and m["Modality"] not in ("SR", "KO", "PR"):
            m["RequestedProcedureDescription"] = desc
        if s["lat"] in ("L", "R") and s["lat"] not in sides_named(m, desc) and not m.get("ImageLaterality"):
            m["Laterality"] = s["lat"]  # the description lost the side (cut at 16): the modality's tag keeps it
        ordered = {k: m[k] for k in ("Modality", "SOPClassUID", "Manufacturer", "ManufacturerModelName", "StudyDescription")
                   if k in m}
        ordered.update({k: v for k, v in m.items() if k not in ordered})
        s["meta"] = ordered
    return ser


TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")


def build():
    r = random.Random(SEED)
    rows = []
    for site, (want, menu) in SITES.items():
        weights = [w for w, _ in menu]
        got = []
        while len(got) < want:
            exam = r.choices([e for _, e in menu], weights)[0]
            stratum, desc, ser = exam(r, site)
            ser = finish(r, site, stratum, desc, ser)
            desc = ser[0]["meta"].get("StudyDescription", "") if ser else desc
            # one to three series of the study become rows; pages without anatomy less often
            weights_s = [1.0 if s["labels"] else 0.25 for s in ser]
            k = min(len(ser), pick(r, [1, 1, 2, 2, 3]))
            chosen = set()
            while len(chosen) < k:
                chosen.add(r.choices(range(len(ser)), weights_s)[0])
            with_study = r.random() < 0.41
            for i in sorted(chosen):
                s = ser[i]
                row = {"meta": s["meta"], "labels": s["labels"], "laterality": s["lat"]}
                if with_study and len(ser) > 1:
                    row["study"] = {"StudyDescription": desc,
                                    "series": [dict(o["meta"]) for j, o in enumerate(ser) if j != i][:12]}
                row["why"] = (s["why"] or "series of the exam") + f" [{desc or 'no study description'}]"
                row["group"] = f"{site}:{stratum if s['labels'] else 'no-anatomy'}"
                problem = row_problem(row)
                assert not problem, (problem, row)
                got.append(row)
        rows += got[:want]
    return rows


def row_problem(row):
    """What a careful reader could not take from the row: no text at all, or a side the text
    and tags do not give (or contradict)."""
    m = row["meta"]
    sd = row.get("study", {}).get("StudyDescription")
    if not any((m.get(k) or "").strip() for k in TEXT) and not (sd or "").strip():
        return "nothing to read"
    tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
    if not tags <= {row["laterality"]}:
        return "a tag names another side"
    named = sides_named(m, sd)
    if row["laterality"] in ("L", "R"):
        if not tags and row["laterality"] not in named:
            return "side not given"
        if not named <= {row["laterality"]}:
            return "text names the other side"
    return None


def render():
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in build())


def summary(rows):
    c = Counter
    out = [f"rows {len(rows)}", f"with study {sum('study' in x for x in rows)}",
           f"without BodyPartExamined {sum('BodyPartExamined' not in x['meta'] for x in rows)}",
           f"empty label set {sum(not x['labels'] for x in rows)}",
           "sites " + json.dumps(dict(c(x['group'].split(':')[0] for x in rows))),
           "strata " + json.dumps(dict(sorted(c(x['group'].split(':')[1] for x in rows).items()))),
           "modalities " + json.dumps(dict(sorted(c(x['meta']['Modality'] for x in rows).items()))),
           "laterality " + json.dumps(dict(c(str(x['laterality']) for x in rows))),
           "labels " + json.dumps(dict(sorted(c(l for x in rows for l in x['labels']).items())))]
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from the output")
    ap.add_argument("--summary", action="store_true", help="print the counts")
    a = ap.parse_args(argv)
    text = render()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from the generator's output", file=sys.stderr)
        return 0 if same else 1
    if a.summary:
        print(summary([json.loads(x) for x in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
