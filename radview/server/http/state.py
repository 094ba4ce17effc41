"""Diagnostic status and diagnosis (reading notes, annotations, report) of a study."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from radview.server.config import STATUS_LABELS
from radview.server.http.common import ApiError, Resource, check_uid, json_body, log


STATUS_CHANGE = ("instances_accessed", "U", "diagnostic status change")
DIAGNOSIS_CHANGE = ("instances_accessed", "U", "diagnosis change")


class StudyState(Resource):
    def _state_doc(self, request: Request, study: str) -> dict[str, Any]:
        role = self.app.identity(request).role
        st = self.store.study_state(study)
        diag = {"notes": "", "annotations": [], "report": "", **st["diagnosis"]}
        return {"study_instance_uid": study, "status": st["status"],
                "status_label": STATUS_LABELS.get(st["status"], "?"), "diagnosis": diag,
                "allowed_versions": self.config.allowed_versions(st["status"], role)}

    def get_state(self, request: Request):
        study = check_uid(request.path_params["study"], "study UID")
        self.app.check_any_version(request, study)  # no state of a study the caller may not see
        return JSONResponse(self._state_doc(request, study))

    def _change(self, request: Request, body: bytes, action: str):
        """The study, who changes it (may they?) and the change asked for: the same first
        steps for every write to a study's state."""
        study = check_uid(request.path_params["study"], "study UID")
        who = self.app.check_action(request, action)
        self.app.note_study(request, study)
        return study, who, json_body(body)

    def put_status(self, request: Request, body: bytes):
        study, who, doc = self._change(request, body, "status")
        status = doc.get("status")
        if not isinstance(status, int) or isinstance(status, bool) or status not in STATUS_LABELS:
            raise ApiError(400, f"status must be a whole number 1..5, got {status!r}")
        self.store.study_state(study)  # 404 before anything changes
        self.store.set_study_state(study, status=status)
        log.info("study %s status -> %d by %s (%s)", study, status, who.user, who.role)
        return JSONResponse(self._state_doc(request, study))

    def put_diagnosis(self, request: Request, body: bytes):
        study, who, doc = self._change(request, body, "diagnosis")
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
        log.info("study %s diagnosis (%s) written by %s (%s)", study, ", ".join(sorted(doc)),
                 who.user, who.role)
        return JSONResponse(self._state_doc(request, study))

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/studies/{study}/state", h(self.get_state)),
            Route("/api/studies/{study}/status", h(self.put_status, with_body=True,
                                                    audit_as=STATUS_CHANGE), methods=["PUT"]),
            Route("/api/studies/{study}/diagnosis", h(self.put_diagnosis, with_body=True,
                                                       audit_as=DIAGNOSIS_CHANGE),
                  methods=["PUT"]),
        ]
