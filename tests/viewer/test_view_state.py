"""The viewport's Qt-free view state: camera maths and window/level, without a display."""

from __future__ import annotations

import numpy as np
import pytest

from radview.errors import UsageError
from radview.viewer.model import Slice
from radview.viewer.view_state import ViewState, presets, reduce_pixels


def xray(rows: int = 200, cols: int = 100, spacing=(0.2, 0.1)) -> Slice:
    meta = {"Rows": rows, "Columns": cols, "BitsStored": 12, "PixelRepresentation": 0,
            "Modality": "CR", "PixelSpacing": list(spacing), "WindowCenter": 2000,
            "WindowWidth": 4000, "SOPInstanceUID": "1.2.3"}
    return Slice.from_meta(meta, np.zeros((rows, cols), np.uint16))


def state(width=400.0, height=300.0, dpr=1.0) -> ViewState:
    st = ViewState()
    st.canvas.width, st.canvas.height, st.canvas.dpr = width, height, dpr
    return st


def test_fit_uses_true_pixel_shape_and_rotation():
    s = xray()  # 100 cols × 0.1 mm next to 200 rows × 0.2 mm: drawn 50 wide for 200 high
    st = state()
    assert st.fit_zoom(s) == pytest.approx(300 / 200)
    st.rotate(90)  # now 200 wide, 50 high on screen
    assert st.fit_zoom(s) == pytest.approx(min(400 / 200, 300 / 50))
    assert st.image_to_canvas(s, 50, 100) == pytest.approx((200, 150))  # centre stays centred


def test_canvas_and_image_points_round_trip_through_every_orientation():
    s = xray()
    for turns in range(4):
        for flip_h in (False, True):
            st = state(dpr=2.0)
            st.rotate(90 * turns)
            if flip_h:
                st.flip(horizontal=True)
            st.set_zoom(s, 3.0)
            x, y = st.image_to_canvas(s, 12.5, 170.0)
            assert st.canvas_to_image(s, x, y) == pytest.approx((12.5, 170.0))


def test_flip_on_screen_follows_the_rotation():
    st = state()
    st.rotate(90)
    st.flip(horizontal=True)  # left-right on screen = the image's vertical axis when turned
    assert (st.view.flip_h, st.view.flip_v) == (False, True)
    with pytest.raises(UsageError):
        st.rotate(45)


def test_zoom_about_an_anchor_keeps_that_image_point_under_it():
    s = xray()
    st = state()
    before = st.canvas_to_image(s, 300, 40)
    st.set_zoom(s, 4.0, anchor=(300, 40))
    assert st.canvas_to_image(s, 300, 40) == pytest.approx(before)
    st.set_zoom(s, 1e6)
    assert st.zoom == 64.0  # clamped


def test_pan_moves_the_picture_with_the_pointer():
    s = xray()
    st = state()
    x0, y0 = st.image_to_canvas(s, 50, 50)
    st.pan_by(s, 10, -5)
    assert st.image_to_canvas(s, 50, 50) == pytest.approx((x0 + 10, y0 - 5))
    fx, fy = st.view_center(s)
    other = state()
    other.set_view_center(s, fx, fy)
    assert other.center == pytest.approx(st.center)


def test_needed_display_size_and_reduction_follow_the_zoom():
    s = xray(rows=2000, cols=1000, spacing=(0.1, 0.1))
    st = state(width=400, height=300)
    assert st.needed_display_size(s) == (150, 300)
    assert st.reduction(s) == 8  # 15 % scale: drawn from 8×8 averages (120 %)
    st.set_zoom(s, 1.0)
    assert st.needed_display_size(s) == (1000, 2000) and st.reduction(s) == 1
    a = np.arange(16, dtype=np.uint16).reshape(4, 4)
    assert reduce_pixels(a, 2).tolist() == [[2, 4], [10, 12]]


def test_window_presets_and_reset():
    s = xray()
    st = state()
    assert st.voi(s).window.center == 2000
    st.set_window(s, 100, 0)  # width clamped to 1
    assert (st.window.center, st.window.width) == (100, 1)
    st.invert = True
    st.reset_view()
    assert st.window is None and not st.invert and st.zoom is None
    assert presets(s)[0][1:] == (2000, 4000)
