"""The version API: versions of an instance, version frames (levels, ranges),
manifests and bundles of a study/series/instance."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from radview.dicom import multipart
from radview.server.config import STATUS_LABELS
from radview.server.http.common import CONTAINER, ApiError, Resource, check_uid, int_param
from radview.server.versions import lossy_marking


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


def _first_level_first(jobs: list[tuple], first: int) -> list[tuple]:
    """A bundle's parts with ``first_level``: every frame's bytes up to level ``first``
    (one part each), then the rest of every frame up to its requested level (another
    part each). One request does what a coarse bundle and a finer one did, without
    the second round trip; a frame whose range starts at or after level ``first``, or
    ends inside it, stays one part."""
    coarse, rest = [], []
    for sop, f, lossy, level, a, b in jobs:
        split = _prefix_end(f["level_table"], first) if first < level else a
        if a < split <= b:
            coarse.append((sop, f, lossy, first, a, split - 1))
            rest.append((sop, f, lossy, level, split, b))
        else:
            rest.append((sop, f, lossy, level, a, b))
    return coarse + rest


def scope_name(kind: str) -> str:
    return {"studies": "study", "series": "series", "instances": "instance"}.get(kind, kind)


# ------------------------------------------------------------------------ app


class Versions(Resource):
    # versions ----------------------------------------------------------------------
    def _version_rows(self, sop: str) -> dict[str, list[dict]]:
        by_name: dict[str, list[dict]] = {}
        for row in self.store.versions(sop):
            by_name.setdefault(row["name"], []).append(row)
        return by_name

    def list_versions(self, request: Request):
        sop = check_uid(request.path_params["sop"], "SOP instance UID")
        info = self.store.instance_info(sop)
        allowed = self.app.check_any_version(request, info["study_uid"])
        state = self.store.study_state(info["study_uid"])
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
        sop = check_uid(request.path_params["sop"], "SOP instance UID")
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
        self.app.check_version(request, info["study_uid"], name)
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
        max_dim = int_param(request, "max_dimension", lo=1)
        level = int_param(request, "level", lo=0)
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
                            lossy_marking(float(params.get("achieved_ratio") or 0),
                                          params.get("method")).items()})
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
        uid = check_uid(request.path_params["uid"], f"{scope_name(kind)} UID")
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
        spec, reason = self.app.select_for(request, study)
        self.app.check_version(request, study, spec.name)
        max_dim = int_param(request, "max_dimension", lo=1)
        level = int_param(request, "level", lo=0)
        after = int_param(request, "after_level", lo=0)
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
                entry["lossy"] = lossy_marking(sum(achieved) / len(achieved),
                                               rows[0]["params"].get("method"))
            instances.append(entry)
        series_uids = list(dict.fromkeys(i["series_instance_uid"] for i in instances))
        known = self.app.series_anatomy(series_uids)
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
        first = int_param(request, "first_level", lo=0)
        name = doc["version"]["name"]
        pending = sum(1 for i in doc["instances"] if i["state"] != "done")
        jobs = [(i["sop_instance_uid"], f, i.get("lossy"), f["level"], *f["range"])
                for i in doc["instances"] for f in i["frames"] if f["range"]]
        if first is not None:
            jobs = _first_level_first(jobs, first)
        boundary = multipart.new_boundary()

        def parts():
            # a frame's two parts, when they follow each other (the one on-screen image the
            # workstation asks with first_level), share one read and check of its version
            held = (None, None, b"")
            for sop, f, lossy, level, a, b in jobs:
                if held[:2] != (sop, f["frame"]):
                    held = (sop, f["frame"], self.store.read_version(sop, name, f["frame"]))
                data = held[2]
                head = {"Content-Type": CONTAINER, "Content-Location": f["url"],
                        "X-Radview-SOPInstanceUID": sop, "X-Radview-Frame": str(f["frame"]),
                        "X-Radview-Level": str(level),
                        "Content-Range": f"bytes {a}-{b}/{len(data)}"}
                head.update({f"X-Radview-{k}": v for k, v in (lossy or {}).items()})
                yield head, memoryview(data)[a:b + 1]  # not copied: a slice of the read

        return StreamingResponse(multipart.coalesce(multipart.write_parts(parts(), boundary)),
                                 media_type=f"multipart/mixed; boundary={boundary}",
                                 headers={"X-Radview-Pending": str(pending),
                                          "X-Radview-Version": name})

    def routes(self, h) -> list[Route]:
        return [
            Route("/api/instances/{sop}/versions", h(self.list_versions)),
            Route("/api/instances/{sop}/versions/{name}/frames/{frame}", h(self.version_frame)),
            Route("/api/{kind}/{uid}/manifest", h(self.manifest)),
            Route("/api/{kind}/{uid}/bundle", h(self.bundle)),
        ]
