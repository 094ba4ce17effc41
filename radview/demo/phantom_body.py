"""Axial CT slices of a synthetic trunk (neck to upper thighs), in Hounsfield units.

The body is described along ``s``: millimetres below the sternal notch
(negative = neck, ~250 = lung bases, ~420 = aortic bifurcation, ~600 = pubic
symphysis). Each organ is an ellipse whose size follows ``s`` (ellipsoids cut
by the slice plane), so scrolling through a stack shows organs appear, grow and
vanish coherently. Patient coordinates are DICOM LPS: x to the patient's left,
y posterior. Everything is drawn in the slice's own bounding boxes with numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from radview.demo.raster import Grid, box_blur, ellipse_q, fill_ellipse

AIR = -1000.0


@dataclass
class BodyParams:
    """Per-patient body habitus, drawn once from the patient's seed."""

    scale: float = 1.0  # overall size
    fat: float = 18.0  # subcutaneous fat thickness (mm)
    female: bool = False
    vessels: np.ndarray = field(default_factory=lambda: np.zeros((0, 7)))  # lung vessel segments
    bowel: list = field(default_factory=list)  # bowel loops
    lesion: tuple | None = None  # (x, y, s, r, hu) a liver or lung nodule

    @classmethod
    def random(cls, rng: np.random.Generator, female: bool) -> "BodyParams":
        p = cls(scale=float(rng.uniform(0.92, 1.08)), fat=float(rng.uniform(10, 30)),
                female=female)
        p.vessels = _lung_vessels(rng)
        p.bowel = _bowel_loops(rng)
        return p


def _interp(s: float, table: tuple) -> float:
    xs, ys = table
    return float(np.interp(s, xs, ys))


# Half width (LR) and half depth (AP) of the trunk along s, before scaling.
_S = (-80, -30, 0, 60, 150, 250, 330, 420, 480, 560, 640, 700)
_HALF_WIDTH = (_S, (62, 75, 150, 160, 160, 155, 150, 150, 160, 172, 176, 170))
_HALF_DEPTH = (_S, (58, 62, 98, 108, 114, 116, 116, 114, 110, 106, 100, 95))
# Vertebral body radius, and distance from the body centre to the vertebra centre.
_VERT_R = (_S, (10, 11, 14, 15, 16, 18, 21, 23, 25, 25, 25, 25))


def _section(s: float, s_center: float, half_len: float) -> float:
    """Scale of an ellipsoid's cross-section at s (0 when the slice misses it)."""
    t = (s - s_center) / half_len
    return math.sqrt(1.0 - t * t) if abs(t) < 1.0 else 0.0


def _lung_vessels(rng: np.random.Generator) -> np.ndarray:
    """Branching pulmonary vessels as 3-D segments: x0,y0,s0,x1,y1,s1,radius."""
    segs = []

    def grow(x, y, s, dx, dy, ds, r, depth):
        if depth > 5 or r < 0.7:
            return
        length = rng.uniform(25, 45) * (0.85 ** depth)
        n = math.sqrt(dx * dx + dy * dy + ds * ds)
        x1, y1, s1 = x + dx / n * length, y + dy / n * length, s + ds / n * length
        segs.append((x, y, s, x1, y1, s1, r))
        for _ in range(2):
            grow(x1, y1, s1, dx / n + rng.normal(0, 0.5), dy / n + rng.normal(0, 0.5),
                 ds / n + rng.normal(0, 0.6), r * 0.72, depth + 1)

    for side in (-1, 1):
        for _ in range(16):
            ang = rng.uniform(-1.2, 1.2)
            grow(side * 38.0, 5.0, 110.0, side * math.cos(ang) * 0.9, math.sin(ang) * 0.7,
                 rng.uniform(-1.3, 1.3), rng.uniform(3.0, 4.5), 0)
    return np.array(segs, dtype=np.float64)


