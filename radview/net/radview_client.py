"""Client of the radview image server's HTTP API (docs/server-api.md).

Qt-free and synchronous (httpx). Every server refusal becomes a RadviewError
subclass whose message is the server's; a 403 carries ``allowed_versions``, a
401 is an AuthError. The client sends a bearer token (``token=``, else the
RADVIEW_TOKEN environment variable) and, for https:// servers with a private
CA, verifies against ``ca_cert`` (and presents ``client_cert`` for mutual TLS).
"""

from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable
from urllib.parse import quote

import httpx

from radview.dicom.multipart import dicom_body
from radview.gcpause import paused_gc
from radview.errors import RadviewError
from radview.net.http_owner import HttpOwner



IDEMPOTENT = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")  # safe to send again

class ServerError(RadviewError):
    """The server answered with an error status (message = the server's)."""

    def __init__(self, status: int, message: str, body: dict[str, Any] | None = None):
        super().__init__(message)
        self.status = status
        self.body = body or {}


class NotAllowedError(ServerError):
    """403: the study's diagnostic status / the role does not allow this version."""

    @property
    def allowed_versions(self) -> list[str]:
        return list(self.body.get("allowed_versions", []))


class AuthError(ServerError):
    """401: no token, or the server does not accept it."""


class NotReadyError(ServerError):
    """503: the version is still being built."""


@dataclass
class FrameData:
    frame: int
    level: int
    levels: int
    data: bytes  # container prefix holding levels 0..level (or the range asked)


@dataclass
class InstanceFetch:
    sop_instance_uid: str
    series_instance_uid: str
    rows: int
    columns: int
    version: str
    quality: int
    lossless: bool
    state: str
    frames: list[FrameData] = field(default_factory=list)
    original: bytes | None = None  # V1 at full resolution: the Part 10 file itself
    lossy: dict[str, str] | None = None
    bytes_received: int = 0


@dataclass
class GroupFetch:
    manifest: dict[str, Any]
    instances: list[InstanceFetch]

    @property
    def bytes_received(self) -> int:
        return sum(i.bytes_received for i in self.instances)


