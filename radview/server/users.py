"""Registered users of the image server: name, role, API token hash, AE title, expiry.

Kept in DATA/users.json (owner-only permissions). A token is 256 random bits
shown once, when it is made; only its SHA-256 is stored (a fast hash is enough
for a random secret of that size: there is nothing to guess). The running
server re-reads the file when it changes, so `radview users add|remove|rotate`
take effect without a restart.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from radview.errors import UsageError

ROLES = ("radiologist", "referrer", "technician", "admin")
TOKEN_PREFIX = "rv_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)  # 256 bits


def check_ae_title(title: str, what: str = "AE title") -> str:
    text = str(title).strip()
    if not text or len(text) > 16 or not text.isascii() or "\\" in text or not text.isprintable():
        raise UsageError(f"{what} {title!r} is not a valid AE title (1-16 printable ASCII "
                         "characters, no backslash)")
    return text


@dataclass
class User:
    name: str
    role: str
    token_sha256: str
    ae_title: str = ""
    created: float = 0.0
    expires: float | None = None  # epoch seconds; None: never

    def expired(self, now: float | None = None) -> bool:
        return self.expires is not None and (now or time.time()) >= self.expires

    def public(self) -> dict[str, Any]:
        """What `users list` shows: everything but the token hash."""
        d = asdict(self)
        d.pop("token_sha256")
        return d


class UserStore:
    """DATA/users.json, re-read whenever its modification time changes."""

    def __init__(self, data_dir: str | Path):
        self.path = Path(data_dir) / "users.json"
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._users: dict[str, User] = {}

    # reading -----------------------------------------------------------------------
    def _fresh(self) -> dict[str, User]:
        try:
            st = self.path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            stamp = None
        with self._lock:
            if stamp != self._stamp:
                self._users = self._read() if stamp else {}
                self._stamp = stamp
            return self._users

    def _read(self) -> dict[str, User]:
        try:
            doc = json.loads(self.path.read_text())
            return {u["name"]: User(**u) for u in doc.get("users", [])}
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise UsageError(f"cannot read {self.path}: {exc}") from None

    def all(self) -> list[User]:
        return sorted(self._fresh().values(), key=lambda u: u.name)

    def get(self, name: str) -> User | None:
        return self._fresh().get(name)

    def by_token(self, token: str) -> User | None:
        digest = token_hash(token)
        for user in self._fresh().values():
            if secrets.compare_digest(user.token_sha256, digest):
                return user
        return None

    def by_ae_title(self, ae_title: str) -> User | None:
        title = ae_title.strip()
        return next((u for u in self._fresh().values() if u.ae_title and u.ae_title == title),
                    None)

    def ae_titles(self) -> list[str]:
        return [u.ae_title for u in self._fresh().values() if u.ae_title]

    # changing ----------------------------------------------------------------------
    def add(self, name: str, role: str, *, ae_title: str = "",
            expires_days: float | None = None) -> str:
        """Registers a user; returns the new token (shown once, never stored)."""
        if not _NAME.match(name or ""):
            raise UsageError(f"user name {name!r} must be 1-64 letters, digits or ._@- "
                             "(starting with a letter or digit)")
        if role not in ROLES:
            raise UsageError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if expires_days is not None and expires_days <= 0:
            raise UsageError("--expires-days must be a positive number of days")
        users = dict(self._fresh())
        if name in users:
            raise UsageError(f"user {name} already exists (rotate its token, or remove it)")
        if ae_title:
            ae_title = check_ae_title(ae_title)
            owner = self.by_ae_title(ae_title)
            if owner is not None:
                raise UsageError(f"AE title {ae_title} is already bound to user {owner.name}")
        token = new_token()
        now = time.time()
        users[name] = User(name, role, token_hash(token), ae_title, now,
                           now + expires_days * 86400 if expires_days else None)
        self._write(users)
        return token

    def remove(self, name: str) -> None:
        users = dict(self._fresh())
        if users.pop(name, None) is None:
            raise UsageError(f"no user {name}")
        self._write(users)

    def rotate(self, name: str, *, expires_days: float | None = None) -> str:
        users = dict(self._fresh())
        user = users.get(name)
        if user is None:
            raise UsageError(f"no user {name}")
        token = new_token()
        user = User(**{**asdict(user), "token_sha256": token_hash(token)})
        if expires_days is not None:
            if expires_days <= 0:
                raise UsageError("--expires-days must be a positive number of days")
            user.expires = time.time() + expires_days * 86400
        users[name] = user
        self._write(users)
        return token

    def _write(self, users: dict[str, User]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        doc = {"users": [asdict(u) for u in sorted(users.values(), key=lambda u: u.name)]}
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(doc, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        os.chmod(self.path, 0o600)
        with self._lock:
            self._stamp = None  # re-read on next use
