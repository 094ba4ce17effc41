"""Delta upload client: de-identify, fit, score, delta or instance, send, collect results.

One HTTP request per instance (``POST /api/delta/instances``), so progress is
per instance and a cut connection costs one instance: each request is retried
with back-off, and a new run first asks whether the server already holds the
(de-identified, deterministic) SOP Instance UID and skips what it has.
"""

from __future__ import annotations

import io
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable

import httpx
import numpy as np

from radview.delta import lossless
from radview.delta import package as pkg
from radview.delta.images import NotApplicable, fit_key, stored_pixels
from radview.delta.standard_set import StandardSet, StandardSetError
from radview.errors import RadviewError
from radview.net.deid import Deidentifier, HeldBack

DEFAULT_THRESHOLD = 0.5
RETRIES = 5


class DeltaUploadError(RadviewError):
    """The server refused an upload (its message) or could not be reached."""


@dataclass
class Outcome:
    file: str
    sop_instance_uid: str | None = None
    sent: bool = False
    reason: str = ""
    score: float | None = None
    standard_index: int | None = None
    delta_bytes: int | None = None
    lossless_bytes: int | None = None
    results: list = field(default_factory=list, repr=False)
    alerts: list = field(default_factory=list, repr=False)

    def row(self) -> dict:
        d = asdict(self)
        d.pop("results"), d.pop("alerts")
        return d


@dataclass
class Prepared:
    outcome: Outcome
    package: bytes | None = None
    pseudo_sop: str | None = None


