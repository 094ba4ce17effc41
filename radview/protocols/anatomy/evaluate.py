"""`radview anatomy evaluate`: accuracy against independently labelled series.

The default set is the project's held-out evaluation set
(``tests/anatomy/data/heldout_idc.jsonl``: series of the reserved IDC
collections, labelled by a reading of the label spec that does not use this
package's lexicon or model; see docs/anatomy.md).  ``--jsonl`` takes any
labelled set of the same form.  Rows: ``{"meta": {...}, "labels": [...],
"laterality": ..., "study": {...} | null, "collection": ...}``.

Answers compared, each with and without BodyPartExamined in the input:
- the model with the study context (what the server and workstation do);
- the model on the series alone (what ``predict`` does without a context);
- the rule-only labeller (the lexicon's rule, ``features.rule_labels``), so the
  model's own gain shows;
- the baseline "BodyPartExamined mapped to the label set".
Figures: exact label set (an "unknown" answer counts as wrong), unknown rate,
exact when answered, laterality (series whose reference carries a limb or
breast label: the side must match, "none" included), per-label F1; 95 %
intervals: Wilson for proportions, bootstrap over series for F1.

``--lexicon-reference`` adds the secondary figure against labels derived by
this package's own lexicon from all held-out IDC series (agreement with our
own rules, not an independent accuracy).
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from radview.errors import UsageError
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.cases import Answer, Case, _drop_bpe, model_answers  # noqa: F401 (re-exported)
from radview.protocols.anatomy.model import AnatomyModel, default_model

HELDOUT_SET = Path(__file__).resolve().parents[3] / "tests" / "anatomy" / "data" / "heldout_idc.jsonl"
BOOTSTRAP = 300


def load_jsonl(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    cases = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            meta = rec.get("meta", {k: v for k, v in rec.items() if k not in ("labels", "laterality", "study")})
            labels = frozenset(rec["labels"])
            study = C.normalise(rec.get("study"))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, C.ContextError) as exc:
            raise UsageError(f"{path}:{n}: expected {{\"meta\": {{...}}, \"labels\": [...]}}: {exc}") from None
        bad = labels - set(L.LABELS)
        if bad:
            raise UsageError(f"{path}:{n}: unknown labels {sorted(bad)}")
        if rec.get("laterality") not in (None, "L", "R", "B"):
            raise UsageError(f"{path}:{n}: laterality must be L, R, B or null")
        cases.append(Case(meta, labels, rec.get("laterality"), rec.get("collection", rec.get("group", "")), study))
    if not cases:
        raise UsageError(f"{path}: no labelled records")
    return cases


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval of k successes in n."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def rule_answers(cases: Sequence[Case], *, bodypart: bool) -> list[Answer]:
    out = []
    for c in cases:
        meta = F.clean(c.meta if bodypart else _drop_bpe(c.meta))
        labels, source = F.rule_labels(meta)
        out.append((frozenset(labels), F.laterality(meta, labels), source == ""))
    return out


def baseline_answers(cases: Sequence[Case]) -> list[Answer]:
    out = []
    for c in cases:
        value = c.meta.get("BodyPartExamined")
        labels = frozenset(F.bodypart_labels(value))
        # A present value mapping to nothing (e.g. PHANTOM) answers "no anatomy".
        out.append((labels, F.laterality(F.clean(c.meta), labels), not str(value or "").strip()))
    return out


def scores(cases: Sequence[Case], answers: Sequence[Answer], seed: int = 16) -> dict[str, Any]:
    n = len(cases)
    exact = np.array([(not u) and lab == c.labels for c, (lab, _, u) in zip(cases, answers)])
    unknown = np.array([u for _, _, u in answers])
    lateral = [i for i, c in enumerate(cases) if c.labels & L.LATERAL_LABELS]
    side_ok = sum(answers[i][1] == cases[i].laterality and not answers[i][2] for i in lateral)
    truth = np.array([[x in c.labels for x in L.LABELS] for c in cases])
    pred = np.array([[x in lab and not u for x in L.LABELS] for lab, _, u in answers])
    rng = np.random.default_rng(seed)
    samples = [rng.integers(0, n, n) for _ in range(BOOTSTRAP)]
    f1 = {}
    for j, label in enumerate(L.LABELS):
        if not truth[:, j].any():
            continue
        def f1_of(idx, j=j):
            t, p = truth[idx, j], pred[idx, j]
            denom = t.sum() + p.sum()
            return 2 * (t & p).sum() / denom if denom else 0.0
        boot = sorted(f1_of(s) for s in samples)
        f1[label] = {"f1": round(float(f1_of(np.arange(n))), 4), "support": int(truth[:, j].sum()),
                     "ci95": [round(float(boot[int(0.025 * BOOTSTRAP)]), 4),
                              round(float(boot[int(0.975 * BOOTSTRAP) - 1]), 4)]}
    answered = int((~unknown).sum())
    return {
        "series": n,
        "exact": round(float(exact.mean()), 4), "exact_ci95": list(wilson(int(exact.sum()), n)),
        "unknown_rate": round(float(unknown.mean()), 4), "unknown_ci95": list(wilson(int(unknown.sum()), n)),
        "exact_when_answered": round(float(exact.sum() / answered), 4) if answered else None,
        "laterality": {"series": len(lateral),
                       "accuracy": round(side_ok / len(lateral), 4) if lateral else None,
                       "ci95": list(wilson(side_ok, len(lateral))) if lateral else None},
        "per_label_f1": f1,
    }


def timing(model: AnatomyModel, cases: Sequence[Case], n: int = 500) -> dict[str, float]:
    sample = [c.meta for c in cases[:: max(1, len(cases) // n)]][:n] or [{}]
    for meta in sample[:20]:
        model.predict_series(meta)  # warm up
    times = []
    for meta in sample:
        L.clear_token_cache()  # each timed series as one never seen: its texts tokenised afresh
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


SYSTEMS = (  # key, name, how
    ("model_study", "model + study context, all fields"),
    ("model_study_no_bpe", "model + study context, no BPE"),
    ("model", "model, series alone, all fields"),
    ("model_no_bpe", "model, series alone, no BPE"),
    ("rules", "rule-only labeller, all fields"),
    ("rules_no_bpe", "rule-only labeller, no BPE"),
    ("baseline_bodypart", "baseline: BodyPartExamined"),
)


def all_answers(cases: Sequence[Case], model: AnatomyModel) -> dict[str, list[Answer]]:
    """Every system's answer per case, keyed as in ``SYSTEMS``."""
    return {
        "model_study": model_answers(model, cases, bodypart=True, study=True),
        "model_study_no_bpe": model_answers(model, cases, bodypart=False, study=True),
        "model": model_answers(model, cases, bodypart=True, study=False),
        "model_no_bpe": model_answers(model, cases, bodypart=False, study=False),
        "rules": rule_answers(cases, bodypart=True),
        "rules_no_bpe": rule_answers(cases, bodypart=False),
        "baseline_bodypart": baseline_answers(cases),
    }


