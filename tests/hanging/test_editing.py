"""Save-screen-as-protocol, viewport table cells, stage cursor (Qt-free), then the Qt dialog."""

from __future__ import annotations

import json

import pytest
from helpers import AXIAL, fake_predict_many, series, study

from radview.protocols.hanging import load_library, plan
from radview.protocols.hanging.editing import (
    CellError, ScreenState, StageCursor, ViewportState, cells_to_viewport, protocol_from_screen, viewport_to_cells,
)
from radview.protocols.hanging.library import builtin_protocols
from radview.protocols.hanging.model import ProtocolError, parse_protocol
from radview.protocols.hanging.priors import build_studies


def _ct_patient(date_cur="20250101", date_prior="20240101"):
    cur, prior = study(date_cur, "CT CHEST"), study(date_prior, "CT CHEST")
    sets = [series(cur, number=2, modality="CT", desc="Lung 1mm", body="CHEST", iop=AXIAL),
            series(cur, number=3, modality="CT", desc="Soft 3mm", body="CHEST", iop=AXIAL),
            series(prior, number=7, modality="CT", desc="Lung 1mm", body="CHEST", iop=AXIAL)]
    studies = build_studies(sets, predictor=fake_predict_many)
    by = {s.study_uid: s for s in studies}
    return by[cur["StudyInstanceUID"]], by[prior["StudyInstanceUID"]]


def test_saved_screen_hangs_a_new_patient_the_same_way():
    cur, prior = _ct_patient()
    screen = ScreenState(current=cur, rows=1, columns=3, viewports=[
        ViewportState("current", cur.series[0], window=(-600, 1500), sync=("a",)),
        ViewportState("prior:1", prior.series[0], window=(-600, 1500), sync=("a",)),
        ViewportState("current", cur.series[1], window=(45, 410), invert=True, flip_horizontal=True),
    ], sync_groups={"a": ("scroll", "zoom")})
    obj = protocol_from_screen(screen, "My chest")
    proto = parse_protocol(obj)
    assert proto.match.modality == ("CT",) and proto.match.anatomy == ("CHEST",)
    assert proto.priors.count == 1
    vps = proto.stages[0].viewports
    assert vps[0].display.window == "lung"                     # recognised preset
    assert vps[2].display.window == (45.0, 410.0) and vps[2].display.invert and vps[2].display.flip == "horizontal"
    assert proto.stages[0].sync_groups[0].link == ("scroll", "zoom")
    # another patient, series numbered differently: the same arrangement comes back
    cur2, prior2 = _ct_patient("20260101", "20250601")
    result = plan(cur2, [prior2], [proto] + builtin_protocols().protocols)
    assert result.protocol.name == "My chest"                  # user protocol wins the tie-break/score
    got = [(v.study_uid, v.series.description) for v in result.viewports]
    assert got == [(cur2.study_uid, "Lung 1mm"), (prior2.study_uid, "Lung 1mm"), (cur2.study_uid, "Soft 3mm")]


def test_screen_with_wrong_viewport_count_is_refused():
    cur, _ = _ct_patient()
    with pytest.raises(ValueError, match="2 cells but 1 viewports"):
        protocol_from_screen(ScreenState(cur, 1, 2, [ViewportState()]), "x")
    with pytest.raises(ProtocolError, match="name"):
        protocol_from_screen(ScreenState(cur, 1, 1, [ViewportState()]), "")


def test_cells_round_trip_every_builtin_viewport():
    for p in builtin_protocols().protocols:
        for stage in p.to_json()["stages"]:
            for vp in stage["viewports"]:
                assert cells_to_viewport(viewport_to_cells(vp), vp) == vp, (p.name, vp)


def test_bad_cell_names_the_column():
    cells = viewport_to_cells({"study": "current"})
    cells[list(viewport_to_cells.__globals__["VIEWPORT_COLUMNS"]).index("invert")] = "maybe"
    with pytest.raises(CellError, match="invert"):
        cells_to_viewport(cells)


def test_stage_cursor_wraps():
    c = StageCursor(3)
    assert [c.next(), c.next(), c.next(), c.previous(), c.previous()] == [1, 2, 0, 2, 1]
    with pytest.raises(ValueError):
        StageCursor(0)


