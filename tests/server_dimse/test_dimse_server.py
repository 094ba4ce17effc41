"""start_dimse: arguments, ports, C-ECHO with DCMTK echoscu, association log."""

from __future__ import annotations

import logging
import socket

import pytest

from radview.errors import RadviewError, UsageError
from radview.server.dimse import start_dimse

from .conftest import run_tool


@pytest.mark.peer
def test_echoscu_and_association_log(dcmtk, server, caplog):
    caplog.set_level(logging.INFO, logger="radview.server.dimse")
    result = run_tool([dcmtk("echoscu"), "-aet", "ECHOSCU", "-aec", server.ae_title, "127.0.0.1", server.port])
    assert result.returncode == 0, result.stderr
    text = caplog.text
    assert "association accepted from ECHOSCU@127.0.0.1" in text
    assert "C-ECHO from ECHOSCU" in text
    assert "association released by ECHOSCU" in text


def test_port_zero_picks_a_free_port_and_busy_port_is_a_clear_error(store):
    with start_dimse(store, port=0) as first:
        assert first.port > 0
        with pytest.raises(RadviewError, match=f"cannot listen on 127.0.0.1:{first.port}"):
            start_dimse(store, port=first.port)
    # After shutdown the port is free again.
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", first.port))


@pytest.mark.parametrize("kwargs,message", [
    ({"ae_title": ""}, "not a valid AE title"),
    ({"ae_title": "A_TITLE_LONGER_THAN_16"}, "not a valid AE title"),
    ({"ae_title": "BACK\\SLASH"}, "not a valid AE title"),
    ({"port": 70000}, "out of range"),
    ({"port": "eleven"}, "must be a number"),
    ({"peers": {"PACS": ("127.0.0.1", 0)}}, "invalid address"),
    ({"peers": {"PACS": "127.0.0.1:104"}}, "must be \\(host, port\\)"),
])
def test_bad_arguments_are_usage_errors(store, kwargs, message):
    with pytest.raises(UsageError, match=message):
        start_dimse(store, **{"port": 0, **kwargs})
