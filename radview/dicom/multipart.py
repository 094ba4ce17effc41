"""Streaming multipart reading and writing (RFC 2046; DICOMweb PS3.18 8.6/8.7).

One reader for every multipart body radview meets: STOW-RS uploads, WADO-RS
answers (``multipart/related``) and the radview server's bundle
(``multipart/mixed``). :func:`iter_parts` yields each part as soon as it has
arrived, so the first image can be shown while the rest is still on the wire;
:func:`write_parts` yields the body part by part so big studies stream out.
"""

from __future__ import annotations

import re
import secrets
from typing import Iterable, Iterator, Mapping

from radview.errors import RadviewError

Part = tuple[dict[str, str], bytes]
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_MAX_HEADERS = 64 * 1024  # a part's header block; anything longer is not a DICOMweb part


class MultipartError(RadviewError, ValueError):
    """A multipart body is malformed or was cut off."""


def content_type_params(value: str) -> tuple[str, dict[str, str]]:
    """``multipart/related; type="application/dicom"; boundary=x`` → (type, params)."""
    parts = (value or "").split(";")
    main = parts[0].strip().lower()
    params = {}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            params[k.strip().lower()] = v.strip().strip('"')
    return main, params


def boundary_of(content_type: str) -> str:
    """The boundary of a multipart Content-Type; MultipartError when there is none."""
    match = _BOUNDARY.search(content_type or "")
    if not match or not match.group(1).strip():
        raise MultipartError(f"not a multipart body with a boundary (Content-Type {content_type!r})")
    return match.group(1).strip()


def new_boundary() -> str:
    return "radview-" + secrets.token_hex(12)


def _headers(block: bytes) -> dict[str, str]:
    out = {}
    for line in block.split(b"\r\n"):
        if b":" in line:
            key, value = line.split(b":", 1)
            out[key.decode("latin-1").strip().lower()] = value.decode("latin-1").strip()
    return out


class _Buffer:
    """The bytes received so far, topped up from the chunk iterator on demand."""

    def __init__(self, chunks: Iterable[bytes]):
        self.data = bytearray()
        self._it = iter(chunks)
        self.exhausted = False

    def more(self) -> bool:
        while not self.exhausted:
            try:
                chunk = next(self._it)
            except StopIteration:
                self.exhausted = True
                return False
            if chunk:
                self.data.extend(chunk)
                return True
        return False


def iter_parts(chunks: Iterable[bytes], boundary: str) -> Iterator[Part]:
    """Yield (headers with lower-case names, body) for each part of a multipart stream.

    Raises MultipartError when the stream is malformed or ends before its closing
    boundary (a truncated upload or a dropped connection), after yielding the
    parts that arrived whole.
    """
    if not boundary:
        raise MultipartError("multipart Content-Type has no boundary")
    delim = b"--" + boundary.encode("latin-1")
    sep = b"\r\n" + delim
    buf = _Buffer(chunks)
    data = buf.data
    # preamble: anything before the first delimiter is ignored
    while (pos := data.find(delim)) < 0:
        del data[: max(0, len(data) - len(delim))]
        if not buf.more():
            raise MultipartError("no multipart boundary found in the body")
    del data[: pos + len(delim)]
    while True:
        # data starts just after a delimiter: "--" closes, else padding and CRLF
        while len(data) < 2 and buf.more():
            pass
        if data[:2] == b"--":
            return
        line_end = data.find(b"\r\n")
        while line_end < 0 and len(data) < 1024 and buf.more():
            line_end = data.find(b"\r\n")
        if line_end < 0:
            raise MultipartError("multipart body ends without its closing boundary (truncated?)"
                                 if buf.exhausted else "malformed multipart boundary line")
        if data[:line_end].strip(b" \t"):
            raise MultipartError("malformed multipart boundary line")
        del data[: line_end + 2]
        while len(data) < 2 and buf.more():
            pass
        if data[:2] == b"\r\n":  # a part without headers
            head_end, body_start = 0, 2
        else:
            head_end = data.find(b"\r\n\r\n")
            while head_end < 0:
                if len(data) > _MAX_HEADERS:
                    raise MultipartError("multipart part has no header/body separator")
                if not buf.more():
                    raise MultipartError("multipart body cut off in a part's headers (truncated?)")
                head_end = data.find(b"\r\n\r\n")
            body_start = head_end + 4
        headers = _headers(bytes(data[:head_end]))
        search_from = body_start
        end = data.find(sep, search_from)
        while end < 0:
            search_from = max(body_start, len(data) - len(sep))
            if not buf.more():
                raise MultipartError("multipart body ends without its closing boundary "
                                     "(truncated?)")
            end = data.find(sep, search_from)
        body = bytes(data[body_start:end])
        del data[: end + len(sep)]
        yield headers, body


def read_parts(body: bytes, content_type_or_boundary: str) -> list[Part]:
    """All parts of a body held in memory; the second argument is the Content-Type
    (or the bare boundary)."""
    boundary = (boundary_of(content_type_or_boundary) if ";" in content_type_or_boundary
                or "=" in content_type_or_boundary else content_type_or_boundary)
    return list(iter_parts([body], boundary))


def write_parts(parts: Iterable[tuple[Mapping[str, str], bytes]], boundary: str
                ) -> Iterator[bytes]:
    """Yields a multipart body part by part, closing boundary last."""
    delim = b"--" + boundary.encode("latin-1")
    for headers, content in parts:
        head = b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in headers.items())
        yield delim + b"\r\n" + head + b"\r\n"
        yield content
        yield b"\r\n"
    yield delim + b"--\r\n"


def coalesce(pieces: Iterable[bytes], size: int = 256 * 1024) -> Iterator[bytes]:
    """The pieces of a streamed body joined into chunks of about ``size`` bytes.

    A streamed answer costs a hop to the server's thread pool and a socket write per
    piece, and ``write_parts`` yields three per part (boundary and headers, bytes,
    CRLF): for a series of small parts the hops cost more than the bytes. Joining adds
    no latency worth naming: the parts come from local files far faster than any link
    takes them. A piece of ``size`` or more goes out alone, after what was held: a
    small part before a big one (a coarse level, then the finer bytes) is not kept
    back until the big one is read, and the big one is not copied."""
    held: list[bytes] = []
    nbytes = 0
    for piece in pieces:
        if len(piece) >= size:
            if held:
                yield b"".join(held)
                held, nbytes = [], 0
            yield piece
            continue
        held.append(piece)
        nbytes += len(piece)
        if nbytes >= size:
            yield b"".join(held)
            held, nbytes = [], 0
    if held:
        yield b"".join(held)


def related_type(boundary: str, part_type: str = "application/dicom") -> str:
    """The Content-Type of a multipart/related body of ``part_type`` parts."""
    return f'multipart/related; type="{part_type}"; boundary="{boundary}"'


def dicom_body(part10_files: Iterable[bytes]) -> tuple[str, bytes]:
    """A STOW-RS request body: (Content-Type, multipart/related body of Part 10 files)."""
    boundary = new_boundary()
    parts = (({"Content-Type": "application/dicom"}, data) for data in part10_files)
    return related_type(boundary), b"".join(write_parts(parts, boundary))
