"""Series metadata -> feature vector, the one code path used at training and run time.

The model never sees raw strings: text is normalised (accents stripped, upper
case ASCII, split on punctuation, camelCase and letter/digit boundaries), turned
into named features (words, word pairs, character n-grams, lexicon hits per
field group, modality, view, patient position, the rule-derived label set) and
each feature name is hashed with CRC-32 into ``DIMENSION`` buckets.  CRC-32 is
fixed across Python versions and processes (unlike ``hash``), so a vector built
here equals the one built when the model was trained.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np

from radview.dicom import dataset_plain, keyword_of
from radview.dicom.model import plain_json_element
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import acute as A
from radview.protocols.anatomy import clauses

FEATURE_VERSION = "7"
DIMENSION = 1 << 15
CHAR_NGRAMS = (3, 4)
CHAR_WEIGHT = 0.4

# Keywords read from a series' metadata, by role.
SERIES_TEXT = ("SeriesDescription", "ProtocolName", "PerformedProtocolCodeSequence")
STUDY_TEXT = (
    "StudyDescription", "RequestedProcedureDescription", "PerformedProcedureStepDescription",
    "ProcedureCodeSequence", "RequestedProcedureCodeSequence",
)
REGION_CODES = ("AnatomicRegionSequence",)
SIDE_TAGS = ("Laterality", "ImageLaterality", "FrameLaterality")
OTHER = ("BodyPartExamined", "Modality", "ViewPosition", "PatientPosition", "SOPClassUID")
# Who the subject is matters only to tell a phantom or QA object: names are read for that
# and dropped (``clean`` keeps at most SubjectHint = "PHANTOM", never the name).
SUBJECT_KEYS = ("PatientName", "PatientID")
SUBJECT_HINT = "SubjectHint"
# The device matters only to tell a densitometer (its series are secondary captures named by their
# site alone): read for that and dropped (``clean`` keeps at most DeviceHint = "DXA").
DEVICE_KEYS = ("Manufacturer", "ManufacturerModelName")
DEVICE_HINT = "DeviceHint"
PHANTOM_WORDS = ("PHANTOM", "CATPHAN", "GAMMEX")
PHANTOM_TOKENS = frozenset({"QA", "QC", "ACR"})
KEYWORDS: tuple[str, ...] = SERIES_TEXT + STUDY_TEXT + REGION_CODES + SIDE_TAGS + OTHER + (SUBJECT_HINT, DEVICE_HINT)
CODE_SEQUENCES = frozenset(
    k for k in KEYWORDS if k.endswith("Sequence")
)

FEATURE_SETTINGS = {
    "feature_version": FEATURE_VERSION,
    "dimension": DIMENSION,
    "hash": "crc32(utf-8 feature name) mod dimension",
    "char_ngrams": list(CHAR_NGRAMS),
    "char_weight": CHAR_WEIGHT,
    "keywords": list(KEYWORDS),
}

MG_SOP_PREFIXES = ("1.2.840.10008.5.1.4.1.1.1.2", "1.2.840.10008.5.1.4.1.1.13.1.3")
normalise = L.normalise  # one tokeniser for the lexicon and the descriptions


def _as_text(value: Any) -> str:
    """Flatten a metadata value (str, number, list, code item dict) into text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return str(value.get("CodeMeaning") or "")
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(v) for v in value)
    return str(value)


def _code_values(value: Any) -> list[str]:
    if isinstance(value, Mapping):
        code = value.get("CodeValue") or value.get("LongCodeValue")
        return [str(code).strip()] if code else []
    if isinstance(value, (list, tuple)):
        return [c for v in value for c in _code_values(v)]
    return []


_KEY_ALIASES = {k.lower(): k for k in KEYWORDS + SUBJECT_KEYS + DEVICE_KEYS}
_CODE_KEYS = ("CodeValue", "CodingSchemeDesignator", "CodeMeaning")


def _canonical_key(key: Any) -> str | None:
    """The keyword read for a key given as keyword (any case, spaces/underscores) or tag
    ("0008103E", "(0008,103E)", "0008,103E"); None for keys the model does not read."""
    if not isinstance(key, str):
        return None
    if key in _KEY_ALIASES.values():
        return key
    keyword = keyword_of(key)
    if keyword in _KEY_ALIASES.values():
        return keyword
    return _KEY_ALIASES.get(re.sub(r"[\s_-]", "", key).lower())


def _plain(value: Any) -> Any:
    """A DICOM JSON attribute ({"vr": .., "Value": [..]}) as a plain value; others unchanged."""
    if isinstance(value, Mapping) and "vr" in value:
        return plain_json_element(value)
    return value


