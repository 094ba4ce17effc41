"""Interoperability with a real DICOMweb peer: Orthanc's DICOMweb plugin as a client of ours.

Orthanc STOWs studies into radview, runs QIDO against radview and WADO-retrieves
a study from radview (parsing our multipart answers with its own code).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import time

import httpx
import pydicom
import pytest

from .conftest import real_file
from .helpers import ThreadedServer, free_port

pytestmark = pytest.mark.peer
PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"
FILES = ("MR2_UNCR.dcm", "US1_UNCR.dcm")


@pytest.fixture(scope="module")
def peers(tmp_path_factory):
    if not os.access("/usr/sbin/Orthanc", os.X_OK) or not os.path.exists(PLUGIN):
        if os.environ.get("CI"):
            pytest.fail("Orthanc + DICOMweb plugin missing on CI (packaging/system-deps.sh)")
        pytest.skip("Orthanc with the DICOMweb plugin is not installed")
    tmp = tmp_path_factory.mktemp("orthanc")
    with ThreadedServer(tmp / "radview") as ours:
        port = free_port()
        (tmp / "orthanc.json").write_text(json.dumps({
            "Name": "radview-peer", "StorageDirectory": str(tmp / "db"),
            "IndexDirectory": str(tmp / "db"), "HttpPort": port, "DicomPort": free_port(),
            "RemoteAccessAllowed": False, "AuthenticationEnabled": False,
            "Plugins": [PLUGIN],
            "DicomWeb": {"Enable": True, "Root": "/dicom-web/",
                         "Servers": {"radview": {
                             "Url": ours.url + "/dicomweb/",
                             "HttpHeaders": ours.as_role("radiologist")}}},
        }))
        proc = subprocess.Popen(["/usr/sbin/Orthanc", str(tmp / "orthanc.json")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    if httpx.get(f"{base}/system", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None:
                    pytest.fail("Orthanc exited at start")
                time.sleep(0.1)
            yield {"orthanc": base, "ours": ours}
        finally:
            proc.terminate()
            proc.wait(15)


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
