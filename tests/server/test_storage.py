"""Embedded store: byte-exact split/rebuild, ingest checks, matching, integrity."""

from __future__ import annotations

import hashlib
import io

import pydicom
import pytest
from pydicom.uid import generate_uid

from radview.server import bulk
from radview.server.embedded import EmbeddedStore
from radview.server.storage import IngestError, IntegrityError, NotFoundError

from .conftest import all_real_files, modified, real_file


@pytest.mark.parametrize("name", all_real_files())
def test_every_real_file_rebuilds_byte_identically_or_is_rejected(tmp_path, name):
    store = EmbeddedStore(tmp_path / "d", fsync=False)
    data = real_file(name)
    try:
        result = store.ingest(data, source="test")
    except IngestError as exc:
        # Only files that really are unacceptable may be refused.
        assert any(w in str(exc) for w in ("DICM", "SOP class", "lacks required",
                                           "differs", "not a valid DICOM UID")), str(exc)
        assert store.counts()["instances"] == 0
        return
    assert store.read_original(result.sop_instance_uid) == data
    ds = pydicom.dcmread(io.BytesIO(data))
    if "PixelData" in ds and bulk.dataset_start(data)[1] not in bulk.DEFLATED \
            and len(ds.PixelData) > 1024:
        rows = store.conn.execute("SELECT count(*) FROM bulk WHERE sop_uid=? AND "
                                  "tag_path='7FE00010'", (result.sop_instance_uid,)).fetchone()
        assert rows[0] >= 1, "pixel data must be stored apart from the metadata"
        # the skeleton holds no pixel bytes
        skel = store.conn.execute("SELECT length(skeleton) FROM instances").fetchone()[0]
        assert skel < len(data) - len(ds.PixelData) + 2048
    store.close()


def test_multiframe_frames_are_separate_blobs_and_read_alone(store):
    data = real_file("emri_small.dcm")
    r = store.ingest(data, source="test")
    ds = pydicom.dcmread(io.BytesIO(data))
    n = int(ds.NumberOfFrames)
    size = len(ds.PixelData) // n
    for f in (1, n):
        assert store.read_frame(r.sop_instance_uid, f) == ds.PixelData[(f - 1) * size:f * size]
    with pytest.raises(NotFoundError, match="frame"):
        store.read_frame(r.sop_instance_uid, n + 1)


def test_encapsulated_frames_read_alone(store):
    from pydicom.encaps import generate_frames

    data = real_file("color3d_jpeg_baseline.dcm")
    r = store.ingest(data, source="test")
    ds = pydicom.dcmread(io.BytesIO(data))
    frames = list(generate_frames(ds.PixelData, number_of_frames=int(ds.NumberOfFrames)))
    assert store.read_frame(r.sop_instance_uid, 7) == frames[6]
    assert store.read_original(r.sop_instance_uid) == data


def test_duplicate_is_idempotent(store):
    data = real_file("693_UNCR.dcm")
    first = store.ingest(data, source="a")
    again = store.ingest(data, source="b")
    assert not first.duplicate and again.duplicate
    assert store.counts() == {"studies": 1, "series": 1, "instances": 1}


@pytest.mark.parametrize("bad, message", [
    (b"", "DICM"),
    (b"hello world" * 50, "DICM"),
    (real_file("MR2_UNCR.dcm")[:5000], "truncated|past"),
    (real_file("MR2_UNCR.dcm")[:200], "meta|past|truncated"),
])
def test_malformed_files_are_rejected_and_nothing_is_stored(store, bad, message):
    with pytest.raises(IngestError, match=message):
        store.ingest(bad, source="test")
    assert store.counts()["instances"] == 0
    assert not [p for p in store.blobs.root.rglob("*") if p.is_file()]


def test_wrong_sop_class_and_unknown_transfer_syntax_are_rejected(store):
    with pytest.raises(IngestError, match="SOP class"):
        store.ingest(modified("693_UNCR.dcm", SOPClassUID="1.2.840.10008.1.1",
                              meta_MediaStorageSOPClassUID="1.2.840.10008.1.1"), source="t")
    with pytest.raises(IngestError, match="transfer syntax"):
        store.ingest(modified("693_UNCR.dcm", meta_TransferSyntaxUID="1.2.3.4.5.6"),
                     source="t")
    assert store.counts()["instances"] == 0


def test_corrupt_or_missing_blob_is_an_error_that_names_it(store):
    r = store.ingest(real_file("RG3_UNCR.dcm"), source="test")
    sha = store.conn.execute("SELECT sha256 FROM bulk").fetchone()[0]
    path = store.blobs.path(sha)
    raw = bytearray(path.read_bytes())
    raw[1000] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match=sha):
        store.read_original(r.sop_instance_uid)
    path.unlink()
    with pytest.raises(IntegrityError, match="missing"):
        store.read_frame(r.sop_instance_uid, 1)


