"""The DICOM JSON model and its plain view: the same answer from JSON and from pydicom."""

from __future__ import annotations

import pydicom
import pytest
from pydicom.dataset import Dataset

from radview.dicom import dataset_plain, flatten, from_json, json_from_plain, keyword_of, to_json
from radview.dicom.model import int_value, text_value
from radview.resources.sample_images import pydicom_data_file


def _sample() -> Dataset:
    ds = Dataset()
    ds.PatientName = "Doe^Jane"
    ds.PatientID = "P1"
    ds.Modality = "CT"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SeriesNumber = "7"
    ds.SliceThickness = "2.5"
    ds.Rows = 512
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.StudyDescription = ""
    code = Dataset()
    code.CodeValue = "T-D3000"
    code.CodingSchemeDesignator = "SRT"
    code.CodeMeaning = "Chest"
    ds.AnatomicRegionSequence = [code]
    ds.ReferencedImageSequence = []
    ds.PixelData = b"\0" * 2048
    return ds


def test_plain_view_is_the_same_from_json_and_from_pydicom():
    ds = _sample()
    from_ds = dataset_plain(ds)
    from_doc = flatten(to_json(ds))
    assert from_ds == from_doc
    assert from_ds["PatientName"] == "Doe^Jane"
    assert from_ds["ImageType"] == ["ORIGINAL", "PRIMARY", "AXIAL"]
    assert from_ds["SeriesNumber"] == 7 and type(from_ds["SeriesNumber"]) is int
    assert from_ds["SliceThickness"] == 2.5 and type(from_ds["SliceThickness"]) is float
    assert from_ds["Rows"] == 512
    assert from_ds["StudyDescription"] == ""
    assert from_ds["AnatomicRegionSequence"] == [
        {"CodeValue": "T-D3000", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Chest"}]
    assert from_ds["ReferencedImageSequence"] == []
    assert "PixelData" not in from_ds  # binary values are left out


def test_keywords_subset_and_a_real_file():
    ds = pydicom.dcmread(pydicom_data_file("MR2_UNCR.dcm"), stop_before_pixels=True)
    plain = dataset_plain(ds, ["Modality", "PatientName", "NotAKeyword", "PixelSpacing"])
    assert plain["Modality"] == "MR" and set(plain) == {"Modality", "PatientName", "PixelSpacing"}
    assert flatten(to_json(ds))["PixelSpacing"] == plain["PixelSpacing"]


def test_json_round_trip_through_pydicom():
    ds = _sample()
    doc = to_json(ds, bulk_threshold=1024, bulk_uri=lambda elem: f"bulk/{elem.tag:08X}")
    assert doc["7FE00010"]["BulkDataURI"] == "bulk/7FE00010"
    back = from_json(doc)
    assert back.PatientName == "Doe^Jane" and back.AnatomicRegionSequence[0].CodeValue == "T-D3000"


def test_private_and_unknown_tags_keep_their_hex_form():
    doc = {"00091001": {"vr": "LO", "Value": ["x"]}, "00100010": {"vr": "PN"},
           "00100020": "not an element"}
    assert flatten(doc) == {"00091001": "x", "PatientName": ""}


def test_pn_with_only_ideographic_and_odd_shapes():
    doc = {"00100010": {"vr": "PN", "Value": [{"Ideographic": "山田"}, "Raw^Name"]}}
    assert flatten(doc)["PatientName"] == ["", "Raw^Name"]


def test_plain_back_to_json():
    row = {"PatientName": "Doe^Jane\\Roe^John", "SeriesNumber": "12", "Modality": "CT\\MR",
           "StudyDescription": "", "NotAKeyword": "x", "NumberOfFrames": None,
           "AnatomicRegionSequence": [{"CodeValue": "T-D3000"}]}
    doc = json_from_plain(row, retrieve_url="http://x/studies/1")
    assert doc["00100010"] == {"vr": "PN", "Value": [{"Alphabetic": "Doe^Jane"},
                                                     {"Alphabetic": "Roe^John"}]}
    assert doc["00200011"] == {"vr": "IS", "Value": [12]}
    assert doc["00080060"] == {"vr": "CS", "Value": ["CT", "MR"]}
    assert doc["00081030"] == {"vr": "LO"} and doc["00280008"] == {"vr": "IS"}
    assert doc["00082218"]["Value"][0]["00080100"]["Value"] == ["T-D3000"]
    assert doc["00081190"] == {"vr": "UR", "Value": ["http://x/studies/1"]}
    assert flatten(doc)["Modality"] == ["CT", "MR"]


@pytest.mark.parametrize("key, keyword", [
    ("Modality", "Modality"), ("00080060", "Modality"), ("(0008,0060)", "Modality"),
    ("0008,0060", "Modality"), ("00091001", None), ("NoSuchKeyword", None), ("zz", None)])
def test_keyword_of(key, keyword):
    assert keyword_of(key) == keyword


def test_text_and_int_values():
    assert text_value(["A", "B"]) == "A\\B" and text_value(None) == ""
    assert text_value({"Alphabetic": "Doe"}) == "Doe" and text_value(3) == "3"
    assert int_value("12") == 12 and int_value("-3") == -3 and int_value(4) == 4
    assert int_value("") is None and int_value("1.5") is None and int_value(None) is None
    assert int_value(True) is None and int_value("+") is None
