"""`radview demo`: demo data → embedded server → workstation connected, a study open."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from radview.errors import RadviewError

log = logging.getLogger("radview.workstation")
DEMO_CONNECTION = "radview demo server"
SCREENSHOT_TIMEOUT_S = 120.0


def ensure_demo_data(dicom_dir: Path, *, patients: int) -> dict:
    """Generate the demo set once; later runs reuse it. Returns its manifest."""
    manifest = dicom_dir / "manifest.json"
    if not manifest.exists():
        from radview.demo.generator import generate

        print(f"radview demo: generating demo patients into {dicom_dir} (first run only)…",
              flush=True)
        summary = generate(dicom_dir, patients=patients)
        print(summary.describe(), flush=True)
    try:
        return json.loads(manifest.read_text())
    except (OSError, ValueError) as exc:
        raise RadviewError(f"demo manifest {manifest} is unreadable ({exc}); delete "
                           f"{dicom_dir} to regenerate it") from exc


def current_study(manifest: dict) -> dict | None:
    """The first synthetic patient's current study (it has priors to show)."""
    for patient in manifest.get("patients", []):
        for study in patient.get("studies", []):
            if study.get("role") == "current":
                return study
    return None


def reported_study(manifest: dict) -> dict | None:
    """The most recent reported (prior) study of the patient the demo opens (else of
    any patient): what a referring doctor opens first, since an unread study is never
    theirs to see."""
    every = [s for p in manifest.get("patients", []) for s in p.get("studies", [])]
    for studies in (first_patient_studies(manifest), every):
        priors = [s for s in studies if s.get("role") == "prior" and s.get("study_uid")]
        if priors:
            return max(priors, key=lambda s: s.get("date") or "")
    return None


def first_patient_studies(manifest: dict) -> list[dict]:
    """The studies of the patient the demo opens: current first, then the priors."""
    for patient in manifest.get("patients", []):
        studies = patient.get("studies", [])
        if any(s.get("role") == "current" for s in studies):
            return sorted(studies, key=lambda s: s.get("role") != "current")
    return []


def ingest_order(dicom_dir: Path, first: list[dict]) -> list[Path]:
    """The patient opened first comes first (its current study, then its priors), so the
    server builds its versions before the others' (a referrer sees only versions)."""
    from radview.app.demo_server import dicom_files

    files = dicom_files(dicom_dir)
    prefixes = [str((dicom_dir / s["path"]).resolve()) for s in first if s.get("path")]

    def rank(p: Path) -> int:
        text = str(p.resolve())
        return next((n for n, prefix in enumerate(prefixes) if text.startswith(prefix)),
                    len(prefixes))

    files.sort(key=rank)
    return files


def mark_priors_reported(server_dir: Path, manifest: dict) -> int:
    """Priors were read and reported long ago (status 5), as in a real archive; only
    today's studies are unread. Leaves a status someone already changed alone."""
    from radview.server.embedded import EmbeddedStore

    store = EmbeddedStore(server_dir)
    changed = 0
    try:
        for patient in manifest.get("patients", []):
            for study in patient.get("studies", []):
                uid = study.get("study_uid")
                if study.get("role") != "prior" or not uid:
                    continue
                try:
                    unread = store.study_state(uid)["status"] == 1
                except RadviewError:  # not ingested (its files were refused): nothing to mark
                    continue
                if unread:
                    store.set_study_state(uid, status=5, diagnosis={"report": _prior_report(study)})
                    changed += 1
    finally:
        store.close()
    return changed


def _prior_report(study: dict) -> str:
    return (f"{study.get('description') or 'Prior study'} "
            f"({study.get('date') or 'undated'}): reported (demo prior).")


