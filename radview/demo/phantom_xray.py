"""Projection radiographs: chest PA/lateral, knee AP/lateral, mammography CC/MLO.

Each image is built as a water-equivalent path length (mm) summed from
analytic chords through ellipsoids and tubes, so bone, lungs and soft tissue
overlap the way they do on film. ``to_stored`` then applies a detector-style
log response and returns unsigned integers as a processed radiograph stores them.
Image coordinates are millimetres from the image's top-left pixel centre.
"""

from __future__ import annotations

import math

import numpy as np

from radview.demo.raster import Grid, add_chord, box_blur, burn_marker, smooth_field, stroke

BONE = 2.6  # attenuation of cortical bone relative to water
MARROW = 1.4
AIR = -1.0  # air replacing tissue inside the body


def to_stored(path_mm: np.ndarray, rng: np.random.Generator, bits: int, *,
              scale: float, gamma: float = 1.0, noise: float = 0.006) -> np.ndarray:
    """Path length → processed detector values (0 = no attenuation = black)."""
    v = 1.0 - np.exp(-np.clip(path_mm, 0, None) / scale)
    if gamma != 1.0:
        v = v ** gamma
    v = v + rng.standard_normal(v.shape, dtype=np.float32) * noise * np.sqrt(v + 0.05)
    top = (1 << bits) - 1
    return np.clip(v * top, 0, top).astype(np.uint16)


def _canvas(rows: int, cols: int, spacing: float, shift, down: float) -> tuple[Grid, np.ndarray]:
    """The grid in mm (x = 0 on the midline, y = 0 at ``down`` of the height from the
    top, both moved by ``shift``) and an empty path-length image on it."""
    g = Grid(rows, cols, -cols * spacing / 2 - shift[0], -rows * spacing * down - shift[1],
             spacing, spacing)
    return g, np.zeros((rows, cols), np.float32)


# ---------------------------------------------------------------- chest

def chest_pa(rows: int, cols: int, spacing: float, rng: np.random.Generator, *,
             size: float = 1.0, female: bool = False, shift=(0.0, 0.0)) -> np.ndarray:
    """Chest PA (viewed as if facing the patient: patient's right on image left)."""
    g, img = _canvas(rows, cols, spacing, shift, 0.30)
    k = size
    # trunk: thickness along the beam ~ AP depth; shoulders and neck above
    add_chord(img, g, 0, 170 * k, 165 * k, 260 * k, 115 * k, 1.0)
    add_chord(img, g, 0, -70 * k, 48 * k, 90 * k, 55 * k, 1.0)  # neck
    for side in (-1, 1):
        add_chord(img, g, side * 150 * k, 10 * k, 60 * k, 45 * k, 60 * k, 0.9)  # shoulders
        add_chord(img, g, side * 205 * k, 140 * k, 38 * k, 170 * k, 40 * k, 1.0)  # arms
    if female:
        for side in (-1, 1):
            add_chord(img, g, side * 75 * k, 215 * k, 70 * k, 55 * k, 45 * k, 1.0)
    # lungs: air replacing tissue; diaphragm domes cut the bases
    lungs = np.zeros_like(img)
    for side, dome in ((-1, 245.0), (1, 262.0)):
        add_chord(lungs, g, side * 78 * k, 120 * k, 72 * k, 150 * k, 85 * k, 1.0)
        ys = g.ys[:, None]
        xs = g.xs[None, :]
        domecurve = (dome - 0.010 * (xs - side * 70 * k) ** 2) * k
        side_mask = (xs * side > 0)
        lungs *= np.where(side_mask & (ys > domecurve), np.float32(0), np.float32(1))
    heart = np.zeros_like(img)
    add_chord(heart, g, 28 * k, 205 * k, 88 * k, 68 * k, 70 * k, 1.0)  # heart shadow, to the left
    add_chord(heart, g, 4 * k, 80 * k, 30 * k, 100 * k, 35 * k, 1.0)  # mediastinum
    add_chord(heart, g, 32 * k, 55 * k, 18 * k, 16 * k, 25 * k, 1.0)  # aortic knob
    img += AIR * np.clip(lungs - heart, 0, None)
    _lung_markings(img, g, rng, k)
    _rib_cage_pa(img, g, k)
    # spine (seen through the mediastinum), clavicles, scapulae, humeral heads
    stroke(img, g, np.array([[0, -110], [0, 330]]) * k, 16 * k, BONE * 0.35)
    stroke(img, g, np.array([[0, -110], [0, 50], [6, 85]]) * k, 8 * k, AIR * 0.8)  # trachea
    for side in (-1, 1):
        stroke(img, g, np.array([[side * 15, 5], [side * 60, -12], [side * 110, -5],
                                 [side * 145, -20]]) * k, 7 * k, BONE * 0.8)
        stroke(img, g, np.array([[side * 150, 10], [side * 125, 60], [side * 105, 130]]) * k,
               np.array([16, 12, 5]) * k, BONE * 0.35)
        add_chord(img, g, side * 175 * k, 5 * k, 26 * k, 26 * k, 26 * k, BONE * 0.5)
        stroke(img, g, np.array([[side * 175, 5], [side * 200, 250]]) * k, 11 * k, BONE * 0.6)
    return img


