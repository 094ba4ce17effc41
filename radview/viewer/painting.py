"""Painting of a viewport: overlay text, orientation markers and annotations (Qt).

A mixin of the Viewport widget, kept apart so the widget module stays about state
and input; the text it writes comes from the Qt-free overlay module."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui

from radview.viewer.model import Slice

Qt = QtCore.Qt


class ViewportPainting:
    """Overlay, markers and annotation drawing for ``Viewport`` (needs its state)."""

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

