"""Measurements and annotations as data (Qt-free), in full-resolution image coordinates.

A viewport creates these with the mouse; each knows its points, how many it
needs, and the label text it shows (from measure.py).  They belong to one slice
(by index in the stack) so they stay with the image they were drawn on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from radview.viewer import measure, pipeline
from radview.viewer.model import Slice

TOOLS = ("window", "pan", "zoom", "scroll", "length", "angle", "roi", "arrow", "text")
DRAWING_TOOLS = ("length", "angle", "roi", "arrow", "text")


def version_text(s: Slice) -> str:
    """"V2 · q 50 %": the version a slice's pixels come from (empty for a plain image)."""
    return " · ".join(p for p in (s.level.version, s.level.quality) if p)


@dataclass
class Annotation:
    kind: str  # one of DRAWING_TOOLS
    slice_index: int
    points: list[tuple[float, float]] = field(default_factory=list)
    text: str = ""
    made_on: str = ""  # the version it was drawn on ("V2 · q 50 %"); kept when it changes
    _cache: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def needed_points(self) -> int:
        return {"length": 2, "angle": 3, "roi": 2, "arrow": 2, "text": 1}[self.kind]

    @property
    def complete(self) -> bool:
        return len(self.points) >= self.needed_points

    def label_lines(self, s: Slice) -> list[str]:
        """The measured values, as shown next to the drawing (cached until they change)."""
        key = (id(s), id(s.pixels), s.level, tuple(self.points), self.text, self.made_on)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        lines = self._compute_lines(s)
        shown_on = version_text(s)
        if self.made_on and shown_on and shown_on != self.made_on and self.kind != "text":
            lines = lines + [f"(drawn on {self.made_on})"]  # carried over: say so
        self._cache = (key, lines)
        return lines

    def _compute_lines(self, s: Slice) -> list[str]:
        sp = s.geometry.spacing
        p = self.points
        if self.kind == "length" and len(p) >= 2:
            return [measure.format_length(measure.length_mm(p[0], p[1], sp), sp)]
        if self.kind == "angle" and len(p) >= 3:
            return [f"{measure.angle_deg(p[0], p[1], p[2], sp):.1f}°"]
        if self.kind == "roi" and len(p) >= 2:
            if s.pixels is None or s.info.is_color:
                area = measure.ellipse_area_mm2(p[0], p[1], sp)
                return [f"area {area / 100:.2f} cm²" if sp.calibrated else f"area {area:.0f} px²"]
            stats = measure.roi_stats(s.pixels, p[0], p[1], sp, (s.rows, s.cols), s.info.modality_units,
                                      transform=lambda v: pipeline.modality_values(s.info, v))
            lines = stats.lines(sp)
            if not s.full_resolution:
                lines.append("(preview level)")
            return lines
        if self.kind == "text":
            return [self.text]
        return []

    def to_json(self) -> dict:
        return {"kind": self.kind, "slice": self.slice_index,
                "points": [list(pt) for pt in self.points], "text": self.text}

    @classmethod
    def from_json(cls, d: dict) -> "Annotation":
        kind = str(d.get("kind"))
        if kind not in DRAWING_TOOLS:
            raise ValueError(f"unknown annotation kind {kind!r}")
        return cls(kind, int(d.get("slice", 0)),
                   [(float(x), float(y)) for x, y in d.get("points", [])], str(d.get("text", "")))
