"""`radview bench startup [--repeat N] [--json]`: how fast the `radview` command starts.

Runs, in fresh processes of the same Python, `radview --version`, `radview --help`
and `radview hang --help` (a command's own help: its module is imported, not its
work), each ``--repeat`` times, interleaved, and reports medians [min–max] in ms next
to the anchor measured in the same run: ``python -c pass`` (the interpreter's own
start, which no command can beat). Target (issue 15): `--version` < 0.3 s.
Also lists the heavy packages (numpy, pydicom, PySide6, httpx, ...) that building
the parser imports: none is the point of the lazy command modules.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HEAVY = ("numpy", "pydicom", "PySide6", "httpx", "onnxruntime", "pynetdicom", "starlette",
         "uvicorn", "sqlite_utils", "jwt", "cryptography")
CASES = {"anchor: python -c pass": ["-c", "pass"],
         "radview --version": ["-m", "radview", "--version"],
         "radview --help": ["-m", "radview", "--help"],
         "radview hang --help": ["-m", "radview", "hang", "--help"]}
PROBE = ("import sys; from radview.cli import build_parser; build_parser(); "
         f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))")


def _run(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=120)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode()[-300:]}")
    return elapsed * 1000


def main(argv: list[str]) -> int:
    from radview.errors import UsageError

    ap = argparse.ArgumentParser(prog="radview bench startup", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=15, help="runs of each (default 15)")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        raise UsageError("--repeat must be at least 1")
    env = dict(os.environ)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for name, cmd in CASES.items():  # once each first: the files in the page cache
        _run(cmd, env)
    for _ in range(args.repeat):
        for name, cmd in CASES.items():
            times[name].append(_run(cmd, env))
    probe = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                           text=True, timeout=120)
    heavy = json.loads(probe.stdout.strip().replace("'", '"')) if probe.returncode == 0 else None
    rows = {name: {"median_ms": round(statistics.median(v), 1), "min_ms": round(min(v), 1),
                   "max_ms": round(max(v), 1)} for name, v in times.items()}
    anchor = rows["anchor: python -c pass"]["median_ms"]
    version = rows["radview --version"]["median_ms"]
    doc = {"repeat": args.repeat, "python": sys.version.split()[0], "cpu_count": os.cpu_count(),
           "load_average": [round(x, 2) for x in os.getloadavg()], "results": rows,
           "heavy_packages_imported_by_the_parser": heavy,
           "target": {"what": "radview --version < 300 ms", "met": version < 300}}
    if args.json:
        print(json.dumps(doc, indent=2))
        return 0
    print(f"start-up, {args.repeat} runs each, median [min–max] "
          f"(load {doc['load_average'][0]} on {os.cpu_count()} cores):")
    for name, r in rows.items():
        extra = "" if name.startswith("anchor") else f"  ({r['median_ms'] / anchor:.1f}× anchor)"
        print(f"  {name:<24} {r['median_ms']:7.1f} ms [{r['min_ms']}–{r['max_ms']}]{extra}")
    print(f"heavy packages imported to build the parser: {', '.join(heavy) if heavy else 'none'}")
    print(f"target radview --version < 300 ms: {'met' if doc['target']['met'] else 'NOT met'}")
    return 0
