"""The workstation main window: study list, patient timeline, series thumbnails,
viewports, diagnosis panel and a status bar with transfer progress.

A Qt view over the Qt-free ``ReadingSession`` (session.py: what is open, which
version and why, the shared image store, the load-with-fallback loop). Stages and
prior prefetch live in window_stages.py, the protocol commands in
window_protocols.py, the menus in window_menus.py, the thumbnails in thumbnails.py.

All network and decoding run in ``TaskRunner`` workers; the UI thread only builds
widgets and hands arriving pixels to the viewer's ``ImageStack``. Errors go to the
status line and the log, never to a dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QListWidgetItem, QMainWindow, QPlainTextEdit, QProgressBar,
    QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from radview.net import profiles
from radview.app.analysis_panel import install as install_analysis
from radview.app.diagnosis_panel import DiagnosisPanel
from radview.app.session import LoadedSeries, ReadingSession
from radview.app.settings_store import Settings, save_settings
from radview.net.sources import CacheSource, SearchFilters, Source, open_source
from radview.app.study_browser import (
    PatientTimeline, SeriesAnatomyMenu, StudyBrowser, correct_series_anatomy, format_date, format_name,
    study_anatomy,
)
from radview.app.thumbnails import ThumbnailList
from radview.app.window_menus import LAYOUTS, build_menus
from radview.app.window_protocols import ProtocolActions
from radview.app.window_series import SeriesLoading
from radview.app.window_stages import StageActions
from radview.app.workers import TaskRunner
from radview.errors import RadviewError
from radview.net.cache import Cache
from radview.viewer.layout import Layout

log = logging.getLogger("radview.workstation")
MB = 1024 * 1024
__all__ = ["LAYOUTS", "MainWindow"]


class _LogHandler(logging.Handler):
    """Mirror the workstation log into the Log dock (queued: any thread may log)."""

    def __init__(self, window: "MainWindow"):
        super().__init__(logging.INFO)
        self.window = window
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
            QTimer.singleShot(0, self.window, lambda: self.window.log_view.appendPlainText(text))
        except RuntimeError:
            pass  # window already gone


def hanging_plan(source: Source, study_uid: str, studies: list[dict]):
    """The hanging plan of a study with its priors, from instance headers (worker thread)."""
    from radview.protocols.hanging import load_library, plan_for_study
    from radview.protocols.hanging.sources import patient_display_sets

    metas: list[dict] = []
    for study in [s for s in studies if s["study_uid"] == study_uid] + \
            [s for s in studies if s["study_uid"] != study_uid][:8]:
        try:
            metas.extend(source.study_metas(study["study_uid"]).values())
        except RadviewError as exc:
            log.warning("prior %s not considered: %s", study["study_uid"], exc)
    return plan_for_study(patient_display_sets(metas, study_uid), study_uid,
                          load_library().protocols)


class MainWindow(SeriesLoading, StageActions, ProtocolActions, QMainWindow):
    def __init__(self, settings: Settings, *, cache: Cache | None = None,
                 settings_path: Path | None = None, extra_sources: list[Source] | None = None):
        super().__init__()
        self.settings = settings
        self.settings_path = settings_path
        self.cache = cache or Cache(settings.cache_path(), max_bytes=settings.cache_max_mb * MB)
        self.runner = TaskRunner(self)
        self.session = ReadingSession(settings.profile)
        self.sources: dict[str, Source] = {}
        self.local = CacheSource(self.cache)
        self.sources[self.local.name] = self.local
        for source in extra_sources or []:
            self.sources[source.name] = source
        self.current_plan = None  # hanging plan of the open study, when one applied
        self.hanging = None  # last plan computed for the open study (protocol or not)
        self.stage_cursor = None  # editing.StageCursor over current_plan's stages
        self._prefetch_task = None
        self._screen_layout: dict = {"rows": 1, "columns": 1}  # what the viewer shows now
        self._screen_stage = None  # StagePlan on screen (None after a manual layout)
        self.protocol_editor = None
        self.series_rows: list[dict] = []
        self.loaded: dict[int, LoadedSeries] = {}  # viewport index → series it shows
        self._displays: dict[int, dict] = {}  # viewport index → protocol display, until shown
        self.setWindowTitle("radview workstation")
        self.resize(1600, 1000)
        self._build_ui()
        self._log_handler = _LogHandler(self)
        log.addHandler(self._log_handler)
        log.setLevel(logging.INFO)
        self.refresh_sources()

    # the session's state, under the names the rest of the window (and its tests) use
    @property
    def current_study(self) -> dict | None:
        return self.session.study

    @property
    def current_source(self) -> Source | None:
        return self.session.source

    @current_source.setter
    def current_source(self, source: Source | None) -> None:
        self.session.source = source

    @property
    def prior_choices(self) -> dict:
        return self.session.prior_choices

    @property
    def link_rate_bps(self) -> float | None:
        return self.session.link_rate_bps

    # ------------------------------------------------------------------ UI
    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.browser = StudyBrowser()
        self.browser.search_requested.connect(self.search)
        self.browser.study_opened.connect(self.open_study)
        self.browser.source_changed.connect(self._source_changed)
        self.timeline = PatientTimeline()
        self.timeline.study_opened.connect(self.open_study)
        self.thumbs = ThumbnailList()
        self.thumbs.itemActivated.connect(self._thumb_activated)
        self.thumbs.itemClicked.connect(self._thumb_activated)
        self.anatomy_menu = SeriesAnatomyMenu(
            self.thumbs, lambda n: self.series_rows[n]
            if isinstance(n, int) and 0 <= n < len(self.series_rows) else None)
        self.anatomy_menu.anatomy_corrected.connect(self.correct_anatomy)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.browser)
        timeline_box = QWidget()
        tl = QVBoxLayout(timeline_box)
        tl.setContentsMargins(4, 0, 4, 0)
        tl.addWidget(QLabel("Patient timeline (priors)"))
        tl.addWidget(self.timeline)
        left.addWidget(timeline_box)
        thumbs_box = QWidget()
        th = QVBoxLayout(thumbs_box)
        th.setContentsMargins(4, 0, 4, 0)
        self.series_label = QLabel("Series")
        th.addWidget(self.series_label)
        th.addWidget(self.thumbs)
        left.addWidget(thumbs_box)
        left.setSizes([480, 200, 260])
        dock = QDockWidget("Studies", self)
        dock.setObjectName("studies_dock")
        dock.setWidget(left)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [470], Qt.Orientation.Horizontal)
        self.studies_dock = dock

        self.viewer = Layout(rows=1, cols=1)
        self.viewer.setObjectName("layout")
        self._wired: set[int] = set()
        self.viewer.layoutChanged.connect(self._wire_viewports)
        self._wire_viewports()
        self.setCentralWidget(self.viewer)

        self.diagnosis = DiagnosisPanel(self.runner)
        self.diagnosis.message.connect(self.show_message)
        self.diagnosis.failed.connect(self.show_error)
        self.diagnosis.annotations_provider = self._viewport_annotations
        ddock = QDockWidget("Diagnosis", self)
        ddock.setObjectName("diagnosis_dock")
        ddock.setWidget(self.diagnosis)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, ddock)

        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setObjectName("log")
        ldock = QDockWidget("Log", self)
        ldock.setObjectName("log_dock")
        ldock.setWidget(self.log_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, ldock)
        ldock.hide()
        self.log_dock = ldock

        self.status_label = QLabel("Ready")
        self.status_label.setObjectName("status")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel_transfers)
        self.cancel_button.hide()
        self.profile_label = QLabel("")
        self.profile_label.setObjectName("profile")
        self.hanging_label = QLabel("")
        self.hanging_label.setObjectName("hanging")
        self.hanging_label.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.hanging_label)
        bar.addPermanentWidget(self.profile_label)
        self.runner.started.connect(lambda _t: self._update_busy())
        self.runner.stopped.connect(lambda _t: self._update_busy())
        build_menus(self)
        install_analysis(self)  # Study → Send for analysis…, alert bar (analysis_panel.py)
        self._update_profile_label()


    # ------------------------------------------------------------------ status
    def show_message(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        log.info(text)

    def correct_anatomy(self, series_uid: str, labels: list, laterality) -> None:
        """A reader's anatomy correction: kept in the cache, sent to the server (worker)."""
        source = self.current_source
        self.runner.start(
            lambda ctx: correct_series_anatomy(self.cache, source, series_uid, list(labels), laterality),
            label="anatomy correction",
            on_result=lambda p: self.show_message("Anatomy corrected: " + (", ".join(p.labels) or "no anatomy")),
            on_error=self.show_error)

    def show_error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #e74c3c; font-weight: bold")
        self.status_label.setText(text)
        log.warning(text)

    def status_text(self) -> str:
        return self.status_label.text()

    def _update_busy(self) -> None:
        busy = bool(self.runner.active)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(f"{text}: {done}/{total}" if total else text)

    def cancel_transfers(self) -> None:
        self.runner.cancel_all()
        self.show_message("Transfers cancelled")


    def _update_profile_label(self) -> None:
        choice = self.version_choice()
        self.profile_label.setText(
            f"Profile: {self.settings.profile} · {choice.version} ({choice.reason})")
        self.diagnosis.set_notice(version=f"Shown in {choice.version}: {choice.reason}"
                                  if self.current_study is not None else "")
        self.profile_label.setToolTip(f"Role: {self.session.role}. The version follows the "
                                      "profile, your choice (Study menu) and what the server "
                                      "allows for the study's status and your role.")

    # ------------------------------------------------------------------ sources
    def refresh_sources(self) -> None:
        for connection in self.settings.connections:
            if connection.name not in self.sources:
                try:
                    self.sources[connection.name] = open_source(connection, self.cache)
                except RadviewError as exc:
                    self.show_error(f"{connection.name}: {exc}")
        names = list(self.sources)
        current = self.settings.active if self.settings.active in names else names[0]
        self.browser.set_sources(names, current)

    def add_source(self, source: Source, *, make_active: bool = True) -> None:
        self.sources[source.name] = source
        self.browser.set_sources(list(self.sources), source.name if make_active else
                                 self.browser.source_box.currentText())

    def active_source(self) -> Source:
        return self.sources.get(self.browser.source_box.currentText(), self.local)

    def _source_changed(self, name: str) -> None:
        if name and name != self.local.name:
            self.settings.active = name


    # ------------------------------------------------------------------ search
    def open_study_uid(self, study_uid: str | None) -> None:
        """List the active source's studies, then open this one (or the newest). A study
        this reader may not see yet (a referrer and an unread study) gives way to the same
        patient's newest study they may see, and the status line says so."""

        def then(studies: list[dict]) -> None:
            study, note = self.session.study_to_open(studies, study_uid, format_date)
            if study is None:
                self.show_error(note)
                return
            self.browser.select_study(study["study_uid"])
            self.open_study(study)
            if note:
                self.show_message(note)
                self.diagnosis.set_notice(why_this_study=note)  # stays while it is open

        self.search(SearchFilters(), then=then)

    def display_ready(self) -> bool:
        """Every viewport that has something to show shows it at its final level: its load
        and any refinement finished, and the image on screen is as fine as the screen
        needs (or the finest there is). A viewport that says why it is empty is done."""
        if self.current_study is None:
            return False
        if any(t.label in ("open study", "refine") for t in self.runner.active):
            return False
        shown = 0
        for n, vp in enumerate(self.viewer.viewports):
            loaded = self.loaded.get(n)
            if loaded is None or loaded.refused:
                continue
            if loaded.busy or loaded.pending_size or not vp.at_final_level():
                return False
            shown += 1
        return shown > 0

    def screen_levels(self) -> list[str]:
        """What each non-empty viewport shows now (its overlay's level line)."""
        out = []
        for vp in self.viewer.viewports:
            s = vp.current_slice()
            if s is not None:
                out.append(s.level.label() or "original")
        return out

    def _source_role(self, source: Source) -> str | None:
        """The reader's role on a source: what its server says (``role``, when the source
        knows it), else the connection's setting; None = the profile's role."""
        role = getattr(source, "role", None)
        if role:
            return str(role)
        connection = self.settings.connection(source.name) if source is not self.local else None
        return connection.role if connection is not None and connection.role else None

    def search(self, filters: SearchFilters | None = None, *, then=None) -> None:
        filters = filters or self.browser.filters()
        source = self.active_source()
        self.session.server_role = self._source_role(source)
        try:
            filters.validate()
        except RadviewError as exc:
            self.show_error(str(exc))
            return
        self.show_message(f"Searching {source.name}…")

        def done(result: tuple[list[dict], list[dict]]) -> None:
            # the rows a radview server withholds from this user (a referrer: unread
            # studies) are kept apart, to say how many and why one asked for is not shown
            studies = [*result[0], *({**s, "allowed_versions": []} for s in result[1])]
            listed = [s for s in studies if self.session.may_view(s)]
            self.browser.set_studies(listed)
            hidden = len(studies) - len(listed)
            self.show_message(f"{len(listed)} study(ies) found in {source.name}" + (
                f" ({hidden} unread, not released to role {self.session.role} yet)"
                if hidden else ""))
            if then is not None:
                then(studies)

        withheld = getattr(source, "search_withheld", None)
        self.runner.start(lambda ctx: withheld(filters) if withheld else (source.search(filters), []),
                          label="search",
                          on_result=done, on_error=self._search_failed(source))

    def _search_failed(self, source: Source):
        def failed(message: str) -> None:
            if source is not self.local:
                message += " — showing studies cached on this computer"
                self.browser.set_studies(self.local.search(self.browser.filters()))
            self.show_error(message)
        return failed

    # ------------------------------------------------------------------ open study
    def version_choice(self, study_uid: str | None = None) -> profiles.VersionChoice:
        """The version this study is asked in, and why (see ReadingSession)."""
        return self.session.version_choice(study_uid)

    def set_study_version(self, version: str) -> None:
        if self.current_study is None:
            self.show_error("Open a study first, then choose its version")
            self.version_actions["profile"].setChecked(True)
            return
        self.session.set_override(self.current_study["study_uid"], version)
        self._update_profile_label()
        self.open_study(self.current_study, source=self.current_source)

    def open_study(self, study: dict, *, source: Source | None = None) -> None:
        source = source or self.active_source()
        self.detach_viewports()
        self._cancel_prefetch()
        self.session.open(study, source)
        self.session.server_role = self._source_role(source)
        self.current_plan = self.hanging = self.stage_cursor = None
        self._update_hanging_label()
        uid = study["study_uid"]
        self.version_actions[self.session.override.get(uid, "profile")].setChecked(True)
        self._update_profile_label()
        self.setWindowTitle(f"radview — {format_name(study.get('patient_name'))} "
                            f"{format_date(study.get('study_date'))} {study.get('description') or ''}")
        self.show_message(f"Opening {study.get('description') or uid} from {source.name}…")
        self.thumbs.clear()
        self.diagnosis.set_study(study, source)

        def fetch(ctx):
            series = source.series(uid)
            try:
                priors = source.patient_studies(study.get("patient_id") or "")
            except RadviewError:
                priors = []
            if not any(p["study_uid"] == uid for p in priors):
                priors = [study, *priors]
            states = {}
            state_of = getattr(source, "state", None)
            for row in [study, *[p for p in priors if p["study_uid"] != uid][:8]]:
                if state_of is not None:
                    try:
                        states[row["study_uid"]] = state_of(row["study_uid"])
                    except RadviewError as exc:
                        log.warning("status of %s unknown: %s", row["study_uid"], exc)
            anatomy = study_anatomy(self.cache, source, priors, {uid: series})  # persisted
            hanging = None
            if hasattr(source, "study_metas"):  # instance headers at hand: hang by protocol
                try:
                    hanging = hanging_plan(source, uid, priors)
                except Exception as exc:  # hanging is an aid; the study still opens
                    log.warning("no hanging plan: %s", exc)
            return series, priors, anatomy, hanging, states

        def done(result) -> None:
            series, priors, anatomy, hanging, states = result
            if self.current_study is not study:
                return  # another study was opened meanwhile
            for study_uid, state in states.items():
                self.session.set_access(study_uid, state)
            self._update_profile_label()
            self.series_rows = [s for s in series if (s.get("instances") or 1) > 0]
            for row in self.series_rows:
                row.setdefault("anatomy_text", anatomy.get(row["series_uid"], ""))
            self.timeline.set_patient(priors, uid, anatomy)
            self._fill_thumbnails(source)
            self.hanging = hanging
            if hanging is not None:
                self.timeline.mark_relevant(
                    {e.study.study_uid: e.slot for e in hanging.priors if e.selected})
            if not self.series_rows:
                self.show_error("This study has no image series")
                return
            if hanging is not None and self.apply_hanging(hanging):
                return
            self._screen_stage = None
            for n, vp in enumerate(self.viewer.viewports):
                if n < len(self.series_rows):
                    self.load_series(n, self.series_rows[n])

        self.runner.start(fetch, label="open study", on_result=done, on_error=self.show_error)

    def _fill_thumbnails(self, source: Source) -> None:
        study = self.current_study
        self.thumbs.fill(self.series_rows, self.runner, source, study["study_uid"],
                         still_open=lambda: self.current_study is study)

    def _viewport_annotations(self) -> list[dict]:
        from radview.app.diagnosis_panel import annotation_to_json

        vp = self.viewer.active_viewport
        if vp is None or vp.stack is None:
            return []
        out = []
        for ann in vp.annotations:
            sop = vp.stack[ann.slice_index].meta.get("SOPInstanceUID") \
                if 0 <= ann.slice_index < len(vp.stack) else None
            out.append(annotation_to_json(ann, sop))
        return out

    def _wire_viewports(self) -> None:
        for vp in self.viewer.viewports:
            if id(vp) not in self._wired:
                self._wired.add(id(vp))
                vp.displaySizeNeeded.connect(lambda w, h, v=vp: self._display_size_needed(v, w, h))

    def active_index(self) -> int:
        vp = self.viewer.active_viewport
        return self.viewer.viewports.index(vp) if vp in self.viewer.viewports else 0


    def _thumb_activated(self, item: QListWidgetItem) -> None:
        n = item.data(Qt.ItemDataRole.UserRole)
        if n is not None and 0 <= n < len(self.series_rows):
            self.load_series(self.active_index(), self.series_rows[n])


    # ------------------------------------------------------------------ actions
    def set_layout(self, rows: int, cols: int) -> None:
        self.viewer.set_grid(rows, cols)
        self._screen_layout, self._screen_stage = {"rows": rows, "columns": cols}, None
        for vp in self.viewer.viewports:
            vp.set_empty_text("")
        for n in list(self.loaded):
            if n >= len(self.viewer.viewports):
                self.loaded.pop(n)  # its images stay in the session's store
        if self.current_study is not None:
            for n in range(len(self.viewer.viewports)):
                if n not in self.loaded and n < len(self.series_rows):
                    self.load_series(n, self.series_rows[n])

    def import_paths(self, paths: list[str]) -> None:
        from radview.net.local_import import import_paths

        def run(ctx):
            return import_paths(self.cache, paths, progress=lambda d, t: ctx.progress(d, t, "import"),
                                cancel=ctx.cancelled)

        def done(report) -> None:
            (self.show_error if report.conflicts else self.show_message)(report.describe())
            self.browser.set_sources(list(self.sources), self.local.name)
            self.search(SearchFilters())

        self.runner.start(run, label="import", on_result=done, on_error=self.show_error,
                          on_progress=self._on_progress)

    def _import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of DICOM files")
        if folder:
            self.import_paths([folder])

    def _import_dicomdir_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import DICOMDIR", "", "DICOMDIR (DICOMDIR*);;All (*)")
        if path:
            self.import_paths([path])

    def open_settings(self) -> None:
        from radview.app.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, runner=self.runner)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings, self.settings_path)
        except (OSError, RadviewError) as exc:
            self.show_error(f"settings not saved: {exc}")
        for name in [n for n in self.sources if n != self.local.name]:
            if settings.connection(name) is None:
                self.sources.pop(name).close()
        self.session.set_profile(settings.profile)
        self.refresh_sources()
        self._update_profile_label()
        self.show_message(f"Settings saved; profile {settings.profile}")

    def closeEvent(self, event) -> None:
        self.session.store.clear()  # cancels the loads still running for this study
        self.runner.shutdown(3000)
        log.removeHandler(self._log_handler)
        for source in self.sources.values():
            try:
                source.close()
            except Exception:
                pass
        super().closeEvent(event)
