"""The series thumbnails of the open study (Qt).

Every tile is the same square: the picture is scaled to fit inside it and centred
on black, so an upright X-ray never leaves the previous tile's picture showing
beside it; the grid is fixed (icon plus three text lines), so labels never overlap.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from radview.net.sources import ImageUpdate

log = logging.getLogger("radview.workstation")
THUMB = 96
LABEL_LINES = 3


def thumbnail_image(update: ImageUpdate) -> QImage:
    """The update rendered (header window) and reduced to at most THUMB on its long side."""
    from radview.viewer import pipeline

    pixels = update.pixels
    if pixels.ndim == 3 and pixels.shape[-1] not in (3, 4):
        pixels = pixels[len(pixels) // 2]  # multi-frame: middle frame
    rendered = np.ascontiguousarray(pipeline.render(update.meta, pixels))
    step = max(1, -(-max(rendered.shape[:2]) // THUMB))
    rendered = np.ascontiguousarray(rendered[::step, ::step])
    h, w = rendered.shape[:2]
    if rendered.ndim == 2:
        return QImage(rendered.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QImage(rendered.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def square_tile(image: QImage | None) -> QPixmap:
    """A THUMB×THUMB black tile with the picture scaled to fit and centred."""
    pix = QPixmap(THUMB, THUMB)
    pix.fill(Qt.GlobalColor.black)
    if image is not None and not image.isNull():
        scaled = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pix)
        painter.drawImage(QRect((THUMB - scaled.width()) // 2, (THUMB - scaled.height()) // 2,
                                scaled.width(), scaled.height()), scaled)
        painter.end()
    return pix


def series_label(series: dict) -> str:
    """Three short lines: modality and number, description, count and anatomy."""
    first = f"{series.get('modality') or ''} {series.get('number') or ''}".strip()
    second = (series.get("description") or "")[:18]
    third = " · ".join(x for x in (f"{series['instances']} img" if series.get("instances") else "",
                                   (series.get("anatomy_text") or "")[:14]) if x)
    return "\n".join((first, second, third))


class ThumbnailList(QListWidget):
    """Icon grid of the study's series; ``UserRole`` holds the series' row index."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("thumbnails")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.fontMetrics().lineSpacing()
        self.setGridSize(QSize(THUMB + 24, THUMB + 8 + LABEL_LINES * line))
        self.setSpacing(2)

    def fill(self, rows: list[dict], runner, source, study_uid: str, *,
             still_open=lambda: True, retries: int = 6, retry_ms: int = 5000) -> None:
        """One tile per series, its picture loaded by ``runner``; a thumbnail the server
        cannot give yet (versions still being built, and no original for this role) is
        asked again every ``retry_ms`` while the study stays open."""
        self.clear()
        for n, series in enumerate(rows):
            item = QListWidgetItem(series_label(series))
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setToolTip(f"{series.get('modality') or ''} {series.get('number') or ''} "
                            f"{series.get('description') or ''}\n{series.get('anatomy_text') or ''}")
            item.setIcon(QIcon(square_tile(None)))
            self.addItem(item)
            if runner is not None:
                self._fetch(item, runner, source, study_uid, series["series_uid"], still_open,
                            retries, retry_ms)

    def _fetch(self, item, runner, source, study_uid, series_uid, still_open, retries,
               retry_ms) -> None:
        def again() -> None:
            if still_open() and self.row(item) >= 0:
                self._fetch(item, runner, source, study_uid, series_uid, still_open,
                            retries - 1, retry_ms)

        def failed(message: str) -> None:
            try:
                if retries > 0 and still_open() and self.row(item) >= 0:
                    QTimer.singleShot(retry_ms, self, again)  # dropped if the list goes away
                    return
            except RuntimeError:
                return  # the window (and this list) is gone
            log.warning("thumbnail: %s", message)

        runner.start(lambda ctx: source.thumbnail(study_uid, series_uid), label="thumbnail",
                     on_result=lambda update: self.set_picture(item, update), on_error=failed)

    def set_picture(self, item: QListWidgetItem, update: ImageUpdate | None) -> None:
        try:
            if update is None or self.row(item) < 0:
                return
        except RuntimeError:
            return  # the window (and this list) is gone
        try:
            item.setIcon(QIcon(square_tile(thumbnail_image(update))))
        except Exception as exc:  # a thumbnail is never worth a failure
            log.warning("thumbnail: %s", exc)
