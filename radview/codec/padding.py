"""Pixel padding: pixels outside the image proper (PS3.3 C.7.5.1.1.2), coded as a mask.

A CT's circular field of view is often surrounded by a padding value (-2000,
-3024 ...) far below air; the step from padding to air around the circle costs a
wavelet coder many bits although DICOM defines those pixels as not part of the
image. Before coding, the padding pixels are replaced by one constant (the median
of the image pixels bordering them, so the edge disappears) and a compact mask
travels in the version's header; decoding puts the padding value back at every
level. Only pixels equal to one value (``value``) are masked, so lossless versions
stay bit-exact.

Mask of a coarser level: a level pixel stands for a block of 2**s x 2**s full
pixels (s = halvings from the full image; blocks at the right/bottom edge are
cut off by the image); it is padding when *every* full pixel of its block is
padding. A block mixing image and padding pixels shows the coded (filled) value,
i.e. image content, never the padding value.

Mask bytes (``mask-rows-2``): per row, the columns where the mask toggles (the
row starts outside padding); a row with as many toggles as the two rows above
codes ``0`` then each toggle's second difference ``t - 2 t' + t''``; as many as
the row above: ``1`` then first differences; otherwise ``n + 2`` then the gaps
between toggles. Unsigned LEB128 varints (signed values zig-zag), the whole raw
deflated. A 512x512 CT's circle costs ~150 bytes.
"""

from __future__ import annotations

import base64
import zlib
from dataclasses import dataclass

import numpy as np
from numba import njit

from radview.codec.container import CodecError

MASK_CODING = "mask-rows-2"


MAX_MASK_CHARS = 16384  # a mask costlier than this (noise, not a field of view) is not used


@dataclass(frozen=True)
class Padding:
    """The padding of one coded frame: the value restored and the full-size mask."""

    value: int
    mask: np.ndarray  # bool (rows, cols)
    coded: str = ""   # the mask bytes as the header carries them (base64)

    @property
    def count(self) -> int:
        return int(self.mask.sum())


# ----------------------------------------------------------------- the caller's argument

def padding_range(padding, dtype: np.dtype, samples: int) -> tuple[int, int] | None:
    """The caller's ``padding`` -> inclusive (lo, hi) of padding values, or None.

    ``padding`` is the Pixel Padding Value as an int, or ``(value, range_limit)``
    with the Pixel Padding Range Limit (either order; the range between them,
    inclusive, is padding), in stored pixel values of the frame's signedness
    (``dataset_padding`` turns the DICOM attributes into this)."""
    if padding is None:
        return None
    values = padding if isinstance(padding, (tuple, list)) else (padding,)
    if not 1 <= len(values) <= 2:
        raise CodecError(f"padding must be a value or (value, range limit), got {padding!r}")
    out = []
    for v in values:
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
            raise CodecError(f"padding values must be integers (stored pixel values), got {v!r}")
        out.append(int(v))
    if samples != 1:
        raise CodecError("pixel padding applies to grayscale frames only "
                         "(PS3.3 C.7.5.1.1.2); this frame has 3 samples")
    info = np.iinfo(dtype)
    for v in out:
        if not info.min <= v <= info.max:
            raise CodecError(f"padding value {v} cannot occur in {np.dtype(dtype).name} pixels "
                             f"({info.min}..{info.max}); a signed padding value needs a signed "
                             "frame (see dataset_padding)")
    return min(out), max(out)


def find(frame: np.ndarray, rng: tuple[int, int] | None) -> Padding | None:
    """The padding to code: pixels equal to the most frequent value in ``rng`` (ties: the
    smallest). Other in-range values (a Range Limit spanning several values) are coded as
    they are, so decoding stays exact. None when no pixel is in range."""
    if rng is None:
        return None
    lo, hi = rng
    inr = (frame >= lo) & (frame <= hi)
    if not inr.any():
        return None
    vals, counts = np.unique(frame[inr], return_counts=True)
    value = int(vals[int(np.argmax(counts))])
    mask = frame == value
    coded = base64.b64encode(encode_mask(mask)).decode("ascii")
    if len(coded) > MAX_MASK_CHARS:
        return None
    return Padding(value, mask, coded)


