"""The workstation main window: study list, patient timeline, series thumbnails,
viewports, diagnosis panel and a status bar with transfer progress.

All network and decoding run in ``TaskRunner`` workers; the UI thread only builds
widgets and hands arriving pixels to the viewer's ``ImageStack``. Errors go to the
status line and the log, never to a dialog.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QPlainTextEdit, QProgressBar, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from radview.net import profiles
from radview.app.settings_store import Settings, save_settings
from radview.net.sources import CacheSource, ImageUpdate, SearchFilters, Source, open_source
from radview.app.study_browser import (
    PatientTimeline, SeriesAnatomyMenu, StudyBrowser, correct_series_anatomy, format_date, format_name,
    study_anatomy,
)
from radview.app.workers import TaskRunner
from radview.errors import RadviewError, UsageError
from radview.net.cache import Cache
from radview.viewer.model import ImageStack, LevelInfo
from radview.viewer.layout import Layout
from radview.viewer.viewport import Viewport

log = logging.getLogger("radview.workstation")
MB = 1024 * 1024
LAYOUTS = {"1×1": (1, 1), "1×2": (1, 2), "2×1": (2, 1), "2×2": (2, 2), "2×3": (2, 3), "3×3": (3, 3), "4×4": (4, 4)}
THUMB = 96


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


@dataclass
class LoadedSeries:
    """A series shown (or loading) in a viewport."""

    study_uid: str
    series_uid: str
    source: Source
    stack: ImageStack | None = None
    levels: dict[str, int] = field(default_factory=dict)  # sop → level on hand
    task: Any = None
    started: float = field(default_factory=time.monotonic)
    first_image_s: float | None = None
    pending_size: tuple[int, int] | None = None  # a zoom while loading: refine afterwards
    choice: Any = None  # version in use (a prior may fall back to one the server allows)


def prior_version_choice(version: str, protocol_name: str) -> profiles.VersionChoice:
    """The version a protocol asks for its priors (``priors.version``: a usage such as
    ``comparison`` — the default — or a version name) as a VersionChoice."""
    name = version if version in profiles.VERSIONS else None
    if name is None:
        try:
            name = profiles.version_for_usage(version)
        except UsageError:
            log.warning("protocol %r asks priors in unknown version %r; using V3 (comparison)",
                        protocol_name, version)
            name = "V3"
    return profiles.VersionChoice(name, profiles.VERSION_QUALITY[name],
                                  profiles.VERSION_USAGE[name],
                                  f"prior, as protocol '{protocol_name}' asks")


def fallback_choice(wanted: profiles.VersionChoice,
                    allowed: list[str]) -> profiles.VersionChoice | None:
    """The allowed version nearest to the refused one (ties: the better quality)."""
    order = list(profiles.VERSIONS)
    known = [v for v in allowed if v in order and v != wanted.version]
    if not known or wanted.version not in order:
        return None
    at = order.index(wanted.version)
    best = min(known, key=lambda v: (abs(order.index(v) - at), order.index(v)))
    return profiles.VersionChoice(best, profiles.VERSION_QUALITY[best], profiles.VERSION_USAGE[best],
                                  f"prior: {wanted.version} not allowed by the server, {best} is")


def _not_allowed_error():
    try:
        from radview.net.radview_client import NotAllowedError
    except ImportError:  # pragma: no cover - the radview client ships with the package
        return ()
    return NotAllowedError


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


def _thumbnail_image(update: ImageUpdate) -> QImage:
    from radview.viewer import pipeline

    pixels = update.pixels
    if pixels.ndim == 3 and pixels.shape[-1] not in (3, 4):
        pixels = pixels[len(pixels) // 2]  # multi-frame: middle frame
    rendered = np.ascontiguousarray(pipeline.render(update.meta, pixels))
    step = max(1, max(rendered.shape[:2]) // THUMB)
    rendered = np.ascontiguousarray(rendered[::step, ::step])
    h, w = rendered.shape[:2]
    if rendered.ndim == 2:
        return QImage(rendered.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QImage(rendered.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, cache: Cache | None = None,
                 settings_path: Path | None = None, extra_sources: list[Source] | None = None):
        super().__init__()
        self.settings = settings
        self.settings_path = settings_path
        self.cache = cache or Cache(settings.cache_path(), max_bytes=settings.cache_max_mb * MB)
        self.runner = TaskRunner(self)
        self.sources: dict[str, Source] = {}
        self.local = CacheSource(self.cache)
        self.sources[self.local.name] = self.local
        for source in extra_sources or []:
            self.sources[source.name] = source
        self.link_rate_bps: float | None = None
        self.override: dict[str, str] = {}  # study_uid → version chosen by the user
        self.current_study: dict | None = None
        self.current_plan = None  # hanging plan of the open study, when one applied
        self.hanging = None  # last plan computed for the open study (protocol or not)
        self.stage_cursor = None  # editing.StageCursor over current_plan's stages
        self.prior_choices: dict[str, profiles.VersionChoice] = {}  # prior study → version
        self._prior_labels: dict[str, str] = {}  # prior study → "prior 1 (2025-11-09)"
        self._prefetch_task = None
        self._prefetched: set[tuple[str, str, str]] = set()  # (study, series, version) fetched
        self._screen_layout: dict = {"rows": 1, "columns": 1}  # what the viewer shows now
        self._screen_stage = None  # StagePlan on screen (None after a manual layout)
        self.protocol_editor = None
        self.current_source: Source | None = None
        self.series_rows: list[dict] = []
        self.loaded: dict[int, LoadedSeries] = {}  # viewport index → series
        self.setWindowTitle("radview workstation")
        self.resize(1600, 1000)
        self._build_ui()
        self._log_handler = _LogHandler(self)
        log.addHandler(self._log_handler)
        log.setLevel(logging.INFO)
        self.refresh_sources()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.browser = StudyBrowser()
        self.browser.search_requested.connect(self.search)
        self.browser.study_opened.connect(self.open_study)
        self.browser.source_changed.connect(self._source_changed)
        self.timeline = PatientTimeline()
        self.timeline.study_opened.connect(self.open_study)
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("thumbnails")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setWordWrap(True)
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

        self.diagnosis = None
        try:
            from radview.app.diagnosis_panel import DiagnosisPanel
        except ImportError:
            DiagnosisPanel = None
        if DiagnosisPanel is not None:
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
        self._build_menus()
        self._update_profile_label()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        for text, slot, key in (
            ("Import folder…", self._import_folder_dialog, "Ctrl+I"),
            ("Import DICOMDIR…", self._import_dicomdir_dialog, None),
            ("Settings…", self.open_settings, "Ctrl+,"),
            ("Quit", self.close, QKeySequence.StandardKey.Quit),
        ):
            action = QAction(text, self)
            if key:
                action.setShortcut(key)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        study_menu = self.menuBar().addMenu("&Study")
        self.version_group = QActionGroup(self)
        self.version_actions: dict[str, QAction] = {}
        for version in ("profile", *profiles.VERSIONS):
            text = ("Profile default" if version == "profile" else
                    f"{version} — {profiles.VERSION_USAGE[version]}, quality "
                    f"{profiles.VERSION_QUALITY[version]} %")
            action = QAction(text, self, checkable=True)
            action.setChecked(version == "profile")
            action.triggered.connect(lambda _=False, v=version: self.set_study_version(v))
            self.version_group.addAction(action)
            self.version_actions[version] = action
            study_menu.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        for name, (rows, cols) in LAYOUTS.items():
            action = QAction(f"Layout {name}", self)
            action.triggered.connect(lambda _=False, r=rows, c=cols: self.set_layout(r, c))
            view_menu.addAction(action)
        view_menu.addAction(self.log_dock.toggleViewAction())

        from radview.app.protocol_editor import (
            NEXT_STAGE_KEYS, PREVIOUS_STAGE_KEYS, install_stage_shortcuts,
        )

        hanging_menu = self.menuBar().addMenu("&Hanging")
        hanging_menu.setObjectName("hanging_menu")
        self.hanging_menu = hanging_menu
        self.hanging_actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("next_stage", f"Next stage\t{' / '.join(NEXT_STAGE_KEYS)}", self.next_stage),
            ("previous_stage", f"Previous stage\t{' / '.join(PREVIOUS_STAGE_KEYS)}",
             self.previous_stage),
            (None, None, None),
            ("editor", "Protocol editor…", self.open_protocol_editor),
            ("save_screen", "Save this screen as a protocol…", self.save_screen_dialog),
            (None, None, None),
            ("import", "Import protocols (JSON or DICOM)…", self._import_protocols_dialog),
            ("export", "Export a protocol (JSON or DICOM)…", self._export_protocol_dialog),
        ):
            if key is None:
                hanging_menu.addSeparator()
                continue
            action = QAction(text, self)
            action.setObjectName(f"hanging_{key}")
            action.triggered.connect(lambda _=False, f=slot: f())
            hanging_menu.addAction(action)
            self.hanging_actions[key] = action
        # The stage keys are window-wide shortcuts (text fields keep their own "." "," and
        # Ctrl+arrows); the menu only shows them, so they are never registered twice.
        self.stage_shortcuts = install_stage_shortcuts(self, self.next_stage, self.previous_stage)

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
        """List the active source's studies, then open this one (or the newest)."""

        def then(studies: list[dict]) -> None:
            match = [s for s in studies if s["study_uid"] == study_uid] or studies[:1]
            if not match:
                self.show_error("no studies on this source yet")
                return
            self.browser.select_study(match[0]["study_uid"])
            self.open_study(match[0])

        self.search(SearchFilters(), then=then)

    def display_ready(self) -> bool:
        """The first viewport shows its image at the level the screen needs."""
        vp = self.viewer.viewports[0]
        loaded = self.loaded.get(0)
        current = vp.current_slice()
        if loaded is None or current is None or current.pixels is None:
            return False
        busy = loaded.task is not None and not loaded.task.done.is_set()
        return not busy and not any(t.label == "refine" for t in self.runner.active)

    def search(self, filters: SearchFilters | None = None, *, then=None) -> None:
        filters = filters or self.browser.filters()
        source = self.active_source()
        try:
            filters.validate()
        except RadviewError as exc:
            self.show_error(str(exc))
            return
        self.show_message(f"Searching {source.name}…")

        def done(studies: list[dict]) -> None:
            self.browser.set_studies(studies)
            self.show_message(f"{len(studies)} study(ies) found in {source.name}")
            if then is not None:
                then(studies)

        self.runner.start(lambda ctx: source.search(filters), label="search",
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
        """The user's choice for this study, else (a prior of the hung plan) the protocol's
        prior version, else the profile's default."""
        uid = study_uid or (self.current_study or {}).get("study_uid")
        override = self.override.get(uid or "")
        if override is None and uid in self.prior_choices:
            return self.prior_choices[uid]
        return profiles.choose(self.settings.profile, link_rate_bps=self.link_rate_bps,
                               version=override)

    def set_study_version(self, version: str) -> None:
        if self.current_study is None:
            self.show_error("Open a study first, then choose its version")
            self.version_actions["profile"].setChecked(True)
            return
        uid = self.current_study["study_uid"]
        if version == "profile":
            self.override.pop(uid, None)
        else:
            self.override[uid] = version
        self._update_profile_label()
        self.open_study(self.current_study, source=self.current_source)

    def open_study(self, study: dict, *, source: Source | None = None) -> None:
        source = source or self.active_source()
        self.cancel_loads()
        self._cancel_prefetch()
        self.current_study, self.current_source = study, source
        self.current_plan = self.hanging = self.stage_cursor = None
        self.prior_choices, self._prior_labels = {}, {}
        self._update_hanging_label()
        uid = study["study_uid"]
        self.version_actions[self.override.get(uid, "profile")].setChecked(True)
        self._update_profile_label()
        self.setWindowTitle(f"radview — {format_name(study.get('patient_name'))} "
                            f"{format_date(study.get('study_date'))} {study.get('description') or ''}")
        self.show_message(f"Opening {study.get('description') or uid} from {source.name}…")
        self.thumbs.clear()
        if self.diagnosis is not None:
            self.diagnosis.set_study(study, source)

        def fetch(ctx):
            series = source.series(uid)
            try:
                priors = source.patient_studies(study.get("patient_id") or "")
            except RadviewError:
                priors = []
            if not any(p["study_uid"] == uid for p in priors):
                priors = [study, *priors]
            anatomy = study_anatomy(self.cache, source, priors, {uid: series})  # persisted
            hanging = None
            if hasattr(source, "study_metas"):  # instance headers at hand: hang by protocol
                try:
                    hanging = hanging_plan(source, uid, priors)
                except Exception as exc:  # hanging is an aid; the study still opens
                    log.warning("no hanging plan: %s", exc)
            return series, priors, anatomy, hanging

        def done(result) -> None:
            series, priors, anatomy, hanging = result
            if self.current_study is not study:
                return  # another study was opened meanwhile
            self.series_rows = [s for s in series if (s.get("instances") or 1) > 0]
            for row in self.series_rows:
                row.setdefault("anatomy_text", anatomy.get(row["series_uid"], ""))
            self.timeline.set_patient(priors, uid, anatomy)
            self._fill_thumbnails(source)
            self.hanging = hanging
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
        study_uid = self.current_study["study_uid"]
        for n, series in enumerate(self.series_rows):
            text = f"{series.get('modality') or ''} {series.get('number') or ''}\n" \
                   f"{(series.get('description') or '')[:24]}"
            if series.get("instances"):
                text += f"\n{series['instances']} img"
            if series.get("anatomy_text"):
                text += f"\n{series['anatomy_text']}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, n)
            pix = QPixmap(THUMB, THUMB)
            pix.fill(Qt.GlobalColor.black)
            item.setIcon(QIcon(pix))
            self.thumbs.addItem(item)

            def make(ctx, series_uid=series["series_uid"]):
                return source.thumbnail(study_uid, series_uid)

            def done(update, item=item):
                if update is not None and self.thumbs.row(item) >= 0:
                    try:
                        item.setIcon(QIcon(QPixmap.fromImage(_thumbnail_image(update))))
                    except Exception as exc:  # a thumbnail is never worth a failure
                        log.warning("thumbnail: %s", exc)

            self.runner.start(make, label="thumbnail", on_result=done,
                              on_error=lambda msg: log.warning("thumbnail: %s", msg))

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

    def apply_hanging(self, plan) -> bool:
        """Hang a plan: stage 1's viewports, their series (current and priors, the priors
        in the protocol's version), display settings and synchronisation; then fetch the
        plan's priors in the background. False when stage 1 has nothing to show."""
        if plan.protocol is None or not plan.stages:
            return False
        if not any(v.filled for v in plan.stages[0].viewports):
            return False
        from radview.protocols.hanging.editing import StageCursor

        self.current_plan = plan
        self.stage_cursor = StageCursor(len(plan.stages))
        self.prior_choices, self._prior_labels = {}, {}
        for entry in plan.priors:
            if entry.selected:
                uid = entry.study.study_uid
                self.prior_choices[uid] = prior_version_choice(plan.protocol.priors.version,
                                                               plan.protocol.name)
                self._prior_labels[uid] = f"prior {entry.slot} ({entry.study.date_iso or 'undated'})"
        if not self.apply_stage(0):
            self.current_plan = self.stage_cursor = None
            self.prior_choices, self._prior_labels = {}, {}
            self._update_hanging_label()
            return False
        filled = [v for v in plan.stages[0].viewports if v.filled]
        self.show_message(f"Hanging protocol '{plan.protocol.name}': "
                          f"{len(filled)} viewport(s), {len(plan.priors)} prior(s) considered")
        self._prefetch_priors(plan)
        return True

    def apply_stage(self, index: int) -> bool:
        """Lay out stage ``index`` of the current plan (empty viewports say why)."""
        plan = self.current_plan
        if plan is None or not 0 <= index < len(plan.stages):
            return False
        stage = plan.stages[index]
        self.cancel_loads()
        self.viewer.unlink_all()
        try:
            self.viewer.set_rects([tuple(v.box) for v in stage.viewports])
        except UsageError as exc:
            self.show_error(f"stage {index + 1} of '{plan.protocol.name}' cannot be shown: {exc}")
            return False
        self._wire_viewports()
        if self.stage_cursor is not None:
            self.stage_cursor.index = index
        self._screen_layout, self._screen_stage = dict(stage.layout), stage
        for n, v in enumerate(stage.viewports):
            vp = self.viewer.viewports[n]
            vp.set_stack(None)
            if v.series is None:
                vp.set_empty_text(f"No matching series: {v.reason}")
                continue
            vp.set_empty_text("")
            self.load_series(n, {"series_uid": v.series.series_uid, "study_uid": v.study_uid,
                                 "description": v.series.description,
                                 "modality": v.series.modality, "number": v.series.number},
                             display=v.display)
        for group in stage.sync_groups:
            members = [self.viewer.viewports[n] for n, v in enumerate(stage.viewports)
                       if group.get("name") in v.sync and v.series is not None]
            links = set(group.get("link") or ())
            if len(members) > 1:
                if "scroll" in links:
                    self.viewer.link_scroll(members)
                if "window" in links:
                    self.viewer.link_window(members)
                if "zoom" in links:
                    self.viewer.link_zoom(members)
                if "pan" in links:
                    self.viewer.link_pan(members)
        self._update_hanging_label()
        return True

    def next_stage(self) -> None:
        self._step_stage(+1)

    def previous_stage(self) -> None:
        self._step_stage(-1)

    def _step_stage(self, step: int) -> None:
        if self.current_plan is None or self.stage_cursor is None:
            self.show_message("No hanging protocol is applied to this study: no stages to step through")
            return
        if self.stage_cursor.count < 2:
            self.show_message(f"'{self.current_plan.protocol.name}' has a single stage")
            self._update_hanging_label()
            return
        index = self.stage_cursor.next() if step > 0 else self.stage_cursor.previous()
        if self.apply_stage(index):
            stage = self.current_plan.stages[index]
            empty = sum(1 for v in stage.viewports if not v.filled)
            self.show_message(f"Stage {index + 1}/{self.stage_cursor.count}"
                              + (f" ({stage.name})" if stage.name else "")
                              + (f": {empty} viewport(s) without a matching series" if empty else ""))

    def stage_text(self) -> str:
        """"CT chest + prior · stage 1/2 · axial: current | prior" (empty without a plan)."""
        plan, cursor = self.current_plan, self.stage_cursor
        if plan is None or cursor is None:
            return ""
        name = plan.stages[cursor.index].name
        return f"{plan.protocol.name} · stage {cursor.index + 1}/{cursor.count}" + \
            (f" · {name}" if name else "")

    def _update_hanging_label(self) -> None:
        text = self.stage_text()
        self.hanging_label.setText(text)
        self.hanging_label.setVisible(bool(text))

    def _apply_display(self, vp: Viewport, display: dict | None) -> None:
        """The protocol's display: from a clean view (a reused viewport keeps nothing of
        the previous stage), window, invert, flips, rotation, then zoom."""
        if not display:
            return
        try:
            vp.reset_view()
            window = display.get("window") or {}
            if window.get("center") is not None and window.get("width"):
                vp.set_window(float(window["center"]), float(window["width"]))
            if display.get("invert"):
                vp.set_invert(True)
            if display.get("flip_horizontal"):
                vp.flip(horizontal=True)
            if display.get("flip_vertical"):
                vp.flip(horizontal=False)
            if display.get("rotate"):
                vp.rotate(int(display["rotate"]))
            zoom = display.get("zoom", "fit")
            if zoom == "true_size":
                if not vp.true_size():
                    log.info("true size needs Pixel Spacing and a known screen: shown to fit")
            elif isinstance(zoom, (int, float)) and not isinstance(zoom, bool):
                vp.set_zoom(float(zoom))  # device pixels per image pixel (1 = actual size)
        except (RadviewError, TypeError, ValueError) as exc:
            log.warning("display settings not applied: %s", exc)

    # ------------------------------------------------------------------ priors
    def _cancel_prefetch(self) -> None:
        if self._prefetch_task is not None:
            self._prefetch_task.cancel()
            self._prefetch_task = None

    def _prefetch_priors(self, plan) -> None:
        """Fetch the priors the plan chose (``plan.fetch_list()``) in the protocol's version,
        every series, the later stages' series first, so that stepping stages or opening
        a prior is immediate. A refused version falls back to one the server allows."""
        source = self.current_source
        wanted = [e for e in plan.fetch_list() if e["study_uid"] in self.prior_choices]
        if not wanted or source is None or not hasattr(source, "study_metas"):
            return
        later = [v.series.series_uid for st in plan.stages[1:] for v in st.viewports if v.filled]
        busy = {(l.study_uid, l.series_uid) for l in self.loaded.values()}
        jobs = [(e["study_uid"], self.prior_choices[e["study_uid"]]) for e in wanted]
        labels = dict(self._prior_labels)
        vp = self.viewer.viewports[0]
        from radview.net.progressive import Viewport as PlanViewport

        size = PlanViewport(max(vp.width() * vp.devicePixelRatioF(), 64),
                            max(vp.height() * vp.devicePixelRatioF(), 64))
        done_before = set(self._prefetched)
        not_allowed = _not_allowed_error()

        def run(ctx):
            fetched = []
            for study_uid, choice in jobs:
                metas = source.study_metas(study_uid)
                order: dict[str, tuple] = {}
                for m in metas.values():
                    uid = str(m.get("SeriesInstanceUID") or "")
                    number = m.get("SeriesNumber")
                    order.setdefault(uid, (uid not in later,
                                           int(number) if str(number or "").isdigit() else 1 << 30, uid))
                series = [u for u in sorted(order, key=order.get)
                          if u and (study_uid, u) not in busy]
                count, refused_here = 0, False
                for n, series_uid in enumerate(series):
                    if ctx.cancelled():
                        return fetched
                    ctx.progress(n, len(series), f"{labels.get(study_uid, 'prior')} {choice.version}")
                    if (study_uid, series_uid, choice.version) in done_before:
                        count += 1
                        continue
                    while not refused_here:
                        try:
                            source.load_series(study_uid, series_uid, choice=choice, viewport=size,
                                               on_header=lambda _m: None, on_image=lambda _u: None,
                                               cancel=ctx.cancelled)
                            count += 1
                            ctx.emit(("fetched", study_uid, series_uid, choice.version))
                            break
                        except not_allowed as exc:
                            nxt = fallback_choice(choice, exc.allowed_versions)
                            if nxt is None:  # no version at all for this prior (e.g. a referrer)
                                ctx.emit(("refused", study_uid, choice, str(exc)))
                                refused_here = True
                            else:
                                ctx.emit(("fallback", study_uid, nxt, str(exc)))
                                choice = nxt
                    if refused_here:
                        break
                fetched.append((study_uid, count, choice.version))
            return fetched

        refused: set[str] = set()

        def item(event) -> None:
            kind, study_uid = event[0], event[1]
            label = labels.get(study_uid, "prior")
            if kind == "fallback":
                self._prior_fallback(study_uid, event[2], event[3])
            elif kind == "refused" and study_uid not in refused:
                refused.add(study_uid)
                self.show_error(f"{label.capitalize()} not fetched: {event[3]}")
            elif kind == "fetched":
                self._prefetched.add((study_uid, event[2], event[3]))

        def finished(fetched) -> None:
            if self._prefetch_task is task:
                self._prefetch_task = None
            parts = [f"{labels.get(uid, 'prior')}: {count} series in {version}"
                     for uid, count, version in fetched if uid not in refused and count]
            if parts:
                log.info("priors fetched — %s", "; ".join(parts))

        task = self.runner.start(run, label="prefetch priors", on_item=item, on_result=finished,
                                 on_error=lambda msg: self.show_error(f"priors not fetched: {msg}"),
                                 on_progress=self._on_progress)
        self._prefetch_task = task

    def _prior_fallback(self, study_uid: str, choice: profiles.VersionChoice, why: str) -> None:
        """The server refused the prior's version: use the allowed one from now on, say so."""
        old = self.prior_choices.get(study_uid)
        if old is not None and old.version == choice.version:
            return  # already known (the prefetch and a viewport both heard it)
        self.prior_choices[study_uid] = choice
        label = self._prior_labels.get(study_uid, "prior")
        self.show_message(f"{label.capitalize()}: {why.removeprefix('server: ')} — "
                          f"shown in {choice.version} instead")

    def _thumb_activated(self, item: QListWidgetItem) -> None:
        n = item.data(Qt.ItemDataRole.UserRole)
        if n is not None and 0 <= n < len(self.series_rows):
            self.load_series(self.active_index(), self.series_rows[n])

    # ------------------------------------------------------------------ series
    def cancel_loads(self) -> None:
        for loaded in self.loaded.values():
            if loaded.task is not None:
                loaded.task.cancel()
        self.loaded.clear()

    def load_series(self, viewport_index: int, series: dict, *, display: dict | None = None) -> None:
        source = self.current_source or self.local
        old = self.loaded.get(viewport_index)
        if old is not None and old.task is not None:
            old.task.cancel()
        vp = self.viewer.viewports[viewport_index]
        loaded = LoadedSeries(series["study_uid"], series["series_uid"], source)
        self.loaded[viewport_index] = loaded
        choice = loaded.choice = self.version_choice(series["study_uid"])
        # A prior in the protocol's version may fall back to a version the server allows;
        # the current study (the profile's or the user's version) shows the refusal as is.
        may_fall_back = series["study_uid"] in self.prior_choices and \
            series["study_uid"] not in self.override
        not_allowed = _not_allowed_error() if may_fall_back else ()
        width, height = vp.width() * vp.devicePixelRatioF(), vp.height() * vp.devicePixelRatioF()
        from radview.net.progressive import Viewport as PlanViewport

        plan_viewport = PlanViewport(max(width, 64), max(height, 64))

        def run(ctx):
            wanted, header_sent = choice, []

            def on_header(metas) -> None:
                if not header_sent:  # a fallback keeps the stack the first try laid out
                    header_sent.append(True)
                    ctx.emit(("header", metas))

            while True:
                try:
                    return source.load_series(
                        loaded.study_uid, loaded.series_uid, choice=wanted, viewport=plan_viewport,
                        on_header=on_header,
                        on_image=lambda update: ctx.emit(("image", update)),
                        progress=lambda done, total: ctx.progress(done, total, "images"),
                        cancel=ctx.cancelled)
                except not_allowed as exc:
                    nxt = fallback_choice(wanted, exc.allowed_versions)
                    if nxt is None:
                        ctx.emit(("refused", str(exc)))
                        return None
                    ctx.emit(("fallback", (nxt, str(exc))))
                    wanted = nxt

        def item(event) -> None:
            if self.loaded.get(viewport_index) is not loaded:
                return  # replaced meanwhile
            kind, payload = event
            if kind == "fallback":
                loaded.choice = payload[0]
                self._prior_fallback(loaded.study_uid, *payload)
            elif kind == "refused":
                label = self._prior_labels.get(loaded.study_uid, "prior")
                vp.set_stack(None)
                vp.set_empty_text(f"{label.capitalize()} not shown: {payload}")
                loaded.stack = None
                self.show_error(f"{label.capitalize()} not shown: {payload}")
            elif kind == "header":
                try:
                    loaded.stack = ImageStack.from_datasets(
                        payload, load_pixels=False,
                        title=series.get("description") or series["series_uid"])
                except RadviewError as exc:
                    self.show_error(f"cannot show series: {exc}")
                    return
                vp.set_stack(loaded.stack, index=len(loaded.stack) // 2
                             if (series.get("modality") or "") in ("CT", "MR", "PT", "NM") else 0)
                self._apply_display(vp, display)
            elif kind == "image" and loaded.stack is not None:
                self._apply_update(loaded, payload)

        def done(count) -> None:
            if count is None:
                return  # refused: said in the viewport and the status line
            meter = getattr(source, "link", None)
            if meter is not None and meter.estimate().rate_bps:
                self.link_rate_bps = meter.estimate().rate_bps
                self._update_profile_label()
            if self.loaded.get(viewport_index) is loaded and loaded.pending_size:
                size, loaded.pending_size = loaded.pending_size, None
                QTimer.singleShot(0, lambda: self._display_size_needed(vp, *size))
            if self.loaded.get(viewport_index) is loaded:
                first = f"first image {loaded.first_image_s:.2f} s, " if loaded.first_image_s else ""
                used = loaded.choice or choice
                self.show_message(f"{series.get('description') or 'series'}: {count} image(s) "
                                  f"({first}{used.version} {used.reason})")

        loaded.task = self.runner.start(run, label=f"series {series.get('number') or ''}",
                                        on_item=item, on_result=done, on_error=self.show_error,
                                        on_progress=self._on_progress)

    def _apply_update(self, loaded: LoadedSeries, update: ImageUpdate) -> None:
        stack = loaded.stack
        level = LevelInfo(level=update.level or 0, levels=update.levels or 1,
                          version=update.version,
                          quality=f"q {update.quality} %" if update.version != "original" else
                          ("lossy original" if update.lossy else "lossless"),
                          lossy=update.lossy)
        pixels = update.pixels
        first = stack.index_of(update.sop_uid, 0)
        if first is None:
            return
        frames = [i for i in range(len(stack)) if stack[i].meta.get("SOPInstanceUID") == update.sop_uid]
        try:
            if update.level is not None and len(frames) > 1:  # one progressive frame
                target = stack.index_of(update.sop_uid, update.frame)
                if target is not None:
                    stack.set_pixels(target, pixels, level)
            elif len(frames) > 1 and pixels.ndim >= 3 and pixels.shape[0] == len(frames):
                for f in range(len(frames)):
                    stack.set_pixels(stack.index_of(update.sop_uid, f), pixels[f], level)
            else:
                stack.set_pixels(first, pixels, level)
        except RadviewError as exc:
            self.show_error(f"image {update.sop_uid}: {exc}")
            return
        loaded.levels[update.sop_uid] = update.level if update.level is not None else -1
        if loaded.first_image_s is None:
            loaded.first_image_s = time.monotonic() - loaded.started

    def _display_size_needed(self, vp: Viewport, width: int, height: int) -> None:
        if vp not in self.viewer.viewports:
            return
        index = self.viewer.viewports.index(vp)
        loaded = self.loaded.get(index)
        refine = getattr(loaded.source, "refine", None) if loaded else None
        if loaded is None or loaded.stack is None or refine is None:
            return
        if loaded.task is not None and not loaded.task.done.is_set():
            loaded.pending_size = (width, height)  # the load in progress may already cover it
            return
        choice = loaded.choice or self.version_choice(loaded.study_uid)
        slices = [vp.index] + [i for i in range(len(loaded.stack)) if i != vp.index]
        sops = []
        for i in slices:
            sop = loaded.stack[i].meta.get("SOPInstanceUID")
            if sop and sop not in sops:
                sops.append(sop)

        def run(ctx):
            return refine(loaded.series_uid, sops, max(width, height), choice=choice,
                          on_image=lambda update: ctx.emit(update), cancel=ctx.cancelled)

        def item(update) -> None:
            if self.loaded.get(index) is loaded:
                self._apply_update(loaded, update)

        self.runner.start(run, label="refine", on_item=item, on_error=self.show_error,
                          on_progress=self._on_progress)

    # ------------------------------------------------------------------ actions
    def set_layout(self, rows: int, cols: int) -> None:
        self.viewer.set_grid(rows, cols)
        self._screen_layout, self._screen_stage = {"rows": rows, "columns": cols}, None
        for vp in self.viewer.viewports:
            vp.set_empty_text("")
        for n in list(self.loaded):
            if n >= len(self.viewer.viewports):
                task = self.loaded.pop(n).task
                if task is not None:
                    task.cancel()
        if self.current_study is not None:
            for n in range(len(self.viewer.viewports)):
                if n not in self.loaded and n < len(self.series_rows):
                    self.load_series(n, self.series_rows[n])

    # ------------------------------------------------------------------ protocols
    def open_protocol_editor(self) -> None:
        """The protocol editor (non-modal: the images stay usable), on the per-user library."""
        from radview.app.protocol_editor import ProtocolEditorDialog

        if self.protocol_editor is not None and self.protocol_editor.isVisible():
            self.protocol_editor.raise_()
            self.protocol_editor.activateWindow()
            return
        dialog = ProtocolEditorDialog(self)
        dialog.saved.connect(lambda path: self.show_message(
            f"Protocol saved to {path}; it applies to studies opened from now on"))
        if self.current_plan is not None:
            dialog.select_protocol(self.current_plan.protocol.name)
        self.protocol_editor = dialog
        dialog.show()

    def _study_summaries(self) -> dict:
        """StudySummary per study UID: from the hanging plan, else from the headers on screen."""
        plan = self.current_plan or self.hanging
        if plan is not None:
            out = {plan.current.study_uid: plan.current}
            out.update({e.study.study_uid: e.study for e in plan.priors})
            return out
        from collections.abc import Mapping

        from radview.protocols.hanging.priors import build_studies
        from radview.protocols.hanging.sources import dataset_meta, display_sets

        metas: dict[str, Mapping] = {}
        for vp in self.viewer.viewports:
            for i in range(len(vp.stack) if vp.stack is not None else 0):
                meta = vp.stack[i].meta
                meta = meta if isinstance(meta, Mapping) else dataset_meta(meta)
                metas.setdefault(str(meta.get("SOPInstanceUID") or id(meta)), meta)
        return {s.study_uid: s for s in build_studies(display_sets(metas.values()))} if metas else {}

    def screen_state(self):
        """What is on screen as a Qt-free ``editing.ScreenState`` (for "save as protocol")."""
        from radview.protocols.hanging.editing import ScreenState, ViewportState
        from radview.viewer import pipeline

        if self.current_study is None:
            raise UsageError("open a study first: the protocol is built from what is on screen")
        uid = self.current_study["study_uid"]
        studies = self._study_summaries()
        if uid not in studies:
            raise UsageError("the current study is not on screen yet")
        plan = self.current_plan or self.hanging
        slots = {e.study.study_uid: e.slot for e in (plan.priors if plan else []) if e.selected}
        stage = self._screen_stage
        vps = self.viewer.viewports
        if stage is not None and len(stage.viewports) != len(vps):
            stage = None
        states = []
        for n, vp in enumerate(vps):
            loaded = self.loaded.get(n)
            planned = stage.viewports[n] if stage is not None else None
            series = None
            ref = planned.study_ref if planned is not None else "current"
            if loaded is not None and vp.stack is not None:
                ref = "current" if loaded.study_uid == uid else \
                    (f"prior:{slots[loaded.study_uid]}" if loaded.study_uid in slots else "prior")
                if planned is not None and planned.series is not None and \
                        planned.series.series_uid == loaded.series_uid:
                    series = planned.series
                else:
                    study = studies.get(loaded.study_uid)
                    series = next((x for x in (study.series if study else ())
                                   if x.series_uid == loaded.series_uid), None)
            window = vp.window() if vp.stack is not None else None
            s = vp.current_slice()
            if window is not None and s is not None:
                default = pipeline.default_voi(s.info, s.pixels).window
                if default is not None and (abs(default.center - window[0]) < 1e-6
                                            and abs(default.width - window[1]) < 1e-6):
                    window = None  # the image's own window: not part of the protocol
            zoom = getattr(vp, "_zoom", None)  # None = fit (the Layout reads it the same way)
            states.append(ViewportState(
                study=ref, series=series, window=window, invert=vp.inverted,
                flip_horizontal=vp.view_transform.flip_h, flip_vertical=vp.view_transform.flip_v,
                zoom="fit" if zoom is None else round(float(zoom), 3),
                sync=tuple(planned.sync) if planned is not None else ()))
        layout = self._screen_layout
        groups = {g["name"]: tuple(g.get("link") or ()) for g in (stage.sync_groups if stage else [])}
        if "rows" in layout and layout["rows"] * layout["columns"] == len(vps):
            return ScreenState(studies[uid], layout["rows"], layout["columns"], states, groups)
        rects = [tuple(r) for r in (layout.get("rectangles") or self.viewer._rects)]
        if len(rects) != len(vps):
            rects = [tuple(r) for r in self.viewer._rects]
        return ScreenState(studies[uid], 1, len(vps), states, groups, rectangles=rects)

    def save_screen_dialog(self) -> None:
        """Ask for a name, build a protocol from the screen, let the user adjust and save it."""
        from radview.app.protocol_editor import save_screen_as_protocol

        try:
            screen = self.screen_state()
        except RadviewError as exc:
            self.show_error(f"Save screen as protocol: {exc}")
            return
        path = save_screen_as_protocol(self, screen)
        if path is not None:
            self.show_message(f"Protocol saved to {path}; it applies to studies opened from now on")

    def import_protocol_files(self, paths: list[str | Path], *, overwrite: bool = False) -> list[Path]:
        """Add .json / .dcm (DICOM Hanging Protocol) files to the per-user library."""
        from radview.protocols.hanging import load_library, save_user_protocol
        from radview.protocols.hanging.model import ProtocolError, load_protocol_file

        saved, problems = [], []
        for raw in paths:
            path = Path(raw)
            try:
                if path.suffix.lower() == ".dcm":
                    from radview.protocols.hanging.dicom_hp import import_protocol

                    protocol = import_protocol(path)
                else:
                    protocol = load_protocol_file(path)
                existing = load_library().by_name(protocol.name)
                if existing is not None and existing.origin == "user" and not overwrite:
                    raise UsageError(f"your library already has a protocol named {protocol.name!r} "
                                     f"({existing.path}); rename or delete it in the protocol editor")
                saved.append(save_user_protocol(protocol, overwrite=overwrite))
            except (ProtocolError, RadviewError, OSError) as exc:
                problems.append(f"{path.name}: {exc}")
        if problems:
            self.show_error("Not imported: " + "; ".join(problems))
        elif saved:
            self.show_message(f"Imported {len(saved)} protocol(s) into your library: "
                              + ", ".join(p.name for p in saved))
        return saved

    def _import_protocols_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import hanging protocols", "",
            "Hanging protocols (*.json *.dcm);;JSON (*.json);;DICOM Hanging Protocol (*.dcm);;All (*)")
        if paths:
            self.import_protocol_files(paths)

    def export_protocol(self, name: str, path: str | Path) -> Path | None:
        """Write a library protocol as JSON, or as DICOM Hanging Protocol Storage (.dcm)."""
        from radview.protocols.hanging import load_library

        path = Path(path)
        protocol = load_library().by_name(name)
        if protocol is None:
            self.show_error(f"no protocol named {name!r} in the library")
            return None
        try:
            if path.suffix.lower() == ".dcm":
                from radview.protocols.hanging.dicom_hp import export_protocol

                export_protocol(protocol, path)
            else:
                path.write_text(protocol.dumps(), encoding="utf-8")
        except (RadviewError, OSError) as exc:
            self.show_error(f"protocol not exported: {exc}")
            return None
        self.show_message(f"Protocol '{name}' exported to {path}")
        return path

    def _export_protocol_dialog(self) -> None:
        from radview.protocols.hanging import load_library

        names = sorted(p.name for p in load_library().protocols)
        if not names:
            self.show_error("the protocol library is empty")
            return
        current = self.current_plan.protocol.name if self.current_plan is not None else names[0]
        name, ok = QInputDialog.getItem(self, "Export a protocol", "Protocol:", names,
                                        names.index(current) if current in names else 0, False)
        if not ok:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export protocol", "", "JSON (*.json);;DICOM Hanging Protocol (*.dcm)")
        if not path:
            return
        if not Path(path).suffix:
            path += ".dcm" if "dcm" in chosen else ".json"
        self.export_protocol(name, path)

    def import_paths(self, paths: list[str]) -> None:
        from radview.net.local_import import import_paths

        def run(ctx):
            return import_paths(self.cache, paths, progress=lambda d, t: ctx.progress(d, t, "import"),
                                cancel=ctx.cancelled)

        def done(report) -> None:
            self.show_message(report.describe())
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
        self.refresh_sources()
        self._update_profile_label()
        self.show_message(f"Settings saved; profile {settings.profile}")

    def closeEvent(self, event) -> None:
        self.runner.shutdown(3000)
        log.removeHandler(self._log_handler)
        for source in self.sources.values():
            try:
                source.close()
            except Exception:
                pass
        super().closeEvent(event)
