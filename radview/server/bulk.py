"""Split a Part 10 file into a metadata skeleton and bulk parts, and splice it back.

We walk the file's own element stream (not pydicom's re-encoding) and cut the
value bytes of every bulk element out by offset. The skeleton is the file with
those byte ranges removed; splicing the parts back at their offsets gives the
received file byte for byte. Native Pixel Data is cut per frame and
encapsulated Pixel Data per fragment, so a single frame can be read alone.

Supported streams: explicit and implicit VR little endian, explicit VR big
endian (and every encapsulated syntax, which is explicit VR LE). A deflated
dataset cannot be walked without inflating it; it is kept whole (no parts).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from radview.dicom.part10 import Part10Error, dataset_offset
from radview.errors import RadviewError

UNDEFINED = 0xFFFFFFFF
PIXEL_DATA = 0x7FE00010
ITEM, ITEM_END, SEQ_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
# Explicit VRs whose length field is 4 bytes (after 2 reserved bytes).
LONG_VRS = {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
# VRs whose values may be moved out as bulk data.
BULK_VRS = {"OB", "OD", "OF", "OL", "OV", "OW", "UN", "OB or OW", "US or OW"}
DEFAULT_THRESHOLD = 1024

IMPLICIT_LE = "1.2.840.10008.1.2"
EXPLICIT_BE = "1.2.840.10008.1.2.2"
DEFLATED = ("1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.8.1")


class BulkError(RadviewError):
    """The file's element stream is malformed (truncated, bad lengths, ...)."""


@dataclass(frozen=True)
class BulkPart:
    """One cut-out value: where it sat in the original file and what it is."""

    tag_path: str  # e.g. "7FE00010" or "00540016/0/00181072" (item index 0-based)
    offset: int  # byte offset of the value in the original file
    length: int
    frame: int | None = None  # 1-based frame number (Pixel Data only, when known)
    fragment: int | None = None  # 0-based item index in encapsulated Pixel Data (0 = offset table)


@dataclass
class FrameGeometry:
    """What is needed to cut native Pixel Data into frames."""

    frames: int
    frame_bytes: int


def _vr_of(tag: int) -> str:
    from pydicom.datadict import dictionary_VR

    if (tag >> 16) & 1:  # private group: unknown
        return "UN"
    try:
        return dictionary_VR(tag)
    except KeyError:
        return "UN"


