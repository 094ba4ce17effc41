"""Link-rate measurement (Qt-free): round-trip time by small requests, throughput from
real transfers. The home profile picks its version from the measured rate.

Passive measurement is preferred: every bundle the workstation fetches anyway is a
sample (bytes, seconds); only transfers big enough to fill the link count, and the
round-trip time is taken off each sample so short transfers do not look slow.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import deque
from dataclasses import dataclass

import httpx

from radview.errors import RadviewError, UsageError

MIN_SAMPLE_BYTES = 32 * 1024
# A body that arrived whole in one read took less than we can time: at most this long.
MIN_BODY_SECONDS = 1e-4


@dataclass(frozen=True)
class LinkEstimate:
    rtt_s: float | None
    rate_bps: float | None
    samples: int

    def describe(self) -> str:
        rtt = f"{self.rtt_s * 1000:.0f} ms" if self.rtt_s is not None else "?"
        rate = f"{self.rate_bps / 1e6:.1f} Mbit/s" if self.rate_bps else "not measured"
        return f"link {rate}, RTT {rtt} ({self.samples} sample(s))"


class LinkMeter:
    """Thread-safe running estimate from the last ``window`` transfers."""

    def __init__(self, window: int = 8):
        self._lock = threading.Lock()
        self._rtts: deque[float] = deque(maxlen=window)
        # (bytes, seconds, whether the seconds include a round trip)
        self._transfers: deque[tuple[int, float, bool]] = deque(maxlen=window)

    def add_rtt(self, seconds: float) -> None:
        if seconds < 0:
            raise UsageError("a round-trip time cannot be negative")
        with self._lock:
            self._rtts.append(seconds)

    def add_transfer(self, nbytes: int, seconds: float) -> None:
        """One response: ``seconds`` from request sent to last byte received."""
        if nbytes < 0 or seconds < 0:
            raise UsageError("bytes and seconds of a transfer cannot be negative")
        if nbytes >= MIN_SAMPLE_BYTES and seconds > 0:
            with self._lock:
                self._transfers.append((nbytes, seconds, True))

    def add_body(self, nbytes: int, waited_seconds: float) -> None:
        """One response body: ``waited_seconds`` spent waiting for its bytes after the
        response headers (no round trip, no server think time before the answer, no
        time the receiver spent on what it had already got)."""
        if nbytes < 0 or waited_seconds < 0:
            raise UsageError("bytes and seconds of a transfer cannot be negative")
        if nbytes >= MIN_SAMPLE_BYTES:
            with self._lock:
                self._transfers.append((nbytes, max(waited_seconds, MIN_BODY_SECONDS), False))

    def estimate(self) -> LinkEstimate:
        with self._lock:
            rtt = statistics.median(self._rtts) if self._rtts else None
            transfers = list(self._transfers)
        if not transfers:
            return LinkEstimate(rtt, None, 0)
        total = sum(b for b, _, _ in transfers)
        busy = sum(max(s - (rtt or 0.0), s * 0.1) if with_rtt else s
                   for _, s, with_rtt in transfers)
        return LinkEstimate(rtt, total * 8 / busy, len(transfers))


def probe_rtt(url: str, *, count: int = 3, client: httpx.Client | None = None) -> float:
    """Median time of ``count`` small GETs to ``url`` (e.g. the server's /api/health)."""
    own = client is None
    client = client or httpx.Client(timeout=10)
    times = []
    try:
        for _ in range(count):
            t0 = time.perf_counter()
            try:
                client.get(url).raise_for_status()
            except httpx.HTTPError as exc:
                raise RadviewError(f"cannot measure the link to {url}: {exc}") from exc
            times.append(time.perf_counter() - t0)
    finally:
        if own:
            client.close()
    return statistics.median(times)


def measure(rtt_url: str, download_url: str, *, client: httpx.Client | None = None
            ) -> LinkEstimate:
    """Active measurement: RTT from ``rtt_url``, rate from downloading ``download_url``."""
    meter = LinkMeter()
    own = client is None
    client = client or httpx.Client(timeout=120)
    try:
        meter.add_rtt(probe_rtt(rtt_url, client=client))
        t0 = time.perf_counter()
        try:
            response = client.get(download_url)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise RadviewError(f"cannot measure the link to {download_url}: {exc}") from exc
        meter.add_transfer(len(response.content), time.perf_counter() - t0)
    finally:
        if own:
            client.close()
    return meter.estimate()
