"""Qt-free display pipeline: stored values -> modality LUT -> VOI -> presentation -> 8 bit.

Follows DICOM PS3.3 C.11 (grayscale transforms) and C.7.6.3.1 (colour).  The hot
path (window/level changes) never does float maths per pixel: a ``DisplayLUT`` is
precomputed over every possible stored value (256 or 65536 entries) and applied
with ``numpy.take``.  Only 32-bit and float pixel data take the per-pixel route.

Header information comes from a pydicom Dataset or a plain mapping of DICOM
keywords (what the workstation gets as JSON metadata) through ``DisplayInfo``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

import numpy as np

from radview.errors import RadviewError, UsageError

VOI_FUNCTIONS = ("LINEAR", "LINEAR_EXACT", "SIGMOID")
COLOR_PHOTOMETRICS = ("RGB", "YBR_FULL", "YBR_FULL_422", "PALETTE COLOR")
MONO_PHOTOMETRICS = ("MONOCHROME1", "MONOCHROME2")


@dataclass(frozen=True)
class Lut:
    """A DICOM LUT (Modality or VOI): descriptor + data."""

    first_mapped: int
    bits: int
    data: np.ndarray
    explanation: str = ""

    def lookup(self, values: np.ndarray) -> np.ndarray:
        """Input values below/above the mapped range take the first/last entry."""
        idx = np.rint(np.asarray(values, dtype=np.float64) - self.first_mapped)
        idx = np.clip(idx, 0, len(self.data) - 1).astype(np.intp)
        return self.data[idx]

    @property
    def out_max(self) -> int:
        return (1 << self.bits) - 1


@dataclass(frozen=True)
class Window:
    """A VOI window: centre, width and the VOI LUT Function it is used with."""

    center: float
    width: float
    function: str = "LINEAR"
    explanation: str = ""

    def __post_init__(self) -> None:
        fn = self.function.upper().replace(" ", "_")
        object.__setattr__(self, "function", fn)
        if fn not in VOI_FUNCTIONS:
            raise UsageError(f"unknown VOI LUT function {self.function!r} (use one of {VOI_FUNCTIONS})")
        if not np.isfinite(self.center) or not np.isfinite(self.width):
            raise UsageError(f"window centre/width must be numbers, got {self.center}/{self.width}")
        if self.width <= 0 or (fn == "LINEAR" and self.width < 1):
            raise UsageError(f"window width must be {'>= 1' if fn == 'LINEAR' else '> 0'}, got {self.width:g}")

    def label(self) -> str:
        return f"W {self.width:g} L {self.center:g}"


@dataclass(frozen=True)
class DisplayInfo:
    """What the pipeline needs from the header of one image."""

    rows: int
    cols: int
    photometric: str = "MONOCHROME2"
    samples_per_pixel: int = 1
    bits_allocated: int = 16
    bits_stored: int = 16
    pixel_representation: int = 0
    frames: int = 1
    rescale_slope: float = 1.0
    rescale_intercept: float = 0.0
    rescale_type: str = ""
    modality: str = ""
    modality_lut: Lut | None = None
    windows: tuple[Window, ...] = ()
    voi_luts: tuple[Lut, ...] = ()
    palette: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    palette_bits: int = 8

    @property
    def is_color(self) -> bool:
        return self.photometric in COLOR_PHOTOMETRICS or self.samples_per_pixel == 3

    @property
    def signed(self) -> bool:
        return self.pixel_representation == 1

    @property
    def stored_range(self) -> tuple[int, int]:
        bits = max(1, min(self.bits_stored, 32))
        if self.signed:
            return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        return 0, (1 << bits) - 1

    @classmethod
    def from_dataset(cls, ds: Any) -> "DisplayInfo":
        meta = {kw: ds.get(kw) for kw in _KEYWORDS if kw in ds}
        info = cls.from_mapping(meta)
        if info.photometric == "PALETTE COLOR":
            info = replace(info, palette=_palette_from_dataset(ds), palette_bits=_palette_bits(ds))
        return info

    @classmethod
    def from_mapping(cls, meta: Mapping[str, Any]) -> "DisplayInfo":
        """Build from DICOM keyword -> value (values as pydicom gives them or plain JSON)."""
        try:
            rows, cols = int(meta["Rows"]), int(meta["Columns"])
        except (KeyError, TypeError, ValueError):
            raise RadviewError("image header lacks valid Rows/Columns") from None
        if rows < 1 or cols < 1:
            raise RadviewError(f"image has no pixels ({rows} x {cols})")
        photometric = str(meta.get("PhotometricInterpretation") or "MONOCHROME2").strip().upper()
        spp = int(meta.get("SamplesPerPixel") or (3 if photometric in ("RGB", "YBR_FULL", "YBR_FULL_422") else 1))
        bits_alloc = int(meta.get("BitsAllocated") or 16)
        bits_stored = int(meta.get("BitsStored") or bits_alloc)
        slope = _float(meta.get("RescaleSlope"), 1.0)
        intercept = _float(meta.get("RescaleIntercept"), 0.0)
        mlut = None
        mseq = meta.get("ModalityLUTSequence")
        if mseq:
            mlut = _lut_from_item(mseq[0], signed_first=bool(int(meta.get("PixelRepresentation") or 0)))
        windows = _windows_from_meta(meta)
        voi_luts = tuple(_lut_from_item(item, signed_first=False) for item in (meta.get("VOILUTSequence") or ()))
        # every field by name (a keyword a line, like the hanging protocols' SeriesSummary:
        # a frozen record of many same-typed fields, where order would be easy to get wrong)
        return cls(
            rows=rows,
            cols=cols,
            photometric=photometric,
            samples_per_pixel=spp,
            bits_allocated=bits_alloc,
            bits_stored=bits_stored,
            pixel_representation=int(meta.get("PixelRepresentation") or 0),
            frames=int(meta.get("NumberOfFrames") or 1),
            rescale_slope=slope,
            rescale_intercept=intercept,
            rescale_type=str(meta.get("RescaleType") or ""),
            modality=str(meta.get("Modality") or ""),
            modality_lut=mlut,
            windows=windows,
            voi_luts=voi_luts,
        )

    @property
    def modality_units(self) -> str:
        """'HU' for CT rescaled values, the Rescale Type if given, else ''."""
        if self.rescale_type:
            return "HU" if self.rescale_type.upper() == "HU" else self.rescale_type
        return "HU" if self.modality == "CT" and self.modality_lut is None else ""


_KEYWORDS = (
    "Rows", "Columns", "PhotometricInterpretation", "SamplesPerPixel", "BitsAllocated",
    "BitsStored", "PixelRepresentation", "NumberOfFrames", "RescaleSlope", "RescaleIntercept",
    "RescaleType", "Modality", "ModalityLUTSequence", "WindowCenter", "WindowWidth",
    "WindowCenterWidthExplanation", "VOILUTFunction", "VOILUTSequence", "PlanarConfiguration",
)


def _float(value: Any, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise RadviewError(f"header value {value!r} is not a number") from None


def _as_list(value: Any) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
        return [value]
    return list(value)


def _windows_from_meta(meta: Mapping[str, Any]) -> tuple[Window, ...]:
    centers = _as_list(meta.get("WindowCenter"))
    widths = _as_list(meta.get("WindowWidth"))
    explanations = _as_list(meta.get("WindowCenterWidthExplanation"))
    function = str(meta.get("VOILUTFunction") or "LINEAR")
    out = []
    for i, (c, w) in enumerate(zip(centers, widths)):
        try:
            out.append(Window(float(c), float(w), function,
                              str(explanations[i]) if i < len(explanations) else ""))
        except (UsageError, TypeError, ValueError):
            continue  # an unusable header preset is skipped, not fatal
    return tuple(out)


def _item_get(item: Any, keyword: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(keyword)
    return item.get(keyword) if keyword in item else None


def _lut_from_item(item: Any, *, signed_first: bool) -> Lut:
    desc = _item_get(item, "LUTDescriptor")
    data = _item_get(item, "LUTData")
    if desc is None or data is None or len(desc) != 3:
        raise RadviewError("LUT item lacks a valid LUT Descriptor / LUT Data")
    entries, first, bits = (int(v) for v in desc)
    entries = entries or 65536  # 0 means 2^16 (PS3.3 C.11.1.1)
    if signed_first and first >= 32768:  # US descriptor holding a signed first value
        first -= 65536
    if isinstance(data, (bytes, bytearray)):
        arr = np.frombuffer(data, dtype="<u2" if bits > 8 else np.uint8)
    else:
        arr = np.asarray(_as_list(data), dtype=np.int64)
    if bits == 8 and arr.dtype == np.uint8 and len(arr) == 2 * entries:
        arr = np.frombuffer(arr.tobytes(), dtype="<u2")
    if bits not in range(8, 17):
        bits = 16 if int(arr.max(initial=0)) > 255 else 8
    if len(arr) < entries:
        raise RadviewError(f"LUT has {len(arr)} entries, descriptor says {entries}")
    return Lut(first, bits, arr[:entries].astype(np.int64),
               str(_item_get(item, "LUTExplanation") or ""))


def _palette_bits(ds: Any) -> int:
    desc = ds.get("RedPaletteColorLookupTableDescriptor")
    return int(desc[2]) if desc else 8


def _palette_from_dataset(ds: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The palette as three arrays indexed by stored value (pydicom expands segmented LUTs)."""
    from pydicom.pixels import apply_color_lut

    lo, hi = 0, (1 << min(int(ds.get("BitsStored") or 8), 16)) - 1
    try:
        rgb = apply_color_lut(np.arange(lo, hi + 1, dtype=np.uint16 if hi > 255 else np.uint8), ds)
    except Exception as exc:
        raise RadviewError(f"unusable palette colour LUT: {exc}") from None
    return rgb[:, 0], rgb[:, 1], rgb[:, 2]


