"""Orientation markers, slice position and synchronisation by position."""

from __future__ import annotations

import numpy as np
import pytest

from radview.viewer.geometry import SliceGeometry, ViewTransform, orientation_markers, sync_index

AXIAL = [1, 0, 0, 0, 1, 0]
CORONAL = [1, 0, 0, 0, 0, -1]
SAGITTAL = [0, 1, 0, 0, 0, -1]


def geom(iop, pos=(0, 0, 0), spacing=(1, 1)):
    return SliceGeometry.from_meta({"ImageOrientationPatient": iop, "ImagePositionPatient": list(pos),
                                    "PixelSpacing": list(spacing)}, 512, 512)


@pytest.mark.parametrize("iop,expect", [
    (AXIAL, {"left": "R", "right": "L", "top": "A", "bottom": "P"}),
    (CORONAL, {"left": "R", "right": "L", "top": "H", "bottom": "F"}),
    (SAGITTAL, {"left": "A", "right": "P", "top": "H", "bottom": "F"}),
])
def test_markers_for_standard_planes(iop, expect):
    assert orientation_markers(geom(iop)) == expect


def test_markers_follow_rotation_and_flip():
    g = geom(AXIAL)
    # rotated 90 deg clockwise: what was at the top (A) is now on the right
    assert orientation_markers(g, ViewTransform(rotation=90)) == {
        "left": "P", "right": "A", "top": "R", "bottom": "L"}
    assert orientation_markers(g, ViewTransform(flip_h=True))["left"] == "L"
    assert orientation_markers(g, ViewTransform(flip_v=True))["top"] == "P"


def test_oblique_marker_has_two_letters():
    c, s = np.cos(np.radians(30)), np.sin(np.radians(30))
    g = geom([c, 0, -s, 0, 1, 0])
    assert orientation_markers(g)["right"] == "LF"


def test_no_orientation_no_markers():
    g = SliceGeometry.from_meta({}, 10, 10)
    assert set(orientation_markers(g).values()) == {""}
    assert g.location is None


def test_sync_between_current_and_prior_of_different_spacing():
    current = [geom(AXIAL, (0, 0, z)) for z in np.arange(100.0, 0.0, -5.0)]  # 5 mm
    prior = [geom(AXIAL, (-10, 5, z), (0.7, 0.7)) for z in np.arange(120.0, 10.0, -2.5)]  # 2.5 mm
    for src in current:
        i = sync_index(src, prior)
        z = src.position[2]
        best = min(range(len(prior)), key=lambda k: abs(prior[k].position[2] - z))
        assert i == best
    # beyond the prior's extent: nearest end, or None with a distance limit
    assert sync_index(geom(AXIAL, (0, 0, 200.0)), prior) == 0
    assert sync_index(geom(AXIAL, (0, 0, 200.0)), prior, max_distance_mm=10) is None


def test_sync_uses_the_plane_normal_for_tilted_series():
    c, s = np.cos(np.radians(5)), np.sin(np.radians(5))
    iop = [1, 0, 0, 0, c, -s]  # gantry tilt of 5 degrees
    n = np.cross(iop[:3], iop[3:])
    targets = [geom(iop, tuple(n * d)) for d in range(0, 50, 5)]
    src = geom(AXIAL, (30, 40, 0)) if False else geom(iop, tuple(n * 21 + np.array([30, 40, 0]) * 0))
    assert sync_index(src, targets) == 4  # 21 mm -> the slice at 20 mm


def test_sync_refuses_non_parallel_series():
    assert sync_index(geom(AXIAL, (0, 0, 10)), [geom(SAGITTAL, (0, 0, 10))]) is None
