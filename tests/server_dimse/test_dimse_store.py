"""C-STORE ingest: real DCMTK storescu and pydicom-data files into the real store,
and the bad cases (wrong SOP class, unknown transfer syntax, malformed data,
mismatching dataset, abort mid-transfer)."""

from __future__ import annotations

import io
import time

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import CTImageStorage, DeflatedExplicitVRLittleEndian, ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE, build_context
from pynetdicom.dimse_messages import C_STORE_RQ
from pynetdicom.dimse_primitives import C_STORE
from pynetdicom.sop_class import Verification

from radview.resources.sample_images import pydicom_data_file
from radview.server.dimse_send import OriginalInstance, install_original_sender

from .conftest import dataset_bytes, run_tool

pytestmark = pytest.mark.timeout(120)

# (file, storescu option proposing its transfer syntax)
REAL_FILES = [
    ("MR2_UNCR.dcm", "-xe"),                        # explicit VR little endian
    ("OBXXXX1A_expb.dcm", "-xb"),                   # explicit VR big endian
    ("gdcm-US-ALOKA-16.dcm", "-xi"),                # implicit VR little endian
    ("MR2_J2KR.dcm", "-xv"),                        # JPEG 2000 lossless
    ("US1_J2KI.dcm", "-xw"),                        # JPEG 2000 lossy
    ("JPEG-LL.dcm", "-xs"),                         # JPEG lossless SV1
    ("emri_small_jpeg_ls_lossless.dcm", "-xt"),     # JPEG-LS lossless
    ("emri_small_RLE.dcm", "-xr"),                  # RLE lossless
    ("color3d_jpeg_baseline.dcm", "-xy"),           # JPEG baseline, multi-frame colour
]


def store_with_storescu(dcmtk, server, path, *options):
    return run_tool([dcmtk("storescu"), "-R", *options, "-aec", server.ae_title,
                     "127.0.0.1", server.port, path])


@pytest.mark.peer
@pytest.mark.parametrize("name,option", REAL_FILES)
def test_storescu_stores_real_file_in_its_transfer_syntax(dcmtk, server, store, name, option):
    path = pydicom_data_file(name)
    result = store_with_storescu(dcmtk, server, path, option)
    assert result.returncode == 0, result.stderr

    original = pydicom.dcmread(path)
    stored = pydicom.dcmread(io.BytesIO(store.read_original(original.SOPInstanceUID)))
    assert stored.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
    # DCMTK re-encodes on the way (sequence lengths, padding), so compare content;
    # the pixel data (compressed or not) must be the same bytes.
    assert same_elements(stored, original)
    assert stored.PixelData == original.PixelData


def same_elements(a, b) -> bool:
    skip = {0xFFFCFFFC}  # Data Set Trailing Padding: DCMTK drops it
    tags_a = {t for t in a.keys() if t not in skip and t.element != 0}
    tags_b = {t for t in b.keys() if t not in skip and t.element != 0}
    if tags_a != tags_b:
        return False
    return all(a[t].value == b[t].value for t in tags_a)


# Files pydicom itself does not re-encode byte-identically (group lengths, VR UN,
# odd padding): what arrives must still be stored exactly as it arrived.
@pytest.mark.parametrize("name", ["693_UNCI.dcm", "693_UNCR.dcm", "explicit_VR-UN.dcm", "MR2_J2KR.dcm"])
def test_received_dataset_is_stored_byte_exact(server, store, name):
    data = pydicom_data_file(name).read_bytes()
    ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True)
    status = send_raw(server, data, ds.SOPClassUID, ds.SOPInstanceUID, ds.file_meta.TransferSyntaxUID)
    assert status.Status == 0x0000
    assert dataset_bytes(store.read_original(ds.SOPInstanceUID)) == dataset_bytes(data)


@pytest.mark.peer
def test_storescu_duplicate_is_idempotent(dcmtk, server, store):
    path = pydicom_data_file("emri_small.dcm")
    first = store_with_storescu(dcmtk, server, path, "-xe")
    before = store.counts()
    second = store_with_storescu(dcmtk, server, path, "-xe")
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert store.counts() == before == {"studies": 1, "series": 1, "instances": 1}


