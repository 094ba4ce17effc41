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
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from radview.errors import RadviewError
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy import sequences as S
from radview.protocols.anatomy.hips import by_hip_study
from radview.protocols.anatomy.labels import plausible
from radview.protocols.anatomy.own_words import by_own_words, is_lung_recon
from radview.protocols.anatomy.pregnancy import by_pregnancy
from radview.protocols.anatomy.prediction import Prediction
from radview.protocols.anatomy.runoff import by_runoff

MODEL_RESOURCE = "anatomy.onnx"
NONE_OUTPUT = "NONE"
BATCH = 256  # series per run of the graph


class AnatomyModelError(RadviewError):
    """The anatomy model file is missing, unreadable or does not fit this code."""


def default_model_path() -> Path:
    return Path(str(resources.files("radview.resources") / "anatomy" / MODEL_RESOURCE))


CANDIDATE = 0.2  # a label the model gives this chance is one it considered (``label_confidence``)


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
            or not C.is_petct(meta, context) or F.is_cardiac(C.with_study(meta, context)) \
            or (labels == {"CHEST"} and is_lung_recon(meta)):  # (its lung recon keeps to the chest)
        return prediction
    return replace(prediction, labels=L.WHOLE_BODY, laterality=None)


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
        inputs = {i.name for i in self.session.get_inputs()}
        # the graph takes the vectors' non-zero columns (see train.export_onnx); a model written
        # before (format 1) takes the whole 32768-wide vectors
        self.sparse = inputs == {"indices", "values"}
        if not self.sparse and len(inputs) != 1:
            raise AnatomyModelError(f"anatomy model {self.path} has unexpected inputs {sorted(inputs)}")
        self.input_name = self.session.get_inputs()[0].name
        self._lock = threading.Lock()

    def probabilities(self, rows: list[dict[int, float]]) -> np.ndarray:
        """One probability per output for each feature vector, given by its non-zero entries."""
        if not rows:
            return np.zeros((0, len(self.outputs)), dtype=np.float32)
        if not self.sparse:
            vectors = np.zeros((len(rows), F.DIMENSION), dtype=np.float32)
            for vec, acc in zip(vectors, rows):
                vec[list(acc)] = list(acc.values())
            feeds = {self.input_name: vectors}
        else:
            # the columns any of these vectors uses: a series has ~100 of the 32768, so the graph
            # gathers ~100 rows of its weights instead of multiplying a mostly-zero vector by all
            columns = sorted(set().union(*rows)) or [0]
            at = {c: k for k, c in enumerate(columns)}
            values = np.zeros((len(rows), len(columns)), dtype=np.float32)
            for r, acc in enumerate(rows):
                for c, v in acc.items():
                    values[r, at[c]] = v
            feeds = {"indices": np.array(columns, dtype=np.int64), "values": values}
        with self._lock:  # one session, many threads (the app calls from workers)
            return self.session.run(None, feeds)[0]

    def scored(self, metas: list[dict[str, Any]], contexts: list[dict[str, Any] | None]
               ) -> tuple[np.ndarray, list[bool]]:
        """Probabilities and evidence flags (see ``context.has_evidence``) of cleaned series."""
        rows = [C.entries(meta, ctx) for meta, ctx in zip(metas, contexts)]
        # batches of BATCH: the gathered values stay small however many series are asked at once
        probs = [self.probabilities([acc for acc, _ in rows[i:i + BATCH]])
                 for i in range(0, len(rows), BATCH)]
        return np.concatenate(probs), [named for _, named in rows]

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
            likely = all(p >= CANDIDATE for name, p in zip(self.outputs, probs) if name in rule)
            if source == "series" and rule & set(labels) and plausible(rule) and (not study or rule & study) \
                    and likely:
                labels, unknown = tuple(x for x in L.LABELS if x in rule), False
            elif source == "study" and labels and set(labels) < rule and plausible(rule) and likely:
                # ... and where only the study names it, the study's range when the model is sure of
                # part of it and gives the rest a chance ("CTA Bein li.": the vessels of the whole
                # leg, of which the model is sure of the lower leg alone)
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
        implied_by_siblings: dict[tuple[int, str], frozenset[str]] = {}  # per study and modality
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
                prediction = self._implied(meta, ctx, prediction, implied_by_siblings)
            elif ctx:
                # ... also over the siblings' answer when that is only their learnt guesses for
                # names that say nothing either ("FLAIR_AX", "ADC", "T2_AX" beside "SWI")
                prediction = self._implied(meta, ctx, prediction, implied_by_siblings)
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
            prediction = by_pregnancy(prediction, meta, ctx)
            prediction = by_hip_study(prediction, meta, ctx)
            prediction = by_runoff(prediction, meta, ctx)
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

    def _implied(self, meta: Mapping[str, Any], ctx: Mapping[str, Any] | None, prediction: Prediction,
                 cache: dict[tuple[int, str], frozenset[str]]) -> Prediction:
        whole = C.with_study(meta, ctx)
        implied = S.implied(meta, F.tokens_of(whole, F.SERIES_TEXT + F.STUDY_TEXT))
        if not implied and ctx:
            # ... or what the names of its study's other series of its modality imply, if they agree
            # ("SWI", "FLAIR_AX" beside an outside MR's nameless "DWI_AX": the brain); once per
            # study and modality (the series of one study share their siblings but for themselves,
            # and a series that implied a region itself has not come here)
            modality = str(meta.get("Modality") or "").strip().upper()
            key = (id(ctx), modality)
            if key not in cache:
                found = {S.implied(meta, F.tokens_of(other, F.SERIES_TEXT)) for other in ctx["series"]
                         if str(other.get("Modality") or "").strip().upper() == modality} - {frozenset()}
                cache[key] = next(iter(found)) if len(found) == 1 else frozenset()
            implied = cache[key]
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
