"""Anatomy of every series on the server, predicted from its metadata off the ingest path.

Ingest only queues the series UID (an ingest listener; a set lookup per instance).
A single background thread predicts queued series in batches with the shipped model
(``radview.protocols.anatomy``, loaded once per process on first use) from the DICOM
JSON metadata of the series' first instance and its study context (the study description
and the other series of the study, so a bare series takes its study's anatomy), and stores each prediction with the
series (``store.record_anatomy``: source "model", confidence, model version).  When a
new series of a study is predicted, the study's series predicted before it are predicted
again, since their context now holds it.  At
start it also predicts series that have no prediction yet or one made by another
model version (a server upgraded with a new model re-predicts in the background).
A query that finds a series without a prediction asks ``ensure`` for it, so answers
never depend on the thread's progress.  User corrections are separate rows that win.
Without onnxruntime or the model the server runs on and answers ``"anatomy": null``.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from typing import Any

from radview.server.storage import NotFoundError, Store

log = logging.getLogger("radview.server.anatomy")

BATCH = 256
RECENT = 4096  # series UIDs known to have a prediction (saves a lookup per instance)


def series_metadata(store: Store, series_uid: str) -> dict[str, Any]:
    """The keywords the model reads, from the series' first instance (DICOM JSON)."""
    from radview.protocols.anatomy import features as F

    uids = store.instance_uids(series_uid=series_uid)
    if not uids:
        raise NotFoundError(f"no series {series_uid}")
    return F.clean(store.instance_metadata(uids[0]))


def study_contexts(store: Store, series_uids: list[str], metas: list[dict[str, Any]]) -> list[Any]:
    """Each series' study context (study description, the study's other series), so that a
    series whose own metadata names nothing takes its anatomy from its study."""
    from radview.protocols.anatomy import context as C

    known = dict(zip(series_uids, metas))
    studies: dict[str, tuple[Any, list]] = {}
    out = []
    for uid in series_uids:
        rows = store.find("SERIES", {"SeriesInstanceUID": uid}, limit=1)
        study = rows[0].get("StudyInstanceUID") if rows else None
        if not study:
            out.append(None)
            continue
        if study not in studies:
            members = []
            for row in store.find("SERIES", {"StudyInstanceUID": study}, limit=C.MAX_SIBLINGS + 1):
                other = row.get("SeriesInstanceUID")
                try:
                    members.append((other, known.get(other) or series_metadata(store, other)))
                except Exception:  # noqa: BLE001 - a sibling without readable metadata adds nothing
                    continue
            studies[study] = (rows[0].get("StudyDescription"), members)
        description, members = studies[study]
        out.append(C.contexts_for(members, description, [uid])[0])
    return out


def anatomy_json(prediction: Any) -> dict[str, Any] | None:
    """The API form of a stored anatomy (None: not predicted)."""
    return None if prediction is None else prediction.to_json()


