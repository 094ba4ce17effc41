"""cfind_latency (used by `radview bench server`): counts and shape, not speed."""

from __future__ import annotations

import pytest

from radview.errors import RadviewError
from radview.server.dimse_bench import cfind_latency

from .conftest import free_port
from .data import two_patients


def test_cfind_latency_reports_matches_and_times(server, store):
    two_patients(store)
    result = cfind_latency("127.0.0.1", server.port, repeats=2)
    assert result["all studies"]["matches"] == 3
    assert result["unknown study uid"]["matches"] == 0
    assert result["date range"]["matches"] == 0
    custom = cfind_latency("127.0.0.1", server.port, [("doe", "STUDY", {"PatientName": "DOE*"})], repeats=3)
    assert custom["doe"]["matches"] == 2 and custom["doe"]["runs"] == 3
    assert 0 < custom["doe"]["min_ms"] <= custom["doe"]["median_ms"] <= custom["doe"]["max_ms"]


def test_cfind_latency_refusal_and_no_server_are_errors(server):
    with pytest.raises(RadviewError, match="failed with status 0xA900"):
        cfind_latency("127.0.0.1", server.port, [("bad", "PATIENT", {"PatientID": ""})], repeats=1)
    with pytest.raises(RadviewError, match="no DICOM association"):
        cfind_latency("127.0.0.1", free_port(), repeats=1)
