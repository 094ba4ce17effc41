"""Codec: lossless round trips, rate control, quality sanity, progressive prefixes, bad input."""

from __future__ import annotations

import functools

import numpy as np
import pydicom
import pytest

from radview import codec
from radview.codec import CodecError
from radview.errors import RadviewError
from radview.resources.sample_images import pydicom_data_file


@functools.lru_cache(maxsize=None)
def real(name: str):
    ds = pydicom.dcmread(pydicom_data_file(name))
    return ds.pixel_array, int(ds.BitsStored), str(ds.PhotometricInterpretation)


def psnr(ref, test) -> float:
    ref = ref.astype(np.float64)
    span = float(ref.max() - ref.min())
    return 10 * np.log10(span ** 2 / np.mean((ref - test.astype(np.float64)) ** 2))


def smooth_image(shape, dtype, lo, hi, seed=0):
    """A synthetic image with structure (so lossy coding has something to keep) and noise."""
    rng = np.random.default_rng(seed)
    r, c = np.mgrid[0:shape[0], 0:shape[1]]
    base = np.sin(r / 17.0) * np.cos(c / 11.0) + ((r - shape[0] / 2) ** 2 + (c - shape[1] / 2) ** 2 < (min(shape) / 3) ** 2)
    img = lo + (hi - lo) * (base - base.min()) / (np.ptp(base) or 1) + rng.normal(0, (hi - lo) / 200, shape)
    if len(shape) == 3:
        img = img[..., None]
    return np.clip(np.rint(img), lo, hi).astype(dtype)


# ------------------------------------------------------------------ lossless

@pytest.mark.parametrize("shape, dtype, bits", [
    ((1, 1), np.uint8, 8), ((3, 5), np.uint8, 8), ((1, 7), np.uint16, 16), ((9, 1), np.int16, 16),
    ((37, 61), np.uint16, 12), ((130, 257), np.int16, 16), ((64, 64), np.int8, 8),
    ((300, 129), np.uint16, 16),
])
def test_lossless_round_trip_is_bit_exact(shape, dtype, bits):
    info = np.iinfo(dtype)
    lo = max(info.min, -(1 << (bits - 1))) if info.min < 0 else 0
    hi = min(info.max, (1 << bits) - 1 if info.min == 0 else (1 << (bits - 1)) - 1)
    rng = np.random.default_rng(7)
    frame = rng.integers(lo, hi, shape, endpoint=True).astype(dtype)
    data = codec.encode(frame, lossless=True, bits_stored=bits)
    back = codec.decode(data)
    assert back.dtype == frame.dtype and back.shape == frame.shape
    assert np.array_equal(back, frame)
    h = codec.read_header(data)
    assert h.lossless and h.bits_stored == bits and h.signed == (info.min < 0)


def test_lossless_extremes_and_rgb():
    frame = np.zeros((17, 33, 3), np.uint8)
    frame[::2, ::3] = 255
    frame[5:9, :, 1] = 7
    data = codec.encode(frame, lossless=True, photometric="RGB")
    assert np.array_equal(codec.decode(data), frame)
    assert codec.read_header(data).photometric == "RGB"
    f16 = np.full((20, 21), 65535, np.uint16)
    f16[3, 4] = 0
    assert np.array_equal(codec.decode(codec.encode(f16, lossless=True)), f16)
    s16 = np.full((20, 21), -32768, np.int16)
    s16[::3] = 32767
    assert np.array_equal(codec.decode(codec.encode(s16, lossless=True)), s16)


@pytest.mark.parametrize("name", ["693_UNCR.dcm", "US1_UNCR.dcm", "MR2_UNCR.dcm"])
def test_lossless_real_frames(name):
    arr, bits, photometric = real(name)
    data = codec.encode(arr, lossless=True, bits_stored=bits, photometric=photometric)
    assert np.array_equal(codec.decode(data), arr)
    assert len(data) < arr.nbytes / 2  # real compression, not a copy


# ------------------------------------------------------------------ lossy

@pytest.mark.parametrize("ratio", [10, 20, 50])
def test_ratio_hit_within_5_percent_on_real_image(ratio):
    arr, bits, photometric = real("693_UNCR.dcm")
    data = codec.encode(arr, ratio=ratio, bits_stored=bits, photometric=photometric)
    achieved = arr.nbytes / len(data)
    assert abs(achieved / ratio - 1) <= 0.05, achieved
    h = codec.read_header(data)
    assert h.ratio == ratio and not h.lossless and h.wavelet == "bior4.4"
    assert abs(h.achieved_ratio - achieved) < 1e-9


