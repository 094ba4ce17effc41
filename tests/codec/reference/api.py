"""Public codec API: encode a frame into a progressive container, decode any prefix."""

from __future__ import annotations

from dataclasses import dataclass

import struct

import numpy as np

from radview.codec import geometry, ratecontrol
from radview.codec.api import (  # input checks and display helpers: not part of the bitstream
    _check_frame, _value_range, level_for_size, prefix_length, upsample,
)
from radview.codec.container import (
    CodecError, ContainerHeader, LevelInfo, level_bytes, pack, read_header,
)

from . import entropy, wavelet

_DTYPES = {"|u1": np.uint8, "|i1": np.int8, "<u2": np.uint16, "<i2": np.int16}
_ROUND = 0.0   # quantiser rounding offset (0 = JPEG 2000's deadzone quantiser)
_RECON = 0.45  # reconstruction point inside a non-zero bin (0.5 = midpoint)
CODING = "ctx-rans-1"  # entropy coder + quantiser constants; a decoder checks it


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


def _to_pixels(comps, header: ContainerHeader) -> np.ndarray:
    lo, hi = _value_range(header.bits_stored, header.signed)
    if header.lossless:
        if header.colour_transform == "rct":
            y, cb, cr = comps
            g = y - ((cb + cr) >> 2)
            comps = [cr + g, g, cb + g]
    else:
        if header.colour_transform == "ict":
            y, cb, cr = comps
            comps = [y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb]
        shift = 0.0 if header.signed else float(1 << (header.bits_stored - 1))
        comps = [np.rint(c + shift) for c in comps]
    out = comps[0] if len(comps) == 1 else np.stack(comps, axis=-1)
    return np.clip(out, lo, hi).astype(_DTYPES[header.dtype])


# ----------------------------------------------------------------- coefficients

def _quantise(coeffs, plan: _Plan, step: float):
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
                mag = np.abs(band) / sb
                qb = np.floor(mag + _ROUND).astype(np.int64)
                if _ISOLATED > 0 and qb.size:
                    qb = _drop_isolated(qb, mag)
                bands.append(np.where(band < 0, -qb, qb))
            qd.append(tuple(bands))
        out.append((qll, qd))
    return out


_ISOLATED = 0.3  # |x|/step below 1 + this: a lone +-1 among zero neighbours becomes 0


