"""The re-identification map: pseudonym -> original, in its own local SQLite file.

The de-identification only ever writes here; the uploader never opens it for
reading and never sends it. Reading (to show results under the real patient)
is :class:`ReidReader`, used by the workstation and the CLI after an upload.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from radview.paths import config_dir

SCHEMA = """
CREATE TABLE IF NOT EXISTS pseudonyms (
    kind TEXT NOT NULL, pseudonym TEXT NOT NULL, original TEXT NOT NULL,
    PRIMARY KEY (kind, pseudonym));
"""


def default_path() -> Path:
    env = os.environ.get("RADVIEW_REID_DB")
    return Path(env) if env else config_dir() / "reid-map.sqlite"


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    conn = sqlite3.connect(path)
    if fresh:
        os.chmod(path, 0o600)
    conn.executescript(SCHEMA)
    return conn


class ReidWriter:
    """Write-only access: records pseudonyms as they are made."""

    def __init__(self, path: str | Path | None = None):
        self._conn = _connect(Path(path) if path else default_path())
        self._pending: list[tuple[str, str, str]] = []

    def record(self, kind: str, pseudonym: str, original: str) -> None:
        self._pending.append((kind, pseudonym, original))

    def flush(self) -> None:
        if self._pending:
            with self._conn:
                self._conn.executemany(
                    "INSERT OR IGNORE INTO pseudonyms VALUES (?, ?, ?)", self._pending)
            self._pending.clear()

    def close(self) -> None:
        self.flush()
        self._conn.close()


class ReidReader:
    """Looks originals up for results that come back (never used by the uploader)."""

    def __init__(self, path: str | Path | None = None):
        self._conn = _connect(Path(path) if path else default_path())

    def original(self, pseudonym: str) -> str | None:
        row = self._conn.execute("SELECT original FROM pseudonyms WHERE pseudonym = ?",
                                 (pseudonym,)).fetchone()
        return row[0] if row else None

    def reidentify(self, doc):
        """Replaces every pseudonym found as a string value in a JSON-like document."""
        if isinstance(doc, dict):
            return {k: self.reidentify(v) for k, v in doc.items()}
        if isinstance(doc, list):
            return [self.reidentify(v) for v in doc]
        if isinstance(doc, str):
            return self.original(doc) or doc
        return doc

    def close(self) -> None:
        self._conn.close()