def prepare(label: str, data: bytes, *, deid: Deidentifier, std: StandardSet,
            threshold: float = DEFAULT_THRESHOLD, confirm_burned_in: bool = False) -> Prepared:
    """Everything up to the bytes that would leave: decided locally, nothing sent."""
    import pydicom

    out = Outcome(label)
    try:
        ds = pydicom.dcmread(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any parse failure is "not DICOM"
        out.reason = f"not a readable DICOM file: {exc}"
        return Prepared(out)
    out.sop_instance_uid = str(ds.get("SOPInstanceUID", "")) or None
    try:
        pixels = stored_pixels(ds)
        clean = deid.deidentify(ds, confirm_burned_in=confirm_burned_in)
    except (NotApplicable, HeldBack) as exc:
        out.reason = str(exc) if isinstance(exc, HeldBack) else f"not sent: {exc}"
        return Prepared(out)
    key = fit_key(clean, pixels)
    if not std.candidates(key):
        out.reason = (f"not sent: no standard image fits {key.describe()} in "
                      f"{std.describe()}")
        return Prepared(out)
    score, best = std.best(pixels, key)
    out.score = round(score, 4)
    if score < threshold:
        out.reason = (f"not sent: similarity {score:.3f} to the closest standard image "
                      f"({best.index}) is below the threshold {threshold}")
        return Prepared(out)
    out.standard_index = best.index
    bits = int(ds.get("BitsStored", 0) or 0) or None
    whole = lossless.encode(pixels, bits)
    delta = lossless.encode(pkg.delta_of(pixels, best.pixels))
    out.delta_bytes, out.lossless_bytes = len(delta), len(whole)
    del clean.PixelData
    buf = io.BytesIO()
    clean.save_as(buf, enforce_file_format=True)
    if len(delta) < len(whole):
        package = pkg.make(std, buf.getvalue(), pixels, mode="delta",
                           standard_index=best.index, payload=delta)
        out.reason = "delta"
    else:
        package = pkg.make(std, buf.getvalue(), pixels, mode="instance",
                           standard_index=best.index, payload=whole)
        out.reason = "instance (lossless): the delta was not smaller"
    return Prepared(out, package.to_bytes(), str(clean.SOPInstanceUID))


class DeltaClient:
    def __init__(self, server: str, *, token: str | None = None, timeout: float = 60.0,
                 retries: int = RETRIES, backoff: float = 0.5, verify=True):
        """``verify``: True, or an ssl.SSLContext from radview_client.tls_verify (a
        private CA; a client certificate for mutual TLS)."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=server.rstrip("/"), headers=headers, timeout=timeout,
                                  verify=verify)
        self.retries, self.backoff = retries, backoff
        self.bytes_sent = 0

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, url: str, *, retries: int | None = None,
              **kw) -> httpx.Response:
        retries = self.retries if retries is None else retries
        for attempt in range(retries + 1):
            try:
                return self._http.request(method, url, **kw)
            except httpx.TransportError as exc:
                if "SSL" in str(exc):  # a refused TLS handshake stays refused: no retry
                    raise DeltaUploadError(f"server {self._http.base_url} unreachable: the "
                                           f"TLS handshake failed: {exc}") from None
                if attempt == retries:
                    raise DeltaUploadError(f"server {self._http.base_url} unreachable after "
                                           f"{attempt + 1} attempts: {exc}") from None
                time.sleep(self.backoff * (2 ** attempt))
        raise AssertionError("unreachable")

    @staticmethod
    def _answer(resp: httpx.Response) -> dict:
        try:
            body = resp.json()
        except ValueError:
            body = {"error": resp.text[:300]}
        if resp.status_code >= 400:
            raise DeltaUploadError(f"server refused ({resp.status_code}): "
                                   f"{body.get('error', body)}")
        return body

    def standard_set(self) -> dict:
        # first contact: a wrong URL is said at once; retries are for cuts mid-upload
        return self._answer(self._call("GET", "/api/delta/standard-set", retries=1))

    def held(self, pseudo_sop: str) -> dict | None:
        resp = self._call("GET", f"/api/delta/instances/{pseudo_sop}")
        return None if resp.status_code == 404 else self._answer(resp)

    def send(self, data: bytes) -> dict:
        self.bytes_sent += len(data)
        return self._answer(self._call(
            "POST", "/api/delta/instances", content=data,
            headers={"Content-Type": "application/x-radview-delta"}))


def check_versions(client: DeltaClient, std: StandardSet) -> None:
    theirs = client.standard_set()
    if (theirs.get("set_id"), theirs.get("version")) != (std.set_id, std.version):
        raise StandardSetError(
            f"this workstation holds standard set {std.describe()}, the server holds "
            f"{theirs.get('set_id')} version {theirs.get('version')}: nothing was sent")


def upload(items: Iterable[tuple[str, Callable[[], bytes]]], *, client: DeltaClient,
           std: StandardSet, deid: Deidentifier, threshold: float = DEFAULT_THRESHOLD,
           confirm_burned_in: bool = False,
           progress: Callable[[int, int, Outcome], None] = lambda i, n, o: None) -> dict:
    """Uploads every item (label, reader); one outcome row per item, in order."""
    items = list(items)
    check_versions(client, std)
    rows, results, alerts = [], [], []
    for i, (label, read) in enumerate(items, 1):
        try:
            data = read()
        except OSError as exc:
            prep = Prepared(Outcome(label, reason=f"cannot read: {exc}"))
        else:
            prep = prepare(label, data, deid=deid, std=std, threshold=threshold,
                           confirm_burned_in=confirm_burned_in)
        out = prep.outcome
        if prep.package is not None:
            answer = client.held(prep.pseudo_sop)
            if answer is not None:
                out.reason += " (already on the server: not sent again)"
            else:
                try:
                    answer = client.send(prep.package)
                except DeltaUploadError as exc:
                    out.reason = str(exc)
                    answer = None
            if answer is not None:
                out.sent = True
                out.results = answer.get("results", [])
                out.alerts = answer.get("alerts", [])
        results += out.results
        alerts += out.alerts
        rows.append(out.row())
        progress(i, len(items), out)
    return {"instances": rows, "results": results, "alerts": alerts,
            "standard_set": {"set_id": std.set_id, "version": std.version},
            "bytes_sent": client.bytes_sent}
