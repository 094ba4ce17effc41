"""Writes tests/anatomy/data/clinical_set_22.jsonl: a fortnight of series from an oncology and
nuclear-medicine network (a comprehensive cancer centre in Germany, an Italian oncology institute,
a Dutch radiotherapy department and a North American cancer hospital), labelled blind against the
shared anatomy spec (see README.md beside this file).

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

SEED = 22
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_22.jsonl"
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP_ = ["ABDOMEN", "PELVIS"]
HN = ["HEAD", "NECK"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
LOWER = ["THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]

# SOP classes of the objects written here.
SOP = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "PT": "1.2.840.10008.5.1.4.1.1.128",
       "NM": "1.2.840.10008.5.1.4.1.1.20", "US": "1.2.840.10008.5.1.4.1.1.6.1", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
       "CR": "1.2.840.10008.5.1.4.1.1.1", "MG": "1.2.840.10008.5.1.4.1.1.1.2", "RF": "1.2.840.10008.5.1.4.1.1.12.2",
       "XA": "1.2.840.10008.5.1.4.1.1.12.1", "RTSTRUCT": "1.2.840.10008.5.1.4.1.1.481.3",
       "RTPLAN": "1.2.840.10008.5.1.4.1.1.481.5", "RTDOSE": "1.2.840.10008.5.1.4.1.1.481.2",
       "RTIMAGE": "1.2.840.10008.5.1.4.1.1.481.1", "RTRECORD": "1.2.840.10008.5.1.4.1.1.481.4",
       "REG": "1.2.840.10008.5.1.4.1.1.66.1", "SC": "1.2.840.10008.5.1.4.1.1.7", "KO": "1.2.840.10008.5.1.4.1.1.88.59",
       "RDSR": "1.2.840.10008.5.1.4.1.1.88.67", "CSR": "1.2.840.10008.5.1.4.1.1.88.33", "PR": "1.2.840.10008.5.1.4.1.1.11.1",
       "PDF": "1.2.840.10008.5.1.4.1.1.104.1", "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3"}

# ---------------------------------------------------------------- sites
# name: (languages (drawn per study), kind, rows, {stratum: weight})
SITES = {
    "de-ccc": (["de"], "comprehensive cancer centre, Germany", 255,
               {"pet": 6, "nm": 5, "rt": 2, "staging": 3, "response": 3, "biopsy": 2, "breast": 2, "limb": 3, "general": 2}),
    "it-ion": (["it"], "oncology institute, Italy", 235,
               {"pet": 5, "nm": 5, "rt": 2, "staging": 3, "response": 2, "biopsy": 2, "breast": 3, "limb": 3, "general": 2}),
    "nl-rt": (["nl", "nl", "nl", "en"], "radiotherapy department with nuclear medicine, Netherlands", 215,
              {"rt": 9, "pet": 3, "nm": 2, "staging": 2, "response": 1, "biopsy": 1, "limb": 2, "general": 1, "breast": 1}),
    "us-cch": (["en"], "cancer hospital, United States/Canada", 245,
               {"pet": 6, "nm": 4, "rt": 2, "staging": 3, "response": 2, "biopsy": 2, "breast": 2, "limb": 3, "general": 3}),
}
# Systems per site: (Manufacturer as the device writes it, ManufacturerModelName).
VEND = {
    "de-ccc": {
        "pet": [("SIEMENS", "Biograph Vision 600"), ("SIEMENS", "Biograph128"), ("Siemens Healthineers", "Biograph Vision Quadra")],
        "ct": [("SIEMENS", "SOMATOM Force"), ("SIEMENS", "SOMATOM Definition AS+"), ("Siemens Healthineers", "SOMATOM X.cite")],
        "rtct": [("Siemens Healthineers", "SOMATOM go.Open Pro")],
        "mr": [("SIEMENS", "MAGNETOM Vida"), ("SIEMENS", "MAGNETOM Skyra"), ("Siemens Healthineers", "MAGNETOM Sola")],
        "nm": [("SIEMENS", "Symbia Intevo Bold"), ("SIEMENS", "Symbia T16")],
        "der": [("HERMES Medical Solutions", "Hermes Hybrid Recon"), ("HERMES Medical Solutions", "Hermes Hybrid Viewer")],
        "tps": [("Varian Medical Systems", "ARIA RadOnc"), ("Brainlab", "Elements")],
        "cbct": [("Varian Medical Systems", "On-Board Imager")],
        "mg": [("SIEMENS", "Mammomat Revelation")], "dx": [("SIEMENS", "Ysio Max"), ("SIEMENS", "Multix Impact")],
        "us": [("SIEMENS", "ACUSON Sequoia"), ("Siemens Healthineers", "ACUSON Juniper")],
        "fl": [("SIEMENS", "Luminos dRF Max")], "dxa": [("HOLOGIC", "Horizon A")]},
    "it-ion": {
        "pet": [("GE MEDICAL SYSTEMS", "Discovery MI"), ("GE HEALTHCARE", "Omni Legend"), ("GE MEDICAL SYSTEMS", "Discovery 710")],
        "ct": [("GE MEDICAL SYSTEMS", "Revolution EVO"), ("GE MEDICAL SYSTEMS", "Revolution CT")],
        "rtct": [("GE MEDICAL SYSTEMS", "Discovery RT")],
        "mr": [("GE MEDICAL SYSTEMS", "SIGNA Architect"), ("GE MEDICAL SYSTEMS", "DISCOVERY MR750w")],
        "nm": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670 Pro"), ("GE HEALTHCARE", "NM/CT 870 DR")],
        "der": [("GE MEDICAL SYSTEMS", "Xeleris"), ("HERMES Medical Solutions", "Hermes Hybrid Viewer")],
        "tps": [("Elekta", "Monaco"), ("RaySearch Laboratories", "RayStation")],
        "cbct": [("Elekta", "XVI")],
        "mg": [("GE MEDICAL SYSTEMS", "Senographe Pristina"), ("IMS GIOTTO S.p.A.", "GIOTTO CLASS")],
        "dx": [("FUJIFILM Corporation", "FDR Smart X"), ("FUJIFILM Corporation", "FDR D-EVO II")],
        "us": [("Esaote", "MyLab 9"), ("GE Healthcare", "LOGIQ E10")],
        "fl": [("GE Healthcare", "Precision 500D")], "dxa": [("GE Healthcare", "Lunar iDXA")]},
    "nl-rt": {
        "pet": [("Philips", "Vereos PET/CT"), ("CANON_MEC", "Cartesion Prime")],
        "ct": [("Philips", "IQon - Spectral CT"), ("CANON_MEC", "Aquilion ONE")],
        "rtct": [("Philips", "Brilliance Big Bore"), ("Philips", "Big Bore RT")],
        "mr": [("Philips Medical Systems", "Ingenia"), ("Philips Medical Systems", "Ingenia Ambition X")],
        "nm": [("SIEMENS", "Symbia Intevo"), ("Philips", "BrightView XCT")],
        "der": [("MIM Software Inc.", "MIM"), ("MIM Software Inc.", "MIMviewer")],
        "tps": [("RaySearch Laboratories", "RayStation"), ("Elekta", "Monaco")],
        "cbct": [("Elekta", "XVI")],
        "mg": [("HOLOGIC, Inc.", "Selenia Dimensions")], "dx": [("Philips Medical Systems", "DigitalDiagnost C90")],
        "us": [("Philips Medical Systems", "EPIQ 7G")], "fl": [("Philips Medical Systems", "CombiDiagnost R90")],
        "dxa": [("HOLOGIC", "Horizon W")]},
    "us-cch": {
        "pet": [("GE MEDICAL SYSTEMS", "Discovery MI"), ("GE HEALTHCARE", "Omni Legend"), ("SIEMENS", "Biograph Vision 600"),
                ("UIH", "uMI 550"), ("UIH", "uMI Panorama")],
        "ct": [("GE MEDICAL SYSTEMS", "Revolution CT"), ("SIEMENS", "SOMATOM Definition Edge"), ("CANON_MEC", "Aquilion ONE")],
        "rtct": [("SIEMENS", "SOMATOM Confidence"), ("Philips", "Brilliance Big Bore")],
        "mr": [("SIEMENS", "MAGNETOM Prisma"), ("GE MEDICAL SYSTEMS", "SIGNA Premier")],
        "nm": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), ("SIEMENS", "Symbia Intevo Bold")],
        "der": [("MIM Software Inc.", "MIM"), ("MIM Software Inc.", "MIM Encore")],
        "tps": [("Varian Medical Systems", "Eclipse"), ("Varian Medical Systems", "ARIA RadOnc")],
        "cbct": [("Varian Medical Systems", "On-Board Imager")],
        "mg": [("HOLOGIC, Inc.", "Selenia Dimensions"), ("HOLOGIC, Inc.", "3Dimensions")],
        "dx": [("Carestream Health", "DRX-Evolution Plus"), ("GE Healthcare", "Definium 656 HD")],
        "us": [("GE Healthcare", "LOGIQ E9"), ("SuperSonic Imagine", "Aixplorer")],
        "fl": [("Siemens Healthineers", "Luminos dRF Max")], "dxa": [("GE Healthcare", "Lunar Prodigy")]},
}
NOANAT_SHARE = 0.035

# ---------------------------------------------------------------- words
SIDE = {
    "de": {"R": ["rechts", "re.", "re", "RE", "rechts"], "L": ["links", "li.", "li", "LI", "links"],
           "B": ["beidseits", "bds.", "bds", "beidseitig"]},
    "it": {"R": {"m": ["destro", "dx", "DX"], "f": ["destra", "dx", "DX"]},
           "L": {"m": ["sinistro", "sx", "SX", "sn"], "f": ["sinistra", "sx", "SX"]},
           "B": ["bilaterale", "bil.", "bilat."]},
    "nl": {"R": ["rechts", "re", "RE", "rechts"], "L": ["links", "li", "LI", "links"], "B": ["beiderzijds", "bdz", "bilateraal"]},
    "en": {"R": ["Right", "RIGHT", "RT", "Rt", "R"], "L": ["Left", "LEFT", "LT", "Lt", "L"], "B": ["Bilateral", "BILATERAL", "BIL", "Both"]},
}


class Ctx:
    def __init__(self, rng, site):
        self.rng = rng
        self.site = site
        self.lang = rng.choice(SITES[site][0])
        self.v = VEND[site]

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def dev(self, kind):
        return self.c(self.v[kind])


def T(cx, **kw):
    """The site's phrasing in the study's language (a list: one of them)."""
    got = kw.get(cx.lang, kw.get("en"))
    return cx.c(got) if isinstance(got, list) else got


def LW(cx, common, **kw):
    """A device-side name: the vendor's English default or the site's own wording."""
    return cx.c(list(common) + list(kw.get(cx.lang, [])))


def side_word(cx, s, g="m"):
    w = SIDE[cx.lang][s]
    if isinstance(w, dict):
        w = w[g]
    return cx.c(w)


def fold(text):
    """An ASCII-only console: German umlauts transliterated, accents dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "ss")):
        text = text.replace(a, b)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def case(cx, text):
    r = cx.rng.random()
    if r < 0.22:
        text = text.upper()
    if cx.site in ("de-ccc", "it-ion") and cx.rng.random() < 0.2:
        text = fold(text)
    return text


def S(meta, labels, lat=None, why="", img=True, bpe=None, alt=None):
    return {"meta": meta, "labels": list(labels), "laterality": lat, "why": why, "img": img, "bpe": bpe, "alt": alt or []}


def M(mod, dev, desc, sop=False, **kw):
    m = {"Modality": mod, "Manufacturer": dev[0], "ManufacturerModelName": dev[1], "SeriesDescription": desc}
    if sop and mod in SOP:
        m["SOPClassUID"] = SOP[mod]
    m.update(kw)
    return m


def vendor(dev):
    mf = dev[0].upper()
    for k in ("SIEMENS", "GE", "PHILIPS", "CANON", "UIH", "TOSHIBA"):
        if mf.startswith(k):
            return k
    return mf


KERNEL = {"SIEMENS": {"soft": ["Br40", "B31f", "I30f", "Qr40", "Br38"], "lung": ["Br59", "B70f", "I70f", "Bl57"], "bone": ["Br64", "B60s"],
                      "ac": ["B19f", "Br38", "B30f"]},
          "GE": {"soft": ["STANDARD", "SOFT"], "lung": ["LUNG"], "bone": ["BONE", "BONEPLUS"], "ac": ["STANDARD"]},
          "PHILIPS": {"soft": ["B", "C"], "lung": ["L", "YA"], "bone": ["D", "YB"], "ac": ["B"]},
          "CANON": {"soft": ["FC18", "FC13", "FC08"], "lung": ["FC52", "FC55"], "bone": ["FC30", "FC35"], "ac": ["FC08"]},
          "UIH": {"soft": ["B_SOFT_B", "B_SOFT_C"], "lung": ["B_LUNG_B"], "bone": ["B_SHARP_C"], "ac": ["B_SOFT_AC"]}}


def ct_recon(cx, dev, region, th, kind="soft", **kw):
    """A CT series as the scanner names its recon (region word where the vendor's protocol has one)."""
    v = vendor(dev)
    k = cx.c(KERNEL.get(v, KERNEL["SIEMENS"])[kind])
    if v == "SIEMENS":
        name = cx.c([f"{region}  {th}  {k}  3", f"{region} {th} {k}", f"{region} {th} {k} {cx.c(['ADMIRE 3', 'SAFIRE 3', 'iMAR'])}"])
    elif v == "GE":
        gk = {"STANDARD": "STND", "SOFT": "SOFT", "LUNG": "LUNG", "BONE": "BONE", "BONEPLUS": "BONE+"}[k]
        name = cx.c([f"{th}mm {gk}", f"{region} {th}mm {gk}", f"{region} {gk} {th}", f"{th} {gk} ASiR-V 40%"])
    elif v == "PHILIPS":
        name = cx.c([f"{region} {th}mm {k}", f"iDose4 {region} {th} {k}", f"{region} {th} iMR1"])
    elif v == "CANON":
        name = cx.c([f"{region} {th} {k}", f"{region} {th} AIDR 3D", f"{region} {th} AiCE Body"])
    else:
        name = cx.c([f"{region}_{th}mm_{k}", f"CT_{region}_{th}mm"])
    m = M("CT", dev, name, sop=cx.p(0.3), ConvolutionKernel=k, SliceThickness=th,
          ImageType="ORIGINAL\\PRIMARY\\AXIAL")
    m.update(kw)
    return m


def scout_of(cx, dev):
    v = vendor(dev)
    name = {"SIEMENS": cx.c(["Topogram  0.6  T20f", "Topogram 0.6 T80s", "Topogram"]), "GE": cx.c(["Scout", "SCOUT", "3 Plane Scout"]),
            "PHILIPS": "Surview", "CANON": "Scanogram", "UIH": cx.c(["Topo", "Topogram"])}.get(v, "Scout")
    return M("CT", dev, name, ImageType="ORIGINAL\\PRIMARY\\LOCALIZER")


def dose_page(cx, dev):
    v = vendor(dev)
    if cx.p(0.4):
        return M("SR", dev, cx.c(["Radiation Dose Information", "X-Ray Radiation Dose SR", "Dose SR"]), SOPClassUID=SOP["RDSR"])
    name = {"SIEMENS": "Patient Protocol", "GE": "Dose Report", "PHILIPS": "Dose Info", "CANON": "Dose Info", "UIH": "Dose Report"}.get(v, "Dose Report")
    return M("CT" if v in ("SIEMENS", "GE") else "OT", dev, name, ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID=SOP["SC"])


