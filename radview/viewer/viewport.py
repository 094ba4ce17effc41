"""Viewport: one image stack on screen, with the reading tools of a PACS viewer.

A thin Qt canvas over Qt-free state: the ImageStack (model.py), the view state —
window/level, zoom, pan, rotation, flips and their maths (view_state.py) — the
display pipeline (LUTs) and the measurement maths.  The image is drawn with
QPainter from a zero-copy QImage (via pyqtgraph's ndarray_to_qimage) into the
rectangle of the FULL image geometry, whatever level's array is present, so a
finer level replaces a coarser one with no jump.  All annotation points are in
full-resolution image coordinates.

Mouse/keyboard bindings: see viewport_input.BINDINGS and docs/viewer.md.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from radview.errors import UsageError
from radview.viewer import pipeline, view_state
from radview.viewer.geometry import ViewTransform, orientation_markers
from radview.viewer.model import ImageStack, Slice
from radview.viewer.overlay import OverlayState, corner_text
from radview.viewer.painting import ViewportPainting
from radview.viewer.tools import DRAWING_TOOLS, TOOLS, Annotation, version_text
from radview.viewer.view_state import ViewState
from radview.viewer.viewport_input import BINDINGS, ViewportInput

Qt = QtCore.Qt
__all__ = ["BINDINGS", "Viewport"]

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


class Viewport(ViewportInput, ViewportPainting, QtWidgets.QWidget):
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
        self.state = ViewState()  # window/level and camera, Qt-free
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
        self.show_overlay_planes = True  # DICOM overlays (group 60xx), key G toggles
        self._plane_images: dict[int, tuple] = {}  # plane → (bitmap, QImage, its buffer)
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
        self.state.reset_display()
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
        return self.state.voi(self.current_slice())

    def window(self) -> tuple[float, float] | None:
        """(centre, width) in force, or None when a VOI LUT / colour image is shown."""
        w = self.voi().window
        return (w.center, w.width) if w is not None else None

    def set_window(self, center: float, width: float, function: str | None = None) -> None:
        w = self.state.set_window(self.current_slice(), center, width, function)
        self._image_key = None
        self.update()
        self.windowChanged.emit(w.center, w.width)

    def reset_window(self) -> None:
        self.state.reset_window()
        self._image_key = None
        self.update()
        w = self.window()
        if w:
            self.windowChanged.emit(*w)

    def presets(self) -> list[tuple[str, float, float] | tuple[str, pipeline.Lut]]:
        """Header windows, header VOI LUTs, then modality presets (keys 1..9)."""
        return view_state.presets(self.current_slice())

    def apply_preset(self, number: int) -> bool:
        """Preset by 1-based number; False if there is none."""
        p = self.presets()
        if not 1 <= number <= len(p):
            return False
        item = p[number - 1]
        if len(item) == 2:
            self.state.window, self.state.voi_lut = None, item[1]
            self._image_key = None
            self.update()
        else:
            self.set_window(item[1], item[2])
        return True

    def set_invert(self, on: bool) -> None:
        self.state.invert = bool(on)
        self._image_key = None
        self.update()

    # Read-only views of the Qt-free view state (alike in form to Slice.rows/cols, which
    # read the header; nothing in common to share).
    @property
    def inverted(self) -> bool:
        return self.state.invert

    # ------------------------------------------------------------------ view geometry
    @property
    def view_transform(self) -> ViewTransform:
        return self.state.view

    def rotate(self, degrees: int = 90) -> None:
        self.state.rotate(degrees)
        self._after_view_change()

    def flip(self, horizontal: bool = True) -> None:
        """Flip on screen (left-right or up-down, as the reader sees it)."""
        self.state.flip(horizontal)
        self._after_view_change()

    def reset_view(self) -> None:
        self.state.reset_view()
        self.reset_window()
        self._after_view_change()

    def fit(self) -> None:
        self.state.zoom, self.state.center = None, None
        self._after_view_change()

    @property
    def fitted(self) -> bool:
        """Zoom follows the viewport size (no zoom of the reader's or the protocol's)."""
        return self.state.zoom is None

    @property
    def panned(self) -> bool:
        return self.state.center is not None

    def zoom(self) -> float:
        """Device pixels per image pixel (vertical image axis)."""
        return self.state.effective_zoom(self.current_slice())

    def set_zoom(self, zoom: float, anchor: QtCore.QPointF | None = None) -> None:
        """Zoom to `zoom` device px per image px, keeping the image point under anchor fixed."""
        at = (anchor.x(), anchor.y()) if anchor is not None else None
        self._change_view(lambda s: self.state.set_zoom(s, zoom, at))

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
        return self.state.view_center(self.current_slice())

    def set_view_center(self, fx: float, fy: float) -> None:
        """Pan so that the image point at fractions (fx, fy) is at the viewport centre."""
        self._change_view(lambda s: self.state.set_view_center(s, fx, fy))

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) widget (logical) pixels."""
        self._change_view(lambda s: self.state.pan_by(s, dx, dy))

    def _change_view(self, change: Callable[[Slice], None]) -> None:
        """A camera change that needs the shown slice and the canvas size (none without a slice)."""
        s = self.current_slice()
        if s is None:
            return
        self._sync_canvas()
        change(s)
        self._after_view_change()

    def _after_view_change(self) -> None:
        self.update()
        self.zoomChanged.emit(self.zoom())
        self.viewChanged.emit()
        self._emit_display_size()

    def _sync_canvas(self) -> None:
        c = self.state.canvas
        c.width, c.height = float(self.width()), float(self.height())
        c.dpr = float(self.devicePixelRatioF() or 1.0)

    def _transform(self) -> QtGui.QTransform:
        """Image coordinates -> widget logical coordinates."""
        self._sync_canvas()
        m = self.state.matrix(self.current_slice())
        return QtGui.QTransform(m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2])

    def image_to_widget(self, x: float, y: float) -> QtCore.QPointF:
        self._sync_canvas()
        return QtCore.QPointF(*self.state.image_to_canvas(self.current_slice(), x, y))

    def widget_to_image(self, p: QtCore.QPointF | QtCore.QPoint) -> tuple[float, float]:
        self._sync_canvas()
        q = QtCore.QPointF(p)
        return self.state.canvas_to_image(self.current_slice(), q.x(), q.y())

    def needed_display_size(self) -> tuple[int, int]:
        """Device pixels (w, h) the full image covers at the current zoom (capped at full size)."""
        self._sync_canvas()
        return self.state.needed_display_size(self.current_slice())

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
        s = self._stack[ann.slice_index] if self._stack is not None and \
            0 <= ann.slice_index < len(self._stack) else None
        if not ann.made_on and s is not None:
            ann.made_on = version_text(s)
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
        return OverlayState(self._index, label, self.zoom(), self.state.view.rotation,
                            self.state.view.flip_h, self.state.view.flip_v, self.state.invert,
                            self._cine_fps,
                            needs_finer=s is not None and s.pixels is not None
                            and not self.at_final_level())

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
        return orientation_markers(s.geometry, self.state.view)

    def set_active(self, on: bool) -> None:
        if on != self._active:
            self._active = on
            self.update()

    def toggle_overlay_planes(self) -> bool:
        """Show / hide the image's DICOM overlay planes; returns the new state."""
        self.show_overlay_planes = not self.show_overlay_planes
        self.update()
        return self.show_overlay_planes

    def _paint_overlay_planes(self, p: QtGui.QPainter, s: Slice) -> None:
        """Overlay bitmaps in image coordinates, white where set (DCMTK's Replace mode)."""
        p.setRenderHint(QtGui.QPainter.SmoothPixmapTransform, False)
        for plane in s.overlays:
            cached = self._plane_images.get(id(plane))
            if cached is None or cached[0] is not plane.bitmap:
                argb = np.ascontiguousarray(plane.argb())
                image = pg.functions.ndarray_to_qimage(argb, QtGui.QImage.Format_ARGB32)
                if len(self._plane_images) > 64:
                    self._plane_images.clear()
                cached = self._plane_images[id(plane)] = (plane.bitmap, image, argb)
            h, w = plane.bitmap.shape
            p.drawImage(QtCore.QRectF(plane.origin_col - 1, plane.origin_row - 1, w, h), cached[1])

    def at_final_level(self) -> bool:
        """The image on screen is as fine as this viewport needs (or the finest there is)."""
        s = self.current_slice()
        if s is None or s.pixels is None:
            return False
        if s.full_resolution or s.level.final:
            return True
        # the same rule as the codec's level choice: the long side covers what is needed
        return max(s.pixels.shape[:2]) >= max(self.needed_display_size()) - 1  # halving rounds down

    # ------------------------------------------------------------------ rendering
    def display_image(self) -> np.ndarray | None:
        """The uint8 array (grey (H, W) or RGB (H, W, 3)) currently drawn, at the level available."""
        self._ensure_image()
        if self._qimage is None:
            return None
        s = self.current_slice()
        return pipeline.xrgb_to_array(self._qimage.data, gray=not s.info.is_color)

    def _reduction(self, s: Slice) -> int:
        """The box reduction the picture is drawn with now (bench viewer reads it)."""
        self._sync_canvas()
        return self.state.reduction(s)

    def _reduced_pixels(self, s: Slice, k: int) -> np.ndarray:
        if k == 1:
            return s.pixels
        key = (id(s.pixels), k)
        if self._reduced_key != key:
            self._reduced = view_state.reduce_pixels(s.pixels, k)
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
        key = (id(s), id(s.pixels), voi.window, id(voi.lut), self.state.invert, k)
        if key == self._image_key and self._qimage is not None:
            return
        px = self._reduced_pixels(s, k)
        # Everything is drawn from 32-bit 0xFFrrggbb (Format_RGB32): Qt's fastest path.
        if s.info.is_color:
            arr = pipeline.rgb_to_xrgb(
                pipeline.render_color(s.info, px, invert=self.state.invert, pixels_are_rgb=s.pixels_rgb))
        elif pipeline.DisplayLUT.supports(px):
            lut = self._luts.get(s.info, voi, self.state.invert, px.dtype.itemsize)
            # Write into a buffer of our own: no allocation per W/L step.  The QImage
            # wrapping it is replaced below, before anything paints again.
            if self._buffer is None or self._buffer.shape != px.shape:
                self._buffer = np.empty(px.shape, np.uint32)
            arr = lut.apply_xrgb(px, out=self._buffer)
        else:
            arr = pipeline.gray_to_xrgb(pipeline.render_gray(s.info, px, voi, self.state.invert))
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
                if self.show_overlay_planes:
                    self._paint_overlay_planes(p, s)
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
