"""`radview bench demo [--repeat N] [--ct-slices N] [--no-real] [--json]`.

Times `radview demo-data` (target: the default set in under 60 s on 2 cores)
next to an anchor measured in the same run: writing the same files' bytes
straight to disk, which is the floor any generator pays for its output.
Figures are medians over the repeats; CPU time is this process's user+system.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _anchor_write(sizes: list[int], folder: Path) -> float:
    """Seconds to write files of the given sizes (incompressible bytes, like pixels)."""
    blob = os.urandom(max(sizes, default=0))
    folder.mkdir()
    start = time.perf_counter()
    for i, size in enumerate(sizes):
        (folder / f"{i}.bin").write_bytes(blob[:size])
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    from radview.demo.generator import generate

    ap = argparse.ArgumentParser(prog="radview bench demo", description=__doc__)
    ap.add_argument("--repeat", type=int, default=1, help="runs (median reported)")
    ap.add_argument("--ct-slices", type=int, default=None, help="override CT slices")
    ap.add_argument("--no-real", action="store_true", help="leave out pydicom-data")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)

    runs = []
    with tempfile.TemporaryDirectory(prefix="radview-bench-demo-") as tmp:
        for i in range(max(args.repeat, 1)):
            out = Path(tmp) / f"run{i}"
            cpu0, wall0 = time.process_time(), time.perf_counter()
            summary = generate(out, ct_slices=args.ct_slices, include_real=not args.no_real)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            sizes = [p.stat().st_size for p in out.rglob("*.dcm")]
            anchor = _anchor_write(sizes, Path(tmp) / f"anchor{i}")
            runs.append({"wall_s": wall, "cpu_s": cpu, "anchor_write_s": anchor,
                         "files": summary.files, "mb": summary.bytes / 1e6})
            shutil.rmtree(out)
            shutil.rmtree(Path(tmp) / f"anchor{i}")
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    result = {
        "benchmark": "demo",
        "runs": len(runs),
        "ct_slices": args.ct_slices,
        "include_real": not args.no_real,
        "cpus": os.cpu_count(),
        "load_avg_1min": os.getloadavg()[0],
        "median": med,
        "target_wall_s": 60.0,
        "meets_target": med["wall_s"] < 60.0,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"demo-data: {med['files']:.0f} files, {med['mb']:.0f} MB, median of {len(runs)} run(s)")
        print(f"  generate  wall {med['wall_s']:6.1f} s   cpu {med['cpu_s']:6.1f} s"
              f"   ({med['mb'] / med['wall_s']:.0f} MB/s)")
        print(f"  anchor: write the same bytes  {med['anchor_write_s']:6.1f} s"
              f"   ({med['mb'] / max(med['anchor_write_s'], 1e-9):.0f} MB/s)")
        print(f"  target < 60 s wall on 2 cores: {'met' if result['meets_target'] else 'NOT met'}"
              f" (load average {result['load_avg_1min']:.1f} on {result['cpus']} cpus)")
    return 0
