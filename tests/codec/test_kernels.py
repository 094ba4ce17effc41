"""The numba kernels against the original numpy/pywt implementation (`reference/`):
the same container bytes and the same pixels for every path (lossless 5/3, lossy
9/7, RGB, signed, every pixel type, tiny and odd sizes, every level prefix);
the 9/7 lifting against pywt's ``bior4.4`` to 1e-10; corrupt data never crashes."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pydicom
import pytest

from radview import codec
from radview.codec import CodecError, api, entropy, rans, wavelet
from radview.resources.sample_images import pydicom_data_file

from .reference import api as ref_api
from .reference import entropy as ref_entropy
from .reference import rans as ref_rans
from .reference import wavelet as ref_wavelet


def smooth(shape, dtype, lo, hi, seed=0):
    rng = np.random.default_rng(seed)
    r, c = np.mgrid[0:shape[0], 0:shape[1]]
    base = np.sin(r / 7.0) * np.cos(c / 5.0) + ((r - shape[0] / 2) ** 2 + (c - shape[1] / 2) ** 2
                                                < (min(shape) / 3) ** 2)
    img = lo + (hi - lo) * (base - base.min()) / (np.ptp(base) or 1) + rng.normal(0, (hi - lo) / 100, shape)
    return np.clip(np.rint(img), lo, hi).astype(dtype)


def rand(shape, dtype, bits, seed=1):
    lo, hi = api._value_range(bits, np.dtype(dtype).kind == "i")
    return np.random.default_rng(seed).integers(lo, hi, shape, endpoint=True).astype(dtype)


# ------------------------------------------------------------------ 9/7 lifting vs pywt

SIZES = list(range(1, 12)) + [64, 129, 1000]


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("axis", [0, 1])
def test_97_axis_matches_pywt(n, axis):
    rng = np.random.default_rng(n)
    for other in (1, 2, 7):
        shape = (n, other) if axis == 0 else (other, n)
        x = rng.standard_normal(shape) * 1000
        scale = np.abs(x).max()
        a, d = wavelet._dwt_axis(x, axis)
        a0, d0 = ref_wavelet._dwt_axis(x, axis)
        assert a.shape == a0.shape and d.shape == d0.shape
        assert np.abs(a - a0).max() <= 1e-10 * scale
        assert d.size == 0 or np.abs(d - d0).max() <= 1e-10 * scale
        y, y0 = wavelet._idwt_axis(a0, d0, axis), ref_wavelet._idwt_axis(a0, d0, axis)
        assert y.shape == x.shape and np.abs(y - y0).max() <= 1e-10 * scale
        assert np.abs(wavelet._idwt_axis(a, d, axis) - x).max() <= 1e-12 * scale


@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (9, 1), (2, 2), (3, 5), (6, 4), (31, 64), (129, 130)])
def test_97_2d_matches_pywt(shape):
    x = np.random.default_rng(3).standard_normal(shape) * 1000
    scale = np.abs(x).max()
    for depth in (1, 2, 3):
        ll, det = wavelet.forward(x, depth)
        ll0, det0 = ref_wavelet.forward(x, depth)
        assert np.abs(ll - ll0).max() <= 1e-10 * scale
        for bands, bands0 in zip(det, det0):
            for b, b0 in zip(bands, bands0):
                assert b.shape == b0.shape and (b.size == 0 or np.abs(b - b0).max() <= 1e-10 * scale)
        y = wavelet.inverse(ll0, det0)
        assert np.abs(y - ref_wavelet.inverse(ll0, det0)).max() <= 1e-10 * scale
        assert np.abs(wavelet.inverse(ll, det) - x).max() <= 1e-12 * scale


def test_fused_dequantise_and_pixels_equal_the_separate_steps():
    """inverse_quantised (dequantisation inside the transform, last level straight to
    pixels) gives exactly what dequantise + inverse + to-pixels gives."""
    rng = np.random.default_rng(5)
    for shape in [(2, 2), (5, 3), (64, 37), (131, 200)]:
        x = rng.standard_normal(shape) * 300
        ll, det = wavelet.forward(x, 2)
        steps = [tuple(rng.uniform(0.5, 4) for _ in range(3)) for _ in det]
        qdet = [tuple(np.rint(b / s).astype(np.int32) for b, s in zip(bands, st)) for bands, st in zip(det, steps)]
        deq = [tuple(wavelet.dequant_band(b, s, 0.0, 0.45) for b, s in zip(bands, st)) for bands, st in zip(qdet, steps)]
        ref = wavelet.inverse(ll, deq)
        got, is_pix = wavelet.inverse_quantised(ll, qdet, steps, 0.0, 0.45)
        assert not is_pix and np.array_equal(got, ref)
        pix, is_pix = wavelet.inverse_quantised(ll, qdet, steps, 0.0, 0.45, (np.int16, 1.0, 0.0, -300, 300))
        if is_pix:
            assert np.array_equal(pix, np.clip(np.rint(ref), -300, 300).astype(np.int16))


def test_53_matches_reference():
    rng = np.random.default_rng(0)
    for r in list(range(1, 10)) + [37, 130]:
        for c in list(range(1, 10)) + [33]:
            x = rng.integers(-40000, 70000, (r, c))
            for depth in (1, 2, 3):
                a, det = wavelet.forward_int(x, depth)
                a0, det0 = ref_wavelet.forward_int(x, depth)
                assert np.array_equal(a, a0)
                assert all(np.array_equal(b, b0) for t, t0 in zip(det, det0) for b, b0 in zip(t, t0))
                as32 = [tuple(b.astype(np.int32) for b in t) for t in det0]  # as the decoder holds them
                assert np.array_equal(wavelet.inverse_int(a0, as32), x)


# ------------------------------------------------------------------ rANS and its model

def test_pairwise_sum_is_numpys():
    rng = np.random.default_rng(2)
    for n in list(range(0, 300)) + [1000, 2047, 2048, 4000, 100_000]:
        a = rng.random(n) * 10 ** rng.uniform(-3, 3, n)
        assert rans._pairwise(a, 0, n) == a.sum()
        assert n < 8 or rans._pairwise(a, 3, n - 3) == a[3:].sum()


def test_refresh_schedule():
    for nrows in range(1, 300):
        stops, start, r, step = [], 0, 1, 1
        while start < nrows:
            start, r, step = rans._next_stop(r, step, nrows)
            stops.append(start)
        assert stops == rans._refresh_rows(nrows)


def test_rans_matches_reference():
    """Same bytes, same rate estimate, same model state as the numpy coder; decodes."""
    rng = np.random.default_rng(5)
    for trial in range(24):
        if trial % 2:
            n_ctx, n_sym, prior = entropy.N_CTX, entropy.N_SYM, entropy._PRIOR
        else:
            n_ctx, n_sym = int(rng.integers(1, 50)), int(rng.integers(2, 40))
            prior = rng.random((n_ctx, n_sym)) * 3 + 0.01
        lanes = int(rng.integers(1, 2049)) if trial % 3 else int(rng.integers(1, 9))
        old, new = ref_rans.Model(n_ctx, n_sym, prior), rans.Model(n_ctx, n_sym, prior)
        dec_model = rans.Model(n_ctx, n_sym, prior)
        for _level in range(3):
            segs = []
            for s in range(int(rng.integers(1, 5))):
                n = int(rng.integers(0, 30000)) if s % 2 else int(rng.integers(0, 300))
                ctx = rng.integers(0, min(n_ctx, int(rng.integers(1, n_ctx + 1))), n)
                sym = np.minimum(rng.geometric(rng.uniform(0.05, 0.9), n) - 1, n_sym - 1)
                segs.append((ctx, sym))
            est_old = ref_rans.encode(segs, ref_rans.Model(n_ctx, n_sym, old.counts.copy()), lanes, True)
            est_new = rans.encode(segs, rans.Model(n_ctx, n_sym, new.counts.copy()), lanes, True)
            assert est_new == est_old
            data = rans.encode(segs, new, lanes)
            assert data == ref_rans.encode(segs, old, lanes)
            assert np.array_equal(new.counts, old.counts)
            assert np.array_equal(new.freq, old.freq) and np.array_equal(new.cum, old.cum)
            dec = rans.Decoder(data, dec_model, lanes)
            for ctx, sym in segs:
                assert np.array_equal(dec.decode(ctx), sym)
            dec.finish()
            for m in (old, new, dec_model):
                m.age(rans.AGE)


# ------------------------------------------------------------------ whole codec vs reference

@functools.lru_cache(maxsize=None)
def _real(name):
    ds = pydicom.dcmread(pydicom_data_file(name))
    return ds.pixel_array, int(ds.BitsStored), str(ds.PhotometricInterpretation)


FRAMES = {
    "1x1 u8": lambda: (rand((1, 1), np.uint8, 8), 8, "MONOCHROME2", ["lossless"]),
    "3x5 u8": lambda: (rand((3, 5), np.uint8, 8), 8, "MONOCHROME2", ["lossless", 2]),
    "2x1 u16": lambda: (np.array([[100], [200]], np.uint16), 16, "MONOCHROME2", ["lossless", 2]),
    "9x1 i16": lambda: (rand((9, 1), np.int16, 16), 16, "MONOCHROME2", ["lossless", 3]),
    "1x7 u16 12 bits": lambda: (rand((1, 7), np.uint16, 12), 12, "MONOCHROME2", ["lossless", 2]),
    "37x61 u16 12 bits": lambda: (smooth((37, 61), np.uint16, 0, 4095), 12, "MONOCHROME2", ["lossless", 10, 50]),
    "130x257 i16": lambda: (smooth((130, 257), np.int16, -2000, 3000), 16, "MONOCHROME2", ["lossless", 20]),
    "64x64 i8 noise": lambda: (rand((64, 64), np.int8, 8), 8, "MONOCHROME2", ["lossless", 10]),
    "300x129 u8": lambda: (smooth((300, 129), np.uint8, 0, 255), 8, "MONOCHROME2", [10]),
    "17x33 RGB": lambda: (rand((17, 33, 3), np.uint8, 8), 8, "RGB", ["lossless", 10]),
    "120x200 RGB": lambda: (np.stack([smooth((120, 200), np.uint8, 0, 255, k) for k in range(3)], -1), 8, "RGB",
                            ["lossless", 20]),
    "CT 693": lambda: (*_real("693_UNCR.dcm")[:2], "MONOCHROME2", ["lossless", 20]),
}


@pytest.mark.parametrize("name", list(FRAMES))
def test_codec_matches_reference(name, monkeypatch):
    """The ctx-rans-1 path (versions built before ctx-rans-2, still decoded) is the frozen
    reference's, bit for bit, both ways."""
    monkeypatch.setattr(api, "ENCODE_V2", False)
    frame, bits, photometric, modes = FRAMES[name]()
    for mode in modes:
        kw = {"lossless": True} if mode == "lossless" else {"ratio": mode}
        data = codec.encode(frame, bits_stored=bits, photometric=photometric, **kw)
        assert data == ref_api.encode(frame, bits_stored=bits, photometric=photometric, **kw), mode
        assert codec.read_header(data).coding == api.CODING
        h = codec.read_header(data)
        for lv in h.levels:
            prefix = data[:codec.prefix_length(h, lv.index)]
            got, ref = codec.decode(prefix, lv.index), ref_api.decode(prefix, lv.index)
            assert got.dtype == ref.dtype and np.array_equal(got, ref), (mode, lv.index)
        if mode == "lossless":
            assert np.array_equal(codec.decode(data), frame)


