"""Series in viewports: one shared load per series, viewports attached to it.

A mixin of MainWindow. The session's store holds one ``LoadedSeries`` per series
(in the version the session chose); every viewport that shows the series, in any
stage or layout, shows the same ``ImageStack``, so nothing is fetched twice and
two viewports on one series scroll as one (the Layout keeps twins together).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from radview.net.progressive import Viewport as PlanViewport
from radview.app.session import LoadedSeries, Refused, apply_update, load_allowed
from radview.errors import RadviewError
from radview.viewer.model import ImageStack
from radview.viewer.viewport import Viewport

STACK_MODALITIES = ("CT", "MR", "PT", "NM")  # opened at the middle slice


class SeriesLoading:
    """Loading series into viewports (see MainWindow)."""

    def detach_viewports(self) -> None:
        """Forget which series each viewport shows; the loads go on in the session's
        store (a stage or layout change shows them again without fetching) and the
        measurements are kept for when their images are shown again."""
        for vp in self.viewer.viewports:
            self.session.keep_measurements(vp.stack, vp.annotations)
            vp.set_stack(None)
        self.loaded.clear()
        self._displays.clear()

    def cancel_loads(self) -> None:
        for loaded in self.loaded.values():
            if loaded.task is not None:
                loaded.task.cancel()
        self.detach_viewports()

    @staticmethod
    def _plan_viewport(vp: Viewport) -> PlanViewport:
        dpr = vp.devicePixelRatioF()
        return PlanViewport(max(vp.width() * dpr, 64), max(vp.height() * dpr, 64))

    def load_series(self, viewport_index: int, series: dict, *, display: dict | None = None) -> None:
        """Show a series in a viewport: from the session's store when it is there (no
        fetch), else loaded in the version the session chooses (falling back to an
        allowed one); a refusal is written in the viewport."""
        vp = self.viewer.viewports[viewport_index]
        loaded, new = self.session.series_entry(series)
        if vp.stack is not None and vp.stack is not loaded.stack:
            self.session.keep_measurements(vp.stack, vp.annotations)
        self.loaded[viewport_index] = loaded
        if display:
            self._displays[viewport_index] = display
        else:
            self._displays.pop(viewport_index, None)
        if loaded.refused:
            self._show_refusal(loaded)
            return
        if loaded.stack is not None:
            self._attach(viewport_index, loaded)
            if not loaded.busy:  # the size this viewport needs may be more than loaded
                QTimer.singleShot(0, lambda: self._display_size_needed(
                    vp, *vp.needed_display_size()))
        if not new:
            return
        session, source = self.session, loaded.source
        may_fall_back = session.may_fall_back(loaded.study_uid)
        plan_viewport = self._plan_viewport(vp)

        def run(ctx):
            header_sent = []

            def on_header(metas) -> None:
                if not header_sent:  # a fallback keeps the stack the first try laid out
                    header_sent.append(True)
                    ctx.emit(("header", metas))

            try:
                return load_allowed(
                    source, loaded.study_uid, loaded.series_uid, loaded.choice,
                    may_fall_back=may_fall_back,
                    on_fallback=lambda nxt, why: ctx.emit(("fallback", (nxt, why))),
                    on_wait=lambda why: ctx.emit(("wait", why)),
                    viewport=plan_viewport, on_header=on_header,
                    on_image=lambda update: ctx.emit(("image", update)),
                    progress=lambda done, total: ctx.progress(done, total, "images"),
                    cancel=ctx.cancelled)
            except Refused as exc:
                ctx.emit(("refused", str(exc)))
                return None

        def item(event) -> None:
            kind, payload = event
            if kind == "fallback":
                loaded.choice = payload[0]
                self._prior_fallback(loaded.study_uid, *payload)
            elif kind == "wait":
                self.show_message(f"{loaded.description or 'series'}: {payload}")
            elif kind == "refused":
                loaded.refused = f"{self.session.prior_label(loaded.study_uid).capitalize()} " \
                                 f"not shown: {payload}"
                loaded.stack = None
                self._show_refusal(loaded)
            elif kind == "header":
                try:
                    loaded.stack = ImageStack.from_datasets(
                        payload, load_pixels=False, title=loaded.description or loaded.series_uid)
                except RadviewError as exc:
                    self.show_error(f"cannot show series: {exc}")
                    return
                for n in self._viewports_of(loaded):
                    self._attach(n, loaded)
            elif kind == "image" and loaded.stack is not None:
                try:
                    apply_update(loaded, payload)
                except RadviewError as exc:
                    self.show_error(f"image {payload.sop_uid}: {exc}")

        def settle() -> None:
            # "busy" is decided here, on the GUI thread: the worker flags its end only
            # after it has queued the result, so a zoom asked in between would otherwise
            # be parked in pending_size after this handler looked at it, and never refined.
            if loaded.task is task_of[0]:
                loaded.task = None

        def failed(message: str) -> None:
            settle()
            loaded.pending_size = None
            self.show_error(message)

        def done(count) -> None:
            settle()
            self.session.store.trim(on_screen=self.loaded.values())
            if count is None:
                return  # refused: said in the viewport and the status line
            meter = getattr(source, "link", None)
            if meter is not None and meter.estimate().rate_bps:
                self.session.link_rate_bps = meter.estimate().rate_bps
                self._update_profile_label()
            if loaded.pending_size:
                size, loaded.pending_size = loaded.pending_size, None
                for n in self._viewports_of(loaded):
                    v = self.viewer.viewports[n]
                    QTimer.singleShot(0, lambda v=v: self._display_size_needed(v, *size))
            on_screen = self._viewports_of(loaded)
            if on_screen:
                first = f"first image {loaded.first_image_s:.2f} s, " if loaded.first_image_s else ""
                used = loaded.choice
                s = self.viewer.viewports[on_screen[0]].current_slice()
                shown = ""
                if s is not None and s.pixels is not None and s.level.version != used.version:
                    shown = (f"; on screen: {s.level.label() or 'original'}"
                             + (f" ({used.version} not built on the server yet)"
                                if s.level.version == "original" else ""))
                self.show_message(f"{loaded.description or 'series'}: {count} image(s) "
                                  f"({first}{used.version} {used.reason}{shown})")

        task_of: list = []
        loaded.task = self.runner.start(run, label=f"series {series.get('number') or ''}",
                                        on_item=item, on_result=done, on_error=failed,
                                        on_progress=self._on_progress)
        task_of.append(loaded.task)

    def _viewports_of(self, loaded: LoadedSeries) -> list[int]:
        return [n for n, item in self.loaded.items() if item is loaded]

    def _attach(self, n: int, loaded: LoadedSeries) -> None:
        """Put a series' stack in viewport ``n`` (once), at the slice a twin viewport
        showing the same series is on, else the middle of a stack / the first image."""
        vp = self.viewer.viewports[n]
        if vp.stack is loaded.stack:
            return
        twins = [self.viewer.viewports[m] for m in self._viewports_of(loaded)
                 if m != n and self.viewer.viewports[m].stack is loaded.stack]
        index = twins[0].index if twins else (
            len(loaded.stack) // 2 if loaded.modality in STACK_MODALITIES else 0)
        vp.set_stack(loaded.stack, index=index)
        self._apply_display(vp, self._displays.pop(n, None))
        carried = self.session.restore_measurements(loaded.stack)
        for ann in carried:
            vp.add_annotation(ann)
        if carried:
            self.show_message(f"{len(carried)} measurement(s) kept on their images (image "
                              f"coordinates; drawn on {carried[0].made_on or 'another version'}"
                              f", shown on {loaded.choice.version})")

    def _show_refusal(self, loaded: LoadedSeries) -> None:
        for n in self._viewports_of(loaded):
            vp = self.viewer.viewports[n]
            vp.set_stack(None)
            vp.set_empty_text(loaded.refused)
        self.show_error(loaded.refused)

    def _display_size_needed(self, vp: Viewport, width: int, height: int) -> None:
        if vp not in self.viewer.viewports:
            return
        loaded = self.loaded.get(self.viewer.viewports.index(vp))
        refine = getattr(loaded.source, "refine", None) if loaded else None
        if loaded is None or loaded.stack is None or refine is None or width <= 0:
            return
        if loaded.busy:
            loaded.pending_size = (width, height)  # the load in progress may already cover it
            return
        choice = loaded.choice
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
            if loaded.stack is not None:
                try:
                    apply_update(loaded, update)
                except RadviewError as exc:
                    self.show_error(f"image {update.sop_uid}: {exc}")

        self.runner.start(run, label="refine", on_item=item, on_error=self.show_error,
                          on_progress=self._on_progress)

