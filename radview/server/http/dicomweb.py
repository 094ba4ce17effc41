"""DICOMweb: QIDO-RS (and the plain JSON queries), WADO-RS, STOW-RS."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from radview.dicom import multipart
from radview.dicom.model import json_from_plain
from radview.dicom.query import QueryValueError, parse_query_value
from radview.server.http.common import (
    DICOM_JSON, QUERY, STORE, ApiError, Resource, check_uid, int_param, log,
)
from radview.server.storage import IngestError


def _qido_filters(request: Request) -> tuple[dict[str, str], int | None, int]:
    from pydicom.datadict import keyword_for_tag

    from radview.server.embedded.schema import KEYS

    allowed = set(KEYS) | {"ModalitiesInStudy"}
    query: dict[str, str] = {}
    limit = int_param(request, "limit", lo=0)
    offset = int_param(request, "offset", lo=0) or 0
    for key, value in request.query_params.multi_items():
        if key in ("limit", "offset", "includefield", "fuzzymatching"):
            continue
        keyword = key
        if len(key) == 8 and all(c in "0123456789abcdefABCDEF" for c in key):
            keyword = keyword_for_tag(int(key, 16)) or key
        if keyword not in allowed:
            raise ApiError(400, f"unsupported query attribute {key!r}; supported: "
                           + ", ".join(sorted(allowed)))
        if keyword.endswith("UID") or keyword == "ModalitiesInStudy":
            value = value.replace(",", "\\")
        try:  # checked before the database is asked: SeriesNumber=abc is a 400
            parse_query_value(keyword, value)
        except QueryValueError as exc:
            raise ApiError(400, str(exc)) from None
        query[keyword] = value
    return query, limit, offset


_RELATIVE_BULK = re.compile(r'"BulkDataURI":\s*"(?!https?:)')


def _absolute_bulk_uris(text: str, prefix: str) -> str:
    """The stored relative BulkDataURIs of a header's JSON text made absolute for this
    request's host. In JSON text ``"BulkDataURI":"`` can only be a key (quotes inside
    values are escaped); URIs that are absolute already are kept."""
    lead = '"BulkDataURI":"' + json.dumps(prefix)[1:-1] + "/"
    return _RELATIVE_BULK.sub(lambda _m: lead, text)


class _JSONText(JSONResponse):
    """A JSON answer whose body is already JSON text (and so still gzip-compressed
    by the handler like every JSON answer)."""

    def render(self, content: Any) -> bytes:
        return content


class DicomWeb(Resource):
    # QIDO ----------------------------------------------------------------------
    def _find(self, request: Request) -> tuple[str, list[dict[str, Any]]]:
        """The level a QIDO path asks for and the store's matches: query parameters and
        the UIDs in the path (studies/{study}/series/{series}/...) as matching keys."""
        p = request.path_params
        path = request.url.path
        query, limit, offset = _qido_filters(request)
        if "study" in p:
            query["StudyInstanceUID"] = check_uid(p["study"], "study UID")
        if "series" in p:
            query["SeriesInstanceUID"] = check_uid(p["series"], "series UID")
        level = ("IMAGE" if path.endswith("/instances") else
                 "SERIES" if path.endswith("/series") else "STUDY")
        return level, self.store.find(level, query, limit=limit, offset=offset)

    def qido(self, request: Request):
        level, rows = self._find(request)
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        out = []
        for row in rows:
            row.pop("DiagnosticStatus", None)
            url = f"{base}/studies/{row['StudyInstanceUID']}"
            if level in ("SERIES", "IMAGE"):
                url += f"/series/{row['SeriesInstanceUID']}"
            if level == "IMAGE":
                url += f"/instances/{row['SOPInstanceUID']}"
            out.append(json_from_plain(row, retrieve_url=url))
        return JSONResponse(out, media_type=DICOM_JSON)

    def plain_query(self, request: Request):
        level, rows = self._find(request)
        if level == "STUDY":  # what the caller may open, so a study list can mark it
            role = self.app.identity(request).role
            for row in rows:
                row["allowed_versions"] = self.app.policy.allowed_versions(
                    int(row.get("DiagnosticStatus") or 1), role)
        if level == "SERIES":
            known = self.app.series_anatomy([r["SeriesInstanceUID"] for r in rows])
            for row in rows:
                row["anatomy"] = known.get(row["SeriesInstanceUID"])
        return JSONResponse(rows)

    # WADO ----------------------------------------------------------------------
    def _scope_uids(self, request: Request) -> tuple[str, list[str]]:
        p = request.path_params
        study = check_uid(p["study"], "study UID")
        series = check_uid(p["series"], "series UID") if "series" in p else None
        sop = check_uid(p["sop"], "SOP instance UID") if "sop" in p else None
        uids = self.store.instance_uids(study_uid=study, series_uid=series, sop_uid=sop)
        if not uids:
            what = (f"instance {sop}" if sop else f"series {series}" if series
                    else f"study {study}")
            raise ApiError(404, f"no {what} in study {study}" if sop or series
                           else f"no study {study}")
        return study, uids

    def retrieve(self, request: Request):
        study, uids = self._scope_uids(request)
        self.app.check_version(request, study, self.app.original_name())
        accept = request.headers.get("accept", "")
        if len(uids) == 1 and "application/dicom" in accept and "multipart" not in accept:
            return Response(self.store.read_original(uids[0]), media_type="application/dicom")
        # read the first one now, so a missing/corrupt blob is a clean error status
        first = self.store.read_original(uids[0])
        boundary = multipart.new_boundary()

        def parts():
            for i, sop in enumerate(uids):
                data = first if i == 0 else self.store.read_original(sop)
                yield {"Content-Type": "application/dicom"}, data

        return StreamingResponse(
            multipart.write_parts(parts(), boundary),
            media_type=f'multipart/related; type="application/dicom"; boundary={boundary}')

    def metadata(self, request: Request):
        study, uids = self._scope_uids(request)
        self.app.check_any_version(request, study)
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        docs = []
        for sop, (series, text) in zip(uids, self.store.metadata_texts(uids)):
            prefix = f"{base}/studies/{study}/series/{series}/instances/{sop}"
            docs.append(_absolute_bulk_uris(text, prefix))
        # the stored texts are joined as they are: parsing and re-encoding every
        # header was most of the time to a study's first image
        return _JSONText(("[" + ",".join(docs) + "]").encode(), media_type=DICOM_JSON)

    def frames(self, request: Request):
        study, uids = self._scope_uids(request)
        self.app.check_version(request, study, self.app.original_name())
        sop = uids[0]
        raw = request.path_params["frames"]
        try:
            numbers = [int(x) for x in raw.split(",")]
        except ValueError:
            raise ApiError(400, f"frame list {raw[:60]!r} must be numbers separated by commas") \
                from None
        info = self.store.instance_info(sop)
        nframes = int(info["frames"] or 0)
        bad = [n for n in numbers if not 1 <= n <= nframes]
        if bad:
            raise ApiError(404, f"instance {sop} has {nframes} frame(s); no frame "
                           + ", ".join(map(str, bad)))
        datas = [self.store.read_frame(sop, n) for n in numbers]
        ts = info["transfer_syntax"]
        accept = request.headers.get("accept", "")
        if len(datas) == 1 and "application/octet-stream" in accept and "multipart" not in accept:
            return Response(datas[0], media_type="application/octet-stream")
        boundary = multipart.new_boundary()
        ctype = f"application/octet-stream; transfer-syntax={ts}"
        parts = [({"Content-Type": ctype}, d) for d in datas]
        return Response(b"".join(multipart.write_parts(parts, boundary)),
                        media_type='multipart/related; type="application/octet-stream"; '
                        f"boundary={boundary}")

    def bulkdata(self, request: Request):
        study, uids = self._scope_uids(request)
        self.app.check_version(request, study, self.app.original_name())
        path = request.path_params["tag_path"]
        return Response(self.store.read_bulk(uids[0], path), media_type="application/octet-stream")

    # STOW ----------------------------------------------------------------------
    def stow(self, request: Request, body: bytes):
        who = self.app.check_action(request, "store")
        study_filter = request.path_params.get("study")
        if study_filter:
            check_uid(study_filter, "study UID")
        ctype, params = multipart.content_type_params(request.headers.get("content-type", ""))
        if ctype == "application/dicom":
            files = [body]
        elif ctype == "multipart/related":
            if params.get("type", "application/dicom").lower() != "application/dicom":
                raise ApiError(415, f"STOW accepts application/dicom parts, not {params['type']}")
            try:
                parts = list(multipart.iter_parts([body], params.get("boundary", "")))
            except multipart.MultipartError as exc:
                raise ApiError(400, f"bad multipart body: {exc}; nothing was stored") from None
            files = [content for _h, content in parts]
            if not files:
                raise ApiError(400, "multipart body has no parts")
        else:
            raise ApiError(415, "STOW-RS needs Content-Type multipart/related; "
                           f'type="application/dicom" (got {ctype or "none"!r})')
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        address = request.client.host if request.client else "?"
        stored, failed = [], []
        request.state.audited = True  # one record per instance below
        for index, data in enumerate(files):
            try:
                if study_filter:
                    self._check_study(data, study_filter)
                res = self.store.ingest(data, source=f"STOW {address} {who.user}")
            except IngestError as exc:
                self.app.audit_store(who, address, "", f"STOW part {index + 1} rejected: {exc}")
                code = 0x0122 if "SOP class" in str(exc) else 0x0110
                failed.append({"00081197": {"vr": "US", "Value": [code]},
                               "00000902": {"vr": "LO", "Value": [f"part {index + 1}: {exc}"]},
                               "radview_error": f"part {index + 1}: {exc}"})
                continue
            self.app.audit_store(who, address, res.study_uid,
                                 f"STOW {res.sop_instance_uid}"
                                 + (" (duplicate)" if res.duplicate else ""))
            stored.append({
                "00081150": {"vr": "UI", "Value": [res.sop_class_uid]},
                "00081155": {"vr": "UI", "Value": [res.sop_instance_uid]},
                "00081190": {"vr": "UR", "Value": [
                    f"{base}/studies/{res.study_uid}/series/{res.series_uid}"
                    f"/instances/{res.sop_instance_uid}"]},
            })
        doc: dict[str, Any] = {}
        if stored:
            doc["00081199"] = {"vr": "SQ", "Value": stored}
        if failed:
            # the long message is kept outside DICOM JSON items for people reading it
            reasons = [f.pop("radview_error") for f in failed]
            doc["00081198"] = {"vr": "SQ", "Value": failed}
            log.warning("STOW rejected %d part(s): %s", len(failed), "; ".join(reasons))
            status = 202 if stored else 409
            return JSONResponse(doc, status_code=status, media_type=DICOM_JSON,
                                headers={"X-Radview-Errors": json.dumps(reasons)[:4000]})
        return JSONResponse(doc, media_type=DICOM_JSON)

    @staticmethod
    def _check_study(data: bytes, study: str) -> None:
        import io

        import pydicom

        try:
            ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True,
                                 specific_tags=["StudyInstanceUID"])
        except Exception as exc:  # noqa: BLE001
            raise IngestError(f"not a readable DICOM file: {exc}") from None
        if str(ds.get("StudyInstanceUID", "")) != study:
            raise IngestError(f"instance belongs to study {ds.get('StudyInstanceUID')}, "
                              f"not {study}")

    def routes(self, h) -> list[Route]:
        dw = "/dicomweb"
        inst = dw + "/studies/{study}/series/{series}/instances/{sop}"
        return [
            # QIDO
            Route(dw + "/studies", h(self.qido, audit_as=QUERY), methods=["GET"]),
            Route(dw + "/series", h(self.qido, audit_as=QUERY)),
            Route(dw + "/instances", h(self.qido, audit_as=QUERY)),
            Route(dw + "/studies/{study}/series", h(self.qido, audit_as=QUERY)),
            Route(dw + "/studies/{study}/instances", h(self.qido, audit_as=QUERY)),
            Route(dw + "/studies/{study}/series/{series}/instances", h(self.qido, audit_as=QUERY)),
            # STOW
            Route(dw + "/studies", h(self.stow, with_body=True, audit_as=STORE),
                  methods=["POST"]),
            Route(dw + "/studies/{study}", h(self.stow, with_body=True, audit_as=STORE),
                  methods=["POST"]),
            # WADO
            Route(dw + "/studies/{study}", h(self.retrieve), methods=["GET"]),
            Route(dw + "/studies/{study}/series/{series}", h(self.retrieve)),
            Route(inst, h(self.retrieve)),
            Route(dw + "/studies/{study}/metadata", h(self.metadata)),
            Route(dw + "/studies/{study}/series/{series}/metadata", h(self.metadata)),
            Route(inst + "/metadata", h(self.metadata)),
            Route(inst + "/frames/{frames}", h(self.frames)),
            Route(inst + "/bulk/{tag_path:path}", h(self.bulkdata)),
            # plain JSON queries
            Route("/api/studies", h(self.plain_query, audit_as=QUERY)),
            Route("/api/studies/{study}/series", h(self.plain_query, audit_as=QUERY)),
            Route("/api/series/{series}/instances", h(self.plain_query, audit_as=QUERY)),
        ]