def test_entropy_group_matches_reference():
    """decode_group in both of its forms, and encode_group, against the numpy coder."""
    rng = np.random.default_rng(9)
    parent = np.where(rng.random((20, 33)) < 0.3, rng.integers(-40, 40, (20, 33)), 0)
    bands = [(np.where(rng.random((40, 65)) < 0.2, rng.integers(-3000, 3000, (40, 65)), 0), parent, entropy.DETAIL),
             (np.where(rng.random((39, 66)) < 0.1, rng.integers(-5, 5, (39, 66)), 0), 0, entropy.DIAGONAL),
             (rng.integers(-100, 100, (9, 7)), None, entropy.LL)]
    data = entropy.encode_group(bands, entropy.new_model())
    assert data == ref_entropy.encode_group(bands, ref_entropy.new_model())
    assert entropy.encode_group(bands, entropy.new_model(), True) == ref_entropy.encode_group(
        bands, ref_entropy.new_model(), True)
    specs = [(b.shape, p, c) for b, p, c in bands]
    for got in (entropy.decode_group(data, specs, entropy.new_model()),
                [qp[1:-1, 1:-1] for qp in entropy.decode_group(
                    data, [(s, entropy.pad(p) if isinstance(p, np.ndarray) else p, c) for s, p, c in specs],
                    entropy.new_model(), padded=True)]):
        assert all(np.array_equal(g, b) for g, (b, _, _) in zip(got, bands))


