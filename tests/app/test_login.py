"""Logging in to a radview server: a token per connection, kept owner-only in the
settings; the role comes from the server; the demo has one user per profile."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from radview.app.settings_store import (  # noqa: E402
    Connection, Settings, load_settings, save_settings,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from radview.app.demo_server import EmbeddedServer

    srv = EmbeddedServer(tmp_path_factory.mktemp("login") / "server", dicom_port=None,
                         fsync=False)
    srv.start()
    yield srv
    srv.stop()


def test_demo_users_one_per_profile_with_their_roles(server):
    from radview.app.demo_server import demo_users
    from radview.net.radview_client import AuthError, RadviewClient

    for profile, role in (("reading", "radiologist"), ("referring", "referrer"),
                          ("home", "radiologist")):
        who = RadviewClient(server.url, token=server.tokens[profile]).whoami()
        assert who["role"] == role and who["user"] == f"demo-{profile}"
    again = demo_users(server.server.data_dir)  # a new run: new tokens, the old ones die
    with pytest.raises(AuthError):
        RadviewClient(server.url, token=server.tokens["reading"]).whoami()
    server.tokens.update(again)


def test_login_sets_the_role_from_the_server_and_keeps_the_token_owner_only(server, tmp_path):
    from radview.app.login_dialog import ensure_logins

    conn = Connection("srv", "radview", url=server.url, token="rv_wrong", role="radiologist")
    settings = Settings(connections=[conn, Connection("pacs", "dimse", host="h", port=104,
                                                      ae_title="PACS")], active="srv")
    asked = []

    def ask(connection, problem):
        asked.append(problem)
        return server.tokens["referring"], ""

    assert ensure_logins(settings, ask=ask) == []
    assert len(asked) == 1 and "unknown token" in asked[0]
    assert conn.role == "referrer" and conn.user == "demo-referring"  # not what was set
    path = save_settings(settings, tmp_path / "settings.json")
    assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text())["connections"][0]["token"] == server.tokens["referring"]
    assert load_settings(path).connections[0].token == server.tokens["referring"]
    # giving up leaves the connection logged out, with the reason
    conn.token = ""
    problems = ensure_logins(settings, ask=lambda _c, _p: None)
    assert problems == ["srv: not logged in (server: authentication required: send "
                        "Authorization: Bearer TOKEN (HTTP 401))"]


def test_login_dialog_asks_for_a_hidden_token(qtbot, server):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from radview.app.login_dialog import LoginDialog

    dialog = LoginDialog(Connection("srv", "radview", url=server.url), "unknown token")
    qtbot.addWidget(dialog)
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    assert "unknown token" in " ".join(w.text() for w in dialog.findChildren(QLabel))


def test_referring_demo_opens_the_most_recent_reported_study():
    from radview.app.demo import reported_study

    manifest = {"patients": [
        {"studies": [{"role": "current", "study_uid": "1", "date": "20250101"},
                     {"role": "prior", "study_uid": "2", "date": "20200101"}]},
        {"studies": [{"role": "prior", "study_uid": "3", "date": "20230101"},
                     {"role": "current", "study_uid": "4", "date": "20250202"}]}]}
    assert reported_study(manifest)["study_uid"] == "2"  # of the patient opened first
    manifest["patients"][0]["studies"].pop()
    assert reported_study(manifest)["study_uid"] == "3"
    assert reported_study({"patients": []}) is None
