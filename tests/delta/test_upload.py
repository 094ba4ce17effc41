"""Delta upload against a real server: exact rebuild, refusals, no identifier anywhere."""

from __future__ import annotations

import io
import json

import httpx
import numpy as np
import pydicom
import pytest

from radview.delta import lossless
from radview.delta import package as pkg
from radview.delta import standard_set
from radview.net.delta_upload import DeltaClient, prepare, upload

from .conftest import auth, auth_headers, server_in
from .identifiers import keyed_uids, leaks, planted, with_bleed
from .wire import RecordingProxy


def _items(paths):
    return [(str(p), p.read_bytes) for p in paths]


def _stored_count(srv) -> int:
    return len(srv.server.store.instance_uids())


def _upload(srv, site, items, url=None, **kw):
    client = DeltaClient(url or srv.url, backoff=0.05, **auth(srv))
    try:
        return upload(items, client=client, std=standard_set.load(), deid=site, **kw)
    finally:
        client.close()


def test_every_sent_demo_instance_is_rebuilt_bit_exact(server, site, demo_subset):
    doc = _upload(server, site, _items(demo_subset))
    rows = doc["instances"]
    assert [r["file"] for r in rows] == [str(p) for p in demo_subset]
    sent = [r for r in rows if r["sent"]]
    assert len(sent) >= 8
    for row in sent:
        original = pydicom.dcmread(row["file"])
        stored = pydicom.dcmread(io.BytesIO(server.server.store.read_original(
            site.keyed.uid(row["sop_instance_uid"]))))
        assert stored.pixel_array.dtype == original.pixel_array.dtype
        assert np.array_equal(stored.pixel_array, original.pixel_array), row["file"]
    for row in rows:
        if not row["sent"]:
            assert row["reason"].startswith(("not sent", "held back")), row
    assert _stored_count(server) == len(sent)


def test_delta_and_instance_packages_both_rebuild_exactly(site, demo_subset):
    std = standard_set.load()
    checked = 0
    for path in demo_subset:
        prep = prepare(str(path), path.read_bytes(), deid=site, std=std, threshold=0.0)
        if prep.package is None:
            continue
        parsed = pkg.parse(prep.package)
        pixels = pydicom.dcmread(path).pixel_array
        forced = pkg.make(std, parsed.metadata, pixels, mode="delta",
                          standard_index=parsed.header["standard_index"],
                          payload=lossless.encode(pkg.delta_of(
                              pixels, std.image(parsed.header["standard_index"]).pixels)))
        for p in (parsed, forced):
            _part10, rebuilt = pkg.rebuild(p, std)
            assert np.array_equal(rebuilt, pixels)
        checked += 1
    assert checked >= 8


def _one_package(site, demo_subset) -> tuple[pkg.Package, str]:
    path = next(p for p in demo_subset if "CT_HEAD" in str(p))
    prep = prepare(str(path), path.read_bytes(), deid=site, std=standard_set.load())
    return pkg.parse(prep.package), prep.pseudo_sop


def _post(srv, package: pkg.Package) -> httpx.Response:
    return httpx.post(srv.url + "/api/delta/instances", content=package.to_bytes(), timeout=30,
                      headers=auth_headers(srv))


def test_wrong_set_version_is_refused_naming_both_and_nothing_stored(server, site, demo_subset,
                                                                     tmp_path):
    package, _ = _one_package(site, demo_subset)
    package.header["set_version"] = "v0000deadbeef"
    resp = _post(server, package)
    assert resp.status_code == 409
    msg = resp.json()["error"]
    assert "v0000deadbeef" in msg and standard_set.load().version in msg
    # the client refuses too, before sending anything
    other = standard_set.load()
    other.version = "v0000deadbeef"
    client = DeltaClient(server.url, **auth(server))
    with pytest.raises(standard_set.StandardSetError, match="v0000deadbeef"):
        upload(_items(demo_subset[:1]), client=client, std=other, deid=site)
    assert client.bytes_sent == 0
    assert _stored_count(server) == 0


def test_corrupted_delta_and_tampered_hash_are_refused_and_nothing_stored(server, site,
                                                                          demo_subset):
    package, sop = _one_package(site, demo_subset)
    corrupt = pkg.Package(dict(package.header), package.metadata,
                          package.payload[:-200] + bytes(200))
    resp = _post(server, corrupt)
    assert resp.status_code == 422 and "nothing was stored" in resp.json()["error"]
    tampered = pkg.Package({**package.header, "sha256": "0" * 64}, package.metadata,
                           package.payload)
    resp = _post(server, tampered)
    assert resp.status_code == 422 and "SHA-256" in resp.json()["error"]
    resp = httpx.post(server.url + "/api/delta/instances", content=b"garbage",
                      headers=auth_headers(server))
    assert resp.status_code == 422 and "bad magic" in resp.json()["error"]
    assert _stored_count(server) == 0
    assert httpx.get(f"{server.url}/api/delta/instances/{sop}",
                     headers=auth_headers(server)).status_code == 404
    assert _post(server, package).status_code == 200  # the intact one goes in
    assert _stored_count(server) == 1


def test_held_back_images_stay_unless_confirmed(server, site, demo_subset, tmp_path):
    ds = pydicom.dcmread(next(p for p in demo_subset if "CT_HEAD" in str(p)))
    ds.BurnedInAnnotation = "YES"
    path = tmp_path / "burned.dcm"
    ds.save_as(path)
    doc = _upload(server, site, _items([path]))
    assert doc["instances"][0]["sent"] is False
    assert "held back: Burned In Annotation" in doc["instances"][0]["reason"]
    assert _stored_count(server) == 0
    doc = _upload(server, site, _items([path]), confirm_burned_in=True)
    assert doc["instances"][0]["sent"] is True and _stored_count(server) == 1


