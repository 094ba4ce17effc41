"""End to end, offscreen: the real server with images ingested, the workstation opens a
study, the viewport shows the expected pixels at the level its size needs; a zoom
fetches the finer level; a refusal by the server is shown in the status line."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest

pytest.importorskip("pytestqt")

from radview.app.demo_server import EmbeddedServer  # noqa: E402
from radview.app.settings_store import Connection, Settings  # noqa: E402
from radview.resources.sample_images import pydicom_data_file  # noqa: E402

IMAGE = "MR2_UNCR.dcm"  # real MR, 1024², bigger than the test viewport


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    srv = EmbeddedServer(root / "server", dicom_port=None, fsync=False)
    srv.store.ingest(pydicom_data_file(IMAGE).read_bytes(), source="test")
    srv.start()
    assert srv.wait_versions(180), "the server did not build the versions in time"
    yield srv
    srv.stop()


def _window(qtbot, tmp_path, server, *, profile="reading", role=""):
    from radview.app.login_dialog import ensure_logins
    from radview.app.main_window import MainWindow

    # the demo user of the role (a radiologist unless said); the role comes from the
    # server, as at a real start
    user = "referring" if role == "referrer" else "reading"
    conn = Connection("server", "radview", url=server.url, token=server.tokens[user])
    settings = Settings(profile=profile, connections=[conn], active="server",
                        cache_dir=str(tmp_path / "cache"), first_start_done=True)
    assert ensure_logins(settings, ask=lambda _c, _why: None) == []
    assert conn.role == (role or "radiologist")
    win = MainWindow(settings, settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    win.set_layout(2, 2)  # each viewport is then smaller than 512 px: level 512² suffices
    return win


def test_open_study_shows_expected_level_then_zoom_refines(qtbot, tmp_path, server):
    from radview.codec import decode, level_for_size, read_header

    ref = pydicom.dcmread(pydicom_data_file(IMAGE))
    win = _window(qtbot, tmp_path, server)
    win.open_study_uid(str(ref.StudyInstanceUID))
    vp = win.viewer.viewports[0]
    qtbot.waitUntil(win.display_ready, timeout=60000)
    shown = vp.current_slice()
    container = server.store.read_version(str(ref.SOPInstanceUID), "V1", 1)
    header = read_header(container)
    expected_level = level_for_size(header, max(vp.needed_display_size()))
    assert expected_level < len(header.levels) - 1, "the viewport should need less than full size"
    assert shown.level.level == expected_level and shown.level.version == "V1"
    expected = decode(container, level=expected_level)
    assert np.array_equal(shown.pixels, expected)
    overlay = " ".join(sum(vp.overlay_text().values(), []))
    assert "V1" in overlay and f"level {expected_level + 1}/{len(header.levels)}" in overlay
    assert "LOSSY" not in overlay

    vp.set_zoom(1.0)  # one image pixel per device pixel: the full level is needed now
    qtbot.waitUntil(lambda: vp.current_slice().level.level == len(header.levels) - 1,
                    timeout=30000)
    assert np.array_equal(vp.current_slice().pixels, ref.pixel_array)  # V1 is lossless
    win.close()

    # offline: the same study opens from the local cache alone (no server involved)
    from radview.net.sources import CacheSource, SearchFilters
    from radview.net.cache import Cache

    offline = CacheSource(Cache(tmp_path / "cache"))
    study = offline.search(SearchFilters(patient_id=str(ref.PatientID)))[0]
    series = offline.series(study["study_uid"])[0]
    headers, images = [], []
    offline.load_series(study["study_uid"], series["series_uid"], on_header=headers.extend,
                        on_image=images.append)
    assert images[0].version == "V1" and images[0].level == len(header.levels) - 1
    assert np.array_equal(images[0].pixels, ref.pixel_array)


def test_a_zoom_asked_as_a_load_ends_is_still_refined(qtbot, tmp_path, server, monkeypatch):
    """The worker flags its end only after its result is queued for the window; a zoom
    asked between the window handling that result and the flag must still refine (it
    was parked as 'pending' and never fetched: the demo screenshot then timed out)."""
    import threading
    import time
    import types

    from radview.app import workers

    class LateEvent(threading.Event):
        def set(self) -> None:  # a busy machine: the worker thread is slow to go on
            time.sleep(1.5)
            super().set()

    monkeypatch.setattr(workers, "threading", types.SimpleNamespace(Event=LateEvent))
    ref = pydicom.dcmread(pydicom_data_file(IMAGE), stop_before_pixels=True)
    win = _window(qtbot, tmp_path, server)
    win.open_study_uid(str(ref.StudyInstanceUID))
    qtbot.waitUntil(lambda: "image(s) (" in win.status_text(), timeout=60000)
    vp = win.viewer.viewports[0]
    task = win.loaded[0].task
    assert task is None or not task.done.is_set()  # still inside the window of the race
    full = max(int(ref.Rows), int(ref.Columns))
    win._display_size_needed(vp, full, full)  # what a zoom to actual size asks for
    qtbot.waitUntil(lambda: vp.current_slice().level.final and not win.runner.active,
                    timeout=30000)
    assert win.loaded[0].pending_size is None
    win.close()


def test_a_referrer_is_never_shown_an_unread_study(qtbot, tmp_path, server):
    from radview.net.radview_client import NotAllowedError

    ref = pydicom.dcmread(pydicom_data_file(IMAGE), stop_before_pixels=True)
    uid = str(ref.StudyInstanceUID)
    server.store.set_study_state(uid, status=1)
    win = _window(qtbot, tmp_path, server, profile="referring", role="referrer")
    win.open_study_uid(uid)  # the referrer's study list does not offer it
    # the server withholds it; asked for by UID, the workstation says why it opens nothing
    qtbot.waitUntil(lambda: "is unread: not released to role referrer" in win.status_text(),
                    timeout=30000)
    assert win.current_study is None
    with pytest.raises(NotAllowedError, match="unread.*not allowed for role referrer"):
        win.sources["server"].study_metas(uid)  # and asking anyway is refused plainly
    win.close()


def test_diagnosis_panel_reads_and_writes_notes_report_and_status(qtbot, tmp_path, server):
    from radview.net.radview_client import RadviewClient
    from radview.viewer.tools import Annotation

    ref = pydicom.dcmread(pydicom_data_file(IMAGE), stop_before_pixels=True)
    uid = str(ref.StudyInstanceUID)
    win = _window(qtbot, tmp_path, server)
    panel = win.diagnosis
    win.open_study_uid(uid)
    qtbot.waitUntil(lambda: panel.save_button.isEnabled(), timeout=30000)
    qtbot.waitUntil(win.display_ready, timeout=30000)
    panel.notes.setPlainText("Rotator cuff intact.")
    panel.report.setPlainText("Normal MR of the shoulder.")
    win.viewer.viewports[0].add_annotation(Annotation("text", 0, [(10.0, 20.0)], "see here"))
    panel.take_annotations.click()
    assert panel.annotation_list.count() == 1
    panel.save_button.click()
    qtbot.waitUntil(lambda: "status is now 5" in win.status_text(), timeout=15000)
    state = RadviewClient(server.url, token=server.tokens["reading"]).state(uid)
    assert state["status"] == 5
    assert state["diagnosis"]["notes"] == "Rotator cuff intact."
    assert state["diagnosis"]["annotations"][0]["text"] == "see here"
    win.close()

    viewer = _window(qtbot, tmp_path / "ref", server, profile="referring", role="referrer")
    viewer.open_study_uid(uid)
    qtbot.waitUntil(lambda: "read only" in viewer.diagnosis.info.text(), timeout=30000)
    assert viewer.diagnosis.report.toPlainText() == "Normal MR of the shoulder."
    assert viewer.diagnosis.report.isReadOnly()
    # now that the study is reported, the referrer receives the V2 reference version
    vp = viewer.viewer.viewports[0]
    qtbot.waitUntil(lambda: vp.current_slice() is not None and vp.current_slice().pixels is not None
                    and vp.current_slice().level.version == "V2", timeout=30000)
    assert vp.current_slice().lossy
    viewer.close()
