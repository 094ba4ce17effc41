"""Where radview keeps per-user files: an override variable, else the XDG base folder."""

from __future__ import annotations

import os
from pathlib import Path


def user_dir(override_env: str, xdg: str, *parts: str) -> Path:
    """``$override_env`` when set, else ``$XDG_<xdg>_HOME`` (default ``~/.<xdg>``) /
    radview / parts; ``xdg`` is ``"config"`` or ``"cache"``."""
    env = os.environ.get(override_env)
    if env:
        return Path(env)
    base = os.environ.get(f"XDG_{xdg.upper()}_HOME") or Path.home() / f".{xdg}"
    return Path(base, "radview", *parts)


def config_dir() -> Path:
    """Settings and the de-identification site key (``RADVIEW_CONFIG_DIR``)."""
    return user_dir("RADVIEW_CONFIG_DIR", "config")
