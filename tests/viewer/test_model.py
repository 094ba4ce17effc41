"""ImageStack: building from datasets and metadata, progressive pixel updates."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest

from radview.errors import UsageError
from radview.resources.sample_images import pydicom_data_file
from radview.viewer.model import ImageStack, LevelInfo, Slice


def ct_meta(z: float, n: int) -> dict:
    return {"Rows": 64, "Columns": 48, "BitsStored": 12, "PixelRepresentation": 0, "Modality": "CT",
            "RescaleIntercept": -1024, "RescaleSlope": 1, "WindowCenter": 40, "WindowWidth": 400,
            "ImageOrientationPatient": [1, 0, 0, 0, 1, 0], "ImagePositionPatient": [0, 0, z],
            "PixelSpacing": [0.5, 0.5], "InstanceNumber": n, "SOPInstanceUID": f"1.2.{n}"}


def test_slices_sorted_head_first_by_position():
    metas = [ct_meta(z, i) for i, z in enumerate([10.0, 30.0, 20.0])]
    stack = ImageStack([Slice.from_meta(m) for m in metas])
    assert [s.geometry.location for s in stack] == [30.0, 20.0, 10.0]
    assert stack.index_of("1.2.2") == 1


def test_progressive_levels_replace_and_late_coarse_is_ignored():
    stack = ImageStack([Slice.from_meta(ct_meta(0, 1))])
    seen = []
    unsubscribe = stack.subscribe(seen.append)
    coarse = np.full((16, 12), 1000, np.uint16)
    fine = np.full((64, 48), 1064, np.uint16)
    assert stack.set_pixels(0, coarse, LevelInfo(0, 3, "reference", "q 40", lossy=True))
    assert not stack[0].full_resolution and stack[0].lossy
    assert stack.set_pixels(0, fine, LevelInfo(2, 3, "reference", "q 40", lossy=True))
    assert stack[0].full_resolution and stack[0].level.final
    assert not stack.set_pixels(0, coarse, LevelInfo(1, 3, "reference", "q 40", lossy=True))
    assert stack[0].pixels is fine
    # a different version (e.g. switching to diagnostic) starts again from its coarse level
    assert stack.set_pixels(0, coarse, LevelInfo(0, 3, "diagnostic", "lossless"))
    assert seen == [0, 0, 0]
    unsubscribe()
    stack.set_pixels(0, fine, LevelInfo(2, 3, "diagnostic", "lossless"))
    assert seen == [0, 0, 0]
    # geometry is the header's, whatever the level
    assert (stack[0].rows, stack[0].cols) == (64, 48)


@pytest.mark.parametrize("shape,message", [
    ((65, 48), "exceed"), ((16, 40), "aspect"), ((64, 48, 3), "grayscale")])
def test_bad_pixels_are_refused(shape, message):
    stack = ImageStack([Slice.from_meta(ct_meta(0, 1))])
    with pytest.raises(UsageError, match=message):
        stack.set_pixels(0, np.zeros(shape, np.uint16))
    with pytest.raises(UsageError, match="out of range"):
        stack.set_pixels(3, np.zeros((64, 48), np.uint16))


def test_multiframe_file_gives_one_slice_per_frame():
    stack = ImageStack.from_files([pydicom_data_file("emri_small.dcm")])
    assert len(stack) == 10
    ds = pydicom.dcmread(str(pydicom_data_file("emri_small.dcm")))
    assert np.array_equal(stack[3].pixels, ds.pixel_array[3])
    assert stack[3].frame == 3


def test_real_ct_slice_header():
    stack = ImageStack.from_files([pydicom_data_file("693_UNCR.dcm")])
    s = stack[0]
    assert s.info.modality_units == "HU"
    assert s.geometry.spacing.source == "PixelSpacing"
    assert np.array_equal(s.modality_values(), s.pixels.astype(float) - 1024)


def test_empty_stack_and_unreadable_file(tmp_path):
    from radview.errors import RadviewError

    with pytest.raises(UsageError):
        ImageStack([])
    bad = tmp_path / "x.dcm"
    bad.write_bytes(b"not dicom")
    with pytest.raises(RadviewError, match="cannot read"):
        ImageStack.from_files([bad])
