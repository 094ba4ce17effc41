"""Choosing the decision thresholds on the validation fifth of the TRAINING collections.

The model answers "unknown" when its confidence is under ``threshold`` (under
``threshold_no_evidence`` where nothing in the series, its study description or
its study's other series names any anatomy).  Both are chosen here, on a model
fitted without the validation collections (``train._validation_collection``),
through the whole run-time decision (agreement with the rule, PET/CT, the study
context and the study's other series) and in both conditions the product meets:
with BodyPartExamined and without it (the other series lose it too).  Never on
the held-out collections.

Objective, stated before looking at any figure: maximise the exact-set accuracy
(an unknown counts as wrong), the mean of the two conditions, subject to
- answered precision >= ``FLOOR`` (0.98) in each condition: a wrong anatomy hangs
  a wrong prior beside the current image and a reader may not notice, while an
  unknown only puts the series in the unassigned tray; BodyPartExamined, which
  today's hanging relies on, is wrong about one series in seven, so wrong answers
  must stay an order of magnitude rarer than that;
- answered precision >= ``FLOOR_NO_EVIDENCE`` (0.90) among the series where nothing
  names the anatomy (an answer there is a prior from modality, scanner words and
  the like, so it must still be right nine times in ten to beat the tray).
Ties go to the higher (more cautious) thresholds.

Series are weighted per collection x modality stratum (each stratum counts as
the square root of its size), the same stratification the evaluation sets use,
so that the 22 000 breast tomosynthesis series of one collection do not decide
alone.  The reference labels here are this package's derived labels (see
``reference.py``), not an independent reading: the figures are for choosing, not
for reporting accuracy.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import cases as E
from radview.protocols.anatomy.model import AnatomyModel

FLOOR = 0.98
FLOOR_NO_EVIDENCE = 0.90
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.5, 0.951, 0.05))
NO_EVIDENCE_THRESHOLDS = THRESHOLDS + (0.97, 0.99, 1.01)  # 1.01: never answer without evidence


def memoise(model: AnatomyModel) -> AnatomyModel:
    """Cache the model's probabilities per (series, context), so a threshold grid only re-decides."""
    cache: dict[str, tuple[np.ndarray, bool]] = {}
    scored = model.scored

    def cached(metas, contexts):
        keys = [json.dumps([m, c], sort_keys=True, default=str) for m, c in zip(metas, contexts)]
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            probs, evidence = scored([metas[i] for i in missing], [contexts[i] for i in missing])
            for i, p, e in zip(missing, probs, evidence):
                cache[keys[i]] = (p, e)
        return np.array([cache[k][0] for k in keys]), [cache[k][1] for k in keys]

    model.scored = cached  # type: ignore[method-assign]

    # A nameless or unknown series asks its study's other series (``_from_siblings``), each
    # predicted alone with the study description: in a study of n series that is n^2 decisions
    # per grid point.  Those lone predictions depend only on (series, description, thresholds),
    # so they are decided once per grid point; the answers are the same, only faster.
    lone: dict[Any, Any] = {}
    predict_many = model.predict_many

    def predict_cached(metas, studies=None):
        metas = list(metas)
        studies = list(studies) if studies is not None else [None] * len(metas)
        if any(s and (s.get("series") if isinstance(s, dict) else s) for s in studies):
            return predict_many(metas, studies)
        thresholds = (model.threshold, model.threshold_no_evidence)
        keys = [_lone_key(thresholds, m, s) for m, s in zip(metas, studies)]
        missing = [i for i, k in enumerate(keys) if k not in lone]
        if missing:
            for i, p in zip(missing, predict_many([metas[i] for i in missing], [studies[i] for i in missing])):
                lone[keys[i]] = p
        return [lone[k] for k in keys]

    model.predict_many = predict_cached  # type: ignore[method-assign]
    return model


def _lone_key(thresholds: tuple, meta: dict[str, Any], study: Any) -> Any:
    """A cheap key of one series (flat metadata: a tuple; else its JSON) with its study."""
    description = study.get("StudyDescription") if isinstance(study, dict) else None
    try:
        key = (thresholds, description, tuple(sorted(meta.items())))
        hash(key)
        return key
    except TypeError:  # list or dict values (code sequences)
        return (thresholds, description, json.dumps(meta, sort_keys=True, default=str))


def weighted_cases(cases: Iterable[E.Case]) -> tuple[list[E.Case], np.ndarray]:
    """Distinct (metadata, context, labels) cases with stratum weights summed."""
    cases = list(cases)
    strata = Counter((c.group, str(c.meta.get("Modality") or "")) for c in cases)
    index: dict[str, int] = {}
    unique: list[E.Case] = []
    weights: list[float] = []
    for c in cases:
        key = json.dumps([c.meta, c.study, sorted(c.labels)], sort_keys=True, default=str)
        w = 1.0 / math.sqrt(strata[(c.group, str(c.meta.get("Modality") or ""))])
        if key not in index:
            index[key] = len(unique)
            unique.append(c)
            weights.append(0.0)
        weights[index[key]] += w
    return unique, np.asarray(weights)


