"""Opening a series from a real server: the coarse pass on a slow or unmeasured link,
straight to screen resolution on a link measured fast; every image ends at the level
the viewport needs, decoded exactly as the server's version, and is in the cache
when the load returns."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.uid import generate_uid

from radview.app.demo_server import EmbeddedServer
from radview.app.settings_store import Connection
from radview.codec import decode, level_for_size, read_header
from radview.net.cache import Cache
from radview.net.profiles import choose
from radview.net.progressive import Viewport, needed_dimension
from radview.net.sources import RadviewSource
from radview.resources.sample_images import pydicom_data_file

SLICES = 4
VIEWPORT = Viewport(600, 400)  # a 1024² image needs its 512 px level, not full size


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("open")
    srv = EmbeddedServer(root / "server", dicom_port=None, fsync=False)
    ds = pydicom.dcmread(pydicom_data_file("MR2_UNCR.dcm"))
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = "MR"
    sops = []
    for n in range(SLICES):  # a small stack of the same 1024² MR image
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.InstanceNumber = n + 1
        ds.ImagePositionPatient = [0, 0, float(n)]
        buf = io.BytesIO()
        ds.save_as(buf)
        srv.store.ingest(buf.getvalue(), source="test")
        sops.append(str(ds.SOPInstanceUID))
    srv.start()
    assert srv.wait_versions(180), "the server did not build the versions in time"
    srv.study_uid, srv.series_uid, srv.sops = str(ds.StudyInstanceUID), str(
        ds.SeriesInstanceUID), sops
    yield srv
    srv.stop()


def _open(server, tmp_path, *, fast: bool | None):
    source = RadviewSource(Cache(tmp_path / "cache"), Connection(
        "srv", "radview", url=server.url, token=server.tokens["reading"]))
    if fast is not None:  # the link as measured by earlier transfers
        source.stream_rate.add_body(1_000_000, 0.001 if fast else 0.4)  # 8 Gbit/s or 20 Mbit/s
    updates, calls = [], []
    bundle = source._bundle
    source._bundle = lambda scope, uid, choice, params, *rest: (
        calls.append((scope, dict(params))) or bundle(scope, uid, choice, params, *rest))
    n = source.load_series(server.study_uid, server.series_uid, on_header=lambda m: None,
                           on_image=updates.append, choice=choose("reading", version="V1"),
                           viewport=VIEWPORT)
    assert n == SLICES
    return source, updates, calls


def _screen_level(server) -> int:
    header = read_header(server.store.read_version(server.sops[0], "V1", 1))
    return int(level_for_size(header, needed_dimension(1024, 1024, VIEWPORT)))


def _check_final(server, source, updates, target):
    last = {u.sop_uid: u for u in updates}
    assert set(last) == set(server.sops)
    for sop, u in last.items():
        assert u.level == target and not u.final
        expected = decode(server.store.read_version(sop, "V1", 1), level=target)
        assert np.array_equal(u.pixels, expected)
        assert source.cache.cached_level(sop, "V1") == target  # written when load returns


def test_a_link_measured_fast_goes_straight_to_screen_resolution(server, tmp_path):
    source, updates, calls = _open(server, tmp_path, fast=True)
    target = _screen_level(server)
    assert target > 0
    assert all(u.level == target for u in updates)  # no coarse level anywhere
    assert [c[0] for c in calls] == ["instance", "series"]
    assert all("level" not in params and "first_level" not in params
               for _scope, params in calls)
    _check_final(server, source, updates, target)
    source.close()


def test_a_slow_link_shows_the_coarse_level_first(server, tmp_path):
    source, updates, calls = _open(server, tmp_path, fast=False)
    target = _screen_level(server)
    assert updates[0].level == 0  # the on-screen image coarse first
    seen = {}
    for u in updates:
        seen.setdefault(u.sop_uid, []).append(u.level)
    assert all(levels[0] == 0 and levels[-1] == target for levels in seen.values())
    # the on-screen image: its level 0 and its screen level in one request
    assert calls[0] == ("instance", {"max_dimension": needed_dimension(1024, 1024, VIEWPORT),
                                     "first_level": 0})
    assert [c[0] for c in calls] == ["instance", "series", "series"]
    _check_final(server, source, updates, target)
    source.close()


def test_an_unmeasured_link_is_measured_by_the_on_screen_image(server, tmp_path):
    source, updates, calls = _open(server, tmp_path, fast=None)
    target = _screen_level(server)
    assert updates[0].level == 0  # nothing known yet: coarse first, as on a slow link
    # its screen level was a big enough transfer to measure the loopback (far faster
    # than FAST_LINK_BPS): the rest of the series comes straight at screen resolution
    assert source.stream_rate.estimate().samples >= 1 and source.link_is_fast()
    assert [c[0] for c in calls] == ["instance", "series"]
    assert calls[0][1]["first_level"] == 0 and "first_level" not in calls[1][1]
    _check_final(server, source, updates, target)
    source.close()


def test_the_headers_are_written_once_the_first_image_is_shown(server, tmp_path):
    source = RadviewSource(Cache(tmp_path / "cache"), Connection(
        "srv", "radview", url=server.url, token=server.tokens["reading"]))
    headers_cached = []

    def on_image(update):  # what the cache holds at each image, writes queued so far done
        source._writer.flush()
        headers_cached.append(len(source.cache.instances_of(server.series_uid)))

    source.load_series(server.study_uid, server.series_uid, on_header=lambda m: None,
                       on_image=on_image, choice=choose("reading", version="V1"),
                       viewport=VIEWPORT)
    # not before the first image (nothing may hold it back), not after the last one
    assert headers_cached[0] == 0 and headers_cached[1] == SLICES
    source.close()
