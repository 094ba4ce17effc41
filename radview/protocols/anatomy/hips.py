"""The AP pelvis film of a hip examination shows both hips.

A hip examination (pain, arthritis, a hip replacement before or after surgery) is filmed as an AP
view of the whole pelvis, both hip joints on it, and a lateral of the hip in question. The
clinical sets' authors label that AP film the pelvis and both hips wherever the exam names the
hip (sets 5, 6, 7, 14, 15, 19, 23, 28, 31, 35; set 2 labels it the pelvis alone), and the pelvis
alone where the exam is of the pelvis (trauma, "XR Pelvis"). The templating plan an orthopaedic
planning program saves from that film (mediCAD, OrthoView, TraumaCad, "THR template") is the same
image with the implant drawn on it.

Pure functions of metadata and a ``Prediction``; called last by ``model.AnatomyModel.predict_many``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy.prediction import Prediction

FILMS = frozenset({"DX", "CR"})
PELVIS_HIPS = ("PELVIS", "HIP")
# the implant-planning pages (any modality: secondary captures come as OT or the film's own)
TEMPLATE_WORDS = frozenset({"TEMPLATE", "TEMPLATING", "TEMPLATES", "MEDICAD", "ORTHOVIEW", "TRAUMACAD"})


def by_hip_study(prediction: Prediction, meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> Prediction:
    """Pelvis and both hips for an AP pelvis film, or an implant template, of an exam that names
    the hip; any other answer as it is."""
    if prediction.unknown or not prediction.labels or not set(prediction.labels) <= set(PELVIS_HIPS):
        return prediction
    modality = str(meta.get("Modality") or "").strip().upper()
    own_fields = F.tokens_of(meta, F.OWN_SERIES_TEXT)
    own, _ = F.lexicon_hits(own_fields)
    template = any(TEMPLATE_WORDS.intersection(tokens) for tokens in own_fields)
    if not (template or (modality in FILMS and own == {"PELVIS"})):
        return prediction
    exam, _ = F.lexicon_hits(F.tokens_of(C.with_study(meta, context), F.STUDY_TEXT))
    if "HIP" not in exam or not exam <= set(PELVIS_HIPS):
        return prediction
    if prediction.labels == PELVIS_HIPS and prediction.laterality == "B":
        return prediction
    return replace(prediction, labels=PELVIS_HIPS, laterality="B", unknown=False,
                   label_confidence=tuple((x, 1.0) for x in PELVIS_HIPS))
