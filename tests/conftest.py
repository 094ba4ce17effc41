"""Shared test set-up: Qt headless, and helpers to find real peers."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _require_executable(path: str, package: str) -> str:
    found = path if os.path.isabs(path) and os.access(path, os.X_OK) else shutil.which(path)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{path} ({package}) is missing on CI: packaging/system-deps.sh should install it")
        pytest.skip(f"{path} not installed (Debian package {package})")
    return found


@pytest.fixture
def dcmtk():
    """Path lookup for DCMTK tools (called by full path: pynetdicom ships same-named scripts)."""

    def tool(name: str) -> str:
        return _require_executable(f"/usr/bin/{name}", "dcmtk")

    return tool


@pytest.fixture
def orthanc_binary() -> str:
    return _require_executable("/usr/sbin/Orthanc", "orthanc")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def free_port():
    """A function returning a free loopback TCP port."""
    return _free_port


ORTHANC_DICOMWEB_PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"


class OrthancPeer:
    """A real Orthanc (DIMSE + DICOMweb plugin) on free loopback ports, own config and
    storage in ``folder``; ``modalities`` are the AEs it knows ({AE: (host, port)})."""

    def __init__(self, folder, *, aet: str = "ORTHANC", modalities=None, extra=None):
        import json
        import subprocess
        from pathlib import Path

        binary = _require_executable("/usr/sbin/Orthanc", "orthanc")
        if not os.path.exists(ORTHANC_DICOMWEB_PLUGIN):
            _require_executable(ORTHANC_DICOMWEB_PLUGIN, "orthanc-dicomweb")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.aet, self.http_port, self.dicom_port = aet, _free_port(), _free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.dicomweb = f"{self.url}/dicom-web"
        config = {
            "Name": "radview-test", "StorageDirectory": str(folder / "db"),
            "IndexDirectory": str(folder / "db"), "HttpPort": self.http_port,
            "DicomPort": self.dicom_port, "DicomAet": aet, "RemoteAccessAllowed": False,
            "AuthenticationEnabled": False, "Plugins": [ORTHANC_DICOMWEB_PLUGIN],
            "DicomWeb": {"Enable": True, "Root": "/dicom-web/"},
            "DicomModalities": {ae: [ae, host, int(port)]
                                for ae, (host, port) in (modalities or {}).items()},
            **(extra or {}),
        }
        (folder / "orthanc.json").write_text(json.dumps(config))
        self.log = open(folder / "orthanc.log", "w")
        self.proc = subprocess.Popen([binary, str(folder / "orthanc.json")],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self._wait()

    def _wait(self, timeout: float = 30.0) -> None:
        import time

        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                pytest.fail(f"Orthanc exited at start (code {self.proc.returncode})")
            try:
                if httpx.get(f"{self.url}/system", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("Orthanc did not answer within 30 s")

    def upload(self, part10: bytes) -> None:
        """Through Orthanc's own REST API, independent of our clients."""
        import httpx

        httpx.post(f"{self.url}/instances", content=part10, timeout=60).raise_for_status()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
        self.log.close()


@pytest.fixture(scope="session")
def orthanc_peer():
    """The OrthancPeer class: ``orthanc_peer(folder, modalities=...)`` starts one (``.stop()``)."""
    return OrthancPeer
