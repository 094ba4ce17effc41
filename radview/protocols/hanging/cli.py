"""`radview hang (--server URL | --dir PATH) --study UID [--protocols DIR] [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "hang",
        help="print the hanging plan for a study: protocol, viewport -> series, relevant priors",
        description="Choose a hanging protocol for a study and show which series and priors "
        "go where, and why. Reads metadata only (files without pixel data are fine).",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--server", metavar="URL",
                       help="DICOMweb base URL of a radview server or PACS (QIDO-RS + WADO-RS metadata)")
    where.add_argument("--pacs", metavar="AE@HOST:PORT",
                       help="any PACS by DIMSE C-FIND (study, series and image level)")
    where.add_argument("--dir", type=Path, metavar="PATH", help="folder of DICOM files")
    p.add_argument("--study", required=True, metavar="UID", help="Study Instance UID of the current study")
    p.add_argument("--calling-ae", default="RADVIEW_WS", help="our AE title towards --pacs (default RADVIEW_WS)")
    p.add_argument("--protocols", type=Path, metavar="DIR",
                   help="protocol folder used as the user library (default: the per-user library)")
    p.add_argument("--no-builtin", action="store_true", help="leave out the built-in protocols")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from radview.errors import UsageError
    from radview.protocols.hanging import load_library, plan_for_study
    from radview.protocols.hanging.sources import gather_from_folder, gather_from_pacs, gather_from_server

    if args.protocols is not None and not args.protocols.is_dir():
        raise UsageError(f"--protocols: not a folder: {args.protocols}")
    library = load_library(args.protocols, include_builtin=not args.no_builtin)
    for err in library.errors:
        print(f"radview hang: warning: protocol skipped: {err}", file=sys.stderr)
    if not library.protocols:
        raise UsageError("no usable hanging protocol (see the warnings above)")
    if args.dir is not None:
        sets, info = gather_from_folder(args.dir, args.study)
    elif args.pacs is not None:
        sets, info = gather_from_pacs(args.pacs, args.study, calling_ae=args.calling_ae)
    else:
        sets, info = gather_from_server(args.server, args.study)
    result = plan_for_study(sets, args.study, library.protocols)
    if args.json:
        out = result.to_json()
        out["source"] = info
        out["protocol_errors"] = [str(e) for e in library.errors]
        json.dump(out, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_plan(result))
    return 0


def format_plan(result) -> str:
    c = result.current
    lines = [f"Study {c.study_uid}  {c.date_iso or 'undated'}  {c.description!r}  "
             f"{'/'.join(c.modalities)}  anatomy {'+'.join(sorted(c.anatomy)) or 'unknown'}"
             + (f" {c.laterality}" if c.laterality else "")]
    if result.protocol is None:
        lines.append("No protocol applies.")
    else:
        lines.append(f"Protocol: {result.protocol.name}  score {result.score:.2f}  "
                     f"({'; '.join(result.reasons)})")
        for si, stage in enumerate(result.stages):
            lines.append(f"Stage {si + 1}{': ' + stage.name if stage.name else ''}  layout {stage.layout}")
            for v in stage.viewports:
                target = (f"{v.series.series_uid} #{v.series.number} {v.series.description!r}"
                          if v.series else "(empty)")
                lines.append(f"  [{v.index}] {v.study_ref:8} {target}\n        {v.reason}")
    lines.append("Priors (most recent first):")
    if not result.priors:
        lines.append("  none")
    for p in result.priors:
        s = p.study
        mark = "*" if p.selected else ("+" if p.relevance.relevant else "-")
        lines.append(f"  {mark} {s.date_iso or 'undated'} {'/'.join(s.modalities):6} {s.description!r} "
                     f"anatomy {'+'.join(sorted(s.anatomy)) or 'unknown'}{' ' + s.laterality if s.laterality else ''}"
                     f" — {p.reason}")
    lines.append("  (* chosen, + relevant, - not relevant)")
    return "\n".join(lines)
