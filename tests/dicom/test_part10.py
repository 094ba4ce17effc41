"""Part 10: where the dataset starts (checked against pydicom), and malformed headers."""

from __future__ import annotations

import io
import struct

import pydicom
import pytest

from radview.dicom import Part10Error, dataset_offset, read_file_meta
from radview.resources.sample_images import pydicom_data_file


@pytest.mark.parametrize("name", ["MR2_UNCR.dcm", "MR2_UNCI.dcm", "emri_small_big_endian.dcm", "693_J2KR.dcm", "SC_rgb_expb.dcm"])
def test_offset_and_meta_agree_with_pydicom(name):
    data = pydicom_data_file(name).read_bytes()
    start, ts = dataset_offset(data)
    ds = pydicom.dcmread(io.BytesIO(data))
    assert ts == ds.file_meta.TransferSyntaxUID
    meta, offset = read_file_meta(data)
    assert offset == start and meta.TransferSyntaxUID == ts
    assert meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
    # the dataset read from the offset alone is the file's dataset
    rest = pydicom.filereader.read_dataset(io.BytesIO(data[start:]),
                                           is_implicit_VR=ts == "1.2.840.10008.1.2",
                                           is_little_endian=ts != "1.2.840.10008.1.2.2")
    assert rest.SOPInstanceUID == ds.SOPInstanceUID


def _meta_bytes(elements: list[tuple[int, bytes, bytes]], group_length: int | None = None) -> bytes:
    body = b""
    for elem, vr, value in elements:
        body += struct.pack("<HH", 2, elem) + vr
        body += (b"\0\0" + struct.pack("<I", len(value)) if vr in (b"OB", b"UN")
                 else struct.pack("<H", len(value))) + value
    length = len(body) if group_length is None else group_length
    return b"\0" * 128 + b"DICM" + struct.pack("<HH", 2, 0) + b"UL" + struct.pack("<HI", 4, length) + body


TS = (0x10, b"UI", b"1.2.840.10008.1.2.1\0")


def test_minimal_header_and_missing_group_length():
    data = _meta_bytes([(0x01, b"OB", b"\0\1"), TS]) + b"\x08\x00\x16\x00"
    assert tuple(dataset_offset(data)) == (len(data) - 4, "1.2.840.10008.1.2.1")
    no_length = data[:132] + data[144:]
    assert tuple(dataset_offset(no_length)) == (len(no_length) - 4, "1.2.840.10008.1.2.1")


@pytest.mark.parametrize("data, message", [
    (b"", "DICM"),
    (b"\0" * 128 + b"DICN" + b"\0" * 40, "DICM"),
    (_meta_bytes([TS], group_length=200), "past the end"),
    (_meta_bytes([TS], group_length=4) + b"\x08\x00\x16\x00", "does not match"),
    (_meta_bytes([(0x02, b"UI", b"1.2.3\0")]), "no Transfer Syntax"),
    (_meta_bytes([TS])[:-6], "past the end|truncated"),
    (_meta_bytes([(0x10, b"u1", b"1.2\0")]), "invalid VR"),
])
def test_malformed_headers_are_refused(data, message):
    with pytest.raises(Part10Error, match=message):
        dataset_offset(data)
    with pytest.raises(Part10Error):
        read_file_meta(data)
