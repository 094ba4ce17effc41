"""Study list with search, the patient timeline (current study and its priors), and
the anatomy shown on series thumbnails with its correction ("Correct anatomy…")."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu,
    QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from radview.app import series_anatomy
from radview.errors import RadviewError
from radview.net.sources import SearchFilters

log = logging.getLogger("radview.workstation")
UNKNOWN_TEXT = "unknown (unassigned)"
NO_ANATOMY_TEXT = "no anatomy"

STATUS_TEXT = {1: "unread", 2: "read", 3: "notes", 4: "annotated", 5: "reported"}
# Status right after the date: a reader scans for unread studies without scrolling sideways.
COLUMNS = (("patient_name", "Patient"), ("study_date", "Date"), ("status", "Status"),
           ("modalities", "Mod."), ("description", "Description"), ("patient_id", "ID"),
           ("accession", "Accession"))
COLUMN_WIDTHS = (120, 78, 66, 40, 150, 95, 80)


def format_date(value: str) -> str:
    value = str(value or "")
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if len(value) == 8 and value.isdigit() else value


def format_name(value: str) -> str:
    return str(value or "").replace("^", ", ", 1).replace("^", " ")


class StudyBrowser(QWidget):
    """Search fields + result table. Emits ``search_requested`` and ``study_opened``."""

    search_requested = Signal(object)  # SearchFilters
    study_selected = Signal(dict)
    study_opened = Signal(dict)
    source_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.studies: list[dict] = []
        self.source_box = QComboBox()
        self.source_box.setObjectName("source")
        self.source_box.currentTextChanged.connect(self.source_changed)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow("Source", self.source_box)
        for name, label, hint in (
            ("patient", "Patient", "name (part)"), ("patient_id", "Patient ID", ""),
            ("modality", "Modality", "CT, MR, CR…"), ("accession", "Accession", ""),
            ("description", "Description", "text (part)"),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            edit.returnPressed.connect(self.request_search)
            self.fields[name] = edit
            form.addRow(label, edit)
        dates = QHBoxLayout()
        for name in ("date_from", "date_to"):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText("YYYYMMDD")
            edit.setMaxLength(8)
            edit.returnPressed.connect(self.request_search)
            self.fields[name] = edit
            dates.addWidget(edit)
        form.addRow("Date from/to", dates)
        self.search_button = QPushButton("Search")
        self.search_button.setObjectName("search")
        self.search_button.clicked.connect(self.request_search)
        clear = QPushButton("Clear")
        clear.clicked.connect(self.clear_fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(clear)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("studies")
        self.table.setHorizontalHeaderLabels([c[1] for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.count_label = QLabel("")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    # -- search -------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        return SearchFilters(**{name: edit.text().strip() for name, edit in self.fields.items()})

    def request_search(self) -> None:
        self.search_requested.emit(self.filters())

    def clear_fields(self) -> None:
        for edit in self.fields.values():
            edit.clear()

    def set_sources(self, names: list[str], current: str = "") -> None:
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItems(names)
        if current in names:
            self.source_box.setCurrentText(current)
        self.source_box.blockSignals(False)

    def set_studies(self, studies: list[dict]) -> None:
        self.studies = list(studies)
        self.table.setRowCount(len(self.studies))
        for row, study in enumerate(self.studies):
            for col, (key, _) in enumerate(COLUMNS):
                value = study.get(key)
                if key == "study_date":
                    value = format_date(value)
                elif key == "patient_name":
                    value = format_name(value)
                elif key == "status":
                    value = STATUS_TEXT.get(value, "") if value else ""
                item = QTableWidgetItem(str(value or ""))
                item.setData(Qt.ItemDataRole.UserRole, row)
                if key == "status" and study.get("status") == 1:  # unread: stands out
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.count_label.setText(f"{len(self.studies)} study(ies)")

    def _selection_changed(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self.study_selected.emit(self.studies[min(rows)])

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.studies):
            self.study_opened.emit(self.studies[row])

    def select_study(self, study_uid: str) -> bool:
        for row, study in enumerate(self.studies):
            if study["study_uid"] == study_uid:
                self.table.selectRow(row)
                return True
        return False


class PatientTimeline(QTreeWidget):
    """A patient's studies by date, newest first: the current one marked, priors below
    with the anatomy of their series (from the server's prediction where known)."""

    study_opened = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setColumnCount(3)
        self.setHeaderLabels(["Date", "Study", "Anatomy"])
        self.setRootIsDecorated(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(self._open)
        self.studies: list[dict] = []

    def set_patient(self, studies: list[dict], current_uid: str,
                    anatomy: dict[str, str] | None = None) -> None:
        self.clear()
        self.studies = sorted(studies, key=lambda s: s.get("study_date") or "", reverse=True)
        anatomy = anatomy or {}
        for study in self.studies:
            current = study["study_uid"] == current_uid
            modality, description = study.get("modalities") or "", study.get("description") or ""
            label = description if description.upper().startswith(modality.split("\\")[0].upper()) \
                and description else f"{modality} {description}".strip()
            item = QTreeWidgetItem([format_date(study.get("study_date")),
                                    ("▶ " if current else "prior: ") + label,
                                    anatomy.get(study["study_uid"], "")])
            item.setData(0, Qt.ItemDataRole.UserRole, study["study_uid"])
            if current:
                font = item.font(1)
                font.setBold(True)
                for col in range(3):
                    item.setFont(col, font)
            self.addTopLevelItem(item)

    def mark_relevant(self, slots: dict[str, int]) -> None:
        """Mark the priors the hanging protocol chose as relevant (★ prior N, in bold,
        with a tooltip); the others stay plain. ``slots``: study UID → prior slot."""
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            uid = item.data(0, Qt.ItemDataRole.UserRole)
            text = item.text(1)
            if uid not in slots or not text.startswith("prior: "):
                continue
            item.setText(1, f"★ prior {slots[uid]}: " + text.removeprefix("prior: "))
            item.setToolTip(1, "relevant prior: chosen by the hanging protocol for comparison"
                            + (f" ({item.text(2)})" if item.text(2) else ""))
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            item.setFont(2, font)

    def relevant(self) -> list[str]:
        """Study UIDs marked relevant, in the timeline's order."""
        return [self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).text(1).startswith("★ ")]

    def _open(self, item: QTreeWidgetItem) -> None:
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        for study in self.studies:
            if study["study_uid"] == uid:
                self.study_opened.emit(study)


# -------------------------------------------------------------------- anatomy

def _getter(anatomy: Any) -> Callable[..., Any]:
    if isinstance(anatomy, Mapping):
        return anatomy.get
    return lambda key, default=None: getattr(anatomy, key, default)


def anatomy_text(anatomy: Any) -> str:
    """One line for a series' anatomy (a Prediction or its JSON; None = not known).

    An unknown prediction reads "unknown (unassigned)", never the model's guess; a
    user's correction is marked with ✎."""
    if anatomy is None:
        return ""
    get = _getter(anatomy)
    if get("unknown", False):
        return UNKNOWN_TEXT
    labels = list(get("labels", ()) or ())
    side = get("laterality")
    text = ", ".join(labels) + (f" ({side})" if side else "") if labels else NO_ANATOMY_TEXT
    return ("✎ " if get("source") == "user" else "") + text


def study_anatomy(cache, source, studies: list[dict],
                  known_series: dict[str, list[dict]]) -> dict[str, str]:
    """Anatomy text per study UID (union of its labels) and per series UID (worker thread).

    Persisted: each series' anatomy is the user's correction, else the server's, else
    the cached one, else predicted here, and kept in ``cache`` (``series_anatomy``).  Series rows get their
    ``anatomy`` JSON set in place (the correction dialog starts from it)."""
    out: dict[str, str] = {}
    for study in studies[:12]:
        uid = study["study_uid"]
        try:
            series = known_series.get(uid) or source.series(uid)
        except RadviewError:
            continue
        try:
            found = series_anatomy.series_anatomy(cache, series, study)
        except Exception as exc:  # noqa: BLE001 - the model is an aid: never block a study
            log.warning("anatomy prediction failed: %s", exc)
            try:
                found = series_anatomy.series_anatomy(cache, series, study, predict=False)
            except Exception:  # noqa: BLE001
                found = {}
        labels: list[str] = []
        for s in series:
            p = found.get(s["series_uid"])
            if p is None:
                continue
            out[s["series_uid"]] = anatomy_text(p)
            for label in ([] if p.unknown else p.labels):
                if label not in labels:
                    labels.append(label)
        out[uid] = ", ".join(labels)
    return out


def correct_series_anatomy(cache, source, series_uid: str, labels: list[str],
                           laterality: str | None, *, user: str | None = None):
    """Record a correction in the local cache (first: it holds offline), then send it to
    the source's server when it takes corrections.  Returns the Prediction recorded;
    RadviewError (saying it was kept locally) when the server refused or was away."""
    connection = getattr(source, "connection", None)
    user = user or getattr(connection, "user", "") or None
    fixed = series_anatomy.correct(cache, series_uid, labels, laterality, user=user)
    send = getattr(source, "correct_anatomy", None)
    if send is not None:
        try:
            send(series_uid, list(fixed.labels), fixed.laterality)
        except RadviewError as exc:
            raise RadviewError(f"anatomy correction kept on this workstation; "
                               f"{getattr(source, 'name', 'the server')} did not take it: {exc}"
                               ) from exc
    return fixed


LATERALITY_CHOICES = (("none", None), ("L — left", "L"), ("R — right", "R"), ("B — both", "B"))


class AnatomyCorrectionDialog(QDialog):
    """Checkable anatomy labels (DICOM Body Part Examined terms) plus laterality.

    OK emits ``corrected(series_uid, labels, laterality)``; labels in the label set's
    order, ``[]`` when "shows no anatomy" is ticked, laterality None/"L"/"R"/"B"
    (only with a limb or breast label)."""

    corrected = Signal(str, list, object)

    def __init__(self, series_uid: str, anatomy: Any = None, *, description: str = "",
                 parent: QWidget | None = None):
        from radview.protocols.anatomy import labels as L

        super().__init__(parent)
        self.setObjectName("anatomy_correction")
        self.setWindowTitle("Correct anatomy")
        self.series_uid = series_uid
        self._lateral = L.LATERAL_LABELS
        layout = QVBoxLayout(self)
        now = anatomy_text(anatomy) or "not predicted"
        head = QLabel((f"{description}\n" if description else "") + f"Now: {now}")
        head.setObjectName("current")
        layout.addWidget(head)
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for col, (group, codes) in enumerate(L.GROUPS.items()):
            box = QGroupBox(group.replace("_", " "))
            inner = QVBoxLayout(box)
            for code in codes:
                check = QCheckBox(code)
                check.setObjectName(f"label_{code}")
                check.toggled.connect(self._changed)
                inner.addWidget(check)
                self.checks[code] = check
            inner.addStretch(1)
            grid.addWidget(box, 0, col)
        layout.addLayout(grid)
        self.no_anatomy = QCheckBox("shows no anatomy (dose report, text page, phantom)")
        self.no_anatomy.setObjectName("no_anatomy")
        self.no_anatomy.toggled.connect(self._no_anatomy_toggled)
        layout.addWidget(self.no_anatomy)
        row = QHBoxLayout()
        row.addWidget(QLabel("Laterality"))
        self.side = QComboBox()
        self.side.setObjectName("laterality")
        for text, value in LATERALITY_CHOICES:
            self.side.addItem(text, value)
        row.addWidget(self.side)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        get = _getter(anatomy)
        if anatomy is not None and not get("unknown", False):  # unknown: start from nothing
            self.set_selection(list(get("labels", ()) or ()), get("laterality"),
                               no_anatomy=not get("labels", ()))
        self._changed()

    # -- state ----------------------------------------------------------------------
    def labels(self) -> list[str]:
        if self.no_anatomy.isChecked():
            return []
        return [code for code, check in self.checks.items() if check.isChecked()]

    def laterality(self) -> str | None:
        return self.side.currentData() if self.side.isEnabled() else None

    def set_selection(self, labels: list[str], laterality: str | None = None, *,
                      no_anatomy: bool = False) -> None:
        self.no_anatomy.setChecked(no_anatomy and not labels)
        for code, check in self.checks.items():
            check.setChecked(code in labels)
        index = next((i for i, (_t, v) in enumerate(LATERALITY_CHOICES) if v == laterality), 0)
        self.side.setCurrentIndex(index)
        self._changed()

    def _no_anatomy_toggled(self, on: bool) -> None:
        if on:
            for check in self.checks.values():
                check.setChecked(False)
        self._changed()

    def _changed(self, *_args) -> None:
        chosen = [code for code, check in self.checks.items() if check.isChecked()]
        if chosen and self.no_anatomy.isChecked():
            self.no_anatomy.blockSignals(True)
            self.no_anatomy.setChecked(False)
            self.no_anatomy.blockSignals(False)
        lateral = any(code in self._lateral for code in chosen)
        self.side.setEnabled(lateral)
        if not lateral:
            self.side.setCurrentIndex(0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(chosen) or self.no_anatomy.isChecked())

    def accept(self) -> None:
        if not (self.labels() or self.no_anatomy.isChecked()):
            return
        self.corrected.emit(self.series_uid, self.labels(), self.laterality())
        super().accept()


class SeriesAnatomyMenu(QObject):
    """Context menu "Correct anatomy…" on a list of series thumbnails.

    ``series_for(data)`` maps an item's ``Qt.UserRole`` data (the main window stores
    the row index) to its series row (a dict with ``series_uid``, ``anatomy``, and
    ``anatomy_text`` when shown).  After OK the row and the item's text are updated
    and ``anatomy_corrected(series_uid, labels, laterality)`` is emitted."""

    anatomy_corrected = Signal(str, list, object)

    def __init__(self, view: QListWidget, series_for: Callable[[Any], dict | None],
                 parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.series_for = series_for
        self.dialog: AnatomyCorrectionDialog | None = None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_requested)

    def _row(self, item: QListWidgetItem | None) -> dict | None:
        if item is None:
            return None
        try:
            row = self.series_for(item.data(Qt.ItemDataRole.UserRole))
        except (IndexError, KeyError, TypeError):
            return None
        return row if row and row.get("series_uid") else None

    def menu_for(self, item: QListWidgetItem | None) -> QMenu | None:
        if self._row(item) is None:
            return None
        menu = QMenu(self.view)
        action = menu.addAction("Correct anatomy…")
        action.setObjectName("correct_anatomy")
        action.triggered.connect(lambda _checked=False, item=item: self.open_dialog(item))
        return menu

    def _menu_requested(self, pos: QPoint) -> None:
        menu = self.menu_for(self.view.itemAt(pos))
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def open_dialog(self, item: QListWidgetItem) -> AnatomyCorrectionDialog | None:
        row = self._row(item)
        if row is None:
            return None
        description = " ".join(str(row.get(k) or "") for k in ("modality", "number", "description")
                               ).strip()
        dialog = AnatomyCorrectionDialog(row["series_uid"], row.get("anatomy"),
                                         description=description, parent=self.view.window())
        dialog.corrected.connect(lambda uid, labels, side, item=item, row=row:
                                 self._corrected(item, row, uid, labels, side))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _corrected(self, item: QListWidgetItem, row: dict, uid: str, labels: list,
                   side: str | None) -> None:
        old = row.get("anatomy_text") or ""
        row["anatomy"] = {"labels": list(labels), "laterality": side, "confidence": 1.0,
                          "unknown": False, "source": "user", "model_version": ""}
        row["anatomy_text"] = anatomy_text(row["anatomy"])
        try:
            lines = item.text().split("\n")
            if old and lines and lines[-1] == old:
                lines[-1] = row["anatomy_text"]
            else:
                lines.append(row["anatomy_text"])
            item.setText("\n".join(lines))
        except RuntimeError:
            pass  # the thumbnail list was refilled meanwhile
        self.anatomy_corrected.emit(uid, list(labels), side)
