""""Correct anatomy…" on a series thumbnail: dialog, signal, and the text shown."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem  # noqa: E402

from radview.app import series_anatomy  # noqa: E402
from radview.app.study_browser import (  # noqa: E402
    UNKNOWN_TEXT, AnatomyCorrectionDialog, SeriesAnatomyMenu, anatomy_text, study_anatomy,
)

UNKNOWN = {"labels": [], "laterality": None, "confidence": 0.6, "unknown": True,
           "source": "model", "model_version": "m1", "label_confidence": {"CHEST": 0.4}}
KNEE = {"labels": ["KNEE"], "laterality": "L", "confidence": 0.97, "unknown": False,
        "source": "model", "model_version": "m1"}


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_anatomy_text():
    assert anatomy_text(UNKNOWN) == UNKNOWN_TEXT == "unknown (unassigned)"
    assert anatomy_text(KNEE) == "KNEE (L)"
    assert anatomy_text({**KNEE, "labels": [], "laterality": None}) == "no anatomy"
    assert anatomy_text({**KNEE, "source": "user"}) == "✎ KNEE (L)"
    assert anatomy_text(None) == ""


def test_dialog_emits_labels_and_laterality(qtbot):
    dialog = AnatomyCorrectionDialog("1.2.3.4", KNEE, description="MR 3 PD SAG")
    qtbot.addWidget(dialog)
    assert dialog.labels() == ["KNEE"] and dialog.laterality() == "L"  # starts from the prediction
    dialog.checks["KNEE"].setChecked(False)
    assert not _ok(dialog).isEnabled()  # nothing chosen: no silent "no anatomy"
    assert not dialog.side.isEnabled()  # no limb/breast label: no side
    dialog.checks["LEG"].setChecked(True)
    dialog.checks["ANKLE"].setChecked(True)
    dialog.side.setCurrentIndex(dialog.side.findData("R"))
    with qtbot.waitSignal(dialog.corrected, timeout=2000) as blocker:
        _ok(dialog).click()
    assert blocker.args == ["1.2.3.4", ["LEG", "ANKLE"], "R"]


def test_unknown_prediction_starts_unassigned_and_no_anatomy_is_a_choice(qtbot):
    dialog = AnatomyCorrectionDialog("9.9", UNKNOWN)
    qtbot.addWidget(dialog)
    assert dialog.labels() == [] and not any(c.isChecked() for c in dialog.checks.values())
    assert not _ok(dialog).isEnabled()  # the model's guess (CHEST) is not pre-ticked
    dialog.checks["HEAD"].setChecked(True)
    dialog.no_anatomy.setChecked(True)  # clears the labels
    assert not dialog.checks["HEAD"].isChecked() and _ok(dialog).isEnabled()
    with qtbot.waitSignal(dialog.corrected, timeout=2000) as blocker:
        _ok(dialog).click()
    assert blocker.args == ["9.9", [], None]


def test_current_line_says_unknown(qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = AnatomyCorrectionDialog("9.9", UNKNOWN)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "current").text() == f"Now: {UNKNOWN_TEXT}"


def test_thumbnail_context_menu_corrects_and_relabels(qtbot):
    rows = [{"series_uid": "1.2.3.1", "modality": "CR", "number": 1, "description": "KNEE AP",
             "anatomy": UNKNOWN, "anatomy_text": anatomy_text(UNKNOWN)}]
    view = QListWidget()
    qtbot.addWidget(view)
    item = QListWidgetItem(f"CR 1\nKNEE AP\n{rows[0]['anatomy_text']}")
    item.setData(Qt.ItemDataRole.UserRole, 0)
    view.addItem(item)
    menu_helper = SeriesAnatomyMenu(view, lambda n: rows[n])
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = menu_helper.menu_for(item)
    [action] = [a for a in menu.actions() if a.text() == "Correct anatomy…"]
    assert menu_helper.menu_for(None) is None
    action.trigger()
    dialog = menu_helper.dialog
    assert dialog is not None and dialog.isVisible() and dialog.series_uid == "1.2.3.1"
    dialog.checks["KNEE"].setChecked(True)
    dialog.side.setCurrentIndex(dialog.side.findData("B"))
    with qtbot.waitSignal(menu_helper.anatomy_corrected, timeout=2000) as blocker:
        _ok(dialog).click()
    assert blocker.args == ["1.2.3.1", ["KNEE"], "B"]
    assert rows[0]["anatomy"]["source"] == "user" and rows[0]["anatomy_text"] == "✎ KNEE (B)"
    assert item.text() == "CR 1\nKNEE AP\n✎ KNEE (B)"


class _Source:
    name = "fake"

    def __init__(self, series):
        self._series = series

    def series(self, uid):
        return self._series[uid]


def test_study_anatomy_persists_and_shows_unknown(tmp_path):
    pytest.importorskip("onnxruntime")
    from radview.net.cache import Cache

    cache = Cache(tmp_path)
    studies = [{"study_uid": "1.1", "modalities": "MR", "description": "MR KNEE LEFT"},
               {"study_uid": "1.2", "modalities": "CT", "description": ""}]
    current = [{"series_uid": "1.1.1", "modality": "MR", "description": "PD SAG"}]
    prior = [{"series_uid": "1.2.1", "modality": "CT", "description": "5/5mm Plain"}]
    texts = study_anatomy(cache, _Source({"1.2": prior}), studies, {"1.1": current})
    assert texts["1.1.1"] == "KNEE (L)" and texts["1.1"] == "KNEE"
    assert texts["1.2.1"] == UNKNOWN_TEXT and texts["1.2"] == ""
    assert current[0]["anatomy"]["labels"] == ["KNEE"]  # for the correction dialog
    assert series_anatomy.current(cache, "1.1.1").labels == ("KNEE",) and series_anatomy.current(cache, "1.2.1").unknown

    from radview.app.study_browser import correct_series_anatomy

    sent = []

    class _Server(_Source):
        def correct_anatomy(self, uid, labels, side):
            sent.append((uid, labels, side))

    fixed = correct_series_anatomy(cache, _Server({}), "1.2.1", ["HEAD"], None, user="dr.y")
    assert fixed.source == "user" and sent == [("1.2.1", ["HEAD"], None)]
    again = study_anatomy(cache, _Source({"1.2": prior}), studies, {"1.1": current})
    assert again["1.2.1"] == "✎ HEAD" and again["1.2"] == "HEAD"
    cache.close()


def test_server_refusal_keeps_the_local_correction(tmp_path):
    pytest.importorskip("onnxruntime")
    from radview.app.study_browser import correct_series_anatomy
    from radview.errors import RadviewError
    from radview.net.cache import Cache

    class _Away:
        name = "srv"

        def correct_anatomy(self, *a):
            raise RadviewError("cannot reach the server")

    cache = Cache(tmp_path)
    with pytest.raises(RadviewError, match="kept on this workstation; srv did not take it"):
        correct_series_anatomy(cache, _Away(), "1.2.1", ["KNEE"], "L")
    assert series_anatomy.current(cache, "1.2.1").labels == ("KNEE",)
    cache.close()
