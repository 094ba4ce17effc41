"""Local cache: verified blobs, LRU size bound, offline reading."""

from __future__ import annotations

import pytest

from radview.errors import UsageError
from radview.net.cache import Cache, CacheIntegrityError


def _study(uid="1.2.3", **kw):
    base = {"study_uid": uid, "patient_id": "P1", "patient_name": "DOE^JANE",
            "study_date": "20250102", "modalities": "CT", "description": "CT CHEST",
            "accession": "A1"}
    base.update(kw)
    return base


def test_blob_roundtrip_and_finer_prefix_replaces_coarser(tmp_path):
    cache = Cache(tmp_path)
    assert cache.get_blob("1.1", "V2") is None
    assert cache.put_blob("1.1", "V2", b"coarse", level=0, study_uid="1.2.3")
    assert not cache.put_blob("1.1", "V2", b"same-or-coarser", level=0)
    assert cache.put_blob("1.1", "V2", b"coarse+fine", level=2)
    got = cache.get_blob("1.1", "V2")
    assert got.data == b"coarse+fine" and got.level == 2
    assert cache.cached_level("1.1", "V2") == 2
    assert len([p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]) == 1  # old one gone


def test_corrupt_blob_is_rejected_and_dropped(tmp_path):
    cache = Cache(tmp_path)
    cache.put_blob("1.1", "V1", b"original pixels")
    blob_file = next(p for p in (tmp_path / "blobs").rglob("*") if p.is_file())
    blob_file.write_bytes(b"original pixelz")
    with pytest.raises(CacheIntegrityError, match="corrupt"):
        cache.get_blob("1.1", "V1")
    assert cache.get_blob("1.1", "V1") is None  # dropped: next read is a clean miss


def test_missing_blob_file_is_reported(tmp_path):
    cache = Cache(tmp_path)
    cache.put_blob("1.1", "V1", b"x" * 10)
    next(p for p in (tmp_path / "blobs").rglob("*") if p.is_file()).unlink()
    with pytest.raises(CacheIntegrityError, match="missing"):
        cache.get_blob("1.1", "V1")


def test_lru_eviction_keeps_recently_used(tmp_path):
    cache = Cache(tmp_path, max_bytes=250)
    cache.put_blob("a", "V2", b"a" * 100)
    cache.put_blob("b", "V2", b"b" * 100)
    cache.get_blob("a", "V2")  # a is now more recent than b
    cache.put_blob("c", "V2", b"c" * 100)  # over the limit: b goes
    assert cache.get_blob("b", "V2") is None
    assert cache.get_blob("a", "V2").data == b"a" * 100
    assert cache.get_blob("c", "V2").data == b"c" * 100
    assert cache.total_bytes() <= 250


def test_offline_open_from_a_fresh_process_view(tmp_path):
    cache = Cache(tmp_path)
    cache.put_study(_study(), source="radview http://x")
    cache.put_series({"series_uid": "1.2.3.4", "study_uid": "1.2.3", "modality": "CT",
                      "number": 1, "anatomy": {"labels": ["chest"]}})
    cache.put_instance({"sop_uid": "1.2.3.4.5", "series_uid": "1.2.3.4", "study_uid": "1.2.3",
                        "number": 1, "rows": 4, "cols": 4})
    cache.put_blob("1.2.3.4.5", "V2", b"pixels", level=3, study_uid="1.2.3")
    cache.close()
    again = Cache(tmp_path)  # no network involved: all from disk
    assert [s["study_uid"] for s in again.studies(patient="doe")] == ["1.2.3"]
    assert again.series_of("1.2.3")[0]["anatomy"] == {"labels": ["chest"]}
    assert again.study_is_complete("1.2.3", "V2")
    assert not again.study_is_complete("1.2.3", "V1")
    assert again.get_blob("1.2.3.4.5", "V2").data == b"pixels"


def test_search_filters(tmp_path):
    cache = Cache(tmp_path)
    cache.put_study(_study("1", study_date="20240101", modalities="CR", description="CHEST PA"))
    cache.put_study(_study("2", study_date="20250601", modalities="CT", accession="ACC9"))
    assert [s["study_uid"] for s in cache.studies(modality="cr")] == ["1"]
    assert [s["study_uid"] for s in cache.studies(date_from="20250101")] == ["2"]
    assert [s["study_uid"] for s in cache.studies(date_to="20241231")] == ["1"]
    assert [s["study_uid"] for s in cache.studies(accession="acc9")] == ["2"]
    assert [s["study_uid"] for s in cache.studies()] == ["2", "1"]  # newest first


def test_bad_input_is_refused(tmp_path):
    with pytest.raises(UsageError):
        Cache(tmp_path, max_bytes=0)
    cache = Cache(tmp_path)
    with pytest.raises(UsageError):
        cache.put_study({"patient_id": "x"})
    with pytest.raises(UsageError):
        cache.put_blob("", "V1", b"x")


def test_instances_of_a_study_are_cached_in_one_go_or_not_at_all(tmp_path):
    cache = Cache(tmp_path)
    rows = [{"sop_uid": f"1.2.{i}", "series_uid": "1.2", "study_uid": "1", "number": i,
             "rows": 8, "cols": 8, "meta": {"InstanceNumber": i}} for i in range(1, 301)]
    with pytest.raises(UsageError):
        cache.put_instances(rows + [{"sop_uid": "", "series_uid": "1.2"}])
    assert cache.db["instances"].count == 0  # a bad row stores nothing
    cache.put_instances(rows)
    cache.put_instances(rows[:10])  # again: upserts, no duplicates
    assert cache.db["instances"].count == 300
