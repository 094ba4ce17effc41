"""Hanging protocols in the running workstation (offscreen, demo data on a real server):
the Hanging menu, next/previous stage keys, priors fetched in the protocol's version
(with the server's permission table), empty viewports that say why."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog  # noqa: E402

from radview.app.settings_store import Connection, Settings  # noqa: E402


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory, demo_patient_server):
    root = tmp_path_factory.mktemp("hangui")
    with demo_patient_server(root) as (srv, studies):
        current = next(s for s in studies if s["role"] == "current")
        prior = next(s for s in studies if s["role"] == "prior" and s["relevant"])
        yield srv, current["study_uid"], prior["study_uid"], root / "server" / "access.log"


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    """A per-user config dir of the test's own (protocol library = config/protocols)."""
    path = tmp_path / "config"
    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(path))
    return path


def _hung(qtbot, tmp_path, server, study_uid, *, profile="reading", role="", record=None):
    """A window with `study_uid` opened from the server and hung by protocol."""
    from radview.app.main_window import MainWindow

    from radview.app.login_dialog import ensure_logins

    # the demo user of the role (a radiologist unless said); the role is the server's answer
    user = "referring" if role == "referrer" else "reading"
    conn = Connection("srv", "radview", url=server.url, token=server.tokens[user])
    settings = Settings(profile=profile, connections=[conn],
                        active="srv", cache_dir=str(tmp_path / "cache"), first_start_done=True)
    assert ensure_logins(settings, ask=lambda _c, _why: None) == []
    assert conn.role == (role or "radiologist")
    win = MainWindow(settings, settings_path=tmp_path / "s.json")
    qtbot.addWidget(win)
    if record is not None:  # every load the workstation asks of the source, with its version
        source = win.sources["srv"]
        original = source.load_series

        def load_series(study_uid, series_uid, **kw):
            record.append((study_uid, series_uid, kw["choice"].version))
            return original(study_uid, series_uid, **kw)

        source.load_series = load_series
    win.resize(1200, 800)
    win.show()
    win.activateWindow()
    win.open_study_uid(study_uid)
    qtbot.waitUntil(lambda: win.current_plan is not None, timeout=60000)
    return win


def _idle(qtbot, win, timeout=60000):
    qtbot.waitUntil(lambda: not win.runner.active, timeout=timeout)


def _set_status(server, **uids):
    for uid, status in uids.items():
        server.store.set_study_state(uid, status=status)


def test_menu_lists_the_protocol_actions_and_imports_exports(qtbot, tmp_path, config_dir,
                                                            monkeypatch):
    from radview.app.main_window import MainWindow
    from radview.protocols.hanging import load_library

    win = MainWindow(Settings(cache_dir=str(tmp_path / "cache"), first_start_done=True),
                     settings_path=config_dir / "s.json")
    qtbot.addWidget(win)
    texts = [a.text() for a in win.hanging_menu.actions() if not a.isSeparator()]
    assert texts == ["Next stage\t. / Ctrl+Right", "Previous stage\t, / Ctrl+Left",
                     "Protocol editor…", "Save this screen as a protocol…",
                     "Import protocols (JSON or DICOM)…", "Export a protocol (JSON or DICOM)…"]
    assert win.hanging_menu.title() == "&Hanging"

    win.hanging_actions["editor"].trigger()
    assert win.protocol_editor is not None and win.protocol_editor.isVisible()
    win.protocol_editor.close()

    # Export (DICOM and JSON) and import through the menu actions, file dialogs answered.
    answers = {"get": ("CT chest + prior", True)}
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: answers["get"]))
    for out in (tmp_path / "ct.dcm", tmp_path / "ct.json"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, o=out, **k: (str(o), "")))
        win.hanging_actions["export"].trigger()
        assert out.exists(), win.status_text()
    import pydicom

    assert pydicom.dcmread(tmp_path / "ct.dcm").SOPClassUID == "1.2.840.10008.5.1.4.38.1"
    mine = json.loads((tmp_path / "ct.json").read_text())
    mine["name"] = "My CT chest"
    (tmp_path / "mine.json").write_text(json.dumps(mine))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *a, **k: ([str(tmp_path / "mine.json"), str(tmp_path / "ct.dcm")], "")))
    win.hanging_actions["import"].trigger()
    assert "Imported 2 protocol(s)" in win.status_text()
    lib = load_library()
    assert lib.by_name("My CT chest").origin == "user"
    assert lib.by_name("CT chest + prior").origin == "user"  # the DICOM copy replaces the built-in
    win.hanging_actions["import"].trigger()  # again: already there, said plainly
    assert "already has a protocol named" in win.status_text()
    win.next_stage()  # no study: a sentence, nothing else
    assert "No hanging protocol" in win.status_text()
    win.close()


