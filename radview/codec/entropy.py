"""Entropy coding of quantised wavelet bands (placeholder v1: zigzag + zstd)."""

from __future__ import annotations

import struct

import numpy as np
import zstandard

from radview.codec.container import CodecError


def _zigzag(a: np.ndarray) -> np.ndarray:
    a = a.astype(np.int64)
    return np.where(a >= 0, 2 * a, -2 * a - 1).astype(np.uint64)


def _unzigzag(u: np.ndarray) -> np.ndarray:
    u = u.astype(np.int64)
    return np.where(u & 1, -((u + 1) >> 1), u >> 1)


_DT = {1: np.uint8, 2: np.uint16, 4: np.uint32}


def encode_band(b: np.ndarray, parent=None) -> bytes:
    u = _zigzag(b).ravel()
    width = 1 if u.size == 0 or u.max() < 256 else 2 if u.max() < 65536 else 4
    body = zstandard.ZstdCompressor(level=9).compress(u.astype(_DT[width]).tobytes())
    return struct.pack("<BI", width, len(body)) + body


def decode_band(data: bytes, pos: int, shape, parent=None) -> tuple[np.ndarray, int]:
    """-> (band, position after it)."""
    dctx = zstandard.ZstdDecompressor()
    if True:
        try:
            width, n = struct.unpack_from("<BI", data, pos)
            pos += 5
            raw = dctx.decompress(data[pos:pos + n], max_output_size=width * shape[0] * shape[1])
            u = np.frombuffer(raw, dtype=_DT[width])
        except (struct.error, KeyError, zstandard.ZstdError) as exc:
            raise CodecError(f"corrupt band data: {exc}") from None
        if u.size != shape[0] * shape[1]:
            raise CodecError("corrupt band data: wrong number of coefficients")
        pos += n
        return _unzigzag(u).reshape(shape), pos
