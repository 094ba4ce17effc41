"""Receiving instances over DIMSE: presentation contexts that keep originals, and the
storage SCP side of C-GET (same association) and C-MOVE (our own listening SCP).

Nothing is transcoded unless the sender must: for C-GET we propose, per SOP class,
one presentation context per transfer syntax the instances are stored in (each
alone, so the PACS cannot pick another for them) and one with Explicit/Implicit
VR Little Endian as the fallback. As the C-MOVE destination we accept, of the
syntaxes a sender proposes in one context, lossless compression first, then the
uncompressed ones, lossy last (a sender holding uncompressed pixels is never
invited to compress them lossy). Received datasets are written as they arrived:
preamble and file meta built for them, the dataset bytes untouched.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from pydicom.uid import (
    DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian, ExplicitVRLittleEndian, HTJ2K,
    HTJ2KLossless, HTJ2KLosslessRPCL, ImplicitVRLittleEndian, JPEG2000, JPEG2000Lossless,
    JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLossless, JPEGLosslessSV1, JPEGLSLossless,
    JPEGLSNearLossless, RLELossless, UID,
)
from pynetdicom import AE, AllStoragePresentationContexts, StoragePresentationContexts, evt
from pynetdicom.presentation import PresentationContext, build_context
from pynetdicom.sop_class import Verification

from radview.errors import RadviewError

log = logging.getLogger(__name__)

UNCOMPRESSED = [ExplicitVRLittleEndian, ImplicitVRLittleEndian]
OTHER_UNCOMPRESSED = [DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian]
LOSSLESS = [JPEG2000Lossless, JPEGLSLossless, JPEGLosslessSV1, JPEGLossless, RLELossless,
            HTJ2KLossless, HTJ2KLosslessRPCL]
LOSSY = [JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLSNearLossless, JPEG2000, HTJ2K]
# What our storage SCP accepts, in order of preference within one proposed context.
RECEIVE_SYNTAXES = LOSSLESS + UNCOMPRESSED + OTHER_UNCOMPRESSED + LOSSY
# A-ASSOCIATE-RQ holds at most 128 presentation contexts; one is the Q/R model's.
MAX_STORAGE_CONTEXTS = 127


class ReceiveError(RadviewError):
    """Our storage SCP could not start."""


@dataclass(frozen=True)
class Received:
    """One instance written to disk as it arrived."""

    path: Path
    sop_instance_uid: str
    sop_class_uid: str
    transfer_syntax: str
    bytes: int


def storage_contexts(found: Mapping[str, Iterable[str]]) -> list[PresentationContext]:
    """C-GET storage contexts for SOP class → stored transfer syntaxes ('' or none: unknown).

    Every syntax gets a context of its own, so the PACS can send each instance
    as stored: the known ones, or, when unknown, every syntax we can take.
    Explicit and Implicit VR Little Endian are always proposed (the fallback a
    PACS converts to); classes past the 127-context limit get only those.
    """
    contexts: list[PresentationContext] = []
    plans = []
    for sop_class, syntaxes in found.items():
        syntaxes = set(syntaxes)
        known = [UID(s) for s in sorted(syntaxes) if s]
        if not known or "" in syntaxes:  # some instance's syntax unknown
            known = list(dict.fromkeys(known + LOSSLESS + LOSSY + OTHER_UNCOMPRESSED))
        own = [s for s in known if s not in UNCOMPRESSED]
        plans.append((UID(sop_class), own))
    budget = MAX_STORAGE_CONTEXTS - 2 * len(plans)  # the two fallback contexts per class
    for sop_class, own in plans:
        take = own[:max(budget, 0)]
        budget -= len(take)
        contexts += [build_context(sop_class, [s]) for s in take + UNCOMPRESSED]
    if len(plans) > MAX_STORAGE_CONTEXTS:
        log.warning("%d SOP classes to retrieve; proposing the first %d", len(plans),
                    MAX_STORAGE_CONTEXTS)
    return contexts[:MAX_STORAGE_CONTEXTS]


def fallback_contexts() -> list[PresentationContext]:
    """When the PACS did not say what it holds: the common storage classes, each with
    every syntax in one context (the PACS picks; it may transcode)."""
    return [build_context(cx.abstract_syntax, RECEIVE_SYNTAXES)
            for cx in StoragePresentationContexts[:MAX_STORAGE_CONTEXTS]]


class Receiver:
    """Writes the instances a C-STORE handler gets, byte-for-byte, to ``dest``."""

    def __init__(self, dest: str | Path):
        self.dest = Path(dest)
        self.dest.mkdir(parents=True, exist_ok=True)
        self.arrivals: list[Received] = []  # every C-STORE, in order (repeats kept)
        self._lock = threading.Lock()

    def handler(self, event) -> int:
        try:
            uid = str(event.request.AffectedSOPInstanceUID)
            if not uid or "/" in uid or uid.startswith("."):
                raise ValueError(f"unusable SOP Instance UID {uid!r}")
            data = event.encoded_dataset()  # preamble + file meta + the dataset as received
            path = self.dest / f"{uid}.dcm"
            tmp = path.with_name(f"{uid}.{threading.get_ident()}.part")
            tmp.write_bytes(data)
            tmp.replace(path)
            item = Received(path, uid, str(event.request.AffectedSOPClassUID),
                            str(event.context.transfer_syntax), len(data))
            with self._lock:
                self.arrivals.append(item)
            return 0x0000
        except OSError as exc:  # an SCP must answer: out of resources
            log.error("could not write a received instance: %s", exc)
            return 0xA700
        except Exception as exc:  # noqa: BLE001 - answer the sender, never raise into pynetdicom
            log.error("could not store a received instance: %s: %s", type(exc).__name__, exc)
            return 0xC211

    def since(self, start: int) -> list[Received]:
        """What arrived after the first ``start`` arrivals, the last copy of each instance."""
        with self._lock:
            latest = {r.sop_instance_uid: r for r in self.arrivals[start:]}
        return list(latest.values())


class LocalStorageSCP:
    """Our storage SCP, the destination of C-MOVE. Use as a context manager.

    It accepts every storage SOP class pynetdicom knows and stays up until
    :meth:`shutdown`, which first waits for the senders' associations to end.
    """

    def __init__(self, dest: str | Path, *, ae_title: str = "RADVIEW_WS", port: int = 0,
                 host: str = "127.0.0.1"):
        self.receiver = Receiver(dest)
        self.dest = self.receiver.dest
        self.ae_title = ae_title
        self.host = host
        ae = AE(ae_title=ae_title)
        ae.maximum_associations = 8
        ae.network_timeout = ae.dimse_timeout = ae.acse_timeout = 120
        for cx in AllStoragePresentationContexts:
            ae.add_supported_context(cx.abstract_syntax, RECEIVE_SYNTAXES)
        ae.add_supported_context(Verification)
        handlers = [(evt.EVT_C_STORE, self.receiver.handler)]
        try:
            self._server = ae.start_server((host, port), block=False, evt_handlers=handlers)
        except OSError as exc:
            raise ReceiveError(f"cannot listen for DICOM on {host}:{port}: {exc}") from exc
        self.port = int(self._server.server_address[1])

    @property
    def received(self) -> list[Path]:
        return [r.path for r in self.receiver.since(0)]

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no sender is associated (a move's final answer can come first)."""
        deadline = time.monotonic() + timeout
        while self._server is not None and time.monotonic() < deadline:
            if not self._server.active_associations:
                return True
            time.sleep(0.05)
        return self._server is None

    def shutdown(self) -> None:
        if self._server is not None:
            self.wait_idle(10.0)
            self._server.shutdown()
            self._server = None

    def __enter__(self) -> "LocalStorageSCP":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
