"""Diagnostic status and diagnosis (reading notes, annotations, report) of a study."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from radview.server.config import STATUS_LABELS
from radview.server.http.common import ApiError, Resource, check_uid, json_body, log


class StudyState(Resource):
    def _state_doc(self, request: Request, study: str) -> dict[str, Any]:
        _user, role = self.app.identity(request)
        st = self.store.study_state(study)
        diag = {"notes": "", "annotations": [], "report": "", **st["diagnosis"]}
        return {"study_instance_uid": study, "status": st["status"],
                "status_label": STATUS_LABELS.get(st["status"], "?"), "diagnosis": diag,
                "allowed_versions": self.config.allowed_versions(st["status"], role)}

    def get_state(self, request: Request):
        study = check_uid(request.path_params["study"], "study UID")
        return JSONResponse(self._state_doc(request, study))

    def put_status(self, request: Request, body: bytes):
        study = check_uid(request.path_params["study"], "study UID")
        doc = json_body(body)
        status = doc.get("status")
        if not isinstance(status, int) or isinstance(status, bool) or status not in STATUS_LABELS:
            raise ApiError(400, f"status must be a whole number 1..5, got {status!r}")
        self.store.set_study_state(study, status=status)
        user, role = self.app.identity(request)
        log.info("study %s status -> %d by %s (%s)", study, status, user, role)
        return JSONResponse(self._state_doc(request, study))

    def put_diagnosis(self, request: Request, body: bytes):
        study = check_uid(request.path_params["study"], "study UID")
        doc = json_body(body)
        unknown = set(doc) - {"notes", "annotations", "report"}
        if unknown:
            raise ApiError(400, "unknown diagnosis field(s): " + ", ".join(sorted(unknown)))
        if "notes" in doc and not isinstance(doc["notes"], str):
            raise ApiError(400, "notes must be a string")
        if "report" in doc and not isinstance(doc["report"], str):
            raise ApiError(400, "report must be a string")
        if "annotations" in doc and not (isinstance(doc["annotations"], list) and
                                         all(isinstance(a, dict) for a in doc["annotations"])):
            raise ApiError(400, "annotations must be a list of JSON objects")
        current = self.store.study_state(study)
        diag = {"notes": "", "annotations": [], "report": "", **current["diagnosis"], **doc}
        status = current["status"]
        for field_, floor in (("notes", 3), ("annotations", 4), ("report", 5)):
            if diag.get(field_):
                status = max(status, floor)
        self.store.set_study_state(study, status=status, diagnosis=diag)
        return JSONResponse(self._state_doc(request, study))

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/studies/{study}/state", h(self.get_state)),
            Route("/api/studies/{study}/status", h(self.put_status, with_body=True),
                  methods=["PUT"]),
            Route("/api/studies/{study}/diagnosis", h(self.put_diagnosis, with_body=True),
                  methods=["PUT"]),
        ]