def _bowel_loops(rng: np.random.Generator) -> list:
    """Bowel segments: (x, y, s0, s1, dx/ds, dy/ds, radius, content HU, colon?)."""
    loops = []
    # colon frame: ascending (patient right), descending (left), sigmoid, rectum
    loops.append((-105.0, 20.0, 300.0, 470.0, 0.0, -0.05, 24.0, -900.0, True))
    loops.append((105.0, 30.0, 280.0, 450.0, 0.0, 0.0, 20.0, -850.0, True))
    loops.append((0.0, -70.0, 300.0, 330.0, 0.0, 0.0, 26.0, -900.0, True))  # transverse (seen end on)
    loops.append((40.0, 30.0, 460.0, 540.0, -0.4, 0.3, 18.0, -600.0, True))  # sigmoid
    loops.append((0.0, 62.0, 540.0, 640.0, 0.0, 0.05, 16.0, -300.0, True))  # rectum
    for _ in range(22):  # small bowel loops in the mid abdomen and pelvis
        s0 = rng.uniform(330, 520)
        loops.append((rng.uniform(-70, 70), rng.uniform(-60, 10), s0, s0 + rng.uniform(20, 60),
                      rng.normal(0, 0.4), rng.normal(0, 0.3), rng.uniform(9, 14),
                      float(rng.choice([15.0, 25.0, -950.0], p=[0.5, 0.3, 0.2])), False))
    return loops


def ct_body_slice(s: float, grid: Grid, p: BodyParams, *, contrast: bool,
                  xshift: float = 0.0, yshift: float = 0.0) -> np.ndarray:
    """One axial slice (float32 HU, before noise) at level s for the given pixel grid.

    ``xshift``/``yshift`` move the body within the field of view (mm), as
    patient positioning differs between studies.
    """
    img = np.full((grid.rows, grid.cols), AIR, dtype=np.float32)
    k = p.scale
    a = _interp(s, _HALF_WIDTH) * k
    b = _interp(s, _HALF_DEPTH) * k
    # body centre; the back rests on the table at y = b
    g = Grid(grid.rows, grid.cols, grid.x0 - xshift, grid.y0 - yshift, grid.dx, grid.dy)
    _table(img, g, b)

    # skin + subcutaneous fat, muscle wall, then the body cavity
    fat = p.fat * (0.5 if s < -20 else 1.0)
    fill_ellipse(img, g, 0, 0, a, b, 30.0)  # skin
    fill_ellipse(img, g, 0, 0, a - 2, b - 2, -105.0)  # subcutaneous fat
    if p.female and -10 < s < 190:
        _breasts(img, g, s, a, b)
    wall = 10.0 if s < 300 else 8.0
    ia, ib = a - 2 - fat, b - 2 - fat
    fill_ellipse(img, g, 0, 0, ia, ib, 50.0)  # muscle wall
    ca, cb = ia - wall, ib - wall
    fill_ellipse(img, g, 0, 0, ca, cb, -90.0)  # visceral / mediastinal fat
    vy = cb - _interp(s, _VERT_R) - 18  # vertebral body centre (posterior)

    _paraspinal(img, g, s, vy)
    if s < 30:
        _neck(img, g, s, vy, ca)
    if -40 < s < 275:
        _lungs(img, g, s, ca, cb, vy, p)
    if -10 < s < 290:
        _ribs(img, g, s, ca, cb)
        _sternum(img, g, s, cb)
    if -30 < s < 230:
        _mediastinum(img, g, s, vy, contrast)
    if 180 < s < 470:
        _upper_abdomen(img, g, s, vy, ca, cb, contrast, p)
    if 280 < s < 660:
        _bowel(img, g, s, p, contrast)
    if 400 < s < 700:
        _pelvis(img, g, s, vy, ca, cb, contrast)
    _vessels_trunk(img, g, s, vy, contrast)
    _spine(img, g, s, vy)
    if p.lesion is not None:
        lx, ly, ls, lr, lhu = p.lesion
        f = _section(s, ls, lr)
        if f > 0:
            fill_ellipse(img, g, lx, ly, lr * f, lr * f, lhu)
    return box_blur(img)


