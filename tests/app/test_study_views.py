"""Study list, timeline and thumbnails as a radiologist reads them at a glance."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QImage  # noqa: E402

from radview.net.sources import ImageUpdate  # noqa: E402
from radview.app.study_browser import PatientTimeline, StudyBrowser  # noqa: E402
from radview.app.thumbnails import THUMB, ThumbnailList, square_tile, thumbnail_image  # noqa: E402


def test_status_column_is_on_screen_at_the_dock_width(qtbot):
    browser = StudyBrowser()
    qtbot.addWidget(browser)
    browser.resize(350, 500)  # the Studies dock's width in the main window
    browser.show()
    browser.set_studies([{"study_uid": "1", "patient_name": "DOE^JANE", "study_date": "20261117",
                          "status": 1, "modalities": "CT", "description": "CT CHEST"}])
    table = browser.table
    col = next(i for i in range(table.columnCount())
               if table.horizontalHeaderItem(i).text() == "Status")
    right = table.columnViewportPosition(col) + table.columnWidth(col)
    assert right <= table.viewport().width()
    assert table.item(0, col).text() == "unread" and table.item(0, col).font().bold()


def test_timeline_marks_the_relevant_priors_with_their_anatomy(qtbot):
    tl = PatientTimeline()
    qtbot.addWidget(tl)
    studies = [{"study_uid": "cur", "study_date": "20261117", "modalities": "CT",
                "description": "CT CHEST"},
               {"study_uid": "p1", "study_date": "20251109", "modalities": "CT",
                "description": "CT THORAX"},
               {"study_uid": "p2", "study_date": "20231103", "modalities": "MR",
                "description": "MRI BRAIN"}]
    tl.set_patient(studies, "cur", {"cur": "CHEST", "p1": "CHEST", "p2": "HEAD"})
    tl.mark_relevant({"p1": 1})
    assert tl.relevant() == ["p1"]
    row = tl.topLevelItem(1)
    assert row.text(1).startswith("★ prior 1: ") and row.text(2) == "CHEST"
    assert row.font(1).bold() and "relevant prior" in row.toolTip(1)
    assert tl.topLevelItem(2).text(1).startswith("prior: ")  # not relevant: unmarked


def test_upright_xray_thumbnail_fills_a_clean_square_tile(qtbot):
    meta = {"Rows": 2140, "Columns": 1760, "BitsStored": 12, "PixelRepresentation": 0,
            "PhotometricInterpretation": "MONOCHROME2", "BitsAllocated": 16,
            "SamplesPerPixel": 1, "WindowCenter": 2000, "WindowWidth": 4000}
    pixels = np.full((2140, 1760), 4000, np.uint16)  # all white: the margins must stay black
    image = thumbnail_image(ImageUpdate(0, 1, "1.2", meta, pixels, "V2"))
    assert max(image.width(), image.height()) <= THUMB
    tile = square_tile(image).toImage()
    assert (tile.width(), tile.height()) == (THUMB, THUMB)
    assert tile.pixelColor(THUMB // 2, THUMB // 2).value() > 200  # the picture, centred
    assert tile.pixelColor(0, THUMB // 2).value() == 0  # the margin of an upright image

    thumbs = ThumbnailList()
    qtbot.addWidget(thumbs)
    rows = [{"series_uid": f"s{i}", "modality": "DX", "number": i, "instances": 1,
             "description": "CHEST PA UPRIGHT WITH A LONG DESCRIPTION", "anatomy_text": "CHEST"}
            for i in range(3)]
    thumbs.fill(rows, None, None, "st")
    assert thumbs.count() == 3 and thumbs.uniformItemSizes()
    lines = thumbs.item(0).text().split("\n")
    assert len(lines) == 3  # fixed height: labels never run into the next row
    grid = thumbs.gridSize()
    assert grid.height() >= THUMB + 3 * thumbs.fontMetrics().lineSpacing()
    assert isinstance(image, QImage)


def test_a_thumbnail_not_ready_yet_is_asked_again(qtbot):
    from radview.app.workers import TaskRunner
    from radview.errors import RadviewError

    class Source:
        calls = 0

        def thumbnail(self, study_uid, series_uid):
            Source.calls += 1
            if Source.calls < 3:  # versions still being built, original refused
                raise RadviewError("V1 is not allowed for role referrer")
            meta = {"Rows": 64, "Columns": 64, "BitsStored": 8, "PixelRepresentation": 0,
                    "PhotometricInterpretation": "MONOCHROME2", "BitsAllocated": 8,
                    "SamplesPerPixel": 1}
            return ImageUpdate(0, 1, "1.2", meta, np.full((64, 64), 200, np.uint8), "V2")

    thumbs = ThumbnailList()
    qtbot.addWidget(thumbs)
    runner = TaskRunner(thumbs)
    thumbs.fill([{"series_uid": "s", "modality": "CR"}], runner, Source(), "st", retry_ms=50)
    qtbot.waitUntil(lambda: Source.calls == 3 and not runner.active, timeout=5000)
    tile = thumbs.item(0).icon().pixmap(THUMB, THUMB).toImage()
    assert tile.pixelColor(THUMB // 2, THUMB // 2).value() > 100
