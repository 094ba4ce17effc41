"""`radview bench NAME [ARGS]`: run one benchmark.

Each benchmark is a module ``radview.bench.<name>`` with ``main(argv) -> int``
that parses its own arguments (at least ``--json``).
"""

from __future__ import annotations

import argparse
import importlib

from radview.errors import UsageError

BENCHMARKS = {
    "codec": "progressive wavelet codec vs JPEG 2000 and zstd",
    "viewer": "stack scroll fps and window/level latency",
    "server": "ingest rate, query latency, version fetch bytes",
    "open": "time to first image and to screen resolution over simulated links",
    "hang": "time to a hanging plan with 20 priors",
    "demo": "demo-data generation time vs writing the same bytes",
    "delta": "delta upload bytes vs JPEG 2000 / radview lossless, throughput vs STOW",
    "startup": "radview --version / --help start-up time vs python -c pass",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="run a benchmark and print its figures",
        description="Benchmarks: "
        + "; ".join(f"{k} ({v})" for k, v in BENCHMARKS.items()),
    )
    p.add_argument("name", choices=sorted(BENCHMARKS), help="which benchmark")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for it (e.g. --json)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        module = importlib.import_module(f"radview.bench.{args.name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"radview.bench.{args.name}":
            raise
        raise UsageError(f"benchmark '{args.name}' is not built yet") from None
    return module.main(args.args)
