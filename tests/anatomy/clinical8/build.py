#!/usr/bin/env python3
"""Writes tests/anatomy/data/clinical_set_8.jsonl: the eighth blind labelled anatomy set.

A legacy archive migration: twenty years of studies (2004-2024) of a hospital group, taken out
of two retired PACS and met by the reading service as priors. Six sites: an English district
general hospital, a German Klinikum, a French centre hospitalier, a Dutch outpatient centre, a
US community hospital and an Australian private practice. Old data looks old here: retired
scanners and their default series names, upper-case descriptions cut to 16 characters, RIS
codes, missing or stale BodyPartExamined, an earlier migration that wrote the study
description over every series description, merged studies, scanned films and requisitions,
and the modern tail of the same services.

Labels follow the shared anatomy spec (region codes, laterality only for limbs and breast,
the empty set for series that show no anatomy) and the conventions in README.md beside this
file. Standard library only, fixed seed: the output is the same on every run.

    python build.py            write the set
    python build.py --check    exit 1 when the committed file differs from what this writes
    python build.py --summary  print counts
"""

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 8
OUT = Path(__file__).resolve().parent.parent / "data" / "clinical_set_8.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]
RUNOFF = ["ABDOMEN", "PELVIS", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LONGLEG = ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"]

SOP = {
    "CT": "1.2.840.10008.5.1.4.1.1.2", "ECT": "1.2.840.10008.5.1.4.1.1.2.1",
    "MR": "1.2.840.10008.5.1.4.1.1.4", "EMR": "1.2.840.10008.5.1.4.1.1.4.1",
    "CR": "1.2.840.10008.5.1.4.1.1.1", "DX": "1.2.840.10008.5.1.4.1.1.1.1",
    "MG": "1.2.840.10008.5.1.4.1.1.1.2", "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3",
    "IO": "1.2.840.10008.5.1.4.1.1.1.3",
    "US": "1.2.840.10008.5.1.4.1.1.6.1", "USMF": "1.2.840.10008.5.1.4.1.1.3.1",
    "US_RET": "1.2.840.10008.5.1.4.1.1.6", "USMF_RET": "1.2.840.10008.5.1.4.1.1.3",
    "NM": "1.2.840.10008.5.1.4.1.1.20", "PT": "1.2.840.10008.5.1.4.1.1.128",
    "XA": "1.2.840.10008.5.1.4.1.1.12.1", "RF": "1.2.840.10008.5.1.4.1.1.12.2",
    "SC": "1.2.840.10008.5.1.4.1.1.7", "SCMF": "1.2.840.10008.5.1.4.1.1.7.4",
    "PDF": "1.2.840.10008.5.1.4.1.1.104.1", "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
    "ESR": "1.2.840.10008.5.1.4.1.1.88.22", "CSR": "1.2.840.10008.5.1.4.1.1.88.33",
    "MCAD": "1.2.840.10008.5.1.4.1.1.88.50", "KO": "1.2.840.10008.5.1.4.1.1.88.59",
    "PR": "1.2.840.10008.5.1.4.1.1.11.1",
}

# The sites: language of the RIS, and the years each retired archive held.
SITES = {
    "uk-dgh": "en", "de-klinik": "de", "fr-ch": "fr", "nl-opc": "nl", "us-comm": "en", "au-priv": "en",
}


def ascii_caps(s: str) -> str:
    """What the old RIS of several sites did to a description: capitals, accents dropped."""
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def cut(s: str, n: int = 16) -> str:
    """An old system's field length: the text cut at n characters, trailing blank dropped."""
    return s[:n].rstrip()


class Gen:
    """One study at a time: its series, each with the labels of what it images."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p


def ser(meta: dict, labels, lat=None, note: str = "", weight: float = 1.0) -> dict:
    """A series: its header, the regions it images and their side, why, and how likely a row."""
    return {"meta": {k: v for k, v in meta.items() if v is not None}, "labels": list(labels), "lat": lat,
            "note": note, "weight": weight}


def code(value: str, scheme: str, meaning: str) -> list:
    return [{"CodeValue": value, "CodingSchemeDesignator": scheme, "CodeMeaning": meaning}]


# ---------------------------------------------------------------------------------------------
# Scanners by site and year: what stood in each department when. (vendor key, Manufacturer, model)

FLEET = {
    "uk-dgh": {
        "CT": [(2004, 2009, "ge", "GE MEDICAL SYSTEMS", "LightSpeed16"), (2010, 2017, "ge", "GE MEDICAL SYSTEMS", "LightSpeed VCT"),
               (2018, 2024, "toshiba", "Canon Medical Systems", "Aquilion ONE")],
        "MR": [(2004, 2006, "ge", "GE MEDICAL SYSTEMS", "GENESIS_SIGNA"), (2007, 2015, "ge", "GE MEDICAL SYSTEMS", "Signa HDxt"),
               (2016, 2024, "siemens", "SIEMENS", "Avanto_fit")],
        "XR": [(2004, 2011, "kodak", "KODAK", "DirectView CR 850"), (2012, 2018, "carestream", "Carestream Health", "DRX-Evolution"),
               (2019, 2024, "carestream", "Carestream Health", "DRX-Evolution Plus")],
        "US": [(2004, 2008, "philips", "ATL", "HDI 5000"), (2009, 2017, "philips", "Philips Medical Systems", "iU22"),
               (2018, 2024, "philips", "Philips Healthcare", "EPIQ 7G")],
        "MG": [(2006, 2012, "hologic", "LORAD", "Lorad Selenia"), (2013, 2024, "hologic", "HOLOGIC, Inc.", "Selenia Dimensions")],
        "NM": [(2004, 2024, "ge", "GE MEDICAL SYSTEMS", "Infinia")],
        "PT": [(2008, 2018, "ge", "GE MEDICAL SYSTEMS", "Discovery STE"), (2019, 2024, "ge", "GE MEDICAL SYSTEMS", "Discovery MI")],
        "RF": [(2004, 2024, "philips", "Philips Medical Systems", "EasyDiagnost Eleva")],
        "XA": [(2004, 2013, "philips", "Philips Medical Systems", "Integris Allura"), (2014, 2024, "philips", "Philips Medical Systems", "AlluraClarity")],
    },
    "de-klinik": {
        "CT": [(2004, 2006, "siemens_old", "SIEMENS", "Volume Zoom"), (2006, 2011, "siemens_old", "SIEMENS", "Sensation 64"),
               (2012, 2017, "siemens", "SIEMENS", "SOMATOM Definition AS+"), (2018, 2024, "siemens_force", "SIEMENS", "SOMATOM Force")],
        "MR": [(2004, 2007, "siemens", "SIEMENS", "Symphony"), (2008, 2015, "siemens", "SIEMENS", "Avanto"),
               (2016, 2024, "siemens", "SIEMENS", "Skyra")],
        "XR": [(2004, 2009, "agfa", "Agfa", "ADC Compact Plus"), (2010, 2018, "siemens", "SIEMENS", "Ysio"),
               (2019, 2024, "siemens", "Siemens Healthineers", "Ysio Max")],
        "US": [(2004, 2010, "siemens", "SIEMENS", "ACUSON Sequoia"), (2011, 2024, "siemens", "SIEMENS", "ACUSON S2000")],
        "MG": [(2005, 2013, "siemens", "SIEMENS", "Mammomat Novation DR"), (2014, 2024, "siemens", "SIEMENS", "MAMMOMAT Inspiration")],
        "NM": [(2004, 2010, "siemens", "SIEMENS NM", "e.cam"), (2011, 2024, "siemens", "SIEMENS NM", "Symbia T6")],
        "PT": [(2006, 2014, "siemens", "SIEMENS", "Biograph16"), (2015, 2024, "siemens", "SIEMENS", "Biograph mCT")],
        "RF": [(2004, 2024, "siemens", "SIEMENS", "AXIOM Iconos R200")],
        "XA": [(2004, 2012, "siemens", "SIEMENS", "AXIOM-Artis"), (2013, 2024, "siemens", "SIEMENS", "Artis zee")],
    },
    "fr-ch": {
        "CT": [(2004, 2007, "ge", "GE MEDICAL SYSTEMS", "LightSpeed QX/i"), (2008, 2014, "ge", "GE MEDICAL SYSTEMS", "LightSpeed VCT"),
               (2015, 2020, "ge", "GE MEDICAL SYSTEMS", "Discovery CT750 HD"), (2021, 2024, "ge", "GE MEDICAL SYSTEMS", "Revolution CT")],
        "MR": [(2004, 2008, "ge", "GE MEDICAL SYSTEMS", "SIGNA EXCITE"), (2009, 2015, "ge", "GE MEDICAL SYSTEMS", "Signa HDxt"),
               (2016, 2024, "philips", "Philips", "Ingenia")],
        "XR": [(2004, 2009, "fuji", "FUJI PHOTO FILM Co., ltd.", "FCR5000"), (2010, 2015, "fuji", "FUJIFILM Corporation", "FCR CAPSULA XL"),
               (2016, 2024, "philips", "Philips Medical Systems", "DigitalDiagnost")],
        "US": [(2004, 2010, "ge", "GE Medical Systems", "LOGIQ 9"), (2011, 2018, "ge", "GE Healthcare", "LOGIQ E9"),
               (2019, 2024, "ge", "GE Healthcare", "LOGIQ E10")],
        "MG": [(2004, 2010, "ge", "GE MEDICAL SYSTEMS", "Senographe 2000D"), (2011, 2016, "ge", "GE MEDICAL SYSTEMS", "Senographe DS"),
               (2017, 2024, "ge", "GE Healthcare", "Senographe Pristina")],
        "NM": [(2004, 2024, "ge", "GE MEDICAL SYSTEMS", "Infinia Hawkeye 4")],
        "PT": [(2005, 2015, "ge", "GE MEDICAL SYSTEMS", "Discovery ST"), (2016, 2024, "ge", "GE MEDICAL SYSTEMS", "Discovery 710")],
        "RF": [(2004, 2012, "ge", "GE MEDICAL SYSTEMS", "Precision 500D"), (2013, 2024, "siemens", "SIEMENS", "Luminos dRF")],
        "XA": [(2004, 2015, "ge", "GE MEDICAL SYSTEMS", "Innova 2100-IQ"), (2016, 2024, "ge", "GE MEDICAL SYSTEMS", "Innova IGS 530")],
    },
    "nl-opc": {
        "CT": [(2007, 2015, "philips", "Philips", "Brilliance 16"), (2016, 2024, "philips", "Philips", "Ingenuity CT")],
        "MR": [(2004, 2009, "philips", "Philips Medical Systems", "Intera"), (2010, 2016, "philips", "Philips Medical Systems", "Achieva"),
               (2017, 2024, "philips", "Philips", "Ingenia")],
        "XR": [(2004, 2008, "agfa", "Agfa", "ADC Solo"), (2009, 2013, "agfa", "Agfa", "CR 35-X"),
               (2014, 2024, "philips", "Philips Medical Systems", "DigitalDiagnost")],
        "US": [(2004, 2007, "philips", "ATL", "HDI 5000"), (2008, 2015, "toshiba", "TOSHIBA_MEC_US", "Aplio XG"),
               (2016, 2024, "philips", "Philips Healthcare", "EPIQ 5G")],
        "MG": [(2006, 2013, "hologic", "LORAD", "Lorad Selenia"), (2014, 2024, "hologic", "HOLOGIC, Inc.", "Selenia Dimensions")],
    },
    "us-comm": {
        "CT": [(2004, 2005, "philips", "Marconi Medical Systems", "MX8000"), (2006, 2012, "ge", "GE MEDICAL SYSTEMS", "LightSpeed16"),
               (2013, 2019, "ge", "GE MEDICAL SYSTEMS", "Optima CT660"), (2020, 2024, "ge", "GE MEDICAL SYSTEMS", "Revolution EVO")],
        "MR": [(2004, 2006, "ge", "GE MEDICAL SYSTEMS", "GENESIS_SIGNA"), (2007, 2016, "ge", "GE MEDICAL SYSTEMS", "Signa HDxt"),
               (2017, 2024, "ge", "GE MEDICAL SYSTEMS", "SIGNA Explorer")],
        "XR": [(2004, 2010, "kodak", "KODAK", "DirectView CR 975"), (2011, 2017, "carestream", "Carestream Health", "DRX-1"),
               (2018, 2024, "ge", "GE Healthcare", "Definium 6000")],
        "US": [(2004, 2010, "ge", "GE Medical Systems", "LOGIQ 7"), (2011, 2018, "philips", "Philips Medical Systems", "iU22"),
               (2019, 2024, "ge", "GE Healthcare", "LOGIQ E10")],
        "MG": [(2004, 2011, "ge", "GE MEDICAL SYSTEMS", "Senographe 2000D"), (2012, 2024, "hologic", "HOLOGIC, Inc.", "Selenia Dimensions")],
        "NM": [(2004, 2010, "ge", "GE MEDICAL SYSTEMS", "Millennium MG"), (2011, 2024, "ge", "GE MEDICAL SYSTEMS", "Infinia Hawkeye 4")],
        "RF": [(2004, 2024, "ge", "GE MEDICAL SYSTEMS", "Precision 500D")],
        "XA": [(2004, 2024, "ge", "GE MEDICAL SYSTEMS", "Innova 2100-IQ")],
    },
    "au-priv": {
        "CT": [(2004, 2005, "picker", "Picker International, Inc.", "PQ5000"), (2006, 2012, "toshiba", "TOSHIBA", "Aquilion"),
               (2013, 2018, "toshiba", "TOSHIBA", "Aquilion PRIME"), (2019, 2024, "toshiba", "Canon Medical Systems", "Aquilion Prime SP")],
        "MR": [(2004, 2007, "hitachi", "Hitachi Medical Corporation", "AIRIS II"), (2008, 2015, "siemens", "SIEMENS", "Avanto"),
               (2016, 2024, "siemens", "SIEMENS", "Aera")],
        "XR": [(2004, 2007, "fuji", "FUJI PHOTO FILM Co., ltd.", "XG5000"), (2008, 2014, "fuji", "FUJIFILM Corporation", "FCR CAPSULA XLII"),
               (2015, 2024, "fuji", "FUJIFILM Corporation", "FDR D-EVO II")],
        "US": [(2004, 2012, "toshiba", "TOSHIBA_MEC_US", "Aplio"), (2013, 2024, "ge", "GE Healthcare", "LOGIQ E9")],
        "MG": [(2008, 2024, "ge", "GE MEDICAL SYSTEMS", "Senographe Essential")],
        "NM": [(2010, 2024, "siemens", "SIEMENS NM", "Symbia E")],
        "RF": [(2004, 2012, "toshiba", "TOSHIBA", "ULTIMAX"), (2013, 2024, "siemens", "SIEMENS", "Luminos dRF Max")],
    },
}
# Cone-beam, dental, densitometry and film digitisers: one device each where a site had one.
DEVICES = {
    "cbct": ("Sirona", "GALILEOS"), "opg_au": ("Planmeca", "ProMax"), "opg_de": ("Sirona", "ORTHOPHOS XG"),
    "dxa_hologic": ("HOLOGIC", "Discovery A"), "dxa_lunar": ("GE Healthcare", "Lunar Prodigy"),
    "vidar": ("VIDAR", "DiagnosticPRO Advantage"), "lumisys": ("Lumisys", "LS85"),
    "r2": ("R2 Technology, Inc.", "ImageChecker"),
}


def scanner(site: str, mod: str, year: int):
    """The (vendor, Manufacturer, model) a site's department ran in a year (the nearest one)."""
    rows = FLEET[site][mod]
    for lo, hi, v, man, model in rows:
        if lo <= year <= hi:
            return v, man, model
    lo, hi, v, man, model = min(rows, key=lambda r: min(abs(year - r[0]), abs(year - r[1])))
    return v, man, model


def device(site: str, mod: str, year: int) -> dict:
    _, man, model = scanner(site, mod, year)
    return {"Manufacturer": man, "ManufacturerModelName": model}


# ---------------------------------------------------------------------------------------------
# Studies and rows


class Study:
    """A study as the archive holds it: its description, header fields every series carries,
    its series (each labelled), and what the migration did to it."""

    def __init__(self, site, stratum, year, desc, series, why, *, common=None, desc_in_headers=True,
                 desc_over_series=False, bpe_drop=None):
        self.site, self.stratum, self.year = site, stratum, year
        self.desc, self.series, self.why = desc, series, why
        self.common = common or {}
        self.desc_in_headers = desc_in_headers
        self.desc_over_series = desc_over_series
        self.bpe_drop = bpe_drop

    def header(self, s: dict) -> dict:
        meta = {"Modality": s["meta"]["Modality"]}
        if self.desc is not None and self.desc_in_headers:
            meta["StudyDescription"] = self.desc
        meta.update(self.common)
        meta.update(s["meta"])
        if self.desc_over_series and self.desc:
            meta["SeriesDescription"] = self.desc
        if self.bpe_drop:
            meta.pop("BodyPartExamined", None)
        return meta

    def sibling(self, s: dict) -> dict:
        """A sibling as the study context carries it: series-level fields only."""
        meta = self.header(s)
        meta.pop("StudyDescription", None)
        for k in self.common:
            meta.pop(k, None)
        return meta


# The chance that a study's series lost BodyPartExamined, by site and archive era: the first PACS
# of the European sites stripped it, the US and Australian RIS never sent it for some modalities.
def bpe_drop_p(site: str, year: int, mod: str) -> float:
    if mod in ("US", "SC", "OT", "SR", "KO", "PR", "DOC", "XA", "RF"):
        return 0.3
    if year <= 2010:
        return {"uk-dgh": 0.18, "de-klinik": 0.08, "fr-ch": 0.12, "nl-opc": 0.18, "us-comm": 0.1, "au-priv": 0.12}[site]
    if year <= 2018:
        return 0.05
    return 0.02


# ---------------------------------------------------------------------------------------------
# CT: what each vendor calls its scouts, reconstructions, reformats and dose pages.

CT_KERNEL = {
    "ge": {"soft": "STANDARD", "head": "STANDARD", "lung": "LUNG", "bone": "BONE", "boneplus": "BONEPLUS",
           "angio": "STANDARD", "detail": "DETAIL", "sharp": "BONEPLUS"},
    "siemens_old": {"soft": "B30f", "head": "H31s", "lung": "B70f", "bone": "B60f", "boneplus": "H70h",
                    "angio": "B26f", "detail": "B45f", "sharp": "U90u"},
    "siemens": {"soft": ["I30f", "3"], "head": ["J40s", "2"], "lung": ["I70f", "3"], "bone": ["I70f", "2"],
                "boneplus": ["J70h", "2"], "angio": ["I26f", "3"], "detail": ["I40f", "3"], "sharp": ["U70u", "2"]},
    "siemens_force": {"soft": ["Br40d", "3"], "head": ["Hr38d", "3"], "lung": ["Bl57d", "3"], "bone": ["Br64d", "3"],
                      "boneplus": ["Hr68d", "3"], "angio": ["Bv40d", "3"], "detail": ["Br44d", "3"], "sharp": ["Ur77u", "3"]},
    "philips": {"soft": "B", "head": "UB", "lung": "L", "bone": "D", "boneplus": "YC", "angio": "CB", "detail": "C",
                "sharp": "E"},
    "picker": {"soft": "STANDARD", "head": "SOFT", "lung": "LUNG", "bone": "BONE", "boneplus": "EDGE", "angio": "STANDARD",
               "detail": "DETAIL", "sharp": "EDGE"},
    "toshiba": {"soft": "FC08", "head": "FC26", "lung": "FC52", "bone": "FC30", "boneplus": "FC81", "angio": "FC43",
                "detail": "FC18", "sharp": "FC81"},
}
KSHORT = {"STANDARD": "STND", "LUNG": "LUNG", "BONE": "BONE", "BONEPLUS": "BONE+", "DETAIL": "DETAIL", "SOFT": "SOFT"}


def kname(kernel) -> str:
    return kernel[0] if isinstance(kernel, list) else kernel


def contrast_agent(g: Gen, site, contrast):
    """What the technologist typed in the contrast field, when anything."""
    if not contrast:
        return None
    return g.pick({"de-klinik": ["Ultravist 370", "Imeron 350", "KM", "i.v."], "fr-ch": ["IOMERON 350", "OMNIPAQUE", "INJ", "IV"],
                   "nl-opc": ["Visipaque 320", "Omnipaque 300", "IV"], "us-comm": ["OMNIPAQUE 350", "ISOVUE 370", "IV", "100 ML OMNI 350"],
                   "uk-dgh": ["Omnipaque 300", "IV CONTRAST", "Niopam 300"], "au-priv": ["Omnipaque 350", "Ultravist", "IV"]}[site])


def ct_dev(site, year):
    v, man, model = scanner(site, "CT", year)
    return v, {"Manufacturer": man, "ManufacturerModelName": model}


def ct_scout(g: Gen, site, year, labels, lat=None, note="scout: the anatomy of the exam it plans", weight=0.6,
             bp=None, desc=None):
    v, dev = ct_dev(site, year)
    if desc is None:
        desc = {"ge": g.pick(["Scout", "SCOUT", "Scout"]), "siemens_old": "Topogram  1.0  T20s",
                "siemens": "Topogram  0.6  T20f", "siemens_force": g.pick(["Topogram  0.6  Tr20f", "Topogram  0.6  T20f"]),
                "philips": "Surview", "picker": "PILOT", "toshiba": g.pick(["Scanogram", "SCANOGRAM", None])}[v]
    meta = {"Modality": "CT", "SOPClassUID": SOP["CT"], **dev, "SeriesDescription": desc,
            "ImageType": ["ORIGINAL", "PRIMARY", "LOCALIZER"], "BodyPartExamined": bp}
    if v.startswith("siemens"):
        meta["ConvolutionKernel"] = "T20s" if v == "siemens_old" else "T20f"
    return ser(meta, labels, lat, note, weight)


def ct_recon(g: Gen, site, year, word, labels, lat=None, *, kind="soft", thk=None, desc=None, note="",
             weight=1.0, bp=None, contrast=None, itype=None):
    """An axial reconstruction. ``word`` is the region word the site's recon names carry (None: the
    vendor's default names, which say nothing of the region)."""
    v, dev = ct_dev(site, year)
    kernel = CT_KERNEL[v][kind]
    if thk is None:
        thk = g.pick({"soft": [5.0, 3.0, 2.5, 1.25] if v in ("ge", "picker") else [5.0, 3.0, 2.0, 1.0],
                      "head": [5.0, 4.8, 2.5] if v == "ge" else [5.0, 4.0, 3.0],
                      "lung": [1.25, 1.0, 2.0], "bone": [1.0, 0.625, 2.0], "boneplus": [1.0, 0.625],
                      "angio": [0.625, 1.0, 0.75], "detail": [2.0, 3.0], "sharp": [0.5, 0.6]}[kind])
    if v == "ge" and thk in (1.0, 2.0, 4.8) and kind != "head":
        thk = {1.0: 1.25, 2.0: 2.5, 4.8: 5.0}[thk]
    elif v != "ge":
        thk = {0.625: 0.5 if v == "toshiba" else 0.6, 1.25: 1.0, 2.5: 2.0, 4.8: 5.0}.get(thk, thk)
        if v == "picker" and thk < 1.0:
            thk = 1.0
    t = f"{thk:g}"
    if desc is None:
        if v == "ge":
            k = KSHORT.get(kernel, kernel)
            opts = [f"{t}mm {k}", f"{word} {t}mm" if word else f"Recon {g.pick(['2', '3'])}",
                    f"{word.upper()} {t} {k}" if word else f"{t} {kernel}"]
            desc = g.pick(opts)
        elif v.startswith("siemens"):
            w = word or g.pick(["Body", "Recon"])
            desc = f"{w}  {thk:.1f}  {kname(kernel)}"
        elif v == "philips":
            desc = g.pick([f"{word} {t}mm" if word else f"iDose {t}mm", f"{word} {t} {kernel}" if word else f"{t}mm {kernel}"])
        elif v == "toshiba":
            desc = g.pick([f"{word} {thk:.1f} {kernel}" if word else f"{thk:.1f} {kernel}", f"{word} {thk:.1f}" if word else f"AX {thk:.1f}"])
        else:
            desc = g.pick([f"{word.upper()} {t}MM" if word else f"AXIAL {t}MM", f"AXIAL {t}"])
    meta = {"Modality": "CT", "SOPClassUID": SOP["CT"], **dev, "SeriesDescription": desc,
            "ImageType": itype or ["ORIGINAL", "PRIMARY", "AXIAL"], "ConvolutionKernel": kernel, "SliceThickness": thk,
            "BodyPartExamined": bp, "ContrastBolusAgent": contrast_agent(g, site, contrast)}
    return ser(meta, labels, lat, note or "axial reconstruction", weight)


def ct_reformat(g: Gen, site, year, plane, labels, lat=None, *, word=None, mip=False, vr=False, note="",
                weight=1.0, bp=None, desc=None):
    v, dev = ct_dev(site, year)
    if desc is None:
        P = {"cor": ("Cor", "COR", "cor"), "sag": ("Sag", "SAG", "sag"), "ax": ("Ax", "AX", "tra")}[plane]
        if vr:
            desc = g.pick(["VR", "3D VR", "VRT", "Volume Rendering"])
        elif mip:
            desc = g.pick([f"MIP {P[0]} 10mm", f"{P[1]} MIP", f"MIP_{P[2]}"] + ([f"{word} MIP {P[0]}"] if word else []))
        elif v == "ge":
            desc = g.pick([f"{P[0]} 3mm", f"{P[1]} REFORMAT", f"{P[0]} Reformat"] + ([f"{word.upper()} {P[1]} 2.5"] if word else []))
        elif v.startswith("siemens"):
            desc = g.pick([f"MPR {P[0]}", f"{P[0]}  3.0  {kname(CT_KERNEL[v]['soft'])}"] + ([f"{word} {P[0]} 3mm"] if word else []))
        else:
            desc = g.pick([f"MPR {P[0]}", f"{P[0]} 3mm", f"{P[1]} MPR"])
    it = ["DERIVED", "SECONDARY", "MIP" if mip else ("VOLUME_RENDER" if vr else ("REFORMATTED" if v == "ge" else "MPR"))]
    meta = {"Modality": "CT", "SOPClassUID": SOP["CT"] if not vr else SOP["SC"], **dev, "SeriesDescription": desc,
            "ImageType": it, "BodyPartExamined": bp}
    return ser(meta, labels, lat, note or ("3D rendering" if vr else "MIP" if mip else "reformat"), weight)


def ct_dose(g: Gen, site, year, weight=0.25):
    """The dose page: a screen capture (or, in later years, a dose SR): no anatomy."""
    v, dev = ct_dev(site, year)
    if year >= 2016 and g.chance(0.6):
        meta = {"Modality": "SR", "SOPClassUID": SOP["DOSE"], **dev,
                "SeriesDescription": g.pick(["Dose Report", "Radiation Dose Information", "X-Ray Radiation Dose SR"])}
        return ser(meta, [], None, "radiation dose SR: no image, no anatomy", weight)
    desc, it = {"ge": ("Dose Report", ["DERIVED", "SECONDARY", "SCREEN SAVE"]),
                "siemens_old": ("Patient Protocol", ["DERIVED", "SECONDARY", "OTHER"]),
                "siemens": ("Patient Protocol", ["DERIVED", "SECONDARY", "OTHER"]),
                "siemens_force": ("Patient Protocol", ["DERIVED", "SECONDARY", "OTHER"]),
                "philips": ("Dose Info", ["DERIVED", "SECONDARY"]), "picker": ("DOSE", ["DERIVED", "SECONDARY"]),
                "toshiba": ("Dose Info", ["DERIVED", "SECONDARY"])}[v]
    meta = {"Modality": "CT", "SOPClassUID": SOP["SC"], **dev, "SeriesDescription": desc, "ImageType": it}
    return ser(meta, [], None, "dose page (screen capture of the exposure table): no anatomy", weight)


# ---------------------------------------------------------------------------------------------
# MR: each vendor's names for the same sequence. A sequence is (weighting, plane, fat sat).

PLANES = {"tra": ("tra", "AX", "TRA"), "sag": ("sag", "SAG", "SAG"), "cor": ("cor", "COR", "COR"), "": ("", "", "")}


def mr_name(v: str, w: str, plane: str, fs=False, post=False, lang="en", g: Gen = None):
    """(SeriesDescription, SequenceName, ScanningSequence, ImageType role) for one sequence."""
    s_p, g_p, p_p = PLANES[plane]
    km = {"de": "KM", "fr": "GADO", "nl": "GD"}.get(lang, "post")
    if v == "siemens":
        fsx = "_fs" if fs else ""
        table = {
            "LOC": ((g.pick(["localizer", "localizer", "AAHScout"]) if g else "localizer"), "*fl2d1", "GR", "loc"),
            "T2": (f"t2_tse{fsx}_{s_p}", "*tse2d1_15", "SE", "orig"),
            "T1": (f"t1_tse{fsx}_{s_p}", "*tse2d1_3", "SE", "orig"),
            "T1SE": (f"t1_se{fsx}_{s_p}", "*se2d1", "SE", "orig"),
            "PD": (f"pd_tse{fsx}_{s_p}", "*tse2d1_7", "SE", "orig"),
            "STIR": (f"t2_tirm_{s_p}", "*tir2d1_15", ["SE", "IR"], "orig"),
            "FLAIR": (f"t2_tirm_{s_p}_dark-fluid", "*tir2d1_21", ["SE", "IR"], "orig"),
            "DWI": ("ep2d_diff_3scan_trace_p2", "*ep_b1000t", "EP", "orig"),
            "ADC": ("ep2d_diff_3scan_trace_p2_ADC", "*ep_b0_1000", "EP", "adc"),
            "T2STAR": (f"t2_fl2d_{s_p}_hemo", "*fl2d1", "GR", "orig"),
            "MPR": ("t1_mpr_sag_p2_iso", "*tfl3d1_16ns", ["GR", "IR"], "orig"),
            "TOF": ("tof_fl3d_tra_multi-slab", "*fl3d1r_t70", "GR", "orig"),
            "HASTE": (f"t2_haste_{s_p}_mbh", "*h2d1_256", "SE", "orig"),
            "MRCP": ("t2_space_cor_p2_trig_MRCP", "*spc3d1rr282", "SE", "orig"),
            "DYN": (f"t1_vibe{fsx}_{s_p}_dyn", "*fl3d1", "GR", "orig"),
            "BDYN": ("t1_fl3d_tra_dynaVIEWS", "*fl3d1", "GR", "orig"),
            "SUB": ("t1_fl3d_tra_dynaVIEWS_SUB", "*fl3d1", "GR", "sub"),
            "MIP": ("t1_fl3d_tra_dynaVIEWS_MIP_SUB", "*fl3d1", "GR", "mip"),
            "CINE": (f"trufi_cine_{g.pick(['4ch', 'sa', '2ch']) if g else '4ch'}", "*tfi2d1_12", "GR", "orig"),
            "LGE": ("tfl_psir_sa", "*tfl2d1r", ["GR", "IR"], "orig"),
            "DESS": ("t2_de3d_we_sag_iso", "*de3d1", "GR", "orig"),
            "MEDIC": (f"t2_me2d_{s_p}", "*me2d1r3", "GR", "orig"),
        }
        d, sq, ss, role = table[w]
        if post and w in ("T1", "T1SE", "MPR", "DYN"):
            d = f"{d}_{km}"
        return d, sq, ss, role
    if v == "ge":
        fsx = " FS" if fs else ""
        table = {
            "LOC": ((g.pick(["3-PL LOC", "3 Plane Loc", "LOC", "3-PLANE LOC"]) if g else "3-PL LOC"), None, "GR", "loc"),
            "T2": (f"{g_p} T2 FSE{fsx}", None, "SE", "orig"),
            "T1": (f"{g_p} T1 FSE{fsx}", None, "SE", "orig"),
            "T1SE": (f"{g_p} T1{fsx}", None, "SE", "orig"),
            "PD": (f"{g_p} PD{fsx}", None, "SE", "orig"),
            "STIR": (f"{g_p} STIR", None, "IR", "orig"),
            "FLAIR": (f"{g_p} T2 FLAIR", None, ["SE", "IR"], "orig"),
            "DWI": (f"{g_p} DWI 1000b", None, "EP", "orig"),
            "ADC": ("Apparent Diffusion Coefficient (mm2/s)", None, "EP", "adc"),
            "T2STAR": (f"{g_p} T2* GRE", None, "GR", "orig"),
            "MPR": ("SAG 3D FSPGR", None, "GR", "orig"),
            "TOF": ("3D TOF", None, "GR", "orig"),
            "HASTE": (f"{g_p} SSFSE", None, "SE", "orig"),
            "MRCP": ("MRCP 3D FRFSE", None, "SE", "orig"),
            "DYN": (f"{g_p} LAVA DYN", None, "GR", "orig"),
            "BDYN": ("AX VIBRANT MPh", None, "GR", "orig"),
            "SUB": ("SUB VIBRANT", None, "GR", "sub"),
            "MIP": ("MIP SUB", None, "GR", "mip"),
            "CINE": ("FIESTA CINE", None, "GR", "orig"),
            "LGE": ("MDE SA", None, ["GR", "IR"], "orig"),
            "DESS": ("SAG 3D CUBE PD", None, "SE", "orig"),
            "MEDIC": (f"{g_p} MERGE", None, "GR", "orig"),
        }
        d, sq, ss, role = table[w]
        if post and w in ("T1", "T1SE", "MPR", "DYN"):
            d = f"{d} +C" if lang == "en" else f"{d} {km}"
        return d, sq, ss, role
    if v == "philips":
        fsx = "_SPAIR" if fs else ""
        table = {
            "LOC": ((g.pick(["Survey", "SURVEY", "sSurvey"]) if g else "Survey"), None, "GR", "loc"),
            "T2": (f"T2W_TSE{fsx}_{p_p}", None, "SE", "orig"),
            "T1": (f"T1W_TSE{fsx}_{p_p}", None, "SE", "orig"),
            "T1SE": (f"T1W_SE_{p_p}", None, "SE", "orig"),
            "PD": (f"PDW_TSE{fsx}_{p_p}" if not fs else f"PDW_SPAIR_{p_p}", None, "SE", "orig"),
            "STIR": (f"STIR_{p_p}", None, ["SE", "IR"], "orig"),
            "FLAIR": (f"T2W_FLAIR_{p_p}", None, ["SE", "IR"], "orig"),
            "DWI": ("DWI_SENSE", None, ["SE", "EP"], "orig"),
            "ADC": ("DWI_SENSE_ADC", None, ["SE", "EP"], "adc"),
            "T2STAR": (f"T2*_FFE_{p_p}", None, "GR", "orig"),
            "MPR": ("3D_T1W_TFE", None, "GR", "orig"),
            "TOF": ("3D_TOF", None, "GR", "orig"),
            "HASTE": (f"T2W_SSh_{p_p}", None, "SE", "orig"),
            "MRCP": ("3D_MRCP", None, "SE", "orig"),
            "DYN": ("THRIVE_dyn", None, "GR", "orig"),
            "BDYN": ("eTHRIVE_dyn", None, "GR", "orig"),
            "SUB": ("SUB eTHRIVE", None, "GR", "sub"),
            "MIP": ("MIP SUB", None, "GR", "mip"),
            "CINE": ("sBTFE_4CH", None, "GR", "orig"),
            "LGE": ("PSIR_SA", None, ["GR", "IR"], "orig"),
            "DESS": ("3D_PDW_VISTA", None, "SE", "orig"),
            "MEDIC": (f"mFFE_{p_p}", None, "GR", "orig"),
        }
        d, sq, ss, role = table[w]
        if post and w in ("T1", "T1SE", "MPR", "DYN"):
            d = f"{d}+{km if lang != 'en' else 'GD'}"
        return d, sq, ss, role
    # Hitachi open scanner: plain names
    table = {"LOC": ("SCANOGRAM", None, "GR", "loc"), "T2": (f"T2W FSE {p_p}", None, "SE", "orig"),
             "T1": (f"T1W SE {p_p}", None, "SE", "orig"), "T1SE": (f"T1W SE {p_p}", None, "SE", "orig"),
             "PD": (f"PDW FSE {p_p}", None, "SE", "orig"), "STIR": (f"STIR {p_p}", None, "IR", "orig"),
             "FLAIR": (f"FLAIR {p_p}", None, "IR", "orig"), "DWI": ("DWI", None, "EP", "orig"),
             "ADC": ("ADC MAP", None, "EP", "adc"), "T2STAR": (f"T2*W GE {p_p}", None, "GR", "orig")}
    return table.get(w, table["T2"])


def mr_series(g: Gen, site, year, w, plane, labels, lat=None, *, fs=False, post=False, lang="en", note="", weight=1.0,
              bp=None, desc=None, dev=None):
    v, man, model = scanner(site, "MR", year)
    d, sq, ss, role = mr_name(v, w, plane, fs, post, lang, g)
    if desc is not None:
        d = desc
    it = {"loc": ["ORIGINAL", "PRIMARY", "M", "NORM"] if v == "siemens" else ["ORIGINAL", "PRIMARY", "LOCALIZER"],
          "orig": {"siemens": ["ORIGINAL", "PRIMARY", "M", "ND", "NORM"], "ge": ["ORIGINAL", "PRIMARY", "OTHER"],
                   "philips": ["ORIGINAL", "PRIMARY", "M_SE" if ss in ("SE", ["SE", "IR"]) else "M_FFE", "M",
                               "SE" if ss in ("SE", ["SE", "IR"]) else "FFE"],
                   "hitachi": ["ORIGINAL", "PRIMARY"]}[v],
          "adc": ["DERIVED", "PRIMARY", "DIFFUSION", "ADC", "ND"] if v == "siemens" else ["DERIVED", "PRIMARY", "ADC"],
          "sub": ["DERIVED", "PRIMARY", "SUBTRACTION"], "mip": ["DERIVED", "PRIMARY", "MIP"]}[role]
    meta = {"Modality": "MR", "SOPClassUID": SOP["EMR"] if (v == "philips" and year >= 2017) else SOP["MR"],
            **(dev or {"Manufacturer": man, "ManufacturerModelName": model}), "SeriesDescription": d,
            "ProtocolName": d if v in ("siemens", "philips") and role in ("loc", "orig") else None,
            "SequenceName": sq, "ScanningSequence": ss, "ImageType": it, "BodyPartExamined": bp,
            "ContrastBolusAgent": ("Gadovist" if lang == "de" else "DOTAREM" if lang == "fr" else "GADOLINIUM") if post else None}
    if v == "ge" and role == "orig" and g.chance(0.5):
        meta["ProtocolName"] = None
    n = note or {"loc": "localizer: the anatomy of the exam it plans", "adc": "derived ADC map",
                 "sub": "derived subtraction", "mip": "derived MIP"}.get(role, "sequence name only; the region is in the study")
    return ser(meta, labels, lat, n, weight)


def mr_protocol(g: Gen, site, year, seqs, labels, lat=None, *, lang="en", bp=None, drop=0.0):
    """A protocol: a list of (weighting, plane, fat sat, post contrast) run in order."""
    out = []
    for w, plane, fs, post in seqs:
        if out and g.chance(drop):
            continue
        out.append(mr_series(g, site, year, w, plane, labels, lat, fs=fs, post=post, lang=lang, bp=bp,
                             weight=0.6 if w == "LOC" else 1.0))
    return out


MR_PROTOCOLS = {
    "brain": [("LOC", "", 0, 0), ("T2", "tra", 0, 0), ("FLAIR", "tra", 0, 0), ("DWI", "tra", 0, 0), ("ADC", "tra", 0, 0),
              ("T1SE", "sag", 0, 0), ("T2STAR", "tra", 0, 0), ("T1SE", "tra", 0, 1)],
    "iac": [("LOC", "", 0, 0), ("T2", "tra", 0, 0), ("FLAIR", "tra", 0, 0), ("T1SE", "tra", 0, 0), ("T1SE", "cor", 1, 1)],
    "pituitary": [("LOC", "", 0, 0), ("T2", "cor", 0, 0), ("T1SE", "sag", 0, 0), ("T1SE", "cor", 0, 1)],
    "cspine": [("LOC", "", 0, 0), ("T2", "sag", 0, 0), ("T1", "sag", 0, 0), ("STIR", "sag", 0, 0), ("T2", "tra", 0, 0),
               ("MEDIC", "tra", 0, 0)],
    "tspine": [("LOC", "", 0, 0), ("T2", "sag", 0, 0), ("T1", "sag", 0, 0), ("STIR", "sag", 0, 0), ("T2", "tra", 0, 0)],
    "lspine": [("LOC", "", 0, 0), ("T2", "sag", 0, 0), ("T1", "sag", 0, 0), ("STIR", "sag", 0, 0), ("T2", "tra", 0, 0),
               ("T1", "tra", 0, 0)],
    "knee": [("LOC", "", 0, 0), ("PD", "sag", 1, 0), ("PD", "cor", 1, 0), ("T1", "cor", 0, 0), ("PD", "tra", 1, 0),
             ("T2", "sag", 0, 0), ("DESS", "sag", 0, 0)],
    "shoulder": [("LOC", "", 0, 0), ("PD", "cor", 1, 0), ("T1", "cor", 0, 0), ("PD", "sag", 1, 0), ("PD", "tra", 1, 0),
                 ("T2", "sag", 0, 0)],
    "joint": [("LOC", "", 0, 0), ("PD", "cor", 1, 0), ("T1", "cor", 0, 0), ("PD", "sag", 1, 0), ("PD", "tra", 1, 0),
              ("STIR", "cor", 0, 0)],
    "liver": [("LOC", "", 0, 0), ("HASTE", "cor", 0, 0), ("HASTE", "tra", 0, 0), ("T2", "tra", 1, 0), ("DWI", "tra", 0, 0),
              ("ADC", "tra", 0, 0), ("DYN", "tra", 1, 0), ("DYN", "tra", 1, 1)],
    "mrcp": [("LOC", "", 0, 0), ("HASTE", "cor", 0, 0), ("HASTE", "tra", 0, 0), ("MRCP", "cor", 0, 0), ("T2", "tra", 1, 0)],
    "pelvis": [("LOC", "", 0, 0), ("T2", "sag", 0, 0), ("T2", "tra", 0, 0), ("T2", "cor", 0, 0), ("T1", "tra", 0, 0),
               ("DWI", "tra", 0, 0), ("ADC", "tra", 0, 0), ("DYN", "tra", 1, 1)],
    "breast": [("LOC", "", 0, 0), ("T2", "tra", 0, 0), ("STIR", "tra", 0, 0), ("DWI", "tra", 0, 0), ("ADC", "tra", 0, 0),
               ("BDYN", "tra", 0, 0), ("SUB", "tra", 0, 0), ("MIP", "tra", 0, 0)],
    "cardiac": [("LOC", "", 0, 0), ("CINE", "", 0, 0), ("CINE", "", 0, 0), ("HASTE", "tra", 0, 0), ("LGE", "", 0, 0)],
    "mra_cow": [("LOC", "", 0, 0), ("TOF", "tra", 0, 0), ("T2", "tra", 0, 0), ("DWI", "tra", 0, 0)],
    "sij": [("LOC", "", 0, 0), ("STIR", "cor", 0, 0), ("T1", "cor", 0, 0), ("T2", "tra", 1, 0)],
}


# ---------------------------------------------------------------------------------------------
# How each site's RIS wrote a description in a given year.

DIALECT = {"uk-dgh": "uk", "de-klinik": "de", "fr-ch": "fr", "nl-opc": "nl", "us-comm": "us", "au-priv": "au"}


def ris(site: str, year: int, desc: str) -> str:
    """The first PACS of the English hospital and the US hospital's old RIS kept 16 capitals; the
    French RIS wrote capitals without accents until 2010."""
    if site == "uk-dgh" and year <= 2011:
        return cut(ascii_caps(desc))
    if site == "us-comm" and year <= 2012:
        return cut(ascii_caps(desc))
    if site == "fr-ch" and year <= 2010:
        return ascii_caps(desc)
    return desc


SIDEW = {
    "uk": {"R": ["Rt", "RT", "Right", "RIGHT"], "L": ["Lt", "LT", "Left", "LEFT"], "B": ["Bilat", "BILAT", "Both", "BILATERAL"]},
    "us": {"R": ["RT", "RIGHT", "RIGHT"], "L": ["LT", "LEFT", "LEFT"], "B": ["BILAT", "BILATERAL", "BIL"]},
    "au": {"R": ["R", "Rt", "Right", "RIGHT"], "L": ["L", "Lt", "Left", "LEFT"], "B": ["Bilat", "Bilateral", "Both", "BILATERAL"]},
    "de": {"R": ["re.", "rechts", "re"], "L": ["li.", "links", "li"], "B": ["bds.", "beidseits", "bds"]},
    "nl": {"R": ["rechts", "re", "R", "RE"], "L": ["links", "li", "L", "LI"], "B": ["bdz", "beiderzijds", "beide", "BDZ"]},
    "fr": {"R": ["DROIT", "D", "DT"], "L": ["GAUCHE", "G", "GCHE"], "B": ["BILATERAL", "BILAT", "DES DEUX COTES"]},
}


def side_word(g: Gen, dialect: str, side: str, fem: bool = False) -> str:
    w = g.pick(SIDEW[dialect][side])
    if dialect == "fr" and fem and w == "DROIT":
        w = "DROITE"
    if dialect == "fr" and fem and w == "DT":
        w = "DTE"
    if dialect == "fr" and side == "B" and fem:
        w = w.replace("BILATERAL", "BILATERALE")
    return w


# part: (labels, sided, en, de, (fr, feminine), nl, BodyPartExamined as a CR writes it, views)
PARTS = {
    "chest": (["CHEST"], False, "CHEST", "Thorax", ("THORAX", 0), "thorax", "CHEST", ["PA", "LAT"]),
    "ribs": (["CHEST"], False, "RIBS", "Rippen", ("GRIL COSTAL", 0), "ribben", "CHEST", ["PA", "OBL"]),
    "sternum": (["CHEST"], False, "STERNUM", "Sternum", ("STERNUM", 0), "sternum", "CHEST", ["LAT", "OBL"]),
    "abdomen": (AP, False, "ABDOMEN", "Abdomenübersicht", ("ABDOMEN SANS PREPARATION", 0), "buikoverzicht", "ABDOMEN", ["AP"]),
    "pelvis": (["PELVIS"], False, "PELVIS", "Beckenübersicht", ("BASSIN", 0), "bekken", "PELVIS", ["AP"]),
    "sacrum": (["PELVIS"], False, "SACRUM/COCCYX", "Os sacrum/Steißbein", ("SACRUM-COCCYX", 0), "sacrum/stuitje", "SSPINE", ["AP", "LAT"]),
    "sij": (["PELVIS"], False, "SI JOINTS", "ISG", ("ARTICULATIONS SACRO-ILIAQUES", 1), "SI-gewrichten", "PELVIS", ["PA", "OBL"]),
    "skull": (["HEAD"], False, "SKULL", "Schädel", ("CRANE", 0), "schedel", "SKULL", ["PA", "LAT"]),
    "sinus": (["HEAD"], False, "SINUSES", "NNH", ("SINUS", 0), "sinussen", "SKULL", ["OM"]),
    "nasal": (["HEAD"], False, "NASAL BONES", "Nasenbein", ("OS PROPRES DU NEZ", 0), "neusbeen", "SKULL", ["LAT"]),
    "facial": (["HEAD"], False, "FACIAL BONES", "Gesichtsschädel", ("MASSIF FACIAL", 0), "aangezichtsschedel", "SKULL", ["OM", "LAT"]),
    "neck": (["NECK"], False, "SOFT TISSUE NECK", "Halsweichteile", ("PARTIES MOLLES DU COU", 1), "weke delen hals", "NECK", ["LAT"]),
    "cspine": (["CSPINE"], False, "C-SPINE", "HWS", ("RACHIS CERVICAL", 0), "CWK", "CSPINE", ["AP", "LAT", "ODONT"]),
    "tspine": (["TSPINE"], False, "T-SPINE", "BWS", ("RACHIS DORSAL", 0), "TWK", "TSPINE", ["AP", "LAT"]),
    "lspine": (["LSPINE"], False, "L-SPINE", "LWS", ("RACHIS LOMBAIRE", 0), "LWK", "LSPINE", ["AP", "LAT"]),
    "wspine": (WSPINE, False, "WHOLE SPINE", "Ganzwirbelsäule", ("RACHIS ENTIER", 0), "totale wervelkolom", "SPINE", ["PA", "LAT"]),
    "shoulder": (["SHOULDER"], True, "SHOULDER", "Schulter", ("EPAULE", 1), "schouder", "SHOULDER", ["AP", "Y", "AXIAL"]),
    "clavicle": (["SHOULDER"], True, "CLAVICLE", "Klavikula", ("CLAVICULE", 1), "clavicula", "CLAVICLE", ["AP", "TILT"]),
    "acj": (["SHOULDER"], True, "AC JOINT", "ACG", ("ACROMIO-CLAVICULAIRE", 1), "AC-gewricht", "SHOULDER", ["AP"]),
    "humerus": (["ARM"], True, "HUMERUS", "Oberarm", ("HUMERUS", 0), "bovenarm", "ARM", ["AP", "LAT"]),
    "elbow": (["ELBOW"], True, "ELBOW", "Ellenbogen", ("COUDE", 0), "elleboog", "ELBOW", ["AP", "LAT"]),
    "forearm": (["FOREARM"], True, "FOREARM", "Unterarm", ("AVANT-BRAS", 0), "onderarm", "FOREARM", ["AP", "LAT"]),
    "wrist": (["WRIST"], True, "WRIST", "Handgelenk", ("POIGNET", 0), "pols", "WRIST", ["PA", "LAT"]),
    "scaphoid": (["WRIST"], True, "SCAPHOID", "Kahnbein", ("SCAPHOIDE", 0), "scaphoid", "WRIST", ["PA", "OBL", "ULN"]),
    "hand": (["HAND"], True, "HAND", "Hand", ("MAIN", 1), "hand", "HAND", ["PA", "OBL"]),
    "finger": (["HAND"], True, "FINGER", "Finger", ("DOIGT", 0), "vinger", "HAND", ["PA", "LAT"]),
    "thumb": (["HAND"], True, "THUMB", "Daumen", ("POUCE", 0), "duim", "HAND", ["AP", "LAT"]),
    "hip": (["HIP"], True, "HIP", "Hüfte", ("HANCHE", 1), "heup", "HIP", ["AP", "FROG"]),
    "femur": (["THIGH"], True, "FEMUR", "Oberschenkel", ("FEMUR", 0), "bovenbeen", "FEMUR", ["AP", "LAT"]),
    "knee": (["KNEE"], True, "KNEE", "Knie", ("GENOU", 0), "knie", "KNEE", ["AP", "LAT", "SKY"]),
    "tibfib": (["LEG"], True, "TIB/FIB", "Unterschenkel", ("JAMBE", 1), "onderbeen", "LEG", ["AP", "LAT"]),
    "ankle": (["ANKLE"], True, "ANKLE", "OSG", ("CHEVILLE", 1), "enkel", "ANKLE", ["AP", "LAT", "MORT"]),
    "foot": (["FOOT"], True, "FOOT", "Fuß", ("PIED", 0), "voet", "FOOT", ["DP", "OBL", "LAT"]),
    "calcaneus": (["FOOT"], True, "CALCANEUS", "Calcaneus", ("CALCANEUM", 0), "calcaneus", "FOOT", ["LAT", "AXIAL"]),
    "toe": (["FOOT"], True, "GREAT TOE", "Großzehe", ("GROS ORTEIL", 0), "grote teen", "TOE", ["DP", "OBL"]),
}
VIEWS = {
    "PA": {"en": "PA", "de": "p.a.", "fr": "FACE", "nl": "PA"},
    "AP": {"en": "AP", "de": "a.p.", "fr": "FACE", "nl": "AP"},
    "LAT": {"en": "LAT", "de": "seitl.", "fr": "PROFIL", "nl": "lat"},
    "OBL": {"en": "OBL", "de": "schräg", "fr": "3/4", "nl": "schuin"},
    "DP": {"en": "DP", "de": "d.p.", "fr": "FACE", "nl": "DP"},
    "SKY": {"en": "SKYLINE", "de": "Patella axial", "fr": "DEFILE FEMORO-PATELLAIRE", "nl": "patella axiaal"},
    "Y": {"en": "Y VIEW", "de": "Y-Aufnahme", "fr": "PROFIL DE LAMY", "nl": "Y-opname"},
    "AXIAL": {"en": "AXIAL", "de": "axial", "fr": "AXIAL", "nl": "axiaal"},
    "FROG": {"en": "FROG LAT", "de": "Lauenstein", "fr": "PROFIL", "nl": "Lauenstein"},
    "ODONT": {"en": "ODONTOID", "de": "Dens", "fr": "BOUCHE OUVERTE", "nl": "dens"},
    "OM": {"en": "OM", "de": "okzipitomental", "fr": "BLONDEAU", "nl": "OM"},
    "TILT": {"en": "AP 30 CEPH", "de": "tangential", "fr": "INCIDENCE ASCENDANTE", "nl": "AP 30 gr"},
    "ULN": {"en": "PA ULNAR DEV", "de": "Stecher", "fr": "SCHNECK", "nl": "ulnairdeviatie"},
    "MORT": {"en": "MORTISE", "de": "a.p. 20° IR", "fr": "FACE ROT INT", "nl": "mortise"},
}
VIEWPOS = {"PA": "PA", "AP": "AP", "LAT": "LL", "DP": "AP", "OBL": None, "SKY": None, "Y": None, "AXIAL": None,
           "FROG": None, "ODONT": "AP", "OM": "PA", "TILT": "AP", "ULN": "PA", "MORT": "AP"}


def part_noun(part: str, dialect: str) -> str:
    p = PARTS[part]
    return {"uk": p[2].title().replace("/Fib", "/fib").replace("Ac ", "AC ").replace("Si ", "SI "), "us": p[2], "au": p[2].title().replace("Ac ", "AC ").replace("Si ", "SI "),
            "de": p[3], "fr": p[4][0], "nl": p[5]}[dialect]


def xr_desc(g: Gen, dialect: str, part: str, side, nviews: int) -> str:
    """A radiograph's study description as each site's RIS wrote it."""
    noun = part_noun(part, dialect)
    fem = PARTS[part][4][1]
    sw = side_word(g, dialect, side, fem) if side else ""
    if dialect == "uk":
        d = g.pick([f"XR {noun} {sw}", f"X-Ray {noun} {sw}", f"XR {noun} {sw}"])
    elif dialect == "us":
        vw = "VIEW" if nviews == 1 else "VIEWS"
        d = g.pick([f"XR {noun} {nviews} {vw} {sw}", f"XR {noun} {sw} {nviews}+ {vw}", f"DX {noun} {sw} MIN {nviews} {vw}"])
        if part == "chest":
            d = g.pick(["XR CHEST 2 VIEWS PA/LAT", "XR CHEST 1 VIEW", "XR CHEST PA AND LATERAL", "CHEST 2 VIEWS"])
    elif dialect == "au":
        d = g.pick([f"XR {sw} {noun}", f"X-Ray {sw} {noun}", f"Xray {sw} {noun}"])
    elif dialect == "de":
        d = g.pick([f"{noun} {sw} in 2 Ebenen", f"Rö {noun} {sw}", f"{noun} {sw} 2 Eb."]) if nviews > 1 else \
            g.pick([f"{noun} {sw}", f"Rö {noun} {sw}"])
        if part == "chest":
            d = g.pick(["Rö Thorax p.a. + seitl.", "Thorax p.a. und seitlich", "Thorax in 2 Ebenen", "Rö-Thorax"])
    elif dialect == "fr":
        d = g.pick([f"RADIO {noun} {sw}", f"RX {noun} {sw} F+P", f"{noun} {sw} FACE + PROFIL"]) if nviews > 1 else \
            g.pick([f"RADIO {noun} {sw}", f"RX {noun} {sw}"])
        if part == "chest":
            d = g.pick(["RADIO THORAX FACE", "RX PULMONAIRE", "THORAX F+P", "Radiographie du thorax"])
        if part == "abdomen":
            d = g.pick(["ASP", "ASP DEBOUT", "ABDOMEN SANS PREPARATION"])
    else:
        d = g.pick([f"X-{noun} {sw}", f"Rö {noun} {sw}", f"X {noun} {sw}"])
        if part == "chest":
            d = g.pick(["X-thorax PA + LAT", "X-Thorax 2R", "X-thorax", "Thorax PA/LAT"])
    return " ".join(d.split())


def xr_view_series(g: Gen, site, year, part, view, side, labels, lat, *, dialect, bp_override=None, tag_p=None,
                   note="", series_side_p=0.3):
    """One view of a radiograph as the site's CR or DR system wrote it."""
    v, man, model = scanner(site, "XR", year)
    p = PARTS[part]
    lang = {"uk": "en", "us": "en", "au": "en"}.get(dialect, dialect)
    vname = VIEWS[view][lang]
    noun_en = p[2]
    local = {"de": p[3], "fr": p[4][0], "nl": p[5]}.get(dialect, noun_en)
    sside = ""
    if side in ("L", "R") and g.chance(series_side_p):
        sside = {"en": {"R": "RT", "L": "LT"}, "de": {"R": "re", "L": "li"}, "fr": {"R": "D", "L": "G"},
                 "nl": {"R": "R", "L": "L"}}[lang][side]
    meta = {"Manufacturer": man, "ManufacturerModelName": model}
    if v in ("kodak", "fuji", "agfa") and not model.startswith("FDR"):
        meta.update(Modality="CR", SOPClassUID=SOP["CR"])
    else:
        meta.update(Modality="DX", SOPClassUID=SOP["DX"], ImageType=["ORIGINAL", "PRIMARY"])
    if v == "kodak":
        meta["SeriesDescription"] = " ".join(f"{noun_en} {VIEWS[view]['en']} {sside}".split())
        meta["BodyPartExamined"] = p[6]
    elif v == "carestream":
        meta["SeriesDescription"] = g.pick([" ".join(f"{sside} {noun_en.title()} {VIEWS[view]['en']}".split()),
                                            VIEWS[view]["en"]])
        meta["BodyPartExamined"] = p[6]
        meta["AcquisitionDeviceProcessingDescription"] = f"{noun_en.title()} {VIEWS[view]['en']}"
    elif v == "fuji":
        menu = f"{local} {vname}" if dialect == "fr" else f"{noun_en} {VIEWS[view]['en']}"
        meta["AcquisitionDeviceProcessingDescription"] = menu.upper()
        if g.chance(0.4):
            meta["SeriesDescription"] = " ".join(f"{menu.upper()} {sside}".split())
        meta["BodyPartExamined"] = p[6] if p[6] in ("CHEST", "ABDOMEN", "PELVIS", "SKULL") else g.pick([p[6], "EXTREMITY"]) if p[1] else p[6]
    elif v == "agfa":
        meta["AcquisitionDeviceProcessingDescription"] = g.pick([f"{local} {vname}", local.split("/")[0]])
        meta["SeriesDescription"] = " ".join(f"{local} {sside} {vname}".split())
        meta["BodyPartExamined"] = p[6]
    elif v == "siemens":
        meta["SeriesDescription"] = " ".join(f"{local} {vname} {sside}".split())
        meta["ProtocolName"] = f"{local} {vname}"
        meta["BodyPartExamined"] = p[6]
    elif v == "philips":
        meta["SeriesDescription"] = " ".join(f"{local} {vname} {sside}".split())
        meta["AcquisitionDeviceProcessingDescription"] = f"{local} {vname}"
        meta["BodyPartExamined"] = p[6]
    else:  # GE Definium
        meta["SeriesDescription"] = " ".join(f"{noun_en} {VIEWS[view]['en']} {sside}".split())
        meta["ProtocolName"] = f"{noun_en.title()} {VIEWS[view]['en']}"
        meta["BodyPartExamined"] = p[6]
    if bp_override is not None:
        meta["BodyPartExamined"] = bp_override or None
    vp = VIEWPOS.get(view)
    if vp and g.chance(0.7):
        meta["ViewPosition"] = vp
    if lat in ("L", "R", "B"):
        tp = tag_p if tag_p is not None else (0.35 if meta["Modality"] == "DX" else 0.15)
        if g.chance(tp):
            meta["ImageLaterality" if meta["Modality"] == "CR" or g.chance(0.5) else "Laterality"] = lat
    meta = {k: v2 for k, v2 in meta.items() if v2 not in (None, "")}
    return ser(meta, labels, lat, note or "radiograph view")


def xr_study(g: Gen, site, year, part, side=None, *, stratum="msk", views=None, desc=None, why="", stale_bp=False,
             bilateral_views=False):
    """A radiograph study of one part, one side (or both sides as separate views)."""
    p = PARTS[part]
    dialect = DIALECT[site]
    labels = p[0]
    if p[1] and side is None:
        side = g.pick("LR")
    if not p[1]:
        side_lab = None
    else:
        side_lab = side
    views = views or p[7][: g.pick([len(p[7]), max(1, len(p[7]) - 1)])]
    d = desc or xr_desc(g, dialect, part, side if (p[1] or part == "ribs") else None, len(views))
    d = ris(site, year, d)
    series = []
    sides = ["R", "L"] if (bilateral_views and side == "B") else [side_lab]
    for s in sides:
        for vw in views:
            bp = None
            if stale_bp:
                bp = g.pick(["CHEST", "SKULL", "ABDOMEN"]) if part not in ("chest", "skull", "abdomen") else "EXTREMITY"
            series.append(xr_view_series(g, site, year, part, vw, s, labels, s, dialect=dialect, bp_override=bp,
                                         note="radiograph view; BodyPartExamined stale from the plate's last exam" if stale_bp else ""))
    return Study(site, stratum, year, d, series, why or f"radiograph of the {p[2].lower()}")

        
def D(g: Gen, site: str, table: dict) -> str:
    """Pick the site's wording from a table keyed by dialect."""
    return g.pick(table[DIALECT[site]])


def year_in(g: Gen, site: str, mod: str, lo: int = 2004, hi: int = 2024) -> int:
    """A study year in which the site had the modality, weighted to the bulk of the archive."""
    rows = FLEET[site].get(mod)
    a = max(lo, min(r[0] for r in rows)) if rows else lo
    b = min(hi, max(r[1] for r in rows)) if rows else hi
    if a > b:
        a, b = lo, hi
    era = g.r.random()
    if era < 0.36:
        y = g.r.randint(a, max(a, min(b, 2010)))
    elif era < 0.80:
        y = g.r.randint(max(a, min(b, 2011)), max(a, min(b, 2018)))
    else:
        y = g.r.randint(max(a, min(b, 2019)), b)
    return y


US_IT3 = {"abd": "ABDOMINAL", "small": "SMALL PARTS", "vasc": "PERIPHERAL VASCULAR", "ob": "OB", "gyn": "ENDOVAGINAL",
          "breast": "BREAST", "card": "CARDIAC", "msk": "SMALL PARTS", "renal": "RETROPERITONEAL", "thyroid": "SMALL PARTS"}


US_BP = {"abd": "ABDOMEN", "small": "SCROTUM", "vasc": None, "ob": "PELVIS", "gyn": "PELVIS", "breast": "BREAST", "card": "HEART",
         "msk": "EXTREMITY", "renal": "KIDNEY", "thyroid": "THYROID"}


def us_series(g: Gen, site, year, labels, lat=None, *, desc=None, kind="abd", note="", weight=1.0, bp=None,
              cine=False):
    _, man, model = scanner(site, "US", year)
    if bp is None and year >= 2009 and g.chance(0.7):
        bp = US_BP[kind]
    old = year <= 2008
    sop = SOP["USMF_RET" if old else "USMF"] if cine else SOP["US_RET" if (old and g.chance(0.6)) else "US"]
    it = ["ORIGINAL", "PRIMARY"]
    if g.chance(0.5):
        it = it + [US_IT3[kind], "0001"]
    meta = {"Modality": "US", "SOPClassUID": sop, "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "ImageType": it, "BodyPartExamined": bp}
    return ser(meta, labels, lat, note or ("ultrasound; the text is burned into the pixels, the header names only the exam"
                                           if desc is None else "ultrasound"), weight)


def us_study(g: Gen, site, year, desc, labels, lat=None, *, kind="abd", stratum="abdo", why="", presets=None,
             bp=None, n=None, worksheet=False):
    """An ultrasound study: one or a few series with no or a preset description."""
    n = n or g.pick([1, 1, 2, 3])
    series = []
    order = g.r.sample(presets, len(presets)) if presets else []
    for i in range(n):
        d = order[i % len(order)] if order and g.chance(0.7) else None
        lab, note = labels, ""
        if isinstance(d, tuple):
            d, lab = d
            note = f"preset names one part ({d}): labelled by that part"
        series.append(us_series(g, site, year, lab, lat, desc=d, kind=kind, bp=bp, cine=(i == n - 1 and n > 1), note=note))
    if worksheet:
        v, man, model = scanner(site, "US", year)
        series.append(ser({"Modality": "US", "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": model,
                           "SeriesDescription": g.pick(["Worksheet", "Report", "Vascular Worksheet"]),
                           "ImageType": ["DERIVED", "SECONDARY"]}, [], None,
                          "sonographer's measurement worksheet: a text page, no anatomy", 0.3))
    return Study(site, stratum, year, ris(site, year, desc), series, why or "ultrasound")


def mg_series(g: Gen, site, year, side, view, *, desc=None, tomo=False, cview=False, note="", weight=1.0):
    v, man, model = scanner(site, "MG", year)
    if desc is None:
        if v == "hologic":
            desc = f"{side} {view}" + (" Tomosynthesis Reconstruction" if tomo else " C-View" if cview else "")
        elif v == "ge":
            desc = g.pick([f"{side}{view}", f"{view} {side}", None]) if not tomo else f"{side}{view} 3D"
        else:
            desc = g.pick([f"{side} {view}", f"{view} {'re' if side == 'R' else 'li'}"])
    anat = code("T-04000", "SRT", "Breast") if year < 2018 else code("76752008", "SCT", "Breast")
    meta = {"Modality": "MG", "SOPClassUID": SOP["BTO"] if tomo else SOP["MG"], "Manufacturer": man,
            "ManufacturerModelName": model, "SeriesDescription": desc, "ImageLaterality": side, "ViewPosition": view,
            "BodyPartExamined": "BREAST", "ImageType": ["DERIVED", "PRIMARY", "TOMO", "NONE"] if tomo else
            (["DERIVED", "PRIMARY", "TOMO_2D"] if cview else ["ORIGINAL", "PRIMARY"]),
            "AnatomicRegionSequence": anat if g.chance(0.6) else None}
    return ser(meta, ["BREAST"], side, note or ("tomosynthesis volume" if tomo else "synthetic 2D view" if cview else
                                                 "mammography view"), weight)


def nm_series(g: Gen, site, year, desc, labels, lat=None, *, kind="STATIC", note="", weight=1.0, bp=None):
    _, man, model = scanner(site, "NM", year)
    if bp is None and labels and g.chance(0.4):
        bp = "WHOLEBODY" if len(labels) == 5 else {"CHEST": g.pick(["CHEST", "HEART"])}.get(labels[0], labels[0])
    sop = SOP["NM"]
    it = ["ORIGINAL", "PRIMARY", kind, "EMISSION"]
    if kind in ("RECON TOMO", "RECON GATED TOMO"):
        it = ["DERIVED", "PRIMARY", kind, "EMISSION"]
    meta = {"Modality": "NM", "SOPClassUID": sop, "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "ImageType": it, "BodyPartExamined": bp}
    return ser(meta, labels, lat, note or "nuclear medicine acquisition", weight)


def rf_series(g: Gen, site, year, desc, labels, lat=None, *, note="", weight=1.0, bp=None, spot=False):
    _, man, model = scanner(site, "RF", year)
    if bp is None and g.chance(0.4):
        bp = {"PELVIS": "PELVIS", "LSPINE": "LSPINE", "KNEE": "KNEE", "SHOULDER": "SHOULDER"}.get(labels[0], "ABDOMEN") if labels else None
    meta = {"Modality": "RF", "SOPClassUID": SOP["RF"], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "BodyPartExamined": bp,
            "ImageType": ["ORIGINAL", "PRIMARY", "SINGLE PLANE"] if not spot else ["DERIVED", "SECONDARY", "SPOT"]}
    return ser(meta, labels, lat, note or "fluoroscopy", weight)


def xa_series(g: Gen, site, year, desc, labels, lat=None, *, note="", weight=1.0, bp=None):
    _, man, model = scanner(site, "XA", year)
    if bp is None and g.chance(0.5):
        bp = {"HEAD": "HEAD", "CHEST": "HEART", "NECK": "NECK", "PELVIS": "PELVIS"}.get(labels[0], "LEG") if labels else None
    meta = {"Modality": "XA", "SOPClassUID": SOP["XA"], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "BodyPartExamined": bp, "ImageType": ["ORIGINAL", "PRIMARY", "SINGLE PLANE"],
            "NumberOfFrames": g.pick([12, 24, 36, 48, 60, 90])}
    return ser(meta, labels, lat, note or "angiography run", weight)


def sc_series(desc, labels, lat=None, *, man=None, model=None, modality="OT", note="", weight=1.0, itype=None, bp=None):
    meta = {"Modality": modality, "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "ImageType": itype or ["DERIVED", "SECONDARY"], "BodyPartExamined": bp}
    return ser(meta, labels, lat, note or "secondary capture", weight)


def non_image(g: Gen, kind: str, lang: str, *, year=2015, man=None, model=None, modality=None):
    """Objects that show no anatomy: reports, requisitions, key object notes, presentation states."""
    if kind == "pdf":
        d = g.pick({"en": ["Report", "Radiology Report", "Outside report"], "de": ["Befund", "Befundbericht", "Arztbrief"],
                    "fr": ["Compte rendu", "COMPTE-RENDU", "CR radiologique"], "nl": ["Verslag", "Radiologieverslag"]}[lang])
        meta = {"Modality": "DOC", "SOPClassUID": SOP["PDF"], "SeriesDescription": d, "Manufacturer": man}
        return ser(meta, [], None, "encapsulated PDF report: no image", 0.3)
    if kind == "req":
        d = g.pick({"en": ["Scanned Requisition", "Request form", "SCANNED DOCUMENT", "Referral"],
                    "de": ["Anforderungsschein", "Überweisung", "Aufklärungsbogen", "Scan Dokument"],
                    "fr": ["Bon de demande", "DEMANDE D'EXAMEN", "Consentement", "Document scanné"],
                    "nl": ["Aanvraagformulier", "Verwijsbrief", "Gescand document"]}[lang])
        meta = {"Modality": g.pick(["OT", "SC"]), "SOPClassUID": SOP["SC"], "SeriesDescription": d,
                "Manufacturer": man, "ManufacturerModelName": model, "ImageType": ["DERIVED", "SECONDARY"]}
        return ser(meta, [], None, "scanned paper (request or consent): a text page, no anatomy", 0.3)
    if kind == "ko":
        d = g.pick({"en": ["Key Images", "KEY IMAGES", "Key Object Selection"], "de": ["Schlüsselbilder", "Key Images"],
                    "fr": ["Images clés", "Key Images"], "nl": ["Sleutelbeelden", "Key Images"]}[lang])
        meta = {"Modality": "KO", "SOPClassUID": SOP["KO"], "SeriesDescription": d, "Manufacturer": man}
        return ser(meta, [], None, "key object selection: a list of references, no pixels", 0.3)
    if kind == "pr":
        d = g.pick(["Presentation State", "GSPS", "Annotations", "PR", None])
        meta = {"Modality": "PR", "SOPClassUID": SOP["PR"], "SeriesDescription": d, "Manufacturer": man}
        return ser(meta, [], None, "presentation state: display settings and annotations, no pixels", 0.3)
    if kind == "phoenix":
        meta = {"Modality": "MR", "SOPClassUID": "1.3.12.2.1107.5.9.1", "SeriesDescription": "PhoenixZIPReport",
                "Manufacturer": "SIEMENS", "ManufacturerModelName": model, "ImageType": ["ORIGINAL", "PRIMARY", "OTHER", "CSA REPORT"]}
        return ser(meta, [], None, "scanner protocol archive: no image", 0.3)
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# Procedure codes as each site's RIS sent them (US: CPT; the others: local RIS codes).

CPT = {
    "ct_head": "70450", "ct_head_cs": "70450", "cta_hn": "70496", "mr_brain": "70553", "mr_iac": "70553", "mra_cow": "70544",
    "ct_sinus": "70486", "ct_neck": "70491", "us_thyroid": "76536", "ct_chest": "71260", "hrct": "71250", "ctpa": "71275",
    "ct_ap": "74177", "ct_kub": "74176", "us_abd": "76700", "us_renal": "76770", "us_pelvis": "76830",
    "mr_lspine": "72148", "mr_cspine": "72141", "mr_tspine": "72146", "mr_knee": "73721", "mr_shoulder": "73221", "mg_screen": "77067",
    "mg_diag": "77066", "us_breast": "76641", "nm_bone": "78306", "pet": "78815", "us_dvt": "93971", "us_carotid": "93880",
    "dxa": "77080", "echo": "93306", "ct_cor": "75574", "nm_mpi": "78452", "ct_lspine": "72131", "ct_cspine": "72125",
    "ct_tspine": "72128", "mr_joint": "73721", "mr_breast": "77049", "cta_runoff": "75635", "ct_colono": "74263",
}


def proc(g: Gen, site: str, year: int, key: str, desc: str, full: str = None) -> dict:
    """Study-level header fields from the RIS: requested procedure and its code."""
    out = {}
    if site == "us-comm" and key in CPT and year >= 2007 and g.chance(0.75):
        out["ProcedureCodeSequence"] = code(CPT[key], "C4" if year < 2016 else "CPT", (full or desc).upper())
    elif site == "uk-dgh" and year >= 2012 and g.chance(0.6):
        out["RequestedProcedureDescription"] = desc
    elif site == "au-priv" and year >= 2008 and g.chance(0.5):
        out["ProcedureCodeSequence"] = code(key.upper().replace("_", "")[:8], "99KRS", desc)
    elif site in ("de-klinik", "nl-opc", "fr-ch") and year >= 2009 and g.chance(0.4):
        out["RequestedProcedureDescription"] = desc
    if year >= 2012 and g.chance(0.2):
        out["PerformedProcedureStepDescription"] = desc
    return out


def ct_study(g: Gen, site, year, stratum, desc, key, series, why, **kw):
    d = ris(site, year, desc)
    common = proc(g, site, year, key, d, desc)
    return Study(site, stratum, year, d, series, why, common=common, **kw)


def old_over(site, year):
    """The earlier migration of the German archive wrote the study description over every series
    description of studies made before 2008."""
    return site == "de-klinik" and year <= 2007


# ---------------------------------------------------------------------------------------------
# Neuro

def mk_ct_head(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {
        "uk": ["CT Head", "CT Head without contrast", "CT HEAD", "CT Brain", "CT Head (non-contrast)"],
        "us": ["CT HEAD/BRAIN W/O CONTRAST", "CT HEAD WO CONTRAST", "CT HEAD W/O CONTRAST", "CT BRAIN WITHOUT CONTRAST"],
        "au": ["CT Brain", "CT BRAIN", "CT Head", "CT Brain (non contrast)"],
        "de": ["CCT nativ", "CT Schädel nativ", "CT Kopf nativ", "cCT", "CT Schädel"],
        "fr": ["TDM CEREBRALE SANS INJECTION", "SCANNER CEREBRAL", "TDM ENCEPHALE", "TDM CEREBRALE", "Scanner cérébral"],
        "nl": ["CT hersenen", "CT schedel blanco", "CT cerebrum", "CT hersenen zonder contrast"]})
    word = D(g, site, {"uk": ["Head", "Brain", None], "us": ["Head", "HEAD", None], "au": ["Brain", "Head", None],
                       "de": ["Schädel", "Head", "Kopf", None], "fr": ["CEREBRAL", "Head", "CERVEAU", None],
                       "nl": ["Hersenen", "Brain", None]})
    H = ["HEAD"]
    s = [ct_scout(g, site, year, H, bp="HEAD"),
         ct_recon(g, site, year, word, H, kind="head", bp="HEAD",
                  note="brain reconstruction" if word else "reconstruction named by thickness and kernel only"),
         ct_recon(g, site, year, word, H, kind="boneplus", bp="HEAD", note="bone window reconstruction of the skull")]
    if g.chance(0.4):
        s.append(ct_reformat(g, site, year, g.pick(["cor", "sag"]), H, word=word, bp="HEAD"))
    if year >= 2008 and g.chance(0.7):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "neuro", desc, "ct_head", s, "non-contrast CT head", desc_over_series=old_over(site, year))


def mk_ct_head_cspine(g: Gen, site, year=None):
    """Trauma: head and cervical spine in one acquisition; each reconstruction images one part."""
    year = year or year_in(g, site, "CT", lo=2006)
    desc = D(g, site, {
        "uk": ["CT Head and C-Spine", "CT Head & Cervical Spine", "CT HEAD + C SPINE"],
        "us": ["CT HEAD AND CERVICAL SPINE W/O", "CT HEAD/C-SPINE TRAUMA", "CT HEAD & C-SPINE WO CONTRAST"],
        "au": ["CT Brain & Cervical Spine", "CT Brain and C-Spine"],
        "de": ["CT Schädel + HWS", "CCT und CT HWS nativ", "CT Kopf/HWS"],
        "fr": ["TDM CEREBRALE ET RACHIS CERVICAL", "SCANNER CRANE + RACHIS CERVICAL"],
        "nl": ["CT hersenen + CWK", "CT schedel en cervicale wervelkolom"]})
    cw = D(g, site, {"uk": ["C-Spine", "C Spine", "Cspine"], "us": ["C-SPINE", "CSPINE", "C Spine"], "au": ["C Spine", "Cervical"],
                     "de": ["HWS", "HWS", "Spine"], "fr": ["RACHIS CERV", "CERVICAL"], "nl": ["CWK", "C-wervelkolom"]})
    hw = D(g, site, {"uk": ["Head", "Brain"], "us": ["Head", "BRAIN"], "au": ["Brain"], "de": ["Schädel", "Head"],
                     "fr": ["CEREBRAL", "CRANE"], "nl": ["Hersenen", "Schedel"]})
    s = [ct_scout(g, site, year, ["HEAD", "CSPINE"], bp="HEAD", note="scout planning head and cervical spine"),
         ct_recon(g, site, year, hw, ["HEAD"], kind="head", bp="HEAD"),
         ct_recon(g, site, year, cw, ["CSPINE"], kind="bone", bp="HEAD",
                  note="cervical spine bone reconstruction; BodyPartExamined copied from the head protocol"),
         ct_reformat(g, site, year, "sag", ["CSPINE"], word=cw, bp="HEAD", note="sagittal reformat of the cervical spine",
                     desc=g.pick([f"{cw} Sag", f"Sag {cw} 2mm", f"{cw} SAG BONE"]))]
    if g.chance(0.6):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "neuro", desc, "ct_head_cs", s, "trauma CT of head and cervical spine")


def mk_cta_headneck(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2007)
    desc = D(g, site, {
        "uk": ["CT Angiogram Carotids and Circle of Willis", "CTA Carotids", "CT Stroke Protocol (CTA)"],
        "us": ["CTA HEAD AND NECK W/WO CONTRAST", "CTA NECK & HEAD", "CT ANGIO HEAD/NECK STROKE"],
        "au": ["CT Angiogram Carotids & COW", "CTA Carotids and Circle of Willis"],
        "de": ["CT-Angio Hals/Kopf", "CTA supraaortale Gefäße + Circulus", "Stroke-CT mit CTA"],
        "fr": ["ANGIOSCANNER DES TSAO ET DU POLYGONE DE WILLIS", "ANGIO-TDM TSAO + WILLIS"],
        "nl": ["CTA hals- en hersenvaten", "CT-angio carotiden + circle of Willis"]})
    HN = ["HEAD", "NECK"]
    s = [ct_scout(g, site, year, HN, bp="NECK"),
         ct_recon(g, site, year, g.pick(["CTA", "Angio", None]), HN, kind="angio", bp="NECK",
                  note="angiographic source images from arch to vertex"),
         ct_reformat(g, site, year, "cor", HN, mip=True, word=g.pick(["Carotis", "CTA", "Angio"]), bp="NECK"),
         ct_reformat(g, site, year, "ax", ["HEAD"], mip=True,
                     desc=D(g, site, {"uk": ["COW MIP", "MIP Circle of Willis"], "us": ["COW MIP", "MIP HEAD"], "au": ["MIP COW", "Circle of Willis MIP"],
                                      "de": ["MIP Circulus", "MIP intrakraniell"], "fr": ["MIP POLYGONE", "MIP WILLIS"], "nl": ["MIP Willis", "MIP intracranieel"]}),
                     note="MIP of the intracranial vessels only")]
    if year >= 2014 and g.chance(0.5):
        s.append(ct_recon(g, site, year, None, ["HEAD"], kind="head", thk=5.0,
                          desc=g.pick(["Perfusion 5mm", "CT Perfusion", "PERF 4D"]), note="perfusion source images of the brain"))
        s.append(sc_series(g.pick(["CBF", "rCBF", "Tmax", "MTT"]), ["HEAD"], modality="CT", man=s[0]["meta"]["Manufacturer"],
                           note="derived perfusion map of the brain", itype=["DERIVED", "SECONDARY", "PERFUSION"]))
    if g.chance(0.5):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "neuro", desc, "cta_hn", s, "CT angiography of neck and head vessels")


def mk_mr_brain(g: Gen, site, year=None, kind="brain"):
    year = year or year_in(g, site, "MR")
    lang = SITES[site]
    tables = {
        "brain": {"uk": ["MRI Brain", "MR HEAD", "MRI Head", "MRI Brain with contrast"],
                  "us": ["MRI BRAIN W/WO CONTRAST", "MRI BRAIN W/O CONTRAST", "MR BRAIN WO/W CONTRAST"],
                  "au": ["MRI Brain", "MRI BRAIN", "MRI Brain with contrast"],
                  "de": ["MRT Schädel nativ und mit KM", "MRT Kopf", "cMRT", "MRT Schädel"],
                  "fr": ["IRM ENCEPHALIQUE", "IRM CEREBRALE", "IRM encéphalique avec injection"],
                  "nl": ["MRI hersenen", "MRI cerebrum", "MRI hersenen met contrast"]},
        "iac": {"uk": ["MRI IAMs", "MRI Internal Auditory Meati"], "us": ["MRI IAC W/WO CONTRAST", "MRI INTERNAL AUDITORY CANALS"],
                "au": ["MRI IAMs", "MRI Internal Auditory Meatus"], "de": ["MRT Felsenbein/KHBW", "MRT Kleinhirnbrückenwinkel"],
                "fr": ["IRM DES CAI", "IRM CONDUITS AUDITIFS INTERNES"], "nl": ["MRI brughoek", "MRI brughoeken"]},
        "pituitary": {"uk": ["MRI Pituitary"], "us": ["MRI SELLA/PITUITARY W/WO"], "au": ["MRI Pituitary"],
                      "de": ["MRT Hypophyse", "MRT Sella"], "fr": ["IRM HYPOPHYSAIRE", "IRM HYPOPHYSE"], "nl": ["MRI hypofyse"]},
        "mra_cow": {"uk": ["MRA Circle of Willis", "MR Angiogram Intracranial"], "us": ["MRA HEAD W/O CONTRAST"],
                    "au": ["MRA Circle of Willis"], "de": ["TOF-MRA intrakraniell", "MR-Angio Hirngefäße"],
                    "fr": ["ARM DU POLYGONE DE WILLIS", "ANGIO-IRM INTRACRANIENNE"], "nl": ["MRA hersenvaten", "MRA circle of Willis"]},
    }
    desc = D(g, site, tables[kind])
    H = ["HEAD"]
    seqs = MR_PROTOCOLS[kind]
    s = mr_protocol(g, site, year, seqs, H, lang=lang, bp=g.pick(["HEAD", "BRAIN", "HEAD", "HEAD", None]), drop=0.25)
    if scanner(site, "MR", year)[0] == "siemens" and year >= 2016 and g.chance(0.3):
        s.append(non_image(g, "phoenix", lang, model=scanner(site, "MR", year)[2]))
    key = {"brain": "mr_brain", "iac": "mr_iac", "pituitary": "mr_iac", "mra_cow": "mra_cow"}[kind]
    return ct_study(g, site, year, "neuro", desc, key, s, {"brain": "MR of the brain", "iac": "MR of the internal auditory canals",
                    "pituitary": "MR of the pituitary", "mra_cow": "intracranial MR angiography"}[kind] + ": sequence names only",
                    desc_over_series=old_over(site, year))


def mk_mr_brain_nodesc(g: Gen, site, year=None):
    """A migrated MR brain whose headers lost the study description: only the archive's study
    record keeps it, the series say only sequence names."""
    st = mk_mr_brain(g, site, year)
    st.desc_in_headers = False
    st.desc_over_series = False
    st.why = "MR brain; study description only in the archive's study record"
    return st


def mk_dsa_cerebral(g: Gen, site, year=None):
    year = year or year_in(g, site, "XA")
    desc = D(g, site, {
        "uk": ["Cerebral Angiogram", "Cerebral angiography 4 vessel"], "us": ["ANGIO CEREBRAL BILAT", "CEREBRAL ANGIOGRAM 4 VESSEL"],
        "au": ["Cerebral Angiogram"], "de": ["DSA zerebral", "Zerebrale Angiographie 4-Gefäß", "Hirnangiographie"],
        "fr": ["ARTERIOGRAPHIE CEREBRALE", "ANGIOGRAPHIE CEREBRALE 4 AXES"], "nl": ["Cerebrale angiografie"]})
    runs = {
        "uk": [("Right ICA", ["HEAD"]), ("Left ICA", ["HEAD"]), ("Right CCA", ["NECK", "HEAD"]), ("Left VA", ["HEAD"])],
        "us": [("RT ICA AP", ["HEAD"]), ("LT ICA LAT", ["HEAD"]), ("RT CCA", ["NECK", "HEAD"]), ("ARCH", ["CHEST", "NECK"])],
        "au": [("R ICA", ["HEAD"]), ("L ICA", ["HEAD"]), ("Arch", ["CHEST", "NECK"])],
        "de": [("ACI re. ap", ["HEAD"]), ("ACI li. lat", ["HEAD"]), ("ACC re.", ["NECK", "HEAD"]), ("Vertebralis li.", ["HEAD"]),
               ("Aortenbogen", ["CHEST", "NECK"])],
        "fr": [("CAROTIDE INTERNE D", ["HEAD"]), ("CAROTIDE INTERNE G", ["HEAD"]), ("VERTEBRALE G", ["HEAD"]),
               ("CROSSE AORTIQUE", ["CHEST", "NECK"])],
        "nl": [("ACI rechts", ["HEAD"]), ("ACI links", ["HEAD"]), ("boog", ["CHEST", "NECK"])]}[DIALECT[site]]
    s = []
    for name, lab in runs:
        note = "catheter run of one vessel; a side word of a vessel, not a limb" if lab == ["HEAD"] else "run covering neck vessels"
        if "Arch" in name or "ARCH" in name or "Aortenbogen" in name or "CROSSE" in name or name == "boog":
            note = "aortic arch run showing the origins of the neck vessels"
        s.append(xa_series(g, site, year, name, lab, note=note))
    return ct_study(g, site, year, "neuro", desc, "dsa", s, "cerebral catheter angiography: runs per vessel")


# ---------------------------------------------------------------------------------------------
# Head and neck

def mk_ct_sinus(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT Sinuses", "CT Paranasal Sinuses"], "us": ["CT SINUS W/O CONTRAST", "CT MAXILLOFACIAL W/O CONTRAST", "CT SINUSES LIMITED"],
                       "au": ["CT Sinuses", "CT Paranasal Sinuses"], "de": ["CT NNH", "CT Nasennebenhöhlen nativ"],
                       "fr": ["TDM DES SINUS", "SCANNER SINUS", "TDM SINUS DE LA FACE"], "nl": ["CT sinussen", "CT neusbijholten"]})
    w = D(g, site, {"uk": ["Sinus", None], "us": ["SINUS", None], "au": ["Sinus", None], "de": ["NNH", "Sinus", None],
                    "fr": ["SINUS", None], "nl": ["Sinus", None]})
    s = [ct_scout(g, site, year, ["HEAD"], bp="SINUS" if g.chance(0.3) else "HEAD"),
         ct_recon(g, site, year, w, ["HEAD"], kind="bone", bp="HEAD"),
         ct_reformat(g, site, year, "cor", ["HEAD"], word=w, bp="HEAD")]
    if g.chance(0.5):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "headneck", desc, "ct_sinus", s, "CT of the paranasal sinuses", desc_over_series=old_over(site, year))