def test_corrupt_groups_raise_codec_error_never_crash():
    """The kernels check every read: flipped or missing bytes give CodecError or some
    bands, never an out-of-bounds access."""
    rng = np.random.default_rng(11)
    bands = [(np.where(rng.random((48, 50)) < 0.3, rng.integers(-300, 300, (48, 50)), 0), None, entropy.DETAIL),
             (rng.integers(-20, 20, (24, 25)), 0, entropy.DIAGONAL)]
    data = entropy.encode_group(bands, entropy.new_model())
    specs = [(b.shape, p, c) for b, p, c in bands]
    outcomes = set()
    for trial in range(300):
        bad = bytearray(data)
        if trial % 3 == 0:
            bad = bad[:int(rng.integers(0, len(bad)))]
        else:
            for _ in range(int(rng.integers(1, 4))):
                bad[int(rng.integers(6, len(bad)))] ^= 1 << int(rng.integers(0, 8))
        try:
            entropy.decode_group(bytes(bad), specs, entropy.new_model())
            outcomes.add("decoded")
        except CodecError:
            outcomes.add("error")
    assert "error" in outcomes


@pytest.mark.parametrize("shape", [(1, 1), (3, 5), (2, 2), (1, 7)])
def test_tiny_frames_at_ratios_beyond_the_header(shape):
    """A target below one byte (e.g. 1:20 of 3x5 8-bit) gives the smallest container."""
    frame = np.arange(np.prod(shape), dtype=np.uint8).reshape(shape) * 10
    for ratio in (10, 20, 50):
        data = codec.encode(frame, ratio=ratio)
        assert codec.decode(data).shape == shape
        assert codec.read_header(data).achieved_ratio < ratio


