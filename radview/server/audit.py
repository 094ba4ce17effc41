"""The audit trail: one JSON line per access, refusal, login failure, change and store.

Each record carries the fields of a DICOM PS3.15 A.5 audit message (after the
IHE ATNA profile, as dcm4chee-arc writes them): the event (ID code and meaning,
type, action code C/R/U/D/E), the outcome (0 success, 4 minor failure - a
refusal, 8 serious failure), the active participant (user, role, AE title,
network address) and the participant objects (study UID, patient ID), with the
time in UTC. Records go to DATA/audit.jsonl and, when configured, as RFC 5424
syslog messages to a collector. Tokens never appear in a record.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from radview.errors import UsageError

log = logging.getLogger("radview.server.audit")

# PS3.16 CID 400 (audit event ID) codes, DCM scheme
EVENTS = {
    "application": ("110100", "Application Activity"),
    "audit_log_used": ("110101", "Audit Log Used"),
    "instances_accessed": ("110103", "DICOM Instances Accessed"),
    "instances_transferred": ("110104", "DICOM Instances Transferred"),
    "query": ("110112", "Query"),
    "security_alert": ("110113", "Security Alert"),
    "user_authentication": ("110114", "User Authentication"),
}
SUCCESS, MINOR_FAILURE, SERIOUS_FAILURE = 0, 4, 8
ACTIONS = ("C", "R", "U", "D", "E")


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class AuditLog:
    """Appends records to ``DATA/audit.jsonl``; optional syslog forwarding."""

    def __init__(self, data_dir: str | Path, *, syslog: str | None = None,
                 source: str = "radview"):
        self.path = Path(data_dir) / "audit.jsonl"
        self.source = source
        self._lock = threading.Lock()
        self._syslog = _SyslogSender(syslog) if syslog else None

    def record(self, event: str, action: str, outcome: int, *, event_type: str = "",
               user: str = "", role: str = "", ae_title: str = "", address: str = "",
               study_uid: str = "", patient_id: str = "", detail: str = "") -> dict[str, Any]:
        code, meaning = EVENTS[event]
        if action not in ACTIONS:
            raise ValueError(f"audit action must be one of {ACTIONS}")
        rec = {"time": utc_now(),
               "event_id": {"code": code, "scheme": "DCM", "meaning": meaning},
               "event_type": event_type, "action": action, "outcome": outcome,
               "user": user, "role": role, "ae_title": ae_title, "address": address,
               "study_uid": study_uid, "patient_id": patient_id,
               "source": self.source, "detail": detail[:500]}
        line = json.dumps(rec, separators=(",", ":"))
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a") as f:
                f.write(line + "\n")
        if self._syslog is not None:
            self._syslog.send(rec, line)
        return rec


def read_records(data_dir: str | Path, *, user: str | None = None, study: str | None = None,
                 since: str | None = None) -> Iterator[dict[str, Any]]:
    """Records of DATA/audit.jsonl, filtered; ``since`` is an ISO date or date-time (UTC)."""
    path = Path(data_dir) / "audit.jsonl"
    floor = _since(since) if since else None
    if not path.is_file():
        return
    with open(path) as f:
        for number, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                log.warning("%s line %d is not JSON; skipped", path, number)
                continue
            if user and rec.get("user") != user:
                continue
            if study and rec.get("study_uid") != study:
                continue
            if floor and rec.get("time", "") < floor:
                continue
            yield rec


def _since(text: str) -> str:
    for fmt in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return time.strftime("%Y-%m-%dT%H:%M:%S", time.strptime(text, fmt))
        except ValueError:
            continue
    raise UsageError(f"--since {text!r}: use a UTC date or date-time like 2026-12-06 or "
                     "2026-12-06T07:30:00")


class _SyslogSender:
    """RFC 5424 messages (facility 10, authpriv) over UDP, or TCP with octet counting
    (RFC 6587); a collector that is down costs a warning, never the request."""

    def __init__(self, url: str):
        proto, _, rest = url.partition("://")
        host, _, port = rest.rpartition(":")
        self.proto, self.address = proto, (host, int(port))
        self.hostname = socket.gethostname()[:255] or "-"
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    def message(self, rec: dict[str, Any], line: str) -> bytes:
        severity = 5 if rec["outcome"] == SUCCESS else 4  # notice / warning
        pri = 10 * 8 + severity
        msgid = rec["event_id"]["code"]
        sd = ('[radview@32473 user="{}" outcome="{}" action="{}"]'
              .format(*(_sd_escape(str(rec[k])) for k in ("user", "outcome", "action"))))
        return (f"<{pri}>1 {rec['time']} {self.hostname} radview {os.getpid()} {msgid} {sd} "
                ).encode("utf-8") + b"\xef\xbb\xbf" + line.encode("utf-8")

    def send(self, rec: dict[str, Any], line: str) -> None:
        data = self.message(rec, line)
        try:
            with self._lock:
                if self.proto == "udp":
                    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                        s.sendto(data, self.address)
                else:
                    if self._sock is None:
                        self._sock = socket.create_connection(self.address, timeout=2)
                    self._sock.sendall(str(len(data)).encode() + b" " + data)
        except OSError as exc:
            self._sock = None
            log.warning("audit syslog %s:%d not reachable: %s", *self.address, exc)


def _sd_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")
