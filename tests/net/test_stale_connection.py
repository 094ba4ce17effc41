"""A GET that meets a kept-alive connection the server already closed is sent once more."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from radview.errors import RadviewError
from radview.net.radview_client import RadviewClient


def _flaky(answer, failures=1):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) <= failures:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return answer(request)

    return handler, calls


def test_get_is_retried_once_on_a_stale_connection():
    handler, calls = _flaky(lambda r: httpx.Response(200, json={"status": "ok"}))
    client = RadviewClient("http://srv", transport=httpx.MockTransport(handler))
    assert client.health() == {"status": "ok"} and calls == ["GET", "GET"]


def test_a_second_failure_is_a_clear_error_and_post_is_never_resent():
    handler, calls = _flaky(lambda r: httpx.Response(200, json={}), failures=2)
    client = RadviewClient("http://srv", transport=httpx.MockTransport(handler))
    with pytest.raises(RadviewError, match="cannot reach the server"):
        client.health()
    handler, calls = _flaky(lambda r: httpx.Response(200, json={}))
    client = RadviewClient("http://srv", transport=httpx.MockTransport(handler))
    with pytest.raises(RadviewError):
        client._request("POST", "/dicomweb/studies", content=b"x")
    assert calls == ["POST"]


def test_bundle_stream_is_retried_once(tmp_path):
    from radview.net.sources import RadviewSource
    from radview.net.cache import Cache

    empty = b"--b--\r\n"  # a bundle with no parts
    handler, calls = _flaky(lambda r: httpx.Response(
        200, content=empty, headers={"content-type": "multipart/mixed; boundary=b"}))
    client = RadviewClient("http://srv", transport=httpx.MockTransport(handler))
    conn = SimpleNamespace(name="srv", url="http://srv", user="", role="")
    src = RadviewSource(Cache(tmp_path / "c"), conn, client=client)
    n = src._bundle("series", "1.2", SimpleNamespace(version="V2"), {"max_dimension": 64},
                    [], {}, lambda u: None, None)
    assert n == 0 and calls == ["GET", "GET"]
