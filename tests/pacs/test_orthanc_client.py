"""radview's client (CLI `query`/`fetch` with --pacs and --dicomweb) against a real Orthanc:
every sample study is found, and every instance arrives by C-GET, C-MOVE and WADO-RS
in its original transfer syntax with every element equal to the original."""

from __future__ import annotations

import json

import pytest

from radview.cli import main

from .conftest import MOVE_AE
from .files import differences, syntax_of

pytestmark = [pytest.mark.peer, pytest.mark.timeout(300)]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def pacs(orthanc) -> list[str]:
    return ["--pacs", f"{orthanc.aet}@127.0.0.1:{orthanc.dicom_port}", "--calling-ae", MOVE_AE]


def test_query_finds_every_study_by_dimse_and_dicomweb(orthanc, samples, capsys):
    wanted = {s.study for s in samples}
    for where in (pacs(orthanc), ["--dicomweb", orthanc.dicomweb]):
        code, out, err = run_cli(capsys, "query", *where, "--json")
        assert code == 0, err
        rows = json.loads(out)
        assert {r["StudyInstanceUID"] for r in rows} == wanted
        assert all(isinstance(r["NumberOfStudyRelatedInstances"], int) for r in rows)
        ct = next(s for s in samples if s.name == "CT_small.dcm")
        code, out, err = run_cli(capsys, "query", *where, "--level", "series", "--study",
                                 ct.study, "--json")
        assert code == 0, err
        assert [r["SeriesInstanceUID"] for r in json.loads(out)] == [ct.series]
        code, out, err = run_cli(capsys, "query", *where, "--level", "instance", "--study",
                                 ct.study, "--series", ct.series, "--json")
        assert [r["SOPInstanceUID"] for r in json.loads(out)] == [ct.sop]


def test_wildcards_and_lists_reach_the_pacs_unescaped(orthanc, samples, capsys):
    """Orthanc matches PatientName=KEY* only when '*' arrives as such (not %2A)."""
    ko = next(s for s in samples if s.name == "KO")
    for where in (pacs(orthanc), ["--dicomweb", orthanc.dicomweb]):
        code, out, err = run_cli(capsys, "query", *where, "--patient-name", "KEY^OBJ*", "--json")
        assert code == 0, err
        assert [r["StudyInstanceUID"] for r in json.loads(out)] == [ko.study]
        code, out, err = run_cli(capsys, "query", *where, "--patient-name", "KEY^OBJEC?",
                                 "--json")
        assert [r["StudyInstanceUID"] for r in json.loads(out)] == [ko.study]
        code, out, err = run_cli(capsys, "query", *where, "--patient-name", "NOBODY*", "--json")
        assert code == 0 and json.loads(out) == []
    from radview.net.dicomweb import DicomWebClient

    two = [s for s in samples if s.name in ("KO", "CT_small.dcm")]
    with DicomWebClient(orthanc.dicomweb) as client:
        rows = client.search("studies", {"StudyInstanceUID": ",".join(s.study for s in two)})
    assert {r["StudyInstanceUID"] for r in rows} == {s.study for s in two}


@pytest.mark.parametrize("method", ["C-GET", "C-MOVE", "WADO-RS"])
def test_fetch_every_study_equal_to_its_original(orthanc, samples, method, move_port, tmp_path,
                                                 capsys):
    problems = []
    for sample in samples:
        out = tmp_path / sample.sop
        where = ["--dicomweb", orthanc.dicomweb] if method == "WADO-RS" else pacs(orthanc)
        extra = ["--move-to", MOVE_AE, "--listen-port", str(move_port),
                 "--listen-host", "127.0.0.1"] if method == "C-MOVE" else []
        code, text, err = run_cli(capsys, "fetch", *where, "--study", sample.study, *extra,
                                  "--out", str(out), "--json")
        doc = json.loads(text) if code in (0, 1) and text else {}
        assert doc.get("method") == method, (sample.name, code, err)
        got = [i for i in doc["instances"] if i["sop_instance_uid"] == sample.sop]
        if code != 0 or len(got) != 1:
            problems.append(f"{sample.name}: exit {code}, {doc.get('failed')} failed, {err}")
            continue
        data = open(got[0]["path"], "rb").read()
        if syntax_of(data) != sample.syntax or got[0]["transfer_syntax"] != sample.syntax:
            problems.append(f"{sample.name}: arrived in {syntax_of(data)}, stored {sample.syntax}")
        diff = differences(data, sample.data)
        if diff:
            problems.append(f"{sample.name}: {diff[:4]}")
    assert not problems, problems


def test_store_sends_each_file_in_its_own_syntax(orthanc, tmp_path):
    """C-STORE of a compressed, an Implicit VR and an SR file in one association: each
    in a context of its own syntax, so Orthanc keeps each as sent."""
    import httpx

    from radview.net.dimse import DimseClient, DimsePeer

    from .files import make_samples

    fresh = make_samples(["MR2_J2KR.dcm", "MR_small_implicit.dcm", "reportsi.dcm"])
    paths = []
    for sample in fresh:
        paths.append(tmp_path / f"{sample.sop}.dcm")
        paths[-1].write_bytes(sample.data)
    client = DimseClient(DimsePeer("127.0.0.1", orthanc.dicom_port, orthanc.aet, MOVE_AE))
    assert client.store(paths) == 3
    for sample in fresh:
        found = httpx.post(f"{orthanc.url}/tools/lookup", content=sample.sop).json()
        (item,) = [f for f in found if f["Type"] == "Instance"]
        data = httpx.get(f"{orthanc.url}/instances/{item['ID']}/file").content
        assert syntax_of(data) == sample.syntax and differences(data, sample.data) == []


@pytest.mark.parametrize("method", ["C-GET", "C-MOVE", "WADO-RS"])
def test_fetch_one_series(orthanc, samples, method, move_port, tmp_path, capsys):
    sample = next(s for s in samples if s.name == "MR2_J2KR.dcm")
    where = ["--dicomweb", orthanc.dicomweb] if method == "WADO-RS" else pacs(orthanc)
    extra = ["--move-to", MOVE_AE, "--listen-port", str(move_port),
             "--listen-host", "127.0.0.1"] if method == "C-MOVE" else []
    code, text, err = run_cli(capsys, "fetch", *where, "--study", sample.study, "--series",
                              sample.series, *extra, "--out", str(tmp_path), "--json")
    assert code == 0, err
    (item,) = json.loads(text)["instances"]
    data = open(item["path"], "rb").read()
    assert syntax_of(data) == sample.syntax and differences(data, sample.data) == []
    code, text, err = run_cli(capsys, "fetch", *where, "--study", sample.study, "--series",
                              "1.2.3.4.5", *extra, "--out", str(tmp_path / "none"), "--json")
    # Orthanc answers an unknown series with a failure status (0xC000) or a 404
    assert code == 1 and text == "" and ("0xC000" in err or "404" in err), err
    assert err.count("\n") == 1
