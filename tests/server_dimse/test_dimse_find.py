"""C-FIND: DCMTK findscu against the real store, both information models, all
levels, date ranges and wildcards, cancel, and refused identifiers."""

from __future__ import annotations

import pydicom
import pytest
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.tag import Tag
from pydicom.uid import generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import (
    PatientRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelFind,
)

from .conftest import run_tool
from .data import instance, two_patients

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def catalogue(store):
    return two_patients(store)


def findscu(dcmtk, server, tmp_path, model: str, *keys: str, extra=()) -> list[Dataset]:
    """Runs findscu with -X and returns the extracted response identifiers."""
    out = tmp_path / f"find{len(list(tmp_path.iterdir()))}"
    out.mkdir()
    args = [dcmtk("findscu"), model, "-aec", server.ae_title, "-X", "-od", out, *extra]
    for key in keys:
        args += ["-k", key]
    result = run_tool([*args, "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr + result.stdout
    return [pydicom.dcmread(p) for p in sorted(out.glob("rsp*.dcm"))]


@pytest.mark.peer
def test_study_root_study_level_with_name_wildcard(dcmtk, server, catalogue, tmp_path):
    answers = findscu(dcmtk, server, tmp_path, "-S", "QueryRetrieveLevel=STUDY", "PatientName=DOE*",
                      "StudyInstanceUID", "StudyDate", "ModalitiesInStudy",
                      "NumberOfStudyRelatedInstances", "NumberOfStudyRelatedSeries", "RetrieveAETitle")
    doe = {uid for uid, f in catalogue.facts.items() if f["PatientID"] == "PID-1"}
    assert {a.StudyInstanceUID for a in answers} == doe
    for a in answers:
        facts = catalogue.facts[a.StudyInstanceUID]
        assert a.StudyDate == facts["StudyDate"]
        assert a.ModalitiesInStudy == facts["Modality"]
        assert a.NumberOfStudyRelatedInstances == len(catalogue.instances(a.StudyInstanceUID))
        assert a.NumberOfStudyRelatedSeries == len(catalogue.studies[a.StudyInstanceUID])
        assert a.RetrieveAETitle == "RADVIEW"
        assert a.QueryRetrieveLevel == "STUDY"
        assert "PatientID" not in a  # only the keys asked for come back


@pytest.mark.peer
def test_study_level_date_range_and_modality(dcmtk, server, catalogue, tmp_path):
    answers = findscu(dcmtk, server, tmp_path, "-S", "QueryRetrieveLevel=STUDY",
                      "StudyDate=20240101-20241231", "StudyInstanceUID", "PatientName")
    assert sorted(str(a.PatientName) for a in answers) == ["DOE^JANE", "DOE^JANE"]
    answers = findscu(dcmtk, server, tmp_path, "-S", "QueryRetrieveLevel=STUDY",
                      "ModalitiesInStudy=CT", "StudyInstanceUID", "StudyDescription")
    assert sorted(a.StudyDescription for a in answers) == ["CT CHEST", "CT HEAD"]


@pytest.mark.peer
def test_series_and_image_levels(dcmtk, server, catalogue, tmp_path):
    ct = next(uid for uid, f in catalogue.facts.items() if f["StudyDescription"] == "CT CHEST")
    series = findscu(dcmtk, server, tmp_path, "-S", "QueryRetrieveLevel=SERIES", f"StudyInstanceUID={ct}",
                     "SeriesInstanceUID", "Modality", "SeriesNumber", "NumberOfSeriesRelatedInstances")
    assert {s.SeriesInstanceUID for s in series} == set(catalogue.studies[ct])
    assert sorted(s.SeriesNumber for s in series) == [1, 2]
    assert all(s.Modality == "CT" and s.NumberOfSeriesRelatedInstances == 2 for s in series)

    first = next(s.SeriesInstanceUID for s in series if s.SeriesNumber == 1)
    images = findscu(dcmtk, server, tmp_path, "-S", "QueryRetrieveLevel=IMAGE", f"StudyInstanceUID={ct}",
                     f"SeriesInstanceUID={first}", "SOPInstanceUID", "InstanceNumber", "SOPClassUID")
    assert [i.SOPInstanceUID for i in images] == catalogue.studies[ct][first]
    assert [i.InstanceNumber for i in images] == [1, 2]
    assert all(i.SOPClassUID == "1.2.840.10008.5.1.4.1.1.2" for i in images)


@pytest.mark.peer
def test_patient_root_patient_and_study_levels(dcmtk, server, catalogue, tmp_path):
    patients = findscu(dcmtk, server, tmp_path, "-P", "QueryRetrieveLevel=PATIENT", "PatientID",
                       "PatientName", "NumberOfPatientRelatedStudies")
    assert {(p.PatientID, str(p.PatientName), p.NumberOfPatientRelatedStudies) for p in patients} == {
        ("PID-1", "DOE^JANE", 2), ("PID-2", "ROE^RICHARD", 1)}
    studies = findscu(dcmtk, server, tmp_path, "-P", "QueryRetrieveLevel=STUDY", "PatientID=PID-2",
                      "StudyInstanceUID", "AccessionNumber")
    assert [s.AccessionNumber for s in studies] == ["ACC20230601"]


@pytest.mark.peer
def test_patient_root_series_and_image_levels(dcmtk, server, catalogue, tmp_path):
    ct = next(uid for uid, f in catalogue.facts.items() if f["StudyDescription"] == "CT CHEST")
    pid = catalogue.facts[ct]["PatientID"]
    series = findscu(dcmtk, server, tmp_path, "-P", "QueryRetrieveLevel=SERIES", f"PatientID={pid}",
                     f"StudyInstanceUID={ct}", "SeriesInstanceUID", "SeriesNumber")
    assert {s.SeriesInstanceUID for s in series} == set(catalogue.studies[ct])
    first = next(s.SeriesInstanceUID for s in series if s.SeriesNumber == 1)
    images = findscu(dcmtk, server, tmp_path, "-P", "QueryRetrieveLevel=IMAGE", f"PatientID={pid}",
                     f"StudyInstanceUID={ct}", f"SeriesInstanceUID={first}", "SOPInstanceUID",
                     "InstanceNumber")
    assert [i.SOPInstanceUID for i in images] == catalogue.studies[ct][first]
    assert all(i.QueryRetrieveLevel == "IMAGE" for i in images)


@pytest.mark.peer
def test_findscu_cancel_stops_the_answers(dcmtk, server, store, tmp_path, monkeypatch):
    # The answers are paced as a large archive's would be (10 ms each): over loopback the 120
    # small answers otherwise fit in the socket buffers before the peer's C-CANCEL is read, and
    # whether the cancel stops anything becomes a race (seen on a clean CI machine).
    import time

    from radview.server import dimse

    answer = dimse.response_identifier

    def paced(*args, **kwargs):
        time.sleep(0.01)
        return answer(*args, **kwargs)

    monkeypatch.setattr(dimse, "response_identifier", paced)
    study, series = generate_uid(), generate_uid()
    for number in range(1, 121):
        store.ingest(instance("emri_small.dcm", pixels=False, StudyInstanceUID=study,
                              SeriesInstanceUID=series, SOPInstanceUID=generate_uid(),
                              InstanceNumber=number), source="test")
    out = tmp_path / "cancel"
    out.mkdir()
    result = run_tool([dcmtk("findscu"), "-S", "-aec", server.ae_title, "--cancel", "3", "-X", "-od", out,
                       "-k", "QueryRetrieveLevel=IMAGE", "-k", f"SeriesInstanceUID={series}",
                       "-k", "SOPInstanceUID", "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    assert 3 <= len(list(out.glob("rsp*.dcm"))) < 120


def find_with_pynetdicom(server, model, identifier: Dataset) -> list[tuple[int, Dataset | None, Dataset]]:
    ae = AE(ae_title="TESTSCU")
    ae.add_requested_context(model)
    assoc = ae.associate("127.0.0.1", server.port, ae_title=server.ae_title)
    assert assoc.is_established
    try:
        return [(status.Status, ident, status) for status, ident in assoc.send_c_find(identifier, model)]
    finally:
        assoc.release()


def test_study_root_refuses_patient_level(server, catalogue):
    ident = Dataset()
    ident.QueryRetrieveLevel = "PATIENT"
    ident.PatientID = ""
    (status, _ident, full), = find_with_pynetdicom(server, StudyRootQueryRetrieveInformationModelFind, ident)
    assert status == 0xA900
    assert "Patient Root" in full.ErrorComment


def test_missing_or_unknown_level_is_refused(server, catalogue):
    for level in (None, "FRAME"):
        ident = Dataset()
        if level:
            ident.QueryRetrieveLevel = level
        ident.PatientID = ""
        (status, _ident, full), = find_with_pynetdicom(server, PatientRootQueryRetrieveInformationModelFind, ident)
        assert status == 0xA900
        assert "Level" in full.ErrorComment


def test_bad_match_value_gets_a_clear_failure(server, catalogue):
    ident = Dataset()
    ident.QueryRetrieveLevel = "SERIES"
    # Series Number (IS) "abc": not a number; sent raw, as a faulty peer would.
    ident[0x00200011] = RawDataElement(Tag(0x00200011), "IS", 4, b"abc ", 0, False, True)
    (status, _ident, full), = find_with_pynetdicom(server, StudyRootQueryRetrieveInformationModelFind, ident)
    assert 0xC000 <= status <= 0xCFFF
    assert "abc" in full.ErrorComment


def test_non_ascii_names_come_back_in_utf8(server, store):
    store.ingest(instance("emri_small.dcm", pixels=False, SpecificCharacterSet="ISO_IR 192",
                          PatientName="Müller^Zoë", StudyInstanceUID=generate_uid(),
                          SeriesInstanceUID=generate_uid(), SOPInstanceUID=generate_uid()), source="test")
    ident = Dataset()
    ident.QueryRetrieveLevel = "STUDY"
    ident.PatientName = "M*"
    answers = find_with_pynetdicom(server, StudyRootQueryRetrieveInformationModelFind, ident)
    pending = [a for s, a, _ in answers if s == 0xFF00]
    assert len(pending) == 1
    assert pending[0].SpecificCharacterSet == "ISO_IR 192"
    assert str(pending[0].PatientName) == "Müller^Zoë"
