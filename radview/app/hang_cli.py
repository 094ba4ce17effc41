"""`radview hang (--server URL | --pacs AE@HOST:PORT | --dir PATH) --study UID [--json]`.

Composed here, on the workstation side: the headers come from a source
(:mod:`radview.net.sources`), the plan from the pure planner
(:mod:`radview.protocols.hanging`), which never reads a network or a file itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from radview.net.client_args import add_connection_args


HELP = "print the hanging plan for a study: protocol, viewport -> series, relevant priors"
DESCRIPTION = ("Choose a hanging protocol for a study and show which series and priors go "
               "where, and why. Reads metadata only (files without pixel data are fine).")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hang", help=HELP, description=DESCRIPTION)
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
    add_connection_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from radview.errors import UsageError
    from radview.protocols.hanging import load_library, plan_for_study
    from radview.net.sources import headers_source
    from radview.protocols.hanging.cli import format_plan
    from radview.protocols.hanging.sources import patient_display_sets

    if args.protocols is not None and not args.protocols.is_dir():
        raise UsageError(f"--protocols: not a folder: {args.protocols}")
    library = load_library(args.protocols, include_builtin=not args.no_builtin)
    for err in library.errors:
        print(f"radview hang: warning: protocol skipped: {err}", file=sys.stderr)
    if not library.protocols:
        raise UsageError("no usable hanging protocol (see the warnings above)")
    source = headers_source(server=args.server, pacs=args.pacs, folder=args.dir,
                            calling_ae=args.calling_ae, token=args.token, ca_cert=args.ca_cert,
                            client_cert=args.client_cert, client_key=args.client_key)
    try:
        metas, info = source.patient_headers(args.study)
        sets = patient_display_sets(metas, args.study, source.complete_header)
    finally:
        source.close()
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
