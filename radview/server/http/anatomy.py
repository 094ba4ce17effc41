"""Series anatomy: the current labels, the model's prediction and a user's correction."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from radview.server.http.common import ApiError, Resource, check_uid, json_body, log


def _labels() -> tuple[str, ...]:
    from radview.protocols.anatomy.labels import LABELS

    return LABELS


ANATOMY_CHANGE = ("instances_accessed", "U", "anatomy correction")


class Anatomy(Resource):
    def _series_anatomy_doc(self, series: str) -> dict[str, Any]:
        current = self.app.series_anatomy([series]).get(series)
        entries = self.store.anatomy_entries(series)

        def part(row):
            if row is None:
                return None
            return {"labels": row["labels"], "laterality": row["laterality"],
                    "confidence": row["confidence"], "unknown": row["unknown"],
                    "source": row["source"], "model_version": row["model_version"] or "",
                    "label_confidence": row["label_conf"], "user": row["user"],
                    "updated": row["updated"]}

        return {"series_instance_uid": series, "anatomy": current,
                "prediction": part(entries.get("model")), "correction": part(entries.get("user"))}

    def get_series_anatomy(self, request: Request):
        series = check_uid(request.path_params["series"], "series UID")
        if not self.store.instance_uids(series_uid=series):
            raise ApiError(404, f"no series {series}")
        return JSONResponse(self._series_anatomy_doc(series))

    def put_series_anatomy(self, request: Request, body: bytes):
        from radview.errors import UsageError
        from radview.protocols.anatomy import store as anatomy_store
        from radview.server.anatomy import series_metadata

        series = check_uid(request.path_params["series"], "series UID")
        who = self.app.check_action(request, "anatomy")
        doc = json_body(body)
        unknown = set(doc) - {"labels", "laterality"}
        if unknown:
            raise ApiError(400, "unknown anatomy field(s): " + ", ".join(sorted(unknown))
                           + "; send labels and laterality")
        if "labels" not in doc:
            raise ApiError(400, 'labels is required: a list of anatomy codes ([] = the series '
                           'shows no anatomy), e.g. {"labels": ["KNEE"], "laterality": "L"}')
        try:
            labels, laterality = anatomy_store.check_labels(doc["labels"], doc.get("laterality"),
                                                            strict_laterality=True)
        except UsageError as exc:
            raise ApiError(400, str(exc), labels_known=list(_labels())) from None
        uids = self.store.instance_uids(series_uid=series)
        if not uids:
            raise ApiError(404, f"no series {series}")
        self.app.note_study(request, self.store.instance_info(uids[0])["study_uid"])
        self.store.correct_anatomy(series, list(labels), laterality,
                                   metadata=series_metadata(self.store, series), user=who.user)
        log.info("series %s anatomy corrected to %s %s by %s (%s)", series,
                 "+".join(labels) or "no anatomy", laterality or "", who.user, who.role)
        return JSONResponse(self._series_anatomy_doc(series))

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/series/{series}/anatomy", h(self.get_series_anatomy), methods=["GET"]),
            Route("/api/series/{series}/anatomy", h(self.put_series_anatomy, with_body=True,
                                                    audit_as=ANATOMY_CHANGE), methods=["PUT"]),
        ]
