"""Where a source is: a radview server, a DIMSE PACS or a DICOMweb PACS.

A :class:`Connection` is what the user's settings store and what
:func:`radview.net.sources.open_source` opens; the ``radview hang`` options
(``--server URL``, ``--pacs AE@HOST:PORT``) are read into one too.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from radview.errors import UsageError

KINDS = ("radview", "dimse", "dicomweb")


@dataclass
class Connection:
    """One server or PACS. ``kind``: radview (HTTP URL [+ DIMSE]), dimse, dicomweb."""

    name: str
    kind: str
    url: str = ""  # radview / dicomweb base URL
    host: str = ""  # DIMSE
    port: int = 0
    ae_title: str = ""
    calling_ae: str = "RADVIEW_WS"
    retrieve: str = "get"  # DIMSE: C-GET or C-MOVE to our storage SCP
    move_port: int = 0  # our storage SCP port for C-MOVE (0 = any free port)
    user: str = ""
    role: str = ""  # as the server reported it for the token (GET /api/whoami), not chosen
    token: str = ""  # radview server API token; the settings file is kept owner-only (0600)
    ca_cert: str = ""  # PEM of a private CA for an https:// server
    client_cert: str = ""  # PEM client certificate (and key) for servers requiring mutual TLS
    client_key: str = ""

    def validate(self) -> "Connection":
        if not self.name.strip():
            raise UsageError("a connection needs a name")
        if self.kind not in KINDS:
            raise UsageError(f"connection kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.kind in ("radview", "dicomweb") and not self.url.startswith(("http://", "https://")):
            raise UsageError(f"{self.name}: the URL must start with http:// or https://")
        if self.kind == "dimse":
            if not self.host or not 0 < int(self.port) < 65536:
                raise UsageError(f"{self.name}: a DIMSE peer needs a host and a port 1..65535")
            if not 0 < len(self.ae_title) <= 16:
                raise UsageError(f"{self.name}: the AE title must have 1-16 characters")
            if self.retrieve not in ("get", "move"):
                raise UsageError(f"{self.name}: retrieve must be 'get' or 'move'")
        if self.client_key and not self.client_cert:
            raise UsageError(f"{self.name}: a client key needs its client certificate")
        return self

    def tls(self):
        """What httpx verifies this connection's https:// server with (its CA, and the
        client certificate for mutual TLS); True for the system CAs."""
        from radview.net.radview_client import tls_verify

        return tls_verify(self.ca_cert or None, self.client_cert or None,
                          self.client_key or None)

    def describe(self) -> str:
        if self.kind == "dimse":
            return f"{self.name} (DIMSE {self.ae_title}@{self.host}:{self.port})"
        return f"{self.name} ({self.kind} {self.url})"


def pacs_connection(spec: str, *, calling_ae: str = "RADVIEW_WS") -> Connection:
    """``AE@HOST:PORT`` (the ``--pacs`` form of every command) → a DIMSE connection;
    UsageError for anything else, before any association."""
    from radview.net.pacs_fetch import parse_pacs

    peer = parse_pacs(spec, calling_ae=calling_ae)
    return Connection(spec, "dimse", host=peer.host, port=int(peer.port), ae_title=peer.ae_title,
                      calling_ae=peer.calling_ae).validate()


def server_connection(url: str, *, token: str = "", ca_cert: str = "", client_cert: str = "",
                      client_key: str = "") -> Connection:
    """A radview server (it answers /api/health with its counts), else any DICOMweb root.
    ``token`` (else RADVIEW_TOKEN), ``ca_cert`` and the client certificate of mutual
    TLS go with the connection. A server that cannot be reached (or refuses the TLS
    handshake) is an error naming it, not a guess at its kind."""
    from radview.errors import RadviewError

    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--server must be an http:// or https:// URL, got {url!r}")
    conn = Connection(url, "dicomweb", url=url, token=token or "", ca_cert=ca_cert or "",
                      client_cert=client_cert or "", client_key=client_key or "").validate()
    try:
        probe = httpx.get(url.rstrip("/") + "/api/health", timeout=5, verify=conn.tls())
        is_radview = probe.status_code == 200 and probe.headers.get(
            "content-type", "").startswith("application/json") and "counts" in probe.json()
    except httpx.TransportError as exc:
        raise RadviewError(f"cannot reach {url}: {exc}") from None
    except (httpx.HTTPError, ValueError):
        is_radview = False
    conn.kind = "radview" if is_radview else "dicomweb"
    return conn
