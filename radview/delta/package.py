"""The upload package of one instance, and its exact rebuild on the server.

Layout (all lengths little-endian u32)::

    b"RVDPKG1\\n"
    len + header JSON  {set_id, set_version, mode, standard_index, sha256, rows, cols, dtype}
    len + metadata     the de-identified instance as DICOM Part 10 without Pixel Data
    len + payload      lossless.encode(stored - standard) ("delta") or of stored ("instance")

``sha256`` is over the little-endian stored values of the original (de-identified)
pixel data; the server recomputes it on the rebuilt pixels and refuses a mismatch.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
from dataclasses import dataclass

import numpy as np

from radview.delta import lossless
from radview.delta.images import pixel_bytes, pixel_sha256
from radview.delta.standard_set import StandardSet
from radview.errors import RadviewError

MAGIC = b"RVDPKG1\n"
_LEN = struct.Struct("<I")
MAX_PART = 1 << 30


class PackageError(RadviewError):
    """A package that cannot be rebuilt exactly: refused, nothing stored."""


@dataclass
class Package:
    header: dict
    metadata: bytes
    payload: bytes

    def to_bytes(self) -> bytes:
        head = json.dumps(self.header, sort_keys=True).encode()
        out = [MAGIC]
        for part in (head, self.metadata, self.payload):
            out += [_LEN.pack(len(part)), part]
        return b"".join(out)


def make(std: StandardSet, metadata: bytes, pixels: np.ndarray, *, mode: str,
         standard_index: int | None, payload: bytes) -> Package:
    header = {"set_id": std.set_id, "set_version": std.version, "mode": mode,
              "standard_index": standard_index, "sha256": pixel_sha256(pixels),
              "rows": int(pixels.shape[0]), "cols": int(pixels.shape[1]),
              "dtype": f"{pixels.dtype.kind}{pixels.dtype.itemsize}"}
    return Package(header, metadata, payload)


def delta_of(pixels: np.ndarray, standard: np.ndarray) -> np.ndarray:
    return pixels.astype(np.int32) - standard.astype(np.int32)


def parse(data: bytes) -> Package:
    if data[:len(MAGIC)] != MAGIC:
        raise PackageError("not a radview delta package (bad magic)")
    parts, pos = [], len(MAGIC)
    for name in ("header", "metadata", "payload"):
        if pos + 4 > len(data):
            raise PackageError(f"package truncated before its {name}")
        (n,) = _LEN.unpack_from(data, pos)
        pos += 4
        if n > MAX_PART or pos + n > len(data):
            raise PackageError(f"package truncated inside its {name}")
        parts.append(data[pos:pos + n])
        pos += n
    if pos != len(data):
        raise PackageError(f"package has {len(data) - pos} bytes after its payload")
    try:
        header = json.loads(parts[0])
    except ValueError as exc:
        raise PackageError(f"package header is not JSON: {exc}") from None
    missing = {"set_id", "set_version", "mode", "standard_index", "sha256", "rows", "cols",
               "dtype"} - set(header)
    if missing:
        raise PackageError(f"package header lacks {', '.join(sorted(missing))}")
    return Package(header, parts[1], parts[2])


def rebuild(pkg: Package, std: StandardSet) -> tuple[bytes, np.ndarray]:
    """The instance as Part 10 bytes, bit-exact, or PackageError/StandardSetError."""
    import pydicom
    from pydicom.uid import ExplicitVRLittleEndian

    h = pkg.header
    std.check_version(str(h["set_id"]), str(h["set_version"]), side="server")
    try:
        dtype = np.dtype(h["dtype"])
        shape = (int(h["rows"]), int(h["cols"]))
    except (TypeError, ValueError):
        raise PackageError(f"package header has a bad pixel type or size: {h}") from None
    if dtype.kind not in "iu" or dtype.itemsize > 2:
        raise PackageError(f"package pixel type {dtype} is not an 8/16-bit integer")
    try:
        values = lossless.decode(pkg.payload).astype(np.int64)
    except lossless.PackError as exc:
        raise PackageError(f"{exc}; nothing was stored") from None
    if values.shape != shape:
        raise PackageError(f"payload decodes to {values.shape}, header says {shape}")
    if h["mode"] == "delta":
        if not isinstance(h["standard_index"], int):
            raise PackageError(f"package standard_index {h['standard_index']!r} is not a number")
        ref = std.image(h["standard_index"])
        if ref.pixels.shape != shape:
            raise PackageError(f"standard image {ref.index} is {ref.pixels.shape}, "
                               f"the delta is {shape}")
        values = values + ref.pixels.astype(np.int64)
    elif h["mode"] != "instance":
        raise PackageError(f"unknown package mode {h['mode']!r}")
    info = np.iinfo(dtype)
    if values.min() < info.min or values.max() > info.max:
        raise PackageError("rebuilt pixel values fall outside their type: the delta is corrupt; "
                           "nothing was stored")
    pixels = values.astype(dtype)
    if pixel_sha256(pixels) != h["sha256"]:
        raise PackageError("SHA-256 of the rebuilt pixel data does not match the one sent "
                           "(corrupt delta or wrong standard image); nothing was stored")
    try:
        ds = pydicom.dcmread(io.BytesIO(pkg.metadata), force=True)
    except Exception as exc:  # noqa: BLE001
        raise PackageError(f"package metadata is not readable DICOM: {exc}") from None
    if "PixelData" in ds:
        raise PackageError("package metadata already holds pixel data")
    if (int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)) != shape:
        raise PackageError("package metadata Rows/Columns do not match the pixels")
    if int(ds.get("BitsAllocated", 0) or 0) != dtype.itemsize * 8 or \
            int(ds.get("PixelRepresentation", 0) or 0) != (dtype.kind == "i"):
        raise PackageError("package metadata BitsAllocated/PixelRepresentation do not match "
                           "the pixel type")
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.PixelData = pixel_bytes(pixels)
    ds["PixelData"].VR = "OW" if dtype.itemsize == 2 else "OB"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue(), pixels


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
