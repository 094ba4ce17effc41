"""`radview protocols ...` (the library) and the text form of a hanging plan.

`radview hang` itself reads headers from a source, so it is composed in
:mod:`radview.app.hang_cli`; this module stays on the pure side.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser(
        "protocols",
        help="list, check, import and export hanging protocols (JSON or DICOM Hanging Protocol)",
        description="The built-in and per-user hanging protocol library. Files ending in .dcm are "
        "DICOM Hanging Protocol Storage instances, others JSON.",
    )
    q.add_argument("--protocols", type=Path, metavar="DIR",
                   help="protocol folder used as the user library (default: the per-user library)")
    qs = q.add_subparsers(dest="action", metavar="ACTION", required=True)
    qs.add_parser("list", help="the protocols and any files that could not be loaded")
    c = qs.add_parser("check", help="validate protocol files; exit 1 if any is bad")
    c.add_argument("files", nargs="+", type=Path)
    e = qs.add_parser("export", help="write a library protocol to a .json or .dcm file")
    e.add_argument("name", help="protocol name (see 'list')")
    e.add_argument("out", type=Path)
    i = qs.add_parser("import", help="add a .json or .dcm protocol file to the user library")
    i.add_argument("file", type=Path)
    i.add_argument("--overwrite", action="store_true", help="replace a user protocol of the same name")
    q.set_defaults(func=run_protocols)


def _read_any(path: Path):
    from radview.protocols.hanging.dicom_hp import import_protocol
    from radview.protocols.hanging.model import load_protocol_file

    return import_protocol(path) if path.suffix.lower() == ".dcm" else load_protocol_file(path)


def run_protocols(args: argparse.Namespace) -> int:
    from radview.errors import UsageError
    from radview.protocols.hanging import load_library, save_user_protocol, user_library_dir
    from radview.protocols.hanging.model import ProtocolError

    user_dir = args.protocols if args.protocols is not None else user_library_dir()
    if args.action == "check":
        bad = 0
        for path in args.files:
            try:
                p = _read_any(path)
                print(f"{path}: ok ({p.name!r}, {len(p.stages)} stage(s))")
            except ProtocolError as exc:
                bad += 1
                print(f"{exc}", file=sys.stderr)
        return 1 if bad else 0
    if args.action == "import":
        protocol = _read_any(args.file)  # ProtocolError is a RadviewError: one clear line
        path = save_user_protocol(protocol, user_dir, overwrite=args.overwrite)
        print(f"imported {protocol.name!r} into {path}")
        return 0
    library = load_library(user_dir)
    for err in library.errors:
        print(f"radview protocols: warning: protocol skipped: {err}", file=sys.stderr)
    if args.action == "list":
        for p in sorted(library.protocols, key=lambda p: (p.origin, p.name)):
            rules = "; ".join(f"{k}={v}" for k, v in p.match.to_json().items()) or "any study"
            print(f"{p.origin:7} {p.name!r}: {rules}; {p.priors.count} prior(s); {len(p.stages)} stage(s)")
        return 0
    protocol = library.by_name(args.name)
    if protocol is None:
        raise UsageError(f"no protocol named {args.name!r} (see 'radview protocols list')")
    if args.out.suffix.lower() == ".dcm":
        from radview.protocols.hanging.dicom_hp import export_protocol

        export_protocol(protocol, args.out)
    else:
        args.out.write_text(protocol.dumps(), encoding="utf-8")
    print(f"exported {protocol.name!r} to {args.out}")
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
        empty, total = result.empty_count(first_stage_only=True), len(result.viewports)
        later = result.empty_count() - empty
        lines.append(f"Empty viewports: {empty} of {total} in stage 1" + (f", {later} in later stages" if later else "")
                     + (" (each says why above)" if empty or later else ""))
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
