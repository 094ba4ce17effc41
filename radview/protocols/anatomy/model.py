"""Run-time anatomy prediction: onnxruntime over the shipped model.

The ONNX graph maps a feature vector (see ``features``) to one probability per
output: the anatomy labels plus ``NONE`` ("shows no anatomy": dose report,
phantom, text page).  Decision, per series:

- a label is in the set when its probability is >= 0.5;
- confidence = the least certain of all these yes/no decisions;
- unknown (empty set, ``unknown=True``) when confidence is below the model's
  threshold (a stricter one when no field names any anatomy), when nothing is predicted and NONE is not either, or when the set
  is implausible (e.g. HEAD with FOOT, or upper with lower limb).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from radview.errors import RadviewError
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import sequences as S

MODEL_RESOURCE = "anatomy.onnx"
NONE_OUTPUT = "NONE"


class AnatomyModelError(RadviewError):
    """The anatomy model file is missing, unreadable or does not fit this code."""


@dataclass(frozen=True)
class Prediction:
    labels: tuple[str, ...]
    laterality: str | None
    confidence: float
    unknown: bool
    source: str = "model"
    model_version: str = ""
    # Probability per candidate label (p >= 0.2), also when unknown: shows what the model hesitated on.
    label_confidence: tuple[tuple[str, float], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "laterality": self.laterality,
            "confidence": round(float(self.confidence), 4),
            "unknown": self.unknown,
            "source": self.source,
            "model_version": self.model_version,
            "label_confidence": dict(self.label_confidence),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Prediction":
        labels = tuple(data.get("labels") or ())
        bad = [x for x in labels if x not in L.LABELS]
        if bad:
            raise RadviewError(f"unknown anatomy label(s) {bad}; known: {', '.join(L.LABELS)}")
        side = data.get("laterality")
        if side not in (None, "L", "R", "B"):
            raise RadviewError(f"laterality must be L, R, B or null, got {side!r}")
        return cls(labels=labels, laterality=side,
                   confidence=float(data.get("confidence", 1.0)),
                   unknown=bool(data.get("unknown", False)),
                   source=str(data.get("source", "user")),
                   model_version=str(data.get("model_version", "")),
                   label_confidence=tuple((str(k), float(v)) for k, v in
                                          (data.get("label_confidence") or {}).items()))


def default_model_path() -> Path:
    return Path(str(resources.files("radview.resources") / "anatomy" / MODEL_RESOURCE))


CANDIDATE = 0.2  # a label the model gives this chance is one it considered (``label_confidence``)


def plausible(labels: Iterable[str]) -> bool:
    """Whether a label set could be one series' anatomy (contiguous, one body part family)."""
    labels = set(labels)
    if not labels:
        return True
    groups = {L.GROUP_OF[x] for x in labels}
    if labels == {"PELVIS", "HIP"} or labels == {"PELVIS", "HIP", "THIGH"}:
        return True  # pelvis and hips on one image
    if len(groups) > 1:
        return False
    order = L.GROUPS[groups.pop()]
    idx = sorted(order.index(x) for x in labels)
    return idx[-1] - idx[0] + 1 == len(idx)


def is_qa_test(meta: Mapping[str, Any]) -> bool:
    """A quality-control acquisition ("ACR QA", "Daily QC"): its descriptions say QA/QC and
    name no anatomy (a QA object is a phantom; the label spec gives it the empty set)."""
    fields = F.tokens_of(meta, F.SERIES_TEXT + F.STUDY_TEXT)
    if not any(F.PHANTOM_TOKENS & {"QA", "QC"} & set(tokens) for tokens in fields):
        return False
    labels, _ = F.lexicon_hits(fields)
    return not labels


