"""QIDO-RS / WADO-RS / STOW-RS against a real Orthanc with its DICOMweb plugin."""

from __future__ import annotations

import pydicom
import pytest
from peers import free_port

from radview.errors import UsageError
from radview.net.dicomweb import DicomWebClient, DicomWebError
from radview.resources.sample_images import pydicom_data_file

pytestmark = pytest.mark.peer


@pytest.fixture(scope="module")
def orthanc(orthanc_peer, tmp_path_factory):
    peer = orthanc_peer(tmp_path_factory.mktemp("orthanc"))
    try:
        files = [pydicom_data_file(n) for n in ("RG1_UNCR.dcm", "MR2_UNCR.dcm")]
        for f in files:  # Orthanc's own REST upload, independent of our client
            peer.upload(f.read_bytes())
        yield {"base": peer.dicomweb, "files": files}
    finally:
        peer.stop()


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
        DicomWebClient(f"http://127.0.0.1:{free_port()}/dicom-web").search_studies()
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
