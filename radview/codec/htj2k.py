"""HTJ2K versions: a standard JPEG 2000 Part 15 codestream with our level table.

The frame is coded by OpenJPH (through ``imagecodecs``) with RPCL progression
and one tile-part per resolution, so every resolution ends at a tile-part
boundary and any prefix of whole tile-parts decodes at a reduced resolution. The
number of wavelet decompositions is chosen so that resolution boundaries fall on
our pyramid levels (level 0 <= 128 px; each further level doubles), with the
resolutions below level 0 kept inside level 0.

Our own parameters and the level table (rows, cols, byte range, CRC-32 per level)
travel in a COM marker segment of the main header (``radview:`` + JSON), so the
stream stays a valid codestream that any JPEG 2000 / HTJ2K decoder reads, and a
client needs only the main header to pick and fetch levels. See docs/codec.md.
"""

from __future__ import annotations

import json
import struct
import zlib

import numpy as np

from radview.codec import geometry, padding as padmod, ratecontrol
from radview.codec.container import CodecError, ContainerHeader, LevelInfo

SOC_SIZ = b"\xff\x4f\xff\x51"
ENCODING = "htj2k"
CODING = "htj2k-rpcl-1"
# a padding-filled frame with the padding mask in the table: a new id, so that a reader
# that does not restore padding refuses it instead of showing the fill
CODING_PADDED = "htj2k-rpcl-1+padding"
_TAG = b"radview:"
_SOT, _COM, _EOC = 0xFF90, 0xFF64, b"\xff\xd9"
_MIN_QSTEP = 1.1e-5  # OpenJPH treats smaller steps as 0 (reversible)

# DICOM transfer syntaxes (PS3.5 A.4.12): RPCL lossless, and lossy-or-lossless
TS_LOSSLESS_RPCL = "1.2.840.10008.1.2.4.202"
TS_LOSSY = "1.2.840.10008.1.2.4.203"


def is_htj2k(data) -> bool:
    return bytes(data[:4]) == SOC_SIZ


def transfer_syntax(header: ContainerHeader) -> str:
    return TS_LOSSLESS_RPCL if header.lossless else TS_LOSSY


def _codec():
    import imagecodecs

    return imagecodecs


def _decompositions(rows: int, cols: int) -> int:
    return geometry.container_levels(rows, cols) - 1 + geometry.extra_levels(rows, cols)


def _raw_encode(frame: np.ndarray, qstep: float | None, decompositions: int) -> bytes:
    ic = _codec()
    kwargs = {"resolutions": decompositions, "tilepart": 1, "tlm": True}
    try:
        if qstep is None:
            return bytes(ic.htj2k_encode(frame, reversible=True, **kwargs))
        return bytes(ic.htj2k_encode(frame, max(qstep, _MIN_QSTEP), reversible=False, **kwargs))
    except (ic.Htj2kError, ValueError) as exc:
        raise CodecError(f"HTJ2K encoder refused the frame: {exc}") from None


def _segments(data: bytes) -> tuple[list[tuple[int, int, int]], int]:
    """Main-header marker segments [(marker, start, end)] and the offset of the first SOT."""
    pos = 4 + struct.unpack_from(">H", data, 4)[0]  # SOC, then SIZ with its length
    out = [(0xFF51, 2, pos)]
    while True:
        last = out[-1]
        if last[0] == _COM and data[last[1] + 6:last[1] + 6 + len(_TAG)] == _TAG:
            return out, pos  # our table is the main header's last segment
        if pos + 4 > len(data):
            raise CodecError(f"HTJ2K main header truncated: have {len(data)} bytes, "
                             f"need more than {pos + 4}")
        marker, length = struct.unpack_from(">HH", data, pos)
        if marker == _SOT:
            return out, pos
        if marker >> 8 != 0xFF or length < 2:
            raise CodecError(f"not a valid HTJ2K main header (marker {marker:#06x} at {pos})")
        if pos + 2 + length > len(data):
            raise CodecError(f"HTJ2K main header truncated: have {len(data)} bytes, "
                             f"need at least {pos + 2 + length}")
        out.append((marker, pos, pos + 2 + length))
        pos += 2 + length


def _tile_parts(data: bytes, start: int) -> list[tuple[int, int]]:
    """(offset, length) of each tile-part of a complete codestream."""
    parts, pos = [], start
    while pos + 12 <= len(data) and struct.unpack_from(">H", data, pos)[0] == _SOT:
        psot = struct.unpack_from(">I", data, pos + 6)[0]
        if psot < 12:
            raise CodecError("HTJ2K tile-part without a length")
        parts.append((pos, psot))
        pos += psot
    if data[pos:] != _EOC:
        raise CodecError("HTJ2K codestream does not end after its tile-parts")
    return parts


