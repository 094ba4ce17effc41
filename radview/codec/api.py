"""Public codec API: encode a frame into a progressive container, decode any prefix."""

from __future__ import annotations

import os
import struct
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numba import njit

from radview.codec import container, entropy, entropy2, geometry, htj2k, padding as padmod, ratecontrol, wavelet
from radview.codec.container import (
    CodecError, ContainerHeader, LevelInfo, level_bytes, pack,
)

ENCODINGS = ("wavelet", htj2k.ENCODING)

_DTYPES = {"|u1": np.uint8, "|i1": np.int8, "<u2": np.uint16, "<i2": np.int16}
_ROUND = 0.0   # quantiser rounding offset (0 = JPEG 2000's deadzone quantiser)
_RECON = 0.45  # reconstruction point inside a non-zero bin (0.5 = midpoint)
CODING = "ctx-rans-1"  # entropy coder + quantiser constants; a decoder checks it
# the same coding of a padding-filled frame whose header carries the padding mask: a new id
# so that a decoder that does not restore padding refuses it instead of showing the fill
CODING_PADDED = "ctx-rans-1+padding"
# ctx-rans-2: the same container and quantiser, signs context-coded (radview.codec.entropy2);
# new versions use it, ctx-rans-1 versions stay readable
CODING2 = "ctx-rans-2"
CODING2_PADDED = "ctx-rans-2+padding"
_V2 = (CODING2, CODING2_PADDED)
_KNOWN = (CODING, CODING_PADDED, CODING2, CODING2_PADDED)
ENCODE_V2 = True  # False: encode ctx-rans-1 (the tests hold that path to the frozen reference)


