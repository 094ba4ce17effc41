"""Write tests/anatomy/data/clinical_set_15.jsonl: blind clinical anatomy set 15, a month of a
hospital group across the Middle East, North Africa, Turkey and South Asia (13 sites).

Standard library only, fixed seed. Every series is written the way the site's RIS and its
scanners write it (English, Arabic, French, Turkish, Farsi, South Asian English abbreviations),
and labelled by hand-written rules per exam from the shared anatomy spec: what the series
images in its study. ``--check`` exits 1 when the committed file differs from what this script
writes; ``--summary`` prints the counts.
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 150_2026
OUT = Path(__file__).resolve().parents[1] / "data" / "clinical_set_15.jsonl"

WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]
AP = ["ABDOMEN", "PELVIS"]
CAP = ["CHEST", "ABDOMEN", "PELVIS"]
WSPINE = ["CSPINE", "TSPINE", "LSPINE"]

# ---------------------------------------------------------------------------------------------
# Sites: language mix of the RIS text (weights), devices per modality (manufacturer, model, family)
# ---------------------------------------------------------------------------------------------
SITES = {
    "ae-dxb": dict(langs={"en": 6, "ar": 2, "enar": 2}, studies=41, ctx=0.45, dev={
        "CT": ("GE MEDICAL SYSTEMS", "Revolution EVO", "ge"), "MR": ("SIEMENS", "MAGNETOM Vida", "siemens"),
        "US": ("GE Healthcare", "LOGIQ E10", "ge"), "DX": ("Carestream Health", "DRX-Evolution Plus", "cs"),
        "MG": ("HOLOGIC, Inc.", "Selenia Dimensions", "hologic"), "PT": ("GE MEDICAL SYSTEMS", "Discovery MI", "ge"),
        "NM": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "ge"), "XA": ("Philips", "Azurion", "philips"),
        "DXA": ("HOLOGIC", "Horizon A", "hologic"), "RF": ("Philips", "CombiDiagnost R90", "philips"),
        "PX": ("PLANMECA", "ProMax", "planmeca")}),
    "sa-riy": dict(langs={"en": 7, "ar": 2, "enar": 1}, studies=41, ctx=0.4, dev={
        "CT": ("SIEMENS", "SOMATOM Force", "siemens"), "MR": ("Philips", "Ingenia", "philips"),
        "US": ("Philips", "EPIQ 7G", "philips"), "DX": ("Philips", "DigitalDiagnost", "philips"),
        "MG": ("SIEMENS", "MAMMOMAT Revelation", "siemens"), "PT": ("SIEMENS", "Biograph Vision 600", "siemens"),
        "NM": ("SIEMENS NM", "Symbia Intevo Bold", "siemens"), "XA": ("SIEMENS", "Artis Q", "siemens"),
        "DXA": ("GE Healthcare", "Lunar iDXA", "lunar"), "RF": ("SIEMENS", "Luminos dRF Max", "siemens"),
        "PX": ("Carestream Health", "CS 8100", "cs")}),
    "eg-univ": dict(langs={"en": 7, "ar": 2, "inp": 1}, studies=42, ctx=0.4, dev={
        "CT": ("TOSHIBA", "Aquilion PRIME", "canon"), "MR": ("Philips Medical Systems", "Achieva", "philips"),
        "US": ("Mindray", "DC-70", "mindray"), "DX": ("FUJIFILM Corporation", "FCR CAPSULA XL II", "fuji"),
        "MG": ("FUJIFILM Corporation", "FDR MS-3500", "fuji"), "XA": ("Philips Medical Systems", "AlluraXper", "philips"),
        "RF": ("TOSHIBA", "ULTIMAX-i", "canon"), "NM": ("SIEMENS NM", "Symbia T2", "siemens"),
        "DXA": ("HOLOGIC", "Discovery Wi", "hologic"), "PX": ("Sirona", "ORTHOPHOS XG", "sirona"),
        "PT": ("SIEMENS", "Biograph mCT", "siemens")}),
    "ma-chu": dict(langs={"fr": 7, "ar": 2, "frU": 3}, studies=41, ctx=0.4, dev={
        "CT": ("SIEMENS", "SOMATOM go.Top", "siemens"), "MR": ("SIEMENS", "MAGNETOM Aera", "siemens"),
        "US": ("SAMSUNG MEDISON CO., LTD.", "HS70A", "samsung"), "DX": ("Carestream Health", "DRX-Ascend", "cs"),
        "MG": ("GE MEDICAL SYSTEMS", "Senographe Pristina", "ge"), "NM": ("GE MEDICAL SYSTEMS", "Infinia", "ge"),
        "XA": ("GE MEDICAL SYSTEMS", "Innova IGS 530", "ge"), "RF": ("Carestream Health", "DRX-Ascend", "cs"),
        "DXA": ("GE Healthcare", "Lunar Prodigy", "lunar"), "PX": ("Carestream Health", "CS 8100", "cs"),
        "PT": ("SIEMENS", "Biograph Horizon", "siemens")}),
    "tn-clin": dict(langs={"fr": 6, "frU": 4}, studies=38, ctx=0.35, dev={
        "CT": ("Canon Medical Systems", "Aquilion Lightning", "canon"), "MR": ("Hitachi Medical Corporation", "ECHELON_OVAL", "hitachi"),
        "US": ("Hitachi Aloka Medical", "ARIETTA 70", "hitachi"), "DX": ("Agfa", "DX-D 300", "agfa"),
        "MG": ("FUJIFILM Corporation", "FDR MS-3500", "fuji"), "DXA": ("HOLOGIC", "Discovery A", "hologic"),
        "PX": ("Vatech", "PaX-i3D", "vatech"), "RF": ("Agfa", "DX-D 300", "agfa"), "XA": ("Philips", "Azurion", "philips"),
        "NM": ("GE MEDICAL SYSTEMS", "Discovery NM 630", "ge"), "PT": ("GE MEDICAL SYSTEMS", "Discovery IQ", "ge")}),
    "dz-chu": dict(langs={"fr": 7, "frU": 3, "ar": 1}, studies=38, ctx=0.4, dev={
        "CT": ("GE MEDICAL SYSTEMS", "Optima CT660", "ge"), "MR": ("GE MEDICAL SYSTEMS", "SIGNA Explorer", "ge"),
        "US": ("Mindray", "Resona 7", "mindray"), "DX": ("FUJIFILM Corporation", "FCR PROFECT CS", "fuji"),
        "MG": ("GE MEDICAL SYSTEMS", "Senographe Essential", "ge"), "NM": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "ge"),
        "XA": ("GE MEDICAL SYSTEMS", "Innova 2100-IQ", "ge"), "RF": ("FUJIFILM Corporation", "FCR PROFECT CS", "fuji"),
        "DXA": ("HOLOGIC", "Discovery Wi", "hologic"), "PX": ("Sirona", "ORTHOPHOS XG", "sirona"),
        "PT": ("GE MEDICAL SYSTEMS", "Discovery 710", "ge")}),
    "tr-sehir": dict(langs={"trA": 6, "tr": 4}, studies=42, ctx=0.45, dev={
        "CT": ("UIH", "uCT 760", "uih"), "MR": ("UIH", "uMR 780", "uih"),
        "US": ("Neusoft Medical Systems", "NeuSight Orcas", "neusoft"), "DX": ("SIEMENS", "Ysio Max", "siemensdx"),
        "MG": ("SIEMENS", "MAMMOMAT Inspiration", "siemens"), "NM": ("SIEMENS NM", "Symbia Intevo 16", "siemens"),
        "PT": ("UIH", "uMI 780", "uih"), "XA": ("SIEMENS", "Artis zee", "siemens"), "RF": ("SIEMENS", "Luminos Agile Max", "siemens"),
        "DXA": ("HOLOGIC", "Horizon W", "hologic"), "PX": ("PLANMECA", "ProMax", "planmeca")}),
    "tr-ozel": dict(langs={"tr": 7, "trA": 3}, studies=40, ctx=0.4, dev={
        "CT": ("Philips", "Ingenuity CT", "philips"), "MR": ("GE MEDICAL SYSTEMS", "SIGNA Pioneer", "ge"),
        "US": ("SAMSUNG MEDISON CO., LTD.", "RS85", "samsung"), "DX": ("Philips", "DigitalDiagnost C90", "philips"),
        "MG": ("HOLOGIC, Inc.", "Selenia Dimensions", "hologic"), "PT": ("GE MEDICAL SYSTEMS", "Discovery IQ", "ge"),
        "NM": ("GE MEDICAL SYSTEMS", "Discovery NM 630", "ge"), "XA": ("Philips", "Azurion", "philips"),
        "DXA": ("GE Healthcare", "Lunar DPX Pro", "lunar"), "RF": ("Philips", "CombiDiagnost R90", "philips"),
        "PX": ("Vatech", "PaX-i", "vatech")}),
    "ir-univ": dict(langs={"fa": 5, "en": 4, "faen": 2}, studies=41, ctx=0.4, dev={
        "CT": ("SIEMENS", "SOMATOM Definition AS", "siemens"), "MR": ("SIEMENS", "MAGNETOM Avanto", "siemens"),
        "US": ("Mindray", "DC-80", "mindray"), "DX": ("FUJIFILM Corporation", "FCR CAPSULA XL II", "fuji"),
        "MG": ("GE MEDICAL SYSTEMS", "Senographe Essential", "ge"), "NM": ("SIEMENS NM", "Symbia T2", "siemens"),
        "PT": ("SIEMENS", "Biograph Horizon", "siemens"), "XA": ("SIEMENS", "AXIOM-Artis", "siemens"),
        "DXA": ("HOLOGIC", "Discovery Wi", "hologic"), "RF": ("SIEMENS", "Luminos Fusion", "siemens"),
        "PX": ("Sirona", "ORTHOPHOS XG", "sirona")}),
    "pk-lhr": dict(langs={"inp": 8, "en": 2}, studies=41, ctx=0.4, dev={
        "CT": ("TOSHIBA", "Aquilion", "canon"), "MR": ("Hitachi Medical Corporation", "ECHELON", "hitachi"),
        "US": ("Mindray", "DC-70", "mindray"), "DX": ("FUJIFILM Corporation", "FCR Prima T2", "fuji"),
        "MG": ("HOLOGIC, Inc.", "Selenia", "hologic"), "NM": ("SIEMENS NM", "e.cam", "siemens"),
        "PT": ("SIEMENS", "Biograph mCT", "siemens"), "XA": ("SIEMENS", "Artis zee", "siemens"),
        "DXA": ("HOLOGIC", "Discovery Ci", "hologic"), "RF": ("TOSHIBA", "KXO-50SS", "canon"),
        "PX": ("Carestream Health", "CS 9000", "cs")}),
    "in-corp": dict(langs={"inp": 8, "en": 2}, studies=45, ctx=0.4, dev={
        "CT": ("GE MEDICAL SYSTEMS", "Revolution ACT", "ge"), "MR": ("GE MEDICAL SYSTEMS", "SIGNA Creator", "ge"),
        "US": ("SAMSUNG MEDISON CO., LTD.", "HS60", "samsung"), "DX": ("Carestream Health", "DRX-Evolution", "cs"),
        "MG": ("GE MEDICAL SYSTEMS", "Senographe Pristina", "ge"), "PT": ("GE MEDICAL SYSTEMS", "Discovery IQ", "ge"),
        "NM": ("GE MEDICAL SYSTEMS", "Discovery NM/CT 670 Pro", "ge"), "XA": ("GE MEDICAL SYSTEMS", "Innova IGS 520", "ge"),
        "DXA": ("GE Healthcare", "Lunar Prodigy Advance", "lunar"), "RF": ("Carestream Health", "DRX-Evolution", "cs"),
        "PX": ("PLANMECA", "ProMax", "planmeca")}),
    "lb-bey": dict(langs={"en": 5, "fr": 3, "ar": 1, "enar": 1}, studies=41, ctx=0.45, dev={
        "CT": ("SIEMENS", "SOMATOM Definition Edge", "siemens"), "MR": ("SIEMENS", "MAGNETOM Skyra", "siemens"),
        "US": ("TOSHIBA_MEC_US", "Aplio 500", "canon"), "DX": ("Agfa", "DX-D 500", "agfa"),
        "MG": ("HOLOGIC, Inc.", "Selenia Dimensions", "hologic"), "NM": ("SIEMENS NM", "Symbia Intevo 16", "siemens"),
        "PT": ("SIEMENS", "Biograph mCT", "siemens"), "XA": ("SIEMENS", "Artis Q", "siemens"),
        "DXA": ("HOLOGIC", "Horizon A", "hologic"), "RF": ("Agfa", "DX-D 500", "agfa"), "PX": ("Sirona", "ORTHOPHOS SL", "sirona")}),
    "jo-onc": dict(langs={"en": 8, "ar": 1, "enar": 1}, studies=38, ctx=0.45, dev={
        "CT": ("SIEMENS", "SOMATOM Definition Flash", "siemens"), "MR": ("GE MEDICAL SYSTEMS", "DISCOVERY MR750w", "ge"),
        "US": ("GE Healthcare", "LOGIQ E9", "ge"), "DX": ("Carestream Health", "DRX-Revolution", "cs"),
        "MG": ("HOLOGIC, Inc.", "Selenia Dimensions", "hologic"), "PT": ("SIEMENS", "Biograph Vision 450", "siemens"),
        "NM": ("SIEMENS NM", "Symbia Intevo Bold", "siemens"), "XA": ("SIEMENS", "Artis Q", "siemens"),
        "DXA": ("HOLOGIC", "Horizon A", "hologic"), "RF": ("SIEMENS", "Luminos dRF Max", "siemens"),
        "PX": ("PLANMECA", "ProMax", "planmeca")}),
}

# ---------------------------------------------------------------------------------------------
# Language: what the RIS writes, and what the modality makes of it
# ---------------------------------------------------------------------------------------------
TR_ASCII = str.maketrans({"ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O",
                          "ş": "s", "Ş": "S", "ü": "u", "Ü": "U", "â": "a", "Â": "A"})
FR_ASCII = str.maketrans({"é": "e", "É": "E", "è": "e", "È": "E", "ê": "e", "Ê": "E", "à": "a", "â": "a",
                          "ô": "o", "î": "i", "ï": "i", "ç": "c", "û": "u", "ù": "u"})


def tr_upper(s: str) -> str:
    """Turkish upper case (i -> İ, ı -> I), as a Turkish RIS writes it."""
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_ascii(s: str) -> str:
    """What a modality console without Turkish characters makes of a Turkish procedure name."""
    return tr_upper(s).translate(TR_ASCII)


def fr_ascii(s: str) -> str:
    return s.upper().translate(FR_ASCII).upper()


def localise(rng, table: dict, lang: str) -> str:
    """One description from ``table`` ({lang: [texts]}) for a site writing ``lang``."""
    if lang == "trA":
        return tr_ascii(rng.choice(table["tr"]))
    if lang == "frU":
        return fr_ascii(rng.choice(table["fr"]))
    if lang in ("enar", "faen"):
        lang = "en"
    if lang == "inp" and "inp" not in table:
        lang = "en"
    return rng.choice(table[lang])


def requested(rng, table: dict, lang: str):
    """The RIS requested-procedure text: bilingual sites put the Arabic or Farsi name here."""
    if lang == "enar" and "ar" in table:
        return rng.choice(table["ar"])
    if lang == "faen" and "fa" in table:
        return rng.choice(table["fa"])
    return None


# Limb parts: labels, and how each language names the part (French and Arabic with grammatical
# gender, for the side adjective).
PARTS = {
    "knee": (["KNEE"], "KNEE", "KNEE JOINT", ("Genou", "m"), ("الركبة", "f"), "diz", "زانو"),
    "shoulder": (["SHOULDER"], "SHOULDER", "SHOULDER JOINT", ("Épaule", "f"), ("الكتف", "m"), "omuz", "شانه"),
    "hand": (["HAND"], "HAND", "HAND", ("Main", "f"), ("اليد", "f"), "el", "دست"),
    "wrist": (["WRIST"], "WRIST", "WRIST JOINT", ("Poignet", "m"), ("الرسغ", "m"), "el bileği", "مچ دست"),
    "elbow": (["ELBOW"], "ELBOW", "ELBOW JOINT", ("Coude", "m"), ("المرفق", "m"), "dirsek", "آرنج"),
    "forearm": (["FOREARM"], "FOREARM", "FOREARM", ("Avant-bras", "m"), ("الساعد", "m"), "önkol", "ساعد"),
    "humerus": (["ARM"], "HUMERUS", "ARM", ("Humérus", "m"), ("العضد", "m"), "humerus", "بازو"),
    "hip": (["HIP"], "HIP", "HIP JOINT", ("Hanche", "f"), ("الورك", "m"), "kalça", "مفصل ران"),
    "femur": (["THIGH"], "FEMUR", "THIGH", ("Fémur", "m"), ("الفخذ", "m"), "femur", "ران"),
    "leg": (["LEG"], "TIB/FIB", "LEG", ("Jambe", "f"), ("الساق", "f"), "kruris", "ساق پا"),
    "ankle": (["ANKLE"], "ANKLE", "ANKLE JOINT", ("Cheville", "f"), ("الكاحل", "m"), "ayak bileği", "مچ پا"),
    "foot": (["FOOT"], "FOOT", "FOOT", ("Pied", "m"), ("القدم", "f"), "ayak", "پا"),
    "clavicle": (["SHOULDER"], "CLAVICLE", "CLAVICLE", ("Clavicule", "f"), ("الترقوة", "f"), "klavikula", "ترقوه"),
    "scaphoid": (["WRIST"], "SCAPHOID", "SCAPHOID", ("Scaphoïde", "m"), ("العظم الزورقي", "m"), "skafoid", "اسکافوئید"),
    "calcaneus": (["FOOT"], "CALCANEUS", "CALCANEUM", ("Calcanéum", "m"), ("عظم العقب", "m"), "kalkaneus", "کالکانئوس"),
    "finger": (["HAND"], "FINGER", "FINGER", ("Doigt", "m"), ("الإصبع", "m"), "el parmak", "انگشت دست"),
    "toe": (["FOOT"], "TOE", "GREAT TOE", ("Orteil", "m"), ("إصبع القدم", "m"), "ayak parmak", "انگشت پا"),
}
AR_SIDE = {("R", "m"): "الأيمن", ("L", "m"): "الأيسر", ("R", "f"): "اليمنى", ("L", "f"): "اليسرى"}
FR_SIDE = {("R", "m"): "droit", ("L", "m"): "gauche", ("R", "f"): "droite", ("L", "f"): "gauche"}
MOD_WORD = {  # the modality word each language puts in a procedure name
    "XR": {"en": ["XR", "X-RAY", "XR"], "inp": ["X-RAY", "X RAY", "XRAY"], "fr": ["Radiographie", "Radio", "Rx"],
           "ar": ["أشعة سينية", "أشعة عادية"], "tr": ["grafisi", "grafi"], "fa": ["گرافی", "رادیوگرافی"]},
    "CT": {"en": ["CT"], "inp": ["CT", "NCCT"], "fr": ["TDM", "Scanner"], "ar": ["أشعة مقطعية", "تصوير مقطعي"],
           "tr": ["BT"], "fa": ["سی تی اسکن"]},
    "MR": {"en": ["MRI", "MR"], "inp": ["MRI"], "fr": ["IRM"], "ar": ["رنين مغناطيسي"], "tr": ["MR"], "fa": ["ام آر آی", "MRI"]},
    "US": {"en": ["US", "ULTRASOUND"], "inp": ["USG", "US"], "fr": ["Echographie", "Écho"], "ar": ["موجات فوق صوتية", "سونار"],
           "tr": ["USG", "ultrasonografi"], "fa": ["سونوگرافی"]},
}


def limb_desc(rng, lang: str, mod: str, part: str, side: str, extra: str = "") -> str:
    """A procedure name for a limb exam with its side written in words in the site's language."""
    _, en, inp, (fr, g), (ar, ga), tr, fa = PARTS[part]
    mw = MOD_WORD[mod]
    base = "inp" if lang == "inp" else ("en" if lang in ("en", "enar", "faen") else lang)
    base = {"trA": "tr", "frU": "fr"}.get(base, base)
    m = rng.choice(mw[base])
    if base == "en":
        if side == "B":
            s = rng.choice([f"{m} {en} BILATERAL", f"{m} BOTH {en}S" if not en.endswith("S") else f"{m} BILATERAL {en}",
                            f"{m} {en} BIL"])
        else:
            w = rng.choice([("RT", "LT"), ("RIGHT", "LEFT"), ("Rt", "Lt")])[side == "L"]
            s = rng.choice([f"{m} {en} {w}", f"{m} {w} {en}", f"{m} {en.title()} {w}"])
        return s + (f" {extra}" if extra else "")
    if base == "inp":
        if side == "B":
            s = rng.choice([f"{m} BOTH {inp} AP", f"{m} {inp} B/L", f"{m} B/L {inp} AP/LAT"])
        else:
            w = rng.choice([("RT", "LT"), ("RIGHT", "LEFT"), ("Rt.", "Lt.")])[side == "L"]
            if mod == "XR":
                s = rng.choice([f"{m} {inp} AP/LAT ({w})", f"{m} {w} {inp} AP & LAT", f"{m} {inp} {w} SIDE", f"{m}-{inp} {w}"])
            else:
                s = rng.choice([f"{m} {inp} ({w})", f"{m} {w} {inp}", f"{m} {inp} {w} SIDE"])
        return s + (f" {extra}" if extra else "")
    if base == "fr":
        if side == "B":
            s = f"{m} {fr} bilatéral{'e' if g == 'f' else ''}"
        else:
            s = f"{m} {fr} {FR_SIDE[side, g]}"
        s = s + (f" {extra}" if extra else "")
        return fr_ascii(s) if lang == "frU" else s
    if base == "ar":
        if side == "B":
            return f"{m} على {ar} - الجهتين"
        return f"{m} على {ar} {AR_SIDE[side, ga]}"
    if base == "tr":
        trm = {"XR": rng.choice(["grafisi", "grafisi (2 yön)", "grafisi AP-LAT"]), "CT": "BT", "MR": rng.choice(["MR", "MR (kontrastsız)"]),
               "US": "USG"}[mod]
        sd = {"R": "sağ", "L": "sol", "B": "bilateral"}[side]
        s = f"{sd} {tr} {trm}" if mod == "XR" else f"{sd} {tr} {trm}"
        s = tr_upper(s) if rng.random() < 0.6 or lang == "trA" else s.capitalize()
        return tr_ascii(s) if lang == "trA" else s
    if base == "fa":
        sd = {"R": "راست", "L": "چپ", "B": "دو طرفه"}[side]
        return f"{m} {fa} {sd}"
    raise ValueError(lang)

