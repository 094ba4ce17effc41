"""Writes tests/anatomy/data/clinical_set_39.jsonl: series from five cancer centres (Canada in
English and Quebec French, the Netherlands, Spain, Korea, India) across oncology imaging,
radiotherapy planning, nuclear medicine and interventional oncology, labelled blind against the
shared anatomy spec (see README.md beside this file).

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

SEED = 39
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_39.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
SIDED = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT", "BREAST"}

U = "1.2.840.10008.5.1.4.1.1."
SOP = {"CT": U + "2", "ECT": U + "2.1", "MR": U + "4", "EMR": U + "4.1", "PT": U + "128", "NM": U + "20", "US": U + "6.1",
       "USMF": U + "3.1", "MG": U + "1.2", "BTO": U + "13.1.3", "DX": U + "1.1", "CR": U + "1", "XA": U + "12.1", "RF": U + "12.2",
       "SC": U + "7", "RTIMAGE": U + "481.1", "RTDOSE": U + "481.2", "RTSTRUCT": U + "481.3", "RTRECORD": U + "481.4",
       "RTPLAN": U + "481.5", "DOSESR": U + "88.67", "RRDSR": U + "88.68", "KO": U + "88.59", "CSR": U + "88.33", "ESR": U + "88.22",
       "PR": U + "11.1", "PDF": U + "104.1", "REG": U + "66.1"}

# ---------------------------------------------------------------- side words by language
# full forms (masculine, feminine) and abbreviations; the bilateral words last
SIDE = {
    "en": {"R": (("Right", "Right"), ["Rt", "RT", "R"]), "L": (("Left", "Left"), ["Lt", "LT", "L"]), "B": ["Bilateral", "BILAT", "Both"]},
    "in": {"R": (("Right", "Right"), ["Rt", "RT", "Rt."]), "L": (("Left", "Left"), ["Lt", "LT", "Lt."]), "B": ["B/L", "Bilateral", "Both"]},
    "fr": {"R": (("droit", "droite"), ["D", "dte", "dr."]), "L": (("gauche", "gauche"), ["G", "g.", "gche"]), "B": ["bilatérale", "bilat."]},
    "nl": {"R": (("rechts", "rechts"), ["re", "re.", "RE"]), "L": (("links", "links"), ["li", "li.", "LI"]), "B": ["beiderzijds", "bdz"]},
    "es": {"R": (("derecho", "derecha"), ["dcho.", "dcha.", "der."]), "L": (("izquierdo", "izquierda"), ["izdo.", "izda.", "izq."]),
           "B": ["bilateral", "bilat."]},
    "cat": {"R": (("dret", "dreta"), ["dta."]), "L": (("esquerre", "esquerra"), ["esq."]), "B": ["bilateral"]},
    "ko": {"R": (("우측", "오른쪽"), ["Rt", "Rt.", "RT"]), "L": (("좌측", "왼쪽"), ["Lt", "Lt.", "LT"]), "B": ["양측", "Both"]},
}

# ---------------------------------------------------------------- the exams
# key: (stratum, kind, labels, side (None, "S" one side, "B" both), options)
E = {}


def ex(key, stratum, kind, labels, side=None, **kw):
    E[key] = (stratum, kind, list(labels), side, kw)


# staging and restaging, diagnostic CT, radiographs, ultrasound
ex("ct_cap", "staging", "ct", CAP, tok=["CAP", "Body", "TAP", "Thorax-Abd"], bpe=["CHEST", "ABDOMEN", "CAP", "BODY", "CHEST_TO_PELVIS"],
   why="staging CT of chest, abdomen and pelvis")
ex("ct_chest", "staging", "ct", ["CHEST"], tok=["Thorax", "Chest", "Lung"], bpe=["CHEST", "LUNG", "THORAX"], why="CT of the chest")
ex("ct_abdpel", "staging", "ct", AP_, tok=["Abdomen", "AbdPelvis", "Abd-Pel"], bpe=["ABDOMEN", "ABDOMENPELVIS", "PELVIS"],
   why="CT of abdomen and pelvis")
ex("ct_liver", "staging", "ct", ["ABDOMEN"], tok=["Liver", "Upper Abd"], phases=True, bpe=["ABDOMEN", "LIVER"],
   why="multiphase liver CT")
ex("ct_pancreas", "staging", "ct", ["ABDOMEN"], tok=["Pancreas"], phases=True, bpe=["ABDOMEN", "PANCREAS"], why="pancreas protocol CT")
ex("ct_neck", "staging", "ct", ["NECK"], tok=["Neck", "Soft Tissue Neck"], bpe=["NECK", "HEAD", "HEADNECK"], why="CT of the neck")
ex("ct_hn", "staging", "ct", ["HEAD", "NECK"], tok=["Face-Neck", "HeadNeck", "HN"], bpe=["HEADNECK", "NECK", "HEAD"],
   why="CT of face (oral cavity) and neck")
ex("ct_neckchest", "staging", "ct", ["NECK", "CHEST"], tok=["Neck-Thorax", "NeckChest"], bpe=["NECK", "CHEST"],
   why="CT of neck and chest")
ex("ct_neck_cap", "staging", "ct", ["NECK"] + CAP, tok=["Neck-CAP", "Hals-Thorax-Abd"], bpe=["NECK", "CHEST", "BODY"],
   why="lymphoma staging CT of neck, chest, abdomen and pelvis")
ex("ct_brain", "staging", "ct", ["HEAD"], tok=["Head", "Brain"], bpe=["HEAD", "BRAIN"], why="CT of the brain")
ex("ct_brain_cap", "staging", "ct", ["HEAD"] + CAP, split=True, bpe=["HEAD", "CHEST", "BODY"],
   why="one-visit CT of the brain and of chest, abdomen and pelvis")
ex("ct_urogram", "staging", "ct", AP_, tok=["Urogram", "CTU"], phases=True, bpe=["ABDOMEN", "KIDNEY", "PELVIS"],
   why="CT urography (kidneys to bladder)")
ex("dx_chest", "staging", "dx", ["CHEST"], views=[("PA", "PA"), ("LAT", "LL")], part="CHEST", bpe=["CHEST"], why="chest radiograph")
ex("rf_swallow", "staging", "rf", ["NECK", "CHEST"], names=["Swallow", "Oesophagus LAO", "Barium spot"], bpe=["ESOPHAGUS", "CHEST", "NECK"],
   why="barium swallow: pharynx and oesophagus (neck and chest)")
ex("us_abdo", "staging", "us", ["ABDOMEN"], preset=["Abdomen", "Liver", "ABD"], bpe=["ABDOMEN", "LIVER"], why="upper abdominal ultrasound")
ex("us_abdpel", "staging", "us", AP_, preset=["Abdomen", "Abd+Pelvis", "ABDOMEN"], bpe=["ABDOMEN"],
   why="whole-abdomen ultrasound (abdomen and pelvis)")
ex("us_neck", "staging", "us", ["NECK"], preset=["Thyroid", "Small Parts", "Neck"], bpe=["NECK", "THYROID"], why="neck or thyroid ultrasound")
ex("us_pelvis", "staging", "us", ["PELVIS"], preset=["Gyn TV", "TV Pelvis", "Pelvis"], bpe=["PELVIS", "UTERUS"],
   why="transvaginal pelvic ultrasound")
ex("us_testis", "staging", "us", ["PELVIS"], preset=["Scrotum", "Testis"], bpe=["SCROTUM", "PELVIS"], why="scrotal ultrasound")
# organ MR
ex("mr_brain", "mr", "mr", ["HEAD"], seq="brain", ptok=["Brain", "HEAD_METS", "Neuro^Brain"], bpe=["HEAD", "BRAIN"], why="brain MR")
ex("mr_prostate", "mr", "mr", ["PELVIS"], seq="prostate", ptok=["Prostate", "PROSTATE mp"], bpe=["PROSTATE", "PELVIS"], why="prostate MR")
ex("mr_rectum", "mr", "mr", ["PELVIS"], seq="rectum", ptok=["Rectum", "Pelvis_Rectal"], bpe=["PELVIS", "RECTUM", "ABDOMEN"],
   why="rectal cancer MR of the pelvis")
ex("mr_liver", "mr", "mr", ["ABDOMEN"], seq="liver", ptok=["Liver", "Abdomen^Liver"], bpe=["ABDOMEN", "LIVER"], why="liver MR")
ex("mr_gyn", "mr", "mr", ["PELVIS"], seq="gyn", ptok=["Pelvis", "Female Pelvis"], bpe=["PELVIS", "UTERUS", "CERVIX"],
   why="gynaecological MR of the pelvis")
ex("mr_wspine", "mr", "mr", WSPINE, seq="spine", ptok=["Whole Spine", "WS", "SPINE"], bpe=["SPINE", "WHOLESPINE", "TSPINE"],
   why="whole-spine MR")
ex("mr_lspine", "mr", "mr", ["LSPINE"], seq="spine", ptok=["L-Spine", "LS"], bpe=["LSPINE", "SPINE"], why="lumbar spine MR")
ex("mr_tspine", "mr", "mr", ["TSPINE"], seq="spine", ptok=["T-Spine"], bpe=["TSPINE", "SPINE", "CHEST"], why="thoracic spine MR")
ex("mr_cspine", "mr", "mr", ["CSPINE"], seq="spine", ptok=["C-Spine"], bpe=["CSPINE", "NECK", "SPINE"], why="cervical spine MR")
ex("mr_hn", "mr", "mr", ["HEAD", "NECK"], seq="hn", ptok=["Head Neck", "Nasopharynx", "HN"], bpe=["HEADNECK", "NECK", "HEAD"],
   why="MR of nasopharynx/face and neck")
ex("mr_mrcp", "mr", "mr", ["ABDOMEN"], seq="mrcp", ptok=["MRCP", "Pancreas"], bpe=["ABDOMEN", "PANCREAS"], why="pancreas MR and MRCP")
ex("mr_orbit", "mr", "mr", ["HEAD"], seq="orbit", ptok=["Orbits", "ORBIT"], bpe=["ORBIT", "HEAD"], why="MR of the orbits")
ex("mr_wb", "mr", "mr", WB, seq="wb", ptok=["Whole Body", "WB_DWI"], bpe=["WHOLEBODY", "BODY"], why="whole-body MR")
ex("mr_kidney", "mr", "mr", ["ABDOMEN"], seq="liver", ptok=["Kidney", "Renal"], bpe=["ABDOMEN", "KIDNEY"], why="renal MR")
ex("mr_sacrum", "mr", "mr", ["PELVIS"], seq="pelvis", ptok=["Sacrum", "Pelvis"], bpe=["SSPINE", "PELVIS", "LSPINE"],
   why="MR of the sacrum (pelvis by the spec)")
# PET
ex("pet_fdg", "pet", "pet", WB, tracer="FDG", bpe=["WHOLEBODY", "CHEST", "HEAD", "ABDOMEN"], why="FDG PET/CT skull base to thigh")
ex("pet_psma", "pet", "pet", WB, tracer="PSMA", bpe=["WHOLEBODY", "PELVIS", "PROSTATE"], why="PSMA PET/CT whole body")
ex("pet_dota", "pet", "pet", WB, tracer="DOTA", bpe=["WHOLEBODY", "ABDOMEN"], why="somatostatin-receptor PET/CT whole body")
ex("pet_fes", "pet", "pet", WB, tracer="FES", bpe=["WHOLEBODY", "CHEST"], why="fluoroestradiol PET/CT whole body")
ex("pet_fapi", "pet", "pet", WB, tracer="FAPI", bpe=["WHOLEBODY"], why="FAPI PET/CT whole body")
ex("pet_choline", "pet", "pet", WB, tracer="CHOL", bpe=["WHOLEBODY", "PELVIS"], why="choline PET/CT whole body")
ex("pet_fdg_hn", "pet", "pet", ["HEAD", "NECK"], tracer="FDG", hn=True, bpe=["HEADNECK", "NECK"],
   why="dedicated head and neck FDG PET/CT")
ex("pet_fet", "pet", "pet", ["HEAD"], tracer="FET", brain=True, bpe=["BRAIN", "HEAD"], why="amino-acid PET/CT of the brain")
ex("petmr_brain", "pet", "petmr", ["HEAD"], tracer="FDG", seq="brain", bpe=["BRAIN", "HEAD"], why="brain PET/MR")
ex("petmr_pelvis", "pet", "petmr", ["PELVIS"], tracer="PSMA", seq="prostate", bpe=["PELVIS", "PROSTATE"], why="PSMA PET/MR of the pelvis")
# nuclear medicine
ex("nm_bone", "nm", "nm", WB, nm="bone", bpe=["WHOLEBODY", "BONE"], why="whole-body bone scan")
ex("nm_sln_breast", "nm", "nm", ["BREAST"], "S", nm="sln", bpe=["BREAST", "CHEST"], why="sentinel-node lymphoscintigraphy of one breast")
ex("nm_sln_leg", "nm", "nm", ["HIP", "THIGH", "KNEE", "LEG"], "S", nm="sln", bpe=["LEG", "EXTREMITY", "LOWER EXTREMITY"],
   why="melanoma sentinel lymphoscintigraphy from the lower leg to the groin of one side")
ex("nm_sln_arm", "nm", "nm", ["SHOULDER", "ARM", "ELBOW", "FOREARM"], "S", nm="sln", bpe=["ARM", "EXTREMITY", "UPPER EXTREMITY"],
   why="melanoma sentinel lymphoscintigraphy from the forearm to the axilla of one side")
ex("nm_sln_hn", "nm", "nm", ["HEAD", "NECK"], nm="sln", bpe=["HEADNECK", "NECK"], why="sentinel lymphoscintigraphy of oral cavity and neck")
ex("nm_muga", "nm", "nm", ["CHEST"], nm="muga", bpe=["HEART", "CHEST"], why="gated blood-pool scan of the heart")
ex("nm_i131", "nm", "nm", WB, nm="i131", bpe=["WHOLEBODY", "THYROID"], why="whole-body radioiodine scan")
ex("nm_lu177", "nm", "nm", WB, nm="lu177", bpe=["WHOLEBODY"], why="post-therapy whole-body scan")
ex("nm_renogram", "nm", "nm", ["ABDOMEN"], nm="reno", bpe=["KIDNEY", "ABDOMEN"], why="renogram")
ex("nm_thyroid", "nm", "nm", ["NECK"], nm="thyroid", bpe=["THYROID", "NECK"], why="thyroid scintigraphy")
ex("nm_maa", "nm", "nm", ["CHEST", "ABDOMEN"], nm="maa", bpe=["ABDOMEN", "LIVER"], why="MAA shunt study before SIRT: lungs and liver")
ex("nm_mibg", "nm", "nm", WB, nm="mibg", bpe=["WHOLEBODY"], why="whole-body MIBG scan")
# radiotherapy
ex("rt_pros", "rt", "rtct", ["PELVIS"], tok=["Pelvis", "Prostate"], bpe=["PELVIS", "PROSTATE"], why="radiotherapy planning CT of the pelvis")
ex("rt_rectum", "rt", "rtct", ["PELVIS"], tok=["Pelvis", "Rectum"], bpe=["PELVIS"], why="radiotherapy planning CT of the pelvis")
ex("rt_cervix", "rt", "rtct", ["PELVIS"], tok=["Pelvis", "Cx"], bpe=["PELVIS"], why="radiotherapy planning CT of the pelvis")
ex("rt_breast", "rt", "rtct", ["CHEST", "BREAST"], "S", tok=["Breast", "Thorax"], dibh=True, bpe=["BREAST", "CHEST"],
   why="breast radiotherapy planning CT: the thorax, side of the treated breast")
ex("rt_lung4d", "rt", "rtct", ["CHEST"], tok=["Thorax", "Lung"], fourd=True, bpe=["CHEST", "LUNG"], why="4D planning CT of the thorax")
ex("rt_hn", "rt", "rtct", ["HEAD", "NECK"], tok=["HN", "Head&Neck"], bpe=["HEADNECK", "HEAD", "NECK"], why="head and neck planning CT in a mask")
ex("rt_brain", "rt", "rtct", ["HEAD"], tok=["Brain", "Head"], bpe=["HEAD", "BRAIN"], why="planning CT of the head")
ex("rt_liver", "rt", "rtct", ["ABDOMEN"], tok=["Liver", "Abdomen"], fourd=True, bpe=["ABDOMEN", "LIVER", "CHEST"],
   why="liver SBRT planning CT (upper abdomen)")
ex("rt_eso", "rt", "rtct", ["CHEST", "ABDOMEN"], tok=["Thorax", "Oesophagus"], bpe=["CHEST", "ESOPHAGUS"],
   why="oesophagus planning CT: thorax and upper abdomen")
ex("rt_spine_t", "rt", "rtct", ["TSPINE"], tok=["T-Spine", "Spine"], bpe=["TSPINE", "SPINE", "CHEST"], why="planning CT of the thoracic spine")
ex("rt_spine_l", "rt", "rtct", ["LSPINE"], tok=["L-Spine", "Spine"], bpe=["LSPINE", "SPINE", "ABDOMEN"], why="planning CT of the lumbar spine")
ex("rt_hip_palli", "rt", "rtct", ["PELVIS", "HIP"], "S", tok=["Pelvis", "Hip"], bpe=["PELVIS", "HIP"],
   why="palliative planning CT of pelvis and one hip")
ex("rt_limb", "rt", "rtct", ["THIGH"], "S", tok=["Thigh", "Extremity", "Femur"], bpe=["THIGH", "EXTREMITY", "LEG"],
   why="sarcoma planning CT of one thigh")
ex("rt_mrsim_pros", "rt", "mr", ["PELVIS"], seq="prostate", rt=True, ptok=["RT Prostate", "MRSIM_PELVIS"], bpe=["PELVIS", "PROSTATE"],
   why="MR simulation of the pelvis")
ex("rt_mrsim_brain", "rt", "mr", ["HEAD"], seq="brain", rt=True, ptok=["RT Brain", "MRSIM_BRAIN"], bpe=["HEAD", "BRAIN"],
   why="MR simulation of the brain")
ex("rt_mrl", "rt", "mrl", ["PELVIS"], bpe=["PELVIS", "PROSTATE"], why="online MR-linac images of the pelvis")
ex("brachy_cervix", "rt", "rtct", ["PELVIS"], tok=["Brachy", "Pelvis"], brachy=True, bpe=["PELVIS", "CERVIX"],
   why="brachytherapy applicator CT of the pelvis")
ex("cbct_pelvis", "rt", "cbct", ["PELVIS"], tok=["Pelvis", "Prostate", "Pelvis"], bpe=["PELVIS"], why="treatment cone-beam CT of the pelvis")
ex("cbct_hn", "rt", "cbct", ["HEAD", "NECK"], tok=["HN", "Head Neck"], bpe=["HEADNECK", "HEAD"], why="treatment cone-beam CT of head and neck")
ex("cbct_chest", "rt", "cbct", ["CHEST"], tok=["Thorax", "Lung"], bpe=["CHEST", "LUNG"], why="treatment cone-beam CT of the thorax")
ex("cbct_breast", "rt", "cbct", ["CHEST", "BREAST"], "S", tok=["Breast", "Chest Wall"], bpe=["BREAST", "CHEST"],
   why="treatment cone-beam CT of the thorax, side of the treated breast")
ex("cbct_brain", "rt", "cbct", ["HEAD"], tok=["Brain", "Cranium"], bpe=["HEAD", "BRAIN"], why="treatment cone-beam CT of the head")
ex("rtimg_pelvis", "rt", "rtimage", ["PELVIS"], tok=["Pelvis"], bpe=["PELVIS"], why="portal and set-up images of the pelvis")
ex("rtimg_chest", "rt", "rtimage", ["CHEST"], tok=["Thorax"], bpe=["CHEST"], why="portal and set-up images of the thorax")
# interventional oncology
ex("ir_lung_bx", "ir", "ctbx", ["CHEST"], tok=["Lung", "Thorax"], bpe=["CHEST", "LUNG"], why="CT-guided lung biopsy")
ex("ir_bone_bx", "ir", "ctbx", ["PELVIS"], tok=["Pelvis", "Iliac"], bpe=["PELVIS", "BONE"], why="CT-guided biopsy of the iliac bone")
ex("ir_vert_bx", "ir", "ctbx", ["TSPINE"], tok=["Spine", "T-Spine"], bpe=["TSPINE", "SPINE"], why="CT-guided biopsy of a thoracic vertebra")
ex("ir_femur_bx", "ir", "ctbx", ["THIGH"], "S", tok=["Femur", "Extremity"], bpe=["FEMUR", "LEG", "EXTREMITY"],
   why="CT-guided biopsy of a femoral lesion")
ex("ir_liver_mwa", "ir", "ctbx", ["ABDOMEN"], tok=["Liver", "Abdomen"], ablate=True, bpe=["ABDOMEN", "LIVER"], why="CT-guided liver ablation")
ex("ir_kidney_cryo", "ir", "ctbx", ["ABDOMEN"], tok=["Kidney", "Abdomen"], ablate=True, bpe=["KIDNEY", "ABDOMEN"],
   why="CT-guided renal cryoablation (abdomen, no limb side)")
ex("ir_lung_mwa", "ir", "ctbx", ["CHEST"], tok=["Lung"], ablate=True, bpe=["CHEST", "LUNG"], why="CT-guided lung ablation")
ex("ir_liver_bx_us", "ir", "us", ["ABDOMEN"], preset=["Abdomen", "Liver", "Biopsy"], biopsy=True, bpe=["ABDOMEN", "LIVER"],
   why="ultrasound-guided liver biopsy")
ex("ir_liver_rfa_us", "ir", "us", ["ABDOMEN"], preset=["Liver", "RFA"], biopsy=True, bpe=["LIVER", "ABDOMEN"], why="ultrasound-guided liver RFA")
ex("ir_neck_fna", "ir", "us", ["NECK"], preset=["Small Parts", "Neck", "Biopsy"], biopsy=True, bpe=["NECK"],
   why="ultrasound-guided FNA of a neck node")
ex("ir_thyroid_fna", "ir", "us", ["NECK"], preset=["Thyroid", "Small Parts"], biopsy=True, bpe=["THYROID", "NECK"],
   why="ultrasound-guided thyroid FNA")
ex("ir_pros_bx", "ir", "us", ["PELVIS"], preset=["Prostate", "TRUS", "Fusion"], biopsy=True, bpe=["PROSTATE", "PELVIS"],
   why="transrectal/transperineal prostate biopsy")
ex("ir_pleural", "ir", "us", ["CHEST"], preset=["Thorax", "Lung", "Pleura"], biopsy=True, bpe=["CHEST"], why="ultrasound-guided pleural drain")
ex("ir_ascites", "ir", "us", AP_, preset=["Abdomen", "Ascites"], biopsy=True, bpe=["ABDOMEN"], why="ultrasound-guided paracentesis")
ex("ir_tace", "ir", "xa", ["ABDOMEN"], runs=["Coeliac DSA", "CHA DSA", "Hepatic AP", "Cone Beam CT", "Post TACE"], bpe=["ABDOMEN", "LIVER"],
   why="hepatic chemoembolisation runs")
ex("ir_sirt", "ir", "xa", ["ABDOMEN"], runs=["SMA DSA", "Coeliac DSA", "RHA DSA", "GDA coil", "MAA injection"], bpe=["ABDOMEN", "LIVER"],
   why="SIRT work-up angiography of the liver")
ex("ir_pve", "ir", "xa", ["ABDOMEN"], runs=["Portogram", "Portal venogram", "Post PVE"], bpe=["ABDOMEN", "LIVER"],
   why="portal vein embolisation")
ex("ir_bae", "ir", "xa", ["CHEST"], runs=["Aortogram", "Bronchial DSA", "Post emb"], bpe=["CHEST"], why="bronchial artery embolisation")
ex("ir_iliac_emb", "ir", "xa", ["PELVIS"], runs=["Pelvic DSA", "IIA DSA", "Post emb"], bpe=["PELVIS"],
   why="internal iliac embolisation for tumour bleeding (pelvis, no limb side)")
ex("ir_femur_emb", "ir", "xa", ["THIGH"], "S", runs=["SFA DSA", "Femoral DSA", "Post emb"], bpe=["LEG", "EXTREMITY", "FEMUR"],
   why="pre-operative embolisation of a femoral metastasis")
ex("ir_vertebro", "ir", "rf", ["LSPINE"], names=["Vertebroplasty AP", "Lateral", "Cement"], bpe=["LSPINE", "SPINE"],
   why="lumbar vertebroplasty under fluoroscopy")
ex("ir_ptbd", "ir", "rf", ["ABDOMEN"], names=["PTC", "Cholangiogram", "Drain"], bpe=["ABDOMEN", "BILIARY"], why="biliary drainage")
ex("ir_neph", "ir", "rf", ["ABDOMEN"], names=["Nephrostogram", "Antegrade", "Drain"], bpe=["KIDNEY", "ABDOMEN"], why="nephrostomy")
ex("ir_eso_stent", "ir", "rf", ["CHEST"], names=["Stent", "Oesophagus", "Post stent"], bpe=["ESOPHAGUS", "CHEST"], why="oesophageal stent")
# venous access
ex("ac_port", "access", "rf", ["NECK", "CHEST"], names=["Port", "Fluoro Store", "Tip position", "Jugular venogram"], sub={"Tip position": ["CHEST"]}, bpe=["CHEST", "NECK"],
   why="port placement via the jugular vein: neck and chest")
ex("ac_cvc", "access", "rf", ["NECK", "CHEST"], names=["Hickman", "Fluoro Store", "Tip position"], sub={"Tip position": ["CHEST"]}, bpe=["CHEST", "NECK"],
   why="tunnelled central line via the jugular vein: neck and chest")
ex("ac_picc", "access", "rf", ["ARM", "CHEST"], "S", names=["PICC", "Tip check", "Fluoro Store", "Arm venogram"], sub={"Tip check": ["CHEST"]}, bpe=["ARM", "CHEST"],
   why="PICC placement: upper-arm vein to the chest, side of the arm")
ex("ac_cxr_line", "access", "dx", ["CHEST"], views=[("AP", "AP")], part="CHEST", bpe=["CHEST"], why="chest film for line position")
ex("ac_linogram", "access", "rf", ["CHEST"], names=["Port check", "Linogram"], bpe=["CHEST"], why="port contrast study")
# breast
ex("mg_screen", "breast", "mg", ["BREAST"], "B", mg="screen", why="screening mammography")
ex("mg_diag", "breast", "mg", ["BREAST"], "S", mg="diag", why="diagnostic mammography of one breast")
ex("mg_tomo", "breast", "mg", ["BREAST"], "S", mg="tomo", why="tomosynthesis of one breast")
ex("mg_cem", "breast", "mg", ["BREAST"], "B", mg="cem", why="contrast-enhanced mammography")
ex("mg_wire", "breast", "mg", ["BREAST"], "S", mg="wire", why="pre-operative localisation of one breast")
ex("mg_spec", "breast", "mg", ["BREAST"], "S", mg="spec", why="specimen radiograph from one breast")
ex("bx_stereo", "breast", "mg", ["BREAST"], "S", mg="stereo", why="stereotactic biopsy of one breast")
ex("mr_breast", "breast", "mr", ["BREAST"], "B", seq="breast", ptok=["Breast", "BREAST BIL"], bpe=["BREAST", "CHEST"], why="bilateral breast MR")
ex("bx_mr_breast", "breast", "mr", ["BREAST"], "S", seq="breastbx", ptok=["Breast Biopsy"], bpe=["BREAST"], why="MR-guided biopsy of one breast")
ex("us_breast", "breast", "us", ["BREAST"], "S", preset=["Breast", "Small Parts"], bpe=["BREAST"], why="ultrasound of one breast")
ex("us_breast_b", "breast", "us", ["BREAST"], "B", preset=["Breast"], bpe=["BREAST"], why="ultrasound of both breasts")
ex("us_axilla", "breast", "us", ["BREAST"], "S", preset=["Breast", "Axilla", "Small Parts"], bpe=["BREAST", "AXILLA"],
   why="axillary ultrasound, filed with the breast of that side")
ex("bx_us_breast", "breast", "us", ["BREAST"], "S", preset=["Breast", "Biopsy"], biopsy=True, bpe=["BREAST"],
   why="ultrasound-guided core biopsy of one breast")
# paediatric oncology
ex("pd_mr_brain", "paeds", "mr", ["HEAD"], seq="brain", ptok=["Peds Brain", "PAED_BRAIN"], bpe=["HEAD", "BRAIN"], why="child brain tumour MR")
ex("pd_mr_wspine", "paeds", "mr", WSPINE, seq="spine", ptok=["Peds Spine", "WS"], bpe=["SPINE", "WHOLESPINE"],
   why="child whole-spine MR for drop metastases")
ex("pd_ct_chest", "paeds", "ct", ["CHEST"], tok=["Chest", "Thorax Kind"], bpe=["CHEST"], why="child chest CT for lung metastases")
ex("pd_ct_abdo", "paeds", "ct", ["ABDOMEN"], tok=["Abdomen", "Peds Abd"], bpe=["ABDOMEN", "KIDNEY"], why="child abdominal CT (renal mass)")
ex("pd_mr_abdo", "paeds", "mr", ["ABDOMEN"], seq="liver", ptok=["Peds Abdomen"], bpe=["ABDOMEN", "LIVER"], why="child liver tumour MR")
ex("pd_mr_orbit", "paeds", "mr", ["HEAD"], seq="orbit", ptok=["Orbits"], bpe=["ORBIT", "HEAD"], why="retinoblastoma MR of the orbits")
ex("pd_mibg", "paeds", "nm", WB, nm="mibg", bpe=["WHOLEBODY"], why="child whole-body MIBG")
ex("pd_pet", "paeds", "pet", WB, tracer="FDG", bpe=["WHOLEBODY"], why="child FDG PET/CT for lymphoma")
ex("pd_mr_femur", "paeds", "mr", ["THIGH", "KNEE"], "S", seq="limb", ptok=["Femur Knee", "THIGH"], bpe=["KNEE", "LEG", "EXTREMITY"],
   why="osteosarcoma MR of the distal femur and knee of one side")
ex("pd_xr_femur", "paeds", "dx", ["THIGH"], "S", views=[("AP", "AP"), ("LAT", "LL")], part="FEMUR", bpe=["FEMUR", "LEG"],
   why="child femur radiograph of one side")
ex("pd_mr_leg", "paeds", "mr", ["LEG"], "S", seq="limb", ptok=["Tibia", "Lower Leg"], bpe=["LEG", "EXTREMITY"],
   why="Ewing sarcoma MR of the lower leg")
ex("pd_mr_pelvis", "paeds", "mr", ["PELVIS"], seq="pelvis", ptok=["Pelvis"], bpe=["PELVIS"], why="child pelvic tumour MR")
ex("pd_rt_csi", "paeds", "rtct", ["HEAD"] + WSPINE, tok=["CSI", "Craniospinal"], bpe=["HEAD", "SPINE", "WHOLEBODY"],
   why="craniospinal planning CT: brain and whole spinal canal")
ex("pd_us_abdo", "paeds", "us", ["ABDOMEN"], preset=["Paed Abdomen", "Abdomen"], bpe=["ABDOMEN"], why="child abdominal ultrasound")
ex("pd_xr_chest", "paeds", "dx", ["CHEST"], views=[("AP", "AP")], part="CHEST", bpe=["CHEST"], why="child chest film")
# limb and bone tumours
for code, pt, alt in [("THIGH", "Thigh", ["LEG", "EXTREMITY", "HIP"]), ("KNEE", "Knee", ["KNEE", "LEG", "EXTREMITY"]),
                      ("FOREARM", "Forearm", ["ARM", "EXTREMITY"]), ("SHOULDER", "Shoulder", ["SHOULDER", "CHEST"]),
                      ("HAND", "Hand", ["HAND", "WRIST"]), ("WRIST", "Wrist", ["WRIST", "HAND"]), ("FOOT", "Foot", ["FOOT", "ANKLE"]),
                      ("ANKLE", "Ankle", ["ANKLE", "FOOT"]), ("ELBOW", "Elbow", ["ELBOW", "ARM"]), ("ARM", "Humerus", ["ARM", "SHOULDER"]),
                      ("LEG", "Leg", ["LEG", "KNEE"])]:
    ex(f"sa_mr_{code.lower()}", "sarcoma", "mr", [code], "S", seq="limb", ptok=[pt, pt.upper(), "EXTREMITY"], bpe=[code] + alt,
       why=f"tumour MR of one {pt.lower()}")
ex("sa_mr_hip", "sarcoma", "mr", ["PELVIS", "HIP"], "S", seq="pelvis", ptok=["Hip", "Pelvis"], bpe=["PELVIS", "HIP"],
   why="chondrosarcoma MR of the pelvis and one hip")
for code, part, alt in [("THIGH", "FEMUR", ["FEMUR", "LEG"]), ("ARM", "HUMERUS", ["HUMERUS", "ARM", "SHOULDER"]),
                        ("KNEE", "KNEE", ["KNEE", "LEG"]), ("SHOULDER", "SHOULDER", ["SHOULDER"]), ("HIP", "HIP", ["HIP", "PELVIS"]),
                        ("LEG", "TIB/FIB", ["TIBIA", "LEG"]), ("HAND", "HAND", ["HAND"]), ("FOOT", "FOOT", ["FOOT"]), ("ANKLE", "ANKLE", ["ANKLE"]),
                        ("FOREARM", "FOREARM", ["FOREARM", "ARM"]), ("WRIST", "WRIST", ["WRIST", "HAND"]), ("ELBOW", "ELBOW", ["ELBOW"])]:
    ex(f"sa_xr_{code.lower()}", "sarcoma", "dx", [code], "S", views=[("AP", "AP"), ("LAT", "LL")], part=part, bpe=alt,
       why=f"radiograph of one {part.lower()}")
ex("sa_ct_femur", "sarcoma", "ct", ["THIGH"], "S", tok=["Femur", "Extremity"], bpe=["FEMUR", "LEG", "EXTREMITY"],
   why="CT of one femur for fracture risk")
ex("sa_us_arm", "sarcoma", "us", ["ARM"], "S", preset=["MSK", "Small Parts", "Soft Tissue"], bpe=["ARM", "EXTREMITY"],
   why="ultrasound of a lump of one upper arm")

# ---------------------------------------------------------------- sites
# kind, languages, rows, vendors (lists: one is chosen per study)
VENDORS = {
    "ca-cancer": {
        "CT": [("GE MEDICAL SYSTEMS", "Revolution CT", "ge"), ("SIEMENS", "SOMATOM Definition Edge", "siemens")],
        "SIM": [("GE MEDICAL SYSTEMS", "Discovery CT590 RT", "ge")], "MR": [("SIEMENS", "MAGNETOM Vida", "siemens"), ("SIEMENS", "MAGNETOM Skyra", "siemens")],
        "PET": [("GE MEDICAL SYSTEMS", "Discovery MI", "ge")], "NM": [("GE MEDICAL SYSTEMS", "NM/CT 870 DR", "ge")],
        "LINAC": [("Varian Medical Systems", "TrueBeam", "varian"), ("Varian Medical Systems", "Halcyon", "varian")],
        "MG": [("HOLOGIC, Inc.", "Selenia Dimensions", "hologic")], "US": [("GE Healthcare", "LOGIQ E10", "ge"), ("Philips", "EPIQ 7G", "philips")],
        "XA": [("Siemens", "Artis Q", "siemens")], "DX": [("Carestream Health", "DRX-Evolution Plus", "carestream")],
        "RF": [("SIEMENS", "Luminos dRF Max", "siemens")], "TPS": [("Varian Medical Systems", "ARIA RadOnc", "varian")],
        "PETMR": [("SIEMENS", "Biograph_mMR", "siemens")], "MRL": [("Philips Medical Systems", "Marlin", "philips")]},
    "nl-cancer": {
        "CT": [("SIEMENS", "SOMATOM Force", "siemens")], "SIM": [("Philips", "Brilliance Big Bore", "philips")],
        "MR": [("Philips Medical Systems", "Ingenia", "philips"), ("Philips Medical Systems", "Achieva dStream", "philips")],
        "PET": [("SIEMENS", "Biograph Vision 600", "siemens")], "NM": [("SIEMENS NM", "Symbia Intevo Bold", "siemens")],
        "LINAC": [("ELEKTA", "XVI", "elekta")], "MRL": [("Philips Medical Systems", "Marlin", "philips")],
        "MG": [("SIEMENS", "Mammomat Revelation", "siemens")], "US": [("Philips Medical Systems", "EPIQ 7G", "philips")],
        "XA": [("Philips Medical Systems", "Azurion", "philips")], "DX": [("Philips Medical Systems", "DigitalDiagnost C90", "philips")],
        "RF": [("Philips", "CombiDiagnost R90", "philips")], "TPS": [("RaySearch Laboratories", "RayStation", "raystation")],
        "PETMR": [("SIEMENS", "Biograph_mMR", "siemens")]},
    "es-onc": {
        "CT": [("CANON_MEC", "Aquilion ONE", "canon"), ("TOSHIBA", "Aquilion Prime", "canon")],
        "SIM": [("SIEMENS", "SOMATOM go.Open Pro", "siemens")], "MR": [("GE MEDICAL SYSTEMS", "SIGNA Architect", "ge"), ("GE MEDICAL SYSTEMS", "SIGNA Explorer", "ge")],
        "PET": [("SIEMENS", "Biograph Horizon", "siemens")], "NM": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "ge")],
        "LINAC": [("Varian Medical Systems", "TrueBeam", "varian"), ("ELEKTA", "Versa HD", "elekta")],
        "MG": [("FUJIFILM Corporation", "AMULET Innovality", "fuji")], "US": [("CANON_MEC", "Aplio i800", "canon")],
        "XA": [("Philips Medical Systems", "Allura Xper FD20", "philips")], "DX": [("FUJIFILM Corporation", "FDR D-EVO II", "fuji")],
        "RF": [("CANON_MEC", "Ultimax-i", "canon")], "TPS": [("Varian Medical Systems", "Eclipse", "varian")],
        "PETMR": [("GE MEDICAL SYSTEMS", "SIGNA PET/MR", "ge")], "MRL": [("Philips Medical Systems", "Marlin", "philips")]},
    "kr-cancer": {
        "CT": [("SIEMENS", "SOMATOM Definition Edge", "siemens"), ("SIEMENS", "SOMATOM Force", "siemens"), ("GE MEDICAL SYSTEMS", "Revolution CT", "ge")],
        "SIM": [("SIEMENS", "SOMATOM Confidence", "siemens")], "MR": [("GE MEDICAL SYSTEMS", "SIGNA Premier", "ge"), ("Philips Medical Systems", "Ingenia CX", "philips")],
        "PET": [("SIEMENS", "Biograph mCT Flow", "siemens"), ("GE MEDICAL SYSTEMS", "Discovery MI", "ge")],
        "NM": [("SIEMENS NM", "Symbia T16", "siemens")],
        "LINAC": [("Varian Medical Systems", "TrueBeam", "varian"), ("Accuray", "TomoTherapy Radixact", "accuray")],
        "MG": [("HOLOGIC, Inc.", "Selenia Dimensions", "hologic")], "US": [("SAMSUNG MEDISON CO., LTD.", "RS85", "samsung")],
        "XA": [("Siemens", "Artis zee", "siemens")], "DX": [("Samsung Electronics", "GC85A", "samsung")],
        "RF": [("SHIMADZU Corporation", "SONIALVISION G4", "shimadzu")], "TPS": [("RaySearch Laboratories", "RayStation", "raystation")],
        "PETMR": [("SIEMENS", "Biograph_mMR", "siemens")], "MRL": [("ViewRay", "MRIdian", "viewray")]},
    "in-cancer": {
        "CT": [("Philips", "Incisive CT", "philips"), ("SIEMENS", "SOMATOM go.Top", "siemens")],
        "SIM": [("GE MEDICAL SYSTEMS", "Optima CT580 W", "ge")], "MR": [("Philips Medical Systems", "Ingenia", "philips"), ("SIEMENS", "MAGNETOM Aera", "siemens")],
        "PET": [("GE MEDICAL SYSTEMS", "Discovery MI", "ge"), ("UIH", "uMI 550", "uih")], "NM": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "ge")],
        "LINAC": [("Varian Medical Systems", "TrueBeam", "varian"), ("ELEKTA", "Versa HD", "elekta")],
        "MG": [("GE Healthcare", "Senographe Essential", "ge")], "US": [("Mindray", "Resona 7", "mindray"), ("GE Healthcare", "LOGIQ S8", "ge")],
        "XA": [("GE MEDICAL SYSTEMS", "Innova IGS 530", "ge")], "DX": [("ALLENGERS", "MARS 50", "allengers"), ("FUJIFILM Corporation", "FCR Capsula XL II", "fuji")],
        "RF": [("SIEMENS", "Luminos Agile", "siemens")], "TPS": [("Varian Medical Systems", "Eclipse", "varian")],
        "PETMR": [("SIEMENS", "Biograph_mMR", "siemens")], "MRL": [("Philips Medical Systems", "Marlin", "philips")]},
}

# Study descriptions each site's RIS writes for an exam: (weight, [texts]). "fr|", "cat|" mark
# French or Catalan texts of a site that writes mostly another language. Placeholders: {x} a side
# word (full or abbreviated), {x:f} its feminine form, {s} an abbreviation, {b} both sides.
TXT = {}
TXT["ca-cancer"] = {
    "ct_cap": (10, ["CT Chest/Abdomen/Pelvis C+", "CT CAP WITH CONTRAST - STAGING", "CT CHEST ABDO PELVIS RESTAGING",
                    "fr|TDM thoraco-abdomino-pelvienne C+", "fr|TDM TAP avec contraste", "fr|TOMO THORAX-ABDO-PELVIS"]),
    "ct_chest": (5, ["CT Chest C+", "CT THORAX - LUNG CA FOLLOW-UP", "fr|TDM thorax avec contraste", "fr|TDM pulmonaire"]),
    "ct_abdpel": (4, ["CT Abdomen/Pelvis C+", "fr|TDM abdomino-pelvienne"]),
    "ct_liver": (2, ["CT Liver 3 Phase", "fr|TDM foie triphasique"]),
    "ct_neckchest": (2, ["CT Neck and Chest C+", "fr|TDM cervico-thoracique"]),
    "ct_brain_cap": (2, ["CT Head/Chest/Abdo/Pelvis C+", "fr|TDM cérébrale et TAP"]),
    "dx_chest": (3, ["XR Chest PA/Lat", "CHEST 2 VIEWS", "fr|Radiographie pulmonaire PA et latérale", "fr|RX POUMONS"]),
    "us_abdo": (2, ["US Abdomen Complete", "fr|Échographie abdominale supérieure"]),
    "mr_brain": (5, ["MR Brain w/wo Gad - SRS", "MRI HEAD C+ (METS)", "fr|IRM cérébrale avec gadolinium", "fr|IRM encéphale - protocole radiochirurgie"]),
    "mr_prostate": (3, ["MR Prostate mpMRI", "fr|IRM prostatique multiparamétrique"]),
    "mr_rectum": (2, ["MR Pelvis Rectal Staging", "fr|IRM rectum (stadification)"]),
    "mr_liver": (2, ["MR Liver Eovist", "fr|IRM hépatique Primovist"]),
    "mr_wspine": (3, ["MR Whole Spine - ?cord compression", "fr|IRM colonne complète (compression médullaire)"]),
    "mr_orbit": (2, ["MR Orbits - uveal melanoma", "fr|IRM orbites - mélanome choroïdien"]),
    "mr_gyn": (2, ["MR Pelvis Cervix Staging", "fr|IRM pelvienne col utérin"]),
    "mr_wb": (1, ["MR Whole Body (myeloma)", "fr|IRM corps entier myélome"]),
    "pet_fdg": (7, ["PET/CT FDG Whole Body", "PET-CT ONCOLOGY SKULL BASE TO MID THIGH", "fr|TEP-TDM FDG corps entier", "fr|TEP/TDM au 18F-FDG"]),
    "pet_psma": (4, ["PET/CT PSMA (18F-DCFPyL)", "fr|TEP-TDM PSMA DCFPyL"]),
    "pet_dota": (2, ["PET/CT Ga-68 DOTATATE", "fr|TEP-TDM 68Ga-DOTATATE"]),
    "pet_fdg_hn": (1, ["PET/CT FDG Head and Neck - RT position"]),
    "nm_bone": (5, ["NM Bone Scan Whole Body", "BONE SCAN WB + SPECT/CT", "fr|Scintigraphie osseuse corps entier", "fr|SCINTI OSSEUSE"]),
    "nm_sln_breast": (2, ["NM Lymphoscintigraphy Sentinel Node {x} Breast", "fr|Lymphoscintigraphie ganglion sentinelle sein {x}"]),
    "nm_sln_leg": (1, ["NM Lymphoscintigraphy Melanoma {x} Lower Leg"]),
    "nm_muga": (2, ["NM MUGA Rest (cardio-oncology)", "fr|Ventriculographie isotopique (MUGA)"]),
    "nm_i131": (1, ["NM I-131 Post Therapy Whole Body"]),
    "rt_pros": (4, ["CT Simulation Prostate", "RT PLANNING CT PELVIS", "fr|TDM de simulation prostate", "fr|Scan de planification radio-oncologie pelvis"]),
    "rt_breast": (4, ["CT Sim {x} Breast DIBH", "fr|Simulation TDM sein {x} (inspiration bloquée)"]),
    "rt_lung4d": (3, ["CT Sim 4D Thorax SBRT", "fr|TDM simulation 4D poumon"]),
    "rt_hn": (3, ["CT Sim Head & Neck (mask)", "fr|Simulation TDM ORL avec masque"]),
    "rt_brain": (2, ["CT Sim Brain SRS", "fr|Simulation TDM crâne"]),
    "rt_spine_t": (1, ["CT Sim T-Spine SBRT"]),
    "rt_mrsim_brain": (1, ["MR Sim Brain (RT planning)", "fr|IRM de simulation cérébrale"]),
    "cbct_pelvis": (3, ["CBCT Pelvis", "Treatment CBCT - Prostate", "fr|CBCT pelvis (traitement)"]),
    "cbct_hn": (2, ["CBCT Head & Neck", "fr|CBCT ORL"]),
    "cbct_breast": (1, ["CBCT {x} Breast"]),
    "rtimg_pelvis": (1, ["kV Imaging Pelvis"]),
    "ir_lung_bx": (3, ["CT Guided Lung Biopsy {x}", "fr|Biopsie pulmonaire sous TDM"]),
    "ir_liver_bx_us": (2, ["US Guided Liver Biopsy", "fr|Biopsie hépatique échoguidée"]),
    "ir_liver_mwa": (2, ["CT Guided Microwave Ablation Liver", "fr|Ablation par micro-ondes hépatique"]),
    "ir_kidney_cryo": (1, ["CT Guided Cryoablation Renal Mass", "fr|Cryoablation rénale sous TDM"]),
    "ir_tace": (2, ["IR TACE", "fr|Chimioembolisation hépatique"]),
    "ir_vertebro": (1, ["IR Kyphoplasty L1", "fr|Vertébroplastie lombaire"]),
    "ir_bone_bx": (1, ["CT Guided Bone Biopsy Iliac"]),
    "ir_ptbd": (1, ["IR PTBD / Biliary drain", "fr|Drainage biliaire percutané"]),
    "ac_port": (3, ["IR Port Insertion", "fr|Installation de cathéter à chambre implantable (Port-a-cath)"]),
    "ac_picc": (3, ["IR PICC Insertion {x} Arm", "fr|Installation PICC bras {x}"]),
    "ac_cxr_line": (2, ["XR Chest Portable - line position", "fr|RX pulmonaire post installation PICC"]),
    "mg_screen": (5, ["Mammo Screening Bilateral 3D", "OBSP SCREENING MAMMOGRAM", "fr|Mammographie de dépistage (PQDCS)"]),
    "mg_diag": (3, ["Mammo Diagnostic {x}", "fr|Mammographie diagnostique {x:f}"]),
    "mr_breast": (3, ["MR Breast Bilateral", "fr|IRM mammaire bilatérale"]),
    "us_breast": (3, ["US Breast {x}", "fr|Échographie mammaire {x:f}"]),
    "bx_us_breast": (2, ["US Guided Core Biopsy {x} Breast", "fr|Biopsie sein {x} sous échographie"]),
    "bx_stereo": (1, ["Stereotactic Biopsy {x} Breast"]),
    "mg_wire": (1, ["Seed Localization {x} Breast", "fr|Repérage par grain sein {x}"]),
    "mg_spec": (1, ["Specimen Radiograph {x} Breast"]),
    "pd_mr_brain": (2, ["MR Brain Peds - medulloblastoma follow-up"]),
    "pd_mibg": (1, ["NM MIBG Whole Body Peds"]),
    "pd_ct_chest": (1, ["CT Chest Peds - osteosarcoma mets", "fr|TDM thorax pédiatrique"]),
    "sa_mr_thigh": (3, ["MR {x} Thigh - sarcoma", "fr|IRM cuisse {x:f}"]),
    "sa_mr_knee": (1, ["MR {x} Knee (GCT)", "fr|IRM genou {x}"]),
    "sa_mr_forearm": (1, ["MR {x} Forearm - soft tissue mass", "fr|IRM avant-bras {x}"]),
    "sa_mr_shoulder": (1, ["MR {x} Shoulder/Scapula", "fr|IRM épaule {x:f}"]),
    "sa_xr_thigh": (2, ["XR {x} Femur 2 views", "fr|RX fémur {x}"]),
    "sa_xr_arm": (1, ["XR {x} Humerus", "fr|RX humérus {x}"]),
    "rt_limb": (1, ["CT Sim {x} Thigh Sarcoma"]),
    "sa_mr_foot": (1, ["MR {x} Foot (melanoma)"]),
    "sa_mr_hand": (1, ["MR {x} Hand", "fr|IRM main {x:f}"]),
    "sa_xr_shoulder": (1, ["XR {x} Shoulder/Clavicle", "fr|RX épaule {x:f}"]),
    "sa_mr_leg": (1, ["MR {x} Tibia/Fibula", "fr|IRM jambe {x:f}"]),
}
TXT["nl-cancer"] = {
    "ct_cap": (9, ["CT thorax/abdomen", "CT thorax-abdomen met contrast", "CT THORAX ABDOMEN STADIERING", "CT thorax + abdomen (respons)"]),
    "ct_neck_cap": (2, ["CT hals-thorax-abdomen (lymfoom)"]),
    "ct_chest": (5, ["CT thorax", "CT thorax met contrast (longcarcinoom)", "CT THORAX LAGE DOSIS"]),
    "ct_abdpel": (4, ["CT abdomen", "CT abdomen met iv contrast"]),
    "ct_liver": (2, ["CT lever 3-fasen"]),
    "ct_neck": (2, ["CT hals", "CT halsweke delen"]),
    "ct_brain": (2, ["CT hersenen met contrast"]),
    "dx_chest": (3, ["X-thorax", "X-thorax 2 richtingen", "Thorax PA/LAT"]),
    "us_neck": (2, ["Echo hals (lymfklieren)"]),
    "us_abdo": (2, ["Echo bovenbuik", "Echo lever"]),
    "mr_brain": (5, ["MRI hersenen met contrast", "MRI cerebrum metastasen"]),
    "mr_prostate": (3, ["MRI prostaat (mpMRI)", "MRI PROSTAAT PI-RADS"]),
    "mr_rectum": (4, ["MRI rectum stadiëring", "MRI rectum na CRT", "MRI rectum restadiëring"]),
    "mr_liver": (2, ["MRI lever Primovist"]),
    "mr_gyn": (2, ["MRI kleine bekken (cervix)", "MRI bekken endometrium"]),
    "mr_wspine": (2, ["MRI totale wervelkolom (dwarslaesie?)"]),
    "mr_hn": (3, ["MRI hoofd-hals", "MRI nasopharynx/hals", "MRI mondholte en hals"]),
    "mr_wb": (1, ["MRI total body DWI"]),
    "pet_fdg": (7, ["PET-CT FDG", "FDG PET/CT total body", "PET/CT schedelbasis-lies"]),
    "pet_psma": (4, ["PSMA PET/CT (18F-PSMA-1007)", "PET-CT PSMA"]),
    "pet_dota": (2, ["Ga-68 DOTATATE PET-CT"]),
    "pet_fes": (1, ["FES PET/CT"]),
    "petmr_pelvis": (1, ["PSMA PET/MRI kleine bekken"]),
    "nm_bone": (4, ["Skeletscintigrafie", "Botscan totaal lichaam + SPECT/CT"]),
    "nm_sln_breast": (3, ["Schildwachtklier scintigrafie mamma {x}", "Sentinel node mamma {x}"]),
    "nm_sln_leg": (2, ["Schildwachtklierprocedure melanoom onderbeen {x}"]),
    "nm_sln_hn": (1, ["Schildwachtklier mondholte (SPECT/CT)"]),
    "nm_lu177": (1, ["Lu-177 PSMA posttherapie scan"]),
    "nm_renogram": (1, ["Renografie MAG3"]),
    "nm_maa": (1, ["Tc-99m MAA scan (SIRT)"]),
    "rt_pros": (4, ["Plan-CT prostaat", "RT planning CT bekken"]),
    "rt_breast": (4, ["Plan-CT mamma {x} (DIBH)", "Plan-CT mamma {x}"]),
    "rt_lung4d": (3, ["4D plan-CT long", "4DCT thorax RT"]),
    "rt_hn": (3, ["Plan-CT hoofd-hals met masker"]),
    "rt_rectum": (2, ["Plan-CT rectum"]),
    "brachy_cervix": (1, ["Brachy CT cervix met applicator"]),
    "rt_mrl": (3, ["MR-linac prostaat fractie", "MRL bekken online"]),
    "rt_mrsim_pros": (1, ["MRI plan prostaat (RT-positie)"]),
    "cbct_pelvis": (3, ["CBCT bekken", "XVI bekken"]),
    "cbct_chest": (2, ["CBCT thorax"]),
    "cbct_hn": (2, ["CBCT hoofd-hals"]),
    "ir_lung_bx": (2, ["CT-geleide longbiopsie {x}"]),
    "ir_liver_bx_us": (2, ["Echogeleide leverbiopsie"]),
    "ir_liver_mwa": (2, ["CT-geleide MWA lever"]),
    "ir_lung_mwa": (1, ["CT-geleide RFA long"]),
    "ir_sirt": (1, ["SIRT work-up angiografie"]),
    "ir_neck_fna": (2, ["Echogeleide punctie halsklier"]),
    "ir_eso_stent": (1, ["Oesofagusstent plaatsing"]),
    "ir_pleural": (1, ["Echogeleide pleuradrain"]),
    "ac_port": (3, ["Port-a-cath plaatsing", "PAC plaatsen"]),
    "ac_picc": (2, ["PICC-lijn plaatsen arm {x}"]),
    "ac_cxr_line": (1, ["X-thorax controle lijn"]),
    "mg_screen": (4, ["Mammografie bdz", "Mammografie beiderzijds"]),
    "mg_diag": (3, ["Mammografie {x}", "Aanvullende mammografie {x}"]),
    "mg_cem": (1, ["Contrast mammografie (CEM)"]),
    "mr_breast": (4, ["MRI mammae", "MRI mamma bdz (NAC-respons)"]),
    "us_breast": (3, ["Echo mamma {x}"]),
    "us_axilla": (2, ["Echo oksel {x}"]),
    "bx_us_breast": (2, ["Echogeleide dikke-naaldbiopsie mamma {x}"]),
    "bx_stereo": (1, ["Stereotactische vacuümbiopsie mamma {x}"]),
    "bx_mr_breast": (1, ["MRI-geleide biopsie mamma {x}"]),
    "mg_wire": (1, ["Radioactief jodiumzaadje lokalisatie mamma {x}"]),
    "mg_spec": (1, ["Preparaatfoto mamma {x}"]),
    "pd_mr_brain": (1, ["MRI hersenen kind (onder narcose)"]),
    "pd_ct_chest": (1, ["CT thorax kind"]),
    "sa_mr_thigh": (3, ["MRI bovenbeen {x} (sarcoom)"]),
    "sa_mr_leg": (1, ["MRI onderbeen {x}"]),
    "sa_mr_arm": (1, ["MRI bovenarm {x}"]),
    "sa_mr_hand": (1, ["MRI hand {x}"]),
    "sa_xr_thigh": (1, ["X-femur {x}"]),
    "sa_mr_foot": (1, ["MRI voet {x} (melanoom)"]),
    "sa_xr_knee": (1, ["X-knie {x}"]),
    "sa_mr_elbow": (1, ["MRI elleboog {x}"]),
    "sa_mr_shoulder": (1, ["MRI schouder/scapula {x}"]),
    "sa_mr_wrist": (1, ["MRI pols {x}"]),
    "rt_limb": (1, ["Plan-CT bovenbeen {x}"]),
}
TXT["es-onc"] = {
    "ct_cap": (9, ["TC TORACO-ABDOMINO-PELVICO CON CONTRASTE", "TAC TAP", "TC tórax-abdomen-pelvis (estadificación)",
                   "cat|TC tòrax-abdomen-pelvis amb contrast"]),
    "ct_chest": (4, ["TC TÓRAX CON CONTRASTE", "TC de tórax alta resolución"]),
    "ct_abdpel": (4, ["TC ABDOMEN Y PELVIS", "TC abdominopélvico con contraste"]),
    "ct_liver": (2, ["TC hígado trifásico"]),
    "ct_neck": (2, ["TC CUELLO CON CONTRASTE"]),
    "ct_brain": (2, ["TC CRÁNEO CON CONTRASTE"]),
    "ct_urogram": (1, ["URO-TC"]),
    "dx_chest": (3, ["RX TÓRAX PA Y LAT", "Radiografía de tórax"]),
    "us_abdo": (2, ["ECOGRAFÍA ABDOMINAL"]),
    "us_pelvis": (1, ["ECOGRAFÍA TRANSVAGINAL"]),
    "mr_brain": (4, ["RM CEREBRAL CON GADOLINIO", "RM cráneo (metástasis)"]),
    "mr_prostate": (3, ["RM PRÓSTATA MULTIPARAMÉTRICA"]),
    "mr_rectum": (3, ["RM RECTO (ESTADIFICACIÓN)", "RM de pelvis - recto"]),
    "mr_liver": (2, ["RM HEPÁTICA CON PRIMOVIST"]),
    "mr_gyn": (2, ["RM PELVIS (CÉRVIX)", "RM pelvis endometrio"]),
    "mr_mrcp": (2, ["COLANGIO-RM", "RM páncreas"]),
    "mr_hn": (2, ["RM CAVUM Y CUELLO"]),
    "mr_lspine": (2, ["RM COLUMNA LUMBAR"]),
    "mr_tspine": (1, ["RM columna dorsal"]),
    "mr_sacrum": (1, ["RM SACRO (cordoma)"]),
    "pet_fdg": (7, ["PET-TC FDG", "PET/TC CON 18F-FDG CUERPO ENTERO", "cat|PET-TC FDG cos sencer"]),
    "pet_choline": (2, ["PET-TC COLINA"]),
    "pet_psma": (3, ["PET-TC 68Ga-PSMA", "PET/TC 18F-PSMA"]),
    "pet_fet": (1, ["PET-TC 18F-FET cerebral"]),
    "nm_bone": (4, ["GAMMAGRAFÍA ÓSEA", "Rastreo óseo corporal total", "cat|Gammagrafia òssia"]),
    "nm_sln_breast": (3, ["LINFOGAMMAGRAFÍA GANGLIO CENTINELA MAMA {x:f}", "BSGC mama {x:f}"]),
    "nm_sln_arm": (1, ["Linfogammagrafía melanoma antebrazo {x}"]),
    "nm_thyroid": (1, ["GAMMAGRAFÍA TIROIDEA"]),
    "nm_i131": (1, ["RASTREO CORPORAL I-131 POSTDOSIS"]),
    "nm_renogram": (1, ["RENOGRAMA ISOTÓPICO"]),
    "rt_pros": (4, ["TC SIMULACIÓN PRÓSTATA", "TC de planificación RT pelvis"]),
    "rt_breast": (4, ["TC SIMULACIÓN MAMA {x:f}", "cat|TC simulació mama {x:f}"]),
    "rt_lung4d": (2, ["TC 4D SIMULACIÓN PULMÓN"]),
    "rt_hn": (3, ["TC SIMULACIÓN ORL (MÁSCARA)", "TC planificación cabeza y cuello"]),
    "rt_brain": (2, ["TC SIMULACIÓN CRÁNEO"]),
    "rt_liver": (1, ["TC simulación SBRT hepática"]),
    "rt_hip_palli": (1, ["TC SIMULACIÓN CADERA {x:f} (paliativa)"]),
    "rt_eso": (1, ["TC SIMULACIÓN ESÓFAGO"]),
    "brachy_cervix": (1, ["TC braquiterapia ginecológica"]),
    "cbct_pelvis": (3, ["CBCT PELVIS"]),
    "cbct_chest": (2, ["CBCT TÓRAX"]),
    "cbct_brain": (1, ["CBCT cráneo"]),
    "rtimg_pelvis": (1, ["IMAGEN PORTAL PELVIS"]),
    "ir_lung_bx": (3, ["BAG PULMONAR GUIADA POR TC", "Biopsia pulmón {x} guiada por TC"]),
    "ir_liver_bx_us": (2, ["BIOPSIA HEPÁTICA ECOGUIADA"]),
    "ir_neck_fna": (2, ["PAAF ADENOPATÍA CERVICAL ECOGUIADA"]),
    "ir_thyroid_fna": (1, ["PAAF TIROIDES"]),
    "ir_liver_mwa": (2, ["ABLACIÓN POR MICROONDAS HEPÁTICA"]),
    "ir_tace": (2, ["QUIMIOEMBOLIZACIÓN HEPÁTICA (TACE)"]),
    "ir_iliac_emb": (1, ["EMBOLIZACIÓN HIPOGÁSTRICAS (hematuria)"]),
    "ir_neph": (1, ["NEFROSTOMÍA PERCUTÁNEA"]),
    "ir_femur_emb": (1, ["EMBOLIZACIÓN PREQUIRÚRGICA METÁSTASIS FÉMUR {x}"]),
    "ac_port": (3, ["COLOCACIÓN DE RESERVORIO SUBCUTÁNEO", "Implantación port-a-cath"]),
    "ac_picc": (2, ["INSERCIÓN PICC BRAZO {x}"]),
    "ac_cvc": (1, ["CATÉTER HICKMAN TUNELIZADO"]),
    "ac_cxr_line": (1, ["RX TÓRAX CONTROL RESERVORIO"]),
    "mg_screen": (4, ["MAMOGRAFÍA BILATERAL", "Mamografía de cribado"]),
    "mg_diag": (3, ["MAMOGRAFÍA {x:f}", "Mamografía unilateral {x:f}"]),
    "mg_tomo": (2, ["TOMOSÍNTESIS MAMA {x:f}"]),
    "mr_breast": (3, ["RM DE MAMA BILATERAL", "RM mamas (respuesta a neoadyuvancia)"]),
    "us_breast": (3, ["ECOGRAFÍA MAMA {x:f}", "cat|Ecografia mama {x:f}"]),
    "us_breast_b": (1, ["ECOGRAFÍA MAMARIA BILATERAL"]),
    "us_axilla": (2, ["ECOGRAFÍA AXILAR {x:f}"]),
    "bx_us_breast": (2, ["BAG MAMA {x:f} ECOGUIADA", "BAV mama {x:f}"]),
    "bx_stereo": (1, ["BAV ESTEREOTÁXICA MAMA {x:f}"]),
    "mg_wire": (1, ["MARCAJE CON ARPÓN MAMA {x:f}"]),
    "mg_spec": (1, ["RX PIEZA QUIRÚRGICA MAMA {x:f}"]),
    "pd_mr_femur": (1, ["RM FÉMUR DISTAL Y RODILLA {s} (osteosarcoma)"]),
    "pd_mr_pelvis": (1, ["RM PELVIS (Ewing)"]),
    "pd_ct_abdo": (1, ["TC ABDOMEN PEDIÁTRICO"]),
    "pd_us_abdo": (1, ["ECOGRAFÍA ABDOMINAL INFANTIL"]),
    "sa_mr_thigh": (2, ["RM MUSLO {x} (sarcoma)"]),
    "sa_mr_knee": (1, ["RM RODILLA {x:f}"]),
    "sa_mr_shoulder": (1, ["RM HOMBRO {x}"]),
    "sa_xr_thigh": (2, ["RX FÉMUR {x}"]),
    "sa_mr_elbow": (1, ["RM CODO {x}"]),
    "sa_xr_hip": (1, ["RX CADERA {x:f}"]),
    "sa_mr_ankle": (1, ["RM TOBILLO {x}"]),
    "sa_xr_leg": (1, ["RX TIBIA-PERONÉ {s}"]),
    "sa_mr_hip": (1, ["RM PELVIS Y CADERA {x:f} (condrosarcoma)"]),
}
TXT["kr-cancer"] = {
    "ct_cap": (9, ["CT Chest+Abdomen+Pelvis (조영)", "흉부 및 복부-골반 CT 조영증강", "CT C-A-P (Enhance)"]),
    "ct_chest": (5, ["Chest CT (Enhance)", "흉부 CT 조영", "저선량 흉부 CT"]),
    "ct_abdpel": (4, ["Abdomen-Pelvis CT (Enhance)", "복부-골반 CT"]),
    "ct_liver": (3, ["Liver Dynamic CT", "간 다이나믹 CT"]),
    "ct_pancreas": (2, ["Pancreas CT protocol", "췌장 CT"]),
    "ct_neck": (2, ["Neck CT (Enhance)", "경부 CT 조영"]),
    "ct_brain": (1, ["Brain CT (Enhance)", "뇌 CT"]),
    "dx_chest": (3, ["Chest PA", "흉부 X-ray PA"]),
    "us_neck": (3, ["Thyroid US", "갑상선 초음파", "경부 림프절 초음파"]),
    "us_abdo": (2, ["Abdomen US", "복부 초음파(간)"]),
    "mr_brain": (4, ["Brain MRI (Enhance)", "뇌 MRI 조영 (전이)"]),
    "mr_liver": (4, ["Liver MRI (Primovist)", "간 MRI 프리모비스트"]),
    "mr_prostate": (2, ["Prostate MRI", "전립선 MRI"]),
    "mr_rectum": (2, ["Rectal MRI", "직장 MRI"]),
    "mr_mrcp": (2, ["MRCP", "췌장 MRI + MRCP"]),
    "mr_gyn": (2, ["Pelvis MRI (Cervix)", "골반 MRI 자궁경부암"]),
    "mr_hn": (2, ["Nasopharynx MRI", "비인두 MRI"]),
    "mr_wspine": (2, ["Whole spine MRI", "전척추 MRI"]),
    "mr_cspine": (1, ["C-spine MRI (enhance)", "경추 MRI"]),
    "mr_kidney": (1, ["Kidney MRI", "신장 MRI"]),
    "pet_fdg": (7, ["PET-CT (F-18 FDG) Torso", "전신 PET-CT (FDG)", "PET/CT Whole body"]),
    "pet_psma": (2, ["PSMA PET-CT (F-18 PSMA)", "전립선특이막항원 PET-CT"]),
    "pet_dota": (1, ["Ga-68 DOTATOC PET-CT"]),
    "pet_fapi": (1, ["FAPI PET-CT (임상연구)"]),
    "petmr_brain": (1, ["PET-MRI Brain (FDG)", "뇌 PET-MRI"]),
    "nm_bone": (5, ["Whole body Bone scan", "전신 뼈스캔", "Bone Scan + SPECT/CT"]),
    "nm_sln_breast": (2, ["Lymphoscintigraphy (Breast, {s})", "감시림프절 스캔 {x} 유방"]),
    "nm_i131": (2, ["I-131 Whole body scan (치료 후)", "방사성요오드 전신스캔"]),
    "nm_thyroid": (1, ["Thyroid scan (Tc-99m)", "갑상선 스캔"]),
    "nm_muga": (1, ["MUGA scan", "게이트 심장혈액풀 스캔"]),
    "rt_pros": (3, ["모의치료 CT (Prostate)", "RT Simulation CT - Pelvis"]),
    "rt_breast": (4, ["모의치료 CT {x} 유방", "RTx Sim CT Breast {s}"]),
    "rt_lung4d": (3, ["4D CT Simulation (Lung)", "폐 4D 모의치료 CT"]),
    "rt_hn": (3, ["RT Sim CT H&N", "두경부 모의치료 CT"]),
    "rt_liver": (2, ["간 SBRT 모의치료 CT", "RT Sim CT Liver"]),
    "rt_eso": (1, ["RT Sim CT Esophagus", "식도암 모의치료 CT"]),
    "rt_mrl": (1, ["MRIdian 온라인 적응 치료 (Pelvis)"]),
    "cbct_pelvis": (3, ["CBCT Pelvis", "치료 중 영상 (MVCT) 골반"]),
    "cbct_hn": (2, ["CBCT H&N", "토모테라피 MVCT 두경부"]),
    "cbct_chest": (2, ["CBCT Chest", "흉부 CBCT"]),
    "ir_lung_bx": (3, ["CT guided PCNB (Lung, {s})", "CT 유도하 폐 생검 {x}"]),
    "ir_liver_bx_us": (2, ["US guided liver biopsy", "초음파 유도하 간 생검"]),
    "ir_liver_rfa_us": (3, ["RFA (Liver)", "간 고주파 열치료술"]),
    "ir_tace": (4, ["TACE", "간동맥 화학색전술 (TACE)"]),
    "ir_thyroid_fna": (2, ["Thyroid FNA (US guided)", "갑상선 세침흡인검사"]),
    "ir_ptbd": (1, ["PTBD", "경피경간 담도배액술"]),
    "ir_pve": (1, ["PVE (portal vein embolization)", "문맥 색전술"]),
    "ir_pros_bx": (1, ["MR-US fusion prostate biopsy", "전립선 표적 생검"]),
    "ac_port": (3, ["Chemoport insertion", "케모포트 삽입술"]),
    "ac_picc": (2, ["PICC insertion ({s} arm)", "PICC 삽입 {x} 팔"]),
    "ac_cxr_line": (1, ["Chest AP (portable) - 포트 위치 확인"]),
    "mg_screen": (4, ["Mammography (Both)", "유방촬영 양측", "Screening Mammography"]),
    "mg_diag": (2, ["Mammography {s}", "유방촬영 {x}"]),
    "mr_breast": (4, ["Breast MRI (Both)", "유방 MRI 양측"]),
    "us_breast_b": (3, ["Breast US (Both)", "양측 유방 초음파"]),
    "us_breast": (2, ["Breast US ({s})", "유방 초음파 {x}"]),
    "bx_us_breast": (2, ["US guided CNB ({s} breast)", "초음파 유도하 유방 중심부 바늘생검 {x}"]),
    "bx_stereo": (1, ["Stereotactic VAB ({s})"]),
    "mg_wire": (1, ["Needle localization ({s} breast)", "유방 병변 위치표지술 {x}"]),
    "mg_spec": (1, ["Specimen mammography ({s})"]),
    "us_axilla": (1, ["Axilla US ({s})", "액와부 초음파 {x}"]),
    "pd_mr_brain": (1, ["Brain MRI (소아, 수면)", "소아 뇌 MRI"]),
    "pd_ct_abdo": (1, ["소아 복부 CT (Wilms)"]),
    "pd_mibg": (1, ["I-123 MIBG scan (소아)"]),
    "pd_rt_csi": (1, ["CSI 모의치료 CT (수모세포종)"]),
    "pd_mr_leg": (1, ["Lower leg MRI {s} (Ewing)", "소아 하퇴부 MRI {x}"]),
    "pd_mr_orbit": (1, ["Orbit MRI (망막모세포종)"]),
    "pd_mr_wspine": (1, ["소아 전척추 MRI"]),
    "sa_mr_thigh": (2, ["Thigh MRI ({s})", "대퇴부 MRI {x}"]),
    "sa_mr_arm": (1, ["Upper arm MRI ({s})", "상완 MRI {x}"]),
    "sa_xr_thigh": (1, ["Femur AP/Lat ({s})", "대퇴골 X-ray {x}"]),
    "sa_mr_wrist": (1, ["Wrist MRI ({s})", "손목 MRI {x}"]),
    "sa_xr_shoulder": (1, ["Shoulder AP ({s})", "어깨 X-ray {x}"]),
    "sa_mr_ankle": (1, ["Ankle MRI ({s})", "발목 MRI {x}"]),
    "sa_xr_hand": (1, ["Hand PA/Obl ({s})", "손 X-ray {x}"]),
    "sa_xr_foot": (1, ["Foot AP/Obl ({s})", "발 X-ray {x}"]),
}
TXT["in-cancer"] = {
    "ct_cap": (9, ["CECT Thorax + Abdomen + Pelvis", "CECT TAP", "CT TAP (Ca Ovary) post NACT", "CECT CHEST ABDOMEN PELVIS - RESPONSE ASSESSMENT"]),
    "ct_chest": (4, ["CECT Thorax", "HRCT Chest", "CT THORAX PLAIN"]),
    "ct_abdpel": (3, ["CECT Abdomen & Pelvis", "CECT A+P (k/c/o Ca Cervix)"]),
    "ct_hn": (4, ["CECT Face and Neck (Ca Buccal Mucosa)", "CECT Oral cavity + Neck", "CT FACE & NECK (Ca Tongue)"]),
    "ct_neckchest": (2, ["CECT Neck + Thorax (Ca Larynx)"]),
    "ct_brain": (2, ["NCCT Brain", "CECT Brain"]),
    "ct_pancreas": (1, ["CECT Abdomen Pancreatic protocol"]),
    "ct_urogram": (1, ["CT Urography"]),
    "dx_chest": (4, ["X-RAY CHEST PA VIEW", "CXR PA"]),
    "rf_swallow": (2, ["Barium Swallow (Ca Oesophagus)", "Ba swallow"]),
    "us_abdpel": (3, ["USG Whole Abdomen", "USG Abdomen & Pelvis"]),
    "us_neck": (2, ["USG Neck", "USG Thyroid"]),
    "mr_brain": (3, ["CEMRI Brain", "MRI Brain with contrast"]),
    "mr_gyn": (3, ["MRI Pelvis (Ca Cervix)", "CEMRI Pelvis"]),
    "mr_rectum": (2, ["MRI Pelvis - Rectal protocol"]),
    "mr_hn": (3, ["CEMRI Face & Neck", "MRI Oral Cavity + Neck"]),
    "mr_wspine": (2, ["MRI Whole Spine (screening)", "MRI WS - ?MSCC"]),
    "mr_lspine": (1, ["MRI LS Spine"]),
    "mr_prostate": (1, ["MRI Prostate"]),
    "mr_liver": (1, ["MRI Liver (Primovist)"]),
    "pet_fdg": (8, ["PET-CT Whole body (18F-FDG)", "FDG PET CT - Restaging", "WB PET-CT"]),
    "pet_psma": (3, ["Ga68 PSMA PET CT", "68Ga-PSMA PET/CT"]),
    "pet_dota": (1, ["Ga68 DOTANOC PET CT"]),
    "pet_fapi": (1, ["Ga68 FAPI PET-CT"]),
    "nm_bone": (4, ["Tc99m MDP Bone Scan", "Bone scan WB"]),
    "nm_thyroid": (1, ["Tc99m Thyroid scan"]),
    "nm_i131": (1, ["I-131 Whole body scan (post ablation)"]),
    "nm_lu177": (1, ["Lu177 PSMA post-therapy scan"]),
    "nm_renogram": (1, ["Tc99m DTPA Renal scan (GFR)"]),
    "nm_sln_breast": (1, ["Lymphoscintigraphy SLNB Breast {s}"]),
    "nm_muga": (1, ["MUGA scan"]),
    "rt_hn": (5, ["RT Planning CT - H&N (Ca Tongue)", "CT Simulation Head Neck"]),
    "rt_cervix": (3, ["CT Sim Pelvis (Ca Cx)"]),
    "brachy_cervix": (2, ["CT for ICBT planning"]),
    "rt_breast": (3, ["CT Sim Ca Breast {s} (post MRM)"]),
    "rt_lung4d": (1, ["4DCT Sim Lung"]),
    "rt_eso": (1, ["CT Sim Ca Oesophagus"]),
    "rt_brain": (1, ["CT Sim Brain (GBM)"]),
    "rt_spine_l": (1, ["CT Sim LS spine (palliative)"]),
    "cbct_hn": (2, ["CBCT H&N"]),
    "cbct_pelvis": (2, ["CBCT Pelvis"]),
    "rtimg_chest": (1, ["Portal imaging Thorax"]),
    "ir_lung_bx": (2, ["CT guided biopsy {s} lung mass"]),
    "ir_neck_fna": (2, ["USG guided FNAC {s} cervical LN", "USG guided FNAC supraclavicular LN"]),
    "ir_liver_bx_us": (2, ["USG guided biopsy liver SOL"]),
    "ir_bone_bx": (1, ["CT guided biopsy iliac bone lesion"]),
    "ir_vert_bx": (1, ["CT guided biopsy D10 vertebra"]),
    "ir_ptbd": (2, ["PTBD (Ca GB)"]),
    "ir_tace": (1, ["TACE (HCC)"]),
    "ir_iliac_emb": (1, ["Bilateral internal iliac artery embolisation (Ca Cx bleed)"]),
    "ir_ascites": (1, ["USG guided ascitic tap"]),
    "ac_port": (3, ["Chemoport insertion", "Chemo port placement (Rt IJV)"]),
    "ac_picc": (2, ["PICC line insertion {s} arm"]),
    "mg_screen": (3, ["Mammography B/L", "MMG Bilateral", "Screening mammogram"]),
    "mg_diag": (2, ["Mammography {s} breast", "MMG {s}"]),
    "mr_breast": (2, ["MRI Breast B/L", "CEMRI Both Breasts"]),
    "us_breast": (2, ["Sono-mammography {s}", "USG {s} Breast"]),
    "us_breast_b": (2, ["Sono-mammography B/L"]),
    "us_axilla": (1, ["USG {s} axilla"]),
    "bx_us_breast": (2, ["USG guided Trucut biopsy {s} breast"]),
    "mg_wire": (1, ["Wire localisation {s} breast"]),
    "mg_spec": (1, ["Specimen radiograph {s} breast (BCS)"]),
    "pd_ct_chest": (1, ["CECT Thorax (paed, osteosarcoma)"]),
    "pd_xr_femur": (1, ["X-RAY {s} FEMUR AP/LAT (paed)"]),
    "pd_pet": (1, ["PET-CT WB (paed, Hodgkin)"]),
    "pd_mr_femur": (1, ["MRI {s} thigh with knee (osteosarcoma)"]),
    "pd_us_abdo": (1, ["USG abdomen (paed)"]),
    "pd_xr_chest": (1, ["X-RAY CHEST AP (paed)"]),
    "sa_mr_thigh": (2, ["MRI {s} Thigh (STS)", "CEMRI {s} thigh"]),
    "sa_mr_leg": (1, ["MRI {s} Leg"]),
    "sa_mr_knee": (1, ["MRI {s} Knee (GCT)"]),
    "sa_mr_forearm": (1, ["MRI {s} forearm"]),
    "sa_xr_thigh": (1, ["X-RAY {s} FEMUR AP/LAT"]),
    "sa_xr_arm": (1, ["X-RAY {s} HUMERUS"]),
    "sa_xr_knee": (1, ["X-RAY {s} KNEE AP/LAT"]),
    "sa_xr_wrist": (1, ["X-RAY {s} WRIST AP/LAT (GCT distal radius)"]),
    "sa_xr_ankle": (1, ["X-RAY {s} ANKLE AP/LAT"]),
    "sa_xr_forearm": (1, ["X-RAY {s} FOREARM"]),
    "sa_xr_elbow": (1, ["X-RAY {s} ELBOW"]),
    "sa_mr_foot": (1, ["MRI {s} Foot"]),
    "sa_xr_shoulder": (1, ["X-RAY {s} SHOULDER AP (pathological #?)"]),
    "sa_mr_hand": (1, ["MRI {s} Hand"]),
}
SITES = {
    "ca-cancer": ("cancer centre, Canada (Ontario and Quebec campuses)", "en", 195),
    "nl-cancer": ("cancer institute, Netherlands", "nl", 190),
    "es-onc": ("oncology hospital, Spain (Catalonia and Valencia)", "es", 190),
    "kr-cancer": ("university cancer centre, Korea", "ko", 190),
    "in-cancer": ("tertiary cancer hospital, India", "in", 190),
}

# ---------------------------------------------------------------- helpers


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.v = {k: rng.choice(vs) for k, vs in VENDORS[site].items()}

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x


def asciify(text):
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fill(cx, lang, text, side):
    """The study description with its side word in the language it is written in."""
    table = SIDE[lang]

    def sub(m):
        kind, fem = m.group(1), m.group(2) == ":f"
        if kind == "b":
            return cx.c(table["B"])
        full, ab = table[side]
        if kind == "s" or (kind == "x" and cx.p(0.4)):
            return cx.c(ab)
        return full[1 if fem else 0]
    return re.sub(r"\{([xsb])(:f)?\}", sub, text)


def study_text(cx, site, key, side):
    _w, texts = TXT[site][key]
    t = cx.c(texts)
    base = SITES[site][1]
    lang = base
    if "|" in t:
        lang, t = t.split("|", 1)
    t = fill(cx, lang, t, side)
    if lang in ("fr", "es", "cat") and cx.p(0.2):
        t = asciify(t).upper()
    elif lang in ("en", "in", "nl") and cx.p(0.15):
        t = t.upper()
    return t


def S(meta, labels, lat, why, img=True):
    labels = list(labels)
    if not set(labels) & SIDED:
        lat = None
    return {"meta": meta, "labels": labels, "laterality": lat, "why": why, "img": img}


def mk(cx, dev, modality, sop, desc, **kw):
    make, model, _style = cx.v[dev]
    m = {"Modality": modality, "SOPClassUID": SOP[sop], "Manufacturer": make, "ManufacturerModelName": model}
    if desc is not None:
        m["SeriesDescription"] = desc
    m.update({k: v for k, v in kw.items() if v is not None})
    return m


def style(cx, dev):
    return cx.v[dev][2]


def dose_page(cx, dev="CT"):
    st = style(cx, dev)
    if cx.p(0.5):
        return S(mk(cx, dev, "SR", "DOSESR", cx.c(["Dose Report", "Radiation Dose Report", "X-Ray Radiation Dose SR"])), [], None,
                 "radiation dose structured report: no image", img=False)
    name = {"siemens": "Patient Protocol", "ge": "Dose Report", "philips": "Dose Info", "canon": "Dose Info",
            "uih": "Dose Report"}.get(st, "Dose Report")
    return S(mk(cx, dev, "CT", "SC", name, ImageType="DERIVED\\SECONDARY\\OTHER"), [], None, "dose page: a text screen, no anatomy", img=False)


def scout_name(cx, st):
    return {"siemens": cx.c(["Topogram  0.6  T20f", "Topogram  0.6  T80s", "Topogram"]), "ge": cx.c(["Scout", "SCOUT", "3 Plane Scout"]),
            "philips": "Surview", "canon": "Scanogram", "uih": "Topo"}.get(st, "Scout")


def ct_recon(cx, st, tok, thick, kernel_kind="soft", phase=None):
    tk = f"{thick:.2f}".rstrip("0") if thick == 1.25 else f"{thick:.1f}"
    if st == "siemens":
        k = {"soft": cx.c(["Br40", "Br36", "Qr40", "B30f"]), "lung": cx.c(["Bl57", "Br60", "B70f"]), "bone": "Br64"}[kernel_kind]
        name = f"{tok or cx.c(['Body', 'Abdomen', 'Thorax'] if kernel_kind != 'lung' else ['Thorax', 'Lung'])}  {tk}  {k}  3"
        if phase:
            name = f"{phase} {name}"
    elif st == "ge":
        k = {"soft": cx.c(["STANDARD", "SOFT"]), "lung": "LUNG", "bone": "BONE"}[kernel_kind]
        name = f"{tk}mm {k[:4] if k != 'LUNG' else 'Lung'}" + (f" {tok}" if tok and cx.p(0.5) else "")
        if phase:
            name = f"{phase} {name}"
    elif st == "philips":
        k = {"soft": cx.c(["B", "C"]), "lung": "L", "bone": "D"}[kernel_kind]
        name = cx.c([f"iDose 4 {'Lung' if kernel_kind == 'lung' else 'Standard'}({k})", f"{tok or 'Body'} {tk}mm"])
        if phase:
            name = f"{phase} {name}"
    elif st == "canon":
        k = {"soft": cx.c(["FC08", "FC13", "FC03"]), "lung": "FC52", "bone": "FC30"}[kernel_kind]
        name = cx.c([f"AXIAL {tk}", f"CE {tk}", f"{tok or 'Body'} {tk}"]) if kernel_kind != "lung" else f"LUNG {tk}"
        if phase:
            name = f"{phase} {tk}"
    else:
        k = {"soft": "B_SOFT_B", "lung": "B_LUNG_A", "bone": "B_BONE"}[kernel_kind]
        name = f"{tok or 'Body'} {tk}mm"
    return name, k


# ---------------------------------------------------------------- builders: each returns the study's series


def b_ct(cx, key, labels, side, kw, dev="CT"):
    st = style(cx, dev)
    why = kw["why"]
    ser = [S(mk(cx, dev, "CT", "CT", scout_name(cx, st), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, side,
             f"scout of the {why}")]
    if kw.get("split"):
        n, k = ct_recon(cx, st, cx.c(["Head", "Brain", None]), 5.0)
        ser.append(S(mk(cx, dev, "CT", "CT", n, ConvolutionKernel=k, SliceThickness="5"), ["HEAD"], None, "head part of a brain + body CT"))
        n, k = ct_recon(cx, st, cx.c(["Body", "CAP", None]), 3.0)
        ser.append(S(mk(cx, dev, "CT", "CT", n, ConvolutionKernel=k, SliceThickness="3"), CAP, None,
                     "body part of a brain + body CT: chest, abdomen, pelvis"))
    else:
        tok = cx.c(kw.get("tok", [None])) if cx.p(0.55) else None
        if kw.get("phases"):
            for ph in cx.c([["Arterial", "Portal"], ["Non Contrast", "Arterial", "Portal Venous", "Delayed"], ["Art", "PV", "Del"]]):
                thick = cx.c([1.0, 2.5, 3.0])
                n, k = ct_recon(cx, st, tok, thick, phase=ph)
                ser.append(S(mk(cx, dev, "CT", "CT", n, ConvolutionKernel=k, SliceThickness=str(thick)), labels, side, f"{ph} phase of the {why}"))
        else:
            for thick in cx.c([[1.0, 5.0], [2.5], [3.0, 1.0], [1.25, 5.0]]):
                n, k = ct_recon(cx, st, tok, thick)
                ser.append(S(mk(cx, dev, "CT", "CT", n, ConvolutionKernel=k, SliceThickness=str(thick),
                                ImageType="ORIGINAL\\PRIMARY\\AXIAL"), labels, side, f"axial recon of the {why}"))
        if "CHEST" in labels:
            n, k = ct_recon(cx, st, "Thorax" if st == "siemens" else None, 1.0, "lung")
            lab = ["CHEST"] if labels != ["CHEST"] else labels
            ser.append(S(mk(cx, dev, "CT", "CT", n, ConvolutionKernel=k, SliceThickness="1"), lab, side,
                         "lung-kernel recon limited to the thorax" if lab != labels else f"lung recon of the {why}"))
        if cx.p(0.3):
            ser.append(S(mk(cx, dev, "CT", "CT", cx.c(["Cor MPR 3mm", "Sag MPR", "MPR Coronal", "COR 3.0"]),
                            ImageType="DERIVED\\SECONDARY\\MPR"), labels, side, f"reformat of the {why}"))
    ser.append(dose_page(cx, dev))
    return ser


MRSEQ = {
    "brain": [("MPR", "sag"), ("FLAIR", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("T1C", "tra"), ("SWI", "tra"), ("PERF", "tra")],
    "prostate": [("T2", "tra"), ("T2", "sag"), ("T2", "cor"), ("DWI", "tra"), ("ADC", "tra"), ("DCE", "tra"), ("T1", "tra")],
    "rectum": [("T2", "sag"), ("T2", "tra"), ("T2", "cor"), ("DWI", "tra"), ("ADC", "tra")],
    "liver": [("DIXON", "tra"), ("T2FS", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("DCE", "tra"), ("HBP", "tra")],
    "gyn": [("T2", "sag"), ("T2", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("T1FSC", "sag")],
    "spine": [("T1", "sag"), ("T2", "sag"), ("STIR", "sag"), ("T2", "tra")],
    "hn": [("T1", "tra"), ("T2FS", "tra"), ("STIR", "cor"), ("DWI", "tra"), ("T1FSC", "tra"), ("T1FSC", "cor")],
    "mrcp": [("MRCP", "cor"), ("T2", "tra"), ("DIXON", "tra"), ("DWI", "tra")],
    "orbit": [("T1", "tra"), ("T2FS", "cor"), ("T1FSC", "tra"), ("T1FSC", "cor")],
    "wb": [("DWI", "tra"), ("STIR", "cor"), ("DIXON", "cor"), ("T1", "cor")],
    "limb": [("T1", "cor"), ("STIR", "cor"), ("T2FS", "tra"), ("T1", "tra"), ("T1FSC", "tra"), ("SUB", "tra")],
    "breast": [("T2", "tra"), ("DWI", "tra"), ("ADC", "tra"), ("DCE", "tra"), ("SUB", "tra"), ("MIP", "tra")],
    "breastbx": [("T1", "tra"), ("DCE", "tra"), ("SUB", "tra"), ("T1", "sag")],
    "pelvis": [("T1", "cor"), ("STIR", "cor"), ("T2", "tra"), ("T1FSC", "tra")],
}
MRNAME = {
    "siemens": {"T1": "t1_tse_{p}", "T2": "t2_tse_{p}", "T2FS": "t2_tse_fs_{p}", "STIR": "t2_tirm_{p}", "FLAIR": "t2_tirm_{p}_dark-fl",
                "DWI": "ep2d_diff_b50_800_{p}", "ADC": "ep2d_diff_b50_800_{p}_ADC", "T1C": "t1_mprage_{p}_post",
                "T1FSC": "t1_vibe_fs_{p}_post", "DCE": "t1_vibe_dyn_{p}", "MPR": "t1_mprage_sag_p2_iso", "SWI": "swi_{p}",
                "DIXON": "t1_vibe_dixon_{p}", "MRCP": "t2_space_cor_3d_mrcp", "HBP": "t1_vibe_fs_{p}_20min", "SUB": "t1_fl3d_dyn_SUB",
                "PERF": "ep2d_perf", "MIP": "t1_fl3d_dyn_SUB_MIP", "P": {"tra": "tra", "cor": "cor", "sag": "sag"}},
    "ge": {"T1": "{p} T1 FSE", "T2": "{p} T2 FRFSE", "T2FS": "{p} T2 FS", "STIR": "{p} STIR", "FLAIR": "{p} T2 FLAIR",
           "DWI": "{p} DWI b800", "ADC": "ADC (10^-6 mm²/s)", "T1C": "{p} T1 +C", "T1FSC": "{p} LAVA-Flex +C", "DCE": "{p} DISCO",
           "MPR": "Sag 3D BRAVO", "SWI": "{p} SWAN", "DIXON": "{p} LAVA-Flex", "MRCP": "3D MRCP", "HBP": "{p} LAVA HBP 20min",
           "SUB": "SUB {p} DISCO", "PERF": "PERFUSION", "MIP": "MIP SUB", "P": {"tra": "Ax", "cor": "Cor", "sag": "Sag"}},
    "philips": {"T1": "T1W_TSE_{p}", "T2": "T2W_TSE_{p}", "T2FS": "T2W_SPAIR_{p}", "STIR": "STIR_{p}", "FLAIR": "T2W_FLAIR_{p}",
                "DWI": "DWI_b0_800_{p}", "ADC": "dADC_{p}", "T1C": "3D_T1W_TFE_GD", "T1FSC": "T1W_mDIXON_GD_{p}", "DCE": "DCE_THRIVE",
                "MPR": "3D_T1W_TFE", "SWI": "SWIp", "DIXON": "T1W_mDIXON_{p}", "MRCP": "3D_MRCP", "HBP": "THRIVE_HBP_20min",
                "SUB": "SUB_DYN", "PERF": "PERF_DSC", "MIP": "MIP_SUB", "P": {"tra": "TRA", "cor": "COR", "sag": "SAG"}},
}
LOCNAME = {"siemens": ["localizer", "AAHead_Scout", "localizer_3plane"], "ge": ["3Plane Loc", "3-Pl Loc"], "philips": ["Survey", "SmartExam"]}


def mr_name(st, tok, plane):
    t = MRNAME[st]
    return t[tok].replace("{p}", t["P"][plane])


def b_mr(cx, key, labels, side, kw, dev="MR"):
    st = style(cx, dev)
    st = st if st in MRNAME else "siemens"
    why = kw["why"]
    locs = [n for n in LOCNAME[st] if "HEAD" in labels or "Head" not in n]
    ser = [S(mk(cx, dev, "MR", "MR", cx.c(locs), ScanningSequence="GR", ImageType="ORIGINAL\\PRIMARY\\M\\ND"), labels, side,
             f"localizer of the {why}")]
    seqs = MRSEQ[kw["seq"]]
    for tok, plane in seqs:
        name = mr_name(st, tok, plane)
        if kw.get("rt"):
            name = name + cx.c(["_RTP", " RTsim", "_planning"])
        scan = "EP" if tok in ("DWI", "ADC", "PERF") else "SE\\IR" if tok in ("STIR", "FLAIR") else "GR" if tok in (
            "DCE", "DIXON", "MPR", "SWI", "HBP", "SUB", "T1FSC", "MIP") else "SE"
        derived = tok in ("ADC", "SUB", "MIP")
        m = mk(cx, dev, "MR", "MR" if cx.p(0.7) else "EMR", name, ScanningSequence=scan,
               ImageType="DERIVED\\PRIMARY\\DIFFUSION\\ADC" if tok == "ADC" else "DERIVED\\PRIMARY\\SUBTRACT" if derived else "ORIGINAL\\PRIMARY\\M\\ND")
        if tok in ("T1C", "T1FSC", "DCE", "HBP") and cx.p(0.5):
            m["ContrastBolusAgent"] = cx.c(["Gadovist", "Dotarem", "Primovist" if tok == "HBP" else "Clariscan", "Gd"])
        ser.append(S(m, labels, side, f"{tok} series of the {why}; named by sequence only"))
    ptok = kw.get("ptok")
    for s in ser:
        if ptok and cx.p(0.5):
            s["meta"]["ProtocolName"] = cx.c(ptok)
        if side in ("L", "R") and cx.p(0.2):
            s["meta"]["Laterality"] = side
    return ser


TRACER = {"FDG": ["FDG", "F18 FDG", "18F-FDG"], "PSMA": ["PSMA", "PSMA-1007", "DCFPyL", "Ga68 PSMA"], "DOTA": ["DOTATATE", "Ga68 DOTA", "DOTANOC"],
          "FES": ["FES"], "FAPI": ["FAPI-46", "Ga68 FAPI"], "CHOL": ["Colina", "F18 Choline"], "FET": ["FET"]}


def b_pet(cx, key, labels, side, kw):
    st = style(cx, "PET")
    why = kw["why"]
    tr = cx.c(TRACER[kw["tracer"]])
    ser = [S(mk(cx, "PET", "CT", "CT", scout_name(cx, st), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, None, f"scout of the {why}")]
    reg = "Brain" if kw.get("brain") else "HN" if kw.get("hn") else cx.c(["WB", "Whole Body", "Torso", ""])
    if st == "siemens":
        names = [(f"AC CT {reg} 3.0 B19f".replace("  ", " "), "CT", "CT"), (f"PET {reg} AC".replace("  ", " "), "PT", "PT"),
                 (f"PET {reg} NAC".replace("  ", " "), "PT", "PT"), ("PET MIP", "PT", "PT"), (f"{tr} {reg} AC", "PT", "PT")]
    elif st == "ge":
        names = [("CTAC 3.75 Thick", "CT", "CT"), (f"{reg} 3D MAC".strip(), "PT", "PT"), ("PET NAC", "PT", "PT"), ("MIP", "PT", "PT"),
                 (f"{tr} {reg} QCFX".strip(), "PT", "PT")]
    elif st == "philips":
        names = [("CTAC", "CT", "CT"), ("PET AC 3D", "PT", "PT"), ("PET NAC", "PT", "PT"), ("MIP", "PT", "PT")]
    else:
        names = [("CTAC 2mm", "CT", "CT"), ("PET AC", "PT", "PT"), ("PET NAC", "PT", "PT"), ("PET MIP", "PT", "PT")]
    for n, mod, sop in names:
        ser.append(S(mk(cx, "PET", mod, sop, n, ImageType="DERIVED\\PRIMARY" if "MIP" in n else "ORIGINAL\\PRIMARY"), labels, None,
                     f"{'CT' if mod == 'CT' else 'PET'} series of the {why}"))
    if labels == WB and cx.p(0.45):
        n, k = ct_recon(cx, st if st in ("siemens", "ge", "philips") else "ge", "Thorax", 1.0, "lung")
        ser.append(S(mk(cx, "PET", "CT", "CT", f"Lung {n}" if st != "siemens" else n, ConvolutionKernel=k), ["CHEST"], None,
                     "dedicated thorax lung recon of a PET/CT"))
    if labels == WB and kw["tracer"] == "FDG" and cx.p(0.3):
        ser.append(S(mk(cx, "PET", "PT", "PT", cx.c(["PET Brain AC", "Brain 3D MAC", "FDG Brain"])), ["HEAD"], None,
                     "separate brain bed of an FDG PET: head only"))
    if cx.p(0.5):
        ser.append(S(mk(cx, "PET", "CT", "CT", cx.c(["CT Diagnostic 3mm", "CT Portal Venous 2.5", "CT C+ 3.0 Br40"]), ContrastBolusAgent="Omnipaque"),
                     labels, None, f"diagnostic contrast CT of the {why}"))
    ser.append(S(mk(cx, "PET", "OT", "SC", cx.c(["Fused PET/CT", "Fusion", "PET/CT Fusion SC"]), ImageType="DERIVED\\SECONDARY"), labels, None,
                 f"fused screen capture of the {why}"))
    ser.append(S(mk(cx, "PET", "SR", "RRDSR", cx.c(["Radiopharmaceutical Dose", "PET Dose Report"])), [], None,
                 "radiopharmaceutical dose SR: no image", img=False))
    ser.append(dose_page(cx, "PET"))
    return ser


def b_petmr(cx, key, labels, side, kw):
    why = kw["why"]
    tr = cx.c(TRACER[kw["tracer"]])
    ser = [S(mk(cx, "PETMR", "MR", "MR", cx.c(["localizer", "Scout"])), labels, None, f"localizer of the {why}"),
           S(mk(cx, "PETMR", "MR", "MR", cx.c(["Dixon_AC_in", "MRAC_Dixon_W", "UTE_AC_pCT"])), labels, None, f"attenuation map of the {why}"),
           S(mk(cx, "PETMR", "PT", "PT", f"{tr} PET AC"), labels, None, f"PET of the {why}"),
           S(mk(cx, "PETMR", "PT", "PT", "PET NAC"), labels, None, f"PET of the {why}")]
    for tok, plane in MRSEQ[kw["seq"]][:4]:
        ser.append(S(mk(cx, "PETMR", "MR", "MR", mr_name("siemens", tok, plane)), labels, None, f"MR series of the {why}"))
    ser.append(S(mk(cx, "PETMR", "SR", "RRDSR", "Radiopharmaceutical Dose"), [], None, "dose SR: no image", img=False))
    return ser


NM_SERIES = {
    "bone": [("WB ANT", None), ("WB POST", None), ("Whole Body", None), ("SPOT PELVIS", ["PELVIS"]), ("SPOT SKULL LAT", ["HEAD"]),
             ("SPOT THORAX POST", ["CHEST"]), ("SPECT L-SPINE", ["LSPINE"]), ("SPOT KNEES ANT", ["KNEE"]), ("CTAC SPECT/CT T-Spine", ["TSPINE"])],
    "sln": [("Dynamic", None), ("Static ANT 5min", None), ("Static LAT", None), ("SPECT/CT", None)],
    "muga": [("MUGA LAO Gated", None), ("MUGA ANT", None), ("LVEF Results", "page")],
    "i131": [("WB ANT I-131", None), ("WB POST I-131", None), ("SPECT/CT NECK", ["NECK"])],
    "lu177": [("WB 24h Lu-177", None), ("WB 4h", None), ("SPECT/CT ABDO", ["ABDOMEN"])],
    "reno": [("Dynamic Renal POST", None), ("Renogram", None), ("Results", "page")],
    "thyroid": [("Thyroid ANT Pinhole", None), ("Thyroid ANT", None)],
    "maa": [("ANT/POST Planar", None), ("SPECT/CT Liver", ["ABDOMEN"]), ("Lung Shunt Fraction", "page")],
    "mibg": [("WB 24H ANT", None), ("WB 24H POST", None), ("SPECT/CT ABDO", ["ABDOMEN"])],
}


def b_nm(cx, key, labels, side, kw):
    why = kw["why"]
    ser = []
    for name, lab in NM_SERIES[kw["nm"]]:
        if lab == "page":
            ser.append(S(mk(cx, "NM", "OT", "SC", name, ImageType="DERIVED\\SECONDARY\\OTHER"), [], None,
                         "processing result page with curves and numbers: no anatomy", img=False))
            continue
        if lab is None:
            ser.append(S(mk(cx, "NM", "NM", "NM", name, ImageType="ORIGINAL\\PRIMARY\\WHOLE BODY" if "WB" in name or "Whole" in name else
                            "ORIGINAL\\PRIMARY\\STATIC"), labels, side, f"{name.lower()} of the {why}"))
        else:
            lat = "B" if lab == ["KNEE"] else None
            mod = "CT" if name.startswith("CTAC") else "NM"
            ser.append(S(mk(cx, "NM", mod, "CT" if mod == "CT" else "NM", name), lab, lat, f"regional view of a nuclear medicine study: {'/'.join(lab).lower()}"))
    return ser


def b_rtct(cx, key, labels, side, kw):
    st = style(cx, "SIM")
    why = kw["why"]
    tok = cx.c(kw.get("tok", ["RT"]))
    ser = [S(mk(cx, "SIM", "CT", "CT", scout_name(cx, st), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, side, f"scout of the {why}")]
    pos = cx.c(["HFS", "HFS", "FFS"]) if "HEAD" not in labels else "HFS"
    base = cx.c([f"RTP {tok} 2mm", f"Sim {tok} 3mm", "Planning CT", f"{tok} Planning 2.0", "CT_SIM"])
    ser.append(S(mk(cx, "SIM", "CT", "CT", base, SliceThickness=cx.c(["2", "2.5", "3"]), PatientPosition=pos), labels, side, f"planning recon of the {why}"))
    if kw.get("fourd"):
        for ph in cx.c([["0%", "50%", "MIP", "AVG"], ["4D 0%", "4D 50%", "MIP", "AveIP"], ["Phase 10", "Phase 60", "MIP"]]):
            ser.append(S(mk(cx, "SIM", "CT", "CT", f"{tok} {ph}" if cx.p(0.5) else ph, ImageType="DERIVED\\SECONDARY" if "M" in ph or "A" in ph else
                            "ORIGINAL\\PRIMARY\\AXIAL"), labels, side, f"4D phase or projection of the {why}"))
    if kw.get("dibh"):
        ser.append(S(mk(cx, "SIM", "CT", "CT", cx.c(["DIBH", "Breath Hold", "FB"])), labels, side, f"breath-hold scan of the {why}"))
    if kw.get("brachy"):
        ser.append(S(mk(cx, "SIM", "CT", "CT", cx.c(["Applicator 1mm", "Brachy Fx1", "Ring+Tandem"])), labels, side, f"applicator scan of the {why}"))
    tps = cx.v["TPS"]
    for mod, sop, names, what in [("RTSTRUCT", "RTSTRUCT", ["RTSTRUCT", "RS: Unapproved Structure Set", "Structure Set", "ARIA RadOnc Structure Sets"],
                                   "structure set"),
                                  ("RTPLAN", "RTPLAN", ["RTPLAN", "RP: VMAT", "ARIA RadOnc Plans", "Plan"], "treatment plan"),
                                  ("RTDOSE", "RTDOSE", ["RTDOSE", "RD: Plan Dose", "Dose"], "dose grid")]:
        m = {"Modality": mod, "SOPClassUID": SOP[sop], "Manufacturer": tps[0], "ManufacturerModelName": tps[1], "SeriesDescription": cx.c(names)}
        ser.append(S(m, [], None, f"RT {what}: no image of the patient", img=False))
    ser.append(dose_page(cx, "SIM"))
    return ser


def b_cbct(cx, key, labels, side, kw):
    make, model, st = cx.v["LINAC"]
    why = kw["why"]
    tok = cx.c(kw.get("tok", [""]))
    ser = []
    if st == "varian":
        names = [f"CBCT {tok}", "CBCT", f"kV CBCT_{tok.replace(' ', '')}", f"CBCT Fx{cx.rng.randint(1, 35)}"]
    elif st == "elekta":
        names = ["XVI Volume", f"XVI {tok}", "CBCT", "Reconstructed Volume"]
    else:
        names = ["MVCT", f"MVCT {tok}", "MVCT Fx" + str(cx.rng.randint(1, 30))]
    for n in cx.rng.sample(names, 2):
        ser.append(S({"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": n,
                      "ImageType": "ORIGINAL\\PRIMARY\\AXIAL"}, labels, side, f"{why}; treatment-room volume"))
    ser.append(S({"Modality": "REG", "SOPClassUID": SOP["REG"], "Manufacturer": make, "SeriesDescription": cx.c(["Registration", "Spatial Registration"])},
                 [], None, "spatial registration object: no image", img=False))
    ser.append(S({"Modality": "RTRECORD", "SOPClassUID": SOP["RTRECORD"], "Manufacturer": make, "SeriesDescription": cx.c(["Treatment Record", "RT Beams Treatment Record"])},
                 [], None, "treatment record: no image", img=False))
    return ser


def b_rtimage(cx, key, labels, side, kw):
    make, model, st = cx.v["LINAC"]
    why = kw["why"]
    ser = []
    for n in ["MV Portal AP", "kV Setup LAT", "kV AP", "DRR AP", "EPID Field 1"]:
        ser.append(S({"Modality": "RTIMAGE", "SOPClassUID": SOP["RTIMAGE"], "Manufacturer": make, "ManufacturerModelName": model,
                      "SeriesDescription": n}, labels, side, f"{why}: a projection image of the treated region"))
    ser.append(S({"Modality": "RTRECORD", "SOPClassUID": SOP["RTRECORD"], "Manufacturer": make, "SeriesDescription": "Treatment Record"},
                 [], None, "treatment record: no image", img=False))
    return ser


def b_mrl(cx, key, labels, side, kw):
    make, model, st = cx.v["MRL"]
    why = kw["why"]
    names = ["3D T2 MRL", "T2 3D tra Fx" + str(cx.rng.randint(1, 5)), "DWI_MRL", "Cine sag", "mDIXON_MRL"] if st == "philips" else \
        ["TRUFI 3D", "0.35T TRUFI Fx" + str(cx.rng.randint(1, 5)), "Cine Sag"]
    ser = [S({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": n},
             labels, side, f"{why}; sequence-only names") for n in names]
    ser.append(S({"Modality": "RTPLAN", "SOPClassUID": SOP["RTPLAN"], "Manufacturer": "Elekta" if st == "philips" else make,
                  "SeriesDescription": "Adapted Plan"}, [], None, "adapted plan: no image", img=False))
    return ser


def b_ctbx(cx, key, labels, side, kw):
    st = style(cx, "CT")
    why = kw["why"]
    ser = [S(mk(cx, "CT", "CT", "CT", scout_name(cx, st), ImageType="ORIGINAL\\PRIMARY\\LOCALIZER"), labels, side, f"scout of the {why}")]
    names = {"siemens": ["i-Sequence 2.0 Br40", "Biopsy  3.0  Br40", "CARE Vision"], "ge": ["Biopsy 2.5mm", "SmartView", "Intermittent"],
             "philips": ["Biopsy Mode", "CT Fluoro", "Planning 2mm"], "canon": ["CT Fluoro", "Biopsy 2.0", "Helical 2.0"]}.get(st, ["Biopsy"])
    if kw.get("ablate"):
        names = names + ["Post ablation C+", "Needle position", "Ice ball"]
    for n in cx.rng.sample(names, 3):
        ser.append(S(mk(cx, "CT", "CT", "CT", n), labels, side, f"{why}: needle images"))
    ser.append(dose_page(cx, "CT"))
    return ser


def b_us(cx, key, labels, side, kw):
    make, model, st = cx.v["US"]
    why = kw["why"]
    ser = []
    presets = kw.get("preset", ["US"])
    for i in range(3):
        mf = cx.p(0.3)
        m = {"Modality": "US", "SOPClassUID": SOP["USMF" if mf else "US"], "Manufacturer": make, "ManufacturerModelName": model}
        if cx.p(0.7):
            m["SeriesDescription"] = cx.c(presets) + (cx.c([" Biopsy", " Needle", " Post"]) if kw.get("biopsy") and i else "")
        if mf:
            m["NumberOfFrames"] = str(cx.rng.randint(40, 300))
        ser.append(S(m, labels, side, f"{why}; ultrasound images"))
    if cx.p(0.4):
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["CSR"], "Manufacturer": make, "SeriesDescription": cx.c(["US Measurements", "Worksheet"])},
                     [], None, "ultrasound measurement report: no image", img=False))
    return ser


def b_xa(cx, key, labels, side, kw):
    make, model, st = cx.v["XA"]
    why = kw["why"]
    ser = []
    for r in cx.rng.sample(kw["runs"], min(3, len(kw["runs"]))):
        ser.append(S({"Modality": "XA", "SOPClassUID": SOP["XA"], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": r,
                      "NumberOfFrames": str(cx.rng.randint(8, 60))}, labels, side, f"{why}: angiographic run"))
    ser.append(S({"Modality": "SR", "SOPClassUID": SOP["DOSESR"], "Manufacturer": make, "SeriesDescription": "Radiation Dose Report"}, [], None,
                 "dose SR of the angiography: no image", img=False))
    return ser


def b_rf(cx, key, labels, side, kw):
    make, model, st = cx.v["RF"]
    why = kw["why"]
    ser = []
    sub = kw.get("sub", {})
    for n in cx.rng.sample(kw["names"], min(3, len(kw["names"]))):
        lab = sub.get(n, labels)
        ser.append(S({"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": n},
                     lab, side, f"{why}: fluoroscopy store" if lab == labels else "tip-position spot of a line placement: chest only"))
    ser.append(S({"Modality": "SR", "SOPClassUID": SOP["DOSESR"], "Manufacturer": make, "SeriesDescription": "Dose Report"}, [], None,
                 "fluoroscopy dose SR: no image", img=False))
    return ser


def b_dx(cx, key, labels, side, kw):
    make, model, st = cx.v["DX"]
    why = kw["why"]
    mod = "CR" if "FCR" in model else "DX"
    ser = []
    for vname, vp in kw["views"]:
        part = kw["part"]
        desc = cx.c([f"{part} {vname}", f"{part.capitalize()} {vname}", vname])
        m = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": desc,
             "ViewPosition": vp}
        if side in ("L", "R") and cx.p(0.35):
            m["ImageLaterality" if cx.p(0.5) else "Laterality"] = side
        ser.append(S(m, labels, side, f"{why}: {vname} view"))
    return ser


def b_mg(cx, key, labels, side, kw):
    make, model, st = cx.v["MG"]
    why = kw["why"]
    typ = kw["mg"]
    ser = []

    def img(s, view, extra="", sop="MG", vp=None, lat_label=None):
        if st == "hologic":
            d = f"{s} {view}{extra}"
        elif st == "fuji":
            d = f"{s}{view}{extra}"
        elif st == "siemens":
            d = f"{s}{view}{extra}"
        else:
            d = f"{s} {view}{extra}"
        m = {"Modality": "MG", "SOPClassUID": SOP[sop], "Manufacturer": make, "ManufacturerModelName": model, "SeriesDescription": d,
             "ImageLaterality": s, "ViewPosition": vp or view.split()[0], "BodyPartExamined": "BREAST"}
        if cx.p(0.3):
            m["AnatomicRegionSequence"] = [{"CodeValue": "76752008", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Breast"}]
        return S(m, ["BREAST"], lat_label or s, f"{why}: image of the {'right' if s == 'R' else 'left'} breast")

    if typ in ("screen", "cem"):
        for s in "RL":
            for v in ("CC", "MLO"):
                ser.append(img(s, v, cx.c(["", "", " C-View"]) if typ == "screen" and st == "hologic" else ""))
                if typ == "cem":
                    ser.append(img(s, v, cx.c([" Recombined", " LE", " CESM"])))
        if typ == "screen" and st == "hologic":
            ser.append(img(cx.c("RL"), "CC", " Tomosynthesis Reconstruction", sop="BTO"))
    else:
        s = side
        views = {"diag": ["CC", "MLO", "ML", "XCCL", "CC Spot Mag"], "tomo": ["CC", "MLO"], "wire": ["CC", "ML", "CC Post"],
                 "spec": ["Specimen", "Specimen Mag"], "stereo": ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Post Clip"]}[typ]
        for v in views:
            vp = "CC" if v.startswith("CC") or v.startswith("Stereo") or v in ("Scout", "Post Fire", "Post Clip") else "MLO" if v == "MLO" else "ML" \
                if v == "ML" else "XCCL" if v == "XCCL" else ""
            ser.append(img(s, v, " Tomosynthesis Reconstruction" if typ == "tomo" and cx.p(0.5) else "", sop="BTO" if typ == "tomo" else "MG", vp=vp or "SPECIMEN"))
    if cx.p(0.3):
        ser.append(S({"Modality": "SR", "SOPClassUID": SOP["ESR"], "Manufacturer": make, "SeriesDescription": cx.c(["CAD SR", "Mammography CAD SR"])},
                     [], None, "CAD structured report: no image", img=False))
    return ser


BUILD = {"ct": b_ct, "mr": b_mr, "pet": b_pet, "petmr": b_petmr, "nm": b_nm, "rtct": b_rtct, "cbct": b_cbct, "rtimage": b_rtimage, "mrl": b_mrl,
         "ctbx": b_ctbx, "us": b_us, "xa": b_xa, "rf": b_rf, "dx": b_dx, "mg": b_mg}

# objects filed with a study that show no patient: (modality, sop, descriptions, why)
NOANAT = [
    ("KO", "KO", ["Key Images", "Key Object Selection", "KEY IMAGES TUMOUR BOARD"], "key object selection: a list of references, no image"),
    ("PR", "PR", ["Presentation State", "GSPS", "Annotations"], "presentation state: display settings, no image"),
    ("DOC", "PDF", ["Scanned Requisition", "Consent form", "Treatment Summary PDF"], "encapsulated document"),
    ("OT", "SC", ["Scanned Document", "Requisition scan", "Protocol page"], "scanned paper page"),
    ("SR", "CSR", ["RECIST Measurements", "Tumour Measurement Report", "Lesion tracking SR"], "measurement report: numbers, no image"),
    ("CT", "CT", ["Catphan QA", "Daily QA Phantom", "CBCT QA"], "phantom scan: no patient anatomy"),
    ("PT", "PT", ["Daily QC Ge-68", "Phantom Normalisation"], "PET phantom quality control: no patient"),
    ("NM", "NM", ["Uniformity Flood", "QC Extrinsic Flood"], "gamma camera flood quality control: no patient"),
]


def noanat(cx):
    mod, sop, descs, why = cx.c(NOANAT)
    dev = {"CT": "CT", "PT": "PET", "NM": "NM"}.get(mod, "CT")
    make = cx.v[dev][0] if mod in ("CT", "PT", "NM") else cx.c([cx.v["CT"][0], "PACS", cx.v["TPS"][0]])
    return {"Modality": mod, "SOPClassUID": SOP[sop], "Manufacturer": make, "SeriesDescription": cx.c(descs)}, why


def plain(meta):
    return dict(meta)


def bpe_for(cx, kw, labels):
    """BodyPartExamined as the study's protocol fills it: missing in about a third, sometimes coarse
    or copied from the wrong organ."""
    opts = kw.get("bpe")
    if not opts or cx.p(0.36):
        return None
    return opts[0] if cx.p(0.6) else cx.c(opts)


def make_study(cx, site, key):
    stratum, kind, labels, sidespec, kw = E[key]
    side = None
    if sidespec == "S":
        side = cx.c("LR")
    elif sidespec == "B":
        side = "B"
    sd = study_text(cx, site, key, side or "R")
    ser = BUILD[kind](cx, key, labels, side, kw)
    bpe = bpe_for(cx, kw, labels)
    for s in ser:
        m = s["meta"]
        if not s["img"]:
            continue
        if m.get("Modality") == "MG":
            if cx.p(0.3):
                m.pop("BodyPartExamined", None)
            continue
        if bpe:
            m["BodyPartExamined"] = bpe
    return stratum, sd, ser


def build():
    rng = random.Random(SEED)
    rows = []
    for site in SITES:
        _kind, _lang, target = SITES[site]
        keys = sorted(TXT[site])
        # limb and bone tumours and children weigh a little more than their list weight
        wts = [TXT[site][k][0] * (1.6 if k.startswith("sa_") else 1.4 if k.startswith("pd_") else 1) for k in keys]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            key = rng.choices(keys, wts)[0]
            stratum, sd, ser = make_study(cx, site, key)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            # planning objects (structure sets, plans, dose grids, records) come along more often
            if extras and rng.random() < (0.3 if E[key][1] in ("rtct", "cbct", "mrl") else 0.08):
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
                if rng.random() < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                if rng.random() < 0.1:
                    meta["PerformedProcedureStepDescription"] = sd
                rows.append(row)
                n_site += 1
            if rng.random() < 0.03:
                meta, why = noanat(cx)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
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
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))]:
        c = Counter(f(r) for r in rows)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
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
