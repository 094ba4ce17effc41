"""`radview query` and `radview fetch`: a radview image server (``--server``), any PACS
by DIMSE (``--pacs AE@HOST:PORT``) or by DICOMweb (``--dicomweb URL``);
`radview import`: files to a radview server."""

from __future__ import annotations

import argparse

from radview import cli_args
from radview.net.client_args import add_connection_args


def _common(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--server", help="radview server URL, e.g. http://127.0.0.1:8042")
    where.add_argument("--pacs", metavar="AE@HOST:PORT", help="any PACS by DIMSE")
    where.add_argument("--dicomweb", metavar="URL",
                       help="any PACS by DICOMweb, e.g. http://pacs:8042/dicom-web")
    p.add_argument("--calling-ae", default="RADVIEW_WS", help="our AE title (--pacs)")
    add_connection_args(p)  # --token (or RADVIEW_TOKEN) for --server and --dicomweb
    p.add_argument("--json", action="store_true", help="print JSON")


def _usage_exit_2(run):
    """Bad arguments give one line and exit status 2, as argparse's own errors do."""
    def wrapped(args: argparse.Namespace) -> int:
        import sys

        from radview.errors import UsageError

        try:
            return run(args)
        except UsageError as exc:
            print(f"radview {args.command}: error: {exc}", file=sys.stderr)
            return 2
    return wrapped


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="find studies (or series/instances) on a radview server")
    _common(p)
    p.add_argument("--level", choices=["study", "series", "instance"], default="study")
    p.add_argument("--patient-id")
    p.add_argument("--patient-name", help="wildcards * and ? allowed")
    p.add_argument("--study-date", help="YYYYMMDD or a range YYYYMMDD-YYYYMMDD")
    p.add_argument("--modality")
    p.add_argument("--accession")
    p.add_argument("--study", help="StudyInstanceUID (needed for --level series)")
    p.add_argument("--series", help="SeriesInstanceUID (needed for --level instance)")
    p.add_argument("--limit", type=cli_args.positive_int)
    p.set_defaults(func=_usage_exit_2(_run_query))

    p = sub.add_parser("fetch", help="fetch a study (or series/instance): in one version from a "
                       "radview server, as stored from a PACS")
    _common(p)
    p.add_argument("--study", help="StudyInstanceUID (required with --pacs/--dicomweb)")
    p.add_argument("--series", help="SeriesInstanceUID")
    p.add_argument("--instance", help="SOPInstanceUID (--server)")
    p.add_argument("--move-to", metavar="AE",
                   help="--pacs: C-MOVE to our storage SCP with this AE title (default C-GET)")
    p.add_argument("--listen-port", type=cli_args.tcp_port,
                   help="--move-to: port our storage SCP listens on")
    p.add_argument("--listen-host", default="0.0.0.0", help="--move-to: address to listen on")
    p.add_argument("--version", help="version name, e.g. V1, V2, V3")
    p.add_argument("--quality", type=cli_args.percent, help="quality in percent, e.g. 50")
    p.add_argument("--usage", help="usage, e.g. diagnosis, reference, comparison")
    p.add_argument("--max-dimension", type=cli_args.positive_int,
                   help="largest side needed in pixels (only the levels for it are sent)")
    p.add_argument("--out", required=True, help="folder to write the received images into")
    p.set_defaults(func=_usage_exit_2(_run_fetch))

    p = sub.add_parser("import", help="send DICOM files, folders or a DICOMDIR to a radview server",
                       description="Uploads every DICOM file under PATH (or listed in a "
                       "DICOMDIR) to the server by STOW-RS; prints what was stored, "
                       "duplicate or rejected.")
    p.add_argument("path", nargs="+", help="files, folders or DICOMDIR files")
    p.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8042")
    p.add_argument("--batch", type=cli_args.positive_int, default=16,
                   help="files per STOW request (default 16)")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    add_connection_args(p)
    p.set_defaults(func=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    from radview.net.importer import run_import

    return run_import(args)


def _run_query(args: argparse.Namespace) -> int:
    import json

    filters = {"PatientID": args.patient_id, "PatientName": args.patient_name,
               "StudyDate": args.study_date, "ModalitiesInStudy": args.modality,
               "AccessionNumber": args.accession, "limit": args.limit}
    if args.server is None:
        rows = _query_pacs(args, filters)
    else:
        rows = _query_server(args, filters)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    _print_rows(args.level, rows)
    return 0


def _query_pacs(args: argparse.Namespace, filters: dict) -> list[dict]:
    import os

    from radview.net import pacs_fetch

    _only_for_server(args, "ca-cert", "client-cert", "client-key")
    limit = filters.pop("limit")
    query = pacs_fetch.query_filters(args.level, filters, args.study, args.series)
    if args.pacs:
        peer = pacs_fetch.parse_pacs(args.pacs, calling_ae=args.calling_ae)
        return pacs_fetch.query_pacs(peer, args.level, query, limit)
    token = args.token or os.environ.get("RADVIEW_TOKEN")
    return pacs_fetch.query_dicomweb(args.dicomweb, args.level, query, limit, token=token)


def _only_for_server(args: argparse.Namespace, *names: str) -> None:
    from radview.errors import UsageError

    given = [n for n in names if getattr(args, n.replace("-", "_"), None)]
    if given:
        raise UsageError(f"--{given[0]} applies to --server only")


def _query_server(args: argparse.Namespace, filters: dict) -> list[dict]:
    from radview.errors import UsageError
    from radview.net.radview_client import client_from_args

    with client_from_args(args) as client:
        if args.level == "study":
            if args.study:
                filters["StudyInstanceUID"] = args.study
            rows = client.query_studies(**filters)
        elif args.level == "series":
            if not args.study:
                raise UsageError("--level series needs --study UID")
            filters["Modality"] = filters.pop("ModalitiesInStudy")
            rows = client.series(args.study, **filters)
        else:
            if not args.series:
                raise UsageError("--level instance needs --series UID")
            rows = client.instances(args.series, limit=args.limit)
    return rows


def _print_rows(level: str, rows: list[dict]) -> None:
    if not rows:
        print("no matches")
    for row in rows:
        r = {k: ("" if v is None else v) for k, v in row.items()}
        if level == "study":
            status = f"  status {r['DiagnosticStatus']}" if "DiagnosticStatus" in r else ""
            print(f"{r['StudyInstanceUID']}  {r['PatientID']:<12} {r['PatientName']:<24} "
                  f"{r['StudyDate']:<8} {r['ModalitiesInStudy']:<6} "
                  f"{r['NumberOfStudyRelatedInstances']:>5} img{status}"
                  f"  {r['StudyDescription']}")
        elif level == "series":
            print(f"{r['SeriesInstanceUID']}  {r['Modality']:<4} #{r['SeriesNumber']}  "
                  f"{r['NumberOfSeriesRelatedInstances']:>5} img  {r['SeriesDescription']}")
        else:
            print(f"{r['SOPInstanceUID']}  #{r['InstanceNumber']}  {r['Rows']}x{r['Columns']}")


def _run_fetch(args: argparse.Namespace) -> int:
    import json
    import sys
    import time
    from pathlib import Path

    from radview.errors import UsageError
    from radview.net.fetch_writer import write_instance
    from radview.net.radview_client import client_from_args

    if args.server is None:
        return _fetch_pacs(args)
    _only_for_pacs(args)
    scopes = [s for s in ("study", "series", "instance") if getattr(args, s)]
    if len(scopes) != 1:
        raise UsageError("name one of --study, --series or --instance")
    if not (args.version or args.quality or args.usage):
        raise UsageError("name a --version, a --quality or a --usage")
    scope, uid = scopes[0], getattr(args, scopes[0])
    out = Path(args.out)
    t0 = time.perf_counter()
    with client_from_args(args) as client:
        progress = None if args.json else (
            lambda done, total, sop: print(f"\r{done}/{total}", end="", file=sys.stderr))
        group = client.fetch(scope, uid, version=args.version, quality=args.quality,
                             usage=args.usage, max_dimension=args.max_dimension,
                             progress=progress)
        if progress:
            print(file=sys.stderr)
        metas = {}
        if any(i.original is None and i.frames for i in group.instances):
            study = group.manifest["study_instance_uid"]
            metas = {m["00080018"]["Value"][0]: m for m in client.study_metadata(study)}
    seconds = time.perf_counter() - t0
    rows = []
    for item in group.instances:
        path = write_instance(item, metas.get(item.sop_instance_uid), out)
        lv = item.frames[0] if item.frames else None
        rows.append({
            "sop_instance_uid": item.sop_instance_uid, "version": item.version,
            "quality": item.quality, "state": item.state,
            "levels_received": (lv.level + 1) if lv else (None if item.original is None
                                                          else "original"),
            "levels_total": lv.levels if lv else None,
            "rows": (lv and _level_size(group, item, lv.level)[0]) or item.rows,
            "columns": (lv and _level_size(group, item, lv.level)[1]) or item.columns,
            "bytes_received": item.bytes_received, "lossy": bool(item.lossy),
            "path": str(path) if path else None,
        })
    pending = [r for r in rows if r["path"] is None]
    doc = {"scope": scope, "uid": uid, "version": group.manifest["version"],
           "diagnostic_status": group.manifest["diagnostic_status"],
           "diagnosis": group.manifest["diagnosis"], "instances": rows,
           "bytes_received_total": group.bytes_received, "seconds": round(seconds, 3),
           "not_ready": len(pending)}
    # the same --json/text switch as every listing command; what a line shows is this one's own
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        for r in rows:
            print(f"{r['sop_instance_uid']}  {r['version']} q{r['quality']}  levels "
                  f"{r['levels_received']}  {r['rows']}x{r['columns']}  "
                  f"{r['bytes_received']} B  {r['path'] or '(version not built yet)'}")
        print(f"{len(rows)} instance(s), {group.bytes_received} bytes in {seconds:.2f} s")
    return 0 if not pending else 1


def _only_for_pacs(args: argparse.Namespace) -> None:
    from radview.errors import UsageError

    for name in ("move_to", "listen_port"):
        if getattr(args, name):
            raise UsageError(f"--{name.replace('_', '-')} applies to --pacs/--dicomweb only")


def _fetch_pacs(args: argparse.Namespace) -> int:
    import json
    import os
    import sys
    from pathlib import Path

    from radview.errors import UsageError
    from radview.net import pacs_fetch
    from radview.net.dimse import check_ae_title

    _only_for_server(args, "ca-cert", "client-cert", "client-key", "version", "quality",
                     "usage", "max-dimension", "instance")
    if not args.study:
        raise UsageError("--pacs/--dicomweb fetch needs --study UID (and optionally --series UID)")
    if args.dicomweb and (args.move_to or args.listen_port):
        raise UsageError("--move-to/--listen-port apply to --pacs only")
    if args.listen_port and not args.move_to:
        raise UsageError("--listen-port goes with --move-to AE")
    progress = None if args.json else (
        lambda done, left: print(f"\r{done} received, {left} left", end="", file=sys.stderr))
    out = Path(args.out)
    if args.pacs:
        peer = pacs_fetch.parse_pacs(args.pacs, calling_ae=args.calling_ae)
        if args.move_to:
            check_ae_title(args.move_to)
        doc = pacs_fetch.fetch_pacs(peer, args.study, args.series, out, move_to=args.move_to,
                                    listen_port=args.listen_port, listen_host=args.listen_host,
                                    progress=progress)
    else:
        token = args.token or os.environ.get("RADVIEW_TOKEN")
        doc = pacs_fetch.fetch_dicomweb(args.dicomweb, args.study, args.series, out,
                                        token=token, progress=progress)
    if progress:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        for r in doc["instances"]:
            print(f"{r['sop_instance_uid']}  {r['transfer_syntax']}  {r['bytes']} B  {r['path']}")
        print(f"{doc['received']} instance(s) by {doc['method']} from {doc['peer']} in "
              f"{doc['seconds']:.2f} s; {doc['failed']} failed")
    if doc["failed"] or doc["missing"] or not doc["received"]:
        if not args.json:
            what = (f"{doc['failed']} instance(s) failed" if doc["failed"] else
                    f"{doc['missing']} instance(s) reported sent never arrived"
                    if doc["missing"] else "nothing received")
            print(f"radview fetch: {what}", file=sys.stderr)
        return 1
    return 0


def _level_size(group, item, level: int) -> tuple[int, int]:
    for inst in group.manifest["instances"]:
        if inst["sop_instance_uid"] == item.sop_instance_uid and inst["frames"]:
            table = inst["frames"][0]["level_table"]
            return table[level]["rows"], table[level]["cols"]
    return item.rows, item.columns
