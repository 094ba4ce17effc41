"""Reading the IDC index restricted to some collections (``idc.labelled_series(only=...)``), on a
tiny index given in place of the parquet files: the same series, labels and study contexts as
reading everything and filtering after, and never a reserved collection."""

from __future__ import annotations

import hashlib

from radview.protocols.anatomy import idc

ROWS = [  # collection, study, series, modality, study description, series description, BPE
    ("gamma", "s1", "a", "CT", "CT CHEST", "Lung 1mm", "CHEST"),
    ("gamma", "s1", "b", "CT", "CT CHEST", "Recon 2", "CHEST"),
    ("alpha", "s2", "c", "MR", "MRI BRAIN", "AX FLAIR", "HEAD"),
    ("alpha", "s2", "d", "MR", "MRI BRAIN", "SAG T1", ""),
    ("beta", "s3", "e", "CT", "CT ABDOMEN", "Abd 5mm", "ABDOMEN"),  # reserved (sha256 starts with f)
]


def _fake_read(name, columns):
    if name == "collections_index.parquet":
        ids = sorted({r[0] for r in ROWS})
        return {"collection_id": ids, "species": ["Human"] * len(ids), "tumor_locations": [""] * len(ids)}
    data = {c: [] for c in columns}
    for cid, study, uid, modality, sdesc, desc, bpe in ROWS:
        row = {"collection_id": cid, "analysis_result_id": None, "SeriesInstanceUID": uid,
               "StudyInstanceUID": study, "PatientID": "p", "StudyDescription": sdesc,
               "SeriesDescription": desc, "BodyPartExamined": bpe or None, "Modality": modality,
               "SOPClassUID": None, "Manufacturer": None}
        for c in columns:
            data[c].append(row.get(c))
    return data


def test_only_keeps_the_accepted_collections_and_their_contexts(monkeypatch):
    assert hashlib.sha256(b"beta").hexdigest()[0] in "cdef"  # the reserved one of this index
    monkeypatch.setattr(idc, "_read", _fake_read)
    everything = {s.series_uid: s for s in idc.labelled_series(held_out=False)}
    assert set(everything) == {"a", "b", "c", "d"}  # never the reserved collection
    only = {s.series_uid: s for s in idc.labelled_series(held_out=False, only=lambda cid: cid == "alpha")}
    assert set(only) == {"c", "d"}
    assert all(only[u] == everything[u] for u in only)  # same labels, evidence and study context
    assert only["d"].context["series"] and only["d"].labels == frozenset({"HEAD"})
    assert {s.series_uid for s in idc.labelled_series(held_out=True, only=lambda cid: cid != "beta")} == set()
