"""Non-DICOM bytes on the DICOM port (an HTTP request, a port scanner) give one log line.

pynetdicom logs every unknown PDU type it reads (an HTTP request gives one error per
line of it) and a traceback for a PDU it cannot decode. This filter on its
``pynetdicom.dul`` logger turns the first such record of a connection into one
warning naming the peer, and drops the rest of that connection's reports.
"""

from __future__ import annotations

import logging
import threading

_FIRST = ("Unknown PDU type received", "Unable to decode the received PDU",
          "Connection closed before the entire PDU", "The received PDU is shorter")
_MARK = "_radview_wire_reported"


def _peer(thread: threading.Thread) -> str:
    try:  # the DUL thread of the association holds its socket
        host, port = thread.socket.socket.getpeername()[:2]  # type: ignore[attr-defined]
        return f"{host}:{port}"
    except Exception:  # noqa: BLE001 - the address is a nicety; never fail a log record
        return "a peer"


class WireNoiseFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        thread = threading.current_thread()
        message = record.getMessage()
        if message.startswith(_FIRST):
            if getattr(thread, _MARK, False):
                return False
            setattr(thread, _MARK, True)
            record.msg = ("non-DICOM or malformed data on the DICOM port from %s (%s); "
                          "connection closed")
            record.args = (_peer(thread), message)
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = record.exc_text = None
            return True
        # the traceback that pynetdicom logs right after the first report
        return not (record.exc_info and getattr(thread, _MARK, False))


_FILTER = WireNoiseFilter()


def install() -> None:
    """Idempotent: adds the filter to pynetdicom's transport logger once."""
    logger = logging.getLogger("pynetdicom.dul")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
