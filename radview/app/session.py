"""The reading session under the main window (Qt-free, unit-testable headless).

What is open and from where, which version each study is asked in and why (the
profile, the reader's choice, the hanging protocol's prior version, and what the
server allows for the study's diagnostic status and the reader's role), which
series are loaded (one ``LoadedSeries`` per series, shared by every viewport and
stage that shows it, kept in a bounded ``ImageStore``), and the one loop that loads
a series in an allowed version, falling back when the server refuses.

The Qt window (main_window.py) is a view over this: it runs ``load_allowed`` in a
worker, hands the events to the viewports and writes the reasons on screen.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from radview.net import profiles
from radview.net.sources import ImageUpdate, Source
from radview.errors import RadviewError, UsageError
from radview.net.radview_client import NotAllowedError
from radview.viewer.model import ImageStack, LevelInfo

log = logging.getLogger("radview.workstation")
MB = 1024 * 1024
STATUS_LABELS = {1: "unread", 2: "read", 3: "read + notes", 4: "read + annotations",
                 5: "read + report"}
# The role a profile reads as when the server does not say (REQUIREMENTS §3).
PROFILE_ROLES = {"reading": "radiologist", "referring": "referrer", "home": "radiologist"}
# Server defaults (docs/server.md): status 1 (unread) → V1 only, 2–5 → every version;
# a referrer never gets V1. Used only when the server has not told the study's own list.
DEFAULT_STATUS_VERSIONS = {1: ("V1",)}
DEFAULT_ROLE_VERSIONS = {"referrer": ("V2", "V3")}


@dataclass
class LoadedSeries:
    """A series loading or loaded in one version; shared by every viewport showing it."""

    study_uid: str
    series_uid: str
    source: Source
    stack: ImageStack | None = None
    levels: dict[str, int] = field(default_factory=dict)  # sop → level on hand
    task: Any = None
    started: float = field(default_factory=time.monotonic)
    first_image_s: float | None = None
    pending_size: tuple[int, int] | None = None  # a zoom while loading: refine afterwards
    choice: profiles.VersionChoice | None = None  # version in use (after any fallback)
    refused: str | None = None  # why nothing can be shown (said in the viewport)
    description: str = ""
    modality: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.study_uid, self.series_uid

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done.is_set()

    def nbytes(self) -> int:
        if self.stack is None:
            return 0
        return sum(s.pixels.nbytes for s in self.stack if s.pixels is not None)


class ImageStore:
    """The series of the open study and its priors held in memory, least recently used
    dropped first once over ``max_bytes`` (series on screen are never dropped)."""

    def __init__(self, max_bytes: int = 1024 * MB):
        if max_bytes <= 0:
            raise UsageError(f"the image store needs a positive size, got {max_bytes}")
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[str, str], LoadedSeries] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._items

    def get(self, study_uid: str, series_uid: str) -> LoadedSeries | None:
        item = self._items.get((study_uid, series_uid))
        if item is not None:
            self._items.move_to_end(item.key)
        return item

    def put(self, item: LoadedSeries) -> None:
        old = self._items.pop(item.key, None)
        if old is not None and old is not item and old.task is not None:
            old.task.cancel()
        self._items[item.key] = item

    def discard(self, item: LoadedSeries) -> None:
        if self._items.get(item.key) is item:
            del self._items[item.key]
            if item.task is not None:
                item.task.cancel()

    def nbytes(self) -> int:
        return sum(i.nbytes() for i in self._items.values())

    def trim(self, on_screen: Iterable[LoadedSeries] = ()) -> list[LoadedSeries]:
        """Drop least recently used series until under the bound; returns those dropped."""
        keep = {id(i) for i in on_screen}
        dropped = []
        total = self.nbytes()
        for item in list(self._items.values()):
            if total <= self.max_bytes:
                break
            if id(item) in keep or item.busy:
                continue
            total -= item.nbytes()
            self.discard(item)
            dropped.append(item)
        return dropped

    def clear(self) -> None:
        for item in self._items.values():
            if item.task is not None:
                item.task.cancel()
        self._items.clear()


def prior_version_choice(version: str, protocol_name: str) -> profiles.VersionChoice:
    """The version a protocol asks for its priors (``priors.version``: a usage such as
    ``comparison`` — the default — or a version name) as a VersionChoice."""
    name = version if version in profiles.VERSIONS else None
    if name is None:
        try:
            name = profiles.version_for_usage(version)
        except UsageError:
            log.warning("protocol %r asks priors in unknown version %r; using V3 (comparison)",
                        protocol_name, version)
            name = "V3"
    return profiles.VersionChoice(name, profiles.VERSION_QUALITY[name],
                                  profiles.VERSION_USAGE[name],
                                  f"prior, as protocol '{protocol_name}' asks")


def nearest_allowed(wanted: str, allowed: Iterable[str]) -> str | None:
    """The allowed version nearest to ``wanted`` (ties: the better quality)."""
    order = list(profiles.VERSIONS)
    known = [v for v in allowed if v in order and v != wanted]
    if not known or wanted not in order:
        return None
    at = order.index(wanted)
    return min(known, key=lambda v: (abs(order.index(v) - at), order.index(v)))


def fallback_choice(wanted: profiles.VersionChoice, allowed: list[str], *,
                    why: str = "") -> profiles.VersionChoice | None:
    """The allowed version nearest to the refused one, saying why (None: nothing allowed)."""
    best = nearest_allowed(wanted.version, allowed)
    if best is None:
        return None
    why = why or f"{wanted.version} not allowed by the server"
    return profiles.VersionChoice(best, profiles.VERSION_QUALITY[best],
                                  profiles.VERSION_USAGE[best],
                                  f"{wanted.reason.split(':')[0]}: {why}, {best} is")


def default_allowed(status: int | None, role: str) -> list[str]:
    """The server's default status × role table (when the server has not answered)."""
    by_status = DEFAULT_STATUS_VERSIONS.get(status or 0, profiles.VERSIONS)
    by_role = DEFAULT_ROLE_VERSIONS.get(role, profiles.VERSIONS)
    return [v for v in profiles.VERSIONS if v in by_status and v in by_role]


