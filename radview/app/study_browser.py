"""Study list with search, and the patient timeline (current study and its priors)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from radview.app.sources import SearchFilters

STATUS_TEXT = {1: "unread", 2: "read", 3: "notes", 4: "annotated", 5: "reported"}
COLUMNS = (("patient_name", "Patient"), ("patient_id", "ID"), ("study_date", "Date"),
           ("modalities", "Mod."), ("description", "Description"), ("accession", "Accession"),
           ("status", "Status"))
COLUMN_WIDTHS = (130, 95, 82, 40, 150, 80, 70)


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

    def _open(self, item: QTreeWidgetItem) -> None:
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        for study in self.studies:
            if study["study_uid"] == uid:
                self.study_opened.emit(study)