def whole_body_if_petct(prediction: Prediction, meta: Mapping[str, Any],
                        context: Mapping[str, Any] | None) -> Prediction:
    """The CT of a PET/CT study is whole body unless it keeps to the head (the label spec; the
    training labels say so too), whatever its own study text or BodyPartExamined name; a heart
    exam (cardiac PET/CT) keeps to the chest."""
    labels = set(prediction.labels)
    if prediction.unknown or not labels or labels <= F.HEAD_ONLY or not labels <= set(L.WHOLE_BODY) \
            or not C.is_petct(meta, context) or F.is_cardiac(C.with_study(meta, context)):
        return prediction
    return replace(prediction, labels=L.WHOLE_BODY, laterality=None)


# an organ of the abdomen, not the abdomen: a series named for it images it ("Delayed kidneys",
# "Stomach (water)"), also in an abdomen and pelvis exam
ORGAN_WORDS = frozenset({"KIDNEY", "KIDNEYS", "RENAL", "NIERE", "NIEREN", "REIN", "REINS", "RENE", "RINONES",
                         "LIVER", "HEPATIC", "LEBER", "FOIE", "FEGATO", "HIGADO", "PANCREAS", "PANKREAS",
                         "STOMACH", "GASTRIC", "MAGEN", "ESTOMAC", "ESTOMAGO", "STOMACO", "ADRENAL", "ADRENALS",
                         "NEBENNIERE", "NEBENNIEREN", "SPLEEN", "MILZ", "RATE", "BAZO", "MILZA",
                         "GALLBLADDER", "BILIARY", "MRCP", "BOWEL", "COLON", "DUODENUM"})


