"""Training (on generated examples + local corrections, no IDC) and `evaluate --jsonl`.

Training needs scipy and onnx (the 'train' extra); the test is skipped where they
are not installed.  The IDC index is never needed here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sqlite_utils

from radview.protocols.anatomy import store
from radview.protocols.anatomy.model import AnatomyModel

ODD = {"Modality": "CR", "StudyDescription": "ZORGLUB PROTOCOL SEVEN", "SeriesDescription": "QX VIEW"}


def test_train_without_idc_learns_local_corrections(tmp_path):
    pytest.importorskip("scipy")
    pytest.importorskip("onnx")
    from radview.protocols.anatomy.train import train

    db = sqlite_utils.Database(tmp_path / "ws.db")
    for i in range(3):
        store.record_correction(db, f"1.2.{i}", ["ELBOW"], "L", metadata=ODD, user="dr")
    out = tmp_path / "m.onnx"
    info = train(out, use_idc=False, corrections=[str(tmp_path / "ws.db")], log=lambda *_: None)
    model = AnatomyModel(out)
    assert model.version == info["version"]
    meta = model.session.get_modelmeta().custom_metadata_map
    assert json.loads(meta["provenance"])["corrections"] == 3
    learned = model.predict_series(ODD)
    assert learned.labels == ("ELBOW",) and not learned.unknown
    # generated lexicon examples alone already teach the multilingual words
    assert model.predict_series({"Modality": "MR", "StudyDescription": "IRM GENOU"}).labels == ("KNEE",)


def test_train_refuses_missing_corrections_db(tmp_path):
    pytest.importorskip("scipy")
    pytest.importorskip("onnx")
    from radview.errors import RadviewError
    from radview.protocols.anatomy.train import train

    with pytest.raises(RadviewError, match="not found"):
        train(tmp_path / "m.onnx", use_idc=False, corrections=[str(tmp_path / "none.db")],
              log=lambda *_: None)


def test_evaluate_jsonl(tmp_path):
    records = [
        {"meta": {"Modality": "CT", "StudyDescription": "CT CAP", "BodyPartExamined": "CHEST"},
         "labels": ["CHEST", "ABDOMEN", "PELVIS"]},
        {"meta": {"Modality": "MR", "StudyDescription": "MRI KNEE LEFT", "BodyPartExamined": "KNEE"},
         "labels": ["KNEE"], "laterality": "L"},
        {"meta": {"Modality": "CT", "SeriesDescription": "Dose Report"}, "labels": []},
        {"meta": {"Modality": "CT"}, "labels": ["HEAD"]},
        {"meta": {"Modality": "CT", "SeriesDescription": "Recon 2"}, "labels": ["HEAD"],
         "study": {"series": [{"Modality": "CT", "SeriesDescription": "Brain 5mm"}]}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path),
                           "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["series"] == 5 and result["with_study_context"] == 1
    assert result["model_study"]["exact"] == 0.8  # the bare CT is "unknown", counted wrong
    assert result["model"]["exact"] == 0.6  # without its study, the "Recon 2" is unknown too
    assert result["model_study"]["unknown_rate"] == 0.2
    assert result["model_study"]["laterality"]["series"] == 1
    assert result["model_study"]["laterality"]["accuracy"] == 1.0
    assert result["baseline_bodypart"]["exact"] == 0.2  # CHEST != CAP; KNEE right; no value thrice
    lo, hi = result["model_study"]["exact_ci95"]
    assert 0 < lo < 0.8 < hi <= 1
    assert result["timing"]["median_ms"] > 0 and result["model_size_mb"] < 5

    text = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert "baseline: BodyPartExamined" in text.stdout and "median" in text.stdout


def test_evaluate_writes_every_rows_answers_that_add_up_to_its_figures(tmp_path):
    records = [
        {"meta": {"Modality": "MR", "StudyDescription": "MRI KNEE LEFT", "BodyPartExamined": "KNEE"},
         "labels": ["KNEE"], "laterality": "L", "group": "g1"},
        {"meta": {"Modality": "CT"}, "labels": ["HEAD"], "group": "g2"},
        {"meta": {"Modality": "CT", "SeriesDescription": "Dose Report"}, "labels": [], "group": "g2"},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    rows = tmp_path / "rows.jsonl"
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path),
                           "--json", "--rows", str(rows)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    written = [json.loads(line) for line in rows.read_text().splitlines()]
    assert [r["row"] for r in written] == [1, 2, 3] and written[0]["labels"] == ["KNEE"]
    assert written[0]["model_study"] == {"labels": ["KNEE"], "laterality": "L", "exact": True}
    assert written[1]["model_study"]["labels"] is None  # the bare CT: unknown, so not exact
    for key in ("model_study", "model_study_no_bpe", "rules", "baseline_bodypart"):
        assert sum(r[key]["exact"] for r in written) / 3 == pytest.approx(result[key]["exact"], abs=1e-4)

    # refused before it runs: an existing file is never overwritten, a missing folder is named
    again = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path),
                            "--rows", str(rows)], capture_output=True, text=True, timeout=300)
    assert again.returncode == 1 and "exists" in again.stderr and "Traceback" not in again.stderr
    assert [json.loads(line) for line in rows.read_text().splitlines()] == written
    nowhere = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path),
                              "--rows", str(tmp_path / "no" / "rows.jsonl")],
                             capture_output=True, text=True, timeout=300)
    assert nowhere.returncode == 1 and "not a folder" in nowhere.stderr
    val = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--validation",
                          "--rows", str(tmp_path / "v.jsonl")], capture_output=True, text=True, timeout=300)
    assert val.returncode == 1 and "--rows" in val.stderr and not (tmp_path / "v.jsonl").exists()


def test_evaluate_bad_jsonl_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"meta": {}, "labels": ["KNEES"]}\n')
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "unknown labels" in proc.stderr
    path.write_text('{"meta": {}, "labels": [], "study": "x"}\n')
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--jsonl", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "study context" in proc.stderr and "Traceback" not in proc.stderr


def test_misses_are_listed_for_the_validation_fifth_only():
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate", "--misses", "5"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "--validation" in proc.stderr and "Traceback" not in proc.stderr


def test_misses_by_kind_groups_and_counts():
    from radview.protocols.anatomy import evaluate as E
    from radview.protocols.anatomy.cases import Case
    from radview.protocols.anatomy.model import default_model

    nameless = {"Modality": "CT", "SeriesDescription": "Recon 2", "BodyPartExamined": "CHEST"}
    cases = [Case(nameless, frozenset({"CHEST"}), None, "a")] * 3 + [
        Case({"Modality": "CT", "SeriesDescription": "CT HEAD"}, frozenset({"HEAD"}), None, "b")]
    kinds = E.misses_by_kind(default_model(), cases)
    assert [(k["collection"], k["reference"], k["answer"], k["named"], k["series"]) for k in kinds] == [
        ("a", "CHEST", "unknown", False, 3)]
    assert kinds[0]["patterns"] == [{"series": "Recon 2", "study": "", "count": 3}]
    assert E.misses_by_kind(default_model(), cases, bodypart=True) == []


def test_keep_development_needs_the_idc_index(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "train", "--no-idc", "--out",
                           str(tmp_path / "m.onnx"), "--keep-development", str(tmp_path / "dev.onnx")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "--keep-development" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "m.onnx").exists() and not (tmp_path / "dev.onnx").exists()
