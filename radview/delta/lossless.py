"""Lossless packing of integer images: row differences, zigzag, byte planes, zstd.

Used for both the delta and the instance itself, so the choice between them
compares like with like. Decoding is vectorised (cumulative sums), exact for
any integer dtype up to 32 bits.
"""

from __future__ import annotations

import struct

import numpy as np
import zstandard

from radview.errors import RadviewError

MAGIC = b"RVLP"
_DTYPES = {"u1": np.uint8, "i1": np.int8, "u2": np.uint16, "i2": np.int16,
           "u4": np.uint32, "i4": np.int32}
_HEADER = struct.Struct("<4s2sIIB")  # magic, dtype, rows, cols, bytes per residual
LEVEL = 9


class PackError(RadviewError):
    """Packed pixel bytes that cannot be unpacked (corrupt, truncated, wrong size)."""


def dtype_code(dtype: np.dtype) -> str:
    code = f"{np.dtype(dtype).kind}{np.dtype(dtype).itemsize}"
    if code not in _DTYPES:
        raise PackError(f"pixel type {np.dtype(dtype)} is not an integer type up to 32 bits")
    return code


def _residuals(image: np.ndarray) -> np.ndarray:
    a = image.astype(np.int64)
    res = np.empty_like(a)
    res[:, 1:] = a[:, 1:] - a[:, :-1]
    res[0, 0] = a[0, 0]
    res[1:, 0] = a[1:, 0] - a[:-1, 0]
    return res


def pack(image: np.ndarray) -> bytes:
    """Packs a 2-D integer array losslessly."""
    if image.ndim != 2 or image.size == 0:
        raise PackError(f"expected a non-empty 2-D image, got shape {image.shape}")
    code = dtype_code(image.dtype)
    res = _residuals(image)
    zig = np.where(res >= 0, res * 2, -res * 2 - 1).astype(np.uint64)
    peak = int(zig.max())
    width = 1 if peak < 1 << 8 else 2 if peak < 1 << 16 else 4 if peak < 1 << 32 else 8
    planes = zig.astype(f"<u{width}").view(np.uint8).reshape(-1, width).T  # byte planes
    body = zstandard.ZstdCompressor(level=LEVEL).compress(np.ascontiguousarray(planes).tobytes())
    return _HEADER.pack(MAGIC, code.encode(), image.shape[0], image.shape[1], width) + body


def unpack(data: bytes) -> np.ndarray:
    """Inverse of :func:`pack`; raises PackError on anything that is not one exactly."""
    if len(data) < _HEADER.size:
        raise PackError("packed pixels are truncated (no header)")
    magic, code, rows, cols, width = _HEADER.unpack_from(data)
    code = code.decode("ascii", "replace")
    if magic != MAGIC or code not in _DTYPES or width not in (1, 2, 4, 8) or not rows or not cols:
        raise PackError("packed pixels have a bad header")
    expected = rows * cols * width
    if expected > 1 << 31:
        raise PackError(f"packed pixels claim an image of {rows}x{cols}: too large")
    try:
        raw = zstandard.ZstdDecompressor().decompress(data[_HEADER.size:],
                                                      max_output_size=expected)
    except zstandard.ZstdError as exc:
        raise PackError(f"packed pixels are corrupt: {exc}") from None
    if len(raw) != expected:
        raise PackError(f"packed pixels hold {len(raw)} bytes, expected {expected}")
    planes = np.frombuffer(raw, np.uint8).reshape(width, rows * cols)
    zig = np.ascontiguousarray(planes.T).view(f"<u{width}").reshape(rows, cols).astype(np.int64)
    res = np.where(zig & 1, -(zig >> 1) - 1, zig >> 1)
    res[:, 0] = np.cumsum(res[:, 0])
    out = np.cumsum(res, axis=1)
    dtype = np.dtype(_DTYPES[code])
    info = np.iinfo(dtype)
    if out.min() < info.min or out.max() > info.max:
        raise PackError(f"packed pixels decode outside the range of {dtype}")
    return out.astype(dtype)


# ------------------------------------------------ the coder used on the wire

def _signed_bits(lo: int, hi: int) -> int:
    need = max(abs(lo), hi + 1, 1)
    return max(2, int(need - 1).bit_length() + 1)


def encode(image: np.ndarray, bits_stored: int | None = None) -> bytes:
    """The smaller of radview's lossless wavelet codec and :func:`pack`.

    Images (and deltas) that fit 16 bits go through the codec, which is 10-15 %
    smaller than row differences + zstd on CT/MR; wider values use :func:`pack`.
    """
    from radview.codec import CodecError
    from radview.codec import encode as codec_encode

    candidates = [pack(image)]
    lo, hi = int(image.min()), int(image.max())
    frame, bits = None, None
    if image.dtype.kind == "u" and image.dtype.itemsize <= 2:
        frame, bits = image, bits_stored or max(1, hi.bit_length())
    elif -(1 << 15) <= lo and hi < 1 << 15:
        frame, bits = image.astype(np.int16), _signed_bits(lo, hi)
    if frame is not None:
        try:
            candidates.append(codec_encode(frame, lossless=True, bits_stored=min(bits, 16)
                                           if frame.dtype.itemsize == 2 else min(bits, 8)))
        except CodecError:
            pass
    return min(candidates, key=len)


def decode(data: bytes) -> np.ndarray:
    """Inverse of :func:`encode`: raises PackError on anything it cannot decode exactly."""
    from radview.codec import CodecError
    from radview.codec import decode as codec_decode
    from radview.codec.container import MAGIC as CODEC_MAGIC

    if data[:len(CODEC_MAGIC)] == CODEC_MAGIC:
        try:
            out = codec_decode(data)
        except (CodecError, ValueError, IndexError) as exc:
            raise PackError(f"delta payload is corrupt: {exc}") from None
        if out.ndim != 2:
            raise PackError(f"delta payload decodes to shape {out.shape}, not an image")
        return out
    return unpack(data)