def mk_ct_temporal(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT Petrous Temporal Bones", "CT IAMs/Temporal bones"], "us": ["CT TEMPORAL BONES W/O", "CT IAC W/O CONTRAST"],
                       "au": ["CT Petrous Temporal Bones"], "de": ["CT Felsenbein bds.", "CT Felsenbeine"],
                       "fr": ["TDM DES ROCHERS", "SCANNER DES ROCHERS"], "nl": ["CT rotsbeenderen", "CT os temporale bdz"]})
    s = [ct_scout(g, site, year, ["HEAD"], bp="HEAD"),
         ct_recon(g, site, year, g.pick(["Felsenbein" if SITES[site] == "de" else "Temporal", None]), ["HEAD"], kind="sharp", bp="HEAD"),
         ct_reformat(g, site, year, "cor", ["HEAD"], bp="HEAD",
                     desc=D(g, site, {"uk": ["Cor Rt", "Cor Left"], "us": ["COR RT", "COR LT"], "au": ["Cor Right", "Cor Left"],
                                      "de": ["Pöschl re", "Stenvers li", "cor re."], "fr": ["COR D", "COR G"],
                                      "nl": ["cor rechts", "cor links"]}) if g.chance(0.5) else None,
                     note="one petrous bone reformatted; a side word on the head is not a laterality")]
    return ct_study(g, site, year, "headneck", desc, "ct_sinus", s, "CT of both temporal bones: head, no laterality")


