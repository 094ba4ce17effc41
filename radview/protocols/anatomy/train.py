"""`radview anatomy train`: fit the anatomy model and write it as ONNX.

Sources: the IDC series of the *training* collections (reference labels per
``reference.py``), generated lexicon examples (``synthetic.py``) and, if
given, the user corrections stored in local databases (``store.py``).  Every
IDC series is used with and without BodyPartExamined and with and without its
study context (the study's other series), so the model works when either is
missing.  Identical inputs are merged with weight
1 + ln(count) so the 200 k chest CTs of NLST do not drown everything else.

Model: one logistic regression per output over the hashed features, fitted
jointly with scipy's L-BFGS, exported as a small hand-built ONNX graph
``sigmoid(x @ W + b)`` with the label list, feature settings, decision
threshold and version in the model's metadata.  The threshold is chosen on
a validation part of the training collections (never the held-out ones).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from radview.errors import RadviewError
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.model import NONE_OUTPUT

OUTPUTS: tuple[str, ...] = L.LABELS + (NONE_OUTPUT,)
MODEL_FORMAT = "2"  # 2: the graph takes the non-zero columns (1: the whole vector)
CORRECTION_WEIGHT = 5.0
BPE_ONLY_WEIGHT = 0.3
MAX_PER_COLLECTION = 6000
NO_EVIDENCE_WRONG_COST = 10.0
L2 = 3e-6
SYNTHETIC_WEIGHT = 2.0
MAX_BALANCE = 30.0


class Example:
    __slots__ = ("meta", "labels", "weight", "group", "context")

    def __init__(self, meta: dict[str, Any], labels: frozenset[str], weight: float, group: str,
                 context: dict[str, Any] | None = None):
        self.meta, self.labels, self.weight, self.group = meta, labels, weight, group
        self.context = context


_context_keys: dict[int, str] = {}


def _context_key(context: dict[str, Any] | None) -> str:
    """A stable digest of a study context (contexts are shared objects: digest each once)."""
    if context is None:
        return ""
    key = _context_keys.get(id(context))
    if key is None:
        key = hashlib.sha256(json.dumps(context, sort_keys=True, default=str).encode()).hexdigest()[:16]
        _context_keys[id(context)] = key
    return key


def _key(meta: dict[str, Any], labels: frozenset[str], context: dict[str, Any] | None = None) -> str:
    return json.dumps([sorted(meta.items()), sorted(labels), _context_key(context)], default=str)


def merge(pairs: Iterable[tuple]) -> list[Example]:
    """Merge identical (metadata, labels, context) rows; weight factor * (1 + ln(count))."""
    counts: dict[str, list] = {}
    for meta, labels, group, factor, *rest in pairs:
        context = rest[0] if rest else None
        k = _key(meta, labels, context)
        if k in counts:
            counts[k][2] += 1
        else:
            counts[k] = [meta, labels, 1, group, factor, context]
    return [Example(m, lab, f * (1.0 + math.log(n)), g, c) for m, lab, n, g, f, c in counts.values()]


def without_bodypart(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != "BodyPartExamined"}


def cap_per_group(examples: list[Example], cap: int) -> list[Example]:
    """At most ``cap`` distinct examples per collection, chosen by a fixed hash (reproducible)."""
    groups: dict[str, list[Example]] = {}
    for ex in examples:
        groups.setdefault(ex.group, []).append(ex)
    out = []
    for members in groups.values():
        if len(members) > cap:
            members = sorted(members, key=lambda e: hashlib.sha256(
                _key(e.meta, e.labels, e.context).encode()).hexdigest())[:cap]
        out.extend(members)
    return out


def idc_examples(log=print, validation: list | None = None) -> tuple[list[Example], str]:
    """Training rows from IDC: each series with and without BodyPartExamined, with and
    without its study context.

    A copy without BodyPartExamined whose label came only from that field is
    down-weighted (nothing left in it names the anatomy: the model should learn to
    be unsure there, not to guess from scanner kernels).  Series labelled by a weak
    collection default alone are not trained on.
    """
    from radview.protocols.anatomy import idc

    stats: dict[str, int] = {}
    pairs = []
    for s in idc.labelled_series(held_out=False, stats=stats):
        if validation is not None and _validation_collection(s.collection_id):
            validation.append(s)  # every labelled series, weak defaults too: for choosing thresholds
        if s.evidence == "collection:weak":
            continue
        bare = without_bodypart(s.meta)
        bpe_factor = {"bodypart": BPE_ONLY_WEIGHT}.get(s.evidence, 1.0)
        for context in ((None, s.context) if s.context else (None,)):
            pairs.append((s.meta, s.labels, s.collection_id, 1.0, context))
            if "BodyPartExamined" in s.meta:
                pairs.append((bare, s.labels, s.collection_id, bpe_factor, context))
    log(f"IDC training collections: {sum(v for k, v in stats.items() if k.startswith('labelled'))} "
        f"labelled series; left out: " + ", ".join(
            f"{k} {v}" for k, v in sorted(stats.items()) if not k.startswith("labelled")))
    examples = cap_per_group(merge(pairs), MAX_PER_COLLECTION)
    log(f"  {len(pairs)} training rows (with and without BodyPartExamined) -> {len(examples)} distinct "
        f"(at most {MAX_PER_COLLECTION} per collection)")
    return examples, idc.index_version()


def synthetic_examples(seed: int) -> list[Example]:
    from radview.protocols.anatomy import synthetic

    out = [Example(m, lab, SYNTHETIC_WEIGHT, "synthetic") for m, lab in synthetic.generate(seed)]
    out += [Example(m, lab, SYNTHETIC_WEIGHT, "synthetic", C.normalise(ctx))
            for m, lab, ctx in synthetic.neuro_studies(seed)]
    out += [Example(m, lab, SYNTHETIC_WEIGHT, "synthetic", C.normalise(ctx))
            for m, lab, ctx in synthetic.gated_studies(seed)]
    out += [Example(m, lab, SYNTHETIC_WEIGHT, "synthetic") for m, lab in synthetic.unions(seed)]
    return out


def balance(examples: Sequence[Example]) -> None:
    """Up-weight examples of rare labels (sqrt of the inverse frequency, capped), so that
    limbs and spine are not drowned by 100 k chest and breast series."""
    totals: dict[str, float] = {}
    for ex in examples:
        for label in ex.labels or (NONE_OUTPUT,):
            totals[label] = totals.get(label, 0.0) + ex.weight
    if not totals:
        return
    reference = float(np.median(list(totals.values())))
    for ex in examples:
        rarest = min(totals[label] for label in (ex.labels or (NONE_OUTPUT,)))
        ex.weight *= float(np.clip(math.sqrt(reference / rarest), 1.0, MAX_BALANCE))


def correction_examples(db_paths: Sequence[str | Path]) -> list[Example]:
    from radview.protocols.anatomy import store

    out = []
    for path in db_paths:
        if not Path(path).is_file():
            raise RadviewError(f"corrections database not found: {path}")
        for row in store.corrections(str(path)):
            if row["metadata"]:
                out.append(Example(row["metadata"], frozenset(row["labels"]), CORRECTION_WEIGHT,
                                   "correction"))
    return out


def design(examples: Sequence[Example]):
    """Sparse feature matrix, target matrix and weights."""
    from scipy import sparse

    indptr, indices, values = [0], [], []
    for ex in examples:
        idx, val = C.sparse_row(ex.meta, ex.context)
        indices.extend(idx)
        values.extend(val)
        indptr.append(len(indices))
    X = sparse.csr_matrix((np.asarray(values, np.float32), np.asarray(indices, np.int32),
                           np.asarray(indptr, np.int64)), shape=(len(examples), F.DIMENSION))
    Y = np.zeros((len(examples), len(OUTPUTS)), dtype=np.int8)
    for row, ex in enumerate(examples):
        for label in ex.labels:
            Y[row, OUTPUTS.index(label)] = 1
        if not ex.labels:
            Y[row, OUTPUTS.index(NONE_OUTPUT)] = 1
    w = np.asarray([ex.weight for ex in examples], dtype=np.float64)
    return X, Y, w


def fit(X, Y: np.ndarray, w: np.ndarray, l2: float = L2, max_iter: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """Weights (DIMENSION x outputs) and biases: independent logistic regressions per
    output, fitted jointly (one sparse product per step) with L-BFGS and an L2 penalty."""
    from scipy.optimize import minimize

    n_out = Y.shape[1]
    Xt = X.T.tocsr()
    Yf = Y.astype(np.float64)
    w = w / w.sum()
    wc = w[:, None]

    def loss_grad(theta: np.ndarray):
        W = theta[:-n_out].reshape(X.shape[1], n_out)
        b = theta[-n_out:]
        z = X @ W + b
        # log(1 + exp(z)) - y z, computed stably
        loss = float(np.sum(wc * (np.logaddexp(0.0, z) - Yf * z))) + 0.5 * l2 * float(np.sum(W * W))
        r = wc * (1.0 / (1.0 + np.exp(-z)) - Yf)
        gW = Xt @ r + l2 * W
        gb = r.sum(axis=0)
        return loss, np.concatenate([np.asarray(gW).ravel(), gb])

    theta0 = np.zeros(X.shape[1] * n_out + n_out)
    res = minimize(loss_grad, theta0, jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter, "maxcor": 10})
    W = res.x[:-n_out].reshape(X.shape[1], n_out).astype(np.float32)
    b = res.x[-n_out:].astype(np.float32)
    return W, b


def probabilities(X, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    z = np.asarray(X @ W) + b
    return 1.0 / (1.0 + np.exp(-z))


def choose_threshold(probs: np.ndarray, Y: np.ndarray, w: np.ndarray, wrong_cost: float = 3.0) -> float:
    """Confidence threshold maximising correct - wrong_cost * wrong (unknown scores 0)."""
    from radview.protocols.anatomy.model import plausible

    conf = np.min(np.maximum(probs, 1 - probs), axis=1)
    pred = probs >= 0.5
    correct = np.all(pred == Y.astype(bool), axis=1)
    valid = np.array([
        (pred[i, :-1].any() != pred[i, -1]) and plausible(
            [OUTPUTS[k] for k in np.flatnonzero(pred[i, :-1])]) for i in range(len(pred))])
    best, best_t = -math.inf, 0.5
    for t in np.arange(0.5, 0.995, 0.005):
        known = valid & (conf >= t)
        score = float(np.sum(w[known & correct]) - wrong_cost * np.sum(w[known & ~correct]))
        if score > best:
            best, best_t = score, float(t)
    return round(best_t, 3)


def anatomy_graph(W: np.ndarray, b: np.ndarray):
    """The model's ONNX graph: sigmoid(x W + b) from x's non-zero columns only.

    ``indices`` (K,) names the columns, ``values`` (N, K) holds them; the graph gathers those
    K rows of W (a series uses ~100 of the 32768), so a prediction reads kilobytes of
    weights instead of all 2.9 MB."""
    from onnx import TensorProto, helper, numpy_helper

    n_out = W.shape[1]
    return helper.make_graph(
        [helper.make_node("Gather", ["W", "indices"], ["rows"], axis=0),
         helper.make_node("MatMul", ["values", "rows"], ["logits0"]),
         helper.make_node("Add", ["logits0", "b"], ["logits"]),
         helper.make_node("Sigmoid", ["logits"], ["probabilities"])],
        "radview_anatomy",
        [helper.make_tensor_value_info("indices", TensorProto.INT64, ["K"]),
         helper.make_tensor_value_info("values", TensorProto.FLOAT, ["N", "K"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", n_out])],
        initializer=[numpy_helper.from_array(W.astype(np.float32), "W"),
                     numpy_helper.from_array(b.astype(np.float32), "b")],
    )


def export_onnx(path: Path, W: np.ndarray, b: np.ndarray, *, threshold: float, version: str,
                provenance: dict[str, Any], threshold_no_evidence: float | None = None) -> None:
    import onnx
    from onnx import helper

    graph = anatomy_graph(W, b)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                              producer_name="radview anatomy train")
    model.ir_version = 8  # readable by onnxruntime >= 1.17
    meta = {
        "labels": json.dumps(list(OUTPUTS)),
        "version": version,
        "feature_settings": json.dumps(F.FEATURE_SETTINGS),
        "threshold": str(threshold),
        "threshold_no_evidence": str(threshold_no_evidence if threshold_no_evidence is not None
                                     else threshold),
        "model_format": MODEL_FORMAT,
        "provenance": json.dumps(provenance),
    }
    for k, v in meta.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = k, v
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(model.SerializeToString())
    tmp.replace(path)


def _named(ex: Example) -> bool:
    """Whether the series' fields or its study context name the anatomy (see model.decide)."""
    return C.has_evidence(ex.meta, ex.context)