def _rib_cage_pa(img, g, k) -> None:
    """Ten posterior ribs curving out and down from the spine, anterior ribs fainter."""
    for side in (-1, 1):
        for i in range(10):
            y0 = (-8 + i * 24) * k
            t = np.linspace(0, 1, 9)
            span = (60 + 55 * math.sin(min(i, 6) / 6 * math.pi / 2)) * k
            x = side * (12 * k + span * np.sin(t * math.pi * 0.85))
            y = y0 - 18 * k * np.sin(t * math.pi) + t * 40 * k
            stroke(img, g, np.stack([x, y], 1), 5.0 * k, BONE * 0.55)
            # anterior arc sweeping back down to the sternum
            xa = side * (12 * k + span * (1 - 0.8 * t))
            ya = y[-1] + t * (45 + 4 * i) * k
            stroke(img, g, np.stack([xa, ya], 1), 4.0 * k, BONE * 0.25)


def _lung_markings(img, g, rng, k) -> None:
    """Branching vessels fanning out from both hila."""
    for side in (-1, 1):
        for _ in range(14):
            ang = rng.uniform(-1.3, 1.6) if side > 0 else math.pi - rng.uniform(-1.3, 1.6)
            pts = [(side * rng.uniform(40, 62) * k, rng.uniform(125, 180) * k)]
            x, y = pts[0]
            width = rng.uniform(1.6, 3.0) * k
            for _step in range(6):
                ang += rng.normal(0, 0.25)
                x, y = x + math.cos(ang) * 18 * k, y - math.sin(ang) * 18 * k * 0.9
                pts.append((x, y))
            r = np.linspace(width, 0.6 * k, len(pts))
            stroke(img, g, np.array(pts), r, 2.5)


