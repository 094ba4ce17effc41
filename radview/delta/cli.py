"""`radview standard-set build SOURCE... --out DIR` and `radview standard-set show [DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("standard-set", help="build or show the standard image set of delta upload")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = actions.add_parser("build", help="build a standard set from DICOM files or folders")
    b.add_argument("sources", nargs="+", type=Path, help="DICOM files or folders")
    b.add_argument("--out", required=True, type=Path, help="folder to write the set into")
    b.add_argument("--set-id", default="radview-standard", help="set id (default radview-standard)")
    b.add_argument("--per-group", type=int, default=4,
                   help="standard images per modality/region/size group (default 4, at least 2)")
    b.add_argument("--max-side", type=int, default=None,
                   help="leave out groups whose images are larger (keeps a shipped set small)")
    b.set_defaults(func=_run_build)
    s = actions.add_parser("show", help="verify a set and list its images")
    s.add_argument("folder", nargs="?", type=Path, help="set folder (default: the shipped set)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_run_show)


def _files(paths: list[Path]):
    from radview.errors import UsageError

    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            yield path
        else:
            raise UsageError(f"{path}: no such file or folder")


def _run_build(args: argparse.Namespace) -> int:
    from radview.delta import standard_set

    std = standard_set.build(_files(args.sources), args.out, set_id=args.set_id,
                             per_group=args.per_group, max_side=args.max_side,
                             progress=lambda m: print(m, file=sys.stderr))
    print(f"{std.describe()}: {len(std.images)} standard images in {args.out}")
    return 0


def _run_show(args: argparse.Namespace) -> int:
    import json

    from radview.delta import standard_set

    std = standard_set.load(args.folder)
    rows = [{"index": i.index, **i.key.as_dict(), "sources": i.sources, "sha256": i.sha256}
            for i in std.images]
    if args.json:
        print(json.dumps({"set_id": std.set_id, "version": std.version, "images": rows}, indent=1))
    else:
        print(std.describe())
        for r in rows:
            print(f"  {r['index']:3d}  {r['modality']}/{r['region']} {r['rows']}x{r['cols']} "
                  f"{r['dtype']}  from {r['sources']} images  {r['sha256'][:16]}")
    return 0