class _Walker:
    def __init__(self, buf: bytes, threshold: int, geometry: FrameGeometry | None,
                 encapsulated_frames: int | None):
        self.buf = buf
        self.threshold = threshold
        self.geometry = geometry
        self.encapsulated_frames = encapsulated_frames
        self.parts: list[BulkPart] = []

    def fail(self, pos: int, what: str) -> None:
        raise BulkError(f"malformed DICOM at byte {pos}: {what}")

    def header(self, pos: int, little: bool, explicit: bool):
        """Returns (tag, vr, length, value_pos) of the element at pos."""
        buf = self.buf
        if pos + 8 > len(buf):
            self.fail(pos, "element header runs past the end of the file (truncated?)")
        order = "<" if little else ">"
        group, elem = struct.unpack_from(order + "HH", buf, pos)
        tag = (group << 16) | elem
        if group == 0xFFFE:  # item / delimiters have no VR in any syntax
            (length,) = struct.unpack_from(order + "I", buf, pos + 4)
            return tag, None, length, pos + 8
        if explicit:
            vr = bytes(buf[pos + 4:pos + 6])
            if not (65 <= vr[0] <= 90 and 65 <= vr[1] <= 90):
                self.fail(pos, f"invalid VR {vr!r} for tag ({group:04X},{elem:04X})")
            if vr in LONG_VRS:
                if pos + 12 > len(buf):
                    self.fail(pos, "element header truncated")
                (length,) = struct.unpack_from(order + "I", buf, pos + 8)
                return tag, vr.decode(), length, pos + 12
            (length,) = struct.unpack_from(order + "H", buf, pos + 6)
            return tag, vr.decode(), length, pos + 8
        (length,) = struct.unpack_from(order + "I", buf, pos + 4)
        return tag, _vr_of(tag), length, pos + 8

    def dataset(self, pos: int, end: int | None, little: bool, explicit: bool,
                path: str, top: bool = False) -> int:
        """Walks elements from pos to end (or to an item delimiter if end is None)."""
        limit = len(self.buf) if end is None else end
        while pos < limit:
            tag, vr, length, vpos = self.header(pos, little, explicit)
            if tag == ITEM_END:
                if end is not None:
                    self.fail(pos, "item delimiter inside a defined-length item")
                return vpos
            if vr is None:
                self.fail(pos, f"unexpected item tag {tag:08X} in a dataset")
            key = f"{path}{tag:08X}"
            if length == UNDEFINED:
                if tag == PIXEL_DATA and top and explicit and vr in ("OB", "OW"):
                    pos = self.encapsulated(vpos, key)
                elif vr in ("SQ", "UN") or not explicit:
                    # explicit UN of undefined length holds implicit VR LE content
                    sub_explicit = explicit and vr == "SQ"
                    sub_little = little if vr == "SQ" else True
                    pos = self.sequence(vpos, None, sub_little, sub_explicit, key)
                else:
                    self.fail(pos, f"undefined length on a {vr} element ({tag:08X})")
                continue
            if vpos + length > len(self.buf) or (end is not None and vpos + length > end):
                self.fail(pos, f"value of ({tag >> 16:04X},{tag & 0xFFFF:04X}) runs past "
                          f"its container (length {length}; file truncated?)")
            if vr == "SQ":
                self.sequence(vpos, vpos + length, little, explicit, key)
            elif length > self.threshold and vr in BULK_VRS:
                self.cut(tag, key, vpos, length, top)
            pos = vpos + length
        if end is None:
            if limit != len(self.buf):
                self.fail(pos, "missing item delimiter")
            return pos
        if pos != end:
            self.fail(pos, "element overruns its item")
        return pos

    def sequence(self, pos: int, end: int | None, little: bool, explicit: bool, key: str) -> int:
        index = 0
        while end is None or pos < end:
            tag, _vr, length, vpos = self.header(pos, little, explicit=False)
            if tag == SEQ_END:
                if end is not None:
                    self.fail(pos, "sequence delimiter in a defined-length sequence")
                return vpos
            if tag != ITEM:
                self.fail(pos, f"expected a sequence item, found tag {tag:08X}")
            sub = f"{key}/{index}/"
            if length == UNDEFINED:
                pos = self.dataset(vpos, None, little, explicit, sub)
            else:
                if vpos + length > len(self.buf):
                    self.fail(pos, "sequence item runs past the end of the file")
                pos = self.dataset(vpos, vpos + length, little, explicit, sub)
            index += 1
        if pos != end:
            self.fail(pos, "sequence overruns its length")
        return pos

    def encapsulated(self, pos: int, key: str) -> int:
        fragments: list[tuple[int, int]] = []
        while True:
            tag, _vr, length, vpos = self.header(pos, True, False)
            if tag == SEQ_END:
                break
            if tag != ITEM or length == UNDEFINED or vpos + length > len(self.buf):
                self.fail(pos, "bad item in encapsulated Pixel Data")
            fragments.append((vpos, length))
            pos = vpos + length
        end = vpos  # just past the sequence delimiter
        # Fragment i (1-based, 0 is the offset table) is frame i when counts agree.
        one_per_frame = self.encapsulated_frames == len(fragments) - 1
        for index, (fpos, length) in enumerate(fragments):
            if index == 0 and length <= self.threshold:
                continue  # small basic offset table stays in the skeleton
            if length == 0:
                continue
            frame = index if one_per_frame and index > 0 else None
            self.parts.append(BulkPart(key, fpos, length, frame=frame, fragment=index))
        return end

    def cut(self, tag: int, key: str, vpos: int, length: int, top: bool) -> None:
        geo = self.geometry
        if tag == PIXEL_DATA and top and geo and geo.frame_bytes > 0 \
                and geo.frames * geo.frame_bytes <= length:
            for i in range(geo.frames):
                self.parts.append(BulkPart(key, vpos + i * geo.frame_bytes, geo.frame_bytes,
                                           frame=i + 1))
            return  # any trailing pad byte stays in the skeleton
        frame = 1 if tag == PIXEL_DATA and top and geo and geo.frames == 1 else None
        self.parts.append(BulkPart(key, vpos, length, frame=frame))


def dataset_start(buf: bytes) -> tuple[int, str]:
    """Offset where the dataset begins (after the file meta group) and its transfer syntax."""
    try:
        where = dataset_offset(buf)
    except Part10Error as exc:
        raise BulkError(str(exc)) from None
    return where.offset, where.transfer_syntax


def split(buf: bytes, *, threshold: int = DEFAULT_THRESHOLD,
          geometry: FrameGeometry | None = None,
          encapsulated_frames: int | None = None) -> tuple[bytes, list[BulkPart]]:
    """Cuts bulk values out of a Part 10 file: returns (skeleton, parts in file order)."""
    start, ts = dataset_start(buf)
    if ts in DEFLATED:
        return bytes(buf), []
    walker = _Walker(buf, threshold, geometry, encapsulated_frames)
    walker.dataset(start, len(buf), little=ts != EXPLICIT_BE, explicit=ts != IMPLICIT_LE,
                   path="", top=True)
    parts = walker.parts
    pieces, pos = [], 0
    for part in parts:
        pieces.append(buf[pos:part.offset])
        pos = part.offset + part.length
    pieces.append(buf[pos:])
    return b"".join(pieces), parts


def rebuild(skeleton: bytes, parts: list[tuple[BulkPart, bytes]]) -> bytes:
    """Splices part values back into the skeleton at their original offsets."""
    out, skel_pos, orig_pos = [], 0, 0
    for part, data in sorted(parts, key=lambda p: p[0].offset):
        if len(data) != part.length:
            raise BulkError(f"bulk value {part.tag_path} has {len(data)} bytes, "
                            f"expected {part.length}")
        gap = part.offset - orig_pos
        out.append(skeleton[skel_pos:skel_pos + gap])
        skel_pos += gap
        out.append(data)
        orig_pos = part.offset + part.length
    out.append(skeleton[skel_pos:])
    return b"".join(out)
