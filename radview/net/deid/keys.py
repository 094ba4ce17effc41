"""The site key and the keyed functions built on it (HMAC-SHA256).

The same input always gives the same pseudonym for one site key, so a patient's
later studies join up on the server without the server learning who it is.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from radview.errors import RadviewError
from radview.paths import config_dir

KEY_BYTES = 32


class SiteKeyError(RadviewError):
    """The site key file is missing, unreadable, or not a key."""


def load_or_create(path: str | Path | None = None) -> bytes:
    """Reads the site key, creating it (0600) on first use."""
    file = Path(path) if path else config_dir() / "deid-site.key"
    if file.exists():
        data = file.read_bytes().strip()
        try:
            key = bytes.fromhex(data.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise SiteKeyError(f"site key file {file} does not hold a hex key") from None
        if len(key) < 16:
            raise SiteKeyError(f"site key in {file} is too short ({len(key)} bytes, need 16+)")
        return key
    file.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
    return key


class Keyed:
    def __init__(self, key: bytes):
        if len(key) < 16:
            raise SiteKeyError("site key too short (need 16+ bytes)")
        self._key = key

    def digest(self, kind: str, value: str) -> bytes:
        return hmac.new(self._key, f"{kind}\x00{value}".encode(), hashlib.sha256).digest()

    def uid(self, value: str) -> str:
        """A valid UID under the 2.25 root (UUID-derived form): at most 44 characters."""
        return "2.25." + str(int.from_bytes(self.digest("uid", value)[:16], "big"))

    def ident(self, kind: str, value: str, prefix: str) -> str:
        return prefix + self.digest(kind, value).hex()[:15].upper()

    def day_shift(self, patient: str) -> int:
        """Days every date of this patient moves back: 1..3650, fixed per patient."""
        return 1 + int.from_bytes(self.digest("dates", patient)[:4], "big") % 3650
