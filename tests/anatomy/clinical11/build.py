#!/usr/bin/env python3
"""Writes tests/anatomy/data/clinical_set_11.jsonl: the eleventh blind clinical anatomy set.

An Asia-Pacific university hospital network and its health-check (screening) centres during one
month: a Japanese university hospital and a ningen-dock centre, a Korean university hospital and a
health-screening centre, a mainland Chinese tertiary hospital, a Taiwanese medical centre, a Hong
Kong public hospital, a Singapore general hospital, a Malaysian state hospital, an Indian private
hospital chain and a Thai university hospital.

Each study template below is what one of those sites' RIS and scanners write for one kind of exam
(study description variants, vendor and model, the series the scanner makes); every series is
labelled by hand with what it images under the rules of the shared anatomy spec. The generator only
picks variants, sides and which header fields a given system left empty, with a fixed seed, so the
file is reproducible. Standard library only.

    python tests/anatomy/clinical11/build.py            # (re)write the file
    python tests/anatomy/clinical11/build.py --check    # exit 1 when the file differs
    python tests/anatomy/clinical11/build.py --summary  # print the counts
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 20110611
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_11.jsonl"

WB = "HEAD NECK CHEST ABDOMEN PELVIS"
CAP = "CHEST ABDOMEN PELVIS"
AP = "ABDOMEN PELVIS"
HN = "HEAD NECK"
SPINE = "CSPINE TSPINE LSPINE"
RUNOFF = "THIGH KNEE LEG"

# SOP classes of the objects that are not ordinary images of the modality.
SC = "1.2.840.10008.5.1.4.1.1.7"
DOSE_SR = "1.2.840.10008.5.1.4.1.1.88.67"
ENH_SR = "1.2.840.10008.5.1.4.1.1.88.22"
COMP_SR = "1.2.840.10008.5.1.4.1.1.88.33"
KOS = "1.2.840.10008.5.1.4.1.1.88.59"
GSPS = "1.2.840.10008.5.1.4.1.1.11.1"
PDF = "1.2.840.10008.5.1.4.1.1.104.1"
BTO = "1.2.840.10008.5.1.4.1.1.13.1.3"
MG_P = "1.2.840.10008.5.1.4.1.1.1.2"
DX_P = "1.2.840.10008.5.1.4.1.1.1.1"
IO_P = "1.2.840.10008.5.1.4.1.1.1.3"
CR_I = "1.2.840.10008.5.1.4.1.1.1"

LOC = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
AX = ["ORIGINAL", "PRIMARY", "AXIAL"]
REF = ["DERIVED", "SECONDARY", "REFORMATTED"]
MIP = ["DERIVED", "SECONDARY", "MIP"]
DER = ["DERIVED", "SECONDARY"]
SCREEN = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
ADC = ["DERIVED", "PRIMARY", "DIFFUSION", "ADC"]

VENDORS = {
    # Japan
    "canon1": ("CANON_MEC", "Aquilion ONE"), "canon_p": ("CANON_MEC", "Aquilion Prime SP"),
    "canon_l": ("CANON_MEC", "Aquilion Lightning"), "toshiba": ("TOSHIBA", "Aquilion"),
    "canon_mr": ("CANON_MEC", "Vantage Orian"), "canon_elan": ("Canon Medical Systems", "Vantage Elan"),
    "canon_us": ("CANON_MEC", "Aplio i700"), "canon_xa": ("CANON_MEC", "Alphenix"),
    "fuji_ct": ("FUJIFILM Healthcare Corporation", "SCENARIA View"), "hitachi_ct": ("Hitachi, Ltd.", "Supria"),
    "fuji_mr": ("FUJIFILM Healthcare Corporation", "ECHELON Smart"), "hitachi_mr": ("Hitachi Medical Corporation", "ECHELON_OVAL"),
    "hitachi_oasis": ("Hitachi Medical Corporation", "OASIS"),
    "fdr": ("FUJIFILM Corporation", "FDR D-EVO II"), "fcr": ("FUJIFILM Corporation", "FCR PROFECT CS"),
    "amulet": ("FUJIFILM Corporation", "AMULET Innovality"), "arietta": ("FUJIFILM Healthcare Corporation", "ARIETTA 65"),
    "konica": ("KONICA MINOLTA", "AeroDR"), "konica_us": ("KONICA MINOLTA", "SONIMAGE HS1"),
    "shimadzu_rf": ("SHIMADZU Corp.", "SONIALVISION G4"), "shimadzu_dr": ("SHIMADZU Corp.", "RADspeed Pro"),
    "shimadzu_xa": ("SHIMADZU Corp.", "Trinias"), "morita": ("J.MORITA.MFG.CORP", "Veraviewepocs 3D R100"),
    "hologic": ("HOLOGIC", "Horizon A"), "lunar": ("GE Healthcare", "Lunar Prodigy"),
    # Korea
    "samsung_dr": ("Samsung Electronics", "GM85"), "samsung_us": ("SAMSUNG MEDISON CO., LTD.", "RS85"),
    "drtech": ("DRTECH", "EVS 3643"), "vatech": ("VATECH", "PaX-i3D Green"), "vatech_io": ("VATECH", "EzSensor"),
    # China
    "uct": ("UIH", "uCT 760"), "umr": ("UIH", "uMR 780"), "umi": ("UIH", "uMI 780"), "neuviz": ("Neusoft Medical Systems", "NeuViz 128"),
    "mindray_us": ("Mindray", "Resona 7"), "mindray_dr": ("Mindray", "DigiEye 760"), "mindray_dc": ("Mindray", "DC-80"),
    "carestream": ("Carestream Health", "DRX-Evolution"),
    # Global vendors
    "force": ("SIEMENS", "SOMATOM Force"), "edge": ("SIEMENS", "SOMATOM Definition Edge"),
    "gox": ("Siemens Healthineers", "SOMATOM go.Top"), "vida": ("SIEMENS", "MAGNETOM Vida"),
    "skyra": ("SIEMENS", "Skyra"), "aera": ("SIEMENS", "Aera"), "sola": ("Siemens Healthineers", "MAGNETOM Sola"),
    "biograph": ("SIEMENS", "Biograph Vision 600"), "symbia": ("SIEMENS", "Symbia Intevo Bold"),
    "artis": ("Siemens", "Artis Q"), "mammomat": ("SIEMENS", "Mammomat Revelation"),
    "revo": ("GE MEDICAL SYSTEMS", "Revolution CT"), "ge64": ("GE MEDICAL SYSTEMS", "Optima CT660"),
    "wipro_ct": ("GE MEDICAL SYSTEMS", "Revolution ACTs"), "brivo": ("GE MEDICAL SYSTEMS", "Brivo CT385"),
    "signa": ("GE MEDICAL SYSTEMS", "SIGNA Architect"), "creator": ("GE MEDICAL SYSTEMS", "SIGNA Creator"),
    "explorer": ("GE MEDICAL SYSTEMS", "Signa HDxt"), "dmr": ("GE MEDICAL SYSTEMS", "Discovery MR750w"),
    "ge_pet": ("GE MEDICAL SYSTEMS", "Discovery MI"), "ge_nm": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"),
    "pristina": ("GE MEDICAL SYSTEMS", "Senographe Pristina"), "logiq": ("GE Healthcare", "LOGIQ E10"),
    "voluson": ("GE Healthcare", "Voluson E10"), "vivid": ("GE Vingmed Ultrasound", "Vivid E95"),
    "ge_dx": ("GE Healthcare", "Definium 656 HD"), "ge_xa": ("GE Healthcare", "Innova IGS 530"),
    "ingenia": ("Philips Medical Systems", "Ingenia"), "achieva": ("Philips Medical Systems", "Achieva"),
    "ict": ("Philips", "iCT 256"), "incisive": ("Philips", "Incisive CT"), "epiq": ("Philips Medical Systems", "EPIQ 7G"),
    "affiniti": ("Philips Ultrasound", "Affiniti 70"), "azurion": ("Philips Medical Systems", "Azurion"),
    "digitaldiag": ("Philips Medical Systems", "DigitalDiagnost"), "allengers": ("Allengers Medical Systems", "MARS 50"),
    "selenia": ("HOLOGIC, Inc.", "Selenia Dimensions"), "planmeca": ("Planmeca", "ProMax"), "carestream_d": ("Carestream Health", "CS 8100"),
    "agfa": ("Agfa", "DX-D 300"), "sonialvision": ("SHIMADZU Corp.", "SONIALVISION G4"),
}

# Side words as each site writes them: the token in a template, then (right, left).
SIDE_TOKENS = {
    "{J}": ("右", "左"), "{Jk}": ("ﾐｷﾞ", "ﾋﾀﾞﾘ"), "{Jr}": ("MIGI", "HIDARI"),
    "{K}": ("우측", "좌측"), "{Ks}": ("(우)", "(좌)"), "{Kw}": ("오른쪽", "왼쪽"),
    "{C}": ("右", "左"), "{T}": ("ขวา", "ซ้าย"), "{M}": ("KANAN", "KIRI"),
    "{E}": ("RIGHT", "LEFT"), "{Ee}": ("Right", "Left"), "{e}": ("RT", "LT"), "{e2}": ("Rt", "Lt"),
    "{e3}": ("Rt.", "Lt."), "{e1}": ("R", "L"), "{tw}": ("R't", "L't"), "{S}": ("R", "L"),
}

STUDIES = []


def s(desc, labels="", lat=None, why=None, **meta):
    """One series of a template: its SeriesDescription (None: the scanner sent none), its labels
    (codes separated by spaces), laterality ("S": the side drawn for the study), why, and header
    overrides (bpe=None removes BodyPartExamined for this series)."""
    return {"desc": desc, "labels": labels.split(), "lat": lat, "why": why, "meta": meta}


def X(site, stratum, desc, mod, vendor, series, *, why, bpe=None, n=1, req=None, proto=None, extra=None,
      bpe_keep=None, study_p=None):
    """A study template: site, stratum, StudyDescription (a list: variants), modality, vendor key,
    series, the reason for its labels; ``n`` instances in the month."""
    STUDIES.append({"site": site, "stratum": stratum, "desc": desc if isinstance(desc, list) else [desc],
                    "mod": mod, "vendor": vendor, "series": series, "why": why, "bpe": bpe, "n": n, "req": req,
                    "proto": proto, "extra": extra or {}, "bpe_keep": bpe_keep, "study_p": study_p})


def dose(vendor_style="siemens"):
    """The dose object a CT scanner appends, as each vendor writes it."""
    if vendor_style == "siemens":
        return [s("Patient Protocol", "", why="dose/protocol page: no anatomy", Modality="CT", SOPClassUID=SC,
                  ImageType=["DERIVED", "SECONDARY", "OTHER", "CSA REPORT"], bpe=None),
                s("Dose Report", "", why="radiation dose SR: no anatomy", Modality="SR", SOPClassUID=DOSE_SR, bpe=None)]
    if vendor_style == "ge":
        return [s("Dose Report", "", why="dose screen capture: no anatomy", Modality="CT", SOPClassUID=SC,
                  ImageType=SCREEN)]
    if vendor_style == "canon":
        return [s("Dose Info", "", why="dose summary page: no anatomy", Modality="CT", SOPClassUID=SC,
                  ImageType=["DERIVED", "SECONDARY", "OTHER"], bpe=None)]
    if vendor_style == "philips":
        return [s("Dose Info", "", why="dose information page: no anatomy", Modality="CT", SOPClassUID=SC,
                  ImageType=["DERIVED", "SECONDARY", "DOSE_INFO"])]
    if vendor_style == "uih":
        return [s("Dose Report", "", why="dose report page: no anatomy", Modality="CT", SOPClassUID=SC, bpe=None),
                s("剂量报告", "", why="dose SR written in Chinese: no anatomy", Modality="SR", SOPClassUID=DOSE_SR, bpe=None)]
    return [s("Radiation Dose Report", "", why="dose SR: no anatomy", Modality="SR", SOPClassUID=DOSE_SR, bpe=None)]


# --------------------------------------------------------------------------------------------
# Japan: university hospital (Canon, Fujifilm/Hitachi, Shimadzu, Konica plus Siemens/GE)
# --------------------------------------------------------------------------------------------
J = "jp-univ"
X(J, "onc", ["CT 胸部～骨盤 造影", "ＣＴ　胸腹部骨盤（造影）", "CT胸腹骨盤造影"], "CT", "canon1", [
    s("Scanogram", CAP, ImageType=LOC, why="scanogram plans the chest-to-pelvis scan"),
    s("Body 5.0 CE", CAP, ConvolutionKernel="FC08", SliceThickness="5"),
    s("Lung 2.0 CE", CAP, ConvolutionKernel="FC52", SliceThickness="2", why="lung-window recon of the same chest-to-pelvis volume"),
    s("Vol. 0.5 FC08", CAP, ConvolutionKernel="FC08", SliceThickness="0.5", why="thin volume of the whole scan, no region in the name"),
    s("Cor 3.0", CAP, ImageType=REF, why="coronal reformat of chest-to-pelvis volume"),
] + dose("canon"), why="contrast CT chest to pelvis (staging)", bpe="CHEST", n=3, proto="胸部～骨盤 CE",
  req=["ＣＴ　胸部・腹部・骨盤　造影", "CT 胸腹部骨盤 造影 (術後フォロー)"])
X(J, "neuro", ["MR 頭部 単純", "ＭＲＩ　頭部", "MRI 頭部 (脳) 単純"], "MR", "canon_mr", [
    s("Locator", "HEAD", ImageType=LOC),
    s("T2W_FSE_TRA", "HEAD", SequenceName="FSE", ScanningSequence="SE", why="sequence-only name in a brain study"),
    s("FLAIR_TRA", "HEAD", SequenceName="FLAIR", ScanningSequence="IR"),
    s("DWI_b1000", "HEAD", SequenceName="SE_EPI", ScanningSequence="EP"),
    s("ADC", "HEAD", ImageType=ADC, why="derived ADC map of the brain DWI"),
    s("T2*_FE_TRA", "HEAD", SequenceName="FE", ScanningSequence="GR"),
    s("MRA_3D_TOF", "HEAD", SequenceName="FE3D", ScanningSequence="GR", why="circle-of-Willis TOF"),
    s("MRA_MIP", "HEAD", ImageType=MIP, why="MIP of the intracranial TOF"),
], why="brain MR", bpe="HEAD", n=2)
X(J, "msk", ["MRI 膝関節 {J}", "MR {J}膝", "ＭＲＩ　{J}膝関節"], "MR", "fuji_mr", [
    s("Scout", "KNEE", "S", ImageType=LOC),
    s("PDW FS SAG", "KNEE", "S"), s("T2* COR", "KNEE", "S"), s("T1W SAG", "KNEE", "S"), s("PDW FS TRA", "KNEE", "S"),
], why="one knee MR; side written only in kanji", bpe="KNEE", n=2)
X(J, "msk", ["MR 腰椎", "MRI 腰椎 単純", "ﾖｳﾂｲ MRI"], "MR", "skyra", [
    s("localizer", "LSPINE", ImageType=LOC), s("t2_tse_sag", "LSPINE"), s("t1_tse_sag", "LSPINE"),
    s("t2_tse_tra_L3-S1", "LSPINE"), s("t2_tse_stir_sag", "LSPINE"),
], why="lumbar spine MR", bpe="LSPINE", n=2, proto="L-Spine_Routine",
  extra={"ProcedureCodeSequence": [{"CodeValue": "M0512", "CodingSchemeDesignator": "99KHS", "CodeMeaning": "MR 腰椎 単純"}]})
X(J, "general", ["胸部単純 正面", "胸部X-P 2方向", "胸部 XP"], "DX", "fdr", [
    s(None, "CHEST", ViewPosition="PA", AcquisitionDeviceProcessingDescription="胸部正面", why="chest PA, named only in the processing menu"),
    s(None, "CHEST", ViewPosition="LL", AcquisitionDeviceProcessingDescription="胸部側面"),
], why="chest radiograph", bpe="CHEST", n=3)
X(J, "msk", ["{J}手関節 2方向", "{J} 手関節 XP", "手関節 {J}"], "CR", "fcr", [
    s(None, "WRIST", "S", AcquisitionDeviceProcessingDescription="手関節 正面", why="wrist view; the side is only in the study text"),
    s(None, "WRIST", "S", AcquisitionDeviceProcessingDescription="手関節 側面"),
], why="one wrist radiograph", bpe="HAND", n=2)
X(J, "msk", ["両膝関節 立位正面", "両膝 荷重位 正面", "膝関節 両側 立位"], "DX", "konica", [
    s("両膝 立位 AP", "KNEE", "B", ViewPosition="AP", why="both knees on one standing film"),
], why="bilateral weight-bearing knees", bpe="KNEE", n=2)
X(J, "msk", ["{J}肩関節 3方向", "肩関節 {J} XP"], "DX", "fdr", [
    s("肩 正面", "SHOULDER", "S", ViewPosition="AP"), s("肩 Y-view", "SHOULDER", "S"), s("肩 軸位", "SHOULDER", "S"),
], why="one shoulder series; side only in the study description", bpe=None, n=1)
X(J, "msk", ["{J}足関節 2方向", "{Jk} ｿｸｶﾝｾﾂ 2R"], "CR", "fcr", [
    s(None, "ANKLE", "S", AcquisitionDeviceProcessingDescription="足関節 正面"),
    s(None, "ANKLE", "S", AcquisitionDeviceProcessingDescription="足関節 側面"),
], why="ankle radiograph; side in kanji or half-width katakana only", bpe="ANKLE", n=2)
X(J, "neuro", ["脳血管撮影", "頭部血管造影 (DSA)", "Cerebral Angio"], "XA", "canon_xa", [
    s("DSA {J}ICA", "HEAD", why="internal carotid injection: intracranial vessels"),
    s("DSA {J}VA", "HEAD"),
    s("Arch", "NECK CHEST", why="arch injection: arch and cervical vessels"),
    s("3D-RA", "HEAD", ImageType=["ORIGINAL", "PRIMARY", "VOLUME"], why="rotational angiography of the intracranial vessels"),
], why="cerebral angiography; head is unpaired so no laterality despite the side word", bpe="HEAD", n=1)
X(J, "cardio", ["心臓カテーテル検査 (CAG)", "冠動脈造影", "CAG+LVG"], "XA", "shimadzu_xa", [
    s("LCA", "CHEST", why="left coronary injection"), s("RCA", "CHEST"), s("LVG", "CHEST", why="ventriculogram: heart"),
], why="coronary angiography: heart → CHEST", bpe=None, n=2)
X(J, "nm", ["骨シンチグラフィ", "骨シンチ 全身", "RI 骨シンチ (99mTc-HMDP)"], "NM", "symbia", [
    s("WB ANT", WB, why="whole-body bone scan anterior"), s("WB POST", WB),
    s("SPECT 胸部", "CHEST", why="added thoracic SPECT field"),
], why="whole-body bone scintigraphy", bpe=None, n=2)
X(J, "nm", ["心筋シンチ (負荷/安静)", "心筋血流シンチ 201Tl", "心筋SPECT"], "NM", "ge_nm", [
    s("STRESS", "CHEST"), s("REST", "CHEST"), s("Gated SPECT", "CHEST"),
    s("QGS", "CHEST", Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="screen capture of the gated heart slices"),
    s("QPS Polar Map", "CHEST", Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="polar map of the myocardium"),
], why="myocardial perfusion SPECT: heart", bpe="HEART", n=1)
X(J, "onc", ["PET-CT 全身", "FDG-PET/CT", "ＰＥＴ－ＣＴ　全身"], "PT", "biograph", [
    s("PET WB AC", WB, why="FDG PET from skull base/vertex to thigh"), s("PET WB NAC", WB),
    s("PET MIP", WB, ImageType=MIP),
    s("CT WB 3.0 B30f", WB, Modality="CT", ConvolutionKernel="B30f", why="low-dose CT of the PET/CT"),
    s("Topogram 0.6 T20f", WB, Modality="CT", ImageType=LOC),
], why="whole-body PET/CT; BodyPartExamined coarse", bpe="CHEST", n=2)
X(J, "neuro", ["脳血流SPECT (123I-IMP)", "脳血流シンチ ECD", "脳SPECT eZIS"], "NM", "symbia", [
    s("Brain SPECT", "HEAD"), s("eZIS", "HEAD", Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="statistical brain map capture"),
], why="brain perfusion SPECT", bpe="BRAIN", n=1)
X(J, "breast", ["乳腺MRI 両側", "乳房MRI (造影)", "MRI 乳腺 造影"], "MR", "canon_mr", [
    s("Locator", "BREAST", "B", ImageType=LOC), s("T2W_FSE_TRA", "BREAST", "B"), s("DWI_b1500", "BREAST", "B"),
    s("Dynamic_3D_FS", "BREAST", "B"), s("Subtraction_1", "BREAST", "B", ImageType=DER),
    s("MIP_sub", "BREAST", "B", ImageType=MIP),
], why="bilateral breast MR: both breasts in every series", bpe="BREAST", n=1)
X(J, "uro", ["前立腺MRI", "MRI 前立腺 (PI-RADS)", "前立腺 MR 造影"], "MR", "vida", [
    s("t2_tse_tra", "PELVIS"), s("t2_tse_cor", "PELVIS"), s("ep2d_diff_b50_800_1400", "PELVIS"),
    s("ep2d_diff_b50_800_1400_ADC", "PELVIS", ImageType=ADC), s("t1_vibe_dyn_tra", "PELVIS"),
], why="prostate MR: prostate → PELVIS", bpe="PROSTATE", n=1)
X(J, "emerg", ["頭部CT 単純", "CT 頭部 (救急)", "ＣＴ　頭部　単純"], "CT", "canon_p", [
    s("Scanogram", "HEAD", ImageType=LOC), s("Head 5.0", "HEAD", ConvolutionKernel="FC26"),
    s("Head Bone 1.0", "HEAD", ConvolutionKernel="FC30"),
] + dose("canon"), why="emergency head CT", bpe="HEAD", n=2)
X(J, "emerg", ["外傷全身CT", "全身CT (外傷)", "Trauma Pan-scan"], "CT", "canon1", [
    s("Scanogram", WB, ImageType=LOC), s("Head 5.0", "HEAD", ConvolutionKernel="FC26"),
    s("Body 5.0", "NECK CHEST ABDOMEN PELVIS", ConvolutionKernel="FC13", why="trauma body block: neck to pelvis"),
    s("Spine Sag", SPINE, ImageType=REF, why="sagittal spine reformat of the trauma scan: whole spine"),
    s("C-spine Sag", "CSPINE", ImageType=REF),
], why="trauma whole-body CT", bpe=None, n=1)
X(J, "gi", ["大腸CT (CTC)", "CTコロノグラフィー", "CT Colonography"], "CT", "canon_p", [
    s("Scanogram", AP, ImageType=LOC), s("Supine 1.0", AP), s("Prone 1.0", AP),
    s("VGP", AP, Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="virtual gross pathology capture of the colon"),
], why="CT colonography: colon and rectum → ABDOMEN+PELVIS", bpe="ABDOMEN", n=1)
X(J, "dxa", ["骨密度 (DXA) 腰椎・大腿骨", "骨塩定量 DEXA", "DXA 腰椎/大腿骨"], "OT", "hologic", [
    s("AP Spine", "LSPINE", why="L1-L4 AP scan"), s("Left Hip", "HIP", "L", why="left proximal femur"),
    s("骨密度 結果", "", why="result sheet: no anatomy", SOPClassUID=SC),
], why="DXA lumbar spine and hip", bpe=None, n=2)
X(J, "ir", ["CTガイド下肺生検", "CT下生検 (肺)"], "CT", "canon_p", [
    s("Scanogram", "CHEST", ImageType=LOC), s("Guide 2.0", "CHEST", why="needle guidance slices through the lung"),
], why="CT-guided lung biopsy", bpe="CHEST", n=1)
X(J, "ir", ["TACE", "肝動脈化学塞栓術", "血管造影 (肝)"], "XA", "canon_xa", [
    s("CHA DSA", "ABDOMEN", why="common hepatic artery run"), s("SMA", "ABDOMEN"), s("Cone Beam CT", "ABDOMEN"),
], why="hepatic chemoembolisation: liver", bpe="ABDOMEN", n=1)
X(J, "womens", ["子宮動脈塞栓術 (UAE)", "UAE 骨盤血管造影"], "XA", "artis", [
    s("DSA {J}UtA", "PELVIS"), s("DSA Aortogram pelvis", "PELVIS"),
], why="uterine artery embolisation: pelvis; pelvis carries no side", bpe=None, n=1)
X(J, "entdental", ["パノラマX線", "歯科パノラマ", "オルソパントモ"], "PX", "morita", [
    s("Panorama", "HEAD"),
], why="dental panoramic: jaws → HEAD", bpe=None, n=2)
X(J, "entdental", ["副鼻腔CT", "CT 副鼻腔 単純"], "CT", "toshiba", [
    s("Scanogram", "HEAD", ImageType=LOC), s("Sinus 1.0 Bone", "HEAD", ConvolutionKernel="FC30"),
    s("Cor 2.0", "HEAD", ImageType=REF),
], why="sinus CT", bpe="HEAD", n=1)
X(J, "paeds", ["股関節 両側 正面 (乳児)", "乳児股関節 XP"], "DX", "fdr", [
    s("股関節 正面", "PELVIS HIP", "B", why="infant hips AP: pelvis and both hips"),
], why="infant hip radiograph", bpe="PELVIS", n=1)
X(J, "paeds", ["腹部超音波 (小児)", "小児腹部エコー 腸重積"], "US", "canon_us", [
    s(None, "ABDOMEN", why="paediatric abdominal US"),
], why="paediatric abdominal ultrasound", bpe=None, n=1)
X(J, "no-anatomy", ["精度管理", "QA 日常点検"], "CT", "canon1", [
    s("Water Phantom QA", "", why="water phantom: no anatomy"),
], why="daily phantom", bpe=None, n=1)
X(J, "general", ["胸部単純 ポータブル", "胸部XP (病棟)"], "DX", "konica", [
    s("胸部 AP 臥位", "CHEST", ViewPosition="AP"),
    s("Presentation State", "", why="presentation state: no pixels", Modality="PR", SOPClassUID=GSPS, bpe=None),
], why="portable chest radiograph", bpe="CHEST", n=2)

# --------------------------------------------------------------------------------------------
# Japan: ningen-dock (health check) centre
# --------------------------------------------------------------------------------------------
D = "jp-dock"
X(D, "screen", ["人間ドック 胸部CT(低線量)", "ドック 胸部CT", "ＬＤＣＴ　肺がん検診", "KYOBU CT (DOCK)"], "CT", "canon_l", [
    s("Scano", "CHEST", ImageType=LOC), s("Lung 2.0", "CHEST", ConvolutionKernel="FC52"),
    s("Mediastinum 5.0", "CHEST", ConvolutionKernel="FC13"),
] + dose("canon"), why="low-dose lung screening CT", bpe="CHEST", n=4)
X(D, "screen", ["内臓脂肪CT", "内臓脂肪測定", "ﾅｲｿﾞｳｼﾎﾞｳ CT"], "CT", "fuji_ct", [
    s("Scanogram", "ABDOMEN", ImageType=LOC), s("Fat 臍高 10mm", "ABDOMEN", why="single slice at the navel for visceral fat"),
    s("fatPointer", "ABDOMEN", Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="fat area analysis capture of the abdominal slice"),
], why="visceral fat CT at umbilical level", bpe="ABDOMEN", n=2)
X(D, "screen", ["胃部X線検査", "胃透視 (バリウム)", "上部消化管X線 (検診)", "ｲﾌﾞ X-P"], "RF", "shimadzu_rf", [
    s("胃 二重造影 背臥位正面", "ABDOMEN"), s("胃 二重造影 第1斜位", "ABDOMEN"),
    s("胃 腹臥位 充盈像", "ABDOMEN"), s(None, "ABDOMEN", why="unnamed spot film of the barium stomach series"),
], why="gastric barium screening: stomach → ABDOMEN", bpe="STOMACH", n=3)
X(D, "screen", ["胸部X線 正面", "胸部単純 (健診)", "ｷｮｳﾌﾞ ｼｮｳﾒﾝ"], "DX", "konica", [
    s("胸部P→A", "CHEST", ViewPosition="PA"),
], why="screening chest radiograph", bpe="CHEST", n=4)
X(D, "breast", ["乳房X線 (MMG) 2方向", "マンモグラフィ 両側", "ﾏﾝﾓ ｹﾝｼﾝ"], "MG", "amulet", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC", SOPClassUID=MG_P),
    s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC", SOPClassUID=MG_P),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO", SOPClassUID=MG_P),
    s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO", SOPClassUID=MG_P),
], why="screening mammogram, one breast per view", bpe="BREAST", n=2)
X(D, "breast", ["マンモグラフィ トモシンセシス", "MMG + DBT"], "MG", "amulet", [
    s("Tomo MLO", "BREAST", "S", ImageLaterality="{S}", ViewPosition="MLO", SOPClassUID=BTO),
    s("2D MLO", "BREAST", "S", ImageLaterality="{S}", ViewPosition="MLO", SOPClassUID=MG_P),
], why="tomosynthesis of one breast", bpe="BREAST", n=1)
X(D, "screen", ["腹部超音波", "腹部エコー (ドック)", "ﾌｸﾌﾞ ｴｺｰ", "FUKUBU ECHO"], "US", "arietta", [
    s(None, "ABDOMEN", why="screening abdominal US: liver, gallbladder, pancreas, kidneys, spleen"),
    s("Abdomen", "ABDOMEN"),
], why="abdominal ultrasound", bpe=None, n=4)
X(D, "breast", ["乳腺エコー", "乳房超音波 両側", "乳腺超音波検査"], "US", "konica_us", [
    s(None, "BREAST", "B", why="both breasts scanned in one screening series"),
], why="bilateral breast ultrasound", bpe="BREAST", n=2)
X(D, "neuro", ["脳ドック MRI/MRA", "脳ドック", "TOUBU MRI/MRA", "頭部MRI・MRA (脳ドック)"], "MR", "fuji_mr", [
    s("Scout", "HEAD", ImageType=LOC), s("T2 TRA", "HEAD"), s("FLAIR TRA", "HEAD"), s("DWI", "HEAD"),
    s("T2* TRA", "HEAD"), s("3D TOF MRA", "HEAD"), s("MRA MIP", "HEAD", ImageType=MIP),
    s("頸部MRA", "NECK", why="cervical carotid MRA"), s("頸部MRA MIP", "NECK", ImageType=MIP),
    s("3D T1 SAG (VSRAD)", "HEAD", why="volumetric brain for atrophy analysis"),
], why="brain dock MR/MRA", bpe="HEAD", n=2)
X(D, "screen", ["頸動脈エコー", "頸動脈超音波"], "US", "canon_us", [
    s("Carotid", "NECK"),
], why="carotid ultrasound", bpe="NECK", n=2)
X(D, "onc", ["PETがん検診", "PET/CT がんドック", "PET-CT (検診)"], "PT", "ge_pet", [
    s("WB 3D MAC", WB), s("MIP", WB, ImageType=MIP), s("CTAC", WB, Modality="CT"),
], why="whole-body PET cancer screening", bpe="WHOLEBODY", n=1)
X(D, "dxa", ["骨密度 前腕 (DXA)", "骨密度検査 {J}前腕", "骨塩定量 前腕"], "OT", "lunar", [
    s("Forearm {J}", "FOREARM", "S", why="distal radius DXA; side in kanji"),
], why="forearm DXA", bpe=None, n=2)
X(D, "womens", ["子宮・卵巣MRI", "婦人科ドック MRI", "骨盤MRI (婦人科)"], "MR", "fuji_mr", [
    s("T2 SAG", "PELVIS"), s("T2 TRA", "PELVIS"), s("T1 TRA", "PELVIS"), s("DWI", "PELVIS"),
], why="gynaecological pelvic MR", bpe="PELVIS", n=1)
X(D, "cardio", ["心臓ドック CT (カルシウムスコア)", "冠動脈CT", "CCTA"], "CT", "canon1", [
    s("Scano", "CHEST", ImageType=LOC), s("CaScore 3.0", "CHEST"), s("CTA 0.5 75%", "CHEST"),
    s("CPR LAD", "CHEST", ImageType=REF, why="curved reformat of a coronary"),
    s("VR heart", "CHEST", Modality="OT", SOPClassUID=SC, ImageType=SCREEN),
], why="cardiac CT", bpe="HEART", n=1)
X(D, "screen", ["腹部超音波＋甲状腺", "甲状腺エコー"], "US", "arietta", [
    s("Thyroid", "NECK"), s("Abdomen", "ABDOMEN"),
], why="thyroid and abdominal ultrasound in one check-up study", bpe=None, n=1)
X(D, "no-anatomy", ["人間ドック 胸部CT(低線量)", "ドック 胸部CT"], "SR", "canon_l", [
    s("Dose Report", "", SOPClassUID=DOSE_SR), s("Key Object Selection", "", Modality="KO", SOPClassUID=KOS),
], why="dose SR and key object list: no anatomy", bpe=None, n=1)
X(D, "screen", ["胸部X線 正面", "ｷｮｳﾌﾞ ｼｮｳﾒﾝ"], "DX", "shimadzu_dr", [
    s("CHEST PA", "CHEST", ViewPosition="PA"),
    s("CAD Report", "", Modality="OT", SOPClassUID=SC, why="CAD result page: text, no anatomy"),
], why="screening chest radiograph with a CAD result page", bpe="CHEST", n=1)

# --------------------------------------------------------------------------------------------
# Korea: university hospital
# --------------------------------------------------------------------------------------------
K = "kr-univ"
X(K, "onc", ["CT Chest (with enhance)", "흉부 CT 조영증강", "Chest CT (C+)"], "CT", "force", [
    s("Topogram  0.6  T20s", "CHEST", ImageType=LOC), s("Chest  3.0  Br40  3", "CHEST", ConvolutionKernel="Br40d"),
    s("Lung  1.0  Bl64  3", "CHEST", ConvolutionKernel="Bl64d"), s("MPR Cor", "CHEST", ImageType=REF),
] + dose("siemens"), why="contrast chest CT", bpe="CHEST", n=3, proto="Thorax_Routine")
X(K, "neuro", ["Brain MRI (Contrast)", "뇌 MRI 조영증강", "MRI Brain (C+)"], "MR", "signa", [
    s("3-Plane Loc", "HEAD", ImageType=LOC), s("Ax T2 FSE", "HEAD"), s("Ax FLAIR", "HEAD"), s("Ax DWI 1000b", "HEAD"),
    s("Ax T1 SE +C", "HEAD"), s("Sag 3D T1 BRAVO +C", "HEAD"), s("Apparent Diffusion Coefficient (mm2/s)", "HEAD", ImageType=ADC),
], why="brain MR", bpe="HEAD", n=2, proto="BRAIN ROUTINE",
  req=["MRI Brain (C+) [뇌 MRI]", "Brain MRI with Gd enhancement including DWI, FLAIR and 3D T1 post contrast sequences"])
X(K, "msk", ["Knee MRI {e3}", "무릎 MRI {K}", "MRI Knee {Ks}"], "MR", "ingenia", [
    s("SURVEY", "KNEE", "S", ImageType=LOC), s("PDW_SPAIR_SAG", "KNEE", "S"), s("T2W_TSE_COR", "KNEE", "S"),
    s("PDW_TSE_SAG", "KNEE", "S"), s("T1W_TSE_COR", "KNEE", "S"),
], why="knee MR of one side", bpe="KNEE", n=2)
X(K, "msk", ["MR Arthrography Shoulder {e2}", "어깨 MR 관절조영 {K}"], "MR", "skyra", [
    s("t1_tse_fs_cor", "SHOULDER", "S"), s("t1_tse_fs_sag", "SHOULDER", "S"), s("pd_tse_fs_tra", "SHOULDER", "S"),
    s("Arthrogram inj", "SHOULDER", "S", Modality="RF", why="fluoroscopic injection of the same shoulder"),
], why="shoulder MR arthrography", bpe="SHOULDER", n=1)
X(K, "general", ["Chest PA", "흉부 정면", "Chest PA & Lat"], "DX", "samsung_dr", [
    s("Chest PA", "CHEST", ViewPosition="PA"), s("Chest Lat", "CHEST", ViewPosition="LL"),
], why="chest radiograph", bpe="CHEST", n=3)
X(K, "msk", ["Ankle AP/Lat {Ks}", "발목 {K} AP/LAT", "Ankle {e3} 3view"], "DX", "samsung_dr", [
    s("Ankle AP", "ANKLE", "S"), s("Ankle Lat", "ANKLE", "S"), s("Mortise", "ANKLE", "S"),
], why="ankle radiograph, side in the study text", bpe="ANKLE", n=2)
X(K, "msk", ["Foot AP/Oblique {K}", "발 {Kw} 사선"], "DX", "drtech", [
    s("Foot AP", "FOOT", "S"), s("Foot Obl", "FOOT", "S"),
], why="foot radiograph", bpe="FOOT", n=1)
X(K, "paeds", ["Babygram", "Chest & Abdomen (신생아)", "신생아 흉복부"], "DX", "samsung_dr", [
    s("Babygram AP", "CHEST ABDOMEN", ViewPosition="AP", why="neonatal chest and abdomen on one film"),
], why="neonatal babygram", bpe="CHEST", n=2)
X(K, "paeds", ["Hip US (infant) 양측", "영아 고관절 초음파"], "US", "samsung_us", [
    s("Hip", "HIP", "B", why="Graf hip US of both hips"),
], why="infant hip ultrasound, both sides", bpe=None, n=1)
X(K, "paeds", ["VCUG", "배뇨방광요도조영술"], "RF", "sonialvision", [
    s("VCUG", AP, why="bladder filling and reflux to the kidneys"),
], why="voiding cystourethrogram", bpe=None, n=1)
X(K, "entdental", ["Thyroid US", "갑상선 초음파", "Thyroid US + FNA"], "US", "samsung_us", [
    s("Thyroid", "NECK"), s(None, "NECK"),
], why="thyroid ultrasound", bpe="THYROID", n=2)
X(K, "gi", ["Liver dynamic CT", "간 다이나믹 CT", "CT Liver 4-phase"], "CT", "edge", [
    s("Topogram  0.6  T20s", "ABDOMEN", ImageType=LOC), s("Pre  5.0  B30f", "ABDOMEN"), s("Arterial  3.0  B30f", "ABDOMEN"),
    s("Portal  3.0  B30f", "ABDOMEN"), s("Delay  5.0  B30f", "ABDOMEN"),
] + dose("siemens"), why="liver dynamic CT (upper abdomen)", bpe="ABDOMEN", n=2)
X(K, "onc", ["PET-CT (Torso)", "F-18 FDG PET/CT torso", "PET-CT 전신"], "PT", "biograph", [
    s("PET AC", WB), s("PET NAC", WB), s("CT 3.0 B19f", WB, Modality="CT"), s("MIP", WB, ImageType=MIP),
], why="torso PET/CT skull base to thigh", bpe="WHOLEBODY", n=2)
X(K, "entdental", ["CBCT (치과)", "치과 CBCT", "Dental CT"], "CT", "vatech", [
    s("CBCT", "HEAD"),
], why="dental cone-beam CT", bpe=None, n=1)
X(K, "entdental", ["Panorama", "파노라마", "치과 파노라마"], "PX", "vatech", [
    s("Panoramic", "HEAD"),
], why="dental panoramic", bpe=None, n=2)
X(K, "entdental", ["치근단 촬영", "Periapical"], "IO", "vatech_io", [
    s("#36", "HEAD", SOPClassUID=IO_P, why="periapical film of a tooth"),
], why="intra-oral film", bpe=None, n=1)
X(K, "ir", ["Angio Lower Extremity {e3}", "하지 혈관조영술 {K}", "PTA {e2} SFA"], "XA", "artis", [
    s("Iliac", "PELVIS", why="iliac run: pelvis (no side for the pelvis)"),
    s("SFA", "THIGH", "S"), s("Popliteal", "KNEE", "S"), s("BK runoff", "LEG ANKLE FOOT", "S"),
], why="lower-extremity angiography, one side", bpe="LEG", n=1)
X(K, "ir", ["PTBD", "경피경간담도배액술"], "RF", "sonialvision", [
    s("PTBD", "ABDOMEN"),
], why="biliary drainage: liver → ABDOMEN", bpe=None, n=1)
X(K, "nm", ["Tc-99m DMSA renal scan", "DMSA 신장 스캔"], "NM", "symbia", [
    s("Post", "ABDOMEN"), s("RPO/LPO", "ABDOMEN"),
], why="renal cortical scan: kidneys", bpe=None, n=1)
X(K, "cardio", ["Echocardiography", "심초음파", "TTE"], "US", "vivid", [
    s(None, "CHEST"), s("Measurements", "", Modality="SR", SOPClassUID=COMP_SR, why="measurement SR: no anatomy"),
], why="transthoracic echo: heart", bpe=None, n=2)
X(K, "msk", ["Whole Spine MRI", "전척추 MRI", "MRI Whole spine sag"], "MR", "vida", [
    s("localizer", SPINE, ImageType=LOC), s("t2_tse_sag_comp_sp", SPINE, ImageType=["DERIVED", "PRIMARY", "COMPOSED"], why="composed whole spine"),
    s("t2_tse_sag_1", "CSPINE TSPINE", why="upper station: cervical and upper thoracic"),
    s("t2_tse_sag_2", "TSPINE LSPINE"),
], why="whole-spine MR", bpe="SPINE", n=1)
X(K, "no-anatomy", ["CT Chest (with enhance)"], "OT", "force", [
    s("Screen Save", "", SOPClassUID=SC, ImageType=SCREEN, why="text screen save of a report: no anatomy"),
], why="text capture", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Korea: health screening centre
# --------------------------------------------------------------------------------------------
KS = "kr-screen"
X(KS, "screen", ["저선량 흉부 CT (LDCT)", "저선량 폐암검진 CT", "LDCT Chest (건강검진)"], "CT", "revo", [
    s("Scout", "CHEST", ImageType=LOC), s("1.25mm Lung", "CHEST"), s("5mm Std", "CHEST"),
] + dose("ge"), why="low-dose lung screening CT", bpe="CHEST", n=4, proto="5.1 LOW DOSE CHEST")
X(KS, "screen", ["복부 초음파", "상복부 초음파", "Abdomen US (검진)"], "US", "logiq", [
    s(None, "ABDOMEN"),
], why="abdominal ultrasound", bpe="ABDOMEN", n=4)
X(KS, "breast", ["유방촬영술 (Mammography)", "유방촬영 양측", "Screening Mammo"], "MG", "selenia", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="screening mammography", bpe="BREAST", n=2)
X(KS, "screen", ["갑상선 초음파", "갑상선 초음파 (검진)"], "US", "samsung_us", [
    s("Thyroid", "NECK"),
], why="thyroid ultrasound", bpe=None, n=3)
X(KS, "dxa", ["골밀도 검사 (요추/대퇴골)", "골밀도검사", "BMD (DEXA)"], "OT", "lunar", [
    s("AP Spine", "LSPINE"), s("DualFemur", "HIP", "B", why="both proximal femurs"),
], why="DXA spine and both hips", bpe=None, n=2)
X(KS, "neuro", ["뇌 MRI/MRA (건강검진)", "Brain MRI & MRA (검진)", "뇌혈관 MRA"], "MR", "creator", [
    s("3-Plane Loc", "HEAD", ImageType=LOC), s("Ax T2 FSE", "HEAD"), s("Ax FLAIR", "HEAD"), s("Ax DWI", "HEAD"),
    s("3D TOF Circle of Willis", "HEAD"), s("Neck MRA 2D TOF", "NECK"), s("MIP COW", "HEAD", ImageType=MIP),
], why="screening brain MR and MRA", bpe="HEAD", n=2)
X(KS, "cardio", ["관상동맥 석회화 CT (Calcium score)", "Coronary Calcium Score", "심장 CT (CACS)"], "CT", "revo", [
    s("Scout", "CHEST", ImageType=LOC), s("Smart Score 2.5mm", "CHEST"),
    s("SmartScore Report", "", Modality="OT", SOPClassUID=SC, ImageType=SCREEN, why="calcium score table: text only"),
], why="coronary calcium CT", bpe="HEART", n=2)
X(KS, "screen", ["흉부 X-ray (PA)", "흉부촬영", "Chest PA (검진)"], "DX", "drtech", [
    s("Chest PA", "CHEST", ViewPosition="PA"),
], why="screening chest film", bpe="CHEST", n=4)
X(KS, "screen", ["경동맥 초음파", "Carotid Doppler US"], "US", "samsung_us", [
    s("Carotid", "NECK"),
], why="carotid ultrasound", bpe=None, n=2)
X(KS, "womens", ["골반 초음파 (여성)", "부인과 초음파 (경질)"], "US", "voluson", [
    s(None, "PELVIS"),
], why="gynaecological ultrasound", bpe=None, n=2)
X(KS, "uro", ["전립선 초음파 (TRUS)", "TRUS Prostate"], "US", "logiq", [
    s("Prostate", "PELVIS"),
], why="transrectal prostate ultrasound", bpe="PROSTATE", n=1)
X(KS, "screen", ["위장조영촬영 (UGIS)", "UGI series (검진)", "위장조영"], "RF", "sonialvision", [
    s("UGIS", "ABDOMEN"), s(None, "ABDOMEN"),
], why="upper GI barium screening: stomach", bpe=None, n=3)
X(KS, "breast", ["유방 초음파 양측", "Breast US (Both)", "유방초음파"], "US", "samsung_us", [
    s("Breast", "BREAST", "B"),
], why="bilateral breast ultrasound", bpe="BREAST", n=2)
X(KS, "breast", ["유방 초음파 {K}", "Breast US {e2}"], "US", "samsung_us", [
    s("Breast {e1}", "BREAST", "S"),
], why="one-side breast ultrasound (follow-up)", bpe="BREAST", n=1)
X(KS, "msk", ["요추 X-ray AP/Lat", "L-spine AP/Lat", "요추 2매"], "DX", "drtech", [
    s("L-spine AP", "LSPINE"), s("L-spine Lat", "LSPINE"),
], why="lumbar spine radiograph", bpe="LSPINE", n=2)
X(KS, "msk", ["경추 X-ray", "C-spine AP/Lat/Both Obl"], "DX", "drtech", [
    s("C-spine AP", "CSPINE"), s("C-spine Lat", "CSPINE"),
], why="cervical spine radiograph", bpe="CSPINE", n=1)
X(KS, "screen", ["복부비만 CT", "내장지방 CT"], "CT", "revo", [
    s("Scout", "ABDOMEN", ImageType=LOC), s("Fat L4", "ABDOMEN", why="single slice at L4 level for fat area"),
], why="visceral fat CT", bpe="ABDOMEN", n=1)
X(KS, "onc", ["PET-CT 암검진", "FDG PET-CT (검진)"], "PT", "ge_pet", [
    s("WB 3D MAC", WB), s("CTAC 3.75 Thick", WB, Modality="CT"),
], why="whole-body PET screening", bpe="WHOLEBODY", n=1)
X(KS, "no-anatomy", ["저선량 흉부 CT (LDCT)"], "PR", "revo", [
    s("Annotations", "", SOPClassUID=GSPS, why="presentation state: no pixels"),
], why="presentation state", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Mainland China: tertiary hospital (United Imaging, Neusoft, Mindray plus GE/Siemens/Philips)
# --------------------------------------------------------------------------------------------
C = "cn-univ"
X(C, "general", ["胸部CT平扫", "胸部CT平扫(XBPS)", "胸部平扫"], "CT", "uct", [
    s("定位像", "CHEST", ImageType=LOC), s("肺窗 1.0mm", "CHEST", ConvolutionKernel="B_SHARP_C"),
    s("纵隔窗 5.0mm", "CHEST", ConvolutionKernel="B_SOFT_B"), s("Lung 1.0 MPR Cor", "CHEST", ImageType=REF),
] + dose("uih"), why="plain chest CT", bpe="CHEST", n=3, proto="Chest_Routine")
X(C, "neuro", ["头颅CT平扫", "颅脑CT平扫", "头部CT平扫(TLPS)"], "CT", "neuviz", [
    s("Topo", "HEAD", ImageType=LOC), s("Head 5mm", "HEAD"), s("Bone 1mm", "HEAD"),
], why="plain head CT", bpe="HEAD", n=3, proto="TouLu_PingSao")
X(C, "gi", ["全腹部CT增强", "全腹CT增强(三期)", "腹部+盆腔CT增强"], "CT", "uct", [
    s("定位像", AP, ImageType=LOC), s("平扫 5mm", AP), s("动脉期 1mm", AP), s("门脉期 5mm", AP), s("延迟期 5mm", AP),
    s("冠状位 MPR", AP, ImageType=REF),
], why="whole-abdomen contrast CT: abdomen and pelvis", bpe="ABDOMEN", n=2, proto="FuBu_ZengQiang")
X(C, "gi", ["上腹部CT增强", "上腹部增强(肝脏三期)"], "CT", "revo", [
    s("Scout", "ABDOMEN", ImageType=LOC), s("1.25mm Arterial", "ABDOMEN"), s("5mm PV", "ABDOMEN"),
], why="upper abdomen contrast CT", bpe="ABDOMEN", n=2)
X(C, "neuro", ["头颈CTA", "头颈部CT血管成像", "头颈联合CTA"], "CT", "force", [
    s("Topogram  0.6  T20s", HN, ImageType=LOC), s("CTA  0.75  Bv36", HN),
    s("MIP 头颈", HN, ImageType=MIP), s("VR", HN, Modality="OT", SOPClassUID=SC, ImageType=SCREEN),
], why="head and neck CT angiography", bpe="HEAD", n=2)
X(C, "cardio", ["冠脉CTA", "冠状动脉CTA", "冠脉CT血管成像"], "CT", "uct", [
    s("定位像", "CHEST", ImageType=LOC), s("Cardiac 75% 0.5mm", "CHEST"), s("CPR RCA", "CHEST", ImageType=REF),
    s("VR 心脏", "CHEST", Modality="OT", SOPClassUID=SC, ImageType=SCREEN),
], why="coronary CTA", bpe="HEART", n=2)
X(C, "msk", ["腰椎MR平扫", "腰椎MRI平扫", "腰椎间盘MR"], "MR", "umr", [
    s("localizer", "LSPINE", ImageType=LOC), s("t2_fse_sag", "LSPINE"), s("t1_fse_sag", "LSPINE"),
    s("t2_fse_tra", "LSPINE"), s("t2_fse_sag_fs", "LSPINE"),
], why="lumbar spine MR", bpe="LSPINE", n=2)
X(C, "msk", ["{C}膝关节MR平扫", "膝关节MRI({C})", "{C}膝MR"], "MR", "umr", [
    s("pd_fse_fs_sag", "KNEE", "S"), s("t1_fse_sag", "KNEE", "S"), s("pd_fse_fs_cor", "KNEE", "S"), s("t2_fse_fs_tra", "KNEE", "S"),
], why="knee MR; side in Chinese only", bpe="KNEE", n=2)
X(C, "msk", ["颈椎DR正侧位", "颈椎正侧位", "颈椎DR"], "DX", "mindray_dr", [
    s("颈椎正位", "CSPINE"), s("颈椎侧位", "CSPINE"),
], why="cervical spine radiograph", bpe="CSPINE", n=2)
X(C, "general", ["胸部正位DR", "胸部正位", "胸片(XIONGPIAN)"], "DX", "carestream", [
    s("胸部正位", "CHEST", ViewPosition="PA"),
], why="chest radiograph", bpe="CHEST", n=4)
X(C, "breast", ["双侧乳腺钼靶", "乳腺X线摄影(双侧)", "乳腺钼靶"], "MG", "mammomat", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="bilateral mammography", bpe="BREAST", n=1)
X(C, "entdental", ["甲状腺彩超", "甲状腺及颈部淋巴结彩超"], "US", "mindray_us", [
    s(None, "NECK"),
], why="thyroid ultrasound", bpe=None, n=3)
X(C, "gi", ["肝胆胰脾彩超", "腹部彩超(肝胆胰脾)"], "US", "mindray_us", [
    s(None, "ABDOMEN"),
], why="liver, biliary, pancreas, spleen ultrasound", bpe=None, n=3)
X(C, "uro", ["泌尿系彩超", "双肾输尿管膀胱彩超", "泌尿系+前列腺彩超"], "US", "mindray_dc", [
    s(None, AP, why="kidneys to bladder"),
], why="urinary tract ultrasound", bpe=None, n=2)
X(C, "womens", ["妇科彩超(经阴道)", "经阴道子宫附件彩超"], "US", "mindray_us", [
    s(None, "PELVIS"),
], why="transvaginal gynaecological ultrasound", bpe=None, n=2)
X(C, "cardio", ["双下肢动脉彩超", "双下肢血管彩超"], "US", "mindray_us", [
    s(None, RUNOFF, "B", why="both legs from groin to calf"),
], why="bilateral lower-limb arterial duplex", bpe=None, n=1)
X(C, "onc", ["PET/CT 全身显像", "18F-FDG PET/CT全身", "全身PET-CT"], "PT", "umi", [
    s("PET_WB_AC", WB), s("CT_WB_5mm", WB, Modality="CT"), s("MIP", WB, ImageType=MIP),
    s("Topo", WB, Modality="CT", ImageType=LOC),
], why="whole-body PET/CT", bpe="WHOLEBODY", n=2, req=["PET/CT显像(全身)", "PET-CT QUANSHEN"])
X(C, "neuro", ["脑代谢PET/CT", "PET/CT 脑显像"], "PT", "umi", [
    s("PET_Brain_AC", "HEAD"), s("CT_Brain", "HEAD", Modality="CT"),
], why="brain FDG PET", bpe="BRAIN", n=1)
X(C, "nm", ["全身骨显像", "SPECT 全身骨扫描", "骨扫描"], "NM", "ge_nm", [
    s("WB Anterior", WB), s("WB Posterior", WB),
], why="whole-body bone scan", bpe=None, n=2)
X(C, "msk", ["{C}腕关节正侧位", "{C}腕关节DR"], "DX", "mindray_dr", [
    s("腕关节正位", "WRIST", "S"), s("腕关节侧位", "WRIST", "S"),
], why="wrist radiograph; side in Chinese", bpe="WRIST", n=2)
X(C, "general", ["骨盆正位", "骨盆平片"], "DX", "carestream", [
    s("骨盆正位", "PELVIS"),
], why="pelvis radiograph", bpe="PELVIS", n=1)
X(C, "gi", ["上消化道造影", "钡餐造影", "胃肠造影"], "RF", "sonialvision", [
    s("上消化道", "ABDOMEN"), s(None, "ABDOMEN"),
], why="barium meal: stomach", bpe=None, n=2)
X(C, "neuro", ["全脑血管造影", "脑血管DSA", "全脑DSA"], "XA", "artis", [
    s("DSA 主动脉弓", "NECK CHEST", why="arch run"), s("DSA 左颈内", "HEAD"), s("DSA 右颈内", "HEAD"),
    s("3D DSA", "HEAD"),
], why="cerebral DSA (head unpaired, no laterality)", bpe="HEAD", n=1)
X(C, "cardio", ["冠状动脉造影", "冠脉造影+PCI"], "XA", "azurion", [
    s("LCA", "CHEST"), s("RCA", "CHEST"),
], why="coronary angiography", bpe="HEART", n=1)
X(C, "ir", ["肝动脉化疗栓塞(TACE)", "TACE术"], "XA", "ge_xa", [
    s("腹腔干造影", "ABDOMEN"), s("肝总动脉", "ABDOMEN"),
], why="hepatic TACE", bpe="ABDOMEN", n=1)
X(C, "nm", ["甲状腺静态显像", "甲状腺ECT"], "NM", "symbia", [
    s("Thyroid Static", "NECK"),
], why="thyroid scintigraphy", bpe=None, n=1)
X(C, "uro", ["肾动态显像", "肾动态+GFR"], "NM", "symbia", [
    s("Renal Dynamic", "ABDOMEN"), s("GFR结果", "", Modality="OT", SOPClassUID=SC, why="GFR result table: no anatomy"),
], why="dynamic renal scintigraphy", bpe=None, n=1)
X(C, "entdental", ["口腔全景片", "全景片", "曲面断层"], "PX", "planmeca", [
    s("Panoramic", "HEAD"),
], why="dental panoramic", bpe=None, n=1)
X(C, "screen", ["体检 胸部CT", "健康体检低剂量胸部CT"], "CT", "uct", [
    s("定位像", "CHEST", ImageType=LOC), s("肺窗 1.25mm", "CHEST"),
], why="check-up chest CT", bpe="CHEST", n=2)

# --------------------------------------------------------------------------------------------
# Taiwan: medical centre (traditional Chinese plus English)
# --------------------------------------------------------------------------------------------
T = "tw-univ"
X(T, "general", ["Chest PA view 胸部正面", "胸部X光 (PA)", "Chest PA+Lat 胸部正側面"], "CR", "fcr", [
    s("Chest PA", "CHEST", ViewPosition="PA"), s("Chest Lat", "CHEST", ViewPosition="LL"),
], why="chest radiograph", bpe="CHEST", n=3)
X(T, "gi", ["CT of abdomen and pelvis (with/without contrast) 腹部骨盆電腦斷層", "腹部電腦斷層 (含骨盆) C+/C-"], "CT", "ict", [
    s("Surview", AP, ImageType=LOC), s("Abd Pre 5mm", AP), s("Abd C+ 5mm", AP), s("Abd C+ Cor", AP, ImageType=REF),
] + dose("philips"), why="abdomen and pelvis CT", bpe="ABDOMEN", n=2)
X(T, "gi", ["肝臟三相電腦斷層 Liver 3-phase CT", "CT liver dynamic 肝臟"], "CT", "ict", [
    s("Surview", "ABDOMEN", ImageType=LOC), s("Arterial 2mm", "ABDOMEN"), s("Portal 5mm", "ABDOMEN"),
], why="liver 3-phase CT", bpe="ABDOMEN", n=1)
X(T, "msk", ["MRI of L-spine 腰椎磁振造影", "腰椎 MRI"], "MR", "achieva", [
    s("Survey", "LSPINE", ImageType=LOC), s("T2W_TSE_SAG", "LSPINE"), s("T1W_TSE_SAG", "LSPINE"), s("T2W_TSE_TRA", "LSPINE"),
], why="lumbar spine MR", bpe="LSPINE", n=2)
X(T, "msk", ["Knee AP+Lat ({C}膝)", "{C}膝 X光", "膝關節 {tw} AP/LAT"], "CR", "fcr", [
    s("Knee AP", "KNEE", "S"), s("Knee Lat", "KNEE", "S"),
], why="knee radiograph, side in Chinese or R't/L't", bpe="KNEE", n=2)
X(T, "breast", ["Mammography 乳房攝影 (雙側)", "乳房X光攝影", "Mammo screening 乳攝篩檢"], "MG", "pristina", [
    s("RCC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("LCC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("RMLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("LMLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="bilateral mammography", bpe="BREAST", n=2)
X(T, "screen", ["低劑量電腦斷層肺癌篩檢 LDCT", "LDCT 肺癌篩檢"], "CT", "incisive", [
    s("Surview", "CHEST", ImageType=LOC), s("Lung 1mm", "CHEST"), s("Med 5mm", "CHEST"),
], why="lung cancer screening CT", bpe="CHEST", n=3)
X(T, "gi", ["Abdominal sonography 腹部超音波", "腹部超音波", "Abd echo"], "US", "epiq", [
    s(None, "ABDOMEN"),
], why="abdominal ultrasound", bpe=None, n=3)
X(T, "nm", ["Whole body bone scan 全身骨骼掃描", "Bone scan (Tc-99m MDP)"], "NM", "symbia", [
    s("WB Ant", WB), s("WB Post", WB),
], why="whole-body bone scan", bpe=None, n=2)
X(T, "cardio", ["Tc-99m MIBI myocardial perfusion 心肌灌注掃描", "Thallium-201 心肌灌注掃描"], "NM", "ge_nm", [
    s("Stress", "CHEST"), s("Rest", "CHEST"), s("Polar map", "CHEST", Modality="OT", SOPClassUID=SC, ImageType=SCREEN),
], why="myocardial perfusion", bpe="HEART", n=1)
X(T, "onc", ["F-18 FDG PET/CT", "正子斷層 PET/CT (全身)"], "PT", "ge_pet", [
    s("PET WB", WB), s("CT for AC", WB, Modality="CT"), s("MIP", WB, ImageType=MIP),
], why="whole-body PET/CT", bpe="CHEST", n=2)
X(T, "cardio", ["Cardiac catheterization 心導管", "心導管檢查 CAG"], "XA", "azurion", [
    s("LCA", "CHEST"), s("RCA", "CHEST"),
], why="coronary angiography", bpe=None, n=1)
X(T, "msk", ["{C}肩 X光 (Shoulder AP/Axial {tw})", "Shoulder AP/Y {tw} {C}肩"], "CR", "fcr", [
    s("Shoulder AP", "SHOULDER", "S"), s("Shoulder Axial", "SHOULDER", "S"),
], why="shoulder radiograph", bpe="SHOULDER", n=1)
X(T, "onc", ["Nasopharynx MRI 鼻咽磁振造影", "MRI NPC staging 鼻咽癌分期"], "MR", "ingenia", [
    s("Survey", HN, ImageType=LOC), s("T2W_TSE_TRA", HN), s("T1W_TSE_TRA", HN), s("T1W_mDIXON_COR+C", HN),
], why="nasopharyngeal staging MR: skull base to neck", bpe="HEAD", n=1)
X(T, "emerg", ["Brain CT 腦部電腦斷層 (急診)", "Brain CT without contrast"], "CT", "ict", [
    s("Surview", "HEAD", ImageType=LOC), s("Brain 5mm", "HEAD"), s("Bone 2mm", "HEAD"),
], why="emergency head CT", bpe="BRAIN", n=2)
X(T, "entdental", ["Panoramic 環口全景", "環口攝影"], "PX", "carestream_d", [
    s("PANO", "HEAD"),
], why="dental panoramic", bpe=None, n=1)
X(T, "msk", ["Foot X-ray {C}足", "{C}腳 X光 AP/Obl"], "CR", "fcr", [
    s("Foot AP", "FOOT", "S"), s("Foot Obl", "FOOT", "S"),
], why="foot radiograph", bpe="FOOT", n=1)
X(T, "dxa", ["骨質密度檢查 (DXA)", "Bone densitometry 骨密度"], "OT", "hologic", [
    s("AP Spine", "LSPINE"), s("Left Hip", "HIP", "L"), s("Right Hip", "HIP", "R"),
], why="DXA spine and hips", bpe=None, n=1)
X(T, "no-anatomy", ["Chest PA view 胸部正面"], "KO", "fcr", [
    s("Rejected images", "", SOPClassUID=KOS, why="key object (rejection note): no anatomy"),
], why="key object", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Hong Kong: public hospital (English RIS, Chinese in places)
# --------------------------------------------------------------------------------------------
H = "hk-hosp"
X(H, "general", ["XR CHEST (PA)", "XR CHEST PA 胸肺X光", "XR CHEST (AP) MOBILE"], "CR", "agfa", [
    s("Chest PA", "CHEST", ViewPosition="PA"),
], why="chest radiograph", bpe="CHEST", n=4)
X(H, "emerg", ["CT BRAIN (P)", "CT BRAIN (P+C)", "CT BRAIN PLAIN"], "CT", "revo", [
    s("Scout", "HEAD", ImageType=LOC), s("5mm Brain", "HEAD"), s("1.25mm Bone", "HEAD"),
] + dose("ge"), why="head CT", bpe="HEAD", n=3)
X(H, "msk", ["XR KNEE {e} (AP/LAT)", "XR KNEE {e} 膝", "XR {C}膝 (KNEE)"], "CR", "agfa", [
    s("KNEE AP", "KNEE", "S"), s("KNEE LAT", "KNEE", "S"),
], why="knee radiograph", bpe="KNEE", n=2, req="XR KNEE {e}")
X(H, "msk", ["XR HAND BIL (PA/OBL)", "XR HANDS BILATERAL (RA)"], "CR", "agfa", [
    s("BOTH HANDS PA", "HAND", "B"), s("BOTH HANDS OBL", "HAND", "B"),
], why="both hands (arthritis)", bpe="HAND", n=1)
X(H, "onc", ["CT THORAX, ABD & PELVIS (C+)", "CT TAP (C+)", "CT C/A/P"], "CT", "revo", [
    s("Scout", CAP, ImageType=LOC), s("5mm PV", CAP), s("1.25mm Lung", CAP, why="lung recon of the full CAP volume"),
    s("Cor MPR", CAP, ImageType=REF),
] + dose("ge"), why="CT thorax abdomen pelvis", bpe="CHEST", n=3, proto="5.2 CAP PV")
X(H, "onc", ["MRI NASOPHARYNX (NPC STAGING)", "MRI NPC", "MRI NASOPHARYNX & NECK (C+)"], "MR", "skyra", [
    s("localizer", HN, ImageType=LOC), s("t2_tse_tra", HN), s("t1_tse_tra", HN), s("t1_tse_fs_cor_post", HN),
], why="nasopharynx MR: head and neck", bpe="HEAD", n=2)
X(H, "gi", ["US ABD (HBS)", "US UPPER ABDOMEN", "US HBS"], "US", "logiq", [
    s(None, "ABDOMEN"),
], why="hepatobiliary ultrasound", bpe=None, n=3)
X(H, "womens", ["US PELVIS (TV)", "US PELVIS TRANSVAGINAL"], "US", "voluson", [
    s(None, "PELVIS"),
], why="pelvic ultrasound", bpe=None, n=2)
X(H, "breast", ["MMG BIL (SCREENING)", "MMG BILATERAL", "MAMMOGRAM BIL + US BREAST"], "MG", "selenia", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
    s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"), s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"),
], why="bilateral mammography", bpe="BREAST", n=1)
X(H, "cardio", ["CT CORONARY ANGIOGRAM", "CT CORONARY (CACS + CTA)"], "CT", "revo", [
    s("Scout", "CHEST", ImageType=LOC), s("0.625mm 75%", "CHEST"), s("SmartScore", "CHEST"),
], why="coronary CTA", bpe="CHEST", n=1)
X(H, "msk", ["XR L-SPINE (AP/LAT)", "XR LS SPINE", "XR L/S SPINE"], "CR", "agfa", [
    s("L-SPINE AP", "LSPINE"), s("L-SPINE LAT", "LSPINE"),
], why="lumbar spine radiograph", bpe="LSPINE", n=2)
X(H, "onc", ["PET/CT WHOLE BODY (FDG)", "PET-CT WB FDG"], "PT", "biograph", [
    s("PET WB AC", WB), s("CT WB", WB, Modality="CT"), s("PET MIP", WB, ImageType=MIP),
], why="whole-body PET/CT", bpe="ABDOMEN", n=2)
X(H, "gi", ["FL BARIUM SWALLOW", "FL BA SWALLOW"], "RF", "sonialvision", [
    s("BA SWALLOW", "NECK CHEST", why="pharynx and oesophagus: neck and chest"),
], why="barium swallow", bpe=None, n=1)
X(H, "msk", ["XR WRIST {e} 腕", "XR {C}腕 (WRIST)", "XR WRIST {e} (SCAPHOID)"], "CR", "agfa", [
    s("WRIST PA", "WRIST", "S"), s("WRIST LAT", "WRIST", "S"),
], why="wrist radiograph", bpe="WRIST", n=2)
X(H, "entdental", ["CT PNS (P)", "CT SINUSES", "CT TEMPORAL BONE"], "CT", "revo", [
    s("Scout", "HEAD", ImageType=LOC), s("0.625mm Bone", "HEAD"), s("Cor MPR", "HEAD", ImageType=REF),
], why="sinus / temporal bone CT", bpe="HEAD", n=1)
X(H, "cardio", ["US DOPPLER LOWER LIMB VEINS {e}", "US DVT {e} LL"], "US", "logiq", [
    s("LL VEINS", RUNOFF, "S", why="femoral to calf veins of one leg"),
], why="lower-limb venous duplex", bpe=None, n=2)
X(H, "uro", ["MRI PROSTATE (MPMRI)", "MRI PROSTATE"], "MR", "skyra", [
    s("t2_tse_tra", "PELVIS"), s("ep2d_diff_tra", "PELVIS"), s("ep2d_diff_tra_ADC", "PELVIS", ImageType=ADC),
], why="prostate MR", bpe="PELVIS", n=1)
X(H, "emerg", ["CT TRAUMA PANSCAN", "CT WHOLE BODY TRAUMA"], "CT", "revo", [
    s("Scout", WB, ImageType=LOC), s("5mm Brain", "HEAD"), s("2.5mm C-spine", "CSPINE NECK"),
    s("5mm Body", CAP), s("Sag Spine", SPINE, ImageType=REF),
], why="trauma CT", bpe=None, n=1)
X(H, "no-anatomy", ["CT BRAIN (P)"], "PR", "revo", [
    s("Presentation State", "", SOPClassUID=GSPS),
], why="presentation state: no pixels", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Singapore: general hospital (English)
# --------------------------------------------------------------------------------------------
G = "sg-gen"
X(G, "general", ["XR Chest PA", "XR Chest PA and Lateral", "XR Chest AP (Mobile)"], "DX", "ge_dx", [
    s("Chest PA", "CHEST", ViewPosition="PA"), s("Chest Lateral", "CHEST", ViewPosition="LL"),
], why="chest radiograph", bpe="CHEST", n=3)
X(G, "gi", ["CT Abdomen and Pelvis with contrast", "CT Abdomen Pelvis (PV)", "CT Abd/Pelvis C+"], "CT", "force", [
    s("Topogram  0.6  T20s", AP, ImageType=LOC), s("AP PV  3.0  Br40  3", AP), s("Cor  3.0  Br40", AP, ImageType=REF),
] + dose("siemens"), why="abdomen and pelvis CT", bpe="ABDOMEN", n=3,
  extra={"ProcedureCodeSequence": [{"CodeValue": "CTABPEC", "CodingSchemeDesignator": "99SGH",
                                    "CodeMeaning": "CT Abdomen and Pelvis with contrast"}]})
X(G, "neuro", ["MRI Brain with and without contrast", "MRI Brain", "MRI Brain (Stroke protocol)"], "MR", "vida", [
    s("localizer", "HEAD", ImageType=LOC), s("t2_tse_tra", "HEAD"), s("t2_tirm_tra_dark-fluid", "HEAD"),
    s("ep2d_diff_tra_b1000", "HEAD"), s("t1_mprage_sag_p2_iso_post", "HEAD"), s("swi_tra", "HEAD"),
], why="brain MR", bpe="HEAD", n=2)
X(G, "msk", ["MRI Whole Spine", "MRI Whole Spine (Screening)"], "MR", "aera", [
    s("t2_tse_sag_comp_sp", SPINE, ImageType=["DERIVED", "PRIMARY", "COMPOSED"]), s("t1_tse_sag_1", "CSPINE TSPINE"),
    s("t1_tse_sag_2", "TSPINE LSPINE"),
], why="whole spine MR", bpe="SPINE", n=1)
X(G, "msk", ["MRI Lumbar Spine", "MRI L-Spine (Sciatica)"], "MR", "sola", [
    s("t2_tse_sag", "LSPINE"), s("t2_tse_tra", "LSPINE"), s("t1_tse_sag", "LSPINE"),
], why="lumbar spine MR", bpe="LSPINE", n=2)
X(G, "breast", ["US Breast Bilateral", "US Both Breasts and Axillae"], "US", "epiq", [
    s("Breast", "BREAST", "B"),
], why="bilateral breast ultrasound", bpe="BREAST", n=1)
X(G, "breast", ["US Breast {Ee}", "US Breast {Ee} (Targeted)"], "US", "epiq", [
    s(None, "BREAST", "S", why="targeted breast US; side only in the study description"),
], why="one-side breast ultrasound", bpe="BREAST", n=2)
X(G, "breast", ["MG Screening Mammogram Bilateral", "BSS Screening Mammogram", "MG Diagnostic Mammogram Bilateral"], "MG", "selenia", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="bilateral mammogram", bpe="BREAST", n=2)
X(G, "msk", ["XR Ankle {Ee} 3V", "XR Ankle {Ee}"], "DX", "ge_dx", [
    s("Ankle AP", "ANKLE", "S"), s("Ankle Mortise", "ANKLE", "S"), s("Ankle Lat", "ANKLE", "S"),
], why="ankle radiograph", bpe="ANKLE", n=2, extra={"Laterality": "{S}"},
  req="XR Ankle {Ee} 3 Views")
X(G, "emerg", ["CT Pulmonary Angiogram", "CTPA"], "CT", "force", [
    s("Topogram  0.6  T20s", "CHEST", ImageType=LOC), s("CTPA  1.0  Bv40", "CHEST"), s("MIP Ax 10mm", "CHEST", ImageType=MIP),
], why="CT pulmonary angiogram", bpe="CHEST", n=2)
X(G, "nm", ["NM Bone Scan Whole Body", "NM Bone Scan WB + SPECT/CT"], "NM", "symbia", [
    s("WB Anterior", WB), s("WB Posterior", WB), s("SPECT/CT Pelvis", "PELVIS"),
], why="bone scan", bpe=None, n=2)
X(G, "nm", ["NM Lung V/Q Scan", "NM Lung Perfusion"], "NM", "symbia", [
    s("Perfusion 8 views", "CHEST"), s("Ventilation", "CHEST"),
], why="lung ventilation/perfusion", bpe="CHEST", n=1)
X(G, "onc", ["PET-CT FDG Whole Body", "PET-CT Ga68 DOTATATE", "PET-CT PSMA (Ga68)"], "PT", "biograph", [
    s("PET AC", WB), s("CT AC 3.0 B30f", WB, Modality="CT"), s("MIP", WB, ImageType=MIP),
], why="whole-body PET/CT", bpe="WHOLEBODY", n=2)
X(G, "womens", ["FL Hysterosalpingogram", "FL HSG"], "RF", "sonialvision", [
    s("HSG", "PELVIS"),
], why="hysterosalpingography", bpe=None, n=1)
X(G, "ir", ["IR Angioplasty {Ee} Leg", "IR Lower Limb Angiogram {Ee}"], "XA", "artis", [
    s("DSA {Ee} SFA", "THIGH", "S"), s("DSA {Ee} Pop", "KNEE", "S"), s("DSA {Ee} Tibial", "LEG", "S"),
], why="leg angioplasty, one side", bpe=None, n=1)
X(G, "paeds", ["US Hips Paediatric Bilateral", "US Hips (DDH)"], "US", "epiq", [
    s(None, "HIP", "B"),
], why="DDH hip ultrasound", bpe=None, n=1)
X(G, "general", ["XR Pelvis AP", "XR Pelvis"], "DX", "ge_dx", [
    s("Pelvis AP", "PELVIS"),
], why="pelvis radiograph", bpe="PELVIS", n=1)
X(G, "entdental", ["CT Temporal Bones", "CT IAMs"], "CT", "force", [
    s("Temporal Bone  0.6  Hr68", "HEAD"),
], why="temporal bone CT", bpe="HEAD", n=1)
X(G, "dxa", ["DXA Bone Densitometry", "BMD DEXA Spine and Hip"], "OT", "hologic", [
    s("AP Spine", "LSPINE"), s("Left Hip", "HIP", "L"),
], why="DXA", bpe=None, n=1)
X(G, "no-anatomy", ["CT Abdomen and Pelvis with contrast"], "DOC", "force", [
    s("Request form", "", SOPClassUID=PDF, why="scanned request form: no anatomy"),
], why="encapsulated request", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Malaysia: state hospital (English RIS, some Malay)
# --------------------------------------------------------------------------------------------
M = "my-hosp"
X(M, "general", ["X-RAY CHEST PA ERECT", "CXR PA", "X-RAY CHEST AP SUPINE"], "CR", "fcr", [
    s("CHEST PA", "CHEST", ViewPosition="PA"),
], why="chest radiograph", bpe="CHEST", n=4)
X(M, "gi", ["USG HBS", "USG HEPATOBILIARY", "ULTRASOUND HBS"], "US", "affiniti", [
    s(None, "ABDOMEN"),
], why="hepatobiliary ultrasound", bpe=None, n=3)
X(M, "uro", ["USG KUB", "ULTRASOUND KUB"], "US", "affiniti", [
    s(None, AP, why="kidneys, ureters, bladder"),
], why="KUB ultrasound", bpe=None, n=2)
X(M, "gi", ["USG ABDOMEN & PELVIS", "ULTRASOUND ABDOMEN AND PELVIS"], "US", "logiq", [
    s(None, AP),
], why="abdomen and pelvis ultrasound", bpe=None, n=2)
X(M, "emerg", ["CT BRAIN PLAIN", "CT BRAIN (NCCT)", "CT BRAIN CONTRAST"], "CT", "ge64", [
    s("Scout", "HEAD", ImageType=LOC), s("5mm Std", "HEAD"), s("Bone", "HEAD"),
] + dose("ge"), why="head CT", bpe="HEAD", n=3)
X(M, "msk", ["X-RAY KNEE {M} AP/LAT", "X-RAY LUTUT {M}", "X-RAY KNEE {e}"], "CR", "fcr", [
    s("KNEE AP", "KNEE", "S"), s("KNEE LAT", "KNEE", "S"),
], why="knee radiograph; side in Malay or English", bpe="KNEE", n=2)
X(M, "msk", ["X-RAY TANGAN {M}", "X-RAY HAND {e} AP/OBL"], "CR", "fcr", [
    s("HAND PA", "HAND", "S"), s("HAND OBL", "HAND", "S"),
], why="hand radiograph (tangan = hand)", bpe="HAND", n=2)
X(M, "breast", ["MAMMOGRAM BILATERAL", "MAMMOGRAPHY BILATERAL (SCREENING)"], "MG", "mammomat", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="bilateral mammogram", bpe="BREAST", n=1)
X(M, "onc", ["CT TAP", "CT THORAX ABDOMEN PELVIS", "CECT TAP", "ct thorax abdo pelvis c+"], "CT", "ict", [
    s("Surview", CAP, ImageType=LOC), s("TAP 5mm", CAP), s("Lung 1mm", CAP), s("Cor", CAP, ImageType=REF),
] + dose("philips"), why="CT thorax, abdomen and pelvis", bpe="CHEST_ABDOMEN_PELVIS", n=3)
X(M, "uro", ["IVU", "INTRAVENOUS UROGRAM"], "RF", "sonialvision", [
    s("CONTROL KUB", AP), s("10 MIN", AP), s("POST MICTURITION", "PELVIS", why="post-void bladder view"),
], why="IV urogram", bpe=None, n=1)
X(M, "msk", ["MRI CERVICAL SPINE", "MRI C-SPINE"], "MR", "achieva", [
    s("Survey", "CSPINE", ImageType=LOC), s("T2W_TSE SAG", "CSPINE"), s("T1W_TSE SAG", "CSPINE"), s("T2W_FFE TRA", "CSPINE"),
], why="cervical spine MR", bpe="CSPINE", n=1)
X(M, "gi", ["BARIUM ENEMA", "DOUBLE CONTRAST BARIUM ENEMA"], "RF", "sonialvision", [
    s("BE", AP), s(None, AP),
], why="barium enema: colon and rectum", bpe=None, n=1)
X(M, "general", ["X-RAY PELVIS AP", "X-RAY PELVIS"], "CR", "fcr", [
    s("PELVIS AP", "PELVIS"),
], why="pelvis radiograph", bpe="PELVIS", n=1)
X(M, "paeds", ["MCU", "MICTURATING CYSTOURETHROGRAM"], "RF", "sonialvision", [
    s("MCU", AP),
], why="micturating cystourethrogram", bpe=None, n=1)
X(M, "cardio", ["CT ANGIO LOWER LIMB BILATERAL", "CTA LOWER LIMBS (RUN-OFF)"], "CT", "ict", [
    s("Surview", "ABDOMEN PELVIS THIGH KNEE LEG ANKLE FOOT", "B", ImageType=LOC),
    s("Runoff 1mm", "ABDOMEN PELVIS THIGH KNEE LEG ANKLE FOOT", "B", why="aorta to feet, both legs"),
    s("MIP Cor", "ABDOMEN PELVIS THIGH KNEE LEG ANKLE FOOT", "B", ImageType=MIP),
], why="lower-limb CT angiography", bpe="EXTREMITY", n=1)
X(M, "entdental", ["OPG", "X-RAY OPG"], "PX", "planmeca", [
    s("OPG", "HEAD"),
], why="orthopantomogram", bpe=None, n=2)
X(M, "cardio", ["ECHOCARDIOGRAM", "2D ECHO"], "US", "epiq", [
    s(None, "CHEST"),
], why="echocardiogram", bpe=None, n=2)
X(M, "msk", ["X-RAY SHOULDER {e} AP/Y", "X-RAY BAHU {M}"], "CR", "fcr", [
    s("SHOULDER AP", "SHOULDER", "S"),
], why="shoulder radiograph (bahu = shoulder)", bpe="SHOULDER", n=1)
X(M, "no-anatomy", ["X-RAY CHEST PA ERECT"], "PR", "fcr", [
    s("GSPS", "", SOPClassUID=GSPS),
], why="presentation state", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# India: private hospital chain (English RIS with local abbreviations; Wipro GE, Siemens, Philips)
# --------------------------------------------------------------------------------------------
I = "in-hosp"
X(I, "general", ["X-RAY CHEST PA VIEW", "X RAY CHEST PA", "XRAY CHEST AP (PORTABLE)", "X-RAY CHEST PA VEIW"], "CR", "allengers", [
    s("CHEST PA", "CHEST", ViewPosition="PA"),
], why="chest radiograph", bpe="CHEST", n=4)
X(I, "gi", ["USG WHOLE ABDOMEN", "USG ABDOMEN (WHOLE)", "USG W/A", "USG WHOLE ABDOMAN",
                         "USG WHOLE ABDOMEN WITH PELVIS AND POST VOID RESIDUAL URINE VOLUME ESTIMATION"], "US", "logiq", [
    s(None, AP, why="whole abdomen USG: abdomen and pelvis"),
], why="whole abdomen ultrasound", bpe=None, n=4)
X(I, "womens", ["USG OBSTETRIC (NT SCAN)", "USG OBS ANOMALY SCAN", "USG OBSTETRICS"], "US", "voluson", [
    s(None, "PELVIS", why="gravid uterus"), s("OB Report", "", Modality="SR", SOPClassUID=COMP_SR, why="biometry SR: no anatomy"),
], why="obstetric ultrasound", bpe=None, n=2)
X(I, "emerg", ["NCCT HEAD", "CT BRAIN PLAIN", "NCCT BRAIN"], "CT", "wipro_ct", [
    s("Scout", "HEAD", ImageType=LOC), s("5mm Brain", "HEAD"), s("Bone 1.25", "HEAD"),
] + dose("ge"), why="non-contrast head CT", bpe="HEAD", n=3)
X(I, "gi", ["CECT WHOLE ABDOMEN", "CECT ABDOMEN & PELVIS", "CT W/A (CONTRAST)"], "CT", "brivo", [
    s("Scout", AP, ImageType=LOC), s("5mm PV", AP), s("Cor", AP, ImageType=REF),
], why="whole-abdomen contrast CT", bpe="ABDOMEN", n=2)
X(I, "general", ["HRCT CHEST", "HRCT THORAX", "CT CHEST (HRCT)"], "CT", "wipro_ct", [
    s("Scout", "CHEST", ImageType=LOC), s("1.25mm Lung", "CHEST"),
], why="high-resolution chest CT", bpe="CHEST", n=3)
X(I, "msk", ["MRI LS SPINE", "MRI L.S. SPINE (PLAIN)", "MRI LSS"], "MR", "explorer", [
    s("3-pl Loc", "LSPINE", ImageType=LOC), s("Sag T2 FRFSE", "LSPINE"), s("Sag T1", "LSPINE"), s("Ax T2", "LSPINE"),
    s("Cor STIR (whole spine screening)", SPINE, why="screening coronal of the whole spine"),
], why="lumbosacral spine MR", bpe="LSPINE", n=2)
X(I, "neuro", ["MRI BRAIN PLAIN", "MRI BRAIN WITH MRA", "MRI BRAIN (P+C)"], "MR", "dmr", [
    s("Ax T2 FSE", "HEAD"), s("Ax FLAIR", "HEAD"), s("Ax DWI", "HEAD"), s("3D TOF", "HEAD"),
], why="brain MR", bpe="HEAD", n=2)
X(I, "msk", ["MRI KNEE {e}", "MRI {e} KNEE JOINT"], "MR", "explorer", [
    s("Sag PD FS", "KNEE", "S"), s("Cor PD FS", "KNEE", "S"), s("Ax PD FS", "KNEE", "S"),
], why="knee MR", bpe="KNEE", n=2)
X(I, "msk", ["X-RAY LS SPINE AP/LAT", "X RAY L.S. SPINE"], "DX", "digitaldiag", [
    s("LS SPINE AP", "LSPINE"), s("LS SPINE LAT", "LSPINE"),
], why="lumbosacral spine radiograph", bpe="LSPINE", n=2)
X(I, "entdental", ["X-RAY PNS WATERS VIEW", "X RAY PNS OM VIEW"], "CR", "allengers", [
    s("PNS", "HEAD"),
], why="paranasal sinus radiograph", bpe="SKULL", n=2)
X(I, "msk", ["X-RAY BOTH KNEE AP STANDING", "X RAY B/L KNEE AP"], "CR", "allengers", [
    s("BOTH KNEE AP", "KNEE", "B"),
], why="both knees", bpe="KNEE", n=2)
X(I, "uro", ["CT KUB (PLAIN)", "NCCT KUB", "CT KUB"], "CT", "wipro_ct", [
    s("Scout", AP, ImageType=LOC), s("2.5mm KUB", AP),
], why="stone CT: kidneys to bladder", bpe="ABDOMEN", n=2)
X(I, "msk", ["X-RAY {e} FOREARM AP/LAT", "X RAY FOREARM {e}"], "CR", "allengers", [
    s("FOREARM AP", "FOREARM", "S"), s("FOREARM LAT", "FOREARM", "S"),
], why="forearm radiograph", bpe="FOREARM", n=2)
X(I, "breast", ["MAMMOGRAPHY BOTH BREAST", "B/L MAMMOGRAPHY"], "MG", "pristina", [
    s("RCC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("LCC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("RMLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("LMLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
], why="bilateral mammography", bpe="BREAST", n=1)
X(I, "cardio", ["CT CORONARY ANGIO", "CT CORONARY ANGIOGRAPHY"], "CT", "force", [
    s("Topogram  0.6  T20s", "CHEST", ImageType=LOC), s("Cardiac  0.6  Bv36  BestDiast 72 %", "CHEST"),
], why="coronary CTA", bpe="HEART", n=1)
X(I, "msk", ["X-RAY DORSAL SPINE AP/LAT", "X RAY D-SPINE"], "DX", "digitaldiag", [
    s("D SPINE AP", "TSPINE", why="dorsal spine = thoracic spine"), s("D SPINE LAT", "TSPINE"),
], why="dorsal (thoracic) spine radiograph", bpe="TSPINE", n=2)
X(I, "msk", ["MRI D-L SPINE", "MRI DORSOLUMBAR SPINE"], "MR", "explorer", [
    s("Sag T2", "TSPINE LSPINE"), s("Sag T1", "TSPINE LSPINE"), s("Ax T2 D12-L1", "TSPINE LSPINE"),
], why="dorsolumbar spine MR", bpe="SPINE", n=1)
X(I, "cardio", ["CAG", "CORONARY ANGIOGRAPHY", "CAG + PTCA"], "XA", "ge_xa", [
    s("LCA", "CHEST"), s("RCA", "CHEST"),
], why="coronary angiography", bpe=None, n=2)
X(I, "breast", ["USG BREAST BOTH", "USG B/L BREAST"], "US", "logiq", [
    s(None, "BREAST", "B"),
], why="bilateral breast ultrasound", bpe=None, n=1)
X(I, "msk", ["X-RAY {e} SHOULDER AP", "X RAY SHOULDER {e} AP/AXIAL"], "CR", "allengers", [
    s("SHOULDER AP", "SHOULDER", "S"),
], why="shoulder radiograph", bpe="SHOULDER", n=1)
X(I, "msk", ["MRI BOTH HIPS (AVN)", "MRI B/L HIP JOINTS"], "MR", "explorer", [
    s("Cor STIR", "PELVIS HIP", "B"), s("Cor T1", "PELVIS HIP", "B"), s("Ax T2", "PELVIS HIP", "B"),
], why="both hips MR: pelvis and both hips in the FOV", bpe="HIP", n=1)
X(I, "msk", ["X-RAY PELVIS WITH BOTH HIPS AP", "X-RAY PBH"], "CR", "allengers", [
    s("PBH AP", "PELVIS HIP", "B"),
], why="pelvis with both hips", bpe="PELVIS", n=1)
X(I, "no-anatomy", ["NCCT HEAD"], "OT", "wipro_ct", [
    s("Report", "", SOPClassUID=SC, why="scanned report: no anatomy"),
], why="scanned text", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# Thailand: university hospital (Thai plus English)
# --------------------------------------------------------------------------------------------
TH = "th-hosp"
X(TH, "general", ["เอกซเรย์ปอด (Chest PA)", "Chest PA เอกซเรย์ทรวงอก", "CXR ตรวจสุขภาพ"], "DX", "carestream", [
    s("Chest PA", "CHEST", ViewPosition="PA"),
], why="chest radiograph", bpe="CHEST", n=4)
X(TH, "emerg", ["CT Brain (NC) ซีทีสมอง", "ซีทีสแกนสมอง", "CT Brain non-contrast"], "CT", "ict", [
    s("Surview", "HEAD", ImageType=LOC), s("Brain 5mm", "HEAD"), s("Bone 1mm", "HEAD"),
] + dose("philips"), why="head CT", bpe="HEAD", n=3)
X(TH, "gi", ["อัลตราซาวด์ช่องท้องส่วนบน (U/S upper abdomen)", "U/S Upper abdomen"], "US", "logiq", [
    s(None, "ABDOMEN"),
], why="upper abdominal ultrasound", bpe=None, n=3)
X(TH, "gi", ["U/S whole abdomen อัลตราซาวด์ช่องท้องทั้งหมด", "อัลตราซาวด์ช่องท้องทั้งหมด"], "US", "epiq", [
    s(None, AP),
], why="whole-abdomen ultrasound", bpe=None, n=2)
X(TH, "msk", ["เอกซเรย์เข่า{T}", "Knee AP/Lat (เข่า{T})", "X-ray เข่า{T}"], "DX", "carestream", [
    s("Knee AP", "KNEE", "S"), s("Knee Lat", "KNEE", "S"),
], why="knee radiograph; side in Thai", bpe="KNEE", n=2)
X(TH, "msk", ["เอกซเรย์ข้อเท้า{T}", "X-ray ข้อเท้า{T} AP/Lat/Mortise"], "DX", "carestream", [
    s("Ankle AP", "ANKLE", "S"), s("Ankle Lat", "ANKLE", "S"),
], why="ankle radiograph; side in Thai", bpe="ANKLE", n=2)
X(TH, "msk", ["เอกซเรย์ข้อมือ{T}", "X-ray ข้อมือ{T}"], "DX", "carestream", [
    s("Wrist PA", "WRIST", "S"), s("Wrist Lat", "WRIST", "S"),
], why="wrist radiograph; side in Thai", bpe="WRIST", n=1)
X(TH, "breast", ["แมมโมแกรม + อัลตราซาวด์เต้านม", "Mammogram ทั้งสองข้าง", "แมมโมแกรม"], "MG", "selenia", [
    s("R CC", "BREAST", "R", ImageLaterality="R", ViewPosition="CC"), s("L CC", "BREAST", "L", ImageLaterality="L", ViewPosition="CC"),
    s("R MLO", "BREAST", "R", ImageLaterality="R", ViewPosition="MLO"), s("L MLO", "BREAST", "L", ImageLaterality="L", ViewPosition="MLO"),
    s("Breast US", "BREAST", "B", Modality="US", why="both-breast ultrasound in the same study"),
], why="mammography with ultrasound", bpe="BREAST", n=2)
X(TH, "gi", ["CT Whole abdomen with contrast", "CT whole abdomen (CECT) ซีทีช่องท้อง"], "CT", "ict", [
    s("Surview", AP, ImageType=LOC), s("Abd+Pelvis 5mm", AP), s("Venous Cor", AP, ImageType=REF),
], why="whole-abdomen CT", bpe="ABDOMEN", n=2)
X(TH, "msk", ["MRI L-S spine", "MRI LS-spine (เอ็มอาร์ไอกระดูกสันหลังส่วนเอว)"], "MR", "ingenia", [
    s("sT2W_TSE SAG", "LSPINE"), s("T1W_TSE SAG", "LSPINE"), s("T2W_TSE TRA", "LSPINE"),
], why="lumbar spine MR", bpe="LSPINE", n=2)
X(TH, "general", ["CT chest high resolution", "HRCT Chest (ILD)"], "CT", "ict", [
    s("Surview", "CHEST", ImageType=LOC), s("HR 1mm Insp", "CHEST"), s("HR 1mm Exp", "CHEST"),
], why="HRCT chest", bpe="CHEST", n=1)
X(TH, "dxa", ["Bone density (DEXA) วัดความหนาแน่นกระดูก", "BMD"], "OT", "hologic", [
    s("AP Spine", "LSPINE"), s("Left Hip", "HIP", "L"), s("Left Forearm", "FOREARM", "L"),
], why="DXA spine, hip and forearm", bpe=None, n=1)
X(TH, "entdental", ["U/S thyroid อัลตราซาวด์ต่อมไทรอยด์", "U/S Thyroid"], "US", "logiq", [
    s(None, "NECK"),
], why="thyroid ultrasound", bpe=None, n=2)
X(TH, "cardio", ["CTA lower extremity ทั้งสองข้าง", "CTA both legs"], "CT", "ict", [
    s("Runoff 1mm", "ABDOMEN PELVIS THIGH KNEE LEG ANKLE FOOT", "B"),
], why="lower-limb CTA run-off", bpe="LEG", n=1)
X(TH, "onc", ["PET/CT FDG ทั้งตัว", "PET/CT whole body"], "PT", "ge_pet", [
    s("WB 3D MAC", WB), s("CTAC", WB, Modality="CT"),
], why="whole-body PET/CT", bpe="WHOLEBODY", n=1)
X(TH, "screen", ["ตรวจสุขภาพประจำปี อัลตราซาวด์ช่องท้อง", "Check-up U/S abdomen"], "US", "logiq", [
    s("Abdomen", "ABDOMEN"),
], why="check-up abdominal ultrasound", bpe=None, n=2)
X(TH, "ir", ["TACE ตับ", "Hepatic angiography + TACE"], "XA", "artis", [
    s("Celiac DSA", "ABDOMEN"), s("DynaCT", "ABDOMEN"),
], why="hepatic chemoembolisation", bpe="ABDOMEN", n=1)
X(TH, "no-anatomy", ["CT Brain (NC) ซีทีสมอง"], "KO", "ict", [
    s("Key Images", "", SOPClassUID=KOS),
], why="key object selection: no anatomy", bpe=None, n=1)

# --------------------------------------------------------------------------------------------
# More limb, paediatric and spine work across the network
# --------------------------------------------------------------------------------------------
X(J, "msk", ["{J}肘関節 2方向", "肘関節 {J} XP", "{Jr} HIJI 2R"], "CR", "fcr", [
    s(None, "ELBOW", "S", AcquisitionDeviceProcessingDescription="肘関節 正面"),
    s(None, "ELBOW", "S", AcquisitionDeviceProcessingDescription="肘関節 側面"),
], why="elbow radiograph; side in kanji or romaji only", bpe="ELBOW", n=2)
X(J, "msk", ["全脊椎 立位 正面 (側弯症)", "全脊椎 2方向 立位"], "DX", "fdr", [
    s("全脊椎 正面", SPINE, why="standing whole-spine scoliosis film"), s("全脊椎 側面", SPINE),
], why="whole-spine radiograph", bpe=None, n=1)
X(J, "msk", ["下肢全長 立位 (両側)", "両下肢全長"], "DX", "fdr", [
    s("下肢全長 正面", "HIP THIGH KNEE LEG ANKLE", "B", why="both lower limbs hip to ankle on one stitched film"),
], why="standing long-leg film", bpe="LEG", n=1)
X(K, "msk", ["Humerus AP/Lat {Ks}", "상완골 {K} AP/LAT"], "DX", "samsung_dr", [
    s("Humerus AP", "ARM", "S"), s("Humerus Lat", "ARM", "S"),
], why="humerus radiograph", bpe="HUMERUS", n=1)
X(K, "paeds", ["소아 흉부 AP", "Chest AP (Pediatric)"], "DX", "samsung_dr", [
    s("Chest AP", "CHEST", ViewPosition="AP"),
], why="paediatric chest film", bpe="CHEST", n=2)
X(K, "paeds", ["신생아 뇌초음파", "Neonatal Brain US"], "US", "samsung_us", [
    s("Brain", "HEAD", why="cranial US through the fontanelle"),
], why="neonatal cranial ultrasound", bpe=None, n=1)
X(K, "msk", ["손목 X-ray {Kw}", "Wrist PA/Lat {Ks}"], "DX", "drtech", [
    s("Wrist PA", "WRIST", "S"), s("Wrist Lat", "WRIST", "S"),
], why="wrist radiograph, side only in Korean", bpe="WRIST", n=1)
X(I, "msk", ["X-RAY {e} FEMUR AP/LAT", "X RAY FEMUR {e} WITH HIP"], "CR", "allengers", [
    s("FEMUR AP", "THIGH", "S"), s("FEMUR LAT", "THIGH", "S"),
], why="femur radiograph", bpe="FEMUR", n=1)
X(I, "msk", ["X-RAY {e} LEG AP/LAT", "X RAY {e} TIBIA FIBULA"], "CR", "allengers", [
    s("LEG AP", "LEG", "S"), s("LEG LAT", "LEG", "S"),
], why="tibia and fibula radiograph", bpe="LEG", n=1)
X(H, "msk", ["XR ELBOW {e}", "XR ELBOW {e} (AP/LAT)"], "CR", "agfa", [
    s("ELBOW AP", "ELBOW", "S"), s("ELBOW LAT", "ELBOW", "S"),
], why="elbow radiograph", bpe="ELBOW", n=1)
X(H, "msk", ["XR FEMUR {e}", "XR {C}股骨 (FEMUR)"], "CR", "agfa", [
    s("FEMUR AP", "THIGH", "S"),
], why="femur radiograph", bpe="FEMUR", n=1)
X(C, "msk", ["{C}肱骨正侧位", "{C}肱骨DR"], "DX", "mindray_dr", [
    s("肱骨正位", "ARM", "S"), s("肱骨侧位", "ARM", "S"),
], why="humerus radiograph; side in Chinese", bpe="HUMERUS", n=1)
X(C, "msk", ["{C}胫腓骨正侧位", "{C}小腿正侧位"], "DX", "mindray_dr", [
    s("胫腓骨正位", "LEG", "S"), s("胫腓骨侧位", "LEG", "S"),
], why="tibia and fibula radiograph", bpe="LEG", n=1)
X(C, "msk", ["{C}股骨正侧位", "{C}大腿DR"], "DX", "mindray_dr", [
    s("股骨正位", "THIGH", "S"),
], why="femur radiograph", bpe="FEMUR", n=1)
X(C, "paeds", ["儿童胸部正位", "小儿胸片"], "DX", "mindray_dr", [
    s("胸部正位", "CHEST", ViewPosition="AP"),
], why="child chest film", bpe="CHEST", n=2)
X(T, "msk", ["Elbow AP/Lat ({C}肘)", "{C}肘 X光"], "CR", "fcr", [
    s("Elbow AP", "ELBOW", "S"), s("Elbow Lat", "ELBOW", "S"),
], why="elbow radiograph", bpe="ELBOW", n=1)
X(T, "paeds", ["小兒腹部X光 (KUB)", "Pediatric KUB 腹部"], "CR", "fcr", [
    s("KUB", AP),
], why="paediatric KUB", bpe="ABDOMEN", n=1)
X(TH, "msk", ["เอกซเรย์ข้อศอก{T} (เด็ก)", "X-ray ข้อศอก{T}"], "DX", "carestream", [
    s("Elbow AP", "ELBOW", "S"), s("Elbow Lat", "ELBOW", "S"),
], why="elbow radiograph; side in Thai", bpe="ELBOW", n=2)
X(TH, "msk", ["เอกซเรย์กระดูกต้นขา{T}", "X-ray Femur (ต้นขา{T})"], "DX", "carestream", [
    s("Femur AP", "THIGH", "S"), s("Femur Lat", "THIGH", "S"),
], why="femur radiograph; side in Thai", bpe="FEMUR", n=1)
X(TH, "neuro", ["MRI Brain เอ็มอาร์ไอสมอง", "MRI brain with contrast"], "MR", "ingenia", [
    s("SURVEY", "HEAD", ImageType=LOC), s("T2W_TSE TRA", "HEAD"), s("FLAIR TRA", "HEAD"), s("DWI b1000", "HEAD"),
    s("3D T1 TFE +C", "HEAD"),
], why="brain MR", bpe="BRAIN", n=2)
X(TH, "paeds", ["เอกซเรย์ช่องท้องเด็ก (Abdomen supine)", "Plain abdomen supine (เด็ก)"], "DX", "carestream", [
    s("Abdomen Supine", AP, why="plain abdominal film: diaphragm to pubis"),
], why="paediatric plain abdomen", bpe="ABDOMEN", n=1)
X(M, "msk", ["X-RAY SIKU {M}", "X-RAY ELBOW {e}"], "CR", "fcr", [
    s("ELBOW AP", "ELBOW", "S"), s("ELBOW LAT", "ELBOW", "S"),
], why="elbow radiograph (siku = elbow)", bpe="ELBOW", n=1)
X(M, "msk", ["X-RAY FEMUR {e}", "X-RAY PEHA {M}"], "CR", "fcr", [
    s("FEMUR AP", "THIGH", "S"), s("FEMUR LAT", "THIGH", "S"),
], why="femur radiograph (peha = thigh)", bpe="FEMUR", n=1)
X(M, "paeds", ["X-RAY ABDOMEN SUPINE (PAEDS)", "AXR SUPINE"], "CR", "fcr", [
    s("ABDOMEN", AP, why="plain abdominal film: diaphragm to pubis"),
], why="paediatric plain abdomen", bpe="ABDOMEN", n=1)
X(M, "neuro", ["MRI BRAIN", "MRI BRAIN (C+)"], "MR", "achieva", [
    s("Survey", "HEAD", ImageType=LOC), s("T2W_TSE TRA", "HEAD"), s("FLAIR", "HEAD"), s("DWI", "HEAD"),
], why="brain MR", bpe="HEAD", n=2)
X(G, "paeds", ["XR Forearm {Ee} (Paediatric)", "XR Forearm {Ee}"], "DX", "ge_dx", [
    s("Forearm AP", "FOREARM", "S"), s("Forearm Lateral", "FOREARM", "S"),
], why="forearm radiograph", bpe="FOREARM", n=1)
X(G, "msk", ["XR Humerus {Ee}", "XR Humerus {Ee} AP and Lateral"], "DX", "ge_dx", [
    s("Humerus AP", "ARM", "S"),
], why="humerus radiograph", bpe="HUMERUS", n=1)
X(G, "msk", ["US Achilles Tendon {Ee}", "US Achilles {Ee}"], "US", "epiq", [
    s(None, "ANKLE", "S", why="Achilles tendon at the ankle"),
], why="Achilles tendon ultrasound", bpe=None, n=1)
X(KS, "screen", ["흉부 X-ray (PA)", "흉부촬영"], "DX", "drtech", [
    s("Chest PA", "CHEST", ViewPosition="PA"),
    s("Presentation State", "", Modality="PR", SOPClassUID=GSPS, why="presentation state: no pixels"),
], why="screening chest film", bpe="CHEST", n=1)
X(D, "screen", ["ドック 胸部CT", "胸部CT 検診"], "CT", "hitachi_ct", [
    s("Scanogram", "CHEST", ImageType=LOC), s("肺野 2.5mm", "CHEST"), s("縦隔 5mm", "CHEST"),
], why="check-up chest CT", bpe="CHEST", n=1)

# Site settings: how often a system there leaves BodyPartExamined empty, and the share of rows
# that carry their study.
BPE_KEEP = {"jp-univ": 0.85, "jp-dock": 0.82, "kr-univ": 0.88, "kr-screen": 0.82, "cn-univ": 0.9, "tw-univ": 0.85,
            "hk-hosp": 0.82, "sg-gen": 0.88, "my-hosp": 0.8, "in-hosp": 0.78, "th-hosp": 0.8}
STUDY_P = 0.40
MAX_ROWS = 3
LO_FIELDS = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
             "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")


def fill(value, side):
    """Fills the side tokens of a template string (side 0: right, 1: left)."""
    if isinstance(value, str):
        for tok, words in SIDE_TOKENS.items():
            value = value.replace(tok, words[side])
    elif isinstance(value, list):
        value = [fill(v, side) for v in value]
    return value


def clip(meta):
    """Truncates as DICOM value representations do: LO 64 characters, CS 16."""
    for k in LO_FIELDS:
        if isinstance(meta.get(k), str):
            meta[k] = meta[k][:64]
    if isinstance(meta.get("BodyPartExamined"), str):
        meta["BodyPartExamined"] = meta["BodyPartExamined"][:16]
    return meta


def instances(rng):
    """Every study of the month: (template, side, study description, keep BodyPartExamined?, with study?)."""
    out = []
    for t in STUDIES:
        for _ in range(t["n"]):
            out.append((t, rng.randrange(2), rng.choice(t["desc"]), rng.random() < BPE_KEEP[t["site"]],
                        rng.random() < STUDY_P))
    return out


def build_rows():
    rng = random.Random(SEED)
    rows = []
    for t, side, sdesc, keep_bpe, with_study in instances(rng):
        manufacturer, model = VENDORS[t["vendor"]]
        sdesc = fill(sdesc, side)
        metas = []
        for se in t["series"]:
            m = {"Modality": t["mod"], "Manufacturer": manufacturer, "ManufacturerModelName": model,
                 "StudyDescription": sdesc}
            if se["desc"] is not None:
                m["SeriesDescription"] = fill(se["desc"], side)
            if t["proto"] and t["mod"] in ("CT", "MR"):
                m["ProtocolName"] = t["proto"]
            if t["req"]:
                m["RequestedProcedureDescription"] = fill(rng.choice(t["req"]) if isinstance(t["req"], list) else t["req"], side)
            for k, v in t["extra"].items():
                m[k] = fill(v, side)
            bpe = se["meta"].get("bpe", t["bpe"])
            if bpe and keep_bpe:
                m["BodyPartExamined"] = bpe
            for k, v in se["meta"].items():
                if k != "bpe":
                    m[k] = fill(v, side)
            if m.get("Modality") in ("SR", "KO", "PR", "DOC"):
                m.pop("ManufacturerModelName", None) if rng.random() < 0.3 else None
            metas.append(clip(m))
        # a study's rows: at most MAX_ROWS of its series (a long MR or CT study would crowd the set)
        picked = sorted(rng.sample(range(len(metas)), min(MAX_ROWS, len(metas))))
        for i in picked:
            se = t["series"][i]
            meta = dict(metas[i])
            lat = se["lat"]
            if lat == "S":
                lat = "RL"[side]
            row = {"meta": meta, "labels": list(se["labels"]), "laterality": lat}
            if with_study:
                if "SeriesDescription" in meta and rng.random() < 0.35:
                    del meta["StudyDescription"]
                sibs = []
                for j, other in enumerate(metas):
                    if j != i:
                        sib = {k: v for k, v in other.items() if k not in ("StudyDescription", "Manufacturer", "ManufacturerModelName")}
                        sibs.append(sib)
                row["study"] = {"StudyDescription": sdesc, "series": sibs}
            elif "SeriesDescription" in meta and rng.random() < 0.08 and (lat not in ("L", "R") or "ImageLaterality" in meta):
                # a series forwarded alone, without its study text (never where that text holds the side)
                del meta["StudyDescription"]
            why = se["why"] or t["why"]
            if se["why"] and t["why"] not in se["why"]:
                why = f"{t['why']}: {se['why']}"
            row["why"] = why
            stratum = "no-anatomy" if not se["labels"] else t["stratum"]
            row["group"] = f"{t['site']}:{stratum}"
            rows.append(row)
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build_rows())


def summary(rows):
    n = len(rows)
    lines = [f"rows {n}", f"with study {sum('study' in r for r in rows)}",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)}",
             f"empty label set {sum(not r['labels'] for r in rows)}"]
    for title, key in (("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                       ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))):
        c = Counter(key(r) for r in rows)
        lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    ap.add_argument("--summary", action="store_true", help="print the counts")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what the generator writes", file=sys.stderr)
            return 1
        return 0
    if args.summary:
        print(summary([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