class AnatomyIndexer:
    """Predicts and stores the anatomy of new series in one background thread."""

    def __init__(self, store: Store, *, model=None):
        self.store = store
        self._model = model  # an AnatomyModel; None = the shipped one, loaded lazily
        self._model_failed: str | None = None
        self._model_lock = threading.Lock()
        self.queue: queue.Queue[str | None] = queue.Queue()
        self._cv = threading.Condition()
        self._queued: set[str] = set()
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._failed: set[str] = set()  # metadata unreadable: not retried by the backfill
        self._busy = 1  # the start-up backfill
        self._thread = threading.Thread(target=self._run, name="anatomy", daemon=True)
        self._stopping = False
        self._started = False
        self.predicted = 0

    # -- model -------------------------------------------------------------------
    def model(self):
        """The model, or None when it cannot be loaded (logged once)."""
        with self._model_lock:
            if self._model is None and self._model_failed is None:
                t0 = time.perf_counter()
                try:
                    from radview.protocols.anatomy.model import default_model

                    self._model = default_model()
                except Exception as exc:  # noqa: BLE001 - ImportError, AnatomyModelError...
                    self._model_failed = f"{type(exc).__name__}: {exc}"
                    log.warning("anatomy prediction is off: %s", self._model_failed)
                else:
                    log.info("anatomy model %s loaded in %.2f s", self._model.version,
                             time.perf_counter() - t0)
            return self._model

    @property
    def available(self) -> bool:
        return self.model() is not None

    # -- life cycle -------------------------------------------------------------
    def start(self) -> "AnatomyIndexer":
        self.store.add_ingest_listener(lambda result: self.submit(result.series_uid))
        self._thread.start()
        self._started = True
        return self

    def submit(self, series_uid: str) -> None:
        with self._cv:
            if self._stopping or series_uid in self._queued or series_uid in self._recent:
                return
            self._queued.add(series_uid)
        self.queue.put(series_uid)

    def _run(self) -> None:
        try:
            self._backfill()
        except Exception as exc:  # noqa: BLE001 - never take the server down
            log.warning("anatomy backfill failed: %s: %s", type(exc).__name__, exc)
        finally:
            with self._cv:
                self._busy -= 1
                self._cv.notify_all()
        while True:
            first = self.queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < BATCH:
                try:
                    nxt = self.queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self.queue.put(None)  # stop after this batch
                    break
                batch.append(nxt)
            with self._cv:
                self._busy += 1
            try:
                self.predict(batch)
            except Exception as exc:  # noqa: BLE001 - one bad series must not stop the thread
                log.warning("anatomy of %d series failed: %s: %s", len(batch),
                            type(exc).__name__, exc)
            finally:
                with self._cv:
                    self._busy -= 1
                    self._queued.difference_update(batch)
                    self._cv.notify_all()

    def _backfill(self) -> None:
        model = self.model()
        if model is None:
            return
        total = 0
        while not self._stopping:
            todo = self.store.series_needing_anatomy(model_version=model.version, limit=BATCH)
            todo = [u for u in todo if u not in self._failed]
            if not todo:
                break
            done = self.predict(todo, force=True)
            total += done
            if not done:
                break
        if total:
            log.info("anatomy predicted for %d stored series", total)

    # -- work ----------------------------------------------------------------------
    def predict(self, series_uids: list[str], *, force: bool = False) -> int:
        """Predicts and stores the series that lack a prediction; returns how many."""
        model = self.model()
        if model is None or not series_uids:
            return 0
        uids = list(dict.fromkeys(series_uids))
        if not force:
            uids = self.store.series_needing_anatomy(series_uids=uids)
            # The study's series predicted before these arrived were read without them: a
            # scout or "Recon 2" sent first takes its anatomy from the series after it. They
            # go in the same pass, so each study's metadata is read once for all of them.
            if uids:
                uids += self._predicted_siblings(uids)
        metas, keep = [], []
        for uid in uids:
            try:
                metas.append(series_metadata(self.store, uid))
                keep.append(uid)
            except NotFoundError:
                continue
            except Exception as exc:  # noqa: BLE001 - unreadable metadata: skip this series
                log.warning("anatomy of series %s: metadata unreadable: %s", uid, exc)
                self._failed.add(uid)
        predictions = model.predict_many(metas, study_contexts(self.store, keep, metas)) if metas else []
        for uid, meta, prediction in zip(keep, metas, predictions):
            self.store.record_anatomy(uid, prediction, metadata=meta)
        with self._cv:
            for uid in series_uids:
                self._recent[uid] = None
                self._recent.move_to_end(uid)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        self.predicted += len(keep)
        return len(keep)

    def _predicted_siblings(self, series_uids: list[str]) -> list[str]:
        """The other series of these series' studies that already have a prediction."""
        from radview.protocols.anatomy import context as C

        new = set(series_uids)
        studies = set()
        for uid in series_uids:
            rows = self.store.find("SERIES", {"SeriesInstanceUID": uid}, limit=1)
            if rows and rows[0].get("StudyInstanceUID"):
                studies.add(rows[0]["StudyInstanceUID"])
        others = [row.get("SeriesInstanceUID") for study in sorted(studies)
                  for row in self.store.find("SERIES", {"StudyInstanceUID": study},
                                             limit=C.MAX_SIBLINGS + 1)]
        others = [u for u in dict.fromkeys(others) if u and u not in new]
        return list(self.store.series_anatomy(others)) if others else []

    def ensure(self, series_uids: list[str]) -> dict[str, Any]:
        """{series_uid: Prediction} for these series, predicting the missing ones now."""
        found = self.store.series_anatomy(series_uids)
        missing = [u for u in series_uids if u not in found]
        if missing and self.predict(missing):
            found.update(self.store.series_anatomy(missing))
        return found

    def pending(self) -> int:
        with self._cv:
            return len(self._queued) + self._busy

    def wait_idle(self, timeout: float | None = None) -> bool:
        if not self._started:
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cv:
            while self._queued or self._busy:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cv.wait(left if left is not None else 0.5)
        return True

    def stop(self) -> None:
        with self._cv:
            self._stopping = True
        self.queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout=10)