def _table(img, g: Grid, b: float) -> None:
    """The CT table: a curved carbon-fibre shell under the patient."""
    found = ellipse_q(g, 0, b + 420, 300, 400)
    if found is None:
        return
    box, q = found
    shell = (q <= 1.0) & (q >= 0.97)
    img[box][shell] = -250.0


def _breasts(img, g, s, a, b) -> None:
    f = _section(s, 90, 100)
    for side in (-1, 1):
        fill_ellipse(img, g, side * a * 0.5, -b * 0.82, 68 * f, 34 * f, -95.0, angle=side * 0.25)
        fill_ellipse(img, g, side * a * 0.5, -b * 0.86, 38 * f, 16 * f, 30.0, angle=side * 0.25)


def _paraspinal(img, g, s, vy) -> None:
    for side in (-1, 1):
        fill_ellipse(img, g, side * 38, vy + 30, 30, 26, 52.0)


def _neck(img, g, s, vy, ca) -> None:
    f = min(1.0, (30 - s) / 40)
    fill_ellipse(img, g, 0, vy - 60, 28 * f + 10, 18, 45.0)  # thyroid / strap muscles
    for side in (-1, 1):
        fill_ellipse(img, g, side * 28, vy - 45, 7, 7, 45.0)  # common carotid
        fill_ellipse(img, g, side * 40, vy - 40, 10, 8, 40.0)  # jugular vein
        fill_ellipse(img, g, side * 55, vy - 10, 22, 14, 48.0, angle=side * 0.5)  # SCM
    fill_ellipse(img, g, 0, vy - 42, 9, 8, -1000.0)  # trachea
    fill_ellipse(img, g, 6, vy - 28, 5, 4, 40.0)  # oesophagus


def _lungs(img, g, s, ca, cb, vy, p: BodyParams) -> None:
    # Lungs fill most of the thorax between apex (s=-35) and bases (s=270).
    grow = _interp(s, ((-40, 0, 60, 180, 230, 275), (0.05, 0.45, 0.85, 1.0, 0.8, 0.3)))
    lung_mask = np.zeros(img.shape, dtype=bool)
    for side in (-1, 1):
        la = ca * 0.50 * grow
        lb = cb * 0.93 * max(grow, 0.4)
        cx = side * ca * 0.49
        cy = cb * 0.03 + (1 - grow) * cb * 0.3  # bases recede posteriorly
        found = ellipse_q(g, cx, cy, la, lb)
        if found is None:
            continue
        box, q = found
        inside = q <= 1.0
        img[box][inside] = -860.0
        lung_mask[box] |= inside
    _lung_vessel_slice(img, g, s, p, lung_mask)


def _lung_vessel_slice(img, g, s, p: BodyParams, lung_mask) -> None:
    v = p.vessels
    if not len(v):
        return
    lo = np.minimum(v[:, 2], v[:, 5])
    hi = np.maximum(v[:, 2], v[:, 5])
    hit = (lo <= s) & (hi >= s) & (np.abs(v[:, 5] - v[:, 2]) > 1e-3)
    for x0, y0, s0, x1, y1, s1, r in v[hit]:
        t = (s - s0) / (s1 - s0)
        x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        # oblique vessels cut the slice as ellipses elongated along their run
        slope = math.hypot(x1 - x0, y1 - y0) / max(abs(s1 - s0), 1e-3)
        stretch = min(math.sqrt(1 + slope * slope), 4.0)
        ang = math.atan2(y1 - y0, x1 - x0)
        found = ellipse_q(g, x * p.scale, y * p.scale, r * stretch, r, angle=ang)
        if found is None:
            continue
        box, q = found
        sel = (q <= 1.0) & lung_mask[box]
        img[box][sel] = 35.0


