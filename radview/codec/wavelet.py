"""Wavelet transforms: CDF 9/7 (the coefficients of pywavelets ``bior4.4`` with
whole-sample symmetric extension, as JPEG 2000) for lossy, integer CDF 5/3 lifting
(the JPEG 2000 reversible transform) for lossless. Both are non-expansive for any
size, odd ones included: per axis a low-pass band gets ceil(n/2) samples, a
high-pass one floor(n/2).

Both run as numba lifting kernels. The 9/7 one reproduces what the earlier
implementation computed with pywt (periodic ``bior4.4`` transform of the mirrored
signal, cut to its non-expansive half) to ~1e-12 relative (pywt's tabulated taps
are themselves only that close to an exact lifting factorisation); pywt stays the
reference in the tests and for the band norms.

Detail bands of one depth are ordered (LH, HL, HH): LH = low-pass rows, high-pass columns.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pywt
from numba import njit

LOSSY_WAVELET = "bior4.4"
LOSSLESS_WAVELET = "cdf5/3-int"
_MODE = "periodization"


# ---------------------------------------------------------------- lossy (float)

_SQRT2 = float(np.sqrt(2.0))
# CDF 9/7 lifting steps (predict A, update B, predict G, update D) and scaling K,
# fitted to pywt's bior4.4 analysis taps (max tap error 3.6e-13); pywt's low band
# is the lifted even samples times sqrt(2)/K, its high band the odd ones times -K/sqrt(2)
_A = -1.5861343420588125
_B = -0.05298011857291754
_G = 0.882911075530788
_D = 0.44350685204429346
_K = 1.2301741049141988
_LO_GAIN = _SQRT2 / _K
_HI_GAIN = -_K / _SQRT2
_LO_INV = 1.0 / _LO_GAIN
_HI_INV = 1.0 / _HI_GAIN


@njit(cache=True)
def _lift_pred(e, o, n: int, c: float) -> None:
    """Odd samples o[i] += c * (e[i] + e[i+1]) of a signal of length n >= 2 stored
    de-interleaved (e even samples, o odd ones), whole-sample symmetric at the end."""
    no = o.shape[0]
    m = no - 1 if n % 2 == 0 else no
    for i in range(m):
        o[i] += c * (e[i] + e[i + 1])
    if n % 2 == 0:
        o[no - 1] += c * (e[no - 1] + e[no - 1])


@njit(cache=True)
def _lift_upd(e, o, n: int, c: float) -> None:
    """Even samples e[i] += c * (o[i-1] + o[i]), whole-sample symmetric at both ends."""
    no = o.shape[0]
    e[0] += c * (o[0] + o[0])
    for i in range(1, no):
        e[i] += c * (o[i - 1] + o[i])
    if n % 2 == 1:
        e[no] += c * (o[no - 1] + o[no - 1])


@njit(cache=True)
def _interleave(e, o, g: float, y) -> None:
    """y[2k] = e[k] * g, y[2k+1] = o[k] * g (one loop: adjacent stores)."""
    no = o.shape[0]
    for k in range(no):
        y[2 * k] = e[k] * g
        y[2 * k + 1] = o[k] * g
    if e.shape[0] > no:
        y[2 * no] = e[no] * g


@njit(cache=True)
def _dwt97_row(xi, g: float, e, o) -> None:
    """9/7 analysis of one row xi (n >= 2), pre-scaled by g -> e (low), o (high)."""
    n = xi.shape[0]
    no = o.shape[0]
    for k in range(no):  # one loop: adjacent loads
        e[k] = xi[2 * k] * g
        o[k] = xi[2 * k + 1] * g
    if e.shape[0] > no:
        e[no] = xi[n - 1] * g
    _lift_pred(e, o, n, _A)
    _lift_upd(e, o, n, _B)
    _lift_pred(e, o, n, _G)
    _lift_upd(e, o, n, _D)
    for k in range(e.shape[0]):
        e[k] *= _LO_GAIN
    for k in range(o.shape[0]):
        o[k] *= _HI_GAIN


@njit(cache=True)
def _idwt97_row(lo, hi, g: float, y, e, o) -> None:
    """9/7 synthesis of one row from lo, hi into y (n >= 2), post-scaled by g;
    e and o are scratch rows."""
    n = y.shape[0]
    for k in range(e.shape[0]):
        e[k] = lo[k] * _LO_INV
    for k in range(o.shape[0]):
        o[k] = hi[k] * _HI_INV
    _lift_upd(e, o, n, -_D)
    _lift_pred(e, o, n, -_G)
    _lift_upd(e, o, n, -_B)
    _lift_pred(e, o, n, -_A)
    _interleave(e, o, g, y)


@njit(cache=True)
def _dwt97_last(x, lo, hi) -> None:
    """9/7 analysis along the last (contiguous) axis of 2D x (n >= 2)."""
    for i in range(x.shape[0]):
        _dwt97_row(x[i], 1.0, lo[i], hi[i])


@njit(cache=True, nogil=True)
def _idwt97_last(lo, hi, out) -> None:
    e = np.empty(lo.shape[1])
    o = np.empty(hi.shape[1])
    for i in range(out.shape[0]):
        _idwt97_row(lo[i], hi[i], 1.0, out[i], e, o)


@njit(cache=True)
def _lift_lines(t, a, b, c: float) -> None:
    for k in range(t.shape[0]):
        t[k] += c * (a[k] + b[k])


@njit(cache=True)
def _vstep(buf, n: int, u: int, c: float, ring: int) -> None:
    """Row u += c * (row u-1 + row u+1), mirrored at the ends (rows in a ring buffer)."""
    a = u - 1 if u >= 1 else u + 1
    b = u + 1 if u + 1 < n else u - 1
    _lift_lines(buf[u % ring], buf[a % ring], buf[b % ring], c)


@njit(cache=True)
def _dwt97_level(x, ll, lh, hl, hh) -> None:
    """One 2D 9/7 analysis level of x (both sides >= 2), in one pass over its rows:
    at front t row t enters a ring buffer and vertical lifting step k (k = 1..4)
    is applied to row t-k (if of the step's parity), so every step sees its
    neighbours exactly one step behind; a finished low row (after step 4) or
    high row (once step 4 has read it) is transformed horizontally at once."""
    n = x.shape[0]
    ring = 8
    buf = np.empty((ring, x.shape[1]))
    coef = (_A, _B, _G, _D)
    for t in range(n + 5):
        if t < n:
            buf[t % ring, :] = x[t]
        for k in range(4):
            u = t - 1 - k
            if 0 <= u < n and u % 2 == (k + 1) % 2:
                _vstep(buf, n, u, coef[k], ring)
        u = t - 4
        if 0 <= u < n and u % 2 == 0:
            _dwt97_row(buf[u % ring], _LO_GAIN, ll[u >> 1], lh[u >> 1])
        u = t - 5
        if 0 <= u < n and u % 2 == 1:
            _dwt97_row(buf[u % ring], _HI_GAIN, hl[u >> 1], hh[u >> 1])


@njit(cache=True, nogil=True)
def _idwt97_level(ll, lh, hl, hh, out) -> None:
    """Inverse of `_dwt97_level` into out (both sides >= 2): row t is synthesised
    horizontally straight into out[t], then the vertical steps follow, pipelined."""
    n = out.shape[0]
    e = np.empty(ll.shape[1])
    o = np.empty(lh.shape[1])
    coef = (-_D, -_G, -_B, -_A)
    for t in range(n + 4):
        if t < n:
            if t % 2 == 0:
                _idwt97_row(ll[t >> 1], lh[t >> 1], _LO_INV, out[t], e, o)
            else:
                _idwt97_row(hl[t >> 1], hh[t >> 1], _HI_INV, out[t], e, o)
        for k in range(4):
            u = t - 1 - k
            if 0 <= u < n and u % 2 == k % 2:
                _vstep(out, n, u, coef[k], n)


@njit(cache=True)
def dequant(v, sb: float, rnd: float, recon: float) -> float:
    """Reconstruction of quantised value v: sign(v) * (|v| - rnd + recon) * sb, 0 for 0
    (the float operations of api's numpy dequantiser, in its order)."""
    # branch-free: for v = 0, 0.0 * (positive) = +0.0 as well
    sg = np.float64((v > 0) - (v < 0))
    return sg * ((np.float64(abs(v)) - rnd) + recon) * sb


# The row kernels below are written out per case (plain, high band quantised, both
# bands quantised; rows vs columns; 9/7 vs 5/3) on purpose: numba then compiles each
# inner loop straight, without a per-sample branch or call through a parameter: they
# are the decoder's hot path. The frozen reference codec under tests/codec is the
# oracle that they stay bit-exact.
@njit(cache=True)
def _idwt97_row_q(lo, hi, s_hi: float, rnd: float, recon: float, g: float, y, e, o) -> None:
    """`_idwt97_row` with the high band hi quantised (dequantised as it is read)."""
    n = y.shape[0]
    for k in range(e.shape[0]):
        e[k] = lo[k] * _LO_INV
    for k in range(o.shape[0]):
        o[k] = dequant(hi[k], s_hi, rnd, recon) * _HI_INV
    _lift_upd(e, o, n, -_D)
    _lift_pred(e, o, n, -_G)
    _lift_upd(e, o, n, -_B)
    _lift_pred(e, o, n, -_A)
    _interleave(e, o, g, y)


@njit(cache=True)
def _idwt97_row_qq(lo, hi, s_lo: float, s_hi: float, rnd: float, recon: float, g: float, y, e, o) -> None:
    """`_idwt97_row` with both bands quantised."""
    n = y.shape[0]
    for k in range(e.shape[0]):
        e[k] = dequant(lo[k], s_lo, rnd, recon) * _LO_INV
    for k in range(o.shape[0]):
        o[k] = dequant(hi[k], s_hi, rnd, recon) * _HI_INV
    _lift_upd(e, o, n, -_D)
    _lift_pred(e, o, n, -_G)
    _lift_upd(e, o, n, -_B)
    _lift_pred(e, o, n, -_A)
    _interleave(e, o, g, y)


@njit(cache=True)
def _emit_pixels(row, div: float, shift: float, lo: float, hi: float, pix) -> None:
    """pix = clip(rint(row / div + shift), lo, hi), as api's numpy code computed it."""
    for k in range(row.shape[0]):
        v = np.rint(row[k] / div + shift)
        pix[k] = min(max(v, lo), hi)


@njit(cache=True, nogil=True)
def _idwt97_level_q(ll, lh, hl, hh, s_lh: float, s_hl: float, s_hh: float, rnd: float, recon: float,
                    out, pix, div: float, shift: float, lo: float, hi: float) -> None:
    """`_idwt97_level` with quantised detail bands (dequantised as they are read). With
    a non-empty pix (rows x cols, any pixel dtype) the level goes straight to
    pixels (`_emit_pixels`) through a ring buffer of rows and out is not used;
    otherwise the floats go to out."""
    n = ll.shape[0] + hl.shape[0]
    to_pix = pix.shape[0] > 0
    ring = 8 if to_pix else n
    buf = np.empty((ring, ll.shape[1] + lh.shape[1])) if to_pix else out
    e = np.empty(ll.shape[1])
    o = np.empty(lh.shape[1])
    coef = (-_D, -_G, -_B, -_A)
    for t in range(n + 4):
        if t < n:
            if t % 2 == 0:
                _idwt97_row_q(ll[t >> 1], lh[t >> 1], s_lh, rnd, recon, _LO_INV, buf[t % ring], e, o)
            else:
                _idwt97_row_qq(hl[t >> 1], hh[t >> 1], s_hl, s_hh, rnd, recon, _HI_INV, buf[t % ring], e, o)
        for k in range(4):
            u = t - 1 - k
            if 0 <= u < n and u % 2 == k % 2:
                _vstep(buf, n, u, coef[k], ring)
        if to_pix:
            # an even row is final after step 3 (inverse update B), an odd one after step 4
            u = t - 3
            if 0 <= u < n and u % 2 == 0:
                _emit_pixels(buf[u % ring], div, shift, lo, hi, pix[u])
            u = t - 4
            if 0 <= u < n and u % 2 == 1:
                _emit_pixels(buf[u % ring], div, shift, lo, hi, pix[u])


@njit(cache=True, nogil=True)
def dequant_band(b, sb: float, rnd: float, recon: float):
    """`dequant` over a 2D band -> float64 array."""
    out = np.empty(b.shape)
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            out[i, j] = dequant(b[i, j], sb, rnd, recon)
    return out


def _dwt_axis(x: np.ndarray, axis: int):
    """Non-expansive 9/7 analysis of 2D x along one axis with whole-sample symmetric
    extension (as JPEG 2000) -> (low, high) with ceil(n/2) and floor(n/2) samples."""
    n = x.shape[axis]
    if n == 1:
        return x * _SQRT2, np.take(x, [], axis=axis)
    # along the first axis: the same row kernel on the transpose (only images with a
    # side of 1 come here; whole levels go through the fused `_dwt97_level`)
    x = np.ascontiguousarray(x.T if axis == 0 else x, dtype=np.float64)
    lo = np.empty((x.shape[0], -(-n // 2)))
    hi = np.empty((x.shape[0], n // 2))
    _dwt97_last(x, lo, hi)
    return (np.ascontiguousarray(lo.T), np.ascontiguousarray(hi.T)) if axis == 0 else (lo, hi)


def _idwt_axis(a: np.ndarray, d: np.ndarray, axis: int) -> np.ndarray:
    n = a.shape[axis] + d.shape[axis]
    if n == 1:
        return a / _SQRT2
    if axis == 0:
        a, d = a.T, d.T
    a = np.ascontiguousarray(a, dtype=np.float64)
    d = np.ascontiguousarray(d, dtype=np.float64)
    out = np.empty((a.shape[0], n))
    _idwt97_last(a, d, out)
    return np.ascontiguousarray(out.T) if axis == 0 else out


def forward(x: np.ndarray, depth: int):
    """-> (LL, [(LH, HL, HH) coarsest first]) of a float image, `depth` decompositions."""
    details = []
    a = np.ascontiguousarray(x, dtype=np.float64)
    for _ in range(depth):
        r, c = a.shape
        if r < 2 or c < 2:  # a side of 1: the separable path handles it
            lo, hi = _dwt_axis(a, 0)
            ll, lh = _dwt_axis(lo, 1)
            hl, hh = _dwt_axis(hi, 1)
        else:
            r1, c1 = -(-r // 2), -(-c // 2)
            ll, lh = np.empty((r1, c1)), np.empty((r1, c // 2))
            hl, hh = np.empty((r // 2, c1)), np.empty((r // 2, c // 2))
            _dwt97_level(a, ll, lh, hl, hh)
        a = ll
        details.append((lh, hl, hh))
    return a, details[::-1]


def inverse(ll: np.ndarray, details, shapes=None) -> np.ndarray:
    """Rebuild from LL and the detail depths given (coarsest first)."""
    a = ll
    for lh, hl, hh in details:
        r, c = a.shape[0] + hl.shape[0], a.shape[1] + lh.shape[1]
        if r < 2 or c < 2:
            lo = _idwt_axis(a, lh, 1)
            hi = _idwt_axis(hl, hh, 1)
            a = _idwt_axis(lo, hi, 0)
        else:
            out = np.empty((r, c))
            _idwt97_level(*(np.ascontiguousarray(b, dtype=np.float64) for b in (a, lh, hl, hh)), out)
            a = out
    return a


def inverse_quantised(ll: np.ndarray, qdetails, steps, rnd: float, recon: float, pixels=None):
    """`inverse` of dequantised detail bands without materialising them: qdetails are
    the integer (LH, HL, HH) depths (coarsest first), steps their quantiser steps;
    a value v stands for `dequant(v, step, rnd, recon)`. With pixels = (dtype, div,
    shift, lo, hi) a single-component image's last level goes straight to pixels,
    clip(rint(x / div + shift), lo, hi). -> (array, True if it is pixels)."""
    a = np.ascontiguousarray(ll, dtype=np.float64)
    no_pix = np.zeros((0, 0), np.uint8)
    for i, ((lh, hl, hh), (s_lh, s_hl, s_hh)) in enumerate(zip(qdetails, steps)):
        r, c = a.shape[0] + hl.shape[0], a.shape[1] + lh.shape[1]
        if r < 2 or c < 2:
            lh, hl, hh = (dequant_band(np.ascontiguousarray(b), s, rnd, recon)
                          for b, s in ((lh, s_lh), (hl, s_hl), (hh, s_hh)))
            a = inverse(a, [(lh, hl, hh)])
            continue
        if pixels is not None and i == len(qdetails) - 1:
            dtype, div, shift, lo, hi = pixels
            pix = np.empty((r, c), dtype)
            _idwt97_level_q(a, lh, hl, hh, s_lh, s_hl, s_hh, rnd, recon, np.empty((0, c)), pix,
                            float(div), float(shift), float(lo), float(hi))
            return pix, True
        out = np.empty((r, c))
        _idwt97_level_q(a, lh, hl, hh, s_lh, s_hl, s_hh, rnd, recon, out, no_pix, 1.0, 0.0, 0.0, 0.0)
        a = out
    return a, False


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
# One kernel per axis on purpose (first axis: whole rows at a time; last axis: along
# each row), so each walks memory in order; see the note above `_idwt97_row_q`.

@njit(cache=True)
def _fwd53_first(x, s, d) -> None:
    """5/3 analysis along axis 0 of int64 x (n >= 2 rows) -> s (low), d (high) rows:
    d[i] -= (s[i] + s[i+1]) >> 1, then s[i] += (d[i-1] + d[i] + 2) >> 2, mirrored."""
    ne, no = s.shape[0], d.shape[0]
    for i in range(ne):
        s[i] = x[2 * i]
    for i in range(no):
        d[i] = x[2 * i + 1]
    for i in range(no):
        a, b, t = s[i], s[min(i + 1, ne - 1)], d[i]
        for k in range(t.shape[0]):
            t[k] -= (a[k] + b[k]) >> 1
    for i in range(ne):
        a, b, t = d[max(i - 1, 0)], d[min(i, no - 1)], s[i]
        for k in range(t.shape[0]):
            t[k] += (a[k] + b[k] + 2) >> 2


@njit(cache=True, nogil=True)
def _inv53_first(s, d, out) -> None:
    """Inverse of `_fwd53_first` (s, d of any integer type) into int64 out (n >= 2 rows)."""
    ne, no = s.shape[0], d.shape[0]
    for i in range(ne):
        t, a, b, si = out[2 * i], d[max(i - 1, 0)], d[min(i, no - 1)], s[i]
        for k in range(t.shape[0]):
            t[k] = np.int64(si[k]) - ((np.int64(a[k]) + np.int64(b[k]) + 2) >> 2)
    for i in range(no):
        t, a, b, di = out[2 * i + 1], out[2 * i], out[2 * min(i + 1, ne - 1)], d[i]
        for k in range(t.shape[0]):
            t[k] = np.int64(di[k]) + ((a[k] + b[k]) >> 1)


@njit(cache=True)
def _fwd53_last(x, s, d) -> None:
    """5/3 analysis along the last axis (n >= 2), row by row."""
    ne, no = s.shape[1], d.shape[1]
    for r in range(x.shape[0]):
        e, o, xr = s[r], d[r], x[r]
        for i in range(ne):
            e[i] = xr[2 * i]
        for i in range(no):
            o[i] = xr[2 * i + 1]
        for i in range(no):
            o[i] -= (e[i] + e[min(i + 1, ne - 1)]) >> 1
        for i in range(ne):
            e[i] += (o[max(i - 1, 0)] + o[min(i, no - 1)] + 2) >> 2


@njit(cache=True, nogil=True)
def _inv53_last(s, d, out) -> None:
    ne, no = s.shape[1], d.shape[1]
    e = np.empty(ne, np.int64)
    for r in range(out.shape[0]):
        sr, dr, y = s[r], d[r], out[r]
        for i in range(ne):
            e[i] = np.int64(sr[i]) - ((np.int64(dr[max(i - 1, 0)]) + np.int64(dr[min(i, no - 1)]) + 2) >> 2)
        for i in range(no):
            y[2 * i + 1] = np.int64(dr[i]) + ((e[i] + e[min(i + 1, ne - 1)]) >> 1)
        for i in range(ne):
            y[2 * i] = e[i]


def _lift53_fwd(x: np.ndarray, axis: int):
    n = x.shape[axis]
    if n == 1:
        return x.copy(), np.take(x, [], axis=axis)
    x = np.ascontiguousarray(x, np.int64)
    if axis == 0:
        s, d = np.empty((-(-n // 2), x.shape[1]), np.int64), np.empty((n // 2, x.shape[1]), np.int64)
        _fwd53_first(x, s, d)
    else:
        s, d = np.empty((x.shape[0], -(-n // 2)), np.int64), np.empty((x.shape[0], n // 2), np.int64)
        _fwd53_last(x, s, d)
    return s, d


def _lift53_inv(s: np.ndarray, d: np.ndarray, axis: int) -> np.ndarray:
    n = s.shape[axis] + d.shape[axis]
    if n == 1:
        return s.astype(np.int64)
    if axis == 0:
        out = np.empty((n, s.shape[1]), np.int64)
        _inv53_first(s, d, out)
    else:
        out = np.empty((s.shape[0], n), np.int64)
        _inv53_last(s, d, out)
    return out


def forward_int(x: np.ndarray, depth: int):
    """Integer 5/3 analysis: -> (LL, [(LH, HL, HH) coarsest first]), int64."""
    a = x.astype(np.int64)
    details = []
    for _ in range(depth):
        lo, hi = _lift53_fwd(a, 0)
        ll, lh = _lift53_fwd(lo, 1)
        hl, hh = _lift53_fwd(hi, 1)
        a = ll
        details.append((lh, hl, hh))
    return a, details[::-1]


def inverse_int(ll: np.ndarray, details, shapes=None) -> np.ndarray:
    """Integer 5/3 synthesis (bands of any integer type) -> int64."""
    a = ll
    for lh, hl, hh in details:
        lo = _lift53_inv(a, lh, 1)
        hi = _lift53_inv(hl, hh, 1)
        a = _lift53_inv(lo, hi, 0)
    return a
