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
    QDockWidget, QFileDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QPlainTextEdit, QProgressBar, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from radview.app import profiles
from radview.app.settings_store import Settings, save_settings
from radview.app.sources import CacheSource, ImageUpdate, SearchFilters, Source, open_source
from radview.app.study_browser import PatientTimeline, StudyBrowser, format_date, format_name
from radview.app.workers import TaskRunner
from radview.errors import RadviewError
from radview.net.cache import Cache
from radview.viewer.model import ImageStack, LevelInfo
from radview.viewer.layout import Layout
from radview.viewer.viewport import Viewport

log = logging.getLogger("radview.workstation")
MB = 1024 * 1024
LAYOUTS = {"1×1": (1, 1), "1×2": (1, 2), "2×2": (2, 2)}
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


def study_anatomy(source: Source, studies: list[dict],
                  known_series: dict[str, list[dict]]) -> dict[str, str]:
    """Anatomy predicted from series metadata, per study and per series UID (worker thread).

    Shown in the timeline so the reader sees which priors cover the same anatomy."""
    try:
        from radview.protocols.anatomy import predict_many
    except ImportError:
        return {}
    out: dict[str, str] = {}
    for study in studies[:12]:
        uid = study["study_uid"]
        try:
            series = known_series.get(uid) or source.series(uid)
        except RadviewError:
            continue
        metas = [{"Modality": s.get("modality") or study.get("modalities", "").split("\\")[0],
                  "BodyPartExamined": s.get("body_part") or "",
                  "SeriesDescription": s.get("description") or "",
                  "StudyDescription": study.get("description") or ""} for s in series]
        try:
            predictions = predict_many(metas) if metas else []
        except Exception as exc:  # the model is an aid: never block opening a study
            log.warning("anatomy prediction failed: %s", exc)
            return out
        labels: list[str] = []
        for s, p in zip(series, predictions):
            text = "?" if p.unknown else ", ".join(p.labels) + (f" ({p.laterality})" if p.laterality else "")
            out[s["series_uid"]] = text
            for label in ([] if p.unknown else p.labels):
                if label not in labels:
                    labels.append(label)
        out[uid] = ", ".join(labels)
    return out


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
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
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

    # ------------------------------------------------------------------ status
    def show_message(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        log.info(text)

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
        uid = study_uid or (self.current_study or {}).get("study_uid")
        override = self.override.get(uid or "")
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
        self.current_study, self.current_source = study, source
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
            anatomy = study_anatomy(source, priors, {uid: series})
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
            if not self.series_rows:
                self.show_error("This study has no image series")
                return
            if hanging is not None and self.apply_hanging(hanging):
                return
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
        """Lay out stage 1 of a hanging plan: viewports, their series (current and
        priors), display settings and synchronisation. False when nothing could be hung."""
        if plan.protocol is None or not plan.stages:
            return False
        stage = plan.stages[0]
        filled = [v for v in stage.viewports if v.filled]
        if not filled:
            return False
        self.cancel_loads()
        self.current_plan = plan
        self.viewer.unlink_all()
        self.viewer.set_rects([tuple(v.box) for v in stage.viewports])
        self._wire_viewports()
        for n, v in enumerate(stage.viewports):
            if v.series is None:
                self.viewer.viewports[n].set_stack(None)
                continue
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
        self.show_message(f"Hanging protocol '{plan.protocol.name}': "
                          f"{len(filled)} viewport(s), {len(plan.priors)} prior(s) considered")
        return True

    def _apply_display(self, vp: Viewport, display: dict | None) -> None:
        if not display:
            return
        try:
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
        except (RadviewError, TypeError, ValueError) as exc:
            log.warning("display settings not applied: %s", exc)

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
        choice = self.version_choice(series["study_uid"])
        width, height = vp.width() * vp.devicePixelRatioF(), vp.height() * vp.devicePixelRatioF()
        from radview.app.progressive import Viewport as PlanViewport

        plan_viewport = PlanViewport(max(width, 64), max(height, 64))

        def run(ctx):
            return source.load_series(
                loaded.study_uid, loaded.series_uid, choice=choice, viewport=plan_viewport,
                on_header=lambda metas: ctx.emit(("header", metas)),
                on_image=lambda update: ctx.emit(("image", update)),
                progress=lambda done, total: ctx.progress(done, total, "images"),
                cancel=ctx.cancelled)

        def item(event) -> None:
            if self.loaded.get(viewport_index) is not loaded:
                return  # replaced meanwhile
            kind, payload = event
            if kind == "header":
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
            meter = getattr(source, "link", None)
            if meter is not None and meter.estimate().rate_bps:
                self.link_rate_bps = meter.estimate().rate_bps
                self._update_profile_label()
            if self.loaded.get(viewport_index) is loaded and loaded.pending_size:
                size, loaded.pending_size = loaded.pending_size, None
                QTimer.singleShot(0, lambda: self._display_size_needed(vp, *size))
            if self.loaded.get(viewport_index) is loaded:
                first = f"first image {loaded.first_image_s:.2f} s, " if loaded.first_image_s else ""
                self.show_message(f"{series.get('description') or 'series'}: {count} image(s) "
                                  f"({first}{choice.version} {choice.reason})")

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
        choice = self.version_choice(loaded.study_uid)
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
        for n in list(self.loaded):
            if n >= len(self.viewer.viewports):
                task = self.loaded.pop(n).task
                if task is not None:
                    task.cancel()
        if self.current_study is not None:
            for n in range(len(self.viewer.viewports)):
                if n not in self.loaded and n < len(self.series_rows):
                    self.load_series(n, self.series_rows[n])

    def import_paths(self, paths: list[str]) -> None:
        from radview.app.local_import import import_paths

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