def test_stage_keys_step_through_stages_and_empty_viewports_say_why(qtbot, tmp_path, config_dir,
                                                                   demo_server):
    server, current, prior, _log = demo_server
    _set_status(server, **{current: 3, prior: 3})
    win = _hung(qtbot, tmp_path, server, current)
    plan = win.current_plan
    assert plan.protocol.name == "CT chest + prior" and len(plan.stages) == 2
    assert win.stage_text().startswith("CT chest + prior · stage 1/2")
    assert win.hanging_label.text() == win.stage_text() and not win.hanging_label.isHidden()
    assert len(win.viewer.viewports) == 4
    qtbot.waitUntil(lambda: all(vp.stack is not None for vp in win.viewer.viewports), timeout=30000)

    qtbot.waitUntil(win.isActiveWindow, timeout=5000)  # window shortcuts need the active window
    vp0 = win.viewer.viewports[0]
    vp0.setFocus()
    qtbot.keyClick(vp0, Qt.Key_Period)  # next stage: the reformats, which this study lacks
    assert win.stage_text().startswith("CT chest + prior · stage 2/2")
    assert len(win.viewer.viewports) == 2
    for vp, stage_vp in zip(win.viewer.viewports, plan.stages[1].viewports):
        assert vp.stack is None and not stage_vp.filled
        assert vp.empty_text == f"No matching series: {stage_vp.reason}"
        assert "no series matches" in vp.empty_text
    # ... and the reason is drawn: grey text in the middle of the black viewport
    img = win.viewer.viewports[0].grab().toImage()
    h, w = img.height(), img.width()
    grey = sum(1 for y in range(h // 3, 2 * h // 3, 2) for x in range(0, w, 2)
               if 60 < img.pixelColor(x, y).red() < 200)
    assert grey > 20

    qtbot.keyClick(win.viewer.viewports[0], Qt.Key_Comma)  # previous stage
    assert win.stage_text().startswith("CT chest + prior · stage 1/2")
    assert len(win.viewer.viewports) == 4
    qtbot.keyClick(win.viewer.viewports[0], Qt.Key_Right, Qt.ControlModifier)
    assert win.stage_text().startswith("CT chest + prior · stage 2/2")
    qtbot.keyClick(win.viewer.viewports[0], Qt.Key_Left, Qt.ControlModifier)
    assert len(win.viewer.viewports) == 4 and win.stage_cursor.index == 0
    field = next(iter(win.browser.fields.values()))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_Period)  # typing a "." in a search field is just text
    assert win.stage_cursor.index == 0 and field.text().endswith(".")

    # Stage 1 again: the protocol's display and pan sync groups are in force.
    qtbot.waitUntil(lambda: all(vp.stack is not None for vp in win.viewer.viewports), timeout=30000)
    lung = plan.stages[0].viewports[0].display["window"]
    assert win.viewer.viewports[0].window() == (lung["center"], lung["width"])
    a, b = win.viewer.viewports[0], win.viewer.viewports[1]  # lung: current | prior
    a.pan_by(40, 0)
    assert b.view_center() == pytest.approx(a.view_center(), abs=1e-6)
    # A protocol zoom factor is applied (and its zoom group follows); applying a display
    # twice (a reused viewport, a version fallback) does not undo its flip.
    display = dict(plan.stages[0].viewports[0].display, zoom=2.0, flip_horizontal=True)
    win._apply_display(a, display)
    win._apply_display(a, display)
    assert a.zoom() == pytest.approx(2.0) and b.zoom() == pytest.approx(2.0)
    assert a.view_transform.flip_h and a.window() == (lung["center"], lung["width"])
    _idle(qtbot, win)
    win.close()


