"""Main-window actions: anatomy correction into the cache (worker thread), layouts up to 4×4."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from radview.app import series_anatomy  # noqa: E402
from radview.app.settings_store import Settings  # noqa: E402


def test_window_records_a_correction(qtbot, tmp_path):
    from radview.app.main_window import MainWindow

    settings = Settings(connections=[], cache_dir=str(tmp_path / "cache"), first_start_done=True)
    win = MainWindow(settings, settings_path=tmp_path / "s.json")
    qtbot.addWidget(win)
    win.current_source = win.local
    win.correct_anatomy("1.2.3.4", ["KNEE"], "L")
    qtbot.waitUntil(lambda: series_anatomy.current(win.cache, "1.2.3.4") is not None, timeout=10000)
    got = series_anatomy.current(win.cache, "1.2.3.4")
    assert got.labels == ("KNEE",) and got.laterality == "L"
    assert win.anatomy_menu is not None
    win.close()


def test_view_menu_offers_layouts_up_to_4x4(qtbot, tmp_path):
    from radview.app.main_window import LAYOUTS, MainWindow

    settings = Settings(connections=[], cache_dir=str(tmp_path / "cache"), first_start_done=True)
    win = MainWindow(settings, settings_path=tmp_path / "s.json")
    qtbot.addWidget(win)
    texts = [a.text() for a in win.menuBar().actions()[2].menu().actions()]
    assert "Layout 4×4" in texts and "Layout 3×3" in texts
    rows, cols = LAYOUTS["4×4"]
    win.set_layout(rows, cols)
    assert len(win.viewer.viewports) == 16
    win.close()