def test_no_identifier_on_the_wire_or_in_the_server_data_folder(site, demo_subset, tmp_path):
    data, secrets = planted(next(p for p in demo_subset if "CT_HEAD" in str(p)))
    path = tmp_path / "planted.dcm"
    path.write_bytes(data)
    with server_in(tmp_path / "server-data") as server:
        proxy = RecordingProxy(server.port)
        try:
            doc = _upload(server, site, _items([path]), url=proxy.url)
        finally:
            proxy.close()
        server.wait_versions()
    assert doc["instances"][0]["sent"], doc
    assert len(proxy.sent) > 10_000
    made = keyed_uids(site, pydicom.dcmread(io.BytesIO(data)))
    assert leaks(bytes(proxy.sent), secrets, made) == []
    files = [p for p in server.data_dir.rglob("*") if p.is_file()]  # server stopped: all on disk
    assert len(files) >= 3
    for f in files:
        assert leaks(f.read_bytes(), secrets, made) == [], f


def test_cut_connections_are_retried_and_a_rerun_resumes(server, site, demo_subset):
    some = [p for p in demo_subset if "CT_" in str(p)][:3]
    proxy = RecordingProxy(server.port, cut_first=2, cut_after=5000)
    try:
        doc = _upload(server, site, _items(some), url=proxy.url)
    finally:
        proxy.close()
    assert all(r["sent"] for r in doc["instances"]), doc["instances"]
    again = _upload(server, site, _items(some))
    assert all("already on the server" in r["reason"] for r in again["instances"])
    assert again["bytes_sent"] == 0
    assert len(again["results"]) == len(doc["results"])


def test_cli_json_has_one_row_per_file_and_urgent_alerts_come_back_reidentified(
        server, demo_subset, tmp_path, capsys, monkeypatch):
    from radview.cli import main

    ds = with_bleed(next(p for p in demo_subset if "CT_HEAD" in str(p)))
    bleed = tmp_path / "bleed.dcm"
    ds.save_as(bleed)
    junk = tmp_path / "notes.txt"
    junk.write_text("not dicom")
    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    rc = main(["delta-upload", str(bleed), str(junk), "--server", server.url, "--json",
               "--token", auth(server)["token"]])
    out = capsys.readouterr()
    assert rc == 0
    doc = json.loads(out.out)
    assert set(doc) >= {"instances", "results", "alerts"}
    assert [r["file"] for r in doc["instances"]] == [str(bleed), str(junk)]
    assert set(doc["instances"][0]) == {"file", "sop_instance_uid", "sent", "reason", "score",
                                        "standard_index", "delta_bytes", "lossless_bytes"}
    assert doc["instances"][1]["sent"] is False
    assert "[1/2]" in out.err and "[2/2]" in out.err
    assert len(doc["alerts"]) == 1
    alert = doc["alerts"][0]
    assert alert["urgent"] and alert["sop_instance_uid"] == ds.SOPInstanceUID
    assert alert["patient_id"] == ds.PatientID and alert["study_instance_uid"] == ds.StudyInstanceUID


def test_cli_study_from_a_dicomweb_source_and_bad_usage(server, demo_subset, tmp_path, capsys,
                                                        monkeypatch):
    from radview.cli import main
    from radview.net.radview_client import RadviewClient

    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.delenv("RADVIEW_SOURCE", raising=False)
    heads = [p for p in demo_subset if "CT_HEAD" in str(p)]
    study = pydicom.dcmread(heads[0]).StudyInstanceUID
    with server_in(tmp_path / "site-pacs") as pacs:
        with RadviewClient(pacs.url, **auth(pacs)) as client:
            client.stow([p.read_bytes() for p in heads])
        monkeypatch.setenv("RADVIEW_SOURCE_TOKEN", auth(pacs)["token"])
        rc = main(["delta-upload", "--study", study, "--source", pacs.url + "/dicomweb",
                   "--server", server.url, "--json", "--token", auth(server)["token"]])
        doc = json.loads(capsys.readouterr().out)
    assert rc == 0 and len(doc["instances"]) == len(heads)
    assert all(r["sent"] for r in doc["instances"])
    assert main(["delta-upload", str(heads[0]), "--study", study, "--server", server.url]) == 1
    assert "not both" in capsys.readouterr().err
    assert main(["delta-upload", "--server", server.url]) == 1
    assert "give DICOM files" in capsys.readouterr().err
    assert main(["delta-upload", "--study", study, "--server", server.url]) == 1
    assert "--source" in capsys.readouterr().err


def test_unreachable_server_is_said_at_once(site, demo_subset):
    from radview.net.delta_upload import DeltaUploadError

    client = DeltaClient("http://127.0.0.1:9", backoff=0.01)
    with pytest.raises(DeltaUploadError, match="unreachable"):
        upload(_items(demo_subset[:1]), client=client, std=standard_set.load(), deid=site)
    assert client.bytes_sent == 0


def test_uploads_need_a_token_of_a_role_that_may_store(server, site, demo_subset):
    package, _ = _one_package(site, demo_subset)
    url = server.url + "/api/delta/instances"
    assert httpx.post(url, content=package.to_bytes()).status_code == 401
    resp = httpx.post(url, content=package.to_bytes(), headers=server.as_role("referrer"))
    assert resp.status_code == 403
    assert _stored_count(server) == 0