class RadviewClient(HttpOwner):
    def __init__(self, base_url: str, *, token: str | None = None, ca_cert: str | None = None,
                 client_cert: str | None = None, client_key: str | None = None,
                 timeout: float = 60.0, transport: httpx.BaseTransport | None = None,
                 place: str | None = None, group: str | None = None,
                 link_kbps: float | None = None, memory_mb: float | None = None,
                 cpu_cores: int | None = None):
        """place/group/link_kbps/memory_mb/cpu_cores feed the server's version policy
        (asked with ``version="auto"``)."""
        if not base_url.startswith(("http://", "https://")):
            raise RadviewError(f"server URL must start with http:// or https://, got {base_url!r}")
        headers = auth_headers(token)
        for name, value in (("Place", place), ("Group", group), ("Link-Kbps", link_kbps),
                            ("Memory-MB", memory_mb), ("CPU-Cores", cpu_cores)):
            if value is not None and value != "":
                headers[f"X-Radview-{name}"] = str(value)
        self.base_url = base_url.rstrip("/")
        kw: dict[str, Any] = {"transport": transport} if transport else {}
        self.http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout,
                                 verify=tls_verify(ca_cert, client_cert, client_key), **kw)

    # -- plumbing -------------------------------------------------------------
    def _request(self, method: str, url: str, **kw) -> httpx.Response:
        try:
            try:
                r = self.http.request(method, url, **kw)
            except httpx.RemoteProtocolError:
                if method not in IDEMPOTENT:
                    raise
                # a kept-alive connection the server had already closed: once more, on a new one
                r = self.http.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise RadviewError(f"cannot reach the server at {self.base_url}: {exc}") from None
        if r.status_code >= 400:
            try:
                body = r.json()
                message = body.get("error") or r.text
            except ValueError:
                body, message = {}, r.text[:300] or r.reason_phrase
            cls = {401: AuthError, 403: NotAllowedError,
                   503: NotReadyError}.get(r.status_code, ServerError)
            raise cls(r.status_code, f"server: {message} (HTTP {r.status_code})", body)
        return r

    def _json(self, method: str, url: str, **kw) -> Any:
        return self._request(method, url, **kw).json()

    # -- system / query ---------------------------------------------------------
    def health(self) -> dict[str, Any]:
        return self._json("GET", "/api/health")

    def config(self) -> dict[str, Any]:
        return self._json("GET", "/api/config")

    def whoami(self) -> dict[str, Any]:
        """{user, role, via, may: {action: bool}}: the identity the server gives this token."""
        return self._json("GET", "/api/whoami")

    def query_studies(self, **filters: Any) -> list[dict[str, Any]]:
        """Study rows ({keyword: value}, incl. DiagnosticStatus); DICOM matching filters."""
        return self._json("GET", "/api/studies", params=_params(filters))

    def series(self, study_uid: str, **filters: Any) -> list[dict[str, Any]]:
        return self._json("GET", f"/api/studies/{quote(study_uid)}/series",
                          params=_params(filters))

    def instances(self, series_uid: str, **filters: Any) -> list[dict[str, Any]]:
        return self._json("GET", f"/api/series/{quote(series_uid)}/instances",
                          params=_params(filters))

    def qido(self, path: str = "studies", **filters: Any) -> list[dict[str, Any]]:
        """DICOMweb QIDO-RS (DICOM JSON), e.g. path='studies/1.2.3/series'."""
        return self._json("GET", f"/dicomweb/{path}", params=_params(filters))

    def study_metadata(self, study_uid: str) -> list[dict[str, Any]]:
        """The per-study metadata document (DICOM JSON with BulkDataURIs)."""
        r = self._request("GET", f"/dicomweb/studies/{quote(study_uid)}/metadata")
        with paused_gc():  # a large document of small objects (see radview.gcpause)
            return r.json()

    # -- ingest / originals --------------------------------------------------------
    def stow(self, files: Iterable[bytes], *, study_uid: str | None = None) -> dict[str, Any]:
        """Sends Part 10 files in one STOW-RS request; returns stored/failed lists."""
        content_type, body = dicom_body(files)
        url = "/dicomweb/studies" + (f"/{quote(study_uid)}" if study_uid else "")
        try:
            r = self.http.post(url, content=body, headers={
                "Content-Type": content_type, "Accept": "application/dicom+json"})
        except httpx.HTTPError as exc:
            raise RadviewError(f"cannot reach the server at {self.base_url}: {exc}") from None
        if r.status_code not in (200, 202, 409):
            try:
                message = r.json().get("error", r.text)
            except ValueError:
                message = r.text[:300]
            raise ServerError(r.status_code, f"server: {message} (HTTP {r.status_code})")
        doc = r.json()
        stored = [{"sop_instance_uid": item["00081155"]["Value"][0],
                   "url": item.get("00081190", {}).get("Value", [None])[0]}
                  for item in doc.get("00081199", {}).get("Value", [])]
        failed = [{"reason": (item.get("00000902", {}).get("Value") or ["?"])[0],
                   "code": (item.get("00081197", {}).get("Value") or [0])[0]}
                  for item in doc.get("00081198", {}).get("Value", [])]
        return {"status": r.status_code, "stored": stored, "failed": failed}

    def retrieve_original(self, url_or_path: str) -> bytes:
        """One original Part 10 instance (byte-identical to what the server received)."""
        r = self._request("GET", url_or_path, headers={"Accept": "application/dicom"})
        return r.content

    # -- versions ---------------------------------------------------------------------
    def versions(self, sop_uid: str) -> dict[str, Any]:
        return self._json("GET", f"/api/instances/{quote(sop_uid)}/versions")

    def manifest(self, scope: str, uid: str, *, version: str | None = None,
                 quality: int | None = None, usage: str | None = None,
                 max_dimension: int | None = None, level: int | None = None,
                 after_level: int | None = None) -> dict[str, Any]:
        """scope: 'study' | 'series' | 'instance'."""
        kind = {"study": "studies", "series": "series", "instance": "instances"}.get(scope)
        if kind is None:
            raise RadviewError(f"scope must be study, series or instance, not {scope!r}")
        params = {k: v for k, v in dict(version=version, quality=quality, usage=usage,
                                        max_dimension=max_dimension, level=level,
                                        after_level=after_level).items() if v is not None}
        return self._json("GET", f"/api/{kind}/{quote(uid)}/manifest", params=params)

    def fetch_range(self, url: str, start: int, end: int) -> bytes:
        """Bytes start..end (inclusive) of a version frame."""
        r = self._request("GET", url, headers={"Range": f"bytes={start}-{end}"})
        if r.status_code != 206 or len(r.content) != end - start + 1:
            raise RadviewError(f"server sent {len(r.content)} bytes for range {start}-{end} "
                               f"of {url} (HTTP {r.status_code})")
        return r.content

    def fetch(self, scope: str, uid: str, *, version: str | None = None,
              quality: int | None = None, usage: str | None = None,
              max_dimension: int | None = None, level: int | None = None,
              originals_for_lossless: bool = True,
              progress: Callable[[int, int, str], None] | None = None) -> GroupFetch:
        """Fetches a version of an instance / series / study, only the levels needed.

        A lossless version asked at full resolution is fetched as the original
        Part 10 file (byte-identical), unless ``originals_for_lossless`` is False.
        ``progress(done, total, sop_uid)`` is called after each instance.
        """
        doc = self.manifest(scope, uid, version=version, quality=quality, usage=usage,
                            max_dimension=max_dimension, level=level)
        spec = doc["version"]
        full = max_dimension is None and level is None
        out = []
        total = len(doc["instances"])
        for done, inst in enumerate(doc["instances"], 1):
            item = InstanceFetch(inst["sop_instance_uid"], inst["series_instance_uid"],
                                 inst["rows"], inst["columns"], spec["name"], spec["quality"],
                                 spec["lossless"], inst["state"], lossy=inst.get("lossy"))
            if spec["lossless"] and full and originals_for_lossless:
                item.original = self.retrieve_original(inst["original_url"])
                item.bytes_received = len(item.original)
                item.state = "done"
            elif inst["state"] == "done":
                for f in inst["frames"]:
                    a, b = f["range"]
                    data = self.fetch_range(f["url"], a, b)
                    item.frames.append(FrameData(f["frame"], f["level"], f["levels"], data))
                    item.bytes_received += len(data)
            out.append(item)
            if progress:
                progress(done, total, item.sop_instance_uid)
        return GroupFetch(doc, out)

    def extend_frame(self, frame_url: str, have: bytes, level_table: list[dict],
                     to_level: int) -> bytes:
        """Zoom: fetches only the bytes of the levels after those already held."""
        end = level_table[to_level]["offset"] + level_table[to_level]["length"]
        if end <= len(have):
            return have[:end]
        return have + self.fetch_range(frame_url, len(have), end - 1)

    # -- status & diagnosis --------------------------------------------------------------
    def state(self, study_uid: str) -> dict[str, Any]:
        return self._json("GET", f"/api/studies/{quote(study_uid)}/state")

    def set_status(self, study_uid: str, status: int) -> dict[str, Any]:
        return self._json("PUT", f"/api/studies/{quote(study_uid)}/status",
                          content=json.dumps({"status": status}))

    def diagnosis(self, study_uid: str) -> dict[str, Any]:
        return self.state(study_uid)["diagnosis"]

    def put_diagnosis(self, study_uid: str, *, notes: str | None = None,
                      annotations: list[dict] | None = None,
                      report: str | None = None) -> dict[str, Any]:
        body = {k: v for k, v in dict(notes=notes, annotations=annotations,
                                      report=report).items() if v is not None}
        return self._json("PUT", f"/api/studies/{quote(study_uid)}/diagnosis",
                          content=json.dumps(body))