def mr_loc(cx, dev):
    v = vendor(dev)
    name = {"SIEMENS": cx.c(["localizer", "AAHead_Scout", "localizer_3plane"]), "GE": cx.c(["3Plane Loc", "3-Plane Loc SSFSE", "Loc"]),
            "PHILIPS": cx.c(["Survey", "SURVEY", "sSmartSurvey"])}.get(v, "Locator")
    return M("MR", dev, name, ScanningSequence="GR", ImageType="ORIGINAL\\PRIMARY\\M\\NORM")


# ---------------------------------------------------------------- PET/CT
TRACER = {
    "fdg": (WB, dict(de=["PET/CT Ganzkörper FDG", "FDG-PET/CT", "18F-FDG PET/CT Schädelbasis bis Oberschenkel", "PET-CT FDG Staging",
                         "Ganzkörper-PET/CT mit FDG"],
                     it=["PET-TC total body con 18F-FDG", "PET/TC FDG", "TOMOSCINTIGRAFIA GLOBALE CORPOREA PET/TC CON FDG", "PET/TC 18F-FDG stadiazione"],
                     nl=["PET-CT FDG total body", "FDG PET-CT", "PET/CT 18F-FDG romp", "PET-CT FDG ter stadiering"],
                     en=["PET/CT SKULL BASE TO MID-THIGH", "NM PET CT FDG INITIAL STAGING", "PET CT FDG SUBSEQUENT TREATMENT STRATEGY",
                         "PET/CT TUMOR IMAGING WHOLE BODY", "PET/CT FDG WHOLE BODY"]),
            ["WHOLEBODY", "WHOLEBODY", "CHEST", "ABDOMEN", "HEAD", "LUNG"]),
    "psma": (WB, dict(de=["PSMA-PET/CT (68Ga-PSMA-11)", "18F-PSMA-1007 PET/CT", "PSMA PET/CT Ganzkörper", "PET/CT PSMA Restaging Prostata-Ca"],
                      it=["PET/TC 68Ga-PSMA", "PET-TC con 18F-PSMA-1007", "PET/TC PSMA-11 total body"],
                      nl=["PSMA PET-CT", "PET-CT 18F-PSMA", "PSMA PET/CT stadiering prostaatcarcinoom"],
                      en=["PET/CT PSMA (PYLARIFY)", "NM PET CT PSMA-11 GA68", "PET CT PROSTATE PSMA SKULL TO THIGH", "PSMA PET/CT (POSLUMA)",
                          "PET/CT FLUCICLOVINE (AXUMIN)"]),
             ["WHOLEBODY", "PROSTATE", "PELVIS", "ABDOMEN"]),
    "dota": (WB, dict(de=["DOTATATE-PET/CT", "68Ga-DOTATOC PET/CT", "Somatostatinrezeptor-PET/CT"],
                      it=["PET/TC 68Ga-DOTATOC", "PET-TC con 68Ga-DOTA-peptidi", "PET/TC DOTATOC total body"],
                      nl=["PET-CT Ga-68 DOTATATE", "DOTATATE PET-CT"],
                      en=["PET/CT DOTATATE (NETSPOT)", "NM PET CT CU64 DOTATATE (DETECTNET)", "PET CT GA68 DOTATATE"]),
             ["WHOLEBODY", "ABDOMEN"]),
    "fes": (WB, dict(de=["FES-PET/CT", "18F-Fluoroestradiol PET/CT"], it=["PET/TC 18F-FES", "PET-TC con fluoroestradiolo"],
                     nl=["FES PET-CT", "PET-CT FES (oestrogeenreceptor)"], en=["PET/CT FES (CERIANNA)", "NM PET CT FLUOROESTRADIOL"]),
            ["WHOLEBODY", "BREAST", "CHEST"]),
    "fapi": (WB, dict(de=["68Ga-FAPI-46 PET/CT", "FAPI-PET/CT"], it=["PET/TC 68Ga-FAPI"], nl=["FAPI PET-CT"], en=["PET/CT FAPI (RESEARCH)"]),
             ["WHOLEBODY"]),
    "brain": (["HEAD"], dict(de=["FET-PET/CT Gehirn", "18F-FET PET Hirn", "FDG-PET Gehirn"], it=["PET/TC encefalo con 18F-DOPA", "PET cerebrale FDG"],
                             nl=["FET PET hersenen", "PET-CT hersenen FDG"], en=["PET BRAIN FDG", "PET/CT BRAIN FET", "NM PET BRAIN METABOLIC"]),
              ["HEAD", "BRAIN"]),
    "hn": (HN, dict(de=["PET/CT Kopf-Hals (FDG)", "FDG-PET/CT Kopf/Hals"], it=["PET/TC testa-collo con FDG"],
                    nl=["PET-CT hoofd-hals FDG in RT-positie", "FDG PET-CT hoofd/hals met masker"], en=["PET/CT HEAD AND NECK FDG"]),
           ["HEAD", "NECK", "HEADNECK"]),
    "chol": (["NECK", "CHEST"], dict(de=["18F-Cholin PET/CT Nebenschilddrüse"], it=["PET/TC 18F-colina paratiroidi"],
                                     nl=["Fluorocholine PET-CT bijschildklier"], en=["PET/CT FLUOROCHOLINE PARATHYROID"]),
             ["NECK", "THYROID"]),
}


def pet_names(cx, dev):
    v = vendor(dev)
    if v == "SIEMENS":
        return (["PET WB AC", "PET WB (AC)", "PET AC 3i5s 4mm", "PET_WB_TOF_AC", "PET WB TrueX TOF", "PET WB EARL"],
                ["PET WB NAC", "PET WB (NAC)"], ["PET MIP", "MIP PET WB"], "PET")
    if v == "GE":
        return (["WB 3D MAC", "PET WB QCFX", "PET AC WB", "VPFXS WB", "QCFX-S 2.0 WB"], ["PET NAC", "WB NAC"], ["MIP", "PET MIP"], "PET")
    if v == "PHILIPS":
        return (["PET WB CTAC", "WB CTAC BLOB-OS-TF", "PET AC 2mm", "Vereos WB AC"], ["PET NAC", "WB NAC"], ["MIP", "PET MIP"], "PET")
    if v == "CANON":
        return (["PET WB AC", "PET_AC_WB 4mm", "PET WB AC TOF"], ["PET WB NAC"], ["PET MIP"], "PET")
    return (["PET_AC_WB", "PET WB AC 2.68mm", "PET_AC_WB_HD"], ["PET_NAC_WB"], ["PET_MIP"], "PET")


def region_words(cx):
    return dict(wb=T(cx, de=["Ganzkörper", "GK", "WB", "Body"], it=["WB", "Body", "Total Body"], nl=["WB", "Body", "Romp"], en=["WB", "Body", "WholeBody"]),
                lung=T(cx, de=["Lunge", "Thorax Lunge", "Lung"], it=["Lung", "Polmone"], nl=["Lung", "Long", "Thorax long"], en=["Lung", "LUNG", "Chest Lung"]))


def pet(cx, kind=None):
    site = cx.site
    if kind is None:
        opts = ["fdg"] * 9 + ["psma"] * 4 + ["dota"] * 2 + ["fes"] + ["brain"] + ["hn"] + ["chol"]
        if site == "de-ccc":
            opts += ["fapi"]
        kind = cx.c(opts)
    labels, sds, bpes = TRACER[kind]
    sd = case(cx, T(cx, **sds))
    dev = cx.dev("pet")
    ac, nac, mip, _ = pet_names(cx, dev)
    rw = region_words(cx)
    why = {"fdg": "FDG PET/CT skull base to thigh: whole body", "psma": "PSMA PET/CT: whole body", "dota": "somatostatin receptor PET/CT: whole body",
           "fes": "FES PET/CT: whole body", "fapi": "FAPI PET/CT: whole body", "brain": "brain PET: head",
           "hn": "dedicated head and neck PET/CT", "chol": "choline PET/CT for parathyroid: neck and mediastinum"}[kind]
    ser = []
    bp = cx.c(bpes)
    if kind in ("brain", "hn", "chol"):
        reg = {"brain": T(cx, de=["Kopf", "Schädel", "Brain"], it=["Encefalo", "Brain"], nl=["Hersenen", "Brain"], en=["Brain", "Head"]),
               "hn": T(cx, de=["Kopf-Hals", "Hals"], it=["Testa-Collo", "HN"], nl=["Hoofd-hals", "HN"], en=["Head Neck", "H&N"]),
               "chol": T(cx, de=["Hals", "Hals-Thorax"], it=["Collo", "Collo-Torace"], nl=["Hals", "Neck"], en=["Neck", "Neck Chest"])}[kind]
        ser.append(S(scout_of(cx, dev), labels, None, why + "; its scout", bpe=bp))
        ser.append(S(ct_recon(cx, dev, reg, cx.c(["2.0", "3.0", "1.25", "2.5"])), labels, None, why + "; CT of the study", bpe=bp))
        ser.append(S(M("PT", dev, cx.c([f"PET {reg} AC", f"{reg} 3D AC", f"PET_AC_{reg}"]), sop=cx.p(0.3), ImageType="ORIGINAL\\PRIMARY"),
                     labels, None, why, bpe=bp))
        if cx.p(0.5):
            ser.append(S(M("PT", dev, cx.c(nac)), labels, None, why + "; uncorrected PET", bpe=bp))
        if kind == "chol" and cx.p(0.5):
            ser.append(S(M("PT", dev, cx.c(["PET Hals spät", "PET early 5min", "PET late 60min"])), labels, None, why + "; second time point"))
        ser.append(S(dose_page(cx, dev), [], None, "CT dose page of the PET/CT: no anatomy", img=False))
        return sd, ser
    ser.append(S(scout_of(cx, dev), WB, None, why + "; its scout plans the whole-body range", bpe=bp))
    ser.append(S(ct_recon(cx, dev, cx.c(["CT AC", "AC_CT_" + rw["wb"], rw["wb"], "CTAC"]), cx.c(["3.0", "3.75", "5.0", "2.0"]), "ac"),
                 WB, None, why + "; attenuation CT of the whole range", bpe=bp))
    ser.append(S(M("PT", dev, cx.c(ac), sop=cx.p(0.3), ImageType="ORIGINAL\\PRIMARY", SliceThickness=cx.c(["2.0", "3.0", "4.0", "2.78"])),
                 WB, None, why, bpe=bp, alt=["PET", "WHOLEBODY"]))
    if cx.p(0.5):
        ser.append(S(M("PT", dev, cx.c(nac), ImageType="ORIGINAL\\PRIMARY"), WB, None, why + "; non-corrected PET", bpe=bp))
    if cx.p(0.5):
        ser.append(S(M("PT", dev, cx.c(mip), ImageType="DERIVED\\SECONDARY\\MIP"), WB, None, why + "; MIP of the whole-body PET", bpe=bp))
    if kind in ("fdg", "fes", "fapi") and cx.p(0.55):
        ser.append(S(ct_recon(cx, dev, rw["lung"], cx.c(["1.0", "1.25", "1.5", "2.0"]), "lung"), ["CHEST"], None,
                     "thin lung recon of the PET/CT: chest only", bpe=cx.c(["CHEST", "LUNG", bp])))
    if cx.p(0.3):
        ser.append(S(ct_recon(cx, dev, cx.c(["KM " + rw["wb"], "Venous " + rw["wb"], "PV " + rw["wb"]]) if cx.lang == "de" else
                                 cx.c(["Venous", "Portal " + rw["wb"], "Body C+"]), cx.c(["3.0", "2.5", "5.0"])),
                     WB, None, why + "; contrast CT over the PET range", bpe=bp))
    if kind == "psma" and cx.p(0.4):
        ser.append(S(M("PT", dev, T(cx, de=["PET Becken spät", "PET Becken 3h"], it=["PET pelvi tardiva", "Pelvi late"],
                                    nl=["PET bekken laat", "Late pelvis"], en=["PELVIS DELAYED", "PET Pelvis Late"])),
                     ["PELVIS"], None, "late PSMA images of the pelvis only"))
    if kind == "fdg" and cx.p(0.12):
        ser.append(S(M("PT", dev, T(cx, de=["PET Kopf 2mm", "PET Schädel"], it=["PET encefalo"], nl=["PET hersenen"], en=["PET BRAIN BED"])),
                     ["HEAD"], None, "separate brain bed of the FDG study: head"))
    if kind == "fdg" and cx.p(0.12):
        ser.append(S(M("PT", dev, T(cx, de=["PET Beine bds.", "PET untere Extremitäten beidseits"], it=["PET arti inferiori bilaterale"],
                                    nl=["PET benen beiderzijds"], en=["PET LEGS BILATERAL", "PET LOWER EXTREMITIES BOTH"])),
                     LOWER, "B", "melanoma leg bed, mid-thigh to feet, both legs", bpe="LEG"))
    if cx.p(0.3):
        d = cx.dev("der")
        ser.append(S(M("PT" if cx.p(0.5) else "OT", d, cx.c(["Fused PET/CT", "PET-CT Fusion", "Fusion PET CT WB", "SUV Fusion"]),
                       ImageType="DERIVED\\SECONDARY\\FUSED"), WB, None, why + "; fused derived series of the workstation", bpe=bp))
    if cx.p(0.25):
        d = cx.dev("der")
        ser.append(S(M("OT", d, cx.c(["PERCIST Report", "Lesion Report", "Tumour burden summary", "qPSMA report"]), SOPClassUID=SOP["SC"],
                       ImageType="DERIVED\\SECONDARY\\REPORT"), [], None, "quantification report page: text, no anatomy", img=False))
    ser.append(S(dose_page(cx, dev), [], None, "CT dose page of the PET/CT: no anatomy", img=False))
    return sd, ser


# ---------------------------------------------------------------- nuclear medicine (gamma camera)
def nm_series(cx, dev, desc, labels, lat, why, wb=False, spect=False, bpe=None, alt=None):
    it = "ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION" if wb else ("ORIGINAL\\PRIMARY\\RECON TOMO\\EMISSION" if spect else "ORIGINAL\\PRIMARY\\STATIC\\EMISSION")
    return S(M("NM", dev, desc, sop=cx.p(0.3), ImageType=it), labels, lat, why, bpe=bpe, alt=alt)


def nm_ct(cx, dev, region, labels, why, bpe=None):
    th = cx.c(["2.0", "2.5", "3.0", "5.0"])
    m = ct_recon(cx, dev, region, th, "soft")
    m["SeriesDescription"] = cx.c([m["SeriesDescription"], f"CT {region}", f"CTAC {region}", "CTAC", f"CT {th}mm"])
    return S(m, labels, None, why + "; CT of the SPECT/CT", bpe=bpe)


SPECT_REG = {
    "LSPINE": dict(de=["LWS", "LWS/Becken"], it=["Rachide lombare", "Lombare"], nl=["LWK", "Lumbaal"], en=["L-Spine", "Lumbar"]),
    "TSPINE": dict(de=["BWS"], it=["Rachide dorsale", "Dorsale"], nl=["TWK", "Thoracale WK"], en=["T-Spine", "Thoracic Spine"]),
    "CSPINE": dict(de=["HWS"], it=["Rachide cervicale"], nl=["CWK"], en=["C-Spine"]),
    "PELVIS": dict(de=["Becken"], it=["Bacino", "Pelvi"], nl=["Bekken"], en=["Pelvis"]),
    "CHEST": dict(de=["Thorax"], it=["Torace"], nl=["Thorax"], en=["Chest", "Thorax"]),
    "HEAD": dict(de=["Schädel"], it=["Cranio"], nl=["Schedel"], en=["Skull"]),
}


