"""`radview anatomy predict|train|evaluate`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("anatomy", help="predict series anatomy from DICOM metadata; train and evaluate the model",
                       description="Anatomy of a series (labels + laterality) from its DICOM metadata.")
    ssub = p.add_subparsers(dest="anatomy_command", metavar="ACTION", required=True,
                            parser_class=type(p))

    pr = ssub.add_parser(
        "predict", help="JSON lines in (one series' metadata: DICOM keyword -> value), JSON lines out",
        description="Reads one JSON object per line (DICOM keyword -> value; unknown keys are "
                    "ignored) and writes one line per input, in order: "
                    '{"labels": [...], "laterality": "L"|"R"|"B"|null, "confidence": x, "unknown": bool}. '
                    'A bad line gives {"error": "..."} for that record.')
    pr.add_argument("input", nargs="?", type=Path, help="input file (default: standard input)")
    pr.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    pr.add_argument("--model", type=Path, help="ONNX model (default: the shipped one)")
    pr.set_defaults(func=run_predict)

    tr = ssub.add_parser("train", help="train the model (needs the 'train' extra)",
                         description="Train on the IDC index (training collections only), generated "
                                     "lexicon examples and optional local corrections; write ONNX.")
    tr.add_argument("--out", type=Path, help="where to write the model "
                    "(default: the shipped resources/anatomy/anatomy.onnx)")
    tr.add_argument("--corrections", type=Path, action="append", default=[], metavar="DB",
                    help="SQLite database with user corrections (repeatable)")
    tr.add_argument("--no-idc", action="store_true",
                    help="train without the IDC index (generated examples and corrections only)")
    tr.add_argument("--seed", type=int, default=20261122)
    tr.add_argument("--development", action="store_true",
                    help="leave the validation collections (a fixed part of the training ones) out of "
                         "the final fit, to measure on them with 'evaluate --validation'")
    tr.add_argument("--keep-development", type=Path, metavar="M.onnx",
                    help="also write the model fitted without the validation collections (with the "
                         "thresholds chosen on them), for 'evaluate --validation --misses'")
    tr.set_defaults(func=run_train)

    ev = ssub.add_parser("evaluate", help="accuracy on the held-out evaluation set (or a labelled JSONL file)",
                         description="Exact label-set accuracy, unknown rate, per-label F1 and laterality "
                                     "accuracy with 95 % intervals, with and without BodyPartExamined and "
                                     "the study context, next to the rule-only labeller and the "
                                     "BodyPartExamined baseline; plus inference time and model size. "
                                     "Default set: tests/anatomy/data/heldout_idc.jsonl (reserved IDC "
                                     "collections, labelled independently of the model).")
    ev.add_argument("--jsonl", type=Path, help="another labelled set: JSON lines "
                    '{"meta": {...}, "labels": [...], "laterality": ..., "study": {...}}')
    ev.add_argument("--model", type=Path, help="ONNX model (default: the shipped one)")
    ev.add_argument("--lexicon-reference", action="store_true",
                    help="also the secondary figure against labels derived by this package's own lexicon "
                         "from all held-out IDC series (needs the 'train' extra; not independent)")
    ev.add_argument("--validation", action="store_true",
                    help="instead: agreement on the validation fifth of the TRAINING collections "
                         "(lexicon-derived labels), for a model trained with 'train --development'")
    ev.add_argument("--misses", type=int, default=0, metavar="N",
                    help="with --validation: also the N largest kinds of misses without BodyPartExamined "
                         "(collection, modality, reference, answer, description patterns)")
    ev.add_argument("--rows", type=Path, metavar="OUT.jsonl",
                    help="also write one JSON line per series: the reference and every system's "
                         "answer (labels, laterality, exact), to check the figures row by row; a new "
                         "file (an existing one is refused)")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.set_defaults(func=run_evaluate)


def run_predict(args: argparse.Namespace) -> int:
    from radview.errors import UsageError
    from radview.protocols.anatomy.predict_io import predict_stream

    try:
        source = open(args.input, encoding="utf-8") if args.input else sys.stdin
    except OSError as exc:
        raise UsageError(f"cannot read {args.input}: {exc.strerror}") from None
    try:
        target = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
    try:
        counts = predict_stream(source, target, model_path=args.model)
    finally:
        if args.input:
            source.close()
        if args.output:
            target.close()
    if counts["errors"]:
        print(f"radview anatomy predict: {counts['errors']} of {counts['lines']} lines had errors "
              "(see the error lines)", file=sys.stderr)
    return 0


def run_train(args: argparse.Namespace) -> int:
    from radview.protocols.anatomy.model import default_model_path
    from radview.protocols.anatomy.train import train

    out = args.out or default_model_path()
    train(out, use_idc=not args.no_idc, corrections=[str(p) for p in args.corrections], seed=args.seed,
          final=not args.development, development_out=args.keep_development)
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from radview.protocols.anatomy.evaluate import main_evaluate

    return main_evaluate(jsonl=args.jsonl, model_path=args.model, as_json=args.json,
                         lexicon=args.lexicon_reference, validation=args.validation,
                         misses=args.misses, rows=args.rows)
