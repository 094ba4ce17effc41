"""Shared by the workstation tests: a real server holding one demo patient."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest


@pytest.fixture(scope="session")
def demo_patient_server():
    """Start with ``with demo_patient_server(root) as (server, studies):``."""
    return _demo_patient_server


@contextmanager
def _demo_patient_server(root):
    """One demo patient (CT chest, a relevant CT prior, an MR brain; 3 CT slices)
    ingested into a running embedded server -> (server, the patient's studies)."""
    from radview.app.demo_server import EmbeddedServer
    from radview.demo.generator import generate

    generate(root / "dicom", patients=1, include_real=False, ct_slices=3)
    manifest = json.loads((root / "dicom" / "manifest.json").read_text())
    srv = EmbeddedServer(root / "server", dicom_port=None, fsync=False)
    srv.ingest_folder(root / "dicom")
    srv.start()
    try:
        yield srv, manifest["patients"][0]["studies"]
    finally:
        srv.stop()
