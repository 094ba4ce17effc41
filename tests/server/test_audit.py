"""The audit trail on its own: PS3.15 fields, filters, RFC 5424 syslog forwarding."""

from __future__ import annotations

import json
import re
import socket

import pytest

from radview.errors import UsageError
from radview.server.audit import AuditLog, read_records

RFC5424 = re.compile(rb"^<(\d+)>1 (\S+) (\S+) radview (\d+) (\d+) \[radview@32473 [^\]]*\] "
                     rb"\xef\xbb\xbf(.*)$", re.S)


def test_records_carry_the_audit_message_fields_and_filter(tmp_path):
    log = AuditLog(tmp_path)
    log.record("instances_accessed", "R", 4, event_type="read refused", user="ref",
               role="referrer", address="10.0.0.9", study_uid="1.2.3", patient_id="P1",
               detail="GET /x -> 403")
    log.record("query", "E", 0, user="rad", role="radiologist")
    assert (tmp_path / "audit.jsonl").stat().st_mode & 0o777 == 0o600
    first, second = read_records(tmp_path)
    assert first["event_id"] == {"code": "110103", "scheme": "DCM",
                                 "meaning": "DICOM Instances Accessed"}
    assert {k: first[k] for k in ("action", "outcome", "user", "role", "address", "study_uid",
                                  "patient_id")} == {
        "action": "R", "outcome": 4, "user": "ref", "role": "referrer",
        "address": "10.0.0.9", "study_uid": "1.2.3", "patient_id": "P1"}
    assert [r["user"] for r in read_records(tmp_path, user="rad")] == ["rad"]
    assert [r["user"] for r in read_records(tmp_path, study="1.2.3")] == ["ref"]
    assert list(read_records(tmp_path, since="2999-01-01T00:00")) == []
    with pytest.raises(UsageError, match="--since"):
        list(read_records(tmp_path, since="last week"))
    with pytest.raises(ValueError):
        log.record("query", "X", 0)


def test_syslog_forwarding_over_udp_and_tcp(tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.bind(("127.0.0.1", 0))
        udp.settimeout(5)
        log = AuditLog(tmp_path / "u", syslog=f"udp://127.0.0.1:{udp.getsockname()[1]}")
        (tmp_path / "u").mkdir()
        rec = log.record("user_authentication", "E", 4, event_type="login failure",
                         address="10.1.1.1", detail='unknown token "quoted"')
        data = udp.recv(65536)
    m = RFC5424.match(data)
    assert m, data
    assert int(m.group(1)) == 10 * 8 + 4  # authpriv.warning: a failure
    assert m.group(5) == b"110114" and json.loads(m.group(6)) == rec
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        (tmp_path / "t").mkdir()
        log = AuditLog(tmp_path / "t", syslog=f"tcp://127.0.0.1:{server.getsockname()[1]}")
        log.record("query", "E", 0, user="rad")
        conn, _ = server.accept()
        conn.settimeout(5)
        with conn:
            framed = conn.recv(65536)
    length, _, message = framed.partition(b" ")
    assert int(length) == len(message) and RFC5424.match(message).group(1) == b"85"


def test_an_unreachable_collector_costs_a_warning_not_the_record(tmp_path, caplog):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    log = AuditLog(tmp_path, syslog=f"tcp://127.0.0.1:{port}")
    log.record("query", "E", 0, user="rad")
    assert [r["user"] for r in read_records(tmp_path)] == ["rad"]
    assert "not reachable" in caplog.text