def bone_scan(cx):
    dev = cx.dev("nm")
    sd = case(cx, T(cx, de=["Skelettszintigraphie", "Knochenszintigraphie Ganzkörper", "Skelettszintigrafie mit SPECT/CT", "Ganzkörper-Skelettszinti"],
                    it=["Scintigrafia ossea total body", "SCINTIGRAFIA SCHELETRICA GLOBALE", "Scintigrafia ossea WB + SPET/TC"],
                    nl=["Botscintigrafie", "Skeletscintigrafie total body", "Botscan met SPECT-CT"],
                    en=["NM BONE SCAN WHOLE BODY", "NM BONE SCAN WB WITH SPECT/CT", "BONE SCINTIGRAPHY WHOLE BODY"]))
    why = "whole-body bone scan: whole body"
    bp = cx.c(["WHOLEBODY", "BONE", "SKELETON", "WHOLE BODY"])
    ser = [nm_series(cx, dev, LW(cx, ["WB Anterior", "WB ANT", "Whole Body ANT"], de=["GK ventral"], it=["Total body ANT"]), WB, None, why, wb=True, bpe=bp),
           nm_series(cx, dev, cx.c(["WB Posterior", "WB POST", "Whole Body POST", "GK dorsal"]), WB, None, why, wb=True, bpe=bp)]
    if cx.p(0.5):
        ser.append(nm_series(cx, dev, cx.c(["WB ANT/POST", "Whole Body", "Ganzkörper a.p./p.a."]), WB, None, why, wb=True, bpe=bp))
    spots = [("CHEST", T(cx, de="Spot Thorax ant", it="Statica torace ant", nl="Spot thorax ant", en="SPOT CHEST ANT")),
             ("PELVIS", T(cx, de="Spot Becken post", it="Statica bacino", nl="Spot bekken", en="SPOT PELVIS POST")),
             ("HEAD", T(cx, de="Spot Schädel lat", it="Statica cranio lat", nl="Spot schedel lat", en="SPOT SKULL LAT")),
             ("TSPINE", T(cx, de="Spot BWS post", it="Statica rachide dorsale", nl="Spot TWK", en="SPOT T-SPINE POST"))]
    for code, d in cx.rng.sample(spots, cx.c([0, 1, 2])):
        ser.append(nm_series(cx, dev, d, [code], None, f"bone scan spot view: {code.lower()}", bpe=cx.c([bp, code])))
    if cx.p(0.15):
        s = cx.c("LR")
        sw = side_word(cx, s, "m")
        d = T(cx, de=f"Spot Femur {sw}", it=f"Statica femore {sw}", nl=f"Spot femur {sw}", en=f"SPOT FEMUR {sw}")
        ser.append(nm_series(cx, dev, d, ["THIGH"], s, f"bone scan spot of one femur, side in the name ({sw})", bpe=bp))
    if cx.p(0.45):
        code = cx.c(["LSPINE", "LSPINE", "TSPINE", "PELVIS", "CHEST", "CSPINE", "HEAD"])
        reg = T(cx, **SPECT_REG[code])
        w = f"SPECT/CT of the {code.lower()} in a bone scan"
        ser.append(nm_series(cx, dev, cx.c([f"SPECT {reg}", f"SPECT/CT {reg}", f"{reg} SPECT AC", f"Recon - Flash3D {reg}"]), [code], None, w,
                             spect=True, bpe=cx.c([bp, code])))
        ser.append(nm_ct(cx, dev, reg, [code], w, bpe=cx.c([bp, code])))
        if cx.p(0.4):
            d = cx.dev("der")
            ser.append(S(M("NM", d, cx.c([f"HybridRecon {reg}", f"Hybrid Recon OSEM {reg}", f"xSPECT Bone {reg}", f"Fusion {reg}"]),
                           ImageType="DERIVED\\PRIMARY\\RECON TOMO"), [code], None, w + "; derived recon"))
    return sd, ser


def thyroid(cx):
    dev = cx.dev("nm")
    k = cx.c(["scan", "scan", "uptake", "i131", "i131"])
    if k in ("scan", "uptake"):
        sd = case(cx, T(cx, de=["Schilddrüsenszintigraphie", "SD-Szintigraphie mit Tc-99m", "Schilddrüsen-Szinti + Sono"],
                        it=["Scintigrafia tiroidea", "SCINTIGRAFIA TIROIDEA CON 99mTc", "Scintigrafia tiroidea con captazione"],
                        nl=["Schildklierscintigrafie", "Schildklier scan Tc-99m"], en=["NM THYROID SCAN AND UPTAKE", "NM THYROID SCAN", "NM THYROID UPTAKE 24 HR"]))
        why = "thyroid scan: neck"
        bp = cx.c(["THYROID", "NECK", "HEAD"])
        ser = [nm_series(cx, dev, LW(cx, ["Thyroid ANT", "Pinhole ANT", "TC99M THYROID"], de=["Schilddrüse ventral", "SD ventral"], it=["Tiroide ANT"], nl=["Schildklier ANT"]), ["NECK"], None, why, bpe=bp),
               nm_series(cx, dev, cx.c(["Pinhole LAO", "Pinhole RAO", "Marker", "Thyroid Marker"]), ["NECK"], None, why + "; oblique/marker view", bpe=bp)]
        if k == "uptake":
            ser.append(nm_series(cx, dev, cx.c(["Uptake Neck", "Uptake 4h", "24h Uptake"]), ["NECK"], None, "uptake counts over the neck", bpe=bp))
        if cx.p(0.4):
            u = cx.dev("us")
            ser.append(S(M("US", u, T(cx, de=["Schilddrüse", "SD quer"], it=["Tiroide"], nl=["Schildklier"], en=["Thyroid"])), ["NECK"], None,
                         "thyroid ultrasound: neck", bpe=cx.c(["THYROID", "NECK"])))
        return sd, ser
    sd = case(cx, T(cx, de=["I-131 Ganzkörperszintigraphie", "Radiojodtherapie Post-Therapie-Szintigraphie", "Radiojod-Ganzkörper (rhTSH)"],
                    it=["Scintigrafia total body con 131I post-terapia", "SCINTIGRAFIA TOTAL BODY I-131"],
                    nl=["I-131 totale lichaamsscan", "Jodium-131 post-therapie scan"], en=["NM I-131 WHOLE BODY POST THERAPY", "NM THYROID CA WHOLE BODY I-123"]))
    why = "radioiodine whole-body scan: whole body"
    ser = [nm_series(cx, dev, cx.c(["WB ANT I131", "Whole Body ANT", "I-131 GK ventral"]), WB, None, why, wb=True, bpe=cx.c(["WHOLEBODY", "THYROID"])),
           nm_series(cx, dev, cx.c(["WB POST I131", "Whole Body POST"]), WB, None, why, wb=True, bpe=cx.c(["WHOLEBODY", "THYROID"])),
           nm_series(cx, dev, cx.c(["Spot Hals", "Neck Spot", "Statica collo", "NECK STATIC"]), ["NECK"], None, "radioiodine spot of the neck",
                     bpe=cx.c(["NECK", "THYROID"]))]
    if cx.p(0.5):
        w = "SPECT/CT neck and upper chest after radioiodine"
        ser.append(nm_series(cx, dev, cx.c(["SPECT Hals/Thorax", "SPECT Collo-Torace", "SPECT NECK CHEST"]), ["NECK", "CHEST"], None, w, spect=True))
        ser.append(nm_ct(cx, dev, cx.c(["Neck", "Hals", "Collo"]) + "-Thorax", ["NECK", "CHEST"], w))
    return sd, ser


def parathyroid(cx):
    dev = cx.dev("nm")
    sd = case(cx, T(cx, de=["Nebenschilddrüsen-Szintigraphie (MIBI)", "NSD-Szintigraphie mit SPECT/CT", "Epithelkörperchen-Szinti"],
                    it=["Scintigrafia paratiroidea con 99mTc-sestamibi", "SCINTIGRAFIA PARATIROIDEA DOPPIA FASE"],
                    nl=["Bijschildklierscintigrafie MIBI", "Bijschildklier SPECT-CT"], en=["NM PARATHYROID SCAN WITH SPECT/CT", "NM PARATHYROID DUAL PHASE"]))
    w = "parathyroid MIBI: neck and mediastinum"
    bp = cx.c(["NECK", "THYROID", "PARATHYROID", "CHEST"])
    ser = [nm_series(cx, dev, LW(cx, ["MIBI early 10min", "EARLY ANT"], de=["Früh 10 min"], it=["Precoce 10'"], nl=["Vroeg 10 min"]), ["NECK", "CHEST"], None, w, bpe=bp),
           nm_series(cx, dev, LW(cx, ["MIBI late 2h", "DELAYED ANT"], de=["Spät 2h"], it=["Tardiva 2h"], nl=["Laat 2u"]), ["NECK", "CHEST"], None, w, bpe=bp)]
    if cx.p(0.7):
        ser.append(nm_series(cx, dev, cx.c(["SPECT Hals-Mediastinum", "SPECT Collo", "SPECT NECK", "SPECT/CT Parathyroid"]), ["NECK", "CHEST"], None,
                             w + "; SPECT", spect=True, bpe=bp))
        ser.append(nm_ct(cx, dev, cx.c(["Neck", "Hals", "Collo"]), ["NECK", "CHEST"], w))
    return sd, ser


def lymphoscint(cx):
    dev = cx.dev("nm")
    k = cx.c(["breast"] * 5 + ["mel_leg", "mel_arm", "mel_hn", "oral", "vulva", "cervix", "lymphedema", "lymphedema_arm"])
    ser = []
    if k == "breast":
        s = cx.c("LR")
        sw = side_word(cx, s, "f")
        sd = case(cx, T(cx, de=[f"Sentinel-Lymphknoten-Szintigraphie Mamma {sw}", f"SLN-Szinti Mamma {sw}", f"Wächterlymphknoten Mamma {sw}"],
                        it=[f"Linfoscintigrafia per linfonodo sentinella mammella {sw}", f"LINFOSCINTIGRAFIA LS MAMMELLA {sw}"],
                        nl=[f"Schildwachtklierscintigrafie mamma {sw}", f"SWK mamma {sw}"],
                        en=[f"NM LYMPHOSCINTIGRAPHY SENTINEL NODE BREAST {sw}", f"NM SENTINEL NODE {sw} BREAST"]))
        w = f"breast sentinel-node lymphoscintigraphy, side from the order ({sw})"
        bp = cx.c(["BREAST", "CHEST", "AXILLA"])
        for d in cx.rng.sample(["Dynamic 0-20min", "Ant 15min", "Lat", "Static ANT", "ANT 2h"] + {"de": ["Spät ventral"], "it": ["Statica OAA"], "nl": ["Laat ANT"]}.get(cx.lang, []), 2):
            ser.append(nm_series(cx, dev, d, ["BREAST"], s, w, bpe=bp))
        if cx.p(0.3):
            ser.append(nm_series(cx, dev, cx.c(["SPECT Axilla", "SPECT/CT Ascella", "SPECT AXILLA"]), ["BREAST"], s, w + "; SPECT of the axilla", spect=True, bpe=bp))
        return sd, ser
    if k in ("mel_leg", "mel_arm"):
        s = cx.c("LR")
        leg = k == "mel_leg"
        g = "f" if leg else "m"
        sw = side_word(cx, s, g)
        site_w = (T(cx, de=["Unterschenkel", "Wade"], it=["gamba"], nl=["onderbeen", "kuit"], en=["CALF", "LOWER LEG"]) if leg else
                  T(cx, de=["Unterarm"], it=["avambraccio"], nl=["onderarm"], en=["FOREARM"]))
        if cx.site == "it-ion" and not leg:
            sw = side_word(cx, s, "m")
        sd = case(cx, T(cx, de=[f"Sentinel-Szintigraphie Melanom {site_w} {sw}"], it=[f"Linfoscintigrafia melanoma {site_w} {sw}"],
                        nl=[f"Schildwachtklier melanoom {site_w} {sw}"], en=[f"NM LYMPHOSCINTIGRAPHY MELANOMA {site_w} {sw}"]))
        labels = ["LEG", "KNEE", "THIGH", "PELVIS"] if leg else ["FOREARM", "ELBOW", "ARM", "SHOULDER", "CHEST"]
        w = (f"melanoma lymphoscintigraphy: injection site to the {'groin' if leg else 'axilla'}, side {sw}")
        for d in cx.rng.sample(["Dynamic", "Static ANT", "Lat", "ANT 30min", "Statica ant"], 2):
            ser.append(nm_series(cx, dev, d, labels, s, w, bpe=cx.c(["EXTREMITY", "LEG" if leg else "ARM", "WHOLEBODY"])))
        if cx.p(0.4):
            lab2 = ["PELVIS", "HIP"] if leg else ["CHEST", "SHOULDER"]
            ser.append(nm_series(cx, dev, cx.c(["SPECT/CT Leiste", "SPECT inguine", "SPECT GROIN"] if leg else ["SPECT/CT Axilla", "SPECT AXILLA"]),
                                 lab2, s, "SPECT/CT of the draining " + ("groin" if leg else "axilla") + f", side {sw}", spect=True))
        return sd, ser
    if k in ("mel_hn", "oral"):
        sd = case(cx, T(cx, de=["Sentinel-Szintigraphie Kopf-Hals", "SLN Mundhöhlenkarzinom"], it=["Linfoscintigrafia testa-collo", "Linfoscintigrafia cavo orale"],
                        nl=["Schildwachtklier hoofd-hals", "SWK mondholte"], en=["NM LYMPHOSCINTIGRAPHY HEAD AND NECK", "NM SENTINEL NODE ORAL CAVITY"]))
        w = "head and neck sentinel-node lymphoscintigraphy"
        ser = [nm_series(cx, dev, cx.c(["ANT", "Static ANT", "LAT"]), HN, None, w, bpe=cx.c(["HEAD", "NECK", "HEADNECK"])),
               nm_series(cx, dev, cx.c(["SPECT HN", "SPECT Kopf-Hals", "SPECT testa-collo"]), HN, None, w + "; SPECT", spect=True)]
        ser.append(nm_ct(cx, dev, cx.c(["HN", "Neck", "Hals"]), HN, w))
        return sd, ser
    if k in ("vulva", "cervix"):
        sd = case(cx, T(cx, de=["SLN-Szintigraphie Vulva", "Sentinel Zervix-Ca SPECT/CT"], it=["Linfoscintigrafia vulva", "Linfoscintigrafia cervice uterina"],
                        nl=["Schildwachtklier vulva", "SWK cervix SPECT-CT"], en=["NM SENTINEL NODE VULVA", "NM LYMPHOSCINTIGRAPHY CERVIX SPECT/CT"]))
        lab = ["PELVIS"] if k == "vulva" else AP_
        w = "pelvic sentinel-node lymphoscintigraphy" + (": groins and pelvis" if k == "vulva" else ": pelvic and para-aortic basins")
        ser = [nm_series(cx, dev, cx.c(["ANT", "Static ANT", "Becken ventral"]), lab, None, w, bpe=cx.c(["PELVIS", "ABDOMEN"])),
               nm_series(cx, dev, cx.c(["SPECT Becken", "SPECT PELVIS", "SPECT pelvi"]), lab, None, w + "; SPECT", spect=True)]
        ser.append(nm_ct(cx, dev, cx.c(["Pelvis", "Becken", "Abd-Pelvis"]), lab, w))
        return sd, ser
    if k == "lymphedema":
        bw = side_word(cx, "B")
        sd = case(cx, T(cx, de=[f"Lymphszintigraphie Beine {bw}", f"Lymphabflussszintigraphie untere Extremitäten {bw}"],
                        it=[f"Linfoscintigrafia arti inferiori {bw}"], nl=[f"Lymfescintigrafie benen {bw}"], en=[f"NM LYMPHOSCINTIGRAPHY LOWER EXTREMITIES {bw}"]))
        w = "lymphoedema lymphoscintigraphy both legs, feet to groins"
        lab = ["FOOT", "ANKLE", "LEG", "KNEE", "THIGH"]
        ser = [nm_series(cx, dev, d, lab, "B", w, wb=True, bpe=cx.c(["LEG", "LOWER EXTREMITY", "EXTREMITY"])) for d in
               cx.rng.sample(["WB ANT 30min", "WB ANT 2h", "Legs ANT", "Beine ventral", "Dynamic feet"], 2)]
        return sd, ser
    s = cx.c("LR")
    sw = side_word(cx, s, "m")
    sd = case(cx, T(cx, de=[f"Lymphszintigraphie Arm {sw}"], it=[f"Linfoscintigrafia arto superiore {sw}"], nl=[f"Lymfescintigrafie arm {sw}"],
                    en=[f"NM LYMPHOSCINTIGRAPHY UPPER EXTREMITY {sw}"]))
    w = f"arm lymphoedema after breast cancer: hand to axilla, side {sw}"
    lab = ["HAND", "WRIST", "FOREARM", "ELBOW", "ARM"]
    ser = [nm_series(cx, dev, d, lab, s, w, bpe=cx.c(["ARM", "UPPER EXTREMITY"])) for d in cx.rng.sample(["ANT 30min", "ANT 2h", "Arms ANT", "Static"], 2)]
    return sd, ser


