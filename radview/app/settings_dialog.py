"""Settings dialog (profile, connections, cache, identity) and the first-start profile choice."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from radview.net.profiles import PROFILE_LABELS, PROFILES
from radview.app.settings_store import KINDS, Connection, Settings
from radview.errors import RadviewError

CONN_COLUMNS = ("name", "kind", "url", "host", "port", "ae_title", "calling_ae", "retrieve")
CONN_HEADERS = ("Name", "Kind", "URL (radview/DICOMweb)", "Host", "Port", "AE title",
                "Our AE", "Retrieve")
ROLES = ("radiologist", "referrer", "technician", "admin")


def test_connection(connection: Connection) -> str:
    """Reach a connection once (C-ECHO, QIDO or the server's health); runs in a worker."""
    connection.validate()
    if connection.kind == "dimse":
        from radview.net.dimse import DimseClient, DimsePeer

        DimseClient(DimsePeer(connection.host, int(connection.port), connection.ae_title,
                              connection.calling_ae, timeout=10)).echo()
        return f"C-ECHO to {connection.ae_title} succeeded"
    import httpx

    url = connection.url.rstrip("/")
    probe = f"{url}/api/health" if connection.kind == "radview" else f"{url}/studies?limit=1"
    try:
        response = httpx.get(probe, timeout=10)
    except httpx.HTTPError as exc:
        raise RadviewError(f"cannot reach {url}: {exc}") from exc
    if response.status_code >= 400:
        raise RadviewError(f"{url} answered {response.status_code}")
    return f"{connection.name} answered ({response.status_code})"


class ProfileChooser(QWidget):
    """Radio buttons for the three profiles."""

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, name in enumerate(PROFILES):
            button = QRadioButton(PROFILE_LABELS[name])
            button.setObjectName(f"profile_{name}")
            button.setChecked(name == current)
            self.group.addButton(button, n)
            layout.addWidget(button)

    def profile(self) -> str:
        return PROFILES[max(self.group.checkedId(), 0)]


class FirstStartDialog(QDialog):
    """Asked once: how this workstation is used."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("radview — welcome")
        self.chooser = ProfileChooser(settings.profile)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("How is this workstation used? (changeable later in Settings)"))
        layout.addWidget(self.chooser)
        layout.addWidget(buttons)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` after accept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, runner=None):
        super().__init__(parent)
        self.setWindowTitle("radview — settings")
        self.resize(900, 480)
        self._settings = copy.deepcopy(settings)
        self._runner = runner

        profile_box = QGroupBox("Profile")
        self.chooser = ProfileChooser(settings.profile)
        QVBoxLayout(profile_box).addWidget(self.chooser)

        conn_box = QGroupBox("Connections (radview server, PACS by DIMSE or DICOMweb)")
        self.table = QTableWidget(0, len(CONN_COLUMNS))
        self.table.setObjectName("connections")
        self.table.setHorizontalHeaderLabels(CONN_HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for connection in settings.connections:
            self._add_row(connection)
        add = QPushButton("Add")
        add.clicked.connect(lambda: self._add_row(Connection("new", "dimse", host="127.0.0.1",
                                                             port=104, ae_title="PACS")))
        remove = QPushButton("Remove")
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        test = QPushButton("Test")
        test.setObjectName("test")
        test.clicked.connect(self._test)
        self.test_label = QLabel("")
        self.test_label.setObjectName("test_result")
        row = QHBoxLayout()
        for w in (add, remove, test):
            row.addWidget(w)
        row.addWidget(self.test_label, 1)
        conn_layout = QVBoxLayout(conn_box)
        conn_layout.addWidget(self.table)
        conn_layout.addLayout(row)

        other = QGroupBox("User and cache")
        form = QFormLayout(other)
        self.user = QLineEdit(settings.user)
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.role.setCurrentText(settings.role)
        self.cache_dir = QLineEdit(settings.cache_dir)
        self.cache_dir.setPlaceholderText(str(settings.cache_path()))
        self.cache_mb = QSpinBox()
        self.cache_mb.setRange(16, 1024 * 1024)
        self.cache_mb.setValue(settings.cache_max_mb)
        self.cache_mb.setSuffix(" MB")
        form.addRow("User", self.user)
        form.addRow("Role", self.role)
        form.addRow("Cache folder", self.cache_dir)
        form.addRow("Cache size limit", self.cache_mb)

        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c0392b")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(profile_box)
        top.addWidget(other, 1)
        layout.addLayout(top)
        layout.addWidget(conn_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _add_row(self, connection: Connection) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in enumerate(CONN_COLUMNS):
            if key == "kind":
                box = QComboBox()
                box.addItems(KINDS)
                box.setCurrentText(connection.kind)
                self.table.setCellWidget(row, col, box)
            elif key == "retrieve":
                box = QComboBox()
                box.addItems(("get", "move"))
                box.setCurrentText(connection.retrieve)
                self.table.setCellWidget(row, col, box)
            else:
                value = getattr(connection, key)
                self.table.setItem(row, col, QTableWidgetItem("" if value in (0, None) else str(value)))

    def _row_connection(self, row: int) -> Connection:
        values = {}
        for col, key in enumerate(CONN_COLUMNS):
            widget = self.table.cellWidget(row, col)
            if widget is not None:
                values[key] = widget.currentText()
            else:
                item = self.table.item(row, col)
                values[key] = item.text().strip() if item else ""
        port = values.pop("port")
        if port and not port.isdigit():
            raise RadviewError(f"row {row + 1}: port {port!r} is not a number")
        return Connection(port=int(port or 0), **values).validate()

    def connections(self) -> list[Connection]:
        return [self._row_connection(r) for r in range(self.table.rowCount())]

    def _test(self) -> None:
        try:
            connection = self._row_connection(max(self.table.currentRow(), 0))
        except RadviewError as exc:
            self.test_label.setText(str(exc))
            return
        self.test_label.setText(f"testing {connection.name}…")
        if self._runner is None:
            return
        self._runner.start(lambda ctx: test_connection(connection), label="test connection",
                           on_result=self.test_label.setText,
                           on_error=lambda msg: self.test_label.setText(f"failed: {msg}"))

    def result_settings(self) -> Settings:
        s = self._settings
        s.profile = self.chooser.profile()
        s.connections = self.connections()
        s.user = self.user.text().strip()
        s.role = self.role.currentText()
        s.cache_dir = self.cache_dir.text().strip()
        s.cache_max_mb = self.cache_mb.value()
        if s.active and not s.connection(s.active):
            s.active = ""
        return s.validate()

    def _accept(self) -> None:
        try:
            self.result_settings()
        except RadviewError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