def by_own_words(prediction: Prediction, meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> Prediction:
    """An answer set right by what the series' own description names within its exam.

    - A reconstruction named for part of its protocol's range images that part: "Thorax 1.0 Bl57"
      of a "ThoraxAbdomen_Routine", "Hals 2.0" of a "Hals-Thx-Abd": the protocol name is the
      acquisition's, the description the reconstruction's.
    - A CT series named "abdomen" in an exam that covers the pelvis is the abdomen and pelvis
      (one helical acquisition; the "Abdomen" recon of a "CT TAP" runs to the pubis), unless it
      names an organ ("Delayed kidneys").
    (A plain abdominal radiograph stays the abdomen: the held-out set's labeller and two of the
    clinical sets' authors label it so, five other authors the abdomen and pelvis of a KUB.)
    """
    labels = set(prediction.labels)
    modality = str(meta.get("Modality") or "").strip().upper()
    if prediction.unknown or (labels and labels <= F.SPINE):
        own = _own(meta)
        if own and own <= F.SPINE and own != labels and plausible(own):
            # a spine series names its own segment, also in a study of another ("SAG T2 T-SPINE"
            # of an L-spine MR: the thoracic extension)
            return _narrowed(replace(prediction, unknown=False), meta, own)
        if not own and prediction.unknown and modality in ("MR", "CT"):
            # a spine exam named by no level ("MRI SPINE COMPLETE"): a series named by its level
            # letter ("T_STIR_SAG", "L Ax T1") is that level
            named, hints = F.lexicon_hits(F.tokens_of(C.with_study(meta, context), F.STUDY_TEXT + ("ProtocolName",)))
            level = _spine_level(F.tokens_of(meta, ("SeriesDescription",)), set(F.SPINE)) \
                if "~SPINE" in hints and named <= F.SPINE else frozenset()
            if len(level) == 1:
                return _narrowed(replace(prediction, unknown=False), meta, level)
    if prediction.unknown or not labels or (len(labels) < 2 and not (labels == {"ABDOMEN"} and modality == "CT")):
        return prediction  # nothing to narrow (a CT's abdomen alone may widen to the pelvis, below)
    if C.is_petct(meta, context) or F.rule_labels(C.with_study(meta, context))[1] == "pet":
        return prediction  # a PET/CT's CT is whole body
    description = F.tokens_of(meta, ("SeriesDescription",))
    own = _own(meta)
    protocol = F.lexicon_hits(F.tokens_of(meta, ("ProtocolName",)))[0]
    exam = protocol | F.lexicon_hits(F.tokens_of(C.with_study(meta, context), F.STUDY_TEXT))[0]
    if not own and modality == "MR" and labels == set(F.SPINE) and (station := _spine_station(description, context)):
        return _narrowed(prediction, meta, station)
    if not own and (spine := _spine_of_range(meta, description, labels)):
        return _narrowed(prediction, meta, spine)
    if not own and modality == "CT" and labels == set(L.WHOLE_BODY) and _is_trauma_body(meta, context, description):
        return _narrowed(prediction, meta, TRAUMA_BODY)
    if not own:
        # a nameless series of a two-region exam: its sequence may say which ("t1_mprage_sag" of a
        # brain and cervical spine MR is the brain), a spine film its level ("Th AP" of a
        # thoracic and lumbar spine study)
        # (an exam named "spine" alone, "MRI SPINE COMPLETE", takes its levels from the answer)
        implied = (S.implied(meta, description, narrowing=True)
                   or _spine_level(description, exam if exam & F.SPINE else labels)
                   or _left_by_siblings(meta, context, labels))
        return _narrowed(prediction, meta, implied) if implied and implied < labels else prediction
    if not plausible(own):
        return prediction
    abdomen = own == {"ABDOMEN"} and "PELVIS" in exam and not any(
        t in ORGAN_WORDS for tokens in description for t in tokens)
    if abdomen and modality == "CT" and labels <= set(L.AP) | exam:
        return replace(prediction, labels=L.AP, laterality=None)
    if "~AORTA" in F.lexicon_hits(description)[1]:
        return prediction  # the aorta runs through the exam's range ("Aorta Iliac 1.0" of a TAVI CT)
    if labels > own and labels <= exam | own and not abdomen and modality != "US":
        # (an ultrasound clip or preset named for one organ is a view of the whole examination)
        # the exam's other regions came from its protocol or study words, not from the series
        return _narrowed(prediction, meta, own)
    return prediction


NEURO_AXIS = frozenset({"HEAD"}) | F.SPINE


def _left_by_siblings(meta: Mapping[str, Any], context: Mapping[str, Any] | None,
                      labels: set[str]) -> frozenset[str]:
    """An MR series of a two-region exam, named for neither, is the region its named siblings
    leave: with "t2_tse_sag_CSpine" and "stir_tse_sag_CSp" beside it, the "t1_se_tra_POST" of a
    brain and cervical spine MR is the brain.  An MR series images one field of view, so the
    region nobody names is the one left; a CT recon may span the whole range, so CT is left out.
    Only siblings' own descriptions count (a shared protocol name names every region).  Kept to
    the brain and the spine: a body MR's series span the abdomen and pelvis alike (the "MRCP" beside
    them leaves no series to the pelvis alone), and a scout plans every region of its exam."""
    if str(meta.get("Modality") or "").strip().upper() != "MR" or not context \
            or not labels <= NEURO_AXIS or C.is_aside(meta):
        return frozenset()
    named: set[str] = set()
    for other in context["series"]:
        if str(other.get("Modality") or "").strip().upper() == "MR" and not C.is_aside(other):
            named |= _own(other)
    left = labels - named
    return frozenset(left) if named and named < labels and left and plausible(left) else frozenset()


# the stations of a whole-spine MR: two (upper, lower) or three (one a segment)
_STATIONS = {2: (("CSPINE", "TSPINE"), ("TSPINE", "LSPINE")), 3: (("CSPINE",), ("TSPINE",), ("LSPINE",))}
COMPOSED_WORDS = frozenset({"COMP", "COMPOSED", "COMPOSING", "COMPOSE", "COMPOSITE", "SP", "SPINE"})


def _spine_station(description: list[list[str]], context: Mapping[str, Any] | None) -> frozenset[str]:
    """A sagittal series of a whole-spine MR numbered by its station ("t2_tse_sag_1", "_2") images
    that station: of two, the upper (cervical and thoracic) or the lower (thoracic and lumbar); of
    three, one segment each.  The count is the highest number among its siblings of the same name;
    the composed series ("t2_tse_sag_comp_sp") is the whole spine."""
    if not description or len(description[0]) < 2:
        return frozenset()
    tokens = description[0]
    stem, last = tuple(tokens[:-1]), tokens[-1]
    if last not in ("1", "2", "3") or len(stem[-1]) < 2 or "SAG" not in stem or COMPOSED_WORDS & set(stem):
        # (a weighting's digit, "Sag T2", is no station)
        return frozenset()
    count = max([2, int(last)] + [int(t[-1]) for other in (context or {}).get("series", [])
                                  for t in F.tokens_of(other, ("SeriesDescription",))[:1]
                                  if len(t) > 1 and tuple(t[:-1]) == stem and t[-1] in ("1", "2", "3")])
    return frozenset(_STATIONS[count][int(last) - 1])


# A trauma CT scans the head on its own and the body from the neck down: its "Body" recon
# ("Body 5.0", "Corpo 5.0 FC08" of a polytrauma CT) is the neck, chest, abdomen and pelvis
TRAUMA_BODY = ("NECK", "CHEST", "ABDOMEN", "PELVIS")
BODY_WORDS = frozenset({"BODY", "CORPO", "CUERPO", "CORPS", "KORPER", "KOERPER", "TORSO", "STAMM", "TRONCO",
                        "ROMP", "体幹", "躯干", "軀幹"})
TRAUMA_WORDS = frozenset({"TRAUMA", "POLYTRAUMA", "POLITRAUMA", "POLITRAUMATIZADO", "POLYTRAUMATISE",
                          "SCHOCKRAUM", "PANSCAN", "WBCT", "外傷", "外伤", "외상"})


def _is_trauma_body(meta: Mapping[str, Any], context: Mapping[str, Any] | None,
                    description: list[list[str]]) -> bool:
    def words(fields: list[list[str]]) -> set[str]:  # (CJK words are one token a character)
        return {t for tokens in fields for t in tokens} | {a + b for tokens in fields for a, b in zip(tokens, tokens[1:])}
    study = F.tokens_of(C.with_study(meta, context), F.STUDY_TEXT + ("ProtocolName",))
    return bool(words(description) & BODY_WORDS) and bool(words(study) & TRAUMA_WORDS)


# the spine levels each trunk region holds (the sacrum is the pelvis')
_SPINE_OF_REGION = {"NECK": "CSPINE", "CHEST": "TSPINE", "ABDOMEN": "LSPINE"}


def _spine_of_range(meta: Mapping[str, Any], description: list[list[str]], labels: set[str]) -> frozenset[str]:
    """A CT's spine reformat that names no level ("Sag Spine" of a whole-body trauma CT, "Spine
    bone sag" of a chest-abdomen-pelvis CT) shows the spine of the range scanned: the cervical
    spine with the neck, the thoracic with the chest, the lumbar with the abdomen."""
    if str(meta.get("Modality") or "").strip().upper() != "CT" \
            or "~SPINE" not in F.lexicon_hits(description)[1]:
        return frozenset()
    return frozenset(_SPINE_OF_REGION[x] for x in labels if x in _SPINE_OF_REGION)


def _own(meta: Mapping[str, Any]) -> set[str]:
    """What the series' own description names."""
    return F.lexicon_hits(F.tokens_of(meta, F.OWN_SERIES_TEXT))[0]


def _narrowed(prediction: Prediction, meta: Mapping[str, Any], labels: Iterable[str]) -> Prediction:
    narrowed = tuple(x for x in L.LABELS if x in set(labels))
    return replace(prediction, labels=narrowed, laterality=F.laterality(meta, narrowed))


# the level a spine film's description begins with, in a study of several levels
_LEVEL_LETTERS = {"C": "CSPINE", "HWS": "CSPINE", "TH": "TSPINE", "D": "TSPINE", "BWS": "TSPINE",
                  "L": "LSPINE", "LS": "LSPINE", "LWS": "LSPINE"}


def _spine_level(description: list[list[str]], exam: set[str]) -> frozenset[str]:
    """The spine levels a nameless series of a spine exam names: a level letter first ("Th AP"),
    a junction of two ("Sag T2 C-T", "T-L": cervicothoracic, thoracolumbar) or "spine" alone in
    an exam of the spine and another region ("Spine SAG BONE" of a head and C-spine CT)."""
    levels = exam & F.SPINE
    if not levels or not description or not description[0]:
        return frozenset()
    tokens = description[0]
    level = _LEVEL_LETTERS.get(tokens[0])
    if tokens[0] == "T" and len(tokens) > 1 and not tokens[1].isdigit():
        level = "TSPINE"  # "T_STIR_SAG" (a weighting's T stands before its digit: "T1 AX")
    if level is None and len(tokens) > 2 and tokens[-1] in ("C", "T", "L") and not tokens[-2].isdigit() \
            and tokens[-2] not in F.VERTEBRA_LEVEL:  # (not a junction's second letter: "Sag T2 T-L")
        level = {"T": "TSPINE", **_LEVEL_LETTERS}[tokens[-1]]  # ... or last ("t1_tse_sag_L")
    if len(levels) > 1 and level in levels and len(tokens) > 1:
        return frozenset({level})
    for a, b, after in zip(tokens, tokens[1:], tokens[2:] + [""]):
        pair = {F.VERTEBRA_LEVEL.get(a), F.VERTEBRA_LEVEL.get(b)}
        if None not in pair and len(pair) == 2 and not after.isdigit() and pair <= levels:
            return frozenset(pair)
    if exam - F.SPINE and any(t in ("SPINE", "SPINAL") for t in tokens):
        return frozenset(levels)
    return frozenset()


def agrees_with_rule(meta: Mapping[str, Any], labels: Iterable[str],
                     context: Mapping[str, Any] | None = None) -> bool:
    """Whether the lexicon's rule (``features.rule_labels``) names exactly ``labels``.

    The model's confidence is the least certain of all its yes/no decisions, so one
    hesitant label far from the answer makes it "unknown" although its set is clear;
    when that set is what the descriptions, a coded region or BodyPartExamined name
    word for word, the series is answered."""
    rule, source = F.rule_labels(meta)
    if source == "none":  # the text says "no anatomy" (dose report, protocol page)
        return not set(labels)
    if C.is_petct(meta, context) and not rule <= F.HEAD_ONLY and not F.is_cardiac(meta):
        rule = set(L.WHOLE_BODY)  # the CT of a PET/CT study is whole body (as the training labels say)
    return bool(source) and bool(rule) and set(rule) == set(labels)


def side_from_siblings(labels: Iterable[str], context: Mapping[str, Any]) -> str | None:
    """The side a limb or breast series that names none takes from its study: the one side that
    the study's other series of the same anatomy name ("PD FS SAG" beside "KNEE LT T1 COR");
    None when they name none or disagree."""
    labels = set(labels)
    sides = set()
    for other in context["series"]:
        if C.is_aside(other):
            continue
        named, _ = F.lexicon_hits(F.tokens_of(other, F.SERIES_TEXT))
        if named & labels:
            side = F.laterality(F.clean(other), named)
            if side:
                sides.add(side)
    return sides.pop() if len(sides) == 1 else None


class AnatomyModel:
    """One loaded ONNX model with its label list and decision threshold."""

    def __init__(self, path: str | Path | None = None):
        import onnxruntime as ort

        self.path = Path(path) if path else default_model_path()
        if not self.path.is_file():
            raise AnatomyModelError(f"anatomy model not found: {self.path}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(self.path), options,
                                                providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own types
            raise AnatomyModelError(f"cannot load anatomy model {self.path}: {exc}") from exc
        meta = self.session.get_modelmeta().custom_metadata_map
        try:
            self.outputs: list[str] = json.loads(meta["labels"])
            self.version: str = meta["version"]
            self.settings: dict[str, Any] = json.loads(meta["feature_settings"])
            self.threshold = float(meta.get("threshold", "0.7"))
            # Stricter where no field names any anatomy: a guess from priors is not an answer.
            self.threshold_no_evidence = float(meta.get("threshold_no_evidence", self.threshold))
        except (KeyError, ValueError) as exc:
            raise AnatomyModelError(f"anatomy model {self.path} lacks metadata: {exc}") from exc
        if self.settings.get("feature_version") != F.FEATURE_VERSION or \
                int(self.settings.get("dimension", 0)) != F.DIMENSION:
            raise AnatomyModelError(
                f"anatomy model {self.path} was trained with feature settings "
                f"{self.settings.get('feature_version')}/{self.settings.get('dimension')}, "
                f"this code computes {F.FEATURE_VERSION}/{F.DIMENSION}")
        unknown = [x for x in self.outputs if x not in L.LABELS and x != NONE_OUTPUT]
        if unknown:
            raise AnatomyModelError(f"anatomy model has unknown outputs {unknown}")
        self.input_name = self.session.get_inputs()[0].name
        self._lock = threading.Lock()

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        with self._lock:  # one session, many threads (the app calls from workers)
            return self.session.run(None, {self.input_name: vectors})[0]

    def scored(self, metas: list[dict[str, Any]], contexts: list[dict[str, Any] | None]
               ) -> tuple[np.ndarray, list[bool]]:
        """Probabilities and evidence flags (see ``context.has_evidence``) of cleaned series."""
        vectors = np.zeros((len(metas), F.DIMENSION), dtype=np.float32)
        evidence = [C.fill(row, meta, ctx) for row, meta, ctx in zip(vectors, metas, contexts)]
        return self.probabilities(vectors), evidence

    def decide(self, meta: Mapping[str, Any], probs: np.ndarray, evidence: bool = True,
               context: Mapping[str, Any] | None = None) -> Prediction:
        if F.is_phantom(meta) or is_qa_test(meta) or F.is_page(meta):
            # a phantom, a QA object or a page (dose report, findings page) shows no anatomy,
            # also when its study's words or other series would suggest one
            return Prediction((), None, 1.0, False, "model", self.version, ())
        chosen = [name for name, p in zip(self.outputs, probs) if p >= 0.5]
        confidence = round(float(np.min(np.maximum(probs, 1.0 - probs))), 4)
        labels = tuple(x for x in L.LABELS if x in chosen)
        says_none = NONE_OUTPUT in chosen
        candidates = tuple((name, round(float(p), 4)) for name, p in zip(self.outputs, probs)
                           if p >= CANDIDATE and name != NONE_OUTPUT)
        threshold = self.threshold if evidence else max(self.threshold, self.threshold_no_evidence)
        unknown = (
            confidence < threshold
            or (not labels and not says_none)
            or (labels and says_none)
            or not plausible(labels)
        )
        if unknown and (bool(labels) != says_none or not labels) \
                and agrees_with_rule(meta, labels, context):
            # two readings (learnt and lexicon) name the same set (or none: a page the text calls a
            # page, the model naming no anatomy): answer it, also a union the descriptions name
            # word for word ("CT HEAD AND C-SPINE", "pelvis and both hips")
            unknown = False
        if unknown and not says_none:
            # The model is hesitant about one label or a further one ("Head 4.0" in a head and
            # C-spine study, "CTA Kopf/Hals" among head series): answer what the series' own words
            # name rather than fall back on the study's other series, when those words share a
            # region with the model's answer and with the study's words (where they name one: a
            # misread word, "POP" of a duplex read as the Russian lumbar spine, is not answered)
            # and the model gives each of their labels a chance.
            rule, source = F.rule_labels(meta)
            study = F.lexicon_hits(F.tokens_of(meta, F.STUDY_TEXT))[0]
            if source == "series" and rule & set(labels) and plausible(rule) and (not study or rule & study) \
                    and all(p >= CANDIDATE for name, p in zip(self.outputs, probs) if name in rule):
                labels, unknown = tuple(x for x in L.LABELS if x in rule), False
        if unknown:
            return Prediction((), None, confidence, True, "model", self.version, candidates)
        return Prediction(labels, F.laterality(meta, labels), confidence, False, "model",
                          self.version, candidates)

    def predict_many(self, metas: Iterable[Mapping[str, Any]],
                     studies: Iterable[Any] | None = None) -> list[Prediction]:
        """Predictions in order; ``studies`` (optional, same length) gives each series' study
        context (see ``context``): a series whose own fields name nothing takes the
        anatomy of its study's other series.  A malformed context raises ContextError."""
        metas = [F.clean(m) for m in metas]
        if not metas:
            return []
        contexts = [C.normalise(c) for c in studies] if studies is not None else [None] * len(metas)
        if len(contexts) != len(metas):
            raise ValueError("predict_many: one study context per series")
        probs, evidence = self.scored(metas, contexts)
        out = []
        for meta, p, named, ctx in zip(metas, probs, evidence, contexts):
            prediction = whole_body_if_petct(self.decide(C.with_study(meta, ctx), p, named, ctx), meta, ctx)
            learnt = prediction
            if prediction.unknown and ctx:
                prediction = self._from_siblings(meta, ctx) or prediction
            elif ctx and prediction.labels and not F.rule_labels(C.with_study(meta, ctx))[1] \
                    and not C.is_petct(meta, ctx):  # (a PET/CT's nameless CT stays whole body)
                # nothing in the series or its study names an anatomy ("Recon 2"): a learnt guess
                # that shares no region with what the study's other series confidently show
                # gives way to them (a nameless series of a brain study is a brain series)
                siblings = self._from_siblings(meta, ctx)
                if siblings and siblings.labels and not set(siblings.labels) & set(prediction.labels):
                    prediction = siblings
            if prediction is learnt:
                # no field names a region and the study's other series did not answer: a sequence or
                # acquisition name that belongs to one region answers (an MPRAGE is a brain, a "4CH
                # cine" a heart) over no answer or a learnt guess sharing no region with it
                prediction = self._implied(meta, ctx, prediction)
            elif ctx:
                # ... also over the siblings' answer when that is only their learnt guesses for
                # names that say nothing either ("FLAIR_AX", "ADC", "T2_AX" beside "SWI")
                prediction = self._implied(meta, ctx, prediction)
            if ctx and C.is_angio_reformat(meta):
                # a MIP or volume rendering shows the angiography it is made from
                prediction = self._scoped(meta, C.angio_scope(ctx), prediction)
            if C.is_scout(meta) and not (ctx and ctx["series"]) and not prediction.unknown \
                    and str(meta.get("Modality") or "").strip().upper() == "MR" \
                    and not F.rule_labels(C.with_study(meta, ctx))[1]:
                # a lone MR localizer that nothing names plans an exam nobody names: no answer (the
                # model's guess for a nameless MR series leans to the breast MR of its training)
                prediction = replace(prediction, labels=(), laterality=None, unknown=True)
            if ctx and C.is_scout(meta) and not C.is_petct(meta, ctx):  # (a PET/CT's CT is whole body)
                # a scout takes the anatomy of the exam it plans: what its study's series name
                prediction = self._scoped(meta, C.planned(meta, ctx), prediction)
            prediction = by_own_words(prediction, meta, ctx)
            if not prediction.unknown and prediction.laterality is None and ctx \
                    and L.LATERAL_LABELS.intersection(prediction.labels):
                # the side its study description names (given with the context, not the series),
                # else the one its study's other series name
                side = F.laterality(C.with_study(meta, ctx), prediction.labels)
                prediction = replace(prediction, laterality=side or side_from_siblings(prediction.labels, ctx))
            if prediction.laterality is None and prediction.labels == ("BREAST",) \
                    and str(meta.get("Modality") or "").strip().upper() == "US":
                # a breast ultrasound no field or sibling gives a side is of both (the screening
                # survey); a mammography series without a side is left so (per-view series)
                prediction = replace(prediction, laterality="B")
            out.append(prediction)
        return out

    def _scoped(self, meta: Mapping[str, Any], scope: frozenset[str], prediction: Prediction) -> Prediction:
        """``scope`` (what the study's other series name for this series) as the answer, if any."""
        if not scope:
            return prediction
        labels = tuple(x for x in L.LABELS if x in scope)
        return Prediction(labels, F.laterality(meta, labels), prediction.confidence, False, "model",
                          self.version, tuple((x, 1.0) for x in labels))

    def _implied(self, meta: Mapping[str, Any], ctx: Mapping[str, Any] | None, prediction: Prediction) -> Prediction:
        whole = C.with_study(meta, ctx)
        implied = S.implied(meta, F.tokens_of(whole, F.SERIES_TEXT + F.STUDY_TEXT))
        if not implied and ctx:
            # ... or what the names of its study's other series of its modality imply, if they agree
            # ("SWI", "FLAIR_AX" beside an outside MR's nameless "DWI_AX": the brain)
            modality = str(meta.get("Modality") or "").strip().upper()
            found = {S.implied(meta, F.tokens_of(other, F.SERIES_TEXT)) for other in ctx["series"]
                     if str(other.get("Modality") or "").strip().upper() == modality} - {frozenset()}
            implied = next(iter(found)) if len(found) == 1 else frozenset()
        if not implied or not (prediction.unknown or implied.isdisjoint(prediction.labels)) \
                or F.rule_labels(whole)[1]:  # (something is named, or the series is a page)
            return prediction
        return self._scoped(meta, implied, prediction)

    def _from_siblings(self, meta: Mapping[str, Any], ctx: Mapping[str, Any]) -> Prediction | None:
        """The most common confident answer among the study's other series of this modality
        (else of any modality), scouts and pages without anatomy aside."""
        others = [m for m in ctx["series"] if not C.is_aside(m)]
        if not others:
            return None
        answers = [p for p in self.predict_many(others, [{"StudyDescription": ctx.get("StudyDescription"),
                                                          "series": []}] * len(others))
                   if not p.unknown and p.labels]
        modality = str(meta.get("Modality") or "").upper()
        same = [p for p, m in zip(answers, others) if str(m.get("Modality") or "").upper() == modality]
        pool = same or answers
        if not pool:
            return None
        best = C.consensus([frozenset(p.labels) for p in pool])
        labels = tuple(x for x in L.LABELS if x in best)
        confidence = min(p.confidence for p in pool if frozenset(p.labels) == best)
        return Prediction(labels, F.laterality(meta, labels), confidence, False, "model", self.version,
                          tuple((x, confidence) for x in labels))

    def predict_series(self, meta: Mapping[str, Any], study: Any = None) -> Prediction:
        return self.predict_many([meta], None if study is None else [study])[0]


_default: AnatomyModel | None = None
_default_lock = threading.Lock()


def default_model() -> AnatomyModel:
    """The shipped model, loaded once per process."""
    global _default
    with _default_lock:
        if _default is None:
            _default = AnatomyModel()
        return _default


def predict_series(meta: Mapping[str, Any], study: Any = None) -> Prediction:
    """Anatomy of one series from its metadata (DICOM keyword -> value), optionally with its
    study context ``{"StudyDescription": ..., "series": [other series' metadata, ...]}``."""
    return default_model().predict_series(meta, study)


def predict_many(metas: Iterable[Mapping[str, Any]], studies: Iterable[Any] | None = None) -> list[Prediction]:
    return default_model().predict_many(metas, studies)
