"""HTTP front end: DICOMweb (QIDO/WADO/STOW), the version API, status/diagnosis.

The API is documented in docs/server-api.md. Handlers are plain functions run in
Starlette's thread pool (the store is thread-safe and blocking); bulky answers
stream part by part. Every request goes to the access log.
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
import time
from pathlib import Path
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from radview import __version__
from radview.server import multipart
from radview.server.config import STATUS_LABELS, ServerConfig
from radview.server.delta_routes import delta_routes
from radview.server.storage import IngestError, IntegrityError, NotFoundError, Store
from radview.server.versions import lossy_marking

log = logging.getLogger("radview.server.http")

DICOM_JSON = "application/dicom+json"
CONTAINER = "application/x-radview-wavelet"


class ApiError(Exception):
    def __init__(self, http_status: int, message: str, **extra: Any):
        super().__init__(message)
        self.status = http_status
        self.body = {"error": message, **extra}
        self.headers: dict[str, str] = {}


# --------------------------------------------------------------------- helpers

def _uid(value: str, what: str) -> str:
    if not multipart.valid_uid(value):
        raise ApiError(400, f"{what} {value[:80]!r} is not a valid DICOM UID")
    return value


def _int_param(request: Request, name: str, *, lo: int | None = None,
               hi: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"parameter {name} must be a whole number, got {raw[:40]!r}") from None
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ApiError(400, f"parameter {name}={value} is out of range")
    return value


def _qido_filters(request: Request) -> tuple[dict[str, str], int | None, int]:
    from pydicom.datadict import keyword_for_tag

    from radview.server.embedded import KEYS

    allowed = set(KEYS) | {"ModalitiesInStudy"}
    query: dict[str, str] = {}
    limit = _int_param(request, "limit", lo=0)
    offset = _int_param(request, "offset", lo=0) or 0
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
        query[keyword] = value
    return query, limit, offset


def _to_dicom_json(row: dict[str, Any], retrieve_url: str | None) -> dict[str, Any]:
    from pydicom.datadict import dictionary_VR, tag_for_keyword

    out: dict[str, Any] = {}
    for keyword, value in row.items():
        tag = tag_for_keyword(keyword)
        if tag is None:
            continue
        vr = dictionary_VR(tag)
        elem: dict[str, Any] = {"vr": vr}
        if value not in (None, ""):
            if vr == "PN":
                elem["Value"] = [{"Alphabetic": v} for v in str(value).split("\\")]
            elif vr in ("IS", "US", "UL", "SL", "SS"):
                elem["Value"] = [int(value)]
            else:
                elem["Value"] = str(value).split("\\")
        out[f"{tag:08X}"] = elem
    if retrieve_url:
        out["00081190"] = {"vr": "UR", "Value": [retrieve_url]}
    return out


def _rewrite_bulk(doc: Any, prefix: str) -> Any:
    """Makes the stored relative BulkDataURIs absolute for this request's host."""
    if isinstance(doc, dict):
        out = {}
        for k, v in doc.items():
            if k == "BulkDataURI" and isinstance(v, str) and not v.startswith("http"):
                out[k] = f"{prefix}/{v}"
            else:
                out[k] = _rewrite_bulk(v, prefix)
        return out
    if isinstance(doc, list):
        return [_rewrite_bulk(v, prefix) for v in doc]
    return doc


def _level_for(levels: list[dict], max_dimension: int | None, level: int | None) -> int:
    last = len(levels) - 1
    if level is not None:
        return min(level, last)
    if max_dimension is None:
        return last
    for lv in levels:
        if max(lv["rows"], lv["cols"]) >= max_dimension:
            return lv["index"]
    return last


def _prefix_end(levels: list[dict], k: int) -> int:
    return levels[k]["offset"] + levels[k]["length"]


def _labels() -> tuple[str, ...]:
    from radview.protocols.anatomy.labels import LABELS

    return LABELS


def scope_name(kind: str) -> str:
    return {"studies": "study", "series": "series", "instances": "instance"}.get(kind, kind)


# ------------------------------------------------------------------------ app

