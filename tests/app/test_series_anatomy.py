"""Series anatomy on the workstation, kept in the cache database: the server's answer or a local prediction,
kept offline; user corrections as labels that `radview anatomy train` reads."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("onnxruntime")

from radview.app import series_anatomy as A  # noqa: E402
from radview.errors import UsageError  # noqa: E402
from radview.net.cache import Cache  # noqa: E402
from radview.protocols.anatomy import predict_series  # noqa: E402
from radview.protocols.anatomy import store  # noqa: E402

STUDY = {"study_uid": "1.2.3", "patient_id": "P1", "patient_name": "DOE^JANE",
         "study_date": "20250102", "modalities": "MR", "description": "MR KNEE LEFT"}
ODD = {"Modality": "CR", "StudyDescription": "ZORGLUB PROTOCOL SEVEN", "SeriesDescription": "QX VIEW"}


def _series(uid, **kw):
    return {"series_uid": uid, "study_uid": "1.2.3", "modality": "MR", "number": 1,
            "description": "PD SAG", **kw}


def test_server_answer_is_kept_and_local_prediction_fills_the_gaps(tmp_path):
    cache = Cache(tmp_path)
    cache.put_study(STUDY)
    server = predict_series({"Modality": "CT", "StudyDescription": "CT CHEST"}).to_json()
    server["model_version"] = "server-model-7"
    rows = [_series("1.2.3.1", anatomy=server), _series("1.2.3.2")]
    for row in rows:
        cache.put_series(row)
    found = A.series_anatomy(cache, rows, STUDY)
    assert found["1.2.3.1"].labels == ("CHEST",) and found["1.2.3.1"].model_version == "server-model-7"
    local = found["1.2.3.2"]
    assert local.labels == ("KNEE",) and local.laterality == "L" and local.source == "model"
    assert rows[1]["anatomy"] == local.to_json()  # rows updated in place
    entry = store.entries(cache.db, "1.2.3.2")["model"]
    assert entry["metadata"]["StudyDescription"] == "MR KNEE LEFT"  # what the model read
    cache.close()
    again = Cache(tmp_path)  # offline, next start
    assert A.current(again, "1.2.3.1").model_version == "server-model-7"
    by_uid = {r["series_uid"]: r for r in again.series_of("1.2.3")}
    assert by_uid["1.2.3.2"]["anatomy"]["labels"] == ["KNEE"]
    # nothing to predict again: the cached one is used, even without the server's
    assert A.series_anatomy(again, [_series("1.2.3.2")], STUDY, predict=False)["1.2.3.2"] == local
    again.close()


def test_correction_wins_offline_and_over_later_server_answers(tmp_path):
    cache = Cache(tmp_path)
    cache.put_study(STUDY)
    cache.put_series(_series("1.2.3.1"))
    cache.put_instance({"sop_uid": "1.2.3.1.1", "series_uid": "1.2.3.1", "study_uid": "1.2.3",
                        "number": 1, "meta": {**ODD, "SOPInstanceUID": "1.2.3.1.1"}})
    A.series_anatomy(cache, [_series("1.2.3.1")], STUDY)
    fixed = A.correct(cache, "1.2.3.1", ["LEG", "KNEE"], "R", user="dr.x")
    assert fixed.labels == ("KNEE", "LEG") and fixed.source == "user"
    assert A.current(cache, "1.2.3.1") == fixed
    assert cache.series_of("1.2.3")[0]["anatomy"]["source"] == "user"
    # the server still sends its prediction: kept as the model row, the correction wins
    row = _series("1.2.3.1", anatomy=predict_series({"StudyDescription": "CT HEAD"}).to_json())
    assert A.series_anatomy(cache, [row], STUDY)["1.2.3.1"] == fixed
    assert row["anatomy"]["labels"] == ["KNEE", "LEG"]
    assert store.entries(cache.db, "1.2.3.1")["model"]["labels"] == ["HEAD"]
    # a metadata refresh (no anatomy in it) does not wipe what is shown
    cache.put_series(_series("1.2.3.1"))
    assert json.loads(cache.db["series"].get("1.2.3.1")["anatomy"])["labels"] == ["KNEE", "LEG"]
    [corr] = store.corrections(tmp_path / "cache.db")
    assert corr["user"] == "dr.x" and corr["metadata"]["StudyDescription"] == ODD["StudyDescription"]
    cache.close()


@pytest.mark.parametrize("labels, side, words", [
    (["KNEES"], None, "unknown anatomy label"),
    (["HEAD"], "L", "needs a limb or breast label"),
    (["KNEE"], "left", "laterality must be"),
])
def test_bad_corrections_are_refused(tmp_path, labels, side, words):
    cache = Cache(tmp_path)
    with pytest.raises(UsageError, match=words):
        A.correct(cache, "1.2.3.1", labels, side)
    assert store.corrections(cache.db) == []
    cache.close()


def test_unreadable_server_anatomy_falls_back_to_a_local_prediction(tmp_path):
    cache = Cache(tmp_path)
    row = _series("1.2.3.9", anatomy={"labels": ["chest"]})
    got = A.series_anatomy(cache, [row], STUDY)["1.2.3.9"]
    assert got.source == "model" and got.labels == ("KNEE",)
    with pytest.raises(UsageError, match="not valid"):
        A.record(cache, "1.2.3.9", {"labels": ["KNEES"]})
    cache.close()


def _cache_with_corrections(tmp_path, n=3) -> Cache:
    cache = Cache(tmp_path / "cache")
    cache.put_study({**STUDY, "description": ODD["StudyDescription"]})
    for i in range(n):
        uid = f"1.2.3.{i}"
        cache.put_series(_series(uid, modality="CR", description=ODD["SeriesDescription"]))
        cache.put_instance({"sop_uid": f"{uid}.1", "series_uid": uid, "study_uid": "1.2.3",
                            "number": 1, "meta": ODD})
        A.correct(cache, uid, ["ELBOW"], "L", user="dr")
    return cache


def test_train_reads_corrections_from_the_cache_database(tmp_path):
    from radview.protocols.anatomy.train import correction_examples

    cache = _cache_with_corrections(tmp_path)
    db_path = cache.root / "cache.db"  # what `radview anatomy train --corrections` is given
    examples = correction_examples([str(db_path)])
    assert len(examples) == 3
    assert {ex.labels for ex in examples} == {frozenset({"ELBOW"})}
    assert examples[0].meta["StudyDescription"] == ODD["StudyDescription"]
    cache.close()


def test_training_on_a_cache_database_without_idc(tmp_path):
    pytest.importorskip("scipy")
    pytest.importorskip("onnx")
    from radview.protocols.anatomy.model import AnatomyModel
    from radview.protocols.anatomy.train import train

    cache = _cache_with_corrections(tmp_path)
    out = tmp_path / "m.onnx"
    train(out, use_idc=False, corrections=[str(cache.root / "cache.db")], log=lambda *_: None)
    cache.close()
    model = AnatomyModel(out)
    meta = model.session.get_modelmeta().custom_metadata_map
    assert json.loads(meta["provenance"])["corrections"] == 3
    assert model.predict_series(ODD).labels == ("ELBOW",)
