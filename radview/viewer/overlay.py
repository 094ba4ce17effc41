"""Four-corner overlay text (Qt-free): what the viewport writes over the image.

Top-left: patient; top-right: study/institution; bottom-left: series, slice
number and position, thickness; bottom-right: window, zoom, rotation, and the
version/quality/level line with a LOSSY marker when the pixels are not original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radview.viewer.model import ImageStack, Slice


@dataclass(frozen=True)
class OverlayState:
    """View state the overlay reports (set by the viewport)."""

    index: int = 0
    window_label: str = ""
    zoom: float = 1.0  # screen (device) pixels per image pixel
    rotation: int = 0
    flip_h: bool = False
    flip_v: bool = False
    invert: bool = False
    cine_fps: float = 0.0
    needs_finer: bool = False  # the level on hand is coarser than the screen needs


def _fmt_name(value: Any) -> str:
    text = str(value or "").strip()
    return text.replace("^", " ").strip() if text else ""


def _fmt_date(value: Any) -> str:
    t = str(value or "")
    return f"{t[:4]}-{t[4:6]}-{t[6:8]}" if len(t) == 8 and t.isdigit() else t


def lossy_marker(s: Slice) -> str:
    return "LOSSY" if s.lossy else ""


def level_lines(s: Slice, needs_finer: bool = False) -> list[str]:
    """What is on screen, honestly: "preview 1/4 · V2 · q 50 %" while a coarser level than
    the screen needs is shown, "V2 · q 50 % · level 3/4" once it is the level the screen
    needs, and the pixel size whenever it is not the full image (offline included)."""
    if s.pixels is None:
        return [s.level.label(), "loading…"] if s.level.label() else ["loading…"]
    lv = s.level
    what = " · ".join(p for p in (lv.version, lv.quality) if p)
    if needs_finer and lv.levels > 1:
        lines = [f"preview {lv.level + 1}/{lv.levels}" + (f" · {what}" if what else "")]
    elif needs_finer:
        lines = ["preview" + (f" · {what}" if what else "")]
    else:
        lines = [lv.label()] if lv.label() else []
    if not s.full_resolution:
        h, w = s.pixels.shape[:2]
        lines.append(f"{w}x{h} of {s.cols}x{s.rows} px")
    return lines


def corner_text(stack: ImageStack | None, state: OverlayState) -> dict[str, list[str]]:
    """Lines per corner: keys 'top_left', 'top_right', 'bottom_left', 'bottom_right'."""
    empty = {"top_left": [], "top_right": [], "bottom_left": [], "bottom_right": []}
    if stack is None or not len(stack):
        return empty
    s = stack[state.index]
    m = s.meta
    tl = [_fmt_name(m.get("PatientName")), str(m.get("PatientID") or "")]
    born = _fmt_date(m.get("PatientBirthDate"))
    sex_age = " ".join(x for x in (str(m.get("PatientSex") or ""), str(m.get("PatientAge") or ""), born and f"*{born}") if x)
    tl.append(sex_age)
    tr = [str(m.get("InstitutionName") or ""), str(m.get("StudyDescription") or ""),
          " ".join(x for x in (_fmt_date(m.get("StudyDate")), str(m.get("Modality") or "")) if x),
          f"Acc {m['AccessionNumber']}" if m.get("AccessionNumber") else ""]
    bl = []
    series = " ".join(x for x in (f"Se {m['SeriesNumber']}" if m.get("SeriesNumber") not in (None, "") else "",
                                  str(m.get("SeriesDescription") or "")) if x)
    bl.append(series)
    img = f"Im {state.index + 1}/{len(stack)}"
    if m.get("InstanceNumber") not in (None, ""):
        img += f"  (#{m['InstanceNumber']}{f' fr {s.frame + 1}' if s.info.frames > 1 else ''})"
    bl.append(img)
    loc = s.geometry.location
    if loc is not None:
        bl.append(f"Pos {loc:.1f} mm")
    if m.get("SliceThickness") not in (None, ""):
        bl.append(f"Thk {float(m['SliceThickness']):.1f} mm")
    br = []
    if state.cine_fps:
        br.append(f"Cine {state.cine_fps:g} fps")
    if state.window_label:
        br.append(state.window_label + ("  INV" if state.invert else ""))
    view = f"Zoom {state.zoom * 100:.0f}%"
    if state.rotation % 360:
        view += f"  Rot {state.rotation % 360}°"
    if state.flip_h or state.flip_v:
        view += "  Flip " + "".join(x for x, on in (("H", state.flip_h), ("V", state.flip_v)) if on)
    br.append(view)
    marker = lossy_marker(s)
    if marker:
        br.append(marker)
    br.extend(level_lines(s, state.needs_finer))
    return {k: [line for line in v if line] for k, v in
            (("top_left", tl), ("top_right", tr), ("bottom_left", bl), ("bottom_right", br))}
