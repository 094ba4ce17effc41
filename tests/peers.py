"""Real peers the tests start: free loopback ports, and Orthanc (DIMSE + DICOMweb plugin).

Importable (``from peers import free_port``) by test modules and helpers that need
them outside fixtures; ``conftest.py`` hands them out as fixtures too.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time

import pytest


def require_executable(path: str, package: str) -> str:
    """The peer's executable; skipped where it is not installed (failed on CI)."""
    found = path if os.path.isabs(path) and os.access(path, os.X_OK) else shutil.which(path)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{path} ({package}) is missing on CI: packaging/system-deps.sh should install it")
        pytest.skip(f"{path} not installed (Debian package {package})")
    return found


def free_port() -> int:
    """A free loopback TCP port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    """Until something listens on ``port``; RuntimeError when ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port}")


ORTHANC_DICOMWEB_PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"


class OrthancPeer:
    """A real Orthanc (DIMSE + DICOMweb plugin) on free loopback ports, own config and
    storage in ``folder``; ``modalities`` are the AEs it knows ({AE: (host, port)})."""

    def __init__(self, folder, *, aet: str = "ORTHANC", modalities=None, extra=None,
                 dicomweb: bool = True):
        import json
        from pathlib import Path

        binary = require_executable("/usr/sbin/Orthanc", "orthanc")
        if dicomweb and not os.path.exists(ORTHANC_DICOMWEB_PLUGIN):
            require_executable(ORTHANC_DICOMWEB_PLUGIN, "orthanc-dicomweb")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.aet, self.http_port, self.dicom_port = aet, free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.dicomweb = f"{self.url}/dicom-web"
        config = {
            "Name": "radview-test", "StorageDirectory": str(folder / "db"),
            "IndexDirectory": str(folder / "db"), "HttpPort": self.http_port,
            "DicomPort": self.dicom_port, "DicomAet": aet, "RemoteAccessAllowed": False,
            "AuthenticationEnabled": False,
            "Plugins": [ORTHANC_DICOMWEB_PLUGIN] if dicomweb else [],
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
