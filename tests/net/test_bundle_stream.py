"""One bundle answer holding an image's coarse level and then its finer bytes: the
coarse level is shown before the rest has arrived, both are appended into one
prefix, the bytes go to the cache without waiting for their decode, and a part that
does not decode is taken out of the cache again."""

from __future__ import annotations

import time
from types import SimpleNamespace

import httpx
import numpy as np

from radview import codec
from radview.net.cache import Cache
from radview.net.radview_client import RadviewClient
from radview.net.sources import RadviewSource

SOP = "1.2.3.4"
BOUNDARY = "b0"


def _image() -> bytes:
    y, x = np.mgrid[:512, :512]
    frame = ((x * 7 + y * 3) % 3900 + (x * y) % 97).astype(np.uint16)
    return codec.encode(frame, lossless=True, bits_stored=12, encoding="htj2k")


def _part(level: int, start: int, body: bytes, total: int) -> bytes:
    head = (f"--{BOUNDARY}\r\nContent-Type: application/x-radview-wavelet\r\n"
            f"X-Radview-SOPInstanceUID: {SOP}\r\nX-Radview-Frame: 1\r\n"
            f"X-Radview-Level: {level}\r\n"
            f"Content-Range: bytes {start}-{start + len(body) - 1}/{total}\r\n\r\n")
    return head.encode() + body + b"\r\n"


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks, before_last=None):
        self.chunks, self.before_last = chunks, before_last

    def __iter__(self):
        for n, chunk in enumerate(self.chunks):
            if n == len(self.chunks) - 1 and self.before_last:
                self.before_last()
            yield chunk


def _source(tmp_path, chunks, before_last=None):
    requests = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(dict(request.url.params))
        return httpx.Response(200, stream=_Stream(chunks, before_last),
                              headers={"content-type": f"multipart/mixed; boundary={BOUNDARY}"})

    client = RadviewClient("http://srv", transport=httpx.MockTransport(handler))
    conn = SimpleNamespace(name="srv", url="http://srv", user="", role="")
    return RadviewSource(Cache(tmp_path / "cache"), conn, client=client), requests


def _load(src, params, updates):
    metas = [{"SOPInstanceUID": SOP, "StudyInstanceUID": "1.2"}]
    return src._bundle("instance", SOP, SimpleNamespace(version="V1"), params, metas,
                       {SOP: 0}, updates.append, None)


def _split(data: bytes) -> tuple[bytes, bytes, int]:
    header = codec.read_header(data)
    end0 = header.levels[0].offset + header.levels[0].length
    return data[:end0], data[end0:], len(header.levels) - 1


def test_the_coarse_level_is_shown_while_the_finer_bytes_still_stream(tmp_path):
    data = _image()
    coarse, rest, last = _split(data)
    half = len(rest) // 2
    body = _part(0, 0, coarse, len(data)) + _part(last, len(coarse), rest, len(data)) \
        + f"--{BOUNDARY}--\r\n".encode()
    cut1 = len(_part(0, 0, coarse, len(data))) + 200  # the coarse part and the next headers
    cut2 = cut1 + half
    updates, seen_before_last = [], []
    src, requests = _source(tmp_path, [body[:cut1], body[cut1:cut2], body[cut2:]],
                            before_last=lambda: seen_before_last.extend(u.level for u in updates))
    n = _load(src, {"max_dimension": 512, "first_level": 0}, updates)
    assert requests[0]["first_level"] == "0"
    assert seen_before_last == [0]  # on screen before the last bytes came
    assert n == 2 and [u.level for u in updates] == [0, last] and updates[-1].final
    assert np.array_equal(updates[0].pixels, codec.decode(data, level=0))
    assert np.array_equal(updates[-1].pixels, codec.decode(data))  # one prefix, bit-exact
    src._writer.flush()
    assert src.cache.cached_level(SOP, "V1") == last
    assert src.cache.get_blob(SOP, "V1").data == data
    src.close()


def test_the_cache_write_does_not_wait_for_the_decode(tmp_path):
    data = _image()
    _coarse, _rest, last = _split(data)
    body = _part(last, 0, data, len(data)) + f"--{BOUNDARY}--\r\n".encode()
    src, _requests = _source(tmp_path, [body])
    decode, in_cache = src._decode_part, []

    def decode_after_the_write(*args):
        deadline = time.monotonic() + 20  # only reached when the write waits for us
        while src.cache.cached_level(SOP, "V1") is False and time.monotonic() < deadline:
            time.sleep(0.005)
        in_cache.append(src.cache.cached_level(SOP, "V1"))
        return decode(*args)

    src._decode_part = decode_after_the_write
    updates = []
    assert _load(src, {"max_dimension": 512}, updates) == 1
    assert in_cache == [last] and updates[0].level == last
    src.close()


def test_finer_bytes_that_do_not_decode_leave_the_cache(tmp_path, caplog):
    data = _image()
    coarse, rest, last = _split(data)
    damaged = bytearray(rest)
    damaged[len(rest) // 2] ^= 0x5A  # the level's checksum no longer matches
    body = _part(0, 0, coarse, len(data)) + _part(last, len(coarse), bytes(damaged), len(data)) \
        + f"--{BOUNDARY}--\r\n".encode()
    src, _requests = _source(tmp_path, [body])
    updates = []
    assert _load(src, {"max_dimension": 512, "first_level": 0}, updates) == 1
    assert [u.level for u in updates] == [0]  # the coarse level was good and was shown
    assert SOP in src._broken  # the load shows the original instead
    assert "cannot be decoded" in caplog.text
    src._writer.flush()
    assert src.cache.cached_level(SOP, "V1") is False  # nothing undecodable is kept
    src.close()


def test_a_part_after_a_gap_is_dropped(tmp_path):
    data = _image()
    coarse, rest, last = _split(data)
    body = _part(last, len(coarse), rest, len(data)) + f"--{BOUNDARY}--\r\n".encode()
    src, _requests = _source(tmp_path, [body])  # finer bytes without their coarse level
    updates = []
    assert _load(src, {"max_dimension": 512, "after_level": 0}, updates) == 0
    assert updates == [] and src.cache.cached_level(SOP, "V1") is False
    src.close()
