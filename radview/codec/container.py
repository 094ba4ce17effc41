"""The container: a versioned header followed by the resolution levels, coarsest first.

Layout (all integers little-endian)::

    0   8  magic  b"RVWAVPYR"
    8   2  format version (u16)
    10  4  header body length N (u32)
    14  4  CRC-32 of the header body (u32)
    18  N  header body: raw-deflate-compressed compact JSON (UTF-8) with the
           image parameters and the level table
    18+N   level 0 payload, level 1 payload, ... (offsets in the level table count
           from the end of the header; LevelInfo.offset is absolute)

Every level carries its own CRC-32, so a client that fetched a prefix or a byte
range can check what it got before decoding it. See docs/codec.md.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from radview.errors import RadviewError

MAGIC = b"RVWAVPYR"
FORMAT_VERSION = 2
_FIXED = struct.Struct("<8sHII")
FIXED_LENGTH = _FIXED.size  # 18 bytes


class CodecError(RadviewError):
    """The codec was given input it cannot encode or a container it cannot decode."""


@dataclass(frozen=True)
class LevelInfo:
    """One resolution level: its image size and where its bytes are."""

    index: int
    rows: int
    cols: int
    offset: int
    length: int
    crc32: int = 0


@dataclass
class ContainerHeader:
    """Everything a client needs to pick and fetch levels, decoded from the header bytes."""

    rows: int
    cols: int
    samples: int
    dtype: str
    bits_stored: int
    signed: bool
    photometric: str
    lossless: bool
    wavelet: str
    ratio: float | None
    quality: float | None
    usage: str | None
    levels: list[LevelInfo]
    header_length: int = 0
    # coding parameters (not needed by clients that only fetch bytes)
    extra_levels: int = 0
    colour_transform: str = "none"
    step: float = 0.0
    version: int = FORMAT_VERSION
    coding: str = ""
    encoding: str = "wavelet"  # "wavelet" (this container) or "htj2k" (radview.codec.htj2k)
    sample_offset: int = 0  # htj2k lossy: pixel = (coded << sample_shift) + sample_offset
    sample_shift: int = 0
    # pixel padding (radview.codec.padding.Padding): value restored at every level, mask;
    # padding_doc is its header field as stored (radview.codec.padding reads and writes it)
    padding: object = None
    padding_doc: dict | None = None
    # ctx-rans-2 lossy: the quantiser's rounding offset and reconstruction point, chosen per
    # frame by the encoder (None: ctx-rans-1's constants)
    rounding: float | None = None
    recon: float | None = None

    @property
    def total_length(self) -> int:
        return self.header_length + sum(lv.length for lv in self.levels)

    @property
    def raw_bytes(self) -> int:
        import numpy as np

        return self.rows * self.cols * self.samples * np.dtype(self.dtype).itemsize

    @property
    def achieved_ratio(self) -> float:
        """Uncompressed pixel bytes / container bytes (20.0 means 1:20)."""
        return self.raw_bytes / self.total_length

    def to_json(self) -> dict:
        """The header document; levels are [rows, cols, offset, length, crc32] lists."""
        doc = {
            "rows": self.rows, "cols": self.cols, "samples": self.samples,
            "dtype": self.dtype, "bits_stored": self.bits_stored, "signed": self.signed,
            "photometric": self.photometric, "lossless": self.lossless,
            "wavelet": self.wavelet, "ratio": self.ratio, "quality": self.quality,
            "usage": self.usage, "extra_levels": self.extra_levels,
            "colour_transform": self.colour_transform, "step": float(f"{self.step:.9g}"),
            "coding": self.coding,
            "levels": [[lv.rows, lv.cols, lv.offset, lv.length, lv.crc32] for lv in self.levels],
        }
        if self.rounding is not None:  # ctx-rans-2 lossy only: older headers are unchanged
            doc["round"] = float(f"{self.rounding:.6g}")
            doc["recon"] = float(f"{self.recon:.6g}")
        if self.padding_doc is not None:  # absent without padding: such headers are unchanged
            doc["padding"] = self.padding_doc
        return doc


def pack(header: ContainerHeader, payloads: list[bytes]) -> bytes:
    """Serialise header + level payloads; fills in offsets, lengths and CRCs."""
    # The body stores offsets relative to the end of the header (no circularity);
    # LevelInfo.offset is absolute from the start of the container.
    rel, levels = 0, []
    for lv, payload in zip(header.levels, payloads):
        levels.append(LevelInfo(lv.index, lv.rows, lv.cols, rel, len(payload), zlib.crc32(payload)))
        rel += len(payload)
    header.levels = levels
    body = _deflate(json.dumps(header.to_json(), separators=(",", ":")).encode())
    header.header_length = FIXED_LENGTH + len(body)
    header.levels = [LevelInfo(lv.index, lv.rows, lv.cols, lv.offset + header.header_length,
                               lv.length, lv.crc32) for lv in levels]
    fixed = _FIXED.pack(MAGIC, FORMAT_VERSION, len(body), zlib.crc32(body))
    return b"".join([fixed, body, *payloads])


def _deflate(raw: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(raw) + c.flush()


def read_header(data: bytes | bytearray | memoryview) -> ContainerHeader:
    """Parse and check the header; needs only the first ``header_length`` bytes."""
    data = memoryview(data)
    if len(data) < FIXED_LENGTH:
        raise CodecError(f"not a radview wavelet container: only {len(data)} bytes, "
                         f"the fixed header alone is {FIXED_LENGTH}")
    magic, version, json_len, crc = _FIXED.unpack(bytes(data[:FIXED_LENGTH]))
    if magic != MAGIC:
        raise CodecError(f"not a radview wavelet container (magic {magic!r})")
    if version != FORMAT_VERSION:
        raise CodecError(f"unsupported radview wavelet container version {version} "
                         f"(this build reads version {FORMAT_VERSION})")
    if len(data) < FIXED_LENGTH + json_len:
        raise CodecError(f"container header truncated: have {len(data)} bytes, "
                         f"the header needs {FIXED_LENGTH + json_len}")
    body = bytes(data[FIXED_LENGTH:FIXED_LENGTH + json_len])
    if zlib.crc32(body) != crc:
        raise CodecError("container header is corrupt (checksum mismatch)")
    try:
        doc = json.loads(zlib.decompress(body, -15))
        levels = [LevelInfo(i, int(r), int(c), FIXED_LENGTH + json_len + int(off), int(n), int(crc))
                  for i, (r, c, off, n, crc) in enumerate(doc["levels"])]
        header = ContainerHeader(
            rows=int(doc["rows"]), cols=int(doc["cols"]), samples=int(doc["samples"]),
            dtype=str(doc["dtype"]), bits_stored=int(doc["bits_stored"]),
            signed=bool(doc["signed"]), photometric=str(doc["photometric"]),
            lossless=bool(doc["lossless"]), wavelet=str(doc["wavelet"]),
            ratio=None if doc["ratio"] is None else float(doc["ratio"]),
            quality=None if doc["quality"] is None else float(doc["quality"]),
            usage=doc["usage"], levels=levels, header_length=FIXED_LENGTH + json_len,
            extra_levels=int(doc["extra_levels"]),
            colour_transform=str(doc["colour_transform"]), step=float(doc["step"]),
            version=version, coding=str(doc["coding"]),
            rounding=None if doc.get("round") is None else float(doc["round"]),
            recon=None if doc.get("recon") is None else float(doc["recon"]),
        )
    except (ValueError, KeyError, TypeError, zlib.error) as exc:
        raise CodecError(f"container header is inconsistent: {exc}") from None
    _check_consistent(header)
    if "padding" in doc:  # turned into header.padding by radview.codec.padding.attach
        if header.samples != 1:
            raise CodecError("container header is inconsistent: padding on a colour image")
        header.padding_doc = doc["padding"]
    return header


def _check_consistent(h: ContainerHeader) -> None:
    from radview.codec.geometry import level_shapes

    def bad(why: str) -> CodecError:
        return CodecError(f"container header is inconsistent: {why}")

    if h.rows < 1 or h.cols < 1 or h.samples not in (1, 3):
        raise bad(f"image {h.rows}x{h.cols}x{h.samples}")
    if h.dtype not in ("|u1", "|i1", "<u2", "<i2"):
        raise bad(f"pixel type {h.dtype!r}")
    if not 1 <= h.bits_stored <= 16 or h.signed != (h.dtype[1] == "i"):
        raise bad(f"bits stored {h.bits_stored} / signed {h.signed} / type {h.dtype}")
    expected = level_shapes(h.rows, h.cols)
    if [(lv.rows, lv.cols) for lv in h.levels] != expected:
        raise bad(f"level sizes {[(lv.rows, lv.cols) for lv in h.levels]} do not match "
                  f"a {h.rows}x{h.cols} image ({expected})")
    offset = h.header_length
    for i, lv in enumerate(h.levels):
        if lv.offset != offset or lv.length < 0:
            raise bad(f"level {i} byte range {lv.offset}+{lv.length} (expected offset {offset})")
        offset += lv.length
    if h.extra_levels < 0 or h.extra_levels > 16:
        raise bad(f"extra decomposition levels {h.extra_levels}")
    if not h.lossless and not h.step > 0:
        raise bad(f"quantiser step {h.step}")
    if (h.rounding is None) != (h.recon is None) or (h.rounding is not None and not (
            0 <= h.rounding < 1 and 0 <= h.recon <= 1)):
        raise bad(f"quantiser rounding {h.rounding} / reconstruction {h.recon}")


def level_bytes(data, header: ContainerHeader, index: int) -> bytes:
    """The payload of one level, checked against its CRC-32."""
    lv = header.levels[index]
    if len(data) < lv.offset + lv.length:
        raise CodecError(f"container truncated inside level {index}: have {len(data)} bytes, "
                         f"level {index} ends at byte {lv.offset + lv.length}")
    payload = bytes(data[lv.offset:lv.offset + lv.length])
    if zlib.crc32(payload) != lv.crc32:
        raise CodecError(f"level {index} is corrupt (checksum mismatch)")
    return payload
