"""Fixtures for the image server tests: real pydicom-data files and small stores."""

from __future__ import annotations

import io

import pydicom
import pytest

from radview.resources.sample_images import pydicom_data_dir, pydicom_data_file
from radview.server.embedded import EmbeddedStore


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "data", fsync=False)
    yield s
    s.close()


def real_file(name: str) -> bytes:
    return pydicom_data_file(name).read_bytes()


def all_real_files() -> list[str]:
    return sorted(p.name for p in pydicom_data_dir().glob("*.dcm"))


def modified(name: str, **changes) -> bytes:
    """A real file with some attributes changed (new UIDs, other SOP class, ...)."""
    ds = pydicom.dcmread(pydicom_data_file(name))
    for key, value in changes.items():
        if key.startswith("meta_"):
            setattr(ds.file_meta, key[5:], value)
        else:
            setattr(ds, key, value)
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()