def row_records(cases: Sequence[Case], answers: dict[str, list[Answer]]) -> list[dict[str, Any]]:
    """One record per case: the reference and each system's answer, so that anyone can check
    the figures row by row (and count them again) without this package."""
    out = []
    for i, c in enumerate(cases):
        rec: dict[str, Any] = {"row": i + 1, "group": c.group, "labels": sorted(c.labels),
                               "laterality": c.laterality}
        for key, _ in SYSTEMS:
            labels, side, unknown = answers[key][i]
            rec[key] = {"labels": None if unknown else sorted(labels), "laterality": side,
                        "exact": (not unknown) and labels == c.labels}
        out.append(rec)
    return out


def evaluate(cases: Sequence[Case], model: AnatomyModel,
             answers: dict[str, list[Answer]] | None = None) -> dict[str, Any]:
    answers = answers if answers is not None else all_answers(cases, model)
    result: dict[str, Any] = {
        "model": str(model.path), "model_version": model.version,
        "model_size_mb": round(model.path.stat().st_size / 1e6, 3),
        "threshold": model.threshold, "threshold_no_evidence": model.threshold_no_evidence,
        "series": len(cases), "collections": len({c.group for c in cases}),
        "with_study_context": sum(c.study is not None for c in cases),
    }
    for key, _ in SYSTEMS:
        result[key] = scores(cases, answers[key])
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for c, a, b in zip(cases, answers["model_study"], answers["model_study_no_bpe"]):
        g = per_group[c.group]
        g[0] += 1
        g[1] += (not a[2]) and a[0] == c.labels
        g[2] += (not b[2]) and b[0] == c.labels
    result["by_collection"] = {k: {"series": v[0], "exact": round(v[1] / v[0], 4),
                                   "exact_without_bodypart": round(v[2] / v[0], 4)}
                               for k, v in sorted(per_group.items())}
    result["timing"] = timing(model, cases)
    return result


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def format_report(r: dict[str, Any], title: str) -> str:
    lines = [f"anatomy evaluation: {title}",
             f"model {r['model_version']} ({r['model_size_mb']} MB), thresholds {r['threshold']} "
             f"/ {r['threshold_no_evidence']} (nothing named in any field)",
             f"{r['series']} series from {r['collections']} collection(s), "
             f"{r['with_study_context']} with a study context", "",
             f"{'answer':38}{'exact % [95% CI]':>22}{'unknown %':>11}{'exact|ans':>10}"
             f"{'laterality % [95% CI] (n)':>32}"]
    for key, name in SYSTEMS:
        s = r[key]
        lat = s["laterality"]
        side = "-" if lat["accuracy"] is None else \
            f"{_pct(lat['accuracy'])} [{_pct(lat['ci95'][0])}-{_pct(lat['ci95'][1])}] ({lat['series']})"
        lines.append(f"{name:38}{_pct(s['exact']):>8} [{_pct(s['exact_ci95'][0])}-{_pct(s['exact_ci95'][1])}]"
                     f"{'':>1}{_pct(s['unknown_rate']):>11}{_pct(s['exact_when_answered']):>10}{side:>32}")
    lines += ["", f"per-label F1 (support)  {'model+ctx [95% CI]':>22}{'no BPE':>8}{'rules':>8}{'baseline':>9}"]
    for label, v in r["model_study"]["per_label_f1"].items():
        nb = r["model_study_no_bpe"]["per_label_f1"].get(label, {}).get("f1", 0.0)
        ru = r["rules"]["per_label_f1"].get(label, {}).get("f1", 0.0)
        bl = r["baseline_bodypart"]["per_label_f1"].get(label, {}).get("f1", 0.0)
        lines.append(f"  {label:10} ({v['support']:>5})  {v['f1']:>7.3f} [{v['ci95'][0]:.3f}-{v['ci95'][1]:.3f}]"
                     f"{nb:>8.3f}{ru:>8.3f}{bl:>9.3f}")
    if len(r["by_collection"]) > 1:
        lines += ["", "by collection (series, exact, exact without BPE; model + study context):"]
        for k, v in r["by_collection"].items():
            lines.append(f"  {k:40}{v['series']:>6}{_pct(v['exact']):>8}{_pct(v['exact_without_bodypart']):>8}")
    if "lexicon_reference" in r:
        x = r["lexicon_reference"]
        lines += ["", "secondary (NOT independent): agreement with labels derived by this package's own "
                      f"lexicon on {x['series']} held-out IDC series: exact {_pct(x['exact'])} % all fields, "
                      f"{_pct(x['exact_without_bodypart'])} % without BodyPartExamined"]
    t = r["timing"]
    lines += ["", f"inference: median {t['median_ms']:.3f} ms per series (p95 {t['p95_ms']:.3f} ms, "
                  f"{t['series_timed']} single-series calls; anchor json.dumps of the same metadata "
                  f"{t['anchor_json_dumps_median_ms']:.4f} ms)",
              f"model file: {r['model_size_mb']} MB"]
    return "\n".join(lines)


