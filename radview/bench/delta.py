"""`radview bench delta [--seed S] [--ct-slices N] [--patients N] [--json]`.

Delta upload end to end against a real server on loopback, on demo patients
generated with a seed other than the one the shipped standard set was built
from (so no image sent is one the set was made of). Figures, for the
instances that were sent:

- bytes on the wire (packages: de-identified metadata + delta or instance)
  next to the same instances' pixel data compressed losslessly by JPEG 2000
  (openjpeg via imagecodecs, reversible 5/3) and by radview's lossless codec,
  and uncompressed;
- throughput (instances/s, MB/s of original pixel data) of the whole path
  (read, de-identify, score, delta, send, rebuild, verify, store, analyse)
  next to STOW-RS of the same original files to a fresh server of the same
  kind (the plain upload a site would otherwise do, no de-identification).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

SERVER_CONFIG = {"versions": [{"name": "V1", "usage": "diagnosis", "quality": 100,
                               "lossless": True}],
                 "permissions": {str(s): ["V1"] for s in range(1, 6)},
                 "roles": {"radiologist": "*", "referrer": ["V1"], "technician": "*",
                           "admin": "*"},
                 "policy": [{"when": {}, "version": "V1"}]}


def _server(data: Path):
    from radview.bench.server import _Server

    data.mkdir(parents=True)
    (data / "config.json").write_text(json.dumps(SERVER_CONFIG))
    return _Server(data, fsync=False)


def _anchors(files: list[Path]) -> dict:
    import imagecodecs
    import numpy as np
    import pydicom

    from radview import codec

    raw = j2k = ours = 0
    for i, f in enumerate(files):
        ds = pydicom.dcmread(f)
        px = ds.pixel_array
        raw += px.nbytes
        j = imagecodecs.jpeg2k_encode(px, level=0, reversible=True)
        if i == 0 and not np.array_equal(imagecodecs.jpeg2k_decode(j), px):
            raise RuntimeError("JPEG 2000 anchor is not lossless")
        j2k += len(j)
        ours += len(codec.encode(px, lossless=True, bits_stored=int(ds.BitsStored)))
    return {"raw_pixel_bytes": raw, "jpeg2000_lossless_bytes": j2k,
            "radview_lossless_bytes": ours}


def _stow(url: str, token: str, files: list[Path]) -> tuple[float, int]:
    from radview.net.radview_client import RadviewClient

    blobs = [f.read_bytes() for f in files]
    t0 = time.perf_counter()
    with RadviewClient(url, token=token) as client:
        for i in range(0, len(blobs), 8):
            client.stow(blobs[i:i + 8])
    return time.perf_counter() - t0, sum(map(len, blobs))


def main(argv: list[str]) -> int:
    from radview.delta import standard_set
    from radview.demo.generator import generate
    from radview.net import deid
    from radview.net.delta_upload import DeltaClient, upload

    ap = argparse.ArgumentParser(prog="radview bench delta", description=__doc__)
    ap.add_argument("--seed", type=int, default=7, help="demo seed (not the set's 20261122)")
    ap.add_argument("--patients", type=int, default=6)
    ap.add_argument("--ct-slices", type=int, default=24)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    std = standard_set.load()
    with tempfile.TemporaryDirectory(prefix="radview-bench-delta-") as tmp:
        root = Path(tmp)
        generate(root / "demo", patients=args.patients, seed=args.seed, include_real=False,
                 ct_slices=args.ct_slices)
        files = sorted((root / "demo").rglob("*.dcm"))
        writer = deid.ReidWriter(root / "reid.sqlite")
        d = deid.Deidentifier(deid.load_or_create(root / "site.key"), writer)
        with _server(root / "server-delta") as srv:
            client = DeltaClient(srv.url, token=srv.token)
            t0 = time.perf_counter()
            doc = upload([(str(f), f.read_bytes) for f in files], client=client, std=std, deid=d)
            delta_s = time.perf_counter() - t0
            client.close()
        writer.close()
        rows = doc["instances"]
        sent = [Path(r["file"]) for r in rows if r["sent"]]
        anchors = _anchors(sent)
        with _server(root / "server-stow") as srv:
            stow_s, stow_bytes = _stow(srv.url, srv.token, sent)
    reasons: dict[str, int] = {}
    for r in rows:
        key = "sent: " + ("delta" if r["reason"] == "delta" else "instance") if r["sent"] \
            else r["reason"].split(":")[0] + ": " + r["reason"].split(":")[1].split("(")[0].strip()[:40]
        reasons[key] = reasons.get(key, 0) + 1
    mb = anchors["raw_pixel_bytes"] / 1e6
    payload = sum(min(r["delta_bytes"], r["lossless_bytes"]) for r in rows if r["sent"])
    result = {
        "benchmark": "delta", "standard_set": f"{std.set_id} {std.version}",
        "demo_seed": args.seed, "patients": args.patients, "ct_slices": args.ct_slices,
        "files": len(rows), "sent": len(sent), "outcomes": reasons,
        "bytes_sent": doc["bytes_sent"], "pixel_payload_bytes": payload,
        "metadata_and_header_bytes": doc["bytes_sent"] - payload, **anchors,
        "delta_upload_s": round(delta_s, 2), "stow_s": round(stow_s, 2),
        "stow_bytes": stow_bytes,
        "delta_instances_per_s": round(len(sent) / delta_s, 2) if delta_s else None,
        "delta_mb_per_s": round(mb / delta_s, 2) if delta_s else None,
        "stow_mb_per_s": round(mb / stow_s, 2) if stow_s else None,
        "link": "loopback, no rate limit", "cpus": os.cpu_count(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"delta upload: {len(rows)} demo files (seed {args.seed}), {len(sent)} sent, "
          f"standard set {result['standard_set']}")
    for k, v in sorted(reasons.items()):
        print(f"  {v:5d}  {k}")
    print(f"  bytes for the {len(sent)} instances sent ({mb:.1f} MB of pixel data):")
    for label, n in (("delta upload, on the wire", doc["bytes_sent"]),
                     ("  of which pixel payloads", payload),
                     ("  of which metadata + headers", doc["bytes_sent"] - payload),
                     ("anchor: JPEG 2000 lossless", anchors["jpeg2000_lossless_bytes"]),
                     ("anchor: radview lossless codec", anchors["radview_lossless_bytes"]),
                     ("uncompressed pixel data", anchors["raw_pixel_bytes"])):
        print(f"    {label:32s} {n / 1e6:8.2f} MB  ({n / max(anchors['raw_pixel_bytes'], 1):.3f})")
    print(f"  throughput: delta upload {result['delta_instances_per_s']} inst/s "
          f"{result['delta_mb_per_s']} MB/s; anchor STOW of the originals "
          f"{result['stow_mb_per_s']} MB/s ({result['link']}, load {result['load_avg_1min']} "
          f"on {result['cpus']} cpus)")
    return 0
