"""DIMSE client for any PACS: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE (pynetdicom; Qt-free).

C-MOVE needs a storage SCP of ours that the PACS knows by AE title; ``LocalStorageSCP``
runs one on a local port. Every retrieve takes a ``progress(done, remaining)`` callback
and a ``cancel()`` predicate, so a worker thread can show progress and stop a transfer.
Received instances are written byte-for-byte as Part 10 files (``<SOPInstanceUID>.dcm``).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from pydicom.dataset import Dataset
from pynetdicom import AE, ALL_TRANSFER_SYNTAXES, StoragePresentationContexts, build_role, evt
from pynetdicom.sop_class import (
    PatientRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelMove,
    Verification,
)

from radview.dicom import dataset_plain
from radview.errors import RadviewError, UsageError

log = logging.getLogger(__name__)

LEVELS = ("PATIENT", "STUDY", "SERIES", "IMAGE")
# Keys returned by default at each level when the caller names none.
DEFAULT_KEYS = {
    "PATIENT": ("PatientName", "PatientID", "PatientBirthDate", "PatientSex"),
    "STUDY": ("StudyInstanceUID", "PatientName", "PatientID", "PatientBirthDate", "StudyDate",
              "StudyTime", "AccessionNumber", "StudyDescription", "ModalitiesInStudy",
              "NumberOfStudyRelatedInstances"),
    "SERIES": ("StudyInstanceUID", "SeriesInstanceUID", "Modality", "SeriesNumber",
               "SeriesDescription", "BodyPartExamined", "NumberOfSeriesRelatedInstances"),
    "IMAGE": ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID",
              "InstanceNumber"),
}
# A C-GET association must offer the storage classes it accepts back (max 128 contexts).
_GET_STORAGE = StoragePresentationContexts[:120]


class DimseError(RadviewError):
    """A PACS refused, could not be reached, or answered with a failure status."""


class TransferCancelled(RadviewError):
    """The user cancelled a transfer."""


@dataclass(frozen=True)
class DimsePeer:
    host: str
    port: int
    ae_title: str
    calling_ae: str = "RADVIEW_WS"
    timeout: float = 30.0

    def __post_init__(self) -> None:
        for title in (self.ae_title, self.calling_ae):
            if not title or len(title) > 16 or "\\" in title:
                raise UsageError(f"AE title {title!r} must be 1-16 characters without '\\'")
        if not 0 < int(self.port) < 65536:
            raise UsageError(f"port {self.port} is not a valid TCP port")

    def describe(self) -> str:
        return f"{self.ae_title}@{self.host}:{self.port}"


def _identifier(level: str, query: Mapping[str, Any], keys: Iterable[str] | None) -> Dataset:
    level = level.upper()
    if level not in LEVELS:
        raise UsageError(f"query level {level!r} must be one of {', '.join(LEVELS)}")
    ds = Dataset()
    ds.QueryRetrieveLevel = level
    for key in keys or DEFAULT_KEYS[level]:
        setattr(ds, key, "")
    for key, value in query.items():
        try:
            setattr(ds, key, value)
        except Exception as exc:  # unknown keyword or a value pydicom cannot hold
            raise UsageError(f"bad query key {key}={value!r}: {exc}") from None
    if not hasattr(ds, "PatientName") and level == "PATIENT":
        ds.PatientName = ""
    return ds


def _check_status(status: Dataset | None, what: str, peer: DimsePeer) -> int:
    if status is None or "Status" not in status:
        raise DimseError(f"{what} to {peer.describe()}: no answer (timeout or connection lost)")
    code = int(status.Status)
    if code in (0x0000, 0xFF00, 0xFF01, 0xFE00, 0xB000):
        return code
    comment = str(status.get("ErrorComment", "")) if "ErrorComment" in status else ""
    raise DimseError(f"{what} to {peer.describe()} failed: status 0x{code:04X} {comment}".strip())


class DimseClient:
    """Service-class user towards one PACS."""

    def __init__(self, peer: DimsePeer):
        self.peer = peer

    def _associate(self, ae: AE, **kw):
        ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = self.peer.timeout
        try:
            assoc = ae.associate(self.peer.host, int(self.peer.port),
                                 ae_title=self.peer.ae_title, **kw)
        except Exception as exc:  # socket errors surface here
            raise DimseError(f"cannot reach {self.peer.describe()}: {exc}") from exc
        if not assoc.is_established:
            if assoc.is_rejected:
                reason = "rejected the association (unknown AE title or not allowed)"
            else:
                reason = "did not answer (is it running? right host/port?)"
            raise DimseError(f"PACS {self.peer.describe()} {reason}")
        return assoc

    def _ae(self) -> AE:
        return AE(ae_title=self.peer.calling_ae)

    def echo(self) -> int:
        ae = self._ae()
        ae.add_requested_context(Verification)
        assoc = self._associate(ae)
        try:
            status = assoc.send_c_echo()
            return _check_status(status, "C-ECHO", self.peer)
        finally:
            assoc.release()

    def find(self, level: str, query: Mapping[str, Any] | None = None, *,
             keys: Iterable[str] | None = None, patient_root: bool = False) -> list[dict]:
        model = (PatientRootQueryRetrieveInformationModelFind if patient_root
                 else StudyRootQueryRetrieveInformationModelFind)
        identifier = _identifier(level, query or {}, keys)
        ae = self._ae()
        ae.add_requested_context(model)
        assoc = self._associate(ae)
        results: list[dict] = []
        try:
            for status, answer in assoc.send_c_find(identifier, model):
                code = _check_status(status, "C-FIND", self.peer)
                if code in (0xFF00, 0xFF01) and answer is not None:
                    results.append(dataset_plain(answer))
        finally:
            assoc.release()
        return results

    # -- retrieval -----------------------------------------------------------
    def get(self, level: str, query: Mapping[str, Any], dest: str | Path, *,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> list[Path]:
        """C-GET: the PACS sends the instances back on the same association."""
        dest = Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        received: list[Path] = []
        ae = self._ae()
        ae.add_requested_context(StudyRootQueryRetrieveInformationModelGet)
        roles = []
        for cx in _GET_STORAGE:
            ae.add_requested_context(cx.abstract_syntax, ALL_TRANSFER_SYNTAXES)
            roles.append(build_role(cx.abstract_syntax, scp_role=True))
        handlers = [(evt.EVT_C_STORE, _store_handler, [dest, received])]
        assoc = self._associate(ae, ext_neg=roles, evt_handlers=handlers)
        identifier = _identifier(level, query, keys=())
        return self._drive(assoc, assoc.send_c_get(
            identifier, StudyRootQueryRetrieveInformationModelGet), "C-GET",
            received, progress, cancel)

    def move(self, level: str, query: Mapping[str, Any], scp: "LocalStorageSCP", *,
             progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> list[Path]:
        """C-MOVE to our running storage SCP (the PACS must know its AE title)."""
        ae = self._ae()
        ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
        assoc = self._associate(ae)
        identifier = _identifier(level, query, keys=())
        start = len(scp.received)
        responses = assoc.send_c_move(
            identifier, scp.ae_title, StudyRootQueryRetrieveInformationModelMove)
        self._drive(assoc, responses, "C-MOVE", [], progress, cancel)
        return list(scp.received[start:])

    def _drive(self, assoc, responses, what: str, received: list[Path],
               progress, cancel) -> list[Path]:
        failed = 0
        try:
            for status, _ in responses:
                if cancel is not None and cancel():
                    assoc.abort()
                    raise TransferCancelled(f"{what} from {self.peer.describe()} cancelled")
                code = _check_status(status, what, self.peer)
                done = int(status.get("NumberOfCompletedSuboperations", 0) or 0)
                left = int(status.get("NumberOfRemainingSuboperations", 0) or 0)
                failed = int(status.get("NumberOfFailedSuboperations", 0) or 0)
                if progress is not None:
                    progress(done, left)
                if code == 0xB000 and failed:
                    raise DimseError(
                        f"{what} from {self.peer.describe()}: {failed} instance(s) failed")
        finally:
            if assoc.is_established:
                assoc.release()
        return list(received)

    def store(self, files: Iterable[str | Path]) -> int:
        """C-STORE local Part 10 files to the PACS; returns how many were accepted."""
        from pydicom import dcmread

        datasets = [dcmread(str(f)) for f in files]
        ae = self._ae()
        for sop_class in sorted({str(ds.SOPClassUID) for ds in datasets}):
            ae.add_requested_context(sop_class, ALL_TRANSFER_SYNTAXES[:4] + sorted(
                {str(ds.file_meta.TransferSyntaxUID) for ds in datasets}))
        assoc = self._associate(ae)
        try:
            for ds in datasets:
                _check_status(assoc.send_c_store(ds), "C-STORE", self.peer)
        finally:
            assoc.release()
        return len(datasets)


def _store_handler(event, dest: Path, received: list[Path]) -> int:
    """Write one received instance exactly as sent (preamble + file meta + dataset)."""
    try:
        uid = str(event.request.AffectedSOPInstanceUID)
        path = dest / f"{uid}.dcm"
        tmp = path.with_suffix(".part")
        tmp.write_bytes(event.encoded_dataset())
        tmp.replace(path)
        received.append(path)
        return 0x0000
    except Exception:  # an SCP must answer; log and report a processing failure
        log.exception("could not store a received instance")
        return 0xC211


class LocalStorageSCP:
    """Our storage SCP, the destination of C-MOVE. Use as a context manager."""

    def __init__(self, dest: str | Path, *, ae_title: str = "RADVIEW_WS", port: int = 0,
                 host: str = "127.0.0.1"):
        self.dest = Path(dest)
        self.dest.mkdir(parents=True, exist_ok=True)
        self.ae_title = ae_title
        self.host = host
        self.received: list[Path] = []
        self._lock = threading.Lock()
        ae = AE(ae_title=ae_title)
        for cx in StoragePresentationContexts:
            ae.add_supported_context(cx.abstract_syntax, ALL_TRANSFER_SYNTAXES)
        ae.add_supported_context(Verification)
        handlers = [(evt.EVT_C_STORE, _store_handler, [self.dest, self.received])]
        try:
            self._server = ae.start_server((host, port), block=False, evt_handlers=handlers)
        except OSError as exc:
            raise DimseError(f"cannot listen for DICOM on {host}:{port}: {exc}") from exc
        self.port = self._server.server_address[1]

    def shutdown(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server = None

    def __enter__(self) -> "LocalStorageSCP":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
