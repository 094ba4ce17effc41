"""Streaming multipart reader/writer: whole bodies, bodies cut anywhere, and bad bodies."""

from __future__ import annotations

import pytest

from radview.dicom import (
    MultipartError, boundary_of, content_type_params, iter_parts, new_boundary, read_parts,
    write_parts,
)
from radview.dicom.multipart import dicom_body, related_type

PARTS = [({"Content-Type": "application/dicom"}, b"first\r\n--not-the-boundary"),
         ({"Content-Type": "application/dicom", "Content-Location": "x/1"}, b""),
         ({}, bytes(range(256)) * 40)]


def _body(boundary: str) -> bytes:
    return b"".join(write_parts(PARTS, boundary))


def _expected():
    return [({k.lower(): v for k, v in h.items()}, b) for h, b in PARTS]


def test_write_then_read_whole_body():
    boundary = new_boundary()
    assert read_parts(_body(boundary), related_type(boundary)) == _expected()
    assert read_parts(_body(boundary), boundary) == _expected()


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 20])
def test_streaming_in_chunks_of_any_size(chunk):
    boundary = "b0undary"
    body = b"preamble text\r\n" + _body(boundary)
    chunks = (body[i:i + chunk] for i in range(0, len(body), chunk))
    assert list(iter_parts(chunks, boundary)) == _expected()


def test_parts_are_yielded_before_the_stream_ends():
    boundary = "b"
    first = b"--b\r\nContent-Type: a\r\n\r\none\r\n--b"

    def chunks():
        yield first
        yield b"\r\n\r\ntwo\r\n--b--\r\n"
        raise AssertionError("read past the closing boundary")

    it = iter_parts(chunks(), boundary)
    assert next(it) == ({"content-type": "a"}, b"one")
    assert next(it) == ({}, b"two")
    with pytest.raises(StopIteration):
        next(it)


@pytest.mark.parametrize("body, message", [
    (b"", "no multipart boundary"),
    (b"no boundary here at all", "no multipart boundary"),
    (b"--b\r\nContent-Type: a\r\n\r\nhalf a part", "closing boundary"),
    (b"--b\r\nContent-Type: a\r\n\r\none\r\n--b", "closing boundary"),
    (b"--b\r\nContent-Type: a", "headers"),
    (b"--bXYZ\r\n\r\nx\r\n--b--", "boundary line"),
])
def test_malformed_or_truncated_bodies_are_refused(body, message):
    with pytest.raises(MultipartError, match=message):
        list(iter_parts([body], "b"))


def test_truncated_stream_keeps_the_parts_that_arrived_whole():
    body = _body("b")
    got = []
    with pytest.raises(MultipartError):
        for part in iter_parts([body[:-40]], "b"):
            got.append(part)
    assert got == _expected()[:2]


def test_content_type_helpers():
    assert content_type_params('multipart/related; type="application/dicom"; boundary=x') == (
        "multipart/related", {"type": "application/dicom", "boundary": "x"})
    assert boundary_of('multipart/mixed; boundary="ab c"') == "ab c"
    with pytest.raises(MultipartError, match="not a multipart"):
        boundary_of("application/json")
    with pytest.raises(MultipartError, match="no boundary"):
        list(iter_parts([b"--\r\n"], ""))


def test_stow_body_round_trip():
    content_type, body = dicom_body([b"DICM-1", b"DICM-2"])
    assert content_type.startswith('multipart/related; type="application/dicom"; boundary=')
    assert [b for _h, b in read_parts(body, content_type)] == [b"DICM-1", b"DICM-2"]
