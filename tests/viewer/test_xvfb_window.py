"""A real window on a real X server (Xvfb, Qt's xcb platform): what a reader would see."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.peer

SCRIPT = r"""
import sys
from PySide6 import QtWidgets, QtCore
app = QtWidgets.QApplication([])
from radview.resources.sample_images import pydicom_data_file
from radview.viewer.model import ImageStack
from radview.viewer.viewport import Viewport
v = Viewport(); v.resize(600, 600); v.show()
v.set_stack(ImageStack.from_files([pydicom_data_file("693_UNCR.dcm")]))
QtCore.QTimer.singleShot(500, app.quit); app.exec()
assert QtWidgets.QApplication.platformName() == "xcb", QtWidgets.QApplication.platformName()
v.grab().save(sys.argv[1])
print(v.overlay_text()["bottom_right"][0])
"""


def _free_display() -> int:
    for n in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    pytest.skip("no free X display number")


def test_viewport_in_a_real_x_window(tmp_path):
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing on CI: packaging/system-deps.sh should install it")
        pytest.skip("Xvfb not installed")
    n = _free_display()
    server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "800x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.1)
        env = dict(os.environ, DISPLAY=f":{n}", QT_QPA_PLATFORM="xcb")
        out = tmp_path / "window.png"
        proc = subprocess.run([sys.executable, "-c", SCRIPT, str(out)], env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "W 100 L 40"
        from PySide6 import QtGui

        img = QtGui.QImage(str(out)).convertToFormat(QtGui.QImage.Format_Grayscale8)
        arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
        arr = arr[:, : img.width()]
        assert img.width() == 600 and img.height() == 600
        assert arr.mean() > 20 and len(np.unique(arr)) > 100  # a real CT picture, not a blank window
    finally:
        server.terminate()
        server.wait(timeout=10)
