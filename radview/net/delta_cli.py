"""`radview delta-upload PATH... | --study UID --source URL  --server URL [...]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from radview import cli_args
from radview.net.client_args import add_connection_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "delta-upload",
        help="send images for remote analysis as de-identified deltas to the standard set")
    p.add_argument("paths", nargs="*", type=Path, help="DICOM files or folders")
    p.add_argument("--study",
                   help="a StudyInstanceUID to take from --source instead of PATHs")
    p.add_argument("--source", default=os.environ.get("RADVIEW_SOURCE"),
                   help="DICOMweb base URL holding --study (default $RADVIEW_SOURCE; its "
                        "bearer token from $RADVIEW_SOURCE_TOKEN)")
    p.add_argument("--server", required=True, help="analysis server URL")
    add_connection_args(p)  # --token (else RADVIEW_TOKEN), --ca-cert, --client-cert/-key
    p.add_argument("--confirm-burned-in", action="store_true",
                   help="also send images that may show burned-in text (checked by you)")
    p.add_argument("--threshold", type=cli_args.score, default=0.5,
                   help="least similarity to a standard image to send (0..1, default 0.5)")
    p.add_argument("--standard-set", type=Path, help="standard set folder (default: shipped)")
    p.add_argument("--site-key", type=Path, help="site key file (default ~/.config/radview)")
    p.add_argument("--reid-db", type=Path, help="re-identification map (default ~/.config/radview)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(func=run)


def _items(args):
    from radview.dicom.query import valid_uid
    from radview.errors import UsageError

    if args.study and args.paths:
        raise UsageError("give PATHs or --study, not both")
    if args.study and not valid_uid(args.study):
        raise UsageError(f"--study {args.study[:80]!r} is not a valid DICOM UID")
    if args.study:
        return _study_items(args)
    if not args.paths:
        raise UsageError("give DICOM files/folders or --study UID")
    items = []
    for path in args.paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise UsageError(f"{path}: no such file or folder")
        items += [(str(f), f.read_bytes) for f in files]
    return items


def _study_items(args):
    from radview.errors import UsageError
    from radview.net.dicomweb import DicomWebClient

    if not args.source:
        raise UsageError("--study needs --source URL (the DICOMweb server holding it)")
    client = DicomWebClient(args.source, token=os.environ.get("RADVIEW_SOURCE_TOKEN"))
    try:
        items = []
        for series in client.search("series", study_uid=args.study):
            s_uid = series.get("SeriesInstanceUID")
            for data in client.retrieve_series(args.study, s_uid):
                items.append((f"{args.study}/{s_uid}/#{len(items) + 1}", lambda d=data: d))
    finally:
        client.close()
    if not items:
        raise UsageError(f"study {args.study} has no instances on {args.source}")
    return items


def run(args: argparse.Namespace) -> int:
    import json

    from radview.delta import standard_set
    from radview.net import deid
    from radview.net.delta_upload import DeltaClient, upload
    from radview.errors import UsageError
    from radview.net.radview_client import tls_verify

    if not args.server.startswith(("http://", "https://")):
        raise UsageError(f"--server must be an http:// or https:// URL, got {args.server!r}")
    verify = tls_verify(args.ca_cert, args.client_cert, args.client_key)  # files checked first
    items = _items(args)
    std = standard_set.load(args.standard_set)
    writer = deid.ReidWriter(args.reid_db)
    d = deid.Deidentifier(deid.load_or_create(args.site_key), writer)
    client = DeltaClient(args.server, token=args.token or os.environ.get("RADVIEW_TOKEN"),
                         verify=verify)

    def progress(i, n, out):
        what = "sent " + out.reason if out.sent else out.reason
        print(f"[{i}/{n}] {out.file}: {what}", file=sys.stderr)

    try:
        doc = upload(items, client=client, std=std, deid=d, threshold=args.threshold,
                     confirm_burned_in=args.confirm_burned_in, progress=progress)
    finally:
        client.close()
        writer.close()
    reader = deid.ReidReader(args.reid_db)  # results shown under the real identifiers, locally
    doc["results"] = reader.reidentify(doc["results"])
    doc["alerts"] = reader.reidentify(doc["alerts"])
    reader.close()
    if args.json:
        print(json.dumps(doc, indent=1))
    else:
        sent = sum(r["sent"] for r in doc["instances"])
        print(f"{sent} of {len(doc['instances'])} instances sent, {doc['bytes_sent']} bytes; "
              f"{len(doc['results'])} results, {len(doc['alerts'])} alerts")
        for a in doc["alerts"]:
            print(f"ALERT {a.get('finding')}: {a.get('sop_instance_uid')} "
                  f"(p={a.get('probability')})")
    return 0
