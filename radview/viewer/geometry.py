"""Qt-free patient geometry: slice position, orientation markers, sync by position.

Patient coordinates (LPS, PS3.3 C.7.6.2.1.1): +x to the patient's Left, +y to
Posterior, +z to Head.  Image Orientation (Patient) gives the direction of the
first row (increasing column index, screen right) and of the first column
(increasing row index, screen down).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Mapping, Sequence

import numpy as np

from radview.errors import RadviewError

_AXIS_LETTERS = (("R", "L"), ("A", "P"), ("F", "H"))  # (negative, positive) per x, y, z


def _vector(value: Any, n: int) -> np.ndarray | None:
    if value is None or value == "":
        return None
    try:
        arr = np.asarray([float(v) for v in value], dtype=np.float64)
    except (TypeError, ValueError):
        return None
    return arr if arr.shape == (n,) and np.all(np.isfinite(arr)) else None


@dataclass(frozen=True)
class Spacing:
    """Physical size of a pixel: row spacing (vertical) and column spacing (horizontal), mm.

    source: "PixelSpacing" (in the patient), "ImagerPixelSpacing" (at the detector,
    not corrected for magnification: said so on screen), or "" (none: pixels only).
    """

    row_mm: float = 1.0
    col_mm: float = 1.0
    source: str = ""

    @property
    def calibrated(self) -> bool:
        return bool(self.source)

    @property
    def note(self) -> str:
        return {"ImagerPixelSpacing": "(detector)", "": "(px)"}.get(self.source, "")


def spacing_from_meta(meta: Mapping[str, Any]) -> Spacing:
    for keyword in ("PixelSpacing", "ImagerPixelSpacing"):
        v = _vector(meta.get(keyword), 2)
        if v is not None and v[0] > 0 and v[1] > 0:
            return Spacing(float(v[0]), float(v[1]), keyword)
    return Spacing()


@dataclass(frozen=True)
class SliceGeometry:
    """Where one image plane lies in the patient."""

    rows: int
    cols: int
    spacing: Spacing
    position: np.ndarray | None = None  # Image Position (Patient) of the first pixel's centre
    row_dir: np.ndarray | None = None  # direction of increasing column index
    col_dir: np.ndarray | None = None  # direction of increasing row index

    @cached_property  # computed once per slice (scrolling asks on every paint)
    def normal(self) -> np.ndarray | None:
        if self.row_dir is None or self.col_dir is None:
            return None
        n = np.cross(self.row_dir, self.col_dir)
        norm = np.linalg.norm(n)
        return n / norm if norm > 1e-6 else None

    @cached_property
    def location(self) -> float | None:
        """Position along the plane normal (mm): the key for sorting and sync."""
        n = self.normal
        if n is None or self.position is None:
            return None
        return float(np.dot(self.position, n))

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any], rows: int, cols: int) -> "SliceGeometry":
        iop = _vector(meta.get("ImageOrientationPatient"), 6)
        row_dir = col_dir = None
        if iop is not None:
            r, c = iop[:3], iop[3:]
            if np.linalg.norm(r) > 1e-6 and np.linalg.norm(c) > 1e-6:
                row_dir, col_dir = r / np.linalg.norm(r), c / np.linalg.norm(c)
        return cls(rows, cols, spacing_from_meta(meta), _vector(meta.get("ImagePositionPatient"), 3),
                   row_dir, col_dir)

    def patient_point(self, x: float, y: float) -> np.ndarray | None:
        """Patient coordinates of image point (x = column, y = row; pixel centres at i + 0.5)."""
        if self.position is None or self.row_dir is None:
            return None
        return (self.position + self.row_dir * (x - 0.5) * self.spacing.col_mm
                + self.col_dir * (y - 0.5) * self.spacing.row_mm)


def direction_label(vector: Sequence[float] | None, threshold: float = 0.25) -> str:
    """Letters for a patient direction, strongest first (e.g. [0.9, 0, -0.4] -> 'LF')."""
    if vector is None:
        return ""
    v = np.asarray(vector, dtype=np.float64)
    order = np.argsort(-np.abs(v))
    letters = [_AXIS_LETTERS[i][1 if v[i] > 0 else 0] for i in order if abs(v[i]) >= threshold]
    return "".join(letters[:3])


@dataclass(frozen=True)
class ViewTransform:
    """Rotation (multiple of 90 degrees clockwise) and flips applied on screen.

    Flips are applied first (in image axes), then the rotation.
    """

    rotation: int = 0
    flip_h: bool = False
    flip_v: bool = False

    def screen_direction(self, right: np.ndarray, down: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Image 'right'/'down' patient vectors -> what is on screen right/down."""
        if self.flip_h:
            right = -right
        if self.flip_v:
            down = -down
        for _ in range(self.rotation % 360 // 90):
            # rotating the picture 90 deg clockwise: screen right shows old 'up', down shows old right
            right, down = -down, right
        return right, down


def orientation_markers(geom: SliceGeometry, view: ViewTransform = ViewTransform()) -> dict[str, str]:
    """Letters at the screen edges: {'left','right','top','bottom'} (empty without IOP)."""
    if geom.row_dir is None or geom.col_dir is None:
        return {"left": "", "right": "", "top": "", "bottom": ""}
    right, down = view.screen_direction(geom.row_dir, geom.col_dir)
    return {
        "right": direction_label(right),
        "left": direction_label(-right),
        "bottom": direction_label(down),
        "top": direction_label(-down),
    }


def parallel(a: SliceGeometry, b: SliceGeometry, tolerance_deg: float = 10.0) -> bool:
    na, nb = a.normal, b.normal
    if na is None or nb is None:
        return False
    return abs(float(np.dot(na, nb))) >= np.cos(np.radians(tolerance_deg))


def sync_index(source: SliceGeometry, targets: Sequence[SliceGeometry],
               max_distance_mm: float | None = None) -> int | None:
    """Index of the target slice nearest to the source plane, by position on the normal.

    Works between series of different spacing and extent (current vs prior): the
    source position is projected on the *target's* normal, so only the planes'
    orientations must agree (within 10 degrees).  Returns None when the series are
    not parallel, lack positions, or the nearest slice is farther than
    max_distance_mm (default: any distance, so the nearest end is chosen).
    """
    if source.position is None or not targets:
        return None
    best, best_d = None, None
    for i, t in enumerate(targets):
        if t.position is None or not parallel(source, t):
            continue
        n = t.normal
        d = abs(float(np.dot(source.position - t.position, n)))
        if best_d is None or d < best_d:
            best, best_d = i, d
    if best is None or (max_distance_mm is not None and best_d > max_distance_mm):
        return None
    return best


def sort_key(geom: SliceGeometry, fallback: float) -> float:
    loc = geom.location
    return loc if loc is not None else fallback


def require_positions(geoms: Sequence[SliceGeometry]) -> None:
    if any(g.position is None for g in geoms):
        raise RadviewError("a slice lacks Image Position (Patient): cannot synchronise by position")
