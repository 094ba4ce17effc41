"""Refining a series where some images came as originals (versions still building)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from radview import codec
from radview.net.sources import RadviewSource
from radview.net.cache import Cache


class _Client:
    """Stands in for the HTTP client: records bundle requests instead of sending them."""

    def __init__(self):
        self.http = None
        self.requests = []


def _source(tmp_path):
    conn = SimpleNamespace(name="srv", url="http://127.0.0.1:9", user="", role="")
    return RadviewSource(Cache(tmp_path / "cache"), conn, client=_Client())


def test_refine_skips_images_held_only_as_originals(tmp_path, monkeypatch):
    src = _source(tmp_path)
    frame = (np.arange(300 * 300, dtype=np.uint16).reshape(300, 300) % 4096)
    data = codec.encode(frame, ratio=10, bits_stored=12)
    header = codec.read_header(data)
    prefix = data[:codec.prefix_length(header, 0)]
    # image "a" (first, on screen) came as an original; "b" as level 0 of V2
    src._metas["st"] = {"a": {"SOPInstanceUID": "a"}, "b": {"SOPInstanceUID": "b"}}
    src._held[("b", "V2", 1)] = (prefix, 0, len(header.levels))
    monkeypatch.setattr(src, "series_metas", lambda st, se: list(src._metas[st].values()))
    calls = []
    monkeypatch.setattr(src, "_bundle", lambda *a, **k: calls.append(a[3]) or 1)
    n = src.refine("se", ["a", "b"], 300, choice=SimpleNamespace(version="V2"),
                   on_image=lambda u: None)
    assert n == 1 and calls == [{"max_dimension": 300, "after_level": 0}]
    # nothing held as a version at all: nothing to refine, no error
    assert src.refine("se", ["a"], 300, choice=SimpleNamespace(version="V2"),
                      on_image=lambda u: None) == 0
