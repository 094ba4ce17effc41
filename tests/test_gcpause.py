"""radview.gcpause: the collector is off inside a pause and back as it was after."""
import gc
import threading

import pytest

from radview.gcpause import paused_gc


def test_pause_and_resume_nested():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still runs
    assert gc.isenabled()


def test_resumes_after_an_error():
    with pytest.raises(ValueError):
        with paused_gc():
            raise ValueError("parse failed")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_threads_resume_once_all_end():
    inside, release = threading.Event(), threading.Event()

    def other():
        with paused_gc():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    t.start()
    inside.wait(5)
    with paused_gc():
        pass
    assert not gc.isenabled()  # the other thread's pause is still under way
    release.set()
    t.join(5)
    assert gc.isenabled()
