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

    def whoami(self, request: Request):
        """The caller's identity as the server sees it (the workstation takes its role
        from here, never from its own settings)."""
        who = self.app.identity(request)
        return JSONResponse({"user": who.user, "role": who.role, "via": who.via,
                             "ae_title": who.ae_title,
                             "may": {a: who.role in self.app.policy.roles_for(a)
                                     for a in ("status", "diagnosis", "anatomy", "store")}})

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/health", h(self.health, public=True, audit_as=None), methods=["GET"]),
            Route("/api/config", h(self.get_config, audit_as=None)),
            Route("/api/whoami", h(self.whoami, audit_as=None)),
        ]
