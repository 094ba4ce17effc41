"""What every HTTP resource module shares: the error answer, parameter checks,
the handler wrapper (thread pool, errors to JSON, gzip, access log) and the
server core (store, config, identity and the version permission check)."""

from __future__ import annotations

import gzip
import json
import logging
import threading
import time
from pathlib import Path
from typing import Any, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from radview.dicom import query
from radview.server import audit
from radview.server.audit import AuditLog
from radview.server.auth import AuthError, Authenticator, Identity, Policy, Refused
from radview.server.config import ServerConfig
from radview.server.storage import IntegrityError, NotFoundError, Store
from radview.server.users import UserStore

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

def check_uid(value: str, what: str) -> str:
    try:
        return query.check_uid(value, what)
    except query.QueryValueError as exc:
        raise ApiError(400, str(exc)) from None


def int_param(request: Request, name: str, *, lo: int | None = None,
              hi: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"parameter {name} must be a whole number, got {raw[:40]!r}") from None
    # beyond 64 bits SQLite cannot bind it: a 400, not a 500 from the database
    if (lo is not None and value < lo) or (hi is not None and value > hi) \
            or not -(2**63) <= value < 2**63:
        raise ApiError(400, f"parameter {name}={raw[:40]} is out of range")
    return value


def json_body(body: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(body or b"{}")
    except ValueError:
        raise ApiError(400, "request body is not valid JSON") from None
    if not isinstance(doc, dict):
        raise ApiError(400, "request body must be a JSON object")
    return doc


class ServerApp:
    """The server core the resource modules share: store, config, who is asking
    (auth.Authenticator), what they may do (auth.Policy) and the audit trail."""

    def __init__(self, store: Store, config: ServerConfig, *, worker=None,
                 data_dir: Path | None = None, info: dict[str, Any] | None = None,
                 anatomy=None, authenticator: Authenticator | None = None,
                 audit: AuditLog | None = None):
        self.store = store
        self.config = config
        self.worker = worker
        self.anatomy = anatomy  # AnatomyIndexer, or None: stored anatomy only
        self.info = info or {}
        self.access_path = Path(data_dir) / "access.log" if data_dir else None
        self._log_lock = threading.Lock()
        if authenticator is None:
            if data_dir is None:
                raise ValueError("the HTTP app needs a data folder (users) or an authenticator")
            authenticator = Authenticator(UserStore(data_dir), config, data_dir=Path(data_dir))
        self.authenticator = authenticator
        self.policy = Policy(config)
        self.audit = audit if audit is not None else (
            AuditLog(data_dir, syslog=config.raw.get("audit_syslog")) if data_dir else None)
        self._patients: dict[str, str] = {}

    # identity and permissions ------------------------------------------------
    def identity(self, request: Request) -> Identity:
        """Who sent this request (set by the handler from the bearer credentials)."""
        return request.state.identity

    def note_study(self, request: Request, study_uid: str) -> None:
        """The study a request is about, for its audit record."""
        request.state.study = study_uid

    def check_version(self, request: Request, study_uid: str, name: str) -> None:
        self.note_study(request, study_uid)
        status = self.store.study_state(study_uid)["status"]
        self.policy.check_version(study_uid, status, self.identity(request).role, name)

    def check_any_version(self, request: Request, study_uid: str) -> list[str]:
        """The versions of this study the caller may receive; refused when none."""
        self.note_study(request, study_uid)
        status = self.store.study_state(study_uid)["status"]
        role = self.identity(request).role
        allowed = self.policy.allowed_versions(status, role)
        if not allowed:
            self.policy.check_version(study_uid, status, role, self.policy.original)
        return allowed

    def check_action(self, request: Request, action: str) -> Identity:
        """Refuses (403, before anything changes) when the caller's role may not do this."""
        who = self.identity(request)
        self.policy.check_action(action, who)
        return who

    def patient_of(self, study_uid: str) -> str:
        """The study's Patient ID for audit records (cached; an unknown study is not)."""
        known = self._patients.get(study_uid)
        if known is None:
            rows = self.store.find("STUDY", {"StudyInstanceUID": study_uid}, limit=1)
            if not rows:
                return ""
            if len(self._patients) > 10000:
                self._patients.clear()
            known = self._patients[study_uid] = str(rows[0].get("PatientID") or "")
        return known

    def original_name(self) -> str:
        return self.policy.original

    def conditions(self, request: Request, study_uid: str) -> dict[str, Any]:
        """Client conditions for the version policy, from X-Radview-* headers."""
        h = request.headers
        role = self.identity(request).role
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
            allowed = self.check_any_version(request, study_uid)
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
                                      quality=int_param(request, "quality", lo=1, hi=100),
                                      usage=q.get("usage") or None)
        except LookupError as exc:
            raise ApiError(404 if q.get("version") or q.get("quality") or q.get("usage")
                           else 400, str(exc)) from None

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

    # access log and audit ------------------------------------------------------------
    def access(self, request: Request, status: int, nbytes: int, seconds: float) -> None:
        if self.access_path is None:
            return
        who = getattr(request.state, "identity", None)
        line = json.dumps({
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "user": who.user if who else "", "role": who.role if who else "",
            "client": request.client.host if request.client else None,
            "method": request.method, "path": request.url.path,
            "query": str(request.url.query)[:200], "status": status, "bytes": nbytes,
            "seconds": round(seconds, 4)})
        with self._log_lock, open(self.access_path, "a") as f:
            f.write(line + "\n")

    def audit_request(self, request: Request, event: tuple[str, str, str], status: int,
                      message: str = "") -> None:
        if self.audit is None:
            return
        name, action, event_type = event
        who = getattr(request.state, "identity", None)
        study = getattr(request.state, "study", "") or request.path_params.get("study", "")
        outcome = (audit.SUCCESS if status < 400 else
                   audit.SERIOUS_FAILURE if status >= 500 else audit.MINOR_FAILURE)
        try:
            patient = self.patient_of(study) if study else ""
        except Exception:  # noqa: BLE001 - an unknown or malformed UID: no patient
            patient = ""
        self.audit.record(
            name, action, outcome, event_type=event_type + (" refused" if status == 403 else ""),
            user=who.user if who else "", role=who.role if who else "",
            ae_title=who.ae_title if who else "",
            address=request.client.host if request.client else "", study_uid=study,
            patient_id=patient, detail=f"{request.method} {request.url.path} -> {status}"
            + (f": {message}" if message else ""))

    def audit_store(self, who: Identity, address: str, study: str, detail: str) -> None:
        if self.audit is None:
            return
        self.audit.record("instances_transferred", "C",
                          audit.SUCCESS if study else audit.MINOR_FAILURE, event_type="store",
                          user=who.user, role=who.role, ae_title=who.ae_title, address=address,
                          study_uid=study, patient_id=self.patient_of(study) if study else "",
                          detail=detail)

    def authenticate(self, request: Request) -> Identity:
        try:
            return self.authenticator.bearer(request.headers.get("authorization"))
        except AuthError as exc:
            if self.audit is not None:
                self.audit.record("user_authentication", "E", audit.MINOR_FAILURE,
                                  event_type="login failure",
                                  address=request.client.host if request.client else "",
                                  detail=f"{request.method} {request.url.path}: {exc.reason}")
            reason = exc.reason.replace('"', "'")
            challenge = 'Bearer realm="radview"' + (
                f', error="{exc.code}", error_description="{reason}"' if exc.code else "")
            err = ApiError(401, exc.reason)
            err.headers["WWW-Authenticate"] = challenge.replace("\n", " ")[:300]
            raise err from None


