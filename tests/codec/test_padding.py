"""Pixel padding coded as a mask: exact lossless, restored at every level, bad input, detection."""

from __future__ import annotations

import base64
import functools
import json
import struct
import zlib

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset

from radview import codec
from radview.codec import CodecError, container, htj2k, padding
from radview.resources.sample_images import pydicom_data_file

ENCODINGS = ("wavelet", "htj2k")


@functools.lru_cache(maxsize=None)
def ct():
    ds = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    return ds, ds.pixel_array


def fov_frame(rows=150, cols=170, value=-2000, seed=0):
    """A synthetic CT slice: noisy tissue in a circle, the padding value outside it."""
    rng = np.random.default_rng(seed)
    r, c = np.mgrid[0:rows, 0:cols]
    inside = (r - rows / 2) ** 2 + (c - cols / 2) ** 2 < (0.45 * min(rows, cols)) ** 2
    img = 40 + 300 * np.sin(r / 9.0) * np.cos(c / 13.0) + rng.normal(0, 8, (rows, cols))
    return np.where(inside, np.rint(img), value).astype(np.int16)


def block_and(mask, s):
    """Reference coarse mask: a level pixel is padding if all its 2**s x 2**s block is."""
    b = 1 << s
    R, C = -(-mask.shape[0] // b), -(-mask.shape[1] // b)
    return np.array([[mask[i * b:(i + 1) * b, j * b:(j + 1) * b].all() for j in range(C)]
                     for i in range(R)])


# ------------------------------------------------------------------ round trips

@pytest.mark.parametrize("encoding", ENCODINGS)
def test_real_ct_lossless_with_padding_is_exact_and_smaller(encoding):
    ds, arr = ct()
    plain = codec.encode(arr, lossless=True, bits_stored=14, encoding=encoding)
    data = codec.encode(arr, lossless=True, bits_stored=14, encoding=encoding,
                        padding=padding.dataset_padding(ds))
    assert np.array_equal(codec.decode(data), arr)
    h = codec.read_header(data)
    assert h.padding.value == -2000 and np.array_equal(h.padding.mask, arr == -2000)
    assert h.coding.endswith("+padding")
    assert len(data) < len(plain)  # the step around the field of view is gone (mask included)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_lossy_prefix_levels_restore_padding(encoding):
    frame = fov_frame(300, 270)
    data = codec.encode(frame, ratio=12, bits_stored=16, encoding=encoding, padding=-2000)
    h = codec.read_header(data)
    assert len(h.levels) == 3 and abs(h.achieved_ratio / 12 - 1) <= 0.05
    full = frame == -2000
    for k, lv in enumerate(h.levels):
        img = codec.decode(data[:codec.prefix_length(h, k)], k)
        expect = block_and(full, len(h.levels) - 1 - k)
        assert np.array_equal(padding.level_mask(full, lv.rows, lv.cols), expect)
        assert np.all(img[expect] == -2000)
        # a block mixing image and padding shows image content (the fill), not padding
        assert np.all(img[~expect] > -1500)
    assert np.array_equal(codec.decode(data) == -2000, full)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_lossy_padding_improves_the_image_at_equal_bytes(encoding):
    ds, arr = ct()
    inside = arr != -2000
    out = {}
    for pad in (None, -2000):
        data = codec.encode(arr, ratio=20, bits_stored=14, encoding=encoding, padding=pad)
        back = codec.decode(data)
        out[pad] = (len(data), float(np.mean((back[inside].astype(float) - arr[inside]) ** 2)))
    assert out[-2000][0] <= out[None][0] * 1.03  # the mask is inside the byte budget
    assert out[-2000][1] < out[None][1]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("lossless", [True, False])
def test_frame_without_padding_pixels_codes_as_before(encoding, lossless):
    frame = fov_frame(value=-1000)  # no pixel is -2000
    kw = {"lossless": True} if lossless else {"ratio": 10}
    plain = codec.encode(frame, bits_stored=16, encoding=encoding, **kw)
    assert codec.encode(frame, bits_stored=16, encoding=encoding, padding=-2000, **kw) == plain
    h = codec.read_header(plain)
    assert h.padding is None and h.coding in ("ctx-rans-2", "htj2k-rpcl-1")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_range_limit_masks_one_value_and_stays_exact(encoding):
    frame = fov_frame(100, 90)
    frame[:3, :] = -2500  # another value inside the padding range (fewer pixels)
    data = codec.encode(frame, lossless=True, bits_stored=16, encoding=encoding,
                        padding=(-2000, -3000))  # either order
    assert np.array_equal(codec.decode(data), frame)
    h = codec.read_header(data)
    assert h.padding.value == -2000 and np.array_equal(h.padding.mask, frame == -2000)


def test_unsigned_frame_and_all_padding_frame():
    frame = np.full((40, 30), 7, np.uint16)
    frame[10:20, 5:25] = 900
    for encoding in ENCODINGS:
        data = codec.encode(frame, lossless=True, bits_stored=12, encoding=encoding, padding=7)
        assert np.array_equal(codec.decode(data), frame)
        whole = np.zeros((9, 9), np.uint8)
        data = codec.encode(whole, ratio=3, encoding=encoding, padding=0)
        assert np.array_equal(codec.decode(data), whole)


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("bad, match", [
    ("-2000", "integers"), (1.5, "integers"), (True, "integers"), ((1, 2, 3), "value or"),
    ((), "value or"), (-40000, "cannot occur"), (40000, "cannot occur"),
])
def test_bad_padding_argument(bad, match):
    with pytest.raises(CodecError, match=match):
        codec.encode(fov_frame(20, 20), lossless=True, padding=bad)


def test_padding_on_unsigned_and_colour_frames_is_refused():
    with pytest.raises(CodecError, match="signed padding value needs a signed frame"):
        codec.encode(np.zeros((8, 8), np.uint16), lossless=True, padding=-2000)
    with pytest.raises(CodecError, match="grayscale"):
        codec.encode(np.zeros((8, 8, 3), np.uint8), lossless=True, photometric="RGB", padding=0)


def _wavelet_with_doc(data: bytes, edit) -> bytes:
    """Re-pack a wavelet container with its header document edited (a valid CRC)."""
    _, version, n, _ = struct.unpack_from("<8sHII", data)
    doc = json.loads(zlib.decompress(data[18:18 + n], -15))
    edit(doc)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = c.compress(json.dumps(doc, separators=(",", ":")).encode()) + c.flush()
    return struct.pack("<8sHII", container.MAGIC, version, len(body), zlib.crc32(body)) \
        + body + data[18 + n:]


def _htj2k_with_doc(data: bytes, edit) -> bytes:
    segs, first_sot = htj2k._segments(data)
    (m, s, e) = segs[-1]
    doc = json.loads(data[s + 6 + 8:e])
    edit(doc)
    body = b"radview:" + json.dumps(doc, separators=(",", ":")).encode()
    return data[:s] + struct.pack(">HHH", 0xFF64, 4 + len(body), 1) + body + data[e:]


def _other_mask(doc):  # a mask made for an image one row shorter
    mask = padding.decode_mask(base64.b64decode(doc["padding"]["mask"]), 150, 170)[1:]
    doc["padding"]["mask"] = base64.b64encode(padding.encode_mask(mask)).decode()


def _wider_mask(doc):
    mask = np.zeros((150, 200), bool)
    mask[:, 180:] = True
    doc["padding"]["mask"] = base64.b64encode(padding.encode_mask(mask)).decode()


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("edit, match", [
    (_other_mask, "padding mask is inconsistent"),
    (_wider_mask, "outside 0..169"),
    (lambda d: d["padding"].update(count=d["padding"]["count"] + 1), "the header says"),
    (lambda d: d["padding"].update(value=40000), "outside the 16-bit"),
    (lambda d: d["padding"].update(coding="mask-rows-9"), "unknown"),
    (lambda d: d["padding"].update(mask="not base64 ~~~"), "malformed|inconsistent"),
    (lambda d: d["padding"].pop("value"), "malformed"),
])
def test_tampered_padding_header_is_refused(encoding, edit, match):
    data = codec.encode(fov_frame(), lossless=True, encoding=encoding, padding=-2000)
    retouch = _wavelet_with_doc if encoding == "wavelet" else _htj2k_with_doc
    assert np.array_equal(codec.decode(retouch(data, lambda d: None)), fov_frame())
    with pytest.raises(CodecError, match=match):
        codec.decode(retouch(data, edit))


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_padded_coding_without_mask_and_mask_without_coding_are_refused(encoding):
    retouch = _wavelet_with_doc if encoding == "wavelet" else _htj2k_with_doc
    padded = codec.encode(fov_frame(), lossless=True, encoding=encoding, padding=-2000)
    with pytest.raises(CodecError, match="without a padding mask"):
        codec.decode(retouch(padded, lambda d: d.pop("padding")))
    plain = codec.encode(fov_frame(), lossless=True, encoding=encoding)
    mask = json.loads(json.dumps(codec.read_header(padded).padding.coded))
    with pytest.raises(CodecError, match="with a padding mask"):
        codec.decode(retouch(plain, lambda d: d.update(padding={
            "value": -2000, "count": int((fov_frame() == -2000).sum()),
            "coding": padding.MASK_CODING, "mask": mask})))


# ------------------------------------------------------------------ the mask itself

def test_mask_bytes_round_trip_and_are_compact():
    rng = np.random.default_rng(5)
    for shape in [(1, 1), (1, 9), (7, 1), (33, 65), (64, 64)]:
        for density in (0.0, 0.1, 0.5, 1.0):
            mask = rng.random(shape) < density
            assert np.array_equal(padding.decode_mask(padding.encode_mask(mask), *shape), mask)
    _, arr = ct()
    circle = arr == -2000
    coded = padding.encode_mask(circle)
    assert np.array_equal(padding.decode_mask(coded, 512, 512), circle)
    assert len(base64.b64encode(coded)) < 400  # vs ~1.1 KB for zlib'd packbits
    with pytest.raises(CodecError, match="inconsistent"):
        padding.decode_mask(coded, 511, 512)
    with pytest.raises(CodecError, match="inconsistent"):
        padding.decode_mask(coded[:-3], 512, 512)


def test_level_mask_is_the_block_and():
    rng = np.random.default_rng(1)
    mask = rng.random((37, 53)) < 0.8
    for s in range(4):
        r, c = -(-37 // (1 << s)), -(-53 // (1 << s))
        assert np.array_equal(padding.level_mask(mask, r, c), block_and(mask, s))
    with pytest.raises(CodecError):
        padding.level_mask(mask, 40, 53)


def test_noise_is_not_worth_a_mask():
    frame = np.random.default_rng(2).integers(0, 2, (300, 300)).astype(np.uint8)
    data = codec.encode(frame, lossless=True, padding=0)
    assert codec.read_header(data).padding is None  # mask too costly: coded as it is
    assert np.array_equal(codec.decode(data), frame)


# ------------------------------------------------------------------ from DICOM

def _ds(**kw):
    ds = Dataset()
    ds.PhotometricInterpretation = "MONOCHROME2"
    for k, v in kw.items():
        setattr(ds, k, v)
    return ds


def test_dataset_padding_reads_value_signedness_and_range():
    ds, _ = ct()
    assert padding.dataset_padding(ds) == -2000
    assert padding.dataset_padding(_ds(PixelRepresentation=1, PixelPaddingValue=63536)) == -2000
    assert padding.dataset_padding(_ds(PixelRepresentation=0, PixelPaddingValue=0)) == 0
    assert padding.dataset_padding(_ds(PixelRepresentation=1, PixelPaddingValue=-2000,
                                       PixelPaddingRangeLimit=-1500)) == (-2000, -1500)
    assert padding.dataset_padding(_ds(PixelRepresentation=1)) is None
    colour = _ds(PixelPaddingValue=0)
    colour.PhotometricInterpretation = "RGB"
    assert padding.dataset_padding(colour) is None


def _ct_ds(**kw):
    return _ds(Modality="CT", RescaleSlope=1, RescaleIntercept=-1024, PixelRepresentation=0, **kw)


def test_detection_finds_ct_padding_below_air():
    # unsigned series, intercept -3024: stored 0 = -3024 HU outside the field of view
    frames = np.stack([fov_frame(value=-3024, seed=i) + 3024 for i in range(2)]).astype(np.uint16)
    meta = dict(Modality="CT", RescaleSlope=1, RescaleIntercept=-3024)
    assert padding.detect(_ds(**meta), frames) == 0
    assert padding.padding_of(_ds(PixelRepresentation=0, **meta), frames) == 0
    # a declared Pixel Padding Value wins over detection
    assert padding.padding_of(_ds(PixelRepresentation=0, PixelPaddingValue=5, **meta), frames) == 5


def test_detection_stays_away_from_what_may_be_image():
    signed = fov_frame(value=-2000)  # HU = stored - 1024: padding at -3024 HU
    signed[signed != -2000] += 400  # tissue and air above -1100 HU
    ct_meta = dict(Modality="CT", RescaleSlope=1, RescaleIntercept=-1024)
    assert padding.detect(_ds(**ct_meta), signed) == -2000
    assert padding.detect(_ds(Modality="MR"), signed) is None  # CT only
    air = np.where(signed == -2000, 0, signed).astype(np.int16)  # 0 stored = -1024 HU: air
    assert padding.detect(_ds(**ct_meta), air) is None
    tail = signed.copy()
    tail[75, 85] = -1500  # another value below -1100 HU: a distribution, not a constant
    assert padding.detect(_ds(**ct_meta), tail) is None
    hole = np.full((100, 100), 40, np.int16)
    hole[40:60, 40:60] = -2000  # does not reach the border: not outside a field of view
    assert padding.detect(_ds(**ct_meta), hole) is None
    few = np.full((100, 100), 40, np.int16)
    few[0, :50] = -2000  # 0.5 % of the pixels
    assert padding.detect(_ds(**ct_meta), few) is None


def test_padded_ctx_rans_1_versions_still_decode(monkeypatch):
    """A padded wavelet version built before ctx-rans-2 keeps decoding, padding restored."""
    from radview.codec import api

    frame = fov_frame()
    monkeypatch.setattr(api, "ENCODE_V2", False)
    old = codec.encode(frame, lossless=True, bits_stored=16, padding=-2000)
    monkeypatch.setattr(api, "ENCODE_V2", True)
    assert codec.read_header(old).coding == "ctx-rans-1+padding"
    assert np.array_equal(codec.decode(old), frame)
    new = codec.encode(frame, lossless=True, bits_stored=16, padding=-2000)
    assert codec.read_header(new).coding == "ctx-rans-2+padding"
    assert np.array_equal(codec.decode(new), frame)
