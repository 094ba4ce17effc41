"""`radview hang` on a folder of metadata-only DICOM files: plan JSON, bad input."""

from __future__ import annotations

import json

import pydicom
import pytest
from helpers import AXIAL, fake_predict_many, series, study
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from radview.cli import main
from radview.protocols.hanging import priors as priors_module


@pytest.fixture
def stand_in_model(monkeypatch):
    # CLI plumbing only; the demo-patient tests run the real anatomy model.
    monkeypatch.setattr(priors_module, "default_predictor", fake_predict_many)


def write_instances(folder, sets, per_series=2):
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for meta in sets:
        for i in range(per_series):
            ds = Dataset()
            ds.file_meta = FileMetaDataset()
            ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
            ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
            ds.SOPInstanceUID = generate_uid()
            ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
            ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
            ds.InstanceNumber = i + 1
            for k, v in meta.items():
                if k != "NumberOfSeriesRelatedInstances":
                    setattr(ds, k, v)
            n += 1
            ds.save_as(folder / f"im{n:04d}.dcm", enforce_file_format=True)  # no Pixel Data
    return n


@pytest.fixture
def patient_dir(tmp_path):
    cur, prior, other = study("20250301", "CT CHEST"), study("20240301", "CT CHEST"), study("20250101", "MR BRAIN")
    stranger = study("20250201", "CT CHEST", patient="SOMEONE-ELSE")
    sets = [series(cur, number=2, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
            series(prior, number=2, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
            series(other, number=1, modality="MR", desc="t2", body="HEAD", iop=AXIAL),
            series(stranger, number=1, modality="CT", desc="Lung", body="CHEST", iop=AXIAL)]
    write_instances(tmp_path / "dicom", sets)
    (tmp_path / "dicom" / "README.txt").write_text("not dicom")
    return tmp_path / "dicom", cur, prior, other, stranger


def test_hang_json_from_metadata_only_folder(patient_dir, capsys, stand_in_model):
    folder, cur, prior, other, stranger = patient_dir
    assert "PixelData" not in pydicom.dcmread(next(folder.glob("*.dcm")))
    assert main(["hang", "--dir", str(folder), "--study", cur["StudyInstanceUID"], "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["protocol"]["name"] == "CT chest + prior" and out["protocol"]["score"] > 0
    assert {"index", "study_uid", "series_uid", "reason", "display", "sync"} <= set(out["viewports"][0])
    assert out["viewports"][1]["study_uid"] == prior["StudyInstanceUID"]
    assert [p["study_uid"] for p in out["priors"]] == [other["StudyInstanceUID"], prior["StudyInstanceUID"]]
    assert [p["relevant"] for p in out["priors"]] == [False, True]
    assert out["priors"][0]["anatomy"] == ["HEAD"] and out["priors"][0]["study_date"] == "2025-01-01"
    assert out["source"]["files_skipped"] == 1
    assert out["layout"] == {"rows": 2, "columns": 2}


def test_hang_text_output(patient_dir, capsys, stand_in_model):
    folder, cur, *_ = patient_dir
    assert main(["hang", "--dir", str(folder), "--study", cur["StudyInstanceUID"]]) == 0
    text = capsys.readouterr().out
    assert "Protocol: CT chest + prior" in text and "(empty)" in text and "* 2024-03-01" in text


def test_bad_protocol_file_is_named_and_the_rest_loads(patient_dir, tmp_path, capsys, stand_in_model):
    folder, cur, *_ = patient_dir
    protos = tmp_path / "protos"
    protos.mkdir()
    (protos / "broken.json").write_text('{"format": 1, "name": "b", "stages": [{"layout": {"rows": 1, "columns": 1}, '
                                        '"viewports": [{"study": "prior:2"}]}]}')
    assert main(["hang", "--dir", str(folder), "--study", cur["StudyInstanceUID"], "--protocols", str(protos),
                 "--json"]) == 0
    captured = capsys.readouterr()
    assert "broken.json: $.stages[0].viewports[0].study (line 1 column 101): refers to prior 2" in captured.err
    assert json.loads(captured.out)["protocol"]["name"] == "CT chest + prior"


@pytest.mark.parametrize("args, message", [
    (["--study", "1.2.3"], "not among the files"),
    (["--study", "1.2.3", "--protocols", "/nonexistent"], "not a folder"),
])
def test_bad_input_gives_one_clear_line(patient_dir, capsys, args, message, stand_in_model):
    folder = patient_dir[0]
    assert main(["hang", "--dir", str(folder)] + args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_arguments_and_empty_folder(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["hang", "--study", "1.2.3"])
    assert info.value.code == 2
    (tmp_path / "empty").mkdir()
    assert main(["hang", "--dir", str(tmp_path / "empty"), "--study", "1.2.3"]) == 1
    assert "no DICOM files" in capsys.readouterr().err
    assert main(["hang", "--dir", str(tmp_path / "nope"), "--study", "1.2.3"]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_protocols_command_list_export_import_check(tmp_path, capsys):
    user = tmp_path / "user"
    assert main(["protocols", "--protocols", str(user), "list"]) == 0
    assert "'CT chest + prior'" in capsys.readouterr().out
    dcm, js = tmp_path / "mg.dcm", tmp_path / "mg.json"
    name = "Mammography screening 4-view + prior"
    assert main(["protocols", "export", name, str(dcm)]) == 0
    assert main(["protocols", "export", name, str(js)]) == 0
    assert pydicom.dcmread(dcm).SOPClassUID == "1.2.840.10008.5.1.4.38.1"
    assert json.loads(js.read_text())["name"] == name
    assert main(["protocols", "--protocols", str(user), "import", str(dcm)]) == 0
    assert main(["protocols", "--protocols", str(user), "import", str(dcm)]) == 1      # exists
    assert "already exists" in capsys.readouterr().err
    assert main(["protocols", "--protocols", str(user), "import", str(dcm), "--overwrite"]) == 0
    capsys.readouterr()
    assert main(["protocols", "--protocols", str(user), "list"]) == 0
    assert f"user    {name!r}" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1}')
    assert main(["protocols", "check", str(js), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "mg.json: ok" in captured.out and "bad.json: $ (line 1 column 1): 'name' is a required" in captured.err
    assert main(["protocols", "export", "No such", str(js)]) == 1
    assert "no protocol named" in capsys.readouterr().err


def test_hang_on_the_real_sample_images_folder(capsys):
    """pydicom-data: real files from many vendors, odd encodings, one broken file; real anatomy model."""
    from radview.resources.sample_images import pydicom_data_dir, pydicom_data_file

    ds = pydicom.dcmread(pydicom_data_file("RG1_UNCR.dcm"), stop_before_pixels=True)
    assert main(["hang", "--dir", str(pydicom_data_dir()), "--study", ds.StudyInstanceUID, "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["current"]["modalities"] == ["CR"]
    assert out["protocol"] is not None
    assert out["source"]["files_read"] > 50
    filled = [v for v in out["viewports"] if v["series_uid"]]
    assert filled and all(v["study_uid"] == ds.StudyInstanceUID for v in filled)
    assert "Traceback" not in captured.err and "UserWarning" not in captured.err
