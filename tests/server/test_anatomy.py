"""Series anatomy on the server: predicted off the ingest path, stored with the series,
returned with series rows and manifests, corrected by PUT /api/series/{uid}/anatomy."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pydicom
import pytest
import sqlite_utils

pytest.importorskip("onnxruntime")

from radview.protocols.anatomy import metadata_from_dataset, predict_series  # noqa: E402
from radview.protocols.anatomy import store as anatomy_store  # noqa: E402
from radview.protocols.anatomy.labels import LABELS  # noqa: E402
from radview.server.anatomy import AnatomyIndexer, series_metadata  # noqa: E402

from .conftest import real_file  # noqa: E402
from .helpers import ThreadedServer  # noqa: E402

FILES = ["693_UNCR.dcm", "MR2_UNCR.dcm", "emri_small.dcm"]
KEYS = {"labels", "laterality", "confidence", "unknown", "source", "model_version"}


def _uids(name: str) -> tuple[str, str, str]:
    ds = pydicom.dcmread(io.BytesIO(real_file(name)), stop_before_pixels=True)
    return ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID


def _expected(name: str):
    return predict_series(metadata_from_dataset(pydicom.dcmread(io.BytesIO(real_file(name)))))


# ------------------------------------------------------------------- store level

def test_new_series_are_predicted_in_the_background_from_their_metadata(store):
    indexer = AnatomyIndexer(store).start()
    try:
        for name in FILES:
            store.ingest(real_file(name), source="test")
        assert indexer.wait_idle(30)
        got = store.series_anatomy([_uids(n)[1] for n in FILES])
        for name in FILES:
            p, want = got[_uids(name)[1]], _expected(name)
            # the DICOM JSON the server keeps reads exactly like the dataset
            assert (p.labels, p.laterality, p.unknown) == (want.labels, want.laterality, want.unknown)
            assert p.source == "model" and p.model_version == want.model_version != ""
            assert p.confidence == pytest.approx(want.confidence, abs=1e-4)
        assert got[_uids("MR2_UNCR.dcm")[1]].labels == ("SHOULDER",)
        assert got[_uids("emri_small.dcm")[1]].labels == ("HEAD",)
        # the metadata the model read is stored for retraining
        row = store.anatomy_entries(_uids("MR2_UNCR.dcm")[1])["model"]
        assert row["metadata"]["StudyDescription"] == "SHOULDER"
        assert series_metadata(store, _uids("MR2_UNCR.dcm")[1]) == row["metadata"]
        # a second instance of a known series is not predicted again
        before = indexer.predicted
        indexer.submit(_uids("MR2_UNCR.dcm")[1])
        assert indexer.wait_idle(10) and indexer.predicted == before
    finally:
        indexer.stop()


def _ct_series(study_uid: str, series_description: str) -> bytes:
    """A CT instance of ``study_uid`` in a new series whose only text is its description."""
    from pydicom.uid import generate_uid

    ds = pydicom.dcmread(io.BytesIO(real_file("693_UNCR.dcm")))
    for keyword in ("StudyDescription", "ProtocolName", "BodyPartExamined", "ImageComments",
                    "RequestedProcedureDescription", "PerformedProcedureStepDescription"):
        if keyword in ds:
            delattr(ds, keyword)
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID, ds.SOPInstanceUID = generate_uid(), generate_uid()
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.SeriesDescription = series_description
    out = io.BytesIO()
    ds.save_as(out)
    return out.getvalue()


def test_a_series_sent_first_is_predicted_again_when_its_study_grows(store):
    from pydicom.uid import generate_uid

    study = generate_uid()
    first, later = _ct_series(study, "Recon 2"), _ct_series(study, "Brain 5mm")
    first_uid = pydicom.dcmread(io.BytesIO(first)).SeriesInstanceUID
    indexer = AnatomyIndexer(store).start()
    try:
        store.ingest(first, source="test")
        assert indexer.wait_idle(30)
        alone = store.series_anatomy([first_uid])[first_uid]
        assert alone.unknown  # "Recon 2" of a study that says nothing: nothing to go on
        store.ingest(later, source="test")
        assert indexer.wait_idle(30)
        again = store.series_anatomy([first_uid])[first_uid]
        assert (again.labels, again.unknown) == (("HEAD",), False)  # from its new sibling
        # a user's label still wins over the new prediction
        store.correct_anatomy(first_uid, ["NECK"], None)
        store.ingest(_ct_series(study, "Dose Report"), source="test")
        assert indexer.wait_idle(30)
        assert store.series_anatomy([first_uid])[first_uid].labels == ("NECK",)
    finally:
        indexer.stop()


class _SlowModel:
    """Blocks in predict_many until released: proves ingest never waits for it."""

    version = "slow-1"

    def __init__(self):
        self.release = threading.Event()
        self.calls = 0

    def predict_many(self, metas, studies=None):
        self.calls += 1
        assert self.release.wait(30)
        from radview.protocols.anatomy import Prediction

        return [Prediction(("CHEST",), None, 0.9, False, "model", self.version) for _ in metas]


def test_ingest_does_not_wait_for_the_prediction(store):
    model = _SlowModel()
    indexer = AnatomyIndexer(store, model=model).start()
    try:
        t0 = time.perf_counter()
        for name in FILES:
            store.ingest(real_file(name), source="test")
        assert time.perf_counter() - t0 < 20  # returned while the model is blocked
        assert store.series_anatomy([_uids(n)[1] for n in FILES]) == {}
        model.release.set()
        assert indexer.wait_idle(30)
        got = store.series_anatomy([_uids(n)[1] for n in FILES])
        assert len(got) == 3 and {p.model_version for p in got.values()} == {"slow-1"}
    finally:
        model.release.set()
        indexer.stop()


def test_start_predicts_stored_series_and_redoes_other_model_versions(store):
    for name in FILES:
        store.ingest(real_file(name), source="test")
    series = [_uids(n)[1] for n in FILES]
    old = predict_series({"Modality": "CT", "StudyDescription": "CT HEAD"})
    from dataclasses import replace

    store.record_anatomy(series[0], replace(old, model_version="old-model"))
    assert store.series_needing_anatomy(model_version="new") == series
    indexer = AnatomyIndexer(store).start()
    try:
        assert indexer.wait_idle(30)
        got = store.series_anatomy(series)
        assert len(got) == 3
        assert {p.model_version for p in got.values()} == {_expected(FILES[0]).model_version}
        assert store.series_needing_anatomy(model_version=indexer.model().version) == []
    finally:
        indexer.stop()


def test_without_a_model_the_store_still_works(store, monkeypatch):
    import radview.protocols.anatomy.model as M

    def broken():
        raise M.AnatomyModelError("anatomy model not found: /nowhere")

    monkeypatch.setattr(M, "default_model", broken)
    indexer = AnatomyIndexer(store).start()
    try:
        store.ingest(real_file("MR2_UNCR.dcm"), source="test")
        assert indexer.wait_idle(10)
        assert not indexer.available
        assert indexer.ensure([_uids("MR2_UNCR.dcm")[1]]) == {}
    finally:
        indexer.stop()


# ------------------------------------------------------------------------ HTTP

@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    with ThreadedServer(tmp_path_factory.mktemp("anatomy") / "data") as s:
        client = s.client_for("radiologist")
        result = client.stow([real_file(n) for n in FILES])
        assert result["status"] == 200 and len(result["stored"]) == 3, result
        assert s.server.anatomy.wait_idle(30)
        s.client = client
        yield s
        client.close()


def test_series_rows_and_manifest_carry_the_anatomy(srv):
    study, series, sop = _uids("MR2_UNCR.dcm")
    rows = srv.client.series(study)
    assert len(rows) == 1
    a = rows[0]["anatomy"]
    assert KEYS <= set(a) and a["labels"] == ["SHOULDER"] and a["source"] == "model"
    assert a["unknown"] is False and 0.5 <= a["confidence"] <= 1 and a["model_version"]
    unknown = srv.client.series(_uids("693_UNCR.dcm")[0])[0]["anatomy"]
    assert unknown["unknown"] is True and unknown["labels"] == []
    manifest = srv.client.manifest("series", series, version="V1")
    assert manifest["anatomy"] == {series: a}
    # standard DICOM JSON stays standard: no anatomy key in QIDO or metadata
    qido = srv.http.get(f"{srv.url}/dicomweb/studies/{study}/series").json()
    assert all(len(k) == 8 for k in qido[0])


def test_correction_wins_and_is_kept_as_a_label(srv):
    study, series, _sop = _uids("emri_small.dcm")
    url = f"{srv.url}/api/series/{series}/anatomy"
    before = srv.http.get(url).json()
    assert before["anatomy"]["labels"] == ["HEAD"] and before["correction"] is None
    r = httpx.put(url, json={"labels": ["NECK", "HEAD"], "laterality": None},
                  headers=srv.as_role("technician"))
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["anatomy"]["labels"] == ["HEAD", "NECK"] and doc["anatomy"]["source"] == "user"
    assert doc["correction"]["user"] == "tech" and doc["prediction"]["labels"] == ["HEAD"]
    row = srv.client.series(study)[0]["anatomy"]
    assert row["source"] == "user" and row["labels"] == ["HEAD", "NECK"]
    assert row["confidence"] == 1.0 and row["unknown"] is False
    assert srv.client.manifest("series", series, version="V1")["anatomy"][series] == row
    # the server's database is a corrections database for `radview anatomy train`
    db = sqlite_utils.Database(srv.server.data_dir / "index.sqlite")
    fixes = [c for c in anatomy_store.corrections(db) if c["series_uid"] == series]
    assert fixes and fixes[0]["metadata"]["BodyPartExamined"] == "HEAD"
    from radview.protocols.anatomy.train import correction_examples

    examples = correction_examples([srv.server.data_dir / "index.sqlite"])
    assert any(ex.labels == frozenset({"HEAD", "NECK"}) for ex in examples)
    # the radview client path (the workstation's RadviewSource uses the same call)
    again = srv.client._json("PUT", f"/api/series/{series}/anatomy",
                             json={"labels": ["HEAD"], "laterality": None})
    assert again["anatomy"]["labels"] == ["HEAD"] and again["anatomy"]["source"] == "user"


@pytest.mark.parametrize("body, status, words", [
    ({"labels": ["KNEES"]}, 400, "unknown anatomy label(s) ['KNEES']"),
    ({"labels": "KNEE"}, 400, "list of codes"),
    ({"labels": ["KNEE"], "laterality": "left"}, 400, "laterality must be L, R, B"),
    ({"labels": ["HEAD"], "laterality": "L"}, 400, "needs a limb or breast label"),
    ({"laterality": "L"}, 400, "labels is required"),
    ({"labels": ["HEAD"], "side": "L"}, 400, "unknown anatomy field(s): side"),
    ([["HEAD"]], 400, "JSON object"),
])
def test_bad_corrections_are_refused_clearly(srv, body, status, words):
    _study, series, _sop = _uids("MR2_UNCR.dcm")
    r = srv.http.put(f"{srv.url}/api/series/{series}/anatomy", json=body)
    assert r.status_code == status and words in r.json()["error"], r.text
    assert srv.client.series(_study)[0]["anatomy"]["source"] == "model"  # nothing stored


def test_correction_errors_for_missing_or_malformed_series(srv):
    r = srv.http.put(f"{srv.url}/api/series/1.2.3.999/anatomy", json={"labels": ["HEAD"]})
    assert r.status_code == 404 and "no series 1.2.3.999" in r.json()["error"]
    assert srv.http.get(f"{srv.url}/api/series/1.2.3.999/anatomy").status_code == 404
    r = srv.http.put(f"{srv.url}/api/series/not-a-uid/anatomy", json={"labels": ["HEAD"]})
    assert r.status_code == 400 and "not a valid DICOM UID" in r.json()["error"]
    r = srv.http.put(f"{srv.url}/api/series/{_uids('MR2_UNCR.dcm')[1]}/anatomy", content=b"{oops")
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]
    bad_role = httpx.put(f"{srv.url}/api/series/{_uids('MR2_UNCR.dcm')[1]}/anatomy",
                         json={"labels": ["SHOULDER"]}, headers=srv.as_role("referrer"))
    assert bad_role.status_code == 403 and "allowed roles: radiologist, technician, admin" \
        in bad_role.json()["error"]
    assert srv.client.series(_uids("MR2_UNCR.dcm")[0])[0]["anatomy"]["source"] == "model"


def test_empty_labels_mean_no_anatomy_and_limbs_take_a_side(srv):
    study, series, _sop = _uids("693_UNCR.dcm")
    url = f"{srv.url}/api/series/{series}/anatomy"
    assert srv.http.put(url, json={"labels": []}).json()["anatomy"]["labels"] == []
    r = srv.http.put(url, json={"labels": ["KNEE"], "laterality": "R"})
    assert r.status_code == 200 and r.json()["anatomy"]["laterality"] == "R"
    assert set(LABELS) >= {"KNEE"}


def test_workstation_source_keeps_the_server_anatomy_offline(srv, tmp_path):
    from radview.net.sources import RadviewSource
    from radview.net.cache import Cache
    from radview.net.sources import Connection

    cache = Cache(tmp_path / "cache")
    source = RadviewSource(cache, Connection("srv", "radview", url=srv.url, user="dr.ws",
                                             token=srv.tokens["radiologist"]))
    try:
        study, series, _sop = _uids("MR2_UNCR.dcm")
        rows = source.series(study)
        assert rows[0]["anatomy"]["labels"] == ["SHOULDER"]
        from radview.app import series_anatomy

        series_anatomy.series_anatomy(cache, rows)  # the workstation keeps the server's answer
        assert series_anatomy.current(cache, series).labels == ("SHOULDER",)  # offline from here on
        source.study_metas(study)  # caches the headers (and the series row)
        assert cache.series_of(study)[0]["anatomy"]["labels"] == ["SHOULDER"]
        from radview.app.study_browser import correct_series_anatomy

        fixed = correct_series_anatomy(cache, source, series, ["SHOULDER", "ARM"], "L")
        assert fixed.labels == ("SHOULDER", "ARM") and fixed.laterality == "L"
        assert srv.client.series(study)[0]["anatomy"]["labels"] == ["SHOULDER", "ARM"]
        assert series_anatomy.current(cache, series).source == "user"
        [mine] = [c for c in cache_corrections(cache) if c["series_uid"] == series]
        assert mine["user"] == "dr.ws" and mine["metadata"]["StudyDescription"] == "SHOULDER"
    finally:
        source.close()
        cache.close()


def cache_corrections(cache):
    return anatomy_store.corrections(cache.root / "cache.db")