@dataclass
class StudyAccess:
    """What the server says a reader may have of a study."""

    status: int | None
    allowed: list[str]
    role: str

    def describe(self) -> str:
        label = STATUS_LABELS.get(self.status or 0, "status unknown")
        return f"{label} (status {self.status})" if self.status else label


class ReadingSession:
    """Which study is open, which version each study is asked in, and why."""

    def __init__(self, profile: str, *, role: str | None = None):
        self.profile = profiles.check_profile(profile)
        self.server_role = role  # the role the server gave (whoami), else the profile's
        self.link_rate_bps: float | None = None
        self.override: dict[str, str] = {}  # study_uid → version chosen by the user
        self.study: dict | None = None
        self.source: Source | None = None
        self.prior_choices: dict[str, profiles.VersionChoice] = {}  # prior study → version
        self.prior_labels: dict[str, str] = {}  # prior study → "prior 1 (2025-11-09)"
        self.access: dict[str, StudyAccess] = {}  # study → status and allowed versions
        self.prefetched: set[tuple[str, str, str]] = set()  # (study, series, version)
        self.store = ImageStore()
        # measurements of viewports laid out again (another version, stage or layout),
        # by series, with the image (SOP, frame) they were drawn on
        self.kept_measurements: dict[tuple[str, str], list[tuple[str, int, Any]]] = {}

    @property
    def role(self) -> str:
        return self.server_role or PROFILE_ROLES[self.profile]

    @property
    def study_uid(self) -> str | None:
        return (self.study or {}).get("study_uid")

    def open(self, study: dict, source: Source) -> None:
        if self.study_uid != study.get("study_uid") or self.source is not source:
            self.store.clear()  # another study: its images are not needed any more
            self.kept_measurements.clear()
        self.study, self.source = study, source
        self.clear_priors()

    def keep_measurements(self, stack: ImageStack | None, annotations: Iterable[Any]) -> int:
        """Remember a viewport's measurements (image coordinates) before it is laid out
        again; ``restore_measurements`` puts them back on the same images."""
        if stack is None:
            return 0
        kept = 0
        for ann in annotations:
            if not 0 <= ann.slice_index < len(stack):
                continue
            s = stack[ann.slice_index]
            key = (str(s.meta.get("StudyInstanceUID") or ""), str(s.meta.get("SeriesInstanceUID") or ""))
            sop = str(s.meta.get("SOPInstanceUID") or "")
            if sop:
                self.kept_measurements.setdefault(key, []).append((sop, s.frame, ann))
                kept += 1
        return kept

    def restore_measurements(self, stack: ImageStack) -> list[Any]:
        """The kept measurements of this stack's series, their slice index set to where
        their image is in this stack (another version: the same image coordinates)."""
        if stack is None or not len(stack):
            return []
        meta = stack[0].meta
        key = (str(meta.get("StudyInstanceUID") or ""), str(meta.get("SeriesInstanceUID") or ""))
        out = []
        for sop, frame, ann in self.kept_measurements.pop(key, []):
            index = stack.index_of(sop, frame)
            if index is not None:
                ann.slice_index = index
                out.append(ann)
        return out

    def clear_priors(self) -> None:
        self.prior_choices, self.prior_labels = {}, {}

    def set_profile(self, profile: str) -> None:
        self.profile = profiles.check_profile(profile)

    # ------------------------------------------------------------------ access
    def set_access(self, study_uid: str, state: dict | None) -> None:
        """Record the server's state document (status, allowed_versions) of a study."""
        if not state:
            return
        status = state.get("status")
        allowed = state.get("allowed_versions")
        if allowed is None:
            allowed = default_allowed(status, self.role)
        self.access[study_uid] = StudyAccess(status, [str(v) for v in allowed], self.role)

    def may_view(self, study: dict) -> bool:
        """A study row a referring terminal lists: one it may see (read, at least). A row
        the server withheld from this user carries ``allowed_versions: []``."""
        if "allowed_versions" in study:
            return bool(study["allowed_versions"])
        if self.role != "referrer":
            return True
        return bool(default_allowed(study.get("status"), self.role)) \
            if study.get("status") is not None else True

    def study_to_open(self, studies: list[dict], study_uid: str | None,
                      date: Callable[[str], str]) -> tuple[dict | None, str]:
        """The study to open for ``study_uid`` (else the newest one this reader may see)
        and why another one opens instead ("" when none did); (None, why nothing) when
        there is nothing to open. An unread study a referrer may not see gives way to the
        same patient's newest study they may see."""
        listed = [s for s in studies if self.may_view(s)]
        match = [s for s in studies if s["study_uid"] == study_uid] or listed[:1]
        if not match:
            return None, ("no studies on this source yet" if not studies else
                          f"none of the {len(studies)} studies is released to role "
                          f"{self.role} yet (they are unread)")
        study = match[0]
        if self.may_view(study):
            return study, ""
        same = [s for s in listed if s.get("patient_id") == study.get("patient_id")]
        what = f"{study.get('description') or 'The study'} of {date(study.get('study_date'))}"
        if not same:
            return None, (f"{what} is unread: not released to role {self.role} yet, and "
                          "this patient has no study you may see")
        return same[0], (f"{what} is unread: not released to role {self.role} yet; showing "
                         f"this patient's newest study you may see "
                         f"({date(same[0].get('study_date'))})")

    def refusal(self, study_uid: str) -> str | None:
        """Why no version of the study may be shown (said in the viewport), or None."""
        access = self.access.get(study_uid)
        if access is None or access.allowed:
            return None
        until = " until it is read" if access.status == 1 else ""
        return (f"{self.prior_label(study_uid).capitalize()} not shown: it is "
                f"{access.describe()}; role {access.role} is not allowed any version of it{until}")

    # ------------------------------------------------------------------ versions
    def wanted_choice(self, study_uid: str | None = None) -> profiles.VersionChoice:
        """The reader's choice for this study, else (a prior of the hung plan) the
        protocol's prior version, else the profile's default."""
        uid = study_uid or self.study_uid
        override = self.override.get(uid or "")
        if override is None and uid in self.prior_choices:
            return self.prior_choices[uid]
        return profiles.choose(self.profile, link_rate_bps=self.link_rate_bps, version=override)

    def version_choice(self, study_uid: str | None = None) -> profiles.VersionChoice:
        """``wanted_choice``, moved to the nearest version the server allows for the
        study's status and the reader's role (the reason says so)."""
        uid = study_uid or self.study_uid
        wanted = self.wanted_choice(uid)
        access = self.access.get(uid or "")
        if access is None or not access.allowed or wanted.version in access.allowed:
            return wanted
        return fallback_choice(wanted, access.allowed,
                               why=f"{wanted.version} not allowed for role {access.role} while "
                                   f"{access.describe()}") or wanted

    def set_override(self, study_uid: str, version: str | None) -> None:
        if version is None or version == "profile":
            self.override.pop(study_uid, None)
        elif version not in profiles.VERSIONS:
            raise UsageError(f"unknown version {version!r}")
        else:
            self.override[study_uid] = version

    def may_fall_back(self, study_uid: str) -> bool:
        """A refused version may move to an allowed one unless the reader chose it."""
        return study_uid not in self.override

    def hang_priors(self, plan) -> None:
        """The priors a hanging plan selected, in the protocol's prior version."""
        self.clear_priors()
        for entry in plan.priors:
            if entry.selected:
                uid = entry.study.study_uid
                self.prior_choices[uid] = prior_version_choice(plan.protocol.priors.version,
                                                               plan.protocol.name)
                self.prior_labels[uid] = f"prior {entry.slot} ({entry.study.date_iso or 'undated'})"

    def prior_label(self, study_uid: str) -> str:
        return self.prior_labels.get(study_uid, "prior" if study_uid != self.study_uid
                                     else "study")

    def record_fallback(self, study_uid: str, choice: profiles.VersionChoice) -> bool:
        """The server refused a prior's version: use ``choice`` from now on. False when
        already known (the prefetch and a viewport may both hear it)."""
        old = self.prior_choices.get(study_uid)
        if old is not None and old.version == choice.version:
            return False
        if study_uid in self.prior_choices:
            self.prior_choices[study_uid] = choice
        else:  # the current study: remember what the server allows
            access = self.access.get(study_uid)
            if access is None or choice.version not in access.allowed:
                self.access[study_uid] = StudyAccess(access.status if access else None,
                                                     [choice.version], self.role)
        return True

    # ------------------------------------------------------------------ series
    def series_entry(self, series: dict) -> tuple[LoadedSeries, bool]:
        """The shared entry for a series (created when absent or in another version);
        True when it is new and must be fetched."""
        study_uid, series_uid = series["study_uid"], series["series_uid"]
        choice = self.version_choice(study_uid)
        item = self.store.get(study_uid, series_uid)
        if item is not None and item.source is self.source and item.choice is not None \
                and item.choice.version == choice.version:
            return item, False
        item = LoadedSeries(study_uid, series_uid, self.source, choice=choice,
                            description=series.get("description") or "",
                            modality=series.get("modality") or "")
        item.refused = self.refusal(study_uid)
        self.store.put(item)
        return item, item.refused is None

    def prefetch_order(self, metas: Iterable[dict], later: set[str]) -> list[str]:
        """A prior's series: those later stages show first, then by series number."""
        order: dict[str, tuple] = {}
        for m in metas:
            uid = str(m.get("SeriesInstanceUID") or "")
            number = m.get("SeriesNumber")
            order.setdefault(uid, (uid not in later,
                                   int(number) if str(number or "").isdigit() else 1 << 30, uid))
        return [u for u in sorted(order, key=order.get) if u]


