"""C-GET and C-MOVE: DCMTK getscu / movescu (with storescp as the destination)
retrieve originals; pynetdicom checks they arrive byte-exact; bad cases."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, JPEG2000Lossless, generate_uid
from pynetdicom import AE, build_role, evt
from pynetdicom.sop_class import (
    PatientRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelMove,
)

from radview.resources.sample_images import pydicom_data_file
from radview.server.dimse import start_dimse

from .conftest import dataset_bytes, received_files, run_tool
from .data import two_patients

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def catalogue(store):
    return two_patients(store)


def study_named(catalogue, description: str) -> str:
    return next(uid for uid, f in catalogue.facts.items() if f["StudyDescription"] == description)


def same_content(received: pydicom.Dataset, original: pydicom.Dataset) -> bool:
    tags = {t for t in original.keys() if t.element != 0} | {t for t in received.keys() if t.element != 0}
    return all(t in received and t in original and received[t].value == original[t].value for t in tags)


def ingest_real(store, name: str) -> str:
    data = pydicom_data_file(name).read_bytes()
    return store.ingest(data, source="test").sop_instance_uid


@pytest.mark.peer
def test_getscu_retrieves_a_study(dcmtk, server, store, catalogue, tmp_path):
    study = study_named(catalogue, "CT CHEST")
    result = run_tool([dcmtk("getscu"), "-S", "-aec", server.ae_title, "-od", tmp_path,
                       "-k", "QueryRetrieveLevel=STUDY", "-k", f"StudyInstanceUID={study}",
                       "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    files = received_files(tmp_path)
    got = {pydicom.dcmread(p).SOPInstanceUID: pydicom.dcmread(p) for p in files}
    assert set(got) == set(catalogue.instances(study))
    for uid, ds in got.items():
        assert same_content(ds, pydicom.dcmread(io.BytesIO(store.read_original(uid))))


@pytest.mark.peer
@pytest.mark.parametrize("prefer,expected", [("+xv", JPEG2000Lossless), ("+xe", ExplicitVRLittleEndian)])
def test_getscu_gets_compressed_original_or_lossless_conversion(dcmtk, server, store, tmp_path, prefer, expected):
    uid = ingest_real(store, "MR2_J2KR.dcm")
    result = run_tool([dcmtk("getscu"), "-S", prefer, "-aec", server.ae_title, "-od", tmp_path,
                       "-k", "QueryRetrieveLevel=IMAGE", "-k", f"StudyInstanceUID=", "-k", f"SOPInstanceUID={uid}",
                       "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    (path,) = received_files(tmp_path)
    got = pydicom.dcmread(path)
    original = pydicom.dcmread(pydicom_data_file("MR2_J2KR.dcm"))
    assert got.file_meta.TransferSyntaxUID == expected
    if expected == JPEG2000Lossless:
        assert got.PixelData == original.PixelData
    assert np.array_equal(got.pixel_array, original.pixel_array)


@pytest.mark.peer
def test_getscu_preferring_compression_gets_uncompressed_original_losslessly(dcmtk, server, store, tmp_path):
    uid = ingest_real(store, "693_UNCR.dcm")
    result = run_tool([dcmtk("getscu"), "-S", "+xv", "-aec", server.ae_title, "-od", tmp_path,
                       "-k", "QueryRetrieveLevel=IMAGE", "-k", f"StudyInstanceUID=", "-k", f"SOPInstanceUID={uid}",
                       "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    (path,) = received_files(tmp_path)
    got = pydicom.dcmread(path)
    original = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    assert got.file_meta.TransferSyntaxUID == JPEG2000Lossless
    assert np.array_equal(got.pixel_array, original.pixel_array)


@pytest.mark.peer
def test_movescu_sends_a_series_to_storescp(dcmtk, store, catalogue, storescp):
    aet, port, out = storescp
    study = study_named(catalogue, "CT CHEST")
    series = next(iter(catalogue.studies[study]))
    with start_dimse(store, port=0, peers={aet: ("127.0.0.1", port)}) as server:
        result = run_tool([dcmtk("movescu"), "-S", "-aec", server.ae_title, "-aem", aet,
                           "-k", "QueryRetrieveLevel=SERIES", "-k", f"StudyInstanceUID={study}",
                           "-k", f"SeriesInstanceUID={series}", "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    got = {pydicom.dcmread(p).SOPInstanceUID: pydicom.dcmread(p) for p in received_files(out)}
    assert set(got) == set(catalogue.studies[study][series])
    for uid, ds in got.items():
        assert same_content(ds, pydicom.dcmread(io.BytesIO(store.read_original(uid))))


@pytest.mark.peer
def test_movescu_to_unknown_destination_fails_with_a801(dcmtk, server, catalogue):
    study = study_named(catalogue, "CT HEAD")
    result = run_tool([dcmtk("movescu"), "-S", "-v", "-aec", server.ae_title, "-aem", "NOSUCHAE",
                       "-k", "QueryRetrieveLevel=STUDY", "-k", f"StudyInstanceUID={study}",
                       "127.0.0.1", server.port])
    text = (result.stdout + result.stderr).lower()
    assert "movedestinationunknown" in text.replace(" ", ""), text


class GetClient:
    """A pynetdicom C-GET requestor that keeps the raw bytes of each received dataset."""

    def __init__(self, sop_classes_and_syntaxes: list[tuple[str, list[str]]],
                 model: str = StudyRootQueryRetrieveInformationModelGet):
        self.received: dict[str, bytes] = {}
        self.syntaxes: dict[str, str] = {}
        self.model = model
        self.ae = AE(ae_title="GETSCU")
        self.ae.add_requested_context(model)
        self.roles = []
        for sop_class, syntaxes in sop_classes_and_syntaxes:
            self.ae.add_requested_context(sop_class, syntaxes)
            if sop_class not in [r.sop_class_uid for r in self.roles]:
                self.roles.append(build_role(sop_class, scp_role=True))

    def _on_store(self, event):
        uid = event.request.AffectedSOPInstanceUID
        self.received[uid] = event.encoded_dataset(include_meta=False)
        self.syntaxes[uid] = event.context.transfer_syntax
        return 0x0000

    def get(self, server, identifier: Dataset) -> list[Dataset]:
        assoc = self.ae.associate("127.0.0.1", server.port, ae_title=server.ae_title,
                                  ext_neg=self.roles, evt_handlers=[(evt.EVT_C_STORE, self._on_store)])
        assert assoc.is_established
        try:
            return [status for status, _ in assoc.send_c_get(identifier, self.model)]
        finally:
            assoc.release()


def image_identifier(*sop_uids: str) -> Dataset:
    ident = Dataset()
    ident.QueryRetrieveLevel = "IMAGE"
    ident.SOPInstanceUID = list(sop_uids)
    return ident


# Files that pydicom would not re-encode byte-identically, and a compressed one.
BYTE_EXACT = ["693_UNCI.dcm", "explicit_VR-UN.dcm", "MR2_J2KR.dcm"]


def test_cget_returns_originals_byte_exact(server, store):
    uids, classes = [], {}
    for name in BYTE_EXACT:
        uids.append(ingest_real(store, name))
        ds = pydicom.dcmread(pydicom_data_file(name), stop_before_pixels=True)
        classes.setdefault(ds.SOPClassUID, set()).add(ds.file_meta.TransferSyntaxUID)
    # One context per original encoding, as storage SCPs usually propose.
    client = GetClient([(c, [ts]) for c, s in classes.items() for ts in sorted(s)])
    statuses = client.get(server, image_identifier(*uids))
    assert statuses[-1].Status == 0x0000
    assert statuses[-1].NumberOfCompletedSuboperations == len(uids)
    for name, uid in zip(BYTE_EXACT, uids):
        assert client.received[uid] == dataset_bytes(pydicom_data_file(name).read_bytes()), name


def test_cget_converts_when_peer_lacks_the_original_syntax(server, store):
    uid = ingest_real(store, "693_UNCR.dcm")  # explicit VR little endian original
    ct = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    client = GetClient([(ct.SOPClassUID, [ImplicitVRLittleEndian])])
    statuses = client.get(server, image_identifier(uid))
    assert statuses[-1].Status == 0x0000
    assert client.syntaxes[uid] == ImplicitVRLittleEndian
    got = pydicom.dcmread(io.BytesIO(client.received[uid]), force=True)
    assert got.PixelData == ct.PixelData and got.PatientName == ct.PatientName


def test_cget_with_corrupt_blob_fails_that_instance_only(server, store, catalogue):
    study = study_named(catalogue, "CT CHEST")
    uids = catalogue.instances(study)
    broken = uids[0]
    sha = store.conn.execute("SELECT sha256 FROM bulk WHERE sop_uid=? ORDER BY length DESC",
                             (broken,)).fetchone()[0]
    path = store.blobs.path(sha)
    path.write_bytes(b"\x00" * path.stat().st_size)  # same size, wrong content
    ct = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"), stop_before_pixels=True)
    client = GetClient([(ct.SOPClassUID, [ExplicitVRLittleEndian])])
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.StudyInstanceUID = study
    final = client.get(server, ident)[-1]
    # The pixel blob is shared by identical images: all of them fail, none is sent wrong.
    failed = [uid for uid in uids if uid not in client.received]
    assert broken in failed
    assert final.Status in (0xB000, 0xA702)
    assert final.NumberOfFailedSuboperations == len(failed)
    for uid in client.received:
        assert client.received[uid] == dataset_bytes(store.read_original(uid))


def test_cget_without_unique_key_is_refused(server, catalogue):
    client = GetClient([])
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.PatientName = "DOE*"
    final = client.get(server, ident)[-1]
    assert final.Status == 0xA900
    assert "StudyInstanceUID" in final.ErrorComment


def test_cmove_to_unknown_destination_is_a801(server, catalogue):
    ae = AE(ae_title="MOVESCU")
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
    assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.StudyInstanceUID = study_named(catalogue, "CT HEAD")
    try:
        statuses = [s.Status for s, _ in assoc.send_c_move(ident, "NOSUCHAE", StudyRootQueryRetrieveInformationModelMove)]
    finally:
        assoc.release()
    assert statuses == [0xA801]


def test_patient_root_cget_at_patient_level(server, store, catalogue):
    ct = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"), stop_before_pixels=True)
    client = GetClient([(ct.SOPClassUID, [ExplicitVRLittleEndian])], PatientRootQueryRetrieveInformationModelGet)
    ident = Dataset()
    ident.QueryRetrieveLevel = "PATIENT"
    ident.PatientID = "PID-2"
    final = client.get(server, ident)[-1]
    expected = [uid for st, f in catalogue.facts.items() if f["PatientID"] == "PID-2"
                for uid in catalogue.instances(st)]
    assert final.Status == 0x0000 and sorted(client.received) == sorted(expected)


def test_cget_of_unknown_study_completes_with_nothing(server, catalogue):
    client = GetClient([])
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.StudyInstanceUID = generate_uid()
    final = client.get(server, ident)[-1]
    assert final.Status == 0x0000 and client.received == {}


def test_cget_with_one_context_of_every_syntax_sends_every_object(server, store):
    """A requestor offering all syntaxes in one context per class (we then accept JPEG 2000
    lossless first): images go compressed losslessly; SR, RT and other objects without
    pixel data are not transcoded (their Explicit VR bytes are valid in that context)."""
    from pydicom.data import get_testdata_file
    from pynetdicom import ALL_TRANSFER_SYNTAXES

    names = ["reportsi.dcm", "rtplan.dcm", "test-SR.dcm"]
    uids, classes = [], set()
    for name in names:
        data = open(get_testdata_file(name), "rb").read()
        ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True)
        ds.SOPInstanceUID = generate_uid()  # pydicom's files share UIDs
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        full = pydicom.dcmread(io.BytesIO(data))
        full.SOPInstanceUID = ds.SOPInstanceUID
        full.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        buf = io.BytesIO()
        full.save_as(buf, enforce_file_format=True)
        uids.append(store.ingest(buf.getvalue(), source="test").sop_instance_uid)
        classes.add(str(ds.SOPClassUID))
    uids.append(ingest_real(store, "693_UNCR.dcm"))
    classes.add(str(pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"), stop_before_pixels=True).SOPClassUID))
    client = GetClient([(c, list(ALL_TRANSFER_SYNTAXES)) for c in sorted(classes)])
    final = client.get(server, image_identifier(*uids))[-1]
    assert final.Status == 0x0000 and final.NumberOfCompletedSuboperations == len(uids)
    assert set(client.received) == set(uids)
    for uid in uids[:-1]:
        original = store.read_original(uid)
        stored_syntax = pydicom.dcmread(io.BytesIO(original), stop_before_pixels=True).file_meta.TransferSyntaxUID
        if stored_syntax == ExplicitVRLittleEndian:
            assert client.received[uid] == dataset_bytes(original)
        got = pydicom.dcmread(io.BytesIO(client.received[uid]), force=True)
        ref = pydicom.dcmread(io.BytesIO(original))
        assert got.SOPInstanceUID == ref.SOPInstanceUID and "PixelData" not in got
    ct = uids[-1]
    assert client.syntaxes[ct] == JPEG2000Lossless
    got = pydicom.dcmread(io.BytesIO(client.received[ct]), force=True)
    got.file_meta = pydicom.dataset.FileMetaDataset()
    got.file_meta.TransferSyntaxUID = JPEG2000Lossless
    assert np.array_equal(got.pixel_array, pydicom.dcmread(pydicom_data_file("693_UNCR.dcm")).pixel_array)
