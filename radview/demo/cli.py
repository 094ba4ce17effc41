"""`radview demo-data OUT_DIR [--patients N] [--seed S] [--no-real] [--ct-slices N] [--metadata-only]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from radview import cli_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo-data",
        help="write synthetic demo patients with priors (and the real sample images) as DICOM",
    )
    p.add_argument("out_dir", type=Path, help="folder to write the DICOM files into")
    p.add_argument("--patients", type=cli_args.positive_int, default=6,
                   help="number of synthetic patients (default 6)")
    p.add_argument("--seed", type=cli_args.non_negative_int, default=20261122, help="random seed (default fixed)")
    p.add_argument("--no-real", action="store_true",
                   help="leave out the real pydicom-data images")
    p.add_argument("--ct-slices", type=cli_args.positive_int, default=None, metavar="N",
                   help="write only N slices per CT stack (quick, small sets)")
    p.add_argument("--metadata-only", action="store_true",
                   help="write headers without pixel data (fast; for metadata tests)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from radview.demo.generator import generate

    summary = generate(args.out_dir, patients=args.patients, seed=args.seed,
                       include_real=not args.no_real, ct_slices=args.ct_slices,
                       pixels=not args.metadata_only)
    print(summary.describe())
    return 0