def test_priors_come_in_the_comparison_version_current_in_the_profiles(qtbot, tmp_path,
                                                                      config_dir, demo_server):
    server, current, prior, access_log = demo_server
    _set_status(server, **{current: 3, prior: 3})  # read: every version allowed
    asked: list[tuple[str, str, str]] = []
    start = access_log.stat().st_size if access_log.exists() else 0
    win = _hung(qtbot, tmp_path, server, current, profile="referring", record=asked)
    assert win.current_plan.fetch_list() == [{"study_uid": prior, "version": "comparison"}]
    _idle(qtbot, win)
    assert {v for st, _s, v in asked if st == current} == {"V2"}  # the profile's version
    prior_series = {s for st, s, _v in asked if st == prior}
    assert {v for st, _s, v in asked if st == prior} == {"V3"}
    # the prefetch fetched every series of the prior, not only those on screen
    shown = {v.series.series_uid for v in win.current_plan.stages[0].viewports
             if v.study_uid == prior and v.filled}
    all_prior = {m["SeriesInstanceUID"] for m in win.sources["srv"].study_metas(prior).values()}
    assert shown and shown <= all_prior and prior_series == all_prior
    # what the server was asked: V3 bundles for the prior's series
    lines = [json.loads(x) for x in access_log.read_bytes()[start:].decode().splitlines()]
    versions = {parse_qs(x["query"]).get("version", [""])[0] for x in lines
                if x["path"].endswith("/bundle") and x["path"].split("/")[3] in prior_series}
    assert versions == {"V3"}
    win.close()


def test_a_prior_is_asked_in_the_version_its_status_allows_and_says_why(qtbot, tmp_path, config_dir, demo_server):
    server, current, prior, _log = demo_server
    _set_status(server, **{current: 3, prior: 1})  # unread prior: only V1 for a radiologist
    asked: list[tuple[str, str, str]] = []
    win = _hung(qtbot, tmp_path, server, current, record=asked)
    _idle(qtbot, win)
    # the server's status x version table is known before the first request: the prior
    # is asked in V1 at once (never a refused V3 first), and the reason says why
    assert {v for st, _s, v in asked if st == prior} == {"V1"}
    assert win.version_choice(prior).version == "V1"
    assert "V3 not allowed for role radiologist while unread" in win.version_choice(prior).reason
    qtbot.waitUntil(lambda: "V3 not allowed" in win.log_view.toPlainText(), timeout=5000)
    prior_vps = [n for n, v in enumerate(win.current_plan.stages[0].viewports) if v.study_uid == prior]
    for n in prior_vps:
        vp = win.viewer.viewports[n]
        assert vp.stack is not None and vp.current_slice().pixels is not None
        assert vp.current_slice().level.version in ("V1", "original")
    win.close()


def test_a_referrer_is_not_shown_an_unread_prior(qtbot, tmp_path, config_dir, demo_server):
    server, current, prior, _log = demo_server
    _set_status(server, **{current: 3, prior: 1})  # a referrer may see nothing of an unread study
    win = _hung(qtbot, tmp_path, server, current, profile="referring", role="referrer")
    _idle(qtbot, win)
    # the server does not list it to a referrer, so it is not hung (nor fetched) at all
    hung = {v.study_uid for stage in win.current_plan.stages for v in stage.viewports}
    assert current in hung and prior not in hung
    assert all(p["study_uid"] != prior for p in win.current_plan.fetch_list())
    assert QApplication.activeModalWidget() is None  # no dialog
    assert win.viewer.viewports[0].stack is not None  # the current study is laid out
    win.close()


def test_save_this_screen_writes_a_protocol_into_the_user_library(qtbot, tmp_path, config_dir,
                                                                 demo_server):
    from radview.app.protocol_editor import ProtocolEditorDialog
    from radview.protocols.hanging import load_library

    server, current, prior, _log = demo_server
    _set_status(server, **{current: 3, prior: 3})
    win = _hung(qtbot, tmp_path, server, current)
    qtbot.waitUntil(lambda: all(vp.stack is not None for vp in win.viewer.viewports), timeout=30000)
    seen = []

    def answer() -> None:  # the name prompt, then the editor opened on the new protocol
        w = QApplication.activeModalWidget()
        if isinstance(w, QInputDialog):
            seen.append("name")
            w.setTextValue("My chest reading")
            w.accept()
        elif isinstance(w, ProtocolEditorDialog):
            seen.append("editor")
            w.save()
            w.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    win.hanging_actions["save_screen"].trigger()
    timer.stop()
    assert seen == ["name", "editor"]
    path = config_dir / "protocols" / "my-chest-reading.json"
    assert path.exists(), win.status_text()
    assert "Protocol saved to" in win.status_text()
    saved = load_library().by_name("My chest reading")
    assert saved.origin == "user"
    stage = saved.to_json()["stages"][0]
    assert stage["layout"] == {"rows": 2, "columns": 2}
    assert [v["study"] for v in stage["viewports"]] == ["current", "prior:1", "current", "prior:1"]
    assert stage["viewports"][0]["display"]["window"] == "lung"
    assert stage["viewports"][0]["sync"] == ["lung"]
    _idle(qtbot, win)
    win.close()


