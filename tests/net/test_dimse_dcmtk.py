"""DIMSE SCU against a real DCMTK dcmqrscp archive, started by the test."""

from __future__ import annotations


import pydicom
import pytest
from peers import DcmqrscpPeer, free_port

from radview.errors import UsageError
from radview.net.dimse import DimseClient, DimseError, DimsePeer, LocalStorageSCP
from radview.resources.sample_images import pydicom_data_file

pytestmark = pytest.mark.peer

FILES = ("RG1_UNCR.dcm", "MR2_UNCR.dcm", "693_UNCR.dcm")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """dcmqrscp with three real images stored by DCMTK's storescu, and our move SCP."""
    tmp = tmp_path_factory.mktemp("dcmqrscp")
    scp = LocalStorageSCP(tmp / "moved", ae_title="RVMOVE")
    try:
        pacs = DcmqrscpPeer(tmp / "pacs", hosts={"RVMOVE": ("127.0.0.1", scp.port)})
    except BaseException:
        scp.shutdown()
        raise
    try:
        files = [str(pydicom_data_file(f)) for f in FILES]
        pacs.store(files)
        yield {"port": pacs.port, "scp": scp, "files": files}
    finally:
        pacs.stop()
        scp.shutdown()


def _client(archive) -> DimseClient:
    return DimseClient(DimsePeer("127.0.0.1", archive["port"], "ARCHIVE", calling_ae="RVMOVE"))


def test_echo(archive):
    assert _client(archive).echo() == 0


def test_find_studies_and_series(archive):
    client = _client(archive)
    studies = client.find("STUDY", {})
    expected = {str(pydicom.dcmread(f, stop_before_pixels=True).StudyInstanceUID)
                for f in archive["files"]}
    assert {s["StudyInstanceUID"] for s in studies} == expected
    rg1 = pydicom.dcmread(archive["files"][0], stop_before_pixels=True)
    series = client.find("SERIES", {"StudyInstanceUID": rg1.StudyInstanceUID})
    assert [s["SeriesInstanceUID"] for s in series] == [rg1.SeriesInstanceUID]


def test_get_returns_byte_identical_dataset(archive, tmp_path):
    ref = pydicom.dcmread(archive["files"][2])
    seen = []
    paths = _client(archive).get("STUDY", {"StudyInstanceUID": ref.StudyInstanceUID}, tmp_path,
                                 progress=lambda done, left: seen.append((done, left)))
    assert len(paths) == 1
    got = pydicom.dcmread(paths[0])
    assert got.SOPInstanceUID == ref.SOPInstanceUID
    assert got.PixelData == ref.PixelData
    assert seen


def test_move_to_local_storage_scp(archive):
    ref = pydicom.dcmread(archive["files"][1])
    paths = _client(archive).move("STUDY", {"StudyInstanceUID": ref.StudyInstanceUID},
                                  archive["scp"])
    assert [pydicom.dcmread(p).SOPInstanceUID for p in paths] == [ref.SOPInstanceUID]
    assert pydicom.dcmread(paths[0]).PixelData == ref.PixelData


def test_cancel_stops_a_transfer(archive, tmp_path):
    from radview.net.dimse import TransferCancelled

    uid = pydicom.dcmread(archive["files"][0], stop_before_pixels=True).StudyInstanceUID
    with pytest.raises(TransferCancelled):
        _client(archive).get("STUDY", {"StudyInstanceUID": uid}, tmp_path, cancel=lambda: True)
    assert _client(archive).echo() == 0  # the archive is fine after an aborted transfer


def test_unreachable_peer_and_bad_input_give_clear_errors(archive):
    with pytest.raises(DimseError, match="did not answer|cannot reach"):
        DimseClient(DimsePeer("127.0.0.1", free_port(), "NOBODY", timeout=3)).echo()
    with pytest.raises(UsageError):
        DimsePeer("127.0.0.1", 104, "A" * 17)
    with pytest.raises(UsageError, match="query level"):
        _client(archive).find("WARD", {})


@pytest.mark.parametrize("retrieve", ["get", "move"])
def test_workstation_source_over_dimse(archive, tmp_path, retrieve):
    """The study list and viewer path through DIMSE: C-FIND list, C-GET/C-MOVE pixels,
    cached afterwards so the study opens offline."""
    import numpy as np

    from radview.app.settings_store import Connection
    from radview.net.sources import CacheSource, DimseSource, SearchFilters
    from radview.net.cache import Cache

    port = archive["scp"].port if retrieve == "move" else 0
    if retrieve == "move":  # the source runs its own SCP on the port dcmqrscp knows
        archive["scp"].shutdown()
    conn = Connection("pacs", "dimse", host="127.0.0.1", port=archive["port"],
                      ae_title="ARCHIVE", calling_ae="RVMOVE", retrieve=retrieve, move_port=port)
    cache = Cache(tmp_path / "cache")
    source = DimseSource(cache, conn)
    ref = pydicom.dcmread(archive["files"][2])
    studies = source.search(SearchFilters(patient_id=str(ref.PatientID)))
    assert [s["study_uid"] for s in studies] == [ref.StudyInstanceUID]
    series = source.series(ref.StudyInstanceUID)
    images = []
    source.load_series(ref.StudyInstanceUID, series[0]["series_uid"], on_header=lambda m: None,
                       on_image=images.append)
    assert np.array_equal(images[0].pixels, ref.pixel_array)
    offline = CacheSource(cache)
    assert [s["study_uid"] for s in offline.search(SearchFilters())] == [ref.StudyInstanceUID]
