"""Real peers the tests start: free loopback ports, and Orthanc (DIMSE + DICOMweb plugin).

Importable (``from peers import free_port``) by test modules and helpers that need
them outside fixtures; ``conftest.py`` hands them out as fixtures too.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time

import httpx
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
        httpx.post(f"{self.url}/instances", content=part10, timeout=60).raise_for_status()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
        self.log.close()


class DcmqrscpPeer:
    """DCMTK's dcmqrscp as a PACS (AE ``ARCHIVE``) on a free port, its database in
    ``folder``; ``hosts`` are the move destinations it knows ({AE: (host, port)})."""

    def __init__(self, folder, *, hosts=None, aet: str = "ARCHIVE"):
        from pathlib import Path

        self.binary = require_executable("/usr/bin/dcmqrscp", "dcmtk")
        self.storescu = require_executable("/usr/bin/storescu", "dcmtk")
        folder = Path(folder)
        (folder / "db").mkdir(parents=True, exist_ok=True)
        self.aet, self.port = aet, free_port()
        host_lines = "".join(f"{ae.lower()} = ({ae}, {host}, {port})\n"
                             for ae, (host, port) in (hosts or {}).items())
        (folder / "dcmqrscp.cfg").write_text(
            f"NetworkTCPPort = {self.port}\nMaxPDUSize = 16384\nMaxAssociations = 16\n"
            f"HostTable BEGIN\n{host_lines}HostTable END\nVendorTable BEGIN\nVendorTable END\n"
            f"AETable BEGIN\n{aet} {folder / 'db'} RW (200, 1024mb) ANY\nAETable END\n")
        self.proc = subprocess.Popen([self.binary, "-c", str(folder / "dcmqrscp.cfg")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for_port(self.port, self.proc)
        except (RuntimeError, TimeoutError):
            self.stop()
            raise

    @property
    def spec(self) -> str:
        return f"{self.aet}@127.0.0.1:{self.port}"

    def store(self, files) -> None:
        """Through DCMTK's storescu, independent of our clients."""
        subprocess.run([self.storescu, "-aec", self.aet, "127.0.0.1", str(self.port),
                        *map(str, files)], check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


# one registered user per role; tests talk to a radview server as one of them
ROLE_USERS = {"radiologist": "rad", "referrer": "ref", "technician": "tech", "admin": "adm"}


def make_users(data_dir, *, ae_titles: dict[str, str] | None = None) -> dict[str, str]:
    """Registers ROLE_USERS in ``data_dir``; {role: token}. ``ae_titles``: {role: AE}."""
    from radview.server.users import UserStore

    users = UserStore(data_dir)
    return {role: users.add(name, role, ae_title=(ae_titles or {}).get(role, ""))
            for role, name in ROLE_USERS.items()}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class ThreadedServer:
    """A radview server (HTTP; DIMSE when given a port) in this process, in a thread:
    ``with ThreadedServer(data_dir) as server: ... server.url``. One user per role is
    registered (``server.tokens[role]``); ``server.http`` talks as the radiologist."""

    def __init__(self, data_dir, *, dicom_port=None, ae_titles=None, verify=True, **kw):
        """``ae_titles``: {role: calling AE title} bound to the role's user; ``verify``:
        how the test's own HTTP client checks an https:// server (an ssl.SSLContext
        with the private CA, and a client certificate for mutual TLS)."""
        from radview.server.main import RunningServer

        self.port = free_port()
        data_dir.mkdir(parents=True, exist_ok=True)
        self.tokens = make_users(data_dir, ae_titles=ae_titles)
        self.http = httpx.Client(headers=bearer(self.tokens["radiologist"]), timeout=30,
                                 verify=verify)
        self.server = RunningServer(data_dir, http_port=self.port, dicom_port=dicom_port,
                                    fsync=False, **kw)
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.url = f"{self.server.scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> "ThreadedServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if self.http.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not come up")

    def as_role(self, role: str) -> dict[str, str]:
        """Headers of a request by the test user of this role."""
        return bearer(self.tokens[role])

    def client_for(self, role: str = "radiologist"):
        from radview.net.radview_client import RadviewClient

        return RadviewClient(self.url, token=self.tokens[role])

    def wait_versions(self, timeout: float = 120) -> None:
        assert self.server.worker.wait_idle(timeout), "versions not built in time"

    def __exit__(self, *exc) -> None:
        self.server.stop()
        self.thread.join(timeout=20)
        self.http.close()

