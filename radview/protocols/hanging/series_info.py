"""What a series shows, read from its tags first and its words last (Qt-free).

Real series often lack View Position, Image Laterality or Contrast/Bolus Agent, and
describe the same things in words, in many languages ("Knie re seitlich", "Poignet G
profil", "Ax T1 +C"). Each reader here returns the value and where it came from, so
the plan can say why a series went where it went.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# View Code Sequence (SNOMED; old SRT and current SCT codes) → view.
VIEW_CODES = {
    "R-10242": "CC", "399162004": "CC",
    "R-10226": "MLO", "399368009": "MLO",
    "R-10224": "ML", "399260004": "ML",
    "R-10228": "LM", "399352003": "LM",
    "R-1024A": "XCCL", "399192003": "XCCL",
    "R-10206": "PA", "399348003": "PA",
    "R-10214": "AP", "399255006": "AP",
    "R-10232": "LAT", "R-102CD": "LAT", "R-102CF": "LAT", "399173006": "LAT", "399198007": "LAT",
    "R-10230": "OBL", "399244005": "OBL",
}

# Tag values that name the same view family.
_VIEW_ALIASES = {"LL": "LAT", "RL": "LAT", "LATERAL": "LAT", "LLD": "LAT", "RLD": "LAT", "LLO": "OBL",
                 "RLO": "OBL", "RAO": "OBL", "LAO": "OBL"}

# Description words per view, most specific first (mammography before generic radiography).
_VIEW_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((view, re.compile(rx, re.I)) for view, rx in (
    ("XCCL", r"\b[RLDG]?XCC[LM]?\b|exaggerated"),
    ("MLO", r"\b[RLDG]?MLO\b|medio-?lat\w*[ -]obl\w*|oblique m[eé]dio|schr[äa]g\s*m[eé]dio"),
    ("CC", r"(?<![A-Z])[RLDG]?CC\b|cranio-?caud\w*|kranio-?kaud\w*"),
    ("ML", r"(?<![A-Z])[RLDG]?ML\b|medio-?lat[eé]ral(?!\w*\s*obl)"),
    ("LM", r"(?<![A-Z])[RLDG]?LM\b|latero-?medial"),
    ("AXIAL", r"axillar\w*|ascellare|\baxial(?:e)? view|sunrise|skyline|merchant|y[- ]view|\bY\b|outlet"),
    ("OBL", r"\bobl\w*|schr[äa]g|oblique|obliqu[ao]|oblicu[ao]|\b3/4\b|mortise|judet|\bRAO\b|\bLAO\b"),
    ("LAT", r"\bLAT\b|\blat\.|later(?:al|aal|ale)\b|seitl\w*|seitlich|\bseite\b|profil|perfil|\bsida\b|"
            r"\bLL\b|\bRL\b|\bsag(?:ittal)?\s*view|\blateral\w*"),
    ("PA", r"\bp\.?a\.?\b|postero-?ant\w*|dorso-?ventral|\bdv\b|\bdp\b"),
    ("AP", r"\ba\.?p\.?\b|antero-?post\w*|ventro-?dorsal|\bface\b|frontal\w*|\bfrente\b|liegend|supine|"
           r"portable|\bint rot\b|\bext rot\b"),
))

_PLANE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((plane, re.compile(rx, re.I)) for plane, rx in (
    ("sagittal", r"(?<![a-z])sag(?:ittal\w*)?(?![a-z])|_sag\b"),
    ("coronal", r"(?<![a-z])cor(?:onal\w*)?(?![a-z])|koronar|_cor\b"),
    ("axial", r"(?<![a-z])(?:ax(?:ial\w*)?|tra(?:ns|nsv\w*|nsversal)?|tran)(?![a-z])|_tra\b|\baxi\b"),
))

# Words that say "with contrast" or "without", in several languages.
_CONTRAST_NO = re.compile(
    r"non[- ]?contrast|\bw/?o\b|without|\bnon[- ]?con\b|\bC-(?![A-Za-z0-9])|\bNC\b|\bnative?\b|\bnativ\b|"
    r"(?<![a-z])pre[- _]?(?:contrast|gad|km)?\b|\bpr[eé]\b|sans injection|sans iv|senza (?:mdc|contrasto)|"
    r"sin contraste|sem contraste|zonder contrast|utan kontrast|ohne km|non injecté|\bplain\b", re.I)
_CONTRAST_YES = re.compile(
    r"\bC\+|\+C\b|\bp[óo]s\b|with contrast|w/ ?contrast|\bw/?c\b|contrast|\bpost\b|_post|\bgad\w*|\bgado\b|\bCE\b|"
    r"arterial|arteriel\w*|arterios\w*|venous|veneuse|venos[ao]|portal|\bpv\b|delayed|\bdyn\w*|angio|"
    r"\bCTA\b|\bCTPA\b|\bKM\b|mit km|\+km|\bmdc\b|con mdc|contraste|kontrast|inject[ée]\w*|\bi\.?v\.?\b|"
    r"\bvibe_dyn|\bhbp\b|\bLGE\b|perfusion", re.I)

_PHASE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((phase, re.compile(rx, re.I)) for phase, rx in (
    ("arterial", r"arter\w*|\bart\b|_art\b"),
    ("portal", r"portal|\bpv\b|venous|venos[ao]|veneuse|\bpve?\b"),
    ("delayed", r"delay\w*|sp[äa]t|tardi\w*|\bhbp\b|equilibr\w*"),
))

# CT kernel families: sharp (lung, bone) or smooth (soft tissue).
_SHARP_KERNEL = re.compile(r"^(?:[BIH]r?(?:[5-9]\d)|FC(?:5[0-9]|8\d|3[05])|BONE\w*|LUNG|EDGE|YA|YB|YC|L|D|E)\b", re.I)
_SHARP_WORDS = re.compile(r"lung|lunge|pulm\w*|poumon|parenchym\w*|polm\w*|bone|knochen|osso|\bos\b|\bbot\b|"
                          r"\b[BH]r?[6-9]\d[fhs]?\b|\bFC8\d\b|sharp|high ?res|\bHR\b", re.I)
_SOFT_WORDS = re.compile(r"mediast\w*|soft|weichteil|\bstnd\b|standard|\b[BH]r?[1-4]\d[fhs]?\b|\bFC0\d\b|brain|"
                         r"hirn|body|abdomen|tessuti molli", re.I)

# MR sequence families, most specific first.
_SEQUENCE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((seq, re.compile(rx, re.I)) for seq, rx in (
    ("localizer", r"locali[sz]er|survey|scout|3[- ]?pl\w*|topogra\w*|scanogra\w*|surview"),
    ("adc", r"\badc\b|apparent diff"),
    ("dwi", r"diff|dwi|\btrace\b|\bb\d{3,4}\b|ep2d_diff"),
    ("flair", r"flair|dark.?fluid|tirm"),
    ("swi", r"\bswi\b|\bswan\b|susc"),
    ("stir", r"stir|\btir\b"),
    ("pd", r"\bpd\b|pd_|proton|\bdp\b"),
    ("subtraction", r"\bsub\b|subtr"),
    ("cine", r"cine|trufi"),
    ("mrcp", r"mrcp|cholangio"),
    ("t1", r"t1|mprage|vibe|fl3d|spgr|bravo|\bthrive\b|\blava\b"),
    ("t2", r"t2|haste|\bssfse\b|\bfse\b|\btse\b"),
))

_LAT_RIGHT = re.compile(r"\bright\b|\brechts?\b|\bre\b|\bdroite?\b|\bdestr[ao]\b|\bdx\b|\bderech[ao]\b|"
                        r"\bh[öo]ger\b|\brechter\b|\bRT\b|^R\b|\bR(?=\s*(?:CC|MLO|ML|LM|XCC|SPOT))|\bD\b|\bD(?=\s*(?:CC|MLO))", re.I)
_LAT_LEFT = re.compile(r"\bleft\b|\blinks?\b|\bli\b|\bgauche\b|\bsinistr[ao]\b|\bsin\b(?!\s+contrast)|\bizquierd[ao]\b|\bizq\b|"
                       r"\bv[äa]nster\b|\blinker\b|\bLT\b|^L\b|\bL(?=\s*(?:CC|MLO|ML|LM|XCC|SPOT))|\bG\b|\bG(?=\s*(?:CC|MLO))", re.I)
_LAT_BOTH = re.compile(r"\bbilat\w*|\bbeidseit\w*|\bbds\b|\bboth\b|\bbilat[eé]ral\w*", re.I)

_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = {"the", "and", "of", "mit", "und", "de", "la", "le", "du", "con", "y", "e", "et", "en", "mm", "w", "wo"}


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def series_words(meta: Mapping[str, Any]) -> str:
    return " ".join(filter(None, (text(meta.get("SeriesDescription")), text(meta.get("ProtocolName")))))


def view_of(meta: Mapping[str, Any]) -> tuple[str, str]:
    """(view, source): View Position, View Code Sequence, Patient Orientation, then description words."""
    vp = text(meta.get("ViewPosition")).upper()
    if vp:
        return _VIEW_ALIASES.get(vp, vp), "ViewPosition"
    for item in meta.get("ViewCodeSequence") or ():
        code = item.get("CodeValue") if isinstance(item, Mapping) else getattr(item, "CodeValue", None)
        if code in VIEW_CODES:
            return VIEW_CODES[code], "ViewCodeSequence"
    modality = text(meta.get("Modality")).upper()
    if modality in ("CR", "DX", "MG", "RF", "XA", "PX", "IO"):
        words = series_words(meta)
        for view, rx in _VIEW_WORDS:
            if modality != "MG" and view in ("CC", "MLO", "ML", "LM", "XCCL"):
                continue
            if rx.search(words):
                return view, "description"
        po = [p.upper() for p in (meta.get("PatientOrientation") or [])] if not isinstance(
            meta.get("PatientOrientation"), str) else text(meta.get("PatientOrientation")).upper().split("\\")
        if modality != "MG" and len(po) == 2 and po[0] and po[1]:
            row, col = po[0][0], po[1][0]
            if row in "LR" and col in "HF":
                return "FRONTAL", "PatientOrientation"
            if row in "AP" and col in "HF":
                return "LAT", "PatientOrientation"
    return "", ""


def view_matches(view: str, wanted: tuple[str, ...]) -> float:
    """1 for the wanted view, 0.5 for a frontal view of unknown direction against AP/PA, else 0."""
    if not view:
        return 0.0
    norm = {_VIEW_ALIASES.get(w.upper(), w.upper()) for w in wanted}
    if view in norm:
        return 1.0
    if view == "FRONTAL" and norm & {"AP", "PA"}:
        return 0.5
    return 0.0


def plane_of(plane_from_orientation: str | None, meta: Mapping[str, Any]) -> tuple[str | None, str]:
    if plane_from_orientation:
        return plane_from_orientation, "ImageOrientationPatient"
    if text(meta.get("Modality")).upper() in ("CT", "MR", "PT", "NM"):
        words = series_words(meta)
        for plane, rx in _PLANE_WORDS:
            if rx.search(words):
                return plane, "description"
    return None, ""


def contrast_of(meta: Mapping[str, Any]) -> tuple[bool, str]:
    if text(meta.get("ContrastBolusAgent")) or text(meta.get("ContrastBolusRoute")):
        return True, "ContrastBolusAgent"
    words = series_words(meta)
    if _CONTRAST_NO.search(words):
        return False, "description"
    if _CONTRAST_YES.search(words):
        return True, "description"
    return False, ""


def phase_of(meta: Mapping[str, Any], contrast: bool) -> str:
    if not contrast:
        return "none"
    words = series_words(meta)
    for phase, rx in _PHASE_WORDS:
        if rx.search(words):
            return phase
    return "contrast"


def family_of(meta: Mapping[str, Any]) -> str:
    """CT: kernel family (sharp/soft); MR: sequence family (t1, t2, flair, dwi, ...); else ''."""
    modality = text(meta.get("Modality")).upper()
    words = series_words(meta)
    if modality == "CT":
        kernel = text(meta.get("ConvolutionKernel"))
        if kernel:
            return "sharp" if _SHARP_KERNEL.match(kernel) or _SHARP_WORDS.search(kernel) else "soft"
        if _SHARP_WORDS.search(words):
            return "sharp"
        return "soft" if _SOFT_WORDS.search(words) else ""
    if modality == "MR":
        for seq, rx in _SEQUENCE_WORDS:
            if rx.search(words):
                return seq
    return ""


def laterality_words(words: str) -> str | None:
    if _LAT_BOTH.search(words):
        return "B"
    right, left = bool(_LAT_RIGHT.search(words)), bool(_LAT_LEFT.search(words))
    if right and left:
        return "B"
    return "R" if right else "L" if left else None


def tokens(description: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(description.lower()) if t not in _STOP and not t.isdigit())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of description words."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