def mk_cbct(g: Gen, site, year=None):
    """German ENT cone beam: DVT means digitale Volumentomographie, not a thrombosis."""
    year = year or g.r.randint(2009, 2024)
    man, model = DEVICES["cbct"]
    desc = g.pick(["DVT NNH", "DVT Nasennebenhöhlen", "DVT Felsenbein", "DVT Mittelgesicht", "DVT Kiefer"])
    s = [ser({"Modality": "CT", "SOPClassUID": SOP["CT"], "Manufacturer": man, "ManufacturerModelName": model,
              "SeriesDescription": g.pick(["Volume", "DVT", "GALILEOS Volume", None]), "ImageType": ["ORIGINAL", "PRIMARY", "AXIAL"],
              "SliceThickness": 0.3}, ["HEAD"], None, "cone-beam volume of the face (German DVT = cone-beam CT)"),
         ser({"Modality": "PX", "SOPClassUID": SOP["DX"], "Manufacturer": man, "ManufacturerModelName": model,
              "SeriesDescription": "Panorama", "ImageType": ["DERIVED", "SECONDARY"]}, ["HEAD"], None,
             "panoramic view computed from the cone-beam volume", 0.5)]
    return Study(site, "headneck", year, desc, s, "cone-beam CT of the face (DVT)")


