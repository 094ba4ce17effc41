"""Viewport: one image stack on screen, with the reading tools of a PACS viewer.

A thin Qt view over the Qt-free model (ImageStack), pipeline (LUTs) and
measurement maths.  The image is drawn with QPainter from a zero-copy QImage
(via pyqtgraph's ndarray_to_qimage) into the rectangle of the FULL image geometry,
whatever level's array is present, so a finer level replaces a coarser one with
no jump.  All annotation points are in full-resolution image coordinates.

Mouse/keyboard bindings: see BINDINGS below and docs/viewer.md.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from radview.errors import UsageError
from radview.viewer import pipeline
from radview.viewer.geometry import ViewTransform, orientation_markers
from radview.viewer.model import ImageStack, Slice
from radview.viewer.overlay import OverlayState, corner_text
from radview.viewer.tools import DRAWING_TOOLS, TOOLS, Annotation

Qt = QtCore.Qt

# Window presets offered after the header's own (key 1 = first header preset).
MODALITY_PRESETS: dict[str, list[tuple[str, float, float]]] = {
    # the same values as the hanging protocols' named presets
    "CT": [("Brain", 40, 80), ("Soft tissue", 40, 400), ("Lung", -600, 1500),
           ("Bone", 400, 1800), ("Liver", 80, 150), ("Mediastinum", 50, 350), ("Subdural", 75, 215)],
}

BINDINGS: list[tuple[str, str]] = [
    ("Mouse wheel", "previous / next image"),
    ("Ctrl + wheel", "zoom in / out about the cursor"),
    ("Left drag", "active tool (default: window/level — right = wider, down = higher level)"),
    ("Middle drag, Shift + left drag", "pan"),
    ("Right drag", "zoom (up = in)"),
    ("Double click", "maximise / restore this viewport in the layout"),
    ("Up / Left, Down / Right", "previous / next image"),
    ("Page Up / Page Down", "10 images back / forward"),
    ("Home / End", "first / last image"),
    ("Space", "start / stop cine (Ctrl + Up/Down: faster / slower)"),
    ("0", "default window (header / min-max)"),
    ("1 … 9", "window presets: the header's first, then modality presets (CT: brain, soft tissue, lung, bone, …)"),
    ("I", "invert"),
    ("R / Shift + R", "rotate 90° clockwise / anticlockwise"),
    ("H / V", "flip horizontally / vertically"),
    ("F", "fit image to viewport"),
    ("A", "actual size: 1 image pixel = 1 screen (device) pixel"),
    ("Shift + A", "true size: 1 mm in the patient = 1 mm on the screen (needs Pixel Spacing)"),
    ("+ / -", "zoom in / out"),
    ("Ctrl + 0", "reset view (fit, no rotation/flip/invert, default window)"),
    ("W, P, Z, S", "tool: window/level, pan, zoom, scroll (drag)"),
    ("M, N, O, X, T", "tool: length, angle, ellipse ROI, arrow, text"),
    ("Esc", "cancel the drawing in progress, back to window/level"),
    ("Delete", "remove the last annotation on this image"),
]

_TOOL_KEYS = {Qt.Key_W: "window", Qt.Key_P: "pan", Qt.Key_Z: "zoom", Qt.Key_S: "scroll",
              Qt.Key_M: "length", Qt.Key_N: "angle", Qt.Key_O: "roi", Qt.Key_X: "arrow",
              Qt.Key_T: "text"}


class _LutCache:
    """DisplayLUTs by the values that define them, so 300 slices share one table."""

    def __init__(self, size: int = 8):
        self._items: OrderedDict = OrderedDict()
        self._size = size

    def get(self, info: pipeline.DisplayInfo, voi: pipeline.Voi, invert: bool, itemsize: int
            ) -> pipeline.DisplayLUT:
        key = (info.rescale_slope, info.rescale_intercept, info.pixel_representation,
               info.photometric, info.bits_stored, id(info.modality_lut), voi.window,
               id(voi.lut), invert, itemsize)
        lut = self._items.get(key)
        if lut is None:
            lut = pipeline.DisplayLUT(info, voi, invert, itemsize)
            self._items[key] = lut
            if len(self._items) > self._size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return lut


class Viewport(QtWidgets.QWidget):
    """Shows one ImageStack; emits signals the Layout uses for synchronisation."""

    sliceChanged = QtCore.Signal(int)
    windowChanged = QtCore.Signal(float, float)  # centre, width
    zoomChanged = QtCore.Signal(float)  # device pixels per image pixel
    displaySizeNeeded = QtCore.Signal(int, int)  # device pixels the full image covers now
    viewChanged = QtCore.Signal()  # pan/zoom/rotation changed
    annotationsChanged = QtCore.Signal()
    activated = QtCore.Signal()  # clicked or focused
    doubleClicked = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setMinimumSize(64, 64)
        self._stack: ImageStack | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._index = 0
        self._window: pipeline.Window | None = None  # user/preset window; None = slice default
        self._voi_lut: pipeline.Lut | None = None
        self._invert = False
        self._view = ViewTransform()
        self._zoom: float | None = None  # None = fit
        self._center: tuple[float, float] | None = None  # image point at the widget centre
        self._tool = "window"
        self._annotations: list[Annotation] = []
        self._drawing: Annotation | None = None
        self._drag: tuple[str, QtCore.QPointF, dict] | None = None
        self._luts = _LutCache()
        self._qimage: QtGui.QImage | None = None
        self._buffer: np.ndarray | None = None
        self._static_text: dict[str, QtGui.QStaticText] = {}
        self._reduced: np.ndarray | None = None
        self._reduced_key: tuple | None = None
        self._image_key: tuple | None = None
        self._cine = QtCore.QTimer(self)
        self._cine.timeout.connect(self._cine_step)
        self._cine_fps = 0.0
        self._active = False
        self._last_size_emitted: tuple[int, int] | None = None
        self.text_provider: Callable[[], str | None] = self._ask_text
        self.show_overlay = True
        self._empty_text = ""  # drawn centred in grey while no stack is shown

    # ------------------------------------------------------------------ empty viewport
    @property
    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """Why this viewport is empty (e.g. "No matching series: ..."), drawn while it has
        no stack; kept until changed, so clearing the stack shows it again."""
        self._empty_text = text or ""
        self.update()

    # ------------------------------------------------------------------ stack
    @property
    def stack(self) -> ImageStack | None:
        return self._stack

    def set_stack(self, stack: ImageStack | None, index: int | None = None) -> None:
        """Show a stack (None clears); keeps zoom mode, resets window and annotations."""
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self.stop_cine()
        self._stack = stack
        self._annotations, self._drawing = [], None
        self._window, self._voi_lut = None, None
        self._zoom, self._center = None, None
        self._index = 0
        self._image_key = None
        self._last_size_emitted = None  # a new stack always hears what size it needs
        if stack is not None:
            self._unsubscribe = stack.subscribe(self._on_pixels)
            self._index = min(max(index if index is not None else 0, 0), len(stack) - 1)
        self.update()
        self.sliceChanged.emit(self._index)
        self._emit_display_size()

    @property
    def index(self) -> int:
        return self._index

    def current_slice(self) -> Slice | None:
        return self._stack[self._index] if self._stack is not None else None

    def set_index(self, index: int) -> None:
        if self._stack is None:
            return
        index = min(max(int(index), 0), len(self._stack) - 1)
        if index != self._index:
            self._index = index
            self._drawing = None
            self.update()
            self.sliceChanged.emit(index)

    def scroll(self, delta: int) -> None:
        self.set_index(self._index + delta)

    def _on_pixels(self, index: int) -> None:
        if index == self._index:
            self._image_key = None
            self._reduced_key = None  # the old array's id may be reused by the new one
            self.update()

    # ------------------------------------------------------------------ window
    def voi(self) -> pipeline.Voi:
        """The VOI in force for the current slice."""
        s = self.current_slice()
        if self._window is not None:
            return pipeline.Voi(window=self._window)
        if self._voi_lut is not None:
            return pipeline.Voi(lut=self._voi_lut)
        if s is None:
            return pipeline.Voi()
        return pipeline.default_voi(s.info, s.pixels)

    def window(self) -> tuple[float, float] | None:
        """(centre, width) in force, or None when a VOI LUT / colour image is shown."""
        w = self.voi().window
        return (w.center, w.width) if w is not None else None

    def set_window(self, center: float, width: float, function: str | None = None) -> None:
        fn = function or (self._window.function if self._window else self._header_function())
        self._window = pipeline.Window(float(center), max(float(width), 1.0), fn)
        self._voi_lut = None
        self._image_key = None
        self.update()
        self.windowChanged.emit(self._window.center, self._window.width)

    def _header_function(self) -> str:
        s = self.current_slice()
        if s is not None and s.info.windows:
            return s.info.windows[0].function
        return "LINEAR"

    def reset_window(self) -> None:
        self._window, self._voi_lut = None, None
        self._image_key = None
        self.update()
        w = self.window()
        if w:
            self.windowChanged.emit(*w)

    def presets(self) -> list[tuple[str, float, float] | tuple[str, pipeline.Lut]]:
        """Header windows, header VOI LUTs, then modality presets (keys 1..9)."""
        s = self.current_slice()
        if s is None or s.info.is_color:
            return []
        out: list = [(w.explanation or f"Header {i + 1}", w.center, w.width)
                     for i, w in enumerate(s.info.windows)]
        out += [(lut.explanation or f"VOI LUT {i + 1}", lut) for i, lut in enumerate(s.info.voi_luts)]
        out += MODALITY_PRESETS.get(s.info.modality, [])
        return out

    def apply_preset(self, number: int) -> bool:
        """Preset by 1-based number; False if there is none."""
        p = self.presets()
        if not 1 <= number <= len(p):
            return False
        item = p[number - 1]
        if len(item) == 2:
            self._window, self._voi_lut = None, item[1]
            self._image_key = None
            self.update()
        else:
            self.set_window(item[1], item[2])
        return True

    def set_invert(self, on: bool) -> None:
        self._invert = bool(on)
        self._image_key = None
        self.update()

    @property
    def inverted(self) -> bool:
        return self._invert

    # ------------------------------------------------------------------ view geometry
    @property
    def view_transform(self) -> ViewTransform:
        return self._view

    def rotate(self, degrees: int = 90) -> None:
        if degrees % 90:
            raise UsageError("rotation must be a multiple of 90 degrees")
        self._view = ViewTransform((self._view.rotation + degrees) % 360, self._view.flip_h, self._view.flip_v)
        self._after_view_change()

    def flip(self, horizontal: bool = True) -> None:
        """Flip on screen (left-right or up-down, as the reader sees it)."""
        rot90 = self._view.rotation in (90, 270)
        fh, fv = self._view.flip_h, self._view.flip_v
        if horizontal != rot90:
            fh = not fh
        else:
            fv = not fv
        self._view = ViewTransform(self._view.rotation, fh, fv)
        self._after_view_change()

    def reset_view(self) -> None:
        self._view = ViewTransform()
        self._zoom, self._center = None, None
        self._invert = False
        self.reset_window()
        self._after_view_change()

    def fit(self) -> None:
        self._zoom, self._center = None, None
        self._after_view_change()

    def zoom(self) -> float:
        """Device pixels per image pixel (vertical image axis)."""
        return self._zoom if self._zoom is not None else self._fit_zoom()

    def set_zoom(self, zoom: float, anchor: QtCore.QPointF | None = None) -> None:
        """Zoom to `zoom` device px per image px, keeping the image point under anchor fixed."""
        zoom = min(max(float(zoom), 0.01), 64.0)
        if self._stack is None:
            return
        if anchor is not None:
            before = self.widget_to_image(anchor)
        self._center = self._center or self._image_center()
        self._zoom = zoom
        if anchor is not None:
            after = self.widget_to_image(anchor)
            self._center = (self._center[0] + before[0] - after[0], self._center[1] + before[1] - after[1])
        self._after_view_change()

    def actual_size(self) -> None:
        """1:1 — one image pixel on one device pixel."""
        self.set_zoom(1.0)

    def true_size(self) -> bool:
        """1 mm in the patient (Pixel Spacing) = 1 mm on the screen; False without spacing."""
        s = self.current_slice()
        screen = self.screen()
        if s is None or not s.geometry.spacing.calibrated or screen is None:
            return False
        device_px_per_mm = screen.physicalDotsPerInch() / 25.4
        if device_px_per_mm <= 0:
            return False
        self.set_zoom(s.geometry.spacing.row_mm * device_px_per_mm)
        return True

    def view_center(self) -> tuple[float, float]:
        """The image point at the viewport centre, as fractions of the image (0..1)."""
        s = self.current_slice()
        if s is None:
            return 0.5, 0.5
        cx, cy = self._center or self._image_center()
        return cx / s.cols, cy / s.rows

    def set_view_center(self, fx: float, fy: float) -> None:
        """Pan so that the image point at fractions (fx, fy) is at the viewport centre."""
        s = self.current_slice()
        if s is None:
            return
        if self._zoom is None:
            self._zoom = self._fit_zoom()
        self._center = (float(fx) * s.cols, float(fy) * s.rows)
        self._after_view_change()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) widget (logical) pixels."""
        if self._stack is None:
            return
        inv, ok = self._transform().inverted()
        c = self._center or self._image_center()
        if self._zoom is None:
            self._zoom = self._fit_zoom()
        p0 = inv.map(QtCore.QPointF(0, 0))
        p1 = inv.map(QtCore.QPointF(dx, dy))
        self._center = (c[0] - (p1.x() - p0.x()), c[1] - (p1.y() - p0.y()))
        self._after_view_change()

    def _after_view_change(self) -> None:
        self.update()
        self.zoomChanged.emit(self.zoom())
        self.viewChanged.emit()
        self._emit_display_size()

    def _aspect(self) -> float:
        s = self.current_slice()
        if s is None or not s.geometry.spacing.calibrated:
            return 1.0
        return s.geometry.spacing.col_mm / s.geometry.spacing.row_mm

    def _image_center(self) -> tuple[float, float]:
        s = self.current_slice()
        return (s.cols / 2.0, s.rows / 2.0) if s else (0.0, 0.0)

    def _rotated_size(self) -> tuple[float, float]:
        s = self.current_slice()
        if s is None:
            return 1.0, 1.0
        w, h = s.cols * self._aspect(), float(s.rows)
        return (h, w) if self._view.rotation in (90, 270) else (w, h)

    def _dpr(self) -> float:
        return float(self.devicePixelRatioF() or 1.0)

    def _fit_zoom(self) -> float:
        bw, bh = self._rotated_size()
        dpr = self._dpr()
        return max(min(self.width() * dpr / bw, self.height() * dpr / bh), 1e-3)

    def _transform(self) -> QtGui.QTransform:
        """Image coordinates -> widget logical coordinates."""
        cx, cy = self._center or self._image_center()
        s = self.zoom() / self._dpr()
        t = QtGui.QTransform.fromTranslate(-cx, -cy)
        t *= QtGui.QTransform.fromScale(self._aspect(), 1.0)
        t *= QtGui.QTransform.fromScale(-1.0 if self._view.flip_h else 1.0, -1.0 if self._view.flip_v else 1.0)
        t *= QtGui.QTransform().rotate(self._view.rotation)
        t *= QtGui.QTransform.fromScale(s, s)
        t *= QtGui.QTransform.fromTranslate(self.width() / 2.0, self.height() / 2.0)
        return t

    def image_to_widget(self, x: float, y: float) -> QtCore.QPointF:
        return self._transform().map(QtCore.QPointF(x, y))

    def widget_to_image(self, p: QtCore.QPointF | QtCore.QPoint) -> tuple[float, float]:
        inv, _ = self._transform().inverted()
        q = inv.map(QtCore.QPointF(p))
        return q.x(), q.y()

    def needed_display_size(self) -> tuple[int, int]:
        """Device pixels (w, h) the full image covers at the current zoom (capped at full size)."""
        s = self.current_slice()
        if s is None:
            return 0, 0
        z = self.zoom()
        w = min(math.ceil(s.cols * self._aspect() * z), s.cols)
        h = min(math.ceil(s.rows * z), s.rows)
        return max(w, 1), max(h, 1)

    def _emit_display_size(self) -> None:
        size = self.needed_display_size()
        if size != self._last_size_emitted and size != (0, 0):
            self._last_size_emitted = size
            self.displaySizeNeeded.emit(*size)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._emit_display_size()
        self.zoomChanged.emit(self.zoom())

    # ------------------------------------------------------------------ cine
    def start_cine(self, fps: float = 15.0) -> None:
        if fps <= 0 or fps > 120:
            raise UsageError(f"cine rate must be between 0 and 120 fps, got {fps:g}")
        self._cine_fps = float(fps)
        self._cine.start(max(int(round(1000.0 / fps)), 1))
        self.update()

    def stop_cine(self) -> None:
        self._cine.stop()
        self._cine_fps = 0.0
        self.update()

    @property
    def cine_running(self) -> bool:
        return self._cine.isActive()

    def _cine_step(self) -> None:
        if self._stack is None or len(self._stack) < 2:
            return
        self.set_index((self._index + 1) % len(self._stack))

    # ------------------------------------------------------------------ tools / annotations
    @property
    def tool(self) -> str:
        return self._tool

    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS:
            raise UsageError(f"unknown tool {tool!r} (one of {', '.join(TOOLS)})")
        self._tool = tool
        self._drawing = None
        self.setCursor(Qt.CrossCursor if tool in DRAWING_TOOLS else Qt.ArrowCursor)
        self.update()

    @property
    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def add_annotation(self, ann: Annotation) -> None:
        self._annotations.append(ann)
        self.update()
        self.annotationsChanged.emit()

    def remove_last_annotation(self) -> bool:
        for i in range(len(self._annotations) - 1, -1, -1):
            if self._annotations[i].slice_index == self._index:
                del self._annotations[i]
                self.update()
                self.annotationsChanged.emit()
                return True
        return False

    def annotation_labels(self) -> list[list[str]]:
        """Label lines of the annotations on the current slice (what the reader sees)."""
        s = self.current_slice()
        if s is None:
            return []
        return [a.label_lines(s) for a in self._annotations if a.slice_index == self._index]

    def _ask_text(self) -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(self, "Annotation", "Text:")
        return text if ok and text else None

    # ------------------------------------------------------------------ overlay
    def overlay_state(self) -> OverlayState:
        voi = self.voi()
        s = self.current_slice()
        label = "" if s is None or s.info.is_color else voi.label()
        return OverlayState(self._index, label, self.zoom(), self._view.rotation,
                            self._view.flip_h, self._view.flip_v, self._invert, self._cine_fps)

    def overlay_text(self) -> dict[str, list[str]]:
        """The four corners' lines as drawn (for the workstation and tests)."""
        text = corner_text(self._stack, self.overlay_state())
        s = self.current_slice()
        if s is not None and not s.geometry.spacing.calibrated and self._stack is not None:
            text["bottom_right"].append("no pixel spacing: sizes in pixels")
        elif s is not None and s.geometry.spacing.source == "ImagerPixelSpacing":
            text["bottom_right"].append("sizes at detector (Imager Pixel Spacing)")
        return text

    def orientation_markers(self) -> dict[str, str]:
        s = self.current_slice()
        if s is None:
            return {"left": "", "right": "", "top": "", "bottom": ""}
        return orientation_markers(s.geometry, self._view)

    def set_active(self, on: bool) -> None:
        if on != self._active:
            self._active = on
            self.update()

    # ------------------------------------------------------------------ rendering
    def display_image(self) -> np.ndarray | None:
        """The uint8 array (grey (H, W) or RGB (H, W, 3)) currently drawn, at the level available."""
        self._ensure_image()
        if self._qimage is None:
            return None
        s = self.current_slice()
        return pipeline.xrgb_to_array(self._qimage.data, gray=not s.info.is_color)

    def _reduction(self, s: Slice) -> int:
        """Power-of-two box reduction for minified display (1 = the real pixels).

        Below 75 % effective scale the picture is drawn from a 2x2 (4x4, ...) average
        of the stored values: it anti-aliases, and W/L then touches 4x (16x) fewer
        pixels.  At 75 % and above every stored pixel is drawn.
        """
        if s.pixels is None or s.info.is_color:
            return 1
        scale = self.zoom() * s.rows / s.pixels.shape[0]  # device px per array px
        k = 1
        while scale * k * 2 <= 1.5 and min(s.pixels.shape[:2]) // (k * 2) >= 16:
            k *= 2
        return k

    def _reduced_pixels(self, s: Slice, k: int) -> np.ndarray:
        if k == 1:
            return s.pixels
        key = (id(s.pixels), k)
        if self._reduced_key != key:
            a = s.pixels
            h, w = (a.shape[0] // k) * k, (a.shape[1] // k) * k
            acc = a[:h, :w].reshape(h // k, k, w // k, k).astype(np.int32).sum(axis=(1, 3))
            self._reduced = (acc // (k * k)).astype(a.dtype)
            self._reduced_key = key
        return self._reduced

    def _ensure_image(self) -> None:
        s = self.current_slice()
        if s is None or s.pixels is None:
            self._qimage = None
            self._image_key = None
            return
        voi = self.voi()
        k = self._reduction(s)
        key = (id(s), id(s.pixels), voi.window, id(voi.lut), self._invert, k)
        if key == self._image_key and self._qimage is not None:
            return
        px = self._reduced_pixels(s, k)
        # Everything is drawn from 32-bit 0xFFrrggbb (Format_RGB32): Qt's fastest path.
        if s.info.is_color:
            arr = pipeline.rgb_to_xrgb(
                pipeline.render_color(s.info, px, invert=self._invert, pixels_are_rgb=s.pixels_rgb))
        elif pipeline.DisplayLUT.supports(px):
            lut = self._luts.get(s.info, voi, self._invert, px.dtype.itemsize)
            # Write into a buffer of our own: no allocation per W/L step.  The QImage
            # wrapping it is replaced below, before anything paints again.
            if self._buffer is None or self._buffer.shape != px.shape:
                self._buffer = np.empty(px.shape, np.uint32)
            arr = lut.apply_xrgb(px, out=self._buffer)
        else:
            arr = pipeline.gray_to_xrgb(pipeline.render_gray(s.info, px, voi, self._invert))
        arr = np.ascontiguousarray(arr)
        self._qimage = pg.functions.ndarray_to_qimage(arr, QtGui.QImage.Format_RGB32)
        self._image_key = key

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), Qt.black)
        s = self.current_slice()
        if s is not None:
            self._ensure_image()
            t = self._transform()
            if self._qimage is not None:
                p.save()
                p.setTransform(t)
                # Magnified real pixels stay sharp squares (the reader sees real pixels);
                # a preview level is interpolated, and so is a minification below 95 %.
                scale = self.zoom() * s.rows / self._qimage.height()  # device px per drawn px
                smooth = not s.full_resolution or scale < 0.95
                p.setRenderHint(QtGui.QPainter.SmoothPixmapTransform, smooth)
                p.drawImage(QtCore.QRectF(0, 0, s.cols, s.rows), self._qimage)
                p.restore()
            self._paint_annotations(p, t, s)
            if self.show_overlay:
                self._paint_overlay(p)
        elif self._empty_text:
            self._font(p)
            p.setPen(QtGui.QColor(150, 150, 150))
            p.drawText(QtCore.QRectF(self.rect()).adjusted(12, 12, -12, -12),
                       int(Qt.AlignCenter | Qt.TextWordWrap), self._empty_text)
        if self._active:
            p.setPen(QtGui.QPen(QtGui.QColor(255, 200, 0), 2))
            p.drawRect(self.rect().adjusted(1, 1, -1, -1))
        p.end()

    def _font(self, p: QtGui.QPainter) -> QtGui.QFontMetrics:
        f = p.font()
        f.setPixelSize(max(10, min(14, self.height() // 40)))
        p.setFont(f)
        return QtGui.QFontMetrics(f)

    def _shadow_text(self, p: QtGui.QPainter, x: float, y: float, text: str,
                     color: QtGui.QColor = QtGui.QColor(230, 230, 230)) -> None:
        """Text with a dark shadow (readable on any grey); x, y = baseline start.

        QStaticText keeps the laid-out glyphs, so the unchanged overlay lines of a
        scrolling stack cost almost nothing to redraw.
        """
        st = self._static_text.get(text)
        if st is None:
            st = QtGui.QStaticText(text)
            st.setTextFormat(Qt.PlainText)
            if len(self._static_text) > 256:
                self._static_text.clear()
            self._static_text[text] = st
        top = y - p.fontMetrics().ascent()
        p.setPen(QtGui.QColor(0, 0, 0))
        p.drawStaticText(QtCore.QPointF(x + 1, top + 1), st)
        p.setPen(color)
        p.drawStaticText(QtCore.QPointF(x, top), st)

    def _paint_overlay(self, p: QtGui.QPainter) -> None:
        fm = self._font(p)
        lh = fm.height()
        m = 6
        text = self.overlay_text()
        w, h = self.width(), self.height()
        for corner, lines in text.items():
            for i, line in enumerate(lines):
                right = corner.endswith("right")
                bottom = corner.startswith("bottom")
                x = w - m - fm.horizontalAdvance(line) if right else m
                y = (h - m - (len(lines) - 1 - i) * lh - fm.descent()) if bottom else (m + fm.ascent() + i * lh)
                if line == "LOSSY":  # impossible to miss: white on red
                    box = QtCore.QRectF(x - 3, y - fm.ascent() - 1, fm.horizontalAdvance(line) + 6, lh + 1)
                    p.fillRect(box, QtGui.QColor(200, 0, 0))
                    p.setPen(QtGui.QColor(255, 255, 255))
                    p.drawText(QtCore.QPointF(x, y), line)
                    continue
                color = QtGui.QColor(230, 230, 230)
                if "detector" in line or "no pixel spacing" in line:
                    color = QtGui.QColor(255, 200, 80)
                self._shadow_text(p, x, y, line, color)
        marks = self.orientation_markers()
        c = QtGui.QColor(255, 230, 120)
        for side, letters in marks.items():
            if not letters:
                continue
            tw = fm.horizontalAdvance(letters)
            x, y = {"left": (m, h / 2), "right": (w - m - tw, h / 2),
                    "top": (w / 2 - tw / 2, m + fm.ascent()),
                    "bottom": (w / 2 - tw / 2, h - m - fm.descent())}[side]
            if side in ("top", "bottom"):
                # step clear of corner text that reaches the middle of the edge
                lines = text[f"{side}_left"] + text[f"{side}_right"]
                k = max((i + 1 for i, line in enumerate(text[f"{side}_left"])
                         if m + fm.horizontalAdvance(line) > x - 4), default=0)
                k = max([k] + [i + 1 for i, line in enumerate(text[f"{side}_right"])
                               if w - m - fm.horizontalAdvance(line) < x + tw + 4])
                if k and lines:
                    n = max(len(text[f"{side}_left"]), len(text[f"{side}_right"]))
                    shift = (n if side == "bottom" else k) * lh
                    y = y - shift if side == "bottom" else y + shift
            self._shadow_text(p, x, y, letters, c)

    def _paint_annotations(self, p: QtGui.QPainter, t: QtGui.QTransform, s: Slice) -> None:
        items = [a for a in self._annotations if a.slice_index == self._index]
        if self._drawing is not None:
            items.append(self._drawing)
        if not items:
            return
        p.save()
        p.setRenderHint(QtGui.QPainter.Antialiasing, True)
        fm = self._font(p)
        pen = QtGui.QPen(QtGui.QColor(80, 255, 120), 1.5)
        for a in items:
            pts = [t.map(QtCore.QPointF(x, y)) for x, y in a.points]
            p.setPen(pen)
            if a.kind in ("length", "arrow") and len(pts) >= 2:
                p.drawLine(pts[0], pts[1])
                if a.kind == "arrow":
                    self._arrow_head(p, pts[0], pts[1])
            elif a.kind == "angle" and len(pts) >= 2:
                p.drawPolyline(QtGui.QPolygonF(pts[:3]))
            elif a.kind == "roi" and len(pts) >= 2:
                # Ellipse in image space, drawn through the full transform (rotation/aspect safe).
                x0, x1 = sorted((a.points[0][0], a.points[1][0]))
                y0, y1 = sorted((a.points[0][1], a.points[1][1]))
                path = QtGui.QPainterPath()
                path.addEllipse(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
                p.drawPath(t.map(path))
            lines = a.label_lines(s) if a.complete else []
            if pts and lines:
                anchor = pts[-1] if a.kind != "roi" else QtCore.QPointF(max(q.x() for q in pts), min(q.y() for q in pts))
                for i, line in enumerate(lines):
                    self._shadow_text(p, anchor.x() + 6, anchor.y() + i * fm.height(), line,
                                      QtGui.QColor(120, 255, 150))
        p.restore()

    @staticmethod
    def _arrow_head(p: QtGui.QPainter, tail: QtCore.QPointF, head: QtCore.QPointF) -> None:
        ang = math.atan2(head.y() - tail.y(), head.x() - tail.x())
        for da in (2.6, -2.6):
            p.drawLine(head, QtCore.QPointF(head.x() + 12 * math.cos(ang + da), head.y() + 12 * math.sin(ang + da)))

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, e: QtGui.QMouseEvent) -> None:
        self.setFocus(Qt.MouseFocusReason)
        self.activated.emit()
        pos = e.position()
        mods = e.modifiers()
        if e.button() == Qt.MiddleButton or (e.button() == Qt.LeftButton and mods & Qt.ShiftModifier):
            mode = "pan"
        elif e.button() == Qt.RightButton:
            mode = "zoom"
        elif e.button() == Qt.LeftButton:
            mode = self._tool
        else:
            return
        if mode in DRAWING_TOOLS:
            self._press_drawing(mode, pos)
            return
        w = self.window() or self._start_window()
        self._drag = (mode, pos, {"window": w, "zoom": self.zoom(), "index": self._index, "acc": 0.0})

    def _start_window(self) -> tuple[float, float]:
        s = self.current_slice()
        if s is None or s.pixels is None or s.info.is_color:
            return (0.0, 1.0)
        w = pipeline.minmax_window(s.info, s.pixels)
        return (w.center, w.width)

    def mouseMoveEvent(self, e: QtGui.QMouseEvent) -> None:
        pos = e.position()
        if self._drawing is not None:
            pt = self.widget_to_image(pos)
            if len(self._drawing.points) >= 1:
                fixed = self._drawing.points[: self._fixed_points]
                self._drawing.points = fixed + [pt]
                self.update()
            return
        if self._drag is None:
            return
        mode, start, st = self._drag
        dx, dy = pos.x() - start.x(), pos.y() - start.y()
        if mode == "window":
            s = self.current_slice()
            if s is None or s.info.is_color:
                return
            c0, w0 = st["window"]
            step = max(w0, 2.0) / 256.0  # one screen pixel ~ 1/256 of the current width
            self.set_window(c0 + dy * step, max(w0 + dx * step, 1.0))
        elif mode == "pan":
            self.pan_by(pos.x() - st.get("last", start).x(), pos.y() - st.get("last", start).y())
            st["last"] = pos
        elif mode == "zoom":
            self.set_zoom(st["zoom"] * math.exp(-dy / 150.0))
        elif mode == "scroll":
            self.set_index(st["index"] + int(dy / 8))

    def mouseReleaseEvent(self, e: QtGui.QMouseEvent) -> None:
        if self._drawing is not None and e.button() == Qt.LeftButton:
            self._release_drawing(e.position())
            return
        self._drag = None

    def mouseDoubleClickEvent(self, e: QtGui.QMouseEvent) -> None:
        if self._drawing is None:
            self.doubleClicked.emit()

    _fixed_points = 0

    def _press_drawing(self, kind: str, pos: QtCore.QPointF) -> None:
        s = self.current_slice()
        if s is None:
            return
        pt = self.widget_to_image(pos)
        if self._drawing is None or self._drawing.kind != kind:
            if kind == "text":
                text = self.text_provider()
                if text:
                    self.add_annotation(Annotation("text", self._index, [pt], text))
                return
            self._drawing = Annotation(kind, self._index, [pt, pt])
            self._fixed_points = 1
        else:  # angle: the click that places the end of the second ray
            self._drawing.points = self._drawing.points[: self._fixed_points] + [pt]
        self.update()

    def _release_drawing(self, pos: QtCore.QPointF) -> None:
        d = self._drawing
        pt = self.widget_to_image(pos)
        d.points = d.points[: self._fixed_points] + [pt]
        if d.kind == "angle" and len(d.points) < 3:
            self._fixed_points = len(d.points)  # vertex set; move/click for the last point
            d.points.append(pt)
            self.update()
            return
        self._drawing = None
        a, b = d.points[0], d.points[-1]
        if d.kind in ("length", "roi", "arrow") and math.hypot(a[0] - b[0], a[1] - b[1]) < 0.5:
            self.update()
            return  # a click without a drag draws nothing
        self.add_annotation(d)

    def wheelEvent(self, e: QtGui.QWheelEvent) -> None:
        steps = e.angleDelta().y() / 120.0
        if steps == 0:
            return
        if e.modifiers() & Qt.ControlModifier:
            self.set_zoom(self.zoom() * (1.25 ** steps), e.position())
        else:
            self.scroll(-int(math.copysign(max(1, round(abs(steps))), steps)))

    def keyPressEvent(self, e: QtGui.QKeyEvent) -> None:
        k, mods = e.key(), e.modifiers()
        ctrl = bool(mods & Qt.ControlModifier)
        n = len(self._stack) if self._stack is not None else 0
        if k in (Qt.Key_Up, Qt.Key_Left) and not ctrl:
            self.scroll(-1)
        elif k in (Qt.Key_Down, Qt.Key_Right) and not ctrl:
            self.scroll(1)
        elif k == Qt.Key_Up and ctrl:
            self.start_cine(min((self._cine_fps or 15.0) * 1.5, 120.0))
        elif k == Qt.Key_Down and ctrl:
            self.start_cine(max((self._cine_fps or 15.0) / 1.5, 1.0))
        elif k == Qt.Key_PageUp:
            self.scroll(-10)
        elif k == Qt.Key_PageDown:
            self.scroll(10)
        elif k == Qt.Key_Home:
            self.set_index(0)
        elif k == Qt.Key_End:
            self.set_index(n - 1)
        elif k == Qt.Key_Space:
            self.stop_cine() if self.cine_running else self.start_cine(self._cine_fps or 15.0)
        elif k == Qt.Key_0 and ctrl:
            self.reset_view()
        elif k == Qt.Key_0:
            self.reset_window()
        elif Qt.Key_1 <= k <= Qt.Key_9:
            self.apply_preset(k - Qt.Key_0)
        elif k == Qt.Key_I:
            self.set_invert(not self._invert)
        elif k == Qt.Key_R:
            self.rotate(-90 if mods & Qt.ShiftModifier else 90)
        elif k == Qt.Key_H:
            self.flip(horizontal=True)
        elif k == Qt.Key_V:
            self.flip(horizontal=False)
        elif k == Qt.Key_F:
            self.fit()
        elif k == Qt.Key_A and mods & Qt.ShiftModifier:
            self.true_size()
        elif k == Qt.Key_A:
            self.actual_size()
        elif k in (Qt.Key_Plus, Qt.Key_Equal):
            self.set_zoom(self.zoom() * 1.25)
        elif k == Qt.Key_Minus:
            self.set_zoom(self.zoom() / 1.25)
        elif k in _TOOL_KEYS:
            self.set_tool(_TOOL_KEYS[k])
        elif k == Qt.Key_Escape:
            self._drawing = None
            self.set_tool("window")
        elif k in (Qt.Key_Delete, Qt.Key_Backspace):
            self.remove_last_annotation()
        else:
            super().keyPressEvent(e)

    def focusInEvent(self, e: QtGui.QFocusEvent) -> None:
        super().focusInEvent(e)
        self.activated.emit()
