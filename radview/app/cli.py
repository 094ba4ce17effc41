"""`radview demo` and `radview workstation`.

demo: demo patients are generated once into a cache folder, ingested into an
embedded radview server running in this process (HTTP + DICOM on free loopback
ports), and the workstation opens connected to it with a current study shown.
workstation: the window with the user's stored settings (profile chosen at first start).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from radview import cli_args
from radview.net.client_args import add_connection_args


PROFILE_CHOICES = ("reading", "referring", "home")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help="run the product: embedded server with demo studies + the workstation",
        description="Generates the demo patients once (into --data), ingests them into an "
        "embedded radview server, and opens the workstation connected to it with a study open.")
    p.add_argument("--data", type=Path, default=None,
                   help="demo folder (default: ~/.cache/radview/demo or $RADVIEW_DEMO_DIR)")
    p.add_argument("--patients", type=cli_args.positive_int, default=6,
                   help="demo patients to generate the first time (default 6)")
    p.add_argument("--profile", choices=PROFILE_CHOICES, default="reading",
                   help="workstation profile for the demo (default reading)")
    p.add_argument("--http-port", type=cli_args.port, default=0, help="server HTTP port (0 = any free)")
    p.add_argument("--dicom-port", type=cli_args.port, default=0, help="server DICOM port (0 = any free)")
    p.add_argument("--screenshot", type=Path, default=None,
                   help="save a PNG of the window once every viewport of the first stage shows "
                   "its final level, then quit: exit 0 and print 'final level', or exit 3 on "
                   "timeout (120 s)")
    p.add_argument("--quit-after", type=cli_args.seconds, default=None,
                   help="close after this many seconds (unattended runs)")
    p.set_defaults(func=run_demo)

    w = sub.add_parser("workstation", help="open the workstation with your stored settings",
                       description="Opens the reading workstation. Settings (profile, "
                       "connections, cache) are stored per user; the profile is asked at first start.")
    w.add_argument("--profile", choices=PROFILE_CHOICES, default=None,
                   help="change the stored profile")
    w.add_argument("--server", default=None,
                   help="radview server URL to add as connection 'radview' and search first")
    add_connection_args(w)  # its login: kept in the settings (owner-only) for that URL
    w.add_argument("--import", dest="import_paths", nargs="+", default=None, metavar="PATH",
                   help="import these folders / DICOMDIR files into the local cache at start")
    w.set_defaults(func=run_workstation)


def default_demo_dir() -> Path:
    from radview.paths import user_dir

    return user_dir("RADVIEW_DEMO_DIR", "cache", "demo")


def run_demo(args: argparse.Namespace) -> int:
    from radview.app.demo import run_demo as run

    return run(args.data or default_demo_dir(), patients=args.patients, profile=args.profile,
               http_port=args.http_port, dicom_port=args.dicom_port,
               screenshot=args.screenshot, quit_after=args.quit_after)


def run_workstation(args: argparse.Namespace) -> int:
    from radview.app.launch import run_workstation as run

    return run(profile=args.profile, server=args.server, import_paths=args.import_paths,
               token=args.token, ca_cert=args.ca_cert, client_cert=args.client_cert,
               client_key=args.client_key)
