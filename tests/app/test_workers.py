"""Workers: results and errors reach the UI thread; cancel stops a task; no UI blocking."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from radview.errors import RadviewError  # noqa: E402


def test_result_progress_and_items_arrive_on_the_ui_thread(qtbot):
    from radview.app.workers import TaskRunner

    runner = TaskRunner()
    seen = {"items": [], "progress": [], "threads": set()}
    ui_thread = threading.get_ident()

    def work(ctx):
        ctx.progress(1, 2)
        ctx.emit("first")
        return threading.get_ident()

    def item(value):
        seen["items"].append(value)
        seen["threads"].add(threading.get_ident())

    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.start(work, on_item=item, on_progress=lambda *a: seen["progress"].append(a),
                     on_result=lambda tid: seen.setdefault("worker", tid))
    assert seen["items"] == ["first"] and seen["progress"][0][:2] == (1, 2)
    assert seen["worker"] != ui_thread and seen["threads"] == {ui_thread}


def test_cancel_stops_a_task_and_errors_are_one_line(qtbot):
    from radview.app.workers import TaskRunner

    runner = TaskRunner()
    results, errors = [], []

    def endless(ctx):
        while not ctx.cancelled():
            time.sleep(0.01)
        return "should not be delivered"

    task = runner.start(endless, on_result=results.append)
    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.cancel_all()
    assert task.done.is_set() and results == []

    def fails(ctx):
        raise RadviewError("the PACS refused")

    def crashes(ctx):
        return {}["missing"]

    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.start(fails, on_error=errors.append)
    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.start(crashes, on_error=errors.append)
    assert errors[0] == "the PACS refused"
    assert errors[1].startswith("internal error: KeyError") and "\n" not in errors[1]
