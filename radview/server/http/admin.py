"""Health and the effective configuration."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from radview import __version__
from radview.server.http.common import Resource


class Admin(Resource):
    def health(self, request: Request):
        counts = self.store.counts() if hasattr(self.store, "counts") else {}
        return JSONResponse({"status": "ok", "version": __version__, "counts": counts,
                             "pending_versions": self.app.worker.pending() if self.app.worker else 0,
                             **self.app.info})

    def get_config(self, request: Request):
        return JSONResponse(self.config.to_json())

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/health", h(self.health)),
            Route("/api/config", h(self.get_config)),
        ]
