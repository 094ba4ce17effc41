"""Qt-free image stack model: what a viewport shows, fed by the workstation.

An ImageStack is an ordered list of Slices (one per frame).  Each Slice keeps its
header (DisplayInfo for the pipeline, overlay/geometry keywords), the best pixels
that have arrived so far (possibly a coarse wavelet level smaller than the full
Rows x Columns) and a LevelInfo saying which version/quality/level they are.
The workstation calls ``ImageStack.set_pixels`` as finer levels arrive; views
subscribe to be told.  Geometry (rows, cols, spacing) never changes with level.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from radview.errors import RadviewError, UsageError
from radview.viewer import pipeline
from radview.viewer.geometry import SliceGeometry
from radview.dicom.overlays import OVERLAY_KEY
from radview.viewer.overlay_planes import OverlayPlane, planes_from_dataset, planes_from_json

# Header keywords the viewer reads for overlay text and geometry.
OVERLAY_KEYWORDS = (
    "PatientName", "PatientID", "PatientBirthDate", "PatientSex", "PatientAge",
    "InstitutionName", "StudyDate", "StudyTime", "StudyDescription", "AccessionNumber",
    "SeriesDescription", "SeriesNumber", "InstanceNumber", "Modality", "BodyPartExamined",
    "SliceThickness", "SliceLocation", "ImagePositionPatient", "ImageOrientationPatient",
    "PixelSpacing", "ImagerPixelSpacing", "KVP", "ExposureTime", "RepetitionTime",
    "EchoTime", "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "LossyImageCompression",
    "LossyImageCompressionRatio", "Laterality", "ImageLaterality", "ViewPosition",
)


@dataclass(frozen=True)
class LevelInfo:
    """Which version of the pixels a slice shows now.

    level/levels: index of the progressive level shown (0 = coarsest) and how
    many there are (1 for a plain DICOM image).  version: name of the server
    version (e.g. "diagnostic", "reference"); quality: a short text such as
    "lossless" or "q 40"; lossy: the pixels differ from the original.
    """

    level: int = 0
    levels: int = 1
    version: str = ""
    quality: str = ""
    lossy: bool = False

    @property
    def final(self) -> bool:
        return self.level >= self.levels - 1

    def label(self) -> str:
        parts = [p for p in (self.version, self.quality) if p]
        if self.levels > 1:
            parts.append(f"level {self.level + 1}/{self.levels}")
        return " · ".join(parts)


@dataclass
class Slice:
    """One displayable frame."""

    info: pipeline.DisplayInfo
    meta: dict[str, Any]
    geometry: SliceGeometry
    frame: int = 0  # frame index inside its instance (multi-frame)
    pixels: np.ndarray | None = None  # best available stored values (one frame)
    level: LevelInfo = field(default_factory=LevelInfo)
    pixels_rgb: bool = False  # YBR header but pixels already converted to RGB (pydicom's default)
    overlays: tuple[OverlayPlane, ...] = ()  # group 60xx planes, full-resolution coordinates

    # The header's size: pixels may hold a smaller level (see full_resolution).
    @property
    def rows(self) -> int:
        return self.info.rows

    @property
    def cols(self) -> int:
        return self.info.cols

    @property
    def full_resolution(self) -> bool:
        return self.pixels is not None and self.pixels.shape[:2] == (self.rows, self.cols)

    @property
    def lossy(self) -> bool:
        return self.level.lossy or str(self.meta.get("LossyImageCompression") or "") == "01"

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any], pixels: np.ndarray | None = None, *,
                  frame: int = 0, level: LevelInfo | None = None,
                  info: pipeline.DisplayInfo | None = None, rgb: bool = False) -> "Slice":
        info = info or pipeline.DisplayInfo.from_mapping(meta)
        overlay = {k: meta.get(k) for k in OVERLAY_KEYWORDS if meta.get(k) not in (None, "")}
        geom = SliceGeometry.from_meta(meta, info.rows, info.cols)
        s = cls(info, overlay, geom, frame, None, level or LevelInfo(), bool(rgb))
        if pixels is not None:
            s.pixels = _check_pixels(s, np.asarray(pixels))
        return s

    def modality_values(self) -> np.ndarray | None:
        """Pixels in modality units (HU for CT), for ROI statistics."""
        if self.pixels is None or self.info.is_color:
            return None
        return pipeline.modality_values(self.info, self.pixels)


def _check_pixels(s: Slice, pixels: np.ndarray) -> np.ndarray:
    want_ndim = 3 if s.info.is_color and s.info.photometric != "PALETTE COLOR" else 2
    if pixels.ndim != want_ndim:
        raise UsageError(f"pixels of shape {pixels.shape} do not fit a "
                         f"{'colour' if want_ndim == 3 else 'grayscale'} {s.rows}x{s.cols} image")
    h, w = pixels.shape[:2]
    if h > s.rows or w > s.cols or h < 1 or w < 1:
        raise UsageError(f"pixels of {h}x{w} exceed the image's {s.rows}x{s.cols}")
    # A coarse level keeps the aspect ratio (within rounding of the wavelet halving).
    if abs(h / s.rows - w / s.cols) > max(2.0 / h, 2.0 / w):
        raise UsageError(f"pixels of {h}x{w} do not have the aspect of {s.rows}x{s.cols}")
    return pixels


Listener = Callable[[int], None]


class ImageStack:
    """An ordered stack of slices (a series, or the frames of a multi-frame image)."""

    def __init__(self, slices: Sequence[Slice], *, sort: bool = True, title: str = ""):
        if not slices:
            raise UsageError("an image stack needs at least one slice")
        slices = list(slices)
        if sort and len(slices) > 1:
            slices = _sorted_slices(slices)
        self.slices: list[Slice] = slices
        self.title = title
        self._listeners: list[Listener] = []

    def __len__(self) -> int:
        return len(self.slices)

    def __getitem__(self, index: int) -> Slice:
        return self.slices[index]

    def __iter__(self):
        return iter(self.slices)

    # -- observers -------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener(index) when slice index gets new pixels; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, index: int) -> None:
        for listener in list(self._listeners):
            listener(index)

    # -- progressive feeding ---------------------------------------------------
    def set_pixels(self, index: int, pixels: np.ndarray, level: LevelInfo | None = None, *,
                   rgb: bool = False) -> bool:
        """Give slice `index` new pixels (coarse or final); returns False if ignored.

        pixels are stored values as the header describes them; for a YBR_FULL /
        YBR_FULL_422 header pass rgb=True when they are already RGB (as
        ``ds.pixel_array`` gives them by default).  A level coarser than the one
        already shown (of the same version) is ignored, so a late coarse response
        never replaces a finer image.
        """
        if not 0 <= index < len(self.slices):
            raise UsageError(f"slice {index} out of range (stack has {len(self.slices)})")
        s = self.slices[index]
        level = level or LevelInfo()
        pixels = _check_pixels(s, np.asarray(pixels))
        if (s.pixels is not None and level.version == s.level.version
                and level.level < s.level.level):
            return False
        s.pixels, s.level, s.pixels_rgb = pixels, level, bool(rgb)
        self._notify(index)
        return True

    def index_of(self, sop_instance_uid: str, frame: int = 0) -> int | None:
        for i, s in enumerate(self.slices):
            if s.meta.get("SOPInstanceUID") == sop_instance_uid and s.frame == frame:
                return i
        return None

    def geometries(self) -> list[SliceGeometry]:
        return [s.geometry for s in self.slices]

    # -- construction ------------------------------------------------------------
    @classmethod
    def from_datasets(cls, datasets: Iterable[Any], *, load_pixels: bool = True,
                      level: LevelInfo | None = None, title: str = "") -> "ImageStack":
        """Slices from pydicom Datasets (multi-frame images give one slice per frame)."""
        slices: list[Slice] = []
        for ds in datasets:
            slices.extend(slices_from_dataset(ds, load_pixels=load_pixels, level=level))
        return cls(slices, title=title)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], **kwargs: Any) -> "ImageStack":
        import pydicom
        from pydicom.errors import InvalidDicomError

        datasets = []
        for p in paths:
            try:
                datasets.append(pydicom.dcmread(str(p)))
            except (InvalidDicomError, OSError) as exc:
                raise RadviewError(f"cannot read {p}: {exc}") from None
        return cls.from_datasets(datasets, **kwargs)


def _sorted_slices(slices: list[Slice]) -> list[Slice]:
    """By position along the normal when every slice has a distinct one, else by number.

    Axial stacks run head first (the habit of reading from the vertex down);
    other planes run along their normal.
    """
    locs = [s.geometry.location for s in slices]
    if all(loc is not None for loc in locs) and len(set(np.round(locs, 3))) == len(locs):
        normal = slices[0].geometry.normal
        sign = -float(np.sign(normal[2])) if normal is not None and abs(normal[2]) > 0.8 else 1.0
        order = sorted(range(len(slices)), key=lambda i: sign * locs[i])
        return [slices[i] for i in order]

    def number(s: Slice) -> tuple[float, int]:
        try:
            return float(s.meta.get("InstanceNumber") or 0), s.frame
        except (TypeError, ValueError):
            return 0.0, s.frame

    return sorted(slices, key=number)


def _per_frame_meta(ds: Any, frame: int, base: dict[str, Any]) -> dict[str, Any]:
    """Enhanced multi-frame: geometry from the functional groups (shared, then per frame)."""
    meta = dict(base)
    groups = []
    shared = ds.get("SharedFunctionalGroupsSequence")
    if shared:
        groups.append(shared[0])
    per = ds.get("PerFrameFunctionalGroupsSequence")
    if per and frame < len(per):
        groups.append(per[frame])
    for g in groups:
        for seq_kw, kws in (("PlanePositionSequence", ("ImagePositionPatient",)),
                            ("PlaneOrientationSequence", ("ImageOrientationPatient",)),
                            ("PixelMeasuresSequence", ("PixelSpacing", "SliceThickness")),
                            ("PixelValueTransformationSequence", ("RescaleSlope", "RescaleIntercept", "RescaleType")),
                            ("FrameVOILUTSequence", ("WindowCenter", "WindowWidth", "WindowCenterWidthExplanation"))):
            seq = g.get(seq_kw)
            if seq:
                for kw in kws:
                    if kw in seq[0]:
                        meta[kw] = seq[0].get(kw)
    return meta


def slices_from_dataset(ds: Any, *, load_pixels: bool = True, level: LevelInfo | None = None) -> list[Slice]:
    meta = {kw: ds.get(kw) for kw in set(OVERLAY_KEYWORDS) | set(pipeline._KEYWORDS) if kw in ds}
    base_info = pipeline.DisplayInfo.from_dataset(ds)
    frames = base_info.frames
    all_pixels = pipeline.load_pixels(ds) if load_pixels else None
    enhanced = "PerFrameFunctionalGroupsSequence" in ds or "SharedFunctionalGroupsSequence" in ds
    out = []
    for f in range(frames):
        fmeta = _per_frame_meta(ds, f, meta) if enhanced else meta
        info = base_info
        if enhanced:  # per-frame rescale/window override the top level
            finfo = pipeline.DisplayInfo.from_mapping(fmeta)
            info = replace(base_info, rescale_slope=finfo.rescale_slope,
                           rescale_intercept=finfo.rescale_intercept,
                           rescale_type=finfo.rescale_type, windows=finfo.windows or base_info.windows)
        px = None
        if all_pixels is not None:
            px = all_pixels[f] if frames > 1 else all_pixels
        lossy = str(ds.get("LossyImageCompression") or "") == "01"
        lvl = level or LevelInfo(quality="lossy" if lossy else "", lossy=lossy)
        s = Slice.from_meta(fmeta, px, frame=f, level=lvl, info=info)
        if hasattr(ds, "overlay_array"):  # a pydicom Dataset (file, DIMSE, WADO-RS)
            s.overlays = planes_from_dataset(ds, f)
        elif isinstance(ds, Mapping) and ds.get(OVERLAY_KEY):  # a plain header (server, cache)
            s.overlays = planes_from_json(ds[OVERLAY_KEY], f)
        out.append(s)
    return out
