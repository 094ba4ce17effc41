"""Local folder and DICOMDIR import into the cache; the cache source opens them offline."""

from __future__ import annotations

import shutil

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file

from radview.net.local_import import import_paths
from radview.app.settings_store import Connection, Settings, load_settings, save_settings
from radview.net.sources import CacheSource, SearchFilters
from radview.errors import RadviewError, UsageError
from radview.net.cache import Cache
from radview.resources.sample_images import pydicom_data_file


def test_folder_import_then_search_and_open_offline(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("RG1_UNCR.dcm", "693_J2KR.dcm"):
        shutil.copy(pydicom_data_file(name), folder / name)
    (folder / "notes.txt").write_text("not dicom")
    cache = Cache(tmp_path / "cache")
    report = import_paths(cache, [folder])
    assert report.instances == 2 and len(report.studies) == 2
    assert report.skipped and report.skipped[0][0].endswith("notes.txt")

    source = CacheSource(Cache(tmp_path / "cache"))  # a fresh view: nothing in memory
    ct = source.search(SearchFilters(modality="CT"))
    assert len(ct) == 1
    series = source.series(ct[0]["study_uid"])
    images, headers = [], []
    source.load_series(ct[0]["study_uid"], series[0]["series_uid"], on_header=headers.extend,
                       on_image=images.append)
    assert headers[0].SOPInstanceUID == images[0].sop_uid
    ref = pydicom.dcmread(pydicom_data_file("693_UNCR.dcm"))
    assert np.array_equal(images[0].pixels, ref.pixel_array)  # J2K lossless decodes exactly
    assert images[0].version == "original" and not images[0].lossy


def test_dicomdir_import_follows_its_records(tmp_path):
    src = get_testdata_file("DICOMDIR")
    media = tmp_path / "media"
    shutil.copytree(src.rsplit("/", 1)[0], media)
    cache = Cache(tmp_path / "cache")
    report = import_paths(cache, [media / "DICOMDIR"])
    assert report.instances > 10
    assert len(report.studies) >= 2


def test_bad_paths_and_dates_are_refused(tmp_path):
    cache = Cache(tmp_path)
    with pytest.raises(UsageError, match="no such file"):
        import_paths(cache, [tmp_path / "missing"])
    with pytest.raises(UsageError, match="YYYYMMDD"):
        CacheSource(cache).search(SearchFilters(date_from="2024-01-01"))
    with pytest.raises(UsageError, match="after"):
        CacheSource(cache).search(SearchFilters(date_from="20250101", date_to="20240101"))
    with pytest.raises(RadviewError, match="no images"):
        CacheSource(cache).load_series("1", "2", on_header=print, on_image=print)


def test_settings_roundtrip_and_validation(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(profile="home", connections=[
        Connection("pacs", "dimse", host="127.0.0.1", port=104, ae_title="ORTHANC"),
        Connection("web", "dicomweb", url="http://127.0.0.1:8042/dicom-web")])
    save_settings(settings, path)
    again = load_settings(path)
    assert again.profile == "home" and again.connection("pacs").ae_title == "ORTHANC"
    with pytest.raises(UsageError, match="AE title"):
        Connection("x", "dimse", host="h", port=1, ae_title="").validate()
    with pytest.raises(UsageError, match="http"):
        Connection("x", "radview", url="localhost:8000").validate()
    path.write_text("{not json")
    with pytest.raises(RadviewError, match="damaged"):
        load_settings(path)