def fill_value(frame: np.ndarray, mask: np.ndarray) -> int:
    """Median (the lower one for an even count) of the image pixels 4-adjacent to padding;
    the padding value itself when the frame is all padding."""
    near = np.zeros_like(mask)
    near[1:] |= mask[:-1]
    near[:-1] |= mask[1:]
    near[:, 1:] |= mask[:, :-1]
    near[:, :-1] |= mask[:, 1:]
    edge = frame[near & ~mask]
    if edge.size == 0:
        return int(frame[mask][0])
    return int(np.partition(edge, (edge.size - 1) // 2)[(edge.size - 1) // 2])


def filled(frame: np.ndarray, pad: Padding) -> np.ndarray:
    out = frame.copy()
    out[pad.mask] = fill_value(frame, pad.mask)
    return out


# ----------------------------------------------------------------- levels

def level_mask(mask: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """The mask of a level of ``rows x cols``: 2x2 AND reductions (edge blocks AND over the
    pixels they have) until the size matches."""
    while mask.shape != (rows, cols):
        r, c = mask.shape
        if r <= rows and c <= cols:
            raise CodecError(f"padding mask {r}x{c} does not reduce to a {rows}x{cols} level")
        R, C = -(-r // 2), -(-c // 2)
        pad = np.ones((2 * R, 2 * C), bool)
        pad[:r, :c] = mask
        mask = pad.reshape(R, 2, C, 2).all(axis=(1, 3))
    return mask


def restore(image: np.ndarray, pad: Padding) -> np.ndarray:
    """Put the padding value back into a decoded level (any level size)."""
    m = level_mask(pad.mask, image.shape[0], image.shape[1])
    if not image.flags.writeable:
        image = image.copy()
    np.copyto(image, image.dtype.type(pad.value), where=m)
    return image


# ----------------------------------------------------------------- mask bytes

def _varint(out: bytearray, v: int) -> None:
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)


def _zz(v: int) -> int:
    return v << 1 if v >= 0 else ((-v) << 1) - 1


def _unzz(u: int) -> int:
    return u >> 1 if not u & 1 else -((u + 1) >> 1)


def encode_mask(mask: np.ndarray) -> bytes:
    out = bytearray()
    prev: list[int] = []
    prev2: list[int] | None = None
    edges = np.diff(np.pad(mask.astype(np.int8), ((0, 0), (1, 0))), axis=1)
    for row in edges:
        t = np.flatnonzero(row).tolist()
        if prev2 is not None and len(t) == len(prev) == len(prev2):
            out.append(0)
            for x, p, q in zip(t, prev, prev2):
                _varint(out, _zz(x - 2 * p + q))
        elif len(t) == len(prev):
            out.append(1)
            for x, p in zip(t, prev):
                _varint(out, _zz(x - p))
        else:
            _varint(out, len(t) + 2)
            last = 0
            for x in t:
                _varint(out, x - last)
                last = x
        prev2, prev = prev, t
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(bytes(out)) + c.flush()


_ERRORS = {1: "mask ends before row {row} of {rows}", 2: "varint too long in row {row}",
           3: "row {row} refers to rows it cannot use",
           4: "row {row} toggles outside 0..{last} or unordered",
           5: "{left} bytes left after {rows} rows (a mask of another geometry?)"}


@njit(cache=True)
def _read_varint(raw, pos: int, n: int):
    """One LEB128 value at ``pos``: (error code: 0 / 1 truncated / 2 too long, value, pos)."""
    v = np.int64(0)
    shift = 0
    while True:
        if pos >= n:
            return 1, v, pos
        byte = raw[pos]
        pos += 1
        v |= np.int64(byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return 0, v, pos
        if shift > 35:
            return 2, v, pos


@njit(cache=True)
def _decode_rows(raw, rows: int, cols: int, mask):
    """The row runs of ``raw`` into ``mask`` (rows, cols); returns (error code, row or the
    number of padding pixels when all went well, pos).
    A kernel: clients decode a mask with every frame they show."""
    n = raw.shape[0]
    pos = 0
    cap = cols + 2  # a row has at most cols toggles
    prev = np.zeros(cap, np.int64)
    prev2 = np.zeros(cap, np.int64)
    cur = np.zeros(cap, np.int64)
    n1 = 0
    n2 = -1  # no row two above yet
    total = 0
    for r in range(rows):
        # kind
        err, kind, pos = _read_varint(raw, pos, n)
        if err:
            return err, r, pos
        if kind == 0 and (n2 < 0 or n1 != n2):
            return 3, r, pos
        count = n1 if kind <= 1 else kind - 2
        if count > cols:
            return 4, r, pos
        last = 0
        for i in range(count):
            err, v, pos = _read_varint(raw, pos, n)
            if err:
                return err, r, pos
            if kind <= 1:
                d = v >> 1 if not v & 1 else -((v + 1) >> 1)
                t = (2 * prev[i] - prev2[i] + d) if kind == 0 else (prev[i] + d)
            else:
                last += v
                t = last
            if t < 0 or t >= cols or (i > 0 and t <= cur[i - 1]):
                return 4, r, pos
            cur[i] = t
        for i in range(0, count, 2):
            end = cur[i + 1] if i + 1 < count else cols
            total += end - cur[i]
            for c in range(cur[i], end):
                mask[r, c] = True
        for i in range(count):
            prev2[i] = prev[i]
            prev[i] = cur[i]
        n2 = n1
        n1 = count
    if pos != n:
        return 5, rows, pos
    return 0, total, pos


def _decode_counted(data: bytes, rows: int, cols: int) -> tuple[np.ndarray, int]:
    def bad(why: str) -> CodecError:
        return CodecError(f"padding mask is inconsistent: {why}")

    try:
        d = zlib.decompressobj(-15)
        raw = d.decompress(data, rows * cols * 4 + 64)
        if d.unconsumed_tail or not d.eof:
            raise bad("mask bytes are truncated or too long for the image")
    except zlib.error as exc:
        raise bad(str(exc)) from None
    mask = np.zeros((rows, cols), np.bool_)
    err, row, pos = _decode_rows(np.frombuffer(raw, np.uint8), rows, cols, mask)
    if err:
        raise bad(_ERRORS[err].format(row=row, rows=rows, last=cols - 1, left=len(raw) - pos))
    return mask, row


def decode_mask(data: bytes, rows: int, cols: int) -> np.ndarray:
    """Mask bytes -> the (rows, cols) boolean mask; CodecError unless they fit exactly."""
    return _decode_counted(data, rows, cols)[0]


# ----------------------------------------------------------------- header field

def to_json(pad: Padding) -> dict:
    coded = pad.coded or base64.b64encode(encode_mask(pad.mask)).decode("ascii")
    return {"value": pad.value, "count": pad.count, "coding": MASK_CODING, "mask": coded}


def attach(header):
    """Decode a header's stored padding field into ``header.padding`` (CodecError when it
    does not fit the image); returns the header."""
    if header.padding_doc is not None and header.padding is None:
        header.padding = from_json(header.padding_doc, header.rows, header.cols,
                                   header.bits_stored, header.signed)
    return header


def from_json(doc, rows: int, cols: int, bits: int, signed: bool) -> Padding:
    """The header's ``padding`` field -> Padding; CodecError when it does not fit the image."""
    try:
        value, count, coding = int(doc["value"]), int(doc["count"]), str(doc["coding"])
        data = base64.b64decode(str(doc["mask"]).encode("ascii"), validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise CodecError(f"padding field of the header is malformed: {exc}") from None
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not lo <= value <= hi:
        raise CodecError(f"padding value {value} outside the {bits}-bit "
                         f"{'signed' if signed else 'unsigned'} range of the image")
    if coding != MASK_CODING:
        raise CodecError(f"padding mask coding {coding!r} unknown (this build reads {MASK_CODING!r})")
    mask, pixels = _decode_counted(data, rows, cols)
    if pixels != count:
        raise CodecError(f"padding mask is inconsistent: {pixels} pixels, "
                         f"the header says {count}")
    return Padding(value, mask, str(doc["mask"]))


# ----------------------------------------------------------------- from a DICOM dataset

def dataset_padding(ds) -> int | tuple[int, int] | None:
    """Pixel Padding Value (and Range Limit) of a dataset as stored pixel values of the
    pixel data's signedness, for ``encode(padding=...)``; None when absent or not grayscale.

    Both attributes are US or SS by Pixel Representation (PS3.3 C.7.5.1.1.2); a value
    read as unsigned from a signed image (e.g. 63536 for -2000) is the 16-bit two's
    complement and is turned back into the signed value."""
    if "PixelPaddingValue" not in ds:
        return None
    if not str(ds.get("PhotometricInterpretation", "MONOCHROME2")).startswith("MONOCHROME"):
        return None
    signed = int(ds.get("PixelRepresentation", 0) or 0) == 1

    def value(keyword):
        raw = ds[keyword].value
        if isinstance(raw, (bytes, bytearray)):  # VR left as OB/UN: two bytes, file order
            little = getattr(ds, "is_little_endian", True) is not False
            raw = int.from_bytes(bytes(raw[:2]), "little" if little else "big", signed=signed)
        if isinstance(raw, (list, tuple)) or raw is None or raw == "":
            raise CodecError(f"{keyword} {raw!r} is not a single value")
        v = int(raw)
        if signed and v >= 1 << 15:
            v -= 1 << 16
        if not signed and v < 0:
            v += 1 << 16
        return v

    v = value("PixelPaddingValue")
    if "PixelPaddingRangeLimit" in ds and ds["PixelPaddingRangeLimit"].value not in (None, ""):
        return v, value("PixelPaddingRangeLimit")
    return v


# CT numbers: nothing in a patient or the air around one is below about -1024 HU
# (scanners clip reconstructions there); padding is written far below it.
DETECT_MAX_HU = -1100.0
DETECT_MIN_FRACTION = 0.01


def detect(ds, frames: np.ndarray) -> int | None:
    """Padding of a CT that does not declare Pixel Padding Value, or None. Conservative:

    - Modality CT, grayscale, with a Rescale Slope > 0 (HU = stored x slope + intercept);
    - the candidate is the smallest stored value of all frames, and it is at or below
      -1100 HU (below air and below what scanners reconstruct);
    - every other pixel is above -1100 HU (the candidate is a lone constant, not the
      tail of a distribution), it covers >= 1 % of the pixels and it reaches the
      border of a frame (padding lies outside the field of view).

    Whatever it finds, the masked pixels hold exactly that value, so a lossless version
    stays bit-exact and a lossy one restores them exactly."""
    if str(ds.get("Modality", "")).upper() != "CT" or frames.size == 0:
        return None
    if not str(ds.get("PhotometricInterpretation", "MONOCHROME2")).startswith("MONOCHROME"):
        return None
    try:
        slope = float(ds.get("RescaleSlope", 1) or 1)
        intercept = float(ds.get("RescaleIntercept", 0) or 0)
    except (TypeError, ValueError):
        return None
    if frames.ndim == 2:
        frames = frames[None]
    if frames.ndim != 3 or slope <= 0:
        return None
    low = frames.min()
    if low * slope + intercept > DETECT_MAX_HU:
        return None
    is_low = frames == low
    limit = (DETECT_MAX_HU - intercept) / slope  # stored value of -1100 HU
    if (frames[~is_low] <= limit).any():
        return None
    if is_low.mean() < DETECT_MIN_FRACTION:
        return None
    border = (is_low[:, 0, :].any() or is_low[:, -1, :].any() or is_low[:, :, 0].any()
              or is_low[:, :, -1].any())
    return int(low) if border else None


def padding_of(ds, frames: np.ndarray) -> int | tuple[int, int] | None:
    """What the server passes to ``encode``: the declared padding, else a detected one."""
    declared = dataset_padding(ds)
    return declared if declared is not None else detect(ds, frames)
