"""`radview workstation --import` of a damaged copy never replaces the verified cached one."""

from __future__ import annotations

import hashlib
import shutil

import numpy as np
import pydicom

from radview.net.cache import Cache
from radview.net.local_import import import_paths, pixel_data_problem
from radview.net.sources import CacheSource, SearchFilters
from radview.resources.sample_images import pydicom_data_file


def _truncated(src, dst, keep=0.6):
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * keep)])
    return dst


def test_a_truncated_copy_keeps_the_verified_one_and_is_reported(tmp_path):
    good = pydicom_data_file("RG1_UNCR.dcm")
    cache = Cache(tmp_path / "cache")
    assert import_paths(cache, [good]).instances == 1
    sop = str(pydicom.dcmread(good, stop_before_pixels=True).SOPInstanceUID)
    before = cache.blob_digests(sop)
    bad = _truncated(good, tmp_path / "copy.dcm")
    report = import_paths(cache, [bad])
    assert report.instances == 0 and len(report.conflicts) == 1
    assert "kept the verified cached copy" in report.conflicts[0][1]
    assert "conflict" in report.describe()
    assert cache.blob_digests(sop) == before
    # the cached image still opens whole (its thumbnail would not turn black)
    source = CacheSource(Cache(tmp_path / "cache"))
    study = source.search(SearchFilters())[0]
    series = source.series(study["study_uid"])[0]
    images = []
    source.load_series(study["study_uid"], series["series_uid"], on_header=lambda _h: None,
                       on_image=images.append)
    assert np.array_equal(images[0].pixels, pydicom.dcmread(good).pixel_array)


def test_a_fetched_version_is_kept_too_and_a_lone_truncated_file_is_skipped(tmp_path):
    good = pydicom_data_file("693_J2KR.dcm")
    sop = str(pydicom.dcmread(good, stop_before_pixels=True).SOPInstanceUID)
    cache = Cache(tmp_path / "cache")
    cache.put_blob(sop, "V1", b"a progressive version fetched from the server")
    bad = _truncated(good, tmp_path / "j2k.dcm", keep=0.5)
    assert pixel_data_problem(bad) is not None and pixel_data_problem(good) is None
    report = import_paths(cache, [bad])
    assert report.instances == 0 and report.conflicts
    assert set(cache.blob_digests(sop)) == {"V1"}
    lone = _truncated(pydicom_data_file("RG1_UNCR.dcm"), tmp_path / "lone.dcm")
    report = import_paths(Cache(tmp_path / "other"), [lone])
    assert report.instances == 0 and "truncated" in report.skipped[0][1]


def test_a_different_whole_copy_does_not_replace_the_cached_one(tmp_path):
    good = pydicom_data_file("RG1_UNCR.dcm")
    cache = Cache(tmp_path / "cache")
    import_paths(cache, [good])
    ds = pydicom.dcmread(good)
    ds.InstitutionName = "Another copy"
    other = tmp_path / "other.dcm"
    ds.save_as(other)
    report = import_paths(cache, [other])
    assert report.instances == 0 and "different copy" in report.conflicts[0][1]
    digest = hashlib.sha256(good.read_bytes()).hexdigest()
    assert cache.blob_digests(str(ds.SOPInstanceUID))["original"] == digest
    shutil.copy(good, tmp_path / "same.dcm")  # the very same bytes again: fine, no conflict
    assert not import_paths(cache, [tmp_path / "same.dcm"]).conflicts
