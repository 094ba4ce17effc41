"""HTTP API over a real uvicorn server: STOW, QIDO, WADO, versions, status, bad input."""

from __future__ import annotations

import io
import json
import time

import httpx
import numpy as np
import pydicom
import pytest

from radview import codec
from radview.net.radview_client import NotAllowedError, RadviewClient, ServerError

from .conftest import real_file
from .helpers import ThreadedServer

FILES = ["693_UNCR.dcm", "MR2_UNCR.dcm", "emri_small.dcm"]


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    with ThreadedServer(tmp_path_factory.mktemp("http") / "data") as s:
        client = s.client_for("radiologist")
        result = client.stow([real_file(n) for n in FILES])
        assert result["status"] == 200 and len(result["stored"]) == 3, result
        s.wait_versions()
        s.client = client
        yield s


def _uids(name: str) -> tuple[str, str, str]:
    ds = pydicom.dcmread(io.BytesIO(real_file(name)), stop_before_pixels=True)
    return ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID


def test_qido_and_plain_query(srv):
    study, series, sop = _uids("693_UNCR.dcm")
    rows = srv.http.get(srv.url + "/dicomweb/studies", params={"StudyInstanceUID": study}).json()
    assert len(rows) == 1 and rows[0]["0020000D"]["Value"] == [study]
    assert rows[0]["00081190"]["Value"][0].endswith(f"/dicomweb/studies/{study}")
    inst = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/series/{series}/instances").json()
    assert [i["00080018"]["Value"][0] for i in inst] == [sop]
    plain = srv.client.query_studies(PatientName="*")
    assert {r["StudyInstanceUID"] for r in plain} >= {study}
    assert all(r["DiagnosticStatus"] == 1 for r in plain)
    assert srv.client.query_studies(ModalitiesInStudy="MR")[0]["ModalitiesInStudy"] == "MR"


def test_wado_returns_the_original_byte_identical(srv):
    study, series, sop = _uids("MR2_UNCR.dcm")
    url = f"{srv.url}/dicomweb/studies/{study}/series/{series}/instances/{sop}"
    assert srv.client.retrieve_original(url) == real_file("MR2_UNCR.dcm")
    r = srv.http.get(f"{srv.url}/dicomweb/studies/{study}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("multipart/related")
    from radview.dicom import multipart

    parts = multipart.read_parts(r.content, r.headers["content-type"])
    assert [p[1] for p in parts] == [real_file("MR2_UNCR.dcm")]


def test_metadata_document_and_frames(srv):
    study, series, sop = _uids("emri_small.dcm")
    meta = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/metadata").json()
    assert len(meta) == 1
    uri = meta[0]["7FE00010"]["BulkDataURI"]
    assert uri.startswith(srv.url) and uri.endswith(f"/instances/{sop}/bulk/7FE00010")
    ds = pydicom.dcmread(io.BytesIO(real_file("emri_small.dcm")))
    assert srv.http.get(uri).content == ds.PixelData
    size = len(ds.PixelData) // int(ds.NumberOfFrames)
    r = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/series/{series}/instances/{sop}/frames/3",
                  headers={"Accept": "application/octet-stream"})
    assert r.content == ds.PixelData[2 * size:3 * size]
    r = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/series/{series}/instances/{sop}/frames/99")
    assert r.status_code == 404 and "frame" in r.json()["error"]


