"""Headers read like a real archive: histories, laterality/view tags, relevance ground truth."""

from __future__ import annotations

import datetime as dt

import pydicom
import pytest
from pydicom.uid import UID

from radview.demo.generator import generate
from radview.demo.studies import is_relevant, make_patients


def _date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%Y%m%d").date()


def test_every_patient_has_a_current_study_and_two_priors_of_mixed_relevance(meta_set, dh):
    out, summary = meta_set
    patients = [p for p in dh.manifest(out)["patients"] if p["source"] == "synthetic"]
    assert len(patients) == 6 == len(summary.patients)
    for p in patients:
        roles = [s["role"] for s in p["studies"]]
        assert roles[0] == "current" and roles[1:].count("prior") >= 2
        current = p["studies"][0]
        dates = [_date(s["date"]) for s in p["studies"]]
        assert all(d < dates[0] for d in dates[1:]), "priors predate the current study"
        relevance = [s["relevant"] for s in p["studies"][1:]]
        assert True in relevance and False in relevance, p["patient_id"]
        assert current["relevant"] is None


EXPECTED = {  # template -> (current anatomy, [(prior anatomy, laterality, relevant)])
    0: ({"CHEST"}, [({"CHEST"}, None, True), ({"HEAD"}, None, False)]),
    1: ({"ABDOMEN", "PELVIS"}, [({"CHEST", "ABDOMEN", "PELVIS"}, None, True),
                                ({"KNEE"}, "R", False)]),
    2: ({"CHEST"}, [({"CHEST"}, None, True), ({"HEAD"}, None, False)]),
    3: ({"BREAST"}, [({"BREAST"}, "B", True), ({"CHEST"}, None, False)]),
    4: ({"HEAD"}, [({"HEAD"}, None, True), ({"ABDOMEN"}, None, False)]),
    5: ({"KNEE"}, [({"KNEE"}, "R", True), ({"KNEE"}, "L", False)]),
}


def test_manifest_ground_truth_matches_the_histories(meta_set, dh):
    out, _ = meta_set
    for p in dh.manifest(out)["patients"]:
        if p["source"] != "synthetic":
            continue
        cur_anatomy, priors = EXPECTED[p["template"]]
        assert set(p["studies"][0]["anatomy"]) == cur_anatomy
        for study, (anatomy, side, relevant) in zip(p["studies"][1:], priors):
            assert set(study["anatomy"]) == anatomy
            assert study["laterality"] == side
            assert study["relevant"] is relevant


@pytest.mark.parametrize("current, prior, expected", [
    ({"anatomy": ["KNEE"], "laterality": "R"}, {"anatomy": ["KNEE"], "laterality": "L"}, False),
    ({"anatomy": ["KNEE"], "laterality": "R"}, {"anatomy": ["KNEE"], "laterality": "B"}, True),
    ({"anatomy": ["BREAST"], "laterality": "B"}, {"anatomy": ["BREAST"], "laterality": "L"}, True),
    ({"anatomy": ["HEAD"], "laterality": None}, {"anatomy": ["CHEST"], "laterality": None}, False),
    ({"anatomy": ["ABDOMEN", "PELVIS"], "laterality": None},
     {"anatomy": ["CHEST", "ABDOMEN", "PELVIS"], "laterality": None}, True),
])
def test_relevance_rule(current, prior, expected):
    assert is_relevant(current, prior) is expected


