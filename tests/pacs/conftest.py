"""Real peers for the PACS tests: Orthanc with the sample files loaded through its REST
API, and a radview server (HTTP + DIMSE) loaded by DCMTK's storescu.

The files are the fast subset of :mod:`files`; ``RADVIEW_PACS_ALL=1`` runs every file
(all transfer syntaxes pydicom-data and pydicom's test files hold, and non-images).
"""

from __future__ import annotations

import contextlib
import os
import threading

import pytest
from peers import wait_for_port

from .files import FAST, MORE, make_samples

MOVE_AE = "RVMOVE"
# calling AE titles the tests use towards the radview server (DCMTK's defaults, ours)
CALLING_AE_TITLES = (MOVE_AE, "RADVIEW_WS", "GETSCU", "STORESCU", "MOVESCU", "FINDSCU",
                     "ECHOSCU", "SENDER")


def sample_names() -> list[str]:
    return FAST + MORE if os.environ.get("RADVIEW_PACS_ALL") else FAST


@pytest.fixture(scope="session")
def samples():
    return make_samples(sample_names())


@pytest.fixture(scope="module")
def move_port(free_port):
    """The port our C-MOVE storage SCP listens on (known to the peers as RVMOVE)."""
    return free_port()


@pytest.fixture(scope="module")
def orthanc(orthanc_peer, samples, move_port, tmp_path_factory):
    peer = orthanc_peer(tmp_path_factory.mktemp("orthanc"),
                        modalities={MOVE_AE: ("127.0.0.1", move_port)})
    try:
        for sample in samples:
            peer.upload(sample.data)
        yield peer
    finally:
        peer.stop()


@contextlib.contextmanager
def radview_server(data_dir, port: int, peers: dict | None = None):
    """The assembled server's HTTP and DIMSE sides (DIMSE on a free port); the version
    builder and anatomy indexer are not started (retrieval of originals needs neither).
    A radiologist's token is ``server.token`` (and RADVIEW_TOKEN meanwhile, for the
    commands); the calling AE titles of CALLING_AE_TITLES are registered users."""
    import os

    import httpx

    from radview.server.main import RunningServer
    from radview.server.users import UserStore

    server = RunningServer(data_dir, http_port=port, dicom_port=0, peers=peers or {},
                           fsync=False)
    users = UserStore(data_dir)
    server.token = users.add("pacs-test", "radiologist")
    for title in CALLING_AE_TITLES:
        users.add(title.lower(), "radiologist", ae_title=title)
    server.http = httpx.Client(headers={"Authorization": f"Bearer {server.token}"}, timeout=60)
    saved = os.environ.get("RADVIEW_TOKEN")
    os.environ["RADVIEW_TOKEN"] = server.token
    thread = threading.Thread(target=server.uvicorn.run, daemon=True)
    thread.start()
    try:
        wait_for_port(server.http_port)
        server.url = f"http://127.0.0.1:{server.http_port}"
        yield server
    finally:
        server.stop()
        thread.join(timeout=20)
        server.dimse.shutdown()
        server.store.close()
        server.http.close()
        if saved is None:
            os.environ.pop("RADVIEW_TOKEN", None)
        else:
            os.environ["RADVIEW_TOKEN"] = saved