def _ribs(img, g, s, ca, cb) -> None:
    """Ribs run obliquely down and forward: in an axial slice they appear as short
    arcs around the chest wall whose angular position moves as s changes."""
    found = ellipse_q(g, 0, 0, ca + 4, cb + 4)
    if found is None:
        return
    box, q = found
    ring = (q > 0.80) & (q < 0.97)
    if not ring.any():
        return
    ys, xs = g.local(*box, 0, 0)
    phi = np.abs(np.arctan2(xs, ys))  # 0 = posterior midline, pi = anterior
    phi = np.broadcast_to(phi, q.shape)
    # the rib at posterior level s0 reaches level s0 + 32*phi anteriorly
    phase = np.mod((s - 32.0 * phi) / 24.0, 1.0)
    bone = ring & (phase < 0.38) & (phi > 0.35) & (phi < 2.75)
    rim = bone & ((phase < 0.07) | (phase > 0.31) | (q < 0.83) | (q > 0.94))
    cart = ring & (phase < 0.38) & (phi >= 2.35) & (phi < 2.75)
    region = img[box]
    region[bone] = 260.0
    region[rim] = 750.0
    region[cart & bone] = 130.0
    # scapulae behind the upper ribs
    if s < 170:
        f = _section(s, 70, 110)
        for side in (-1, 1):
            fill_ellipse(region, Grid(region.shape[0], region.shape[1],
                                      g.x0 + box[1].start * g.dx, g.y0 + box[0].start * g.dy,
                                      g.dx, g.dy),
                         side * ca * 0.62, cb * 0.78, 50 * f, 5, 650.0, angle=-side * 0.45)


def _sternum(img, g, s, cb) -> None:
    if 0 < s < 190:
        w = 16 if s < 50 else 11
        fill_ellipse(img, g, 0, -cb + 10, w, 6, 650.0)
        fill_ellipse(img, g, 0, -cb + 10, w - 3, 3.5, 220.0)
    if -30 < s < 10:  # clavicles
        for side in (-1, 1):
            fill_ellipse(img, g, side * 60, -cb + 25, 45, 7, 700.0, angle=side * 0.25)


def _mediastinum(img, g, s, vy, contrast) -> None:
    blood = 260.0 if contrast else 40.0
    # trachea down to the carina (s=60), then the main bronchi
    if s < 60:
        fill_ellipse(img, g, 0, vy - 42, 10, 9, -1000.0)
    elif s < 105:
        t = (s - 60) / 45
        for side in (-1, 1):
            fill_ellipse(img, g, side * (8 + 28 * t), vy - 42 + 8 * t, 6, 6, -1000.0)
    if s < 200:
        fill_ellipse(img, g, 8, vy - 26, 6, 5, 40.0)  # oesophagus
    # great vessels
    if 10 < s < 40:  # aortic arch: a band from front right to back left
        fill_ellipse(img, g, 5, vy - 45, 38, 13, blood, angle=0.7)
    if 25 < s < 110:
        fill_ellipse(img, g, 12, vy - 75, 16, 16, blood)  # ascending aorta
        fill_ellipse(img, g, -15, vy - 68, 10, 9, blood)  # superior vena cava
    if 75 < s < 110:
        fill_ellipse(img, g, 38, vy - 80, 14, 14, blood)  # pulmonary trunk
    # heart in pericardial fat
    f = _section(s, 160, 70)
    if f > 0:
        fill_ellipse(img, g, 22, vy - 98, 60 * f, 45 * f, -80.0, angle=-0.6)
        fill_ellipse(img, g, 22, vy - 98, 55 * f, 40 * f, 45.0, angle=-0.6)
        if contrast:
            fill_ellipse(img, g, 38, vy - 92, 26 * f, 19 * f, blood, angle=-0.6)  # LV
            fill_ellipse(img, g, 2, vy - 112, 24 * f, 15 * f, blood * 0.8, angle=-0.6)  # RV


def _vessels_trunk(img, g, s, vy, contrast) -> None:
    blood = 220.0 if contrast else 40.0
    if 30 < s < 420:  # descending aorta: left of the spine, then in front of it
        t = min(max((s - 200) / 150, 0), 1)
        fill_ellipse(img, g, 22 - 14 * t, vy - 28 - 6 * t, 12, 12, blood)
    elif 420 <= s < 520:  # common iliac arteries
        d = (s - 420) * 0.6
        for side in (-1, 1):
            fill_ellipse(img, g, side * (8 + d), vy - 30 + d * 0.3, 7, 7, blood)
    if 200 < s < 420:
        fill_ellipse(img, g, -22, vy - 30, 12, 10, blood * 0.8)  # inferior vena cava


