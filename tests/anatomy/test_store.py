"""store.py: predictions and corrections in a sqlite-utils database."""

from __future__ import annotations

import pytest
import sqlite_utils

from radview.errors import UsageError
from radview.protocols.anatomy import predict_series, store

META = {"Modality": "MR", "StudyDescription": "MR KNEE LEFT", "SeriesDescription": "PD SAG"}


def test_prediction_then_correction(tmp_path):
    db = sqlite_utils.Database(tmp_path / "ws.db")
    pred = predict_series(META)
    store.record_prediction(db, "1.2.3", pred, metadata=META)
    got = store.current(db, "1.2.3")
    assert got == pred and got.source == "model" and got.model_version == pred.model_version
    row = db[store.TABLE].get(("1.2.3", "model"))
    assert row["confidence"] == pytest.approx(pred.confidence)

    fixed = store.record_correction(db, "1.2.3", ["LEG", "KNEE"], "R", user="dr.x")
    assert fixed.labels == ("KNEE", "LEG") and fixed.source == "user"
    assert store.current(db, "1.2.3") == fixed  # the user's label wins
    corr = store.corrections(db)
    assert len(corr) == 1
    assert corr[0]["labels"] == ["KNEE", "LEG"] and corr[0]["laterality"] == "R"
    assert corr[0]["metadata"]["StudyDescription"] == "MR KNEE LEFT"  # kept from the model row
    # a re-prediction replaces the model row, never the correction
    store.record_prediction(tmp_path / "ws.db", "1.2.3", pred)
    assert store.current(str(tmp_path / "ws.db"), "1.2.3") == fixed
    assert db[store.TABLE].count == 2


def test_empty_database_and_unknown_series(tmp_path):
    db = sqlite_utils.Database(tmp_path / "empty.db")
    assert store.current(db, "9.9") is None
    assert store.corrections(db) == []


@pytest.mark.parametrize("labels, side, match", [
    (["KNEES"], None, "unknown anatomy label"),
    ("KNEE", None, "list of codes"),
    (["KNEE"], "left", "laterality"),
])
def test_bad_corrections_are_refused(tmp_path, labels, side, match):
    db = sqlite_utils.Database(tmp_path / "x.db")
    with pytest.raises(UsageError, match=match):
        store.record_correction(db, "1.2", labels, side)
    assert store.corrections(db) == []


def test_bad_arguments(tmp_path):
    with pytest.raises(UsageError):
        store.record_prediction(tmp_path / "x.db", "", predict_series(META))
    with pytest.raises(UsageError):
        store.record_prediction(tmp_path / "x.db", "1.2", {"labels": []})
    with pytest.raises(UsageError):
        store.current(12345, "1.2")


def test_current_many_entries_and_check_labels(tmp_path):
    db = sqlite_utils.Database(tmp_path / "many.db")
    assert store.current_many(db, ["1.1"]) == {} and store.entries(db, "1.1") == {}
    pred = predict_series(META)
    for uid in ("1.1", "1.2"):
        store.record_prediction(db, uid, pred, metadata=META)
    fixed = store.record_correction(db, "1.2", ["KNEE"], "L", user="dr")
    got = store.current_many(db, ["1.1", "1.2", "1.3", "1.1"])
    assert got == {"1.1": pred, "1.2": fixed}
    both = store.entries(db, "1.2")
    assert set(both) == {"model", "user"} and both["user"]["labels"] == ["KNEE"]
    assert both["model"]["metadata"]["StudyDescription"] == "MR KNEE LEFT"
    assert store.check_labels(["LEG", "KNEE"], "R") == (("KNEE", "LEG"), "R")
    assert store.check_labels(["HEAD"], "L") == (("HEAD",), "L")  # lenient by default
    with pytest.raises(UsageError, match="needs a limb or breast label"):
        store.check_labels(["HEAD"], "L", strict_laterality=True)
    with pytest.raises(UsageError, match="unknown anatomy label"):
        store.check_labels([3], None)