def nm_other(cx):
    dev = cx.dev("nm")
    k = cx.c(["muga", "renal", "maa", "lu177", "lu177", "mibg", "y90"])
    if k == "muga":
        sd = case(cx, T(cx, de="Radionuklidventrikulographie vor Chemotherapie", it="Ventricolografia radioisotopica (MUGA)", nl="MUGA scan LVEF",
                        en=["NM MUGA SCAN", "NM CARDIAC BLOOD POOL GATED"]))
        return sd, [nm_series(cx, dev, cx.c(["MUGA LAO", "Gated Blood Pool LAO 45", "RNV LAO"]), ["CHEST"], None, "gated blood pool: heart, chest",
                              bpe=cx.c(["HEART", "CHEST"]))]
    if k == "renal":
        sd = case(cx, T(cx, de=["Nierenfunktionsszintigraphie MAG3", "Nierenszintigraphie vor Nephrektomie"], it="Scintigrafia renale sequenziale MAG3",
                        nl="Renografie MAG3", en=["NM RENAL SCAN MAG3", "NM RENOGRAM WITH LASIX"]))
        return sd, [nm_series(cx, dev, cx.c(["Renogram POST", "Dynamic POST", "MAG3 dyn"]), ["ABDOMEN"], None, "renography: kidneys, abdomen",
                              bpe=cx.c(["KIDNEY", "ABDOMEN"]))]
    if k == "maa":
        sd = case(cx, T(cx, de="Tc-99m-MAA Shunt-Szintigraphie vor SIRT", it="Scintigrafia con MAA pre-SIRT", nl="MAA scan pre-SIRT",
                        en="NM LIVER LUNG SHUNT STUDY MAA"))
        ser = [nm_series(cx, dev, cx.c(["Thorax/Abdomen ANT", "ANT LUNG LIVER", "Shunt ANT/POST"]), ["CHEST", "ABDOMEN"], None,
                         "lung shunt planar: chest and upper abdomen", bpe=cx.c(["ABDOMEN", "LIVER"])),
               nm_series(cx, dev, cx.c(["SPECT Leber", "SPECT Fegato", "SPECT LIVER"]), ["ABDOMEN"], None, "MAA SPECT of the liver", spect=True)]
        ser.append(nm_ct(cx, dev, cx.c(["Abdomen", "Liver", "Leber"]), ["ABDOMEN"], "MAA SPECT/CT liver"))
        return sd, ser
    if k == "y90":
        sd = case(cx, T(cx, de="Y-90 Bremsstrahlungs-SPECT/CT nach SIRT", it="SPET/TC post-SIRT Y-90", nl="Y-90 SPECT-CT na SIRT",
                        en="NM Y-90 POST SIRT SPECT/CT"))
        return sd, [nm_series(cx, dev, cx.c(["SPECT Y90 Leber", "Bremsstrahlung SPECT", "SPECT LIVER Y90"]), ["ABDOMEN"], None,
                              "post-SIRT SPECT of the liver: abdomen", spect=True),
                    nm_ct(cx, dev, cx.c(["Abdomen", "Liver"]), ["ABDOMEN"], "post-SIRT liver")]
    if k == "mibg":
        sd = case(cx, T(cx, de="123I-MIBG-Szintigraphie Ganzkörper", it="Scintigrafia con 123I-MIBG total body", nl="MIBG scan totale lichaam",
                        en="NM MIBG WHOLE BODY WITH SPECT/CT"))
        return sd, [nm_series(cx, dev, cx.c(["WB ANT 24h", "Whole Body ANT/POST"]), WB, None, "MIBG whole body", wb=True, bpe="WHOLEBODY"),
                    nm_series(cx, dev, cx.c(["SPECT Abdomen 24h", "SPECT ABD"]), ["ABDOMEN"], None, "MIBG SPECT of the adrenals: abdomen", spect=True),
                    nm_ct(cx, dev, "Abdomen", ["ABDOMEN"], "MIBG SPECT/CT adrenals")]
    sd = case(cx, T(cx, de=["177Lu-PSMA-617 Post-Therapie-Szintigraphie", "Lu-177-DOTATATE Therapie Zyklus 2 Dosimetrie"],
                    it=["Scintigrafia post-terapia 177Lu-PSMA", "Terapia radiorecettoriale 177Lu-DOTATATE ciclo 3"],
                    nl=["Lu-177 PSMA post-therapie scan", "Lutetium-177 DOTATATE dosimetrie"], en=["NM LU-177 PSMA (PLUVICTO) POST THERAPY", "NM LU-177 DOTATATE (LUTATHERA) DOSIMETRY"]))
    reg = cx.c([("ABDOMEN", ["Abdomen", "Addome", "ABD"]), ("CHEST", ["Thorax", "Chest"])])
    ser = [nm_series(cx, dev, cx.c(["WB ANT 24h", "Whole Body 24h", "WB POST 24h", "GK 24h p.i."]), WB, None, "post-therapy whole-body images", wb=True,
                     bpe=cx.c(["WHOLEBODY", "ABDOMEN"])),
           nm_series(cx, dev, cx.c([f"SPECT {r} 24h" for r in reg[1]]), [reg[0]], None, f"post-therapy SPECT of the {reg[0].lower()}", spect=True),
           nm_ct(cx, dev, reg[1][0], [reg[0]], "post-therapy SPECT/CT"),
           S(M("OT", cx.dev("der"), cx.c(["Dosimetry Report", "OLINDA Dosimetrie", "Voxel Dosimetry Summary"]), SOPClassUID=SOP["SC"]), [], None,
             "dosimetry report page: no anatomy", img=False)]
    return sd, ser


def nm(cx):
    r = cx.rng.random()
    if r < 0.38:
        return bone_scan(cx)
    if r < 0.55:
        return thyroid(cx)
    if r < 0.65:
        return parathyroid(cx)
    if r < 0.82:
        return lymphoscint(cx)
    return nm_other(cx)


# ---------------------------------------------------------------- radiotherapy
# key: (labels, sided, words per language, BodyPartExamined candidates, 4D)
RT_SITE = {
    "hn": (HN, False, dict(de=["Kopf-Hals mit Maske", "HNO-Tumor", "Oropharynx-Ca"], it=["testa-collo con maschera", "distretto testa collo"],
                           nl=["hoofd-hals met masker", "orofarynx", "larynx"], en=["HEAD AND NECK", "H&N MASK"]), ["HEAD", "NECK", "HEADNECK"], False),
    "brain": (["HEAD"], False, dict(de=["Hirn", "Gehirn Stereotaxie", "Ganzhirn"], it=["encefalo", "encefalo stereotassi"],
                                    nl=["hersenen", "SRS hersenmetastasen", "gehele brein"], en=["BRAIN", "BRAIN SRS", "WHOLE BRAIN"]), ["HEAD", "BRAIN"], False),
    "breast": (["BREAST", "CHEST"], True, dict(de=["Mamma {s} DIBH", "Mamma {s}", "Brustwand {s}"], it=["mammella {s}", "mammella {s} DIBH"],
                                               nl=["mamma {s} DIBH", "mamma {s}", "borstwand {s}"], en=["BREAST {s} DIBH", "BREAST {s}", "{s} CHEST WALL"]),
               ["BREAST", "CHEST"], False),
    "lung": (["CHEST"], False, dict(de=["Lunge 4D", "Thorax SBRT 4D", "Bronchial-Ca"], it=["polmone 4D", "torace SBRT"],
                                    nl=["long 4D", "longtumor SBRT", "thorax 4DCT"], en=["LUNG 4D", "LUNG SBRT", "THORAX 4DCT"]), ["CHEST", "LUNG"], True),
    "eso": (["CHEST", "ABDOMEN"], False, dict(de=["Ösophagus"], it=["esofago"], nl=["slokdarm", "oesofagus"], en=["ESOPHAGUS"]), ["CHEST"], True),
    "liver": (["ABDOMEN"], False, dict(de=["Leber SBRT 4D"], it=["fegato SBRT"], nl=["lever SBRT"], en=["LIVER SBRT 4D"]), ["ABDOMEN", "LIVER"], True),
    "pancreas": (["ABDOMEN"], False, dict(de=["Pankreas"], it=["pancreas"], nl=["pancreas"], en=["PANCREAS"]), ["ABDOMEN", "PANCREAS"], True),
    "prostate": (["PELVIS"], False, dict(de=["Prostata", "Prostataloge"], it=["prostata", "loggia prostatica"], nl=["prostaat", "prostaat met markers"],
                                         en=["PROSTATE", "PROSTATE BED"]), ["PELVIS", "PROSTATE"], False),
    "rectum": (["PELVIS"], False, dict(de=["Rektum"], it=["retto"], nl=["rectum"], en=["RECTUM"]), ["PELVIS", "RECTUM"], False),
    "cervix": (["ABDOMEN", "PELVIS"], False, dict(de=["Zervix mit Paraaortal"], it=["cervice + paraaortici"], nl=["cervix met para-aortaal"],
                                                  en=["CERVIX EXTENDED FIELD"]), ["PELVIS"], False),
    "bladder": (["PELVIS"], False, dict(de=["Harnblase"], it=["vescica"], nl=["blaas"], en=["BLADDER"]), ["PELVIS", "BLADDER"], False),
    "tspine": (["TSPINE"], False, dict(de=["BWS Metastase", "BWK 8 palliativ"], it=["rachide dorsale palliativa", "D8 antalgica"],
                                       nl=["TWK palliatief", "Th8 meta"], en=["T-SPINE PALLIATIVE", "T8 MET"]), ["CHEST", "TSPINE", "SPINE"], False),
    "lspine": (["LSPINE"], False, dict(de=["LWS palliativ", "LWK 3 Metastase"], it=["rachide lombare antalgica"], nl=["LWK palliatief"],
                                       en=["L-SPINE PALLIATIVE", "L3 MET"]), ["ABDOMEN", "LSPINE", "SPINE"], False),
    "cspine": (["CSPINE"], False, dict(de=["HWS palliativ"], it=["rachide cervicale"], nl=["CWK palliatief"], en=["C-SPINE PALLIATIVE"]),
               ["NECK", "CSPINE"], False),
    "femur": (["THIGH"], True, dict(de=["Femur {s} palliativ", "Oberschenkel {s}"], it=["femore {s} antalgica"], nl=["femur {s} palliatief", "bovenbeen {s}"],
                                    en=["FEMUR {s} PALLIATIVE"]), ["LEG", "EXTREMITY", "PELVIS"], False),
    "humerus": (["ARM"], True, dict(de=["Humerus {s} palliativ"], it=["omero {s}"], nl=["humerus {s}"], en=["HUMERUS {s}"]), ["ARM", "SHOULDER"], False),
    "sarcoma": (["THIGH"], True, dict(de=["Weichteilsarkom Oberschenkel {s}"], it=["sarcoma coscia {s}"], nl=["sarcoom bovenbeen {s}"],
                                             en=["SARCOMA THIGH {s}"]), ["LEG", "EXTREMITY"], False),
    "hip": (["HIP", "PELVIS"], True, dict(de=["Acetabulum {s} palliativ"], it=["acetabolo {s}"], nl=["acetabulum {s}"], en=["ACETABULUM {s}"]),
            ["PELVIS", "HIP"], False),
    "mediast": (["NECK", "CHEST"], False, dict(de=["Lymphom Hals/Mediastinum"], it=["linfoma collo-mediastino"], nl=["lymfoom hals/mediastinum"],
                                               en=["LYMPHOMA NECK MEDIASTINUM ISRT"]), ["CHEST"], False),
    "csi": (WB + WSPINE, False, dict(de=["Kraniospinale Achse"], it=["craniospinale"], nl=["craniospinaal"], en=["CRANIOSPINAL CSI"]),
            ["WHOLEBODY", "HEAD"], False),
}
RT_W = {"hn": 5, "brain": 3, "breast": 6, "lung": 4, "eso": 1, "liver": 1, "pancreas": 1, "prostate": 5, "rectum": 2, "cervix": 1, "bladder": 1,
        "tspine": 2, "lspine": 1, "cspine": 1, "femur": 1, "humerus": 1, "sarcoma": 1, "hip": 1, "mediast": 1, "csi": 1}


def rt_objects(cx, region_word):
    tps = cx.dev("tps")
    out = []
    for mod, names, why in [("RTSTRUCT", ["RTSTRUCT", "Structure Set", "RS: " + region_word, "Contours", "AutoContour"], "structure set: contours, no pixels"),
                            ("RTPLAN", ["RTPLAN", "Plan " + region_word, "VMAT 2arc", "RP: " + region_word, "IMRT plan"], "treatment plan: no pixels"),
                            ("RTDOSE", ["RTDOSE", "Dose", "RD: PLAN_SUM", "Eclipse Doses"], "dose grid of the plan: no patient image"),
                            ("RTRECORD", ["Treatment Record", "Fraction 12 record"], "treatment record: no pixels"),
                            ("REG", ["Registration", "REG MR-CT", "Spatial Registration"], "registration object: no pixels")]:
        if mod in ("RTSTRUCT", "RTPLAN", "RTDOSE") or cx.p(0.35):
            out.append(S(M(mod, tps, cx.c(names), SOPClassUID=SOP[mod]), [], None, why, img=False))
    return out


