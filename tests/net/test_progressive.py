"""Planner math: only the levels the screen can show are ever requested."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from radview.net.progressive import (
    ProgressivePlan, Viewport, needed_dimension,
)
from radview.errors import UsageError


@dataclass
class Level:
    index: int
    rows: int
    cols: int


@dataclass
class Header:
    rows: int
    cols: int
    levels: list


def pyramid(rows: int, cols: int) -> Header:
    sizes = [(rows, cols)]
    while max(sizes[-1]) > 128:
        r, c = sizes[-1]
        sizes.append(((r + 1) // 2, (c + 1) // 2))
    sizes.reverse()
    return Header(rows, cols, [Level(i, r, c) for i, (r, c) in enumerate(sizes)])


def test_4000_image_on_2000_viewport_never_needs_finest_level():
    header = pyramid(4000, 4000)
    plan = ProgressivePlan(header)
    steps = plan.initial_requests(Viewport(2000, 2000))
    assert steps[0] == 0
    assert header.levels[steps[-1]].rows == 2000
    assert plan.finest not in steps


def test_hidpi_viewport_counts_device_pixels():
    header = pyramid(4000, 4000)
    logical = Viewport(1000, 1000, device_pixel_ratio=1.0)
    retina = Viewport(1000, 1000, device_pixel_ratio=2.0)
    plan = ProgressivePlan(header)
    assert header.levels[plan.initial_requests(logical)[-1]].rows == 1000
    assert header.levels[plan.initial_requests(retina)[-1]].rows == 2000


def test_zoom_in_fetches_next_level_only_when_needed():
    header = pyramid(4000, 4000)
    plan = ProgressivePlan(header)
    for level in plan.initial_requests(Viewport(1000, 1000)):
        plan.on_received(level)
    assert plan.request_for(Viewport(1000, 1000, zoom=1.0)) is None
    nxt = plan.request_for(Viewport(1000, 1000, zoom=2.0))
    assert header.levels[nxt].rows == 2000
    plan.on_received(nxt)
    assert plan.request_for(Viewport(1000, 1000, zoom=1.5)) is None
    assert plan.request_for(Viewport(1000, 1000, zoom=8.0)) == plan.finest


def test_non_square_image_fits_by_the_limiting_side():
    # RG1 chest 1955×1841 in a 1920×1080 screen: height limits, 1080 rows shown.
    assert needed_dimension(1955, 1841, Viewport(1920, 1080)) == 1080
    header = pyramid(1955, 1841)
    level = ProgressivePlan(header).initial_requests(Viewport(1920, 1080))[-1]
    assert max(header.levels[level].rows, header.levels[level].cols) >= 1080
    # In a 2×2 layout each viewport is 960×540: one level coarser suffices.
    quarter = ProgressivePlan(header).initial_requests(Viewport(960, 540))[-1]
    assert quarter == level - 1 and header.levels[quarter].rows >= 540


def test_small_image_uses_its_full_resolution():
    header = pyramid(512, 512)
    assert ProgressivePlan(header).initial_requests(Viewport(1920, 1080)) == [0, 2]


def test_requested_level_follows_the_codec_contract():
    plan = ProgressivePlan(pyramid(512, 512))  # levels 128, 256, 512
    assert plan.request_for_dimension(100) == 0
    assert plan.request_for_dimension(129) == 1
    assert plan.request_for_dimension(5000) == 2


def test_bad_viewport_and_levels_are_refused():
    with pytest.raises(UsageError):
        Viewport(0, 100)
    with pytest.raises(UsageError):
        Viewport(100, 100, zoom=0)
    with pytest.raises(UsageError):
        ProgressivePlan(pyramid(512, 512)).request_for_dimension(0)
    plan = ProgressivePlan(pyramid(512, 512))
    with pytest.raises(UsageError):
        plan.on_received(9)


def test_real_codec_header_and_prefix_decode_to_the_planned_level():
    import numpy as np

    from radview.codec import decode, encode, prefix_length, read_header

    image = np.random.default_rng(1).integers(0, 4096, (1024, 1024)).astype(np.uint16)
    data = encode(image, ratio=20, bits_stored=12)
    header = read_header(data)
    plan = ProgressivePlan(header)
    steps = plan.initial_requests(Viewport(400, 500))
    assert steps[0] == 0 and header.levels[steps[-1]].rows == 512
    shown = decode(data[:prefix_length(header, steps[-1])], level=steps[-1])
    assert shown.shape == (512, 512)