def chest_lateral(rows: int, cols: int, spacing: float, rng: np.random.Generator, *,
                  size: float = 1.0, female: bool = False, shift=(0.0, 0.0)) -> np.ndarray:
    """Left lateral chest: anterior to the image left, spine on the right."""
    g, img = _canvas(rows, cols, spacing, shift, 0.30)
    k = size
    add_chord(img, g, 10 * k, 170 * k, 120 * k, 270 * k, 170 * k, 1.0)  # trunk (wide along beam)
    add_chord(img, g, 20 * k, -60 * k, 50 * k, 80 * k, 60 * k, 1.0)  # neck
    for dx in (-30, 30):  # raised arms project over the upper chest
        stroke(img, g, np.array([[dx - 10, -150], [dx, 60]]) * k, 40 * k, 0.8)
        stroke(img, g, np.array([[dx - 10, -150], [dx, 60]]) * k, 11 * k, BONE * 0.6)
    if female:
        add_chord(img, g, -110 * k, 210 * k, 40 * k, 55 * k, 120 * k, 1.0)
    lungs = np.zeros_like(img)
    add_chord(lungs, g, 15 * k, 125 * k, 95 * k, 150 * k, 150 * k, 1.0)
    ys, xs = g.ys[:, None], g.xs[None, :]
    dome = (255 - 0.006 * (xs - 10 * k) ** 2 + 0.25 * (xs - 10 * k)) * k  # posterior sulcus deeper
    lungs *= np.where(ys > dome, np.float32(0), np.float32(1))
    heart = np.zeros_like(img)
    add_chord(heart, g, -35 * k, 195 * k, 62 * k, 62 * k, 90 * k, 1.0)
    add_chord(heart, g, 10 * k, 60 * k, 22 * k, 80 * k, 30 * k, 1.0)  # aorta / trachea region
    img += AIR * np.clip(lungs - heart, 0, None)
    stroke(img, g, np.array([[30, -120], [25, 120]]) * k, 8 * k, AIR * 0.6)  # trachea
    # thoracic spine: vertebral bodies stacked with disc spaces, posterior elements
    for i in range(15):
        yc = (-90 + i * 27) * k
        xc = (58 + 8 * math.sin(i / 14 * math.pi)) * k
        _cylinder(img, g, xc, yc, 17 * k, 11 * k, BONE * 0.6)  # vertebral body
        add_chord(img, g, xc + 32 * k, yc + 4 * k, 10 * k, 8 * k, 22 * k, BONE * 0.5)
    stroke(img, g, np.array([[-115, 0], [-118, 90], [-112, 180]]) * k, 8 * k, BONE * 0.7)  # sternum
    for i in range(10):  # ribs overlapping posteriorly
        y0 = (10 + i * 25) * k
        stroke(img, g, np.array([[75, y0], [30, y0 + 30], [-60, y0 + 65], [-100, y0 + 80]]) * k,
               4 * k, BONE * 0.3)
    return img


def _cylinder(img, g: Grid, xc: float, yc: float, r: float, half_h: float, value: float) -> None:
    """A vertical cylinder seen from the side (beam across it): a rectangle whose
    path length follows the chord across its width."""
    box = g.box(xc, yc, r, half_h)
    if box is None:
        return
    ys, xs = g.local(*box, xc, yc)
    chord = 2.0 * np.sqrt(np.clip(r * r - xs * xs, 0.0, None))
    rim = np.clip(half_h - np.abs(ys), 0.0, 1.0)  # end plates fade over ~1 mm
    img[box] += (value * chord * rim).astype(np.float32)


# ---------------------------------------------------------------- knee

