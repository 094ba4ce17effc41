"""An embedded radview server in this process, with a folder of DICOM files ingested (Qt-free).

Used by ``radview demo``, the workstation's end-to-end test and ``radview bench open``.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from typing import Callable

from radview.errors import RadviewError

log = logging.getLogger("radview.workstation")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dicom_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            try:
                with open(path, "rb") as f:
                    f.seek(128)
                    if f.read(4) == b"DICM":
                        out.append(path)
            except OSError:
                continue
    return out


class EmbeddedServer:
    """RunningServer on free loopback ports, served from a background thread."""

    def __init__(self, data_dir: Path, *, http_port: int = 0, dicom_port: int | None = 0,
                 fsync: bool = True):
        from radview.server.main import RunningServer

        self.http_port = http_port or free_port()
        self.server = RunningServer(Path(data_dir), http_port=self.http_port,
                                    dicom_port=(dicom_port or free_port()) if dicom_port is not None else None,
                                    fsync=fsync)
        self.url = f"http://127.0.0.1:{self.http_port}"
        self._thread: threading.Thread | None = None

    @property
    def store(self):
        return self.server.store

    @property
    def dicom_port(self) -> int | None:
        return self.server.dimse_port

    def ingest_folder(self, folder: Path, *, progress: Callable[[int, int], None] | None = None
                      ) -> tuple[int, int]:
        """Ingest every DICOM file (duplicates are no-ops). Returns (new, failed)."""
        files = dicom_files(folder)
        if not files:
            raise RadviewError(f"no DICOM files in {folder}")
        new = failed = 0
        for n, path in enumerate(files, 1):
            try:
                result = self.store.ingest(path.read_bytes(), source=f"demo:{path.name}")
                new += 0 if result.duplicate else 1
            except RadviewError as exc:
                failed += 1
                log.warning("not ingested %s: %s", path, exc)
            if progress is not None:
                progress(n, len(files))
        return new, failed

    def start(self, timeout: float = 30.0) -> "EmbeddedServer":
        self._thread = threading.Thread(target=self.server.serve, name="radview-server", daemon=True)
        self._thread.start()
        import httpx

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if not self._thread.is_alive():
                break
            time.sleep(0.05)
        raise RadviewError(f"the embedded server did not start on {self.url}")

    def wait_versions(self, timeout: float = 120.0) -> bool:
        """Wait until the background version builds are done (True) or the timeout."""
        return self.server.worker.wait_idle(timeout)

    def stop(self) -> None:
        self.server.stop()
        if self._thread is not None:
            self._thread.join(15)

    def __enter__(self) -> "EmbeddedServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
