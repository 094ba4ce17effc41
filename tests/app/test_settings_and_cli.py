"""Settings dialog (profile, connections, validation in the dialog), first start, CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("pytestqt")

from radview.app.settings_store import Connection, Settings  # noqa: E402


def test_settings_dialog_edits_profile_and_connections(qtbot):
    from radview.app.settings_dialog import SettingsDialog

    settings = Settings(connections=[Connection("pacs", "dimse", host="127.0.0.1", port=104,
                                                ae_title="ORTHANC")])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.chooser.group.button(0)), "profile_home").setChecked(True)
    result = dialog.result_settings()
    assert result.profile == "home"
    assert result.connections[0].ae_title == "ORTHANC"
    assert settings.profile == "reading"  # the original is untouched until accepted


def test_settings_dialog_shows_bad_input_in_the_dialog(qtbot):
    from radview.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog._add_row(Connection("web", "dicomweb", url="http://x"))
    dialog.table.item(0, 2).setText("not-a-url")
    dialog._accept()
    assert "http" in dialog.error.text()
    assert dialog.result() == 0  # not accepted


def test_profile_change_applies_to_the_version_choice(qtbot, tmp_path):
    from radview.app.main_window import MainWindow

    win = MainWindow(Settings(cache_dir=str(tmp_path / "c")), settings_path=tmp_path / "s.json")
    qtbot.addWidget(win)
    assert win.version_choice().version == "V1"
    win.apply_settings(Settings(profile="referring", cache_dir=str(tmp_path / "c")))
    assert win.version_choice().version == "V2"
    assert "referring" in win.profile_label.text()
    assert (tmp_path / "s.json").exists()
    win.close()


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "radview", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_cli_registers_demo_and_workstation():
    out = _cli("--help").stdout
    assert "demo" in out and "workstation" in out
    assert _cli("workstation", "--profile", "kiosk").returncode == 2
    assert _cli("demo", "--http-port", "70000").returncode == 2


def test_workstation_without_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RADVIEW_CONFIG_DIR"] = str(tmp_path)
    result = _cli("workstation", "--profile", "reading", env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr


def test_version_answers_before_any_heavy_module_is_imported():
    """`radview --version` < 0.3 s: it must not import numpy, Qt or any command module."""
    import subprocess
    import sys

    code = ("import sys; from radview.cli import main; assert main(['--version']) == 0; "
            "heavy = [m for m in ('numpy', 'PySide6', 'pydicom', 'httpx', 'radview.app.cli') "
            "if m in sys.modules]; assert not heavy, heavy")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("radview ")


def test_workstation_server_option_takes_and_keeps_the_login(tmp_path):
    """`radview workstation --server URL --token T --ca-cert PEM --client-cert PEM
    --client-key PEM`: the connection 'radview' with that login; the stored login of the
    same URL is kept when none is given; options without --server or a certificate that
    does not load are errors before anything changes."""
    from radview.app.launch import server_option
    from radview.errors import RadviewError, UsageError

    url = "https://pacs.example:8042"
    settings = Settings(connections=[Connection("radview", "radview", url=url + "/",
                                                token="rv_old", ca_cert="/etc/ca.pem")])
    # only the token is new: the stored CA of that URL stays, and is checked (it is not
    # there): an error, nothing changed
    with pytest.raises(RadviewError, match="cannot load the TLS certificate files"):
        server_option(settings, url, token="rv_new")
    assert settings.connections[0].token == "rv_old"
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "ws_pki", Path(__file__).parents[1] / "server" / "pki.py")
    pki = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pki)
    authority = pki.PrivateCA(tmp_path / "pki")
    cert, key = authority.issue("ws", server=False)
    settings.connections[0].ca_cert = authority.ca_file
    server_option(settings, url, token="rv_new")
    conn = settings.connection("radview")
    assert (conn.token, conn.ca_cert, settings.active) == ("rv_new", authority.ca_file, "radview")
    server_option(settings, url, client_cert=cert, client_key=key)
    conn = settings.connection("radview")
    assert (conn.token, conn.client_cert, conn.client_key) == ("rv_new", cert, key)
    # another server: nothing of the old login goes with it
    server_option(settings, "http://other.example:8042")
    conn = settings.connection("radview")
    assert (conn.token, conn.ca_cert, conn.client_cert) == ("", "", "")
    assert len(settings.connections) == 1
    with pytest.raises(UsageError, match="go with --server"):
        server_option(settings, None, token="rv_x")
    with pytest.raises(UsageError, match="client key needs its client certificate"):
        server_option(settings, url, client_key=key)
