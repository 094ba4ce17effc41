"""The bench's simulated link forwards bytes unchanged, counts them, and is never faster
than its rate; the link meter measures a rate through it no higher than the link's."""

from __future__ import annotations

import http.server
import os
import threading
import time

import httpx
import pytest

from radview.bench.open import LinkProxy
from radview.net.link import measure

BODY = os.urandom(200_000)


@pytest.fixture(scope="module")
def origin():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            body = BODY if self.path == "/big" else b"ok"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_proxy_forwards_exact_bytes_no_faster_than_the_link(origin):
    proxy = LinkProxy(origin, rate_bps=4e6, rtt_s=0.05)
    try:
        t0 = time.perf_counter()
        body = httpx.get(f"http://127.0.0.1:{proxy.port}/big", timeout=30).content
        elapsed = time.perf_counter() - t0
        assert body == BODY
        assert proxy.bytes_down >= len(BODY)
        assert elapsed >= len(BODY) * 8 / 4e6 + 0.05 * 0.9  # serialisation + one RTT at least
        estimate = measure(f"http://127.0.0.1:{proxy.port}/small",
                           f"http://127.0.0.1:{proxy.port}/big")
        assert estimate.rtt_s >= 0.045
        assert 0.3e6 < estimate.rate_bps <= 4e6 * 1.1
    finally:
        proxy.close()


def test_proxy_refuses_a_nonsense_link():
    with pytest.raises(ValueError):
        LinkProxy(1, rate_bps=0, rtt_s=0.1)


def test_bytes_are_counted_as_the_link_delivers_them(origin):
    proxy = LinkProxy(origin, rate_bps=1e6, rtt_s=0.01)  # 200 kB take 1.6 s
    try:
        with httpx.stream("GET", f"http://127.0.0.1:{proxy.port}/big", timeout=30) as r:
            chunks = r.iter_raw()
            first = next(chunks)
            assert first and proxy.bytes_down < len(BODY) / 2  # not all read ahead
            rest = b"".join(chunks)
        assert first + rest == BODY and proxy.bytes_down >= len(BODY)
    finally:
        proxy.close()
