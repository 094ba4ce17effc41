"""UID and query-value validation: what parses, and a clear refusal for what does not."""

from __future__ import annotations

import pytest

from radview.dicom import QueryValueError, check_uid, parse_query_value, valid_uid


@pytest.mark.parametrize("uid, ok", [
    ("1.2.840.10008.1.2", True), ("1", True), ("1." + "2" * 62, True), ("1." + "2" * 63, False),
    ("", False), ("1..2", False), ("1.2.", False), (".1", False), ("1.2a", False),
    ("1.2 ", False), (None, False)])
def test_valid_uid(uid, ok):
    assert valid_uid(uid) is ok


def test_strict_uids_refuse_leading_zeros_and_check_uid_names_the_field():
    assert valid_uid("1.02") and not valid_uid("1.02", strict=True)
    assert check_uid("1.2.3", "study") == "1.2.3"
    with pytest.raises(QueryValueError, match="study 'x' is not a valid DICOM UID"):
        check_uid("x", "study")


@pytest.mark.parametrize("keyword, value, kind, values, lo, hi", [
    ("PatientName", "", "universal", (), "", ""),
    ("PatientName", "*", "universal", (), "", ""),
    ("PatientName", None, "universal", (), "", ""),
    ("PatientName", "Doe^*", "wildcard", ("Doe^*",), "", ""),
    ("PatientID", "P1", "single", ("P1",), "", ""),
    ("StudyInstanceUID", "1.2.3,1.2.4", "list", ("1.2.3", "1.2.4"), "", ""),
    ("0020000D", "1.2.3\\1.2.4", "list", ("1.2.3", "1.2.4"), "", ""),
    ("ModalitiesInStudy", "CT,MR", "list", ("CT", "MR"), "", ""),
    ("StudyDescription", "Chest, PA", "single", ("Chest, PA",), "", ""),
    ("StudyDate", "20240229", "single", ("20240229",), "", ""),
    ("StudyDate", "20240101-20241231", "range", (), "20240101", "20241231"),
    ("StudyDate", "-20241231", "range", (), "", "20241231"),
    ("StudyDate", "20240101-", "range", (), "20240101", ""),
    ("StudyTime", "0930-174500.5", "range", (), "0930", "174500.5"),
    ("StudyTime", "235960", "single", ("235960",), "", ""),
    ("AcquisitionDateTime", "2019-2020", "range", (), "2019", "2020"),
    ("AcquisitionDateTime", "20200101120000-0500", "single", ("20200101120000-0500",), "", ""),
    ("AcquisitionDateTime", "20200101-20200102", "range", (), "20200101", "20200102"),
    ("SeriesNumber", "-3", "single", ("-3",), "", ""),
    ("Rows", ["512", "256"], "list", ("512", "256"), "", ""),
    ("SliceThickness", "2.5", "single", ("2.5",), "", ""),
])
def test_values_that_parse(keyword, value, kind, values, lo, hi):
    q = parse_query_value(keyword, value)
    assert (q.kind, q.values, q.lo, q.hi) == (kind, values, lo, hi)


def test_text_form_and_keyword_resolution():
    assert parse_query_value("0020000D", "1.2,1.3").text == "1.2\\1.3"
    assert parse_query_value("0020000D", "1.2").keyword == "StudyInstanceUID"


@pytest.mark.parametrize("keyword, value, message", [
    ("StudyInstanceUID", "1.2.x", "not a valid DICOM UID"),
    ("StudyInstanceUID", "1.2.*", "wildcard"),
    ("StudyDate", "2024", "not a valid DA"),
    ("StudyDate", "20240230", "not a valid DA"),
    ("StudyDate", "20241301-", "not a DA value"),
    ("StudyDate", "20241231-20240101", "start is after its end"),
    ("StudyDate", "-", "neither start nor end"),
    ("StudyDate", "2024*", "wildcard"),
    ("StudyDate", "20240101\\20240102", "value list"),
    ("StudyDate", "20240101-20240102-20240103", "not a valid DA"),
    ("StudyTime", "2460", "not a valid TM"),
    ("StudyTime", "12:30", "not a valid TM"),
    ("AcquisitionDateTime", "2020130101", "not a valid DT"),
    ("SeriesNumber", "7a", "not a whole number"),
    ("SeriesNumber", "7*", "wildcard"),
    ("SeriesNumber", "99999999999", "out of range"),
    ("Rows", "-1", "out of range"),
    ("SliceThickness", "thick", "not a number"),
    ("Modality", "X" * 17, "longer than a CS value"),
    ("PatientID", "P\x001", "control characters"),
    ("PixelData", "x", "not matching keys"),
    ("NoSuchKeyword", "x", "unknown attribute"),
])
def test_values_that_are_refused_name_the_attribute(keyword, value, message):
    with pytest.raises(QueryValueError, match=message) as info:
        parse_query_value(keyword, value)
    if keyword != "NoSuchKeyword":
        assert str(info.value).startswith(keyword)