# ---------------------------------------------------------------------------------------------
# Scanner-side names: CT recon names and kernels, MR sequence names, X-ray view names
# ---------------------------------------------------------------------------------------------
NEW_SIEMENS = ("Force", "Vision", "go.Top", "Edge", "Flash")
KERNEL = {
    "ge": {"soft": "STANDARD", "lung": "LUNG", "bone": "BONE", "brain": "STANDARD", "angio": "STANDARD", "detail": "DETAIL"},
    "siemens": {"soft": "Br40d", "lung": "Bl57d", "bone": "Br64d", "brain": "Hr38h", "angio": "Bv40d", "detail": "Br59d"},
    "siemens-old": {"soft": "B30f", "lung": "B70f", "bone": "B60f", "brain": "H31s", "angio": "B26f", "detail": "B45f"},
    "philips": {"soft": "B", "lung": "L", "bone": "D", "brain": "UB", "angio": "CB", "detail": "YB"},
    "canon": {"soft": "FC03", "lung": "FC52", "bone": "FC30", "brain": "FC26", "angio": "FC04", "detail": "FC81"},
    "uih": {"soft": "B_SOFT_B", "lung": "L_SHARP_B", "bone": "B_SHARP_C", "brain": "H_SOFT_B", "angio": "B_SOFT_B", "detail": "B_SHARP_B"},
}
SCOUT = {"ge": ["Scout", "SCOUT"], "siemens": ["Topogram  0.6  T20f", "Topogram  1.0  Tr20"], "philips": ["Surview"],
         "canon": ["Scanogram", "SCANOGRAM"], "uih": ["Scout", "Topogram"]}
DOSE = {"ge": ("Dose Report", "OT"), "siemens": ("Patient Protocol", "CT"), "philips": ("Dose Info", "CT"),
        "canon": ("Dose Info", "OT"), "uih": ("Dose Report", "CT")}


def kernel_family(dev):
    fam = dev[2]
    if fam == "siemens" and not any(k in dev[1] for k in NEW_SIEMENS):
        return "siemens-old"
    return fam


def ct_name(rng, dev, region: str, kind: str, thk: float, plane: str = "ax"):
    """(SeriesDescription, ConvolutionKernel) of a CT recon as the vendor names it; ``region`` is
    the vendor's English region word (may be '' for recons named without a region)."""
    fam, kf = dev[2], kernel_family(dev)
    k = KERNEL[kf][kind]
    t = f"{thk:.1f}" if thk != int(thk) or fam != "ge" else f"{int(thk)}"
    if fam == "ge":
        kw = {"soft": rng.choice(["STND", "Std", "SOFT"]), "lung": "Lung", "bone": rng.choice(["BONE", "Bone+"]),
              "brain": "STND", "angio": "CTA", "detail": "Detail"}[kind]
        if plane == "ax":
            d = rng.choice([f"{t}mm {kw}", f"{region} {t}mm {kw}".strip(), f"Recon {rng.randint(2, 4)}: {t}mm {kw}"])
        else:
            d = rng.choice([f"{plane.title()} {t}mm", f"{region} {plane.upper()} MPR".strip(), f"{plane.title()} {kw} MPR"])
        return d, k
    if fam.startswith("siemens"):
        r = region or rng.choice(["Body", "Recon"])
        if plane == "ax":
            return f"{r}  {t}  {k}", k
        return f"{r} {plane.title()}  {t}  {k}", k
    if fam == "philips":
        r = region or "Body"
        if plane == "ax":
            return rng.choice([f"{r} {t}mm", f"{r} {t} iDose (4)", f"iDose (3) {t}mm"]), k
        return f"{plane.title()} {r} {t}mm", k
    if fam == "canon":
        r = region or "Body"
        if plane == "ax":
            return rng.choice([f"{r}  {t}  {k}", f"{r} {t} CE", f"{t}mm AX {r.upper()}"]), k
        return rng.choice([f"{plane.upper()} {t}", f"MPR {plane.title()} {r}"]), k
    if fam == "uih":
        r = region or "Recon"
        if plane == "ax":
            return f"{r} {t} {k}", k
        return f"{plane.upper()}_{r}_{t}", k
    raise ValueError(fam)


MR_NAMES = {  # code -> (SeriesDescription per family, SequenceName per family, ScanningSequence)
    "loc": ({"siemens": "localizer", "uih": "localizer", "ge": "3Pl Loc", "philips": "Survey", "hitachi": "Scanogram"},
            {"siemens": "*fl2d1", "uih": "gre_fast", "ge": "3-plane"}, "GR"),
    "t1": ({"siemens": "t1_tse_{p}", "uih": "t1_fse_{p}", "ge": "{P} T1 FSE", "philips": "T1W_TSE_{PP}", "hitachi": "T1W_SE {P}"},
           {"siemens": "*tse2d1_3", "uih": "fse", "ge": "fse-xl"}, "SE"),
    "t2": ({"siemens": "t2_tse_{p}", "uih": "t2_fse_{p}", "ge": "{P} T2 FSE", "philips": "T2W_TSE_{PP}", "hitachi": "T2W_FSE {P}"},
           {"siemens": "*tse2d1_15", "uih": "fse", "ge": "fse-xl"}, "SE"),
    "pdfs": ({"siemens": "pd_tse_fs_{p}", "uih": "pd_fse_fs_{p}", "ge": "{P} PD FS", "philips": "PDW_SPAIR_{PP}", "hitachi": "PDW_FS {P}"},
             {"siemens": "*tse2d1_9", "uih": "fse", "ge": "fse-xl"}, "SE"),
    "t2fs": ({"siemens": "t2_tse_fs_{p}", "uih": "t2_fse_fs_{p}", "ge": "{P} T2 FS", "philips": "T2W_SPAIR_{PP}", "hitachi": "T2W_FS {P}"},
             {"siemens": "*tse2d1_17", "uih": "fse", "ge": "fse-xl"}, "SE"),
    "stir": ({"siemens": "t2_tirm_{p}", "uih": "t2_fse_stir_{p}", "ge": "{P} STIR", "philips": "STIR_{PP}", "hitachi": "STIR {P}"},
             {"siemens": "*tir2d1_11", "uih": "fse_ir", "ge": "fse-xl"}, "IR"),
    "flair": ({"siemens": "t2_tirm_{p}_dark-fl", "uih": "t2_flair_{p}", "ge": "{P} T2 FLAIR", "philips": "FLAIR_{PP}", "hitachi": "FLAIR {P}"},
              {"siemens": "*tir2d1_16", "uih": "fse_ir", "ge": "fse-ir"}, "SE\\IR"),
    "dwi": ({"siemens": "ep2d_diff_3scan_trace_p2", "uih": "dwi_{p}_b1000", "ge": "Ax DWI b1000", "philips": "DWI_SSh", "hitachi": "DWI Ax b1000"},
            {"siemens": "*ep_b0_1000", "uih": "epi_dwi", "ge": "epi"}, "EP"),
    "adc": ({"siemens": "ep2d_diff_3scan_trace_p2_ADC", "uih": "dwi_{p}_ADC", "ge": "Apparent Diffusion Coefficient (mm2/s)",
             "philips": "dADC", "hitachi": "ADC Map"}, {"siemens": "*ep_b0_1000", "uih": "epi_dwi", "ge": "epi"}, "EP"),
    "swi": ({"siemens": "SWI_Images", "uih": "swi_tra", "ge": "Ax SWAN", "philips": "SWIp", "hitachi": "SWI"},
            {"siemens": "*swi3d1r", "uih": "gre_swi", "ge": "swan"}, "GR"),
    "t1c": ({"siemens": "t1_tse_{p}_+C", "uih": "t1_fse_{p}+C", "ge": "{P} T1 +C", "philips": "T1W_SE_{PP}_GD", "hitachi": "T1W_SE {P} Gd"},
            {"siemens": "*tse2d1_3", "uih": "fse", "ge": "fse-xl"}, "SE"),
    "3dt1": ({"siemens": "t1_mprage_sag_p2_iso", "uih": "t1_gre_fsp_3d_sag", "ge": "Sag 3D BRAVO", "philips": "sT1W_3D_TFE",
              "hitachi": "3D T1 RSSG"}, {"siemens": "*tfl3d1_16ns", "uih": "gre_fsp_3d", "ge": "efgre3d"}, "GR\\IR"),
    "tof": ({"siemens": "tof_3d_multi-slab", "uih": "tof_3d_tra", "ge": "Ax 3D TOF", "philips": "TOF_3D_multi-chunk", "hitachi": "3D TOF"},
            {"siemens": "*fl3d1r_t70", "uih": "gre_tof", "ge": "tof3d"}, "GR"),
    "dyn": ({"siemens": "t1_vibe_fs_tra_dyn", "uih": "t1_quick3d_tra_dyn", "ge": "Ax LAVA Flex Dyn", "philips": "THRIVE_dyn", "hitachi": "TIGRE Dyn"},
            {"siemens": "*fl3d1", "uih": "gre_3d", "ge": "lava"}, "GR"),
    "haste": ({"siemens": "t2_haste_{p}", "uih": "t2_ssfse_{p}", "ge": "{P} SSFSE", "philips": "T2W_SSH_{PP}", "hitachi": "T2W_SSFSE {P}"},
              {"siemens": "*h2d1_256", "uih": "ssfse", "ge": "ssfse"}, "SE"),
    "cine": ({"siemens": "cine_tf2d12_retro_4CH", "uih": "cine_trufi_4ch", "ge": "FIESTA CINE 4CH", "philips": "BTFE_4ch", "hitachi": "BASG CINE 4ch"},
             {"siemens": "*tfi2d1_12", "uih": "trufi", "ge": "fiesta"}, "GR"),
    "lge": ({"siemens": "tfl_psir_sa_LGE", "uih": "psir_sa", "ge": "MDE SAX", "philips": "3D_PSIR_LGE", "hitachi": "LGE SA"},
            {"siemens": "*tfl2d1", "uih": "gre_ir", "ge": "fgre"}, "GR\\IR"),
}
PLANE_TXT = {"sag": ("sag", "Sag", "SAG"), "cor": ("cor", "Cor", "COR"), "tra": ("tra", "Ax", "TRA")}


def mr_series(dev, code: str, plane: str = "tra") -> dict:
    """Header fields of an MR series named the way the scanner's default protocols name it."""
    fam = dev[2]
    names, seqs, ss = MR_NAMES[code]
    p, P, PP = PLANE_TXT[plane]
    m = {"SeriesDescription": names[fam].format(p=p, P=P, PP=PP), "ScanningSequence": ss}
    if fam in seqs:
        m["SequenceName"] = seqs[fam]
    if code == "adc":
        m["ImageType"] = "DERIVED\\PRIMARY\\DIFFUSION\\ADC"
    return m

# ---------------------------------------------------------------------------------------------
# A study: its description, its series (header fields, labels, laterality, why, role)
# ---------------------------------------------------------------------------------------------
CT_PROTO = {  # vendor default protocol names per region key
    "head": {"ge": "1.1 HEAD ROUTINE", "siemens": "HeadRoutine", "philips": "Brain (Adult)", "canon": "HEAD ROUTINE", "uih": "Head_Routine"},
    "sinus": {"ge": "7.2 SINUS", "siemens": "Sinus", "philips": "Sinus Axial", "canon": "SINUS", "uih": "Sinus_Axial"},
    "temporal": {"ge": "7.5 IAC/TEMPORAL BONE", "siemens": "InnerEar", "philips": "Inner Ear", "canon": "PETROUS", "uih": "Temporal_Bone"},
    "neck": {"ge": "6.1 NECK W CONTRAST", "siemens": "Neck", "philips": "Neck", "canon": "NECK", "uih": "Neck_Routine"},
    "chest": {"ge": "5.1 CHEST", "siemens": "ThoraxRoutine", "philips": "Chest", "canon": "CHEST", "uih": "Chest_Routine"},
    "hrct": {"ge": "5.4 HRCT", "siemens": "ThoraxHR", "philips": "HRCT", "canon": "HRCT", "uih": "Chest_HR"},
    "ctpa": {"ge": "5.7 PE STUDY", "siemens": "CTA_PE", "philips": "Pulmonary Embolism", "canon": "CTA PULMONARY", "uih": "CTA_Pulmonary"},
    "cap": {"ge": "5.9 CHEST/ABD/PELVIS", "siemens": "ThorAbdPelvis", "philips": "Chest Abdomen Pelvis", "canon": "CHEST ABD PELVIS", "uih": "Chest_Abdomen_Pelvis"},
    "ap": {"ge": "6.2 ABD/PELVIS W CONTRAST", "siemens": "AbdomenRoutine", "philips": "Abdomen Pelvis", "canon": "ABD PELVIS", "uih": "Abdomen_Routine"},
    "liver": {"ge": "6.6 LIVER 3 PHASE", "siemens": "Liver_3Phase", "philips": "Liver Triphasic", "canon": "LIVER 3PHASE", "uih": "Liver_MultiPhase"},
    "kub": {"ge": "6.8 RENAL STONE", "siemens": "Urolith", "philips": "Kidney Stone", "canon": "KUB STONE", "uih": "Urinary_Stone"},
    "cardiac": {"ge": "8.2 CARDIAC CTA", "siemens": "CoronaryCTA_Flash", "philips": "Cardiac Step & Shoot", "canon": "CARDIAC CTA", "uih": "Cardiac_CTA"},
    "cascore": {"ge": "8.1 CALCIUM SCORE", "siemens": "CaScore", "philips": "Ca Scoring", "canon": "CA SCORE", "uih": "Cardiac_CaScore"},
    "spine": {"ge": "9.1 SPINE", "siemens": "Spine", "philips": "Spine", "canon": "SPINE", "uih": "Spine_Routine"},
    "limb": {"ge": "10.1 EXTREMITY", "siemens": "Extremity", "philips": "Extremity", "canon": "EXTREMITY", "uih": "Extremity_Routine"},
    "cta_hn": {"ge": "4.3 CTA HEAD/NECK", "siemens": "CTA_Head_Neck", "philips": "CTA Carotids", "canon": "CTA CAROTID", "uih": "CTA_Head_Neck"},
    "cta_ao": {"ge": "4.6 CTA AORTA", "siemens": "CTA_Aorta", "philips": "Aorta", "canon": "CTA AORTA", "uih": "CTA_Aorta"},
    "runoff": {"ge": "4.8 CTA RUNOFF", "siemens": "Runoff", "philips": "Runoff", "canon": "CTA LOWER LIMB", "uih": "CTA_Lower_Extremity"},
    "trauma": {"ge": "11.1 TRAUMA", "siemens": "Polytrauma", "philips": "Trauma Whole Body", "canon": "TRAUMA PAN SCAN", "uih": "Trauma"},
    "colon": {"ge": "6.9 CT COLONOGRAPHY", "siemens": "Colonography", "philips": "Colonography", "canon": "CT COLONOGRAPHY", "uih": "Colon"},
    "dental": {"ge": "7.8 DENTAL", "siemens": "Dental", "philips": "Dental", "canon": "DENTAL", "uih": "Dental"},
    "ped_head": {"ge": "1.4 PED HEAD", "siemens": "HeadRoutine_Child", "philips": "Brain (Child)", "canon": "PED HEAD", "uih": "Head_Pediatric"},
}


class Ctx:
    def __init__(self, rng, site):
        self.rng, self.site = rng, site
        cfg = SITES[site]
        self.lang = rng.choices(list(cfg["langs"]), weights=list(cfg["langs"].values()))[0]
        self.cfg = cfg

    def dev(self, mod):
        return self.cfg["dev"][mod]

    def d(self, table):
        self.table = table
        return localise(self.rng, table, self.lang)

    def r(self, table):
        return requested(self.rng, table, self.lang)

    def s(self, mod, labels, lat=None, why="", role="img", dev=None, **meta):
        man, model, _ = dev or self.dev({"CR": "DX", "OT": "CT", "SR": "CT", "KO": "CT", "PR": "CT"}.get(mod, mod))
        m = {"Modality": mod, "Manufacturer": man, "ManufacturerModelName": model}
        m.update({k: v for k, v in meta.items() if v is not None})
        return {"meta": m, "labels": list(labels), "lat": lat, "why": why, "role": role}


def study(c, stratum, desc, series, req=None, console=False):
    table = getattr(c, "table", None)
    if req is None and table is not None:
        req = requested(c.rng, table, c.lang)
    desc, req = spelling(c.rng, desc, c.lang), req and spelling(c.rng, req, c.lang)
    return {"stratum": stratum, "desc": desc, "req": req, "series": series, "console": console, "site": c.site, "lang": c.lang}


def dose_page(c, mod="CT", dev=None):
    dev = dev or c.dev(mod if mod in ("CT", "PT", "NM") else "CT")
    name, m = DOSE.get(dev[2], ("Dose Report", "OT"))
    if mod == "PT":
        name, m = "PET Dose Report", "OT"
    return c.s(m, [], why="dose page: text only, no anatomy", role="page", dev=dev, SeriesDescription=name,
               ImageType="DERIVED\\SECONDARY\\OTHER", SOPClassUID="1.2.840.10008.5.1.4.1.1.7")


def dose_sr(c, mod="CT"):
    dev = c.dev(mod)
    return c.s("SR", [], why="radiation dose structured report: no images", role="page", dev=dev,
               SeriesDescription=c.rng.choice(["Radiation Dose Information", "Dose Report", "X-Ray Radiation Dose Report"]),
               SOPClassUID="1.2.840.10008.5.1.4.1.1.88.67")


def ct_exam(c, stratum, desc, labels, region, proto, recons, bpe, lat=None, contrast=None, scout=True, dose=True,
            extra=(), why=""):
    """A CT study: scout (the exam's anatomy), the recons in ``recons`` as (kind, thickness,
    plane, labels or None), a dose page. ``region`` is the vendor's English region word."""
    dev = c.dev("CT")
    fam = dev[2]
    pn = CT_PROTO[proto][fam] if proto else None
    base = dict(ProtocolName=pn, BodyPartExamined=bpe, ContrastBolusAgent=contrast)
    ser = []
    if scout:
        ser.append(c.s("CT", labels, lat, f"scout planning the {why or 'exam'}", "scout", SeriesDescription=c.rng.choice(SCOUT[fam]),
                       ImageType="ORIGINAL\\PRIMARY\\LOCALIZER", **base))
    for kind, thk, plane, lab in recons:
        # body recons are often named without a region ("Body", "Recon 2"); head, spine and limb recons keep theirs
        body = bool(set(labels) & {"CHEST", "ABDOMEN", "PELVIS"})
        reg = region if (c.rng.random() < 0.8 or not body) else ""
        if kind == "lung" and lab is not None:  # a lung recon of a larger field is named for the lungs
            reg = c.rng.choice(["Lung", "Thorax", "Chest", ""])
        d, k = ct_name(c.rng, dev, reg, kind, thk, plane)
        it = "ORIGINAL\\PRIMARY\\AXIAL" if plane == "ax" else "DERIVED\\SECONDARY\\REFORMATTED"
        w = why or "CT"
        ser.append(c.s("CT", lab if lab is not None else labels, lat, f"{w}: {kind} recon" + (" (its own field)" if lab is not None else ""),
                       SeriesDescription=d, ConvolutionKernel=k, SliceThickness=str(thk), ImageType=it, **base))
    ser.extend(extra)
    if dose:
        ser.append(dose_page(c) if c.rng.random() < 0.7 else dose_sr(c))
    return study(c, stratum, desc, ser, req=None)