class ServerApp:
    """Holds the store/config and implements the handlers."""

    def __init__(self, store: Store, config: ServerConfig, *, worker=None,
                 data_dir: Path | None = None, info: dict[str, Any] | None = None,
                 anatomy=None):
        self.store = store
        self.config = config
        self.worker = worker
        self.anatomy = anatomy  # AnatomyIndexer, or None: stored anatomy only
        self.info = info or {}
        self.access_path = Path(data_dir) / "access.log" if data_dir else None
        self._log_lock = threading.Lock()

    # identity and permissions ------------------------------------------------
    def identity(self, request: Request) -> tuple[str, str]:
        user = request.headers.get("x-radview-user", "anonymous")[:64]
        role = request.headers.get("x-radview-role", self.config.default_role)[:32]
        if role not in self.config.raw["roles"]:
            raise ApiError(403, f"unknown role {role!r}; known roles: "
                           + ", ".join(self.config.raw["roles"]), allowed_versions=[])
        return user, role

    def check_version(self, request: Request, study_uid: str, name: str) -> None:
        _user, role = self.identity(request)
        status = self.store.study_state(study_uid)["status"]
        allowed = self.config.allowed_versions(status, role)
        if name not in allowed:
            raise ApiError(
                403, f"study {study_uid} has diagnostic status {status} "
                f"({STATUS_LABELS.get(status, '?')}): version {name} is not allowed for role "
                f"{role}" + (f"; allowed: {', '.join(allowed)}" if allowed else
                             "; no version is allowed until the study is read"),
                study_instance_uid=study_uid, status=status, role=role,
                requested_version=name, allowed_versions=allowed)

    def original_name(self) -> str:
        lossless = [v.name for v in self.config.versions if v.lossless]
        return lossless[0] if lossless else self.config.versions[0].name

    def conditions(self, request: Request, study_uid: str) -> dict[str, Any]:
        """Client conditions for the version policy, from X-Radview-* headers."""
        h = request.headers
        _user, role = self.identity(request)
        cond: dict[str, Any] = {"role": role, "status": self.store.study_state(study_uid)["status"]}
        for header, key in (("x-radview-place", "place"), ("x-radview-group", "group")):
            if h.get(header):
                cond[key] = h[header][:32].lower()
        for header, key in (("x-radview-link-kbps", "link_kbps"),
                            ("x-radview-memory-mb", "memory_mb"),
                            ("x-radview-cpu-cores", "cpu_cores")):
            if h.get(header):
                try:
                    cond[key] = float(h[header])
                except ValueError:
                    raise ApiError(400, f"header {header} must be a number, "
                                   f"got {h[header][:30]!r}") from None
        return cond

    def select_for(self, request: Request, study_uid: str):
        """Version asked for, or chosen by the policy for `version=auto`; (spec, reason)."""
        if request.query_params.get("version") == "auto":
            cond = self.conditions(request, study_uid)
            allowed = self.config.allowed_versions(cond["status"], cond["role"])
            try:
                name, reason = self.config.policy_pick(cond, allowed)
            except LookupError as exc:
                raise ApiError(403, f"study {study_uid}: {exc}", status=cond["status"],
                               role=cond["role"], allowed_versions=allowed) from None
            return self.config.version(name), reason
        return self.select(request), "requested"

    def select(self, request: Request):
        q = request.query_params
        try:
            return self.config.select(name=q.get("version") or None,
                                      quality=_int_param(request, "quality", lo=1, hi=100),
                                      usage=q.get("usage") or None)
        except LookupError as exc:
            raise ApiError(404 if q.get("version") or q.get("quality") or q.get("usage")
                           else 400, str(exc)) from None

    # system --------------------------------------------------------------------
    def health(self, request: Request):
        counts = self.store.counts() if hasattr(self.store, "counts") else {}
        return JSONResponse({"status": "ok", "version": __version__, "counts": counts,
                             "pending_versions": self.worker.pending() if self.worker else 0,
                             **self.info})

    def get_config(self, request: Request):
        return JSONResponse(self.config.to_json())

    # QIDO ----------------------------------------------------------------------
    def qido(self, request: Request):
        p = request.path_params
        path = request.url.path
        query, limit, offset = _qido_filters(request)
        if "study" in p:
            query["StudyInstanceUID"] = _uid(p["study"], "study UID")
        if "series" in p:
            query["SeriesInstanceUID"] = _uid(p["series"], "series UID")
        level = ("IMAGE" if path.endswith("/instances") else
                 "SERIES" if path.endswith("/series") else "STUDY")
        rows = self.store.find(level, query, limit=limit, offset=offset)
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        out = []
        for row in rows:
            row.pop("DiagnosticStatus", None)
            url = f"{base}/studies/{row['StudyInstanceUID']}"
            if level in ("SERIES", "IMAGE"):
                url += f"/series/{row['SeriesInstanceUID']}"
            if level == "IMAGE":
                url += f"/instances/{row['SOPInstanceUID']}"
            out.append(_to_dicom_json(row, url))
        return JSONResponse(out, media_type=DICOM_JSON)

    def plain_query(self, request: Request):
        p = request.path_params
        query, limit, offset = _qido_filters(request)
        path = request.url.path
        if "study" in p:
            query["StudyInstanceUID"] = _uid(p["study"], "study UID")
        if "series" in p:
            query["SeriesInstanceUID"] = _uid(p["series"], "series UID")
        level = ("IMAGE" if path.endswith("/instances") else
                 "SERIES" if path.endswith("/series") else "STUDY")
        rows = self.store.find(level, query, limit=limit, offset=offset)
        if level == "SERIES":
            known = self.series_anatomy([r["SeriesInstanceUID"] for r in rows])
            for row in rows:
                row["anatomy"] = known.get(row["SeriesInstanceUID"])
        return JSONResponse(rows)

    # anatomy -------------------------------------------------------------------
    def series_anatomy(self, series_uids: list[str]) -> dict[str, Any]:
        """{series_uid: API JSON} of these series (predicted now where still missing)."""
        from radview.server.anatomy import anatomy_json

        if not series_uids:
            return {}
        try:
            found = (self.anatomy.ensure(series_uids) if self.anatomy is not None
                     else self.store.series_anatomy(series_uids))
        except Exception as exc:  # noqa: BLE001 - anatomy is an aid: the query still answers
            log.warning("anatomy of %d series not available: %s", len(series_uids), exc)
            return {}
        return {uid: anatomy_json(p) for uid, p in found.items()}

    def _series_anatomy_doc(self, series: str) -> dict[str, Any]:
        current = self.series_anatomy([series]).get(series)
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
        series = _uid(request.path_params["series"], "series UID")
        if not self.store.instance_uids(series_uid=series):
            raise ApiError(404, f"no series {series}")
        return JSONResponse(self._series_anatomy_doc(series))

    def put_series_anatomy(self, request: Request, body: bytes):
        from radview.errors import UsageError
        from radview.protocols.anatomy import store as anatomy_store
        from radview.server.anatomy import series_metadata

        series = _uid(request.path_params["series"], "series UID")
        doc = self._json_body(body)
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
        user, role = self.identity(request)
        if not self.store.instance_uids(series_uid=series):
            raise ApiError(404, f"no series {series}")
        self.store.correct_anatomy(series, list(labels), laterality,
                                   metadata=series_metadata(self.store, series), user=user)
        log.info("series %s anatomy corrected to %s %s by %s (%s)", series,
                 "+".join(labels) or "no anatomy", laterality or "", user, role)
        return JSONResponse(self._series_anatomy_doc(series))

    # WADO ----------------------------------------------------------------------
    def _scope_uids(self, request: Request) -> tuple[str, list[str]]:
        p = request.path_params
        study = _uid(p["study"], "study UID")
        series = _uid(p["series"], "series UID") if "series" in p else None
        sop = _uid(p["sop"], "SOP instance UID") if "sop" in p else None
        uids = self.store.instance_uids(study_uid=study, series_uid=series, sop_uid=sop)
        if not uids:
            what = (f"instance {sop}" if sop else f"series {series}" if series
                    else f"study {study}")
            raise ApiError(404, f"no {what} in study {study}" if sop or series
                           else f"no study {study}")
        return study, uids

    def retrieve(self, request: Request):
        study, uids = self._scope_uids(request)
        self.check_version(request, study, self.original_name())
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
            multipart.stream(parts(), boundary),
            media_type=f'multipart/related; type="application/dicom"; boundary={boundary}')

    def metadata(self, request: Request):
        study, uids = self._scope_uids(request)
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        out = []
        for sop in uids:
            info = self.store.instance_info(sop)
            prefix = (f"{base}/studies/{study}/series/{info['series_uid']}/instances/{sop}")
            out.append(_rewrite_bulk(self.store.instance_metadata(sop), prefix))
        return JSONResponse(out, media_type=DICOM_JSON)

    def frames(self, request: Request):
        study, uids = self._scope_uids(request)
        self.check_version(request, study, self.original_name())
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
        return Response(b"".join(multipart.stream(parts, boundary)),
                        media_type='multipart/related; type="application/octet-stream"; '
                        f"boundary={boundary}")

    def bulkdata(self, request: Request):
        study, uids = self._scope_uids(request)
        self.check_version(request, study, self.original_name())
        path = request.path_params["tag_path"]
        return Response(self.store.read_bulk(uids[0], path), media_type="application/octet-stream")

    # STOW ----------------------------------------------------------------------
    def stow(self, request: Request, body: bytes):
        study_filter = request.path_params.get("study")
        if study_filter:
            _uid(study_filter, "study UID")
        ctype, params = multipart.content_type_params(request.headers.get("content-type", ""))
        if ctype == "application/dicom":
            files = [body]
        elif ctype == "multipart/related":
            if params.get("type", "application/dicom").lower() != "application/dicom":
                raise ApiError(415, f"STOW accepts application/dicom parts, not {params['type']}")
            try:
                parts = multipart.split(body, params.get("boundary", ""))
            except multipart.MultipartError as exc:
                raise ApiError(400, f"bad multipart body: {exc}; nothing was stored") from None
            files = [content for _h, content in parts]
            if not files:
                raise ApiError(400, "multipart body has no parts")
        else:
            raise ApiError(415, "STOW-RS needs Content-Type multipart/related; "
                           f'type="application/dicom" (got {ctype or "none"!r})')
        _user, _role = self.identity(request)
        base = str(request.base_url).rstrip("/") + "/dicomweb"
        stored, failed = [], []
        for index, data in enumerate(files):
            try:
                if study_filter:
                    self._check_study(data, study_filter)
                res = self.store.ingest(data, source=f"STOW {request.client.host if request.client else '?'}")
            except IngestError as exc:
                code = 0x0122 if "SOP class" in str(exc) else 0x0110
                failed.append({"00081197": {"vr": "US", "Value": [code]},
                               "00000902": {"vr": "LO", "Value": [f"part {index + 1}: {exc}"]},
                               "radview_error": f"part {index + 1}: {exc}"})
                continue
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

    # versions ----------------------------------------------------------------------
    def _version_rows(self, sop: str) -> dict[str, list[dict]]:
        by_name: dict[str, list[dict]] = {}
        for row in self.store.versions(sop):
            by_name.setdefault(row["name"], []).append(row)
        return by_name

    def list_versions(self, request: Request):
        sop = _uid(request.path_params["sop"], "SOP instance UID")
        info = self.store.instance_info(sop)
        _user, role = self.identity(request)
        state = self.store.study_state(info["study_uid"])
        allowed = self.config.allowed_versions(state["status"], role)
        versions = []
        rows = self._version_rows(sop)
        for spec in self.config.versions:
            frames = rows.get(spec.name)
            if not frames:
                continue
            p0 = frames[0]["params"]
            total = sum(f["bytes"] for f in frames)
            raw = sum((f["params"]["rows"] * f["params"]["cols"]) for f in frames)
            versions.append({
                "name": spec.name, "usage": spec.usage, "quality": spec.quality,
                "lossless": spec.lossless, "lossy": not spec.lossless,
                "target_ratio": p0.get("target_ratio"),
                "achieved_ratio": round(sum(f["params"]["achieved_ratio"] * f["bytes"]
                                            for f in frames) / total, 3) if total else None,
                "method": p0.get("method"), "bytes": total, "allowed": spec.name in allowed,
                "pixels": raw,
                "frames": [{"frame": f["frame"], "bytes": f["bytes"], "sha256": f["sha256"],
                            "header_length": f["params"]["header_length"],
                            "levels": f["params"]["levels"]} for f in frames],
            })
        return JSONResponse({
            "sop_instance_uid": sop, "series_instance_uid": info["series_uid"],
            "study_instance_uid": info["study_uid"], "rows": info["rows"],
            "columns": info["columns"], "frames": info["frames"],
            **self._state_fields(sop), "diagnostic_status": state["status"],
            "diagnosis": state["diagnosis"], "original_bytes": info["file_size"],
            "allowed_versions": allowed, "versions": versions})

    def _state_fields(self, sop: str) -> dict[str, str]:
        st = self.store.version_state(sop)
        out = {"state": st["state"]}
        if st.get("message"):
            out["state_message"] = st["message"]
        return out

    def version_frame(self, request: Request):
        sop = _uid(request.path_params["sop"], "SOP instance UID")
        name = request.path_params["name"]
        spec = self.config.version(name)
        if spec is None:
            raise ApiError(404, f"no version {name!r}; defined: "
                           + ", ".join(v.name for v in self.config.versions))
        try:
            frame = int(request.path_params["frame"])
        except ValueError:
            raise ApiError(400, "frame must be a number") from None
        info = self.store.instance_info(sop)
        self.check_version(request, info["study_uid"], name)
        rows = [r for r in self._version_rows(sop).get(name, []) if r["frame"] == frame]
        if not rows:
            nframes = int(info["frames"] or 0)
            if not 1 <= frame <= nframes:
                raise ApiError(404, f"instance {sop} has {nframes} frame(s); no frame {frame}")
            st = self.store.version_state(sop)
            if st["state"] == "failed":
                raise ApiError(404, f"version {name} of {sop} could not be built: "
                               f"{st['message']}", state="failed")
            err = ApiError(503, f"version {name} of {sop} is not built yet", state=st["state"])
            err.headers["Retry-After"] = "2"
            raise err
        row = rows[0]
        params = row["params"]
        levels = params["levels"]
        max_dim = _int_param(request, "max_dimension", lo=1)
        level = _int_param(request, "level", lo=0)
        rng = request.headers.get("range")
        if rng and (max_dim is not None or level is not None):
            raise ApiError(400, "use either a Range header or level/max_dimension, not both")
        data = self.store.read_version(sop, name, frame)
        headers = {
            "X-Radview-Version": name, "X-Radview-Quality": str(spec.quality),
            "X-Radview-Usage": spec.usage, "X-Radview-Lossy": "0" if spec.lossless else "1",
            "X-Radview-Ratio": str(params.get("achieved_ratio")),
            "X-Radview-Levels": str(len(levels)), "ETag": f'"{row["sha256"]}"',
            "Accept-Ranges": "bytes",
        }
        if not spec.lossless:  # the DICOM marking of lossy pixels, as headers
            headers.update({f"X-Radview-{k}": v for k, v in
                            lossy_marking(float(params.get("achieved_ratio") or 0)).items()})
        if rng:
            start, end = self._parse_range(rng, len(data))
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            return Response(data[start:end + 1], status_code=206, media_type=CONTAINER,
                            headers=headers)
        k = _level_for(levels, max_dim, level)
        headers["X-Radview-Level"] = str(k)
        return Response(data[:_prefix_end(levels, k)], media_type=CONTAINER, headers=headers)

    @staticmethod
    def _parse_range(value: str, total: int) -> tuple[int, int]:
        unit, _, spec = value.partition("=")
        if unit.strip() != "bytes" or "," in spec:
            raise ApiError(416, f"only one 'bytes=a-b' range is supported, got {value[:60]!r}")
        a, _, b = spec.strip().partition("-")
        try:
            if a == "":
                n = int(b)
                start, end = max(0, total - n), total - 1
            else:
                start = int(a)
                end = int(b) if b else total - 1
        except ValueError:
            raise ApiError(416, f"bad range {value[:60]!r}") from None
        end = min(end, total - 1)
        if start > end or start >= total:
            err = ApiError(416, f"range {value[:60]!r} is outside the {total} bytes")
            err.headers["Content-Range"] = f"bytes */{total}"
            raise err
        return start, end

    def _scope(self, request: Request) -> tuple[str, str, str, list[str]]:
        kind = request.path_params["kind"]
        uid = _uid(request.path_params["uid"], f"{scope_name(kind)} UID")
        if kind == "studies":
            uids = self.store.instance_uids(study_uid=uid)
        elif kind == "series":
            uids = self.store.instance_uids(series_uid=uid)
        elif kind == "instances":
            uids = self.store.instance_uids(sop_uid=uid)
        else:
            raise ApiError(404, f"unknown scope {kind!r} (studies, series, instances)")
        if not uids:
            raise ApiError(404, f"no {scope_name(kind)} {uid}")
        study = self.store.instance_info(uids[0])["study_uid"]
        scope = {"studies": "study", "series": "series", "instances": "instance"}[kind]
        return scope, uid, study, uids

    def manifest_doc(self, request: Request) -> dict[str, Any]:
        scope, uid, study, uids = self._scope(request)
        spec, reason = self.select_for(request, study)
        self.check_version(request, study, spec.name)
        max_dim = _int_param(request, "max_dimension", lo=1)
        level = _int_param(request, "level", lo=0)
        after = _int_param(request, "after_level", lo=0)
        state = self.store.study_state(study)
        base = str(request.base_url).rstrip("/")
        instances, total = [], 0
        for sop in uids:
            info = self.store.instance_info(sop)
            rows = self._version_rows(sop).get(spec.name, [])
            entry: dict[str, Any] = {
                "sop_instance_uid": sop, "series_instance_uid": info["series_uid"],
                "rows": info["rows"], "columns": info["columns"],
                "frames_total": info["frames"], **self._state_fields(sop),
                "original_url": f"{base}/dicomweb/studies/{study}/series/{info['series_uid']}"
                                f"/instances/{sop}",
                "original_bytes": info["file_size"],
                "lossy": None,
            }
            nframes = int(info["frames"] or 0)
            if not rows or len(rows) < nframes:
                entry["frames"] = []
                if entry["state"] == "done":
                    entry["state"] = "pending"
                instances.append(entry)
                continue
            entry["state"] = "done"
            frames = []
            achieved = []
            for row in rows:
                levels = row["params"]["levels"]
                k = _level_for(levels, max_dim, level)
                end = _prefix_end(levels, k)
                start = 0 if after is None else (
                    _prefix_end(levels, min(after, len(levels) - 1)))
                nbytes = max(0, end - start)
                total += nbytes
                achieved.append(row["params"]["achieved_ratio"])
                frames.append({
                    "frame": row["frame"],
                    "url": f"{base}/api/instances/{sop}/versions/{spec.name}/frames/{row['frame']}",
                    "level": k, "levels": len(levels), "level_rows": levels[k]["rows"],
                    "level_cols": levels[k]["cols"],
                    "range": [start, end - 1] if nbytes else None, "bytes": nbytes,
                    "full_bytes": row["bytes"], "sha256": row["sha256"], "level_table": levels,
                })
            entry["frames"] = frames
            if not spec.lossless:
                entry["lossy"] = lossy_marking(sum(achieved) / len(achieved))
            instances.append(entry)
        series_uids = list(dict.fromkeys(i["series_instance_uid"] for i in instances))
        known = self.series_anatomy(series_uids)
        return {"scope": scope, "uid": uid, "study_instance_uid": study,
                "anatomy": {s: known.get(s) for s in series_uids},
                "diagnostic_status": state["status"],
                "status_label": STATUS_LABELS.get(state["status"], "?"),
                "diagnosis": state["diagnosis"], "version": spec.to_json(),
                "selected_by": reason,
                "bytes_to_fetch": total, "instances": instances}

    def manifest(self, request: Request):
        return JSONResponse(self.manifest_doc(request))

    def bundle(self, request: Request):
        doc = self.manifest_doc(request)
        name = doc["version"]["name"]
        pending = sum(1 for i in doc["instances"] if i["state"] != "done")
        jobs = [(i["sop_instance_uid"], f, i.get("lossy")) for i in doc["instances"]
                for f in i["frames"] if f["range"]]
        boundary = multipart.new_boundary()

        def parts():
            for sop, f, lossy in jobs:
                data = self.store.read_version(sop, name, f["frame"])
                a, b = f["range"]
                head = {"Content-Type": CONTAINER, "Content-Location": f["url"],
                        "X-Radview-SOPInstanceUID": sop, "X-Radview-Frame": str(f["frame"]),
                        "X-Radview-Level": str(f["level"]),
                        "Content-Range": f"bytes {a}-{b}/{len(data)}"}
                head.update({f"X-Radview-{k}": v for k, v in (lossy or {}).items()})
                yield head, data[a:b + 1]

        return StreamingResponse(multipart.stream(parts(), boundary),
                                 media_type=f"multipart/mixed; boundary={boundary}",
                                 headers={"X-Radview-Pending": str(pending),
                                          "X-Radview-Version": name})

    # status & diagnosis --------------------------------------------------------------
    def _state_doc(self, request: Request, study: str) -> dict[str, Any]:
        _user, role = self.identity(request)
        st = self.store.study_state(study)
        diag = {"notes": "", "annotations": [], "report": "", **st["diagnosis"]}
        return {"study_instance_uid": study, "status": st["status"],
                "status_label": STATUS_LABELS.get(st["status"], "?"), "diagnosis": diag,
                "allowed_versions": self.config.allowed_versions(st["status"], role)}

    def get_state(self, request: Request):
        study = _uid(request.path_params["study"], "study UID")
        return JSONResponse(self._state_doc(request, study))

    def put_status(self, request: Request, body: bytes):
        study = _uid(request.path_params["study"], "study UID")
        doc = self._json_body(body)
        status = doc.get("status")
        if not isinstance(status, int) or isinstance(status, bool) or status not in STATUS_LABELS:
            raise ApiError(400, f"status must be a whole number 1..5, got {status!r}")
        self.store.set_study_state(study, status=status)
        user, role = self.identity(request)
        log.info("study %s status -> %d by %s (%s)", study, status, user, role)
        return JSONResponse(self._state_doc(request, study))

    def put_diagnosis(self, request: Request, body: bytes):
        study = _uid(request.path_params["study"], "study UID")
        doc = self._json_body(body)
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

    @staticmethod
    def _json_body(body: bytes) -> dict[str, Any]:
        try:
            doc = json.loads(body or b"{}")
        except ValueError:
            raise ApiError(400, "request body is not valid JSON") from None
        if not isinstance(doc, dict):
            raise ApiError(400, "request body must be a JSON object")
        return doc

    # access log ------------------------------------------------------------------------
    def access(self, request: Request, status: int, nbytes: int, seconds: float) -> None:
        if self.access_path is None:
            return
        line = json.dumps({
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "user": request.headers.get("x-radview-user", "anonymous")[:64],
            "role": request.headers.get("x-radview-role", self.config.default_role)[:32],
            "client": request.client.host if request.client else None,
            "method": request.method, "path": request.url.path,
            "query": str(request.url.query)[:200], "status": status, "bytes": nbytes,
            "seconds": round(seconds, 4)})
        with self._log_lock, open(self.access_path, "a") as f:
            f.write(line + "\n")


