"""`radview bench hang [--priors N] [--repeat R] [--json]`: metadata in hand → complete hanging plan.

With ``--histories FILE`` it measures accuracy instead of time: every labelled patient
history of the file (see :mod:`radview.protocols.hanging.evaluation`) is planned from its
metadata as a folder or PACS would give it, and compared with its labels: priors judged
right, the expected first prior put first, that prior shown in a stage-1 viewport; next
to a baseline measured in the same run (same-modality priors, newest first).

A synthetic patient with N prior studies (default 20; mixed CT/MR/CR/MG/knee
histories, 1-8 series each) is built in memory as DICOM keyword metadata. Timed,
as medians over R repetitions:

- ``predict``: anatomy model inference for every display set (the shared ONNX model),
- ``plan``: summaries → relevance → protocol scoring over the whole library → filled stages,
- ``total``: both, i.e. from metadata in hand to a complete plan (target < 100 ms),
- anchor: parsing the same headers from in-memory DICOM files with pydicom, the
  step that comes before (measured in the same run, to judge the figures against).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics

from radview.bench.timing import repeat_ms

TARGET_MS = 100.0

_AXIAL = [1, 0, 0, 0, 1, 0]
_CORONAL = [1, 0, 0, 0, 0, -1]
_SAGITTAL = [0, 1, 0, 0, 0, -1]

# (study description, modality, [(series description, body part, orientation, view, laterality)])
_KINDS = [
    ("CT CHEST W CONTRAST", "CT", [("Topogram", "CHEST", None, "", ""), ("Lung 1.0 B70f", "CHEST", _AXIAL, "", ""),
                                   ("Mediastinum 3.0 B31f", "CHEST", _AXIAL, "", ""), ("Cor 3.0", "CHEST", _CORONAL, "", ""),
                                   ("Sag 3.0", "CHEST", _SAGITTAL, "", "")]),
    ("CT ABDOMEN PELVIS W CONTRAST", "CT", [("Scout", "ABDOMEN", None, "", ""), ("Portal venous 3mm", "ABDOMEN", _AXIAL, "", ""),
                                            ("Coronal 3mm", "ABDOMEN", _CORONAL, "", "")]),
    ("MRI BRAIN W WO CONTRAST", "MR", [("t1_se_sag", "HEAD", _SAGITTAL, "", ""), ("t2_tse_tra", "HEAD", _AXIAL, "", ""),
                                       ("t2_tirm_tra_dark-fluid", "HEAD", _AXIAL, "", ""),
                                       ("ep2d_diff_trace", "HEAD", _AXIAL, "", ""), ("t1_se_tra_post", "HEAD", _AXIAL, "", ""),
                                       ("t1_mprage_cor_post", "HEAD", _CORONAL, "", "")]),
    ("XR CHEST PA AND LATERAL", "DX", [("CHEST PA", "CHEST", None, "PA", ""), ("CHEST LAT", "CHEST", None, "LL", "")]),
    ("MG SCREENING BILATERAL", "MG", [("R CC", "BREAST", None, "CC", "R"), ("L CC", "BREAST", None, "CC", "L"),
                                      ("R MLO", "BREAST", None, "MLO", "R"), ("L MLO", "BREAST", None, "MLO", "L")]),
    ("XR KNEE RIGHT 2 VIEWS", "CR", [("Knee AP R", "KNEE", None, "AP", "R"), ("Knee LAT R", "KNEE", None, "LAT", "R")]),
    ("XR KNEE LEFT 2 VIEWS", "CR", [("Knee AP L", "KNEE", None, "AP", "L"), ("Knee LAT L", "KNEE", None, "LAT", "L")]),
    ("CT HEAD WO", "CT", [("Head 5.0 H31s", "HEAD", _AXIAL, "", ""), ("Bone 1.0 H70h", "HEAD", _AXIAL, "", "")]),
    ("US ABDOMEN", "US", [("Liver", "ABDOMEN", None, "", ""), ("Kidneys", "ABDOMEN", None, "", "")]),
]


def synthetic_patient(n_priors: int, seed: int = 11) -> tuple[list[dict], str]:
    """Display-set metadata for a current CT chest and ``n_priors`` other studies."""
    rng = random.Random(seed)
    sets: list[dict] = []
    current_uid = ""
    for k in range(n_priors + 1):
        desc, modality, series = _KINDS[0] if k == 0 else _KINDS[rng.randrange(len(_KINDS))]
        study_uid = f"1.2.826.0.1.3680043.10.777.{seed}.{k}"
        current_uid = current_uid or study_uid
        year = 2026 - k // 2
        date = f"{year}{(k * 5) % 12 + 1:02d}15"
        for n, (sdesc, body, iop, view, lat) in enumerate(series, start=1):
            meta = {
                "PatientID": "BENCH1", "StudyInstanceUID": study_uid, "StudyDate": date, "StudyTime": "101500",
                "StudyDescription": desc, "SeriesInstanceUID": f"{study_uid}.{n}", "SeriesNumber": n,
                "Modality": modality, "SeriesDescription": sdesc, "BodyPartExamined": body if rng.random() > 0.2 else "",
                "ImageType": ["ORIGINAL", "PRIMARY", "LOCALIZER" if sdesc in ("Topogram", "Scout") else "AXIAL"],
                "NumberOfSeriesRelatedInstances": 200 if iop else 1,
                "Manufacturer": "SIEMENS", "ProtocolName": desc,
            }
            if iop:
                meta["ImageOrientationPatient"] = iop
            if view:
                meta["ViewPosition"] = view
            if lat:
                meta["ImageLaterality"] = lat
            sets.append(meta)
    return sets, current_uid


def _median_ms(fn, repeat: int) -> tuple[float, object]:
    times, result = repeat_ms(fn, repeat)
    return statistics.median(times), result


def header_bytes(meta: dict) -> bytes:
    """A metadata-only DICOM file (no Pixel Data) with the keywords of ``meta`` (``_`` keys left out)."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = meta.get("SOPClassUID", "1.2.840.10008.5.1.4.1.1.7")
    ds.file_meta.MediaStorageSOPInstanceUID = meta.get("SOPInstanceUID", f"{meta['SeriesInstanceUID']}.1")
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    for kw, value in meta.items():
        if kw == "ViewCodeSequence":
            item = Dataset()
            for k, v in value[0].items():
                setattr(item, k, v)
            ds.ViewCodeSequence = [item]
        elif kw not in ("NumberOfSeriesRelatedInstances", "SOPClassUID", "SOPInstanceUID") and not kw.startswith("_"):
            setattr(ds, kw, value)
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def _header_bytes(sets: list[dict]) -> list[bytes]:
    return [header_bytes(meta) for meta in sets]