def encode(frame: np.ndarray, *, ratio: float | None, lossless: bool, quality, usage,
           photometric: str, bits: int, signed: bool, key: str, samples: int,
           pad: padmod.Padding | None = None) -> bytes:
    """A checked frame (see api.encode; with ``pad``, already filled) -> HTJ2K codestream
    with the radview COM segment."""
    rows, cols = frame.shape[:2]
    frame = np.ascontiguousarray(frame.astype(frame.dtype.newbyteorder("=")))
    decomp = _decompositions(rows, cols)
    qstep, offset, shift = None, 0, 0
    extra_doc = {} if pad is None else {"padding": padmod.to_json(pad)}
    if lossless:
        data = _raw_encode(frame, None, decomp)
    else:
        raw = frame.size * frame.itemsize
        # the padding mask travels in the table: its bytes count against the ratio (the
        # rest of the table is left as before, so frames without padding code as they did)
        mask_bytes = len(json.dumps(extra_doc, separators=(",", ":"))) if pad is not None else 0
        target = max(1, int(raw / ratio) - mask_bytes)
        coded, offset, shift = lossy_samples(frame, bits, signed)
        # OpenJPH's step is relative to the declared 16-bit range, not to bits stored
        span = float(1 << (bits - shift)) / 65536.0
        qstep = ratecontrol.find_step(lambda step: len(_raw_encode(coded, step, decomp)),
                                      target, lo=_MIN_QSTEP, hi=1.0, guess=span / 64)
        data = _raw_encode(coded, qstep, decomp)
    return _attach_table(data, rows, cols, decomp, {
        "rows": rows, "cols": cols, "samples": samples, "dtype": key, "bits_stored": bits,
        "signed": signed, "photometric": photometric, "lossless": bool(lossless),
        "ratio": None if lossless else float(ratio),
        "quality": None if quality is None else float(quality), "usage": usage,
        "qstep": qstep, "offset": offset, "shift": shift,
        "coding": CODING if pad is None else CODING_PADDED, **extra_doc})


def lossy_samples(frame: np.ndarray, bits: int, signed: bool) -> tuple[np.ndarray, int, int]:
    """Lossy coding works on int16 samples centred on 0 (coded = (pixel - offset) >> shift).

    OpenJPH writes decoded samples into the declared type without clipping, so a
    reconstruction a little outside the range would wrap (255 + 2 -> 1); centred
    int16 samples of at most 15 bits leave room either side. 16-bit data drops its
    lowest bit (shift 1), far below any lossy quantiser step.
    """
    offset = 0 if signed else 1 << (bits - 1)
    shift = 1 if bits > 15 else 0
    coded = (frame.astype(np.int32) - offset) >> shift
    return np.ascontiguousarray(coded.astype(np.int16)), offset, shift


def _attach_table(data: bytes, rows: int, cols: int, decomp: int, doc: dict) -> bytes:
    segs, first_sot = _segments(data)
    parts = _tile_parts(data, first_sot)
    n = geometry.container_levels(rows, cols)
    if decomp == 0:  # OpenJPH takes 0 as "its default" (5): use what it made
        decomp = len(parts) - 1
    extra = decomp - (n - 1)
    if len(parts) != decomp + 1 or extra < 0:
        raise CodecError(f"HTJ2K encoder made {len(parts)} tile-parts, expected {decomp + 1}")
    ends = [parts[extra + k][0] + parts[extra + k][1] for k in range(n)]
    ends[-1] += len(_EOC)  # the last level carries the end-of-codestream marker
    levels, start = [], first_sot
    for (r, c), end in zip(geometry.level_shapes(rows, cols), ends):
        levels.append([r, c, start - first_sot, end - start, zlib.crc32(data[start:end])])
        start = end
    doc = dict(doc, decompositions=decomp, extra_levels=extra,
               main_crc32=zlib.crc32(data[:first_sot]), levels=levels)
    body = _TAG + json.dumps(doc, separators=(",", ":")).encode()
    com = struct.pack(">HHH", _COM, 4 + len(body), 1) + body
    if len(com) > 65537:  # pragma: no cover - a level table never gets this long
        raise CodecError("HTJ2K level table too long for a COM segment")
    return data[:first_sot] + com + data[first_sot:]


