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
    """The most recent reported (prior) study: what a referring doctor opens first,
    since an unread study is never theirs to see."""
    priors = [s for p in manifest.get("patients", []) for s in p.get("studies", [])
              if s.get("role") == "prior" and s.get("study_uid")]
    return max(priors, key=lambda s: s.get("date") or "", default=None)


def ingest_order(dicom_dir: Path, first: dict | None) -> list[Path]:
    """The study to open first, so its versions are built before the others."""
    from radview.app.demo_server import dicom_files

    files = dicom_files(dicom_dir)
    if first and first.get("path"):
        prefix = str((dicom_dir / first["path"]).resolve())
        files.sort(key=lambda p: not str(p.resolve()).startswith(prefix))
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
                    store.set_study_state(uid, status=5, diagnosis={
                        "report": f"{study.get('description') or 'Prior study'} "
                                  f"({study.get('date') or 'undated'}): reported (demo prior)."})
                    changed += 1
    finally:
        store.close()
    return changed


def start_demo_server(root: Path, dicom_dir: Path, manifest: dict, *, http_port: int = 0,
                      dicom_port: int = 0):
    """Ingest the demo set once, then run ``radview server`` on it in a child process."""
    from radview.app.demo_server import SubprocessServer, ingest_files

    server_dir = root / "server"
    server_dir.mkdir(parents=True, exist_ok=True)
    marker = server_dir / "demo-ingested.json"
    files = ingest_order(dicom_dir, current_study(manifest))
    if not marker.exists() or json.loads(marker.read_text()).get("files") != len(files):
        print(f"radview demo: ingesting {len(files)} files into the server's store…", flush=True)

        def progress(n: int, total: int) -> None:
            if n % 200 == 0:
                print(f"  {n}/{total}", flush=True)

        new, failed = ingest_files(server_dir, files, progress=progress)
        marker.write_text(json.dumps({"files": len(files), "new": new, "failed": failed}))
        print(f"radview demo: {new} new, {failed} not accepted (see the log); versions are "
              "built by the server in the background", flush=True)
    mark_priors_reported(server_dir, manifest)
    server = SubprocessServer(server_dir, http_port=http_port, dicom_port=dicom_port,
                              log_path=root / "server.log").start()
    print(f"radview demo: server on {server.url} (DICOM port {server.dicom_port}, AE RADVIEW); "
          f"log {root / 'server.log'}", flush=True)
    return server


def run_demo(root: Path, *, patients: int = 6, profile: str = "reading", http_port: int = 0,
             dicom_port: int = 0, screenshot: Path | None = None,
             quit_after: float | None = None) -> int:
    from radview.app.launch import application, check_display, install_error_hook, setup_logging
    from radview.app.settings_store import Connection, Settings

    check_display()  # fail before the long steps when there is no screen
    root = Path(root).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    dicom_dir = root / "dicom"
    manifest = ensure_demo_data(dicom_dir, patients=patients)
    first = reported_study(manifest) if profile == "referring" else current_study(manifest)
    setup_logging(root)
    server = start_demo_server(root, dicom_dir, manifest, http_port=http_port,
                               dicom_port=dicom_port)
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
        if screenshot is not None:
            _screenshot_when_ready(window, app, Path(screenshot))
        if quit_after is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(int(quit_after * 1000), window.close)
        code = app.exec()
    finally:
        server.stop()
    return code


def _screenshot_when_ready(window, app, path: Path, timeout: float = 120.0) -> None:
    """Save the window once the first viewport shows its final level, then quit."""
    from PySide6.QtCore import QTimer

    started = time.monotonic()
    timer = QTimer(window)

    def check() -> None:
        ready = window.display_ready()
        if ready or time.monotonic() - started > timeout:
            timer.stop()

            def grab() -> None:
                path.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(path))
                print(f"radview demo: screenshot {path} ({'final level' if ready else 'timeout'})",
                      flush=True)
                window.close()
                app.quit()

            QTimer.singleShot(800, grab)

    timer.timeout.connect(check)
    timer.start(200)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_demo(Path(sys.argv[1])))
