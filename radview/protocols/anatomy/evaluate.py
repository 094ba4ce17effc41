"""`radview anatomy evaluate`: accuracy against reference labels, plus speed and size.

Figures, each with and without BodyPartExamined in the input:
- exact label-set accuracy over all series (an "unknown" answer counts as wrong),
  coverage (share not unknown) and accuracy on the covered series;
- per-label F1; laterality accuracy where the reference has a side;
- the baseline "BodyPartExamined mapped to the label set" (missing -> no answer);
- accuracy by the kind of evidence the reference came from;
- inference time per series (median of single-series calls) and model size.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radview.errors import UsageError
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.model import AnatomyModel, default_model


@dataclass(frozen=True)
class Case:
    meta: dict[str, Any]
    labels: frozenset[str]
    laterality: str | None
    group: str = ""
    evidence: str = ""


def load_jsonl(path: Path) -> list[Case]:
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            meta = rec.get("meta", {k: v for k, v in rec.items() if k not in ("labels", "laterality")})
            labels = frozenset(rec["labels"])
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise UsageError(f"{path}:{n}: expected {{\"meta\": {{...}}, \"labels\": [...]}}: {exc}") from None
        bad = labels - set(L.LABELS)
        if bad:
            raise UsageError(f"{path}:{n}: unknown labels {sorted(bad)}")
        cases.append(Case(meta, labels, rec.get("laterality"), rec.get("group", ""), "file"))
    if not cases:
        raise UsageError(f"{path}: no labelled records")
    return cases


def load_idc(*, validation: bool) -> list[Case]:
    from radview.protocols.anatomy import idc
    from radview.protocols.anatomy.train import _validation_collection

    series = idc.labelled_series(held_out=not validation)
    return [Case(s.meta, s.labels, s.laterality, s.collection_id, s.evidence) for s in series
            if not validation or _validation_collection(s.collection_id)]


def _predict_unique(model: AnatomyModel, metas: Sequence[dict[str, Any]]):
    keys = [json.dumps(m, sort_keys=True, default=str) for m in metas]
    unique = dict.fromkeys(keys)
    ordered = list(unique)
    preds = model.predict_many([json.loads(k) for k in ordered])
    lookup = dict(zip(ordered, preds))
    return [lookup[k] for k in keys]


def _scores(cases: Sequence[Case], predicted: Sequence[tuple[frozenset[str], str | None, bool]]) -> dict[str, Any]:
    n = len(cases)
    correct = known = known_correct = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    side_total = side_correct = 0
    by_evidence: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, (labels, side, unknown) in zip(cases, predicted):
        ok = not unknown and labels == case.labels
        correct += ok
        known += not unknown
        known_correct += ok
        by_evidence[case.evidence][0] += 1
        by_evidence[case.evidence][1] += ok
        for label in L.LABELS:
            if label in labels and label in case.labels:
                tp[label] += 1
            elif label in labels:
                fp[label] += 1
            elif label in case.labels:
                fn[label] += 1
        if case.laterality and case.labels & L.LATERAL_LABELS:
            side_total += 1
            side_correct += side == case.laterality
    f1 = {}
    for label in L.LABELS:
        denom = 2 * tp[label] + fp[label] + fn[label]
        if tp[label] + fn[label]:
            f1[label] = {"f1": round(2 * tp[label] / denom, 4) if denom else 0.0,
                         "support": tp[label] + fn[label]}
    return {
        "series": n,
        "exact": round(correct / n, 4) if n else 0.0,
        "coverage": round(known / n, 4) if n else 0.0,
        "exact_on_covered": round(known_correct / known, 4) if known else 0.0,
        "per_label_f1": f1,
        "laterality": {"series": side_total,
                       "accuracy": round(side_correct / side_total, 4) if side_total else None},
        "by_evidence": {k: {"series": v[0], "exact": round(v[1] / v[0], 4)} for k, v in sorted(by_evidence.items())},
    }


def _model_answers(model, cases: Sequence[Case], drop_bodypart: bool):
    metas = [{k: v for k, v in c.meta.items() if not (drop_bodypart and k == "BodyPartExamined")}
             for c in cases]
    return [(frozenset(p.labels), p.laterality, p.unknown) for p in _predict_unique(model, metas)]


def _baseline_answers(cases: Sequence[Case]):
    out = []
    for c in cases:
        labels = frozenset(F.bodypart_labels(c.meta.get("BodyPartExamined")))
        has_value = bool(str(c.meta.get("BodyPartExamined") or "").strip())
        # A present value mapping to nothing (e.g. PHANTOM) answers "no anatomy".
        out.append((labels, F.laterality(c.meta, labels), not has_value))
    return out


def timing(model: AnatomyModel, cases: Sequence[Case], n: int = 500) -> dict[str, float]:
    sample = [c.meta for c in cases[:: max(1, len(cases) // n)]][:n] or [{}]
    for meta in sample[:20]:
        model.predict_series(meta)  # warm up
    times = []
    for meta in sample:
        t0 = time.perf_counter()
        model.predict_series(meta)
        times.append((time.perf_counter() - t0) * 1000)
    anchor = []
    for meta in sample:  # anchor: the same metadata only serialised, in the same run
        t0 = time.perf_counter()
        json.dumps(meta)
        anchor.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"series_timed": len(times), "median_ms": round(statistics.median(times), 4),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 4),
            "anchor_json_dumps_median_ms": round(statistics.median(anchor), 4)}


def evaluate(cases: Sequence[Case], model: AnatomyModel) -> dict[str, Any]:
    with_bpe = [c for c in cases]
    result = {
        "model": str(model.path), "model_version": model.version,
        "model_size_mb": round(model.path.stat().st_size / 1e6, 3),
        "threshold": model.threshold,
        "threshold_no_evidence": model.threshold_no_evidence,
        "series": len(cases),
        "collections": len({c.group for c in cases}),
        "with_bodypart": _scores(with_bpe, _model_answers(model, with_bpe, False)),
        "without_bodypart": _scores(with_bpe, _model_answers(model, with_bpe, True)),
        "baseline_bodypart": _scores(with_bpe, _baseline_answers(with_bpe)),
        "timing": timing(model, cases),
    }
    # Without BodyPartExamined, how many series still name their anatomy somewhere, and how
    # the model does on them (the others can only be answered by guessing from priors).
    stripped = [{k: v for k, v in c.meta.items() if k != "BodyPartExamined"} for c in cases]
    named = [i for i, m in enumerate(stripped) if F.has_evidence(m)]
    answers = _model_answers(model, [cases[i] for i in named], True)
    ok = sum((not u) and lab == cases[i].labels for i, (lab, _, u) in zip(named, answers))
    result["without_bodypart_named"] = {"series": len(named),
                                        "exact": round(ok / len(named), 4) if named else None}
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    a = _model_answers(model, cases, False)
    b = _model_answers(model, cases, True)
    for c, x, y in zip(cases, a, b):
        g = per_group[c.group]
        g[0] += 1
        g[1] += (not x[2]) and x[0] == c.labels
        g[2] += (not y[2]) and y[0] == c.labels
    result["by_collection"] = {k: {"series": v[0], "exact": round(v[1] / v[0], 4),
                                   "exact_without_bodypart": round(v[2] / v[0], 4)}
                               for k, v in sorted(per_group.items())}
    return result


def format_report(r: dict[str, Any], title: str) -> str:
    lines = [f"anatomy evaluation: {title}",
             f"model {r['model_version']} ({r['model_size_mb']} MB), thresholds {r['threshold']} "
             f"/ {r['threshold_no_evidence']} (no anatomy named in any field)",
             f"{r['series']} series from {r['collections']} collection(s)", "",
             f"{'':28}{'exact':>8}{'coverage':>10}{'exact|covered':>15}{'laterality':>12}"]
    for key, name in (("with_bodypart", "model, all fields"),
                      ("without_bodypart", "model, no BodyPartExamined"),
                      ("baseline_bodypart", "baseline: BodyPartExamined")):
        s = r[key]
        lat = s["laterality"]["accuracy"]
        lines.append(f"{name:28}{s['exact']:>8.2%}{s['coverage']:>10.2%}{s['exact_on_covered']:>15.2%}"
                     f"{(f'{lat:.2%}' if lat is not None else '-'):>12}")
    named = r["without_bodypart_named"]
    if named["series"]:
        lines.append(f"without BodyPartExamined, series whose other fields name the anatomy: "
                     f"{named['series']} of {r['series']}, exact {named['exact']:.2%}")
    lines += ["", f"per-label F1 (support){'':6}{'all fields':>12}{'no BPE':>10}{'baseline':>10}"]
    for label, v in r["with_bodypart"]["per_label_f1"].items():
        nb = r["without_bodypart"]["per_label_f1"].get(label, {}).get("f1", 0.0)
        bl = r["baseline_bodypart"]["per_label_f1"].get(label, {}).get("f1", 0.0)
        lines.append(f"  {label:10} ({v['support']:>6}){'':8}{v['f1']:>12.3f}{nb:>10.3f}{bl:>10.3f}")
    lines += ["", "exact by reference evidence (all fields / no BPE):"]
    for k, v in r["with_bodypart"]["by_evidence"].items():
        nb = r["without_bodypart"]["by_evidence"][k]["exact"]
        lines.append(f"  {k:28}{v['series']:>8}{v['exact']:>9.2%}{nb:>9.2%}")
    if len(r["by_collection"]) > 1:
        lines += ["", "by collection (series, exact, exact without BPE):"]
        for k, v in r["by_collection"].items():
            lines.append(f"  {k:40}{v['series']:>8}{v['exact']:>9.2%}{v['exact_without_bodypart']:>9.2%}")
    t = r["timing"]
    lines += ["", f"inference: median {t['median_ms']:.3f} ms per series (p95 {t['p95_ms']:.3f} ms, "
                  f"{t['series_timed']} single-series calls; anchor json.dumps of the same metadata "
                  f"{t['anchor_json_dumps_median_ms']:.4f} ms)",
              f"model file: {r['model_size_mb']} MB"]
    return "\n".join(lines)


def main_evaluate(*, jsonl: Path | None, model_path: Path | None, validation: bool, as_json: bool) -> int:
    model = AnatomyModel(model_path) if model_path else default_model()
    if jsonl:
        cases, title = load_jsonl(jsonl), str(jsonl)
    elif validation:
        cases, title = load_idc(validation=True), "IDC validation part of the TRAINING collections"
    else:
        cases, title = load_idc(validation=False), "IDC held-out collections (sha256 c/d/e/f)"
    result = evaluate(cases, model)
    print(json.dumps(result, indent=1) if as_json else format_report(result, title))
    return 0
