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
    assert "(final level)" in result.stdout, result.stdout + result.stderr[-2000:]
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