def write_histories(path, out_dir) -> int:
    """Each history as a folder of metadata-only DICOM files; prints the hang command per history."""
    from pathlib import Path

    from radview.protocols.hanging.evaluation import history_metas, load_histories, study_uid

    root = Path(out_dir)
    for h in load_histories(path):
        folder = root / h["id"]
        folder.mkdir(parents=True, exist_ok=True)
        for i, meta in enumerate(history_metas(h)):
            (folder / f"{i:03d}.dcm").write_bytes(header_bytes(meta))
        print(f"radview hang --dir {folder} --study {study_uid(h, h['current'])} --json")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="radview bench hang", description=__doc__.split("\n")[0])
    parser.add_argument("--priors", type=int, default=20, help="prior studies of the patient (default 20)")
    parser.add_argument("--repeat", type=int, default=30, help="repetitions; medians are reported (default 30)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--histories", metavar="FILE",
                        help="labelled patient histories: print accuracy figures instead of timings")
    parser.add_argument("--misses", action="store_true", help="with --histories: list every miss")
    parser.add_argument("--write", metavar="DIR",
                        help="with --histories: write each history as metadata-only DICOM files into DIR/ID "
                        "(for 'radview hang --dir DIR/ID --study UID') instead of measuring")
    args = parser.parse_args(argv)
    if args.write and not args.histories:
        parser.error("--write needs --histories")
    if args.histories and args.write:
        return write_histories(args.histories, args.write)
    if args.histories:
        return run_histories(args.histories, as_json=args.json, misses=args.misses)
    if args.priors < 0 or args.repeat < 1:
        parser.error("--priors must be >= 0 and --repeat >= 1")

    import pydicom

    from radview.protocols.hanging import load_library, plan
    from radview.protocols.hanging.priors import build_studies, default_predictor

    library = load_library(None).protocols
    sets, current_uid = synthetic_patient(args.priors)
    model_input = [{k: v for k, v in m.items() if not k.startswith("_")} for m in sets]

    default_predictor(model_input[:1])  # load the model once, outside the timings
    predictions = list(default_predictor(model_input))

    from radview.protocols.anatomy.labels import clear_token_cache

    # each repetition reads the patient's texts afresh (the tokens of a text are cached once seen)
    def predict():
        clear_token_cache()
        return default_predictor(model_input)

    def plan_only():
        studies = build_studies(sets, predictor=lambda _m: predictions)
        current = next(s for s in studies if s.study_uid == current_uid)
        return plan(current, [s for s in studies if s.study_uid != current_uid], library)

    def total():
        clear_token_cache()
        studies = build_studies(sets)
        current = next(s for s in studies if s.study_uid == current_uid)
        return plan(current, [s for s in studies if s.study_uid != current_uid], library)

    blobs = _header_bytes(sets)

    def anchor():
        return [pydicom.dcmread(io.BytesIO(b), stop_before_pixels=True) for b in blobs]

    anchor_ms, _ = _median_ms(anchor, args.repeat)
    predict_ms, _ = _median_ms(predict, args.repeat)
    plan_ms, _ = _median_ms(plan_only, args.repeat)
    total_ms, result = _median_ms(total, args.repeat)
    out = {
        "priors": args.priors,
        "display_sets": len(sets),
        "protocols": len(library),
        "repeat": args.repeat,
        "protocol_chosen": result.protocol.name if result.protocol else None,
        "priors_selected": sum(p.selected for p in result.priors),
        "median_ms": {"total": round(total_ms, 3), "model_inference": round(predict_ms, 3),
                      "plan_engine": round(plan_ms, 3), "anchor_pydicom_parse_headers": round(anchor_ms, 3)},
        "target_ms": TARGET_MS,
        "meets_target": total_ms < TARGET_MS,
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        m = out["median_ms"]
        print(f"hanging plan, patient with {args.priors} priors ({len(sets)} display sets), "
              f"{len(library)} protocols, median of {args.repeat}:")
        print(f"  total (metadata in hand -> plan) {m['total']:8.2f} ms   target < {TARGET_MS:.0f} ms: "
              f"{'met' if out['meets_target'] else 'NOT met'}")
        print(f"    anatomy model inference        {m['model_inference']:8.2f} ms")
        print(f"    plan engine                    {m['plan_engine']:8.2f} ms")
        print(f"  anchor: pydicom parse of the same {len(sets)} headers {m['anchor_pydicom_parse_headers']:8.2f} ms")
        print(f"  chose {out['protocol_chosen']!r}, {out['priors_selected']} prior(s) selected")
    return 0


def evaluate_histories(path) -> dict:
    """Engine and baseline figures over every history of ``path`` (and the per-history misses)."""
    from radview.protocols.hanging import load_library, plan_for_study
    from radview.protocols.hanging.evaluation import (
        baseline_plan, history_metas, load_histories, score_plan, study_uid, summarize)
    from radview.protocols.hanging.sources import patient_display_sets

    histories = load_histories(path)
    library = load_library(None).protocols
    engine, baseline = [], []
    for h in histories:
        current = study_uid(h, h["current"])
        sets = patient_display_sets(history_metas(h), current)
        engine.append(score_plan(h, plan_for_study(sets, current, library).to_json()))
        baseline.append(score_plan(h, baseline_plan(h)))
    return {"file": str(path), "engine": summarize(engine), "baseline_same_modality": summarize(baseline),
            "misses": {s.history_id: s.wrong for s in engine if s.wrong}}


def run_histories(path, *, as_json: bool, misses: bool) -> int:
    out = evaluate_histories(path)
    if not misses:
        out.pop("misses")
    if as_json:
        print(json.dumps(out, indent=2))
        return 0
    e, b = out["engine"], out["baseline_same_modality"]
    print(f"hanging accuracy on {e['histories']} labelled histories ({e['priors']} priors, "
          f"{e['studies_with_relevant_prior']} studies with a relevant prior): engine | baseline (same modality)")
    for key, label in (("relevance_accuracy", "priors judged right"),
                       ("first_prior_accuracy", "most recent relevant prior first"),
                       ("first_prior_shown_stage1", "that prior shown in stage 1")):
        print(f"  {label:34} {e[key]:6.3f} | {b[key]:6.3f}")
    print(f"  {'empty stage-1 cells (engine)':34} {e['empty_cells_stage1']:6d}")
    for hid, wrong in (out.get("misses") or {}).items():
        print(f"  miss {hid}: " + "; ".join(wrong))
    return 0