def _handler(app: ServerApp, fn: Callable, *, with_body: bool = False):
    async def endpoint(request: Request) -> Response:
        t0 = time.perf_counter()
        try:
            if with_body:
                try:
                    body = await request.body()
                except ClientDisconnect:
                    log.warning("client disconnected during upload to %s; nothing stored",
                                request.url.path)
                    return Response(status_code=400)
                response = await run_in_threadpool(fn, request, body)
            else:
                response = await run_in_threadpool(fn, request)
        except ApiError as exc:
            response = JSONResponse(exc.body, status_code=exc.status, headers=exc.headers)
        except NotFoundError as exc:
            response = JSONResponse({"error": str(exc)}, status_code=404)
        except IntegrityError as exc:
            log.error("integrity error on %s: %s", request.url.path, exc)
            response = JSONResponse({"error": str(exc)}, status_code=500)
        except Exception as exc:  # noqa: BLE001 - answer, log, keep serving
            log.exception("internal error on %s", request.url.path)
            response = JSONResponse({"error": f"internal error: {type(exc).__name__}: {exc}"},
                                    status_code=500)
        if isinstance(response, JSONResponse):
            response = _compressed(request, response)
        size = int(response.headers.get("content-length", 0) or 0)
        await run_in_threadpool(app.access, request, response.status_code, size,
                                time.perf_counter() - t0)
        return response

    return endpoint