def _upper_abdomen(img, g, s, vy, ca, cb, contrast, p: BodyParams) -> None:
    organ = 1.0 if not contrast else 1.9
    f = _section(s, 270, 85)  # liver, right upper quadrant, dome at s~185
    if f > 0:
        fill_ellipse(img, g, -ca * 0.38, -cb * 0.05, ca * 0.62 * f, cb * 0.78 * f, 58.0 * organ)
        f2 = _section(s, 235, 45)
        if f2 > 0:  # left lobe crosses the midline in front of the stomach
            fill_ellipse(img, g, 15, -cb * 0.55, 55 * f2, 28 * f2, 58.0 * organ)
        if contrast:  # portal and hepatic vessel branches
            for i in range(4):
                ang = i * 1.3 + s * 0.02
                fill_ellipse(img, g, -ca * 0.38 + 30 * math.cos(ang) * f,
                             -cb * 0.05 + 28 * math.sin(ang) * f, 4, 4, 170.0)
    f = _section(s, 310, 22)  # gallbladder
    if f > 0:
        fill_ellipse(img, g, -ca * 0.25, -cb * 0.45, 15 * f, 12 * f, 8.0)
    f = _section(s, 265, 55)  # spleen, left posterior
    if f > 0:
        fill_ellipse(img, g, ca * 0.62, cb * 0.25, 30 * f, 52 * f, 48.0 * organ, angle=-0.5)
    f = _section(s, 255, 50)  # stomach with an air-fluid level (patient supine)
    if f > 0:
        cx, cy = ca * 0.30, -cb * 0.35
        fill_ellipse(img, g, cx, cy, 45 * f, 34 * f, 40.0)
        found = ellipse_q(g, cx, cy, 41 * f, 30 * f)
        if found is not None:
            box, q = found
            ys, _ = g.local(*box, cx, cy)
            content = np.where(ys < -8 * f, np.float32(-1000.0),
                               np.float32(180.0 if contrast else 15.0))
            region = img[box]
            inside = q <= 1.0
            region[inside] = np.broadcast_to(content, q.shape)[inside]
    f = _section(s, 300, 18)  # pancreas across the spine
    if f > 0:
        fill_ellipse(img, g, 25, vy - 55, 60 * f, 12 * f, 45.0 * organ, angle=-0.25)
    for side in (-1, 1):  # kidneys with sinus fat; cortex enhances
        f = _section(s, 345 + side * 10, 55)
        if f > 0:
            cx, cy = side * 68, vy - 5
            fill_ellipse(img, g, cx, cy, 28 * f, 25 * f, 170.0 if contrast else 32.0, angle=side * 0.6)
            fill_ellipse(img, g, cx, cy, 17 * f, 15 * f, 110.0 if contrast else 30.0, angle=side * 0.6)
            fill_ellipse(img, g, cx - side * 8, cy - 4, 8 * f, 6 * f, -80.0, angle=side * 0.6)
    if s > 330:  # psoas muscles beside the lumbar spine
        r = min(8 + (s - 330) * 0.12, 24)
        for side in (-1, 1):
            fill_ellipse(img, g, side * (30 + r * 0.6), vy - 5 + (s - 330) * 0.05, r, r * 0.85, 50.0)


def _bowel(img, g, s, p: BodyParams, contrast) -> None:
    for x, y, s0, s1, dxs, dys, r, content, colon in p.bowel:
        if not (s0 <= s <= s1):
            continue
        t = s - s0
        cx, cy = x + dxs * t, y + dys * t
        if content > 0 and contrast and not colon:
            content = 240.0  # oral contrast
        fill_ellipse(img, g, cx, cy, r, r * 0.9, 40.0)  # bowel wall
        fill_ellipse(img, g, cx, cy, r - 2.5, r * 0.9 - 2.5, content)
        if colon and content < -500:  # stool mottling
            fill_ellipse(img, g, cx + r * 0.2, cy + r * 0.3, r * 0.45, r * 0.35, -150.0)