def mr_exam(c, stratum, desc, labels, codes, proto, bpe, lat=None, why="", contrast=None, console=None):
    dev = c.dev("MR")
    ser = []
    for code, plane in [("loc", "tra")] + list(codes):
        m = mr_series(dev, code, plane)
        if code == "loc" and dev[2] == "ge" and c.rng.random() < 0.3:
            ser.append(c.s("MR", labels, lat, f"coil calibration scan of the {why or 'MR'} (takes its anatomy, like a localizer)", "scout",
                           SeriesDescription=c.rng.choice(["ASSET Cal", "PURE Cal"]), ProtocolName=proto, BodyPartExamined=bpe, ScanningSequence="GR"))
        if code == "loc" and dev[2] == "siemens" and labels == ["HEAD"] and c.rng.random() < 0.5:
            m["SeriesDescription"] = c.rng.choice(["AAHead_Scout_64ch-head-coil", "AAHead_Scout_MPR_sag", "AAHead_Scout_32ch-head-coil"])
        if code in ("t1c", "dyn") or (contrast and code == "3dt1"):
            m["ContrastBolusAgent"] = contrast or c.rng.choice(["Dotarem", "Gadovist", "Magnevist", "GADOVIST 1.0"])
        role = "scout" if code == "loc" else "img"
        ser.append(c.s("MR", labels, lat, f"{why or 'MR'}: {code} series, labelled from its study" if role == "img" else f"localizer of the {why or 'MR'}",
                       role, ProtocolName=proto, BodyPartExamined=bpe, **m))
    if console is None:
        console = c.rng.random() < 0.18
    return study(c, stratum, desc, ser, console=console)


XR_VIEW = {  # family -> how a view name is written: fmt(part, view)
    "fuji": lambda p, v: f"{p.upper()} {v.replace('AP', 'A-P').replace('PA', 'P-A')}",
    "cs": lambda p, v: f"{p.upper()} {v}",
    "agfa": lambda p, v: f"{p.title()} {v.lower()}",
    "philips": lambda p, v: f"{p.title()} {v.lower()}",
    "siemensdx": lambda p, v: f"{p.title()} {v.lower().replace('ap', 'a.p.').replace('pa', 'p.a.')}",
}


def xr_exam(c, stratum, desc, labels, part_word, views, bpe, lat=None, why="", req=None, tag_side=None):
    """A radiograph study: one series per view, named the way the detector's exam menu names it."""
    dev = c.dev("DX")
    fam = dev[2]
    mod = "CR" if "FCR" in dev[1] or "CR" in dev[1] else "DX"
    ser = []
    for v, vp in views:
        name = XR_VIEW[fam](part_word, v)
        m = dict(SeriesDescription=name, ViewPosition=vp, BodyPartExamined=bpe)
        if fam in ("fuji", "agfa", "cs"):
            m["AcquisitionDeviceProcessingDescription"] = name if fam != "cs" else part_word.upper()
        if tag_side and c.rng.random() < 0.5:
            m["ImageLaterality" if mod == "DX" else "Laterality"] = tag_side
        ser.append(c.s(mod, labels, lat, why or "radiograph", dev=dev, **m))
    return study(c, stratum, desc, ser, req=req)


US_PRESET = {
    "ge": {"abd": "Abdomen", "renal": "Renal", "thyroid": "Thyroid", "breast": "Breast", "msk": "MSK", "ob": "OB", "gyn": "GYN",
           "carotid": "Carotid", "leg_art": "LE Arterial", "leg_ven": "LE Venous", "scrotum": "Testicle", "neo_head": "Neonatal Head",
           "hip": "Ped Hip", "cardiac": "Adult Cardiac", "arm_ven": "UE Venous", "ped_abd": "Ped Abdomen"},
    "philips": {"abd": "Abd General", "renal": "Renal", "thyroid": "Thyroid", "breast": "Breast", "msk": "MSK General", "ob": "OB 2/3",
                "gyn": "GYN", "carotid": "Carotid", "leg_art": "LE Art", "leg_ven": "LE Venous", "scrotum": "Scrotal",
                "neo_head": "Neonatal Head", "hip": "Peds Hip", "cardiac": "Adult Echo", "arm_ven": "UE Venous", "ped_abd": "Abd Pediatric"},
}
US_PRESET["samsung"] = dict(US_PRESET["ge"], ob="OB 2nd/3rd", abd="Abdomen", gyn="Gynecology", hip="Hip")
US_PRESET["mindray"] = dict(US_PRESET["philips"], abd="Abd General", ob="OB 2/3", msk="MSK", leg_art="LEA", leg_ven="LEV", arm_ven="UEV")
US_PRESET["neusoft"] = dict(US_PRESET["ge"])
US_PRESET["hitachi"] = {k: v.upper() for k, v in US_PRESET["ge"].items()}
US_PRESET["canon"] = dict(US_PRESET["philips"], abd="Abdomen", cardiac="Cardiac")


