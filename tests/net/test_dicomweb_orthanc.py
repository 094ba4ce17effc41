"""QIDO-RS / WADO-RS / STOW-RS against a real Orthanc with its DICOMweb plugin."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time

import httpx
import pydicom
import pytest

from radview.errors import UsageError
from radview.net.dicomweb import DicomWebClient, DicomWebError
from radview.resources.sample_images import pydicom_data_file

pytestmark = pytest.mark.peer
PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def orthanc(tmp_path_factory):
    if not os.access("/usr/sbin/Orthanc", os.X_OK) or not os.path.exists(PLUGIN):
        pytest.skip("Orthanc with the DICOMweb plugin is not installed")
    tmp = tmp_path_factory.mktemp("orthanc")
    http_port, dicom_port = _free_port(), _free_port()
    (tmp / "orthanc.json").write_text(json.dumps({
        "Name": "radview-test", "StorageDirectory": str(tmp / "db"),
        "IndexDirectory": str(tmp / "db"), "HttpPort": http_port, "DicomPort": dicom_port,
        "RemoteAccessAllowed": False, "AuthenticationEnabled": False,
        "Plugins": [PLUGIN], "DicomWeb": {"Enable": True, "Root": "/dicom-web/"},
    }))
    proc = subprocess.Popen(["/usr/sbin/Orthanc", str(tmp / "orthanc.json")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
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
        files = [pydicom_data_file(n) for n in ("RG1_UNCR.dcm", "MR2_UNCR.dcm")]
        for f in files:  # Orthanc's own REST upload, independent of our client
            httpx.post(f"{base}/instances", content=f.read_bytes(), timeout=30).raise_for_status()
        yield {"base": f"{base}/dicom-web", "files": files}
    finally:
        proc.terminate()
        proc.wait(15)


def test_qido_search_and_filters(orthanc):
    client = DicomWebClient(orthanc["base"])
    studies = client.search_studies()
    assert len(studies) == 2
    mr = pydicom.dcmread(orthanc["files"][1], stop_before_pixels=True)
    only_mr = client.search_studies(modality="MR")
    assert [s["StudyInstanceUID"] for s in only_mr] == [mr.StudyInstanceUID]
    series = client.search("series", study_uid=mr.StudyInstanceUID)
    assert series[0]["SeriesInstanceUID"] == mr.SeriesInstanceUID


def test_wado_retrieve_gives_the_same_pixels(orthanc):
    client = DicomWebClient(orthanc["base"])
    ref = pydicom.dcmread(orthanc["files"][0])
    data = client.retrieve_instance(ref.StudyInstanceUID, ref.SeriesInstanceUID,
                                    ref.SOPInstanceUID)
    import io
    got = pydicom.dcmread(io.BytesIO(data))
    assert got.SOPInstanceUID == ref.SOPInstanceUID
    assert (got.pixel_array == ref.pixel_array).all()
    meta = client.metadata(ref.StudyInstanceUID)
    assert meta[0]["SOPInstanceUID"] == ref.SOPInstanceUID


def test_stow_then_qido_finds_it(orthanc):
    client = DicomWebClient(orthanc["base"])
    path = pydicom_data_file("693_UNCR.dcm")
    client.store([path.read_bytes()])
    uid = pydicom.dcmread(path, stop_before_pixels=True).StudyInstanceUID
    assert [s["StudyInstanceUID"] for s in client.search("studies", {"StudyInstanceUID": uid})] == [uid]


def test_errors_are_clear(orthanc):
    client = DicomWebClient(orthanc["base"])
    with pytest.raises(DicomWebError, match="404"):
        client.retrieve_instance("1.2", "1.3", "1.4")
    with pytest.raises(DicomWebError, match="cannot reach"):
        DicomWebClient(f"http://127.0.0.1:{_free_port()}/dicom-web").search_studies()
    with pytest.raises(UsageError):
        DicomWebClient("ftp://x")
    with pytest.raises(UsageError):
        client.search_studies(ward="3")


def test_workstation_source_over_dicomweb(orthanc, tmp_path):
    import numpy as np

    from radview.app.settings_store import Connection
    from radview.net.sources import DicomWebSource, SearchFilters
    from radview.net.cache import Cache

    source = DicomWebSource(Cache(tmp_path), Connection("web", "dicomweb", url=orthanc["base"]))
    ref = pydicom.dcmread(orthanc["files"][0])
    found = source.search(SearchFilters(patient_id=str(ref.PatientID)))
    assert [s["study_uid"] for s in found] == [ref.StudyInstanceUID]
    series = source.series(ref.StudyInstanceUID)
    headers, images = [], []
    source.load_series(ref.StudyInstanceUID, series[0]["series_uid"], on_header=headers.extend,
                       on_image=images.append)
    assert headers[0].SOPInstanceUID == ref.SOPInstanceUID
    assert np.array_equal(images[0].pixels, ref.pixel_array)
    source.close()
