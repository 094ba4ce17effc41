"""Repeated wall-clock timing shared by the benchmarks."""

from __future__ import annotations

import time
from typing import Any, Callable


def repeat_ms(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    """Calls ``fn`` ``repeat`` times: the wall time of each call in ms, and the last result."""
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return times, out
