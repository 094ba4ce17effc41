"""HTJ2K versions: lossless round trips, addressable levels, standard readability, bad input."""

from __future__ import annotations

import functools

import imagecodecs
import numpy as np
import openjpeg
import pydicom
import pytest

from radview import codec
from radview.codec import CodecError, htj2k
from radview.resources.sample_images import pydicom_data_file


@functools.lru_cache(maxsize=None)
def real(name: str):
    ds = pydicom.dcmread(pydicom_data_file(name))
    return ds.pixel_array, int(ds.BitsStored), str(ds.PhotometricInterpretation)


def psnr(ref, test) -> float:
    ref = ref.astype(np.float64)
    span = float(ref.max() - ref.min())
    return 10 * np.log10(span ** 2 / np.mean((ref - test.astype(np.float64)) ** 2))


@pytest.mark.parametrize("shape, dtype, bits", [
    ((1, 1), np.uint8, 8), ((3, 5), np.uint16, 12), ((9, 1), np.int16, 16),
    ((130, 257), np.int16, 13), ((64, 64), np.int8, 8), ((300, 129), np.uint16, 16),
    ((40, 50, 3), np.uint8, 8),
])
def test_lossless_round_trip_is_bit_exact(shape, dtype, bits):
    info = np.iinfo(dtype)
    lo = -(1 << (bits - 1)) if info.min < 0 else 0
    hi = (1 << (bits - 1)) - 1 if info.min < 0 else (1 << bits) - 1
    frame = np.random.default_rng(3).integers(lo, hi, shape, endpoint=True).astype(dtype)
    photometric = "RGB" if len(shape) == 3 else "MONOCHROME2"
    data = codec.encode(frame, lossless=True, bits_stored=bits, encoding="htj2k",
                        photometric=photometric)
    back = codec.decode(data)
    assert back.dtype == frame.dtype and np.array_equal(back, frame)
    h = codec.read_header(data)
    assert h.encoding == "htj2k" and h.lossless and h.bits_stored == bits
    assert htj2k.transfer_syntax(h) == "1.2.840.10008.1.2.4.202"


def test_real_ct_lossless_is_a_standard_codestream():
    arr, bits, _ = real("693_UNCR.dcm")
    data = codec.encode(arr, lossless=True, bits_stored=bits, encoding="htj2k")
    # other decoders read it as is: OpenJPH directly and openjpeg (what DICOM viewers use)
    assert np.array_equal(imagecodecs.htj2k_decode(data), arr)
    assert np.array_equal(openjpeg.decode(data), arr)


@pytest.mark.parametrize("name", ["693_UNCR.dcm", "US1_UNCR.dcm"])
def test_lossy_levels_are_addressable_prefixes(name):
    arr, bits, photometric = real(name)
    if arr.ndim == 3 and arr.shape[-1] != 3:
        arr = arr[0]
    data = codec.encode(arr, ratio=20, bits_stored=bits, photometric=photometric,
                        encoding="htj2k", quality=50, usage="reference")
    h = codec.read_header(data)
    assert not h.lossless and h.quality == 50 and h.usage == "reference"
    assert abs(h.achieved_ratio / 20 - 1) <= 0.05
    assert htj2k.transfer_syntax(h) == "1.2.840.10008.1.2.4.203"
    assert max(h.levels[0].rows, h.levels[0].cols) <= 128
    assert codec.prefix_length(h, len(h.levels) - 1) == len(data)
    full = codec.decode(data)
    assert full.shape == arr.shape and full.dtype == arr.dtype
    assert psnr(arr, full) > 30
    # the header alone is enough to plan the fetch
    assert codec.read_header(data[:h.header_length]).levels == h.levels
    for lv in h.levels:
        prefix = data[:codec.prefix_length(h, lv.index)]
        img = codec.decode(prefix, lv.index)
        assert img.shape[:2] == (lv.rows, lv.cols)
        assert np.array_equal(img, codec.decode(data, lv.index))  # same as a reduced decode
    # a coarse level resembles the image shrunk to that size
    coarse = codec.decode(data, 0).astype(np.float64)
    f = arr.shape[0] // coarse.shape[0]
    small = arr[:coarse.shape[0] * f, :coarse.shape[1] * f].astype(np.float64)
    small = small.reshape(coarse.shape[0], f, coarse.shape[1], f, *arr.shape[2:]).mean(axis=(1, 3))
    assert psnr(small, coarse) > 18  # a wrong DC gain or offset gives < 10 dB


def test_lossy_keeps_values_in_range_at_the_extremes():
    # a saturated edge overshoots in the decoder; it must clip, not wrap around
    frame = np.zeros((64, 64), np.uint8)
    frame[:, 32:] = 255
    out = codec.decode(codec.encode(frame, ratio=30, encoding="htj2k", bits_stored=8))
    assert out[:, :28].max() < 64 and out[:, 36:].min() > 192


def test_bad_input_is_refused_clearly():
    arr, bits, _ = real("693_UNCR.dcm")
    data = codec.encode(arr, ratio=10, bits_stored=bits, encoding="htj2k")
    h = codec.read_header(data)
    with pytest.raises(CodecError, match="unknown encoding"):
        codec.encode(arr, lossless=True, encoding="jpeg9")
    with pytest.raises(CodecError, match="truncated"):
        codec.decode(data[:h.header_length - 3])
    with pytest.raises(CodecError, match="truncated inside level 1"):
        codec.decode(data[:codec.prefix_length(h, 1) - 1], 1)
    with pytest.raises(CodecError, match="out of range"):
        codec.decode(data, len(h.levels))
    broken = bytearray(data)
    broken[h.levels[1].offset + 40] ^= 0x5A
    with pytest.raises(CodecError, match="level 1 is corrupt"):
        codec.decode(bytes(broken))
    assert codec.decode(bytes(broken), 0).shape == (128, 128)  # earlier levels still decode
    broken = bytearray(data)
    broken[8] ^= 0x01  # inside SIZ: the image size
    with pytest.raises(CodecError, match="main header is corrupt"):
        codec.read_header(bytes(broken))
    foreign = imagecodecs.htj2k_encode(arr, reversible=True)
    with pytest.raises(CodecError, match="without a radview level table"):
        codec.decode(foreign)


@pytest.mark.parametrize("dtype, bits", [(np.uint16, 16), (np.int16, 16), (np.uint16, 12),
                                         (np.int8, 8), (np.uint8, 8)])
def test_lossy_every_sample_type_round_trips_closely(dtype, bits):
    # 16-bit data takes the shifted path, 8-bit data the widened one
    info = np.iinfo(dtype)
    lo = -(1 << (bits - 1)) if info.min < 0 else 0
    hi = (1 << (bits - 1)) - 1 if info.min < 0 else (1 << bits) - 1
    r, c = np.mgrid[0:200, 0:150]
    frame = (lo + (hi - lo) * (0.5 + 0.5 * np.sin(r / 9.0) * np.cos(c / 7.0))).astype(dtype)
    data = codec.encode(frame, ratio=8, bits_stored=bits, encoding="htj2k")
    out = codec.decode(data)
    assert out.dtype == frame.dtype and out.shape == frame.shape
    assert psnr(frame, out) > 35
    assert int(out.min()) >= lo and int(out.max()) <= hi
