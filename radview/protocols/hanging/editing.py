"""Qt-free helpers behind the protocol editor: "save this screen as a protocol",
the viewport table's text cells, and next/previous stage navigation.

The workstation describes what is on screen with :class:`ScreenState` (no Qt
types) and calls :func:`protocol_from_screen`; the editor dialog shows the
result for the user to adjust before saving.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from radview.protocols.hanging.model import WINDOW_PRESETS, parse_protocol
from radview.protocols.hanging.priors import LATERAL_CODES, SeriesSummary, StudySummary


@dataclass
class ViewportState:
    """One viewport as it is on screen now."""

    study: str = "current"  # "current" or "prior:N" (N-th chosen prior, most recent first)
    series: SeriesSummary | None = None  # what it shows; None = empty viewport
    window: tuple[float, float] | None = None  # center, width; None = the image's own
    invert: bool = False
    flip_horizontal: bool = False
    flip_vertical: bool = False
    zoom: str | float = "fit"
    sync: tuple[str, ...] = ()  # names of the sync groups it belongs to


@dataclass
class ScreenState:
    """The whole screen: current study, layout, viewports (row-major), sync groups."""

    current: StudySummary
    rows: int
    columns: int
    viewports: list[ViewportState]
    sync_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> links
    rectangles: list[tuple[float, float, float, float]] | None = None  # instead of rows x columns


def _preset_for(window: tuple[float, float] | None) -> Any:
    if window is None:
        return "default"
    for name, values in WINDOW_PRESETS.items():
        if values is not None and abs(values[0] - window[0]) < 0.5 and abs(values[1] - window[1]) < 0.5:
            return name
    return {"center": float(window[0]), "width": float(window[1])}


def _selector_for(s: SeriesSummary) -> dict[str, Any]:
    """Structural rules that hold for this series on any patient, plus its description as a preference."""
    sel: dict[str, Any] = {"modality": [s.modality]} if s.modality else {}
    if s.plane:
        sel["plane"] = s.plane
    if s.view_position:
        sel["view_position"] = [s.view_position]
    if s.laterality and s.anatomy & LATERAL_CODES:
        sel["laterality"] = [s.laterality]
    if "LOCALIZER" in s.image_type:
        sel["image_type"] = ["LOCALIZER"]
    else:
        sel["exclude_image_type"] = ["LOCALIZER"]
    if s.description:
        words = re.sub(r"\s+", " ", s.description.strip())
        sel["prefer"] = {"description": "^" + re.escape(words) + "$"}
    return sel


def protocol_from_screen(screen: ScreenState, name: str, *, description: str = "") -> dict[str, Any]:
    """A protocol (as JSON object, validated) that recreates ``screen`` for similar studies."""
    cur = screen.current
    cells = len(screen.rectangles) if screen.rectangles else screen.rows * screen.columns
    if cells != len(screen.viewports):
        raise ValueError(f"layout has {cells} cells but {len(screen.viewports)} viewports were given")
    prior_count = 0
    viewports = []
    used_groups: set[str] = set()
    for vp in screen.viewports:
        entry: dict[str, Any] = {"study": vp.study}
        if vp.study != "current":
            prior_count = max(prior_count, int(vp.study.split(":")[1]) if ":" in vp.study else 1)
        if vp.series is not None:
            entry["series"] = _selector_for(vp.series)
        display: dict[str, Any] = {}
        window = _preset_for(vp.window)
        if window != "default":
            display["window"] = window
        if vp.invert:
            display["invert"] = True
        flip = {(True, True): "both", (True, False): "horizontal", (False, True): "vertical"}.get(
            (vp.flip_horizontal, vp.flip_vertical))
        if flip:
            display["flip"] = flip
        if vp.zoom != "fit":
            display["zoom"] = vp.zoom
        if display:
            entry["display"] = display
        if vp.sync:
            entry["sync"] = list(vp.sync)
            used_groups |= set(vp.sync)
        viewports.append(entry)
    layout = ({"rectangles": [list(r) for r in screen.rectangles]} if screen.rectangles
              else {"rows": screen.rows, "columns": screen.columns})
    stage: dict[str, Any] = {"name": "saved screen", "layout": layout, "viewports": viewports}
    groups = [{"name": n, "link": list(screen.sync_groups.get(n, ("scroll",)))} for n in sorted(used_groups)]
    if groups:
        stage["sync_groups"] = groups
    match: dict[str, Any] = {}
    if cur.modalities:
        match["modality"] = list(cur.modalities)
    if cur.anatomy:
        match["anatomy"] = sorted(cur.anatomy)
    if cur.laterality and cur.anatomy and cur.anatomy <= LATERAL_CODES:
        match["laterality"] = [cur.laterality]
    obj: dict[str, Any] = {"format": 1, "name": name, "description": description or
                           f"Saved from the screen of study {cur.description or cur.study_uid}"}
    if match:
        obj["match"] = match
    obj["priors"] = {"count": prior_count}
    obj["stages"] = [stage]
    parse_protocol(obj, source=f"protocol {name!r}")  # raises ProtocolError with the place if not valid
    return obj


# --------------------------------------------------------------------------- viewport table cells

VIEWPORT_COLUMNS = ("label", "study", "modality", "anatomy", "description", "plane", "view_position",
                    "laterality", "contrast", "image_type", "exclude_image_type", "order",
                    "window", "invert", "flip", "zoom", "orientation", "sync", "repeat")
_LIST_CELLS = {"modality", "anatomy", "view_position", "laterality", "image_type", "exclude_image_type", "sync"}


def viewport_to_cells(vp: dict[str, Any]) -> list[str]:
    """A viewport JSON object → one text per column (lists comma-separated, empty = not set)."""
    series = vp.get("series", {})
    display = vp.get("display", {})
    out = []
    for col in VIEWPORT_COLUMNS:
        if col in ("label", "study", "sync", "repeat"):
            value = vp.get(col)
        elif col in ("window", "invert", "flip", "zoom", "orientation"):
            value = display.get(col)
        else:
            value = series.get(col)
        if value is None:
            out.append("")
        elif col == "window" and isinstance(value, dict):
            out.append(f"{value['center']:g}/{value['width']:g}")
        elif col == "orientation":
            out.append("\\".join(value))
        elif isinstance(value, bool):
            out.append("yes" if value else "no")
        elif isinstance(value, list):
            out.append(", ".join(str(v) for v in value))
        else:
            out.append(str(value))
    return out


class CellError(ValueError):
    def __init__(self, column: str, message: str):
        self.column = column
        super().__init__(f"{column}: {message}")


def cells_to_viewport(cells: Sequence[str], keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Inverse of :func:`viewport_to_cells`; ``keep`` carries fields without a column
    (series prefer/required/weights, pair_with)."""
    vp: dict[str, Any] = {}
    series: dict[str, Any] = {}
    display: dict[str, Any] = {}
    for key in ("prefer", "required", "weights"):  # selector fields without a column
        if keep and key in keep.get("series", {}):
            series[key] = keep["series"][key]
    for col, raw in zip(VIEWPORT_COLUMNS, cells):
        text = raw.strip()
        if not text:
            continue
        if col in _LIST_CELLS:
            value: Any = [v.strip() for v in text.split(",") if v.strip()]
            if col not in ("sync",):
                value = [v.upper() for v in value]
        elif col in ("contrast", "invert", "repeat"):
            if text.lower() not in ("yes", "no", "true", "false"):
                raise CellError(col, f"write yes or no, not {text!r}")
            value = text.lower() in ("yes", "true")
        elif col == "window":
            m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", text)
            value = {"center": float(m.group(1)), "width": float(m.group(2))} if m else text.lower()
        elif col == "zoom":
            try:
                value = float(text)
            except ValueError:
                value = text.lower()
        elif col == "orientation":
            value = [v.strip().upper() for v in text.replace("/", "\\").split("\\")]
        else:
            value = text if col in ("label", "description") else text.lower()
        if col in ("label", "study", "sync", "repeat"):
            vp[col] = value
        elif col in ("window", "invert", "flip", "zoom", "orientation"):
            display[col] = value
        else:
            series[col] = value
    vp.setdefault("study", "current")
    if series:
        vp["series"] = series
    if display:
        vp["display"] = display
    if keep and "pair_with" in keep:
        vp["pair_with"] = keep["pair_with"]
    ordered = {k: vp[k] for k in ("label", "study", "series", "display", "sync", "repeat", "pair_with") if k in vp}
    return ordered


# --------------------------------------------------------------------------- stage navigation


class StageCursor:
    """Which stage of a plan is on screen; next/previous wrap around like the film alternator."""

    def __init__(self, stage_count: int, index: int = 0):
        if stage_count < 1:
            raise ValueError("a plan has at least one stage")
        self.count = stage_count
        self.index = index % stage_count

    def next(self) -> int:
        self.index = (self.index + 1) % self.count
        return self.index

    def previous(self) -> int:
        self.index = (self.index - 1) % self.count
        return self.index


__all__ = ["CellError", "ScreenState", "StageCursor", "VIEWPORT_COLUMNS", "ViewportState",
           "cells_to_viewport", "protocol_from_screen", "viewport_to_cells"]
