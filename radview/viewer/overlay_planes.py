"""DICOM overlay planes (group 60xx, PS3.3 C.9): read, and drawn as DCMTK draws them.

Qt-free. A plane is a 1-bit bitmap placed at its Overlay Origin (1-based row and
column of the image). Graphics planes ("G") are drawn in DCMTK's default "Replace"
mode: the bit's pixels at full foreground (white). ROI planes ("R") mark a region;
they are drawn the same way here (outline of what the modality marked).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger("radview.viewer")
GROUPS = tuple(range(0x6000, 0x6020, 2))


@dataclass(frozen=True)
class OverlayPlane:
    group: int
    origin_row: int  # 1-based, as in Overlay Origin
    origin_col: int
    bitmap: np.ndarray  # bool (rows, cols)
    kind: str = "G"
    label: str = ""

    def mask(self, rows: int, cols: int) -> np.ndarray:
        """The plane as a bool mask of a rows×cols image (clipped at the image edges)."""
        out = np.zeros((rows, cols), bool)
        r0, c0 = self.origin_row - 1, self.origin_col - 1
        h, w = self.bitmap.shape
        sr, sc = max(0, -r0), max(0, -c0)
        dr, dc = max(0, r0), max(0, c0)
        nr, nc = min(h - sr, rows - dr), min(w - sc, cols - dc)
        if nr > 0 and nc > 0:
            out[dr:dr + nr, dc:dc + nc] = self.bitmap[sr:sr + nr, sc:sc + nc]
        return out

    def argb(self, color: int = 0xFFFFFFFF) -> np.ndarray:
        """uint32 ARGB array of the bitmap: ``color`` where set, transparent elsewhere."""
        return np.where(self.bitmap, np.uint32(color), np.uint32(0)).astype(np.uint32)


def planes_from_dataset(ds: Any, frame: int = 0) -> tuple[OverlayPlane, ...]:
    """The overlay planes of a pydicom Dataset (the first overlay frame when the plane has
    fewer frames than the image). A damaged plane is left out and logged, never fatal."""
    out = []
    for group in GROUPS:
        if (group, 0x3000) not in ds:
            continue
        try:
            bits = np.asarray(ds.overlay_array(group)).astype(bool)
            if bits.ndim == 3:
                bits = bits[min(frame, len(bits) - 1)]
            origin = ds.get((group, 0x0050))
            row, col = (int(origin.value[0]), int(origin.value[1])) if origin is not None else (1, 1)
            kind = str(ds.get((group, 0x0040)).value if (group, 0x0040) in ds else "G").strip()
            label = str(ds.get((group, 0x0022)).value if (group, 0x0022) in ds else "")
        except Exception as exc:  # pydicom raises several kinds on a malformed plane
            log.warning("overlay plane %04x not shown: %s", group, exc)
            continue
        out.append(OverlayPlane(group, row, col, bits, kind or "G", label))
    return tuple(out)


def planes_from_json(elements: Any, frame: int = 0) -> tuple[OverlayPlane, ...]:
    """The planes of DICOM JSON overlay elements kept beside a plain header
    (``radview.dicom.overlays``: the bitmap inline). Damaged → none, logged."""
    import pydicom

    try:
        ds = pydicom.Dataset.from_json(dict(elements))
    except Exception as exc:  # pydicom raises several kinds on malformed JSON
        log.warning("overlay planes not shown: %s", exc)
        return ()
    return planes_from_dataset(ds, frame)


def burn(image: np.ndarray, planes: tuple[OverlayPlane, ...] | list[OverlayPlane]) -> np.ndarray:
    """A full-resolution uint8 picture (grey or RGB) with the planes drawn white."""
    out = np.array(image, copy=True)
    rows, cols = out.shape[:2]
    for plane in planes:
        out[plane.mask(rows, cols)] = 255
    return out