# ---------------------------------------------------------------- grayscale maths

def modality_values(info: DisplayInfo, stored: np.ndarray) -> np.ndarray:
    """Stored values -> modality output (HU for CT), float64 or int64."""
    if info.modality_lut is not None:
        return info.modality_lut.lookup(stored)
    return np.asarray(stored, dtype=np.float64) * info.rescale_slope + info.rescale_intercept


def _modality_range(info: DisplayInfo) -> tuple[float, float]:
    if info.modality_lut is not None:
        data = info.modality_lut.data
        return float(data.min()), float(data.max())
    lo, hi = info.stored_range
    a, b = lo * info.rescale_slope + info.rescale_intercept, hi * info.rescale_slope + info.rescale_intercept
    return min(a, b), max(a, b)


def window_values(x: np.ndarray, window: Window) -> np.ndarray:
    """VOI window on modality values -> float in [0, 1] (PS3.3 C.11.2.1.2/3)."""
    x = np.asarray(x, dtype=np.float64)
    c, w = window.center, window.width
    if window.function == "LINEAR":
        y = (x - (c - 0.5)) / (w - 1) + 0.5 if w > 1 else np.where(x > c - 0.5, 1.0, 0.0)
    elif window.function == "LINEAR_EXACT":
        y = (x - c) / w + 0.5
    else:  # SIGMOID
        y = 1.0 / (1.0 + np.exp(np.clip(-4.0 * (x - c) / w, -700, 700)))
    return np.clip(y, 0.0, 1.0)


