"""One builder per kind of series: fill the modality-specific header, then yield
once per image after setting the instance's geometry and pixels on the dataset.

Builders mutate a single dataset in place (the generator writes it at each
yield): rebuilding ~60 elements per slice would cost more than drawing it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterator

import numpy as np
from pydicom.dataset import Dataset
from pydicom.uid import (CTImageStorage, ComputedRadiographyImageStorage,
                         DigitalMammographyXRayImageStorageForPresentation,
                         DigitalXRayImageStorageForPresentation, MRImageStorage)

from radview.demo import phantom_xray as xr
from radview.demo.dicom_writer import Uids, set_pixels
from radview.demo.phantom_body import BodyParams, ct_body_slice
from radview.demo.phantom_head import Plane, ct_head_slice, mr_head_slice
from radview.demo.raster import Grid, noise_bank, noise_window, upsample
from radview.demo.studies import PatientSpec, SeriesSpec, StudySpec

SOP_CLASS = {
    "ct_body": CTImageStorage, "ct_head": CTImageStorage, "mr": MRImageStorage,
    "mammo": DigitalMammographyXRayImageStorageForPresentation,
}


def sop_class_for(spec: SeriesSpec, vendor: dict) -> str:
    if spec.kind in SOP_CLASS:
        return SOP_CLASS[spec.kind]
    return ComputedRadiographyImageStorage if vendor.get("sop") == "CR" else \
        DigitalXRayImageStorageForPresentation


@dataclass
class Context:
    patient: PatientSpec
    study: StudySpec
    body: BodyParams
    uids: Uids
    rng: np.random.Generator
    start: _dt.datetime  # study start; images are acquired after it
    frame_uid: str
    vendor: dict
    pixels: bool
    ct_slices: int | None
    lesion: tuple | None = None  # brain lesion (x, y, z, r) on this date, if any


def _times(ds: Dataset, when: _dt.datetime) -> None:
    ds.AcquisitionDate = ds.ContentDate = when.strftime("%Y%m%d")
    ds.AcquisitionTime = ds.ContentTime = when.strftime("%H%M%S.%f")[:13]


def _normal(row, col) -> np.ndarray:
    return np.cross(np.asarray(row, float), np.asarray(col, float))


def _ds_float(v: float) -> float:
    """Round for DS (max 16 characters) while staying exact enough for geometry."""
    return float(f"{v:.6g}") if abs(v) >= 1000 else round(float(v), 6)


# ------------------------------------------------------------------ CT

_CT_WINDOWS = {
    "body": ([40, -600], [400, 1500], ["MEDIASTINUM", "LUNG"]),
    "abdomen": ([40, 300], [400, 1500], ["ABDOMEN", "BONE"]),
    "head": ([40, 600], [80, 2800], ["BRAIN", "BONE"]),
}


def _ct_common(ds: Dataset, ctx: Context, spec: SeriesSpec, fov: float, windows: str) -> None:
    p = spec.params
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.AcquisitionNumber = 1
    ds.LossyImageCompression = "00"
    ds.KVP = 120
    ds.SliceThickness = p["thickness"]
    ds.ConvolutionKernel = p["kernel"]
    ds.DataCollectionDiameter = 500.0
    ds.ReconstructionDiameter = fov
    ds.GantryDetectorTilt = 0.0
    ds.TableHeight = round(float(ctx.rng.uniform(120, 180)), 1)
    ds.RotationDirection = "CW"
    ds.ExposureTime = 500
    ds.XRayTubeCurrent = int(ctx.rng.integers(90, 320))
    ds.FilterType = "BODY FILTER" if spec.kind == "ct_body" else "HEAD FILTER"
    ds.PatientPosition = "HFS"
    ds.FrameOfReferenceUID = ctx.frame_uid
    ds.PositionReferenceIndicator = ""
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.RescaleType = "HU"
    centers, widths, names = _CT_WINDOWS[windows]
    ds.WindowCenter = centers
    ds.WindowWidth = widths
    ds.WindowCenterWidthExplanation = names
    if ctx.study.contrast:
        ds.ContrastBolusAgent = "OMNIPAQUE 350"
        ds.ContrastBolusRoute = "IV"
        ds.ContrastBolusVolume = 90
    signed = ctx.vendor.get("pixel") == "s16"
    set_pixels(ds, None, bits_stored=16 if signed else 12, signed=signed)
    ds.Rows = ds.Columns = 512
    if signed:
        ds.PixelPaddingValue = -2000


def _slice_positions(spec: SeriesSpec, ctx: Context, first: float) -> list[float]:
    """Slice levels (mm along the body axis, downwards), honouring the ct_slices override."""
    p = spec.params
    n, step = p["slices"], p["spacing"]
    if ctx.ct_slices is not None:  # a small stack from the middle of the same range
        start = first + step * ((n - ctx.ct_slices) // 2)
        n = ctx.ct_slices
    else:
        start = first
    return [start + i * step for i in range(n)]


def _stored_ct(hu: np.ndarray, ctx: Context, fov_mask: np.ndarray | None) -> np.ndarray:
    if ctx.vendor.get("pixel") == "s16":
        out = np.clip(np.rint(hu + 1024), -1024, 4095).astype(np.int16)
        if fov_mask is not None:
            out[~fov_mask] = -2000  # GE pads outside the reconstruction circle
        return out
    return np.clip(np.rint(hu + 1024), 0, 4095).astype(np.uint16)


def build_ct_body(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    fov = 380.0 if max(ctx.body.scale, 1.0) < 1.04 else 420.0
    windows = "body" if "CHEST" in spec.anatomy else "abdomen"
    _ct_common(ds, ctx, spec, fov, windows)
    yield from _ct_stack(ds, ctx, spec, fov, head=False)


def build_ct_head(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    fov = 230.0
    _ct_common(ds, ctx, spec, fov, "head")
    yield from _ct_stack(ds, ctx, spec, fov, head=True)


def _ct_stack(ds, ctx: Context, spec: SeriesSpec, fov: float, head: bool) -> Iterator[None]:
    rng = ctx.rng
    ps = fov / 512
    ds.PixelSpacing = [_ds_float(ps), _ds_float(ps)]
    # reconstruction centre near the isocentre; the body lies a little off it
    x0 = -fov / 2 + ps / 2 + round(float(rng.uniform(-8, 8)), 1)
    y0 = -fov / 2 + ps / 2 + round(float(rng.uniform(-15, 5)), 1)
    bx, by = float(rng.uniform(-10, 10)), float(rng.uniform(-12, 8))
    table_z = round(float(rng.uniform(-260, -120)), 1)  # patient z of level s = 0
    bank = noise_bank(rng, 640, 9.0 if head else 14.0) if ctx.pixels else None
    yy, xx = np.mgrid[0:512, 0:512]
    fov_mask = (xx - 255.5) ** 2 + (yy - 255.5) ** 2 <= 256.0 ** 2
    first = spec.params["s_from"] if not head else -spec.params["z_from"]
    levels = _slice_positions(spec, ctx, first)
    when = ctx.start + _dt.timedelta(minutes=3)
    for i, s in enumerate(levels, start=1):
        z = _ds_float(table_z - s) if not head else _ds_float(table_z + 150.0 - s)
        ds.ImagePositionPatient = [_ds_float(x0), _ds_float(y0), z]
        ds.SliceLocation = z
        ds.InstanceNumber = i
        _times(ds, when + _dt.timedelta(seconds=0.3 * i))
        if ctx.pixels:
            if head:
                plane = Plane(512, 512, ps, (x0 - bx, y0 - by, -s), (1, 0, 0), (0, 1, 0))
                hu = ct_head_slice(plane, ctx.lesion)
            else:
                grid = Grid(512, 512, x0 - bx, y0 - by, ps, ps)
                hu = ct_body_slice(s, grid, ctx.body, contrast=ctx.study.contrast)
            hu += noise_window(bank, rng, 512, 512) * np.where(hu > -950, 1.0, 0.35).astype(np.float32)
            set_pixels(ds, _stored_ct(hu, ctx, fov_mask), bits_stored=ds.BitsStored,
                       signed=bool(ds.PixelRepresentation))
        yield


# ------------------------------------------------------------------ MR

_PLANES = {
    "AX": ((1, 0, 0), (0, 1, 0)),
    "SAG": ((0, 1, 0), (0, 0, -1)),
    "COR": ((1, 0, 0), (0, 0, -1)),
}
_PLANE_CENTRE = {"AX": (0.0, 5.0, 12.0), "SAG": (0.0, 5.0, 5.0), "COR": (0.0, 5.0, 5.0)}

_MR_PARAMS = {  # TR, TE, TI, flip, scanning sequence, variant, Siemens sequence name
    "T1": (550, 10, None, 90, "SE", "SP", "*se2d1"),
    "T1C": (550, 10, None, 90, "SE", "SP", "*se2d1"),
    "T2": (4500, 102, None, 150, "SE", "SK\\SP", "*tse2d1_17"),
    "FLAIR": (9000, 85, 2500, 150, "SE\\IR", "SK\\SP\\MP", "*tir2d1_21"),
    "DWI": (5400, 92, None, 90, "EP", "SK\\SP", "*ep_b1000t"),
}


_MR_WINDOW = {"T1": (520, 1000), "T1C": (600, 1150), "T2": (750, 1500), "FLAIR": (560, 1050),
              "DWI": (260, 520)}


def build_mr(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    p = spec.params
    seq, plane_name = p["sequence"], p["plane"]
    rows = cols = 128 if seq == "DWI" else 256
    fov = 230.0
    ps = fov / rows
    tr, te, ti, flip, scan, variant, seqname = _MR_PARAMS[seq]
    ds.ImageType = ["ORIGINAL", "PRIMARY", "DIFFUSION", "TRACEW"] if seq == "DWI" \
        else ["ORIGINAL", "PRIMARY", "M", "ND"]
    ds.ScanningSequence = scan
    ds.SequenceVariant = variant
    ds.ScanOptions = "FS" if seq == "DWI" else ""
    ds.MRAcquisitionType = "2D"
    ds.AcquisitionNumber = 1
    ds.LossyImageCompression = "00"
    if ctx.vendor["Manufacturer"] == "SIEMENS":
        ds.SequenceName = seqname
    ds.SliceThickness = p["thickness"]
    ds.SpacingBetweenSlices = p["spacing"]
    ds.RepetitionTime = tr
    ds.EchoTime = te
    if ti:
        ds.InversionTime = ti
    ds.FlipAngle = flip
    ds.MagneticFieldStrength = ctx.vendor.get("field", 1.5)
    ds.ImagingFrequency = round(42.577 * ctx.vendor.get("field", 1.5), 6)
    ds.ImagedNucleus = "1H"
    ds.EchoTrainLength = 17 if seq in ("T2", "FLAIR") else 1
    ds.PixelBandwidth = 190
    if seq == "DWI":
        ds.DiffusionBValue = 1000
    if seq == "T1C":
        ds.ContrastBolusAgent = "DOTAREM"
        ds.ContrastBolusRoute = "IV"
    ds.PatientPosition = "HFS"
    ds.FrameOfReferenceUID = ctx.frame_uid
    ds.PositionReferenceIndicator = ""
    row_dir, col_dir = _PLANES[plane_name]
    normal = _normal(row_dir, col_dir)
    ds.ImageOrientationPatient = [*row_dir, *col_dir]
    ds.PixelSpacing = [_ds_float(ps), _ds_float(ps)]
    set_pixels(ds, None, bits_stored=12)
    ds.Rows, ds.Columns = rows, cols
    rng = ctx.rng
    # the head sits near the magnet's isocentre; exact position differs per exam
    offset = np.array([rng.uniform(-4, 4), rng.uniform(-6, 6), rng.uniform(-8, 8)])
    centre = np.array(_PLANE_CENTRE[plane_name])
    n, step = p["slices"], p["spacing"]
    ds.WindowCenter, ds.WindowWidth = _MR_WINDOW[seq]  # one window for the whole series
    when = ctx.start + _dt.timedelta(minutes=4 + 4 * int(ds.SeriesNumber))
    for i in range(n):
        c = centre + (i - (n - 1) / 2) * step * normal  # head coordinates
        origin = c - (cols - 1) / 2 * ps * np.array(row_dir) - (rows - 1) / 2 * ps * np.array(col_dir)
        ipp = origin + offset
        ds.ImagePositionPatient = [_ds_float(v) for v in ipp]
        ds.SliceLocation = _ds_float(float(np.dot(ds.ImagePositionPatient, normal)))
        ds.InstanceNumber = i + 1
        _times(ds, when + _dt.timedelta(seconds=8 * i))
        if ctx.pixels:
            plane = Plane(rows, cols, ps, tuple(origin), row_dir, col_dir)
            img = mr_head_slice(plane, seq, rng, ctx.lesion)
            stored = np.clip(np.rint(img), 0, 4095).astype(np.uint16)
            set_pixels(ds, stored, bits_stored=12)
        yield


# ------------------------------------------------------------------ radiographs

# SNOMED CT codes (DICOM CID 4031 regions, CID 4010 / 4014 views)
_REGION = {"CHEST": ("43799004", "Chest"), "KNEE": ("72696002", "Knee"),
           "BREAST": ("76752008", "Breast")}
_VIEW = {"PA": ("272479007", "postero-anterior"), "AP": ("399348003", "antero-posterior"),
         "LL": ("399173006", "left lateral"), "ML": ("399260004", "medio-lateral")}


def _code(value: str, meaning: str) -> Dataset:
    item = Dataset()
    item.CodeValue = value
    item.CodingSchemeDesignator = "SCT"
    item.CodeMeaning = meaning
    return item


def _view_code(value: str, meaning: str) -> Dataset:
    item = _code(value, meaning)
    item.ViewModifierCodeSequence = []
    return item


def _xr_common(ds: Dataset, ctx: Context, spec: SeriesSpec, spacing: float, bits: int) -> None:
    is_dx = ctx.vendor.get("sop") == "DX" or spec.kind == "mammo"
    ds.ImageType = ["ORIGINAL", "PRIMARY"] if is_dx else ["DERIVED", "PRIMARY"]
    ds.ImagerPixelSpacing = [spacing, spacing]
    ds.PixelSpacing = [spacing, spacing]
    if is_dx:
        ds.PresentationIntentType = "FOR PRESENTATION"
        ds.PixelIntensityRelationship = "LOG"
        ds.PixelIntensityRelationshipSign = 1
        ds.RescaleIntercept = 0
        ds.RescaleSlope = 1
        ds.RescaleType = "US"
        ds.DetectorType = "DIRECT" if spec.kind == "mammo" else "SCINTILLATOR"
    ds.AnatomicRegionSequence = [_code(*_REGION[spec.anatomy[0]])]
    if is_dx:
        ds.AcquisitionContextSequence = []
        ds.PositionerType = "MAMMOGRAPHIC" if spec.kind == "mammo" else ""
    ds.BurnedInAnnotation = "NO"
    ds.LossyImageCompression = "00"
    ds.PresentationLUTShape = "IDENTITY"
    if "BodyPartExamined" not in ds and not is_dx:
        ds.BodyPartExamined = ""  # Type 2 in the CR Series module: present, may be empty
    set_pixels(ds, None, bits_stored=bits)


def _exposure(ds: Dataset, ctx: Context, distance_mm: int, *, minutes: int) -> None:
    """A radiograph's one exposure: source-detector distance, instance 1, taken
    ``minutes`` + the series number after the study started."""
    ds.DistanceSourceToDetector = distance_mm
    ds.InstanceNumber = 1
    _times(ds, ctx.start + _dt.timedelta(minutes=minutes + int(ds.SeriesNumber)))


def build_xr_chest(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    view = spec.params["view"]
    spacing = 0.2 if ctx.vendor.get("sop") == "DX" else 0.175
    rows, cols = (2140, 1760) if spacing == 0.2 else (2446, 2010)
    bits = 12 if ctx.vendor.get("sop") == "DX" else 10
    _xr_common(ds, ctx, spec, spacing, bits)
    ds.Rows, ds.Columns = rows, cols
    ds.ViewPosition = "PA" if view == "PA" else "LL"
    if ctx.vendor.get("sop") == "DX":  # CR images have no view code
        ds.ViewCodeSequence = [_view_code(*_VIEW[ds.ViewPosition])]
        ds.ImageLaterality = "U"  # unpaired structure
    ds.PatientOrientation = ["L", "F"] if view == "PA" else ["A", "F"]
    ds.KVP = 120 if view == "PA" else 125
    ds.ExposureInuAs = int(ctx.rng.integers(1200, 4000))
    _exposure(ds, ctx, 1800, minutes=2)
    stored = None
    if ctx.pixels:
        rng = ctx.rng
        shift = (float(rng.uniform(-15, 15)), float(rng.uniform(-15, 15)))
        fn = xr.chest_pa if view == "PA" else xr.chest_lateral
        path = fn(rows // 2, cols // 2, spacing * 2, rng, size=ctx.body.scale,
                  female=ctx.patient.sex == "F", shift=shift)
        path = upsample(path, rows, cols)
        stored = xr.to_stored(path, rng, bits, scale=140.0 if view == "PA" else 190.0, gamma=1.4)
        xr.laterality_marker(stored, "R" if view == "PA" else "L", view == "PA", (1 << bits) - 1)
    _set_xr_pixels(ds, stored, bits)
    yield


def build_xr_knee(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    view, side = spec.params["view"], spec.laterality
    spacing = 0.2 if ctx.vendor.get("sop") == "DX" else 0.175
    rows, cols = 1500, 1200
    bits = 12 if ctx.vendor.get("sop") == "DX" else 10
    _xr_common(ds, ctx, spec, spacing, bits)
    ds.Rows, ds.Columns = rows, cols
    if ctx.vendor.get("sop") == "DX":
        ds.ImageLaterality = side  # DX: on the image; CR units write it on the series
        del ds.Laterality
    ds.ViewPosition = "AP" if view == "AP" else ("RL" if side == "R" else "LL")
    if ctx.vendor.get("sop") == "DX":
        ds.ViewCodeSequence = [_view_code(*_VIEW["AP" if view == "AP" else "ML"])]
    ds.PatientOrientation = (["L", "F"] if view == "AP" else ["P", "F"])
    ds.KVP = 60 if view == "AP" else 57
    _exposure(ds, ctx, 1150, minutes=1)
    stored = None
    if ctx.pixels:
        rng = ctx.rng
        shift = (float(rng.uniform(-10, 10)), float(rng.uniform(-20, 20)))
        path = xr.knee(view, side, rows // 2, cols // 2, spacing * 2, rng,
                       size=ctx.body.scale, shift=shift)
        stored = xr.to_stored(upsample(path, rows, cols), rng, bits, scale=230.0, gamma=0.9)
        xr.laterality_marker(stored, side, True, (1 << bits) - 1)
    _set_xr_pixels(ds, stored, bits)
    yield


def _set_xr_pixels(ds: Dataset, stored: np.ndarray | None, bits: int) -> None:
    """A radiograph's pixels with a window over their 2nd..99.5th percentile; without
    pixels (a header-only set) the window of the whole stored range."""
    if stored is None:
        ds.WindowCenter, ds.WindowWidth = (1 << bits) // 2, 1 << bits
        return
    lo, hi = np.percentile(stored[::4, ::4], [2, 99.5])
    ds.WindowCenter, ds.WindowWidth = int((lo + hi) / 2), int(max(hi - lo, 16))
    set_pixels(ds, stored, bits_stored=bits)


_MG_VIEWS = {"CC": ("399162004", "cranio-caudal"), "MLO": ("399368009", "medio-lateral oblique")}
_MG_ORIENT = {("L", "CC"): ["A", "R"], ("R", "CC"): ["P", "L"],
              ("L", "MLO"): ["A", "FR"], ("R", "MLO"): ["P", "FL"]}


def build_mammo(ds: Dataset, ctx: Context, spec: SeriesSpec) -> Iterator[None]:
    view, side = spec.params["view"], spec.laterality
    spacing, rows, cols, bits = 0.1, 2294, 1914, 12
    mono1 = bool(ctx.vendor.get("monochrome1"))
    _xr_common(ds, ctx, spec, spacing, bits)
    set_pixels(ds, None, bits_stored=bits, photometric="MONOCHROME1" if mono1 else "MONOCHROME2")
    ds.PresentationLUTShape = "INVERSE" if mono1 else "IDENTITY"
    ds.Rows, ds.Columns = rows, cols
    ds.ImageLaterality = side
    ds.ViewPosition = view
    ds.ViewCodeSequence = [_view_code(*_MG_VIEWS[view])]
    ds.OrganExposed = "BREAST"
    ds.PatientOrientation = _MG_ORIENT[(side, view)]
    ds.BreastImplantPresent = "NO"
    ds.PartialView = "NO"
    ds.KVP = int(ctx.rng.integers(26, 32))
    ds.AnodeTargetMaterial = "TUNGSTEN" if not mono1 else "RHODIUM"
    ds.FilterMaterial = "RHODIUM"
    ds.BodyPartThickness = int(ctx.rng.integers(38, 62))
    ds.CompressionForce = int(ctx.rng.integers(70, 130))
    _exposure(ds, ctx, 700, minutes=0)
    if ctx.pixels:
        rng = ctx.rng
        density = float(np.random.default_rng([ctx.patient.seed, 11]).uniform(0.2, 0.7))
        signal = xr.mammo(view, side, rows // 2, cols // 2, spacing * 2, rng, density=density)
        stored = xr.mammo_stored(upsample(signal, rows, cols), rng, bits, mono1)
        inner = stored[stored != (((1 << bits) - 1) if mono1 else 0)]
        lo, hi = np.percentile(inner[::16], [1, 99.5]) if inner.size else (0, 4095)
        ds.WindowCenter, ds.WindowWidth = int((lo + hi) / 2), int(max(hi - lo, 16))
        set_pixels(ds, stored, bits_stored=bits, photometric=ds.PhotometricInterpretation)
    else:
        ds.WindowCenter, ds.WindowWidth = 2048, 4096
    yield


BUILDERS = {
    "ct_body": build_ct_body, "ct_head": build_ct_head, "mr": build_mr,
    "xr_chest": build_xr_chest, "xr_knee": build_xr_knee, "mammo": build_mammo,
}


def plane_of(spec: SeriesSpec) -> str | None:
    if spec.kind in ("ct_body", "ct_head"):
        return "AX"
    if spec.kind == "mr":
        return spec.params["plane"]
    return None


def image_count(spec: SeriesSpec, ct_slices: int | None) -> int:
    if spec.kind in ("ct_body", "ct_head"):
        return ct_slices if ct_slices is not None else spec.params["slices"]
    if spec.kind == "mr":
        return spec.params["slices"]
    return 1