def test_versions_listing_and_progressive_frame(srv):
    study, _series, sop = _uids("MR2_UNCR.dcm")
    srv.client.set_status(study, 2)
    doc = srv.client.versions(sop)
    assert doc["state"] == "done"
    names = {v["name"]: v for v in doc["versions"]}
    assert set(names) == {"V1", "V2", "V3"}
    assert names["V2"]["quality"] == 50 and names["V2"]["target_ratio"] == 5.0  # MR row
    assert names["V3"]["target_ratio"] == 10.0 and names["V1"]["lossless"]
    levels = names["V2"]["frames"][0]["levels"]
    assert max(levels[0]["rows"], levels[0]["cols"]) <= 128
    url = f"{srv.url}/api/instances/{sop}/versions/V2/frames/1"
    r = srv.http.get(url, params={"max_dimension": 256})
    k = int(r.headers["X-Radview-Level"])
    assert max(levels[k]["rows"], levels[k]["cols"]) >= 256 and k < len(levels) - 1
    assert len(r.content) == levels[k]["offset"] + levels[k]["length"]
    img = codec.decode(r.content, level=k)
    assert img.shape[:2] == (levels[k]["rows"], levels[k]["cols"])
    # zoom: only the next level's bytes, by Range
    more = srv.client.extend_frame(url, r.content, levels, k + 1)
    assert len(more) - len(r.content) == levels[k + 1]["length"]
    full = srv.http.get(url).content
    assert more == full[:len(more)]
    assert r.headers["X-Radview-Lossy"] == "1"
    assert r.headers["X-Radview-LossyImageCompression"] == "01"
    assert float(r.headers["X-Radview-LossyImageCompressionRatio"]) > 1
    assert r.headers["X-Radview-LossyImageCompressionMethod"]


def test_lossless_version_decodes_exactly(srv):
    _study, _series, sop = _uids("693_UNCR.dcm")
    study = _uids("693_UNCR.dcm")[0]
    data = srv.http.get(f"{srv.url}/api/instances/{sop}/versions/V1/frames/1").content
    ds = pydicom.dcmread(io.BytesIO(real_file("693_UNCR.dcm")))
    assert np.array_equal(codec.decode(data), ds.pixel_array)
    assert study


def test_status_table_refuses_with_allowed_versions(srv):
    study, _series, sop = _uids("693_UNCR.dcm")
    srv.client.set_status(study, 1)
    with pytest.raises(NotAllowedError) as info:
        srv.client.manifest("study", study, version="V2")
    assert info.value.allowed_versions == ["V1"] and info.value.status == 403
    referrer = srv.client_for("referrer")
    with pytest.raises(NotAllowedError) as info:
        referrer.manifest("study", study, quality=25)
    assert info.value.allowed_versions == []
    r = httpx.get(f"{srv.url}/api/instances/{sop}/versions/V3/frames/1",
                  headers=srv.as_role("referrer"))
    assert r.status_code == 403 and r.json()["allowed_versions"] == []
    srv.client.set_status(study, 2)
    assert referrer.manifest("study", study, quality=25)["version"]["name"] == "V3"
    with pytest.raises(NotAllowedError):
        referrer.manifest("study", study, version="V1")


def test_diagnosis_is_stored_and_returned_with_versions(srv):
    study, _series, _sop = _uids("emri_small.dcm")
    state = srv.client.put_diagnosis(study, notes="no acute finding",
                                     annotations=[{"type": "arrow", "x": 3, "y": 4}])
    assert state["status"] == 4 and state["diagnosis"]["notes"] == "no acute finding"
    doc = srv.client.manifest("study", study, usage="reference", max_dimension=32)
    assert doc["diagnosis"]["annotations"][0]["type"] == "arrow"
    inst = doc["instances"][0]
    assert len(inst["frames"]) == 10
    assert inst["lossy"]["LossyImageCompression"] == "01"
    with pytest.raises(ServerError, match="annotations must be"):
        srv.client.put_diagnosis(study, annotations="oops")  # type: ignore[arg-type]


