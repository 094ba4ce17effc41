"""Layout: a grid (1x1 .. 4x4) or explicit rectangles of Viewports, with sync groups.

Synchronisation:
- scroll groups: when one member changes slice, the others go to their slice
  nearest in patient position (geometry.sync_index: works between a current and
  a prior of different spacing/extent; members whose planes are not parallel are
  left alone);
- window groups: same centre/width;
- zoom groups: same zoom factor (device pixels per image pixel);
- pan groups: the same image point (as a fraction of each image) at the centre.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6 import QtCore, QtWidgets

from radview.errors import UsageError
from radview.viewer.geometry import sync_index
from radview.viewer.viewport import Viewport

MAX_GRID = 4


class Layout(QtWidgets.QWidget):
    """Holds viewports; one is active (yellow frame, gets keyboard focus)."""

    activeChanged = QtCore.Signal(object)  # the new active Viewport
    layoutChanged = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None, rows: int = 1, cols: int = 1):
        super().__init__(parent)
        self._pool: list[Viewport] = []
        self._rects: list[tuple[float, float, float, float]] = []
        self._active: Viewport | None = None
        self._maximised: Viewport | None = None
        self._scroll_groups: list[list[Viewport]] = []
        self._window_groups: list[list[Viewport]] = []
        self._zoom_groups: list[list[Viewport]] = []
        self._pan_groups: list[list[Viewport]] = []
        self._syncing = False
        self.setMinimumSize(128, 128)
        self.set_grid(rows, cols)

    # ------------------------------------------------------------------ arrangement
    @property
    def viewports(self) -> list[Viewport]:
        return self._pool[: len(self._rects)]

    def set_grid(self, rows: int, cols: int) -> None:
        if not (1 <= rows <= MAX_GRID and 1 <= cols <= MAX_GRID):
            raise UsageError(f"layout grid must be 1x1 .. {MAX_GRID}x{MAX_GRID}, got {rows}x{cols}")
        self.set_rects([(c / cols, r / rows, 1 / cols, 1 / rows) for r in range(rows) for c in range(cols)])

    def set_rects(self, rects: Sequence[tuple[float, float, float, float]]) -> None:
        """Explicit viewport rectangles (x, y, w, h) as fractions of the layout (0..1)."""
        rects = [tuple(float(v) for v in r) for r in rects]
        if not 1 <= len(rects) <= MAX_GRID * MAX_GRID:
            raise UsageError(f"a layout needs 1..{MAX_GRID * MAX_GRID} viewports, got {len(rects)}")
        for r in rects:
            if len(r) != 4:
                raise UsageError(f"a viewport rectangle is (x, y, w, h), got {r}")
            x, y, w, h = r
            if w <= 0 or h <= 0 or x < -1e-9 or y < -1e-9 or x + w > 1 + 1e-9 or y + h > 1 + 1e-9:
                raise UsageError(f"viewport rectangle {r} is not inside the layout (fractions 0..1)")
        self._rects = rects
        while len(self._pool) < len(rects):
            self._pool.append(self._new_viewport())
        for i, vp in enumerate(self._pool):
            vp.setVisible(i < len(rects))
        self._maximised = None
        if self._active not in self.viewports:
            self.set_active(self.viewports[0])
        self._place()
        self.layoutChanged.emit()

    def _new_viewport(self) -> Viewport:
        vp = Viewport(self)
        vp.activated.connect(lambda vp=vp: self.set_active(vp))
        vp.doubleClicked.connect(lambda vp=vp: self.toggle_maximised(vp))
        vp.sliceChanged.connect(lambda _i, vp=vp: self._sync_scroll(vp))
        vp.windowChanged.connect(lambda c, w, vp=vp: self._sync_window(vp, c, w))
        vp.zoomChanged.connect(lambda z, vp=vp: self._sync_zoom(vp, z))
        vp.viewChanged.connect(lambda vp=vp: self._sync_pan(vp))
        return vp

    def _place(self) -> None:
        W, H = self.width(), self.height()
        for i, vp in enumerate(self.viewports):
            if self._maximised is not None:
                vp.setVisible(vp is self._maximised)
                if vp is self._maximised:
                    vp.setGeometry(0, 0, W, H)
                continue
            vp.setVisible(True)
            x, y, w, h = self._rects[i]
            x0, y0 = round(x * W), round(y * H)
            x1, y1 = round((x + w) * W), round((y + h) * H)
            # 1 px gap so the active frame and neighbours stay distinct
            vp.setGeometry(x0, y0, max(x1 - x0 - 1, 1), max(y1 - y0 - 1, 1))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def toggle_maximised(self, vp: Viewport) -> None:
        self._maximised = None if self._maximised is vp else vp
        self._place()

    # ------------------------------------------------------------------ active viewport
    @property
    def active_viewport(self) -> Viewport | None:
        return self._active

    def set_active(self, vp: Viewport) -> None:
        if vp is self._active:
            return
        if self._active is not None:
            self._active.set_active(False)
        self._active = vp
        vp.set_active(True)
        self.activeChanged.emit(vp)

    # ------------------------------------------------------------------ sync groups
    def _check_members(self, vps: Iterable[Viewport]) -> list[Viewport]:
        vps = list(vps)
        for vp in vps:
            if vp not in self._pool:
                raise UsageError("a sync group may only hold viewports of this layout")
        return vps

    @staticmethod
    def _set_group(groups: list[list[Viewport]], vps: list[Viewport]) -> None:
        for g in groups:  # a viewport is in at most one group of each kind
            g[:] = [v for v in g if v not in vps]
        groups[:] = [g for g in groups if len(g) > 1]
        if len(vps) > 1:
            groups.append(vps)

    def link_scroll(self, vps: Iterable[Viewport]) -> None:
        """Synchronise scrolling by slice position; the others follow the first one now."""
        vps = self._check_members(vps)
        self._set_group(self._scroll_groups, vps)
        if len(vps) > 1:
            self._sync_scroll(vps[0])

    def link_window(self, vps: Iterable[Viewport]) -> None:
        self._set_group(self._window_groups, self._check_members(vps))

    def link_zoom(self, vps: Iterable[Viewport]) -> None:
        self._set_group(self._zoom_groups, self._check_members(vps))

    def link_pan(self, vps: Iterable[Viewport]) -> None:
        """Same image point (as a fraction of each image) at the centre of every member."""
        self._set_group(self._pan_groups, self._check_members(vps))

    def unlink_all(self) -> None:
        self._scroll_groups, self._window_groups, self._zoom_groups = [], [], []
        self._pan_groups = []

    @staticmethod
    def _group_of(groups: list[list[Viewport]], vp: Viewport) -> list[Viewport]:
        for g in groups:
            if vp in g:
                return [v for v in g if v is not vp]
        return []

    def _sync_scroll(self, source: Viewport) -> None:
        """Scroll groups follow by patient position; viewports showing the very same
        stack (one series twice, e.g. lung and mediastinal windows) always follow by
        index, and their own groups follow them, so twins never drift apart."""
        if self._syncing:
            return
        s = source.current_slice()
        if s is None:
            return
        self._syncing = True
        try:
            twins = [vp for vp in self.viewports
                     if vp is not source and vp.stack is not None and vp.stack is source.stack]
            for vp in twins:
                vp.set_index(source.index)
            moved = {id(source), *(id(vp) for vp in twins)}
            for leader in (source, *twins):
                for vp in self._group_of(self._scroll_groups, leader):
                    if vp.stack is None or id(vp) in moved:
                        continue
                    i = sync_index(s.geometry, vp.stack.geometries())
                    if i is not None:
                        vp.set_index(i)
                    moved.add(id(vp))
        finally:
            self._syncing = False

    def _sync_window(self, source: Viewport, center: float, width: float) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            for vp in self._group_of(self._window_groups, source):
                vp.set_window(center, width)
        finally:
            self._syncing = False

    def _sync_zoom(self, source: Viewport, zoom: float) -> None:
        if self._syncing or source.fitted:  # fit mode is per viewport
            return
        self._syncing = True
        try:
            for vp in self._group_of(self._zoom_groups, source):
                vp.set_zoom(zoom)
        finally:
            self._syncing = False

    def _sync_pan(self, source: Viewport) -> None:
        if self._syncing or not source.panned:  # not panned: each stays centred
            return
        members = self._group_of(self._pan_groups, source)
        if not members:
            return
        fx, fy = source.view_center()
        self._syncing = True
        try:
            for vp in members:
                vp.set_view_center(fx, fy)
        finally:
            self._syncing = False