@dataclass
class _Plan:
    rows: int
    cols: int
    samples: int
    n_levels: int   # container levels
    extra: int      # internal decompositions of level 0
    lossless: bool

    @property
    def depth(self) -> int:
        return self.n_levels - 1 + self.extra

    def image_shape(self, d: int) -> tuple[int, int]:
        return -(-self.rows // (1 << d)), -(-self.cols // (1 << d))

    def detail_shapes(self, i: int) -> list[tuple[int, int]]:
        """Shapes of the 3 detail bands at detail index i (0 = coarsest)."""
        r, c = self.image_shape(self.depth - i - 1)
        return [(-(-r // 2), c // 2), (r // 2, -(-c // 2)), (r // 2, c // 2)]

    def details_in_level(self, k: int) -> range:
        return range(0, self.extra) if k == 0 else range(self.extra + k - 1, self.extra + k)


# ----------------------------------------------------------------- validation

def _value_range(bits: int, signed: bool) -> tuple[int, int]:
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def _check_frame(frame, photometric: str, bits_stored):
    if not isinstance(frame, np.ndarray):
        raise CodecError(f"a frame must be a numpy array, not {type(frame).__name__}")
    if frame.ndim == 3 and frame.shape[2] == 1:
        frame = frame[:, :, 0]
    if not (frame.ndim == 2 or (frame.ndim == 3 and frame.shape[2] == 3)):
        raise CodecError(f"a frame must be (rows, cols) or (rows, cols, 3), got shape {frame.shape}")
    if frame.shape[0] < 1 or frame.shape[1] < 1:
        raise CodecError(f"empty frame of shape {frame.shape}")
    dtype = frame.dtype.newbyteorder("<") if frame.dtype.byteorder == ">" else frame.dtype
    key = np.dtype(dtype).str
    if key not in _DTYPES:
        raise CodecError(f"unsupported pixel type {frame.dtype} (8 or 16 bit integers only)")
    signed = key[1] == "i"
    itembits = np.dtype(dtype).itemsize * 8
    bits = itembits if bits_stored is None else int(bits_stored)
    if not 1 <= bits <= itembits:
        raise CodecError(f"bits stored {bits_stored} does not fit {frame.dtype} pixels")
    lo, hi = _value_range(bits, signed)
    if frame.size and (frame.min() < lo or frame.max() > hi):
        raise CodecError(f"pixel values {frame.min()}..{frame.max()} exceed {bits} bits stored "
                         f"({'signed' if signed else 'unsigned'})")
    samples = 1 if frame.ndim == 2 else 3
    if photometric == "RGB" and samples != 3:
        raise CodecError("photometric RGB needs a (rows, cols, 3) frame")
    if photometric.startswith("MONOCHROME") and samples != 1:
        raise CodecError(f"photometric {photometric} needs a (rows, cols) frame")
    return frame, key, signed, bits, samples


# ----------------------------------------------------------------- colour

def _components(frame: np.ndarray, transform: str, lossless: bool, bits: int, signed: bool):
    chans = [frame] if frame.ndim == 2 else [frame[:, :, i] for i in range(3)]
    if lossless:
        c = [ch.astype(np.int64) for ch in chans]
        if transform == "rct":
            r, g, b = c
            c = [(r + 2 * g + b) >> 2, b - g, r - g]
        return c
    shift = 0.0 if signed else float(1 << (bits - 1))
    c = [ch.astype(np.float64) - shift for ch in chans]
    if transform == "ict":
        r, g, b = c
        c = [0.299 * r + 0.587 * g + 0.114 * b,
             -0.168736 * r - 0.331264 * g + 0.5 * b,
             0.5 * r - 0.418688 * g - 0.081312 * b]
    return c


@njit(cache=True, nogil=True)
def _pixels_mono(img, div: float, shift: float, lo: float, hi: float, out) -> None:
    """out = clip(rint(img / div + shift), lo, hi) (the numpy expression, elementwise)."""
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            v = np.rint(img[i, j] / div + shift)
            out[i, j] = min(max(v, lo), hi)


@njit(cache=True, nogil=True)
def _pixels_ict(y, cb, cr, div: float, shift: float, lo: float, hi: float, out) -> None:
    """Inverse ICT then as `_pixels_mono`, into out (rows, cols, 3)."""
    for i in range(y.shape[0]):
        for j in range(y.shape[1]):
            a, b, c = y[i, j] / div, cb[i, j] / div, cr[i, j] / div
            rgb = (a + 1.402 * c, a - 0.344136 * b - 0.714136 * c, a + 1.772 * b)
            for k in range(3):
                v = np.rint(rgb[k] + shift)
                out[i, j, k] = min(max(v, lo), hi)


def _to_pixels(comps, header: ContainerHeader, div: float = 1.0) -> np.ndarray:
    """Components -> pixels; lossy components are divided by ``div`` first."""
    lo, hi = _value_range(header.bits_stored, header.signed)
    dtype = _DTYPES[header.dtype]
    if header.lossless:
        if header.colour_transform == "rct":
            y, cb, cr = comps
            g = y - ((cb + cr) >> 2)
            comps = [cr + g, g, cb + g]
        out = comps[0] if len(comps) == 1 else np.stack(comps, axis=-1)
        return np.clip(out, lo, hi).astype(dtype)
    shift = 0.0 if header.signed else float(1 << (header.bits_stored - 1))
    comps = [np.ascontiguousarray(c, dtype=np.float64) for c in comps]
    rows, cols = comps[0].shape
    if header.colour_transform == "ict":
        out = np.empty((rows, cols, 3), dtype)
        _pixels_ict(*comps, float(div), shift, float(lo), float(hi), out)
    elif len(comps) == 1:
        out = np.empty((rows, cols), dtype)
        _pixels_mono(comps[0], float(div), shift, float(lo), float(hi), out)
    else:  # three components without a colour transform
        out = np.empty((rows, cols, len(comps)), dtype)
        for k, c in enumerate(comps):
            plane = np.empty((rows, cols), dtype)
            _pixels_mono(c, float(div), shift, float(lo), float(hi), plane)
            out[:, :, k] = plane
    return out


# ----------------------------------------------------------------- coefficients

@njit(cache=True)
def _quantise_band(band, sb: float, rnd: float, isolated: float):
    """Deadzone quantiser: floor(|x| / sb + rnd) with the sign of x; then (isolated > 0)
    a lone +-1 (no non-zero 8-neighbour before this trim) with |x| / sb < 1 + isolated
    becomes 0. The float operations of the numpy original."""
    R, C = band.shape
    qb = np.empty((R, C), np.int64)
    for i in range(R):
        for j in range(C):
            qb[i, j] = np.int64(np.floor(abs(band[i, j]) / sb + rnd))
    out = np.empty((R, C), np.int64)
    lim = 1.0 + isolated
    for i in range(R):
        for j in range(C):
            v = qb[i, j]
            if v == 1 and isolated > 0:
                lone = True
                for di in range(max(i - 1, 0), min(i + 2, R)):
                    for dj in range(max(j - 1, 0), min(j + 2, C)):
                        if (di != i or dj != j) and qb[di, dj] > 0:
                            lone = False
                if lone and abs(band[i, j]) / sb < lim:
                    v = 0
            out[i, j] = -v if band[i, j] < 0 else v
    return out


def _quantise(coeffs, plan: _Plan, step: float, rnd: float = _ROUND):
    """Float (LL, details) per component -> integer ones (deadzone quantiser)."""
    out = []
    for ll, details in coeffs:
        s = step / wavelet.band_norm(plan.depth, 0) if plan.depth else step
        qll = np.rint(ll / s).astype(np.int64)
        qd = []
        for i, det in enumerate(details):
            d = plan.depth - i
            bands = []
            for o, band in enumerate(det):
                sb = step / wavelet.band_norm(d, o + 1)
                bands.append(_quantise_band(np.ascontiguousarray(band, np.float64), sb, rnd, _ISOLATED))
            qd.append(tuple(bands))
        out.append((qll, qd))
    return out


_ISOLATED = 0.3  # |x|/step below 1 + this: a lone +-1 among zero neighbours becomes 0
# ctx-rans-2: the encoder codes a frame with each rounding offset (a narrower dead zone
# keeps more small coefficients: best at high rates and for texture, worse at low rates)
# and keeps the one with the least distortion at the target bytes; the reconstruction
# point is the centroid of the coded coefficients; both go in the header
_ROUNDS = (0.2, 0.3, 0.4)
_RECONS = (0.35, 0.4, 0.45, 0.5, 0.55)  # reconstruction points tried besides the centroid


@njit(cache=True)
def _band_error_sums(band, q, sb: float, rnd: float, out) -> None:
    """out += [sum over zeros of u^2, count, sum e, sum e^2] with u = |x| / sb and, for
    the non-zero ones, e = u - |q| + rnd (the offset of u inside its bin)."""
    for i in range(band.shape[0]):
        for j in range(band.shape[1]):
            u = abs(band[i, j]) / sb
            k = abs(q[i, j])
            if k == 0:
                out[0] += u * u
            else:
                e = u - k + rnd
                out[1] += 1.0
                out[2] += e
                out[3] += e * e


def _distortion(coeffs, q, plan: _Plan, step: float, rnd: float) -> tuple[float, float]:
    """-> (squared error in units of step^2 -- the pixel-domain error of a near-orthogonal
    transform --, the centroid reconstruction point of the non-zero bins)."""
    sums = np.zeros(4)
    ll_err = 0.0
    for (ll, details), (qll, qd) in zip(coeffs, q):
        s = step / wavelet.band_norm(plan.depth, 0) if plan.depth else step
        ll_err += float(np.sum((ll / s - qll) ** 2))
        for i, (det, qdet) in enumerate(zip(details, qd)):
            for o, (band, qb) in enumerate(zip(det, qdet)):
                if band.size:
                    sb = step / wavelet.band_norm(plan.depth - i, o + 1)
                    _band_error_sums(np.ascontiguousarray(band, np.float64), qb, sb, rnd, sums)
    zeros, n, se, se2 = sums
    recon = min(max(se / n, 0.0), 0.999) if n else _RECON
    return ll_err + zeros + se2 - 2 * recon * se + n * recon * recon, recon


def _band_steps(plan: _Plan, step: float, n_details: int):
    """Quantiser steps of the LL band and of the (LH, HL, HH) bands of each depth."""
    s = step / wavelet.band_norm(plan.depth, 0) if plan.depth else step
    return s, [tuple(step / wavelet.band_norm(plan.depth - i, o + 1) for o in range(3))
               for i in range(n_details)]


def _ll_dpcm(a: np.ndarray) -> np.ndarray:
    d = a.copy()
    d[:, 1:] = a[:, 1:] - a[:, :-1]
    d[1:, 0] = a[1:, 0] - a[:-1, 0]
    return d


def _ll_undpcm(d: np.ndarray) -> np.ndarray:
    a = d.copy()
    a[:, 0] = np.cumsum(d[:, 0])
    return np.cumsum(a, axis=1)


def _level_specs(plan: _Plan, k: int, qd, v2: bool = False):
    """(shape, parent, class) of the bands of level k for one component; parents are
    earlier bands of the level (int index) or bands of the previous level (array)."""
    specs, first = [], None
    if k == 0:
        specs.append((plan.image_shape(plan.depth), None, entropy.LL))
    for i in plan.details_in_level(k):
        for o, shp in enumerate(plan.detail_shapes(i)):
            if i == 0:
                parent = None
            elif k == 0:
                parent = len(specs) - 3
            else:
                parent = qd[i - 1][o]
            specs.append((shp, parent, entropy.DIAGONAL if o == 2 else (
                entropy2.HL_DETAIL if v2 and o == 1 else entropy.DETAIL)))
    return specs


COLOUR_LANES = 8  # rANS lanes of a colour image's groups (three a level, each paying its lanes' states)
SPLIT_MIN = 1 << 19  # pixels of a last level whose three bands are coded apart (ctx-rans-2)


def _split(plan: _Plan, k: int, v2: bool) -> bool:
    """ctx-rans-2 codes the bands of a single-component image's large last level as three
    independent groups (each with its own copy of the model so far) so that they decode
    in parallel (a colour image's components already do)."""
    if not v2 or plan.samples != 1 or k == 0 or k != plan.n_levels - 1:
        return False
    r, c = plan.image_shape(0)
    return r * c >= SPLIT_MIN


def _code_levels(q, plan: _Plan, estimate: bool = False, v2: bool = True) -> list:
    """Entropy-code every level -> payloads (or, with ``estimate``, their sizes);
    ``v2``: coding ctx-rans-2 (`entropy2`), else ctx-rans-1 (`entropy`)."""
    payloads = []
    ent = entropy2 if v2 else entropy
    models = [ent.new_model() for _ in q]
    for k in range(plan.n_levels):
        parts = []
        for (qll, qd), model in zip(q, models):
            specs = _level_specs(plan, k, qd, v2)
            arrays = ([_ll_dpcm(qll)] if k == 0 else []) + [
                qd[i][o] for i in plan.details_in_level(k) for o in range(3)]
            bands = [(a, p, c) for a, (_, p, c) in zip(arrays, specs)]
            if not v2:
                groups = [ent.encode_group(bands, model, estimate)]
            elif _split(plan, k, v2):
                groups = [ent.encode_group([b], model.copy(), estimate) for b in bands]
            else:
                groups = [ent.encode_group(bands, model, estimate, COLOUR_LANES if plan.samples > 1 else 32)]
            for group in groups:
                parts.append(4 + group if estimate else struct.pack("<I", len(group)) + group)
        payloads.append(sum(parts) if estimate else b"".join(parts))
    return payloads


_POOL = None


def _pool():
    """Threads for independent groups (the components of a colour image, the bands of a
    split last level); the kernels release the GIL."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=max(1, min(3, os.cpu_count() or 1)),
                                   thread_name_prefix="radview-codec")
    return _POOL


def _map(fn, items: list) -> list:
    if len(items) < 2 or (os.cpu_count() or 1) < 2:
        return [fn(x) for x in items]
    return list(_pool().map(fn, items))


def _decode_levels(data, header: ContainerHeader, plan: _Plan, upto: int):
    q = [(None, []) for _ in range(plan.samples)]
    padded = [[] for _ in q]  # per component: the detail bands as decoded (entropy.pad form)
    v2 = header.coding in _V2
    models = [(entropy2 if v2 else entropy).new_model() for _ in q]

    def component(args):
        k, c, o, group = args
        if not v2:
            return entropy.decode_group(group, _level_specs(plan, k, padded[c]), models[c], padded=True)
        specs = _level_specs(plan, k, padded[c], True)
        if o is None:
            return entropy2.decode_group(group, specs, models[c])
        return entropy2.decode_group(group, [specs[o]], models[c].copy())

    for k in range(upto + 1):
        payload = level_bytes(data, header, k)
        pos = 0
        groups = []
        split = _split(plan, k, v2)
        for c in range(plan.samples):
            for o in (0, 1, 2) if split else (None,):
                if pos + 4 > len(payload):
                    raise CodecError(f"level {k} is too short for its bands")
                (n,) = struct.unpack_from("<I", payload, pos)
                group = payload[pos + 4:pos + 4 + n]
                if len(group) != n:
                    raise CodecError(f"level {k} is too short for its bands")
                pos += 4 + n
                groups.append((k, c, o, group))
        if pos != len(payload):
            raise CodecError(f"level {k} has {len(payload) - pos} bytes of trailing garbage")
        decoded = _map(component, groups)
        if split:  # the three bands of a component, from its three groups
            decoded = [sum(decoded[3 * c:3 * c + 3], []) for c in range(plan.samples)]
        for c, bands in enumerate(decoded):
            qll, qd = q[c]
            if k == 0:
                qll = _ll_undpcm(bands.pop(0)[1:-1, 1:-1].astype(np.int64))
            for j, _ in enumerate(plan.details_in_level(k)):
                qd.append(tuple(b[1:-1, 1:-1] for b in bands[3 * j:3 * j + 3]))  # int32 views
                padded[c].append(tuple(bands[3 * j:3 * j + 3]))
            q[c] = (qll, qd)
    return q


# ----------------------------------------------------------------- public API

def _plan(rows: int, cols: int, samples: int, lossless: bool) -> _Plan:
    return _Plan(rows, cols, samples, geometry.container_levels(rows, cols),
                 geometry.extra_levels(rows, cols), lossless)


def encode(frame: np.ndarray, *, ratio: float | None = None, lossless: bool = False,
           quality: float | None = None, usage: str | None = None,
           photometric: str = "MONOCHROME2", bits_stored: int | None = None,
           encoding: str = "wavelet", padding=None) -> bytes:
    """Encode one frame ((rows, cols) or (rows, cols, 3)) into a progressive container.

    ``ratio`` is the target compression: 20 means container bytes = 1/20 of the
    uncompressed pixel bytes (hit within 5 % when reachable; the header's
    ``achieved_ratio`` tells the truth). ``lossless=True`` round-trips bit-exactly.
    ``encoding`` picks the format: ``"wavelet"`` (radview's container) or
    ``"htj2k"`` (a JPEG 2000 Part 15 codestream with the same levels).
    ``padding``: the DICOM Pixel Padding Value (int) or ``(value, range_limit)``, as
    stored pixel values (``padding.dataset_padding(ds)``); padding pixels are coded as
    a fill plus a mask in the header and restored by ``decode`` (docs/codec.md).
    """
    if encoding not in ENCODINGS:
        raise CodecError(f"unknown encoding {encoding!r}; choose from {', '.join(ENCODINGS)}")
    frame, key, signed, bits, samples = _check_frame(frame, photometric, bits_stored)
    if not lossless:
        if ratio is None:
            if quality is not None and float(quality) >= 100:
                lossless = True
            else:
                raise CodecError("a lossy encode needs a target ratio (or lossless=True)")
        elif not (isinstance(ratio, (int, float)) and ratio >= 1):
            raise CodecError(f"target ratio must be a number >= 1, got {ratio!r}")
    pad = padmod.find(frame, padmod.padding_range(padding, frame.dtype, samples))
    if pad is not None:
        frame = padmod.filled(frame, pad)
    if encoding == htj2k.ENCODING:
        return htj2k.encode(frame, ratio=ratio, lossless=lossless, quality=quality, usage=usage,
                            photometric=photometric, bits=bits, signed=signed, key=key,
                            samples=samples, pad=pad)
    rows, cols = frame.shape[:2]
    plan = _plan(rows, cols, samples, lossless)
    transform = "none"
    if samples == 3 and photometric == "RGB":
        transform = "rct" if lossless else "ict"
    comps = _components(frame, transform, lossless, bits, signed)
    shapes = geometry.level_shapes(rows, cols)
    header = ContainerHeader(
        rows=rows, cols=cols, samples=samples, dtype=key, bits_stored=bits, signed=signed,
        photometric=photometric, lossless=lossless,
        wavelet=wavelet.LOSSLESS_WAVELET if lossless else wavelet.LOSSY_WAVELET,
        ratio=None if lossless else float(ratio),
        quality=None if quality is None else float(quality), usage=usage,
        levels=[LevelInfo(k, r, c, 0, 0) for k, (r, c) in enumerate(shapes)],
        extra_levels=plan.extra, colour_transform=transform, step=0.0,
        coding=(CODING2 if pad is None else CODING2_PADDED) if ENCODE_V2 else (
            CODING if pad is None else CODING_PADDED), padding=pad,
        padding_doc=None if pad is None else padmod.to_json(pad),
    )
    if lossless:
        coeffs = [wavelet.forward_int(c, plan.depth) for c in comps]
        return pack(header, _code_levels(coeffs, plan, v2=ENCODE_V2))

    coeffs = [wavelet.forward(c, plan.depth) for c in comps]
    raw = frame.size * frame.itemsize
    target = raw / float(ratio)
    target_bytes = max(1, int(target))  # (a tiny frame at a high ratio: aim at the smallest)
    v2 = ENCODE_V2
    if v2:  # (placeholders of the final length, so the overhead counts them)
        header.rounding, header.recon = _ROUNDS[0], 0.4321
    overhead = len(pack(header, [b""] * len(shapes))) + 8 * len(shapes)
    span = float(1 << bits)

    def rate_control(rnd: float, tol: float, guess):
        def estimate(step: float) -> int:
            return overhead + sum(_code_levels(_quantise(coeffs, plan, step, rnd), plan, True, v2))

        step = ratecontrol.find_step(estimate, target_bytes, lo=span * 1e-5, hi=span * 4,
                                     guess=span / 256 if guess is None else guess, tol=tol)
        return step, estimate(step)

    if not v2:
        rnd = _ROUND
        step, _ = rate_control(rnd, ratecontrol.TOLERANCE * 0.3, None)
    else:
        # the decoded pixels' squared error (what the viewer shows: clipped, padding left out)
        inside = None if pad is None else ~pad.mask
        ref = frame.astype(np.float64)

        def pixel_errors(q, step: float, rnd: float, recons) -> list[float]:
            # the synthesis is linear in the reconstruction point: image = a + recon * b
            s_ll, steps = _band_steps(plan, step, plan.depth)
            a = [wavelet.inverse_quantised(qll * s_ll, qd, steps, rnd, 0.0)[0] for qll, qd in q]
            b = [wavelet.inverse_quantised(np.zeros(qll.shape), [tuple(np.sign(x) for x in d) for d in qd],
                                           steps, 0.0, 0.0)[0] for qll, qd in q]
            out = []
            for recon in recons:
                err = (_to_pixels([x + recon * y for x, y in zip(a, b)], header) - ref) ** 2
                out.append(float(np.sum(err if inside is None else err[inside])))
            return out

        best, step = None, None
        for rnd in _ROUNDS:
            # each candidate within 0.3 % of the bytes; what is left is levelled by a local
            # slope of 6 dB per doubling of the bytes (error ~ bytes^-2)
            step, n = rate_control(rnd, 0.003, step)
            q = _quantise(coeffs, plan, step, rnd)
            centroid = float(f"{_distortion(coeffs, q, plan, step, rnd)[1]:.4f}")
            recons = sorted({centroid, *_RECONS})
            for recon, err in zip(recons, pixel_errors(q, step, rnd, recons)):
                score = err * (n / target_bytes) ** 2
                if best is None or score < best[0]:
                    best = (score, rnd, step, recon)
        _, rnd, step, recon = best
        header.rounding, header.recon = rnd, recon
    header.step = step
    data = pack(header, _code_levels(_quantise(coeffs, plan, step, rnd), plan, v2=v2))
    if abs(len(data) / target - 1) > ratecontrol.TOLERANCE:
        # the estimate was off (should not happen): finish on real sizes
        def size_of(s: float) -> int:
            return len(pack(header, _code_levels(_quantise(coeffs, plan, s, rnd), plan, v2=v2)))

        step = ratecontrol.find_step(size_of, target_bytes, lo=step / 4, hi=step * 4)
        header.step = step
        data = pack(header, _code_levels(_quantise(coeffs, plan, step, rnd), plan, v2=v2))
    return data


def read_header(data) -> ContainerHeader:
    """The level table and image parameters of a version in either encoding; needs only
    the first ``header_length`` bytes."""
    if htj2k.is_htj2k(data):
        return htj2k.read_header(data)
    return padmod.attach(container.read_header(data))


def decode(data, level: int | None = None) -> np.ndarray:
    """Decode levels 0..level (default: all) from ``data`` (the container or a prefix
    holding those levels) to the image at that level's resolution."""
    if htj2k.is_htj2k(data):
        return htj2k.decode(data, level)
    header = read_header(data)
    n = len(header.levels)
    if level is None:
        level = n - 1
    if not isinstance(level, (int, np.integer)) or not 0 <= level < n:
        raise CodecError(f"level {level!r} out of range: this container has levels 0..{n - 1}")
    if header.coding not in _KNOWN:
        raise CodecError(f"container uses coding {header.coding!r}; this build decodes "
                         f"{', '.join(map(repr, _KNOWN))}")
    if header.coding.endswith("+padding") != (header.padding is not None):
        raise CodecError(f"container header is inconsistent: coding {header.coding!r} "
                         f"{'without' if header.padding is None else 'with'} a padding mask")
    plan = _plan(header.rows, header.cols, header.samples, header.lossless)
    if plan.extra != header.extra_levels:
        raise CodecError("container header is inconsistent: internal decomposition count")
    q = _decode_levels(data, header, plan, level)
    n_details = plan.extra + level
    up = plan.depth - n_details  # depth of the decoded image
    shapes = [plan.image_shape(plan.depth - i - 1) for i in range(n_details)]
    if header.lossless:
        out = _to_pixels(_map(lambda c: wavelet.inverse_int(c[0], c[1][:n_details]), q), header)
    else:
        div = wavelet.dc_gain(up) if up else 1.0  # (x / 1.0 == x)
        s_ll, steps = _band_steps(plan, header.step, n_details)
        rnd, recon = (_ROUND, _RECON) if header.rounding is None else (header.rounding, header.recon)
        pixels = None
        if header.samples == 1:  # straight to pixels (a colour transform needs all three)
            lo, hi = _value_range(header.bits_stored, header.signed)
            shift = 0.0 if header.signed else float(1 << (header.bits_stored - 1))
            pixels = (_DTYPES[header.dtype], div, shift, lo, hi)
        if pixels is not None:
            out, is_pixels = wavelet.inverse_quantised(q[0][0] * s_ll, q[0][1][:n_details], steps, rnd,
                                                       recon, pixels)
            if not is_pixels:
                out = _to_pixels([out], header, div)
        else:
            comps = _map(lambda c: wavelet.inverse_quantised(c[0] * s_ll, c[1][:n_details], steps, rnd,
                                                             recon)[0], q)
            out = _to_pixels(comps, header, div)
    exp = (header.levels[level].rows, header.levels[level].cols)
    if out.shape[:2] != exp:  # pragma: no cover - geometry bug guard
        raise CodecError(f"decoded level {level} has shape {out.shape[:2]}, expected {exp}")
    if header.padding is not None:
        out = padmod.restore(out, header.padding)
    return out


def prefix_length(header: ContainerHeader, level: int) -> int:
    """Bytes from the start of the container needed to decode levels 0..level."""
    n = len(header.levels)
    if not isinstance(level, (int, np.integer)) or not 0 <= level < n:
        raise CodecError(f"level {level!r} out of range: this container has levels 0..{n - 1}")
    lv = header.levels[level]
    return lv.offset + lv.length


def level_for_size(header: ContainerHeader, max_dimension: int) -> int:
    """The coarsest level whose long side is >= max_dimension, else the finest."""
    for lv in header.levels:
        if max(lv.rows, lv.cols) >= max_dimension:
            return lv.index
    return header.levels[-1].index


def upsample(image: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Bilinear resize of a decoded level to (rows, cols) for display, same dtype."""
    if image.ndim not in (2, 3) or rows < 1 or cols < 1:
        raise CodecError(f"cannot upsample an image of shape {image.shape} to {rows}x{cols}")
    h, w = image.shape[:2]

    def axis(n_out: int, n_in: int):
        pos = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
        pos = np.clip(pos, 0, n_in - 1)
        i0 = np.floor(pos).astype(np.intp)
        i1 = np.minimum(i0 + 1, n_in - 1)
        return i0, i1, pos - i0

    r0, r1, fr = axis(rows, h)
    c0, c1, fc = axis(cols, w)
    img = image.astype(np.float32)
    if img.ndim == 3:
        fr, fc = fr[:, None, None], fc[None, :, None]
    else:
        fr, fc = fr[:, None], fc[None, :]
    top = img[r0][:, c0] * (1 - fc) + img[r0][:, c1] * fc
    bot = img[r1][:, c0] * (1 - fc) + img[r1][:, c1] * fc
    out = top * (1 - fr) + bot * fr
    if np.issubdtype(image.dtype, np.integer):
        info = np.iinfo(image.dtype)
        out = np.clip(np.rint(out), info.min, info.max)
    return out.astype(image.dtype)
