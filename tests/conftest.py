"""Shared test set-up: Qt headless, and the real peers (see ``peers.py``) as fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # ``from peers import free_port`` in any test

import peers  # noqa: E402


@pytest.fixture
def dcmtk():
    """Path lookup for DCMTK tools (called by full path: pynetdicom ships same-named scripts)."""

    def tool(name: str) -> str:
        return peers.require_executable(f"/usr/bin/{name}", "dcmtk")

    return tool


@pytest.fixture
def orthanc_binary() -> str:
    return peers.require_executable("/usr/sbin/Orthanc", "orthanc")


@pytest.fixture(scope="session")
def free_port():
    """A function returning a free loopback TCP port."""
    return peers.free_port


@pytest.fixture(scope="session")
def orthanc_peer():
    """The OrthancPeer class: ``orthanc_peer(folder, modalities=...)`` starts one (``.stop()``)."""
    return peers.OrthancPeer
