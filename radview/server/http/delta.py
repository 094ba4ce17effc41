"""Delta upload endpoints: receive a package, rebuild, verify, store, analyse.

    GET  /api/delta/standard-set           the set id and version this server holds
    POST /api/delta/instances              one package (radview.delta.package) -> results
    GET  /api/delta/instances/{sop}        404, or the results of an instance already held

A refusal (other set version, corrupt delta, SHA-256 mismatch, unreadable
metadata) is decided before anything is stored and answered with the reason.
Results are kept in ``delta-results.sqlite`` in the data folder, so a client
that resumes after a cut connection gets them for instances already held.
"""

from __future__ import annotations

import io
import json
import logging
import sqlite3
import threading
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from radview.delta import package as pkg
from radview.delta import standard_set
from radview.errors import RadviewError
from radview.server.analysis import Analyzer
from radview.server.http.common import STORE, Resource, ServerApp
from radview.server.storage import IngestError

log = logging.getLogger("radview.server.delta")
MAX_PACKAGE = 256 << 20


class DeltaService:
    def __init__(self, app: ServerApp, data_dir: Path | None, *, std=None, analyzer=None):
        self.app = app
        self.store = app.store
        self._std = std
        self._analyzer = analyzer
        self._lock = threading.Lock()
        path = Path(data_dir) / "delta-results.sqlite" if data_dir else ":memory:"
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS results (sop TEXT PRIMARY KEY, doc TEXT)")
        self._db.commit()

    @property
    def std(self) -> standard_set.StandardSet:
        with self._lock:
            if self._std is None:
                self._std = standard_set.load()
            return self._std

    @property
    def analyzer(self) -> Analyzer:
        with self._lock:
            if self._analyzer is None:
                self._analyzer = Analyzer()
            return self._analyzer

    # ------------------------------------------------------------ handlers
    def get_set(self, request: Request):
        try:
            std = self.std
        except standard_set.StandardSetError as exc:
            return JSONResponse({"error": str(exc)}, status_code=503)
        return JSONResponse({"set_id": std.set_id, "version": std.version,
                             "images": len(std.images)})

    def get_instance(self, request: Request):
        sop = request.path_params["sop"]
        with self._lock:
            row = self._db.execute("SELECT doc FROM results WHERE sop = ?", (sop,)).fetchone()
        if row is None:
            return JSONResponse({"error": f"instance {sop[:80]} not held"}, status_code=404)
        return JSONResponse(json.loads(row[0]))

    def post_instance(self, request: Request, body: bytes):
        who = self.app.check_action(request, "store")  # the role may store, like STOW
        if len(body) > MAX_PACKAGE:
            return _refuse(413, f"package of {len(body)} bytes exceeds {MAX_PACKAGE}")
        try:
            package = pkg.parse(body)
            part10, pixels = pkg.rebuild(package, self.std)
        except standard_set.StandardSetError as exc:
            return _refuse(409, str(exc))
        except pkg.PackageError as exc:
            return _refuse(422, str(exc))
        import pydicom

        ds = pydicom.dcmread(io.BytesIO(part10), stop_before_pixels=True)
        try:
            res = self.store.ingest(part10, source=f"delta upload {who.user}")
        except IngestError as exc:
            return _refuse(422, f"rebuilt instance refused by the store: {exc}")
        request.state.study = res.study_uid  # the audit record names the (de-identified) study
        try:
            results = self.analyzer.run(ds, pixels)
        except RadviewError as exc:
            log.error("analysis failed for an uploaded instance: %s", exc)
            results = [{"error": str(exc)}]
        doc = {"sop_instance_uid": res.sop_instance_uid, "stored": True,
               "duplicate": res.duplicate, "results": results,
               "alerts": [r for r in results if r.get("urgent")]}
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)",
                             (res.sop_instance_uid, json.dumps(doc)))
        return JSONResponse(doc)


def _refuse(status: int, message: str) -> JSONResponse:
    log.warning("delta upload refused: %s", message)
    return JSONResponse({"error": message, "stored": False}, status_code=status)


class DeltaUpload(Resource):
    """The delta upload resource; options for tests: ``std``, ``analyzer``."""

    def __init__(self, app: ServerApp, **kw):
        super().__init__(app)
        data_dir = app.access_path.parent if app.access_path else None
        self.service = DeltaService(app, data_dir, **kw)

    def routes(self, h) -> list[Route]:
        svc = self.service
        return [
            Route("/api/delta/standard-set", h(svc.get_set), methods=["GET"]),
            Route("/api/delta/instances", h(svc.post_instance, with_body=True, audit_as=STORE),
                  methods=["POST"]),
            Route("/api/delta/instances/{sop}", h(svc.get_instance), methods=["GET"]),
        ]