def test_study_headers_are_consistent_with_the_manifest(meta_set, dh):
    out, _ = meta_set
    sop_uids = set()
    missing_body_part = 0
    for p, study, series in dh.all_series(out):
        files = dh.series_files(out, series)
        assert len(files) == series["images"]
        for ds in dh.headers(sorted(set(files[:2] + files[-1:]))):
            assert ds.PatientID == p["patient_id"]
            assert ds.StudyInstanceUID == study["study_uid"]
            assert ds.SeriesInstanceUID == series["series_uid"]
            assert ds.StudyDate == study["date"] and ds.AccessionNumber == study["accession_number"]
            for uid in (ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID):
                assert UID(uid).is_valid and len(uid) <= 64
            assert ds.SOPInstanceUID not in sop_uids
            sop_uids.add(ds.SOPInstanceUID)
            assert ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
            assert ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
            years = int(str(ds.PatientAge)[:3])
            birth, on = _date(ds.PatientBirthDate), _date(ds.StudyDate)
            assert years == on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
            assert ds.Manufacturer and ds.ManufacturerModelName and ds.StationName
            assert ds.StudyDescription == study["description"]
            assert ds.SeriesDescription == series["description"]
            if not ds.get("BodyPartExamined"):  # absent, or empty where the IOD needs it (CR)
                missing_body_part += 1
            assert (ds.get("BodyPartExamined") or None) == series["body_part_examined"]
    assert missing_body_part > 0, "some series come without BodyPartExamined, as in real archives"


def test_mammography_views_carry_laterality_and_view_tags(meta_set, dh):
    out, _ = meta_set
    seen = {}
    for _p, study, series in dh.all_series(out):
        if study["modality"] != "MG":
            continue
        ds = dh.headers(dh.series_files(out, series))[0]
        assert ds.SOPClassUID == pydicom.uid.DigitalMammographyXRayImageStorageForPresentation
        assert ds.ImageLaterality == series["laterality"] and ds.ViewPosition in ("CC", "MLO")
        assert ds.ViewCodeSequence[0].CodeMeaning in ("cranio-caudal", "medio-lateral oblique")
        assert ds.PresentationIntentType == "FOR PRESENTATION"
        # patient orientation: the chest wall side is posterior
        assert ds.PatientOrientation[0] == ("A" if ds.ImageLaterality == "L" else "P")
        seen.setdefault(study["study_uid"], set()).add((ds.ImageLaterality, ds.ViewPosition,
                                                        ds.PhotometricInterpretation))
    assert len(seen) == 2
    for views in seen.values():
        assert {(lat, view) for lat, view, _ in views} == {
            ("L", "CC"), ("R", "CC"), ("L", "MLO"), ("R", "MLO")}
    photometric = {ph for views in seen.values() for *_, ph in views}
    assert photometric == {"MONOCHROME1", "MONOCHROME2"}, "one vendor stores MONOCHROME1"


def test_knee_and_chest_radiograph_tags(meta_set, dh):
    out, _ = meta_set
    knees, chests = [], []
    for _p, study, series in dh.all_series(out):
        ds = dh.headers(dh.series_files(out, series))[0]
        if "KNEE" in series["anatomy"]:
            # DX puts laterality on the image, CR on the series (never both)
            sides = [ds.get("ImageLaterality"), ds.get("Laterality")]
            assert sorted(sides, key=str) == sorted([series["laterality"], None], key=str)
            knees.append(ds.ViewPosition)
        elif series["plane"] is None and series["anatomy"] == ["CHEST"]:
            chests.append(ds.ViewPosition)
            assert ds.Modality in ("CR", "DX")
    assert {"AP", "RL", "LL"} <= set(knees)
    assert {"PA", "LL"} <= set(chests)


def test_more_than_six_patients_cycle_templates_with_new_people():
    people = make_patients(9, seed=5)
    assert len({p.patient_id for p in people}) == 9
    assert [p.index % 6 for p in people] == [0, 1, 2, 3, 4, 5, 0, 1, 2]
    assert people[6].seed != people[0].seed
    assert make_patients(2, seed=5)[1].patient_id == people[1].patient_id


def test_fewer_patients_take_the_first_templates(tmp_path, dh):
    summary = generate(tmp_path / "two", patients=2, pixels=False, include_real=False, ct_slices=2)
    assert [p["template"] for p in summary.patients] == [0, 1]
    assert "2 synthetic patients" in summary.describe()
