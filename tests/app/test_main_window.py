"""Main window, offscreen: search filters, open a study, errors in the status line."""

from __future__ import annotations

import shutil

import numpy as np
import pydicom
import pytest

pytest.importorskip("pytestqt")

from radview.net.local_import import import_paths  # noqa: E402
from radview.app.settings_store import Settings  # noqa: E402
from radview.net.cache import Cache  # noqa: E402
from radview.resources.sample_images import pydicom_data_file  # noqa: E402

FILES = ("RG1_UNCR.dcm", "693_UNCR.dcm", "MR2_UNCR.dcm")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from radview.app.main_window import MainWindow

    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path / "config"))
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FILES:
        shutil.copy(pydicom_data_file(name), folder / name)
    cache = Cache(tmp_path / "cache")
    import_paths(cache, [folder])
    settings = Settings(cache_dir=str(tmp_path / "cache"), first_start_done=True)
    win = MainWindow(settings, cache=cache, settings_path=tmp_path / "config" / "s.json")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.close()


def _search(qtbot, win, **fields):
    for name, edit in win.browser.fields.items():
        edit.setText(fields.get(name, ""))
    win.browser.search_button.click()
    qtbot.waitUntil(lambda: "found" in win.status_text() or "YYYY" in win.status_text(),
                    timeout=10000)


def test_search_filters(qtbot, window):
    _search(qtbot, window)
    assert len(window.browser.studies) == 3
    _search(qtbot, window, modality="CT")
    assert [s["modalities"] for s in window.browser.studies] == ["CT"]
    rg1 = pydicom.dcmread(pydicom_data_file("RG1_UNCR.dcm"), stop_before_pixels=True)
    _search(qtbot, window, patient_id=str(rg1.PatientID), modality="CR")
    assert [s["study_uid"] for s in window.browser.studies] == [rg1.StudyInstanceUID]


def test_open_study_shows_the_pixels(qtbot, window):
    _search(qtbot, window, modality="CT")
    window.browser.open_row(0)
    vp = window.viewer.viewports[0]
    qtbot.waitUntil(lambda: vp.current_slice() is not None
                    and vp.current_slice().pixels is not None, timeout=20000)
    ref = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    assert np.array_equal(vp.current_slice().pixels, ref.pixel_array)
    qtbot.waitUntil(lambda: "image(s)" in window.status_text(), timeout=10000)
    assert window.thumbs.count() == 1
    assert window.timeline.topLevelItemCount() >= 1
    assert "original" in " ".join(sum(vp.overlay_text().values(), []))


def test_errors_show_in_status_line_not_dialogs(qtbot, window):
    _search(qtbot, window, date_from="2024-01")
    assert "YYYYMMDD" in window.status_text()
    window.import_paths([str(window.cache.root / "does-not-exist")])
    qtbot.waitUntil(lambda: "no such file" in window.status_text(), timeout=10000)
    assert "no such file" in window.log_view.toPlainText() or True  # log is appended async
    qtbot.waitUntil(lambda: "no such file" in window.log_view.toPlainText(), timeout=5000)
