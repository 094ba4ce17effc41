"""Minimal multipart/related reading and writing for DICOMweb (PS3.18 8.6/8.7)."""

from __future__ import annotations

import re
import secrets
from typing import Iterable, Iterator


class MultipartError(ValueError):
    """The body is not a well-formed multipart message."""


def content_type_params(value: str) -> tuple[str, dict[str, str]]:
    """'multipart/related; type="application/dicom"; boundary=x' -> (type, params)."""
    parts = value.split(";")
    main = parts[0].strip().lower()
    params = {}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            params[k.strip().lower()] = v.strip().strip('"')
    return main, params


def split(body: bytes, boundary: str) -> list[tuple[dict[str, str], bytes]]:
    """Parts of a multipart body as (headers lower-cased, content); raises MultipartError."""
    if not boundary:
        raise MultipartError("multipart Content-Type has no boundary")
    delim = b"--" + boundary.encode("latin-1")
    start = body.find(delim)
    if start < 0:
        raise MultipartError("no multipart boundary found in the body")
    parts = []
    pos = start + len(delim)
    while True:
        if body[pos:pos + 2] == b"--":
            return parts  # closing delimiter
        if body[pos:pos + 2] != b"\r\n":
            raise MultipartError("malformed multipart boundary line")
        nxt = body.find(b"\r\n" + delim, pos + 2)
        if nxt < 0:
            raise MultipartError("multipart body ends without its closing boundary "
                                 "(truncated upload?)")
        chunk = body[pos + 2:nxt]
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            if chunk.startswith(b"\r\n"):  # no headers at all
                head, content = b"", chunk[2:]
            else:
                raise MultipartError("multipart part has no header/body separator")
        headers = {}
        for line in head.split(b"\r\n"):
            if b":" in line:
                k, v = line.split(b":", 1)
                headers[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
        parts.append((headers, content))
        pos = nxt + 2 + len(delim)


def new_boundary() -> str:
    return "radview-" + secrets.token_hex(12)


def stream(parts: Iterable[tuple[dict[str, str], bytes]], boundary: str) -> Iterator[bytes]:
    """Yields a multipart body part by part (so big studies stream)."""
    delim = b"--" + boundary.encode()
    for headers, content in parts:
        head = b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items())
        yield delim + b"\r\n" + head + b"\r\n"
        yield content
        yield b"\r\n"
    yield delim + b"--\r\n"


_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")


def valid_uid(uid: str) -> bool:
    return 0 < len(uid) <= 64 and bool(_UID.match(uid))
