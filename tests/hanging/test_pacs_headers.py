"""`radview hang --pacs` against a real DCMTK dcmqrscp, whose IMAGE-level C-FIND answers carry
no View Position, Image Type or Body Part: the planner gets each display set's own header
(one instance retrieved per series) before planning."""

from __future__ import annotations

import json

import pytest
from helpers import fake_predict_many, series, study
from peers import DcmqrscpPeer
from pydicom.uid import generate_uid

from radview.bench.hang import header_bytes
from radview.cli import main
from radview.protocols.hanging import priors as priors_module

pytestmark = pytest.mark.peer


def _file(meta: dict, path) -> None:
    path.write_bytes(header_bytes({**meta, "SOPClassUID": "1.2.840.10008.5.1.4.1.1.1.1",  # DX for presentation
                                   "SOPInstanceUID": generate_uid(), "InstanceNumber": 1,
                                   "PatientName": "HANG^PACS"}))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hang-dcmqrscp")
    cur, prior = study("20250601", "XR CHEST", patient="PACS1"), study("20240601", "XR CHEST", patient="PACS1")
    files, uids = [], {}
    for s, name in ((cur, "current"), (prior, "prior")):
        # the lateral is series 1, the PA series 2: series-number order alone would swap them
        for number, view in ((1, "LL"), (2, "PA")):
            path = tmp / f"{s['StudyInstanceUID']}-{number}.dcm"
            meta = series(s, number=number, modality="DX", body="CHEST", view=view)
            uids[f"{name} {'PA' if view == 'PA' else 'LAT'}"] = meta["SeriesInstanceUID"]
            _file(meta, path)
            files.append(str(path))
    pacs = DcmqrscpPeer(tmp / "pacs")
    try:
        pacs.store(files)
        yield {"pacs": pacs.spec, "current": cur, "prior": prior, "uids": uids}
    finally:
        pacs.stop()


def test_headers_are_fetched_when_c_find_lacks_view_and_image_type(archive, capsys, monkeypatch):
    from radview.net.dimse import DimseClient

    monkeypatch.setattr(priors_module, "default_predictor", fake_predict_many)  # reads BodyPartExamined
    found = DimseClient.find
    answers = []

    def spy(self, level, query=None, **kw):
        rows = found(self, level, query, **kw)
        if level == "IMAGE":
            answers.extend(rows)
        return rows

    monkeypatch.setattr(DimseClient, "find", spy)
    assert main(["hang", "--pacs", archive["pacs"], "--study", archive["current"]["StudyInstanceUID"],
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert answers and not any(a.get("ViewPosition") or a.get("ImageType") for a in answers)  # the PACS's part
    assert out["protocol"]["name"] == "XR chest PA/LAT + prior"
    # each cell shows its view: the headers were read, series-number order would have swapped them
    assert {v["label"]: v["series_uid"] for v in out["viewports"]} == archive["uids"]
    assert out["empty_viewports"] == 0
    assert not any("partly" in v["reason"] for v in out["viewports"])
