"""Overlay planes (group 6000) of images that come from the radview server's metadata
document and bulk data: the same planes as read from the file (the path whose drawing
tests/viewer/test_pipeline_dcmtk.py checks against DCMTK), offline too; a reader who
may not have the original's bulk data gets the image without planes."""

from __future__ import annotations

import io

import numpy as np
import pydicom

from peers import ThreadedServer
from radview.dicom.overlays import OVERLAY_KEY
from radview.net.cache import Cache
from radview.net.profiles import VersionChoice
from radview.net.sources import CacheSource, Connection, RadviewSource
from radview.resources.sample_images import pydicom_data_file
from radview.viewer.model import ImageStack

NAME = "MR-SIEMENS-DICOM-WithOverlays.dcm"


def _planes(stack):
    return [(p.group, p.origin_row, p.origin_col, p.kind, p.label, p.bitmap)
            for p in stack[0].overlays]


def _same(got, want):
    assert len(got) == len(want) == 1
    for g, w in zip(got, want):
        assert g[:5] == w[:5] and np.array_equal(g[5], w[5])


CHOICES = {"V1": VersionChoice("V1", 100, "diagnosis", "test"),
           "V2": VersionChoice("V2", 50, "reference", "test")}


def _load(source, study, series, version):
    headers, images = [], []
    source.load_series(study, series, on_header=headers.extend, on_image=images.append,
                       choice=CHOICES[version])
    return headers, images


def test_overlays_come_with_server_headers_and_stay_offline(tmp_path):
    path = pydicom_data_file(NAME)
    ds = pydicom.dcmread(io.BytesIO(path.read_bytes()), stop_before_pixels=True)
    study, series = ds.StudyInstanceUID, ds.SeriesInstanceUID
    want = _planes(ImageStack.from_files([path], load_pixels=False))
    with ThreadedServer(tmp_path / "data") as srv:
        assert srv.client_for("technician").stow([path.read_bytes()])["status"] == 200
        srv.wait_versions()
        r = srv.http.put(f"{srv.url}/api/studies/{study}/status", json={"status": 5})
        assert r.status_code == 200
        cache = Cache(tmp_path / "cache")
        conn = Connection("srv", "radview", url=srv.url, token=srv.tokens["radiologist"])
        source = RadviewSource(cache, conn)
        try:
            headers, images = _load(source, study, series, "V1")
        finally:
            source.close()
        assert images and OVERLAY_KEY in headers[0]
        _same(_planes(ImageStack.from_datasets(headers, load_pixels=False)), want)
        # offline: the headers in the cache carry the planes
        offline = CacheSource(cache)
        headers_offline = []
        offline.load_series(study, series, on_header=headers_offline.extend,
                            on_image=lambda _u: None, choice=CHOICES["V1"])
        _same(_planes(ImageStack.from_datasets(headers_offline, load_pixels=False)), want)
        cache.close()

        # a referrer may not have the original's bulk data: V2 images, no planes, no error
        cache2 = Cache(tmp_path / "cache2")
        referrer = RadviewSource(cache2, Connection("ref", "radview", url=srv.url,
                                                    token=srv.tokens["referrer"]))
        try:
            headers, images = _load(referrer, study, series, "V2")
        finally:
            referrer.close()
            cache2.close()
        assert images and OVERLAY_KEY not in headers[0]
        assert ImageStack.from_datasets(headers, load_pixels=False)[0].overlays == ()
