"""Qt-free view state of one viewport: slice, window/level, camera and its maths.

The viewport widget (viewport.py) is a thin Qt canvas over this model, the way
napari keeps its camera apart from its canvas: everything here is plain Python
and numpy, unit-testable without a display.

Coordinates: *image* points are in full-resolution pixels of the current slice
(whatever pyramid level is on hand); *canvas* points are the widget's logical
pixels. ``zoom`` is in device pixels per image pixel (vertical image axis);
``zoom is None`` means "fit to the canvas", ``center is None`` "centred".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from radview.errors import UsageError
from radview.viewer import pipeline
from radview.viewer.geometry import ViewTransform
from radview.viewer.model import Slice

# Window presets offered after the header's own (key 1 = first header preset).
MODALITY_PRESETS: dict[str, list[tuple[str, float, float]]] = {
    # the same values as the hanging protocols' named presets
    "CT": [("Brain", 40, 80), ("Soft tissue", 40, 400), ("Lung", -600, 1500),
           ("Bone", 400, 1800), ("Liver", 80, 150), ("Mediastinum", 50, 350), ("Subdural", 75, 215)],
}
MIN_ZOOM, MAX_ZOOM = 0.01, 64.0


@dataclass
class Canvas:
    """The drawing area: logical size and device pixel ratio."""

    width: float = 1.0
    height: float = 1.0
    dpr: float = 1.0


class ViewState:
    """Display state (window, invert) and camera (zoom, pan, rotation, flips) of a viewport."""

    def __init__(self) -> None:
        self.canvas = Canvas()
        self.window: pipeline.Window | None = None  # user/preset window; None = slice default
        self.voi_lut: pipeline.Lut | None = None
        self.invert = False
        self.view = ViewTransform()
        self.zoom: float | None = None  # None = fit
        self.center: tuple[float, float] | None = None  # image point at the canvas centre

    # ------------------------------------------------------------------ window / level
    def voi(self, s: Slice | None) -> pipeline.Voi:
        """The VOI in force for slice ``s``."""
        if self.window is not None:
            return pipeline.Voi(window=self.window)
        if self.voi_lut is not None:
            return pipeline.Voi(lut=self.voi_lut)
        if s is None:
            return pipeline.Voi()
        return pipeline.default_voi(s.info, s.pixels)

    def set_window(self, s: Slice | None, center: float, width: float,
                   function: str | None = None) -> pipeline.Window:
        fn = function or (self.window.function if self.window else header_function(s))
        self.window = pipeline.Window(float(center), max(float(width), 1.0), fn)
        self.voi_lut = None
        return self.window

    def reset_window(self) -> None:
        self.window, self.voi_lut = None, None

    def reset_display(self) -> None:
        """A new stack: its own window, fitted and centred (rotation/flips/invert stay)."""
        self.reset_window()
        self.zoom, self.center = None, None

    def reset_view(self) -> None:
        self.view = ViewTransform()
        self.zoom, self.center = None, None
        self.invert = False
        self.reset_window()

    # ------------------------------------------------------------------ orientation
    def rotate(self, degrees: int = 90) -> None:
        if degrees % 90:
            raise UsageError("rotation must be a multiple of 90 degrees")
        v = self.view
        self.view = ViewTransform((v.rotation + degrees) % 360, v.flip_h, v.flip_v)

    def flip(self, horizontal: bool = True) -> None:
        """Flip on screen (left-right or up-down, as the reader sees it)."""
        v = self.view
        fh, fv = v.flip_h, v.flip_v
        if horizontal != (v.rotation in (90, 270)):
            fh = not fh
        else:
            fv = not fv
        self.view = ViewTransform(v.rotation, fh, fv)

    # ------------------------------------------------------------------ camera maths
    @staticmethod
    def aspect(s: Slice | None) -> float:
        """Column over row spacing: non-square pixels are drawn in their true shape."""
        if s is None or not s.geometry.spacing.calibrated:
            return 1.0
        return s.geometry.spacing.col_mm / s.geometry.spacing.row_mm

    @staticmethod
    def image_center(s: Slice | None) -> tuple[float, float]:
        return (s.cols / 2.0, s.rows / 2.0) if s else (0.0, 0.0)

    def rotated_size(self, s: Slice | None) -> tuple[float, float]:
        if s is None:
            return 1.0, 1.0
        w, h = s.cols * self.aspect(s), float(s.rows)
        return (h, w) if self.view.rotation in (90, 270) else (w, h)

    def fit_zoom(self, s: Slice | None) -> float:
        bw, bh = self.rotated_size(s)
        c = self.canvas
        return max(min(c.width * c.dpr / bw, c.height * c.dpr / bh), 1e-3)

    def effective_zoom(self, s: Slice | None) -> float:
        return self.zoom if self.zoom is not None else self.fit_zoom(s)

    def matrix(self, s: Slice | None) -> np.ndarray:
        """3×3 affine: image (x, y, 1) → canvas (logical) coordinates."""
        cx, cy = self.center or self.image_center(s)
        k = self.effective_zoom(s) / self.canvas.dpr
        v = self.view
        m = _translate(-cx, -cy)
        m = _scale(self.aspect(s), 1.0) @ m
        m = _scale(-1.0 if v.flip_h else 1.0, -1.0 if v.flip_v else 1.0) @ m
        m = _rotate(v.rotation) @ m
        m = _scale(k, k) @ m
        return _translate(self.canvas.width / 2.0, self.canvas.height / 2.0) @ m

    def image_to_canvas(self, s: Slice | None, x: float, y: float) -> tuple[float, float]:
        p = self.matrix(s) @ (x, y, 1.0)
        return float(p[0]), float(p[1])

    def canvas_to_image(self, s: Slice | None, x: float, y: float) -> tuple[float, float]:
        p = np.linalg.solve(self.matrix(s), (x, y, 1.0))
        return float(p[0]), float(p[1])

    def set_zoom(self, s: Slice, zoom: float, anchor: tuple[float, float] | None = None) -> None:
        """Zoom to ``zoom`` device px per image px, keeping the image point under the
        canvas point ``anchor`` fixed."""
        zoom = min(max(float(zoom), MIN_ZOOM), MAX_ZOOM)
        before = self.canvas_to_image(s, *anchor) if anchor is not None else None
        self.center = self.center or self.image_center(s)
        self.zoom = zoom
        if before is not None:
            after = self.canvas_to_image(s, *anchor)
            self.center = (self.center[0] + before[0] - after[0],
                           self.center[1] + before[1] - after[1])

    def pan_by(self, s: Slice, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) canvas pixels."""
        c = self.center or self.image_center(s)
        if self.zoom is None:
            self.zoom = self.fit_zoom(s)
        x0, y0 = self.canvas_to_image(s, 0.0, 0.0)
        x1, y1 = self.canvas_to_image(s, dx, dy)
        self.center = (c[0] - (x1 - x0), c[1] - (y1 - y0))

    def view_center(self, s: Slice | None) -> tuple[float, float]:
        """The image point at the canvas centre, as fractions of the image (0..1)."""
        if s is None:
            return 0.5, 0.5
        cx, cy = self.center or self.image_center(s)
        return cx / s.cols, cy / s.rows

    def set_view_center(self, s: Slice, fx: float, fy: float) -> None:
        if self.zoom is None:
            self.zoom = self.fit_zoom(s)
        self.center = (float(fx) * s.cols, float(fy) * s.rows)

    def needed_display_size(self, s: Slice | None) -> tuple[int, int]:
        """Device pixels (w, h) the full image covers at the current zoom (≤ full size)."""
        if s is None:
            return 0, 0
        z = self.effective_zoom(s)
        w = min(math.ceil(s.cols * self.aspect(s) * z), s.cols)
        h = min(math.ceil(s.rows * z), s.rows)
        return max(w, 1), max(h, 1)

    def reduction(self, s: Slice) -> int:
        """Power-of-two box reduction for minified display (1 = the real pixels).

        Below 75 % effective scale the picture is drawn from a 2x2 (4x4, ...) average
        of the stored values: it anti-aliases, and W/L then touches 4x (16x) fewer
        pixels.  At 75 % and above every stored pixel is drawn.
        """
        if s.pixels is None or s.info.is_color:
            return 1
        scale = self.effective_zoom(s) * s.rows / s.pixels.shape[0]  # device px per array px
        k = 1
        while scale * k * 2 <= 1.5 and min(s.pixels.shape[:2]) // (k * 2) >= 16:
            k *= 2
        return k