def start_demo_server(root: Path, dicom_dir: Path, manifest: dict, *, http_port: int = 0,
                      dicom_port: int = 0):
    """Run ``radview server`` on the demo set in a child process. First run: only the
    patient opened first is ingested before the server starts (the window shows it at
    once); the other files follow by STOW-RS into the running server, in the background
    (``BackgroundUpload``), and a marker records when all are in."""
    from radview.app.demo_server import SubprocessServer, ingest_files

    server_dir = root / "server"
    server_dir.mkdir(parents=True, exist_ok=True)
    marker = server_dir / "demo-ingested.json"
    first = first_patient_studies(manifest)
    files = ingest_order(dicom_dir, first)
    prefixes = tuple(str((dicom_dir / s["path"]).resolve()) for s in first if s.get("path"))
    rest: list[Path] = []
    if not marker.exists() or json.loads(marker.read_text()).get("files") != len(files):
        now = [f for f in files if str(f.resolve()).startswith(prefixes)] or files
        rest = [f for f in files if f not in set(now)]
        print(f"radview demo: ingesting {len(now)} files of the first patient into the "
              f"server's store ({len(rest)} more follow in the background)…", flush=True)
        new, failed = ingest_files(server_dir, now)
        if not rest:
            marker.write_text(json.dumps({"files": len(files), "new": new, "failed": failed}))
        print(f"radview demo: {new} new, {failed} not accepted (see the log); versions are "
              "built by the server in the background", flush=True)
    mark_priors_reported(server_dir, manifest)
    server = SubprocessServer(server_dir, http_port=http_port, dicom_port=dicom_port,
                              log_path=root / "server.log").start()
    print(f"radview demo: server on {server.url} (DICOM port {server.dicom_port}, AE RADVIEW); "
          f"log {root / 'server.log'}", flush=True)
    server.upload = BackgroundUpload(server.url, server.tokens["admin"], rest, manifest,
                                     marker, len(files)) if rest else None
    return server


class BackgroundUpload:
    """The rest of the demo set into the running server by STOW-RS (a worker thread),
    then the priors marked reported as ``mark_priors_reported`` does before start."""

    def __init__(self, url: str, token: str, files: list[Path], manifest: dict, marker: Path,
                 total: int):
        import threading

        self.url, self.token, self.files, self.manifest, self.marker, self.total = \
            url, token, files, manifest, marker, total
        self.done = threading.Event()
        self.stored = self.failed = 0
        self.error = ""
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-upload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from radview.net.radview_client import RadviewClient

        started = time.monotonic()
        try:
            with RadviewClient(self.url, token=self.token) as client:
                for i in range(0, len(self.files), 20):
                    if self._cancel.is_set():
                        return
                    result = client.stow([f.read_bytes() for f in self.files[i:i + 20]])
                    self.stored += len(result["stored"])
                    self.failed += len(result["failed"])
                for patient in self.manifest.get("patients", []):
                    for study in patient.get("studies", []):
                        if study.get("role") != "prior" or not study.get("study_uid"):
                            continue
                        try:
                            if client.state(study["study_uid"])["status"] == 1:
                                client.put_diagnosis(study["study_uid"], report=_prior_report(study))
                        except RadviewError:
                            continue  # refused at ingest: nothing to mark
            self.marker.write_text(json.dumps({"files": self.total, "new": self.stored,
                                               "failed": self.failed, "background": True}))
            print(f"radview demo: the other {len(self.files)} files are in the server "
                  f"({self.stored} stored, {self.failed} refused, "
                  f"{time.monotonic() - started:.0f} s in the background)", flush=True)
        except Exception as exc:  # the demo goes on; the next start ingests what is missing
            self.error = str(exc)
            log.warning("demo upload stopped: %s", exc)
        finally:
            self.done.set()

    def stop(self) -> None:
        self._cancel.set()
        self._thread.join(10)