def mk_ct_neck(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT Neck with contrast", "CT Neck", "CT Soft tissue neck"], "us": ["CT SOFT TISSUE NECK W CONTRAST", "CT NECK W/CONTRAST"],
                       "au": ["CT Neck", "CT Soft Tissue Neck"], "de": ["CT Hals mit KM", "CT Halsweichteile"],
                       "fr": ["TDM CERVICALE (PARTIES MOLLES)", "SCANNER DU COU"], "nl": ["CT hals", "CT hals met contrast"]})
    w = D(g, site, {"uk": ["Neck", None], "us": ["NECK", None], "au": ["Neck", None], "de": ["Hals", "Neck"], "fr": ["COU", None], "nl": ["Hals", None]})
    s = [ct_scout(g, site, year, ["NECK"], bp="NECK"), ct_recon(g, site, year, w, ["NECK"], kind="soft", bp="NECK", contrast="IV"),
         ct_reformat(g, site, year, "cor", ["NECK"], word=w, bp="NECK")]
    if g.chance(0.5):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "headneck", desc, "ct_neck", s, "CT of the neck")


def mk_us_thyroid(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["US Thyroid", "US Neck", "US THYROID"], "us": ["US THYROID", "US SOFT TISSUE NECK/THYROID"],
                       "au": ["US Thyroid", "US Neck"], "de": ["Sono Schilddrüse", "Schilddrüsensonographie", "Sonographie Hals"],
                       "fr": ["ECHOGRAPHIE THYROIDIENNE", "ECHOGRAPHIE CERVICALE"], "nl": ["Echo schildklier", "Echo hals"]})
    return us_study(g, site, year, desc, ["NECK"], kind="thyroid", stratum="headneck", why="thyroid ultrasound",
                    presets=["Thyroid", "THY", "Neck"], bp=g.pick([None, "NECK", "THYROID"]))


def mk_opg(g: Gen, site, year=None):
    year = year or g.r.randint(2004, 2024)
    man, model = DEVICES["opg_au" if site in ("au-priv", "uk-dgh", "us-comm") else "opg_de"]
    desc = D(g, site, {"uk": ["OPT", "XR OPT", "Orthopantomogram"], "us": ["XR PANOREX", "PANORAMIC DENTAL"], "au": ["OPG", "XR OPG", "OPG Jaw"],
                       "de": ["OPG", "OPT", "Orthopantomogramm"], "fr": ["PANORAMIQUE DENTAIRE", "ORTHOPANTOMOGRAMME"],
                       "nl": ["OPG", "Orthopantomogram"]})
    meta = {"Modality": "PX", "SOPClassUID": SOP["DX"], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": g.pick(["Panoramic", "PAN", "Standard Panoramic", None]), "ImageType": ["ORIGINAL", "PRIMARY"],
            "BodyPartExamined": g.pick([None, "JAW", "HEAD"])}
    s = [ser(meta, ["HEAD"], None, "panoramic radiograph of the jaws")]
    if g.chance(0.3):
        s.append(ser({**meta, "Modality": "DX", "SeriesDescription": g.pick(["Lateral Ceph", "Ceph LAT", "FRS"])}, ["HEAD"], None,
                     "lateral cephalogram of the skull"))
    return Study(site, "headneck", year, ris(site, year, desc), s, "dental panoramic radiograph")


def mk_nm_thyroid(g: Gen, site, year=None):
    year = year or year_in(g, site, "NM")
    desc = D(g, site, {"uk": ["NM Thyroid scan"], "us": ["NM THYROID SCAN W UPTAKE"], "au": ["Thyroid Scan"],
                       "de": ["Schilddrüsenszintigraphie", "SD-Szintigraphie Tc99m"], "fr": ["SCINTIGRAPHIE THYROIDIENNE"],
                       "nl": ["Schildklierscintigrafie"]})
    s = [nm_series(g, site, year, D(g, site, {"uk": ["Thyroid ANT", "Pinhole ANT"], "us": ["THYROID ANT", "PINHOLE"], "au": ["Thyroid"],
                                              "de": ["Schilddrüse ant", "SD ventral"], "fr": ["THYROIDE FACE", "THYROIDE"],
                                              "nl": ["Schildklier ANT"]}), ["NECK"], bp="NECK"),
         nm_series(g, site, year, g.pick(["Marker", "ANT marker", "ANT"]), ["NECK"], note="static view with markers; the region is in the study")]
    return Study(site, "headneck", year, ris(site, year, desc), s, "thyroid scintigraphy")


# ---------------------------------------------------------------------------------------------
# Chest and heart

def mk_cxr(g: Gen, site, year=None, mobile=False):
    year = year or year_in(g, site, "XR")
    if mobile:
        desc = D(g, site, {"uk": ["XR Chest (mobile)", "CXR PORTABLE", "XR Chest AP Mobile"], "us": ["XR CHEST 1 VIEW PORTABLE", "XR CHEST PORTABLE AP"],
                           "au": ["XR Chest Mobile", "Mobile Chest X-Ray"], "de": ["Thorax liegend", "Thorax a.p. im Bett", "Rö Thorax Intensiv"],
                           "fr": ["THORAX AU LIT", "RADIO THORAX AU LIT", "RP AU LIT"], "nl": ["X-thorax AP bed", "Thorax op afdeling"]})
        st = xr_study(g, site, year, "chest", views=["AP"], desc=desc, stratum="chest", why="bedside chest radiograph")
    else:
        st = xr_study(g, site, year, "chest", stratum="chest", why="chest radiograph")
    return st


def mk_ct_chest(g: Gen, site, year=None, kind="chest"):
    year = year or year_in(g, site, "CT")
    T = {
        "chest": {"uk": ["CT Thorax with contrast", "CT Chest", "CT THORAX"], "us": ["CT CHEST W CONTRAST", "CT CHEST W/O CONTRAST", "CT THORAX W CONTRAST"],
                  "au": ["CT Chest", "CT Chest with contrast"], "de": ["CT Thorax mit KM", "CT Thorax nativ", "CT Thorax"],
                  "fr": ["TDM THORACIQUE", "SCANNER THORACIQUE INJECTE", "TDM THORAX"], "nl": ["CT thorax", "CT thorax met contrast"]},
        "hrct": {"uk": ["HRCT Chest", "CT Chest High Resolution"], "us": ["CT CHEST HIGH RESOLUTION W/O", "HRCT CHEST"],
                 "au": ["HRCT Chest", "CT Chest HRCT"], "de": ["HRCT Thorax", "CT Thorax HR nativ"],
                 "fr": ["TDM THORACIQUE HAUTE RESOLUTION", "SCANNER THORACIQUE HR"], "nl": ["HRCT thorax", "CT thorax HRCT"]},
        "ctpa": {"uk": ["CTPA", "CT Pulmonary Angiogram", "CT PULMONARY ANGIO"], "us": ["CTA CHEST PE PROTOCOL", "CT ANGIO CHEST W/WO (PE)"],
                 "au": ["CTPA", "CT Pulmonary Angiogram"], "de": ["CT-Angio Lungenembolie", "CTA Pulmonalarterien", "CT Thorax LAE"],
                 "fr": ["ANGIOSCANNER THORACIQUE", "ANGIO-TDM PULMONAIRE (EP)"], "nl": ["CTA longembolie", "CT-angio pulmonalis"]},
        "ldct": {"uk": ["CT Thorax Low Dose"], "us": ["CT CHEST LOW DOSE LUNG CANCER SCREENING", "LDCT LUNG SCREENING"],
                 "au": ["CT Chest Low Dose"], "de": ["Low-Dose-CT Thorax"], "fr": ["TDM THORACIQUE BASSE DOSE"], "nl": ["Low dose CT thorax"]},
    }
    desc = D(g, site, T[kind])
    C = ["CHEST"]
    lw = D(g, site, {"uk": ["Lung", "Lungs", None], "us": ["LUNG", None], "au": ["Lung", None], "de": ["Lunge", "Thorax", None],
                     "fr": ["PARENCHYME", "POUMON", None], "nl": ["Long", "Thorax", None]})
    mw = D(g, site, {"uk": ["Mediastinum", "Chest", None], "us": ["CHEST", "MEDIASTINUM", None], "au": ["Chest", "Soft Tissue", None],
                     "de": ["Thorax", "Mediastinum", "Weichteil"], "fr": ["MEDIASTIN", "THORAX"], "nl": ["Mediastinum", "Thorax"]})
    s = [ct_scout(g, site, year, C, bp="CHEST")]
    if kind == "hrct":
        s.append(ct_recon(g, site, year, lw, C, kind="lung", thk=1.0, bp="CHEST", note="high-resolution lung reconstruction"))
        s.append(ct_recon(g, site, year, None, C, kind="lung", thk=1.0, bp="CHEST",
                          desc=D(g, site, {"uk": ["Expiration", "EXP"], "us": ["EXPIRATION", "EXP 1.25"], "au": ["Expiratory", "Prone"],
                                           "de": ["Exspiration", "Bauchlage"], "fr": ["EXPIRATION", "PROCUBITUS"], "nl": ["Expiratie", "Buikligging"]}),
                          note="expiration or prone series; only the study names the chest"))
    elif kind == "ctpa":
        s.append(ct_recon(g, site, year, g.pick(["CTPA", "Angio", "PE", None]), C, kind="angio", bp="CHEST", contrast="IV"))
        s.append(ct_recon(g, site, year, lw, C, kind="lung", bp="CHEST"))
        s.append(ct_reformat(g, site, year, "cor", C, mip=True, word="PA", bp="CHEST"))
        if year <= 2010 and g.chance(0.4):
            s.append(ct_recon(g, site, year, None, C, kind="soft", thk=10.0, bp="CHEST",
                              desc=g.pick(["Bolus Tracking", "SmartPrep", "Monitoring", "BOLUS"]), note="bolus monitoring slices at the pulmonary trunk",
                              itype=["ORIGINAL", "PRIMARY", "AXIAL"], weight=0.5))
    else:
        s.append(ct_recon(g, site, year, mw, C, kind="soft", bp="CHEST"))
        s.append(ct_recon(g, site, year, lw, C, kind="lung", bp="CHEST"))
        if g.chance(0.5):
            s.append(ct_reformat(g, site, year, "cor", C, word=lw, bp="CHEST"))
        if g.chance(0.3):
            s.append(ct_reformat(g, site, year, "ax", C, mip=True, word=lw, bp="CHEST"))
    if year >= 2008 and g.chance(0.6):
        s.append(ct_dose(g, site, year))
    key = {"chest": "ct_chest", "hrct": "hrct", "ctpa": "ctpa", "ldct": "ct_chest"}[kind]
    return ct_study(g, site, year, "chest", desc, key, s, {"chest": "CT of the chest", "hrct": "high-resolution CT of the lungs",
                                                        "ctpa": "CT pulmonary angiography", "ldct": "low-dose CT of the lungs"}[kind],
                    desc_over_series=old_over(site, year))


def mk_nm_vq(g: Gen, site, year=None):
    year = year or year_in(g, site, "NM")
    desc = D(g, site, {"uk": ["NM Lung V/Q", "NM VQ scan"], "us": ["NM LUNG VENTILATION/PERFUSION", "NM V/Q SCAN"], "au": ["V/Q Scan"],
                       "de": ["Lungenperfusions-/Ventilationsszintigraphie", "Lungenszintigraphie"], "fr": ["SCINTIGRAPHIE PULMONAIRE V/Q"],
                       "nl": ["Longscintigrafie V/Q"]})
    s = [nm_series(g, site, year, g.pick(["Perfusion", "PERF 8 views", "Q"]), ["CHEST"]),
         nm_series(g, site, year, g.pick(["Ventilation", "VENT", "V Technegas"]), ["CHEST"]),
         nm_series(g, site, year, g.pick(["SPECT Q", "VQ SPECT recon"]), ["CHEST"], kind="RECON TOMO")]
    return Study(site, "chest", year, ris(site, year, desc), s, "ventilation/perfusion scintigraphy: series say V or Q only")


def mk_echo(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["Echocardiogram", "TTE", "ECHO"], "us": ["ECHO COMPLETE W DOPPLER", "TTE COMPLETE", "ECHOCARDIOGRAM 2D"],
                       "au": ["Echocardiogram", "TTE"], "de": ["Echokardiographie", "TTE", "Herzecho"],
                       "fr": ["ETT", "ECHOGRAPHIE CARDIAQUE", "ECHOCARDIOGRAPHIE TRANSTHORACIQUE"], "nl": ["Echo cor", "Echocardiografie"]})
    st = us_study(g, site, year, desc, ["CHEST"], kind="card", stratum="cardio", why="transthoracic echocardiography",
                  presets=["Adult Echo", "PLAX", "A4C", "Cardiac"], n=g.pick([1, 2, 3]))
    man, model = g.pick([("GE Vingmed Ultrasound", "Vivid 7" if year <= 2012 else "Vivid E9"),
                         ("Philips Medical Systems", "iE33" if year <= 2016 else "EPIQ 7C")])
    for x in st.series:
        x["meta"].update(Manufacturer=man, ManufacturerModelName=model)
    return st


def mk_ct_coronary(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2008)
    desc = D(g, site, {"uk": ["CT Coronary Angiogram", "CT Calcium Score"], "us": ["CTA CORONARY W CONTRAST", "CT CARDIAC CALCIUM SCORE"],
                       "au": ["CT Coronary Angiogram", "CT Calcium Score", "CTCA"], "de": ["CT Koronarangiographie", "Kardio-CT", "Coro-CT"],
                       "fr": ["CORO-SCANNER", "SCANNER CARDIAQUE", "SCORE CALCIQUE CORONAIRE"], "nl": ["CT coronairen", "CT calciumscore"]})
    v = ct_dev(site, year)[0]
    C = ["CHEST"]
    ca = {"ge": ["Calcium Score 2.5", "CaScore", "SmartScore 2.5"], "siemens_old": ["CaScore  3.0  B35f", "CaSc  3.0  B35f"],
          "siemens": ["CaScore  3.0  B35f", "CaSc  3.0  B35f"], "siemens_force": ["CaSc  3.0  Qr36d", "CaScore  3.0  Qr36d"],
          "philips": ["CaScoring 3mm", "Ca Score 3mm"], "toshiba": ["Ca Score 3.0 FC12", "CaSc 3.0"], "picker": ["CA SCORE"]}[v]
    cta = {"ge": ["Cardiac 0.625 75%", "Coronary 0.625 75%", "Phase 75%"], "siemens_old": ["CorCTA  0.75  B26f  70%", "BestDiast 70%"],
           "siemens": ["CorCTA  0.75  I26f  70%", "BestDiast 70%"], "siemens_force": ["Cardiac  0.6  Bv40d  75%", "BestDiast 72%"],
           "philips": ["Cardiac 0.9 XCB 75%", "CCTA 75%"], "toshiba": ["Cardiac 0.5 FC43 75%", "CTCA 75%"], "picker": ["CARDIAC"]}[v]
    s = [ct_scout(g, site, year, C, bp=g.pick(["HEART", "CHEST"])),
         ct_recon(g, site, year, None, C, kind="soft", thk=3.0, bp="HEART",
                  desc=g.pick(ca), note="calcium score of the heart"),
         ct_recon(g, site, year, None, C, kind="angio", thk=0.6, bp="HEART",
                  desc=g.pick(cta),
                  note="coronary CTA reconstruction at a cardiac phase; the region only in the study"),
         ct_reformat(g, site, year, "ax", C, vr=True, desc=g.pick(["Coronary Tree", "VRT Heart", "CPR RCA", "CPR LAD"]),
                     note="coronary rendering or curved reformat")]
    if v.startswith("siemens") and g.chance(0.5):
        s.append(ct_recon(g, site, year, None, C, kind="soft", thk=10.0, desc="PreMonitoring", note="bolus monitoring at the aortic root", weight=0.4))
    if g.chance(0.6):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "cardio", desc, "ct_cor", s, "cardiac CT")


def mk_mr_cardiac(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR", lo=2008)
    desc = D(g, site, {"uk": ["MRI Cardiac", "Cardiac MRI with contrast"], "us": ["MRI HEART W/WO CONTRAST", "MRI CARDIAC MORPHOLOGY & FUNCTION"],
                       "au": ["Cardiac MRI"], "de": ["Kardio-MRT", "MRT Herz mit KM"], "fr": ["IRM CARDIAQUE"], "nl": ["MRI hart", "Cardiale MRI"]})
    s = mr_protocol(g, site, year, MR_PROTOCOLS["cardiac"], ["CHEST"], lang=SITES[site], bp=g.pick(["HEART", "CHEST", None]))
    return ct_study(g, site, year, "cardio", desc, "mr_cardiac", s, "cardiac MR: cine and LGE names only")


def mk_cath(g: Gen, site, year=None):
    year = year or year_in(g, site, "XA")
    desc = D(g, site, {"uk": ["Coronary Angiogram", "Left Heart Cath", "Angiogram coronary"], "us": ["LEFT HEART CATH W CORONARY ANGIO", "CARDIAC CATH"],
                       "au": ["Coronary Angiogram"], "de": ["Linksherzkatheter", "Koronarangiographie", "LHK"],
                       "fr": ["CORONAROGRAPHIE", "CORONAROGRAPHIE + VENTRICULOGRAPHIE"], "nl": ["CAG", "Coronairangiografie"]})
    runs = D(g, site, {"uk": [["LCA RAO", "RCA LAO", "LV"]], "us": [["LCA", "RCA", "LV GRAM"]], "au": [["LCA", "RCA"]],
                       "de": [["LCA", "RCA", "Lävokardiographie", "Koro 15 fps"]], "fr": [["CORO G", "CORO D", "VENTRICULOGRAPHIE"]],
                       "nl": [["LCA", "RCA", "LV"]]})
    s = [xa_series(g, site, year, r, ["CHEST"], note="coronary or ventricular run") for r in runs]
    if year >= 2016 and g.chance(0.5):
        s.append(ser({"Modality": "SR", "SOPClassUID": SOP["DOSE"], "SeriesDescription": "Radiation Dose Information",
                      "Manufacturer": s[0]["meta"]["Manufacturer"]}, [], None, "dose SR of the run", 0.3))
    return Study(site, "cardio", year, ris(site, year, desc), s, "cardiac catheterisation: runs named by vessel")


def mk_nm_mpi(g: Gen, site, year=None):
    year = year or year_in(g, site, "NM")
    desc = D(g, site, {"uk": ["NM Myocardial Perfusion", "MPI Stress/Rest"], "us": ["NM MYOCARDIAL PERFUSION SPECT MULT", "NM CARDIAC STRESS/REST"],
                       "au": ["Myocardial Perfusion Scan"], "de": ["Myokardszintigraphie", "Myokard-SPECT Belastung/Ruhe"],
                       "fr": ["SCINTIGRAPHIE MYOCARDIQUE", "TOMOSCINTIGRAPHIE MYOCARDIQUE"], "nl": ["Myocard perfusie scintigrafie"]})
    s = [nm_series(g, site, year, "Stress", ["CHEST"], kind="GATED TOMO", bp="HEART"),
         nm_series(g, site, year, "Rest", ["CHEST"], kind="TOMO", bp="HEART"),
         nm_series(g, site, year, g.pick(["SA", "Stress SA", "HLA", "VLA"]), ["CHEST"], kind="RECON TOMO",
                   note="reconstructed axes of the heart; only the study names it")]
    return Study(site, "cardio", year, ris(site, year, desc), s, "myocardial perfusion SPECT")


# ---------------------------------------------------------------------------------------------
# Abdomen

def mk_ct_ap(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT Abdomen and Pelvis with contrast", "CT Abdo/Pelvis", "CT ABDO PELVIS W CONT"],
                       "us": ["CT ABD/PELVIS W CONTRAST", "CT ABDOMEN/PELVIS W/O CONTRAST", "CT ABD & PELVIS W IV CONTRAST"],
                       "au": ["CT Abdomen & Pelvis", "CT Abdo/Pelvis", "CT Abdomen and Pelvis with contrast"],
                       "de": ["CT Abdomen/Becken mit KM", "CT Abdomen-Becken", "CT Abd./Becken i.v. KM"],
                       "fr": ["TDM ABDOMINO-PELVIENNE", "SCANNER ABDO-PELVIEN INJECTE", "TDM ABDOMEN PELVIS"],
                       "nl": ["CT abdomen/bekken", "CT abdomen en bekken met contrast"]})
    w = D(g, site, {"uk": ["Abdo", "Abdomen", None], "us": ["ABD/PEL", "ABDOMEN", None], "au": ["Abdo", None],
                    "de": ["Abdomen", "Abd/Becken", None], "fr": ["ABDO", "PORTAL", None], "nl": ["Abdomen", None]})
    s = [ct_scout(g, site, year, AP, bp="ABDOMEN"),
         ct_recon(g, site, year, w, AP, kind="soft", bp="ABDOMEN", contrast="IV",
                  note="portal venous phase from diaphragm to symphysis; BodyPartExamined says ABDOMEN only"),
         ct_reformat(g, site, year, "cor", AP, word=w, bp="ABDOMEN")]
    if g.chance(0.3):
        s.append(ct_reformat(g, site, year, "sag", ["LSPINE"], bp="ABDOMEN",
                             desc=D(g, site, {"uk": ["L-Spine Sag", "Sag Lumbar Bone"], "us": ["L-SPINE SAG BONE", "LSPINE SAG"],
                                              "au": ["Lumbar Spine Sag"], "de": ["LWS sag Knochen", "LWS sag"], "fr": ["RACHIS LOMB SAG"],
                                              "nl": ["LWK sag", "LWK sagittaal"]}),
                             note="lumbar spine bone reformat made from the abdominal scan"))
    if year >= 2008 and g.chance(0.6):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "abdo", desc, "ct_ap", s, "CT abdomen and pelvis", desc_over_series=old_over(site, year))


def mk_ct_liver(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT Liver triple phase", "CT Pancreas"], "us": ["CT ABDOMEN W/WO CONTRAST (LIVER)", "CT ABDOMEN 3 PHASE LIVER"],
                       "au": ["CT Liver (triple phase)", "CT Upper Abdomen"], "de": ["CT Leber 3-phasig", "CT Oberbauch", "CT Pankreas"],
                       "fr": ["TDM HEPATIQUE 3 TEMPS", "SCANNER ABDOMINAL (FOIE)", "TDM PANCREAS"], "nl": ["CT lever 3-fasen", "CT bovenbuik"]})
    A = ["ABDOMEN"]
    phases = D(g, site, {"uk": [["Non contrast", "Arterial", "Portal"]], "us": [["NON CON", "ARTERIAL", "PORTAL VENOUS", "DELAYED"]],
                         "au": [["Pre", "Arterial", "Portal"]], "de": [["nativ", "arteriell", "portalvenös"]],
                         "fr": [["SANS INJ", "ARTERIEL", "PORTAL", "TARDIF"]], "nl": [["blanco", "arterieel", "portaal"]]})
    s = [ct_scout(g, site, year, A, bp="ABDOMEN")]
    for ph in phases:
        s.append(ct_recon(g, site, year, None, A, kind="soft", bp="ABDOMEN", desc=ph if g.chance(0.6) else f"{ph} 3mm",
                          note="contrast phase named, region only in the study"))
    return ct_study(g, site, year, "abdo", desc, "ct_liver", s, "multiphase CT of the liver or pancreas (upper abdomen)")


