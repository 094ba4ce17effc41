"""Shared test set-up: Qt headless, and helpers to find real peers."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _require_executable(path: str, package: str) -> str:
    found = path if os.path.isabs(path) and os.access(path, os.X_OK) else shutil.which(path)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{path} ({package}) is missing on CI: packaging/system-deps.sh should install it")
        pytest.skip(f"{path} not installed (Debian package {package})")
    return found


@pytest.fixture
def dcmtk():
    """Path lookup for DCMTK tools (called by full path: pynetdicom ships same-named scripts)."""

    def tool(name: str) -> str:
        return _require_executable(f"/usr/bin/{name}", "dcmtk")

    return tool


@pytest.fixture
def orthanc_binary() -> str:
    return _require_executable("/usr/sbin/Orthanc", "orthanc")
