"""`radview bench open [--json]`: opening a study over simulated links.

For the RG1 chest radiograph and a CT series (300 slices by default), over a LAN,
a home link (20 Mbit/s, 40 ms RTT) and a mobile link (2 Mbit/s, 100 ms RTT), it
measures the workstation's progressive V2 path (study metadata → the on-screen
image's coarsest level → its screen level → the rest of the series, coarsest level
first unless the on-screen image's transfer measured the link fast): time to first
image, time to screen resolution (the on-screen image, and the whole series, until
the load has also written everything to the local cache) and the bytes that crossed
the link. Each run is a fresh workstation source (nothing measured, empty cache).
Viewport 1920×1080 device pixels. Anchors on the same link in the same run:

- the original's first image: list the series' instances (QIDO-RS), fetch the
  first DICOM file (WADO-RS) and decode it; the whole series of originals in one
  WADO-RS stream (what a conventional viewer downloads);
- the same with the image losslessly compressed (the server's V1 version, HTJ2K
  lossless): first image, and the whole series streamed and decoded.

V2 is lossy: its encoding, ratio and PSNR against the original (first image of
the series, full resolution) are printed with every row.

Links are simulated by a proxy on loopback between client and server: each direction
is a queue served at the link rate (token bucket) plus half the RTT of added delay.
Bytes are counted at the proxy (HTTP headers, metadata JSON and multipart framing
included). Full original downloads that would run past ``--full-timeout`` are
stopped and their end time extrapolated from the rate measured so far (flagged).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LINKS = {
    "lan": {"rate_bps": 1e9, "rtt_s": 0.0005},
    "home": {"rate_bps": 20e6, "rtt_s": 0.040},
    "mobile": {"rate_bps": 2e6, "rtt_s": 0.100},
}
VIEWPORT = (1920, 1080)


# ---------------------------------------------------------------------- link proxy
class LinkProxy:
    """TCP proxy on 127.0.0.1 simulating a link: rate limit + latency, both directions."""

    def __init__(self, target_port: int, *, rate_bps: float, rtt_s: float):
        if rate_bps <= 0 or rtt_s < 0:
            raise ValueError("link rate must be positive and RTT not negative")
        self.target_port = target_port
        self.rate_bps, self.delay_s = rate_bps, rtt_s / 2
        self.bytes_down = 0  # server → client
        self.bytes_up = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="link-proxy")
        self._thread.start()
        self._ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, client_r, client_w) -> None:
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.close()
            return
        try:
            await asyncio.gather(self._pipe(client_r, server_w, "up"),
                                 self._pipe(server_r, client_w, "down"), return_exceptions=True)
        except asyncio.CancelledError:  # the proxy is closing: drop the connection quietly
            for w in (client_w, server_w):
                w.close()

    async def _pipe(self, reader, writer, direction: str) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()

        async def read() -> None:
            busy_until = 0.0
            while True:
                try:
                    data = await reader.read(16384)
                except (ConnectionError, OSError):
                    data = b""
                now = loop.time()
                if not data:
                    await queue.put((None, max(busy_until, now) + self.delay_s))
                    return
                busy_until = max(busy_until, now) + len(data) * 8 / self.rate_bps
                await queue.put((data, busy_until + self.delay_s))

        async def write() -> None:
            while True:
                data, due = await queue.get()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    try:
                        writer.close()
                    except Exception:
                        pass
                    return
                # counted when due at the far end (not when read from the sender: the
                # link queue holds what the rate has not let through yet)
                if direction == "down":
                    self.bytes_down += len(data)
                else:
                    self.bytes_up += len(data)
                try:
                    writer.write(data)
                    await writer.drain()
                except (ConnectionError, OSError):
                    return

        await asyncio.gather(read(), write(), return_exceptions=True)

    def reset_counts(self) -> None:
        self.bytes_down = self.bytes_up = 0

    def close(self) -> None:
        async def shutdown() -> None:
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        self._thread.join(5)


# ---------------------------------------------------------------------- data
@dataclass
class Case:
    name: str
    study_uid: str
    series_uid: str
    images: int
    original_bytes: int
    rows: int
    cols: int


def prepare(data: Path, ct_slices: int, v2_encoding: str = "htj2k") -> tuple[Path, list[Case]]:
    """A server data folder with RG1 and a CT series ingested (kept for later runs); V1 is
    lossless HTJ2K, V2 in ``v2_encoding``."""
    import pydicom

    from radview.resources.sample_images import pydicom_data_file

    server_dir = data / (f"server-ct{ct_slices}" + ("" if v2_encoding == "htj2k" else f"-{v2_encoding}"))
    cases_file = server_dir / "bench-cases.json"
    stamp = _codec_stamp()
    if cases_file.exists():
        saved = json.loads(cases_file.read_text())
        if isinstance(saved, dict) and saved.get("codec") == stamp:  # built by this codec
            return server_dir, [Case(**c) for c in saved["cases"]]
    from radview.app.demo_server import EmbeddedServer
    from radview.demo.generator import generate

    shutil.rmtree(server_dir, ignore_errors=True)
    server_dir.mkdir(parents=True)
    # Only the versions compared here: V1 (lossless) and V2 (reference).
    (server_dir / "config.json").write_text(json.dumps({"versions": [
        {"name": "V1", "usage": "diagnosis", "quality": 100, "lossless": True},
        {"name": "V2", "usage": "reference", "quality": 50, "lossless": False,
         "encoding": v2_encoding}],
        "version_encoding": "htj2k", "version_workers": 2}))
    tmp = Path(tempfile.mkdtemp(prefix="bench-open-", dir=data))
    try:
        summary = generate(tmp / "demo", patients=1, include_real=False, ct_slices=ct_slices)
        study = summary.patients[0]["studies"][0]
        ct = next(s for s in study["series"] if s["modality"] == "CT")
        ct_files = sorted((tmp / "demo" / ct["path"]).glob("*.dcm"))
        files = [pydicom_data_file("RG1_UNCR.dcm"), *ct_files]
        server = EmbeddedServer(server_dir, dicom_port=None, fsync=False)
        for path in files:
            server.store.ingest(path.read_bytes(), source="bench")
        rg1 = pydicom.dcmread(files[0], stop_before_pixels=True)
        ct0 = pydicom.dcmread(ct_files[0], stop_before_pixels=True)
        cases = [
            Case("RG1 chest CR", str(rg1.StudyInstanceUID), str(rg1.SeriesInstanceUID), 1,
                 files[0].stat().st_size, int(rg1.Rows), int(rg1.Columns)),
            Case(f"CT {len(ct_files)} slices", str(ct0.StudyInstanceUID),
                 str(ct0.SeriesInstanceUID), len(ct_files),
                 sum(p.stat().st_size for p in ct_files), int(ct0.Rows), int(ct0.Columns)),
        ]
        print(f"bench open: building versions of {len(files)} images (once)…", file=sys.stderr,
              flush=True)
        server.start()
        t0 = time.monotonic()
        while not server.wait_versions(30):
            print(f"  {server.server.worker.pending()} left after {time.monotonic() - t0:.0f} s",
                  file=sys.stderr, flush=True)
        server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    cases_file.write_text(json.dumps({"codec": stamp, "cases": [c.__dict__ for c in cases]}))
    return server_dir, cases


def _codec_stamp() -> str:
    """Fingerprint of the codec's source: prepared versions are rebuilt when it changes."""
    import hashlib

    import radview.codec

    digest = hashlib.sha256()
    for path in sorted(Path(radview.codec.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------- measurements
_TOKENS: dict[str, str] = {}  # demo user tokens by profile, set when the server starts


def _bearer(profile: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {_TOKENS[profile]}"}


def run_progressive(url: str, case: Case, proxy: LinkProxy, cache_dir: Path,
                    version: str = "V2") -> dict:
    from radview.net.profiles import choose
    from radview.net.progressive import Viewport
    from radview.net.sources import RadviewSource
    from radview.app.settings_store import Connection
    from radview.net.cache import Cache

    shutil.rmtree(cache_dir, ignore_errors=True)
    profile = "referring" if version == "V2" else "reading"
    source = RadviewSource(Cache(cache_dir), Connection(
        "bench", "radview", url=url, user="bench", token=_TOKENS[profile]))
    choice = choose(profile, version=version)
    viewport = Viewport(*VIEWPORT)
    marks: dict[str, float] = {}
    targets: dict[str, int] = {}
    proxy.reset_counts()
    t0 = time.perf_counter()

    def on_header(metas):
        marks["header"] = time.perf_counter() - t0

    def on_image(update):
        now = time.perf_counter() - t0
        marks.setdefault("first_image", now)
        marks.setdefault("first_image_bytes", proxy.bytes_down)
        if "focus" not in marks and update.level is not None and update.level == targets.get(
                update.sop_uid, -2):
            marks["focus"] = now
            marks["focus_bytes"] = proxy.bytes_down

    # the screen level of each image, as the planner sees it (what "screen resolution" means)
    from radview.net.progressive import needed_dimension
    from radview.codec import level_for_size, read_header

    needed = needed_dimension(case.rows, case.cols, viewport)
    orig_bundle = source._bundle

    def bundle(scope, uid, choice_, params, metas, index, emit, cancel):
        # a coarse pass: level 0 alone, or as the first part of the screen level's answer
        if params.get("level") == 0 or params.get("first_level") == 0:
            marks["coarse_requests"] = marks.get("coarse_requests", 0) + 1
        def emit_with_target(update):
            if update.sop_uid not in targets:
                held = source._held.get((update.sop_uid, choice.version, 1))
                if held:
                    targets[update.sop_uid] = level_for_size(read_header(held[0]), needed)
            emit(update)
        return orig_bundle(scope, uid, choice_, params, metas, index, emit_with_target, cancel)

    source._bundle = bundle
    source.load_series(case.study_uid, case.series_uid, on_header=on_header, on_image=on_image,
                       choice=choice, viewport=viewport)
    total = time.perf_counter() - t0
    measured = source.stream_rate.estimate().rate_bps
    source.close()
    return {"link_measured_bps": measured, "coarse_requests": marks.get("coarse_requests", 0),
            "first_image_s": marks.get("first_image"), "on_screen_res_s": marks.get("focus"),
            "series_screen_res_s": total, "bytes_first_image": marks.get("first_image_bytes"),
            "bytes_on_screen_res": marks.get("focus_bytes"), "bytes_series_screen_res":
            proxy.bytes_down, "screen_dimension": needed}


def run_original(url: str, case: Case, proxy: LinkProxy, full_timeout: float) -> dict:
    """The conventional viewer: the whole series of originals in one WADO-RS stream."""
    import httpx

    from radview.dicom import boundary_of, iter_parts

    proxy.reset_counts()
    t0 = time.perf_counter()
    parts = 0
    extrapolated = False
    with httpx.Client(timeout=max(600, full_timeout * 2), headers=_bearer("reading")) as client:
        path = f"{url}/dicomweb/studies/{case.study_uid}/series/{case.series_uid}"
        with client.stream("GET", path, headers={
                "Accept": 'multipart/related; type="application/dicom"'}) as r:
            r.raise_for_status()
            for _headers, _body in iter_parts(r.iter_bytes(), boundary_of(r.headers["content-type"])):
                parts += 1
                if time.perf_counter() - t0 > full_timeout and parts < case.images:
                    extrapolated = True
                    break
    elapsed = time.perf_counter() - t0
    received = proxy.bytes_down
    if extrapolated:
        elapsed = elapsed * case.original_bytes / max(received, 1)
        received = case.original_bytes
    return {"series_full_s": elapsed, "bytes_full": received, "full_extrapolated": extrapolated}


def _first_sop(client, url: str, case: Case) -> str:
    """The series' first instance, as QIDO-RS lists it."""
    r = client.get(f"{url}/dicomweb/studies/{case.study_uid}/series/{case.series_uid}/instances")
    r.raise_for_status()
    return r.json()[0]["00080018"]["Value"][0]


def run_first(url: str, case: Case, proxy: LinkProxy, kind: str) -> dict:
    """A conventional viewer's first image: list the series' instances (QIDO-RS), fetch
    the first one and decode it. ``kind`` "original": the DICOM file (WADO-RS);
    "lossless": the same image losslessly compressed (the server's V1 HTJ2K version)."""
    import io

    import httpx
    import pydicom

    from radview import codec

    proxy.reset_counts()
    t0 = time.perf_counter()
    with httpx.Client(timeout=600, headers=_bearer("reading")) as client:
        sop = _first_sop(client, url, case)
        if kind == "original":
            r = client.get(f"{url}/dicomweb/studies/{case.study_uid}/series/{case.series_uid}"
                           f"/instances/{sop}",
                           headers={"Accept": 'multipart/related; type="application/dicom"'})
            r.raise_for_status()
            from radview.dicom import boundary_of, iter_parts

            body = next(iter_parts([r.content], boundary_of(r.headers["content-type"])))[1]
            pydicom.dcmread(io.BytesIO(body)).pixel_array  # decoded = displayable
        else:
            r = client.get(f"{url}/api/instances/{sop}/versions/V1/frames/1")
            r.raise_for_status()
            codec.decode(r.content)
    return {"first_image_s": time.perf_counter() - t0, "bytes_first_image": proxy.bytes_down}


def run_lossless_series(url: str, case: Case, proxy: LinkProxy, full_timeout: float) -> dict:
    """The whole series losslessly compressed (V1 HTJ2K) in one streamed answer, each
    image decoded as it arrives (a viewer fetching JPEG-LS / HTJ2K originals). Past
    ``full_timeout`` it stops and extrapolates by the images received (flagged)."""
    import httpx

    from radview import codec
    from radview.dicom import boundary_of, iter_parts

    proxy.reset_counts()
    t0 = time.perf_counter()
    n = 0
    with httpx.Client(timeout=3600, headers=_bearer("reading")) as client:
        with client.stream("GET", f"{url}/api/series/{case.series_uid}/bundle",
                           params={"version": "V1"}) as r:
            r.raise_for_status()
            for _h, body in iter_parts(r.iter_bytes(), boundary_of(r.headers["content-type"])):
                codec.decode(body)
                n += 1
                if time.perf_counter() - t0 > full_timeout and n < case.images:
                    break
    elapsed, received = time.perf_counter() - t0, proxy.bytes_down
    if n < case.images:
        elapsed, received = elapsed * case.images / n, received * case.images / n
    return {"series_full_s": elapsed, "bytes_full": received,
            "full_extrapolated": n < case.images}


def version_quality(server_url: str, case: Case) -> dict:
    """PSNR of the V2 version against the original pixels (first image of the series)."""
    import io

    import httpx
    import numpy as np
    import pydicom

    from radview import codec

    with httpx.Client(timeout=600, headers=_bearer("reading")) as client:
        sop = _first_sop(client, server_url, case)
        original = client.get(f"{server_url}/api/instances/{sop}/versions/V1/frames/1").content
        v2 = client.get(f"{server_url}/api/instances/{sop}/versions/V2/frames/1").content
    ref = codec.decode(original).astype(np.float64)
    test = codec.decode(v2).astype(np.float64)
    span = float(ref.max() - ref.min()) or 1.0
    header = codec.read_header(v2)
    return {"v2_psnr_db": float(10 * np.log10(span ** 2 / np.mean((ref - test) ** 2))),
            "v2_ratio": header.achieved_ratio, "v2_encoding": header.encoding}


def _median(runs: list[dict]) -> dict:
    out = {}
    for key in runs[0]:
        values = [r[key] for r in runs if isinstance(r.get(key), (int, float))
                  and not isinstance(r.get(key), bool)]
        out[key] = statistics.median(values) if values else runs[0][key]
        if isinstance(runs[0][key], bool):
            out[key] = any(r[key] for r in runs)
    return out


CASES = ("rg1", "ct")  # in the order prepare() returns them


def main(argv: list[str]) -> int:
    from radview.errors import UsageError

    parser = argparse.ArgumentParser(prog="radview bench open", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--ct-slices", type=int, default=300, help="CT series length (default 300)")
    parser.add_argument("--links", default="lan,home,mobile", help="comma list of lan,home,mobile")
    parser.add_argument("--cases", default="rg1,ct", help="comma list of rg1,ct (default both)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--full-timeout", type=float, default=60.0,
                        help="stop a full original download after this many seconds and extrapolate")
    parser.add_argument("--v2-encoding", choices=("htj2k", "wavelet"), default="htj2k",
                        help="V2's encoding (default htj2k, the server's default; V1 is lossless "
                             "HTJ2K either way)")
    parser.add_argument("--data", type=Path, default=None,
                        help="folder for the prepared server (default ~/.cache/radview/bench-open)")
    args = parser.parse_args(argv)
    links = [l.strip() for l in args.links.split(",") if l.strip()]
    unknown = [l for l in links if l not in LINKS]
    if unknown or not links:
        raise UsageError(f"unknown link(s) {unknown}; choose from {', '.join(LINKS)}")
    wanted = [c.strip().lower() for c in args.cases.split(",") if c.strip()]
    if not wanted or set(wanted) - set(CASES):
        raise UsageError(f"unknown case(s) {sorted(set(wanted) - set(CASES))}; choose from "
                         f"{', '.join(CASES)}")
    if args.ct_slices < 1 or args.repeat < 1 or args.full_timeout <= 0:
        raise UsageError("--ct-slices and --repeat must be ≥ 1, --full-timeout positive")
    import os

    data = args.data or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") \
        / "radview" / "bench-open"
    data.mkdir(parents=True, exist_ok=True)
    server_dir, cases = prepare(data, args.ct_slices, args.v2_encoding)
    # one case alone (e.g. to profile it): the server holds both, the run measures the chosen
    cases = [c for c, key in zip(cases, CASES) if key in wanted]

    from radview.app.demo_server import EmbeddedServer
    from radview.net.radview_client import RadviewClient

    results = []
    with EmbeddedServer(server_dir, dicom_port=None, fsync=False).start() as server:
        _TOKENS.update(server.tokens)  # the demo users: a radiologist, a referrer, ...
        direct = RadviewClient(server.url, token=server.tokens["reading"])
        quality = {}
        for case in cases:  # V2 is allowed once a study has been read (status ≥ 2)
            direct.set_status(case.study_uid, 2)
            quality[case.name] = version_quality(server.url, case)
        for link in links:
            proxy = LinkProxy(server.http_port, **LINKS[link])
            url = f"http://127.0.0.1:{proxy.port}"
            for case in cases:
                prog = _median([run_progressive(url, case, proxy, data / "ws-cache")
                                for _ in range(args.repeat)])
                # the reading station on a fast link asks V1 (lossless HTJ2K)
                v1 = _median([run_progressive(url, case, proxy, data / "ws-cache", "V1")
                              for _ in range(args.repeat)]) if link == "lan" else None
                orig = _median([{**run_first(url, case, proxy, "original"),
                                 **run_original(url, case, proxy, args.full_timeout)}
                                for _ in range(args.repeat)])
                lossless = _median([{**run_first(url, case, proxy, "lossless"),
                                     **run_lossless_series(url, case, proxy, args.full_timeout)}
                                    for _ in range(args.repeat)])
                row = {"link": link, **{k: LINKS[link][k] for k in ("rate_bps", "rtt_s")},
                       "case": case.name, "images": case.images,
                       "original_bytes": case.original_bytes, "viewport": list(VIEWPORT),
                       **quality[case.name],
                       "radview_v2": prog, "radview_v1": v1, "original": orig,
                       "lossless_htj2k": lossless}
                row["first_image_vs_original_first"] = (
                    prog["first_image_s"] / orig["first_image_s"])
                row["first_image_vs_lossless_first"] = (
                    prog["first_image_s"] / lossless["first_image_s"])
                row["series_screen_res_vs_original_full"] = (
                    prog["series_screen_res_s"] / orig["series_full_s"])
                row["series_screen_res_vs_lossless_full"] = (
                    prog["series_screen_res_s"] / lossless["series_full_s"])
                limit = 1 if link == "lan" else 0.2
                series_goal = ("whole series at screen resolution <= original download"
                               if link == "lan" else
                               "whole series at screen resolution >= 5x faster than original download")
                row["met"] = {
                    "V2 first image <= original's first image":
                        row["first_image_vs_original_first"] <= 1,
                    f"V2 {series_goal}": row["series_screen_res_vs_original_full"] <= limit}
                if v1:
                    row["v1_first_image_vs_original_first"] = (
                        v1["first_image_s"] / orig["first_image_s"])
                    row["v1_series_screen_res_vs_original_full"] = (
                        v1["series_screen_res_s"] / orig["series_full_s"])
                    row["met"].update({
                        "V1 first image <= original's first image":
                            row["v1_first_image_vs_original_first"] <= 1,
                        f"V1 {series_goal}": row["v1_series_screen_res_vs_original_full"] <= limit})
                row["bytes_screen_res_vs_original"] = (
                    prog["bytes_series_screen_res"] / case.original_bytes)
                row["bytes_on_screen_res_vs_original"] = (
                    (prog["bytes_on_screen_res"] or 0) / case.original_bytes)
                results.append(row)
                if not args.json:
                    _print_row(row)
            proxy.close()
        direct.close()
    if args.json:
        print(json.dumps({"benchmark": "open", "repeat": args.repeat, "v2_encoding": args.v2_encoding,
                          "load_average": list(os.getloadavg()), "cpu_count": os.cpu_count(),
                          "results": results}, indent=2))
    return 0


def _print_row(r: dict) -> None:
    p, o, ll = r["radview_v2"], r["original"], r["lossless_htj2k"]
    link = f"{r['link']} ({r['rate_bps'] / 1e6:g} Mbit/s, RTT {r['rtt_s'] * 1000:g} ms)"
    print(f"{r['case']} over {link}, viewport {r['viewport'][0]}×{r['viewport'][1]}; "
          f"V2 = {r['v2_encoding']} 1:{r['v2_ratio']:.1f}, PSNR {r['v2_psnr_db']:.1f} dB:")
    print(f"  radview V2:       first image {p['first_image_s']:.3f} s, on-screen image at screen "
          f"resolution {p['on_screen_res_s'] or float('nan'):.3f} s "
          f"({(p['bytes_on_screen_res'] or 0) / 1e3:.0f} kB), whole series at screen resolution "
          f"{p['series_screen_res_s']:.2f} s ({p['bytes_series_screen_res'] / 1e6:.2f} MB)")
    rate = p.get("link_measured_bps")
    print(f"  (the workstation measured the link at "
          f"{rate / 1e6 if rate else float('nan'):.0f} Mbit/s; coarse-level requests: "
          f"{p.get('coarse_requests', 0):g} (1: the on-screen image only, 2: it and the series))")
    v1 = r.get("radview_v1")
    if v1:
        print(f"  radview V1 (lossless HTJ2K, reading station): first image "
              f"{v1['first_image_s']:.3f} s, whole series at screen resolution "
              f"{v1['series_screen_res_s']:.2f} s ({v1['bytes_series_screen_res'] / 1e6:.2f} MB)")
    ext = " (extrapolated)" if o["full_extrapolated"] else ""
    print(f"  original:         first image {o['first_image_s']:.3f} s "
          f"({o['bytes_first_image'] / 1e3:.0f} kB), whole series "
          f"{o['series_full_s']:.2f} s{ext} ({o['bytes_full'] / 1e6:.2f} MB)")
    ext = " (extrapolated)" if ll["full_extrapolated"] else ""
    print(f"  lossless (HTJ2K): first image {ll['first_image_s']:.3f} s "
          f"({ll['bytes_first_image'] / 1e3:.0f} kB), whole series decoded "
          f"{ll['series_full_s']:.2f} s{ext} ({ll['bytes_full'] / 1e6:.2f} MB)")
    print(f"  first image: {r['first_image_vs_original_first']:.2f}× the original's, "
          f"{r['first_image_vs_lossless_first']:.2f}× the lossless one's; whole series at screen "
          f"resolution: {r['series_screen_res_vs_original_full']:.3f}× the original download, "
          f"{r['series_screen_res_vs_lossless_full']:.3f}× the lossless one; met: "
          + ", ".join(f"{k}: {'yes' if ok else 'NO'}" for k, ok in r["met"].items()), flush=True)