class Refused(RadviewError):
    """No version of this study may be shown to this reader."""


def load_allowed(source: Source, study_uid: str, series_uid: str,
                 choice: profiles.VersionChoice, *, may_fall_back: bool,
                 on_fallback: Callable[[profiles.VersionChoice, str], None],
                 on_wait: Callable[[str], None] | None = None, wait_s: float = 180.0,
                 poll_s: float = 2.0, **load) -> int:
    """``source.load_series`` in ``choice``; when the server refuses that version, the
    nearest allowed one (``on_fallback`` is told), unless the reader chose it. Raises
    Refused when no version is allowed. ``load``: on_header, on_image, viewport, cancel…

    A refusal that still lists the version asked as allowed refused something else: the
    original the source shows while the server is still building the version (a
    referrer may not have originals). Then the version is waited for (``on_wait`` is
    told), polling every ``poll_s`` up to ``wait_s``."""
    wanted = choice
    cancel = load.get("cancel") or (lambda: False)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return source.load_series(study_uid, series_uid, choice=wanted, **load)
        except NotAllowedError as exc:
            if wanted.version in exc.allowed_versions:
                if time.monotonic() > deadline:
                    raise Refused(f"{wanted.version} is still being built on the server and "
                                  f"the original is not allowed: {exc}") from exc
                if on_wait is not None:
                    on_wait(f"{wanted.version} is still being built on the server (the "
                            "original is not allowed for this role): waiting for it")
                end = time.monotonic() + poll_s
                while time.monotonic() < end:
                    if cancel():
                        return 0
                    time.sleep(0.1)
                continue
            nxt = fallback_choice(wanted, exc.allowed_versions) if may_fall_back else None
            if nxt is None:
                raise Refused(str(exc).removeprefix("server: ")) from exc
            on_fallback(nxt, str(exc))
            wanted = nxt


