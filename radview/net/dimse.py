"""DIMSE client for any PACS: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE (pynetdicom; Qt-free).

C-MOVE needs a storage SCP of ours that the PACS knows by AE title; ``LocalStorageSCP``
runs one on a local port. Every retrieve takes a ``progress(done, remaining)`` callback
and a ``cancel()`` predicate, so a worker thread can show progress and stop a transfer.
Received instances are written byte-for-byte as Part 10 files (``<SOPInstanceUID>.dcm``);
how contexts are chosen so the PACS sends originals is in :mod:`radview.net.dimse_receive`.
A retrieve identifier carries only the unique keys down to its level (PS3.4 C.4.2.2.1).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from pydicom.dataset import Dataset
from pynetdicom import AE, build_role, evt
from pynetdicom.sop_class import Verification

from radview.dicom import dataset_plain, qr
from radview.dicom.qr import LEVELS
from radview.errors import RadviewError, UsageError
from radview.net.dimse_receive import (
    LocalStorageSCP, Received, Receiver, fallback_contexts, storage_contexts,
)

log = logging.getLogger(__name__)

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
# The unique keys a retrieve identifier holds at each level (hierarchical model).
RETRIEVE_KEYS = {
    "PATIENT": ("PatientID",),
    "STUDY": ("StudyInstanceUID",),
    "SERIES": ("StudyInstanceUID", "SeriesInstanceUID"),
    "IMAGE": ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID"),
}
__all__ = ["DimseClient", "DimseError", "DimsePeer", "LocalStorageSCP", "Received",
           "RetrieveOutcome", "TransferCancelled", "retrieve_identifier"]


class DimseError(RadviewError):
    """A PACS refused, could not be reached, or answered with a failure status."""


class TransferCancelled(RadviewError):
    """The user cancelled a transfer."""


def check_ae_title(title: str) -> str:
    text = str(title)
    if not text.strip() or len(text) > 16 or "\\" in text or not text.isascii() \
            or not text.isprintable():
        raise UsageError(f"AE title {title!r} must be 1-16 printable ASCII characters "
                         "without '\\'")
    return text


@dataclass(frozen=True)
class DimsePeer:
    host: str
    port: int
    ae_title: str
    calling_ae: str = "RADVIEW_WS"
    timeout: float = 30.0

    def __post_init__(self) -> None:
        for title in (self.ae_title, self.calling_ae):
            check_ae_title(title)
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
        setattr(ds, key, None)  # a return key: empty (None suits every VR)
    for key, value in query.items():
        try:
            setattr(ds, key, value)
        except Exception as exc:  # unknown keyword or a value pydicom cannot hold
            raise UsageError(f"bad query key {key}={value!r}: {exc}") from None
    if not hasattr(ds, "PatientName") and level == "PATIENT":
        ds.PatientName = ""
    return ds


def _query_ds(level: str, **keys: Any) -> Dataset:
    ds = Dataset()
    ds.QueryRetrieveLevel = level
    for key, value in keys.items():
        setattr(ds, key, value)
    return ds


def _as_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [v for v in value.split("\\") if v]
    return [str(v) for v in value]


def retrieve_identifier(level: str, query: Mapping[str, Any], op: str) -> tuple[Dataset, str]:
    """The C-GET/C-MOVE identifier (unique keys only) and the information model for it.

    PATIENT level uses Patient Root, the others Study Root; every key from the
    top down to the level is required, anything else is refused.
    """
    level = level.upper()
    if level not in LEVELS:
        raise UsageError(f"retrieve level {level!r} must be one of {', '.join(LEVELS)}")
    keys = RETRIEVE_KEYS[level]
    extra = sorted(k for k, v in query.items()
                   if k not in keys and k != "QueryRetrieveLevel" and v not in (None, ""))
    if extra:
        raise UsageError(f"a {level} retrieve takes only {', '.join(keys)}; not {', '.join(extra)}")
    ds = Dataset()
    ds.QueryRetrieveLevel = level
    for key in keys:
        values = _as_list(query.get(key))
        if not values:
            raise UsageError(f"a {level} retrieve needs {key}")
        if any("*" in v or "?" in v for v in values):
            raise UsageError(f"{key} is a unique key: no wildcards")
        if len(values) > 1 and key != keys[-1]:
            raise UsageError(f"{key} takes one value in a {level} retrieve (a list only at its own level)")
        setattr(ds, key, values if len(values) > 1 else values[0])
    return ds, qr.model(op, patient_root=level == "PATIENT")


@dataclass
class RetrieveOutcome:
    """What a C-GET/C-MOVE brought: the files, and the PACS's sub-operation counts."""

    received: list[Received] = field(default_factory=list)
    status: int = 0
    completed: int = 0
    failed: int = 0
    warning: int = 0
    remaining: int = 0
    failed_uids: list[str] = field(default_factory=list)

    def paths(self, *, strict: bool = False, what: str = "retrieve",
              peer: "DimsePeer | None" = None) -> list[Path]:
        if strict and self.failed:
            where = f" from {peer.describe()}" if peer else ""
            raise DimseError(f"{what}{where}: {self.failed} instance(s) failed")
        return [r.path for r in self.received]