def rt(cx):
    keys = sorted(RT_W)
    key = cx.rng.choices(keys, [RT_W[k] for k in keys])[0]
    labels, sided, words, bpes, four_d = RT_SITE[key]
    s = cx.c("LR") if sided else None
    g = "f" if key in ("breast", "sarcoma") else "m"
    if key == "breast" and cx.site == "it-ion":
        g = "f"
    sw = side_word(cx, s, g) if sided else ""
    if key in ("femur", "humerus", "hip") and cx.site == "it-ion":
        sw = side_word(cx, s, "m")
    reg = T(cx, **words).replace("{s}", sw)
    mode = cx.c(["ct", "ct", "ct", "ct", "mr", "cbct", "rtimage", "petrt"])
    if mode == "mr" and key in ("breast", "femur", "humerus", "csi", "mediast", "eso"):
        mode = "ct"
    if mode == "petrt" and key not in ("hn", "lung", "mediast", "cervix"):
        mode = "ct"
    lat = s
    why0 = f"radiotherapy {key} " + (f"side {sw}" if sided else "")
    ser = []
    if mode == "ct":
        sd = case(cx, T(cx, de=[f"Bestrahlungsplanungs-CT {reg}", f"CT zur Bestrahlungsplanung {reg}", f"Planungs-CT {reg}", f"Bestrahlungsplanung {reg}"],
                        it=[f"TC di centratura {reg}", f"TC SIMULAZIONE RADIOTERAPIA {reg}", f"TC per piano di cura radioterapico {reg}"],
                        nl=[f"Planning CT {reg}", f"CT-simulatie {reg}", f"Bestralingsplanning CT {reg}"],
                        en=[f"CT SIM {reg}", f"CT SIMULATION {reg}", f"RADONC CT SIM {reg}"]))
        dev = cx.dev("rtct")
        why = why0 + ": planning CT of the treated region"
        bp = cx.c(bpes)
        ser.append(S(scout_of(cx, dev), labels, lat, why + "; its scout", bpe=bp))
        rname = cx.c([T(cx, de=["Planung", "RTP"], it=["Centratura", "RT"], nl=["Planning", "RTP"], en=["SIM", "Planning"]), reg.split(" ")[0]])
        if key == "breast" and lat == "L":
            rname = T(cx, de=["Planung", "DIBH"], it=["Centratura", "DIBH"], nl=["Planning", "DIBH"], en=["SIM", "DIBH"])
        ser.append(S(ct_recon(cx, dev, rname, cx.c(["2.0", "3.0", "2.5", "1.5"])), labels, lat, why, bpe=bp))
        if four_d:
            for ph in cx.rng.sample(["0%", "50%", "MIP", "AVG", "AIP", "Ex 50%", "In 0%"], 2):
                m = ct_recon(cx, dev, "4D", "3.0")
                m["SeriesDescription"] = cx.c([f"4D {ph}", f"{rname} 4D {ph}", f"Resp {ph}", f"4DCT {ph}"])
                if ph in ("MIP", "AVG", "AIP"):
                    m["ImageType"] = "DERIVED\\SECONDARY\\AXIAL"
                ser.append(S(m, labels, lat, why0 + ": 4D planning CT phase/projection of the treated region", bpe=bp))
        if cx.p(0.3):
            m = ct_recon(cx, dev, rname + " KM", cx.c(["2.0", "3.0"]))
            ser.append(S(m, labels, lat, why + "; contrast phase", bpe=bp))
        ser.append(S(dose_page(cx, dev), [], None, "CT dose page: no anatomy", img=False))
        ser += rt_objects(cx, reg.split(" ")[0])
        return sd, ser
    if mode == "mr":
        dev = cx.dev("mr")
        v = vendor(dev)
        unity = cx.site == "nl-rt" and key in ("prostate", "rectum", "pancreas", "liver") and cx.p(0.5)
        sd = case(cx, T(cx, de=[f"MRT {reg} zur Bestrahlungsplanung", f"MR-Simulation {reg}"], it=[f"RM di centratura {reg}", f"RM simulazione radioterapia {reg}"],
                        nl=[f"MRI {reg} in bestralingspositie", f"MR-simulatie {reg}"] if not unity else [f"MR-Linac {reg} fractie 3", f"Unity {reg} dagelijkse MRI"],
                        en=[f"MR SIM {reg}", f"MRI {reg} RADIATION PLANNING"]))
        if unity:
            dev = ("Philips Medical Systems", "Marlin")
        why = why0 + (": daily MR-linac images of the treated region" if unity else ": MR simulation of the treated region")
        bp = cx.c(bpes)
        ser.append(S(mr_loc(cx, dev), labels, lat, why + "; localizer", bpe=bp))
        seqs = {"SIEMENS": ["t2_tse_tra_sim", "t1_vibe_dixon_tra", "t2_space_tra_iso", "ep2d_diff_b800"],
                "GE": ["Ax T2 FRFSE SIM", "Ax LAVA-Flex", "Cube T2", "Ax DWI b800"],
                "PHILIPS": ["T2W_TSE_tra", "T1W_mDIXON_3D", "3D T2 VISTA", "DWI_b800", "MRCAT_source"]}.get(v, ["T2 3D"])
        if unity:
            seqs = ["T2 3D tra daily", "Unity T2W 3D", "BTFE_bh", "T2_1min"]
        for q in cx.rng.sample(seqs, 2):
            ser.append(S(M("MR", dev, q, ScanningSequence=cx.c(["SE", "GR", "EP"]) if "DWI" not in q and "diff" not in q else "EP"), labels, lat,
                         why + "; sequence name only", bpe=bp))
        if v == "PHILIPS" and not unity and cx.p(0.5):
            ser.append(S(M("CT", dev, cx.c(["MRCAT", "MRCAT sCT", "synthetic CT"]), ImageType="DERIVED\\SECONDARY\\MRCAT"), labels, lat,
                         why0 + ": synthetic CT computed from the MR, same region", bpe=bp))
        if cx.p(0.4):
            ser += rt_objects(cx, reg.split(" ")[0])[:1]
        return sd, ser
    if mode == "cbct":
        dev = cx.dev("cbct")
        fx = cx.c(["3", "7", "12", "15", "21", "28"])
        sd = case(cx, T(cx, de=[f"Bestrahlung {reg} Fraktion {fx}", f"IGRT {reg}"], it=[f"Radioterapia {reg} seduta {fx}", f"IGRT {reg}"],
                        nl=[f"Bestraling {reg} fractie {fx}", f"IGRT {reg}"], en=[f"RADIATION TREATMENT {reg} FX {fx}", f"IGRT {reg}"]))
        why = why0 + ": cone-beam CT at the linac of the treated region"
        nm_ = "CBCT" if dev[0] == "Varian Medical Systems" else "XVI"
        ser = [S(M("CT", dev, cx.c([f"{nm_} {fx}", f"CBCT Fx{fx}", f"CBCT {reg.split(' ')[0]}", "CBCT"]), ImageType="ORIGINAL\\PRIMARY\\AXIAL",
                   SliceThickness=cx.c(["1.0", "2.0", "2.5"])), labels, lat, why, bpe=cx.c(bpes))]
        ser.append(S(M("REG", dev, "Online Match", SOPClassUID=SOP["REG"]), [], None, "registration of the match: no pixels", img=False))
        ser.append(S(M("RTRECORD", cx.dev("tps"), f"Fx {fx}", SOPClassUID=SOP["RTRECORD"]), [], None, "treatment record: no pixels", img=False))
        return sd, ser
    if mode == "rtimage":
        dev = cx.dev("cbct")
        sd = case(cx, T(cx, de=[f"Bestrahlung {reg} Verifikation", f"Feldkontrolle {reg}"], it=[f"Verifica portale {reg}"],
                        nl=[f"Verificatie {reg}", f"Portal imaging {reg}"], en=[f"PORT FILMS {reg}", f"RADIATION VERIFICATION {reg}"]))
        why = why0 + ": portal or kV setup image of the treated region"
        ser = [S(M("RTIMAGE", dev, cx.c(["kV AP", "kV LAT", "MV Port", "DRR AP", "Setup kV 0", "EPID 270"]), SOPClassUID=SOP["RTIMAGE"]),
                 labels, lat, why, bpe=None),
               S(M("RTIMAGE", dev, cx.c(["DRR LAT", "kV 90", "Setup MV"]), SOPClassUID=SOP["RTIMAGE"]), labels, lat, why)]
        ser += rt_objects(cx, reg.split(" ")[0])[1:2]
        return sd, ser
    # PET/CT in treatment position with the immobilisation of the plan
    dev = cx.dev("pet")
    sd = case(cx, T(cx, de=[f"FDG-PET/CT in Bestrahlungsposition {reg}"], it=[f"PET/TC FDG in posizione di trattamento {reg}"],
                    nl=[f"PET-CT in RT-positie {reg}", f"FDG PET-CT planning {reg}"], en=[f"PET/CT RADIATION PLANNING {reg}"]))
    why = why0 + ": PET/CT in treatment position over the treated region"
    ser = [S(scout_of(cx, dev), labels, lat, why + "; scout"),
           S(ct_recon(cx, dev, reg.split(" ")[0], "3.0"), labels, lat, why),
           S(M("PT", dev, cx.c(["PET AC RTP", "PET RT position AC", "PET AC " + reg.split(" ")[0]])), labels, lat, why, bpe=cx.c(bpes)),
           S(dose_page(cx, dev), [], None, "dose page: no anatomy", img=False)]
    return sd, ser


# ---------------------------------------------------------------- staging and response (CT, MR, US)
EXAMS = {
    "cap": ("CT", CAP, dict(de=["CT Thorax/Abdomen/Becken mit KM", "CT Thorax-Abdomen-Becken", "CT TAB KM"],
                            it=["TC torace-addome-pelvi con mdc", "TC TORACE ADDOME COMPLETO CON MDC", "TC total body con mdc"],
                            nl=["CT thorax-abdomen", "CT thorax/abdomen met contrast", "CT TAP"],
                            en=["CT CHEST ABDOMEN PELVIS W CONTRAST", "CT CAP WITH IV CONTRAST", "CT C/A/P W"]),
            ["CHEST", "ABDOMEN", "WHOLEBODY", "BODY"]),
    "chest": ("CT", ["CHEST"], dict(de=["CT Thorax", "CT Thorax nativ", "Low-dose CT Thorax"], it=["TC torace", "TC TORACE SENZA MDC", "TC torace HR"],
                                    nl=["CT thorax", "CT thorax zonder contrast"], en=["CT CHEST W CONTRAST", "CT CHEST WO", "CT CHEST LOW DOSE"]),
              ["CHEST", "LUNG"]),
    "ap": ("CT", AP_, dict(de=["CT Abdomen/Becken mit KM"], it=["TC addome-pelvi con mdc", "TC ADDOME COMPLETO"], nl=["CT abdomen"],
                           en=["CT ABDOMEN PELVIS W CONTRAST", "CT A/P W"]), ["ABDOMEN", "PELVIS"]),
    "liver3": ("CT", ["ABDOMEN"], dict(de=["CT Leber 3-Phasen", "CT Oberbauch mehrphasig"], it=["TC fegato trifasica", "TC addome superiore trifasica"],
                                        nl=["CT lever 3-fase"], en=["CT LIVER TRIPLE PHASE", "CT ABDOMEN PANCREAS PROTOCOL"]), ["ABDOMEN", "LIVER"]),
    "neckct": ("CT", ["NECK", "CHEST"], dict(de=["CT Hals/Thorax mit KM"], it=["TC collo-torace con mdc"], nl=["CT hals-thorax"],
                                             en=["CT NECK AND CHEST W CONTRAST"]), ["NECK", "CHEST"]),
    "headct": ("CT", ["HEAD"], dict(de=["CCT nativ", "CT Schädel"], it=["TC encefalo", "TC cranio senza mdc"], nl=["CT hersenen", "CT schedel"],
                                    en=["CT HEAD WO CONTRAST", "CT BRAIN W/WO"]), ["HEAD", "BRAIN"]),
    "brain": ("MR", ["HEAD"], dict(de=["MRT Schädel mit KM", "MRT Kopf Metastasensuche", "cMRT nativ und KM"],
                                   it=["RM encefalo con mdc", "RM ENCEFALO SENZA E CON MDC"], nl=["MRI hersenen met contrast", "MRI brein metastasen"],
                                   en=["MRI BRAIN W WO CONTRAST", "MR BRAIN METS PROTOCOL"]), ["HEAD", "BRAIN"]),
    "liver": ("MR", ["ABDOMEN"], dict(de=["MRT Leber mit Primovist", "MRT Oberbauch"], it=["RM fegato con mdc epatospecifico", "RM addome superiore"],
                                      nl=["MRI lever Primovist"], en=["MRI LIVER W WO (EOVIST)", "MR ABDOMEN MRCP"]), ["ABDOMEN", "LIVER"]),
    "rectum": ("MR", ["PELVIS"], dict(de=["MRT Rektum Staging", "MRT Becken Rektum-Ca"], it=["RM retto", "RM pelvi per neoplasia rettale"],
                                      nl=["MRI rectum stadiering", "MRI bekken rectum"], en=["MRI PELVIS RECTAL CA STAGING"]), ["PELVIS", "RECTUM"]),
    "prostate": ("MR", ["PELVIS"], dict(de=["MRT Prostata multiparametrisch", "mpMRT Prostata"], it=["RM prostata multiparametrica", "RM PROSTATA MP"],
                                        nl=["MRI prostaat", "mpMRI prostaat"], en=["MRI PROSTATE MULTIPARAMETRIC", "MR PROSTATE W WO"]), ["PELVIS", "PROSTATE"]),
    "cervix": ("MR", ["PELVIS"], dict(de=["MRT Becken Zervix-Ca"], it=["RM pelvi cervice uterina"], nl=["MRI bekken cervix"], en=["MRI PELVIS CERVIX"]),
               ["PELVIS", "UTERUS"]),
    "hnmr": ("MR", HN, dict(de=["MRT Hals und Gesichtsschädel"], it=["RM collo e massiccio facciale"], nl=["MRI hoofd-hals"], en=["MRI NECK AND FACE W WO"]),
             ["NECK", "HEAD"]),
    "wbmr": ("MR", WB, dict(de=["Ganzkörper-MRT Myelom", "GK-MRT"], it=["RM total body DWI"], nl=["Total body MRI myeloom"],
                            en=["MRI WHOLE BODY MYELOMA", "MR WHOLE BODY (LI-FRAUMENI)"]), ["WHOLEBODY", "SPINE"]),
    "spinemr": ("MR", WSPINE, dict(de=["MRT Ganzwirbelsäule", "MRT gesamte WS Myelonkompression"], it=["RM rachide in toto"], nl=["MRI totale wervelkolom"],
                                   en=["MRI TOTAL SPINE W WO", "MRI WHOLE SPINE CORD COMPRESSION"]), ["SPINE", "CSPINE", "LSPINE"]),
    "usabd": ("US", ["ABDOMEN"], dict(de=["Sonographie Abdomen", "Sono Oberbauch"], it=["Ecografia addome superiore"], nl=["Echo bovenbuik"],
                                      en=["US ABDOMEN COMPLETE", "US LIVER"]), ["ABDOMEN", "LIVER"]),
    "usneck": ("US", ["NECK"], dict(de=["Sono Hals Lymphknoten"], it=["Ecografia collo linfonodi"], nl=["Echo hals"], en=["US NECK SOFT TISSUE"]),
               ["NECK", "THYROID"]),
}
EX_W = {"cap": 8, "chest": 4, "ap": 2, "liver3": 2, "neckct": 2, "headct": 1, "brain": 4, "liver": 2, "rectum": 2, "prostate": 3, "cervix": 1,
        "hnmr": 2, "wbmr": 2, "spinemr": 2, "usabd": 2, "usneck": 1}


