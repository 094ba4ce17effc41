"""Build the third blind clinical anatomy set (tests/anatomy/data/clinical_set_3.jsonl).

Deterministic (fixed seed, stdlib only, no project imports). The exams come from
langs.py and strata.py; this module dresses each one in the series metadata a
scanner of the given vendor writes, and adds scouts, sparse series with their
study context, mammography views and second projections.

    python tests/anatomy/clinical3/build.py          # writes the jsonl
    python tests/anatomy/clinical3/build.py --check  # exit 1 if the file differs
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from langs import EXTRA, LANGS  # noqa: E402
from strata import DENTAL, NM_PET, NO_ANATOMY, VENDOR_DEFAULTS, XA_RF  # noqa: E402

OUT = HERE.parent / "data" / "clinical_set_3.jsonl"
SEED = 33033

AXIAL = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
LIMB = ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
        "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
CODES = AXIAL + ["BREAST", "CSPINE", "TSPINE", "LSPINE"] + LIMB
ALIASES = {"WB": AXIAL, "SPINE": ["CSPINE", "TSPINE", "LSPINE"]}

SOP = {
    "CT": "1.2.840.10008.5.1.4.1.1.2",
    "MR": "1.2.840.10008.5.1.4.1.1.4",
    "CR": "1.2.840.10008.5.1.4.1.1.1",
    "DX": "1.2.840.10008.5.1.4.1.1.1.1",
    "PX": "1.2.840.10008.5.1.4.1.1.1.1",
    "IO": "1.2.840.10008.5.1.4.1.1.1.3",
    "MG": "1.2.840.10008.5.1.4.1.1.1.2",
    "US": "1.2.840.10008.5.1.4.1.1.6.1",
    "NM": "1.2.840.10008.5.1.4.1.1.20",
    "PT": "1.2.840.10008.5.1.4.1.1.128",
    "XA": "1.2.840.10008.5.1.4.1.1.12.1",
    "RF": "1.2.840.10008.5.1.4.1.1.12.2",
    "SC": "1.2.840.10008.5.1.4.1.1.7",
    "OT": "1.2.840.10008.5.1.4.1.1.7",
    "SR": "1.2.840.10008.5.1.4.1.1.88.67",
}
SOP_ENH = {"CT": "1.2.840.10008.5.1.4.1.1.2.1", "MR": "1.2.840.10008.5.1.4.1.1.4.1",
           "US": "1.2.840.10008.5.1.4.1.1.3.1"}
SOP_TOMO = "1.2.840.10008.5.1.4.1.1.13.1.3"

VENDORS = {
    "siemens": ("SIEMENS", {"CT": ["SOMATOM Definition AS+", "SOMATOM go.Up", "SOMATOM Force", "SOMATOM Perspective", "SOMATOM Drive"],
                            "MR": ["MAGNETOM Skyra", "MAGNETOM Aera", "Avanto_fit", "MAGNETOM Vida", "MAGNETOM Sola", "Amira", "MAGNETOM ESSENZA"],
                            "*": ["Ysio Max", "Multix Fusion Max", "Luminos dRF Max"]}),
    "ge": ("GE MEDICAL SYSTEMS", {"CT": ["Revolution CT", "LightSpeed VCT", "Optima CT660", "Discovery CT750 HD", "BrightSpeed", "Revolution EVO"],
                                  "MR": ["SIGNA Architect", "Optima MR450w", "DISCOVERY MR750w", "SIGNA Explorer", "Signa HDxt", "SIGNA Pioneer"],
                                  "*": ["Definium 656", "Discovery XR656", "Optima XR240amx", "Senographe Pristina"]}),
    "philips": ("Philips", {"CT": ["Brilliance 64", "iCT 256", "Ingenuity CT", "IQon - Spectral CT", "Incisive CT"],
                            "MR": ["Ingenia", "Achieva", "Ingenia Elition X", "Ingenia Ambition X", "Multiva"],
                            "*": ["DigitalDiagnost", "MobileDiagnost wDR", "CombiDiagnost R90"]}),
    "canon": ("CANON_MEC", {"CT": ["Aquilion ONE", "Aquilion PRIME SP", "Aquilion Lightning", "Aquilion CXL"],
                            "MR": ["Vantage Titan 3T", "Vantage Orian", "Vantage Elan", "Vantage Galan 3T"],
                            "*": ["CXDI-710C Wireless"]}),
    "toshiba": ("TOSHIBA", {"CT": ["Aquilion", "Aquilion ONE", "Aquilion 64"], "MR": ["Vantage Titan"], "*": ["Aquilion"]}),
    "uih": ("UIH", {"CT": ["uCT 760", "uCT 530", "uCT 780", "uCT 550"], "MR": ["uMR 780", "uMR 570", "uMR 588"],
                    "*": ["uDR 780i"]}),
    "neusoft": ("Neusoft Medical Systems", {"CT": ["NeuViz 128", "NeuViz 64 In", "NeuViz 16 Classic"], "MR": ["NSM-S15P"], "*": ["NeuVision 550"]}),
    "hitachi": ("Hitachi Medical Corporation", {"CT": ["SCENARIA", "Supria"], "MR": ["ECHELON_RX", "OASIS", "APERTO_Lucent"], "*": ["Radnext 32"]}),
    "fuji": ("FUJIFILM Corporation", {"CR": ["FCR PROFECT CS", "FCR Capsula XLII"], "*": ["FDR D-EVO II", "FDR Smart X", "FDR Go PLUS"]}),
    "agfa": ("Agfa", {"CR": ["CR 85-X", "CR 30-X"], "*": ["DX-D 300", "DX-D 100", "DR 600"]}),
    "carestream": ("Carestream Health", {"CR": ["CR 975", "Point-of-Care 360"], "*": ["DRX-Evolution", "DRX-Revolution", "DRX-1 System"]}),
    "konica": ("KONICA MINOLTA", {"CR": ["REGIUS 190"], "*": ["AeroDR", "CS-7"]}),
    "samsung": ("Samsung Electronics", {"*": ["GC85A", "GM85", "GR40CW"]}),
    "hologic": ("HOLOGIC, Inc.", {"*": ["Selenia Dimensions", "3Dimensions"]}),
    "siemens_mg": ("SIEMENS", {"*": ["Mammomat Inspiration", "MAMMOMAT Revelation"]}),
    "ge_mg": ("GE MEDICAL SYSTEMS", {"*": ["Senographe Pristina", "Senographe Essential"]}),
    "fuji_mg": ("FUJIFILM Corporation", {"*": ["AMULET Innovality"]}),
    "planmed": ("Planmed", {"*": ["Planmed Clarity"]}),
    "samsung_us": ("SAMSUNG MEDISON CO., LTD.", {"*": ["RS80A", "HS70A", "V8"]}),
    "philips_us": ("Philips Medical Systems", {"*": ["EPIQ 7G", "Affiniti 70G", "iU22"]}),
    "ge_us": ("GE Healthcare", {"*": ["LOGIQ E10", "LOGIQ S8", "Vivid E95"]}),
    "siemens_us": ("SIEMENS", {"*": ["ACUSON Sequoia", "ACUSON S2000"]}),
    "canon_us": ("CANON_MEC", {"*": ["Aplio i800", "Xario 200G"]}),
    "mindray_us": ("Mindray", {"*": ["Resona 7", "DC-70", "Nuewa R9"]}),
    "esaote": ("Esaote", {"*": ["MyLab Twice", "MyLab9"]}),
    "aloka": ("Hitachi Aloka Medical,Ltd", {"*": ["ARIETTA 850"]}),
    "siemens_nm": ("SIEMENS NM", {"*": ["Symbia T16", "Symbia Intevo Bold", "Symbia E"]}),
    "ge_nm": ("GE MEDICAL SYSTEMS", {"*": ["Discovery NM/CT 670", "NM 830", "Infinia"]}),
    "philips_nm": ("Philips Medical Systems", {"*": ["BrightView XCT", "Forte"]}),
    "mediso_nm": ("Mediso", {"*": ["AnyScan SCP"]}),
    "siemens_pt": ("SIEMENS", {"*": ["Biograph mCT Flow", "Biograph Vision 600", "Biograph64"]}),
    "ge_pt": ("GE MEDICAL SYSTEMS", {"*": ["Discovery MI", "Discovery 710", "Discovery IQ"]}),
    "philips_pt": ("Philips Medical Systems", {"*": ["Vereos", "Ingenuity TF PET/CT"]}),
    "uih_pt": ("UIH", {"*": ["uMI 780", "uPMR 790"]}),
    "siemens_xa": ("SIEMENS", {"*": ["AXIOM-Artis", "Artis zee", "Artis Q", "ARTIS icono"]}),
    "philips_xa": ("Philips Medical Systems", {"*": ["Allura Xper FD20", "Azurion 7 M20"]}),
    "ge_xa": ("GE Healthcare", {"*": ["Innova 3100", "Innova IGS 530"]}),
    "canon_xa": ("CANON_MEC", {"*": ["Infinix-i"]}),
    "siemens_rf": ("SIEMENS", {"*": ["Luminos dRF Max", "AXIOM-Iconos R200"]}),
    "philips_rf": ("Philips Medical Systems", {"*": ["CombiDiagnost R90", "EasyDiagnost Eleva"]}),
    "shimadzu_rf": ("SHIMADZU Corporation", {"*": ["SONIALVISION G4"]}),
    "ge_rf": ("GE Healthcare", {"*": ["Precision 500D"]}),
    "planmeca": ("Planmeca", {"*": ["ProMax", "ProMax 3D Mid", "ProX"]}),
    "sirona": ("Sirona", {"*": ["ORTHOPHOS XG", "ORTHOPHOS SL", "XIOS XG Supreme"]}),
    "carestream_dental": ("Carestream Health", {"*": ["CS 8100", "CS 9300", "RVG 6200"]}),
    "vatech": ("VATECH", {"*": ["PaX-i3D Green", "EzSensor"]}),
}

# Vendors that make each modality, for the language rows.
MAKERS = {
    "CT": ["siemens", "ge", "philips", "canon", "toshiba", "uih", "neusoft", "hitachi"],
    "MR": ["siemens", "ge", "philips", "canon", "uih", "hitachi"],
    "CR": ["fuji", "agfa", "carestream", "konica"],
    "DX": ["fuji", "agfa", "carestream", "konica", "samsung", "siemens", "ge", "philips"],
    "US": ["samsung_us", "philips_us", "ge_us", "siemens_us", "canon_us", "mindray_us", "esaote", "aloka"],
    "MG": ["hologic", "siemens_mg", "ge_mg", "fuji_mg", "planmed"],
    "NM": ["siemens_nm", "ge_nm", "philips_nm", "mediso_nm"],
    "PT": ["siemens_pt", "ge_pt", "philips_pt", "uih_pt"],
    "XA": ["siemens_xa", "philips_xa", "ge_xa", "canon_xa"],
}

# Standard BodyPartExamined per label set, and what sloppy systems write instead.
STD_BPE = {"CHEST+ABDOMEN+PELVIS": "CHESTABDPELVIS", "ABDOMEN+PELVIS": "ABDOMENPELVIS",
           "HEAD+NECK": "HEADNECK", "HEAD+NECK+CHEST+ABDOMEN+PELVIS": "WHOLEBODY"}
COARSE_BPE = {"HEAD": ["BRAIN", "SKULL"], "CHEST": ["THORAX", "LUNG"],
              "CSPINE": ["SPINE"], "TSPINE": ["SPINE"], "LSPINE": ["SPINE"],
              "CHEST+ABDOMEN+PELVIS": ["CHEST", "ABDOMEN"], "ABDOMEN+PELVIS": ["ABDOMEN"],
              "PELVIS": ["ABDOMEN"],
              "HEAD+NECK+CHEST+ABDOMEN+PELVIS": ["WHOLE BODY", "BODY"]}
for _limb in LIMB:
    COARSE_BPE[_limb] = ["EXTREMITY", "UPPER LIMB" if LIMB.index(_limb) < 6 else "LOWER LIMB"]

# SNOMED CT codes for AnatomicRegionSequence (set by some MR, MG and DX consoles).
SCT = {"HEAD": ("69536005", "Head"), "NECK": ("45048000", "Neck"), "CHEST": ("51185008", "Thorax"),
       "ABDOMEN": ("818983003", "Abdomen"), "PELVIS": ("816092008", "Pelvis"), "BREAST": ("76752008", "Breast"),
       "CSPINE": ("122494005", "Cervical spine"), "TSPINE": ("122495006", "Thoracic spine"),
       "LSPINE": ("122496007", "Lumbar spine"), "SHOULDER": ("16982005", "Shoulder"),
       "ARM": ("40983000", "Upper arm"), "ELBOW": ("127949000", "Elbow"), "FOREARM": ("14975008", "Forearm"),
       "WRIST": ("8205005", "Wrist"), "HAND": ("85562004", "Hand"), "HIP": ("29836001", "Hip"),
       "THIGH": ("68367000", "Thigh"), "KNEE": ("72696002", "Knee"), "LEG": ("30021000", "Lower leg"),
       "ANKLE": ("70258002", "Ankle joint"), "FOOT": ("56459004", "Foot"),
       "CHEST+ABDOMEN+PELVIS": ("416775004", "Chest, Abdomen and Pelvis"),
       "ABDOMEN+PELVIS": ("818982008", "Abdomen and Pelvis"), "HEAD+NECK": ("774007", "Head and Neck"),
       "HEAD+NECK+CHEST+ABDOMEN+PELVIS": ("38266002", "Entire body")}

# Short English tag a sibling series' protocol carries (sparse rows whose siblings hold the anatomy).
SIB_TAG = {"HEAD": "BRAIN", "NECK": "NECK", "CHEST": "CHEST", "ABDOMEN": "ABD", "PELVIS": "PELVIS",
           "BREAST": "BREAST", "CSPINE": "C-SPINE", "TSPINE": "T-SPINE", "LSPINE": "L-SPINE",
           "CHEST+ABDOMEN+PELVIS": "C/A/P", "ABDOMEN+PELVIS": "ABD/PEL", "HEAD+NECK": "HEAD NECK",
           "HEAD+NECK+CHEST+ABDOMEN+PELVIS": "WB"}
GLOSS_SIDE = {"L": "left", "R": "right", "B": "both"}


def parse_labels(s):
    out = []
    for part in s.split("+") if s else []:
        out += ALIASES.get(part, [part])
    return [c for c in CODES if c in out]


def key(labels):
    return "+".join(labels)


def gloss(labels, lat):
    g = "+".join(x.lower() for x in labels) or "no anatomy"
    return g + (f", {GLOSS_SIDE[lat]}" if lat else "")


def group_of(code):
    return "limbs_spine_mixed" if code == "mixed" else f"lang_{code}"


def rows_of(table):
    for line in table.strip().splitlines():
        if line.strip():
            yield [c.strip() for c in line.split("|")]


class Maker:
    def __init__(self):
        self.r = random.Random(SEED)
        self.rows = []

    # ---- vendor series names -------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def device(self, vendor, mod):
        manu, models = VENDORS[vendor]
        return manu, self.pick(models.get(mod, models["*"]))

    def ct_series(self, vendor):
        th = self.pick(["1.0", "1.25", "2.0", "3.0", "5.0", "0.625", "0.75"])
        if vendor == "siemens":
            k = self.pick(["Br40", "Br36", "Hr38", "Qr40", "I30f", "B30f", "Bv40", "Br64"])
            return f"{th}  {k}  3", k, th
        if vendor == "ge":
            k = self.pick(["STANDARD", "SOFT", "BONE", "DETAIL", "BONEPLUS"])
            return self.pick([f"{th}mm {k[:4].upper()}", f"Axial {th} {k}", f"Recon 2: {th}"]), k, th
        if vendor == "philips":
            k = self.pick(["B", "C", "YA", "YB", "UB", "D"])
            return self.pick([f"iDose 4 {th}mm", f"{th}mm {k}", "Series 3"]), k, th
        if vendor in ("canon", "toshiba"):
            k = self.pick(["FC13", "FC18", "FC08", "FC30", "FC52"])
            return self.pick([f"{th} {k} AIDR 3D", f"Vol. {th}", f"{th} x {th}"]), k, th
        if vendor == "uih":
            k = self.pick(["B_SOFT_B", "B_SHARP_C", "H_SOFT_A"])
            return f"{th}mm {k}", k, th
        k = self.pick(["F20", "F30", "STD"])
        return f"{th}mm {k}", k, th

    def ct_scout(self, vendor):
        return {"siemens": "Topogram  0.6  T20f", "ge": "Scout", "philips": "Surview",
                "canon": "Scanogram", "toshiba": "Scanogram", "uih": "Topo", "neusoft": "Topo",
                "hitachi": "Scanogram"}[vendor]

    def mr_series(self, vendor):
        if vendor == "siemens":
            s = self.pick(["t2_tse_tra", "t1_tse_sag", "pd_tse_fs_cor", "t2_tse_fs_sag", "t1_vibe_fs_tra", "ep2d_diff_tra_b1000", "t2_blade_tra", "t1_se_cor"])
            seq = {"t": "*tse2d1_15", "p": "*tse2d1_9", "e": "*ep_b0_1000t"}[s[0]] if "vibe" not in s else "*fl3d1"
        elif vendor == "ge":
            s = self.pick(["Ax T2 FRFSE", "Sag T1 FSE", "Cor STIR", "Ax DWI 1000b", "Sag PD FS", "Ax T1 FSPGR 3D", "Cor T2 FS"])
            seq = "epi2" if "DWI" in s else ("efgre3d" if "FSPGR" in s else self.pick(["fse-xl", "frfse"]))
        elif vendor == "philips":
            s = self.pick(["T2W_TSE", "T1W_TSE", "PDW_SPAIR", "DWI_b1000", "sT1W_3D_TFE", "STIR_TSE", "WIP T2W_TSE_COR", "T2W_TSE_SAG"])
            seq = ""
        elif vendor in ("canon", "toshiba"):
            s = self.pick(["FSE T2 AX", "T1W_SE_SAG", "FE3D T1", "DWI b1000", "STIR COR"])
            seq = ""
        elif vendor == "uih":
            s = self.pick(["t2_fse_tra", "t1_fse_sag", "pd_fse_fs_cor", "dwi_b1000", "t1_gre_fs_3d"])
            seq = ""
        else:
            s = self.pick(["T2W FSE", "T1W SE", "STIR", "DWI"])
            seq = ""
        scan = "EP" if "diff" in s.lower() or "dwi" in s.lower() else ("GR" if any(x in s for x in ("vibe", "FSPGR", "TFE", "FE3D", "gre")) else "SE")
        return s, seq, scan

    def mr_scout(self, vendor):
        return {"siemens": "localizer", "ge": self.pick(["3-Plane Loc", "3Plane Loc SSFSE"]),
                "philips": self.pick(["Survey", "SmartExam Survey"]), "canon": "Locator", "toshiba": "Locator",
                "uih": "localizer", "hitachi": "Scanogram", "neusoft": "Localizer"}[vendor]

    # ---- BodyPartExamined ----------------------------------------------------
    def bpe(self, labels, local, meta, why):
        """~70 % of rows carry BodyPartExamined; some local, some coarse."""
        k = key(labels)
        u = self.r.random()
        if u < 0.12:
            return
        if local and u < 0.5 and not 0.12 <= u < 0.24:
            meta["BodyPartExamined"] = local
            why.append("BodyPartExamined in the local language")
        elif u < 0.24 and k in COARSE_BPE:
            meta["BodyPartExamined"] = self.pick(COARSE_BPE[k])
            why.append(f"BodyPartExamined {meta['BodyPartExamined']} is coarse or off")
        else:
            meta["BodyPartExamined"] = STD_BPE.get(k, k if "+" not in k else "")
            if not meta["BodyPartExamined"]:
                del meta["BodyPartExamined"]

    def add(self, meta, labels, lat, why, group, study=None):
        row = {"meta": meta, "labels": labels, "laterality": lat}
        if study is not None:
            row["study"] = study
        row["why"] = why
        row["group"] = group
        self.rows.append(row)

    # ---- one series of an exam ----------------------------------------------
    def series(self, mod, vendor, labels, lat, text, side_in_text, kind):
        """Series metadata; kind in main / scout / sparse / second."""
        manu, model = self.device(vendor, mod)
        meta = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": manu, "ManufacturerModelName": model}
        if mod == "CT":
            if kind == "scout":
                meta["SeriesDescription"] = self.ct_scout(vendor)
                meta["ImageType"] = "ORIGINAL\\PRIMARY\\LOCALIZER"
            else:
                d, k, th = self.ct_series(vendor)
                meta["SeriesDescription"] = d
                meta["ConvolutionKernel"] = k
                meta["SliceThickness"] = th
                meta["ImageType"] = "ORIGINAL\\PRIMARY\\AXIAL" if self.r.random() < 0.7 else "DERIVED\\SECONDARY\\REFORMATTED"
            if self.r.random() < 0.4 and "HEAD" not in labels and not set(labels) & set(LIMB):
                meta["ContrastBolusAgent"] = self.pick(["Omnipaque 350", "Ultravist 370", "Iomeron 400", "碘海醇", "Visipaque"])
            meta["PatientPosition"] = "FFS" if set(labels) & set(LIMB[6:]) else "HFS"
        elif mod == "MR":
            if kind == "scout":
                meta["SeriesDescription"] = self.mr_scout(vendor)
                meta["ImageType"] = "ORIGINAL\\PRIMARY\\M\\ND"
                meta["ScanningSequence"] = "GR"
            else:
                s, seq, scan = self.mr_series(vendor)
                meta["SeriesDescription"] = s
                if vendor in ("siemens", "uih", "ge") and self.r.random() < 0.6:
                    meta["ProtocolName"] = s
                if seq:
                    meta["SequenceName"] = seq
                meta["ScanningSequence"] = scan
                meta["ImageType"] = "ORIGINAL\\PRIMARY\\M\\NORM\\DIS2D"
                if self.r.random() < 0.15:
                    meta["SOPClassUID"] = SOP_ENH["MR"]
            meta["PatientPosition"] = "FFS" if set(labels) & set(LIMB[6:]) else "HFS"
        elif mod in ("CR", "DX"):
            first = ["AP", "PA"] if set(labels) & {"CHEST", "HAND", "WRIST"} else ["AP"]
            vp = self.pick(first) if kind != "second" else self.pick(["LAT", "LL", "OBL"])
            meta["ViewPosition"] = vp
            if self.r.random() < 0.6:
                meta["SeriesDescription"] = self.pick([vp, f"{vp} view", vp])
            meta["ImageType"] = "ORIGINAL\\PRIMARY"
        elif mod == "US":
            meta["ImageType"] = "ORIGINAL\\PRIMARY\\ABDOMINAL" if "ABDOMEN" in labels else "ORIGINAL\\PRIMARY"
            if self.r.random() < 0.3:
                meta["SOPClassUID"] = SOP_ENH["US"]
        elif mod in ("NM", "PT"):
            names = ["Static", "Recon - AC", "ANT"] if mod == "NM" else ["PET AC", "AC Images", "Recon 1"]
            meta["SeriesDescription"] = self.pick(names) if kind != "sparse" else "Recon 2"
        elif mod == "XA":
            meta["SeriesDescription"] = self.pick(["", "Run 3", "DSA 2F/s", "Fluoro"]) or "Run 1"
        if text and kind != "sparse":
            meta["StudyDescription"] = text
            if self.r.random() < 0.5:
                meta["RequestedProcedureDescription"] = text
            if self.r.random() < 0.15:
                meta["PerformedProcedureStepDescription"] = text
            if self.r.random() < 0.2:
                meta["ProcedureCodeSequence"] = [{"CodeValue": f"{mod}{self.r.randrange(1000, 9999)}",
                                                  "CodingSchemeDesignator": self.pick(["99LOCAL", "L", "99RIS", "HIS"]),
                                                  "CodeMeaning": text}]
        if lat and (not side_in_text or self.r.random() < 0.5):
            if mod in ("CR", "DX") and self.r.random() < 0.5:
                meta["ImageLaterality"] = lat if lat != "B" else "B"
            else:
                meta["Laterality"] = lat
        if mod in ("MR", "DX") and labels and self.r.random() < 0.15 and key(labels) in SCT:
            c, m = SCT[key(labels)]
            meta["AnatomicRegionSequence"] = [{"CodeValue": c, "CodingSchemeDesignator": "SCT", "CodeMeaning": m}]
        return meta

    def siblings(self, mod, vendor, labels, lat, n, tagged):
        """Other series of the same study (no labels). tagged: they carry the anatomy."""
        out = []
        for i in range(n):
            s = self.series(mod, vendor, labels, lat if tagged else None, "", True, "main")
            sib = {k: v for k, v in s.items() if k in ("Modality", "SeriesDescription", "ProtocolName", "ViewPosition", "Laterality", "ImageLaterality")}
            sib["SeriesNumber"] = i + 2
            if tagged:
                k = key(labels)
                tag = SIB_TAG.get(k, k)
                if i == 0:
                    sib["ProtocolName"] = tag + (f" {lat}" if lat in ("L", "R") else "")
                sib["BodyPartExamined"] = STD_BPE.get(k, k.split("+")[0] if "+" in k else k)
                if lat:
                    sib["Laterality"] = lat
            out.append(sib)
        return out

    # ---- strata --------------------------------------------------------------
    def lang_rows(self):
        for code, (name, table) in list(LANGS.items()) + [("mixed", EXTRA)]:
            for mod, lab, side, text, local, note in rows_of(table):
                if mod == "CR" and self.r.random() < 0.45:
                    mod = "DX"  # flat-panel rooms write DX for the same exam
                labels = parse_labels(lab)
                lat = side.upper() if side != "-" else None
                in_text = side in ("L", "R", "B")
                vendor = self.pick(MAKERS[mod])
                if mod == "MG":
                    self.mammo_pair(vendor, text, lat, group_of(code), f"{name} '{text}'", note)
                    continue
                why = [f"{name} '{text}' = {gloss(labels, lat)}"]
                if lat and not in_text:
                    why.append("side only in the laterality tag")
                if note:
                    why.append(note)
                meta = self.series(mod, vendor, labels, lat, text, in_text, "main")
                if lat and not in_text and "Laterality" not in meta and "ImageLaterality" not in meta:
                    meta["Laterality"] = lat
                self.bpe(labels, local, meta, why)
                study = None
                if self.r.random() < 0.55:
                    study = {"StudyDescription": text, "series": self.siblings(mod, vendor, labels, lat, self.r.randrange(1, 4), False)}
                self.add(meta, labels, lat, "; ".join(why), group_of(code), study)
                self.variant(mod, vendor, labels, lat, text, in_text, name, code, note)

    def variant(self, mod, vendor, labels, lat, text, in_text, name, code, note):
        """A second series of the same exam: scout, sparse or second projection."""
        u = self.r.random()
        base = [note] if note else []
        if mod in ("CT", "MR") and u < 0.45:
            meta = self.series(mod, vendor, labels, lat, text, in_text, "scout")
            if lat and "Laterality" not in meta and not in_text:
                meta["Laterality"] = lat
            why = [f"scout of {name} '{text}' takes its anatomy ({gloss(labels, lat)})"] + base
            self.bpe(labels, "", meta, why)
            study = {"StudyDescription": text, "series": self.siblings(mod, vendor, labels, lat, 2, False)} if self.r.random() < 0.5 else None
            self.add(meta, labels, lat, "; ".join(why), "scout_localizer", study)
        elif mod in ("CT", "MR", "US", "NM", "PT", "XA") and u < 0.85:
            meta = self.series(mod, vendor, labels, None, text, True, "sparse")
            if mod == "US":
                meta.pop("SeriesDescription", None)
            if self.r.random() < 0.5:
                study = {"StudyDescription": text, "series": self.siblings(mod, vendor, labels, lat, self.r.randrange(1, 4), False)}
                why = [f"sparse series; the study description ({name} '{text}') gives {gloss(labels, lat)}"]
                if lat:
                    meta["Laterality"] = lat
                    why.append("side in the Laterality tag")
            else:
                study = {"StudyDescription": "", "series": self.siblings(mod, vendor, labels, lat, self.r.randrange(2, 4), True)}
                why = [f"sparse series, empty study description; sibling series carry {gloss(labels, lat)}"]
            self.add(meta, labels, lat, "; ".join(why + base), "sparse_context", study)
        elif mod in ("CR", "DX"):
            meta = self.series(mod, vendor, labels, lat, text, in_text, "second")
            if lat and not in_text and "Laterality" not in meta and "ImageLaterality" not in meta:
                meta["ImageLaterality"] = lat
            why = [f"second projection of {name} '{text}' = {gloss(labels, lat)}"] + base
            self.bpe(labels, "", meta, why)
            self.add(meta, labels, lat, "; ".join(why), group_of(code))

    def mammo_pair(self, vendor, text, lat, group, what, note):
        """One or two views of a mammogram; each view is one breast."""
        sides = [lat] if lat in ("L", "R") else ["R", "L"]
        views = ["CC", "MLO"]
        for i, side in enumerate(sides):
            view = views[(i + self.r.randrange(2)) % 2]
            manu, model = self.device(vendor, "MG")
            meta = {"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": manu, "ManufacturerModelName": model,
                    "ImageLaterality": side, "ViewPosition": view}
            if text:
                meta["StudyDescription"] = text
            u = self.r.random()
            if vendor == "hologic":
                meta["SeriesDescription"] = self.pick([f"{side} {view}", f"{side} {view} Tomosynthesis Reconstruction", f"{side} {view} C-View"])
                if "Tomosynthesis" in meta["SeriesDescription"]:
                    meta["SOPClassUID"] = SOP_TOMO
            elif u < 0.5:
                meta["SeriesDescription"] = f"{side}{view}"
            meta["ImageType"] = "ORIGINAL\\PRIMARY" if "C-View" not in meta.get("SeriesDescription", "") else "DERIVED\\PRIMARY"
            if self.r.random() < 0.7:
                meta["BodyPartExamined"] = "BREAST"
            if self.r.random() < 0.2:
                meta["AnatomicRegionSequence"] = [{"CodeValue": "76752008", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Breast"}]
            why = f"{what}: {view} view of the {GLOSS_SIDE[side]} breast (ImageLaterality {side})"
            if lat == "B" and side:
                why += "; bilateral study, each view is one breast"
            if note:
                why += "; " + note
            study = None
            if self.r.random() < 0.5:
                study = {"StudyDescription": text, "series": [
                    {"Modality": "MG", "SeriesDescription": f"{s}{v}", "ImageLaterality": s, "ViewPosition": v, "SeriesNumber": n + 1}
                    for n, (s, v) in enumerate([("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]) if s in sides]}
            self.add(meta, ["BREAST"], side, why, group, study)

    def mammo_stratum(self):
        texts = ["Mammographie bilatérale de dépistage", "乳腺X线摄影", "유방촬영술 (screening)", "Mamografia de rastreio",
                 "Mammografie beidseits", "ממוגרפיה", "Мамографія", "Mamografia diagnostyczna lewej piersi",
                 "Mammogram screening bilateral", "", "BILATERAL SCREENING MAMMO", "MAMMO DIAG RT",
                 "Tomosynthèse mammaire", "Mamografía diagnóstica izquierda", "DBT screening", "乳房攝影"]
        sidefor = {"Mamografia diagnostyczna lewej piersi": "L", "MAMMO DIAG RT": "R", "Mamografía diagnóstica izquierda": "L"}
        for i, text in enumerate(texts):
            vendor = MAKERS["MG"][i % len(MAKERS["MG"])]
            self.mammo_pair(vendor, text, sidefor.get(text, "B"), "mammo_views", f"mammogram '{text}'" if text else "mammogram, no study description", "")
        # spot, magnification and implant views, named by the tech or the console
        for i, (desc, side, view) in enumerate([("L ML SPOT MAG", "L", "ML"), ("R XCCL", "R", "XCCL"), ("L CC ID", "L", "CC"),
                                                ("R MLO Implant Displaced", "R", "MLO"), ("Spot Compression LCC", "L", "CC"),
                                                ("R LM MAG 1.8x", "R", "LM"), ("L CV", "L", "CV"), ("RMLO", "R", "MLO")]):
            vendor = MAKERS["MG"][i % len(MAKERS["MG"])]
            manu, model = self.device(vendor, "MG")
            meta = {"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": manu, "ManufacturerModelName": model,
                    "SeriesDescription": desc, "ViewPosition": view, "ImageType": "ORIGINAL\\PRIMARY"}
            if i % 3 != 2:
                meta["ImageLaterality"] = side
            why = f"additional mammographic view '{desc}' of the {GLOSS_SIDE[side]} breast"
            if "ImageLaterality" not in meta:
                why += "; side only in the series description"
            self.add(meta, ["BREAST"], side, why, "mammo_views")
        # breast MR and US: side from text or tags, bilateral MR = B
        for text, mod, lat, inn in [("MR Mamma beidseits dynamisch", "MR", "B", True), ("乳腺MRI增强", "MR", "B", False),
                                    ("Ecografía mamaria izquierda", "US", "L", True), ("유방 초음파 우측", "US", "R", True),
                                    ("US Breast", "US", "L", False), ("Breast MRI bilateral", "MR", "B", True),
                                    ("Echografie sân stâng", "US", "L", True), ("Sonografie Mamma re.", "US", "R", True)]:
            vendor = self.pick(MAKERS[mod])
            meta = self.series(mod, vendor, ["BREAST"], "B" if mod == "MR" else lat, text, inn, "main")
            if not inn and "Laterality" not in meta:
                meta["Laterality"] = lat
            why = [f"breast {mod} '{text}' = breast, {GLOSS_SIDE[lat]}"]
            if not inn:
                why.append("side only in the laterality tag")
            if lat == "B" and not inn:
                why.append("spec silent: breast MR is imaged bilaterally, laterality B")
            self.bpe(["BREAST"], "", meta, why)
            self.add(meta, ["BREAST"], lat, "; ".join(why), "breast_mr_us")

    def table_rows(self, table, group, mod_default=None):
        for vendor, mod, sdesc, prot, series, bpe, lab, side, note in rows_of(table):
            labels = parse_labels(lab)
            lat = side.upper() if side != "-" else None
            manu, model = self.device(vendor, mod)
            meta = {"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": manu, "ManufacturerModelName": model}
            if sdesc:
                meta["StudyDescription"] = sdesc
            if prot:
                meta["ProtocolName"] = prot
            if series:
                meta["SeriesDescription"] = series
            if bpe:
                meta["BodyPartExamined"] = bpe
            if lat:
                if mod in ("CR", "DX"):
                    meta["ImageLaterality"] = lat
                else:
                    meta["Laterality"] = lat
            if mod in ("CR", "DX") and series:
                vp = series.replace("-", "")
                meta["ViewPosition"] = vp if vp in ("AP", "PA", "LAT", "OBL", "AXIAL") else "AP"
                if prot:
                    meta["AcquisitionDeviceProcessingDescription"] = prot
            if mod == "CT" and series and ("  " in series or "mm" in series):
                meta["ImageType"] = "ORIGINAL\\PRIMARY\\AXIAL"
            if not labels:
                self.blank(meta, mod, series)
            why = []
            src = sdesc or prot or series
            if labels:
                why.append(f"'{src}' = {gloss(labels, lat)}")
                if side.islower():
                    why.append("side only in the laterality tag")
            else:
                why.append(f"'{series}' shows no anatomy")
            if note:
                why.append(note)
            study = None
            if labels and self.r.random() < 0.5:
                study = {"StudyDescription": sdesc, "series": self.siblings(mod, vendor, labels, lat, self.r.randrange(1, 4), False)}
            self.add(meta, labels, lat, "; ".join(why), group, study)

    def blank(self, meta, mod, series):
        low = series.lower()
        qc = any(w in low for w in ("phantom", "qa", "qc", "flood", "flat field", "test", "calibration", "catphan", "periodic"))
        if mod == "SR":
            meta["Modality"] = "SR"
        elif not qc:
            meta["SOPClassUID"] = SOP["SC"]
            meta["ImageType"] = "DERIVED\\SECONDARY\\OTHER"
            if mod == "SC":
                meta["Modality"] = "OT" if self.r.random() < 0.5 else "SC"

    def sparse_multi(self):
        """Multi-region studies: the series' own text decides, not the study's."""
        cases = [
            ("CT", "siemens", "CT Schädel + HWS nativ", "C-Spine  2.0  Br60  3", ["CSPINE"], "study covers head and C-spine; the series is the C-spine recon"),
            ("CT", "siemens", "CT Schädel + HWS nativ", "Head  5.0  H30s", ["HEAD"], "study covers head and C-spine; the series is the head recon"),
            ("CT", "ge", "CT 头颅+胸部平扫", "5mm BRAIN STND", ["HEAD"], "combined head+chest order; series is the brain recon"),
            ("CT", "ge", "CT 头颅+胸部平扫", "1.25mm LUNG", ["CHEST"], "combined head+chest order; series is the lung recon"),
            ("CT", "philips", "Politrauma TC cuerpo entero", "Columna lumbar 2mm YB", ["LSPINE"], "polytrauma study; series is the lumbar spine reformat"),
            ("CT", "canon", "外傷 全身CT", "HEAD 5.0 FC26", ["HEAD"], "trauma study; series is the head recon"),
            ("CT", "uih", "胸部+上腹部CT增强", "Chest 1.0 B_SHARP_C", ["CHEST"], "chest+upper abdomen order; series is the chest recon"),
            ("MR", "siemens", "MRT HWS + BWS", "t2_tse_sag_BWS", ["TSPINE"], "two-region spine order; series is the thoracic block (BWS)"),
            ("MR", "ge", "MRI C+T+L SPINE", "Sag T2 Whole Spine Composed", ["CSPINE", "TSPINE", "LSPINE"], "composed whole-spine series"),
            ("MR", "philips", "Colonne totale IRM", "T2W_TSE_SAG_Lombaire", ["LSPINE"], "whole-spine order; series is the lumbar block"),
            ("CT", "siemens", "CT Angio Hals + Kopf", "CTA Hals  1.0  Bv36", ["NECK"], "spec silent: the neck reformat of a head+neck CTA is labelled NECK"),
            ("CT", "ge", "CT HEAD AND NECK W CONTRAST", "Recon 3: 2.5 SOFT", ["HEAD", "NECK"], "head-and-neck exam = HEAD+NECK"),
            ("MR", "siemens", "Ganzkörper-MRT", "t2_tirm_cor_WB_composed", AXIAL, "whole-body MR = whole body by the spec"),
            ("CT", "toshiba", "CT Colonography", "Prone 1.0 FC18", ["ABDOMEN", "PELVIS"], "CT colonography = ABDOMEN+PELVIS by the spec"),
            ("CT", "neusoft", "CT KUB 泌尿系平扫", "5mm F30", ["ABDOMEN", "PELVIS"], "KUB = ABDOMEN+PELVIS by the spec"),
            ("MR", "canon", "MRI ข้อสะโพกทั้งสองข้าง", "STIR COR", ["HIP"], "Thai 'both hip joints' = hip, both"),
            ("CT", "ge", "CT LOWER EXTREMITY RT", "1.25mm BONE", ["KNEE"], "study names only the right lower limb; sibling ProtocolName 'KNEE R' and BodyPartExamined KNEE name the joint"),
        ]
        for mod, vendor, sdesc, series, labels, reason in cases:
            meta = self.series(mod, vendor, labels, None, "", True, "sparse")
            meta["SeriesDescription"] = series
            meta.pop("ProtocolName", None)
            meta["StudyDescription"] = sdesc
            lat = None
            if "HIP" in labels:
                lat = "B"
            if "KNEE" in labels:
                lat = "R"
                meta["SeriesDescription"] = "1.25mm BONE"
            study = {"StudyDescription": sdesc, "series": self.siblings(mod, vendor, labels, lat, 2, "KNEE" in labels)}
            self.add(meta, labels, lat, reason, "multi_region_study", study)

    def build(self):
        self.lang_rows()
        self.table_rows(VENDOR_DEFAULTS, "vendor_default")
        self.mammo_stratum()
        self.table_rows(NM_PET, "nm_pet")
        self.table_rows(XA_RF, "xa_rf_interventional")
        self.table_rows(DENTAL, "dental")
        self.table_rows(NO_ANATOMY, "no_anatomy")
        self.sparse_multi()
        return self.rows


def render():
    rows = Maker().build()
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else "differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
