"""The server as a real process: CLI import/query/fetch, SIGTERM, SIGKILL during ingest."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pydicom
import pytest
from pydicom.uid import generate_uid

from radview.net.radview_client import RadviewClient

from .conftest import real_file
from .helpers import free_port, make_users

PY = [sys.executable, "-m", "radview"]


def start(data, port, log):
    proc = subprocess.Popen(PY + ["server", "--data", str(data), "--http-port", str(port),
                                  "--no-dicom"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited early")
        try:
            if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def variants(name: str, n: int) -> list[bytes]:
    ds = pydicom.dcmread(io.BytesIO(real_file(name)))
    ds.StudyInstanceUID = generate_uid()
    out = []
    for _ in range(n):
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        out.append(buf.getvalue())
    return out


def run_cli(*args, check=True, token=None):
    env = {k: v for k, v in os.environ.items() if k != "RADVIEW_TOKEN"}
    if token:
        env["RADVIEW_TOKEN"] = token
    r = subprocess.run(PY + list(args), capture_output=True, text=True, timeout=300, env=env)
    if check and r.returncode != 0:
        raise AssertionError(f"radview {' '.join(args)} failed: {r.stdout}\n{r.stderr}")
    return r


def test_cli_import_query_fetch_and_clean_sigterm(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.dcm").write_bytes(real_file("MR2_UNCR.dcm"))
    (src / "b.dcm").write_bytes(real_file("693_UNCR.dcm"))
    (src / "notes.txt").write_text("not dicom")
    # a config file with two versions only (also keeps this test quick)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "config.json").write_text(json.dumps({"versions": [
        {"name": "V1", "usage": "diagnosis", "quality": 100, "lossless": True},
        {"name": "V2", "usage": "reference", "quality": 50}]}))
    tech = run_cli("users", "add", "tech", "--role", "technician", "--ae-title", "MOD1",
                   "--data", str(tmp_path / "data")).stdout.splitlines()[-1]
    log = open(tmp_path / "server.log", "w")
    proc, url = start(tmp_path / "data", free_port(), log)
    try:
        # a user added while the server runs can log in at once
        rad = run_cli("users", "add", "rad", "--role", "radiologist",
                      "--data", str(tmp_path / "data")).stdout.splitlines()[-1]
        assert rad.startswith("rv_") and len(rad) >= 40
        assert [v["name"] for v in RadviewClient(url, token=rad).config()["versions"]] == \
            ["V1", "V2"]
        r = run_cli("import", str(src), "--server", url, "--json", check=False)
        assert r.returncode == 1 and "Bearer" in r.stderr  # no token: nothing sent
        r = run_cli("import", str(src), "--server", url, "--json", "--token", tech)
        summary = json.loads(r.stdout)
        assert summary["stored"] == 2 and summary["rejected"] == 0
        assert any("not a DICOM" in s for s in summary["skipped"])
        again = json.loads(run_cli("import", str(src), "--server", url, "--json",
                                   token=tech).stdout)
        assert again["stored"] == 2  # duplicates are idempotent
        rows = json.loads(run_cli("query", "--server", url, "--modality", "MR", "--json",
                                  token=rad).stdout)
        assert len(rows) == 1
        study = rows[0]["StudyInstanceUID"]
        text = run_cli("query", "--server", url, token=rad).stdout
        assert study in text and "status 1" in text
        series = json.loads(run_cli("query", "--server", url, "--level", "series", "--study",
                                    study, "--json", "--token", rad).stdout)
        assert len(series) == 1
        text = run_cli("query", "--server", url, "--level", "instance", "--series",
                       series[0]["SeriesInstanceUID"], token=rad).stdout
        assert "1024x1024" in text
        r = run_cli("query", "--server", url, "--level", "series", check=False, token=rad)
        assert r.returncode == 2 and "--study" in r.stderr
        deadline = time.monotonic() + 120
        while httpx.get(url + "/api/health").json()["pending_versions"] and \
                time.monotonic() < deadline:
            time.sleep(0.3)
        out1 = tmp_path / "v1"
        doc = json.loads(run_cli("fetch", "--server", url, "--study", study, "--version", "V1",
                                 "--out", str(out1), "--json", token=rad).stdout)
        (item,) = doc["instances"]
        assert {"sop_instance_uid", "version", "quality", "levels_received", "rows", "columns",
                "bytes_received", "path"} <= set(item)
        assert item["version"] == "V1" and item["sop_instance_uid"]
        assert item["bytes_received"] == len(real_file("MR2_UNCR.dcm"))
        path = item["path"]
        assert open(path, "rb").read() == real_file("MR2_UNCR.dcm")
        assert doc["bytes_received_total"] == len(real_file("MR2_UNCR.dcm"))
        # lossy versions are refused while the study is unread ...
        r = run_cli("fetch", "--server", url, "--study", study, "--quality", "50",
                    "--out", str(tmp_path / "v2"), "--json", check=False, token=rad)
        assert r.returncode == 1 and "not allowed" in r.stderr and "V1" in r.stderr
        RadviewClient(url, token=rad).set_status(study, 2)
        doc = json.loads(run_cli("fetch", "--server", url, "--study", study, "--quality", "50",
                                 "--max-dimension", "512", "--out", str(tmp_path / "v2"),
                                 "--json", token=rad).stdout)
        item = doc["instances"][0]
        assert item["version"] == "V2" and item["quality"] == 50
        assert item["levels_received"] and 0 < item["bytes_received"] == doc["bytes_received_total"]
        assert max(item["rows"], item["columns"]) >= 512 and item["rows"] < 1024
        assert 0 < doc["bytes_received_total"] < len(real_file("MR2_UNCR.dcm")) / 5
        ds = pydicom.dcmread(item["path"])
        assert ds.LossyImageCompression == "01" and ds.pixel_array.shape == (item["rows"],
                                                                            item["columns"])
        r = run_cli("fetch", "--server", url, "--study", "1.2.3", "--version", "V1",
                    "--out", str(tmp_path / "x"), check=False, token=rad)
        assert r.returncode == 1 and "no study" in r.stderr
        # a removed user's token stops working without a restart
        run_cli("users", "remove", "rad", "--data", str(tmp_path / "data"))
        r = run_cli("query", "--server", url, check=False, token=rad)
        assert r.returncode == 1 and "unknown token" in r.stderr
        listed = json.loads(run_cli("users", "list", "--json", "--data",
                                    str(tmp_path / "data")).stdout)
        assert [(u["name"], u["role"], u["ae_title"]) for u in listed] == \
            [("tech", "technician", "MOD1")]
        assert "token" not in json.dumps(listed)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        log.close()
    text = (tmp_path / "server.log").read_text()
    assert code == 0 and "stopped cleanly" in text, text[-2000:]


@pytest.mark.slow
def test_sigkill_during_ingest_loses_no_acknowledged_instance(tmp_path):
    files = variants("693_UNCR.dcm", 60)
    (tmp_path / "data").mkdir()
    token = make_users(tmp_path / "data")["technician"]
    port = free_port()
    log = open(tmp_path / "server.log", "w")
    proc, url = start(tmp_path / "data", port, log)
    acked: list[bytes] = []
    stop = threading.Event()

    def upload():
        client = RadviewClient(url, token=token, timeout=10)
        for data in files:
            if stop.is_set():
                return
            try:
                res = client.stow([data])
            except Exception:  # noqa: BLE001 - the server dies under us
                return
            if res["status"] == 200:
                acked.append(data)

    t = threading.Thread(target=upload)
    t.start()
    deadline = time.monotonic() + 60
    while len(acked) < 15 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stop.set()
    t.join()
    assert len(acked) >= 15
    proc, url = start(tmp_path / "data", port, log)
    try:
        client = RadviewClient(url, token=token)
        for data in acked:
            ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True)
            back = client.retrieve_original(
                f"/dicomweb/studies/{ds.StudyInstanceUID}/series/{ds.SeriesInstanceUID}"
                f"/instances/{ds.SOPInstanceUID}")
            assert hashlib.sha256(back).digest() == hashlib.sha256(data).digest()
        # the store is consistent: whatever it lists, it can read back
        count = client.health()["counts"]["instances"]
        assert len(acked) <= count <= len(acked) + 1
        # the upload can simply be repeated: duplicates are idempotent, the rest is stored
        res = client.stow(files)
        assert res["status"] == 200 and len(res["stored"]) == len(files)
        assert client.health()["counts"]["instances"] == len(files)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()