def knee(view: str, laterality: str, rows: int, cols: int, spacing: float,
         rng: np.random.Generator, *, size: float = 1.0, shift=(0.0, 0.0)) -> np.ndarray:
    """Knee AP or lateral. AP is seen from the front: lateral side is image left for R.

    Bones are tubes with a cortex and flaring metaphyses, condyles and plateau
    as ellipsoids, with a trabecular texture; the joint line is at y = 0.
    """
    g, soft = _canvas(rows, cols, spacing, shift, 0.5)
    k = size
    bone = np.zeros_like(soft)

    def pts(*p):
        return np.array(p, dtype=np.float64) * k

    if view == "AP":
        lat = -1.0 if laterality == "R" else 1.0  # image-x sign of the lateral side
        stroke(soft, g, pts((0, -320), (0, 0), (0, 320)), np.array([64, 56, 44]) * k, 1.0)
        # femur: shaft flaring into the metaphysis (one tube, so no seams)
        _long_bone(bone, g, pts((0, -320), (0, -95), (0, -30)), np.array([14, 16, 38]) * k,
                   3.5 * k)
        for side in (-1, 1):  # condyles
            add_chord(bone, g, side * 20 * k, -19 * k, 21 * k, 19 * k, 28 * k, MARROW)
        add_chord(bone, g, 0, -9 * k, 6 * k, 10 * k, 12 * k, -MARROW)  # intercondylar notch
        add_chord(bone, g, 0, 13 * k, 41 * k, 10 * k, 30 * k, MARROW)  # tibial plateau
        for side in (-1, 1):
            add_chord(bone, g, side * 5 * k, 3 * k, 3.5 * k, 6 * k, 8 * k, MARROW)  # spines
        _long_bone(bone, g, pts((0, 18), (0, 80), (0, 320)), np.array([39, 17, 13]) * k,
                   4.0 * k)  # tibia
        add_chord(bone, g, lat * 40 * k, 32 * k, 10 * k, 9 * k, 10 * k, MARROW)  # fibular head
        _long_bone(bone, g, pts((lat * 40, 40), (lat * 33, 320)), np.array([7, 5]) * k, 2 * k)
        add_chord(bone, g, 0, -32 * k, 22 * k, 24 * k, 11 * k, MARROW * 0.8)  # patella
    else:  # lateral: anterior to the image left, knee slightly flexed
        stroke(soft, g, pts((5, -320), (0, 0), (15, 320)), np.array([66, 60, 48]) * k, 1.0)
        _long_bone(bone, g, pts((12, -320), (6, -95), (10, -30)), np.array([15, 17, 30]) * k,
                   3.5 * k)
        add_chord(bone, g, 14 * k, -22 * k, 30 * k, 26 * k, 40 * k, MARROW)  # condyles
        add_chord(bone, g, -46 * k, -28 * k, 10 * k, 24 * k, 22 * k, MARROW, angle=0.15)  # patella
        add_chord(bone, g, 8 * k, 13 * k, 34 * k, 10 * k, 35 * k, MARROW)  # plateau
        _long_bone(bone, g, pts((8, 18), (14, 75), (22, 320)), np.array([32, 17, 13]) * k,
                   4.0 * k)
        add_chord(bone, g, -24 * k, 48 * k, 8 * k, 14 * k, 10 * k, MARROW)  # tibial tuberosity
        add_chord(bone, g, 34 * k, 34 * k, 9 * k, 10 * k, 10 * k, MARROW)  # fibular head
        _long_bone(bone, g, pts((36, 40), (42, 320)), np.array([6, 5]) * k, 2 * k)
    texture = smooth_field(rng, rows, cols, cell=2.0, octaves=2)
    return box_blur(soft + bone * (1.0 + 0.06 * texture))


def _long_bone(img, g, pts, radius, cortex) -> None:
    """A tubular bone: cortex bright on the edges, marrow in the middle."""
    pts = np.asarray(pts, dtype=np.float64)
    outer = np.zeros_like(img)
    inner = np.zeros_like(img)
    r = np.broadcast_to(np.asarray(radius, dtype=np.float64), (len(pts),))
    stroke(outer, g, pts, r, 1.0)
    stroke(inner, g, pts, np.maximum(r - cortex, 1.0), 1.0)
    img += BONE * (outer - inner) + MARROW * inner


# ---------------------------------------------------------------- mammography