def header_function(s: Slice | None) -> str:
    if s is not None and s.info.windows:
        return s.info.windows[0].function
    return "LINEAR"


def presets(s: Slice | None) -> list:
    """Header windows, header VOI LUTs, then modality presets (keys 1..9)."""
    if s is None or s.info.is_color:
        return []
    out: list = [(w.explanation or f"Header {i + 1}", w.center, w.width)
                 for i, w in enumerate(s.info.windows)]
    out += [(lut.explanation or f"VOI LUT {i + 1}", lut) for i, lut in enumerate(s.info.voi_luts)]
    out += MODALITY_PRESETS.get(s.info.modality, [])
    return out


def reduce_pixels(pixels: np.ndarray, k: int) -> np.ndarray:
    """k×k box average of stored values (k = 1: the array itself)."""
    if k == 1:
        return pixels
    h, w = (pixels.shape[0] // k) * k, (pixels.shape[1] // k) * k
    acc = pixels[:h, :w].reshape(h // k, k, w // k, k).astype(np.int32).sum(axis=(1, 3))
    return (acc // (k * k)).astype(pixels.dtype)


def _translate(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


def _scale(sx: float, sy: float) -> np.ndarray:
    return np.array([[sx, 0.0, 0.0], [0.0, sy, 0.0], [0.0, 0.0, 1.0]])


def _rotate(degrees: int) -> np.ndarray:
    # Screen y points down: a positive angle turns clockwise on screen (as QTransform.rotate).
    c, s = {0: (1, 0), 90: (0, 1), 180: (-1, 0), 270: (0, -1)}[degrees % 360]
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]], dtype=float)
