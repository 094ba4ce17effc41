"""Small numpy drawing helpers shared by the phantoms.

Images are drawn in millimetres: a :class:`Grid` maps pixel centres to
physical coordinates, and every shape is painted only inside its own bounding
box, so a slice with dozens of organs stays cheap to draw at 512².
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Grid:
    """Pixel centres: x = x0 + col * dx, y = y0 + row * dy (millimetres)."""

    rows: int
    cols: int
    x0: float
    y0: float
    dx: float
    dy: float

    @property
    def xs(self) -> np.ndarray:
        return (self.x0 + np.arange(self.cols, dtype=np.float32) * self.dx).astype(np.float32)

    @property
    def ys(self) -> np.ndarray:
        return (self.y0 + np.arange(self.rows, dtype=np.float32) * self.dy).astype(np.float32)

    def box(self, cx: float, cy: float, rx: float, ry: float):
        """Row/column slices covering [cx-rx, cx+rx] x [cy-ry, cy+ry], or None if outside."""
        c0 = max(int(math.floor((cx - rx - self.x0) / self.dx)), 0)
        c1 = min(int(math.ceil((cx + rx - self.x0) / self.dx)) + 1, self.cols)
        r0 = max(int(math.floor((cy - ry - self.y0) / self.dy)), 0)
        r1 = min(int(math.ceil((cy + ry - self.y0) / self.dy)) + 1, self.rows)
        if c0 >= c1 or r0 >= r1:
            return None
        return slice(r0, r1), slice(c0, c1)

    def local(self, rs: slice, cs: slice, cx: float, cy: float):
        """Offsets (dy column vector, dx row vector) of the pixels in a box from (cx, cy)."""
        ys = (self.y0 + np.arange(rs.start, rs.stop, dtype=np.float32) * self.dy - cy)[:, None]
        xs = (self.x0 + np.arange(cs.start, cs.stop, dtype=np.float32) * self.dx - cx)[None, :]
        return ys, xs


def ellipse_q(grid: Grid, cx: float, cy: float, a: float, b: float, angle: float = 0.0,
              margin: float = 1.0):
    """Normalised radius² of an ellipse inside its bounding box: (box, q) or None."""
    if a <= 0 or b <= 0:
        return None
    r = max(a, b) * margin
    box = grid.box(cx, cy, r, r)
    if box is None:
        return None
    ys, xs = grid.local(*box, cx, cy)
    if angle:
        ca, sa = math.cos(angle), math.sin(angle)
        u = xs * ca + ys * sa
        v = -xs * sa + ys * ca
    else:
        u, v = xs, ys
    q = (u / a) ** 2 + (v / b) ** 2
    return box, q


def fill_ellipse(img: np.ndarray, grid: Grid, cx: float, cy: float, a: float, b: float,
                 value: float, angle: float = 0.0, where: np.ndarray | None = None) -> None:
    """Paint an ellipse with a constant value (optionally only where a mask is true)."""
    found = ellipse_q(grid, cx, cy, a, b, angle)
    if found is None:
        return
    box, q = found
    inside = q <= 1.0
    if where is not None:
        inside &= where[box]
    img[box][inside] = value


def add_ellipse(img: np.ndarray, grid: Grid, cx: float, cy: float, a: float, b: float,
                value: float, angle: float = 0.0) -> None:
    """Add value inside an ellipse."""
    found = ellipse_q(grid, cx, cy, a, b, angle)
    if found is None:
        return
    box, q = found
    img[box] += np.where(q <= 1.0, np.float32(value), np.float32(0))


def add_chord(img: np.ndarray, grid: Grid, cx: float, cy: float, a: float, b: float,
              depth: float, value: float, angle: float = 0.0) -> None:
    """Add the path length through an ellipsoid seen along its third axis (for radiographs).

    The ellipsoid has semi-axes a, b in the image plane and ``depth`` along the
    beam; the chord is 2*depth*sqrt(1-q), scaled by ``value`` (attenuation).
    """
    found = ellipse_q(grid, cx, cy, a, b, angle)
    if found is None:
        return
    box, q = found
    img[box] += (2.0 * depth * value) * np.sqrt(np.clip(1.0 - q, 0.0, None))


def stroke(img: np.ndarray, grid: Grid, points: np.ndarray, radius, value: float,
           mode: str = "add_chord") -> None:
    """Draw a thick polyline (a tube whose radius may vary along it).

    ``add_chord`` adds the tube's path length (a cylinder seen from the side),
    ``max`` paints ``value`` wherever the tube is, keeping brighter pixels.
    Each segment is drawn in its own bounding box from the exact distance to
    the segment, so long straight tubes have no scalloped edges.
    """
    pts = np.asarray(points, dtype=np.float64)
    radii = np.broadcast_to(np.asarray(radius, dtype=np.float64), (len(pts),))
    acc = np.zeros_like(img) if mode == "add_chord" else None
    for i in range(len(pts) - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        r0, r1 = radii[i], radii[i + 1]
        rmax = max(r0, r1)
        box = grid.box((x0 + x1) / 2, (y0 + y1) / 2, abs(x1 - x0) / 2 + rmax,
                       abs(y1 - y0) / 2 + rmax)
        if box is None:
            continue
        ys, xs = grid.local(*box, x0, y0)
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy
        if length2 > 0:
            t = np.clip((xs * dx + ys * dy) / length2, 0.0, 1.0)
        else:
            t = np.zeros((ys.shape[0], xs.shape[1]), np.float32)
        ex, ey = xs - t * dx, ys - t * dy
        d2 = ex * ex + ey * ey
        r = r0 + t * (r1 - r0)
        if acc is not None:
            chord = 2.0 * np.sqrt(np.clip(r * r - d2, 0.0, None))
            np.maximum(acc[box], chord.astype(np.float32), out=acc[box])
        else:
            region = img[box]
            inside = d2 <= r * r
            region[inside] = np.maximum(region[inside], value)
    if acc is not None:
        img += acc * np.float32(value)


def box_blur(img: np.ndarray, passes: int = 1) -> np.ndarray:
    """3x3 box blur (partial-volume edges) without scipy."""
    out = img
    for _ in range(passes):
        p = np.pad(out, 1, mode="edge")
        out = (p[:-2] + p[1:-1] + p[2:]) / np.float32(3)
        out = (out[:, :-2] + out[:, 1:-1] + out[:, 2:]) / np.float32(3)
    return out.astype(np.float32, copy=False)


def upsample(field: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Resize a 2-D field to (rows, cols): 2x linear steps per axis, then a crop or pad.

    Slicing only (no gathers), so doubling a radiograph drawn at half
    resolution costs a few milliseconds.
    """
    out = field.astype(np.float32)
    while out.shape[0] < rows:
        out = _double_rows(out)
    while out.shape[1] < cols:
        out = _double_rows(out.T).T
    out = np.ascontiguousarray(out[:rows, :cols])
    pad_r, pad_c = rows - out.shape[0], cols - out.shape[1]
    if pad_r or pad_c:
        out = np.pad(out, ((0, pad_r), (0, pad_c)), mode="edge")
    return out


