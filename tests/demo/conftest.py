"""Demo sets shared by the demo tests (generated once per session)."""

from __future__ import annotations

import json
from pathlib import Path

import pydicom
import pytest

from radview.demo.generator import generate


@pytest.fixture(scope="session")
def small_set(tmp_path_factory):
    """Pixels, 3 slices per CT stack, no real images: quick but complete in kind."""
    out = tmp_path_factory.mktemp("demo-small") / "set"
    summary = generate(out, ct_slices=3, include_real=False)
    return out, summary


@pytest.fixture(scope="session")
def meta_set(tmp_path_factory):
    """Full-size stacks (every slice) without pixel data: geometry and headers at real size."""
    out = tmp_path_factory.mktemp("demo-meta") / "set"
    summary = generate(out, pixels=False, include_real=False)
    return out, summary


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


def series_files(out: Path, series: dict) -> list[Path]:
    return sorted((out / series["path"]).glob("*.dcm"))


def all_series(out: Path):
    """(patient, study, series) for every synthetic series of a set."""
    for p in manifest(out)["patients"]:
        if p["source"] != "synthetic":
            continue
        for st in p["studies"]:
            for se in st["series"]:
                yield p, st, se


def headers(files) -> list[pydicom.Dataset]:
    return [pydicom.dcmread(f, stop_before_pixels=True) for f in files]


@pytest.fixture(scope="session")
def dh():
    """The helpers above, for test modules (conftest is not importable by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(manifest=manifest, series_files=series_files, all_series=all_series,
                           headers=headers)
