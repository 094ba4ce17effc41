"""`radview server` and `radview import`."""

from __future__ import annotations

import argparse


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0..65535, got {value}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="run the image server (DICOM + DICOMweb + version API)",
                       description="Runs the image server with its embedded store "
                       "(SQLite + blob folder in DATA). Stops cleanly on Ctrl-C / SIGTERM.")
    p.add_argument("--data", required=True, help="data folder (created if missing)")
    p.add_argument("--http-port", type=_port, default=8042, help="HTTP port (default 8042)")
    p.add_argument("--dicom-port", type=_port, default=11112, help="DICOM port (default 11112)")
    p.add_argument("--no-dicom", action="store_true", help="do not start the DICOM listener")
    p.add_argument("--ae-title", default="RADVIEW", help="DICOM AE title (default RADVIEW)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--peer", action="append", metavar="AE=HOST:PORT",
                   help="C-MOVE destination (repeatable)")
    p.add_argument("--verbose", action="store_true", help="debug logging")
    p.set_defaults(func=_run_server)

    p = sub.add_parser("import", help="send DICOM files, folders or a DICOMDIR to a radview server",
                       description="Uploads every DICOM file under PATH (or listed in a "
                       "DICOMDIR) to the server by STOW-RS; prints what was stored, "
                       "duplicate or rejected.")
    p.add_argument("path", nargs="+", help="files, folders or DICOMDIR files")
    p.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8042")
    p.add_argument("--batch", type=int, default=16, help="files per STOW request (default 16)")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.add_argument("--user", default=None)
    p.add_argument("--role", default=None)
    p.set_defaults(func=_run_import)


def _run_server(args: argparse.Namespace) -> int:
    from radview.server.main import run_server

    if args.no_dicom:
        args.dicom_port = None
    return run_server(args)


def _run_import(args: argparse.Namespace) -> int:
    from radview.server.importer import run_import

    return run_import(args)
