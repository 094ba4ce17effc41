"""The image server's DICOM network side (pynetdicom SCP).

C-ECHO; C-STORE ingest into the Store (byte-exact Part 10, idempotent on
duplicates, nothing stored on failure); C-FIND in the Patient Root and Study
Root information models at PATIENT/STUDY/SERIES/IMAGE level; C-GET (originals
back on the same association) and C-MOVE (originals to a configured peer AE).
The conformance summary is in docs/dimse.md.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
from io import BytesIO
from pathlib import Path
from typing import Any, Iterator, Mapping

import pydicom
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, UID
from pynetdicom import AE, AllStoragePresentationContexts, build_context, evt
from pynetdicom.sop_class import Verification

from radview.dicom import qr
from radview.errors import RadviewError, UsageError
from radview.server.storage import DuplicateConflict
from radview.server.dimse_query import (
    QueryError,
    parse_find,
    parse_retrieve,
    resolve_instances,
    response_identifier,
    status_dataset,
)
from radview.server import audit, dimse_wire
from radview.server.dimse_access import DimseAccess, GatedAE
from radview.server.users import check_ae_title
from radview.server.dimse_syntax import STORAGE_SYNTAXES, UNCOMPRESSED_SYNTAXES
from radview.server.dimse_send import (
    OriginalInstance, install_original_sender, move_contexts, split_part10,
)

LOG = logging.getLogger("radview.server.dimse")

STORAGE_SOP_CLASSES = [cx.abstract_syntax for cx in AllStoragePresentationContexts]
MAX_PDU = 262_144

# C-STORE failure statuses (PS3.4 B.2.3)
STATUS_OUT_OF_RESOURCES = 0xA700
STATUS_NOT_MATCHING_SOP_CLASS = 0xA900
STATUS_CANNOT_UNDERSTAND = 0xC000
STATUS_DUPLICATE_SOP_INSTANCE = 0x0111  # PS3.7 Annex C general status: Duplicate SOP Instance
STATUS_WARNING_DUPLICATE = 0xB000
# C-FIND / C-GET / C-MOVE (PS3.4 C.4)
STATUS_IDENTIFIER_MISMATCH = 0xA900
STATUS_UNABLE_TO_PROCESS = 0xC000
STATUS_MOVE_DESTINATION_UNKNOWN = 0xA801
STATUS_PENDING = 0xFF00
STATUS_NOT_AUTHORIZED = 0x0124  # PS3.7 C.5: Refused: Not Authorized
STATUS_CANCEL = 0xFE00


def _check_peers(peers: Mapping[str, tuple[str, int]] | None) -> dict[str, tuple[str, int]]:
    checked: dict[str, tuple[str, int]] = {}
    for title, address in (peers or {}).items():
        name = check_ae_title(title, "peer AE title")
        try:
            host, port = address
            port = int(port)
        except (TypeError, ValueError):
            raise UsageError(f"peer {name}: address must be (host, port), got {address!r}") from None
        if not host or not 0 < port < 65536:
            raise UsageError(f"peer {name}: invalid address {host!r}:{port}")
        checked[name] = (str(host), port)
    return checked


class DimseServer:
    """A running DICOM SCP; stop it with :meth:`shutdown` (also a context manager)."""

    def __init__(self, store: Any, *, ae_title: str, host: str, port: int,
                 peers: dict[str, tuple[str, int]], ssl_context: ssl.SSLContext | None = None,
                 duplicates: str = "refuse", conflict_dir: Path | None = None,
                 access: DimseAccess | None = None):
        self.store = store
        self.duplicates, self.conflict_dir = duplicates, conflict_dir
        dimse_wire.install()
        self.ae_title = ae_title
        self.peers = peers
        self.access = access
        self.ae = self._make_ae()
        handlers = [
            (evt.EVT_C_ECHO, self._on_echo),
            (evt.EVT_C_STORE, self._on_store),
            (evt.EVT_C_FIND, self._on_find),
            (evt.EVT_C_GET, self._on_get),
            (evt.EVT_C_MOVE, self._on_move),
            (evt.EVT_CONN_OPEN, _no_delay),
            (evt.EVT_ACCEPTED, self._on_accepted),
            (evt.EVT_REJECTED, self._on_rejected),
            (evt.EVT_RELEASED, self._on_released),
            (evt.EVT_ABORTED, self._on_aborted),
        ]
        try:
            self._server = self.ae.start_server((host, port), block=False, evt_handlers=handlers,
                                                ssl_context=ssl_context)
        except OSError as exc:
            raise RadviewError(f"DICOM server cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        self.host = host
        self.tls = ssl_context is not None
        LOG.info("DICOM SCP %s listening on %s:%d%s", ae_title, host, self.port,
                 " (TLS)" if self.tls else "")

    # -- lifecycle ---------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def shutdown(self) -> None:
        self._server.shutdown()
        LOG.info("DICOM SCP %s on port %d stopped", self.ae_title, self.port)

    def __enter__(self) -> "DimseServer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()

    def _make_ae(self) -> AE:
        ae = GatedAE(self.access, ae_title=self.ae_title)
        ae.maximum_pdu_size = MAX_PDU
        ae.maximum_associations = 16
        ae.acse_timeout = 30
        ae.dimse_timeout = 60
        ae.network_timeout = 120
        ae.add_supported_context(Verification, UNCOMPRESSED_SYNTAXES)
        for model in qr.MODELS.values():
            ae.add_supported_context(model, UNCOMPRESSED_SYNTAXES)
        for sop_class in STORAGE_SOP_CLASSES:
            # scp_role: a C-GET requestor acts as Storage SCP, we send to it.
            ae.add_supported_context(sop_class, STORAGE_SYNTAXES, scu_role=True, scp_role=True)
        return ae

    # -- association log ---------------------------------------------------
    @staticmethod
    def _peer(event: Any) -> str:
        req = event.assoc.requestor
        return f"{req.ae_title}@{req.address}:{req.port}"

    def _on_accepted(self, event: Any) -> None:
        assoc = event.assoc
        LOG.info("association accepted from %s (%d presentation contexts accepted, %d rejected)",
                 self._peer(event), len(assoc.accepted_contexts), len(assoc.rejected_contexts))

    def _on_rejected(self, event: Any) -> None:
        LOG.warning("association rejected from %s", self._peer(event))
        if self.access is not None:
            req = event.assoc.requestor
            self.access.rejected_association(str(req.ae_title).strip(), str(req.address))

    def _who(self, event: Any):
        """(identity or None, calling AE, address) of the association's requestor."""
        req = event.assoc.requestor
        calling = str(req.ae_title).strip()
        who = self.access.identity(calling) if self.access is not None else None
        return who, calling, str(req.address)

    def _study_of(self, sop_uid: str) -> tuple[str, str, int]:
        """(study UID, patient ID, diagnostic status) of a stored instance."""
        study = self.store.instance_info(sop_uid)["study_uid"]
        rows = self.store.find("STUDY", {"StudyInstanceUID": study}, limit=1)
        return study, (str(rows[0].get("PatientID") or "") if rows else ""), \
            int(self.store.study_state(study)["status"])

    def _on_released(self, event: Any) -> None:
        LOG.info("association released by %s", self._peer(event))

    def _on_aborted(self, event: Any) -> None:
        LOG.warning("association aborted with %s", self._peer(event))

    # -- C-ECHO ------------------------------------------------------------
    def _on_echo(self, event: Any) -> int:
        LOG.info("C-ECHO from %s", self._peer(event))
        return 0x0000

    # -- C-STORE -----------------------------------------------------------
    def _on_store(self, event: Any) -> Dataset | int:
        request = event.request
        affected_class = str(request.AffectedSOPClassUID or "")
        affected_uid = str(request.AffectedSOPInstanceUID or "")
        if self.access is not None:
            who, calling, address = self._who(event)
            refusal = self.access.may_store(who)
            if refusal:  # decided before the dataset is even decoded
                self.access.record("instances_transferred", "C", audit.MINOR_FAILURE, who,
                                   calling_ae=calling, address=address,
                                   event_type="store refused", detail=refusal)
                return self._store_failure(event, STATUS_NOT_AUTHORIZED, refusal, affected_uid)
        try:
            part10 = event.encoded_dataset(include_meta=True)
        except Exception as exc:
            return self._store_failure(event, STATUS_CANNOT_UNDERSTAND,
                                       f"cannot build the file: {exc}", affected_uid)
        problem = _check_received(part10, affected_class, affected_uid)
        if problem is not None:
            return self._store_failure(event, problem[0], problem[1], affected_uid)
        try:
            result = self.store.ingest(part10, source=f"dimse:{event.assoc.requestor.ae_title}")
        except OSError as exc:
            return self._store_failure(event, STATUS_OUT_OF_RESOURCES,
                                       f"storage failed: {exc.strerror or exc}", affected_uid)
        except DuplicateConflict as exc:
            return self._on_conflict(event, part10, exc)
        except RadviewError as exc:
            return self._store_failure(event, STATUS_CANNOT_UNDERSTAND, str(exc), affected_uid)
        except Exception as exc:  # the store's own fault: say so, keep serving
            LOG.exception("C-STORE of %s: store error", affected_uid)
            return self._store_failure(event, STATUS_OUT_OF_RESOURCES,
                                       f"internal storage error: {type(exc).__name__}", affected_uid)
        LOG.info("C-STORE %s %s from %s%s", UID(affected_class).name, affected_uid,
                 self._peer(event), " (duplicate, already stored)" if result.duplicate else "")
        if self.access is not None:
            who, calling, address = self._who(event)
            self.access.record("instances_transferred", "C", audit.SUCCESS, who,
                               calling_ae=calling, address=address, event_type="store",
                               study_uid=result.study_uid,
                               patient_id=self._study_of(affected_uid)[1],
                               detail=f"C-STORE {affected_uid}"
                               + (" (duplicate)" if result.duplicate else ""))
        return 0x0000

    def _on_conflict(self, event: Any, part10: bytes, exc: DuplicateConflict) -> Dataset:
        """Different bytes under a stored SOP Instance UID: refused (0x0111 Duplicate SOP
        Instance), or with ``duplicates="keep"`` kept apart in ``conflict_dir`` and
        answered with a warning; the stored copy stays what every retrieve returns."""
        uid = exc.sop_instance_uid
        if self.duplicates != "keep" or self.conflict_dir is None:
            return self._store_failure(event, STATUS_DUPLICATE_SOP_INSTANCE,
                                       "already stored with different content; kept the first",
                                       uid)
        import hashlib

        try:
            self.conflict_dir.mkdir(parents=True, exist_ok=True)
            path = self.conflict_dir / f"{uid}.{hashlib.sha256(part10).hexdigest()[:16]}.dcm"
            tmp = path.with_suffix(".part")
            tmp.write_bytes(part10)
            tmp.replace(path)
        except OSError as err:
            return self._store_failure(event, STATUS_OUT_OF_RESOURCES,
                                       f"cannot keep the second copy: {err.strerror or err}", uid)
        LOG.warning("C-STORE %s from %s: different content under a stored SOP Instance UID, "
                    "kept apart as %s", uid, self._peer(event), path.name)
        return status_dataset(STATUS_WARNING_DUPLICATE,
                              "SOP Instance UID already stored: this copy kept apart")

    def _store_failure(self, event: Any, status: int, comment: str, uid: str) -> Dataset:
        LOG.warning("C-STORE %s from %s refused with 0x%04X: %s", uid, self._peer(event), status, comment)
        return status_dataset(status, comment)

    # -- C-FIND ------------------------------------------------------------
    def _on_find(self, event: Any) -> Iterator[tuple[int | Dataset, Dataset | None]]:
        model = str(event.request.AffectedSOPClassUID)
        try:
            parsed = parse_find(event.identifier, model)
        except QueryError as exc:
            LOG.warning("C-FIND from %s refused: %s", self._peer(event), exc)
            yield status_dataset(exc.status, str(exc)), None
            return
        except Exception as exc:
            yield status_dataset(STATUS_UNABLE_TO_PROCESS, f"cannot decode identifier: {exc}"), None
            return
        try:
            rows = self.store.find(parsed.level, dict(parsed.query))
        except RadviewError as exc:
            yield status_dataset(STATUS_UNABLE_TO_PROCESS, str(exc)), None
            return
        LOG.info("C-FIND %s level from %s: %d matches", parsed.level, self._peer(event), len(rows))
        if self.access is not None:
            who, calling, address = self._who(event)
            self.access.record("query", "E", audit.SUCCESS, who, calling_ae=calling,
                               address=address, event_type="C-FIND",
                               detail=f"{parsed.level} level, {len(rows)} matches")
        for row in rows:
            if event.is_cancelled:
                LOG.info("C-FIND cancelled by %s", self._peer(event))
                yield STATUS_CANCEL, None
                return
            yield STATUS_PENDING, response_identifier(parsed, row, ae_title=self.ae_title)

    # -- C-GET / C-MOVE ----------------------------------------------------
    def _retrieve_list(self, event: Any) -> list[str]:
        req = parse_retrieve(event.identifier, str(event.request.AffectedSOPClassUID))
        return resolve_instances(self.store, req)

    def _originals(self, event: Any, uids: list[str]) -> Iterator[tuple[int | Dataset, Dataset | None]]:
        """(status, placeholder) per instance; a failed read or a refused instance fails
        only that sub-operation."""
        for uid in uids:
            if event.is_cancelled:
                LOG.info("retrieve cancelled by %s", self._peer(event))
                yield STATUS_CANCEL, None
                return
            refusal = self._retrieve_refusal(event, uid)
            if refusal:
                # The sub-operation fails (the instance is listed in the final answer's
                # Failed SOP Instance UID List); nothing of it is sent.
                yield STATUS_PENDING, OriginalInstance("", uid, None, error=f"refused: {refusal}")
                continue
            try:
                part10 = self.store.read_original(uid)
                sop_class = self._class_and_syntax(uid)[0]
                yield STATUS_PENDING, OriginalInstance(sop_class, uid, part10)
            except (RadviewError, OSError, ValueError) as exc:
                LOG.error("cannot read original %s: %s", uid, exc)
                yield STATUS_PENDING, OriginalInstance("", uid, None, error=str(exc))

    def _retrieve_refusal(self, event: Any, uid: str) -> str:
        """Why this instance may not go to this caller ('' when it may), audited."""
        if self.access is None:
            return ""
        who, calling, address = self._who(event)
        try:
            study, patient, status = self._study_of(uid)
        except RadviewError:
            return ""  # the read below fails it with the store's own reason
        refusal = self.access.retrieve_refusal(who, study, status)
        self.access.record("instances_transferred", "R",
                           audit.MINOR_FAILURE if refusal else audit.SUCCESS, who,
                           calling_ae=calling, address=address,
                           event_type="retrieve refused" if refusal else "retrieve",
                           study_uid=study, patient_id=patient,
                           detail=f"{uid}: {refusal}" if refusal else uid)
        if refusal:
            LOG.warning("retrieve of %s by %s refused: %s", uid, self._peer(event), refusal)
        return refusal

    def _all_refused(self, event: Any, uids: list[str]) -> str:
        """The refusal sentence when not one of these instances may go to the caller."""
        if self.access is None or not uids:
            return ""
        who, _calling, _address = self._who(event)
        reasons = []
        for uid in uids:
            try:
                study, _patient, status = self._study_of(uid)
            except RadviewError:
                return ""
            reason = self.access.retrieve_refusal(who, study, status)
            if not reason:
                return ""
            reasons.append(reason)
        return reasons[0] if len(set(reasons)) == 1 else f"{reasons[0]} (and {len(uids) - 1} more)"

    def _on_get(self, event: Any) -> Iterator[Any]:
        try:
            uids = self._retrieve_list(event)
        except (QueryError, RadviewError) as exc:
            LOG.warning("C-GET from %s refused: %s", self._peer(event), exc)
            yield 1
            yield status_dataset(getattr(exc, "status", STATUS_UNABLE_TO_PROCESS), str(exc)), None
            return
        refusal = self._all_refused(event, uids)
        if refusal:  # a whole refusal is one answer that says why
            for uid in uids:
                self._retrieve_refusal(event, uid)
            yield 1
            yield status_dataset(STATUS_NOT_AUTHORIZED, refusal), None
            return
        LOG.info("C-GET from %s: %d instances", self._peer(event), len(uids))
        install_original_sender(event.assoc)
        yield len(uids)
        yield from self._originals(event, uids)

    def _on_move(self, event: Any) -> Iterator[Any]:
        raw_dest = event.move_destination
        destination = (raw_dest.decode("ascii", "replace") if isinstance(raw_dest, bytes)
                       else str(raw_dest or "")).strip()
        address = self.peers.get(destination)
        if address is None:
            LOG.warning("C-MOVE from %s to unknown destination %r", self._peer(event), destination)
            yield None, None  # pynetdicom answers 0xA801 Move Destination unknown
            return
        try:
            uids = self._retrieve_list(event)
            error = None
        except (QueryError, RadviewError) as exc:
            uids, error = [], exc
        if error is not None:
            LOG.warning("C-MOVE from %s refused: %s", self._peer(event), error)
            # The destination must be yielded first; a failure status follows at once.
            yield address[0], address[1], {"contexts": [build_context(Verification)]}
            yield 1
            yield status_dataset(getattr(error, "status", STATUS_UNABLE_TO_PROCESS), str(error)), None
            return
        established = threading.Event()
        holder: dict[str, Any] = {}

        def on_established(ev: Any) -> None:
            install_original_sender(ev.assoc)
            holder["assoc"] = ev.assoc
            established.set()

        refusal = self._all_refused(event, uids)
        if refusal:
            for uid in uids:
                self._retrieve_refusal(event, uid)
            yield address[0], address[1], {"contexts": [build_context(Verification)]}
            yield 1
            yield status_dataset(STATUS_NOT_AUTHORIZED, refusal), None
            return
        contexts = self._move_contexts(uids)
        LOG.info("C-MOVE from %s: %d instances to %s at %s:%d", self._peer(event), len(uids),
                 destination, *address)
        yield address[0], address[1], {"contexts": contexts,
                                       "evt_handlers": [(evt.EVT_ESTABLISHED, on_established)]}
        yield len(uids)
        # The sub-operation loop starts only once associate() returned, and the
        # original sender is installed in that association's ESTABLISHED event.
        if not established.wait(timeout=10):
            yield status_dataset(STATUS_UNABLE_TO_PROCESS, "move destination association not ready"), None
            return
        yield from self._originals(event, uids)

    def _move_contexts(self, uids: list[str]) -> list[Any]:
        return move_contexts([self._class_and_syntax(uid) for uid in uids])

    def _class_and_syntax(self, sop_uid: str) -> tuple[str, str]:
        try:
            info = self.store.instance_info(sop_uid)
            sop_class = info.get("sop_class_uid") or ""
            syntax = info.get("transfer_syntax") or ""
            if sop_class and syntax:
                return str(sop_class), str(syntax)
        except (AttributeError, NotImplementedError, RadviewError, KeyError):
            pass
        try:
            meta, _ = split_part10(self.store.read_original(sop_uid))
            return str(meta.get("MediaStorageSOPClassUID", "")), str(meta.TransferSyntaxUID)
        except (RadviewError, OSError, ValueError):
            return "", ""


