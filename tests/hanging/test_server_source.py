"""`radview hang --server` against a real Orthanc (DICOMweb plugin): QIDO-RS + WADO-RS metadata."""

from __future__ import annotations

import io
import json

import pytest
from helpers import AXIAL, fake_predict_many, series, study
from peers import ThreadedServer, free_port
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from radview.cli import main
from radview.protocols.hanging import priors as priors_module


def _part10(meta: dict, number: int, sop_class: str) -> bytes:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = generate_uid()
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.InstanceNumber = number
    for k, v in meta.items():
        if k != "NumberOfSeriesRelatedInstances":
            setattr(ds, k, v)
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


@pytest.fixture(scope="module")
def orthanc(orthanc_peer, tmp_path_factory):
    peer = orthanc_peer(tmp_path_factory.mktemp("orthanc-hang"),
                        extra={"DicomAlwaysAllowFind": True, "DicomCheckCalledAet": False})
    try:
        cur, prior, unrelated = study("20250601", "MG SCREENING"), study("20240601", "MG SCREENING"), study("20250101", "CT CHEST")
        sets = []
        for s in (cur, prior):
            for i, (lat, view) in enumerate([("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]):
                sets.append(series(s, number=1, modality="MG", body="BREAST", view=view, lat=lat,
                                   series_uid=f"{s['StudyInstanceUID']}.1"))  # four views in one series
        sets.append(series(unrelated, number=2, modality="CT", body="CHEST", iop=AXIAL))
        for n, meta in enumerate(sets, start=1):
            sop = "1.2.840.10008.5.1.4.1.1.1.2" if meta["Modality"] == "MG" else "1.2.840.10008.5.1.4.1.1.2"
            peer.upload(_part10(meta, n, sop))
        yield {"base": peer.dicomweb, "current": cur, "prior": prior, "unrelated": unrelated,
               "pacs": f"ORTHANC@127.0.0.1:{peer.dicom_port}"}
    finally:
        peer.stop()


@pytest.mark.peer
def test_hang_from_orthanc(orthanc, capsys, monkeypatch):
    monkeypatch.setattr(priors_module, "default_predictor", fake_predict_many)  # plumbing test
    assert main(["hang", "--server", orthanc["base"], "--study", orthanc["current"]["StudyInstanceUID"], "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["protocol"]["name"] == "Mammography screening 4-view + prior"
    vps = out["viewports"]
    assert all(v["series_uid"] for v in vps) and all(len(v["instance_uids"]) == 1 for v in vps)
    assert [v["label"] for v in vps] == ["current RCC", "current LCC", "prior RCC", "prior LCC",
                                         "current RMLO", "current LMLO", "prior RMLO", "prior LMLO"]
    assert [v["display"]["flip_horizontal"] for v in vps if v["label"].startswith("current")] == [
        True, False, True, False]
    assert [p["study_uid"] for p in out["priors"]] == [orthanc["unrelated"]["StudyInstanceUID"],
                                                       orthanc["prior"]["StudyInstanceUID"]]
    assert [p["selected"] for p in out["priors"]] == [False, True]
    assert out["fetch"] == [{"study_uid": orthanc["prior"]["StudyInstanceUID"], "version": "comparison"}]


@pytest.mark.peer
def test_hang_from_orthanc_by_dimse_c_find(orthanc, capsys, monkeypatch):
    monkeypatch.setattr(priors_module, "default_predictor", fake_predict_many)  # plumbing test
    assert main(["hang", "--pacs", orthanc["pacs"], "--study", orthanc["current"]["StudyInstanceUID"], "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["protocol"]["name"] == "Mammography screening 4-view + prior"
    assert [v["label"] for v in out["viewports"] if v["series_uid"] and v["label"].startswith("current")] == [
        "current RCC", "current LCC", "current RMLO", "current LMLO"]
    assert [p["selected"] for p in out["priors"]] == [False, True]
    assert main(["hang", "--pacs", orthanc["pacs"], "--study", "1.2.3.4"]) == 1
    assert "not found" in capsys.readouterr().err
    assert main(["hang", "--pacs", "nonsense", "--study", "1.2.3.4"]) == 1
    assert "AE_TITLE@HOST:PORT" in capsys.readouterr().err


@pytest.mark.peer
def test_unknown_study_and_unreachable_server(orthanc, capsys):
    assert main(["hang", "--server", orthanc["base"], "--study", "1.2.3.4", "--json"]) == 1
    assert "not found" in capsys.readouterr().err
    assert main(["hang", "--server", f"http://127.0.0.1:{free_port()}/dicom-web", "--study", "1.2.3"]) == 1
    assert "cannot reach" in capsys.readouterr().err


@pytest.fixture(scope="module")
def radview_server(tmp_path_factory):
    from radview.net.radview_client import RadviewClient

    with ThreadedServer(tmp_path_factory.mktemp("radview-hang") / "data") as server:
        cur, prior, head = study("20250301", "CT CHEST"), study("20240301", "CT THORAX"), study("20250101", "CT HEAD")
        sets = [series(cur, number=2, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
                series(prior, number=3, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
                series(head, number=1, modality="CT", desc="Brain", body="HEAD", iop=AXIAL)]
        files = [_part10(m, 1, "1.2.840.10008.5.1.4.1.1.2") for m in sets]
        token = server.tokens["radiologist"]
        result = RadviewClient(server.url, token=token).stow(files)
        assert len(result["stored"]) == 3, result
        yield {"url": server.url, "current": cur, "prior": prior, "head": head, "token": token}


def test_hang_from_the_radview_server(radview_server, capsys, monkeypatch):
    monkeypatch.setattr(priors_module, "default_predictor", fake_predict_many)  # plumbing test
    srv = radview_server
    study = srv["current"]["StudyInstanceUID"]
    assert main(["hang", "--server", srv["url"], "--study", study, "--json"]) == 1  # no token
    assert "Bearer" in capsys.readouterr().err
    assert main(["hang", "--server", srv["url"], "--study", study, "--json",
                 "--token", srv["token"]]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["protocol"]["name"] == "CT chest + prior"
    assert out["viewports"][1]["study_uid"] == srv["prior"]["StudyInstanceUID"]
    assert [(p["study_uid"], p["relevant"]) for p in out["priors"]] == [
        (srv["head"]["StudyInstanceUID"], False), (srv["prior"]["StudyInstanceUID"], True)]
