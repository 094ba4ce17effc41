"""Hanging-protocol stages in the main window: hang a plan, step its stages, fetch its
priors ahead. A mixin of MainWindow; the versions and the fallback come from the
Qt-free ReadingSession (session.py), the pixels from its shared image store, so a
stage change never fetches again what another stage already loaded."""

from __future__ import annotations

import logging

from radview.app.session import Refused, load_allowed
from radview.errors import RadviewError, UsageError

log = logging.getLogger("radview.workstation")


class StageActions:
    """Stages and priors of the hung plan (see MainWindow)."""

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
        self.session.hang_priors(plan)
        if not self.apply_stage(0):
            self.current_plan = self.stage_cursor = None
            self.session.clear_priors()
            self._update_hanging_label()
            return False
        filled = [v for v in plan.stages[0].viewports if v.filled]
        text = (f"Hanging protocol '{plan.protocol.name}': "
                f"{len(filled)} viewport(s), {len(plan.priors)} prior(s) considered")
        refused = [item.refused for item in self.loaded.values() if item.refused]
        if refused:  # the refusal is what the reader must read, not the layout
            log.info(text)
            self.show_error(refused[0])
        else:
            self.show_message(text)
        self._prefetch_priors(plan)
        return True

    def apply_stage(self, index: int) -> bool:
        """Lay out stage ``index`` of the current plan (empty viewports say why)."""
        plan = self.current_plan
        if plan is None or not 0 <= index < len(plan.stages):
            return False
        stage = plan.stages[index]
        self.detach_viewports()
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

    def _apply_display(self, vp, display: dict | None) -> None:
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
        session = self.session
        source = session.source
        wanted = [e for e in plan.fetch_list() if e["study_uid"] in session.prior_choices]
        if not wanted or source is None or not hasattr(source, "study_metas"):
            return
        later = {v.series.series_uid for st in plan.stages[1:] for v in st.viewports if v.filled}
        busy = set(session.store._items)  # on screen or loading: fetched by their own load
        jobs = [(e["study_uid"], session.version_choice(e["study_uid"])) for e in wanted]
        size = self._plan_viewport(self.viewer.viewports[0])
        done_before = set(session.prefetched)

        def run(ctx):
            fetched = []
            for study_uid, choice in jobs:
                series = [u for u in session.prefetch_order(source.study_metas(study_uid).values(),
                                                            later)
                          if (study_uid, u) not in busy]
                count = 0
                for n, series_uid in enumerate(series):
                    if ctx.cancelled():
                        return fetched
                    ctx.progress(n, len(series), f"{session.prior_label(study_uid)} {choice.version}")
                    if (study_uid, series_uid, choice.version) in done_before:
                        count += 1
                        continue

                    def fell_back(nxt, why, study_uid=study_uid):
                        nonlocal choice
                        choice = nxt
                        ctx.emit(("fallback", study_uid, nxt, why))

                    try:
                        load_allowed(source, study_uid, series_uid, choice, may_fall_back=True,
                                     on_fallback=fell_back, viewport=size,
                                     on_header=lambda _m: None, on_image=lambda _u: None,
                                     cancel=ctx.cancelled)
                    except Refused as exc:  # no version at all for this prior (a referrer)
                        ctx.emit(("refused", study_uid, choice, str(exc)))
                        break
                    count += 1
                    ctx.emit(("fetched", study_uid, series_uid, choice.version))
                fetched.append((study_uid, count, choice.version))
            return fetched

        refused: set[str] = set()

        def item(event) -> None:
            kind, study_uid = event[0], event[1]
            if kind == "fallback":
                self._prior_fallback(study_uid, event[2], event[3])
            elif kind == "refused" and study_uid not in refused:
                refused.add(study_uid)
                self.show_error(f"{session.prior_label(study_uid).capitalize()} not fetched: "
                                f"{event[3]}")
            elif kind == "fetched":
                session.prefetched.add((study_uid, event[2], event[3]))

        def finished(fetched) -> None:
            if self._prefetch_task is task:
                self._prefetch_task = None
            parts = [f"{session.prior_label(uid)}: {count} series in {version}"
                     for uid, count, version in fetched if uid not in refused and count]
            if parts:
                log.info("priors fetched — %s", "; ".join(parts))

        task = self.runner.start(run, label="prefetch priors", on_item=item, on_result=finished,
                                 on_error=lambda msg: self.show_error(f"priors not fetched: {msg}"),
                                 on_progress=self._on_progress)
        self._prefetch_task = task

    def _prior_fallback(self, study_uid: str, choice, why: str) -> None:
        """The server refused the version: use the allowed one from now on, say so."""
        if not self.session.record_fallback(study_uid, choice):
            return
        label = self.session.prior_label(study_uid)
        self.show_message(f"{label.capitalize()}: {why.removeprefix('server: ')} — "
                          f"shown in {choice.version} instead")
        self._update_profile_label()