def test_group_fetch_sends_only_needed_levels(srv):
    study, _series, _sop = _uids("MR2_UNCR.dcm")  # one instance in its own series
    srv.client.set_status(study, 2)
    small = srv.client.fetch("study", study, version="V2", max_dimension=128)
    big = srv.client.fetch("study", study, version="V2")
    assert 0 < small.bytes_received < big.bytes_received
    orig = srv.client.fetch("study", study, version="V1")
    assert orig.instances[0].original == real_file("MR2_UNCR.dcm")
    # the same group request for one series and for one instance
    for scope, uid in (("series", _series), ("instance", _sop)):
        part = srv.client.fetch(scope, uid, version="V2", max_dimension=128)
        assert part.bytes_received == small.bytes_received
        assert [i.sop_instance_uid for i in part.instances] == [_sop]
    r = srv.http.get(f"{srv.url}/api/studies/{study}/bundle",
                  params={"version": "V3", "max_dimension": 128})
    assert r.status_code == 200 and r.headers["content-type"].startswith("multipart/mixed")
    assert "X-Radview-Level" in r.text[:2000]
    assert "X-Radview-LossyImageCompression: 01" in r.text[:2000]


def _bundle_parts(srv, sop, **params):
    from radview.dicom import multipart

    r = srv.http.get(f"{srv.url}/api/instances/{sop}/bundle", params={"version": "V1", **params})
    assert r.status_code == 200, r.text
    return multipart.read_parts(r.content, r.headers["content-type"])


def _range(headers) -> tuple[int, int]:
    a, b = headers["content-range"].split()[1].split("/")[0].split("-")
    return int(a), int(b)


def test_bundle_first_level_sends_the_coarse_level_then_the_rest(srv):
    _study, _series, sop = _uids("MR2_UNCR.dcm")  # 1024²: levels 128 .. 1024
    (plain_head, plain), = _bundle_parts(srv, sop, max_dimension=512)
    whole = codec.read_header(plain)
    coarse, rest = _bundle_parts(srv, sop, max_dimension=512, first_level=0)
    assert coarse[0]["x-radview-level"] == "0" and rest[0]["x-radview-level"] == \
        plain_head["x-radview-level"] == "2"
    end0 = whole.levels[0].offset + whole.levels[0].length
    assert _range(coarse[0]) == (0, end0 - 1) and _range(rest[0]) == (end0, _range(plain_head)[1])
    assert coarse[1] + rest[1] == plain  # the same bytes, split after level 0
    assert codec.decode(coarse[1], level=0).shape == (128, 128)
    # nothing to split: the coarse level is the one asked, or already held
    (one_head, one), = _bundle_parts(srv, sop, max_dimension=100, first_level=0)
    assert one_head["x-radview-level"] == "0" and one == coarse[1]
    (after_head, after), = _bundle_parts(srv, sop, max_dimension=512, after_level=0,
                                         first_level=0)
    assert after == rest[1] and _range(after_head) == _range(rest[0])
    for bad in ("-1", "x"):
        r = srv.http.get(f"{srv.url}/api/instances/{sop}/bundle",
                         params={"version": "V1", "first_level": bad})
        assert r.status_code == 400 and "first_level" in r.json()["error"]


def test_first_level_puts_every_coarse_part_before_the_finer_ones():
    from radview.server.http.versions import _first_level_first

    table = [{"offset": 100, "length": 50}, {"offset": 150, "length": 200},
             {"offset": 350, "length": 800}]
    jobs = [(sop, {"frame": 1, "level_table": table}, None, 2, 0, 1149) for sop in "ab"]
    jobs.append(("c", {"frame": 1, "level_table": table}, None, 2, 150, 1149))  # held level 0
    out = [(sop, level, a, b) for sop, _f, _lossy, level, a, b in _first_level_first(jobs, 0)]
    assert out == [("a", 0, 0, 149), ("b", 0, 0, 149),
                   ("a", 2, 150, 1149), ("b", 2, 150, 1149), ("c", 2, 150, 1149)]
    assert _first_level_first(jobs, 2) == jobs  # the level asked is no finer: one part each


@pytest.mark.parametrize("path, status", [
    ("/dicomweb/studies?limit=abc", 400),
    ("/dicomweb/studies?NoSuchAttribute=1", 400),
    ("/dicomweb/studies/not-a-uid/metadata", 400),
    ("/dicomweb/studies/1.2.3.4/metadata", 404),
    ("/api/instances/1.2.3/versions", 404),
    ("/api/studies/1.2.3/manifest?version=V2", 404),
    ("/api/instances/x;drop/versions", 400),
])
def test_bogus_parameters_and_uids_get_clear_errors(srv, path, status):
    r = srv.http.get(srv.url + path)
    assert r.status_code == status
    assert r.json()["error"]