# ----------------------------------------------------------------------------- Qt dialog

def test_editor_dialog_edits_saves_and_reports_errors(qtbot, tmp_path):
    from radview.app.protocol_editor import ProtocolEditorDialog

    dialog = ProtocolEditorDialog(user_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.library_list.count() >= 9
    # built-in is read-only
    assert dialog.save() is None and "read-only" in dialog.status.text()
    dialog._duplicate()
    dialog.name.setText("Chest mine")
    dialog.match_anatomy.setText("chest")
    col = {c: i for i, c in enumerate(__import__("radview.protocols.hanging.editing", fromlist=["x"]).VIEWPORT_COLUMNS)}
    dialog.table.item(0, col["plane"]).setText("coronal")
    path = dialog.save()
    assert path is not None and path.parent == tmp_path
    saved = json.loads(path.read_text())
    assert saved["name"] == "Chest mine" and saved["match"]["anatomy"] == ["CHEST"]
    assert saved["stages"][0]["viewports"][0]["series"]["plane"] == "coronal"
    assert "Chest mine" in {p.name for p in load_library(tmp_path).protocols}
    # a bad regular expression is refused with its place, nothing is written
    dialog.match_description.setText("chest(")
    before = path.read_text()
    assert dialog.save() is None
    assert "$.match.description" in dialog.status.text()
    assert path.read_text() == before
    # JSON tab round trip and export/import as DICOM
    dialog.match_description.setText("")
    dialog.tabs.setCurrentIndex(1)
    assert json.loads(dialog.json_text.toPlainText())["name"] == "Chest mine"
    dialog.tabs.setCurrentIndex(0)
    dcm = tmp_path / "out.dcm"
    assert dialog.export_file(dcm)
    dialog._new()
    assert dialog.import_file(dcm)
    assert dialog.name.text() == "Chest mine"


def test_stage_shortcuts_fire(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from radview.app.protocol_editor import install_stage_shortcuts

    w = QWidget()
    w.setFocusPolicy(Qt.StrongFocus)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    hits = []
    install_stage_shortcuts(w, lambda: hits.append("next"), lambda: hits.append("prev"))
    qtbot.keyClick(w, Qt.Key_Period)
    qtbot.keyClick(w, Qt.Key_Comma)
    qtbot.keyClick(w, Qt.Key_Right, Qt.ControlModifier)
    assert hits == ["next", "prev", "next"]


def test_save_screen_as_protocol_opens_the_editor_on_the_screen(qtbot, tmp_path, monkeypatch):
    from radview.app import protocol_editor

    cur, prior = _ct_patient()
    screen = ScreenState(current=cur, rows=1, columns=2, viewports=[
        ViewportState("current", cur.series[0], window=(-600, 1500)),
        ViewportState("prior:1", prior.series[0], window=(-600, 1500))])
    seen = {}

    def fake_exec(self):  # the user looks at the rules and presses Save
        qtbot.addWidget(self)
        seen["name"] = self.name.text()
        seen["rows"] = self.table.rowCount()
        self.save()
        return 1

    monkeypatch.setattr(protocol_editor.ProtocolEditorDialog, "exec", fake_exec)
    path = protocol_editor.save_screen_as_protocol(None, screen, user_dir=tmp_path, name="Chest compare")
    assert seen == {"name": "Chest compare", "rows": 2}
    assert path == tmp_path / "chest-compare.json"
    saved = parse_protocol(json.loads(path.read_text()))
    assert [v.study for v in saved.stages[0].viewports] == ["current", "prior:1"]


def test_editor_opened_on_a_new_protocol_keeps_it_when_shown(qtbot, tmp_path):
    """Shown (and given the keyboard focus), the editor opened on a protocol built from
    the screen still holds that protocol: the library list, without a current item,
    would make its first (built-in, read-only) protocol current on getting the focus."""
    from radview.app.protocol_editor import ProtocolEditorDialog

    obj = builtin_protocols().protocols[0].to_json()
    obj["name"] = "From the screen"
    dialog = ProtocolEditorDialog(user_dir=tmp_path, initial=obj)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert dialog.library_list.currentItem() is None
    assert dialog.name.text() == "From the screen"
    assert dialog.save() == tmp_path / "from-the-screen.json"
