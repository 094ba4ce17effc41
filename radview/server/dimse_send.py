"""C-STORE sub-operations that send stored originals byte-exact.

pynetdicom's C-GET / C-MOVE service classes send the datasets a handler yields
by re-encoding them with pydicom, which is not always byte-identical to the
file as received (group lengths, VR UN, odd padding...). The server promised to
return originals, so an association that sends them gets ``send_c_store``
replaced by :func:`install_original_sender`: an :class:`OriginalInstance` goes
out as the raw dataset bytes of the stored Part 10 file when the peer accepted
its exact transfer syntax; otherwise it is converted without further loss
(:func:`choose_encoding`). :func:`move_contexts` proposes, for a C-MOVE, a
context per stored syntax so that conversion is rarely needed.
"""

from __future__ import annotations

import copy
import functools
import logging
import time
from io import BytesIO
from typing import Any, Callable

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import UID, ExplicitVRLittleEndian, ImplicitVRLittleEndian
from pynetdicom import build_context
from pynetdicom.dimse_primitives import C_STORE
from pynetdicom.sop_class import Verification

from radview.dicom.part10 import read_file_meta
from radview.server.dimse_syntax import LOSSLESS_SYNTAXES

LOG = logging.getLogger("radview.server.dimse")

_SENDER_MARK = "_radview_original_sender"
# A move destination association may propose at most 128 presentation contexts.
MAX_PROPOSED_CONTEXTS = 128


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
    try:
        context, raw = choose_encoding(assoc, dataset)
    except SendError as exc:
        LOG.warning("C-STORE sub-operation for %s not attempted: %s", dataset.SOPInstanceUID, exc)
        return _failure(exc.status)
    return _send_raw(assoc, context, UID(str(dataset.SOPClassUID)), UID(dataset.SOPInstanceUID),
                     raw, msg_id, priority, originator_aet, originator_id)


class SendError(Exception):
    """An original cannot be sent in any transfer syntax the peer accepted."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def _accepted(assoc: Any, sop_class: UID) -> list[Any]:
    """Contexts in which we may send ``sop_class`` (we are the Storage SCU on them)."""
    return [cx for cx in assoc.accepted_contexts
            if cx.abstract_syntax == sop_class and cx.as_scu]


def choose_encoding(assoc: Any, dataset: OriginalInstance) -> tuple[Any, bytes]:
    """The context to send an original in and the dataset bytes for it.

    1. the stored bytes, in a context with the stored transfer syntax;
    2. an object without pixel data stored Explicit VR Little Endian: the stored
       bytes in any encapsulated (compressed) context: those syntaxes encode every
       element but Pixel Data exactly so, nothing is converted;
    3. a conversion with no further loss: to an uncompressed syntax (decompressing
       if needed), else, for images, to a lossless compression. Never lossy.
    """
    part10 = dataset.part10
    meta, offset = split_part10(part10)
    sop_class = UID(str(dataset.SOPClassUID))
    stored = UID(str(meta.TransferSyntaxUID))
    contexts = _accepted(assoc, sop_class)
    if not contexts:
        raise SendError(f"the peer accepted no presentation context for {sop_class.name}", 0xA900)
    for cx in contexts:
        if cx.transfer_syntax[0] == stored:
            return cx, part10[offset:]
    decoded = pydicom.dcmread(BytesIO(part10))
    has_pixels = any(k in decoded for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData"))
    if not has_pixels and stored == ExplicitVRLittleEndian:
        for cx in contexts:
            if UID(cx.transfer_syntax[0]).is_encapsulated:
                return cx, part10[offset:]
    plain = [cx for cx in contexts if not UID(cx.transfer_syntax[0]).is_compressed]
    plain.sort(key=lambda cx: UID(cx.transfer_syntax[0]) != ExplicitVRLittleEndian)
    if not has_pixels:
        # Only the element encoding changes; to a compressed syntax it is Explicit VR LE.
        plain += [cx for cx in contexts if UID(cx.transfer_syntax[0]).is_encapsulated]
    else:
        plain += [cx for cx in contexts if cx.transfer_syntax[0] in LOSSLESS_SYNTAXES]
    errors = []
    for cx in plain:
        target = UID(cx.transfer_syntax[0])
        try:
            raw = _convert(decoded, stored, target, has_pixels)
        except Exception as exc:  # noqa: BLE001 - a codec cannot do it: try the next context
            errors.append(f"{target.name}: {exc}")
            continue
        LOG.info("sending %s converted from %s to %s (the peer did not accept the stored "
                 "encoding)", dataset.SOPInstanceUID, stored.name, target.name)
        return cx, raw
    if errors:
        raise SendError(f"cannot convert from {stored.name}: " + "; ".join(errors), 0xC000)
    raise SendError(f"the peer accepts {sop_class.name} only lossy-compressed; the original "
                    f"({stored.name}) is not re-compressed lossy", 0xA900)


def _convert(decoded: Dataset, stored: UID, target: UID, has_pixels: bool) -> bytes:
    ds = copy.deepcopy(decoded)
    if has_pixels and stored.is_compressed:
        ds.decompress()
    if has_pixels and target.is_compressed:
        ds.compress(target)
        encode_as = target
    else:
        encode_as = target if not target.is_encapsulated else ExplicitVRLittleEndian
    ds.file_meta.TransferSyntaxUID = encode_as
    buf = BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    data = buf.getvalue()
    return data[split_part10(data)[1]:]


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



def move_contexts(pairs: list[tuple[str, str]]) -> list[Any]:
    """C-MOVE contexts for (SOP class, stored syntax) pairs: each stored syntax alone,
    then Explicit and Implicit VR Little Endian apart (the destination picks per
    context, so a context with both would let it choose for us)."""
    wanted: dict[tuple[str, str], None] = {}
    for sop_class in dict.fromkeys(c for c, _ in pairs if c):
        for syntax in [s for c, s in pairs if c == sop_class and s] + [
                ExplicitVRLittleEndian, ImplicitVRLittleEndian]:
            wanted[(sop_class, str(syntax))] = None
    contexts = [build_context(c, [s]) for c, s in wanted]
    if len(contexts) > MAX_PROPOSED_CONTEXTS:
        LOG.warning("C-MOVE needs %d presentation contexts; proposing the first %d",
                    len(contexts), MAX_PROPOSED_CONTEXTS)
        contexts = contexts[:MAX_PROPOSED_CONTEXTS]
    return contexts or [build_context(Verification)]
