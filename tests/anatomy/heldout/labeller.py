"""A reading of one series' metadata against the rules of the shared anatomy label spec.

Written from the spec's text alone (label set, organ-to-region folding, unions,
whole body, limb joints, scouts, "no anatomy") plus ordinary radiology usage;
it does NOT import radview's lexicon, features or model, so the evaluation
labels are not the model's own rules.  Every answer carries its reasons and a
``doubt`` note where a human should look (a reviewer then confirms or changes
the row and the row records that).

Reading order, as a radiographer filing a series would:
 1. the collection tells whether the subject is a phantom (then: no anatomy);
 2. the series' own text: "no anatomy" pages (dose report, screen save...),
    then region words; a scout or localizer takes the exam's anatomy (step 3);
 3. the study description, then what the study's other series name
    (a study-level reading: scouts and dose pages of the study ignored);
 4. PET: a PET or the CT of a PET/CT study is whole body unless the text
    restricts it to the head or heart (the spec: PET/CT = whole body);
 5. a dedicated-organ exam (MR, MG, US) in a collection about one organ takes
    that organ (an MR in a breast-cancer screening trial is a breast MR);
 6. BodyPartExamined last (known to be wrong in ~1 in 7), a doubt when it is
    all there is.
Laterality: side words and mammography view codes; an MR of the breast with
no side shows both breasts (B, axial breast MR is bilateral); else none.
"""

from __future__ import annotations

import re
import unicodedata

AXIAL = ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS")
WB = frozenset(AXIAL)
ORDER = ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST", "CSPINE", "TSPINE", "LSPINE",
         "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT")
LATERAL = frozenset(ORDER[5:6] + ORDER[9:])

# Words -> regions, from the spec's folding rules (organ -> region) and the usual
# spellings/abbreviations of report headers.  Multi-word keys are phrases.
WORDS: dict[str, str] = {}


def _add(region: str, text: str) -> None:
    for w in text.split(","):
        w = w.strip()
        if w:
            WORDS[w] = region


_add("HEAD", """HEAD, BRAIN, SKULL, CRANIAL, CRANIUM, FACE, FACIAL, ORBIT, ORBITS, SINUS, SINUSES, IAC,
    TMJ, PITUITARY, SELLA, NEURO, CEREBRAL, INTRACRANIAL, GLIOMA, GLIOBLASTOMA, TUMOR RESECTION,
    KOPF, SCHAEDEL, SCHADEL, HIRN, CRANE, CERVEAU, CEREBRO, CRANEO, ENCEFALO, CRANIO, TESTA, HOOFD""")
_add("NECK", """NECK, THYROID, LARYNX, PHARYNX, SOFT TISSUE NECK, CAROTID, HALS, COU, CUELLO, COLLO""")
_add("CHEST", """CHEST, THORAX, THORACIC, LUNG, LUNGS, PULMONARY, HEART, CARDIAC, CORONARY, MEDIASTINUM,
    RIBS, RIB, STERNUM, CXR, CTA CHEST, LDCT, TORAX, TORACE, POUMON, LUNGE, THX""")
_add("ABDOMEN", """ABDOMEN, ABDOMINAL, ABD, LIVER, HEPATIC, PANCREAS, KIDNEY, KIDNEYS, RENAL, ADRENAL,
    SPLEEN, STOMACH, GASTRIC, MRCP, BILIARY, BAUCH, OBERBAUCH, LEBER, FOIE, HIGADO, ADDOME""")
_add("PELVIS", """PELVIS, PELVIC, PROSTATE, BLADDER, UTERUS, OVARY, CERVIX, RECTUM, RECTAL, SACRUM,
    COCCYX, SI JOINTS, BECKEN, BASSIN, PEL, PELV""")
_add("BREAST", """BREAST, BREASTS, MAMMO, MAMMOGRAM, MAMMOGRAPHY, TOMOSYNTHESIS, DBT, MAMMA, SEIN, MAMA""")
_add("CSPINE", "C SPINE, CSPINE, CERVICAL SPINE, HWS, CSP")
_add("TSPINE", "T SPINE, TSPINE, THORACIC SPINE, DORSAL SPINE, BWS, TSP")
_add("LSPINE", "L SPINE, LSPINE, LUMBAR, LUMBAR SPINE, LWS, LSP")
_add("SHOULDER", "SHOULDER, CLAVICLE, SCAPULA, AC JOINT")
_add("ARM", "HUMERUS, UPPER ARM")
_add("ELBOW", "ELBOW")
_add("FOREARM", "FOREARM, RADIUS, ULNA")
_add("WRIST", "WRIST, SCAPHOID")
_add("HAND", "HAND, FINGER, FINGERS, THUMB")
_add("HIP", "HIP, HIPS")
_add("THIGH", "FEMUR, THIGH")
_add("KNEE", "KNEE, PATELLA")
_add("LEG", "TIBIA, FIBULA, LOWER LEG, CALF")
_add("ANKLE", "ANKLE")
_add("FOOT", "FOOT, FEET, TOE, TOES, CALCANEUS")

