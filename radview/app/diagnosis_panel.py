"""Diagnosis information beside the images: status, reading notes, annotations, report.

Everyone reads what comes with a study; radiologists (and admins) edit notes,
annotations and the report and set the diagnostic status. Saving sends the
text to the radview server, which raises the status by itself (notes → 3,
annotations → 4, report → 5). Studies from a PACS or the local cache carry no
diagnosis information; the panel says so.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

STATUS_LABELS = {1: "1 unread", 2: "2 read", 3: "3 read + notes", 4: "4 + annotations",
                 5: "5 + report"}
EDITING_ROLES = ("radiologist", "admin")


def annotation_to_json(annotation: Any, sop_uid: str | None = None) -> dict:
    """A viewer Annotation as JSON for the server (points in image pixels)."""
    return {"kind": annotation.kind, "slice_index": annotation.slice_index,
            "points": [[float(x), float(y)] for x, y in annotation.points],
            "text": annotation.text, "sop_instance_uid": sop_uid}


def annotation_summary(item: dict) -> str:
    text = f"{item.get('kind', '?')}"
    if item.get("text"):
        text += f" “{item['text']}”"
    if item.get("slice_index") is not None:
        text += f" on image {int(item['slice_index']) + 1}"
    return text


class DiagnosisPanel(QWidget):
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.study: dict | None = None
        self.source = None
        self.annotations: list[dict] = []
        self.annotations_provider: Callable[[], list[dict]] | None = None
        self.role = "radiologist"

        # What the reader must know about the study on screen, kept while it is open (the
        # status line is overwritten by every load): why another study was opened, the
        # version shown and why
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.setObjectName("study_notice")
        self.notice.setStyleSheet("background: #4a3b10; color: #ffd479; padding: 4px;")
        self.notice.hide()
        self._why_this_study = self._version_line = ""
        self.info = QLabel("No study open")
        self.info.setWordWrap(True)
        self.info.setObjectName("diagnosis_info")
        self.status = QComboBox()
        self.status.setObjectName("diagnosis_status")
        for value, label in STATUS_LABELS.items():
            self.status.addItem(label, value)
        self.set_status_button = QPushButton("Set status")
        self.set_status_button.clicked.connect(self.send_status)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText("Reading notes")
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setPlaceholderText("Report")
        self.annotation_list = QListWidget()
        self.annotation_list.setObjectName("annotations")
        self.annotation_list.setMaximumHeight(110)
        self.take_annotations = QPushButton("Add the viewport's annotations")
        self.take_annotations.clicked.connect(self._take_annotations)
        self.save_button = QPushButton("Save notes, annotations and report")
        self.save_button.setObjectName("save_diagnosis")
        self.save_button.clicked.connect(self.save)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.set_status_button)
        form = QFormLayout()
        form.addRow("Status", status_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(QLabel("Reading notes"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(QLabel("Annotations"))
        layout.addWidget(self.annotation_list)
        layout.addWidget(self.take_annotations)
        layout.addWidget(QLabel("Report"))
        layout.addWidget(self.report, 2)
        layout.addWidget(self.save_button)
        self._set_editable(False)

    # ------------------------------------------------------------------ state
    def _server(self):
        return self.source if hasattr(self.source, "state") and hasattr(self.source, "client") else None

    def _set_editable(self, on: bool) -> None:
        for w in (self.notes, self.report):
            w.setReadOnly(not on)
        for w in (self.status, self.set_status_button, self.save_button, self.take_annotations):
            w.setEnabled(on)

    def set_notice(self, *, why_this_study: str | None = None,
                   version: str | None = None) -> None:
        """The persistent notice above the study's information (empty: hidden)."""
        if why_this_study is not None:
            self._why_this_study = why_this_study
        if version is not None:
            self._version_line = version
        text = "\n".join(t for t in (self._why_this_study, self._version_line) if t)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_study(self, study: dict, source) -> None:
        self.set_notice(why_this_study="")  # a new study: the previous reason goes
        self.study, self.source = study, source
        self.notes.clear()
        self.report.clear()
        self.annotations = []
        self.annotation_list.clear()
        self._set_editable(False)
        server = self._server()
        if server is None:
            self.info.setText("Diagnosis information (notes, report, status) comes with studies "
                              "from the radview server; this study is from "
                              f"{getattr(source, 'name', 'a local source')}.")
            return
        self.role = (getattr(server.connection, "role", "") or "radiologist")
        self.info.setText("Loading diagnosis information…")
        uid = study["study_uid"]
        self.runner.start(lambda ctx: server.state(uid), label="diagnosis",
                          on_result=lambda state: self._show_state(uid, state),
                          on_error=self._load_failed)

    def _load_failed(self, message: str) -> None:
        self.info.setText(f"Diagnosis information not available: {message}")
        self.failed.emit(message)

    def _show_state(self, uid: str, state: dict) -> None:
        if self.study is None or self.study["study_uid"] != uid:
            return
        diagnosis = state.get("diagnosis") or {}
        self.notes.setPlainText(diagnosis.get("notes") or "")
        self.report.setPlainText(diagnosis.get("report") or "")
        self.annotations = list(diagnosis.get("annotations") or [])
        self._list_annotations()
        status = int(state.get("status") or 1)
        self.status.setCurrentIndex(max(0, min(4, status - 1)))
        allowed = ", ".join(state.get("allowed_versions") or []) or "none"
        editable = self.role in EDITING_ROLES
        self.info.setText(f"Status {STATUS_LABELS.get(status, status)} · versions allowed for "
                          f"role {self.role}: {allowed}"
                          + ("" if editable else " · read only for this role"))
        self._set_editable(editable)

    def _list_annotations(self) -> None:
        self.annotation_list.clear()
        for item in self.annotations:
            self.annotation_list.addItem(annotation_summary(item))

    def _take_annotations(self) -> None:
        if self.annotations_provider is None:
            return
        new = self.annotations_provider()
        if not new:
            self.failed.emit("the active viewport has no annotations to add")
            return
        self.annotations.extend(new)
        self._list_annotations()

    # ------------------------------------------------------------------ send
    def save(self) -> None:
        server = self._server()
        if server is None or self.study is None:
            return
        uid = self.study["study_uid"]
        notes, report = self.notes.toPlainText(), self.report.toPlainText()
        annotations = list(self.annotations)
        self.runner.start(
            lambda ctx: server.client.put_diagnosis(uid, notes=notes, annotations=annotations,
                                                    report=report),
            label="save diagnosis", on_result=lambda state: self._saved(uid, state),
            on_error=self.failed.emit)

    def _saved(self, uid: str, state: dict) -> None:
        self._show_state(uid, state)
        self.message.emit(f"Diagnosis saved; status is now {STATUS_LABELS.get(state.get('status'))}")

    def send_status(self) -> None:
        server = self._server()
        if server is None or self.study is None:
            return
        uid = self.study["study_uid"]
        value = int(self.status.currentData())
        self.runner.start(lambda ctx: server.client.set_status(uid, value), label="set status",
                          on_result=lambda state: self._saved(uid, state),
                          on_error=self.failed.emit)
