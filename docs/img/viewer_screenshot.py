"""Makes docs/img/viewer.png: Xvfb :57 & DISPLAY=:57 python docs/img/viewer_screenshot.py docs/img/viewer.png"""
import sys, numpy as np
from PySide6 import QtWidgets, QtCore
app = QtWidgets.QApplication([])
from radview.viewer.model import ImageStack, LevelInfo
from radview.viewer.layout import Layout
from radview.viewer.tools import Annotation
from radview.resources.sample_images import pydicom_data_file
lay = Layout(rows=1, cols=2); lay.resize(1280, 640); lay.setWindowTitle("radview viewer"); lay.show()
ct = ImageStack.from_files([pydicom_data_file("693_UNCR.dcm")])
a, b = lay.viewports
a.set_stack(ct)
a.add_annotation(Annotation("length", 0, [(150, 260), (360, 260)]))
a.add_annotation(Annotation("roi", 0, [(300, 300), (360, 350)]))
a.add_annotation(Annotation("angle", 0, [(200, 120), (256, 80), (312, 120)]))
a.add_annotation(Annotation("arrow", 0, [(120, 420), (190, 360)]))
mr = ImageStack.from_files([pydicom_data_file("MR2_UNCR.dcm")])
full = mr[0].pixels
mr[0].pixels = None
b.set_stack(mr)
mr.set_pixels(0, full[::4, ::4].copy(), LevelInfo(2, 4, "reference", "q 40", lossy=True))
lay.set_active(a)
for _ in range(20):
    app.processEvents()
QtCore.QTimer.singleShot(300, app.quit); app.exec()
lay.grab().save(sys.argv[1])



print(a.overlay_text(), b.overlay_text())