# Combined names (the spec's unions).
COMBOS: dict[str, frozenset[str]] = {
    "CAP": frozenset(AXIAL[2:]), "TAP": frozenset(AXIAL[2:]), "C A P": frozenset(AXIAL[2:]),
    "CH ABD PEL": frozenset(AXIAL[2:]), "CHEST ABD PELVIS": frozenset(AXIAL[2:]),
    "A P": frozenset(AXIAL[3:]), "ABD PEL": frozenset(AXIAL[3:]), "ABDOMEN PELVIS": frozenset(AXIAL[3:]),
    "ABDOMENPELVIS": frozenset(AXIAL[3:]), "COLONOGRAPHY": frozenset(AXIAL[3:]), "KUB": frozenset(AXIAL[3:]),
    "COLON": frozenset(AXIAL[3:]), "COLORECTAL": frozenset(AXIAL[3:]),
    "HEAD NECK": frozenset(AXIAL[:2]), "HEADNECK": frozenset(AXIAL[:2]), "H N": frozenset(AXIAL[:2]),
    "WHOLE BODY": WB, "WHOLEBODY": WB, "WB": WB, "TOTAL BODY": WB, "SKULL BASE TO THIGH": WB,
    "GANZKOERPER": WB, "TEILKOERPER": WB, "SKULL BASE TO MID THIGH": WB, "BASE OF SKULL TO THIGH": WB,
    "VERTEX TO THIGH": WB, "EYES TO THIGHS": WB, "SKULL BASE TO MID THIGHS": WB,
    "WHOLE SPINE": frozenset(ORDER[6:9]), "TH L": frozenset(ORDER[7:9]),
    "CHESTABDPELVIS": frozenset(AXIAL[2:]), "CHESTABDOMENPELVIS": frozenset(AXIAL[2:]),
}
NO_ANATOMY = ("DOSE REPORT", "DOSE INFO", "PATIENT PROTOCOL", "SCREEN SAVE", "SCREENSAVE", "PHANTOM",
              "TEXT PAGE", "QA")
SCOUT = ("SCOUT", "LOCALIZER", "LOCALISER", "LOC", "TOPOGRAM", "SURVEY", "SURVIEW", "PILOT", "SCANOGRAM",
         "3 PLANE", "TRI PILOT")
LEFT = {"L", "LT", "LEFT", "LINKS", "GAUCHE", "LCC", "LMLO", "LML", "LXCCL"}
RIGHT = {"R", "RT", "RIGHT", "RECHTS", "DROIT", "DROITE", "RCC", "RMLO", "RML", "RXCCL"}
BOTH = {"BILAT", "BILATERAL", "BOTH", "BIL"}


def tokens(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ß", "SS")
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).upper()
    return re.sub(r"[^A-Z0-9]+", " ", text).split()


def _phrases(toks: list[str]):
    for n in (4, 3, 2, 1):
        for i in range(len(toks) - n + 1):
            yield " ".join(toks[i:i + n])


POSITIONS = ("HEAD IN", "HEAD FIRST", "FEET FIRST", "FEET IN", "HEAD OUT")


def regions(text: str | None, modality: str = "") -> set[str]:
    """Regions named in one text, combos first; patient-position words are not anatomy."""
    toks = tokens(text)
    joined = " ".join(toks)
    for pos in POSITIONS:
        joined = joined.replace(pos, " ")
    toks = joined.split()
    found: set[str] = set()
    joined = " " + " ".join(toks) + " "
    for phrase, combo in COMBOS.items():
        if f" {phrase} " in joined:
            found |= combo
            joined = joined.replace(f" {phrase} ", " ")
    rest = joined.split()
    for p in _phrases(rest):
        if p in WORDS:
            found.add(WORDS[p])
    if modality in ("CT", "MR"):  # cross-sectional shorthand: "CT AP", "CH/AB/PEL", "ABD WITH CH AND PEL"
        if " AP " in joined:
            found |= set(AXIAL[3:])
        if found & set(AXIAL):  # CH / AB only beside another region word ("AB-MRI" is abbreviated MRI)
            if " CH " in joined:
                found.add("CHEST")
            if " AB " in joined:
                found.add("ABDOMEN")
    if "THORACIC SPINE" in joined or "DORSAL SPINE" in joined:
        found.discard("CHEST")
    if {"CHEST", "PELVIS"} <= found:
        found.add("ABDOMEN")  # a range closes its gap
    return found


