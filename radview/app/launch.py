"""Start the Qt application: display check, error hook, first-start profile, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from radview.errors import RadviewError

log = logging.getLogger("radview.workstation")


def check_display() -> None:
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        raise RadviewError("no display: run on a desktop, under Xvfb (DISPLAY=:99), "
                           "or headless with QT_QPA_PLATFORM=offscreen")


def setup_logging(log_dir: Path) -> Path:
    """The workstation log file (errors shown in the status line are also written here)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "workstation.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("radview").addHandler(handler)
    logging.getLogger("radview").setLevel(logging.INFO)
    logging.getLogger("pynetdicom").setLevel(logging.WARNING)
    return path


def application():
    from PySide6.QtWidgets import QApplication

    check_display()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("radview")
    app.setStyle("Fusion")
    _dark_palette(app)
    return app


def _dark_palette(app) -> None:
    """Reading rooms are dark: a dark UI around the images."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#232629"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1b1d20"), (QPalette.ColorRole.AlternateBase, "#2a2d31"),
        (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#2f3338"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Highlight, "#2d6cdf"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#2f3338"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"), (QPalette.ColorRole.PlaceholderText, "#8a8f96"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def install_error_hook(window) -> None:
    """An unexpected exception in a Qt slot goes to the log and the status line."""
    import traceback

    def hook(kind, value, tb):
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            window.show_error(f"internal error: {kind.__name__}: {value} (details in the log)")
        except Exception:
            pass

    sys.excepthook = hook


def server_option(settings, server: str | None, **login: str | None) -> None:
    """``radview workstation --server URL [--token T] [--ca-cert PEM] [--client-cert PEM
    --client-key PEM]``: the connection 'radview' to that server, searched first. The
    login stored for the same URL is kept where no new one is given; the certificate
    files are checked here, before any window opens."""
    from radview.app.settings_store import Connection
    from radview.errors import UsageError

    if not server:
        if any(login.values()):
            raise UsageError("--token, --ca-cert, --client-cert and --client-key go with "
                             "--server")
        return
    old = settings.connection("radview")
    same = old is not None and old.url.rstrip("/") == server.rstrip("/")
    kept = {k: (login.get(k) or (getattr(old, k) if same else "") or "")
            for k in ("token", "ca_cert", "client_cert", "client_key")}
    connection = Connection("radview", "radview", url=server, **kept).validate()
    connection.tls()  # RadviewError naming the file that does not load
    settings.connections = [c for c in settings.connections if c.name != "radview"]
    settings.connections.append(connection)
    settings.active = "radview"


def run_workstation(*, profile: str | None = None, server: str | None = None,
                    import_paths: list[str] | None = None, **login: str | None) -> int:
    from radview.app.settings_store import config_dir, load_settings, save_settings, settings_path

    settings = load_settings()
    server_option(settings, server, **login)
    if profile:
        settings.profile = profile
        settings.first_start_done = True
    app = application()
    setup_logging(config_dir())
    if not settings.first_start_done:
        from radview.app.settings_dialog import FirstStartDialog

        dialog = FirstStartDialog(settings)
        dialog.exec()
        settings.profile = dialog.chooser.profile()
        settings.first_start_done = True
    from radview.app.login_dialog import ensure_logins

    for problem in ensure_logins(settings):
        log.warning("%s", problem)
    save_settings(settings)
    from radview.app.main_window import MainWindow

    window = MainWindow(settings, settings_path=settings_path())
    install_error_hook(window)
    window.show()
    if import_paths:
        window.import_paths(list(import_paths))
    else:
        window.search()
    return app.exec()
