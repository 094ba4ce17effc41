"""The streaming multipart reader handles any chunking and reports truncation."""

import os

import pytest

from radview.net.bundle import MultipartError, boundary_of, iter_parts


def _body(parts, boundary="b0undary"):
    out = b""
    for headers, data in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        out += b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items()) + b"\r\n"
        out += data + b"\r\n"
    return out + b"--" + boundary.encode() + b"--\r\n"


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_parts_survive_any_chunking(chunk):
    parts = [({"X-Radview-Level": "0"}, os.urandom(3000)), ({"Content-Type": "a/b"}, b"\r\n--x\r\n")]
    body = _body(parts)
    got = list(iter_parts((body[i:i + chunk] for i in range(0, len(body), chunk)), "b0undary"))
    assert [g[1] for g in got] == [p[1] for p in parts]
    assert got[0][0]["x-radview-level"] == "0"


def test_truncated_answer_is_an_error():
    body = _body([({}, b"x" * 100)])
    with pytest.raises(MultipartError, match="cut off"):
        list(iter_parts([body[:60]], "b0undary"))
    with pytest.raises(MultipartError):
        boundary_of("application/json")
    assert boundary_of('multipart/mixed; boundary="abc"') == "abc"
