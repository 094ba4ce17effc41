"""Fixtures for delta upload: a small demo subset, a site (key + map), a real server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radview.bench.delta import SERVER_CONFIG
from radview.net import deid


def server_test_module(name: str):
    """A module of tests/server (helpers, pki) loaded by path: the test folders are not
    packages of one another under --import-mode=importlib."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        f"delta_server_{name}", Path(__file__).parents[1] / "server" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ThreadedServer = server_test_module("helpers").ThreadedServer

@pytest.fixture(scope="session")
def demo_root(tmp_path_factory) -> Path:
    """Three demo patients, 2 slices per CT (about 100 files)."""
    from radview.demo.generator import generate

    root = tmp_path_factory.mktemp("demo")
    generate(root, patients=3, seed=20261122, include_real=False, ct_slices=2, pixels=True)
    return root


@pytest.fixture(scope="session")
def demo_subset(demo_root) -> list[Path]:
    """Both slices of each demo CT, the first image of each other series."""
    files = []
    for series in sorted({p.parent for p in demo_root.rglob("*.dcm")}):
        files += sorted(series.glob("*.dcm"))[:2 if "_CT_" in str(series) else 1]
    return files


@pytest.fixture
def site(tmp_path):
    reid_path = tmp_path / "site" / "reid.sqlite"
    writer = deid.ReidWriter(reid_path)
    d = deid.Deidentifier(deid.load_or_create(tmp_path / "site" / "key"), writer)
    d.reid_path = reid_path
    yield d
    writer.close()


def auth(srv) -> dict[str, str]:
    """Client keyword for the bearer token of the server's test radiologist."""
    return {"token": srv.tokens["radiologist"]}


def auth_headers(srv) -> dict[str, str]:
    return srv.as_role("radiologist")


def server_in(data: Path) -> ThreadedServer:
    data.mkdir(parents=True)
    (data / "config.json").write_text(json.dumps(SERVER_CONFIG))
    srv = ThreadedServer(data)
    srv.data_dir = data
    return srv


@pytest.fixture
def server(tmp_path):
    with server_in(tmp_path / "server-data") as srv:
        yield srv
