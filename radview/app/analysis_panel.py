"""Remote analysis from the workstation: send a study, see each instance's outcome,
results and urgent alerts re-identified locally, open the study from a result.

Credentials are the workstation's: the analysis server's login (token, CA, client
certificate) is the one of the radview connection with that URL in the settings
(see login_dialog); a token typed into the panel overrides the token only.

``install(window)`` adds the Study menu action, the Analysis dock and the alert
bar (a toolbar at the top of the window, shown from anywhere until every alert
is acknowledged). The upload itself is radview.net.delta_upload in a worker.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableWidget, QTableWidgetItem, QToolBar, QVBoxLayout, QWidget,
)

from radview.errors import UsageError

log = logging.getLogger("radview.workstation")
ORIGINAL = "original"


def study_items(source, cache, study_uid: str,
                series_uid: str | None = None) -> list[tuple[str, object]]:
    """(label, reader) for every original instance of the study (or of one series):
    from the source's DICOMweb when it has one, else from originals in the local cache."""
    from radview.net.dicomweb import DicomWebClient

    kind = getattr(source, "kind", "")
    conn = getattr(source, "connection", None)
    items: list[tuple[str, object]] = []
    if kind in ("radview", "dicomweb") and conn is not None:
        own = kind == "radview"  # a radview server's DICOMweb is under /dicomweb
        client = DicomWebClient(conn.url.rstrip("/") + "/dicomweb",
                                token=getattr(conn, "token", "") or None,
                                verify=conn.tls()) if own else source.client
        try:
            for series in client.search("series", study_uid=study_uid):
                s_uid = series["SeriesInstanceUID"]
                if series_uid and s_uid != series_uid:
                    continue
                for n, data in enumerate(client.retrieve_series(study_uid, s_uid), 1):
                    items.append((f"{series.get('SeriesDescription') or s_uid} #{n}",
                                  lambda d=data: d))
        finally:
            if own:
                client.close()
    else:
        items = _cached_items(cache, study_uid, series_uid)
    if not items:
        raise UsageError("no original images of this study or series on its source "
                         "or on this computer")
    return items


def _cached_items(cache, study_uid: str, series_uid: str | None) -> list[tuple[str, object]]:
    items = []
    for series in cache.series_of(study_uid):
        if series_uid and series["series_uid"] != series_uid:
            continue
        for inst in cache.instances_of(series["series_uid"]):
            blob = cache.get_blob(inst["sop_uid"], ORIGINAL)
            if blob is not None:
                items.append((f"{series.get('description') or series['series_uid']} "
                              f"#{len(items) + 1}", lambda d=blob.data: d))
    return items


class AlertBar(QToolBar):
    """Urgent findings, visible above everything until acknowledged."""

    open_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__("Alerts", parent)
        self.setObjectName("analysis_alerts")
        self.setMovable(False)
        self.alerts: list[dict] = []
        self.label = QLabel()
        self.label.setStyleSheet("color: white; background: #b00020; padding: 4px;")
        self.addWidget(self.label)
        self.open_action = self.addAction("Open study", self._open)
        self.ack_action = self.addAction("Acknowledge", self.acknowledge)
        self.setVisible(False)

    def add(self, alerts: list[dict]) -> None:
        self.alerts += alerts
        self._refresh()

    def acknowledge(self) -> None:
        if self.alerts:
            a = self.alerts.pop(0)
            log.info("alert acknowledged: %s", a.get("finding"))
        self._refresh()

    def _open(self) -> None:
        if self.alerts:
            self.open_requested.emit(self.alerts[0].get("study_instance_uid", ""))

    def _refresh(self) -> None:
        if not self.alerts:
            self.setVisible(False)
            return
        a = self.alerts[0]
        more = f"  (+{len(self.alerts) - 1} more)" if len(self.alerts) > 1 else ""
        self.label.setText(f"URGENT: {a.get('finding')} — patient {a.get('patient_id')}, "
                           f"p={a.get('probability')}{more}")
        self.setVisible(True)