def _no_bpe_context(study):
    return dict(study, series=[E._drop_bpe(m) for m in study["series"]]) if study else None


def evidence_flags(cases: Sequence[E.Case], *, bodypart: bool) -> np.ndarray:
    """Whether anything names the anatomy, as the model decides it (per condition)."""
    if bodypart:
        return np.array([C.has_evidence(c.meta, c.study) for c in cases])
    return np.array([C.has_evidence(E._drop_bpe(c.meta), _no_bpe_context(c.study)) for c in cases])


def measure(model: AnatomyModel, cases: Sequence[E.Case], weights: np.ndarray,
            evidence: dict[bool, np.ndarray]) -> dict[str, dict[str, float]]:
    """Weighted exact set, unknown rate, answered precision (all and where nothing names the
    anatomy) with and without BodyPartExamined, at the model's current thresholds."""
    out = {}
    total = float(weights.sum())
    for name, bodypart in (("all_fields", True), ("no_bpe", False)):
        answers = E.model_answers(model, cases, bodypart=bodypart, study=True)
        answered = np.array([not u for _, _, u in answers])
        correct = np.array([(not u) and lab == c.labels for c, (lab, _, u) in zip(cases, answers)])
        bare = ~evidence[bodypart]
        w_ans, w_bare_ans = float(weights[answered].sum()), float(weights[answered & bare].sum())
        out[name] = {
            "exact": float(weights[correct].sum()) / total,
            "unknown": 1.0 - w_ans / total,
            "precision": float(weights[correct].sum()) / w_ans if w_ans else 1.0,
            "no_evidence_share": float(weights[bare].sum()) / total,
            "no_evidence_precision": float(weights[correct & bare].sum()) / w_bare_ans if w_bare_ans else 1.0,
        }
    return out


def feasible(m: dict[str, dict[str, float]]) -> bool:
    return all(m[k]["precision"] >= FLOOR and m[k]["no_evidence_precision"] >= FLOOR_NO_EVIDENCE
               for k in ("all_fields", "no_bpe"))


def choose(model: AnatomyModel, cases: Iterable[E.Case], log=print) -> dict[str, Any]:
    """(threshold, threshold_no_evidence) by the objective above; the grid's figures too."""
    unique, weights = weighted_cases(cases)
    model = memoise(model)
    evidence = {b: evidence_flags(unique, bodypart=b) for b in (True, False)}
    grid = []
    best = None
    for t in THRESHOLDS:
        for tn in NO_EVIDENCE_THRESHOLDS:
            if tn < t:
                continue
            model.threshold, model.threshold_no_evidence = t, tn
            m = measure(model, unique, weights, evidence)
            score = (m["all_fields"]["exact"] + m["no_bpe"]["exact"]) / 2
            grid.append({"threshold": t, "threshold_no_evidence": tn, "score": score,
                         "feasible": feasible(m), **m})
            if feasible(m) and (best is None or score >= best["score"] - 1e-12):
                best = grid[-1]
    if best is None:  # nothing meets the floors: the most cautious point
        best = max(grid, key=lambda g: (g["threshold"], g["threshold_no_evidence"]))
    for g in grid:
        if g is best or (g["feasible"] and g["score"] > best["score"] - 0.002):
            log(_line(g, "chosen" if g is best else "near"))
    log(f"  thresholds chosen on {len(unique)} distinct validation series: "
        f"{best['threshold']} / {best['threshold_no_evidence']} (floors {FLOOR} / {FLOOR_NO_EVIDENCE})")
    return {"threshold": best["threshold"], "threshold_no_evidence": best["threshold_no_evidence"],
            "chosen": best, "grid": grid, "distinct_series": len(unique)}


def _line(g: dict[str, Any], tag: str) -> str:
    a, b = g["all_fields"], g["no_bpe"]
    return (f"  {tag:7} t={g['threshold']:.2f}/{g['threshold_no_evidence']:.2f}  all fields: exact "
            f"{100 * a['exact']:.2f} % unknown {100 * a['unknown']:.2f} % precision {100 * a['precision']:.2f} %"
            f" | no BPE: exact {100 * b['exact']:.2f} % unknown {100 * b['unknown']:.2f} % precision "
            f"{100 * b['precision']:.2f} % (nothing named: {100 * b['no_evidence_share']:.1f} % of series, "
            f"precision {100 * b['no_evidence_precision']:.1f} %)")


def report(model: AnatomyModel, cases: Iterable[E.Case]) -> dict[str, Any]:
    """The validation figures of a model at its own thresholds (``evaluate --validation``)."""
    unique, weights = weighted_cases(cases)
    evidence = {b: evidence_flags(unique, bodypart=b) for b in (True, False)}
    m = measure(model, unique, weights, evidence)
    return {"distinct_series": len(unique), "threshold": model.threshold,
            "threshold_no_evidence": model.threshold_no_evidence, **m}
