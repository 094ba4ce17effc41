"""Interoperability with a real PACS: Orthanc C-ECHOes, C-STOREs to us, queries
us (C-FIND) and C-MOVEs from us; we C-MOVE to Orthanc on a third party's request."""

from __future__ import annotations

import io

import httpx
import pydicom
import pytest

from radview.resources.sample_images import pydicom_data_file
from radview.server.dimse import start_dimse

from .conftest import run_tool, wait_for_port
from .data import two_patients

pytestmark = [pytest.mark.peer, pytest.mark.timeout(180)]


@pytest.fixture
def orthanc(orthanc_peer, tmp_path):
    """A private Orthanc (no DICOMweb): REST client, its DICOM port and AE title."""
    peer = orthanc_peer(tmp_path / "orthanc", dicomweb=False, extra={
        "DicomAlwaysAllowStore": True, "DicomCheckCalledAet": False, "StableAge": 1,
        "DicomScuTimeout": 20})
    try:
        wait_for_port(peer.dicom_port, peer.proc)
        with httpx.Client(base_url=peer.url, timeout=60) as client:
            yield client, peer.dicom_port, peer.aet
    finally:
        peer.stop()


def point_orthanc_at(orthanc, server) -> httpx.Client:
    client, _port, _aet = orthanc
    rsp = client.put("/modalities/radview", json={"AET": server.ae_title, "Host": "127.0.0.1",
                                                   "Port": server.port})
    rsp.raise_for_status()
    return client


def test_orthanc_echoes_and_stores_into_us(orthanc, server, store):
    client = point_orthanc_at(orthanc, server)
    assert client.post("/modalities/radview/echo", json={}).status_code == 200
    names = ["MR2_J2KR.dcm", "693_UNCR.dcm", "emri_small_RLE.dcm"]
    ids = []
    for name in names:
        rsp = client.post("/instances", content=pydicom_data_file(name).read_bytes())
        rsp.raise_for_status()
        ids.append(rsp.json()["ID"])
    rsp = client.post("/modalities/radview/store", json={"Resources": ids, "Synchronous": True})
    assert rsp.status_code == 200, rsp.text
    for name in names:
        original = pydicom.dcmread(pydicom_data_file(name))
        stored = pydicom.dcmread(io.BytesIO(store.read_original(original.SOPInstanceUID)))
        assert stored.PixelData == original.PixelData
        assert stored.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID


def test_orthanc_queries_and_moves_from_us_and_we_move_to_orthanc(orthanc, store, dcmtk):
    client, orthanc_port, orthanc_aet = orthanc
    catalogue = two_patients(store)
    j2k = store.ingest(pydicom_data_file("MR2_J2KR.dcm").read_bytes(), source="test")
    with start_dimse(store, port=0, peers={orthanc_aet: ("127.0.0.1", orthanc_port)}) as server:
        point_orthanc_at(orthanc, server)
        # Orthanc's C-FIND at study level, with a wildcard.
        rsp = client.post("/modalities/radview/query",
                          json={"Level": "Study", "Query": {"PatientName": "DOE*", "StudyDate": ""}})
        assert rsp.status_code == 200, rsp.text
        answers = client.get(f"/queries/{rsp.json()['ID']}/answers?expand&simplify").json()
        doe = {uid for uid, f in catalogue.facts.items() if f["PatientID"] == "PID-1"}
        assert {a["StudyInstanceUID"] for a in answers} == doe

        # Orthanc C-MOVEs a study from us to itself.
        ct = next(uid for uid, f in catalogue.facts.items() if f["StudyDescription"] == "CT CHEST")
        rsp = client.post("/modalities/radview/move", json={
            "Level": "Study", "Resources": [{"StudyInstanceUID": ct}], "TargetAet": orthanc_aet,
            "Synchronous": True})
        assert rsp.status_code == 200, rsp.text
        assert len(client.get("/instances").json()) == len(catalogue.instances(ct))

        # A third party (DCMTK movescu) has us C-MOVE the JPEG 2000 original to Orthanc.
        result = run_tool([dcmtk("movescu"), "-S", "-aec", server.ae_title, "-aem", orthanc_aet,
                           "-k", "QueryRetrieveLevel=IMAGE", "-k", f"StudyInstanceUID={j2k.study_uid}",
                           "-k", f"SOPInstanceUID={j2k.sop_instance_uid}", "127.0.0.1", server.port])
        assert result.returncode == 0, result.stderr
    found = client.post("/tools/lookup", content=j2k.sop_instance_uid).json()
    assert found and found[0]["Type"] == "Instance"
    orthanc_copy = client.get(f"/instances/{found[0]['ID']}/file").content
    received = pydicom.dcmread(io.BytesIO(orthanc_copy))
    original = pydicom.dcmread(pydicom_data_file("MR2_J2KR.dcm"))
    assert received.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
    assert received.PixelData == original.PixelData