def _drop_isolated(qb: np.ndarray, mag: np.ndarray) -> np.ndarray:
    """Rate-distortion trim: a +-1 with no non-zero 8-neighbour costs many bits
    (it sits in the cheapest-zero context) for little distortion gain."""
    nz = np.pad(qb > 0, 1)
    r, c = qb.shape
    neighbours = sum(nz[1 + dr:1 + dr + r, 1 + dc:1 + dc + c]
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    drop = (qb == 1) & (neighbours == 0) & (mag < 1.0 + _ISOLATED)
    return np.where(drop, 0, qb)


def _dequantise(q, plan: _Plan, step: float):
    out = []
    for qll, qd in q:
        s = step / wavelet.band_norm(plan.depth, 0) if plan.depth else step
        ll = qll * s
        det = []
        for i, bands in enumerate(qd):
            d = plan.depth - i
            rec = []
            for o, b in enumerate(bands):
                sb = step / wavelet.band_norm(d, o + 1)
                rec.append(np.sign(b) * (np.abs(b) - _ROUND + _RECON) * sb * (b != 0))
            det.append(tuple(rec))
        out.append((ll, det))
    return out


def _ll_dpcm(a: np.ndarray) -> np.ndarray:
    d = a.copy()
    d[:, 1:] = a[:, 1:] - a[:, :-1]
    d[1:, 0] = a[1:, 0] - a[:-1, 0]
    return d


def _ll_undpcm(d: np.ndarray) -> np.ndarray:
    a = d.copy()
    a[:, 0] = np.cumsum(d[:, 0])
    return np.cumsum(a, axis=1)


def _level_specs(plan: _Plan, k: int, qd):
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
            specs.append((shp, parent, entropy.DIAGONAL if o == 2 else entropy.DETAIL))
    return specs


def _code_levels(q, plan: _Plan, estimate: bool = False) -> list:
    """Entropy-code every level -> payloads (or, with ``estimate``, their sizes)."""
    payloads = []
    models = [entropy.new_model() for _ in q]
    for k in range(plan.n_levels):
        parts = []
        for (qll, qd), model in zip(q, models):
            specs = _level_specs(plan, k, qd)
            arrays = ([_ll_dpcm(qll)] if k == 0 else []) + [
                qd[i][o] for i in plan.details_in_level(k) for o in range(3)]
            group = entropy.encode_group([(a, p, c) for a, (_, p, c) in zip(arrays, specs)],
                                         model, estimate)
            parts.append(4 + group if estimate else struct.pack("<I", len(group)) + group)
        payloads.append(sum(parts) if estimate else b"".join(parts))
    return payloads


def _decode_levels(data, header: ContainerHeader, plan: _Plan, upto: int):
    q = [(None, []) for _ in range(plan.samples)]
    models = [entropy.new_model() for _ in q]
    for k in range(upto + 1):
        payload = level_bytes(data, header, k)
        pos = 0
        for c in range(plan.samples):
            qll, qd = q[c]
            if pos + 4 > len(payload):
                raise CodecError(f"level {k} is too short for its bands")
            (n,) = struct.unpack_from("<I", payload, pos)
            group = payload[pos + 4:pos + 4 + n]
            if len(group) != n:
                raise CodecError(f"level {k} is too short for its bands")
            pos += 4 + n
            bands = entropy.decode_group(group, _level_specs(plan, k, qd), models[c])
            if k == 0:
                qll = _ll_undpcm(bands.pop(0))
            idx = list(plan.details_in_level(k))
            for j, _ in enumerate(idx):
                qd.append(tuple(bands[3 * j:3 * j + 3]))
            q[c] = (qll, qd)
        if pos != len(payload):
            raise CodecError(f"level {k} has {len(payload) - pos} bytes of trailing garbage")
    return q


# ----------------------------------------------------------------- public API

def _plan(rows: int, cols: int, samples: int, lossless: bool) -> _Plan:
    return _Plan(rows, cols, samples, geometry.container_levels(rows, cols),
                 geometry.extra_levels(rows, cols), lossless)


def encode(frame: np.ndarray, *, ratio: float | None = None, lossless: bool = False,
           quality: float | None = None, usage: str | None = None,
           photometric: str = "MONOCHROME2", bits_stored: int | None = None) -> bytes:
    """Encode one frame ((rows, cols) or (rows, cols, 3)) into a progressive container.

    ``ratio`` is the target compression: 20 means container bytes = 1/20 of the
    uncompressed pixel bytes (hit within 5 % when reachable; the header's
    ``achieved_ratio`` tells the truth). ``lossless=True`` round-trips bit-exactly.
    """
    frame, key, signed, bits, samples = _check_frame(frame, photometric, bits_stored)
    if not lossless:
        if ratio is None:
            if quality is not None and float(quality) >= 100:
                lossless = True
            else:
                raise CodecError("a lossy encode needs a target ratio (or lossless=True)")
        elif not (isinstance(ratio, (int, float)) and ratio >= 1):
            raise CodecError(f"target ratio must be a number >= 1, got {ratio!r}")
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
        coding=CODING,
    )
    if lossless:
        coeffs = [wavelet.forward_int(c, plan.depth) for c in comps]
        return pack(header, _code_levels(coeffs, plan))

    coeffs = [wavelet.forward(c, plan.depth) for c in comps]
    raw = frame.size * frame.itemsize
    target = raw / float(ratio)
    overhead = len(pack(header, [b""] * len(shapes))) + 8 * len(shapes)

    def estimate(step: float) -> int:
        return overhead + sum(_code_levels(_quantise(coeffs, plan, step), plan, True))

    span = float(1 << bits)
    step = ratecontrol.find_step(estimate, int(target), lo=span * 1e-5, hi=span * 4,
                                 guess=span / 256)
    header.step = step
    data = pack(header, _code_levels(_quantise(coeffs, plan, step), plan))
    if abs(len(data) / target - 1) > ratecontrol.TOLERANCE:
        # the estimate was off (should not happen): finish on real sizes
        def size_of(s: float) -> int:
            return len(pack(header, _code_levels(_quantise(coeffs, plan, s), plan)))

        step = ratecontrol.find_step(size_of, int(target), lo=step / 4, hi=step * 4)
        header.step = step
        data = pack(header, _code_levels(_quantise(coeffs, plan, step), plan))
    return data


def decode(data, level: int | None = None) -> np.ndarray:
    """Decode levels 0..level (default: all) from ``data`` (the container or a prefix
    holding those levels) to the image at that level's resolution."""
    header = read_header(data)
    n = len(header.levels)
    if level is None:
        level = n - 1
    if not isinstance(level, (int, np.integer)) or not 0 <= level < n:
        raise CodecError(f"level {level!r} out of range: this container has levels 0..{n - 1}")
    if header.coding != CODING:
        raise CodecError(f"container uses coding {header.coding!r}; this build decodes {CODING!r}")
    plan = _plan(header.rows, header.cols, header.samples, header.lossless)
    if plan.extra != header.extra_levels:
        raise CodecError("container header is inconsistent: internal decomposition count")
    q = _decode_levels(data, header, plan, level)
    n_details = plan.extra + level
    up = plan.depth - n_details  # depth of the decoded image
    shapes = [plan.image_shape(plan.depth - i - 1) for i in range(n_details)]
    comps = []
    if header.lossless:
        for qll, qd in q:
            comps.append(wavelet.inverse_int(qll, qd[:n_details]))
    else:
        for ll, det in _dequantise(q, plan, header.step):
            img = wavelet.inverse(ll, det[:n_details]) if n_details else ll
            comps.append(img / wavelet.dc_gain(up) if up else img)
    out = _to_pixels(comps, header)
    exp = (header.levels[level].rows, header.levels[level].cols)
    if out.shape[:2] != exp:  # pragma: no cover - geometry bug guard
        raise CodecError(f"decoded level {level} has shape {out.shape[:2]}, expected {exp}")
    return out