def test_ratio_on_rgb_real_image_and_psnr_floor():
    arr, bits, photometric = real("US1_UNCR.dcm")
    data = codec.encode(arr, ratio=20, bits_stored=bits, photometric=photometric)
    assert abs(arr.nbytes / len(data) / 20 - 1) <= 0.05
    back = codec.decode(data)
    assert back.shape == arr.shape and back.dtype == arr.dtype
    assert psnr(arr, back) > 33.0  # JPEG 2000 at the same bytes reaches ~35 dB


def test_higher_ratio_gives_lower_psnr_above_floor():
    arr, bits, photometric = real("693_UNCR.dcm")
    values = []
    for ratio in (10, 50):
        back = codec.decode(codec.encode(arr, ratio=ratio, bits_stored=bits))
        values.append(psnr(arr, back))
    assert values[0] > values[1] + 5
    assert values[1] > 45.0  # CT slice at 1:50 (JPEG 2000: ~49.7 dB)


def test_lossy_keeps_dtype_and_range_for_signed_and_odd_sizes():
    frame = smooth_image((67, 45), np.int16, -1000, 3000)
    data = codec.encode(frame, ratio=8, bits_stored=16)
    back = codec.decode(data)
    assert back.dtype == np.int16 and back.shape == frame.shape
    assert psnr(frame, back) > 30


def test_tiny_lossy_frames_decode():
    for shape in [(1, 1), (3, 5), (2, 1)]:
        frame = np.arange(np.prod(shape), dtype=np.uint16).reshape(shape) * 100
        data = codec.encode(frame, ratio=2)
        back = codec.decode(data)
        assert back.shape == frame.shape
        assert codec.read_header(data).levels[0].rows == shape[0]


# ------------------------------------------------------------------ progressive

def test_levels_geometry_prefix_and_offsets():
    arr, bits, photometric = real("MR2_UNCR.dcm")
    data = codec.encode(arr, ratio=20, bits_stored=bits)
    h = codec.read_header(data[:h_len(data)])
    assert [(lv.rows, lv.cols) for lv in h.levels] == [(128, 128), (256, 256), (512, 512), (1024, 1024)]
    assert h.levels[0].offset == h.header_length
    for a, b in zip(h.levels, h.levels[1:]):
        assert b.offset == a.offset + a.length
    assert h.levels[-1].offset + h.levels[-1].length == len(data)
    full = codec.decode(data)
    for lv in h.levels:
        prefix = data[:codec.prefix_length(h, lv.index)]
        img = codec.decode(prefix, lv.index)
        assert img.shape == (lv.rows, lv.cols) and img.dtype == arr.dtype
    assert np.array_equal(codec.decode(data, len(h.levels) - 1), full)
    # the coarse level is close to a box-downsampled original
    coarse = codec.decode(data[:codec.prefix_length(h, 0)], 0).astype(np.float64)
    box = arr.astype(np.float64).reshape(128, 8, 128, 8).mean(axis=(1, 3))
    assert np.corrcoef(coarse.ravel(), box.ravel())[0, 1] > 0.95  # 9/7 low-pass is not a box
    assert np.abs(coarse - box).mean() < 0.05 * np.ptp(arr)
    up = codec.upsample(codec.decode(data, 1), 1024, 1024)
    assert up.shape == (1024, 1024) and up.dtype == arr.dtype
    assert psnr(arr, up) > 20


def h_len(data: bytes) -> int:
    return codec.read_header(data).header_length


def test_level_for_size_and_rgb_levels():
    arr, bits, photometric = real("US1_UNCR.dcm")
    data = codec.encode(arr, lossless=True, photometric=photometric)
    h = codec.read_header(data)
    assert [(lv.rows, lv.cols) for lv in h.levels] == [(60, 80), (120, 160), (240, 320), (480, 640)]
    assert codec.level_for_size(h, 80) == 0
    assert codec.level_for_size(h, 100) == 1
    assert codec.level_for_size(h, 161) == 2
    assert codec.level_for_size(h, 5000) == 3
    assert codec.decode(data[:codec.prefix_length(h, 2)], 2).shape == (240, 320, 3)


def test_lossless_prefix_levels_are_usable_images():
    arr, bits, _ = real("693_UNCR.dcm")
    data = codec.encode(arr, lossless=True, bits_stored=bits)
    coarse = codec.decode(data, 0).astype(np.float64)
    box = arr.astype(np.float64).reshape(128, 4, 128, 4).mean(axis=(1, 3))
    assert np.abs(coarse - box).mean() < 0.02 * np.ptp(arr)


