"""`radview bench server [--slices N] [--studies N] [--repeat R] [--json]`: image server figures.

Runs a real server (uvicorn on a free port, durable store: fsync on) in this
process and measures, over real HTTP:

- **ingest** (STOW-RS, batches of 10) of a CT series of N slices (default 300,
  made from pydicom-data's 512² CT ``693_UNCR`` with new UIDs and per-slice
  shifted pixels, so no blob is shared) and of every pydicom-data image:
  acknowledged instances/s, and instances/s *with versions built* (V1 lossless,
  V2, V3, by the background worker). Anchor: writing + fsyncing the same bytes
  to plain files (the disk floor).
- **query** latency with M studies indexed (default 10 000, metadata-only
  instances, with fsync off while loading): QIDO-RS study queries (exact ID,
  name wildcard, date range, modality, UID) and C-FIND (if the DIMSE module is
  present), medians over R repeats. Anchor: GET /api/health and C-ECHO.
- **fetch** of the CT series and of RG1 (CR chest 2140×1760) as V1/V2/V3 at
  max_dimension 512 / 1024 / full: bytes, seconds, and bytes/original.
  V1 at full size is the original Part 10 file (byte-identical). Anchor: WADO-RS
  of the originals.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from radview.bench.timing import repeat_ms


def _ct_series(n: int) -> list[bytes]:
    import numpy as np
    import pydicom
    from pydicom.uid import generate_uid

    from radview.resources.sample_images import pydicom_data_file

    ds = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    base = ds.pixel_array
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientID, ds.PatientName = "BENCH-CT", "Bench^CT"
    out = []
    for i in range(n):
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = i + 1
        ds.ImagePositionPatient = [0, 0, -i * 1.0]
        ds.SliceLocation = -i * 1.0
        ds.PixelData = np.roll(base, (i * 3) % 97, axis=0).astype(base.dtype).tobytes()
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        out.append(buf.getvalue())
    return out


def _metadata_studies(n: int) -> list[bytes]:
    """n single-instance studies without pixel data (fast to index)."""
    import pydicom
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    mods = ["CT", "MR", "CR", "US", "DX", "MG"]
    out = []
    for i in range(n):
        ds = pydicom.Dataset()
        ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
        ds.SOPInstanceUID = f"1.2.826.0.1.3680043.10.999.3.{i}"
        ds.StudyInstanceUID = f"1.2.826.0.1.3680043.10.999.1.{i}"
        ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.10.999.2.{i}"
        ds.PatientID = f"P{i % 4000:05d}"
        ds.PatientName = f"Patient{i % 4000:05d}^Test"
        ds.StudyDate = f"{2000 + i % 25}{(i % 12) + 1:02d}{(i % 28) + 1:02d}"
        ds.Modality = mods[i % len(mods)]
        ds.StudyDescription = f"{ds.Modality} STUDY {i % 50}"
        ds.AccessionNumber = f"A{i:07d}"
        ds.file_meta = FileMetaDataset()
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        out.append(buf.getvalue())
    return out


def _disk_anchor(files: list[bytes], folder: Path) -> float:
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for i, data in enumerate(files):
        with open(folder / f"{i}.dcm", "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    return len(files) / (time.perf_counter() - t0)


class _Server:
    def __init__(self, data: Path, *, fsync: bool = True, dicom: bool = False):
        import socket

        from radview.server.main import RunningServer

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        from radview.server.users import UserStore

        self.rs = RunningServer(data, http_port=port, dicom_port=0 if dicom else None,
                                fsync=fsync)
        # requests carry a real token, associations a registered calling AE title, as a
        # client's would: the figures include authentication and the audit record
        self.token = UserStore(data).add("bench", "admin", ae_title="BENCH")
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.url = f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.rs.serve, daemon=True)

    def __enter__(self):
        import httpx

        self.thread.start()
        for _ in range(200):
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("bench server did not start")

    def __exit__(self, *exc):
        self.rs.stop()
        self.thread.join(timeout=30)


def _ingest(client, server, files: list[bytes], batch: int = 10) -> dict:
    t0 = time.perf_counter()
    stored = failed = 0
    for i in range(0, len(files), batch):
        res = client.stow(files[i:i + batch])
        stored += len(res["stored"])
        failed += len(res["failed"])
    t_ack = time.perf_counter() - t0
    server.rs.worker.wait_idle()
    t_all = time.perf_counter() - t0
    return {"files": len(files), "acknowledged": stored, "rejected": failed,
            "seconds_ack": round(t_ack, 3), "seconds_with_versions": round(t_all, 3),
            "instances_per_s": round(stored / t_ack, 2) if t_ack else None,
            "instances_per_s_with_versions": round(stored / t_all, 2) if t_all else None}


def _median_ms(fn, repeat: int) -> float:
    times, _ = repeat_ms(fn, repeat)
    return round(statistics.median(times), 2)


def _query_bench(tmp: Path, n_studies: int, repeat: int) -> dict:
    import httpx

    from radview.net.radview_client import RadviewClient

    data = tmp / "query"
    files = _metadata_studies(n_studies)
    with _Server(data, fsync=False, dicom=True) as server:
        client = RadviewClient(server.url, token=server.token)
        t0 = time.perf_counter()
        for i in range(0, len(files), 200):
            client.stow(files[i:i + 200])
        load_s = time.perf_counter() - t0
        http = httpx.Client(base_url=server.url, headers=server.headers)
        q = lambda **p: http.get("/dicomweb/studies", params=p).raise_for_status()  # noqa: E731
        res = {"studies_indexed": server.rs.store.counts()["studies"],
               "load_seconds": round(load_s, 2),
               "anchor_health_ms": _median_ms(lambda: http.get("/api/health"), repeat)}
        res["qido_ms"] = {
            "patient_id_exact": _median_ms(lambda: q(PatientID="P01234"), repeat),
            "patient_name_wildcard": _median_ms(lambda: q(PatientName="Patient012*"), repeat),
            "date_range_month": _median_ms(lambda: q(StudyDate="20100101-20100131"), repeat),
            "modality_limit_100": _median_ms(lambda: q(ModalitiesInStudy="MR", limit=100),
                                             repeat),
            "study_uid": _median_ms(lambda: q(StudyInstanceUID="1.2.826.0.1.3680043.10.999.1.77"),
                                    repeat),
            "all_limit_100": _median_ms(lambda: q(limit=100), repeat),
        }
        res["cfind_ms"] = _cfind_bench(server, repeat)
        http.close()
    return res


def _cfind_bench(server, repeat: int) -> dict:
    from pydicom.dataset import Dataset
    from pynetdicom import AE
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelFind, Verification

    ae = AE(ae_title="BENCH")
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelFind)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", server.rs.dimse_port, ae_title="RADVIEW")
    if not assoc.is_established:
        raise RuntimeError("the bench server refused the C-FIND association of AE BENCH")
    try:

        def find(**keys):
            ds = Dataset()
            ds.QueryRetrieveLevel = "STUDY"
            ds.StudyInstanceUID = ""
            ds.PatientName = ""
            for k, v in keys.items():
                setattr(ds, k, v)
            n = 0
            for status, _ident in assoc.send_c_find(ds, StudyRootQueryRetrieveInformationModelFind):
                if status and status.Status in (0xFF00, 0xFF01):
                    n += 1
                elif not status or status.Status != 0x0000:
                    raise RuntimeError(f"C-FIND {keys} failed: {status!r}")
            return n

        out = {
            "anchor_echo_ms": _median_ms(lambda: assoc.send_c_echo(), repeat),
            "patient_id_exact": _median_ms(lambda: find(PatientID="P01234"), repeat),
            "patient_name_wildcard": _median_ms(lambda: find(PatientName="Patient012*"), repeat),
            "date_range_month": _median_ms(lambda: find(StudyDate="20100101-20100131"), repeat),
        }
        return out
    finally:
        assoc.release()


def _fetch_bench(client, study: str, label: str, original_bytes: int) -> list[dict]:
    rows = []
    t0 = time.perf_counter()
    orig = client.fetch("study", study, version="V1")
    anchor = time.perf_counter() - t0
    if orig.bytes_received != original_bytes:
        raise RuntimeError(f"{label}: V1 of the study is {orig.bytes_received} bytes, "
                           f"its originals {original_bytes}")
    for version in ("V1", "V2", "V3"):
        for md in (512, 1024, None):
            t0 = time.perf_counter()
            got = client.fetch("study", study, version=version, max_dimension=md)
            secs = time.perf_counter() - t0
            rows.append({"data": label, "version": version,
                         "max_dimension": md or "full", "bytes": got.bytes_received,
                         "seconds": round(secs, 3),
                         "ratio_to_original": round(got.bytes_received / original_bytes, 4),
                         "anchor_wado_originals_s": round(anchor, 3)})
    return rows


def main(argv: list[str]) -> int:
    from radview.errors import UsageError

    parser = argparse.ArgumentParser(prog="radview bench server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slices", type=int, default=300, help="CT slices (default 300)")
    parser.add_argument("--studies", type=int, default=10000,
                        help="studies indexed for query latency (default 10000)")
    parser.add_argument("--repeat", type=int, default=15, help="repeats for medians (default 15)")
    parser.add_argument("--skip-real", action="store_true", help="skip the pydicom-data ingest")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.slices < 1 or args.studies < 1 or args.repeat < 1:
        raise UsageError("--slices, --studies and --repeat must be at least 1")

    import logging

    import pydicom

    from radview.net.radview_client import RadviewClient
    from radview.resources.sample_images import pydicom_data_dir, pydicom_data_file

    logging.getLogger("radview").setLevel(logging.ERROR)
    result: dict = {"cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="radview-bench-") as tmpname:
        tmp = Path(tmpname)
        ct = _ct_series(args.slices)
        # RG1 is ingested (and fetched) on its own; the other real files after the fetch
        # figures, since some of them share RG1's study
        real = [p.read_bytes() for p in sorted(pydicom_data_dir().glob("*.dcm"))
                if p.name != "RG1_UNCR.dcm"]
        result["anchor_disk_fsync_files_per_s"] = round(_disk_anchor(ct, tmp / "anchor"), 1)
        with _Server(tmp / "data") as server:
            client = RadviewClient(server.url, token=server.token)
            result["ingest_ct"] = {"slices": args.slices, **_ingest(client, server, ct)}
            rg1 = pydicom_data_file("RG1_UNCR.dcm").read_bytes()
            _ingest(client, server, [rg1])
            ct_study = pydicom.dcmread(io.BytesIO(ct[0]), stop_before_pixels=True).StudyInstanceUID
            rg1_study = pydicom.dcmread(io.BytesIO(rg1), stop_before_pixels=True).StudyInstanceUID
            for study in (ct_study, rg1_study):
                client.set_status(study, 2)
            result["fetch"] = (_fetch_bench(client, ct_study, f"CT series ({args.slices} slices)",
                                            sum(map(len, ct)))
                               + _fetch_bench(client, rg1_study, "RG1 CR chest", len(rg1)))
            if not args.skip_real:
                result["ingest_pydicom_data"] = _ingest(client, server, real)
        result["query"] = _query_bench(tmp, args.studies, args.repeat)

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"disk anchor: {result['anchor_disk_fsync_files_per_s']} files/s (write+fsync)")
    for key in ("ingest_ct", "ingest_pydicom_data"):
        if key in result:
            r = result[key]
            print(f"{key}: {r['acknowledged']}/{r['files']} stored, {r['instances_per_s']} inst/s "
                  f"acknowledged, {r['instances_per_s_with_versions']} inst/s with versions")
    q = result["query"]
    print(f"query with {q['studies_indexed']} studies: anchor GET /api/health "
          f"{q['anchor_health_ms']} ms")
    for k, v in q["qido_ms"].items():
        print(f"  QIDO {k}: {v} ms")
    if isinstance(q["cfind_ms"], dict):
        for k, v in q["cfind_ms"].items():
            print(f"  C-FIND {k}: {v} ms")
    print("fetch (bytes, seconds, bytes/original):")
    for r in result["fetch"]:
        print(f"  {r['data']:<24} {r['version']} {str(r['max_dimension']):>5}: "
              f"{r['bytes']:>11} B {r['seconds']:>7.3f} s  {r['ratio_to_original']:.4f}  "
              f"(anchor WADO originals {r['anchor_wado_originals_s']} s)")
    return 0