def test_bad_version_parameters(srv):
    study, _series, sop = _uids("693_UNCR.dcm")
    for params, status in ((({"version": "V9"}), 404), ({"quality": "500"}, 400),
                           ({"usage": "nonsense"}, 404), ({}, 400),
                           ({"version": "V2", "max_dimension": "-3"}, 400)):
        r = srv.http.get(f"{srv.url}/api/studies/{study}/manifest", params=params)
        assert r.status_code == status, (params, r.text)
    url = f"{srv.url}/api/instances/{sop}/versions/V2/frames/1"
    assert srv.http.get(url, headers={"Range": "bytes=99999999-"}).status_code == 416
    assert srv.http.get(url + "?level=1", headers={"Range": "bytes=0-10"}).status_code == 400
    assert srv.http.put(f"{srv.url}/api/studies/{study}/status", content=b"{\"status\": 9}"
                     ).status_code == 400
    assert srv.http.put(f"{srv.url}/api/studies/{study}/status", content=b"nope").status_code == 400


def test_stow_bad_input_is_rejected_and_nothing_half_stored(srv):
    before = srv.client.health()["counts"]["instances"]
    res = srv.client.stow([b"garbage" * 100, real_file("693_UNCR.dcm")])
    assert res["status"] == 202 and len(res["failed"]) == 1 and "DICM" in res["failed"][0]["reason"]
    res = srv.client.stow([real_file("MR2_UNCR.dcm")[:3000]])
    assert res["status"] == 409
    body = (b"--b\r\nContent-Type: application/dicom\r\n\r\n" + real_file("US1_UNCR.dcm")[:50000])
    r = srv.http.post(srv.url + "/dicomweb/studies", content=body,
                   headers={"Content-Type": 'multipart/related; type="application/dicom"; '
                                            "boundary=b"})
    assert r.status_code == 400 and "truncated" in r.json()["error"]
    r = srv.http.post(srv.url + "/dicomweb/studies", content=b"{}",
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 415
    assert srv.client.health()["counts"]["instances"] == before


def test_access_log_records_user_and_role_from_the_token(srv):
    r = httpx.get(srv.url + "/api/config",
                  headers={**srv.as_role("admin"), "X-Radview-User": "zed",
                           "X-Radview-Role": "radiologist"})
    assert r.status_code == 200
    lines = (srv.server.data_dir / "access.log").read_text().splitlines()
    entries = [json.loads(x) for x in lines]
    assert any(e["user"] == "adm" and e["role"] == "admin" and e["path"] == "/api/config"
               for e in entries)
    assert not any(e["user"] == "zed" for e in entries)


def test_import_dicomdir_and_folders(srv, capsys):
    from pydicom.data import get_testdata_file

    from radview.cli import main
    from radview.net.importer import collect

    dicomdir = get_testdata_file("DICOMDIR")
    files, skipped = collect([dicomdir])
    assert len(files) >= 10 and not skipped
    code = main(["import", dicomdir, "--server", srv.url, "--json",
                 "--token", srv.tokens["technician"]])
    summary = json.loads(capsys.readouterr().out)
    assert summary["files"] == len(files)
    assert summary["stored"] + summary["rejected"] == len(files) and summary["stored"] > 0
    assert code == (0 if summary["rejected"] == 0 else 1)
    assert main(["import", "/no/such/path", "--server", srv.url]) == 1
    assert main(["import", dicomdir, "--server", srv.url, "--token", "rv_wrong"]) == 1


def test_client_disconnects_mid_transfer(srv):
    import socket

    before = srv.client.health()["counts"]["instances"]
    data = real_file("US1_UNCR.dcm")
    body = b"--b\r\nContent-Type: application/dicom\r\n\r\n" + data + b"\r\n--b--\r\n"
    host, port = "127.0.0.1", int(srv.url.rsplit(":", 1)[1])
    auth = f"Authorization: Bearer {srv.tokens['radiologist']}\r\n".encode()
    with socket.create_connection((host, port)) as s:  # upload cut off half way
        s.sendall(b"POST /dicomweb/studies HTTP/1.1\r\nHost: x\r\n" + auth +
                  b'Content-Type: multipart/related; type="application/dicom"; boundary=b\r\n'
                  + f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:len(body) // 2])
    study, _series, _sop = _uids("MR2_UNCR.dcm")
    with socket.create_connection((host, port)) as s:  # download abandoned after 1 kB
        s.sendall(f"GET /dicomweb/studies/{study} HTTP/1.1\r\nHost: x\r\n".encode()
                  + auth + b"\r\n")
        assert s.recv(1024).startswith(b"HTTP/1.1 200")
    time.sleep(0.5)
    assert srv.client.health()["counts"]["instances"] == before
    ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True)
    r = srv.http.get(f"{srv.url}/dicomweb/studies/{ds.StudyInstanceUID}/metadata")
    assert r.status_code == 404  # nothing half-stored
    assert srv.client.stow([data])["status"] == 200  # and the server still works


def test_version_policy_picks_from_conditions(srv):
    study, _series, _sop = _uids("693_UNCR.dcm")
    srv.client.set_status(study, 2)
    def pick(role, **kw):
        return RadviewClient(srv.url, token=srv.tokens[role], **kw).manifest(
            "study", study, version="auto")

    assert pick("radiologist", place="reading-room", link_kbps=1e6)["version"]["name"] == "V1"
    assert pick("radiologist", link_kbps=500)["version"]["name"] == "V3"
    assert pick("radiologist", place="home", link_kbps=8000)["version"]["name"] == "V2"
    doc = pick("referrer")
    assert doc["version"]["name"] == "V2" and "policy rule 1" in doc["selected_by"]
    srv.client.set_status(study, 1)
    assert pick("radiologist", link_kbps=500)["version"]["name"] == "V1"  # unread: V1 only
    with pytest.raises(NotAllowedError):
        pick("referrer")
    r = srv.http.get(f"{srv.url}/api/studies/{study}/manifest", params={"version": "auto"},
                  headers={"X-Radview-Link-Kbps": "fast"})
    assert r.status_code == 400 and "number" in r.json()["error"]


def test_large_json_answers_are_gzipped_when_accepted(srv):
    study, _series, _sop = _uids("MR2_UNCR.dcm")
    url = f"{srv.url}/dicomweb/studies/{study}/metadata"
    raw = srv.http.get(url, headers={"Accept-Encoding": "identity"})
    packed = srv.http.get(url, headers={"Accept-Encoding": "gzip"})
    assert raw.status_code == packed.status_code == 200
    assert "content-encoding" not in raw.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["content-type"].startswith("application/dicom+json")
    assert packed.json() == raw.json()  # httpx decodes it
    assert int(packed.headers["content-length"]) < len(raw.content)
    # small answers and pixel data go as they are
    assert "content-encoding" not in httpx.get(srv.url + "/api/health").headers


def test_metadata_document_is_each_stored_header_with_absolute_uris(srv):
    study, _series, _sop = _uids("MR2_UNCR.dcm")
    doc = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/metadata").json()
    assert len(doc) == 1
    ds = pydicom.dcmread(io.BytesIO(real_file("MR2_UNCR.dcm")), stop_before_pixels=True)
    assert doc[0]["00080018"]["Value"] == [str(ds.SOPInstanceUID)]
    assert doc[0]["00280010"]["Value"] == [int(ds.Rows)]
    uris = [v["BulkDataURI"] for v in doc[0].values() if "BulkDataURI" in v]
    assert uris and all(u.startswith(f"{srv.url}/dicomweb/studies/{study}/") for u in uris)
    assert all(srv.http.get(u).status_code == 200 for u in uris)
