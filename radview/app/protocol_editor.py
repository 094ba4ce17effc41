"""Hanging protocol editor dialog, "save this screen as a protocol", stage keys (Qt).

Thin over the Qt-free model in ``radview.protocols.hanging``. API for the main window:

- ``ProtocolEditorDialog(parent=None, user_dir=None, initial=None)``: browse the
  library (built-in read-only, user editable), edit match rules, priors, stages and
  viewport selectors (a table, one row per viewport) or the raw JSON, import/export
  JSON and DICOM Hanging Protocol files, save into the per-user library.
  Signal ``saved(str path)`` after a save.
- ``save_screen_as_protocol(parent, screen: ScreenState, user_dir=None) -> Path | None``:
  asks for a name, builds the protocol from the screen, opens the editor on it.
- ``install_stage_shortcuts(widget, on_next, on_previous)``: next / previous stage
  keys (``.``/``,`` and Ctrl+Right/Ctrl+Left); returns the QShortcut objects.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
    QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from radview.errors import RadviewError
from radview.protocols.hanging.editing import (
    VIEWPORT_COLUMNS, CellError, ScreenState, cells_to_viewport, protocol_from_screen, viewport_to_cells,
)
from radview.protocols.hanging.library import load_library, save_user_protocol, user_library_dir
from radview.protocols.hanging.model import Protocol, ProtocolError, parse_protocol

NEXT_STAGE_KEYS = (".", "Ctrl+Right")
PREVIOUS_STAGE_KEYS = (",", "Ctrl+Left")


def install_stage_shortcuts(widget: QWidget, on_next: Callable[[], None],
                            on_previous: Callable[[], None]) -> list[QShortcut]:
    shortcuts = []
    for keys, slot in ((NEXT_STAGE_KEYS, on_next), (PREVIOUS_STAGE_KEYS, on_previous)):
        for key in keys:
            sc = QShortcut(QKeySequence(key), widget)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            shortcuts.append(sc)
    return shortcuts


def _csv(text: str) -> list[str]:
    return [v.strip().upper() for v in text.split(",") if v.strip()]


def _button(text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


def _line_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class ProtocolEditorDialog(QDialog):
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, user_dir: Path | None = None,
                 initial: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Hanging protocols")
        self.resize(1200, 720)
        self.user_dir = user_dir if user_dir is not None else user_library_dir()
        self._obj: dict[str, Any] = {}
        self._editable = True
        self._loading = False

        self.library_list = QListWidget()
        self.library_list.currentItemChanged.connect(self._library_pick)
        new_btn = _button("New", self._new)
        dup_btn = _button("Duplicate", self._duplicate)
        del_btn = _button("Delete", self._delete)
        imp_btn = _button("Import…", self._import)
        exp_btn = _button("Export…", self._export)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel("Library (built-in protocols are read-only: duplicate to change)"))
        lv.addWidget(self.library_list)
        row = QHBoxLayout()
        for b in (new_btn, dup_btn, del_btn):
            row.addWidget(b)
        lv.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(imp_btn)
        row2.addWidget(exp_btn)
        lv.addLayout(row2)

        # --- form tab
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.priority = QDoubleSpinBox()
        self.priority.setRange(-100, 100)
        self.match_modality = _line_edit("e.g. CT, MR (empty = any)")
        self.match_anatomy = _line_edit("e.g. CHEST, ABDOMEN (anatomy labels)")
        self.match_laterality = _line_edit("L, R, B")
        self.match_description = _line_edit("regular expression on Study Description")
        self.min_priors = QSpinBox()
        self.prior_count = QSpinBox()
        self.prior_count.setRange(0, 20)
        self.relevant_only = QCheckBox("only anatomically relevant priors")
        self.max_age = QSpinBox()
        self.max_age.setRange(0, 36500)
        self.max_age.setSpecialValueText("no limit")
        self.prior_modality = _line_edit("e.g. CT (empty = any)")
        self.fetch = QCheckBox("fetch priors automatically")
        self.version = QLineEdit()
        form = QFormLayout()
        for label, widget in (
                ("Name", self.name), ("Description", self.description),
                ("Priority", self.priority),
                ("<b>Applies to studies with</b>", None),
                ("Modality", self.match_modality), ("Anatomy", self.match_anatomy),
                ("Laterality", self.match_laterality), ("Description", self.match_description),
                ("At least priors", self.min_priors),
                ("<b>Priors</b>", None),
                ("How many", self.prior_count), ("", self.relevant_only),
                ("Maximum age (days)", self.max_age), ("Modality", self.prior_modality),
                ("", self.fetch), ("Version to fetch", self.version)):
            if widget is None:  # a heading across the form
                form.addRow(QLabel(label))
            else:
                form.addRow(label, widget)

        self.stage_box = QComboBox()
        self.stage_box.currentIndexChanged.connect(self._show_stage)
        add_stage = _button("Add stage", self._add_stage)
        del_stage = _button("Remove stage", self._remove_stage)
        self.stage_name = QLineEdit()
        self.rows = QSpinBox()
        self.rows.setRange(1, 8)
        self.columns = QSpinBox()
        self.columns.setRange(1, 8)
        self.rows.valueChanged.connect(self._resize_grid)
        self.columns.valueChanged.connect(self._resize_grid)
        self.sync_groups = _line_edit("name=scroll+window; other=zoom+pan")
        self.table = QTableWidget(0, len(VIEWPORT_COLUMNS))
        self.table.setHorizontalHeaderLabels([c.replace("_", " ") for c in VIEWPORT_COLUMNS])
        stage_row = QHBoxLayout()
        for w in (QLabel("Stage"), self.stage_box, add_stage, del_stage, QLabel("Name"), self.stage_name,
                  QLabel("Rows"), self.rows, QLabel("Columns"), self.columns):
            stage_row.addWidget(w)
        form_tab = QWidget()
        fv = QVBoxLayout(form_tab)
        fv.addLayout(form)
        fv.addLayout(stage_row)
        sync_row = QHBoxLayout()
        sync_row.addWidget(QLabel("Sync groups"))
        sync_row.addWidget(self.sync_groups)
        fv.addLayout(sync_row)
        fv.addWidget(QLabel("Viewports, row by row (lists comma-separated; study: current, prior, prior:2…; "
                            "window: preset or center/width)"))
        fv.addWidget(self.table)

        # --- JSON tab
        self.json_text = QPlainTextEdit()
        self.json_text.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.tabs = QTabWidget()
        self.tabs.addTab(form_tab, "Rules and viewports")
        self.tabs.addTab(self.json_text, "JSON")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.tabs)
        rv.addWidget(self.status)
        rv.addWidget(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(split)

        self._stage_index = 0
        self.reload_library()
        if initial is not None:
            self.set_protocol(initial, editable=True)
            # focus on its name, not on the library list: a list without a current item
            # makes its first protocol current when it gets the focus, which would replace
            # the protocol being saved by a built-in one as the dialog opens
            self.name.setFocus()
        elif self.library_list.count():
            self.library_list.setCurrentRow(0)

    # ------------------------------------------------------------------ library
    def reload_library(self, select: str | None = None) -> None:
        self.library = load_library(self.user_dir)
        self.library_list.blockSignals(True)
        self.library_list.clear()
        for p in sorted(self.library.protocols, key=lambda p: (p.origin != "user", p.name)):
            item = QListWidgetItem(f"{p.name}{'' if p.origin == 'user' else '  (built-in)'}")
            item.setData(Qt.UserRole, p)
            self.library_list.addItem(item)
            if select and p.name == select:
                self.library_list.setCurrentItem(item)
        self.library_list.blockSignals(False)
        if self.library.errors:
            self.status.setText("Skipped protocol files:\n" + "\n".join(str(e) for e in self.library.errors))

    def select_protocol(self, name: str) -> bool:
        """Show the library protocol of this name (e.g. the one hung now)."""
        for row in range(self.library_list.count()):
            item = self.library_list.item(row)
            if item.data(Qt.UserRole).name == name:
                self.library_list.setCurrentItem(item)  # → _library_pick
                return True
        return False

    def _library_pick(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        p: Protocol = item.data(Qt.UserRole)
        self.set_protocol(p.to_json(), editable=p.origin == "user")

    def _new(self) -> None:
        self.set_protocol({"format": 1, "name": "New protocol", "priors": {"count": 0}, "stages": [
            {"layout": {"rows": 1, "columns": 1}, "viewports": [{"study": "current"}]}]}, editable=True)

    def _duplicate(self) -> None:
        obj = self.current_object(quiet=True) or copy.deepcopy(self._obj)
        obj["name"] = f"{obj.get('name', 'protocol')} (copy)"
        self.set_protocol(obj, editable=True)

    def _delete(self) -> None:
        item = self.library_list.currentItem()
        if item is None:
            return
        p: Protocol = item.data(Qt.UserRole)
        if p.origin != "user" or not p.path:
            self.status.setText("Built-in protocols cannot be deleted.")
            return
        if QMessageBox.question(self, "Delete protocol", f"Delete {p.name!r} from your library?") \
                != QMessageBox.Yes:
            return
        Path(p.path).unlink(missing_ok=True)
        self.reload_library()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import protocol", "", "Protocols (*.json *.dcm);;All files (*)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            if path.suffix.lower() == ".json":
                from radview.protocols.hanging.model import load_protocol_file

                protocol = load_protocol_file(path)
            else:
                from radview.protocols.hanging.dicom_hp import import_protocol

                protocol = import_protocol(path)
        except ProtocolError as exc:
            self.status.setText(f"Not imported: {exc}")
            return False
        self.set_protocol(protocol.to_json(), editable=True)
        self.status.setText(f"Imported {path.name}; press Save to add it to your library.")
        return True

    def _export(self) -> None:
        path, kind = QFileDialog.getSaveFileName(self, "Export protocol", "",
                                                 "JSON (*.json);;DICOM Hanging Protocol (*.dcm)")
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        protocol = self._validated()
        if protocol is None:
            return False
        if path.suffix.lower() == ".dcm":
            from radview.protocols.hanging.dicom_hp import export_protocol

            export_protocol(protocol, path)
        else:
            path.write_text(protocol.dumps(), encoding="utf-8")
        self.status.setText(f"Exported to {path}")
        return True

    # ------------------------------------------------------------------ object <-> widgets
    def set_protocol(self, obj: dict[str, Any], *, editable: bool) -> None:
        self._loading = True
        self._obj = copy.deepcopy(obj)
        self._editable = editable
        match = obj.get("match", {})
        priors = obj.get("priors", {})
        self.name.setText(obj.get("name", ""))
        self.description.setText(obj.get("description", ""))
        self.priority.setValue(float(obj.get("priority", 0)))
        self.match_modality.setText(", ".join(match.get("modality", [])))
        self.match_anatomy.setText(", ".join(match.get("anatomy", [])))
        self.match_laterality.setText(", ".join(match.get("laterality", [])))
        self.match_description.setText(match.get("description", ""))
        self.min_priors.setValue(int(match.get("min_priors", 0)))
        self.prior_count.setValue(int(priors.get("count", 0)))
        self.relevant_only.setChecked(bool(priors.get("relevant_only", True)))
        self.max_age.setValue(int(priors.get("max_age_days") or 0))
        self.prior_modality.setText(", ".join(priors.get("modality", [])))
        self.fetch.setChecked(bool(priors.get("fetch", True)))
        self.version.setText(priors.get("version", "comparison"))
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for i, st in enumerate(obj.get("stages", [])):
            self.stage_box.addItem(f"{i + 1}: {st.get('name', '')}")
        self.stage_box.blockSignals(False)
        self._stage_index = 0
        self._fill_stage(0)
        self.json_text.setPlainText(json.dumps(obj, indent=2))
        for w in (self.name, self.description, self.match_modality, self.match_anatomy, self.match_laterality,
                  self.match_description, self.prior_modality, self.version, self.stage_name, self.sync_groups):
            w.setReadOnly(not editable)
        self.table.setEditTriggers(QTableWidget.AllEditTriggers if editable else QTableWidget.NoEditTriggers)
        self.json_text.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self._loading = False

    def _fill_stage(self, index: int) -> None:
        stages = self._obj.get("stages", [])
        if not stages:
            self.table.setRowCount(0)
            return
        st = stages[index]
        self._loading, was = True, self._loading
        self.stage_name.setText(st.get("name", ""))
        layout = st.get("layout", {})
        self.rows.setValue(int(layout.get("rows", 1)))
        self.columns.setValue(int(layout.get("columns", len(st.get("viewports", [])) or 1)))
        self.sync_groups.setText("; ".join(f"{g['name']}={'+'.join(g['link'])}" for g in st.get("sync_groups", [])))
        vps = st.get("viewports", [])
        self.table.setRowCount(len(vps))
        for r, vp in enumerate(vps):
            for c, text in enumerate(viewport_to_cells(vp)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._loading = was

    def _collect_stage(self) -> None:
        """Write the shown stage's widgets back into the object."""
        stages = self._obj.setdefault("stages", [])
        if not stages:
            return
        st = stages[self._stage_index]
        old = st.get("viewports", [])
        vps = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(len(VIEWPORT_COLUMNS))]
            try:
                vps.append(cells_to_viewport(cells, old[r] if r < len(old) else None))
            except CellError as exc:
                raise ProtocolError(self.name.text() or "protocol",
                                    f"stage {self._stage_index + 1}, viewport row {r + 1}, column {exc.column}",
                                    str(exc).split(": ", 1)[1]) from None
        st["viewports"] = vps
        if "rectangles" not in st.get("layout", {}):
            st["layout"] = {"rows": self.rows.value(), "columns": self.columns.value()}
        if self.stage_name.text().strip():
            st["name"] = self.stage_name.text().strip()
        else:
            st.pop("name", None)
        groups = []
        for part in self.sync_groups.text().split(";"):
            if "=" in part:
                name, links = part.split("=", 1)
                groups.append({"name": name.strip(), "link": [x.strip() for x in links.split("+") if x.strip()]})
        if groups:
            st["sync_groups"] = groups
        else:
            st.pop("sync_groups", None)

    def _collect_form(self) -> None:
        obj = self._obj
        obj["format"] = 1
        obj["name"] = self.name.text().strip()
        if self.description.text().strip():
            obj["description"] = self.description.text().strip()
        else:
            obj.pop("description", None)
        if self.priority.value():
            obj["priority"] = self.priority.value()
        else:
            obj.pop("priority", None)
        match: dict[str, Any] = {}
        for key, widget in (("modality", self.match_modality), ("anatomy", self.match_anatomy),
                            ("laterality", self.match_laterality)):
            if _csv(widget.text()):
                match[key] = _csv(widget.text())
        if self.match_description.text().strip():
            match["description"] = self.match_description.text().strip()
        if self.min_priors.value():
            match["min_priors"] = self.min_priors.value()
        if match:
            obj["match"] = match
        else:
            obj.pop("match", None)
        priors: dict[str, Any] = {"count": self.prior_count.value()}
        if not self.relevant_only.isChecked():
            priors["relevant_only"] = False
        if self.max_age.value():
            priors["max_age_days"] = self.max_age.value()
        if _csv(self.prior_modality.text()):
            priors["modality"] = _csv(self.prior_modality.text())
        if not self.fetch.isChecked():
            priors["fetch"] = False
        if self.version.text().strip() and self.version.text().strip() != "comparison":
            priors["version"] = self.version.text().strip()
        obj["priors"] = priors
        self._collect_stage()

    def current_object(self, *, quiet: bool = False) -> dict[str, Any] | None:
        """The protocol as edited (JSON object), or None with the problem shown."""
        try:
            if self.tabs.currentWidget() is self.json_text:
                try:
                    self._obj = json.loads(self.json_text.toPlainText())
                except json.JSONDecodeError as exc:
                    raise ProtocolError("JSON tab", f"line {exc.lineno} column {exc.colno}", exc.msg) from None
            else:
                self._collect_form()
        except ProtocolError as exc:
            if not quiet:
                self.status.setText(f"Cannot use this protocol: {exc}")
            return None
        return copy.deepcopy(self._obj)

    def _validated(self) -> Protocol | None:
        obj = self.current_object()
        if obj is None:
            return None
        try:
            return parse_protocol(obj, source=obj.get("name") or "protocol")
        except ProtocolError as exc:
            self.status.setText(f"Cannot use this protocol: {exc}")
            return None

    # ------------------------------------------------------------------ stages and tabs
    def _show_stage(self, index: int) -> None:
        if self._loading or index < 0:
            return
        try:
            self._collect_stage()
        except ProtocolError as exc:
            self.status.setText(str(exc))
        self._stage_index = index
        self._fill_stage(index)

    def _add_stage(self) -> None:
        if self.current_object() is None:
            return
        self._obj.setdefault("stages", []).append(
            {"layout": {"rows": 1, "columns": 1}, "viewports": [{"study": "current"}]})
        self.set_protocol(self._obj, editable=self._editable)
        self.stage_box.setCurrentIndex(self.stage_box.count() - 1)

    def _remove_stage(self) -> None:
        if self.current_object() is None or len(self._obj.get("stages", [])) < 2:
            return
        del self._obj["stages"][self._stage_index]
        self.set_protocol(self._obj, editable=self._editable)

    def _resize_grid(self) -> None:
        if self._loading:
            return
        want = self.rows.value() * self.columns.value()
        while self.table.rowCount() < want:
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, VIEWPORT_COLUMNS.index("study"), QTableWidgetItem("current"))
        if self.table.rowCount() > want:
            self.table.setRowCount(want)

    def _tab_changed(self, index: int) -> None:
        if self._loading:
            return
        if self.tabs.widget(index) is self.json_text:
            try:
                self._collect_form()
            except ProtocolError as exc:
                self.status.setText(str(exc))
            self.json_text.setPlainText(json.dumps(self._obj, indent=2))
        else:
            try:
                obj = json.loads(self.json_text.toPlainText())
            except json.JSONDecodeError as exc:
                self.status.setText(f"JSON tab: line {exc.lineno} column {exc.colno}: {exc.msg}")
                return
            index_before = self._stage_index
            self.set_protocol(obj, editable=self._editable)
            if index_before < self.stage_box.count():
                self.stage_box.setCurrentIndex(index_before)

    # ------------------------------------------------------------------ save
    def save(self) -> Path | None:
        if not self._editable:
            self.status.setText("Built-in protocols are read-only: duplicate it, then save the copy.")
            return None
        protocol = self._validated()
        if protocol is None:
            return None
        try:
            existing = self.library.by_name(protocol.name)
            overwrite = existing is not None and existing.origin == "user"
            path = save_user_protocol(protocol, self.user_dir, overwrite=overwrite)
        except RadviewError as exc:
            self.status.setText(f"Not saved: {exc}")
            return None
        self.status.setText(f"Saved to {path}")
        self.reload_library(select=protocol.name)
        self.saved.emit(str(path))
        return path


def save_screen_as_protocol(parent: QWidget | None, screen: ScreenState, *,
                            user_dir: Path | None = None, name: str | None = None) -> Path | None:
    """Ask for a name, turn the screen into a protocol, let the user adjust and save it."""
    if name is None:
        name, ok = QInputDialog.getText(parent, "Save screen as protocol", "Protocol name:")
        if not ok or not name.strip():
            return None
    try:
        obj = protocol_from_screen(screen, name.strip())
    except (ProtocolError, ValueError) as exc:
        QMessageBox.warning(parent, "Save screen as protocol", str(exc))
        return None
    dialog = ProtocolEditorDialog(parent, user_dir=user_dir, initial=obj)
    result: list[Path] = []
    dialog.saved.connect(lambda p: result.append(Path(p)))
    dialog.exec()
    return result[-1] if result else None