def _pelvis(img, g, s, vy, ca, cb, contrast) -> None:
    for side in (-1, 1):  # gluteal muscles
        f = _section(s, 560, 130)
        if f > 0:
            fill_ellipse(img, g, side * ca * 0.55, cb * 0.45, 55 * f, 38 * f, 52.0)
    f = _section(s, 485, 70)
    if f > 0:  # iliac wings: curved plates of bone, concave towards the abdomen
        for side in (-1, 1):
            cx, cy = side * 25.0, vy + 5
            found = ellipse_q(g, cx, cy, 80 * f + 40, 70)
            if found is None:
                continue
            box, q = found
            ys, xs = g.local(*box, cx, cy)
            xs_abs = (xs + cx) * side
            part = (xs_abs > 45) & (ys > -75 * f - 5) & (ys < 35)
            rim = part & (q <= 1.0) & (q > 0.80)
            marrow = part & (q <= 0.955) & (q > 0.845)
            region = img[box]
            region[rim] = 700.0
            region[marrow] = 260.0
    f = _section(s, 580, 40)  # bladder
    if f > 0:
        fill_ellipse(img, g, 0, -cb * 0.45, 48 * f, 36 * f, 45.0)
        fill_ellipse(img, g, 0, -cb * 0.45, 45 * f, 33 * f, 8.0)
    for side in (-1, 1):  # acetabulum, femoral heads and necks
        f = _section(s, 600, 28)
        if f > 0:
            cx, cy = side * ca * 0.62, -5
            fill_ellipse(img, g, cx, cy, 32 * f + 4, 32 * f + 4, 650.0)
            fill_ellipse(img, g, cx, cy, 24 * f, 24 * f, 280.0)
        if 615 < s < 700:  # proximal femur
            cx = side * ca * (0.68 + (s - 615) * 0.001)
            fill_ellipse(img, g, cx, 5, 17, 15, 800.0)
            fill_ellipse(img, g, cx, 5, 12, 10, 250.0)
    if 595 < s < 640:  # pubic rami / symphysis
        for side in (-1, 1):
            fill_ellipse(img, g, side * 22, -cb * 0.78, 20, 8, 650.0, angle=side * 0.3)


def _spine(img, g, s, vy) -> None:
    r = _interp(s, _VERT_R)
    if s > 470:  # sacrum: broad and flat, tilting backwards
        f = _section(s, 520, 70)
        if f > 0:
            cy = vy + (s - 470) * 0.45
            fill_ellipse(img, g, 0, cy, 48 * f + 10, 18, 600.0)
            fill_ellipse(img, g, 0, cy, 44 * f + 7, 14, 260.0)
            fill_ellipse(img, g, 0, cy + 4, 8, 5, 15.0)
        return
    level = 20.0 if s < 0 else (24.0 if s < 300 else 34.0)  # vertebral height
    disc = np.mod(s, level) < level * 0.18
    if disc:
        fill_ellipse(img, g, 0, vy, r, r * 0.85, 85.0)
    else:
        fill_ellipse(img, g, 0, vy, r, r * 0.85, 700.0)
        fill_ellipse(img, g, 0, vy, r - 2.0, r * 0.85 - 2.0, 230.0)
    canal = vy + r * 0.85 + 9
    arch_phase = np.mod(s, level) / level
    if 0.25 < arch_phase < 0.85:  # pedicles, laminae, spinous and transverse processes
        fill_ellipse(img, g, 0, canal, 15, 13, 650.0)
        fill_ellipse(img, g, 0, canal + 22, 5, 16, 650.0)
        for side in (-1, 1):
            fill_ellipse(img, g, side * (r + 12), canal - 4, 16, 5, 650.0)
    fill_ellipse(img, g, 0, canal, 8.5, 7.5, 15.0)  # spinal canal (CSF / cord)
    if s < 40:
        fill_ellipse(img, g, 0, canal, 5, 4, 35.0)  # cord visible in the neck
