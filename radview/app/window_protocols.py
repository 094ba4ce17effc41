"""Hanging protocols from the main window: editor, "save this screen", import and export.

A mixin of MainWindow (it reads what the viewports show and the hanging plan).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog

from radview.errors import RadviewError, UsageError


class ProtocolActions:
    """The Hanging menu's protocol commands (see MainWindow)."""

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
            zoom = vp.state.zoom  # None = fit (the Layout reads it the same way)
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