def test_header_carries_quality_parameters():
    frame = smooth_image((200, 150), np.uint16, 0, 4095)
    data = codec.encode(frame, ratio=10, quality=50, usage="reference", bits_stored=12,
                        photometric="MONOCHROME1")
    h = codec.read_header(data)
    assert (h.ratio, h.quality, h.usage, h.photometric) == (10.0, 50.0, "reference", "MONOCHROME1")
    assert (h.rows, h.cols, h.bits_stored, h.signed, h.lossless) == (200, 150, 12, False, False)


# ------------------------------------------------------------------ bad input

@pytest.fixture(scope="module")
def container():
    frame = smooth_image((300, 260), np.uint16, 0, 4095)
    return codec.encode(frame, ratio=10, bits_stored=12)


def test_codec_error_is_a_radview_error():
    assert issubclass(CodecError, RadviewError)


def test_truncated_inside_a_level(container):
    h = codec.read_header(container)
    last = h.levels[-1]
    cut = container[:last.offset + last.length // 2]
    with pytest.raises(CodecError, match="truncated"):
        codec.decode(cut)
    with pytest.raises(CodecError, match="truncated"):
        codec.decode(cut, len(h.levels) - 1)
    assert codec.decode(cut, len(h.levels) - 2).shape == (h.levels[-2].rows, h.levels[-2].cols)
    with pytest.raises(CodecError):
        codec.read_header(container[:10])
    with pytest.raises(CodecError, match="truncated"):
        codec.read_header(container[:h.header_length - 1])


def test_wrong_magic(container):
    with pytest.raises(CodecError, match="not a radview"):
        codec.decode(b"XXXXXXXX" + container[8:])
    with pytest.raises(CodecError):
        codec.decode(b"")


def test_inconsistent_header(container):
    import json
    import struct
    import zlib

    h = codec.read_header(container)
    doc = json.loads(zlib.decompress(container[18:h.header_length], -15))
    for mutate in (lambda d: d["levels"][1].__setitem__(0, 999),
                   lambda d: d["levels"][1].__setitem__(2, d["levels"][1][2] + 1),
                   lambda d: d.update(rows=5),
                   lambda d: d.update(dtype="<f8"),
                   lambda d: d.pop("step")):
        bad = json.loads(json.dumps(doc))
        mutate(bad)
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = c.compress(json.dumps(bad, separators=(",", ":")).encode()) + c.flush()
        blob = struct.pack("<8sHII", b"RVWAVPYR", 2, len(body), zlib.crc32(body)) + body
        with pytest.raises(CodecError, match="inconsistent"):
            codec.read_header(blob + container[h.header_length:])
    # a header edited without fixing its checksum
    tampered = bytearray(container)
    tampered[30] ^= 0x01
    with pytest.raises(CodecError, match="corrupt"):
        codec.read_header(bytes(tampered))


def test_level_out_of_range(container):
    h = codec.read_header(container)
    for level in (-1, len(h.levels), 99, "1"):
        with pytest.raises(CodecError, match="out of range"):
            codec.decode(container, level)
        with pytest.raises(CodecError, match="out of range"):
            codec.prefix_length(h, level)


def test_flipped_byte_caught_by_level_checksum(container):
    h = codec.read_header(container)
    for lv in h.levels:
        bad = bytearray(container)
        bad[lv.offset + lv.length // 2] ^= 0x10
        with pytest.raises(CodecError, match=f"level {lv.index} is corrupt"):
            codec.decode(bytes(bad))


def test_bad_frames_rejected():
    with pytest.raises(CodecError, match="numpy"):
        codec.encode([[1, 2]], lossless=True)
    with pytest.raises(CodecError, match="pixel type"):
        codec.encode(np.zeros((4, 4), np.float32), lossless=True)
    with pytest.raises(CodecError, match="shape"):
        codec.encode(np.zeros((4, 4, 2), np.uint8), lossless=True)
    with pytest.raises(CodecError, match="exceed"):
        codec.encode(np.full((4, 4), 5000, np.uint16), lossless=True, bits_stored=12)
    with pytest.raises(CodecError, match="ratio"):
        codec.encode(np.zeros((4, 4), np.uint8))
    with pytest.raises(CodecError, match="ratio"):
        codec.encode(np.zeros((4, 4), np.uint8), ratio=0.5)
    with pytest.raises(CodecError, match="RGB"):
        codec.encode(np.zeros((4, 4), np.uint8), lossless=True, photometric="RGB")
