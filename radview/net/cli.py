"""`radview query` and `radview fetch` against a radview image server."""

from __future__ import annotations

import argparse

from radview.net.client_args import add_connection_args


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _quality(text: str) -> int:
    value = _positive(text.rstrip("%"))
    if value > 100:
        raise argparse.ArgumentTypeError(f"quality is a percentage 1..100, got {value}")
    return value


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8042")
    add_connection_args(p)
    p.add_argument("--json", action="store_true", help="print JSON")


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
    p.add_argument("--limit", type=_positive)
    p.set_defaults(func=_run_query)

    p = sub.add_parser("fetch", help="fetch a study (or series/instance) in one version")
    _common(p)
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--study", help="StudyInstanceUID")
    scope.add_argument("--series", help="SeriesInstanceUID")
    scope.add_argument("--instance", help="SOPInstanceUID")
    p.add_argument("--version", help="version name, e.g. V1, V2, V3")
    p.add_argument("--quality", type=_quality, help="quality in percent, e.g. 50")
    p.add_argument("--usage", help="usage, e.g. diagnosis, reference, comparison")
    p.add_argument("--max-dimension", type=_positive,
                   help="largest side needed in pixels (only the levels for it are sent)")
    p.add_argument("--out", required=True, help="folder to write the received images into")
    p.set_defaults(func=_run_fetch)


def _run_query(args: argparse.Namespace) -> int:
    import json

    from radview.errors import UsageError
    from radview.net.radview_client import client_from_args

    filters = {"PatientID": args.patient_id, "PatientName": args.patient_name,
               "StudyDate": args.study_date, "ModalitiesInStudy": args.modality,
               "AccessionNumber": args.accession, "limit": args.limit}
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
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no matches")
    for row in rows:
        r = {k: ("" if v is None else v) for k, v in row.items()}
        if args.level == "study":
            print(f"{r['StudyInstanceUID']}  {r['PatientID']:<12} {r['PatientName']:<24} "
                  f"{r['StudyDate']:<8} {r['ModalitiesInStudy']:<6} "
                  f"{r['NumberOfStudyRelatedInstances']:>5} img  status {r['DiagnosticStatus']}"
                  f"  {r['StudyDescription']}")
        elif args.level == "series":
            print(f"{r['SeriesInstanceUID']}  {r['Modality']:<4} #{r['SeriesNumber']}  "
                  f"{r['NumberOfSeriesRelatedInstances']:>5} img  {r['SeriesDescription']}")
        else:
            print(f"{r['SOPInstanceUID']}  #{r['InstanceNumber']}  {r['Rows']}x{r['Columns']}")
    return 0


def _run_fetch(args: argparse.Namespace) -> int:
    import json
    import sys
    import time
    from pathlib import Path

    from radview.errors import UsageError
    from radview.net.fetch_writer import write_instance
    from radview.net.radview_client import client_from_args

    if not (args.version or args.quality or args.usage):
        raise UsageError("name a --version, a --quality or a --usage")
    scope, uid = (("study", args.study) if args.study else ("series", args.series)
                  if args.series else ("instance", args.instance))
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
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        for r in rows:
            print(f"{r['sop_instance_uid']}  {r['version']} q{r['quality']}  levels "
                  f"{r['levels_received']}  {r['rows']}x{r['columns']}  "
                  f"{r['bytes_received']} B  {r['path'] or '(version not built yet)'}")
        print(f"{len(rows)} instance(s), {group.bytes_received} bytes in {seconds:.2f} s")
    return 0 if not pending else 1


def _level_size(group, item, level: int) -> tuple[int, int]:
    for inst in group.manifest["instances"]:
        if inst["sop_instance_uid"] == item.sop_instance_uid and inst["frames"]:
            table = inst["frames"][0]["level_table"]
            return table[level]["rows"], table[level]["cols"]
    return item.rows, item.columns