# ------------------------------------------------------------------ ctx-rans-2

@pytest.mark.parametrize("name", list(FRAMES))
def test_ctx_rans_2_round_trips_every_prefix(name):
    """New versions are ctx-rans-2: lossless bit-exact, every level prefix decodes, and its
    coefficients coded again as ctx-rans-1 decode to the same coefficients (only the entropy
    coding differs), which the frozen reference decodes as we do."""
    frame, bits, photometric, modes = FRAMES[name]()
    for mode in modes:
        kw = {"lossless": True} if mode == "lossless" else {"ratio": mode}
        data = codec.encode(frame, bits_stored=bits, photometric=photometric, **kw)
        h = codec.read_header(data)
        assert h.coding == api.CODING2
        if mode == "lossless":
            assert np.array_equal(codec.decode(data), frame)
        for lv in h.levels:
            prefix = data[:codec.prefix_length(h, lv.index)]
            assert codec.decode(prefix, lv.index).shape[:2] == (lv.rows, lv.cols)
        plan = api._plan(h.rows, h.cols, h.samples, h.lossless)
        q = api._decode_levels(data, h, plan, len(h.levels) - 1)
        q = [(qll, [tuple(b.astype(np.int64) for b in d) for d in qd]) for qll, qd in q]
        h1 = dataclasses.replace(h, coding=api.CODING, rounding=None, recon=None)
        old = codec.container.pack(h1, api._code_levels(q, plan, v2=False))
        q1 = api._decode_levels(old, codec.read_header(old), plan, len(h.levels) - 1)
        assert all(np.array_equal(a[0], b[0]) and all(np.array_equal(x, y) for dx, dy in zip(a[1], b[1])
                                                      for x, y in zip(dx, dy)) for a, b in zip(q, q1)), mode
        assert np.array_equal(ref_api.decode(old), codec.decode(old)), mode
        if mode == "lossless":
            assert np.array_equal(codec.decode(old), frame)
        else:  # the quantiser the encoder chose is in the header
            assert h.rounding in api._ROUNDS and 0 <= h.recon <= 1