GZIP_MIN_BYTES = 1400  # about one packet: smaller answers gain nothing


def _compressed(request: Request, response: JSONResponse) -> Response:
    """JSON answers (study metadata documents, manifests, queries) compressed when the
    client accepts gzip: DICOM JSON shrinks ~10x, which is most of the time to the
    first image on a slow link. Pixel data (containers, originals) is sent as is."""
    body = response.body
    if len(body) < GZIP_MIN_BYTES or "gzip" not in request.headers.get("accept-encoding", ""):
        return response
    packed = gzip.compress(body, compresslevel=5, mtime=0)
    headers = {k: v for k, v in response.headers.items()
               if k.lower() not in ("content-length", "content-type")}
    headers.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(packed, status_code=response.status_code, headers=headers,
                    media_type=response.media_type)


def create_app(store: Store, config: ServerConfig | None = None, *, worker=None,
               data_dir: Path | None = None, info: dict[str, Any] | None = None,
               anatomy=None) -> Starlette:
    a = ServerApp(store, config or ServerConfig.load(None), worker=worker, data_dir=data_dir,
                  info=info, anatomy=anatomy)
    h = lambda fn, **kw: _handler(a, fn, **kw)  # noqa: E731
    dw = "/dicomweb"
    inst = dw + "/studies/{study}/series/{series}/instances/{sop}"
    routes = [
        Route("/api/health", h(a.health)),
        Route("/api/config", h(a.get_config)),
        # QIDO
        Route(dw + "/studies", h(a.qido), methods=["GET"]),
        Route(dw + "/series", h(a.qido)),
        Route(dw + "/instances", h(a.qido)),
        Route(dw + "/studies/{study}/series", h(a.qido)),
        Route(dw + "/studies/{study}/instances", h(a.qido)),
        Route(dw + "/studies/{study}/series/{series}/instances", h(a.qido)),
        # STOW
        Route(dw + "/studies", h(a.stow, with_body=True), methods=["POST"]),
        Route(dw + "/studies/{study}", h(a.stow, with_body=True), methods=["POST"]),
        # WADO
        Route(dw + "/studies/{study}", h(a.retrieve), methods=["GET"]),
        Route(dw + "/studies/{study}/series/{series}", h(a.retrieve)),
        Route(inst, h(a.retrieve)),
        Route(dw + "/studies/{study}/metadata", h(a.metadata)),
        Route(dw + "/studies/{study}/series/{series}/metadata", h(a.metadata)),
        Route(inst + "/metadata", h(a.metadata)),
        Route(inst + "/frames/{frames}", h(a.frames)),
        Route(inst + "/bulk/{tag_path:path}", h(a.bulkdata)),
        # plain JSON queries
        Route("/api/studies", h(a.plain_query)),
        Route("/api/studies/{study}/series", h(a.plain_query)),
        Route("/api/series/{series}/instances", h(a.plain_query)),
        # anatomy
        Route("/api/series/{series}/anatomy", h(a.get_series_anatomy), methods=["GET"]),
        Route("/api/series/{series}/anatomy", h(a.put_series_anatomy, with_body=True),
              methods=["PUT"]),
        # versions
        Route("/api/instances/{sop}/versions", h(a.list_versions)),
        Route("/api/instances/{sop}/versions/{name}/frames/{frame}", h(a.version_frame)),
        Route("/api/{kind}/{uid}/manifest", h(a.manifest)),
        Route("/api/{kind}/{uid}/bundle", h(a.bundle)),
        # status & diagnosis
        Route("/api/studies/{study}/state", h(a.get_state)),
        Route("/api/studies/{study}/status", h(a.put_status, with_body=True), methods=["PUT"]),
        Route("/api/studies/{study}/diagnosis", h(a.put_diagnosis, with_body=True),
              methods=["PUT"]),
    ]
    routes += delta_routes(store, data_dir, h)  # delta upload + analysis (docs/delta.md)
    app = Starlette(routes=routes)
    app.state.radview = a
    return app