def mr_series(cx, dev, key):
    v = vendor(dev)
    S_ = {"SIEMENS": {"brain": ["t1_mprage_sag_KM", "t2_tse_tra", "t2_tirm_tra_dark-fluid", "ep2d_diff_tra", "t1_se_tra_KM"],
                      "liver": ["t1_vibe_dixon_tra_bh", "t2_haste_cor", "ep2d_diff_b50_800", "t1_vibe_fs_tra_20min_HBP"],
                      "rectum": ["t2_tse_sag", "t2_tse_tra_obl_hr", "ep2d_diff_b1000", "t2_tse_cor"],
                      "prostate": ["t2_tse_tra_3mm", "ep2d_diff_b50_800_1400", "t1_vibe_dyn", "ADC"],
                      "cervix": ["t2_tse_sag", "t2_tse_tra_obl", "ep2d_diff"], "hnmr": ["t2_tirm_cor", "t1_tse_tra", "t1_tse_fs_tra_KM", "ep2d_diff_resolve"],
                      "wbmr": ["t1_tse_cor_WB_composed", "STIR_cor_WB", "ep2d_diff_b900_WB", "t1_vibe_dixon_W_WB"],
                      "spinemr": ["t2_tse_sag_composed", "t1_tse_sag", "t2_stir_sag", "t1_tse_sag_KM"]},
          "GE": {"brain": ["Sag T1 BRAVO +C", "Ax T2 FSE", "Ax FLAIR", "Ax DWI 1000", "Ax T1 SE +C"],
                 "liver": ["Ax LAVA-Flex", "Cor SSFSE", "Ax DWI b800", "Ax LAVA HBP 20min"],
                 "rectum": ["Sag T2 FRFSE", "Obl Ax T2 HR", "Ax DWI b1000", "Cor T2"], "prostate": ["Ax T2 FRFSE", "Ax DWI b1400", "DCE DISCO", "ADC (10^-6 mm2/s)"],
                 "cervix": ["Sag T2", "Obl Ax T2", "Ax DWI"], "hnmr": ["Cor STIR", "Ax T1", "Ax T1 FS +C", "Ax DWI"],
                 "wbmr": ["WB Cor T1", "WB Cor STIR", "WB Ax DWI b800"], "spinemr": ["Sag T2 composed", "Sag T1", "Sag STIR", "Sag T1 +C"]},
          "PHILIPS": {"brain": ["T1W_3D_TFE_Gd", "T2W_TSE", "T2W_FLAIR", "DWI", "T1W_SE_Gd"], "liver": ["T1W_mDIXON_BH", "T2W_SSh_cor", "DWI_b800", "mDIXON_HBP"],
                      "rectum": ["T2W_TSE_sag", "T2W_TSE_tra_HR", "DWI_b1000"], "prostate": ["T2W_TSE_ax", "DWI_b1400", "DCE", "dADC"],
                      "cervix": ["T2W_TSE_sag", "T2W_TSE_obl", "DWI"], "hnmr": ["STIR_cor", "T1W_TSE_tra", "T1W_mDIXON_Gd", "DWI"],
                      "wbmr": ["WB_T1_mDIXON_cor", "WB_STIR_cor", "WB_DWIBS"], "spinemr": ["T2W_TSE_sag", "T1W_TSE_sag", "STIR_sag"]}}
    return S_.get(v, S_["SIEMENS"])[key]


def staging(cx, response=False, key=None):
    if key is None:
        keys = sorted(EX_W)
        key = cx.rng.choices(keys, [EX_W[k] for k in keys])[0]
    mod, labels, sds, bpes = EXAMS[key]
    sd = T(cx, **sds)
    if response:
        add = T(cx, de=["Verlaufskontrolle", "Restaging", "VK nach 3 Zyklen", "Therapiekontrolle", "RECIST"],
                it=["controllo", "rivalutazione", "follow-up", "ristadiazione", "RECIST"],
                nl=["controle", "follow-up", "evaluatie", "na 3 kuren"], en=["FOLLOW-UP", "RESTAGING", "RECIST", "POST TREATMENT"])
        sd = cx.c([f"{sd} {add}", f"{add}: {sd}", f"{sd} ({add})"])
    sd = case(cx, sd)
    why = f"{key} {'follow-up' if response else 'staging'}: " + "+".join(l.lower() for l in labels)
    bp = cx.c(bpes)
    ser = []
    if mod == "CT":
        dev = cx.dev("ct")
        regn = {"cap": ["Thorax-Abdomen", "TAP", "CAP", "Body", "Chest-Abd-Pelvis"], "chest": ["Thorax", "Chest", "Torace", "Lung"],
                "ap": ["Abdomen", "Abd-Pelvis", "Addome"], "liver3": ["Leber arteriell", "Arterial", "Portal venous", "Fegato"],
                "neckct": ["Hals-Thorax", "Neck Chest", "Collo"], "headct": ["Kopf", "Head", "Brain", "Cranio"]}[key]
        ser.append(S(scout_of(cx, dev), labels, None, why + "; scout of the exam", bpe=bp))
        for i in range(cx.c([1, 2, 2, 3])):
            kind = cx.c(["soft", "soft", "lung" if key in ("cap", "chest", "neckct") else ("bone" if key in ("cap", "ap") else "soft")])
            lab = labels
            rn = cx.c(regn)
            ser.append(S(ct_recon(cx, dev, rn, cx.c(["1.0", "1.25", "2.0", "3.0", "5.0"]), kind), lab, None, why, bpe=bp))
        if key == "cap" and cx.p(0.3):
            ser.append(S(ct_recon(cx, dev, cx.c(["Lunge", "Lung", "Thorax Lung"]), "1.0", "lung"), ["CHEST"], None,
                         "lung recon of the chest part of a C/A/P: chest", bpe=cx.c(["CHEST", bp])))
        if cx.p(0.25):
            m = ct_recon(cx, dev, "MPR", "3.0")
            m["SeriesDescription"] = cx.c(["Cor MPR", "MPR cor", "Sag MPR", "COR 3mm", "Bone Sag"])
            m["ImageType"] = "DERIVED\\SECONDARY\\MPR"
            ser.append(S(m, labels, None, why + "; reformat", bpe=bp))
        ser.append(S(dose_page(cx, dev), [], None, "CT dose page: no anatomy", img=False))
    elif mod == "MR":
        dev = cx.dev("mr")
        ser.append(S(mr_loc(cx, dev), labels, None, why + "; localizer of the exam", bpe=bp))
        for q in cx.rng.sample(mr_series(cx, dev, key), min(3, len(mr_series(cx, dev, key)))):
            scan = "EP" if any(x in q.lower() for x in ("diff", "dwi", "adc")) else cx.c(["SE", "GR", "SE\\IR"])
            it = "DERIVED\\PRIMARY\\ADC" if "adc" in q.lower() else "ORIGINAL\\PRIMARY\\M\\NORM"
            ser.append(S(M("MR", dev, q, sop=cx.p(0.25), ScanningSequence=scan, ImageType=it), labels, None, why + "; sequence name only", bpe=bp))
    else:
        dev = cx.dev("us")
        names = (["Abdomen", "Leber", "Fegato", "Liver", "Lever", "US", ""] if key == "usabd" else
                 ["Hals", "Collo", "Neck", "LK", "Linfonodi", "US", ""])
        for d in cx.rng.sample(names, 2):
            m = M("US", dev, d, sop=cx.p(0.3))
            if not d:
                del m["SeriesDescription"]
            ser.append(S(m, labels, None, why, bpe=bp))
    return sd, ser


def response(cx):
    return staging(cx, response=True)


# ---------------------------------------------------------------- biopsy and guidance
BIO = {
    "lung": ("CT", ["CHEST"], dict(de="CT-gesteuerte Lungenpunktion {s}", it="Biopsia polmonare TC-guidata {s}", nl="CT-geleide longbiopt {s}",
                                   en="CT GUIDED LUNG BIOPSY {s}"), ["CHEST", "LUNG"]),
    "liver": ("CT", ["ABDOMEN"], dict(de="CT-gesteuerte Leberpunktion", it="Biopsia epatica TC-guidata", nl="CT-geleide leverbiopsie",
                                      en="CT GUIDED LIVER BIOPSY"), ["ABDOMEN", "LIVER"]),
    "bone": ("CT", ["PELVIS"], dict(de="CT-gesteuerte Knochenbiopsie Os ilium {s}", it="Biopsia ossea TC-guidata ala iliaca {s}",
                                    nl="CT-geleide botbiopsie os ilium {s}", en="CT GUIDED BONE BIOPSY ILIAC {s}"), ["PELVIS", "BONE"]),
    "rp": ("CT", ["ABDOMEN"], dict(de="CT-gesteuerte Biopsie retroperitonealer Lymphknoten", it="Biopsia linfonodo retroperitoneale TC-guidata",
                                   nl="CT-geleide biopsie retroperitoneale klier", en="CT GUIDED RETROPERITONEAL NODE BIOPSY"), ["ABDOMEN"]),
    "vert": ("CT", ["LSPINE"], dict(de="CT-gesteuerte Biopsie LWK 2", it="Biopsia vertebrale TC-guidata L2", nl="CT-geleide biopsie LWK 2",
                                    en="CT GUIDED BIOPSY L2 VERTEBRA"), ["LSPINE", "SPINE"]),
    "usneck": ("US", ["NECK"], dict(de="Sono-gesteuerte Stanzbiopsie Hals-LK {s}", it="Agobiopsia ecoguidata linfonodo laterocervicale {s}",
                                    nl="Echogeleide biopsie halsklier {s}", en="US GUIDED BIOPSY NECK NODE {s}"), ["NECK"]),
    "thyroid": ("US", ["NECK"], dict(de="Sono-gesteuerte FNP Schilddrüse", it="Agoaspirato tiroideo ecoguidato", nl="Echogeleide punctie schildklier",
                                     en="US GUIDED FNA THYROID"), ["THYROID", "NECK"]),
    "usliver": ("US", ["ABDOMEN"], dict(de="Sono-gesteuerte Leberbiopsie", it="Biopsia epatica ecoguidata", nl="Echogeleide leverbiopsie",
                                        en="US GUIDED LIVER BIOPSY"), ["ABDOMEN", "LIVER"]),
    "prost": ("US", ["PELVIS"], dict(de="MRT/TRUS-Fusionsbiopsie Prostata", it="Biopsia prostatica fusion RM/eco", nl="MRI-TRUS fusiebiopsie prostaat",
                                     en="US PROSTATE BIOPSY MRI FUSION"), ["PROSTATE", "PELVIS"]),
    "port": ("RF", ["CHEST"], dict(de="Portimplantation", it="Posizionamento port-a-cath", nl="Port-a-cath plaatsing", en="IR PORT PLACEMENT CHEST"),
             ["CHEST"]),
    "thigh": ("US", ["THIGH"], dict(de="Sono-gesteuerte Stanzbiopsie Weichteiltumor Oberschenkel {s}", it="Biopsia ecoguidata massa coscia {s}",
                                    nl="Echogeleide biopsie wekedelen bovenbeen {s}", en="US GUIDED BIOPSY SOFT TISSUE MASS THIGH {s}"), ["LEG", "EXTREMITY"]),
}
BIO_W = {"lung": 4, "liver": 2, "bone": 2, "rp": 1, "vert": 1, "usneck": 2, "thyroid": 1, "usliver": 1, "prost": 2, "port": 2, "thigh": 1}


def biopsy(cx):
    keys = sorted(BIO_W)
    key = cx.rng.choices(keys, [BIO_W[k] for k in keys])[0]
    mod, labels, sds, bpes = BIO[key]
    s = cx.c("LR")
    g = "f" if key in ("thigh", "bone") else "m"
    sw = side_word(cx, s, g)
    sd = case(cx, T(cx, **sds).replace("{s}", sw))
    lat = s if key == "thigh" else None
    why = f"{key} biopsy guidance: " + "+".join(l.lower() for l in labels) + (f", side {sw}" if lat else "")
    bp = cx.c(bpes)
    ser = []
    if mod == "CT":
        dev = cx.dev("ct")
        ser.append(S(scout_of(cx, dev), labels, lat, why + "; scout", bpe=bp))
        ser.append(S(ct_recon(cx, dev, cx.c(["Planung", "Plan", "Biopsy", "Pre"]), cx.c(["2.0", "3.0", "5.0"])), labels, lat, why, bpe=bp))
        for d in cx.rng.sample(["Needle", "Intervention", "i-Sequence", "CT Fluoro", "Check"] + {"de": ["Nadel", "Nadellage"], "it": ["Ago"], "nl": ["Naald"]}.get(cx.lang, []), 2):
            m = ct_recon(cx, dev, d, cx.c(["2.0", "5.0"]))
            m["SeriesDescription"] = cx.c([d, f"{d} 2mm", f"{d} 1"])
            ser.append(S(m, labels, lat, why + "; needle position images", bpe=bp))
        ser.append(S(dose_page(cx, dev), [], None, "CT dose page: no anatomy", img=False))
    elif mod == "US":
        dev = cx.dev("us")
        for d in cx.rng.sample(["Biopsy", "Pre", "Post", "Needle", ""] + {"de": ["Biopsie", "Nadel"], "it": ["Biopsia"], "nl": ["Punctie", "Biopsie"]}.get(cx.lang, []), 3):
            m = M("US", dev, d, sop=cx.p(0.3))
            if not d:
                del m["SeriesDescription"]
            ser.append(S(m, labels, lat, why, bpe=bp))
    else:
        dev = cx.dev("fl")
        for d in ["Fluoro", LW(cx, ["Tip check", "Final"], de=["Katheterlage"], it=["Controllo catetere"], nl=["Tiplocatie"])]:
            ser.append(S(M("RF", dev, d, sop=cx.p(0.3)), labels, lat, why, bpe=bp))
    return sd, ser


