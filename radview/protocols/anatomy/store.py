"""Anatomy per series in a SQLite database (workstation's or server's), via sqlite-utils.

One table, ``anatomy`` (created on first use), primary key (series_uid, source):

=============  =======  =====================================================
series_uid     TEXT     SeriesInstanceUID
source         TEXT     "model" (a prediction) or "user" (a correction)
labels         TEXT     JSON list of label codes ([] with unknown=1 = unknown)
laterality     TEXT     "L" / "R" / "B" / NULL
confidence     REAL     model confidence (1.0 for a user label)
unknown        INTEGER  1 when the model would not commit to a set
model_version  TEXT     version of the model that predicted ("" for user)
label_conf     TEXT     JSON {label: probability} of the model's candidates
metadata       TEXT     JSON of the metadata keywords the model read (for retraining)
user           TEXT     who corrected (user rows)
updated        TEXT     UTC ISO time of the last write
=============  =======  =====================================================

A series has at most one model row and one user row; the user row wins
(``current``, ``current_many``).  ``corrections`` lists the user rows for
``radview anatomy train --corrections DB``.  ``check_labels`` is the validation
a correction gets (also used by the server's correction endpoint and the cache).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from radview.errors import UsageError
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.protocols.anatomy.prediction import Prediction

TABLE = "anatomy"
COLUMNS = {
    "series_uid": str, "source": str, "labels": str, "laterality": str, "confidence": float,
    "unknown": int, "model_version": str, "label_conf": str, "metadata": str, "user": str, "updated": str,
}


def _db(db: Any):
    import sqlite_utils

    if isinstance(db, sqlite_utils.Database):
        return db
    if isinstance(db, (str, Path)):
        return sqlite_utils.Database(db)
    raise UsageError(f"expected a sqlite_utils.Database or a path, got {type(db).__name__}")


def ensure_table(db: Any):
    """Create the table and its index if missing; returns the sqlite_utils Table."""
    db = _db(db)
    table = db[TABLE]
    if not table.exists():
        table.create(COLUMNS, pk=("series_uid", "source"), not_null={"series_uid", "source", "labels"},
                     if_not_exists=True)
    return table


def _uid(series_uid: Any) -> str:
    if not isinstance(series_uid, str) or not series_uid.strip():
        raise UsageError(f"series_uid must be a non-empty string, got {series_uid!r}")
    return series_uid.strip()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _meta_json(metadata: Mapping[str, Any] | None) -> str:
    return json.dumps(F.clean(metadata), default=str, sort_keys=True) if metadata else ""


def record_prediction(db: Any, series_uid: str, prediction: Prediction,
                      metadata: Mapping[str, Any] | None = None) -> None:
    """Store (replace) the model's prediction for a series."""
    if not isinstance(prediction, Prediction):
        raise UsageError(f"expected a Prediction, got {type(prediction).__name__}")
    ensure_table(db).upsert({
        "series_uid": _uid(series_uid), "source": "model",
        "labels": json.dumps(list(prediction.labels)), "laterality": prediction.laterality,
        "confidence": float(prediction.confidence), "unknown": int(prediction.unknown),
        "model_version": prediction.model_version,
        "label_conf": json.dumps(dict(prediction.label_confidence)),
        "metadata": _meta_json(metadata), "user": None, "updated": _now(),
    }, pk=("series_uid", "source"), alter=True)


def check_labels(labels: Any, laterality: Any = None, *,
                 strict_laterality: bool = False) -> tuple[tuple[str, ...], str | None]:
    """Validated (labels in LABELS order, laterality); UsageError with a readable reason.

    ``strict_laterality``: a laterality also needs a limb or breast label (the label
    set's rule; the correction UI and the server's endpoint use it).
    """
    if isinstance(labels, str) or not hasattr(labels, "__iter__"):
        raise UsageError(f"labels must be a list of codes, got {labels!r}")
    labels = list(dict.fromkeys(labels))
    bad = [x for x in labels if not isinstance(x, str) or x not in L.LABELS]
    if bad:
        raise UsageError(f"unknown anatomy label(s) {bad}; known: {', '.join(L.LABELS)}")
    if laterality not in (None, "L", "R", "B"):
        raise UsageError(f"laterality must be L, R, B or None, got {laterality!r}")
    if strict_laterality and laterality is not None and not set(labels) & L.LATERAL_LABELS:
        raise UsageError(f"laterality {laterality} needs a limb or breast label "
                         f"({', '.join(x for x in L.LABELS if x in L.LATERAL_LABELS)}); "
                         f"got {labels or 'none'}")
    return tuple(x for x in L.LABELS if x in labels), laterality