def idc_cases(*, held_out: bool) -> list[Case]:
    """IDC series with this package's lexicon-derived labels: all held-out ones, or the
    validation fifth of the training collections (both secondary, not independent)."""
    from radview.protocols.anatomy import idc
    from radview.protocols.anatomy.train import _validation_collection

    return [Case(s.meta, s.labels, s.laterality, s.collection_id, s.context)
            for s in idc.labelled_series(held_out=held_out, only=None if held_out else _validation_collection)]


def lexicon_reference(model: AnatomyModel, cases: Sequence[Case]) -> dict[str, Any]:
    """Agreement with lexicon-derived labels (many IDC series share metadata and context:
    each combination is predicted once)."""
    keyed: dict[str, int] = {}
    unique: list[Case] = []
    index = []
    for c in cases:
        k = json.dumps([c.meta, c.study], sort_keys=True, default=str)
        if k not in keyed:
            keyed[k] = len(unique)
            unique.append(c)
        index.append(keyed[k])
    a = model_answers(model, unique, bodypart=True, study=True)
    b = model_answers(model, unique, bodypart=False, study=True)
    ok_a = sum((not a[i][2]) and a[i][0] == c.labels for c, i in zip(cases, index))
    ok_b = sum((not b[i][2]) and b[i][0] == c.labels for c, i in zip(cases, index))
    return {"series": len(cases), "exact": round(ok_a / len(cases), 4),
            "exact_without_bodypart": round(ok_b / len(cases), 4)}