def associate(server, contexts):
    ae = AE(ae_title="TESTSCU")
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = 20
    return ae.associate("127.0.0.1", server.port, contexts, ae_title=server.ae_title)


def test_unsupported_sop_class_is_rejected_at_association(server, store):
    assoc = associate(server, [build_context("1.2.826.0.1.3680043.9.9999.1", ExplicitVRLittleEndian),
                               build_context(Verification)])
    try:
        assert assoc.is_established
        assert [cx.abstract_syntax for cx in assoc.accepted_contexts] == [Verification]
        assert [cx.abstract_syntax for cx in assoc.rejected_contexts] == ["1.2.826.0.1.3680043.9.9999.1"]
    finally:
        assoc.release()
    assert store.counts()["instances"] == 0


def test_unknown_transfer_syntax_is_rejected_at_association(server):
    assoc = associate(server, [build_context(CTImageStorage, "1.2.826.0.1.3680043.9.9999.2"),
                               build_context(Verification)])
    try:
        assert CTImageStorage not in [cx.abstract_syntax for cx in assoc.accepted_contexts]
        assert assoc.send_c_echo().Status == 0x0000
    finally:
        assoc.release()


def part10_with_dataset(meta_source: bytes, dataset: bytes) -> bytes:
    """A Part 10 file: the file meta of a real file followed by the given dataset bytes."""
    return meta_source[: len(meta_source) - len(dataset_bytes(meta_source))] + dataset


def send_raw(server, part10: bytes, sop_class: str, sop_uid: str, syntax=ExplicitVRLittleEndian):
    assoc = associate(server, [build_context(sop_class, syntax)])
    assert assoc.is_established
    try:
        install_original_sender(assoc)
        return assoc.send_c_store(OriginalInstance(sop_class, sop_uid, part10))
    finally:
        assoc.release()


def test_malformed_dataset_gets_failure_status_and_nothing_is_stored(server, store):
    good = pydicom_data_file("emri_small.dcm").read_bytes()
    ds = pydicom.dcmread(io.BytesIO(good), stop_before_pixels=True)
    # Truncated: the pixel data element claims more bytes than follow.
    status = send_raw(server, good[:-5000], ds.SOPClassUID, ds.SOPInstanceUID)
    assert status.Status == 0xC000
    assert "truncated" in status.ErrorComment or "malformed" in status.ErrorComment
    # Garbage after a valid file meta.
    garbage = b"\x08\x00\x16\x00UI\x1a\x00" + b"1.2.840.10008.5.1.4.1.1.4\x00" + b"\x10\x00\x10\x00PN\xff\x7fDoe"
    status = send_raw(server, part10_with_dataset(good, garbage), ds.SOPClassUID, ds.SOPInstanceUID)
    assert status.Status in (0xA900, 0xC000) and status.ErrorComment
    assert store.counts()["instances"] == 0
    # The server goes on serving: the intact file is accepted afterwards.
    assert send_raw(server, good, ds.SOPClassUID, ds.SOPInstanceUID).Status == 0x0000
    assert dataset_bytes(store.read_original(ds.SOPInstanceUID)) == dataset_bytes(good)


@pytest.mark.peer
def test_storescu_with_unsupported_sop_class_is_refused(dcmtk, server, store):
    # color-pl.dcm uses the retired Ultrasound Image Storage class (1.2.840.10008.5.1.4.1.1.6).
    result = store_with_storescu(dcmtk, server, pydicom_data_file("color-pl.dcm"), "-xe")
    assert result.returncode != 0
    assert "presentation context" in (result.stderr + result.stdout).lower()
    assert store.counts()["instances"] == 0


def test_dataset_not_matching_the_requested_sop_class_is_refused(server, store):
    mr = pydicom_data_file("emri_small.dcm").read_bytes()
    ds = pydicom.dcmread(io.BytesIO(mr), stop_before_pixels=True)
    status = send_raw(server, mr, CTImageStorage, ds.SOPInstanceUID)
    assert status.Status == 0xA900
    assert "SOP Class" in status.ErrorComment
    assert store.counts()["instances"] == 0