def level_info(update: ImageUpdate) -> LevelInfo:
    """What the viewer's overlay says of an image as it arrives."""
    if update.version == "original":
        quality = "lossy original" if update.lossy else "lossless"
    else:
        quality = f"q {update.quality} %"
    return LevelInfo(level=update.level or 0, levels=update.levels or 1, version=update.version,
                     quality=quality, lossy=update.lossy)


def apply_update(loaded: LoadedSeries, update: ImageUpdate) -> None:
    """Put an arriving image (one frame, all frames, or a level) into the series' stack."""
    stack = loaded.stack
    if stack is None:
        return
    first = stack.index_of(update.sop_uid, 0)
    if first is None:
        return
    level = level_info(update)
    pixels = update.pixels
    frames = [i for i in range(len(stack)) if stack[i].meta.get("SOPInstanceUID") == update.sop_uid]
    if update.level is not None and len(frames) > 1:  # one progressive frame
        target = stack.index_of(update.sop_uid, update.frame)
        if target is not None:
            stack.set_pixels(target, pixels, level)
    elif len(frames) > 1 and pixels.ndim >= 3 and pixels.shape[0] == len(frames):
        for f in range(len(frames)):
            stack.set_pixels(stack.index_of(update.sop_uid, f), pixels[f], level)
    else:
        stack.set_pixels(first, pixels, level)
    loaded.levels[update.sop_uid] = update.level if update.level is not None else -1
    if loaded.first_image_s is None:
        loaded.first_image_s = time.monotonic() - loaded.started