def us_exam(c, stratum, desc, labels, preset, bpe, lat=None, why="", n=2, extra_desc=(), req=None):
    dev = c.dev("US")
    p = US_PRESET[dev[2]][preset]
    ser = []
    for i in range(n):
        d = p if i == 0 or not extra_desc else c.rng.choice(list(extra_desc))
        m = dict(SeriesDescription=d if c.rng.random() < 0.8 else None, ProtocolName=p if c.rng.random() < 0.4 else None,
                 BodyPartExamined=bpe)
        if i == 1 and c.rng.random() < 0.3:
            m["NumberOfFrames"] = str(c.rng.choice([48, 90, 120, 180]))
            m["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.3.1"
        ser.append(c.s("US", labels, lat, why or "ultrasound", **m))
    if not any(s["meta"].get("SeriesDescription") for s in ser):
        ser[0]["meta"]["SeriesDescription"] = p
    return study(c, stratum, desc, ser, req=req)


def D(en, inp, fr, ar, tr, fa):
    """A procedure-name table; each argument holds alternatives separated by '|'."""
    return {k: v.split("|") for k, v in zip(("en", "inp", "fr", "ar", "tr", "fa"), (en, inp, fr, ar, tr, fa))}


EXAMS = []


def exam(stratum, weight=1.0):
    def wrap(f):
        EXAMS.append((stratum, weight, f))
        return f
    return wrap


MR_PROTO = {
    "brain": {"siemens": "brain_routine", "uih": "Head_Routine", "ge": "BRAIN ROUTINE", "philips": "SmartBrain", "hitachi": "BRAIN"},
    "knee": {"siemens": "knee_routine", "uih": "Knee_Routine", "ge": "KNEE", "philips": "Knee", "hitachi": "KNEE"},
    "shoulder": {"siemens": "shoulder_routine", "uih": "Shoulder_Routine", "ge": "SHOULDER", "philips": "Shoulder", "hitachi": "SHOULDER"},
    "lspine": {"siemens": "l-spine_routine", "uih": "LSpine_Routine", "ge": "L-SPINE", "philips": "LSpine", "hitachi": "L-SPINE"},
    "cspine": {"siemens": "c-spine_routine", "uih": "CSpine_Routine", "ge": "C-SPINE", "philips": "CSpine", "hitachi": "C-SPINE"},
    "wspine": {"siemens": "whole_spine", "uih": "WholeSpine", "ge": "TOTAL SPINE", "philips": "Whole Spine", "hitachi": "WHOLE SPINE"},
    "pelvis": {"siemens": "pelvis_female", "uih": "Pelvis_Female", "ge": "PELVIS", "philips": "Female Pelvis", "hitachi": "PELVIS"},
    "prostate": {"siemens": "prostate_mpMRI", "uih": "Prostate_MP", "ge": "PROSTATE", "philips": "Prostate PI-RADS", "hitachi": "PROSTATE"},
    "liver": {"siemens": "liver_dynamic", "uih": "Liver_Dyn", "ge": "LIVER", "philips": "Liver Dynamic", "hitachi": "LIVER"},
    "mrcp": {"siemens": "MRCP", "uih": "MRCP", "ge": "MRCP", "philips": "MRCP", "hitachi": "MRCP"},
    "breast": {"siemens": "breast_dyn", "uih": "Breast_Dyn", "ge": "BREAST BILAT", "philips": "Breast Dynamic", "hitachi": "BREAST"},
    "cardiac": {"siemens": "heart_function", "uih": "Cardiac_Function", "ge": "CARDIAC", "philips": "Cardiac", "hitachi": "CARDIAC"},
    "pituitary": {"siemens": "pituitary", "uih": "Pituitary", "ge": "PITUITARY", "philips": "Pituitary", "hitachi": "PITUITARY"},
    "orbit": {"siemens": "orbit", "uih": "Orbit", "ge": "ORBITS", "philips": "Orbits", "hitachi": "ORBIT"},
    "iac": {"siemens": "IAC", "uih": "IAC", "ge": "IAC", "philips": "IAC", "hitachi": "IAC"},
    "neck": {"siemens": "neck_routine", "uih": "Neck_Routine", "ge": "NECK", "philips": "Neck", "hitachi": "NECK"},
    "hip": {"siemens": "hip_routine", "uih": "Hip_Routine", "ge": "HIPS", "philips": "Hips", "hitachi": "HIP"},
    "ankle": {"siemens": "ankle_routine", "uih": "Ankle_Routine", "ge": "ANKLE", "philips": "Ankle", "hitachi": "ANKLE"},
    "wb": {"siemens": "whole_body_dwi", "uih": "WholeBody", "ge": "WHOLE BODY", "philips": "WB DWIBS", "hitachi": "WHOLE BODY"},
}


def mp(c, key):
    return MR_PROTO[key][c.dev("MR")[2]]


# ----------------------------------------- neuro --------------------------------------------
@exam("neuro", 3)
def ct_head(c):
    desc = c.d(D("CT HEAD WITHOUT CONTRAST|CT BRAIN PLAIN|CT Head w/o contrast", "NCCT HEAD|CT BRAIN (PLAIN)|NCCT BRAIN",
                 "TDM cérébrale sans injection|Scanner cérébral|TDM CEREBRALE SANS INJECTION", "أشعة مقطعية على المخ بدون صبغة|مقطعية للدماغ",
                 "Beyin BT (kontrastsız)|KRANİAL BT|BEYİN BT", "سی تی اسکن مغز بدون تزریق|سی تی اسکن سر"))
    reg = {"ge": "Head", "siemens": "Head", "philips": "Brain", "canon": "Brain", "uih": "Head"}[c.dev("CT")[2]]
    st = ct_exam(c, "neuro", desc, ["HEAD"], reg, "head", [("brain", 5, "ax", None), ("bone", 1.0, "ax", None), ("brain", 3, "cor", None)],
                 c.rng.choice(["HEAD", "HEAD", "BRAIN", None]), why="head CT")
    return st


@exam("neuro", 3)
def mr_brain(c):
    con = c.rng.random() < 0.4
    desc = c.d(D("MRI BRAIN WITHOUT CONTRAST|MRI BRAIN W/WO CONTRAST|MR BRAIN" if not con else "MRI BRAIN WITH CONTRAST|MRI BRAIN W/WO CONTRAST",
                 "MRI BRAIN (PLAIN)|MRI BRAIN WITH CONTRAST|MRI BRAIN + DWI", "IRM cérébrale|IRM encéphalique avec injection|IRM CEREBRALE",
                 "رنين مغناطيسي على المخ|رنين مغناطيسي للدماغ بالصبغة", "Beyin MR (kontrastlı)|KRANİAL MR|BEYİN MR KONTRASTSIZ|Difüzyon MR",
                 "ام آر آی مغز|ام آر آی مغز با تزریق|MRI مغز"))
    codes = [("t2", "tra"), ("flair", "tra"), ("dwi", "tra"), ("adc", "tra"), ("t1", "sag"), ("swi", "tra")]
    if con:
        codes += [("3dt1", "sag"), ("t1c", "tra")]
    return mr_exam(c, "neuro", desc, ["HEAD"], codes, mp(c, "brain"), c.rng.choice(["HEAD", "BRAIN", None]), why="brain MR")


@exam("neuro", 0.8)
def mr_brain_cspine(c):
    """One exam, two fields: the brain series image the head, the spine series the cervical cord."""
    desc = c.d(D("MRI BRAIN AND CERVICAL SPINE WITH CONTRAST (MS PROTOCOL)|MRI BRAIN + C-SPINE", "MRI BRAIN + CERVICAL SPINE (DEMYELINATION)|MRI BRAIN WITH C-SPINE SCREENING",
                 "IRM cérébrale et médullaire cervicale (SEP)|IRM ENCEPHALE + MOELLE CERVICALE", "رنين مغناطيسي على المخ والفقرات العنقية",
                 "Beyin ve servikal MR (MS protokolü)|KRANİAL + SERVİKAL MR", "ام آر آی مغز و گردن (MS)"))
    st = mr_exam(c, "neuro", desc, ["HEAD"], [("flair", "tra"), ("t2", "tra"), ("dwi", "tra"), ("3dt1", "sag"), ("t1c", "tra")], mp(c, "brain"),
                 c.rng.choice(["HEAD", "BRAIN", None]), why="brain part of a brain and C-spine MR", contrast="Gadovist")
    fam = c.dev("MR")[2]
    bpe = c.rng.choice(["CSPINE", "HEAD", None])
    for code, plane in (("t2", "sag"), ("stir", "sag"), ("t2", "tra")):
        m = mr_series(c.dev("MR"), code, plane)
        m["SeriesDescription"] += {"siemens": "_c-spine", "uih": "_cspine", "ge": " C-SPINE", "philips": "_CSP", "hitachi": " C-Sp"}[fam]
        st["series"].append(c.s("MR", ["CSPINE"], None, "cervical spine part of a brain and C-spine MR", ProtocolName=mp(c, "cspine"),
                                BodyPartExamined=bpe, **m))
    return st


@exam("neuro", 1)
def mr_pituitary(c):
    desc = c.d(D("MRI PITUITARY WITH CONTRAST|MRI SELLA", "MRI PITUITARY (DYNAMIC)|MRI SELLA TURCICA", "IRM hypophysaire|IRM HYPOPHYSE",
                 "رنين مغناطيسي على الغدة النخامية", "Hipofiz MR (dinamik)|HİPOFİZ MR", "ام آر آی هیپوفیز"))
    return mr_exam(c, "neuro", desc, ["HEAD"], [("t1", "cor"), ("t2", "cor"), ("t1", "sag"), ("dyn", "cor"), ("t1c", "cor")],
                   mp(c, "pituitary"), c.rng.choice(["HEAD", "BRAIN", "SELLA", None]), why="pituitary MR")


@exam("neuro", 1)
def ped_head_ct(c):
    desc = c.d(D("CT HEAD PEDIATRIC|CT BRAIN CHILD", "NCCT HEAD (PAEDS)|CT BRAIN PLAIN CHILD", "TDM cérébrale enfant",
                 "أشعة مقطعية على المخ - أطفال", "Çocuk Beyin BT|PEDİATRİK BEYİN BT", "سی تی اسکن مغز کودک"))
    return ct_exam(c, "paeds", desc, ["HEAD"], "Head", "ped_head", [("brain", 5, "ax", None), ("bone", 2.0, "ax", None)],
                   c.rng.choice(["HEAD", None]), why="paediatric head CT")


# ----------------------------------------- ENT / dental --------------------------------------
@exam("entdental", 1.2)
def ct_sinus(c):
    desc = c.d(D("CT PARANASAL SINUSES|CT SINUS WITHOUT CONTRAST|CT PNS", "CT PNS (CORONAL)|CT PNS PLAIN|NCCT PNS",
                 "TDM des sinus|Scanner sinus|TDM SINUS", "أشعة مقطعية على الجيوب الأنفية", "Paranazal Sinüs BT|PNS BT|SİNÜS BT",
                 "سی تی اسکن سینوس|سی تی سینوس ها"))
    return ct_exam(c, "entdental", desc, ["HEAD"], c.rng.choice(["Sinus", "Head", "PNS"]), "sinus",
                   [("bone", 1.0, "ax", None), ("bone", 2.0, "cor", None), ("soft", 2.0, "ax", None)],
                   c.rng.choice(["SINUS", "HEAD", "HEAD", None]), why="sinus CT")


@exam("entdental", 1)
def ct_temporal(c):
    desc = c.d(D("CT TEMPORAL BONES|CT IAC", "HRCT TEMPORAL BONE|CT MASTOIDS", "TDM des rochers|Scanner rochers",
                 "أشعة مقطعية على عظمة الأذن", "Temporal Kemik BT|TEMPORAL BT", "سی تی اسکن استخوان تمپورال"))
    return ct_exam(c, "entdental", desc, ["HEAD"], c.rng.choice(["InnerEar", "Temporal", "IAC"]), "temporal", [("detail", 0.6, "ax", None), ("detail", 0.6, "cor", None)],
                   c.rng.choice(["IAC", "HEAD", "EAR", None]), why="temporal bone CT")


@exam("entdental", 1.5)
def ct_neck(c):
    desc = c.d(D("CT NECK WITH CONTRAST|CT SOFT TISSUE NECK", "CECT NECK|CT NECK (CONTRAST)", "TDM cervicale injectée|Scanner cou",
                 "أشعة مقطعية على الرقبة بالصبغة", "Boyun BT (kontrastlı)|BOYUN BT", "سی تی اسکن گردن با تزریق"))
    return ct_exam(c, "entdental", desc, ["NECK"], "Neck", "neck", [("soft", 2.0, "ax", None), ("soft", 2.0, "cor", None)],
                   c.rng.choice(["NECK", "NECK", "HEAD", None]), contrast=c.rng.choice(["Omnipaque 350", "IOPAMIRO 370", "Ultravist"]),
                   why="neck CT")


@exam("entdental", 1.5)
def opg(c):
    desc = c.d(D("OPG|ORTHOPANTOMOGRAM|PANORAMIC DENTAL X-RAY", "OPG|X-RAY OPG|OPG (DENTAL)", "Panoramique dentaire|Orthopantomogramme|PANORAMIQUE DENTAIRE",
                 "أشعة بانوراما للأسنان", "Panoramik Diş Grafisi|PANORAMİK GRAFİ", "رادیوگرافی پانورکس|OPG"))
    dev = c.dev("PX")
    s = c.s("PX", ["HEAD"], None, "dental panoramic: jaws and teeth (head)", dev=dev,
            SeriesDescription=c.rng.choice(["Panoramic", "PAN", "Standard Panoramic", None]), BodyPartExamined=c.rng.choice(["JAW", "HEAD", None]),
            ImageType="ORIGINAL\\PRIMARY")
    ser = [s]
    if c.rng.random() < 0.6:
        ser.append(c.s("IO", ["HEAD"], None, "intraoral periapical film: teeth (head)", dev=("Carestream Health", "RVG 6200", "cs"),
                       SeriesDescription=c.rng.choice(["Intraoral", "PA 46", "BW Right"]), BodyPartExamined="JAW"))
    return study(c, "entdental", desc, ser)


@exam("entdental", 1)
def cbct(c):
    desc = c.d(D("CBCT MANDIBLE|CBCT DENTAL|CONE BEAM CT MAXILLA", "CBCT (FULL MOUTH)|CBCT LOWER JAW", "Cone beam dentaire|CBCT MAXILLAIRE",
                 "أشعة مقطعية للفكين", "Dental Volumetrik Tomografi|DENTAL BT", "سی بی سی تی فک"))
    dev = c.dev("PX")
    ser = [c.s("CT", ["HEAD"], None, "cone-beam CT of the jaws (head)", dev=dev, SeriesDescription=c.rng.choice(["3D", "Volume", "CBCT 0.2mm", None]),
               BodyPartExamined=c.rng.choice(["JAW", "TMJ", None]), ImageType="ORIGINAL\\PRIMARY\\AXIAL")]
    return study(c, "entdental", desc, ser)


@exam("entdental", 1.5)
def us_thyroid(c):
    desc = c.d(D("US THYROID|ULTRASOUND THYROID AND NECK", "USG THYROID|USG NECK (THYROID)|USG THYROID + FNAC", "Echographie thyroïdienne|ECHO THYROIDE|Échographie cervicale",
                 "سونار على الغدة الدرقية|موجات فوق صوتية على الرقبة", "Tiroid USG|TİROİD USG|Boyun USG", "سونوگرافی تیروئید"))
    return us_exam(c, "entdental", desc, ["NECK"], "thyroid", c.rng.choice(["THYROID", "NECK", None, None]), why="thyroid ultrasound")


@exam("entdental", 1)
def xr_pns(c):
    desc = c.d(D("XR SINUSES|XR PARANASAL SINUSES", "X-RAY PNS (WATERS VIEW)|X-RAY PNS OM VIEW", "Radiographie des sinus (Blondeau)|RX SINUS BLONDEAU",
                 "أشعة على الجيوب الأنفية", "PNS grafisi (Waters)|PARANAZAL SİNÜS GRAFİSİ", "گرافی سینوس ها واترز"))
    return xr_exam(c, "entdental", desc, ["HEAD"], c.rng.choice(["Sinuses", "PNS", "Skull"]), [("OM", "PA")], c.rng.choice(["SINUS", "SKULL", None]),
                   why="sinus radiograph")


@exam("entdental", 1)
def xr_nasopharynx(c):
    desc = c.d(D("XR SOFT TISSUE NECK LAT|XR NASOPHARYNX", "X-RAY NASOPHARYNX LAT VIEW (ADENOIDS)|X-RAY SOFT TISSUE NECK LAT",
                 "Radiographie du cavum|RX CAVUM PROFIL", "أشعة على البلعوم الأنفي", "Adenoid grafisi|NAZOFARENKS GRAFİSİ", "گرافی نازوفارنکس"))
    return xr_exam(c, "paeds", desc, ["HEAD", "NECK"], c.rng.choice(["Neck", "Nasopharynx", "Soft tissue neck"]), [("LAT", "LL")],
                   c.rng.choice(["NECK", None]), why="lateral nasopharynx film for adenoids: skull base and upper neck")


@exam("entdental", 0.8)
def mr_orbit_iac(c):
    if c.rng.random() < 0.5:
        desc = c.d(D("MRI ORBITS WITH CONTRAST", "MRI ORBIT (PLAIN + CONTRAST)", "IRM orbitaire", "رنين مغناطيسي على محجر العين", "Orbita MR|ORBİTA MR",
                     "ام آر آی اربیت"))
        key, bpe = "orbit", c.rng.choice(["ORBIT", "HEAD", None])
    else:
        desc = c.d(D("MRI IAC WITH CONTRAST|MRI INTERNAL AUDITORY CANALS", "MRI IAC / CP ANGLE", "IRM des CAI|IRM CONDUITS AUDITIFS INTERNES",
                     "رنين مغناطيسي على القناة السمعية", "İnternal Akustik Kanal MR|IAK MR", "ام آر آی کانال گوش داخلی"))
        key, bpe = "iac", c.rng.choice(["IAC", "HEAD", "BRAIN", None])
    return mr_exam(c, "entdental", desc, ["HEAD"], [("t2", "tra"), ("t1", "cor"), ("t2fs", "cor"), ("t1c", "tra")], mp(c, key), bpe,
                   why=f"{key} MR")


@exam("entdental", 0.7)
def mr_neck(c):
    desc = c.d(D("MRI NECK SOFT TISSUE WITH CONTRAST", "MRI NECK (CONTRAST)", "IRM cervicale", "رنين مغناطيسي على الرقبة", "Boyun MR|BOYUN MR KONTRASTLI",
                 "ام آر آی گردن"))
    return mr_exam(c, "entdental", desc, ["NECK"], [("t2", "tra"), ("stir", "cor"), ("t1", "tra"), ("t1c", "tra"), ("dwi", "tra")],
                   mp(c, "neck"), c.rng.choice(["NECK", None]), why="neck MR")


# ----------------------------------------- chest / general -----------------------------------
@exam("general", 5)
def cxr(c):
    desc = c.d(D("XR CHEST PA|XR CHEST PA AND LATERAL|CHEST X-RAY", "X-RAY CHEST PA VIEW|X RAY CHEST PA|CXR PA", "Radiographie thoracique de face|RX THORAX|Radio pulmonaire",
                 "أشعة سينية على الصدر|أشعة على الصدر", "Akciğer grafisi (PA)|PA AKCİĞER GRAFİSİ|AKCİĞER GRAFİSİ", "گرافی قفسه سینه|CXR"))
    views = [("PA", "PA")] + ([("LAT", "LL")] if c.rng.random() < 0.35 else [])
    word = c.rng.choice(["Chest", "Thorax", "CHEST"])
    st = xr_exam(c, "general", desc, ["CHEST"], word, views, c.rng.choice(["CHEST", "CHEST", "LUNG", None]), why="chest radiograph")
    return st


@exam("general", 0.8)
def xr_two_parts(c):
    """One request, two radiographs of different parts (a common clinic order)."""
    desc = c.d(D("XR CHEST PA AND LUMBAR SPINE|XR CHEST + L-SPINE", "X-RAY CHEST PA + LS SPINE AP/LAT|X-RAY CHEST PA & LS SPINE", "RX THORAX + RACHIS LOMBAIRE",
                 "أشعة على الصدر والفقرات القطنية", "PA akciğer + lomber grafi", "گرافی قفسه سینه و کمر"))
    st = xr_exam(c, "general", desc, ["CHEST"], "Chest", [("PA", "PA")], c.rng.choice(["CHEST", None]), why="chest film of a two-part order")
    sp = xr_exam(c, "spine", desc, ["LSPINE"], "Lumbar spine", [("AP", "AP"), ("LAT", "LL")], c.rng.choice(["LSPINE", "CHEST", None]),
                 why="lumbar spine film of a two-part order (BodyPartExamined may be the first part's)")
    st["series"] += sp["series"]
    return st


@exam("general", 1.5)
def cxr_portable(c):
    desc = c.d(D("XR CHEST PORTABLE|XR CHEST 1 VIEW (PORTABLE)", "X-RAY CHEST AP (PORTABLE)|CXR AP BEDSIDE", "Radio thorax au lit|RX THORAX LIT",
                 "أشعة صدر متنقلة", "Yatak başı akciğer grafisi|PORTABL AKCİĞER GRAFİSİ", "گرافی سینه پرتابل"))
    return xr_exam(c, "general", desc, ["CHEST"], c.rng.choice(["Chest", "Thorax"]), [("AP", "AP")], c.rng.choice(["CHEST", None]),
                   why="bedside chest film")


@exam("general", 2)
def ct_chest(c):
    hr = c.rng.random() < 0.5
    if hr:
        desc = c.d(D("HRCT CHEST|CT CHEST HIGH RESOLUTION", "HRCT CHEST|HRCT THORAX (PRONE + SUPINE)", "TDM thoracique haute résolution|SCANNER THORACIQUE HR",
                     "أشعة مقطعية عالية الدقة على الصدر", "Yüksek rezolüsyonlu toraks BT|HRCT|TORAKS BT (HRCT)", "سی تی اسکن ریه با رزولوشن بالا|HRCT"))
        recons = [("lung", 1.0, "ax", None), ("lung", 1.0, "cor", None)] + ([("lung", 1.0, "ax", None)] if c.rng.random() < 0.5 else [])
        proto = "hrct"
    else:
        desc = c.d(D("CT CHEST WITH CONTRAST|CT THORAX W CONTRAST|CT CHEST", "CECT CHEST|CT THORAX (CONTRAST)", "TDM thoracique injectée|SCANNER THORACIQUE",
                     "أشعة مقطعية على الصدر بالصبغة", "Toraks BT (kontrastlı)|TORAKS BT|Kontrastlı Toraks BT", "سی تی اسکن قفسه سینه با تزریق"))
        recons = [("soft", 5.0, "ax", None), ("lung", 1.0, "ax", None), ("soft", 3.0, "cor", None)]
        proto = "chest"
    reg = {"ge": "Chest", "siemens": "Thorax", "philips": "Chest", "canon": "Chest", "uih": "Chest"}[c.dev("CT")[2]]
    return ct_exam(c, "general", desc, ["CHEST"], reg, proto, recons, c.rng.choice(["CHEST", "CHEST", "LUNG", None]), why="chest CT")


@exam("general", 1)
def ct_trauma(c):
    """Pan-scan: each recon images its own part."""
    desc = c.d(D("CT TRAUMA PANSCAN|CT POLYTRAUMA (HEAD, C-SPINE, CHEST, ABDOMEN, PELVIS)", "CT WHOLE BODY TRAUMA (RTA)|CT POLYTRAUMA",
                 "TDM corps entier polytraumatisé|BODY SCANNER TRAUMA", "أشعة مقطعية للجسم كامل - حادث", "Travma BT (tüm vücut)|POLİTRAVMA BT", "سی تی اسکن تروما"))
    dev = c.dev("CT")
    fam = dev[2]
    parts = [("Head", "brain", 5.0, ["HEAD"]), ("C-Spine", "bone", 2.0, ["CSPINE"]), ("Body", "soft", 5.0, CAP), ("Lung", "lung", 2.0, ["CHEST"]),
             ("Spine Sag", "bone", 2.0, ["TSPINE", "LSPINE"])]
    ser = [c.s("CT", ["HEAD", "NECK"] + CAP, None, "scout of a pan-scan: head to pelvis", "scout", SeriesDescription=c.rng.choice(SCOUT[fam]),
               ProtocolName=CT_PROTO["trauma"][fam], ImageType="ORIGINAL\\PRIMARY\\LOCALIZER", BodyPartExamined=c.rng.choice(["WHOLEBODY", None]))]
    for reg, kind, thk, lab in parts:
        d, k = ct_name(c.rng, dev, reg, kind, thk, "ax")
        if reg == "Spine Sag":
            d = {"ge": "T/L SPINE SAG", "siemens": f"Spine Sag  2.0  {k}", "philips": "Sag TL Spine 2mm", "canon": "SAG T-L SPINE", "uih": "SAG_TLSpine_2.0"}[fam]
        ser.append(c.s("CT", lab, None, f"pan-scan recon of its own part ({reg})", SeriesDescription=d, ConvolutionKernel=k, SliceThickness=str(thk),
                       ProtocolName=CT_PROTO["trauma"][fam], BodyPartExamined=c.rng.choice(["WHOLEBODY", "CHEST", None])))
    ser.append(dose_page(c))
    return study(c, "general", desc, ser)


@exam("general", 0.8)
def xr_ribs_skull(c):
    if c.rng.random() < 0.5:
        desc = c.d(D("XR SKULL 2 VIEWS|XR SKULL AP/LAT", "X-RAY SKULL AP/LAT", "Radiographie du crâne|RX CRANE F+P", "أشعة على الجمجمة", "Kafa grafisi|KRANİUM GRAFİSİ",
                     "گرافی جمجمه"))
        return xr_exam(c, "general", desc, ["HEAD"], "Skull", [("AP", "AP"), ("LAT", "LL")], c.rng.choice(["SKULL", None]), why="skull films")
    desc = c.d(D("XR RIBS|XR CHEST WALL/RIBS", "X-RAY CHEST (RIBS) OBLIQUE", "Radiographie du gril costal|RX GRIL COSTAL", "أشعة على الضلوع",
                 "Kosta grafisi|KOT GRAFİSİ", "گرافی دنده ها"))
    return xr_exam(c, "general", desc, ["CHEST"], "Ribs", [("AP", "AP"), ("OBL", "AP")], c.rng.choice(["RIBS", "CHEST", None]), why="rib films")


# ----------------------------------------- cardiac -------------------------------------------
@exam("cardio", 2)
def echo(c):
    desc = c.d(D("ECHOCARDIOGRAM|TTE COMPLETE|ECHO TRANSTHORACIC", "2D ECHO|2D ECHO WITH COLOUR DOPPLER|ECHO (TTE)", "Échocardiographie transthoracique|ETT|ECHOCARDIOGRAPHIE",
                 "إيكو على القلب|موجات فوق صوتية على القلب", "Ekokardiyografi|EKO|TTE", "اکوکاردیوگرافی|اکو قلب"))
    st = us_exam(c, "cardio", desc, ["CHEST"], "cardiac", c.rng.choice(["HEART", "CHEST", None, None]), why="echocardiogram: heart", n=3,
                 extra_desc=("PLAX", "A4C", "Apical 4", "SAX", None))
    return st


@exam("cardio", 1.2)
def ccta(c):
    desc = c.d(D("CT CORONARY ANGIOGRAM|CTA CORONARY WITH CALCIUM SCORE|CT CARDIAC", "CT CORONARY ANGIOGRAPHY|CT CAG + CA SCORE", "Coroscanner|TDM cardiaque coronaire",
                 "أشعة مقطعية على الشرايين التاجية", "Koroner BT anjiyografi|KORONER BTA|KALSİYUM SKORU", "سی تی آنژیوگرافی عروق کرونر"))
    dev = c.dev("CT")
    fam = dev[2]
    ca = c.s("CT", ["CHEST"], None, "calcium score: heart", SeriesDescription={"ge": "Smart Score 2.5mm", "siemens": "CaScore  3.0  Qr36d",
             "philips": "CaScoring 3mm", "canon": "CA SCORE 3.0", "uih": "CaScore_3.0"}[fam], ProtocolName=CT_PROTO["cascore"][fam],
             SliceThickness="3.0", BodyPartExamined=c.rng.choice(["HEART", "CHEST", None]))
    st = ct_exam(c, "cardio", desc, ["CHEST"], "Cardiac", "cardiac", [("angio", 0.6, "ax", None)], c.rng.choice(["HEART", "CHEST", None]),
                 contrast="Omnipaque 350", extra=[ca], why="coronary CTA")
    for s in st["series"]:
        if s["role"] == "img" and s["meta"]["Modality"] == "CT" and "Score" not in s["meta"]["SeriesDescription"] and c.rng.random() < 0.5:
            s["meta"]["SeriesDescription"] = c.rng.choice(["75% 0.6 Bv40", "Best Diast 75%", "Phase 70%", "CARDIAC 0.625 75%", "Best Systolic"])
    return st


@exam("cardio", 0.8)
def cmr(c):
    desc = c.d(D("MRI CARDIAC WITH CONTRAST|CARDIAC MRI VIABILITY", "CARDIAC MRI (CMR)", "IRM cardiaque", "رنين مغناطيسي على القلب", "Kardiyak MR|KARDİAK MR",
                 "ام آر آی قلب"))
    return mr_exam(c, "cardio", desc, ["CHEST"], [("cine", "tra"), ("haste", "tra"), ("lge", "tra")], mp(c, "cardiac"),
                   c.rng.choice(["HEART", "CHEST", None]), why="cardiac MR")


@exam("cardio", 1.2)
def xa_coro(c):
    desc = c.d(D("CORONARY ANGIOGRAPHY|LEFT HEART CATH|PCI", "CAG (CORONARY ANGIOGRAPHY)|PTCA + STENT LAD", "Coronarographie|CORONAROGRAPHIE + ANGIOPLASTIE",
                 "قسطرة قلبية تشخيصية", "Koroner anjiyografi|KORONER ANJİYO", "آنژیوگرافی عروق کرونر"))
    dev = c.dev("XA")
    ser = []
    for i in range(c.rng.randint(2, 3)):
        d = c.rng.choice(["LCA RAO 30 CAU 25", "RCA LAO 30", "Coro 15 fps", "Cardiac 15fps", "LAD CRA 30", "LV gram RAO 30", None])
        ser.append(c.s("XA", ["CHEST"], None, "coronary angiogram run: heart", dev=dev, SeriesDescription=d, ProtocolName=c.rng.choice(["Coronary", "Cardio Left", None]),
                       NumberOfFrames=str(c.rng.randint(40, 120)), BodyPartExamined=c.rng.choice(["HEART", "CHEST", None])))
    return study(c, "cardio", desc, ser)


@exam("cardio", 1)
def nm_mpi(c):
    desc = c.d(D("NM MYOCARDIAL PERFUSION STRESS/REST|MPI SPECT", "MYOCARDIAL PERFUSION SCAN (MIBI)|THALLIUM SCAN", "Scintigraphie myocardique|TOMOSCINTIGRAPHIE MYOCARDIQUE",
                 "مسح ذري على القلب", "Miyokard perfüzyon sintigrafisi|MİYOKARD SPECT", "اسکن قلب (MPI)|اسکن پرفیوژن میوکارد"))
    dev = c.dev("NM")
    ser = [c.s("NM", ["CHEST"], None, "myocardial perfusion: heart", dev=dev, SeriesDescription=d, BodyPartExamined=c.rng.choice(["HEART", "CHEST", None]),
               ImageType=it) for d, it in (("STRESS SPECT", "ORIGINAL\\PRIMARY\\TOMO\\EMISSION"), ("REST SA", "DERIVED\\PRIMARY\\RECON TOMO\\EMISSION"),
                                           (c.rng.choice(["QGS Results", "Polar Map"]), "DERIVED\\SECONDARY"))]
    return study(c, "cardio", desc, ser)


# ----------------------------------------- abdomen / GI --------------------------------------
@exam("gi", 3)
def us_abdomen(c):
    whole = c.rng.random() < (0.7 if c.lang == "inp" else 0.35)
    if whole:
        desc = c.d(D("US ABDOMEN AND PELVIS|ULTRASOUND ABDOMEN + PELVIS", "USG WHOLE ABDOMEN|USG W/A|USG ABDOMEN & PELVIS", "Échographie abdomino-pelvienne|ECHO ABDOMINO-PELVIENNE",
                     "سونار على البطن والحوض", "Tüm batın USG|TÜM ABDOMEN USG", "سونوگرافی شکم و لگن"))
        lab, why = AP, "whole-abdomen ultrasound: upper abdomen, bladder and pelvis"
    else:
        desc = c.d(D("US ABDOMEN COMPLETE|US ABDOMEN|US RUQ", "USG UPPER ABDOMEN|USG ABDOMEN (HEPATOBILIARY)", "Échographie abdominale|ECHO ABDOMINALE|Echo foie voies biliaires",
                     "سونار على البطن|موجات فوق صوتية على البطن", "Üst batın USG|ÜST ABDOMEN USG|Karaciğer USG", "سونوگرافی شکم|سونوگرافی کبد و کیسه صفرا"))
        lab, why = ["ABDOMEN"], "abdominal ultrasound: liver, gallbladder, pancreas, kidneys"
    return us_exam(c, "gi", desc, lab, "abd", c.rng.choice(["ABDOMEN", "ABDOMEN", None, None]), why=why, n=c.rng.randint(1, 3),
                   extra_desc=("Liver", "GB", "Rt Kidney", "Spleen", None))


@exam("gi", 2)
def ct_ap(c):
    desc = c.d(D("CT ABDOMEN AND PELVIS WITH CONTRAST|CT ABD/PELVIS W CONTRAST|CT A/P", "CECT ABDOMEN|CECT WHOLE ABDOMEN|CT ABDOMEN & PELVIS (TRIPLE CONTRAST)",
                 "TDM abdomino-pelvienne injectée|SCANNER ABDOMINO-PELVIEN|TDM TAP", "أشعة مقطعية على البطن والحوض بالصبغة",
                 "Tüm abdomen BT (kontrastlı)|ABDOMEN BT|TÜM BATIN BT", "سی تی اسکن شکم و لگن با تزریق|سی تی شکم و لگن"))
    if "TAP" in desc:  # French "TDM TAP" is thorax-abdomen-pelvis
        lab = CAP
    else:
        lab = AP
    reg = {"ge": "Abd", "siemens": "Abdomen", "philips": "Abdomen", "canon": "Body", "uih": "Abdomen"}[c.dev("CT")[2]]
    return ct_exam(c, "gi", desc, lab, reg, "cap" if lab == CAP else "ap", [("soft", 5.0, "ax", None), ("soft", 3.0, "cor", None), ("soft", 3.0, "sag", None)],
                   c.rng.choice(["ABDOMEN", "ABDOMEN", "PELVIS", None]), contrast=c.rng.choice(["Omnipaque 300", "Ultravist 370", "IOMERON 350"]),
                   why="abdomen-pelvis CT" if lab == AP else "thorax-abdomen-pelvis CT")


@exam("gi", 1.2)
def ct_liver(c):
    """Triphasic liver: the arterial and late phases cover the liver only, the portal phase the
    abdomen and pelvis."""
    desc = c.d(D("CT LIVER TRIPHASIC|CT ABDOMEN LIVER 3 PHASE", "TRIPHASIC CT LIVER|CECT ABDOMEN (TRIPHASIC)", "TDM hépatique triphasique|SCANNER FOIE 3 TEMPS",
                 "أشعة مقطعية ثلاثية المراحل على الكبد", "Trifazik karaciğer BT|DİNAMİK KARACİĞER BT", "سی تی اسکن سه فازی کبد"))
    dev = c.dev("CT")
    fam = dev[2]
    k = KERNEL[kernel_family(dev)]["soft"]
    ph = {"ge": ("ART 2.5mm", "PV 5mm", "DELAY 5mm", "NC 5mm"), "siemens": (f"Arterial  2.0  {k}", f"PV  3.0  {k}", f"Delayed  3.0  {k}", f"Nativ  5.0  {k}"),
          "philips": ("Arterial 2mm", "Portal 3mm", "Delay 3mm", "Plain 5mm"), "canon": ("ART 2.0", "PVP 3.0", "DELAY 3.0", "PLAIN 5.0"),
          "uih": ("Arterial_2.0", "Venous_3.0", "Delay_3.0", "Plain_5.0")}[fam]
    pn = CT_PROTO["liver"][fam]
    bpe = c.rng.choice(["ABDOMEN", "LIVER", None])
    ser = [c.s("CT", AP, None, "scout planning liver phases and the portal abdomen-pelvis", "scout", SeriesDescription=c.rng.choice(SCOUT[fam]), ProtocolName=pn,
               BodyPartExamined=bpe)]
    for d, lab, w in ((ph[3], ["ABDOMEN"], "unenhanced liver"), (ph[0], ["ABDOMEN"], "arterial phase: liver only"),
                      (ph[1], AP, "portal phase: abdomen and pelvis"), (ph[2], ["ABDOMEN"], "delayed phase: liver only")):
        ser.append(c.s("CT", lab, None, w, SeriesDescription=d, ConvolutionKernel=k, ProtocolName=pn, BodyPartExamined=bpe,
                       ContrastBolusAgent=None if "Nativ" in d or "NC" in d or "PLAIN" in d.upper() else "Omnipaque 350"))
    ser.append(dose_page(c))
    return study(c, "gi", desc, ser)


@exam("gi", 1.2)
def mrcp(c):
    if c.rng.random() < 0.5:
        desc = c.d(D("MRCP|MRI MRCP", "MRCP|MRI ABDOMEN WITH MRCP", "Bili-IRM|IRM BILIAIRE (CP-IRM)", "رنين مغناطيسي على القنوات المرارية", "MRCP|MR KOLANJİOGRAFİ",
                     "ام آر سی پی|MRCP"))
        codes, key, why = [("haste", "cor"), ("haste", "tra"), ("t2fs", "tra")], "mrcp", "MRCP"
    else:
        desc = c.d(D("MRI LIVER WITH CONTRAST|MRI ABDOMEN LIVER PROTOCOL", "MRI UPPER ABDOMEN (LIVER)", "IRM hépatique|IRM FOIE",
                     "رنين مغناطيسي على الكبد", "Dinamik karaciğer MR|ÜST ABDOMEN MR", "ام آر آی کبد"))
        codes, key, why = [("t2fs", "tra"), ("haste", "cor"), ("dwi", "tra"), ("adc", "tra"), ("dyn", "tra")], "liver", "liver MR"
    st = mr_exam(c, "gi", desc, ["ABDOMEN"], codes, mp(c, key), c.rng.choice(["ABDOMEN", "LIVER", None]), why=why)
    if key == "mrcp":
        st["series"].append(c.s("MR", ["ABDOMEN"], None, "MRCP thick-slab MIP: biliary tree", SeriesDescription=c.rng.choice(["MIP_MRCP", "3D MRCP MIP", "MRCP_3D_MIP"]),
                                ImageType="DERIVED\\SECONDARY\\PROJECTION IMAGE", BodyPartExamined="ABDOMEN"))
    return st


@exam("gi", 1.5)
def fluoro_gi(c):
    kind = c.rng.choice(["swallow", "meal", "ft", "enema"])
    tab = {"swallow": (D("FL BARIUM SWALLOW|ESOPHAGRAM", "BARIUM SWALLOW|BA SWALLOW", "TOGD - transit oeso|Transit oesophagien", "أشعة بالباريوم على المريء",
                         "Özofagus pasaj grafisi|ÖZOFAGUS PASAJ", "بلع باریم"), ["NECK", "CHEST"], "barium swallow: pharynx and thoracic oesophagus"),
           "meal": (D("FL UPPER GI SERIES|BARIUM MEAL", "BARIUM MEAL|BA MEAL", "TOGD|Transit oeso-gastro-duodénal", "أشعة بالباريوم على المعدة",
                      "Mide duodenum grafisi|ÖMD PASAJ", "باریم میل"), ["ABDOMEN"], "barium meal: stomach and duodenum"),
           "ft": (D("FL SMALL BOWEL FOLLOW THROUGH", "BARIUM MEAL FOLLOW THROUGH|BA FT", "Transit du grêle", "أشعة بالباريوم على الأمعاء الدقيقة",
                    "İnce barsak pasaj grafisi|İNCE BARSAK PASAJ", "ترانزیت روده باریک"), AP, "small bowel follow-through: abdomen and pelvis"),
           "enema": (D("FL BARIUM ENEMA|CONTRAST ENEMA", "BARIUM ENEMA (DOUBLE CONTRAST)|BA ENEMA", "Lavement baryté", "حقنة شرجية بالباريوم",
                       "Kolon grafisi|KOLON GRAFİSİ (ÇİFT KONTRAST)", "باریم انما"), AP, "barium enema: colon, abdomen and pelvis")}
    t, lab, why = tab[kind]
    desc = c.d(t)
    dev = c.dev("RF")
    ser = []
    for i in range(c.rng.randint(1, 3)):
        ser.append(c.s("RF", lab, None, why, dev=dev, SeriesDescription=c.rng.choice(["Fluoro", "Spot", "LIH", "Abdomen", "Series " + str(i + 1), None]),
                       ProtocolName=c.rng.choice(["Barium", "GI", None]), ContrastBolusAgent="Barium sulfate",
                       BodyPartExamined=c.rng.choice(["ABDOMEN", "ESOPHAGUS" if kind == "swallow" else "COLON" if kind == "enema" else "STOMACH", None])))
    if all(not s["meta"].get("SeriesDescription") for s in ser):
        ser[0]["meta"]["SeriesDescription"] = "Fluoro"
    return study(c, "gi", desc, ser)


@exam("gi", 1.5)
def xr_abdomen(c):
    desc = c.d(D("XR ABDOMEN 2 VIEWS|XR ABDOMEN ERECT AND SUPINE|XR KUB", "X-RAY ABDOMEN ERECT|X-RAY KUB|X-RAY ABDOMEN (STANDING)", "ASP|Abdomen sans préparation|ASP DEBOUT",
                 "أشعة سينية على البطن", "Ayakta direkt batın grafisi|ADBG|DÜZ KARIN GRAFİSİ", "گرافی ساده شکم|KUB"))
    return xr_exam(c, "gi", desc, AP, c.rng.choice(["Abdomen", "KUB", "ABDOMEN"]), [("AP", "AP")] + ([("ERECT", "AP")] if c.rng.random() < 0.5 else []),
                   c.rng.choice(["ABDOMEN", "ABDOMEN", "KUB", None]), why="plain abdominal film: diaphragm to pubis")


@exam("gi", 0.5)
def ct_colon(c):
    desc = c.d(D("CT COLONOGRAPHY|VIRTUAL COLONOSCOPY", "CT VIRTUAL COLONOSCOPY", "Coloscanner|COLOSCANNER", "تنظير القولون الافتراضي بالأشعة المقطعية",
                 "BT kolonografi|SANAL KOLONOSKOPİ", "کولونوگرافی سی تی"))
    st = ct_exam(c, "gi", desc, AP, "Colon", "colon", [("soft", 1.0, "ax", None), ("soft", 1.0, "ax", None)], c.rng.choice(["COLON", "ABDOMEN", None]),
                 why="CT colonography")
    for s, p in zip([s for s in st["series"] if s["role"] == "img"], ("Supine", "Prone")):
        s["meta"]["SeriesDescription"] = f"{p} {s['meta']['SeriesDescription']}"
    return st


# ----------------------------------------- urology -------------------------------------------
@exam("uro", 2)
def ct_kub(c):
    desc = c.d(D("CT KUB STONE PROTOCOL|CT ABDOMEN PELVIS WO (RENAL STONE)|CT UROGRAM", "CT KUB (PLAIN)|NCCT KUB|CT UROGRAPHY", "Uroscanner|TDM abdomino-pelvienne sans injection (lithiase)",
                 "أشعة مقطعية على الكلى والمسالك البولية بدون صبغة", "Üriner sistem BT|BT ÜROGRAFİ|TAŞ PROTOKOLÜ BT", "سی تی اسکن کلیه و مجاری ادراری بدون تزریق|سی تی KUB"))
    return ct_exam(c, "uro", desc, AP, c.rng.choice(["KUB", "Abdomen", ""]), "kub", [("soft", 3.0, "ax", None), ("soft", 3.0, "cor", None)],
                   c.rng.choice(["ABDOMEN", "KIDNEY", "PELVIS", None]), why="stone CT: kidneys to bladder")


@exam("uro", 2)
def us_kub(c):
    if c.rng.random() < 0.6:
        desc = c.d(D("US KIDNEYS AND BLADDER|US RENAL", "USG KUB|USG KUB + PVR|USG KUB WITH PROSTATE", "Échographie rénale et vésicale|ECHO REINS VESSIE",
                     "سونار على الكلى والمثانة", "Üriner sistem USG|ÜRİNER SİSTEM USG", "سونوگرافی کلیه و مجاری ادراری"))
        return us_exam(c, "uro", desc, AP, "renal", c.rng.choice(["KIDNEY", "ABDOMEN", None, None]), why="kidneys and bladder ultrasound",
                       n=2, extra_desc=("Bladder", "PVR", "Rt Kidney", "Lt Kidney"))
    desc = c.d(D("US SCROTUM|US TESTES WITH DOPPLER", "USG SCROTUM|USG SCROTUM WITH DOPPLER", "Échographie scrotale|ECHO TESTICULAIRE", "سونار على الخصية",
                 "Skrotal USG|SKROTAL DOPPLER USG", "سونوگرافی بیضه"))
    return us_exam(c, "uro", desc, ["PELVIS"], "scrotum", c.rng.choice(["SCROTUM", None, None]), why="scrotal ultrasound (folded into pelvis)")


@exam("uro", 1.2)
def mr_prostate(c):
    desc = c.d(D("MRI PROSTATE MULTIPARAMETRIC|MRI PELVIS PROSTATE", "MRI PROSTATE (mpMRI)", "IRM prostatique multiparamétrique|IRM PROSTATE",
                 "رنين مغناطيسي على البروستاتا", "Multiparametrik prostat MR|PROSTAT MR", "ام آر آی پروستات"))
    return mr_exam(c, "uro", desc, ["PELVIS"], [("t2", "tra"), ("t2", "sag"), ("t2", "cor"), ("dwi", "tra"), ("adc", "tra"), ("dyn", "tra")],
                   mp(c, "prostate"), c.rng.choice(["PROSTATE", "PELVIS", None]), why="prostate MR")


@exam("uro", 1)
def fluoro_uro(c):
    if c.rng.random() < 0.5:
        desc = c.d(D("FL RETROGRADE URETHROGRAM|RUG/MCU", "RGU + MCU|RETROGRADE URETHROGRAM", "Urétrographie rétrograde|UCRM", "أشعة بالصبغة على مجرى البول",
                     "Retrograd üretrografi|VCUG", "اورتروگرافی رتروگراد"))
        lab, why, names = ["PELVIS"], "urethrogram: bladder and urethra", ["Urethra", "RGU", "MCU", "Bladder", "Spot"]
    else:
        desc = c.d(D("IVU|INTRAVENOUS UROGRAM", "IVP|IVU (INTRAVENOUS PYELOGRAPHY)", "UIV|Urographie intraveineuse", "أشعة بالصبغة على الكلى",
                     "İntravenöz pyelografi|İVP", "IVP|اوروگرافی وریدی"))
        lab, why, names = AP, "intravenous urogram: kidneys to bladder", ["KUB", "Film 5 min", "Film 15 min", "Abdomen ap", "Post void"]
    dev = c.dev("RF")
    mod = "RF" if dev[2] not in ("fuji",) else "CR"
    ser = [c.s(mod, lab, None, why, dev=dev, SeriesDescription=c.rng.choice(names),
               ContrastBolusAgent=c.rng.choice(["Urografin", "Omnipaque 300"]), BodyPartExamined=c.rng.choice(["PELVIS", "ABDOMEN", None]))
           for _ in range(c.rng.randint(1, 2))]
    return study(c, "uro", desc, ser)


# ----------------------------------------- women's / obstetric -------------------------------
@exam("womens", 3)
def us_ob(c):
    desc = c.d(D("US OB 2ND/3RD TRIMESTER|US OB ANATOMY SCAN|US OB LESS THAN 14 WEEKS", "USG OBSTETRIC (LEVEL II)|USG OBS GROWTH SCAN|NT SCAN|USG ANOMALY SCAN",
                 "Échographie obstétricale T2|ECHO OBSTETRICALE|Échographie de datation", "سونار على الحمل|موجات فوق صوتية للحمل",
                 "Obstetrik USG|OBSTETRİK USG (2. DÜZEY)|Gebelik USG", "سونوگرافی بارداری|سونوگرافی آنومالی جنین|سونوگرافی NT"))
    return us_exam(c, "womens", desc, ["PELVIS"], "ob", c.rng.choice(["PELVIS", "UTERUS", None, None, None]), why="obstetric ultrasound: gravid uterus (pelvis)",
                   n=c.rng.randint(1, 3), extra_desc=("BPD", "FL", "AC", "NT", "Cervix", None))


@exam("womens", 2)
def us_gyn(c):
    desc = c.d(D("US PELVIS TRANSVAGINAL|US PELVIS FEMALE|TVUS", "USG PELVIS (TVS)|TVS|USG LOWER ABDOMEN (PELVIS)", "Échographie pelvienne endovaginale|ECHO PELVIENNE",
                 "سونار مهبلي|سونار على الحوض", "Transvajinal USG|PELVİK USG|TVUSG", "سونوگرافی واژینال|سونوگرافی لگن"))
    return us_exam(c, "womens", desc, ["PELVIS"], "gyn", c.rng.choice(["PELVIS", "UTERUS", None, None]), why="pelvic ultrasound: uterus and ovaries",
                   n=c.rng.randint(1, 2), extra_desc=("Uterus", "Rt Ovary", "Lt Ovary", "Endometrium"))


@exam("womens", 1)
def mr_pelvis_f(c):
    desc = c.d(D("MRI PELVIS FEMALE WITH CONTRAST|MRI PELVIS (UTERUS)", "MRI PELVIS (FIBROID/ADENOMYOSIS)|MRI PELVIS FEMALE", "IRM pelvienne|IRM PELVIENNE (ENDOMETRIOSE)",
                 "رنين مغناطيسي على الحوض", "Pelvik MR (kadın)|ALT ABDOMEN MR|PELVİK MR", "ام آر آی لگن"))
    return mr_exam(c, "womens", desc, ["PELVIS"], [("t2", "sag"), ("t2", "tra"), ("t1", "tra"), ("dwi", "tra"), ("dyn", "sag")],
                   mp(c, "pelvis"), c.rng.choice(["PELVIS", "UTERUS", None]), why="female pelvis MR")


@exam("womens", 0.8)
def hsg(c):
    desc = c.d(D("HYSTEROSALPINGOGRAM|FL HSG", "HSG", "Hystérosalpingographie|HSG", "أشعة بالصبغة على الرحم والأنابيب", "Histerosalpingografi|HSG",
                 "هیستروسالپنگوگرافی|HSG"))
    dev = c.dev("RF")
    ser = [c.s("RF" if dev[2] != "fuji" else "CR", ["PELVIS"], None, "hysterosalpingogram: uterus and tubes", dev=dev,
               SeriesDescription=c.rng.choice(["HSG", "Pelvis", "Spot", "Uterus"]), ContrastBolusAgent="Lipiodol",
               BodyPartExamined=c.rng.choice(["PELVIS", None])) for _ in range(c.rng.randint(1, 2))]
    return study(c, "womens", desc, ser)


# ----------------------------------------- musculoskeletal -----------------------------------
XR_VIEWS = {"knee": [("AP", "AP"), ("LAT", "LL")], "shoulder": [("AP", "AP"), ("AXIAL", "AP")], "hand": [("PA", "PA"), ("OBL", "PA")],
            "wrist": [("PA", "PA"), ("LAT", "LL")], "elbow": [("AP", "AP"), ("LAT", "LL")], "forearm": [("AP", "AP"), ("LAT", "LL")],
            "humerus": [("AP", "AP"), ("LAT", "LL")], "hip": [("AP", "AP"), ("LAT", "LL")], "femur": [("AP", "AP"), ("LAT", "LL")],
            "leg": [("AP", "AP"), ("LAT", "LL")], "ankle": [("AP", "AP"), ("LAT", "LL")], "foot": [("DP", "AP"), ("OBL", "AP")],
            "clavicle": [("AP", "AP")], "scaphoid": [("PA", "PA"), ("OBL", "PA")], "calcaneus": [("AXIAL", "AP"), ("LAT", "LL")],
            "finger": [("PA", "PA"), ("LAT", "LL")], "toe": [("DP", "AP"), ("OBL", "AP")]}
XR_WORD = {"knee": "Knee", "shoulder": "Shoulder", "hand": "Hand", "wrist": "Wrist", "elbow": "Elbow", "forearm": "Forearm", "humerus": "Humerus",
           "hip": "Hip", "femur": "Femur", "leg": "Tib Fib", "ankle": "Ankle", "foot": "Foot", "clavicle": "Clavicle", "scaphoid": "Scaphoid",
           "calcaneus": "Calcaneus", "finger": "Finger", "toe": "Toe"}
LIMB_BPE = {"knee": "KNEE", "shoulder": "SHOULDER", "hand": "HAND", "wrist": "WRIST", "elbow": "ELBOW", "forearm": "FOREARM", "humerus": "HUMERUS",
            "hip": "HIP", "femur": "FEMUR", "leg": "LEG", "ankle": "ANKLE", "foot": "FOOT", "clavicle": "CLAVICLE", "scaphoid": "HAND",
            "calcaneus": "FOOT", "finger": "FINGER", "toe": "TOE"}


@exam("msk", 12)
def xr_limb(c):
    part = c.rng.choice(list(PARTS) + ["knee", "knee", "ankle", "wrist", "hand", "foot", "shoulder", "humerus", "forearm"])
    side = c.rng.choices("RLB", weights=[10, 10, 2])[0] if part in ("knee", "hand", "foot", "hip", "ankle") else c.rng.choice("RL")
    desc = limb_desc(c.rng, c.lang, "XR", part, side)
    lab = PARTS[part][0]
    bpe = c.rng.choice([LIMB_BPE[part], LIMB_BPE[part], "EXTREMITY", None])
    if part == "scaphoid" and c.rng.random() < 0.5:
        bpe = "WRIST"
    views = XR_VIEWS[part]
    if side == "B":
        views = [(views[0][0] + c.rng.choice([" BIL", " BOTH", ""]), views[0][1])]
    st = xr_exam(c, "msk", desc, lab, XR_WORD[part], views, bpe, lat=side, why=f"{part} radiograph, side from the words",
                 tag_side=side if side != "B" else None)
    if side == "B" and c.rng.random() < 0.6:
        # the two sides taken as separate exposures, each named with its own side
        for sd in "RL":
            v = st["series"][0]["meta"]
            w = c.rng.choice([("R", "L"), ("RT", "LT"), ("RIGHT", "LEFT")])["RL".index(sd)]
            m = {k: v[k] for k in v if k not in ("Modality",)}
            m["SeriesDescription"] = f"{XR_VIEW[c.dev('DX')[2]](XR_WORD[part], 'LAT')} {w}"
            m["ViewPosition"] = "LL"
            st["series"].append(c.s(v["Modality"], lab, sd, f"{part} radiograph: the {'right' if sd == 'R' else 'left'} lateral of a bilateral exam",
                                    dev=c.dev("DX"), **{k: x for k, x in m.items() if k not in ("Manufacturer", "ManufacturerModelName", "AcquisitionDeviceProcessingDescription")}))
    return st


@exam("msk", 1.2)
def xr_pelvis_hips(c):
    desc = c.d(D("XR PELVIS AP|XR PELVIS AND BOTH HIPS", "X-RAY PELVIS AP (BOTH HIPS)|X-RAY PELVIS WITH BOTH HIP JOINTS", "Radiographie du bassin de face|RX BASSIN + HANCHES",
                 "أشعة على الحوض ومفصلي الفخذ", "Pelvis AP grafisi|PELVİS GRAFİSİ|Her iki kalça grafisi", "گرافی لگن|گرافی لگن و هر دو مفصل ران"))
    return xr_exam(c, "msk", desc, ["PELVIS", "HIP"], "Pelvis", [("AP", "AP")], c.rng.choice(["PELVIS", "PELVIS", "HIP", None]), lat="B",
                   why="AP pelvis: pelvis and both hips")


@exam("msk", 0.6)
def xr_long_leg(c):
    desc = c.d(D("XR LOWER EXTREMITY STANDING LONG LEG|XR SCANOGRAM BOTH LEGS", "X-RAY BOTH LOWER LIMBS (STANDING) FULL LENGTH|X-RAY LLD SCANOGRAM",
                 "Pangonogramme|Goniométrie des membres inférieurs", "أشعة على الطرفين السفليين كاملين", "Ortoröntgenogram|BİLATERAL ALT EKSTREMİTE GRAFİSİ",
                 "گرافی اسکنوگرام هر دو اندام تحتانی"))
    return xr_exam(c, "msk", desc, ["HIP", "THIGH", "KNEE", "LEG", "ANKLE"], "Long leg", [("AP", "AP")], c.rng.choice(["LOWER LIMB", "LEG", "EXTREMITY", None]),
                   lat="B", why="full-length standing film: hips to ankles, both legs")


@exam("msk", 3)
def mr_joint(c):
    part = c.rng.choice(["knee", "knee", "knee", "shoulder", "shoulder", "ankle", "wrist", "elbow", "hip"])
    side = c.rng.choice("RL")
    desc = limb_desc(c.rng, c.lang, "MR", part, side)
    planes = {"knee": [("pdfs", "sag"), ("pdfs", "cor"), ("t1", "cor"), ("pdfs", "tra"), ("t2", "sag")],
              "shoulder": [("pdfs", "cor"), ("t1", "cor"), ("pdfs", "sag"), ("pdfs", "tra")],
              "ankle": [("pdfs", "sag"), ("t1", "sag"), ("pdfs", "cor"), ("t2fs", "tra")], "wrist": [("pdfs", "cor"), ("t1", "cor"), ("t2fs", "tra")],
              "elbow": [("pdfs", "cor"), ("t1", "cor"), ("pdfs", "sag"), ("t2fs", "tra")], "hip": [("stir", "cor"), ("t1", "cor"), ("pdfs", "tra")]}[part]
    key = part if part in ("knee", "shoulder", "ankle", "hip") else "knee"
    proto = mp(c, key) if key == part else c.rng.choice([f"{part}_routine", part.upper()])
    st = mr_exam(c, "msk", desc, PARTS[part][0], planes, proto, c.rng.choice([LIMB_BPE[part], LIMB_BPE[part], "EXTREMITY", None]), lat=side,
                 why=f"{part} MR, side from the words")
    if c.rng.random() < 0.35:
        for s in st["series"]:
            s["meta"]["Laterality"] = side
    return st


@exam("msk", 1)
def ct_limb(c):
    part = c.rng.choice(["ankle", "wrist", "knee", "elbow", "foot", "shoulder", "calcaneus"])
    side = c.rng.choice("RL")
    desc = limb_desc(c.rng, c.lang, "CT", part, side)
    st = ct_exam(c, "msk", desc, PARTS[part][0], c.rng.choice([XR_WORD[part], "Extremity"]), "limb",
                 [("bone", 0.6, "ax", None), ("bone", 1.0, "cor", None), ("bone", 1.0, "sag", None)],
                 c.rng.choice([LIMB_BPE[part], "EXTREMITY", None]), lat=side, why=f"{part} CT")
    if c.rng.random() < 0.4:
        st["series"].append(c.s("CT", PARTS[part][0], side, f"{part} CT: volume rendering", SeriesDescription=c.rng.choice(["VRT", "3D VR", "Volume Rendering"]),
                                ImageType="DERIVED\\SECONDARY\\VOLUME RENDERING"))
    return st


@exam("msk", 0.8)
def us_msk(c):
    part = c.rng.choice(["shoulder", "shoulder", "knee", "wrist", "ankle", "hand"])
    side = c.rng.choice("RL")
    desc = limb_desc(c.rng, c.lang, "US", part, side)
    return us_exam(c, "msk", desc, PARTS[part][0], "msk", c.rng.choice([LIMB_BPE[part], None, None]), lat=side, why=f"{part} ultrasound")


@exam("msk", 0.6)
def mr_hips(c):
    desc = c.d(D("MRI BOTH HIPS|MRI PELVIS / HIPS (AVN)", "MRI BOTH HIP JOINTS (AVN PROTOCOL)|MRI B/L HIPS", "IRM des hanches|IRM BASSIN-HANCHES",
                 "رنين مغناطيسي على مفصلي الفخذ", "Bilateral kalça MR|İKİ KALÇA MR", "ام آر آی هر دو مفصل ران"))
    return mr_exam(c, "msk", desc, ["PELVIS", "HIP"], [("stir", "cor"), ("t1", "cor"), ("t2fs", "tra")], mp(c, "hip"), c.rng.choice(["HIP", "PELVIS", None]),
                   lat="B", why="both hips MR: pelvis and both hips")


# ----------------------------------------- spine ---------------------------------------------
SPINE_T = {
    "L": (D("MRI LUMBAR SPINE|MRI L-SPINE WITHOUT CONTRAST|MR LUMBOSACRAL SPINE", "MRI LS SPINE|MRI L.S. SPINE (PLAIN)|MRI LUMBOSACRAL SPINE",
            "IRM lombaire|IRM du rachis lombaire|IRM RACHIS LOMBAIRE", "رنين مغناطيسي على الفقرات القطنية", "Lomber MR|LOMBER VERTEBRA MR|L-S MR",
            "ام آر آی کمر|ام آر آی ستون فقرات کمری"), ["LSPINE"], "lspine"),
    "C": (D("MRI CERVICAL SPINE|MRI C-SPINE WITHOUT CONTRAST", "MRI CERVICAL SPINE|MRI C-SPINE (PLAIN)", "IRM cervicale (rachis)|IRM RACHIS CERVICAL",
            "رنين مغناطيسي على الفقرات العنقية", "Servikal MR|SERVİKAL VERTEBRA MR", "ام آر آی گردن (ستون فقرات گردنی)"), ["CSPINE"], "cspine"),
    "T": (D("MRI THORACIC SPINE|MRI T-SPINE", "MRI DORSAL SPINE|MRI D-SPINE|MRI D.L. SPINE", "IRM dorsale|IRM RACHIS DORSAL", "رنين مغناطيسي على الفقرات الصدرية",
            "Torakal MR|DORSAL VERTEBRA MR", "ام آر آی ستون فقرات پشتی"), ["TSPINE"], "wspine"),
    "W": (D("MRI WHOLE SPINE|MRI TOTAL SPINE SCREENING", "MRI WHOLE SPINE SCREENING|MRI SCREENING WHOLE SPINE", "IRM médullaire|IRM RACHIS ENTIER",
            "رنين مغناطيسي على العمود الفقري كامل", "Tüm spinal MR|TÜM VERTEBRA MR", "ام آر آی کل ستون فقرات"), WSPINE, "wspine"),
}


@exam("spine", 4)
def mr_spine(c):
    k = c.rng.choices("LCTW", weights=[6, 3, 1, 1.5])[0]
    t, lab, key = SPINE_T[k]
    desc = c.d(t)
    if k == "T" and ("D.L." in desc or " DL " in f" {desc} "):
        lab = ["TSPINE", "LSPINE"]
    codes = [("t2", "sag"), ("t1", "sag"), ("stir", "sag"), ("t2", "tra")]
    bpe = {"L": ["LSPINE", "LSPINE", "SPINE", None], "C": ["CSPINE", "CSPINE", "SPINE", None], "T": ["TSPINE", "SPINE", "LSPINE", None],
           "W": ["SPINE", "WHOLESPINE", "LSPINE", None]}[k]
    st = mr_exam(c, "spine", desc, lab, codes, mp(c, key), c.rng.choice(bpe), why="spine MR")
    if k == "W":
        # the axial block of a whole-spine screen is placed on the lumbar discs only
        s = st["series"][-1]
        s["labels"], s["why"] = ["LSPINE"], "axial T2 of a whole-spine screen, placed on the lumbar discs"
        s["meta"]["SeriesDescription"] += c.rng.choice([" L3-S1", " LUMBAR", " L4-5 L5-S1"])
    return st


@exam("spine", 2.5)
def xr_spine(c):
    k = c.rng.choices("LCTS", weights=[5, 4, 1, 1])[0]
    t = {"L": (D("XR LUMBAR SPINE 2 VIEWS|XR L-SPINE AP/LAT", "X-RAY LS SPINE AP/LAT|X-RAY L.S. SPINE AP & LAT|X RAY LUMBOSACRAL SPINE",
                 "Radiographie du rachis lombaire|RX RACHIS LOMBAIRE F+P", "أشعة على الفقرات القطنية", "Lomber vertebra grafisi|LOMBOSAKRAL GRAFİ",
                 "گرافی ستون فقرات کمری|گرافی LS"), ["LSPINE"], "Lumbar spine", "LSPINE"),
         "C": (D("XR CERVICAL SPINE 3 VIEWS|XR C-SPINE", "X-RAY CERVICAL SPINE AP/LAT|X-RAY C-SPINE AP & LAT", "Radiographie du rachis cervical|RX RACHIS CERVICAL",
                 "أشعة على الفقرات العنقية", "Servikal vertebra grafisi|SERVİKAL GRAFİ", "گرافی ستون فقرات گردنی"), ["CSPINE"], "Cervical spine", "CSPINE"),
         "T": (D("XR THORACIC SPINE|XR T-SPINE 2 VIEWS", "X-RAY DORSAL SPINE AP/LAT|X-RAY D-SPINE", "Radiographie du rachis dorsal|RX RACHIS DORSAL",
                 "أشعة على الفقرات الصدرية", "Torakal vertebra grafisi|DORSAL GRAFİ", "گرافی ستون فقرات پشتی"), ["TSPINE"], "Thoracic spine", "TSPINE"),
         "S": (D("XR SCOLIOSIS SERIES|XR WHOLE SPINE STANDING", "X-RAY WHOLE SPINE (SCOLIOSIS)|X-RAY FULL SPINE AP", "Radiographie du rachis entier (EOS)|TELERACHIS",
                 "أشعة على العمود الفقري كامل", "Skolyoz grafisi|TÜM VERTEBRA GRAFİSİ", "گرافی اسکولیوز"), WSPINE, "Whole spine", "SPINE")}[k]
    d, lab, word, bpe = t
    return xr_exam(c, "spine", c.d(d), lab, word, [("AP", "AP"), ("LAT", "LL")][: c.rng.randint(1, 2)], c.rng.choice([bpe, bpe, "SPINE", None]),
                   why="spine radiograph")


@exam("spine", 1)
def ct_spine(c):
    k = c.rng.choice("CL")
    if k == "C":
        desc = c.d(D("CT CERVICAL SPINE WITHOUT CONTRAST|CT C-SPINE", "NCCT CERVICAL SPINE|CT C-SPINE (TRAUMA)", "TDM du rachis cervical|SCANNER RACHIS CERVICAL",
                     "أشعة مقطعية على الفقرات العنقية", "Servikal BT|SERVİKAL VERTEBRA BT", "سی تی اسکن ستون فقرات گردنی"))
        lab, reg = ["CSPINE"], "C-Spine"
    else:
        desc = c.d(D("CT LUMBAR SPINE|CT L-SPINE WO", "CT LS SPINE|NCCT L.S. SPINE", "TDM du rachis lombaire|SCANNER LOMBAIRE", "أشعة مقطعية على الفقرات القطنية",
                     "Lomber BT|LOMBER VERTEBRA BT", "سی تی اسکن کمر"))
        lab, reg = ["LSPINE"], "L-Spine"
    return ct_exam(c, "spine", desc, lab, c.rng.choice([reg, "Spine"]), "spine", [("bone", 1.0, "ax", None), ("bone", 2.0, "sag", None), ("soft", 2.0, "ax", None)],
                   c.rng.choice([lab[0], "SPINE", None]), why="spine CT")


# ----------------------------------------- vascular / interventional -------------------------
@exam("vascular", 1.5)
def ctpa(c):
    desc = c.d(D("CTA CHEST PE PROTOCOL|CT PULMONARY ANGIOGRAM", "CT PULMONARY ANGIOGRAPHY|CTPA", "Angioscanner thoracique (EP)|ANGIO-TDM THORACIQUE",
                 "أشعة مقطعية بالصبغة على شرايين الرئة", "Pulmoner BT anjiyografi|PULMONER BTA", "سی تی آنژیوگرافی ریه"))
    return ct_exam(c, "vascular", desc, ["CHEST"], c.rng.choice(["CTA", "Thorax", "Chest"]), "ctpa", [("angio", 1.0, "ax", None), ("angio", 3.0, "cor", None)],
                   c.rng.choice(["CHEST", "CHEST", None]), contrast="Omnipaque 350", why="pulmonary CTA")


@exam("vascular", 1)
def cta_hn(c):
    desc = c.d(D("CTA HEAD AND NECK|CT ANGIO CAROTIDS AND CIRCLE OF WILLIS", "CT ANGIOGRAPHY BRAIN & NECK VESSELS|CTA NECK VESSELS + BRAIN",
                 "Angioscanner des troncs supra-aortiques et du polygone|ANGIO-TDM TSA", "أشعة مقطعية بالصبغة على شرايين الرأس والرقبة",
                 "Boyun ve beyin BT anjiyografi|KAROTİS BTA", "سی تی آنژیوگرافی سر و گردن"))
    st = ct_exam(c, "vascular", desc, ["HEAD", "NECK"], "CTA", "cta_hn", [("angio", 0.6, "ax", None), ("angio", 5.0, "cor", None)],
                 c.rng.choice(["NECK", "HEAD", "CAROTID", None]), contrast="Omnipaque 350", why="head and neck CTA")
    st["series"].append(c.s("CT", ["HEAD", "NECK"], None, "MIP of the head and neck CTA", SeriesDescription=c.rng.choice(["MIP Cor 10mm", "MIP SAG", "Thick MIP"]),
                            ImageType="DERIVED\\SECONDARY\\MIP"))
    return st


@exam("vascular", 0.8)
def cta_aorta_runoff(c):
    if c.rng.random() < 0.5:
        desc = c.d(D("CTA AORTA CHEST ABDOMEN PELVIS|CT ANGIO THORACOABDOMINAL AORTA", "CT AORTOGRAM|CT ANGIOGRAPHY WHOLE AORTA", "Angioscanner aortique|ANGIO-TDM AORTE",
                     "أشعة مقطعية بالصبغة على الشريان الأورطي", "Torakoabdominal aort BTA|AORT BT ANJİYO", "سی تی آنژیوگرافی آئورت"))
        return ct_exam(c, "vascular", desc, CAP, "Aorta", "cta_ao", [("angio", 1.0, "ax", None), ("angio", 3.0, "sag", None)], c.rng.choice(["CHEST", "AORTA", None]),
                       contrast="Ultravist 370", why="aorta CTA: chest, abdomen, pelvis")
    desc = c.d(D("CTA LOWER EXTREMITY RUNOFF|CT ANGIO BILATERAL LOWER LIMBS", "CT PERIPHERAL ANGIOGRAPHY BOTH LOWER LIMBS|CT ANGIO B/L LL", "Angioscanner des membres inférieurs",
                 "أشعة مقطعية بالصبغة على شرايين الطرفين السفليين", "Alt ekstremite BT anjiyografi|BİLATERAL ALT EKSTREMİTE BTA", "سی تی آنژیوگرافی اندام تحتانی"))
    lab = AP + ["THIGH", "KNEE", "LEG", "ANKLE", "FOOT"]
    return ct_exam(c, "vascular", desc, lab, "Runoff", "runoff", [("angio", 1.0, "ax", None), ("angio", 5.0, "cor", None)], c.rng.choice(["EXTREMITY", "LEG", None]),
                   lat="B", contrast="Omnipaque 350", why="runoff CTA: aortic bifurcation to the feet, both legs")


@exam("vascular", 2)
def us_vascular(c):
    kind = c.rng.choice(["carotid", "carotid", "leg_ven", "leg_ven", "leg_art", "arm_ven", "arm_ven", "renal"])
    if kind == "carotid":
        desc = c.d(D("US CAROTID DOPPLER BILATERAL|DUPLEX CAROTID", "CAROTID DOPPLER|COLOUR DOPPLER CAROTIDS", "Écho-doppler des TSA|DOPPLER TSA",
                     "دوبلر على شرايين الرقبة", "Karotis Doppler USG|KAROTİS-VERTEBRAL DOPPLER", "داپلر کاروتید"))
        return us_exam(c, "vascular", desc, ["NECK"], "carotid", c.rng.choice(["NECK", "CAROTID", None, None]), why="carotid Doppler: neck")
    if kind == "renal":
        desc = c.d(D("US RENAL ARTERY DOPPLER", "RENAL DOPPLER|COLOUR DOPPLER RENAL ARTERIES", "Doppler des artères rénales", "دوبلر على شرايين الكلى",
                     "Renal arter Doppler USG", "داپلر شریان کلیوی"))
        return us_exam(c, "vascular", desc, ["ABDOMEN"], "renal", c.rng.choice(["KIDNEY", None]), why="renal artery Doppler")
    if kind == "arm_ven":
        side = c.rng.choice("RL")
        t = {"en": f"US UPPER EXTREMITY VENOUS {'RT' if side == 'R' else 'LT'}", "inp": f"ARTERIOVENOUS FISTULA DOPPLER {'RT' if side == 'R' else 'LT'} UPPER LIMB",
             "fr": f"Écho-doppler de fistule artério-veineuse bras {'droit' if side == 'R' else 'gauche'}",
             "ar": f"دوبلر على وريد الذراع {'الأيمن' if side == 'R' else 'الأيسر'}", "tr": f"{'Sağ' if side == 'R' else 'Sol'} üst ekstremite venöz Doppler",
             "fa": f"داپلر فیستول دست {'راست' if side == 'R' else 'چپ'}"}
        desc = c.d({k: [v] for k, v in t.items()})
        return us_exam(c, "vascular", desc, ["ARM", "FOREARM"], "arm_ven", c.rng.choice(["ARM", "EXTREMITY", None]), lat=side,
                       why="arm vein / fistula Doppler: upper arm and forearm")
    side = c.rng.choices("RLB", weights=[3, 3, 2])[0]
    ven = kind == "leg_ven"
    sw = {"R": ("RT", "RIGHT", "droit", "الأيمن", "Sağ", "راست"), "L": ("LT", "LEFT", "gauche", "الأيسر", "Sol", "چپ"),
          "B": ("BILATERAL", "B/L", "bilatéral", "الجهتين", "Bilateral", "دو طرفه")}[side]
    t = {"en": [f"US LOWER EXTREMITY {'VENOUS' if ven else 'ARTERIAL'} DOPPLER {sw[0]}", f"DUPLEX {'DVT' if ven else 'ARTERIAL'} {sw[1]} LEG"],
         "inp": [f"COLOUR DOPPLER {sw[1]} LOWER LIMB {'VENOUS' if ven else 'ARTERIAL'}", f"{sw[0]} LOWER LIMB {'VENOUS' if ven else 'ARTERIAL'} DOPPLER"],
         "fr": [f"Écho-doppler {'veineux' if ven else 'artériel'} membre inférieur {sw[2]}"],
         "ar": [f"دوبلر على {'أوردة' if ven else 'شرايين'} الساق {sw[3]}"],
         "tr": [f"{sw[4]} alt ekstremite {'venöz' if ven else 'arteriyel'} Doppler USG"],
         "fa": [f"داپلر {'وریدی' if ven else 'شریانی'} اندام تحتانی {sw[5]}"]}
    desc = c.d(t)
    return us_exam(c, "vascular", desc, ["THIGH", "KNEE", "LEG"], kind, c.rng.choice(["LEG", "EXTREMITY", None, None]), lat=side,
                   why="leg Doppler: groin to calf (thigh, knee, leg)")


@exam("vascular", 1.2)
def xa_ir(c):
    kind = c.rng.choice(["cerebral", "tace", "ufe", "leg"])
    dev = c.dev("XA")
    t = {"cerebral": (D("CEREBRAL ANGIOGRAM 4 VESSEL|DSA CEREBRAL", "DSA BRAIN (4 VESSEL)|CEREBRAL DSA + COILING", "Artériographie cérébrale|ANGIOGRAPHIE CEREBRALE",
                        "قسطرة تشخيصية على شرايين المخ", "Serebral DSA|SEREBRAL ANJİYOGRAFİ", "آنژیوگرافی مغز|DSA مغزی"), ["HEAD"],
                      ["ICA R AP", "ICA L LAT", "VA L AP", "3D Rotation", "DSA Head 2fps"], "cerebral DSA: head"),
         "tace": (D("TACE|HEPATIC ARTERY CHEMOEMBOLIZATION", "TACE (LIVER)|HEPATIC ANGIOGRAPHY + TACE", "Chimioembolisation hépatique|CHIMIOEMBOLISATION",
                    "حقن كيميائي للكبد بالقسطرة", "TACE|KARACİĞER KEMOEMBOLİZASYON", "TACE کبد"), ["ABDOMEN"],
                  ["Celiac DSA", "SMA", "Abdomen 3fps", "Hepatic", "DSA Abdomen"], "hepatic angiography: abdomen"),
         "ufe": (D("UTERINE FIBROID EMBOLIZATION|UAE", "UAE (UTERINE ARTERY EMBOLISATION)", "Embolisation des artères utérines", "قسطرة لسد شرايين الرحم",
                   "Uterin arter embolizasyonu", "آمبولیزاسیون شریان رحمی"), ["PELVIS"], ["Pelvis DSA", "Uterine R", "Int Iliac", "DSA Pelvis 2fps"],
                 "uterine artery embolisation: pelvis"),
         "leg": (D("PERIPHERAL ANGIOGRAM BILATERAL LOWER EXTREMITY|PTA SFA BILATERAL", "PERIPHERAL ANGIOGRAPHY B/L LOWER LIMBS", "Artériographie des membres inférieurs",
                   "قسطرة على شرايين الساقين", "Periferik anjiyografi|ALT EKSTREMİTE DSA", "آنژیوگرافی اندام تحتانی"), ["THIGH", "KNEE", "LEG"],
                 ["Runoff Femoral", "SFA", "Popliteal", "DSA Legs Stepping"], "peripheral angiogram: thighs to calves, both legs")}[kind]
    tab, lab, names, why = t
    desc = c.d(tab)
    lat = "B" if kind == "leg" else None
    ser = [c.s("XA", lab, lat, why, dev=dev, SeriesDescription=c.rng.choice(names), NumberOfFrames=str(c.rng.randint(8, 40)),
               BodyPartExamined=c.rng.choice({"cerebral": ["HEAD", "BRAIN", None], "tace": ["ABDOMEN", "LIVER", None], "ufe": ["PELVIS", None],
                                              "leg": ["LEG", "EXTREMITY", None]}[kind]),
               ProtocolName=c.rng.choice(["Neuro DSA", "Cerebral", None] if kind == "cerebral" else ["Abdomen", "Peripheral", "Body", None]))
           for _ in range(c.rng.randint(1, 3))]
    return study(c, "vascular", desc, ser)


# ----------------------------------------- breast --------------------------------------------
@exam("breast", 4)
def mammo(c):
    screen = c.rng.random() < 0.6
    desc = c.d(D("MAMMOGRAM SCREENING BILATERAL|MG SCREENING BILATERAL W/ TOMO|DIGITAL SCREENING MAMMOGRAPHY" if screen else "MAMMOGRAM DIAGNOSTIC BILATERAL|MG DIAGNOSTIC",
                 "MAMMOGRAPHY BOTH BREASTS|DIGITAL MAMMOGRAPHY (B/L)", "Mammographie bilatérale|MAMMOGRAPHIE DE DEPISTAGE|Mammographie + tomosynthèse",
                 "ماموجرام للثديين|تصوير الثدي الشعاعي", "Bilateral mamografi|MAMOGRAFİ (BİLATERAL)|Dijital mamografi", "ماموگرافی دو طرفه|ماموگرافی"))
    dev = c.dev("MG")
    ser = []
    for side in "RL":
        for v in ("CC", "MLO"):
            name = {"hologic": f"{side} {v}", "ge": f"{side}{v}", "siemens": f"{side} {v}", "fuji": f"{side}-{v}"}[dev[2]]
            m = dict(SeriesDescription=name, ViewPosition=v, ImageLaterality=side, BodyPartExamined="BREAST")
            if dev[2] == "siemens":
                m["Laterality"] = side
            ser.append(c.s("MG", ["BREAST"], side, f"mammogram {v} view of one breast", dev=dev, **m))
    if c.rng.random() < 0.4 and dev[2] in ("hologic", "ge", "siemens"):
        side = c.rng.choice("RL")
        ser.append(c.s("MG", ["BREAST"], side, "tomosynthesis slices of one breast", dev=dev,
                       SeriesDescription={"hologic": f"Tomosynthesis Reconstruction {side} CC", "ge": f"{side}CC V-Preview", "siemens": f"{side} CC Tomo"}[dev[2]],
                       ImageLaterality=side, ViewPosition="CC", BodyPartExamined="BREAST", SOPClassUID="1.2.840.10008.5.1.4.1.1.13.1.3"))
    return study(c, "breast", desc, ser)


@exam("breast", 1.5)
def us_breast(c):
    side = c.rng.choices("RLB", weights=[3, 3, 4])[0]
    sw = {"R": ("RIGHT", "RT", "droit", "الأيمن", "sağ", "راست"), "L": ("LEFT", "LT", "gauche", "الأيسر", "sol", "چپ"),
          "B": ("BILATERAL", "B/L", "bilatérale", "للثديين", "bilateral", "دو طرفه")}[side]
    t = {"en": [f"US BREAST {sw[0]}", f"US BREAST {sw[0]} LIMITED"], "inp": [f"USG BREAST {sw[1]}", f"USG {sw[1]} BREAST + AXILLA"],
         "fr": [f"Échographie du sein {sw[2]}" if side != "B" else "Échographie mammaire bilatérale"],
         "ar": [f"سونار على الثدي {sw[3]}" if side != "B" else "سونار على الثديين"], "tr": [f"{sw[4].capitalize()} meme USG" if side != "B" else "Bilateral meme USG"],
         "fa": [f"سونوگرافی پستان {sw[5]}"]}
    desc = c.d(t)
    return us_exam(c, "breast", desc, ["BREAST"], "breast", c.rng.choice(["BREAST", None, None]), lat=side, why="breast ultrasound",
                   n=c.rng.randint(1, 2))


@exam("breast", 0.8)
def mr_breast(c):
    desc = c.d(D("MRI BREAST BILATERAL WITH CONTRAST|MRI BREASTS", "MRI BOTH BREASTS (DYNAMIC)|MRI BREAST B/L", "IRM mammaire|IRM MAMMAIRE BILATERALE",
                 "رنين مغناطيسي على الثديين", "Meme MR (bilateral)|MEME MR DİNAMİK", "ام آر آی پستان"))
    return mr_exam(c, "breast", desc, ["BREAST"], [("t2", "tra"), ("stir", "tra"), ("dwi", "tra"), ("dyn", "tra")], mp(c, "breast"),
                   c.rng.choice(["BREAST", None]), lat="B", why="breast MR: both breasts in every series")


# ----------------------------------------- paediatrics ---------------------------------------
@exam("paeds", 4.5)
def paeds(c):
    kind = c.rng.choice(["cxr", "cxr", "babygram", "hip_us", "cranial_us", "bone_age", "intuss", "mcu", "fb"])
    if kind == "cxr":
        desc = c.d(D("XR CHEST PEDS 1 VIEW|XR CHEST (INFANT)", "X-RAY CHEST AP (PAEDS)|X-RAY CHEST (NICU)", "Radio thorax enfant|RX THORAX NOURRISSON",
                     "أشعة صدر أطفال", "Çocuk akciğer grafisi|YENİDOĞAN AKCİĞER GRAFİSİ", "گرافی قفسه سینه کودک"))
        return xr_exam(c, "paeds", desc, ["CHEST"], c.rng.choice(["Chest", "Thorax", "Chest Ped"]), [("AP", "AP")], c.rng.choice(["CHEST", None]),
                       why="infant chest film")
    if kind == "babygram":
        desc = c.d(D("XR CHEST AND ABDOMEN NEONATE|XR BABYGRAM", "X-RAY BABYGRAM (NICU)|X-RAY CHEST + ABDOMEN (NEONATE)", "Radio thoraco-abdominale nouveau-né",
                     "أشعة صدر وبطن لحديث الولادة", "Yenidoğan toraks-batın grafisi|BABYGRAM", "گرافی قفسه سینه و شکم نوزاد"))
        return xr_exam(c, "paeds", desc, ["CHEST", "ABDOMEN"], c.rng.choice(["Babygram", "Chest Abdomen", "Neonate"]), [("AP", "AP")],
                       c.rng.choice(["CHEST", "ABDOMEN", None]), why="neonatal chest and abdomen film (line and tube check)")
    if kind == "hip_us":
        desc = c.d(D("US INFANT HIPS (DDH)|US HIPS PEDIATRIC", "USG BOTH HIP JOINTS (DDH SCREENING)|USG HIPS (GRAF)", "Échographie des hanches du nourrisson",
                     "سونار على مفصلي الفخذ للرضيع", "Bebek kalça USG (Graf)|BİLATERAL KALÇA USG", "سونوگرافی هیپ نوزاد"))
        return us_exam(c, "paeds", desc, ["HIP"], "hip", c.rng.choice(["HIP", None, None]), lat="B", why="infant hip ultrasound, both hips",
                       n=2, extra_desc=("Rt Hip Cor", "Lt Hip Cor"))
    if kind == "cranial_us":
        desc = c.d(D("US HEAD NEONATAL|CRANIAL ULTRASOUND", "USG CRANIAL (NEONATAL)|NEUROSONOGRAM", "Échographie transfontanellaire|ETF",
                     "سونار على المخ لحديث الولادة", "Transfontanel USG|TRANSFONTANEL USG", "سونوگرافی مغز نوزاد"))
        return us_exam(c, "paeds", desc, ["HEAD"], "neo_head", c.rng.choice(["HEAD", "BRAIN", None, None]), why="cranial ultrasound through the fontanelle")
    if kind == "bone_age":
        desc = c.d(D("XR BONE AGE|XR HAND FOR BONE AGE", "X-RAY LEFT HAND (BONE AGE)|X-RAY BONE AGE (LT HAND AND WRIST)", "Radio main gauche (âge osseux)|AGE OSSEUX MAIN GAUCHE",
                     "أشعة على اليد اليسرى لتحديد العمر العظمي", "Kemik yaşı (sol el grafisi)|SOL EL KEMİK YAŞI", "گرافی دست چپ (سن استخوانی)"))
        st = xr_exam(c, "paeds", desc, ["HAND"], c.rng.choice(["Hand", "Bone age", "Hand L"]), [("PA", "PA")], c.rng.choice(["HAND", None]), lat="L",
                     why="bone-age film: the left hand by convention", tag_side="L")
        if not any(st["series"][0]["meta"].get(k) for k in ("ImageLaterality", "Laterality")) and "LEFT" not in desc.upper() and "LT" not in desc.upper():
            st["series"][0]["meta"]["ImageLaterality" if st["series"][0]["meta"]["Modality"] == "DX" else "Laterality"] = "L"
        return st
    if kind == "intuss":
        desc = c.d(D("US ABDOMEN PEDS (INTUSSUSCEPTION)|US APPENDIX", "USG ABDOMEN (PAEDS) ? INTUSSUSCEPTION|USG RIF (APPENDIX)", "Échographie abdominale enfant (invagination)",
                     "سونار على البطن للطفل", "Çocuk batın USG|APANDİSİT USG", "سونوگرافی شکم کودک"))
        return us_exam(c, "paeds", desc, ["ABDOMEN"], "ped_abd", c.rng.choice(["ABDOMEN", None, None]), why="paediatric abdominal ultrasound")
    if kind == "mcu":
        desc = c.d(D("FL VOIDING CYSTOURETHROGRAM|VCUG", "MCU (PAEDS)|MICTURATING CYSTOURETHROGRAM", "Cystographie mictionnelle|UCRM ENFANT",
                     "أشعة بالصبغة على المثانة للطفل", "Voiding sistoüretrografi|VCUG", "VCUG|سیستوگرافی"))
        dev = c.dev("RF")
        return study(c, "paeds", desc, [c.s("RF" if dev[2] != "fuji" else "CR", AP, None, "voiding cystourethrogram: bladder with reflux to the kidneys",
                                            dev=dev, SeriesDescription=c.rng.choice(["VCUG", "Bladder", "Voiding", "Kidneys"]),
                                            BodyPartExamined=c.rng.choice(["PELVIS", "BLADDER", None]), ContrastBolusAgent="Urografin")])
    desc = c.d(D("XR FOREIGN BODY INGESTION (NECK TO ABDOMEN)|XR FB SURVEY", "X-RAY NECK + CHEST + ABDOMEN (COIN INGESTION)|X-RAY FB", "Radio corps étranger (cou-thorax-abdomen)",
                 "أشعة للبحث عن جسم غريب", "Yabancı cisim grafisi (boyun-toraks-batın)", "گرافی جسم خارجی"))
    return xr_exam(c, "paeds", desc, ["NECK", "CHEST", "ABDOMEN"], c.rng.choice(["FB", "Neck Chest Abdomen", "Whole body"]), [("AP", "AP")],
                   c.rng.choice(["CHEST", None]), why="swallowed foreign body film: neck to abdomen")


# ----------------------------------------- oncology / PET ------------------------------------
@exam("onc", 3)
def pet_ct(c):
    tracer = c.rng.choices(["FDG", "PSMA", "DOTA"], weights=[6, 2, 1])[0]
    desc = c.d(D({"FDG": "PET/CT FDG WHOLE BODY|PET CT SKULL BASE TO MID THIGH|PET-CT ONCOLOGY", "PSMA": "PSMA PET/CT|PET CT GA-68 PSMA",
                  "DOTA": "GA-68 DOTATATE PET/CT"}[tracer],
                 {"FDG": "WHOLE BODY PET CT (FDG)|PET-CT SCAN (F-18 FDG)|18F-FDG PET CT", "PSMA": "GA-68 PSMA PET CT", "DOTA": "DOTA PET CT"}[tracer],
                 {"FDG": "TEP-TDM au 18F-FDG|TEP-SCANNER CORPS ENTIER", "PSMA": "TEP-TDM PSMA", "DOTA": "TEP au Ga-68 DOTATOC"}[tracer],
                 "مسح بوزيتروني مقطعي|بت سكان", {"FDG": "PET-BT (FDG)|TÜM VÜCUT PET-BT|FDG PET/BT", "PSMA": "Ga-68 PSMA PET/BT", "DOTA": "Ga-68 DOTATATE PET/BT"}[tracer],
                 "پت اسکن|پت سی تی اسکن تمام بدن"))
    dev = c.dev("PT")
    fam = dev[2]
    bpe = c.rng.choice(["WHOLEBODY", "WHOLEBODY", "CHEST", "ABDOMEN", "TORSO", None])
    pn = {"ge": "PET CT WB FDG", "siemens": "PETCT_WB_FDG", "uih": "WB_PET_CT"}.get(fam, "WB")
    if tracer != "FDG":
        pn = pn.replace("FDG", tracer)
    ctname = {"ge": ["CTAC 3.75 Thick", "CT WB 2.5mm STND"], "siemens": ["CT WB  3.0  B30f", "AC_CT_Body  5.0  Br38"], "uih": ["CTAC 3.0", "CT_WB_3.0"]}.get(fam, ["CTAC"])
    ptname = {"ge": ["PET WB", "PET AC 3D", "PET NAC"], "siemens": ["PET WB (AC)", "PET WB (NAC)", "PET_WB_TOF"], "uih": ["PET_WB_AC", "PET_WB_NAC"]}.get(fam, ["PET AC"])
    scout = {"ge": "Scout", "siemens": "Topogram  0.6  T20f", "uih": "Topogram"}.get(fam, "Scout")
    ser = [c.s("CT", WB, None, "scout planning a skull-base-to-thigh PET/CT", "scout", dev=dev, SeriesDescription=scout, ProtocolName=pn, BodyPartExamined=bpe)]
    for n in ctname:
        ser.append(c.s("CT", WB, None, "PET/CT: CT of the whole-body field", dev=dev, SeriesDescription=n, ProtocolName=pn, BodyPartExamined=bpe))
    for n in ptname[:2]:
        ser.append(c.s("PT", WB, None, "PET emission of the whole-body field", dev=dev, SeriesDescription=n, ProtocolName=pn, BodyPartExamined=bpe,
                       ImageType="ORIGINAL\\PRIMARY"))
    ser.append(c.s("PT", WB, None, "MIP of the whole-body PET", dev=dev, SeriesDescription=c.rng.choice(["MIP", "PET MIP", "3D MIP Coronal"]),
                   ImageType="DERIVED\\SECONDARY\\MIP", BodyPartExamined=bpe))
    if c.rng.random() < 0.3:
        ser.append(c.s("CT", ["HEAD"], None, "dedicated brain bed of the PET/CT", dev=dev, SeriesDescription=c.rng.choice(["CT Brain 3.0", "Brain PET/CT"]),
                       ProtocolName=pn, BodyPartExamined="HEAD"))
    ser.append(dose_page(c, "PT", dev))
    return study(c, "onc", desc, ser)


@exam("onc", 2)
def ct_cap(c):
    desc = c.d(D("CT CHEST ABDOMEN PELVIS WITH CONTRAST|CT CAP STAGING|CT C/A/P", "CECT CHEST + ABDOMEN + PELVIS|CT TAP (STAGING)|CECT THORAX & WHOLE ABDOMEN",
                 "TDM TAP injectée|SCANNER THORACO-ABDOMINO-PELVIEN|TDM TAP (bilan d'extension)", "أشعة مقطعية على الصدر والبطن والحوض بالصبغة",
                 "Toraks ve tüm abdomen BT|TORAKS-ABDOMEN BT|BT (TORAKS+ABDOMEN+PELVİS)", "سی تی اسکن قفسه سینه، شکم و لگن با تزریق"))
    reg = {"ge": "Body", "siemens": "ThorAbd", "philips": "Body", "canon": "Body", "uih": "Body"}[c.dev("CT")[2]]
    return ct_exam(c, "onc", desc, CAP, reg, "cap", [("soft", 5.0, "ax", None), ("lung", 1.0, "ax", ["CHEST"]), ("soft", 3.0, "cor", None)],
                   c.rng.choice(["CHEST", "ABDOMEN", "CHEST_TO_PELVIS", None]), contrast=c.rng.choice(["Omnipaque 350", "Ultravist 370"]),
                   why="chest-abdomen-pelvis staging CT")


@exam("onc", 0.8)
def ct_neck_chest(c):
    desc = c.d(D("CT NECK AND CHEST WITH CONTRAST", "CECT NECK + CHEST", "TDM cervico-thoracique", "أشعة مقطعية على الرقبة والصدر",
                 "Boyun ve toraks BT", "سی تی اسکن گردن و قفسه سینه"))
    return ct_exam(c, "onc", desc, ["NECK", "CHEST"], "NeckThorax", "neck", [("soft", 3.0, "ax", None), ("lung", 1.0, "ax", ["CHEST"])],
                   c.rng.choice(["NECK", "CHEST", None]), contrast="Omnipaque 350", why="neck and chest CT")


@exam("onc", 0.6)
def mr_wb(c):
    desc = c.d(D("MRI WHOLE BODY (MYELOMA)|WB-MRI DWI", "WHOLE BODY MRI (DWIBS)|MRI WHOLE BODY SCREENING", "IRM corps entier", "رنين مغناطيسي للجسم كامل",
                 "Tüm vücut MR|TÜM VÜCUT DİFÜZYON MR", "ام آر آی تمام بدن"))
    return mr_exam(c, "onc", desc, WB, [("stir", "cor"), ("t1", "cor"), ("dwi", "tra")], mp(c, "wb"), c.rng.choice(["WHOLEBODY", None]),
                   why="whole-body MR")


@exam("onc", 0.6)
def pet_brain(c):
    desc = c.d(D("PET BRAIN FDG|PET/CT BRAIN (EPILEPSY)", "FDG PET BRAIN|PET CT BRAIN (DEMENTIA)", "TEP cérébrale au FDG", "مسح بوزيتروني للدماغ",
                 "Beyin PET-BT|BEYİN FDG PET", "پت اسکن مغز"))
    dev = c.dev("PT")
    return study(c, "neuro", desc, [c.s("PT", ["HEAD"], None, "brain PET", dev=dev, SeriesDescription=c.rng.choice(["Brain AC", "PET Brain 3D", "NeuroQ"]),
                                        BodyPartExamined=c.rng.choice(["BRAIN", "HEAD", None])),
                                    c.s("CT", ["HEAD"], None, "CT for attenuation of a brain PET", dev=dev, SeriesDescription="CTAC Brain",
                                        BodyPartExamined=c.rng.choice(["BRAIN", "HEAD", None]))])


# ----------------------------------------- nuclear medicine ----------------------------------
NM_T = {
    "bone": (D("NM BONE SCAN WHOLE BODY|BONE SCINTIGRAPHY", "WHOLE BODY BONE SCAN (Tc-99m MDP)|BONE SCAN", "Scintigraphie osseuse corps entier|SCINTIGRAPHIE OSSEUSE",
               "مسح ذري على العظام", "Tüm vücut kemik sintigrafisi|KEMİK SİNTİGRAFİSİ", "اسکن استخوان تمام بدن|اسکن استخوان"), WB,
             ["WB ANT", "WB POST", "Whole Body", "ANT_POST"], "whole-body bone scan"),
    "thyroid": (D("NM THYROID SCAN|THYROID UPTAKE AND SCAN", "THYROID SCAN (Tc-99m)|THYROID SCINTIGRAPHY", "Scintigraphie thyroïdienne|SCINTIGRAPHIE THYROIDIENNE",
                  "مسح ذري على الغدة الدرقية", "Tiroid sintigrafisi|TİROİD SİNTİGRAFİSİ", "اسکن تیروئید"), ["NECK"], ["Thyroid", "ANT Pinhole", "Thyroid 20min"],
                "thyroid scan: neck"),
    "dmsa": (D("NM RENAL DMSA|NM RENAL SCAN DTPA WITH LASIX", "DTPA RENOGRAM|DMSA SCAN|EC RENAL SCAN", "Scintigraphie rénale DMSA|SCINTIGRAPHIE RENALE MAG3",
               "مسح ذري على الكلى", "DMSA böbrek sintigrafisi|DİNAMİK BÖBREK SİNTİGRAFİSİ (DTPA)", "اسکن کلیه DMSA|اسکن DTPA"), ["ABDOMEN"],
             ["POST", "Renogram", "Dynamic Renal", "DMSA POST", "Renal Flow"], "renal scan: kidneys"),
    "hida": (D("NM HEPATOBILIARY SCAN (HIDA)", "HIDA SCAN|HEPATOBILIARY SCAN (MEBROFENIN)", "Scintigraphie hépato-biliaire", "مسح ذري على الكبد والقنوات المرارية",
               "Hepatobiliyer sintigrafi", "اسکن هپاتوبیلیاری"), ["ABDOMEN"], ["Dynamic ANT", "HIDA 60min", "Hepatobiliary"], "hepatobiliary scan: abdomen"),
    "vq": (D("NM LUNG VENTILATION PERFUSION|V/Q SCAN", "V/Q SCAN|LUNG PERFUSION SCAN", "Scintigraphie pulmonaire ventilation perfusion|SCINTIGRAPHIE V/Q",
             "مسح ذري على الرئة", "Akciğer perfüzyon sintigrafisi|V/Q SİNTİGRAFİSİ", "اسکن ریه"), ["CHEST"], ["PERF 6 VIEWS", "VENT", "Q SPECT", "Perfusion"],
           "lung scan: chest"),
    "parathyroid": (D("NM PARATHYROID SESTAMIBI", "PARATHYROID SCAN (MIBI)", "Scintigraphie parathyroïdienne au MIBI", "مسح ذري على الغدد الجار درقية",
                      "Paratiroid sintigrafisi (MIBI)", "اسکن پاراتیروئید"), ["NECK"], ["Early 15min", "Delayed 2hr", "SPECT Neck"], "parathyroid scan: neck"),
    "i131": (D("NM I-131 WHOLE BODY SCAN", "I-131 WHOLE BODY SCAN (POST THERAPY)", "Scintigraphie corps entier à l'iode 131", "مسح ذري للجسم كامل باليود المشع",
               "I-131 tüm vücut tarama", "اسکن تمام بدن ید ۱۳۱"), WB, ["WB ANT", "WB POST", "Whole Body I131"], "whole-body iodine scan"),
    "gib": (D("NM GI BLEED SCAN", "GI BLEEDING SCAN (Tc-RBC)", "Scintigraphie aux hématies marquées", "مسح ذري لنزيف الجهاز الهضمي", "GİS kanama sintigrafisi",
              "اسکن خونریزی گوارشی"), AP, ["Dynamic ABD", "ANT Abdomen 1hr"], "GI bleed scan: abdomen and pelvis"),
}


@exam("nm", 7)
def nm(c):
    k = c.rng.choices(list(NM_T), weights=[5, 3, 2.5, 1, 1.5, 1, 1, 0.5])[0]
    tab, lab, names, why = NM_T[k]
    desc = c.d(tab)
    dev = c.dev("NM")
    bpe = {"bone": ["WHOLEBODY", "BONE", None], "thyroid": ["THYROID", "NECK", None], "dmsa": ["KIDNEY", "ABDOMEN", None], "hida": ["ABDOMEN", None],
           "vq": ["LUNG", "CHEST", None], "parathyroid": ["NECK", None], "i131": ["WHOLEBODY", None], "gib": ["ABDOMEN", None]}[k]
    ser = [c.s("NM", lab, None, why, dev=dev, SeriesDescription=n, BodyPartExamined=c.rng.choice(bpe),
               ImageType=c.rng.choice(["ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION", "ORIGINAL\\PRIMARY\\STATIC\\EMISSION"] if k in ("bone", "i131")
                                      else ["ORIGINAL\\PRIMARY\\STATIC\\EMISSION", "ORIGINAL\\PRIMARY\\DYNAMIC\\EMISSION"]))
           for n in c.rng.sample(names, min(len(names), c.rng.randint(1, 2)))]
    if k == "bone" and c.rng.random() < 0.4:
        # a SPECT/CT of one region added to the whole-body scan
        reg = c.rng.choice([("SPECT L-SPINE", ["LSPINE"]), ("SPECT/CT PELVIS", ["PELVIS"]), ("SPECT CHEST", ["CHEST"])])
        ser.append(c.s("NM", reg[1], None, "SPECT added over one region of a bone scan", dev=dev, SeriesDescription=reg[0],
                       ImageType="ORIGINAL\\PRIMARY\\RECON TOMO\\EMISSION", BodyPartExamined=c.rng.choice(bpe)))
    if k == "dmsa" and c.rng.random() < 0.5:
        ser.append(c.s("OT", [], None, "renogram curves and numbers: no anatomy", "page", dev=dev, SeriesDescription=c.rng.choice(["Renogram Results", "Renal Analysis"]),
                       SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))
    return study(c, "nm", desc, ser)


# ----------------------------------------- bone densitometry ---------------------------------
@exam("dxa", 4)
def dxa(c):
    desc = c.d(D("DXA BONE DENSITY|BONE DENSITOMETRY SPINE AND HIP|DEXA SCAN", "DEXA SCAN (SPINE + HIP)|BMD (DEXA)|BONE MINERAL DENSITY", "Ostéodensitométrie|OSTEODENSITOMETRIE (RACHIS + HANCHE)",
                 "قياس كثافة العظام", "Kemik mineral dansitometri|KEMİK DANSİTOMETRİSİ (DEXA)", "سنجش تراکم استخوان|دانسیتومتری"))
    dev = c.dev("DXA")
    hol = dev[2] == "hologic"
    ser = [c.s("OT", ["LSPINE"], None, "DXA of the lumbar spine", dev=dev, SeriesDescription="AP Spine" if hol else "AP Spine", BodyPartExamined=c.rng.choice(["LSPINE", "SPINE", None]),
               SOPClassUID="1.2.840.10008.5.1.4.1.1.7")]
    hip = c.rng.choice(["L", "L", "B", "R"])
    if hip == "B":
        ser.append(c.s("OT", ["HIP"], "B", "DXA of both hips", dev=dev, SeriesDescription="DualFemur" if hol else "Dual Femur", BodyPartExamined=c.rng.choice(["HIP", None]),
                       SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))
    else:
        w = {"L": "Left", "R": "Right"}[hip]
        ser.append(c.s("OT", ["HIP"], hip, "DXA of one hip", dev=dev, SeriesDescription=f"{w} Hip" if hol else f"{w} Femur",
                       BodyPartExamined=c.rng.choice(["HIP", None]), Laterality=hip if c.rng.random() < 0.5 else None, SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))
    if c.rng.random() < 0.3:
        ser.append(c.s("OT", ["FOREARM"], "L", "DXA of the non-dominant forearm (1/3 radius)", dev=dev, SeriesDescription="Left Forearm" if hol else "Left Forearm",
                       BodyPartExamined=c.rng.choice(["FOREARM", "ARM", None]), SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))
    ser.append(c.s("OT", [], None, "DXA results page: tables and graphs, no anatomy", "page", dev=dev,
                   SeriesDescription=c.rng.choice(["Report", "Bone Density Report", "Summary", "BMD Results"]), SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))
    return study(c, "dxa", desc, ser)


# ----------------------------------------- no anatomy ----------------------------------------
@exam("no-anatomy", 0.5)
def qa(c):
    kind = c.rng.choice(["ct", "mr", "scan"])
    if kind == "ct":
        dev = c.dev("CT")
        return study(c, "no-anatomy", c.rng.choice(["QA", "DAILY QA", "Daily QC Water Phantom", "PHANTOM"]),
                     [c.s("CT", [], None, "water phantom for daily quality control", "page", dev=dev,
                          SeriesDescription=c.rng.choice(["Water Phantom", "QA 5mm", "Daily QA", "Phantom Head"]), ProtocolName=c.rng.choice(["QA", "Phantom", None]))])
    if kind == "mr":
        dev = c.dev("MR")
        return study(c, "no-anatomy", c.rng.choice(["QA", "PHANTOM", "Weekly QA"]),
                     [c.s("MR", [], None, "MR quality-control phantom", "page", dev=dev, SeriesDescription=c.rng.choice(["Phantom", "ACR Phantom T1", "QA SNR"]),
                          ProtocolName="QA")])
    desc = c.d(D("OUTSIDE FILMS SCANNED|SCANNED REQUEST", "SCANNED DOCUMENTS|REQUISITION FORM", "Documents numérisés|BON DE DEMANDE",
                 "نموذج طلب فحص|مستندات ممسوحة", "Taranmış belge|İSTEM BELGESİ", "درخواست اسکن شده"))
    return study(c, "no-anatomy", desc, [c.s("OT", [], None, "scanned paper request: text only", "page", dev=("Kodak", "i2400", "scan"),
                                             SeriesDescription=c.rng.choice(["Scanned Document", "Requisition", "Consent Form", "Request Form"]),
                                             SOPClassUID="1.2.840.10008.5.1.4.1.1.7")])


PACS = {"ae-dxb": ("SECTRA", "IDS7", "pacs"), "sa-riy": ("Carestream Health", "Vue PACS", "pacs"), "eg-univ": ("INFINITT", "G3", "pacs"),
        "ma-chu": ("Agfa", "IMPAX", "pacs"), "tn-clin": ("Agfa", "Enterprise Imaging", "pacs"), "dz-chu": ("GE Healthcare", "Centricity PACS", "pacs"),
        "tr-sehir": ("Sectra", "IDS7", "pacs"), "tr-ozel": ("INFINITT", "PACS", "pacs"), "ir-univ": ("FUJIFILM Corporation", "Synapse", "pacs"),
        "pk-lhr": ("Carestream Health", "Vue PACS", "pacs"), "in-corp": ("GE Healthcare", "Centricity Universal Viewer", "pacs"),
        "lb-bey": ("Philips", "IntelliSpace PACS", "pacs"), "jo-onc": ("Philips", "IntelliSpace PACS", "pacs")}
SCAN_NAME = {"en": ["Scanned Document", "Requisition", "Request Form"], "in": ["Scanned Document", "Requisition Slip"],
             "ar": ["Scanned Document", "طلب الفحص"], "fr": ["Demande d'examen", "Document numérisé"], "tr": ["İstem formu", "Taranmış belge", "ISTEM BELGESI"],
             "fa": ["Scanned Document", "برگه درخواست"]}


def extra_pages(c, st):
    """Key-object notes, presentation states and scanned requests that PACS keep with a study."""
    r = c.rng.random()
    if r < 0.12:
        st["series"].append(c.s("KO", [], None, "key object selection: a list of references, no pixels", "page", dev=PACS[c.site],
                                SeriesDescription=c.rng.choice(["Key Images", "KEY OBJECT", "Key Object Selection"]), SOPClassUID="1.2.840.10008.5.1.4.1.1.88.59"))
    elif r < 0.2:
        st["series"].append(c.s("PR", [], None, "presentation state: annotations, no pixels", "page", dev=PACS[c.site],
                                SeriesDescription=c.rng.choice(["Presentation State", "GSPS", "Annotations"]), SOPClassUID="1.2.840.10008.5.1.4.1.1.11.1"))
    elif r < 0.26:
        st["series"].append(c.s("OT", [], None, "scanned request form: text only", "page", dev=("Kodak", "i2400", "scan"),
                                SeriesDescription=c.rng.choice(SCAN_NAME.get(c.lang[:2], ["Scanned Document", "Requisition"])),
                                SOPClassUID="1.2.840.10008.5.1.4.1.1.7"))


# ---------------------------------------------------------------------------------------------
# The month: studies per site, the series of each study that become rows
# ---------------------------------------------------------------------------------------------
BOOST = {
    "ae-dxb": {"msk": 1.3, "womens": 1.2}, "sa-riy": {"cardio": 1.6, "vascular": 1.5}, "eg-univ": {"paeds": 1.5, "entdental": 1.3},
    "ma-chu": {"gi": 1.3, "womens": 1.3}, "tn-clin": {"msk": 1.5, "womens": 1.5, "onc": 0.3, "nm": 0.4, "vascular": 0.5},
    "dz-chu": {"nm": 1.3}, "tr-sehir": {}, "tr-ozel": {"msk": 1.2, "breast": 1.2, "dxa": 1.3}, "ir-univ": {"neuro": 1.5, "spine": 1.3},
    "pk-lhr": {"general": 1.3, "gi": 1.3}, "in-corp": {"uro": 1.2}, "lb-bey": {"breast": 1.5, "cardio": 1.3},
    "jo-onc": {"onc": 3.0, "nm": 2.0, "breast": 1.5, "msk": 0.5, "womens": 0.5},
}
LIMB_CODES = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}