def clean(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The keywords the model reads, with empty values dropped.

    Keys may be DICOM keywords (any case), tags in hex, and values may be in
    the DICOM JSON model; other keys are ignored.  Raises TypeError for
    something that is not a mapping.
    """
    if not isinstance(meta, Mapping):
        raise TypeError(f"series metadata must be a JSON object, got {type(meta).__name__}")
    out: dict[str, Any] = {}
    for raw_key, raw_value in meta.items():
        key = _canonical_key(raw_key)
        if key is None:
            continue
        value = _plain(raw_value)
        if value is None or value == "" or value == [] or value == {}:
            continue
        if key in SUBJECT_KEYS:
            if is_phantom_subject(value):
                out[SUBJECT_HINT] = "PHANTOM"
            continue
        if key in DEVICE_KEYS:
            if is_densitometer(key, value):
                out[DEVICE_HINT] = "DXA"
            continue
        out[key] = value
    return out


def is_densitometer(key: str, value: Any) -> bool:
    """Whether a Manufacturer / ManufacturerModelName names a bone densitometer."""
    text = _as_text(value).strip().upper()
    if key == "Manufacturer":
        return any(m in text for m in A.DXA_MAKERS)
    return any(text.startswith(m) for m in A.DXA_MODELS)


def is_phantom_subject(value: Any) -> bool:
    """Whether a patient name / ID names a phantom or QA object rather than a person."""
    text = _as_text(value).upper()
    return any(w in text for w in PHANTOM_WORDS) or bool(PHANTOM_TOKENS & set(normalise(text)))


def metadata_from_dataset(ds: Any) -> dict[str, Any]:
    """The keywords the model reads, from a pydicom Dataset (JSON-compatible values)."""
    plain = dataset_plain(ds, [k for k in KEYWORDS + SUBJECT_KEYS + DEVICE_KEYS if k not in (SUBJECT_HINT, DEVICE_HINT)])
    for key in CODE_SEQUENCES & plain.keys():
        plain[key] = [{k: str(item[k]) for k in _CODE_KEYS if item.get(k) not in (None, "")}
                      for item in plain[key] if isinstance(item, Mapping)]
    return clean(plain)


def tokens_of(meta: Mapping[str, Any], keys: Iterable[str]) -> list[list[str]]:
    """Token lists per present keyword (one list per field, so phrases never span fields)."""
    result = []
    modality = _as_text(meta.get("Modality")).strip().upper()
    dxa = None  # whether a densitometry: read only when a field has one of its site words
    for key in keys:
        if key in meta:
            text = _as_text(meta[key])
            tokens = normalise(text)
            if key in STUDY_TEXT:
                tokens = L.complete_truncated(text, tokens)
            tokens = clauses.aorta_words(clauses.without_clauses(text, tokens, normalise, _names_region, _SIDE_WORDS))
            if modality == "US":
                tokens = ultrasound_words(tokens)
            elif modality == "XA" and not A.ANGIOGRAPHY.keys().isdisjoint(tokens):
                tokens = [w for t in tokens for w in A.ANGIOGRAPHY.get(t, (t,))]
            elif modality in CONE_BEAM_MODALITIES and not A.CT_WORDS.keys().isdisjoint(tokens):
                tokens = [w for t in tokens for w in A.CT_WORDS.get(t, (t,))]
            elif modality not in NOT_DXA and not A.DXA_WORDS.keys().isdisjoint(tokens):
                if dxa is None:
                    dxa = is_dxa(meta)
                if dxa:
                    tokens = [w for t in tokens for w in A.DXA_WORDS.get(t, (t,))]
            if tokens:
                result.append(tokens)
    return result


def _names_region(tokens: list[str]) -> bool:
    return bool(lexicon_hits([clauses.aorta_words(tokens)])[0])


NOT_DXA = frozenset({"US", "CT", "MR", "PT", "NM", "MG", "XA", "RF"})
# where German "DVT" is a dental cone-beam CT: the CT itself and the panoramic and intra-oral films
# beside it ("DVT Kiefer", Panorama)
CONE_BEAM_MODALITIES = frozenset({"CT", "PX", "IO"})


def is_dxa(meta: Mapping[str, Any]) -> bool:
    """A bone densitometry series (modality BMD, or DXA named in its or its study's text)."""
    if _as_text(meta.get("Modality")).strip().upper() == "BMD":
        return True
    text = " ".join(_as_text(meta.get(k)) for k in ("StudyDescription", "SeriesDescription", "ProtocolName")).upper()
    return meta.get(DEVICE_HINT) == "DXA" or any(mark in text for mark in A.DXA_MARKS)


def ultrasound_words(tokens: list[str]) -> list[str]:
    """An ultrasound field's words with those that name a region only at the bedside spelt out
    ("FAST" -> the trauma scan, "AORTA" -> the aorta of the abdomen; see ``acute.ULTRASOUND``)."""
    if A.ULTRASOUND.keys().isdisjoint(tokens):
        return tokens
    window = not A.FAST_WINDOWS.isdisjoint(tokens)
    chest_aorta = not A.ULTRASOUND_UNLESS.isdisjoint(tokens)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if window and tok in A.FAST_WORDS:
            continue  # the clip's own window says where it looks
        spelt = None if chest_aorta and tok in A.AORTA_WORDS else A.ULTRASOUND.get(tok)
        # "INFERIOR VENA CAVA" already says it
        out.extend(spelt if spelt and not (i and tokens[i - 1] == spelt[0]) else (tok,))
    return out


def lexicon_hits(fields: list[list[str]]) -> tuple[set[str], set[str]]:
    """(labels, hints) named by the lexicon in these fields."""
    labels: set[str] = set()
    hints: set[str] = set()
    for tokens in fields:
        found, named = _field_hits(tuple(tokens))
        labels |= found
        hints |= named
    return L.canonical(labels), hints


@lru_cache(maxsize=65536)
def _field_hits(field: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(labels, hints) of one field's tokens.  Cached: a series' fields are read by the features,
    the rules and the context several times over (forgotten with ``labels.clear_token_cache``)."""
    found: set[str] = set()
    field_hints: set[str] = set()
    tokens = _without_units(list(field))
    for value in L.match_terms(tokens):
        for item in value:
            (field_hints if item.startswith("~") else found).add(item)
    if "~BONESCAN" in field_hints and not found:
        found = set(L.WHOLE_BODY)  # a bone scan is whole body unless it names a site ("3 phase, foot")
    if "~WBABBR" in field_hints and not found & LIMBS and "~WEIGHTBEARING" not in field_hints \
            and not RADIOGRAPH_VIEWS.intersection(tokens):
        found |= set(L.WHOLE_BODY)  # "WB" beside a view or a limb is weight-bearing ("LAT WB")
    if field_hints & SPINE_WORDS and not found & SPINE:
        # "шейного отдела позвоночника", "kręgosłupa szyjnego", "ΘΩΡΑΚΙΚΗΣ ΜΟΙΡΑΣ ΣΣ",
        # "VERTEBROPLASTY L1": a spine word with a level word or a vertebra names that level
        levels = {SPINE_LEVELS[h] for h in field_hints if h in SPINE_LEVELS} | _vertebra_levels(tokens)
        if levels:
            found = (found - {"CHEST"} if "~THORACIC" in field_hints else found) | levels
            field_hints.discard("~CERVICAL")
    elif found & SPINE and (field_hints & SPINE_LEVELS.keys() or ("CHEST" in found and THORACIC_WORDS & set(tokens))):
        # levels listed before one spine word: "CERVICAL THORACIC LUMBAR SPINE", "cervical and
        # thoracic spine" (the phrase took the last level; the others are levels too, not the chest)
        found |= {SPINE_LEVELS[h] for h in field_hints if h in SPINE_LEVELS}
        if THORACIC_WORDS & set(tokens):
            found = (found - {"CHEST"}) | {"TSPINE"}
        field_hints.discard("~CERVICAL")
    if not found & SPINE:
        found |= _vertebra_range(tokens)  # "MERGE C2-C7", "cord C2-C3", "L5-S1": a span of vertebrae
    named = frozenset(field_hints)  # the hints this field reports (those added below only steer it)
    if found & BELOW_CHEST and _has_abbreviation(tokens, "CH"):
        found.add("CHEST")  # "ABD WITH CH AND PEL": CH is the chest only beside a lower region
    if "~AP" in field_hints and "ABDOMEN" in found and found <= BELOW_CHEST:
        found |= BELOW_CHEST  # "STONE A/P", "ABD A/P": A/P beside the abdomen is abdomen/pelvis
    if "~CERVICAL" in field_hints and found & {"HEAD", "CHEST"} and not found & SPINE:
        found.add("NECK")  # "cervico-TAP", "cervico-thoracique": the neck with the trunk
    if "DVT" in tokens and (found & UPPER_LIMB or "~UPPERLIMB" in field_hints):
        found -= VASCULAR_LEG  # "DVT" alone is the leg's; "DVT right arm" is the arm's
    if "ARM" in found and "ARM" in tokens and found - UPPER_LIMB:
        found.discard("ARM")  # "ARM polygone de Willis": French MR angiography, not the arm
    if VASCULAR.intersection(tokens) or any(t.startswith(("ANGIO", "ANJIO", "ANJIYO")) and not t.startswith(
            ("ANGIOPLAST", "ANJIOPLAST", "ANJIYOPLAST")) for t in tokens):
        if "LE" in tokens and not found:
            field_hints.add("~LOWERLIMB")  # "US VENOUS DOPPLER LE UNILAT LT": the order's lower extremity
        if "UE" in tokens and not found:
            field_hints.add("~UPPERLIMB")
        # a vascular study of a limb follows its vessels, in any word order
        # ("US DOPPLER VENOUS LOWER EXTREMITY LEFT", "angiogram right leg")
        if found & BELOW_CHEST and (found & LOWER_LIMB or "~LOWERLIMB" in field_hints) \
                and not found & (UPPER_LIMB | {"CHEST", "HEAD", "NECK"}):
            # the abdominal aorta or the pelvis with the legs: a run-off, to the feet
            found = found | BELOW_CHEST | RUNOFF_LEG
        elif "LEG" in found or (found <= {"LEG"} and "~LOWERLIMB" in field_hints):
            found = (found - {"LEG"}) | VASCULAR_LEG
        if "ARM" in found or (found <= {"ARM"} and "~UPPERLIMB" in field_hints):
            found = (found - {"ARM"}) | VASCULAR_ARM
    return frozenset(found), named


L.TOKEN_CACHES.append(_field_hits.cache_clear)


BELOW_CHEST = frozenset({"ABDOMEN", "PELVIS"})
SPINE_WORDS = frozenset({"~SPINE", "~SEGMENT"})
LIMBS = frozenset(L.GROUPS["upper_limb"] + L.GROUPS["lower_limb"])
RADIOGRAPH_VIEWS = frozenset({"AP", "PA", "LAT", "LATERAL", "OBL", "OBLIQUE", "DP", "MORTISE", "SKYLINE",
                              "SUNRISE", "MERCHANT", "AXIAL", "STANDING", "LT", "RT", "L", "R"})
SPINE_LEVELS = {"~CERVICAL": "CSPINE", "~THORACIC": "TSPINE", "~LUMBAR": "LSPINE"}
THORACIC_WORDS = frozenset({"THORACIC", "DORSAL", "THORACAL", "THORAKAL", "TORACICA", "TORACICO", "THORACIQUE"})
_VERTEBRA = {"C": ("CSPINE", 7), "T": ("TSPINE", 12), "TH": ("TSPINE", 12), "D": ("TSPINE", 12),
             "L": ("LSPINE", 5), "S": ("LSPINE", 1)}
VERTEBRA_LEVEL = {letter: spec[0] for letter, spec in _VERTEBRA.items()}  # "TH" -> TSPINE
# "2 mg/cc" (dual-energy iodine maps, densities): a unit, not mammography
_UNIT_AFTER = frozenset({"ML", "DL", "KG", "M2", "MIN"})


def _vertebra_levels(tokens: list[str]) -> set[str]:
    """Spine levels named by vertebrae ("L4-5" -> L 4 5, "T12", "C5-6", "TH 11")."""
    levels = set()
    for i in range(len(tokens) - 1):
        spec = _VERTEBRA.get(tokens[i])
        if spec and tokens[i + 1].isdigit() and 1 <= int(tokens[i + 1]) <= spec[1] \
                and not (tokens[i] == "T" and int(tokens[i + 1]) <= 2):  # T1/T2: MR weightings
            levels.add(spec[0])
    return levels


def _vertebra_range(tokens: list[str]) -> set[str]:
    """Spine levels of a span written vertebra to vertebra ("C2-C7" -> C 2 C 7, "T12-L1", "L5/S1"),
    which names the spine without a spine word; T1 and T2 are weightings, not vertebrae."""
    def vertebra(i: int) -> str | None:
        spec = _VERTEBRA.get(tokens[i]) if i + 1 < len(tokens) else None
        if spec and tokens[i + 1].isdigit() and 1 <= int(tokens[i + 1]) <= spec[1] \
                and not (tokens[i] == "T" and int(tokens[i + 1]) <= 2):
            return spec[0]
        return None
    levels: set[str] = set()
    for i in range(len(tokens) - 3):
        first, last = vertebra(i), vertebra(i + 2)
        if first and last:
            levels |= {first, last}
    return levels


def _without_units(tokens: list[str]) -> list[str]:
    if "MG" not in tokens:
        return tokens
    return [t for i, t in enumerate(tokens)
            if not (t == "MG" and ((i and tokens[i - 1].isdigit())
                                   or (i + 1 < len(tokens) and tokens[i + 1] in _UNIT_AFTER)))]
SPINE = frozenset(L.GROUPS["spine"])
UPPER_LIMB = frozenset(L.GROUPS["upper_limb"])
CARDIAC_ONLY = frozenset({"CHEST"})
VASCULAR = frozenset({"VENOUS", "ARTERIAL", "DOPPLER", "DUPLEX", "DVT", "VEIN", "VEINS", "ARTERY",
                      "ARTERIES", "VASCULAR", "PERIPHERAL", "PHLEBOGRAPHY", "ARTERIOGRAM", "VENOGRAM",
                      "CTA", "MRA",
                      # the vessels in other languages (Cyrillic as transliterated; "脉"/"맥" the
                      # vessel character of the Chinese, Japanese and Korean artery and vein words)
                      "VEN", "VENY", "VENAKH", "SOSUDOV", "SUDIN", "ARTERII", "ARTERIY", "ARTERIJ", "UZDS",
                      "DUPLEKS", "DOPLER", "VENEN", "ARTERIEN", "GEFASSE", "GEFAESSE", "VEINEUX", "VEINEUSE",
                      "VEINES", "ARTERIEL", "ARTERIELLE", "VENOSO", "VENOSA", "ARTERIOSO", "ARTERIOSA",
                      "VENEUS", "ARTERIEEL", "ZYL", "TETNIC", "ZIL", "TEPEN", "VENOZ", "ARTERIYEL", "VENER",
                      # German compounds and abbreviations, Czech and Polish adjectives, phlebography
                      "VENENDOPPLER", "ARTERIENDOPPLER", "VENENDUPLEX", "ARTERIENDUPLEX", "FKDS", "FARBDUPLEX",
                      "DUPLEXSONOGRAPHIE", "DUPLEXSONOGRAFIE", "DUPLEXNI", "DOPPLEROVSKA", "DOPPLEROWSKIE",
                      "PHLEBOGRAPHIE", "FLEBOGRAFIA", "FLEBOGRAFIE",
                      "VENALARY", "VENALARYNYN", "ARTERIYALARY", "ARTERIYALARYNYN",  # Kazakh
                      "脉", "脈", "맥", "血"})  # 血 of 血管 (a vessel) and 血流 (blood flow)
VASCULAR_LEG = frozenset({"THIGH", "KNEE", "LEG"})
LOWER_LIMB = frozenset(L.GROUPS["lower_limb"])
RUNOFF_LEG = LOWER_LIMB
LONG_LEG = frozenset({"HIP", "THIGH", "KNEE", "LEG", "ANKLE"})
VASCULAR_ARM = frozenset({"ARM", "ELBOW", "FOREARM"})


def _has_abbreviation(tokens: list[str], word: str) -> bool:
    """``word`` as a token of its own, not a count ("8CH" coil channels split to "8", "CH")."""
    return any(tok == word and not (i and tokens[i - 1].isdigit()) for i, tok in enumerate(tokens))


def bodypart_labels(value: Any) -> set[str]:
    """BodyPartExamined mapped to the label set (also the evaluation baseline)."""
    labels, _ = lexicon_hits([normalise(_as_text(value))])
    return labels


def rule_labels(meta: Mapping[str, Any]) -> tuple[set[str], str]:
    """Labels from the lexicon alone, most specific source first, and that source.

    A phantom or QA subject shows no anatomy.  Series text beats study text (a
    chest series in a CAP study is a chest series), which beats coded regions,
    which beat BodyPartExamined (known to be noisy).  An "abdomen" series of an
    abdomen/pelvis exam is that exam (the one acquisition covers both).  PET,
    and the CT of a PET/CT, is whole body unless its text keeps to the head.
    A mammography modality with no other evidence means BREAST.
    """
    if is_phantom(meta):
        return set(), "none"
    series, series_hints = lexicon_hits(tokens_of(meta, SERIES_TEXT))
    if "~NONE" in series_hints and not series:
        return set(), "none"
    if "~CAPTURE" in series_hints and not series and "~IMAGEKIND" not in series_hints:
        return set(), "none"  # a bare "Screen Capture": a page; "MIP capture", "Thyroid capture" show anatomy
    study, study_hints = lexicon_hits(tokens_of(meta, STUDY_TEXT))
    if "~NONE" in series_hints and series == study:
        return set(), "none"  # "Protocol page" of a "CT Thorax" naming the study's protocol
    if _is_pet(meta, series_hints | study_hints) and not (series and series <= HEAD_ONLY) \
            and not (not series and study and study <= HEAD_ONLY) and not is_cardiac(meta):
        return set(L.WHOLE_BODY), "pet"
    if series and study > series and not lexicon_hits(tokens_of(meta, OWN_SERIES_TEXT))[0]:
        return study, "study"  # a reused protocol name ("ThoraxAbdomen") inside a larger exam (TAP)
    if series:
        if series == {"ABDOMEN"} and study == set(L.AP):
            return set(L.AP), "series"
        return series, "series"
    if study:
        return study, "study"
    coded = region_code_labels(meta)
    if coded:
        return coded, "code"
    if "~NONE" in study_hints:
        return set(), "none"
    bpe = bodypart_labels(meta.get("BodyPartExamined"))
    if bpe:
        return bpe, "bodypart"
    if _is_mammography(meta):
        return {"BREAST"}, "modality"
    if _as_text(meta.get("Modality")).strip().upper() in DENTAL_MODALITIES:
        return {"HEAD"}, "modality"  # panoramic and intra-oral radiographs are dental
    return set(), ""


def is_page(meta: Mapping[str, Any]) -> bool:
    """The series' own text calls it a page (dose report, findings page, order form) and names no
    anatomy, or it is no image at all (a key-object selection, a presentation state, a structured
    report, an encapsulated document): the spec's empty set, whatever its study shows.  A screen
    capture is not one here: "Screen Save" and "captured images" are most often key images."""
    if _as_text(meta.get("Modality")).strip().upper() in NON_IMAGE_MODALITIES:
        return True
    # the series' own description decides: its protocol name is the exam's ("Patient Protocol" of
    # a "ThoraxAbdomen_Routine" is a page)
    own = OWN_SERIES_TEXT if _as_text(meta.get("SeriesDescription")).strip() else SERIES_TEXT
    series, hints = lexicon_hits(tokens_of(meta, own))
    return not series and "~NONE" in hints


# ... and segmentations, radiotherapy objects (structure sets, plans, dose grids, records),
# registrations and waveforms: drawn on or computed from images, not images of a region
NON_IMAGE_MODALITIES = frozenset({"KO", "PR", "SR", "DOC", "SEG", "RTSTRUCT", "RTPLAN", "RTDOSE", "RTRECORD",
                                  "REG", "FID", "RWV", "PLAN", "AU", "ECG", "HD", "RESP"})


DENTAL_MODALITIES = frozenset({"PX", "IO"})
OWN_SERIES_TEXT = ("SeriesDescription", "PerformedProtocolCodeSequence")


def is_cardiac(meta: Mapping[str, Any]) -> bool:
    """A heart exam (myocardial perfusion or viability PET, cardiac CT): its text says cardiac
    and names no region but the chest.  The spec's "PET is whole body" does not apply to it."""
    fields = tokens_of(meta, SERIES_TEXT + STUDY_TEXT)
    labels, hints = lexicon_hits(fields)
    return "~CARDIAC" in hints and labels == CARDIAC_ONLY


HEAD_ONLY = frozenset({"HEAD", "NECK"})


def _is_pet(meta: Mapping[str, Any], hints: set[str]) -> bool:
    modality = _as_text(meta.get("Modality")).strip().upper()
    return modality == "PT" or (modality == "CT" and "~WB" in hints)


def region_code_labels(meta: Mapping[str, Any]) -> set[str]:
    labels: set[str] = set()
    for key in REGION_CODES + ("ProcedureCodeSequence", "RequestedProcedureCodeSequence"):
        for code in _code_values(meta.get(key)):
            labels.update(L.SNOMED_CODES.get(code, ()))
    if not labels:
        region, _ = lexicon_hits(tokens_of(meta, REGION_CODES))
        labels |= region
    return labels


def _is_mammography(meta: Mapping[str, Any]) -> bool:
    modality = _as_text(meta.get("Modality")).strip().upper()
    sop = _as_text(meta.get("SOPClassUID")).strip()
    return modality == "MG" or sop.startswith(MG_SOP_PREFIXES)


def _word_features(prefix: str, fields: list[list[str]], out: dict[str, float]) -> None:
    for tokens in fields:
        for i, tok in enumerate(tokens):
            out[f"{prefix}w:{tok}"] = 1.0
            out[f"w:{tok}"] = 1.0
            if i + 1 < len(tokens):
                out[f"{prefix}b:{tok}_{tokens[i + 1]}"] = 1.0
            if len(tok) >= 3 and not tok.isdigit():
                padded = f"<{tok}>"
                for n in CHAR_NGRAMS:
                    for j in range(len(padded) - n + 1):
                        out.setdefault(f"c:{padded[j:j + n]}", CHAR_WEIGHT)


def feature_names(meta: Mapping[str, Any]) -> dict[str, float]:
    """Named features of one series (``meta`` already cleaned)."""
    out: dict[str, float] = {"bias": 1.0}
    groups = {
        "S:": tokens_of(meta, SERIES_TEXT),
        "T:": tokens_of(meta, STUDY_TEXT),
        "A:": tokens_of(meta, REGION_CODES),
        "B:": tokens_of(meta, ("BodyPartExamined",)),
    }
    for prefix, fields in groups.items():
        _word_features(prefix, fields, out)
        labels, hints = lexicon_hits(fields)
        for item in labels | hints:
            out[f"{prefix}lex:{item}"] = 1.0
            out[f"lex:{item}"] = 1.0
        if labels:
            out[f"{prefix}lexset:{'+'.join(sorted(labels))}"] = 1.0
        if fields and not labels:
            out[f"{prefix}nolex"] = 1.0
        if not fields:
            out[f"{prefix}absent"] = 1.0
    for code in _code_values(meta.get("AnatomicRegionSequence")):
        out[f"code:{code}"] = 1.0
    for key, prefix in (("Modality", "M:"), ("ViewPosition", "V:"), ("PatientPosition", "P:")):
        value = _as_text(meta.get(key)).strip().upper()
        if value:
            out[f"{prefix}{value}"] = 1.0
    if _is_mammography(meta):
        out["mammo"] = 1.0
    if meta.get(SUBJECT_HINT):
        out["subject:phantom"] = 1.0
    if is_gated_ct(meta):
        out["gated"] = 1.0
    for key in SIDE_TAGS:
        value = _as_text(meta.get(key)).strip().upper()
        if value in ("L", "R", "B"):
            out["sidetag"] = 1.0
    rule, source = rule_labels(meta)
    for label in rule:
        out[f"R:{label}"] = 1.0
    out[f"Rsrc:{source or 'nothing'}"] = 1.0
    if rule:
        out[f"Rset:{'+'.join(sorted(rule))}"] = 1.0
    return out


# Respiratory or cardiac gating of a CT: "Gated, 40%", "4D CT", "0%..90%", "Ave-IP 0%_10%_..._90%",
# "ECG gated". A radiologist reads these as a thorax acquisition (4D CT for lung radiotherapy,
# cardiac CT); it is a feature (what it means is learnt from the generated gated studies and
# the training collections), never a label by itself, and the series' own region words win.
# One percentage alone is not gating ("ASiR 40%" is an iterative-reconstruction strength).
_GATING_WORDS = re.compile(r"(?<![A-Z0-9])(GATED|GATING|4D|4DCT|RESP|RESPIRATORY|RESPIRATION|ECG|EKG|"
                           r"INSPIRATION|EXPIRATION|BREATHING)(?![A-Z])")
_PERCENT = re.compile(r"(?<![0-9])(?<![0-9]\.)\d{1,3}(\.\d)?\s*%")


def is_gated_ct(meta: Mapping[str, Any]) -> bool:
    """A CT series whose own text says respiratory/cardiac gating or lists gating phases."""
    if _as_text(meta.get("Modality")).strip().upper() != "CT":
        return False
    text = " ".join(_as_text(meta.get(k)) for k in SERIES_TEXT).upper()
    return bool(_GATING_WORDS.search(text)) or len(_PERCENT.findall(text)) >= 2


def bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & (DIMENSION - 1)


def is_phantom(meta: Mapping[str, Any]) -> bool:
    """A phantom or QA object: said by the subject's name/ID or by a field's own words.  A
    "human phantom" or travelling subject of a multi-site study is a volunteer, not an object."""
    if _as_text(meta.get(SUBJECT_HINT)).upper() == "PHANTOM":
        return True
    for key in ("BodyPartExamined",) + SERIES_TEXT + STUDY_TEXT:
        text = _as_text(meta.get(key)).upper()
        if any(w in text for w in PHANTOM_WORDS) and not any(w in text for w in HUMAN_SUBJECT_WORDS):
            return True
    return False


# (a "travelling phantom" alone is the object sent from site to site)
HUMAN_SUBJECT_WORDS = ("HUMAN PHANTOM", "LIVING PHANTOM", "TRAVELLING SUBJECT", "TRAVELING SUBJECT",
                       "TRAVELLING HEAD", "TRAVELING HEAD", "HUMAN VOLUNTEER", "HEALTHY VOLUNTEER")


# ---- laterality (rules; only limbs and breast carry one) --------------------

_SIDE_WORDS = {**{t: "L" for t in L.LEFT_TERMS}, **{t: "R" for t in L.RIGHT_TERMS},
               **{t: "B" for t in L.BOTH_TERMS}}
_MAMMO_VIEWS = {"LCC": "L", "RCC": "R", "LMLO": "L", "RMLO": "R", "LML": "L", "RML": "R",
                "LXCCL": "L", "RXCCL": "R", "LLM": "L", "RLM": "R"}


# side words of several tokens: "양측" (Korean, one token per syllable), "ทั้งสองข้าง", "HAI BEN"
_SIDE_PHRASES = {tuple(w.split()): side for words, side in ((L._LEFT_MORE, "L"), (L._RIGHT_MORE, "R"),
                                                            (L._BOTH_MORE, "B")) for w in words if " " in w}
_SIDE_PHRASE_STARTS = frozenset(p[0] for p in _SIDE_PHRASES)


def _sides_in(fields: list[list[str]], modality: str) -> tuple[set[str], set[str]]:
    """(strong, weak) sides the fields' words name (see ``laterality``)."""
    strong: set[str] = set()
    weak: set[str] = set()
    for tokens in fields:
        skip = 0
        for i, tok in enumerate(tokens):
            if skip:
                skip -= 1
                continue
            if tok in _SIDE_PHRASE_STARTS:
                phrase = next((p for p in _SIDE_PHRASES if tuple(tokens[i:i + len(p)]) == p), None)
                if phrase:
                    strong.add(_SIDE_PHRASES[phrase])
                    skip = len(phrase) - 1
                    continue
            if len(tok) == 1 and i and tokens[i - 1].isdigit():
                continue  # "3D", "2D" split at the digit: a dimension, not "droit"
            if tok == "R" and tokens[i + 1:i + 2] and tokens[i + 1].startswith("GRAF"):
                continue  # "R-графия": the Russian short form of radiography, not the right side
            if tok == "LAVA" and modality == "MR":
                continue  # GE's LAVA sequence ("Ax LAVA-Flex MPh"), not the Slovak left
            if tok == "RT" and (tokens[i + 1:i + 2] and tokens[i + 1] in RADIOTHERAPY_NEXT
                                or i and tokens[i - 1] in RADIOTHERAPY_NEXT):
                continue  # "RT Planning Left Breast", "simulazione RT": radiotherapy, not the right side
            if tok == "B" and tokens[i + 1:i + 2] == ["L"]:
                strong.add("B")  # "B/L": bilateral (Indian and British request shorthand)
                skip = 1
                continue
            side = _SIDE_WORDS.get(tok) or _MAMMO_VIEWS.get(tok)
            if side:
                strong.add(side)
            elif tok in L.WEAK_SIDES and _weak_side_counts(tokens, i, modality):
                weak.add(L.WEAK_SIDES[tok])
    return strong, weak


def _combine(sides: set[str]) -> str | None:
    if not sides:
        return None
    if "B" in sides or {"L", "R"} <= sides:
        return "B"
    return next(iter(sides))


def _weak_side_counts(tokens: list[str], i: int, modality: str = "") -> bool:
    """A weak side word (see ``labels.WEAK_SIDES``) reads as a side at the end of its field or just
    before a view word or a number; never in "A/P", "P/A" or "F+P" (face/profil).  First in the
    field it is the radiograph modality ("DX KNEE") or a preposition, except "dx" before the
    series' own words in a non-radiograph series ("dx Soft tissue 2mm")."""
    tok, n = tokens[i], len(tokens)
    if tok == "SAG":  # Turkish "sağ" typed without its breve, first and before a limb ("SAG AYAK BILEGI");
        return i == 0 and n > 1 and tokens[1] in TURKISH_LIMBS  # elsewhere it is sagittal
    if tok in NORDIC_SHORT and i and tokens[i - 1] in ("RTG", "RX", "UL") and i + 1 < n:
        return True  # "Rtg. hø. skulder", "Rtg ve håndledd": the side abbreviated after the exam word
    if tok in ("T", "S"):
        # the Vietnamese "T" and the Indonesian "S", last in a field that names a limb ("Chụp MRI khớp vai
        # T", "MRI Ankle Joint S"); never after F ("AX T2 F/S", fat-saturated) nor in a field without a limb
        return _last_after_limb(tokens, i) and tokens[i - 1] != "F"
    if tok == "PR":
        # the Polish "pr." (prawy, right), last in a field naming a limb ("RTG STOPY PR."); elsewhere
        # it is the presentation state's modality
        return _last_after_limb(tokens, i)
    if tok == "AR" and i + 1 < n and (tokens[i + 1] == "F" or lexicon_hits([tokens[i + 1:i + 2]])[0] & LIMBS):
        # the Greek "αρ." (αριστερό, left) before its limb ("MRI AR GONATOS") or before the views
        # "F+P" (face and profile: "ΑΚΤΙΝΟΓΡΑΦΙΑ ΚΑΡΠΟΥ ΑΡ (F+P)")
        return i > 0
    if tok in L.WEAK_END_ONLY:
        return i == n - 1 and i > 0
    if i == 0 and n > 1 and tokens[1] not in L.VIEW_WORDS:
        # Turkish puts the side first ("SOL klavikula", "SAĞ DİZ")
        return (tok == "DX" and modality not in ("DX", "CR")) or tok in SIDE_FIRST
    if tok == "P" and ((i and tokens[i - 1] in ("A", "F", "D")) or (i + 1 < n and tokens[i + 1] == "A")):
        return False
    if tok == "D" and i + 1 < n and tokens[i + 1] == "P":
        return False  # "d.p.", dorsopalmar: a view
    if tok == "DX" and i + 1 < n and tokens[i + 1] == "IN":
        return True  # "RX ginocchio dx in carico" (weight-bearing), "dx in 2 proiezioni"
    if i + 2 < n and tokens[i + 1] == "F" and tokens[i + 2] == "P":
        return True  # French "RX CHEVILLE G F+P": the side, then face and profile
    return i == n - 1 or tokens[i + 1] in L.VIEW_WORDS or tokens[i + 1].isdigit() \
        or tokens[i + 1] in MODALITY_WORDS or tokens[i + 1] in CONTRAST_WORDS or tokens[i + 1] in FRENCH_VIEWS


# French words of the views a side is written before ("RX POIGNET G + SÉRIE SCAPHOÏDE", "GENOU D
# INCIDENCE DE SCHUSS")
FRENCH_VIEWS = frozenset({"SERIE", "INCIDENCE", "INCIDENCES", "DEFILE", "CLICHE", "CLICHES"})


def _last_after_limb(tokens: list[str], i: int) -> bool:
    """Whether token ``i`` ends its field after words that name a limb."""
    return i == len(tokens) - 1 and i > 0 and bool(lexicon_hits([tokens[:i]])[0] & LIMBS)


SIDE_FIRST = frozenset({"SOL", "SAGH"})
# words beside "RT" that make it radiotherapy ("RT planning", "RT sim", "simulazione RT"), not the right side
RADIOTHERAPY_NEXT = frozenset({"PLANNING", "PLAN", "PLANUNG", "SIM", "SIMULATION", "SIMULATOR", "PLANIFICATION",
                               "PLANIFICACION", "PLANEJAMENTO", "PLANIFICAZIONE", "STRUCTURES", "STRUCT",
                               "SIMULAZIONE", "CENTRATURA", "SIMULACION", "SIMULACAO"})
# Danish/Norwegian/Swedish side abbreviations (hø., ve., vä.), read right after the exam word
NORDIC_SHORT = frozenset({"HO", "VE", "VA"})
# Turkish limb words a side stands before ("SAG DIZ", "SAG AYAK BILEGI")
TURKISH_LIMBS = frozenset({"DIZ", "AYAK", "EL", "ELBILEGI", "OMUZ", "KALCA", "DIRSEK", "BILEK", "BACAK", "KOL",
                           "UYLUK", "ONKOL", "KLAVIKULA", "PARMAK", "TOPUK", "MEME", "HUMERUS", "FEMUR", "TIBIA",
                           "KRURIS", "CRURIS", "ALT", "UST", "AYAKBILEGI", "BILEGI"})
# with / without (contrast), a side may stand before ("MR armbåge hö utan kontrast", "Knie li. ohne KM");
# the contrast nouns are left out: "sin contraste" is Spanish "without contrast", not the left side
CONTRAST_WORDS = frozenset({"UTAN", "MED", "UDEN", "UTEN", "ILMAN", "OHNE", "MIT", "SANS", "AVEC", "CON",
                            "WITH", "WITHOUT", "WO"})
# exam words a side may stand before ("ayak bileği sol USG", "DIZ SOL MRG", "OMUZ SOL BT")
MODALITY_WORDS = frozenset({"USG", "MRG", "MR", "MRI", "MRT", "BT", "CT", "TC", "TAC", "TDM", "RTG", "RX", "XR",
                            "GRAFI", "GRAFISI", "ECO", "US", "IRM", "RM"})


def laterality(meta: Mapping[str, Any], labels: Iterable[str]) -> str | None:
    """L / R / B / None for a series with these labels.

    DICOM laterality tags win; then side words in the series text, then in the
    study text (unambiguous words first, weak ones only where ``_weak_side_counts`` says);
    then a plural limb word ("KNEES") means both.  None unless a limb or breast label is present.
    """
    if not L.LATERAL_LABELS.intersection(labels):
        return None
    modality = _as_text(meta.get("Modality")).strip().upper()
    tags = {_as_text(meta.get(k)).strip().upper() for k in SIDE_TAGS} & {"L", "R", "B"}
    if tags:
        return _combine(tags)
    series_strong, series_weak = _sides_in(tokens_of(meta, SERIES_TEXT), modality)
    if series_strong:
        return _combine(series_strong)
    study_strong, study_weak = _sides_in(tokens_of(meta, STUDY_TEXT), modality)
    if series_weak:
        # a weak letter that contradicts the one side its study names is another word ("Coude P",
        # the French profile, of "RX COUDE GAUCHE"); against a bilateral study it is the series' side
        one_side = _combine(study_strong)
        return one_side if one_side in ("L", "R") else _combine(series_weak)
    if study_strong or study_weak:
        return _combine(study_strong or study_weak)
    if set(L.GROUPS["upper_limb"] + L.GROUPS["lower_limb"]).intersection(labels):
        for tokens in tokens_of(meta, SERIES_TEXT + STUDY_TEXT):
            for i, tok in enumerate(tokens):
                if tok in L.PLURAL_LIMBS and not (tok == "FEET" and i + 1 < len(tokens)
                                                  and tokens[i + 1] in ("FIRST", "IN", "OUT")):
                    return "B"  # "KNEES", "Hände": both sides
    if "BREAST" in labels and _as_text(meta.get("Modality")).strip().upper() == "MR":
        return "B"  # breast MR images both breasts unless a side is named
    if RUNOFF_LEG <= set(labels):
        return "B"  # a run-off images both legs unless a side is named
    if LONG_LEG <= set(labels):
        return "B"  # ... and so does a standing long-leg film
    return None
