"""`radview demo` (the README's run command) as a user starts it, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_demo_opens_a_study_at_screen_resolution_without_errors(tmp_path):
    from PySide6.QtGui import QImage

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RADVIEW_CONFIG_DIR=str(tmp_path / "cfg"))
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "radview", "demo", "--data", str(tmp_path / "demo"),
         "--patients", "1", "--screenshot", str(shot)],
        capture_output=True, text=True, env=env, timeout=280)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "(final level: " in result.stdout, result.stdout + result.stderr[-2000:]
    image = QImage(str(shot))
    assert image.width() >= 1280 and image.height() >= 720
    # the first viewport (upper middle of the window) shows an image, not a black box
    grey = {image.pixelColor(x, y).value()
            for x in range(image.width() // 3, image.width() // 2, 7)
            for y in range(image.height() // 5, image.height() // 2, 7)}
    assert len(grey) > 20
    log = (tmp_path / "demo" / "workstation.log").read_text()
    assert " ERROR " not in log and "internal error" not in log, log[-3000:]
    # the relevant prior (reported long ago) is hung in the comparison version
    assert "V3 prior, as protocol 'CT chest + prior' asks" in log, log[-3000:]


@pytest.mark.parametrize("ready, code, word", [(True, 0, "final level"), (False, 3, "timeout")])
def test_screenshot_exits_0_only_at_the_final_level(qtbot, tmp_path, capsys, ready, code, word):
    from PySide6.QtWidgets import QApplication, QWidget

    from radview.app.demo import _screenshot_when_ready

    class Window(QWidget):
        def display_ready(self):
            return ready

        def screen_levels(self):
            return ["V2 · q 50 % · level 3/3"] if ready else ["preview 1/3 · V2 · q 50 %"]

        def status_text(self):
            return "loading"

    window = Window()
    qtbot.addWidget(window)
    window.resize(200, 100)
    outcome: list[int] = []
    _screenshot_when_ready(window, QApplication.instance(), tmp_path / "s.png", outcome,
                           timeout=1.0)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == [code] and (tmp_path / "s.png").exists()
    out = capsys.readouterr().out
    assert word in out and ("level 3/3" in out if ready else "preview 1/3" in out)
