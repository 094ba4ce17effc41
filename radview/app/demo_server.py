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


# One demo user per workstation profile; the role is what the server enforces.
DEMO_USERS = {"reading": ("demo-reading", "radiologist"),
              "referring": ("demo-referring", "referrer"),
              "home": ("demo-home", "radiologist"),
              "technician": ("demo-technician", "technician"),
              "admin": ("demo-admin", "admin")}


def demo_users(data_dir: Path) -> dict[str, str]:
    """{profile: token} of the demo users, with new tokens each time (the server keeps
    only their hashes, so a previous run's tokens cannot be recovered)."""
    from radview.server.users import UserStore

    users = UserStore(Path(data_dir))
    tokens = {}
    for profile, (name, role) in DEMO_USERS.items():
        user = users.get(name)
        if user is not None and user.role != role:
            users.remove(name)
            user = None
        tokens[profile] = users.rotate(name) if user is not None else users.add(name, role)
    return tokens


class EmbeddedServer:
    """RunningServer on free loopback ports, served from a background thread.
    ``tokens`` holds the demo users' tokens by profile (and technician, admin)."""

    def __init__(self, data_dir: Path, *, http_port: int = 0, dicom_port: int | None = 0,
                 fsync: bool = True):
        from radview.server.main import RunningServer

        self.http_port = http_port or free_port()
        self.server = RunningServer(Path(data_dir), http_port=self.http_port,
                                    dicom_port=(dicom_port or free_port()) if dicom_port is not None else None,
                                    fsync=fsync)
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.tokens = demo_users(Path(data_dir))
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
        return _ingest_into(self.store, files, progress, source=lambda p: f"demo:{p.name}")

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


class SubprocessServer:
    """``radview server`` in a child process, so building versions never competes with
    the workstation's UI thread for the interpreter lock. Stopped with SIGTERM (clean)."""

    def __init__(self, data_dir: Path, *, http_port: int = 0, dicom_port: int = 0,
                 log_path: Path | None = None):
        import subprocess
        import sys

        self.http_port = http_port or free_port()
        self.dicom_port = dicom_port or free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.log_path = log_path or Path(data_dir) / "server.log"
        self.tokens = demo_users(Path(data_dir))
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "radview", "server", "--data", str(data_dir),
             "--http-port", str(self.http_port), "--dicom-port", str(self.dicom_port)],
            stdout=self._log, stderr=subprocess.STDOUT)

    def start(self, timeout: float = 60.0) -> "SubprocessServer":
        import httpx

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RadviewError(f"the server exited at start (see {self.log_path})")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RadviewError(f"the server did not answer on {self.url} (see {self.log_path})")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except Exception:
                self.proc.kill()
        self._log.close()


def ingest_files(data_dir: Path, files: list[Path], *,
                 progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Ingest into the server's store directly (no server running). Returns (new, failed)."""
    from radview.server.embedded import EmbeddedStore

    store = EmbeddedStore(data_dir)
    try:
        return _ingest_into(store, files, progress, source=lambda _p: "demo")
    finally:
        store.close()


def _ingest_into(store, files: list[Path], progress: Callable[[int, int], None] | None, *,
                 source: Callable[[Path], str]) -> tuple[int, int]:
    """Each file into ``store`` (a duplicate is a no-op, a refused file is logged and
    counted); ``progress(done, total)`` after each. Returns (new, failed)."""
    new = failed = 0
    for n, path in enumerate(files, 1):
        try:
            result = store.ingest(path.read_bytes(), source=source(path))
            new += 0 if result.duplicate else 1
        except RadviewError as exc:
            failed += 1
            log.warning("not ingested %s: %s", path, exc)
        if progress is not None:
            progress(n, len(files))
    return new, failed
