"""Streaming multipart reader: parts are yielded as soon as each one has arrived (Qt-free).

The radview server's bundle (``multipart/mixed``) and WADO-RS answers
(``multipart/related``) carry many images in one response; reading them part by
part lets the first image be shown while the rest is still on the wire.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from radview.errors import RadviewError

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)


class MultipartError(RadviewError):
    """A multipart answer was cut off or malformed."""


def boundary_of(content_type: str) -> str:
    match = _BOUNDARY.search(content_type or "")
    if not match:
        raise MultipartError(f"the answer is not multipart (Content-Type {content_type!r})")
    return match.group(1).strip()


def _headers(block: bytes) -> dict[str, str]:
    out = {}
    for line in block.split(b"\r\n"):
        if b":" in line:
            key, value = line.split(b":", 1)
            out[key.decode("latin-1").strip().lower()] = value.decode("latin-1").strip()
    return out


def iter_parts(chunks: Iterable[bytes], boundary: str) -> Iterator[tuple[dict[str, str], bytes]]:
    """Yield (headers with lower-case names, body) for each part of a multipart stream."""
    delim = b"--" + boundary.encode()
    sep = b"\r\n" + delim
    buf = bytearray()
    started = False
    finished = False
    it = iter(chunks)
    exhausted = False

    def more() -> bool:
        nonlocal exhausted
        if exhausted:
            return False
        try:
            buf.extend(next(it))
            return True
        except StopIteration:
            exhausted = True
            return False

    while not finished:
        if not started:
            pos = buf.find(delim)
            if pos < 0:
                if not more():
                    raise MultipartError("multipart answer ended before its first part")
                continue
            del buf[: pos + len(delim)]
            started = True
            continue
        # buf now starts just after a delimiter: "--" (end) or "\r\n" + headers
        while len(buf) < 2 and more():
            pass
        if buf[:2] == b"--":
            finished = True
            break
        head_end = buf.find(b"\r\n\r\n")
        while head_end < 0:
            if not more():
                raise MultipartError("multipart answer cut off in a part's headers")
            head_end = buf.find(b"\r\n\r\n")
        headers = _headers(bytes(buf[:head_end]))
        body_start = head_end + 4
        search_from = body_start
        end = buf.find(sep, search_from)
        while end < 0:
            search_from = max(body_start, len(buf) - len(sep))
            if not more():
                raise MultipartError("multipart answer cut off in the middle of a part")
            end = buf.find(sep, search_from)
        body = bytes(buf[body_start:end])
        del buf[: end + len(sep)]
        yield headers, body
