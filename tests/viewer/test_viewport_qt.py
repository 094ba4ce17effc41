"""Viewport and Layout widgets, offscreen: input bindings, overlay, progressive display."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from radview.viewer.layout import Layout
from radview.viewer.model import ImageStack, LevelInfo, Slice
from radview.viewer.tools import Annotation
from radview.viewer.viewport import Viewport

Qt = QtCore.Qt


def ct_stack(n=20, z0=0.0, dz=5.0, rows=128, cols=128, spacing=0.5, pixels=True, patient="DOE^JANE"):
    slices = []
    for i in range(n):
        meta = {"Rows": rows, "Columns": cols, "BitsStored": 12, "PixelRepresentation": 0,
                "Modality": "CT", "RescaleIntercept": -1024, "RescaleSlope": 1,
                "WindowCenter": 40, "WindowWidth": 400, "WindowCenterWidthExplanation": "SOFT",
                "ImageOrientationPatient": [1, 0, 0, 0, 1, 0],
                "ImagePositionPatient": [0, 0, z0 + i * dz], "PixelSpacing": [spacing, spacing],
                "InstanceNumber": i + 1, "PatientName": patient, "PatientID": "P1",
                "StudyDescription": "CT HEAD", "StudyDate": "20260101", "SeriesNumber": 2,
                "SeriesDescription": "AXIAL 5mm", "SliceThickness": dz}
        px = None
        if pixels:
            px = (np.arange(rows * cols, dtype=np.uint16).reshape(rows, cols) % 2000 + i).astype(np.uint16)
        slices.append(Slice.from_meta(meta, px))
    return ImageStack(slices)


def shown_viewport(qtbot, width=400, height=300) -> Viewport:
    v = Viewport()
    qtbot.addWidget(v)
    v.resize(width, height)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def vp(qtbot):
    v = shown_viewport(qtbot)
    v.set_stack(ct_stack())
    return v


def test_keys_scroll_the_stack(vp, qtbot):
    assert vp.index == 0
    qtbot.keyClick(vp, Qt.Key_Down)
    assert vp.index == 1
    qtbot.keyClick(vp, Qt.Key_PageDown)
    assert vp.index == 11
    qtbot.keyClick(vp, Qt.Key_End)
    assert vp.index == 19
    qtbot.keyClick(vp, Qt.Key_Up)
    assert vp.index == 18
    qtbot.keyClick(vp, Qt.Key_Home)
    assert vp.index == 0
    qtbot.keyClick(vp, Qt.Key_Up)  # clamps at the first image
    assert vp.index == 0


def wheel(widget, steps, mods=Qt.NoModifier):
    pos = QtCore.QPointF(widget.width() / 2, widget.height() / 2)
    ev = QtGui.QWheelEvent(pos, widget.mapToGlobal(pos), QtCore.QPoint(0, 0), QtCore.QPoint(0, 120 * steps),
                           Qt.NoButton, mods, Qt.NoScrollPhase, False)
    QtCore.QCoreApplication.sendEvent(widget, ev)


def test_wheel_scrolls_and_ctrl_wheel_zooms(vp):
    wheel(vp, -3)  # wheel towards the user: next images
    assert vp.index == 3
    wheel(vp, 1)
    assert vp.index == 2
    z = vp.zoom()
    wheel(vp, 1, Qt.ControlModifier)
    assert vp.zoom() == pytest.approx(z * 1.25)
    assert vp.index == 2


def drag(qtbot, widget, start, end, button=Qt.LeftButton, mods=Qt.NoModifier):
    qtbot.mousePress(widget, button, mods, QtCore.QPoint(*start))
    qtbot.mouseMove(widget, QtCore.QPoint(*end))
    qtbot.mouseRelease(widget, button, mods, QtCore.QPoint(*end))


def test_left_drag_changes_window_level(vp, qtbot):
    assert vp.window() == (40, 400)
    seen = []
    vp.windowChanged.connect(lambda c, w: seen.append((c, w)))
    drag(qtbot, vp, (200, 150), (264, 150))  # right: wider
    c, w = vp.window()
    assert c == pytest.approx(40) and w == pytest.approx(400 + 64 * 400 / 256)
    drag(qtbot, vp, (200, 150), (200, 182))  # down: higher level
    c2, w2 = vp.window()
    assert c2 > c and w2 == pytest.approx(w)
    assert seen and seen[-1] == (c2, w2)
    assert f"W {w2:g} L {c2:g}" in vp.overlay_text()["bottom_right"][0]


def test_preset_keys_and_reset(vp, qtbot):
    qtbot.keyClick(vp, Qt.Key_3)  # header preset 1, then CT: brain, soft tissue...
    assert vp.window() == (40, 400)
    qtbot.keyClick(vp, Qt.Key_4)  # lung (third CT preset after the header's one)
    assert vp.presets()[3][0] == "Lung" and vp.window() == (-600, 1500)
    qtbot.keyClick(vp, Qt.Key_0)
    assert vp.window() == (40, 400)


def test_right_drag_zooms_middle_drag_pans_and_fit(vp, qtbot):
    fit = vp.zoom()
    drag(qtbot, vp, (200, 150), (200, 100), Qt.RightButton)
    assert vp.zoom() > fit
    before = vp.image_to_widget(64, 64)
    drag(qtbot, vp, (200, 150), (230, 170), Qt.MiddleButton)
    after = vp.image_to_widget(64, 64)
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((30, 20), abs=1e-6)
    qtbot.keyClick(vp, Qt.Key_F)
    assert vp.zoom() == pytest.approx(fit)
    qtbot.keyClick(vp, Qt.Key_A)
    assert vp.zoom() == 1.0 and "Zoom 100%" in vp.overlay_text()["bottom_right"]


def test_invert_rotate_flip_keys(vp, qtbot):
    img = vp.display_image().copy()
    qtbot.keyClick(vp, Qt.Key_I)
    assert np.array_equal(vp.display_image(), 255 - img)
    assert vp.orientation_markers()["right"] == "L"
    qtbot.keyClick(vp, Qt.Key_R)
    assert vp.orientation_markers() == {"left": "P", "right": "A", "top": "R", "bottom": "L"}
    qtbot.keyClick(vp, Qt.Key_R, Qt.ShiftModifier)
    qtbot.keyClick(vp, Qt.Key_H)
    assert vp.orientation_markers()["right"] == "R"
    # image corner (0, 0) is now on the right
    p = vp.image_to_widget(0, 0)
    assert p.x() > vp.width() / 2
    qtbot.keyClick(vp, Qt.Key_0, Qt.ControlModifier)
    assert vp.orientation_markers()["right"] == "L" and not vp.inverted


def test_overlay_corner_text(vp):
    text = vp.overlay_text()
    assert text["top_left"][:2] == ["DOE JANE", "P1"]
    assert "CT HEAD" in text["top_right"] and "2026-01-01 CT" in text["top_right"]
    assert "Se 2 AXIAL 5mm" in text["bottom_left"]
    assert any(line.startswith("Im 1/20") for line in text["bottom_left"])
    assert "Pos 0.0 mm" in text["bottom_left"] or "Pos 95.0 mm" in text["bottom_left"]
    assert text["bottom_right"][0] == "W 400 L 40"


def test_progressive_levels_keep_geometry_and_show_lossy(qtbot):
    stack = ct_stack(n=1, rows=256, cols=192, pixels=False)
    v = Viewport()
    qtbot.addWidget(v)
    v.resize(500, 400)
    v.show()
    v.set_stack(stack)
    assert any("loading" in line for line in v.overlay_text()["bottom_right"])
    sizes = []
    v.displaySizeNeeded.connect(lambda w, h: sizes.append((w, h)))
    corner_before = v.image_to_widget(192, 256)
    zoom_before = v.zoom()
    coarse = np.full((32, 24), 1064, np.uint16)
    stack.set_pixels(0, coarse, LevelInfo(0, 4, "reference", "q 30", lossy=True))
    v.grab()
    br = v.overlay_text()["bottom_right"]
    # what is on screen, honestly: a preview (coarser than the screen needs), its size
    assert br[-3:] == ["LOSSY", "preview 1/4 · reference · q 30", "24x32 of 192x256 px"]
    assert not v.at_final_level()
    assert v.display_image().shape == (32, 24)
    # a preview level is drawn from all its pixels (never reduced further), interpolated
    stack.set_pixels(0, np.full((128, 96), 1064, np.uint16), LevelInfo(1, 4, "reference", "q 30", lossy=True))
    v.grab()
    assert v.display_image().shape == (128, 96)
    full = np.full((256, 192), 1064, np.uint16)
    stack.set_pixels(0, full, LevelInfo(3, 4, "reference", "q 30", lossy=True))
    v.grab()
    assert v.display_image().shape == (256, 192)
    assert v.at_final_level() and v.overlay_text()["bottom_right"][-2:] == [
        "LOSSY", "reference · q 30 · level 4/4"]
    assert v.zoom() == zoom_before
    after = v.image_to_widget(192, 256)
    assert (after.x(), after.y()) == (corner_before.x(), corner_before.y())
    # zoomed out, fewer device pixels are needed (the workstation may ask a coarser level);
    # zoomed in, the need is capped at the full image
    v.set_zoom(0.25)
    assert sizes[-1] == (48, 64)
    v.set_zoom(4.0)
    assert sizes[-1] == (192, 256)
    # the rendered picture covers the same screen rectangle for coarse and fine levels
    img = v.grab().toImage()
    p = v.image_to_widget(96, 128)
    assert QtGui.QColor(img.pixel(int(p.x()), int(p.y()))).red() > 0


def test_display_size_includes_device_pixel_ratio(vp, monkeypatch):
    monkeypatch.setattr(vp, "devicePixelRatioF", lambda: 2.0)
    vp.fit()
    # fit at DPR 2: the image covers twice as many device pixels as logical ones
    assert vp.zoom() == pytest.approx(min(400 * 2 / 128, 300 * 2 / 128))
    assert vp.needed_display_size() == (128, 128)  # capped at full resolution
    vp.set_zoom(0.5)
    assert vp.needed_display_size() == (64, 64)


def test_length_measurement_by_mouse(vp, qtbot):
    qtbot.keyClick(vp, Qt.Key_M)
    assert vp.tool == "length"
    a, b = vp.image_to_widget(10, 20), vp.image_to_widget(90, 20)
    drag(qtbot, vp, (round(a.x()), round(a.y())), (round(b.x()), round(b.y())))
    anns = vp.annotations
    assert len(anns) == 1 and anns[0].kind == "length"
    (x0, y0), (x1, y1) = anns[0].points
    mm = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 * 0.5
    assert vp.annotation_labels() == [[f"{mm:.1f} mm"]]
    assert mm == pytest.approx(40.0, rel=0.03)  # within the mouse's pixel rounding
    qtbot.keyClick(vp, Qt.Key_Delete)
    assert vp.annotations == []


def test_roi_and_angle_and_text_tools(vp, qtbot):
    qtbot.keyClick(vp, Qt.Key_O)
    drag(qtbot, vp, (150, 100), (250, 200))
    labels = vp.annotation_labels()
    assert labels[0][0].startswith("mean ") and "HU" in labels[0][0]
    qtbot.keyClick(vp, Qt.Key_N)
    drag(qtbot, vp, (100, 100), (200, 100))  # first ray
    qtbot.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, QtCore.QPoint(200, 200))
    assert vp.annotation_labels()[1] == ["90.0°"]
    assert len(vp.annotations[1].points) == 3
    vp.text_provider = lambda: "lesion"
    qtbot.keyClick(vp, Qt.Key_T)
    qtbot.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, QtCore.QPoint(50, 50))
    assert vp.annotation_labels()[2] == ["lesion"]
    qtbot.keyClick(vp, Qt.Key_Escape)
    assert vp.tool == "window"
    # annotations belong to their slice
    qtbot.keyClick(vp, Qt.Key_Down)
    assert vp.annotation_labels() == []


def test_cine_advances_at_the_chosen_rate(vp, qtbot):
    vp.start_cine(50)
    qtbot.waitUntil(lambda: vp.index >= 3, timeout=3000)
    assert "Cine 50 fps" in vp.overlay_text()["bottom_right"]
    qtbot.keyClick(vp, Qt.Key_Space)
    assert not vp.cine_running
    with pytest.raises(Exception, match="cine rate"):
        vp.start_cine(0)


def test_layout_grid_sync_scroll_by_position_and_window(qtbot):
    lay = Layout(rows=1, cols=2)
    qtbot.addWidget(lay)
    lay.resize(800, 400)
    lay.show()
    cur, prior = lay.viewports
    cur.set_stack(ct_stack(n=20, z0=0.0, dz=5.0))  # 0..95 mm
    prior.set_stack(ct_stack(n=60, z0=-20.0, dz=2.5, spacing=0.7))  # -20..127.5 mm
    lay.link_scroll([cur, prior])
    lay.link_window([cur, prior])
    for i in (0, 7, 19):
        cur.set_index(i)
        z = cur.current_slice().geometry.position[2]
        assert prior.current_slice().geometry.position[2] == pytest.approx(z, abs=1.25)
    cur.set_window(100, 800)
    assert prior.window() == (100, 800)
    # the active viewport follows clicks
    qtbot.mouseClick(prior, Qt.LeftButton, Qt.NoModifier, QtCore.QPoint(10, 10))
    assert lay.active_viewport is prior
    lay.set_grid(4, 4)
    assert len(lay.viewports) == 16 and lay.viewports[1] is prior
    lay.set_rects([(0, 0, 0.5, 1), (0.5, 0, 0.5, 1)])
    assert len(lay.viewports) == 2


def test_layout_rejects_bad_arrangements(qtbot):
    from radview.errors import UsageError

    lay = Layout()
    qtbot.addWidget(lay)
    with pytest.raises(UsageError):
        lay.set_grid(5, 1)
    with pytest.raises(UsageError):
        lay.set_rects([(0.5, 0, 0.6, 1)])
    with pytest.raises(UsageError):
        lay.link_scroll([Viewport()])


def test_imager_pixel_spacing_is_said_on_screen(qtbot):
    meta = {"Rows": 64, "Columns": 64, "BitsStored": 12, "Modality": "CR",
            "PhotometricInterpretation": "MONOCHROME1", "ImagerPixelSpacing": [0.2, 0.2]}
    v = Viewport()
    qtbot.addWidget(v)
    v.set_stack(ImageStack([Slice.from_meta(meta, np.zeros((64, 64), np.uint16))]))
    assert "sizes at detector (Imager Pixel Spacing)" in v.overlay_text()["bottom_right"]
    v.add_annotation(Annotation("length", 0, [(0, 0), (50, 0)]))
    assert v.annotation_labels() == [["10.0 mm (detector)"]]


def test_qt_binding_survives_many_void_calls(vp):
    """PySide6 6.12.0 dropped a reference to None/True on every void call and signal
    emit; CPython 3.11 aborted after a few thousand (see pyproject's pin).  A reading
    session makes millions: this fails fast on such a binding."""
    for i in range(20000):
        vp.update()
        vp.sliceChanged.emit(i)


def test_minified_display_uses_averaged_pixels_and_full_pixels_from_75_percent(vp):
    vp.set_zoom(0.5)
    vp.grab()
    assert vp.display_image().shape == (64, 64)  # 2x2 average drawn at scale 1.0
    vp.set_zoom(0.3)
    vp.grab()
    assert vp.display_image().shape == (32, 32)  # 4x4 average drawn at scale 1.2
    full = vp.current_slice().pixels.astype(float)
    expect_stored = full.reshape(32, 4, 32, 4).mean(axis=(1, 3))
    lut = vp._luts.get(vp.current_slice().info, vp.voi(), False, 2)
    assert np.array_equal(vp.display_image(), lut.apply(np.floor(expect_stored).astype(np.uint16)))
    vp.set_zoom(0.8)
    vp.grab()
    assert vp.display_image().shape == (128, 128)


def test_ybr_pixels_raw_or_already_rgb_show_the_same_colours(qtbot):
    import pydicom

    from radview.resources.sample_images import pydicom_data_file
    from radview.viewer import pipeline

    ds = pydicom.dcmread(str(pydicom_data_file("SC_ybr_full_uncompressed.dcm")))
    stack = ImageStack.from_datasets([ds], load_pixels=False)
    v = Viewport()
    qtbot.addWidget(v)
    v.set_stack(stack)
    stack.set_pixels(0, pipeline.load_pixels(ds))  # raw YBR, as stored
    raw_view = v.display_image().copy()
    stack.set_pixels(0, ds.pixel_array, rgb=True)  # pydicom's default: converted to RGB
    assert np.abs(v.display_image().astype(int) - raw_view.astype(int)).max() <= 1
    assert raw_view.shape == (100, 100, 3) and len(np.unique(raw_view.reshape(-1, 3), axis=0)) > 4


def test_measurement_by_mouse_is_right_on_a_rotated_flipped_anisotropic_view(qtbot):
    meta = {"Rows": 200, "Columns": 100, "BitsStored": 12, "Modality": "CR",
            "PixelSpacing": [0.2, 0.4]}  # rows 0.2 mm apart, columns 0.4 mm: shown 1:1 in mm
    v = Viewport()
    qtbot.addWidget(v)
    v.resize(400, 400)
    v.show()
    v.set_stack(ImageStack([Slice.from_meta(meta, np.zeros((200, 100), np.uint16))]))
    v.rotate(90)
    v.flip(horizontal=True)
    v.set_tool("length")
    # 50 columns (20 mm) along the image x axis, wherever it lies on screen
    a, b = v.image_to_widget(25, 100), v.image_to_widget(75, 100)
    drag(qtbot, v, (round(a.x()), round(a.y())), (round(b.x()), round(b.y())))
    (x0, y0), (x1, y1) = v.annotations[0].points
    mm = (((x1 - x0) * 0.4) ** 2 + ((y1 - y0) * 0.2) ** 2) ** 0.5
    assert mm == pytest.approx(20.0, rel=0.02)
    assert v.annotation_labels()[0] == [f"{mm:.1f} mm"]
    # the physical aspect is kept on screen: 20 mm in x and 20 mm in y look the same length
    c = v.image_to_widget(25, 50)
    d = v.image_to_widget(25, 150)
    ab = ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
    cd = ((c.x() - d.x()) ** 2 + (c.y() - d.y()) ** 2) ** 0.5
    assert ab == pytest.approx(cd, rel=1e-6)


def test_scroll_tool_drag_and_zoom_sync(qtbot):
    lay = Layout(rows=1, cols=2)
    qtbot.addWidget(lay)
    lay.resize(800, 400)
    lay.show()
    a, b = lay.viewports
    a.set_stack(ct_stack())
    b.set_stack(ct_stack())
    a.set_tool("scroll")
    drag(qtbot, a, (200, 100), (200, 180))  # 8 px per image
    assert a.index == 10 and b.index == 0  # not scroll-linked
    lay.link_zoom([a, b])
    a.set_zoom(2.5)
    assert b.zoom() == pytest.approx(2.5)
    lay.unlink_all()
    a.set_zoom(1.0)
    assert b.zoom() == pytest.approx(2.5)


def test_a_new_stack_always_gets_a_display_size_signal(vp):
    sizes = []
    vp.displaySizeNeeded.connect(lambda w, h: sizes.append((w, h)))
    vp.set_stack(ct_stack())
    vp.set_stack(ct_stack())
    assert len(sizes) == 2 and sizes[0] == sizes[1]


def test_pan_sync_and_true_size(qtbot):
    lay = Layout(rows=1, cols=2)
    qtbot.addWidget(lay)
    lay.resize(800, 400)
    lay.show()
    a, b = lay.viewports
    a.set_stack(ct_stack())
    b.set_stack(ct_stack(rows=256, cols=256))
    lay.link_pan([a, b])
    a.set_zoom(3.0)
    a.pan_by(40, -20)
    fa, fb = a.view_center(), b.view_center()
    assert fb == pytest.approx(fa) and fa != (0.5, 0.5)
    # true size: 0.5 mm pixels at the screen's physical resolution
    assert a.true_size()
    assert a.zoom() == pytest.approx(0.5 * a.screen().physicalDotsPerInch() / 25.4)
    a.set_stack(ImageStack([Slice.from_meta({"Rows": 8, "Columns": 8}, np.zeros((8, 8), np.uint16))]))
    assert not a.true_size()  # no spacing, no true size


def test_one_series_shown_twice_scrolls_as_one_with_both_groups(qtbot):
    """Lung above, mediastinum below, each row its own sync group with a prior: the two
    current viewports share one stack and never drift apart (Im 81 vs 82)."""
    lay = Layout(rows=2, cols=2)
    qtbot.addWidget(lay)
    lay.resize(800, 800)
    lay.show()
    lung, lung_prior, medi, medi_prior = lay.viewports
    current = ct_stack(n=40, z0=0.0, dz=2.5)
    lung.set_stack(current)
    medi.set_stack(current)
    lung_prior.set_stack(ct_stack(n=20, z0=0.0, dz=5.0))
    medi_prior.set_stack(ct_stack(n=20, z0=0.0, dz=5.0))
    lay.link_scroll([lung, lung_prior])
    lay.link_scroll([medi, medi_prior])
    for step in (3, 7, 1, 25):
        lung.scroll(step) if step != 1 else medi.scroll(step)
        assert lung.index == medi.index
        z = lung.current_slice().geometry.position[2]
        for prior in (lung_prior, medi_prior):
            assert prior.current_slice().geometry.position[2] == pytest.approx(z, abs=2.5)


def test_dicom_overlay_planes_are_drawn_and_key_g_toggles_them(qtbot):
    from radview.resources.sample_images import pydicom_data_file

    v = shown_viewport(qtbot, 484, 484)
    v.set_stack(ImageStack.from_files([pydicom_data_file("MR-SIEMENS-DICOM-WithOverlays.dcm")]))
    v.set_zoom(1.0)
    v.show_overlay = False  # the corner text would differ between grabs too
    plane = v.current_slice().overlays[0]
    on = v.grab().toImage()
    qtbot.keyClick(v, Qt.Key_G)
    assert not v.show_overlay_planes
    off = v.grab().toImage()
    changed = sum(on.pixelColor(x, y) != off.pixelColor(x, y)
                  for x in range(0, 484, 2) for y in range(0, 484, 2))
    assert changed > 10  # the plane's lines went away
    qtbot.keyClick(v, Qt.Key_G)
    assert v.show_overlay_planes and plane.bitmap.any()