def misses_by_kind(model: AnatomyModel, cases: Sequence[Case], *, bodypart: bool = False,
                   top: int = 25) -> list[dict[str, Any]]:
    """The model's misses (with its study context; by default without BodyPartExamined, as the
    other series lose it too) grouped by kind: collection, modality, reference set, the answer
    (or "unknown") and whether anything the model reads names the anatomy; largest first, with
    the most common description patterns of each kind.  For the validation fifth of the TRAINING
    collections (``--validation``): a collection there was never fitted on, so its habits cannot
    leak into what the misses show."""
    unique, weights = _distinct(cases)
    answers = model_answers(model, unique, bodypart=bodypart, study=True)
    kinds: dict[tuple, dict[str, Any]] = {}
    for c, n, (labels, _, unknown) in zip(unique, weights, answers):
        if not unknown and labels == c.labels:
            continue
        meta = c.meta if bodypart else _drop_bpe(c.meta)
        study = c.study if bodypart or not c.study else dict(c.study, series=[_drop_bpe(m) for m in c.study["series"]])
        key = (c.group, str(c.meta.get("Modality") or ""), "+".join(sorted(c.labels)) or "(none)",
               "unknown" if unknown else "+".join(sorted(labels)) or "(none)", C.has_evidence(meta, study))
        kind = kinds.setdefault(key, {"series": 0, "patterns": defaultdict(int)})
        kind["series"] += n
        kind["patterns"][(str(meta.get("SeriesDescription") or ""), str(meta.get("StudyDescription") or ""))] += n
    out = []
    for (group, modality, reference, answer, named), kind in sorted(kinds.items(), key=lambda kv: -kv[1]["series"]):
        patterns = sorted(kind["patterns"].items(), key=lambda kv: -kv[1])[:3]
        out.append({"collection": group, "modality": modality, "reference": reference, "answer": answer,
                    "named": named, "series": kind["series"],
                    "patterns": [{"series": s, "study": t, "count": k} for (s, t), k in patterns]})
    return out[:top]


def _distinct(cases: Sequence[Case]) -> tuple[list[Case], list[int]]:
    """Distinct (metadata, context, labels) cases and how many series each stands for."""
    index: dict[str, int] = {}
    unique: list[Case] = []
    counts: list[int] = []
    for c in cases:
        k = json.dumps([c.meta, c.study, sorted(c.labels)], sort_keys=True, default=str)
        if k not in index:
            index[k] = len(unique)
            unique.append(c)
            counts.append(0)
        counts[index[k]] += 1
    return unique, counts