@dataclass(frozen=True)
class Voi:
    """The VOI choice for grayscale display: a window, a VOI LUT, or none (full range)."""

    window: Window | None = None
    lut: Lut | None = None

    def label(self) -> str:
        if self.window is not None:
            return self.window.label()
        if self.lut is not None:
            return f"VOI LUT {self.lut.explanation}".strip()
        return "full range"


def default_voi(info: DisplayInfo, pixels: np.ndarray | None = None) -> Voi:
    """What a reader first sees: the first header window, else the first VOI LUT, else min-max."""
    if info.windows:
        return Voi(window=info.windows[0])
    if info.voi_luts:
        return Voi(lut=info.voi_luts[0])
    if pixels is not None and not info.is_color:
        return Voi(window=minmax_window(info, pixels))
    return Voi()


def minmax_window(info: DisplayInfo, pixels: np.ndarray) -> Window:
    """Window spanning the image's modality value range (DCMTK's min-max window)."""
    lo, hi = (int(pixels.min()), int(pixels.max())) if pixels.size else (0, 1)
    vals = modality_values(info, np.array([lo, hi]))
    vmin, vmax = float(vals.min()), float(vals.max())
    # DCMTK's +Wm: centre = (min+max)/2, width = max-min (then its linear ramp with w-1).
    return Window((vmin + vmax) / 2.0, max(vmax - vmin, 1.0), "LINEAR", "min-max")


