"""`radview server`."""

from __future__ import annotations

import argparse

from radview import cli_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="run the image server (DICOM + DICOMweb + version API)",
                       description="Runs the image server with its embedded store "
                       "(SQLite + blob folder in DATA). Stops cleanly on Ctrl-C / SIGTERM.")
    p.add_argument("--data", required=True, help="data folder (created if missing)")
    p.add_argument("--http-port", type=cli_args.port, default=8042, help="HTTP port (default 8042)")
    p.add_argument("--dicom-port", type=cli_args.port, default=11112, help="DICOM port (default 11112)")
    p.add_argument("--no-dicom", action="store_true", help="do not start the DICOM listener")
    p.add_argument("--ae-title", default="RADVIEW", help="DICOM AE title (default RADVIEW)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--peer", action="append", metavar="AE=HOST:PORT",
                   help="C-MOVE destination (repeatable)")
    p.add_argument("--verbose", action="store_true", help="debug logging")
    p.set_defaults(func=_run_server)


def _run_server(args: argparse.Namespace) -> int:
    from radview.server.main import run_server

    if args.no_dicom:
        args.dicom_port = None
    return run_server(args)
