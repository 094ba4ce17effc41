"""Reference labels for IDC series: the labelling procedure used for training AND evaluation.

IDC's BodyPartExamined is noisy, so the reference set of a series is derived,
in this order, from evidence the procedure trusts more to less:

1. Excluded outright: derived objects (``analysis_result_id`` set), non-image
   or non-radiology modalities (SEG, RTSTRUCT, SR, SM slides, ...), non-human
   collections.  Phantom collections: a series whose text or BodyPartExamined
   says phantom/QA/dose report gets the empty set; otherwise it is excluded
   (its metadata looks like a patient's; nothing in it could tell).
2. Description text (series first, then study) through the lexicon; a dose
   report / protocol page gets the empty set.
3. Collection knowledge, derived automatically from the collection's
   ``tumor_locations`` in IDC's collections index through the same lexicon
   (no hand-written per-collection rules, so held-out collections are treated
   exactly like training ones).  It is *strong* for dedicated organ exams
   (MR, MG, US in a single-site collection: a breast-cancer MR is a breast MR)
   and *weak* otherwise (CT/PET in cancer collections also image other regions).
4. BodyPartExamined mapped through the lexicon; then what the study's other
   series name (their most common set; scouts and dose pages aside);
   mammography modality -> BREAST.
PET, and the CT of a PET/CT study, is whole body unless its text keeps to the
head (the label spec), whatever BodyPartExamined says.  A phantom subject
(patient name/ID says phantom or QA) shows no anatomy.

Conflicts: text vs a strong collection default with no overlap -> excluded;
BodyPartExamined vs a strong default -> the default wins (BPE is the noisy
field); BodyPartExamined vs a weak default -> BodyPartExamined wins.  A weak default
alone ("collection:weak": e.g. a CT without any description in a lung-cancer
collection) is kept for evaluation (the model should answer "unknown" there,
which counts as wrong) but not trained on.  A series with no evidence at all
is excluded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L

HELD_OUT_PREFIXES = ("c", "d", "e", "f")

# Modalities whose series show patient anatomy as images and are labelled.
IMAGE_MODALITIES = frozenset({"CT", "MR", "PT", "NM", "MG", "DX", "CR", "US", "XA", "RF", "IO", "PX"})
STRONG_MODALITIES = frozenset({"MR", "MG", "US"})


def is_held_out(collection_id: str) -> bool:
    """The binding split: sha256(collection_id) hex starting with c/d/e/f is evaluation only."""
    return hashlib.sha256(collection_id.encode("utf-8")).hexdigest()[0] in HELD_OUT_PREFIXES


class CollectionInfo:
    """What the collections index says about one collection."""

    def __init__(self, collection_id: str, species: str | None, tumor_locations: str | None):
        self.collection_id = collection_id
        species = (species or "").strip().lower()
        self.human = species == "human"
        locations = (tumor_locations or "").strip()
        self.phantom = "phantom" in locations.lower() or species == "phantom"
        self.default: frozenset[str] = frozenset()
        parts = [p for p in locations.replace(";", ",").split(",") if p.strip()]
        if len(parts) == 1 and not self.phantom:
            self.default = frozenset(F.bodypart_labels(parts[0]))

    def default_for(self, modality: str) -> tuple[frozenset[str], bool]:
        """(default labels, strong?) for a series of this modality."""
        if modality in ("PT", "NM"):
            return frozenset(), False
        return self.default, modality in STRONG_MODALITIES


def _says_none(meta: Mapping[str, Any]) -> bool:
    fields = F.tokens_of(meta, F.SERIES_TEXT + F.STUDY_TEXT + ("BodyPartExamined",))
    _, hints = F.lexicon_hits(fields)
    return "~NONE" in hints


def text_labels(meta: Mapping[str, Any]) -> tuple[set[str] | None, str]:
    """Labels from descriptions only: series text, else study text.  None = says 'no anatomy'."""
    series, series_hints = F.lexicon_hits(F.tokens_of(meta, F.SERIES_TEXT))
    if series:
        return series, "series"
    if "~NONE" in series_hints:
        return None, "none"
    study, study_hints = F.lexicon_hits(F.tokens_of(meta, F.STUDY_TEXT))
    if study:
        return study, "study"
    if "~NONE" in study_hints:
        return None, "none"
    return set(), ""


def reference_labels(meta: Mapping[str, Any], info: CollectionInfo,
                     context: Mapping[str, Any] | None = None) -> tuple[frozenset[str] | None, str]:
    """(reference label set, evidence) for one IDC series; (None, reason) when excluded."""
    modality = str(meta.get("Modality") or "").upper()
    if not info.human and not info.phantom:
        return None, "non-human"
    if modality not in IMAGE_MODALITIES:
        return None, "non-image modality"
    if info.phantom or meta.get(F.SUBJECT_HINT):
        return (frozenset(), "phantom") if _says_none(meta) or meta.get(F.SUBJECT_HINT) \
            else (None, "phantom, unmarked")
    text, source = text_labels(meta)
    if text is None:
        return frozenset(), "text:none"
    rule, rule_source = F.rule_labels(meta)
    if rule_source == "pet":  # PET and the CT of a PET/CT: whole body (the label spec)
        return frozenset(rule), "pet"
    if C.is_petct(meta, context) and not (text and text <= F.HEAD_ONLY) and not F.is_cardiac(meta):
        return frozenset(L.WHOLE_BODY), "pet"
    default, strong = info.default_for(modality)
    if text:
        if strong and default and not (text & default):
            return None, "conflict text/collection"
        if rule_source in ("series", "study") and rule and rule != text:
            text = rule  # an abdomen recon of an A/P exam; a reused protocol name in a TAP exam
        return frozenset(text), f"text:{source}"
    if strong and default:
        return default, "collection"
    bpe = F.bodypart_labels(meta.get("BodyPartExamined"))
    if bpe:
        return frozenset(bpe), "bodypart"
    siblings = C.consensus(C.sibling_sets(meta, context))
    if siblings:
        return siblings, "study:siblings"
    if F._is_mammography(meta):
        return frozenset({"BREAST"}), "modality"
    if default:
        return default, "collection:weak"
    return None, "no evidence"


def reference_laterality(meta: Mapping[str, Any], labels: frozenset[str]) -> str | None:
    """Side from series/study text and BodyPartExamined words (IDC has no laterality tags)."""
    side = F.laterality(meta, labels)
    if side is None and labels:
        side = F.laterality({"SeriesDescription": meta.get("BodyPartExamined")}, labels)
    return side
