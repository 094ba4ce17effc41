"""A real server (uvicorn on a free port) in a background thread, for HTTP tests."""

from __future__ import annotations

import threading
import time

import httpx
from peers import free_port

from radview.server.main import RunningServer
from radview.server.users import UserStore

# one registered user per role; tests talk to the server as one of them
ROLE_USERS = {"radiologist": "rad", "referrer": "ref", "technician": "tech", "admin": "adm"}


def make_users(data_dir, *, ae_titles: dict[str, str] | None = None) -> dict[str, str]:
    """Registers ROLE_USERS in ``data_dir``; {role: token}. ``ae_titles``: {role: AE}."""
    users = UserStore(data_dir)
    return {role: users.add(name, role, ae_title=(ae_titles or {}).get(role, ""))
            for role, name in ROLE_USERS.items()}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class ThreadedServer:
    def __init__(self, data_dir, *, dicom_port=None, ae_titles=None, verify=True, **kw):
        """``verify``: how the test's own HTTP client checks an https:// server (an
        ssl.SSLContext with the private CA, and a client certificate for mutual TLS)."""
        self.port = free_port()
        data_dir.mkdir(parents=True, exist_ok=True)
        self.tokens = make_users(data_dir, ae_titles=ae_titles)
        self.verify = verify
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
