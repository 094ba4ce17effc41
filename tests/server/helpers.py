"""A real server (uvicorn on a free port) in a background thread, for HTTP tests."""

from __future__ import annotations

import threading
import time

import httpx
from peers import free_port

from radview.server.main import RunningServer


class ThreadedServer:
    def __init__(self, data_dir, *, dicom_port=None, **kw):
        self.port = free_port()
        self.server = RunningServer(data_dir, http_port=self.port, dicom_port=dicom_port,
                                    fsync=False, **kw)
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "ThreadedServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not come up")

    def wait_versions(self, timeout: float = 120) -> None:
        assert self.server.worker.wait_idle(timeout), "versions not built in time"

    def __exit__(self, *exc) -> None:
        self.server.stop()
        self.thread.join(timeout=20)