def mk_us_abdomen(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["US Abdomen", "US Upper Abdomen", "US ABDO", "US Liver"], "us": ["US ABDOMEN COMPLETE", "US ABDOMEN LIMITED RUQ", "US GALLBLADDER"],
                       "au": ["US Abdomen", "US Upper Abdomen", "Ultrasound Abdomen"], "de": ["Sono Abdomen", "Oberbauchsonographie", "Abdomensonographie"],
                       "fr": ["ECHOGRAPHIE ABDOMINALE", "ECHO ABDOMEN", "Echographie abdominale"], "nl": ["Echo bovenbuik", "Echo abdomen", "Echo lever/galblaas"]})
    return us_study(g, site, year, desc, ["ABDOMEN"], kind="abd", stratum="abdo", why="abdominal ultrasound",
                    presets=["Abdomen", "ABD", "Liver", "GB"], bp=g.pick([None, None, "ABDOMEN"]), worksheet=g.chance(0.08))


def mk_mr_abdomen(g: Gen, site, year=None, kind=None):
    year = year or year_in(g, site, "MR", lo=2007)
    kind = kind or g.pick(["liver", "mrcp"])
    T = {"liver": {"uk": ["MRI Liver", "MRI Upper Abdomen"], "us": ["MRI ABDOMEN W/WO CONTRAST", "MRI LIVER W/WO"], "au": ["MRI Liver"],
                   "de": ["MRT Leber mit Primovist", "MRT Oberbauch"], "fr": ["IRM HEPATIQUE", "IRM ABDOMINALE"], "nl": ["MRI lever", "MRI bovenbuik"]},
         "mrcp": {"uk": ["MRCP"], "us": ["MRCP W/O CONTRAST", "MRI ABDOMEN MRCP"], "au": ["MRCP"], "de": ["MRCP", "MRT Gallenwege (MRCP)"],
                  "fr": ["BILI-IRM", "IRM DES VOIES BILIAIRES"], "nl": ["MRCP"]}}
    desc = D(g, site, T[kind])
    s = mr_protocol(g, site, year, MR_PROTOCOLS[kind], ["ABDOMEN"], lang=SITES[site], bp=g.pick(["ABDOMEN", None]), drop=0.2)
    return ct_study(g, site, year, "abdo", desc, "mr_abd", s, {"liver": "MR of the liver", "mrcp": "MR cholangiopancreatography"}[kind])


def mk_rf_gi(g: Gen, site, year=None, kind=None):
    year = year or year_in(g, site, "RF")
    kind = kind or g.pick(["swallow", "enema", "sbft", "ercp"])
    T = {"swallow": ({"uk": ["Barium Swallow", "Contrast swallow"], "us": ["ESOPHAGRAM", "BARIUM SWALLOW"], "au": ["Barium Swallow"],
                      "de": ["Breischluck", "Ösophagusbreischluck"], "fr": ["TRANSIT OESOPHAGIEN", "OESOPHAGOGRAMME"], "nl": ["Slikfoto", "Slokdarmfoto"]},
                     ["NECK", "CHEST"], "pharynx and oesophagus"),
         "enema": ({"uk": ["Barium Enema", "Water soluble contrast enema"], "us": ["BARIUM ENEMA DOUBLE CONTRAST", "CONTRAST ENEMA"],
                    "au": ["Barium Enema"], "de": ["Kolon-Kontrasteinlauf", "Kolonkontrasteinlauf"], "fr": ["LAVEMENT BARYTE", "LAVEMENT OPAQUE"],
                    "nl": ["Colon inloop", "Coloninloop"]}, AP, "colon"),
         "sbft": ({"uk": ["Small Bowel Follow Through"], "us": ["SMALL BOWEL SERIES"], "au": ["Small Bowel Follow Through"],
                   "de": ["MDP fraktioniert", "Dünndarm-Passage"], "fr": ["TRANSIT DU GRELE"], "nl": ["Dunne darm passage"]}, AP, "small bowel"),
         "ercp": ({"uk": ["ERCP"], "us": ["ERCP"], "au": ["ERCP"], "de": ["ERCP"], "fr": ["CPRE"], "nl": ["ERCP"]}, ["ABDOMEN"], "bile ducts")}
    table, lab, what = T[kind]
    desc = D(g, site, table)
    s = [rf_series(g, site, year, g.pick([None, "Fluoro", "Spot", "Durchleuchtung" if SITES[site] == "de" else "SCOPIE" if SITES[site] == "fr" else "Fluoro"]),
                   lab, note=f"fluoroscopy of the {what}; only the study names it"),
         rf_series(g, site, year, g.pick(["LAST IMAGE HOLD", "LIH", "Spot 1", None]), lab, spot=True, note=f"spot image of the {what}")]
    return Study(site, "abdo", year, ris(site, year, desc), s, f"fluoroscopy of the {what}")


def mk_ct_colono(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2008)
    desc = D(g, site, {"uk": ["CT Colonography", "CTC"], "us": ["CT COLONOGRAPHY DIAGNOSTIC"], "au": ["CT Colonography"],
                       "de": ["CT-Kolonographie", "virtuelle Koloskopie"], "fr": ["COLOSCANNER", "COLOSCOPIE VIRTUELLE"], "nl": ["CT colografie"]})
    s = [ct_scout(g, site, year, AP, bp="ABDOMEN"),
         ct_recon(g, site, year, None, AP, kind="soft", thk=1.0, bp="ABDOMEN",
                  desc=D(g, site, {"uk": ["Supine", "Prone"], "us": ["SUPINE", "PRONE"], "au": ["Supine", "Prone"], "de": ["Rückenlage", "Bauchlage"],
                                   "fr": ["DECUBITUS", "PROCUBITUS"], "nl": ["Rugligging", "Buikligging"]}),
                  note="patient position only; the study says colonography")]
    return ct_study(g, site, year, "abdo", desc, "ct_colono", s, "CT colonography")


# ---------------------------------------------------------------------------------------------
# Urology and women's imaging

