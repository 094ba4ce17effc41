"""The server builds and serves HTJ2K versions: level addressing, lossy marking, bad config."""

from __future__ import annotations

import io
import json

import httpx
import numpy as np
import openjpeg
import pydicom
import pytest

from radview import codec
from radview.errors import UsageError
from radview.resources.sample_images import pydicom_data_file
from radview.server.main import RunningServer
from tests.server.helpers import ThreadedServer, free_port

CT = "693_UNCR.dcm"


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    data = tmp_path_factory.mktemp("htj2k") / "data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps({"version_encoding": "htj2k"}))
    with ThreadedServer(data) as s:
        client = s.client_for("radiologist")
        assert client.stow([pydicom_data_file(CT).read_bytes()])["status"] == 200
        s.wait_versions()
        s.ds = pydicom.dcmread(pydicom_data_file(CT))
        client.set_status(str(s.ds.StudyInstanceUID), 2)  # lossy versions allowed
        s.client = client
        yield s


def test_versions_are_htj2k_with_the_same_level_table(srv):
    sop = str(srv.ds.SOPInstanceUID)
    doc = srv.client.versions(sop)
    v = {x["name"]: x for x in doc["versions"]}
    assert v["V2"]["method"] == "ISO_15444_15" and v["V1"]["method"] == "lossless"
    levels = v["V2"]["frames"][0]["levels"]
    assert [(lv["rows"], lv["cols"]) for lv in levels] == [(128, 128), (256, 256), (512, 512)]
    url = f"{srv.url}/api/instances/{sop}/versions/V2/frames/1"
    r = srv.http.get(url, params={"max_dimension": 100})
    assert r.headers["X-Radview-Level"] == "0"
    assert len(r.content) == levels[0]["offset"] + levels[0]["length"]
    assert codec.decode(r.content, 0).shape == (128, 128)
    assert r.headers["X-Radview-Lossy"] == "1"
    assert r.headers["X-Radview-LossyImageCompression"] == "01"
    assert r.headers["X-Radview-LossyImageCompressionMethod"] == "ISO_15444_15"
    # zoom: the next level by Range, appended to the prefix
    more = srv.client.extend_frame(url, r.content, levels, 1)
    assert codec.decode(more, 1).shape == (256, 256)
    full = srv.http.get(url).content
    assert codec.read_header(full).encoding == "htj2k"
    assert codec.decode(full).shape == (512, 512)
    manifest = srv.http.get(f"{srv.url}/api/instances/{sop}/manifest",
                         params={"version": "V2"})
    assert manifest.status_code == 200, manifest.text  # it marks lossy pixels the same way
    entry = manifest.json()["instances"][0]
    assert entry["lossy"]["LossyImageCompressionMethod"] == "ISO_15444_15"


def test_lossless_version_is_exact_and_standard(srv):
    sop = str(srv.ds.SOPInstanceUID)
    arr = srv.ds.pixel_array
    data = srv.http.get(f"{srv.url}/api/instances/{sop}/versions/V1/frames/1").content
    assert np.array_equal(codec.decode(data), arr)
    # the server passed the CT's Pixel Padding Value (-2000): the mask is in the header and a
    # foreign decoder sees the padding pixels as the fill, every image pixel as it is
    h = codec.read_header(data)
    assert h.padding is not None and h.padding.value == -2000
    assert np.array_equal(h.padding.mask, arr == -2000)
    foreign = openjpeg.decode(io.BytesIO(data))
    inside = arr != -2000
    assert np.array_equal(foreign[inside], arr[inside])
    assert len(np.unique(foreign[~inside])) == 1 and foreign[~inside][0] > -1100


def test_unknown_encoding_is_refused_at_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps({"version_encoding": "gif"}))
    with pytest.raises(UsageError, match="version_encoding"):
        RunningServer(data, http_port=free_port(), dicom_port=None, fsync=False)


def _versions_with(v2_encoding: str) -> list[dict]:
    from radview.server.config import DEFAULT

    versions = json.loads(json.dumps(DEFAULT["versions"]))
    for v in versions:
        if v["name"] == "V2":
            v["encoding"] = v2_encoding
    return versions


def test_a_version_may_name_its_own_encoding(tmp_path):
    """V2 in the wavelet container while V1 stays the server's HTJ2K: each version is built and
    marked by its own encoding."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps({"version_encoding": "htj2k",
                                                  "versions": _versions_with("wavelet")}))
    with ThreadedServer(data) as s:
        client = s.client_for("radiologist")
        ds = pydicom.dcmread(pydicom_data_file(CT))
        assert client.stow([pydicom_data_file(CT).read_bytes()])["status"] == 200
        s.wait_versions()
        client.set_status(str(ds.StudyInstanceUID), 2)
        sop = str(ds.SOPInstanceUID)
        v = {x["name"]: x for x in client.versions(sop)["versions"]}
        assert v["V2"]["method"] == "RADVIEW_WAVELET" and v["V1"]["method"] == "lossless"
        v2 = s.http.get(f"{s.url}/api/instances/{sop}/versions/V2/frames/1").content
        v1 = s.http.get(f"{s.url}/api/instances/{sop}/versions/V1/frames/1").content
        assert codec.read_header(v2).encoding == "wavelet"
        assert codec.read_header(v1).encoding == "htj2k"
        assert np.array_equal(codec.decode(v1), ds.pixel_array)
        assert codec.decode(v2).shape == ds.pixel_array.shape


def test_an_unknown_version_encoding_is_refused_at_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps({"versions": _versions_with("gif")}))
    with pytest.raises(UsageError, match=r"versions\.1\.encoding"):
        RunningServer(data, http_port=free_port(), dicom_port=None, fsync=False)
    assert sorted(p.name for p in data.iterdir()) == ["config.json"]  # refused before anything


def test_the_config_schema_names_the_codecs_encodings():
    from radview.server.config import SCHEMA

    names = set(SCHEMA["properties"]["version_encoding"]["enum"])
    assert names == set(codec.ENCODINGS)
    assert SCHEMA["properties"]["versions"]["items"]["properties"]["encoding"]["enum"] == \
        SCHEMA["properties"]["version_encoding"]["enum"]
