"""Per-user workstation settings: profile, connections, cache (Qt-free JSON file).

Stored in ``$RADVIEW_CONFIG_DIR/settings.json`` (default ``~/.config/radview``), so
each user of a machine has their own profile and connections. Writes are atomic.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from radview.errors import RadviewError, UsageError
from radview.net.profiles import PROFILES, check_profile
from radview.net.sources.connection import KINDS, Connection
from radview.paths import config_dir, user_dir

def default_cache_dir() -> Path:
    return user_dir("RADVIEW_CACHE_DIR", "cache", "workstation")


@dataclass
class Settings:
    profile: str = "reading"
    connections: list[Connection] = field(default_factory=list)
    active: str = ""  # name of the connection the study list searches
    cache_dir: str = ""
    cache_max_mb: int = 2048
    user: str = ""
    role: str = "radiologist"
    first_start_done: bool = False

    def validate(self) -> "Settings":
        check_profile(self.profile)
        names = [c.validate().name for c in self.connections]
        if len(set(names)) != len(names):
            raise UsageError("two connections have the same name")
        if self.cache_max_mb < 16:
            raise UsageError("the cache needs at least 16 MB")
        return self

    def connection(self, name: str) -> Connection | None:
        return next((c for c in self.connections if c.name == name), None)

    def cache_path(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else default_cache_dir()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Settings":
        known = {f for f in cls.__dataclass_fields__}
        conn_fields = set(Connection.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in known}
        values["connections"] = [
            Connection(**{k: v for k, v in c.items() if k in conn_fields})
            for c in data.get("connections", [])]
        return cls(**values)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The stored settings, or defaults on first start (``first_start_done`` False)."""
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        return Settings.from_json(json.loads(path.read_text())).validate()
    except (ValueError, TypeError, UsageError) as exc:
        raise RadviewError(f"the settings file {path} is damaged ({exc}); fix or delete it") from exc


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    settings.validate()
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    # owner-only from creation on: the file may hold API tokens
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(json.dumps(settings.to_json(), indent=2))
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


__all__ = ["Connection", "Settings", "load_settings", "save_settings", "PROFILES", "KINDS"]
