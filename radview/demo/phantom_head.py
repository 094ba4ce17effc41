"""A synthetic head as tissue labels in 3-D, sampled on any axis-aligned plane.

The same head gives CT head slices (labels → HU) and MR brain series
(labels → signal per sequence: T1, T2, FLAIR, DWI, T1 with contrast) in
axial, sagittal or coronal planes with consistent anatomy between them.
Coordinates are DICOM LPS millimetres with the origin near the brain centre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from radview.demo.raster import Grid, box_blur, ellipse_q

# tissue labels
AIR, SKIN, FAT, BONE, MARROW, CSF, GM, WM, BLOOD, VITREOUS, LENS, MUSCLE, LESION, PLEXUS = range(14)

# (centre xyz, semi-axes xyz, label), painted in order (later wins)
_HEAD = [
    ((0, -30, -62), (62, 70, 48), MUSCLE),  # face and jaw soft tissue
    ((0, 8, 12), (79, 97, 87), SKIN),
    ((0, 8, 12), (77, 95, 85), FAT),
    ((0, 8, 12), (73, 91, 81), BONE),  # outer table
    ((0, 8, 12), (71, 89, 79), MARROW),  # diploe
    ((0, 8, 12), (68, 86, 76), BONE),  # inner table
    ((0, 8, 12), (66, 84, 74), CSF),
    ((0, -56, -58), (40, 30, 40), BONE),  # maxilla / facial bones
    ((0, -62, -52), (11, 22, 24), AIR),  # nasal cavity
    ((-30, -52, -64), (17, 18, 19), AIR),  # maxillary sinuses
    ((30, -52, -64), (17, 18, 19), AIR),
    ((0, -58, -32), (11, 12, 10), AIR),  # ethmoid cells
    ((0, -18, -44), (13, 10, 10), AIR),  # sphenoid sinus
    ((-32, -64, -36), (21, 21, 19), BONE),  # orbital walls
    ((32, -64, -36), (21, 21, 19), BONE),
    ((-32, -66, -36), (18, 18, 16), FAT),  # orbital fat
    ((32, -66, -36), (18, 18, 16), FAT),
    ((-32, -70, -36), (12, 12, 12), VITREOUS),  # globes
    ((32, -70, -36), (12, 12, 12), VITREOUS),
    ((-32, -81, -36), (4, 1.5, 4), LENS),
    ((32, -81, -36), (4, 1.5, 4), LENS),
    ((-48, 10, -52), (10, 28, 8), BONE),  # petrous ridges
    ((48, 10, -52), (10, 28, 8), BONE),
    ((0, 10, 18), (63, 81, 67), GM),  # cerebrum
    ((-42, -5, -28), (22, 40, 24), GM),  # temporal lobes
    ((42, -5, -28), (22, 40, 24), GM),
    ((0, 50, -40), (50, 30, 22), GM),  # cerebellum
    ((0, 50, -38), (22, 14, 10), WM),
    ((0, 16, -36), (13, 13, 30), WM),  # brainstem
    ((0, 33, -36), (5, 4, 6), CSF),  # fourth ventricle
]

_DEEP = [
    ((-12, 12, 8), (10, 15, 10), GM),  # thalami
    ((12, 12, 8), (10, 15, 10), GM),
    ((-22, -8, 10), (7, 15, 11), GM),  # lentiform / caudate
    ((22, -8, 10), (7, 15, 11), GM),
    ((-11, 2, 24), (7, 32, 9), CSF),  # lateral ventricles
    ((11, 2, 24), (7, 32, 9), CSF),
    ((-17, 30, 18), (6, 12, 8), CSF),  # atria / occipital horns
    ((17, 30, 18), (6, 12, 8), CSF),
    ((0, 10, 4), (2, 12, 8), CSF),  # third ventricle
    ((-17, 30, 18), (3, 4, 3), PLEXUS),  # choroid plexus (calcified on CT, enhances)
    ((17, 30, 18), (3, 4, 3), PLEXUS),
    ((0, 12, 83), (4, 55, 4), BLOOD),  # superior sagittal sinus at the vertex
    ((0, 86, -18), (9, 4, 7), BLOOD),  # torcular (confluence of sinuses)
]

_AXES = {"x": 0, "y": 1, "z": 2}


@dataclass(frozen=True)
class Plane:
    """An axis-aligned image plane: row direction axis/sign, column direction axis/sign.

    ``origin`` is the patient position of pixel (0, 0); pixel (r, c) lies at
    origin + c*spacing*row_dir + r*spacing*col_dir.
    """

    rows: int
    cols: int
    spacing: float
    origin: tuple[float, float, float]
    row_dir: tuple[float, float, float]
    col_dir: tuple[float, float, float]

    def _axis(self, vec) -> tuple[int, float]:
        i = int(np.argmax(np.abs(vec)))
        return i, float(np.sign(vec[i]))

    def project(self, center, semi):
        """In-plane ellipse (u, v, a, b) of an ellipsoid, or None if the plane misses it."""
        ra, rs = self._axis(self.row_dir)
        ca, cs = self._axis(self.col_dir)
        n = 3 - ra - ca
        t = (self.origin[n] - center[n]) / semi[n]
        if abs(t) >= 1.0:
            return None
        f = math.sqrt(1.0 - t * t)
        u = rs * (center[ra] - self.origin[ra])
        v = cs * (center[ca] - self.origin[ca])
        return u, v, semi[ra] * f, semi[ca] * f

    def points(self, box):
        """Patient x, y, z of the pixels in a (rows, cols) box, broadcastable arrays."""
        rs, cs = box
        r = np.arange(rs.start, rs.stop, dtype=np.float32)[:, None] * self.spacing
        c = np.arange(cs.start, cs.stop, dtype=np.float32)[None, :] * self.spacing
        return [np.float32(self.origin[i]) + c * np.float32(self.row_dir[i])
                + r * np.float32(self.col_dir[i]) for i in range(3)]


def head_labels(plane: Plane, lesion: tuple | None = None) -> np.ndarray:
    """Tissue labels (uint8) of the head phantom on a plane."""
    grid = Grid(plane.rows, plane.cols, 0.0, 0.0, plane.spacing, plane.spacing)
    lab = np.zeros((plane.rows, plane.cols), dtype=np.uint8)

    def paint(center, semi, label):
        found = plane.project(center, semi)
        if found is None:
            return None
        u, v, a, b = found
        hit = ellipse_q(grid, u, v, a, b)
        if hit is None:
            return None
        box, q = hit
        lab[box][q <= 1.0] = label
        return box, q

    for center, semi, label in _HEAD:
        paint(center, semi, label)
    _white_matter(plane, grid, lab)
    for center, semi, label in _DEEP:
        paint(center, semi, label)
    if lesion is not None:  # (x, y, z, radius): enhancing rim, oedema around it
        x, y, z, r = lesion
        paint((x, y, z), (r * 1.8, r * 1.8, r * 1.6), LESION + 100)  # oedema marker
        paint((x, y, z), (r, r, r), LESION)
        paint((x, y, z), (r * 0.55, r * 0.55, r * 0.55), CSF + 100)  # necrotic core marker
    return lab


def _white_matter(plane: Plane, grid: Grid, lab: np.ndarray) -> None:
    """Cerebral white matter with a folded (gyral) border, sulci and the midline fissure."""
    center, semi = (0.0, 10.0, 20.0), (51.0, 68.0, 55.0)
    found = plane.project((0, 10, 18), (63, 81, 67))
    if found is None:
        return
    u, v, a, b = found
    hit = ellipse_q(grid, u, v, a, b)
    if hit is None:
        return
    box, _ = hit
    x, y, z = plane.points(box)
    brain = lab[box] == GM
    # gyri: angular coordinates around the brain centre; sulci are the zero
    # lines of two wavy patterns, cut into the outer cortex only
    u = np.arctan2(y - 10.0, x)
    v = np.arctan2(z - 18.0, np.sqrt(x * x + (y - 10.0) ** 2) + 1e-3)
    a = np.sin(13.0 * u + 2.5 * np.sin(3.0 * v + 1.0))
    b = np.sin(9.0 * v + 2.0 * np.sin(2.0 * u))
    qw = ((x - center[0]) / semi[0]) ** 2 + ((y - center[1]) / semi[1]) ** 2 \
        + ((z - center[2]) / semi[2]) ** 2
    qb = (x / 63.0) ** 2 + ((y - 10) / 81.0) ** 2 + ((z - 18) / 67.0) ** 2
    region = lab[box]
    region[brain & (qw < 1.0 + 0.12 * a * b)] = WM  # white matter reaching into the gyri
    sulci = brain & (qb > 0.74) & (z > -12) & ((np.abs(a) < 0.12) | (np.abs(b) < 0.09))
    region[sulci] = CSF
    fissure = brain & (np.abs(x) < 1.3) & (z > -5)
    region[fissure] = CSF


# CT numbers per label
_HU = {AIR: -1000, SKIN: 40, FAT: -90, BONE: 1400, MARROW: 550, CSF: 6, GM: 40, WM: 27,
       BLOOD: 55, VITREOUS: 10, LENS: 90, MUSCLE: 50, LESION: 45, PLEXUS: 160}

# MR signal per label per sequence (arbitrary units, as scanners store them)
_MR = {
    "T1": {AIR: 0, SKIN: 500, FAT: 950, BONE: 30, MARROW: 800, CSF: 180, GM: 520, WM: 720,
           BLOOD: 300, VITREOUS: 150, LENS: 500, MUSCLE: 450, LESION: 420, PLEXUS: 450},
    "T1C": {AIR: 0, SKIN: 520, FAT: 950, BONE: 30, MARROW: 800, CSF: 180, GM: 540, WM: 720,
            BLOOD: 900, VITREOUS: 150, LENS: 500, MUSCLE: 500, LESION: 1100, PLEXUS: 1000},
    "T2": {AIR: 0, SKIN: 400, FAT: 700, BONE: 20, MARROW: 500, CSF: 1500, GM: 700, WM: 480,
           BLOOD: 80, VITREOUS: 1400, LENS: 200, MUSCLE: 250, LESION: 1200, PLEXUS: 900},
    "FLAIR": {AIR: 0, SKIN: 450, FAT: 600, BONE: 20, MARROW: 450, CSF: 60, GM: 620, WM: 470,
              BLOOD: 60, VITREOUS: 60, LENS: 250, MUSCLE: 250, LESION: 1050, PLEXUS: 300},
    "DWI": {AIR: 0, SKIN: 60, FAT: 40, BONE: 0, MARROW: 30, CSF: 40, GM: 260, WM: 230,
            BLOOD: 20, VITREOUS: 30, LENS: 60, MUSCLE: 90, LESION: 520, PLEXUS: 150},
}
# the lesion's oedema and core, on each sequence: (oedema, core)
_LESION_EXTRA = {"T1": (420, 250), "T1C": (480, 300), "T2": (1100, 1500), "FLAIR": (950, 200),
                 "DWI": (300, 120)}


def _lut(table: dict, extra: tuple | None, default: float) -> np.ndarray:
    lut = np.full(256, default, dtype=np.float32)
    for k, v in table.items():
        lut[k] = v
    if extra is not None:
        lut[LESION + 100], lut[CSF + 100] = extra
    else:
        lut[LESION + 100], lut[CSF + 100] = table[WM], table[LESION]
    return lut


def ct_head_slice(plane: Plane, lesion=None) -> np.ndarray:
    """CT head slice in HU (float32, before noise)."""
    lab = head_labels(plane, lesion)
    return box_blur(_lut(_HU, (22, 15), -1000)[lab])


def mr_head_slice(plane: Plane, sequence: str, rng: np.random.Generator, lesion=None) -> np.ndarray:
    """MR magnitude image (float32) for a sequence, with bias field and Rician-like noise."""
    lab = head_labels(plane, lesion)
    img = box_blur(_lut(_MR[sequence], _LESION_EXTRA[sequence], 0)[lab])
    rows, cols = img.shape
    yy = np.linspace(-1, 1, rows, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, cols, dtype=np.float32)[None, :]
    img *= 1.0 + 0.12 * xx - 0.08 * yy - 0.10 * (xx * xx + yy * yy)  # coil bias
    sigma = 12.0 if sequence != "DWI" else 18.0
    n1 = rng.standard_normal(img.shape, dtype=np.float32) * sigma
    n2 = rng.standard_normal(img.shape, dtype=np.float32) * sigma
    return np.sqrt((img + n1) ** 2 + n2 ** 2)
