"""Turns hand-written exam templates into labelled series rows.

Standard library only, and nothing from radview: the set must not share a single
line with the code it measures.  All randomness comes from one seeded generator
that the caller passes in, so the output is a pure function of the templates.
"""

from __future__ import annotations

import random
import re

# Label order of /work/shared/anatomy.md; rows list their codes in this order.
CODES = [
    "HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST",
    "CSPINE", "TSPINE", "LSPINE",
    "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
    "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT",
]
LATERAL = set(CODES[CODES.index("SHOULDER"):]) | {"BREAST"}

# Shorthands for the unions the labelling rules define.
MACROS = {
    "WB": ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"],
    "CAP": ["CHEST", "ABDOMEN", "PELVIS"],
    "ABP": ["ABDOMEN", "PELVIS"],
    "HN": ["HEAD", "NECK"],
    "WS": ["CSPINE", "TSPINE", "LSPINE"],
}

SOP = {
    "CT": "1.2.840.10008.5.1.4.1.1.2",
    "CTE": "1.2.840.10008.5.1.4.1.1.2.1",
    "MR": "1.2.840.10008.5.1.4.1.1.4",
    "MRE": "1.2.840.10008.5.1.4.1.1.4.1",
    "CR": "1.2.840.10008.5.1.4.1.1.1",
    "DX": "1.2.840.10008.5.1.4.1.1.1.1",
    "MG": "1.2.840.10008.5.1.4.1.1.1.2",
    "BTO": "1.2.840.10008.5.1.4.1.1.13.1.3",
    "US": "1.2.840.10008.5.1.4.1.1.6.1",
    "USMF": "1.2.840.10008.5.1.4.1.1.3.1",
    "NM": "1.2.840.10008.5.1.4.1.1.20",
    "PT": "1.2.840.10008.5.1.4.1.1.128",
    "XA": "1.2.840.10008.5.1.4.1.1.12.1",
    "RF": "1.2.840.10008.5.1.4.1.1.12.2",
    "SC": "1.2.840.10008.5.1.4.1.1.7",
    "SCMF": "1.2.840.10008.5.1.4.1.1.7.4",
    "DOSE": "1.2.840.10008.5.1.4.1.1.88.67",
    "SR": "1.2.840.10008.5.1.4.1.1.88.22",
    "PDF": "1.2.840.10008.5.1.4.1.1.104.1",
    "PR": "1.2.840.10008.5.1.4.1.1.11.1",
}