def test_a_damaged_blob_is_repaired_when_the_same_content_arrives_again(store):
    data = real_file("RG3_UNCR.dcm")
    r = store.ingest(data, source="test")
    sha = store.conn.execute("SELECT sha256 FROM bulk").fetchone()[0]
    path = store.blobs.path(sha)
    raw = bytearray(path.read_bytes())
    raw[1000] ^= 0xFF  # same size, wrong bytes
    path.write_bytes(bytes(raw))
    store.blobs.put(bytes(raw[:1000]) + bytes([raw[1000] ^ 0xFF]) + bytes(raw[1001:]), sha)
    assert store.read_original(r.sop_instance_uid) == data


def _study(store, name, patient, date, modality, desc="X"):
    study = generate_uid()
    data = modified(name, StudyInstanceUID=study, SeriesInstanceUID=generate_uid(),
                    SOPInstanceUID=(sop := generate_uid()), meta_MediaStorageSOPInstanceUID=sop,
                    PatientName=patient, PatientID=patient.upper()[:8], StudyDate=date,
                    Modality=modality, StudyDescription=desc)
    store.ingest(data, source="t")
    return study


def test_find_matching(store):
    a = _study(store, "693_UNCR.dcm", "Doe^John", "20240101", "CT", "CHEST CT")
    b = _study(store, "MR2_UNCR.dcm", "Doe^Jane", "20240301", "MR", "HEAD MR")
    c = _study(store, "RG3_UNCR.dcm", "Roe^Rick", "20250101", "CR", "CHEST")
    uids = lambda rows: {r["StudyInstanceUID"] for r in rows}  # noqa: E731
    assert uids(store.find("STUDY", {})) == {a, b, c}
    assert uids(store.find("STUDY", {"PatientName": "doe*"})) == {a, b}
    assert uids(store.find("STUDY", {"PatientName": "Doe^J?ne"})) == {b}
    assert uids(store.find("STUDY", {"StudyDate": "20240201-"})) == {b, c}
    assert uids(store.find("STUDY", {"StudyDate": "-20240201"})) == {a}
    assert uids(store.find("STUDY", {"StudyInstanceUID": f"{a}\\{c}"})) == {a, c}
    assert uids(store.find("STUDY", {"ModalitiesInStudy": "MR"})) == {b}
    assert uids(store.find("STUDY", {"StudyDescription": "CHEST*"})) == {a, c}
    rows = store.find("STUDY", {"StudyInstanceUID": a, "PatientID": ""})
    assert rows[0]["PatientID"] == "DOE^JOHN" and rows[0]["NumberOfStudyRelatedInstances"] == 1
    series = store.find("SERIES", {"StudyInstanceUID": b})
    assert len(series) == 1 and series[0]["Modality"] == "MR"
    images = store.find("IMAGE", {"SeriesInstanceUID": series[0]["SeriesInstanceUID"]})
    assert len(images) == 1 and images[0]["Rows"] == 1024
    assert len(store.find("PATIENT", {"PatientName": "Doe*"})) == 2
    assert len(store.find("STUDY", {}, limit=2)) == 2
    assert store.instance_uids(study_uid=b) == [images[0]["SOPInstanceUID"]]
    with pytest.raises(NotFoundError):
        store.find("WARD", {})


def test_metadata_json_has_bulk_uris_and_no_pixels(store):
    r = store.ingest(real_file("RG1_UNCR.dcm"), source="t")
    meta = store.instance_metadata(r.sop_instance_uid)
    assert meta["7FE00010"]["BulkDataURI"] == "bulk/7FE00010"
    assert "InlineBinary" not in meta["7FE00010"]
    assert meta["00080018"]["Value"] == [r.sop_instance_uid]
    ds = pydicom.dcmread(io.BytesIO(real_file("RG1_UNCR.dcm")))
    assert store.read_bulk(r.sop_instance_uid, "7FE00010") == ds.PixelData


def test_ingest_is_durable_across_reopen(tmp_path):
    data = real_file("US1_UNCR.dcm")
    s1 = EmbeddedStore(tmp_path / "d")
    r = s1.ingest(data, source="t")
    s1.close()
    s2 = EmbeddedStore(tmp_path / "d")
    assert s2.read_original(r.sop_instance_uid) == data
    assert hashlib.sha256(s2.read_original(r.sop_instance_uid)).hexdigest() == \
        s2.instance_info(r.sop_instance_uid)["file_sha256"]
