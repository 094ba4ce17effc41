"""Interoperability with a real DICOMweb peer: Orthanc's DICOMweb plugin as a client of ours.

Orthanc STOWs studies into radview, runs QIDO against radview and WADO-retrieves
a study from radview (parsing our multipart answers with its own code).
"""

from __future__ import annotations

import io

import httpx
import pydicom
import pytest

from .conftest import real_file
from .helpers import ThreadedServer

pytestmark = pytest.mark.peer
FILES = ("MR2_UNCR.dcm", "US1_UNCR.dcm")


@pytest.fixture(scope="module")
def peers(orthanc_peer, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("orthanc")
    with ThreadedServer(tmp / "radview") as ours:
        peer = orthanc_peer(tmp / "orthanc", extra={"DicomWeb": {
            "Enable": True, "Root": "/dicom-web/",
            "Servers": {"radview": {"Url": ours.url + "/dicomweb/",
                                    "HttpHeaders": ours.as_role("radiologist")}}}})
        try:
            yield {"orthanc": peer.url, "ours": ours}
        finally:
            peer.stop()


def test_orthanc_stows_into_radview_byte_identically(peers):
    base, ours = peers["orthanc"], peers["ours"]
    ids = [httpx.post(f"{base}/instances", content=real_file(n), timeout=30).json()["ParentStudy"]
           for n in FILES]
    r = httpx.post(f"{base}/dicom-web/servers/radview/stow", json={"Resources": ids},
                   timeout=60)
    assert r.status_code == 200, r.text
    client = ours.client_for("radiologist")
    for name in FILES:
        ds = pydicom.dcmread(io.BytesIO(real_file(name)), stop_before_pixels=True)
        got = client.retrieve_original(f"/dicomweb/studies/{ds.StudyInstanceUID}/series/"
                                       f"{ds.SeriesInstanceUID}/instances/{ds.SOPInstanceUID}")
        # Orthanc sends the file it stored, which is the file it received
        assert got == real_file(name)


def test_orthanc_queries_and_retrieves_from_radview(peers):
    base, ours = peers["orthanc"], peers["ours"]
    client = ours.client_for("radiologist")
    ct = real_file("693_UNCR.dcm")
    assert client.stow([ct])["status"] == 200
    ds = pydicom.dcmread(io.BytesIO(ct), stop_before_pixels=True)
    r = httpx.post(f"{base}/dicom-web/servers/radview/qido",
                   json={"Uri": "/studies", "Arguments": {"StudyInstanceUID": ds.StudyInstanceUID}},
                   timeout=30)
    assert r.status_code == 200, r.text
    found = r.json()
    # Orthanc re-renders our DICOM JSON in its own simplified form ("Value": "uid")
    assert len(found) == 1 and found[0]["0020000D"]["Value"] == ds.StudyInstanceUID
    assert found[0]["00080061"]["Value"] == "CT"
    r = httpx.post(f"{base}/dicom-web/servers/radview/retrieve",
                   json={"Resources": [{"Study": ds.StudyInstanceUID}]}, timeout=60)
    assert r.status_code == 200, r.text
    lookup = httpx.post(f"{base}/tools/lookup", content=ds.SOPInstanceUID).json()
    assert lookup and lookup[0]["Type"] == "Instance"
    data = httpx.get(f"{base}/instances/{lookup[0]['ID']}/file").content
    assert pydicom.dcmread(io.BytesIO(data)).pixel_array.tobytes() == \
        pydicom.dcmread(io.BytesIO(ct)).pixel_array.tobytes()
