"""Measurement accuracy on synthetic images of known spacing (within 0.5 %)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from radview.errors import UsageError
from radview.viewer import measure
from radview.viewer.geometry import Spacing, spacing_from_meta
from radview.viewer.model import Slice
from radview.viewer.tools import Annotation

ANISO = Spacing(row_mm=0.8, col_mm=0.4, source="PixelSpacing")


def test_length_uses_row_and_column_spacing():
    # 100 columns at 0.4 mm = 40 mm; 50 rows at 0.8 mm = 40 mm; diagonal 40*sqrt(2)
    assert measure.length_mm((10, 10), (110, 10), ANISO) == pytest.approx(40.0, rel=5e-3)
    assert measure.length_mm((10, 10), (10, 60), ANISO) == pytest.approx(40.0, rel=5e-3)
    assert measure.length_mm((10, 10), (110, 60), ANISO) == pytest.approx(40 * math.sqrt(2), rel=5e-3)


def test_angle_is_physical_not_in_pixels():
    # On 0.4 x 0.8 mm pixels, (100, 0) and (0, 50) from the vertex are both 40 mm: 90 deg,
    # and (100, 50) is at 45 deg physically though 26.6 deg in pixels.
    assert measure.angle_deg((110, 10), (10, 10), (10, 60), ANISO) == pytest.approx(90.0, abs=1e-9)
    assert measure.angle_deg((110, 10), (10, 10), (110, 60), ANISO) == pytest.approx(45.0, rel=5e-3)


def synthetic_disc(rows=400, cols=400, radius_mm=30.0, spacing=ANISO, inside=100.0, outside=-50.0):
    """An ellipse in pixels that is a disc of radius_mm in the patient."""
    yy, xx = np.mgrid[0:rows, 0:cols] + 0.5
    cx, cy = cols / 2, rows / 2
    r = np.hypot((xx - cx) * spacing.col_mm, (yy - cy) * spacing.row_mm)
    return np.where(r <= radius_mm, inside, outside), (cx, cy)


def test_roi_area_and_stats_on_a_known_disc():
    img, (cx, cy) = synthetic_disc()
    rx, ry = 30.0 / ANISO.col_mm, 30.0 / ANISO.row_mm  # ROI exactly on the disc
    stats = measure.roi_stats(img, (cx - rx, cy - ry), (cx + rx, cy + ry), ANISO, img.shape, "HU")
    assert stats.area_mm2 == pytest.approx(math.pi * 30.0 ** 2, rel=5e-3)
    # pixel count times pixel area also agrees with the true area within 0.5 %
    assert stats.pixels * ANISO.row_mm * ANISO.col_mm == pytest.approx(math.pi * 900, rel=5e-3)
    assert stats.mean == pytest.approx(100.0, abs=2.0)
    # an ROI inside the disc sees only the disc
    inner = measure.roi_stats(img, (cx - rx / 2, cy - ry / 2), (cx + rx / 2, cy + ry / 2), ANISO, img.shape)
    assert inner.mean == 100.0 and inner.sd == 0.0


def test_roi_sd_and_coarse_level_scaling():
    rng = np.random.default_rng(1)
    img = rng.normal(40.0, 10.0, size=(512, 512))
    full = measure.roi_stats(img, (100, 100), (400, 400), ANISO, img.shape)
    assert full.mean == pytest.approx(40.0, abs=0.3)
    assert full.sd == pytest.approx(10.0, rel=0.03)
    coarse = img[::4, ::4]  # a coarse level: same ROI in full-resolution coordinates
    c = measure.roi_stats(coarse, (100, 100), (400, 400), ANISO, img.shape)
    assert c.area_mm2 == full.area_mm2
    assert c.pixels == pytest.approx(full.pixels / 16, rel=0.02)


def test_slice_measurement_labels_in_mm_and_hu():
    img, (cx, cy) = synthetic_disc(inside=1100, outside=974)  # stored; -1024 rescale -> 76 / -50
    meta = {"Rows": 400, "Columns": 400, "PixelSpacing": [0.8, 0.4], "Modality": "CT",
            "RescaleSlope": 1, "RescaleIntercept": -1024, "BitsStored": 12}
    s = Slice.from_meta(meta, img.astype(np.uint16))
    length = Annotation("length", 0, [(10, 10), (110, 10)])
    assert length.label_lines(s) == ["40.0 mm"]
    rx, ry = 15.0 / 0.4, 15.0 / 0.8
    roi = Annotation("roi", 0, [(cx - rx, cy - ry), (cx + rx, cy + ry)])
    lines = roi.label_lines(s)
    assert lines[0].startswith("mean 76.0 HU")
    assert f"area {math.pi * 225 / 100:.2f} cm²" in lines[2]


def test_spacing_sources_and_labels():
    assert spacing_from_meta({"PixelSpacing": [0.5, 0.25]}) == Spacing(0.5, 0.25, "PixelSpacing")
    imager = spacing_from_meta({"ImagerPixelSpacing": ["0.1", "0.1"]})
    assert imager.source == "ImagerPixelSpacing"
    assert measure.format_length(12.34, imager) == "12.3 mm (detector)"
    # a zero spacing (as in RG1) means no calibration, lengths in pixels
    none = spacing_from_meta({"PixelSpacing": [0, 0]})
    assert not none.calibrated and measure.format_length(12.0, none) == "12.0 px"


def test_roi_on_colour_image_is_refused():
    with pytest.raises(UsageError):
        measure.roi_stats(np.zeros((4, 4, 3)), (0, 0), (2, 2), ANISO, (4, 4))
