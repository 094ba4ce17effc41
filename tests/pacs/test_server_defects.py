"""The small server defects of the PACS review, each with its bad case and its good one:
out-of-range limit, unparsable query values, invalid UIDs at ingest, a different dataset
under a stored SOP Instance UID, HTTP sent to the DICOM port."""

from __future__ import annotations

import io
import logging
import socket
import time

import pydicom
import pytest
from pydicom.uid import generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import CTImageStorage

from radview.server.dimse import start_dimse
from radview.server.dimse_send import split_part10
from radview.server.embedded import EmbeddedStore
from radview.server.storage import IngestError

from .conftest import radview_server
from .files import make_sample

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def server(free_port, tmp_path_factory):
    with radview_server(tmp_path_factory.mktemp("defects"), free_port()) as srv:
        srv.ct = make_sample("CT_small.dcm", 1)
        srv.store.ingest(srv.ct.data, source="test")
        yield srv


def test_limit_beyond_64_bits_is_400(server):
    for path in ("/dicomweb/studies", "/api/studies"):
        r = server.http.get(server.url + path, params={"limit": "99999999999999999999"})
        assert r.status_code == 400 and "limit" in r.json()["error"], (path, r.text)
        assert server.http.get(server.url + path, params={"limit": "5"}).status_code == 200


@pytest.mark.parametrize("path,key,value", [
    ("/dicomweb/series", "SeriesNumber", "abc"),
    ("/dicomweb/studies", "StudyDate", "2024XX01-"),
    ("/dicomweb/studies", "StudyInstanceUID", "1.2.abc"),
])
def test_unparsable_query_values_are_400(server, path, key, value):
    r = server.http.get(server.url + path, params={key: value})
    assert r.status_code == 400 and key in r.json()["error"], r.text


def test_parsable_query_values_still_match(server):
    r = server.http.get(server.url + "/dicomweb/studies", params={"StudyDate": "19000101-"})
    assert r.status_code == 200 and len(r.json()) == 1
    r = server.http.get(server.url + "/dicomweb/series", params={"SeriesNumber": "1"})
    assert r.status_code in (200, 204)


def _with_uids(**uids) -> bytes:
    ds = pydicom.dcmread(io.BytesIO(make_sample("CT_small.dcm", 2).data))
    for key, value in uids.items():
        setattr(ds, key, value)
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def test_invalid_study_uid_is_refused_at_ingest(tmp_path):
    bad = "05fa52f0e599f17b8186ff18fcdf2b5570a52206a75c4d03afebf5c475dc8758"
    store = EmbeddedStore(tmp_path / "s", fsync=False)
    try:
        with pytest.raises(IngestError, match="StudyInstanceUID .* not a valid DICOM UID"):
            store.ingest(_with_uids(StudyInstanceUID=bad), source="test")
        with pytest.raises(IngestError, match="SeriesInstanceUID"):
            store.ingest(_with_uids(SeriesInstanceUID="1.2.3.x"), source="test")
        assert store.counts()["instances"] == 0
        assert not store.ingest(_with_uids(), source="test").duplicate  # valid UIDs: stored
    finally:
        store.close()


def _c_store(port: int, data: bytes):
    ds = pydicom.dcmread(io.BytesIO(data))
    ae = AE(ae_title="SENDER")
    ae.add_requested_context(CTImageStorage, str(ds.file_meta.TransferSyntaxUID))
    assoc = ae.associate("127.0.0.1", port, ae_title="RADVIEW")
    assert assoc.is_established
    try:
        return assoc.send_c_store(ds)
    finally:
        assoc.release()


def test_invalid_uid_over_dimse_gets_a_clear_failure(server):
    status = _c_store(server.dimse_port, _with_uids(StudyInstanceUID="1.2.x.3"))
    assert status.Status == 0xC000 and "not a valid DICOM UID" in status.ErrorComment


@pytest.mark.parametrize("mode", ["refuse", "keep"])
def test_different_dataset_under_a_stored_uid(tmp_path, mode):
    store = EmbeddedStore(tmp_path / "s", fsync=False)
    first = make_sample("CT_small.dcm", 3)
    ds = pydicom.dcmread(io.BytesIO(first.data))
    ds.PatientName = "SOMEONE^ELSE"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    with start_dimse(store, port=0, duplicates=mode, conflict_dir=tmp_path / "conflicts") as srv:
        assert _c_store(srv.port, first.data).Status == 0x0000
        assert _c_store(srv.port, first.data).Status == 0x0000  # the same again: idempotent
        status = _c_store(srv.port, buf.getvalue())
    stored = store.read_original(first.sop)
    assert stored[split_part10(stored)[1]:] == first.data[split_part10(first.data)[1]:]
    kept = list((tmp_path / "conflicts").glob("*.dcm")) if (tmp_path / "conflicts").exists() else []
    if mode == "refuse":
        assert status.Status == 0x0111 and "different content" in status.ErrorComment
        assert kept == []
    else:
        assert status.Status == 0xB000 and "kept apart" in status.ErrorComment
        assert len(kept) == 1 and pydicom.dcmread(kept[0]).PatientName == "SOMEONE^ELSE"
    store.close()


def test_http_to_the_dicom_port_logs_one_line(server, caplog):
    caplog.set_level(logging.INFO)
    with socket.create_connection(("127.0.0.1", server.dimse_port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: pacs\r\nAccept: */*\r\n\r\n")
        sock.settimeout(5)
        try:
            while sock.recv(4096):
                pass
        except OSError:
            pass
    with socket.create_connection(("127.0.0.1", server.dimse_port)) as sock:
        sock.sendall(b"\x01\x00\x00\x00\x00\x05abcde")  # a broken A-ASSOCIATE-RQ
        time.sleep(0.5)
    time.sleep(0.5)
    records = [r for r in caplog.records if r.name.startswith("pynetdicom")]
    assert not any(r.exc_info for r in records), [r.getMessage() for r in records]
    wire = [r for r in records if "non-DICOM" in r.getMessage()]
    assert len(wire) == 2 and "Unknown PDU type" in wire[0].getMessage(), \
        [r.getMessage() for r in records]
    assert all(r.levelno <= logging.WARNING for r in records)
    assert server.http.get(server.url + "/dicomweb/studies").status_code == 200  # still serving
