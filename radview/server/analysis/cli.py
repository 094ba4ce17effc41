"""`radview analysis-model train --out DIR`: (re)train the example analysis model."""

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


def _run_train(args: argparse.Namespace) -> int:
    import json

    from radview.server.analysis import train

    print(json.dumps(train.train(args.out, seed=args.seed), indent=1))
    return 0
