"""The radview server as the PACS: DCMTK (storescu, getscu, movescu → storescp) and
radview's own CLI (--pacs, --dicomweb) retrieve every sample; each arrives in its
stored transfer syntax, byte-exact where radview sends it (element-equal otherwise)."""

from __future__ import annotations

import io
import json
import subprocess

import pydicom
import pytest

from radview.cli import main
from radview.server.dimse_send import split_part10

from .conftest import MOVE_AE, radview_server, sample_names, wait_for_port
from .files import differences, make_samples, syntax_of

pytestmark = [pytest.mark.peer, pytest.mark.timeout(300)]

# getscu's "prefer" option for each transfer syntax (it proposes one compressed syntax).
GETSCU_PREFER = {
    "1.2.840.10008.1.2": "+xi", "1.2.840.10008.1.2.1": "+xe", "1.2.840.10008.1.2.2": "+xb",
    "1.2.840.10008.1.2.1.99": "+xd", "1.2.840.10008.1.2.4.70": "+xs",
    "1.2.840.10008.1.2.4.50": "+xy", "1.2.840.10008.1.2.4.51": "+xx",
    "1.2.840.10008.1.2.4.90": "+xv", "1.2.840.10008.1.2.4.91": "+xw",
    "1.2.840.10008.1.2.4.80": "+xt", "1.2.840.10008.1.2.4.81": "+xu",
    "1.2.840.10008.1.2.5": "+xr",
}


def dataset_bytes(part10: bytes) -> bytes:
    return part10[split_part10(part10)[1]:]