def _no_delay(event: Any) -> None:
    """TCP_NODELAY: DIMSE sends small messages back to back (command, then
    identifier; pending answers), which Nagle's algorithm with delayed ACKs
    would hold for ~40 ms each."""
    try:
        event.assoc.dul.socket.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (AttributeError, OSError) as exc:
        LOG.debug("cannot set TCP_NODELAY: %s", exc)


def _check_received(part10: bytes, affected_class: str, affected_uid: str) -> tuple[int, str] | None:
    """A DIMSE-level check the store cannot make: the dataset is what the request says."""
    try:
        ds = pydicom.dcmread(BytesIO(part10), stop_before_pixels=False)
        sop_class = str(ds.get("SOPClassUID", "") or "")
        sop_uid = str(ds.get("SOPInstanceUID", "") or "")
    except Exception as exc:
        return STATUS_CANNOT_UNDERSTAND, f"malformed dataset: {exc}"
    if not sop_class or not sop_uid:
        return STATUS_NOT_MATCHING_SOP_CLASS, "dataset lacks SOP Class UID or SOP Instance UID"
    if sop_class != affected_class:
        return STATUS_NOT_MATCHING_SOP_CLASS, f"dataset SOP Class {sop_class} differs from the request's"
    if sop_uid != affected_uid:
        return STATUS_NOT_MATCHING_SOP_CLASS, "dataset SOP Instance UID differs from the request's"
    return None