# ---------------------------------------------------------------- breast
def breast(cx):
    k = cx.c(["mg", "mg", "mg", "tomo", "us", "mr", "mr", "stereo", "wire"])
    s = cx.c("LLRRB") if k in ("mg", "us", "tomo") else cx.c("LR")
    bw = side_word(cx, s, "f")
    dev = cx.dev("mg")
    ser = []
    if k in ("mg", "tomo"):
        if s == "B":
            sd = case(cx, T(cx, de=["Mammographie beidseits", "Mammographie bds. in 2 Ebenen", "Nachsorge-Mammographie bds."],
                            it=["Mammografia bilaterale", "MAMMOGRAFIA BILATERALE + TOMOSINTESI", "Mammografia di follow-up bilaterale"],
                            nl=["Mammografie beiderzijds", "Mammografie bdz follow-up"], en=["MG DIAGNOSTIC MAMMOGRAM BILATERAL", "MAMMO SURVEILLANCE BILATERAL W TOMO"]))
            sides = ["R", "L"]
        else:
            sd = case(cx, T(cx, de=[f"Mammographie {bw}", f"Mammographie {bw} Zusatzaufnahmen"], it=[f"Mammografia {bw}", f"Mammografia monolaterale {bw}"],
                            nl=[f"Mammografie {bw}"], en=[f"MG DIAGNOSTIC MAMMOGRAM {bw}", f"MAMMO UNILATERAL {bw}"]))
            sides = [s]
        why_b = "mammogram: one breast per image, side from ImageLaterality"
        for x in sides:
            for vp in ["CC", "MLO"]:
                if k == "tomo" and cx.p(0.5):
                    d = cx.c([f"{x} {vp} Tomo", f"{x}{vp} BTO", f"Tomosynthesis {x} {vp}"])
                    m = M("MG", dev, d, ImageLaterality=x, ViewPosition=vp, SOPClassUID=SOP["BTO"])
                else:
                    m = M("MG", dev, cx.c([f"{x} {vp}", f"{x}{vp}", f"{vp} {x}"]), ImageLaterality=x, ViewPosition=vp, sop=cx.p(0.4))
                ser.append(S(m, ["BREAST"], x, why_b, bpe="BREAST"))
        if s != "B" and cx.p(0.4):
            m = M("MG", dev, cx.c([f"{s} ML", f"{s} Spot CC", f"{s} MAG CC"]), ImageLaterality=s, ViewPosition=cx.c(["ML", "CC"]))
            ser.append(S(m, ["BREAST"], s, "additional view of one breast", bpe="BREAST"))
        if cx.p(0.3):
            ser.append(S(M("SR", dev, "Mammography CAD SR", SOPClassUID="1.2.840.10008.5.1.4.1.1.88.50"), [], None, "CAD result SR: no anatomy", img=False))
        return sd, ser
    if k == "us":
        dev = cx.dev("us")
        sd = case(cx, T(cx, de=[f"Mammasonographie {bw}", f"Sono Mamma {bw} + Axilla"], it=[f"Ecografia mammaria {bw}", f"ECOGRAFIA MAMMELLA {bw}"],
                        nl=[f"Echo mamma {bw}"], en=[f"US BREAST {bw} LIMITED", f"US BREAST {bw} COMPLETE"]))
        why = f"breast ultrasound ordered for side {s}"
        for d in cx.rng.sample(["Breast", "Axilla", "Lesion 1", ""] + {"de": ["Mamma", "2 Uhr"], "it": ["Ascella", "ore 10"], "nl": ["Mamma", "Oksel"]}.get(cx.lang, []), 2):
            m = M("US", dev, d, sop=cx.p(0.3))
            if not d:
                del m["SeriesDescription"]
            ser.append(S(m, ["BREAST"], s, why, bpe=cx.c(["BREAST", "CHEST"])))
        return sd, ser
    if k == "mr":
        dev = cx.dev("mr")
        sd = case(cx, T(cx, de=["MRT Mamma beidseits", "Mamma-MRT mit KM", "MR-Mammographie"], it=["RM mammaria bilaterale", "RM MAMMELLA CON MDC"],
                        nl=["MRI mammae", "MRI borsten met contrast"], en=["MRI BREAST BILATERAL W WO", "MR BREAST STAGING"]))
        v = vendor(dev)
        seqs = {"SIEMENS": ["t1_fl3d_tra_dyn", "t2_tse_tra", "ep2d_diff_tra", "t1_fl3d_tra_dyn_SUB", "MIP_SUB"],
                "GE": ["Ax VIBRANT MultiPhase", "Ax T2 FSE IDEAL", "Ax DWI", "SUB_VIBRANT", "MIP"],
                "PHILIPS": ["DYN_eTHRIVE", "T2W_TSE_SPAIR", "DWI_b800", "SUB_DYN", "MIP"]}.get(v, ["Dyn"])
        why = "breast MR: both breasts imaged"
        ser.append(S(mr_loc(cx, dev), ["BREAST"], "B", why + "; localizer", bpe=cx.c(["BREAST", "CHEST"])))
        for q in cx.rng.sample(seqs, 3):
            ser.append(S(M("MR", dev, q, ScanningSequence="GR" if "dyn" in q.lower() or "vibrant" in q.lower() else "SE"), ["BREAST"], "B", why,
                         bpe=cx.c(["BREAST", "CHEST"])))
        return sd, ser
    if k == "stereo":
        sd = case(cx, T(cx, de=[f"Vakuumbiopsie stereotaktisch Mamma {bw}"], it=[f"Biopsia stereotassica VABB mammella {bw}"],
                        nl=[f"Stereotactische biopsie mamma {bw}"], en=[f"MG STEREOTACTIC BIOPSY {bw} BREAST"]))
        why = f"stereotactic breast biopsy of side {s}"
        for d in ["Scout", "Stereo +15", "Stereo -15", "Post Fire", "Clip"][: cx.c([2, 3, 4])]:
            ser.append(S(M("MG", dev, d, ImageLaterality=s), ["BREAST"], s, why, bpe="BREAST"))
        ser.append(S(M("MG", dev, LW(cx, ["Specimen"], de=["Präparat"], it=["Pezzo operatorio"], nl=["Preparaat"])), ["BREAST"], s, "specimen radiograph of the core, side of the breast"))
        return sd, ser
    sd = case(cx, T(cx, de=[f"Drahtmarkierung Mamma {bw}"], it=[f"Repere mammario {bw}", f"Localizzazione preoperatoria mammella {bw}"],
                    nl=[f"Draadlokalisatie mamma {bw}", f"RSL jodiumzaadje mamma {bw}"], en=[f"MG NEEDLE LOCALIZATION {bw} BREAST"]))
    why = f"pre-operative localisation of side {s}"
    for d in ["CC", "ML", "Post Wire"]:
        ser.append(S(M("MG", dev, d, ImageLaterality=s, ViewPosition=d if d != "Post Wire" else "CC"), ["BREAST"], s, why, bpe="BREAST"))
    return sd, ser


# ---------------------------------------------------------------- limbs
LIMB = {
    "sarc_thigh": ("MR", ["THIGH"], dict(de="MRT Oberschenkel {s} Weichteiltumor", it="RM coscia {s} con mdc", nl="MRI bovenbeen {s}", en="MRI FEMUR {s} W WO"),
                   ["LEG", "THIGH", "EXTREMITY"]),
    "sarc_leg": ("MR", ["LEG"], dict(de="MRT Unterschenkel {s}", it="RM gamba {s}", nl="MRI onderbeen {s}", en="MRI TIB/FIB {s} W WO"), ["LEG", "EXTREMITY"]),
    "osteo_knee": ("MR", ["KNEE", "THIGH"], dict(de="MRT distaler Femur/Knie {s} Osteosarkom", it="RM ginocchio e femore distale {s}",
                                                 nl="MRI knie en distale femur {s}", en="MRI KNEE AND DISTAL FEMUR {s} OSTEOSARCOMA"), ["KNEE", "LEG"]),
    "sarc_arm": ("MR", ["ARM"], dict(de="MRT Oberarm {s}", it="RM braccio {s}", nl="MRI bovenarm {s}", en="MRI HUMERUS {s} W WO"), ["ARM", "SHOULDER"]),
    "sarc_forearm": ("MR", ["FOREARM"], dict(de="MRT Unterarm {s}", it="RM avambraccio {s}", nl="MRI onderarm {s}", en="MRI FOREARM {s}"),
                     ["FOREARM", "ARM", "EXTREMITY"]),
    "shoulder_mr": ("MR", ["SHOULDER"], dict(de="MRT Schulter {s}", it="RM spalla {s}", nl="MRI schouder {s}", en="MRI SHOULDER {s} WO"), ["SHOULDER"]),
    "knee_mr": ("MR", ["KNEE"], dict(de="MRT Kniegelenk {s}", it="RM ginocchio {s}", nl="MRI knie {s}", en="MRI KNEE {s} WO"), ["KNEE", "LEG"]),
    "femur_xr": ("DX", ["THIGH"], dict(de="Rö Femur {s} in 2 Ebenen", it="RX femore {s}", nl="X-femur {s}", en="XR FEMUR {s} 2 VIEWS"), ["FEMUR", "LEG", "THIGH"]),
    "humerus_xr": ("DX", ["ARM"], dict(de="Rö Humerus {s}", it="RX omero {s}", nl="X-humerus {s}", en="XR HUMERUS {s}"), ["HUMERUS", "ARM"]),
    "hip_xr": ("DX", ["HIP"], dict(de="Rö Hüfte {s} axial", it="RX anca {s}", nl="X-heup {s}", en="XR HIP {s} 2 VIEWS"), ["HIP", "PELVIS"]),
    "shoulder_xr": ("DX", ["SHOULDER"], dict(de="Rö Schulter {s}", it="RX spalla {s}", nl="X-schouder {s}", en="XR SHOULDER {s}"), ["SHOULDER"]),
    "clav_xr": ("DX", ["SHOULDER"], dict(de="Rö Clavicula {s}", it="RX clavicola {s}", nl="X-clavicula {s}", en="XR CLAVICLE {s}"), ["CLAVICLE", "SHOULDER"]),
    "elbow_xr": ("DX", ["ELBOW"], dict(de="Rö Ellenbogen {s}", it="RX gomito {s}", nl="X-elleboog {s}", en="XR ELBOW {s} 3 VIEWS"), ["ELBOW", "ARM"]),
    "forearm_xr": ("DX", ["FOREARM"], dict(de="Rö Unterarm {s}", it="RX avambraccio {s}", nl="X-onderarm {s}", en="XR FOREARM {s}"), ["FOREARM", "ARM"]),
    "wrist_xr": ("DX", ["WRIST"], dict(de="Rö Handgelenk {s}", it="RX polso {s}", nl="X-pols {s}", en="XR WRIST {s} 3 VIEWS"), ["WRIST", "HAND"]),
    "scaph_xr": ("DX", ["WRIST"], dict(de="Rö Scaphoid-Quartett {s}", it="RX scafoide {s}", nl="X-scaphoid {s}", en="XR SCAPHOID {s}"), ["WRIST", "HAND"]),
    "hand_xr": ("DX", ["HAND"], dict(de="Rö Hand {s} d.p./schräg", it="RX mano {s}", nl="X-hand {s}", en="XR HAND {s} 3 VIEWS"), ["HAND"]),
    "finger_xr": ("DX", ["HAND"], dict(de="Rö Finger {s}", it="RX dito {s}", nl="X-vinger {s}", en="XR FINGER {s}"), ["FINGER", "HAND"]),
    "knee_xr": ("DX", ["KNEE"], dict(de="Rö Knie {s} 2 Ebenen", it="RX ginocchio {s}", nl="X-knie {s}", en="XR KNEE {s} 3 VIEWS"), ["KNEE", "LEG"]),
    "tibia_xr": ("DX", ["LEG"], dict(de="Rö Unterschenkel {s}", it="RX tibia-perone {s}", nl="X-onderbeen {s}", en="XR TIBIA FIBULA {s}"), ["LEG", "TIBIA"]),
    "ankle_xr": ("DX", ["ANKLE"], dict(de="Rö OSG {s}", it="RX caviglia {s}", nl="X-enkel {s}", en="XR ANKLE {s} 3 VIEWS"), ["ANKLE", "FOOT"]),
    "foot_xr": ("DX", ["FOOT"], dict(de="Rö Fuß {s} 2 Ebenen", it="RX piede {s}", nl="X-voet {s}", en="XR FOOT {s}"), ["FOOT", "ANKLE"]),
    "calc_xr": ("DX", ["FOOT"], dict(de="Rö Calcaneus {s}", it="RX calcagno {s}", nl="X-calcaneus {s}", en="XR CALCANEUS {s}"), ["FOOT", "CALCANEUS"]),
    "dvt": ("US", ["THIGH", "KNEE", "LEG"], dict(de="Duplex Beinvenen {s} TVT-Ausschluss", it="Ecocolordoppler venoso arto inferiore {s}",
                                                 nl="Duplex been {s} DVT", en="US VENOUS DUPLEX LOWER EXTREMITY {s}"), ["LEG", "EXTREMITY"]),
    "mass_us": ("US", ["FOREARM"], dict(de="Sono Weichteile Unterarm {s}", it="Ecografia tessuti molli avambraccio {s}", nl="Echo wekedelen onderarm {s}",
                                        en="US SOFT TISSUE FOREARM {s}"), ["FOREARM", "ARM"]),
    "dxa_hip": ("DX", ["HIP"], dict(de="Knochendichtemessung DXA LWS und Hüfte {s}", it="MOC DXA femore {s}", nl="Botdensitometrie heup {s}",
                                    en="DXA BONE DENSITY HIP {s}"), ["HIP"]),
    "dxa_fa": ("DX", ["FOREARM"], dict(de="DXA Unterarm {s}", it="MOC DXA avambraccio {s}", nl="Botdensitometrie onderarm {s}", en="DXA FOREARM {s}"),
               ["FOREARM", "ARM"]),
}
GENDER_IT = {"sarc_thigh": "f", "sarc_leg": "f", "hip_xr": "f", "shoulder_xr": "f", "shoulder_mr": "f", "clav_xr": "f", "hand_xr": "f"}


def limb(cx):
    key = cx.c(sorted(LIMB))
    mod, labels, sds, bpes = LIMB[key]
    s = cx.c("LR")
    g = GENDER_IT.get(key, "m") if cx.site == "it-ion" else "m"
    if key in ("dvt",) and cx.site == "it-ion":
        g = "m"
    sw = side_word(cx, s, g)
    sd = case(cx, T(cx, **sds).replace("{s}", sw))
    why = f"{key}: " + "+".join(l.lower() for l in labels) + f", side {sw} from the order"
    bp = cx.c(bpes)
    ser = []
    if key.startswith("dxa"):
        dev = cx.dev("dxa")
        lab = ["HIP"] if key == "dxa_hip" else ["FOREARM"]
        d = {"dxa_hip": cx.c(["Left Hip", "Right Hip", "DualFemur"]) , "dxa_fa": cx.c(["Forearm", "Radius 33%"])}[key]
        if d in ("Left Hip", "Right Hip"):
            d = "Left Hip" if s == "L" else "Right Hip"
        if d == "DualFemur":
            d = "Femur"
        ser.append(S(M("OT", dev, d, Laterality=s, ImageType="ORIGINAL\\PRIMARY"), lab, s, f"DXA image of one {lab[0].lower()}, side {s}", bpe=bp))
        if key == "dxa_hip":
            ser.append(S(M("OT", dev, cx.c(["AP Spine", "L1-L4", "Lumbar Spine"])), ["LSPINE"], None, "DXA lumbar spine image: lumbar spine", bpe="LSPINE"))
        ser.append(S(M("SR", dev, "DXA Report", SOPClassUID=SOP["CSR"]), [], None, "DXA result SR: no anatomy", img=False))
        return sd, ser
    if mod == "MR":
        dev = cx.dev("mr")
        v = vendor(dev)
        ser.append(S(mr_loc(cx, dev), labels, s, why + "; localizer", bpe=bp))
        seqs = {"SIEMENS": ["t1_tse_cor", "t2_tirm_cor", "pd_tse_fs_sag", "t1_vibe_fs_tra_KM", "t2_tse_tra"],
                "GE": ["Cor T1", "Cor STIR", "Sag PD FS", "Ax T1 FS +C", "Ax T2 FSE"],
                "PHILIPS": ["T1W_TSE_COR", "STIR_COR", "PDW_SPAIR_SAG", "T1W_mDIXON_Gd", "T2W_TSE_TRA"]}.get(v, ["T1"])
        for q in cx.rng.sample(seqs, 3):
            ser.append(S(M("MR", dev, q, ScanningSequence="SE\\IR" if "tir" in q.lower() or "stir" in q.lower() else "SE"), labels, s,
                         why + "; sequence name only", bpe=bp))
        return sd, ser
    if mod == "US":
        dev = cx.dev("us")
        names = (["CFV", "POP V", "FV", ""] + {"de": ["V. femoralis", "V. poplitea"], "it": ["VFC", "Poplitea", "Femorale"], "nl": ["V. femoralis"]}.get(cx.lang, [])) if key == "dvt" else (["Mass", "Lesion", ""] + {"de": ["Weichteile"], "it": ["Lesione"], "nl": ["Zwelling"]}.get(cx.lang, []))
        for d in cx.rng.sample(names, 2):
            m = M("US", dev, d, sop=cx.p(0.3))
            if not d:
                del m["SeriesDescription"]
            ser.append(S(m, labels, s, why, bpe=bp))
        return sd, ser
    dev = cx.dev("dx")
    mod = "CR" if cx.site == "it-ion" and cx.p(0.3) else "DX"
    tagged = cx.p(0.3)
    views = cx.rng.sample(["AP", "LAT", "OBL"] + {"de": ["a.p.", "seitlich", "schräg"], "it": ["AP e LL", "LL", "Obliqua"], "nl": ["AP", "LAT"]}.get(cx.lang, []), 2)
    for vv in views:
        kw = {"ViewPosition": vv if vv in ("AP", "LAT", "PA") else None}
        m = M(mod, dev, cx.c([vv, f"{vv} {cx.c(['', '2'])}".strip()]), sop=cx.p(0.3))
        if kw["ViewPosition"]:
            m["ViewPosition"] = kw["ViewPosition"]
        if tagged:
            m["ImageLaterality" if cx.p(0.5) else "Laterality"] = s
        ser.append(S(m, labels, s, why, bpe=bp))
    return sd, ser