def run_demo(root: Path, *, patients: int = 6, profile: str = "reading", http_port: int = 0,
             dicom_port: int = 0, screenshot: Path | None = None,
             quit_after: float | None = None) -> int:
    from radview.app.launch import application, check_display, install_error_hook, setup_logging
    from radview.app.settings_store import Connection, Settings

    check_display()  # fail before the long steps when there is no screen
    started = time.monotonic()
    root = Path(root).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    dicom_dir = root / "dicom"
    manifest = ensure_demo_data(dicom_dir, patients=patients)
    phases = {"demo data": time.monotonic() - started}
    # a referring terminal asks for today's study too: it is unread, so the window opens
    # the patient's newest reported one instead and says why (kept beside the report)
    first = current_study(manifest)
    if profile == "referring" and not any(s.get("role") == "prior"
                                          for s in first_patient_studies(manifest)):
        first = reported_study(manifest)  # nothing of that patient to give way to
    setup_logging(root)
    server = start_demo_server(root, dicom_dir, manifest, http_port=http_port,
                               dicom_port=dicom_port)
    phases["server ingest + start"] = time.monotonic() - started - phases["demo data"]
    try:
        app = application()
        from radview.app.main_window import MainWindow

        from radview.app.login_dialog import ensure_logins

        settings = Settings(profile=profile, first_start_done=True, active=DEMO_CONNECTION,
                            cache_dir=str(root / "workstation-cache"), user="demo",
                            connections=[Connection(DEMO_CONNECTION, "radview", url=server.url,
                                                    token=server.tokens[profile])])
        for problem in ensure_logins(settings, ask=lambda _conn, _why: None):
            print(f"radview demo: {problem}", flush=True)
        window = MainWindow(settings, settings_path=root / "workstation-settings.json")
        install_error_hook(window)
        window.resize(1920, 1080)
        window.show()
        window.open_study_uid(first["study_uid"] if first else None)
        _report_first_image(window, started, phases)
        if server.upload is not None:
            _refresh_when_uploaded(window, server.upload)
        outcome: list[int] = []
        if screenshot is not None:
            _screenshot_when_ready(window, app, Path(screenshot), outcome)
        if quit_after is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(int(quit_after * 1000), window.close)
        code = app.exec()
        if outcome:
            code = outcome[0]
    finally:
        if getattr(server, "upload", None) is not None:
            server.upload.stop()
        server.stop()
    return code


def _refresh_when_uploaded(window, upload: BackgroundUpload) -> None:
    """Once the background upload is in, list every study (the open one stays selected)."""
    from PySide6.QtCore import QTimer

    window.show_message(f"{len(upload.files)} more demo files are being added in the "
                        "background; the study list fills in when they are in")
    timer = QTimer(window)

    def check() -> None:
        if upload.done.is_set():
            timer.stop()
            uid = (window.current_study or {}).get("study_uid")
            window.search(then=lambda _s: uid and window.browser.select_study(uid))

    timer.timeout.connect(check)
    timer.start(1000)


def _report_first_image(window, started: float, phases: dict[str, float]) -> None:
    """Print how long after ``radview demo`` started the first image was on screen, and
    where the time went (the figure the README quotes)."""
    from PySide6.QtCore import QTimer

    timer = QTimer(window)

    def check() -> None:
        if any(vp.current_slice() is not None and vp.current_slice().pixels is not None
               for vp in window.viewer.viewports):
            timer.stop()
            parts = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in phases.items())
            print(f"radview demo: first image on screen {time.monotonic() - started:.1f} s "
                  f"after start ({parts})", flush=True)

    timer.timeout.connect(check)
    timer.start(50)


def _screenshot_when_ready(window, app, path: Path, outcome: list[int],
                           timeout: float = SCREENSHOT_TIMEOUT_S) -> None:
    """Save the window once every non-empty viewport of the first stage shows its final
    level (checked twice, 400 ms apart, and again at the grab), then quit with 0; on
    timeout save what is there and quit with 3."""
    from PySide6.QtCore import QTimer

    started = time.monotonic()
    timer = QTimer(window)
    ready_since: list[float] = []

    def finish(ready: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path))
        levels = ", ".join(window.screen_levels()) or "nothing shown"
        if ready:
            print(f"radview demo: screenshot {path} (final level: {levels}; "
                  f"{time.monotonic() - started:.1f} s after the window opened)", flush=True)
        else:
            print(f"radview demo: screenshot {path} (timeout after {timeout:.0f} s, not final: "
                  f"{levels}; status: {window.status_text()})", flush=True)
        outcome.append(0 if ready else 3)
        window.close()
        app.quit()

    def check() -> None:
        if window.display_ready():
            if not ready_since:
                ready_since.append(time.monotonic())
            elif time.monotonic() - ready_since[0] >= 0.4:
                timer.stop()
                QTimer.singleShot(300, lambda: finish(True) if window.display_ready()
                                  else (ready_since.clear(), timer.start(200)))
        else:
            ready_since.clear()
            if time.monotonic() - started > timeout:
                timer.stop()
                finish(False)

    timer.timeout.connect(check)
    timer.start(200)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_demo(Path(sys.argv[1])))