@pytest.fixture(scope="module")
def storescp(dcmtk_module, free_port, tmp_path_factory):
    out = tmp_path_factory.mktemp("storescp")
    port = free_port()
    proc = subprocess.Popen([dcmtk_module("storescp"), "-aet", "DCMTKSCP", "+xa", "+B", "-od", str(out),
                             str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc)
        yield port, out
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def dcmtk_module():
    import os

    def tool(name: str) -> str:
        path = f"/usr/bin/{name}"
        if not os.access(path, os.X_OK):
            if os.environ.get("CI"):
                pytest.fail(f"{path} (dcmtk) is missing on CI")
            pytest.skip(f"{path} not installed (Debian package dcmtk)")
        return path
    return tool


@pytest.fixture(scope="module")
def radview(samples, move_port, storescp, free_port, tmp_path_factory):
    peers = {MOVE_AE: ("127.0.0.1", move_port), "DCMTKSCP": ("127.0.0.1", storescp[0])}
    with radview_server(tmp_path_factory.mktemp("radview"), free_port(), peers) as server:
        for sample in samples:
            server.store.ingest(sample.data, source="test")
        yield server


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_storescu_stores_every_file_as_sent(radview, dcmtk_module, tmp_path):
    """Each file sent with storescu proposing its syntax (-x… as getscu's +x…); the big
    endian one is offered with the other uncompressed syntaxes and we take Explicit LE."""
    problems = []
    for sample in make_samples(sample_names()):
        path = tmp_path / f"{sample.sop}.dcm"
        path.write_bytes(sample.data)
        result = subprocess.run(
            [dcmtk_module("storescu"), "-R", "-" + GETSCU_PREFER[sample.syntax][1:], "-aec",
             "RADVIEW", "127.0.0.1", str(radview.dimse_port), str(path)],
            capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            problems.append(f"{sample.name}: storescu {result.returncode} {result.stderr[-300:]}")
            continue
        stored = radview.store.read_original(sample.sop)
        if sample.syntax == "1.2.840.10008.1.2.2":
            if differences(stored, sample.data):
                problems.append(f"{sample.name}: {differences(stored, sample.data)[:3]}")
        elif syntax_of(stored) != sample.syntax or differences(stored, sample.data):
            # storescu re-encodes what it sends: equal elements, not always equal bytes
            problems.append(f"{sample.name}: stored {syntax_of(stored)}: "
                            f"{differences(stored, sample.data)[:3]}")
    assert not problems, problems


def test_getscu_gets_every_original(radview, samples, dcmtk_module, tmp_path):
    problems = []
    for sample in samples:
        out = tmp_path / sample.sop
        out.mkdir()
        result = subprocess.run(
            [dcmtk_module("getscu"), "-S", "+B", GETSCU_PREFER[sample.syntax], "-aec", "RADVIEW",
             "-od", str(out), "-k", "QueryRetrieveLevel=STUDY",
             "-k", f"StudyInstanceUID={sample.study}", "127.0.0.1", str(radview.dimse_port)],
            capture_output=True, text=True, timeout=60)
        files = list(out.iterdir())
        if result.returncode != 0 or len(files) != 1:
            problems.append(f"{sample.name}: getscu {result.returncode}, {len(files)} files")
            continue
        data = files[0].read_bytes()
        # getscu proposes no Implicit VR context (its +xi is for association acceptance),
        # and Big Endian / Deflated only with Explicit VR LE in the same context, which we
        # prefer: such originals come as Explicit VR LE, element for element the same.
        expected = ("1.2.840.10008.1.2.1" if sample.syntax in (
            "1.2.840.10008.1.2", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99")
            else sample.syntax)
        if syntax_of(data) != expected or differences(data, sample.data):
            problems.append(f"{sample.name}: {syntax_of(data)} {differences(data, sample.data)[:3]}")
        elif expected == sample.syntax and dataset_bytes(data) != dataset_bytes(sample.data):
            problems.append(f"{sample.name}: equal elements but not byte-exact")
    assert not problems, problems


def test_movescu_moves_every_original_to_storescp(radview, samples, dcmtk_module, storescp):
    _port, out = storescp
    result = subprocess.run(
        [dcmtk_module("movescu"), "-S", "-aec", "RADVIEW", "-aem", "DCMTKSCP",
         "-k", "QueryRetrieveLevel=STUDY",
         "-k", "StudyInstanceUID=" + "\\".join(s.study for s in samples),
         "127.0.0.1", str(radview.dimse_port)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    got = {}
    for path in out.iterdir():
        data = path.read_bytes()
        got[str(pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True).SOPInstanceUID)] = data
    problems = []
    for sample in samples:
        data = got.get(sample.sop)
        if data is None:
            problems.append(f"{sample.name}: not received")
        elif syntax_of(data) != sample.syntax or dataset_bytes(data) != dataset_bytes(sample.data):
            problems.append(f"{sample.name}: {syntax_of(data)} {differences(data, sample.data)[:3]}")
    assert not problems, problems


def test_radview_cli_queries_the_radview_server(radview, samples, capsys):
    pacs = ["--pacs", f"RADVIEW@127.0.0.1:{radview.dimse_port}"]
    web = ["--dicomweb", f"http://127.0.0.1:{radview.http_port}/dicomweb"]
    for where in (pacs, web):
        code, out, err = run_cli(capsys, "query", *where, "--json")
        assert code == 0, err
        # (other tests of this module store more studies)
        assert {r["StudyInstanceUID"] for r in json.loads(out)} >= {s.study for s in samples}
        code, out, err = run_cli(capsys, "query", *where, "--patient-name", "KEY^OBJ*", "--json")
        ko = next(s for s in samples if s.name == "KO")
        found = {r["StudyInstanceUID"] for r in json.loads(out)}
        assert ko.study in found and not found & {s.study for s in samples if s is not ko}


@pytest.mark.parametrize("method", ["C-GET", "C-MOVE", "WADO-RS"])
def test_radview_cli_fetches_byte_exact_originals(radview, samples, method, move_port, tmp_path,
                                                 capsys):
    problems = []
    for sample in samples:
        if method == "WADO-RS":
            where = ["--dicomweb", f"http://127.0.0.1:{radview.http_port}/dicomweb"]
        else:
            where = ["--pacs", f"RADVIEW@127.0.0.1:{radview.dimse_port}", "--calling-ae", MOVE_AE]
        extra = ["--move-to", MOVE_AE, "--listen-port", str(move_port),
                 "--listen-host", "127.0.0.1"] if method == "C-MOVE" else []
        code, text, err = run_cli(capsys, "fetch", *where, "--study", sample.study, *extra,
                                  "--out", str(tmp_path / sample.sop), "--json")
        doc = json.loads(text) if text else {}
        got = [i for i in doc.get("instances", []) if i["sop_instance_uid"] == sample.sop]
        if code != 0 or len(got) != 1:
            problems.append(f"{sample.name}: exit {code} {err.strip()}")
            continue
        data = open(got[0]["path"], "rb").read()
        if syntax_of(data) != sample.syntax or dataset_bytes(data) != dataset_bytes(sample.data):
            problems.append(f"{sample.name}: {syntax_of(data)} {differences(data, sample.data)[:3]}")
    assert not problems, problems


def test_cfind_tells_a_c_get_requestor_each_stored_syntax(radview, samples):
    """IMAGE-level C-FIND answers AvailableTransferSyntaxUID, from which the client
    proposes exactly the stored syntaxes (plus the uncompressed pair)."""
    from radview.net.dimse import DimseClient, DimsePeer, retrieve_identifier

    client = DimseClient(DimsePeer("127.0.0.1", radview.dimse_port, "RADVIEW", MOVE_AE))
    for sample in samples:
        identifier, _model = retrieve_identifier("STUDY", {"StudyInstanceUID": sample.study},
                                                 "get")
        assert client.inventory(identifier) == {sample.sop_class: {sample.syntax}}, sample.name
