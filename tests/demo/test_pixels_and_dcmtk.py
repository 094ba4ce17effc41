"""Pixels decode with pydicom, files pass DCMTK's dcmdump, CT numbers look like a body."""

from __future__ import annotations

import subprocess

import numpy as np
import pydicom
import pytest
from pydicom.pixels import apply_modality_lut


def dcmdump_problems(dcmdump: str, files) -> list[str]:
    """Run dcmdump over files (in batches); return its error/warning lines."""
    problems = []
    files = [str(f) for f in files]
    for i in range(0, len(files), 200):
        batch = files[i:i + 200]
        result = subprocess.run([dcmdump, *batch], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, errors="replace", timeout=300)
        if result.returncode != 0:
            problems.append(f"dcmdump exit {result.returncode} on batch starting {batch[0]}")
        problems += [line for line in result.stderr.splitlines() if line.strip()]
    return problems


def test_every_file_has_decodable_pixels(small_set, dh):
    out, summary = small_set
    files = sorted(out.rglob("*.dcm"))
    assert len(files) == summary.files > 0
    for f in files:
        ds = pydicom.dcmread(f)
        arr = ds.pixel_array
        assert arr.shape == (ds.Rows, ds.Columns)
        assert arr.std() > 0, f"{f} is blank"
        assert int(arr.max()) < (1 << int(ds.BitsStored)) or ds.PixelRepresentation == 1


def test_dcmdump_reports_no_errors_on_one_file_per_series(small_set, dh, dcmtk):
    out, _ = small_set
    sample = [dh.series_files(out, s)[0] for _p, _st, s in dh.all_series(out)]
    assert dcmdump_problems(dcmtk("dcmdump"), sample) == []


def _hu(path) -> np.ndarray:
    ds = pydicom.dcmread(path)
    return apply_modality_lut(ds.pixel_array, ds)


def test_ct_chest_slice_has_air_lung_fat_soft_tissue_and_bone(small_set, dh):
    out, _ = small_set
    chest = next(s for _p, st, s in dh.all_series(out)
                 if st["modality"] == "CT" and s["anatomy"] == ["CHEST"])
    hu = _hu(dh.series_files(out, chest)[1])
    assert np.median(hu[:20, :20]) < -900  # air outside the body (or padding)
    inside = hu[hu > -2000 + 1024]  # drop GE padding
    fractions = {
        "lung": np.mean((inside > -950) & (inside < -700)),
        "fat": np.mean((inside > -150) & (inside < -50)),
        "soft tissue": np.mean((inside > 0) & (inside < 100)),
        "bone": np.mean(inside > 300),
    }
    for tissue, share in fractions.items():
        assert share > 0.003, f"no {tissue} in a chest slice: {fractions}"


def test_ct_abdomen_slice_shows_organs_not_lungs(small_set, dh):
    out, _ = small_set
    abd = next(s for _p, st, s in dh.all_series(out)
               if st["modality"] == "CT" and s["anatomy"] == ["ABDOMEN", "PELVIS"])
    hu = _hu(dh.series_files(out, abd)[1])
    body = hu[hu > -500]
    assert np.mean((body > 20) & (body < 250)) > 0.15  # organs, muscle, bowel
    assert np.mean((body > 100) & (body < 300)) > 0.005  # contrast-enhanced vessels and organs
    assert np.mean(body > 300) > 0.002  # spine / pelvis


def test_mr_sequences_differ_in_contrast(small_set, dh):
    """T2 makes CSF bright relative to brain; T1 makes it dark (same patient, same plane)."""
    out, _ = small_set
    series = {s["description"]: s for _p, st, s in dh.all_series(out) if st["modality"] == "MR"}
    t1 = pydicom.dcmread(dh.series_files(out, series["t1_se_tra_post"])[11]).pixel_array
    t2 = pydicom.dcmread(dh.series_files(out, series["t2_tse_tra"])[11]).pixel_array
    # the lateral ventricles sit near the centre of a mid-level axial slice
    r, c = t2.shape[0] // 2, t2.shape[1] // 2
    assert np.percentile(t2[r - 40:r + 40, c - 40:c + 40], 99) > np.median(t2[t2 > 100]) * 1.5
    assert np.percentile(t1[r - 40:r + 40, c - 40:c + 40], 5) < np.median(t1[t1 > 100]) * 0.6


@pytest.mark.slow
def test_full_size_run_with_real_images_passes_pydicom_and_dcmdump(tmp_path, dcmtk):
    """The default set, as users get it: every file decodes and dcmdump is silent."""
    from radview.demo.generator import generate

    summary = generate(tmp_path / "full")
    files = sorted(summary.out_dir.rglob("*.dcm"))
    assert len(files) == summary.files > 900
    real = [p for p in summary.patients if p["source"] == "pydicom-data"]
    assert len(real) >= 10
    skipped = {s["file"] for s in summary.skipped_real}
    assert {"bad_sequence.dcm", "emri_small_jpeg_2k_lossless_too_short.dcm"} <= skipped
    for f in files:
        ds = pydicom.dcmread(f)
        assert ds.pixel_array.size > 0
    assert dcmdump_problems(dcmtk("dcmdump"), files) == []


def test_dciodvfy_finds_no_iod_errors_on_one_file_per_series(small_set, dh):
    """dicom3tools' IOD validator: every module the SOP class requires is there.

    (Warnings remain where real vendors deviate too: CC/MLO in ViewPosition,
    "M" in MR ImageType, an empty Laterality where BodyPartExamined is missing.)
    """
    import os

    tool = "/usr/bin/dciodvfy"
    if not os.access(tool, os.X_OK):
        pytest.skip("dciodvfy not installed (Debian package dicom3tools)")
    out, _ = small_set
    errors = []
    for _p, _st, series in dh.all_series(out):
        f = dh.series_files(out, series)[0]
        result = subprocess.run([tool, str(f)], capture_output=True, text=True, errors="replace")
        errors += [f"{series['description']}: {line}"
                   for line in (result.stdout + result.stderr).splitlines()
                   if line.startswith("Error")]
    assert errors == []
