"""Slice geometry of the generated CT and MR stacks, at full size (headers only)."""

from __future__ import annotations

import numpy as np
import pytest

from radview.demo.raster import Grid, upsample
from radview.demo.phantom_head import Plane


def _stack_checks(datasets, expected_step: float):
    iop = np.array(datasets[0].ImageOrientationPatient, dtype=float)
    row, col = iop[:3], iop[3:]
    assert np.isclose(np.linalg.norm(row), 1) and np.isclose(np.linalg.norm(col), 1)
    assert abs(np.dot(row, col)) < 1e-6, "row and column directions must be orthogonal"
    normal = np.cross(row, col)
    ipp = np.array([d.ImagePositionPatient for d in datasets], dtype=float)
    steps = np.diff(ipp, axis=0)
    # every step is exactly one spacing along the normal (no in-plane drift)
    along = steps @ normal
    assert np.allclose(np.abs(along), expected_step, atol=1e-3), along
    assert np.all(np.sign(along) == np.sign(along[0])), "slices must be monotonic"
    assert np.allclose(steps - np.outer(along, normal), 0, atol=1e-3)
    for d in datasets:
        assert list(map(float, d.ImageOrientationPatient)) == list(iop)
        assert np.isclose(float(d.SliceLocation), np.dot(np.array(d.ImagePositionPatient, float),
                                                          normal), atol=1e-3)
        assert d.FrameOfReferenceUID == datasets[0].FrameOfReferenceUID
    assert [int(d.InstanceNumber) for d in datasets] == list(range(1, len(datasets) + 1))
    return along


def test_ct_stacks_full_size_geometry(meta_set, dh):
    out, _ = meta_set
    big = 0
    for _p, study, series in dh.all_series(out):
        if series["plane"] is None or study["modality"] != "CT":
            continue
        ds = dh.headers(dh.series_files(out, series))
        assert len(ds) == series["images"]
        step = float(ds[0].SliceThickness)
        along = _stack_checks(ds, step)
        assert np.all(along < 0), "CT stacks run head to feet (position decreasing along the normal)"
        assert (ds[0].Rows, ds[0].Columns) == (512, 512)
        assert ds[0].PatientPosition == "HFS"
        assert ds[0].RescaleIntercept == -1024 and ds[0].RescaleSlope == 1
        assert len(ds[0].WindowCenter) == len(ds[0].WindowWidth) == \
            len(ds[0].WindowCenterWidthExplanation) >= 2
        ps = [float(v) for v in ds[0].PixelSpacing]
        assert np.isclose(ps[0] * 512, float(ds[0].ReconstructionDiameter), rtol=1e-4)
        if len(ds) >= 150:
            big += 1
    assert big >= 4, "the issue asks for CT chest and abdomen/pelvis stacks of >= 150 slices"


def test_mr_series_planes_and_spacing(meta_set, dh):
    out, _ = meta_set
    planes = set()
    for _p, study, series in dh.all_series(out):
        if study["modality"] != "MR":
            continue
        ds = dh.headers(dh.series_files(out, series))
        _stack_checks(ds, float(ds[0].SpacingBetweenSlices))
        iop = np.array(ds[0].ImageOrientationPatient, float)
        normal = np.abs(np.cross(iop[:3], iop[3:]))
        plane = {0: "SAG", 1: "COR", 2: "AX"}[int(np.argmax(normal))]
        assert plane == series["plane"]
        planes.add(plane)
    assert planes == {"AX", "SAG", "COR"}


def test_all_frames_of_reference_differ_between_studies(meta_set, dh):
    out, _ = meta_set
    seen = {}
    for _p, study, series in dh.all_series(out):
        if series["plane"] is None:
            continue
        ds = dh.headers(dh.series_files(out, series)[:1])[0]
        seen.setdefault(study["study_uid"], set()).add(ds.FrameOfReferenceUID)
    assert all(len(v) == 1 for v in seen.values())
    frames = [next(iter(v)) for v in seen.values()]
    assert len(set(frames)) == len(frames)


def test_ct_slices_override_keeps_spacing(small_set, dh):
    out, _ = small_set
    for _p, study, series in dh.all_series(out):
        if study["modality"] == "CT":
            ds = dh.headers(dh.series_files(out, series))
            assert len(ds) == 3
            _stack_checks(ds, float(ds[0].SliceThickness))


def test_head_plane_points_follow_row_and_column_directions():
    plane = Plane(4, 5, 2.0, (10.0, 20.0, 30.0), (0, 1, 0), (0, 0, -1))
    x, y, z = plane.points((slice(0, 4), slice(0, 5)))
    x, y, z = (np.broadcast_to(a, (4, 5)) for a in (x, y, z))
    assert np.allclose(x, 10.0)
    assert np.allclose(y[0], 20.0 + 2.0 * np.arange(5))  # columns step along +y
    assert np.allclose(z[:, 0], 30.0 - 2.0 * np.arange(4))  # rows step along -z


@pytest.mark.parametrize("shape", [(8, 6), (7, 9)])
def test_upsample_keeps_values_on_the_coarse_grid(shape):
    field = np.arange(np.prod(shape), dtype=np.float32).reshape(shape)
    big = upsample(field, shape[0] * 2, shape[1] * 2)
    assert big.shape == (shape[0] * 2, shape[1] * 2)
    assert np.allclose(big[::2, ::2], field)
    assert np.allclose(big[1:-1:2, ::2], (field[:-1] + field[1:]) / 2)


def test_grid_box_clips_to_image():
    g = Grid(10, 10, 0.0, 0.0, 1.0, 1.0)
    assert g.box(100, 100, 2, 2) is None
    rows, cols = g.box(0, 0, 3, 3)
    assert (rows.start, cols.start) == (0, 0) and rows.stop == 4