def is_head_only(found: set[str]) -> bool:
    return bool(found) and found <= {"HEAD", "NECK"}


def says_no_anatomy(text: str | None) -> bool:
    joined = " " + " ".join(tokens(text)) + " "
    return any(f" {w} " in joined for w in NO_ANATOMY)


def is_scout(text: str | None) -> bool:
    joined = " " + " ".join(tokens(text)) + " "
    return any(f" {w} " in joined for w in SCOUT)


def side_of(*texts: str | None) -> str | None:
    sides = set()
    for t in texts:
        for tok in tokens(t):
            if tok in LEFT:
                sides.add("L")
            elif tok in RIGHT:
                sides.add("R")
            elif tok in BOTH:
                sides.add("B")
    if not sides:
        return None
    return "B" if "B" in sides or {"L", "R"} <= sides else sides.pop()


def label(row: dict, collection: dict, siblings: list[dict]) -> dict:
    """labels, laterality, reasons and doubts for one series row (IDC column names)."""
    reasons: list[str] = []
    doubts: list[str] = []
    mod = (row.get("Modality") or "").upper()
    sd, st, bpe = row.get("SeriesDescription"), row.get("StudyDescription"), row.get("BodyPartExamined")
    locs = (collection.get("tumor_locations") or "")
    labels: set[str] | None = None

    if "phantom" in locs.lower() or "phantom" in (collection.get("cancer_types") or "").lower():
        labels = set()
        reasons.append("collection is a phantom collection")
    elif says_no_anatomy(sd):
        labels = set()
        reasons.append("series text names a page without anatomy")
    pet_study = mod == "PT" or any((s.get("Modality") or "") == "PT" for s in siblings) \
        or "PET" in tokens(st) or "PETCT" in tokens(st)
    if labels is None and pet_study and mod in ("PT", "CT") and not is_head_only(regions(sd)):
        if is_head_only(regions(st)):
            labels = {"HEAD"}
            reasons.append("PET of the head")
        else:
            labels = set(WB)
            reasons.append("PET / CT of a PET/CT study: whole body")
            if bpe and regions(bpe) != set(WB):
                reasons.append(f"BodyPartExamined {bpe!r} overruled (PET/CT is whole body)")
    if labels is None:
        own = regions(sd, mod)
        if own and not is_scout(sd):
            labels = own
            reasons.append(f"series description names {sorted(own)}")
            study = regions(st, mod)
            pelvis_apart = any(regions(s.get("SeriesDescription"), mod) == {"PELVIS"} for s in siblings)
            if own == {"ABDOMEN"} and study == set(AXIAL[3:]) and not pelvis_apart:
                labels = set(study)
                reasons.append("'abdomen' recon of an abdomen/pelvis exam with no separate pelvis series: "
                               "abdomen and pelvis")
        elif is_scout(sd):
            reasons.append("scout/localizer: takes the exam's anatomy")
    if labels is None:
        study = regions(st, mod)
        if study:
            labels = study
            reasons.append(f"study description names {sorted(study)}")
    organ = regions(locs) if "," not in locs else set()
    if labels is None and organ and mod in ("MR", "MG", "US"):
        labels = organ
        reasons.append(f"dedicated {mod} in a collection about one site ({locs})")
        doubts.append("collection knowledge only")
    if labels is None and mod == "MG":
        labels = {"BREAST"}
        reasons.append("mammography")
    if labels is None and bpe:
        b = regions(bpe)
        if b:
            labels = b
            reasons.append(f"BodyPartExamined {bpe!r} only")
            doubts.append("BodyPartExamined only")
    if labels is None:
        named = [regions(s.get("SeriesDescription")) for s in siblings
                 if not is_scout(s.get("SeriesDescription")) and not says_no_anatomy(s.get("SeriesDescription"))]
        named = [n for n in named if n]
        if named:
            union = set().union(*named)
            labels = union
            reasons.append(f"other series of the study name {sorted(union)}")
            doubts.append("from the study's other series")
    if labels is None:
        labels = set()
        doubts.append("nothing names the anatomy")
        reasons.append("no evidence")
    elif bpe and labels and regions(bpe) and not (regions(bpe) & labels) and "overruled" not in " ".join(reasons):
        doubts.append(f"BodyPartExamined {bpe!r} disagrees")

    side = None
    if labels & LATERAL:
        side = side_of(sd) or side_of(st)
        if side is None and "BREAST" in labels and mod == "MR":
            side = "B"
            reasons.append("breast MR without a side: both breasts")
    return {"labels": [x for x in ORDER if x in labels], "laterality": side,
            "reasons": reasons, "doubts": doubts}
