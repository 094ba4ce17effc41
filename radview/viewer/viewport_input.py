"""Mouse and keyboard of a viewport (Qt): the reading tools' bindings.

A mixin of the Viewport widget: events become calls on the viewport's own
methods (scroll, window, zoom, pan, tools), so the bindings live in one table.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui

from radview.viewer import pipeline
from radview.viewer.tools import DRAWING_TOOLS, Annotation

Qt = QtCore.Qt

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
    ("G", "show / hide the image's DICOM overlays (group 60xx graphics, drawn as DCMTK does)"),
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



class ViewportInput:
    """Event handlers of ``Viewport`` (see BINDINGS)."""

    _fixed_points = 0

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
        elif k == Qt.Key_G:
            self.toggle_overlay_planes()
        elif k == Qt.Key_I:
            self.set_invert(not self.inverted)
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
