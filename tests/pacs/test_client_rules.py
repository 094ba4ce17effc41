"""The client's rules on their own: retrieve identifiers, storage contexts, QIDO
escaping, and the CLI's answer to bad arguments (one line, exit status 2)."""

from __future__ import annotations

import pytest
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, JPEG2000Lossless

from radview.cli import main
from radview.errors import UsageError
from radview.net.dicomweb import query_string
from radview.net.dimse import retrieve_identifier
from radview.net.dimse_receive import MAX_STORAGE_CONTEXTS, storage_contexts

CT, SR = "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.88.11"


def test_retrieve_identifier_holds_only_the_unique_keys():
    ds, model = retrieve_identifier("SERIES", {"StudyInstanceUID": "1.2", "SeriesInstanceUID":
                                               "1.2.3", "PatientName": None}, "get")
    assert sorted(e.keyword for e in ds) == ["QueryRetrieveLevel", "SeriesInstanceUID",
                                             "StudyInstanceUID"]
    assert model.endswith(".2.2.3")  # Study Root GET
    ds, model = retrieve_identifier("PATIENT", {"PatientID": "P1"}, "move")
    assert sorted(e.keyword for e in ds) == ["PatientID", "QueryRetrieveLevel"]
    assert model.endswith(".2.1.2")  # Patient Root MOVE
    ds, _ = retrieve_identifier("IMAGE", {"StudyInstanceUID": "1", "SeriesInstanceUID": "2",
                                          "SOPInstanceUID": ["3", "4"]}, "get")
    assert list(ds.SOPInstanceUID) == ["3", "4"]


@pytest.mark.parametrize("level,query,message", [
    ("STUDY", {"StudyInstanceUID": "1.2", "PatientName": "DOE*"}, "only StudyInstanceUID"),
    ("SERIES", {"SeriesInstanceUID": "1.2"}, "needs StudyInstanceUID"),
    ("STUDY", {"StudyInstanceUID": "1.2.*"}, "no wildcards"),
    ("SERIES", {"StudyInstanceUID": "1\\2", "SeriesInstanceUID": "3"}, "one value"),
    ("WARD", {}, "retrieve level"),
])
def test_bad_retrieve_identifiers_are_refused(level, query, message):
    with pytest.raises(UsageError, match=message):
        retrieve_identifier(level, query, "get")


def test_storage_contexts_one_per_syntax_and_the_uncompressed_pair():
    contexts = storage_contexts({CT: {JPEG2000Lossless, ImplicitVRLittleEndian}, SR: {""}})
    pairs = [(cx.abstract_syntax, tuple(cx.transfer_syntax)) for cx in contexts]
    assert all(len(ts) == 1 for _, ts in pairs)  # never a choice left to the PACS
    ct = [ts[0] for c, ts in pairs if c == CT]
    assert ct == [JPEG2000Lossless, ExplicitVRLittleEndian, ImplicitVRLittleEndian]
    sr = [ts[0] for c, ts in pairs if c == SR]  # unknown syntax: every one we take
    assert len(sr) > 10 and ExplicitVRLittleEndian in sr and ImplicitVRLittleEndian in sr


def test_every_class_keeps_its_uncompressed_fallback_under_the_context_limit():
    many = storage_contexts({f"1.2.3.{i}": {""} for i in range(40)})
    assert len(many) <= MAX_STORAGE_CONTEXTS
    for i in range(40):
        syntaxes = {cx.transfer_syntax[0] for cx in many if cx.abstract_syntax == f"1.2.3.{i}"}
        assert {ExplicitVRLittleEndian, ImplicitVRLittleEndian} <= syntaxes


def test_qido_values_keep_wildcards_and_lists_verbatim():
    text = query_string([("PatientName", "DOE^J*"), ("ModalitiesInStudy", "CT,MR"),
                         ("StudyInstanceUID", "1.2\\1.3"), ("AccessionNumber", "A&B=C #1+%"),
                         ("StudyDescription", "Thorax?é")])
    assert text == ("PatientName=DOE^J*&ModalitiesInStudy=CT,MR&StudyInstanceUID=1.2\\1.3"
                    "&AccessionNumber=A%26B%3DC%20%231%2B%25&StudyDescription=Thorax?%C3%A9")


@pytest.mark.parametrize("args,message", [
    (["query", "--pacs", "ORTHANC@host"], "AE_TITLE@HOST:PORT"),
    (["query", "--pacs", "A_TITLE_LONGER_THAN_16@h:104"], "AE title"),
    (["query", "--pacs", "PACS@h:104", "--calling-ae", "BAD\\AE"], "AE title"),
    (["query", "--dicomweb", "ftp://pacs/dicom-web"], "http"),
    (["query", "--pacs", "PACS@h:104", "--level", "series"], "--study"),
    (["query", "--dicomweb", "http://h/dw", "--ca-cert", "ca.pem"], "--server only"),
    (["fetch", "--pacs", "PACS@h:104", "--out", "x"], "--study"),
    (["fetch", "--pacs", "PACS@h:104", "--study", "1.2", "--out", "x", "--listen-port", "5"],
     "--move-to"),
    (["fetch", "--pacs", "PACS@h:104", "--study", "1.2", "--out", "x", "--move-to", "ME"],
     "--listen-port"),
    (["fetch", "--dicomweb", "http://h/dw", "--study", "1.2", "--out", "x", "--move-to", "ME"],
     "--pacs only"),
    (["fetch", "--pacs", "PACS@h:104", "--study", "1.2", "--out", "x", "--version", "V1"],
     "--server only"),
    (["fetch", "--server", "http://h", "--study", "1.2", "--out", "x", "--move-to", "ME",
      "--version", "V1"], "--pacs/--dicomweb only"),
    (["fetch", "--pacs", "PACS@h:104", "--study", "1.2", "--out", "x", "--move-to", "ME",
      "--listen-port", "70000"], "not a TCP port"),
])
def test_bad_arguments_give_one_line_and_exit_2(args, message, capsys):
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") <= 2, err
