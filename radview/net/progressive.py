"""Progressive display planner: which wavelet level a viewport needs (Qt-free).

The workstation asks only for the resolution the screen can show: the image is
drawn fitted into the viewport, so at zoom 1 its long side covers at most the
viewport's long side in *device* pixels (logical size × device pixel ratio).
Zooming in multiplies that. The planner turns this into a level of the codec's
pyramid (level 0 = coarsest, ≤ 128 px; last = full resolution) and into the
sequence of requests: the coarsest level at once, then the level the screen needs;
zooming in later asks for the next finer level only when the screen needs it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from radview.codec import level_for_size
from radview.errors import UsageError


@dataclass(frozen=True)
class Viewport:
    """A viewport's drawing area: logical size, device pixel ratio and zoom over 'fit'."""

    width: float
    height: float
    device_pixel_ratio: float = 1.0
    zoom: float = 1.0

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise UsageError(f"viewport size must be positive, got {self.width}×{self.height}")
        if self.device_pixel_ratio <= 0 or self.zoom <= 0:
            raise UsageError("device pixel ratio and zoom must be positive")

    @property
    def device_width(self) -> float:
        return self.width * self.device_pixel_ratio

    @property
    def device_height(self) -> float:
        return self.height * self.device_pixel_ratio


def needed_dimension(rows: int, cols: int, viewport: Viewport) -> int:
    """Long side, in image pixels, that the viewport can actually show (≤ the image's)."""
    if rows <= 0 or cols <= 0:
        raise UsageError(f"image size must be positive, got {rows}×{cols}")
    fit = min(viewport.device_width / cols, viewport.device_height / rows)
    shown = max(rows, cols) * fit * viewport.zoom
    return min(max(rows, cols), max(1, math.ceil(shown - 1e-9)))


def level_for_viewport(header: Any, viewport: Viewport) -> int:
    """The level of ``header`` (a codec ContainerHeader) that fills ``viewport``."""
    needed = needed_dimension(int(header.rows), int(header.cols), viewport)
    return int(level_for_size(header, needed))


@dataclass
class ProgressivePlan:
    """The levels to fetch for one image, coarse first; remembers what is on hand."""

    header: Any
    have_level: int | None = None
    requested: list[int] = field(default_factory=list)

    @property
    def finest(self) -> int:
        return len(self.header.levels) - 1

    def initial_requests(self, viewport: Viewport) -> list[int]:
        """Coarsest level at once, then the screen's level (one entry if they coincide)."""
        target = level_for_viewport(self.header, viewport)
        steps = [0] if target > 0 else []
        steps.append(target)
        return [s for s in steps if self.have_level is None or s > self.have_level]

    def on_received(self, level: int) -> None:
        if not 0 <= level <= self.finest:
            raise UsageError(f"level {level} outside 0..{self.finest}")
        if self.have_level is None or level > self.have_level:
            self.have_level = level

    def request_for_dimension(self, max_dimension: int) -> int | None:
        """Like ``request_for`` when the view already knows the device pixels it covers
        (the viewer's ``displaySizeNeeded``): the finer level needed, or None."""
        if max_dimension <= 0:
            raise UsageError(f"a display size must be positive, got {max_dimension}")
        target = int(level_for_size(self.header, int(max_dimension)))
        if self.have_level is not None and target <= self.have_level:
            return None
        return target

    def request_for(self, viewport: Viewport) -> int | None:
        """After a zoom or resize: the finer level now needed, or None if on hand."""
        target = level_for_viewport(self.header, viewport)
        if self.have_level is not None and target <= self.have_level:
            return None
        return target
