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


def test_a_batch_is_written_in_order_and_keeps_the_finer_prefix(tmp_path):
    from radview.net.cache import BlobPut

    cache = Cache(tmp_path)
    cache.put_blob("1.1", "V2", b"held-fine", level=3)
    stored = cache.put_blobs([
        BlobPut("1.1", "V2", b"coarser than held", level=1),  # refused: finer is held
        BlobPut("1.2", "V2", b"coarse", level=0, study_uid="1.2.3"),
        BlobPut("1.2", "V2", b"coarse+fine", level=2, study_uid="1.2.3"),  # replaces it
    ])
    assert stored == [False, True, True]
    assert cache.get_blob("1.1", "V2").data == b"held-fine"
    assert cache.get_blob("1.2", "V2").data == b"coarse+fine"
    assert cache.total_bytes() == len(b"held-fine") + len(b"coarse+fine")
    assert len([p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]) == 2
    with pytest.raises(UsageError):
        cache.put_blobs([BlobPut("", "V2", b"x")])


def test_eviction_still_bounds_a_batch_and_a_reopened_cache(tmp_path):
    from radview.net.cache import BlobPut

    cache = Cache(tmp_path, max_bytes=250)
    cache.put_blobs([BlobPut(s, "V2", s.encode() * 100) for s in "abc"])
    assert cache.total_bytes() <= 250 and cache.get_blob("c", "V2") is not None
    assert cache.get_blob("a", "V2") is None  # the least recently written went
    cache.close()
    again = Cache(tmp_path, max_bytes=250)  # its running total starts from what is on disk
    again.put_blob("d", "V2", b"d" * 100)
    assert again.total_bytes() <= 250 and again.get_blob("d", "V2") is not None


def test_the_writer_writes_behind_and_a_failing_write_does_not_raise(tmp_path, caplog):
    from radview.net.cache import BlobPut
    from radview.net.cache_writer import CacheWriter

    cache = Cache(tmp_path)
    writer = CacheWriter(cache)
    order = []
    writer.put(BlobPut("1.1", "V2", b"pixels", level=0))
    writer.call(lambda: order.append(cache.cached_level("1.1", "V2")))  # after the blob
    writer.call(lambda: cache.put_blob("", "V2", b"refused"))  # UsageError: logged, dropped
    writer.put(BlobPut("1.2", "V2", b"more", level=0))
    writer.flush()
    assert order == [0] and cache.cached_level("1.2", "V2") == 0
    assert writer.failures == 1 and "could not be written" in caplog.text
    writer.close()
    writer.close()  # twice is harmless