def mk_ct_kub(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    desc = D(g, site, {"uk": ["CT KUB", "CT Urinary Tract (stone)", "CT KUB LOW DOSE"], "us": ["CT ABD/PELVIS W/O CONTRAST (STONE)", "CT RENAL STONE PROTOCOL"],
                       "au": ["CT KUB", "CT Renal Tract"], "de": ["Low-Dose-CT Urolithiasis", "CT Nieren/Harnwege nativ"],
                       "fr": ["TDM ABDOMINO-PELVIENNE SANS INJECTION (COLIQUE NEPHRETIQUE)", "UROSCANNER SANS INJECTION"],
                       "nl": ["CT urolithiasis", "Low dose CT nierstenen"]})
    s = [ct_scout(g, site, year, AP, bp="ABDOMEN"),
         ct_recon(g, site, year, g.pick(["KUB", "Stone", None]), AP, kind="soft", bp=g.pick(["ABDOMEN", "KIDNEY"])),
         ct_reformat(g, site, year, "cor", AP, bp="ABDOMEN")]
    return ct_study(g, site, year, "uro", desc, "ct_kub", s, "CT of kidneys, ureters and bladder: abdomen and pelvis")


def mk_us_renal(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    if g.chance(0.5):
        desc = D(g, site, {"uk": ["US Renal", "US Kidneys"], "us": ["US RENAL COMPLETE", "US KIDNEYS"], "au": ["US Renal", "US Kidneys"],
                           "de": ["Sono Nieren", "Nierensonographie"], "fr": ["ECHOGRAPHIE RENALE"], "nl": ["Echo nieren"]})
        lab, why = ["ABDOMEN"], "renal ultrasound: kidneys only"
    else:
        desc = D(g, site, {"uk": ["US KUB", "US Urinary Tract"], "us": ["US RETROPERITONEAL COMPLETE W BLADDER", "US RENAL AND BLADDER"],
                           "au": ["US Renal Tract", "US Kidneys and Bladder"], "de": ["Sono Nieren und Harnblase", "Sono Harntrakt"],
                           "fr": ["ECHOGRAPHIE RENALE ET VESICALE", "ECHO REINS VESSIE"], "nl": ["Echo nieren en blaas", "Echo urinewegen"]})
        lab, why = AP, "urinary tract ultrasound: kidneys and bladder"
    presets = ["Renal", "Kidney", "RT KIDNEY", "LT KIDNEY"] if lab == ["ABDOMEN"] else \
        [("Renal", ["ABDOMEN"]), ("Kidneys", ["ABDOMEN"]), ("Bladder", ["PELVIS"]), ("Post void", ["PELVIS"])]
    return us_study(g, site, year, desc, lab, kind="renal", stratum="uro", why=why, presets=presets)


def mk_mr_prostate(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR", lo=2010)
    desc = D(g, site, {"uk": ["MRI Prostate", "mpMRI Prostate"], "us": ["MRI PELVIS W/WO CONTRAST (PROSTATE)", "MRI PROSTATE MULTIPARAMETRIC"],
                       "au": ["MRI Prostate"], "de": ["mpMRT Prostata", "MRT Prostata"], "fr": ["IRM PROSTATIQUE", "IRM PROSTATE MULTIPARAMETRIQUE"],
                       "nl": ["MRI prostaat", "mpMRI prostaat"]})
    s = mr_protocol(g, site, year, MR_PROTOCOLS["pelvis"], ["PELVIS"], lang=SITES[site], bp=g.pick(["PROSTATE", "PELVIS", None]), drop=0.2)
    return ct_study(g, site, year, "uro", desc, "mr_prostate", s, "prostate MR")


def mk_us_scrotum(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["US Testes", "US Scrotum"], "us": ["US SCROTUM AND CONTENTS", "US TESTICULAR"], "au": ["US Scrotum", "US Testes"],
                       "de": ["Sono Hoden", "Skrotalsonographie"], "fr": ["ECHOGRAPHIE SCROTALE", "ECHOGRAPHIE TESTICULAIRE"],
                       "nl": ["Echo scrotum", "Echo testis"]})
    return us_study(g, site, year, desc, ["PELVIS"], kind="small", stratum="uro", why="scrotal ultrasound (pelvis by this set's convention)",
                    presets=["Testis", "Scrotum"])


def mk_rf_uro(g: Gen, site, year=None):
    year = year or year_in(g, site, "RF")
    if g.chance(0.5):
        desc = D(g, site, {"uk": ["IVU", "Intravenous Urogram"], "us": ["IVP", "INTRAVENOUS PYELOGRAM"], "au": ["IVP"],
                           "de": ["Ausscheidungsurogramm", "AUG"], "fr": ["UIV", "UROGRAPHIE INTRAVEINEUSE"], "nl": ["IVP", "Intraveneus pyelogram"]})
        lab, what = AP, "urinary tract"
    else:
        desc = D(g, site, {"uk": ["MCUG", "Cystogram"], "us": ["VCUG", "CYSTOGRAM"], "au": ["MCU"], "de": ["MCU", "Miktionszystourethrographie"],
                           "fr": ["CYSTOGRAPHIE RETROGRADE", "CYSTOGRAPHIE MICTIONNELLE"], "nl": ["Mictiecystogram", "MCUG"]})
        lab, what = ["PELVIS"], "bladder and urethra"
    s = [rf_series(g, site, year, g.pick([None, "Fluoro", "Spot"]), lab, note=f"fluoroscopy of the {what}"),
         rf_series(g, site, year, g.pick(["Post void", "Postmiktion", "Full bladder", "15 min", "Spot 2"]), lab, spot=True,
                   note=f"timed or spot image of the {what}")]
    return Study(site, "uro", year, ris(site, year, desc), s, f"contrast study of the {what}")


def mk_us_gyn(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    if g.chance(0.7):
        desc = D(g, site, {"uk": ["US Pelvis", "US Pelvis (TA+TV)", "US Transvaginal"], "us": ["US PELVIS TRANSVAGINAL", "US PELVIS COMPLETE TA/TV"],
                           "au": ["US Pelvis", "US Pelvis TV", "Transvaginal Ultrasound"], "de": ["Vaginalsonographie", "Sono kleines Becken"],
                           "fr": ["ECHOGRAPHIE PELVIENNE ENDOVAGINALE", "ECHOGRAPHIE PELVIENNE"], "nl": ["Echo kleine bekken", "Echo kleine bekken TV"]})
        why = "pelvic ultrasound"
        presets = ["GYN", "Uterus", "TV", "Ovaries"]
    else:
        desc = D(g, site, {"uk": ["US Early Pregnancy", "US Dating Scan"], "us": ["US OB < 14 WKS TRANSVAGINAL", "US OB FIRST TRIMESTER"],
                           "au": ["US Obstetric 12 week nuchal", "US Early Pregnancy"], "de": ["Sono Frühschwangerschaft"],
                           "fr": ["ECHOGRAPHIE DU 1ER TRIMESTRE", "ECHOGRAPHIE DE DATATION"], "nl": ["Termijnecho", "Echo vroege zwangerschap"]})
        why = "first-trimester obstetric ultrasound: the uterus, pelvis"
        presets = ["OB 1st", "CRL", "Early OB"]
    return us_study(g, site, year, desc, ["PELVIS"], kind="gyn", stratum="womens", why=why, presets=presets)


def mk_hsg(g: Gen, site, year=None):
    year = year or year_in(g, site, "RF")
    desc = D(g, site, {"uk": ["HSG", "Hysterosalpingogram"], "us": ["HYSTEROSALPINGOGRAM"], "au": ["HSG"], "de": ["Hysterosalpingographie", "HSG"],
                       "fr": ["HYSTEROSALPINGOGRAPHIE", "HSG"], "nl": ["HSG"]})
    s = [rf_series(g, site, year, g.pick([None, "Fluoro"]), ["PELVIS"], note="fluoroscopy of uterus and tubes"),
         rf_series(g, site, year, g.pick(["Spot", "Cliché 1", "Spot 3"]), ["PELVIS"], spot=True, note="spot image of uterus and tubes")]
    return Study(site, "womens", year, ris(site, year, desc), s, "hysterosalpingography")


def mk_mr_pelvis_f(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR")
    desc = D(g, site, {"uk": ["MRI Pelvis", "MRI Pelvis (gynae)"], "us": ["MRI PELVIS W/WO CONTRAST"], "au": ["MRI Pelvis"],
                       "de": ["MRT Becken", "MRT kleines Becken mit KM"], "fr": ["IRM PELVIENNE", "IRM PELVIENNE (ENDOMETRIOSE)"],
                       "nl": ["MRI kleine bekken", "MRI bekken"]})
    s = mr_protocol(g, site, year, MR_PROTOCOLS["pelvis"], ["PELVIS"], lang=SITES[site], bp=g.pick(["PELVIS", None]), drop=0.3)
    return ct_study(g, site, year, "womens", desc, "mr_pelvis", s, "female pelvic MR")


# ---------------------------------------------------------------------------------------------
# Breast

def mk_mg(g: Gen, site, year=None, kind=None):
    year = year or year_in(g, site, "MG")
    kind = kind or g.pick(["screen", "screen", "diag"])
    v = scanner(site, "MG", year)[0]
    if kind == "screen":
        desc = D(g, site, {"uk": ["Mammogram bilateral", "MAMMO BILATERAL", "Mammography both breasts", "Symptomatic mammography"],
                           "us": ["MAMMO SCREENING BILAT DIGITAL", "SCREENING MAMMOGRAM BILAT W CAD", "MAMMO SCREEN BILAT W TOMO"],
                           "au": ["Bilateral Mammogram", "Mammogram Bilateral", "Mammography Bilateral"],
                           "de": ["Mammographie bds.", "Mammographie beidseits in 2 Ebenen", "Mammographie bds. cc/mlo"],
                           "fr": ["MAMMOGRAPHIE BILATERALE", "MAMMOGRAPHIE DE DEPISTAGE", "MAMMOGRAPHIE 2 INCIDENCES BILATERALE"],
                           "nl": ["Mammografie bdz", "Mammografie beiderzijds", "Mammografie"]})
        sides = ["R", "L"]
        views = ["CC", "MLO"]
    else:
        side = g.pick("LR")
        sw = side_word(g, DIALECT[site], side, fem=True)
        desc = {"uk": f"Mammogram {sw}", "us": f"MAMMO DIAGNOSTIC UNILAT {sw}", "au": f"{sw} Mammogram",
                "de": f"Mammographie {sw}", "fr": f"MAMMOGRAPHIE SEIN {sw}", "nl": f"Mammografie {sw}"}[DIALECT[site]]
        sides = [side]
        views = ["CC", "MLO"] + ([g.pick(["ML", "XCCL", "LM"])] if g.chance(0.5) else [])
    s = []
    if v == "ge" and year <= 2010 and kind == "screen" and g.chance(0.5):
        man, model = scanner(site, "MG", year)[1:]
        s.append(ser({"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": man, "ManufacturerModelName": model,
                      "SeriesDescription": g.pick(["Mammography", "MAMMO", None]), "BodyPartExamined": "BREAST",
                      "ImageType": ["ORIGINAL", "PRIMARY"]}, ["BREAST"], "B", "one series holding the views of both breasts"))
    else:
        for sd in sides:
            for vw in views:
                s.append(mg_series(g, site, year, sd, vw))
    modern_tomo = (v == "hologic" and year >= 2015) or (v == "ge" and year >= 2017) or (v == "siemens" and year >= 2016)
    if modern_tomo and g.chance(0.6):
        sd = g.pick(sides)
        s.append(mg_series(g, site, year, sd, g.pick(["CC", "MLO"]), tomo=True))
        if v == "hologic":
            s.append(mg_series(g, site, year, sd, g.pick(["CC", "MLO"]), cview=True))
    if year >= 2006 and site in ("us-comm", "uk-dgh") and kind == "screen" and g.chance(0.5):
        man, model = DEVICES["r2"] if year < 2012 else ("HOLOGIC, Inc.", "ImageChecker CAD")
        s.append(ser({"Modality": "SR", "SOPClassUID": SOP["MCAD"], "Manufacturer": man, "ManufacturerModelName": model,
                      "SeriesDescription": g.pick(["CAD", "ImageChecker CAD", "Mammography CAD SR"])}, [], None,
                     "CAD structured report: marks, no image", 0.3))
    st = ct_study(g, site, year, "breast", desc, "mg_screen" if kind == "screen" else "mg_diag", s, f"mammography ({kind})")
    return st


def mk_us_breast(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    side = g.pick(["L", "R", "L", "R", "B"])
    sw = side_word(g, DIALECT[site], side, fem=True)
    desc = {"uk": f"US Breast {sw}", "us": g.pick([f"US BREAST {sw} LIMITED", f"US BREAST COMPLETE {sw}"]), "au": f"US {sw} Breast",
            "de": g.pick([f"Mammasonographie {sw}", f"Sono Mamma {sw}"]), "fr": g.pick([f"ECHOGRAPHIE MAMMAIRE {sw}", f"ECHOGRAPHIE DU SEIN {sw}"]),
            "nl": g.pick([f"Echo mamma {sw}", f"Echo borst {sw}"])}[DIALECT[site]]
    presets = None
    if side in "LR" and g.chance(0.5):
        e = {"L": "LT", "R": "RT"}[side]
        presets = [f"{e} BREAST {g.pick(['10:00', '2:00', '12:00', '3:00'])} {g.pick(['2', '3', '4'])}CMFN", f"{e} BR AXILLA", "Breast"]
    return us_study(g, site, year, desc, ["BREAST"], side, kind="breast", stratum="breast",
                    why="breast ultrasound" + (" of both breasts in one series" if side == "B" else ""), presets=presets)


def mk_mr_breast(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR", lo=2006)
    desc = D(g, site, {"uk": ["MRI Breasts", "MRI Breast Bilateral"], "us": ["MRI BREAST BILAT W/WO CONTRAST", "MRI BREAST BILATERAL"],
                       "au": ["MRI Breasts", "MRI Breast"], "de": ["MR-Mammographie", "MRT Mamma bds. mit KM", "MRM"],
                       "fr": ["IRM MAMMAIRE", "IRM MAMMAIRE BILATERALE"], "nl": ["MRI mammae", "MRI borsten"]})
    s = mr_protocol(g, site, year, MR_PROTOCOLS["breast"], ["BREAST"], "B", lang=SITES[site], bp=g.pick(["BREAST", None]), drop=0.2)
    return ct_study(g, site, year, "breast", desc, "mr_breast", s, "breast MR: both breasts in every series")


def mk_mg_biopsy(g: Gen, site, year=None):
    year = year or year_in(g, site, "MG")
    side = g.pick("LR")
    sw = side_word(g, DIALECT[site], side, fem=True)
    desc = {"uk": f"Stereotactic Biopsy Breast {sw}", "us": f"MAMMO STEREO BIOPSY {sw}", "au": f"Stereotactic Biopsy {sw} Breast",
            "de": f"Stereotaktische Vakuumbiopsie Mamma {sw}", "fr": f"MACROBIOPSIE SOUS STEREOTAXIE SEIN {sw}",
            "nl": f"Stereotactische biopsie mamma {sw}"}[DIALECT[site]]
    s = [mg_series(g, site, year, side, "CC", desc=g.pick(["Scout", "Stereo Scout", "Scout 0°"]), note="biopsy scout of one breast"),
         mg_series(g, site, year, side, "CC", desc=g.pick(["Stereo +15", "Stereo -15", "Stereo Pair"]), note="stereo pair of one breast"),
         mg_series(g, site, year, side, "CC", desc=D(g, site, {"uk": ["Specimen"], "us": ["SPECIMEN"], "au": ["Specimen"], "de": ["Präparat", "Präparatradiographie"],
                                                            "fr": ["RADIO PIECE", "PRELEVEMENTS"], "nl": ["Preparaat"]}),
                   note="specimen radiograph of breast tissue from one side", weight=0.6)]
    return ct_study(g, site, year, "breast", desc, "mg_diag", s, "stereotactic breast biopsy")


def mk_mg_film(g: Gen, site, year=None):
    """Film mammograms scanned into the first PACS (priors from before the digital unit)."""
    year = year or g.r.randint(2004, 2007)
    man, model = DEVICES[g.pick(["vidar", "lumisys"])]
    desc = D(g, site, {"uk": ["OUTSIDE MAMMO FILMS", "MAMMO FILM SCAN"], "us": ["OUTSIDE FILMS MAMMO", "MAMMO PRIOR FILMS DIGITIZED"],
                       "au": ["Mammogram (film)"], "de": ["Fremdaufnahmen Mammographie"], "fr": ["MAMMOGRAPHIE FILMS EXTERIEURS"],
                       "nl": ["Mammografie (gescande films)"]})
    s = []
    for sd in "RL":
        for vw in ("CC", "MLO"):
            s.append(ser({"Modality": g.pick(["MG", "OT"]), "SOPClassUID": SOP["SC"], "Manufacturer": man, "ManufacturerModelName": model,
                          "SeriesDescription": g.pick([f"{sd} {vw}", f"{sd}{vw}", f"{vw} {'RT' if sd == 'R' else 'LT'}"]),
                          "ImageType": ["DERIVED", "SECONDARY"]}, ["BREAST"], sd, "digitised film of one breast view"))
    return Study(site, "breast", year, ris(site, year, desc), s, "digitised film mammograms")


# ---------------------------------------------------------------------------------------------
# Musculoskeletal

LIMB_WEIGHTS = [("knee", 9), ("ankle", 8), ("wrist", 7), ("hand", 6), ("shoulder", 7), ("foot", 6), ("hip", 6), ("elbow", 4),
                ("finger", 3), ("thumb", 2), ("scaphoid", 3), ("forearm", 4), ("tibfib", 3), ("femur", 3), ("humerus", 4),
                ("clavicle", 3), ("acj", 1), ("calcaneus", 2), ("toe", 2)]


def weighted(g: Gen, items):
    total = sum(w for _, w in items)
    x = g.r.random() * total
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def mk_xr_limb(g: Gen, site, year=None, part=None):
    year = year or year_in(g, site, "XR")
    part = part or weighted(g, LIMB_WEIGHTS)
    v, _, model = scanner(site, "XR", year)
    stale = v in ("kodak", "fuji", "agfa") and not model.startswith("FDR") and g.chance(0.2)
    return xr_study(g, site, year, part, stratum="msk", stale_bp=stale, why=f"radiograph of one {PARTS[part][2].lower()}")


def mk_xr_axial(g: Gen, site, year=None, part=None):
    year = year or year_in(g, site, "XR")
    part = part or g.pick(["pelvis", "pelvis", "skull", "sinus", "nasal", "facial", "ribs", "sternum", "neck", "abdomen", "abdomen", "sacrum", "sij"])
    stratum = {"skull": "headneck", "sinus": "headneck", "nasal": "headneck", "facial": "headneck", "neck": "headneck",
               "ribs": "chest", "sternum": "chest", "abdomen": "abdo", "sij": "spine", "sacrum": "spine"}.get(part, "msk")
    side = g.pick("LR") if part == "ribs" else None
    desc = None
    if side:
        desc = ris(site, year, xr_desc(g, DIALECT[site], "ribs", side, 2))
    st = xr_study(g, site, year, part, stratum=stratum, desc=desc,
                  why="rib radiograph: a side word on the chest is not a laterality" if side else f"radiograph of the {PARTS[part][2].lower()}")
    return st


def mk_xr_bilateral(g: Gen, site, year=None):
    """Both sides on one image (standing knees, both hands) or as separate side views."""
    year = year or year_in(g, site, "XR")
    part = g.pick(["knee", "hand", "foot", "hip", "knee"])
    dialect = DIALECT[site]
    noun = part_noun(part, dialect)
    sw = side_word(g, dialect, "B", fem=PARTS[part][4][1])
    if part == "knee":
        desc = {"uk": "XR Both Knees Standing", "us": "XR KNEES BILAT STANDING AP", "au": "XR Bilateral Knees Weight Bearing",
                "de": "Knie bds. a.p. im Stehen", "fr": "RADIO DES 2 GENOUX EN CHARGE", "nl": "X-knieën staand bdz"}[dialect]
    elif part == "hip":
        desc = {"uk": "XR Pelvis and both hips", "us": "XR HIPS BILAT W PELVIS", "au": "XR Pelvis & Both Hips",
                "de": "Beckenübersicht + Hüften bds.", "fr": "BASSIN + 2 HANCHES", "nl": "X-bekken + heupen bdz"}[dialect]
    else:
        pl = {"Hand": "Hands", "Foot": "Feet", "HAND": "HANDS", "FOOT": "FEET"}.get(noun, noun)
        desc = {"uk": f"XR {pl} {sw}", "us": f"XR {pl.upper()} {sw}", "au": f"XR {sw} {pl}", "de": f"{noun} {sw}",
                "fr": f"RADIO {'DES 2 MAINS' if part == 'hand' else 'DES 2 PIEDS'}", "nl": f"X-{'handen' if part == 'hand' else 'voeten'} {sw}"}[dialect]
    labels = PARTS[part][0] + (["PELVIS"] if part == "hip" else [])
    s = [xr_view_series(g, site, year, part, "AP" if part in ("knee", "hip") else "PA" if part == "hand" else "DP", "B", labels, "B",
                        dialect=dialect, note="one image of both sides")]
    for sd in "RL":
        if g.chance(0.6):
            s.append(xr_view_series(g, site, year, part, "LAT" if part == "knee" else "FROG" if part == "hip" else "OBL", sd,
                                    PARTS[part][0], sd, dialect=dialect, series_side_p=0.9, tag_p=0.5, note="one side's view"))
    return Study(site, "msk", year, ris(site, year, desc), s, f"bilateral {PARTS[part][2].lower()} radiographs")


def mk_longleg(g: Gen, site, year=None):
    year = year or year_in(g, site, "XR", lo=2008)
    desc = D(g, site, {"uk": ["XR Long Leg Alignment", "XR Leg length standing"], "us": ["XR LOWER EXTREMITY BILAT STANDING ALIGNMENT", "XR SCANOGRAM BILAT LOWER EXT"],
                       "au": ["XR Long Leg Alignment Views", "XR Leg Length"], "de": ["Ganzbeinstandaufnahme bds.", "Ganzbein a.p. im Stand"],
                       "fr": ["PANGONOGRAMME", "GONIOMETRIE DES MEMBRES INFERIEURS"], "nl": ["Beenlengte-opname staand", "X-benen staand (as)"]})
    v, man, model = scanner(site, "XR", year)
    mod = "CR" if v in ("kodak", "fuji", "agfa") and not model.startswith("FDR") else "DX"
    s = [ser({"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": man, "ManufacturerModelName": model,
              "SeriesDescription": g.pick(["Stitched", "Long Leg AP", "LEG LENGTH", "Composed", "Ganzbein" if SITES[site] == "de" else "Long Leg"]),
              "BodyPartExamined": g.pick(["LEG", "LOWER LIMB", "EXTREMITY", None]), "ViewPosition": "AP",
              "ImageType": ["DERIVED", "PRIMARY", "STITCHED"] if mod == "DX" else None},
             LONGLEG, "B", "stitched standing image of both legs, hip to ankle")]
    return Study(site, "msk", year, ris(site, year, desc), s, "long-leg alignment radiograph: both legs, hip to ankle")


def mk_boneage(g: Gen, site, year=None):
    year = year or year_in(g, site, "XR")
    desc = D(g, site, {"uk": ["XR Bone Age (Left hand)", "XR Hand Lt Bone Age"], "us": ["XR BONE AGE LT HAND", "BONE AGE STUDY LEFT"],
                       "au": ["XR Bone Age Left Hand"], "de": ["Handskelett li. (Knochenalter)", "Knochenalter Hand links"],
                       "fr": ["AGE OSSEUX MAIN GAUCHE", "AGE OSSEUX (MAIN G)"], "nl": ["Botleeftijd hand links", "X-hand links (skeletleeftijd)"]})
    s = [xr_view_series(g, site, year, "hand", "PA", "L", ["HAND"], "L", dialect=DIALECT[site], note="left hand for bone age")]
    return Study(site, "msk", year, ris(site, year, desc), s, "bone age: left hand")


def mk_rheum(g: Gen, site, year=None):
    year = year or year_in(g, site, "XR")
    desc = D(g, site, {"uk": ["XR Hands and Feet", "XR Both Hands and Feet"], "us": ["XR HANDS AND FEET BILAT (RA)"], "au": ["XR Hands & Feet"],
                       "de": ["Hände und Vorfüße bds.", "Hand/Fuß bds. (Rheuma)"], "fr": ["MAINS ET PIEDS FACE", "RADIO MAINS + PIEDS (BILAN PR)"],
                       "nl": ["X-handen en voeten", "X-handen + voorvoeten bdz"]})
    dialect = DIALECT[site]
    s = [xr_view_series(g, site, year, "hand", "PA", "B", ["HAND"], "B", dialect=dialect, note="both hands on one plate"),
         xr_view_series(g, site, year, "foot", "DP", "B", ["FOOT"], "B", dialect=dialect, note="both forefeet on one plate")]
    return Study(site, "msk", year, ris(site, year, desc), s, "rheumatology hands and feet")


MR_JOINT = {"knee": "knee", "shoulder": "shoulder", "hip": "joint", "ankle": "joint", "wrist": "joint", "elbow": "joint",
            "foot": "joint", "hand": "joint", "femur": "joint", "forearm": "joint"}


def mk_mr_joint(g: Gen, site, year=None, part=None):
    year = year or year_in(g, site, "MR")
    part = part or weighted(g, [("knee", 10), ("shoulder", 6), ("hip", 3), ("ankle", 3), ("wrist", 2), ("elbow", 1), ("foot", 1),
                                ("hand", 1), ("femur", 1)])
    side = g.pick("LR")
    dialect = DIALECT[site]
    noun = part_noun(part, dialect)
    fem = PARTS[part][4][1]
    sw = side_word(g, dialect, side, fem)
    art = {"EPAULE": "DE L'EPAULE", "HANCHE": "DE LA HANCHE", "CHEVILLE": "DE LA CHEVILLE", "GENOU": "DU GENOU", "POIGNET": "DU POIGNET",
           "COUDE": "DU COUDE", "PIED": "DU PIED", "MAIN": "DE LA MAIN", "FEMUR": "DU FEMUR"}
    desc = {"uk": g.pick([f"MRI {noun} {sw}", f"MR {noun.upper()} {sw.upper()}"]),
            "us": g.pick([f"MRI {noun} {sw} W/O CONTRAST", f"MRI {sw} {noun} WO"]),
            "au": g.pick([f"MRI {sw} {noun}", f"MRI {noun} {sw}"]),
            "de": g.pick([f"MRT {noun} {sw}", f"MRT {noun} {sw} nativ"]),
            "fr": g.pick([f"IRM {art.get(noun, noun)} {sw}", f"IRM {noun} {sw}"]),
            "nl": g.pick([f"MRI {noun} {sw}", f"MRI {noun} {sw}"])}[dialect]
    if part == "femur":
        desc = {"uk": f"MRI Thigh {sw}", "us": f"MRI FEMUR {sw} W/WO", "au": f"MRI {sw} Thigh", "de": f"MRT Oberschenkel {sw}",
                "fr": f"IRM DE LA CUISSE {side_word(g, 'fr', side, True)}", "nl": f"MRI bovenbeen {sw}"}[dialect]
    labels = PARTS[part][0]
    s = mr_protocol(g, site, year, MR_PROTOCOLS[MR_JOINT[part]], labels, side, lang=SITES[site],
                    bp=g.pick([PARTS[part][6], "EXTREMITY", None]), drop=0.3)
    key = {"knee": "mr_knee", "shoulder": "mr_shoulder"}.get(part, "mr_joint")
    return ct_study(g, site, year, "msk", desc, key, s, f"MR of one {PARTS[part][2].lower()}: sequence names carry no side",
                    desc_over_series=old_over(site, year))


def mk_mr_arthro(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR", lo=2006)
    part = g.pick(["shoulder", "shoulder", "hip", "wrist"])
    side = g.pick("LR")
    dialect = DIALECT[site]
    sw = side_word(g, dialect, side, PARTS[part][4][1])
    noun = part_noun(part, dialect)
    desc = {"uk": f"MR Arthrogram {noun} {sw}", "us": f"MR ARTHROGRAM {noun} {sw}", "au": f"MR Arthrogram {sw} {noun}",
            "de": f"MR-Arthrographie {noun} {sw}", "fr": f"ARTHRO-IRM {noun} {sw}", "nl": f"MR-artrografie {noun} {sw}"}[dialect]
    labels = PARTS[part][0]
    s = [rf_series(g, site, year, g.pick([None, "Arthro", "Injection", "Punktion" if SITES[site] == "de" else "Injection"]), labels, side,
                   note="fluoroscopic joint injection before the MR")]
    s += mr_protocol(g, site, year, [("LOC", "", 0, 0), ("T1", "cor", 1, 0), ("T1", "tra", 1, 0), ("PD", "cor", 1, 0)], labels, side,
                     lang=SITES[site], bp=PARTS[part][6])
    return ct_study(g, site, year, "msk", desc, "mr_joint", s, "MR arthrogram with its fluoroscopic injection")


def mk_ct_limb(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    part = g.pick(["wrist", "scaphoid", "ankle", "calcaneus", "knee", "foot", "shoulder", "elbow", "hip"])
    side = g.pick("LR")
    dialect = DIALECT[site]
    sw = side_word(g, dialect, side, PARTS[part][4][1])
    noun = part_noun(part, dialect)
    desc = {"uk": f"CT {noun} {sw}", "us": f"CT {noun} {sw} W/O CONTRAST", "au": f"CT {sw} {noun}", "de": f"CT {noun} {sw}",
            "fr": f"TDM {noun} {sw}", "nl": f"CT {noun} {sw}"}[dialect]
    labels = PARTS[part][0]
    w = {"de": "Extremität", "fr": None, "nl": None}.get(dialect, g.pick(["Extremity", None]))
    s = [ct_scout(g, site, year, labels, side, bp=g.pick([PARTS[part][6], "EXTREMITY"])),
         ct_recon(g, site, year, w, labels, side, kind="bone", bp="EXTREMITY",
                  note="bone reconstruction; BodyPartExamined says only EXTREMITY"),
         ct_reformat(g, site, year, g.pick(["cor", "sag"]), labels, side, bp="EXTREMITY"),
         ct_reformat(g, site, year, "ax", labels, side, vr=True)]
    return ct_study(g, site, year, "msk", desc, "ct_limb", s, "CT of one limb joint: the side only in the study")


def mk_us_msk(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    part, labels = g.pick([("shoulder", ["SHOULDER"]), ("shoulder", ["SHOULDER"]), ("achilles", ["ANKLE"]), ("hand", ["HAND"]),
                           ("elbow", ["ELBOW"]), ("hip", ["HIP"]), ("knee", ["KNEE"]), ("wrist", ["WRIST"])])
    side = g.pick("LR")
    dialect = DIALECT[site]
    if part == "achilles":
        sw = side_word(g, dialect, side, True)
        desc = {"uk": f"US Achilles Tendon {sw}", "us": f"US ACHILLES TENDON {sw}", "au": f"US {sw} Achilles Tendon",
                "de": f"Sono Achillessehne {sw}", "fr": f"ECHOGRAPHIE DU TENDON D'ACHILLE {sw}", "nl": f"Echo achillespees {sw}"}[dialect]
    else:
        noun = part_noun(part, dialect)
        sw = side_word(g, dialect, side, PARTS[part][4][1])
        desc = {"uk": f"US {noun} {sw}", "us": f"US {noun} {sw} LIMITED", "au": f"US {sw} {noun}", "de": f"Sono {noun} {sw}",
                "fr": f"ECHOGRAPHIE {noun} {sw}", "nl": f"Echo {noun} {sw}"}[dialect]
    presets = {"shoulder": ["Shoulder", "Supraspinatus", "Biceps LH"], "achilles": ["Achilles", "Tendon"], "hand": ["Hand", "Lump"],
               "elbow": ["Elbow", "CET"], "hip": ["Hip", "Joint effusion"], "knee": ["Knee", "Baker cyst"], "wrist": ["Wrist", "Ganglion"]}[part]
    return us_study(g, site, year, desc, labels, side, kind="msk", stratum="msk",
                    why="musculoskeletal ultrasound: the side only in the study", presets=presets)


# ---------------------------------------------------------------------------------------------
# Spine

def mk_xr_spine(g: Gen, site, year=None):
    year = year or year_in(g, site, "XR")
    part = g.pick(["cspine", "lspine", "lspine", "tspine", "wspine", "cspine"])
    return xr_study(g, site, year, part, stratum="spine", why=f"radiograph of the {PARTS[part][2].lower()}")


def mk_mr_spine(g: Gen, site, year=None, kind=None):
    year = year or year_in(g, site, "MR")
    kind = kind or g.pick(["lspine", "lspine", "lspine", "cspine", "cspine", "tspine", "whole"])
    T = {"lspine": {"uk": ["MRI Lumbar Spine", "MRI L-SPINE", "MR LUMBAR SPINE"], "us": ["MRI LUMBAR SPINE W/O CONTRAST", "MRI L-SPINE WO", "MR LSPINE W/WO CONTRAST"],
                    "au": ["MRI Lumbar Spine", "MRI Lumbosacral Spine"], "de": ["MRT LWS", "MRT LWS nativ", "MRT Lendenwirbelsäule"],
                    "fr": ["IRM RACHIS LOMBAIRE", "IRM LOMBAIRE", "IRM du rachis lombaire"], "nl": ["MRI LWK", "MRI lumbale wervelkolom"]},
         "cspine": {"uk": ["MRI Cervical Spine", "MRI C-SPINE"], "us": ["MRI CERVICAL SPINE W/O CONTRAST", "MRI C-SPINE WO"],
                    "au": ["MRI Cervical Spine"], "de": ["MRT HWS", "MRT Halswirbelsäule"], "fr": ["IRM RACHIS CERVICAL", "IRM CERVICALE (RACHIS)"],
                    "nl": ["MRI CWK", "MRI cervicale wervelkolom"]},
         "tspine": {"uk": ["MRI Thoracic Spine"], "us": ["MRI THORACIC SPINE W/O CONTRAST"], "au": ["MRI Thoracic Spine"],
                    "de": ["MRT BWS"], "fr": ["IRM RACHIS DORSAL"], "nl": ["MRI TWK", "MRI thoracale wervelkolom"]},
         "whole": {"uk": ["MRI Whole Spine", "MRI Whole Spine (cord compression)"], "us": ["MRI SPINE COMPLETE W/O", "MRI C/T/L SPINE WO"],
                   "au": ["MRI Whole Spine"], "de": ["MRT Ganzwirbelsäule", "MRT GWS"], "fr": ["IRM PANRACHIDIENNE", "IRM DU RACHIS ENTIER"],
                   "nl": ["MRI totale wervelkolom", "MRI gehele wervelkolom"]}}
    desc = D(g, site, T[kind])
    if kind == "whole":
        v = scanner(site, "MR", year)[0]
        st = {"siemens": [("t2_tse_sag_HWS", ["CSPINE"]), ("t2_tse_sag_BWS", ["TSPINE"]), ("t2_tse_sag_LWS", ["LSPINE"]),
                          ("t2_tse_sag_COMPOSED", WSPINE), ("t1_tse_sag_COMPOSED", WSPINE)],
              "ge": [("SAG T2 CERVICAL", ["CSPINE"]), ("SAG T2 THORACIC", ["TSPINE"]), ("SAG T2 LUMBAR", ["LSPINE"]), ("SAG T2 COMPOSED", WSPINE)],
              "philips": [("T2W_TSE_SAG CWK" if SITES[site] == "nl" else "T2W_TSE_SAG C", ["CSPINE"]),
                          ("T2W_TSE_SAG TWK" if SITES[site] == "nl" else "T2W_TSE_SAG T", ["TSPINE"]),
                          ("T2W_TSE_SAG LWK" if SITES[site] == "nl" else "T2W_TSE_SAG L", ["LSPINE"]), ("T2W_TSE_SAG MobiView", WSPINE)],
              "hitachi": [("T2W FSE SAG C", ["CSPINE"]), ("T2W FSE SAG T", ["TSPINE"]), ("T2W FSE SAG L", ["LSPINE"])]}[v]
        s = [mr_series(g, site, year, "LOC", "", WSPINE, lang=SITES[site], weight=0.6)]
        for name, lab in st:
            s.append(mr_series(g, site, year, "T2", "sag", lab, desc=name, lang=SITES[site], bp="SPINE",
                               note="composed whole-spine image" if len(lab) == 3 else "one station of the whole spine (station name only)"))
        s += [mr_series(g, site, year, "STIR", "sag", WSPINE, lang=SITES[site], bp="SPINE",
                        desc={"siemens": "t2_tirm_sag_COMPOSED", "ge": "SAG STIR COMPOSED", "philips": "STIR_SAG MobiView", "hitachi": "STIR SAG"}[v])]
    else:
        s = mr_protocol(g, site, year, MR_PROTOCOLS[kind], [{"lspine": "LSPINE", "cspine": "CSPINE", "tspine": "TSPINE"}[kind]],
                        lang=SITES[site], bp=g.pick([{"lspine": "LSPINE", "cspine": "CSPINE", "tspine": "TSPINE"}[kind], "SPINE", None]), drop=0.25)
    key = {"lspine": "mr_lspine", "cspine": "mr_cspine", "tspine": "mr_tspine", "whole": "mr_whole"}[kind]
    return ct_study(g, site, year, "spine", desc, key, s, {"lspine": "MR of the lumbar spine", "cspine": "MR of the cervical spine",
                                                          "tspine": "MR of the thoracic spine", "whole": "MR of the whole spine"}[kind],
                    desc_over_series=old_over(site, year) and kind != "whole")


def mk_ct_spine(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    kind = g.pick(["lspine", "lspine", "cspine", "tspine"])
    T = {"lspine": {"uk": ["CT Lumbar Spine"], "us": ["CT LUMBAR SPINE W/O CONTRAST", "CT L-SPINE WO"], "au": ["CT Lumbar Spine", "CT LS Spine", "CT L/S Spine"],
                    "de": ["CT LWS", "CT LWS nativ"], "fr": ["TDM RACHIS LOMBAIRE", "SCANNER LOMBAIRE"], "nl": ["CT LWK"]},
         "cspine": {"uk": ["CT Cervical Spine", "CT C-Spine"], "us": ["CT CERVICAL SPINE W/O CONTRAST"], "au": ["CT Cervical Spine"],
                    "de": ["CT HWS"], "fr": ["TDM RACHIS CERVICAL"], "nl": ["CT CWK"]},
         "tspine": {"uk": ["CT Thoracic Spine"], "us": ["CT THORACIC SPINE W/O"], "au": ["CT Thoracic Spine"], "de": ["CT BWS"],
                    "fr": ["TDM RACHIS DORSAL"], "nl": ["CT TWK"]}}
    desc = D(g, site, T[kind])
    lab = [{"lspine": "LSPINE", "cspine": "CSPINE", "tspine": "TSPINE"}[kind]]
    w = D(g, site, {"uk": ["Spine", None], "us": ["SPINE", None], "au": ["Spine", None], "de": ["Spine", "WS"], "fr": ["RACHIS", None], "nl": ["Spine", None]})
    s = [ct_scout(g, site, year, lab, bp="SPINE"), ct_recon(g, site, year, w, lab, kind="bone", bp=g.pick(["SPINE", lab[0]])),
         ct_recon(g, site, year, w, lab, kind="soft", bp="SPINE"), ct_reformat(g, site, year, "sag", lab, word=w, bp="SPINE")]
    key = {"lspine": "ct_lspine", "cspine": "ct_cspine", "tspine": "ct_tspine"}[kind]
    return ct_study(g, site, year, "spine", desc, key, s, {"lspine": "CT of the lumbar spine", "cspine": "CT of the cervical spine",
                                                        "tspine": "CT of the thoracic spine"}[kind], desc_over_series=old_over(site, year))


def mk_ct_guided(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT")
    lvl = g.pick(["L4/5", "L5/S1", "L3/4"])
    desc = D(g, site, {"uk": [f"CT Guided Facet Joint Injection {lvl}"], "us": [f"CT GUIDED INJECTION FACET {lvl}", "CT GUIDANCE NEEDLE PLACEMENT (SPINE)"],
                       "au": [f"CT Guided {lvl} Facet Joint Injection", f"CT Guided Nerve Root Block {lvl}", "CT Guided Epidural Injection"],
                       "de": [f"CT-gesteuerte PRT {lvl}", f"CT-gesteuerte Facetteninfiltration {lvl}"],
                       "fr": [f"INFILTRATION FACETTAIRE SOUS SCANNER {lvl}", f"INFILTRATION FORAMINALE SCANNOGUIDEE {lvl}"],
                       "nl": [f"CT-geleide facetinfiltratie {lvl}"]})
    L = ["LSPINE"]
    s = [ct_scout(g, site, year, L, bp="LSPINE"),
         ct_recon(g, site, year, None, L, kind="soft", thk=3.0, bp="LSPINE",
                  desc=g.pick(["Needle", "Intervention", "Guidance 3mm", "Biopsy", "Punktion" if SITES[site] == "de" else "Needle check"]),
                  note="needle check slices at the lumbar level named in the study")]
    return ct_study(g, site, year, "spine", desc, "ct_guided", s, "CT-guided lumbar spinal injection")


def mk_myelo(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", hi=2014)
    desc = D(g, site, {"uk": ["Lumbar Myelogram + CT"], "us": ["MYELOGRAM LUMBAR W CT"], "au": ["Lumbar Myelogram + CT"],
                       "de": ["Myelographie lumbal + Myelo-CT", "Lumbale Myelographie"], "fr": ["SACCORADICULOGRAPHIE + SCANNER", "MYELOGRAPHIE LOMBAIRE"],
                       "nl": ["Lumbale myelografie + CT"]})
    L = ["LSPINE"]
    s = [rf_series(g, site, year, g.pick([None, "Myelo", "Myelographie" if SITES[site] == "de" else "Myelo"]), L, note="myelography runs of the lumbar canal"),
         ct_recon(g, site, year, g.pick(["Myelo", None]), L, kind="bone", bp="LSPINE", note="post-myelographic CT of the lumbar spine"),
         ct_reformat(g, site, year, "sag", L, bp="LSPINE")]
    return ct_study(g, site, year, "spine", desc, "myelo", s, "lumbar myelography with CT")


# ---------------------------------------------------------------------------------------------
# Oncology and whole-body

def pt_series(g: Gen, site, year, desc, labels, *, note="", bp=None, weight=1.0, itype=None):
    _, man, model = scanner(site, "PT", year)
    meta = {"Modality": "PT", "SOPClassUID": SOP["PT"], "Manufacturer": man, "ManufacturerModelName": model,
            "SeriesDescription": desc, "ImageType": itype or ["ORIGINAL", "PRIMARY"], "BodyPartExamined": bp}
    return ser(meta, labels, None, note or "PET emission", weight)


def mk_petct(g: Gen, site, year=None, kind=None):
    year = year or year_in(g, site, "PT")
    kind = kind or g.pick(["fdg", "fdg", "fdg", "brain"] + (["psma"] if year >= 2017 else []))
    v = scanner(site, "PT", year)[0]
    if kind == "brain":
        desc = D(g, site, {"uk": ["PET Brain FDG"], "us": ["PET BRAIN METABOLIC"], "au": ["PET Brain"], "de": ["FDG-PET Hirn", "PET-CT Kopf"],
                           "fr": ["TEP CEREBRALE AU 18FDG", "TEP CEREBRALE"], "nl": ["PET hersenen"]})
        lab = ["HEAD"]
        bp = g.pick(["HEAD", "BRAIN", None])
    else:
        desc = D(g, site, {"uk": ["PET-CT FDG Skull base to thigh", "NM PET CT FDG", "PET/CT Whole Body"] + (["PET-CT PSMA"] if kind == "psma" else []),
                           "us": ["NM PET/CT SKULL BASE TO MID THIGH", "PET CT INITIAL STAGING", "PET/CT SUBSEQUENT TREATMENT"],
                           "au": ["PET/CT Whole Body"], "de": ["PET-CT Ganzkörper", "FDG-PET/CT", "PET-CT Teilkörper"] + (["PSMA-PET/CT"] if kind == "psma" else []),
                           "fr": ["TEP-TDM FDG", "TEP TDM AU 18FDG", "TEP-SCANNER CORPS ENTIER"] + (["TEP-TDM PSMA"] if kind == "psma" else []),
                           "nl": ["PET-CT"]})
        lab = WB
        bp = g.pick(["WHOLEBODY", "WHOLE BODY", "CHEST", "ABDOMEN", "CHEST", "ABDOMEN", "TORSO", None])
    pet_names = {"ge": ["WB 3D MAC", "PET WB AC", "WB_3D_MAC", "PET AC"], "siemens": ["PET WB", "PET AC", "PET WB (AC)", "PET Ganzkörper AC"]}[v]
    if kind == "brain":
        pet_names = {"ge": ["3D Brain", "BRAIN 3D MAC"], "siemens": ["PET Brain", "PET Hirn AC"]}[v]
    s = [ct_scout(g, site, year, lab, bp=bp, desc={"ge": "Scout", "siemens": "Topogram  0.6  T20f"}[v]),
         ser({"Modality": "CT", "SOPClassUID": SOP["CT"], **device(site, "PT", year),
              **dict(zip(("SeriesDescription", "ConvolutionKernel", "SliceThickness"), g.pick(
                  {"ge": [("CTAC 3.75 Thick", "STANDARD", 3.75), ("WB CT 3.75", "STANDARD", 3.75), ("CT WB STND", "STANDARD", 5.0)],
                   "siemens": [("CT WB  5.0  B30f", "B30f", 5.0), ("AC CT  3.0  B19f", "B19f", 3.0), ("CT  3.0  B31f", "B31f", 3.0)]}[v]))),
              "ImageType": ["ORIGINAL", "PRIMARY", "AXIAL", "CT_SOM5 SPI"] if v == "siemens" else ["ORIGINAL", "PRIMARY", "AXIAL"],
              "BodyPartExamined": bp},
             lab, None, "low-dose CT of the PET/CT; BodyPartExamined often names one region" if lab == WB else "CT of the brain PET"),
         pt_series(g, site, year, g.pick(pet_names), lab, bp=bp,
                   note="PET emission, skull base to thigh" if lab == WB else "brain PET emission"),
         pt_series(g, site, year, g.pick(["PET NAC", "WB 3D NAC", "PET WB Uncorrected", "NAC"]), lab, bp=bp,
                   note="non-attenuation-corrected PET", weight=0.6),
         pt_series(g, site, year, g.pick(["MIP", "PET MIP", "WB MIP", "3D MIP"]), lab, bp=bp, note="rotating MIP of the PET",
                   itype=["DERIVED", "SECONDARY", "MIP"]),
         sc_series(g.pick(["Fused", "Fusion", "PET/CT Fusion", "Fused Images"]), lab, man=scanner(site, "PT", year)[1], modality=g.pick(["PT", "OT", "CT"]),
                   note="fused PET/CT secondary capture", weight=0.6)]
    if g.chance(0.5):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "onc", desc, "pet", s, "FDG/PSMA PET/CT: whole body by the spec" if lab == WB else "brain PET")


def mk_ct_cap(g: Gen, site, year=None, neck=False):
    year = year or year_in(g, site, "CT")
    if neck:
        desc = D(g, site, {"uk": ["CT Neck Chest Abdomen Pelvis", "CT NCAP"], "us": ["CT NECK/CHEST/ABD/PELVIS W CONTRAST"], "au": ["CT Neck Chest Abdomen Pelvis"],
                           "de": ["CT Hals/Thorax/Abdomen/Becken", "CT Hals/Thorax/Abdomen/Becken mit KM (Lymphom)"], "fr": ["TDM CERVICO-THORACO-ABDOMINO-PELVIENNE", "TDM CTAP"],
                           "nl": ["CT hals/thorax/abdomen/bekken"]})
        full = ["NECK"] + CAP
    else:
        desc = D(g, site, {"uk": ["CT Chest Abdomen Pelvis with contrast", "CT CAP", "CT Chest Abdo Pelvis", "CT TAP"],
                           "us": ["CT CHEST/ABD/PELVIS W CONTRAST", "CT C/A/P W CONTRAST", "CT CHEST ABD PELVIS W"],
                           "au": ["CT Chest Abdomen Pelvis", "CT CAP", "CT Chest/Abdo/Pelvis"],
                           "de": ["CT Thorax/Abdomen/Becken mit KM", "CT Th/Abd/Be", "CT Thorax-Abdomen-Becken", "Staging-CT Thorax/Abdomen/Becken"],
                           "fr": ["TDM TAP", "SCANNER THORACO-ABDOMINO-PELVIEN", "TDM TAP INJECTE", "TDM thoraco-abdomino-pelvienne"],
                           "nl": ["CT thorax/abdomen/bekken", "CT thorax + abdomen/bekken"]})
        full = CAP
    lw = D(g, site, {"uk": ["Lung", "Chest Lung"], "us": ["LUNG", "CHEST LUNG"], "au": ["Lung", "Chest"], "de": ["Thorax Lunge", "Lunge"],
                     "fr": ["PARENCHYME", "THORAX POUMON"], "nl": ["Thorax long", "Long"]})
    bw = D(g, site, {"uk": ["Body", "CAP", None], "us": ["BODY", "C/A/P", None], "au": ["Body", None], "de": ["Body", "Th/Abd", "Staging", None],
                     "fr": ["TAP", "CORPS", None], "nl": ["Body", None]})
    s = [ct_scout(g, site, year, full, bp=g.pick(["CHEST", "ABDOMEN", "CHESTABDPELVIS"]),
                  note="scout planning the whole staging range; BodyPartExamined names one region"),
         ct_recon(g, site, year, lw, ["CHEST"], kind="lung", bp="CHEST", note="lung reconstruction of the chest part"),
         ct_recon(g, site, year, bw, full, kind="soft", bp=g.pick(["CHEST", "ABDOMEN", None]), contrast="IV",
                  note="soft-tissue reconstruction over the whole range" if bw else "soft-tissue reconstruction, range only in the study")]
    if neck:
        s.append(ct_recon(g, site, year, D(g, site, {"uk": ["Neck"], "us": ["NECK"], "au": ["Neck"], "de": ["Hals"], "fr": ["COU", "CERVICAL"], "nl": ["Hals"]}),
                          ["NECK"], kind="soft", thk=2.0, bp="NECK", note="neck reconstruction"))
    else:
        s.append(ct_recon(g, site, year, D(g, site, {"uk": ["Abdo Pelvis", "Abdomen"], "us": ["ABD/PEL", "ABDOMEN PELVIS"], "au": ["Abdo/Pelvis"],
                                                      "de": ["Abdomen/Becken", "Abd/Be"], "fr": ["ABDO-PELVIEN", "ABDOMEN PELVIS"], "nl": ["Abdomen/bekken"]}),
                          AP, kind="soft", thk=3.0, bp="ABDOMEN", note="abdomen-pelvis reconstruction"))
    s.append(ct_reformat(g, site, year, "cor", full, bp=None))
    if year >= 2008 and g.chance(0.6):
        s.append(ct_dose(g, site, year))
    return ct_study(g, site, year, "onc", desc, "ct_cap", s, "staging CT" + (" with neck" if neck else ""),
                    desc_over_series=False)


def mk_wbmr(g: Gen, site, year=None):
    year = year or year_in(g, site, "MR", lo=2014)
    desc = D(g, site, {"uk": ["MRI Whole Body", "MRI Whole Body (myeloma)"], "us": ["MRI WHOLE BODY W/O"], "au": ["MRI Whole Body"],
                       "de": ["Ganzkörper-MRT", "WB-MRT", "MRT Ganzkörper (Myelom)"], "fr": ["IRM CORPS ENTIER", "IRM CORPS ENTIER DIFFUSION"],
                       "nl": ["MRI total body", "Whole body MRI"]})
    v = scanner(site, "MR", year)[0]
    names = {"siemens": ["t1_tse_cor_COMPOSED", "t2_tirm_cor_COMPOSED", "ep2d_diff_b800_tra_COMPOSED", "localizer"],
             "ge": ["COR T1 WB", "COR STIR WB", "DWIBS WB", "3-PL LOC"], "philips": ["T1W_TSE_COR WB", "STIR_COR mDIXON WB", "DWIBS", "Survey"],
             "hitachi": ["T1 COR WB", "STIR COR WB", "DWI", "SCANOGRAM"]}[v]
    s = [mr_series(g, site, year, "T1", "cor", WB, desc=n, lang=SITES[site], bp=g.pick(["WHOLEBODY", None]),
                   note="whole-body composed series" if "WB" in n or "COMPOSED" in n or "DWIBS" in n else "sequence name only") for n in names]
    return ct_study(g, site, year, "onc", desc, "wbmr", s, "whole-body MR")


def mk_myeloma_ct(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2010)
    desc = D(g, site, {"uk": ["CT Whole Body Low Dose (myeloma)", "WBLDCT"], "us": ["CT WHOLE BODY LOW DOSE SKELETAL SURVEY"], "au": ["CT Low Dose Whole Body"],
                       "de": ["Ganzkörper-Low-Dose-CT", "GK-LD-CT (Myelom)"], "fr": ["TDM CORPS ENTIER BASSE DOSE (MYELOME)"], "nl": ["Low dose CT skelet (myeloom)"]})
    s = [ct_scout(g, site, year, WB, bp=g.pick(["WHOLEBODY", "CHEST", None])),
         ct_recon(g, site, year, D(g, site, {"uk": ["Bone", "Body Bone"], "us": ["BONE"], "au": ["Bone"], "de": ["Knochen", "Skelett"], "fr": ["OS"], "nl": ["Bot"]}),
                  WB, kind="bone", bp="WHOLEBODY", note="bone reconstruction of the whole range"),
         ct_reformat(g, site, year, "sag", WSPINE, bp="WHOLEBODY",
                     desc=D(g, site, {"uk": ["Spine Sag"], "us": ["SPINE SAG"], "au": ["Whole Spine Sag"], "de": ["WS sag", "Wirbelsäule sag"],
                                      "fr": ["RACHIS SAG"], "nl": ["WK sag"]}), note="sagittal whole-spine reformat from the whole-body scan")]
    return ct_study(g, site, year, "onc", desc, "wbldct", s, "whole-body low-dose CT for myeloma")


def mk_skeletal_survey(g: Gen, site, year=None):
    year = year or year_in(g, site, "XR")
    dialect = DIALECT[site]
    desc = {"uk": "XR Skeletal Survey (myeloma)", "us": "XR BONE SURVEY COMPLETE", "au": "XR Skeletal Survey",
            "de": g.pick(["Skelettstatus (Pariser Schema)", "Pariser Schema"]), "fr": "BILAN RADIOLOGIQUE DU MYELOME",
            "nl": "Skeletstatus (myeloom)"}[dialect]
    parts = g.pick([["skull", "cspine", "chest", "lspine", "pelvis", "humerus", "femur"], ["skull", "tspine", "pelvis", "femur", "humerus"]])
    s = []
    for p in parts:
        side = g.pick("LR") if PARTS[p][1] else None
        s.append(xr_view_series(g, site, year, p, PARTS[p][7][0], side, PARTS[p][0], side, dialect=dialect, series_side_p=1.0,
                                note="one region of a skeletal survey, named in its own series"))
    return Study(site, "onc", year, ris(site, year, desc), s, "skeletal survey: one region per series")


# ---------------------------------------------------------------------------------------------
# Vascular

DVT = ["THIGH", "KNEE", "LEG"]


def mk_us_dvt(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    side = g.pick(["L", "R", "L", "R", "B"])
    dialect = DIALECT[site]
    sw = side_word(g, dialect, side, True)
    desc = {"uk": g.pick([f"US Doppler Leg Veins {sw}", f"US DVT {sw} leg"]),
            "us": g.pick([f"US VENOUS DUPLEX LOWER EXT {sw}", f"US DOPPLER VENOUS LOWER EXTREMITY {sw}"]),
            "au": g.pick([f"US {sw} Leg Veins (DVT)", f"US Venous Doppler {sw} Leg"]),
            "de": g.pick([f"Duplex Beinvenen {sw}", f"Kompressionssonographie Bein {sw}"]),
            "fr": g.pick([f"ECHO-DOPPLER VEINEUX MEMBRE INFERIEUR {sw}", f"DOPPLER VEINEUX MI {sw}"]),
            "nl": g.pick([f"Duplex been {sw}", f"Echo DVT been {sw}"])}[dialect]
    if side == "B":
        desc = {"uk": "US Doppler Leg Veins Bilateral", "us": "US VENOUS DUPLEX LOWER EXT BILAT", "au": "US Bilateral Leg Veins",
                "de": "Duplex Beinvenen bds.", "fr": "ECHO-DOPPLER VEINEUX DES MEMBRES INFERIEURS", "nl": "Duplex benen bdz"}[dialect]
    return us_study(g, site, year, desc, DVT, side, kind="vasc", stratum="vascular",
                    why="lower-limb venous duplex: groin to calf (thigh, knee, leg)",
                    presets=None if side == "B" else [("CFV", ["THIGH"]), ("SFV", ["THIGH"]), ("POP V", ["KNEE"]), ("Calf veins", ["LEG"]), "Venous"],
                    worksheet=g.chance(0.2))


def mk_us_carotid(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["US Carotid Doppler", "US Carotids"], "us": ["US CAROTID DUPLEX BILAT", "US CAROTID DOPPLER COMPLETE"],
                       "au": ["US Carotid Doppler", "Carotid Duplex"], "de": ["Duplex Carotiden", "Farbduplex extrakranielle hirnversorgende Gefäße", "Duplex hirnzuführende Arterien"],
                       "fr": ["ECHO-DOPPLER DES TSAO", "ECHO DOPPLER CERVICAL (TSAO)"], "nl": ["Duplex carotiden", "Duplex halsvaten"]})
    return us_study(g, site, year, desc, ["NECK"], kind="vasc", stratum="vascular", why="carotid duplex",
                    presets=["RT ICA", "LT CCA", "Carotid"], worksheet=g.chance(0.25))


def mk_cta_runoff(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2006)
    desc = D(g, site, {"uk": ["CT Angiogram Aorta and Runoff", "CTA Lower Limbs"], "us": ["CTA ABD AORTA W BILAT ILIOFEM RUNOFF", "CTA RUNOFF BILAT"],
                       "au": ["CT Angiogram Lower Limbs", "CTA Aorta & Runoff"], "de": ["CTA Becken-Bein", "CT-Angio Becken-Bein-Strombahn"],
                       "fr": ["ANGIOSCANNER DES MEMBRES INFERIEURS", "ANGIOSCANNER AORTO-ILIAQUE ET DES MI"], "nl": ["CTA benen", "CTA aorta + beenvaten"]})
    s = [ct_scout(g, site, year, RUNOFF, "B", bp=g.pick(["LEG", "ABDOMEN", "EXTREMITY"]), note="scout from the renal arteries to the feet"),
         ct_recon(g, site, year, g.pick(["Runoff", "Angio", None]), RUNOFF, "B", kind="angio", bp="LEG", contrast="IV",
                  note="angiographic source images, aorta to feet"),
         ct_reformat(g, site, year, "cor", ["THIGH", "KNEE", "LEG", "ANKLE", "FOOT"], "B", mip=True,
                     desc=D(g, site, {"uk": ["MIP Legs"], "us": ["MIP LOWER EXT"], "au": ["MIP Legs"], "de": ["MIP Beine", "MIP Ober-/Unterschenkel"],
                                      "fr": ["MIP MI", "MIP JAMBES"], "nl": ["MIP benen"]}), note="MIP of both legs without the abdomen"),
         ct_reformat(g, site, year, "cor", ["ABDOMEN", "PELVIS"], mip=True,
                     desc=D(g, site, {"uk": ["MIP Aorto-iliac"], "us": ["MIP AORTOILIAC"], "au": ["MIP Aorta Iliacs"], "de": ["MIP Becken/Aorta"],
                                      "fr": ["MIP AORTO-ILIAQUE"], "nl": ["MIP aorto-iliacaal"]}), note="MIP of aorta and iliac arteries")]
    return ct_study(g, site, year, "vascular", desc, "cta_runoff", s, "CTA runoff: abdominal aorta to both feet")


def mk_xa_leg(g: Gen, site, year=None):
    year = year or year_in(g, site, "XA")
    side = g.pick("LR")
    dialect = DIALECT[site]
    sw = side_word(g, dialect, side, True)
    desc = {"uk": f"Angioplasty SFA {sw}", "us": f"ANGIO LOWER EXT {sw} W INTERVENTION", "au": f"Angiogram {sw} Leg",
            "de": g.pick([f"PTA AFS {sw}", f"DSA Becken-Bein {sw}"]), "fr": f"ARTERIOGRAPHIE MEMBRE INFERIEUR {sw}",
            "nl": f"PTA AFS {sw}"}[dialect]
    st = {"uk": [("Pelvis", ["PELVIS"], None), (f"SFA {sw}", ["THIGH"], side), (f"Pop {sw}", ["KNEE"], side), (f"Calf {sw}", ["LEG"], side)],
          "us": [("AORTOGRAM", ["ABDOMEN"], None), (f"{sw} THIGH", ["THIGH"], side), (f"{sw} KNEE", ["KNEE"], side), (f"{sw} CALF", ["LEG"], side)],
          "au": [("Pelvis", ["PELVIS"], None), (f"{sw} Thigh", ["THIGH"], side), (f"{sw} Calf", ["LEG"], side)],
          "de": [("Becken", ["PELVIS"], None), (f"Oberschenkel {sw}", ["THIGH"], side), (f"Knie {sw}", ["KNEE"], side), (f"Unterschenkel {sw}", ["LEG"], side)],
          "fr": [("BASSIN", ["PELVIS"], None), (f"CUISSE {sw}", ["THIGH"], side), (f"GENOU {sw}", ["KNEE"], side), (f"JAMBE {sw}", ["LEG"], side)],
          "nl": [("Bekken", ["PELVIS"], None), (f"Bovenbeen {sw}", ["THIGH"], side), (f"Knie {sw}", ["KNEE"], side), (f"Onderbeen {sw}", ["LEG"], side)]}[dialect]
    s = [xa_series(g, site, year, n, lab, lat, note="one station of a stepping leg angiogram") for n, lab, lat in st]
    return Study(site, "vascular", year, ris(site, year, desc), s, "leg angiography: one station per series")


def mk_us_aorta(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    desc = D(g, site, {"uk": ["US Aorta (AAA)", "US AAA Screening"], "us": ["US AORTA SCREENING AAA", "US ABDOMINAL AORTA LIMITED"],
                       "au": ["US Abdominal Aorta"], "de": ["Sono Bauchaorta", "Duplex Aorta abdominalis"], "fr": ["ECHO-DOPPLER DE L'AORTE ABDOMINALE"],
                       "nl": ["Echo aorta abdominalis"]})
    return us_study(g, site, year, desc, ["ABDOMEN"], kind="vasc", stratum="vascular", why="abdominal aortic ultrasound", presets=["Aorta", "AAA"])


def mk_cta_aorta(g: Gen, site, year=None):
    year = year or year_in(g, site, "CT", lo=2006)
    if g.chance(0.5):
        desc = D(g, site, {"uk": ["CT Aorta (thoracic)"], "us": ["CTA CHEST (AORTA) W/WO"], "au": ["CT Angiogram Thoracic Aorta"],
                           "de": ["CTA Aorta thoracalis", "CT-Angio Aorta thorakal"], "fr": ["ANGIOSCANNER DE L'AORTE THORACIQUE"], "nl": ["CTA aorta thoracalis"]})
        lab = ["CHEST"]
    else:
        desc = D(g, site, {"uk": ["CT Aorta (EVAR follow-up)", "CTA Abdominal Aorta"], "us": ["CTA ABDOMEN/PELVIS W/WO (EVAR)"], "au": ["CT Angiogram Abdominal Aorta"],
                           "de": ["CTA Aorta abdominalis (EVAR)", "CT-Angio Bauchaorta"], "fr": ["ANGIOSCANNER AORTE ABDOMINALE (ENDOPROTHESE)"],
                           "nl": ["CTA aorta abdominalis (EVAR)"]})
        lab = AP
    s = [ct_scout(g, site, year, lab, bp=g.pick(["CHEST", "ABDOMEN"])),
         ct_recon(g, site, year, g.pick(["Angio", "Aorta", None]), lab, kind="angio", contrast="IV"),
         ct_reformat(g, site, year, "sag", lab, mip=True, word="Aorta")]
    return ct_study(g, site, year, "vascular", desc, "cta_aorta", s, "CT angiography of the aorta")


def mk_us_shunt(g: Gen, site, year=None):
    year = year or year_in(g, site, "US")
    side = g.pick("LR")
    sw = side_word(g, DIALECT[site], side, True)
    desc = {"uk": f"US AV Fistula Forearm {sw}", "us": f"US DIALYSIS ACCESS {sw} FOREARM", "au": f"US AV Fistula {sw} Forearm",
            "de": f"Shunt-Duplex Unterarm {sw}", "fr": f"ECHO-DOPPLER FISTULE AVANT-BRAS {sw}", "nl": f"Duplex shunt onderarm {sw}"}[DIALECT[site]]
    return us_study(g, site, year, desc, ["FOREARM"], side, kind="vasc", stratum="vascular", why="dialysis fistula duplex of the forearm")


# ---------------------------------------------------------------------------------------------
# Nuclear medicine and densitometry

def mk_nm_bone(g: Gen, site, year=None):
    year = year or year_in(g, site, "NM")
    desc = D(g, site, {"uk": ["NM Bone Scan Whole Body", "NM Bone scan"], "us": ["NM BONE SCAN WHOLE BODY", "NM BONE SCAN W SPECT"],
                       "au": ["Bone Scan", "Whole Body Bone Scan"], "de": ["Skelettszintigraphie", "Ganzkörper-Skelettszintigraphie", "3-Phasen-Skelettszintigraphie"],
                       "fr": ["SCINTIGRAPHIE OSSEUSE CORPS ENTIER", "SCINTIGRAPHIE OSSEUSE"], "nl": ["Botscan", "Skeletscintigrafie"]})
    dialect = DIALECT[site]
    s = [nm_series(g, site, year, D(g, site, {"uk": ["WB ANT/POST", "Whole Body"], "us": ["WHOLE BODY", "WB ANT POST"], "au": ["Whole Body", "WB"],
                                            "de": ["Ganzkörper ventral/dorsal", "GK", "WB"], "fr": ["CORPS ENTIER", "BALAYAGE"], "nl": ["Total body", "WB"]}),
                   WB, kind="WHOLE BODY", bp=g.pick(["WHOLEBODY", None]), note="whole-body sweep (the spec's whole body)")]
    spot, lab, lat = g.pick([(("Thorax", "THORAX", "CHEST", "Thorax"), ["CHEST"], None), (("Becken", "BASSIN", "PELVIS", "Bekken"), ["PELVIS"], None),
                             (("Knie bds", "GENOUX", "KNEES", "Knieën"), ["KNEE"], "B"), (("Füße", "PIEDS", "FEET", "Voeten"), ["FOOT"], "B"),
                             (("Schädel", "CRANE", "SKULL", "Schedel"), ["HEAD"], None), (("LWS", "RACHIS LOMBAIRE", "L-SPINE", "LWK"), ["LSPINE"], None)])
    name = {"de": spot[0], "fr": spot[1], "nl": spot[3]}.get(dialect, spot[2])
    s.append(nm_series(g, site, year, g.pick([f"Spot {name}", f"{name} static", f"STATIC {name}"]), lab, lat, note="static spot view of one region"))
    if g.chance(0.4):
        s.append(nm_series(g, site, year, g.pick(["SPECT LWS" if dialect == "de" else "SPECT LSPINE", "SPECT Lumbar"]), ["LSPINE"], kind="RECON TOMO",
                           note="SPECT of the lumbar spine"))
    return Study(site, "nm", year, ris(site, year, desc), s, "bone scintigraphy: sweep, spots and SPECT")


def mk_nm_other(g: Gen, site, year=None):
    year = year or year_in(g, site, "NM")
    kind = g.pick(["renal", "hida", "sentinel", "parathyroid", "datscan", "gastric", "octreo"])
    dialect = DIALECT[site]
    if kind == "renal":
        desc = D(g, site, {"uk": ["NM MAG3 Renogram"], "us": ["NM RENAL SCAN W FUNCTION"], "au": ["Renal Scan (MAG3)"], "de": ["Nierenfunktionsszintigraphie (MAG3)"],
                           "fr": ["SCINTIGRAPHIE RENALE MAG3"], "nl": ["Renogram MAG3"]})
        s = [nm_series(g, site, year, g.pick(["Dynamic POST", "MAG3 dyn", "Renogram"]), ["ABDOMEN"], kind="DYNAMIC")]
        why = "renal scintigraphy"
    elif kind == "hida":
        desc = D(g, site, {"uk": ["NM HIDA"], "us": ["NM HEPATOBILIARY SCAN (HIDA)"], "au": ["HIDA Scan"], "de": ["Hepatobiliäre Sequenzszintigraphie"],
                           "fr": ["SCINTIGRAPHIE HEPATOBILIAIRE"], "nl": ["HIDA-scan"]})
        s = [nm_series(g, site, year, g.pick(["Dynamic ANT", "HIDA 60 min", "ANT dyn"]), ["ABDOMEN"], kind="DYNAMIC")]
        why = "hepatobiliary scintigraphy"
    elif kind == "sentinel":
        side = g.pick("LR")
        sw = side_word(g, dialect, side, True)
        desc = {"uk": f"NM Sentinel Node Breast {sw}", "us": f"NM LYMPHOSCINTIGRAPHY BREAST {sw}", "au": f"Lymphoscintigraphy {sw} Breast",
                "de": f"Sentinel-Szintigraphie Mamma {sw}", "fr": f"LYMPHOSCINTIGRAPHIE SEIN {sw}", "nl": f"Schildwachtklier mamma {sw}"}[dialect]
        s = [nm_series(g, site, year, g.pick(["ANT", "Static ANT", "LAT"]), ["BREAST"], side, note="static views of one breast and its axilla")]
        why = "sentinel node lymphoscintigraphy of one breast"
    elif kind == "parathyroid":
        desc = D(g, site, {"uk": ["NM Parathyroid (MIBI)"], "us": ["NM PARATHYROID PLANAR W SPECT"], "au": ["Parathyroid Scan"],
                           "de": ["Nebenschilddrüsenszintigraphie (MIBI)"], "fr": ["SCINTIGRAPHIE PARATHYROIDIENNE"], "nl": ["Bijschildklierscintigrafie"]})
        s = [nm_series(g, site, year, g.pick(["Early ANT", "Late ANT", "10 min", "2 h"]), ["NECK"], note="timed views of the neck")]
        why = "parathyroid scintigraphy"
    elif kind == "datscan":
        desc = D(g, site, {"uk": ["NM DaTSCAN"], "us": ["NM BRAIN DATSCAN SPECT"], "au": ["DaTSCAN"], "de": ["DaTSCAN", "FP-CIT-SPECT"],
                           "fr": ["DATSCAN", "TOMOSCINTIGRAPHIE CEREBRALE DATSCAN"], "nl": ["DaTSCAN"]})
        s = [nm_series(g, site, year, g.pick(["SPECT", "DaT Recon", "Transaxials"]), ["HEAD"], kind="RECON TOMO", note="brain SPECT")]
        why = "dopamine transporter SPECT of the brain"
    elif kind == "gastric":
        desc = D(g, site, {"uk": ["NM Gastric Emptying"], "us": ["NM GASTRIC EMPTYING"], "au": ["Gastric Emptying Study"],
                           "de": ["Magenentleerungsszintigraphie"], "fr": ["SCINTIGRAPHIE DE VIDANGE GASTRIQUE"], "nl": ["Maagledigingsonderzoek"]})
        s = [nm_series(g, site, year, g.pick(["ANT/POST dyn", "GE 0-120 min"]), ["ABDOMEN"], kind="DYNAMIC")]
        why = "gastric emptying"
    else:
        desc = D(g, site, {"uk": ["NM Octreotide Scan"], "us": ["NM OCTREOSCAN WHOLE BODY"], "au": ["Octreotide Scan"], "de": ["Somatostatinrezeptor-Szintigraphie"],
                           "fr": ["OCTREOSCAN CORPS ENTIER"], "nl": ["Octreoscan"]})
        s = [nm_series(g, site, year, g.pick(["WB 24h", "Whole Body 4h"]), WB, kind="WHOLE BODY", note="whole-body sweep")]
        why = "somatostatin receptor scintigraphy: whole body"
    return Study(site, "nm", year, ris(site, year, desc), s, why)


def mk_dxa(g: Gen, site, year=None):
    year = year or g.r.randint(2004, 2024)
    hologic = site in ("nl-opc", "uk-dgh")
    man, model = DEVICES["dxa_hologic" if hologic else "dxa_lunar"]
    desc = D(g, site, {"uk": ["DEXA Scan", "Bone Densitometry"], "us": ["DEXA BONE DENSITY AXIAL SKELETON", "DXA HIPS/SPINE"],
                       "au": ["Bone Mineral Densitometry", "BMD"], "de": ["Osteodensitometrie (DXA)", "Knochendichtemessung"],
                       "fr": ["OSTEODENSITOMETRIE", "ABSORPTIOMETRIE BIPHOTONIQUE"], "nl": ["DEXA-scan", "Botdichtheidsmeting"]})
    if hologic:
        opts = [("AP Lumbar Spine", ["LSPINE"], None), ("Left Hip", ["HIP"], "L"), ("Right Hip", ["HIP"], "R"), ("Dual Hip", ["HIP"], "B"),
                ("Left Forearm", ["FOREARM"], "L"), ("Whole Body", WB, None), ("IVA", ["TSPINE", "LSPINE"], None)]
    else:
        opts = [("AP Spine", ["LSPINE"], None), ("Left Femur", ["HIP"], "L"), ("Right Femur", ["HIP"], "R"), ("DualFemur", ["HIP"], "B"),
                ("Left Forearm", ["FOREARM"], "L"), ("Right Forearm", ["FOREARM"], "R"), ("Total Body", WB, None), ("LVA", ["TSPINE", "LSPINE"], None)]
    pick = [opts[0]] + g.r.sample(opts[1:], 2)
    s = []
    for name, lab, lat in pick:
        note = {"Left Femur": "DXA 'femur' is the proximal femur: the hip", "Right Femur": "DXA 'femur' is the proximal femur: the hip",
                "DualFemur": "both proximal femora: hips, both sides", "IVA": "lateral vertebral assessment: thoracic and lumbar spine",
                "LVA": "lateral vertebral assessment: thoracic and lumbar spine"}.get(name, "densitometry scan")
        s.append(sc_series(name, lab, lat, man=man, model=model, modality="OT", note=note, itype=["ORIGINAL", "PRIMARY"],
                           bp=g.pick([None, None, {"LSPINE": "LSPINE", "HIP": "HIP"}.get(lab[0])])))
    s.append(sc_series(g.pick(["FRAX", "FRAX Report", "Trend"]), [], man=man, model=model, note="fracture-risk table: no anatomy", weight=0.3))
    return Study(site, "dxa", year, ris(site, year, desc), s, "bone densitometry: region per scan")


# ---------------------------------------------------------------------------------------------
# What a migration brings: objects without anatomy, phantoms, outside films, screen captures,
# merged studies.

def mk_phantom(g: Gen, site, year=None):
    mod = g.pick(["CT", "CT", "MR", "MG"] + (["XR"] if site != "us-comm" else []))
    if mod == "XR":
        mod = "CT"
    year = year or year_in(g, site, mod if mod in FLEET[site] else "CT")
    lang = SITES[site]
    if mod == "CT":
        v, dev = ct_dev(site, year)
        desc = {"en": g.pick(["QA", "DAILY QA", "Water Phantom", "PHANTOM"]), "de": g.pick(["Konstanzprüfung", "Konstanzprüfung CT", "QS Phantom"]),
                "fr": g.pick(["CONTROLE QUALITE", "CQ FANTOME", "FANTOME EAU"]), "nl": g.pick(["QA fantoom", "Kwaliteitscontrole"])}[lang]
        s = [ser({"Modality": "CT", "SOPClassUID": SOP["CT"], **dev, "SeriesDescription": g.pick(["Water 5mm", "QA 10mm", "Head  10.0  H31s" if v.startswith("siemens") else "Phantom 5mm"]),
                  "ImageType": ["ORIGINAL", "PRIMARY", "AXIAL"], "ConvolutionKernel": CT_KERNEL[v]["head"], "SliceThickness": 10.0,
                  "BodyPartExamined": g.pick(["HEAD", None, "PHANTOM"])}, [], None,
                 "water phantom scanned with a head protocol: no anatomy, BodyPartExamined says HEAD", 1.0)]
    elif mod == "MR":
        v, man, model = scanner(site, "MR", year)
        desc = {"en": g.pick(["ACR Phantom", "MR QA", "PHANTOM"]), "de": g.pick(["Phantommessung", "Konstanzprüfung MRT"]),
                "fr": g.pick(["FANTOME ACR", "CQ IRM"]), "nl": g.pick(["Fantoommeting", "QA fantoom"])}[lang]
        s = [ser({"Modality": "MR", "SOPClassUID": SOP["MR"], "Manufacturer": man, "ManufacturerModelName": model,
                  "SeriesDescription": g.pick(["ACR T1", "t1_se_tra", "AX T1", "QA SNR"]), "ImageType": ["ORIGINAL", "PRIMARY", "M", "ND"],
                  "BodyPartExamined": g.pick(["HEAD", None])}, [], None, "MR phantom in the head coil: no anatomy", 1.0)]
    else:
        if "MG" not in FLEET[site]:
            return mk_phantom(g, site, year)
        v, man, model = scanner(site, "MG", year)
        desc = {"en": g.pick(["Flat Field", "MAMMO QC", "Mammo QA"]), "de": g.pick(["Konstanzprüfung Mammographie", "Mammo QS"]),
                "fr": g.pick(["CQ MAMMOGRAPHE", "CONTROLE QUALITE MAMMO"]), "nl": g.pick(["QA mammografie", "Flat field"])}[lang]
        s = [ser({"Modality": "MG", "SOPClassUID": SOP["MG"], "Manufacturer": man, "ManufacturerModelName": model,
                  "SeriesDescription": g.pick(["Flat Field", "R CC", "ACR Phantom", "CDMAM"]), "ImageLaterality": None,
                  "BodyPartExamined": "BREAST", "ImageType": ["ORIGINAL", "PRIMARY"]}, [], None,
                 "mammography QC phantom: no anatomy although BodyPartExamined says BREAST", 1.0)]
    return Study(site, "no-anatomy", year, desc, s, "quality-control phantom archived as a study")


# a study maker per site to hang objects without anatomy on
def mk_with_object(g: Gen, site, base, kind):
    """A regular study carrying one object without anatomy; that object is the row."""
    st = base(g, site, year_in(g, site, "MR", lo=2012)) if kind == "phoenix" else base(g, site)
    if kind == "phoenix" and scanner(site, "MR", st.year)[0] != "siemens":
        kind = "ko"
    st.desc_over_series = False
    lang = SITES[site]
    man = st.series[0]["meta"].get("Manufacturer")
    if kind == "dose":
        if st.series[0]["meta"]["Modality"] != "CT":
            kind = "req"
        else:
            obj = ct_dose(g, site, st.year, weight=1.0)
    if kind in ("req", "pdf", "ko", "pr"):
        obj = non_image(g, kind, lang, year=st.year, man=None if kind == "req" else g.pick([man, "PACS", None]))
    elif kind == "phoenix":
        obj = non_image(g, "phoenix", lang, model=st.series[0]["meta"].get("ManufacturerModelName"))
    st.series = [x for x in st.series if x["labels"]]
    obj["weight"] = 1.0
    st.series.append(obj)
    st.force = len(st.series) - 1
    st.why = st.why + f"; the row is its {obj['note'].split(':')[0]}"
    return st


OUTSIDE = {
    "uk": "OUTSIDE FILMS", "us": "OUTSIDE FILMS", "au": "Outside Films", "de": "Fremdaufnahmen", "fr": "FILMS EXTERIEURS", "nl": "Externe opnamen",
}
# (dialect exam text, labels, sided part or None)
OUTSIDE_EXAMS = [
    ({"en": "CT HEAD", "de": "CT Schädel", "fr": "TDM CEREBRALE", "nl": "CT hersenen"}, ["HEAD"], None),
    ({"en": "CHEST", "de": "Thorax", "fr": "THORAX", "nl": "thorax"}, ["CHEST"], None),
    ({"en": "MRI L-SPINE", "de": "MRT LWS", "fr": "IRM LOMBAIRE", "nl": "MRI LWK"}, ["LSPINE"], None),
    ({"en": "CT ABDOMEN PELVIS", "de": "CT Abdomen/Becken", "fr": "TDM ABDOMINO-PELVIENNE", "nl": "CT abdomen/bekken"}, AP, None),
    ({"en": "KNEE {S}", "de": "Knie {S}", "fr": "GENOU {S}", "nl": "knie {S}"}, ["KNEE"], "knee"),
    ({"en": "SHOULDER {S}", "de": "Schulter {S}", "fr": "EPAULE {S}", "nl": "schouder {S}"}, ["SHOULDER"], "shoulder"),
    ({"en": "MRI C-SPINE", "de": "MRT HWS", "fr": "IRM CERVICALE RACHIS", "nl": "MRI CWK"}, ["CSPINE"], None),
    ({"en": "PELVIS", "de": "Becken", "fr": "BASSIN", "nl": "bekken"}, ["PELVIS"], None),
]


def mk_outside(g: Gen, site, year=None):
    """Outside images: films digitised on the department's scanner, or a CD whose study was renamed
    on import and whose series keep their own names."""
    year = year or g.r.randint(2004, 2016)
    dialect = DIALECT[site]
    lang = SITES[site]
    exam, lab, part = g.pick(OUTSIDE_EXAMS)
    side = g.pick("LR") if part else None
    text = exam[lang]
    if part:
        text = text.replace("{S}", side_word(g, dialect, side, PARTS[part][4][1]))
    if year <= 2010 or g.chance(0.4):
        man, model = DEVICES[g.pick(["vidar", "lumisys"])]
        cuts = (site == "uk-dgh" and year <= 2011) or (site == "us-comm" and year <= 2012)
        desc = f"{text} ({OUTSIDE[dialect].lower()})" if cuts or g.chance(0.3) else f"{OUTSIDE[dialect]} {text}"
        s = [sc_series(g.pick(["Scanned Film", "FILM 1", "Digitized Film", "Film scan", None]), lab, side, man=man, model=model,
                       modality=g.pick(["OT", "SC", "OT"]), note="film digitised on the department's scanner: only the study names it")]
        why = "digitised outside film"
        st = Study(site, "general", year, ris(site, year, desc), s, why)
    else:
        desc = {"uk": "OUTSIDE IMAGES", "us": "OUTSIDE IMAGES CD", "au": "External Images", "de": "Fremdbilder", "fr": "IMAGES EXTERIEURES",
                "nl": "Externe beelden"}[dialect]
        mod = "MR" if "MR" in text or "IRM" in text else "CT" if ("CT" in text or "TDM" in text) else "CR"
        s = [ser({"Modality": mod, "SOPClassUID": SOP[mod], "Manufacturer": g.pick(["SIEMENS", "GE MEDICAL SYSTEMS", "Philips Medical Systems", "TOSHIBA"]),
                  "SeriesDescription": text if g.chance(0.6) else f"{text} {g.pick(['ax', 'sag', 'AP', 'Serie 2'])}",
                  "ImageType": ["ORIGINAL", "PRIMARY"]}, lab, side, "imported CD: the study was renamed on import, the series keeps the exam")]
        st = Study(site, "general", year, desc, s, "imported outside study")
    st.stratum_by_labels = True
    return st


def mk_screen_save(g: Gen, site, base):
    """A workstation screen capture (3D, measurements) inside a CT or MR study: no region in its
    own text."""
    st = base(g, site)
    main = next((x for x in st.series[1:] if x["labels"]), st.series[0])
    man = main["meta"].get("Manufacturer")
    d = g.pick(["Screen Save", "SCREEN SAVE", "Snapshot", "3D", "Secondary Capture", "AW Screen Save", "Bildschirmfoto" if SITES[site] == "de" else "Capture"])
    obj = sc_series(d, main["labels"], main["lat"], man=man, modality=main["meta"]["Modality"],
                    note="workstation screen capture of this study's images; only the study names the region",
                    itype=["DERIVED", "SECONDARY", "SCREEN SAVE"])
    st.series.append(obj)
    st.force = len(st.series) - 1
    st.why += "; the row is a screen capture"
    return st


def mk_merged(g: Gen, site, year=None):
    """Two exams of one visit merged into one study by the migration: the study names one, the
    row is a series of the other."""
    dialect = DIALECT[site]
    kind = g.pick(["head_cs", "chest_abd", "knees", "spines", "us"])
    if kind == "head_cs":
        st = mk_ct_head(g, site, year)
        cw = D(g, site, {"uk": ["C-Spine", "C SPINE"], "us": ["C-SPINE", "CSPINE"], "au": ["C Spine", "Cervical Spine"], "de": ["HWS"],
                         "fr": ["RACHIS CERVICAL", "RACHIS CERV"], "nl": ["CWK"]})
        st.series = [x for x in st.series if x["labels"]]
        st.series.append(ct_recon(g, site, st.year, cw, ["CSPINE"], kind="bone", bp=g.pick(["HEAD", "CSPINE"]),
                                  note="cervical spine series of a second exam merged into the head study"))
        st.desc_over_series = False
    elif kind == "chest_abd":
        st = mk_cxr(g, site, year)
        st.series.append(xr_view_series(g, site, st.year, "abdomen", "AP", None, AP, None, dialect=dialect,
                                        note="abdominal film of a second exam merged into the chest study"))
    elif kind == "knees":
        part = g.pick(["knee", "ankle", "wrist", "hand", "shoulder"])
        side = g.pick("LR")
        other = "L" if side == "R" else "R"
        st = xr_study(g, site, year or year_in(g, site, "XR"), part, side, stratum="msk")
        for x in st.series:
            x["weight"] = 0.2
        st.series.append(xr_view_series(g, site, st.year, part, PARTS[part][7][0], other, PARTS[part][0], other, dialect=dialect,
                                        series_side_p=1.0, note="the other side's view from a second exam merged into this study"))
    elif kind == "spines":
        st = mk_mr_spine(g, site, year, kind="lspine")
        v = scanner(site, "MR", st.year)[0]
        tw = {"de": "BWS", "nl": "TWK", "fr": "DORSAL"}.get(SITES[site], "T-spine")
        name = {"siemens": f"t2_tse_sag_{tw}", "ge": f"SAG T2 {tw.upper()}", "philips": f"T2W_TSE_SAG {tw}", "hitachi": f"T2W FSE SAG {tw.upper()}"}[v]
        st.desc_over_series = False
        st.series.append(mr_series(g, site, st.year, "T2", "sag", ["TSPINE"], desc=name, lang=SITES[site],
                                   note="thoracic spine series of a second exam merged into the lumbar study"))
    else:
        st = mk_us_abdomen(g, site, year)
        st.series.append(us_series(g, site, st.year, ["NECK"], desc=D(g, site, {"uk": ["Thyroid"], "us": ["THYROID"], "au": ["Thyroid"], "de": ["Schilddrüse"],
                                                                         "fr": ["THYROIDE"], "nl": ["Schildklier"]}),
                                   kind="thyroid", note="thyroid images of a second exam merged into the abdominal study"))
    for x in st.series[:-1]:
        x["weight"] = min(x["weight"], 0.2)
    st.force = len(st.series) - 1
    st.why += "; two exams merged into one study by the migration"
    st.stratum_by_labels = True
    return st


# ---------------------------------------------------------------------------------------------
# The sites' archives: which studies, how many.

def P(f, **kw):
    return lambda g, site: f(g, site, **kw)


def OLD(f, lo=2004, hi=2007):
    """Studies from the first archive's years only."""
    return lambda g, site: f(g, site, g.r.randint(lo, hi))


def obj(base, kind):
    return lambda g, site: mk_with_object(g, site, base, kind)


def scr(base):
    return lambda g, site: mk_screen_save(g, site, base)


CATALOGUE = {
    "uk-dgh": [
        (mk_cxr, 7), (P(mk_cxr, mobile=True), 3), (mk_xr_limb, 10), (P(mk_xr_limb, part="humerus"), 1), (P(mk_xr_limb, part="forearm"), 1), (mk_xr_axial, 4), (mk_xr_spine, 3), (mk_xr_bilateral, 2),
        (mk_ct_head, 6), (mk_ct_head_cspine, 2), (mk_cta_headneck, 1), (mk_mr_brain, 4), (P(mk_mr_brain, kind="iac"), 1),
        (mk_mr_brain_nodesc, 1), (mk_ct_chest, 3), (P(mk_ct_chest, kind="ctpa"), 2), (P(mk_ct_chest, kind="hrct"), 1), (mk_ct_ap, 3),
        (mk_ct_kub, 3), (mk_ct_cap, 3), (mk_ct_colono, 1), (mk_us_abdomen, 3), (mk_us_renal, 2), (mk_us_gyn, 2), (mk_us_thyroid, 1),
        (mk_us_dvt, 2), (mk_us_aorta, 1), (mk_mr_spine, 3), (mk_mr_joint, 3), (mk_mg, 3), (mk_us_breast, 1), (mk_mr_breast, 1),
        (mk_mg_film, 1), (mk_nm_bone, 2), (mk_nm_vq, 1), (mk_petct, 2), (mk_echo, 1), (mk_cath, 1), (mk_rf_gi, 1), (mk_rf_uro, 1),
        (mk_dxa, 1), (mk_opg, 1), (mk_outside, 2), (mk_merged, 3), (mk_phantom, 1), (scr(P(mk_ct_chest, kind="ctpa")), 1),
        (obj(mk_ct_head, "dose"), 2), (obj(mk_cxr, "req"), 1), (obj(mk_ct_ap, "pdf"), 1), (obj(mk_mr_brain, "ko"), 1), (obj(mk_mg, "pr"), 1),
    
        (mk_wbmr, 1), (mk_myeloma_ct, 1),
    ],
    "de-klinik": [
        (mk_cxr, 4), (P(mk_cxr, mobile=True), 2), (mk_xr_limb, 7), (P(mk_xr_limb, part="humerus"), 1), (P(mk_xr_limb, part="elbow"), 1), (mk_xr_axial, 3), (mk_xr_spine, 3), (mk_rheum, 1), (mk_longleg, 1),
        (mk_ct_head, 3), (mk_ct_head_cspine, 2), (mk_cta_headneck, 2), (mk_mr_brain, 2), (mk_mr_brain_nodesc, 2),
        (P(mk_mr_brain, kind="pituitary"), 1), (P(mk_mr_brain, kind="iac"), 1), (P(mk_mr_brain, kind="mra_cow"), 1), (mk_dsa_cerebral, 2),
        (mk_ct_sinus, 1), (mk_cbct, 2), (mk_ct_neck, 1), (mk_ct_temporal, 1), (mk_ct_chest, 3), (P(mk_ct_chest, kind="ctpa"), 1), (mk_ct_ap, 2),
        (mk_ct_liver, 1), (mk_ct_cap, 2), (P(mk_ct_cap, neck=True), 2), (mk_wbmr, 1), (mk_myeloma_ct, 1), (mk_skeletal_survey, 2),
        (mk_petct, 4), (mk_mr_spine, 2), (mk_ct_spine, 2), (mk_myelo, 1), (mk_mr_joint, 2), (mk_mr_arthro, 1), (mk_ct_limb, 2),
        (mk_us_abdomen, 2), (mk_us_thyroid, 1), (mk_us_carotid, 2), (mk_us_dvt, 1), (mk_us_shunt, 1), (mk_cta_runoff, 1), (mk_xa_leg, 2),
        (mk_cta_aorta, 1), (mk_mg, 3), (mk_mr_breast, 1), (mk_mg_biopsy, 1), (mk_nm_bone, 2), (mk_nm_thyroid, 1), (mk_nm_other, 1),
        (mk_cath, 1), (mk_ct_coronary, 1), (mk_mr_cardiac, 1), (mk_rf_gi, 1), (mk_rf_uro, 1), (mk_mr_abdomen, 1), (mk_outside, 2),
        (mk_merged, 3), (mk_phantom, 1), (scr(mk_cta_runoff), 1),
        (obj(mk_ct_head, "dose"), 1), (obj(mk_ct_cap, "dose"), 1), (obj(mk_mr_spine, "phoenix"), 1), (obj(mk_cxr, "req"), 1),
        (obj(mk_mr_joint, "pdf"), 1), (obj(mk_ct_chest, "ko"), 1),
    
        (OLD(mk_ct_head), 3), (OLD(mk_mr_spine), 2), (OLD(mk_ct_ap), 2), (OLD(mk_mr_joint), 2), (OLD(mk_ct_sinus), 1), (OLD(mk_ct_spine), 1),
    ],
    "fr-ch": [
        (mk_cxr, 7), (P(mk_cxr, mobile=True), 2), (mk_xr_limb, 9), (mk_xr_axial, 4), (mk_xr_spine, 3), (mk_longleg, 1), (mk_boneage, 1),
        (mk_ct_head, 4), (mk_ct_head_cspine, 1), (mk_cta_headneck, 1), (mk_mr_brain, 4), (P(mk_mr_brain, kind="iac"), 1), (mk_mr_brain_nodesc, 1),
        (mk_ct_sinus, 1), (mk_ct_temporal, 1), (mk_ct_chest, 2), (P(mk_ct_chest, kind="ctpa"), 2), (P(mk_ct_chest, kind="hrct"), 1),
        (mk_ct_ap, 3), (mk_ct_kub, 2), (mk_ct_liver, 1), (mk_ct_cap, 3), (P(mk_ct_cap, neck=True), 2), (mk_ct_colono, 1), (mk_petct, 2),
        (mk_mr_spine, 2), (mk_ct_spine, 2), (mk_ct_guided, 1), (mk_mr_joint, 3), (mk_mr_arthro, 1), (mk_ct_limb, 1),
        (mk_us_abdomen, 2), (mk_us_renal, 1), (mk_us_gyn, 2), (mk_us_thyroid, 1), (mk_us_carotid, 1), (mk_us_dvt, 2), (mk_us_msk, 1),
        (mk_mg, 2), (mk_us_breast, 2), (mk_mr_breast, 1), (mk_mg_biopsy, 1), (mk_echo, 2), (mk_cath, 1), (mk_ct_coronary, 1),
        (mk_nm_bone, 2), (mk_nm_mpi, 1), (mk_nm_vq, 1), (mk_nm_other, 1), (mk_rf_gi, 1), (mk_hsg, 1), (mk_rf_uro, 1), (mk_mr_abdomen, 1),
        (mk_mr_prostate, 1), (mk_mr_pelvis_f, 1), (mk_dxa, 1), (mk_outside, 2), (mk_merged, 3), (mk_phantom, 1), (scr(mk_ct_limb), 1),
        (obj(mk_ct_head, "dose"), 1), (obj(mk_ct_ap, "dose"), 1), (obj(mk_cxr, "req"), 1), (obj(mk_ct_cap, "pdf"), 1),
        (obj(mk_mr_joint, "pr"), 1), (obj(mk_us_abdomen, "ko"), 1),
    ],
    "nl-opc": [
        (mk_cxr, 9), (mk_xr_limb, 13), (mk_xr_axial, 3), (mk_xr_spine, 4), (mk_xr_bilateral, 2), (mk_longleg, 1), (mk_rheum, 1),
        (mk_boneage, 1), (mk_us_abdomen, 5), (mk_us_renal, 1), (mk_us_gyn, 3), (mk_us_thyroid, 2), (mk_us_msk, 4), (mk_us_dvt, 2),
        (mk_us_carotid, 1), (mk_us_aorta, 1), (mk_us_scrotum, 1), (mk_us_breast, 3), (mk_mg, 5), (mk_mg_biopsy, 1), (mk_mr_joint, 5),
        (mk_mr_spine, 5), (mk_mr_brain, 3), (mk_mr_prostate, 1), (mk_ct_head, 2), (mk_ct_chest, 2), (mk_ct_ap, 2), (mk_ct_kub, 2),
        (mk_ct_spine, 1), (mk_ct_sinus, 1), (mk_dxa, 3), (mk_outside, 2), (mk_merged, 3), (mk_phantom, 1), (scr(mk_ct_spine), 1),
        (obj(mk_cxr, "req"), 1), (obj(mk_mr_joint, "pdf"), 1), (obj(mk_ct_chest, "dose"), 1), (obj(mk_mg, "pr"), 1), (obj(mk_us_abdomen, "ko"), 1),
    
        (mk_ct_cap, 1), (P(mk_ct_cap, neck=True), 1),
    ],
    "us-comm": [
        (mk_cxr, 6), (P(mk_cxr, mobile=True), 3), (mk_xr_limb, 7), (P(mk_xr_limb, part="elbow"), 1), (mk_xr_axial, 3), (mk_xr_spine, 3), (mk_xr_bilateral, 1),
        (mk_ct_head, 4), (mk_ct_head_cspine, 2), (mk_cta_headneck, 1), (mk_mr_brain, 4), (P(mk_mr_brain, kind="iac"), 1),
        (P(mk_mr_brain, kind="mra_cow"), 1), (mk_ct_sinus, 1), (mk_ct_neck, 1), (mk_ct_chest, 2), (P(mk_ct_chest, kind="ctpa"), 2),
        (P(mk_ct_chest, kind="ldct"), 1), (mk_ct_ap, 4), (mk_ct_kub, 3), (mk_ct_cap, 2), (mk_ct_spine, 2), (mk_us_abdomen, 3), (mk_us_renal, 2),
        (mk_us_gyn, 2), (mk_us_thyroid, 1), (mk_us_dvt, 2), (mk_us_carotid, 2), (mk_us_aorta, 1), (mk_us_scrotum, 1), (mk_echo, 2),
        (mk_cath, 1), (mk_nm_mpi, 2), (mk_nm_bone, 2), (mk_nm_other, 1), (mk_mr_spine, 3), (mk_mr_joint, 3), (mk_mg, 4), (mk_mg_film, 1),
        (mk_us_breast, 2), (mk_mr_breast, 1), (mk_mg_biopsy, 1), (mk_dxa, 2), (mk_rf_gi, 1), (mk_rf_uro, 1), (mk_myelo, 1), (mk_cta_runoff, 1),
        (mk_outside, 3), (mk_merged, 3), (mk_phantom, 1), (scr(mk_cta_headneck), 1),
        (obj(mk_ct_head, "dose"), 2), (obj(mk_cxr, "req"), 1), (obj(mk_ct_ap, "pdf"), 1), (obj(mk_mr_spine, "ko"), 1), (obj(mk_mg, "pr"), 1),
    
        (mk_skeletal_survey, 1),
    ],
    "au-priv": [
        (mk_xr_limb, 11), (P(mk_xr_limb, part="humerus"), 1), (P(mk_xr_limb, part="forearm"), 1), (mk_cxr, 5), (mk_xr_axial, 2), (mk_xr_spine, 4), (mk_xr_bilateral, 1), (mk_longleg, 1), (mk_ct_head, 4),
        (mk_ct_sinus, 2), (mk_ct_spine, 3), (mk_ct_guided, 2), (mk_ct_chest, 2), (mk_ct_ap, 3), (mk_ct_kub, 3), (mk_ct_coronary, 2),
        (mk_ct_limb, 2), (mk_cta_headneck, 1), (mk_ct_cap, 1), (mk_mr_joint, 4), (mk_mr_spine, 4), (mk_mr_brain, 2), (mk_mr_arthro, 1),
        (mk_us_msk, 5), (mk_us_abdomen, 3), (mk_us_renal, 1), (mk_us_gyn, 3), (mk_us_thyroid, 2), (mk_us_dvt, 2), (mk_us_carotid, 1),
        (mk_us_breast, 2), (mk_mg, 4), (mk_opg, 2), (mk_dxa, 2), (mk_nm_bone, 2), (mk_outside, 1), (mk_merged, 3), (mk_phantom, 1),
        (scr(mk_ct_limb), 1), (obj(mk_ct_spine, "dose"), 1), (obj(mk_xr_limb, "req"), 1), (obj(mk_mr_joint, "phoenix"), 1),
        (obj(mk_us_abdomen, "pdf"), 1), (obj(mk_ct_coronary, "ko"), 1),
    
        (mk_ct_head_cspine, 1), (P(mk_ct_cap, neck=True), 1),
    ],
}

ORDER = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST", "CSPINE", "TSPINE", "LSPINE", "SHOULDER", "ARM", "ELBOW",
         "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
LIMBS = set(ORDER[9:])


def family(labels) -> str:
    """The clinical family of a row whose study was not made for one (outside images, merged)."""
    L = set(labels)
    if not L:
        return "no-anatomy"
    if L & LIMBS:
        return "msk"
    if L & {"CSPINE", "TSPINE", "LSPINE"}:
        return "spine"
    if "BREAST" in L:
        return "breast"
    if L == {"HEAD"}:
        return "neuro"
    if L <= {"HEAD", "NECK"}:
        return "headneck"
    if L == {"CHEST"}:
        return "chest"
    if len(L) >= 3:
        return "onc"
    return "abdo"


# ---------------------------------------------------------------------------------------------
# Sides: a one-sided row says its side somewhere a reader can see it.

SIDE_TOKENS = {
    "en": {"R": {"R", "RT", "RIGHT", "RCC", "RMLO", "RML", "RXCCL", "RLM"}, "L": {"L", "LT", "LEFT", "LCC", "LMLO", "LML", "LXCCL", "LLM"}},
    "de": {"R": {"RE", "RECHTS", "RECHTE", "RECHTER", "RECHTES"}, "L": {"LI", "LINKS", "LINKE", "LINKER", "LINKES"}},
    "fr": {"R": {"D", "DT", "DTE", "DROIT", "DROITE"}, "L": {"G", "GCHE", "GAUCHE"}},
    "nl": {"R": {"RE", "RECHTS", "RECHTER"}, "L": {"LI", "LINKS", "LINKER"}},
}
SERIES_TEXT = ("SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription")
STUDY_TEXT = ("StudyDescription", "RequestedProcedureDescription", "PerformedProcedureStepDescription")


def sides_in(texts, lang: str) -> set:
    """Side words among the texts (French elisions such as L'EPAULE or D'ACHILLE are not sides)."""
    import re
    texts = [re.sub(r"\b[LD]['’]", " ", t.upper()) if lang == "fr" else t.upper() for t in texts if isinstance(t, str)]
    words = {w for t in texts for w in re.split(r"[\W_]+", t) if w}
    found = set()
    for s in "RL":
        if words & (SIDE_TOKENS["en"][s] | SIDE_TOKENS.get(lang, {}).get(s, set())):
            found.add(s)
    return found


def settle_side(meta: dict, lat, lang: str, study_desc, where: str) -> None:
    """A one-sided row whose texts lost the side (a 16-character RIS cut it off) gets it from the
    modality's own side tag, as the device wrote it; a text naming the other side is a bug."""
    if lat not in ("L", "R"):
        return
    ser_named = sides_in([meta.get(k) for k in SERIES_TEXT], lang)
    if ser_named - {lat}:
        raise ValueError(f"series text names the other side: {where} {meta}")
    if ser_named or {meta.get("Laterality"), meta.get("ImageLaterality")} & {lat}:
        return
    study_named = sides_in([meta.get(k) for k in STUDY_TEXT] + [study_desc], lang)
    if study_named == {lat}:
        return
    meta["ImageLaterality" if meta["Modality"] in ("CR", "DX", "MG") else "Laterality"] = lat


# ---------------------------------------------------------------------------------------------
# Rows

STUDY_P = 0.36


def rows_of(g: Gen, st: Study) -> list[dict]:
    if not hasattr(st, "force"):
        st.force = None
    main_mod = st.series[0]["meta"]["Modality"]
    if st.bpe_drop is None:
        st.bpe_drop = g.chance(bpe_drop_p(st.site, st.year, main_mod))
    if st.force is not None:
        chosen = [st.force]
    else:
        k = min(len(st.series), g.pick([1, 1, 1, 1, 2, 2, 2, 3]))
        pool = list(range(len(st.series)))
        chosen = []
        for _ in range(k):
            w = [st.series[i]["weight"] for i in pool]
            if sum(w) <= 0:
                break
            x = g.r.random() * sum(w)
            for j, i in enumerate(pool):
                x -= w[j]
                if x < 0:
                    chosen.append(i)
                    pool.pop(j)
                    break
    attach = (not st.desc_in_headers) or g.chance(STUDY_P)
    lang = SITES[st.site]
    out = []
    for i in sorted(chosen):
        s = st.series[i]
        meta = st.header(s)
        settle_side(meta, s["lat"], lang, st.desc, st.why)
        labels = [c for c in ORDER if c in s["labels"]]
        if set(labels) & (LIMBS | {"BREAST"}) and s["lat"] is None:
            raise ValueError(f"limb or breast without a side: {st.why} {meta}")
        if s["lat"] is not None and not set(labels) & (LIMBS | {"BREAST"}):
            raise ValueError(f"side without limb or breast: {st.why} {meta}")
        stratum = "no-anatomy" if not labels else (family(labels) if getattr(st, "stratum_by_labels", False) else st.stratum)
        if stratum == "no-anatomy" and labels:
            stratum = family(labels)
        row = {"meta": meta, "labels": labels, "laterality": s["lat"]}
        if attach:
            row["study"] = {"StudyDescription": st.desc or "",
                            "series": [st.sibling(x) for j, x in enumerate(st.series) if j != i]}
        row["why"] = f"{st.year}: {st.why}; {s['note']}"
        row["group"] = f"{st.site}:{stratum}"
        out.append(row)
    return out


def build() -> list[dict]:
    g = Gen(random.Random(SEED))
    rows, seen = [], set()
    for site in SITES:
        for maker, n in CATALOGUE[site]:
            for _ in range(n):
                st = maker(g, site)
                for row in rows_of(g, st):
                    key = json.dumps([row["meta"], row["labels"], row["laterality"]], sort_keys=True)
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(row)
    return rows


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in build())


def summary(rows: list[dict]) -> str:
    n = len(rows)
    lines = [f"rows {n}",
             f"with study {sum('study' in r for r in rows)} ({sum('study' in r for r in rows) / n:.0%})",
             f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)} "
             f"({sum('BodyPartExamined' not in r['meta'] for r in rows) / n:.0%})",
             f"empty label set {sum(not r['labels'] for r in rows)}",
             f"multi-region {sum(len(r['labels']) >= 2 for r in rows)}",
             f"whole body {sum(set(r['labels']) == set(WB) for r in rows)}"]
    for name, key in (("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                      ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"])),
                      ("years", lambda r: "2004-2010" if int(r["why"][:4]) <= 2010 else
                       "2011-2018" if int(r["why"][:4]) <= 2018 else "2019-2024")):
        c = Counter(key(r) for r in rows)
        lines.append(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    labels = Counter(c for r in rows for c in r["labels"])
    lines.append("labels: " + ", ".join(f"{c} {labels[c]}" for c in ORDER))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from what this writes")
    ap.add_argument("--summary", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    text = render()
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what build.py writes; run build.py", file=sys.stderr)
            return 1
        return 0
    if a.summary:
        print(summary([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.splitlines())} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