def _find_on(assoc, model: str, identifier: Dataset, peer: "DimsePeer") -> list[dict]:
    results: list[dict] = []
    for status, answer in assoc.send_c_find(identifier, model):
        code = _check_status(status, "C-FIND", peer)
        if code in (0xFF00, 0xFF01) and answer is not None:
            results.append(dataset_plain(answer))
    return results


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
        model = qr.model("find", patient_root)
        identifier = _identifier(level, query or {}, keys)
        ae = self._ae()
        ae.add_requested_context(model)
        assoc = self._associate(ae)
        try:
            return _find_on(assoc, model, identifier, self.peer)
        finally:
            if assoc.is_established:
                assoc.release()

    # -- retrieval -----------------------------------------------------------
    def get(self, level: str, query: Mapping[str, Any], dest: str | Path, *,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> list[Path]:
        """C-GET: the PACS sends the instances back on the same association."""
        return self.get_instances(level, query, dest, progress=progress,
                                  cancel=cancel).paths(strict=True, what="C-GET", peer=self.peer)

    def move(self, level: str, query: Mapping[str, Any], scp: LocalStorageSCP, *,
             progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> list[Path]:
        """C-MOVE to our running storage SCP (the PACS must know its AE title)."""
        return self.move_instances(level, query, scp, progress=progress,
                                   cancel=cancel).paths(strict=True, what="C-MOVE", peer=self.peer)

    def get_instances(self, level: str, query: Mapping[str, Any], dest: str | Path, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None) -> "RetrieveOutcome":
        identifier, model = retrieve_identifier(level, query, "get")
        found = self.inventory(identifier)
        contexts = storage_contexts(found) if found else fallback_contexts()
        receiver = Receiver(dest)
        ae = self._ae()
        ae.add_requested_context(model)
        for cx in contexts:
            ae.add_requested_context(cx.abstract_syntax, cx.transfer_syntax)
        roles = [build_role(c, scp_role=True) for c in dict.fromkeys(cx.abstract_syntax
                                                                     for cx in contexts)]
        assoc = self._associate(ae, ext_neg=roles,
                                evt_handlers=[(evt.EVT_C_STORE, receiver.handler)])
        outcome = self._drive(assoc, assoc.send_c_get(identifier, model), "C-GET",
                              progress, cancel)
        outcome.received = receiver.since(0)
        return outcome

    def move_instances(self, level: str, query: Mapping[str, Any], scp: LocalStorageSCP, *,
                       destination: str | None = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None) -> "RetrieveOutcome":
        identifier, model = retrieve_identifier(level, query, "move")
        ae = self._ae()
        ae.add_requested_context(model)
        assoc = self._associate(ae)
        start = len(scp.receiver.arrivals)
        responses = assoc.send_c_move(identifier, destination or scp.ae_title, model)
        outcome = self._drive(assoc, responses, "C-MOVE", progress, cancel)
        # The final answer may overtake the end of the sender's own association.
        scp.wait_idle(30.0)
        outcome.received = scp.receiver.since(start)
        return outcome

    def inventory(self, identifier: Dataset) -> dict[str, set[str]] | None:
        """SOP class → stored transfer syntaxes ('' when the PACS does not say) of what a
        retrieve identifier covers, by C-FIND at IMAGE level; None when it cannot tell."""
        level = identifier.QueryRetrieveLevel
        if level == "PATIENT":
            return None
        model = qr.model("find", patient_root=False)
        ae = self._ae()
        ae.add_requested_context(model)
        try:
            assoc = self._associate(ae)
        except DimseError:
            return None
        found: dict[str, set[str]] = {}
        image_uids = identifier.get("SOPInstanceUID", "") if level == "IMAGE" else ""
        try:
            for study in _as_list(identifier.StudyInstanceUID):
                if level == "STUDY":
                    rows = _find_on(assoc, model, _query_ds(
                        "SERIES", StudyInstanceUID=study, SeriesInstanceUID=""), self.peer)
                    series = [str(r.get("SeriesInstanceUID", "")) for r in rows]
                else:
                    series = _as_list(identifier.SeriesInstanceUID)
                for uid in series:
                    rows = _find_on(assoc, model, _query_ds(
                        "IMAGE", StudyInstanceUID=study, SeriesInstanceUID=uid,
                        SOPInstanceUID=image_uids, SOPClassUID="", AvailableTransferSyntaxUID=""),
                        self.peer)
                    for row in rows:
                        sop_class = str(row.get("SOPClassUID") or "")
                        if not sop_class:
                            return None
                        found.setdefault(sop_class, set()).update(
                            _as_list(row.get("AvailableTransferSyntaxUID")) or [""])
        except DimseError as exc:
            log.info("cannot list what %s holds (%s); proposing every storage class",
                     self.peer.describe(), exc)
            return None
        finally:
            if assoc.is_established:
                assoc.release()
        return found or None

    def _drive(self, assoc, responses, what: str, progress, cancel) -> "RetrieveOutcome":
        outcome = RetrieveOutcome()
        try:
            for status, identifier in responses:
                if cancel is not None and cancel():
                    assoc.abort()
                    raise TransferCancelled(f"{what} from {self.peer.describe()} cancelled")
                code = _check_status(status, what, self.peer)
                outcome.status = code
                for name in ("Completed", "Failed", "Warning", "Remaining"):
                    value = status.get(f"NumberOf{name}Suboperations")
                    if value is not None:
                        setattr(outcome, name.lower(), int(value))
                if identifier is not None and "FailedSOPInstanceUIDList" in identifier:
                    outcome.failed_uids = _as_list(identifier.FailedSOPInstanceUIDList)
                if progress is not None:
                    progress(outcome.completed + outcome.warning, outcome.remaining)
        finally:
            if assoc.is_established:
                assoc.release()
        return outcome

    def store(self, files: Iterable[str | Path]) -> int:
        """C-STORE local Part 10 files to the PACS; returns how many were accepted."""
        from pydicom import dcmread

        datasets = [dcmread(str(f)) for f in files]
        found: dict[str, set[str]] = {}
        for ds in datasets:
            found.setdefault(str(ds.SOPClassUID), set()).add(str(ds.file_meta.TransferSyntaxUID))
        ae = self._ae()
        # each file's own syntax in a context of its own: the PACS cannot pick another
        for cx in storage_contexts(found):
            ae.add_requested_context(cx.abstract_syntax, cx.transfer_syntax)
        assoc = self._associate(ae)
        try:
            for ds in datasets:
                _check_status(assoc.send_c_store(ds), "C-STORE", self.peer)
        finally:
            assoc.release()
        return len(datasets)
