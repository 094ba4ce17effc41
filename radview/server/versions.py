"""Background builder of the quality/usage versions (V1 lossless, V2/V3 lossy ...).

After an instance is committed, its SOP Instance UID is queued; a worker thread
decodes the original's frames and encodes every configured version per frame
with radview.codec, storing each container and its parameters. The encoding is a
version's own ``encoding`` or else the config's ``version_encoding``: ``"htj2k"``
(default: a JPEG 2000 Part 15 codestream, a DICOM transfer syntax, several times
faster to decode) or ``"wavelet"``
(radview's own container: better PSNR at equal bytes and smaller lossless files; see
docs/codec.md, Benchmark); both have the same level table. Pending work is recorded in the
store, so versions of instances received just before a crash are built after
restart.
"""

from __future__ import annotations

import io
import logging
import queue
import threading
import time
from typing import Any

from radview.server.config import ServerConfig
from radview.server.storage import Store

log = logging.getLogger("radview.server.versions")

LOSSY_METHOD = "RADVIEW_WAVELET"
DEFAULT_ENCODING = "htj2k"
# Lossy Image Compression Method (PS3.3 C.7.6.1.1.5.1) of each encoding
METHODS = {"wavelet": LOSSY_METHOD, "htj2k": "ISO_15444_15"}


def version_encoding(config: ServerConfig) -> str:
    """The configured encoding of new versions; an unknown name is refused at start."""
    from radview.codec import ENCODINGS

    name = config.raw.get("version_encoding", DEFAULT_ENCODING)
    if name not in ENCODINGS:
        from radview.errors import UsageError

        raise UsageError(f"config: version_encoding {name!r} is not one of {', '.join(ENCODINGS)}")
    return name


def decode_frames(part10: bytes):
    """The instance's frames as arrays ready for the codec, and the photometric to use."""
    import numpy as np
    import pydicom

    ds = pydicom.dcmread(io.BytesIO(part10))
    if "PixelData" not in ds:
        raise ValueError("instance has no Pixel Data")
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2"))
    arr = ds.pixel_array
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    if photometric == "PALETTE COLOR":
        from pydicom.pixels import apply_color_lut

        arr = apply_color_lut(arr, ds)
        photometric, samples = "RGB", 3
        if arr.dtype != np.uint8:
            arr = (arr >> 8).astype(np.uint8)
    elif samples == 3 and photometric.startswith("YBR"):
        # pydicom already converts JPEG baseline YBR to RGB; native YBR is converted here
        from pydicom.pixels import convert_color_space

        if not (ds.file_meta.TransferSyntaxUID.is_compressed
                and photometric == "YBR_FULL_422"):
            arr = convert_color_space(arr, "YBR_FULL", "RGB")
        photometric = "RGB"
    elif samples == 3:
        photometric = "RGB"
    if frames == 1:
        arr = arr[None, ...]
    bits = int(ds.get("BitsStored", 0) or 0) or None
    return arr, photometric, bits, ds


def lossy_marking(achieved_ratio: float, method: str | None = None) -> dict[str, str]:
    """DICOM attributes that mark pixels as lossy compressed (PS3.3 C.7.6.1.1.5);
    ``method`` is the version's stored method (older versions: the wavelet's)."""
    return {"LossyImageCompression": "01",
            "LossyImageCompressionRatio": f"{achieved_ratio:.2f}",
            "LossyImageCompressionMethod": method or LOSSY_METHOD}


def padding_of(ds, arr):
    """The padding to pass to the codec; a malformed padding attribute is logged and
    ignored (the versions are then coded without a mask, as before)."""
    from radview import codec
    from radview.codec import padding

    try:
        pad = padding.padding_of(ds, arr)
        if pad is not None:
            padding.padding_range(pad, arr.dtype, 1)
        return pad
    except codec.CodecError as exc:
        log.warning("pixel padding of %s ignored: %s", ds.get("SOPInstanceUID", "?"), exc)
        return None


class Cancelled(Exception):
    """The server is stopping; the job stays pending and resumes after restart."""