def _params(filters: dict[str, Any]) -> dict[str, str]:
    return {k: ("\\".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v))
            for k, v in filters.items() if v is not None}


# -- credentials and TLS, shared by every command that talks to a radview server ------------

def auth_headers(token: str | None = None) -> dict[str, str]:
    """The Authorization header for ``token`` (else RADVIEW_TOKEN); {} with neither."""
    token = (token or os.environ.get("RADVIEW_TOKEN") or "").strip()
    if not token:
        return {}
    if any(c.isspace() for c in token) or not token.isascii():
        raise RadviewError("the token holds spaces or non-ASCII characters; paste it exactly "
                           "as `radview users add` printed it")
    return {"Authorization": f"Bearer {token}"}


def tls_verify(ca_cert: str | None = None, client_cert: str | None = None,
               client_key: str | None = None) -> ssl.SSLContext | bool:
    """What httpx verifies an https:// server with: the system CAs, or a private CA
    file; with a client certificate for servers that require mutual TLS."""
    if not (ca_cert or client_cert):
        return True
    try:
        context = ssl.create_default_context(cafile=ca_cert) if ca_cert else \
            ssl.create_default_context()
        if client_cert:
            context.load_cert_chain(client_cert, client_key)
    except (OSError, ssl.SSLError) as exc:
        raise RadviewError(f"cannot load the TLS certificate files: {exc}") from None
    return context


def client_from_args(args: Any, url: str | None = None, **kw: Any
                     ) -> "RadviewClient":
    return RadviewClient(url or args.server, token=getattr(args, "token", None),
                         ca_cert=getattr(args, "ca_cert", None),
                         client_cert=getattr(args, "client_cert", None),
                         client_key=getattr(args, "client_key", None), **kw)
