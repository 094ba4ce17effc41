"""`radview server`, `radview users` and `radview audit`."""

from __future__ import annotations

import argparse

from radview import cli_args
from radview.server.users import ROLES


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
    p.add_argument("--tls-cert", metavar="PEM",
                   help="server certificate: HTTPS on the HTTP port, DICOM TLS on the DICOM port")
    p.add_argument("--tls-key", metavar="PEM", help="the key of --tls-cert")
    p.add_argument("--tls-ca", metavar="PEM",
                   help="CA of client certificates: mutual TLS (clients must present one)")
    p.add_argument("--verbose", action="store_true", help="debug logging")
    p.set_defaults(func=_run_server)

    p = sub.add_parser("users", help="manage the image server's users and API tokens",
                       description="Users of the server in DATA (users.json; only token hashes "
                       "are stored). A running server picks up changes at once.")
    usub = p.add_subparsers(dest="users_command", required=True)
    a = usub.add_parser("add", help="add a user; prints the new token as the last line")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--ae-title", default="", help="DICOM calling AE title bound to this user")
    a.add_argument("--expires-days", type=float, default=None,
                   help="the token expires after this many days (default: never)")
    a.add_argument("--data", required=True, help="the server's data folder")
    a.set_defaults(func=_run_users)
    a = usub.add_parser("list", help="list users (no tokens)")
    a.add_argument("--data", required=True)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_run_users)
    for name, text in (("remove", "remove a user (its token stops working at once)"),
                       ("rotate", "give a user a new token (the old one stops working); "
                                  "prints it as the last line")):
        a = usub.add_parser(name, help=text)
        a.add_argument("name")
        a.add_argument("--data", required=True)
        if name == "rotate":
            a.add_argument("--expires-days", type=float, default=None)
        a.set_defaults(func=_run_users)

    p = sub.add_parser("audit", help="read the image server's audit trail")
    asub = p.add_subparsers(dest="audit_command", required=True)
    a = asub.add_parser("list", help="audit records (DATA/audit.jsonl), oldest first")
    a.add_argument("--data", required=True)
    a.add_argument("--user")
    a.add_argument("--study", help="StudyInstanceUID")
    a.add_argument("--since", help="UTC date or date-time, e.g. 2026-12-06T07:00:00")
    a.add_argument("--json", action="store_true", help="one JSON array")
    a.set_defaults(func=_run_audit)


def _run_server(args: argparse.Namespace) -> int:
    from radview.server.main import run_server

    if args.no_dicom:
        args.dicom_port = None
    return run_server(args)


def _run_users(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from radview.server.audit import AuditLog
    from radview.server.users import UserStore

    data = Path(args.data)
    if args.users_command == "add" and not data.exists():
        # users are often added before the server's first start (as with other archives):
        # the first user makes the data folder, readable by its owner only
        data.mkdir(mode=0o700, parents=True)
    if not data.is_dir():
        from radview.errors import UsageError

        raise UsageError(f"no data folder {data} (start the server once, or add a user)")
    users = UserStore(data)
    audit = AuditLog(data)
    cmd = args.users_command
    if cmd == "list":
        rows = [u.public() for u in users.all()]
        if args.json:
            print(json.dumps(rows, indent=2))
        else:
            import time

            for u in rows:
                exp = time.strftime("%Y-%m-%d", time.gmtime(u["expires"])) if u["expires"] \
                    else "never"
                print(f"{u['name']:<20} {u['role']:<12} AE {u['ae_title'] or '-':<16} "
                      f"expires {exp}")
        return 0
    if cmd == "add":
        token = users.add(args.name, args.role, ae_title=args.ae_title,
                          expires_days=args.expires_days)
        print(f"user {args.name} ({args.role}) added"
              + (f", AE title {args.ae_title}" if args.ae_title else "")
              + "; its token follows (shown only now):")
    elif cmd == "rotate":
        token = users.rotate(args.name, expires_days=args.expires_days)
        print(f"user {args.name}: new token follows (the old one no longer works):")
    else:
        users.remove(args.name)
        token = None
        print(f"user {args.name} removed")
    audit.record("application", "U" if cmd != "add" else "C", 0,
                 event_type=f"configuration change: user {cmd}", user="radview users",
                 detail=f"user {args.name}" + (f" role {args.role}" if cmd == "add" else ""))
    if token:
        print(token)
    return 0


def _run_audit(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from radview.errors import UsageError
    from radview.server.audit import AuditLog, read_records

    data = Path(args.data)
    if not data.is_dir():
        raise UsageError(f"no data folder {data}")
    rows = list(read_records(data, user=args.user, study=args.study, since=args.since))
    AuditLog(data).record("audit_log_used", "R", 0, event_type="audit list",
                          user="radview audit", detail=f"{len(rows)} records read")
    # the same --json/text switch as every listing command; what a line shows is this one's own
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for r in rows:
            print(f"{r['time']} {r['event_id']['meaning']:<28} {r['action']} "
                  f"outcome={r['outcome']} user={r['user'] or '-'} role={r['role'] or '-'} "
                  f"ae={r['ae_title'] or '-'} study={r['study_uid'] or '-'} {r['detail']}")
    return 0