def test_deflated_transfer_syntax_is_stored_as_received(server, store):
    path = get_testdata_file("image_dfl.dcm")
    data = open(path, "rb").read()
    ds = pydicom.dcmread(path)
    assert ds.file_meta.TransferSyntaxUID == DeflatedExplicitVRLittleEndian
    status = send_raw(server, data, ds.SOPClassUID, ds.SOPInstanceUID, DeflatedExplicitVRLittleEndian)
    assert status.Status == 0x0000
    stored = store.read_original(ds.SOPInstanceUID)
    assert dataset_bytes(stored) == dataset_bytes(data)
    assert pydicom.dcmread(io.BytesIO(stored)).PixelData == ds.PixelData


def _start_store_then_abort(server, part10: bytes, sop_class: str, sop_uid: str, *, graceful: bool):
    """Sends the command and part of the dataset of a C-STORE, then aborts the association."""
    assoc = associate(server, [build_context(sop_class, ExplicitVRLittleEndian)])
    assert assoc.is_established
    req = C_STORE()
    req.MessageID = 1
    req.Priority = 2
    req.AffectedSOPClassUID = sop_class
    req.AffectedSOPInstanceUID = sop_uid
    req.DataSet = io.BytesIO(dataset_bytes(part10))
    msg = C_STORE_RQ()
    msg.primitive_to_message(req)
    pdus = list(msg.encode_msg(assoc.accepted_contexts[0].context_id, 16382))
    assert len(pdus) > 10
    for pdu in pdus[: len(pdus) // 2]:
        assoc.dul.send_pdu(pdu)
    time.sleep(0.3)
    if graceful:
        assoc.abort()
    else:  # the peer vanishes: TCP closed without an A-ABORT
        assoc.dul.socket.close()
        assoc.kill()


@pytest.mark.parametrize("graceful", [True, False], ids=["a-abort", "tcp-close"])
def test_association_cut_mid_transfer_leaves_store_consistent(server, store, graceful):
    big = pydicom_data_file("MR2_UNCR.dcm").read_bytes()
    ds = pydicom.dcmread(io.BytesIO(big), stop_before_pixels=True)
    _start_store_then_abort(server, big, ds.SOPClassUID, ds.SOPInstanceUID, graceful=graceful)
    time.sleep(0.5)
    assert store.counts() == {"studies": 0, "series": 0, "instances": 0}
    assert store.instance_uids(sop_uid=ds.SOPInstanceUID) == []
    # A complete retry is stored normally.
    assert send_raw(server, big, ds.SOPClassUID, ds.SOPInstanceUID).Status == 0x0000
    assert dataset_bytes(store.read_original(ds.SOPInstanceUID)) == dataset_bytes(big)


def test_store_with_new_uids_keeps_separate_instances(server, store):
    data = pydicom_data_file("emri_small.dcm").read_bytes()
    ds = pydicom.dcmread(io.BytesIO(data))
    uids = []
    for _ in range(2):
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        assert send_raw(server, buf.getvalue(), ds.SOPClassUID, ds.SOPInstanceUID).Status == 0
        uids.append(ds.SOPInstanceUID)
    assert sorted(store.instance_uids(study_uid=ds.StudyInstanceUID)) == sorted(uids)


@pytest.mark.peer
def test_concurrent_storescu_associations(dcmtk, server, store):
    import subprocess

    names = ["MR2_UNCR.dcm", "US1_UNCR.dcm", "693_UNCR.dcm", "emri_small.dcm"]
    procs = [subprocess.Popen([dcmtk("storescu"), "-aec", server.ae_title, "127.0.0.1", str(server.port),
                               str(pydicom_data_file(n))], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for n in names]
    for proc in procs:
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    for name in names:
        ds = pydicom.dcmread(pydicom_data_file(name), stop_before_pixels=True)
        assert store.instance_uids(sop_uid=ds.SOPInstanceUID) == [ds.SOPInstanceUID]