def test_ctx_rans_2_group_round_trip_and_corruption():
    """encode_group/decode_group of ctx-rans-2 invert each other on bands with every kind
    of content (signs that neighbours predict, noise, large magnitudes, empty blocks),
    and damaged groups raise CodecError, never crash."""
    from radview.codec import entropy2

    rng = np.random.default_rng(21)
    edge = np.zeros((40, 65), np.int64)
    edge[:, 30:33] = rng.integers(1, 60, (40, 3)) * np.array([1, -1, 1])  # a vertical edge
    parent = np.where(rng.random((20, 33)) < 0.3, rng.integers(-40, 40, (20, 33)), 0)
    bands = [(rng.integers(-100, 100, (9, 7)), None, entropy.LL),
             (edge, parent, entropy.DETAIL),
             (np.where(rng.random((40, 65)) < 0.2, rng.integers(-3000, 3000, (40, 65)), 0), parent,
              entropy2.HL_DETAIL),
             (np.where(rng.random((39, 66)) < 0.1, rng.integers(-5, 5, (39, 66)), 0), 1, entropy.DIAGONAL)]
    data = entropy2.encode_group(bands, entropy2.new_model())
    est = entropy2.encode_group(bands, entropy2.new_model(), True)
    assert abs(est - len(data)) <= 8
    specs = [(b.shape, entropy.pad(p) if isinstance(p, np.ndarray) else p, c) for b, p, c in bands]
    got = entropy2.decode_group(data, specs, entropy2.new_model())
    assert all(np.array_equal(g[1:-1, 1:-1], b) for g, (b, _, _) in zip(got, bands))
    outcomes = set()
    for trial in range(300):
        bad = bytearray(data)
        if trial % 3 == 0:
            bad = bad[:int(rng.integers(0, len(bad)))]
        else:
            for _ in range(int(rng.integers(1, 4))):
                bad[int(rng.integers(6, len(bad)))] ^= 1 << int(rng.integers(0, 8))
        try:
            entropy2.decode_group(bytes(bad), specs, entropy2.new_model())
            outcomes.add("decoded")
        except CodecError:
            outcomes.add("error")
    assert "error" in outcomes


def test_unknown_coding_is_refused():
    data = codec.encode(smooth((40, 50), np.uint16, 0, 4000), ratio=10, bits_stored=12)
    h = codec.read_header(data)
    bad = codec.container.pack(dataclasses.replace(h, coding="ctx-rans-9"),
                               [data[lv.offset:lv.offset + lv.length] for lv in h.levels])
    with pytest.raises(CodecError, match="ctx-rans-9"):
        codec.decode(bad)


def test_quantiser_fields_are_checked():
    """ctx-rans-2 lossy headers carry the rounding offset and reconstruction point; values
    out of range (or one without the other) are refused."""
    data = codec.encode(smooth((40, 50), np.uint16, 0, 4000), ratio=10, bits_stored=12)
    h = codec.read_header(data)
    assert h.rounding is not None and h.recon is not None
    payloads = [data[lv.offset:lv.offset + lv.length] for lv in h.levels]
    for rounding, recon in ((1.5, 0.4), (0.3, -0.1), (-0.2, 0.5)):
        bad = codec.container.pack(dataclasses.replace(h, rounding=rounding, recon=recon), payloads)
        with pytest.raises(CodecError, match="rounding"):
            codec.read_header(bad)
    # lossless and ctx-rans-1 headers have neither field
    assert codec.read_header(codec.encode(smooth((40, 50), np.uint16, 0, 4000), lossless=True)).rounding is None


def test_large_single_component_last_level_is_three_groups():
    """A single-component image's last level of >= 2^19 pixels is three independent groups
    (LH, HL, HH) that decode in parallel; lossless stays exact, every prefix decodes, and
    a damaged group is a CodecError."""
    import struct

    frame = smooth((760, 700), np.uint16, 0, 4095, seed=3)
    assert 760 * 700 >= api.SPLIT_MIN
    for kw in ({"lossless": True}, {"ratio": 12}):
        data = codec.encode(frame, bits_stored=12, **kw)
        h = codec.read_header(data)
        last = h.levels[-1]
        payload = data[last.offset:last.offset + last.length]
        pos, groups = 0, 0
        while pos < len(payload):
            (n,) = struct.unpack_from("<I", payload, pos)
            pos += 4 + n
            groups += 1
        assert groups == 3 and pos == len(payload)
        first = h.levels[-2]  # the level before it is one group
        (n,) = struct.unpack_from("<I", data, first.offset)
        assert n + 4 == first.length
        if "lossless" in kw:
            assert np.array_equal(codec.decode(data), frame)
        for lv in h.levels:
            assert codec.decode(data[:codec.prefix_length(h, lv.index)], lv.index).shape == (lv.rows, lv.cols)
    bad = bytearray(data)
    bad[last.offset + last.length - 5] ^= 0x10
    with pytest.raises(CodecError):
        codec.decode(bytes(bad))
