"""HTTP front end: DICOMweb (QIDO/WADO/STOW), the version API, status/diagnosis,
anatomy and admin, one module per resource; this module assembles the app.

The API is documented in docs/server-api.md. Handlers are plain functions run in
Starlette's thread pool (the store is thread-safe and blocking); bulky answers
stream part by part. Every request goes to the access log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from radview.server.config import ServerConfig
from radview.server.http.admin import Admin
from radview.server.http.anatomy import Anatomy
from radview.server.http.common import ServerApp, handler
from radview.server.http.delta import DeltaUpload
from radview.server.http.dicomweb import DicomWeb
from radview.server.http.state import StudyState
from radview.server.http.versions import Versions
from radview.server.storage import Store

RESOURCES = (Admin, DicomWeb, Anatomy, Versions, StudyState, DeltaUpload)


def create_app(store: Store, config: ServerConfig | None = None, *, worker=None,
               data_dir: Path | None = None, info: dict[str, Any] | None = None,
               anatomy=None, authenticator=None, audit=None) -> Starlette:
    a = ServerApp(store, config or ServerConfig.load(None), worker=worker, data_dir=data_dir,
                  info=info, anatomy=anatomy, authenticator=authenticator, audit=audit)
    h = lambda fn, **kw: handler(a, fn, **kw)  # noqa: E731
    routes = [route for resource in RESOURCES for route in resource(a).routes(h)]
    app = Starlette(routes=routes)
    app.state.radview = a
    return app
