"""Series anatomy on the workstation: the server's answer, else a prediction made here,
kept in the local cache's database; the user's corrections win.

The workstation (not the cache, not the source) decides the anatomy: it asks the
model when nothing better is known and hands the result to the cache, whose
series rows show it. Predictions and corrections live in the ``anatomy`` table
(:mod:`radview.protocols.anatomy.store`) of the cache database, so the study
list works offline and ``radview anatomy train --corrections <cache>/cache.db``
learns from the corrections.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from radview.errors import RadviewError, UsageError
from radview.net.cache import Cache
from radview.protocols.anatomy import Prediction, predict_many, store
from radview.protocols.anatomy.context import contexts_for
from radview.protocols.anatomy import features as F


def current(cache: Cache, series_uid: str) -> Prediction | None:
    """The series' anatomy (the user's correction wins), or None."""
    with cache.lock:
        return store.current(cache.db, series_uid)


def current_many(cache: Cache, series_uids: Iterable[str]) -> dict:
    with cache.lock:
        return store.current_many(cache.db, list(series_uids))


def record(cache: Cache, series_uid: str, anatomy: Any,
           metadata: Mapping[str, Any] | None = None) -> Prediction:
    """Keep a series' anatomy (a Prediction or its JSON, e.g. the server's answer).

    A model prediction replaces the cached model row; a user label from the
    server is kept as a user row ("server") unless this workstation has its own
    correction, which always wins here.  Returns the current anatomy.
    """
    if not isinstance(anatomy, Prediction):
        if not isinstance(anatomy, Mapping):
            raise UsageError(f"anatomy must be a Prediction or its JSON, got {anatomy!r}")
        try:
            anatomy = Prediction.from_json({"source": "model", **anatomy})
        except (RadviewError, TypeError, ValueError) as exc:
            raise UsageError(f"anatomy of series {series_uid} is not valid: {exc}") from None
    with cache.lock:
        have = store.entries(cache.db, series_uid)
        if anatomy.source == "user":
            if "user" not in have:
                store.record_correction(cache.db, series_uid, list(anatomy.labels),
                                        anatomy.laterality, user="server",
                                        metadata=metadata or series_metadata(cache, series_uid))
        else:
            old = have.get("model")
            same = old is not None and old["labels"] == list(anatomy.labels) and \
                old["laterality"] == anatomy.laterality and \
                old["unknown"] == anatomy.unknown and \
                (old["model_version"] or "") == anatomy.model_version
            if not same:
                store.record_prediction(cache.db, series_uid, anatomy, metadata=metadata
                                        or (old or {}).get("metadata")
                                        or series_metadata(cache, series_uid))
        now = store.current(cache.db, series_uid)
        cache.set_anatomy(series_uid, now.to_json())
        return now


def correct(cache: Cache, series_uid: str, labels: Iterable[str], laterality: str | None, *,
            user: str | None = None, metadata: Mapping[str, Any] | None = None) -> Prediction:
    """Record the user's correction (wins over any prediction); returns it as a Prediction.

    The series' metadata is stored with it (from the cached headers) so that
    ``radview anatomy train --corrections <cache>/cache.db`` can learn from it.
    """
    labels, laterality = store.check_labels(list(labels), laterality, strict_laterality=True)
    with cache.lock:
        meta = dict(metadata or {}) or series_metadata(cache, series_uid, prefer_model=True)
        fixed = store.record_correction(cache.db, series_uid, list(labels), laterality,
                                        metadata=meta or None, user=user)
        cache.set_anatomy(series_uid, fixed.to_json())
    return fixed


def series_metadata(cache: Cache, series_uid: str, *, prefer_model: bool = False) -> dict:
    """What the anatomy model reads for a series, from the cache: the first cached
    instance header, else the model row's metadata, else the series/study rows."""
    with cache.lock:
        inst = list(cache.db["instances"].rows_where(
            "series_uid = ?", [series_uid], order_by="number", limit=1))
        if inst and inst[0].get("meta"):
            meta = F.clean(json.loads(inst[0]["meta"]))
            if meta:
                return meta
        if prefer_model:
            model = store.entries(cache.db, series_uid).get("model") or {}
            if model.get("metadata"):
                return dict(model["metadata"])
        rows = list(cache.db.query(
            "select s.modality, s.description, s.body_part, st.description as study "
            "from series s left join studies st on st.study_uid = s.study_uid "
            "where s.series_uid = ?", [series_uid]))
    if not rows:
        return {}
    r = rows[0]
    return F.clean({"Modality": r["modality"], "SeriesDescription": r["description"],
                    "BodyPartExamined": r["body_part"], "StudyDescription": r["study"]})


def series_anatomy(cache: Cache, series: Iterable[dict], study: Mapping[str, Any] | None = None,
                   *, predict: bool = True) -> dict:
    """{series_uid: Prediction} for series rows of one study, kept in the cache.

    Per series: this workstation's correction, else the server's answer (the row's
    ``anatomy``), else the cached prediction, else a prediction made here from the
    row (and the cached headers) when ``predict``.  Each row's ``anatomy`` is set
    to the JSON of the result (rows are changed in place).
    """
    rows = [r for r in series if r.get("series_uid")]
    with cache.lock:
        have = {uid: store.entries(cache.db, uid) for uid in (r["series_uid"] for r in rows)}
    out: dict = {}
    to_predict: list[tuple[dict, dict]] = []
    for row in rows:
        uid = row["series_uid"]
        sent = row.get("anatomy")
        if isinstance(sent, Mapping) and "labels" in sent:
            try:
                out[uid] = record(cache, uid, sent)
                continue
            except UsageError:
                pass  # not an anatomy we can read: predict here instead
        found = current(cache, uid) if have[uid] else None
        if found is not None:
            out[uid] = found
        elif predict:
            to_predict.append((row, _row_metadata(cache, row, study)))
    if to_predict:
        members = [(r["series_uid"], {"Modality": r.get("modality"), "SeriesDescription": r.get("description"),
                                      "BodyPartExamined": r.get("body_part")}) for r in rows]
        studies = contexts_for(members, (study or {}).get("description"), [r["series_uid"] for r, _m in to_predict])
        predictions = predict_many([m for _r, m in to_predict], studies)
        for (row, meta), prediction in zip(to_predict, predictions):
            out[row["series_uid"]] = record(cache, row["series_uid"], prediction, metadata=meta)
    for row in rows:
        if row["series_uid"] in out:
            row["anatomy"] = out[row["series_uid"]].to_json()
    return out


def _row_metadata(cache: Cache, row: Mapping[str, Any], study: Mapping[str, Any] | None) -> dict:
    cached = series_metadata(cache, row["series_uid"])
    study = study or {}
    fallback = F.clean({
        "Modality": row.get("modality") or str(study.get("modalities") or "").split("\\")[0],
        "SeriesDescription": row.get("description") or "",
        "BodyPartExamined": row.get("body_part") or "",
        "StudyDescription": study.get("description") or ""})
    return {**fallback, **cached}
