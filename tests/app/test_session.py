"""The Qt-free reading session: version choice by profile, status and role; the one
load-with-fallback loop; the shared, bounded image store."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from radview.app.session import (
    ImageStore, LoadedSeries, ReadingSession, Refused, apply_update, default_allowed,
    fallback_choice, load_allowed,
)
from radview.net.profiles import choose
from radview.net.sources import ImageUpdate, Source
from radview.errors import UsageError
from radview.net.radview_client import NotAllowedError
from radview.viewer.model import ImageStack, Slice


def test_session_and_view_state_import_no_qt():
    code = ("import sys, radview.app.session, radview.viewer.view_state; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_status_by_version_table_and_role():
    assert default_allowed(1, "radiologist") == ["V1"]
    for status in (2, 3, 4, 5):
        assert default_allowed(status, "radiologist") == ["V1", "V2", "V3"]
    assert default_allowed(1, "referrer") == []
    assert default_allowed(5, "referrer") == ["V2", "V3"]


@pytest.mark.parametrize("profile, role, status, version, why", [
    ("reading", None, 1, "V1", "diagnostic"),
    ("referring", None, 5, "V2", "reference"),
    ("home", None, 1, "V1", "V2 not allowed for role radiologist while unread (status 1)"),
    ("referring", "radiologist", 1, "V1", "V2 not allowed for role radiologist while unread"),
])
def test_the_version_asked_is_one_the_reader_may_have_and_says_why(profile, role, status,
                                                                    version, why):
    session = ReadingSession(profile, role=role)
    session.study = {"study_uid": "1.2"}
    session.set_access("1.2", {"status": status})  # server gave no list: its default table
    choice = session.version_choice()
    assert choice.version == version and why in choice.reason
    assert session.refusal("1.2") is None


def test_a_referrer_gets_no_version_of_an_unread_study_and_is_told_why():
    session = ReadingSession("referring")
    session.study = {"study_uid": "1.2"}
    session.set_access("1.2", {"status": 1, "allowed_versions": []})
    text = session.refusal("1.2")
    assert "not shown" in text and "unread" in text and "referrer" in text
    assert not session.may_view({"study_uid": "1.2", "status": 1})
    assert session.may_view({"study_uid": "1.3", "status": 5})
    assert ReadingSession("reading").may_view({"study_uid": "1.2", "status": 1})


def test_the_server_role_wins_over_the_profile_role():
    assert ReadingSession("referring").role == "referrer"
    assert ReadingSession("referring", role="radiologist").role == "radiologist"
    with pytest.raises(UsageError):
        ReadingSession("nurse")


class _Refusing(Source):
    """A source that refuses every version but the allowed ones, like the server does."""

    def __init__(self, allowed):
        self.allowed, self.asked = allowed, []

    def load_series(self, study_uid, series_uid, *, choice=None, **_kw):
        self.asked.append(choice.version)
        if choice.version not in self.allowed:
            raise NotAllowedError(403, "server: version not allowed",
                                  {"allowed_versions": self.allowed})
        return 3


def test_load_falls_back_to_the_nearest_allowed_version_once():
    source, told = _Refusing(["V1"]), []
    count = load_allowed(source, "s", "x", choose("reading", version="V3"), may_fall_back=True,
                         on_fallback=lambda c, why: told.append(c.version))
    assert count == 3 and source.asked == ["V3", "V1"] and told == ["V1"]


def test_load_refuses_plainly_when_nothing_is_allowed_or_the_reader_chose():
    with pytest.raises(Refused):
        load_allowed(_Refusing([]), "s", "x", choose("referring"), may_fall_back=True,
                     on_fallback=lambda *_: None)
    source = _Refusing(["V1"])
    with pytest.raises(Refused):
        load_allowed(source, "s", "x", choose("reading", version="V2"), may_fall_back=False,
                     on_fallback=lambda *_: None)
    assert source.asked == ["V2"]
    assert fallback_choice(choose("reading", version="V2"), ["V1", "V3"]).version == "V1"


def _stack(n=2, size=64):
    meta = {"Rows": size, "Columns": size, "BitsStored": 12, "PixelRepresentation": 0}
    return ImageStack([Slice.from_meta({**meta, "SOPInstanceUID": f"1.{i}", "InstanceNumber": i})
                       for i in range(n)], sort=False)


def test_store_keeps_one_entry_per_series_and_drops_the_least_recent_first():
    store = ImageStore(max_bytes=2 * (2 * 64 * 64 * 2))  # two series of two 64² images
    items = []
    for k in range(3):
        item = LoadedSeries("st", f"se{k}", source=None, stack=_stack())
        for i in range(2):
            item.stack.set_pixels(i, np.zeros((64, 64), np.uint16))
        store.put(item)
        items.append(item)
    assert store.get("st", "se0") is items[0]  # used: now the most recent
    dropped = store.trim(on_screen=[items[2]])
    assert dropped == [items[1]] and ("st", "se1") not in store
    assert len(store) == 2
    with pytest.raises(UsageError):
        ImageStore(0)


def test_the_same_series_twice_is_one_entry_until_its_version_changes():
    session = ReadingSession("reading")
    session.study, session.source = {"study_uid": "st"}, object()
    first, new = session.series_entry({"study_uid": "st", "series_uid": "se"})
    again, new_again = session.series_entry({"study_uid": "st", "series_uid": "se"})
    assert new and not new_again and again is first
    first.task = None
    session.set_override("st", "V2")
    other, new_other = session.series_entry({"study_uid": "st", "series_uid": "se"})
    assert new_other and other is not first and other.choice.version == "V2"


def test_an_update_lands_in_the_shared_stack_with_its_level():
    item = LoadedSeries("st", "se", source=None, stack=_stack(1))
    update = ImageUpdate(0, 1, "1.0", {}, np.zeros((16, 16), np.uint16), "V2", quality=50,
                         lossy=True, level=1, levels=3)
    apply_update(item, update)
    s = item.stack[0]
    assert s.level.label() == "V2 · q 50 % · level 2/3" and s.lossy
    assert item.first_image_s is not None and item.levels == {"1.0": 1}


class _Building(Source):
    """The version asked is allowed but not built yet: the original is refused twice."""

    def __init__(self):
        self.tries = 0

    def load_series(self, study_uid, series_uid, *, choice=None, **_kw):
        self.tries += 1
        if self.tries < 3:
            raise NotAllowedError(403, "server: V1 not allowed for role referrer",
                                  {"allowed_versions": ["V2", "V3"]})
        return 5


def test_a_version_still_being_built_is_waited_for_never_swapped_in_a_loop():
    source, waits, fallbacks = _Building(), [], []
    count = load_allowed(source, "s", "x", choose("referring"), may_fall_back=True,
                         on_fallback=lambda c, why: fallbacks.append(c), on_wait=waits.append,
                         poll_s=0.01)
    assert count == 5 and source.tries == 3 and not fallbacks
    assert len(waits) == 2 and "still being built" in waits[0]
    with pytest.raises(Refused, match="still being built"):
        load_allowed(_Building(), "s", "x", choose("referring"), may_fall_back=True,
                     on_fallback=lambda *_: None, wait_s=0.0, poll_s=0.01)
