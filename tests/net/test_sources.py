"""The source layer without a peer: search checks, rows from any header, header-only sources."""

from __future__ import annotations

import pydicom
import pytest

from radview.errors import UsageError
from radview.net.cache import Cache
from radview.net.sources import FolderSource, SearchFilters, headers_source
from radview.net.sources.connection import pacs_connection
from radview.net.sources.rows import instance_row, series_from_plain, study_from_plain, study_row
from radview.resources.sample_images import pydicom_data_file


@pytest.mark.parametrize("filters, message", [
    (SearchFilters(date_from="2024"), "YYYYMMDD"),
    (SearchFilters(date_to="20241301"), "YYYYMMDD"),  # no 13th month
    (SearchFilters(date_from="20240101-20240102"), "YYYYMMDD"),  # a range in one field
    (SearchFilters(date_from="20240102", date_to="20240101"), "after"),
    (SearchFilters(modality="X" * 17), "longer"),
])
def test_search_filters_are_checked_before_any_query(filters, message):
    with pytest.raises(UsageError, match=message):
        filters.validate()


def test_good_filters_pass():
    assert SearchFilters(patient="Doe", date_from="20240229", modality="CT").validate()


def test_rows_are_the_same_from_json_and_from_a_file():
    ds = pydicom.dcmread(pydicom_data_file("MR2_UNCR.dcm"), stop_before_pixels=True)
    from_file = study_row(ds)
    plain = {"StudyInstanceUID": ds.StudyInstanceUID, "PatientID": ds.PatientID,
             "PatientName": {"Alphabetic": str(ds.PatientName)}, "Modality": "MR",
             "StudyDate": ds.StudyDate, "PatientBirthDate": ds.get("PatientBirthDate", ""),
             "StudyDescription": ds.get("StudyDescription", ""),
             "AccessionNumber": ds.get("AccessionNumber", "")}
    assert {k: v for k, v in study_from_plain(plain).items() if k != "anatomy"} == from_file
    row = instance_row(ds)
    assert row["sop_uid"] == ds.SOPInstanceUID and row["rows"] == ds.Rows
    assert row["meta"]["ImagePositionPatient"] == [float(v) for v in ds.ImagePositionPatient]


def test_series_rows_take_numbers_only_when_they_are_numbers():
    row = series_from_plain({"SeriesInstanceUID": "1.2", "SeriesNumber": "x",
                             "NumberOfSeriesRelatedInstances": "-3", "Modality": ["CT", "PT"]},
                            "1")
    assert row["number"] is None and row["instances"] is None and row["modality"] == "CT\\PT"
    assert series_from_plain({"SeriesNumber": "-2"})["number"] == -2


@pytest.mark.parametrize("spec", ["nonsense", "AE@host", "@host:1", "AE@host:x",
                                  "AE@host:70000", "WAYTOOLONGAETITLE1@h:104"])
def test_bad_pacs_specs_are_refused_before_any_association(spec):
    with pytest.raises(UsageError):
        pacs_connection(spec)


def test_headers_source_needs_a_place_and_a_url_scheme():
    with pytest.raises(UsageError, match="give a server URL"):
        headers_source()
    with pytest.raises(UsageError, match="http"):
        headers_source(server="pacs.example:8042")


def test_folder_source_lists_light_headers_then_completes_one(tmp_path):
    (tmp_path / "notes.txt").write_text("not DICOM")
    (tmp_path / "a.dcm").write_bytes(pydicom_data_file("MR2_UNCR.dcm").read_bytes())
    source = FolderSource(tmp_path)
    metas, info = source.patient_headers("1.2.3")
    assert info["files_read"] == 1 and info["files_skipped"] == 1
    assert set(metas[0]) <= {"PatientID", "IssuerOfPatientID", "StudyInstanceUID",
                             "SeriesInstanceUID", "SOPInstanceUID", "InstanceNumber",
                             "ViewPosition", "ImageLaterality", "Laterality", "_path"}
    full = source.complete_header(metas[0])
    assert full["Modality"] == "MR" and "PixelData" not in full
    with pytest.raises(UsageError, match="not a folder"):
        FolderSource(tmp_path / "nope").patient_headers("1.2.3")
    (tmp_path / "a.dcm").unlink()
    with pytest.raises(UsageError, match="no DICOM files"):
        source.patient_headers("1.2.3")


def test_cache_keeps_an_anatomy_handed_over_before_the_series_row(tmp_path):
    cache = Cache(tmp_path)
    try:
        cache.set_anatomy("1.2.3.1", {"labels": ["KNEE"], "source": "model"})
        cache.put_series({"series_uid": "1.2.3.1", "study_uid": "1.2.3", "modality": "MR"})
        [row] = cache.series_of("1.2.3")
        assert row["anatomy"]["labels"] == ["KNEE"] and row["modality"] == "MR"
    finally:
        cache.close()


def test_a_headers_only_source_refuses_images_before_any_transfer():
    from radview.net.sources import Connection, DicomWebSource

    class NoNetwork:
        def __getattr__(self, name):
            raise AssertionError(f"{name} called: nothing may be sent")

    source = DicomWebSource(None, Connection("pacs", "dicomweb", url="http://pacs.invalid"),
                            client=NoNetwork())
    with pytest.raises(UsageError, match="headers only"):
        source.load_series("1.2", "1.2.3", on_header=print, on_image=print)


def test_pacs_spec_with_an_ipv6_host():
    conn = pacs_connection("ORTHANC@[::1]:4242", calling_ae="ME")
    assert (conn.host, conn.port, conn.ae_title, conn.calling_ae) == ("::1", 4242, "ORTHANC", "ME")


def test_the_cache_says_it_gives_no_headers_rather_than_failing(tmp_path):
    from radview.net.sources import CacheSource

    cache = Cache(tmp_path)
    try:
        with pytest.raises(UsageError, match="does not give instance headers"):
            CacheSource(cache).patient_headers("1.2.3")
    finally:
        cache.close()
