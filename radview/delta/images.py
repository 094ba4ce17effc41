"""What the delta works on: one instance's stored pixel values and its fit keys.

Only single-frame monochrome images with integer stored values take part; the
fit key is (modality, body region, rows x cols, pixel type) and is computed the
same way on both sides and by the standard set build.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from radview.errors import RadviewError

# BodyPartExamined values and description words that name the same region.
_REGION_WORDS = {
    "HEAD": ("HEAD", "BRAIN", "SKULL", "CRANIUM"),
    "CHEST": ("CHEST", "THORAX", "LUNG", "THOR"),
    "ABDOMEN": ("ABDOMEN", "ABD", "PELVIS", "ABDOMENPELVIS", "LIVER", "PANCREAS"),
    "KNEE": ("KNEE",),
    "BREAST": ("BREAST", "MAMMO"),
    "SPINE": ("SPINE", "CSPINE", "LSPINE", "TSPINE"),
    "EXTREMITY": ("EXTREMITY", "HAND", "FOOT", "TIBIA", "SHOULDER", "ANKLE", "WRIST"),
}
_WORD_TO_REGION = {w: region for region, words in _REGION_WORDS.items() for w in words}
UNSPECIFIED = "UNSPECIFIED"


class NotApplicable(RadviewError):
    """An instance the delta procedure does not apply to (colour, multi-frame, no pixels)."""


@dataclass(frozen=True)
class FitKey:
    modality: str
    region: str
    rows: int
    cols: int
    dtype: str  # numpy dtype code of the stored values, e.g. "i2"

    def describe(self) -> str:
        return f"{self.modality}/{self.region} {self.rows}x{self.cols} {self.dtype}"

    def as_dict(self) -> dict:
        return {"modality": self.modality, "region": self.region, "rows": self.rows,
                "cols": self.cols, "dtype": self.dtype}


def region_of(ds) -> str:
    """Body region from BodyPartExamined, else from the series/study descriptions."""
    texts = [str(ds.get("BodyPartExamined", "") or "")]
    texts += [str(ds.get(k, "") or "") for k in ("SeriesDescription", "StudyDescription",
                                                  "ProtocolName")]
    for text in texts:
        for word in re.split(r"[^A-Z]+", text.upper()):
            if word in _WORD_TO_REGION:
                return _WORD_TO_REGION[word]
    return UNSPECIFIED


def stored_pixels(ds) -> np.ndarray:
    """The stored values of a single-frame monochrome image as a 2-D integer array."""
    if "PixelData" not in ds:
        raise NotApplicable("has no pixel data")
    photometric = str(ds.get("PhotometricInterpretation", ""))
    if photometric not in ("MONOCHROME1", "MONOCHROME2"):
        raise NotApplicable(f"photometric interpretation {photometric or 'missing'} "
                            "(only monochrome images are sent)")
    if int(ds.get("NumberOfFrames", 1) or 1) != 1:
        raise NotApplicable("multi-frame image (only single frames are sent)")
    if int(ds.get("BitsAllocated", 0) or 0) not in (8, 16):
        raise NotApplicable(f"{ds.get('BitsAllocated')} bits allocated (8 or 16 are sent)")
    try:
        arr = ds.pixel_array
    except Exception as exc:  # noqa: BLE001 - any decoder failure is the same answer
        raise NotApplicable(f"pixel data cannot be decoded: {exc}") from None
    if arr.ndim != 2 or arr.dtype.kind not in "iu":
        raise NotApplicable(f"pixel array of shape {arr.shape} and type {arr.dtype}")
    return np.ascontiguousarray(_only_stored_bits(arr, int(ds.get("BitsStored", 0) or 0)))


def _only_stored_bits(arr: np.ndarray, bits: int) -> np.ndarray:
    """Bits above BitsStored cleared (signed: sign-extended): old overlays live there."""
    width = arr.dtype.itemsize * 8
    if not 0 < bits < width:
        return arr
    if arr.dtype.kind == "u":
        return arr & arr.dtype.type((1 << bits) - 1)
    shift = width - bits
    return (arr << shift) >> shift


def fit_key(ds, pixels: np.ndarray) -> FitKey:
    return FitKey(str(ds.get("Modality", "") or "OT").upper(), region_of(ds),
                  int(pixels.shape[0]), int(pixels.shape[1]),
                  f"{pixels.dtype.kind}{pixels.dtype.itemsize}")


def pixel_bytes(pixels: np.ndarray) -> bytes:
    """The canonical bytes of stored values (little endian), the ones hashed."""
    return pixels.astype(pixels.dtype.newbyteorder("<"), copy=False).tobytes()


def pixel_sha256(pixels: np.ndarray) -> str:
    return hashlib.sha256(pixel_bytes(pixels)).hexdigest()


def similarity(image: np.ndarray, standard: np.ndarray) -> float:
    """Pearson correlation of 4x4 block means, clipped to 0..1 (1 = same structure).

    Block means make the score insensitive to noise; correlation makes it
    insensitive to a global offset or gain, which the lossless delta absorbs.
    """
    a, b = _blocks(image), _blocks(standard)
    a -= a.mean()
    b -= b.mean()
    denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
    if denom == 0.0:
        return 1.0 if not a.any() and not b.any() else 0.0
    return max(0.0, float((a * b).sum()) / denom)


def _blocks(image: np.ndarray, k: int = 4) -> np.ndarray:
    r, c = (image.shape[0] // k) * k, (image.shape[1] // k) * k
    if r == 0 or c == 0:
        return image.astype(np.float64)
    return image[:r, :c].astype(np.float64).reshape(r // k, k, c // k, k).mean(axis=(1, 3))