def format_misses(kinds: list[dict[str, Any]], total: int) -> str:
    lines = [f"misses without BodyPartExamined by kind (of {total} validation series; "
             "named = something the model reads names the anatomy):"]
    for k in kinds:
        lines.append(f"  {k['series']:6d}  {k['collection']:28.28} {k['modality']:3} ref {k['reference']:34.34} "
                     f"-> {k['answer']:24.24} {'named' if k['named'] else 'nothing named'}")
        for p in k["patterns"]:
            lines.append(f"          {p['count']:6d} x series {p['series'][:40]!r} study {p['study'][:40]!r}")
    return "\n".join(lines)


def _check_rows_path(rows: Path) -> None:
    """Refused before anything runs: a file that cannot be written, or one that is there."""
    if rows.exists():
        raise UsageError(f"{rows} exists; give a new file for --rows (nothing is overwritten)")
    if not rows.parent.is_dir():
        raise UsageError(f"cannot write {rows}: {rows.parent} is not a folder")


def main_evaluate(*, jsonl: Path | None, model_path: Path | None, as_json: bool,
                  lexicon: bool = False, validation: bool = False, misses: int = 0,
                  rows: Path | None = None) -> int:
    if rows is not None:
        if validation:
            raise UsageError("--rows writes the answers of an evaluated set (the held-out set or "
                             "--jsonl), not of the validation collections")
        _check_rows_path(rows)
    if misses and not validation:
        raise UsageError("--misses lists misses of the validation fifth of the training collections only "
                         "(give --validation); the held-out sets are measured, never read")
    if misses < 0:
        raise UsageError("--misses takes a number of kinds >= 1")
    model = AnatomyModel(model_path) if model_path else default_model()
    if validation:  # a model trained with --development: its held-aside training collections
        from radview.protocols.anatomy import calibrate

        cases = idc_cases(held_out=False)
        result = {"model_version": model.version, "validation": lexicon_reference(model, cases),
                  "validation_stratum_weighted": calibrate.report(model, cases)}
        v, r = result["validation"], result["validation_stratum_weighted"]
        lines = [f"validation fifth of the TRAINING collections ({v['series']} series, derived labels, "
                 "not independent; the thresholds of a 'train --development' model were chosen on it): "
                 f"exact {_pct(v['exact'])} % all fields, {_pct(v['exact_without_bodypart'])} % without "
                 "BodyPartExamined (per series)",
                 f"weighted per collection x modality ({r['distinct_series']} distinct series, thresholds "
                 f"{r['threshold']} / {r['threshold_no_evidence']}):"]
        for key, name in (("all_fields", "all fields"), ("no_bpe", "no BodyPartExamined")):
            x = r[key]
            lines.append(f"  {name:20} exact {_pct(x['exact'])} %  unknown {_pct(x['unknown'])} %  "
                         f"exact when answered {_pct(x['precision'])} %  nothing named: "
                         f"{_pct(x['no_evidence_share'])} % of series, right when answered "
                         f"{_pct(x['no_evidence_precision'])} %")
        if misses:
            result["misses_no_bpe"] = misses_by_kind(model, cases, top=misses)
            lines += ["", format_misses(result["misses_no_bpe"], len(cases))]
        print(json.dumps(result, indent=1) if as_json else "\n".join(lines))
        return 0
    if jsonl:
        cases, title = load_jsonl(jsonl), str(jsonl)
    else:
        if not HELDOUT_SET.is_file():
            raise UsageError(f"the held-out evaluation set is not here ({HELDOUT_SET}: a source checkout "
                             "has it); give a labelled set with --jsonl")
        cases = load_jsonl(HELDOUT_SET)
        title = "held-out set (reserved IDC collections, labelled independently of the model)"
    answers = all_answers(cases, model)
    result = evaluate(cases, model, answers)
    if rows is not None:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in row_records(cases, answers))
        try:
            with rows.open("x", encoding="utf-8") as fh:  # "x": never over a file made meanwhile
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write {rows}: {exc.strerror}") from None
    if lexicon:
        result["lexicon_reference"] = lexicon_reference(model, idc_cases(held_out=True))
    print(json.dumps(result, indent=1) if as_json else format_report(result, title))
    return 0
