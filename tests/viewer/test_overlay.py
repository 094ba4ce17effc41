"""The overlay tells the level actually on screen (offline previews included)."""

from __future__ import annotations

import numpy as np

from radview.viewer.model import ImageStack, LevelInfo, Slice
from radview.viewer.overlay import OverlayState, corner_text, level_lines


def cr_slice(pixels=None, level=None) -> Slice:
    meta = {"Rows": 2140, "Columns": 1760, "BitsStored": 12, "PixelRepresentation": 0,
            "Modality": "CR", "SOPInstanceUID": "1.2.3", "ImagerPixelSpacing": [0.1, 0.1]}
    return Slice.from_meta(meta, pixels, level=level)


def test_a_cached_preview_is_never_shown_as_the_full_image():
    # offline: a 440x535 level of a 1760x2140 V1 image, finer levels not cached
    s = cr_slice(np.zeros((535, 440), np.uint16), LevelInfo(2, 5, "V1", "q 100 %"))
    assert level_lines(s, needs_finer=True) == ["preview 3/5 · V1 · q 100 %", "440x535 of 1760x2140 px"]
    # the same level when the screen needs no more: the level and the size, not "full"
    assert level_lines(s) == ["V1 · q 100 % · level 3/5", "440x535 of 1760x2140 px"]


def test_lossy_versions_are_marked_and_loading_is_said():
    lossy = cr_slice(np.zeros((2140, 1760), np.uint16), LevelInfo(4, 5, "V2", "q 50 %", lossy=True))
    br = corner_text(ImageStack([lossy]), OverlayState())["bottom_right"]
    assert br[-2:] == ["LOSSY", "V2 · q 50 % · level 5/5"]
    assert level_lines(cr_slice()) == ["loading…"]
