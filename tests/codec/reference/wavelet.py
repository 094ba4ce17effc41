"""Wavelet transforms: CDF 9/7 (pywavelets ``bior4.4`` with whole-sample symmetric
extension, as JPEG 2000) for lossy, integer CDF 5/3
lifting (the JPEG 2000 reversible transform, own numpy code since pywavelets has
no integer lifting) for lossless. Both are non-expansive for any size, odd ones
included: per axis a low-pass band gets ceil(n/2) samples, a high-pass one floor(n/2).

Detail bands of one depth are ordered (LH, HL, HH): LH = low-pass rows, high-pass columns.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pywt

LOSSY_WAVELET = "bior4.4"
LOSSLESS_WAVELET = "cdf5/3-int"
_MODE = "periodization"


# ---------------------------------------------------------------- lossy (float)

_SQRT2 = float(np.sqrt(2.0))


def _dwt_axis(x: np.ndarray, axis: int):
    """Non-expansive 9/7 analysis along one axis with whole-sample symmetric extension
    (as JPEG 2000): pywt's periodic transform of the mirrored signal is symmetric, so
    the first ceil(n/2) low-pass and floor(n/2) high-pass coefficients are all of it."""
    n = x.shape[axis]
    if n == 1:
        return x * _SQRT2, np.take(x, [], axis=axis)
    ext = np.concatenate([x, np.flip(np.take(x, np.arange(1, n - 1), axis=axis), axis=axis)], axis=axis)
    a, d = pywt.dwt(ext, LOSSY_WAVELET, mode=_MODE, axis=axis)
    return (np.take(a, np.arange(-(-n // 2)), axis=axis),
            np.take(d, np.arange(n // 2), axis=axis))


def _idwt_axis(a: np.ndarray, d: np.ndarray, axis: int) -> np.ndarray:
    n = a.shape[axis] + d.shape[axis]
    if n == 1:
        return a / _SQRT2
    p = n - 1  # one period of the mirrored coefficients
    i = np.arange(p)
    a_full = np.take(a, np.minimum(i, p - i), axis=axis)
    d_full = np.take(d, np.minimum(i, p - 1 - i), axis=axis)
    ext = pywt.idwt(a_full, d_full, LOSSY_WAVELET, mode=_MODE, axis=axis)
    return np.take(ext, np.arange(n), axis=axis)


def forward(x: np.ndarray, depth: int):
    """-> (LL, [(LH, HL, HH) coarsest first]) of a float image, `depth` decompositions."""
    details = []
    a = x
    for _ in range(depth):
        lo, hi = _dwt_axis(a, 0)
        a, lh = _dwt_axis(lo, 1)
        hl, hh = _dwt_axis(hi, 1)
        details.append((lh, hl, hh))
    return a, details[::-1]


def inverse(ll: np.ndarray, details, shapes=None) -> np.ndarray:
    """Rebuild from LL and the detail depths given (coarsest first)."""
    a = ll
    for lh, hl, hh in details:
        lo = _idwt_axis(a, lh, 1)
        hi = _idwt_axis(hl, hh, 1)
        a = _idwt_axis(lo, hi, 0)
    return a


@lru_cache(maxsize=None)
def _norms_1d(depth: int) -> tuple[float, float]:
    """L2 norms of the synthesis basis functions (low, high) at 1D depth `depth`."""
    n = 1 << max(depth + 4, 8)
    shapes = [-(-n // (1 << j)) for j in range(depth + 1)]
    out = []
    for band in ("lo", "hi"):
        lo = np.zeros(shapes[depth])
        hi = np.zeros(shapes[depth])
        (lo if band == "lo" else hi)[len(lo) // 2] = 1.0
        a = pywt.idwt(lo, hi, LOSSY_WAVELET, mode=_MODE)
        for j in range(depth - 1, 0, -1):
            a = pywt.idwt(a, np.zeros_like(a), LOSSY_WAVELET, mode=_MODE)
        out.append(float(np.sqrt((a ** 2).sum())))
    return out[0], out[1]


def band_norm(depth: int, band: int) -> float:
    """Synthesis norm of a 2D band: band 0 = LL, 1 = LH, 2 = HL, 3 = HH at `depth` (>= 1)."""
    lo, hi = _norms_1d(min(depth, 12))
    return {0: lo * lo, 1: lo * hi, 2: hi * lo, 3: hi * hi}[band]


def dc_gain(depth: int) -> float:
    """Factor by which the LL band at `depth` exceeds the image (pywt normalisation)."""
    return float(np.sum(pywt.Wavelet(LOSSY_WAVELET).dec_lo)) ** (2 * depth)


# ------------------------------------------------------------ lossless (integer)

def _lift_fwd(x: np.ndarray, axis: int):
    x = np.moveaxis(x, axis, 0)
    n = x.shape[0]
    s = x[0::2].copy()
    d = x[1::2].copy()
    if n == 1:
        return np.moveaxis(s, 0, axis), np.moveaxis(d, 0, axis)
    right = s[1:] if n % 2 else np.concatenate([s[1:], s[-1:]])  # x[2i+2], mirrored
    d -= (s[: len(d)] + right) >> 1
    dl = np.concatenate([d[:1], d])  # d[i-1], d[-1] mirrored to d[0]
    dr = d if len(d) == len(s) else np.concatenate([d, d[-1:]])
    s += (dl[: len(s)] + dr + 2) >> 2
    return np.moveaxis(s, 0, axis), np.moveaxis(d, 0, axis)


def _lift_inv(s: np.ndarray, d: np.ndarray, axis: int) -> np.ndarray:
    s = np.moveaxis(s, axis, 0).copy()
    d = np.moveaxis(d, axis, 0).copy()
    n = len(s) + len(d)
    if n == 1:
        return np.moveaxis(s, 0, axis)
    dl = np.concatenate([d[:1], d])
    dr = d if len(d) == len(s) else np.concatenate([d, d[-1:]])
    s -= (dl[: len(s)] + dr + 2) >> 2
    right = s[1:] if n % 2 else np.concatenate([s[1:], s[-1:]])
    d += (s[: len(d)] + right) >> 1
    out = np.empty((n,) + s.shape[1:], dtype=s.dtype)
    out[0::2] = s
    out[1::2] = d
    return np.moveaxis(out, 0, axis)


def forward_int(x: np.ndarray, depth: int):
    """Integer 5/3 analysis: -> (LL, [(LH, HL, HH) coarsest first]), int64."""
    a = x.astype(np.int64)
    details = []
    for _ in range(depth):
        lo, hi = _lift_fwd(a, 0)
        ll, lh = _lift_fwd(lo, 1)
        hl, hh = _lift_fwd(hi, 1)
        a = ll
        details.append((lh, hl, hh))
    return a, details[::-1]


def inverse_int(ll: np.ndarray, details, shapes=None) -> np.ndarray:
    a = ll
    for lh, hl, hh in details:
        lo = _lift_inv(a, lh, 1)
        hi = _lift_inv(hl, hh, 1)
        a = _lift_inv(lo, hi, 0)
    return a