def _validation_collection(cid: str) -> bool:
    """A fixed fifth of the *training* collections, for choosing the threshold."""
    return hashlib.sha256(("validation:" + cid).encode()).hexdigest()[0] in "012"


def _calibrate(W: np.ndarray, b: np.ndarray, validation: list, out: Path, log,
               keep: Path | None = None) -> tuple[float, float]:
    """Thresholds chosen by ``calibrate.choose`` on the series of the validation collections,
    with the model fitted without them (written to a scratch file beside ``out``; kept as
    ``keep`` with the chosen thresholds when given, for ``evaluate --validation``)."""
    from radview.protocols.anatomy import calibrate
    from radview.protocols.anatomy.cases import Case
    from radview.protocols.anatomy.model import AnatomyModel

    scratch = out.with_name(out.stem + ".calibration.onnx")
    export_onnx(scratch, W, b, threshold=0.5, version="calibration", provenance={})
    try:
        chosen = calibrate.choose(AnatomyModel(scratch), [
            Case(s.meta, s.labels, s.laterality, s.collection_id, s.context) for s in validation], log=log)
    finally:
        scratch.unlink(missing_ok=True)
    if keep is not None:
        export_onnx(keep, W, b, threshold=chosen["threshold"], version="development",
                    provenance={"final": False}, threshold_no_evidence=chosen["threshold_no_evidence"])
        log(f"  development model (validation collections left out) written to {keep}")
    return chosen["threshold"], chosen["threshold_no_evidence"]