def test_loaded_images_stay_loaded_and_measurements_follow_their_images(qtbot, tmp_path,
                                                                        config_dir, demo_server):
    """Stage changes and back fetch nothing again; the same series in two viewports is one
    stack scrolling as one; a version change keeps the measurements on their images."""
    from radview.viewer.tools import Annotation

    server, current, prior, _log = demo_server
    _set_status(server, **{current: 3, prior: 3})
    assert server.wait_versions()  # V1/V2 built: the version change shows V2 pixels
    asked: list[tuple[str, str, str]] = []
    win = _hung(qtbot, tmp_path, server, current, record=asked)
    qtbot.waitUntil(win.display_ready, timeout=60000)
    _idle(qtbot, win)
    vps = win.viewer.viewports
    lung, medi = vps[0], vps[2]  # the current series twice: lung above, mediastinum below
    assert lung.stack is medi.stack and lung.stack is not None
    lung.scroll(1)
    assert medi.index == lung.index
    loads = len(asked)
    lung.add_annotation(Annotation("length", lung.index, [(10.0, 10.0), (40.0, 50.0)]))

    win.next_stage()
    win.previous_stage()
    # back on stage 1 at once, from memory: no load asked of the server, nothing blank
    assert all(vp.stack is not None and vp.current_slice().pixels is not None
               for vp in win.viewer.viewports)
    _idle(qtbot, win)
    assert len(asked) == loads
    kept = [a for vp in win.viewer.viewports for a in vp.annotations]
    assert len(kept) == 1 and kept[0].points == [(10.0, 10.0), (40.0, 50.0)]

    win.set_study_version("V2")
    qtbot.waitUntil(lambda: win.display_ready() and win.viewer.viewports[0].current_slice()
                    .level.version == "V2", timeout=60000)
    holder = next(vp for vp in win.viewer.viewports if vp.annotations)
    ann = holder.annotations[0]
    assert ann.points == [(10.0, 10.0), (40.0, 50.0)] and ann.made_on.startswith("V1")
    assert any("(drawn on V1" in line for line in ann.label_lines(holder.stack[ann.slice_index]))
    _idle(qtbot, win)
    win.close()


def test_referring_terminal_lists_and_opens_only_what_it_may_see(qtbot, tmp_path, config_dir,
                                                                 demo_server):
    """The demo's referring profile: today's study is unread, so the referrer's list leaves
    it out and the patient's newest reported study opens instead, in V2, with its report."""
    server, current, prior, _log = demo_server
    _set_status(server, **{current: 1, prior: 5})
    assert server.wait_versions()
    win = _hung(qtbot, tmp_path, server, current, profile="referring", role="referrer")
    qtbot.waitUntil(win.display_ready, timeout=60000)
    assert win.current_study["study_uid"] == prior
    assert current not in {s["study_uid"] for s in win.browser.studies}
    assert all(s.get("status") != 1 for s in win.browser.studies)
    shown = [vp.current_slice() for vp in win.viewer.viewports if vp.current_slice() is not None]
    assert shown and all(s.level.version == "V2" and s.lossy for s in shown)
    assert "referring terminal" in win.profile_label.text()
    qtbot.waitUntil(lambda: "read only" in win.diagnosis.info.text(), timeout=30000)
    _idle(qtbot, win)
    # why this study and which version stay beside the report after the loads have
    # written their own lines into the status bar
    notice = win.diagnosis.notice
    assert not notice.isHidden()
    assert "is unread: not released to role referrer" in notice.text()
    assert "Shown in V2" in notice.text() and "referring terminal" in notice.text()
    win.close()


def test_home_profile_asks_what_an_unread_study_allows_and_says_why(qtbot, tmp_path, config_dir,
                                                                    demo_server, monkeypatch):
    from radview.net.link import LinkEstimate, LinkMeter

    # A home link in the V2 band (8-50 Mbit/s), whatever this machine's loopback measures:
    # the test is of the access fallback, not of the link meter (tests/net/test_link.py).
    monkeypatch.setattr(LinkMeter, "estimate", lambda self: LinkEstimate(0.01, 20e6, 4))
    server, current, prior, _log = demo_server
    _set_status(server, **{current: 1, prior: 5})
    assert server.wait_versions()
    asked: list[tuple[str, str, str]] = []
    win = _hung(qtbot, tmp_path, server, current, profile="home", record=asked)
    qtbot.waitUntil(win.display_ready, timeout=60000)
    assert {v for st, _s, v in asked if st == current} == {"V1"}  # never a refused V2
    assert "V2 not allowed for role radiologist while unread" in win.profile_label.text()
    assert win.viewer.viewports[0].current_slice().level.version == "V1"
    _idle(qtbot, win)
    win.close()
