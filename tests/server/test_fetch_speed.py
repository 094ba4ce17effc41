"""The metadata document is assembled from the stored header texts; bundles are
streamed in few large chunks. Same answers as before, checked against the parsed
headers and the parts' bytes."""

from __future__ import annotations

import json

from radview.server.http.dicomweb import _absolute_bulk_uris
from radview.dicom.multipart import coalesce


def test_relative_bulk_uris_become_absolute_also_inside_sequences():
    doc = {"7FE00010": {"vr": "OW", "BulkDataURI": "bulk/7FE00010"},
           "00540016": {"vr": "SQ", "Value": [
               {"00091001": {"vr": "OB", "BulkDataURI": "bulk/00540016/0/00091001"}}]}}
    out = json.loads(_absolute_bulk_uris(json.dumps(doc, separators=(",", ":")),
                                         "http://h/dicomweb/studies/1/series/2/instances/3"))
    assert out["7FE00010"]["BulkDataURI"] == \
        "http://h/dicomweb/studies/1/series/2/instances/3/bulk/7FE00010"
    assert out["00540016"]["Value"][0]["00091001"]["BulkDataURI"].endswith(
        "/instances/3/bulk/00540016/0/00091001")


def test_absolute_uris_and_look_alike_text_values_are_left_alone():
    doc = {"7FE00010": {"vr": "OW", "BulkDataURI": "https://elsewhere/x"},
           "00081030": {"vr": "LO", "Value": ['"BulkDataURI":"bulk/not-a-key']}}
    text = json.dumps(doc, separators=(",", ":"))
    assert json.loads(_absolute_bulk_uris(text, "http://h/p")) == doc


def test_chunks_hold_every_piece_in_order_and_are_large():
    pieces = [bytes([i % 256]) * 1000 for i in range(700)]
    chunks = list(coalesce(iter(pieces), size=256 * 1024))
    assert b"".join(chunks) == b"".join(pieces)
    assert all(len(c) >= 256 * 1024 for c in chunks[:-1]) and len(chunks) == 3
    assert list(coalesce(iter([]))) == []


def test_a_big_piece_goes_out_alone_after_what_was_held():
    small, big = [b"a" * 100, b"b" * 100], b"c" * 300
    chunks = list(coalesce(iter([*small, big, b"d"]), size=250))
    # the small pieces are not kept back until the big one is read, nor joined to it
    assert chunks == [b"a" * 100 + b"b" * 100, big, b"d"]
    assert list(coalesce(iter([big]), size=250)) == [big]
