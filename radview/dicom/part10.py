"""Part 10 files (PS3.10 7.1): where the dataset starts, and the file meta information.

The server keeps originals byte for byte and sends their dataset bytes as they
are (C-STORE of an original, bulk-data splitting), so it needs the exact
offset where the file meta group ends, without pydicom re-encoding anything.
The meta group is always explicit VR little endian, which makes that a short
walk; :func:`read_file_meta` then lets pydicom decode those bytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from io import BytesIO

from pydicom.dataset import FileMetaDataset
from pydicom.filereader import read_dataset

from radview.errors import RadviewError

PREAMBLE = 128
# Explicit VRs whose length field is 4 bytes (after 2 reserved bytes).
LONG_VRS = frozenset({b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN",
                      b"UR", b"UT", b"UV"})
GROUP_LENGTH = 0x00020000
TRANSFER_SYNTAX = 0x00020010


class Part10Error(RadviewError, ValueError):
    """The bytes are not a well-formed Part 10 file header."""


@dataclass(frozen=True)
class DatasetOffset:
    offset: int  # where the dataset (after the file meta group) begins
    transfer_syntax: str  # the dataset's Transfer Syntax UID
    meta_start: int = PREAMBLE + 4  # where the file meta group begins

    def __iter__(self):  # ``start, ts = dataset_offset(buf)``
        return iter((self.offset, self.transfer_syntax))


def dataset_offset(buf: bytes) -> DatasetOffset:
    """Where the dataset of a Part 10 file begins and its transfer syntax.

    Raises Part10Error for a missing 'DICM' marker, a truncated or malformed meta
    group, a group length (0002,0000) that disagrees with the elements, or no
    Transfer Syntax UID.
    """
    if len(buf) < PREAMBLE + 4 or buf[PREAMBLE:PREAMBLE + 4] != b"DICM":
        raise Part10Error("not a DICOM Part 10 file (no 'DICM' marker at byte 128)")
    pos = PREAMBLE + 4
    declared_end = None
    ts = None
    while pos + 4 <= len(buf):
        group, elem = struct.unpack_from("<HH", buf, pos)
        if group != 0x0002:
            break
        if pos + 8 > len(buf):
            raise Part10Error(f"malformed DICOM at byte {pos}: file meta element header "
                              "truncated")
        tag = (group << 16) | elem
        vr = bytes(buf[pos + 4:pos + 6])
        if not (len(vr) == 2 and 65 <= vr[0] <= 90 and 65 <= vr[1] <= 90):
            raise Part10Error(f"malformed DICOM at byte {pos}: invalid VR {vr!r} in the "
                              "file meta information")
        if vr in LONG_VRS:
            if pos + 12 > len(buf):
                raise Part10Error(f"malformed DICOM at byte {pos}: file meta element header "
                                  "truncated")
            (length,) = struct.unpack_from("<I", buf, pos + 8)
            value = pos + 12
        else:
            (length,) = struct.unpack_from("<H", buf, pos + 6)
            value = pos + 8
        if value + length > len(buf):
            raise Part10Error(f"malformed DICOM at byte {pos}: file meta element runs past "
                              "the end of the file (truncated?)")
        if tag == GROUP_LENGTH:
            if vr != b"UL" or length != 4:
                raise Part10Error("file meta group length (0002,0000) is not a UL of 4 bytes")
            declared_end = value + 4 + struct.unpack_from("<I", buf, value)[0]
            if declared_end > len(buf):
                raise Part10Error("file meta group length runs past the end of the file "
                                  "(truncated?)")
        elif tag == TRANSFER_SYNTAX:
            ts = bytes(buf[value:value + length]).rstrip(b"\0 ").decode("ascii", "replace")
        pos = value + length
    else:
        if pos < len(buf):
            raise Part10Error(f"malformed DICOM at byte {pos}: element header runs past the "
                              "end of the file (truncated?)")
    if declared_end is not None and declared_end != pos:
        raise Part10Error("file meta group length does not match its elements")
    if not ts:
        raise Part10Error("file meta information has no Transfer Syntax UID")
    return DatasetOffset(pos, ts)


def read_file_meta(buf: bytes) -> tuple[FileMetaDataset, int]:
    """The file meta information of a Part 10 file and the offset where its dataset starts."""
    where = dataset_offset(buf)
    try:
        meta = read_dataset(BytesIO(bytes(buf[where.meta_start:where.offset])),
                            is_implicit_VR=False, is_little_endian=True)
    except Exception as exc:  # noqa: BLE001 - pydicom raises many types for bad values
        raise Part10Error(f"unreadable file meta information: {exc}") from None
    return FileMetaDataset(meta), where.offset
