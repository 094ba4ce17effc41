"""Opening a demo patient's current study hangs it with its relevant prior (real server)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from radview.app.settings_store import Connection, Settings  # noqa: E402


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory, demo_patient_server):
    with demo_patient_server(tmp_path_factory.mktemp("hang")) as (srv, studies):
        yield srv, studies


def test_current_study_hangs_beside_its_relevant_prior(qtbot, tmp_path, demo_server):
    from radview.app.main_window import MainWindow

    server, studies = demo_server
    current = next(s for s in studies if s["role"] == "current")
    prior = next(s for s in studies if s["role"] == "prior" and s["relevant"])
    settings = Settings(connections=[Connection("srv", "radview", url=server.url,
                                                token=server.tokens["reading"])], active="srv",
                        cache_dir=str(tmp_path / "cache"), first_start_done=True)
    win = MainWindow(settings, settings_path=tmp_path / "s.json")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.open_study_uid(current["study_uid"])
    qtbot.waitUntil(lambda: win.current_plan is not None, timeout=60000)
    assert "prior" in win.current_plan.protocol.name.lower()
    shown = {}
    def all_loaded():
        for n, vp in enumerate(win.viewer.viewports):
            if vp.stack is not None and vp.current_slice().pixels is not None:
                shown[n] = vp.current_slice().meta.get("StudyInstanceUID")
        filled = [v for v in win.current_plan.stages[0].viewports if v.filled]
        return len(shown) >= len(filled) >= 2
    qtbot.waitUntil(all_loaded, timeout=60000)
    assert current["study_uid"] in shown.values()
    assert prior["study_uid"] in shown.values()  # the relevant prior is on screen too
    win.close()