def tls_context(cert_file: str | Path, key_file: str | Path, *,
                client_ca_file: str | Path | None = None) -> ssl.SSLContext:
    """A server-side TLS context; with ``client_ca_file``, peers must present a
    certificate signed by it (mutual TLS: the peer is authenticated)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(cert_file), str(key_file))
        if client_ca_file is not None:
            context.load_verify_locations(str(client_ca_file))
            context.verify_mode = ssl.CERT_REQUIRED
    except (OSError, ssl.SSLError) as exc:
        raise UsageError(f"cannot load TLS certificate/key: {exc}") from None
    return context


def start_dimse(store: Any, *, ae_title: str = "RADVIEW", port: int = 11112, host: str = "127.0.0.1",
                peers: Mapping[str, tuple[str, int]] | None = None,
                ssl_context: ssl.SSLContext | None = None, duplicates: str = "refuse",
                conflict_dir: str | Path | None = None,
                access: DimseAccess | None = None) -> DimseServer:
    """Starts the DICOM SCP in background threads; port 0 picks a free port (see ``.port``).

    ``peers`` maps AE titles to (host, port): the destinations C-MOVE may send to.
    ``ssl_context`` (see :func:`tls_context`) makes every association use TLS.
    ``duplicates``: a C-STORE of a different dataset under a stored SOP Instance UID is
    refused (``"refuse"``, status 0x0111) or kept apart in ``conflict_dir`` with a
    warning status (``"keep"``); the stored copy is never replaced.
    ``access`` (dimse_access.DimseAccess) gates associations, stores and retrieves by
    the calling AE title's user; the image server always passes it (without it the
    SCP is open, which only an embedding that does its own gating may use).
    """
    if duplicates not in ("refuse", "keep") or (duplicates == "keep" and conflict_dir is None):
        raise UsageError("duplicates must be 'refuse', or 'keep' with a conflict_dir")
    title = check_ae_title(ae_title, "AE title")
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise UsageError(f"DICOM port must be a number, got {port!r}") from None
    if not 0 <= port < 65536:
        raise UsageError(f"DICOM port {port} is out of range 0-65535")
    return DimseServer(store, ae_title=title, host=host, port=port, peers=_check_peers(peers),
                       ssl_context=ssl_context, duplicates=duplicates,
                       conflict_dir=Path(conflict_dir) if conflict_dir is not None else None,
                       access=access)
