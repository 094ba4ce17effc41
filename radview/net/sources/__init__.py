"""One source layer: every place studies come from, behind one interface (Qt-free).

- :class:`CacheSource`: this machine's cache (imported folders, everything fetched before);
- :class:`RadviewSource`: the radview image server (progressive versions);
- :class:`DimseSource`, :class:`DicomWebSource`: any PACS;
- :class:`FolderSource`: a folder of DICOM files, headers only (``radview hang --dir``).

Each one searches studies and series, fetches headers (``patient_headers``: a
study and the patient's other studies, what a hanging plan is made from) and,
but for the folder, loads images into the cache (``load_series``).
"""

from __future__ import annotations

from radview.errors import UsageError
from radview.net.cache import Cache
from radview.net.sources.base import (
    ImageUpdate, SearchFilters, Source, SourceError, decode_original, original_update,
    sort_instances,
)
from radview.net.sources.connection import KINDS, Connection, pacs_connection, server_connection
from radview.net.sources.local import CacheSource, FolderSource
from radview.net.sources.pacs import DicomWebSource, DimseSource
from radview.net.sources.radview import RadviewSource
from radview.net.sources.rows import ORIGINAL


def open_source(connection: Connection, cache: Cache | None) -> Source:
    """The source for a connection (radview server, DIMSE PACS or DICOMweb PACS).

    ``cache`` None opens it for headers only (search, series, ``patient_headers``).
    """
    if connection.kind == "dimse":
        return DimseSource(cache, connection)
    if connection.kind == "dicomweb":
        return DicomWebSource(cache, connection)
    if connection.kind == "radview":
        return RadviewSource(cache, connection)
    raise UsageError(f"unknown connection kind {connection.kind!r}")


def headers_source(*, server: str | None = None, pacs: str | None = None,
                   folder: str | None = None, calling_ae: str = "RADVIEW_WS",
                   token: str | None = None, ca_cert: str | None = None,
                   client_cert: str | None = None, client_key: str | None = None) -> Source:
    """A source opened for headers only, from ``radview hang``-style options (a radview
    server's token, else RADVIEW_TOKEN, the CA of an https:// server and the client
    certificate of mutual TLS)."""
    if (ca_cert or client_cert or client_key) and server is None:
        raise UsageError("--ca-cert, --client-cert and --client-key go with --server only")
    if folder is not None:
        return FolderSource(folder)
    if pacs is not None:
        return open_source(pacs_connection(pacs, calling_ae=calling_ae), None)
    if server is not None:
        return open_source(server_connection(server, token=token or "", ca_cert=ca_cert or "",
                                             client_cert=client_cert or "",
                                             client_key=client_key or ""), None)
    raise UsageError("give a server URL, a PACS (AE@HOST:PORT) or a folder")


__all__ = [
    "KINDS", "ORIGINAL", "CacheSource", "Connection", "DicomWebSource", "DimseSource",
    "FolderSource", "ImageUpdate", "RadviewSource", "SearchFilters", "Source", "SourceError",
    "decode_original", "headers_source", "open_source", "original_update", "sort_instances",
]