def record_correction(db: Any, series_uid: str, labels: Any, laterality: str | None = None,
                      metadata: Mapping[str, Any] | None = None, user: str | None = None) -> Prediction:
    """Store (replace) a user's anatomy for a series; returns it as a Prediction (source "user").

    ``labels`` must be codes from LABELS (an empty list means "shows no anatomy").
    Without ``metadata`` the model row's metadata is kept, so retraining can use it.
    """
    ordered, laterality = check_labels(labels, laterality)
    uid = _uid(series_uid)
    table = ensure_table(db)
    meta_json = _meta_json(metadata)
    if not meta_json:
        rows = list(table.rows_where("series_uid = ? and source = 'model'", [uid]))
        meta_json = rows[0]["metadata"] if rows else ""
    table.upsert({
        "series_uid": uid, "source": "user", "labels": json.dumps(list(ordered)),
        "laterality": laterality, "confidence": 1.0, "unknown": 0, "model_version": "",
        "label_conf": "{}", "metadata": meta_json, "user": user, "updated": _now(),
    }, pk=("series_uid", "source"), alter=True)
    return Prediction(ordered, laterality, 1.0, False, "user", "")


def _to_prediction(row: Mapping[str, Any]) -> Prediction:
    conf = json.loads(row.get("label_conf") or "{}")
    return Prediction(tuple(json.loads(row["labels"])), row["laterality"], float(row["confidence"]),
                      bool(row["unknown"]), row["source"], row["model_version"] or "",
                      tuple((k, float(v)) for k, v in conf.items()))


def current(db: Any, series_uid: str) -> Prediction | None:
    """The anatomy to use for a series: the user's label if any, else the model's, else None."""
    db = _db(db)
    if not db[TABLE].exists():
        return None
    rows = {r["source"]: r for r in db[TABLE].rows_where("series_uid = ?", [_uid(series_uid)])}
    row = rows.get("user") or rows.get("model")
    return _to_prediction(row) if row else None


def current_many(db: Any, series_uids: Any) -> dict[str, Prediction]:
    """``current`` for many series in few queries: {series_uid: Prediction} (known ones only)."""
    db = _db(db)
    uids = list(dict.fromkeys(str(u) for u in series_uids if u))
    if not uids or not db[TABLE].exists():
        return {}
    best: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        for row in db[TABLE].rows_where(f"series_uid in ({','.join('?' * len(chunk))})", chunk):
            if row["series_uid"] not in best or row["source"] == "user":
                best[row["series_uid"]] = row
    return {uid: _to_prediction(best[uid]) for uid in uids if uid in best}


def entries(db: Any, series_uid: str) -> dict[str, dict[str, Any]]:
    """The stored rows of a series by source ("model", "user"), labels/metadata decoded."""
    db = _db(db)
    if not db[TABLE].exists():
        return {}
    out = {}
    for row in db[TABLE].rows_where("series_uid = ?", [_uid(series_uid)]):
        row = dict(row)
        row["labels"] = json.loads(row["labels"])
        row["label_conf"] = json.loads(row.get("label_conf") or "{}")
        row["metadata"] = json.loads(row["metadata"]) if row.get("metadata") else None
        row["unknown"] = bool(row["unknown"])
        out[row["source"]] = row
    return out


def corrections(db: Any) -> list[dict[str, Any]]:
    """User corrections: series_uid, labels, laterality, metadata (dict or None), user, updated."""
    db = _db(db)
    if not db[TABLE].exists():
        return []
    out = []
    for row in db[TABLE].rows_where("source = 'user'", order_by="series_uid"):
        out.append({"series_uid": row["series_uid"], "labels": json.loads(row["labels"]),
                    "laterality": row["laterality"],
                    "metadata": json.loads(row["metadata"]) if row["metadata"] else None,
                    "user": row["user"], "updated": row["updated"]})
    return out
