"""Fixtures for the DIMSE tests: a real EmbeddedStore behind a running SCP, and
helpers to drive real peers (DCMTK tools, Orthanc) on free loopback ports."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from peers import free_port, wait_for_port  # noqa: F401 - the DIMSE tests import them from here

from radview.server.dimse import start_dimse
from radview.server.dimse_send import split_part10
from radview.server.embedded import EmbeddedStore

def run_tool(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout)


def dataset_bytes(part10: bytes) -> bytes:
    """The encoded dataset of a Part 10 file (what travels in a C-STORE)."""
    _meta, offset = split_part10(part10)
    return part10[offset:]


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "store", fsync=False)
    yield s
    s.close()


@pytest.fixture
def server(store):
    srv = start_dimse(store, ae_title="RADVIEW", port=0, peers={})
    yield srv
    srv.shutdown()


@pytest.fixture
def storescp(dcmtk, tmp_path):
    """A DCMTK storescp on a free port, writing what it receives to a folder."""
    out = tmp_path / "storescp"
    out.mkdir()
    port = free_port()
    proc = subprocess.Popen(
        [dcmtk("storescp"), "-aet", "DCMTKSCP", "--accept-all", "-od", str(out), str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, proc=proc)
        yield ("DCMTKSCP", port, out)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def received_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())