def read_header(data) -> ContainerHeader:
    """Parse the main header (SIZ .. first SOT) and our COM segment."""
    data = bytes(data[:65536 * 4]) if not isinstance(data, bytes) else data
    if not is_htj2k(data) or len(data) < 6:
        raise CodecError("not an HTJ2K codestream")
    segs, header_length = _segments(data)
    ours = [(s, e) for m, s, e in segs if m == _COM and data[s + 6:s + 6 + len(_TAG)] == _TAG]
    if len(ours) != 1:
        raise CodecError("HTJ2K codestream without a radview level table (not a radview version)")
    s, e = ours[0]
    try:
        doc = json.loads(data[s + 6 + len(_TAG):e])
        if zlib.crc32(data[:s] + data[e:header_length]) != int(doc["main_crc32"]):
            raise CodecError("HTJ2K main header is corrupt (checksum mismatch)")
        lossless = bool(doc["lossless"])
        levels = [LevelInfo(i, int(r), int(c), header_length + int(off), int(n), int(crc))
                  for i, (r, c, off, n, crc) in enumerate(doc["levels"])]
        samples = int(doc["samples"])
        header = ContainerHeader(
            rows=int(doc["rows"]), cols=int(doc["cols"]), samples=samples,
            dtype=str(doc["dtype"]), bits_stored=int(doc["bits_stored"]),
            signed=bool(doc["signed"]), photometric=str(doc["photometric"]),
            lossless=lossless, wavelet="cdf5/3-int" if lossless else "cdf9/7",
            ratio=None if doc["ratio"] is None else float(doc["ratio"]),
            quality=None if doc["quality"] is None else float(doc["quality"]),
            usage=doc["usage"], levels=levels, header_length=header_length,
            extra_levels=int(doc["extra_levels"]),
            colour_transform=("rct" if lossless else "ict") if samples == 3 else "none",
            step=float(doc["qstep"] or 0.0), version=1, coding=str(doc["coding"]),
            encoding=ENCODING, sample_offset=int(doc["offset"]),
            sample_shift=int(doc["shift"]))
    except CodecError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise CodecError(f"HTJ2K level table is inconsistent: {exc}") from None
    if header.coding not in (CODING, CODING_PADDED):
        raise CodecError(f"HTJ2K version uses coding {header.coding!r}; this build reads "
                         f"{CODING!r} and {CODING_PADDED!r}")
    if (header.coding == CODING_PADDED) != ("padding" in doc):
        raise CodecError(f"HTJ2K level table is inconsistent: coding {header.coding!r} "
                         f"{'without' if 'padding' not in doc else 'with'} a padding mask")
    if [(lv.rows, lv.cols) for lv in levels] != geometry.level_shapes(header.rows, header.cols):
        raise CodecError("HTJ2K level table is inconsistent: level sizes do not match the image")
    pos = header_length
    for lv in levels:
        if lv.offset != pos or lv.length < 0:
            raise CodecError(f"HTJ2K level table is inconsistent: level {lv.index} byte range")
        pos += lv.length
    if "padding" in doc:
        if header.samples != 1 or not 1 <= header.bits_stored <= 16:
            raise CodecError("HTJ2K level table is inconsistent: padding on this image")
        header.padding = padmod.from_json(doc["padding"], header.rows, header.cols,
                                          header.bits_stored, header.signed)
    return header


def decode(data, level: int | None = None, header: ContainerHeader | None = None) -> np.ndarray:
    """Decode the image at ``level`` from the codestream or a prefix holding levels 0..level."""
    header = header or read_header(data)
    n = len(header.levels)
    level = n - 1 if level is None else level
    if not isinstance(level, (int, np.integer)) or not 0 <= level < n:
        raise CodecError(f"level {level!r} out of range: this version has levels 0..{n - 1}")
    end = header.levels[level].offset + header.levels[level].length
    if len(data) < end:
        raise CodecError(f"HTJ2K version truncated inside level {level}: have {len(data)} "
                         f"bytes, level {level} ends at byte {end}")
    view = memoryview(data)
    for lv in header.levels[:level + 1]:
        if zlib.crc32(view[lv.offset:lv.offset + lv.length]) != lv.crc32:
            raise CodecError(f"level {lv.index} is corrupt (checksum mismatch)")
    ic = _codec()
    try:
        out = ic.htj2k_decode(bytes(view[:end]), skipres=n - 1 - level)
    except (ic.Htj2kError, ValueError) as exc:
        raise CodecError(f"HTJ2K decoder failed: {exc}") from None
    exp = (header.levels[level].rows, header.levels[level].cols)
    if out.shape[:2] != exp:
        raise CodecError(f"decoded level {level} has shape {out.shape[:2]}, expected {exp}")
    dtype = np.dtype(header.dtype)
    lo, hi = ((-(1 << (header.bits_stored - 1)), (1 << (header.bits_stored - 1)) - 1)
              if header.signed else (0, (1 << header.bits_stored) - 1))
    if header.lossless and out.dtype != dtype:
        out = np.clip(out, lo, hi).astype(dtype)
    elif not header.lossless:
        out = restore_samples(out, header.sample_offset, header.sample_shift, lo, hi, dtype)
    if header.padding is not None:
        out = padmod.restore(out, header.padding)
    return out


def restore_samples(coded: np.ndarray, offset: int, shift: int, lo: int, hi: int,
                    dtype) -> np.ndarray:
    """pixel = clip((coded << shift) + offset), in place on the int16 samples when it fits
    (the usual case: a 2-byte frame of at most 15 bits), else through int32."""
    if shift == 0 and coded.dtype == np.int16 and dtype.itemsize == 2:
        np.clip(coded, lo - offset, hi - offset, out=coded)
        if offset:
            coded += np.int16(offset)  # lands in 0 .. 2**bits - 1 <= 32767: no overflow
        return coded.view(dtype)
    out = coded.astype(np.int32)
    out <<= shift
    out += offset
    np.clip(out, lo, hi, out=out)
    return out.astype(dtype)