def train(out: Path, *, use_idc: bool = True, corrections: Sequence[str] = (), seed: int = 20261122,
          final: bool = True, extra: Sequence[Example] = (), log=print,
          development_out: Path | None = None) -> dict[str, Any]:
    if development_out is not None and not use_idc:
        raise RadviewError("a development model is fitted without the validation collections of the IDC "
                           "index: --keep-development needs the IDC index (drop --no-idc)")
    started = time.perf_counter()
    examples: list[Example] = []
    idc_version = "none"
    validation: list = []
    if use_idc:
        idc_examples_, idc_version = idc_examples(log, validation)
        examples += idc_examples_
    synth = synthetic_examples(seed)
    fixes = correction_examples(corrections)
    examples += synth + fixes + list(extra)
    log(f"  + {len(synth)} generated lexicon examples, {len(fixes)} local corrections, "
        f"{len(extra)} extra")
    if not examples:
        raise RadviewError("nothing to train on")
    balance(examples)

    threshold, threshold_no_evidence = 0.7, 0.9
    val = [i for i, ex in enumerate(examples) if ex.group not in ("synthetic", "correction")
           and _validation_collection(ex.group)]
    if val:
        val_set = set(val)
        fit_idx = [i for i in range(len(examples)) if i not in val_set]
        X, Y, w = design(examples)
        W, b = fit(X[fit_idx], Y[fit_idx], w[fit_idx])
        if validation:  # through the whole run-time decision, with and without BodyPartExamined
            threshold, threshold_no_evidence = _calibrate(W, b, validation, out, log, development_out)
        else:  # no IDC series aside (corrections only): the fitted rows' own probabilities
            probs = probabilities(X[val], W, b)
            threshold = choose_threshold(probs, Y[val], w[val])
            bare = np.array([not _named(examples[i]) for i in val])
            if bare.any():
                threshold_no_evidence = max(threshold, choose_threshold(
                    probs[bare], Y[val][bare], w[val][bare], wrong_cost=NO_EVIDENCE_WRONG_COST))
        log(f"  thresholds {threshold} / {threshold_no_evidence} (no anatomy named in any field) "
            f"chosen on the validation fifth "
            f"({len({examples[i].group for i in val})} training collections held aside)")
    else:
        X, Y, w = design(examples)
    if final or not val:
        W, b = fit(X, Y, w)
    digest = hashlib.sha256(W.tobytes() + b.tobytes()).hexdigest()[:10]
    from radview import __version__

    version = f"{__version__}+f{F.FEATURE_VERSION}.idc{idc_version}.{digest}"
    provenance = {"idc_index_data": idc_version, "examples": len(examples), "seed": seed, "l2": L2,
                  "final": final,
                  "corrections": len(fixes), "split": "sha256(collection_id)[0] in c,d,e,f held out"}
    export_onnx(out, W, b, threshold=threshold, version=version, provenance=provenance,
                threshold_no_evidence=threshold_no_evidence)
    seconds = time.perf_counter() - started
    log(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB), version {version}, {seconds:.0f} s")
    return {"path": str(out), "version": version, "threshold": threshold,
            "threshold_no_evidence": threshold_no_evidence, "examples": len(examples),
            "seconds": seconds}
