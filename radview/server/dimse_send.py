"""C-STORE sub-operations that send stored originals byte-exact.

pynetdicom's C-GET / C-MOVE service classes send the datasets a handler yields
by re-encoding them with pydicom, which is not always byte-identical to the
file as received (group lengths, VR UN, odd padding...). The server promised to
return originals, so an association that sends them gets ``send_c_store``
replaced by :func:`install_original_sender`: an :class:`OriginalInstance` goes
out as the raw dataset bytes of the stored Part 10 file when the peer accepted
its exact transfer syntax; otherwise it is converted (pydicom decoding, and
decompression when the peer accepted only uncompressed syntaxes).
"""

from __future__ import annotations

import functools
import logging
import time
from io import BytesIO
from typing import Any, Callable

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import UID
from pynetdicom.dimse_primitives import C_STORE

from radview.dicom.part10 import read_file_meta
from radview.server.dimse_syntax import LOSSLESS_SYNTAXES

LOG = logging.getLogger("radview.server.dimse")

_SENDER_MARK = "_radview_original_sender"


class OriginalInstance(Dataset):
    """A placeholder dataset for pynetdicom's retrieve loop, carrying a stored Part 10.

    Holds only SOPClassUID / SOPInstanceUID (pynetdicom lists failed instances by
    them); ``part10`` is the file to send, ``error`` a reason it cannot be sent.
    """

    def __init__(self, sop_class_uid: str, sop_instance_uid: str, part10: bytes | None = None,
                 error: str = ""):
        super().__init__()
        self.SOPClassUID = sop_class_uid or "1.2.840.10008.5.1.4.1.1.7"
        self.SOPInstanceUID = sop_instance_uid
        # Plain attributes (not DICOM elements): set through object.__setattr__
        # so pydicom does not treat them as element keywords.
        object.__setattr__(self, "part10", part10)
        object.__setattr__(self, "error", error)


def split_part10(part10: bytes) -> tuple[FileMetaDataset, int]:
    """File meta information and the byte offset where the dataset starts
    (ValueError, via Part10Error, when the file header is malformed)."""
    return read_file_meta(part10)


def _failure(status: int) -> Dataset:
    ds = Dataset()
    ds.Status = status
    return ds


def install_original_sender(assoc: Any) -> None:
    """Makes ``assoc.send_c_store`` send OriginalInstance placeholders byte-exact."""
    if getattr(assoc, _SENDER_MARK, False):
        return
    standard: Callable[..., Dataset] = assoc.send_c_store
    assoc.send_c_store = functools.partial(_send_c_store, assoc, standard)
    setattr(assoc, _SENDER_MARK, True)


def _send_c_store(assoc: Any, standard: Callable[..., Dataset], dataset: Any, msg_id: int = 1,
                  priority: int = 2, originator_aet: str | None = None,
                  originator_id: int | None = None) -> Dataset:
    if not isinstance(dataset, OriginalInstance):
        return standard(dataset, msg_id=msg_id, priority=priority,
                        originator_aet=originator_aet, originator_id=originator_id)
    if dataset.error or dataset.part10 is None:
        LOG.warning("C-STORE sub-operation for %s not attempted: %s",
                    dataset.SOPInstanceUID, dataset.error)
        return _failure(0xA700 if "resources" in dataset.error else 0xC000)

    meta, offset = split_part10(dataset.part10)
    sop_class = UID(str(dataset.SOPClassUID))
    syntax = UID(str(meta.TransferSyntaxUID))
    try:
        context = assoc._get_valid_context(sop_class, syntax, "scu", allow_conversion=False)
    except ValueError:
        context = None
    if context is not None:
        return _send_raw(assoc, context, sop_class, UID(dataset.SOPInstanceUID),
                         dataset.part10[offset:], msg_id, priority, originator_aet, originator_id)

    return _send_converted(assoc, standard, dataset, sop_class, syntax, msg_id, priority,
                           originator_aet, originator_id)


def _send_converted(assoc: Any, standard: Callable[..., Dataset], dataset: OriginalInstance,
                    sop_class: UID, syntax: UID, msg_id: int, priority: int,
                    originator_aet: str | None, originator_id: int | None) -> Dataset:
    """The peer did not accept the original encoding: convert without further loss.

    Uncompressed if the peer accepted any uncompressed syntax (pynetdicom then
    converts between those); else a lossless compression the peer accepted.
    Never a lossy re-compression of an original.
    """
    accepted = [UID(cx.transfer_syntax[0]) for cx in assoc.accepted_contexts
                if cx.abstract_syntax == sop_class and cx.as_scu]
    if not accepted:
        LOG.warning("peer accepted no context for %s; %s not sent", sop_class.name,
                    dataset.SOPInstanceUID)
        return _failure(0xA900)
    decoded = pydicom.dcmread(BytesIO(dataset.part10))
    target = next((ts for ts in accepted if not ts.is_compressed), None)
    if target is None:
        target = next((ts for ts in accepted if ts in LOSSLESS_SYNTAXES), None)
    if target is None:
        LOG.warning("peer accepts %s only lossy-compressed; original %s (%s) not re-compressed",
                    sop_class.name, dataset.SOPInstanceUID, syntax.name)
        return _failure(0xA900)
    try:
        if syntax.is_compressed:
            decoded.decompress()
        if target.is_compressed:
            decoded.compress(target)
    except Exception as exc:
        LOG.warning("cannot convert %s from %s to %s: %s", dataset.SOPInstanceUID, syntax.name,
                    target.name, exc)
        return _failure(0xC000)
    LOG.info("sending %s converted from %s to %s (peer did not accept the original encoding)",
             dataset.SOPInstanceUID, syntax.name, target.name)
    return standard(decoded, msg_id=msg_id, priority=priority,
                    originator_aet=originator_aet, originator_id=originator_id)


def _send_raw(assoc: Any, context: Any, sop_class: UID, sop_instance: UID, raw: bytes,
              msg_id: int, priority: int, originator_aet: str | None,
              originator_id: int | None) -> Dataset:
    """One C-STORE request whose Data Set is the stored bytes, unchanged.

    Mirrors pynetdicom's own send_c_store after its encoding step: pause the
    association's reactor, send, wait for the response.
    """
    req = C_STORE()
    req.MessageID = msg_id
    req.Priority = priority
    req.MoveOriginatorApplicationEntityTitle = originator_aet
    req.MoveOriginatorMessageID = originator_id
    req.AffectedSOPClassUID = sop_class
    req.AffectedSOPInstanceUID = sop_instance
    req.DataSet = BytesIO(raw)

    assoc._reactor_checkpoint.clear()
    try:
        while not assoc._is_paused:
            time.sleep(0.0001)
        assoc.dimse.send_msg(req, context.context_id)
        _cx_id, rsp = assoc.dimse.get_msg(block=True)
    finally:
        assoc._reactor_checkpoint.set()
    if rsp is None:
        assoc._handle_no_response()
        return Dataset()
    return assoc._check_received_status(rsp)
