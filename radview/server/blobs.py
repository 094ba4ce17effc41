"""Content-addressed blob directory: DATA/blobs/ab/cd/<sha256>.

Writes go to a temporary file that is fsynced and renamed into place (then the
directory is fsynced), so a blob is either absent or complete. Every read is
verified against the name; a missing or corrupt blob raises an error naming it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from radview.server.storage import IntegrityError


class BlobStore:
    def __init__(self, root: Path, *, fsync: bool = True):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.fsync = fsync

    def path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def put(self, data: bytes, sha: str | None = None) -> str:
        sha = sha or hashlib.sha256(data).hexdigest()
        final = self.path(sha)
        if final.is_file() and final.stat().st_size == len(data) and self._intact(final, sha):
            return sha  # content-addressed: same name, same bytes (a damaged copy is rewritten)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                if self.fsync:
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(tmp, final)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        if self.fsync:
            dfd = os.open(final.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        return sha

    @staticmethod
    def _intact(path: Path, sha: str) -> bool:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest() == sha

    def get(self, sha: str, *, what: str = "") -> bytes:
        path = self.path(sha)
        label = f"blob {sha}" + (f" ({what})" if what else "")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise IntegrityError(f"{label} is missing from {self.root}") from None
        if hashlib.sha256(data).hexdigest() != sha:
            raise IntegrityError(f"{label} is corrupt: its content does not match its SHA-256")
        return data