# ---------------------------------------------------------------- general radiology
def general(cx):
    k = cx.c(["cxr", "cxr", "cxr", "port", "abd", "ctpe", "headct", "spine_xr", "spine_xr", "survey", "swallow", "longleg", "hands"])
    ser = []
    if k in ("cxr", "port"):
        dev = cx.dev("dx")
        sd = case(cx, T(cx, de=["Rö Thorax 2 Ebenen", "Rö Thorax p.a. und seitlich", "Thorax liegend", "Rö Thorax Portkontrolle"],
                        it=["RX torace 2P", "RX TORACE IN DUE PROIEZIONI", "RX torace a letto", "RX torace controllo CVC"],
                        nl=["X-thorax", "X-thorax PA/lat", "X-thorax controle PAC"], en=["XR CHEST 2 VIEWS", "XR CHEST PA AND LATERAL", "XR CHEST PORTABLE 1 VIEW",
                                                                                       "XR CHEST PORT CHECK"]))
        why = "chest radiograph: chest"
        for d in cx.rng.sample(["PA", "LAT", "AP"] + {"de": ["p.a.", "seitlich", "AP liegend", "Thorax"], "it": ["Torace PA", "LL"], "nl": ["Thorax PA"], "en": ["AP PORTABLE"]}.get(cx.lang, []), 2):
            m = M("DX", dev, d, sop=cx.p(0.3))
            if d in ("PA", "LAT"):
                m["ViewPosition"] = d
            ser.append(S(m, ["CHEST"], None, why, bpe=cx.c(["CHEST", "CHEST", "THORAX"])))
        return sd, ser
    if k == "abd":
        dev = cx.dev("dx")
        sd = case(cx, T(cx, de=["Rö Abdomen Übersicht", "Abdomen im Liegen"], it=["RX addome diretto", "RX ADDOME IN ORTOSTATISMO"],
                        nl=["X-buikoverzicht", "X-BOZ"], en=["XR ABDOMEN 1 VIEW", "XR KUB"]))
        return sd, [S(M("DX", dev, LW(cx, ["Abdomen AP"], de=["Abdomen liegend"], it=["Addome"], nl=["BOZ"], en=["KUB"])), AP_, None,
                      "abdominal plain film, diaphragm to symphysis: abdomen and pelvis", bpe=cx.c(["ABDOMEN", "ABDOMEN", "KUB"]))]
    if k == "ctpe":
        dev = cx.dev("ct")
        sd = case(cx, T(cx, de=["CT-Angiographie Pulmonalarterien", "CTA Thorax LAE"], it=["Angio-TC arterie polmonari"], nl=["CTA longembolie", "CT-pulmonalis"],
                        en=["CTA CHEST PE PROTOCOL", "CT PULMONARY ANGIOGRAM"]))
        why = "CT pulmonary angiogram: chest"
        ser = [S(scout_of(cx, dev), ["CHEST"], None, why + "; scout"), S(ct_recon(cx, dev, cx.c(["CTA", "PE", "Pulmo"]), "1.0"), ["CHEST"], None, why,
                                                                       bpe=cx.c(["CHEST", "CHEST"])),
               S(dose_page(cx, dev), [], None, "dose page: no anatomy", img=False)]
        return sd, ser
    if k == "headct":
        return staging(cx, key="headct")
    if k == "spine_xr":
        code = cx.c(["CSPINE", "TSPINE", "LSPINE", "LSPINE"])
        dev = cx.dev("dx")
        w = {"CSPINE": dict(de="Rö HWS 2 Ebenen", it="RX rachide cervicale", nl="X-CWK", en="XR C-SPINE 2 VIEWS"),
             "TSPINE": dict(de="Rö BWS 2 Ebenen", it="RX rachide dorsale", nl="X-TWK", en="XR T-SPINE 2 VIEWS"),
             "LSPINE": dict(de="Rö LWS 2 Ebenen", it="RX rachide lombosacrale", nl="X-LWK", en="XR L-SPINE 2-3 VIEWS")}[code]
        sd = case(cx, T(cx, **w))
        for d in cx.rng.sample(["AP", "LAT", "a.p.", "seitlich", "LL"], 2):
            ser.append(S(M("DX", dev, d), [code], None, f"spine films: {code.lower()}", bpe=cx.c([code, "SPINE"])))
        return sd, ser
    if k == "survey":
        dev = cx.dev("dx")
        sd = case(cx, T(cx, de=["Skelettstatus Myelom (Pariser Schema)", "Rö Skelettstatus"], it=["Rx scheletro per mieloma"], nl=["Skeletstatus myeloom"],
                        en=["XR SKELETAL SURVEY MYELOMA", "XR BONE SURVEY COMPLETE"]))
        i = {"de": 0, "it": 1, "nl": 2}.get(cx.lang, 3)
        parts = [("HEAD", ["Schädel seitl.", "Cranio LL", "Schedel lat", "Skull LAT"]), ("PELVIS", ["Becken a.p.", "Bacino AP", "Bekken AP", "Pelvis AP"]),
                 ("THIGH", [cx.c(["Femur bds", "Femur beidseits"]), "Femori bilaterale", "Femur bdz", "BOTH FEMURS AP"]),
                 ("ARM", ["Humerus bds", "Omeri bilaterale", "Humerus bdz", "BILATERAL HUMERUS"]), ("CSPINE", ["HWS seitl.", "Rachide cervicale LL", "CWK lat", "C-Spine LAT"]),
                 ("TSPINE", ["BWS seitl.", "Rachide dorsale LL", "TWK lat", "T-Spine LAT"]), ("LSPINE", ["LWS seitl.", "Rachide lombare LL", "LWK lat", "L-Spine LAT"]),
                 ("CHEST", ["Thorax p.a.", "Torace PA", "Thorax PA", "Chest PA"])]
        parts = [(c, [n[i]]) for c, n in parts]
        for code, names in cx.rng.sample(parts, 4):
            lat = "B" if code in ("THIGH", "ARM") else None
            ser.append(S(M("DX", dev, cx.c(names), ImageLaterality="B") if lat and cx.p(0.4) else M("DX", dev, cx.c(names)), [code], lat,
                         f"skeletal survey image: {code.lower()}" + (", both sides on one film" if lat else ""), bpe=cx.c(["SKELETON", code, "WHOLEBODY"])))
        return sd, ser
    if k == "swallow":
        dev = cx.dev("fl")
        sd = case(cx, T(cx, de=["Ösophagus-Breischluck nach Radiatio", "Röntgen Breischluck"], it=["RX esofago con mdc idrosolubile"],
                        nl=["Slikfoto na bestraling"], en=["FL ESOPHAGRAM", "FL BARIUM SWALLOW"]))
        for d in [LW(cx, ["Swallow AP"], de=["Schluck AP"]), "LAT", LW(cx, ["Esophagus"], de=["Ösophagus"], it=["Esofago"], nl=["Slokdarm"])]:
            ser.append(S(M("RF", dev, d), ["NECK", "CHEST"], None, "swallow pharynx to cardia: neck and chest", bpe=cx.c(["ESOPHAGUS", "CHEST"])))
        return sd, ser
    if k == "longleg":
        dev = cx.dev("dx")
        bw = side_word(cx, "B")
        sd = case(cx, T(cx, de=[f"Ganzbeinstandaufnahme {bw}", "Ganzbein-Aufnahme a.p. im Stehen"], it=[f"Telemetria arti inferiori {bw}"],
                        nl=[f"Beenlengte-opname {bw}"], en=[f"XR LONG LEG STANDING {bw}", "XR BILATERAL LONG LEG"]))
        return sd, [S(M("DX", dev, LW(cx, ["Long Leg AP", "Stitched", "Composed"], de=["Ganzbein"], it=["Telemetria"], nl=["Beenlengte"]), ImageLaterality="B" if cx.p(0.4) else None),
                      ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "B", "standing long-leg film, hips to ankles, both legs", bpe=cx.c(["LEG", "LOWER EXTREMITY"]))]
    dev = cx.dev("dx")
    bw = side_word(cx, "B")
    sd = case(cx, T(cx, de=[f"Rö Hände {bw}", "Rö beide Hände d.p."], it=[f"RX mani {bw}"], nl=[f"X-handen {bw}"], en=[f"XR HANDS {bw}", "XR BOTH HANDS"]))
    return sd, [S(M("DX", dev, LW(cx, ["Hands PA"], de=["Hände d.p."], it=["Mani"], nl=["Handen"]), ImageLaterality="B" if cx.p(0.4) else None), ["HAND"], "B",
                  "both hands on one film (hand-foot syndrome check)", bpe="HAND")]


FAMILY = {"pet": pet, "nm": nm, "rt": rt, "staging": staging, "response": response, "biopsy": biopsy, "breast": breast, "limb": limb, "general": general}


# ---------------------------------------------------------------- objects without anatomy, on their own
def noanat(cx):
    k = cx.c(["doc", "ko", "pr", "sr", "qc", "qc", "nmqc", "report"])
    if k == "doc":
        d = T(cx, de=["Anforderung gescannt", "Einverständniserklärung", "Überweisungsschein"], it=["Richiesta scansionata", "Consenso informato"],
              nl=["Aanvraagformulier", "Toestemmingsformulier"], en=["Scanned Requisition", "Consent Form", "Screening Questionnaire"])
        return M("OT", ("", ""), d, SOPClassUID=cx.c([SOP["SC"], SOP["PDF"]])), "scanned paper: no anatomy"
    if k == "ko":
        return M("KO", ("", ""), cx.c(["Key Images", "KEY_IMAGES", "Tumor Board", "Schlüsselbilder", "Immagini chiave"]), SOPClassUID=SOP["KO"]), \
            "key object selection: references, no pixels"
    if k == "pr":
        return M("PR", ("", ""), cx.c(["Presentation State", "GSPS", "RECIST Measurements", "Annotations"]), SOPClassUID=SOP["PR"]), \
            "presentation state: no pixels"
    if k == "sr":
        return M("SR", ("", ""), cx.c(["X-Ray Radiation Dose SR", "Radiopharmaceutical Radiation Dose SR", "PET Dose SR"]), SOPClassUID=SOP["RDSR"]), \
            "dose structured report"
    if k == "qc":
        dev = cx.dev("pet")
        return M("PT", dev, cx.c(["Daily QC", "Ge-68 Phantom DQA", "QC Phantom Cylinder", "NEMA IQ Phantom", "Daily Check"]),
                 ImageType="ORIGINAL\\PRIMARY\\QC"), "PET daily QC phantom: no patient"
    if k == "nmqc":
        dev = cx.dev("nm")
        return M("NM", dev, cx.c(["Uniformity Co-57 Flood", "Extrinsic Flood", "COR QC", "Jaszczak Phantom"]), ImageType="ORIGINAL\\PRIMARY\\STATIC\\UNIFORMITY"), \
            "gamma camera QC flood/phantom: no patient"
    dev = cx.dev("der")
    return M("OT", dev, cx.c(["Report", "Hermes Report", "MIM Report", "PERCIST Summary", "Workflow Summary"]), SOPClassUID=SOP["SC"],
             ImageType="DERIVED\\SECONDARY\\REPORT"), "report page from the workstation: text, no anatomy"


# ---------------------------------------------------------------- assembly
def clean(meta):
    out = {k: v for k, v in meta.items() if v not in (None, "")}
    if out.get("Manufacturer") == "":
        out.pop("Manufacturer")
    return out


def sibling(s):
    m = dict(s["meta"])
    if s["bpe"]:
        m["BodyPartExamined"] = s["bpe"]
    return clean(m)


CODES_ORDER = WB + ["BREAST"] + WSPINE + ["SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]


def proc_code(cx, sd):
    return [{"CodeValue": f"{cx.site[:2].upper()}{cx.rng.randrange(1000, 9999)}", "CodingSchemeDesignator": cx.c(["L", "99LOCAL", "RADLEX"]) ,
             "CodeMeaning": sd[:64]}]


def build():
    rng = random.Random(SEED)
    rows = []
    for site in SITES:
        _langs, _kind, target, strata = SITES[site]
        names = sorted(strata)
        wts = [strata[n] for n in names]
        n_site = 0
        while n_site < target:
            cx = Ctx(rng, site)
            stratum = rng.choices(names, wts)[0]
            sd, ser = FAMILY[stratum](cx)
            imgs = [s for s in ser if s["img"]]
            pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 3])))
            extras = [s for s in ser if not s["img"]]
            if extras and rng.random() < (0.3 if stratum == "rt" else 0.13):
                pick.append(rng.choice(extras))
            for s in pick:
                meta = clean(s["meta"])
                # BodyPartExamined as the console fills it: absent in about a third, else the
                # device's (often coarse or copied) value
                if s["bpe"] and rng.random() > 0.3:
                    meta["BodyPartExamined"] = s["bpe"]
                elif not s["bpe"] and s["img"] and rng.random() < 0.35 and s["labels"]:
                    meta["BodyPartExamined"] = s["labels"][0] if len(s["labels"]) == 1 else rng.choice(s["alt"] or s["labels"][:1])
                row = {"meta": meta, "labels": [c for c in CODES_ORDER if c in s["labels"]], "laterality": s["laterality"], "why": s["why"],
                       "group": f"{site}:{stratum if s['img'] else 'no-anatomy'}"}
                if rng.random() < 0.43:
                    if rng.random() < 0.5:
                        meta["StudyDescription"] = sd
                    row["study"] = {"StudyDescription": sd, "series": [sibling(o) for o in ser if o is not s]}
                else:
                    meta["StudyDescription"] = sd
                r = rng.random()
                if r < 0.15:
                    meta["RequestedProcedureDescription"] = sd
                elif r < 0.25:
                    meta["PerformedProcedureStepDescription"] = sd[:16] if (len(sd) > 16 and rng.random() < 0.4) else sd
                elif r < 0.30:
                    meta["ProcedureCodeSequence"] = proc_code(cx, sd)
                if meta["Modality"] in ("MR", "CT", "PT") and rng.random() < 0.25:
                    meta["ProtocolName"] = sd if rng.random() < 0.5 else meta.get("SeriesDescription", sd)
                rows.append(row)
                n_site += 1
            if rng.random() < NOANAT_SHARE:
                meta, why = noanat(cx)
                meta = clean(meta)
                row = {"meta": meta, "labels": [], "laterality": None, "why": why, "group": f"{site}:no-anatomy"}
                if "QC" in why:
                    meta["StudyDescription"] = rng.choice(["QC", "Daily QC", "Qualitätskontrolle", "Controllo qualità", "Kwaliteitscontrole"])
                elif rng.random() < 0.5:
                    row["study"] = {"StudyDescription": sd, "series": [sibling(o) for o in ser[:3]]}
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
                   ("site:stratum", lambda r: r["group"]),
                   ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))]:
        c = Counter(f(r) for r in rows)
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    labs = Counter(lab for r in rows for lab in r["labels"])
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labs.items())))
    lines.append(f"empty label set {sum(not r['labels'] for r in rows)}")
    lines.append(f"whole body {sum(set(WB) <= set(r['labels']) for r in rows)}, two or more codes {sum(len(r['labels']) >= 2 for r in rows)}")
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