class AnalysisPanel(QDockWidget):
    open_requested = Signal(str)
    finished = Signal(dict)

    def __init__(self, window):
        super().__init__("Analysis", window)
        self.setObjectName("analysis_dock")
        self.window_ = window
        body = QWidget()
        lay = QVBoxLayout(body)
        row = QHBoxLayout()
        self.server_edit = QLineEdit(os.environ.get("RADVIEW_ANALYSIS_SERVER", ""))
        self.server_edit.setPlaceholderText("analysis server URL")
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText("token (default: the connection's login)")
        self.burned_in = QCheckBox("Images with burned-in text checked")
        row.addWidget(QLabel("Server"))
        row.addWidget(self.server_edit)
        row.addWidget(self.token_edit)
        lay.addLayout(row)
        lay.addWidget(self.burned_in)
        self.status = QLabel("Select a study, then Study → Send for analysis")
        self.progress = QProgressBar()
        lay.addWidget(self.status)
        lay.addWidget(self.progress)
        self.outcomes = QTableWidget(0, 4)
        self.outcomes.setHorizontalHeaderLabels(["instance", "sent", "outcome", "score"])
        lay.addWidget(self.outcomes)
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels(["finding", "probability", "urgent", "patient"])
        self.results.cellDoubleClicked.connect(self._result_activated)
        lay.addWidget(QLabel("Results (double-click opens the study)"))
        lay.addWidget(self.results)
        self.setWidget(body)
        self.result_rows: list[dict] = []
        self.busy = False

    def send_study(self, study: dict | None, series_uid: str | None = None) -> None:
        if self.busy:
            self.status.setText("an upload is running")
            return
        if not study:
            self.status.setText("select a study in the list first")
            return
        server = self.server_edit.text().strip()
        if not server.startswith(("http://", "https://")):
            self.status.setText("enter the analysis server URL (http://…)")
            self.show()
            return
        try:
            token, verify = self.credentials(server)
        except UsageError as exc:
            self.status.setText(str(exc))
            self.show()
            return
        self.show()
        self.busy = True
        self.outcomes.setRowCount(0)
        what = f"series {series_uid}" if series_uid else \
            f"study {study.get('description') or study['study_uid']}"
        self.status.setText(f"sending {what}…")
        w = self.window_
        w.runner.start(_upload_study, w.active_source(), w.cache, study["study_uid"], server,
                       self.burned_in.isChecked(), series_uid, token, verify,
                       label="analysis upload",
                       on_item=self._outcome, on_progress=self._progress,
                       on_result=self._done, on_error=self._failed)

    def credentials(self, server: str) -> tuple[str, object]:
        """(token, TLS verify) for ``server`` from the workstation's connection with that
        URL; UsageError (said in the panel, nothing sent) without a token."""
        from radview.errors import RadviewError

        url = server.rstrip("/")
        conn = next((c for c in self.window_.settings.connections
                     if c.kind == "radview" and c.url.rstrip("/") == url), None)
        token = self.token_edit.text().strip() or (conn.token if conn else "")
        if not token:
            raise UsageError(f"no login for {server}: add it as a radview connection in "
                             "Settings (it asks for the token) or type a token here")
        try:
            verify = conn.tls() if conn else True
        except RadviewError as exc:
            raise UsageError(f"{conn.name}: {exc}") from None
        return token, verify

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _outcome(self, row: dict) -> None:
        n = self.outcomes.rowCount()
        self.outcomes.insertRow(n)
        for col, value in enumerate((row["file"], "yes" if row["sent"] else "no", row["reason"],
                                     "" if row["score"] is None else f"{row['score']:.3f}")):
            self.outcomes.setItem(n, col, QTableWidgetItem(str(value)))

    def _done(self, doc: dict) -> None:
        self.busy = False
        sent = sum(r["sent"] for r in doc["instances"])
        self.status.setText(f"{sent} of {len(doc['instances'])} instances sent; "
                            f"{len(doc['results'])} results, {len(doc['alerts'])} urgent")
        for r in doc["results"]:
            n = self.results.rowCount()
            self.results.insertRow(n)
            for col, value in enumerate((r.get("finding"), r.get("probability"),
                                         "URGENT" if r.get("urgent") else "", r.get("patient_id"))):
                self.results.setItem(n, col, QTableWidgetItem(str(value)))
            self.result_rows.append(r)
        self.finished.emit(doc)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.status.setText(f"analysis upload failed: {message}")
        log.warning("analysis upload failed: %s", message)

    def _result_activated(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.result_rows):
            self.open_requested.emit(self.result_rows[row].get("study_instance_uid", ""))


def _upload_study(ctx, source, cache, study_uid: str, server: str, confirm: bool,
                  series_uid: str | None = None, token: str | None = None,
                  verify: object = True) -> dict:
    """Worker thread: fetch originals, de-identify, upload, re-identify the answers."""
    from radview.delta import standard_set
    from radview.net import deid
    from radview.net.delta_upload import DeltaClient, upload

    items = study_items(source, cache, study_uid, series_uid)
    std = standard_set.load()
    writer = deid.ReidWriter()
    client = DeltaClient(server, token=token, verify=verify)
    try:
        doc = upload(items, client=client, std=std, deid=deid.Deidentifier(deid.load_or_create(),
                                                                           writer),
                     confirm_burned_in=confirm,
                     progress=lambda i, n, out: (ctx.progress(i, n), ctx.emit(out.row())))
    finally:
        client.close()
        writer.close()
    reader = deid.ReidReader()
    try:
        doc["results"] = reader.reidentify(doc["results"])
        doc["alerts"] = reader.reidentify(doc["alerts"])
    finally:
        reader.close()
    return doc


class _Hook(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.selected: dict | None = None
        window.browser.study_selected.connect(self._select)

    def _select(self, study: dict) -> None:
        self.selected = study


def _send_active_series(window, panel: AnalysisPanel) -> None:
    loaded = window.loaded.get(window.active_index())
    if loaded is None:
        panel.status.setText("open a series in a viewport first")
        panel.show()
        return
    panel.send_study({"study_uid": loaded.study_uid}, loaded.series_uid)


def install(window) -> AnalysisPanel:
    """Adds the Analysis dock, the alert bar and 'Study → Send for analysis…'."""
    panel = AnalysisPanel(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.hide()
    bar = AlertBar(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    hook = _Hook(window)
    panel.finished.connect(lambda doc: bar.add(doc["alerts"]))
    for signal in (panel.open_requested, bar.open_requested):
        signal.connect(lambda uid: uid and window.open_study_uid(uid))
    action = QAction("Send for analysis…", window)
    action.setObjectName("send_for_analysis")
    action.triggered.connect(lambda: panel.send_study(hook.selected or window.current_study))
    series_action = QAction("Send the active viewport's series for analysis…", window)
    series_action.setObjectName("send_series_for_analysis")
    series_action.triggered.connect(lambda: _send_active_series(window, panel))
    for menu_action in window.menuBar().actions():
        if menu_action.text() == "&Study":
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(action)
            menu_action.menu().addAction(series_action)
    window.analysis_panel, window.alert_bar, window.analysis_action = panel, bar, action
    window.analysis_series_action = series_action
    return panel


__all__ = ["AlertBar", "AnalysisPanel", "install", "study_items"]