def build_versions(store: Store, config: ServerConfig, sop_uid: str,
                   cancelled=lambda: False) -> list[dict[str, Any]]:
    """Encodes every configured version of every frame of one instance; returns params."""
    from radview import codec

    info = store.instance_info(sop_uid)
    default_encoding = version_encoding(config)
    arr, photometric, bits, ds = decode_frames(store.read_original(sop_uid))
    # declared Pixel Padding Value (else a conservatively detected CT padding): coded as a
    # mask, so the step from padding to air costs no bits (docs/codec.md, Padding)
    pad = padding_of(ds, arr) if photometric.startswith("MONOCHROME") else None
    built = []
    for spec in config.versions:
        encoding = spec.encoding or default_encoding
        ratio = None if spec.lossless else config.ratio_for(
            spec.quality, info.get("modality") or "", info.get("body_part") or "")
        for index in range(arr.shape[0]):
            if cancelled():
                raise Cancelled(sop_uid)
            frame = arr[index]
            t0 = time.perf_counter()
            try:
                data = codec.encode(frame, ratio=ratio, lossless=spec.lossless,
                                    quality=spec.quality, usage=spec.usage,
                                    photometric=photometric, bits_stored=bits, encoding=encoding,
                                    padding=pad)
            except codec.CodecError:
                if bits is None:
                    raise
                # some files hold values beyond Bits Stored: code the full container type
                data = codec.encode(frame, ratio=ratio, lossless=spec.lossless,
                                    quality=spec.quality, usage=spec.usage,
                                    photometric=photometric, bits_stored=None, encoding=encoding,
                                    padding=pad)
            header = codec.read_header(data)
            raw = frame.size * frame.dtype.itemsize
            params = {
                "usage": spec.usage, "quality": spec.quality, "lossless": spec.lossless,
                "target_ratio": ratio, "achieved_ratio": round(raw / len(data), 3),
                "method": "lossless" if spec.lossless else METHODS[encoding],
                "encoding": encoding,
                "rows": header.rows, "cols": header.cols, "photometric": photometric,
                "header_length": header.header_length,
                "padding": None if header.padding is None else {
                    "value": header.padding.value, "pixels": header.padding.count},
                "levels": [{"index": lv.index, "rows": lv.rows, "cols": lv.cols,
                            "offset": lv.offset, "length": lv.length} for lv in header.levels],
                "encode_seconds": round(time.perf_counter() - t0, 4),
            }
            store.put_version(sop_uid, spec.name, index + 1, data, params)
            built.append({"name": spec.name, "frame": index + 1, **params})
    return built


class VersionWorker:
    """Thread(s) that build versions for queued instances, oldest first."""

    def __init__(self, store: Store, config: ServerConfig, *, threads: int = 1):
        version_encoding(config)  # a bad encoding name is refused before anything starts
        self.store = store
        self.config = config
        self.queue: queue.Queue[str | None] = queue.Queue()
        self._threads = [threading.Thread(target=self._run, name=f"versions-{i}", daemon=True)
                         for i in range(max(1, threads))]
        self._busy = 0
        self._cv = threading.Condition()
        self._queued: set[str] = set()
        self._stopping = False

    def start(self) -> "VersionWorker":
        self.store.add_ingest_listener(lambda result: self.submit(result.sop_instance_uid))
        pending = self.store.pending_versions()
        for sop in pending:
            self.submit(sop)
        if pending:
            log.info("resuming version builds for %d instance(s)", len(pending))
        for t in self._threads:
            t.start()
        return self

    def submit(self, sop_uid: str) -> None:
        with self._cv:
            if sop_uid in self._queued:
                return
            self._queued.add(sop_uid)
        self.queue.put(sop_uid)

    def _run(self) -> None:
        while True:
            sop = self.queue.get()
            if sop is None:
                return
            with self._cv:
                self._busy += 1
            try:
                self._build(sop)
            finally:
                with self._cv:
                    self._busy -= 1
                    self._queued.discard(sop)
                    self._cv.notify_all()

    def _build(self, sop: str) -> None:
        if self._stopping:
            return
        t0 = time.perf_counter()
        try:
            built = build_versions(self.store, self.config, sop,
                                   cancelled=lambda: self._stopping)
        except Cancelled:
            return
        except ImportError as exc:  # codec not installed: leave pending for a later run
            log.error("cannot build versions of %s: %s", sop, exc)
            return
        except Exception as exc:  # noqa: BLE001 - one bad image must not stop the worker
            log.warning("versions of %s failed: %s: %s", sop, type(exc).__name__, exc)
            self.store.set_version_state(sop, "failed", f"{type(exc).__name__}: {exc}")
            return
        self.store.set_version_state(sop, "done")
        log.info("built %d version frame(s) of %s in %.2f s", len(built), sop,
                 time.perf_counter() - t0)

    def pending(self) -> int:
        with self._cv:
            return len(self._queued)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Blocks until nothing is queued or building; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cv:
            while self._queued:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cv.wait(left)
        return True

    def stop(self) -> None:
        self._stopping = True
        for _ in self._threads:
            self.queue.put(None)
        for t in self._threads:
            t.join(timeout=30)
