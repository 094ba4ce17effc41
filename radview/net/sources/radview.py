"""The radview image server as a study source: progressive versions to screen resolution.

Qt-free. Opening a series:
1. the study metadata document (one request) gives every image's header, so the
   viewer can lay out the whole series before any pixel arrives;
2. the image on screen first, in one *bundle* request: ``max_dimension`` = what the
   viewport shows in device pixels, ``first_level=0``: its level 0 (≤ 128 px) as the
   first part, shown at once, then the bytes of the finer levels, appended to it;
3. the rest of the series: a bundle of every level 0 (unless the link is measured
   fast), then one with ``after_level=0``: only the bytes of the finer levels,
   appended to what is held. A zoom later asks for the next level the same way
   (``refine``). Images are shown as their parts stream in.
Every prefix is kept in the local cache (hash-verified), so the study reopens offline.
Server refusals (diagnostic status, role) arrive as the server's own sentence.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable

import httpx

from radview.dicom import boundary_of, flatten, int_value, iter_parts
from radview.dicom.overlays import OVERLAY_KEY, inline_bulk, overlay_elements
from radview.errors import RadviewError
from radview.gcpause import paused_gc
from radview.net.cache import BlobPut, Cache, CacheIntegrityError
from radview.net.cache_writer import CacheWriter
from radview.net.link import LinkMeter
from radview.net.progressive import Viewport, needed_dimension
from radview.net.sources.base import (
    ImageUpdate, SearchFilters, Source, decode_original, original_update, sort_instances,
)
from radview.net.sources.rows import (
    ORIGINAL, instance_from_plain, series_from_plain, study_from_plain,
)

log = logging.getLogger("radview.workstation")
DEFAULT_VIEWPORT = Viewport(1920, 1080)
STACK_MODALITIES = ("CT", "MR", "PT", "NM")  # opened at the middle slice
# On a link at least this fast (measured), a series is fetched straight at screen
# resolution: the coarse pass first (one more request, one more decode and cache
# write per image) shows the stack earlier only where bytes are slow to come.
FAST_LINK_BPS = 100e6
DECODERS = min(2, os.cpu_count() or 1)  # decoding threads per source


def _run_now(fn, *args) -> Future:
    """``fn(*args)`` run on this thread, as a finished future (its error kept in it)."""
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except BaseException as exc:  # noqa: BLE001 - handed over like an executor would
        future.set_exception(exc)
    return future


def _cache_key(version: str, frame: int) -> str:
    return version if frame == 1 else f"{version}/{frame}"


class RadviewSource(Source):
    kind = "radview"

    def __init__(self, cache: Cache | None, connection, *, client=None):
        from radview.net.radview_client import RadviewClient

        self.cache = cache  # None: headers only (``radview hang``), nothing is kept
        self._writer = CacheWriter(cache) if cache is not None else None
        self.name = connection.name
        self.connection = connection
        self.client = client or RadviewClient(
            connection.url, token=getattr(connection, "token", "") or None,
            ca_cert=getattr(connection, "ca_cert", "") or None,
            client_cert=getattr(connection, "client_cert", "") or None,
            client_key=getattr(connection, "client_key", "") or None)
        self._studies: dict[str, dict] = {}
        self._metas: dict[str, dict[str, dict]] = {}  # study → sop → header
        self._held: dict[tuple[str, str, int], tuple[bytes, int, int]] = {}  # prefix, level, levels
        self._lock = threading.Lock()
        self.bytes_received = 0
        self.link = LinkMeter()  # whole transfers, RTT taken off: the home profile's rate
        self.stream_rate = LinkMeter()  # bodies over the waits for their bytes (see _bundle)
        self._broken: set[str] = set()  # instances whose versions failed to decode
        self._pool: ThreadPoolExecutor | None = None  # decoders, started on first use
        self._unwritten: dict[str, dict] = {}  # study → headers not yet queued for the cache

    # -- lists -------------------------------------------------------------------
    def measure_rtt(self) -> float:
        from radview.net.link import probe_rtt

        rtt = probe_rtt("/api/health", client=self.client.http)
        self.link.add_rtt(rtt)
        return rtt

    def search(self, filters: SearchFilters) -> list[dict]:
        return self.search_withheld(filters)[0]

    def search_withheld(self, filters: SearchFilters) -> tuple[list[dict], list[dict]]:
        """(the studies this user may open, newest first; the rows the server marks as
        withheld from them, e.g. unread studies for a referrer — never opened, only named
        when the reader asks for one)."""
        f = filters.validate()
        if self.link.estimate().rtt_s is None:
            self.measure_rtt()
        query: dict[str, str] = {}
        if f.patient:
            query["PatientName"] = f"*{f.patient}*"
        if f.patient_id:
            query["PatientID"] = f.patient_id
        if f.modality:
            query["ModalitiesInStudy"] = f.modality.upper()
        if f.accession:
            query["AccessionNumber"] = f.accession
        if f.description:
            query["StudyDescription"] = f"*{f.description}*"
        if f.date_from or f.date_to:
            query["StudyDate"] = f"{f.date_from}-{f.date_to}"
        # the server says which studies this user may open (a referrer: none unread)
        rows = self.client.query_studies(**query)
        studies = [study_from_plain(r) for r in rows if r.get("allowed_versions") != []]
        withheld = [study_from_plain(r) for r in rows if r.get("allowed_versions") == []]
        studies.sort(key=lambda s: s["study_date"] or "", reverse=True)
        for study in studies:
            self._studies[study["study_uid"]] = study
        return studies, withheld

    def series(self, study_uid: str) -> list[dict]:
        rows = [series_from_plain(r, study_uid) for r in self.client.series(study_uid)]
        return sorted(rows, key=lambda s: (s["number"] is None, s["number"] or 0))

    def correct_anatomy(self, series_uid: str, labels: list[str],
                        laterality: str | None) -> dict:
        """Send a user's anatomy correction to the server (``PUT /api/series/{uid}/anatomy``).

        Returns the server's document (``anatomy`` = the correction); a refusal raises
        ServerError with the server's sentence.  The local cache is not touched here
        (the workstation records the correction there first, also when the server is away).
        """
        from urllib.parse import quote

        return self.client._json("PUT", f"/api/series/{quote(series_uid)}/anatomy",
                                 json={"labels": list(labels), "laterality": laterality})

    def state(self, study_uid: str) -> dict:
        return self.client.state(study_uid)

    # -- headers -------------------------------------------------------------------
    def study_metas(self, study_uid: str, *, wait_for_cache: bool = True) -> dict[str, dict]:
        """Every header of the study (one metadata request, then held). The headers are
        written to the local cache by the writer thread; ``wait_for_cache`` False leaves
        them for later (a series load queues them when its images are in, then waits
        for all its writes)."""
        with self._lock:
            metas = self._metas.get(study_uid)
        if metas is None:
            metas = {}
            overlays = []
            items = self.client.study_metadata(study_uid)
            with paused_gc():  # before the first image: keep it steady (radview.gcpause)
                for item in items:
                    meta = flatten(item)  # binary values (Pixel Data's BulkDataURI) left out
                    if meta.get("SOPInstanceUID"):
                        metas[str(meta["SOPInstanceUID"])] = meta
                        planes = overlay_elements(item)
                        if planes:
                            overlays.append((meta, planes))
            self._inline_overlays(overlays)
            with self._lock:
                self._metas[study_uid] = metas
                if self._writer is not None:
                    self._unwritten[study_uid] = metas
        if wait_for_cache and self._write_headers():
            self._writer.flush()
        return metas

    def _write_headers(self) -> bool:
        """Queue the headers not yet written for the cache; False when there were none."""
        with self._lock:
            todo, self._unwritten = self._unwritten, {}
        for study_uid, metas in todo.items():
            self._writer.call(lambda st=study_uid, m=metas: self._remember(st, m))
        return bool(todo)

    def _inline_overlays(self, overlays: list[tuple[dict, dict]]) -> None:
        """Overlay planes (60xx) kept with each header, their bitmaps fetched from the
        server's bulk data (radview.dicom.overlays), so the viewer draws them as from
        the file, offline too. A reader the server refuses the original's bulk data
        (a referrer) gets no planes: said once in the log, the images still come."""
        def fetch(uri: str) -> bytes:
            return self.client._request("GET", uri).content

        for meta, planes in overlays:
            try:
                meta[OVERLAY_KEY] = inline_bulk(planes, fetch)
            except RadviewError as exc:
                log.info("overlay planes of %d image(s) not shown: %s", len(overlays), exc)
                return

    def _remember(self, study_uid: str, metas: dict[str, dict]) -> None:
        """Keep the headers in the local cache so the study reopens offline."""
        if self.cache is None:
            return
        study = self._studies.get(study_uid)
        if study is None:  # not listed by a search: from the first header
            first = next(iter(metas.values()), {})
            study = dict(study_from_plain(first), study_uid=study_uid, modalities="")
        modalities = sorted({str(m.get("Modality", "")) for m in metas.values()} - {""})
        study = dict(study, modalities=study.get("modalities") or "\\".join(modalities))
        self.cache.put_study(study, source=self.name)
        seen = set()
        instances = []
        for meta in metas.values():
            series_uid = str(meta.get("SeriesInstanceUID", ""))
            if series_uid not in seen:
                seen.add(series_uid)
                self.cache.put_series(series_from_plain(meta, study_uid))
            instances.append(instance_from_plain(meta, study_uid))
        self.cache.put_instances(instances)  # one transaction for the whole study

    def series_metas(self, study_uid: str, series_uid: str, *,
                     wait_for_cache: bool = True) -> list[dict]:
        metas = [m for m in self.study_metas(study_uid, wait_for_cache=wait_for_cache).values()
                 if m.get("SeriesInstanceUID") == series_uid]
        if not metas:
            raise RadviewError(f"the server lists no images for series {series_uid}")
        rows = [{"meta": m, "number": int_value(m.get("InstanceNumber"))} for m in metas]
        return [r["meta"] for r in sort_instances(rows)]

    # -- pixels -----------------------------------------------------------------------
    def load_series(self, study_uid, series_uid, *, on_header, on_image, choice=None,
                    viewport=None, progress=None, cancel=None) -> int:
        from radview.net.profiles import default_version

        self._require_cache()
        choice = choice or default_version("reading")
        viewport = viewport or DEFAULT_VIEWPORT
        try:
            return self._load_series(study_uid, series_uid, on_header, on_image, choice,
                                     viewport, progress, cancel)
        finally:
            self._write_headers()
            self._writer.flush()  # what was shown is in the cache: the study reopens offline

    def _load_series(self, study_uid, series_uid, on_header, on_image, choice, viewport,
                     progress, cancel) -> int:
        metas = self.series_metas(study_uid, series_uid, wait_for_cache=False)
        on_header(metas)
        index = {str(m["SOPInstanceUID"]): n for n, m in enumerate(metas)}
        rows, cols = int(metas[0].get("Rows") or 1), int(metas[0].get("Columns") or 1)
        target = needed_dimension(rows, cols, viewport)
        count = len(metas)
        got: set[str] = set()
        shown: list[bool] = []

        def emit(update: ImageUpdate) -> None:
            got.add(update.sop_uid)
            on_image(update)
            if not shown:
                # the first image is up: the headers are written behind the rest of the
                # transfer, not after it (the load waits for every write at its end)
                shown.append(True)
                self._write_headers()
            if progress is not None:
                progress(len(got), count)

        held = self._from_cache(metas, choice.version, index, count, emit)
        if cancel is not None and cancel():
            return 0
        # The image the viewport shows first (same rule as the main window) comes first:
        # its coarsest level, then its screen level; then the rest of the series.
        focus = metas[len(metas) // 2] if len(metas) > 1 and str(
            metas[0].get("Modality", "")) in STACK_MODALITIES else metas[0]
        focus_sop = str(focus["SOPInstanceUID"])
        after = self._held_level(focus_sop, choice.version)
        params = self._target_params(target, after)
        if after < 0 and not self.link_is_fast():
            # level 0 as the bundle's first part, the finer bytes right behind it in
            # the same answer: no second round trip, no wait for the coarse decode
            params["first_level"] = 0
        self._bundle("instance", focus_sop, choice, params, metas, index, emit, cancel)
        if len(metas) > 1:
            # the focus image's transfers have measured the link by now
            if not held and not self.link_is_fast():
                self._bundle("series", series_uid, choice, {"level": 0}, metas, index, emit,
                             cancel)
            got.clear()
            after = min((self._held_level(s, choice.version) for s in index), default=-1)
            self._bundle("series", series_uid, choice, self._target_params(target, after),
                         metas, index, emit, cancel)
        missing = [s for s in index if self._held_level(s, choice.version) < 0
                   or s in self._broken]
        for sop in missing:  # versions still being built on the server: show the original
            if cancel is not None and cancel():
                return 0
            emit(self._original(study_uid, metas[index[sop]], index[sop], count))
        return count

    def link_is_fast(self) -> bool:
        """True when the link has been measured at FAST_LINK_BPS or more."""
        rate = self.stream_rate.estimate().rate_bps
        return rate is not None and rate >= FAST_LINK_BPS

    @staticmethod
    def _target_params(target: int, after: int) -> dict:
        params = {"max_dimension": target}
        if after >= 0:
            params["after_level"] = after
        return params

    def refine(self, series_uid: str, sops: Iterable[str], max_dimension: int, *, choice,
               on_image: Callable[[ImageUpdate], None], cancel=None) -> int:
        """After a zoom: fetch only the finer levels now needed (bytes after those held)."""
        sops = list(sops)
        held = {s: self._held_level(s, choice.version) for s in sops}
        known = [h for h in held.values() if h >= 0]
        if not known:
            return 0  # only originals (versions not built yet): nothing finer to fetch
        # the first image (the visible one) that came as a version sets the level
        first = next(s for s in sops if held[s] >= 0)
        levels = self._held[(first, choice.version, 1)][2]
        study_uid = next((st for st, m in self._metas.items() if first in m), None)
        if study_uid is None:
            return 0
        metas = self.series_metas(study_uid, series_uid)
        index = {str(m["SOPInstanceUID"]): n for n, m in enumerate(metas)}
        need = self._level_for(first, choice.version, max_dimension)
        if need is None or need <= min(known) or min(known) >= levels - 1:
            return 0
        params = {"max_dimension": int(max_dimension), "after_level": min(known)}
        try:
            return self._bundle("series", series_uid, choice, params, metas, index, on_image,
                                cancel)
        finally:
            self._writer.flush()

    def _level_for(self, sop: str, version: str, max_dimension: int) -> int | None:
        from radview.codec import level_for_size, read_header

        entry = self._held.get((sop, version, 1))
        if entry is None:
            return None
        return int(level_for_size(read_header(entry[0]), int(max_dimension)))

    def _held_level(self, sop: str, version: str, frame: int = 1) -> int:
        entry = self._held.get((sop, version, frame))
        return -1 if entry is None else entry[1]

    def _from_cache(self, metas, version, index, count, emit) -> int:
        from radview.codec import decode, read_header

        found = 0
        key = _cache_key(version, 1)
        # one query for the whole series: a series never opened costs no read per image
        cached = self.cache.cached_sops([str(m["SOPInstanceUID"]) for m in metas], key)
        for meta in metas:
            sop = str(meta["SOPInstanceUID"])
            if sop not in cached:
                continue
            try:
                blob = self.cache.get_blob(sop, _cache_key(version, 1))
            except CacheIntegrityError:
                continue  # dropped by the cache; fetched again below
            if blob is None or blob.level is None:
                continue
            try:
                header = read_header(blob.data)
                update = self._update(meta, index[sop], count, version, blob.data, blob.level,
                                      len(header.levels), header, 1, decode)
            except RadviewError:  # written by an older codec: fetch it again
                self.cache.remove_blob(sop, _cache_key(version, 1))
                continue
            self._held[(sop, version, 1)] = (blob.data, blob.level, len(header.levels))
            emit(update)
            found += 1
        return found

    def _update(self, meta, n, count, version, data, level, levels, header, frame, decode):
        from radview.net.profiles import VERSION_QUALITY

        pixels = decode(data, level=level)
        return ImageUpdate(n, count, str(meta["SOPInstanceUID"]), meta, pixels, version,
                           quality=int(VERSION_QUALITY.get(version, header.quality or 0)),
                           lossy=not header.lossless, level=level, levels=levels,
                           final=level >= levels - 1, frame=frame - 1)

    def _bundle(self, scope: str, uid: str, choice, params: dict, metas, index, emit,
                cancel) -> int:
        """One bundle request; each arriving part is appended, queued for the cache,
        decoded and emitted.

        Parts are decoded on the decoder threads (the codec lets go of the interpreter
        while it decodes) while this thread reads the next ones; they are emitted from
        this thread in the order they arrived, as soon as decoded (checked between the
        body's chunks, so a coarse level is shown while its finer bytes still stream in
        the same answer). With ``first_level`` in ``params`` the answer's first part is
        that coarse level of the image on screen: decoded on this thread and shown before
        reading on, then queued for the cache. Every other part's bytes are queued for
        the cache when they arrive, so the write runs beside the decode instead of after
        it; a part that then fails to decode is taken out of the cache again (behind the
        write, in order)."""
        from radview.codec import read_header
        from radview.net.radview_client import NotAllowedError, NotReadyError, ServerError

        kind = {"study": "studies", "series": "series", "instance": "instances"}[scope]
        query = {"version": choice.version, **{k: str(v) for k, v in params.items()}}
        done = 0
        timing = {"bytes": 0, "waited": 0.0, "parts": 0}
        started = time.perf_counter()
        # (sop, frame, prefix, level, levels, future, cache write still to queue or None)
        pending: deque = deque()  # in arrival order
        # prefixes put together in this answer, decoded or not (a coarse level and its
        # finer bytes can arrive before the coarse one is decoded)
        assembled: dict[tuple[str, int], bytes] = {}
        assembled_any: list[str] = []  # parts taken so far
        preview = params.get("first_level") is not None  # first part: a coarse level

        def broken(sop: str, frame: int, exc: RadviewError, written: bool) -> None:
            if sop not in self._broken:  # said once per image (its coarse part failed too)
                log.warning("version %s of %s cannot be decoded (%s); using the original",
                            choice.version, sop, exc)
            self._broken.add(sop)
            if written:
                self._writer.call(lambda: self.cache.remove_blob(
                    sop, _cache_key(choice.version, frame)))

        def finish(block: bool) -> None:
            nonlocal done
            while pending and (block or pending[0][5].done()):
                sop, frame, prefix, level, levels, future, put = pending.popleft()
                try:
                    update = future.result()
                except RadviewError as exc:  # undecodable version: the original is shown
                    broken(sop, frame, exc, written=put is None)
                    continue
                if self._held_level(sop, choice.version, frame) < level:
                    self._held[(sop, choice.version, frame)] = (prefix, level, levels)
                emit(update)
                if put is not None:
                    self._writer.put(put)
                done += 1

        def chunks(r):  # the body's bytes, timing only the waits for them (the link)
            it = r.iter_bytes()
            while True:
                t0 = time.perf_counter()
                try:
                    chunk = next(it)
                except StopIteration:
                    return
                timing["waited"] += time.perf_counter() - t0
                timing["bytes"] += len(chunk)
                yield chunk
                finish(block=False)  # what has been decoded meanwhile is shown now

        try:
            request = self.client.http.build_request("GET", f"/api/{kind}/{uid}/bundle",
                                                     params=query)
            try:
                r = self.client.http.send(request, stream=True)
            except httpx.RemoteProtocolError:
                # a kept-alive connection the server had already closed (slow links): once
                # more on a new one, as browsers do for a GET that got no answer at all
                r = self.client.http.send(request, stream=True)
            try:
                if r.status_code >= 400:
                    r.read()
                    try:
                        body = r.json()
                        message = body.get("error") or r.text
                    except ValueError:
                        body, message = {}, r.text[:300]
                    cls = {403: NotAllowedError, 503: NotReadyError}.get(r.status_code, ServerError)
                    raise cls(r.status_code, f"server: {message}", body)
                parts = iter_parts(chunks(r), boundary_of(r.headers.get("content-type", "")))
                for headers, data in parts:
                    finish(block=False)
                    if cancel is not None and cancel():
                        return done
                    self.bytes_received += len(data)
                    timing["parts"] += len(data)
                    sop = headers.get("x-radview-sopinstanceuid", "")
                    frame = int(headers.get("x-radview-frame", "1"))
                    level = int(headers.get("x-radview-level", "0"))
                    start = int(headers.get("content-range", "bytes 0-").split()[1].split("-")[0])
                    prefix = self._append(sop, choice.version, frame, start, data,
                                          assembled.get((sop, frame)))
                    if prefix is None or sop not in index or sop in self._broken:
                        continue
                    assembled[(sop, frame)] = prefix
                    try:
                        levels = len(read_header(prefix).levels)
                    except RadviewError as exc:
                        broken(sop, frame, exc, written=False)
                        continue
                    # written behind (a full or read-only cache must not stop the display)
                    put = BlobPut(sop, _cache_key(choice.version, frame), prefix, level, levels,
                                  str(metas[index[sop]].get("StudyInstanceUID", "")))
                    args = (metas[index[sop]], index[sop], len(metas), choice.version, prefix,
                            level, frame)
                    if preview and not assembled_any:
                        # the image's coarse level, the first on screen: decoded here at
                        # once (a handful of kB) rather than handed to a decoder thread
                        # while the finer bytes pour in, then shown, then written
                        pending.append((sop, frame, prefix, level, levels,
                                        _run_now(self._decode_part, *args), put))
                        finish(block=True)
                    else:
                        self._writer.put(put)
                        pending.append((sop, frame, prefix, level, levels,
                                        self._decoders().submit(self._decode_part, *args), None))
                    assembled_any.append(sop)
                finish(block=True)
            finally:
                r.close()
        except RadviewError:
            raise
        except Exception as exc:  # httpx errors, cut-off streams
            raise RadviewError(f"transfer from {self.client.base_url} failed: {exc}") from exc
        self.link.add_transfer(timing["parts"], time.perf_counter() - started)
        self.stream_rate.add_body(timing["bytes"], timing["waited"])
        return done

    def _decoders(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(DECODERS, thread_name_prefix="decode")
            return self._pool

    def _decode_part(self, meta, n, count, version, prefix, level, frame) -> ImageUpdate:
        from radview.codec import decode, read_header

        header = read_header(prefix)
        return self._update(meta, n, count, version, prefix, level, len(header.levels),
                            header, frame, decode)

    def _append(self, sop: str, version: str, frame: int, start: int, data: bytes,
                have: bytes | None = None) -> bytes | None:
        """The prefix with ``data`` (at byte ``start``) appended to ``have`` (default:
        what is held), or None when there is a gap before ``start``."""
        if have is None:
            entry = self._held.get((sop, version, frame))
            have = entry[0] if entry else b""
        if start == 0:
            return data if len(data) >= len(have) else have
        if start > len(have):
            return None  # a gap: the coarser bytes were lost; the next full request repairs it
        return have[:start] + data

    def _original(self, study_uid: str, meta: dict, n: int, count: int) -> ImageUpdate:
        sop = str(meta["SOPInstanceUID"])
        series = str(meta.get("SeriesInstanceUID", ""))
        data = self.client.retrieve_original(
            f"/dicomweb/studies/{study_uid}/series/{series}/instances/{sop}")
        self.bytes_received += len(data)
        self.cache.put_blob(sop, ORIGINAL, data, study_uid=study_uid)
        ds, pixels = decode_original(data, sop_uid=sop)
        return original_update(ds, pixels, n, count)

    def thumbnail(self, study_uid: str, series_uid: str) -> ImageUpdate | None:
        from radview.codec import decode, read_header

        metas = self.series_metas(study_uid, series_uid)
        meta = metas[len(metas) // 2]
        sop = str(meta["SOPInstanceUID"])
        for version in ("V3", "V2", "V1"):
            try:
                manifest = self.client.manifest("instance", sop, version=version, level=0)
            except RadviewError:
                continue
            inst = manifest["instances"][0]
            if inst.get("state") != "done" or not inst.get("frames"):
                return self._original(study_uid, meta, 0, 1)  # versions still being built
            f = inst["frames"][0]
            a, b = f["range"]
            data = self.client.fetch_range(f["url"], a, b)
            header = read_header(data)
            return self._update(meta, 0, 1, version, data, 0, len(header.levels), header, 1, decode)
        return None

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self.client.close()

    # -- headers only ------------------------------------------------------------------
    def find_study(self, study_uid: str) -> dict | None:
        found = self.client.qido("studies", StudyInstanceUID=study_uid,
                                 includefield="PatientID,IssuerOfPatientID")
        return flatten(found[0]) if found else None

    def patient_study_uids(self, patient_id: str) -> list[str]:
        return [str(flatten(s).get("StudyInstanceUID"))
                for s in self.client.qido("studies", PatientID=patient_id)]

    def study_headers(self, study_uid: str) -> list[dict]:
        return list(self.study_metas(study_uid).values())