# (event, action, type) of the audit record of a route: PS3.15 A.5.3 events
READ = ("instances_accessed", "R", "read")
QUERY = ("query", "E", "query")
STORE = ("instances_transferred", "C", "store")


def handler(app: ServerApp, fn: Callable, *, with_body: bool = False, public: bool = False,
            audit_as: tuple[str, str, str] | None = READ):
    """A Starlette endpoint around ``fn``: authentication (unless ``public``), the
    thread pool, errors as JSON answers, gzip, the access log and the audit record.
    New resource modules build their routes with it and so get the same checks."""

    async def endpoint(request: Request) -> Response:
        t0 = time.perf_counter()
        message = ""
        try:
            if not public:
                request.state.identity = await run_in_threadpool(app.authenticate, request)
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
            message = exc.body["error"]
        except Refused as exc:
            response = JSONResponse({"error": str(exc), **exc.extra}, status_code=403)
            message = str(exc)
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
            response = compressed(request, response)
        size = int(response.headers.get("content-length", 0) or 0)
        await run_in_threadpool(app.access, request, response.status_code, size,
                                time.perf_counter() - t0)
        if (audit_as is not None and response.status_code != 401
                and not getattr(request.state, "audited", False)):
            await run_in_threadpool(app.audit_request, request, audit_as,
                                    response.status_code, message)
        return response

    return endpoint


GZIP_MIN_BYTES = 1400  # about one packet: smaller answers gain nothing


def compressed(request: Request, response: JSONResponse) -> Response:
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


class Resource:
    """Base of the resource modules' handler classes."""

    def __init__(self, app: ServerApp):
        self.app = app
        self.store = app.store
        self.config = app.config
