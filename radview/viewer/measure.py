"""Qt-free measurement maths in full-resolution image coordinates.

Image coordinates: x = column, y = row; pixel (r, c) covers [c, c+1) x [r, r+1),
so its centre is (c + 0.5, r + 0.5).  Distances use the Spacing of the slice
(Pixel Spacing, or Imager Pixel Spacing said so on screen, or pixels).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from radview.errors import UsageError
from radview.viewer.geometry import Spacing

Point = tuple[float, float]


def length_mm(p0: Point, p1: Point, spacing: Spacing) -> float:
    dx = (p1[0] - p0[0]) * spacing.col_mm
    dy = (p1[1] - p0[1]) * spacing.row_mm
    return math.hypot(dx, dy)


def angle_deg(a: Point, vertex: Point, b: Point, spacing: Spacing) -> float:
    """Angle at vertex between rays to a and b, in physical space (anisotropic pixels)."""
    ax, ay = (a[0] - vertex[0]) * spacing.col_mm, (a[1] - vertex[1]) * spacing.row_mm
    bx, by = (b[0] - vertex[0]) * spacing.col_mm, (b[1] - vertex[1]) * spacing.row_mm
    na, nb = math.hypot(ax, ay), math.hypot(bx, by)
    if na == 0 or nb == 0:
        return 0.0
    cos = max(-1.0, min(1.0, (ax * bx + ay * by) / (na * nb)))
    return math.degrees(math.acos(cos))


def ellipse_area_mm2(p0: Point, p1: Point, spacing: Spacing) -> float:
    """Area of the ellipse inscribed in the box with corners p0, p1 (exact, not pixel count)."""
    rx = abs(p1[0] - p0[0]) / 2 * spacing.col_mm
    ry = abs(p1[1] - p0[1]) / 2 * spacing.row_mm
    return math.pi * rx * ry


def rectangle_area_mm2(p0: Point, p1: Point, spacing: Spacing) -> float:
    return abs(p1[0] - p0[0]) * spacing.col_mm * abs(p1[1] - p0[1]) * spacing.row_mm


def ellipse_mask(shape: tuple[int, int], p0: Point, p1: Point, scale: tuple[float, float] = (1.0, 1.0)
                 ) -> tuple[slice, slice, np.ndarray]:
    """Pixels whose centres lie in the ellipse, as (row slice, col slice, mask in that box).

    scale: (sx, sy) = array pixels per full-resolution pixel (for a coarse level).
    """
    sx, sy = scale
    x0, x1 = sorted((p0[0] * sx, p1[0] * sx))
    y0, y1 = sorted((p0[1] * sy, p1[1] * sy))
    rows, cols = shape
    r0, r1 = max(int(math.floor(y0)), 0), min(int(math.ceil(y1)), rows)
    c0, c1 = max(int(math.floor(x0)), 0), min(int(math.ceil(x1)), cols)
    if r1 <= r0 or c1 <= c0:
        return slice(0, 0), slice(0, 0), np.zeros((0, 0), bool)
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    yy = (np.arange(r0, r1) + 0.5)[:, None]
    xx = (np.arange(c0, c1) + 0.5)[None, :]
    if rx <= 0 or ry <= 0:
        return slice(r0, r1), slice(c0, c1), np.zeros((r1 - r0, c1 - c0), bool)
    mask = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1.0
    return slice(r0, r1), slice(c0, c1), mask


@dataclass(frozen=True)
class RoiStats:
    mean: float
    sd: float
    minimum: float
    maximum: float
    pixels: int
    area_mm2: float
    units: str = ""

    def lines(self, spacing: Spacing) -> list[str]:
        unit = f" {self.units}" if self.units else ""
        area = (f"area {self.area_mm2 / 100:.2f} cm²" if spacing.calibrated
                else f"area {self.area_mm2:.0f} px²")
        if self.pixels == 0:
            return [area, "no pixels inside"]
        return [f"mean {self.mean:.1f}{unit}  SD {self.sd:.1f}",
                f"min {self.minimum:.0f}  max {self.maximum:.0f}{unit}",
                f"{area} {spacing.note}".rstrip()]


def roi_stats(values: np.ndarray, p0: Point, p1: Point, spacing: Spacing,
              full_shape: tuple[int, int], units: str = "",
              transform: Callable[[np.ndarray], np.ndarray] | None = None) -> RoiStats:
    """Statistics of the values inside an ellipse drawn in full-resolution coordinates.

    values may be a coarser level than full_shape (rows, cols); the ellipse is scaled.
    transform (e.g. stored -> HU) is applied to the pixels inside only.
    """
    if values.ndim != 2:
        raise UsageError("ROI statistics need a grayscale image")
    scale = (values.shape[1] / full_shape[1], values.shape[0] / full_shape[0])
    rs, cs, mask = ellipse_mask(values.shape, p0, p1, scale)
    inside = values[rs, cs][mask]
    inside = (transform(inside) if transform is not None else inside).astype(np.float64)
    area = ellipse_area_mm2(p0, p1, spacing)
    if inside.size == 0:
        return RoiStats(float("nan"), float("nan"), float("nan"), float("nan"), 0, area, units)
    return RoiStats(float(inside.mean()), float(inside.std(ddof=1)) if inside.size > 1 else 0.0,
                    float(inside.min()), float(inside.max()), int(inside.size), area, units)


def format_length(mm: float, spacing: Spacing) -> str:
    if not spacing.calibrated:
        return f"{mm:.1f} px"
    text = f"{mm / 10:.2f} cm" if mm >= 100 else f"{mm:.1f} mm"
    return f"{text} {spacing.note}".rstrip()


def polyline_length_mm(points: Sequence[Point], spacing: Spacing) -> float:
    return sum(length_mm(a, b, spacing) for a, b in zip(points, points[1:]))