def clean(meta):
    return {k: v for k, v in meta.items() if v not in (None, "")}


# Consoles that write ASCII only, and consoles that keep 16 characters of the procedure name.
ASCII_ONLY = {"FCR CAPSULA XL II", "FCR Prima T2", "FCR PROFECT CS", "Aquilion", "Aquilion PRIME", "ECHELON", "ECHELON_OVAL", "DC-70",
              "e.cam", "Symbia T2", "AXIOM-Artis", "KXO-50SS", "ULTIMAX-i", "Infinia", "Senographe Essential", "Innova 2100-IQ"}
SHORT16 = {"FCR CAPSULA XL II", "FCR Prima T2", "FCR PROFECT CS", "e.cam", "Symbia T2", "Infinia", "Lunar Prodigy", "Lunar DPX Pro"}


def spelling(rng, text, lang):
    """How real RIS entries spell Arabic and Farsi: Arabic without hamza on alif, Farsi typed on an
    Arabic keyboard (Arabic yeh and kaf)."""
    if lang == "fa" and rng.random() < 0.25:
        return text.replace("ی", "ي").replace("ک", "ك")
    if lang in ("ar", "enar") and rng.random() < 0.3:
        return text.replace("أ", "ا").replace("إ", "ا")
    return text


def rows_of(rng, st):
    ser = st["series"]
    imgs = [s for s in ser if s["role"] == "img"]
    pick = rng.sample(imgs, min(len(imgs), rng.choice([1, 1, 2, 2, 2, 3])))
    pick += [s for s in ser if s["role"] == "scout" and rng.random() < 0.3]
    pick += [s for s in ser if s["role"] == "page" and (rng.random() < 0.16 or st["stratum"] == "no-anatomy")]
    out = []
    ctx_p = SITES[st["site"]]["ctx"]
    for s in sorted(pick, key=ser.index):
        meta = clean(s["meta"])
        untagged_side = s["lat"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(meta))
        if not st["console"] and (rng.random() < 0.93 or untagged_side):
            # a few modality worklists drop the procedure name, never where it is all that gives the side
            meta["StudyDescription"] = st["desc"]
        model = meta.get("ManufacturerModelName")
        sd, altered = meta.get("StudyDescription"), False
        if sd and model in ASCII_ONLY and any(ord(ch) > 0x7F for ch in sd) and rng.random() < 0.6:
            # a console without Unicode shows the RIS procedure name as question marks
            meta["StudyDescription"], altered = "".join(ch if ord(ch) < 0x80 else "?" for ch in sd), True
        sd = meta.get("StudyDescription")
        if sd and model in SHORT16 and len(sd) > 16:
            meta["StudyDescription"], altered = sd[:16], True
        if ("BodyPartExamined" not in meta and s["labels"] and meta["Modality"] in ("CT", "MR", "CR", "DX", "PT")
                and rng.random() < 0.25):
            # the console's default body part for the protocol: the first region only, limbs as EXTREMITY
            first = s["labels"][0]
            meta["BodyPartExamined"] = "EXTREMITY" if first in LIMB_CODES and rng.random() < 0.6 else first
        if meta["Modality"] in ("CT", "MR", "PT") and s["role"] != "page" and rng.random() < 0.5:
            feet = set(s["labels"]) & {"THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
            meta["PatientPosition"] = "FFS" if feet else ("HFP" if s["labels"] == ["BREAST"] else "HFS")
        if not st["console"] and meta["Modality"] in ("CT", "MR") and rng.random() < 0.15:
            meta["PerformedProcedureStepDescription"] = meta.get("ProtocolName") or st["desc"]
        if st["req"] and rng.random() < 0.6:
            meta["RequestedProcedureDescription"] = st["req"]
        elif not st["console"] and rng.random() < 0.2:
            meta["RequestedProcedureDescription"] = st["desc"]
        labels = s["labels"]
        lat = s["lat"] if set(labels) & {"BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND", "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"} else None
        row = {"meta": meta, "labels": labels, "laterality": lat, "why": s["why"],
               "group": f"{st['site']}:{st['stratum'] if labels else 'no-anatomy'}"}
        for k in ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription"):
            if len(meta.get(k, "")) > 64:  # LO holds 64 characters
                meta[k] = meta[k][:64]
        # where the images' own text no longer says the side, the PACS study (full RIS text) comes along
        force = (altered or st["console"]) and untagged_side
        if st["console"] or force or (len(ser) > 1 and rng.random() < ctx_p):
            sibs = [clean(o["meta"]) for o in ser if o is not s][:10]
            if sibs:
                row["study"] = {"StudyDescription": st["desc"], "series": sibs}
            elif st["console"] or force:
                row["study"] = {"StudyDescription": st["desc"], "series": [{"Modality": meta["Modality"], "SeriesDescription": "Localizer"}]}
        if "study" not in row and not any(meta.get(k) for k in ("StudyDescription", "SeriesDescription", "ProtocolName",
                                                                   "RequestedProcedureDescription")):
            meta["StudyDescription"] = st["desc"]  # a series with no text at all is not sent without its procedure name
        out.append(row)
    return out


def build():
    rng = random.Random(SEED)
    rows = []
    for site, cfg in SITES.items():
        w = [wt * BOOST[site].get(stratum, 1.0) for stratum, wt, _ in EXAMS]
        for _ in range(cfg["studies"]):
            c = Ctx(rng, site)
            f = rng.choices(EXAMS, weights=w)[0][2]
            st = f(c)
            if st["stratum"] != "no-anatomy":
                extra_pages(c, st)
            rows.extend(rows_of(rng, st))
    return rows


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build())


def summary(rows) -> str:
    n = len(rows)
    out = [f"rows {n}", f"with study {sum('study' in r for r in rows)} ({sum('study' in r for r in rows) / n:.0%})",
           f"without BodyPartExamined {sum('BodyPartExamined' not in r['meta'] for r in rows)} "
           f"({sum('BodyPartExamined' not in r['meta'] for r in rows) / n:.0%})",
           f"empty label set {sum(not r['labels'] for r in rows)}"]
    for name, key in (("site", lambda r: r["group"].split(":")[0]), ("stratum", lambda r: r["group"].split(":")[1]),
                      ("modality", lambda r: r["meta"]["Modality"]), ("laterality", lambda r: str(r["laterality"]))):
        out.append(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(map(key, rows)).items())))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from what this script writes")
    ap.add_argument("--summary", action="store_true", help="print the counts")
    a = ap.parse_args(argv)
    text = render()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("clinical_set_15.jsonl is up to date" if same else "clinical_set_15.jsonl differs from the generator; run build.py")
        return 0 if same else 1
    if a.summary:
        print(summary([json.loads(x) for x in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