def _voi_to_unit(info: DisplayInfo, modality: np.ndarray, voi: Voi) -> np.ndarray:
    if voi.window is not None:
        return window_values(modality, voi.window)
    if voi.lut is not None:
        return voi.lut.lookup(modality).astype(np.float64) / voi.lut.out_max
    lo, hi = _modality_range(info)
    return np.clip((np.asarray(modality, np.float64) - lo) / max(hi - lo, 1e-12), 0.0, 1.0)


def _to_uint8(unit: np.ndarray, inverted: bool) -> np.ndarray:
    y = np.rint(unit * 255.0)
    if inverted:
        y = 255.0 - y
    return y.astype(np.uint8)


def presentation_inverted(info: DisplayInfo, invert: bool) -> bool:
    """MONOCHROME1 shows low values bright; the user's invert flips that again."""
    return (info.photometric == "MONOCHROME1") != bool(invert)


class DisplayLUT:
    """Precomputed stored value -> uint8 table for one (info, VOI, invert) choice.

    Index by the raw bit pattern: 256 entries for 8-bit data and 65536 for 16-bit
    data (signed values are looked up through their uint16 view), so applying it is
    one ``numpy.take`` with no arithmetic or clipping per pixel.
    """

    def __init__(self, info: DisplayInfo, voi: Voi, invert: bool = False, itemsize: int = 2):
        self.info, self.voi, self.invert = info, voi, invert
        self.itemsize = itemsize
        n = 1 << (8 * itemsize)
        raw = np.arange(n, dtype=np.int64)
        if info.signed:  # interpret bit patterns as two's complement of the container
            raw = np.where(raw >= n // 2, raw - n, raw)
        unit = _voi_to_unit(info, modality_values(info, raw), voi)
        self.table = _to_uint8(unit, presentation_inverted(info, invert))
        self._xrgb: np.ndarray | None = None

    @property
    def table_xrgb(self) -> np.ndarray:
        """The same table as 0xFFgggggg uint32 (QImage Format_RGB32): Qt scales such
        an image an order of magnitude faster than an 8-bit grey one."""
        if self._xrgb is None:
            self._xrgb = gray_to_xrgb(self.table)
        return self._xrgb

    def apply_xrgb(self, stored: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        view = stored.view(np.uint8 if self.itemsize == 1 else np.uint16)
        return np.take(self.table_xrgb, view, out=out)

    def apply(self, stored: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        view = stored.view(np.uint8 if self.itemsize == 1 else np.uint16)
        return np.take(self.table, view, out=out)

    @staticmethod
    def supports(pixels: np.ndarray) -> bool:
        return pixels.dtype.kind in "iu" and pixels.dtype.itemsize in (1, 2) and pixels.dtype.isnative


def render_gray(info: DisplayInfo, stored: np.ndarray, voi: Voi, invert: bool = False) -> np.ndarray:
    """Grayscale stored values -> uint8, via a DisplayLUT when the data type allows."""
    if DisplayLUT.supports(stored):
        return DisplayLUT(info, voi, invert, stored.dtype.itemsize).apply(stored)
    if stored.dtype == np.bool_:
        stored = stored.astype(np.uint8)
    unit = _voi_to_unit(info, modality_values(info, stored), voi)
    return _to_uint8(unit, presentation_inverted(info, invert))


# ------------------------------------------------------------------- colour

def gray_to_xrgb(gray: np.ndarray) -> np.ndarray:
    """uint8 grey -> uint32 0xFFgggggg (native order = Qt's Format_RGB32)."""
    return np.uint32(0xFF000000) | gray.astype(np.uint32) * np.uint32(0x010101)


def rgb_to_xrgb(rgb: np.ndarray) -> np.ndarray:
    """(H, W, 3) uint8 -> (H, W) uint32 0xFFrrggbb."""
    r, g, b = (rgb[..., i].astype(np.uint32) for i in range(3))
    return np.uint32(0xFF000000) | (r << 16) | (g << 8) | b


def xrgb_to_array(xrgb: np.ndarray, gray: bool) -> np.ndarray:
    """Back from 0xFFrrggbb to uint8 grey (H, W) or RGB (H, W, 3)."""
    if gray:
        return (xrgb & 0xFF).astype(np.uint8)
    return np.stack([(xrgb >> 16) & 0xFF, (xrgb >> 8) & 0xFF, xrgb & 0xFF], axis=-1).astype(np.uint8)


def _dcmtk_ybr_tables() -> tuple[np.ndarray, ...]:
    """DCMTK's 8-bit YBR_FULL tables (dcmimage, DiYBRPixelTemplate): products truncated
    toward zero with offsets of 0.7010/0.5291/0.8859 × 255 instead of × 128."""
    v = np.arange(256, dtype=np.float64)
    return (np.trunc(1.4020 * v - 0.7010 * 255).astype(np.int64),
            np.trunc(0.3441 * v).astype(np.int64),
            np.trunc(0.7141 * v - 0.5291 * 255).astype(np.int64),
            np.trunc(1.7720 * v - 0.8859 * 255).astype(np.int64))


_DCMTK_YBR = _dcmtk_ybr_tables()


def ybr_full_to_rgb(ybr: np.ndarray) -> np.ndarray:
    """YBR_FULL -> RGB, 8 bits: the PS3.3 C.7.6.3.1.2 equations, rounded, then kept within
    one grey level of what DCMTK draws. DCMTK's tables depart from the equations by up
    to 2 levels on saturated colours; clamping the standard's value to DCMTK's ±1 keeps
    both within 1 (the two never differ by more than 2), so a reader comparing with a
    DCMTK-based viewer sees at most one level of difference."""
    y, cb, cr = (ybr[..., i].astype(np.float64) for i in range(3))
    r = y + 1.402 * (cr - 128)
    g = y - 0.3441362862 * (cb - 128) - 0.7141362862 * (cr - 128)
    b = y + 1.772 * (cb - 128)
    standard = np.clip(np.rint(np.stack([r, g, b], axis=-1)), 0, 255)
    yi, cbi, cri = (np.clip(ybr[..., i].astype(np.int64), 0, 255) for i in range(3))
    rcr, gcb, gcr, bcb = _DCMTK_YBR
    dcmtk = np.clip(np.stack([yi + rcr[cri], yi - gcb[cbi] - gcr[cri], yi + bcb[cbi]], axis=-1),
                    0, 255)
    return np.clip(standard, dcmtk - 1, dcmtk + 1).astype(np.uint8)


def render_color(info: DisplayInfo, pixels: np.ndarray, *, invert: bool = False,
                 pixels_are_rgb: bool = False) -> np.ndarray:
    """Colour stored values -> (H, W, 3) uint8 RGB."""
    if info.photometric == "PALETTE COLOR":
        if info.palette is None:
            raise RadviewError("palette colour image without a palette (pass the Dataset)")
        idx = np.clip(pixels.astype(np.int64), 0, len(info.palette[0]) - 1)
        shift = max(info.palette_bits - 8, 0)
        rgb = np.stack([(ch.astype(np.int64) >> shift)[idx] for ch in info.palette], axis=-1)
        out = np.clip(rgb, 0, 255).astype(np.uint8)
    else:
        if pixels.ndim != 3 or pixels.shape[-1] != 3:
            raise RadviewError(f"colour image has shape {pixels.shape}, expected (rows, cols, 3)")
        if info.photometric.startswith("YBR_FULL") and not pixels_are_rgb:
            pixels = ybr_full_to_rgb(pixels)
        if pixels.dtype != np.uint8:
            maxval = (1 << max(1, min(info.bits_stored, 32))) - 1
            pixels = np.rint(pixels.astype(np.float64) * (255.0 / maxval))
            out = np.clip(pixels, 0, 255).astype(np.uint8)
        else:
            out = pixels
    return (255 - out) if invert else out


# ------------------------------------------------------------------- entry points

def as_window(window: Any) -> Window | None:
    """Accept a Window, a (centre, width) pair, or None."""
    if window is None or isinstance(window, Window):
        return window
    try:
        c, w = window
        return Window(float(c), float(w))
    except (TypeError, ValueError):
        raise UsageError(f"window must be (centre, width), got {window!r}") from None


def select_frame(info: DisplayInfo, pixels: np.ndarray, frame: int) -> np.ndarray:
    """One frame of a pixel array that holds either all frames or just one."""
    single_ndim = 3 if info.samples_per_pixel == 3 else 2
    if pixels.ndim == single_ndim + 1:
        if not 0 <= frame < pixels.shape[0]:
            raise UsageError(f"frame {frame + 1} out of range: the image has {pixels.shape[0]} frame(s)")
        return pixels[frame]
    if pixels.ndim != single_ndim:
        raise RadviewError(f"pixel array has shape {pixels.shape}, not an image of this header")
    return pixels  # already the one frame the caller decoded


def load_pixels(ds: Any, frame: int | None = None) -> np.ndarray:
    """Decoded stored values (all frames, or one); YBR is kept as YBR (raw)."""
    from pydicom.pixels import pixel_array

    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        raise RadviewError("the file holds no pixel data")
    meta = getattr(ds, "file_meta", None)
    if meta is not None and "TransferSyntaxUID" not in meta:
        # A bare data set (no Part 10 header): pydicom knows how it was encoded.
        from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

        if getattr(ds, "is_little_endian", True) is False:
            meta.TransferSyntaxUID = ExplicitVRBigEndian
        elif getattr(ds, "is_implicit_VR", True):
            meta.TransferSyntaxUID = ImplicitVRLittleEndian
        else:
            meta.TransferSyntaxUID = ExplicitVRLittleEndian
    try:
        return pixel_array(ds, index=frame, raw=True)
    except Exception as exc:  # decoder errors are many and varied
        raise RadviewError(f"cannot decode pixel data: {exc}") from None


def render(ds_or_meta: Any, pixels: np.ndarray | None = None, *, window: Any = None,
           invert: bool = False, frame: int = 0, voi: Voi | None = None) -> np.ndarray:
    """Render one frame for display: uint8 (H, W) grayscale or (H, W, 3) RGB.

    ds_or_meta: a pydicom Dataset, a keyword mapping, or a DisplayInfo.
    pixels: stored values (one frame or all frames); read from the Dataset if None.
    window: (centre, width), Window or "minmax"; None uses ``default_voi``;
    ``voi`` (a window or a VOI LUT) overrides it.
    """
    if isinstance(ds_or_meta, DisplayInfo):
        info = ds_or_meta
    elif isinstance(ds_or_meta, Mapping):
        info = DisplayInfo.from_mapping(ds_or_meta)
    else:
        info = DisplayInfo.from_dataset(ds_or_meta)
    if pixels is None:
        if isinstance(ds_or_meta, (Mapping, DisplayInfo)):
            raise UsageError("pixels are required when only metadata is given")
        if not 0 <= frame < info.frames:
            raise UsageError(f"frame {frame + 1} out of range: the image has {info.frames} frame(s)")
        pixels = load_pixels(ds_or_meta, frame if info.frames > 1 else None)
    else:
        pixels = select_frame(info, np.asarray(pixels), frame)
    if info.is_color:
        return render_color(info, pixels, invert=invert)
    if info.photometric not in MONO_PHOTOMETRICS:
        raise RadviewError(f"unsupported photometric interpretation {info.photometric!r}")
    if voi is None and isinstance(window, str) and window.lower() == "minmax":
        voi = Voi(window=minmax_window(info, pixels))
    if voi is None:
        win = as_window(window)
        voi = Voi(window=win) if win is not None else default_voi(info, pixels)
    return render_gray(info, pixels, voi, invert)
