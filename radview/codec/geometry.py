"""Pyramid geometry: how many levels an image gets and the size of each.

Container level 0 is the coarsest image, at most ``COARSEST_MAX`` pixels on its
long side; each further level doubles the resolution; the last level is the full
image. Level 0 is itself decomposed ``extra_levels`` more times internally, which
only helps compression (it is always decoded as a whole).
"""

from __future__ import annotations

COARSEST_MAX = 128
_MIN_INTERNAL_SIDE = 16  # stop decomposing level 0 when a side would drop below ~8
_MAX_EXTRA = 5


def _halve(n: int, times: int) -> int:
    return -(-n // (1 << times))


def container_levels(rows: int, cols: int) -> int:
    """Number of container levels: 1 + halvings until the long side is <= 128."""
    n, long_side = 1, max(rows, cols)
    while _halve(long_side, n - 1) > COARSEST_MAX:
        n += 1
    return n


def level_shapes(rows: int, cols: int) -> list[tuple[int, int]]:
    n = container_levels(rows, cols)
    return [(_halve(rows, n - 1 - k), _halve(cols, n - 1 - k)) for k in range(n)]


def extra_levels(rows: int, cols: int) -> int:
    """Internal decompositions of the level-0 image (0 for tiny images)."""
    r, c = level_shapes(rows, cols)[0]
    extra = 0
    while min(_halve(r, extra), _halve(c, extra)) >= _MIN_INTERNAL_SIDE and extra < _MAX_EXTRA:
        extra += 1
    return extra


def band_shapes(rows: int, cols: int, decompositions: int) -> list[tuple[int, int]]:
    """Image size at every decomposition depth, finest (the image) first."""
    return [(_halve(rows, j), _halve(cols, j)) for j in range(decompositions + 1)]