def mammo(view: str, laterality: str, rows: int, cols: int, spacing: float,
          rng: np.random.Generator, *, density: float = 0.4) -> np.ndarray:
    """Breast image, relative signal 0..1 (0 = background).

    Stored the way mammography units do: the chest wall on the image's right
    for a right breast, on the left for a left breast; nipple pointing inward.
    Fibroglandular tissue is band-limited noise stretched along the ducts
    (chest wall to nipple), concentrated behind the nipple.
    """
    ys = np.arange(rows, dtype=np.float32)[:, None] * spacing
    xs = np.arange(cols, dtype=np.float32)[None, :] * spacing
    d = xs if laterality == "L" else (cols - 1) * spacing - xs  # distance from the chest wall
    h = rows * spacing
    depth = 0.62 * cols * spacing * rng.uniform(0.9, 1.05)
    if view == "CC":
        cy, half, tilt = h * 0.5, h * 0.40, 0.0
    else:  # MLO: taller, tilted, reaching the axilla at the top
        cy, half, tilt = h * 0.47, h * 0.50, 0.22
    yy = ys - cy + tilt * d
    q = (d / depth) ** 2 + (yy / half) ** 2
    ny = cy - tilt * depth  # nipple height
    breast = q <= 1.0
    thickness = np.sqrt(np.clip(1.0 - q, 0, 1)) ** 0.35  # compressed: flat, falls at the edge
    fibres = smooth_field(rng, rows, cols, cell=rows / 40, octaves=4, stretch=5.0)
    lobes = smooth_field(rng, rows, cols, cell=rows / 7, octaves=3)
    core = np.exp(-((d / depth - 0.45) ** 2) / 0.07 - ((ys - ny) / (h * 0.28)) ** 2)
    g = core * (0.6 + density) + 0.35 * lobes + 0.30 * fibres - 0.75
    glandular = 1.0 / (1.0 + np.exp(-g / 0.12))
    tissue = thickness * (0.30 + 0.36 * glandular + 0.02 * fibres)
    if view == "MLO":  # pectoral muscle: a triangle along the chest wall at the top
        muscle = (d < (h * 0.48 - ys) * 0.5) & (ys < h * 0.48)
        tissue = np.where(muscle, np.maximum(tissue, 0.60 + 0.02 * lobes), tissue)
        breast = breast | muscle
    img = np.where(breast, tissue, 0.0).astype(np.float32)
    g2 = Grid(rows, cols, 0.0, 0.0, spacing, spacing)
    for _ in range(3):  # a few vessels running towards the nipple
        y0 = ny + rng.uniform(-0.35, 0.35) * half
        pts = []
        wobble = rng.uniform(0, 2 * math.pi)
        for t in np.linspace(0.05, 0.8, 12):
            dd = t * depth
            x = dd if laterality == "L" else (cols - 1) * spacing - dd
            pts.append((x, y0 + (ny - y0) * t + 4.0 * math.sin(t * 9 + wobble)))
        vessel = np.zeros_like(img)
        stroke(vessel, g2, np.array(pts), 0.8, 0.025)
        img += vessel * breast
    skin = breast & (q > 0.985) & (q <= 1.0)
    img[skin] += 0.10
    nipple = ((d - depth) ** 2 + (ys - ny) ** 2) < (4.0 ** 2)
    img[nipple & ~breast] = 0.45
    for _ in range(int(rng.integers(3, 9))):  # benign calcifications
        dd, y1 = rng.uniform(0.2, 0.7) * depth, ny + rng.uniform(-0.3, 0.3) * half
        x = dd if laterality == "L" else (cols - 1) * spacing - dd
        add_chord(img, g2, x, y1, 0.35, 0.35, 0.35, 1.0)
    return img


def mammo_stored(signal: np.ndarray, rng: np.random.Generator, bits: int,
                 monochrome1: bool) -> np.ndarray:
    """Signal → stored values; MONOCHROME1 vendors store dense tissue as low values."""
    top = (1 << bits) - 1
    v = signal + rng.standard_normal(signal.shape, dtype=np.float32) * 0.008 * (signal > 0)
    v = np.clip(v, 0, 1) * top
    v = v.astype(np.uint16)
    return (top - v).astype(np.uint16) if monochrome1 else v


def laterality_marker(img16: np.ndarray, letter: str, left_side: bool, value: int) -> None:
    """Lead 'R'/'L' marker near a top corner."""
    size = max(img16.shape[0] // 22, 14)
    col = int(img16.shape[1] * 0.05) if left_side else int(img16.shape[1] * 0.95) - size
    burn_marker(img16, letter, int(img16.shape[0] * 0.05), col, size, value)
