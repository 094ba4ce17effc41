"""The workstation side: Study → Send for analysis, outcomes, results, alerts until acknowledged."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pytestqt")

from radview.app.settings_store import Connection, Settings  # noqa: E402

from .conftest import auth, server_in  # noqa: E402
from .identifiers import with_bleed  # noqa: E402


def test_send_a_study_see_outcomes_results_and_an_alert_until_acknowledged(
        qtbot, server, demo_root, tmp_path, monkeypatch):
    from radview.app.main_window import MainWindow
    from radview.net.radview_client import RadviewClient

    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    head = sorted(p for p in demo_root.rglob("*.dcm") if "CT_HEAD" in str(p))
    bleed = with_bleed(head[0])
    buf = io.BytesIO()
    bleed.save_as(buf)
    files = [buf.getvalue()] + [p.read_bytes() for p in head[1:]]
    with server_in(tmp_path / "site-pacs") as pacs:
        with RadviewClient(pacs.url, **auth(pacs)) as client:
            client.stow(files)
        # the analysis server's login is the workstation's connection to it, not the
        # environment
        monkeypatch.setenv("RADVIEW_TOKEN", "rv_not_this_one")
        settings = Settings(connections=[Connection("site", "radview", url=pacs.url,
                                                    **auth(pacs))],
                            cache_dir=str(tmp_path / "cache"), first_start_done=True,
                            active="site")
        win = MainWindow(settings, settings_path=tmp_path / "s.json")
        qtbot.addWidget(win)
        opened = []
        monkeypatch.setattr(win, "open_study_uid", opened.append)
        panel = win.analysis_panel
        study_menu = [a for a in win.menuBar().actions() if a.text() == "&Study"][0].menu()
        assert win.analysis_action in study_menu.actions()

        win.analysis_action.trigger()  # nothing selected yet: said so, nothing sent
        assert "select a study" in panel.status.text()
        panel.server_edit.setText(server.url)
        win.browser.study_selected.emit({"study_uid": bleed.StudyInstanceUID,
                                         "description": "CT HEAD"})
        win.analysis_action.trigger()  # no connection with that URL, no token typed
        assert not panel.busy and "no login for" in panel.status.text()
        assert panel.outcomes.rowCount() == 0
        settings.connections.append(Connection("analysis", "radview", url=server.url + "/",
                                               **auth(server)))
        win.analysis_action.trigger()
        qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
        assert "failed" not in panel.status.text(), panel.status.text()
        assert panel.outcomes.rowCount() == len(files)
        assert panel.results.rowCount() >= 1
        bar = win.alert_bar
        assert not bar.isHidden() and "URGENT" in bar.label.text()
        assert bleed.PatientID in bar.label.text()  # re-identified locally
        urgent = [n for n, r in enumerate(panel.result_rows) if r["urgent"]]
        panel.results.cellDoubleClicked.emit(urgent[0], 0)
        assert opened == [bleed.StudyInstanceUID]
        while bar.alerts:
            bar.acknowledge()
        assert bar.isHidden()

        win.analysis_series_action.trigger()  # no series open: said so
        assert "open a series" in panel.status.text()
        panel.send_study({"study_uid": bleed.StudyInstanceUID}, "1.2.3.404")
        qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
        assert "failed: no original images" in panel.status.text()
        win.close()