def _double_rows(f: np.ndarray) -> np.ndarray:
    out = np.empty((2 * f.shape[0], f.shape[1]), np.float32)
    out[0::2] = f
    out[1:-1:2] = (f[:-1] + f[1:]) * np.float32(0.5)
    out[-1] = f[-1]
    return out


def upsample2(f: np.ndarray) -> np.ndarray:
    """Double both dimensions with linear interpolation between neighbours."""
    return np.ascontiguousarray(_double_rows(_double_rows(f).T).T)


def smooth_field(rng: np.random.Generator, rows: int, cols: int, cell: float,
                 octaves: int = 3, stretch: float = 1.0) -> np.ndarray:
    """Band-limited noise with features about ``cell`` pixels wide, roughly unit variance.

    Built coarse to fine: each octave doubles the resolution and adds finer
    detail at half the amplitude. ``stretch`` > 1 makes features longer along
    the columns (x) than along the rows, like fibres.
    """
    h = max(int(math.ceil(rows / cell)) + 1, 2)
    w = max(int(math.ceil(cols / (cell * stretch))) + 1, 2)
    out = rng.standard_normal((h, w)).astype(np.float32)
    amp = 1.0
    for _ in range(octaves - 1):
        out = box_blur(upsample2(out))
        amp *= 0.5
        out += amp * rng.standard_normal(out.shape).astype(np.float32)
    out = box_blur(out)
    out = upsample(out, rows, cols)
    return out / np.float32(out.std() + 1e-6)


def noise_bank(rng: np.random.Generator, size: int, sigma: float) -> np.ndarray:
    """A large, slightly correlated Gaussian noise field to cut slice noise from."""
    field = rng.standard_normal((size, size)).astype(np.float32)
    field = box_blur(field)  # CT noise is correlated over ~2 px
    return field * np.float32(sigma / field.std())


def noise_window(bank: np.ndarray, rng: np.random.Generator, rows: int, cols: int) -> np.ndarray:
    """A random rows x cols window of a noise bank (a view, no copy)."""
    r = int(rng.integers(0, bank.shape[0] - rows + 1))
    c = int(rng.integers(0, bank.shape[1] - cols + 1))
    return bank[r:r + rows, c:c + cols]


# 5x7 glyphs for the lead markers radiographers put on the detector.
_GLYPHS = {
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
}


def burn_marker(img: np.ndarray, letter: str, row: int, col: int, size: int, value: float) -> None:
    """Burn a lead laterality marker (a letter on a square plate) into a radiograph."""
    glyph = np.array([[c == "1" for c in line] for line in _GLYPHS[letter]], dtype=bool)
    cell = max(size // 7, 1)
    big = np.kron(glyph, np.ones((cell, cell), dtype=bool))
    h, w = big.shape
    pad = cell
    r0, c0 = max(row, 0), max(col, 0)
    r1, c1 = min(r0 + h + 2 * pad, img.shape[0]), min(c0 + w + 2 * pad, img.shape[1])
    plate = img[r0:r1, c0:c1]
    plate[...] = np.minimum(plate, value * 0.15)
    sub = plate[pad:pad + h, pad:pad + w]
    sub[big[: sub.shape[0], : sub.shape[1]]] = value