VENDORS = {
    "CT": {
        "na": [("GE MEDICAL SYSTEMS", "Revolution CT"), ("GE MEDICAL SYSTEMS", "LightSpeed VCT"),
               ("SIEMENS", "SOMATOM Definition AS+"), ("Philips", "iCT 256")],
        "eu": [("SIEMENS", "SOMATOM Definition Edge"), ("SIEMENS", "SOMATOM go.Up"),
               ("Philips", "Ingenuity CT"), ("GE MEDICAL SYSTEMS", "Optima CT660"),
               ("TOSHIBA", "Aquilion PRIME")],
        "jp": [("TOSHIBA", "Aquilion ONE"), ("CANON_MEC", "Aquilion Prime SP"),
               ("Hitachi Medical Corporation", "SCENARIA"), ("FUJIFILM Corporation", "FCT Speedia")],
        "ru": [("SIEMENS", "SOMATOM Emotion 16"), ("TOSHIBA", "Aquilion 64"),
               ("United Imaging Healthcare", "uCT 530"), ("GE MEDICAL SYSTEMS", "Optima CT540")],
    },
    "MR": {
        "na": [("GE MEDICAL SYSTEMS", "SIGNA Premier"), ("GE MEDICAL SYSTEMS", "DISCOVERY MR750w"),
               ("SIEMENS", "Skyra"), ("Philips Medical Systems", "Ingenia")],
        "eu": [("SIEMENS", "MAGNETOM Vida"), ("SIEMENS", "Aera"), ("Philips Medical Systems", "Achieva"),
               ("GE MEDICAL SYSTEMS", "SIGNA Artist")],
        "jp": [("CANON_MEC", "Vantage Orian"), ("TOSHIBA", "Vantage Titan"),
               ("Hitachi Medical Corporation", "ECHELON OVAL"), ("FUJIFILM Healthcare Corporation", "ECHELON Smart")],
        "ru": [("SIEMENS", "Avanto"), ("Philips Medical Systems", "Ingenia"),
               ("GE MEDICAL SYSTEMS", "Brivo MR355")],
    },
    "CR": {
        "na": [("Carestream Health", "DRX-Evolution"), ("FUJIFILM Corporation", "FCR CAPSULA XLII"),
               ("Agfa", "CR 85-X")],
        "eu": [("Agfa", "DX-D 500"), ("KONICA MINOLTA", "REGIUS 190"), ("FUJIFILM Corporation", "FDR D-EVO II")],
        "jp": [("FUJIFILM Corporation", "FCR PROFECT CS"), ("KONICA MINOLTA", "AeroDR"),
               ("Canon Inc.", "CXDI-710C Wireless")],
        "ru": [("Agfa", "CR 30-X"), ("Carestream Health", "DirectView CR 975")],
    },
    "DX": {
        "na": [("GE Healthcare", "Discovery XR656"), ("Carestream Health", "DRX-Revolution"),
               ("Philips Medical Systems", "DigitalDiagnost")],
        "eu": [("SIEMENS", "Ysio Max"), ("Philips Medical Systems", "DigitalDiagnost C90"),
               ("Agfa", "DR 600"), ("SIEMENS", "Multix Fusion")],
        "jp": [("Canon Inc.", "CXDI-410C Wireless"), ("SHIMADZU Corp.", "RADspeed Pro"),
               ("KONICA MINOLTA", "AeroDR fine")],
        "ru": [("SIEMENS", "Multix Select DR"), ("Samsung Electronics", "GC85A")],
    },
    "MG": {
        "na": [("HOLOGIC, Inc.", "Selenia Dimensions"), ("GE Healthcare", "Senographe Pristina")],
        "eu": [("SIEMENS", "Mammomat Inspiration"), ("HOLOGIC, Inc.", "3Dimensions"),
               ("FUJIFILM Corporation", "AMULET Innovality")],
        "jp": [("FUJIFILM Corporation", "AMULET Innovality"), ("KONICA MINOLTA", "PCM")],
        "ru": [("SIEMENS", "Mammomat Fusion"), ("GE Healthcare", "Senographe Essential")],
    },
    "US": {
        "na": [("GE Healthcare", "LOGIQ E10"), ("Philips Medical Systems", "EPIQ 7G"),
               ("SIEMENS", "ACUSON Sequoia")],
        "eu": [("Esaote", "MyLab Twice"), ("SAMSUNG MEDISON CO., LTD.", "RS85"),
               ("GE Healthcare", "LOGIQ E9"), ("Philips Medical Systems", "Affiniti 70G")],
        "jp": [("Canon Medical Systems", "Aplio i800"), ("TOSHIBA_MEC_US", "Aplio 500"),
               ("FUJIFILM Healthcare Corporation", "ARIETTA 850")],
        "ru": [("SAMSUNG MEDISON CO., LTD.", "HS70A"), ("Mindray", "Resona 7")],
    },
    "NM": {
        "na": [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670"), ("SIEMENS NM", "Symbia Intevo")],
        "eu": [("SIEMENS NM", "Symbia T2"), ("GE MEDICAL SYSTEMS", "NM830"), ("Philips", "BrightView XCT")],
        "jp": [("GE MEDICAL SYSTEMS", "Discovery NM630"), ("SIEMENS NM", "Symbia Evo Excel")],
        "ru": [("SIEMENS NM", "Symbia E"), ("GE MEDICAL SYSTEMS", "Infinia")],
    },
    "PT": {
        "na": [("GE MEDICAL SYSTEMS", "Discovery MI"), ("SIEMENS", "Biograph Vision 600")],
        "eu": [("SIEMENS", "Biograph64"), ("Philips", "Vereos"), ("GE MEDICAL SYSTEMS", "Discovery 710")],
        "jp": [("SHIMADZU", "Eminence SOPHIA"), ("GE MEDICAL SYSTEMS", "Discovery 690"),
               ("CANON_MEC", "Celesteion")],
        "ru": [("SIEMENS", "Biograph mCT"), ("GE MEDICAL SYSTEMS", "Discovery 600")],
    },
    "XA": {
        "na": [("Philips Medical Systems", "Azurion 7 M20"), ("GE Healthcare", "Innova IGS 540")],
        "eu": [("SIEMENS", "AXIOM-Artis"), ("Philips Medical Systems", "Allura Xper FD20"),
               ("SIEMENS", "Artis zee")],
        "jp": [("CANON_MEC", "Alphenix"), ("SHIMADZU Corp.", "Trinias")],
        "ru": [("SIEMENS", "Artis one"), ("Philips Medical Systems", "Allura Xper FD10")],
    },
    "RF": {
        "na": [("SIEMENS", "Luminos dRF Max"), ("GE Healthcare", "Precision 500D")],
        "eu": [("SIEMENS", "Luminos Agile Max"), ("Philips Medical Systems", "CombiDiagnost R90")],
        "jp": [("SHIMADZU Corp.", "SONIALVISION G4"), ("CANON_MEC", "ZEXIRA")],
        "ru": [("SIEMENS", "Luminos Fusion")],
    },
}
VENDORS["OT"] = VENDORS["CT"]

CT_KERNELS = {
    "SIEMENS": {"soft": ["Br40d", "B30f", "I30f", "Qr40"], "bone": ["Br64d", "B70s", "Hr60", "B60f"],
                "lung": ["Bl57d", "B70f", "I70f"], "head": ["Hr38", "H31s", "J40s"]},
    "GE MEDICAL SYSTEMS": {"soft": ["STANDARD", "SOFT"], "bone": ["BONE", "BONEPLUS"],
                           "lung": ["LUNG"], "head": ["STANDARD", "SOFT"]},
    "Philips": {"soft": ["B", "C"], "bone": ["D", "YC"], "lung": ["L", "YB"], "head": ["UB", "UC"]},
    "TOSHIBA": {"soft": ["FC03", "FC13"], "bone": ["FC30", "FC35"], "lung": ["FC51", "FC52"],
                "head": ["FC23", "FC26"]},
}

MR_SEQ = [
    # (regex on the series text, ScanningSequence, SequenceName)
    (r"loc|scout|survey|plan|3-?pl|ｽｶｳﾄ", ["GR"], "*fl2d1"),
    (r"dwi|diff|adc|trace|\bb\d", ["EP"], "*ep_b1000t"),
    (r"flair", ["SE", "IR"], "*tir2d1_16"),
    (r"stir|tirm", ["IR"], "*tir2d1_7"),
    (r"tof|mra|angio", ["GR"], "*fl3d1r_t70"),
    (r"swi|swan|t2\*|hemo|gre", ["GR"], "*swi3d1r"),
    (r"vibe|lava|thrive|dixon|3d|mprage|bravo|spgr|t1.*fs.*post|\+c|gad|post", ["GR"], "*fl3d1"),
    (r"pd|dp", ["SE"], "*tse2d1_7"),
    (r"t2", ["SE"], "*tse2d1_15"),
    (r"t1", ["SE"], "*tse2d1_3"),
]

CONTRAST_RE = re.compile(
    r"w con|w/ ?con|with con|w/wo|wo/w|\bc\+|\+c\b|\bkm\b|mit km|kontrast|contrast|contraste|mdc|"
    r"con contr|iv con|kontrastem|kontrastmiddel|造影|контраст|post|\bgad|cect|cta|angio|\+kl|k\.a\.|ce\b|"
    r"sivukon|σκιαγρ|σκιαγραφ|kontrastlı|ilaçlı|kontrasztos|s kontrast",
    re.I,
)

CONTRAST_AGENTS = {
    "CT": ["OMNIPAQUE 350", "Visipaque 320", "Iomeron 400", "Ultravist 370", "IOPAMIRO 370", "Optiray 350"],
    "MR": ["GADAVIST", "DOTAREM", "Clariscan", "MultiHance", "ProHance", "Gadovist 1.0", "PRIMOVIST"],
}


def parse_labels(spec: str) -> list[str]:
    if spec in ("", "-"):
        return []
    out: set[str] = set()
    for part in spec.split("+"):
        part = part.strip()
        if part in MACROS:
            out.update(MACROS[part])
        elif part in CODES:
            out.add(part)
        else:
            raise ValueError(f"unknown label {part!r} in {spec!r}")
    return [c for c in CODES if c in out]


def default_bpe(labels: list[str]) -> str | None:
    """What a modality usually writes when the template names no BodyPartExamined."""
    s = set(labels)
    if not s:
        return None
    if set(MACROS["WB"]) <= s:
        return "WHOLEBODY"
    if set(MACROS["WS"]) <= s:
        return "SPINE"
    if "CHEST" in s and "ABDOMEN" in s:
        return "CHEST"
    if s == {"ABDOMEN", "PELVIS"}:
        return "ABDOMEN"
    for c in ("HEAD", "CHEST", "ABDOMEN"):
        if c in s:
            return c
    return labels[0]


class Gen:
    """Collects rows; every template call adds one or more series rows."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.rows: list[dict] = []
        self.bpe_rate = 0.75

    # ---- small helpers -------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def vendor(self, mod: str, region: str):
        table = VENDORS.get(mod, VENDORS["CT"])
        return self.pick(table.get(region, table["eu"]))

    # ---- per-modality series metadata ----------------------------------------------
    def series_meta(self, mod, desc, mfr, kind, contrast, it3=None, tracer=None):
        m: dict = {}
        low = desc.lower()
        if kind == "dose":
            if self.chance(0.5):
                m["SOPClassUID"] = SOP["DOSE"]
                m["Modality"] = "SR"
            else:
                m["SOPClassUID"] = SOP["SC"]
                m["ImageType"] = ["DERIVED", "SECONDARY", "OTHER"]
            return m
        if kind == "screen":
            m["SOPClassUID"] = SOP["SC"]
            m["ImageType"] = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
            return m
        if mod == "CT":
            m["SOPClassUID"] = SOP["CT"] if self.chance(0.85) else SOP["CTE"]
            if kind == "loc":
                m["ImageType"] = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
            elif re.search(r"mpr|cor|sag|mip|vr|3d|reform|recon|obl", low):
                m["ImageType"] = ["DERIVED", "SECONDARY", "MPR" if self.chance(0.5) else "REFORMATTED"]
            else:
                m["ImageType"] = ["ORIGINAL", "PRIMARY", "AXIAL"]
            if kind != "loc":
                t = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:mm|мм)|\b(\d[.,]\d{1,3})\b(?!\s*%)", low)
                num = (t.group(1) or t.group(2)) if t else None
                m["SliceThickness"] = float(num.replace(",", ".")) if num else self.pick([0.625, 1.0, 1.25, 2.0, 3.0, 5.0])
                fam = "soft"
                if re.search(r"bone|knochen|knogle|\bben\b|os\b|kost|luu|csont|kemik|骨|кост|osso|hueso|bot|osteo|hr\d|fc3", low):
                    fam = "bone"
                elif re.search(r"lung|lunge|pulm|polmon|pulmón|lunga|keuhko|tüdő|akciğer|肺|легк", low):
                    fam = "lung"
                key = next((k for k in CT_KERNELS if mfr.startswith(k.split()[0])), "SIEMENS")
                m["ConvolutionKernel"] = self.pick(CT_KERNELS[key][fam])
                m["KVP"] = self.pick([100, 120, 120, 120, 80])
            if contrast and kind != "loc":
                m["ContrastBolusAgent"] = self.pick(CONTRAST_AGENTS["CT"])
        elif mod == "MR":
            m["SOPClassUID"] = SOP["MR"] if self.chance(0.85) else SOP["MRE"]
            m["ImageType"] = ["ORIGINAL", "PRIMARY", "M", "ND"] if kind != "loc" else ["ORIGINAL", "PRIMARY", "M", "NORM", "DIS2D"]
            for rx, ss, sn in MR_SEQ:
                if kind == "loc" and not rx.startswith("loc"):
                    continue
                if re.search(rx, low):
                    m["ScanningSequence"] = ss
                    if mfr == "SIEMENS":
                        m["SequenceName"] = sn
                    break
            m["MagneticFieldStrength"] = self.pick([1.5, 3.0])
            if contrast and re.search(r"post|\+c|gad|\bc\b|ce\b|km|kontrast|mdc|造影|fs.*post|dyn|vibe|lava|thrive|mprage", low):
                m["ContrastBolusAgent"] = self.pick(CONTRAST_AGENTS["MR"])
        elif mod in ("CR", "DX"):
            m["SOPClassUID"] = SOP[mod]
            m["ImageType"] = ["ORIGINAL", "PRIMARY"]
            vp = None
            if re.search(r"\bpa\b|p\.a\.", low):
                vp = "PA"
            if re.search(r"正面|ｼｮｳﾒﾝ", low):
                vp = "PA" if re.search(r"胸|ｷｮｳ", low) else "AP"
            if re.search(r"\bap\b|a\.p\.|d\.p\.|\bdp\b", low):
                vp = "AP"
            if re.search(r"\blat|lateral|seitl|側面|bočn|boczn|profil|sivu|oldal|yan\b|sidebild|lateraal", low):
                vp = "LL" if self.chance(0.5) else "LAT"
            if re.search(r"obl|schräg|oblique|ob\b|ferde|viisto|skrå|skå", low):
                vp = "OBL" if self.chance(0.5) else None
            if vp:
                m["ViewPosition"] = vp
        elif mod == "MG":
            m["SOPClassUID"] = SOP["MG"]
        elif mod == "US":
            m["SOPClassUID"] = SOP["US"] if self.chance(0.7) else SOP["USMF"]
            m["ImageType"] = ["ORIGINAL", "PRIMARY"] + ([it3] if it3 else [])
        elif mod == "NM":
            m["SOPClassUID"] = SOP["NM"]
            t = "STATIC"
            if re.search(r"wb|whole|ganzk|helkrop|koko|tüm vücut|全身|всего тела|ολόσωμ|corps entier|cuerpo entero|total body|sweep", low):
                t = "WHOLE BODY"
            elif re.search(r"spect|tomo|recon|osem|ct ac|sa\b|hla|vla|transax|gated", low):
                t = "RECON TOMO" if re.search(r"recon|osem|sa\b|hla|vla|transax", low) else "TOMO"
            elif re.search(r"dyn|flow|perfusion phase|renogram|fas|kinet", low):
                t = "DYNAMIC"
            m["ImageType"] = ["ORIGINAL", "PRIMARY", t, "EMISSION"]
            if tracer:
                m["RadiopharmaceuticalInformationSequence"] = [{"Radiopharmaceutical": tracer}]
        elif mod == "PT":
            m["SOPClassUID"] = SOP["PT"]
            m["ImageType"] = ["ORIGINAL", "PRIMARY"]
            if tracer:
                m["RadiopharmaceuticalInformationSequence"] = [{"Radiopharmaceutical": tracer}]
        elif mod in ("XA", "RF"):
            m["SOPClassUID"] = SOP[mod]
            m["ImageType"] = ["ORIGINAL", "PRIMARY", "SINGLE PLANE"]
            if contrast and mod == "XA":
                m["ContrastBolusAgent"] = self.pick(["Visipaque 320", "Omnipaque 300", "Iomeron 350"])
        elif mod == "OT":
            m["SOPClassUID"] = SOP["SC"]
            m["ConversionType"] = self.pick(["WSD", "SD", "DI"])
        if kind == "loc" and mod in ("CT", "PT", "NM") and "ImageType" in m:
            m["ImageType"] = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
        return m

    # ---- the core: one exam (a study) turned into rows ----------------------------
    def exam(self, group, mod, study, labels, series, lat=None, why="", bpe=None, code=None,
             k=2, region="eu", proto=None, req=True, it3=None, tracer=None, ctx=None,
             tags=None, extra=None, study_only_ctx=False, bpe_rate=None):
        """series: '|'-separated; each item 'desc' or 'desc=>LABELS[:LAT[:why]]'.
        Prefixes: ~ localizer, ! no anatomy (dose/protocol page), # screen save,
        * always a row, ^ row always carries its study context."""
        exam_labels = parse_labels(labels) if isinstance(labels, str) else labels
        mfr, model = self.vendor(mod if mod in VENDORS else "CT", region)
        contrast = bool(CONTRAST_RE.search(study))
        bpe_on = self.chance(self.bpe_rate if bpe_rate is None else bpe_rate)
        if bpe is None:
            bpe = default_bpe(exam_labels)
        items = []
        number = 1
        for raw in series.split("|"):
            raw = raw.strip()
            flags = ""
            while raw and raw[0] in "~!#*^":
                flags += raw[0]
                raw = raw[1:]
            desc, _, lab = raw.partition("=>")
            desc = desc.strip()
            s_lat, s_why = lat, None
            if lab:
                parts = lab.split(":", 2)
                s_labels = parse_labels(parts[0].strip())
                if len(parts) > 1:
                    s_lat = parts[1].strip() or None
                if len(parts) > 2:
                    s_why = parts[2].strip()
            else:
                s_labels = list(exam_labels)
            kind = "img"
            if "~" in flags:
                kind = "loc"
            if "!" in flags:
                kind = "dose"
                s_labels, s_lat = [], None
            if "#" in flags:
                kind = "screen"
            if not any(c in LATERAL for c in s_labels):
                s_lat = None
            if s_why is None:
                if kind == "dose":
                    s_why = "no anatomy: " + self.pick(["dose report", "protocol/dose page", "text page"]) + f" of '{study}'"
                elif kind == "loc":
                    s_why = f"localizer planning '{study}' takes the exam anatomy; {why}"
                elif kind == "screen":
                    s_why = f"screen save of the exam images ('{study}'); {why}"
                elif lab:
                    s_why = f"{why}; this series by its own text shows {'+'.join(s_labels) or 'no anatomy'}"
                else:
                    s_why = why
            m: dict = {"Modality": mod}
            m.update(self.series_meta(mod, desc, mfr, kind, contrast, it3, tracer))
            if mod == "MG" and kind == "img":
                vp = re.search(r"\b(XCCL|CCL|MLO|CC|ML|LM|LMO|SIO)\b", desc.upper().replace("_", " "))
                if vp:
                    m["ViewPosition"] = vp.group(1)
                if "TOMO" in desc.upper():
                    m["SOPClassUID"] = SOP["BTO"]
                if s_lat in ("L", "R") and (not (tags or {}).get("ImageLaterality")) and self.chance(0.9):
                    m["ImageLaterality"] = s_lat
            m["Manufacturer"] = mfr
            m["ManufacturerModelName"] = model
            m["StudyDescription"] = study
            if desc:
                m["SeriesDescription"] = desc
            if kind == "dose":
                number_here = self.pick([999, 501, 9001, 997])
            else:
                number_here = number
                number += 1
            m["SeriesNumber"] = number_here
            if proto is not None and kind in ("img", "loc"):
                m["ProtocolName"] = proto
            elif mod in ("CT", "MR") and kind != "dose" and desc and self.chance(0.5):
                m["ProtocolName"] = desc
            if req and self.chance(0.5):
                m["RequestedProcedureDescription"] = study if req is True else req
            if self.chance(0.25):
                m["PerformedProcedureStepDescription"] = study
            if bpe_on and bpe:
                m["BodyPartExamined"] = bpe
            if code and self.chance(0.6):
                m["ProcedureCodeSequence"] = [{"CodeValue": code[0], "CodingSchemeDesignator": code[1],
                                               "CodeMeaning": code[2] if len(code) > 2 else study}]
            if tags:
                m.update(tags)
            if extra:
                m.update(extra)
            items.append((flags, m, s_labels, s_lat, s_why))
        # Choose the rows: flagged '*' always, then a random sample up to k.
        forced = [i for i, it in enumerate(items) if "*" in it[0]]
        rest = [i for i in range(len(items)) if i not in forced]
        self.rng.shuffle(rest)
        chosen = sorted(set(forced + rest[: max(0, k - len(forced))]))
        for i in chosen:
            flags, m, s_labels, s_lat, s_why = items[i]
            row = {"meta": m, "labels": s_labels, "laterality": s_lat}
            want_ctx = ("^" in flags) or (ctx if ctx is not None else self.chance(0.5))
            if len(items) < 2:
                want_ctx = False  # a one-series study has no siblings to show
            if want_ctx:
                sib = []
                for j, it in enumerate(items):
                    if j == i:
                        continue
                    o = it[1]
                    sm = {key: o[key] for key in ("Modality", "SeriesNumber", "SeriesDescription", "ProtocolName",
                                                  "BodyPartExamined", "ImageType", "Laterality", "ImageLaterality",
                                                  "ViewPosition") if key in o}
                    sib.append(sm)
                row["study"] = {"StudyDescription": study, "series": sib}
                if study_only_ctx:
                    row["meta"] = dict(m)
                    row["meta"].pop("StudyDescription", None)
                    row["meta"].pop("RequestedProcedureDescription", None)
                    row["meta"].pop("PerformedProcedureStepDescription", None)
                    row["meta"].pop("ProcedureCodeSequence", None)
            row["why"] = s_why
            row["group"] = group
            self.rows.append(row)

    # ---- limb exams with a side -----------------------------------------------------
    def limb(self, group, mod, labels, forms, series, why, toks, sides="LR", n=2, k=2,
             modes=("study", "series", "tag"), bpe=None, region="eu", code=None, it3=None, proto=None):
        """forms: {'L': study text, 'R': ..., 'B': ..., 'N': text without side}.
        toks: {'L': [...], 'R': [...], 'B': [...]} side words of the language.
        series: '|'-separated, '{s}' marks where a series names its side."""
        for _ in range(n):
            side = self.pick(sides)
            mode = self.pick(modes)
            if side == "B" or "N" not in forms:
                mode = "study"
            study = forms[side] if mode == "study" else forms["N"]
            parts = []
            for raw in series.split("|"):
                raw = raw.strip()
                m = re.match(r"^([~!#*^]*)(.*)$", raw)
                fl, body = m.group(1), m.group(2)
                body, arrow, lab = body.partition("=>")
                tail = arrow + lab  # an explicit label stays with the series
                if tail and side == "B" and "{s}" in body:
                    if ":" in lab:
                        raise ValueError(f"explicit side and side slot in a bilateral series: {raw}")
                    one_labels = lab
                else:
                    one_labels = labels
                if side == "B" and "{s}" in body:
                    for one in "LR":
                        word = {"L": "left", "R": "right"}[one]
                        parts.append(fl + self._side_text(body, self.pick(toks[one]))
                                     + f"=>{one_labels}:{one}:{why}; this series of a bilateral exam names the {word} side")
                    continue
                if mode == "tag" or "!" in fl:
                    body = self._side_text(body, "")
                elif mode == "series" and "{s}" not in body:
                    body = body.strip() + " " + self.pick(toks[side])
                else:
                    body = self._side_text(body, self.pick(toks[side]))
                parts.append(fl + body + tail)
            tags = None
            if mode == "tag":
                if mod in ("CR", "DX", "MG"):
                    tags = {"ImageLaterality": side} if self.chance(0.6) else {"Laterality": side, "ImageLaterality": side}
                else:
                    tags = {"Laterality": side}
            elif side in "LR" and self.chance(0.35):
                tags = {"ImageLaterality": side} if mod in ("CR", "DX") else {"Laterality": side}
            side_word = {"L": "left", "R": "right", "B": "both sides"}[side]
            where = {"study": "side in the study text", "series": "side only in the series text",
                     "tag": "side only in the laterality tag"}[mode]
            self.exam(group, mod, study, labels, "|".join(parts), lat=side,
                      why=f"{why}; {side_word} ({where})", bpe=bpe, k=k, region=region, code=code,
                      it3=it3, tags=tags, proto=proto)

    @staticmethod
    def _side_text(body: str, word: str) -> str:
        return re.sub(r"\s{2,}", " ", body.replace("{s}", word)).strip(" _-,")
