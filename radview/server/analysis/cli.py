"""`radview analysis-model train --out DIR` and `evaluate DIR`: the example analysis model."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analysis-model", help="train the example analysis model (train extra)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    t = actions.add_parser("train", help="generate data, fit, write ONNX + registry.json")
    t.add_argument("--out", type=Path, required=True, help="folder (radview/resources/analysis)")
    t.add_argument("--seed", type=int, default=17)
    t.set_defaults(func=_run_train)
    e = actions.add_parser("evaluate", help="specificity on DIR's images, sensitivity with "
                                            "the finding planted into them")
    e.add_argument("folder", type=Path, help="DICOM folder, e.g. from radview demo-data")
    e.add_argument("--registry", type=Path, default=None)
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=_run_evaluate)


def _run_train(args: argparse.Namespace) -> int:
    import json

    from radview.server.analysis import train

    print(json.dumps(train.train(args.out, seed=args.seed), indent=1))
    return 0


def _run_evaluate(args: argparse.Namespace) -> int:
    import json

    from radview.server.analysis.evaluate import evaluate

    counts = evaluate(args.folder, registry=args.registry)
    if args.json:
        print(json.dumps(counts, indent=1))
    for name, c in counts.items():
        if not args.json:
            print(f"{name}: specificity {c['specificity']} ({c['false_positives']} false alarms "
                  f"in {c['negatives']} images), sensitivity {c['sensitivity']} "
                  f"({c['detected']} of {c['positives']} planted findings)")
    return 0
